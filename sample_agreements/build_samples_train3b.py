#!/usr/bin/env python3
"""Build training samples 37-44 (third training batch, part b).

Eight more made-up *samenwerkingsovereenkomsten doorlopende leerroute vmbo-mbo*, written in
styles, registers and vocabulary that the earlier samples do not use. Every file gets a
NAME.expected.json beside it (format: LABELS.md, split "train").

    python3 sample_agreements/build_samples_train3b.py            # build 37-44
    python3 sample_agreements/build_samples_train3b.py 39 41      # only these
    python3 sample_agreements/build_samples_train3b.py --check    # open every file and verify it

The output is deterministic: reportlab runs with invariant=1, DOCX packages get fixed core
properties and fixed zip timestamps. All names, schools, companies and people are made up.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
MAX_BYTES = 200 * 1024
FIXED_DT = _dt.datetime(2025, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# helpers: PDF
# --------------------------------------------------------------------------------------------

def _rl():
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm, mm
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                    NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                    SimpleDocTemplate, Spacer)
    return dict(colors=colors, TA_CENTER=TA_CENTER, TA_JUSTIFY=TA_JUSTIFY, TA_LEFT=TA_LEFT,
                A4=A4, ParagraphStyle=ParagraphStyle, cm=cm, mm=mm,
                BaseDocTemplate=BaseDocTemplate, Frame=Frame, FrameBreak=FrameBreak,
                KeepTogether=KeepTogether, NextPageTemplate=NextPageTemplate,
                PageBreak=PageBreak, PageTemplate=PageTemplate, Paragraph=Paragraph,
                SimpleDocTemplate=SimpleDocTemplate, Spacer=Spacer)


def x(text: str) -> str:
    """Escape plain text for a reportlab Paragraph."""
    return escape(text)


# --------------------------------------------------------------------------------------------
# helpers: DOCX
# --------------------------------------------------------------------------------------------

def _new_docx():
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "leerroute-check samples"
    cp.last_modified_by = "leerroute-check samples"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    return d


def _save_docx(d, path: Path) -> None:
    raw = io.BytesIO()
    d.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------------
# 37  DOCX, three-column table "Onderwerp | Afspraak | Verantwoordelijke"  (Westland, groen)
# --------------------------------------------------------------------------------------------

S37_ROWS = [
    ("Welke route",
     "Leerlingen met het vmbo-profiel Groen in de kaderberoepsgerichte leerweg stromen vanaf "
     "leerjaar 3 zonder knip door naar de mbo-opleiding Vakbekwaam medewerker bloem, groen en "
     "styling, niveau 3 (BOL), in het opleidingsdomein Voedsel, natuur en leefomgeving. De route "
     "beslaat leerjaar 3 en 4 vmbo en aansluitend twee studiejaren mbo.",
     "Beide besturen"),
    ("Kwekers en bloembinders",
     "Zes leerwerkbedrijven uit het Westland, onder wie Kwekerij De Lier-Oost B.V., Bloemsierkunst "
     "Van Leeuwen en Groothandel Flora Honselersdijk, stellen vanaf leerjaar 4 samen elk jaar "
     "minimaal twintig stageplekken beschikbaar. Hun praktijkopleiders beoordelen mee bij de proeve "
     "van bekwaamheid. Twee keer per jaar (oktober en maart) schuift een afgevaardigde van de "
     "regionale vakgroep bloembinders aan bij het routeoverleg om het lesprogramma tegen het licht "
     "te houden; dat advies krijgt binnen een maand een schriftelijke reactie. Uit de sector komen "
     "bovendien vier levensechte opdrachten per schooljaar, zoals een rouwstuk, een bruidsboeket en "
     "een etalage voor Koningsdag.",
     "Praktijkcoördinator Tuinbouwcollege"),
    ("Aansturing",
     "Het routeoverleg geeft leiding aan de route. Het routeoverleg telt drie leden: de teamleider "
     "Groen van het Glaskust College, de opleidingsmanager Bloem & Styling van het Tuinbouwcollege "
     "en een praktijkcoördinator. Elk bestuur wijst zijn eigen lid schriftelijk aan; de "
     "praktijkcoördinator wordt door de twee besturen gezamenlijk aangewezen, telkens voor twee "
     "schooljaren. Het routeoverleg is bevoegd om het jaarrooster en de verdeling van de lesuren over "
     "vo- en mbo-docenten vast te stellen, leerlingen bij leerwerkbedrijven te plaatsen en het "
     "routebudget te besteden tot € 25.000 per jaar. Besluiten over personeel, huisvesting en alles "
     "boven dat bedrag gaan naar de besturen.",
     "Besturen (aanwijzing), routeoverleg (uitvoering)"),
    ("Rapporteren aan de besturen",
     "Het routeoverleg stuurt beide besturen elk jaar vóór 1 november een kort jaarverslag met de "
     "aantallen leerlingen per leerjaar, doorstroom en uitval, bezette stageplekken, "
     "examenresultaten en de besteding van het routebudget. In februari bespreken de bestuurders "
     "dat verslag met het routeoverleg. Bij een ernstig incident of een dreigend tekort aan "
     "stageplekken krijgen de besturen binnen vijf werkdagen bericht.",
     "Teamleider Groen (penvoerder)"),
    ("Lessen, docenten en lokalen",
     "In de vo-fase volgen de leerlingen de algemene vakken op het Glaskust College in Naaldwijk; "
     "het praktijkdeel vindt twee dagen per week plaats in de binderij en de kassen van het "
     "Tuinbouwcollege in Honselersdijk. Docenten en instructeurs van beide partners vormen één team "
     "en zetten de teambevoegdheid in voor het vakoverstijgende deel 'Groen ondernemen'; iedereen "
     "blijft in dienst van de eigen werkgever. De binderij, de koelcel en de proefkas van het "
     "Tuinbouwcollege en het computerlokaal en de aula van het Glaskust College mogen door beide "
     "partners zonder kosten worden gebruikt, volgens een rooster dat het routeoverleg vaststelt. "
     "Programma, toetsing en examinering per leerjaar staan in het gezamenlijke PTA/OER, dat elk "
     "jaar vóór 1 oktober wordt vastgesteld.",
     "Routeoverleg"),
    ("Als de route niet past",
     "Stopt een leerling in leerjaar 3 of 4, dan maakt hij de kaderberoepsgerichte leerweg Groen "
     "(of een ander profiel) gewoon af op het Glaskust College en haalt daar zijn vmbo-diploma. "
     "Stopt een student in de mbo-fase, ook zonder vmbo-diploma, dan kan hij binnen het "
     "Tuinbouwcollege omzwaaien naar een andere opleiding op niveau 3, zoals Vakbekwaam medewerker "
     "teelt of Vakbekwaam hovenier; vooropleidingseisen gelden dan niet. Wil hij naar een andere "
     "school, dan helpen de partners bij het zoeken en bij het geschiktheidsonderzoek daar. Welke "
     "weg het wordt, beslissen de mentor van het Glaskust College en de loopbaanbegeleider van het "
     "Tuinbouwcollege samen, na een gesprek met leerling en ouders, op grond van het bereikte "
     "niveau en de leeftijd.",
     "Mentor en loopbaanbegeleider"),
    ("Geld",
     "Het Glaskust College draagt per leerling in leerjaar 4 een bedrag van € 650 van de ontvangen "
     "rijksbijdrage over aan het Tuinbouwcollege. Dit geld is bedoeld voor praktijkmateriaal "
     "(bloemen, snijgroen, steekschuim) en voor de inzet van instructeurs in de binderij. Telling op "
     "1 oktober, betaling vóór 15 december. Verder draagt ieder de eigen kosten.",
     "Controllers van beide partners"),
    ("Inspraak",
     "Boven op wat de wet al regelt, spreken de partners af: leerlingen van de route in de vo-fase "
     "mogen één vertegenwoordiger afvaardigen naar de studentenraad van het Tuinbouwcollege, met "
     "spreekrecht over alles wat de route raakt. De MR van het Glaskust College en de studentenraad "
     "van het Tuinbouwcollege vergaderen eenmaal per jaar samen over de route, en wijzigingen van "
     "het PTA/OER gaan eerst voor advies naar beide raden.",
     "Teamleider Groen"),
    ("Onenigheid",
     "Komt het routeoverleg er niet uit, dan leggen de partners het verschil binnen vier weken voor "
     "aan de twee bestuurders. Lukt het daar ook niet, dan schakelen zij samen een mediator in en "
     "delen zij de kosten. Heeft de mediation na drie maanden geen oplossing opgeleverd, dan kan elk "
     "van beide partners de zaak voorleggen aan de Rechtbank Den Haag.",
     "Besturen"),
    ("Nieuwe partners, stoppen en aanpassen",
     "Een andere vmbo-school of groene mbo-instelling kan meedoen als beide besturen schriftelijk "
     "instemmen en de nieuwe partner deze afspraken volledig onderschrijft; aansluiten kan alleen "
     "per 1 augustus, en de gezamenlijke melding bij DUO wordt aangepast. Opzeggen kan "
     "schriftelijk, uiterlijk 1 februari, met ingang van 1 augustus van het daaropvolgende "
     "schooljaar. Bij een ernstige tekortkoming die na een schriftelijke aanmaning niet binnen twee "
     "maanden is hersteld, kan de andere partner de afspraken ontbinden. Hoe de samenwerking ook "
     "eindigt: leerlingen die al in de route zitten maken hem af, en er stromen geen nieuwe "
     "leerlingen meer in. Aanpassingen gebeuren alleen schriftelijk, na bespreking in het "
     "routeoverleg, en gaan in bij de start van een schooljaar.",
     "Besturen"),
]


def build_37(path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = _new_docx()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(2)

    p = d.add_paragraph()
    r = p.add_run("Samenwerkingsafspraken doorlopende leerroute Groen – Bloem, groen en styling")
    r.bold = True
    r.font.size = Pt(15)
    p = d.add_paragraph()
    r = p.add_run("Westland · versie voor ondertekening · ingangsdatum 1 augustus 2025")
    r.italic = True

    d.add_paragraph("Deze afspraken worden gemaakt tussen:")
    d.add_paragraph(
        "Stichting Scholengroep Glaskust, bevoegd gezag van het Glaskust College (vmbo, locatie "
        "Naaldwijk), hier vertegenwoordigd door de voorzitter van het college van bestuur, "
        "mevrouw drs. A.M. Valkenburg;")
    d.add_paragraph(
        "en Stichting Groen Onderwijs Delfland, bevoegd gezag van het Tuinbouwcollege Delfland "
        "(mbo, locatie Honselersdijk), hier vertegenwoordigd door de bestuurder, de heer ir. P.J. "
        "van der Sande.")
    d.add_paragraph("Samen heten zij hieronder 'de partners'.")
    d.add_paragraph(
        "De partners bieden samen een doorlopende leerroute vmbo-mbo aan. In de tabel staat per "
        "onderwerp wat er is afgesproken en wie erop aanspreekbaar is. De tabel is het eigenlijke "
        "contract; de tekst onder de tabel hoort erbij.")

    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    widths = (Cm(3.6), Cm(10.4), Cm(3.5))
    hdr = table.rows[0]
    # repeat header row on every page
    trPr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    for cell, label, w in zip(hdr.cells, ("Onderwerp", "Afspraak", "Verantwoordelijke"), widths):
        cell.width = w
        cell.text = ""
        run = cell.paragraphs[0].add_run(label)
        run.bold = True
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9EAD3")
        cell._tc.get_or_add_tcPr().append(shd)
    for topic, text, who in S37_ROWS:
        row = table.add_row()
        for cell, w in zip(row.cells, widths):
            cell.width = w
        row.cells[0].text = ""
        row.cells[0].paragraphs[0].add_run(topic).bold = True
        row.cells[1].text = text
        row.cells[2].text = who

    d.add_paragraph()
    d.add_paragraph(
        "Looptijd. Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd. Ze zijn in "
        "tweevoud opgemaakt.")
    d.add_paragraph("Naaldwijk, 24 juni 2025")
    sig = d.add_table(rows=2, cols=2)
    sig.cell(0, 0).text = "Voor Stichting Scholengroep Glaskust"
    sig.cell(0, 1).text = "Voor Stichting Groen Onderwijs Delfland"
    sig.cell(1, 0).text = "\n\nmevrouw drs. A.M. Valkenburg, voorzitter college van bestuur"
    sig.cell(1, 1).text = "\n\nde heer ir. P.J. van der Sande, bestuurder"
    _save_docx(d, path)


E37 = {
    "description": "Word table with three column headings (Onderwerp | Afspraak | Verantwoordelijke), "
                   "repeated header row, parties in paragraphs above; informal-practical register "
                   "('de partners', 'schuift aan', 'omzwaaien'). Westland, groen kb -> Vakbekwaam "
                   "medewerker bloem, groen en styling 3 (AOC as mbo partner). EUR 650 per pupil "
                   "with bestemming; vo-pupils get a voice in the studentenraad; mediation then "
                   "Rechtbank Den Haag. Fully compliant.",
    "split": "train",
    "statuses": {k: "present" for k in "abcdefghij"},
    "evidence": {
        "a": "Welke route",
        "b": "Kwekers en bloembinders",
        "c": "Aansturing",
        "d": "Rapporteren aan de besturen",
        "e": "Lessen, docenten en lokalen",
        "f": "Als de route niet past",
        "g": "Geld",
        "h": "Inspraak",
        "i": "Onenigheid",
        "j": "Nieuwe partners, stoppen en aanpassen",
    },
}


# --------------------------------------------------------------------------------------------
# 38  PDF, two columns, statute-like passive/nominal register  (Rivierenland, logistiek)
# --------------------------------------------------------------------------------------------

S38_INTRO = [
    "De ondergetekenden:",
    "Stichting Openbaar Voortgezet Onderwijs Rivierenland, bevoegd gezag van het Waalsteede "
    "College te Tiel, vertegenwoordigd door haar bestuurder, de heer J.H. Kooiman, hierna: het "
    "vo-bestuur;",
    "Stichting Beroepsonderwijs Betuwe en Maasland, bevoegd gezag van het regionaal "
    "opleidingencentrum ROC Betuwe-Maas te Tiel, vertegenwoordigd door de voorzitter van het "
    "college van bestuur, mevrouw M. Öztürk-de Wit MBA, hierna: het mbo-bestuur;",
    "gezamenlijk: de besturen,",
    "nemen in aanmerking dat langs de A15 en de Waal een groeiende vraag bestaat naar logistiek "
    "geschoolde vakmensen en dat een ononderbroken leerweg van vmbo naar mbo daaraan bijdraagt,",
    "en bepalen als volgt.",
]

S38_SECTIONS = [
    ("1. Strekking en leerroute", [
        "(1) Bij deze overeenkomst wordt door de besturen gezamenlijk een doorlopende leerroute "
        "verzorgd die aanvangt in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel "
        "Mobiliteit en transport, van het Waalsteede College en voert naar het diploma van de "
        "opleiding Logistiek teamleider (niveau 3, BOL en BBL) binnen het opleidingsdomein "
        "Transport, scheepvaart en logistiek van ROC Betuwe-Maas.",
        "(2) De leerroute wordt door beide besturen gezamenlijk aan Onze Minister gemeld door "
        "registratie in RIO.",
    ]),
    ("2. Inbreng van het werkveld", [
        "(1) Aan de invulling van de leerroute wordt bijgedragen door de logistieke ondernemingen "
        "die zijn verenigd in het Logistiek Platform Rivierenland, waaronder Van Dalen Distributie "
        "B.V. te Geldermalsen en Betuwe Fruit Logistics B.V. te Kesteren.",
        "(2) Door deze ondernemingen worden beschikbaar gesteld: ten minste vijftien "
        "leerwerkplaatsen per lichting voor de beroepspraktijkvorming vanaf het eerste mbo-jaar; "
        "een oriëntatiestage van twee weken in leerjaar 4; drie gastcolleges per schooljaar over "
        "warehousing en transportplanning.",
        "(3) Het platform wordt jaarlijks in mei door de routecommissie gehoord over de inhoud van "
        "het programma en de keuze van de keuzedelen. Praktijkopleiders van de ondernemingen nemen "
        "deel aan de beoordeling van de examens in de beroepspraktijk.",
    ]),
    ("3. Routecommissie en mandaat", [
        "(1) Door de besturen wordt een routecommissie ingesteld, die met de leiding over de "
        "leerroute is belast.",
        "(2) De routecommissie bestaat uit vier leden: de afdelingsleider bovenbouw kader van het "
        "Waalsteede College, de opleidingsmanager logistiek van ROC Betuwe-Maas en één docent uit "
        "elk van beide instellingen. Het voorzitterschap wisselt per schooljaar.",
        "(3) De aanwijzing van de leden geschiedt door het bestuur in wiens dienst zij zijn. De "
        "aanwijzing geschiedt schriftelijk, voor de duur van drie schooljaren, en kan door "
        "hetzelfde bestuur worden herroepen.",
        "(4) Aan de routecommissie wordt opgedragen: de vaststelling van het jaarprogramma en het "
        "lesrooster; de toedeling van docenten en instructeurs aan programmaonderdelen; de "
        "plaatsing van leerlingen en studenten bij leerwerkbedrijven; de voorbereiding van het "
        "gezamenlijke PTA/OER.",
        "(5) De routecommissie is bevoegd tot het aangaan van verplichtingen tot een bedrag van "
        "€ 15.000 per schooljaar ten laste van het routebudget. Besluiten met gevolgen voor de "
        "formatie, de huisvesting of het toelatingsbeleid blijven aan de besturen voorbehouden.",
    ]),
    ("4. Rekenschap en informatie", [
        "(1) Door de routecommissie wordt halfjaarlijks, in januari en in juli, schriftelijk "
        "gerapporteerd aan beide besturen over de voortgang van de leerroute, de in-, door- en "
        "uitstroom, de bezetting van de leerwerkplaatsen en de besteding van het routebudget.",
        "(2) Rekenschap over het afgelopen schooljaar wordt afgelegd in een jaarverslag dat vóór "
        "1 november aan de besturen wordt toegezonden en in een gezamenlijke bestuursvergadering in "
        "november wordt besproken.",
        "(3) Op verzoek van een bestuur worden binnen tien werkdagen alle inlichtingen verstrekt die "
        "dat bestuur voor de uitoefening van zijn taak behoeft.",
    ]),
    ("5. Vormgeving van het onderwijs", [
        "(1) Het onderwijs in de vo-fase wordt verzorgd in het gebouw van het Waalsteede College; "
        "het praktijkonderwijs vindt plaats in de logistieke leeromgeving van ROC Betuwe-Maas aan "
        "de Havenweg te Tiel. De mbo-fase wordt geheel door ROC Betuwe-Maas verzorgd.",
        "(2) Programma en examinering worden per leerjaar beschreven in een gezamenlijk PTA/OER, "
        "dat jaarlijks vóór 1 oktober door beide besturen wordt vastgesteld. Daarin wordt "
        "aangegeven welke onderdelen tot het vo, welke tot het mbo behoren en welke vakoverstijgend "
        "door een team worden verzorgd.",
        "(3) Voor de vakoverstijgende onderdelen wordt gebruikgemaakt van de teambevoegdheid; elk "
        "teamlid blijft verantwoordelijk voor het deel waarvoor hij bevoegd is. Het personeel "
        "blijft in dienst van het eigen bestuur; de wederzijdse inzet van docenten en instructeurs "
        "wordt jaarlijks in een inzetoverzicht vastgelegd.",
        "(4) De magazijnsimulatie, de heftruckhal en de rijsimulator van ROC Betuwe-Maas, alsmede "
        "de praktijklokalen van het Waalsteede College, staan ter beschikking van beide "
        "instellingen. Het gebruik wordt onderling niet doorbelast.",
    ]),
    ("6. Terugvalroute", [
        "(1) Indien de deelname aan de leerroute voortijdig wordt beëindigd, wordt de leerling of "
        "student in staat gesteld een diploma te behalen dat past bij het bereikte onderwijsniveau "
        "en bij zijn leeftijd.",
        "(2) Bij beëindiging in de vo-fase wordt de opleiding voortgezet in de reguliere "
        "kaderberoepsgerichte leerweg van het Waalsteede College, in hetzelfde of een ander "
        "profiel, met het vmbo-diploma als doel.",
        "(3) Bij beëindiging in de mbo-fase wordt een plaats geboden in een andere opleiding van "
        "ROC Betuwe-Maas op niveau 3 of, zo dat beter past, op niveau 2, bijvoorbeeld Logistiek "
        "medewerker of Chauffeur goederenvervoer; vooropleidingseisen worden daarbij niet "
        "tegengeworpen. Het omzwaaien naar een opleiding elders in de regio wordt begeleid.",
        "(4) Over de te volgen terugvalroute wordt besloten door de afdelingsleider en de "
        "opleidingsmanager gezamenlijk, nadat de leerling en diens ouders zijn gehoord.",
    ]),
    ("7. Middelen", [
        "(1) Van overdracht van bekostiging als bedoeld in artikel 5.42a WVO 2020 en artikel 9.1.15 "
        "WEB wordt afgezien.",
        "(2) Elk bestuur draagt de kosten van het eigen personeel en de eigen voorzieningen.",
    ]),
    ("8. Inspraak", [
        "(1) Onverminderd de WMS, de WEB en de WOR wordt een gemeenschappelijk overlegorgaan "
        "leerroute ingesteld, bestaande uit twee leden uit de medezeggenschapsraad van het "
        "Waalsteede College en twee leden uit de studentenraad en de ondernemingsraad van ROC "
        "Betuwe-Maas.",
        "(2) Aan het overlegorgaan worden het ontwerp van het PTA/OER en elk voorstel tot herziening "
        "van deze overeenkomst voor advies voorgelegd. Het overlegorgaan komt ten minste tweemaal "
        "per schooljaar bijeen.",
    ]),
    ("9. Beslechting van geschillen", [
        "(1) Een geschil tussen de besturen over de uitvoering van deze overeenkomst wordt eerst in "
        "de routecommissie besproken en, indien daar binnen een maand geen oplossing is bereikt, in "
        "een bestuurlijk overleg.",
        "(2) Wordt ook daar geen overeenstemming bereikt, dan wordt bemiddeling gevraagd van een "
        "door beide besturen aan te wijzen onafhankelijke mediator.",
        "(3) Blijft de bemiddeling zonder resultaat, dan wordt het geschil beslecht door de "
        "bevoegde rechter van de Rechtbank Gelderland.",
    ]),
    ("10. Toetreding, uittreding, herziening", [
        "(1) Toetreding van een andere school of instelling voor beroepsonderwijs is mogelijk met "
        "schriftelijke instemming van beide besturen, mits de toetredende partij deze overeenkomst "
        "onverkort aanvaardt. Toetreding geschiedt per 1 augustus en wordt bij DUO gemeld.",
        "(2) Uittreding geschiedt door schriftelijke opzegging met een termijn van twaalf maanden, "
        "tegen het einde van een schooljaar. Ontbinding wegens een tekortkoming is eerst mogelijk "
        "na ingebrekestelling en een hersteltermijn van drie maanden.",
        "(3) Herziening van deze overeenkomst geschiedt uitsluitend schriftelijk, na advies van het "
        "overlegorgaan, en treedt in werking bij de aanvang van een schooljaar.",
        "(4) Bij uittreding, ontbinding of herziening worden de lopende lichtingen in staat gesteld "
        "de leerroute onder de bestaande voorwaarden af te ronden; na opzegging vindt geen nieuwe "
        "instroom meer plaats.",
    ]),
    ("11. Slotbepaling", [
        "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.",
        "Aldus in tweevoud opgemaakt en ondertekend te Tiel op 3 juli 2025.",
        "Voor het vo-bestuur: J.H. Kooiman, bestuurder.",
        "Voor het mbo-bestuur: M. Öztürk-de Wit MBA, voorzitter college van bestuur.",
    ]),
]


def build_38(path: Path) -> None:
    R = _rl()
    A4, cm = R["A4"], R["cm"]
    PS = R["ParagraphStyle"]
    W, H = A4
    margin = 1.8 * cm
    gap = 0.8 * cm
    colw = (W - 2 * margin - gap) / 2
    title_h = 6.8 * cm

    body = PS("b38", fontName="Times-Roman", fontSize=9.5, leading=12, alignment=R["TA_JUSTIFY"],
              spaceAfter=4)
    head = PS("h38", fontName="Times-Bold", fontSize=10.5, leading=13, spaceBefore=8,
              spaceAfter=3, keepWithNext=1)
    title = PS("t38", fontName="Times-Bold", fontSize=13, leading=17, alignment=R["TA_CENTER"],
               spaceAfter=6)
    intro = PS("i38", fontName="Times-Roman", fontSize=9.5, leading=12, spaceAfter=3,
               alignment=R["TA_JUSTIFY"])

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Times-Italic", 8)
        canv.drawString(margin, H - 1.1 * cm, "Overeenkomst doorlopende leerroute Logistiek Rivierenland")
        canv.drawRightString(W - margin, 1.0 * cm, "blad %d" % doc.page)
        canv.restoreState()

    top = H - margin - 0.3 * cm
    f_title = R["Frame"](margin, top - title_h, W - 2 * margin, title_h, id="title",
                         leftPadding=0, rightPadding=0)
    colh_first = top - title_h - margin
    f1a = R["Frame"](margin, margin, colw, colh_first, id="c1a", leftPadding=0, rightPadding=0)
    f1b = R["Frame"](margin + colw + gap, margin, colw, colh_first, id="c1b", leftPadding=0,
                     rightPadding=0)
    colh = top - margin
    f2a = R["Frame"](margin, margin, colw, colh, id="c2a", leftPadding=0, rightPadding=0)
    f2b = R["Frame"](margin + colw + gap, margin, colw, colh, id="c2b", leftPadding=0,
                     rightPadding=0)
    doc = R["BaseDocTemplate"](str(path), pagesize=A4, invariant=1,
                               title="Overeenkomst leerroute Logistiek Rivierenland",
                               author="leerroute-check samples", creator="leerroute-check samples")
    doc.addPageTemplates([
        R["PageTemplate"](id="first", frames=[f_title, f1a, f1b], onPage=deco),
        R["PageTemplate"](id="later", frames=[f2a, f2b], onPage=deco),
    ])
    P = R["Paragraph"]
    story = [R["NextPageTemplate"]("later"),
             P("OVEREENKOMST INZAKE DE DOORLOPENDE LEERROUTE<br/>LOGISTIEK RIVIERENLAND", title)]
    for t in S38_INTRO:
        story.append(P(x(t), intro))
    story.append(R["FrameBreak"]())
    for h, paras in S38_SECTIONS:
        story.append(P(x(h), head))
        for t in paras:
            story.append(P(x(t), body))
    doc.build(story)


E38 = {
    "description": "Two-column PDF (Times, title block across the page, then two columns on every "
                   "page), statute-like passive and nominal register ('door de besturen wordt "
                   "ingesteld', 'de aanwijzing van de leden geschiedt door', 'rekenschap wordt "
                   "afgelegd'), leden marked (1), (2). Rivierenland (Tiel), mobiliteit en transport "
                   "kb -> Logistiek teamleider 3. 'Terugvalroute' for the overstap, explicit "
                   "no-transfer ('wordt afgezien'), a joint overlegorgaan for medezeggenschap, "
                   "mediation then Rechtbank Gelderland. Fully compliant.",
    "split": "train",
    "statuses": {k: "present" for k in "abcdefghij"},
    "evidence": {
        "a": "1. Strekking en leerroute",
        "b": "2. Inbreng van het werkveld",
        "c": "3. Routecommissie en mandaat",
        "d": "4. Rekenschap en informatie",
        "e": "5. Vormgeving van het onderwijs",
        "f": "6. Terugvalroute",
        "g": "7. Middelen",
        "h": "8. Inspraak",
        "i": "9. Beslechting van geschillen",
        "j": "10. Toetreding, uittreding, herziening",
    },
}


# --------------------------------------------------------------------------------------------
# 39  PDF, few long articles with sub-clauses a., b., c.; notarial register (Deventer, kappers)
#     defects: d deferred to the evaluation; f imposes vooropleidingseisen inside the instelling
# --------------------------------------------------------------------------------------------

S39_PARTIES = [
    "De ondergetekenden:",
    "1. de stichting Stichting Christelijk Voortgezet Onderwijs Salland, statutair gevestigd te "
    "Deventer, bevoegd gezag van scholengemeenschap De IJsselborgh, te dezen rechtsgeldig "
    "vertegenwoordigd door de voorzitter van het college van bestuur, de heer mr. W.F. "
    "Brinkhorst, hierna te noemen: 'de School';",
    "2. de stichting Stichting Regionaal Opleidingencentrum Salland-IJsseldelta, statutair "
    "gevestigd te Deventer, bevoegd gezag van ROC Salland-IJsseldelta, te dezen rechtsgeldig "
    "vertegenwoordigd door mevrouw drs. H.J. Scholten-Ebbers, lid van het college van bestuur, "
    "hierna te noemen: 'de Instelling';",
    "In aanmerking nemende:",
    "– dat de School en de Instelling reeds sedert het schooljaar 2019-2020 samenwerken bij de "
    "voorbereiding van leerlingen op de beroepen in de haar- en huidverzorging;",
    "– dat partijen die samenwerking thans wensen te bestendigen in een doorlopende leerroute als "
    "bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet "
    "educatie en beroepsonderwijs, en zulks bij deze akte wensen vast te leggen;",
    "Zijn overeengekomen als volgt:",
]

S39_ARTICLES = [
    ("Artikel 1. Begrippen en strekking", [
        ("a.", "Leerroute: de doorlopende leerroute vmbo-mbo Haar en Huid Salland, welke bij deze "
               "overeenkomst wordt geregeld;"),
        ("b.", "vo-fase: de eerste twee leerjaren van de leerroute, gedurende welke de deelnemer als "
               "leerling bij de School staat ingeschreven; mbo-fase: de daaropvolgende leerjaren, "
               "gedurende welke hij als student bij de Instelling staat ingeschreven;"),
        ("c.", "Routeraad: het in artikel 3 bedoelde orgaan;"),
        ("d.", "Deze overeenkomst strekt ertoe de voorwaarden vast te leggen waaronder partijen de "
               "leerroute gezamenlijk verzorgen, alsmede hun onderlinge rechten en verplichtingen "
               "ter zake."),
    ]),
    ("Artikel 2. Inhoud en inrichting van de leerroute", [
        ("a.", "De leerroute vangt aan in het derde leerjaar van de kaderberoepsgerichte leerweg "
               "van de School, profiel Zorg en welzijn, met de keuzevakken Haarverzorging en "
               "Huidverzorging, en leidt naar het diploma van de opleiding Allround kapper dan wel "
               "de opleiding Schoonheidsspecialist, beide niveau 3, in het opleidingsdomein "
               "Uiterlijke verzorging van de Instelling."),
        ("b.", "De Instelling brengt de leerroute in verbinding met de beroepspraktijk aldus, dat "
               "(i) ten minste tien kapsalons en schoonheidssalons uit Deventer en omstreken, "
               "waaronder Coiffure Brink & Zn. en Huidinstituut De Worp, als erkend leerbedrijf "
               "bpv-plaatsen aanbieden vanaf het eerste mbo-jaar; (ii) de praktijkopleiders van "
               "die salons deelnemen aan de beoordeling van de proeven van bekwaamheid; en (iii) de "
               "regionale kring van de kappers- en schoonheidsbranche tweemaal per jaar door de "
               "routeraad wordt gehoord over de actualiteit van het programma, waaronder trends, "
               "producten en behandeltechnieken."),
        ("c.", "Het onderwijs in de vo-fase wordt verzorgd ten dele in het gebouw van de School "
               "aan de Zutphenseweg te Deventer, ten dele in de leersalon van de Instelling; het "
               "onderwijs in de mbo-fase geschiedt geheel bij de Instelling."),
        ("d.", "Programma en examinering worden per leerjaar neergelegd in een gezamenlijk PTA/OER, "
               "welks ontwerp door de routeraad wordt voorbereid en door beide colleges van bestuur "
               "vóór 1 oktober van ieder schooljaar wordt vastgesteld."),
        ("e.", "De docenten van de School en de docenten en instructeurs van de Instelling vormen "
               "één docententeam, dat voor de vakoverstijgende onderdelen gebruikmaakt van de "
               "teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; zij "
               "blijven in dienst van hun eigen werkgever. De inzet van ieder teamlid wordt "
               "jaarlijks in het formatieplan van diens werkgever opgenomen."),
        ("f.", "De leersalon, het behandellokaal huidverzorging en de productvoorraad van de "
               "Instelling, alsmede het theorielokaal en de mediatheek van de School, staan over "
               "en weer ter beschikking; het gebruik daarvan wordt niet in rekening gebracht."),
    ]),
    ("Artikel 3. Bestuur van de leerroute en verantwoording", [
        ("a.", "De leiding over de leerroute berust bij een routeraad, samengesteld uit de "
               "teamleider Zorg en welzijn van de School, de opleidingsmanager Uiterlijke "
               "verzorging van de Instelling en een door hen gezamenlijk voorgedragen docent."),
        ("b.", "De leden worden benoemd door het college van bestuur van de partij bij welke zij in "
               "dienst zijn; het docent-lid wordt door beide colleges gezamenlijk benoemd, telkens "
               "voor een tijdvak van twee schooljaren."),
        ("c.", "Aan de routeraad zijn opgedragen: de dagelijkse coördinatie van de leerroute, de "
               "voorbereiding van het PTA/OER, de afstemming van de roosters, de toewijzing van "
               "bpv-plaatsen en het contact met de leerbedrijven. De routeraad beslist zelfstandig "
               "over de inzet van het in artikel 2 onder e bedoelde team binnen de door de "
               "colleges vastgestelde formatie; voor besluiten met financiële gevolgen boven "
               "€ 5.000 is de instemming van beide colleges vereist."),
        ("d.", "De routeraad houdt de colleges van bestuur op de hoogte van de gang van zaken. Op "
               "welke wijze en met welke regelmaat zulks geschiedt, en in welke vorm de routeraad "
               "zich tegenover de colleges verantwoordt, zal bij de evaluatie van deze "
               "overeenkomst worden bezien; de invulling volgt bij de evaluatie."),
        ("e.", "De eerste evaluatie vindt plaats in het voorjaar van 2027."),
    ]),
    ("Artikel 4. Leerlingen en studenten", [
        ("a.", "Leerlingen kiezen aan het einde van het tweede leerjaar voor de leerroute; de "
               "School voert met iedere kandidaat en diens ouders een intakegesprek."),
        ("b.", "De begeleiding berust in de vo-fase bij de mentor van de School en in de mbo-fase "
               "bij de studieloopbaanbegeleider van de Instelling; bij de overgang naar de "
               "mbo-fase vindt een warme overdracht plaats."),
        ("c.", "Indien de deelname van een leerling aan de leerroute in de vo-fase wordt beëindigd, "
               "vervolgt hij zijn opleiding in de reguliere kaderberoepsgerichte leerweg Zorg en "
               "welzijn van de School. Een student die de leerroute in de mbo-fase verlaat, kan "
               "binnen de Instelling slechts tot een andere opleiding worden toegelaten indien hij "
               "aan de voor die opleiding geldende vooropleidingseisen voldoet, waaronder het bezit "
               "van een vmbo-diploma; voldoet hij daaraan niet, dan wordt hem uitsluitend een plaats "
               "in de Entree-opleiding van de Instelling aangeboden. Over de plaatsing beslissen de "
               "teamleider en de opleidingsmanager in overleg met de student en diens ouders."),
        ("d.", "De klachtenregeling van elk der partijen is mede van toepassing op gedragingen van "
               "het personeel van de andere partij in het kader van de leerroute; de voorzitter "
               "van de klachtencommissie is niet werkzaam bij de andere partij."),
        ("e.", "Het toezicht op verzuim berust in de vo-fase bij de School en in de mbo-fase bij de "
               "Instelling."),
    ]),
    ("Artikel 5. Geldelijke bepalingen", [
        ("a.", "Partijen dragen geen bekostiging aan elkaar over; artikel 5.42a WVO 2020 en "
               "artikel 9.1.15 WEB vinden derhalve geen toepassing."),
        ("b.", "Iedere partij draagt de kosten van het eigen personeel en de eigen voorzieningen; "
               "de producten voor de leersalon komen ten laste van de Instelling."),
    ]),
    ("Artikel 6. Medezeggenschap", [
        ("a.", "Ten aanzien van leerlingen die bij de School staan ingeschreven, hun ouders en het "
               "personeel van de School is de Wet medezeggenschap op scholen van toepassing; ten "
               "aanzien van studenten van de Instelling, hun ouders en het personeel van de "
               "Instelling gelden de WEB en de Wet op de ondernemingsraden."),
        ("b.", "Partijen kunnen, indien daartoe aanleiding bestaat, aanvullende afspraken over de "
               "medezeggenschap maken."),
    ]),
    ("Artikel 7. Geschillen", [
        ("a.", "Geschillen tussen partijen over de uitvoering van deze overeenkomst worden in "
               "eerste aanleg besproken tussen de teamleider en de opleidingsmanager."),
        ("b.", "Indien binnen zes weken geen oplossing is gevonden, wordt het geschil voorgelegd "
               "aan de colleges van bestuur."),
        ("c.", "Blijft het geschil daarna bestaan, dan wordt het beslecht bij bindend advies van "
               "een commissie van drie personen, van wie elke partij er één aanwijst en de aldus "
               "aangewezen personen gezamenlijk de voorzitter aanwijzen. De commissie brengt haar "
               "advies uit binnen drie maanden; de kosten worden door partijen bij helfte "
               "gedragen."),
    ]),
    ("Artikel 8. Duur, toetreding, beëindiging en wijziging", [
        ("a.", "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
               "onbepaalde tijd."),
        ("b.", "Een andere school of instelling voor beroepsonderwijs kan tot deze overeenkomst "
               "toetreden door ondertekening van een toetredingsverklaring, mits beide partijen "
               "daarmee schriftelijk instemmen en de toetreder de in deze overeenkomst vervatte "
               "verplichtingen onverkort aanvaardt."),
        ("c.", "Iedere partij kan de overeenkomst bij aangetekend schrijven opzeggen tegen "
               "1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste "
               "twaalf maanden."),
        ("d.", "Ontbinding wegens een toerekenbare tekortkoming is slechts mogelijk na "
               "schriftelijke ingebrekestelling en een termijn van drie maanden om de tekortkoming "
               "te herstellen."),
        ("e.", "Wijziging van deze overeenkomst geschiedt uitsluitend bij schriftelijke, door beide "
               "partijen ondertekende akte."),
        ("f.", "In alle gevallen van toetreding, opzegging, ontbinding of wijziging blijven de "
               "leerlingen en studenten die op dat moment aan de leerroute deelnemen gerechtigd "
               "haar te voltooien onder de voorwaarden die golden bij hun instroom."),
    ]),
]


def build_39(path: Path) -> None:
    R = _rl()
    cm = R["cm"]
    PS = R["ParagraphStyle"]
    body = PS("b39", fontName="Helvetica", fontSize=9.5, leading=13, alignment=R["TA_JUSTIFY"],
              spaceAfter=4)
    sub = PS("s39", parent=body, leftIndent=18, bulletIndent=0, bulletFontName="Helvetica")
    art = PS("a39", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=10,
             spaceAfter=4, keepWithNext=1)
    title = PS("t39", fontName="Helvetica-Bold", fontSize=14, leading=18, alignment=R["TA_CENTER"])
    subtitle = PS("st39", fontName="Helvetica", fontSize=11, leading=15, alignment=R["TA_CENTER"],
                  spaceAfter=14)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawCentredString(R["A4"][0] / 2, 1.1 * cm, "- %d -" % doc.page)
        canv.restoreState()

    doc = R["SimpleDocTemplate"](str(path), pagesize=R["A4"], invariant=1,
                                 leftMargin=2.6 * cm, rightMargin=2.6 * cm, topMargin=2.4 * cm,
                                 bottomMargin=2.2 * cm, title="Samenwerkingsovereenkomst",
                                 author="leerroute-check samples",
                                 creator="leerroute-check samples")
    P = R["Paragraph"]
    story = [P("SAMENWERKINGSOVEREENKOMST", title),
             P("houdende de doorlopende leerroute Haar en Huid Salland", subtitle)]
    for t in S39_PARTIES:
        story.append(P(x(t), body))
    for h, items in S39_ARTICLES:
        story.append(P(x(h), art))
        for letter, t in items:
            story.append(P(x(t), sub, bulletText=letter))
    story.append(R["Spacer"](1, 14))
    for t in ["Aldus overeengekomen en in tweevoud getekend te Deventer op 30 juni 2025.",
              "Stichting Christelijk Voortgezet Onderwijs Salland, w.g. mr. W.F. Brinkhorst",
              "Stichting Regionaal Opleidingencentrum Salland-IJsseldelta, w.g. drs. H.J. "
              "Scholten-Ebbers"]:
        story.append(P(x(t), body))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


E39 = {
    "description": "PDF in notarial register ('te dezen', 'welks', 'zulks', 'bij helfte') with only "
                   "eight articles, most of them long and split into sub-clauses a., b., c.; "
                   "profiel, bedrijfsleven and inrichting share Artikel 2, leiding and verantwoording "
                   "share Artikel 3, the overstap sits in 'Leerlingen en studenten'. Deventer, zorg en "
                   "welzijn kb (haar/huid) -> Allround kapper / Schoonheidsspecialist 3. Verantwoording "
                   "deferred ('de invulling volgt bij de evaluatie'); the overstap imposes "
                   "vooropleidingseisen within the same instelling and otherwise only offers Entree; "
                   "medezeggenschap only describes the law ('kunnen'). No transfer; bindend advies.",
    "split": "train",
    "statuses": {"a": "present", "b": "present", "c": "present", "d": "weak", "e": "present",
                 "f": "weak", "g": "present", "h": "not_applicable", "i": "present",
                 "j": "present"},
    "evidence": {
        "a": "Artikel 2. Inhoud en inrichting van de leerroute",
        "b": "Artikel 2. Inhoud en inrichting van de leerroute",
        "c": "Artikel 3. Bestuur van de leerroute en verantwoording",
        "e": "Artikel 2. Inhoud en inrichting van de leerroute",
        "g": "Artikel 5. Geldelijke bepalingen",
        "i": "Artikel 7. Geschillen",
        "j": "Artikel 8. Duur, toetreding, beëindiging en wijziging",
    },
}


# --------------------------------------------------------------------------------------------
# 40  PDF, "Clausule N – Titel", b and f arranged only in annexes  (Oss, sport)
# --------------------------------------------------------------------------------------------

S40_PARTIES = [
    "Stichting Katholiek Voortgezet Onderwijs Maasland, bevoegd gezag van Vmbo De Vijfsprong te "
    "Oss, vertegenwoordigd door de heer drs. B.A.M. Verhoeven, voorzitter van het college van "
    "bestuur (hierna: de school),",
    "en",
    "Stichting ROC De Maasgouw, bevoegd gezag van ROC De Maasgouw, vertegenwoordigd door mevrouw "
    "ir. C. Hendriks-Lauwers, lid van het college van bestuur (hierna: het ROC),",
    "spreken het volgende af.",
]

S40_CLAUSES = [
    ("Clausule 1 – Route", [
        "De school en het ROC verzorgen samen de Sportroute Maasland: een doorlopende leerroute "
        "vmbo-mbo die begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel "
        "Dienstverlening en producten, met sport en bewegen als accent in de keuzevakken, en die "
        "leidt tot het mbo-diploma Sport- en bewegingsbegeleider, niveau 3, in het "
        "opleidingsdomein Sport en bewegen van het ROC.",
    ]),
    ("Clausule 2 – Sportaanbieders", [
        "Sportverenigingen, fitnesscentra en de buurtsportcoaches van de gemeente Oss hebben een "
        "vaste plaats in de route. Welke aanbieders dat zijn en wat zij doen, staat in bijlage 1; "
        "die bijlage hoort bij deze overeenkomst en wordt mede ondertekend.",
    ]),
    ("Clausule 3 – Stuurgroep", [
        "De Sportroute wordt aangestuurd door een stuurgroep. Daarin hebben zitting: de directeur "
        "van Vmbo De Vijfsprong, de opleidingsmanager Sport en bewegen van het ROC en, als "
        "adviserend lid zonder stem, de coördinator buurtsport van de gemeente Oss. De leden "
        "namens de school en het ROC worden door het eigen college van bestuur aangewezen; het "
        "adviserende lid wordt door de stuurgroep uitgenodigd.",
        "De stuurgroep mag het routeprogramma, het rooster en de inzet van docenten en instructeurs "
        "vaststellen en is bevoegd om namens beide partijen afspraken te maken met sportaanbieders "
        "over stageplekken. Zij beheert een eigen routebudget van ten hoogste € 20.000 per jaar. "
        "Over aanstelling of ontslag van personeel en over investeringen in accommodaties beslist "
        "zij niet; dat blijft bij de colleges van bestuur.",
    ]),
    ("Clausule 4 – Rapportage aan de besturen", [
        "Tweemaal per jaar, uiterlijk 1 maart en 1 oktober, stuurt de stuurgroep beide colleges van "
        "bestuur een voortgangsrapportage met leerlingaantallen, uitval, stageplekken, "
        "examenresultaten en uitgaven. Eenmaal per jaar, in november, legt de stuurgroep in een "
        "bestuurlijk overleg verantwoording af over het afgelopen schooljaar.",
    ]),
    ("Clausule 5 – Onderwijs, personeel en accommodaties", [
        "In leerjaar 3 en 4 krijgen de leerlingen de theorievakken op de school; de praktijk "
        "(bewegingsonderwijs, trainingsleer, EHBO) vindt plaats in de sporthal en de fitnessruimte "
        "van het ROC aan de Kruisstraat in Oss. Vanaf leerjaar 5 volgen de studenten het onderwijs "
        "volledig bij het ROC en bij de stagebedrijven.",
        "De docenten lichamelijke opvoeding van de school en de docenten en instructeurs van het "
        "ROC vormen één team. Voor het vakoverstijgende onderdeel 'Sport en gezondheid' maken zij "
        "gebruik van de teambevoegdheid. Iedereen blijft in dienst van de eigen werkgever.",
        "De school stelt haar gymzalen op woensdagmiddag beschikbaar voor activiteiten van de "
        "route; het ROC stelt de sporthal, de fitnessruimte en het sportmateriaal beschikbaar "
        "volgens het rooster van de stuurgroep. Het programma en de examinering per leerjaar staan "
        "in het gezamenlijke PTA/OER, dat jaarlijks vóór 1 oktober wordt vastgesteld.",
    ]),
    ("Clausule 6 – Uitval en omzwaaien", [
        "Een leerling die de Sportroute niet afmaakt, houdt recht op een passend vervolg naar een "
        "diploma. De school en het ROC handelen daarbij volgens het overstapprotocol in bijlage 2, "
        "dat deel uitmaakt van deze overeenkomst.",
    ]),
    ("Clausule 7 – Financiële verrekening", [
        "De school draagt voor iedere leerling in leerjaar 3 en 4 van de route € 540 per schooljaar "
        "van haar bekostiging over aan het ROC. Het bedrag is bestemd voor de inzet van "
        "ROC-instructeurs in de vo-fase en voor het gebruik van sporthal, fitnessruimte en "
        "materiaal. Peildatum is 1 oktober; het ROC zendt in november een factuur.",
    ]),
    ("Clausule 8 – Verschillen van inzicht", [
        "Verschillen van inzicht over de uitvoering van deze overeenkomst bespreekt eerst de "
        "stuurgroep. Komt zij er binnen een maand niet uit, dan gaat de kwestie naar de colleges "
        "van bestuur. Leidt ook dat binnen zes weken niet tot een oplossing, dan wordt mediation "
        "beproefd onder leiding van een mediator die beide partijen aanvaarden. Slaagt die niet, "
        "dan is uitsluitend de Rechtbank Oost-Brabant bevoegd.",
    ]),
    ("Clausule 9 – Looptijd, nieuwe partners, opzegging en aanpassing", [
        "Deze overeenkomst geldt vanaf 1 augustus 2025 voor vijf schooljaren en wordt daarna "
        "telkens stilzwijgend met vijf schooljaren verlengd.",
        "Een andere vmbo-school of mbo-instelling mag aansluiten als beide partijen daar "
        "schriftelijk mee instemmen en de nieuwe partij een toetredingsverklaring tekent. De "
        "aansluiting gaat in bij het begin van een schooljaar en wordt bij DUO gemeld.",
        "Elke partij mag opzeggen met een termijn van één jaar, tegen het einde van een "
        "schooljaar. Aanpassingen van deze overeenkomst gebeuren schriftelijk en gaan in bij een "
        "nieuw schooljaar.",
        "Leerlingen die op het moment van opzegging of aanpassing al in de route zitten, ronden "
        "die af onder de voorwaarden waaronder zij begonnen; de school en het ROC houden daarvoor "
        "de nodige docenten en accommodaties beschikbaar.",
    ]),
    ("Clausule 10 – Bijlagen", [
        "Bijlage 1 (werkveldafspraken) en bijlage 2 (overstapprotocol) maken integraal deel uit "
        "van deze overeenkomst. Bij strijdigheid gaat de hoofdtekst voor.",
    ]),
]

S40_ANNEX1 = ("Bijlage 1 Werkveldafspraken", [
    "1. Deelnemende sportaanbieders: Omnisportvereniging OSV Maasland, Fitnesscentrum Vitaal Oss "
    "B.V., Zwem- en sportcentrum De Schadewijk en het team buurtsportcoaches van de gemeente Oss.",
    "2. Deze aanbieders stellen per lichting samen ten minste achttien stageplekken beschikbaar: "
    "een snuffelstage van twee weken in leerjaar 4 en bpv-plekken in de mbo-fase.",
    "3. Hun praktijkopleiders beoordelen mee bij de proeven van bekwaamheid.",
    "4. Zij verzorgen per schooljaar vier clinics of gastlessen en leveren jaarlijks twee "
    "levensechte opdrachten, zoals de organisatie van een sportdag voor basisscholen en een "
    "beweegprogramma voor ouderen.",
    "5. Een werkveldtafel met een vertegenwoordiger van elke aanbieder adviseert de stuurgroep "
    "twee keer per jaar over het programma; de stuurgroep legt vast wat zij met dat advies doet.",
    "6. De stuurgroep legt de afspraken per aanbieder vast in een praktijkovereenkomst.",
])

S40_ANNEX2 = ("Bijlage 2 Overstapprotocol", [
    "1. Uitgangspunt. Elke leerling die de Sportroute verlaat, krijgt een alternatief dat leidt "
    "naar een vmbo- of mbo-diploma.",
    "2. Vertrek in leerjaar 3 of 4. De leerling vervolgt de kaderberoepsgerichte leerweg, in "
    "hetzelfde of een ander profiel, op de school, of stapt over naar een andere doorlopende "
    "leerroute van de school. Doel is het vmbo-diploma.",
    "3. Geen vmbo-diploma aan het eind van het derde routejaar. De student mag zonder vmbo-diploma "
    "instromen in een andere opleiding van het ROC op niveau 2 of 3, bijvoorbeeld Medewerker sport "
    "en recreatie; vooropleidingseisen gelden daarbij niet. Doubleren om het vmbo-diploma alsnog "
    "te halen blijft mogelijk.",
    "4. Vertrek in de mbo-fase omdat sport niet past. Overstap naar een andere opleiding op "
    "hetzelfde niveau binnen het ROC, of met hulp van het ROC naar een andere instelling in de "
    "regio, na een geschiktheidsonderzoek daar.",
    "5. Wie beslist. De mentor van de school en de studieloopbaanbegeleider van het ROC stellen "
    "samen een advies op na een gesprek met de leerling en zijn ouders. De directeur van de school "
    "en de opleidingsmanager van het ROC nemen gezamenlijk het besluit, rekening houdend met het "
    "bereikte onderwijsniveau en de leeftijd van de leerling.",
    "6. Warme overdracht. Binnen twee weken na het besluit vindt een overdrachtsgesprek plaats. "
    "De werkwijze wordt opgenomen in de schoolgids.",
])


def build_40(path: Path) -> None:
    R = _rl()
    cm = R["cm"]
    PS = R["ParagraphStyle"]
    body = PS("b40", fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
    head = PS("h40", fontName="Helvetica-Bold", fontSize=11, leading=15, spaceBefore=10,
              spaceAfter=4, keepWithNext=1, textColor=R["colors"].HexColor("#1F4E79"))
    title = PS("t40", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=4)
    subtitle = PS("st40", fontName="Helvetica", fontSize=11, leading=15, spaceAfter=14,
                  textColor=R["colors"].HexColor("#444444"))

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(2.2 * cm, 1.1 * cm, "Sportroute Maasland – samenwerkingsovereenkomst")
        canv.drawRightString(R["A4"][0] - 2.2 * cm, 1.1 * cm, "%d" % doc.page)
        canv.restoreState()

    doc = R["SimpleDocTemplate"](str(path), pagesize=R["A4"], invariant=1,
                                 leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                                 bottomMargin=2.2 * cm, title="Sportroute Maasland",
                                 author="leerroute-check samples",
                                 creator="leerroute-check samples")
    P = R["Paragraph"]
    story = [P("Samenwerkingsovereenkomst Sportroute Maasland", title),
             P("doorlopende leerroute vmbo – mbo Sport en bewegen", subtitle)]
    for t in S40_PARTIES:
        story.append(P(x(t), body))
    for h, paras in S40_CLAUSES:
        story.append(P(x(h), head))
        for t in paras:
            story.append(P(x(t), body))
    story.append(R["Spacer"](1, 12))
    for t in ["Oss, 2 juli 2025",
              "Namens Stichting Katholiek Voortgezet Onderwijs Maasland: drs. B.A.M. Verhoeven",
              "Namens Stichting ROC De Maasgouw: ir. C. Hendriks-Lauwers"]:
        story.append(P(x(t), body))
    for h, paras in (S40_ANNEX1, S40_ANNEX2):
        story.append(R["PageBreak"]())
        story.append(P(x(h), head))
        for t in paras:
            story.append(P(x(t), body))
        story.append(R["Spacer"](1, 10))
        story.append(P("Paraaf school: ........&nbsp;&nbsp;&nbsp; Paraaf ROC: ........", body))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


E40 = {
    "description": "PDF with 'Clausule N – Titel' headings in a modern, modal register ('mag', 'is "
                   "bevoegd om'); the bedrijfsleven and the overstapoptie are arranged only in annexes "
                   "('Bijlage 1 Werkveldafspraken', 'Bijlage 2 Overstapprotocol') that the main text "
                   "declares part of the agreement; the main text only refers to them. Oss, "
                   "dienstverlening en producten kb (sport) -> Sport- en bewegingsbegeleider 3. "
                   "EUR 540 per pupil with bestemming; mediation then Rechtbank Oost-Brabant; no "
                   "medezeggenschap text. Paraaf lines with dots in the annexes are not placeholders.",
    "split": "train",
    "statuses": {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
                 "f": "present", "g": "present", "h": "not_applicable", "i": "present",
                 "j": "present"},
    "evidence": {
        "a": "Clausule 1 – Route",
        "b": "Bijlage 1 Werkveldafspraken",
        "c": "Clausule 3 – Stuurgroep",
        "d": "Clausule 4 – Rapportage aan de besturen",
        "e": "Clausule 5 – Onderwijs, personeel en accommodaties",
        "f": "Bijlage 2 Overstapprotocol",
        "g": "Clausule 7 – Financiële verrekening",
        "i": "Clausule 8 – Verschillen van inzicht",
        "j": "Clausule 9 – Looptijd, nieuwe partners, opzegging en aanpassing",
    },
}


# --------------------------------------------------------------------------------------------
# 41  DOCX, ICT jargon, "N | Titel" Heading 2  (Amsterdam Nieuw-West, MVI)
#     defects: b only an ambition; c no appointment; g transfer without bestemming
# --------------------------------------------------------------------------------------------

S41_SECTIONS = [
    ("1 | Scope van de route", [
        "We (school en ROC) bieden vanaf augustus 2025 samen één doorlopende leerroute vmbo-mbo "
        "aan. Instap: leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Media, vormgeving en "
        "ICT. Uitstroom: het mbo-diploma Allround medewerker IT systems and devices, niveau 3 "
        "(BOL), in het opleidingsdomein ICT en creatieve industrie. Werktitel: Route IT.",
    ]),
    ("2 | Partners uit de praktijk", [
        "Partijen hebben de ambitie om IT-bedrijven en maatschappelijke organisaties uit "
        "Nieuw-West een rol in de route te geven. In het eerste routejaar verkennen we welke "
        "bedrijven willen aanhaken en in welke vorm. Tot die tijd is hierover niets vastgelegd.",
    ]),
    ("3 | Het routeteam", [
        "Het routeteam is de product owner van de route. Het team bestaat uit de teamleider "
        "bovenbouw ICT van het Sloterplas College, de opleidingsmanager ICT van ROC Tuinsteden en "
        "twee docenten, één van elke kant.",
        "Het routeteam werkt in sprints van zes weken en beheert de backlog met verbeterpunten. "
        "Het stelt het rooster en de verdeling van de lesuren vast en beslist over het gebruik van "
        "het IT-lab. Het mag uitgaven doen tot € 10.000 per schooljaar; grotere uitgaven en alles "
        "wat met aanstelling van personeel te maken heeft, gaan naar de besturen.",
    ]),
    ("4 | Updates voor de besturen", [
        "Na elk semester, uiterlijk 15 februari en 15 juli, levert het routeteam beide colleges "
        "van bestuur een dashboard-rapportage: instroom, voortgang per leerjaar, uitval, resultaten "
        "van toetsen en examens en de besteding van het budget. Eén keer per jaar, in september, "
        "is er een review-sessie waarin het routeteam verantwoording aflegt aan de twee "
        "bestuurders.",
    ]),
    ("5 | Lessen, mensen en labs", [
        "Leerjaar 3 en 4: drie dagen per week op het Sloterplas College en twee dagen in het IT-lab "
        "van ROC Tuinsteden (serverruimte, netwerkracks, werkplekken met testomgevingen). Leerjaar "
        "5 en 6: volledig op het ROC en bij de bpv.",
        "Docenten van beide kanten vormen één team. Voor de vakoverstijgende modules 'Netwerken en "
        "security' en 'Digitale vaardigheden' zetten we de teambevoegdheid in. Iedereen blijft in "
        "dienst van de eigen werkgever.",
        "Het IT-lab van het ROC en de mediastudio met green screen van de school zijn voor beide "
        "partijen vrij te gebruiken volgens het lab-rooster. Programma en examinering per leerjaar "
        "staan in het gezamenlijke PTA/OER, dat het routeteam elk jaar vóór 1 oktober ter "
        "vaststelling aan de besturen voorlegt.",
    ]),
    ("6 | Switchen", [
        "Past de route niet, dan switcht de leerling naar een alternatief dat ook naar een diploma "
        "leidt:",
        "– in leerjaar 3 of 4: door in de kaderberoepsgerichte leerweg MVI of een ander profiel op "
        "de school, met het vmbo-diploma als doel;",
        "– in de mbo-fase: overstap naar een andere ROC-opleiding op niveau 3 of, als dat beter "
        "past, niveau 2 (bijvoorbeeld Medewerker ICT), ook zonder vmbo-diploma; vooropleidingseisen "
        "zijn dan niet van toepassing;",
        "– wil de leerling naar een andere instelling, dan helpt het ROC bij de aanmelding en het "
        "geschiktheidsonderzoek.",
        "De mentor en de studieloopbaanbegeleider kiezen het alternatief samen met de leerling en "
        "de ouders, op basis van het bereikte niveau en de leeftijd.",
    ]),
    ("7 | Geldstromen", [
        "De school maakt jaarlijks € 700 per routeleerling in leerjaar 3 en 4 over aan het ROC. "
        "Het ROC factureert in januari op basis van de teldatum 1 oktober.",
    ]),
    ("8 | Stem van leerlingen en personeel", [
        "Bovenop de WMS en de WEB spreken we af: twee leerlingen uit leerjaar 3 of 4 van de route "
        "mogen de vergaderingen van de studentenraad van het ROC bijwonen, met spreekrecht. "
        "Wijzigingen in het PTA/OER en in deze overeenkomst legt het routeteam vóór de besluitvorming "
        "voor advies voor aan de MR van de school en aan de studentenraad van het ROC.",
    ]),
    ("9 | Escalatie", [
        "Verschil van mening over de uitvoering van deze overeenkomst?",
        "Stap 1: het routeteam (binnen twee weken).",
        "Stap 2: de directeur van de school en de directeur van het ROC-college (binnen vier weken).",
        "Stap 3: de colleges van bestuur (binnen zes weken).",
        "Stap 4: mediation door een onafhankelijke mediator die beide partijen samen kiezen.",
        "Lukt ook dat niet, dan beslist de bevoegde rechter in Amsterdam.",
    ]),
    ("10 | Instappen, uitstappen, bijwerken", [
        "Instappen: een andere vmbo-school of mbo-instelling kan partij worden als beide besturen "
        "schriftelijk akkoord gaan en de nieuwe partij deze overeenkomst ondertekent; dat gaat in "
        "per 1 augustus en wordt bij DUO gemeld.",
        "Uitstappen: opzeggen kan schriftelijk, met een termijn van twaalf maanden, altijd per het "
        "einde van een schooljaar.",
        "Bijwerken: wijzigingen alleen schriftelijk en door beide besturen getekend, na advies van "
        "MR en studentenraad (zie 8).",
        "In alle gevallen maken leerlingen die al in de route zitten hem af; na een opzegging stopt "
        "de instroom van nieuwe leerlingen.",
    ]),
]


def build_41(path: Path) -> None:
    from docx.shared import Pt, RGBColor

    d = _new_docx()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    h2 = d.styles["Heading 2"]
    h2.font.color.rgb = RGBColor(0x6A, 0x1B, 0x9A)
    d.add_heading("Samenwerkingsovereenkomst Route IT Nieuw-West", level=0)
    p = d.add_paragraph()
    p.add_run("doorlopende leerroute vmbo-mbo · Media, vormgeving en ICT → IT systems and "
              "devices").italic = True
    d.add_paragraph(
        "Tussen Stichting Openbaar Voortgezet Onderwijs Amsterdam-West, bevoegd gezag van het "
        "Sloterplas College (vmbo), vertegenwoordigd door mevrouw S. el Idrissi, bestuurder, "
        "en Stichting Beroepsonderwijs Nieuw-West, bevoegd gezag van ROC Tuinsteden, "
        "vertegenwoordigd door de heer T. de Graaff, voorzitter van het college van bestuur. "
        "Hieronder heten zij 'de school' en 'het ROC', samen 'we' of 'partijen'.")
    for h, paras in S41_SECTIONS:
        d.add_heading(h, level=2)
        for t in paras:
            d.add_paragraph(t)
    d.add_paragraph()
    d.add_paragraph("Getekend in Amsterdam op 27 juni 2025.")
    d.add_paragraph("S. el Idrissi — Stichting Openbaar Voortgezet Onderwijs Amsterdam-West")
    d.add_paragraph("T. de Graaff — Stichting Beroepsonderwijs Nieuw-West")
    _save_docx(d, path)


E41 = {
    "description": "DOCX in ICT start-up jargon ('product owner', 'sprints', 'backlog', 'dashboard', "
                   "'review-sessie', 'switchen'), Heading 2 titles in the form 'N | Titel', "
                   "we-register. Amsterdam Nieuw-West, MVI kb -> Allround medewerker IT systems and "
                   "devices 3. Bedrijfsleven is only an ambition to explore; the routeteam has "
                   "members and mandate but nothing says who appoints them; EUR 700 per pupil is "
                   "transferred without any bestemming. Extra medezeggenschap arrangement; escalation "
                   "ladder ending at the rechter.",
    "split": "train",
    "statuses": {"a": "present", "b": "weak", "c": "weak", "d": "present", "e": "present",
                 "f": "present", "g": "weak", "h": "present", "i": "present", "j": "present"},
    "evidence": {
        "a": "1 | Scope van de route",
        "d": "4 | Updates voor de besturen",
        "e": "5 | Lessen, mensen en labs",
        "f": "6 | Switchen",
        "h": "8 | Stem van leerlingen en personeel",
        "i": "9 | Escalatie",
        "j": "10 | Instappen, uitstappen, bijwerken",
    },
}


# --------------------------------------------------------------------------------------------
# 42  DOCX, "Afspraak" / "Toelichting" paragraphs under unnumbered Heading 1  (Leiden, apotheek)
# --------------------------------------------------------------------------------------------

S42_SECTIONS = [
    ("Waar de route over gaat",
     ["De route verbindt de gemengde leerweg, profiel Zorg en welzijn, van het Zijlpoortcollege "
      "met de middenkaderopleiding Apothekersassistent (niveau 4, BOL) van ROC Leiden-Rijnland, "
      "opleidingsdomein Zorg en welzijn. De instroom is in leerjaar 3; het vmbo-examen wordt in "
      "leerjaar 4 afgelegd."],
     "De gemengde leerweg geeft de theoretische bagage die de niveau-4-opleiding vraagt, met "
     "ruimte voor praktijk."),
    ("Apotheken en zorgpartners",
     ["De openbare apotheken van de coöperatie Apotheken Leidse Regio (veertien apotheken) en de "
      "ziekenhuisapotheek van het Rijnland Medisch Centrum stellen per lichting ten minste zestien "
      "bpv-plaatsen beschikbaar. Zij leveren de praktijkopleiders die samen met de docent de "
      "beroepspraktijkonderdelen van de examens beoordelen, en verzorgen in leerjaar 4 een reeks "
      "van vier gastlessen over farmaceutische patiëntenzorg.",
      "Een apotheker uit elk van beide organisaties zit in de adviesgroep praktijk, die het "
      "programma eenmaal per jaar doorloopt en daarover advies uitbrengt aan de regiegroep."],
     "Apothekersassistenten zijn schaars in de Leidse regio; de apotheken hebben er zelf belang "
     "bij dat de opleiding aansluit."),
    ("Regie op de route",
     ["De regie ligt bij een regiegroep van drie personen: de sectordirecteur Zorg van het "
      "Zijlpoortcollege, de onderwijsmanager Apotheek van ROC Leiden-Rijnland en een "
      "routecoördinator. Elk bestuur wijst de functionaris aan die het in de regiegroep "
      "vertegenwoordigt en voorziet bij een vacature binnen vier weken in vervanging; de "
      "routecoördinator wordt door beide besturen gezamenlijk benoemd na een open sollicitatie, "
      "voor drie jaar.",
      "Taakstelling van de regiegroep: het routeplan en de jaarplanning vaststellen, docenten aan "
      "programmaonderdelen toewijzen, beslissen over toelating tot de route en het netwerk met de "
      "apotheken onderhouden. De regiegroep heeft mandaat voor uitgaven tot € 12.000 per jaar "
      "binnen de routebegroting; wat daarboven gaat of de formatie raakt, legt zij aan de besturen "
      "voor."],
     "De regiegroep is klein gehouden om snel te kunnen schakelen."),
    ("Informatie naar de bestuurstafel",
     ["Eens per kwartaal ontvangen beide besturen een beknopte voortgangsnotitie van de regiegroep "
      "met aantallen, uitval, bpv en bijzonderheden. Vóór 1 december van elk jaar verschijnt een "
      "jaarrapportage met de kengetallen en de besteding van de routebegroting; de regiegroep "
      "licht die in december in het bestuurlijk overleg toe en legt daar verantwoording af."],
     "Zo hebben de besturen zicht op de route zonder zelf in de uitvoering te zitten."),
    ("Programma, team en ruimtes",
     ["Leerjaar 3 en 4 worden gegeven in het gebouw van het Zijlpoortcollege; vanaf leerjaar 4 "
      "volgen de leerlingen één dag per week praktijklessen in de oefenapotheek van het ROC. De "
      "mbo-fase wordt volledig bij het ROC verzorgd.",
      "Docenten biologie en scheikunde van de school en docenten farmacie van het ROC vormen één "
      "team; voor het vakoverstijgende onderdeel 'Geneesmiddelen en het lichaam' wordt de "
      "teambevoegdheid gebruikt. Personeel blijft in dienst van de eigen werkgever; uitlening "
      "gebeurt op basis van een jaarlijkse detacheringsafspraak binnen dit kader.",
      "Het ROC stelt de oefenapotheek, het laboratorium en een oefenversie van het "
      "apotheekinformatiesysteem ter beschikking; de school stelt haar practicumlokaal scheikunde "
      "ter beschikking. Programma en examinering per leerjaar liggen vast in het gezamenlijke "
      "PTA/OER."],
     "Het gezamenlijke PTA/OER wordt elk jaar herzien op grond van de ervaringen."),
    ("Terugvalroute en zijinstroom",
     ["Past de route niet meer, dan bieden school en ROC samen een alternatief dat naar een "
      "diploma leidt: (1) in leerjaar 3 of 4 het reguliere vmbo-examen in de gemengde leerweg of, "
      "na overleg, in de kaderberoepsgerichte leerweg; (2) na het vmbo-diploma een andere "
      "mbo-opleiding op niveau 4 of 3 binnen het ROC, bijvoorbeeld Doktersassistent of "
      "Verzorgende-IG; (3) wie in de mbo-fase zit maar het vmbo-diploma niet heeft gehaald, mag "
      "zonder vooropleidingseis doorstromen naar een andere opleiding van het ROC op vergelijkbaar "
      "niveau; (4) een overstap naar een andere instelling wordt begeleid.",
      "De sectordirecteur en de onderwijsmanager beslissen gezamenlijk, na een gesprek met "
      "leerling en ouders, op grond van het bereikte onderwijsniveau en de leeftijd. Zijinstroom "
      "in de route vanuit een andere vmbo-school is mogelijk tot het begin van leerjaar 4."],
     "De schoolgids beschrijft de stappen voor leerlingen en ouders."),
    ("Kosten en verrekening",
     ["Het Zijlpoortcollege draagt per lichting jaarlijks € 14.400 van zijn bekostiging over aan "
      "het ROC zolang die lichting in de vo-fase zit. Het bedrag is bestemd voor de praktijklessen "
      "in de oefenapotheek (instructeur en verbruiksmaterialen). Verrekening vindt plaats in twee "
      "termijnen, in oktober en in maart. Overige kosten draagt ieder zelf."],
     "Het bedrag is berekend op een lichting van ongeveer achttien leerlingen."),
    ("Zeggenschap van leerlingen, ouders en medewerkers",
     ["De MR van het Zijlpoortcollege en de studentenraad van het ROC wijzen elk twee leden aan "
      "voor een gezamenlijke routeraad medezeggenschap. Die spreekt tweemaal per jaar met de "
      "regiegroep en heeft adviesrecht over het routeplan en over wijzigingen van dit "
      "afsprakenkader. Leerlingen van de route in leerjaar 4 mogen zich verkiesbaar stellen voor de "
      "studentenraad van het ROC."],
     "Wettelijk geldt de WMS in de vo-fase en de WEB in de mbo-fase; deze afspraak komt daar "
     "bovenop."),
    ("Wanneer partijen er niet uitkomen",
     ["Geschillen over de uitvoering worden eerst in de regiegroep besproken en daarna in het "
      "bestuurlijk overleg. Is het geschil drie maanden na de eerste melding niet opgelost, dan "
      "leggen partijen het voor aan een geschillencommissie van drie leden: elk bestuur wijst één "
      "lid aan, die samen een onafhankelijke voorzitter kiezen. De commissie doet binnen acht weken "
      "een voor beide partijen bindende uitspraak."],
     "Partijen verwachten dat het zelden zo ver komt."),
    ("Erbij komen, eruit gaan, bijstellen",
     ["Toetreding van een andere vo-school of mbo-instelling is mogelijk per 1 augustus, met "
      "schriftelijke instemming van beide besturen en na ondertekening van dit afsprakenkader door "
      "de nieuwe partij; de gezamenlijke melding bij DUO wordt aangevuld.",
      "Uittreding kan door schriftelijke opzegging uiterlijk 1 januari, met ingang van 1 augustus "
      "daaropvolgend. Bij ernstige wanprestatie kan ontbinding volgen na een hersteltermijn van "
      "twee maanden. Bijstelling van het kader gebeurt schriftelijk, na advies van de "
      "gezamenlijke routeraad medezeggenschap.",
      "Lopende lichtingen worden in alle gevallen ontzien: zij maken de route af onder de "
      "afspraken die bij hun start golden."],
     "Een nieuwe partner kan bijvoorbeeld een tweede vmbo-school uit de Duin- en Bollenstreek "
     "zijn."),
]


def build_42(path: Path) -> None:
    from docx.shared import Pt, RGBColor

    d = _new_docx()
    d.styles["Normal"].font.name = "Georgia"
    d.styles["Normal"].font.size = Pt(10.5)
    d.styles["Heading 1"].font.color.rgb = RGBColor(0x0B, 0x5D, 0x5E)
    d.styles["Heading 1"].font.size = Pt(13)
    t = d.add_paragraph()
    r = t.add_run("Afsprakenkader doorlopende leerroute Apotheek & Farmacie Leiden")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph(
        "Partijen: Stichting Voortgezet Onderwijs Leiden en Omstreken, bevoegd gezag van het "
        "Zijlpoortcollege (vmbo), vertegenwoordigd door de heer M.J. Vermeulen, bestuurder; en "
        "Stichting ROC Leiden-Rijnland, bevoegd gezag van ROC Leiden-Rijnland, vertegenwoordigd "
        "door mevrouw dr. F. Bakker-Yilmaz, voorzitter van het college van bestuur.")
    d.add_paragraph(
        "Dit afsprakenkader is de samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 "
        "en artikel 9.1.3 WEB. De alinea's die beginnen met 'Afspraak' binden partijen; de cursief "
        "gedrukte toelichtingen lichten toe, maar verplichten niet.")
    for h, afspraken, toel in S42_SECTIONS:
        d.add_heading(h, level=1)
        for a in afspraken:
            p = d.add_paragraph()
            p.add_run("Afspraak. ").bold = True
            p.add_run(a)
        p = d.add_paragraph()
        r = p.add_run("Toelichting. " + toel)
        r.italic = True
        r.font.size = Pt(9)
    d.add_paragraph()
    d.add_paragraph("Ingangsdatum: 1 augustus 2025. Leiden, 25 juni 2025.")
    d.add_paragraph("M.J. Vermeulen, bestuurder Stichting Voortgezet Onderwijs Leiden en Omstreken")
    d.add_paragraph("dr. F. Bakker-Yilmaz, voorzitter college van bestuur Stichting ROC Leiden-Rijnland")
    _save_docx(d, path)


E42 = {
    "description": "DOCX 'afsprakenkader' in policy register with unnumbered Heading 1 titles; each "
                   "section has binding paragraphs starting with bold 'Afspraak.' followed by an "
                   "italic non-binding 'Toelichting.'. Leiden, zorg en welzijn gl -> "
                   "Apothekersassistent 4. Words such as 'regie', 'taakstelling', 'mandaat', "
                   "'bestuurstafel', 'terugvalroute', 'zijinstroom', 'verrekening', 'uittreding'. "
                   "EUR 14.400 per cohort with bestemming; joint routeraad medezeggenschap; "
                   "geschillencommissie with binding decision. Fully compliant.",
    "split": "train",
    "statuses": {k: "present" for k in "abcdefghij"},
    "evidence": {
        "a": "Waar de route over gaat",
        "b": "Apotheken en zorgpartners",
        "c": "Regie op de route",
        "d": "Informatie naar de bestuurstafel",
        "e": "Programma, team en ruimtes",
        "f": "Terugvalroute en zijinstroom",
        "g": "Kosten en verrekening",
        "h": "Zeggenschap van leerlingen, ouders en medewerkers",
        "i": "Wanneer partijen er niet uitkomen",
        "j": "Erbij komen, eruit gaan, bijstellen",
    },
}


# --------------------------------------------------------------------------------------------
# 43  TXT, telegram style with abbreviations, "Ad N." headings  (Oost-Groningen, installatie)
#     defects: h only p.m./deferred; heading of Ad 10 promises toetreding, text has none
# --------------------------------------------------------------------------------------------

S43_TEXT = """\
SAMENWERKINGSOVEREENKOMST DLR INSTALLATIETECHNIEK OOST-GRONINGEN
kenmerk DLR-IT/2025-04 -- definitieve versie

