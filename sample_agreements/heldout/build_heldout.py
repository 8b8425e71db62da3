#!/usr/bin/env python3
"""Build the held-out sample agreements h01..h16 and their expected-label files.

These samples were written after the checker's rules were fixed, by an author who did
not read the checker code, the model code or the existing samples' texts. They follow
the labelling rules in ../LABELS.md (split "heldout").

    python3 sample_agreements/heldout/build_heldout.py           # build everything
    python3 sample_agreements/heldout/build_heldout.py h03 h07   # only these samples
    python3 sample_agreements/heldout/build_heldout.py --check   # open every file and verify it

Output is deterministic: reportlab runs with invariant=1; DOCX packages get fixed core
properties and fixed zip timestamps. All schools, instellingen, companies and people
are made up.
"""
import datetime
import io
import json
import re
import sys
import textwrap
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

ITEMS = "abcdefghij"


# --------------------------------------------------------------------------------------
# A tiny markup for the agreement texts
#
#   T: title            S: subtitle           C: centred small line
#   H: heading          H2: sub-heading       B: bold line (not a heading style)
#   P: paragraph        L: indented item      LL: deeper indented item
#   N: automatically numbered item (DOCX "List Number"; PDF renders its own number)
#   Q: quoted / indented block text
#   TABLE:name          a table from the sample's table dict
#   ---                 page break
#   A line without a marker continues the open block; a blank line closes it.
#   **bold** inside a block is rendered bold.
# --------------------------------------------------------------------------------------
MARKERS = ("T:", "S:", "C:", "H:", "H2:", "B:", "P:", "L:", "LL:", "N:", "Q:")


def parse(src):
    blocks = []
    cur = None
    for raw in textwrap.dedent(src).splitlines():
        line = raw.rstrip()
        if not line.strip():
            cur = None
            continue
        s = line.strip()
        if s == "---":
            blocks.append(["PB", ""])
            cur = None
            continue
        if s.startswith("TABLE:"):
            blocks.append(["TABLE", s[6:].strip()])
            cur = None
            continue
        for m in MARKERS:
            if s.startswith(m + " ") or s == m:
                cur = [m[:-1], s[len(m):].strip()]
                blocks.append(cur)
                break
        else:
            if cur is None or cur[0] not in ("P", "L", "LL", "N", "Q"):
                cur = ["P", s]
                blocks.append(cur)
            else:
                cur[1] = (cur[1] + " " + s).strip()
    return [tuple(b) for b in blocks]


def plain(text):
    """Text without the **bold** markers."""
    return text.replace("**", "")


def write_expected(stem, description, statuses, evidence):
    assert set(statuses) == set(ITEMS), stem
    for k, v in statuses.items():
        assert v in ("present", "weak", "missing", "not_applicable"), (stem, k, v)
    for k in evidence:
        assert statuses[k] == "present", (stem, k)
    for k, v in statuses.items():
        if v == "present":
            assert k in evidence, (stem, k)
    data = {
        "description": description,
        "split": "heldout",
        "statuses": {k: statuses[k] for k in ITEMS},
        "evidence": {k: evidence[k] for k in ITEMS if k in evidence},
    }
    (HERE / f"{stem}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------
# PDF rendering (reportlab)
# --------------------------------------------------------------------------------------
def _pdf_imports():
    global A4, mm, ParagraphStyle, TA_CENTER, TA_JUSTIFY, colors, canvas
    global BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle
    global PageBreak, NextPageTemplate, FrameBreak, TableOfContents
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                    Table, TableStyle, PageBreak, NextPageTemplate, FrameBreak)
    from reportlab.platypus.tableofcontents import TableOfContents


def esc(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)


def pdf_styles(font="Helvetica", bold="Helvetica-Bold", italic="Helvetica-Oblique",
               size=10, lead=None, hsize=None, h2size=None, justify=False):
    lead = lead or size * 1.32
    hsize = hsize or size + 2
    h2size = h2size or size + 0.5
    al = TA_JUSTIFY if justify else 0
    st = {
        "T": ParagraphStyle("T", fontName=bold, fontSize=size + 8, leading=size + 12,
                            alignment=TA_CENTER, spaceAfter=4),
        "S": ParagraphStyle("S", fontName=font, fontSize=size + 2, leading=size + 5,
                            alignment=TA_CENTER, spaceAfter=3),
        "C": ParagraphStyle("C", fontName=italic, fontSize=size - 1, leading=size + 2,
                            alignment=TA_CENTER, spaceAfter=6),
        "H": ParagraphStyle("H", fontName=bold, fontSize=hsize, leading=hsize * 1.25,
                            spaceBefore=size * 1.0, spaceAfter=size * 0.35, keepWithNext=1),
        "H2": ParagraphStyle("H2", fontName=bold, fontSize=h2size, leading=h2size * 1.25,
                             spaceBefore=size * 0.8, spaceAfter=size * 0.25, keepWithNext=1),
        "B": ParagraphStyle("B", fontName=bold, fontSize=size, leading=lead,
                            spaceBefore=size * 0.5, spaceAfter=2, keepWithNext=1),
        "P": ParagraphStyle("P", fontName=font, fontSize=size, leading=lead,
                            spaceAfter=size * 0.45, alignment=al),
        "L": ParagraphStyle("L", fontName=font, fontSize=size, leading=lead, leftIndent=16,
                            spaceAfter=size * 0.25, alignment=al),
        "LL": ParagraphStyle("LL", fontName=font, fontSize=size, leading=lead, leftIndent=32,
                             spaceAfter=size * 0.2, alignment=al),
        "N": ParagraphStyle("N", fontName=font, fontSize=size, leading=lead, leftIndent=18,
                            firstLineIndent=-18, spaceAfter=size * 0.3, alignment=al),
        "Q": ParagraphStyle("Q", fontName=font, fontSize=size, leading=lead, leftIndent=24,
                            rightIndent=12, spaceAfter=size * 0.4, alignment=al),
        "TH": ParagraphStyle("TH", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        "TD": ParagraphStyle("TD", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
    }
    return st


def pdf_story(blocks, st, tables=None, col_widths=None):
    tables = tables or {}
    col_widths = col_widths or {}
    story = []
    n = 0
    for kind, text in blocks:
        if kind == "PB":
            story.append(PageBreak())
        elif kind == "TABLE":
            rows = tables[text]
            data = [[Paragraph(esc(c), st["TH"] if i == 0 else st["TD"]) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=col_widths.get(text), repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "N":
            n += 1
            story.append(Paragraph(f"{n}.&nbsp;&nbsp;" + esc(text), st["N"]))
        else:
            story.append(Paragraph(esc(text), st[kind]))
    return story


def numbered_canvas(draw):
    """A canvas class that knows the total page count when drawing header/footer."""
    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            canvas.Canvas.__init__(self, *args, **kwargs)
            self._saved_pages = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                draw(self, self._pageNumber, total)
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)
    return NumberedCanvas


def simple_pdf(path, story, title, author, margins=(25, 25, 22, 22), draw=None,
               toc_doc=False):
    left, right, top, bottom = [m * mm for m in margins]

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            if toc_doc and isinstance(flowable, Paragraph) and flowable.style.name == "H":
                self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))

    doc = Doc(str(path), pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
              bottomMargin=bottom, title=title, author=author, subject=title,
              creator="build_heldout.py", invariant=1)
    frame = Frame(left, bottom, A4[0] - left - right, A4[1] - top - bottom, id="body")
    doc.addPageTemplates([PageTemplate(id="body", frames=[frame])])
    maker = numbered_canvas(draw) if draw else canvas.Canvas
    if toc_doc:
        doc.multiBuild(story, canvasmaker=maker)
    else:
        doc.build(story, canvasmaker=maker)


# --------------------------------------------------------------------------------------
# DOCX rendering (python-docx)
# --------------------------------------------------------------------------------------
def _docx_imports():
    global Document, Pt, Cm, WD_ALIGN_PARAGRAPH, OxmlElement, qn
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn


def add_runs(par, text, bold=False, italic=False, size=None):
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part, b = part[2:-2], True
        r = par.add_run(part)
        r.bold = b or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
    return par


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def docx_table(doc, rows, widths=None, header_fill="D9E2F3"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            add_runs(cell.paragraphs[0], val, bold=(i == 0))
            if i == 0:
                shade(cell, header_fill)
            if widths:
                cell.width = Cm(widths[j])
    if len(rows) > 1:
        # repeat header row on every page
        trPr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trPr.append(th)
    return t


def docx_render(doc, blocks, heading_mode="style", tables=None, widths=None,
                heading_size=13, h2_size=11.5):
    """heading_mode: 'style' -> Word Heading 1/2 styles; 'bold' -> bold Normal paragraphs."""
    tables = tables or {}
    widths = widths or {}
    for kind, text in blocks:
        if kind == "PB":
            doc.add_page_break()
        elif kind == "TABLE":
            docx_table(doc, tables[text], widths.get(text))
            doc.add_paragraph()
        elif kind == "T":
            if heading_mode == "style":
                doc.add_heading(plain(text), level=0)
            else:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_runs(p, text, bold=True, size=17)
        elif kind == "S":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, text, size=12.5)
        elif kind == "C":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, text, italic=True, size=9.5)
        elif kind in ("H", "H2"):
            if heading_mode == "style":
                doc.add_heading(plain(text), level=1 if kind == "H" else 2)
            else:
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(10)
                p.paragraph_format.keep_with_next = True
                add_runs(p, text, bold=True, size=heading_size if kind == "H" else h2_size)
        elif kind == "B":
            p = doc.add_paragraph()
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.left_indent = Cm(1.0)
            add_runs(p, text, bold=True)
        elif kind == "N":
            add_runs(doc.add_paragraph(style="List Number"), text)
        elif kind in ("L", "LL", "Q"):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm({"L": 0.8, "LL": 1.6, "Q": 1.0}[kind])
            add_runs(p, text)
        else:
            add_runs(doc.add_paragraph(), text)


