#!/usr/bin/env python3
"""Held-out sample agreements h41-h48 for leerroute-check.

Written by an independent author (a helper session) after the checker's decision rules were
fixed. The texts were written from the two official guidance documents in /work/shared/seeds
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
../LABELS.md only. No checker code, model, test or benchmark was read, the checker was not run,
and no text, label file or build script of any other sample was used as a model. (The author did
glance at the first lines of heldout/README.md by mistake; the files below were planned to differ
from what is listed there in sector and wording.)

All schools, instellingen, companies and people are made up. Qualification names and
opleidingsdomeinen are meant to be realistic, not checked against the current
kwalificatiestructuur.

Usage:
    python3 build_heldout3b.py            # build h41-h48
    python3 build_heldout3b.py h41 h44    # build only these
    python3 build_heldout3b.py --check    # open every file and verify it
"""

import datetime
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024


def statuses(s):
    """'p p w ...' (a..j) -> dict."""
    codes = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10, s
    return {k: codes[v] for k, v in zip("abcdefghij", parts)}


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------

def _pdf_inline(text):
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return t.replace("\n", "<br/>")


def render_pdf(path, blocks, *, font="Helvetica", title="", author="", running=None):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    size = 10 if font == "Helvetica" else 11
    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=size * 1.35,
                          spaceAfter=4, alignment=TA_JUSTIFY if font == "Times-Roman" else 0)
    styles = {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=size + 5,
                                leading=(size + 5) * 1.25, alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER, spaceAfter=10),
        "h": ParagraphStyle("h", parent=base, fontName=bold, fontSize=size + 1, spaceBefore=9,
                            spaceAfter=4, alignment=0, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, spaceBefore=5, alignment=0,
                             keepWithNext=1),
        "p": base,
        "pi": ParagraphStyle("pi", parent=base, leftIndent=8 * mm),
        "li": ParagraphStyle("li", parent=base, leftIndent=8 * mm, bulletIndent=3 * mm),
        "ol": ParagraphStyle("ol", parent=base, leftIndent=9 * mm, firstLineIndent=-9 * mm),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 2, leading=(size - 2) * 1.3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 1.5,
                               leading=(size - 1.5) * 1.3, alignment=0, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=bold, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3, alignment=0, spaceAfter=0),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "space":
            story.append(Spacer(1, b[1] * mm))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "li":
            story.append(Paragraph(_pdf_inline(b[1]), styles["li"], bulletText="\u2022"))
        elif kind == "ol":
            story.append(Paragraph(_pdf_inline(b[1]) + "&nbsp;&nbsp;" + _pdf_inline(b[2]),
                                   styles["ol"]))
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = []
            for r, row in enumerate(rows):
                st_ = styles["cellb"] if r == 0 else styles["cell"]
                data.append([Paragraph(_pdf_inline(c), st_) for c in row])
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif kind == "sig":
            rows, widths = b[1], b[2]
            data = [[Paragraph(_pdf_inline(c), styles["p"]) for c in row] for row in rows]
            t = Table(data, colWidths=[w * mm for w in widths])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        else:
            story.append(Paragraph(_pdf_inline(b[1]), styles[kind]))

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        if running:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, running)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, "pagina %d" % doc.page)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=title,
                            author=author, subject="Samenwerkingsovereenkomst doorlopende leerroute",
                            creator="leerroute-check heldout samples", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def _docx_runs(par, text, bold=False):
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        is_b = part.startswith("**") and part.endswith("**")
        chunk = part[2:-2] if is_b else part
        lines = chunk.split("\n")
        for k, line in enumerate(lines):
            run = par.add_run(line)
            run.bold = True if (bold or is_b) else None
            if k < len(lines) - 1:
                run.add_break()


ART_NUM_ID = 90


def _add_article_numbering(doc):
    """Multilevel list: level 0 'Artikel %1', level 1 '%1.%2' (Word automatic numbering)."""
    from docx.oxml import parse_xml
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="Artikel %%1"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="1134"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (W, ART_NUM_ID))
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (W, ART_NUM_ID, ART_NUM_ID))
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)


def _set_numpr(par, ilvl, num_id):
    from docx.oxml import parse_xml
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ppr = par._p.get_or_add_pPr()
    ppr.insert(1 if ppr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pStyle") is not None else 0,
        parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                  % (W, ilvl, num_id)))


def render_docx(path, blocks, *, title="", author="", auto_articles=False, font="Calibri"):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(20)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(10.5)
    if auto_articles:
        _add_article_numbering(doc)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_paragraph(b[1], style="Title")
        elif kind == "subtitle":
            p = doc.add_paragraph(style="Subtitle")
            _docx_runs(p, b[1])
        elif kind == "h":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "hb":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            _docx_runs(p, b[1], bold=True)
        elif kind == "art":
            p = doc.add_heading(b[1], level=2)
            _set_numpr(p, 0, ART_NUM_ID)
        elif kind == "lid":
            p = doc.add_paragraph()
            _set_numpr(p, 1, ART_NUM_ID)
            _docx_runs(p, b[1])
        elif kind in ("p", "small"):
            p = doc.add_paragraph()
            _docx_runs(p, b[1])
        elif kind == "pi":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Mm(8)
            _docx_runs(p, b[1])
        elif kind == "right":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _docx_runs(p, b[1])
        elif kind == "li":
            p = doc.add_paragraph(style="List Bullet")
            _docx_runs(p, b[1])
        elif kind == "ol":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Mm(9)
            p.paragraph_format.first_line_indent = Mm(-9)
            _docx_runs(p, b[1] + "\t" + b[2])
        elif kind in ("table", "sig"):
            rows, widths = b[1], b[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            if kind == "table":
                t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = t.cell(r, c)
                    cell.width = Mm(widths[c])
                    cell.paragraphs[0].text = ""
                    _docx_runs(cell.paragraphs[0], val, bold=(kind == "table" and r == 0))
            doc.add_paragraph()
        elif kind == "space":
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)

    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""

    raw = io.BytesIO()
    doc.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def render_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.strip("\n") + "\n")


# ---------------------------------------------------------------------------------------------
# h41 - Westfriesland - DOCX with Word automatic article numbering
# ---------------------------------------------------------------------------------------------

def blocks_h41():
    B = []
    B.append(("title", "Samenwerkingsovereenkomst doorlopende leerroute Horeca Westfriesland"))
    B.append(("subtitle", "vmbo kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie "
                          "\u2013 mbo Zelfstandig werkend kok (niveau 3)"))
    B.append(("p", "**Partijen**"))
    B.append(("ol", "1.", "Stichting Openbaar Voortgezet Onderwijs Westfriesland, gevestigd te Hoorn, "
                          "bevoegd gezag van Het Nieuwe Dijkcollege (vmbo) te Medemblik, hierbij "
                          "vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw "
                          "drs. A.M. Schermer, hierna: \"de school\";"))
    B.append(("ol", "2.", "Stichting Regionaal Opleidingencentrum Kop en Westfriesland, gevestigd te "
                          "Hoorn, handelend onder de naam ROC Westfriese Kust, hierbij vertegenwoordigd "
                          "door de voorzitter van het college van bestuur, de heer ir. P.J. Kaag, "
                          "hierna: \"het ROC\"."))
    B.append(("p", "**Inleiding**"))
    B.append(("p", "De school en het ROC werken sinds 2021 samen in het project 'Koken aan de Dijk', "
                   "waarin vmbo-leerlingen al een deel van hun praktijklessen in het leerrestaurant van "
                   "het ROC volgden. Met deze overeenkomst zetten partijen die samenwerking om in een "
                   "doorlopende leerroute vmbo-mbo en geven zij invulling aan artikel 2.107b van de Wet "
                   "voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en "
                   "beroepsonderwijs. De tekst is voorbereid door de beleidsmedewerkers onderwijs van "
                   "beide besturen en besproken met de teams."))
    B.append(("p", "Partijen komen het volgende overeen."))

    B.append(("art", "Begrippen"))
    B.append(("lid", "In deze overeenkomst wordt verstaan onder: **route**: de doorlopende leerroute "
                     "genoemd in artikel 2; **vo-fase**: de eerste twee leerjaren van de route "
                     "(leerjaar 3 en 4 vmbo); **mbo-fase**: de leerjaren van de route waarin de "
                     "deelnemer als student bij het ROC is ingeschreven; **kernteam**: de leiding van "
                     "de route, genoemd in artikel 4; **deelnemer**: een leerling of student die de "
                     "route volgt."))

    B.append(("art", "Welke route wij samen verzorgen"))
    B.append(("lid", "Partijen verzorgen gezamenlijk een doorlopende leerroute die begint in leerjaar 3 "
                     "van de kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, van de "
                     "school en die leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het "
                     "diploma van de vakopleiding Zelfstandig werkend kok (niveau 3, BOL) in het "
                     "opleidingsdomein Horeca en bakkerij van het ROC."))
    B.append(("lid", "De route duurt vier jaar: twee jaar vo-fase en twee jaar mbo-fase. In de vo-fase "
                     "volgen de deelnemers naast de profielvakken de mbo-keuzedelen Streekproducten en "
                     "Gastheerschap."))
    B.append(("lid", "Per cohort nemen ten hoogste 24 deelnemers deel. Partijen melden de route vóór "
                     "de start van het eerste cohort gezamenlijk aan de minister via RIO."))

    B.append(("art", "Inbreng van horecaondernemers en leerbedrijven"))
    B.append(("lid", "Partijen richten een werkveldtafel Horeca Westfriesland in. Daarin hebben zitting "
                     "ten minste vier horecaondernemers uit de regio, onder wie de eigenaren van "
                     "Hotel-restaurant De Zuiderdijk te Enkhuizen en Strandpaviljoen Het Zand te "
                     "Andijk, een bestuurslid van de afdeling Westfriesland van de regionale "
                     "horecaondernemersvereniging en een adviseur praktijkleren van SBB."))
    B.append(("lid", "De werkveldtafel komt twee keer per schooljaar bijeen, adviseert over het "
                     "onderwijsprogramma en de keuzedelen van de route en levert per schooljaar ten "
                     "minste twee levensechte opdrachten aan, zoals het draaien van een pop-up "
                     "restaurant tijdens een streekmarkt."))
    B.append(("lid", "De aangesloten erkende leerbedrijven bieden in leerjaar 4 vmbo snuffelstages en in "
                     "de mbo-fase bpv-plaatsen aan en beoordelen als praktijkbeoordelaar mee bij de "
                     "proeven van bekwaamheid. Het ROC legt deze afspraken per leerbedrijf vast in de "
                     "praktijkovereenkomst."))

    B.append(("art", "Het kernteam: samenstelling, benoeming en mandaat"))
    B.append(("lid", "De leiding over de route berust bij het kernteam. Het kernteam bestaat uit de "
                     "afdelingsleider vmbo van de school, de opleidingsmanager Horeca van het ROC en een "
                     "routecoördinator."))
    B.append(("lid", "De afdelingsleider en de opleidingsmanager worden door het eigen college van "
                     "bestuur als lid van het kernteam aangewezen. De routecoördinator wordt op "
                     "voordracht van het kernteam door beide colleges van bestuur gezamenlijk benoemd "
                     "voor een periode van twee schooljaren; herbenoeming is mogelijk."))
    B.append(("lid", "Beide colleges van bestuur dragen aan het kernteam op: het vaststellen van het "
                     "gezamenlijke onderwijsprogramma en de toetsplanning per leerjaar, het opstellen "
                     "van het gezamenlijke PTA/OER ter vaststelling door de bevoegde gezagsorganen, de "
                     "roostering en de verdeling van de docenten over de route, de contacten met de "
                     "werkveldtafel en de leerbedrijven, en de voorbereiding van overstapbesluiten als "
                     "bedoeld in artikel 7."))
    B.append(("lid", "Het kernteam is bevoegd om binnen het jaarlijks vastgestelde routebudget "
                     "verplichtingen aan te gaan tot € 7.500 per geval. Besluiten over de toelating van "
                     "een nieuw cohort, over personele inzet boven de vastgestelde formatie en over "
                     "wijziging van deze overeenkomst blijven voorbehouden aan de colleges van "
                     "bestuur."))

    B.append(("art", "Informatie en verantwoording aan de besturen"))
    B.append(("lid", "Het kernteam stuurt beide colleges van bestuur na afloop van elk kwartaal een "
                     "beknopte voortgangsrapportage met de aantallen deelnemers, de in- en uitstroom, "
                     "het verzuim en de besteding van het routebudget."))
    B.append(("lid", "Jaarlijks vóór 1 november legt het kernteam schriftelijk verantwoording af over "
                     "het afgelopen schooljaar in een jaarverslag. Het jaarverslag wordt besproken in "
                     "het bestuurlijk overleg van beide colleges van bestuur."))
    B.append(("lid", "Het kernteam verstrekt de colleges van bestuur daarnaast op hun verzoek alle "
                     "inlichtingen die zij voor de uitoefening van hun taak nodig hebben."))

    B.append(("art", "Inrichting: locaties, personeel en voorzieningen"))
    B.append(("lid", "De vo-fase wordt gegeven in het gebouw van de school te Medemblik; één dag per week "
                     "volgen de deelnemers praktijkonderwijs in het leerrestaurant van het ROC te Hoorn. "
                     "De mbo-fase vindt plaats op de locatie van het ROC te Hoorn en bij de "
                     "leerbedrijven."))
    B.append(("lid", "Het onderwijsprogramma en de examinering per leerjaar, met aanduiding van de "
                     "vo-onderdelen, de mbo-onderdelen en de gecombineerde onderdelen, worden beschreven "
                     "in het gezamenlijke PTA/OER. Het centraal examen vmbo wordt afgenomen in het "
                     "tweede leerjaar van de route."))
    B.append(("lid", "Het onderwijs wordt verzorgd door één docententeam van de school en het ROC. Voor "
                     "de vakoverstijgende praktijkonderdelen maken partijen gebruik van de "
                     "teambevoegdheid; elk programmaonderdeel wordt verzorgd onder verantwoordelijkheid "
                     "van een daartoe bevoegde docent. De docenten blijven in dienst van hun eigen "
                     "werkgever. Het ROC stelt in de vo-fase wekelijks acht lesuur een praktijkdocent "
                     "koken beschikbaar; de school levert de mentor en de docenten van de algemene "
                     "vakken."))
    B.append(("lid", "De school stelt haar praktijklokaal keuken en een theorielokaal beschikbaar; het "
                     "ROC stelt het leerrestaurant, de bakkerijwerkplaats en zijn digitale leeromgeving "
                     "beschikbaar, ook aan deelnemers in de vo-fase."))
    B.append(("lid", "Een klacht over een medewerker van de andere partij wordt behandeld volgens de "
                     "klachtenregeling van de partij waar de deelnemer is ingeschreven; de andere partij "
                     "verleent daaraan medewerking."))

    B.append(("art", "Overstap naar een ander passend traject"))
    B.append(("lid", "Een deelnemer die de route niet kan of wil voortzetten, wordt in staat gesteld een "
                     "vmbo-diploma of een mbo-diploma te behalen dat past bij het bereikte "
                     "onderwijsniveau en bij zijn leeftijd."))
    B.append(("lid", "Verlaat de deelnemer de route in de vo-fase, dan zet hij zijn opleiding voort in de "
                     "reguliere kaderberoepsgerichte leerweg van de school, in hetzelfde of een ander "
                     "profiel, met behoud van behaalde resultaten voor zover het PTA dat toelaat. "
                     "Verlaat hij de route in de mbo-fase, dan kan hij instromen in een andere "
                     "niveau-3-opleiding van het ROC, zoals Gastheer/gastvrouw of Zelfstandig werkend "
                     "bakker, of, als dat niveau niet past, in de opleiding Kok (niveau 2). Heeft de "
                     "deelnemer aan het einde van het derde leerjaar van de route het vmbo-diploma niet "
                     "behaald, dan kan hij zonder dat diploma zijn mbo-opleiding bij het ROC voortzetten; "
                     "de vooropleidingseisen zijn dan niet van toepassing."))
    B.append(("lid", "Welke voortzetting passend is, beslissen de school en het ROC gezamenlijk, op "
                     "voorstel van het kernteam en na een gesprek met de deelnemer en zijn ouders of "
                     "verzorgers. Wil de deelnemer naar een andere instelling, dan ondersteunen partijen "
                     "hem bij het toelatingsonderzoek van die instelling en zorgen zij voor een warme "
                     "overdracht."))
    B.append(("lid", "De werkwijze wordt toegelicht in de schoolgids van de school en in de studiegids "
                     "van het ROC."))

    B.append(("art", "Geld tussen de partners"))
    B.append(("lid", "Op grond van artikel 5.42a van de Wet voortgezet onderwijs 2020 draagt de school "
                     "voor iedere deelnemer in de vo-fase per schooljaar € 1.150 van haar bekostiging "
                     "over aan het ROC. Peildatum is het aantal deelnemers op 1 oktober; betaling volgt "
                     "uiterlijk 1 december."))
    B.append(("lid", "Het ROC gebruikt dit bedrag uitsluitend voor de inzet van de praktijkdocent koken, "
                     "genoemd in artikel 6, derde lid, en voor het gebruik van het leerrestaurant en de "
                     "bakkerijwerkplaats door deelnemers in de vo-fase."))
    B.append(("lid", "In de mbo-fase wordt geen bekostiging tussen partijen overgedragen."))

    B.append(("art", "Medezeggenschap"))
    B.append(("lid", "Een voornemen tot wijziging van het onderwijsprogramma van de route wordt ter "
                     "advisering voorgelegd aan zowel de medezeggenschapsraad van de school als de "
                     "studentenraad van het ROC."))
    B.append(("lid", "Deelnemers in de vo-fase wijzen jaarlijks een vertegenwoordiger aan, die als "
                     "toehoorder met spreekrecht de vergaderingen van de studentenraad van het ROC "
                     "bijwoont wanneer de route wordt besproken. Het kernteam overlegt eenmaal per "
                     "schooljaar met een afvaardiging van de medezeggenschapsraad en de studentenraad "
                     "over de gang van zaken in de route."))

    B.append(("art", "Geschillen"))
    B.append(("lid", "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
                     "besproken in het kernteam."))
    B.append(("lid", "Komt het kernteam niet binnen vier weken tot een oplossing, dan kan elk van de "
                     "partijen het geschil voorleggen aan het bestuurlijk overleg van de voorzitters van "
                     "beide colleges van bestuur."))
    B.append(("lid", "Bereiken de voorzitters niet binnen zes weken overeenstemming, dan schakelen zij "
                     "samen een onafhankelijke mediator in. Leidt mediation niet binnen drie maanden tot "
                     "een oplossing, dan kan het geschil worden voorgelegd aan de bevoegde rechter van "
                     "de rechtbank Noord-Holland."))

    B.append(("art", "Toetreding van een nieuwe partner"))
    B.append(("lid", "Een andere vmbo-school of een andere instelling voor beroepsonderwijs kan tot deze "
                     "overeenkomst toetreden als beide partijen daarmee schriftelijk instemmen en de "
                     "toetredende partij de overeenkomst, het PTA/OER en de financiële afspraken "
                     "volledig aanvaardt."))
    B.append(("lid", "Toetreding gaat in per 1 augustus van een schooljaar, zodat lopende cohorten niet "
                     "midden in een schooljaar met een nieuwe partner te maken krijgen. Partijen melden "
                     "de toetreding aan DUO."))

    B.append(("art", "Looptijd, wijziging en beëindiging"))
    B.append(("lid", "Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd."))
    B.append(("lid", "Een wijziging van deze overeenkomst is alleen geldig als beide colleges van "
                     "bestuur haar schriftelijk vastleggen. Een wijziging die het onderwijsprogramma "
                     "raakt, gaat niet eerder in dan bij het begin van het volgende schooljaar."))
    B.append(("lid", "Elk van de partijen kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van "
                     "enig jaar, met een opzegtermijn van ten minste twaalf maanden. Een partij kan de "
                     "overeenkomst ontbinden wanneer de andere partij ondanks een schriftelijke "
                     "ingebrekestelling haar verplichtingen ernstig blijft schenden."))
    B.append(("lid", "Na opzegging of ontbinding start geen nieuw cohort meer. Deelnemers die op dat "
                     "moment de route volgen, kunnen de route bij partijen afronden onder de voorwaarden "
                     "van deze overeenkomst; partijen blijven daartoe gebonden totdat de laatste "
                     "deelnemer de route heeft verlaten."))

    B.append(("art", "Slotbepaling"))
    B.append(("lid", "Op deze overeenkomst is Nederlands recht van toepassing."))

    B.append(("p", "Aldus overeengekomen en in tweevoud ondertekend te Hoorn op 30 juni 2025."))
    B.append(("sig", [["Stichting Openbaar Voortgezet Onderwijs Westfriesland",
                       "Stichting Regionaal Opleidingencentrum Kop en Westfriesland"],
                      ["\n\n______________________\ndrs. A.M. Schermer\nvoorzitter college van bestuur",
                       "\n\n______________________\nir. P.J. Kaag\nvoorzitter college van bestuur"]],
              [80, 80]))
    return B


