#!/usr/bin/env python3
"""Build TRAINING sample agreements 69-76 for leerroute-check (split "train").

Written by an independent helper author, started by the project session, from these sources
only: the two official guidance documents in /work/shared/seeds (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie "Altijd een passend vervolg"),
/work/shared/domain.md and sample_agreements/LABELS.md. The author did not look at the
checker code, models, tests, benchmarks, held-out samples or the texts/build scripts of the
other samples. Every school, instelling, company and person below is fictitious.

The script holds the full text of every agreement and writes each document plus
NAME.expected.json beside it.

Usage:
  python3 build_samples_train5b.py            build all samples
  python3 build_samples_train5b.py 69 72      build only these samples
  python3 build_samples_train5b.py --check    open every produced file and verify it
"""

import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_DT = (2025, 6, 30, 9, 0, 0)
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024

# ---------------------------------------------------------------------------------------------
# Generic PDF rendering (reportlab, deterministic with invariant=1)
# ---------------------------------------------------------------------------------------------


def parse_dsl(text):
    """Blocks separated by blank lines. First word of a block is its tag.

    T title | S subtitle | C centred | H heading | H2 subheading | P paragraph | L hanging lid |
    LL sub-item | SMALL small print | PB page break | LANDSCAPE / PORTRAIT template switch |
    SPACE n | TABLE name | SIG name | SPACED title with letter spacing |
    SC num|heading (margin number + small-caps heading) | MC num|text (margin clause)
    """
    blocks = []
    for raw in re.split(r"\n\s*\n", text.strip("\n")):
        raw = " ".join(line.strip() for line in raw.strip().splitlines())
        if not raw:
            continue
        tag, _, rest = raw.partition(" ")
        if tag not in {"T", "S", "C", "H", "H2", "P", "L", "LL", "SMALL", "PB", "LANDSCAPE",
                       "PORTRAIT", "SPACE", "TABLE", "SIG", "SPACED", "SC", "MC"}:
            tag, rest = "P", raw
        blocks.append((tag, rest))
    return blocks


def smallcaps_markup(text, big, small):
    """Small caps as Paragraph markup: capitals at full size, lower case as smaller capitals."""
    out, cur, cur_size = [], "", None
    for ch in text:
        size = small if ch.isalpha() and ch.islower() else big
        if size != cur_size and cur:
            out.append('<font size="%s">%s</font>' % (cur_size, escape(cur)))
            cur = ""
        cur_size = size
        cur += ch.upper()
    if cur:
        out.append('<font size="%s">%s</font>' % (cur_size, escape(cur)))
    return "".join(out)