Partijen
1. Stg. Openbaar Voortgezet Onderwijs Veenkoloniën, bevoegd gezag van SG Het Borgerdiep (vmbo), Veendam; vertegenw. door dhr. R. Pieterman, bestuurder; hierna: vo.
2. Stg. ROC Hunzeland, bevoegd gezag van ROC Hunzeland, Veendam/Winschoten; vertegenw. door mw. E. Boekholt, vz. CvB; hierna: mbo.

Overwegende: tekort aan installatiemonteurs in de regio (warmtepompen, verduurzaming woningvoorraad); vo en mbo willen lln. zonder knip naar een mbo-diploma brengen.

Komen overeen:

Ad 1. Route
vmbo bb, profiel Produceren, installeren en energie (PIE), vanaf lj 3 --> mbo-2 Monteur werktuigkundige installaties, domein Installatie- en energietechniek (BOL; vanaf 2e mbo-jaar BBL mogelijk). Start 01-08-2025.

Ad 2. Inbreng installatiebranche
Installatiebedrijven uit de regio (o.a. Installatiebedrijf Dijkhuis Veendam B.V., Warmte & Water Pekela V.O.F., Kremer Techniek Stadskanaal) leveren:
- min. 12 leerwerkplekken p/j (bpv mbo-fase resp. BBL-baan);
- 1 werkplaatsdag p/mnd in lj 4 (meewerken op de bouwplaats o.l.v. praktijkopleider);
- beoordeling PvB door eigen praktijkopleiders.
Regionale kring installateurs wordt jaarlijks (okt.) door stuurgroep gehoord over programma en keuzedelen.