# ---------------------------------------------------------------------------------------------
# h42 - Zaanstreek - PDF: covering letter, then the agreement
# ---------------------------------------------------------------------------------------------

def blocks_h42():
    B = []
    B.append(("p", "**Vlietcollege Zaandam** \u2013 vmbo\nWestzijde 412, 1506 GK Zaandam\n"
                   "telefoon 075 - 612 40 80"))
    B.append(("space", 8))
    B.append(("p", "College van bestuur ROC Zaanwaard\nt.a.v. de heer drs. H. Bakker\nPostbus 2207\n"
                   "1500 GE Zaandam"))
    B.append(("space", 6))
    B.append(("p", "Zaandam, 16 juni 2025\nOns kenmerk: DIR/2025-118\n"
                   "Betreft: samenwerkingsovereenkomst doorlopende leerroute mechatronica"))
    B.append(("space", 4))
    B.append(("p", "Geachte heer Bakker, beste Hans,"))
    B.append(("p", "Na ons overleg van 3 juni hebben wij de tekst van de samenwerkingsovereenkomst "
                   "aangepast aan de opmerkingen van jullie afdeling Onderwijs & Kwaliteit. Het gaat "
                   "vooral om de formulering van de overstapmogelijkheden en om de opzegtermijn, die nu "
                   "op een jaar staat."))
    B.append(("p", "Bijgaand ontvang je de definitieve versie in tweevoud, door onze bestuurder "
                   "mevrouw Verweij al ondertekend. Ik verzoek je beide exemplaren te laten tekenen door "
                   "het college van bestuur en er één aan ons terug te sturen. Wij willen graag dat het "
                   "eerste cohort op 1 augustus 2025 kan beginnen; de melding in RIO doen wij samen met "
                   "jullie studentenadministratie zodra beide handtekeningen staan."))
    B.append(("p", "Voor vragen kun je mij of onze teamleider techniek, Kees Mooij, altijd bellen."))
    B.append(("p", "Met vriendelijke groet,"))
    B.append(("p", "\n\ning. M. de Boer\ndirecteur Vlietcollege Zaandam"))
    B.append(("small", "Bijlage: samenwerkingsovereenkomst (2 exemplaren)"))
    B.append(("pagebreak",))

    B.append(("title", "SAMENWERKINGSOVEREENKOMST"))
    B.append(("subtitle", "doorlopende leerroute Produceren, installeren en energie \u2013 "
                          "Eerste monteur mechatronica (Zaanstreek)"))
    B.append(("p", "**De ondergetekenden**"))
    B.append(("ol", "1.", "Stichting Voortgezet Onderwijs Zaanstreek, bevoegd gezag van het Vlietcollege "
                          "Zaandam, vertegenwoordigd door mevrouw J.K. Verweij, bestuurder, hierna "
                          "\"de school\";"))
    B.append(("ol", "2.", "Stichting Regionaal Opleidingencentrum Zaanwaard, vertegenwoordigd door de "
                          "heer drs. H. Bakker, voorzitter van het college van bestuur, hierna \"het "
                          "ROC\";"))
    B.append(("p", "**Overwegende dat**"))
    B.append(("ol", "a.", "partijen de doorstroom van vmbo-leerlingen naar de technische opleidingen van "
                          "het ROC willen verbeteren en overlap tussen het vmbo- en het mbo-programma "
                          "willen wegnemen;"))
    B.append(("ol", "b.", "het bedrijfsleven in de Zaanstreek dringend behoefte heeft aan technisch "
                          "geschoolde vakmensen en partijen het belangrijk vinden dat dit bedrijfsleven "
                          "bij de route betrokken is;"))
    B.append(("ol", "c.", "partijen deze overeenkomst sluiten op grond van artikel 2.107b van de Wet "
                          "voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en "
                          "beroepsonderwijs;"))
    B.append(("p", "**verklaren te zijn overeengekomen:**"))

    B.append(("h", "1. De route"))
    B.append(("ol", "1.1", "Partijen bieden samen een doorlopende leerroute aan van het profiel Produceren, "
                           "installeren en energie in de kaderberoepsgerichte leerweg van de school naar "
                           "de opleiding Eerste monteur mechatronica (niveau 3, BOL) in het "
                           "opleidingsdomein Techniek en procesindustrie van het ROC."))
    B.append(("ol", "1.2", "De route begint in leerjaar 3 van de school en duurt vier jaar. Doordat "
                           "overlap in de lesstof vervalt, is de route een jaar korter dan de reguliere "
                           "weg via het vmbo-diploma naar de mbo-opleiding."))
    B.append(("ol", "1.3", "Leerlingen kiezen aan het eind van leerjaar 2 voor de route. De school beslist "
                           "over toelating na een advies van de stuurgroep."))

    B.append(("h", "2. Leiding"))
    B.append(("ol", "2.1", "De leiding over de route ligt bij een stuurgroep, bestaande uit de teamleider "
                           "techniek van de school, de teamleider Techniek & Procesindustrie van het ROC "
                           "en een routecoördinator."))
    B.append(("ol", "2.2", "De teamleiders worden door hun eigen bestuur in de stuurgroep benoemd. De "
                           "routecoördinator wordt na een gezamenlijke selectieprocedure door de "
                           "bestuurder van de school en het college van bestuur van het ROC samen "
                           "aangewezen."))
    B.append(("ol", "2.3", "De stuurgroep is verantwoordelijk voor het lesprogramma, de planning van de "
                           "examens, de inzet van de docenten en de begeleiding bij een overstap. Zij "
                           "beslist zelfstandig over het rooster, de invulling van het programma binnen "
                           "het PTA/OER en de verdeling van de lesuren. Besluiten met financiële gevolgen "
                           "boven € 5.000 legt zij ter goedkeuring voor aan beide besturen."))

    B.append(("h", "3. Verantwoording"))
    B.append(("ol", "3.1", "De stuurgroep brengt twee keer per jaar, in januari en in juli, een "
                           "schriftelijke voortgangsrapportage uit aan de bestuurder van de school en het "
                           "college van bestuur van het ROC."))
    B.append(("ol", "3.2", "In de rapportage van juli legt de stuurgroep verantwoording af over het "
                           "afgelopen schooljaar: in-, door- en uitstroom, examenresultaten en de "
                           "tevredenheid van leerlingen en ouders."))
    B.append(("ol", "3.3", "De besturen bespreken beide rapportages met de stuurgroep in hun halfjaarlijks "
                           "bestuurlijk overleg."))

    B.append(("h", "4. Uitvoering van het onderwijs"))
    B.append(("ol", "4.1", "Het eerste leerjaar van de route wordt gegeven op de school, met één middag "
                           "per week praktijk in de techniekhal van het ROC. In het tweede leerjaar volgen "
                           "de leerlingen twee dagen per week les bij het ROC. De mbo-fase vindt geheel "
                           "plaats bij het ROC."))
    B.append(("ol", "4.2", "Het programma en de examinering per leerjaar staan in een gezamenlijk PTA/OER, "
                           "dat partijen vóór 1 oktober voorafgaand aan het schooljaar vaststellen. Het "
                           "centraal examen vmbo wordt afgenomen in het tweede leerjaar van de route."))
    B.append(("ol", "4.3", "De docenten van beide partijen vormen één team. Twee docenten van het ROC geven "
                           "in de vo-fase samen tien uur per week les op de school; een docent techniek "
                           "van de school geeft in het tweede leerjaar van de route vier uur per week les "
                           "bij het ROC. Voor de vakoverstijgende praktijkmodules wordt de "
                           "teambevoegdheid gebruikt; iedere module valt onder de verantwoordelijkheid "
                           "van een bevoegde docent."))
    B.append(("ol", "4.4", "De school stelt haar techniekwerkplaats met draaibanken en lasplaatsen "
                           "beschikbaar. Het ROC stelt zijn mechatronicalab met PLC-opstellingen en "
                           "pneumatiekpanelen beschikbaar, ook voor leerlingen in de vo-fase. Alle "
                           "leerlingen krijgen vanaf de start van de route een account voor de "
                           "leeromgeving van het ROC."))
    B.append(("ol", "4.5", "In de eerste twee leerjaren van de route is de leerling ingeschreven bij de "
                           "school, daarna als student bij het ROC."))

    B.append(("h", "5. Overstappen"))
    B.append(("ol", "5.1", "Een leerling die de route niet afmaakt, krijgt altijd een passend alternatief "
                           "dat leidt tot een diploma."))
    B.append(("ol", "5.2", "Stopt de leerling in de vo-fase, dan gaat hij verder in het reguliere "
                           "programma van de kaderberoepsgerichte leerweg van de school, in het profiel "
                           "Produceren, installeren en energie of in een ander profiel, gericht op het "
                           "vmbo-diploma."))
    B.append(("ol", "5.3", "Stopt hij in de mbo-fase, dan kan hij overstappen naar een andere technische "
                           "opleiding op niveau 3 van het ROC, zoals Eerste monteur elektrotechnische "
                           "installaties of Eerste monteur werktuigkundige installaties, of naar de "
                           "opleiding Monteur mechatronica op niveau 2. Heeft hij zijn vmbo-diploma nog "
                           "niet, dan gelden bij het ROC de vooropleidingseisen niet."))
    B.append(("ol", "5.4", "De school en het ROC bepalen samen, na een gesprek met de leerling en zijn "
                           "ouders, welke overstap past. Zij kijken daarbij naar het bereikte "
                           "onderwijsniveau en de leeftijd van de leerling. Wil de leerling naar een andere "
                           "school of instelling, dan helpen partijen hem daarbij en dragen zij zijn "
                           "dossier warm over."))

    B.append(("h", "6. Financiën"))
    B.append(("ol", "6.1", "De school draagt voor elke leerling die op 1 oktober in de vo-fase van de route "
                           "staat ingeschreven een bedrag van € 950 per schooljaar over aan het ROC."))
    B.append(("ol", "6.2", "Het ROC factureert het bedrag in november; betaling volgt binnen 30 dagen na "
                           "ontvangst van de factuur."))

    B.append(("h", "7. Medezeggenschap"))
    B.append(("p", "Voor leerlingen in de vo-fase, hun ouders en het personeel van de school geldt de Wet "
                   "medezeggenschap op scholen. Voor studenten in de mbo-fase geldt de Wet educatie en "
                   "beroepsonderwijs en voor het personeel van het ROC de Wet op de ondernemingsraden. "
                   "Partijen kunnen in de toekomst aanvullende afspraken maken over de medezeggenschap "
                   "binnen de route."))

    B.append(("h", "8. Onenigheid"))
    B.append(("p", "Als partijen het over de uitvoering van deze overeenkomst niet eens zijn, lossen zij "
                   "dat in goed onderling overleg op. Zij spannen zich in om binnen een redelijke termijn "
                   "tot een voor beide partijen aanvaardbare oplossing te komen."))

    B.append(("h", "9. Nieuwe partners, looptijd en beëindiging"))
    B.append(("ol", "9.1", "Een andere vo-school of instelling voor beroepsonderwijs kan tot deze "
                           "overeenkomst toetreden als beide partijen daarmee schriftelijk instemmen en "
                           "de nieuwe partner de overeenkomst in haar geheel aanvaardt. Toetreding gaat "
                           "in bij het begin van een schooljaar en wordt aan DUO gemeld."))
    B.append(("ol", "9.2", "Deze overeenkomst geldt voor vijf schooljaren vanaf 1 augustus 2025 en wordt "
                           "daarna telkens stilzwijgend met vijf schooljaren verlengd."))
    B.append(("ol", "9.3", "Opzegging gebeurt schriftelijk, met een opzegtermijn van een jaar, en alleen "
                           "tegen het einde van een schooljaar."))
    B.append(("ol", "9.4", "Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend. "
                           "Zij gaan in bij het begin van het volgende schooljaar."))
    B.append(("ol", "9.5", "Na opzegging stromen geen nieuwe leerlingen meer in. Leerlingen die al met de "
                           "route zijn begonnen, maken de route af bij partijen."))

    B.append(("space", 4))
    B.append(("p", "Aldus overeengekomen en in tweevoud ondertekend te Zaandam op 16 juni 2025."))
    B.append(("sig", [["Stichting Voortgezet Onderwijs Zaanstreek",
                       "Stichting Regionaal Opleidingencentrum Zaanwaard"],
                      ["\n\n____________________\nJ.K. Verweij, bestuurder",
                       "\n\n____________________\ndrs. H. Bakker, voorzitter college van bestuur"]],
              [80, 80]))
    return B


# ---------------------------------------------------------------------------------------------
# h43 - Midden-Holland - TXT, very short
# ---------------------------------------------------------------------------------------------