def new_docx(title, author, font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    cp.keywords = "doorlopende leerroute; vmbo; mbo"
    cp.comments = ""
    cp.category = ""
    return doc


def add_field(par, instr):
    """Insert a simple Word field (PAGE, NUMPAGES) into a paragraph."""
    r = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = par.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    par.add_run("1")
    r4 = par.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._r.append(e)


def save_docx(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    Path(path).write_bytes(out.getvalue())


def write_text(path, text):
    Path(path).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")


def wrap_txt(text, width=72):
    """Hard-wrap a plain-text agreement; lines starting with '  ' keep a hanging indent."""
    out = []
    for para in textwrap.dedent(text).strip("\n").split("\n"):
        if not para.strip():
            out.append("")
            continue
        m = re.match(r"^(\s*)(\(\d+\)|[a-z]\.|-)?\s*", para)
        indent = m.group(1)
        label = m.group(2) or ""
        if label:
            first = indent + label + " "
            rest = " " * len(first)
            body = para[m.end():]
        else:
            first = rest = indent
            body = para.strip()
        out.append(textwrap.fill(body, width=width, initial_indent=first,
                                 subsequent_indent=rest, break_on_hyphens=False))
    return "\n".join(out) + "\n"


# ======================================================================================
# h01  PDF  notariële akte, running header/footer with "Blad N van M"  (Kennemerland)
# ======================================================================================
H01 = """
T: SAMENWERKINGSOVEREENKOMST
S: doorlopende leerroute vmbo-mbo "Recht & Zaak" te Haarlem
C: Akte van vastlegging — repertoriumnummer 2025/0418

Heden, vijftien mei tweeduizend vijfentwintig, verschenen voor mij, mr. Eline Wilhelmina
Brederode, notaris met plaats van vestiging Haarlem:

L: 1. de heer mr. Pieter Jan Roosendaal, geboren te Bloemendaal op drie maart
negentienhonderdzeventig, te dezen handelend als voorzitter van het college van bestuur en als
zodanig bevoegd tot vertegenwoordiging van de stichting: **Stichting Voortgezet Onderwijs Duin
en Spaarne**, statutair gevestigd te Haarlem, kantoorhoudende te 2012 AB Haarlem,
Kleverparkweg 14, ingeschreven in het handelsregister van de Kamer van Koophandel onder
nummer 41208865, bevoegd gezag van het Kenau College, school voor mavo en vbo, hierna te
noemen: "de School";
L: 2. mevrouw drs. Anouk Maria Verheul, geboren te Heemstede op elf november
negentienhonderdachtenzeventig, te dezen handelend als lid van de raad van bestuur en als
zodanig bevoegd tot vertegenwoordiging van de stichting: **Stichting Regionaal
Opleidingencentrum Kennemerkust**, statutair gevestigd te Haarlem, kantoorhoudende te 2031 BK
Haarlem, Zijlweg 200, ingeschreven in het handelsregister onder nummer 34117702, hierna te
noemen: "het ROC".

School en ROC worden hierna gezamenlijk aangeduid als "Partijen" en ieder afzonderlijk als
"Partij".

De comparanten, handelend als gemeld, verklaarden vooraf:

L: (i) dat Partijen sinds het schooljaar 2022-2023 op beperkte schaal samenwerken in een
oriëntatieprogramma juridische dienstverlening voor leerlingen van de gemengde leerweg;
L: (ii) dat Partijen deze samenwerking willen omzetten in een doorlopende leerroute vmbo-mbo als
bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet
educatie en beroepsonderwijs;
L: (iii) dat het voorgenomen besluit tot samenwerking ter advisering is voorgelegd aan de
medezeggenschapsraad van de School en de studentenraad van het ROC, die beide positief hebben
geadviseerd;
L: (iv) dat Partijen hun afspraken, mede met het oog op de bewijskracht daarvan, in een
notariële akte wensen vast te leggen.

De comparanten, handelend als gemeld, verklaarden vervolgens dat Partijen zijn overeengekomen
als volgt:

H: Artikel 1. Begrippen
In deze akte wordt verstaan onder:
L: a. leerroute: de doorlopende leerroute vmbo-mbo "Recht & Zaak", bedoeld in artikel 2;
L: b. vo-fase: de eerste twee leerjaren van de leerroute, waarin de deelnemer als leerling van
de School is ingeschreven;
L: c. mbo-fase: het derde en de volgende leerjaren van de leerroute, waarin de deelnemer als
student van het ROC is ingeschreven;
L: d. deelnemer: een leerling of student die aan de leerroute deelneemt;
L: e. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en
examenregeling voor de gehele leerroute.

H: Artikel 2. Voorwerp van de overeenkomst
P: 1. School en ROC verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk de leerroute.
De leerroute begint in het derde leerjaar van de gemengde leerweg, profiel Economie en
ondernemen, van het Kenau College.
P: 2. De leerroute leidt tot het diploma vmbo gemengde leerweg en tot het diploma van de
middenkaderopleiding Juridisch medewerker zakelijke dienstverlening, niveau 4, in de
beroepsopleidende leerweg.
P: 3. De nominale duur van de leerroute bedraagt vijf jaren, waarvan twee in de vo-fase en drie
in de mbo-fase.

H: Artikel 3. Inbreng van het beroepenveld
P: 1. Partijen richten een praktijkraad in, waarin in elk geval zitting hebben een
vertegenwoordiger van Advocatenkantoor Spaarnehof te Haarlem, van Gerechtsdeurwaarderskantoor
Van Lier & De Waal te Heemstede en van Administratie- en belastingadvieskantoor Kennemer
Fiscaal te Haarlem.
P: 2. De praktijkraad en de daarin vertegenwoordigde ondernemingen verbinden zich jegens
Partijen:
L: a. jaarlijks vóór één april advies uit te brengen over de inhoud van de praktijkopdrachten en
de keuze van de keuzedelen;
L: b. gezamenlijk ten minste vier gastcolleges per schooljaar in de vo-fase te verzorgen;
L: c. voor iedere deelnemer in het tweede leerjaar een meeloopstage van vijf dagen en voor de
mbo-fase leerbedrijfsplaatsen voor de beroepspraktijkvorming beschikbaar te stellen;
L: d. een beoordelaar uit de praktijk te leveren bij de proeve van bekwaamheid in het vijfde
leerjaar.
P: 3. Het ROC draagt er zorg voor dat de leerbedrijven zijn erkend door de
Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven.

H: Artikel 4. Bestuur van de leerroute
P: 1. De leiding over de leerroute berust bij een routedirectie, bestaande uit de
afdelingsleider bovenbouw vmbo van het Kenau College en de opleidingsmanager Zakelijke en
juridische dienstverlening van het ROC.
P: 2. De leden van de routedirectie worden voor een termijn van vier jaren aangewezen bij
gelijkluidend besluit van het college van bestuur van de School en de raad van bestuur van het
ROC. Ieder bestuur draagt het lid uit de eigen organisatie voor; herbenoeming is mogelijk. Bij
een vacature doet het bestuur dat het vertrokken lid had voorgedragen binnen drie maanden een
nieuwe voordracht.
P: 3. De besturen dragen aan de routedirectie op:
L: a. het jaarlijks opstellen van het concept-PTA/OER, dat door beide besturen wordt vastgesteld;
L: b. het vaststellen van het rooster en de lessentabel van de leerroute;
L: c. de dagelijkse aansturing van het routeteam, bedoeld in artikel 6, en de verdeling van de
werkzaamheden binnen dat team;
L: d. het onderhouden van de betrekkingen met de praktijkraad en de leerbedrijven;
L: e. het beheer van het routebudget.
P: 4. De routedirectie is bevoegd namens beide Partijen verplichtingen aan te gaan tot een bedrag
van tienduizend euro (€ 10.000) per geval, binnen het door de besturen vastgestelde
routebudget. Besluiten over formatie, huisvesting en verplichtingen boven dat bedrag blijven
aan de besturen voorbehouden.

H: Artikel 5. Inlichtingen en rekenschap
P: 1. De routedirectie zendt vóór één november van ieder jaar aan beide besturen een schriftelijk
jaarverslag over het verstreken schooljaar. Het jaarverslag bevat ten minste de instroom,
doorstroom en uitstroom van deelnemers, de examenresultaten, de besteding van het routebudget
en de uitkomsten van de tevredenheidsmeting onder deelnemers en leerbedrijven.
P: 2. Tweemaal per jaar, in maart en in oktober, voeren de besturen bestuurlijk overleg met de
routedirectie, waarin deze mondeling rekenschap aflegt van het gevoerde beleid.
P: 3. Omstandigheden die de continuïteit van de leerroute in gevaar kunnen brengen, meldt de
routedirectie onverwijld schriftelijk aan beide besturen.

H: Artikel 6. Inrichting van onderwijs en organisatie
P: 1. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar
vastgelegd in het PTA/OER. Daarin wordt aangegeven welke onderdelen tot het vmbo-programma,
welke tot het mbo-programma en welke tot beide behoren. Het PTA/OER wordt jaarlijks vóór één
oktober door beide besturen vastgesteld.
P: 2. Het onderwijs in de vo-fase wordt gegeven in het gebouw van het Kenau College; het onderwijs
in de mbo-fase op de campus Zijlweg van het ROC. In het tweede leerjaar volgen de deelnemers één
dag per week onderwijs op de campus Zijlweg.
P: 3. De leerroute wordt verzorgd door één routeteam van leraren in dienst van de School en
docenten in dienst van het ROC. Het ROC stelt voor de vo-fase jaarlijks ten minste 0,4 fte
docentcapaciteit beschikbaar, de School voor de mbo-fase 0,1 fte ten behoeve van de afronding
van het vmbo-examen. Voor de vakoverstijgende onderdelen "Recht in de praktijk" en "Zakelijke
communicatie" wordt gebruikgemaakt van de teambevoegdheid: het team is gezamenlijk voor alle
onderdelen bevoegd en ieder teamlid draagt verantwoordelijkheid voor het onderdeel waarvoor
hij of zij bevoegd is. Het werkgeverschap blijft bij de Partij waarbij het teamlid in dienst is.
P: 4. Het ROC stelt de oefenrechtszaal en het mediatheekcentrum van de campus Zijlweg gedurende
twee dagdelen per week beschikbaar voor de deelnemers in de vo-fase. De School stelt een vaste
werkplek en de ICT-voorzieningen van het Kenau College ter beschikking aan de docenten van het
ROC die in de vo-fase lesgeven.
P: 5. Een klacht over een gedraging van een medewerker van de ene Partij jegens een deelnemer die
bij de andere Partij is ingeschreven, wordt behandeld volgens de klachtenregeling van de Partij
waar de deelnemer is ingeschreven; de andere Partij verleent daaraan volledige medewerking.

H: Artikel 7. Voortzetting van de schoolloopbaan
P: 1. Verlaat een deelnemer de leerroute voordat hij deze met goed gevolg heeft voltooid, dan
stellen School en ROC hem in staat een vmbo-diploma of een mbo-diploma te behalen dat past bij
het door hem bereikte onderwijsniveau en bij zijn leeftijd. School en ROC bepalen, na een
gesprek met de deelnemer en diens ouders of verzorgers, gezamenlijk welke voortzetting het
meest kansrijk is.
P: 2. Gedurende de vo-fase kan de deelnemer zijn opleiding voortzetten in de reguliere gemengde
leerweg van het Kenau College, in hetzelfde of een ander profiel, of overstappen naar een andere
doorlopende leerroute van de School.
P: 3. In de mbo-fase kan de deelnemer worden geplaatst in een andere opleiding van het ROC op
niveau 4 of, indien dat beter aansluit, op niveau 3. Voor een plaatsing binnen het ROC gelden de
vooropleidingseisen niet.
P: 4. Heeft de deelnemer aan het einde van het derde leerjaar van de leerroute het vmbo-diploma
niet behaald, dan mag hij, naar het gezamenlijk oordeel van School en ROC, hetzij de
mbo-opleiding vervolgen en het vmbo-examen in het daaropvolgende jaar opnieuw afleggen, hetzij
een andere mbo-opleiding op vergelijkbaar niveau volgen.
P: 5. Kiest de deelnemer voor een opleiding bij een andere instelling, dan dragen School en ROC
zorg voor een warme overdracht van zijn dossier.

H: Artikel 8. Financiële bepalingen
P: 1. De School draagt met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 aan
het ROC een deel van haar bekostiging over ten bedrage van elfhonderdtachtig euro (€ 1.180) per
deelnemer die op één oktober van het betreffende schooljaar in de vo-fase van de leerroute is
ingeschreven.
P: 2. Het ROC besteedt het overgedragen bedrag uitsluitend aan de docentcapaciteit en het
gebruik van de voorzieningen, bedoeld in artikel 6, derde en vierde lid.
P: 3. De School maakt het bedrag vóór één december van het betreffende schooljaar over. Overige
kosten komen voor rekening van de Partij die ze maakt.

H: Artikel 9. Medezeggenschap
P: 1. De wettelijke regels over medezeggenschap blijven onverkort van toepassing. Daarnaast
stellen Partijen een routeklankbord in, bestaande uit een ouder en een leerling uit de
medezeggenschapsraad van de School en twee leden van de studentenraad van het ROC.
P: 2. De routedirectie legt het concept-PTA/OER en ieder voorstel tot wijziging van deze akte aan
het routeklankbord voor. Het routeklankbord kan daarover gevraagd en ongevraagd advies
uitbrengen aan beide besturen, die daarop gemotiveerd reageren.
P: 3. Deelnemers in de vo-fase mogen de openbare vergaderingen van de studentenraad van het ROC
bijwonen en daar het woord voeren.

H: Artikel 10. Beslechting van geschillen
P: 1. Ontstaat tussen Partijen een geschil over de uitvoering van deze overeenkomst, dan treden de
bestuurders van beide Partijen binnen veertien dagen na een schriftelijke melding door de meest
gerede Partij met elkaar in overleg.
P: 2. Is het geschil zes weken na die melding niet opgelost, dan leggen Partijen het voor aan een
mediator die zij gezamenlijk aanwijzen uit het register van de Mediatorsfederatie Nederland.
P: 3. Leidt de mediation niet binnen drie maanden tot een oplossing, dan wordt het geschil bij
uitsluiting beslecht door de bevoegde rechter van de Rechtbank Noord-Holland, locatie Haarlem.
Op deze overeenkomst is Nederlands recht van toepassing.

H: Artikel 11. Toetreding
P: 1. Het bevoegd gezag van een andere school voor vmbo of van een andere instelling voor
beroepsonderwijs kan tot deze overeenkomst toetreden, indien:
L: a. beide Partijen daarmee schriftelijk instemmen;
L: b. de toetreder in een door alle betrokkenen getekende toetredingsverklaring alle rechten en
verplichtingen uit deze akte aanvaardt;
L: c. de toetreding ingaat op één augustus, zodat het lopende schooljaar ongestoord kan worden
afgerond; en
L: d. de toetreder samen met Partijen de melding aan de Minister doet.
P: 2. Afspraken die uit de toetreding voortvloeien, mogen geen nadelige gevolgen hebben voor
deelnemers die op het moment van toetreding al in de leerroute zijn ingeschreven.

H: Artikel 12. Duur, wijziging en beëindiging
P: 1. Deze overeenkomst geldt voor onbepaalde tijd, met ingang van één augustus tweeduizend
vijfentwintig.
P: 2. Wijziging van deze overeenkomst is uitsluitend mogelijk bij schriftelijke, door beide
besturen ondertekende akte. Een wijziging van het onderwijsprogramma geldt niet eerder dan voor
het eerstvolgende nieuwe cohort, tenzij de zittende deelnemers daardoor niet worden benadeeld.
P: 3. Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen het einde van een
schooljaar (eenendertig juli), met inachtneming van een opzegtermijn van ten minste twaalf
maanden.
P: 4. Iedere Partij kan de overeenkomst buitengerechtelijk ontbinden indien de andere Partij, na
schriftelijk in gebreke te zijn gesteld, binnen een redelijke termijn tekort blijft schieten in
de nakoming van een wezenlijke verplichting.
P: 5. Na opzegging of ontbinding stromen geen nieuwe deelnemers meer in. Partijen blijven de
leerroute verzorgen voor de deelnemers die op dat moment zijn ingeschreven, totdat zij deze
hebben afgerond of een overstap als bedoeld in artikel 7 hebben gemaakt.

H: Slot van de akte
De comparanten zijn mij, notaris, bekend. WAARVAN AKTE, in minuut verleden te Haarlem op de
datum in het hoofd van deze akte vermeld. Na zakelijke opgave van de inhoud van deze akte aan de
comparanten en het geven van een toelichting daarop, hebben de comparanten verklaard tijdig voor
het verlijden van de akte van de inhoud daarvan kennis te hebben genomen en op volledige
voorlezing daarvan geen prijs te stellen. Onmiddellijk na beperkte voorlezing is deze akte door
de comparanten en mij, notaris, ondertekend.

C: (volgen handtekeningen van de comparanten en van de notaris)
"""


def build_h01(stem):
    st = pdf_styles(font="Times-Roman", bold="Times-Bold", italic="Times-Italic", size=11,
                    justify=True)

    def draw(c, page, total):
        c.saveState()
        c.setFont("Times-Italic", 8.5)
        c.drawString(25 * mm, A4[1] - 13 * mm,
                     "Akte van samenwerking doorlopende leerroute vmbo-mbo — Duin en Spaarne / ROC Kennemerkust")
        c.drawRightString(A4[0] - 25 * mm, A4[1] - 13 * mm, "Rep. 2025/0418")
        c.line(25 * mm, A4[1] - 15 * mm, A4[0] - 25 * mm, A4[1] - 15 * mm)
        c.line(25 * mm, 15 * mm, A4[0] - 25 * mm, 15 * mm)
        c.setFont("Times-Roman", 9)
        c.drawString(25 * mm, 10 * mm, "mr. E.W. Brederode, notaris te Haarlem")
        c.drawRightString(A4[0] - 25 * mm, 10 * mm, f"Blad {page} van {total}")
        c.restoreState()

    simple_pdf(HERE / f"{stem}.pdf", pdf_story(parse(H01), st),
               "Akte samenwerkingsovereenkomst doorlopende leerroute Recht & Zaak",
               "mr. E.W. Brederode", draw=draw)
    write_expected(stem,
        "Notarial deed (PDF, Times, justified) with running header line and footer 'Blad N van M'; "
        "Kennemerland, E&O gl -> Juridisch medewerker zakelijke dienstverlening 4; 'Artikel N. Titel'; "
        "fully compliant with a routeklankbord, EUR 1.180 per pupil transfer and mediation then rechtbank.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="present", i="present", j="present"),
        dict(a="Artikel 2. Voorwerp van de overeenkomst", b="Artikel 3. Inbreng van het beroepenveld",
             c="Artikel 4. Bestuur van de leerroute", d="Artikel 5. Inlichtingen en rekenschap",
             e="Artikel 6. Inrichting van onderwijs en organisatie",
             f="Artikel 7. Voortzetting van de schoolloopbaan", g="Artikel 8. Financiële bepalingen",
             h="Artikel 9. Medezeggenschap", i="Artikel 10. Beslechting van geschillen",
             j="Artikel 12. Duur, wijziging en beëindiging"))

# ======================================================================================
# h02  PDF  two-column, municipality-policy style  (Oost-Brabant, Oss; PIE kb -> mbo-3)
# defects: d weak (intention only, no form/frequency), g weak (transfer without omvang)
# ======================================================================================
H02_TOP = """
T: Doorlopende leerroute Elektrotechniek Maasland
S: Samenwerkingsovereenkomst en uitvoeringskader 2025-2029
C: Maasland Scholengroep · ROC Brabant-Noordoost · opgesteld in afstemming met de gemeente Oss (Regionaal Techniekpact)
"""

H02 = """
H: Partijen
De Stichting Maasland Scholengroep, bevoegd gezag van het Maaspoort Vakcollege te Oss,
vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw ir. H.G.M. van Kessel
(hierna: de school), en de Stichting ROC Brabant-Noordoost, gevestigd te 's-Hertogenbosch,
vertegenwoordigd door de voorzitter van het college van bestuur, de heer J.A. Smulders MBA
(hierna: het ROC), leggen in deze overeenkomst het kader vast voor de doorlopende leerroute
Elektrotechniek.
P: De gemeente Oss is vanuit het Regionaal Techniekpact betrokken bij de totstandkoming van de
route, maar is geen partij bij deze overeenkomst.

H: 1. Aanleiding
De arbeidsmarktregio Noordoost-Brabant kampt met een structureel tekort aan elektrotechnisch
geschoolde vakmensen. De energietransitie — verduurzaming van de woningvoorraad,
laadinfrastructuur, zonnestroom — vergroot die vraag de komende jaren verder. Het Regionaal
Actieplan Techniek 2024 noemt het versnellen en versterken van de leerweg van vmbo naar mbo als
een van de speerpunten. Met deze leerroute geven de school en het ROC daar samen invulling aan.

H: 2. Wat bieden we aan?
De leerroute sluit aan op het profiel Produceren, installeren en energie (PIE) in de
kaderberoepsgerichte leerweg van het Maaspoort Vakcollege. Zij leidt tot het vmbo-diploma kader
en tot het mbo-diploma van de vakopleiding Eerste monteur elektrotechnische installaties woning
en utiliteit (niveau 3, BOL) in het opleidingsdomein Installatie- en energietechniek.
P: De route omvat vier leerjaren: leerjaar 3 en 4 op het vakcollege en twee leerjaren op de
Techniekcampus Oss van het ROC. Ambitie is een jaarlijkse instroom van ten minste twaalf
leerlingen vanaf 2026.

H: 3. Rol van het werkveld
Het werkveld is medevormgever van de route. De installatiebedrijven die zijn aangesloten bij
het Techniekpact Oss, waaronder Elektro Van der Heijden B.V., Installatiegroep Maasland en de
technische dienst van woningcorporatie Maaskant Wonen, hebben zich tot het volgende verbonden:
L: • elke leerling loopt in leerjaar 4 twee weken oriëntatiestage bij een van deze bedrijven;
L: • vakmensen uit de bedrijven verzorgen jaarlijks de projectweek "Stroom in de wijk";
L: • de bedrijven leveren de leden van de werkveldcommissie, die tweemaal per jaar het programma
en de praktijkopdrachten toetst en daarover advies geeft;
L: • in de mbo-fase stellen zij bpv-plaatsen beschikbaar en treden hun praktijkopleiders op als
beoordelaar bij de examens in de praktijk.
P: Het ROC legt de afspraken met ieder leerbedrijf vast in de praktijkovereenkomst.

H: 4. Regie en sturing
De route wordt aangestuurd door een regieteam. Het regieteam bestaat uit de teamleider techniek
van het Maaspoort Vakcollege, de opleidingsmanager installatietechniek van het ROC en een
routecoördinator. De teamleider en de opleidingsmanager worden door hun eigen college van
bestuur in het regieteam benoemd; de routecoördinator wordt door beide colleges van bestuur
gezamenlijk benoemd op voordracht van de andere twee leden.
P: Het regieteam is belast met het samenstellen van het gezamenlijke PTA/OER, het opstellen van
het jaarrooster, de inzet van docenten van beide partijen in de route, de werving en toelating
van leerlingen en het onderhouden van de contacten met het werkveld. Het regieteam beslist
zelfstandig over de invulling van het programma binnen het vastgestelde PTA/OER en over de
toelating van leerlingen tot de route. Besluiten met financiële of personele gevolgen buiten de
vastgestelde begroting en formatie legt het regieteam voor aan de colleges van bestuur.

H: 5. Informatie aan de besturen
Het regieteam streeft ernaar beide colleges van bestuur regelmatig op de hoogte te houden van
de ontwikkelingen in de route. Waar dat wenselijk is, kan het regieteam een gesprek met de
besturen aanvragen.

H: 6. Uitvoering
**Locaties.** Leerjaar 3 en 4 worden verzorgd op het Maaspoort Vakcollege, de mbo-fase op de
Techniekcampus Oss. In leerjaar 4 volgen de leerlingen elke donderdag hun praktijkonderwijs op
de campus.
P: **Personeel.** Twee docenten elektrotechniek van het ROC verzorgen samen zes lesuren per week
in de vo-fase. Docenten PIE van het vakcollege geven in het eerste mbo-jaar het onderdeel
"Werkplaatsvaardigheden". De docenten vormen één team en maken voor het vakoverstijgende
onderdeel "Installeren in de praktijk" gebruik van de teambevoegdheid. Iedere docent blijft in
dienst van de eigen werkgever.
P: **Faciliteiten.** Het ROC stelt het elektrotechnisch practicumlokaal en de oefenopstelling
voor zonnepanelen op de campus beschikbaar; het vakcollege stelt zijn installatiewerkplaats en
de bijbehorende gereedschappen open voor mbo-lessen in het eerste jaar van de mbo-fase.
P: **Programma en examinering.** Het onderwijsprogramma, de examens en de
beroepspraktijkvorming per leerjaar worden vastgelegd in het gezamenlijke PTA/OER, dat elk jaar
vóór 1 oktober door beide besturen wordt vastgesteld. Het centraal examen vmbo wordt in
leerjaar 4 afgenomen.

H: 7. Als een leerling overstapt
Niet iedere leerling maakt de route af. Stopt een leerling in leerjaar 3 of 4, dan rondt hij of
zij de reguliere kaderberoepsgerichte leerweg PIE (of een ander profiel) van het vakcollege af
en behaalt daar het vmbo-diploma. Stopt een student in de mbo-fase, dan kan hij of zij zonder
aanvullende toelatingseisen overstappen naar een andere opleiding van het ROC op niveau 3 of,
als dat beter past, op niveau 2, bijvoorbeeld Eerste monteur werktuigkundige installaties. Wil
de student naar een andere instelling, dan helpt het ROC bij de aanmelding en bij een eventueel
geschiktheidsonderzoek.
P: Het vakcollege en het ROC beslissen samen, in een gesprek met de leerling en de ouders, welke
overstap het beste past bij het bereikte niveau en de leeftijd van de leerling.

H: 8. Financiën
De school draagt met toepassing van artikel 5.42a WVO 2020 een deel van de ontvangen
bekostiging over aan het ROC, ter dekking van de inzet van de ROC-docenten en het gebruik van
het practicumlokaal in de vo-fase. De hoogte van het over te dragen bedrag wordt ieder jaar in
de begrotingsronde door de controllers van beide partijen voorgesteld en door de colleges van
bestuur vastgesteld.

H: 9. Medezeggenschap
Partijen spreken af dat de medezeggenschapsraad van het Maaspoort Vakcollege en de
studentenraad van het ROC elk voorjaar een gezamenlijke vergadering over de route houden,
waarvoor het regieteam het jaarplan van de route aanlevert. Een voorgenomen wijziging van deze
overeenkomst wordt aan beide raden voor advies voorgelegd. De leerlingen van leerjaar 4 van de
route kunnen één toehoorder met spreekrecht aanwijzen in de studentenraad.

H: 10. Geschillen
Verschillen van inzicht over de uitvoering van deze overeenkomst worden eerst in het regieteam
besproken. Komt het regieteam er niet uit, dan bespreken de colleges van bestuur het geschil
binnen een maand in een bestuurlijk overleg. Leidt ook dat niet tot een oplossing, dan leggen
partijen het geschil voor aan een commissie van drie deskundigen: iedere partij wijst een lid
aan en die twee leden wijzen samen een onafhankelijke voorzitter aan. Het advies van de
commissie is voor beide partijen bindend.

H: 11. Looptijd en beëindiging
**Looptijd.** Deze overeenkomst gaat in op 1 augustus 2025 en loopt tot en met 31 juli 2029.
Zij wordt daarna telkens stilzwijgend met vier jaar verlengd.
P: **Toetreding.** Een andere vmbo-school of mbo-instelling uit de regio kan toetreden als
beide partijen daarmee instemmen en de nieuwe partij deze overeenkomst mede ondertekent.
Toetreding gaat in bij de start van een schooljaar en wordt gezamenlijk bij DUO gemeld.
P: **Wijziging.** Wijzigingen worden schriftelijk overeengekomen en door beide colleges van
bestuur getekend. Zij gelden niet voor leerlingen die al in de route zitten als dat voor hen
nadelig is.
P: **Beëindiging.** Opzeggen kan schriftelijk tegen 1 augustus van enig jaar met een
opzegtermijn van twaalf maanden. Na opzegging start geen nieuwe groep meer; leerlingen die al in
de route zitten, krijgen de gelegenheid haar volledig af te ronden.

H: 12. Ondertekening
Aldus overeengekomen en in tweevoud ondertekend te Oss op 23 juni 2025.
P: Stichting Maasland Scholengroep — ir. H.G.M. van Kessel, voorzitter college van bestuur
P: Stichting ROC Brabant-Noordoost — J.A. Smulders MBA, voorzitter college van bestuur
"""


def build_h02(stem):
    st = pdf_styles(size=9, hsize=10.5, justify=False)
    left = right = 16 * mm
    top, bottom = 18 * mm, 18 * mm
    gap = 8 * mm
    W, Hh = A4
    colw = (W - left - right - gap) / 2
    head_h = 36 * mm
    first = [Frame(left, Hh - top - head_h, W - left - right, head_h, id="head"),
             Frame(left, bottom, colw, Hh - top - bottom - head_h, id="c1"),
             Frame(left + colw + gap, bottom, colw, Hh - top - bottom - head_h, id="c2")]
    later = [Frame(left, bottom, colw, Hh - top - bottom, id="c1"),
             Frame(left + colw + gap, bottom, colw, Hh - top - bottom, id="c2")]

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(left, 10 * mm, "Uitvoeringskader DLR Elektrotechniek Maasland 2025-2029")
        c.drawRightString(W - right, 10 * mm, f"{doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(str(HERE / f"{stem}.pdf"), pagesize=A4, invariant=1,
                          title="Doorlopende leerroute Elektrotechniek Maasland",
                          author="Maasland Scholengroep / ROC Brabant-Noordoost",
                          creator="build_heldout.py")
    doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=deco),
                          PageTemplate(id="later", frames=later, onPage=deco)])
    story = [NextPageTemplate("later")] + pdf_story(parse(H02_TOP), st) + [FrameBreak()]
    story += pdf_story(parse(H02), st)
    doc.build(story)
    write_expected(stem,
        "Municipality-policy style ('Aanleiding', 'Wat bieden we aan?') in a two-column PDF with a "
        "full-width title band; Oost-Brabant (Oss), PIE kb -> Eerste monteur elektrotechnische "
        "installaties 3. Reporting to the boards is only an intention ('streeft ernaar ... op de hoogte "
        "te houden') without form or frequency; the bekostiging transfer has a bestemming but its "
        "amount is left to a yearly decision.",
        dict(a="present", b="present", c="present", d="weak", e="present", f="present",
             g="weak", h="present", i="present", j="present"),
        dict(a="2. Wat bieden we aan?", b="3. Rol van het werkveld", c="4. Regie en sturing",
             e="6. Uitvoering", f="7. Als een leerling overstapt", h="9. Medezeggenschap",
             i="10. Geschillen", j="11. Looptijd en beëindiging"))