Ad 3. Aansturing
Stuurgroep = afdelingsleider bb (vo) + teamleider techniek (mbo) + praktijkcoördinator (adviserend, namens branche).
Aanwijzing: vo-lid door bestuur vo, mbo-lid door CvB mbo, praktijkcoördinator door beide besturen gezamenlijk; termijn 2 jr, herbenoembaar.
Taken: jaarplanning, rooster, inzet docenten/instructeurs, toelating lj 3, bpv-plaatsing.
Bevoegd tot uitgaven t/m EUR 7.500 p/j uit routebudget; formatie en huisvesting blijven bij besturen.

Ad 4. Verslaglegging
Stuurgroep rapporteert 2x p/j (feb. en sept.) schriftelijk aan beide besturen: in-/door-/uitstroom, bpv-bezetting, budget. Daarnaast jaarlijks bestuurlijk overleg (okt.) waarin stuurgroep verantwoording aflegt over afgelopen sj.

Ad 5. Uitvoering
Locaties: theorie lj 3-4 in vo-gebouw Veendam; praktijk installatietechniek in leerwerkplaats mbo (Veendam, Industrieweg); mbo-fase geheel bij mbo + leerbedrijf.
Personeel: vo-docenten PIE en mbo-instructeurs vormen één team; teambevoegdheid voor vakoverstijgend deel "Installeren en duurzame energie"; elk blijft in dienst van eigen werkgever.
Faciliteiten: werkplaats, lasruimte en warmtepomp-opstelling mbo kosteloos te gebruiken door vo; vo stelt technieklokaal en CAD-lokaal beschikbaar.
PTA/OER: gezamenlijk, per leerjaar; vaststelling door beide besturen vóór 01-10.