TEXT_H43 = """
SAMENWERKINGSOVEREENKOMST
Doorlopende leerroute vmbo basis Economie en ondernemen - mbo Logistiek medewerker (niveau 2)

Partijen
- Stichting Openbaar Voortgezet Onderwijs Gouda e.o., bevoegd gezag van vmbo De Goudse Waag te
  Gouda, vertegenwoordigd door F. Lamers, bestuurder ("de school");
- Stichting ROC Midden-Holland te Gouda, vertegenwoordigd door dr. E.C. van Vliet, voorzitter
  van het college van bestuur ("het ROC").

Partijen spreken het volgende af.

1. Route. Vanaf leerjaar 3 volgen leerlingen van de basisberoepsgerichte leerweg, profiel
Economie en ondernemen, een doorlopend programma naar de opleiding Logistiek medewerker
(niveau 2, BOL) in het opleidingsdomein Transport, scheepvaart en logistiek van het ROC. Zij
halen onderweg het vmbo-diploma basis. De route duurt drie jaar.

2. Bedrijven. Drie bedrijven op bedrijventerrein Goudse Poort - Van Wijk Distributie,
Koeltransport Gouwe en Groothandel Reeuwijk - bieden elk jaar stageplaatsen aan alle
routeleerlingen, geven gastlessen magazijnbeheer en beoordelen de praktijkexamens mee. Zij
adviseren het routeteam een keer per jaar over het programma.

3. Leiding. Een routeteam leidt de route: de afdelingsleider basis/kader van de school en de
teamleider logistiek van het ROC, elk aangewezen door het eigen bestuur. Het routeteam stelt
programma en rooster vast, verdeelt de lessen over de docenten en beslist over toelating tot
de route. Besluiten over geld en over personeel buiten de vastgestelde formatie nemen de
besturen.

4. Verantwoording. De leiding verstrekt inlichtingen aan en legt verantwoording af aan de
bevoegde gezagsorganen van de school en het ROC.

5. Uitvoering. Leerjaar 3 en 4 bij de school, met een dag per week in het logistiek
leercentrum van het ROC; daarna bij het ROC. Programma en examinering per leerjaar staan in
een gezamenlijk PTA/OER. De docenten van beide partijen werken als een team: het ROC levert in
de vo-fase zes uur per week een praktijkdocent logistiek, de school de mentor en de docenten
van de algemene vakken. De school stelt haar lokalen beschikbaar, het ROC zijn leercentrum met
magazijnsimulatie en heftruckbaan.

6. Overstap. Stopt een leerling in de vo-fase, dan maakt hij de basisberoepsgerichte leerweg
gewoon af bij de school. Stopt hij in de mbo-fase, dan kan hij naar een andere niveau-2-
opleiding van het ROC, bijvoorbeeld Verkoper of Medewerker facilitaire dienstverlening, zonder
extra toelatingseisen, ook als hij zijn vmbo-diploma nog niet heeft. School en ROC beslissen
samen, met de leerling en zijn ouders, op basis van het bereikte niveau en de leeftijd.

7. Geld. Er wordt geen bekostiging overgedragen. Elke partij draagt haar eigen kosten.

8. Geschillen. Eerst overleg in het routeteam. Lukt dat niet binnen vier weken, dan beslissen
de bestuurders samen. Komen ook zij er niet uit, dan vragen zij bindend advies aan een
onafhankelijke deskundige die zij samen aanwijzen.

9. Duur, wijziging, toetreding. Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde
tijd. Wijzigen kan alleen schriftelijk door beide besturen. Opzeggen kan tegen 1 augustus met
een termijn van een jaar; leerlingen die al in de route zitten, maken de route af.
Toetreding van andere scholen: ..................................................

Gouda, 27 juni 2025

Namens de school:                      Namens het ROC:
F. Lamers                              dr. E.C. van Vliet
"""


# ---------------------------------------------------------------------------------------------
# h44 - West-Brabant - DOCX, long, three parties, tables and annexes
# ---------------------------------------------------------------------------------------------