# ======================================================================================
# h03  PDF  with table of contents (dotted leaders, page numbers)  (Zuid-Holland Zuid)
# defects: f weak (vooropleidingseis imposed inside the same ROC, else Entree),
#          i weak (only "in onderling overleg"); no medezeggenschap text (h n/a)
# ======================================================================================
H03_FRONT = """
T: Samenwerkingsovereenkomst
S: Doorlopende leerroute Logistiek Gorinchem
S: Lingecollege Vakmanschap — ROC Alblas-Merwede
C: Definitieve versie, 12 juni 2025
"""

H03 = """
H: Partijen en overwegingen
De ondergetekenden:
L: 1. Stichting Linge-Merwede Onderwijs, gevestigd te Gorinchem, bevoegd gezag van het
Lingecollege Vakmanschap, school voor vmbo, te dezen vertegenwoordigd door de heer drs. K.
Verhagen, voorzitter van het college van bestuur, hierna te noemen: "de school";
L: 2. Stichting ROC Alblas-Merwede, gevestigd te Gorinchem, te dezen vertegenwoordigd door
mevrouw M.A. de Bruijn-Stam, voorzitter van het college van bestuur, hierna te noemen: "het
ROC";
P: overwegende dat de logistieke sector in de regio Gorinchem en de Alblasserwaard een groeiende
behoefte heeft aan vakkrachten die leiding kunnen geven aan een ploeg in magazijn of
distributiecentrum, en dat partijen leerlingen een ononderbroken en versnelde weg naar dat
beroep willen bieden;
P: komen overeen als volgt.

H: Artikel 1 – Definities
P: In deze overeenkomst wordt verstaan onder:
L: a. route: de doorlopende leerroute bedoeld in artikel 2;
L: b. vo-fase: leerjaar 3 en 4 van het vmbo binnen de route;
L: c. mbo-fase: de leerjaren van de route waarin de deelnemer als student van het ROC is
ingeschreven;
L: d. routeleiding: de leiding bedoeld in artikel 4.

H: Artikel 2 – Onderwerp en route
P: 1. School en ROC verzorgen gezamenlijk een doorlopende leerroute voor leerlingen van het
profiel Mobiliteit en transport in de kaderberoepsgerichte leerweg.
P: 2. De route leidt tot het diploma vmbo kaderberoepsgerichte leerweg en tot het diploma van de
vakopleiding Logistiek teamleider, niveau 3, in het opleidingsdomein Transport, scheepvaart en
logistiek.
P: 3. De route begint in leerjaar 3 van het vmbo en duurt in totaal vier jaar.

H: Artikel 3 – Logistieke bedrijven
P: 1. Partijen werken samen met de bedrijven die deelnemen aan het Logistiek Platform Gorinchem,
waaronder Distributiecentrum Groote Haar B.V., Transportbedrijf Linge & Zonen en Koel- en
Vrieshuis Merwede.
P: 2. Deze bedrijven:
L: a. ontvangen elke leerling van leerjaar 4 gedurende drie weken voor een snuffelstage in het
magazijn of op de planningsafdeling;
L: b. stellen actuele vraagstukken uit hun bedrijf beschikbaar voor de praktijkopdrachten van het
vak "Logistiek in bedrijf";
L: c. bieden studenten in de mbo-fase bpv-plaatsen aan;
L: d. nemen deel aan het halfjaarlijkse routeoverleg, waarin zij adviseren over de inhoud van
het programma en de keuze van de keuzedelen.
P: 3. Het ROC sluit met elk bpv-bedrijf een praktijkovereenkomst.

H: Artikel 4 – Routeleiding
P: 1. De routeleiding bestaat uit de teamleider Mobiliteit en transport van het Lingecollege en
de opleidingsmanager Logistiek van het ROC.
P: 2. De teamleider wordt door het college van bestuur van de school, de opleidingsmanager door
het college van bestuur van het ROC in de routeleiding benoemd.
P: 3. De routeleiding is belast met de dagelijkse gang van zaken in de route, de samenstelling
van het docententeam, het opstellen van het gezamenlijke PTA/OER en het jaarrooster en het
contact met de bedrijven. Zij beslist over de toelating tot de route en over de verdeling van de
lesuren binnen de formatie die de besturen toekennen. Besluiten over investeringen en over de
omvang van de formatie zijn voorbehouden aan de besturen.

H: Artikel 5 – Verslaglegging aan de besturen
P: 1. De routeleiding stelt elk kwartaal een beknopte voortgangsrapportage op met de
leerlingaantallen, het verzuim en de voortgang van het programma, en zendt deze aan beide
besturen.
P: 2. Na afloop van elk schooljaar, uiterlijk op 15 oktober, brengt de routeleiding aan beide
besturen een jaarverslag uit, dat in een gezamenlijk bestuurlijk overleg wordt besproken.

H: Artikel 6 – Onderwijsprogramma en examinering
P: 1. Het onderwijsprogramma en de examinering worden per leerjaar beschreven in een gezamenlijk
PTA/OER, dat door beide besturen wordt vastgesteld. In het PTA/OER staat welke onderdelen tot het
vmbo-programma en welke tot het mbo-programma behoren.
P: 2. Het centraal examen vmbo wordt afgenomen in leerjaar 4. Vanaf leerjaar 4 kunnen onderdelen
van de mbo-examinering worden afgenomen.
P: 3. De school blijft verantwoordelijk voor het vmbo-examen en de diplomering daarvan; het ROC
voor de mbo-examinering en de mbo-diplomering.

H: Artikel 7 – Personeel en voorzieningen
P: 1. De vo-fase wordt gegeven op het Lingecollege, de mbo-fase op de locatie Gorinchem-Oost van
het ROC.
P: 2. Twee docenten logistiek van het ROC geven in leerjaar 4 wekelijks vier lesuren op het
Lingecollege. Docenten van het Lingecollege verzorgen in het eerste mbo-jaar de lessen
Nederlands en rekenen. Partijen werken met één docententeam. Van de teambevoegdheid wordt geen
gebruik gemaakt: iedere docent geeft uitsluitend les in het vak waarvoor hij bevoegd is.
P: 3. Het ROC stelt zijn oefenmagazijn met heftruck-simulator en warehouse-managementsysteem
beschikbaar voor de vo-fase; het Lingecollege stelt zijn praktijklokaal transport en de
bijbehorende lesmiddelen ter beschikking aan de docenten van het ROC.

H: Artikel 8 – Uitval en overstap
P: 1. Een leerling die in leerjaar 3 of 4 de route verlaat, vervolgt zijn opleiding in de
reguliere kaderberoepsgerichte leerweg Mobiliteit en transport van het Lingecollege.
P: 2. Een student die in de mbo-fase wil overstappen naar een andere opleiding van het ROC,
wordt daartoe slechts toegelaten indien hij in het bezit is van het diploma vmbo
kaderberoepsgerichte leerweg en de intake met goed gevolg heeft doorlopen.
P: 3. Een student die de route zonder vmbo-diploma verlaat, wordt aangemeld voor de
Entree-opleiding van het ROC.

H: Artikel 9 – Kosten
P: Tussen partijen vindt geen overdracht van bekostiging plaats. Iedere partij draagt de kosten
van het eigen personeel en de eigen voorzieningen, ook wanneer deze voor de route worden
ingezet.

H: Artikel 10 – Klachten
P: Klachten van leerlingen, studenten of ouders worden behandeld volgens de klachtenregeling van
de partij waar de leerling of student is ingeschreven, ook als de klacht betrekking heeft op een
medewerker van de andere partij.

H: Artikel 11 – Geschillen
P: Geschillen tussen partijen over de uitvoering van deze overeenkomst worden door partijen in
onderling overleg opgelost.

H: Artikel 12 – Toetreding
P: 1. Een andere school voor vmbo of instelling voor beroepsonderwijs kan partij worden bij deze
overeenkomst, indien beide partijen daarmee schriftelijk instemmen en de nieuwe partij het
gezamenlijke PTA/OER onderschrijft.
P: 2. Toetreding geschiedt door medeondertekening van deze overeenkomst en gaat in bij het begin
van een schooljaar, zodat leerlingen die al in de route zitten hun programma ongewijzigd kunnen
voortzetten.
P: 3. De nieuwe partij doet samen met de school en het ROC melding bij DUO.

H: Artikel 13 – Looptijd, wijziging en opzegging
P: 1. Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd.
P: 2. Wijzigingen en aanvullingen zijn alleen geldig als zij schriftelijk zijn vastgelegd en door
beide besturen zijn ondertekend.
P: 3. Opzegging geschiedt schriftelijk, tegen 31 juli, met een opzegtermijn van ten minste een
volledig schooljaar.
P: 4. Na de opzegging worden geen nieuwe leerlingen meer toegelaten. Leerlingen en studenten die
op het moment van opzegging in de route zitten, ronden de route af onder de voorwaarden van deze
overeenkomst.

H: Artikel 14 – Ondertekening
P: Aldus in tweevoud opgemaakt en ondertekend te Gorinchem op 12 juni 2025.
P: Namens Stichting Linge-Merwede Onderwijs: drs. K. Verhagen, voorzitter college van bestuur
P: Namens Stichting ROC Alblas-Merwede: M.A. de Bruijn-Stam, voorzitter college van bestuur
"""


