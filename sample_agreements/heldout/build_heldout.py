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
#   A line without a marker continues an open P/L/LL/N/Q block (after a heading it starts a
#   new paragraph); a blank line closes every block.
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
L: – elke leerling loopt in leerjaar 4 twee weken oriëntatiestage bij een van deze bedrijven;
L: – vakmensen uit de bedrijven verzorgen jaarlijks de projectweek "Stroom in de wijk";
L: – de bedrijven leveren de leden van de werkveldcommissie, die tweemaal per jaar het programma
en de praktijkopdrachten toetst en daarover advies geeft;
L: – in de mbo-fase stellen zij bpv-plaatsen beschikbaar en treden hun praktijkopleiders op als
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

# ======================================================================================
# h07  DOCX  real Word heading styles (Title, Heading 1, Heading 2); geïntegreerde route
#            vmbo-basis -> mbo-2 (Midden-Limburg; BWI bb -> Schilder 2)
# defects: f weak (only an aim + a protocol still to be written), h weak ("n.t.b.")
# ======================================================================================
H07 = """
T: Samenwerkingsovereenkomst geïntegreerde route Schilderen Midden-Limburg
C: Roerdal Vakcollege en ROC Maasgouw — ingangsdatum 1 augustus 2025

H: 1 Partijen
Stichting Voortgezet Onderwijs Roer en Maas, gevestigd te Roermond, bevoegd gezag van het
Roerdal Vakcollege, vertegenwoordigd door de heer L.M.J. Crijns, voorzitter van het college van
bestuur (hierna: de school),
P: en Stichting ROC Maasgouw, gevestigd te Roermond, vertegenwoordigd door mevrouw dr. I. Peeters,
voorzitter van het college van bestuur (hierna: het ROC),
P: sluiten deze overeenkomst over een geïntegreerde route als bedoeld in artikel 2.107l van de
Wet voortgezet onderwijs 2020 en artikel 9.1.17 van de Wet educatie en beroepsonderwijs.

H: 2 Wat is de route
In de route volgen leerlingen van de basisberoepsgerichte leerweg, profiel Bouwen, wonen en
interieur, vanaf leerjaar 3 één geïntegreerd programma dat leidt tot het diploma van de
basisberoepsopleiding Schilder, niveau 2, in het opleidingsdomein Afbouw, hout en onderhoud.
P: De school neemt in deze route geen eindexamen vmbo basisberoepsgerichte leerweg af; de
leerlingen ronden de route af met het mbo-diploma. Een leerling wordt alleen tot de route
toegelaten na overleg met de leerling en zijn ouders en na overleg tussen de school en het ROC.
P: De route duurt vier leerjaren: leerjaar 3 en 4 met inschrijving bij de school en twee
leerjaren met inschrijving bij het ROC.

H: 3 Bedrijven in de route
De school en het ROC werken in deze route samen met de Vereniging Schildersbedrijven
Midden-Limburg en met de leden Schildersbedrijf Janssen Roermond, Van Oppen Onderhoud en de
onderhoudsdienst van Woonstichting Maasdal.
P: Deze bedrijven bieden vanaf leerjaar 4 leerwerkplekken aan waar leerlingen twee dagen per week
meewerken, organiseren jaarlijks twee vakmanschapsdagen op de bouwplaats, leveren de
praktijkbeoordelaars voor de proeve van bekwaamheid en bespreken tweemaal per jaar in het
werkveldoverleg met de routeleiding het programma en de planning van de leerwerkplekken.

H: 4 Routeleiding
De routeleiding bestaat uit de afdelingsleider bouw van het Roerdal Vakcollege en de
opleidingsmanager Afbouw van het ROC. Zij worden door het college van bestuur van de eigen
organisatie aangewezen; de colleges informeren elkaar schriftelijk over de aanwijzing.
P: De routeleiding stelt het gezamenlijke programma en het examenplan op, roostert het
docententeam in, beslist over de plaatsing van leerlingen op leerwerkplekken en onderhoudt de
contacten met de bedrijven. Zij is bevoegd binnen het jaarbudget van de route zelfstandig
uitgaven te doen; besluiten over personeel, investeringen en de toelating van nieuwe
leerbedrijven buiten de vereniging neemt zij alleen na instemming van beide colleges van
bestuur.

H: 5 Verantwoording
De routeleiding stuurt beide colleges van bestuur elk half jaar, in februari en september, een
schriftelijke rapportage over aantallen leerlingen, voortgang, uitval en besteding van het
budget. Eenmaal per jaar, in oktober, bespreken de colleges de rapportage van september met de
routeleiding.

H: 6 Inrichting van de route
H2: 6.1 Locaties
Leerjaar 3 wordt verzorgd op het Roerdal Vakcollege. Vanaf leerjaar 4 volgen de leerlingen twee
dagen per week onderwijs in de schilderswerkplaats van het ROC en twee dagen op een
leerwerkplek; de overige dag blijven zij op de school.
H2: 6.2 Personeel
Een praktijkdocent schilderen van het ROC geeft in leerjaar 3 en 4 acht uur per week les op de
school en in de werkplaats. De docenten bouw en de mentor van de school blijven in het eerste
jaar van inschrijving bij het ROC betrokken bij de begeleiding. Alle docenten vormen één team;
voor het vakoverstijgende onderdeel "Kleur en afwerking" passen partijen de teambevoegdheid toe.
H2: 6.3 Faciliteiten
Het ROC stelt de schilderswerkplaats met spuitcabine en het materiaalmagazijn beschikbaar; de
school stelt haar praktijklokaal BWI en de bijbehorende gereedschappen beschikbaar.
H2: 6.4 Programma en examinering
Het programma en de examinering per leerjaar staan in het gezamenlijke examenplan, dat beide
colleges jaarlijks vóór 1 oktober vaststellen.

H: 7 Als de route niet past
Partijen streven ernaar een leerling die de geïntegreerde route verlaat een passende plek te
bieden. Welke mogelijkheden er per leerjaar zijn en wie daarover beslist, wordt uitgewerkt in
een overstapprotocol dat de routeleiding vóór 1 februari 2026 aan beide colleges van bestuur
voorlegt.

H: 8 Bekostiging
De school draagt met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 aan het
ROC over: twintig procent van de personele bekostiging die de school ontvangt voor iedere
leerling die op 1 oktober in leerjaar 4 van de route staat ingeschreven. Het bedrag is bestemd
voor de inzet van de praktijkdocent schilderen en voor het verbruik van verf en materialen in de
werkplaats. De school betaalt vóór 1 januari.

H: 9 Medezeggenschap
Aanvullende afspraken over de medezeggenschap: n.t.b.

H: 10 Geschillen
Bij een geschil over de uitvoering van deze overeenkomst overleggen eerst de routeleiding en
daarna de colleges van bestuur. Is het geschil binnen acht weken na het eerste bestuurlijk
overleg niet opgelost, dan schakelen partijen een mediator in. Slaagt de mediation niet, dan
beslist de bevoegde rechter van de Rechtbank Limburg.

H: 11 Toetreding, wijziging en beëindiging
Een andere school met een basisberoepsgerichte leerweg of een andere instelling voor
beroepsonderwijs kan aan deze overeenkomst deelnemen als beide partijen schriftelijk instemmen;
de nieuwe partij tekent de overeenkomst mee en de deelname begint bij de start van een
schooljaar.
P: Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend.
P: De overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar schriftelijk opzeggen tegen
het einde van een schooljaar, met een opzegtermijn van twaalf maanden. Leerlingen die op het
moment van opzegging al in de route zitten, kunnen de route afmaken; nieuwe leerlingen worden
niet meer toegelaten.

H: 12 Ondertekening
Roermond, 19 juni 2025
P: Stichting Voortgezet Onderwijs Roer en Maas — L.M.J. Crijns
P: Stichting ROC Maasgouw — dr. I. Peeters
"""


def build_h07(stem):
    doc = new_docx("Samenwerkingsovereenkomst geïntegreerde route Schilderen", "ROC Maasgouw")
    docx_render(doc, parse(H07), heading_mode="style")
    save_docx(doc, HERE / f"{stem}.docx")
    write_expected(stem,
        "DOCX with real Word heading styles (Title, Heading 1 'N Titel', Heading 2 '6.1 ...'); "
        "geïntegreerde route vmbo-basis -> mbo-2 without a vmbo exam (Midden-Limburg, BWI bb -> "
        "Schilder 2). The overstap section is only an aim ('streven ernaar ... passende plek') plus a "
        "protocol still to be written; medezeggenschap 'n.t.b.'; transfer as 20 % of personele "
        "bekostiging with bestemming.",
        dict(a="present", b="present", c="present", d="present", e="present", f="weak",
             g="present", h="weak", i="present", j="present"),
        dict(a="2 Wat is de route", b="3 Bedrijven in de route", c="4 Routeleiding",
             d="5 Verantwoording", e="6 Inrichting van de route", g="8 Bekostiging",
             i="10 Geschillen", j="11 Toetreding, wijziging en beëindiging"))

# ======================================================================================
# h08  DOCX  arrangements in a 3-column Word table with column headings; English-Dutch mix
#            (West-Brabant, Breda; MVI kb -> Allround medewerker IT systems and devices 3)
# defects: c weak (mandate / taken en bevoegdheden deferred), j weak (no toetreding)
# ======================================================================================
H08_INTRO = """
T: Samenwerkingsovereenkomst doorlopende leerroute "IT Pathway Breda"
S: vmbo Media, vormgeving en ICT (kader) naar mbo-3 IT systems and devices

**Partners.** Stichting Onderwijsgroep Baronie, bevoegd gezag van Baronie Tech College te Breda
(hierna: "de School"), vertegenwoordigd door de heer M. Aarts, voorzitter van het college van
bestuur, en Stichting ROC Markdal, gevestigd te Breda (hierna: "het ROC"), vertegenwoordigd door
mevrouw S. de Vos-Hendrickx MSc, voorzitter van het college van bestuur; samen "de Partners".

**Taal.** Deze overeenkomst is in het Nederlands opgesteld. Waar wij in de dagelijkse praktijk
Engelse termen gebruiken (route lead, dashboard, run-out), hebben wij die aangehouden; zij hebben
de betekenis die in de tabel wordt beschreven.

**Afspraken.** De Partners komen het volgende overeen:
"""

