#!/usr/bin/env python3
"""Build training samples 45-52 (split "train") for leerroute-check.

Written without looking at any checker code or at the texts of the other samples. The aim of this
batch is vocabulary: every present item is expressed in words and constructions that are unlikely to
be on a checklist (metaphors, archaic legal Dutch, a time-ordered structure, "wij"-sentences as
headings, marginal headings, run-in phrases in a numbered list, abstract nouns), while four of the
eight agreements carry subtle defects of the kind a careful jurist would catch.

    python3 sample_agreements/build_samples_train4c.py            # build 45-52
    python3 sample_agreements/build_samples_train4c.py 47 50      # only samples whose name starts so
    python3 sample_agreements/build_samples_train4c.py --check    # open every file and verify it

Output is deterministic: reportlab runs with invariant=1; DOCX files get fixed core properties and
fixed zip timestamps.
"""

import datetime
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_BYTES = 200 * 1024
FIXED_DT = datetime.datetime(2025, 1, 6, 9, 0, 0)
ZIP_DT = (2025, 1, 6, 9, 0, 0)


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------

def _docx_new():
    import docx
    return docx.Document()


def _docx_save(doc, path, title):
    cp = doc.core_properties
    cp.author = "leerroute-check samples"
    cp.last_modified_by = "leerroute-check samples"
    cp.title = title
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo (voorbeeld)"
    cp.keywords = "doorlopende leerroute; vmbo; mbo; voorbeeld"
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def _pdf_doc(path, title, **kw):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate
    return SimpleDocTemplate(path, pagesize=A4, title=title, author="leerroute-check samples",
                             subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                             creator="build_samples_train4c.py", invariant=1,
                             leftMargin=kw.get("lm", 2.3 * cm), rightMargin=kw.get("rm", 2.3 * cm),
                             topMargin=kw.get("tm", 2.2 * cm), bottomMargin=kw.get("bm", 2.2 * cm))


def _esc(text):
    return escape(text)


# --------------------------------------------------------------------------------------------
# 45 - DOCX: "Routeboek" with travel metaphors as headings (fully compliant)
# --------------------------------------------------------------------------------------------

S45_SECTIONS = [
    ("Vertrekpunt en eindbestemming", [
        "De route vertrekt in het derde leerjaar van de gemengde leerweg, profiel Groen, van het "
        "Strandwalcollege. Zij eindigt bij het diploma van de opleiding Dierenartsassistent "
        "paraveterinair, niveau 4, van het Veluwerand College: een opleiding die voortbouwt op wat "
        "leerlingen in het profiel Groen leren over dierverzorging, dierwelzijn en laboratoriumwerk.",
        "De reis duurt vijf routejaren. In routejaar 1 en 2 (leerjaar 3 en 4 van het vmbo) staat de "
        "leerling ingeschreven bij de school, vanaf routejaar 3 als student bij het college. Het "
        "vmbo-diploma gemengde leerweg wordt in routejaar 2 behaald en uiterlijk aan het eind van "
        "routejaar 3.",
    ]),
    ("Wie er meereizen uit de praktijk", [
        "Vier dierenartsenpraktijken reizen met ons mee: Dierenkliniek De Zandberg (Harderwijk), "
        "Dierenartsenpraktijk Ermelo-Oost, Dierenkliniek Putten en Paardenpraktijk Veluwerand, samen "
        "met dierenopvang Het Wold in Hierden. Zij hebben zich bij het tekenen van dit routeboek "
        "schriftelijk aan het volgende verbonden, en wij richten het onderwijs daarop in:",
        ("bullets", [
            "op hun werkvloer lopen leerlingen van routejaar 1 en 2 zes meeloopdagen per jaar mee;",
            "vanaf routejaar 3 bieden zij samen ten minste twaalf plaatsen voor de "
            "beroepspraktijkvorming;",
            "elk kwartaal verzorgt een van de praktijken een gastles in de spreekkamer-oefenruimte van "
            "het college;",
            "hun praktijkopleiders beoordelen de proeven van bekwaamheid mee;",
            "op een werkveldavond in februari vertellen zij waar het programma beter kan aansluiten "
            "bij wat een praktijk van een assistent vraagt; het routeduo antwoordt daar schriftelijk "
            "op.",
        ]),
    ]),
    ("Aan het roer", [
        "De dagelijkse gang van zaken wordt behartigd door een routeduo: de teamleider Groen van het "
        "Strandwalcollege en de opleidingsmanager Dier en gezondheid van het Veluwerand College. Elk "
        "bestuur draagt de eigen helft van het duo voor; beide voordrachten worden daarna door de twee "
        "colleges van bestuur samen vastgesteld, telkens voor drie schooljaren. Valt een van beiden "
        "weg, dan volgt op dezelfde manier een nieuwe voordracht.",
        "Het routeduo heeft doorzettingsmacht over het rooster, de verdeling van de lessen over het "
        "docententeam, de spreiding van toetsen en examenonderdelen over de routejaren en de plaatsing "
        "van leerlingen bij de praktijken. Het kan zelfstandig beslissen over uitgaven tot € 5.000 "
        "per schooljaar uit het routebudget. Alles wat de begroting of de formatie van een van de "
        "besturen raakt, of dit routeboek, legt het duo voor aan beide colleges van bestuur, die "
        "daarover samen besluiten.",
    ]),
    ("Het logboek", [
        "Het routeduo brengt verslag uit aan beide colleges van bestuur, telkens na afloop van een "
        "semester: vóór 1 maart over het eerste en vóór 1 oktober over het tweede halfjaar. Dat "
        "verslag, het logboek, telt hoogstens vier bladzijden en noemt ten minste de instroom, de "
        "afhakers en de overstappers per routejaar, de uitslagen van toetsen en examens, de stand van "
        "de praktijkplaatsen en waaraan het geld uit 'Reisgeld' is besteed.",
        "In november licht het duo het logboek mondeling toe in het bestuurlijk overleg van beide "
        "besturen. De besturen kunnen het duo daar opdrachten meegeven.",
    ]),
    ("Onderweg: lokalen, mensen en materiaal", [
        "Routejaar 1 en 2 worden gegeven in het gebouw van het Strandwalcollege aan de Stationslaan in "
        "Harderwijk. Op dinsdag- en donderdagmiddag werkt de groep in de dierverzorgingsruimte, de "
        "spreekkamer-oefenruimte en het laboratorium van het college aan de Hierdenseweg. Vanaf "
        "routejaar 3 volgt de groep het hele programma bij het college.",
        "Het college detacheert in routejaar 1 en 2 een praktijkdocent dierverzorging voor 0,4 fte bij "
        "de school. Twee docenten van de school (biologie en het profielvak Groen) geven in routejaar "
        "3 elk vier uur per week les bij het college. Met de docenten van het college vormen zij één "
        "docententeam, dat voor de vakoverstijgende onderdelen gebruikmaakt van de teambevoegdheid; "
        "voor ieder programmaonderdeel zit in het team ten minste één docent die daarvoor bevoegd is "
        "en die voor dat onderdeel aanspreekbaar blijft.",
        "Het lesmateriaal (instrumenten, verbruiksmateriaal, voer en de zorg voor de dieren in de "
        "oefenruimte) komt van het college; de school stelt haar practicumlokaal scheikunde en haar "
        "kas beschikbaar voor de lessen van routejaar 1 en 2.",
        "Welke onderdelen van het vmbo-examen en van het mbo-examen in welk routejaar vallen, staat in "
        "het routeplan: één document dat PTA en OER van de route samenvoegt en dat het routeduo elk "
        "jaar vóór 1 juli vaststelt. Vast staat in elk geval dat het centraal examen vmbo in routejaar "
        "2 valt, dat de eerste mbo-examens vanaf routejaar 2 mogelijk zijn en dat de "
        "beroepspraktijkvorming in routejaar 3 begint.",
    ]),
    ("Afslagen onderweg", [
        "Wie niet verder kan of wil in de route, komt niet stil te staan. Wij bieden de volgende "
        "afslagen, die alle naar een diploma leiden:",
        ("bullets", [
            "in routejaar 1 en 2: omschakelen naar de reguliere gemengde leerweg van het "
            "Strandwalcollege, in het profiel Groen of een ander profiel, met het vmbo-diploma als "
            "doel;",
            "in routejaar 3 tot en met 5: een passende vervolgopleiding bij het college op niveau 3 of "
            "4 in een verwante richting, zoals Vakbekwaam medewerker dierverzorging (niveau 3); voor "
            "een opleiding binnen het college gelden dan geen vooropleidingseisen, ook niet als het "
            "vmbo-diploma nog ontbreekt;",
            "wie aan het eind van routejaar 3 het vmbo-diploma niet heeft, gaat bij het college verder "
            "in een opleiding op vergelijkbaar niveau of legt, als dat beter past, het vmbo-examen "
            "opnieuw af bij de school;",
            "wie naar een andere school of instelling wil, wordt daarbij geholpen; het college levert "
            "dan de gegevens aan voor het geschiktheidsonderzoek van die instelling.",
        ]),
        "Welke afslag het wordt, beslissen de school en het college samen, nadat de leerling en zijn "
        "ouders zijn gehoord, op grond van wat de leerling al heeft bereikt en van zijn leeftijd. Het "
        "loopbaanteam (de mentor van de school en de studieloopbaanbegeleider van het college) bereidt "
        "dat besluit voor en draagt de leerling warm over. De uitwerking per routejaar staat in de "
        "schoolgids.",
    ]),
    ("Reisgeld", [
        "De school maakt voor iedere leerling die op 1 oktober in routejaar 2 staat ingeschreven "
        "€ 900 over aan het college, uiterlijk op 1 december van dat schooljaar, voor de inzet van de "
        "gedetacheerde praktijkdocent en voor het gebruik en verbruik in de dierverzorgingsruimte en "
        "het laboratorium. Andere bedragen gaan niet over en weer: verder houdt iedere partij haar "
        "eigen bekostiging en draagt zij haar eigen kosten.",
    ]),
    ("Wie er meepraten", [
        "De medezeggenschapsraad van het Strandwalcollege en de studentenraad van het Veluwerand "
        "College vergaderen eenmaal per schooljaar, in het voorjaar, gezamenlijk over de route; het "
        "routeduo schuift aan. Een voorstel om de route wezenlijk te veranderen of te beëindigen gaat "
        "vóór het besluit voor advies naar beide raden.",
        "Leerlingen van routejaar 2, die nog bij de school staan ingeschreven, kiezen uit hun midden "
        "één vertegenwoordiger, die met dezelfde rechten als de andere leden zitting heeft in de "
        "studentenraad van het college.",
    ]),
    ("Als de wegen uiteenlopen", [
        "Een geschilpunt over de uitvoering van dit routeboek legt een bestuur eerst schriftelijk voor "
        "aan het routeduo. Is het na vier weken niet opgelost, dan zoeken de voorzitters van beide "
        "colleges van bestuur samen een uitweg. Lukt dat binnen zes weken niet, dan vragen zij samen "
        "een onafhankelijke mediator, aangezocht via de Mediatorsfederatie Nederland. Levert de "
        "mediation binnen drie maanden geen akkoord op, dan kan ieder bestuur het geschil voorleggen "
        "aan de rechtbank Gelderland. Intussen gaat het onderwijs aan de leerlingen gewoon door.",
    ]),
    ("Instappen, uitstappen, bijsturen", [
        "Een derde partij kan deelnemen: een andere vmbo-school of een andere instelling voor "
        "beroepsonderwijs stapt in als beide besturen daarmee schriftelijk instemmen en de nieuwe "
        "partij dit routeboek ongewijzigd ondertekent. De deelname gaat in op 1 augustus en wordt samen "
        "bij DUO gemeld.",
        "Ieder bestuur kan het routeboek opzeggen met een termijn van ten minste twaalf maanden, en "
        "alleen tegen het einde van een schooljaar (31 juli). Ontbinding, door de rechter of met "
        "wederzijds goedvinden, gaat op hetzelfde moment in. In beide gevallen geldt een "
        "afbouwregeling: na de aankondiging stromen er geen nieuwe leerlingen meer in, en de zittende "
        "leerlingen ronden de route af bij de partijen en op de plek waar zij zijn begonnen.",
        "Het routeboek wordt bijgestuurd met een schriftelijke wijziging die beide besturen "
        "ondertekenen, nadat de raden uit 'Wie er meepraten' om advies is gevraagd. Een wijziging gaat "
        "in bij het begin van een schooljaar en geldt niet ten nadele van leerlingen die al in de route "
        "zitten.",
    ]),
]