def build_h03(stem):
    st = pdf_styles(font="Helvetica", size=10, hsize=11.5)
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [ParagraphStyle("toc0", fontName="Helvetica", fontSize=10, leading=14,
                                      leftIndent=0, firstLineIndent=0)]
    story = pdf_story(parse(H03_FRONT), st)
    story += [Spacer(1, 14), Paragraph("Inhoud", ParagraphStyle(
        "TocHead", fontName="Helvetica-Bold", fontSize=12, leading=16, spaceAfter=6)), toc,
        PageBreak()]
    story += pdf_story(parse(H03), st)

    def draw(c, page, total):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawCentredString(A4[0] / 2, 11 * mm, f"- {page} -")
        c.restoreState()

    simple_pdf(HERE / f"{stem}.pdf", story, "Samenwerkingsovereenkomst DLR Logistiek Gorinchem",
               "Lingecollege / ROC Alblas-Merwede", draw=draw, toc_doc=True)
    write_expected(stem,
        "Formal 'Artikel N – Titel' agreement (PDF) opening with a table of contents with dotted "
        "leaders and page numbers; Zuid-Holland Zuid (Gorinchem), M&T kb -> Logistiek teamleider 3. "
        "The overstap article demands the vmbo diploma for a switch within the same ROC and otherwise "
        "sends students to Entree; geschillen only 'in onderling overleg'; explicitly no transfer; "
        "no medezeggenschap text.",
        dict(a="present", b="present", c="present", d="present", e="present", f="weak",
             g="present", h="not_applicable", i="weak", j="present"),
        dict(a="Artikel 2 – Onderwerp en route", b="Artikel 3 – Logistieke bedrijven",
             c="Artikel 4 – Routeleiding", d="Artikel 5 – Verslaglegging aan de besturen",
             e="Artikel 7 – Personeel en voorzieningen", g="Artikel 9 – Kosten",
             j="Artikel 13 – Looptijd, wijziging en opzegging"))