def blocks_h44():
    B = []
    B.append(("title", "Samenwerkingsovereenkomst"))
    B.append(("subtitle", "Doorlopende leerroutes Zorg & Welzijn West-Brabant\n"
                          "route A: vmbo kader \u2013 Verzorgende-IG  |  route B: vmbo gemengde leerweg "
                          "\u2013 Onderwijsassistent"))
    B.append(("p", "Kenmerk SOK-ZW-WB/2025-02 \u00b7 versie 2.1 (definitief) \u00b7 30 juni 2025"))
    B.append(("p", "**Inhoud**"))
    for line in ["Artikel 1 \u2013 Definities", "Artikel 2 \u2013 Onderwerp en routes",
                 "Artikel 3 \u2013 Betrokkenheid van het werkveld", "Artikel 4 \u2013 Leiding over de routes",
                 "Artikel 5 \u2013 Inlichtingen en verantwoording", "Artikel 6 \u2013 Onderwijskundige inrichting",
                 "Artikel 7 \u2013 Organisatorische inrichting: personeel en faciliteiten",
                 "Artikel 8 \u2013 Overstapoptie", "Artikel 9 \u2013 Overdracht van bekostiging",
                 "Artikel 10 \u2013 Medezeggenschap", "Artikel 11 \u2013 Geschillenregeling",
                 "Artikel 12 \u2013 Toetreding van nieuwe partijen",
                 "Artikel 13 \u2013 Duur, opzegging en ontbinding", "Artikel 14 \u2013 Wijziging en evaluatie",
                 "Artikel 15 \u2013 Slotbepalingen", "Bijlage 1 \u2013 Financieel schema",
                 "Bijlage 2 \u2013 Overstapmatrix", "Bijlage 3 \u2013 Jaarkalender stuurgroep"]:
        B.append(("pi", line))
    B.append(("pagebreak",))

    B.append(("p", "**DE ONDERGETEKENDEN:**"))
    B.append(("ol", "1.", "Stichting Katholiek Voortgezet Onderwijs Roosendaal en omstreken, statutair "
                          "gevestigd te Roosendaal, bevoegd gezag van het Vrijland College (vmbo), te "
                          "dezen rechtsgeldig vertegenwoordigd door mevrouw mr. C.J.M. van Gastel, "
                          "voorzitter van het college van bestuur, hierna te noemen: \"Vrijland\";"))
    B.append(("ol", "2.", "Stichting Openbaar Voortgezet Onderwijs Brabantse Wal, statutair gevestigd te "
                          "Bergen op Zoom, bevoegd gezag van vmbo De Zoom, te dezen rechtsgeldig "
                          "vertegenwoordigd door de heer drs. R.A. Hendrikx, bestuurder, hierna te "
                          "noemen: \"De Zoom\";"))
    B.append(("ol", "3.", "Stichting Regionaal Opleidingencentrum West-Brabant Zuid, statutair gevestigd "
                          "te Roosendaal, handelend onder de naam ROC Markiezaat, te dezen rechtsgeldig "
                          "vertegenwoordigd door mevrouw dr. S. Peeters-Akkermans, voorzitter van het "
                          "college van bestuur, hierna te noemen: \"ROC Markiezaat\";"))
    B.append(("p", "Vrijland en De Zoom hierna samen ook: \"de scholen\"; de scholen en ROC Markiezaat "
                   "samen: \"partijen\"."))
    B.append(("p", "**OVERWEGENDE DAT:**"))
    B.append(("ol", "A.", "partijen sinds 2017 samenwerken in een vakmanschapsroute zorg en welzijn en die "
                          "samenwerking willen voortzetten als doorlopende leerroute in de zin van "
                          "artikel 2.107a van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel "
                          "9.1.2 van de Wet educatie en beroepsonderwijs (WEB);"))
    B.append(("ol", "B.", "zorg- en welzijnsorganisaties en kindcentra in West-Brabant grote "
                          "personeelstekorten kennen en partijen jongeren een snellere en beter "
                          "aansluitende weg naar een beroep in zorg en onderwijs willen bieden;"))
    B.append(("ol", "C.", "partijen één overeenkomst willen sluiten voor beide routes en beide scholen, "
                          "zodat de afspraken voor alle leerlingen gelijk zijn;"))
    B.append(("ol", "D.", "de medezeggenschapsraden van de scholen en de studentenraad en "
                          "ondernemingsraad van ROC Markiezaat over het voornemen tot deze samenwerking "
                          "advies hebben uitgebracht;"))
    B.append(("p", "**KOMEN OVEREEN ALS VOLGT:**"))

    B.append(("h", "Artikel 1 \u2013 Definities"))
    B.append(("p", "In deze overeenkomst en de bijlagen wordt verstaan onder:"))
    for lab, txt in [
        ("a.", "route: een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2;"),
        ("b.", "vo-fase: de eerste twee leerjaren van een route, waarin de deelnemer als leerling bij "
               "een van de scholen is ingeschreven;"),
        ("c.", "mbo-fase: de leerjaren van een route waarin de deelnemer als student bij ROC "
               "Markiezaat is ingeschreven;"),
        ("d.", "deelnemer: een leerling of student die een route volgt;"),
        ("e.", "stuurgroep en routeleider: de organen bedoeld in artikel 4;"),
        ("f.", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
               "examenregeling van een route, waarin het onderwijsprogramma en de examinering per "
               "leerjaar zijn beschreven;"),
        ("g.", "werkveldcommissie: de commissie bedoeld in artikel 3."),
    ]:
        B.append(("ol", lab, txt))

    B.append(("h", "Artikel 2 \u2013 Onderwerp en routes"))
    B.append(("p", "2.1 Partijen verzorgen gezamenlijk de volgende doorlopende leerroutes vmbo-mbo:"))
    B.append(("table", [
        ["Route", "Vmbo (vo-fase)", "Mbo-opleiding (mbo-fase)", "Aangeboden door", "Duur",
         "Max. instroom per jaar"],
        ["A", "profiel Zorg en welzijn, kaderberoepsgerichte leerweg",
         "Verzorgende-IG, niveau 3 (vakopleiding), BOL, opleidingsdomein Zorg en welzijn",
         "Vrijland, De Zoom en ROC Markiezaat", "4 jaar", "32"],
        ["B", "profiel Zorg en welzijn, gemengde leerweg",
         "Onderwijsassistent, niveau 4 (middenkaderopleiding), BOL, opleidingsdomein Zorg en welzijn",
         "Vrijland en ROC Markiezaat", "5 jaar", "16"],
    ], [12, 34, 44, 32, 14, 24]))
    B.append(("p", "2.2 Een deelnemer behaalt in de route zowel het vmbo-diploma van de betrokken "
                   "leerweg als het diploma van de mbo-opleiding."))
    B.append(("p", "2.3 Elke school meldt iedere route die zij aanbiedt samen met ROC Markiezaat "
                   "afzonderlijk aan de minister via RIO, uiterlijk vóór de start van het eerste "
                   "cohort."))
    B.append(("p", "2.4 Leerlingen kiezen in leerjaar 2 voor een route. De school beslist over toelating, "
                   "na advies van de routeleider."))

    B.append(("h", "Artikel 3 \u2013 Betrokkenheid van het werkveld"))
    B.append(("p", "3.1 Partijen stellen een werkveldcommissie Zorg & Welzijn in. Daarin nemen in elk "
                   "geval deel: Zorggroep Brabantse Wal (ouderenzorg en thuiszorg), Stichting "
                   "Gehandicaptenzorg De Vaart, Stichting Kinderopvang Roosendaal, Stichting Katholiek "
                   "Primair Onderwijs Markiezaat en een adviseur van SBB. De commissie wordt voorgezeten "
                   "door een vertegenwoordiger van het werkveld."))
    B.append(("p", "3.2 De werkveldcommissie:"))
    B.append(("ol", "a.", "adviseert de stuurgroep ten minste driemaal per jaar over de inhoud van het "
                          "onderwijsprogramma, de keuze van keuzedelen en de aansluiting op de "
                          "arbeidsmarkt;"))
    B.append(("ol", "b.", "toetst jaarlijks het PTA/OER van beide routes op actualiteit, voordat de "
                          "stuurgroep het ter vaststelling voorlegt;"))
    B.append(("ol", "c.", "levert praktijkopleiders die als tweede beoordelaar deelnemen aan de "
                          "praktijkexamens in de mbo-fase."))
    B.append(("p", "3.3 De in de werkveldcommissie vertegenwoordigde organisaties hebben zich tegenover "
                   "partijen verbonden om voor elk cohort ten minste 30 bpv-plaatsen voor route A en 12 "
                   "bpv-plaatsen voor route B beschikbaar te stellen bij erkende leerbedrijven. In de "
                   "vo-fase lopen deelnemers mee met een 'zorgmaatje' (route A) of in een groep van een "
                   "basisschool (route B), en verzorgen de organisaties gastlessen en "
                   "praktijkopdrachten."))

    B.append(("h", "Artikel 4 \u2013 Leiding over de routes"))
    B.append(("p", "4.1 De leiding over de routes berust bij de stuurgroep en, voor de dagelijkse "
                   "uitvoering, bij de routeleiders. Samenstelling, benoeming en taken en bevoegdheden "
                   "zijn als volgt geregeld:"))
    B.append(("table", [
        ["Orgaan", "Samenstelling", "Benoeming", "Taken en bevoegdheden"],
        ["Stuurgroep", "de directeur vmbo van Vrijland, de directeur van De Zoom en de directeur van "
         "het college Zorg & Welzijn van ROC Markiezaat",
         "ieder lid wordt door het college van bestuur van de eigen partij aangewezen; de stuurgroep "
         "kiest jaarlijks uit haar midden een voorzitter",
         "vaststellen van jaarplan en routebegroting binnen de kaders van artikel 9; voorstel PTA/OER "
         "aan de bevoegde gezagsorganen; besluiten over de instroomcapaciteit binnen de maxima van "
         "artikel 2; benoemen en ontslaan van de routeleiders; bewaken van de kwaliteit"],
        ["Routeleider route A", "een teamleider van ROC Markiezaat",
         "benoemd door de stuurgroep op voordracht van ROC Markiezaat, voor twee schooljaren",
         "dagelijkse leiding; rooster en lesverdeling; inzet van docenten binnen de door de stuurgroep "
         "vastgestelde formatie; contact met bpv-organisaties; overstapadvies (artikel 8)"],
        ["Routeleider route B", "de afdelingsleider gemengde leerweg van Vrijland",
         "benoemd door de stuurgroep op voordracht van Vrijland, voor twee schooljaren",
         "als routeleider route A, voor route B"],
    ], [28, 42, 42, 48]))
    B.append(("p", "4.2 Voorbehouden aan de colleges van bestuur blijven: wijziging van deze "
                   "overeenkomst, vaststelling van het PTA/OER, het aangaan van verplichtingen boven "
                   "€ 10.000, besluiten over benoeming en ontslag van personeel en het beëindigen van een "
                   "route."))
    B.append(("p", "4.3 De stuurgroep besluit bij consensus. Komt zij niet tot een besluit, dan is "
                   "artikel 11 van toepassing."))

    B.append(("h", "Artikel 5 \u2013 Inlichtingen en verantwoording"))
    B.append(("p", "5.1 De stuurgroep verstrekt aan de colleges van bestuur van alle partijen:"))
    B.append(("ol", "a.", "vóór 1 juni: het jaarplan en de routebegroting voor het volgende schooljaar;"))
    B.append(("ol", "b.", "in februari: een halfjaarrapportage over deelnemersaantallen, verzuim, "
                          "voortijdige uitval, overstappen en de bezetting van bpv-plaatsen;"))
    B.append(("ol", "c.", "vóór 1 november: een jaarverslag, waarin zij verantwoording aflegt over het "
                          "gevoerde beleid, de onderwijsresultaten (examenresultaten vmbo en mbo, "
                          "diplomarendement) en de besteding van de overgedragen middelen."))
    B.append(("p", "5.2 De colleges van bestuur bespreken het jaarverslag met de stuurgroep in het "
                   "bestuurlijk overleg, dat tweemaal per jaar (in november en in april) plaatsvindt."))
    B.append(("p", "5.3 De stuurgroep meldt ontwikkelingen die de continuïteit van een route raken, "
                   "zoals het wegvallen van bpv-plaatsen of een tekort aan bevoegde docenten, binnen vijf "
                   "werkdagen aan de colleges van bestuur."))
    B.append(("p", "5.4 De colleges van bestuur kunnen te allen tijde aanvullende inlichtingen vragen; "
                   "de stuurgroep verstrekt die binnen tien werkdagen."))

    B.append(("h", "Artikel 6 \u2013 Onderwijskundige inrichting"))
    B.append(("p", "6.1 Het onderwijsprogramma en de examinering per leerjaar worden beschreven in het "
                   "PTA/OER van elke route. Daarin wordt aangegeven welke onderdelen tot het vmbo "
                   "behoren (en welke daarvan vakoverstijgend zijn), welke tot de mbo-opleiding en welke "
                   "gecombineerd zijn. De bevoegde gezagsorganen stellen het PTA/OER vast vóór 1 juli "
                   "voorafgaand aan het schooljaar."))
    B.append(("p", "6.2 De hoofdlijnen per leerjaar zijn:"))
    B.append(("table", [
        ["Leerjaar route", "Inschrijving", "Locatie", "Programma", "Examinering", "Praktijk"],
        ["1 (lj 3 vmbo)", "school", "eigen school; 1 dag per week skills lab ROC Markiezaat, Roosendaal",
         "profielvakken Zorg en welzijn met mbo-onderdelen basiszorg (A) of pedagogiek (B)",
         "schoolexamens vmbo; mbo-keuzedeel", "meeloopdagen (zorgmaatje of basisschool)"],
        ["2 (lj 4 vmbo)", "school", "eigen school; 2 dagen per week ROC Markiezaat",
         "afronding vmbo, start beroepsgerichte mbo-onderdelen", "centraal examen vmbo",
         "vier weken bpv"],
        ["3", "ROC", "ROC Markiezaat, Roosendaal (A) of Bergen op Zoom (B)", "mbo-opleiding",
         "mbo-examens; eventueel herkansing centraal examen vmbo", "bpv 2 dagen per week"],
        ["4", "ROC", "ROC Markiezaat", "mbo-opleiding", "proeven van bekwaamheid; diplomering route A",
         "bpv 3 dagen per week"],
        ["5 (alleen B)", "ROC", "ROC Markiezaat, Bergen op Zoom", "mbo-opleiding",
         "diplomering route B", "bpv 3 dagen per week"],
    ], [22, 18, 34, 38, 32, 26]))
    B.append(("p", "6.3 Het centraal examen vmbo wordt in het tweede leerjaar van de route afgenomen. Een "
                   "deelnemer die dan niet slaagt, kan het examen in het derde leerjaar van de route "
                   "opnieuw afleggen; de school blijft voor dat examen verantwoordelijk."))
    B.append(("p", "6.4 Partijen hanteren voor de gehele route één norm voor onderwijstijd en studieduur, "
                   "vastgelegd in het PTA/OER."))
    B.append(("p", "6.5 In de vo-fase is de mentor van de school het eerste aanspreekpunt; in de mbo-fase "
                   "de studieloopbaanbegeleider van ROC Markiezaat. Bij de overgang naar de mbo-fase "
                   "vindt een warme overdracht plaats."))

    B.append(("h", "Artikel 7 \u2013 Organisatorische inrichting: personeel en faciliteiten"))
    B.append(("p", "7.1 De docenten van partijen vormen per route één docententeam. Partijen maken "
                   "gebruik van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB) voor "
                   "de vakoverstijgende onderdelen 'Zorg en welzijn in de praktijk' en 'Pedagogisch "
                   "handelen', zoals aangegeven in het PTA/OER. Elk teamlid is bevoegd voor ten minste "
                   "één vak of voldoet aan de eisen van artikel 4.2.1 WEB; het team is samen bevoegd voor "
                   "alle onderdelen en elk teamlid is verantwoordelijk voor het onderdeel waarvoor hij "
                   "bevoegd is."))
    B.append(("p", "7.2 ROC Markiezaat zet in de vo-fase per route per week ten minste twaalf lesuren "
                   "docenten verpleegkunde of pedagogiek in op de scholen. De scholen zetten in het derde "
                   "leerjaar van de route hun docenten Nederlands en rekenen in voor de deelnemers die het "
                   "centraal examen vmbo opnieuw afleggen. Medewerkers blijven in dienst van hun eigen "
                   "werkgever en werken bij de andere partij onder aansturing van de routeleider. "
                   "Partijen organiseren jaarlijks twee gezamenlijke studiedagen voor het docententeam."))
    B.append(("p", "7.3 ROC Markiezaat stelt zijn skills lab zorg (met hoog-laagbedden, tillift en "
                   "oefenpoppen) en zijn praktijklokaal kinderopvang beschikbaar aan deelnemers in de "
                   "vo-fase. De scholen stellen hun praktijklokalen Zorg en welzijn en theorielokalen "
                   "beschikbaar voor lessen door docenten van ROC Markiezaat. Alle deelnemers krijgen "
                   "toegang tot de elektronische leeromgeving van ROC Markiezaat. De routeleider stemt "
                   "het gebruik van de ruimten af in het rooster."))
    B.append(("p", "7.4 De inschrijving en de registratie in BRON en ROD verlopen volgens artikel 2.107e "
                   "WVO 2020 en artikel 9.1.6 WEB. Partijen wisselen alleen de persoonsgegevens uit die "
                   "voor de uitvoering van de route nodig zijn en leggen dat vast in een afzonderlijke "
                   "verwerkingsafspraak. Het verzuim wordt in de vo-fase door de school en in de mbo-fase "
                   "door ROC Markiezaat gemeld."))
    B.append(("p", "7.5 De klachtenregeling van elke partij is ook van toepassing op gedragingen van "
                   "bestuur en personeel van de andere partij die verband houden met de route. Een klacht "
                   "bij een school over een docent van ROC Markiezaat wordt in overleg met ROC Markiezaat "
                   "afgehandeld; ROC Markiezaat verleent daaraan alle medewerking."))
    B.append(("p", "7.6 Elke partij verzekert de deelnemers die bij haar zijn ingeschreven voor "
                   "ongevallen en aansprakelijkheid, ook tijdens onderwijs op de locatie van een andere "
                   "partij."))

    B.append(("h", "Artikel 8 \u2013 Overstapoptie"))
    B.append(("p", "8.1 Een deelnemer van wie de deelname aan de route voortijdig wordt beëindigd, wordt "
                   "door de betrokken school en ROC Markiezaat in staat gesteld een vmbo-diploma of een "
                   "mbo-diploma te behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd "
                   "(artikel 2.107k WVO 2020 en artikel 9.1.14 WEB)."))
    B.append(("p", "8.2 Daarbij gelden de volgende kaders:"))
    B.append(("ol", "a.", "Stopt de deelnemer in de vo-fase, dan vervolgt hij de reguliere leerweg op zijn "
                          "eigen school in het profiel Zorg en welzijn of in een ander profiel en werkt "
                          "hij toe naar het vmbo-diploma. Een deelnemer van route B kan ook overstappen "
                          "naar route A."))
    B.append(("ol", "b.", "Heeft de deelnemer aan het einde van het derde leerjaar van de route het "
                          "vmbo-diploma niet behaald, dan kan hij zijn mbo-opleiding bij ROC Markiezaat "
                          "voortzetten zonder dat diploma; de vooropleidingseisen zijn dan niet van "
                          "toepassing. Hij kan er ook voor kiezen het vmbo-examen op zijn school "
                          "opnieuw af te leggen."))
    B.append(("ol", "c.", "Stopt de deelnemer in de mbo-fase, dan kan hij overstappen naar een andere "
                          "opleiding van hetzelfde niveau binnen Zorg en welzijn van ROC Markiezaat: voor "
                          "route A bijvoorbeeld Medewerker maatschappelijke zorg of Pedagogisch "
                          "medewerker kinderopvang (niveau 3), voor route B bijvoorbeeld Sociaal werker "
                          "(niveau 4). Past dat niveau niet, dan staat de opleiding Helpende zorg en "
                          "welzijn (niveau 2) open."))
    B.append(("ol", "d.", "Wil de deelnemer naar een andere instelling, dan ondersteunen partijen hem bij "
                          "het geschiktheidsonderzoek van die instelling."))
    B.append(("p", "8.3 De routeleider doet een voorstel na een gesprek met de deelnemer en zijn ouders "
                   "of verzorgers. De betrokken school en ROC Markiezaat beslissen gezamenlijk, op basis "
                   "van het bereikte onderwijsniveau, de leeftijd en de wensen van de deelnemer. Het "
                   "besluit wordt binnen vier weken schriftelijk aan de deelnemer en zijn ouders "
                   "meegedeeld."))
    B.append(("p", "8.4 De uitwerking per situatie staat in Bijlage 2 en in de schoolgidsen en de "
                   "studiegids. De kaders van dit artikel gaan voor."))

    B.append(("h", "Artikel 9 \u2013 Overdracht van bekostiging"))
    B.append(("p", "9.1 Elke school draagt op grond van artikel 5.42a WVO 2020 voor iedere deelnemer in "
                   "de vo-fase van een route een bedrag van € 1.240 per schooljaar over aan ROC "
                   "Markiezaat."))
    B.append(("p", "9.2 ROC Markiezaat besteedt deze middelen aan de inzet van zijn docenten in de "
                   "vo-fase (artikel 7.2), het gebruik van het skills lab en het praktijklokaal "
                   "kinderopvang (artikel 7.3) en de afname van mbo-examens in de vo-fase."))
    B.append(("p", "9.3 ROC Markiezaat draagt op grond van artikel 9.1.15 WEB voor iedere student die in "
                   "het derde leerjaar van de route het centraal examen vmbo opnieuw aflegt een bedrag "
                   "van € 450 over aan de betrokken school, bestemd voor de afname van dat examen en de "
                   "begeleiding van de student door de school."))
    B.append(("p", "9.4 Peildatum is 1 oktober van het schooljaar. Het schema van facturering en betaling "
                   "staat in Bijlage 1. Verder vindt geen overdracht van bekostiging plaats; elke partij "
                   "draagt haar eigen kosten."))

    B.append(("h", "Artikel 10 \u2013 Medezeggenschap"))
    B.append(("p", "10.1 Partijen leggen vast dat voor deelnemers in de vo-fase, hun ouders en het "
                   "personeel van de scholen de Wet medezeggenschap op scholen geldt, en voor deelnemers "
                   "in de mbo-fase hoofdstuk 8a WEB en voor het personeel van ROC Markiezaat de Wet op de "
                   "ondernemingsraden."))
    B.append(("p", "10.2 Aanvullend stellen partijen een routeberaad medezeggenschap in, waarin twee "
                   "leden uit de medezeggenschapsraad van elke school (uit de ouder- of "
                   "leerlinggeleding) en twee leden van de studentenraad van ROC Markiezaat zitting hebben. "
                   "Het routeberaad spreekt tweemaal per jaar met de stuurgroep; de stuurgroep verstrekt "
                   "het routeberaad tijdig alle informatie die het daarvoor nodig heeft."))
    B.append(("p", "10.3 Deelnemers in de vo-fase kunnen worden gekozen in de deelraad van het college Zorg "
                   "& Welzijn van ROC Markiezaat en hebben daarin dezelfde rechten als studenten."))
    B.append(("p", "10.4 Een voorgenomen besluit tot wijziging van deze overeenkomst of tot beëindiging "
                   "van een route wordt voor advies voorgelegd aan de medezeggenschapsraden van de scholen "
                   "en de studentenraad van ROC Markiezaat."))

    B.append(("h", "Artikel 11 \u2013 Geschillenregeling"))
    B.append(("p", "11.1 Er is een geschil zodra een partij dat schriftelijk aan de andere partijen "
                   "meedeelt."))
    B.append(("p", "11.2 Een geschil over de uitvoering van deze overeenkomst wordt als volgt "
                   "behandeld:"))
    B.append(("ol", "a.", "de stuurgroep probeert het geschil binnen drie weken op te lossen;"))
    B.append(("ol", "b.", "lukt dat niet, dan overleggen de voorzitters van de colleges van bestuur "
                          "binnen zes weken in een bijzonder bestuurlijk overleg;"))
    B.append(("ol", "c.", "blijft het geschil bestaan, dan schakelen partijen een door hen gezamenlijk "
                          "aangewezen registermediator in;"))
    B.append(("ol", "d.", "is het geschil drie maanden na de start van de mediation niet opgelost, dan "
                          "wordt het beslecht door bindend advies van een commissie van drie leden: één "
                          "lid aangewezen door de scholen samen, één lid aangewezen door ROC Markiezaat "
                          "en een voorzitter die door deze twee leden wordt aangewezen. De kosten worden "
                          "door partijen gelijk gedragen."))
    B.append(("p", "11.3 Voorlopige voorzieningen kunnen steeds worden gevraagd aan de "
                   "voorzieningenrechter van de rechtbank Zeeland-West-Brabant."))
    B.append(("p", "11.4 Zolang een geschil loopt, zetten partijen de uitvoering van de routes in het "
                   "belang van de deelnemers onverminderd voort."))

    B.append(("h", "Artikel 12 \u2013 Toetreding van nieuwe partijen"))
    B.append(("p", "12.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot "
                   "deze overeenkomst toetreden als alle partijen daarmee schriftelijk instemmen en de "
                   "toetredende partij:"))
    B.append(("ol", "a.", "het profiel Zorg en welzijn aanbiedt, onderscheidenlijk een of meer "
                          "opleidingen in het opleidingsdomein Zorg en welzijn verzorgt;"))
    B.append(("ol", "b.", "deze overeenkomst, de bijlagen en het geldende PTA/OER aanvaardt door "
                          "ondertekening van een toetredingsverklaring."))
    B.append(("p", "12.2 Toetreding gaat in op 1 augustus, ten minste zes maanden na het besluit tot "
                   "toetreding, zodat de lopende cohorten het schooljaar ongewijzigd kunnen afmaken. "
                   "Partijen melden de toetreding aan DUO."))

    B.append(("h", "Artikel 13 \u2013 Duur, opzegging en ontbinding"))
    B.append(("p", "13.1 Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor zes jaar. Zij wordt "
                   "daarna stilzwijgend verlengd met telkens drie jaar."))
    B.append(("p", "13.2 Elke partij kan de overeenkomst opzeggen per 1 augustus, met inachtneming van "
                   "een opzegtermijn van achttien maanden. Zegt één school op, dan blijft de overeenkomst "
                   "tussen de overige partijen van kracht."))
    B.append(("p", "13.3 Een partij kan de overeenkomst ontbinden als een andere partij tekortschiet in "
                   "de nakoming van wezenlijke verplichtingen en die tekortkoming niet binnen dertig dagen "
                   "na een schriftelijke ingebrekestelling herstelt, of als een partij de bekostiging "
                   "voor de betrokken leerweg of opleiding verliest."))
    B.append(("p", "13.4 Ter bescherming van de deelnemers geldt bij opzegging en ontbinding:"))
    B.append(("ol", "a.", "na de opzegging of ontbinding stromen geen nieuwe deelnemers meer in;"))
    B.append(("ol", "b.", "deelnemers die op dat moment een route volgen, kunnen die route afmaken; "
                          "partijen stellen binnen drie maanden een afbouwplan vast;"))
    B.append(("ol", "c.", "kan een route voor een deelnemer toch niet worden voortgezet, dan wordt "
                          "artikel 8 toegepast en garanderen de overblijvende partijen hem een plaats "
                          "zonder studievertraging."))

    B.append(("h", "Artikel 14 \u2013 Wijziging en evaluatie"))
    B.append(("p", "14.1 Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst "
                   "tussen alle partijen. Een wijziging die het programma raakt, gaat in bij het begin "
                   "van een schooljaar en mag deelnemers die de route al volgen niet benadelen."))
    B.append(("p", "14.2 Partijen evalueren de samenwerking elke twee jaar op basis van de jaarverslagen "
                   "en het advies van de werkveldcommissie."))
    B.append(("p", "14.3 Bijlagen 2 en 3 kunnen door de stuurgroep worden aangepast. Bijlage 1 kan "
                   "alleen door de colleges van bestuur worden gewijzigd."))

    B.append(("h", "Artikel 15 \u2013 Slotbepalingen"))
    B.append(("p", "15.1 De bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de "
                   "artikelen voor."))
    B.append(("p", "15.2 Op deze overeenkomst is Nederlands recht van toepassing."))
    B.append(("p", "Aldus overeengekomen en in drievoud ondertekend te Roosendaal op 30 juni 2025."))
    B.append(("sig", [
        ["Stichting Katholiek Voortgezet Onderwijs Roosendaal en omstreken",
         "Stichting Openbaar Voortgezet Onderwijs Brabantse Wal",
         "Stichting Regionaal Opleidingencentrum West-Brabant Zuid"],
        ["\n\n______________\nmr. C.J.M. van Gastel", "\n\n______________\ndrs. R.A. Hendrikx",
         "\n\n______________\ndr. S. Peeters-Akkermans"],
    ], [53, 53, 53]))

    B.append(("pagebreak",))
    B.append(("h", "Bijlage 1 \u2013 Financieel schema"))
    B.append(("table", [
        ["Richting", "Grondslag", "Bedrag", "Peildatum", "Bestemming", "Betaling"],
        ["Vrijland \u2192 ROC Markiezaat", "art. 5.42a WVO 2020", "€ 1.240 per deelnemer in de vo-fase per "
         "schooljaar", "1 oktober", "docentinzet ROC in vo-fase, skills lab, mbo-examens in vo-fase",
         "factuur 1 november, betaling vóór 1 december"],
        ["De Zoom \u2192 ROC Markiezaat", "art. 5.42a WVO 2020", "€ 1.240 per deelnemer in de vo-fase per "
         "schooljaar", "1 oktober", "idem", "idem"],
        ["ROC Markiezaat \u2192 school", "art. 9.1.15 WEB", "€ 450 per student die in leerjaar 3 van de "
         "route het centraal examen vmbo opnieuw aflegt", "1 oktober",
         "afname examen en begeleiding door de school", "factuur 1 februari, betaling vóór 1 maart"],
    ], [28, 24, 34, 18, 36, 26]))
    B.append(("h", "Bijlage 2 \u2013 Overstapmatrix"))
    B.append(("table", [
        ["Moment", "Situatie", "Mogelijke vervolgroutes", "Wie beslist"],
        ["vo-fase", "route past niet of deelnemer wil iets anders",
         "reguliere kader- of gemengde leerweg op eigen school (zelfde of ander profiel); van B naar A",
         "school en ROC Markiezaat samen, na gesprek met deelnemer en ouders"],
        ["einde leerjaar 3 route", "vmbo-diploma niet behaald",
         "mbo-opleiding voortzetten zonder vmbo-diploma, of vmbo-examen opnieuw afleggen",
         "school en ROC Markiezaat samen"],
        ["mbo-fase", "andere richting gewenst",
         "andere opleiding Zorg en welzijn op hetzelfde niveau bij ROC Markiezaat",
         "school en ROC Markiezaat samen"],
        ["mbo-fase", "niveau past niet", "Helpende zorg en welzijn (niveau 2) of route A in plaats van B",
         "school en ROC Markiezaat samen"],
        ["elk moment", "verhuizing", "opleiding bij een andere school of instelling; ondersteuning bij "
         "geschiktheidsonderzoek", "deelnemer en ouders, met advies van de routeleider"],
    ], [24, 36, 62, 40]))
    B.append(("h", "Bijlage 3 \u2013 Jaarkalender stuurgroep"))
    B.append(("table", [
        ["Wanneer", "Wat", "Aan wie"],
        ["februari", "halfjaarrapportage", "colleges van bestuur"],
        ["april", "bestuurlijk overleg", "colleges van bestuur en stuurgroep"],
        ["vóór 1 juni", "jaarplan en routebegroting", "colleges van bestuur"],
        ["vóór 1 juli", "PTA/OER ter vaststelling", "bevoegde gezagsorganen"],
        ["vóór 1 november", "jaarverslag", "colleges van bestuur"],
        ["november", "bestuurlijk overleg over het jaarverslag", "colleges van bestuur en stuurgroep"],
        ["driemaal per jaar", "overleg werkveldcommissie", "stuurgroep"],
        ["tweemaal per jaar", "routeberaad medezeggenschap", "stuurgroep"],
    ], [40, 70, 52]))
    return B