def build_45(path):
    from docx.shared import Pt
    doc = _docx_new()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("Routeboek Dierenzorg", style="Title")
    doc.add_paragraph("Samenwerkingsovereenkomst voor de doorlopende leerroute vmbo-mbo tussen het "
                      "Strandwalcollege en het Veluwerand College", style="Subtitle")
    doc.add_paragraph("Dit routeboek is gesloten tussen:")
    doc.add_paragraph("Stichting Randmeren Onderwijs te Harderwijk, bevoegd gezag van het "
                      "Strandwalcollege (school voor vmbo), voor wie tekent de voorzitter van het "
                      "college van bestuur, mevrouw drs. H.J. Bosgra, hierna: de school;",
                      style="List Bullet")
    doc.add_paragraph("Stichting Veluwerand Vakonderwijs te Harderwijk, bevoegd gezag van het "
                      "Veluwerand College (instelling voor beroepsonderwijs), voor wie tekent de "
                      "voorzitter van het college van bestuur, de heer M.A. Ruitenberg, hierna: het "
                      "college.", style="List Bullet")
    doc.add_paragraph("Wij, de twee besturen, schrijven hier op welke weg onze leerlingen met ons "
                      "afleggen en wie waarvoor staat. Waar in dit routeboek 'wij' staat, binden beide "
                      "besturen zich; waar 'de school' of 'het college' staat, bindt dat bestuur zich.")
    for head, body in S45_SECTIONS:
        doc.add_heading(head, level=1)
        for part in body:
            if isinstance(part, tuple):
                for item in part[1]:
                    doc.add_paragraph(item, style="List Bullet")
            else:
                doc.add_paragraph(part)
    doc.add_paragraph("Aldus in tweevoud getekend te Harderwijk op 14 maart 2025.")
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Stichting Randmeren Onderwijs"
    t.cell(0, 1).text = "Stichting Veluwerand Vakonderwijs"
    t.cell(1, 0).text = "mevrouw drs. H.J. Bosgra\nvoorzitter college van bestuur"
    t.cell(1, 1).text = "de heer M.A. Ruitenberg\nvoorzitter college van bestuur"
    _docx_save(doc, path, "Routeboek Dierenzorg")


# --------------------------------------------------------------------------------------------
# 46 - PDF: archaic "Akte van samenwerking", headings "Ten aanzien van ..." (h weak, i weak)
# --------------------------------------------------------------------------------------------

S46_SECTIONS = [
    ("Ten aanzien van het voorwerp der samenwerking", [
        "Het voorwerp dezer akte is de doorlopende leerroute die aanvangt in het derde leerjaar van "
        "de kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie, der school, en "
        "die uitmondt in de vakopleiding Allround constructiewerker, niveau 3, van het college. De "
        "route strekt zich uit over vier leerjaren, waarvan de eerste twee onder de "
        "verantwoordelijkheid der school en de laatste twee onder die van het college worden "
        "doorlopen; de leerling verwerft daarin het diploma der kaderberoepsgerichte leerweg en het "
        "diploma van voormelde vakopleiding.",
    ]),
    ("Ten aanzien van de betrokkenheid der ondernemingen", [
        "Partijen betrekken bij de invulling der route de in de Kanaalzone gevestigde metaal- en "
        "scheepsbouwbedrijven die als leerbedrijf zijn erkend, waaronder thans Staalbouw Sluiskil "
        "B.V., Scheepswerf Braakman en Constructiebedrijf Van Hoeve &amp; Zn., alsmede de regionale "
        "afdeling der brancheorganisatie voor de metaal. Die betrokkenheid bestaat hierin, dat:",
        "a. een praktijkraad, waarin voornoemde ondernemingen zitting nemen, tweemaal 's jaars "
        "bijeenkomt en partijen van advies dient omtrent de keuze der keuzedelen en de inhoud der "
        "praktijkopdrachten;",
        "b. de ondernemingen de leerlingen in het eerste leerjaar der route ontvangen voor "
        "bedrijfsbezoeken en in het derde en vierde leerjaar de plaatsen voor de "
        "beroepspraktijkvorming verschaffen;",
        "c. hun praktijkopleiders bij de proeven van bekwaamheid als medebeoordelaar optreden.",
    ]),
    ("Ten aanzien van de dagelijkse gang van zaken", [
        "De behartiging van de dagelijkse gang van zaken der route geschiedt door een routecommissie "
        "van drie leden, te weten de afdelingsleider techniek der school, de opleidingsmanager metaal "
        "van het college en een docent uit het routeteam. De aanwijzing der eerste twee leden "
        "geschiedt door het bevoegd gezag in wiens dienst zij zijn; het derde lid wordt door de beide "
        "andere leden voorgedragen en alsdan door beide besturen gezamenlijk aangewezen, voor de duur "
        "van twee schooljaren.",
        "Aan de routecommissie wordt door partijen opgedragen: de vaststelling van het jaarrooster, "
        "de verdeling der lessen over de docenten, de plaatsing der leerlingen bij de leerbedrijven en "
        "het beheer van het routebudget. Terzake daarvan beslist zij zelfstandig, met dien verstande "
        "dat een besluit dat de formatie of de begroting van een der partijen raakt, niet wordt "
        "genomen dan na voorafgaande goedkeuring der beide besturen.",
    ]),
    ("Ten aanzien van de rekenschap", [
        "De routecommissie doet telkenjare, vóór de eerste november, aan beide besturen schriftelijk "
        "verslag van het verloop van het afgelopen schooljaar, inhoudende de aantallen in-, door- en "
        "uitstromende leerlingen, de examenuitslagen, de bezetting der praktijkplaatsen en de "
        "besteding van het routebudget. Daarenboven verstrekt zij in de maand maart een beknopte "
        "schriftelijke tussenstand. Ieder der besturen kan te allen tijde nadere inlichtingen "
        "verlangen, welke binnen veertien dagen worden verstrekt.",
    ]),
    ("Ten aanzien van de inrichting van het onderwijs", [
        "De lessen der route worden verzorgd door docenten uit beider dienst, die te zamen één "
        "routeteam vormen. Het college stelt in de eerste twee leerjaren een instructeur lassen en "
        "plaatbewerking voor acht lesuren per week ter beschikking der school; de school stelt in het "
        "derde leerjaar een docent wiskunde-techniek voor vier lesuren per week ter beschikking van "
        "het college. Voor de vak- en sectoroverstijgende programmaonderdelen bedienen partijen zich "
        "van de teambevoegdheid, met dien verstande dat voor ieder onderdeel ten minste één daartoe "
        "bevoegde docent verantwoordelijk is.",
        "De eerste twee leerjaren worden gegeven in het gebouw der school aan de Axelsestraat te "
        "Terneuzen, de laatste twee bij het college. De laswerkplaats en de plaatwerkerij van het "
        "college aan de Westkolkstraat staan op dinsdag en donderdag voor de routeleerlingen open; de "
        "school stelt haar CNC-ruimte en haar tekenlokaal ter beschikking van het college.",
        "Het onderwijsprogramma en de examinering per leerjaar worden beschreven in een gezamenlijk "
        "programma van toetsing en afsluiting en onderwijs- en examenregeling, hetwelk de "
        "routecommissie jaarlijks vóór de eerste oktober vaststelt; het centraal examen vmbo wordt in "
        "het tweede leerjaar der route afgenomen.",
    ]),
    ("Ten aanzien van de leerling die de route verlaat", [
        "Een leerling wiens deelname aan de route voortijdig eindigt, wordt door partijen in staat "
        "gesteld een diploma te behalen dat aansluit bij het door hem bereikte niveau en bij zijn "
        "leeftijd. Daartoe staan hem, naar gelang van het tijdstip van vertrek, de navolgende wegen "
        "open:",
        "a. gedurende de eerste twee leerjaren: voortzetting in de reguliere kaderberoepsgerichte "
        "leerweg der school, in hetzelfde of een ander profiel, ter verkrijging van het vmbo-diploma;",
        "b. na de eerste twee leerjaren: overgang naar een andere opleiding van het college op niveau "
        "2 of 3, zoals Constructiewerker (niveau 2), zonder dat daarbij vooropleidingseisen worden "
        "gesteld;",
        "c. indien het vmbo-diploma aan het einde van het derde leerjaar niet is behaald: voortzetting "
        "in een opleiding op vergelijkbaar niveau bij het college, dan wel herhaling van het "
        "examenjaar bij de school.",
        "Welke weg wordt ingeslagen, wordt door school en college gezamenlijk beslist, na overleg met "
        "de leerling en diens ouders of verzorgers.",
    ]),
    ("Ten aanzien van de geldmiddelen", [
        "Tussen partijen geschiedt geen overdracht van enig deel der door hen ontvangen bekostiging. "
        "Ieder der partijen draagt de kosten van het door haar ingezette personeel en van de door haar "
        "beschikbaar gestelde ruimten en middelen; de wederzijdse terbeschikkingstelling van docenten "
        "wordt niet verrekend.",
    ]),
    ("Ten aanzien van de medezeggenschap", [
        "Partijen hechten eraan dat de medezeggenschapsraad der school alsmede de studentenraad en de "
        "ondernemingsraad van het college bij de route betrokken zijn. De wijze waarop zulks "
        "geschiedt, wordt nog geregeld.",
    ]),
    ("Ten aanzien van verschillen van inzicht", [
        "Alle verschillen van inzicht, welke tussen partijen mochten rijzen naar aanleiding van de "
        "uitvoering dezer akte, zullen door hen in der minne worden geregeld.",
    ]),
    ("Ten aanzien van nieuwe deelgenoten, beëindiging en wijziging", [
        "Een andere school voor vbo of een andere instelling voor beroepsonderwijs kan als deelgenoot "
        "tot deze akte toetreden, mits beide partijen daarin schriftelijk bewilligen en de toetreder "
        "verklaart het in deze akte bepaalde te aanvaarden; de toetreding vangt aan op de eerste "
        "augustus en wordt door alle betrokkenen gezamenlijk aan DUO gemeld.",
        "Opzegging geschiedt bij aangetekend schrijven, met inachtneming van een termijn van ten "
        "minste een vol schooljaar, en uitsluitend tegen de eenendertigste juli. Ontbinding wegens "
        "tekortkoming is eerst mogelijk nadat de tekortschietende partij schriftelijk in gebreke is "
        "gesteld en een redelijke termijn tot herstel ongebruikt is verstreken, en gaat eveneens niet "
        "eerder in dan aan het einde van het lopende schooljaar.",
        "In alle gevallen van beëindiging wordt de instroom van nieuwe leerlingen gestaakt en blijven "
        "partijen gehouden de reeds ingestroomde leerlingen de route te doen voltooien.",
        "Wijziging dezer akte geschiedt bij schriftelijke, door beide besturen ondertekende aanvulling, "
        "welke niet eerder in werking treedt dan bij de aanvang van het eerstvolgende schooljaar en "
        "niet ten nadele van reeds ingestroomde leerlingen.",
    ]),
]


