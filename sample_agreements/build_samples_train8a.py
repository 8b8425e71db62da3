#!/usr/bin/env python3
"""Training samples 117-124 for leerroute-check (batch 8a).

Written by an independent helper author (a language model session started for this batch) from the
two official bouwstenen (seeds 000 and 002), the domain notes and LABELS.md only; the checker, its
models, tests and the other samples were not read. Each agreement is made up: a school and an
ROC/AOC/vakinstelling that took the bouwsteen format as a starting point and made it their own.
Four are fully compliant, four carry one to three deliberate defects (see each description).

Usage:
    python3 build_samples_train8a.py            build all samples
    python3 build_samples_train8a.py 117 120    build only these numbers
    python3 build_samples_train8a.py --check    open every produced file and verify it
"""

import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024

ALL = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]


def st(**over):
    """Statuses a..j: present unless overridden."""
    out = {k: "present" for k in ALL}
    for k, v in over.items():
        out[k] = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}.get(v, v)
    return out


# ---------------------------------------------------------------------------------------------
# Light markup used for PDF and DOCX agreements:
#   "# "   title line          "## "  heading          "### " sub-heading
#   "- "   bullet               "| a | b |" table row   "> "   small/closing text
#   blank line ends a paragraph; other lines are joined into one paragraph.
# TXT and MD agreements are written verbatim.
# ---------------------------------------------------------------------------------------------