H08_TABLE = [
    ["Nr.", "Onderwerp", "Afspraak"],
    ["1", "Scope & route",
     "De route start in leerjaar 3 van het profiel Media, vormgeving en ICT (kaderberoepsgerichte "
     "leerweg) van Baronie Tech College en leidt tot het vmbo-diploma kader en het mbo-diploma "
     "Allround medewerker IT systems and devices (niveau 3, BOL), opleidingsdomein ICT en "
     "creatieve industrie. Totale duur: vier jaar (twee jaar vo-fase, twee jaar mbo-fase). Het "
     "eerste cohort start in september 2025."],
    ["2", "Industry partners",
     "De Partners werken samen met het netwerk Breda Digital Hub. De bedrijven Datacenter Zuid B.V., "
     "het IT-servicebedrijf Nexus Helpdesk en de ICT-afdeling van Ziekenhuis Markzicht (a) leveren "
     "elk schooljaar twee real-life cases voor de hackathon in leerjaar 4; (b) bieden werkplekken "
     "voor de job-shadowing-week in leerjaar 4 en bpv-plaatsen (stage) in de mbo-fase; (c) zitten in "
     "de Industry Advisory Board, die twee keer per jaar feedback geeft op het curriculum en de "
     "keuzedelen; (d) leveren assessoren voor de proeve van bekwaamheid."],
    ["3", "Route lead",
     "Het route lead team bestaat uit de teamleider ICT van Baronie Tech College en de "
     "opleidingsmanager IT van het ROC. Ieder lid wordt aangewezen door het college van bestuur van "
     "de eigen organisatie. Het mandaat van het route lead team (taken en bevoegdheden) wordt "
     "vastgelegd in een afzonderlijk mandaatbesluit, dat beide colleges van bestuur na de start van "
     "de route zullen nemen."],
    ["4", "Reporting",
     "Het route lead team levert elk kwartaal een dashboard (in-, door- en uitstroom, verzuim, "
     "resultaten, bpv-plaatsen) aan beide colleges van bestuur en presenteert ieder jaar in november "
     "een schriftelijke Annual Route Review in een gezamenlijk bestuurlijk overleg."],
    ["5", "Delivery model",
     "Locaties: de vo-fase op Baronie Tech College, met iedere vrijdag lessen op de Tech Campus van "
     "het ROC; de mbo-fase op de Tech Campus. Personeel: twee ROC-docenten (netwerken en cloud) "
     "geven in leerjaar 4 zes uur per week les op de School; de vmbo-docenten MVI blijven in het "
     "eerste mbo-jaar coach van hun oud-leerlingen. Alle docenten vormen één team; voor het "
     "vakoverstijgende onderdeel 'Build & Fix' wordt de teambevoegdheid gebruikt. Faciliteiten: het "
     "ROC stelt zijn server lab (sandbox-omgeving) en zijn gecertificeerde testlab beschikbaar; de "
     "School stelt haar maker space en de laptopkarren beschikbaar voor de ROC-lessen. Programma en "
     "examinering per leerjaar staan in het gezamenlijke PTA/OER, dat beide colleges van bestuur "
     "vóór 1 oktober vaststellen."],
    ["6", "Switch-opties",
     "Wie in de vo-fase uitstapt, rondt de reguliere kaderberoepsgerichte leerweg (MVI of een ander "
     "profiel) af op de School of stapt over naar een andere doorlopende leerroute van de School. "
     "Wie in de mbo-fase uitstapt, kan zonder extra toelatingseisen overstappen naar een andere "
     "opleiding van het ROC op niveau 3 of, als dat beter past, niveau 2. Wie naar een andere "
     "instelling wil, krijgt hulp bij aanmelding en geschiktheidsonderzoek. De School en het ROC "
     "beslissen samen, met de student en zijn ouders, op basis van het bereikte niveau en de "
     "leeftijd."],
    ["7", "Funding",
     "Er vindt geen overdracht van bekostiging plaats tussen de Partners. Iedere Partner draagt zijn "
     "eigen kosten (no cross-charging)."],
    ["8", "Participation / medezeggenschap",
     "Leerlingen in de vo-fase mogen een delegate met spreekrecht afvaardigen naar de Student Council "
     "(studentenraad) van het ROC. De medezeggenschapsraad van de School en de studentenraad van het "
     "ROC ontvangen jaarlijks de Annual Route Review, vergaderen daarover één keer per jaar samen en "
     "kunnen beide colleges van bestuur daarover adviseren."],
    ["9", "Escalation & disputes",
     "Stap 1: route lead team (twee weken). Stap 2: de directeuren van beide organisaties (vier "
     "weken). Stap 3: de colleges van bestuur. Stap 4: mediation door een MfN-registermediator. "
     "Stap 5: de bevoegde rechter van de Rechtbank Zeeland-West-Brabant, locatie Breda."],
    ["10", "Duration, changes & exit",
     "Looptijd van 1 augustus 2025 tot 1 augustus 2029, daarna telkens stilzwijgend verlengd met "
     "twee jaar. Changes: alleen via een schriftelijk addendum, ondertekend door beide colleges van "
     "bestuur. Exit: opzegging met een opzegtermijn van twaalf maanden tegen 1 augustus; na opzegging "
     "is er geen nieuwe instroom en maken de lopende cohorten de route af (run-out)."],
]

H08_SIG = """
Aldus overeengekomen te Breda op 26 juni 2025.
P: Voor Stichting Onderwijsgroep Baronie: M. Aarts, voorzitter college van bestuur
P: Voor Stichting ROC Markdal: S. de Vos-Hendrickx MSc, voorzitter college van bestuur
"""


def build_h08(stem):
    doc = new_docx("IT Pathway Breda", "ROC Markdal", font="Arial", size=10)
    docx_render(doc, parse(H08_INTRO), heading_mode="bold")
    docx_table(doc, H08_TABLE, widths=[1.2, 3.8, 11.5])
    doc.add_paragraph()
    docx_render(doc, parse(H08_SIG), heading_mode="bold")
    save_docx(doc, HERE / f"{stem}.docx")
    write_expected(stem,
        "DOCX whose arrangements sit in one Word table with column headings 'Nr. | Onderwerp | "
        "Afspraak'; Dutch with English practice terms (route lead, dashboard, run-out); West-Brabant "
        "(Breda), MVI kb -> Allround medewerker IT systems and devices 3. The route lead's mandate is "
        "deferred to a later mandaatbesluit; there is no toetreding clause; explicitly no transfer.",
        dict(a="present", b="present", c="weak", d="present", e="present", f="present",
             g="present", h="present", i="present", j="weak"),
        dict(a="Scope & route", b="Industry partners", d="Reporting", e="Delivery model",
             f="Switch-opties", g="Funding", h="Participation / medezeggenschap",
             i="Escalation & disputes"))

# ======================================================================================
# h09  DOCX  addendum amending a 2019 agreement; amendments numbered by Word's automatic
#            "List Number" numbering (Voorne-Putten, Spijkenisse; PIE kb -> Operator B 3)
# defect: i missing (geschillen only mentioned in the considerans)
# ======================================================================================
H09 = """
T: ADDENDUM I
S: bij de Samenwerkingsovereenkomst Vakmanschapsroute Procestechniek van 12 maart 2019

**De ondergetekenden:**
L: 1. Stichting Openbare Scholengroep Voorne-Putten, gevestigd te Spijkenisse, bevoegd gezag van
het Nissewaard Vakcollege, rechtsgeldig vertegenwoordigd door mevrouw E. Koster, voorzitter van
het college van bestuur, hierna: "de School";
L: 2. Stichting ROC Rijnmond-Zuid, gevestigd te Rotterdam, rechtsgeldig vertegenwoordigd door de
heer T. Bouzidi, lid van het college van bestuur, hierna: "het ROC";

**Overwegende dat:**
L: A. partijen op 12 maart 2019 een samenwerkingsovereenkomst hebben gesloten over een
vakmanschapsroute procestechniek (hierna: "de Overeenkomst");
L: B. een doorlopende leerroute sinds de inwerkingtreding van de Wet doorlopende leerroutes
vmbo-mbo moet berusten op een samenwerkingsovereenkomst die over een aantal onderwerpen afspraken
bevat;
L: C. partijen hebben vastgesteld dat de Overeenkomst geen bepalingen bevat over de leiding van
de route en de verantwoording daarvan, de overstapmogelijkheden, de medezeggenschap, de
toetreding en beëindiging en de beslechting van geschillen, en dat de bepalingen over de route,
de bedrijven, de inrichting en de bijdrage verouderd zijn;
L: D. partijen de Overeenkomst daarom willen wijzigen en aanvullen, onder meer door afspraken te
maken over de wijze waarop geschillen tussen hen worden beslecht;

**komen overeen dat de Overeenkomst met ingang van 1 augustus 2025 als volgt wordt gewijzigd:**

N: Artikel 1 van de Overeenkomst komt te luiden:
B: Artikel 1 – Route
Q: De School en het ROC verzorgen gezamenlijk een doorlopende leerroute voor leerlingen van het
profiel Produceren, installeren en energie in de kaderberoepsgerichte leerweg. De route leidt tot
het vmbo-diploma kaderberoepsgerichte leerweg en tot het mbo-diploma Operator B, niveau 3 (BOL),
in het opleidingsdomein Procestechniek. De route omvat leerjaar 3 en 4 van het vmbo en de twee
leerjaren van de vakopleiding.

N: Artikel 2 van de Overeenkomst komt te luiden:
B: Artikel 2 – Procesindustrie
Q: De bedrijven die deelnemen in de Stichting Procescampus Botlek, waaronder Raffinaderij Oude
Maas B.V., Chemiepark Botlek-West en Tankopslag Nieuwe Waterweg, verzorgen samen met partijen de
praktijkcomponent van de route. Zij stellen voor iedere leerling in leerjaar 4 vier praktijkdagen
op de procesinstallatie-simulator van de Procescampus beschikbaar, bieden bpv-plaatsen aan in de
mbo-fase, leveren praktijkbeoordelaars voor de examens en geven via het Werkveldpanel iedere
januari advies over de keuzedelen en de actualiteit van het programma.

N: Na artikel 3 van de Overeenkomst worden twee artikelen ingevoegd, luidende:
B: Artikel 3a – Routeleiding
Q: 1. De routeleiding bestaat uit de teamleider techniek van het Nissewaard Vakcollege en de
opleidingsmanager Procestechniek van het ROC. 2. Ieder lid wordt benoemd door het college van
bestuur van de eigen partij, na overleg met het college van bestuur van de andere partij. 3. De
routeleiding stelt jaarlijks het gezamenlijke PTA/OER op ter vaststelling door beide besturen,
stelt het rooster vast, verdeelt het werk binnen het docententeam, beslist over toelating van
leerlingen tot de route en onderhoudt het contact met de Procescampus. 4. De routeleiding mag
binnen het jaarbudget van de route verplichtingen aangaan tot € 5.000; daarboven en over formatie
beslissen de besturen.
B: Artikel 3b – Rapportage aan de besturen
Q: De routeleiding zendt beide besturen ieder halfjaar, vóór 1 februari en vóór 1 september, een
schriftelijke voortgangsrapportage met de leerlingaantallen, de uitval, de resultaten en de
besteding van het budget. De rapportage van september wordt besproken in het jaarlijkse
bestuurlijk overleg in oktober.

N: Artikel 4 van de Overeenkomst (Faciliteiten) komt te luiden:
B: Artikel 4 – Inrichting
Q: 1. Leerjaar 3 en 4 worden verzorgd op het Nissewaard Vakcollege, met één dag per week op de
Procescampus; de mbo-fase vindt plaats op de ROC-locatie Botlek en op de Procescampus. 2. Twee
instructeurs procestechniek van het ROC geven in leerjaar 4 vijf uur per week les op de School;
docenten natuurkunde en scheikunde van de School verzorgen in het eerste mbo-jaar de lessen
procesfysica. De docenten vormen één team. 3. Het ROC stelt de procesinstallatie-simulator en het
laboratorium beschikbaar; de School haar practicumlokaal PIE. 4. Programma en examinering per
leerjaar staan in het gezamenlijke PTA/OER.

N: Artikel 5 van de Overeenkomst (Terugvaloptie) komt te luiden:
B: Artikel 5 – Overstap
Q: 1. Een leerling die in leerjaar 3 of 4 de route verlaat, kan de kaderberoepsgerichte leerweg
PIE of een ander profiel van de School afmaken en daar het vmbo-diploma halen. 2. Een student die
de route in de mbo-fase verlaat, kan zonder vooropleidingseisen overstappen naar een andere
opleiding van het ROC op niveau 3 of, als dat beter past, niveau 2. 3. Heeft de student aan het
einde van het derde routejaar het vmbo-diploma niet, dan kan hij de mbo-opleiding vervolgen en
het vmbo-examen herkansen. 4. De School en het ROC bepalen samen met de leerling en zijn ouders
welk vervolg past bij het bereikte niveau en de leeftijd.

N: Artikel 6 van de Overeenkomst (Bijdrage) komt te luiden:
B: Artikel 6 – Overdracht van bekostiging
Q: De School draagt jaarlijks € 1.050 per leerling die op 1 oktober in leerjaar 4 van de route
staat ingeschreven over aan het ROC. Het bedrag is bestemd voor de inzet van de instructeurs van
het ROC en het gebruik van de simulator en het laboratorium, bedoeld in artikel 4. De School
betaalt vóór 1 januari.

N: Na artikel 6 van de Overeenkomst wordt een artikel ingevoegd, luidende:
B: Artikel 6a – Medezeggenschap
Q: Partijen spreken af dat de medezeggenschapsraad van de School en de studentenraad van het ROC
ieder jaar in november samen de voortgangsrapportage van september bespreken en dat een voorstel
tot wijziging van de Overeenkomst vooraf aan beide raden voor advies wordt voorgelegd.

N: Artikel 7 van de Overeenkomst (Duur) komt te luiden:
B: Artikel 7 – Duur, toetreding, wijziging en beëindiging
Q: 1. De Overeenkomst geldt voor onbepaalde tijd. 2. Een andere school voor vmbo of instelling
voor beroepsonderwijs kan toetreden met schriftelijke instemming van beide partijen, door
medeondertekening van de Overeenkomst met ingang van een nieuw schooljaar en na gezamenlijke
melding bij DUO. 3. Wijziging geschiedt bij schriftelijk addendum, ondertekend door beide
besturen. 4. Opzegging geschiedt schriftelijk tegen 1 augustus, met een opzegtermijn van twaalf
maanden. 5. Na opzegging worden geen nieuwe leerlingen toegelaten; leerlingen en studenten die al
in de route zitten, ronden de route af.

N: Voor het overige blijft de Overeenkomst ongewijzigd van kracht.

Aldus overeengekomen en in tweevoud getekend te Spijkenisse op 3 juli 2025.
P: Stichting Openbare Scholengroep Voorne-Putten — E. Koster
P: Stichting ROC Rijnmond-Zuid — T. Bouzidi
"""