def build_46(path):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Spacer, KeepTogether

    body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5,
                          alignment=TA_JUSTIFY, spaceAfter=6)
    item = ParagraphStyle("i", parent=body, leftIndent=0.8 * cm)
    head = ParagraphStyle("h", fontName="Times-BoldItalic", fontSize=11.5, leading=15,
                          spaceBefore=10, spaceAfter=4)
    title = ParagraphStyle("t", fontName="Times-Bold", fontSize=17, leading=22, alignment=TA_CENTER)
    sub = ParagraphStyle("s", fontName="Times-Italic", fontSize=11.5, leading=15,
                         alignment=TA_CENTER, spaceAfter=14)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Times-Italic", 9)
        canvas.drawCentredString(10.5 * cm, 1.2 * cm,
                                 "Akte van samenwerking Scheldemond Vakcollege / Westerscheldecollege"
                                 " - blz. %d" % doc.page)
        canvas.restoreState()

    story = [Paragraph("AKTE VAN SAMENWERKING", title),
             Paragraph("inzake de doorlopende leerroute vmbo-mbo Constructie en Metaal te Terneuzen", sub),
             Paragraph("De ondergetekenden:", body),
             Paragraph("1. Stichting Scholengroep Kanaalzone Oost, gevestigd te "
                       "Terneuzen, bevoegd gezag van het Scheldemond Vakcollege, school voor vbo, te "
                       "dezen vertegenwoordigd door haar bestuurder, de heer J.P. de Kraker, hierna te "
                       "noemen: de school;", item),
             Paragraph("2. Stichting Beroepsonderwijs Zeeuws-Vlaanderen, gevestigd te "
                       "Terneuzen, bevoegd gezag van het Westerscheldecollege, instelling voor "
                       "beroepsonderwijs, te dezen vertegenwoordigd door de voorzitter van haar college "
                       "van bestuur, mevrouw C.M. Verstraeten-Dhooghe, hierna te noemen: het college;",
                       item),
             Paragraph("hebben, na rijp beraad en met inachtneming van artikel 2.107b van de Wet "
                       "voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en "
                       "beroepsonderwijs, het navolgende overeengekomen, hetwelk zij voor zich en hun "
                       "rechtsopvolgers als bindend aanvaarden.", body)]
    for h, paras in S46_SECTIONS:
        flow = [Paragraph(_esc(h), head)]
        for p in paras:
            style = item if re.match(r"^[abc]\. ", p) else body
            flow.append(Paragraph(p, style))  # texts are already XML-safe (&amp; written out)
        story.append(KeepTogether(flow[:2]))
        story.extend(flow[2:])
    story += [Spacer(1, 10),
              Paragraph("Aldus opgemaakt in tweevoud en ondertekend te Terneuzen, de zesentwintigste "
                        "februari tweeduizend vijfentwintig.", body),
              Spacer(1, 26),
              Paragraph("Voor de school: J.P. de Kraker, bestuurder", body),
              Spacer(1, 20),
              Paragraph("Voor het college: C.M. Verstraeten-Dhooghe, voorzitter college van bestuur",
                        body)]
    doc = _pdf_doc(path, "Akte van samenwerking doorlopende leerroute Constructie en Metaal")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# --------------------------------------------------------------------------------------------
# 47 - TXT: "Routekaart" ordered by time (d weak: no frequency; g weak: amount without purpose)
# --------------------------------------------------------------------------------------------

S47_SECTIONS = [
    ("Voor de start: waar de route over gaat", [
        "Vanaf het profiel Dienstverlening en producten in de basisberoepsgerichte leerweg van De "
        "Reestoever loopt de route in vier jaar naar het diploma Beveiliger, niveau 2, van het "
        "Vakcollege. De eerste twee jaar (leerjaar 3 en 4 van het vmbo) staat de leerling bij De "
        "Reestoever ingeschreven, de laatste twee bij het Vakcollege. Het vmbo-diploma "
        "basisberoepsgerichte leerweg haalt de leerling in het tweede routejaar.",
    ]),
    ("Voor de start: wie de knopen doorhakt", [
        "Wie hakt de knopen door? De routecoördinator van De Reestoever en de teamleider Veiligheid "
        "van het Vakcollege, samen: zij vormen de routeleiding. Ieder wordt door de directeur van de "
        "eigen school voorgedragen en daarna door beide colleges van bestuur samen benoemd, steeds "
        "voor twee schooljaren.",
        "De routeleiding kan zelfstandig beslissen over het rooster, de volgorde van de lesstof, de "
        "inzet van de docenten die voor de route zijn vrijgemaakt, de toelating van leerlingen tot de "
        "route en de keuze van de stageadressen. Over alles wat meer kost dan het routebudget, of wat "
        "deze routekaart verandert, beslissen de besturen.",
    ]),
    ("Voor de start: wie er van buiten meedoet", [
        "Drie beveiligingsbedrijven uit de regio - Reestdal Beveiliging, Hanzeguard Security en "
        "Objectbewaking Noord - en het evenemententeam van de gemeente Meppel doen mee. Zij verzorgen "
        "in routejaar 1 een kennismakingsdag en twee gastlessen (surveillance en omgaan met agressie), "
        "laten leerlingen in routejaar 2 meelopen bij evenementen in de stad en bieden vanaf "
        "routejaar 3 de plaatsen voor de beroepspraktijkvorming. Hun praktijkopleiders beoordelen de "
        "praktijkexamens mee. Eens per jaar bespreekt de routeleiding met hen of het programma nog "
        "past bij wat het werk vraagt.",
    ]),
    ("Routejaar 1 tot en met 4: waar, met wie en waarmee", [
        "Routejaar 1 en 2 vinden plaats in het gebouw van De Reestoever aan de Reestkade; op "
        "woensdag gaat de groep naar de oefenruimte van het Vakcollege aan de Industrieweg, met een "
        "nagebouwde meldkamer, een toegangspoort met detectiepoortje en een trainingszaal voor "
        "fysieke weerbaarheid. Routejaar 3 en 4 vinden plaats bij het Vakcollege.",
        "Het Vakcollege detacheert in routejaar 1 en 2 een docent beveiliging voor zes uur per week "
        "naar De Reestoever; de docent lichamelijke opvoeding van De Reestoever geeft in routejaar 3 "
        "de lessen fysieke weerbaarheid bij het Vakcollege. Met de mentoren vormen zij één routeteam. "
        "Voor de vakoverstijgende projecten gebruiken wij de teambevoegdheid; elk onderdeel valt "
        "onder een docent die daarvoor bevoegd is.",
        "De Reestoever stelt haar gymzaal en haar computerlokaal beschikbaar, het Vakcollege de "
        "oefenruimte, de portofoons en het camerasysteem. In het gezamenlijke PTA/OER van de route "
        "staat per routejaar welke examenonderdelen van vmbo en mbo worden afgenomen; de "
        "routeleiding stelt dat document vóór de zomervakantie vast.",
    ]),
    ("Gedurende de hele route: als het niet lukt", [
        "Wat als een leerling vastloopt? Dan zoeken wij samen met hem en zijn ouders een "
        "vervolgroute die uitkomt bij een diploma. In routejaar 1 en 2 is dat de gewone "
        "basisberoepsgerichte leerweg van De Reestoever, in hetzelfde of een ander profiel; na "
        "routejaar 2 een andere opleiding op niveau 2 bij het Vakcollege, zoals Facilitair "
        "medewerker of Medewerker sport en recreatie, zonder extra toelatingseisen. Wie zijn "
        "vmbo-diploma niet heeft gehaald, kan bij het Vakcollege toch verder in een opleiding op "
        "niveau 2.",
        "De Reestoever en het Vakcollege beslissen hierover samen, na een gesprek met de leerling en "
        "zijn ouders, en kijken daarbij naar wat de leerling al kan en naar zijn leeftijd.",
    ]),
    ("Tussendoor: wat de routeleiding aan de besturen laat weten", [
        "De routeleiding stelt beide besturen op de hoogte met een schriftelijke voortgangsnotitie "
        "over de aantallen leerlingen, de resultaten, de stageplaatsen en de knelpunten, en licht die "
        "notitie toe in het bestuurlijk overleg van beide besturen. De besturen kunnen de "
        "routeleiding daarbij vragen stellen en opdrachten meegeven.",
    ]),
    ("Routejaar 3: geld", [
        "Bij de overgang naar het Vakcollege maakt het Vakcollege voor iedere leerling die in "
        "routejaar 3 staat ingeschreven een bedrag van € 750 over aan De Reestoever, in één keer, "
        "vóór 1 februari.",
    ]),
    ("Het hele jaar door: wie er meepraat", [
        "De leerlingenraad van De Reestoever en de studentenraad van het Vakcollege wijzen elk twee "
        "leden aan voor een gezamenlijk inspraakorgaan van de route, aangevuld met één ouder uit de "
        "medezeggenschapsraad van De Reestoever. Dit inspraakorgaan komt twee keer per schooljaar "
        "bijeen, krijgt dezelfde stukken als de besturen en brengt advies uit voordat de besturen iets "
        "wezenlijks aan de route veranderen.",
        "Routeleerlingen die nog bij De Reestoever staan ingeschreven, mogen ook de vergaderingen van "
        "de studentenraad van het Vakcollege bijwonen en daar het woord voeren.",
    ]),
    ("Als wij het oneens zijn", [
        "Een geschilpunt tussen de besturen over de uitvoering van deze routekaart gaat eerst naar de "
        "routeleiding en daarna naar de beide bestuurders. Komen die er binnen een maand niet uit, dan "
        "leggen zij het voor aan een onafhankelijke deskundige die zij samen kiezen; diens uitspraak "
        "geldt als bindend advies. Worden zij het over de keuze van die deskundige niet eens, dan wijst "
        "ieder bestuur een deskundige aan en kiezen die twee samen een derde; dat drietal doet dan de "
        "bindende uitspraak.",
    ]),
    ("Als er iemand bijkomt, iets verandert of wij stoppen", [
        "Een andere vmbo-school of mbo-instelling kan meedoen als beide besturen schriftelijk "
        "instemmen, de nieuwe partij deze routekaart ondertekent en de deelname samen met haar bij "
        "DUO wordt gemeld; meedoen kan vanaf het begin van een schooljaar.",
        "Iets veranderen aan de routekaart kan alleen schriftelijk, met de handtekening van beide "
        "besturen; een verandering gaat in per 1 augustus.",
        "Stoppen kan ieder bestuur door schriftelijk op te zeggen vóór 1 september; de routekaart "
        "eindigt dan op 31 juli van het jaar daarna. Na de opzegging nemen wij geen nieuwe leerlingen "
        "meer aan. Leerlingen die al in de route zitten, maken hun route bij ons af, en een "
        "verandering mag hun route niet langer of zwaarder maken.",
    ]),
]


def build_47(path):
    out = []

    def wrap(t):
        out.extend(textwrap.wrap(t, width=78, break_long_words=False, break_on_hyphens=False))

    out.append("ROUTEKAART BEVEILIGING")
    out.append("")
    wrap("Afspraken tussen De Reestoever en het Vakcollege Zuidwest-Drenthe over de doorlopende "
         "leerroute vmbo-mbo, geordend naar de tijd")
    out.append("")
    wrap("Wij zijn: Stichting Openbaar Voortgezet Onderwijs Reestdal, het bevoegd gezag van De "
         "Reestoever, school voor vmbo te Meppel (hierna: De Reestoever), en Stichting "
         "Beroepsonderwijs Zuidwest-Drenthe, het bevoegd gezag van het Vakcollege Zuidwest-Drenthe, "
         "instelling voor beroepsonderwijs te Meppel (hierna: het Vakcollege). Beide besturen worden "
         "vertegenwoordigd door de voorzitter van hun college van bestuur.")
    out.append("")
    wrap("Wij hebben deze afspraken niet per onderwerp gerangschikt, maar in de volgorde waarin een "
         "leerling ze tegenkomt. Alles wat hieronder staat, geldt als afspraak tussen onze besturen.")
    for head, paras in S47_SECTIONS:
        out.append("")
        out.append("")
        out.append(head)
        out.append("~" * len(head))
        for p in paras:
            out.append("")
            wrap(p)
    out += ["", "", "Meppel, 3 april 2025", "",
            "Voor Stichting Openbaar Voortgezet Onderwijs Reestdal:",
            "R.J. Kuipers, voorzitter college van bestuur", "",
            "Voor Stichting Beroepsonderwijs Zuidwest-Drenthe:",
            "A. Bijl-Zantinge, voorzitter college van bestuur", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))