# ---------------------------------------------------------------------------------------------
# h45 - Noord-Drenthe - PDF, law-firm style, geïntegreerde route
# ---------------------------------------------------------------------------------------------

def blocks_h45():
    B = []
    B.append(("title", "SAMENWERKINGSOVEREENKOMST"))
    B.append(("subtitle", "geïntegreerde route vmbo basisberoepsgerichte leerweg Groen \u2013 "
                          "Medewerker dierverzorging (niveau 2)"))
    B.append(("p", "**DE ONDERGETEKENDEN:**"))
    B.append(("ol", "1.", "de stichting **Stichting voor Christelijk Voortgezet Onderwijs Noord-Drenthe**, "
                          "statutair gevestigd te Assen, kantoorhoudende te Roden, in haar hoedanigheid "
                          "van bevoegd gezag van CSG Esborg, vmbo-locatie Roden, te dezen rechtsgeldig "
                          "vertegenwoordigd door de voorzitter van het college van bestuur, de heer "
                          "drs. J.H. Boelens, hierna te noemen: \"**de School**\";"))
    B.append(("ol", "2.", "de stichting **Stichting Groen Onderwijs Drenthe**, statutair gevestigd te "
                          "Assen, handelend onder de naam Groencollege De Drentse Es, te dezen "
                          "rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, "
                          "mevrouw ir. G. Nijenhuis-Hofsteenge, hierna te noemen: \"**De Drentse Es**\";"))
    B.append(("p", "de School en De Drentse Es hierna gezamenlijk te noemen: \"**Partijen**\" en ieder "
                   "afzonderlijk: \"**Partij**\";"))
    B.append(("p", "**OVERWEGENDE:**"))
    B.append(("ol", "A.", "dat de School in de basisberoepsgerichte leerweg het profiel Groen aanbiedt en "
                          "De Drentse Es in het opleidingsdomein Voedsel, natuur en leefomgeving onder "
                          "meer de opleiding Medewerker dierverzorging verzorgt;"))
    B.append(("ol", "B.", "dat Partijen voor leerlingen voor wie dat van belang is een geïntegreerde route "
                          "als bedoeld in artikel 2.107l van de Wet voortgezet onderwijs 2020 en artikel "
                          "9.1.17 van de Wet educatie en beroepsonderwijs willen verzorgen, waarin geen "
                          "eindexamen basisberoepsgerichte leerweg hoeft te worden afgelegd;"))
    B.append(("ol", "C.", "dat de School over het voornemen tot deze samenwerking overleg heeft gevoerd "
                          "met De Drentse Es en dat leerlingen uitsluitend in overleg met henzelf en hun "
                          "ouders tot de geïntegreerde route worden toegelaten;"))
    B.append(("ol", "D.", "dat Partijen hun afspraken wensen vast te leggen in deze overeenkomst;"))
    B.append(("p", "**KOMEN OVEREEN ALS VOLGT:**"))

    B.append(("h", "Artikel 1. Definities"))
    B.append(("p", "In deze overeenkomst wordt verstaan onder:"))
    B.append(("ol", "a.", "**Route**: de geïntegreerde route bedoeld in artikel 2;"))
    B.append(("ol", "b.", "**Leerling**: een leerling die aan de Route deelneemt, ook nadat hij als student "
                          "bij De Drentse Es is ingeschreven;"))
    B.append(("ol", "c.", "**Routeleiding**: de leiding over de Route bedoeld in artikel 4;"))
    B.append(("ol", "d.", "**Onderwijs- en examenplan**: het gezamenlijke plan waarin het onderwijsprogramma "
                          "en de examinering per leerjaar van de Route zijn beschreven."))

    B.append(("h", "Artikel 2. Voorwerp van de overeenkomst"))
    B.append(("ol", "2.1", "Partijen verzorgen gezamenlijk een geïntegreerde route die aanvangt in leerjaar "
                           "3 van de basisberoepsgerichte leerweg, profiel Groen, van de School en leidt "
                           "tot het diploma van de basisberoepsopleiding Medewerker dierverzorging "
                           "(niveau 2, BOL) in het opleidingsdomein Voedsel, natuur en leefomgeving van "
                           "De Drentse Es."))
    B.append(("ol", "2.2", "De Route duurt drie jaar. De School neemt geen eindexamen basisberoepsgerichte "
                           "leerweg af, tenzij de Leerling en zijn ouders daarom verzoeken."))
    B.append(("ol", "2.3", "Partijen melden de Route gezamenlijk aan Onze Minister door registratie in "
                           "RIO."))

    B.append(("h", "Artikel 3. Betrokkenheid van het werkveld"))
    B.append(("ol", "3.1", "Partijen betrekken de volgende bedrijven en organisaties bij de Route: "
                           "Dierenpension en -opvang De Hondsrug te Eelde, Melkveebedrijf Hoeve Oosterveld "
                           "te Eext, Manege De Vijfsprong te Peize, Kinderboerderij Asserbos en "
                           "Dierenspeciaalzaak Noordenveld te Roden, alsmede een adviseur praktijkleren "
                           "van SBB."))
    B.append(("ol", "3.2", "Deze bedrijven en organisaties stellen vanaf het eerste leerjaar van de Route "
                           "plaatsen voor beroepspraktijkvorming beschikbaar, leveren praktijkopdrachten "
                           "voor de lessen dierverzorging en treden op als praktijkbeoordelaar bij de "
                           "examens van De Drentse Es."))
    B.append(("ol", "3.3", "Partijen voeren ten minste eenmaal per schooljaar een werkveldoverleg met deze "
                           "bedrijven en organisaties over de inhoud van het programma en de "
                           "beschikbaarheid van bpv-plaatsen."))

    B.append(("h", "Artikel 4. Routeleiding"))
    B.append(("ol", "4.1", "De leiding over de Route berust bij een Routeleiding waarin beide Partijen zijn "
                           "vertegenwoordigd."))
    B.append(("ol", "4.2", "De samenstelling van de Routeleiding, de wijze waarop haar leden worden benoemd "
                           "en de taken en bevoegdheden die Partijen aan haar opdragen, worden door "
                           "Partijen binnen drie maanden na ondertekening van deze overeenkomst "
                           "vastgelegd in een afzonderlijk routereglement."))

    B.append(("h", "Artikel 5. Informatieplicht en verantwoording"))
    B.append(("ol", "5.1", "De Routeleiding brengt jaarlijks vóór 1 oktober schriftelijk verslag uit aan "
                           "de colleges van bestuur van beide Partijen over het afgelopen schooljaar, "
                           "waaronder de aantallen Leerlingen, de voortgang, de uitval en de "
                           "diplomaresultaten."))
    B.append(("ol", "5.2", "De Routeleiding legt tweemaal per jaar, in maart en in oktober, in een "
                           "bestuurlijk overleg van beide colleges van bestuur mondeling verantwoording "
                           "af over de uitvoering van de Route."))
    B.append(("ol", "5.3", "De Routeleiding verstrekt elk college van bestuur op verzoek binnen tien "
                           "werkdagen alle gevraagde inlichtingen."))

    B.append(("h", "Artikel 6. Inrichting van de Route"))
    B.append(("ol", "6.1", "Het eerste leerjaar van de Route wordt verzorgd op de locatie van de School te "
                           "Roden, met twee dagen per week onderwijs in het praktijkcentrum dieren van De "
                           "Drentse Es te Assen. Het tweede en derde leerjaar worden verzorgd op de locatie "
                           "van De Drentse Es te Assen en in de bpv."))
    B.append(("ol", "6.2", "Partijen stellen gezamenlijk het Onderwijs- en examenplan vast. De examinering "
                           "van de beroepsopleiding kan vanaf het eerste leerjaar van de Route "
                           "plaatsvinden."))
    B.append(("ol", "6.3", "Docenten dierverzorging van De Drentse Es verzorgen in het eerste leerjaar "
                           "van de Route wekelijks zes lesuren op de School. De School zet haar docenten "
                           "Nederlands, rekenen en loopbaanoriëntatie in, ook in het tweede leerjaar. "
                           "Partijen maken voor het vakoverstijgende onderdeel 'Zorg voor dier en "
                           "omgeving' gebruik van de teambevoegdheid; ieder teamlid is verantwoordelijk "
                           "voor het onderdeel waarvoor hij bevoegd is. Docenten blijven in dienst van "
                           "hun eigen werkgever."))
    B.append(("ol", "6.4", "De Drentse Es stelt haar praktijkcentrum dieren, de dierverblijven en de "
                           "bijbehorende materialen beschikbaar; de School stelt haar praktijklokaal "
                           "Groen en haar theorielokalen beschikbaar. De School regelt het vervoer van "
                           "de Leerlingen tussen Roden en Assen."))
    B.append(("ol", "6.5", "In de eerste twee leerjaren van de Route staat de Leerling ingeschreven bij de "
                           "School, daarna bij De Drentse Es. De klachtenregeling van elke Partij is mede "
                           "van toepassing op gedragingen van personeel van de andere Partij in het kader "
                           "van de Route."))

    B.append(("h", "Artikel 7. Beëindiging van de deelname"))
    B.append(("ol", "7.1", "Wordt de deelname van een Leerling aan de Route voortijdig beëindigd, op "
                           "verzoek van de Leerling en zijn ouders of omdat het behalen van het diploma "
                           "Medewerker dierverzorging naar het oordeel van de Routeleiding niet haalbaar "
                           "is, dan wordt de Leerling ingeschreven in de Entreeopleiding van De Drentse "
                           "Es."))
    B.append(("ol", "7.2", "De inschrijving in de Entreeopleiding volgt zonder nadere toelatingsprocedure."))
    B.append(("ol", "7.3", "De School draagt zorg voor een warme overdracht van het leerlingdossier."))

    B.append(("h", "Artikel 8. Bekostiging"))
    B.append(("ol", "8.1", "De School draagt met toepassing van artikel 5.42a van de Wet voortgezet "
                           "onderwijs 2020 voor iedere Leerling in de eerste twee leerjaren van de Route "
                           "een bedrag van € 1.475 per schooljaar over aan De Drentse Es."))
    B.append(("ol", "8.2", "Het bedrag is bestemd voor de inzet van docenten dierverzorging van De Drentse "
                           "Es op de School en voor het gebruik van het praktijkcentrum dieren door "
                           "Leerlingen in de eerste twee leerjaren."))
    B.append(("ol", "8.3", "Betaling geschiedt in twee gelijke termijnen, uiterlijk op 1 december en 1 mei, "
                           "op basis van het aantal Leerlingen op 1 oktober."))

    B.append(("h", "Artikel 9. Medezeggenschap"))
    B.append(("p", "[PM \u2013 afspraken over de medezeggenschap van leerlingen, ouders en personeel in de "
                   "Route; tekst volgt na overleg met de medezeggenschapsraad van CSG Esborg en de "
                   "studentenraad van De Drentse Es]"))

    B.append(("h", "Artikel 10. Geschillen"))
    B.append(("ol", "10.1", "Partijen trachten een geschil over de uitvoering van deze overeenkomst eerst "
                            "op te lossen in een overleg tussen de voorzitters van beide colleges van "
                            "bestuur, dat binnen dertig dagen na een schriftelijk verzoek van een Partij "
                            "plaatsvindt."))
    B.append(("ol", "10.2", "Leidt dat overleg niet tot een oplossing, dan leggen Partijen het geschil voor "
                            "aan een gezamenlijk aan te wijzen mediator. De kosten van de mediation worden "
                            "door Partijen ieder voor de helft gedragen."))
    B.append(("ol", "10.3", "Is het geschil binnen drie maanden na aanvang van de mediation niet opgelost, "
                            "dan is uitsluitend de rechtbank Noord-Nederland, locatie Assen, bevoegd."))

    B.append(("h", "Artikel 11. Toetreding"))
    B.append(("ol", "11.1", "Een andere school voor voortgezet onderwijs of een andere instelling voor "
                            "beroepsonderwijs kan tot deze overeenkomst toetreden, mits beide Partijen "
                            "daarmee schriftelijk instemmen en de toetreder alle rechten en verplichtingen "
                            "uit deze overeenkomst aanvaardt."))
    B.append(("ol", "11.2", "Toetreding gaat in bij de aanvang van een schooljaar. De positie van Leerlingen "
                            "die de Route al volgen, wordt door de toetreding niet gewijzigd."))

    B.append(("h", "Artikel 12. Duur, wijziging en beëindiging"))
    B.append(("ol", "12.1", "Deze overeenkomst treedt in werking op 1 augustus 2025 en is aangegaan voor "
                            "onbepaalde tijd."))
    B.append(("ol", "12.2", "Wijzigingen van deze overeenkomst zijn slechts geldig indien zij schriftelijk "
                            "tussen Partijen zijn overeengekomen."))
    B.append(("ol", "12.3", "Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen het "
                            "einde van een schooljaar, met inachtneming van een opzegtermijn van twaalf "
                            "maanden."))
    B.append(("ol", "12.4", "Na opzegging worden geen nieuwe Leerlingen tot de Route toegelaten. Leerlingen "
                            "die de Route op het tijdstip van opzegging volgen, worden in staat gesteld "
                            "de Route bij Partijen af te ronden."))

    B.append(("h", "Artikel 13. Slotbepalingen"))
    B.append(("ol", "13.1", "Op deze overeenkomst is Nederlands recht van toepassing."))
    B.append(("ol", "13.2", "Deze overeenkomst treedt in de plaats van de intentieverklaring van 12 "
                            "november 2024."))
    B.append(("p", "Aldus overeengekomen en in tweevoud getekend te Assen op 25 juni 2025."))
    B.append(("sig", [["Stichting voor Christelijk Voortgezet Onderwijs Noord-Drenthe",
                       "Stichting Groen Onderwijs Drenthe"],
                      ["\n\n____________________\ndrs. J.H. Boelens",
                       "\n\n____________________\nir. G. Nijenhuis-Hofsteenge"]], [80, 80]))
    return B


# ---------------------------------------------------------------------------------------------
# h46 - Noordoost-Friesland - Markdown, plain language for parents
# ---------------------------------------------------------------------------------------------