def build_h09(stem):
    doc = new_docx("Addendum I Vakmanschapsroute Procestechniek", "Nissewaard Vakcollege",
                   font="Cambria", size=11)
    docx_render(doc, parse(H09), heading_mode="bold")
    save_docx(doc, HERE / f"{stem}.docx")
    write_expected(stem,
        "Addendum (DOCX) that rewrites and adds articles of a 2019 vakmanschapsroute agreement; the "
        "amendments are numbered by Word automatic numbering (List Number style, numbering.xml), the "
        "new article texts are quoted under bold lines 'Artikel N – Titel'. Voorne-Putten, PIE kb -> "
        "Operator B 3. Dispute resolution is only mentioned in the considerans (D) and never arranged.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="present", i="missing", j="present"),
        dict(a="Artikel 1 – Route", b="Artikel 2 – Procesindustrie", c="Artikel 3a – Routeleiding",
             d="Artikel 3b – Rapportage aan de besturen", e="Artikel 4 – Inrichting",
             f="Artikel 5 – Overstap", g="Artikel 6 – Overdracht van bekostiging",
             h="Artikel 6a – Medezeggenschap",
             j="Artikel 7 – Duur, toetreding, wijziging en beëindiging"))

# ======================================================================================
# h10  DOCX  numbered sub-clauses (1.1, 2.3 ...) under three broad headings "Organisatie",
#            "Onderwijs", "Overige bepalingen" (Noord-Veluwe, Harderwijk; HBR kb -> mbo-3)
# defects: e weak (no word on the inzet van personeel), j weak (opzegging at three months,
#          no protection of pupils anywhere)
# ======================================================================================
H10 = """
T: Samenwerkingsovereenkomst doorlopende leerroute Leisure & Hospitality Noord-Veluwe
C: Randmeer College — ROC Veluwerand

Partijen: de Stichting Christelijk Voortgezet Onderwijs Noord-Veluwe te Harderwijk, bevoegd
gezag van het Randmeer College, vertegenwoordigd door de heer drs. G. van de Kamp, en de Stichting
ROC Veluwerand te Harderwijk, vertegenwoordigd door mevrouw A.M. Ruitenberg, beiden voorzitter van
het college van bestuur, komen het volgende overeen.

H: Organisatie
P: 1.1 Partijen verzorgen met ingang van 1 augustus 2025 samen een doorlopende leerroute. De route
sluit aan op het profiel Horeca, bakkerij en recreatie van de kaderberoepsgerichte leerweg van het
Randmeer College en leidt tot het diploma Zelfstandig medewerker leisure & hospitality, niveau 3
(BOL), van ROC Veluwerand, in het opleidingsdomein Toerisme en recreatie. De route duurt vier
jaar.
P: 1.2 De route wordt geleid door een kernteam, bestaande uit de teamleider HBR van het Randmeer
College, de opleidingsmanager Leisure & Hospitality van ROC Veluwerand en een routecoördinator.
De colleges van bestuur benoemen de leden gezamenlijk voor drie schooljaren; de routecoördinator
wordt benoemd na een gezamenlijke selectieprocedure.
P: 1.3 Het kernteam is verantwoordelijk voor de programmering, het rooster, de toelating van
leerlingen, de contacten met het werkveld en de kwaliteitszorg van de route. Het kernteam mag
binnen het door de colleges vastgestelde jaarbudget zelfstandig uitgaven doen en afspraken maken
met praktijkbedrijven; het kan geen verplichtingen aangaan die langer lopen dan het lopende
schooljaar.
P: 1.4 Het kernteam rapporteert tweemaal per jaar, in januari en in juli, schriftelijk aan beide
colleges van bestuur over de leerlingaantallen, de resultaten, de uitval en het budget. In
september bespreken de colleges de rapportage van juli met het kernteam.
P: 1.5 Bij de route zijn betrokken: Recreatiepark Veluwemeer, Hotel-Restaurant De Zeebries en de
ondernemersvereniging Gastvrij Harderwijk. Zij bieden leerlingen van leerjaar 4 meeloopdagen,
leveren praktijkopdrachten (zoals het organiseren van een evenement voor parkgasten), stellen in
de mbo-fase bpv-plaatsen beschikbaar en nemen zitting in de jury van de eindpresentaties.
P: 1.6 Het Randmeer College draagt jaarlijks € 875 per leerling die op 1 oktober in leerjaar 4 van
de route staat ingeschreven over aan ROC Veluwerand. Dit bedrag is bestemd voor het gebruik van
het leerhotel en van de boekingssoftware door de leerlingen in de vo-fase.

H: Onderwijs
P: 2.1 Het onderwijsprogramma en de examinering per leerjaar worden vastgelegd in een gezamenlijk
PTA/OER, dat beide colleges van bestuur vóór 1 oktober vaststellen.
P: 2.2 Leerjaar 3 wordt verzorgd in het gebouw van het Randmeer College. In leerjaar 4 vinden twee
dagen per week plaats in leerhotel De Strandloper van ROC Veluwerand; de mbo-fase vindt geheel
plaats op de campus van het ROC.
P: 2.3 Het Randmeer College stelt zijn doceerkeuken en zijn evenementenzaal beschikbaar voor
activiteiten van de route; ROC Veluwerand stelt het leerhotel, de receptie-oefenruimte en de
licenties voor de boekingssoftware beschikbaar.
P: 2.4 Het centraal examen vmbo wordt in leerjaar 4 afgenomen. Onderdelen van het mbo-examen
kunnen vanaf leerjaar 4 worden afgenomen.
P: 2.5 Verlaat een leerling de route in leerjaar 3 of 4, dan maakt hij de kaderberoepsgerichte
leerweg (HBR of een ander profiel) af op het Randmeer College en haalt hij daar zijn vmbo-diploma.
Verlaat een student de route in de mbo-fase, dan kan hij zonder aanvullende toelatingseisen
overstappen naar een andere opleiding van ROC Veluwerand op niveau 3, of op niveau 2 als dat
beter past. Het Randmeer College en ROC Veluwerand bepalen samen met de leerling en zijn ouders
welk vervolg past bij het bereikte onderwijsniveau en de leeftijd.

H: Overige bepalingen
P: 3.1 Partijen stellen een routecommissie medezeggenschap in, met twee leden uit de
medezeggenschapsraad van het Randmeer College en twee leden uit de studentenraad van ROC
Veluwerand. De routecommissie heeft adviesrecht over het PTA/OER en over wijzigingen van deze
overeenkomst.
P: 3.2 Geschillen over de uitvoering van deze overeenkomst worden eerst in het kernteam en daarna
door de colleges van bestuur besproken. Leidt dat binnen zes weken niet tot een oplossing, dan
volgt mediation; slaagt die niet, dan beslist de bevoegde rechter van de Rechtbank Gelderland.
P: 3.3 Een andere school of instelling kan tot deze overeenkomst toetreden met schriftelijke
toestemming van beide partijen, door medeondertekening en na gezamenlijke melding bij DUO.
P: 3.4 Wijzigingen van deze overeenkomst worden schriftelijk vastgelegd en door beide colleges van
bestuur ondertekend.
P: 3.5 Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar schriftelijk opzeggen
met een opzegtermijn van drie maanden.

Harderwijk, 24 juni 2025
P: drs. G. van de Kamp — A.M. Ruitenberg
"""