# --------------------------------------------------------------------------------------------
# 48 - MD: "wij"-sentences as headings (fully compliant)
# --------------------------------------------------------------------------------------------

S48_TEXT = """# Samenwerkingsovereenkomst doorlopende leerroute Hout & Interieur

*Wouwse Poort Vakcollege en Vakcentrum Hout & Interieur West-Brabant*

**Wie wij zijn.** Stichting Voortgezet Onderwijs Brabantse Wal te Bergen op Zoom, bevoegd gezag van het Wouwse Poort Vakcollege (school voor vmbo), hierna *de school*, en Stichting Beroepsonderwijs West-Brabant Zee te Roosendaal, bevoegd gezag van het Vakcentrum Hout & Interieur West-Brabant (instelling voor beroepsonderwijs), hierna *het vakcentrum*. Beide worden vertegenwoordigd door de voorzitter van hun college van bestuur. Samen zijn wij "wij", en wat wij hieronder opschrijven, spreken wij met elkaar af.

## Wij bieden één route aan: van de houtwerkplaats in klas 3 naar het vakdiploma

Leerlingen van het profiel Bouwen, wonen en interieur in de basisberoepsgerichte leerweg kunnen vanaf leerjaar 3 de route volgen. Zij eindigt bij het diploma Meubelmaker/(scheeps)interieurbouwer, niveau 2, van het vakcentrum. De route duurt vier jaar: leerjaar 3 en 4 staat de leerling bij de school ingeschreven, leerjaar 5 en 6 bij het vakcentrum. Het vmbo-diploma basisberoepsgerichte leerweg wordt in leerjaar 4 gehaald.

## Wij halen de werkplaatsen uit de regio binnen

- **Wie:** zes meubel- en interieurbouwbedrijven uit Bergen op Zoom, Halsteren en Woensdrecht, onder wie Interieurbouw Kijkuit, Meubelmakerij De Schans en Jachtinterieurs Schelde, en het regionale team van SBB.
- **Wat zij doen:** in leerjaar 3 werkt elk bedrijf één ochtend mee in de houtwerkplaats van de school; in leerjaar 4 maken de leerlingen een echte opdracht voor een van de bedrijven (een kast, een balie, een bank voor een jacht); vanaf leerjaar 5 leveren de bedrijven de bpv-plaatsen; hun praktijkopleiders schuiven bij de proeve van bekwaamheid aan als tweede beoordelaar.
- **Hoe wij luisteren:** elk jaar in juni bespreken wij met de bedrijven en SBB welke keuzedelen wij het volgende jaar aanbieden en wat er in het programma anders moet.

## Wij leggen de dagelijkse gang van zaken in handen van een routeregisseur

De dagelijkse gang van zaken wordt behartigd door één routeregisseur. Een kernteam van twee docenten, één van de school en één van het vakcentrum, staat hem bij.

Hoe komt de regisseur op zijn plek? De directeuren van beide kanten zoeken samen een kandidaat en dragen die voor; de beide colleges van bestuur stellen de benoeming daarna vast, voor vier jaar. De docenten in het kernteam worden door hun eigen directeur aangewezen.

Wat mag de regisseur? Hij heeft doorzettingsmacht over het rooster, de groepsindeling, de verdeling van de lessen over het team en de planning van de examens, en hij kan zelfstandig beslissen over de inkoop van hout en beslag tot € 7.500 per jaar. Wat de begroting of de formatie van een van ons raakt, of deze overeenkomst, legt hij aan de besturen voor.

## Wij willen weten hoe het gaat, en wanneer

De routeregisseur brengt verslag uit aan beide colleges van bestuur, in het voorjaar en in het najaar:

1. vóór 15 april een korte tussenbalans: instroom, verzuim, voortgang en knelpunten;
2. vóór 15 november een jaarverslag over het afgelopen schooljaar, met de examenresultaten, het aantal overstappers en de besteding van de afdracht.

Beide stukken bespreekt hij met de besturen in hun bestuurlijk overleg.

## Wij delen mensen, ruimtes en gereedschap

| Leerjaar | Waar | Wie geeft les | Wat wij delen |
|---|---|---|---|
| 3 | het gebouw van de school aan de Wouwsestraatweg | docenten van de school en een docent meubelmaken van het vakcentrum, voor zes uur per week gedetacheerd | de houtwerkplaats van de school; handgereedschap van het vakcentrum |
| 4 | de school, en op woensdag het vakcentrum | dezelfde docenten, plus een instructeur in de machinale werkplaats van het vakcentrum | de machinale werkplaats en de CNC-frees van het vakcentrum |
| 5 en 6 | het vakcentrum aan de Zoomweg | docenten van het vakcentrum; de docent BWI van de school geeft in leerjaar 5 vier uur per week les op het vakcentrum | alle werkplaatsen en het lesmateriaal van het vakcentrum |

De docenten van beide kanten vormen één team. Voor de vakoverstijgende opdrachten maken wij gebruik van de teambevoegdheid; bij elk programmaonderdeel hoort een docent die ervoor bevoegd is. Welke examenonderdelen van vmbo en mbo in welk leerjaar vallen, staat in het gezamenlijke PTA/OER van de route, dat de routeregisseur elk jaar vóór 1 juli vaststelt.

## Wij laten niemand stranden

Een leerling die niet verder kan in de route, kan altijd elders verder naar een diploma:

- **in leerjaar 3 of 4:** omschakelen naar de gewone basisberoepsgerichte leerweg van de school, in het profiel BWI of een ander profiel, en daar het vmbo-diploma halen;
- **in leerjaar 5 of 6:** doorstappen naar een andere opleiding op niveau 2 van het vakcentrum, bijvoorbeeld Timmerman of Schilder, zonder dat daarvoor vooropleidingseisen gelden;
- **zonder vmbo-diploma na leerjaar 5:** verder in een opleiding op niveau 2 bij het vakcentrum, of het vmbo-examen alsnog afleggen op de school.

Wie beslist? De school en het vakcentrum samen, nadat het loopbaanteam (mentor en loopbaanbegeleider) met de leerling en zijn ouders heeft gesproken, en met het oog op wat hij al heeft bereikt en hoe oud hij is.

## Wij rekenen zo met elkaar af

De school doet per routeleerling in leerjaar 4 een afdracht van € 1.150 aan het vakcentrum, uiterlijk op 1 februari, als vergoeding voor de instructeur in de machinale werkplaats, het verbruikte plaatmateriaal en massief hout en het gebruik van de CNC-frees. Het vakcentrum betaalt de school per routeleerling in leerjaar 5 € 300 voor de lessen die de docent BWI van de school daar geeft. Verder gaan er geen middelen over en weer.

## Wij geven leerlingen, ouders en collega's een stem

De medezeggenschapsraad van de school en de studentenraad van het vakcentrum vergaderen minstens één keer per jaar gezamenlijk over de route. Voordat wij de route wezenlijk veranderen of beëindigen, vragen wij beide raden om advies. Leerlingen in leerjaar 4 mogen een vertegenwoordiger naar de studentenraad van het vakcentrum sturen, die daar spreekrecht heeft.

## Wij lossen onenigheid zo op

Onze conflictregeling kent drie stappen:

1. Het geschilpunt wordt binnen twee weken besproken door de routeregisseur en de beide directeuren.
2. Komen zij er niet uit, dan gaat het naar de voorzitters van de colleges van bestuur, die binnen vier weken een oplossing zoeken.
3. Lukt ook dat niet, dan vragen wij een onafhankelijke mediator. Na een mislukte mediation kan ieder van ons naar de rechtbank Zeeland-West-Brabant.

## Wij spreken af hoe anderen instappen en hoe wij stoppen

- **Een derde partij kan deelnemen** als beide besturen daar schriftelijk mee instemmen en de nieuwe school of instelling deze overeenkomst ondertekent; zij doet mee vanaf 1 augustus, na melding bij DUO.
- **Wijzigen** gebeurt schriftelijk, met de handtekening van beide besturen en na advies van de raden; een wijziging gaat in bij de start van een schooljaar.
- **Opzeggen** kan ieder van ons met een termijn van een jaar, tegen 31 juli. Met wederzijds goedvinden kunnen wij ook ontbinding afspreken, maar ook dan tegen het einde van een schooljaar.
- **Zittende leerlingen ronden af:** na een opzegging of ontbinding stromen er geen nieuwe leerlingen meer in, en wie al in de route zit, maakt haar af bij ons beiden. Een wijziging mag niet ten nadele van hen gaan.

---

Bergen op Zoom, 20 mei 2025

- Voor Stichting Voortgezet Onderwijs Brabantse Wal: L.C. van Loon, voorzitter college van bestuur
- Voor Stichting Beroepsonderwijs West-Brabant Zee: drs. P.J.M. Aarts, voorzitter college van bestuur
"""