Ad 6. Terugvalopties
- Uitval lj 3-4: verder in bb PIE of ander profiel bij vo, doel vmbo-diploma; of andere DLR.
- Uitval mbo-fase, ook zonder vmbo-diploma: overstap naar andere mbo-2 opl. binnen mbo (bijv. Monteur elektrotechnische installaties), zonder vooropleidingseisen.
- Naar andere instelling: begeleiding door mbo + geschiktheidsonderzoek aldaar.
Besluit: afdelingsleider vo + teamleider mbo gezamenlijk, i.o.m. leerling en ouders, o.b.v. bereikt niveau en leeftijd.

Ad 7. Financiën
vo draagt per lln. in lj 4 EUR 480 van de bekostiging over aan mbo, t.b.v. materiaalkosten werkplaats (koperbuis, fittingen, gereedschap) en inzet instructeurs. Peildatum 01-10, betaling vóór 31-12.

Ad 8. Medezeggenschap
Aanvullende afspraken over de medezeggenschap worden na advies van MR (vo) en SR/OR (mbo) vastgesteld en als addendum aan deze overeenkomst gehecht. P.m.

Ad 9. Conflicten
Escalatie: stuurgroep --> bestuurders (binnen 4 wkn) --> mediation (mediator door partijen gezamenlijk gekozen) --> bevoegde rechter Rb. Noord-Nederland.

