#!/usr/bin/env python3
"""Training samples 237-244 for leerroute-check (batch train16a).

Written by an independent helper session. The agreements were composed from the two official
guidance documents in shared/seeds (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie), shared/domain.md and sample_agreements/LABELS.md only, without looking at the
checker code, its models or tests, or the texts of the other samples. Focus of this batch:
PARTIAL elements. Four agreements are fully compliant (each core element present, worded in the
writer's own terms rather than the checklist's); four carry one or two subtle defects in an item
that is otherwise written at length.

Usage:
    python3 build_samples_train16a.py            # build all samples (237-244)
    python3 build_samples_train16a.py 238 241    # build only those numbers
    python3 build_samples_train16a.py --check    # open every produced file and verify it
"""

import io
import json
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
NUMBERS = range(237, 245)

STATUS = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
SAMPLES = {}


def register(num, slug, ext, description, statuses, evidence):
    """Register one sample; statuses is a string of ten codes a..j (p/w/m/na)."""
    codes = statuses.split()
    assert len(codes) == 10, (num, codes)
    st = {letter: STATUS[c] for letter, c in zip("abcdefghij", codes)}
    for k in evidence:
        assert st[k] == "present", (num, k)

    def deco(fn):
        SAMPLES[num] = dict(slug=slug, ext=ext, description=description,
                            statuses=st, evidence=dict(evidence), build=fn)
        return fn
    return deco


def name_of(num):
    s = SAMPLES[num]
    return f"{num}_{s['slug']}"


def expected_of(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "train",
            "statuses": s["statuses"], "evidence": s["evidence"]}


# --------------------------------------------------------------------------------------------
# Block model shared by the renderers
#   ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text) ("lid", text)
#   ("li", text) ("small", text) ("table", rows, widths_cm) ("pb",) ("toc",) ("sp",)
#   ("sig", [[line, ...], [line, ...], ...])
# Inline markup: <b>..</b> and <i>..</i> only.
# --------------------------------------------------------------------------------------------

TAG_RE = re.compile(r"</?[bi]>")


def plain(text):
    return TAG_RE.sub("", text)


def norm(text):
    text = text.replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip()


# ----------------------------------------------------------------------------------- PDF ----

def build_pdf(path, blocks, *, title, author, two_columns=False, toc=False,
              running_head=None, font_size=10, head_cm=6.0):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle, NextPageTemplate,
                                    KeepTogether)
    from reportlab.platypus.tableofcontents import TableOfContents

    fs = font_size
    base = ParagraphStyle("body", fontName="Helvetica", fontSize=fs, leading=fs * 1.35,
                          spaceAfter=fs * 0.5)
    styles = {
        "title": ParagraphStyle("title", parent=base, fontName="Helvetica-Bold",
                                fontSize=fs + 6, leading=(fs + 6) * 1.25, alignment=TA_CENTER,
                                spaceAfter=fs * 0.6),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=fs + 1,
                                   leading=(fs + 1) * 1.3, alignment=TA_CENTER,
                                   spaceAfter=fs),
        "h1": ParagraphStyle("H1", parent=base, fontName="Helvetica-Bold", fontSize=fs + 2.5,
                             leading=(fs + 2.5) * 1.3, spaceBefore=fs * 1.1, spaceAfter=fs * 0.5,
                             keepWithNext=1),
        "h2": ParagraphStyle("H2", parent=base, fontName="Helvetica-Bold", fontSize=fs + 0.5,
                             leading=(fs + 0.5) * 1.3, spaceBefore=fs * 0.8, spaceAfter=fs * 0.3,
                             keepWithNext=1),
        "p": base,
        "lid": ParagraphStyle("lid", parent=base, leftIndent=0.6 * cm, firstLineIndent=-0.6 * cm),
        "li": ParagraphStyle("li", parent=base, leftIndent=0.9 * cm, firstLineIndent=-0.4 * cm,
                             spaceAfter=fs * 0.25),
        "small": ParagraphStyle("small", parent=base, fontSize=fs - 1.5,
                                leading=(fs - 1.5) * 1.3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=fs - 1, leading=(fs - 1) * 1.3,
                               spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName="Helvetica-Bold",
                                fontSize=fs - 1, leading=(fs - 1) * 1.3, spaceAfter=0),
    }

    def esc(t):
        return t.replace("&", "&amp;")

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            if toc and isinstance(flowable, Paragraph):
                sn = flowable.style.name
                if sn in ("H1", "H2"):
                    self.notify("TOCEntry", (0 if sn == "H1" else 1,
                                             flowable.getPlainText(), self.page))

    lm = rm = 2.2 * cm
    tm, bm = 2.3 * cm, 2.2 * cm
    W, H = A4
    doc = Doc(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
              bottomMargin=bm, title=title, author=author, subject=title, creator=author,
              invariant=1)

    def decorate(canvas, d):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if running_head:
            canvas.drawString(lm, H - 1.4 * cm, running_head)
        canvas.drawRightString(W - rm, 1.3 * cm, f"pagina {d.page}")
        canvas.restoreState()

    if two_columns:
        gap = 0.8 * cm
        colw = (W - lm - rm - gap) / 2
        head_h = head_cm * cm
        first = [Frame(lm, H - tm - head_h, W - lm - rm, head_h, id="head"),
                 Frame(lm, bm, colw, H - tm - bm - head_h, id="c1"),
                 Frame(lm + colw + gap, bm, colw, H - tm - bm - head_h, id="c2")]
        later = [Frame(lm, bm, colw, H - tm - bm, id="l1"),
                 Frame(lm + colw + gap, bm, colw, H - tm - bm, id="l2")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=decorate),
                              PageTemplate("later", later, onPage=decorate)])
    else:
        doc.addPageTemplates([PageTemplate("one", [Frame(lm, bm, W - lm - rm, H - tm - bm)],
                                           onPage=decorate)])

    story = []
    if two_columns:
        story.append(NextPageTemplate("later"))
    for blk in blocks:
        kind = blk[0]
        if kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, 0.4 * cm))
        elif kind == "colbreak":
            from reportlab.platypus import FrameBreak
            story.append(FrameBreak())
        elif kind == "toc":
            t = TableOfContents()
            t.levelStyles = [
                ParagraphStyle("toc1", parent=base, fontName="Helvetica-Bold", fontSize=fs,
                               leftIndent=0, spaceAfter=2),
                ParagraphStyle("toc2", parent=base, fontSize=fs - 0.5, leftIndent=0.8 * cm,
                               spaceAfter=0),
            ]
            story.append(t)
        elif kind == "table":
            rows, widths = blk[1], blk[2]
            data = []
            for r, row in enumerate(rows):
                st = styles["cellb"] if r == 0 else styles["cell"]
                data.append([Paragraph(esc(c), st) for c in row])
            tbl = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
            tbl.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(tbl)
            story.append(Spacer(1, 0.3 * cm))
        elif kind == "sig":
            cols = blk[1]
            cells = [[Paragraph("<br/>".join(esc(x) for x in col), styles["p"]) for col in cols]]
            width = (W - lm - rm) if not two_columns else (W - lm - rm - 0.8 * cm) / 2
            tbl = Table(cells, colWidths=[width / len(cols)] * len(cols))
            tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([Spacer(1, 0.4 * cm), tbl]))
        else:
            story.append(Paragraph(esc(blk[1]), styles[kind]))
        if kind == "title" and two_columns is False:
            pass
    if toc:
        doc.multiBuild(story)
    else:
        doc.build(story)


# ---------------------------------------------------------------------------------- DOCX ----

def _add_runs(par, text):
    parts = re.split(r"(</?[bi]>)", text)
    bold = ital = False
    for part in parts:
        if part == "<b>":
            bold = True
        elif part == "</b>":
            bold = False
        elif part == "<i>":
            ital = True
        elif part == "</i>":
            ital = False
        elif part:
            run = par.add_run(part)
            run.bold = bold or None
            run.italic = ital or None


def new_docx(title, author):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def fill_docx(d, blocks, *, numbering=None):
    """Render blocks; numbering maps block kind -> callable(paragraph) applying auto-numbering."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm
    numbering = numbering or {}
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            p = d.add_paragraph(style="Title")
            _add_runs(p, blk[1])
        elif kind == "subtitle":
            p = d.add_paragraph(style="Subtitle")
            _add_runs(p, blk[1])
        elif kind in ("h1", "h2"):
            p = d.add_paragraph(style="Heading 1" if kind == "h1" else "Heading 2")
            _add_runs(p, blk[1])
        elif kind in ("p", "small"):
            p = d.add_paragraph()
            _add_runs(p, blk[1])
        elif kind == "lid":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.7)
            p.paragraph_format.first_line_indent = Cm(-0.7)
            _add_runs(p, blk[1])
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet")
            _add_runs(p, blk[1])
        elif kind in ("art", "artlid"):
            # auto-numbered article heading / lid (number comes from numbering.xml)
            p = d.add_paragraph(style="Heading 2" if kind == "art" else None)
            _add_runs(p, blk[1])
            numbering[kind](p)
        elif kind == "pb":
            d.add_page_break()
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "toc":
            pass
        elif kind == "table":
            rows = blk[1]
            widths = blk[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = t.cell(r, c)
                    cell.width = Cm(widths[c])
                    cell.paragraphs[0].text = ""
                    _add_runs(cell.paragraphs[0], f"<b>{val}</b>" if r == 0 else val)
            d.add_paragraph()
        elif kind == "sig":
            cols = blk[1]
            t = d.add_table(rows=1, cols=len(cols))
            for c, col in enumerate(cols):
                cell = t.cell(0, c)
                cell.paragraphs[0].text = col[0]
                for line in col[1:]:
                    cell.add_paragraph(line)
        else:
            raise ValueError(kind)
    return d


def save_docx(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())


def add_article_numbering(d, art_fmt="Artikel %1", lid_fmt="%2."):
    """Add a two-level Word list (article headings, leden) to numbering.xml; return appliers."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    numbering = d.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{art_fmt}"/><w:lvlJc w:val="left"/><w:suff w:val="space"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{lid_fmt}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))

    def applier(level):
        def apply(p):
            pPr = p._p.get_or_add_pPr()
            pPr.append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{nid}"/>'
                '</w:numPr>'))
        return apply
    return {"art": applier(0), "artlid": applier(1)}


# ------------------------------------------------------------------------------ TXT / MD ----