def build_48(path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(S48_TEXT)


# --------------------------------------------------------------------------------------------
# 49 - DOCX: long considerans, "Eerste afspraak - ..." (b only in considerans; f deferred)
# --------------------------------------------------------------------------------------------

S49_CONSIDERANS = [
    "A. dat de school en het college sinds 2019 samenwerken in het techniekonderwijs in Waterland "
    "en die samenwerking willen bestendigen in een doorlopende leerroute;",
    "B. dat de loonbedrijven, mechanisatiebedrijven en dealers van landbouw- en grondverzetmachines "
    "in de Beemster, de Purmer en de Zeevang hebben laten weten graag stageplaatsen te bieden, "
    "gastlessen te verzorgen en mee te denken over het programma, en dat de route zonder hen niet "
    "kan bestaan;",
    "C. dat een leerling die de route verlaat altijd een passend vervolg moet kunnen vinden;",
    "D. dat partijen met deze overeenkomst uitvoering geven aan artikel 2.107b van de Wet "
    "voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs;",
]

S49_SECTIONS = [
    ("Eerste afspraak — Wat er wordt aangeboden", [
        "Partijen verzorgen samen een doorlopende leerroute voor leerlingen van de "
        "basisberoepsgerichte leerweg, profiel Mobiliteit en transport, van de school, die leidt tot "
        "het diploma Monteur mobiele werktuigen, niveau 2, van het college.",
        "De route omvat vier leerjaren; de leerling staat de eerste twee leerjaren ingeschreven bij de "
        "school en daarna bij het college.",
    ]),
    ("Tweede afspraak — Wie de route bestuurt", [
        "De verantwoordelijkheid voor de uitvoering van alledag ligt bij een regieteam van drie: de "
        "afdelingsleider techniek van de school, de teamleider mobiliteit van het college en een "
        "docent uit het routeteam.",
        "Het regieteam wordt voorgedragen door de directeuren van de school en het college en daarna "
        "door beide colleges van bestuur in functie gesteld, voor drie schooljaren.",
        "Het regieteam kan zonder voorafgaande toestemming van de besturen beslissen over het rooster, "
        "de groepsindeling, de inzet van de docenten binnen de afgesproken uren en de volgorde van het "
        "programma, en het heeft doorzettingsmacht over het gebruik van de werkplaatsen. Beslissingen "
        "met gevolgen voor de begroting of de formatie van een partij neemt het regieteam niet zelf: "
        "die legt het aan de besturen voor.",
    ]),
    ("Derde afspraak — Hoe de besturen op de hoogte blijven", [
        "Het regieteam doet in het voorjaar en in het najaar schriftelijk mededeling van de gang van "
        "zaken aan beide colleges van bestuur, met cijfers over instroom, uitval, voortgang en "
        "examens.",
        "De najaarsmededeling, die vóór 1 december wordt uitgebracht, is tevens de jaarlijkse "
        "bestuursrapportage over het afgelopen schooljaar; zij wordt in het eerstvolgende bestuurlijk "
        "overleg besproken en vastgesteld.",
    ]),
    ("Vierde afspraak — Waar, door wie en waarmee", [
        "Leerjaar 3 en 4 worden gegeven in het gebouw van de school aan de Purmersteenweg, leerjaar 5 "
        "en 6 in de werkplaats mobiele werktuigen van het college aan de Wagenweg. Welke vmbo- en "
        "mbo-examenonderdelen in welk leerjaar worden afgenomen, staat in het gezamenlijke "
        "examenplan, dat het regieteam jaarlijks vóór 1 juli vaststelt.",
        "Het college detacheert in leerjaar 3 en 4 een instructeur motoren en hydrauliek voor acht uur "
        "per week bij de school. De docenten van beide partijen vormen één team; voor "
        "vakoverstijgende onderdelen passen zij de teambevoegdheid toe, met voor elk onderdeel een "
        "bevoegde docent.",
        "De school stelt haar motorenlokaal en haar metaalwerkplaats beschikbaar, het college zijn "
        "werkplaats met trekkers, shovels en hefbrug en zijn diagnoseapparatuur.",
    ]),
    ("Vijfde afspraak — Vervolgroute bij uitval", [
        "Partijen spannen zich in om iedere leerling die de route niet kan afmaken, een vervolg te "
        "bieden.",
        "Welke mogelijkheden een leerling dan heeft en hoe daarover wordt besloten, wordt vastgelegd "
        "in een nog op te stellen overstapprotocol, dat het regieteam vóór de start van het tweede "
        "routejaar aan de besturen voorlegt.",
    ]),
    ("Zesde afspraak — Over geld", [
        "De school betaalt het college een bijdrage per hoofd van € 1.050 voor iedere routeleerling "
        "in leerjaar 3 en 4, in twee termijnen (1 november en 1 april), voor de inzet van de "
        "gedetacheerde instructeur en het gebruik van de werkplaats van het college, brandstof en "
        "onderdelen inbegrepen.",
        "Verder gaat er geen geld tussen partijen over.",
    ]),
    ("Zevende afspraak — Inspraak", [
        "De medezeggenschapsraad van de school en de studentenraad van het college vergaderen ieder "
        "voorjaar gezamenlijk over de route, in aanwezigheid van het regieteam.",
        "Voorstellen om de route te wijzigen of te beëindigen worden vooraf aan beide raden voor "
        "advies voorgelegd.",
        "Leerlingen van de route die nog bij de school staan ingeschreven, kunnen zich kandidaat "
        "stellen voor de studentenraad van het college.",
    ]),
    ("Achtste afspraak — Als partijen het niet eens worden", [
        "Partijen kennen de volgende conflictregeling. Een geschilpunt wordt eerst in het regieteam "
        "besproken; lukt een oplossing daar niet binnen drie weken, dan gaat het naar beide "
        "bestuurders.",
        "Komen de bestuurders er binnen zes weken niet uit, dan schakelen zij samen een "
        "onafhankelijke mediator in.",
        "Slaagt de mediation niet, dan kan ieder der partijen het geschilpunt voorleggen aan de "
        "rechtbank Noord-Holland.",
    ]),
    ("Negende afspraak — Erbij komen, wijzigen, uit elkaar gaan", [
        "Een andere school voor vbo of instelling voor beroepsonderwijs kan partij worden als beide "
        "partijen schriftelijk instemmen en de nieuwe partij zich aan deze overeenkomst verbindt; de "
        "toetreding gaat in bij het begin van een schooljaar en wordt gezamenlijk aan DUO gemeld.",
        "Wijziging gebeurt schriftelijk en met de handtekening van beide besturen, na advies van de "
        "raden uit de Zevende afspraak.",
        "Ieder der partijen kan de overeenkomst opzeggen tegen 1 augustus, met een termijn van twaalf "
        "maanden. Ontbinding met wederzijds goedvinden gaat op hetzelfde moment in.",
        "Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten; leerlingen die al "
        "in de route zitten, ronden haar af, en een wijziging geldt niet ten nadele van hen.",
    ]),
]


def build_49(path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    doc = _docx_new()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(10.5)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("SAMENWERKINGSOVEREENKOMST")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph("doorlopende leerroute Mobiele Werktuigen Waterland")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Partijen:")
    for t in ["1. Stichting Voortgezet Onderwijs Waterland, gevestigd te Purmerend, bevoegd gezag "
              "van het Beemsterpoort Vakcollege (school voor vmbo), vertegenwoordigd door de "
              "voorzitter van het college van bestuur, mevrouw E.M. Kaptein, hierna: de school;",
              "2. Stichting Beroepsonderwijs Laag Holland, gevestigd te Purmerend, bevoegd gezag van "
              "het Laag Holland College (instelling voor beroepsonderwijs), vertegenwoordigd door de "
              "voorzitter van het college van bestuur, de heer D. Zwarthoed, hierna: het college;"]:
        q = doc.add_paragraph(t)
        q.paragraph_format.left_indent = Cm(0.75)
        q.paragraph_format.first_line_indent = Cm(-0.75)
    doc.add_paragraph("Overwegende:")
    for t in S49_CONSIDERANS:
        q = doc.add_paragraph(t)
        q.paragraph_format.left_indent = Cm(0.75)
        q.paragraph_format.first_line_indent = Cm(-0.75)
    doc.add_paragraph("komen het volgende overeen:")
    for head, leden in S49_SECTIONS:
        doc.add_heading(head, level=2)
        for i, lid in enumerate(leden, 1):
            q = doc.add_paragraph("%d. %s" % (i, lid) if len(leden) > 1 else lid)
            if len(leden) > 1:
                q.paragraph_format.left_indent = Cm(0.75)
                q.paragraph_format.first_line_indent = Cm(-0.75)
    doc.add_paragraph("Aldus overeengekomen en in tweevoud ondertekend te Purmerend op 8 april 2025.")
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = ("Stichting Voortgezet Onderwijs Waterland\n\n\nmevrouw E.M. Kaptein\n"
                         "voorzitter college van bestuur")
    t.cell(0, 1).text = ("Stichting Beroepsonderwijs Laag Holland\n\n\nde heer D. Zwarthoed\n"
                         "voorzitter college van bestuur")
    _docx_save(doc, path, "Samenwerkingsovereenkomst doorlopende leerroute Mobiele Werktuigen")


# --------------------------------------------------------------------------------------------
# 50 - PDF: marginal headings (left column), passive voice (fully compliant, no transfer)
# --------------------------------------------------------------------------------------------

S50_SECTIONS = [
    ("Het traject", [
        "Aangeboden wordt een doorlopende leerroute die loopt van het profiel Media, vormgeving en "
        "ICT in de kaderberoepsgerichte leerweg van de school, vanaf leerjaar 3, naar de opleiding "
        "Medewerker podium- en evenemententechniek, niveau 3, van het college. Het traject, dat vier "
        "jaar beslaat, wordt afgesloten met het vmbo-diploma kaderberoepsgerichte leerweg, uiterlijk "
        "in het derde jaar, en met het mbo-diploma.",
    ]),
    ("Podia en bedrijven", [
        "Bij de invulling worden betrokken: Theater Het Kruispunt te Weert, het licht- en "
        "geluidsverhuurbedrijf Stage &amp; Sound Limburg, het festivalbureau dat het zomerfestival op "
        "de Markt organiseert, en het regionale team van SBB. Door hen worden in leerjaar 3 en 4 de "
        "op- en afbouw van voorstellingen opengesteld voor meeloopdagen, in leerjaar 5 en 6 de "
        "bpv-plaatsen geboden, en wordt bij iedere proeve van bekwaamheid een beoordelaar uit het "
        "werkveld geleverd. Eens per jaar worden zij door het routeteam gehoord over de keuze van de "
        "keuzedelen.",
    ]),
    ("Regie", [
        "Over de route wordt regie gevoerd door een routeteam waarin het sectiehoofd MVI van de "
        "school, de teamleider creatieve techniek van het college en een leerjaarcoördinator zitting "
        "hebben. De eerste twee worden door hun eigen college van bestuur aangewezen; de derde wordt "
        "door hen beiden voorgedragen en daarna door beide colleges van bestuur vastgesteld.",
        "Aan het routeteam worden overgelaten: de vaststelling van het lesrooster, de inzet van de "
        "docenten binnen de afgesproken uren, de planning van de examens en de verdeling van de "
        "bpv-plaatsen. Het kan daarover zelfstandig beslissen. Besluiten die de begroting of de "
        "formatie van een partij raken, vereisen de voorafgaande goedkeuring van beide besturen.",
    ]),
    ("Terugkoppeling", [
        "Een jaarlijkse bestuursrapportage, waarin de instroom, de voortgang, de uitval, de "
        "examenresultaten en de ervaringen van het werkveld worden verwerkt, wordt door het routeteam "
        "uiterlijk op 1 oktober aan beide colleges van bestuur uitgebracht. Een mondelinge tussenstand "
        "wordt in februari in het bestuurlijk overleg gegeven. Op verzoek van een bestuur worden "
        "tussentijds nadere inlichtingen verstrekt.",
    ]),
    ("Plaats, mensen, middelen", [
        "Leerjaar 3 en 4 worden verzorgd in het gebouw van de school aan de Kempenweg; de theaterzaal "
        "van het college aan de Parallelweg, de black box, wordt op donderdag voor de routegroep "
        "gereserveerd. Leerjaar 5 en 6 worden bij het college verzorgd.",
        "Door middel van docentuitwisseling worden twee docenten licht- en geluidstechniek van het "
        "college in leerjaar 3 en 4 voor samen acht uur per week op de school ingezet, terwijl de "
        "docent MVI van de school in leerjaar 5 vier uur per week op het college lesgeeft. Er wordt "
        "één team gevormd, dat voor de vakoverstijgende projecten van de teambevoegdheid gebruikmaakt; "
        "voor ieder onderdeel blijft een daartoe bevoegde docent verantwoordelijk.",
        "Het lesmateriaal - licht- en geluidstafels, trussen en een hoogwerker, die alleen onder "
        "toezicht wordt gebruikt - wordt door het college in bruikleen gegeven; de mediastudio van de "
        "school wordt voor het college opengesteld. De verdeling van de vmbo- en mbo-examenonderdelen "
        "over de leerjaren wordt vastgelegd in het gezamenlijke PTA/OER, dat door het routeteam vóór "
        "1 juli wordt vastgesteld.",
    ]),
    ("Ander spoor", [
        "Wanneer een leerling de route niet kan voortzetten, wordt hem een ander spoor geboden dat "
        "naar een diploma leidt: in leerjaar 3 of 4 de reguliere kaderberoepsgerichte leerweg van de "
        "school, in het profiel MVI of een ander profiel; na leerjaar 4 een passende vervolgopleiding "
        "op niveau 2 of 3 bij het college, waarbij geen vooropleidingseisen worden gesteld. Is het "
        "vmbo-diploma aan het eind van leerjaar 5 niet behaald, dan wordt de opleiding bij het college "
        "voortgezet op een vergelijkbaar niveau, of wordt het examen bij de school herkanst.",
        "Over het andere spoor wordt door school en college gezamenlijk beslist, na een gesprek met "
        "de leerling en zijn ouders, waarbij het bereikte niveau en de leeftijd de doorslag geven. De "
        "uitwerking staat in de schoolgids.",
    ]),
    ("Geldverkeer", [
        "Bekostiging wordt niet overgedragen. Iedere partij houdt de rijksbijdrage die zij ontvangt en "
        "draagt de kosten van haar eigen mensen en ruimten; de docentuitwisseling en het bruikleen "
        "worden niet in geld verrekend.",
    ]),
    ("Inspraak", [
        "Ingesteld wordt een routeklankbord: een inspraakorgaan van twee leerlingen of studenten, twee "
        "ouders en twee docenten, aangewezen door de medezeggenschapsraad van de school "
        "respectievelijk door de studentenraad en de ondernemingsraad van het college. Het klankbord, "
        "dat twee keer per jaar bijeenkomt, wordt om advies gevraagd over wijzigingen in het "
        "programma en over voortzetting of beëindiging van de route, en ontvangt daartoe de stukken "
        "die ook de besturen ontvangen. De rechten van de raden zelf blijven onverkort.",
    ]),
    ("Bij een geschilpunt", [
        "Een geschilpunt over de uitvoering wordt eerst door het routeteam besproken en daarna door "
        "de beide bestuurders. Wordt binnen zes weken geen overeenstemming bereikt, dan wordt het "
        "voorgelegd aan een commissie van drie: ieder bestuur wijst een lid aan, en die twee kiezen "
        "een onafhankelijke voorzitter. De commissie brengt binnen acht weken bindend advies uit; "
        "partijen onderwerpen zich daaraan.",
    ]),
    ("Duur en deelname", [
        "De overeenkomst geldt voor onbepaalde tijd. Een derde partij kan deelnemen wanneer beide "
        "besturen schriftelijk instemmen en de nieuwe partij de overeenkomst onderschrijft; de "
        "deelname gaat in op 1 augustus en wordt gezamenlijk aan DUO gemeld.",
        "Opzegging is mogelijk met een termijn van twaalf maanden, tegen het einde van een schooljaar; "
        "ook ontbinding gaat alleen op dat moment in. Wijziging geschiedt schriftelijk, na advies van "
        "het routeklankbord, en gaat in bij het begin van een schooljaar.",
        "In alle gevallen wordt een afbouwregeling toegepast: na opzegging of ontbinding is er geen "
        "nieuwe instroom meer, de zittende leerlingen ronden de route af, en een wijziging wordt niet "
        "ten nadele van hen toegepast.",
    ]),
]


def build_50(path):
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=5)
    margin = ParagraphStyle("m", fontName="Helvetica-Bold", fontSize=9.5, leading=13,
                            textColor=colors.HexColor("#1f3a5f"))
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceAfter=4)
    sub = ParagraphStyle("s", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=12,
                         textColor=colors.HexColor("#444444"))

    story = [Paragraph("Overeenkomst tot samenwerking", title),
             Paragraph("Doorlopende leerroute Podium &amp; Evenement, Weert", sub),
             Paragraph("Stichting Voortgezet Onderwijs Weert-Cranendonck, bevoegd gezag van het "
                       "Kempenpoort Vakcollege te Weert (school voor vmbo), hierna: de school, en "
                       "Stichting Beroepsonderwijs Midden-Limburg, bevoegd gezag van het Kempenbroek "
                       "College te Weert (instelling voor beroepsonderwijs), hierna: het college, "
                       "beide vertegenwoordigd door de voorzitter van hun college van bestuur, sluiten "
                       "de volgende overeenkomst. Wat naast de kantlijnkoppen staat, bindt hen.", body),
             Spacer(1, 8)]
    for head, paras in S50_SECTIONS:
        rows = [[Paragraph(_esc(head), margin) if i == 0 else "", Paragraph(p, body)]
                for i, p in enumerate(paras)]
        t = Table(rows, colWidths=[4.4 * cm, 12.0 * cm], splitByRow=1)
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), 8),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("TOPPADDING", (0, 1), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.HexColor("#9aa7b8")),
        ]))
        story.append(t)
    story += [Spacer(1, 16),
              Paragraph("Weert, 11 juni 2025", body), Spacer(1, 18),
              Paragraph("Voor Stichting Voortgezet Onderwijs Weert-Cranendonck: "
                        "mr. T.H. Coenen, voorzitter college van bestuur", body), Spacer(1, 14),
              Paragraph("Voor Stichting Beroepsonderwijs Midden-Limburg: "
                        "ing. M.W.J. Hendrikx, voorzitter college van bestuur", body)]
    doc = _pdf_doc(path, "Overeenkomst tot samenwerking doorlopende leerroute Podium en Evenement")
    doc.build(story)