Ad 10. Toetreding, opzegging en wijziging
- Looptijd: onbep. tijd m.i.v. 01-08-2025.
- Opzegging: schriftelijk, termijn 12 mnd, uitsluitend per einde sj (31-07).
- Ontbinding bij ernstige tekortkoming na ingebrekestelling + hersteltermijn 3 mnd.
- Wijziging: schriftelijk, door beide besturen getekend; ingang begin sj.
- Lopende cohorten ronden route af; geen nieuwe instroom na opzegging.

Ondertekening
Veendam, 20-06-2025
vo: R. Pieterman, bestuurder          mbo: E. Boekholt, vz. CvB
"""


def build_43(path: Path) -> None:
    path.write_text(S43_TEXT, encoding="utf-8")


E43 = {
    "description": "Plain text in terse telegram style with abbreviations ('lln.', 'lj', 'p/j', "
                   "'i.o.m.', 'o.b.v.', 't.b.v.', 'vz. CvB'), 'Ad N.' headings, arrows '-->', long "
                   "unwrapped lines. Oost-Groningen (Veendam), PIE bb -> Monteur werktuigkundige "
                   "installaties 2. Medezeggenschap is a deferral ending in 'P.m.'; the heading "
                   "'Ad 10. Toetreding, opzegging en wijziging' promises toetreding but the text only "
                   "arranges duration, opzegging, ontbinding, wijziging and cohorts. EUR 480 per pupil "
                   "with bestemming; mediation then Rb. Noord-Nederland.",
    "split": "train",
    "statuses": {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
                 "f": "present", "g": "present", "h": "weak", "i": "present", "j": "weak"},
    "evidence": {
        "a": "Ad 1. Route",
        "b": "Ad 2. Inbreng installatiebranche",
        "c": "Ad 3. Aansturing",
        "d": "Ad 4. Verslaglegging",
        "e": "Ad 5. Uitvoering",
        "f": "Ad 6. Terugvalopties",
        "g": "Ad 7. Financiën",
        "i": "Ad 9. Conflicten",
    },
}


# --------------------------------------------------------------------------------------------
# 44  Markdown, plain-language (B1) contract with "N · Titel" headings  (Hoeksche Waard, schilder)
# --------------------------------------------------------------------------------------------

S44_TEXT = """\
# Samenwerkingsovereenkomst Schildersroute Hoeksche Waard