# ======================================================================================
# h04  PDF  very short (one page)  (Westland; groen bb -> Medewerker teelt 2)
# defects: g missing (nothing about money), j weak (no toetreding); no medezeggenschap (h n/a)
# ======================================================================================
H04 = """
T: Samenwerkingsovereenkomst doorlopende leerroute Teelt Westland
Stichting Westlandse Scholengroep, bevoegd gezag van Vakcollege Naaldwijk, en Stichting ROC
Kustland, ieder vertegenwoordigd door de voorzitter van het college van bestuur, komen het
volgende overeen.

H2: 1. De route
Profiel Groen, basisberoepsgerichte leerweg (Vakcollege Naaldwijk), naar de
basisberoepsopleiding Medewerker teelt, niveau 2, BOL (ROC Kustland, Tuinbouwcampus
Honselersdijk). De route start in leerjaar 3 en duurt vier jaar.

H2: 2. Kwekers
Drie bedrijven van de Westlandse Tuinbouwkring — Kwekerij Van Vliet, Orchideeën De Kreek en
Tomatenteelt Zuidhoek — ontvangen de leerlingen van leerjaar 4 één dag per week voor
praktijkdagen, bieden bpv-plaatsen in de mbo-fase en beoordelen de praktijkexamens mee.

H2: 3. Leiding
Elke partij levert een routecoördinator, aangewezen door het eigen college van bestuur. Samen
stellen de coördinatoren rooster en PTA/OER op (vast te stellen door beide besturen), verdelen
zij de lessen binnen het team en beslissen zij over de toelating tot de route. Over formatie en
huisvesting beslissen de besturen.

H2: 4. Verantwoording
De coördinatoren sturen beide besturen na elke onderwijsperiode (viermaal per jaar) een
voortgangsnotitie en bespreken in juni een schriftelijke jaarevaluatie met beide besturen.

H2: 5. Uitvoering
Vo-fase op het Vakcollege, met één dag per week in de kassen van de Tuinbouwcampus; mbo-fase op
de campus. Een ROC-docent teelt geeft in leerjaar 3 en 4 vier uur per week op het Vakcollege;
vmbo-docenten groen begeleiden in het eerste mbo-jaar het praktijkonderwijs. Het Vakcollege
stelt zijn schoolkas beschikbaar, het ROC zijn teeltkassen en het klimaatcomputerlokaal.
Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER.

H2: 6. Uitstappen
Wie in de vo-fase stopt, maakt de basisberoepsgerichte leerweg (groen of een ander profiel) af
en haalt het vmbo-diploma. Wie in de mbo-fase stopt, kan zonder extra toelatingseisen naar een
andere niveau-2-opleiding van ROC Kustland. School en ROC kiezen het vervolg samen met leerling en
ouders, op basis van het bereikte niveau en de leeftijd.

H2: 7. Geschillen
Eerst overleg tussen de coördinatoren, daarna tussen de besturen. Komen die er binnen zes weken
niet uit, dan volgt bindend advies van een door beide besturen aangewezen onafhankelijke
deskundige.

H2: 8. Looptijd
Ingang 1 augustus 2025, voor onbepaalde tijd. Opzegging schriftelijk tegen het einde van een
schooljaar met een termijn van één jaar; leerlingen die al in de route zitten, maken die af.
Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend.

Naaldwijk, 2 juni 2025. Voor Stichting Westlandse Scholengroep: A. Zuiderwijk. Voor Stichting
ROC Kustland: drs. P. Olsthoorn.
"""


def build_h04(stem):
    st = pdf_styles(size=9.5, h2size=10)
    st["T"] = ParagraphStyle("T", fontName="Helvetica-Bold", fontSize=13, leading=17,
                             spaceAfter=8)
    simple_pdf(HERE / f"{stem}.pdf", pdf_story(parse(H04), st),
               "SOK DLR Teelt Westland", "Westlandse Scholengroep / ROC Kustland",
               margins=(22, 22, 18, 18))
    write_expected(stem,
        "Very short one-page PDF with eight numbered mini-sections; Westland, groen bb -> Medewerker "
        "teelt 2. Not a word about money or bekostiging, no toetreding clause, no medezeggenschap text.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="missing", h="not_applicable", i="present", j="weak"),
        dict(a="1. De route", b="2. Kwekers", c="3. Leiding", d="4. Verantwoording",
             e="5. Uitvoering", f="6. Uitstappen", i="7. Geschillen"))