# --------------------------------------------------------------------------------------------
# 51 - DOCX: one numbered list, bold run-in phrases, no headings
#      (c: appointment only "het is de bedoeling"; no medezeggenschap; j without pupil protection)
# --------------------------------------------------------------------------------------------

S51_ITEMS = [
    ("Welke route wij samen aanbieden.",
     "Wij, beide besturen, verzorgen één doorlopende leerroute: leerlingen van de "
     "kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, van It Heechhôf "
     "Vakcollege stromen vanaf leerjaar 3 door naar de opleiding Zelfstandig medewerker leisure & "
     "hospitality, niveau 3, van het Merenland College. De route duurt vier jaar; het vmbo-diploma "
     "wordt in het tweede routejaar gehaald."),
    ("Wie uit de watersport en recreatie meedoet.",
     "Jachthaven It Soal, Recreatiepark Sneekermeer-Oost, Camping Wâldsicht, Zeilschool Lytse Mar "
     "en Rondvaartbedrijf Snitser Skûtsje ontvangen leerlingen in routejaar 1 en 2 voor "
     "meeloopdagen in het voorseizoen (mei en juni), bieden vanaf routejaar 3 de bpv-plaatsen, "
     "verzorgen op de school elk jaar een gastles over gastheerschap en animatie en leveren een "
     "praktijkbeoordelaar voor de proeve van bekwaamheid waarin de student een activiteit "
     "organiseert. In het najaar adviseren zij over het programma van het volgende schooljaar."),
    ("Hoe de route dagelijks wordt aangestuurd.",
     "De route wordt aangestuurd door een routecoördinator, bijgestaan door de mentor van routejaar "
     "1 en 2 en de studieloopbaanbegeleider van routejaar 3 en 4. De routecoördinator stelt het "
     "rooster vast, verdeelt de lessen over het team, beslist over de plaatsing van leerlingen bij "
     "de bedrijven en mag uitgaven doen tot € 3.000 per jaar; wat daarbuiten valt, beslissen de "
     "besturen. Het is de bedoeling dat de beide directeuren de routecoördinator jaarlijks in goed "
     "overleg uit de docenten van de school en het college aanwijzen."),
    ("Wat de besturen van de route horen.",
     "De routecoördinator stuurt beide besturen elk jaar vóór 1 november een schriftelijk "
     "routeverslag over het afgelopen schooljaar (instroom, uitval, resultaten, stageplaatsen en "
     "besteding van het geld uit punt 7), en telkens na afloop van een onderwijsperiode, vier keer "
     "per jaar, een overzicht van één bladzijde over verzuim en voortgang."),
    ("Waar, met wie en met welk materiaal.",
     "Routejaar 1 en 2 worden gegeven in het gebouw van de school aan de Tsjerkebuorren; twee "
     "dagen per week werkt de groep in de opleidingskeuken, de receptieruimte en de botenloods van "
     "het Merenland College aan de Houtmolenkade. Routejaar 3 en 4 worden bij het college gegeven. "
     "Het Merenland College detacheert een instructeur recreatie voor tien uur per week naar de "
     "school; de docent horeca van de school geeft in routejaar 3 wekelijks vier uur les in de "
     "opleidingskeuken van het college. Zij vormen met de andere docenten één team, dat voor de "
     "vakoverstijgende projecten de teambevoegdheid benut; elk onderdeel valt onder een bevoegde "
     "docent. Het college stelt twee zeilboten, de kano's en het lesmateriaal voor animatie "
     "beschikbaar, de school haar restaurantlokaal. Welke examenonderdelen van vmbo en mbo per "
     "routejaar worden afgenomen, staat in het PTA/OER van de route, dat de coördinator jaarlijks "
     "vóór 1 juli aan de directeuren ter vaststelling voorlegt."),
    ("Wat er gebeurt bij omschakelen.",
     "Kan of wil een leerling niet verder in de route, dan schakelt hij om naar een opleiding die "
     "ook tot een diploma leidt: in routejaar 1 en 2 naar de gewone kaderberoepsgerichte leerweg van "
     "de school, in het profiel HBR of een ander profiel; daarna naar een andere opleiding op niveau "
     "2 of 3 van het Merenland College, bijvoorbeeld Gastheer/gastvrouw (niveau 2), zonder "
     "vooropleidingseisen. Wie na routejaar 3 zijn vmbo-diploma niet heeft, kan bij het college op "
     "hetzelfde niveau verder. School en college beslissen hier samen over, met de leerling en zijn "
     "ouders, op grond van het bereikte niveau en zijn leeftijd."),
    ("Wat er over en weer betaald wordt.",
     "Voor de inzet van de gedetacheerde instructeur en het gebruik van de boten, de botenloods en "
     "de opleidingskeuken maakt de school het Merenland College € 820 over per leerling die op 1 "
     "oktober in routejaar 2 staat ingeschreven, uiterlijk op 1 december. Andere geldstromen tussen "
     "ons zijn er niet."),
    ("Wat wij doen bij een geschilpunt.",
     "Een geschilpunt over de uitvoering bespreken eerst de routecoördinator en de twee directeuren. "
     "Is er na vier weken geen oplossing, dan zoeken de colleges van bestuur samen een "
     "onafhankelijke mediator. Leidt ook dat niet tot een oplossing, dan beslist de rechtbank "
     "Noord-Nederland."),
    ("Erbij komen, veranderen en opzeggen.",
     "Een andere vmbo-school of mbo-instelling kan partij worden als beide besturen schriftelijk "
     "instemmen en de nieuwe partij deze overeenkomst ondertekent. Deze overeenkomst wordt alleen "
     "schriftelijk gewijzigd, met de handtekening van beide besturen. Ieder van ons kan de "
     "overeenkomst opzeggen per aangetekende brief, met een opzegtermijn van zes maanden; "
     "ontbinding met wederzijds goedvinden kan op elk moment."),
]


def build_51(path):
    from docx.shared import Pt
    doc = _docx_new()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Samenwerkingsovereenkomst doorlopende leerroute Recreatie & Gastvrijheid "
                  "Friese Meren")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Stichting Christelijk Voortgezet Onderwijs Zuidwest-Fryslân te Sneek, bevoegd "
                      "gezag van It Heechhôf Vakcollege (school voor vmbo), vertegenwoordigd door de "
                      "voorzitter van het college van bestuur, mevrouw S. Wijbenga, en Stichting "
                      "Beroepsonderwijs Friese Meren te Sneek, bevoegd gezag van het Merenland "
                      "College (instelling voor beroepsonderwijs), vertegenwoordigd door de "
                      "voorzitter van het college van bestuur, de heer J. de Boer, spreken het "
                      "volgende af. Waar 'de school' staat, is It Heechhôf Vakcollege bedoeld; waar "
                      "'het college' staat, het Merenland College.")
    for lead, text in S51_ITEMS:
        q = doc.add_paragraph(style="List Number")
        rr = q.add_run(lead + " ")
        rr.bold = True
        q.add_run(text)
    doc.add_paragraph("Sneek, 2 juli 2025")
    doc.add_paragraph("Namens Stichting Christelijk Voortgezet Onderwijs Zuidwest-Fryslân: "
                      "S. Wijbenga, voorzitter college van bestuur")
    doc.add_paragraph("Namens Stichting Beroepsonderwijs Friese Meren: J. de Boer, voorzitter "
                      "college van bestuur")
    _docx_save(doc, path, "Samenwerkingsovereenkomst doorlopende leerroute Recreatie en Gastvrijheid")


# --------------------------------------------------------------------------------------------
# 52 - PDF: three parties, abstract-noun headings, nominal style (fully compliant)
# --------------------------------------------------------------------------------------------