def build_h10(stem):
    doc = new_docx("DLR Leisure & Hospitality Noord-Veluwe", "Randmeer College",
                   font="Georgia", size=10.5)
    docx_render(doc, parse(H10), heading_mode="bold", heading_size=14)
    save_docx(doc, HERE / f"{stem}.docx")
    write_expected(stem,
        "DOCX with only three broad bold headings ('Organisatie', 'Onderwijs', 'Overige bepalingen') "
        "and untitled numbered sub-clauses 1.1-3.5; Noord-Veluwe (Harderwijk), HBR kb -> Zelfstandig "
        "medewerker leisure & hospitality 3. The inrichting names locations, facilities and the "
        "PTA/OER but never the inzet van personeel; opzegging at three months' notice at any time with "
        "no protection of pupils.",
        dict(a="present", b="present", c="present", d="present", e="weak", f="present",
             g="present", h="present", i="present", j="weak"),
        dict(a="Organisatie", b="Organisatie", c="Organisatie", d="Organisatie", f="Onderwijs",
             g="Organisatie", h="Overige bepalingen", i="Overige bepalingen"))

# ======================================================================================
# h11  DOCX  framework agreement (Deel A raamafspraken) + route annex (Deel B routebijlage)
#            (Zuid-Limburg, Heerlen; Z&W kb -> Medewerker maatschappelijke zorg 3)
# fully compliant; overstap sits under "B.4 Loopbaanbegeleiding"
# ======================================================================================
H11 = """
T: Raamovereenkomst doorlopende leerroutes Parkstad
S: met Routebijlage 1: Maatschappelijke zorg

**Partijen.** Stichting Voortgezet Onderwijs Parkstad Limburg, gevestigd te Heerlen, bevoegd
gezag van het Carboon College (hierna: de school), vertegenwoordigd door de heer drs. J.W.M.
Frissen, voorzitter van het college van bestuur, en Stichting ROC Parkstad-Heuvelland, gevestigd
te Heerlen (hierna: het ROC), vertegenwoordigd door mevrouw ir. C. Schreurs, voorzitter van het
college van bestuur.

**Opzet.** Deel A bevat afspraken die gelden voor alle doorlopende leerroutes die partijen samen
verzorgen. Deel B bevat per route een routebijlage met de afspraken die alleen voor die route
gelden. Iedere routebijlage maakt deel uit van deze overeenkomst.

H: Deel A — Raamafspraken

H2: A.1 Reikwijdte
Deze overeenkomst geldt voor iedere doorlopende leerroute vmbo-mbo die in een door beide partijen
ondertekende routebijlage is beschreven. Bij de ondertekening van deze overeenkomst is dat
Routebijlage 1 (Maatschappelijke zorg).

H2: A.2 Stuurgroep en routeleiding
De stuurgroep bestaat uit de directeur van het Carboon College en de sectordirecteur Zorg en
Welzijn van het ROC. Voor iedere route is er daarnaast een routeleiding van twee personen: een
teamleider van de school en een opleidingsmanager van het ROC.
P: De leden van de stuurgroep worden door het college van bestuur van de eigen partij aangewezen.
De leden van een routeleiding worden door de stuurgroep benoemd, op voordracht van de partij
waarbij zij in dienst zijn; de stuurgroep handelt daarbij in mandaat van beide colleges van
bestuur.
P: De stuurgroep bepaalt het beleid voor alle routes, stelt de jaarbegroting per route op ter
vaststelling door de colleges van bestuur en beslist over het starten van nieuwe cohorten. De
routeleiding is verantwoordelijk voor de uitvoering van de route: zij stelt het PTA/OER op ter
vaststelling door de colleges van bestuur, maakt het rooster, zet de docenten van beide partijen
in, beslist over de toelating van leerlingen en onderhoudt de contacten met het werkveld. De
routeleiding mag uitgaven doen binnen de vastgestelde begroting; afwijkingen daarvan legt zij
voor aan de stuurgroep.

H2: A.3 Verantwoording
Iedere routeleiding stelt jaarlijks vóór 1 december een schriftelijk routeverslag op over het
afgelopen schooljaar (instroom, doorstroom, uitstroom, examenresultaten, tevredenheid, besteding
van de middelen). De stuurgroep bundelt de routeverslagen en biedt ze vóór 15 december aan beide
colleges van bestuur aan. In april brengt de stuurgroep daarnaast een korte schriftelijke
tussenrapportage uit. Beide documenten worden besproken in het halfjaarlijkse bestuurlijk overleg
van de colleges.

H2: A.4 Personeel en faciliteiten in het algemeen
Docenten die in een route onderwijs geven aan deelnemers van de andere partij, blijven in dienst
van hun eigen werkgever en werken in de route onder aansturing van de routeleiding. Partijen
stellen hun gebouwen en voorzieningen kosteloos voor elkaars routeonderwijs beschikbaar, voor
zover de routebijlage niets anders bepaalt. De concrete inzet staat in de routebijlage.

H2: A.5 Financiële verhouding
Een overdracht van bekostiging tussen partijen vindt alleen plaats als de routebijlage daarin
voorziet en daarin de omvang en de bestemming van de over te dragen middelen staan. Overige
kosten draagt iedere partij zelf.

H2: A.6 Medezeggenschap
Partijen spreken af dat de oudergeleding van de medezeggenschapsraad van de school en de
ouderraad van het ROC jaarlijks in het voorjaar gezamenlijk vergaderen over de routes, op basis
van de routeverslagen. Leerlingen in het tweede jaar van een route mogen zich kandidaat stellen
voor de studentenraad van het ROC. Voorstellen tot wijziging van deze overeenkomst worden vooraf
voor advies voorgelegd aan de medezeggenschapsraad van de school en de studentenraad van het ROC.

H2: A.7 Geschillen
Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de stuurgroep
besproken en daarna, als het binnen een maand niet is opgelost, in het bestuurlijk overleg. Lukt
het de colleges van bestuur niet het geschil binnen twee maanden op te lossen, dan leggen zij het
voor aan een mediator. Leidt de mediation niet tot overeenstemming, dan is de Rechtbank Limburg
bevoegd.

H2: A.8 Toetreding
Het bevoegd gezag van een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze
overeenkomst of tot één routebijlage toetreden, als beide partijen schriftelijk instemmen en de
toetreder de overeenkomst ondertekent. De toetreding gaat in bij het begin van een schooljaar en
wordt gezamenlijk gemeld bij DUO. Deelnemers die al in een route zitten, merken van de toetreding
geen nadelige gevolgen.

H2: A.9 Wijziging
Deze overeenkomst en de routebijlagen worden alleen schriftelijk gewijzigd, met handtekening van
beide colleges van bestuur. Een nieuwe route wordt toegevoegd door een nieuwe routebijlage.

H2: A.10 Duur en beëindiging
Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Iedere partij kan de
overeenkomst, of één routebijlage, schriftelijk opzeggen tegen 1 augustus van enig jaar met een
opzegtermijn van twaalf maanden. Na opzegging stromen in de betrokken route geen nieuwe leerlingen
meer in; deelnemers die al in de route zitten, maken haar af onder de voorwaarden van deze
overeenkomst.

---
H: Deel B — Routebijlage 1: Maatschappelijke zorg

H2: B.1 De route
De route sluit aan op het profiel Zorg en welzijn van de kaderberoepsgerichte leerweg van het
Carboon College en leidt tot het diploma van de vakopleiding Medewerker maatschappelijke zorg,
niveau 3 (BOL), in het opleidingsdomein Zorg en welzijn. De route duurt vier jaar; het eerste
cohort start op 1 augustus 2025.

H2: B.2 Werkveld
De route wordt samen met drie zorg- en welzijnsorganisaties uitgevoerd: Zorggroep Heuvelland
(gehandicaptenzorg), Woonzorgcentrum De Kolenberg en Stichting Welzijn Parkstad-Oost. Zij bieden
leerlingen in het tweede routejaar een leerwerkplek van één dag per week, verzorgen gastlessen door
begeleiders en ervaringsdeskundigen, stellen in de mbo-fase bpv-plaatsen beschikbaar en leveren
praktijkbeoordelaars. Hun vertegenwoordigers vormen samen met de routeleiding de praktijkkring,
die twee keer per jaar advies geeft over het programma.

H2: B.3 Inrichting van de route
Het eerste routejaar wordt verzorgd op het Carboon College; in het tweede routejaar volgen de
leerlingen twee dagen per week onderwijs op de Zorgcampus Heerlen van het ROC. Het ROC zet in de
vo-fase een docent maatschappelijke zorg in voor 0,3 fte; de school zet in het eerste mbo-jaar
haar docent Nederlands in voor twee uur per week. Voor het vakoverstijgende onderdeel "Cliënt en
omgeving" werken de docenten als team met teambevoegdheid. Het ROC stelt zijn skillslab en het
oefenappartement "Thuis in Parkstad" beschikbaar; de school haar verzorgingslokaal en keuken.
Programma en examinering per routejaar staan in het PTA/OER; de tabel hieronder geeft de
hoofdlijnen.
TABLE:prog

H2: B.4 Loopbaanbegeleiding
Iedere leerling heeft in de vo-fase een mentor en in de mbo-fase een studieloopbaanbegeleider, die
ten minste vier keer per jaar een loopbaangesprek voeren.
P: Blijkt uit die gesprekken dat de route niet (meer) past, dan bespreken de mentor of
studieloopbaanbegeleider, de routeleiding, de leerling en zijn ouders welk vervolg het beste past
bij het bereikte niveau en de leeftijd; de school en het ROC nemen daarover samen een besluit.
Een leerling in de vo-fase kan de kaderberoepsgerichte leerweg Zorg en welzijn of een ander profiel
van het Carboon College afmaken en het vmbo-diploma halen. Een student in de mbo-fase kan zonder
vooropleidingseisen overstappen naar een andere opleiding van het ROC, bijvoorbeeld Helpende zorg
en welzijn (niveau 2) of Verzorgende-IG (niveau 3). Wie het vmbo-diploma aan het einde van het
derde routejaar niet heeft, mag de mbo-opleiding vervolgen en het vmbo-examen herkansen.

H2: B.5 Financiën van de route
De school draagt jaarlijks € 1.020 over aan het ROC voor iedere leerling die op 1 oktober in het
tweede routejaar staat ingeschreven. Het bedrag is bestemd voor de inzet van de docent
maatschappelijke zorg van het ROC en het gebruik van het skillslab en het oefenappartement. De
school betaalt in twee gelijke termijnen, in december en in april.

Ondertekend te Heerlen op 1 juli 2025.
P: Stichting Voortgezet Onderwijs Parkstad Limburg — drs. J.W.M. Frissen
P: Stichting ROC Parkstad-Heuvelland — ir. C. Schreurs
"""

H11_TABLES = {
    "prog": [
        ["Routejaar", "Ingeschreven bij", "Hoofdlijnen", "Examinering"],
        ["1 (vmbo 3)", "school", "profielvakken Z&W, 'Cliënt en omgeving'", "schoolexamens vmbo"],
        ["2 (vmbo 4)", "school", "twee dagen Zorgcampus, leerwerkplek", "centraal examen vmbo"],
        ["3 (mbo 1)", "ROC", "kerntaken maatschappelijke zorg, bpv", "mbo-examens"],
        ["4 (mbo 2)", "ROC", "keuzedelen, bpv", "proeve van bekwaamheid"],
    ]
}