*Deze overeenkomst is geschreven in eenvoudige taal (taalniveau B1). Het is wel een echte overeenkomst: wat hier staat, geldt voor allebei de partijen.*

## Wie tekenen

- **Stichting Christelijk Voortgezet Onderwijs Hoeksche Waard**, het bestuur van het Binnenmaas College (vmbo) in Oud-Beijerland. Tekent: mevrouw J. Noordegraaf, bestuurder.
- **Stichting ROC Haringvliet**, het bestuur van ROC Haringvliet. Tekent: de heer K. Slingerland, voorzitter van het college van bestuur.

Hieronder noemen we ze **de school** en **het ROC**.

## 1 · Wat we samen doen

> Kort gezegd: één route van vmbo-basis naar een mbo-diploma Schilder.

De school en het ROC geven samen een doorlopende leerroute. De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Bouwen, wonen en interieur (BWI). Hij eindigt met het mbo-diploma Schilder, niveau 2, in het opleidingsdomein Afbouw, hout en onderhoud. In de mbo-fase kan dat via BOL of BBL.

## 2 · Wat schildersbedrijven doen

> Kort gezegd: de bedrijven leveren stages, echte klussen en meedenkers.

Vijf vaste leerbedrijven doen mee: Schildersbedrijf Van Wingerden B.V. (Puttershoek), Kleurwerk Korendijk, Onderhoudsbedrijf Strijen B.V., Schilderwerken Goudswaard en Vakschilder Mookhoek. Zij:

1. geven elk jaar samen minstens 15 stageplekken (leerjaar 4: een snuffelstage van twee weken; mbo-fase: bpv of een BBL-baan);
2. sturen praktijkopleiders die meebeoordelen bij de proeve van bekwaamheid;
3. praten twee keer per jaar mee in het *verfoverleg* met het routeduo over wat er in de lessen moet zitten;
4. leveren echte klussen, zoals het schilderen van een buurthuis of een sportkantine, onder begeleiding.

## 3 · Wie de route leidt

> Kort gezegd: een duo, aangewezen door de besturen, met eigen beslisruimte.

- **Wie:** het routeduo, dat bestaat uit de teamleider techniek van de school en de teamleider afbouw van het ROC.
- **Hoe aangewezen:** elk bestuur wijst zijn eigen teamleider schriftelijk aan, steeds voor twee jaar.
- **Wat het duo mag:** rooster en jaarplanning maken, docenten en instructeurs over de lessen verdelen, stageplekken toewijzen, leerlingen toelaten tot de route en geld uitgeven tot € 8.000 per jaar.
- **Wat het duo niet mag:** personeel aannemen of ontslaan, verbouwen of meer geld uitgeven. Dat beslissen de besturen.

## 4 · Hoe de besturen het horen

- **Elk kwartaal** stuurt het routeduo beide besturen een update van één A4: aantallen leerlingen, uitval, stages en geld.
- **Elk jaar vóór 1 november** maakt het duo een jaarverslag. In november komt het duo dat bij de besturen toelichten en legt het verantwoording af.