TEXT_H46 = """
# Samen op weg naar je diploma Autotechnicus

**Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo, in gewone taal**

Dit is een echte, bindende afspraak tussen twee schoolbesturen. We hebben hem in gewone taal
geschreven, zodat leerlingen en ouders hem ook kunnen lezen. Waar "wij" of "we" staat, bedoelen
we de school en het ROC samen.

## Wie sluiten deze afspraak?

- **Stichting Openbaar Voortgezet Onderwijs Noordoost-Fryslân** in Dokkum. Dit is het bestuur
  van het Ee-college, een vmbo-school in Dokkum. Hieronder noemen we dit *de school*.
- **Stichting Beroepsonderwijs Fryslân Noard** in Leeuwarden. Dit is het bestuur van ROC
  Noardwâl, met een vestiging in Dokkum. Hieronder noemen we dit *het ROC*.

## Over welke opleiding gaat het?

Leerlingen van de basisberoepsgerichte leerweg met het profiel **Mobiliteit en transport** kunnen
aan het eind van leerjaar 2 kiezen voor onze doorlopende leerroute. De route leidt naar het
vmbo-diploma basis én naar het mbo-diploma **Autotechnicus (niveau 2)** in het opleidingsdomein
Mobiliteit en voertuigen. De route duurt drie jaar: leerjaar 3 en 4 op het vmbo en daarna één
jaar op het mbo. Er kunnen elk jaar maximaal 20 leerlingen beginnen.

## Welke bedrijven doen mee, en wat doen ze?

Zes autobedrijven uit de regio doen mee: Autobedrijf Dijkstra (Dokkum), Garage Hoekstra & Zn.
(Kollum), Autoservice Damwâld, Bandencentrum Noord (Dokkum), Trekkerservice Van der Meer
(Ternaard) en Schadeherstel Oostergo (Burgum). Zij hebben toegezegd dat zij:

- stageplaatsen geven, vanaf leerjaar 4 één dag per week;
- twee keer per jaar een gastles of werkplaatsbezoek verzorgen;
- het praktijkexamen van het mbo mee beoordelen;
- meepraten in de **werkplaatsraad**. Die komt twee keer per jaar bij elkaar en geeft ons advies
  over wat we in de route leren, zodat het klopt met het werk in de garage.

Een adviseur van SBB helpt ons om genoeg erkende leerbedrijven te vinden.

## Wie leidt de route?

De route wordt geleid door een **routeteam** van drie mensen:

1. de teamleider techniek van de school;
2. de opleidingsmanager mobiliteit van het ROC;
3. een routecoördinator.

Het bestuur van de school wijst de teamleider aan. Het bestuur van het ROC wijst de
opleidingsmanager aan. De routecoördinator wordt door de twee besturen samen benoemd, voor
twee jaar.

Wat mag het routeteam? Het routeteam maakt het lesprogramma en het rooster, verdeelt de docenten
over de lessen, regelt de stages, beslist of een leerling in de route mag beginnen en doet een
voorstel als een leerling moet overstappen. Grote beslissingen nemen alleen de besturen zelf:
bijvoorbeeld meer geld uitgeven dan in de begroting staat, extra personeel aannemen of deze
afspraken veranderen.

## Hoe houden de besturen toezicht?

Het routeteam schrijft twee keer per jaar een verslag voor beide besturen: in februari en in
september. Daarin staat hoeveel leerlingen in de route zitten, hoeveel er zijn gestopt of
overgestapt, en hoe het gaat met de stages en de examens. Elk jaar in september legt het
routeteam in een gesprek met de twee bestuurders verantwoording af over het afgelopen jaar.
Vragen de besturen tussendoor om informatie, dan krijgen ze die binnen twee weken.

## Waar krijg je les, en van wie?

- **Waar?** In leerjaar 3 en 4 zit je op de school in Dokkum. Eén dag per week werk je in de
  werkplaats van het ROC in Dokkum. Het laatste jaar ben je helemaal op het ROC en bij je
  leerbedrijf.
- **Wat leer je per jaar?** Dat staat in het gezamenlijke PTA/OER van de school en het ROC. Daarin
  staat ook wanneer je welke toetsen en examens doet. Het centraal examen vmbo doe je in leerjaar 4.
  Je vindt het PTA/OER op de website van de school.
- **Van wie?** Docenten van de school en van het ROC vormen samen één team. Een docent
  autotechniek van het ROC geeft in leerjaar 3 en 4 één dag per week les op de school. Docenten
  mogen ook lesgeven in onderdelen van het andere deel van de route (dat heet teambevoegdheid),
  maar voor elk vak is er altijd een bevoegde docent die verantwoordelijk is. Iedereen blijft in
  dienst van zijn eigen school.
- **Met welke spullen?** Het ROC laat leerlingen uit leerjaar 3 en 4 zijn werkplaats gebruiken,
  met hefbruggen en diagnoseapparatuur. De school stelt haar praktijklokaal Mobiliteit en
  transport en haar theorielokalen beschikbaar. Alle leerlingen krijgen een laptop van de school.
- **Ben je het ergens niet mee eens?** Een klacht over een docent van het ROC kun je ook bij de
  school indienen. Het ROC werkt dan mee aan de afhandeling.

## Wat als het niet lukt, of als je iets anders wilt?

Je krijgt altijd een kans op een diploma. Dat spreken we af:

- **Stop je in leerjaar 3 of 4?** Dan maak je de gewone basisberoepsgerichte leerweg af op de
  school, in Mobiliteit en transport of in een ander profiel. Zo haal je je vmbo-diploma basis.
- **Stop je in het mbo-jaar?** Dan kun je naar een andere opleiding op niveau 2 van het ROC,
  bijvoorbeeld Fietstechnicus of Medewerker logistiek. Heb je je vmbo-diploma nog niet, dan mag
  je toch bij het ROC verder; de gewone toelatingseisen gelden dan niet.
- **Wil je naar een andere school?** Dan helpen we je met de aanmelding en het toelatingsgesprek
  daar, en geven we je gegevens netjes door.

**Wie beslist?** De school en het ROC beslissen samen, nadat we met jou en je ouders hebben
gepraat. We kijken naar wat je al kunt (je niveau) en naar je leeftijd. Hoe dat precies gaat,
staat ook in de schoolgids.

## Gaat er geld van de ene school naar de andere?

Nee. We dragen geen bekostiging aan elkaar over. De school betaalt wat de vmbo-jaren kosten en het
ROC wat het mbo-jaar kost, ook als docenten of lokalen van de ander worden gebruikt.

## Hebben leerlingen en ouders iets te zeggen?

Ja. Dit spreken we bovenop de gewone regels af:

- Leerlingen in de route kiezen elk jaar samen één vertegenwoordiger. Die mag in leerjaar 3 en 4
  al meepraten in de studentenraad van het ROC als het over de route gaat.
- Willen we iets belangrijks aan de route veranderen, dan vragen we eerst advies aan de
  medezeggenschapsraad van de school én aan de studentenraad van het ROC.
- Eén keer per jaar is er een routeavond voor ouders, waar het routeteam vertelt hoe het gaat en
  ouders vragen kunnen stellen.

## Wat als de school en het ROC het oneens zijn?

1. Eerst praat het routeteam erover. Het probeert binnen een maand een oplossing te vinden.
2. Lukt dat niet, dan praten de twee bestuurders met elkaar.
3. Komen zij er binnen zes weken niet uit, dan vragen ze samen een onafhankelijke bemiddelaar
   (mediator).
4. Lukt het dan nog niet, dan beslist de rechter (rechtbank Noord-Nederland, in Leeuwarden).

## Kan er een school bijkomen, en hoe kan deze afspraak veranderen of stoppen?

- **Een nieuwe school erbij?** Een andere vmbo-school of mbo-school kan meedoen als beide besturen
  dat schriftelijk goedvinden en de nieuwe school alle afspraken in deze overeenkomst ondertekent.
  Een nieuwe school doet pas mee vanaf het begin van een nieuw schooljaar. We melden dat bij DUO.
- **Iets veranderen?** Dat kan alleen op papier, ondertekend door beide besturen. Veranderingen
  in het lesprogramma gaan nooit midden in een schooljaar in.
- **Stoppen?** Een bestuur kan deze afspraak per brief opzeggen, minstens een jaar van tevoren en
  alleen per 1 augustus. Houdt een van beide zich ernstig niet aan de afspraken, ook niet na een
  waarschuwing per brief, dan mag de ander de afspraak ontbinden.
- **Wat betekent dat voor jou?** Zit je al in de route, dan mag je hem altijd afmaken, ook als we
  stoppen. Nieuwe leerlingen beginnen dan niet meer.

## Vanaf wanneer?

Deze afspraak geldt vanaf 1 augustus 2025 en loopt door tot een van beide besturen hem opzegt.

## Handtekeningen

Dokkum, 30 juni 2025

| Namens de school | Namens het ROC |
|---|---|
| Stichting Openbaar Voortgezet Onderwijs Noordoost-Fryslân | Stichting Beroepsonderwijs Fryslân Noard |
| A.J. Bosma, bestuurder | drs. T. Hiemstra-Kuipers, voorzitter college van bestuur |
"""


# ---------------------------------------------------------------------------------------------
# h47 - Stedendriehoek - DOCX, consortium of four, unnumbered bold headings
# ---------------------------------------------------------------------------------------------

def blocks_h47():
    B = []
    B.append(("title", "Consortiumovereenkomst Digitale Vakmensen Stedendriehoek"))
    B.append(("subtitle", "samenwerkingsovereenkomst doorlopende leerroutes Media, vormgeving en ICT "
                          "\u2013 Software developer en Mediavormgever (mbo niveau 4)"))
    B.append(("table", [
        ["Versie", "Datum", "Wijziging", "Door"],
        ["0.9", "14 april 2025", "concept voor de regiegroep", "secretariaat"],
        ["1.0", "2 juni 2025", "verwerking reacties besturen en MR'en", "secretariaat"],
        ["1.1", "30 juni 2025", "definitief, ter ondertekening", "secretariaat"],
    ], [20, 32, 70, 38]))
    B.append(("p", "Opgesteld door het consortiumsecretariaat (L. Wientjes, consortiumsecretaris), "
                   "Apeldoorn."))

    B.append(("hb", "Wie doen mee"))
    B.append(("p", "Deze overeenkomst wordt gesloten tussen:"))
    B.append(("li", "Stichting Openbaar Voortgezet Onderwijs Apeldoorn, bevoegd gezag van het "
                    "Kanaalcollege (vmbo) te Apeldoorn, vertegenwoordigd door mevrouw M.C. Rensink, "
                    "voorzitter college van bestuur;"))
    B.append(("li", "Stichting Christelijk Onderwijs Deventer, bevoegd gezag van vmbo Sallandse Poort te "
                    "Deventer, vertegenwoordigd door de heer A.G. ter Horst, bestuurder;"))
    B.append(("li", "Stichting Scholengroep Zutphen, bevoegd gezag van vmbo De Berkelbrug te Zutphen, "
                    "vertegenwoordigd door mevrouw drs. E. Wissink, voorzitter college van bestuur;"))
    B.append(("li", "Stichting ROC Veluwe-IJssel, gevestigd te Apeldoorn, vertegenwoordigd door de heer "
                    "dr. K.J. Oldenkamp, voorzitter college van bestuur."))
    B.append(("p", "Hierna samen: \"de consortiumpartners\". De drie vmbo-scholen heten samen \"de "
                   "scholen\", ROC Veluwe-IJssel heet \"het ROC\"."))

    B.append(("hb", "Waarom dit consortium"))
    B.append(("p", "Het aantal vacatures voor ICT'ers en mediavormgevers in Apeldoorn, Deventer en "
                   "Zutphen blijft groeien, terwijl veel vmbo-leerlingen met talent voor techniek en "
                   "ontwerp na het vmbo uitvallen of een opleiding kiezen die niet bij hen past. De "
                   "consortiumpartners willen deze leerlingen een doorlopende route naar een mbo-diploma "
                   "op niveau 4 bieden. Deze overeenkomst is de samenwerkingsovereenkomst bedoeld in "
                   "artikel 2.107b WVO 2020 en artikel 9.1.3 WEB."))

    B.append(("hb", "Wat we aanbieden"))
    B.append(("p", "De consortiumpartners verzorgen samen twee doorlopende leerroutes vmbo-mbo:"))
    B.append(("li", "**Route ICT**: van het profiel Media, vormgeving en ICT in de kaderberoepsgerichte "
                    "en de gemengde leerweg naar de middenkaderopleiding Software developer "
                    "(niveau 4, BOL) in het opleidingsdomein ICT en creatieve industrie;"))
    B.append(("li", "**Route Media**: van het profiel Media, vormgeving en ICT in de "
                    "kaderberoepsgerichte en de gemengde leerweg naar de middenkaderopleiding "
                    "Mediavormgever (niveau 4, BOL) in hetzelfde opleidingsdomein."))
    B.append(("p", "Alle drie de scholen bieden beide routes aan. Een route duurt vijf jaar: twee jaar "
                   "vo-fase op de eigen school en drie jaar mbo-fase bij het ROC. Elke school meldt haar "
                   "routes samen met het ROC aan de minister via RIO."))

    B.append(("hb", "Samenwerking met het werkveld"))
    B.append(("p", "De consortiumpartners hechten aan een sterke verbinding met het regionale ICT- en "
                   "creatieve werkveld. Het consortium streeft ernaar om de komende jaren bedrijven uit de "
                   "Stedendriehoek bij de routes te betrekken. Hoe die betrokkenheid eruit gaat zien, "
                   "werkt de regiegroep in het eerste schooljaar uit."))

    B.append(("hb", "Regiegroep en routecoördinatoren"))
    B.append(("p", "De leiding over de routes ligt bij de **regiegroep**. De regiegroep bestaat uit de "
                   "afdelingsdirecteur vmbo van elk van de drie scholen en de directeur van het college "
                   "ICT & Creatief van het ROC. Elk lid wordt aangewezen door het college van bestuur van "
                   "de eigen partner. De directeur van het college ICT & Creatief zit de regiegroep voor."))
    B.append(("p", "Voor de dagelijkse uitvoering benoemt de regiegroep per school een "
                   "**routecoördinator**, op voordracht van die school, voor twee schooljaren."))
    B.append(("p", "Taken en bevoegdheden van de regiegroep, zoals de besturen die aan haar opdragen:"))
    B.append(("li", "zij stelt elk jaar het gezamenlijke PTA/OER van beide routes op en legt het ter "
                    "vaststelling voor aan de vier besturen;"))
    B.append(("li", "zij besluit over de toelatingsprocedure, de instroomcapaciteit per school en de "
                    "jaarplanning;"))
    B.append(("li", "zij verdeelt de inzet van docenten van het ROC over de scholen en stelt de "
                    "roosterafspraken vast;"))
    B.append(("li", "zij stuurt de routecoördinatoren aan en kan hun benoeming intrekken."))
    B.append(("p", "Besluiten over het wijzigen van deze overeenkomst, over het starten of stoppen van een "
                   "route en over personeel in dienst nemen blijven bij de besturen."))

    B.append(("hb", "Rapportage aan de besturen"))
    B.append(("p", "De regiegroep stuurt de vier colleges van bestuur elk jaar vóór 15 oktober een "
                   "schriftelijke jaarrapportage over het afgelopen schooljaar: instroom per school, "
                   "doorstroom naar de mbo-fase, uitval en overstappen, examenresultaten en de uitkomsten "
                   "van de leerlingenenquête. Daarin legt zij verantwoording af over de uitvoering van de "
                   "taken die de besturen haar hebben opgedragen. De jaarrapportage wordt besproken in het "
                   "consortiumoverleg van de vier bestuurders, dat twee keer per jaar (november en mei) "
                   "plaatsvindt. In mei geeft de regiegroep daar een mondelinge tussenstand."))

    B.append(("hb", "Onderwijs, docenten en voorzieningen"))
    B.append(("p", "**Waar.** De vo-fase vindt plaats op de eigen school, met één dag per week in het "
                   "ICT-lab of de mediastudio van het ROC in Apeldoorn of Deventer. De mbo-fase vindt "
                   "plaats bij het ROC."))
    B.append(("p", "**Programma en examens.** Het onderwijsprogramma en de examinering per leerjaar staan "
                   "in het gezamenlijke PTA/OER, met per onderdeel de aanduiding vmbo, mbo of "
                   "gecombineerd. Het centraal examen vmbo wordt afgenomen in het tweede jaar van de "
                   "route."))
    B.append(("p", "**Docenten.** Docenten van de scholen en van het ROC vormen per route één "
                   "docententeam. Het ROC zet in de vo-fase per school acht uur per week een docent "
                   "programmeren of vormgeving in. De scholen leveren de mentoren en de docenten van de "
                   "algemene vakken. Voor de vakoverstijgende projectweken gebruiken we de "
                   "teambevoegdheid; elk onderdeel valt onder een bevoegde docent. Iedereen blijft in "
                   "dienst van de eigen werkgever."))
    B.append(("p", "**Voorzieningen.** Het ROC stelt zijn ICT-lab, mediastudio en softwarelicenties "
                   "beschikbaar aan leerlingen in de vo-fase. De scholen stellen hun MVI-praktijklokalen "
                   "beschikbaar voor lessen door ROC-docenten. Leerlingen krijgen vanaf de start een "
                   "account in de leeromgeving van het ROC."))
    B.append(("p", "**Klachten.** Een klacht over een docent van een andere partner wordt behandeld volgens "
                   "de klachtenregeling van de partner waar de leerling is ingeschreven; de andere partner "
                   "werkt mee."))

    B.append(("hb", "Als een leerling van route wil wisselen of wil stoppen"))
    B.append(("p", "Leerlingen die in de vo-fase stoppen, maken hun vmbo-opleiding regulier af op hun "
                   "eigen school, in de kaderberoepsgerichte of gemengde leerweg, in het profiel Media, "
                   "vormgeving en ICT of een ander profiel. Ze kunnen ook wisselen van route ICT naar route "
                   "Media of andersom."))
    B.append(("p", "Studenten in de mbo-fase die willen overstappen naar een andere opleiding van het ROC, "
                   "bijvoorbeeld Allround medewerker IT systems and devices (niveau 3) of Mediamaker "
                   "(niveau 3), kunnen dat alleen als zij hun vmbo-diploma hebben behaald en voldoen aan de "
                   "toelatingseisen van de gekozen opleiding. Zonder vmbo-diploma is een overstap binnen het "
                   "ROC niet mogelijk."))
    B.append(("p", "Welke overstap past, beslissen de betrokken school en het ROC samen met de leerling "
                   "en zijn ouders, op basis van het bereikte niveau en de leeftijd. De routecoördinator "
                   "begeleidt de overstap."))

    B.append(("hb", "Medezeggenschap"))
    B.append(("p", "Naast de medezeggenschap die de wet per partner regelt, richten de consortiumpartners "
                   "een **consortiumklankbord medezeggenschap** in. Daarin zit één lid van de "
                   "medezeggenschapsraad van elke school en twee leden van de studentenraad van het ROC. "
                   "Het klankbord vergadert twee keer per jaar met de regiegroep en brengt advies uit over "
                   "voorstellen tot wijziging van het PTA/OER of van deze overeenkomst, voordat de "
                   "besturen daarover besluiten. Leerlingen in de vo-fase mogen deelnemen aan de "
                   "studentencommissie ICT & Creatief van het ROC."))

    B.append(("hb", "Als we het oneens zijn"))
    B.append(("p", "Een meningsverschil over de uitvoering van deze overeenkomst bespreken we eerst in de "
                   "regiegroep. Komt de regiegroep er binnen een maand niet uit, dan gaat het naar het "
                   "consortiumoverleg van de bestuurders. Lost ook dat overleg het niet binnen zes weken op, "
                   "dan leggen de betrokken partners het voor aan een commissie van drie onafhankelijke "
                   "leden voor bindend advies: elke kant wijst één lid aan en die twee kiezen samen een "
                   "voorzitter. Wie een besluit van de commissie wil aanvechten, kan alleen terecht bij de "
                   "rechtbank Gelderland."))

    B.append(("hb", "Nieuwe partners, wijzigingen en uittreden"))
    B.append(("li", "**Toetreden.** Een andere vmbo-school of mbo-instelling kan partner worden als alle "
                    "consortiumpartners daarmee schriftelijk instemmen, de nieuwe partner het profiel "
                    "Media, vormgeving en ICT of een ICT-opleiding aanbiedt en een toetredingsverklaring "
                    "tekent waarin zij deze overeenkomst en het PTA/OER aanvaardt. Toetreding gaat in op 1 "
                    "augustus en wordt aan DUO gemeld."))
    B.append(("li", "**Wijzigen.** Deze overeenkomst wordt alleen gewijzigd met schriftelijke instemming "
                    "van alle vier de besturen. Wijzigingen van het programma gaan in bij het begin van een "
                    "schooljaar en gelden niet ten nadele van leerlingen die al in een route zitten."))
    B.append(("li", "**Uittreden of opzeggen.** Een partner kan uittreden door schriftelijke opzegging "
                    "tegen 1 augustus, met een opzegtermijn van ten minste een jaar. De overeenkomst loopt "
                    "dan door tussen de overige partners. Schiet een partner ernstig tekort en herstelt "
                    "hij dat niet binnen dertig dagen na een schriftelijke aanmaning, dan kunnen de "
                    "anderen de overeenkomst met die partner ontbinden."))
    B.append(("li", "**Bescherming van leerlingen.** Na een opzegging of ontbinding start de betrokken "
                    "school geen nieuwe route meer. Leerlingen die al in een route zitten, maken die af: "
                    "de school blijft verantwoordelijk voor hun vo-fase en vmbo-diploma en het ROC neemt "
                    "hen op in de mbo-fase zoals afgesproken."))

    B.append(("hb", "Looptijd"))
    B.append(("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Over vier jaar "
                   "evalueren de besturen de samenwerking."))

    B.append(("hb", "Ondertekening"))
    B.append(("p", "Apeldoorn, 30 juni 2025"))
    B.append(("sig", [
        ["Stichting Openbaar Voortgezet Onderwijs Apeldoorn\nM.C. Rensink",
         "Stichting Christelijk Onderwijs Deventer\nA.G. ter Horst"],
        ["Stichting Scholengroep Zutphen\ndrs. E. Wissink",
         "Stichting ROC Veluwe-IJssel\ndr. K.J. Oldenkamp"],
    ], [80, 80]))
    return B