# ======================================================================================
# h05  PDF  very long (8+ pages), chapters + articles with 'Toelichting', annexes,
#           running header and "pagina N van M"  (Leiden / Holland Rijnland; Z&W gl -> niveau 4)
# fully compliant
# ======================================================================================
H05 = """
T: Samenwerkingsovereenkomst
S: doorlopende leerroutes vmbo-mbo Zorg en welzijn
S: Morschpoort College en ROC Rijn-Duin — regio Holland Rijnland
C: Versie 1.0 — definitief — vastgesteld door beide colleges van bestuur op 30 juni 2025

H: Leeswijzer
Deze overeenkomst bestaat uit een bepalingendeel en vier bijlagen. Het bepalingendeel is
ingedeeld in acht hoofdstukken. Na de meeste artikelen volgt een toelichting, die is bedoeld
om de bedoeling van partijen te verduidelijken voor medewerkers die later met de overeenkomst
moeten werken. De toelichting maakt deel uit van de overeenkomst; bij strijd tussen een
bepaling en de toelichting gaat de bepaling voor. De bijlagen maken eveneens deel uit van de
overeenkomst. Bij strijd tussen een bijlage en het bepalingendeel gaat het bepalingendeel voor.

H: Partijen
P: 1. De Stichting Rijnlands Voortgezet Onderwijs, gevestigd te Leiden, bevoegd gezag van het
Morschpoort College, school voor vmbo met de gemengde en de theoretische leerweg, rechtsgeldig
vertegenwoordigd door mevrouw drs. M.C. Zwetsloot, voorzitter van het college van bestuur,
hierna: "de school";
P: 2. De Stichting ROC Rijn-Duin, gevestigd te Leiden, rechtsgeldig vertegenwoordigd door de heer
dr. R. Haasnoot, voorzitter van het college van bestuur, hierna: "het ROC";
P: hierna gezamenlijk te noemen: "partijen".

H: Overwegingen
L: A. De zorg- en welzijnssector in Holland Rijnland heeft de komende tien jaar een grote en
groeiende vraag naar verpleegkundigen en begeleiders op middenkaderniveau. Ziekenhuizen,
ouderenzorg, gehandicaptenzorg en jeugdhulp kampen nu al met onvervulde vacatures.
L: B. Partijen werken sinds 2021 samen in het project "Zorgtalent", waarin leerlingen van het
Morschpoort College kennismaken met de zorgopleidingen van het ROC. De ervaringen met dat project
zijn positief: leerlingen die meededen, kozen vaker voor een zorgopleiding en vielen in het
eerste mbo-jaar minder vaak uit.
L: C. Partijen willen deze samenwerking verankeren in twee doorlopende leerroutes als bedoeld in
artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en
beroepsonderwijs.
L: D. De medezeggenschapsraad van de school en de studentenraad en de ondernemingsraad van het ROC
hebben over het voornemen tot deze samenwerking advies uitgebracht. Met hun adviezen is bij het
opstellen van deze overeenkomst rekening gehouden.
L: E. Partijen willen vastleggen hoe zij de routes besturen, inrichten en bekostigen, zodat de
routes niet afhankelijk zijn van de inzet van individuele medewerkers en bij personele
wisselingen op heldere afspraken kan worden teruggevallen.

Partijen komen het volgende overeen.

H: HOOFDSTUK 1 — ALGEMENE BEPALINGEN

H2: Artikel 1 — Begripsbepalingen
In deze overeenkomst en de bijlagen wordt verstaan onder:
L: a. route: een doorlopende leerroute als bedoeld in artikel 3;
L: b. routejaar: een leerjaar van de route, te tellen vanaf leerjaar 3 van het vmbo, dat
routejaar 1 is;
L: c. vo-fase: routejaar 1 en 2, waarin de deelnemer als leerling van de school staat
ingeschreven;
L: d. mbo-fase: routejaar 3 en volgende, waarin de deelnemer als student van het ROC staat
ingeschreven;
L: e. deelnemer: een leerling of student die aan een route deelneemt;
L: f. routeleiding: de leiding over de routes, bedoeld in artikel 6;
L: g. bestuurlijk overleg: het overleg van de colleges van bestuur van partijen, bedoeld in
artikel 7;
L: h. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en
examenregeling van een route;
L: i. werkveldraad: de raad bedoeld in artikel 4;
L: j. Zorgcampus: de locatie van het ROC aan de Willem Einthovenstraat te Leiden.
P: Toelichting. Het begrip routejaar is gekozen om verwarring tussen de leerjaarnummering van het
vmbo en die van het mbo te voorkomen. Routejaar 3 is het eerste leerjaar van de mbo-opleiding;
routejaar 5 is het laatste.

H2: Artikel 2 — Doel
P: 1. Partijen bieden leerlingen met belangstelling voor zorg en welzijn een ononderbroken
leerweg van het vmbo naar een diploma op niveau 4, zonder dubbelingen in de leerstof en met een
vroege en geleidelijke kennismaking met de beroepspraktijk.
P: 2. Partijen willen daarmee bijdragen aan minder uitval bij de overgang van vmbo naar mbo,
aan een hogere tevredenheid van deelnemers en werkgevers en aan de regionale arbeidsmarkt in
zorg en welzijn.
P: Toelichting. Dit artikel beschrijft de bedoeling van de samenwerking. Het schept op zichzelf
geen verplichtingen, maar dient als maatstaf bij de uitleg van de overige bepalingen.

H2: Artikel 3 — De routes
P: 1. Partijen verzorgen gezamenlijk de volgende doorlopende leerroutes:
L: a. route Verpleegkunde: van het profiel Zorg en welzijn in de gemengde leerweg van de school
naar de middenkaderopleiding Verpleegkundige, niveau 4, beroepsopleidende leerweg, in het
opleidingsdomein Zorg en welzijn;
L: b. route Begeleiding: van het profiel Zorg en welzijn in de gemengde leerweg van de school
naar de middenkaderopleiding Maatschappelijk begeleider, niveau 4, beroepsopleidende leerweg,
in hetzelfde opleidingsdomein.
P: 2. Elke route duurt vijf routejaren: twee in de vo-fase en drie in de mbo-fase.
P: 3. Een leerling kiest aan het einde van leerjaar 2 van het vmbo voor een route. Tot het einde
van routejaar 1 kan hij zonder gevolgen wisselen tussen de route Verpleegkunde en de route
Begeleiding.
P: 4. Partijen melden elke route gezamenlijk aan de Minister door registratie in het Register
Instellingen en Opleidingen.
P: Toelichting. Beide routes beginnen in hetzelfde profiel. Het gemeenschappelijke eerste routejaar
geeft leerlingen de tijd om te ontdekken of zij zich meer aangetrokken voelen tot de
verpleegkundige zorg of tot de begeleiding van cliënten in hun dagelijks leven.

H: HOOFDSTUK 2 — HET WERKVELD

H2: Artikel 4 — Werkveldraad en zorgpartners
P: 1. Partijen stellen een werkveldraad in. Deze bestaat uit vertegenwoordigers van ten minste
de volgende organisaties: Ziekenhuis Rijnoever, Zorggroep Duinstreek (ouderenzorg), Stichting
Jeugd & Gezin Leiden en de welzijnsorganisatie Samen Sterk Rijnland. Het ROC voert het
secretariaat.
P: 2. De werkveldraad vergadert ten minste drie keer per schooljaar en adviseert partijen over
de inhoud van het onderwijsprogramma, de keuze van de keuzedelen en de afstemming tussen het
onderwijs en de beroepspraktijk. Partijen reageren binnen zes weken schriftelijk op een advies.
P: 3. De zorgpartners in de werkveldraad:
L: a. ontvangen de deelnemers in routejaar 1 voor ten minste drie snuffeldagen en in routejaar 2
voor een beroepsoriënterende stage van twee weken;
L: b. stellen in de mbo-fase bpv-plaatsen beschikbaar, in aantallen die jaarlijks in de
werkveldraad worden afgesproken op basis van de verwachte instroom;
L: c. verzorgen in de vo-fase ten minste zes gastlessen per schooljaar door praktijkverpleegkundigen,
begeleiders en ervaringsdeskundigen;
L: d. leveren praktijkbeoordelaars voor de proeven van bekwaamheid in de mbo-fase.
P: Toelichting. De werkveldraad is uitdrukkelijk meer dan een klankbord. De zorgpartners hebben
zich verbonden aan concrete bijdragen, omdat een vroege en realistische kennismaking met het werk
de belangrijkste reden is om een doorlopende route aan te bieden.

H2: Artikel 5 — Beroepspraktijkvorming
P: 1. De beroepspraktijkvorming in de mbo-fase vindt plaats bij leerbedrijven die zijn erkend door
de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven.
P: 2. Het ROC sluit voor iedere bpv-periode een praktijkovereenkomst met de student en het
leerbedrijf. Het ROC wijst voor iedere student een bpv-docent aan; het leerbedrijf een
praktijkopleider.
P: 3. De snuffeldagen en de beroepsoriënterende stage in de vo-fase vallen onder de
verantwoordelijkheid van de school, die daarvoor een stageovereenkomst sluit met de zorgpartner
en de ouders van de leerling.

H: HOOFDSTUK 3 — LEIDING EN VERANTWOORDING

H2: Artikel 6 — Routeleiding
P: 1. De routeleiding bestaat uit:
L: a. de teamleider bovenbouw gemengde leerweg van de school;
L: b. de onderwijsmanager Verpleegkunde en Begeleiding van het ROC;
L: c. een routecoördinator, die tevens het secretariaat van de routeleiding voert.
P: 2. Het college van bestuur van de school wijst het lid onder a aan, het college van bestuur van
het ROC het lid onder b. De routecoördinator wordt, na een interne vacature die bij beide partijen
openstaat, door het bestuurlijk overleg benoemd voor een termijn van drie jaar, met de
mogelijkheid van één herbenoeming.
P: 3. De colleges van bestuur dragen aan de routeleiding de volgende taken op:
L: a. het opstellen van het concept-PTA/OER van beide routes;
L: b. het opstellen van het jaarrooster en de jaarplanning van de routes;
L: c. de werving, voorlichting en toelating van deelnemers;
L: d. de aansturing van het routeteam, bedoeld in artikel 9, derde lid;
L: e. de organisatie van de begeleiding van deelnemers en de toepassing van artikel 16;
L: f. het onderhouden van de contacten met de werkveldraad en de leerbedrijven;
L: g. de kwaliteitszorg van de routes, waaronder de jaarlijkse tevredenheidsmeting;
L: h. het beheer van het routebudget.
P: 4. De routeleiding is bevoegd:
L: a. te beslissen over de toelating van leerlingen tot een route;
L: b. het routeteam in te roosteren en de taken binnen het team te verdelen, binnen de formatie
die iedere partij beschikbaar stelt;
L: c. namens partijen verplichtingen aan te gaan tot € 15.000 per geval, binnen het routebudget;
L: d. namens partijen afspraken te maken met leerbedrijven, binnen de kaders van artikel 5.
P: 5. Het vaststellen van het PTA/OER, de formatie, het routebudget en besluiten over huisvesting
zijn voorbehouden aan de colleges van bestuur.
P: 6. De routeleiding besluit bij consensus. Bereikt zij geen overeenstemming, dan legt zij de
kwestie voor aan het bestuurlijk overleg.
P: Toelichting. Partijen kiezen voor een kleine routeleiding met een duidelijk mandaat, zodat
alledaagse beslissingen niet langs twee organisaties hoeven. De routecoördinator is een
gezamenlijke functie; de coördinator kan in dienst zijn van de school of van het ROC en werkt
voor de duur van de benoeming onder aansturing van de routeleiding.

H2: Artikel 7 — Bestuurlijk overleg
P: 1. De colleges van bestuur voeren ten minste tweemaal per jaar, in november en in mei,
bestuurlijk overleg over de routes. De routeleiding is bij het overleg aanwezig, tenzij het
bestuurlijk overleg anders besluit.
P: 2. In het bestuurlijk overleg worden in elk geval het verantwoordingsverslag (november) en het
routebudget voor het volgende schooljaar (mei) besproken.
P: 3. Besluiten in het bestuurlijk overleg worden met eenparigheid van stemmen genomen en
schriftelijk vastgelegd.

H2: Artikel 8 — Informatie en verantwoording
P: 1. De routeleiding verstrekt de colleges van bestuur:
L: a. drie keer per jaar, uiterlijk op 15 december, 15 april en 15 juli, een schriftelijke
voortgangsrapportage over de stand van zaken in de routes;
L: b. jaarlijks vóór 1 november een schriftelijk verantwoordingsverslag over het afgelopen
schooljaar, met ten minste de kengetallen genoemd in bijlage 3 en een financiële verantwoording
van het routebudget;
L: c. onverwijld, een melding van ieder incident of iedere ontwikkeling die de continuïteit of
de kwaliteit van een route in gevaar kan brengen.
P: 2. Het verantwoordingsverslag wordt besproken in het bestuurlijk overleg van november. De
colleges van bestuur kunnen de routeleiding op grond daarvan gezamenlijk aanwijzingen geven.
P: 3. Iedere partij neemt de kerngegevens van de routes op in haar eigen jaarverslag.
P: Toelichting. De voortgangsrapportages zijn kort en volgen een vast model dat de routeleiding in
het eerste jaar ontwikkelt. Het verantwoordingsverslag is uitgebreider en vormt de basis voor de
evaluatie in artikel 24.

H: HOOFDSTUK 4 — INRICHTING VAN DE ROUTES

H2: Artikel 9 — Organisatorische en onderwijskundige inrichting
P: 1. **Programma.** Het onderwijsprogramma, de examinering en de beroepspraktijkvorming van
iedere route worden per routejaar beschreven in het PTA/OER. Daarin staat welke onderdelen tot
het vmbo-programma behoren, welke tot het mbo-programma en welke onderdelen vakoverstijgend door
het routeteam worden verzorgd. Bijlage 1 geeft een globaal overzicht. Het PTA/OER wordt jaarlijks
vóór 1 oktober door beide colleges van bestuur vastgesteld.
P: 2. **Locaties.** Routejaar 1 wordt verzorgd in het gebouw van het Morschpoort College. In
routejaar 2 volgen de deelnemers drie dagen per week onderwijs op de school en twee dagen op de
Zorgcampus. De mbo-fase wordt verzorgd op de Zorgcampus en bij de leerbedrijven.
P: 3. **Personeel.** De routes worden verzorgd door één routeteam, bestaande uit leraren in dienst
van de school en docenten in dienst van het ROC. Het ROC zet in de vo-fase ten minste 0,6 fte aan
docenten verpleegkunde en begeleiding in; de school zet in routejaar 3 ten minste 0,2 fte in voor
Nederlands, Engels en rekenen en voor de afronding van het vmbo-examen. Voor de vakoverstijgende
onderdelen "Mens en gezondheid" en "Zorg in de wijk" maken partijen gebruik van de
teambevoegdheid, bedoeld in artikel 7.13a van de Wet voortgezet onderwijs 2020 en artikel 9.1.12
van de Wet educatie en beroepsonderwijs: het team als geheel is bevoegd voor alle onderdelen en
ieder teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is. Het werkgeverschap
blijft bij de partij waarbij het teamlid in dienst is. Het routeteam volgt jaarlijks ten minste
twee gezamenlijke studiedagen.
P: 4. **Faciliteiten.** Het ROC stelt zijn skillslab, de gesimuleerde ziekenhuiskamer en de
oefenwoning op de Zorgcampus beschikbaar voor de deelnemers in de vo-fase, voor ten minste vier
dagdelen per week. De school stelt haar praktijklokaal verzorging, haar EHBO-materialen en een
werkplek met ICT-voorzieningen beschikbaar voor de docenten van het ROC. Het gebruik is voor de
deelnemers kosteloos; de vergoeding tussen partijen is geregeld in artikel 17.
P: 5. **Rooster.** Partijen stemmen hun jaarroosters en vakanties zo veel mogelijk op elkaar af;
bij verschil volgen deelnemers in de vo-fase de vakanties van de school.
P: Toelichting. Dit artikel bevat de kern van de gezamenlijke inrichting. De details — lessentabel,
toetsplanning, stageplanning — staan in het PTA/OER en in de jaarplanning van de routeleiding.

H2: Artikel 10 — Examinering en diplomering
P: 1. De school is verantwoordelijk voor het vmbo-examen en de diplomering daarvan, ook wanneer de
deelnemer al als student van het ROC staat ingeschreven. Het centraal examen vmbo wordt in
routejaar 2 afgenomen; één vak kan naar routejaar 1 worden vervroegd.
P: 2. Het ROC is verantwoordelijk voor de mbo-examinering en de diplomering van de mbo-opleiding.
Onderdelen van de mbo-examinering kunnen vanaf routejaar 2 worden afgenomen.
P: 3. De examencommissies van beide partijen overleggen ten minste eenmaal per jaar over de
afstemming van de examinering.

H2: Artikel 11 — Inschrijving en administratie
P: 1. In de vo-fase staat de deelnemer ingeschreven als leerling van de school; met ingang van
routejaar 3 wordt hij uitgeschreven bij de school en ingeschreven als student van het ROC.
P: 2. Een student die bij de inschrijving bij het ROC het vmbo-diploma nog niet heeft behaald,
blijft voor het vmbo-examen bij de school geregistreerd totdat dat examen is afgerond.
P: 3. Partijen zorgen ieder voor een juiste registratie in het Register onderwijsdeelnemers.

H2: Artikel 12 — Onderwijstijd
P: Partijen verzorgen voor iedere route ten minste de wettelijk voorgeschreven onderwijstijd,
berekend over de gehele route. De verdeling over de routejaren staat in het PTA/OER.

H2: Artikel 13 — Begeleiding, ondersteuning en verzuim
P: 1. Iedere deelnemer heeft een vaste mentor van de school in de vo-fase en een
studieloopbaanbegeleider van het ROC in de mbo-fase. In routejaar 2 begeleiden zij de deelnemer
samen.
P: 2. Ondersteuning in het kader van passend onderwijs wordt in de vo-fase geboden volgens het
schoolondersteuningsprofiel van de school en in de mbo-fase volgens het ondersteuningsaanbod van
het ROC. Bij de overgang naar de mbo-fase vindt een warme overdracht plaats.
P: 3. Verzuim wordt in de vo-fase gemeld door de school en in de mbo-fase door het ROC.

H2: Artikel 14 — Klachten
P: Een klacht over een gedraging van een medewerker van de ene partij jegens een deelnemer van
de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de deelnemer is
ingeschreven. De partij van de betrokken medewerker verleent alle medewerking. De voorzitter van
de klachtencommissie mag niet werkzaam zijn bij de andere partij.

H2: Artikel 15 — Privacy en gegevensuitwisseling
P: Partijen wisselen alleen de persoonsgegevens van deelnemers uit die nodig zijn voor de
uitvoering van de routes. Zij leggen de afspraken daarover vast in een afzonderlijk
gegevensuitwisselingsprotocol, dat voldoet aan de Algemene verordening gegevensbescherming.

H: HOOFDSTUK 5 — OVERSTAP

H2: Artikel 16 — Overstapmogelijkheden
P: 1. Verlaat een deelnemer een route voordat hij deze met goed gevolg heeft afgerond, dan stellen
partijen hem in staat een vmbo-diploma of een mbo-diploma te behalen dat past bij het bereikte
onderwijsniveau en bij zijn leeftijd. Welke weg het meest kansrijk is, beoordelen de school en
het ROC gezamenlijk, na een gesprek met de deelnemer en, zolang hij minderjarig is, met zijn
ouders.
P: 2. Verlaat de deelnemer de route in de vo-fase, dan kan hij:
L: a. de gemengde leerweg in het profiel Zorg en welzijn of in een ander profiel van de school
vervolgen en daar het vmbo-diploma behalen; of
L: b. overstappen naar een andere doorlopende leerroute van de school waarvoor plaats is.
P: 3. Verlaat de deelnemer de route in de mbo-fase, dan kan hij overstappen naar een andere
opleiding van het ROC op niveau 4 of, als dat beter past, op niveau 3, bijvoorbeeld Verzorgende-IG
of Medewerker maatschappelijke zorg. De vooropleidingseisen staan daaraan niet in de weg.
P: 4. Heeft de deelnemer aan het einde van routejaar 3 het vmbo-diploma niet behaald, dan vervolgt
hij de mbo-opleiding en krijgt hij de gelegenheid het vmbo-examen in het daaropvolgende schooljaar
af te ronden, tenzij de school en het ROC gezamenlijk oordelen dat een andere opleiding op
vergelijkbaar niveau beter past.
P: 5. Wil de deelnemer naar een andere school of instelling, dan ondersteunen partijen hem bij de
aanmelding en bij een eventueel toelatingsonderzoek, en dragen zij zorg voor een warme overdracht.
P: 6. De uitwerking van deze mogelijkheden wordt opgenomen in de schoolgids van de school en in de
studentenstatuten van het ROC.
P: Toelichting. De overstapmogelijkheden zijn een algemeen kader; de concrete keuze wordt per
deelnemer gemaakt. Uitgangspunt is dat niemand de route verlaat zonder een concreet en passend
vervolg dat tot een diploma kan leiden.

H: HOOFDSTUK 6 — FINANCIËN

H2: Artikel 17 — Overdracht van bekostiging
P: 1. De school draagt met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020
jaarlijks aan het ROC over: € 1.350 per deelnemer die op 1 oktober in routejaar 2 staat
ingeschreven. Dit bedrag is bestemd voor de inzet van docenten van het ROC in de vo-fase en het
gebruik van de faciliteiten van de Zorgcampus, bedoeld in artikel 9, derde en vierde lid.
P: 2. Het ROC draagt met toepassing van artikel 9.1.15 van de Wet educatie en beroepsonderwijs
jaarlijks aan de school over: € 600 per student die op 1 oktober in routejaar 3 staat
ingeschreven. Dit bedrag is bestemd voor de inzet van leraren van de school in routejaar 3 voor
Nederlands, Engels, rekenen en de afronding van het vmbo-examen.
P: 3. Het betaalschema en de peildata staan in bijlage 2.

H2: Artikel 18 — Overige kosten
P: Kosten die niet onder artikel 17 vallen, komen voor rekening van de partij die ze maakt, tenzij
het bestuurlijk overleg vooraf schriftelijk anders besluit.

H: HOOFDSTUK 7 — MEDEZEGGENSCHAP

H2: Artikel 19 — Medezeggenschap in de routes
P: 1. In aanvulling op de wettelijke regeling spreken partijen af dat een deelnemer in routejaar 2
als lid van de studentenraad van het ROC kan worden gekozen en in die raad dezelfde rechten heeft
als de andere leden.
P: 2. De medezeggenschapsraad van de school en de studentenraad van het ROC vormen voor de routes
een gezamenlijke commissie van vier leden, die het concept-PTA/OER en voorstellen tot wijziging van
deze overeenkomst vooraf ontvangt en daarover advies kan uitbrengen aan beide colleges van bestuur.
P: 3. De routeleiding informeert de gezamenlijke commissie ten minste tweemaal per jaar over de
gang van zaken in de routes.
P: Toelichting. Leerlingen die in routejaar 2 al twee dagen per week op de Zorgcampus zijn, moeten
ook daar hun stem kunnen laten horen. Daarom kunnen zij al vóór hun inschrijving als student lid
worden van de studentenraad.

H: HOOFDSTUK 8 — SLOTBEPALINGEN

H2: Artikel 20 — Geschillen
P: 1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken in
de routeleiding en, als dat niet tot een oplossing leidt, binnen vier weken in het bestuurlijk
overleg.
P: 2. Is het geschil acht weken na de eerste bespreking in het bestuurlijk overleg niet opgelost,
dan leggen partijen het voor bindend advies voor aan een onafhankelijke deskundige, die zij
gezamenlijk aanwijzen of, bij gebrek aan overeenstemming, die wordt aangewezen door de voorzitter
van de sectorraad van de regio. Het advies is voor beide partijen bindend.
P: 3. De kosten van het bindend advies worden door partijen gelijk gedeeld.

H2: Artikel 21 — Toetreding
P: 1. Het bevoegd gezag van een andere school voor vmbo of van een andere instelling voor
beroepsonderwijs kan tot deze overeenkomst toetreden, als beide partijen daarmee schriftelijk
instemmen en de toetreder de overeenkomst en het geldende PTA/OER aanvaardt.
P: 2. Toetreding gebeurt door ondertekening van een toetredingsverklaring door alle partijen en
gaat in op 1 augustus van enig jaar. De toetreder meldt de route samen met partijen aan de
Minister.
P: 3. Een toetreding heeft geen gevolgen voor de programma's van de deelnemers die al in een route
zitten.

H2: Artikel 22 — Wijziging
P: 1. Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst, ondertekend door
beide colleges van bestuur, na advies van de gezamenlijke commissie bedoeld in artikel 19.
P: 2. Een wijziging die gevolgen heeft voor het programma van deelnemers, treedt voor deelnemers die
al in een route zitten niet eerder in werking dan met ingang van het volgende schooljaar en alleen
als zij daardoor niet worden benadeeld.

H2: Artikel 23 — Duur en beëindiging
P: 1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.
P: 2. Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met
inachtneming van een opzegtermijn van ten minste achttien maanden.
P: 3. Iedere partij kan de overeenkomst ontbinden als de andere partij ernstig tekortschiet en dat
tekortschieten niet binnen drie maanden na een schriftelijke ingebrekestelling heeft hersteld.
P: 4. Na opzegging of ontbinding nemen partijen geen nieuwe deelnemers meer op. Deelnemers die op
dat moment in een route zitten, kunnen deze onder de voorwaarden van deze overeenkomst afronden;
de bepalingen die daarvoor nodig zijn, blijven tot dat moment van kracht.
P: Toelichting. De lange opzegtermijn en de afbouwregeling in het vierde lid zorgen ervoor dat geen
deelnemer door de beëindiging van de samenwerking zijn route moet afbreken.

H2: Artikel 24 — Evaluatie
P: Partijen evalueren de routes en deze overeenkomst in het schooljaar 2027-2028 en daarna
iedere drie jaar, op basis van de verantwoordingsverslagen en een enquête onder deelnemers,
ouders, leerbedrijven en het routeteam.

H2: Artikel 25 — Slotbepalingen
P: 1. Deze overeenkomst wordt aangehaald als "Samenwerkingsovereenkomst DLR Zorg en welzijn
Leiden".
P: 2. Op deze overeenkomst is Nederlands recht van toepassing.

Aldus overeengekomen en in tweevoud ondertekend te Leiden op 30 juni 2025.
P: Stichting Rijnlands Voortgezet Onderwijs — drs. M.C. Zwetsloot, voorzitter college van bestuur
P: Stichting ROC Rijn-Duin — dr. R. Haasnoot, voorzitter college van bestuur

---
H: BIJLAGE 1 — Programma-overzicht per routejaar
De tabel geeft een globaal beeld; het PTA/OER is leidend.
TABLE:prog

H: BIJLAGE 2 — Financieel overzicht en betaalschema
TABLE:fin
Facturen worden door de ontvangende partij uiterlijk 1 november ingediend en binnen dertig dagen
betaald. De bedragen worden jaarlijks per 1 augustus geïndexeerd met het percentage waarmee de
rijksbijdrage voor het voortgezet onderwijs is aangepast.

H: BIJLAGE 3 — Kengetallen in het verantwoordingsverslag
L: 1. Aantal aanmeldingen en aantal toegelaten deelnemers per route.
L: 2. Instroom, doorstroom en uitstroom per routejaar, met de redenen van uitstroom.
L: 3. Aantal deelnemers dat gebruik heeft gemaakt van een overstapmogelijkheid en de bestemming.
L: 4. Examenresultaten vmbo en mbo.
L: 5. Tevredenheid van deelnemers, ouders en leerbedrijven.
L: 6. Aantal bpv-plaatsen en de spreiding over de zorgpartners.
L: 7. Besteding van het routebudget en van de overgedragen middelen.

H: BIJLAGE 4 — Jaarkalender van overleg
TABLE:kal
"""