def parse(markup):
    """Return a list of (kind, value) blocks; continuation lines join the open paragraph or bullet."""
    blocks, table = [], []
    cur = None  # [kind, [lines]] of the open paragraph / bullet / small text

    def close():
        nonlocal cur
        if cur:
            blocks.append((cur[0], " ".join(x.strip() for x in cur[1])))
            cur = None
        if table:
            blocks.append(("table", [r[:] for r in table]))
            table.clear()

    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            close()
            continue
        if line.startswith("| "):
            if cur:
                blocks.append((cur[0], " ".join(x.strip() for x in cur[1])))
                cur = None
            table.append([c.strip() for c in line.strip().strip("|").split(" | ")])
            continue
        for tag, kind in (("### ", "h3"), ("## ", "h2"), ("# ", "title"), ("- ", "li"), ("> ", "small")):
            if line.startswith(tag):
                close()
                if kind in ("li", "small"):
                    cur = [kind, [line[len(tag):]]]
                else:
                    blocks.append((kind, line[len(tag):].strip()))
                break
        else:
            if table:
                close()
            if cur is None:
                cur = ["p", []]
            cur[1].append(line)
    close()
    return blocks


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(path, markup, title, font="Helvetica", size=10.0):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=4)
    li = ParagraphStyle("li", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2)
    small = ParagraphStyle("small", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                        spaceBefore=8, spaceAfter=3)
    h3 = ParagraphStyle("h3", parent=body, fontName=bold, fontSize=size, spaceBefore=4, spaceAfter=2)
    tit = ParagraphStyle("tit", parent=body, fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                         spaceAfter=10)
    cell = ParagraphStyle("cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=0)

    story = []
    for kind, val in parse(markup):
        if kind == "title":
            story.append(Paragraph(esc(val), tit))
        elif kind == "h2":
            story.append(Paragraph(esc(val), h2))
        elif kind == "h3":
            story.append(Paragraph(esc(val), h3))
        elif kind == "li":
            story.append(Paragraph(esc(val), li, bulletText="\u2022"))
        elif kind == "small":
            story.append(Paragraph(esc(val), small))
        elif kind == "p":
            story.append(Paragraph(esc(val), body))
        elif kind == "table":
            ncol = max(len(r) for r in val)
            data = [[Paragraph(esc(c), cell) for c in r + [""] * (ncol - len(r))] for r in val]
            width = 16.0 * cm
            t = Table(data, colWidths=[width / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
            story.append(t)
            story.append(Spacer(1, 6))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.3 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, title=title, author="",
                            subject="", creator="", producer="ReportLab", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def write_docx(path, markup, title, font="Calibri"):
    import datetime
    import docx
    from docx.shared import Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(10.5)
    for kind, val in parse(markup):
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h2":
            d.add_heading(val, level=1)
        elif kind == "h3":
            d.add_heading(val, level=2)
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.font.size = Pt(9)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    cp = d.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w") as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.strip("\n") + "\n")


# ---------------------------------------------------------------------------------------------
# The agreements
# ---------------------------------------------------------------------------------------------

SAMPLES = {}


def sample(num, slug, ext, description, statuses, evidence, text, **opts):
    SAMPLES[num] = dict(num=num, name="%d_%s" % (num, slug), ext=ext, description=description,
                        statuses=statuses, evidence=evidence, text=text, opts=opts)


# --- 117 --------------------------------------------------------------------------------------

T117 = """
# Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo "Procestechniek Kanaalzone"

> Profiel Produceren, installeren en energie (kaderberoepsgerichte leerweg) – Operator B, niveau 3

Stichting Voortgezet Onderwijs Oost Zeeuws-Vlaanderen, statutair gevestigd te Hulst, bevoegd gezag van
het Hontecollege, hierna te noemen: de school, rechtsgeldig vertegenwoordigd door mevrouw drs. A.M.
Verstraeten, voorzitter van het college van bestuur,

en

Stichting Scheldepoort Beroepsonderwijs, statutair gevestigd te Terneuzen, bevoegd gezag van ROC
Scheldepoort, hierna te noemen: de instelling, rechtsgeldig vertegenwoordigd door de heer ir. J.P. de
Kraker, voorzitter van het college van bestuur,

verklaren te zijn overeengekomen:

## Doel en wijze van samenwerking

- De school en de instelling verzorgen samen, op grond van deze overeenkomst, de doorlopende leerroute
"Procestechniek Kanaalzone". De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg en eindigt
met het mbo-diploma.
- De procesindustrie in de Kanaalzone is vanaf de start partner in de route. Hoe zij meedoet, staat
onder punt 2 van de afspraken.
- De school en de instelling leggen het onderwijsprogramma, de examinering en de beroepspraktijkvorming
per leerjaar vast in één gezamenlijk PTA/OER voor de hele route en voeren dat samen uit.
- De school en de instelling melden de route gezamenlijk aan bij de minister van OCW; elk registreert de
route voor het eigen deel in RIO.

## Afspraken

## 1. De betreffende doorlopende leerroute vmbo-mbo

De route verbindt het vmbo-profiel Produceren, installeren en energie (kaderberoepsgerichte leerweg,
met de keuzevakken Procestechniek en Duurzame energie) met het mbo-opleidingsdomein Procesindustrie,
kwalificatie Procesoperator, opleiding Operator B op niveau 3 (BOL). De route duurt vier jaar: twee
jaar vo-fase op de school (leerjaar 3 en 4 vmbo) en twee jaar mbo-fase bij de instelling. De leerling
doet het centraal examen vmbo uiterlijk aan het einde van leerjaar 4.

## 2. Betrokkenheid bedrijfsleven

De school en de instelling werken in deze route samen met het Opleidingsplatform Procestechniek
Kanaalzone, waarin zes bedrijven uit de chemie en de voedingsmiddelenindustrie rond Terneuzen en Sas van
Gent zijn verenigd. Het platform en zijn leden:

- stellen voor iedere leerling in leerjaar 4 een oriëntatiestage van twee weken en in de mbo-fase een
bpv-plaats van twintig weken per jaar beschikbaar bij een door SBB erkend leerbedrijf;
- verzorgen per schooljaar ten minste vier gastlessen over procesveiligheid en werken in ploegendienst;
- stellen hun trainingsinstallatie in Sluiskil twee dagen per jaar open voor praktijkopdrachten;
- leveren twee praktijkbeoordelaars voor de proeve van bekwaamheid in het laatste jaar;
- adviseren via een werkveldcommissie, die twee keer per jaar met het routeteam vergadert, over de
keuzedelen en de inhoud van het gezamenlijke PTA/OER.

## 3. Inzet leiding en verantwoording

### a. Leiding

De leiding over de route berust bij het routeteam. Het routeteam bestaat uit de teamleider Techniek van
de school, de opleidingsmanager Procestechniek van de instelling en een routecoördinator. Het college
van bestuur van de school wijst de teamleider aan en het college van bestuur van de instelling de
opleidingsmanager. De routecoördinator wordt door beide colleges van bestuur samen benoemd voor twee
schooljaren, op voordracht van de twee andere leden.

Het routeteam heeft de dagelijkse leiding over de route en is namens beide besturen bevoegd om: het
concept-PTA/OER op te stellen, het rooster en de inzet van de docenten binnen de toegekende formatie te
regelen, te beslissen over de toelating van leerlingen tot de route, de overstap van leerlingen te
begeleiden volgens punt 5 en het routebudget te beheren tot € 15.000 per uitgave. Besluiten daarbuiten en
de vaststelling van het PTA/OER liggen bij de besturen.

### b. Verantwoording

Het routeteam stuurt beide colleges van bestuur twee keer per jaar, in februari en in september, een
voortgangsrapportage met de in-, door- en uitstroom, de examenresultaten, het aantal overstappen en de
besteding van het routebudget. Vóór 1 oktober legt het routeteam in een jaarverslag verantwoording af
over het afgelopen schooljaar; dat verslag wordt in oktober besproken in een bestuurlijk overleg van beide
colleges van bestuur. Bij een incident dat de route raakt informeert de routecoördinator beide besturen
binnen twee werkdagen.

## 4. Organisatorische en onderwijskundige inrichting

### a. Locaties

In leerjaar 3 volgen de leerlingen het onderwijs op de school in Hulst en één dag per week in de
procestechniekhal van de instelling in Terneuzen. In leerjaar 4 zijn dat twee dagen per week. De
mbo-fase wordt gegeven op de locatie Terneuzen van de instelling en bij de leerbedrijven.

### b. Faciliteiten

De school stelt haar praktijklokaal PIE en het natuurkundelokaal beschikbaar, ook voor lessen van
mbo-docenten. De instelling stelt de procestechniekhal met proefinstallatie en het laboratorium
beschikbaar aan de leerlingen in de vo-fase. De school regelt het busvervoer tussen Hulst en Terneuzen.
Beide partijen gebruiken één elektronische leeromgeving voor de route.

### c. Inzet personeel

De docenten van beide partijen vormen samen één routeteam van docenten. Voor het vakoverstijgende
onderdeel "procestechniek en natuurkunde" in leerjaar 3 en 4 maken partijen gebruik van de
teambevoegdheid; het PTA/OER geeft aan welke onderdelen dat zijn. Iedere docent blijft
verantwoordelijk voor het deel waarvoor hij bevoegd is. De instelling zet in de vo-fase ten minste zes
lesuren per week mbo-docenten in. Docenten blijven in dienst van hun eigen werkgever en werken onder
diens rechtspositie. Een klacht bij de school over een gedraging van een mbo-docent handelt de school af
volgens haar klachtenregeling; de instelling werkt daaraan mee en hoort de docent.

## 5. Overstapoptie

Een leerling die de route niet afmaakt, houdt altijd een weg naar een diploma. Partijen bieden in elk
geval deze mogelijkheden:

- Stopt de leerling in de vo-fase, dan gaat hij verder in de reguliere kaderberoepsgerichte leerweg van
het profiel PIE of een ander profiel van de school en haalt hij daar zijn vmbo-diploma. Behaalde
mbo-onderdelen worden vastgelegd zodat ze later meetellen.
- Heeft de leerling aan het einde van het derde routejaar zijn vmbo-diploma niet, dan kan hij zonder
vmbo-diploma doorgaan in de opleiding Operator B of een andere opleiding op niveau 3 van de instelling;
de vooropleidingseisen gelden dan niet. Hij kan ook kiezen om op de school het vmbo-examen opnieuw te
doen.
- Past de richting niet, dan stapt de leerling over naar een andere opleiding op niveau 3 van de
instelling, bijvoorbeeld Eerste monteur elektrotechnische installaties of Eerste monteur mechatronica,
of naar een opleiding bij een andere instelling in de regio, die hem na een geschiktheidsonderzoek kan
toelaten.
- Blijkt niveau 3 te hoog, dan kan de leerling verder in de opleiding Operator A op niveau 2.

Welk alternatief het wordt, beslissen de teamleider van de school en de opleidingsmanager van de
instelling samen, na een gesprek met de leerling en zijn ouders, op grond van het bereikte
onderwijsniveau en de leeftijd van de leerling. De overgang gebeurt met een warme overdracht. De school
en de instelling beschrijven de werkwijze in hun schoolgids en studiegids.

## 6. Financiën

De school draagt met toepassing van artikel 5.42a WVO 2020 een deel van haar bekostiging over aan de
instelling: € 1.240 per leerling per schooljaar in de twee jaren van de vo-fase, berekend naar het
aantal routeleerlingen op 1 oktober. Het bedrag is bestemd voor de inzet van mbo-docenten in de vo-fase
en voor het gebruik van de procestechniekhal en de verbruiksmaterialen. De instelling factureert in
december en in mei. In de mbo-fase wordt geen bekostiging overgedragen. De bijlage "Financiële
afspraken" geeft het rekenvoorbeeld.

## 7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime (optioneel)

Naast de WMS (vo-fase) en de WEB en WOR (mbo-fase) spreken partijen af:

- leerlingen in de vo-fase mogen zitting nemen in de commissie Techniek van de studentenraad van de
instelling en hebben daar dezelfde adviesrechten als studenten;
- voorstellen tot wijziging van het gezamenlijke PTA/OER worden voor advies voorgelegd aan de
medezeggenschapsraad van de school en aan de studentenraad van de instelling;
- één keer per jaar is er een routeoverleg van een afvaardiging van beide raden met het routeteam.

## 8. Geschilbeslechting

Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in het routeteam
besproken. Lukt een oplossing daar niet binnen vier weken, dan leggen partijen het geschil voor aan de
beide colleges van bestuur in een bestuurlijk overleg. Is het geschil zes weken daarna niet opgelost,
dan schakelen partijen een onafhankelijke mediator in. Levert ook mediation binnen drie maanden geen
oplossing op, dan kan iedere partij het geschil voorleggen aan de bevoegde rechter van de rechtbank
Zeeland-West-Brabant.

## 9. Betrokkenheid andere partijen

Een andere school voor vbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst
toetreden als zij het profiel PIE of de opleiding Procesoperator aanbiedt, het gezamenlijke PTA/OER
overneemt en alle partijen instemmen. De toetreding wordt vastgelegd in een toetredingsverklaring die
door alle besturen wordt ondertekend en gaat in op 1 augustus van een schooljaar. De toetredende partij
regelt haar eigen melding in RIO. De toetreding verandert niets aan de route van leerlingen die al zijn
ingestroomd.

## 10. Beëindiging overeenkomst

Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Iedere partij kan haar schriftelijk
opzeggen tegen het einde van een schooljaar (31 juli), met een opzegtermijn van twaalf maanden. Na een
opzegging stromen geen nieuwe leerlingen meer in; leerlingen die al in de route zitten, maken de route
onder deze overeenkomst af. Verliest een partij haar bekostiging of de erkenning van de opleiding, dan
kan de andere partij de overeenkomst ontbinden; ook dan houden partijen het onderwijs aan zittende
leerlingen zo lang mogelijk in stand en begeleiden zij hen volgens punt 5. Deze overeenkomst wordt alleen
schriftelijk gewijzigd, met handtekening van beide besturen; een wijziging gaat in op 1 augustus en geldt
niet ten nadele van lopende cohorten. Partijen evalueren de overeenkomst om de twee jaar.

Aldus overeengekomen en in tweevoud ondertekend te Terneuzen op 30 juni 2025.

| Stichting Voortgezet Onderwijs Oost Zeeuws-Vlaanderen | Stichting Scheldepoort Beroepsonderwijs |
| drs. A.M. Verstraeten, voorzitter college van bestuur | ir. J.P. de Kraker, voorzitter college van bestuur |
"""

sample(
    117, "format_eigen_woorden_procesindustrie", "pdf",
    "Format headings kept, every part filled in own words; PDF; Zeeuws-Vlaanderen Oost, PIE kb -> Operator B "
    "niv. 3 (procesindustrie); transfer per leerling with bestemming, extra medezeggenschap; fully compliant",
    st(),
    {"a": "1. De betreffende doorlopende leerroute vmbo-mbo", "b": "2. Betrokkenheid bedrijfsleven",
     "c": "a. Leiding", "d": "b. Verantwoording", "e": "4. Organisatorische en onderwijskundige inrichting",
     "f": "5. Overstapoptie", "g": "6. Financiën",
     "h": "7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime (optioneel)",
     "i": "8. Geschilbeslechting", "j": "10. Beëindiging overeenkomst"},
    T117, font="Helvetica", size=10.0)


# --- 118 --------------------------------------------------------------------------------------

T118 = """
# Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn Kromme Rijnstreek

> Route vmbo kader Zorg en welzijn – mbo niveau 3 Verzorgende-IG of Pedagogisch medewerker kinderopvang

De ondergetekenden:

1. Stichting Openbaar Voortgezet Onderwijs Kromme Rijn, gevestigd te Houten, bevoegd gezag van het
Kromme Rijn College (vmbo), te dezen vertegenwoordigd door de heer M.J. van Dijkhuizen, bestuurder,
hierna: "de school";

2. Stichting Beroepsonderwijs Utrecht-Oost, gevestigd te Nieuwegein, bevoegd gezag van ROC Utrecht-Oost,
te dezen vertegenwoordigd door mevrouw dr. L. Haverkamp, voorzitter van het college van bestuur,
hierna: "het ROC";

hierna samen: "partijen",

overwegende dat:

- partijen in de Kromme Rijnstreek sinds 2021 samenwerken om meer jongeren op te leiden voor de zorg en
de kinderopvang;
- partijen die samenwerking willen voortzetten als doorlopende leerroute in de zin van artikel 2.107a
WVO 2020 en artikel 9.1.2 WEB;

komen het volgende overeen.

## Artikel 1 Begrippen

In deze overeenkomst wordt verstaan onder:
- route: de doorlopende leerroute vmbo-mbo zoals beschreven in artikel 2;
- vo-fase: de eerste twee leerjaren van de route, waarin de leerling staat ingeschreven bij de school;
- mbo-fase: het deel van de route waarin de leerling als student staat ingeschreven bij het ROC;
- stuurgroep: de leiding over de route, bedoeld in artikel 4;
- PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van
de route.

## Artikel 2 Onderwerp: de route

1. Partijen verzorgen samen de route "Zorg en welzijn Kromme Rijnstreek". De route begint in leerjaar 3
van de kaderberoepsgerichte leerweg van het profiel Zorg en welzijn van de school.
2. De route leidt, naar keuze van de leerling, op voor een van de volgende mbo-opleidingen van het ROC in
het opleidingsdomein Zorg en welzijn:
- Verzorgende-IG, niveau 3 (BOL), kwalificatiedossier Verzorgende-IG;
- Pedagogisch medewerker kinderopvang, niveau 3 (BOL), kwalificatiedossier Pedagogisch werk.
3. De leerling kiest zijn opleiding uiterlijk op 1 maart van het eerste routejaar, na een loopbaangesprek
met zijn mentor. Tot dat moment volgen alle leerlingen hetzelfde programma.
4. De route duurt vier jaar. Het vmbo-examen wordt afgelegd in het tweede routejaar.

## Artikel 3 Looptijd

Deze overeenkomst gaat in op 1 augustus 2025 en loopt tot en met 31 juli 2030. Daarna wordt zij telkens
met vijf jaar verlengd, tenzij een partij haar volgens artikel 14 heeft opgezegd.

## Artikel 4 Stuurgroep

1. De leiding over de route ligt bij een stuurgroep van drie leden: de directeur vmbo van de school, de
opleidingsdirecteur Zorg en Welzijn van het ROC en een routecoördinator.
2. De directeur vmbo wordt aangewezen door het bestuur van de school en de opleidingsdirecteur door het
college van bestuur van het ROC. De routecoördinator wordt door beide besturen gezamenlijk benoemd op
voordracht van de andere twee leden.
3. De stuurgroep heeft tot taak: het opstellen en bijhouden van het PTA/OER, het vaststellen van het
rooster, het verdelen van de lessen over de docenten van beide partijen, het toelaten van leerlingen tot
de route en het begeleiden van overstappen volgens artikel 8.
4. De stuurgroep is bevoegd om binnen het door de besturen vastgestelde budget en de formatie
zelfstandig te besluiten over de uitvoering van de route. Besluiten over het PTA/OER en over uitgaven
boven € 10.000 worden voorgelegd aan de besturen.

## Artikel 5 Informatie aan de besturen

De stuurgroep houdt de besturen van beide partijen op de hoogte van het verloop van de route en legt aan
hen verantwoording af over de uitvoering van deze overeenkomst. Zij verstrekt de besturen de inlichtingen
die deze nodig hebben.

## Artikel 6 Onderwijs, personeel en voorzieningen

1. Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar
in het PTA/OER. De vo-fase wordt gegeven in het gebouw van de school aan de Onderwijsboulevard in Houten,
de mbo-fase op de locatie Houten-Het Rond van het ROC.
2. Vanaf het eerste routejaar geeft het ROC acht lesuren per week door twee mbo-docenten zorg en
kinderopvang op de school. Vmbo-docenten van de school geven in de mbo-fase de lessen Nederlands en
rekenen in het eerste mbo-jaar. Docenten blijven in dienst van hun eigen werkgever.
3. Voor de vakoverstijgende praktijkmodules in de vo-fase zetten partijen een team van docenten in,
volgens artikel 7.13a WVO 2020; het PTA/OER vermeldt welke modules dit zijn.
4. Het ROC stelt zijn skillslab zorg en de oefenruimte kinderopvang open voor leerlingen in de vo-fase.
De school stelt haar praktijklokaal Zorg en welzijn ter beschikking aan de mbo-docenten.
5. Klachten over een medewerker van de andere partij worden behandeld volgens de klachtenregeling van de
partij waar de leerling staat ingeschreven; de andere partij verleent medewerking.

## Artikel 7 Werkveld

1. Partijen betrekken de zorg- en kinderopvangorganisaties uit de Kromme Rijnstreek bij de route via de
Regionale Tafel Zorg en Welzijn Kromme Rijnstreek, waaraan onder meer Zorggroep Kromme Rijn, Stichting
Kinderopvang Wijk en Dorestad Thuiszorg deelnemen.
2. De deelnemende organisaties bieden vanaf het tweede routejaar stageplaatsen als erkend leerbedrijf,
leveren praktijkopleiders die samen met de docenten de beroepspraktijkvorming beoordelen en verzorgen
per jaar ten minste drie gastlessen of praktijkopdrachten.
3. De stuurgroep legt wijzigingen van het praktijkdeel van het PTA/OER vóór vaststelling voor advies
voor aan de Regionale Tafel.

## Artikel 8 Overstap

1. Een leerling die de route niet met succes kan of wil afmaken, krijgt van partijen een passend
alternatief dat leidt tot een vmbo- of mbo-diploma.
2. In de vo-fase kan de leerling overstappen naar de reguliere kaderberoepsgerichte leerweg of de
basisberoepsgerichte leerweg van de school, in het profiel Zorg en welzijn of een ander profiel.
3. In de mbo-fase kan de student overstappen naar de andere opleiding van de route, naar een andere
opleiding op niveau 3 of naar een opleiding op niveau 2 binnen het domein Zorg en welzijn van het ROC
(zoals Helpende zorg en welzijn). Binnen het ROC gelden daarbij geen vooropleidingseisen. Heeft de
student zijn vmbo-diploma na het derde routejaar niet gehaald, dan mag hij zijn mbo-opleiding
voortzetten en begeleidt de school hem bij een herkansing.
4. De directeur vmbo en de opleidingsdirecteur beslissen samen over het alternatief, na een gesprek met
de leerling en zijn ouders, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling.

## Artikel 9 Financiële afspraken

Partijen dragen geen bekostiging aan elkaar over. Iedere partij draagt de kosten van haar eigen
personeel en voorzieningen. De inzet van mbo-docenten in de vo-fase en de inzet van vmbo-docenten in de
mbo-fase worden tegen elkaar weggestreept.

## Artikel 10 Privacy en gegevensuitwisseling

Partijen wisselen alleen de leerling- en studentgegevens uit die nodig zijn voor de uitvoering van de
route, zoals cijfers, verzuim en begeleidingsafspraken. Iedere partij is zelf verwerkingsverantwoordelijke
voor haar gegevens. Partijen leggen de uitwisseling vast in een gegevensdelingsprotocol en informeren de
leerlingen en ouders daarover bij de aanmelding.

## Artikel 11 Aansprakelijkheid

Iedere partij is aansprakelijk voor schade die haar eigen personeel bij de uitvoering van de route
veroorzaakt. Leerlingen zijn tijdens het onderwijs bij het ROC verzekerd via de schoolongevallen- en
aansprakelijkheidsverzekering van de school.

## Artikel 12 Medezeggenschap

Voor de leerlingen in de vo-fase, hun ouders en het personeel van de school geldt de Wet medezeggenschap
op scholen. Voor de studenten in de mbo-fase en hun ouders geldt de WEB en voor het personeel van het ROC
de Wet op de ondernemingsraden. Partijen kunnen in onderling overleg aanvullende afspraken maken over de
medezeggenschap in de route.

## Artikel 13 Geschillen

1. Partijen proberen een geschil over de uitvoering van deze overeenkomst eerst op te lossen in de
stuurgroep.
2. Lukt dat niet binnen vier weken, dan bespreken de voorzitters van de besturen het geschil in een
bestuurlijk overleg.
3. Leidt ook dat overleg binnen zes weken niet tot een oplossing, dan kan iedere partij het geschil
voorleggen aan de bevoegde rechter in het arrondissement Midden-Nederland.

## Artikel 14 Wijziging en beëindiging

1. Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met instemming van beide besturen. Een
wijziging gaat in bij het begin van een schooljaar.
2. Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met inachtneming van een
opzegtermijn van twaalf maanden.
3. Na opzegging worden geen nieuwe leerlingen meer toegelaten. Leerlingen die al in de route zitten,
ronden hun route af volgens deze overeenkomst; partijen blijven daarvoor samenwerken tot de laatste
leerling de route heeft verlaten.

## Artikel 15 Slotbepaling

Op deze overeenkomst is Nederlands recht van toepassing. Partijen melden de route gezamenlijk bij de
minister via RIO.

Aldus opgemaakt in tweevoud en ondertekend te Houten op 30 juni 2025.

| Stichting Openbaar Voortgezet Onderwijs Kromme Rijn | Stichting Beroepsonderwijs Utrecht-Oost |
| M.J. van Dijkhuizen, bestuurder | dr. L. Haverkamp, voorzitter college van bestuur |
"""

sample(
    118, "artikelen_herschikt_zorg_twee_opleidingen", "docx",
    "Reordered, renamed articles with own additions (looptijd, privacy, aansprakelijkheid); DOCX; Kromme Rijnstreek, "
    "Zorg en welzijn kb -> two opleidingen niv. 3 (VIG, PM kinderopvang); defects: d without form/frequency, "
    "j without toetreding; h only describes the law",
    st(d="w", h="na", j="w"),
    {"a": "Artikel 2 Onderwerp: de route", "b": "Artikel 7 Werkveld", "c": "Artikel 4 Stuurgroep",
     "e": "Artikel 6 Onderwijs, personeel en voorzieningen", "f": "Artikel 8 Overstap",
     "g": "Artikel 9 Financiële afspraken", "i": "Artikel 13 Geschillen"},
    T118, font="Calibri")


# --- 119 --------------------------------------------------------------------------------------

T119 = """
# Overeenkomst doorlopende leerroute Software Development Oost-Veluwe

> vmbo gemengde en theoretische leerweg, profiel Media, vormgeving en ICT – mbo niveau 4 Software developer

Partijen:

Stichting Christelijk Voortgezet Onderwijs Oost-Veluwe, gevestigd te Apeldoorn, bevoegd gezag van De
Veluwse Poort, vmbo-locatie Apeldoorn-Zuid, vertegenwoordigd door de voorzitter van het college van
bestuur, mevrouw E.J. Brinkhorst ("de school"),

en

Stichting ROC Veluwe-IJssel, gevestigd te Apeldoorn, vertegenwoordigd door de voorzitter van het college
van bestuur, de heer drs. R. Hoogeveen ("het ROC"),

leggen hun samenwerking in de doorlopende leerroute als volgt vast.

## Artikel 1 De route

1.1 Partijen verzorgen samen de doorlopende leerroute "Software Development Oost-Veluwe" en melden die
gezamenlijk aan de minister van OCW door registratie in RIO.

1.2 De route begint in leerjaar 3 van de gemengde en de theoretische leerweg van de school, met het
profiel Media, vormgeving en ICT (MVI), en leidt naar de middenkaderopleiding Software developer,
niveau 4, van het ROC (opleidingsdomein ICT en creatieve industrie, kwalificatiedossier Software
development).

1.3 De route duurt vijf jaar. Het vmbo-examen wordt afgelegd aan het eind van het tweede routejaar; vanaf
het eerste routejaar volgen de leerlingen mbo-onderdelen (programmeren, databases) die in de mbo-fase
worden meegeteld.

## Artikel 2 Leiding en verantwoording

2.1 De route wordt geleid door een kernteam. Het kernteam bestaat uit de afdelingsleider MVI van de school
en de teamleider ICT van het ROC. De afdelingsleider wordt daartoe aangewezen door het college van bestuur
van de school, de teamleider door het college van bestuur van het ROC. Het voorzitterschap wisselt ieder
schooljaar.

2.2 Het kernteam is namens beide besturen verantwoordelijk voor de dagelijkse gang van zaken in de route.
Het is bevoegd om: het gezamenlijke PTA/OER op te stellen en ter vaststelling aan de besturen voor te
leggen, het rooster en de verdeling van lessen over de docenten van beide partijen vast te stellen,
leerlingen tot de route toe te laten, te besluiten over een overstap volgens artikel 4, en het routebudget
uit te geven binnen de vastgestelde begroting.

2.3 Het kernteam stuurt beide colleges van bestuur elk kwartaal een voortgangsnotitie met de aantallen
leerlingen, het verzuim, de studievoortgang en de uitgaven. Vóór 15 september van ieder jaar stelt het
een jaarverslag op, waarin het verantwoording aflegt over het afgelopen schooljaar en de besteding van de
middelen; het jaarverslag wordt besproken in het bestuurlijk overleg dat beide colleges in oktober
houden. Het kernteam geeft de besturen daarnaast alle inlichtingen waar zij om vragen.

## Artikel 3 Inrichting, personeel, faciliteiten en werkveld

3.1 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar staan in het
gezamenlijke PTA/OER. De vo-fase wordt gegeven op de vmbo-locatie Apeldoorn-Zuid van de school, met
één dag per week op het ICT College van het ROC aan de Laan van Westenenk; de mbo-fase wordt gegeven op
het ICT College.

3.2 Het ROC zet in de vo-fase twee docenten software development in voor samen tien lesuren per week. De
school zet haar docenten informatica en wiskunde in de vo-fase in en levert in het eerste mbo-jaar een
docent wiskunde voor vier lesuren per week. Voor de vakoverstijgende projecten "programmeren en
wiskunde" werken beide partijen met een team van leraren en docenten als bedoeld in artikel 7.13a WVO
2020. Het PTA/OER geeft aan welke projecten dat zijn. Iedere docent blijft in dienst van zijn eigen
werkgever.

3.3 Het ROC stelt zijn softwarelab, de ontwikkelservers en de licenties voor ontwikkelsoftware ter
beschikking aan leerlingen in de vo-fase. De school stelt haar mediaruimte en een laptop per leerling
beschikbaar tot het einde van de vo-fase.

3.4 Het bedrijfsleven wordt als volgt bij de route betrokken. Partijen werken samen met de stichting
Digitale Veluwe, waarin ongeveer twintig ICT-bedrijven uit Apeldoorn en omgeving zijn verenigd. De
aangesloten bedrijven:
- leveren ieder schooljaar ten minste drie echte opdrachten voor de projecten in de vo-fase en treden op
als opdrachtgever;
- bieden stageplaatsen als door SBB erkend leerbedrijf in het tweede en derde jaar van de mbo-fase;
- zitten met drie vertegenwoordigers in de werkveldcommissie van de route, die twee keer per jaar advies
geeft over het PTA/OER en de keuzedelen;
- beoordelen samen met de docenten de eindpresentatie van de proeve van bekwaamheid.

3.5 Een klacht over een medewerker van de andere partij wordt behandeld door de partij waar de leerling
of student staat ingeschreven; de andere partij werkt mee en wijst een contactpersoon aan.

## Artikel 4 Overstap

4.1 Een leerling die de route verlaat, krijgt altijd een alternatief dat leidt tot een diploma.

4.2 Verlaat de leerling de route in de vo-fase, dan rondt hij de gemengde of theoretische leerweg af op de
school en haalt hij zijn vmbo-diploma; daarna kan hij iedere passende mbo-opleiding kiezen.

4.3 Verlaat de student de route in de mbo-fase, dan kan hij overstappen naar een andere opleiding van het
ROC op niveau 4 (bijvoorbeeld Expert IT systems and devices) of, als niveau 4 niet haalbaar blijkt, naar
Medewerker ICT support op niveau 3. Binnen het ROC gelden dan geen vooropleidingseisen. Wil hij naar een
andere instelling, dan helpen partijen hem bij de aanmelding en het geschiktheidsonderzoek.

4.4 Heeft de leerling zijn vmbo-diploma aan het einde van het derde routejaar niet behaald, dan gaat hij
door in de mbo-opleiding en biedt de school hem een herkansing aan; hij kan ook terug naar het vmbo.

4.5 Het kernteam beslist over het alternatief, na overleg met de mentor, de leerling en de ouders. Het
kernteam weegt daarbij het bereikte onderwijsniveau en de leeftijd van de leerling. De werkwijze staat in
de schoolgids en de studiegids.

## Artikel 5 Financiën

De school draagt op grond van artikel 5.42a WVO 2020 jaarlijks € 42.000 van haar bekostiging over aan het
ROC, in twee gelijke termijnen (1 november en 1 april). Het bedrag is bestemd voor de inzet van de twee
mbo-docenten in de vo-fase (samen 0,5 fte) en voor de licenties en het onderhoud van het softwarelab. Het
ROC draagt geen bekostiging over aan de school. Het bedrag wordt ieder jaar per 1 augustus aangepast aan
de loonkostenontwikkeling volgens de cao vo.

## Artikel 6 Medezeggenschap

6.1 Op de route blijven de WMS (vo-fase) en de WEB en WOR (mbo-fase) van toepassing.

6.2 Aanvullend stellen partijen een routeraad in, met twee leden uit de medezeggenschapsraad van de
school (een ouder en een leerling) en twee leden uit de studentenraad van het ROC. De routeraad heeft
adviesrecht over wijzigingen van het PTA/OER, de toelatingsprocedure en de overstapregeling, en komt ten
minste twee keer per jaar bijeen met het kernteam.

## Artikel 7 Evaluatie en communicatie

7.1 Partijen evalueren de route ieder jaar in juni met leerlingen, ouders, docenten en de
werkveldcommissie.

7.2 Partijen houden in november een gezamenlijke voorlichtingsavond voor leerlingen van leerjaar 2 en
hun ouders en beschrijven de route op dezelfde manier in hun schoolgids en studiegids. Berichten over de
route aan pers en ouders worden door het kernteam afgestemd.

## Artikel 8 Geschillen, toetreding, wijziging en einde

8.1 Ontstaat tussen partijen een geschil over de uitvoering van deze overeenkomst, dan wordt het eerst in
het kernteam besproken en, als dat niet binnen een maand tot een oplossing leidt, in het bestuurlijk
overleg van beide colleges van bestuur. Komen de besturen er binnen twee maanden niet uit, dan leggen zij
het geschil voor bindend advies voor aan een door hen samen aangewezen onafhankelijke deskundige. Komen
zij niet tot overeenstemming over die deskundige, dan beslist de bevoegde rechter van de rechtbank
Gelderland.

8.2 Een andere vmbo-school of mbo-instelling kan partij worden bij deze overeenkomst als beide besturen
daarmee schriftelijk instemmen, de nieuwe partij het PTA/OER en deze overeenkomst aanvaardt en zij haar
deelname in RIO meldt. Toetreding gaat in bij het begin van een schooljaar, zodat leerlingen die al in de
route zitten er geen hinder van hebben.

8.3 Wijziging van deze overeenkomst gebeurt alleen schriftelijk en met handtekening van beide besturen.
Een wijziging die het programma raakt, geldt pas voor het cohort dat na de wijziging instroomt.

8.4 Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar met een termijn van één jaar
schriftelijk opzeggen tegen 1 augustus. Ontbinding is mogelijk als een partij ernstig tekortschiet in
haar verplichtingen en dat na een schriftelijke ingebrekestelling niet herstelt. Bij opzegging of
ontbinding stopt de instroom, maar maken de leerlingen die al zijn ingestroomd de route onder de
bestaande afspraken af.

Getekend te Apeldoorn, 30 juni 2025.

E.J. Brinkhorst, voorzitter college van bestuur Stichting Christelijk Voortgezet Onderwijs Oost-Veluwe

drs. R. Hoogeveen, voorzitter college van bestuur Stichting ROC Veluwe-IJssel
"""

sample(
    119, "samengevoegde_artikelen_ict_niveau4", "pdf",
    "Merged articles in own order (leiding+verantwoording, inrichting+werkveld, geschil+toetreding+einde), with "
    "evaluatie/communicatie; PDF; Oost-Veluwe, MVI gl/tl -> Software developer niv. 4; routeraad as extra "
    "medezeggenschap; fully compliant",
    st(),
    {"a": "Artikel 1 De route", "b": "Artikel 3 Inrichting, personeel, faciliteiten en werkveld",
     "c": "Artikel 2 Leiding en verantwoording", "d": "Artikel 2 Leiding en verantwoording",
     "e": "Artikel 3 Inrichting, personeel, faciliteiten en werkveld", "f": "Artikel 4 Overstap",
     "g": "Artikel 5 Financiën", "h": "Artikel 6 Medezeggenschap",
     "i": "Artikel 8 Geschillen, toetreding, wijziging en einde",
     "j": "Artikel 8 Geschillen, toetreding, wijziging en einde"},
    T119, font="Times-Roman", size=10.5)


# --- 120 --------------------------------------------------------------------------------------

T120 = """
# Samenwerkingsovereenkomst doorlopende leerroute Groen – Teelt

*Vmbo basisberoepsgerichte leerweg, profiel Groen – mbo niveau 2 Medewerker teelt (bollen en bloemen)*

**Partijen**

1. **Stichting Openbaar Voortgezet Onderwijs Kop van Noord-Holland**, gevestigd te Den Helder, bevoegd
   gezag van Het Polderland College, locatie Anna Paulowna, vertegenwoordigd door de heer P.C. Zeeman,
   directeur-bestuurder (hierna: *de school*);
2. **Stichting Agrarisch Opleidingscentrum Kop van Noord-Holland**, gevestigd te Schagen, handelend onder
   de naam Groen College Schagen, vertegenwoordigd door mevrouw ing. T. Kos, voorzitter van het college van
   bestuur (hierna: *het AOC*).

Partijen spreken het volgende af.

## 1. De route

De school en het AOC bieden samen een doorlopende leerroute aan voor leerlingen van de
basisberoepsgerichte leerweg met het profiel **Groen** (keuzevakken Bloembollenteelt en Plant en
omgeving). De route leidt naar de opleiding **Medewerker teelt, niveau 2** (kwalificatiedossier Teelt en
groene technologie, opleidingsdomein Voedsel, natuur en leefomgeving) van het AOC.

- Routejaar 1 en 2 (leerjaar 3 en 4 vmbo): ingeschreven bij de school, vmbo-examen in routejaar 2.
- Routejaar 3: ingeschreven bij het AOC, BOL; diploma Medewerker teelt aan het eind van routejaar 3.

Partijen melden de route samen aan bij de minister via RIO.

## 2. Werkveld

De bollen- en bloementelers in de Kop van Noord-Holland zijn bij de route betrokken via de regionale
afdeling van de KAVB en de werkgroep Groen Onderwijs van de gemeente Hollands Kroon. Concreet:

- deelnemende telers bieden in routejaar 2 en 3 stageplaatsen als erkend leerbedrijf (SBB);
- in de oogst- en pelperiode (juni–juli) ontvangen telers de leerlingen voor praktijkdagen op het bedrijf;
- twee telers en een medewerker van een veredelingsbedrijf vormen samen met de docenten de
  werkveldcommissie, die één keer per jaar het programma en de keuzedelen bespreekt en adviseert;
- telers beoordelen mee bij de proeve van bekwaamheid.

## 3. Leiding en verantwoording

De route wordt geleid door het **routeoverleg**. Daarin zitten de routeleider van de school en de
opleidingscoördinator Teelt van het AOC. Het routeoverleg:

- stelt elk jaar het gezamenlijke PTA/OER op en legt het ter vaststelling voor aan beide besturen;
- maakt het rooster en verdeelt de lessen over de docenten van school en AOC;
- beslist over toelating van leerlingen tot de route en over een overstap (zie punt 5);
- beheert het routebudget tot € 5.000 per uitgave; grotere uitgaven gaan naar de besturen.

Het routeoverleg rapporteert twee keer per jaar, in januari en in juli, schriftelijk aan de besturen van
de school en het AOC over het aantal leerlingen, de resultaten, het verzuim en de uitgaven. De rapportage
van juli geldt als jaarlijkse verantwoording en wordt besproken in het overleg tussen beide bestuurders
in september.

## 4. Onderwijs, personeel en voorzieningen

- Het onderwijsprogramma, de examinering en de stage per leerjaar staan in het gezamenlijke PTA/OER.
- Routejaar 1 en 2 worden gegeven op de school in Anna Paulowna, met één dag per week op de praktijklocatie
  van het AOC in Schagen. Routejaar 3 wordt gegeven bij het AOC in Schagen.
- Het AOC zet in routejaar 1 en 2 twee praktijkdocenten teelt in voor samen zes lesuren per week; de
  school zet haar docenten Groen, Nederlands en rekenen in. De docenten van de praktijkvakken vormen één
  team; het PTA/OER geeft aan bij welke praktijkmodules de teambevoegdheid wordt gebruikt. Iedereen blijft
  in dienst van de eigen werkgever.
- Het AOC stelt zijn kassen, het bollenlab en de machinehal beschikbaar; de school haar schooltuin en het
  praktijklokaal Groen. De school zorgt voor het vervoer naar Schagen.

## 5. Als een leerling de route verlaat

Iedere leerling die stopt met de route, krijgt een passend vervolg dat leidt tot een diploma.

- **Tijdens routejaar 1 of 2:** de leerling maakt de basisberoepsgerichte leerweg af op de school, in
  het profiel Groen of een ander profiel, en haalt zijn vmbo-diploma.
- **Vmbo-diploma niet gehaald:** de leerling mag bij het AOC verder in Medewerker teelt of een andere
  niveau 2-opleiding van het AOC; vooropleidingseisen gelden dan niet. De school biedt een herkansing aan.
- **Andere richting gewenst:** overstap naar een andere niveau 2-opleiding van het AOC (bijvoorbeeld
  Medewerker hovenier of Medewerker dierverzorging) of, na een geschiktheidsonderzoek, naar een opleiding
  bij een andere instelling in de regio.

De routeleider en de opleidingscoördinator bepalen samen met de leerling en zijn ouders welk vervolg het
wordt. Zij kijken naar wat de leerling al heeft behaald en naar zijn leeftijd. Entree komt alleen in
beeld als een diploma op niveau 2 echt niet haalbaar is.

## 6. Geld

De school draagt een deel van haar bekostiging over aan het AOC. Dit geld is bestemd voor de inzet van
de praktijkdocenten van het AOC in routejaar 1 en 2 en voor het gebruik van de kassen en het bollenlab.
Hoeveel wordt overgedragen, stellen de besturen elk jaar bij de begroting vast.

## 7. Medezeggenschap

De WMS blijft gelden voor de leerlingen van de school en hun ouders, de WEB en de WOR voor de studenten
en medewerkers van het AOC. Daarnaast spreken partijen af dat een leerling uit routejaar 2 mag
deelnemen aan de studentenraad van het AOC, met dezelfde rechten als de andere leden, en dat het
PTA/OER van de route vóór vaststelling voor advies naar de MR van de school en de studentenraad van het
AOC gaat.

## 8. Als we het niet eens zijn

Verschillen van inzicht over de uitvoering van deze overeenkomst lossen partijen in goed onderling
overleg op. Zij laten zich daarbij leiden door het belang van de leerlingen.

## 9. Duur, nieuwe partners, wijziging en einde

- Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
- Een andere vmbo-school uit de Kop van Noord-Holland kan meedoen als zij het profiel Groen aanbiedt,
  het PTA/OER overneemt en beide besturen schriftelijk instemmen. Zij tekent dan een
  toetredingsverklaring en meldt haar deelname in RIO. Toetreden kan alleen per 1 augustus.
- Wijzigingen worden schriftelijk vastgelegd en door beide besturen getekend; zij gaan in per 1 augustus
  en gelden niet voor leerlingen die al midden in een routejaar zitten.
- Opzeggen kan schriftelijk, met een termijn van twaalf maanden, tegen 1 augustus. Na opzegging stroomt
  niemand meer in; leerlingen die al in de route zitten, maken hun route bij de school en het AOC af.

Getekend in tweevoud te Schagen, 30 juni 2025

P.C. Zeeman, directeur-bestuurder, Stichting Openbaar Voortgezet Onderwijs Kop van Noord-Holland

ing. T. Kos, voorzitter college van bestuur, Stichting Agrarisch Opleidingscentrum Kop van Noord-Holland
"""

sample(
    120, "markdown_afsprakenkader_groen_bollen", "md",
    "Markdown agreement with plain renamed headings; MD; Noord-Holland Noord, Groen bb -> Medewerker teelt niv. 2 "
    "(bollen) with an AOC; defects: c without benoeming, g transfer without omvang (set yearly), i only "
    "in overleg",
    st(c="w", g="w", i="w"),
    {"a": "1. De route", "b": "2. Werkveld", "d": "3. Leiding en verantwoording",
     "e": "4. Onderwijs, personeel en voorzieningen", "f": "5. Als een leerling de route verlaat",
     "h": "7. Medezeggenschap", "j": "9. Duur, nieuwe partners, wijziging en einde"},
    T120)


# --- 121 --------------------------------------------------------------------------------------

T121 = """
# Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Binnenvaart Drechtsteden

Stichting Openbaar Voortgezet Onderwijs Drechtsteden, gevestigd te Dordrecht, bevoegd gezag van het
Merwestroom College, vmbo-locatie Zwijndrecht, vertegenwoordigd door de heer A. Bakker, voorzitter van
het college van bestuur, hierna: de school,

en

Stichting Maritiem Vakonderwijs Merwede, gevestigd te Dordrecht, bevoegd gezag van de vakinstelling
Merwede Maritiem College, vertegenwoordigd door mevrouw K. van der Linden MBA, bestuurder, hierna: de
vakinstelling,

verklaren te zijn overeengekomen:

## Doel en wijze van samenwerking:

1. Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende leerroute vmbo-mbo,
dan wel een geïntegreerd onderwijsprogramma verzorgd door ondergetekenden.

2. Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute.

3. Ondergetekenden beschrijven voor de gehele doorlopende leerroute vmbo-mbo het onderwijsprogramma, de
examinering per leerjaar en de beroepspraktijkvorming per leerjaar en voeren dit in gezamenlijkheid uit.

4. Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij een gezamenlijke doorlopende
leerroute vmbo-mbo aanbieden.

Ter uitwerking daarvan spreken partijen het volgende af.

## Artikel 1 Route en opleiding

1. De route is een doorlopende leerroute en geen geïntegreerd onderwijsprogramma. Zij begint in leerjaar
3 van de kaderberoepsgerichte leerweg met het profiel Maritiem en techniek van de school.
2. De route leidt naar de opleiding Schipper binnenvaart, niveau 3 (BOL), van de vakinstelling,
opleidingsdomein Transport, scheepvaart en logistiek.
3. De route duurt vier jaar: twee routejaren op de school en twee routejaren bij de vakinstelling, met
inbegrip van de vaarperiodes aan boord. Het vmbo-examen vindt plaats in het tweede routejaar.

## Artikel 2 Inbreng van de binnenvaartsector

1. De binnenvaartbedrijven in de Drechtsteden zijn bij de route betrokken via de Stichting Vaarwerk
Drechtsteden, waarin rederijen, particuliere schippers en de regionale brancheafdeling samenwerken.
2. De bedrijven die bij Vaarwerk zijn aangesloten:
- bieden in het tweede routejaar een meevaarweek en in de mbo-fase vaarperiodes aan boord, als door SBB
erkend leerbedrijf;
- verzorgen ieder schooljaar ten minste vier gastlessen door schippers en stuurlieden;
- stellen een schipper beschikbaar die samen met een docent de praktijkexamens aan boord afneemt;
- hebben twee zetels in de werkveldcommissie, die twee keer per jaar adviseert over het
onderwijsprogramma en de keuzedelen.
3. De stuurgroep bespreekt het advies van de werkveldcommissie en laat de besturen weten wat zij ermee
doet.

## Artikel 3 Leiding over de route

1. De leiding over de route ligt bij een stuurgroep, bestaande uit de directeur vmbo van de school, de
directeur onderwijs van de vakinstelling en de routemanager.
2. De besturen wijzen ieder hun eigen directeur aan als lid. De routemanager wordt door beide besturen
gezamenlijk benoemd, voor een periode van drie schooljaren, en kan door hen gezamenlijk worden
ontslagen uit die functie.
3. De stuurgroep is belast met de uitvoering van deze overeenkomst. Zij stelt het gezamenlijke PTA/OER op
en legt het ter vaststelling voor aan de besturen, beslist over toelating tot de route, verdeelt de
lessen over het personeel van beide partijen, beheert het routebudget en beslist over overstappen
volgens artikel 6.
4. Besluiten die de begroting of de formatie van een partij te boven gaan, neemt de stuurgroep niet zelf;
zij legt die voor aan de besturen.

## Artikel 4 Rapportage aan de besturen

1. De stuurgroep brengt uiterlijk 1 maart en uiterlijk 1 oktober een schriftelijke managementrapportage
uit aan beide besturen, met de instroom, de doorstroom, de uitval en overstappen, de examenresultaten en de
financiële stand van de route.
2. Eén keer per jaar, in november, legt de stuurgroep in een verantwoordingsgesprek met beide besturen
verantwoording af over het afgelopen schooljaar.
3. Iedere bestuurder kan de stuurgroep op ieder moment om inlichtingen vragen; de stuurgroep geeft die
binnen tien werkdagen.

## Artikel 5 Inrichting van het onderwijs

1. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per routejaar staan in het
gezamenlijke PTA/OER, dat partijen jaarlijks vóór 1 juni vaststellen.
2. Routejaar 1 en 2 worden gegeven op de vmbo-locatie Zwijndrecht van de school, met één dag per week op
de vakinstelling aan de Maasstraat in Dordrecht. Routejaar 3 en 4 worden gegeven op de vakinstelling en
aan boord van de leerbedrijven.
3. De vakinstelling zet in routejaar 1 en 2 docenten nautisch en scheepstechniek in voor zes lesuren per
week. De school zet in routejaar 3 een docent Engels in voor twee lesuren per week. Voor de
vakoverstijgende onderdelen scheepstechniek en natuurkunde werken partijen met een team van leraren
en docenten; het PTA/OER vermeldt welke onderdelen dat zijn. Het personeel blijft in dienst van de eigen
werkgever.
4. De vakinstelling stelt haar radarsimulator, het opleidingsschip "Merwestroom II" en de werkplaats
scheepstechniek ter beschikking. De school stelt haar techniekpaviljoen ter beschikking aan de docenten
van de vakinstelling.
5. Een klacht van een leerling over een medewerker van de andere partij wordt behandeld volgens de
klachtenregeling van de partij waar de leerling staat ingeschreven. De andere partij verleent alle
medewerking.

## Artikel 6 Overstapmogelijkheden

1. Wie de route voortijdig verlaat, kan op de volgende manieren toch een diploma halen:
- in routejaar 1 of 2 door de kaderberoepsgerichte leerweg op de school af te maken, in het profiel
Maritiem en techniek of een ander profiel;
- zonder vmbo-diploma na routejaar 3: door de opleiding bij de vakinstelling voort te zetten, waarbij de
vooropleidingseisen niet gelden, terwijl de school de leerling nog één herkansing voor het vmbo-examen
biedt;
- als de binnenvaart niet bij de leerling past: door over te stappen naar de opleiding Matroos
binnenvaart op niveau 2 of naar een opleiding op niveau 3 van een ROC in de Drechtsteden, na
geschiktheidsonderzoek door dat ROC.
2. De directeur vmbo en de directeur onderwijs besluiten samen, na een gesprek met de leerling en de
ouders, welk alternatief het best past bij het bereikte onderwijsniveau en de leeftijd van de leerling.

## Artikel 7 Financiële afspraken

1. De school draagt met toepassing van artikel 5.42a WVO 2020 per leerling in routejaar 1 en 2 € 900 per
schooljaar over aan de vakinstelling, bestemd voor de lessen van de docenten van de vakinstelling en het
gebruik van de radarsimulator en het opleidingsschip.
2. De vakinstelling draagt met toepassing van artikel 9.1.15 WEB per student in routejaar 3 die nog geen
vmbo-diploma heeft € 400 over aan de school, bestemd voor de begeleiding en de herkansing van het
vmbo-examen.
3. Afrekening vindt plaats op basis van de telling op 1 oktober, binnen twee maanden daarna.

## Artikel 8 Gegevensuitwisseling en privacy

Partijen wisselen alleen de gegevens uit die nodig zijn voor het onderwijs, de begeleiding, de examens en
de bpv aan boord. Zij doen dat via de beveiligde koppeling tussen hun administratiesystemen en niet per
e-mail. Ieder blijft verwerkingsverantwoordelijke voor de eigen gegevens.

## Artikel 9 Aansprakelijkheid en verzekering

De vakinstelling zorgt dat leerlingen in de vo-fase tijdens vaarperiodes en lessen aan boord zijn
verzekerd. Iedere partij is aansprakelijk voor schade die door haar eigen personeel wordt veroorzaakt.

## Artikel 10 Geschilbeslechting

1. Een geschil over de uitvoering van deze overeenkomst wordt eerst besproken in de stuurgroep en daarna,
als het binnen een maand niet is opgelost, door de bestuurders van beide partijen.
2. Lukt het de bestuurders niet binnen zes weken, dan proberen partijen het geschil op te lossen met
behulp van een mediator die zij samen kiezen.
3. Blijft het geschil daarna bestaan, dan wordt het voorgelegd aan de bevoegde rechter van de rechtbank
Rotterdam.

## Artikel 11 Toetreding

Een andere school voor vbo of een andere instelling voor beroepsonderwijs kan toetreden als zij de route
mede wil verzorgen, het PTA/OER aanvaardt en beide besturen schriftelijk instemmen. Toetreding gaat in
op 1 augustus en wordt gemeld bij DUO. Voor leerlingen die al in de route zitten, verandert er door de
toetreding niets.

## Artikel 12 Duur, wijziging en beëindiging

1. Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd.
2. Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend. Een wijziging van het
programma geldt vanaf het eerstvolgende cohort.
3. Iedere partij kan de overeenkomst opzeggen met een termijn van twaalf maanden tegen het einde van een
schooljaar. Een partij die haar bekostiging of erkenning verliest, kan de overeenkomst ontbinden met
ingang van het einde van het lopende schooljaar.
4. Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten. Leerlingen die al zijn
ingestroomd, maken hun route af; partijen blijven tot dat moment aan deze overeenkomst gebonden.

Aldus opgemaakt en ondertekend te Dordrecht op 30 juni 2025.

| Namens de school | Namens de vakinstelling |
| A. Bakker, voorzitter college van bestuur | K. van der Linden MBA, bestuurder |
"""

sample(
    121, "format_doel_blijft_staan_binnenvaart", "docx",
    "Format's 'Doel en wijze van samenwerking' left standing verbatim, then own articles with leden incl. privacy and "
    "aansprakelijkheid; DOCX; Drechtsteden, Maritiem en techniek kb -> Schipper binnenvaart niv. 3 at a "
    "vakinstelling; two-way transfer with omvang/bestemming; silent on medezeggenschap (h n/a); compliant",
    st(h="na"),
    {"a": "Artikel 1 Route en opleiding", "b": "Artikel 2 Inbreng van de binnenvaartsector",
     "c": "Artikel 3 Leiding over de route", "d": "Artikel 4 Rapportage aan de besturen",
     "e": "Artikel 5 Inrichting van het onderwijs", "f": "Artikel 6 Overstapmogelijkheden",
     "g": "Artikel 7 Financiële afspraken", "i": "Artikel 10 Geschilbeslechting",
     "j": "Artikel 12 Duur, wijziging en beëindiging"},
    T121, font="Arial")


# --- 122 --------------------------------------------------------------------------------------

T122 = """
# Samenwerkingsovereenkomst Kookroute Westelijke Mijnstreek

> doorlopende leerroute vmbo kaderberoepsgerichte leerweg Horeca, bakkerij en recreatie – mbo Zelfstandig werkend kok (niveau 3)

De ondergetekenden:

Stichting Voortgezet Onderwijs Westelijke Mijnstreek, gevestigd te Sittard, bevoegd gezag van het
Gebrookcollege, locatie Geleen, te dezen rechtsgeldig vertegenwoordigd door de heer drs. H.L.M.
Coenen, voorzitter van het college van bestuur, hierna te noemen: de school;

en

Stichting Regionaal Opleidingencentrum Maasgouw, gevestigd te Sittard, te dezen rechtsgeldig
vertegenwoordigd door mevrouw M.A.G. Hendriks, lid van het college van bestuur, hierna te noemen: het
ROC;

overwegende dat:

- het horecabedrijfsleven in de Westelijke Mijnstreek een groot tekort aan goed opgeleide koks heeft en
partijen de horecaondernemers uit de regio bij de kookroute willen betrekken;
- partijen leerlingen een ononderbroken en kortere weg naar het vakdiploma willen bieden;
- de wet voor een doorlopende leerroute een samenwerkingsovereenkomst voorschrijft;

komen overeen als volgt:

## § 1 Doel van de overeenkomst

Deze overeenkomst regelt de samenwerking tussen de school en het ROC bij het verzorgen van de
doorlopende leerroute "Kookroute Westelijke Mijnstreek" (hierna: de kookroute). Partijen melden de
kookroute gezamenlijk bij de minister van OCW door registratie in RIO.

## § 2 De leerroute

De kookroute begint in leerjaar 3 van de kaderberoepsgerichte leerweg van de school met het profiel
Horeca, bakkerij en recreatie en leidt naar de opleiding Zelfstandig werkend kok, niveau 3 (BOL), van
het ROC, kwalificatiedossier Kok, opleidingsdomein Horeca en bakkerij. De kookroute duurt vier jaar;
het vmbo-examen wordt in het tweede routejaar afgelegd.

## § 3 Regiegroep

1. De kookroute wordt geleid door een regiegroep, bestaande uit de teamleider Horeca, bakkerij en
recreatie van de school, de opleidingsmanager Horeca van het ROC en een routecoördinator.
2. De teamleider en de opleidingsmanager worden aangewezen door het college van bestuur van de eigen
partij. De routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd.
3. De regiegroep stelt het gezamenlijke PTA/OER op, regelt het rooster en de inzet van docenten, beslist
over de toelating van leerlingen en beheert het budget van de kookroute. Voor besluiten die buiten de
begroting vallen of die het PTA/OER vaststellen, is instemming van beide colleges van bestuur nodig.

## § 4 Verantwoording aan de besturen

De regiegroep stelt jaarlijks vóór 1 november een verantwoordingsrapportage op over het afgelopen
schooljaar, met de leerlingaantallen, de resultaten, de uitval en de besteding van het budget, en biedt
die aan beide colleges van bestuur aan. Daarnaast voert de regiegroep in januari en juni een
voortgangsoverleg met een lid van ieder college van bestuur, waarin zij de besturen informeert over de
stand van zaken.

## § 5 Onderwijs en organisatie

1. Het onderwijsprogramma en de examinering per leerjaar staan in het gezamenlijke PTA/OER.
2. Routejaar 1 en 2 worden gegeven in het gebouw van de school in Geleen; vanaf routejaar 1 krijgen de
leerlingen één dag per week praktijkles in de keukens van het ROC in Sittard. Routejaar 3 en 4 worden
gegeven bij het ROC.
3. Het ROC zet in routejaar 1 en 2 twee praktijkdocenten koken in voor acht lesuren per week. De
docenten van beide partijen vormen voor het praktijkdeel één team; de praktijkmodules waarvoor de
teambevoegdheid wordt gebruikt, staan in het PTA/OER. Elke docent blijft in dienst van zijn eigen
werkgever.
4. De leerlingen gebruiken de praktijkkeukens en het leerrestaurant De Mijnlamp van het ROC; de school
stelt haar praktijklokaal horeca en de bakkerij beschikbaar voor de lessen van de docenten van het ROC.
5. Klachten worden behandeld volgens de klachtenregeling van de partij waar de leerling ingeschreven
staat; de andere partij werkt mee.

## § 6 Overstappen

Voor een leerling die de kookroute verlaat, staan de volgende mogelijkheden open:
- in routejaar 1 en 2: de reguliere kaderberoepsgerichte leerweg van de school, met het vmbo-diploma als
doel;
- na routejaar 2 zonder vmbo-diploma: voortzetting van de opleiding bij het ROC, zonder dat de
vooropleidingseisen gelden;
- in routejaar 3 en 4: een andere opleiding op niveau 3 van het ROC, zoals Gastheer/gastvrouw of
Zelfstandig werkend bakker, of de opleiding Kok op niveau 2.

## § 7 Kosten

Er vindt geen overdracht van bekostiging tussen partijen plaats. Iedere partij draagt de kosten van het
eigen personeel, de eigen gebouwen en de eigen materialen. De ingrediënten voor de praktijklessen bij
het ROC in routejaar 1 en 2 komen voor rekening van het ROC.

## § 8 Communicatie en evaluatie

1. Partijen geven samen voorlichting over de kookroute op de open dagen van de school en in een
informatieavond voor ouders van leerjaar 2. De kookroute wordt in de schoolgids en de studiegids op
gelijke wijze beschreven.
2. De regiegroep evalueert de kookroute elk jaar met leerlingen, ouders en docenten en neemt de
uitkomsten op in de verantwoordingsrapportage van § 4.

## § 9 Geschilbeslechting

De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de overeenkomst.

## § 10 Toetreding, wijziging en opzegging

1. Een andere vmbo-school of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden met
schriftelijke instemming van beide partijen, mits zij het PTA/OER van de kookroute aanvaardt. Toetreding
gaat in op 1 augustus.
2. Wijziging van deze overeenkomst gebeurt schriftelijk en met instemming van beide colleges van bestuur;
wijzigingen in het programma gaan pas in voor het volgende cohort.
3. Iedere partij kan deze overeenkomst opzeggen met een opzegtermijn van één schooljaar, tegen 1
augustus. Leerlingen die op het moment van opzegging in de kookroute zitten, kunnen de route afmaken;
nieuwe instroom vindt na de opzegging niet meer plaats.
4. Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

Aldus overeengekomen en ondertekend te Sittard, 30 juni 2025.

| Voor de school | Voor het ROC |
| drs. H.L.M. Coenen | M.A.G. Hendriks |
"""

sample(
    122, "paragrafen_considerans_horeca", "docx",
    "Paragraph-sign sections with considerans, communicatie/evaluatie added; DOCX; Zuid-Limburg Westelijke "
    "Mijnstreek, HBR kb -> Zelfstandig werkend kok niv. 3; defects: b only in considerans, f options without "
    "who decides, i format text left standing; h silent",
    st(b="m", f="w", h="na", i="w"),
    {"a": "§ 2 De leerroute", "c": "§ 3 Regiegroep", "d": "§ 4 Verantwoording aan de besturen",
     "e": "§ 5 Onderwijs en organisatie", "g": "§ 7 Kosten", "j": "§ 10 Toetreding, wijziging en opzegging"},
    T122, font="Cambria")


# --- 123 --------------------------------------------------------------------------------------

T123 = """
# SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE RETAIL ZOETERMEER

DE ONDERGETEKENDEN:

1. de stichting: Stichting Voortgezet Onderwijs Zoetermeer en Omstreken, statutair gevestigd te
Zoetermeer, bevoegd gezag van het Meerpoort College, ten deze rechtsgeldig vertegenwoordigd door haar
college van bestuur, in de persoon van mevrouw mr. S. El Idrissi, voorzitter, hierna te noemen: "de
School";

2. de stichting: Stichting ROC Haaglanden-Oost, statutair gevestigd te Zoetermeer, ten deze rechtsgeldig
vertegenwoordigd door haar college van bestuur, in de persoon van de heer drs. W.F. Dekker, voorzitter,
hierna te noemen: "het ROC";

hierna gezamenlijk te noemen: "Partijen",

IN AANMERKING NEMENDE DAT:

A. Partijen sinds het schooljaar 2022-2023 een pilot doorlopende leerroute retail uitvoeren;
B. Partijen die pilot willen omzetten in een doorlopende leerroute in de zin van artikel 2.107a WVO 2020
en artikel 9.1.2 WEB;
C. Partijen daarbij het format uit de bouwsteen samenwerkingsovereenkomst als uitgangspunt hebben
genomen;

VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:

## Artikel 1 Definities

In deze overeenkomst wordt verstaan onder: Route: de doorlopende leerroute als omschreven in artikel 3;
Routebestuur: de leiding over de Route als bedoeld in artikel 4; PTA/OER: het programma van toetsing en
afsluiting en de onderwijs- en examenregeling die Partijen voor de gehele Route gezamenlijk vaststellen;
Leerling: een deelnemer aan de Route, ongeacht of hij bij de School of bij het ROC staat ingeschreven.

## Artikel 2 Ingangsdatum en looptijd

Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor de duur van zes
schooljaren, eindigend op 31 juli 2031. Zij wordt daarna stilzwijgend verlengd met telkens zes
schooljaren, behoudens opzegging op grond van artikel 13.

## Artikel 3 Onderwerp van de overeenkomst

1. Partijen verzorgen gezamenlijk een doorlopende leerroute voor leerlingen van de gemengde en de
theoretische leerweg met het profiel Economie en ondernemen van de School.
2. De Route leidt tot de middenkaderopleiding Manager retail, niveau 4, van het ROC, opleidingsdomein
Handel, kwalificatiedossier Retail, in de beroepsopleidende leerweg.
3. De Route omvat vijf leerjaren: leerjaar 3 en 4 van de School en drie leerjaren bij het ROC. Het
vmbo-examen wordt in het tweede leerjaar van de Route afgelegd.
4. Partijen melden de Route gezamenlijk aan de minister van OCW; ieder registreert de Route in RIO voor
haar eigen deel.

## Artikel 4 Het Routebestuur

1. De leiding over de Route berust bij het Routebestuur, dat bestaat uit de afdelingsdirecteur vmbo van
de School, de directeur van het college Economie en Handel van het ROC en de routeleider.
2. De afdelingsdirecteur en de directeur maken deel uit van het Routebestuur krachtens aanwijzing door het
college van bestuur van hun partij. De routeleider wordt benoemd door de colleges van bestuur van beide
Partijen gezamenlijk, voor de duur van drie schooljaren; herbenoeming is mogelijk.
3. Het Routebestuur is belast met de inrichting en de uitvoering van de Route. Het is, met inachtneming
van de door de colleges van bestuur vastgestelde begroting, bevoegd tot: (a) het opstellen van het
PTA/OER en het ter vaststelling voorleggen daarvan aan beide colleges van bestuur; (b) het vaststellen van
de jaarplanning en het rooster; (c) het verdelen van de onderwijstaken over het personeel dat Partijen ter
beschikking stellen; (d) het toelaten van leerlingen tot de Route; (e) het nemen van besluiten over een
overstap als bedoeld in artikel 7; (f) het aangaan van verplichtingen tot € 20.000 per geval.
4. Het Routebestuur besluit bij consensus. Bereikt het geen consensus, dan legt het de zaak voor aan de
colleges van bestuur.

## Artikel 5 Informatie en verantwoording

1. Het Routebestuur verstrekt de colleges van bestuur van beide Partijen na afloop van ieder trimester een
schriftelijk overzicht van de leerlingaantallen, de studievoortgang, het verzuim en de uitputting van de
begroting.
2. Het Routebestuur legt jaarlijks vóór 1 november verantwoording af over het afgelopen schooljaar door
middel van een jaarverslag, dat in het eerstvolgende bestuurlijk overleg van beide colleges van bestuur
wordt besproken en vastgesteld.
3. Het Routebestuur verschaft de colleges van bestuur desgevraagd onverwijld alle overige inlichtingen.

## Artikel 6 Inrichting van de Route

1. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar zijn beschreven in
het PTA/OER. De onderdelen waarin een team van leraren en docenten wordt ingezet als bedoeld in artikel
7.13a WVO 2020 en artikel 9.1.12 WEB, zijn daarin als zodanig aangeduid.
2. Leerjaar 1 en 2 van de Route worden verzorgd in het gebouw van de School aan het Van Leeuwenhoekpad;
de leerlingen volgen daarnaast één dagdeel per week onderwijs in de Retail Academie van het ROC in het
Stadshart. Leerjaar 3 tot en met 5 worden verzorgd door het ROC.
3. Het ROC stelt in leerjaar 1 en 2 docenten retail en marketing ter beschikking voor ten minste zes
lesuren per week. De School stelt docenten economie en Engels ter beschikking voor de algemene vakken in
leerjaar 3. Het personeel blijft in dienst van de Partij die het heeft aangesteld; de werkgever blijft
verantwoordelijk voor de professionalisering.
4. Het ROC stelt de oefenwinkel en het e-commercelab van de Retail Academie ter beschikking; de School
stelt haar praktijklokaal Economie en ondernemen en de ICT-voorzieningen ter beschikking.
5. Klachten over gedragingen van medewerkers van de ene Partij jegens een leerling van de andere Partij
worden behandeld volgens de klachtenregeling van de Partij waar de leerling staat ingeschreven, met
medewerking van de andere Partij.

## Artikel 7 Overstapoptie

1. Partijen bieden iedere leerling die de Route voortijdig verlaat een passend alternatief dat leidt tot
een vmbo-diploma of een mbo-diploma.
2. Verlaat de leerling de Route in leerjaar 1 of 2, dan zet hij zijn opleiding voort in de gemengde of
theoretische leerweg van de School, in het profiel Economie en ondernemen of een ander profiel.
3. Heeft de leerling bij het einde van het derde leerjaar van de Route het vmbo-diploma niet behaald, dan
kan hij de opleiding bij het ROC voortzetten zonder dat de vooropleidingseisen hem worden tegengeworpen;
de School blijft verantwoordelijk voor zijn vmbo-examen.
4. Blijkt niveau 4 niet haalbaar, dan kan de leerling overstappen naar de opleiding Verkoopspecialist op
niveau 3. Wenst hij een andere richting, dan kan hij overstappen naar een andere opleiding van het ROC of,
na een geschiktheidsonderzoek, van een andere instelling.
5. Welk alternatief wordt geboden, wordt bepaald naar het gezamenlijk oordeel van de School en het ROC,
vertegenwoordigd in het Routebestuur, na overleg met de leerling en zijn ouders en met inachtneming van
het bereikte onderwijsniveau en de leeftijd van de leerling.

## Artikel 8 Betrokkenheid van het bedrijfsleven

1. Partijen betrekken het bedrijfsleven bij de Route via de Ondernemersvereniging Stadshart Zoetermeer en
de bij SBB erkende leerbedrijven in de detailhandel in Zoetermeer.
2. De betrokken ondernemers verzorgen in leerjaar 1 en 2 ten minste twee praktijkopdrachten per
schooljaar in hun winkels, bieden vanaf leerjaar 3 bpv-plaatsen aan en nemen deel aan de beoordeling
van de proeve van bekwaamheid.
3. Twee door de Ondernemersvereniging voorgedragen ondernemers hebben zitting in de adviescommissie
werkveld, die twee maal per jaar met het Routebestuur overlegt over het PTA/OER en de keuzedelen.

## Artikel 9 Financiële bepalingen

Partijen dragen geen bekostiging aan elkaar over als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15
WEB. Iedere Partij draagt de kosten van het door haar ingezette personeel en van haar eigen
voorzieningen.

## Artikel 10 Medezeggenschap

1. Onverminderd de WMS, de WEB en de WOR spreken Partijen het volgende af.
2. Leerlingen in leerjaar 2 van de Route kunnen zich verkiesbaar stellen voor de studentenraad van het
ROC en hebben daarin dezelfde rechten als studenten van het ROC.
3. Het voorgenomen besluit tot wijziging van deze overeenkomst en van het PTA/OER wordt voor advies
voorgelegd aan de medezeggenschapsraad van de School en de studentenraad van het ROC.
4. De medezeggenschapsraad van de School en de studentenraad van het ROC ontvangen het jaarverslag van
artikel 5.

## Artikel 11 Privacy

Partijen verwerken persoonsgegevens van leerlingen uitsluitend voor zover dat voor de uitvoering van de
Route noodzakelijk is en met inachtneming van de AVG. Zij leggen de gegevensuitwisseling vast in een
afzonderlijk gegevensdelingsprotocol.

## Artikel 12 Communicatie

Partijen treden over de Route naar buiten in gezamenlijkheid. De voorlichting aan leerlingen en ouders
wordt door het Routebestuur verzorgd en vindt plaats in het tweede leerjaar van de School, vóór de
profielkeuze.

## Artikel 13 Toetreding, wijziging, opzegging en ontbinding

1. Een andere school voor mavo of vbo of een andere instelling voor beroepsonderwijs kan toetreden tot
deze overeenkomst indien zij de Route mede gaat verzorgen, het PTA/OER aanvaardt en beide Partijen
daarmee schriftelijk instemmen. Toetreding geschiedt door ondertekening van een toetredingsakte en gaat in
op 1 augustus.
2. Wijzigingen van deze overeenkomst zijn slechts geldig indien zij schriftelijk zijn overeengekomen en
door beide colleges van bestuur zijn ondertekend.
3. Iedere Partij kan deze overeenkomst opzeggen tegen het einde van een schooljaar met inachtneming van
een opzegtermijn van twaalf maanden. Iedere Partij kan de overeenkomst ontbinden indien de andere Partij
toerekenbaar tekortschiet en dat tekortschieten niet binnen drie maanden na ingebrekestelling herstelt.
4. Bij toetreding, wijziging, opzegging en ontbinding dragen Partijen er zorg voor dat de gevolgen voor de
leerlingen zo beperkt mogelijk blijven: leerlingen die reeds in de Route zijn ingestroomd, kunnen de
Route onder de bestaande voorwaarden voltooien en na opzegging of ontbinding vindt geen nieuwe instroom
meer plaats.

## Artikel 14 Geschillen

1. Geschillen tussen Partijen over de uitvoering van deze overeenkomst worden in eerste instantie in het
Routebestuur en vervolgens in het bestuurlijk overleg van beide colleges van bestuur besproken.
2. Leidt dat overleg niet binnen zes weken tot een oplossing, dan wordt het geschil voorgelegd aan een
geschillencommissie van drie leden. Iedere Partij wijst één lid aan; deze twee leden wijzen samen een
onafhankelijke voorzitter aan. De commissie brengt binnen acht weken een bindend advies uit.

Aldus overeengekomen en in tweevoud ondertekend te Zoetermeer op 30 juni 2025.

| Stichting Voortgezet Onderwijs Zoetermeer en Omstreken | Stichting ROC Haaglanden-Oost |
| mr. S. El Idrissi, voorzitter college van bestuur | drs. W.F. Dekker, voorzitter college van bestuur |
"""

sample(
    123, "juridische_akte_retail_niveau4", "pdf",
    "Lawyer-style akte with definities, looptijd, privacy and communicatie, parts reordered (bedrijfsleven after "
    "overstap); PDF; Haaglanden-Zoetermeer, Economie en ondernemen gl/tl -> Manager retail niv. 4; explicit no "
    "transfer, geschillencommissie with bindend advies; fully compliant",
    st(),
    {"a": "Artikel 3 Onderwerp van de overeenkomst", "b": "Artikel 8 Betrokkenheid van het bedrijfsleven",
     "c": "Artikel 4 Het Routebestuur", "d": "Artikel 5 Informatie en verantwoording",
     "e": "Artikel 6 Inrichting van de Route", "f": "Artikel 7 Overstapoptie",
     "g": "Artikel 9 Financiële bepalingen", "h": "Artikel 10 Medezeggenschap",
     "i": "Artikel 14 Geschillen", "j": "Artikel 13 Toetreding, wijziging, opzegging en ontbinding"},
    T123, font="Times-Roman", size=10.0)


# --- 124 --------------------------------------------------------------------------------------

T124 = """
SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO
Bouwroute Noordwest-Fryslân: vmbo basis Bouwen, wonen en interieur - mbo Timmerman niveau 2

Stichting Christelijk Voortgezet Onderwijs Noardwest Fryslân, gevestigd te Franeker, bevoegd gezag
van het Waddenpoort College (vmbo, locatie Harlingen), vertegenwoordigd door mevrouw J. Hoekstra,
voorzitter van het college van bestuur, hierna: de school

en

Stichting Beroepsonderwijs Noardwest Fryslân, gevestigd te Leeuwarden, bevoegd gezag van ROC Noardwest
Fryslân, vertegenwoordigd door de heer S. de Vries, lid van het college van bestuur, hierna: het ROC

verklaren te zijn overeengekomen:

DOEL EN WIJZE VAN SAMENWERKING

a. De school en het ROC verzorgen samen de doorlopende leerroute "Bouwroute Noordwest-Fryslân".
b. De bouwbedrijven uit de regio doen mee aan de route, zoals beschreven in punt 2.
c. De school en het ROC leggen het onderwijsprogramma, de examinering en de beroepspraktijkvorming per
   leerjaar vast in één PTA/OER en voeren dat samen uit.
d. De school en het ROC melden de route samen aan bij de minister van OCW (registratie in RIO).


1. DE ROUTE

De route is bedoeld voor leerlingen van de basisberoepsgerichte leerweg met het profiel Bouwen, wonen
en interieur (BWI) van de school. Zij leidt naar de opleiding Timmerman, niveau 2 (BBL of BOL), van het
ROC, opleidingsdomein Bouw en infra. De route duurt drie jaar: leerjaar 3 en 4 op de school en één jaar
bij het ROC. Het vmbo-examen wordt in leerjaar 4 afgelegd.


2. BETROKKENHEID BEDRIJFSLEVEN

De school en het ROC werken samen met het Bouwplatform Noordwest-Fryslân, een samenwerkingsverband van
ongeveer vijftien bouw- en aannemingsbedrijven uit Harlingen, Franeker en omgeving.
- Elk schooljaar bouwen de leerlingen van leerjaar 4 onder begeleiding van een aannemer uit het
  platform een tuinhuis of schuur voor een opdrachtgever uit de buurt.
- De bedrijven bieden in leerjaar 4 een snuffelstage van drie weken en in het mbo-jaar een BBL- of
  BOL-plaats als door SBB erkend leerbedrijf.
- Een uitvoerder van een van de bedrijven beoordeelt mee bij de proeve van bekwaamheid.
- Het platform komt twee keer per jaar bijeen met het routeduo (punt 3) en adviseert over het
  programma en de keuzedelen.


3. INZET LEIDING EN VERANTWOORDING

3a. De route wordt geleid door een routeduo: de sectorleider Techniek van de school en de teamleider
Bouw en infra van het ROC. Het college van bestuur van de school wijst de sectorleider aan, het
college van bestuur van het ROC de teamleider. Het routeduo stelt het PTA/OER op, maakt het rooster,
verdeelt de lessen over de docenten van beide partijen, beslist over de toelating van leerlingen en
regelt de overstap van leerlingen (punt 5). Het PTA/OER en wijzigingen daarin legt het routeduo ter
vaststelling voor aan beide colleges van bestuur; over de overige zaken beslist het zelf.

3b. Het routeduo rapporteert twee keer per jaar, in februari en in augustus, schriftelijk aan beide
colleges van bestuur over het aantal leerlingen, de resultaten, het verzuim en de overstappen. De
rapportage van augustus is de jaarlijkse verantwoording over het afgelopen schooljaar en wordt in
september met beide colleges besproken.


4. ORGANISATORISCHE EN ONDERWIJSKUNDIGE INRICHTING

4a. Locaties: leerjaar 3 en 4 op de school in Harlingen, met één dag per week in de bouwhal van het ROC
op de Bouwcampus in Franeker; het mbo-jaar bij het ROC in Franeker en bij het leerbedrijf.

4b. Faciliteiten: het ROC stelt de bouwhal, de machinale houtbewerking en het gereedschap in Franeker
beschikbaar voor de leerlingen van de school. De school stelt haar BWI-lokaal en de houtwerkplaats
beschikbaar voor lessen van ROC-docenten.

4c. Personeel: het ROC zet in leerjaar 3 en 4 een docent bouw in voor zes lesuren per week. De
docenten BWI van de school en de docent bouw van het ROC vormen één team voor het praktijkdeel; het
PTA/OER geeft aan in welke modules de teambevoegdheid wordt gebruikt. Iedere docent blijft in dienst
van zijn eigen werkgever.


5. OVERSTAPOPTIE

Een leerling die de route niet afmaakt, krijgt altijd een andere weg naar een diploma:
- in leerjaar 3 of 4: verder in de reguliere basisberoepsgerichte leerweg van de school, met BWI of
  een ander profiel, tot het vmbo-diploma;
- vmbo-diploma niet gehaald: toch verder in de opleiding Timmerman bij het ROC, zonder
  vooropleidingseisen, of een extra jaar op de school om het vmbo-diploma te halen;
- andere richting: een andere opleiding op niveau 2 van het ROC, bijvoorbeeld Schilder of Metselaar,
  of na een geschiktheidsonderzoek een opleiding bij een andere instelling.
Het routeduo kiest samen met de leerling en zijn ouders het alternatief, op grond van wat de leerling
al heeft behaald en zijn leeftijd. De mentor zorgt voor een warme overdracht.


6. AANVULLENDE AFSPRAKEN MEDEZEGGENSCHAP

[hier eventuele aanvullende afspraken over de medezeggenschap invullen]


7. GESCHILBESLECHTING

Een geschil over de uitvoering van deze overeenkomst bespreekt het routeduo eerst zelf. Lukt het niet
binnen vier weken, dan gaat het naar de beide colleges van bestuur. Komen ook zij er binnen zes weken
niet uit, dan leggen zij het geschil voor aan een mediator. Helpt dat niet, dan beslist de bevoegde
rechter van de rechtbank Noord-Nederland.


8. ANDERE PARTIJEN, WIJZIGING EN BEËINDIGING

Een andere vmbo-school of mbo-instelling kan zich bij deze overeenkomst aansluiten als beide partijen
daarmee schriftelijk instemmen en de nieuwe partij het PTA/OER overneemt.
Deze overeenkomst wordt alleen schriftelijk gewijzigd, met handtekening van beide colleges van bestuur.
De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Iedere partij kan haar schriftelijk
opzeggen met een termijn van zes maanden.


Franeker, 30 juni 2025

Voor de school: J. Hoekstra, voorzitter college van bestuur

Voor het ROC: S. de Vries, lid college van bestuur
"""

sample(
    124, "platte_tekst_format_bouw", "txt",
    "Plain text that keeps the format's structure with renumbered parts; TXT; Noordwest-Friesland, BWI bb -> "
    "Timmerman niv. 2; defects: Financiën dropped entirely (g missing), medezeggenschap placeholder left in, "
    "opzegging without protection of pupils",
    st(g="m", h="w", j="w"),
    {"a": "1. DE ROUTE", "b": "2. BETROKKENHEID BEDRIJFSLEVEN", "c": "3a. De route wordt geleid door een routeduo",
     "d": "3b. Het routeduo rapporteert twee keer per jaar",
     "e": "4. ORGANISATORISCHE EN ONDERWIJSKUNDIGE INRICHTING", "f": "5. OVERSTAPOPTIE",
     "i": "7. GESCHILBESLECHTING"},
    T124)


# ---------------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------------

def expected(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(s):
    base = os.path.join(HERE, s["name"])
    path = base + "." + s["ext"]
    title = parse(s["text"])[0][1] if s["ext"] in ("pdf", "docx") else s["name"]
    if s["ext"] == "pdf":
        write_pdf(path, s["text"], title, **s["opts"])
    elif s["ext"] == "docx":
        write_docx(path, s["text"], title, **s["opts"])
    else:
        write_text(path, s["text"])
    with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(expected(s), ensure_ascii=False, indent=2) + "\n")
    print("wrote", os.path.basename(path))


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        out = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            out.append(tp.get_text_range())
            tp.close()
        pdf.close()
        return "\n".join(out)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        with zipfile.ZipFile(path) as z:
            assert "word/document.xml" in z.namelist()
        return "\n".join(parts)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def check(nums):
    ok = True
    for n in nums:
        s = SAMPLES[n]
        base = os.path.join(HERE, s["name"])
        path = base + "." + s["ext"]
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= MAX_BYTES:
                errs.append("too large: %d bytes" % size)
            try:
                text = norm(extract(path))
            except Exception as exc:  # noqa: BLE001
                errs.append("does not open: %r" % exc)
                text = ""
            for k, v in s["evidence"].items():
                if s["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(v) not in text:
                    errs.append("evidence %s not found: %r" % (k, v))
        try:
            with open(base + ".expected.json", encoding="utf-8") as fh:
                if json.load(fh) != expected(s):
                    errs.append("expected.json differs from table")
        except Exception as exc:  # noqa: BLE001
            errs.append("expected.json unreadable: %r" % exc)
        if set(s["statuses"]) != set(ALL):
            errs.append("statuses incomplete")
        print("%-45s %s" % (s["name"] + "." + s["ext"], "OK" if not errs else "FAIL"))
        for e in errs:
            print("    -", e)
        ok = ok and not errs
    return ok


def main(argv):
    args = [a for a in argv if a != "--check"]
    nums = [int(a) for a in args] if args else sorted(SAMPLES)
    if "--check" in argv:
        sys.exit(0 if check(nums) else 1)
    for n in nums:
        build(SAMPLES[n])


if __name__ == "__main__":
    main(sys.argv[1:])