# ---------------------------------------------------------------------------------------------
# h48 - Walcheren - PDF, classic "Artikel N - titel" with numbered leden
# ---------------------------------------------------------------------------------------------

def blocks_h48():
    B = []
    B.append(("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE BOUW WALCHEREN"))
    B.append(("subtitle", "vmbo kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur \u2013 "
                          "mbo Allround timmerman (niveau 3)"))
    B.append(("p", "**Partijen:**"))
    B.append(("ol", "1.", "Stichting Voortgezet Onderwijs Walcheren, gevestigd te Middelburg, in haar "
                          "hoedanigheid van bevoegd gezag van het Veerse Meer College (vmbo) te "
                          "Middelburg, ten deze vertegenwoordigd door haar bestuurder, de heer drs. W.J. "
                          "Francke, hierna: \"de school\";"))
    B.append(("ol", "2.", "Stichting Regionaal Opleidingencentrum Zeeland-West, gevestigd te Vlissingen, "
                          "handelend onder de naam Scheldewaard College, ten deze vertegenwoordigd door de "
                          "voorzitter van het college van bestuur, mevrouw ir. L.M. Verhulst-de Jonge, "
                          "hierna: \"het ROC\";"))
    B.append(("p", "**In aanmerking nemende dat:**"))
    B.append(("ol", "\u2013", "de bouwsector op Walcheren een structureel tekort aan vakkrachten kent;"))
    B.append(("ol", "\u2013", "partijen sinds 2019 samenwerken in de techniekroute bouw en deze samenwerking "
                              "wensen om te zetten in een doorlopende leerroute vmbo-mbo als bedoeld in "
                              "artikel 2.107a WVO 2020;"))
    B.append(("ol", "\u2013", "de medezeggenschapsraad van de school en de studentenraad van het ROC over "
                              "het voornemen tot deze samenwerking advies hebben uitgebracht;"))
    B.append(("p", "**zijn het volgende overeengekomen:**"))

    B.append(("h", "Artikel 1 \u2013 Begripsbepalingen"))
    B.append(("p", "In deze overeenkomst wordt verstaan onder:\nroute: de doorlopende leerroute bedoeld in "
                   "artikel 2;\nvo-fase: het eerste en tweede leerjaar van de route;\nmbo-fase: het derde "
                   "en vierde leerjaar van de route;\nroutedeelnemer: de leerling of student die de route "
                   "volgt;\nroutereglement: het door de routeraad opgestelde reglement met de praktische "
                   "uitwerking van deze overeenkomst."))

    B.append(("h", "Artikel 2 \u2013 Doel en inhoud van de route"))
    B.append(("ol", "1.", "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die aanvangt "
                          "in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Bouwen, wonen en "
                          "interieur, van de school en leidt tot het diploma van de vakopleiding Allround "
                          "timmerman (niveau 3) in het opleidingsdomein Bouw en infra van het ROC."))
    B.append(("ol", "2.", "De route duurt vier jaar. De routedeelnemer behaalt in de route het diploma "
                          "vmbo kaderberoepsgerichte leerweg en het diploma Allround timmerman. In de "
                          "mbo-fase volgt de routedeelnemer de beroepsopleidende leerweg."))
    B.append(("ol", "3.", "Partijen melden de route gezamenlijk aan de minister via RIO."))

    B.append(("h", "Artikel 3 \u2013 Betrokkenheid van het bouwbedrijfsleven"))
    B.append(("ol", "1.", "Bij de route zijn betrokken: Bouwbedrijf Minderhoud & Zn. te Serooskerke, "
                          "Timmerfabriek De Schelde te Vlissingen, Aannemersbedrijf Walcheren-Zuid te "
                          "Souburg, de regionale afdeling van de werkgeversvereniging in de bouw en het "
                          "regionale opleidingsbedrijf voor de bouw."))
    B.append(("ol", "2.", "Deze bedrijven en organisaties vormen samen met de routeraad de vakraad bouw, "
                          "die tweemaal per schooljaar bijeenkomt en advies uitbrengt over het "
                          "onderwijsprogramma, de keuzedelen en de inrichting van de praktijklokalen."))
    B.append(("ol", "3.", "De betrokken bedrijven bieden de routedeelnemers in de vo-fase werkplekleren "
                          "op bouwplaatsen en in de timmerfabriek aan en in de mbo-fase bpv-plaatsen als "
                          "erkend leerbedrijf. Hun praktijkopleiders beoordelen mee bij de proeven van "
                          "bekwaamheid."))

    B.append(("h", "Artikel 4 \u2013 De routeraad"))
    B.append(("ol", "1.", "De leiding over de route berust bij de routeraad. De routeraad bestaat uit de "
                          "teamleider techniek van de school, de teamleider bouw van het ROC en een "
                          "routemanager."))
    B.append(("ol", "2.", "De teamleiders worden door de bestuurder van de school respectievelijk het "
                          "college van bestuur van het ROC benoemd tot lid van de routeraad. De "
                          "routemanager wordt door beide bevoegde gezagsorganen gezamenlijk benoemd, na "
                          "een voordracht van de teamleiders."))
    B.append(("ol", "3.", "De bevoegde gezagsorganen dragen de routeraad op: de voorbereiding van het "
                          "gezamenlijke PTA/OER, de organisatie van het onderwijs en de examinering, de "
                          "inzet van personeel binnen de daarvoor vastgestelde formatie, de toelating van "
                          "routedeelnemers, de contacten met het bouwbedrijfsleven en de voorbereiding van "
                          "besluiten over een overstap."))
    B.append(("ol", "4.", "De routeraad is bevoegd tot het vaststellen van het rooster en het "
                          "routereglement en tot het aangaan van uitgaven binnen de goedgekeurde "
                          "routebegroting. Voor besluiten buiten die begroting en voor besluiten over de "
                          "rechtspositie van personeel is toestemming van de bevoegde gezagsorganen "
                          "vereist."))

    B.append(("h", "Artikel 5 \u2013 Inlichtingen en verantwoording"))
    B.append(("ol", "1.", "De routeraad verstrekt de bevoegde gezagsorganen na elke rapportageperiode "
                          "(december, april en juli) een schriftelijke voortgangsrapportage."))
    B.append(("ol", "2.", "De routeraad legt jaarlijks vóór 1 oktober verantwoording af over het "
                          "voorafgaande schooljaar in een jaarverslag, dat ten minste gegevens bevat over "
                          "instroom, doorstroom, uitval, examenresultaten en de besteding van de middelen "
                          "bedoeld in artikel 9."))
    B.append(("ol", "3.", "Het jaarverslag wordt besproken in het bestuurlijk overleg van partijen in "
                          "oktober."))

    B.append(("h", "Artikel 6 \u2013 Inrichting van het onderwijs"))
    B.append(("ol", "1.", "De vo-fase wordt verzorgd op de locatie van de school te Middelburg, met "
                          "wekelijks één dag praktijkonderwijs in het bouwcentrum van het ROC te "
                          "Vlissingen. De mbo-fase wordt verzorgd op de locatie van het ROC te Vlissingen "
                          "en bij de leerbedrijven."))
    B.append(("ol", "2.", "Het onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming "
                          "per leerjaar worden beschreven in het gezamenlijke PTA/OER. Het centraal "
                          "examen vmbo wordt afgelegd in het tweede leerjaar van de route."))
    B.append(("ol", "3.", "In de vo-fase staat de routedeelnemer ingeschreven bij de school en in de "
                          "mbo-fase bij het ROC."))

    B.append(("h", "Artikel 7 \u2013 Personeel en voorzieningen"))
    B.append(("ol", "1.", "Het onderwijs wordt verzorgd door één docententeam met docenten van beide "
                          "partijen. Het ROC stelt in de vo-fase twee praktijkdocenten timmeren "
                          "beschikbaar voor in totaal twaalf lesuren per week op de school. De school "
                          "levert de mentoren en de docenten voor de algemene vakken."))
    B.append(("ol", "2.", "Partijen maken gebruik van de teambevoegdheid voor de vakoverstijgende "
                          "onderdelen 'Bouwproject' en 'Werkvoorbereiding'. Elk onderdeel wordt gegeven "
                          "onder verantwoordelijkheid van een daarvoor bevoegde docent."))
    B.append(("ol", "3.", "Docenten blijven in dienst van hun eigen werkgever. De werkgever blijft "
                          "verantwoordelijk voor hun rechtspositie en professionalisering."))
    B.append(("ol", "4.", "Het ROC stelt zijn bouwcentrum met machinale houtbewerking en zijn "
                          "oefenbouwplaats beschikbaar aan routedeelnemers in de vo-fase. De school stelt "
                          "haar praktijklokaal BWI en haar theorielokalen beschikbaar voor lessen door "
                          "docenten van het ROC."))
    B.append(("ol", "5.", "De klachtenregeling van elk van partijen is mede van toepassing op gedragingen "
                          "van het personeel van de andere partij in het kader van de route."))

    B.append(("h", "Artikel 8 \u2013 Overstapoptie"))
    B.append(("ol", "1.", "Wordt de deelname aan de route beëindigd voordat de routedeelnemer haar met "
                          "succes heeft afgerond, dan stellen partijen hem in staat een vmbo-diploma of "
                          "een mbo-diploma te behalen dat aansluit bij het naar hun gezamenlijk oordeel "
                          "bereikte onderwijsniveau en bij zijn leeftijd."))
    B.append(("ol", "2.", "Eindigt de deelname in de vo-fase, dan vervolgt de routedeelnemer zijn "
                          "opleiding in de reguliere kaderberoepsgerichte leerweg van de school, in het "
                          "profiel BWI of een ander profiel."))
    B.append(("ol", "3.", "Eindigt de deelname in de mbo-fase, dan kan de routedeelnemer overstappen naar "
                          "een andere opleiding van niveau 3 van het ROC in de bouw of de techniek, zoals "
                          "Allround schilder of Eerste monteur installatietechniek, of naar de opleiding "
                          "Timmerman (niveau 2). Heeft hij het vmbo-diploma niet behaald, dan zijn de "
                          "vooropleidingseisen bij het ROC niet van toepassing."))
    B.append(("ol", "4.", "De routeraad doet na een gesprek met de routedeelnemer en zijn ouders een "
                          "voorstel; de school en het ROC besluiten gezamenlijk. Bij een overstap naar een "
                          "andere instelling ondersteunen partijen de routedeelnemer bij het "
                          "geschiktheidsonderzoek van die instelling."))

    B.append(("h", "Artikel 9 \u2013 Overdracht van middelen"))
    B.append(("ol", "1.", "Het ROC draagt met toepassing van artikel 9.1.15 WEB aan de school een bedrag "
                          "over van € 650 per routedeelnemer die in het derde leerjaar van de route het "
                          "vmbo-examen nog geheel of gedeeltelijk aflegt."))
    B.append(("ol", "2.", "Het bedrag is bestemd voor de afname van dat examen door de school en voor de "
                          "begeleiding van de routedeelnemer door zijn vmbo-mentor gedurende dat "
                          "leerjaar."))
    B.append(("ol", "3.", "Peildatum is 1 oktober. Betaling geschiedt uiterlijk op 1 december. Andere "
                          "bekostiging wordt tussen partijen niet overgedragen."))

    B.append(("h", "Artikel 10 \u2013 Medezeggenschap"))
    B.append(("ol", "1.", "Partijen komen overeen dat een voorstel tot wijziging van het gezamenlijke "
                          "PTA/OER of van deze overeenkomst voor advies wordt voorgelegd aan de "
                          "medezeggenschapsraad van de school en de studentenraad van het ROC."))
    B.append(("ol", "2.", "De leerlinggeleding van de medezeggenschapsraad van de school en de "
                          "studentenraad van het ROC vergaderen ten minste eenmaal per schooljaar "
                          "gezamenlijk over de route, in aanwezigheid van de routeraad."))

    B.append(("h", "Artikel 11 \u2013 Geschillen"))
    B.append(("ol", "1.", "Partijen leggen een geschil over de uitvoering van deze overeenkomst eerst voor "
                          "aan het bestuurlijk overleg, dat binnen vier weken na de schriftelijke melding "
                          "van het geschil bijeenkomt."))
    B.append(("ol", "2.", "Wordt in het bestuurlijk overleg binnen acht weken na die melding geen "
                          "overeenstemming bereikt, dan wordt het geschil beslecht door de bevoegde "
                          "rechter van de rechtbank Zeeland-West-Brabant, locatie Middelburg."))

    B.append(("h", "Artikel 12 \u2013 Toetreding"))
    B.append(("ol", "1.", "Een andere school voor vmbo of instelling voor beroepsonderwijs kan partij "
                          "worden bij deze overeenkomst indien beide partijen daarmee schriftelijk "
                          "instemmen en de toetreder schriftelijk verklaart deze overeenkomst en het "
                          "routereglement te aanvaarden."))
    B.append(("ol", "2.", "Toetreding heeft effect met ingang van het eerstvolgende schooljaar en laat de "
                          "rechten van routedeelnemers die de route al volgen onverlet."))

    B.append(("h", "Artikel 13 \u2013 Wijziging"))
    B.append(("ol", "1.", "Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke, door beide "
                          "partijen ondertekende overeenkomst."))
    B.append(("ol", "2.", "Een wijziging die gevolgen heeft voor het onderwijsprogramma treedt in werking "
                          "bij het begin van een schooljaar en wordt ten minste drie maanden van tevoren "
                          "aan de routedeelnemers en hun ouders bekendgemaakt."))

    B.append(("h", "Artikel 14 \u2013 Duur en beëindiging"))
    B.append(("ol", "1.", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor "
                          "onbepaalde tijd."))
    B.append(("ol", "2.", "Elk van partijen kan de overeenkomst opzeggen tegen 1 augustus van enig jaar, "
                          "met een opzegtermijn van ten minste vijftien maanden."))
    B.append(("ol", "3.", "Elk van partijen kan de overeenkomst ontbinden indien de andere partij "
                          "toerekenbaar tekortschiet en die tekortkoming niet binnen zestig dagen na "
                          "schriftelijke ingebrekestelling heeft hersteld."))
    B.append(("ol", "4.", "Na opzegging of ontbinding worden geen nieuwe routedeelnemers toegelaten. "
                          "Partijen stellen routedeelnemers die de route op dat moment volgen in staat de "
                          "route af te ronden; de verplichtingen uit deze overeenkomst blijven voor hen van "
                          "kracht."))

    B.append(("h", "Artikel 15 \u2013 Slotbepaling"))
    B.append(("p", "Op deze overeenkomst is Nederlands recht van toepassing."))
    B.append(("p", "Aldus overeengekomen en in tweevoud ondertekend te Middelburg op 27 juni 2025."))
    B.append(("sig", [["Stichting Voortgezet Onderwijs Walcheren",
                       "Stichting Regionaal Opleidingencentrum Zeeland-West"],
                      ["\n\n____________________\ndrs. W.J. Francke\nbestuurder",
                       "\n\n____________________\nir. L.M. Verhulst-de Jonge\nvoorzitter college van "
                       "bestuur"]], [80, 80]))
    return B