H05_TABLES = {
    "prog": [
        ["Routejaar", "Inschrijving", "Hoofdlijnen programma", "Examinering"],
        ["1 (leerjaar 3 vmbo)", "leerling school", "algemene vakken gl; profielvakken Z&W; "
         "vakoverstijgend 'Mens en gezondheid'; drie snuffeldagen", "schoolexamens vmbo"],
        ["2 (leerjaar 4 vmbo)", "leerling school", "afronding vmbo; twee dagen Zorgcampus; "
         "beroepsoriënterende stage", "centraal examen vmbo; eerste mbo-onderdelen"],
        ["3 (mbo-jaar 1)", "student ROC", "basis verpleegkunde of begeleiding; 'Zorg in de wijk'; "
         "eerste bpv-periode", "mbo-examens; zo nodig afronding vmbo"],
        ["4 (mbo-jaar 2)", "student ROC", "verdieping; keuzedelen; bpv", "proeven van bekwaamheid"],
        ["5 (mbo-jaar 3)", "student ROC", "specialisatie; afstudeerstage", "afronding; diplomering"],
    ],
    "fin": [
        ["Overdracht", "Van - naar", "Omvang", "Bestemming", "Peildatum"],
        ["art. 17 lid 1", "school - ROC", "€ 1.350 per deelnemer routejaar 2",
         "docenten ROC in vo-fase; skillslab en oefenwoning", "1 oktober"],
        ["art. 17 lid 2", "ROC - school", "€ 600 per student routejaar 3",
         "leraren school in routejaar 3", "1 oktober"],
    ],
    "kal": [
        ["Maand", "Overleg", "Onderwerp"],
        ["september", "routeleiding en werkveldraad", "start schooljaar; bpv-capaciteit"],
        ["november", "bestuurlijk overleg", "verantwoordingsverslag"],
        ["december", "routeleiding", "voortgangsrapportage 1"],
        ["februari", "werkveldraad", "advies programma en keuzedelen"],
        ["april", "routeleiding", "voortgangsrapportage 2"],
        ["mei", "bestuurlijk overleg", "routebudget volgend schooljaar"],
        ["juni", "gezamenlijke commissie medezeggenschap", "concept-PTA/OER"],
        ["juli", "routeleiding", "voortgangsrapportage 3"],
    ],
}