def write_text(path, text):
    Path(path).write_text(text.strip("\n") + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------- extraction ----

def extract_text(path):
    path = Path(path)
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(str(path))
        try:
            parts = []
            for i in range(len(pdf)):
                page = pdf[i]
                tp = page.get_textpage()
                parts.append(tp.get_text_range())
                tp.close()
                page.close()
            return "\n".join(parts)
        finally:
            pdf.close()
    if path.suffix == ".docx":
        from lxml import etree
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml")
        root = etree.fromstring(xml)
        paras = []
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter(W + "t", W + "tab", W + "br"):
                buf.append((el.text or "") if el.tag == W + "t" else " ")
            paras.append("".join(buf))
        return "\n".join(paras)
    return path.read_text(encoding="utf-8")


# ------------------------------------------------------------------------------- SAMPLES ----
# ===================================================================================== 237 ==
# Large ROC's standard contract with ToC, recitals, chapters, articles with leden and three
# annexes. Fully compliant; nothing worded as in the checklist.

@register(237, "standaardcontract_roc_bijlagen_haarlemmermeer_logistiek", "pdf",
          "Long standard contract of a large ROC (PDF, table of contents, recitals, chapters with "
          "articles and leden, three annexes); Haarlemmermeer, vmbo kader Mobiliteit en transport "
          "to mbo-3 Logistiek teamleider; fully compliant, every element in the drafter's own words "
          "(routeteam, jaarverslag, werkgevers, verrekening, inspraak, meningsverschillen, nieuwe "
          "partners); h present (vo-pupils heard in the studentenraad, joint advice).",
          "p p p p p p p p p p",
          {"a": "Artikel 2 Onderwerp van de overeenkomst",
           "b": "Artikel 6 Rol van de logistieke werkgevers",
           "c": "Artikel 3 Het routeteam",
           "d": "Artikel 4 Rapportage aan beide besturen",
           "e": "Artikel 5 Uitvoering van het onderwijs",
           "f": "Artikel 7 Leerlingen die de route verlaten",
           "g": "Artikel 8 Verrekening van middelen",
           "h": "Artikel 9 Inspraak van leerlingen, ouders en personeel",
           "i": "Artikel 10 Meningsverschillen tussen partijen",
           "j": "Artikel 11 Nieuwe partners, wijziging en beëindiging"})
def build_237(path):
    B = [
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("subtitle", "Doorlopende leerroute Logistiek<br/>vmbo kaderberoepsgerichte leerweg – "
                     "mbo Logistiek teamleider (niveau 3)"),
        ("subtitle", "ROC Meerlanden – standaardovereenkomst doorlopende leerroutes, model 2025.1"
                     "<br/>Kenmerk CvB/JZ/2025-0412"),
        ("sp",),
        ("p", "<b>Inhoud</b>"),
        ("toc",),
        ("pb",),
        ("h1", "Partijen"),
        ("lid", "1.\u00a0\u00a0<b>Stichting Openbaar Voortgezet Onderwijs Haarlemmermeer</b>, statutair "
                "gevestigd te Hoofddorp, bevoegd gezag van De Ringvaart, school voor vmbo, Kruisweg "
                "1120 te Hoofddorp, te dezen rechtsgeldig vertegenwoordigd door mevrouw drs. H.M. "
                "Verdonk, voorzitter van het college van bestuur, hierna te noemen: <i>de school</i>;"),
        ("lid", "2.\u00a0\u00a0<b>Stichting Regionaal Opleidingencentrum Meerlanden</b>, statutair "
                "gevestigd te Hoofddorp, te dezen rechtsgeldig vertegenwoordigd door de heer ir. P.J. "
                "Kalkman, lid van het college van bestuur, hierna te noemen: <i>het ROC</i>;"),
        ("p", "hierna gezamenlijk te noemen: <i>partijen</i>."),
        ("h1", "Overwegingen"),
        ("lid", "A.\u00a0\u00a0De school biedt in de kaderberoepsgerichte leerweg het profiel Mobiliteit "
                "en transport aan, met de beroepsgerichte keuzevakken Logistiek 1 en Logistiek 2; het "
                "ROC verzorgt via het Meerlanden Logistiek College opleidingen in het opleidingsdomein "
                "Transport, scheepvaart en logistiek."),
        ("lid", "B.\u00a0\u00a0Partijen werken sinds 2019 samen in een vakmanschapsroute logistiek en "
                "willen deze voortzetten als doorlopende leerroute als bedoeld in artikel 2.107a van "
                "de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en "
                "beroepsonderwijs."),
        ("lid", "C.\u00a0\u00a0Rond de luchthaven en de bedrijventerreinen in de Haarlemmermeer bestaat "
                "een structurele vraag naar logistiek vakmensen met leidinggevende capaciteiten."),
        ("lid", "D.\u00a0\u00a0Partijen wensen hun afspraken zo vast te leggen dat de samenwerking niet "
                "afhankelijk is van personen en dat leerlingen zekerheid hebben over hun route."),
        ("lid", "E.\u00a0\u00a0Het voornemen tot deze samenwerking is voor advies voorgelegd aan de "
                "MR van De Ringvaart en aan de studentenraad van het ROC; beide "
                "hebben positief geadviseerd."),
        ("p", "Partijen komen het volgende overeen."),
        ("h1", "Hoofdstuk 1 Algemene bepalingen"),
        ("h2", "Artikel 1 Begripsbepalingen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("li", "a. <i>route</i>: de doorlopende leerroute, bedoeld in artikel 2;"),
        ("li", "b. <i>vo-fase</i>: de eerste twee leerjaren van de route, waarin de leerling is "
               "ingeschreven bij de school (leerjaar 3 en 4 vmbo);"),
        ("li", "c. <i>mbo-fase</i>: het derde en vierde leerjaar van de route, waarin de leerling als "
               "student is ingeschreven bij het ROC;"),
        ("li", "d. <i>leerling</i>: de deelnemer aan de route, ongeacht de fase waarin hij zich bevindt;"),
        ("li", "e. <i>routeteam</i>: het team bedoeld in artikel 3;"),
        ("li", "f. <i>PTA/OER</i>: het gezamenlijke programma van toetsing en afsluiting en de "
               "onderwijs- en examenregeling van de route;"),
        ("li", "g. <i>besturen</i>: het college van bestuur van de school en het college van bestuur "
               "van het ROC."),
        ("h2", "Artikel 2 Onderwerp van de overeenkomst"),
        ("lid", "1.\u00a0\u00a0Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in "
                "leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, van "
                "de school en die leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en het "
                "mbo-diploma van de opleiding Logistiek teamleider, niveau 3, beroepsopleidende "
                "leerweg, in het opleidingsdomein Transport, scheepvaart en logistiek."),
        ("lid", "2.\u00a0\u00a0De route heeft een nominale duur van vier jaar. Het vmbo-diploma wordt "
                "uiterlijk aan het einde van het derde leerjaar van de route behaald; in de regel "
                "wordt het centraal examen afgenomen aan het einde van het tweede leerjaar."),
        ("lid", "3.\u00a0\u00a0Per schooljaar stromen ten hoogste 24 leerlingen in. Een leerling kiest "
                "in leerjaar 2 van het vmbo voor de route, na een intakegesprek waarbij de ouders "
                "aanwezig zijn."),
        ("lid", "4.\u00a0\u00a0Partijen melden de route gezamenlijk aan de minister via de registratie "
                "in RIO bij DUO en zorgen ieder voor de juiste registratie van de leerlingen in hun "
                "eigen administratie."),
        ("h1", "Hoofdstuk 2 Aansturing en rapportage"),
        ("h2", "Artikel 3 Het routeteam"),
        ("lid", "1.\u00a0\u00a0De dagelijkse aansturing van de route berust bij het routeteam. Het "
                "routeteam bestaat uit de afdelingsleider bovenbouw techniek van de school, de "
                "opleidingsmanager logistiek van het ROC en een routecoördinator."),
        ("lid", "2.\u00a0\u00a0De afdelingsleider en de opleidingsmanager hebben zitting uit hoofde van "
                "hun functie. De routecoördinator wordt, op gezamenlijke voordracht van de beide "
                "andere leden, voor drie schooljaren aangesteld door het college van bestuur van het "
                "ROC, nadat het college van bestuur van de school schriftelijk met de voordracht heeft "
                "ingestemd. Herbenoeming is eenmaal mogelijk. Bij een vacature voorziet het bestuur "
                "van de betrokken partij binnen drie maanden in de opvolging."),
        ("lid", "3.\u00a0\u00a0Het routeteam is namens beide besturen belast met:"),
        ("li", "a. het jaarlijks opstellen van het PTA/OER en het voorleggen daarvan aan beide "
               "besturen ter vaststelling;"),
        ("li", "b. de roostering en de toedeling van docenten binnen de formatie die partijen "
               "daarvoor beschikbaar stellen;"),
        ("li", "c. de toelating van leerlingen tot de route en de begeleiding van leerlingen die "
               "de route verlaten, met inachtneming van artikel 7;"),
        ("li", "d. de contacten met de werkgevers, bedoeld in artikel 6;"),
        ("li", "e. de kwaliteitszorg, waaronder de jaarlijkse evaluatie met leerlingen en docenten."),
        ("lid", "4.\u00a0\u00a0Het routeteam beslist zelfstandig over het lesprogramma binnen het "
                "vastgestelde PTA/OER, de roosters, de plaatsing van leerlingen bij leerbedrijven en "
                "uitgaven ten laste van het routebudget tot € 10.000 per afzonderlijke uitgave. "
                "Besluiten over de instroomcapaciteit, de formatie en grotere uitgaven legt het "
                "routeteam ter besluitvorming voor aan beide besturen."),
        ("lid", "5.\u00a0\u00a0De namen van de leden van het routeteam bij aanvang van de overeenkomst "
                "zijn opgenomen in bijlage 3."),
        ("h2", "Artikel 4 Rapportage aan beide besturen"),
        ("lid", "1.\u00a0\u00a0Het routeteam zendt elk jaar vóór 1 november een schriftelijk jaarverslag "
                "over het afgelopen schooljaar aan het college van bestuur van de school en aan het "
                "college van bestuur van het ROC. Het jaarverslag bevat ten minste de in-, door- en "
                "uitstroomcijfers per cohort, de examenresultaten, de besteding van de middelen "
                "bedoeld in artikel 8 en de uitkomsten van de tevredenheidsmetingen."),
        ("lid", "2.\u00a0\u00a0In februari levert het routeteam aan beide besturen een beknopte "
                "tussenrapportage over de lopende instroom en de uitgaven tot dan toe."),
        ("lid", "3.\u00a0\u00a0Tweemaal per jaar, in november en in maart, overlegt het routeteam met een "
                "lid van elk college van bestuur. In dat overleg legt het routeteam rekenschap af van "
                "het gevoerde beleid en van de besteding van de middelen; de besturen kunnen daarbij "
                "aanwijzingen geven."),
        ("lid", "4.\u00a0\u00a0Het routeteam meldt onverwijld aan beide besturen ernstige incidenten, "
                "dreigende tekorten aan docenten of stageplaatsen en signalen van de inspectie."),
        ("h1", "Hoofdstuk 3 Onderwijs en begeleiding"),
        ("h2", "Artikel 5 Uitvoering van het onderwijs"),
        ("lid", "1.\u00a0\u00a0Het eerste en tweede leerjaar van de route worden gegeven in het gebouw "
                "van De Ringvaart aan de Kruisweg te Hoofddorp. In het tweede leerjaar volgen de "
                "leerlingen één dag per week mbo-onderdelen op de locatie Beukenhorst van het "
                "Meerlanden Logistiek College. Het derde en vierde leerjaar worden gegeven op die "
                "locatie en bij de leerbedrijven."),
        ("lid", "2.\u00a0\u00a0Het onderwijsprogramma, de examinering en de beroepspraktijkvorming "
                "worden per leerjaar beschreven in het PTA/OER. Daarin is per onderdeel aangegeven of "
                "het tot het vmbo-deel, het mbo-deel of beide behoort. Een overzicht op hoofdlijnen is "
                "opgenomen in bijlage 1."),
        ("lid", "3.\u00a0\u00a0Het onderwijs wordt verzorgd door één docententeam waarin docenten van "
                "beide partijen samenwerken. De school stelt daarvoor jaarlijks ten minste 2,0 fte "
                "beschikbaar, het ROC ten minste 1,4 fte; in de vo-fase geeft een logistiek docent "
                "van het ROC ten minste één dag per week les op De Ringvaart. Voor de vakoverstijgende "
                "onderdelen Logistieke processen en Magazijnpraktijk maken partijen gebruik van de "
                "teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB); voor elk onderdeel is "
                "ten minste één daartoe bevoegde docent in het team opgenomen. Docenten blijven in "
                "dienst van hun eigen werkgever."),
        ("lid", "4.\u00a0\u00a0Het ROC stelt in het tweede leerjaar van de route één dag per week zijn "
                "oefenmagazijn met de reachtruck-simulator, de scanapparatuur en de leeromgeving van "
                "het warehousemanagementsysteem ter beschikking aan de routeleerlingen. De school "
                "stelt haar praktijklokaal mobiliteit en haar computerlokaal open voor de ROC-docent "
                "die in de vo-fase lesgeeft. Iedere partij blijft verantwoordelijk voor onderhoud en "
                "verzekering van de eigen ruimten en apparatuur."),
        ("lid", "5.\u00a0\u00a0In de vo-fase is de leerling ingeschreven bij de school; bij de start van "
                "het derde leerjaar schrijft het ROC hem in als student. De verzuimregistratie volgt "
                "de inschrijving."),
        ("lid", "6.\u00a0\u00a0De klachtenregeling van elke partij is mede van toepassing op gedragingen "
                "van personeel van de andere partij in het kader van de route. De partij bij wie de "
                "klacht is ingediend, informeert de andere partij binnen vijf werkdagen; beide werken "
                "mee aan de afhandeling."),
        ("h2", "Artikel 6 Rol van de logistieke werkgevers"),
        ("lid", "1.\u00a0\u00a0Aan de route zijn verbonden: Aerofreight Handling B.V. te Schiphol-Rijk, "
                "Koel- en Vrieshuis Nieuw-Vennep B.V. en Van der Meer Distributie B.V. (distributiecentrum "
                "Lijnden). Zij zijn door SBB erkend als leerbedrijf."),
        ("lid", "2.\u00a0\u00a0Deze bedrijven:"),
        ("li", "a. stellen per cohort gezamenlijk ten minste 24 snuffelstageplaatsen in het tweede "
               "leerjaar en 24 plaatsen voor de beroepspraktijkvorming in het derde en vierde leerjaar "
               "beschikbaar;"),
        ("li", "b. leveren per leerjaar ten minste twee praktijkopdrachten uit hun eigen "
               "bedrijfsvoering;"),
        ("li", "c. verzorgen gastlessen en ontvangen de leerlingen voor bedrijfsbezoeken;"),
        ("li", "d. leveren praktijkbeoordelaars voor de proeven van bekwaamheid in het vierde leerjaar."),
        ("lid", "3.\u00a0\u00a0Tweemaal per jaar komt een werkveldtafel bijeen van de bedrijven en het "
                "routeteam. De werkveldtafel adviseert over de inhoud van het programma, de keuze van "
                "de keuzedelen en de aansluiting op nieuwe ontwikkelingen in de sector."),
        ("lid", "4.\u00a0\u00a0Andere bedrijven kunnen zich na instemming van het routeteam bij de "
                "werkveldtafel aansluiten."),
        ("h2", "Artikel 7 Leerlingen die de route verlaten"),
        ("lid", "1.\u00a0\u00a0Een leerling die de route niet kan of wil voortzetten, krijgt altijd een "
                "vervolg dat uitzicht biedt op een vmbo-diploma of een mbo-diploma."),
        ("lid", "2.\u00a0\u00a0Welk vervolg past, besluiten de afdelingsleider van de school en de "
                "opleidingsmanager van het ROC samen, na een gesprek met de leerling en diens ouders "
                "of verzorgers, op basis van het bereikte onderwijsniveau en de leeftijd van de "
                "leerling."),
        ("lid", "3.\u00a0\u00a0In de vo-fase vervolgt de leerling zijn opleiding in het reguliere "
                "programma van de kaderberoepsgerichte leerweg van de school, in het profiel Mobiliteit "
                "en transport of een ander profiel, gericht op het vmbo-diploma."),
        ("lid", "4.\u00a0\u00a0Heeft de leerling aan het einde van het derde leerjaar van de route het "
                "vmbo-diploma niet behaald, dan kan hij het examen opnieuw afleggen, of zonder "
                "vmbo-diploma verder gaan in de opleiding Logistiek teamleider of instromen in een "
                "andere opleiding op niveau 2 of 3 van het ROC. De vooropleidingseisen staan daaraan "
                "bij het ROC niet in de weg."),
        ("lid", "5.\u00a0\u00a0In de mbo-fase kan de leerling overstappen naar de opleiding Logistiek "
                "medewerker (niveau 2) of naar een opleiding op niveau 3 in een andere richting. "
                "Kiest de leerling voor een andere instelling, dan draagt het ROC hem warm over en "
                "levert het de gegevens aan die nodig zijn voor een geschiktheidsonderzoek."),
        ("lid", "6.\u00a0\u00a0De werkwijze wordt voor leerlingen en ouders uitgewerkt in de schoolgids "
                "van de school en de studiegids van het ROC."),
        ("h1", "Hoofdstuk 4 Middelen en inspraak"),
        ("h2", "Artikel 8 Verrekening van middelen"),
        ("lid", "1.\u00a0\u00a0De school draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks een "
                "deel van haar rijksbijdrage over aan het ROC."),
        ("lid", "2.\u00a0\u00a0Het over te dragen bedrag is € 1.250 per leerling die op 1 oktober van het "
                "betreffende schooljaar in het tweede leerjaar van de route staat ingeschreven. Het "
                "bedrag wordt jaarlijks per 1 januari geïndexeerd met de prijsbijstelling van de "
                "rijksbijdrage voortgezet onderwijs. Betaling geschiedt in twee gelijke termijnen, "
                "vóór 1 december en vóór 1 mei."),
        ("lid", "3.\u00a0\u00a0Het bedrag is bestemd voor de lessen die ROC-docenten in de vo-fase "
                "verzorgen en voor het gebruik van het oefenmagazijn en de scan- en "
                "simulatieapparatuur, bedoeld in artikel 5, vierde lid."),
        ("lid", "4.\u00a0\u00a0Het ROC draagt geen middelen over aan de school. Overige kosten draagt "
                "iedere partij zelf. De uitwerking en een raming staan in bijlage 2."),
        ("h2", "Artikel 9 Inspraak van leerlingen, ouders en personeel"),
        ("lid", "1.\u00a0\u00a0Voor leerlingen in de vo-fase, hun ouders en het personeel van de school "
                "geldt het reglement van de MR van De Ringvaart; voor studenten in de mbo-fase en het "
                "personeel van het ROC gelden de regelingen van het ROC."),
        ("lid", "2.\u00a0\u00a0In aanvulling daarop mogen leerlingen in het tweede leerjaar van de route "
                "één vertegenwoordiger aanwijzen die de vergaderingen van de studentenraad van het "
                "Meerlanden Logistiek College bijwoont, met spreekrecht."),
        ("lid", "3.\u00a0\u00a0Elk voorstel tot wijziging van deze overeenkomst dat gevolgen heeft voor "
                "leerlingen wordt vooraf voor advies voorgelegd aan zowel de MR van De Ringvaart als "
                "de studentenraad. Eenmaal per jaar bespreekt het routeteam het jaarverslag in een "
                "gezamenlijke bijeenkomst met afgevaardigden van beide raden."),
        ("h1", "Hoofdstuk 5 Slotbepalingen"),
        ("h2", "Artikel 10 Meningsverschillen tussen partijen"),
        ("lid", "1.\u00a0\u00a0Verschillen van inzicht over de uitvoering van deze overeenkomst worden "
                "eerst besproken in het routeteam."),
        ("lid", "2.\u00a0\u00a0Leidt dat niet binnen vier weken tot een oplossing, dan legt elk lid van "
                "het routeteam de kwestie voor aan het eigen college van bestuur. De besturen voeren "
                "binnen zes weken overleg."),
        ("lid", "3.\u00a0\u00a0Komen de besturen er niet uit, dan schakelen zij een mediator in die "
                "staat ingeschreven in het register van de Mediatorsfederatie Nederland en die zij "
                "gezamenlijk aanwijzen. Leidt de mediation binnen drie maanden niet tot een "
                "oplossing, dan kan elke partij de kwestie voorleggen aan de bevoegde rechter van de "
                "rechtbank Noord-Holland."),
        ("lid", "4.\u00a0\u00a0Zolang een meningsverschil loopt, zetten partijen het onderwijs aan de "
                "leerlingen ongewijzigd voort."),
        ("h2", "Artikel 11 Nieuwe partners, wijziging en beëindiging"),
        ("lid", "1.\u00a0\u00a0Een andere school voor vmbo of een andere instelling voor beroepsonderwijs "
                "kan partij worden bij deze overeenkomst indien zij het profiel Mobiliteit en transport "
                "onderscheidenlijk de opleiding Logistiek teamleider aanbiedt, beide partijen daarmee "
                "schriftelijk instemmen en zij een aansluitingsverklaring ondertekent waarin zij alle "
                "rechten en verplichtingen uit deze overeenkomst aanvaardt. Aansluiting gaat in op 1 "
                "augustus, zodat lopende leerjaren niet worden doorkruist; de nieuwe partij meldt "
                "haar deelname bij DUO."),
        ("lid", "2.\u00a0\u00a0Deze overeenkomst en de bijlagen kunnen uitsluitend worden gewijzigd bij "
                "schriftelijke, door beide besturen ondertekende overeenkomst. Bijlage 1 en bijlage 3 "
                "kan het routeteam aanpassen binnen de grenzen van deze overeenkomst. Een wijziging die "
                "leerlingen raakt, gaat niet eerder in dan bij het begin van een volgend schooljaar."),
        ("lid", "3.\u00a0\u00a0Deze overeenkomst geldt voor onbepaalde tijd met ingang van 1 augustus 2025."),
        ("lid", "4.\u00a0\u00a0Elke partij kan de overeenkomst schriftelijk opzeggen met een termijn van "
                "twaalf maanden, uitsluitend tegen 1 augustus. Ontbinding is mogelijk wanneer een "
                "partij haar verplichtingen ernstig tekortschiet en dit na schriftelijke "
                "ingebrekestelling niet binnen drie maanden herstelt."),
        ("lid", "5.\u00a0\u00a0Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. "
                "Leerlingen die op dat moment aan de route deelnemen, ronden deze af onder de "
                "voorwaarden van deze overeenkomst; partijen blijven daartoe aan de overeenkomst "
                "gebonden. Is afronding voor een leerling niet mogelijk, dan is artikel 7 van "
                "toepassing."),
        ("h2", "Artikel 12 Overige bepalingen"),
        ("lid", "1.\u00a0\u00a0Op deze overeenkomst is Nederlands recht van toepassing."),
        ("lid", "2.\u00a0\u00a0De bijlagen maken deel uit van deze overeenkomst. Bij strijdigheid gaat de "
                "tekst van de overeenkomst voor."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Hoofddorp op 30 juni 2025."),
        ("sig", [["Stichting Openbaar Voortgezet Onderwijs Haarlemmermeer", "", "",
                  "drs. H.M. Verdonk", "voorzitter college van bestuur"],
                 ["Stichting Regionaal Opleidingencentrum Meerlanden", "", "",
                  "ir. P.J. Kalkman", "lid college van bestuur"]]),
        ("pb",),
        ("h1", "Bijlage 1 Programma per leerjaar (hoofdlijnen)"),
        ("table", [["Leerjaar route", "Inhoud", "Examinering", "Docenten"],
                   ["1 (vmbo 3)", "Algemene vakken; profielvak Mobiliteit en transport; keuzevak "
                    "Logistiek 1; oriëntatie op het werkveld", "Schoolexamens vmbo volgens PTA",
                    "Docenten De Ringvaart"],
                   ["2 (vmbo 4)", "Algemene vakken; keuzevak Logistiek 2; één dag per week mbo-"
                    "onderdelen Magazijnpraktijk en Logistieke processen; snuffelstage",
                    "Centraal examen vmbo; eerste mbo-beoordelingen", "Team van beide partijen"],
                   ["3 (mbo 1)", "Beroepsgerichte onderdelen Logistiek teamleider; keuzedelen; bpv "
                    "16 weken", "mbo-examens volgens OER; eventueel herkansing vmbo-vak",
                    "Docenten ROC"],
                   ["4 (mbo 2)", "Leidinggeven in de logistiek; bpv 20 weken; proeve van "
                    "bekwaamheid", "Proeven van bekwaamheid met praktijkbeoordelaars",
                    "Docenten ROC; praktijkbeoordelaars"]],
         [2.6, 6.4, 4.0, 3.6]),
        ("h1", "Bijlage 2 Financiële uitwerking"),
        ("p", "Raming schooljaar 2025-2026, uitgaande van 24 leerlingen in het tweede leerjaar van de "
              "route op 1 oktober 2025."),
        ("table", [["Post", "Grondslag", "Bedrag"],
                   ["Over te dragen bedrag school aan ROC", "24 x € 1.250", "€ 30.000"],
                   ["waarvan lessen ROC-docenten in de vo-fase", "0,3 fte logistiek docent",
                    "€ 24.000"],
                   ["waarvan gebruik oefenmagazijn en apparatuur", "40 dagdelen", "€ 6.000"]],
         [7.0, 5.0, 3.5]),
        ("h1", "Bijlage 3 Samenstelling routeteam per 1 augustus 2025"),
        ("li", "R. Bakkali, afdelingsleider bovenbouw techniek De Ringvaart"),
        ("li", "M. de Graaff, opleidingsmanager logistiek, Meerlanden Logistiek College"),
        ("li", "S. Vermeulen, routecoördinator (benoemd tot 1 augustus 2028)"),
    ]
    build_pdf(path, B, title="Samenwerkingsovereenkomst doorlopende leerroute Logistiek",
              author="ROC Meerlanden, afdeling Juridische Zaken", toc=True,
              running_head="ROC Meerlanden – Samenwerkingsovereenkomst DLR Logistiek – CvB/JZ/2025-0412")


# ===================================================================================== 238 ==
# One page, small rural vmbo with a vakinstelling. Defect: g transfers part of the rijksbijdrage
# with a purpose but without any amount or way to compute it (deferred to the yearly budget).

TEXT_238 = """
# Samenwerkingsovereenkomst leerroute Afbouw Altena

**Stichting Christelijk Voortgezet Onderwijs Land van Altena**, Almkerk, bevoegd gezag van het
Altena College (vmbo), vertegenwoordigd door J.A. (Jan) van Andel, bestuurder, en
**Stichting Vakopleiding Afbouw Zuid**, Gorinchem, vakinstelling voor beroepsonderwijs,
vertegenwoordigd door M.C. (Marijke) Bouman, directeur-bestuurder, spreken het volgende af.

1. **Wat we aanbieden.** Leerlingen van de basisberoepsgerichte leerweg, profiel Bouwen, wonen en
   interieur, kunnen vanaf leerjaar 3 kiezen voor een doorlopende route naar de mbo-opleiding
   Stukadoor of Tegelzetter (niveau 2, opleidingsdomein Afbouw, hout en onderhoud). De route duurt
   vier jaar; het vmbo-diploma bb wordt in het tweede routejaar gehaald.
2. **Wat de bedrijven doen.** De stukadoors- en tegelzetbedrijven van de Afbouwkring Altena (nu
   negen erkende leerbedrijven) bieden elke leerling vanaf het tweede routejaar een vaste
   leerwerkplek, geven per jaar twee gastlessen, leveren echte klussen als praktijkopdracht en
   beoordelen mee bij de proeve van bekwaamheid.
3. **Wie de route aanstuurt.** Een duo: de teamleider bb van het Altena College en de
   praktijkcoördinator van de Vakopleiding. Elke bestuurder wijst het eigen lid aan. Het duo stelt
   samen het rooster, het PTA/OER en de stageplaatsing vast en neemt leerlingen aan; over formatie
   en geld beslissen de bestuurders.
4. **Verslag.** Het duo stuurt elk jaar vóór 1 oktober een verslag (instroom, uitval, diploma's,
   stages) aan beide bestuurders en bespreekt dat met hen in één gezamenlijk gesprek in oktober.
5. **Onderwijs.** Routejaar 1 en 2 in het gebouw van het Altena College, met vanaf routejaar 2
   twee dagen per week praktijk in de leerwerkplaats van de Vakopleiding in Gorinchem; routejaar
   3 en 4 bij de Vakopleiding en het leerbedrijf. Het programma en de toetsing per leerjaar staan
   in het gezamenlijke PTA/OER. Avo-vakken geeft het Altena College; de praktijk geven twee
   vakdocenten van de Vakopleiding, ook al in de vo-fase, als één team met de bouwdocent van de
   school. De Vakopleiding stelt haar leerwerkplaats met spuitcabine, rolsteigers en gereedschap
   open; het Altena College zijn bouwlokaal.
6. **Als het niet lukt.** Stopt een leerling met de route, dan zoeken de teamleider en de
   praktijkcoördinator samen met leerling en ouders een vervolg met uitzicht op een diploma:
   terug naar het gewone bb-programma (ook een ander profiel), een andere opleiding op niveau 2
   bij de Vakopleiding of, met een warme overdracht, bij een ROC in de regio. Zij kijken naar het
   bereikte niveau en de leeftijd.
7. **Geld.** In de vo-fase draagt het Altena College een deel van zijn rijksbijdrage over aan de
   Vakopleiding, voor de vakdocenten en het verbruiksmateriaal in de leerwerkplaats. De hoogte
   stellen de bestuurders elk jaar vast bij het opstellen van de begroting.
8. **Onenigheid.** Eerst het duo, daarna de twee bestuurders. Lukt het dan binnen zes weken niet,
   dan vragen zij bindend advies aan een onafhankelijke deskundige die zij samen kiezen.
9. **Nieuwe partners, wijzigen, stoppen.** Een andere school of instelling kan meedoen als beide
   bestuurders schriftelijk instemmen en de nieuwe partner deze afspraken tekent. Wijzigen gaat
   alleen schriftelijk. Opzeggen kan met een termijn van een jaar, tegen 1 augustus; leerlingen
   die al in de route zitten, maken haar bij ons af.

Getekend te Almkerk op 30 juni 2025.

J.A. van Andel, bestuurder Stichting CVO Land van Altena
M.C. Bouman, directeur-bestuurder Stichting Vakopleiding Afbouw Zuid
"""


@register(238, "een_pagina_vakinstelling_altena_afbouw", "md",
          "One-page Markdown agreement of a small rural vmbo and a vakinstelling in plain 'we' "
          "language with nine bold-lead numbered points; Altena, vmbo bb Bouwen, wonen en "
          "interieur to mbo-2 Stukadoor/Tegelzetter; defect: g transfers part of the rijksbijdrage "
          "with a purpose but the amount is left to the yearly budget (no omvang); h silent.",
          "p p p p p p w na p p",
          {"a": "Wat we aanbieden.", "b": "Wat de bedrijven doen.",
           "c": "Wie de route aanstuurt.", "d": "Verslag.", "e": "Onderwijs.",
           "f": "Als het niet lukt.", "i": "Onenigheid.",
           "j": "Nieuwe partners, wijzigen, stoppen."})
def build_238(path):
    write_text(path, TEXT_238)


# ===================================================================================== 239 ==
# Groene AOC, interne regeling (one bevoegd gezag), Word auto-numbered articles and leden:
# the article numbers are not in the text. Fully compliant; h, i, j not applicable.

@register(239, "interne_regeling_aoc_autonummering_meierij_bloem", "docx",
          "Interne regeling of a groen AOC (one bevoegd gezag) as a college van bestuur decision, "
          "DOCX with Word auto-numbered articles and leden (numbers not in the text); Meierij "
          "(Boxtel), vmbo kader Groen to mbo-3 Vakbekwaam bloembinder; fully compliant in own "
          "words (kernteam, rapportage, voorzieningen, bloemenbranche, wisselen van traject, no "
          "transfer between the vo and mbo budgets); h, i, j not applicable.",
          "p p p p p p p na na na",
          {"a": "Reikwijdte en route", "b": "Samenwerking met de bloemenbranche",
           "c": "Kernteam van de route", "d": "Rapportage aan het college van bestuur",
           "e": "Onderwijs, docenten en voorzieningen", "f": "Wisselen van traject",
           "g": "Middelen"})
def build_239(path):
    d = new_docx("Interne regeling doorlopende leerroute Bloem en styling",
                 "Bestuurssecretariaat Groenstad Meierij")
    num = add_article_numbering(d)
    A = lambda t: ("art", t)          # noqa: E731  auto-numbered article heading
    L = lambda t: ("artlid", t)       # noqa: E731  auto-numbered lid
    B = [
        ("title", "Interne regeling doorlopende leerroute Bloem en styling"),
        ("subtitle", "Stichting Groenstad Meierij, agrarisch opleidingscentrum – besluit CvB "
                     "2025/117"),
        ("p", "Het college van bestuur van Stichting Groenstad Meierij te Boxtel, bevoegd gezag van "
              "Groenstad vmbo Boxtel en Groenstad mbo Boxtel,"),
        ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel "
              "9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;"),
        ("p", "gehoord de GMR, de studentenraad en de ondernemingsraad;"),
        ("p", "besluit vast te stellen de volgende regeling."),
        A("Begrippen"),
        L("In deze regeling wordt verstaan onder: route: de doorlopende leerroute bedoeld in het "
          "volgende artikel; vmbo-afdeling: Groenstad vmbo Boxtel; mbo-afdeling: Groenstad mbo "
          "Boxtel, opleidingen bloem, groen en styling; college: het college van bestuur."),
        A("Reikwijdte en route"),
        L("Deze regeling heeft betrekking op de doorlopende leerroute die begint in leerjaar 3 van "
          "de kaderberoepsgerichte leerweg, profiel Groen, van de vmbo-afdeling en die leidt tot het "
          "vmbo-diploma kaderberoepsgerichte leerweg en het mbo-diploma Vakbekwaam bloembinder, "
          "niveau 3, beroepsopleidende leerweg, uit het kwalificatiedossier Bloem, groen en styling "
          "in het opleidingsdomein Voedsel, natuur en leefomgeving."),
        L("Binnen het profiel Groen volgen de routeleerlingen de keuzevakken Bloemschikken en "
          "-binden en Vormgeven en presenteren."),
        L("De route duurt vier jaar. Het vmbo-examen wordt afgerond in het tweede leerjaar van de "
          "route; onderdelen kunnen worden vervroegd naar het eerste leerjaar."),
        A("Kernteam van de route"),
        L("De route wordt aangestuurd door een kernteam, bestaande uit de teamleider bovenbouw "
          "groen van de vmbo-afdeling, de teamleider bloem en styling van de mbo-afdeling en een "
          "routecoördinator."),
        L("Het college wijst de leden van het kernteam aan voor een periode van vier jaar, na "
          "advies van de directeuren van de vmbo-afdeling en de mbo-afdeling. Het college kan een "
          "aanwijzing tussentijds intrekken."),
        L("Het kernteam stelt jaarlijks het gezamenlijke PTA/OER op, verdeelt de lesuren over de "
          "docenten, regelt de stageplaatsing, beslist over de toelating van leerlingen tot de "
          "route en onderhoudt de contacten met de branche."),
        L("Het kernteam is gemandateerd om binnen de door het college vastgestelde routebegroting "
          "verplichtingen aan te gaan tot € 5.000 per geval. Besluiten over de omvang van de "
          "instroom, over de formatie en over uitgaven daarboven neemt het college."),
        A("Rapportage aan het college van bestuur"),
        L("Het kernteam levert na afloop van elk kwartaal een overzicht van instroom, verzuim, "
          "tussentijdse uitstroom en uitgaven aan het college."),
        L("Vóór 15 oktober brengt het kernteam een jaarverslag uit over het voorgaande schooljaar, "
          "met de examenresultaten, de bevindingen uit de evaluaties met leerlingen en bedrijven en "
          "de besteding van de routebegroting."),
        L("Het jaarverslag wordt in november besproken in een bestuurlijk gesprek tussen het "
          "college en het kernteam. Het kernteam licht daarin zijn keuzes toe."),
        A("Onderwijs, docenten en voorzieningen"),
        L("Het eerste leerjaar van de route wordt gegeven in het vmbo-gebouw aan de Sparrenlaan te "
          "Boxtel, het tweede deels daar en deels in de mbo-vleugel; het derde en vierde leerjaar "
          "in de mbo-vleugel en bij de leerbedrijven."),
        L("Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar "
          "beschreven in het gezamenlijke PTA/OER, met aanduiding van de vmbo-onderdelen, de "
          "mbo-onderdelen en de gecombineerde onderdelen."),
        L("Het onderwijs wordt gegeven door één team van vmbo- en mbo-docenten. Voor de "
          "vakoverstijgende onderdelen Bloembinden en Styling werkt het team op basis van de "
          "teambevoegdheid; per onderdeel is ten minste één bevoegde docent verantwoordelijk. "
          "Mbo-docenten geven in het tweede leerjaar van de route ten minste acht lesuren per week."),
        L("De routeleerlingen maken vanaf het eerste leerjaar gebruik van de bloemwerkplaats, de "
          "koelcel, de kas en de praktijkwinkel De Bloemenschuur in de mbo-vleugel; de mbo-docenten "
          "gebruiken het praktijklokaal groen van de vmbo-afdeling. Materiaalinkoop loopt via de "
          "centrale inkoop van de mbo-afdeling."),
        A("Samenwerking met de bloemenbranche"),
        L("De route werkt samen met de bij de Bloemistenkring Meierij aangesloten bloemisterijen "
          "en met Tuincentrum De Kempen en Bloemenhuis Van Roosmalen te Schijndel, allen erkend "
          "leerbedrijf."),
        L("Deze bedrijven bieden snuffelstages in het eerste leerjaar en plaatsen voor de "
          "beroepspraktijkvorming vanaf het tweede leerjaar, leveren opdrachten voor bruids- en "
          "rouwwerk en seizoensetalages, stellen juryleden voor de jaarlijkse bindwedstrijd en "
          "beoordelen mee bij de proeven van bekwaamheid."),
        L("Tweemaal per jaar adviseert een klankbordgroep van vijf ondernemers het kernteam over de "
          "inhoud van het programma en de keuzedelen."),
        A("Wisselen van traject"),
        L("Een leerling die de route niet kan of wil afmaken, krijgt een vervolg dat leidt naar een "
          "vmbo-diploma of een mbo-diploma."),
        L("De teamleiders van de vmbo-afdeling en de mbo-afdeling bepalen gezamenlijk, in gesprek "
          "met de leerling en diens ouders, welk vervolg past bij het bereikte niveau en de leeftijd "
          "van de leerling."),
        L("Mogelijke vervolgen zijn in elk geval: voortzetting in de reguliere kaderberoepsgerichte "
          "leerweg Groen of een andere leerweg; zonder vmbo-diploma instromen in Medewerker "
          "bloem, groen en styling (niveau 2) of een andere opleiding op niveau 2 of 3 van de "
          "mbo-afdeling, zonder dat vooropleidingseisen gelden; overstap naar een andere "
          "groene opleiding op hetzelfde niveau, zoals Vakbekwaam hovenier."),
        L("Wil de leerling naar een andere instelling, dan zorgt de routecoördinator voor een "
          "overdracht van het dossier en de gegevens voor het geschiktheidsonderzoek."),
        A("Middelen"),
        L("Omdat het vmbo- en het mbo-deel van de route onder hetzelfde bevoegd gezag vallen, "
          "worden geen middelen uit de vo-rijksbijdrage naar de mbo-afdeling overgeheveld of "
          "omgekeerd. Elke fase wordt gefinancierd uit de rijksbijdrage die Groenstad voor die "
          "fase ontvangt."),
        A("Slotbepalingen"),
        L("Deze regeling treedt in werking op 1 augustus 2025 en wordt na twee jaar door het college "
          "geëvalueerd."),
        L("Deze regeling wordt aangehaald als: Regeling DLR Bloem en styling Groenstad."),
        ("p", "Aldus vastgesteld door het college van bestuur op 30 juni 2025."),
        ("p", "ir. A.W.M. (Anke) van den Heuvel, voorzitter college van bestuur"),
    ]
    fill_docx(d, B, numbering=num)
    save_docx(d, path)


# ===================================================================================== 240 ==
# Consortium of four parties (three vmbo boards, one ROC), two-column PDF, articles with leden.
# Fully compliant.

@register(240, "consortium_vier_partijen_twee_kolommen_ijsseldelta_elektro", "pdf",
          "Consortium agreement of four parties (three vmbo boards and one ROC), two-column PDF "
          "with articles and leden; IJsseldelta (Zwolle, Kampen, Hattem), vmbo kader Produceren, "
          "installeren en energie to mbo-3 Eerste monteur elektrotechnische installaties; fully "
          "compliant in own words (routeraad with one member per party, kwartaalbericht, "
          "Techniekdag, werkveld, uitstappen, geldstromen per leerling, routeklankbord, "
          "aansluitingsakte); h present.",
          "p p p p p p p p p p",
          {"a": "Artikel 2 De route", "b": "Artikel 3 Werkveld",
           "c": "Artikel 4 Routeraad", "d": "Artikel 5 Informatie aan de besturen",
           "e": "Artikel 6 Lessen, docenten en praktijkruimten",
           "f": "Artikel 7 Uitstappen uit de route", "g": "Artikel 8 Geldstromen",
           "h": "Artikel 9 Inspraak", "i": "Artikel 10 Verschil van inzicht",
           "j": "Artikel 11 Aansluiting, wijziging en opzegging"})
def build_240(path):
    B = [
        ("title", "Consortiumovereenkomst Elektroroute IJsseldelta"),
        ("subtitle", "Doorlopende leerroute vmbo kader Produceren, installeren en energie – mbo "
                     "Eerste monteur elektrotechnische installaties (niveau 3)"),
        ("small", "De ondergetekenden: (1) Stichting Openbaar Voortgezet Onderwijs Zwolle, "
                  "bevoegd gezag van het Assendorp College, vmbo; (2) Stichting "
                  "Protestants-Christelijk Voortgezet Onderwijs Kampen, bevoegd gezag van De "
                  "Kogge, vmbo; (3) Stichting Voortgezet Onderwijs Hattem en Heerde, bevoegd gezag "
                  "van het Veluwepoort College, vmbo; (4) Stichting ROC IJssel-Vecht, Zwolle; ieder "
                  "rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, "
                  "hierna: de scholen (1 tot en met 3), het ROC (4) en samen de consortiumpartners; "
                  "verklaren als volgt overeen te komen."),
        ("colbreak",),
        ("h2", "Artikel 1 Begrippen"),
        ("lid", "1.\u00a0\u00a0Route: de doorlopende leerroute bedoeld in artikel 2."),
        ("lid", "2.\u00a0\u00a0Vo-fase: het eerste en tweede leerjaar van de route; mbo-fase: het derde "
                "en vierde leerjaar."),
        ("lid", "3.\u00a0\u00a0Techniekdag: de wekelijkse lesdag in het tweede leerjaar waarop de "
                "leerlingen van de drie scholen samen les krijgen bij het ROC."),
        ("h2", "Artikel 2 De route"),
        ("lid", "1.\u00a0\u00a0De consortiumpartners verzorgen samen een doorlopende leerroute vanaf "
                "leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en "
                "energie (PIE), van elk van de scholen, naar het vmbo-diploma kader en het "
                "mbo-diploma Eerste monteur elektrotechnische installaties in de woning en "
                "utiliteit, niveau 3 (BOL, vanaf het vierde leerjaar ook BBL), in het "
                "opleidingsdomein Installatie- en energietechniek."),
        ("lid", "2.\u00a0\u00a0Iedere school laat per jaar ten hoogste twaalf leerlingen instromen."),
        ("lid", "3.\u00a0\u00a0Elke school meldt de route voor zichzelf in RIO; het ROC meldt de route "
                "voor alle drie de scholen."),
        ("h2", "Artikel 3 Werkveld"),
        ("lid", "1.\u00a0\u00a0Bij de route zijn betrokken de installatiebedrijven Elektro Vechtdelta "
                "B.V. (Zwolle), Installatiebedrijf Kamper Licht en Kracht B.V. (Kampen) en Van Ommen "
                "Installatietechniek B.V. (Heerde), alsmede het regionale opleidingsbedrijf "
                "Installatiewerk Oost voor de BBL-plaatsen."),
        ("lid", "2.\u00a0\u00a0Zij zorgen voor bedrijfsbezoeken in het eerste leerjaar, een "
                "meeloopweek en praktijkopdrachten in het tweede leerjaar, stageplaatsen in het "
                "derde en leerbanen in het vierde leerjaar, en zij beoordelen mee bij de proeven van "
                "bekwaamheid."),
        ("lid", "3.\u00a0\u00a0Een vertegenwoordiger van de bedrijven neemt twee keer per jaar deel aan "
                "de routeraad als adviseur voor de inhoud van het programma en de keuzedelen "
                "(onder meer Zonne-energie en Laadinfrastructuur)."),
        ("h2", "Artikel 4 Routeraad"),
        ("lid", "1.\u00a0\u00a0De route wordt bestuurd door een routeraad van vier leden: de drie "
                "afdelingsleiders techniek van de scholen en de opleidingsmanager elektrotechniek van "
                "het ROC, die de raad voorzit."),
        ("lid", "2.\u00a0\u00a0Elk college van bestuur wijst het lid uit de eigen organisatie aan en "
                "voorziet binnen twee maanden in een vacature. De routeraad benoemt uit het "
                "docententeam een secretaris."),
        ("lid", "3.\u00a0\u00a0De routeraad stelt het PTA/OER op, verdeelt de docenturen en de "
                "Techniekdag-plaatsen over de scholen, beslist over toelating tot de route en "
                "beheert het routebudget."),
        ("lid", "4.\u00a0\u00a0De routeraad besluit bij meerderheid, behalve over het PTA/OER en over "
                "het budget, waarvoor unanimiteit nodig is. Besluiten over de instroomruimte van een "
                "school en over formatie blijven voorbehouden aan het betrokken bestuur."),
        ("h2", "Artikel 5 Informatie aan de besturen"),
        ("lid", "1.\u00a0\u00a0De voorzitter van de routeraad stuurt elk kwartaal een kort bericht met "
                "de cijfers over instroom, verzuim en uitval aan de vier colleges van bestuur."),
        ("lid", "2.\u00a0\u00a0Vóór 1 december legt de routeraad aan alle vier de besturen een "
                "jaarverslag voor over het afgelopen schooljaar, inclusief examenresultaten en de "
                "besteding van de middelen uit artikel 8."),
        ("lid", "3.\u00a0\u00a0In januari bespreken de bestuurders het jaarverslag met de routeraad "
                "in het jaarlijkse consortiumoverleg; de routeraad beantwoordt daar hun vragen over "
                "de gemaakte keuzes."),
        ("h2", "Artikel 6 Lessen, docenten en praktijkruimten"),
        ("lid", "1.\u00a0\u00a0In het eerste leerjaar volgen de leerlingen het onderwijs op de eigen "
                "school. In het tweede leerjaar komen zij één dag per week samen voor de Techniekdag "
                "in het Techniekhuis van het ROC aan de Dokter van Deenweg te Zwolle. Het derde en "
                "vierde leerjaar vinden plaats bij het ROC en de leerbedrijven."),
        ("lid", "2.\u00a0\u00a0Het programma, de examens en de praktijkvorming per leerjaar staan in het "
                "gezamenlijke PTA/OER, waarin vo-, mbo- en gecombineerde onderdelen zijn aangeduid."),
        ("lid", "3.\u00a0\u00a0Elke school levert ten minste één docent PIE voor het gezamenlijke team; "
                "het ROC levert twee docenten elektrotechniek. Voor de vakoverstijgende "
                "onderdelen van de Techniekdag werkt het team met teambevoegdheid, met per onderdeel "
                "ten minste één bevoegde docent."),
        ("lid", "4.\u00a0\u00a0Het ROC stelt voor de Techniekdag de installatiewerkplaats, het "
                "domotica-lab en de meetapparatuur ter beschikking. De scholen stellen hun "
                "PIE-werkplaats open voor ROC-docenten die in de vo-fase op de school lesgeven. "
                "Vervoer naar Zwolle regelt elke school voor de eigen leerlingen."),
        ("h2", "Artikel 7 Uitstappen uit de route"),
        ("lid", "1.\u00a0\u00a0Een leerling die de route verlaat, behoudt een weg naar een diploma."),
        ("lid", "2.\u00a0\u00a0De afdelingsleider van zijn school en de opleidingsmanager van het ROC "
                "besluiten samen, na overleg met de leerling en zijn ouders, welk vervolg past bij "
                "het bereikte niveau en de leeftijd."),
        ("lid", "3.\u00a0\u00a0Tijdens de vo-fase is dat de reguliere kaderberoepsgerichte leerweg "
                "op de eigen school, in PIE of een ander profiel; na de vo-fase zonder vmbo-diploma "
                "instroom in Monteur elektrotechnische installaties (niveau 2) of een andere "
                "niveau 3-opleiding van het ROC, zonder vooropleidingseisen; of het vmbo-examen "
                "opnieuw. In de mbo-fase kan ook worden overgestapt naar een opleiding op hetzelfde "
                "niveau in een andere richting, zoals Eerste monteur werktuigkundige installaties."),
        ("h2", "Artikel 8 Geldstromen"),
        ("lid", "1.\u00a0\u00a0Iedere school draagt per leerling die op 1 oktober in het tweede leerjaar "
                "van de route staat ingeschreven € 950 van haar rijksbijdrage over aan het ROC "
                "(artikel 5.42a WVO 2020), te betalen vóór 1 februari."),
        ("lid", "2.\u00a0\u00a0Het ROC besteedt dit bedrag aan de docenturen en het verbruiksmateriaal "
                "van de Techniekdag."),
        ("lid", "3.\u00a0\u00a0Het ROC draagt geen middelen over aan de scholen."),
        ("h2", "Artikel 9 Inspraak"),
        ("lid", "1.\u00a0\u00a0De MR van elke school en de studentenraad van het ROC wijzen ieder één "
                "leerling- of studentlid en de MR's ieder één ouderlid aan voor het "
                "routeklankbord. Het routeklankbord adviseert de routeraad over het PTA/OER en "
                "over wijzigingen van deze overeenkomst voordat de besturen die vaststellen."),
        ("lid", "2.\u00a0\u00a0Voor het overige blijft de regeling van de eigen school of het ROC "
                "gelden, naar gelang de inschrijving van de leerling."),
        ("h2", "Artikel 10 Verschil van inzicht"),
        ("lid", "1.\u00a0\u00a0Een verschil van inzicht over de uitvoering bespreekt de routeraad "
                "binnen drie weken."),
        ("lid", "2.\u00a0\u00a0Blijft het verschil bestaan, dan voeren de betrokken bestuurders binnen "
                "zes weken overleg."),
        ("lid", "3.\u00a0\u00a0Leidt ook dat niet tot overeenstemming, dan leggen de betrokken "
                "partners de kwestie voor aan een bindend adviseur die zij gezamenlijk aanwijzen; "
                "komen zij niet tot een aanwijzing, dan wijst de voorzitter van de VO-raad of de MBO "
                "Raad, naar keuze van de meest gerede partij, de adviseur aan."),
        ("h2", "Artikel 11 Aansluiting, wijziging en opzegging"),
        ("lid", "1.\u00a0\u00a0Een andere vmbo-school of mbo-instelling uit de regio kan zich per 1 "
                "augustus aansluiten, als alle consortiumpartners schriftelijk instemmen en zij een "
                "aansluitingsakte tekent; de eerste instroom bij een nieuwe school vindt plaats in "
                "het schooljaar na aansluiting."),
        ("lid", "2.\u00a0\u00a0Wijziging van deze overeenkomst vereist een schriftelijk besluit van alle "
                "partners en gaat in bij de start van een schooljaar."),
        ("lid", "3.\u00a0\u00a0Elke partner kan opzeggen tegen 1 augustus met een termijn van twaalf "
                "maanden; de overeenkomst loopt dan tussen de overige partners door. De leerlingen "
                "van een vertrekkende school die al in de route zitten, maken de route af alsof "
                "niet was opgezegd. Zegt het ROC op, dan eindigt de instroom, maar de lopende "
                "cohorten ronden de route bij het ROC af."),
        ("h2", "Artikel 12 Duur"),
        ("lid", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "Getekend te Zwolle op 30 juni 2025."),
        ("sig", [["Stichting OVO Zwolle", "", "drs. K. Mulder"],
                 ["Stichting PCVO Kampen", "", "A.J. Slot"]]),
        ("sig", [["Stichting VO Hattem en Heerde", "", "mr. E. Bosch"],
                 ["Stichting ROC IJssel-Vecht", "", "dr. L. Tuinstra"]]),
    ]
    build_pdf(path, B, title="Consortiumovereenkomst Elektroroute IJsseldelta",
              author="Consortium Elektroroute IJsseldelta", two_columns=True, font_size=9,
              head_cm=4.3,
              running_head="Consortiumovereenkomst Elektroroute IJsseldelta – versie 30 juni 2025")


# ===================================================================================== 241 ==
# Municipality-backed regional pact, DOCX with unnumbered headings. Defects: d (the route's
# regisseur reports only to the ROC's board, as penvoerder) and b (the werkgevers are named as
# signatories of the pact but nothing says what they do in the route).

@register(241, "regionaal_pact_gemeente_ongenummerd_deventer_sociaal_werk", "docx",
          "Municipality-backed regional pact in policy language, DOCX with unnumbered headings; "
          "Deventer, vmbo gl/tl Zorg en welzijn to mbo-4 Sociaal werker; two defects: d weak "
          "(the routeregisseur reports half-yearly only to the ROC's college van bestuur as "
          "penvoerder, the school's board is not informed) and b weak (werkgevers named as pact "
          "signatories who receive a newsletter, but no role in the route); h present.",
          "p w p w p p p p p p",
          {"a": "De route in het kort", "c": "Wie de route aanstuurt",
           "e": "Hoe het onderwijs is georganiseerd",
           "f": "Als een leerling van koers verandert", "g": "Geld",
           "h": "Stem van leerlingen, studenten en ouders",
           "i": "Als partners het oneens zijn",
           "j": "Nieuwe scholen, aanpassingen en afscheid"})
def build_241(path):
    d = new_docx("Pact Sociaal Werk Deventer – samenwerkingsovereenkomst doorlopende leerroute",
                 "Gemeente Deventer, programma Onderwijs en Arbeidsmarkt")
    B = [
        ("title", "Pact Sociaal Werk Deventer"),
        ("subtitle", "Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn – Sociaal "
                     "werker, onder regie van de gemeente Deventer"),
        ("h1", "Partners"),
        ("p", "Stichting Openbaar Voortgezet Onderwijs Deventer, bevoegd gezag van het Zandweerd "
              "College (vmbo gemengde en theoretische leerweg), vertegenwoordigd door mevrouw "
              "C.A. Wolters, voorzitter college van bestuur (hierna: de school);"),
        ("p", "Stichting ROC Salland-IJssel, vertegenwoordigd door de heer H. ter Horst, voorzitter "
              "college van bestuur (hierna: het ROC);"),
        ("p", "en, als ondersteunende partner zonder eigen onderwijstaak, de gemeente Deventer, "
              "vertegenwoordigd door wethouder J. Oosterhof (Onderwijs en Werk)."),
        ("h1", "Waar we samen voor staan"),
        ("p", "Deventer heeft sociaal werkers nodig: in de wijkteams, in het jongerenwerk, in de "
              "opvang. Met dit pact bundelen de school, het ROC en de gemeente hun krachten om "
              "jongeren een ononderbroken weg te bieden van het vmbo naar een mbo-4-diploma in het "
              "sociaal domein, dicht bij huis en zonder dubbelingen in de lesstof."),
        ("h1", "De route in het kort"),
        ("p", "De school en het ROC bieden samen een doorlopende leerroute aan die begint in leerjaar "
              "3 van de gemengde en de theoretische leerweg van het Zandweerd College, profiel Zorg en "
              "welzijn, en die leidt tot het vmbo-diploma en het mbo-diploma Sociaal werker, niveau 4 "
              "(BOL), in het opleidingsdomein Zorg en welzijn. De route duurt vijf jaar: twee jaar "
              "vo-fase en drie jaar mbo-fase. Per jaar starten ten hoogste twintig leerlingen."),
        ("h1", "Werkgevers in het sociaal domein"),
        ("p", "Het pact wordt gedragen door de volgende werkgevers, die de intentieverklaring "
              "‘Deventer werkt sociaal’ hebben ondertekend: Stichting Welzijn Deventer Centraal, "
              "Zorgcoöperatie IJsselland, Jongerenwerk Deventer Oost, Kinderopvang De Boomhut en "
              "woningcorporatie Woonkracht IJssel. Zij onderschrijven het doel van de route. De "
              "partners houden deze werkgevers via de halfjaarlijkse pactnieuwsbrief en de "
              "jaarlijkse pactconferentie van de gemeente op de hoogte van de ontwikkeling van de "
              "route en de aantallen leerlingen."),
        ("h1", "Wie de route aanstuurt"),
        ("p", "De route wordt aangestuurd door een stuurgroep van vier personen: de directeur "
              "onderwijs en de teamleider bovenbouw van de school, de opleidingsmanager Sociaal werk "
              "van het ROC en een routeregisseur. De colleges van bestuur wijzen ieder de eigen "
              "leden aan. De routeregisseur wordt door het college van bestuur van het ROC "
              "aangesteld in overeenstemming met het college van bestuur van de school, voor de duur "
              "van drie jaar."),
        ("p", "De stuurgroep stelt het gezamenlijke PTA/OER op, bepaalt de lessentabel en het "
              "rooster, verdeelt de docenturen die de partners beschikbaar stellen, beslist over de "
              "toelating van leerlingen en organiseert de evaluatie met leerlingen en docenten. Zij "
              "mag binnen het vastgestelde jaarplan zelfstandig besluiten; wijziging van de "
              "instroomaantallen en van de formatie blijft aan de colleges van bestuur."),
        ("h1", "Voortgang en rapportage"),
        ("p", "De routeregisseur legt ieder half jaar, in januari en in juli, een schriftelijke "
              "voortgangsrapportage voor aan het college van bestuur van het ROC, dat namens de "
              "partners als penvoerder van het pact optreedt. De rapportage bevat de in-, door- en "
              "uitstroom per cohort, de examenresultaten, de stand van het jaarplan en de "
              "uitkomsten van de evaluaties. Het college van bestuur van het ROC bespreekt de "
              "rapportage met de routeregisseur in het penvoerdersoverleg en stelt zo nodig het "
              "jaarplan bij. De gemeente ontvangt jaarlijks een samenvatting voor de "
              "pactconferentie."),
        ("h1", "Hoe het onderwijs is georganiseerd"),
        ("p", "De vo-fase wordt gegeven in het gebouw van het Zandweerd College aan de "
              "Hanzeweg; in het tweede jaar van de route volgen de leerlingen één middag per week "
              "lessen op de Sallandlocatie van het ROC aan de Handelskade. De mbo-fase vindt plaats "
              "op die locatie. Het programma, de toetsing en de beroepspraktijkvorming zijn per "
              "leerjaar vastgelegd in het gezamenlijke PTA/OER, waarin vo-, mbo- en gecombineerde "
              "onderdelen zijn aangeduid."),
        ("p", "Docenten van beide partners vormen samen één routeteam. Een docent Sociaal werk van "
              "het ROC geeft in het tweede jaar van de route vier uur per week les op de school; "
              "voor het vakoverstijgende onderdeel Mens en samenleving wordt gewerkt met "
              "teambevoegdheid, met per onderdeel ten minste één bevoegde docent. Iedere docent "
              "blijft in dienst van de eigen werkgever."),
        ("p", "De leerlingen gebruiken vanaf het tweede jaar het skills-lab en de gesprekskamers "
              "van het ROC; de school stelt haar praktijklokaal Zorg en welzijn en haar aula "
              "beschikbaar voor gezamenlijke projectdagen."),
        ("h1", "Als een leerling van koers verandert"),
        ("p", "Geen leerling valt tussen wal en schip. Wie de route verlaat, krijgt een vervolg "
              "dat leidt naar een vmbo- of een mbo-diploma. De teamleider van de school en de "
              "opleidingsmanager van het ROC beslissen daarover samen, na een gesprek met de "
              "leerling en diens ouders, en kijken daarbij naar het bereikte niveau en de leeftijd. "
              "In de vo-fase gaat de leerling verder in de reguliere gemengde of theoretische "
              "leerweg; na de vo-fase, ook zonder vmbo-diploma, kan hij instromen in Maatschappelijke "
              "zorg (niveau 3) of een andere opleiding van het ROC op niveau 3 of 4, zonder dat "
              "vooropleidingseisen gelden. Een overstap naar een andere instelling wordt begeleid "
              "met een warme overdracht."),
        ("h1", "Geld"),
        ("p", "De school en het ROC dragen geen rijksbijdrage aan elkaar over. Iedere partner "
              "betaalt de eigen docenten en de eigen ruimten. De gemeente Deventer draagt jaarlijks "
              "€ 15.000 bij aan de pactconferentie en de nieuwsbrief op grond van een afzonderlijke "
              "subsidiebeschikking."),
        ("h1", "Stem van leerlingen, studenten en ouders"),
        ("p", "De MR van het Zandweerd College en de studentenraad van het ROC wijzen ieder twee "
              "leden aan voor een gezamenlijk routeberaad, dat eenmaal per jaar met de stuurgroep "
              "spreekt. Voorstellen om de route of deze overeenkomst te wijzigen legt de stuurgroep "
              "eerst aan het routeberaad voor; het advies gaat mee naar beide colleges van bestuur."),
        ("h1", "Als partners het oneens zijn"),
        ("p", "Een meningsverschil over de uitvoering wordt eerst in de stuurgroep besproken. Lukt "
              "het daar niet binnen een maand, dan overleggen de voorzitters van de colleges van "
              "bestuur. Blijft het verschil daarna bestaan, dan vragen de school en het ROC een "
              "onafhankelijke bemiddelaar, die de wethouder op hun verzoek voordraagt. Biedt ook "
              "bemiddeling binnen drie maanden geen uitkomst, dan kan het geschil worden voorgelegd "
              "aan de rechtbank Overijssel."),
        ("h1", "Nieuwe scholen, aanpassingen en afscheid"),
        ("p", "Andere vmbo-scholen of mbo-instellingen uit Salland kunnen zich bij het pact en deze "
              "overeenkomst aansluiten als de school en het ROC daarmee schriftelijk instemmen en de "
              "nieuwe partner deze overeenkomst ondertekent; aansluiting gaat in bij de start van een "
              "schooljaar. Aanpassingen van deze overeenkomst worden schriftelijk vastgelegd en door "
              "alle partners ondertekend. De overeenkomst loopt vanaf 1 augustus 2025 voor "
              "onbepaalde tijd; de school of het ROC kan haar opzeggen per 1 augustus met een "
              "termijn van één jaar. Na opzegging start geen nieuw cohort meer, en leerlingen die al "
              "in de route zitten, maken die af zoals afgesproken. Het uittreden van de gemeente "
              "laat de route ongemoeid."),
        ("h1", "Ondertekening"),
        ("p", "Deventer, 30 juni 2025"),
        ("sig", [["Stichting Openbaar VO Deventer", "", "C.A. Wolters"],
                 ["Stichting ROC Salland-IJssel", "", "H. ter Horst"],
                 ["Gemeente Deventer", "", "J. Oosterhof, wethouder"]]),
    ]
    fill_docx(d, B)
    save_docx(d, path)


# ===================================================================================== 242 ==
# School for praktijkgericht vmbo with a geïntegreerde route, plain text, articles with leden.
# Defects: f (alternatives are listed but nobody is named who decides, with or without the
# pupil) and j (opzegging with protection and wijziging, but nothing on new parties joining).
# h only describes the statutory regimes and says arrangements "kunnen" be made.

TEXT_242 = """
SAMENWERKINGSOVEREENKOMST
GEINTEGREERDE ROUTE RETAIL EINDHOVEN
vmbo basisberoepsgerichte leerweg Economie en ondernemen - mbo Verkoper (niveau 2)

De ondergetekenden:

1. Stichting Praktijkgericht Voortgezet Onderwijs Eindhoven, gevestigd te Eindhoven,
   bevoegd gezag van Het Strijpcollege, school voor praktijkgericht vmbo (basis- en
   kaderberoepsgerichte leerweg), vertegenwoordigd door de heer R.J.M. Smits, bestuurder,
   hierna: de school;

2. Stichting Regionaal Opleidingencentrum De Dommel, gevestigd te Eindhoven,
   vertegenwoordigd door mevrouw dr. I. Aarts, lid van het college van bestuur,
   hierna: het ROC;

komen het volgende overeen.


ARTIKEL 1 - BEGRIPPEN

1. Route: de geintegreerde route vmbo-basisberoepsopleiding bedoeld in artikel 2.107l
   WVO 2020 en artikel 9.1.17 WEB, zoals beschreven in artikel 2.
2. Praktijkwinkel: de oefenwinkel van het ROC op de locatie De Hurk.
3. Routejaar: een leerjaar van de route, te beginnen met leerjaar 3 vmbo als routejaar 1.


ARTIKEL 2 - DE ROUTE

1. Partijen verzorgen samen een geintegreerde route die begint in leerjaar 3 van de
   basisberoepsgerichte leerweg, profiel Economie en ondernemen, van de school en die
   leidt tot het mbo-diploma Verkoper, niveau 2 (BOL), uit het kwalificatiedossier Retail
   in het opleidingsdomein Handel en ondernemerschap.
2. De school neemt voor deze leerlingen geen volledig eindexamen basisberoepsgerichte
   leerweg af; de leerlingen leggen wel het examen Nederlands en rekenen af op vmbo-niveau.
3. Een leerling wordt tot de route toegelaten na een intakegesprek met leerling en ouders
   en na overleg van de school met het ROC. Per jaar starten ten hoogste zestien
   leerlingen.
4. De route duurt drie jaar.


ARTIKEL 3 - DE ROL VAN DE WINKELS

1. Aan de route zijn verbonden het Retailcollectief Eindhoven-Noord (veertien winkels in
   winkelcentrum Woensel), Modehuis Van Aken en Bouwmarkt De Hurk, alle erkend leerbedrijf.
2. Zij bieden elke leerling vanaf routejaar 1 een vaste leerwerkplek voor een dag per
   week, geven opdrachten voor de praktijkwinkel (inkoop, presentatie, actieweken) en
   beoordelen mee bij de examens in de beroepspraktijk.
3. Het Retailcollectief wijst een contactpersoon aan die drie keer per jaar met het
   routeteam spreekt over de inhoud van het programma.


ARTIKEL 4 - ROUTETEAM

1. De route wordt aangestuurd door een routeteam, bestaande uit de teamleider basis van de
   school, de teamleider Retail van het ROC en een trajectbegeleider.
2. De bestuurder van de school en het college van bestuur van het ROC wijzen ieder de eigen
   teamleider aan; de trajectbegeleider wordt door beide gezamenlijk benoemd voor drie jaar.
3. Het routeteam stelt jaarlijks het gezamenlijke PTA/OER op, maakt het rooster, regelt de
   leerwerkplekken en houdt contact met ouders en winkels. Het routeteam mag binnen het
   jaarbudget zelfstandig besluiten; over formatie en instroomaantallen beslissen de
   besturen.


ARTIKEL 5 - VERSLAG AAN DE BESTUREN

1. Het routeteam stuurt na elk schooljaar, uiterlijk op 1 oktober, een schriftelijk
   verslag aan de bestuurder van de school en aan het college van bestuur van het ROC, met
   de cijfers over instroom, uitval en diploma's, de examenresultaten en de besteding van
   de middelen uit artikel 8.
2. In oktober bespreken de besturen het verslag met het routeteam in een gezamenlijk
   overleg; halverwege het schooljaar ontvangen zij een korte tussenstand.


ARTIKEL 6 - ONDERWIJS, DOCENTEN EN RUIMTEN

1. Routejaar 1 wordt gegeven in het gebouw van Het Strijpcollege aan de Schootsestraat. In
   routejaar 2 volgen de leerlingen twee dagen per week les in de praktijkwinkel van het
   ROC op De Hurk; routejaar 3 vindt plaats bij het ROC en op de leerwerkplek.
2. Het programma en de examinering per routejaar staan in het gezamenlijke PTA/OER.
3. Docenten van beide partijen werken als een team. In routejaar 1 geeft een docent Retail
   van het ROC zes uur per week les op de school. Voor het onderdeel Winkelpraktijk werkt
   het team met teambevoegdheid; per onderdeel is een bevoegde docent verantwoordelijk.
4. Het ROC stelt de praktijkwinkel met kassasystemen en magazijn ter beschikking; de
   school haar praktijklokaal Economie en ondernemen en de schoolwinkel.


ARTIKEL 7 - ALS DE ROUTE NIET PAST

1. Een leerling die de geintegreerde route beeindigt, heeft altijd recht op een passende
   plek. Dat betekent niet dat hij automatisch naar de Entree-opleiding gaat.
2. Tijdens routejaar 1 kan de leerling terug naar de basisberoepsgerichte leerweg van de
   school, in het profiel Economie en ondernemen of in een ander profiel, en daar het
   vmbo-diploma halen.
3. In routejaar 2 of 3 kan de leerling overstappen naar een andere opleiding op niveau 2
   van het ROC, zoals Logistiek medewerker of Medewerker facilitaire dienstverlening,
   zonder dat vooropleidingseisen gelden, of alsnog het eindexamen basisberoepsgerichte
   leerweg afleggen, zodat hij met een vmbo-diploma een andere mbo-opleiding kan kiezen.
4. Alleen wanneer een diploma op niveau 2 echt niet haalbaar blijkt, komt de
   Entree-opleiding in beeld, met begeleiding naar werk.
5. De trajectbegeleider zorgt voor een warme overdracht naar de nieuwe opleiding. De
   werkwijze staat ook in de schoolgids.


ARTIKEL 8 - MIDDELEN

1. De school draagt met toepassing van artikel 5.42a WVO 2020 per leerling in routejaar 1
   EUR 1.600 van haar rijksbijdrage over aan het ROC; peildatum is 1 oktober, betaling
   voor 1 januari.
2. Het bedrag is bestemd voor de lessen van de ROC-docent op de school en het gebruik
   van de praktijkwinkel in routejaar 1.
3. Verder draagt iedere partij haar eigen kosten.


ARTIKEL 9 - MEDEZEGGENSCHAP

Op grond van de wet geldt voor leerlingen die bij de school zijn ingeschreven, hun ouders
en het personeel van de school de Wet medezeggenschap op scholen. Voor studenten die bij
het ROC zijn ingeschreven gelden de bepalingen van de WEB en voor het personeel van het
ROC de Wet op de ondernemingsraden. Partijen kunnen voor de route aanvullende afspraken
maken.


ARTIKEL 10 - GESCHILLEN

1. Een geschil over de uitvoering van deze overeenkomst wordt eerst in het routeteam
   besproken en, als dat niet binnen vier weken tot een oplossing leidt, door de
   bestuurders.
2. Komen de bestuurders er binnen zes weken niet uit, dan leggen zij het geschil voor aan
   een mediator die zij samen kiezen. Slaagt mediation niet, dan beslist de bevoegde
   rechter in het arrondissement Oost-Brabant.


ARTIKEL 11 - DUUR, WIJZIGING EN EINDE

1. Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
2. Wijzigingen worden schriftelijk vastgelegd en door beide partijen ondertekend; een
   wijziging die leerlingen raakt, gaat in bij het begin van een schooljaar.
3. Elke partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een
   termijn van een jaar.
4. Na opzegging laten partijen geen nieuwe leerlingen meer toe. Leerlingen die op dat
   moment in de route zitten, ronden deze af onder deze overeenkomst.


Aldus overeengekomen en ondertekend te Eindhoven op 30 juni 2025.

Stichting Praktijkgericht VO Eindhoven          Stichting ROC De Dommel
R.J.M. Smits, bestuurder                        dr. I. Aarts, lid college van bestuur
"""


@register(242, "geintegreerde_route_platte_tekst_eindhoven_retail", "txt",
          "Plain-text agreement of a praktijkgericht vmbo and an ROC for a geintegreerde route, "
          "uppercase article headings with leden; Eindhoven, vmbo bb Economie en ondernemen to "
          "mbo-2 Verkoper; two defects: f weak (alternatives incl. not-automatically-Entree are "
          "listed but nobody is named who decides, with or without the pupil) and j weak "
          "(wijziging and opzegging with pupil protection, nothing on a new school or instelling "
          "joining); h not applicable (only the statutory regimes and 'kunnen').",
          "p p p p p w p na p w",
          {"a": "ARTIKEL 2 - DE ROUTE", "b": "ARTIKEL 3 - DE ROL VAN DE WINKELS",
           "c": "ARTIKEL 4 - ROUTETEAM", "d": "ARTIKEL 5 - VERSLAG AAN DE BESTUREN",
           "e": "ARTIKEL 6 - ONDERWIJS, DOCENTEN EN RUIMTEN", "g": "ARTIKEL 8 - MIDDELEN",
           "i": "ARTIKEL 10 - GESCHILLEN"})
def build_242(path):
    write_text(path, TEXT_242)


# ===================================================================================== 243 ==
# Q&A document that is itself the agreement (questions as headings, answers bind the parties).
# Fully compliant; plain language, nothing in the checklist's words.

@register(243, "vraag_antwoord_overeenkomst_leiden_ict", "docx",
          "Agreement written entirely as questions and answers (DOCX, questions as headings, "
          "answers declared binding), plain 'we' language; Leiden, vmbo gl Media, vormgeving en "
          "ICT to mbo-4 Expert IT systems and devices; fully compliant in own words (regiegroep, "
          "halfjaarbericht, IT-bedrijven, stoppen of wisselen, no money transferred, leerlingen "
          "in the studentenraad, mediation, meedoen/veranderen/stoppen); h present.",
          "p p p p p p p p p p",
          {"a": "Welke route bieden we samen aan?",
           "b": "Wat doen IT-bedrijven in de route?",
           "c": "Wie heeft de regie, wie wijst die aan en wat mag die beslissen?",
           "d": "Hoe horen onze besturen hoe het gaat?",
           "e": "Waar, door wie en met welke middelen wordt lesgegeven?",
           "f": "Wat gebeurt er als een leerling wil of moet stoppen?",
           "g": "Gaat er geld van de een naar de ander?",
           "h": "Wat hebben leerlingen, ouders en medewerkers te zeggen?",
           "i": "Wat doen we als we het niet eens worden?",
           "j": "Kan een andere school meedoen, en hoe veranderen of beëindigen we dit?"})
def build_243(path):
    d = new_docx("Samenwerkingsovereenkomst doorlopende leerroute ICT Leiden in vragen en antwoorden",
                 "Sleutelstad College / ROC Oude Rijn")
    Q = lambda t: ("h2", t)   # noqa: E731
    B = [
        ("title", "Doorlopende leerroute ICT Leiden"),
        ("subtitle", "Samenwerkingsovereenkomst in vragen en antwoorden"),
        ("p", "Dit document is de samenwerkingsovereenkomst tussen <b>Stichting Openbaar Voortgezet "
              "Onderwijs Leiden</b>, bevoegd gezag van het Sleutelstad College (vmbo), en "
              "<b>Stichting ROC Oude Rijn</b> te Leiden. Wij hebben gekozen voor vragen en "
              "antwoorden, zodat leerlingen, ouders en collega's het ook kunnen lezen. De "
              "antwoorden zijn afspraken die ons beide binden. Met ‘we’ bedoelen we de school en "
              "het ROC samen."),
        Q("Welke route bieden we samen aan?"),
        ("p", "Een doorlopende leerroute die begint in leerjaar 3 van de gemengde leerweg, profiel "
              "Media, vormgeving en ICT, van het Sleutelstad College, en die eindigt met het "
              "vmbo-diploma gemengde leerweg én het mbo-diploma Expert IT systems and devices, "
              "niveau 4 (BOL), uit het opleidingsdomein ICT. De route duurt vijf jaar. Elk jaar "
              "kunnen maximaal achttien leerlingen beginnen."),
        Q("Wat doen IT-bedrijven in de route?"),
        ("p", "Datalab Leiden B.V., NetSecure Oegstgeest B.V. en de Leidse Systeembeheer Groep, alle "
              "drie erkend leerbedrijf, doen mee. Zij geven in elk leerjaar twee gastlessen, leveren "
              "echte opdrachten (zoals het inrichten van een netwerk voor een klant), bieden in het "
              "derde en vierde jaar van de route stageplaatsen en leveren assessoren voor de "
              "proeven van bekwaamheid. Twee keer per jaar geven zij in de werkveldcommissie "
              "ICT van het ROC advies over het programma en de keuzedelen."),
        Q("Wie heeft de regie, wie wijst die aan en wat mag die beslissen?"),
        ("p", "De regie ligt bij een regiegroep van drie mensen: de afdelingsleider bovenbouw van "
              "het Sleutelstad College, de opleidingsmanager ICT van het ROC en een "
              "routecoördinator. Het college van bestuur van de school wijst de afdelingsleider aan, "
              "het college van bestuur van het ROC de opleidingsmanager; de routecoördinator "
              "benoemen beide colleges samen, voor drie jaar."),
        ("p", "De regiegroep stelt het gezamenlijke PTA/OER op, maakt het rooster, deelt docenten in, "
              "neemt leerlingen aan en regelt de stages. Zij mag zelf beslissen over alles binnen het "
              "jaarplan en de begroting die de besturen goedkeuren; over het aantal plaatsen en de "
              "formatie beslissen de besturen."),
        Q("Hoe horen onze besturen hoe het gaat?"),
        ("p", "Twee keer per jaar, in februari en in september, stuurt de regiegroep een "
              "halfjaarbericht aan beide colleges van bestuur. Daarin staan de aantallen leerlingen, "
              "de uitval, de resultaten en wat het geld heeft gekost. Het septemberbericht is "
              "het jaarverslag. De regiegroep bespreekt dat jaarverslag in oktober met een lid van "
              "elk college en legt daar uit waarom zij keuzes heeft gemaakt."),
        Q("Waar, door wie en met welke middelen wordt lesgegeven?"),
        ("p", "De eerste twee jaar zit de leerling op het Sleutelstad College aan de Haagweg; in het "
              "tweede jaar gaat hij één dag per week naar de ICT-campus van het ROC aan de "
              "Vondellaan. Vanaf het derde jaar is de leerling student van het ROC en krijgt hij "
              "daar les. Wat in welk jaar wordt geleerd en getoetst, staat in het gezamenlijke "
              "PTA/OER."),
        ("p", "Docenten van de school en van het ROC vormen één team. Het ROC levert in de eerste "
              "twee jaar een docent netwerkbeheer voor acht uur per week; de school levert haar "
              "docenten ICT en de docenten van de algemene vakken. Voor het vakoverstijgende "
              "onderdeel Digitale werkplaats werken we met teambevoegdheid: er is altijd minstens "
              "één bevoegde docent verantwoordelijk."),
        ("p", "Leerlingen gebruiken vanaf het tweede jaar het serverlab, de netwerkkasten en de "
              "testomgeving van het ROC. De school leent het ROC haar mediawerkplaats voor de "
              "lessen die ROC-docenten op de school geven. Laptops krijgen de leerlingen in bruikleen "
              "van de school en daarna van het ROC."),
        Q("Wat gebeurt er als een leerling wil of moet stoppen?"),
        ("p", "Dan krijgt hij een andere weg naar een diploma. De afdelingsleider en de "
              "opleidingsmanager bekijken samen met de leerling en zijn ouders wat past bij wat hij "
              "al heeft bereikt en bij zijn leeftijd, en zij nemen samen het besluit. In de eerste "
              "twee jaar gaat de leerling verder in de gewone gemengde leerweg, ook in een ander "
              "profiel. Lukt het vmbo-diploma na het derde jaar niet, dan kan hij zonder dat diploma "
              "verder in een ICT-opleiding van het ROC op niveau 3 of 4 (bijvoorbeeld Allround "
              "medewerker IT systems and devices), zonder vooropleidingseisen. Wil hij een andere "
              "richting of een andere school, dan helpen we hem met een warme overdracht."),
        Q("Gaat er geld van de een naar de ander?"),
        ("p", "Nee. We dragen geen deel van onze rijksbijdrage aan elkaar over. De school betaalt "
              "haar eigen docenten, het ROC ook; de uren van de ROC-docent op de school tellen mee "
              "tegen de uren die docenten van de school op de campus geven."),
        Q("Wat hebben leerlingen, ouders en medewerkers te zeggen?"),
        ("p", "Leerlingen in het tweede jaar van de route mogen zich, hoewel ze nog bij de school "
              "staan ingeschreven, kandidaat stellen voor de studentenraad van het ROC en hebben "
              "daar dezelfde rechten als studenten. De MR van de school en de studentenraad van het "
              "ROC krijgen allebei elk voorstel om deze overeenkomst te veranderen voor advies."),
        Q("Wat doen we als we het niet eens worden?"),
        ("p", "Eerst praat de regiegroep erover. Lukt het daar binnen vier weken niet, dan praten de "
              "colleges van bestuur. Lukt het ook daar binnen zes weken niet, dan schakelen we samen "
              "een mediator in. Zonder oplossing na drie maanden mag ieder van ons naar de rechtbank "
              "Den Haag."),
        Q("Kan een andere school meedoen, en hoe veranderen of beëindigen we dit?"),
        ("p", "Ja, een andere vmbo-school of mbo-instelling kan meedoen als wij allebei schriftelijk "
              "instemmen en zij deze afspraken ondertekent; meedoen begint op 1 augustus. "
              "Veranderen doen we alleen schriftelijk en met handtekening van beide besturen, en "
              "nooit midden in een schooljaar. Stoppen kan met een jaar opzegtermijn, per 1 "
              "augustus. Daarna nemen we geen nieuwe leerlingen meer aan, maar iedereen die al in "
              "de route zit, maakt haar af."),
        ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 en heeft geen einddatum."),
        ("p", "Leiden, 30 juni 2025"),
        ("sig", [["Stichting Openbaar VO Leiden", "", "drs. F. van Leeuwen, voorzitter CvB"],
                 ["Stichting ROC Oude Rijn", "", "mr. N. El Idrissi, lid CvB"]]),
    ]
    fill_docx(d, B)
    save_docx(d, path)


# ===================================================================================== 244 ==
# Afsprakenkaart: the whole agreement is one table of arrangements. Defect: e names the
# locations, the docententeam and the PTA/OER per year, but nothing about the use of rooms,
# equipment or other voorzieningen (while "keuken" appears only as the name of a vak).

@register(244, "afsprakenkaart_tabel_goeree_overflakkee_kok", "pdf",
          "Afsprakenkaart: the agreement is a single three-column table of arrangements in terse "
          "style, PDF; Goeree-Overflakkee, vmbo kader Horeca, bakkerij en recreatie to mbo-3 "
          "Zelfstandig werkend kok; defect: e weak (locations, one docententeam with "
          "teambevoegdheid and the PTA/OER per year are there, but no use of facilities or "
          "voorzieningen at all; 'keuken' only occurs as the name of a vak); h present.",
          "p p p p w p p p p p",
          {"a": "De route", "b": "Restaurants en bedrijven", "c": "Wie stuurt de route?",
           "d": "Hoe horen de besturen het?", "f": "Als het niet lukt",
           "g": "Geld", "h": "Inspraak", "i": "Onenigheid",
           "j": "Meedoen, wijzigen, stoppen"})
def build_244(path):
    rows = [
        ["Onderwerp", "Wat spreken we af", "Wie / wanneer"],
        ["De route", "Doorlopende leerroute van leerjaar 3 kaderberoepsgerichte leerweg, profiel "
         "Horeca, bakkerij en recreatie (Oostflakkee College) naar het vmbo-diploma kader en het "
         "mbo-diploma Zelfstandig werkend kok, niveau 3 (BOL), opleidingsdomein Horeca en bakkerij "
         "(ROC Zuid-Hollandse Eilanden). Vier routejaren; vmbo-examen in routejaar 2. Max. 16 "
         "leerlingen per jaar.", "Start 1 augustus 2025"],
        ["Restaurants en bedrijven", "Hotel-restaurant De Zeeuwse Stromen (Ouddorp), Brasserie "
         "Het Havenhoofd (Stellendam) en cateraar Flakkee Food B.V. (Middelharnis), alle erkend "
         "leerbedrijf: snuffelstage routejaar 1, stage routejaar 3 en 4, twee gastkoks per jaar, "
         "één praktijkopdracht per periode (menu voor een echt event), meebeoordelen proeve van "
         "bekwaamheid. Adviesgesprek over het programma twee keer per jaar.",
         "Coördinator legt stages vast vóór 1 oktober"],
        ["Wie stuurt de route?", "Routeteam: teamleider bovenbouw Oostflakkee College, "
         "opleidingsmanager Hotelschool ROC, routecoördinator. Teamleider en opleidingsmanager "
         "aangewezen door hun eigen bestuur; coördinator benoemd door beide besturen samen, "
         "voor drie jaar. Taken: PTA/OER, rooster, indeling docenten, toelating, stages. Beslist "
         "zelf binnen jaarbudget; formatie en instroom: besturen.",
         "Routeteam vergadert maandelijks"],
        ["Hoe horen de besturen het?", "Schriftelijke voortgangsrapportage (instroom, uitval, "
         "resultaten, geld) aan bestuur school én college van bestuur ROC, plus jaarverslag; "
         "jaarverslag besproken in bestuurlijk overleg met het routeteam.",
         "Rapportage februari; jaarverslag vóór 1 november; overleg november"],
        ["Waar en door wie?", "Routejaar 1 en 2: lessen op het Oostflakkee College, "
         "Middelharnis. Vanaf routejaar 2 volgen de leerlingen de vakken keuken en bediening twee "
         "dagen per week op de Hotelschool Spijkenisse van het ROC. Routejaar 3 en 4: Hotelschool "
         "en leerbedrijf. Eén docententeam: school levert docent horeca en avo-docenten, ROC "
         "levert twee kok-docenten die in routejaar 2 ook op de school het vak keuken geven. "
         "Teambevoegdheid voor Gastheerschap en bediening (per onderdeel één bevoegde docent). "
         "Programma en examens per routejaar: gezamenlijk PTA/OER.",
         "PTA/OER jaarlijks vóór 1 oktober vastgesteld"],
        ["Als het niet lukt", "Leerling die stopt houdt een weg naar een diploma: terug naar "
         "gewone kaderberoepsgerichte leerweg (ook ander profiel); zonder vmbo-diploma na "
         "routejaar 3 verder als Kok (niveau 2) of andere ROC-opleiding niveau 2 of 3, zonder "
         "vooropleidingseisen; andere richting op hetzelfde niveau (bijv. Zelfstandig "
         "medewerker bediening). Keuze door teamleider en opleidingsmanager samen, met leerling "
         "en ouders, op basis van bereikt niveau en leeftijd.", "Gesprek binnen twee weken"],
        ["Geld", "School draagt per routeleerling in routejaar 2 € 1.100 van de rijksbijdrage "
         "over aan het ROC (art. 5.42a WVO 2020), bestemd voor de lessen van de kok-docenten op "
         "de school. Verder ieder eigen kosten.", "Peildatum 1 oktober; betaling vóór 1 maart"],
        ["Inspraak", "MR school en studentenraad ROC vergaderen één keer per jaar samen over de "
         "route. Eén routeleerling uit routejaar 2 neemt met spreekrecht deel aan de "
         "studentenraad van de Hotelschool.", "Gezamenlijke vergadering in maart"],
        ["Onenigheid", "1. routeteam; 2. bestuurders samen; 3. mediator (samen gekozen); 4. "
         "bevoegde rechter rechtbank Rotterdam.", "Stap 1 en 2 elk max. vier weken"],
        ["Meedoen, wijzigen, stoppen", "Andere vmbo-school of mbo-instelling doet mee na "
         "schriftelijke instemming van beide partijen en ondertekening van deze kaart; "
         "start per 1 augustus. Wijzigen alleen schriftelijk, door beide besturen getekend, "
         "ingang begin schooljaar. Opzeggen: één jaar vooraf, per 1 augustus; geen nieuwe "
         "instroom, zittende leerlingen maken de route af.", "Looptijd onbepaald"],
    ]
    B = [
        ("title", "Afsprakenkaart doorlopende leerroute Kok"),
        ("subtitle", "Oostflakkee College – ROC Zuid-Hollandse Eilanden"),
        ("p", "Deze afsprakenkaart is de samenwerkingsovereenkomst tussen <b>Stichting Christelijk "
              "Voortgezet Onderwijs Goeree-Overflakkee</b> (bevoegd gezag van het Oostflakkee "
              "College, vmbo, Middelharnis) en <b>Stichting ROC Zuid-Hollandse Eilanden</b> "
              "(Spijkenisse). Beide besturen verbinden zich aan de afspraken in de tabel."),
        ("table", rows, [3.3, 9.4, 3.9]),
        ("p", "Middelharnis, 30 juni 2025"),
        ("sig", [["Stichting CVO Goeree-Overflakkee", "", "", "W. Breen, bestuurder"],
                 ["Stichting ROC Zuid-Hollandse Eilanden", "", "", "drs. T. Kooijman, voorzitter CvB"]]),
    ]
    build_pdf(path, B, title="Afsprakenkaart doorlopende leerroute Kok",
              author="Routeteam DLR Kok Goeree-Overflakkee")


# @@SAMPLES_END@@


# ---------------------------------------------------------------------------------- main ----

def build(nums):
    for num in nums:
        s = SAMPLES[num]
        target = OUT / f"{name_of(num)}.{s['ext']}"
        s["build"](target)
        (OUT / f"{name_of(num)}.expected.json").write_text(
            json.dumps(expected_of(num), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target.name} ({target.stat().st_size} bytes)")


def check():
    problems = []
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        target = OUT / f"{name_of(num)}.{s['ext']}"
        exp = OUT / f"{name_of(num)}.expected.json"
        if not target.exists() or not exp.exists():
            problems.append(f"{num}: file missing")
            continue
        if target.stat().st_size >= 200 * 1024:
            problems.append(f"{num}: {target.name} is {target.stat().st_size} bytes")
        if json.loads(exp.read_text(encoding="utf-8")) != expected_of(num):
            problems.append(f"{num}: expected.json differs from the script's table")
        try:
            text = norm(extract_text(target))
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{num}: cannot open {target.name}: {exc}")
            continue
        if s["ext"] == "docx":
            import docx
            docx.Document(str(target))
        for letter, ev in s["evidence"].items():
            if norm(ev) not in text:
                problems.append(f"{num}: evidence {letter} {ev!r} not found")
        print(f"{target.name}: {len(text.split())} words")
    others = [p.name for p in OUT.iterdir()
              if re.match(r"(23[7-9]|24[0-4])_", p.name)
              and p.name.rsplit(".", 1)[0].replace(".expected", "")
              not in {name_of(n) for n in SAMPLES}]
    if others:
        problems.append(f"unexpected files: {others}")
    if sorted(SAMPLES) != list(NUMBERS):
        problems.append(f"samples defined: {sorted(SAMPLES)}")
    for p in problems:
        print("PROBLEM:", p)
    print("check:", "OK" if not problems else f"{len(problems)} problem(s)")
    return not problems


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit(f"unknown sample {n}; known: {sorted(SAMPLES)}")
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