def build_h11(stem):
    doc = new_docx("Raamovereenkomst doorlopende leerroutes Parkstad", "ROC Parkstad-Heuvelland")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Raamovereenkomst DLR Parkstad — Carboon College / ROC Parkstad-Heuvelland"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Pagina ")
    add_field(fp, "PAGE")
    docx_render(doc, parse(H11), heading_mode="style", tables=H11_TABLES,
                widths={"prog": [2.6, 3.0, 6.5, 4.0]})
    save_docx(doc, HERE / f"{stem}.docx")
    write_expected(stem,
        "Framework agreement (DOCX, Heading 1 'Deel A/B', Heading 2 'A.1 ...') with a route annex that "
        "is part of it, a Word table of the programme per year and a header/footer with a PAGE field; "
        "Zuid-Limburg (Heerlen), Z&W kb -> Medewerker maatschappelijke zorg 3. Fully compliant; the "
        "overstap sits under 'B.4 Loopbaanbegeleiding' and the transfer amount in the annex.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="present", i="present", j="present"),
        dict(a="B.1 De route", b="B.2 Werkveld", c="A.2 Stuurgroep en routeleiding",
             d="A.3 Verantwoording", e="B.3 Inrichting van de route", f="B.4 Loopbaanbegeleiding",
             g="B.5 Financiën van de route", h="A.6 Medezeggenschap", i="A.7 Geschillen",
             j="A.10 Duur en beëindiging"))

# ======================================================================================
# h12  DOCX  one vmbo school and two mbo institutions (an AOC and a ROC), two routes
#            (Noordoostpolder, Emmeloord; groen kb and M&T kb -> two level-3 qualifications)
# defects: b weak (only the statutory sentence), d weak (no form, no frequency)
# ======================================================================================
H12 = """
T: SAMENWERKINGSOVEREENKOMST
S: doorlopende leerroutes Groen en Mobiliteit Noordoostpolder

**Partijen**
L: 1. Stichting Openbaar Onderwijs Noordoostpolder, gevestigd te Emmeloord, bevoegd gezag van het
Polderhof Vakcollege, vertegenwoordigd door mevrouw J. Wiersma, voorzitter van het college van
bestuur, hierna: "de school";
L: 2. Stichting Agrarisch Opleidingscentrum Flevo-Kop, gevestigd te Emmeloord, vertegenwoordigd
door de heer H. de Boer, voorzitter van het college van bestuur, hierna: "het AOC";
L: 3. Stichting ROC Zuiderzeeland-Noord, gevestigd te Emmeloord, vertegenwoordigd door de heer
R.K. Jansma, voorzitter van het college van bestuur, hierna: "het ROC";
P: het AOC en het ROC hierna ook samen: "de instellingen".

H: Art. 1 Begrippen
P: In deze overeenkomst betekent: route A: de route bedoeld in artikel 2, onder a; route B: de
route bedoeld in artikel 2, onder b; vo-fase: leerjaar 3 en 4 van het vmbo binnen een route;
mbo-fase: de leerjaren waarin de deelnemer bij een instelling is ingeschreven.

H: Art. 2 Routes
P: Partijen verzorgen de volgende doorlopende leerroutes:
L: a. route A (school en AOC): van het profiel Groen, kaderberoepsgerichte leerweg, naar de
vakopleiding Vakbekwaam medewerker bloem, groen en styling, niveau 3 (BOL), in het
opleidingsdomein Voedsel, natuur en leefomgeving;
L: b. route B (school en ROC): van het profiel Mobiliteit en transport, kaderberoepsgerichte
leerweg, naar de vakopleiding Eerste monteur mobiele werktuigen, niveau 3 (BOL), in het
opleidingsdomein Mobiliteit en voertuigen.
P: Beide routes duren vier jaar en starten op 1 augustus 2025.

H: Art. 3 Bedrijfsleven
P: Het bedrijfsleven wordt betrokken bij de invulling van de doorlopende leerroutes. Partijen
onderkennen het belang daarvan voor een goede aansluiting op de regionale arbeidsmarkt.

H: Art. 4 Stuurgroep en routeleiders
P: 1. Er is een stuurgroep, bestaande uit de directeur van het Polderhof Vakcollege, de
sectordirecteur van het AOC en de sectordirecteur techniek van het ROC. Ieder lid wordt door het
college van bestuur van de eigen partij aangewezen.
P: 2. Voor iedere route benoemt de stuurgroep, op voordracht van de betrokken partijen, twee
routeleiders: een teamleider van de school en een opleidingsmanager van de betrokken instelling.
P: 3. De routeleiders stellen het PTA/OER van hun route op, maken het rooster, verdelen de lessen
over het docententeam en beslissen over de toelating van leerlingen. Zij mogen binnen het door de
stuurgroep vastgestelde routebudget uitgaven doen. De stuurgroep beslist over de begroting van de
routes, over de start van een nieuw cohort en over zaken die beide routes raken; zij legt
voorstellen over formatie en investeringen voor aan de colleges van bestuur.

H: Art. 5 Informatie aan de besturen
P: De routeleiders houden de besturen op de hoogte van de gang van zaken in de routes.

H: Art. 6 Inrichting
P: 1. Route A wordt in de vo-fase verzorgd op het Polderhof Vakcollege en op één dag per week in de
binderij en de kwekerij van het AOC; de mbo-fase vindt plaats op het AOC. Route B wordt in de
vo-fase verzorgd op het Polderhof Vakcollege en op één dag per week in de werkplaats
landbouwmechanisatie van het ROC; de mbo-fase vindt plaats op het ROC.
P: 2. Het AOC zet in de vo-fase van route A een docent bloem en styling in voor vier uur per week;
het ROC zet in de vo-fase van route B een instructeur mobiele werktuigen in voor vier uur per week.
Docenten groen en techniek van de school geven in het eerste mbo-jaar van hun route het onderdeel
"Werkplaats en veiligheid". De docenten van elke route vormen één team.
P: 3. De school stelt haar praktijklokalen groen en techniek beschikbaar aan de instellingen; het
AOC stelt zijn binderij en kwekerij beschikbaar, het ROC zijn werkplaats met trekkers en
werktuigen.
P: 4. Programma en examinering per leerjaar staan in het PTA/OER van iedere route, dat de colleges
van bestuur van de school en de betrokken instelling jaarlijks vóór 1 oktober vaststellen.

H: Art. 7 Overstap
P: 1. Een leerling die in de vo-fase een route verlaat, maakt de kaderberoepsgerichte leerweg in
zijn profiel of in een ander profiel van de school af en haalt het vmbo-diploma; hij kan ook
overstappen naar de andere route.
P: 2. Een student die in de mbo-fase een route verlaat, kan zonder vooropleidingseisen overstappen
naar een andere opleiding op niveau 3 of niveau 2 van dezelfde instelling. Wil hij naar de andere
instelling, dan regelen de instellingen samen een geschiktheidsonderzoek en een warme overdracht.
P: 3. De school en de betrokken instelling beslissen samen, met de leerling en zijn ouders, welk
vervolg past bij het bereikte niveau en de leeftijd.

H: Art. 8 Bekostiging
P: 1. Voor route A draagt de school jaarlijks € 1.100 per leerling die op 1 oktober in leerjaar 4
staat ingeschreven over aan het AOC, bestemd voor de inzet van de docent bloem en styling en het
gebruik van de binderij en kwekerij.
P: 2. Voor route B vindt geen overdracht van bekostiging plaats; school en ROC dragen ieder hun
eigen kosten.

H: Art. 9 Medezeggenschap
P: Partijen spreken af dat de medezeggenschapsraad van de school, de studentenraad van het AOC en
de studentenraad van het ROC ieder een lid aanwijzen in een gezamenlijke routeraad, die jaarlijks
in maart bijeenkomt en advies kan geven over de PTA/OER's en over wijzigingen van deze
overeenkomst. Leerlingen in leerjaar 4 mogen de vergaderingen van de studentenraad van hun
instelling als toehoorder bijwonen.

H: Art. 10 Geschillen
P: 1. Een geschil over de uitvoering van deze overeenkomst wordt eerst in de stuurgroep besproken.
P: 2. Is het geschil na zes weken niet opgelost, dan leggen de partijen die het aangaat het voor aan
een geschillencommissie. Iedere betrokken partij wijst een lid aan; die leden wijzen samen een
onafhankelijke voorzitter aan. De commissie doet binnen acht weken een bindende uitspraak.

H: Art. 11 Toetreding en uittreding
P: 1. Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze overeenkomst of
tot één route toetreden als alle partijen schriftelijk instemmen. Toetreding gaat in op 1 augustus
en wordt gezamenlijk bij DUO gemeld.
P: 2. Treedt één instelling uit, dan blijft de overeenkomst tussen de overige partijen van kracht.

H: Art. 12 Wijziging, duur en opzegging
P: 1. Deze overeenkomst geldt voor onbepaalde tijd. Wijzigingen worden schriftelijk vastgelegd en
door alle partijen ondertekend.
P: 2. Iedere partij kan deze overeenkomst, voor zover het de route betreft waaraan zij deelneemt,
schriftelijk opzeggen tegen 1 augustus met een opzegtermijn van twaalf maanden.
P: 3. Na opzegging of uittreding worden in de betrokken route geen nieuwe leerlingen toegelaten;
leerlingen en studenten die al in de route zitten, kunnen haar afmaken bij de partij waar zij
begonnen zijn.

Emmeloord, 20 juni 2025
P: J. Wiersma (school) — H. de Boer (AOC) — R.K. Jansma (ROC)
"""


def build_h12(stem):
    doc = new_docx("SOK DLR Groen en Mobiliteit Noordoostpolder", "Polderhof Vakcollege",
                   font="Verdana", size=9.5)
    docx_render(doc, parse(H12), heading_mode="bold", heading_size=11)
    save_docx(doc, HERE / f"{stem}.docx")
    write_expected(stem,
        "Three-party DOCX (one vmbo school, an AOC and a ROC) with two routes and bold 'Art. N Titel' "
        "lines (no heading styles); Noordoostpolder (Emmeloord), groen kb -> Vakbekwaam medewerker "
        "bloem, groen en styling 3 and M&T kb -> Eerste monteur mobiele werktuigen 3. Bedrijfsleven is "
        "only the statutory sentence; information to the boards has no form or frequency.",
        dict(a="present", b="weak", c="present", d="weak", e="present", f="present",
             g="present", h="present", i="present", j="present"),
        dict(a="Art. 2 Routes", c="Art. 4 Stuurgroep en routeleiders", e="Art. 6 Inrichting",
             f="Art. 7 Overstap", g="Art. 8 Bekostiging", h="Art. 9 Medezeggenschap",
             i="Art. 10 Geschillen", j="Art. 12 Wijziging, duur en opzegging"))

