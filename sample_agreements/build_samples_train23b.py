#!/usr/bin/env python3
"""Build training sample agreements 357-364 for leerroute-check.

Written by an independent helper author from the two official guidance documents in
shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), shared/domain.md and
sample_agreements/LABELS.md, without looking at the checker code, its models or tests, or at the
texts and build scripts of the other samples. All schools, instellingen, companies and people are
made up.

Usage:
    python3 build_samples_train23b.py            # build all eight samples
    python3 build_samples_train23b.py 357 361    # build only those numbers
    python3 build_samples_train23b.py --check    # verify the produced files
"""

import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Light markup used for the PDF and DOCX documents
#   # T        title              ## H   heading          ### H  sub-heading
#   - x        bullet item        | a | b |  table row (first row of a block is the header)
#   ~ x        small italic note  @@PAGEBREAK  page break   @@COLBREAK column/frame break
#   #n H       auto-numbered heading (DOCX only, level 0)  #nn x  auto-numbered paragraph (level 1)
#   other lines: paragraph text; consecutive lines are joined, blank line ends a paragraph
# ---------------------------------------------------------------------------------------------


NUMSTART = re.compile(r"^(\d+(\.\d+)*\.?|[a-z]\.|[a-z]\)|[IVX]+\.) ")


def parse_blocks(text):
    blocks = []
    para = []

    def flush():
        if para:
            out = ""
            for k, ln in enumerate(para):
                ln = ln.strip()
                hard = ln.endswith("\\")
                out += ln[:-1].rstrip() if hard else ln
                if k < len(para) - 1:
                    out += "\n" if hard else " "
            blocks.append(("p", out))
            para.clear()

    lines = text.strip("\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        s = line.strip()
        if not s:
            flush()
        elif s.startswith("@@PAGEBREAK"):
            flush()
            blocks.append(("pagebreak", ""))
        elif s.startswith("@@COLBREAK"):
            flush()
            blocks.append(("colbreak", ""))
        elif s.startswith("#nn "):
            flush()
            blocks.append(("num1", s[4:]))
        elif s.startswith("#n "):
            flush()
            blocks.append(("num0", s[3:]))
        elif s.startswith("### "):
            flush()
            blocks.append(("h3", s[4:]))
        elif s.startswith("## "):
            flush()
            blocks.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush()
            blocks.append(("title", s[2:]))
        elif s.startswith("- "):
            flush()
            item = [s[2:]]
            while i + 1 < len(lines) and lines[i + 1].startswith("  ") and lines[i + 1].strip() \
                    and not lines[i + 1].strip().startswith(("- ", "|", "#")):
                i += 1
                item.append(lines[i].strip())
            blocks.append(("li", " ".join(item)))
        elif s.startswith("~ "):
            flush()
            blocks.append(("note", s[2:]))
        elif s.startswith("|"):
            flush()
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                rows.append(cells)
                i += 1
            blocks.append(("table", rows))
            continue
        else:
            if NUMSTART.match(s):
                flush()
            para.append(s)
        i += 1
    flush()
    return blocks


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------

def _pdf_styles(base="Helvetica", size=10, justify=True):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[base]
    lead = size * 1.3
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=size + 8,
                                alignment=TA_CENTER, spaceAfter=10),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=lead + 1,
                             spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "h3": ParagraphStyle("h3", fontName=ital, fontSize=size, leading=lead, spaceBefore=4,
                             spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=lead, spaceAfter=4,
                            alignment=TA_JUSTIFY if justify else TA_LEFT),
        "li": ParagraphStyle("li", fontName=base, fontSize=size, leading=lead, spaceAfter=2,
                             leftIndent=14, bulletIndent=4),
        "note": ParagraphStyle("note", fontName=ital, fontSize=size - 1.5, leading=size * 1.2,
                               spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
    }


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _inline(s):
    """**bold** and _italic_ inside a paragraph (after escaping)."""
    s = _esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w])_(.+?)_(?![\w])", r"<i>\1</i>", s)
    return s.replace("\n", "<br/>")