S52_SECTIONS = [
    ("1. Strekking", [
        "Deze overeenkomst strekt tot het gezamenlijk verzorgen van een doorlopende leerroute die, "
        "aanvangend in het derde leerjaar van de gemengde leerweg, profiel Zorg en welzijn, van elk "
        "van de scholen, voert naar de opleiding Tandartsassistent, niveau 4, van het college, en "
        "waarin de leerling, die gedurende de eerste twee routejaren bij zijn eigen school "
        "ingeschreven blijft, in vijf jaar zowel het vmbo-diploma gemengde leerweg als het "
        "mbo-diploma behaalt.",
    ]),
    ("2. Praktijkbanden", [
        "De banden met de praktijk worden onderhouden door de als leerbedrijf erkende "
        "mondzorgpraktijken in de Gelderse Vallei en op de Utrechtse Heuvelrug, waaronder "
        "Tandartspraktijk Dorpsstraat te Rhenen, Mondzorgcentrum Veenendaal-West en "
        "Orthodontiepraktijk De Vallei. Hun inbreng, die door het college wordt gecoördineerd, bestaat "
        "uit het openstellen van de behandelkamer voor een meeloopdag in elk van de eerste twee "
        "routejaren, het leveren van bpv-plaatsen vanaf het derde routejaar, het meebeoordelen van de "
        "proeve van bekwaamheid en een adviesgesprek over het curriculum, dat ieder jaar in januari "
        "plaatsvindt.",
    ]),
    ("3. Gezag", [
        "Het gezag over de route in de dagelijkse uitvoering wordt uitgeoefend door een "
        "routecoördinator, aan wie een locatieberaad terzijde staat dat bestaat uit de teamleiders "
        "zorg en welzijn van beide scholen en de opleidingsmanager mondzorg van het college; de leden "
        "van het locatieberaad maken daar deel van uit uit hoofde van hun functie.",
        "De routecoördinator, die uit het personeel van de drie partijen wordt geworven, wordt door "
        "het locatieberaad voorgedragen en daarna door de drie colleges van bestuur gezamenlijk "
        "vastgesteld, voor vier schooljaren.",
        "Aan de routecoördinator zijn opgedragen: de vaststelling van het rooster en de "
        "groepsindeling, de verdeling van de lessen over het docententeam, de bewaking van de "
        "examenplanning en de toewijzing van de bpv-plaatsen. Hij kan zelfstandig beslissen over "
        "uitgaven tot € 10.000 per schooljaar binnen de routebegroting en heeft doorzettingsmacht over "
        "het gebruik van de behandelkamers van het college. Wat daarbuiten valt, wordt ter beslissing "
        "aan de drie besturen voorgelegd.",
    ]),
    ("4. Rekenschap", [
        "Rekenschap wordt afgelegd door middel van een jaarlijkse bestuursrapportage, die uiterlijk 1 "
        "november aan de drie besturen wordt toegezonden en die de instroom per school, de voortgang, "
        "de uitval en de overstappen, de examenresultaten en de besteding van de middelen uit 7. "
        "beschrijft, alsmede door middel van een beknopt tussenbericht dat in april wordt uitgebracht. "
        "Beide stukken worden door de routecoördinator in het bestuurlijk overleg van de drie partijen "
        "toegelicht.",
    ]),
    ("5. Uitvoering", [
        "De eerste twee routejaren worden verzorgd in de gebouwen van de scholen, aan de "
        "Zuiderkruislaan te Veenendaal en aan de Grebbeweg te Rhenen, met op vrijdag een praktijkdag "
        "in het mondzorgpracticum van het college aan de Zandlaan te Ede; de laatste drie routejaren "
        "worden bij het college verzorgd.",
        "Het college detacheert een docent mondzorg voor 0,3 fte bij elk van de scholen; de scholen "
        "leveren ieder een docent biologie, die in het derde routejaar samen vier uur per week les "
        "geven bij het college. De docenten van de drie partijen vormen één docententeam, dat voor de "
        "vakoverstijgende onderdelen de teambevoegdheid benut; voor ieder onderdeel is een daartoe "
        "bevoegde docent aanspreekbaar.",
        "Het college stelt zijn fantoomkoppen, behandelunits en sterilisatieruimte ter beschikking, de "
        "scholen hun practicumlokalen. De verdeling van de examenonderdelen van vmbo en mbo over de "
        "routejaren is opgenomen in het gezamenlijke PTA/OER, dat jaarlijks vóór 1 juli door de "
        "routecoördinator wordt vastgesteld.",
    ]),
    ("6. Uitwijkmogelijkheden", [
        "Welke uitwijkmogelijkheden staan open voor de leerling die de route niet kan of wil "
        "voltooien? In de eerste twee routejaren: voortzetting in de reguliere gemengde leerweg van de "
        "eigen school, in het profiel Zorg en welzijn of een ander profiel, met het vmbo-diploma als "
        "doel. Daarna: een passende vervolgopleiding bij het college op niveau 3 of 4, bijvoorbeeld "
        "Verzorgende-IG (niveau 3), waarvoor binnen het college geen vooropleidingseisen gelden. Wie "
        "na het derde routejaar het vmbo-diploma niet heeft, kan bij het college doorgaan in een "
        "opleiding op vergelijkbaar niveau of het examenjaar op de eigen school overdoen.",
        "De keuze wordt door de betrokken school en het college gezamenlijk gemaakt, in overleg met de "
        "leerling en zijn ouders en met inachtneming van het bereikte niveau en de leeftijd; het "
        "loopbaanteam zorgt voor de overdracht.",
    ]),
    ("7. Middelen", [
        "Iedere school maakt jaarlijks vóór 1 december 8 % van de bekostiging die zij ontvangt voor "
        "een leerling die op 1 oktober in het tweede routejaar bij haar staat ingeschreven, over aan "
        "het college, bestemd voor de detachering van de docent mondzorg en voor het "
        "verbruiksmateriaal en het onderhoud van de behandelunits en fantoomkoppen. Het college draagt "
        "geen bekostiging over aan de scholen.",
    ]),
    ("8. Zeggenschap", [
        "De medezeggenschapsraden van de beide scholen en de studentenraad van het college vergaderen "
        "eenmaal per jaar gezamenlijk over de route en kunnen daar gezamenlijk advies uitbrengen aan "
        "de drie besturen. Een besluit tot wezenlijke wijziging of beëindiging van de route wordt niet "
        "genomen dan nadat alle drie de raden in de gelegenheid zijn gesteld daarover advies uit te "
        "brengen. Routeleerlingen die nog bij een school zijn ingeschreven, kunnen als toehoorder met "
        "spreekrecht deelnemen aan de vergaderingen van de studentenraad van het college.",
    ]),
    ("9. Geschilpunten", [
        "Geschilpunten tussen partijen over de uitvoering worden eerst in het locatieberaad "
        "behandeld en vervolgens tussen de bestuurders van de betrokken partijen. Wordt binnen acht "
        "weken geen overeenstemming bereikt, dan wordt het geschilpunt door de meest gerede partij "
        "voorgelegd aan een onafhankelijke mediator en, indien ook de mediation niet binnen drie "
        "maanden tot een oplossing leidt, aan de bevoegde rechter in het arrondissement "
        "Midden-Nederland.",
    ]),
    ("10. Deelgenootschap, ontbinding en wijziging", [
        "Een andere school voor vmbo of instelling voor beroepsonderwijs kan deelgenoot worden, mits "
        "alle partijen schriftelijk instemmen, de nieuwe deelgenoot deze overeenkomst onderschrijft en "
        "de deelname gezamenlijk aan DUO wordt gemeld; het deelgenootschap vangt aan op 1 augustus.",
        "Een partij kan haar deelname opzeggen met een termijn van twaalf maanden, tegen het einde van "
        "een schooljaar; de overeenkomst blijft dan tussen de overige partijen bestaan, mits daarin "
        "ten minste één school en het college deelnemen. Ontbinding van de gehele overeenkomst "
        "geschiedt uitsluitend met instemming van alle partijen, eveneens tegen het einde van een "
        "schooljaar.",
        "Wijziging geschiedt bij een schriftelijk, door alle partijen ondertekend stuk, na advies van "
        "de raden bedoeld in 8., met ingang van een nieuw schooljaar.",
        "Telkens geldt: leerlingen die al in de route zijn ingestroomd, ronden haar af bij de partijen "
        "waar zij begonnen; na een opzegging vindt bij de vertrekkende partij geen nieuwe instroom "
        "meer plaats; en een wijziging verzwaart hun route niet.",
    ]),
]


def build_52(path):
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=14,
                          alignment=TA_JUSTIFY, spaceAfter=6)
    party = ParagraphStyle("p", parent=body, leftIndent=0.7 * cm, firstLineIndent=-0.7 * cm)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=15,
                          spaceBefore=10, spaceAfter=3)
    title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=2)
    sub = ParagraphStyle("s", fontName="Helvetica-Oblique", fontSize=10, leading=13,
                         spaceAfter=12)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(18.7 * cm, 1.2 * cm, "Mondzorg Vallei - %d" % doc.page)
        canvas.restoreState()

    story = [Paragraph("Samenwerkingsovereenkomst doorlopende leerroute Mondzorg Vallei", title),
             Paragraph("tussen twee scholen voor vmbo en een instelling voor beroepsonderwijs", sub),
             Paragraph("1. Stichting Voortgezet Onderwijs Veenendaal-Zuid, bevoegd gezag van "
                       "vmbo-school De Wiekslag te Veenendaal, vertegenwoordigd door de voorzitter "
                       "van het college van bestuur, mevrouw G. van de Haar;", party),
             Paragraph("2. Stichting Christelijk Voortgezet Onderwijs Rhenen, bevoegd gezag van de "
                       "Grebbeberg Vakschool te Rhenen (school voor vmbo), vertegenwoordigd door haar "
                       "bestuurder, de heer K.A. Hakkert;", party),
             Paragraph("3. Stichting Valleiland Beroepsonderwijs te Ede, bevoegd gezag van het "
                       "Valleiland College (instelling voor beroepsonderwijs), vertegenwoordigd door "
                       "de voorzitter van het college van bestuur, mevrouw dr. I. Schipper;", party),
             Paragraph("hierna gezamenlijk: partijen; de eerste twee ook: de scholen; de derde ook: "
                       "het college. Partijen verbinden zich jegens elkaar tot het volgende.", body)]
    for h, paras in S52_SECTIONS:
        flow = [Paragraph(_esc(h), head)] + [Paragraph(_esc(p), body) for p in paras]
        story.append(KeepTogether(flow[:2]))
        story.extend(flow[2:])
    story += [Spacer(1, 14),
              Paragraph("Veenendaal, 24 september 2025", body), Spacer(1, 14),
              Paragraph("G. van de Haar, voor Stichting Voortgezet Onderwijs Veenendaal-Zuid", body),
              Spacer(1, 10),
              Paragraph("K.A. Hakkert, voor Stichting Christelijk Voortgezet Onderwijs Rhenen", body),
              Spacer(1, 10),
              Paragraph("I. Schipper, voor Stichting Valleiland Beroepsonderwijs", body)]
    doc = _pdf_doc(path, "Samenwerkingsovereenkomst doorlopende leerroute Mondzorg Vallei")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# --------------------------------------------------------------------------------------------
# Sample table (labels)
# --------------------------------------------------------------------------------------------

def _st(codes):
    names = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    return dict(zip("abcdefghij", [names[c] for c in codes.split()]))


def _ev(statuses, headings):
    return {k: v for k, v in headings.items() if statuses[k] == "present"}