# ======================================================================================
# h13  TXT  headings in square-bracket numbering "[5] Verantwoording"  (Rivierenland, Tiel;
#           D&P bb -> Medewerker facilitaire dienstverlening 2)
# defects: d weak (the heading "Verantwoording" covers verzuim reporting to the leerplicht-
#          ambtenaar, nothing on the leiding accounting to the boards);
#          f missing (overstapoptie only in the definitions list)
# ======================================================================================
H13 = """
SAMENWERKINGSOVEREENKOMST
Doorlopende leerroute Facilitaire dienstverlening Rivierenland
================================================================

Partijen

- Stichting Betuwse Scholengroep, gevestigd te Tiel, bevoegd gezag van het
  Waalstrand Vakcollege, vertegenwoordigd door de heer P. van Dalen,
  voorzitter van het college van bestuur (hierna: de school);
- Stichting ROC Rivierenland-West, gevestigd te Tiel, vertegenwoordigd door
  mevrouw drs. E. Hol, voorzitter van het college van bestuur (hierna: het ROC).

Partijen spreken het volgende af.


[1] Begripsbepalingen

- route: de doorlopende leerroute bedoeld in [2];
- vo-fase: leerjaar 3 en 4 van het vmbo binnen de route;
- mbo-fase: de leerjaren van de route waarin de deelnemer student van het ROC is;
- overstapoptie: de overstapoptie bedoeld in artikel 2.107k WVO 2020 en
  artikel 9.1.14 WEB;
- routeteam: de docenten van beide partijen die in de route lesgeven.


[2] De route

De school en het ROC verzorgen samen een doorlopende leerroute van het profiel
Dienstverlening en producten, basisberoepsgerichte leerweg, naar de
basisberoepsopleiding Medewerker facilitaire dienstverlening, niveau 2 (BOL),
in het opleidingsdomein Facilitaire dienstverlening. De route begint in
leerjaar 3 en duurt vier jaar.


[3] Leiding van de route

De leiding van de route berust bij de afdelingsleider basis/kader van het
Waalstrand Vakcollege en de teamleider Facilitair van het ROC. Zij worden
benoemd door het college van bestuur van hun eigen organisatie. Samen stellen
zij het PTA/OER op (ter vaststelling door beide besturen), maken zij het
rooster, zetten zij het routeteam in en beslissen zij over toelating tot de
route. Zij mogen uitgaven doen tot EUR 2.500 per keer binnen het routebudget;
daarboven beslissen de besturen.


[4] Werkveld

Het ziekenhuis Rivierenland Zorg (facilitair bedrijf), Schoonmaakbedrijf
Betuwe Clean en Conferentiecentrum De Linge werken mee aan de route. Zij:
  a. ontvangen de leerlingen van leerjaar 4 voor een beroepsoriënterende stage
     van vier weken;
  b. stellen bpv-plaatsen beschikbaar in de mbo-fase;
  c. verzorgen per schooljaar drie praktijkopdrachten (zoals het inrichten van
     een vergaderzaal en het verzorgen van een lunch voor 60 gasten);
  d. beoordelen de praktijkexamens mee als praktijkbeoordelaar.


[5] Verantwoording

De school verantwoordt het verzuim van leerlingen in de vo-fase aan de
leerplichtambtenaar van de Regio Rivierenland; vanaf de mbo-fase doet het ROC
dat via het verzuimloket van DUO. Ongeoorloofd verzuim wordt binnen drie
schooldagen gemeld. Mentor en studieloopbaanbegeleider spreken de leerling en
zijn ouders aan bij herhaald verzuim.


[6] Onderwijs en organisatie

- Locaties: leerjaar 3 op het Waalstrand Vakcollege; leerjaar 4 drie dagen op
  de school en twee dagen in het facilitair leerbedrijf van het ROC; de
  mbo-fase op het ROC.
- Personeel: een docent facilitair van het ROC geeft in leerjaar 4 zes uur
  per week les; de docent D&P van de school begeleidt in het eerste mbo-jaar de
  praktijklessen. Zij vormen samen met de andere docenten één routeteam.
- Faciliteiten: het ROC stelt zijn facilitair leerbedrijf (receptie,
  linnenkamer, bedrijfsrestaurant) beschikbaar, de school haar praktijklokaal
  D&P.
- Programma en examinering per leerjaar: in het PTA/OER, jaarlijks vóór
  1 oktober vastgesteld door beide besturen.


[7] Begeleiding

Elke leerling heeft in de vo-fase een mentor van de school en in de mbo-fase
een studieloopbaanbegeleider van het ROC. Bij de overgang van de vo-fase naar
de mbo-fase draagt de mentor het dossier van de leerling warm over aan de
studieloopbaanbegeleider.


[8] Geld

Er vindt geen overdracht van bekostiging plaats. Iedere partij betaalt haar
eigen personeel en voorzieningen.


[9] Inspraak

De medezeggenschapsraad van de school en de studentenraad van het ROC wijzen
elk twee leden aan voor een routeraad. De routeraad komt twee keer per jaar
bijeen, heeft adviesrecht over het PTA/OER en over wijzigingen van deze
overeenkomst, en mag ongevraagd advies geven aan beide besturen.


[10] Meningsverschillen

Meningsverschillen over de uitvoering van deze overeenkomst bespreken eerst de
leiding van de route en daarna de colleges van bestuur. Lukt het niet binnen
twee maanden tot een oplossing te komen, dan wordt het geschil beslecht door
arbitrage volgens het Arbitragereglement van het Nederlands Arbitrage
Instituut; het scheidsgerecht bestaat uit één arbiter en zetelt in Arnhem.


[11] Nieuwe partners, wijzigen en stoppen

- Een andere vmbo-school of mbo-instelling kan meedoen als beide partijen
  daarmee schriftelijk instemmen. De nieuwe partner tekent deze overeenkomst
  mee; deelname begint op 1 augustus en wordt samen bij DUO gemeld.
- Wijzigingen worden schriftelijk vastgelegd en door beide besturen getekend.
- Opzeggen kan schriftelijk, tegen 1 augustus, met een termijn van twaalf
  maanden. Daarna start er geen nieuwe groep meer; leerlingen die al in de
  route zitten, maken haar af.


[12] Ondertekening

Tiel, 18 juni 2025

Stichting Betuwse Scholengroep        Stichting ROC Rivierenland-West
P. van Dalen                          drs. E. Hol
"""


def build_h13(stem):
    write_text(HERE / f"{stem}.txt", H13)
    write_expected(stem,
        "Plain text with headings numbered in square brackets ('[5] Verantwoording'); Rivierenland "
        "(Tiel), D&P bb -> Medewerker facilitaire dienstverlening 2. The heading 'Verantwoording' is "
        "about verzuim reporting to the leerplichtambtenaar, not about the leiding accounting to the "
        "boards; the overstapoptie appears only in the definitions list. NAI arbitration; no transfer; "
        "medezeggenschap arranged under '[9] Inspraak'.",
        dict(a="present", b="present", c="present", d="weak", e="present", f="missing",
             g="present", h="present", i="present", j="present"),
        dict(a="[2] De route", b="[4] Werkveld", c="[3] Leiding van de route",
             e="[6] Onderwijs en organisatie", g="[8] Geld", h="[9] Inspraak",
             i="[10] Meningsverschillen", j="[11] Nieuwe partners, wijzigen en stoppen"))

# ======================================================================================
# h14  TXT  hard-wrapped at 72 columns, articles with spelled-out numbers ("Artikel drie —")
#           (IJmond, IJmuiden; maritiem en techniek kb -> mbo-3 visserij)
# fully compliant; no medezeggenschap text (h n/a)
# ======================================================================================
H14 = """
OVEREENKOMST TOT SAMENWERKING IN EEN DOORLOPENDE LEERROUTE VMBO-MBO
Route "Zeevisvaart IJmond"

De ondergetekenden,

(1) de Stichting Scholengroep IJmond, gevestigd te Velsen, bevoegd gezag van het Zeehaven Vakcollege te IJmuiden, ten deze vertegenwoordigd door mevrouw L. Duijn, voorzitter van het college van bestuur, hierna te noemen "het Vakcollege", en

(2) de Stichting Maritiem Opleidingsinstituut Noordzeekust, instelling voor beroepsonderwijs, gevestigd te IJmuiden, ten deze vertegenwoordigd door de heer kapt. B. Zeeman, voorzitter van het college van bestuur, hierna te noemen "het Instituut",

in aanmerking nemende dat de visserij- en koopvaardijsector rond IJmuiden jonge vakmensen nodig heeft en dat partijen leerlingen een doorlopende weg naar een vaarbevoegdheid willen bieden,

verklaren te zijn overeengekomen als volgt.

Artikel één — De leerroute

(1) Partijen verzorgen gezamenlijk een doorlopende leerroute die begint in leerjaar 3 van het profiel Maritiem en techniek in de kaderberoepsgerichte leerweg van het Vakcollege.

(2) De leerroute leidt tot het diploma vmbo kaderberoepsgerichte leerweg en tot het diploma van de vakopleiding Stuurman-werktuigkundige visserij, niveau 3 (BOL), in het opleidingsdomein Maritiem, van het Instituut.

(3) De leerroute duurt vijf jaar: twee jaar op het Vakcollege en drie jaar op het Instituut.

Artikel twee — Het maritieme bedrijfsleven

(1) Partijen betrekken de rederijen die zijn verenigd in de Coöperatie Visserijbedrijven IJmond, waaronder Rederij Jacoba & Zn. en Rederij Noordster, en de sleepdienst Havensleep IJmuiden bij de leerroute.

(2) Deze bedrijven nemen leerlingen van leerjaar 4 mee op een dagreis aan boord, leveren stageplaatsen aan boord voor de beroepspraktijkvorming in de mbo-fase, beoordelen de vaarpraktijk mee bij de examens en adviseren jaarlijks in een bijeenkomst met de routeleiding over de inhoud van de praktijkvakken.

Artikel drie — De routeleiding

(1) De routeleiding bestaat uit de afdelingsleider techniek van het Vakcollege en het hoofd opleidingen visserij van het Instituut.

(2) Ieder lid wordt benoemd door het college van bestuur van de partij waarbij hij in dienst is; het college van bestuur van de andere partij wordt vooraf gehoord.

(3) De routeleiding heeft tot taak het gezamenlijke PTA/OER op te stellen, het rooster vast te stellen, de docenten van beide partijen in te zetten, leerlingen toe te laten tot de route en de contacten met de rederijen te onderhouden. Zij beslist zelfstandig binnen het jaarbudget van de route; besluiten over formatie en over de inzet van het opleidingsschip buiten het rooster zijn voorbehouden aan de colleges van bestuur.

Artikel vier — Rekenschap

(1) De routeleiding brengt ieder jaar vóór 1 november aan beide colleges van bestuur schriftelijk verslag uit van het afgelopen schooljaar, met de aantallen leerlingen, de uitval, de resultaten en de besteding van het budget.

(2) In maart bespreekt de routeleiding in een gezamenlijk overleg met beide colleges van bestuur de voortgang van het lopende schooljaar.

Artikel vijf — Onderwijs, personeel en voorzieningen

(1) Leerjaar 3 en 4 worden gegeven op het Vakcollege; in leerjaar 4 volgen de leerlingen één dag per week lessen op het Instituut en aan boord van het opleidingsschip "Noordvaarder". De mbo-fase vindt plaats op het Instituut.

(2) Een docent zeevaartkunde en een docent scheepswerktuigkunde van het Instituut geven in leerjaar 4 samen zes uur per week les op het Vakcollege. Docenten wiskunde en Engels van het Vakcollege verzorgen in het eerste mbo-jaar de lessen maritiem Engels en rekenen. De docenten vormen één team.

(3) Het Instituut stelt het opleidingsschip, de brugsimulator en de machinekamersimulator beschikbaar; het Vakcollege zijn werkplaats maritiem en techniek.

(4) Het programma en de examinering per leerjaar zijn vastgelegd in het PTA/OER, dat beide colleges van bestuur jaarlijks vóór 1 oktober vaststellen.

Artikel zes — Wanneer een leerling de route verlaat

(1) Verlaat een leerling de route in leerjaar 3 of 4, dan kan hij de kaderberoepsgerichte leerweg Maritiem en techniek of een ander profiel op het Vakcollege afmaken en daar het vmbo-diploma behalen.

(2) Verlaat een student de route in de mbo-fase, dan kan hij zonder vooropleidingseisen overstappen naar een andere opleiding van het Instituut op niveau 3 of 2, bijvoorbeeld Matroos binnenvaart of Monteur scheepswerktuigen.

(3) Het Vakcollege en het Instituut kiezen samen met de leerling en zijn ouders het vervolg dat het best past bij het bereikte onderwijsniveau en de leeftijd.

Artikel zeven — Geld

(1) Het Vakcollege draagt aan het Instituut jaarlijks EUR 2.100 over voor iedere leerling die op 1 oktober in leerjaar 4 van de route staat ingeschreven.

(2) Dit bedrag is bestemd voor de vaardagen aan boord van de "Noordvaarder", het gebruik van de simulatoren en de inzet van de docenten van het Instituut in leerjaar 4.

(3) Het Vakcollege betaalt vóór 15 december.

Artikel acht — Geschillen

Partijen leggen een geschil over de uitvoering van deze overeenkomst eerst voor aan de routeleiding en daarna aan beide colleges van bestuur. Is het geschil twee maanden na de eerste bespreking door de colleges niet opgelost, dan is uitsluitend de Rechtbank Noord-Holland bevoegd, nadat partijen eerst een poging tot mediation hebben gedaan.

Artikel negen — Nieuwe partijen

Een andere school voor vmbo of instelling voor beroepsonderwijs kan partij worden als beide partijen schriftelijk instemmen en de nieuwe partij deze overeenkomst ondertekent. Haar deelname gaat in op 1 augustus van een schooljaar en wordt samen met partijen bij DUO gemeld. Lopende programma's van leerlingen worden daardoor niet gewijzigd.

Artikel tien — Duur, wijziging en opzegging

(1) Deze overeenkomst geldt voor onbepaalde tijd, vanaf 1 augustus 2025.

(2) Deze overeenkomst wordt uitsluitend schriftelijk gewijzigd, met handtekening van beide colleges van bestuur.

(3) Iedere partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met een opzegtermijn van een jaar.

(4) Na opzegging worden geen leerlingen meer toegelaten. Wie op dat moment in de route zit, mag haar afmaken; partijen blijven daarvoor de afspraken in deze overeenkomst nakomen.

Artikel elf — Slot

Aldus overeengekomen en in tweevoud getekend te IJmuiden op 27 juni 2025.

Voor de Stichting Scholengroep IJmond:                  L. Duijn
Voor de Stichting Maritiem Opleidingsinstituut Noordzeekust:  kapt. B. Zeeman
"""