def blocks_to_flowables(blocks, st, width):
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak
    from reportlab.platypus.doctemplate import FrameBreak
    from reportlab.lib import colors
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(Paragraph(_inline(val), st["title"]))
        elif kind in ("h2", "num0"):
            out.append(Paragraph(_inline(val), st["h2"]))
        elif kind == "h3":
            out.append(Paragraph(_inline(val), st["h3"]))
        elif kind in ("p", "num1"):
            out.append(Paragraph(_inline(val), st["p"]))
        elif kind == "li":
            out.append(Paragraph(_inline(val), st["li"], bulletText="\u2022"))
        elif kind == "note":
            out.append(Paragraph(_inline(val), st["note"]))
        elif kind == "pagebreak":
            out.append(PageBreak())
        elif kind == "colbreak":
            out.append(FrameBreak())
        elif kind == "table":
            ncol = max(len(r) for r in val)
            data = []
            for ri, r in enumerate(val):
                sty = st["cellb"] if ri == 0 else st["cell"]
                data.append([Paragraph(_inline(c), sty) for c in r] + [""] * (ncol - len(r)))
            t = Table(data, colWidths=[width / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            out.append(t)
            out.append(Spacer(1, 6))
    return out


def _footer(label):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawCentredString(doc.pagesize[0] / 2, 22, "%s \u2013 pagina %d" % (label, doc.page))
        canvas.restoreState()
    return draw


def write_pdf(path, text, *, title, author, base="Helvetica", size=10, columns=1, footer=None,
              head_mm=62, justify=None):
    """columns=1: ordinary A4 document. columns=2: first page has a full-width header frame
    (ended with @@COLBREAK in the text), then two columns on every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.doctemplate import NextPageTemplate
    W, H = A4
    lm = rm = 20 * mm
    tm, bm = 18 * mm, 18 * mm
    st = _pdf_styles(base, size, justify=(columns == 1) if justify is None else justify)
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=title, author=author, subject=title,
                          creator="build_samples_train23b", invariant=1)
    onpage = _footer(footer or title)
    fw = W - lm - rm
    if columns == 1:
        frames = [Frame(lm, bm, fw, H - tm - bm, id="f")]
        doc.addPageTemplates([PageTemplate(id="one", frames=frames, onPage=onpage)])
        colw = fw
    else:
        gap = 7 * mm
        colw = (fw - gap) / 2
        head_h = head_mm * mm
        first = [Frame(lm, H - tm - head_h, fw, head_h, id="head"),
                 Frame(lm, bm, colw, H - tm - bm - head_h, id="c1"),
                 Frame(lm + colw + gap, bm, colw, H - tm - bm - head_h, id="c2")]
        later = [Frame(lm, bm, colw, H - tm - bm, id="d1"),
                 Frame(lm + colw + gap, bm, colw, H - tm - bm, id="d2")]
        doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=onpage),
                              PageTemplate(id="later", frames=later, onPage=onpage)])
    flow = blocks_to_flowables(parse_blocks(text), st, colw - 4)
    if columns == 2:
        flow.insert(0, NextPageTemplate("later"))
    doc.build(flow)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _new_docx(font="Calibri", size=10.5):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    return d


def _add_article_numbering(d, lvl0_text="Artikel %1.", lvl1_text="%1.%2"):
    """Add a two-level Word list definition; return its numId."""
    from docx.oxml import parse_xml
    numbering = d.part.numbering_part.element
    abs_ids = [int(a.get("{%s}abstractNumId" % W_NS)) for a in numbering.findall("{%s}abstractNum" % W_NS)]
    num_ids = [int(n.get("{%s}numId" % W_NS)) for n in numbering.findall("{%s}num" % W_NS)]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    absxml = (
        '<w:abstractNum xmlns:w="%s" w:abstractNumId="%d">'
        '<w:nsid w:val="5A3C2B71"/><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="1134"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (W_NS, aid, lvl0_text, lvl1_text))
    a_el = parse_xml(absxml)
    first_num = numbering.find("{%s}num" % W_NS)
    if first_num is not None:
        first_num.addprevious(a_el)
    else:
        numbering.append(a_el)
    n_el = parse_xml('<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                     % (W_NS, nid, aid))
    numbering.append(n_el)
    return nid


def _set_num(paragraph, num_id, ilvl):
    from docx.oxml import parse_xml
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                         % (W_NS, ilvl, num_id)))


def _add_runs(par, s):
    parts = re.split(r"(\*\*.+?\*\*)", s)
    for part in parts:
        if part.startswith("**") and part.endswith("**"):
            par.add_run(part[2:-2]).bold = True
        elif part:
            par.add_run(part)


def _shade(cell, fill):
    from docx.oxml import parse_xml
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd xmlns:w="%s" w:val="clear" w:color="auto" w:fill="%s"/>' % (W_NS, fill)))


def blocks_to_docx(d, blocks, num_id=None, heading_style="Heading 2", table_style="Table Grid",
                   widths=None):
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for kind, val in blocks:
        if kind == "title":
            p = d.add_paragraph(style="Title")
            p.add_run(val)
        elif kind == "h2":
            d.add_paragraph(val, style=heading_style)
        elif kind == "h3":
            d.add_paragraph(val, style="Heading 3")
        elif kind == "num0":
            p = d.add_paragraph(style=heading_style)
            p.add_run(val)
            _set_num(p, num_id, 0)
        elif kind == "num1":
            p = d.add_paragraph()
            _add_runs(p, val)
            _set_num(p, num_id, 1)
        elif kind == "p":
            p = d.add_paragraph()
            _add_runs(p, val)
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet")
            _add_runs(p, val)
        elif kind == "note":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.italic = True
            r.font.size = Pt(8.5)
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = d.styles[table_style]
            if widths:
                t.autofit = False
                for ci, col in enumerate(t.columns):
                    col.width = Cm(widths[ci])
            for ri, row in enumerate(val):
                for ci in range(ncol):
                    txt = row[ci] if ci < len(row) else ""
                    cell = t.cell(ri, ci)
                    cell.text = ""
                    _add_runs(cell.paragraphs[0], txt)
                    if ri == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
                        _shade(cell, "D9E2F3")
                    if widths:
                        cell.width = Cm(widths[ci])
            d.add_paragraph()


def save_docx(d, path, *, title, author):
    import datetime
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.last_printed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.strip("\n") + "\n")


# ---------------------------------------------------------------------------------------------
# Samples are registered here: number -> dict(name, ext, build, expected)
# ---------------------------------------------------------------------------------------------
SAMPLES = {}


def sample(num, name, ext, description, statuses, evidence):
    def deco(fn):
        SAMPLES[num] = {"name": "%d_%s" % (num, name), "ext": ext, "build": fn,
                        "expected": {"description": description, "split": "train",
                                     "statuses": statuses, "evidence": evidence}}
        return fn
    return deco


def S(s):
    """Compact status string 'ppwpp...' (a..j) -> dict."""
    m = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    return {k: m[c] for k, c in zip("abcdefghij", s)}


# ---------------------------------------------------------------------------------------------
# 357  two-column PDF, Walcheren (Zeeland), Maritiem en techniek kb -> Schipper binnenvaart niv. 3
#      fully compliant; side text: medezeggenschap article that first restates the law and then
#      makes real extra arrangements; a dispute clause with four steps.
# ---------------------------------------------------------------------------------------------
TEXT_357 = """
# Samenwerkingsovereenkomst Vaarroute Walcheren
Doorlopende leerroute vmbo-mbo Maritiem en techniek \u2013 Schipper binnenvaart

**Ondergetekenden:** Stichting Openbaar Voortgezet Onderwijs Walcheren-Oost, bevoegd gezag van het Sloepkade College te Vlissingen (vmbo, brinnummer 19XK), rechtsgeldig vertegenwoordigd door mevrouw drs. A.M. Lievense, voorzitter van het college van bestuur, hierna: \u201cde school\u201d; en Stichting Regionaal Opleidingencentrum Deltawaarde te Middelburg, bevoegd gezag van ROC Deltawaarde, rechtsgeldig vertegenwoordigd door de heer ir. P.J. Kodde, voorzitter van het college van bestuur, hierna: \u201cDeltawaarde\u201d; samen: \u201cpartijen\u201d.

**Overwegende** dat partijen sinds 2019 samenwerken in een vakmanschapstraject voor de binnenvaart, dat de sector in Zeeland een structureel tekort aan gekwalificeerde schippers en stuurlieden kent, en dat partijen die samenwerking met ingang van schooljaar 2025-2026 willen voortzetten als doorlopende leerroute in de zin van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;

**komen overeen als volgt.**
@@COLBREAK

## Artikel 1. Begrippen
In deze overeenkomst wordt verstaan onder: _route_: de doorlopende leerroute Vaarroute Walcheren; _vo-fase_: de eerste twee leerjaren van de route, waarin de deelnemer als leerling van de school staat ingeschreven; _mbo-fase_: de leerjaren daarna, waarin de deelnemer als student van Deltawaarde staat ingeschreven; _deelnemer_: leerling of student in de route; _routeteam_: het gezamenlijke docententeam bedoeld in artikel 6.

## Artikel 2. De route
2.1 De route verbindt het beroepsgerichte profiel Maritiem en techniek in de kaderberoepsgerichte leerweg van de school met de mbo-opleiding Schipper binnenvaart, niveau 3 (vakopleiding, beroepsopleidende leerweg), uit het kwalificatiedossier Binnenvaart binnen het opleidingsdomein Transport, scheepvaart en logistiek van Deltawaarde.
2.2 De route begint in leerjaar 3 van het vmbo en duurt in totaal vier jaar. De deelnemer behaalt het vmbo-diploma kaderberoepsgerichte leerweg uiterlijk aan het einde van het tweede routejaar en het mbo-diploma aan het einde van het vierde routejaar.
2.3 Keuzedelen Radar en Vaarbewijs groot pleziervaart worden in het derde en vierde routejaar aangeboden.

## Artikel 3. Betrokkenheid van de binnenvaartsector
3.1 Partijen stellen een Vaarraad in waarin ten minste drie erkende leerbedrijven uit de Zeeuwse binnenvaart zitting hebben, waaronder Rederij Van den Akker Tankvaart B.V. te Terneuzen en Sleep- en Duwvaart Westerschelde V.O.F., alsmede een vertegenwoordiger van de Koninklijke Schuttevaer, afdeling Zeeland.
3.2 De Vaarraad komt twee keer per schooljaar bijeen en geeft de routeleiding advies over de inhoud van het programma en de keuzedelen.
3.3 De leerbedrijven verzorgen in de vo-fase per leerjaar ten minste vier meevaardagen en twee gastlessen, bieden in de mbo-fase de bpv-plaatsen aan en nemen als tweede beoordelaar deel aan de proeve van bekwaamheid aan boord.

## Artikel 4. Routeleiding
4.1 De leiding over de route berust bij een routeleiding van drie personen: de afdelingsleider techniek van de school, de opleidingsmanager Maritiem van Deltawaarde en een routecoördinator.
4.2 De afdelingsleider en de opleidingsmanager worden door hun eigen college van bestuur voor de duur van deze overeenkomst in de routeleiding benoemd. De routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd op voordracht van de twee andere leden.
4.3 De colleges van bestuur dragen de routeleiding de volgende taken op: het vaststellen van het gezamenlijke PTA/OER per leerjaar, het opstellen van de jaarroosters, de inzet van het routeteam, de toelating van leerlingen tot de route en het onderhouden van de contacten met de Vaarraad.
4.4 De routeleiding is bevoegd binnen de door beide besturen vastgestelde routebegroting verplichtingen aan te gaan tot \u20ac 15.000 per geval. Besluiten over de omvang van de instroom, wijziging van het kwalificatiedossier of de keuzedelen en over personele aanstellingen blijven voorbehouden aan de colleges van bestuur.

## Artikel 5. Informatie en verantwoording
5.1 De routeleiding brengt ieder jaar v\u00f3\u00f3r 1 november aan beide colleges van bestuur een schriftelijk jaarverslag uit over het afgelopen schooljaar, met de cijfers over instroom, doorstroom, uitval en diplomering, de uitputting van de routebegroting en de adviezen van de Vaarraad.
5.2 In maart voert de routeleiding een voortgangsgesprek met beide bestuurders. Tussentijds meldt de routeleiding onverwijld iedere ontwikkeling die de continu\u00efteit van de route raakt.

## Artikel 6. Inrichting van het onderwijs
6.1 In de vo-fase wordt het onderwijs gegeven in het gebouw van de school aan de Sloepkade; in de mbo-fase op de Maritieme Campus van Deltawaarde te Vlissingen-Oost. Vanaf het eerste routejaar volgen deelnemers \u00e9\u00e9n dag per week praktijkonderwijs op de campus.
6.2 De school zet twee docenten Maritiem en techniek en een mentor in; Deltawaarde zet drie docenten nautische vakken en een bpv-begeleider in. Zij vormen samen het routeteam en werken op grond van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB) in de vakoverstijgende onderdelen Navigatie en Scheepstechniek, met ten minste \u00e9\u00e9n bevoegde docent per onderdeel. Iedere docent blijft in dienst van de eigen werkgever.
6.3 Deltawaarde stelt de brugsimulator, de scheepstechnische werkplaats en het opleidingsschip \u201cDe Nolle\u201d kosteloos ter beschikking; de school stelt haar praktijklokaal metaal en de mediatheek open voor studenten in de mbo-fase.
6.4 Het onderwijsprogramma en de examinering per leerjaar worden vastgelegd in het gezamenlijke PTA/OER, dat de routeleiding jaarlijks v\u00f3\u00f3r 1 juli vaststelt. Het vmbo-examen blijft onder verantwoordelijkheid van de school, de mbo-examinering onder die van de examencommissie van Deltawaarde.
6.5 Een klacht bij de school over gedrag van een medewerker van Deltawaarde wordt door de school in behandeling genomen; Deltawaarde verleent alle medewerking en neemt zo nodig zelf maatregelen, en omgekeerd.

## Artikel 7. Wanneer een deelnemer de route verlaat
7.1 Stopt een deelnemer in de vo-fase, dan zet hij zijn opleiding voort in de reguliere kaderberoepsgerichte leerweg van de school, in het profiel Maritiem en techniek of, als dat beter past, in een ander profiel, met het vmbo-diploma als doel.
7.2 Stopt een deelnemer in de mbo-fase, of heeft hij aan het einde van het tweede routejaar het vmbo-diploma niet behaald, dan kan hij, zonder dat vooropleidingseisen worden gesteld, instromen in een andere opleiding op niveau 2 of 3 van Deltawaarde, zoals Matroos binnenvaart (niveau 2) of Logistiek teamleider (niveau 3). Ook kan hij bij de school het vmbo-examen opnieuw afleggen.
7.3 Wil de deelnemer naar een andere instelling, dan verzorgen partijen een warme overdracht; de ontvangende instelling kan hem na een geschiktheidsonderzoek toelaten.
7.4 Welke voortzetting het beste past, beoordelen de school en Deltawaarde gezamenlijk, op basis van het bereikte onderwijsniveau en de leeftijd, na een gesprek met de deelnemer en diens ouders. De uitwerking staat in de schoolgids en de studiegids.

## Artikel 8. Financi\u00ebn
Er vindt geen overdracht van bekostiging plaats, niet van de school aan Deltawaarde en niet omgekeerd. Iedere partij draagt de kosten van het eigen personeel en de eigen voorzieningen. Het kosteloze gebruik van faciliteiten (artikel 6.3) wordt niet verrekend.

## Artikel 9. Medezeggenschap
9.1 Op de deelnemers in de vo-fase, hun ouders en het personeel van de school is de Wet medezeggenschap op scholen van toepassing; op de studenten in de mbo-fase, hun ouders en de medewerkers van Deltawaarde de bepalingen van hoofdstuk 8a WEB en de Wet op de ondernemingsraden.
9.2 Daarnaast spreken partijen af dat twee deelnemers uit de vo-fase als toehoorder met spreekrecht de vergaderingen van de studentenraad van de Maritieme Campus bijwonen, en dat de medezeggenschapsraad van de school en de studentenraad van Deltawaarde eenmaal per jaar gezamenlijk door de routeleiding worden ge\u00efnformeerd over het jaarverslag, waarna beide raden een gezamenlijk advies kunnen uitbrengen.

## Artikel 10. Verschillen van inzicht
10.1 Een meningsverschil over de uitvoering van deze overeenkomst wordt eerst besproken in de routeleiding.
10.2 Komt de routeleiding binnen vier weken niet tot een oplossing, dan legt zij het voor aan de twee voorzitters van de colleges van bestuur, die binnen zes weken een besluit nemen.
10.3 Lukt ook dat niet, dan schakelen partijen een mediator in die is ingeschreven in het register van de Mediatorsfederatie Nederland; de kosten worden gedeeld.
10.4 Levert mediation binnen drie maanden geen overeenstemming op, dan is de rechtbank Zeeland-West-Brabant bevoegd.

## Artikel 11. Nieuwe partners, wijziging en einde
11.1 Een andere vmbo-school of mbo-instelling kan tot deze overeenkomst toetreden als beide partijen schriftelijk instemmen en de toetreder zich aan alle bepalingen van deze overeenkomst verbindt; de toetreding gaat in bij de start van een schooljaar, en partijen melden haar bij DUO.
11.2 Deze overeenkomst wordt slechts gewijzigd bij schriftelijk, door beide colleges van bestuur ondertekend stuk.
11.3 De overeenkomst geldt voor onbepaalde tijd. Elke partij kan haar schriftelijk opzeggen met inachtneming van een termijn van twaalf maanden, uitsluitend tegen 1 augustus. Bij ernstige tekortkoming kan een partij de overeenkomst na ingebrekestelling ontbinden.
11.4 Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten; deelnemers die al in de route zitten, maken de route bij partijen af. Een wijziging of toetreding mag lopende deelnemers niet in hun opleiding benadelen.

## Artikel 12. Slotbepalingen
Partijen melden de route gezamenlijk aan de minister via RIO. Deze overeenkomst treedt in werking op 1 augustus 2025.

Aldus opgemaakt in tweevoud en ondertekend te Vlissingen op 12 juni 2025.

Stichting Openbaar Voortgezet Onderwijs Walcheren-Oost, drs. A.M. Lievense, voorzitter college van bestuur

Stichting Regionaal Opleidingencentrum Deltawaarde, ir. P.J. Kodde, voorzitter college van bestuur
"""


@sample(357, "twee_kolommen_vaarroute_walcheren_schipper", "pdf",
        "Two-column article-style PDF, Walcheren (Zeeland), Maritiem en techniek kb -> Schipper "
        "binnenvaart niveau 3; fully compliant; side text: medezeggenschap article restates the law "
        "before real extra arrangements, four-step dispute clause, explicit 'geen overdracht'.",
        S("pppppppppp"),
        {"a": "Artikel 2. De route", "b": "Artikel 3. Betrokkenheid van de binnenvaartsector",
         "c": "Artikel 4. Routeleiding", "d": "Artikel 5. Informatie en verantwoording",
         "e": "Artikel 6. Inrichting van het onderwijs",
         "f": "Artikel 7. Wanneer een deelnemer de route verlaat", "g": "Artikel 8. Financiën",
         "h": "Artikel 9. Medezeggenschap", "i": "Artikel 10. Verschillen van inzicht",
         "j": "Artikel 11. Nieuwe partners, wijziging en einde"})
def build_357(path):
    write_pdf(path, TEXT_357, title="Samenwerkingsovereenkomst Vaarroute Walcheren",
              author="Sloepkade College / ROC Deltawaarde", columns=2, size=9, head_mm=72,
              footer="SOK Vaarroute Walcheren")


# ---------------------------------------------------------------------------------------------
# 358  DOCX with Word auto-numbering (Artikel %1 / %1.%2), Hengelo (Twente),
#      Produceren, installeren en energie kb -> Eerste monteur elektrotechnische installaties niv. 3
#      defects: c leiding written at length but nobody says who appoints it (weak);
#      g transfer with bestemming but the amount left to a yearly decision (weak);
#      h only describes the law / what "kan" -> not_applicable.
# ---------------------------------------------------------------------------------------------
TEXT_358 = """
# Samenwerkingsovereenkomst Doorlopende Leerroute Installatietechniek Hengelo

De ondergetekenden:

1. Stichting Scholengroep Twentse Kanaalzone, statutair gevestigd te Hengelo, bevoegd gezag van het Kanaalzone College (vmbo), te dezen vertegenwoordigd door de heer M.H.J. Nijhuis, bestuurder, hierna te noemen: de school;

2. Stichting Regionaal Opleidingencentrum Dinkelland, statutair gevestigd te Enschede, bevoegd gezag van ROC Dinkel, te dezen vertegenwoordigd door mevrouw E.G. Oude Vrielink MBA, lid van het college van bestuur, hierna te noemen: het ROC;

in aanmerking nemende dat:

- de installatiebranche in Twente jaarlijks ruim tweehonderd vacatures voor monteurs niet kan vervullen;
- partijen leerlingen met belangstelling voor elektrotechniek sneller en zonder dubbelingen naar een diploma op niveau 3 willen brengen;

verklaren het volgende te zijn overeengekomen.

#n Onderwerp en opleidingsaanbod
#nn Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB, met de naam Route Installatietechniek.
#nn De route sluit aan op het profiel Produceren, installeren en energie (PIE) in de kaderberoepsgerichte leerweg van de school en leidt op tot de kwalificatie Eerste monteur elektrotechnische installaties woning en utiliteit, niveau 3, opleidingsdomein Bouw en infra / installatietechniek, zowel in de beroepsopleidende als in de beroepsbegeleidende leerweg.
#nn De route omvat vier leerjaren. In leerjaar 1 en 2 van de route is de deelnemer leerling van de school, in leerjaar 3 en 4 student van het ROC.

#n Rol van het installatiebedrijfsleven
#nn Het ROC brengt de route in bij de bestaande Werkveldcommissie Installatietechniek Twente, waarin onder meer Installatiebedrijf Morsink B.V., Elektro Dijkhuis Hengelo en Techniek Nederland regio Oost zitting hebben. De commissie beoordeelt eenmaal per jaar het programma en doet voorstellen voor keuzedelen.
#nn Leerbedrijven uit het netwerk van de werkveldcommissie ontvangen in leerjaar 2 van de route groepen leerlingen voor een snuffelstage van twee weken en bieden in leerjaar 3 en 4 de bpv-plaatsen en leerbanen aan.
#nn Praktijkopleiders van de leerbedrijven beoordelen mee bij de praktijkexamens in de mbo-fase.

#n De routeleiding
#nn De dagelijkse leiding over de route is in handen van het Routeteam Installatietechniek. Het routeteam bestaat uit de teamleider PIE van de school, de opleidingsmanager Elektrotechniek van het ROC en de routecoördinator, die het routeteam voorzit.
#nn Het routeteam heeft tot taak: het opstellen van het gezamenlijke onderwijsprogramma en het PTA/OER per leerjaar; het maken van het rooster en de verdeling van de lessen over de docenten; de intake en plaatsing van leerlingen; de organisatie van de bpv in samenwerking met de leerbedrijven; de kwaliteitszorg van de route.
#nn Het routeteam is bevoegd om binnen de jaarlijks door partijen vastgestelde formatie en begroting zelfstandig te besluiten over de inzet van docenten, de aanschaf van lesmateriaal en de indeling van de bpv. Besluiten met financi\u00eble gevolgen buiten de begroting en besluiten over het aantal plaatsen in de route legt het routeteam voor aan de bestuurders.
#nn Het routeteam vergadert ten minste eens per zes weken en besluit bij meerderheid van stemmen. Bij staking van stemmen beslist de voorzitter niet; het punt wordt dan aan de bestuurders voorgelegd.

#n Rapportage aan de besturen
#nn Het routeteam stelt ieder jaar uiterlijk 15 oktober een jaarrapportage op over het afgelopen schooljaar, met ten minste de in-, door- en uitstroom, de examenresultaten, de tevredenheid van leerlingen en leerbedrijven en de financi\u00eble uitputting. De rapportage wordt aan beide bestuurders gezonden en besproken in het bestuurlijk overleg in november.
#nn Daarnaast ontvangen de bestuurders in april een korte voortgangsnotitie.

#n Onderwijsorganisatie, personeel en voorzieningen
#nn Leerjaar 1 en 2 van de route worden gegeven op de locatie van de school aan de Oelerweg; leerjaar 3 en 4 op de Techniekcampus van het ROC aan de Hengelosestraat, Enschede. In leerjaar 2 volgen leerlingen \u00e9\u00e9n dag per week les op de Techniekcampus.
#nn Docenten van beide partijen vormen \u00e9\u00e9n docententeam. De school levert twee docenten PIE, het ROC twee docenten elektrotechniek en een bpv-begeleider. Van de teambevoegdheid wordt gebruikgemaakt voor het vakoverstijgende onderdeel Installeren en aansluiten in leerjaar 2 en 3.
#nn De school stelt haar installatielokaal en het ROC de domoticawerkplaats en het praktijkhuis op de Techniekcampus beschikbaar voor alle leerlingen van de route.
#nn Het onderwijsprogramma en de examinering per leerjaar zijn vastgelegd in het PTA/OER Route Installatietechniek. Het vmbo-examen wordt uiterlijk in leerjaar 2 van de route afgerond.

#n Overstap
#nn Een leerling die in leerjaar 1 of 2 van de route stopt, gaat verder in de kaderberoepsgerichte leerweg van de school in het profiel PIE of een ander profiel en haalt daar zijn vmbo-diploma.
#nn Een student die in leerjaar 3 of 4 stopt of van richting wil veranderen, kan zonder aanvullende toelatingseisen instromen in een andere opleiding van het ROC op niveau 2 of 3, bijvoorbeeld Monteur werktuigkundige installaties of Eerste monteur service en onderhoud.
#nn De school en het ROC bepalen samen, na overleg met de leerling en zijn ouders, welke vervolgroute passend is. Zij letten daarbij op het behaalde niveau en de leeftijd van de leerling.

#n Bekostiging
#nn De school draagt met toepassing van artikel 5.42a WVO 2020 een deel van de door haar ontvangen bekostiging over aan het ROC.
#nn De over te dragen middelen zijn bestemd voor de inzet van de docenten elektrotechniek van het ROC in leerjaar 1 en 2 van de route en voor het gebruik van de domoticawerkplaats.
#nn De hoogte van het over te dragen bedrag wordt ieder jaar v\u00f3\u00f3r 1 juli door de bestuurders vastgesteld.

#n Medezeggenschap
#nn Op leerlingen en personeel van de school is de Wet medezeggenschap op scholen van toepassing, op studenten en personeel van het ROC de WEB en de Wet op de ondernemingsraden. Partijen kunnen zo nodig aanvullende afspraken maken over de medezeggenschap in de route.

#n Geschillen
#nn Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst besproken in het bestuurlijk overleg.
#nn Wordt het geschil daar niet binnen twee maanden opgelost, dan wordt het voorgelegd aan een commissie van drie leden: elk van de partijen benoemt een lid en de twee leden kiezen samen de voorzitter. De commissie brengt bindend advies uit.

#n Duur, toetreding, wijziging en be\u00ebindiging
#nn Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
#nn Een andere school voor vmbo of instelling voor beroepsonderwijs kan toetreden tot deze overeenkomst wanneer partijen daar unaniem schriftelijk mee instemmen. De toetreding wordt vastgelegd in een toetredingsverklaring en gaat in bij het begin van een schooljaar.
#nn Wijziging van deze overeenkomst vindt uitsluitend schriftelijk plaats, na bespreking in het bestuurlijk overleg.
#nn Opzegging is mogelijk per 1 augustus van enig jaar met een opzegtermijn van ten minste een jaar. Partijen zorgen ervoor dat alle leerlingen en studenten die op het moment van opzegging in de route zitten, de route volgens het PTA/OER kunnen afronden; er vindt dan geen nieuwe instroom meer plaats.

Aldus overeengekomen en in tweevoud ondertekend te Hengelo op 2 juli 2025.

| Stichting Scholengroep Twentse Kanaalzone | Stichting Regionaal Opleidingencentrum Dinkelland |
| M.H.J. Nijhuis, bestuurder | E.G. Oude Vrielink MBA, lid college van bestuur |
"""


@sample(358, "autonummering_installatietechniek_hengelo", "docx",
        "DOCX with Word auto-numbered articles and lids, Hengelo (Twente), PIE kb -> Eerste monteur "
        "elektrotechnische installaties niveau 3; defects: leiding detailed but no wijze van benoeming "
        "(c weak), transfer with bestemming but amount left to a yearly decision (g weak); "
        "medezeggenschap only restates law + 'kunnen' (h n/a).",
        S("ppwpppwnpp"),
        {"a": "Onderwerp en opleidingsaanbod", "b": "Rol van het installatiebedrijfsleven",
         "d": "Rapportage aan de besturen", "e": "Onderwijsorganisatie, personeel en voorzieningen",
         "f": "Overstap", "i": "Geschillen", "j": "Duur, toetreding, wijziging en beëindiging"})
def build_358(path):
    d = _new_docx("Calibri", 10.5)
    nid = _add_article_numbering(d, "Artikel %1.", "%1.%2")
    blocks_to_docx(d, parse_blocks(TEXT_358), num_id=nid, heading_style="Heading 2")
    save_docx(d, path, title="Samenwerkingsovereenkomst Route Installatietechniek Hengelo",
              author="Kanaalzone College")



# ---------------------------------------------------------------------------------------------
# 359  plain-prose TXT without any headings, Appingedam (Groningen), Zorg en welzijn bb ->
#      Helpende zorg en welzijn niveau 2; fully compliant; h silent (not_applicable);
#      side text: Entree named only as a last resort after real diploma options, the
#      leiding's benoeming sits in a later sentence of the same paragraph, explicit no-transfer.
# ---------------------------------------------------------------------------------------------
TEXT_359 = """
Samenwerkingsovereenkomst tussen Stichting Voortgezet Onderwijs Eemsmond-Fivel en Stichting Noordelijk Opleidingscentrum Hunze over de doorlopende leerroute Zorg dichtbij

Wij, Stichting Voortgezet Onderwijs Eemsmond-Fivel te Appingedam, het bevoegd gezag van het Wadkant College, hier vertegenwoordigd door haar bestuurder de heer J.W. Bolhuis, en Stichting Noordelijk Opleidingscentrum Hunze te Groningen, het bevoegd gezag van het Hunzecollege, hier vertegenwoordigd door mevrouw dr. T. Mulder-Smit, voorzitter van het college van bestuur, leggen in deze overeenkomst vast hoe wij vanaf 1 augustus 2025 samen een doorlopende leerroute vmbo-mbo aanbieden. We schrijven in gewone zinnen, omdat deze tekst ook aan ouders en collega's wordt uitgereikt, maar wat hier staat, geldt tussen ons als afspraak. Waar \u201cde school\u201d staat, bedoelen we het Wadkant College en zijn bestuur; waar \u201chet Hunzecollege\u201d staat, de instelling en haar bestuur.

De route waar het om gaat heet Zorg dichtbij. Leerlingen van de basisberoepsgerichte leerweg van de school die in leerjaar 2 het profiel Zorg en welzijn kiezen, kunnen vanaf leerjaar 3 instromen. De route leidt naar het vmbo-diploma basisberoepsgerichte leerweg Zorg en welzijn en daarna, in hetzelfde traject, naar het mbo-diploma Helpende zorg en welzijn op niveau 2 van het Hunzecollege, uit het kwalificatiedossier Helpende zorg en welzijn in het domein Zorg en welzijn. De mbo-opleiding wordt in de beroepsopleidende leerweg gevolgd. Het vmbo-examen wordt afgerond in het tweede jaar van de route; het derde jaar is het mbo-examenjaar. Voor leerlingen die dat aankunnen bieden we het keuzedeel Ouderenzorg thuis aan.

Zorgaanbieders uit de Eemsdelta doen vanaf het begin mee. Zorggroep Eemsmonde, Kinderopvang Lutje Kwekkeboom en Thuiszorg Ommelanden hebben toegezegd dat zij ieder jaar samen ten minste twaalf leerlingen uit de route een stageplek bieden, in de vo-fase als snuffelstage van een week per halfjaar en in het mbo-jaar als volledige bpv. Hun praktijkbegeleiders beoordelen de proeve van bekwaamheid mee. Twee keer per jaar schuiven vertegenwoordigers van deze drie organisaties aan bij het routeoverleg om het programma door te nemen en te vertellen welke vaardigheden zij op de werkvloer missen, en wij passen het programma daarop aan als dat binnen het kwalificatiedossier kan.

De route wordt geleid door een routeduo: de teamleider bovenbouw van de school en de opleidingsmanager Zorg van het Hunzecollege. Zij beslissen samen over het rooster, de verdeling van de lessen, de stageplaatsing, de toelating tot de route en het jaarlijkse PTA/OER van de route, en zij mogen namens ons beiden afspraken maken met de zorgaanbieders over stageplaatsen. Beslissingen over geld buiten het afgesproken routebudget en over het aantal leerlingen dat instroomt, leggen zij aan ons voor. Wie in het routeduo zitting heeft, bepalen wij zo: de bestuurder van de school wijst de teamleider aan en het college van bestuur van het Hunzecollege wijst de opleidingsmanager aan, en beiden melden die aanwijzing schriftelijk aan de ander.

Het routeduo houdt ons op de hoogte met een kort verslag na elk halfjaar, in februari en in juli, waarin staat hoeveel leerlingen er zijn, hoeveel er zijn gestopt en waarom, hoe de examens zijn gegaan en hoe het met de stages loopt. Ieder najaar komen wij als bestuurders met het routeduo bij elkaar om terug te kijken op het schooljaar; daar legt het routeduo verantwoording af over de besteding van het routebudget en de behaalde resultaten.

De lessen in de eerste twee jaar worden gegeven in het gebouw van de school aan de Opwierderweg; in het derde jaar zitten de studenten op de locatie van het Hunzecollege in Delfzijl. De school zet een docent zorg en welzijn en een mentor in, het Hunzecollege twee docenten verpleging en verzorging en een stagebegeleider. Deze docenten vormen \u00e9\u00e9n team dat op grond van de teambevoegdheid ook lessen in elkaars vakgebied mag geven voor het vakoverstijgende onderdeel Zorg in de wijk, mits voor elk onderdeel een bevoegde docent verantwoordelijk blijft. Het Hunzecollege laat de leerlingen uit de vo-fase een dag per week gebruikmaken van het zorgpracticum met de oefenwoning en de tilliften; de school stelt haar keuken en het verzorgingslokaal beschikbaar voor de praktijklessen van het Hunzecollege. Wat per leerjaar wordt gegeven en getoetst, staat in het gezamenlijke PTA/OER van de route.

Als een leerling de route niet afmaakt, laten we hem niet los. Wie in het eerste of tweede jaar stopt, blijft op de school en maakt het vmbo in de basisberoepsgerichte leerweg af, in Zorg en welzijn of in een ander profiel dat beter past. Wie het vmbo-diploma heeft of het mbo-jaar al is begonnen en toch wil stoppen of wisselen, mag zonder nieuwe toelatingseisen overstappen naar een andere opleiding op niveau 2 van het Hunzecollege, bijvoorbeeld Medewerker sport en recreatie of Facilitair medewerker. Heeft een leerling aan het einde van het tweede jaar het vmbo-diploma niet gehaald, dan kan hij het examen bij de school opnieuw doen of, als het samen gehaalde niveau dat rechtvaardigt, toch doorgaan in het mbo-jaar. Pas als een diploma op niveau 2 echt niet haalbaar blijkt, bespreken we met de leerling de Entreeopleiding als opstap naar werk. De keuze voor een vervolg maken de school en het Hunzecollege samen, in een gesprek met de leerling en zijn ouders, waarbij we kijken naar wat hij al heeft behaald en naar zijn leeftijd. In de schoolgids staat hoe dat gesprek verloopt.

Over geld zijn we kort: er gaat tussen ons geen bekostiging over en weer. De school houdt de vo-bekostiging voor de eerste twee jaar, het Hunzecollege ontvangt de mbo-bekostiging voor het derde jaar, en ieder betaalt zijn eigen personeel en gebouw. Het wederzijds gebruik van lokalen rekenen we niet met elkaar af.

Mochten wij het over de uitvoering van deze afspraken oneens worden, dan bespreekt eerst het routeduo het probleem. Komt het er niet uit, dan gaan de twee bestuurders binnen een maand met elkaar in gesprek. Als ook dat binnen twee maanden geen oplossing geeft, vragen wij een onafhankelijke derde, die wij samen kiezen, om een bindend advies, dat wij allebei zullen opvolgen.

Een andere vmbo-school uit de regio of een andere mbo-instelling kan zich bij de route aansluiten als wij daar allebei schriftelijk mee instemmen en de nieuwe partner deze overeenkomst ondertekent; dat kan alleen met ingang van een nieuw schooljaar, en we melden het dan samen bij DUO. Veranderen we iets aan deze overeenkomst, dan doen we dat op papier, door ons beiden ondertekend. Deze overeenkomst loopt voor onbepaalde tijd; wie wil stoppen, zegt schriftelijk op v\u00f3\u00f3r 1 februari, waarna de overeenkomst eindigt op 31 juli van het daaropvolgende schooljaar, zodat er altijd ruim een jaar tussen zit. Na een opzegging of een ontbinding laten we geen nieuwe leerlingen meer toe, maar iedere leerling die al in de route zit, maakt haar bij ons af, en bij een wijziging of toetreding zorgen we ervoor dat lopende leerlingen er geen nadeel van hebben.

Wij melden deze route samen bij de minister via RIO.

Appingedam en Groningen, 20 juni 2025

Namens Stichting Voortgezet Onderwijs Eemsmond-Fivel: J.W. Bolhuis, bestuurder
Namens Stichting Noordelijk Opleidingscentrum Hunze: dr. T. Mulder-Smit, voorzitter college van bestuur
"""


@sample(359, "platte_proza_zorg_dichtbij_appingedam_helpende", "txt",
        "Plain-prose TXT without any headings, Appingedam/Eemsdelta (Groningen), Zorg en welzijn bb -> "
        "Helpende zorg en welzijn niveau 2; fully compliant, h silent (n/a); side text: Entree named "
        "only as last resort after real diploma options, leiding's appointment in a later sentence, "
        "explicit no-transfer of bekostiging.",
        S("pppppppnpp"),
        {"a": "De route waar het om gaat heet Zorg dichtbij",
         "b": "Zorgaanbieders uit de Eemsdelta doen vanaf het begin mee",
         "c": "De route wordt geleid door een routeduo",
         "d": "Het routeduo houdt ons op de hoogte met een kort verslag",
         "e": "De lessen in de eerste twee jaar worden gegeven",
         "f": "Als een leerling de route niet afmaakt, laten we hem niet los",
         "g": "Over geld zijn we kort: er gaat tussen ons geen bekostiging over en weer",
         "i": "Mochten wij het over de uitvoering van deze afspraken oneens worden",
         "j": "Een andere vmbo-school uit de regio of een andere mbo-instelling kan zich bij de route aansluiten"})
def build_359(path):
    write_text(path, TEXT_359)



# ---------------------------------------------------------------------------------------------
# 360  very short Markdown "afsprakenkaart" in Q&A form, Amersfoort (Eemland),
#      Economie en ondernemen gl -> Manager retail niveau 4
#      defects: b only an intention (weak); nothing at all about money (g missing);
#      disputes only "in overleg" (i weak); h silent (n/a).
# ---------------------------------------------------------------------------------------------
TEXT_360 = """
# Afsprakenkaart doorlopende leerroute Retail & Ondernemen Eemland

*Samenwerkingsovereenkomst in vraag-en-antwoordvorm tussen Stichting Interconfessioneel Voortgezet Onderwijs Eemland (bevoegd gezag van het Eemhof College, Amersfoort) en Stichting ROC Utrecht-Oost (bevoegd gezag van het Vakcollege Handel & Service, Amersfoort). Vastgesteld door beide besturen op 26 juni 2025.*

## Welke route bieden we samen aan?
Leerlingen van het Eemhof College in de gemengde leerweg met het profiel **Economie en ondernemen** stromen in leerjaar 3 in en stromen door naar de middenkaderopleiding **Manager retail, niveau 4** (kwalificatiedossier Retail, domein Handel en ondernemerschap) van ROC Utrecht-Oost. De route duurt vijf jaar.

## Hoe doet het bedrijfsleven mee?
Het bedrijfsleven in de regio Amersfoort wordt bij de route betrokken. Partijen streven ernaar om in de loop van de route contacten met winkels en ondernemers op te bouwen.

## Wie heeft de leiding?
Een kernteam van drie: de afdelingsleider gemengde leerweg (Eemhof College), de teammanager Retail (ROC) en een routeco\u00f6rdinator. De afdelingsleider en de teammanager worden door hun eigen bestuur aangewezen; de co\u00f6rdinator wordt door beide besturen samen benoemd. Het kernteam stelt het PTA/OER per leerjaar vast, regelt rooster, intake en stages en beslist over de inzet van docenten binnen de afgesproken formatie. Over het aantal plaatsen en over personeel boven de afgesproken formatie beslissen de besturen.

## Hoe horen de besturen hoe het gaat?
Het kernteam stuurt ieder jaar v\u00f3\u00f3r 1 december een jaarverslag (in-, door- en uitstroom, examenresultaten) aan beide besturen en bespreekt het in het voorjaar met beide bestuurders.

## Waar en door wie wordt lesgegeven?
Leerjaar 3 en 4 op het Eemhof College, vanaf leerjaar 5 in het Vakcollege Handel & Service. Twee docenten economie van de school en twee retaildocenten van het ROC vormen \u00e9\u00e9n team en gebruiken de teambevoegdheid voor het onderdeel Winkelpraktijk. Het ROC stelt de leerwinkel en het kassa- en voorraadsysteem beschikbaar; de school haar praktijklokaal E&O. Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER.

## Wat als een leerling stopt?
In leerjaar 3 of 4: hij maakt de gemengde leerweg bij de school af met het vmbo-diploma als doel. Later: hij stapt zonder extra toelatingseisen over naar een andere opleiding van het ROC, op niveau 4 of zo nodig niveau 3 (bijvoorbeeld Commercieel medewerker). School en ROC beslissen samen, met de leerling en ouders, op basis van het behaalde niveau en de leeftijd.

## Wat als we het niet eens zijn?
Dan lossen partijen het in onderling overleg op.

## Kan er iemand bij, kan het stoppen, kan het anders?
- **Bij:** een andere vmbo-school of mbo-instelling kan toetreden met schriftelijke instemming van beide besturen, per 1 augustus.
- **Anders:** wijzigen alleen schriftelijk, getekend door beide besturen.
- **Stoppen:** opzeggen kan schriftelijk met een termijn van een jaar, tegen 1 augustus.
- **Leerlingen:** na opzegging stroomt niemand meer in; wie al in de route zit, maakt haar af. Wijzigingen gelden niet ten nadele van lopende leerlingen.

*Ondertekend: namens Stichting IVO Eemland, mw. C.A. van Beek, bestuurder \u2014 namens Stichting ROC Utrecht-Oost, dhr. R. Hoogendoorn, voorzitter college van bestuur.*
"""


@sample(360, "afsprakenkaart_vraagkoppen_amersfoort_retail", "md",
        "Very short Markdown Q&A 'afsprakenkaart' with question headings, Amersfoort (Eemland), "
        "Economie en ondernemen gl -> Manager retail niveau 4; defects: bedrijfsleven only an intention "
        "(b weak), nothing about finances (g missing), disputes only 'in onderling overleg' (i weak); "
        "h silent (n/a).",
        S("pwppppmnwp"),
        {"a": "Welke route bieden we samen aan?", "c": "Wie heeft de leiding?",
         "d": "Hoe horen de besturen hoe het gaat?", "e": "Waar en door wie wordt lesgegeven?",
         "f": "Wat als een leerling stopt?", "j": "Kan er iemand bij, kan het stoppen, kan het anders?"})
def build_360(path):
    write_text(path, TEXT_360)



# ---------------------------------------------------------------------------------------------
# 361  long PDF (Times), consortium of one vmbo school and two mbo institutions (an ROC and a
#      vakinstelling), Venlo (Noord-Limburg), Horeca, bakkerij en recreatie kb -> Zelfstandig
#      werkend kok niv. 3 and Zelfstandig werkend bakker niv. 3, with a separate bijlage per route.
#      Fully compliant; side text: the transfer of money is set out in a table with amounts and
#      purposes; medezeggenschap article with real extra arrangements; leiding split over a
#      stuurgroep article and a routecoordinator article.
# ---------------------------------------------------------------------------------------------
TEXT_361 = """
# Consortiumovereenkomst Vakroutes Horeca en Bakkerij Noord-Limburg

Samenwerkingsovereenkomst doorlopende leerroutes vmbo-mbo als bedoeld in artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs

~ Versie 1.0 \u2013 vastgesteld in het bestuurlijk overleg van 4 juni 2025

## Partijen

1. Stichting Onderwijsgroep Maasdal, gevestigd te Venlo, bevoegd gezag van het Maasdal Vakcollege (school voor vmbo, locatie Hagerhof), rechtsgeldig vertegenwoordigd door de heer drs. H.P.M. Janssen, voorzitter college van bestuur, hierna: **Maasdal**;

2. Stichting Regionaal Opleidingencentrum Peel en Maas, gevestigd te Venlo, bevoegd gezag van ROC Peel en Maas, waaronder de Horecavakschool Venlo, rechtsgeldig vertegenwoordigd door mevrouw mr. L.M. Hendrix, voorzitter college van bestuur, hierna: **ROC Peel en Maas**;

3. Stichting Bakkersvakopleiding Zuid-Nederland, gevestigd te Venlo, bevoegd gezag van de vakinstelling Bakkersvakschool Zuid, rechtsgeldig vertegenwoordigd door de heer P.A.G. Verheijen, directeur-bestuurder, hierna: **de Bakkersvakschool**;

ROC Peel en Maas en de Bakkersvakschool samen ook: **de instellingen**; Maasdal en de instellingen samen: **partijen**.

## Overwegingen

A. Partijen werken sinds 2021 samen in het regionale programma Gastvrij Noord-Limburg, waarin vmbo-leerlingen kennismaken met de horeca en de ambachtelijke bakkerij.

B. Zowel de horeca als de bakkerijbranche in Noord-Limburg kampen met een tekort aan vakkrachten op niveau 3, terwijl leerlingen van het profiel Horeca, bakkerij en recreatie na het vmbo in toenemende mate buiten de regio gaan leren of zonder startkwalificatie uitvallen.

C. Partijen willen daarom vanaf schooljaar 2025-2026 twee doorlopende leerroutes vmbo-mbo aanbieden, die op \u00e9\u00e9n vmbo-programma aansluiten maar bij twee verschillende instellingen eindigen, en zij willen de afspraken daarover vastleggen in \u00e9\u00e9n overeenkomst.

D. De uitwerking per route is opgenomen in bijlage A (route Kok) en bijlage B (route Bakker). De bijlagen maken deel uit van deze overeenkomst; bij strijdigheid gaat de tekst van de overeenkomst voor.

Partijen komen het volgende overeen.

## Artikel 1 \u2013 Begripsbepalingen

In deze overeenkomst en de bijlagen wordt verstaan onder:

a. **route**: een van de doorlopende leerroutes bedoeld in artikel 2;

b. **vo-fase**: de eerste twee leerjaren van een route, waarin de deelnemer leerling is van Maasdal;

c. **mbo-fase**: het deel van de route waarin de deelnemer student is van de instelling die de route verzorgt;

d. **deelnemer**: een leerling of student die een route volgt;

e. **PTA/OER**: het per route gezamenlijk vastgestelde programma van toetsing en afsluiting en onderwijs- en examenregeling, waarin het onderwijsprogramma en de examinering per leerjaar zijn beschreven;

f. **stuurgroep**: het orgaan bedoeld in artikel 4;

g. **routeco\u00f6rdinator**: de functionaris bedoeld in artikel 5;

h. **werkveldtafel**: het overleg met het bedrijfsleven bedoeld in artikel 3.

## Artikel 2 \u2013 De routes

2.1 Partijen verzorgen gezamenlijk de volgende doorlopende leerroutes vmbo-mbo:

| Route | vmbo (Maasdal) | mbo-opleiding | Instelling | Leerweg mbo |
| Route Kok | profiel Horeca, bakkerij en recreatie, kaderberoepsgerichte leerweg | Zelfstandig werkend kok, niveau 3 (vakopleiding), kwalificatiedossier Kok, domein Horeca en bakkerij | ROC Peel en Maas (Horecavakschool Venlo) | BOL |
| Route Bakker | profiel Horeca, bakkerij en recreatie, kaderberoepsgerichte leerweg | Zelfstandig werkend bakker, niveau 3 (vakopleiding), kwalificatiedossier Brood en banket, domein Horeca en bakkerij | Bakkersvakschool Zuid | BOL of BBL |

2.2 Beide routes beginnen in leerjaar 3 van het vmbo. De keuze tussen de route Kok en de route Bakker wordt uiterlijk aan het einde van het eerste routejaar gemaakt; tot dat moment volgen de deelnemers een gemeenschappelijk programma.

2.3 De deelnemer behaalt het vmbo-diploma kaderberoepsgerichte leerweg uiterlijk in het tweede routejaar en het mbo-diploma na in totaal vier routejaren. De keuzedelen per route staan in de bijlagen.

## Artikel 3 \u2013 Werkveld en bedrijfsleven

3.1 Partijen richten een werkveldtafel in. Daarin nemen zitting: twee vertegenwoordigers van Koninklijke Horeca Nederland, afdeling Noord-Limburg; een vertegenwoordiger van de Nederlandse Bakkerij Stichting; ten minste twee erkende leerbedrijven per route, waaronder in elk geval Hotel-Restaurant De Maaspoort te Venlo en Warme Bakker Peeters te Tegelen; en een adviseur van SBB.

3.2 De werkveldtafel komt ten minste drie keer per schooljaar bijeen. Zij adviseert de stuurgroep over de inhoud van de PTA/OER's en de keuze van keuzedelen, levert ieder schooljaar per route ten minste twee levensechte praktijkopdrachten aan en beoordeelt de presentatie van die opdrachten mee.

3.3 De leerbedrijven bieden in de vo-fase snuffelstages en meewerkdagen aan (ten minste tien dagen per deelnemer per schooljaar) en in de mbo-fase de bpv-plaatsen of leerbanen. Hun praktijkopleiders treden op als tweede beoordelaar bij de proeven van bekwaamheid in de praktijk.

3.4 De concrete leerbedrijven per route en de planning van de meewerkdagen zijn opgenomen in bijlage A en bijlage B.

## Artikel 4 \u2013 De stuurgroep

4.1 De leiding over de routes berust bij een stuurgroep van drie leden: de directeur van het Maasdal Vakcollege, de directeur van de Horecavakschool Venlo en de onderwijsmanager van de Bakkersvakschool.

4.2 Elk lid wordt door het college van bestuur respectievelijk de directeur-bestuurder van de eigen partij benoemd en kan door dat orgaan worden vervangen; een benoeming wordt schriftelijk aan de andere partijen meegedeeld. Het voorzitterschap rouleert per schooljaar.

4.3 Partijen dragen de stuurgroep op: het vaststellen van de PTA/OER's per route, het vaststellen van het aantal plaatsen per route binnen de door de besturen vastgestelde bandbreedte, het bewaken van de kwaliteit en de samenhang van de routes, het beheer van het routebudget en het voeren van het overleg met de werkveldtafel.

4.4 De stuurgroep besluit bij unanimiteit. Zij is bevoegd binnen het routebudget uitgaven te doen en opdrachten aan derden te verstrekken tot \u20ac 25.000 per geval. Besluiten over de overdracht van middelen, over personele aanstellingen en over wijziging van de routes zijn voorbehouden aan de besturen.

## Artikel 5 \u2013 Routeco\u00f6rdinatoren

5.1 Voor de dagelijkse uitvoering heeft iedere route een routeco\u00f6rdinator: voor de route Kok een docent van de Horecavakschool, voor de route Bakker een docent van de Bakkersvakschool.

5.2 De routeco\u00f6rdinatoren worden door de stuurgroep aangewezen voor een periode van twee schooljaren en werken onder haar verantwoordelijkheid.

5.3 De routeco\u00f6rdinator stelt het rooster op, plaatst deelnemers in de bpv, organiseert de intake en de overstapgesprekken (artikel 8) en is eerste aanspreekpunt voor deelnemers, ouders en leerbedrijven. Hij mag daarbij binnen de door de stuurgroep vastgestelde kaders zelfstandig beslissen over roosterwijzigingen en bpv-plaatsingen.

## Artikel 6 \u2013 Informatie en verantwoording aan de besturen

6.1 De stuurgroep legt jaarlijks v\u00f3\u00f3r 15 november verantwoording af aan de drie besturen door middel van een schriftelijk jaarverslag per route, met ten minste: aantallen deelnemers per leerjaar, in-, door- en uitstroom, gebruik van de overstapoptie, examen- en diplomaresultaten, de besteding van de overgedragen middelen (artikel 9) en de adviezen van de werkveldtafel.

6.2 Het jaarverslag wordt besproken in het bestuurlijk overleg, dat twee keer per jaar plaatsvindt, in december en in juni. In het juni-overleg licht de stuurgroep de begroting en de formatie voor het volgende schooljaar toe.

6.3 De stuurgroep informeert de besturen bovendien onverwijld over incidenten, een dreigend tekort aan bpv-plaatsen of andere omstandigheden die de continu\u00efteit van een route bedreigen.

## Artikel 7 \u2013 Inrichting, personeel en faciliteiten

7.1 **Locaties.** De vo-fase wordt verzorgd op de locatie Hagerhof van Maasdal, met \u00e9\u00e9n praktijkdag per week bij de instelling van de gekozen route. De mbo-fase van de route Kok wordt verzorgd op de Horecavakschool Venlo, die van de route Bakker op de Bakkersvakschool Zuid.

7.2 **Personeel.** Per route vormen docenten van Maasdal en van de betrokken instelling \u00e9\u00e9n routeteam. Maasdal zet per route ten minste \u00e9\u00e9n docent HBR en een mentor in; ROC Peel en Maas zet voor de route Kok twee praktijkdocenten koken en een docent gastheerschap in, de Bakkersvakschool voor de route Bakker twee meester-bakkers als praktijkdocent. De routeteams maken gebruik van de teambevoegdheid (artikel 7.13a WVO 2020; artikel 9.1.12 WEB) voor de vakoverstijgende onderdelen genoemd in de bijlagen; voor ieder onderdeel is ten minste \u00e9\u00e9n bevoegde docent verantwoordelijk. Docenten blijven in dienst van hun eigen werkgever en werken op de locatie van een andere partij onder de huisregels van die partij.

7.3 **Faciliteiten.** ROC Peel en Maas stelt zijn opleidingskeuken en het leerrestaurant De Smaak, de Bakkersvakschool haar ambachtelijke bakkerij en het banketlokaal, en Maasdal zijn HBR-praktijklokaal en de mediatheek ter beschikking aan de deelnemers van de routes. Het gebruik wordt vergoed zoals bepaald in artikel 9.

7.4 **Programma en examinering.** Het onderwijsprogramma en de examinering per leerjaar staan per route in het PTA/OER, dat de stuurgroep jaarlijks v\u00f3\u00f3r 1 juli vaststelt. Maasdal blijft verantwoordelijk voor de vmbo-examinering en -diplomering, de instellingen voor de mbo-examinering en -diplomering, ieder door de eigen examencommissie.

7.5 **Klachten.** Een klacht over gedrag van een medewerker van een andere partij wordt behandeld door de partij bij wie de klacht is ingediend; de andere partij verleent medewerking en informeert de klager over eventuele maatregelen.

7.6 **Inschrijving en verzuim.** Deelnemers staan in de vo-fase ingeschreven bij Maasdal en in de mbo-fase bij de instelling van hun route. De partij bij wie de deelnemer staat ingeschreven, is verantwoordelijk voor de verzuimregistratie en -melding.

## Artikel 8 \u2013 Overstapoptie

8.1 Een deelnemer die de route in de vo-fase verlaat, vervolgt zijn opleiding bij Maasdal in de reguliere kaderberoepsgerichte leerweg, in het profiel HBR of een ander profiel van Maasdal, gericht op het vmbo-diploma. Een wisseling tussen de route Kok en de route Bakker is tot het einde van het tweede routejaar mogelijk.

8.2 Een deelnemer die de route in de mbo-fase verlaat of van richting wil veranderen, kan zonder vooropleidingseisen instromen in een andere opleiding op niveau 2 of 3 van de instelling waar hij staat ingeschreven. Wil hij naar de andere instelling binnen dit consortium of naar een instelling elders, dan verzorgen partijen een warme overdracht en kan de ontvangende instelling hem na een geschiktheidsonderzoek toelaten.

8.3 Heeft een deelnemer aan het einde van het tweede routejaar het vmbo-diploma niet behaald, dan kan hij het examen bij Maasdal herkansen of, indien de behaalde vo- en mbo-onderdelen dat rechtvaardigen, zonder vmbo-diploma verder gaan in een mbo-opleiding op vergelijkbaar niveau bij de instelling van zijn route.

8.4 Over de passende voortzetting beslissen Maasdal en de betrokken instelling gezamenlijk, op voorstel van de routeco\u00f6rdinator, na een gesprek met de deelnemer en zijn ouders of verzorgers, en met inachtneming van het bereikte onderwijsniveau en de leeftijd van de deelnemer.

8.5 De routespecifieke alternatieven staan in de bijlagen; de werkwijze wordt opgenomen in de schoolgids van Maasdal en de studiegidsen van de instellingen.

## Artikel 9 \u2013 Overdracht van bekostiging

9.1 Maasdal draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks een deel van zijn bekostiging over aan de instellingen, en wel als volgt:

| Van | Aan | Omvang | Bestemming |
| Maasdal | ROC Peel en Maas | \u20ac 1.150 per deelnemer route Kok in de vo-fase, per schooljaar | inzet praktijkdocenten koken en gebruik opleidingskeuken en leerrestaurant tijdens de praktijkdag |
| Maasdal | Bakkersvakschool | \u20ac 1.300 per deelnemer route Bakker in de vo-fase, per schooljaar | inzet meester-bakkers en gebruik bakkerij, inclusief grondstoffen |
| Maasdal | ROC Peel en Maas (penvoerder) | vast bedrag \u20ac 6.000 per schooljaar | routebudget: co\u00f6rdinatie, werkveldtafel en praktijkopdrachten van beide routes |

9.2 Het aantal deelnemers wordt bepaald naar de telling op 1 oktober. Maasdal maakt de bedragen over in twee termijnen, v\u00f3\u00f3r 1 december en v\u00f3\u00f3r 1 mei. Het gebruik door mbo-studenten van het praktijklokaal en de mediatheek van Maasdal wordt niet verrekend.

9.3 De instellingen dragen geen bekostiging over aan Maasdal. De bedragen worden jaarlijks per 1 augustus ge\u00efndexeerd met het percentage van de prijsbijstelling van de rijksbijdrage vo.

## Artikel 10 \u2013 Medezeggenschap

10.1 De wettelijke regels blijven onverkort van toepassing: in de vo-fase de Wet medezeggenschap op scholen, in de mbo-fase hoofdstuk 8a WEB en voor het personeel van de instellingen de Wet op de ondernemingsraden.

10.2 In aanvulling daarop spreken partijen af dat:

a. deelnemers in het tweede routejaar met \u00e9\u00e9n vertegenwoordiger per route als adviserend lid deelnemen aan de studentenraad van de instelling van hun route;

b. de medezeggenschapsraad van Maasdal en de studentenraden van beide instellingen ieder jaar het jaarverslag (artikel 6) ontvangen en in een gezamenlijke bijeenkomst met de stuurgroep bespreken;

c. een voorgenomen besluit van de besturen tot wijziging of be\u00ebindiging van een route aan alle drie medezeggenschapsorganen gelijktijdig voor advies wordt voorgelegd.

## Artikel 11 \u2013 Geschillen

11.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de stuurgroep besproken.

11.2 Leidt dat binnen vier weken niet tot overeenstemming, dan wordt het geschil voorgelegd aan het bestuurlijk overleg, dat binnen zes weken beslist.

11.3 Komt ook het bestuurlijk overleg niet tot een oplossing, dan wordt het geschil beslecht door arbitrage volgens het Arbitragereglement van het Nederlands Arbitrage Instituut, door \u00e9\u00e9n arbiter, met Venlo als plaats van arbitrage.

## Artikel 12 \u2013 Toetreding

12.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden indien alle partijen daarmee schriftelijk instemmen, de toetreder een route of programmaonderdeel verzorgt dat aansluit bij de routes in artikel 2, en de toetreder een toetredingsverklaring ondertekent waarin hij alle rechten en verplichtingen uit deze overeenkomst aanvaardt.

12.2 Toetreding gaat in op 1 augustus. Partijen zorgen ervoor dat deelnemers die op dat moment een route volgen, die ongewijzigd kunnen afronden, en zij melden de uitbreiding bij DUO.

## Artikel 13 \u2013 Wijziging

13.1 Wijzigingen van deze overeenkomst en van de bijlagen worden schriftelijk vastgelegd en door alle partijen ondertekend. De stuurgroep kan de bijlagen wat betreft leerbedrijven, planning en keuzedelen zelf aanpassen en meldt dit in het jaarverslag.

13.2 Een wijziging treedt niet eerder in werking dan bij het begin van het volgende schooljaar en mag de positie van deelnemers die al een route volgen niet verslechteren.

## Artikel 14 \u2013 Duur, opzegging en ontbinding

14.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

14.2 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van ten minste achttien maanden. Opzegging door \u00e9\u00e9n instelling laat de overeenkomst tussen de overige partijen voor de andere route in stand.

14.3 Een partij kan de overeenkomst ontbinden indien een andere partij, na schriftelijke ingebrekestelling met een redelijke termijn, tekortschiet in de nakoming van wezenlijke verplichtingen, of indien de bekostiging van een partij door de minister wordt be\u00ebindigd.

14.4 Na opzegging of ontbinding vindt in de betrokken route geen nieuwe instroom meer plaats. Deelnemers die op dat moment in de route zitten, kunnen deze bij partijen afronden; partijen blijven tot dat moment gebonden aan de artikelen 4 tot en met 11. Lukt afronding niet, dan bieden partijen ieder deelnemer een passend alternatief als bedoeld in artikel 8.

## Artikel 15 \u2013 Melding

Partijen melden iedere route afzonderlijk bij de minister via het Registratie Instellingen en Opleidingen (RIO). Maasdal registreert zich voor beide routes; ieder van de instellingen voor haar eigen route.

## Artikel 16 \u2013 Slotbepalingen

16.1 Op deze overeenkomst is Nederlands recht van toepassing.

16.2 Deze overeenkomst is in drievoud opgemaakt en ondertekend.

Venlo, 4 juni 2025

| Stichting Onderwijsgroep Maasdal | Stichting ROC Peel en Maas | Stichting Bakkersvakopleiding Zuid-Nederland |
| drs. H.P.M. Janssen, voorzitter college van bestuur | mr. L.M. Hendrix, voorzitter college van bestuur | P.A.G. Verheijen, directeur-bestuurder |

@@PAGEBREAK

## Bijlage A \u2013 Route Kok (Maasdal Vakcollege \u2013 Horecavakschool Venlo)

**A.1 Opbouw per routejaar**

| Routejaar | Inschrijving | Inhoud | Examinering |
| 1 (vmbo 3) | Maasdal | profielvakken HBR, gemeenschappelijk programma Kok/Bakker; praktijkdag in de opleidingskeuken | schoolexamen profielvak HBR; eerste mbo-keuzedeel Gastheerschap gestart |
| 2 (vmbo 4) | Maasdal | keuzevakken Bediening en bar, Koken; praktijkdag in het leerrestaurant; meewerkdagen | centraal examen vmbo; afronding profielvak |
| 3 (mbo 1) | ROC Peel en Maas | basis kok, bpv 12 weken | examens kerntaak basis kok |
| 4 (mbo 2) | ROC Peel en Maas | zelfstandig werkend kok, bpv 20 weken, keuzedeel Streekgerechten Limburg | proeve van bekwaamheid zelfstandig werkend kok |

**A.2 Vakoverstijgende onderdelen met teambevoegdheid:** Gastvrij koken (routejaar 1 en 2) en Menu en calculatie (routejaar 2 en 3).

**A.3 Leerbedrijven:** Hotel-Restaurant De Maaspoort (Venlo), Brasserie Het Rode Veld (Blerick), Grand Caf\u00e9 Bergerpoort (Venlo), Zorgcentrum Maasveld \u2013 centrale keuken (Tegelen).

**A.4 Routespecifieke alternatieven bij overstap:** Gastheer/gastvrouw (niveau 2), Kok (niveau 2), Medewerker bediening (niveau 2) of Zelfstandig werkend gastheer/gastvrouw (niveau 3) bij ROC Peel en Maas; overstap naar de route Bakker tot het einde van routejaar 2.

## Bijlage B \u2013 Route Bakker (Maasdal Vakcollege \u2013 Bakkersvakschool Zuid)

**B.1 Opbouw per routejaar**

| Routejaar | Inschrijving | Inhoud | Examinering |
| 1 (vmbo 3) | Maasdal | profielvakken HBR, gemeenschappelijk programma; praktijkdag in de bakkerij | schoolexamen profielvak HBR |
| 2 (vmbo 4) | Maasdal | keuzevak Brood en banket; praktijkdag en meewerkdagen bij warme bakkers | centraal examen vmbo |
| 3 (mbo 1) | Bakkersvakschool | basis bakker, BOL of BBL-leerbaan | examens kerntaak brood |
| 4 (mbo 2) | Bakkersvakschool | zelfstandig werkend bakker, keuzedeel Limburgse vlaai | proeve van bekwaamheid zelfstandig werkend bakker |

**B.2 Vakoverstijgende onderdelen met teambevoegdheid:** Deeg en grondstoffen (routejaar 1 en 2) en Hygi\u00ebne en voedselveiligheid (routejaar 2).

**B.3 Leerbedrijven:** Warme Bakker Peeters (Tegelen), Bakkerij Van Wylick (Venlo), Vlaaienbakkerij De Maasoever (Arcen).

**B.4 Routespecifieke alternatieven bij overstap:** Bakker (niveau 2) bij de Bakkersvakschool; bij voorkeur voor horeca: overstap naar de route Kok of naar een horecaopleiding op niveau 2 of 3 bij ROC Peel en Maas na een geschiktheidsonderzoek.
"""


@sample(361, "consortium_lang_bijlage_per_route_venlo_kok_bakker", "pdf",
        "Long PDF (Times) consortium of one vmbo school, an ROC and a vakinstelling, Venlo "
        "(Noord-Limburg), HBR kb -> Zelfstandig werkend kok and Zelfstandig werkend bakker niveau 3, "
        "separate bijlage per route; fully compliant; side text: transfer of bekostiging in a table "
        "with omvang and bestemming, medezeggenschap with extra arrangements, leiding split over "
        "stuurgroep and routecoordinator articles, arbitrage.",
        S("pppppppppp"),
        {"a": "Artikel 2 \u2013 De routes", "b": "Artikel 3 \u2013 Werkveld en bedrijfsleven",
         "c": "Artikel 4 \u2013 De stuurgroep",
         "d": "Artikel 6 \u2013 Informatie en verantwoording aan de besturen",
         "e": "Artikel 7 \u2013 Inrichting, personeel en faciliteiten",
         "f": "Artikel 8 \u2013 Overstapoptie", "g": "Artikel 9 \u2013 Overdracht van bekostiging",
         "h": "Artikel 10 \u2013 Medezeggenschap", "i": "Artikel 11 \u2013 Geschillen",
         "j": "Artikel 14 \u2013 Duur, opzegging en ontbinding"})
def build_361(path):
    write_pdf(path, TEXT_361, title="Consortiumovereenkomst Vakroutes Horeca en Bakkerij Noord-Limburg",
              author="Maasdal Vakcollege / ROC Peel en Maas / Bakkersvakschool Zuid",
              base="Times-Roman", size=10.5, footer="Consortiumovereenkomst Vakroutes Noord-Limburg")



# ---------------------------------------------------------------------------------------------
# 362  DOCX built from tables: interne regeling of a verticale scholengemeenschap, Drachten
#      (Friesland), Mobiliteit en transport bb -> Autotechnicus niveau 2.
#      h, i, j not_applicable (interne regeling). Defects: the routemanager reports in writing but
#      no moment or frequency is fixed (d weak); overstap within the vsg's own mbo department made
#      conditional on the vmbo diploma, i.e. vooropleidingseisen inside the same instelling (f weak).
# ---------------------------------------------------------------------------------------------
TEXT_362_HEAD = """
# Interne regeling doorlopende leerroute Mobiliteit Smelne

Regeling van het college van bestuur van Stichting Christelijke Scholengemeenschap Smelne te Drachten, bevoegd gezag van zowel CSG Smelne, afdeling vmbo (school voor vbo en mavo), als van Smelne Vakcollege Mobiliteit (instelling voor beroepsonderwijs), en daarmee verticale scholengemeenschap. Omdat de doorlopende leerroute geheel binnen de scholengemeenschap wordt verzorgd, regelt het college de onderwerpen van artikel 2.107b, tweede lid, WVO 2020 in deze interne regeling (artikel 2.107b, derde lid, WVO 2020; artikel 9.1.3, derde lid, WEB). Een samenwerkingsovereenkomst met een andere partij is niet aan de orde.

Vastgesteld door het college van bestuur op 17 juni 2025, na advies van de gemeenschappelijke medezeggenschapsraad en de studentenraad.
"""

TABLE_362 = [
    ["Onderwerp", "Regeling"],
    ["Profiel en opleiding",
     "De route verbindt het profiel Mobiliteit en transport in de basisberoepsgerichte leerweg met "
     "de mbo-opleiding Autotechnicus, niveau 2 (basisberoepsopleiding), kwalificatiedossier "
     "Autotechniek, opleidingsdomein Mobiliteit en voertuigen, BOL en BBL. De route start in "
     "leerjaar 3 vmbo en duurt vier jaar; het vmbo-examen wordt in het tweede routejaar afgelegd."],
    ["Werkveld",
     "De route wordt ingebracht in het Mobiliteitsplatform Zuidoost-Friesland, waarin BOVAG-"
     "bedrijven uit de regio (onder meer Autobedrijf Wijbenga Drachten, Garage De Haan Ureterp en "
     "Truckcenter Noord B.V.) en een adviseur van SBB zitting hebben. Het platform adviseert over "
     "het programma en de keuzedelen. De bedrijven leveren in de vo-fase per leerling ten minste "
     "vijf werkplaatsdagen, bieden in de mbo-fase de bpv- en BBL-plaatsen en beoordelen mee bij de "
     "praktijkexamens."],
    ["Leiding",
     "De route wordt geleid door een routeteam bestaande uit de routemanager Mobiliteit (voorzitter), "
     "de teamleider bovenbouw vmbo techniek en de teamleider Autotechniek van het Vakcollege. Het "
     "college van bestuur benoemt de leden. Het routeteam stelt het PTA/OER per leerjaar vast, "
     "verdeelt de lessen, regelt de bpv en de toelating tot de route en beslist zelfstandig over "
     "de inzet van docenten en het lesmateriaal binnen de toegekende formatie en het budget. "
     "Wijzigingen van de opleiding en het aantal plaatsen zijn aan het college voorbehouden."],
    ["Verantwoording",
     "De routemanager legt over de gang van zaken in de route schriftelijk verantwoording af aan "
     "het college van bestuur. De rapportage gaat in op de in-, door- en uitstroom, de "
     "examenresultaten en de besteding van het budget."],
    ["Inrichting, personeel en faciliteiten",
     "De vo-fase wordt gegeven in het vmbo-gebouw aan De Bolderen, de mbo-fase in de "
     "autowerkplaats van het Vakcollege aan de Splitting. Docenten van de vmbo-afdeling en van het "
     "Vakcollege vormen \u00e9\u00e9n routeteam; de teambevoegdheid wordt benut voor het "
     "vakoverstijgende onderdeel Onderhoud en APK in de routejaren 2 en 3. De vo-leerlingen "
     "gebruiken vanaf het eerste routejaar de autowerkplaats, de bandenservice-unit en de "
     "diagnoseapparatuur van het Vakcollege. Programma en examinering per leerjaar staan in het "
     "PTA/OER Mobiliteit Smelne."],
    ["Overstap",
     "Een leerling die in routejaar 1 of 2 stopt, maakt de basisberoepsgerichte leerweg af in het "
     "profiel Mobiliteit en transport of een ander profiel van de vmbo-afdeling. Een leerling die "
     "in routejaar 3 of 4 stopt of een andere richting kiest, kan overstappen naar een andere "
     "opleiding op niveau 2 van het Vakcollege, zoals Medewerker logistiek of Fietstechnicus, "
     "mits hij het vmbo-diploma basisberoepsgerichte leerweg heeft behaald; zonder dat diploma "
     "wordt hij tot een andere mbo-opleiding van de scholengemeenschap niet toegelaten en rondt hij "
     "eerst het vmbo af. De routemanager besluit samen met de teamleider vmbo, na overleg met de "
     "leerling en zijn ouders, met inachtneming van het behaalde niveau en de leeftijd."],
    ["Bekostiging",
     "Er vindt geen overdracht van bekostiging plaats tussen de vmbo-afdeling en het Vakcollege; de "
     "kosten van de route worden in de begroting van de scholengemeenschap opgenomen."],
]

TEXT_362_TAIL = """
Deze regeling treedt in werking op 1 augustus 2025. Het college van bestuur meldt de route bij de minister via RIO.

Drachten, 17 juni 2025 \u2013 het college van bestuur van Stichting CSG Smelne, mr. D. Hoekstra, voorzitter
"""


@sample(362, "interne_regeling_vsg_tabel_drachten_autotechnicus", "docx",
        "DOCX interne regeling of a verticale scholengemeenschap laid out as a two-column table, "
        "Drachten (Friesland), Mobiliteit en transport bb -> Autotechnicus niveau 2; h/i/j n/a; "
        "defects: written verantwoording without any moment or frequency (d weak), overstap inside "
        "the vsg's own mbo department conditional on the vmbo diploma (f weak).",
        S("pppwpwpnnn"),
        {"a": "Profiel en opleiding", "b": "Werkveld", "c": "Leiding",
         "e": "Inrichting, personeel en faciliteiten", "g": "Bekostiging"})
def build_362(path):
    d = _new_docx("Arial", 10)
    from docx.shared import Cm
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.2)
    blocks_to_docx(d, parse_blocks(TEXT_362_HEAD))
    blocks_to_docx(d, [("table", TABLE_362)], widths=[4.3, 12.3], table_style="Table Grid")
    blocks_to_docx(d, parse_blocks(TEXT_362_TAIL))
    save_docx(d, path, title="Interne regeling doorlopende leerroute Mobiliteit Smelne",
              author="CSG Smelne")



# ---------------------------------------------------------------------------------------------
# 363  PDF letter from one board to the other, countersigned "voor akkoord" so that it is the
#      agreement; geïntegreerde route Groen bb -> Medewerker groene ruimte niveau 2, Gouda
#      (Midden-Holland). Defects: pupil who leaves goes automatically to Entree (f weak);
#      medezeggenschap is a bracketed placeholder (h weak); toetreding/opzegging/wijziging without
#      any protection of pupils (j weak).
# ---------------------------------------------------------------------------------------------
TEXT_363 = """
**Stichting Openbaar Voortgezet Onderwijs Midden-Holland** \\
Goudse Waarden College \u2013 vmbo | Karnemelksloot 140 | 2806 BK Gouda

Aan het college van bestuur van Stichting Agrarisch Opleidingscentrum Groene Hart \\
t.a.v. mevrouw ir. S. van der Werff, voorzitter \\
Postbus 210, 2770 AE Boskoop

Gouda, 23 juni 2025 \\
Ons kenmerk: BST/2025/0417 \\
Onderwerp: afspraken geïntegreerde route Groen \u2013 Medewerker groene ruimte

Geacht college,

In het bestuurlijk overleg van 3 juni jongstleden hebben wij de laatste punten besproken van de geïntegreerde route die het Goudse Waarden College en AOC Groene Hart met ingang van 1 augustus 2025 samen willen verzorgen. Met deze brief leggen wij de gemaakte afspraken vast. Na ondertekening voor akkoord door uw college geldt deze brief tussen onze stichtingen als de samenwerkingsovereenkomst bedoeld in artikel 2.107l in samenhang met artikel 2.107b WVO 2020 en artikel 9.1.17 WEB. Voor de leesbaarheid noemen wij hierna onze stichting \u201cde school\u201d en uw stichting \u201chet AOC\u201d.

### 1. Route en opleiding
Het gaat om een geïntegreerde route voor leerlingen van de basisberoepsgerichte leerweg met het profiel Groen. Vanaf leerjaar 3 volgen zij \u00e9\u00e9n programma dat rechtstreeks leidt tot het mbo-diploma Medewerker groene ruimte, niveau 2 (kwalificatiedossier Groene ruimte, domein Groen), in de beroepsopleidende leerweg. De school neemt voor deze leerlingen geen vmbo-eindexamen basisberoepsgerichte leerweg af, met uitzondering van Nederlands en rekenen, waarvan de leerlingen het schoolexamen wel afleggen. De route duurt drie jaar.

### 2. Betrokkenheid van hoveniers en groenbedrijven
De route wordt gedragen door de Groene Tafel Midden-Holland, waarin onder meer Hoveniersbedrijf Van Leeuwen (Waddinxveen), Gemeente Gouda, team Buitenruimte, en Boomkwekerij Den Hartog (Boskoop) deelnemen. Deze bedrijven bieden per schooljaar ten minste vijftien leerwerkplekken, verzorgen in het eerste routejaar een praktijkweek per periode, leveren opdrachten voor het praktijkterrein en nemen als beoordelaar deel aan de proeve van bekwaamheid. De Groene Tafel bespreekt twee keer per jaar met de routeleiding het programma.

### 3. Leiding van de route
De route wordt geleid door een tweemanschap: de afdelingsleider bovenbouw van de school en de teamleider Groene ruimte van het AOC. Ieder wordt door het eigen bestuur aangewezen; wij delen elkaar de aanwijzing schriftelijk mee. Het tweemanschap stelt het gezamenlijke onderwijs- en examenprogramma per leerjaar vast, maakt het rooster, beslist over de toelating van leerlingen tot de route in overleg met leerling en ouders, en verdeelt de lessen over de docenten. Het tweemanschap mag binnen de toegekende formatie en het routebudget zelf beslissen; voor besluiten daarbuiten en over het aantal plaatsen is instemming van beide besturen nodig.

### 4. Informatie aan beide besturen
Het tweemanschap brengt ieder jaar in oktober een schriftelijke rapportage uit aan beide besturen over het voorgaande schooljaar (aantallen, voortgang, uitval, diploma\u2019s, besteding van het routebudget) en is aanwezig bij het bestuurlijk overleg in november om daarover verantwoording af te leggen.

### 5. Organisatie, docenten en voorzieningen
Het eerste routejaar wordt gegeven in het gebouw van de school, met twee dagen per week op het praktijkterrein van het AOC aan de Zijde in Boskoop; het tweede en derde jaar volledig bij het AOC. Twee docenten van de school (groen en Nederlands/rekenen) en drie docenten groene ruimte van het AOC vormen \u00e9\u00e9n team en werken met teambevoegdheid in het onderdeel Aanleg en onderhoud. Het AOC stelt zijn praktijkterrein, de kas en het machinepark beschikbaar; de school haar praktijklokaal groen en de schooltuin. De leerlingen blijven de eerste twee routejaren ingeschreven bij de school; het programma en de examinering per leerjaar staan in het gezamenlijke OER/PTA van de route.

### 6. Als een leerling uitstapt
Een leerling die de geïntegreerde route voortijdig verlaat, wordt ingeschreven bij de Entreeopleiding van het AOC en wordt van daaruit zo snel mogelijk naar werk begeleid. De afdelingsleider regelt de inschrijving.

### 7. Geld
Omdat de eerste twee routejaren door de school worden bekostigd, draagt de school op grond van artikel 5.42a WVO 2020 aan het AOC \u20ac 1.050 per leerling per schooljaar over voor de inzet van de docenten groene ruimte en het gebruik van het praktijkterrein en het machinepark in die jaren. De telling op 1 oktober is bepalend; betaling volgt v\u00f3\u00f3r 1 januari.

### 8. Medezeggenschap
[Aanvullende afspraken over de medezeggenschap: nog in te vullen na advies van de MR en de studentenraad.]

### 9. Verschil van mening
Ontstaat tussen ons een verschil van mening over de uitvoering van deze afspraken, dan bespreekt eerst het tweemanschap dit. Lukt het daar niet, dan zoeken de beide bestuursvoorzitters binnen vier weken een oplossing. Blijft het geschil bestaan, dan vragen wij de voorzitter van de Regionale Tafel VO-MBO Midden-Holland om te bemiddelen, en als ook dat binnen twee maanden niet tot overeenstemming leidt, leggen wij het geschil voor aan de bevoegde rechter te Den Haag.

### 10. Toetreding, wijziging en einde
Een andere vmbo-school of mbo-instelling kan zich bij deze afspraken aansluiten als beide besturen daar schriftelijk mee instemmen; de toetreding gaat in op 1 augustus en wordt bij DUO gemeld. Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend. De afspraken gelden voor onbepaalde tijd; ieder bestuur kan ze schriftelijk opzeggen met een termijn van zes maanden. Bij een ernstige tekortkoming kan de overeenkomst na ingebrekestelling worden ontbonden.

Wij verzoeken u deze brief voor akkoord te ondertekenen en een exemplaar aan ons terug te zenden. Wij melden de route daarna samen via RIO bij de minister.

Met vriendelijke groet,

drs. M.E. Verboom, voorzitter college van bestuur \\
Stichting Openbaar Voortgezet Onderwijs Midden-Holland

**Voor akkoord:**

ir. S. van der Werff, voorzitter college van bestuur \\
Stichting Agrarisch Opleidingscentrum Groene Hart \\
Boskoop, 27 juni 2025
"""


@sample(363, "brief_beide_besturen_geintegreerd_gouda_groene_ruimte", "pdf",
        "PDF letter from one board countersigned 'voor akkoord' by the other, stated to be the SOK; "
        "geïntegreerde route Groen bb -> Medewerker groene ruimte niveau 2, Gouda (Midden-Holland); "
        "defects: leaver goes automatically to Entree (f weak), bracketed medezeggenschap placeholder "
        "(h weak), toetreding/opzegging/wijziging without pupil protection (j weak).",
        S("pppppwpwpw"),
        {"a": "1. Route en opleiding", "b": "2. Betrokkenheid van hoveniers en groenbedrijven",
         "c": "3. Leiding van de route", "d": "4. Informatie aan beide besturen",
         "e": "5. Organisatie, docenten en voorzieningen", "g": "7. Geld",
         "i": "9. Verschil van mening"})
def build_363(path):
    write_pdf(path, TEXT_363, title="Afspraken geïntegreerde route Groen \u2013 Medewerker groene ruimte",
              author="Stichting Openbaar Voortgezet Onderwijs Midden-Holland", size=10.5,
              footer="BST/2025/0417")



# ---------------------------------------------------------------------------------------------
# 364  DOCX with "§"-headings in Word heading styles, Velsen (IJmond, Noord-Holland),
#      Media, vormgeving en ICT gl -> Software developer niveau 4. Fully compliant; side text:
#      the leiding is described across two paragraphs (§ 4 samenstelling/benoeming, § 5 opdracht
#      en mandaat); the transfer runs from the ROC to the school, with amount and purpose in prose;
#      a joint routeraad as extra medezeggenschap arrangement.
# ---------------------------------------------------------------------------------------------
TEXT_364 = """
# Samenwerkingsovereenkomst Doorlopende Leerroute Code IJmond

**Partijen**

1. Stichting Openbaar Voortgezet Onderwijs Kennemerland-Noord, gevestigd te Velsen, bevoegd gezag van het Duinrand College (vmbo), vertegenwoordigd door mevrouw drs. K. Schoorl, voorzitter van het college van bestuur (\u201cDuinrand\u201d);

2. Stichting Regionaal Opleidingencentrum Kennemerkust, gevestigd te Haarlem, bevoegd gezag van ROC Kennemerkust, vertegenwoordigd door de heer J.F. de Graaf, lid van het college van bestuur (\u201cKennemerkust\u201d);

overwegen dat de IJmond een groeiende vraag kent naar ontwikkelaars op mbo-4-niveau, dat beide partijen sinds 2022 een keuzedeel Programmeren op het Duinrand College verzorgen en dat zij dat willen uitbouwen tot een doorlopende leerroute, en spreken het volgende af.

## \u00a7 1 Begrippen
In deze overeenkomst betekent: route \u2013 de doorlopende leerroute Code IJmond; routejaar \u2013 een leerjaar van de route, te beginnen bij leerjaar 3 van het vmbo; routeleiding \u2013 de leiding bedoeld in \u00a7 4 en \u00a7 5; routeraad \u2013 het overleg bedoeld in \u00a7 10.

## \u00a7 2 Inhoud van de route
1. De route verbindt het profiel Media, vormgeving en ICT in de gemengde leerweg van Duinrand met de middenkaderopleiding Software developer, niveau 4, in de beroepsopleidende leerweg, kwalificatiedossier Software development, domein ICT en creatieve industrie, van Kennemerkust.
2. De route omvat vijf routejaren. Routejaar 1 en 2 zijn vmbo-jaren; het vmbo-examen gemengde leerweg wordt in routejaar 2 afgerond. Routejaar 3 tot en met 5 zijn mbo-jaren.
3. In routejaar 1 en 2 volgen leerlingen de mbo-keuzedelen Programmeren in Python en Webdevelopment, die bij voldoende resultaat worden meegenomen in het mbo-programma.

## \u00a7 3 Bedrijven in de route
1. Partijen sluiten de route aan op de ICT-tafel IJmond, een netwerk van werkgevers waarin onder andere Kustmetaal IJmuiden B.V. (afdeling Digital), Kustcode Software B.V., Havenservice IJmond B.V. en de gemeente Velsen deelnemen.
2. De ICT-tafel levert per schooljaar voor ieder routejaar ten minste \u00e9\u00e9n opdracht van een echte opdrachtgever, waaraan leerlingen in projectvorm werken; medewerkers van de deelnemende bedrijven geven per routejaar ten minste drie gastcolleges.
3. De bedrijven stellen in routejaar 4 en 5 stageplaatsen beschikbaar en treden bij de eindopdracht op als opdrachtgever en medebeoordelaar.
4. Eenmaal per jaar bespreekt de routeleiding het programma met de ICT-tafel; de adviezen worden verwerkt in het PTA/OER van het volgende schooljaar.

## \u00a7 4 Routeleiding: samenstelling en benoeming
1. De routeleiding bestaat uit de teamleider bovenbouw gemengde leerweg van Duinrand en de opleidingsmanager ICT van Kennemerkust.
2. Duinrand wijst de teamleider aan, Kennemerkust de opleidingsmanager; bij vervanging deelt de betrokken partij de naam van de opvolger binnen twee weken schriftelijk mee.
3. De routeleiding kan zich laten ondersteunen door een projectco\u00f6rdinator, die zij in onderling overleg uit het routeteam aanstelt.

## \u00a7 5 Opdracht en mandaat van de routeleiding
1. De besturen dragen de routeleiding op om het gezamenlijke onderwijs- en examenprogramma per routejaar (PTA/OER) voor te bereiden en vast te stellen, de roosters en de inzet van het routeteam te regelen, de intake van leerlingen te verzorgen en de samenwerking met de ICT-tafel te onderhouden.
2. De routeleiding mag binnen het jaarlijks door beide besturen vastgestelde budget en de afgesproken formatie zelfstandig beslissen. Zij beslist niet over het aantal plaatsen, het aangaan van verplichtingen boven \u20ac 10.000 en wijzigingen van de opleiding; die beslissingen nemen de besturen.

## \u00a7 6 Informatie aan en verantwoording tegenover de besturen
1. De routeleiding zendt beide besturen na afloop van ieder kwartaal een beknopte voortgangsnotitie met de actuele aantallen leerlingen en studenten en eventuele knelpunten.
2. Jaarlijks v\u00f3\u00f3r 1 december legt de routeleiding in een verantwoordingsverslag rekenschap af over het afgelopen schooljaar: in-, door- en uitstroom, examenresultaten, besteding van het budget en de overgedragen middelen (\u00a7 9), en de adviezen van ICT-tafel en routeraad. Het verslag wordt besproken in het eerstvolgende bestuurlijk overleg.

## \u00a7 7 Organisatie van het onderwijs
1. Routejaar 1 en 2 worden gegeven op het Duinrand College in Velsen-Zuid; vanaf routejaar 3 op de ICT-campus van Kennemerkust in Haarlem. In routejaar 2 werken leerlingen \u00e9\u00e9n middag per week op de ICT-campus.
2. Personeel: Duinrand zet twee docenten MVI en een docent informatica in, Kennemerkust drie docenten software development en een stagebegeleider. Zij vormen samen het routeteam. Voor de vakoverstijgende onderdelen Programmeren en Projectmatig werken in routejaar 1 tot en met 3 wordt de teambevoegdheid gebruikt, met voor ieder onderdeel ten minste \u00e9\u00e9n bevoegde docent. De docent Nederlands en Engels van Duinrand blijft in routejaar 3 lesgeven aan de studenten van de route.
3. Faciliteiten: Kennemerkust stelt het softwarelab, de ontwikkelserver en de licenties voor ontwikkelsoftware ter beschikking aan de leerlingen in de vmbo-jaren; Duinrand stelt zijn mediastudio beschikbaar aan de studenten in de mbo-jaren.
4. Programma en examinering per routejaar zijn opgenomen in het PTA/OER Code IJmond, dat de routeleiding ieder jaar v\u00f3\u00f3r 1 juli vaststelt.

## \u00a7 8 Overstap naar een ander vervolg
1. Verlaat een leerling de route in routejaar 1 of 2, dan maakt hij de gemengde leerweg bij Duinrand af en stroomt hij met zijn vmbo-diploma in een opleiding van zijn keuze in, ook bij een andere instelling.
2. Verlaat een student de route in routejaar 3, 4 of 5, dan kan hij zonder vooropleidingseisen overstappen naar een andere opleiding van Kennemerkust op niveau 4, of als dat beter past op niveau 3, zoals Medewerker ICT-support (niveau 3) of Mediadeveloper (niveau 4).
3. Heeft een leerling na routejaar 2 het vmbo-diploma niet, dan kan hij het examen opnieuw doen of, als zijn resultaten in de keuzedelen dat rechtvaardigen, toch starten in routejaar 3 en het diploma later behalen.
4. Duinrand en Kennemerkust beoordelen samen, met de leerling en zijn ouders, welk vervolg het meest kansrijk is; zij kijken daarbij naar het bereikte niveau en de leeftijd van de leerling.

## \u00a7 9 Middelen
1. Omdat de docent Nederlands en Engels van Duinrand in routejaar 3 lesgeeft en Duinrand zijn mediastudio openstelt, draagt Kennemerkust met toepassing van artikel 9.1.15 WEB aan Duinrand \u20ac 875 per student in routejaar 3 per studiejaar over, vast te stellen naar het aantal ingeschreven studenten op 1 oktober.
2. Het bedrag is bestemd voor de salariskosten van die docent en het gebruik en onderhoud van de mediastudio. Duinrand draagt geen bekostiging over aan Kennemerkust.

## \u00a7 10 Medezeggenschap en routeraad
1. Partijen stellen een routeraad in met twee leerlingen of studenten, twee ouders en twee docenten uit het routeteam, gekozen door en uit de betrokken geledingen van de MR van Duinrand en de studentenraad en ondernemingsraad van Kennemerkust.
2. De routeleiding vraagt de routeraad advies over het PTA/OER, de roosteropzet en de evaluatie van de route, en de routeraad kan ongevraagd advies geven aan de besturen. De bevoegdheden van de wettelijke medezeggenschapsorganen blijven onverlet.

## \u00a7 11 Geschillen
Geschillen over de uitvoering van deze overeenkomst bespreken partijen eerst in de routeleiding en, als dat na een maand niets oplevert, in het bestuurlijk overleg. Lost dat het geschil niet binnen twee maanden op, dan leggen partijen het voor aan de Geschillencommissie Samenwerking Onderwijs Kennemerland, bestaande uit drie leden, van wie elke partij er \u00e9\u00e9n aanwijst en die twee samen de voorzitter kiezen; de commissie doet binnen acht weken een bindende uitspraak.

## \u00a7 12 Toetreding, wijziging, looptijd en be\u00ebindiging
1. Toetreding van een andere school voor vmbo of instelling voor beroepsonderwijs is mogelijk met schriftelijke instemming van beide partijen, met ingang van een nieuw schooljaar en na ondertekening van deze overeenkomst door de toetreder. Partijen melden de toetreding bij DUO.
2. Partijen wijzigen deze overeenkomst alleen schriftelijk. Een wijziging geldt niet ten nadele van leerlingen en studenten die de route al volgen.
3. De overeenkomst loopt vanaf 1 augustus 2025 voor onbepaalde tijd. Opzegging gebeurt schriftelijk, uiterlijk 1 januari, met ingang van 1 augustus van het volgende kalenderjaar. Ontbinding is mogelijk bij een ernstige tekortkoming na schriftelijke ingebrekestelling.
4. Na opzegging of ontbinding stroomt er geen nieuwe lichting meer in; wie al in de route zit, rondt de route bij partijen af.

## \u00a7 13 Melding en inwerkingtreding
Partijen melden de route gezamenlijk via RIO bij de minister. Deze overeenkomst treedt in werking op 1 augustus 2025.

Velsen, 19 juni 2025

| Voor Stichting Openbaar Voortgezet Onderwijs Kennemerland-Noord | Voor Stichting Regionaal Opleidingencentrum Kennemerkust |
| drs. K. Schoorl, voorzitter college van bestuur | J.F. de Graaf, lid college van bestuur |
"""


@sample(364, "paragraafkoppen_code_ijmond_software_developer", "docx",
        "DOCX with §-headings in Word heading styles, Velsen (IJmond), MVI gl -> Software developer "
        "niveau 4; fully compliant; side text: leiding split over two paragraphs (samenstelling/"
        "benoeming and opdracht/mandaat), transfer from ROC to school with amount and purpose in "
        "prose (art. 9.1.15 WEB), routeraad as extra medezeggenschap arrangement.",
        S("pppppppppp"),
        {"a": "\u00a7 2 Inhoud van de route", "b": "\u00a7 3 Bedrijven in de route",
         "c": "\u00a7 4 Routeleiding: samenstelling en benoeming",
         "d": "\u00a7 6 Informatie aan en verantwoording tegenover de besturen",
         "e": "\u00a7 7 Organisatie van het onderwijs", "f": "\u00a7 8 Overstap naar een ander vervolg",
         "g": "\u00a7 9 Middelen", "h": "\u00a7 10 Medezeggenschap en routeraad",
         "i": "\u00a7 11 Geschillen",
         "j": "\u00a7 12 Toetreding, wijziging, looptijd en be\u00ebindiging"})
def build_364(path):
    d = _new_docx("Cambria", 11)
    blocks_to_docx(d, parse_blocks(TEXT_364), heading_style="Heading 1", table_style="Table Grid")
    save_docx(d, path, title="Samenwerkingsovereenkomst Code IJmond", author="Duinrand College")


# ---------------------------------------------------------------------------------------------
# Building and checking
# ---------------------------------------------------------------------------------------------

def _norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


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
        pdf.close()
        return "\n".join(parts)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        # also raw XML text, to catch text boxes and other containers
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        parts.append(re.sub(r"<[^>]+>", " ", xml))
        return "\n".join(parts)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def build(nums):
    for n in nums:
        spec = SAMPLES[n]
        path = os.path.join(HERE, spec["name"] + "." + spec["ext"])
        spec["build"](path)
        with open(os.path.join(HERE, spec["name"] + ".expected.json"), "w", encoding="utf-8",
                  newline="\n") as fh:
            json.dump(spec["expected"], fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.basename(path), os.path.getsize(path), "bytes")


def check(nums):
    ok = True
    for n in nums:
        spec = SAMPLES[n]
        path = os.path.join(HERE, spec["name"] + "." + spec["ext"])
        jpath = os.path.join(HERE, spec["name"] + ".expected.json")
        errs = []
        if not os.path.exists(path):
            errs.append("missing document")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d bytes" % size)
            try:
                if spec["ext"] == "docx":
                    with zipfile.ZipFile(path) as z:
                        bad = z.testzip()
                        if bad:
                            errs.append("corrupt zip member " + bad)
                text = _norm(extract_text(path))
            except Exception as exc:  # noqa: BLE001
                errs.append("cannot open: %r" % exc)
                text = ""
            if text:
                for item, ev in spec["expected"].get("evidence", {}).items():
                    if _norm(ev) not in text:
                        errs.append("evidence %s not found: %r" % (item, ev))
                    if spec["expected"]["statuses"][item] != "present":
                        errs.append("evidence given for non-present item %s" % item)
        if not os.path.exists(jpath):
            errs.append("missing expected.json")
        else:
            with open(jpath, encoding="utf-8") as fh:
                data = json.load(fh)
            if data != spec["expected"]:
                errs.append("expected.json differs from the script's table")
            if data.get("split") != "train":
                errs.append("split is not train")
            if sorted(data.get("statuses", {})) != list("abcdefghij"):
                errs.append("statuses must cover a..j")
        if errs:
            ok = False
            print("FAIL", spec["name"])
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", spec["name"], "(%d bytes)" % os.path.getsize(path))
    return ok


def main(argv):
    args = argv[1:]
    if args and args[0] == "--check":
        nums = [int(a) for a in args[1:]] or sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = [int(a) for a in args] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d (known: %s)" % (n, sorted(SAMPLES)))
    build(nums)


if __name__ == "__main__":
    main(sys.argv)