SAMPLES = [
    {
        "name": "45_routeboek_metaforen.docx", "build": build_45,
        "description": "DOCX 'Routeboek' in the wij-form with travel metaphors as Heading 1 titles "
                       "('Aan het roer', 'Het logboek', 'Afslagen onderweg', 'Reisgeld'); Harderwijk, "
                       "Groen gl -> Dierenartsassistent paraveterinair 4; routeduo 'wordt voorgedragen "
                       "en daarna vastgesteld', 'doorzettingsmacht'; verslag 'telkens na afloop van een "
                       "semester'; 'de school maakt EUR 900 over ... voor de inzet van'; raden "
                       "vergaderen gezamenlijk; mediator then rechtbank; afbouwregeling. Fully compliant.",
        "codes": "p p p p p p p p p p",
        "headings": {
            "a": "Vertrekpunt en eindbestemming", "b": "Wie er meereizen uit de praktijk",
            "c": "Aan het roer", "d": "Het logboek", "e": "Onderweg: lokalen, mensen en materiaal",
            "f": "Afslagen onderweg", "g": "Reisgeld", "h": "Wie er meepraten",
            "i": "Als de wegen uiteenlopen", "j": "Instappen, uitstappen, bijsturen"},
    },
    {
        "name": "46_akte_ten_aanzien_van.pdf", "build": build_46,
        "description": "PDF 'Akte van samenwerking' in archaic legal Dutch (Times; 'dezer akte', "
                       "'alsdan', 'telkenjare', 'de behartiging van de dagelijkse gang van zaken "
                       "geschiedt door'), headings 'Ten aanzien van ...'; Terneuzen, PIE kb -> "
                       "Allround constructiewerker 3; explicitly no transfer. Medezeggenschap 'wordt "
                       "nog geregeld' (weak); verschillen van inzicht only 'in der minne' (weak).",
        "codes": "p p p p p p p w w p",
        "headings": {
            "a": "Ten aanzien van het voorwerp der samenwerking",
            "b": "Ten aanzien van de betrokkenheid der ondernemingen",
            "c": "Ten aanzien van de dagelijkse gang van zaken",
            "d": "Ten aanzien van de rekenschap",
            "e": "Ten aanzien van de inrichting van het onderwijs",
            "f": "Ten aanzien van de leerling die de route verlaat",
            "g": "Ten aanzien van de geldmiddelen",
            "h": "Ten aanzien van de medezeggenschap",
            "i": "Ten aanzien van verschillen van inzicht",
            "j": "Ten aanzien van nieuwe deelgenoten, beëindiging en wijziging"},
    },
    {
        "name": "47_tijdlijn_routekaart.txt", "build": build_47,
        "description": "TXT 'Routekaart' ordered by time, not topic ('Voor de start: ...', "
                       "'Routejaar 1 tot en met 4: ...', 'Tussendoor: ...', 'Routejaar 3: geld'), "
                       "headings underlined with '~', questions in the text ('Wie hakt de knopen "
                       "door?'); Meppel, D&P bb -> Beveiliger 2. The voortgangsnotitie to the boards "
                       "has a form but no frequency or moment (d weak); EUR 750 per pupil is "
                       "transferred without any bestemming (g weak). Joint inspraakorgaan; bindend advies.",
        "codes": "p p p w p p w p p p",
        "headings": {
            "a": "Voor de start: waar de route over gaat",
            "b": "Voor de start: wie er van buiten meedoet",
            "c": "Voor de start: wie de knopen doorhakt",
            "d": "Tussendoor: wat de routeleiding aan de besturen laat weten",
            "e": "Routejaar 1 tot en met 4: waar, met wie en waarmee",
            "f": "Gedurende de hele route: als het niet lukt",
            "g": "Routejaar 3: geld",
            "h": "Het hele jaar door: wie er meepraat",
            "i": "Als wij het oneens zijn",
            "j": "Als er iemand bijkomt, iets verandert of wij stoppen"},
    },
    {
        "name": "48_wij_zinnen_als_koppen.md", "build": build_48,
        "description": "Markdown whose '##' headings are whole wij-sentences ('Wij laten niemand "
                       "stranden', 'Wij rekenen zo met elkaar af'); bold labels, numbered steps, a "
                       "Markdown table per leerjaar for staff and facilities; Bergen op Zoom, BWI bb -> "
                       "Meubelmaker/(scheeps)interieurbouwer 2; routeregisseur with doorzettingsmacht, "
                       "verslag 'in het voorjaar en in het najaar', afdracht EUR 1.150 with bestemming, "
                       "conflictregeling ending at the rechtbank. Fully compliant.",
        "codes": "p p p p p p p p p p",
        "headings": {
            "a": "Wij bieden één route aan: van de houtwerkplaats in klas 3 naar het vakdiploma",
            "b": "Wij halen de werkplaatsen uit de regio binnen",
            "c": "Wij leggen de dagelijkse gang van zaken in handen van een routeregisseur",
            "d": "Wij willen weten hoe het gaat, en wanneer",
            "e": "Wij delen mensen, ruimtes en gereedschap",
            "f": "Wij laten niemand stranden",
            "g": "Wij rekenen zo met elkaar af",
            "h": "Wij geven leerlingen, ouders en collega's een stem",
            "i": "Wij lossen onenigheid zo op",
            "j": "Wij spreken af hoe anderen instappen en hoe wij stoppen"},
    },
    {
        "name": "49_considerans_ordinale_afspraken.docx", "build": build_49,
        "description": "DOCX with a long considerans (A-D) and Heading 2 titles 'Eerste afspraak - "
                       "...' to 'Negende afspraak - ...'; Purmerend, M&T bb -> Monteur mobiele "
                       "werktuigen 2. The loonbedrijven and dealers appear only in considerans B, no "
                       "operative clause involves the bedrijfsleven (b missing); the vervolgroute is "
                       "left to 'een nog op te stellen overstapprotocol' (f weak). Regieteam 'in "
                       "functie gesteld', 'bijdrage per hoofd' EUR 1.050 with bestemming, raden "
                       "vergaderen gezamenlijk, conflictregeling with mediator and rechtbank.",
        "codes": "p m p p p w p p p p",
        "headings": {
            "a": "Eerste afspraak — Wat er wordt aangeboden",
            "c": "Tweede afspraak — Wie de route bestuurt",
            "d": "Derde afspraak — Hoe de besturen op de hoogte blijven",
            "e": "Vierde afspraak — Waar, door wie en waarmee",
            "f": "Vijfde afspraak — Vervolgroute bij uitval",
            "g": "Zesde afspraak — Over geld",
            "h": "Zevende afspraak — Inspraak",
            "i": "Achtste afspraak — Als partijen het niet eens worden",
            "j": "Negende afspraak — Erbij komen, wijzigen, uit elkaar gaan"},
    },
    {
        "name": "50_kantlijnkoppen.pdf", "build": build_50,
        "description": "PDF with marginal headings (short bold titles in a left column beside the "
                       "text, one table per clause), passive and nominal style ('aan het routeteam "
                       "worden overgelaten', 'door middel van docentuitwisseling'); Weert, MVI kb -> "
                       "Medewerker podium- en evenemententechniek 3; 'Bekostiging wordt niet "
                       "overgedragen'; routeklankbord as inspraakorgaan; bindend advies by a "
                       "commission of three; afbouwregeling. Fully compliant.",
        "codes": "p p p p p p p p p p",
        "headings": {
            "a": "Het traject", "b": "Podia en bedrijven", "c": "Regie", "d": "Terugkoppeling",
            "e": "Plaats, mensen, middelen", "f": "Ander spoor", "g": "Geldverkeer",
            "h": "Inspraak", "i": "Bij een geschilpunt", "j": "Duur en deelname"},
    },
    {
        "name": "51_genummerde_lijst_aanloopzinnen.docx", "build": build_51,
        "description": "DOCX without headings: one Word 'List Number' list whose items open with a "
                       "bold run-in phrase ('Wat er gebeurt bij omschakelen.'); evidence values are "
                       "those phrases. Sneek, HBR kb -> Zelfstandig medewerker leisure & hospitality "
                       "3. The appointment of the routecoordinator is only 'Het is de bedoeling dat "
                       "...' (c weak); not a word on medezeggenschap (h not_applicable); opzegging at "
                       "six months and ontbinding 'op elk moment', with no protection of pupils (j "
                       "weak). EUR 820 per pupil 'voor de inzet van'; mediator then rechtbank.",
        "codes": "p p w p p p p na p w",
        "headings": {
            "a": "Welke route wij samen aanbieden",
            "b": "Wie uit de watersport en recreatie meedoet",
            "d": "Wat de besturen van de route horen",
            "e": "Waar, met wie en met welk materiaal",
            "f": "Wat er gebeurt bij omschakelen",
            "g": "Wat er over en weer betaald wordt",
            "i": "Wat wij doen bij een geschilpunt"},
    },
    {
        "name": "52_drie_partijen_naamwoordkoppen.pdf", "build": build_52,
        "description": "PDF, two vmbo boards and one mbo board, headings of one abstract noun "
                       "('3. Gezag', '4. Rekenschap', '6. Uitwijkmogelijkheden', '8. Zeggenschap'), "
                       "long relative clauses and nominalisations; Veenendaal/Rhenen, Z&W gl -> "
                       "Tandartsassistent 4; locatieberaad + routecoordinator 'voorgedragen en daarna "
                       "vastgesteld', jaarlijkse bestuursrapportage + tussenbericht in april, 8 % of "
                       "the bekostiging per pupil with bestemming, mediator then rechter, partial "
                       "opzegging by one party. Fully compliant.",
        "codes": "p p p p p p p p p p",
        "headings": {
            "a": "1. Strekking", "b": "2. Praktijkbanden", "c": "3. Gezag", "d": "4. Rekenschap",
            "e": "5. Uitvoering", "f": "6. Uitwijkmogelijkheden", "g": "7. Middelen",
            "h": "8. Zeggenschap", "i": "9. Geschilpunten",
            "j": "10. Deelgenootschap, ontbinding en wijziging"},
    },
]


def expected(sample):
    st = _st(sample["codes"])
    return {"description": sample["description"], "split": "train", "statuses": st,
            "evidence": _ev(st, sample["headings"])}


def build(sample):
    path = os.path.join(HERE, sample["name"])
    sample["build"](path)
    stem = sample["name"].rsplit(".", 1)[0]
    with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as fh:
        json.dump(expected(sample), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", sample["name"], os.path.getsize(path), "bytes")


# --------------------------------------------------------------------------------------------
# Check
# --------------------------------------------------------------------------------------------

def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts), None
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((pg.extract_text() or "") for pg in pdf.pages), len(pdf.pages)
    with open(path, encoding="utf-8") as fh:
        return fh.read(), None


def check(samples):
    ok = True
    for s in samples:
        path = os.path.join(HERE, s["name"])
        stem = s["name"].rsplit(".", 1)[0]
        size = os.path.getsize(path)
        text, pages = extract(path)
        flat = re.sub(r"\s+", " ", text)
        with open(os.path.join(HERE, stem + ".expected.json"), encoding="utf-8") as fh:
            exp = json.load(fh)
        problems = []
        if size >= MAX_BYTES:
            problems.append("too large: %d" % size)
        if exp != expected(s):
            problems.append("expected.json differs from the table in this script")
        if exp["split"] != "train" or set(exp["statuses"]) != set("abcdefghij"):
            problems.append("bad expected.json")
        for k, v in exp["evidence"].items():
            if exp["statuses"][k] != "present":
                problems.append("evidence for non-present item %s" % k)
            if re.sub(r"\s+", " ", v) not in flat:
                problems.append("evidence %s not found: %r" % (k, v))
        for k, v in exp["statuses"].items():
            if v == "present" and k not in exp["evidence"]:
                problems.append("present item %s without evidence" % k)
        status = "OK" if not problems else "FAIL"
        ok = ok and not problems
        print("%-4s %-45s %7d bytes%s" % (status, s["name"], size,
                                          "" if pages is None else ", %d pages" % pages))
        for p in problems:
            print("     -", p)
    return ok


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    chosen = [s for s in SAMPLES if not args or any(s["name"].startswith(a) for a in args)]
    if "--check" in argv:
        sys.exit(0 if check(chosen) else 1)
    for s in chosen:
        build(s)


if __name__ == "__main__":
    main(sys.argv[1:])