def build_h14(stem):
    text = textwrap.dedent(H14).strip("\n")
    parts = text.split("\n\n")
    out = []
    for part in parts:
        if "\n" in part or len(part) <= 72:
            out.append(part)   # headings, signature block: keep as written
        else:
            out.append(wrap_txt(part).rstrip("\n"))
    (HERE / f"{stem}.txt").write_text("\n\n".join(out) + "\n", encoding="utf-8")
    write_expected(stem,
        "Plain text hard-wrapped at 72 columns with hanging '(n)' paragraphs and articles whose "
        "numbers are spelled out ('Artikel drie — De routeleiding'); IJmond (IJmuiden), maritiem en "
        "techniek kb -> Stuurman-werktuigkundige visserij 3. Fully compliant, EUR 2.100 per pupil "
        "transfer with bestemming, no medezeggenschap text.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="not_applicable", i="present", j="present"),
        dict(a="Artikel één — De leerroute", b="Artikel twee — Het maritieme bedrijfsleven",
             c="Artikel drie — De routeleiding", d="Artikel vier — Rekenschap",
             e="Artikel vijf — Onderwijs, personeel en voorzieningen",
             f="Artikel zes — Wanneer een leerling de route verlaat", g="Artikel zeven — Geld",
             i="Artikel acht — Geschillen", j="Artikel tien — Duur, wijziging en opzegging"))

# ======================================================================================
# h15  MD  terse bullet-point agreement (Delft / Haaglanden; MVI gl -> Mediamaker 4)
# fully compliant; no medezeggenschap text (h n/a); explicitly no transfer
# ======================================================================================
H15 = """
# Samenwerkingsovereenkomst DLR Mediamaker — Delft

**Partijen:** Stichting Delfts Voortgezet Onderwijs (bevoegd gezag Vakcollege Hof van Delft) en
Stichting ROC Haaglanden-Oost — hierna *school* en *ROC*. Ondertekend door beide voorzitters van
het college van bestuur.
**Ingang:** 1 augustus 2025 · **Versie:** 2025-1

## 1. Route
- vmbo: profiel Media, vormgeving en ICT — gemengde leerweg (Vakcollege Hof van Delft)
- mbo: Mediamaker, niveau 4, BOL — opleidingsdomein ICT en creatieve industrie (ROC, locatie Delft-Zuid)
- duur: 5 jaar (2 vo-fase + 3 mbo-fase)

## 2. Werkveld
- partners: Studio Oostpoort (videoproductie), Drukkerij & Design Vlietland, lokale omroep Delft Centraal
- rollen:
  - gastlessen: min. 3 per schooljaar
  - opdrachtgever eindproject leerjaar 4
  - bpv-plaatsen in de mbo-fase
  - werkveldtafel 2× per jaar: advies over programma en keuzedelen
  - meebeoordelen proeve van bekwaamheid

## 3. Leiding
- wie: teamleider MVI (school) + opleidingsmanager Media (ROC) = routeleiding
- benoeming: elk door eigen CvB; bij vertrek opvolger binnen 2 maanden
- taken: concept-PTA/OER, rooster, inzet team, intake, contact werkveld
- bevoegdheden: beslist over invulling programma en toelating; uitgaven tot € 5.000 binnen budget
- voorbehouden aan CvB's: vaststelling PTA/OER, formatie, huisvesting, uitgaven > € 5.000

## 4. Verantwoording
- voortgangsnotitie aan beide CvB's: elk kwartaal
- jaarverslag (in-/door-/uitstroom, resultaten, werkveld): vóór 1 november, besproken in bestuurlijk overleg

## 5. Inrichting
- locaties: leerjaar 3–4 op school (vrijdag in ROC-studio); mbo-fase ROC Delft-Zuid
- personeel: 2 ROC-docenten (film, ontwerp) 8 u/week in vo-fase; docent Nederlands school ook in mbo-jaar 1; één team; teambevoegdheid voor 'Mediaproductie'
- faciliteiten: ROC → tv-studio, montagesuites, softwarelicenties; school → fotostudio, printlab
- programma + examens per leerjaar: gezamenlijk PTA/OER, vastgesteld door beide CvB's vóór 1 oktober

## 6. Overstap
- uitstap vo-fase → regulier gl (zelfde of ander profiel) → vmbo-diploma; of andere DLR van de school
- uitstap mbo-fase → andere ROC-opleiding niveau 4 of 3; vooropleidingseisen n.v.t. (art. 2.107k WVO 2020)
- vmbo-diploma niet gehaald eind routejaar 3 → mbo-opleiding vervolgen + herkansing vmbo, of andere mbo-opleiding zelfde niveau
- beslissing: school + ROC samen, met leerling/ouders; criteria: bereikt niveau + leeftijd

## 7. Geld
- geen overdracht van bekostiging; ieder draagt eigen kosten

## 8. Geschillen
- stap 1 routeleiding (2 weken) → stap 2 CvB's (4 weken) → stap 3 mediation (MfN) → stap 4 bevoegde rechter Rechtbank Den Haag

## 9. Toetreding, wijziging, einde
- toetreding: andere vmbo-school of mbo-instelling; instemming beide partijen; toetredingsverklaring; per 1 augustus; samen melden bij DUO
- wijziging: schriftelijk, getekend door beide CvB's
- opzegging: schriftelijk, termijn 12 maanden, alleen tegen einde schooljaar
- leerlingen: na opzegging geen nieuwe instroom; zittende leerlingen maken route af

## Ondertekening
Delft, 25 juni 2025 — voor de school: drs. A. Vermeulen · voor het ROC: M. El Amrani MA
"""


def build_h15(stem):
    write_text(HERE / f"{stem}.md", H15)
    write_expected(stem,
        "Terse bullet-point Markdown agreement ('## N. Titel' plus nested bullets and arrows); "
        "Delft/Haaglanden, MVI gl -> Mediamaker 4. Fully compliant in few words; 'vooropleidingseisen "
        "n.v.t.' means they do not apply (not a placeholder); explicitly no transfer; no medezeggenschap "
        "text.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="not_applicable", i="present", j="present"),
        dict(a="1. Route", b="2. Werkveld", c="3. Leiding", d="4. Verantwoording",
             e="5. Inrichting", f="6. Overstap", g="7. Geld", i="8. Geschillen",
             j="9. Toetreding, wijziging, einde"))