def render_pdf(path, dsl, *, tables=None, sigs=None, font="Helvetica", bold="Helvetica-Bold",
               italic="Helvetica-Oblique", size=10, leading=13.5, justify=False, title="",
               author="", footer=None, gutter=0, margins=(62, 56, 62, 60)):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame,
                                    NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle)

    tables = tables or {}
    sigs = sigs or {}
    align = TA_JUSTIFY if justify else TA_LEFT
    st = {
        "T": ParagraphStyle("T", fontName=bold, fontSize=size + 5, leading=size + 9,
                            alignment=TA_CENTER, spaceAfter=6),
        "S": ParagraphStyle("S", fontName=font, fontSize=size + 1, leading=size + 4,
                            alignment=TA_CENTER, spaceAfter=10),
        "C": ParagraphStyle("C", fontName=font, fontSize=size, leading=leading,
                            alignment=TA_CENTER, spaceAfter=6),
        "H": ParagraphStyle("H", fontName=bold, fontSize=size + 1, leading=leading + 1,
                            spaceBefore=9, spaceAfter=4, keepWithNext=1),
        "H2": ParagraphStyle("H2", fontName=italic, fontSize=size, leading=leading,
                             spaceBefore=4, spaceAfter=2, keepWithNext=1),
        "P": ParagraphStyle("P", fontName=font, fontSize=size, leading=leading,
                            alignment=align, spaceAfter=4),
        "L": ParagraphStyle("L", fontName=font, fontSize=size, leading=leading,
                            alignment=align, spaceAfter=3, leftIndent=22, firstLineIndent=-22),
        "LL": ParagraphStyle("LL", fontName=font, fontSize=size, leading=leading,
                             alignment=align, spaceAfter=2, leftIndent=40, firstLineIndent=-16),
        "SMALL": ParagraphStyle("SMALL", fontName=italic, fontSize=size - 1.5,
                                leading=leading - 2, spaceAfter=4),
        "CELL": ParagraphStyle("CELL", fontName=font, fontSize=size - 1.5, leading=size + 0.5),
        "CELLB": ParagraphStyle("CELLB", fontName=bold, fontSize=size - 1.5, leading=size + 0.5),
        "MCP": ParagraphStyle("MCP", fontName=font, fontSize=size, leading=leading,
                              alignment=align, spaceAfter=4),
        "SCP": ParagraphStyle("SCP", fontName=font, fontSize=size + 1, leading=leading + 2,
                              spaceBefore=10, spaceAfter=4, keepWithNext=1),
    }

    class Margin(Flowable):
        """A paragraph with its number standing alone in a left margin column."""

        def __init__(self, label, para, keep=False, drop=None):
            Flowable.__init__(self)
            self.label, self.para, self.keep = label, para, keep
            self.drop = drop or para.style.fontSize
            self.keepWithNext = keep

        def wrap(self, aw, ah):
            self._pw, self._ph = self.para.wrap(aw - gutter, ah)
            self.width, self.height = aw, self._ph
            return aw, self._ph

        def split(self, aw, ah):
            parts = self.para.split(aw - gutter, ah)
            if not parts:
                return []
            return ([Margin(self.label, parts[0], drop=self.drop)]
                    + [Margin("", p) for p in parts[1:]])

        def getSpaceBefore(self):
            return self.para.getSpaceBefore()

        def getSpaceAfter(self):
            return self.para.getSpaceAfter()

        def draw(self):
            if self.label:
                self.canv.setFont(font, size)
                self.canv.drawString(0, self._ph - self.drop, self.label)
            self.para.drawOn(self.canv, gutter, 0)

    class Spaced(Flowable):
        def __init__(self, text, fsize=size + 6, space=4.5):
            Flowable.__init__(self)
            self.text, self.fsize, self.space = text, fsize, space

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, self.fsize * 2

        def draw(self):
            w = stringWidth(self.text, font, self.fsize) + self.space * (len(self.text) - 1)
            t = self.canv.beginText((self.aw - w) / 2, self.fsize * 0.6)
            t.setFont(font, self.fsize)
            t.setCharSpace(self.space)
            t.textOut(self.text)
            self.canv.drawText(t)

    def cell(x, b=False):
        return Paragraph(escape(x).replace("\n", "<br/>"), st["CELLB" if b else "CELL"])

    story = []
    for tag, rest in parse_dsl(dsl):
        if tag == "PB":
            story.append(PageBreak())
        elif tag == "LANDSCAPE":
            story += [NextPageTemplate("land"), PageBreak()]
        elif tag == "PORTRAIT":
            story += [NextPageTemplate("port"), PageBreak()]
        elif tag == "SPACE":
            story.append(Spacer(1, float(rest)))
        elif tag == "SPACED":
            story.append(Spaced(rest))
        elif tag == "TABLE":
            spec = tables[rest]
            rows = [[cell(c, True) for c in spec["header"]]]
            rows += [[cell(c, i == 0) for i, c in enumerate(r)] for r in spec["rows"]]
            t = Table(rows, colWidths=spec["widths"], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, "#555555"),
                ("BACKGROUND", (0, 0), (-1, 0), "#DDDDDD"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif tag == "SIG":
            left, right = sigs[rest]
            rows = [[cell(left[i] if i < len(left) else ""), cell(right[i] if i < len(right) else "")]
                    for i in range(max(len(left), len(right)))]
            t = Table(rows, colWidths=[230, 230], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story += [CondPageBreak(100), Spacer(1, 6), t]
        elif tag == "SC":
            num, _, head = rest.partition("|")
            p = Paragraph(smallcaps_markup(head.strip(), size + 1.5, size - 1), st["SCP"])
            story.append(Margin(num.strip(), p, keep=True, drop=size + 1.5))
        elif tag == "MC":
            num, _, body = rest.partition("|")
            story.append(Margin(num.strip(), Paragraph(escape(body.strip()), st["MCP"])))
        else:
            story.append(Paragraph(escape(rest), st[tag]))

    lm, rm, tm, bm = margins
    pw, ph = A4
    lw, lh = landscape(A4)

    def on_page(canv, doc):
        if footer:
            canv.saveState()
            canv.setFont(font, size - 2)
            w = canv._pagesize[0]
            canv.drawCentredString(w / 2, 28, footer.replace("{n}", str(doc.page)))
            canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title=title, author=author,
                          creator="build_samples_train5b", subject="", keywords="")
    doc.addPageTemplates([
        PageTemplate("port", [Frame(lm, bm, pw - lm - rm, ph - tm - bm, id="p")],
                     onPage=on_page, pagesize=A4),
        PageTemplate("land", [Frame(40, 48, lw - 80, lh - 88, id="l")],
                     onPage=on_page, pagesize=landscape(A4)),
    ])
    doc.build(story)


# ---------------------------------------------------------------------------------------------
# 69  PDF with landscape pages for the table per leerjaar (Twente, PIE kb -> mbo 3)
# ---------------------------------------------------------------------------------------------

TEXT_69 = r"""
T Samenwerkingsovereenkomst doorlopende leerroute Elektrotechniek Twente

S Vakcollege Hofkamp (Almelo) en Twentse Poort College (Hengelo) - routeversie 2025

H De ondergetekenden

L 1. Stichting Voortgezet Onderwijs Regge en Dinkel, gevestigd te Almelo, bevoegd gezag van Vakcollege Hofkamp, te dezen rechtsgeldig vertegenwoordigd door mevrouw drs. H.J. Oude Nijhuis, voorzitter van het college van bestuur, hierna: de school;

L 2. Stichting Beroepsonderwijs Oost-Nederland, gevestigd te Hengelo, handelend onder de naam Twentse Poort College, te dezen rechtsgeldig vertegenwoordigd door de heer ing. B.W. Lansink MBA, lid van het college van bestuur, hierna: het college;

P hierna samen: partijen,

H Overwegende dat

L a. partijen sinds 2021 samenwerken in een technieklijn voor leerlingen van de kaderberoepsgerichte leerweg en die samenwerking willen voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.2 van de Wet educatie en beroepsonderwijs (WEB);

L b. de installatiebranche in Twente grote behoefte heeft aan goed opgeleide elektromonteurs, onder meer voor de energietransitie;

L c. partijen de route gezamenlijk aan de minister melden door registratie in het Register Instellingen en Opleidingen;

P komen het volgende overeen.

H Artikel 1. Begrippen

P In deze overeenkomst wordt verstaan onder:

LL a. route: de doorlopende leerroute bedoeld in artikel 2;

LL b. routejaar: een leerjaar van de route; routejaar 1 valt samen met leerjaar 3 van het vmbo;

LL c. vo-fase: routejaar 1 en 2, waarin de leerling is ingeschreven bij de school;

LL d. mbo-fase: routejaar 3 tot en met 5, waarin de leerling als student is ingeschreven bij het college;

LL e. routeteam: de leiding over de route, bedoeld in artikel 4;

LL f. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route.

H Artikel 2. De route

L 2.1 Partijen verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk de route Elektrotechniek Twente.

L 2.2 De vo-fase van de route valt binnen het profiel Produceren, installeren en energie (PIE) van de kaderberoepsgerichte leerweg van de school.

L 2.3 De route leidt op tot de mbo-opleiding Eerste monteur elektrotechnische installaties in de woning en utiliteit, niveau 3, in de beroepsopleidende leerweg, binnen het opleidingsdomein Installatie- en energietechniek van het college.

L 2.4 De leerling behaalt in de route het diploma vmbo kaderberoepsgerichte leerweg en het mbo-diploma. De route duurt vijf routejaren; het routeteam kan een leerling een versneld traject van vier routejaren aanbieden als het dat haalbaar acht.

H Artikel 3. Betrokkenheid van het werkveld

L 3.1 Partijen betrekken de installatiebranche bij de route via de Werkveldcommissie Elektrotechniek Twente. Daarin hebben ten minste vier erkende leerbedrijven zitting, onder wie Brink Elektrotechniek B.V. (Almelo) en Haarman Installatiegroep (Hengelo), en een adviseur praktijkleren van SBB.

L 3.2 De werkveldcommissie komt twee keer per schooljaar, in november en in april, bijeen met het routeteam en adviseert over de inhoud van het programma, de keuze van de keuzedelen en de spreiding van de beroepspraktijkvorming over de routejaren.

L 3.3 De leerbedrijven in de werkveldcommissie hebben zich tegenover partijen verbonden om:

LL a. in routejaar 2 snuffelstageplaatsen en vanaf routejaar 3 bpv-plaatsen beschikbaar te stellen, met ten minste één plaats per deelnemende leerling;

LL b. per schooljaar ten minste drie gastlessen of bedrijfsbezoeken in de vo-fase te verzorgen;

LL c. per routejaar ten minste één praktijkopdracht aan te leveren uit een lopend project;

LL d. praktijkbeoordelaars te leveren voor de proeven van bekwaamheid in de mbo-fase.

H Artikel 4. Routeteam

L 4.1 De leiding over de route berust bij het routeteam. Het routeteam bestaat uit:

LL a. de afdelingsleider bovenbouw techniek van de school;

LL b. de opleidingsmanager Installatie- en energietechniek van het college;

LL c. een routecoördinator, afkomstig uit het docententeam van een van beide partijen.

L 4.2 De leden onder a en b worden door het eigen college van bestuur in het routeteam benoemd. De routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd, op voordracht van de leden onder a en b, voor een periode van drie schooljaren; herbenoeming is mogelijk.

L 4.3 De colleges van bestuur dragen het routeteam op:

LL a. de dagelijkse organisatie van de route, waaronder roosters, groepsindeling en de planning van de beroepspraktijkvorming;

LL b. het opstellen van het PTA/OER en het voorleggen daarvan ter vaststelling aan de daartoe bevoegde organen van beide partijen;

LL c. het besluiten over de toelating van leerlingen tot de route en over versnelling;

LL d. het besluiten over de inzet van de docenten die partijen voor de route beschikbaar stellen, binnen de formatie die partijen jaarlijks vaststellen;

LL e. het besteden van het routebudget tot een bedrag van € 15.000 per schooljaar.

L 4.4 Besluiten over formatie, investeringen boven het routebudget, wijziging van deze overeenkomst en het aangaan van verplichtingen tegenover derden blijven voorbehouden aan de colleges van bestuur.

H Artikel 5. Rapportage aan de besturen

L 5.1 Het routeteam zendt beide colleges van bestuur uiterlijk 1 februari een voortgangsnotitie over het eerste halfjaar en uiterlijk 1 oktober een jaarverslag over het afgelopen schooljaar.

L 5.2 Het jaarverslag bevat ten minste de in-, door- en uitstroomcijfers per routejaar, de examenresultaten, het gebruik van de overstapmogelijkheden uit artikel 7, de besteding van het routebudget en van de middelen bedoeld in artikel 8, en het advies van de werkveldcommissie.

L 5.3 Tweemaal per jaar, in maart en in oktober, bespreken de leden van het routeteam de voortgangsnotitie respectievelijk het jaarverslag in een bestuurlijk overleg met de portefeuillehouders van beide colleges van bestuur.

L 5.4 Het routeteam informeert beide colleges van bestuur onverwijld over ernstige incidenten en over een dreigende overschrijding van het routebudget.

H Artikel 6. Inrichting per leerjaar

L 6.1 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden voor alle routejaren beschreven in het PTA/OER. Partijen stellen het PTA/OER vast voor 1 juli voorafgaand aan het schooljaar waarop het betrekking heeft.

L 6.2 Locatie, docenten, faciliteiten, beroepspraktijkvorming en examinering zijn per routejaar geregeld zoals opgenomen in het overzicht op de volgende bladzijden. Dat overzicht maakt deel uit van deze overeenkomst.

L 6.3 Docenten blijven in dienst van hun eigen werkgever. De school stelt voor de route ten minste 1,2 fte docenten PIE beschikbaar, het college ten minste 0,8 fte docent elektrotechniek en 0,4 fte instructeur. Partijen vormen één docententeam en maken voor de vakoverstijgende praktijkmodules gebruik van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); het PTA/OER vermeldt bij welke programmaonderdelen het team wordt ingezet en welke docent voor welk onderdeel bevoegd is.

L 6.4 Partijen stellen elkaar hun praktijkruimten, gereedschap, meetapparatuur en leermiddelen om niet ter beschikking voor zover dat voor de route nodig is. Verbruiksmaterialen komen voor rekening van de partij bij wie de leerling op dat moment is ingeschreven. Iedere partij verzekert de leerlingen en het personeel op haar eigen locatie.

L 6.5 Klachten van leerlingen of ouders over gedragingen van personeel van het college in de vo-fase behandelt de school volgens haar klachtenregeling; het college verleent daaraan alle medewerking. In de mbo-fase geldt het omgekeerde.

LANDSCAPE

H Overzicht bij artikel 6: inrichting van de route per routejaar

TABLE inrichting

PB

H Overzicht bij artikel 6 (vervolg): examinering en onderwijstijd

H2 Examenplanning en verantwoordelijkheid per routejaar

TABLE examens

H2 Verdeling van de onderwijstijd per routejaar (klokuren, indicatief; bindend is het PTA/OER)

TABLE uren

SMALL Afkortingen: AVO = algemeen vormende vakken; BOT = begeleide onderwijstijd; bpv = beroepspraktijkvorming; CE = centraal examen; SE = schoolexamen.

PORTRAIT

H Artikel 7. Overstappen

L 7.1 Een leerling die de route niet afmaakt, krijgt van partijen altijd een vervolg dat leidt naar een diploma. Welk vervolg passend is, bepalen de school en het college samen, na een gesprek met de leerling en zijn ouders, op grond van het onderwijsniveau dat de leerling heeft bereikt en zijn leeftijd. Het routeteam legt het besluit schriftelijk vast en zorgt voor een warme overdracht.

L 7.2 Partijen bieden in elk geval de volgende mogelijkheden:

LL a. stopt de leerling in de vo-fase, dan zet hij zijn opleiding voort in de reguliere kaderberoepsgerichte leerweg van de school, in het profiel PIE of in een ander profiel, en doet hij daar eindexamen;

LL b. heeft de leerling aan het eind van routejaar 3 het vmbo-diploma niet behaald, dan kan hij bij het college verder in de opleiding Monteur elektrotechnische installaties (niveau 2) of in een andere opleiding op niveau 2 of 3 binnen het domein, zonder dat de vooropleidingseisen hem worden tegengeworpen; de school biedt daarnaast de gelegenheid het ontbrekende deel van het vmbo-examen alsnog af te leggen;

LL c. blijkt de richting niet bij de leerling te passen, dan helpt het college hem bij de overstap naar een andere opleiding op hetzelfde niveau binnen het college;

LL d. wil of moet de leerling naar een andere mbo-instelling, bijvoorbeeld na een verhuizing, dan begeleiden partijen de aanmelding en leveren zij, met toestemming van de leerling en zijn ouders, de gegevens aan die de andere instelling nodig heeft voor een geschiktheidsonderzoek.

L 7.3 De school neemt deze werkwijze op in haar schoolgids en het college in de studiegids van de route.

H Artikel 8. Overdracht van middelen

L 8.1 De school draagt met toepassing van artikel 5.42a WVO 2020 aan het college over een bedrag van € 1.150 per leerling per schooljaar, voor iedere leerling die op 1 oktober in routejaar 1 of 2 van de route is ingeschreven.

L 8.2 Het college zet het overgedragen bedrag uitsluitend in voor de inzet van zijn docent elektrotechniek en instructeur in de vo-fase en voor de verbruiksmaterialen op de praktijkdagen in Hengelo.

L 8.3 De school betaalt in twee gelijke termijnen, uiterlijk 1 december en 1 mei, op basis van een factuur van het college. Het college draagt geen bekostiging aan de school over.

H Artikel 9. Medezeggenschap

L 9.1 De leerlingen in de vo-fase van de route wijzen jaarlijks uit hun midden een vertegenwoordiger aan die als toehoorder met spreekrecht de vergaderingen van de studentenraad van het college bijwoont waarin de route of het domein Installatie- en energietechniek aan de orde is.

L 9.2 Het jaarverslag bedoeld in artikel 5 wordt toegezonden aan de medezeggenschapsraad van de school en aan de studentenraad en de ondernemingsraad van het college. Een voorgenomen wijziging van de opzet van de route legt ieder college van bestuur voor advies voor aan zijn medezeggenschapsorgaan of -organen.

L 9.3 Voor het overige geldt in de vo-fase de Wet medezeggenschap op scholen en in de mbo-fase hoofdstuk 8a WEB en de Wet op de ondernemingsraden.

H Artikel 10. Geschillen

L 10.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in het routeteam besproken. Komt het routeteam binnen twee weken niet tot een oplossing, dan leggen partijen het geschil voor aan een bestuurlijk overleg van beide colleges van bestuur, dat binnen vier weken bijeenkomt.

L 10.2 Leidt het bestuurlijk overleg niet tot een oplossing, dan schakelen partijen een mediator in die is ingeschreven in het register van de Mediatorsfederatie Nederland. De kosten worden gelijk gedeeld.

L 10.3 Is het geschil drie maanden na de start van de mediation niet opgelost, dan kan iedere partij het voorleggen aan de bevoegde rechter van de Rechtbank Overijssel, locatie Almelo.

L 10.4 Gedurende een geschil zetten partijen de route ongewijzigd voort; het geschil mag niet ten koste gaan van het onderwijs aan de leerlingen.

H Artikel 11. Looptijd, toetreding, wijziging en beëindiging

L 11.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

L 11.2 Een andere school voor vmbo met het profiel PIE in de kaderberoepsgerichte leerweg, of een andere instelling voor beroepsonderwijs, kan tot deze overeenkomst toetreden als alle partijen daarmee schriftelijk instemmen en de nieuwe partij een door alle partijen ondertekende toetredingsverklaring aanvaardt, waarin zij alle rechten en verplichtingen uit deze overeenkomst op zich neemt. Toetreding gaat in bij het begin van een schooljaar; de toetredende partij meldt de route bij DUO. Toetreding verandert niets aan het programma van leerlingen die de route al volgen.

L 11.3 Wijziging van deze overeenkomst is alleen geldig als zij schriftelijk is vastgelegd en door beide colleges van bestuur is ondertekend. Een wijziging van het programma geldt alleen voor cohorten die na de wijziging instromen, tenzij de wijziging in het voordeel is van de zittende leerlingen en het routeteam hen daarover heeft gehoord.

L 11.4 Iedere partij kan de overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van een jaar, met inachtneming van een opzegtermijn van twaalf maanden. Ontbinding is alleen mogelijk bij een ernstige tekortkoming die na schriftelijke ingebrekestelling niet binnen drie maanden is hersteld.

L 11.5 Na opzegging of ontbinding neemt de route geen nieuwe leerlingen meer op. Leerlingen die op dat moment al in de route zitten, ronden haar bij partijen af volgens deze overeenkomst; de bepalingen die daarvoor nodig zijn, blijven van kracht totdat de laatste leerling de route heeft verlaten.

H Artikel 12. Slotbepaling

P Op deze overeenkomst is Nederlands recht van toepassing. Aldus overeengekomen en in tweevoud ondertekend te Almelo op 2 juli 2025.

SIG ond
"""

TABLES_69 = {
    "inrichting": {
        "header": ["Routejaar", "Locatie", "Docenten", "Faciliteiten", "Beroepspraktijkvorming",
                   "Examen"],
        "widths": [86, 120, 150, 140, 120, 146],
        "rows": [
            ["Routejaar 1\n(leerjaar 3 vmbo kb)",
             "Vakcollege Hofkamp, Almelo. Eén praktijkdag per twee weken in het Techniekhuis van het college in Hengelo; busvervoer geregeld door de school.",
             "Docenten PIE en AVO van de school; mentor is een docent PIE. De docent elektrotechniek van het college verzorgt de praktijkdagen en vormt met de docent PIE een team voor de module Elektrisch installeren (teambevoegdheid).",
             "Praktijklokaal PIE en installatieboxen van de school; op praktijkdagen de installatiewerkplaats en het E-lab van het college. Beschermingsmiddelen en gereedschapskist worden door de school verstrekt.",
             "Geen bpv. Twee bedrijfsbezoeken en drie gastlessen via de werkveldcommissie.",
             "SE profielmodules PIE en AVO volgens het PTA van de route. Start mbo-keuzedeel Domotica, beoordeeld door de docent van het college."],
            ["Routejaar 2\n(leerjaar 4 vmbo kb)",
             "Vakcollege Hofkamp; twee praktijkdagen per maand in het Techniekhuis van het college.",
             "Als routejaar 1. De instructeur van het college begeleidt de meetpractica. De decaan van de school verzorgt de loopbaanbegeleiding samen met de loopbaanbegeleider van het college.",
             "Als routejaar 1, aangevuld met de meet- en keuringsapparatuur (NEN 1010 en NEN 3140) van het college.",
             "Snuffelstage van twee weken in april bij een leerbedrijf uit de werkveldcommissie.",
             "CE vmbo kb in alle vakken (mei); diplomering vmbo door de school. Examen keuzedeel Domotica door het college."],
            ["Routejaar 3\n(mbo-jaar 1)",
             "Techniekhuis van het college, Hengelo; één dag per week bij een erkend leerbedrijf.",
             "Docententeam Installatie- en energietechniek van het college. De mentor van de school blijft tot de herfstvakantie aanspreekpunt (warme overdracht).",
             "Installatiewerkplaats, E-lab en oefendak voor zonnepanelen van het college.",
             "Eén dag per week, circa 300 uur, met een praktijkopleider van het leerbedrijf en een bpv-begeleider van het college.",
             "Examens kerntaak 1 (praktijkdeel). Zo nodig herkansing van vmbo-vakken bij de school (artikel 2.107j WVO 2020)."],
            ["Routejaar 4\n(mbo-jaar 2)",
             "Het college; in de tweede helft van het jaar blokstage bij een leerbedrijf.",
             "Docententeam van het college; gastdocenten uit de leerbedrijven voor laadinfrastructuur en domotica.",
             "Als routejaar 3. Het leerbedrijf stelt gereedschap en materiaal op de werkplek ter beschikking.",
             "Blokstage van 20 weken, circa 640 uur.",
             "Proeve van bekwaamheid kerntaak 1 in de beroepspraktijk, beoordeeld door een examinator van het college en een praktijkbeoordelaar van het leerbedrijf."],
            ["Routejaar 5\n(mbo-jaar 3)",
             "Het college en een tweede leerbedrijf.",
             "Docententeam van het college en de praktijkopleiders van de leerbedrijven.",
             "Leerbedrijf; E-lab van het college voor de keuzedelen.",
             "Blokstage van 20 weken, circa 640 uur, bij een ander leerbedrijf dan in routejaar 4.",
             "Proeven van bekwaamheid kerntaak 2 en profieldeel; examens keuzedelen; diplomering mbo niveau 3 door het college."],
        ],
    },
    "examens": {
        "header": ["Routejaar", "Examenonderdeel", "Vo of mbo", "Verantwoordelijk",
                   "Periode", "Herkansing"],
        "widths": [86, 200, 70, 150, 110, 146],
        "rows": [
            ["Routejaar 1", "Schoolexamen profielmodules PIE (Elektrotechniek, Installeren) en AVO", "vo",
             "examencommissie van de school", "per periode volgens PTA", "één herkansing per periode"],
            ["Routejaar 1", "Keuzedeel Domotica, deel 1 (praktijkopdracht)", "mbo",
             "examencommissie van het college", "april-juni", "in routejaar 2"],
            ["Routejaar 2", "Centraal examen vmbo kb, alle vakken", "vo",
             "school (eindexamen)", "mei", "volgens het eindexamenbesluit; zo nodig in routejaar 3"],
            ["Routejaar 2", "Keuzedeel Domotica, afronding; praktijkexamen basisvaardigheden", "mbo",
             "examencommissie van het college", "maart-juni", "in routejaar 3"],
            ["Routejaar 3", "Kerntaak 1, praktijkdeel; Nederlands en rekenen (instellingsexamens)", "mbo",
             "examencommissie van het college", "januari-juni", "volgens het OER"],
            ["Routejaar 4", "Proeve van bekwaamheid kerntaak 1 in de beroepspraktijk", "mbo",
             "examencommissie van het college, met praktijkbeoordelaar", "tijdens de blokstage",
             "volgens het OER"],
            ["Routejaar 5", "Proeven kerntaak 2 en profieldeel; keuzedelen; loopbaan en burgerschap", "mbo",
             "examencommissie van het college, met praktijkbeoordelaar", "tijdens en na de blokstage",
             "volgens het OER"],
        ],
    },
    "uren": {
        "header": ["Routejaar", "Vo-onderwijs (school)", "Mbo-onderdelen in de vo-fase",
                   "BOT mbo", "Bpv", "Totaal per jaar"],
        "widths": [110, 130, 150, 120, 120, 132],
        "rows": [
            ["Routejaar 1", "880 uur", "120 uur (praktijkdagen, keuzedeel)", "-", "-", "1.000 uur"],
            ["Routejaar 2", "840 uur", "160 uur", "-", "80 uur snuffelstage", "1.080 uur"],
            ["Routejaar 3", "-", "-", "700 uur", "300 uur", "1.000 uur"],
            ["Routejaar 4", "-", "-", "400 uur", "640 uur", "1.040 uur"],
            ["Routejaar 5", "-", "-", "360 uur", "640 uur", "1.000 uur"],
        ],
    },
}

SIGS_69 = {
    "ond": (["Stichting Voortgezet Onderwijs Regge en Dinkel", "", "", "_______________________",
             "drs. H.J. Oude Nijhuis", "voorzitter college van bestuur"],
            ["Stichting Beroepsonderwijs Oost-Nederland (Twentse Poort College)", "", "",
             "_______________________", "ing. B.W. Lansink MBA", "lid college van bestuur"]),
}


def build_69(path):
    render_pdf(path, TEXT_69, tables=TABLES_69, sigs=SIGS_69,
               title="Samenwerkingsovereenkomst DLR Elektrotechniek Twente",
               author="Vakcollege Hofkamp / Twentse Poort College",
               footer="SOK Elektrotechniek Twente - pagina {n}")


# ---------------------------------------------------------------------------------------------
# 70  PDF with clause numbers in a left margin column, small-caps headings (Zeeland, M&T kb -> mbo 3)
# ---------------------------------------------------------------------------------------------

TEXT_70 = r"""
SPACED SAMENWERKINGSOVEREENKOMST

C doorlopende leerroute vmbo-mbo Maritiem en techniek - Metaal en Scheepsbouw Walcheren

SPACE 6

MC |Ondergetekenden:

MC 1.|Stichting Openbaar Voortgezet Onderwijs Walcheren, gevestigd te Middelburg, bevoegd gezag van het Scheldemond Vakcollege te Vlissingen, te dezen vertegenwoordigd door haar bestuurder, de heer P.J. Minderhoud, hierna: de School;

MC 2.|Stichting Zeeuws Beroepsonderwijs, gevestigd te Goes, handelend onder de naam Zeeuwse Kust MBO, te dezen vertegenwoordigd door mevrouw ir. C.A. Dekker-Verhulst, voorzitter van het college van bestuur, hierna: de Instelling;

MC |verklaren te zijn overeengekomen als volgt.

SC 1|Onderwerp van de overeenkomst

MC 1.1|Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB, genaamd Metaal en Scheepsbouw Walcheren, hierna: de route.

MC 1.2|De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Maritiem en techniek, van de School en loopt door in de vakopleiding Allround constructiewerker (niveau 3, beroepsopleidende leerweg) van de Instelling, opleidingsdomein Techniek en procesindustrie, met het accent op scheeps- en jachtbouw.

MC 1.3|De leerling behaalt het vmbo-diploma aan het eind van het tweede routejaar en het mbo-diploma na in totaal vier routejaren.

MC 1.4|Partijen melden de route vóór de start gezamenlijk aan de minister door registratie in RIO.

SC 2|Samenwerking met het bedrijfsleven

MC 2.1|Partijen werken voor de route samen met de scheepswerven en metaalbedrijven die zijn aangesloten bij de Stichting Praktijkleren Metaal Zeeland, onder wie Scheldewerf Vlissingen B.V., Jachtwerf Veerse Meer en Constructiebedrijf Arnemuiden.

MC 2.2|Deze bedrijven leveren, via de Stichting Praktijkleren Metaal Zeeland: (a) drie vertegenwoordigers in de praktijkraad van de route, die jaarlijks in mei advies uitbrengt over het programma en de keuzedelen; (b) per onderwijsperiode een levensechte opdracht uit de eigen productie; (c) een oriëntatiestage van een week in het tweede routejaar en bpv-plaatsen in het derde en vierde routejaar; (d) praktijkbeoordelaars voor de proeven van bekwaamheid.

MC 2.3|Voor iedere bpv-periode sluiten de Instelling, het leerbedrijf en de student een praktijkovereenkomst volgens de regels van SBB.

SC 3|Leiding

MC 3.1|De leiding over de route is opgedragen aan de routeraad. De routeraad bestaat uit de teamleider techniek van de School, de opleidingsmanager Metaal en Maritiem van de Instelling en de praktijkcoördinator van de route.

MC 3.2|De bestuurder van de School en het college van bestuur van de Instelling wijzen elk hun eigen lid aan. De praktijkcoördinator wordt door beide bestuursorganen gezamenlijk aangewezen, na advies van de praktijkraad. Iedere aanwijzing wordt schriftelijk vastgelegd en geldt tot zij wordt ingetrokken.

MC 3.3|De routeraad stelt jaarlijks het routeplan en de routebegroting op, bereidt het gezamenlijke PTA/OER voor en legt het ter vaststelling voor aan de bevoegde organen van partijen, beslist over de toelating van leerlingen, de roosters en de verdeling van de door partijen toegekende docenturen over de programmaonderdelen, beheert het routebudget en is namens partijen aanspreekpunt voor de leerbedrijven.

MC 3.4|De routeraad besluit bij meerderheid van stemmen; een besluit dat de formatie of de financiën van een partij raakt, neemt hij niet zonder instemming van het lid van die partij. De routeraad is niet bevoegd partijen tegenover derden te verbinden.

SC 4|Verantwoording

MC 4.1|Na afloop van ieder semester, uiterlijk 15 februari en 15 juli, zendt de routeraad beide bestuursorganen een schriftelijke voortgangsrapportage met het aantal leerlingen per routejaar, uitval en overstappen, examenresultaten, de stand van de bpv en de uitputting van het routebudget.

MC 4.2|Jaarlijks in juni legt de routeraad in een gezamenlijk bestuurlijk overleg verantwoording af over het afgelopen schooljaar en legt hij het routeplan en de routebegroting voor het volgende schooljaar ter goedkeuring voor.

MC 4.3|Ieder bestuursorgaan kan op elk moment inlichtingen van de routeraad verlangen; de routeraad verstrekt die binnen tien werkdagen. Knelpunten meldt de routeraad onverwijld.

SC 5|Inrichting van het onderwijs

MC 5.1|Het eerste en tweede routejaar worden gegeven in het gebouw van de School in Vlissingen, met één praktijkdag per week in het Maritiem Centrum van de Instelling in Vlissingen-Oost. Het derde en vierde routejaar worden gegeven in het Maritiem Centrum en bij de leerbedrijven.

MC 5.2|Het onderwijsprogramma, de examinering en de bpv per routejaar zijn beschreven in het gezamenlijke PTA/OER, dat als bijlage bij deze overeenkomst wordt gevoegd en jaarlijks vóór 1 juli wordt vastgesteld.

MC 5.3|De School zet voor de route haar docenten Maritiem en techniek en de AVO-docenten van de kaderberoepsgerichte leerweg in. De Instelling zet een docent constructie in en een lasinstructeur die in de eerste twee routejaren acht uur per week op de praktijkdagen lesgeeft. De docenten vormen één team; voor de praktijkmodules Verbinden en Constructietekeningen lezen geldt de teambevoegdheid. Ieder blijft in dienst van de eigen werkgever. Partijen organiseren jaarlijks twee gezamenlijke studiedagen voor het team.

MC 5.4|De Instelling stelt haar lasafdeling, de CNC-snijtafel en de buigbank in het Maritiem Centrum beschikbaar; de School stelt haar praktijklokaal Maritiem en techniek en de scheepsbrugsimulator beschikbaar. Het gebruik is kosteloos en wordt in het rooster van de routeraad vastgelegd.

MC 5.5|De School is verantwoordelijk voor inschrijving, verzuim en de vmbo-examens in de vo-fase, de Instelling voor inschrijving, verzuim, bpv en de mbo-examens in de mbo-fase. Klachten over personeel van de andere partij worden behandeld volgens de klachtenregeling van de partij waar de leerling is ingeschreven, met medewerking van de andere partij.

SC 6|Overstap

MC 6.1|Wie de route verlaat, wordt door partijen begeleid naar een opleiding waarmee hij een vmbo- of mbo-diploma kan behalen. De School en de Instelling beoordelen samen, in een overstapgesprek met de leerling en zijn ouders, welke opleiding past bij het bereikte onderwijsniveau en de leeftijd van de leerling. Het besluit wordt op voorstel van de routeraad door de teamleider van de School en de opleidingsmanager van de Instelling gezamenlijk genomen.

MC 6.2|Bij vertrek in het eerste of tweede routejaar vervolgt de leerling zijn opleiding in de reguliere kaderberoepsgerichte leerweg van de School, in hetzelfde of een ander profiel, en sluit hij af met het vmbo-examen.

MC 6.3|Heeft de leerling aan het eind van het tweede routejaar het vmbo-diploma niet behaald, dan kan hij het jaar overdoen of zonder toepassing van de vooropleidingseisen instromen in de opleiding Constructiewerker (niveau 2) van de Instelling; de School biedt in het derde routejaar een herkansing van de ontbrekende vakken aan.

MC 6.4|In de mbo-fase kan de leerling overstappen naar een andere technische opleiding op niveau 3 van de Instelling. Kiest hij voor een andere instelling, dan verstrekken partijen de gegevens die deze nodig heeft voor een onderzoek naar zijn geschiktheid.

SC 7|Bekostiging

MC 7.1|Partijen dragen geen bekostiging aan elkaar over, niet op grond van artikel 5.42a WVO 2020 en niet op grond van artikel 9.1.15 WEB.

MC 7.2|Iedere partij draagt de kosten van het eigen personeel, de eigen faciliteiten en de materialen die zij voor de route verstrekt. De uren van de lasinstructeur in de vo-fase worden niet verrekend.

SC 8|Medezeggenschap

MC 8.1|Volgens de wet geldt in de vo-fase voor de leerlingen, hun ouders en het personeel van de School de Wet medezeggenschap op scholen, en in de mbo-fase voor de studenten en hun ouders hoofdstuk 8a WEB en voor het personeel van de Instelling de Wet op de ondernemingsraden.

MC 8.2|De wet laat partijen de ruimte om bovenop deze regelingen aanvullende afspraken te maken, bijvoorbeeld over deelname van leerlingen uit de vo-fase aan de studentenraad van de Instelling. Zulke afspraken kunnen bij een wijziging van deze overeenkomst worden opgenomen.

SC 9|Geschillen

MC 9.1|Een verschil van mening tussen partijen over de uitleg of de uitvoering van deze overeenkomst wordt eerst in de routeraad besproken.

MC 9.2|Is het verschil na dertig dagen niet opgelost, dan legt de routeraad het voor aan de bestuurder van de School en de voorzitter van het college van bestuur van de Instelling.

MC 9.3|Komen zij niet binnen zestig dagen tot overeenstemming, dan wordt het geschil beslecht door bindend advies van een commissie van drie personen. Iedere partij wijst één lid aan; die twee leden kiezen een voorzitter die bij geen van partijen werkzaam is. De commissie brengt binnen acht weken advies uit. De kosten worden gelijk gedeeld.

SC 10|Duur, toetreding, wijziging en einde

MC 10.1|Deze overeenkomst geldt vanaf 1 augustus 2025 voor vijf schooljaren en wordt daarna telkens stilzwijgend met één schooljaar verlengd.

MC 10.2|Een andere school of instelling voor beroepsonderwijs kan tot de route toetreden als beide partijen daarmee schriftelijk instemmen en de toetredende partij alle verplichtingen uit deze overeenkomst aanvaardt. Toetreding gaat in op 1 augustus; de toetredende partij registreert haar deelname in RIO. Voor leerlingen die de route al volgen verandert daardoor niets.

MC 10.3|Wijzigingen worden schriftelijk overeengekomen door de bevoegde gezagsorganen van partijen en gaan in op 1 augustus, zodat zij niet midden in een schooljaar gevolgen hebben voor leerlingen en studenten.

MC 10.4|Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van twaalf maanden. Ontbinding is alleen mogelijk wegens een toerekenbare tekortkoming van betekenis.

MC 10.5|Na het einde van de overeenkomst worden geen nieuwe leerlingen meer tot de route toegelaten. Leerlingen en studenten die vóór dat moment zijn ingestroomd, maken de route af; partijen blijven daartoe gehouden.

MC |Aldus overeengekomen en ondertekend te Vlissingen op 19 juni 2025.

SIG ond
"""

SIGS_70 = {
    "ond": (["Stichting Openbaar Voortgezet Onderwijs Walcheren", "", "", "________________________",
             "P.J. Minderhoud, bestuurder"],
            ["Stichting Zeeuws Beroepsonderwijs (Zeeuwse Kust MBO)", "", "",
             "________________________", "ir. C.A. Dekker-Verhulst, voorzitter college van bestuur"]),
}


def build_70(path):
    render_pdf(path, TEXT_70, sigs=SIGS_70, font="Times-Roman", bold="Times-Bold",
               italic="Times-Italic", size=10.5, leading=14, justify=True, gutter=44,
               title="Samenwerkingsovereenkomst Metaal en Scheepsbouw Walcheren",
               author="Scheldemond Vakcollege / Zeeuwse Kust MBO",
               footer="- {n} -", margins=(56, 64, 60, 60))


# ---------------------------------------------------------------------------------------------
# 71  TXT e-mail thread with the agreement pasted in (Oost-Groningen, HBR bb -> Kok niveau 2)
# ---------------------------------------------------------------------------------------------

TEXT_71 = """\
Van:          Marieke Hoeksema <m.hoeksema@pekeldercollege.nl>
Verzonden:    dinsdag 3 juni 2025 16:42
Aan:          Wubbo Dijkhuis <w.dijkhuis@hunzelandcollege.nl>
CC:           Geert Scholtens <g.scholtens@scholengroepveenkolonien.nl>; Secretariaat CvB Hunzeland <cvb@hunzelandcollege.nl>
Onderwerp:    RE: SOK DLR Horeca - tekst voor ondertekening

Hoi Wubbo,

Dank voor je mail van vorige week. We hebben jullie drie punten donderdag in
het MT besproken. Het voorstel over de mediator, de bijdrage per leerling en de
plek in de studentenraad nemen we nu niet over: daar zijn we het nog niet over
eens en we willen de ondertekening er niet op laten wachten. Die punten staan
dus NIET in de tekst hieronder. Dit is de tekst zoals Geert en jullie bestuurder
hem vrijdag hebben goedgekeurd.

Wil je hem laten tekenen en de scan terugsturen? Dan zet ik de route daarna in
RIO.

======================= TEKST SAMENWERKINGSOVEREENKOMST =======================

SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE HORECA (VMBO BB - MBO 2)

Partijen:
- Stichting Scholengroep Veenkoloniën, bevoegd gezag van het Pekelder College
  te Veendam, vertegenwoordigd door G. Scholtens, bestuurder ("de school");
- Stichting Beroepsonderwijs Groningen-Oost, handelend onder de naam Hunzeland
  College, te Stadskanaal, vertegenwoordigd door drs. A.M. Brouwer-Tiesinga,
  voorzitter van het college van bestuur ("Hunzeland").

1. Route
De school en Hunzeland bieden samen een doorlopende leerroute aan. Leerlingen
starten in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Horeca,
bakkerij en recreatie, en stromen door naar de mbo-opleiding Kok (niveau 2,
BOL) in het domein Horeca en bakkerij. De route duurt vier jaar: twee jaar
vo-fase op het Pekelder College en twee jaar mbo-fase bij Hunzeland.

2. Leerbedrijven
Hotel-Restaurant Het Veenhuis (Veendam), Brasserie De Kanaalkant
(Stadskanaal), Partycentrum Boven Pekela, Eetcafé De Wildervank en de
centrale keuken van Zorgcentrum De Hunze bieden stageplaatsen vanaf het tweede
routejaar, geven twee keer per jaar een kookworkshop op school, en een chef van
een van deze bedrijven beoordeelt mee bij de proeven van bekwaamheid. Ieder
voorjaar nemen zij met de coördinatoren het programma door.

3. Coördinatie
De route wordt geleid door twee coördinatoren: de teamleider bovenbouw van het
Pekelder College en de opleidingscoördinator Horeca van Hunzeland. Ieder bestuur
wijst zijn eigen coördinator schriftelijk aan. De coördinatoren maken samen het
rooster en het gezamenlijke PTA/OER, verdelen de lessen over de docenten van
beide scholen, besluiten over de toelating van leerlingen tot de route en over
de indeling van de praktijkdagen.
Beslissingen over personeel en over wijziging van deze overeenkomst blijven bij
de besturen.

4. Verantwoording
De coördinatoren verstrekken inlichtingen aan en leggen verantwoording af aan de
besturen van de school en van Hunzeland.

5. Onderwijs, docenten en lokalen
De lessen in de vo-fase worden gegeven op het Pekelder College; een
kok-docent van Hunzeland geeft daar elke week vier lesuren praktijk. In het
tweede routejaar gebruiken de leerlingen een dag per week de leerkeuken en het
leerrestaurant van Hunzeland in Stadskanaal. In de mbo-fase vindt het
onderwijs plaats bij Hunzeland en in de leerbedrijven. De docenten van beide
scholen vormen samen een team; in het PTA/OER staat per leerjaar welke
onderdelen zij samen verzorgen (teambevoegdheid) en welke examens de school en
welke Hunzeland afneemt. Ieder blijft werkgever van de eigen docenten.

6. Als een leerling stopt met de route
Stopt een leerling in de vo-fase, dan haalt hij zijn vmbo-diploma in de gewone
basisberoepsgerichte leerweg op het Pekelder College, in hetzelfde of een ander
profiel. Stopt hij in de mbo-fase of haalt hij zijn vmbo-diploma niet, dan kan
hij bij Hunzeland zonder vooropleidingseisen een andere opleiding op niveau 2
volgen, of de opleiding Kok in de BBL. De teamleider en de
opleidingscoördinator besluiten samen, met de leerling en zijn ouders, welke
plek past, op grond van wat hij al gehaald heeft en zijn leeftijd.

7. Onenigheid
Meningsverschillen over de uitvoering van deze afspraken lossen we in goed
overleg tussen de bestuurders op.

8. Duur, nieuwe partners, wijzigen en stoppen
Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere
vmbo-school of mbo-instelling kan meedoen als beide besturen daar schriftelijk
mee instemmen en de nieuwe partner deze overeenkomst mee ondertekent; dat kan
alleen per 1 augustus. Wijzigen kan alleen schriftelijk, met de handtekening
van beide besturen. Opzeggen kan per 1 augustus met een opzegtermijn van een
jaar. Leerlingen die al in de route zitten, maken die ook na opzegging gewoon
af; nieuwe leerlingen worden dan niet meer toegelaten.

Veendam / Stadskanaal, juni 2025

Voor de school:        ________________________   G. Scholtens
Voor Hunzeland:        ________________________   A.M. Brouwer-Tiesinga

============================== EINDE TEKST ===================================

Groet,
Marieke

--
Marieke Hoeksema
Teamleider bovenbouw | Pekelder College
Stichting Scholengroep Veenkoloniën
Kerkstraat 41 | 9641 AK Veendam
T 0598 - 61 23 45 | M 06 - 12 34 56 78
www.pekeldercollege.nl

Dit bericht is uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht
ten onrechte ontvangen, meld dat dan aan de afzender en verwijder het bericht.


> Van: Wubbo Dijkhuis <w.dijkhuis@hunzelandcollege.nl>
> Verzonden: woensdag 28 mei 2025 11:05
> Aan: Marieke Hoeksema <m.hoeksema@pekeldercollege.nl>
> Onderwerp: RE: SOK DLR Horeca - tekst voor ondertekening
>
> Hoi Marieke,
>
> Onze bestuurder kan met de tekst leven, maar zou er graag nog drie dingen
> aan toevoegen:
>
> 1. Onenigheid: komen de bestuurders er samen niet uit, dan leggen we het
>    geschil voor aan een onafhankelijke mediator (MfN-register). Lukt dat niet
>    binnen twee maanden, dan beslist de rechtbank Noord-Nederland.
> 2. Geld: het Pekelder College draagt voor iedere leerling in de vo-fase
>    EUR 450 per jaar over aan Hunzeland, voor de kok-docent en de
>    ingrediënten in de leerkeuken.
> 3. Medezeggenschap: de leerlingen uit de vo-fase sturen een vertegenwoordiger
>    naar de studentenraad van Hunzeland.
>
> Kunnen jullie daarmee akkoord gaan?
>
> Groet,
> Wubbo
>
> --
> Wubbo Dijkhuis
> Opleidingscoördinator Horeca | Hunzeland College
> Stationsstraat 12 | 9501 EE Stadskanaal
>
>> Van: Marieke Hoeksema
>> Verzonden: dinsdag 20 mei 2025 09:12
>> Aan: Wubbo Dijkhuis
>> Onderwerp: SOK DLR Horeca - tekst voor ondertekening
>>
>> Hoi Wubbo,
>>
>> Hierbij de tekst waar we in het routeoverleg van 15 mei uitkwamen. Graag
>> jullie reactie voor het eind van de maand, dan kunnen de besturen tekenen
>> voor de zomer.
>>
>> Groet, Marieke
"""


def build_71(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(TEXT_71)


# ---------------------------------------------------------------------------------------------
# 72  Markdown wiki export with HTML fragments (Amersfoort, MVI gl -> Software developer niveau 4)
# ---------------------------------------------------------------------------------------------

TEXT_72 = """\
<!-- Geëxporteerd uit de wiki van Samenwerking VO-MBO Eemland op 16-05-2025 10:14 -->
<div class="breadcrumbs">Samenwerking VO-MBO Eemland &gt; Overeenkomsten &gt; DLR ICT</div>

# Samenwerkingsovereenkomst doorlopende leerroute ICT Eemland

> **Status:** vastgesteld en ondertekend op 14 mei 2025 &middot; **Pagina-eigenaar:** Ilse van Beek (routecoördinator) &middot; **Laatst bewerkt:** 16 mei 2025

<details>
<summary>Versiegeschiedenis van deze pagina</summary>

| Versie | Datum | Wijziging |
|---|---|---|
| 0.3 | 3 maart 2025 | eerste concept routeteam |
| 0.9 | 22 april 2025 | advies MR Eemvallei en studentenraad Vallei Vakcollege verwerkt |
| 1.0 | 14 mei 2025 | ondertekend door beide besturen |

</details>

## Partijen

<table>
  <tr><th>Partij</th><th>Bevoegd gezag</th><th>Vertegenwoordigd door</th></tr>
  <tr><td>de school</td><td>Stichting Voortgezet Onderwijs Eemland<br>bevoegd gezag van het Eemvallei College (vmbo), Amersfoort</td><td>drs. R.J. Hoogland<br>voorzitter college van bestuur</td></tr>
  <tr><td>de instelling</td><td>Stichting Middelbaar Beroepsonderwijs Utrecht-Oost<br>handelend onder de naam Vallei Vakcollege, Amersfoort</td><td>mr. S. El Idrissi<br>lid college van bestuur</td></tr>
</table>

De school en de instelling spreken het volgende af.

## 1. Welke route

Leerlingen van de **gemengde leerweg** van het Eemvallei College met het profiel **Media, vormgeving en ICT** kunnen vanaf leerjaar 3 kiezen voor de doorlopende leerroute ICT. Zij stromen door naar de mbo-opleiding **Software developer, niveau 4** (BOL), in het opleidingsdomein ICT en creatieve industrie van het Vallei Vakcollege. De route duurt vijf jaar: routejaar 1 en 2 in de vo-fase, routejaar 3 tot en met 5 in de mbo-fase. De leerling haalt het vmbo-diploma gemengde leerweg in routejaar 2 en het mbo-diploma aan het eind van routejaar 5.

## 2. Werkveld

Het werkveld doet op deze manier mee:

<table>
  <tr><th>Wie</th><th>Rol in de route</th></tr>
  <tr><td>ICT-Coöperatie Eemland<br><i>netwerk van 14 softwarebedrijven</i></td><td>levert twee leden voor de werkveldadviesraad; organiseert ieder voorjaar een hackathon voor routejaar 1 en 2</td></tr>
  <tr><td>Eemhaven Software B.V.</td><td>praktijkopdracht per semester in routejaar 2 en 3; stageplaatsen in routejaar 4 en 5</td></tr>
  <tr><td>Datalab Leusden</td><td>gastlessen over data en privacy (twee per jaar); assessor bij de proeve van bekwaamheid</td></tr>
  <tr><td>Gemeente Amersfoort, team Digitalisering</td><td>stageplaatsen in routejaar 4 en 5; lid van de werkveldadviesraad</td></tr>
</table>

De werkveldadviesraad komt twee keer per jaar samen met het routeteam en geeft advies over het programma, de keuzedelen en de verdeling van de stages. De leden van de coöperatie zorgen samen voor minstens één stageplaats per student in routejaar 4 en 5.

## 3. Routeteam

Het routeteam heeft de leiding over de route.

<table>
  <tr><th>Lid</th><th>Benoemd door</th><th>Termijn</th></tr>
  <tr><td>afdelingsleider gemengde leerweg, Eemvallei College</td><td>college van bestuur van de school</td><td>zolang hij of zij die functie heeft</td></tr>
  <tr><td>teamleider ICT, Vallei Vakcollege</td><td>college van bestuur van de instelling</td><td>zolang hij of zij die functie heeft</td></tr>
  <tr><td>routecoördinator (nu Ilse van Beek)</td><td>beide colleges van bestuur samen</td><td>twee jaar, daarna opnieuw te benoemen</td></tr>
</table>

Wat het routeteam doet en mag:

- het maakt het rooster en de jaarplanning en verdeelt de uren over de docenten die de school en de instelling voor de route beschikbaar stellen;
- het stelt het gezamenlijke PTA/OER op en legt het ter vaststelling voor aan de bevoegde organen van beide partijen;
- het beslist over de toelating van leerlingen tot de route;
- het besteedt het routebudget tot € 20.000 per schooljaar.

Het routeteam beslist niet over benoeming of ontslag van personeel en gaat geen verplichtingen aan boven het routebudget; dat blijft bij de colleges van bestuur.

## 4. Informatie en verantwoording aan de besturen

- Binnen drie weken na afloop van elk kwartaal stuurt het routeteam beide colleges van bestuur een dashboard met instroom, doorstroom, verzuim en resultaten per routejaar.
- Vóór 1 november stuurt het routeteam een jaarverslag over het afgelopen schooljaar, met de besteding van het routebudget en van de middelen uit artikel 7.
- In november bespreken beide colleges van bestuur het jaarverslag met het routeteam in een bestuurlijk overleg; daar legt het routeteam verantwoording af.

## 5. Inrichting van het onderwijs

<table>
  <tr><th>Routejaar</th><th>Waar</th><th>Wie geeft les</th><th>Voorzieningen</th></tr>
  <tr><td>1 (leerjaar 3 vmbo)</td><td>Eemvallei College<br>vrijdag: Software Lab Vallei</td><td>docenten MVI en AVO van de school<br>mbo-docent programmeren op vrijdag</td><td>Mediastudio en laptops van de school<br>Software Lab en ontwikkelomgeving van de instelling</td></tr>
  <tr><td>2 (leerjaar 4 vmbo)</td><td>Eemvallei College<br>dinsdag en vrijdag: Software Lab</td><td>als routejaar 1; twee mbo-docenten programmeren</td><td>als routejaar 1</td></tr>
  <tr><td>3 tot en met 5</td><td>Vallei Vakcollege<br>stage in routejaar 4 en 5</td><td>docententeam ICT van de instelling</td><td>Software Lab, servers en licenties van de instelling</td></tr>
</table>

- De docenten van beide partijen vormen één team. In de vo-fase worden de vakoverstijgende projecten door het team samen gegeven met toepassing van de teambevoegdheid; het PTA/OER zegt bij welke onderdelen dat zo is.
- Iedere docent blijft in dienst van zijn eigen werkgever; de instelling stelt in de vo-fase 0,6 fte mbo-docent beschikbaar.
- Het onderwijsprogramma en de examens per leerjaar staan in het PTA/OER (bijlage 1). De school neemt het centraal examen af in routejaar 2; mbo-examens beginnen in routejaar 2 met het keuzedeel Programmeren basis.
- De school en de instelling gebruiken elkaars lokalen en apparatuur zonder kosten, volgens het rooster van het routeteam.

## 6. Overstappen

Een leerling die de route verlaat, krijgt een plek waarmee hij een vmbo- of mbo-diploma kan halen. Het overstapoverleg (mentor van de school, studieloopbaanbegeleider van de instelling en de routecoördinator) bekijkt samen met de leerling en zijn ouders wat past, kijkend naar wat de leerling al heeft gehaald en naar zijn leeftijd. Het overstapoverleg besluit namens de school en de instelling samen.

<details>
<summary>Mogelijkheden per situatie</summary>

| Situatie | Mogelijkheid |
|---|---|
| stopt in routejaar 1 of 2 | gewone gemengde leerweg op het Eemvallei College (zelfde of ander profiel), met vmbo-examen |
| vmbo-diploma niet gehaald in routejaar 2 | herkansing in routejaar 3 én start in de mbo-opleiding; lukt het vmbo-diploma niet, dan gaat de leerling bij de instelling door zonder vooropleidingseisen, op niveau 4 of op niveau 3 (Medewerker ICT support) |
| andere richting in de mbo-fase | andere opleiding op niveau 4 bij het Vallei Vakcollege |
| verhuizing of andere instelling | begeleiding bij aanmelding; gegevens voor het geschiktheidsonderzoek worden met toestemming doorgegeven |

</details>

De uitwerking staat ook in de schoolgids en de studiegids.

## 7. Geld

De school draagt in routejaar 1 en 2 aan de instelling over: **15 procent** van de vo-bekostiging (personeel en materieel) die de school voor elke leerling in de route ontvangt. Dat geld is alleen bedoeld voor de 0,6 fte mbo-docent programmeren in de vo-fase en de licenties voor de ontwikkelomgeving. De instelling stuurt in januari een factuur; het routeteam verantwoordt de besteding in het jaarverslag. De instelling draagt geen bekostiging over aan de school.

## 8. Medezeggenschap

<details>
<summary>Afspraken over medezeggenschap (uitklappen)</summary>

- De leerlingen in routejaar 1 en 2 kiezen elk jaar één vertegenwoordiger. Die mag de vergaderingen van de studentenraad van het Vallei Vakcollege bijwonen en daar meepraten als het over de route of over ICT gaat.
- Eén keer per jaar, na het jaarverslag, houden de MR van het Eemvallei College en de studentenraad van het Vallei Vakcollege een gezamenlijke vergadering over de route.
- Een grote wijziging van de route (bijvoorbeeld een andere opleiding of een andere verdeling van de jaren) wordt eerst voor advies voorgelegd aan de MR en aan de studentenraad.

</details>

## 9. Als we het oneens zijn

1. Eerst praat het routeteam erover.
2. Lukt het daar niet binnen twee weken, dan gaat het naar de portefeuillehouders van beide colleges van bestuur.
3. Lukt het daar niet binnen een maand, dan vragen de colleges samen een onafhankelijke bemiddelaar.
4. Helpt ook dat niet binnen drie maanden, dan kan ieder het geschil voorleggen aan de bevoegde rechter van de Rechtbank Midden-Nederland.

## 10. Looptijd, nieuwe partners, wijzigen en opzeggen

- Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
- **Nieuwe partner:** een andere vmbo-school of mbo-instelling kan meedoen als beide colleges van bestuur dat schriftelijk goedkeuren en de nieuwe partner deze overeenkomst ondertekent. Dat gaat in op 1 augustus en wordt aan DUO gemeld. Voor leerlingen die al in de route zitten verandert er niets.
- **Wijzigen:** alleen schriftelijk, ondertekend door beide colleges van bestuur. Een wijziging geldt voor nieuwe cohorten; leerlingen die al in de route zitten houden hun programma.
- **Opzeggen:** schriftelijk, tegen 1 augustus, met een termijn van twaalf maanden. Na opzegging stromen er geen nieuwe leerlingen meer in; wie al in de route zit, maakt die af bij de school en de instelling.

## Ondertekening

<table>
  <tr><th>Voor de school</th><th>Voor de instelling</th></tr>
  <tr><td>drs. R.J. Hoogland<br>Amersfoort, 14 mei 2025<br><i>getekend</i></td><td>mr. S. El Idrissi<br>Amersfoort, 14 mei 2025<br><i>getekend</i></td></tr>
</table>

**Bijlagen:** [PTA-OER-DLR-ICT-2025-2026.pdf](/download/attachments/88213/PTA-OER-DLR-ICT-2025-2026.pdf) (versie 1.0)
"""


def build_72(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(TEXT_72)


# ---------------------------------------------------------------------------------------------
# 73  PDF, geïntegreerde route written by a lawyer (West-Brabant, Z&W bb -> Helpende Z&W niveau 2)
# ---------------------------------------------------------------------------------------------

TEXT_73 = r"""
T SAMENWERKINGSOVEREENKOMST GEÏNTEGREERDE ROUTE VMBO-BASISBEROEPSOPLEIDING

S Zorgroute Breda: Zorg en welzijn (basisberoepsgerichte leerweg) - Helpende Zorg en Welzijn (niveau 2)

H DE ONDERGETEKENDEN:

L 1. De stichting Stichting Katholiek Voortgezet Onderwijs Baronie-Oost, statutair gevestigd te Oosterhout, kantoorhoudende aan de Heilaarstraat 210 te Breda, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41105566, bevoegd gezag van het Heilaarcollege, school voor voorbereidend middelbaar beroepsonderwijs te Breda, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van haar college van bestuur, mevrouw mr. drs. M.C.J. van Gils, hierna te noemen: de School;

L 2. De stichting Stichting Regionaal Opleidingencentrum West-Brabant Midden, statutair gevestigd te Breda, kantoorhoudende aan de Markdallaan 1 te Breda, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41107788, handelend onder de naam Markdal College, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van haar college van bestuur, de heer dr. J.A.M. Verschuren, hierna te noemen: de Instelling;

P hierna gezamenlijk te noemen: Partijen, en ieder afzonderlijk: Partij,

H OVERWEGENDE DAT:

L (A) de School in de basisberoepsgerichte leerweg het profiel Zorg en welzijn aanbiedt en de Instelling de beroepsopleiding Helpende Zorg en Welzijn op niveau 2 verzorgt;

L (B) artikel 2.107l van de Wet voortgezet onderwijs 2020 (WVO 2020) in samenhang met artikel 9.1.17 van de Wet educatie en beroepsonderwijs (WEB) het mogelijk maakt dat een school en een instelling voor beroepsonderwijs voor leerlingen van de basisberoepsgerichte leerweg een geïntegreerde route verzorgen, waarbij de School geen eindexamen basisberoepsgerichte leerweg behoeft af te nemen;

L (C) Partijen die route willen aanbieden aan leerlingen voor wie het volgen van een geïntegreerd programma van vmbo en mbo naar het oordeel van de School, in overleg met de leerling en diens ouders, zinvol is met het oog op het behalen van een startkwalificatie;

L (D) de zorg- en welzijnsorganisaties in de regio Breda met grote personeelstekorten kampen en Partijen het regionale werkveld nauw bij de route willen betrekken, onder meer door praktijkleren bij zorgaanbieders en kinderopvangorganisaties;

L (E) op de geïntegreerde route de artikelen 2.107b tot en met 2.107k WVO 2020 van overeenkomstige toepassing zijn, zodat Partijen de in artikel 2.107b, tweede lid, WVO 2020 genoemde onderwerpen in een samenwerkingsovereenkomst dienen te regelen;

L (F) Partijen onderschrijven wat de VO-raad en de MBO Raad naar aanleiding van de motie-Kwint (Kamerstukken II 35336, nr. 20) hebben afgesproken, namelijk dat een leerling die de geïntegreerde route verlaat altijd verzekerd is van een passende plek en dat dit niet betekent dat hij automatisch naar de Entree-opleiding doorstroomt;

L (G) de medezeggenschapsraad van de School en de studentenraad van de Instelling over het voornemen tot het aangaan van deze samenwerking advies hebben uitgebracht, welk advies Partijen bij het opstellen van deze overeenkomst hebben betrokken;

H VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:

H Artikel 1 Begripsbepalingen

L 1.1 In deze overeenkomst en de daarbij behorende bijlagen wordt, tenzij uitdrukkelijk anders blijkt, verstaan onder:

LL a. Geïntegreerde Route: het geïntegreerde onderwijsprogramma vmbo-basisberoepsopleiding als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB, zoals nader omschreven in artikel 2;

LL b. Deelnemer: een leerling van de School dan wel een student van de Instelling die aan de Geïntegreerde Route deelneemt;

LL c. Routejaar: een schooljaar van de Geïntegreerde Route, te rekenen vanaf het derde leerjaar van de basisberoepsgerichte leerweg;

LL d. Vo-fase: de eerste twee Routejaren, waarin de Deelnemer als leerling van de School staat ingeschreven;

LL e. Mbo-fase: het derde Routejaar en volgende, waarin de Deelnemer als student van de Instelling staat ingeschreven;

LL f. Stuurgroep: het orgaan bedoeld in artikel 4;

LL g. Routemanager: de functionaris bedoeld in artikel 4.6;

LL h. Leerbedrijf: een door de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB) erkend bedrijf of erkende organisatie in de sector zorg, welzijn en kinderopvang;

LL i. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de Geïntegreerde Route;

LL j. Overstapcommissie: de commissie bedoeld in artikel 8.3;

LL k. Passende Plek: een plaats in het onderwijs, op het niveau en in de richting die naar het gezamenlijk oordeel van Partijen aansluiten bij het bereikte onderwijsniveau, de leeftijd, de capaciteiten en de wensen van de Deelnemer, en die leidt naar een diploma dat de Deelnemer naar verwachting kan behalen;

LL l. Schooljaar: de periode van 1 augustus tot en met 31 juli.

L 1.2 Verwijzingen naar artikelen van de WVO 2020 en de WEB omvatten de bepalingen die daarvoor in de plaats treden.

L 1.3 Opschriften boven artikelen dienen uitsluitend het leesgemak.

H Artikel 2 Onderwerp en strekking

L 2.1 Partijen verzorgen met ingang van 1 augustus 2025 gezamenlijk de Geïntegreerde Route, genaamd Zorgroute Breda.

L 2.2 De Geïntegreerde Route is bestemd voor leerlingen van de basisberoepsgerichte leerweg van de School in het profiel Zorg en welzijn en leidt op tot het diploma van de beroepsopleiding Helpende Zorg en Welzijn, niveau 2, in de beroepsopleidende leerweg, behorend tot het opleidingsdomein Zorg en welzijn van de Instelling.

L 2.3 De Geïntegreerde Route duurt vier Routejaren. De School neemt de Deelnemer geen eindexamen basisberoepsgerichte leerweg af, behoudens in de gevallen bedoeld in artikel 8.

L 2.4 De School laat een leerling tot de Geïntegreerde Route toe na overleg met de leerling en diens ouders en na overleg met de Instelling, overeenkomstig artikel 2.107l WVO 2020. Het besluit tot toelating wordt genomen door de Stuurgroep op voorstel van de School.

H Artikel 3 Melding en registratie

L 3.1 Partijen melden de Geïntegreerde Route gezamenlijk aan de minister van Onderwijs, Cultuur en Wetenschap door registratie in het Register Instellingen en Opleidingen, en wel vóór 1 oktober 2025.

L 3.2 De School registreert de Deelnemers in de Vo-fase en de Instelling registreert hen in de Mbo-fase in het basisregister onderwijs, met vermelding dat zij aan een geïntegreerde route deelnemen.

H Artikel 4 Stuurgroep

L 4.1 De leiding over de Geïntegreerde Route berust bij de Stuurgroep.

L 4.2 De Stuurgroep bestaat uit:

LL a. de directeur van de School;

LL b. de directeur van het cluster Zorg en Welzijn van de Instelling;

LL c. de Routemanager, als adviserend lid zonder stemrecht.

L 4.3 Het college van bestuur van iedere Partij wijst de in lid 2 onder a respectievelijk b bedoelde functionaris schriftelijk als lid van de Stuurgroep aan en wijst bij diens ontstentenis een plaatsvervanger aan. De Routemanager wordt door de colleges van bestuur van beide Partijen gezamenlijk benoemd, geschorst en ontslagen, na advies van de Stuurgroep.

L 4.4 De colleges van bestuur dragen aan de Stuurgroep de volgende taken en bevoegdheden op:

LL a. het vaststellen van het jaarlijkse routeplan binnen de kaders van de door Partijen goedgekeurde begroting;

LL b. het voorbereiden van het PTA/OER en het voordragen daarvan ter vaststelling aan de daartoe bevoegde organen van Partijen;

LL c. het besluiten over de toelating van leerlingen tot de Geïntegreerde Route;

LL d. het verdelen van de door Partijen beschikbaar gestelde formatie over de programmaonderdelen;

LL e. het besluiten over de overstap van Deelnemers, op voorstel van de Overstapcommissie;

LL f. het aansturen van de Routemanager.

L 4.5 De Stuurgroep besluit met eenparigheid van stemmen. Wordt geen eenparigheid bereikt, dan is artikel 13 van toepassing.

L 4.6 De Routemanager is belast met de dagelijkse coördinatie van de Geïntegreerde Route, waaronder de roosters, de contacten met Deelnemers en hun ouders en de voorbereiding van de vergaderingen van de Stuurgroep.

L 4.7 De Stuurgroep en de Routemanager zijn niet bevoegd tot het nemen van besluiten over de rechtspositie van personeel en tot het verrichten van rechtshandelingen in naam van een Partij.

H Artikel 5 Verantwoording aan de colleges van bestuur

L 5.1 De Stuurgroep legt jaarlijks vóór 1 november schriftelijk verantwoording af aan de colleges van bestuur van beide Partijen door middel van een jaarrapportage over het voorafgaande Schooljaar.

L 5.2 De jaarrapportage bevat ten minste: het aantal Deelnemers per Routejaar; de uitval en het gebruik van de overstapregeling, uitgesplitst naar bestemming; de diplomaresultaten; de besteding van de middelen bedoeld in artikel 10; de ontvangen klachten; en de voorgenomen verbetermaatregelen.

L 5.3 De Stuurgroep verstrekt daarnaast in maart een beknopte tussenrapportage. De jaarrapportage en de tussenrapportage worden besproken in het bestuurlijk overleg van Partijen, dat ten minste tweemaal per Schooljaar plaatsvindt.

L 5.4 Ieder college van bestuur kan te allen tijde inlichtingen van de Stuurgroep verlangen. De Stuurgroep verstrekt die inlichtingen binnen tien werkdagen.

H Artikel 6 Inrichting, personeel en faciliteiten

L 6.1 Het onderwijsprogramma en de examinering per Routejaar zijn beschreven in het PTA/OER, dat als Bijlage 1 aan deze overeenkomst wordt gehecht. Het PTA/OER vermeldt per programmaonderdeel of het tot het vo-deel, het mbo-deel of beide behoort en bij welke onderdelen teams van leraren en docenten worden ingezet.

L 6.2 In de Vo-fase wordt het onderwijs verzorgd op de locatie van de School aan de Heilaarstraat te Breda, met één lesdag per week op de Zorgcampus Breda-Noord van de Instelling. In de Mbo-fase wordt het onderwijs verzorgd op de Zorgcampus Breda-Noord.

L 6.3 Partijen zetten voor de Geïntegreerde Route ieder eigen personeel in. De Instelling stelt in de Vo-fase een docent Helpende Zorg en Welzijn voor 0,4 fte ter beschikking aan de School; de School stelt in de Mbo-fase een docent Nederlands en rekenen voor 0,2 fte ter beschikking aan de Instelling. De werkgeversverantwoordelijkheid blijft bij de Partij bij wie de betrokkene in dienst is.

L 6.4 De leraren en docenten van beide Partijen vormen één team en maken voor de vakoverstijgende programmaonderdelen Zorg voor de cliënt en Wonen en huishouden gebruik van de teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Voor ieder programmaonderdeel is ten minste één bevoegde leraar of docent betrokken.

L 6.5 De School stelt haar praktijklokaal Zorg en welzijn, met inbegrip van de demonstratiewoning, beschikbaar; de Instelling stelt haar skillslab, de oefenkeuken en de hulpmiddelenruimte op de Zorgcampus beschikbaar. Het gebruik geschiedt kosteloos, volgens een door de Routemanager opgesteld rooster. Iedere Partij draagt zorg voor de verzekering van Deelnemers en personeel op haar eigen locatie.

L 6.6 De School is verantwoordelijk voor de begeleiding, het verzuim en de leerplichtadministratie in de Vo-fase; de Instelling in de Mbo-fase. Een klacht over een gedraging van personeel van de andere Partij wordt behandeld volgens de klachtenregeling van de Partij waar de Deelnemer staat ingeschreven, met volledige medewerking van de andere Partij.

H Artikel 7 Gegevensuitwisseling

L 7.1 Partijen wisselen persoonsgegevens van Deelnemers uitsluitend uit voor zover dat voor de uitvoering van de Geïntegreerde Route noodzakelijk is en met inachtneming van de Algemene verordening gegevensbescherming. Partijen leggen de nadere afspraken vast in een gegevensdelingsprotocol.

H Artikel 8 Overstapregeling

L 8.1 Een Deelnemer die de Geïntegreerde Route verlaat, om welke reden ook, is verzekerd van een Passende Plek. Partijen staan daar gezamenlijk voor in. De Deelnemer stroomt niet automatisch door naar de Entree-opleiding.

L 8.2 Afhankelijk van het moment waarop de deelname eindigt, bieden Partijen in ieder geval de volgende mogelijkheden:

LL a. eindigt de deelname in het eerste Routejaar of in het eerste halfjaar van het tweede Routejaar, dan vervolgt de Deelnemer zijn opleiding in een ander profiel of in een andere route binnen de basisberoepsgerichte leerweg van de School, en sluit hij deze af met het eindexamen basisberoepsgerichte leerweg;

LL b. eindigt de deelname later in de Vo-fase, dan stelt de School de Deelnemer in de gelegenheid alsnog het eindexamen basisberoepsgerichte leerweg af te leggen, zodat hij met een vmbo-diploma een andere mbo-opleiding kan kiezen;

LL c. eindigt de deelname in de Mbo-fase, dan kan de Deelnemer bij de Instelling een andere opleiding op niveau 2 volgen, zo nodig in een ander opleidingsdomein, zonder dat de vooropleidingseisen op hem worden toegepast (artikel 2.107k WVO 2020 en artikel 9.1.14 WEB);

LL d. Partijen kunnen de Deelnemer ook in staat stellen de Geïntegreerde Route eerst te voltooien en vervolgens een andere opleiding op niveau 2 of 3 te kiezen;

LL e. kiest de Deelnemer voor een andere instelling, dan begeleiden Partijen de aanmelding en verstrekken zij, met toestemming van de Deelnemer en diens ouders, de gegevens die voor een geschiktheidsonderzoek nodig zijn.

L 8.3 De Overstapcommissie bestaat uit de mentor van de Deelnemer bij de School, diens studieloopbaanbegeleider bij de Instelling en de Routemanager. Zij voert binnen twee weken na de melding van het voornemen tot beëindiging een gesprek met de Deelnemer en diens ouders en doet binnen vier weken een voorstel aan de Stuurgroep.

L 8.4 De Stuurgroep beslist namens Partijen gezamenlijk, op basis van het bereikte onderwijsniveau, de leeftijd en de wensen van de Deelnemer. Plaatsing in de Entree-opleiding is alleen mogelijk wanneer Partijen gezamenlijk oordelen dat het behalen van een startkwalificatie voor de Deelnemer niet haalbaar is, en uitsluitend met het oog op begeleiding naar duurzaam werk.

L 8.5 De School neemt de werkwijze op in haar schoolgids en de Instelling in de studiegids. Dit artikel is niet van toepassing bij definitieve verwijdering van de Deelnemer.

H Artikel 9 Duur van de Geïntegreerde Route per Deelnemer

L 9.1 De Instelling draagt er zorg voor dat iedere Deelnemer die de Mbo-fase bereikt, binnen de duur bedoeld in artikel 2.3 het diploma Helpende Zorg en Welzijn kan behalen, behoudens vertraging die aan de Deelnemer zelf is toe te rekenen.

H Artikel 10 Overdracht van bekostiging

L 10.1 Met toepassing van artikel 5.42a WVO 2020 draagt de School voor iedere Deelnemer die op 1 oktober in de Vo-fase staat ingeschreven een bedrag van EUR [•] per Schooljaar over aan de Instelling.

L 10.2 De Instelling besteedt de overgedragen middelen uitsluitend aan de terbeschikkingstelling van de docent bedoeld in artikel 6.3 en aan het gebruik van het skillslab in de Vo-fase.

L 10.3 De School voldoet het verschuldigde bedrag binnen dertig dagen na ontvangst van een factuur, die de Instelling in januari verzendt. In de Mbo-fase draagt de Instelling geen bekostiging aan de School over.

H Artikel 11 Medezeggenschap

L 11.1 Partijen stellen een gezamenlijke medezeggenschapscommissie Zorgroute in. Deze bestaat uit twee leden aangewezen door de medezeggenschapsraad van de School, waarvan ten minste één uit de ouder- of leerlinggeleding, en twee leden aangewezen door de studentenraad van de Instelling.

L 11.2 De Stuurgroep hoort de commissie vóór ieder besluit over een wijziging van de opzet van de Geïntegreerde Route en legt het ontwerp-PTA/OER jaarlijks voor advies aan haar voor. De jaarrapportage wordt aan de commissie toegezonden.

L 11.3 De wettelijke bevoegdheden van de medezeggenschapsraad van de School, de studentenraad en de ondernemingsraad van de Instelling blijven onverlet.

H Artikel 12 Aansprakelijkheid

L 12.1 Iedere Partij is aansprakelijk voor schade die voortvloeit uit haar eigen handelen of nalaten en vrijwaart de andere Partij voor aanspraken van derden ter zake. De aansprakelijkheid is beperkt tot het bedrag dat in het desbetreffende geval onder de aansprakelijkheidsverzekering van de aansprakelijke Partij wordt uitgekeerd.

H Artikel 13 Geschillen

L 13.1 Partijen spannen zich in om geschillen over de uitvoering van deze overeenkomst in de Stuurgroep op te lossen. Indien dat niet binnen vier weken lukt, legt de meest gerede Partij het geschil voor aan het bestuurlijk overleg van de colleges van bestuur.

L 13.2 Leidt het bestuurlijk overleg niet binnen zes weken tot een oplossing, dan zullen Partijen het geschil trachten op te lossen door mediation volgens het reglement van de Mediatorsfederatie Nederland.

L 13.3 Indien het geschil niet binnen drie maanden na aanvang van de mediation is opgelost, wordt het uitsluitend voorgelegd aan de bevoegde rechter van de Rechtbank Zeeland-West-Brabant, locatie Breda.

L 13.4 Hangende het geschil blijven Partijen hun verplichtingen jegens de Deelnemers onverkort nakomen.

H Artikel 14 Duur en evaluatie

L 14.1 Deze overeenkomst wordt aangegaan voor onbepaalde tijd en treedt in werking op 1 augustus 2025.

L 14.2 Partijen evalueren de Geïntegreerde Route in het voorjaar van 2028 en vervolgens iedere drie jaar, op basis van de jaarrapportages.

H Artikel 15 Toetreding, wijziging en beëindiging

L 15.1 Een andere school voor vmbo die het profiel Zorg en welzijn in de basisberoepsgerichte leerweg aanbiedt, of een andere instelling voor beroepsonderwijs, kan als Partij tot deze overeenkomst toetreden, mits (i) alle Partijen daarmee schriftelijk instemmen, (ii) de toetredende partij door ondertekening van een toetredingsakte alle rechten en verplichtingen uit deze overeenkomst aanvaardt en (iii) de toetreding ingaat bij de aanvang van een Schooljaar. De toetredende partij draagt zorg voor de melding bedoeld in artikel 3. Toetreding laat de rechtspositie van reeds deelnemende Deelnemers onverlet.

L 15.2 Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door de colleges van bestuur van alle Partijen ondertekende overeenkomst. Een wijziging heeft geen gevolgen voor Deelnemers in het lopende Schooljaar, tenzij zij in hun voordeel is.

L 15.3 Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden.

L 15.4 Iedere Partij kan deze overeenkomst buitengerechtelijk ontbinden indien de andere Partij na schriftelijke ingebrekestelling, waarin een redelijke termijn van ten minste twee maanden wordt gesteld, tekortschiet in de nakoming van een wezenlijke verplichting, alsmede indien de andere Partij de bekostiging voor het desbetreffende onderwijs verliest.

L 15.5 Na opzegging of ontbinding worden geen nieuwe Deelnemers meer toegelaten. Deelnemers die op dat moment aan de Geïntegreerde Route deelnemen, worden in staat gesteld haar bij Partijen te voltooien dan wel krijgen een Passende Plek overeenkomstig artikel 8. De artikelen die daarvoor nodig zijn, blijven tot dat moment van kracht.

H Artikel 16 Slotbepalingen

L 16.1 Deze overeenkomst, met de bijlagen, bevat de volledige afspraken tussen Partijen over de Geïntegreerde Route. Bij strijdigheid gaat de tekst van de overeenkomst voor.

L 16.2 Indien een bepaling nietig of vernietigbaar blijkt, blijven de overige bepalingen van kracht en treden Partijen in overleg over een vervangende bepaling die zoveel mogelijk aansluit bij doel en strekking van de oorspronkelijke bepaling.

L 16.3 Op deze overeenkomst is Nederlands recht van toepassing.

P Aldus overeengekomen en in tweevoud ondertekend te Breda op 26 juni 2025.

SIG ond

PB

H Bijlage 1 - Samenvatting PTA/OER Zorgroute Breda (het volledige PTA/OER is vastgesteld op 24 juni 2025)

TABLE programma

SMALL Opgesteld door Van Dongen & Wouters Advocaten, Breda, in opdracht van Partijen.
"""

TABLES_73 = {
    "programma": {
        "header": ["Routejaar", "Onderwijs", "Examinering"],
        "widths": [80, 210, 180],
        "rows": [
            ["Routejaar 1", "Profielmodules Zorg en welzijn; Nederlands, rekenen, burgerschap; één lesdag op de Zorgcampus (Zorg voor de cliënt, team)",
             "Schoolexamenonderdelen profiel, geen centraal examen; eerste mbo-beoordelingen kerntaak 1"],
            ["Routejaar 2", "Verdieping kerntaak 1 en start kerntaak 2 (Wonen en huishouden, team); loopbaanoriëntatie",
             "Examens kerntaak 1 (mbo), afgenomen onder verantwoordelijkheid van de examencommissie van de Instelling"],
            ["Routejaar 3", "Mbo-fase op de Zorgcampus: kerntaken 1 en 2, keuzedelen, Nederlands en rekenen",
             "Examens kerntaak 2; examens Nederlands en rekenen"],
            ["Routejaar 4", "Afronding kerntaken en keuzedelen", "Proeven van bekwaamheid; diplomering Helpende Zorg en Welzijn niveau 2 door de Instelling"],
        ],
    },
}

SIGS_73 = {
    "ond": (["Stichting Katholiek Voortgezet Onderwijs Baronie-Oost", "", "", "________________________",
             "mr. drs. M.C.J. van Gils", "voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum West-Brabant Midden", "", "",
             "________________________", "dr. J.A.M. Verschuren", "voorzitter college van bestuur"]),
}


def build_73(path):
    render_pdf(path, TEXT_73, tables=TABLES_73, sigs=SIGS_73, font="Times-Roman",
               bold="Times-Bold", italic="Times-Italic", size=10.5, leading=14, justify=True,
               title="Samenwerkingsovereenkomst geintegreerde route Zorgroute Breda",
               author="Van Dongen & Wouters Advocaten",
               footer="Kenmerk 24.0193/RvD - Samenwerkingsovereenkomst Zorgroute Breda - pagina {n}")


# ---------------------------------------------------------------------------------------------
# 74  PDF addendum amending articles, then consolidated text (Parkstad Limburg, M&T kb -> mbo 3)
# ---------------------------------------------------------------------------------------------

ART5_74 = [
    "L 5.1 De leiding over de route berust bij de routeregie. De routeregie bestaat uit de afdelingsleider techniek van de school, de teamleider Mobiliteit van het instituut en een routecoördinator.",
    "L 5.2 De afdelingsleider en de teamleider worden door het eigen bevoegd gezag in de routeregie benoemd. De routecoördinator wordt door de bevoegde gezagsorganen van beide partijen gezamenlijk benoemd voor de duur van drie schooljaren, op voordracht van de afdelingsleider en de teamleider.",
    "L 5.3 De routeregie is door de bevoegde gezagsorganen belast met en bevoegd tot: het opstellen van het jaarrooster en de jaarplanning; het opstellen van het gezamenlijke PTA/OER ter vaststelling door de bevoegde organen van partijen; het beslissen over toelating van leerlingen tot de route; het verdelen van de door partijen beschikbaar gestelde docenturen; het beheren van het routebudget van € 12.500 per schooljaar.",
    "L 5.4 Besluiten over personeel, investeringen en verplichtingen tegenover derden zijn voorbehouden aan de bevoegde gezagsorganen.",
]

ART7A_74 = [
    "L 7a.1 Een leerling die de route voortijdig verlaat, krijgt van partijen een alternatief waarmee hij een vmbo- of mbo-diploma kan halen. De school en het instituut beoordelen gezamenlijk, na een gesprek met de leerling en zijn ouders, welk alternatief past bij het bereikte onderwijsniveau en de leeftijd van de leerling; de routeregie legt het gezamenlijke oordeel vast.",
    "L 7a.2 Verlaat de leerling de route in de vo-fase, dan rondt hij de reguliere kaderberoepsgerichte leerweg van de school af, in het profiel Mobiliteit en transport of een ander profiel.",
    "L 7a.3 Heeft de leerling aan het eind van het derde routejaar het vmbo-diploma niet behaald, dan zet hij zijn opleiding voort in de opleiding Autotechnicus (niveau 2) of een andere opleiding op niveau 2 of 3 van het instituut; de vooropleidingseisen worden daarbij niet toegepast.",
    "L 7a.4 In de mbo-fase kan de leerling overstappen naar een andere opleiding op niveau 3 bij het instituut. Wil hij naar een andere instelling, dan werken partijen mee aan het geschiktheidsonderzoek van die instelling.",
]

ART9_74 = [
    "L 9.1 Partijen spreken af dat in de vo-fase de medezeggenschapsraad van de school en in de mbo-fase de studentenraad en de ondernemingsraad van het instituut bevoegd zijn ten aanzien van de route; voor een besluit dat beide fasen raakt, vraagt ieder bevoegd gezag advies aan het eigen orgaan.",
    "L 9.2 De medezeggenschapsraad van de school en de studentenraad van het instituut houden jaarlijks in het najaar een gezamenlijke bijeenkomst over de route, waarvoor de routeregie het jaarverslag en het ontwerp-PTA/OER ter bespreking aanlevert.",
]

ART11_74 = [
    "L 11.1 Deze overeenkomst is aangegaan voor onbepaalde tijd met ingang van 1 augustus 2022.",
    "L 11.2 Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk, bij een door de bevoegde gezagsorganen van alle partijen ondertekend addendum. Een wijziging geldt niet voor het lopende schooljaar, tenzij zij uitsluitend in het voordeel van leerlingen is.",
    "L 11.3 Een andere school met het profiel Mobiliteit en transport of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien alle partijen schriftelijk instemmen en de toetredende partij een toetredingsverklaring ondertekent waarin zij deze overeenkomst aanvaardt. De toetreding gaat in op 1 augustus en wordt door de toetredende partij bij DUO gemeld. Lopende leerroutes van leerlingen worden door de toetreding niet gewijzigd.",
    "L 11.4 Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met inachtneming van een opzegtermijn van twaalf maanden. Ontbinding is alleen mogelijk bij een ernstige tekortkoming die na ingebrekestelling niet binnen drie maanden wordt hersteld.",
    "L 11.5 Bij opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten en maken de leerlingen die dan in de route zitten de route af bij partijen.",
]


def _quote(lines):
    return "\n\n".join(lines)


TEXT_74 = r"""
T ADDENDUM NR. 1

S bij de Samenwerkingsovereenkomst doorlopende leerroute Autotechniek Parkstad van 14 maart 2022

H Partijen

L 1. Stichting Voortgezet Onderwijs Parkstad-Oost, gevestigd te Brunssum, bevoegd gezag van Vakcollege De Schacht te Brunssum, vertegenwoordigd door de heer drs. L.M.H. Coenen, voorzitter van het college van bestuur, hierna: de school;

L 2. Stichting Beroepsonderwijs Zuid-Limburg, gevestigd te Heerlen, handelend onder de naam Mijnstreek Vakinstituut, vertegenwoordigd door mevrouw M.J.G. Lemmens-Pluijmen MSc, lid van het college van bestuur, hierna: het instituut;

H Overwegingen

L a. Partijen hebben op 14 maart 2022 een samenwerkingsovereenkomst gesloten over de doorlopende leerroute Autotechniek Parkstad (hierna: de overeenkomst).

L b. Uit de evaluatie van 2024 en een toets van de overeenkomst aan artikel 2.107b WVO 2020 is gebleken dat de overeenkomst aanvulling behoeft ten aanzien van de leiding over de route, de overstapoptie, de medezeggenschap, de toetreding van nieuwe partijen en de opzegtermijn.

L c. Partijen willen de overeenkomst daarom wijzigen en de tekst zoals die na wijziging luidt, in één document vastleggen.

P Partijen komen het volgende overeen.

H ARTIKEL I - Wijzigingen

P De overeenkomst wordt als volgt gewijzigd:

H2 A

P In artikel 1 vervalt onderdeel c (projectgroep) en wordt een onderdeel ingevoegd, luidende: c. routeregie: de leiding over de route, bedoeld in artikel 5.

H2 B

P Artikel 5 komt te luiden:

P Artikel 5 Routeregie

{ART5}

H2 C

P In artikel 6, eerste lid, wordt "de projectgroep" vervangen door "de routeregie" en wordt "jaarlijks een verslag" vervangen door "halfjaarlijks, uiterlijk 15 februari en 15 september, een schriftelijke voortgangsrapportage".

H2 D

P Na artikel 7 wordt een artikel ingevoegd, luidende:

P Artikel 7a Overstapoptie

{ART7A}

H2 E

P Artikel 9 komt te luiden:

P Artikel 9 Medezeggenschap

{ART9}

H2 F

P Artikel 11 wordt als volgt gewijzigd:

LL 1. Na het tweede lid wordt een lid ingevoegd, luidende: 3. Een andere school met het profiel Mobiliteit en transport of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien alle partijen schriftelijk instemmen en de toetredende partij een toetredingsverklaring ondertekent waarin zij deze overeenkomst aanvaardt. De toetreding gaat in op 1 augustus en wordt door de toetredende partij bij DUO gemeld. Lopende leerroutes van leerlingen worden door de toetreding niet gewijzigd.

LL 2. Het derde lid (oud) wordt vernummerd tot vierde lid, en daarin wordt "zes maanden" vervangen door "twaalf maanden".

LL 3. Het vierde lid (oud) wordt vernummerd tot vijfde lid.

H ARTIKEL II - Geconsolideerde tekst

P Partijen stellen de tekst van de overeenkomst zoals die luidt na de wijzigingen in artikel I vast als opgenomen in de bijlage bij dit addendum. Bij verschil tussen artikel I en de geconsolideerde tekst is de geconsolideerde tekst beslissend.

H ARTIKEL III - Inwerkingtreding

P Dit addendum treedt in werking op 1 augustus 2025. De overige bepalingen van de overeenkomst blijven ongewijzigd van kracht. De wijzigingen hebben geen nadelige gevolgen voor leerlingen die op die datum al in de route zitten.

P Aldus overeengekomen en ondertekend te Heerlen op 24 juni 2025.

SIG ond

PB

T BIJLAGE - Geconsolideerde tekst

S Samenwerkingsovereenkomst doorlopende leerroute Autotechniek Parkstad, zoals gewijzigd bij addendum nr. 1 van 24 juni 2025

P Stichting Voortgezet Onderwijs Parkstad-Oost, bevoegd gezag van Vakcollege De Schacht te Brunssum (de school), en Stichting Beroepsonderwijs Zuid-Limburg, handelend onder de naam Mijnstreek Vakinstituut te Heerlen (het instituut), komen het volgende overeen.

H Artikel 1 Begrippen

P In deze overeenkomst wordt verstaan onder: a. route: de doorlopende leerroute bedoeld in artikel 2; b. vo-fase en mbo-fase: de routejaren waarin de leerling is ingeschreven bij de school respectievelijk bij het instituut; c. routeregie: de leiding over de route, bedoeld in artikel 5; d. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route.

H Artikel 2 De leerroute

L 2.1 Partijen verzorgen samen de doorlopende leerroute Autotechniek Parkstad. Deze begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, van Vakcollege De Schacht.

L 2.2 De route leidt naar de vakopleiding Eerste autotechnicus, niveau 3, in de beroepsopleidende leerweg, binnen het opleidingsdomein Mobiliteit en voertuigen van het instituut, en duurt vijf routejaren.

L 2.3 De leerling behaalt in de route het vmbo-diploma kaderberoepsgerichte leerweg uiterlijk in het derde routejaar, en het mbo-diploma aan het einde van de route.

H Artikel 3 Betrokkenheid autobranche

L 3.1 De autobedrijven Autobedrijf Coenen Heerlen, Garage Sittardia en Truckservice Ubachsberg, en de regionale afdeling van de branchevereniging voor de autobranche, vormen samen met partijen het praktijkplatform van de route.

L 3.2 Het praktijkplatform vergadert twee keer per jaar en adviseert over het programma en de keuzedelen. De aangesloten bedrijven bieden werkplekleren in het tweede routejaar, stageplaatsen in de mbo-fase, verzorgen per schooljaar twee workshops over nieuwe aandrijftechniek en leveren praktijkbeoordelaars bij de proeven van bekwaamheid.

H Artikel 4 Organisatie van het onderwijs

L 4.1 Het eerste en tweede routejaar worden verzorgd in Vakcollege De Schacht te Brunssum, met één dag per week in het autotechnisch centrum van het instituut te Heerlen. Vanaf het derde routejaar wordt het onderwijs verzorgd in het instituut en in de leerbedrijven.

L 4.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per routejaar zijn vastgelegd in het PTA/OER, dat partijen jaarlijks vóór 1 juli vaststellen.

L 4.3 De school zet haar docenten Mobiliteit en transport en AVO in; het instituut zet twee docenten autotechniek in, die in de vo-fase gezamenlijk acht lesuren per week op De Schacht en in het autotechnisch centrum verzorgen. De docenten vormen één team; voor de praktijkmodules Onderhoud en Diagnose wordt de teambevoegdheid toegepast. Iedere docent blijft in dienst van zijn eigen werkgever.

L 4.4 De school stelt haar werkplaats Mobiliteit en transport beschikbaar; het instituut stelt het autotechnisch centrum, de diagnoseapparatuur en de hoogvoltwerkplek beschikbaar. Het gebruik van elkaars faciliteiten is kosteloos, met uitzondering van hetgeen in artikel 8 is bepaald.

H Artikel 5 Routeregie

{ART5}

H Artikel 6 Verslaglegging

L 6.1 De routeregie zendt de bevoegde gezagsorganen van beide partijen halfjaarlijks, uiterlijk 15 februari en 15 september, een schriftelijke voortgangsrapportage over de in-, door- en uitstroom, de examenresultaten, de overstappen en de besteding van het routebudget.

L 6.2 De voortgangsrapportage van 15 september wordt in oktober besproken in een bestuurlijk overleg tussen de bevoegde gezagsorganen en de routeregie.

H Artikel 7 Leerlingbegeleiding en examens

L 7.1 De school is verantwoordelijk voor de begeleiding, het verzuim en de vmbo-examens in de vo-fase, ook wanneer de leerling het vmbo-diploma pas in het derde routejaar behaalt; het instituut voor de begeleiding, de bpv en de mbo-examens in de mbo-fase.

L 7.2 Klachten over personeel van de andere partij worden behandeld volgens de klachtenregeling van de partij waar de leerling is ingeschreven.

H Artikel 7a Overstapoptie

{ART7A}

H Artikel 8 Financiën

L 8.1 De school draagt met toepassing van artikel 5.42a WVO 2020 aan het instituut een bedrag van € 640 per leerling per schooljaar over voor iedere leerling die op 1 oktober in het eerste of tweede routejaar is ingeschreven.

L 8.2 Het bedrag is bestemd voor de inzet van de docenten autotechniek van het instituut in de vo-fase en voor het gebruik van de diagnoseapparatuur en de verbruiksmaterialen in het autotechnisch centrum.

L 8.3 Het instituut draagt geen bekostiging over aan de school. Betaling vindt jaarlijks in december plaats.

H Artikel 9 Medezeggenschap

{ART9}

H Artikel 10 Geschillen

L 10.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst in de routeregie en daarna in een bestuurlijk overleg van beide bevoegde gezagsorganen besproken.

L 10.2 Leidt het bestuurlijk overleg niet binnen zes weken tot een oplossing, dan schakelen partijen een mediator in. Is het geschil drie maanden na aanvang van de mediation niet opgelost, dan wordt het beslecht door arbitrage volgens het Arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, met Maastricht als plaats van arbitrage.

H Artikel 11 Duur, toetreding, wijziging en beëindiging

{ART11}

H Artikel 12 Slotbepaling

P Op deze overeenkomst is Nederlands recht van toepassing.

SMALL Deze geconsolideerde tekst is opgesteld door de routeregie en vastgesteld bij artikel II van addendum nr. 1.
""".replace("{ART5}", _quote(ART5_74)).replace("{ART7A}", _quote(ART7A_74)) \
   .replace("{ART9}", _quote(ART9_74)).replace("{ART11}", _quote(ART11_74))

SIGS_74 = {
    "ond": (["Stichting Voortgezet Onderwijs Parkstad-Oost", "", "", "________________________",
             "drs. L.M.H. Coenen", "voorzitter college van bestuur"],
            ["Stichting Beroepsonderwijs Zuid-Limburg (Mijnstreek Vakinstituut)", "", "",
             "________________________", "M.J.G. Lemmens-Pluijmen MSc", "lid college van bestuur"]),
}


def build_74(path):
    render_pdf(path, TEXT_74, sigs=SIGS_74, size=9.5, leading=13,
               title="Addendum nr. 1 SOK Autotechniek Parkstad",
               author="Vakcollege De Schacht / Mijnstreek Vakinstituut",
               footer="Addendum nr. 1 SOK Autotechniek Parkstad | {n}")


# ---------------------------------------------------------------------------------------------
# 75  TXT informal afsprakenlijst with initials, signed as the agreement (Fryslân, BWI bb -> Timmerman 2)
# ---------------------------------------------------------------------------------------------

TEXT_75 = """\
AFSPRAKENLIJST DLR BOUW  (BWI basis -> Timmerman mbo 2)
Overleg woensdag 12 maart 2025, 15.30-17.00 uur, bouwhal MBO Oost-Fryslân, Drachten

Aanwezig:
  JdV   Jelle de Vries      teamleider BWI, CSG De Wâlden (vmbo)
  AB    Age Bouma           directeur-bestuurder Stichting CVO Smallingerland
  MK    Marrit Kooistra     opleidingsmanager Bouw & Infra, MBO Oost-Fryslân
  SH    Sytske Hiemstra     bpv-coördinator, MBO Oost-Fryslân (notulen)
  TvdM  Tjeerd van der Meer Bouwkring Smallingerland (netwerk leerbedrijven)
Afwezig: HP (Hendrik Posthuma, docent timmeren MBO OF) - wel vooraf gesproken

-------------------------------------------------------------------------------
1. WAT VOOR ROUTE
-------------------------------------------------------------------------------
- Doorlopende leerroute vanaf leerjaar 3 basisberoepsgerichte leerweg (bb),
  profiel Bouwen, wonen en interieur (BWI), CSG De Wâlden.
- Na 2 jaar door naar mbo-opleiding Timmerman, niveau 2, domein Bouw en infra,
  bij MBO Oost-Fryslân. BOL, in jaar 4 eventueel BBL als leerbedrijf dat wil.
- Start aug. 2025 met 1 groep (max. 16 lln). Route = 4 jaar.
  Actie: JdV zet RIO-melding klaar, MK tekent mee namens MBO OF. Voor 1 juni.

-------------------------------------------------------------------------------
2. BOUWBEDRIJVEN
-------------------------------------------------------------------------------
- TvdM: Bouwkring doet mee met in elk geval Bouwbedrijf Van der Meer & Zn
  (Drachten), Timmerbedrijf Hoekstra (Opeinde) en Friese Houtbouw BV (Ureterp).
- Zij leveren: snuffelstage 1 week in jaar 2; bpv-plek 2 dagen per week in
  jaar 3 en 4 voor elke leerling; 1x per kwartaal een gastles op school;
  praktijkopleider beoordeelt mee bij de proeve.
- Elk voorjaar zit de Bouwkring met het kernteam om tafel over het programma
  (wat moet er in, wat kan eruit).
  Actie: TvdM levert lijst erkende leerbedrijven aan bij SH. Voor 1 mei.

-------------------------------------------------------------------------------
3. WIE TREKT HET
-------------------------------------------------------------------------------
- Kernteam: JdV, MK en SH. JdV is trekker tot de zomer, daarna kijken we wie het
  overneemt en hoe.
- Kernteam doet: rooster, opzet PTA/OER, wie welke lessen geeft, beslist over
  toelating van leerlingen en over het potje materiaal (max. EUR 5.000/jaar).
- Grote dingen (personeel, geld boven het potje) gaan naar AB en de
  bestuurder van MBO OF.

-------------------------------------------------------------------------------
4. TERUGKOPPELING
-------------------------------------------------------------------------------
- MK en JdV houden de bestuurders op de hoogte van hoe het loopt.

-------------------------------------------------------------------------------
5. LESSEN, MENSEN EN LOKALEN
-------------------------------------------------------------------------------
- Jaar 1 en 2 op De Wâlden, praktijklokaal hout. Elke dinsdag geeft HP
  (docent timmeren MBO OF) daar de praktijklessen, samen met docent BWI.
- Jaar 2: om de week op donderdag in de bouwhal van MBO OF (machines,
  steigeroefenplek, kozijnenstraat).
- Jaar 3 en 4: MBO OF + leerbedrijf.
- Docenten van beide kanten = 1 team. Module Kozijnen & trappen wordt samen
  gegeven met teambevoegdheid. Iedereen blijft bij eigen werkgever in dienst.
- Lokalen en machines over en weer gratis te gebruiken, volgens rooster kernteam.
- Programma en examens per leerjaar: PTA/OER (bijlage bij deze lijst).
  Actie: JdV + MK, PTA/OER definitief. Voor 1 juli.

-------------------------------------------------------------------------------
6. ALS EEN LEERLING AFHAAKT
-------------------------------------------------------------------------------
- Leerling die uitvalt of niet meer wil: MK regelt een plek in de
  Entree-opleiding (niveau 1) bij MBO OF. JdV belt de ouders.

-------------------------------------------------------------------------------
7. GELD
-------------------------------------------------------------------------------
- Geen geld over en weer. Er gaat geen bekostiging van De Wâlden naar MBO OF
  of andersom. Uren van HP en materiaal worden niet doorbelast.

-------------------------------------------------------------------------------
8. MEDEZEGGENSCHAP
-------------------------------------------------------------------------------
- Kwam kort langs. AB: je kunt aanvullende afspraken maken over
  medezeggenschap (bijv. leerlingen in de studentenraad), de wet biedt die
  ruimte. Daar is niet voor gekozen.

-------------------------------------------------------------------------------
9. ALS WE HET NIET EENS ZIJN
-------------------------------------------------------------------------------
- Eerst JdV en MK samen.
- Komen die er niet uit: binnen een maand naar AB en de bestuurder van MBO OF.
- Lukt dat ook niet: mediator uit het register van de MfN, kosten 50/50.
- Pas daarna naar de rechter (Rechtbank Noord-Nederland, Leeuwarden).

-------------------------------------------------------------------------------
10. HOE LANG EN STOPPEN
-------------------------------------------------------------------------------
- Geldt vanaf 1-8-2025 voor 4 schooljaren, daarna elk jaar vanzelf een jaar
  erbij.
- Opzeggen: schriftelijk, per 1 augustus, minimaal 1 jaar van tevoren.
- Wie al in de route zit, maakt hem af, ook na opzegging. Geen nieuwe
  instroom meer na opzegging.
- Aanpassen van deze afspraken: alleen schriftelijk en door beide bestuurders
  getekend.

-------------------------------------------------------------------------------
11. RONDVRAAG
-------------------------------------------------------------------------------
- SH: bouwhal is dicht in de kerstvakantie.
- Volgende overleg: woensdag 4 juni, De Wâlden.

-------------------------------------------------------------------------------
ACTIELIJST
-------------------------------------------------------------------------------
  wie       wat                                         wanneer
  JdV       RIO-melding klaarzetten                     voor 1 juni
  TvdM      lijst leerbedrijven naar SH                 voor 1 mei
  JdV+MK    PTA/OER definitief                          voor 1 juli
  SH        rooster bouwhal jaar 2                      voor 1 juli

===============================================================================
VASTSTELLING

Partijen hebben deze afsprakenlijst vastgesteld als hun
samenwerkingsovereenkomst voor de doorlopende leerroute vmbo-mbo, bedoeld in
artikel 2.107b WVO 2020 en artikel 9.1.3 WEB.

Voor akkoord,

Stichting Christelijk Voortgezet Onderwijs Smallingerland
(bevoegd gezag CSG De Wâlden)
A. Bouma, directeur-bestuurder          getekend, Drachten, 20-03-2025

Stichting Middelbaar Beroepsonderwijs Oost-Fryslân (MBO Oost-Fryslân)
D. Wijnia, voorzitter college van bestuur   getekend, Drachten, 24-03-2025
===============================================================================
"""


def build_75(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(TEXT_75)


# ---------------------------------------------------------------------------------------------
# 76  DOCX with Doel / Afspraak / Uitwerking per article (Achterhoek, E&O kb -> Verkoopspecialist 3)
# ---------------------------------------------------------------------------------------------

DOC_76 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Handel Achterhoek"),
    ("sub", "IJsselweide College en Beroepsonderwijs Achterhoek-Liemers"),
    ("p", "Partijen:"),
    ("p", "1. Stichting Onderwijsgroep Oude IJssel, gevestigd te Doetinchem, bevoegd gezag van het IJsselweide College (vmbo) te Doetinchem, vertegenwoordigd door de heer W.J. Hendriksen, voorzitter van het college van bestuur, hierna: IJsselweide;"),
    ("p", "2. Stichting Beroepsonderwijs Achterhoek-Liemers, gevestigd te Doetinchem, hierna: BAL, vertegenwoordigd door mevrouw A.G. Wassink-Ter Horst, voorzitter van het college van bestuur."),
    ("p", "Deze overeenkomst is opgebouwd volgens de vaste werkwijze van de Achterhoekse routes: bij ieder artikel staat eerst het Doel (waarom en wat we willen bereiken), dan de Afspraak (waaraan partijen zich binden) en zo nodig de Uitwerking (hoe het in de praktijk gaat). Alleen de Afspraak bindt partijen; het Doel en de Uitwerking dienen ter toelichting."),
    ("h", "Artikel 1 De route"),
    ("lab", "Doel"),
    ("p", "Wij willen leerlingen met belangstelling voor verkoop en ondernemen een ononderbroken route bieden van het vmbo naar een mbo-diploma, zonder dubbel werk en zonder de knip tussen vmbo en mbo."),
    ("lab", "Afspraak"),
    ("p", "IJsselweide en BAL verzorgen samen een doorlopende leerroute vmbo-mbo. De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg van IJsselweide, profiel Economie en ondernemen, en leidt naar de mbo-opleiding Verkoopspecialist, niveau 3 (BOL), in het opleidingsdomein Handel en ondernemerschap van BAL. De route duurt vier jaar; de leerling haalt het vmbo-diploma aan het eind van het tweede jaar."),
    ("lab", "Uitwerking"),
    ("p", "De eerste groep start op 1 augustus 2025 met ten hoogste twintig leerlingen. Partijen melden de route gezamenlijk in RIO."),
    ("h", "Artikel 2 Ondernemers en de route"),
    ("lab", "Doel"),
    ("p", "Wij willen dat ondernemers uit de Achterhoekse detailhandel zichtbaar zijn in de route. Het is de bedoeling dat leerlingen al vroeg in winkels meedraaien, dat ondernemers feedback geven op het werk van leerlingen en dat zij meedenken over wat een verkoopspecialist over vijf jaar moet kunnen."),
    ("h", "Artikel 3 Leiding"),
    ("lab", "Doel"),
    ("p", "Eén aanspreekpunt per school en korte lijnen, zodat leerlingen en ouders merken dat de route één geheel is."),
    ("lab", "Afspraak"),
    ("p", "De leiding over de route ligt bij het routeduo: de teamleider kaderberoepsgerichte leerweg van IJsselweide en de teamleider Handel van BAL. Ieder college van bestuur wijst zijn eigen teamleider schriftelijk aan als lid van het routeduo. Het routeduo maakt het rooster en de jaarplanning, stelt het PTA/OER op en legt het ter vaststelling voor aan de bevoegde organen van partijen, beslist over de toelating van leerlingen, verdeelt de lessen over de docenten die partijen beschikbaar stellen en beheert het routebudget van € 8.000 per schooljaar. Besluiten over personeel en uitgaven daarboven blijven bij de colleges van bestuur."),
    ("lab", "Uitwerking"),
    ("p", "Het routeduo overlegt elke twee weken; een van beiden is het aanspreekpunt voor ouders in de vo-fase, de ander in de mbo-fase."),
    ("h", "Artikel 4 Informatie en verantwoording"),
    ("lab", "Doel"),
    ("p", "De besturen moeten kunnen zien of de route doet wat we beloven: meer leerlingen met een diploma, minder uitval."),
    ("lab", "Afspraak"),
    ("p", "Het routeduo stuurt beide colleges van bestuur twee keer per jaar, in januari en in juli, een schriftelijke rapportage over het aantal leerlingen per leerjaar, de uitval en de overstappen, de resultaten en de besteding van het routebudget. De rapportage van juli wordt in september besproken in het bestuurlijk overleg van beide colleges; daar legt het routeduo verantwoording af over het afgelopen schooljaar."),
    ("lab", "Uitwerking"),
    ("p", "De rapportage gebruikt de indicatoren uit de kwaliteitskaart van de Achterhoekse routes."),
    ("h", "Artikel 5 Organisatie van het onderwijs"),
    ("lab", "Doel"),
    ("p", "Leerlingen leren in een echte winkelomgeving, van docenten die samen één team vormen."),
    ("lab", "Afspraak"),
    ("p", "Leerjaar 1 en 2 van de route worden gegeven in het IJsselweide College, met één dag per week in het leerwarenhuis van BAL aan de Terborgseweg in Doetinchem; leerjaar 3 en 4 bij BAL. BAL zet in de vo-fase een docent retail in voor zes lesuren per week; IJsselweide zet haar docenten Economie en ondernemen en AVO in. De docenten vormen één team en geven de modules Verkoop en Presentatie met teambevoegdheid. Iedere docent blijft in dienst van de eigen werkgever. IJsselweide stelt haar praktijklokaal met kassasystemen beschikbaar, BAL het leerwarenhuis en de webshopomgeving; over en weer zonder kosten. Het onderwijsprogramma en de examens per leerjaar staan in het gezamenlijke PTA/OER."),
    ("lab", "Uitwerking"),
    ("p", "Het PTA/OER wordt elk jaar vóór 1 juli vastgesteld. De school neemt het centraal examen af aan het eind van leerjaar 2 van de route."),
    ("h", "Artikel 6 Overstappen"),
    ("lab", "Doel"),
    ("p", "Niemand valt tussen wal en schip: wie de route verlaat, houdt uitzicht op een diploma."),
    ("lab", "Afspraak"),
    ("p", "Verlaat een leerling de route in de vo-fase, dan maakt hij de gewone kaderberoepsgerichte leerweg van IJsselweide af, in hetzelfde of een ander profiel. Haalt hij het vmbo-diploma niet of stopt hij in de mbo-fase, dan kan hij bij BAL zonder vooropleidingseisen verder in een andere opleiding op niveau 2 of 3, bijvoorbeeld Verkoopmedewerker (niveau 2). IJsselweide en BAL besluiten samen, na een gesprek met de leerling en zijn ouders, welke plek past bij wat de leerling al heeft behaald en bij zijn leeftijd."),
    ("lab", "Uitwerking"),
    ("p", "De mentor en de studieloopbaanbegeleider voeren het gesprek; het routeduo legt het besluit vast. De werkwijze staat in de schoolgids."),
    ("h", "Artikel 7 Geld"),
    ("lab", "Doel"),
    ("p", "De kosten van de route komen terecht waar ze worden gemaakt."),
    ("lab", "Afspraak"),
    ("p", "IJsselweide draagt een deel van haar bekostiging over aan BAL voor de inzet van de docent retail in de vo-fase en het gebruik van het leerwarenhuis."),
    ("lab", "Uitwerking"),
    ("p", "De hoogte van de bijdrage wordt jaarlijks bij het opstellen van de begroting van de route bepaald."),
    ("h", "Artikel 8 Medezeggenschap"),
    ("lab", "Doel"),
    ("p", "Leerlingen, ouders en medewerkers hebben een stem in de route, ook over de grens van vmbo en mbo heen."),
    ("lab", "Afspraak"),
    ("p", "De leerlingen in de vo-fase kiezen ieder jaar een vertegenwoordiger die de vergaderingen van de studentenraad van BAL bijwoont en daar spreekrecht heeft over onderwerpen die de route raken. De medezeggenschapsraad van IJsselweide en de studentenraad van BAL komen eenmaal per jaar bijeen om de rapportage van juli te bespreken."),
    ("lab", "Uitwerking"),
    ("p", "Het routeduo nodigt uit en zorgt voor de stukken."),
    ("h", "Artikel 9 Verschillen van inzicht"),
    ("lab", "Doel"),
    ("p", "Als we het oneens zijn over de uitvoering van deze overeenkomst, willen we er snel en zonder juridische procedures samen uitkomen, zonder dat leerlingen daar last van hebben."),
    ("h", "Artikel 10 Looptijd, nieuwe partners, wijziging en einde"),
    ("lab", "Doel"),
    ("p", "Zekerheid voor leerlingen: wie begint, kan de route afmaken, wat er ook verandert."),
    ("lab", "Afspraak"),
    ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere vmbo-school of mbo-instelling kan toetreden als beide colleges van bestuur schriftelijk instemmen en de nieuwe partij deze overeenkomst door ondertekening aanvaardt; toetreding gaat in op 1 augustus. Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend; zij gelden voor nieuwe cohorten. Iedere partij kan schriftelijk opzeggen tegen 1 augustus met een opzegtermijn van twaalf maanden. Na opzegging stromen geen nieuwe leerlingen meer in en maken de leerlingen die al in de route zitten haar af."),
    ("lab", "Uitwerking"),
    ("p", "Bij toetreding meldt de nieuwe partij zich bij DUO."),
    ("h", "Ondertekening"),
    ("sig", [["Stichting Onderwijsgroep Oude IJssel", "Stichting Beroepsonderwijs Achterhoek-Liemers"],
             ["W.J. Hendriksen, voorzitter college van bestuur", "A.G. Wassink-Ter Horst, voorzitter college van bestuur"],
             ["Doetinchem, 27 juni 2025", "Doetinchem, 27 juni 2025"]]),
]


def build_76(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for kind, val in DOC_76:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            p = doc.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            doc.add_heading(val, level=1)
        elif kind == "lab":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.italic = True
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.keep_with_next = True
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "sig":
            t = doc.add_table(rows=len(val), cols=2)
            for i, row in enumerate(val):
                for j, txt in enumerate(row):
                    t.cell(i, j).text = txt
    cp = doc.core_properties
    cp.author = "Routeduo Handel Achterhoek"
    cp.last_modified_by = "Routeduo Handel Achterhoek"
    cp.title = "SOK doorlopende leerroute Handel Achterhoek"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    write_fixed_zip(buf.getvalue(), path)


def write_fixed_zip(data, path):
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, content in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, content)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------

P, W, M, NA = "present", "weak", "missing", "not_applicable"


def st(a, b, c, d, e, f, g, h, i, j):
    return dict(zip("abcdefghij", (a, b, c, d, e, f, g, h, i, j)))


SAMPLES = {
    "69": {
        "name": "69_liggende_tabel_leerjaren", "ext": "pdf", "build": build_69,
        "description": "PDF, formal 'Artikel N.' style with portrait article pages and two landscape pages holding a large table per routejaar (locatie, docenten, faciliteiten, bpv, examen); Twente, PIE kb -> Eerste monteur elektrotechnische installaties niveau 3; fully compliant (transfer EUR 1.150 per leerling with bestemming, toehoorder in studentenraad)",
        "statuses": st(P, P, P, P, P, P, P, P, P, P),
        "evidence": {"a": "Artikel 2. De route", "b": "Artikel 3. Betrokkenheid van het werkveld",
                     "c": "Artikel 4. Routeteam", "d": "Artikel 5. Rapportage aan de besturen",
                     "e": "Artikel 6. Inrichting per leerjaar", "f": "Artikel 7. Overstappen",
                     "g": "Artikel 8. Overdracht van middelen", "h": "Artikel 9. Medezeggenschap",
                     "i": "Artikel 10. Geschillen",
                     "j": "Artikel 11. Looptijd, toetreding, wijziging en beëindiging"},
    },
    "70": {
        "name": "70_kantlijnnummers_kleinkapitaal", "ext": "pdf", "build": build_70,
        "description": "PDF, clause numbers standing alone in a left margin column, section headings in small caps, letter-spaced title; Zeeland, Maritiem en techniek kb -> Allround constructiewerker niveau 3; compliant apart from h, which only describes the legal regimes and that extra arrangements 'kunnen' be made (not_applicable); explicit no transfer of bekostiging; bindend advies",
        "statuses": st(P, P, P, P, P, P, P, NA, P, P),
        "evidence": {"a": "ONDERWERP VAN DE OVEREENKOMST", "b": "SAMENWERKING MET HET BEDRIJFSLEVEN",
                     "c": "3.1 De leiding over de route is opgedragen aan de routeraad",
                     "d": "VERANTWOORDING", "e": "INRICHTING VAN HET ONDERWIJS",
                     "f": "OVERSTAP", "g": "BEKOSTIGING", "i": "GESCHILLEN",
                     "j": "DUUR, TOETREDING, WIJZIGING EN EINDE"},
    },
    "71": {
        "name": "71_mailwisseling_afspraken", "ext": "txt", "build": build_71,
        "description": "TXT e-mail thread, very short agreement pasted in the mail, with quoted '>' reply lines holding proposals (mediator, EUR 450 transfer, studentenraad) that were NOT agreed, plus signature block and disclaimer; Oost-Groningen, HBR bb -> Kok niveau 2; agreement text: d only restates the statute (weak), g nothing about finances (missing), i only 'in goed overleg' (weak), h silent (not_applicable)",
        "statuses": st(P, P, P, W, P, P, M, NA, W, P),
        "evidence": {"a": "1. Route", "b": "2. Leerbedrijven", "c": "3. Coördinatie",
                     "e": "5. Onderwijs, docenten en lokalen",
                     "f": "6. Als een leerling stopt met de route",
                     "j": "8. Duur, nieuwe partners, wijzigen en stoppen"},
    },
    "72": {
        "name": "72_wiki_export_html", "ext": "md", "build": build_72,
        "description": "Markdown exported from a wiki with HTML fragments (<table>, <br>, <details> holding the overstap scenarios and the medezeggenschap arrangements), plain language; Amersfoort, MVI gemengde leerweg -> Software developer niveau 4; fully compliant (transfer of 15 procent of vo-bekostiging with bestemming)",
        "statuses": st(P, P, P, P, P, P, P, P, P, P),
        "evidence": {"a": "1. Welke route", "b": "2. Werkveld", "c": "3. Routeteam",
                     "d": "4. Informatie en verantwoording aan de besturen",
                     "e": "5. Inrichting van het onderwijs", "f": "6. Overstappen", "g": "7. Geld",
                     "h": "8. Medezeggenschap", "i": "9. Als we het oneens zijn",
                     "j": "10. Looptijd, nieuwe partners, wijzigen en opzeggen"},
    },
    "73": {
        "name": "73_geintegreerde_route_advocaat", "ext": "pdf", "build": build_73,
        "description": "PDF, long lawyer-drafted agreement for a geintegreerde route (vmbo-basis Zorg en welzijn -> Helpende Zorg en Welzijn niveau 2), West-Brabant, with considerans and Begripsbepalingen; overstap guarantees a Passende Plek and excludes automatic Entree (present); bedrijfsleven only in the considerans and a definition of Leerbedrijf (missing); transfer with bestemming but omvang left as 'EUR [•]' (weak)",
        "statuses": st(P, M, P, P, P, P, W, P, P, P),
        "evidence": {"a": "Artikel 2 Onderwerp en strekking", "c": "Artikel 4 Stuurgroep",
                     "d": "Artikel 5 Verantwoording aan de colleges van bestuur",
                     "e": "Artikel 6 Inrichting, personeel en faciliteiten",
                     "f": "Artikel 8 Overstapregeling", "h": "Artikel 11 Medezeggenschap",
                     "i": "Artikel 13 Geschillen",
                     "j": "Artikel 15 Toetreding, wijziging en beëindiging"},
    },
    "74": {
        "name": "74_addendum_geconsolideerd", "ext": "pdf", "build": build_74,
        "description": "PDF addendum amending an earlier agreement article by article ('Artikel 5 komt te luiden', 'Na artikel 7 wordt een artikel ingevoegd'), followed by the consolidated text, which is labelled; Parkstad Limburg, Mobiliteit en transport kb -> Eerste autotechnicus niveau 3; consolidated text fully compliant (EUR 640 per leerling with bestemming, arbitrage, explicit medezeggenschap arrangements)",
        "statuses": st(P, P, P, P, P, P, P, P, P, P),
        "evidence": {"a": "Artikel 2 De leerroute", "b": "Artikel 3 Betrokkenheid autobranche",
                     "c": "Artikel 5 Routeregie", "d": "Artikel 6 Verslaglegging",
                     "e": "Artikel 4 Organisatie van het onderwijs", "f": "Artikel 7a Overstapoptie",
                     "g": "Artikel 8 Financiën", "h": "Artikel 9 Medezeggenschap",
                     "i": "Artikel 10 Geschillen",
                     "j": "Artikel 11 Duur, toetreding, wijziging en beëindiging"},
    },
    "75": {
        "name": "75_afsprakenlijst_initialen", "ext": "txt", "build": build_75,
        "description": "TXT informal minutes-like afsprakenlijst with initials and action points (JdV, MK, AB), signed by both boards as the agreement; Fryslân, BWI bb -> Timmerman niveau 2; leiding without any appointment rule (weak), verantwoording without form or frequency (weak), overstap only to Entree (weak), no toetreding (weak); explicit no transfer; h only says arrangements 'kunnen' (not_applicable)",
        "statuses": st(P, P, W, W, P, W, P, NA, P, W),
        "evidence": {"a": "1. WAT VOOR ROUTE", "b": "2. BOUWBEDRIJVEN",
                     "e": "5. LESSEN, MENSEN EN LOKALEN", "g": "7. GELD",
                     "i": "9. ALS WE HET NIET EENS ZIJN"},
    },
    "76": {
        "name": "76_doel_afspraak_uitwerking", "ext": "docx", "build": build_76,
        "description": "DOCX in which every article has Doel / Afspraak / Uitwerking parts and only the Afspraak binds; Achterhoek, Economie en ondernemen kb -> Verkoopspecialist niveau 3; bedrijfsleven and geschillen have a Doel and no Afspraak (intention only, weak); transfer of bekostiging with bestemming but the amount deferred to the yearly begroting (weak)",
        "statuses": st(P, W, P, P, P, P, W, P, W, P),
        "evidence": {"a": "Artikel 1 De route", "c": "Artikel 3 Leiding",
                     "d": "Artikel 4 Informatie en verantwoording",
                     "e": "Artikel 5 Organisatie van het onderwijs", "f": "Artikel 6 Overstappen",
                     "h": "Artikel 8 Medezeggenschap",
                     "j": "Artikel 10 Looptijd, nieuwe partners, wijziging en einde"},
    },
}


def expected(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def paths(num):
    s = SAMPLES[num]
    base = os.path.join(HERE, s["name"])
    return base + "." + s["ext"], base + ".expected.json"


def build(num):
    doc_path, json_path = paths(num)
    SAMPLES[num]["build"](doc_path)
    with open(json_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(expected(num), indent=2, ensure_ascii=False) + "\n")
    print("built", os.path.basename(doc_path))


# ---------------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------------


def extract_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            parts.append(pdf[i].get_textpage().get_text_range())
        pdf.close()
        return "\n".join(parts)
    if ext == "docx":
        from docx import Document
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for num in sorted(SAMPLES):
        doc_path, json_path = paths(num)
        errs = []
        if not os.path.exists(doc_path):
            errs.append("missing document")
        else:
            size = os.path.getsize(doc_path)
            if size >= MAX_BYTES:
                errs.append("too large: %d bytes" % size)
            try:
                text = norm(extract_text(doc_path))
            except Exception as exc:  # noqa: BLE001
                errs.append("does not open: %r" % exc)
                text = ""
            for item, ev in SAMPLES[num]["evidence"].items():
                if SAMPLES[num]["statuses"][item] != P:
                    errs.append("evidence for non-present item %s" % item)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (item, ev))
        if not os.path.exists(json_path):
            errs.append("missing expected.json")
        else:
            with open(json_path, encoding="utf-8") as f:
                if json.load(f) != expected(num):
                    errs.append("expected.json differs from table")
        sts = SAMPLES[num]["statuses"]
        if sorted(sts) != list("abcdefghij") or not set(sts.values()) <= {P, W, M, NA}:
            errs.append("bad statuses")
        print("%s %-36s %s" % ("OK  " if not errs else "FAIL", SAMPLES[num]["name"],
                               "; ".join(errs)))
        ok = ok and not errs
    exts = [s["ext"] for s in SAMPLES.values()]
    if exts.count("pdf") < 4 or sum(e in ("txt", "md") for e in exts) < 2:
        print("FAIL format mix")
        ok = False
    print("check passed" if ok else "check FAILED")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [a for a in argv if not a.startswith("-")] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %s" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