def build_h05(stem):
    st = pdf_styles(font="Times-Roman", bold="Times-Bold", italic="Times-Italic", size=11,
                    hsize=12.5, h2size=11.5, justify=True)

    def draw(c, page, total):
        c.saveState()
        c.setFont("Times-Roman", 8.5)
        c.drawString(25 * mm, A4[1] - 12 * mm,
                     "Samenwerkingsovereenkomst DLR Zorg en welzijn Leiden — versie 1.0 definitief")
        c.drawCentredString(A4[0] / 2, 10 * mm, f"pagina {page} van {total}")
        c.restoreState()

    cw = {"prog": [30 * mm, 25 * mm, 65 * mm, 40 * mm],
          "fin": [22 * mm, 22 * mm, 38 * mm, 50 * mm, 22 * mm],
          "kal": [25 * mm, 60 * mm, 75 * mm]}
    simple_pdf(HERE / f"{stem}.pdf", pdf_story(parse(H05), st, H05_TABLES, cw),
               "Samenwerkingsovereenkomst DLR Zorg en welzijn Leiden",
               "Morschpoort College / ROC Rijn-Duin", draw=draw)
    write_expected(stem,
        "Very long PDF (9+ pages): eight chapters, 25 articles each followed by a 'Toelichting', four "
        "annexes with tables, running header and 'pagina N van M'; Leiden, Z&W gl -> Verpleegkundige 4 "
        "and Maatschappelijk begeleider 4. Fully compliant; transfers in both directions with omvang "
        "and bestemming; vo-fase pupils may sit on the studentenraad; bindend advies.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="present", i="present", j="present"),
        dict(a="Artikel 3 — De routes", b="Artikel 4 — Werkveldraad en zorgpartners",
             c="Artikel 6 — Routeleiding", d="Artikel 8 — Informatie en verantwoording",
             e="Artikel 9 — Organisatorische en onderwijskundige inrichting",
             f="Artikel 16 — Overstapmogelijkheden", g="Artikel 17 — Overdracht van bekostiging",
             h="Artikel 19 — Medezeggenschap in de routes", i="Artikel 20 — Geschillen",
             j="Artikel 23 — Duur en beëindiging"))

# ======================================================================================
# h06  PDF  interne regeling of a verticale scholengemeenschap (Deventer; E&O kb -> mbo-3)
# a-g present; h, i, j not_applicable (one bevoegd gezag)
# ======================================================================================
H06 = """
T: Interne regeling doorlopende leerroute Handel
S: Stichting IJsselgroep Onderwijs — verticale scholengemeenschap IJsselgroep, Deventer
C: Besluit van het college van bestuur van 16 juni 2025, kenmerk CvB/2025/117

Het college van bestuur van de Stichting IJsselgroep Onderwijs,
P: gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3,
derde lid, van de Wet educatie en beroepsonderwijs;
P: overwegende dat de stichting het bevoegd gezag is van de verticale scholengemeenschap
IJsselgroep, waarin het IJssel Vakcollege (vmbo) en het IJssel mbo College (instelling voor
beroepsonderwijs) zijn verenigd, en dat een doorlopende leerroute die geheel binnen deze
scholengemeenschap wordt verzorgd, berust op een interne regeling van het bevoegd gezag;
P: overwegende dat de directies van beide afdelingen, de gemeenschappelijke medezeggenschapsraad
en de studentenraad over het voornemen zijn gehoord;
P: besluit vast te stellen de volgende regeling.

H: Artikel 1 (Begrippen)
In deze regeling wordt verstaan onder:
L: a. college: het college van bestuur van de Stichting IJsselgroep Onderwijs;
L: b. afdeling vmbo: het IJssel Vakcollege;
L: c. afdeling mbo: het IJssel mbo College;
L: d. route: de doorlopende leerroute Handel, bedoeld in artikel 2;
L: e. routeleiding: de leiding bedoeld in artikel 4.

H: Artikel 2 (De route)
P: 1. De afdeling vmbo en de afdeling mbo verzorgen samen een doorlopende leerroute die aansluit
op het profiel Economie en ondernemen in de kaderberoepsgerichte leerweg.
P: 2. De route leidt tot het diploma vmbo kaderberoepsgerichte leerweg en tot het diploma van de
vakopleiding Verkoopspecialist, niveau 3 (BOL), in het opleidingsdomein Handel.
P: 3. De route omvat leerjaar 3 en 4 van de afdeling vmbo en twee leerjaren van de afdeling mbo.

H: Artikel 3 (Ondernemers in de route)
P: 1. De route wordt mede vormgegeven met de Ondernemersvereniging Binnenstad Deventer en de
winkelbedrijven Bakker & Brink Supermarkten, Modehuis Hanzestad en Bouwmarkt IJsselkant.
P: 2. Deze ondernemers:
L: a. verzorgen in leerjaar 3 en 4 samen ten minste vijf praktijkopdrachten per schooljaar, zoals
het inrichten van een etalage en het opzetten van een actieweek;
L: b. bieden in leerjaar 4 elke leerling een meeloopperiode van tien dagen aan;
L: c. stellen in de mbo-fase bpv-plaatsen beschikbaar als erkend leerbedrijf;
L: d. zijn vertegenwoordigd in de adviesgroep Handel, die eenmaal per semester adviseert over het
programma en meebeslist over de keuze van keuzedelen;
L: e. leveren praktijkbeoordelaars voor de examens in de beroepspraktijk.

H: Artikel 4 (Routeleiding)
P: 1. De routeleiding bestaat uit de afdelingsleider bovenbouw van de afdeling vmbo en de
teamleider Handel van de afdeling mbo.
P: 2. De leden van de routeleiding worden door het college aangewezen, op voordracht van de
directeur van de betrokken afdeling.
P: 3. Het college draagt aan de routeleiding op: het opstellen van het concept-PTA/OER, het
opstellen van het rooster, de toelating van leerlingen, de aansturing van het routeteam en het
onderhouden van de contacten met de ondernemers.
P: 4. De routeleiding is bevoegd binnen de door het college vastgestelde formatie en het budget
van de route de inzet van het personeel te regelen en uitgaven te doen tot € 7.500 per geval.
Het vaststellen van het PTA/OER, de formatie en het budget blijft aan het college voorbehouden.

H: Artikel 5 (Verantwoording)
P: 1. De routeleiding rapporteert na afloop van ieder semester schriftelijk aan het college over
de instroom, de voortgang en de uitval van leerlingen, de resultaten en de besteding van het
budget.
P: 2. Jaarlijks in juni voert het college met de routeleiding een voortgangsgesprek, waarin het
jaarplan voor het volgende schooljaar wordt vastgesteld.

H: Artikel 6 (Inrichting)
P: 1. Het onderwijsprogramma en de examinering per leerjaar staan in het gezamenlijke PTA/OER,
dat het college jaarlijks vóór 1 oktober vaststelt.
P: 2. Leerjaar 3 wordt gegeven in het gebouw van de afdeling vmbo aan de Hanzeweg; in leerjaar 4
volgen leerlingen twee dagen per week onderwijs in de leerwinkel "De Waag Shop" van de afdeling
mbo; de mbo-fase vindt plaats in het gebouw van de afdeling mbo.
P: 3. De route wordt verzorgd door één routeteam van docenten van beide afdelingen. Twee docenten
handel van de afdeling mbo geven in leerjaar 4 zes uur per week les; een docent economie van de
afdeling vmbo verzorgt in het eerste mbo-jaar het onderdeel "Ondernemend rekenen". Voor het
vakoverstijgende onderdeel "Retail in de praktijk" wordt gebruikgemaakt van de teambevoegdheid.
P: 4. De afdeling mbo stelt de leerwinkel, de kassasystemen en de webwinkelomgeving beschikbaar;
de afdeling vmbo stelt haar praktijklokaal economie en ondernemen beschikbaar voor lessen van de
afdeling mbo.

H: Artikel 7 (Overstap)
P: 1. Een leerling die in leerjaar 3 of 4 de route verlaat, kan de kaderberoepsgerichte leerweg
in het profiel Economie en ondernemen of in een ander profiel van de afdeling vmbo vervolgen en
daar het vmbo-diploma behalen.
P: 2. Een student die in de mbo-fase de route verlaat, kan zonder vooropleidingseisen worden
geplaatst in een andere opleiding van de afdeling mbo op niveau 3 of, als dat beter past, op
niveau 2.
P: 3. Heeft een student aan het einde van het derde routejaar het vmbo-diploma niet behaald, dan
kan hij de mbo-opleiding vervolgen en het vmbo-examen opnieuw afleggen.
P: 4. De beide afdelingsdirecteuren beslissen samen over de overstap, na een gesprek met de
leerling en zijn ouders, en houden daarbij rekening met het bereikte onderwijsniveau en de
leeftijd van de leerling.

H: Artikel 8 (Middelen)
P: Er vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a van de Wet
voortgezet onderwijs 2020 of artikel 9.1.15 van de Wet educatie en beroepsonderwijs. Het college
wijst in de begroting van de stichting aan beide afdelingen de middelen toe die zij voor hun
deel van de route nodig hebben.

H: Artikel 9 (Evaluatie)
P: Het college evalueert deze regeling uiterlijk in het schooljaar 2027-2028.

H: Artikel 10 (Inwerkingtreding en citeertitel)
P: 1. Deze regeling treedt in werking op 1 augustus 2025.
P: 2. Zij wordt aangehaald als: Interne regeling DLR Handel IJsselgroep.

Aldus vastgesteld door het college van bestuur op 16 juni 2025.
P: drs. W.J. ten Have, voorzitter — ing. S. Oosterveld, lid
"""


def build_h06(stem):
    st = pdf_styles(font="Helvetica", size=10, hsize=10.5)
    simple_pdf(HERE / f"{stem}.pdf", pdf_story(parse(H06), st),
               "Interne regeling DLR Handel IJsselgroep", "Stichting IJsselgroep Onderwijs")
    write_expected(stem,
        "Interne regeling (PDF) of the college van bestuur of a verticale scholengemeenschap "
        "(vmbo and mbo department in one foundation), drafted as a bestuursbesluit with 'Artikel N "
        "(Titel)'; Deventer, E&O kb -> Verkoopspecialist 3. a-g arranged, explicitly no transfer of "
        "bekostiging; h, i and j are not required.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="not_applicable", i="not_applicable", j="not_applicable"),
        dict(a="Artikel 2 (De route)", b="Artikel 3 (Ondernemers in de route)",
             c="Artikel 4 (Routeleiding)", d="Artikel 5 (Verantwoording)", e="Artikel 6 (Inrichting)",
             f="Artikel 7 (Overstap)", g="Artikel 8 (Middelen)"))