## 5 · Waar, wie en waarmee

### 5.1 · Plek

In leerjaar 3 en 4 krijgen de leerlingen theorie op de school en één dag per week praktijk in de schilderwerkplaats van het ROC. In de mbo-fase zijn ze op het ROC en bij het leerbedrijf.

### 5.2 · Mensen

De BWI-docenten van de school en de praktijkdocenten schilderen van het ROC zijn één team. Voor het vakoverstijgende onderdeel *Onderhoud en afwerking* gebruiken ze de teambevoegdheid. Iedereen blijft in dienst van zijn eigen werkgever.

### 5.3 · Spullen

Het ROC leent de schilderwerkplaats, de spuitcabine en het steigermateriaal uit aan de route. De school stelt het BWI-praktijklokaal en het ICT-lokaal beschikbaar. Niemand stuurt de ander daarvoor een rekening.

### 5.4 · Programma en examens

Wat er per leerjaar geleerd en geëxamineerd wordt, staat in het gezamenlijke PTA/OER. De besturen stellen dat elk jaar vóór 1 oktober vast.

## 6 · Als de route niet bij je past

> Kort gezegd: niemand valt tussen wal en schip.

| Wanneer stop je? | Wat kun je dan? | Wie beslist? |
|---|---|---|
| In leerjaar 3 of 4 | Je gaat door in de basisberoepsgerichte leerweg op de school (BWI of een ander profiel) en haalt je vmbo-diploma. Of je kiest een andere route. | De teamleider van de school en die van het ROC samen, met jou en je ouders |
| In de mbo-fase, met of zonder vmbo-diploma | Je stapt over naar een andere opleiding op niveau 2 bij het ROC, bijvoorbeeld Timmerman of Stukadoor. Vooropleidingseisen gelden dan niet. | De teamleider van de school en die van het ROC samen, met jou en je ouders |
| Je wilt naar een andere school of ander ROC | Het ROC helpt je met aanmelden en met het onderzoek of je geschikt bent. | Idem |

De teamleiders kijken altijd naar het niveau dat je al hebt gehaald en naar je leeftijd. Het doel is steeds een diploma.

## 7 · Geld

Er gaat geen bekostiging van de school naar het ROC of andersom. Ieder betaalt zijn eigen mensen en spullen.

## 8 · Inspraak voor leerlingen, ouders en personeel

> De wet regelt het meeste. Daarbovenop spreken we dit af.

- Leerlingen van de route in leerjaar 4 mogen meedoen in de studentenraad van het ROC.
- Eén keer per jaar praten de MR van de school en de ondernemingsraad en de studentenraad van het ROC samen met het routeduo over de route.
- Willen we deze overeenkomst veranderen, dan vragen we eerst advies aan de MR en de studentenraad.

## 9 · Ruzie?

Als de school en het ROC het niet eens worden over hoe deze overeenkomst wordt uitgevoerd:

1. praten eerst de twee teamleiders;
2. daarna de bestuurders, binnen een maand;
3. dan vragen ze een bemiddelaar (mediator) van buiten;
4. helpt dat niet binnen drie maanden, dan beslist de rechter (rechtbank Rotterdam).

## 10 · Erbij, eruit, anders

- **Erbij:** een andere school of een ander ROC kan meedoen als beide besturen op papier ja zeggen en de nieuwe partij deze overeenkomst tekent. Meedoen begint altijd op 1 augustus. De besturen melden het bij DUO.
- **Eruit:** opzeggen gaat op papier, minstens een jaar van tevoren, en alleen per het einde van een schooljaar (31 juli). Houdt een partij zich ernstig niet aan de afspraken en herstelt ze dat niet binnen twee maanden na een brief, dan mag de ander de overeenkomst ontbinden.
- **Anders:** veranderen kan alleen op papier, getekend door beide besturen, en gaat in bij een nieuw schooljaar.
- **Altijd:** wie al in de route zit, maakt hem af. Na een opzegging komen er geen nieuwe leerlingen meer bij.

## Handtekeningen

Oud-Beijerland, 1 juli 2025. Deze overeenkomst geldt vanaf 1 augustus 2025.

| Voor de school | Voor het ROC |
|---|---|
| J. Noordegraaf, bestuurder | K. Slingerland, voorzitter college van bestuur |
"""


def build_44(path: Path) -> None:
    path.write_text(S44_TEXT, encoding="utf-8")


E44 = {
    "description": "Markdown contract in plain language (B1), addressed partly to the pupil ('Als de "
                   "route niet bij je past', 'Wat kun je dan?'); headings '## N · Titel' with "
                   "'### 5.1 · Plek' sub-sections, '> Kort gezegd:' blockquote summaries, bold run-in "
                   "labels ('Wie:', 'Hoe aangewezen:', 'Erbij:', 'Eruit:') and a Markdown table for the "
                   "overstap scenarios. Hoeksche Waard, BWI bb -> Schilder 2. No transfer; extra "
                   "medezeggenschap; mediator then rechtbank Rotterdam. Fully compliant.",
    "split": "train",
    "statuses": {k: "present" for k in "abcdefghij"},
    "evidence": {
        "a": "1 · Wat we samen doen",
        "b": "2 · Wat schildersbedrijven doen",
        "c": "3 · Wie de route leidt",
        "d": "4 · Hoe de besturen het horen",
        "e": "5 · Waar, wie en waarmee",
        "f": "6 · Als de route niet bij je past",
        "g": "7 · Geld",
        "h": "8 · Inspraak voor leerlingen, ouders en personeel",
        "i": "9 · Ruzie?",
        "j": "10 · Erbij, eruit, anders",
    },
}


# --------------------------------------------------------------------------------------------
# registry, build and check
# --------------------------------------------------------------------------------------------

SAMPLES = [
    ("37_tabel_verantwoordelijke.docx", build_37, E37),
    ("38_twee_kolommen_lijdend.pdf", build_38, E38),
    ("39_lange_artikelen_letters.pdf", build_39, E39),
    ("40_bijlage_overstapprotocol.pdf", build_40, E40),
    ("41_ict_jargon.docx", build_41, E41),
    ("42_afspraak_toelichting.docx", build_42, E42),
    ("43_telegramstijl.txt", build_43, E43),
    ("44_eenvoudige_taal.md", build_44, E44),
]


def _expected_path(name: str) -> Path:
    return HERE / (name.rsplit(".", 1)[0] + ".expected.json")


def build(selected: list[str]) -> None:
    for name, fn, exp in SAMPLES:
        if selected and not any(name.startswith(s) for s in selected):
            continue
        path = HERE / name
        fn(path)
        _expected_path(name).write_text(
            json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {name} ({path.stat().st_size} bytes)")


def _extract(path: Path) -> tuple[str, str]:
    """Return (first page / first part text, full text)."""
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            pages = [(pg.extract_text() or "") for pg in pdf.pages]
        return pages[0], "\n".join(pages)
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        full = "\n".join(parts)
        return full[:2000], full
    text = path.read_text(encoding="utf-8")
    return text[:2000], text


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check() -> int:
    bad = 0
    for name, _fn, exp in SAMPLES:
        path = HERE / name
        problems = []
        if not path.exists():
            print(f"MISSING {name}")
            bad += 1
            continue
        size = path.stat().st_size
        if size >= MAX_BYTES:
            problems.append(f"too large ({size} bytes)")
        first, full = _extract(path)
        if len(first.strip()) < 100:
            problems.append("first page/part has (almost) no text")
        nfull = _norm(full)
        for letter, ev in exp.get("evidence", {}).items():
            if _norm(ev) not in nfull:
                problems.append(f"evidence {letter!r} not found: {ev!r}")
        ej = json.loads(_expected_path(name).read_text(encoding="utf-8"))
        if ej != exp:
            problems.append("expected.json differs from the script")
        if sorted(ej["statuses"]) != list("abcdefghij") or ej["split"] != "train":
            problems.append("bad statuses/split")
        for letter in ej.get("evidence", {}):
            if ej["statuses"][letter] != "present":
                problems.append(f"evidence given for non-present item {letter}")
        if path.suffix == ".pdf":
            import pdfplumber
            with pdfplumber.open(str(path)) as pdf:
                npages = len(pdf.pages)
        else:
            npages = "-"
        status = "OK " if not problems else "BAD"
        print(f"{status} {name}  {size} bytes  pages={npages}")
        for p in problems:
            print("     ", p)
        bad += bool(problems)
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if "--check" in argv:
        return check()
    build([a for a in argv if not a.startswith("-")])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