# ---------------------------------------------------------------------------------------------
# Sample table
# ---------------------------------------------------------------------------------------------

SAMPLES = [
    {
        "name": "h41_automatische_nummering_westfriesland", "ext": "docx",
        "build": lambda p: render_docx(p, blocks_h41(), auto_articles=True,
                                       title="SOK doorlopende leerroute Horeca Westfriesland",
                                       author="Bestuursbureau SOVOW"),
        "expected": {
            "description": "DOCX, policy-officer style; article headings and leden use Word automatic "
                           "multilevel numbering ('Artikel %1', '%1.%2', no typed numbers); "
                           "Westfriesland; HBR kb -> Zelfstandig werkend kok 3.",
            "split": "heldout",
            "statuses": statuses("p p p p p p p p p p"),
            "evidence": {
                "a": "Welke route wij samen verzorgen",
                "b": "Inbreng van horecaondernemers en leerbedrijven",
                "c": "Het kernteam: samenstelling, benoeming en mandaat",
                "d": "Informatie en verantwoording aan de besturen",
                "e": "Inrichting: locaties, personeel en voorzieningen",
                "f": "Overstap naar een ander passend traject",
                "g": "Geld tussen de partners",
                "h": "Medezeggenschap",
                "i": "Geschillen",
                "j": "Looptijd, wijziging en beëindiging",
            },
        },
    },
    {
        "name": "h42_begeleidende_brief_zaanstreek", "ext": "pdf",
        "build": lambda p: render_pdf(p, blocks_h42(), font="Helvetica",
                                      title="Samenwerkingsovereenkomst doorlopende leerroute mechatronica",
                                      author="Vlietcollege Zaandam"),
        "expected": {
            "description": "PDF, director's covering letter on page 1 followed by a numbered "
                           "agreement (1.1-style); Zaanstreek; PIE kb -> Eerste monteur "
                           "mechatronica 3. Business involvement only in the considerans; transfer "
                           "amount without purpose; medezeggenschap only describes the law and what "
                           "'kan'; disputes only 'in goed onderling overleg'.",
            "split": "heldout",
            "statuses": statuses("p m p p p p w na w p"),
            "evidence": {
                "a": "1. De route",
                "c": "2. Leiding",
                "d": "3. Verantwoording",
                "e": "4. Uitvoering van het onderwijs",
                "f": "5. Overstappen",
                "j": "9. Nieuwe partners, looptijd en beëindiging",
            },
        },
    },
    {
        "name": "h43_zeer_kort_midden_holland", "ext": "txt",
        "build": lambda p: render_text(p, TEXT_H43),
        "expected": {
            "description": "TXT, very short director's agreement (nine run-in paragraphs, under one "
                           "page); Midden-Holland (Gouda); E&O bb -> Logistiek medewerker 2. "
                           "Verantwoording only restates the statute; toetreding left as a dotted "
                           "line; nothing on medezeggenschap.",
            "split": "heldout",
            "statuses": statuses("p p p w p p p na p w"),
            "evidence": {
                "a": "1. Route.",
                "b": "2. Bedrijven.",
                "c": "3. Leiding.",
                "e": "5. Uitvoering.",
                "f": "6. Overstap.",
                "g": "7. Geld.",
                "i": "8. Geschillen.",
            },
        },
    },
    {
        "name": "h44_lang_tabellen_bijlagen_west_brabant", "ext": "docx",
        "build": lambda p: render_docx(p, blocks_h44(),
                                       title="Samenwerkingsovereenkomst doorlopende leerroutes Zorg & "
                                             "Welzijn West-Brabant",
                                       author="Bestuursbureau SKVO-R"),
        "expected": {
            "description": "DOCX, long three-party agreement (two vmbo boards + ROC) with a contents "
                           "list, Heading 1 'Artikel N \u2013 titel', Word tables for routes, leiding, "
                           "programme per year, and three annexes (financial schedule, overstapmatrix, "
                           "calendar); West-Brabant; Z&W kb -> Verzorgende-IG 3 and Z&W gl -> "
                           "Onderwijsassistent 4. Transfers both ways with amounts and purposes.",
            "split": "heldout",
            "statuses": statuses("p p p p p p p p p p"),
            "evidence": {
                "a": "Artikel 2 \u2013 Onderwerp en routes",
                "b": "Artikel 3 \u2013 Betrokkenheid van het werkveld",
                "c": "Artikel 4 \u2013 Leiding over de routes",
                "d": "Artikel 5 \u2013 Inlichtingen en verantwoording",
                "e": "Artikel 7 \u2013 Organisatorische inrichting: personeel en faciliteiten",
                "f": "Artikel 8 \u2013 Overstapoptie",
                "g": "Artikel 9 \u2013 Overdracht van bekostiging",
                "h": "Artikel 10 \u2013 Medezeggenschap",
                "i": "Artikel 11 \u2013 Geschillenregeling",
                "j": "Artikel 13 \u2013 Duur, opzegging en ontbinding",
            },
        },
    },
    {
        "name": "h45_geintegreerde_route_advocaat_noord_drenthe", "ext": "pdf",
        "build": lambda p: render_pdf(p, blocks_h45(), font="Times-Roman",
                                      title="Samenwerkingsovereenkomst geintegreerde route Groen",
                                      author="CSG Esborg / De Drentse Es",
                                      running="Samenwerkingsovereenkomst geïntegreerde route Groen "
                                              "\u2013 CSG Esborg / De Drentse Es"),
        "expected": {
            "description": "PDF, law-firm style (DE ONDERGETEKENDEN, OVERWEGENDE, defined terms with "
                           "capitals, 'Artikel N. Titel' with N.M leden); Noord-Drenthe; "
                           "geïntegreerde route Groen bb -> Medewerker dierverzorging 2 with a "
                           "vakinstelling. Leiding deferred to a later routereglement; a leaver is "
                           "automatically enrolled in Entree; medezeggenschap article is a [PM] "
                           "placeholder.",
            "split": "heldout",
            "statuses": statuses("p p w p p w p w p p"),
            "evidence": {
                "a": "Artikel 2. Voorwerp van de overeenkomst",
                "b": "Artikel 3. Betrokkenheid van het werkveld",
                "d": "Artikel 5. Informatieplicht en verantwoording",
                "e": "Artikel 6. Inrichting van de Route",
                "g": "Artikel 8. Bekostiging",
                "i": "Artikel 10. Geschillen",
                "j": "Artikel 12. Duur, wijziging en beëindiging",
            },
        },
    },
    {
        "name": "h46_eenvoudige_taal_noordoost_friesland", "ext": "md",
        "build": lambda p: render_text(p, TEXT_H46),
        "expected": {
            "description": "Markdown, plain language for pupils and parents ('we spreken af'), "
                           "question headings, bullet lists and a signature table; "
                           "Noordoost-Friesland (Dokkum); M&T bb -> Autotechnicus 2. Explicitly no "
                           "transfer of bekostiging; extra medezeggenschap arrangements.",
            "split": "heldout",
            "statuses": statuses("p p p p p p p p p p"),
            "evidence": {
                "a": "Over welke opleiding gaat het?",
                "b": "Welke bedrijven doen mee, en wat doen ze?",
                "c": "Wie leidt de route?",
                "d": "Hoe houden de besturen toezicht?",
                "e": "Waar krijg je les, en van wie?",
                "f": "Wat als het niet lukt, of als je iets anders wilt?",
                "g": "Gaat er geld van de ene school naar de andere?",
                "h": "Hebben leerlingen en ouders iets te zeggen?",
                "i": "Wat als de school en het ROC het oneens zijn?",
                "j": "Kan er een school bijkomen, en hoe kan deze afspraak veranderen of stoppen?",
            },
        },
    },
    {
        "name": "h47_consortium_vier_partners_stedendriehoek", "ext": "docx",
        "build": lambda p: render_docx(p, blocks_h47(),
                                       title="Consortiumovereenkomst Digitale Vakmensen Stedendriehoek",
                                       author="Consortiumsecretariaat"),
        "expected": {
            "description": "DOCX, consortium secretary's text for four parties (three vmbo boards + "
                           "ROC) with a version table and unnumbered bold headings (no Heading "
                           "styles); Stedendriehoek; MVI kb/gl -> Software developer 4 and "
                           "Mediavormgever 4. Business involvement only an aim with later "
                           "elaboration; an overstap within the same ROC requires the vmbo diploma "
                           "and admission requirements; not a word about money.",
            "split": "heldout",
            "statuses": statuses("p w p p p w m p p p"),
            "evidence": {
                "a": "Wat we aanbieden",
                "c": "Regiegroep en routecoördinatoren",
                "d": "Rapportage aan de besturen",
                "e": "Onderwijs, docenten en voorzieningen",
                "h": "Medezeggenschap",
                "i": "Als we het oneens zijn",
                "j": "Nieuwe partners, wijzigingen en uittreden",
            },
        },
    },
    {
        "name": "h48_klassieke_artikelen_walcheren", "ext": "pdf",
        "build": lambda p: render_pdf(p, blocks_h48(), font="Times-Roman",
                                      title="Samenwerkingsovereenkomst doorlopende leerroute bouw "
                                            "Walcheren",
                                      author="Stichting Voortgezet Onderwijs Walcheren"),
        "expected": {
            "description": "PDF, classic formal agreement (Times, 'Artikel N \u2013 Titel' with "
                           "numbered leden, 'In aanmerking nemende dat'); Walcheren; BWI kb -> "
                           "Allround timmerman 3. Transfer from the ROC to the school (art. 9.1.15 "
                           "WEB) with amount and purpose.",
            "split": "heldout",
            "statuses": statuses("p p p p p p p p p p"),
            "evidence": {
                "a": "Artikel 2 \u2013 Doel en inhoud van de route",
                "b": "Artikel 3 \u2013 Betrokkenheid van het bouwbedrijfsleven",
                "c": "Artikel 4 \u2013 De routeraad",
                "d": "Artikel 5 \u2013 Inlichtingen en verantwoording",
                "e": "Artikel 7 \u2013 Personeel en voorzieningen",
                "f": "Artikel 8 \u2013 Overstapoptie",
                "g": "Artikel 9 \u2013 Overdracht van middelen",
                "h": "Artikel 10 \u2013 Medezeggenschap",
                "i": "Artikel 11 \u2013 Geschillen",
                "j": "Artikel 14 \u2013 Duur en beëindiging",
            },
        },
    },
]


# ---------------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------------

def _path(s):
    return os.path.join(HERE, "%s.%s" % (s["name"], s["ext"]))


def _json_path(s):
    return os.path.join(HERE, "%s.expected.json" % s["name"])


def build(sample):
    sample["build"](_path(sample))
    with open(_json_path(sample), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(sample["expected"], fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", os.path.basename(_path(sample)))


def extract_text(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        n = len(pdf)
        pdf.close()
        return "\n".join(parts), n
    if path.endswith(".docx"):
        import docx
        from xml.etree import ElementTree as ET
        docx.Document(path)  # must open
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag == W + "tab":
                    buf.append("\t")
                elif el.tag == W + "br":
                    buf.append("\n")
            paras.append("".join(buf))
        return "\n".join(paras), None
    with open(path, encoding="utf-8") as fh:
        return fh.read(), None


def _norm(s):
    return " ".join(s.split())


def check(samples):
    ok = True
    for s in samples:
        path = _path(s)
        name = os.path.basename(path)
        problems = []
        if not os.path.exists(path):
            problems.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= MAX_BYTES:
                problems.append("too large: %d bytes" % size)
            try:
                text, pages = extract_text(path)
            except Exception as exc:  # noqa: BLE001
                problems.append("does not open: %r" % exc)
                text, pages = "", None
            norm = _norm(text)
            if len(norm) < 500:
                problems.append("hardly any text extracted")
            exp = s["expected"]
            for key, ev in exp.get("evidence", {}).items():
                if exp["statuses"][key] != "present":
                    problems.append("evidence for non-present item %s" % key)
                if _norm(ev) not in norm:
                    problems.append("evidence %s not found: %r" % (key, ev))
            if s["ext"] == "docx" and s["name"].startswith("h41"):
                with zipfile.ZipFile(path) as z:
                    xml = z.read("word/document.xml").decode("utf-8")
                    numxml = z.read("word/numbering.xml").decode("utf-8")
                if 'w:numId w:val="%d"' % ART_NUM_ID not in xml or "Artikel %1" not in numxml:
                    problems.append("automatic article numbering not found")
                if re.search(r"<w:t[^>]*>Artikel \d", xml):
                    problems.append("typed article numbers found in h41")
            if pages is not None:
                print("  %s: %d pages, %d bytes" % (name, pages, size))
            else:
                print("  %s: %d bytes, %d words" % (name, size, len(norm.split())))
        jp = _json_path(s)
        if not os.path.exists(jp):
            problems.append("missing expected.json")
        else:
            with open(jp, encoding="utf-8") as fh:
                on_disk = json.load(fh)
            if on_disk != s["expected"]:
                problems.append("expected.json differs from the script's table")
            if on_disk.get("split") != "heldout":
                problems.append("split is not heldout")
            if sorted(on_disk.get("statuses", {})) != list("abcdefghij"):
                problems.append("statuses must have a..j")
        if problems:
            ok = False
            for p in problems:
                print("FAIL %s: %s" % (name, p))
        else:
            print("ok   %s" % name)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check(SAMPLES) else 1)
    wanted = [a for a in argv if not a.startswith("-")]
    for s in SAMPLES:
        if not wanted or any(s["name"].startswith(w) for w in wanted):
            build(s)


if __name__ == "__main__":
    main(sys.argv[1:])