# ======================================================================================
# h16  MD  YAML front matter, first-person-plural ("wij") style, a Markdown table for the
#          leiding  (FoodValley, Ede; BWI kb -> Allround meubelmaker 3)
# fully compliant; medezeggenschap arranged
# ======================================================================================
H16 = """
---
titel: Samenwerkingsovereenkomst doorlopende leerroute Meubel & Interieur
partijen:
  - Stichting Christelijk Onderwijs Gelderse Vallei (Valleivakcollege Ede)
  - Stichting ROC Vallei en Veluwe
versie: "1.0"
datum: 2025-06-10
status: ondertekend
---

# Samenwerkingsovereenkomst doorlopende leerroute Meubel & Interieur

Wij, de **Stichting Christelijk Onderwijs Gelderse Vallei** (bevoegd gezag van het
Valleivakcollege in Ede, hierna: *het Valleivakcollege*) en de **Stichting ROC Vallei en Veluwe**
(hierna: *het ROC*), beide vertegenwoordigd door de voorzitter van ons college van bestuur,
spreken met elkaar het volgende af.

## Artikel 1 · Welke route we aanbieden

We bieden samen een doorlopende leerroute aan voor leerlingen van het profiel **Bouwen, wonen en
interieur** in de **kaderberoepsgerichte leerweg** van het Valleivakcollege. De route leidt tot het
vmbo-diploma kader en het mbo-diploma **Allround meubelmaker/(scheeps)interieurbouwer, niveau 3
(BOL)**, in het opleidingsdomein Hout en meubel. Ze duurt vier jaar: leerjaar 3 en 4 bij ons op
het Valleivakcollege en twee jaar op de Houtcampus van het ROC.

## Artikel 2 · Hoe de bedrijven meedoen

Meubelmakerij Van Beek, Interieurbouw De Klomp en Keukenfabriek Veluwezoom doen mee aan de route.
Ze:

1. geven elke leerling in leerjaar 4 een werkweek in hun werkplaats;
2. leveren elk jaar een echte klantopdracht voor het meesterstuk in leerjaar 4;
3. bieden bpv-plaatsen in de mbo-fase;
4. beoordelen de proeve van bekwaamheid mee;
5. praten twee keer per jaar met ons in de branchetafel Hout mee over het programma.

## Artikel 3 · Wie de route leidt

| Rol | Wie | Benoemd door | Taken en bevoegdheden |
|---|---|---|---|
| Routeleider vmbo | afdelingsleider techniek Valleivakcollege | college van bestuur Valleivakcollege | vo-fase: rooster, inzet docenten, toelating tot de route |
| Routeleider mbo | opleidingsmanager Hout ROC | college van bestuur ROC | mbo-fase: rooster, inzet docenten, bpv |
| Samen (routeleiding) | beide routeleiders | — | concept-PTA/OER opstellen; contact met bedrijven; uitgaven tot € 5.000 binnen het routebudget |

Wat de routeleiding niet zelf beslist — vaststelling van het PTA/OER, formatie, investeringen
boven € 5.000 — leggen we voor aan onze beide colleges van bestuur.

## Artikel 4 · Hoe de routeleiding verantwoording aflegt

De routeleiding stuurt onze colleges van bestuur elk jaar vóór 15 oktober een schriftelijk
routeverslag (instroom, uitval, resultaten, besteding van het budget) en geeft in februari in
een gezamenlijk overleg met beide colleges een mondelinge tussenstand.

## Artikel 5 · Hoe we de route inrichten

- **Waar:** leerjaar 3 bij het Valleivakcollege; in leerjaar 4 twee dagen per week in de
  machinale houtwerkplaats van het ROC; de mbo-fase op de Houtcampus.
- **Wie:** een docent meubelmaken van het ROC geeft in leerjaar 3 en 4 zes uur per week les bij
  ons; onze docenten BWI verzorgen in mbo-jaar 1 het vak "Tekenen en werkvoorbereiding". Alle
  docenten vormen één team en passen voor het vakoverstijgende onderdeel "Ontwerp en maak" de
  teambevoegdheid toe.
- **Met welke middelen:** het ROC stelt de CNC-machines, de spuiterij en de machinale werkplaats
  beschikbaar; het Valleivakcollege het praktijklokaal BWI en de handgereedschappen.
- **Programma en examens:** per leerjaar in het gezamenlijke PTA/OER, dat onze colleges van
  bestuur elk jaar vóór 1 oktober vaststellen.

## Artikel 6 · Als een leerling de route verlaat

Stopt een leerling in leerjaar 3 of 4, dan maakt hij de kaderberoepsgerichte leerweg (BWI of een
ander profiel) bij ons af en haalt hij zijn vmbo-diploma. Stopt een student in de mbo-fase, dan
kan hij zonder vooropleidingseisen overstappen naar een andere opleiding van het ROC op niveau 3
of 2, bijvoorbeeld Timmerman of Medewerker hout en meubel. Heeft iemand aan het eind van het
derde routejaar zijn vmbo-diploma nog niet, dan mag hij de mbo-opleiding vervolgen en het
vmbo-examen herkansen. Welk vervolg het beste past bij het bereikte niveau en de leeftijd,
besluiten het Valleivakcollege en het ROC samen, na een gesprek met de leerling en zijn ouders.

## Artikel 7 · Geld

Het Valleivakcollege draagt elk jaar **€ 1.240** over aan het ROC voor iedere leerling die op
1 oktober in leerjaar 4 van de route zit. Dat geld is bedoeld voor de inzet van de docent
meubelmaken van het ROC en voor hout en het gebruik van de machinale werkplaats. We betalen vóór
1 januari.

## Artikel 8 · Medezeggenschap

We laten de wettelijke medezeggenschap zoals die is: in de vo-fase praat de medezeggenschapsraad
van het Valleivakcollege mee, in de mbo-fase de studentenraad en de ondernemingsraad van het ROC.
Daarbovenop spreken we af dat beide raden elk jaar het routeverslag krijgen, dat ze er één keer
per jaar samen over vergaderen en dat we een wijziging van deze overeenkomst eerst aan beide raden
voor advies voorleggen.

## Artikel 9 · Als we het niet eens zijn

Een geschil over de uitvoering van deze overeenkomst bespreken eerst de routeleiders, daarna onze
colleges van bestuur. Komen we er binnen twee maanden niet uit, dan vragen we bindend advies aan
een onafhankelijke deskundige die we samen kiezen; lukt dat kiezen niet, dan wijst de voorzitter
van de Stichting Hout en Meubel Gelderland die deskundige aan.

## Artikel 10 · Meer partners, wijzigen en stoppen

- **Toetreden:** een andere vmbo-school of mbo-instelling kan meedoen als wij allebei schriftelijk
  instemmen; zij tekent deze overeenkomst mee, doet mee vanaf 1 augustus en meldt de deelname
  samen met ons bij DUO.
- **Wijzigen:** alleen schriftelijk, getekend door beide colleges van bestuur.
- **Stoppen:** opzeggen kan schriftelijk tegen het einde van een schooljaar, met twaalf maanden
  opzegtermijn.
- **Leerlingen eerst:** na een opzegging laten we geen nieuwe leerlingen meer toe, en leerlingen
  die al in de route zitten, maken die af.

*Ede, 10 juni 2025 — voor de Stichting Christelijk Onderwijs Gelderse Vallei: W. van Ginkel;
voor de Stichting ROC Vallei en Veluwe: drs. F. Schouten*
"""


def build_h16(stem):
    write_text(HERE / f"{stem}.md", H16)
    write_expected(stem,
        "Markdown with YAML front matter, written in the first person plural ('wij', 'we spreken af'), "
        "'## Artikel N · Titel' headings and a Markdown table for the leiding (rol, wie, benoemd door, "
        "taken en bevoegdheden); FoodValley (Ede), BWI kb -> Allround meubelmaker/(scheeps)"
        "interieurbouwer 3. Fully compliant; EUR 1.240 per pupil with bestemming; explicit agreement "
        "on the medezeggenschap regimes plus extra rights; bindend advies.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="present", i="present", j="present"),
        dict(a="Artikel 1 · Welke route we aanbieden", b="Artikel 2 · Hoe de bedrijven meedoen",
             c="Artikel 3 · Wie de route leidt",
             d="Artikel 4 · Hoe de routeleiding verantwoording aflegt",
             e="Artikel 5 · Hoe we de route inrichten",
             f="Artikel 6 · Als een leerling de route verlaat", g="Artikel 7 · Geld",
             h="Artikel 8 · Medezeggenschap", i="Artikel 9 · Als we het niet eens zijn",
             j="Artikel 10 · Meer partners, wijzigen en stoppen"))


# ======================================================================================
# Registry, build and check
# ======================================================================================
SAMPLES = [
    ("h01_notariele_akte_kennemerland", "pdf", build_h01),
    ("h02_beleidsstijl_twee_kolommen_oss", "pdf", build_h02),
    ("h03_inhoudsopgave_gorinchem", "pdf", build_h03),
    ("h04_zeer_kort_westland", "pdf", build_h04),
    ("h05_lang_met_toelichting_leiden", "pdf", build_h05),
    ("h06_interne_regeling_vsg_deventer", "pdf", build_h06),
    ("h07_geintegreerd_kopstijlen_roermond", "docx", build_h07),
    ("h08_tabel_engels_breda", "docx", build_h08),
    ("h09_addendum_lijstnummering_spijkenisse", "docx", build_h09),
    ("h10_brede_koppen_harderwijk", "docx", build_h10),
    ("h11_raamovereenkomst_heerlen", "docx", build_h11),
    ("h12_drie_partijen_emmeloord", "docx", build_h12),
    ("h13_vierkante_haken_tiel", "txt", build_h13),
    ("h14_voluit_genummerd_ijmuiden", "txt", build_h14),
    ("h15_puntsgewijs_delft", "md", build_h15),
    ("h16_yaml_wij_ede", "md", build_h16),
]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def extract(path):
    """Return (full text, list of page texts or None)."""
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            pages = [(p.extract_text() or "") for p in pdf.pages]
        return "\n".join(pages), pages
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts), None
    return path.read_text(encoding="utf-8"), None


def check():
    ok = True
    for stem, ext, _ in SAMPLES:
        path = HERE / f"{stem}.{ext}"
        exp = json.loads((HERE / f"{stem}.expected.json").read_text(encoding="utf-8"))
        problems = []
        if not path.exists():
            print(f"FAIL {stem}: file missing")
            ok = False
            continue
        size = path.stat().st_size
        if size >= 200_000:
            problems.append(f"size {size}")
        text, pages = extract(path)
        if pages is not None:
            if not norm(pages[0]):
                problems.append("page 1 has no text")
            if stem.startswith("h05") and len(pages) < 8:
                problems.append(f"only {len(pages)} pages")
            if stem.startswith("h04") and len(pages) != 1:
                problems.append(f"{len(pages)} pages, expected 1")
        if exp["split"] != "heldout" or sorted(exp["statuses"]) != list(ITEMS):
            problems.append("bad expected file")
        nt = norm(text)
        for k, ev in exp["evidence"].items():
            if norm(ev) not in nt:
                problems.append(f"evidence {k} not found: {ev!r}")
        if ext == "docx":
            z = zipfile.ZipFile(path)
            xml = z.read("word/document.xml").decode("utf-8")
            if stem.startswith("h07") and 'w:pStyle w:val="Heading1"' not in xml:
                problems.append("no Heading 1 paragraphs")
            if stem.startswith("h09") and 'w:pStyle w:val="ListNumber"' not in xml:
                problems.append("no List Number paragraphs")
            if stem.startswith("h08") and "<w:tbl>" not in xml:
                problems.append("no table")
        pages_info = f", {len(pages)} p." if pages is not None else ""
        if problems:
            ok = False
            print(f"FAIL {stem}.{ext}: " + "; ".join(problems))
        else:
            print(f"ok   {stem}.{ext} ({size} bytes{pages_info})")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    _pdf_imports()
    _docx_imports()
    wanted = [a for a in argv if not a.startswith("-")]
    for stem, ext, fn in SAMPLES:
        if wanted and not any(stem.startswith(w) for w in wanted):
            continue
        fn(stem)
        print("built", f"{stem}.{ext}")


if __name__ == "__main__":
    main(sys.argv[1:])
