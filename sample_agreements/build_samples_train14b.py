#!/usr/bin/env python3
"""Build training sample agreements 213-220 for leerroute-check (batch train14b).

Written by an independent author (an AI helper session) from the two official guidance documents in
/work/shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md
and sample_agreements/LABELS.md only -- without looking at checker code, tests, models, benchmarks or the
texts/build scripts of the other samples. All schools, instellingen, companies and people are made up.

Four agreements are fully compliant (213, 215, 217, 220); four carry one to three deliberate, mostly
subtle defects (214, 216, 218, 219); see each entry's "description".

Usage:
    python3 build_samples_train14b.py            build all
    python3 build_samples_train14b.py 213 215    build only these
    python3 build_samples_train14b.py --check    verify the produced files
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

DOCS = {}  # number -> spec dict


def add(num, slug, fmt, description, statuses, evidence, blocks, **opts):
    DOCS[num] = dict(num=num, name=f"{num}_{slug}", fmt=fmt, description=description,
                     statuses=statuses, evidence=evidence, blocks=blocks, opts=opts)


def st(s):
    """'ppwp...' -> statuses dict a..j (p present, w weak, m missing, n not_applicable)."""
    m = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    assert len(s) == 10
    return {k: m[c] for k, c in zip("abcdefghij", s)}


# --------------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------------

def _pdf_styles(base_size=10):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    s = {}
    s["title"] = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=base_size + 4,
                                leading=base_size + 8, alignment=TA_CENTER, spaceAfter=6)
    s["sub"] = ParagraphStyle("sub", fontName="Helvetica", fontSize=base_size, leading=base_size + 4,
                              alignment=TA_CENTER, spaceAfter=4)
    s["h"] = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=base_size + 1,
                            leading=base_size + 5, spaceBefore=9, spaceAfter=3, keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=base_size,
                             leading=base_size + 4, spaceBefore=5, spaceAfter=2, keepWithNext=1)
    s["p"] = ParagraphStyle("p", fontName="Helvetica", fontSize=base_size, leading=base_size + 4,
                            spaceAfter=4, alignment=TA_JUSTIFY)
    s["pc"] = ParagraphStyle("pc", parent=s["p"], alignment=TA_CENTER, fontName="Helvetica-Bold")
    s["li"] = ParagraphStyle("li", parent=s["p"], leftIndent=16, bulletIndent=4, spaceAfter=2)
    s["num"] = ParagraphStyle("num", parent=s["p"], leftIndent=18, firstLineIndent=-18, spaceAfter=3)
    s["small"] = ParagraphStyle("small", parent=s["p"], fontSize=base_size - 1.5,
                                leading=base_size + 2)
    s["sig"] = ParagraphStyle("sig", parent=s["p"], alignment=0, spaceAfter=0)
    s["note"] = ParagraphStyle("note", fontName="Helvetica", fontSize=7.2, leading=9)
    s["cell"] = ParagraphStyle("cell", fontName="Helvetica", fontSize=base_size - 1.5,
                               leading=base_size + 1.5)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName="Helvetica-Bold")
    return s


def _markup(text):
    """Escape text for reportlab; support **bold**, _italic_ and ^n^ superscript note markers."""
    t = escape(text)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"(?<![\w])_(.+?)_(?![\w])", r"<i>\1</i>", t)
    t = re.sub(r"\^(\d+)\^", r"<super>\1</super>", t)
    return t


def _pdf_flowables(blocks, styles, width):
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, CondPageBreak
    from reportlab.lib import colors
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p", "pc", "small", "sig"):
            if kind == "h":
                out.append(CondPageBreak(60))
            out.append(Paragraph(_markup(b[1]), styles[kind]))
        elif kind == "li":
            out.append(Paragraph(_markup(b[1]), styles["li"], bulletText="\u2022"))
        elif kind == "num":  # ('num', label, text)
            out.append(Paragraph(f"{escape(b[1])}&nbsp;&nbsp;{_markup(b[2])}", styles["num"]))
        elif kind == "space":
            out.append(Spacer(1, b[1]))
        elif kind == "table":  # ('table', rows, colwidths_fraction)
            rows = b[1]
            fr = b[2] if len(b) > 2 else [1.0 / len(rows[0])] * len(rows[0])
            data = [[Paragraph(_markup(c), styles["cellb" if i == 0 else "cell"]) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[width * f for f in fr], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "anchor":  # footnote anchor (two-column layout only)
            out.append(_NoteAnchor(b[1]))
        elif kind == "framebreak":
            from reportlab.platypus import FrameBreak
            out.append(FrameBreak())
        elif kind == "nexttemplate":
            from reportlab.platypus import NextPageTemplate
            out.append(NextPageTemplate(b[1]))
        else:
            raise ValueError(kind)
    return out


from reportlab.platypus import Flowable  # noqa: E402


class _NoteAnchor(Flowable):
    """Zero-size flowable that records on which page a footnote reference lands."""
    registry = None

    def __init__(self, note_ids):
        super().__init__()
        self.note_ids = note_ids
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        if _NoteAnchor.registry is not None:
            pg = self.canv.getPageNumber()
            for n in self.note_ids:
                _NoteAnchor.registry.setdefault(pg, [])
                if n not in _NoteAnchor.registry[pg]:
                    _NoteAnchor.registry[pg].append(n)


def build_pdf(spec, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate
    opts = spec["opts"]
    if opts.get("two_columns"):
        return build_pdf_two_columns(spec, path)
    styles = _pdf_styles(opts.get("size", 10))
    header = opts.get("header", "")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        if header:
            canv.drawString(20 * mm, A4[1] - 12 * mm, header)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"pagina {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1,
                            title=opts.get("title", spec["name"]), author=opts.get("author", ""),
                            creator="", subject="")
    flow = _pdf_flowables(spec["blocks"], styles, doc.width)
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)


def build_pdf_two_columns(spec, path):
    """Two-column layout; footnotes printed at the foot of the page on which they are referenced."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
    opts = spec["opts"]
    styles = _pdf_styles(opts.get("size", 9))
    notes = opts["notes"]  # id -> text
    W, H = A4
    lm, rm, tm, bm, gap = 18 * mm, 18 * mm, 18 * mm, 16 * mm, 8 * mm
    band = opts.get("note_band", 34 * mm)
    title_h = opts.get("title_height", 46 * mm)
    colw = (W - lm - rm - gap) / 2
    body_bottom = bm + band

    def frames(first):
        top = H - tm
        fr = []
        if first:
            fr.append(Frame(lm, top - title_h, W - lm - rm, title_h, id="title",
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
            top -= title_h
        hgt = top - body_bottom
        fr.append(Frame(lm, body_bottom, colw, hgt, id="left", leftPadding=0, rightPadding=0))
        fr.append(Frame(lm + colw + gap, body_bottom, colw, hgt, id="right", leftPadding=0,
                        rightPadding=0))
        return fr

    def page_end(canv, doc):
        canv.saveState()
        pg = canv.getPageNumber()
        ids = (doc._note_map or {}).get(pg, [])
        y = bm + band - 4 * mm
        if ids:
            canv.setLineWidth(0.4)
            canv.line(lm, y + 2 * mm, lm + 45 * mm, y + 2 * mm)
            for n in ids:
                p = Paragraph(f"<super>{n}</super> {_markup(notes[n])}", styles["note"])
                w, h = p.wrap(W - lm - rm, band)
                y -= h
                p.drawOn(canv, lm, y)
                y -= 1.2
        canv.setFont("Helvetica", 7.5)
        if opts.get("header"):
            canv.drawString(lm, H - 11 * mm, opts["header"])
        canv.drawRightString(W - rm, 9 * mm, f"{pg}")
        canv.restoreState()

    def make(target, note_map):
        doc = BaseDocTemplate(target, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                              bottomMargin=bm, invariant=1, title=opts.get("title", spec["name"]),
                              author=opts.get("author", ""), creator="", subject="")
        doc._note_map = note_map
        doc.addPageTemplates([
            PageTemplate(id="first", frames=frames(True), onPageEnd=page_end),
            PageTemplate(id="later", frames=frames(False), onPageEnd=page_end),
        ])
        blocks = [("nexttemplate", "later")] + list(spec["blocks"])
        doc.build(_pdf_flowables(blocks, styles, colw))

    # pass 1: find the pages of the anchors
    _NoteAnchor.registry = {}
    make(io.BytesIO(), {})
    note_map = _NoteAnchor.registry
    _NoteAnchor.registry = {}
    make(path, note_map)
    if _NoteAnchor.registry != note_map:
        raise RuntimeError("footnote pages moved between passes")
    _NoteAnchor.registry = None


# --------------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag):
    return "{%s}%s" % (W_NS, tag)


_REV = {"id": 100}


def _add_runs(par, text, bold=False, italic=False, author="", date=""):
    """Add text to a python-docx paragraph. Markup: {+inserted+} {-deleted-} (tracked changes),
    **bold**."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    parts = re.split(r"(\{\+.*?\+\}|\{-.*?-\})", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("{+"):
            ins = OxmlElement("w:ins")
            _REV["id"] += 1
            ins.set(qn("w:id"), str(_REV["id"]))
            ins.set(qn("w:author"), author)
            ins.set(qn("w:date"), date)
            r = OxmlElement("w:r")
            if bold:
                rpr = OxmlElement("w:rPr")
                rpr.append(OxmlElement("w:b"))
                r.append(rpr)
            t = OxmlElement("w:t")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = part[2:-2]
            r.append(t)
            ins.append(r)
            par._p.append(ins)
        elif part.startswith("{-"):
            dele = OxmlElement("w:del")
            _REV["id"] += 1
            dele.set(qn("w:id"), str(_REV["id"]))
            dele.set(qn("w:author"), author)
            dele.set(qn("w:date"), date)
            r = OxmlElement("w:r")
            t = OxmlElement("w:delText")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = part[2:-2]
            r.append(t)
            dele.append(r)
            par._p.append(dele)
        else:
            for j, seg in enumerate(re.split(r"\*\*", part)):
                if seg:
                    run = par.add_run(seg)
                    run.bold = bold or (j % 2 == 1)
                    run.italic = italic


def _ensure_multilevel_numbering(document, num_id=90):
    """Add a two-level decimal list (1. / 1.1) to numbering.xml; return its numId."""
    from docx.oxml import parse_xml
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{num_id}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>'
        '<w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="851" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%3."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1276" w:hanging="425"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    num = parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}">'
                    f'<w:abstractNumId w:val="{num_id}"/></w:num>')
    first_num = numbering.find(_w("num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return num_id


def _set_numbering(par, num_id, level):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)


def build_docx(spec, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    opts = spec["opts"]
    _REV["id"] = 100
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = d.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(opts.get("size", 10.5))
    author = opts.get("rev_author", "")
    date = opts.get("rev_date", "2025-06-12T10:00:00Z")
    num_id = None
    for b in spec["blocks"]:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_runs(p, b[1], bold=True, author=author, date=date)
            for r in p.runs:
                r.font.size = Pt(15)
        elif kind == "sub":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_runs(p, b[1], italic=True, author=author, date=date)
        elif kind in ("h1", "h2", "h3"):
            p = d.add_paragraph(style={"h1": "Heading 1", "h2": "Heading 2", "h3": "Heading 3"}[kind])
            _add_runs(p, b[1], author=author, date=date)
        elif kind == "p":
            p = d.add_paragraph()
            _add_runs(p, b[1], author=author, date=date)
        elif kind == "pb":
            p = d.add_paragraph()
            _add_runs(p, b[1], bold=True, author=author, date=date)
        elif kind == "bullet":
            p = d.add_paragraph(style="List Bullet")
            _add_runs(p, b[1], author=author, date=date)
        elif kind in ("n0", "n1", "n2"):  # Word auto-numbering, level 0/1/2
            if num_id is None:
                num_id = _ensure_multilevel_numbering(d)
            lvl = int(kind[1])
            p = d.add_paragraph()
            _set_numbering(p, num_id, lvl)
            if lvl == 0:
                p.paragraph_format.space_before = Pt(10)
                p.paragraph_format.keep_with_next = True
            _add_runs(p, b[1], bold=(lvl == 0), author=author, date=date)
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    _add_runs(cell.paragraphs[0], c, bold=(i == 0), author=author, date=date)
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = opts.get("author", "")
    cp.last_modified_by = opts.get("author", "")
    cp.title = opts.get("title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    _rewrite_zip(buf.getvalue(), path)


def _rewrite_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# --------------------------------------------------------------------------------------------------
# TXT / MD
# --------------------------------------------------------------------------------------------------

def build_text(spec, path):
    text = spec["blocks"]
    if not text.endswith("\n"):
        text += "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# --------------------------------------------------------------------------------------------------
# Extraction and check
# --------------------------------------------------------------------------------------------------

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
        import xml.etree.ElementTree as ET
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(_w("p")):
            paras.append("".join(t.text or "" for t in p.iter(_w("t"))))
        return "\n".join(paras)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def expected_json(spec):
    return {"description": spec["description"], "split": "train", "statuses": spec["statuses"],
            "evidence": spec["evidence"]}


def build(spec):
    path = os.path.join(HERE, spec["name"] + "." + spec["fmt"])
    {"pdf": build_pdf, "docx": build_docx, "txt": build_text, "md": build_text}[spec["fmt"]](spec, path)
    with open(os.path.join(HERE, spec["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected_json(spec), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


def check(nums):
    ok = True
    for n in nums:
        spec = DOCS[n]
        path = os.path.join(HERE, spec["name"] + "." + spec["fmt"])
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append(f"too large: {size}")
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa: BLE001
                errs.append(f"cannot open: {e}")
                text = ""
            for k, v in spec["evidence"].items():
                if spec["statuses"][k] != "present":
                    errs.append(f"evidence for non-present item {k}")
                if norm(v) not in text:
                    errs.append(f"evidence {k} not found: {v!r}")
            jp = os.path.join(HERE, spec["name"] + ".expected.json")
            try:
                with open(jp, encoding="utf-8") as f:
                    if json.load(f) != expected_json(spec):
                        errs.append("expected.json differs from table")
            except FileNotFoundError:
                errs.append("expected.json missing")
            words = len(text.split())
        st_ = "".join({"present": "p", "weak": "w", "missing": "m", "not_applicable": "n"}[
            spec["statuses"][k]] for k in "abcdefghij")
        if errs:
            ok = False
            print(f"FAIL {spec['name']}: " + "; ".join(errs))
        else:
            print(f"ok   {spec['name']}.{spec['fmt']}  {st_}  {words} words  "
                  f"{os.path.getsize(path)} bytes")
    return ok


# ==================================================================================================
# 213  Interne regeling AOC as a board decision (PDF) -- Bommelerwaard, groen/teelt -- compliant
# ==================================================================================================
add(213, "besluit_interne_regeling_aoc_bommelerwaard_teelt", "pdf",
    "Besluit van het college van bestuur (PDF) waarin een AOC in de Bommelerwaard een interne regeling "
    "vaststelt voor de route Groen (kader) - Vakbekwaam medewerker teelt niveau 3; besluitvorm met "
    "gelet op/overwegende/besluit en artikelen; volledig: a-g aanwezig (g: uitdrukkelijk geen "
    "overdracht), h-j niet van toepassing omdat het een interne regeling is.",
    st("pppppppnnn"),
    {"a": "Artikel 2 De route", "b": "Artikel 3 Telers en leerbedrijven in de route",
     "c": "Artikel 4 Routeleiding", "d": "Artikel 5 Informatie en verantwoording",
     "e": "Artikel 6 Inrichting van het onderwijs", "f": "Artikel 7 Overstap",
     "g": "Artikel 8 Bekostiging"},
    [
        ("title", "BESLUIT VAN HET COLLEGE VAN BESTUUR"),
        ("sub", "Stichting Agrarisch Opleidingscentrum Bommelerwaard"),
        ("sub", "Besluitnummer CvB 2025/041 \u2014 vergadering van 24 juni 2025"),
        ("sub", "Onderwerp: vaststelling Interne regeling doorlopende leerroute Groen \u2013 "
                "Vakbekwaam medewerker teelt"),
        ("space", 8),
        ("p", "Het college van bestuur van de Stichting Agrarisch Opleidingscentrum Bommelerwaard, "
              "statutair gevestigd te Zaltbommel, handelend als bevoegd gezag van Groencollege "
              "Bommelerwaard vmbo (school voor voorbereidend beroepsonderwijs) en van Groencollege "
              "Bommelerwaard mbo (agrarisch opleidingscentrum), hierna samen: het AOC,"),
        ("p", "**gelet op**"),
        ("li", "artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020;"),
        ("li", "artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;"),
        ("p", "**overwegende dat**"),
        ("li", "het AOC de doorlopende leerroute volledig binnen \u00e9\u00e9n rechtspersoon verzorgt, "
               "zodat in plaats van een samenwerkingsovereenkomst een interne regeling wordt "
               "vastgesteld;"),
        ("li", "de fruit- en boomteelt in de Bommelerwaard structureel vakkrachten op niveau 3 zoekt en "
               "leerlingen met het profiel Groen daarvoor een ononderbroken leerweg verdienen;"),
        ("li", "de directeuren van de vmbo- en de mbo-afdeling het voorstel gezamenlijk hebben "
               "voorbereid en de ondernemingsraad op 3 juni 2025 positief heeft geadviseerd;"),
        ("pc", "BESLUIT"),
        ("p", "vast te stellen de navolgende regeling."),
        ("space", 4),
        ("pc", "INTERNE REGELING DOORLOPENDE LEERROUTE GROEN \u2013 VAKBEKWAAM MEDEWERKER TEELT"),
        ("h", "Artikel 1 Begrippen"),
        ("p", "In deze regeling wordt verstaan onder:"),
        ("num", "a.", "route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2.107a WVO 2020, "
                      "zoals beschreven in artikel 2;"),
        ("num", "b.", "vmbo-afdeling: Groencollege Bommelerwaard vmbo, locatie Oude Bommelseweg te "
                      "Zaltbommel;"),
        ("num", "c.", "mbo-afdeling: Groencollege Bommelerwaard mbo, locatie De Wardt te Zaltbommel, "
                      "met het praktijkcentrum Fruitcentrum Hurwenen;"),
        ("num", "d.", "deelnemer: de leerling of student die aan de route deelneemt;"),
        ("num", "e.", "routejaar: een leerjaar van de route, te tellen vanaf leerjaar 3 van de "
                      "vmbo-afdeling;"),
        ("num", "f.", "routeleiding: de leiding over de route, bedoeld in artikel 4."),
        ("h", "Artikel 2 De route"),
        ("num", "1.", "De route verbindt het profiel Groen van de kaderberoepsgerichte leerweg met de "
                      "beroepsopleiding Vakbekwaam medewerker teelt (niveau 3, beroepsopleidende "
                      "leerweg), uitstroomrichting fruitteelt of boomteelt, in het aanverwante "
                      "opleidingsdomein Voedsel, natuur en leefomgeving."),
        ("num", "2.", "De route begint in leerjaar 3 van de vmbo-afdeling en omvat vijf routejaren. De "
                      "deelnemer sluit routejaar 2 af met het eindexamen van de kaderberoepsgerichte "
                      "leerweg en routejaar 5 met het mbo-diploma."),
        ("num", "3.", "Het AOC meldt de route als doorlopende leerroute in het Register Instellingen en "
                      "Opleidingen, voor het eerst v\u00f3\u00f3r 1 oktober 2025."),
        ("h", "Artikel 3 Telers en leerbedrijven in de route"),
        ("num", "1.", "Het AOC betrekt het regionale bedrijfsleven via de Telerskring Bommelerwaard en de "
                      "erkende leerbedrijven in de fruit- en boomteelt waarmee de mbo-afdeling een "
                      "leerbedrijfovereenkomst heeft; bij de start zijn dat er elf."),
        ("num", "2.", "Twee keer per schooljaar komt een klankbordgroep bijeen van drie telers, een "
                      "vertegenwoordiger van een loonbedrijf en de routeregisseur. De klankbordgroep "
                      "adviseert over de keuzevakken en keuzedelen en over de seizoensplanning van het "
                      "praktijkonderwijs."),
        ("num", "3.", "De leerbedrijven ontvangen deelnemers in routejaar 1 en 2 voor praktijkdagen in de "
                      "pluk- en de snoeiperiode en bieden vanaf routejaar 3 plaatsen voor de "
                      "beroepspraktijkvorming. Praktijkopleiders van de leerbedrijven beoordelen mee bij "
                      "de proeve van bekwaamheid."),
        ("h", "Artikel 4 Routeleiding"),
        ("num", "1.", "De routeleiding bestaat uit de teamleider Groen van de vmbo-afdeling, de "
                      "opleidingsmanager Teelt en Techniek van de mbo-afdeling en een routeregisseur."),
        ("num", "2.", "De routeregisseur wordt op gezamenlijke voordracht van de directeuren van de vmbo- "
                      "en de mbo-afdeling door het college van bestuur aangesteld voor drie schooljaren; "
                      "verlenging is mogelijk. De teamleider en de opleidingsmanager maken op grond van "
                      "hun functie deel uit van de routeleiding; bij langdurige afwezigheid wijst het "
                      "college een vervanger aan."),
        ("num", "3.", "De routeleiding is belast met het jaarlijks opstellen van het routeplan en de "
                      "lessentabel, de afstemming van roosters tussen beide afdelingen, de toelating van "
                      "leerlingen tot de route binnen de in het routeplan vastgelegde criteria, de "
                      "begeleiding van overstappende deelnemers en het contact met de klankbordgroep."),
        ("num", "4.", "Het college mandateert de routeleiding om binnen het vastgestelde budget en de "
                      "toegekende formatie te beslissen over de verdeling van lesuren en de inzet van "
                      "docenten in de route. Besluiten over aanstelling of ontslag van personeel, over "
                      "investeringen boven \u20ac 10.000 en over wijziging van deze regeling blijven aan "
                      "het college voorbehouden."),
        ("h", "Artikel 5 Informatie en verantwoording"),
        ("num", "1.", "De routeleiding zendt het college van bestuur tweemaal per jaar, uiterlijk 15 "
                      "februari en 15 juli, een voortgangsrapportage met de in-, door- en uitstroom, de "
                      "examenresultaten, het aantal overstappen en de besteding van het routebudget."),
        ("num", "2.", "Eenmaal per jaar, in oktober, legt de routeleiding in het managementgesprek met het "
                      "college en de beide directeuren verantwoording af over het afgelopen schooljaar; "
                      "de uitkomsten worden schriftelijk vastgelegd."),
        ("num", "3.", "Ontwikkelingen die de continu\u00efteit van de route raken, zoals het wegvallen van "
                      "leerbedrijven of een dreigend tekort aan bevoegde docenten, meldt de routeleiding "
                      "onverwijld aan het college."),
        ("h", "Artikel 6 Inrichting van het onderwijs"),
        ("num", "1.", "Routejaar 1 en 2 worden gegeven op de vmbo-locatie; het praktijkonderwijs vindt "
                      "\u00e9\u00e9n dag per week plaats op het Fruitcentrum Hurwenen. Routejaar 3 tot en "
                      "met 5 worden verzorgd door de mbo-afdeling op locatie De Wardt en bij de "
                      "leerbedrijven."),
        ("num", "2.", "Het onderwijsprogramma en de examinering per routejaar, met de aanduiding van "
                      "vmbo-, mbo- en gecombineerde onderdelen, zijn opgenomen in het gezamenlijke "
                      "PTA/OER van de route, dat het college jaarlijks v\u00f3\u00f3r 1 oktober vaststelt. "
                      "Het centraal examen vmbo wordt afgenomen in routejaar 2."),
        ("num", "3.", "Docenten van beide afdelingen vormen \u00e9\u00e9n routeteam. Docenten teelt van de "
                      "mbo-afdeling verzorgen in routejaar 1 en 2 wekelijks vier lesuren praktijk; de "
                      "vmbo-docenten Nederlands en rekenen blijven in routejaar 3 betrokken bij de "
                      "generieke vakken. Voor het vak- en sectoroverstijgende programmaonderdeel 'Teelt "
                      "van zaai tot oogst' wordt gebruikgemaakt van de teambevoegdheid, bedoeld in "
                      "artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; elk onderdeel valt onder de "
                      "verantwoordelijkheid van een daarvoor bevoegde docent."),
        ("num", "4.", "Deelnemers in de vmbo-fase gebruiken de boomgaard, de koelcel, de "
                      "trekkerwerkplaats en de spuitlicentieruimte van de mbo-afdeling. Het personeel van "
                      "de mbo-afdeling maakt gebruik van de praktijklokalen en de ICT-voorzieningen van de "
                      "vmbo-locatie. Het routerooster regelt de verdeling van de ruimten."),
        ("num", "5.", "De klachtenregeling van het AOC is op de gehele route van toepassing."),
        ("h", "Artikel 7 Overstap"),
        ("num", "1.", "Wil of kan een deelnemer in routejaar 1 of 2 de route niet voortzetten, dan vervolgt "
                      "hij zijn opleiding in de reguliere kaderberoepsgerichte leerweg, in het profiel "
                      "Groen of, als hij dat wil, in een ander profiel van de vmbo-afdeling, gericht op het "
                      "vmbo-diploma."),
        ("num", "2.", "Heeft een deelnemer aan het eind van routejaar 3 het vmbo-diploma niet behaald, dan "
                      "kan hij de opleiding Vakbekwaam medewerker teelt voortzetten of instromen in "
                      "Medewerker teelt (niveau 2) of een andere opleiding van de mbo-afdeling op niveau "
                      "2 of 3; vooropleidingseisen worden daarbij niet gesteld."),
        ("num", "3.", "Stopt een deelnemer in routejaar 3 tot en met 5, dan biedt de mbo-afdeling een "
                      "plaats in een andere opleiding op niveau 3 binnen het domein, zoals Vakbekwaam "
                      "hovenier of Vakbekwaam medewerker dierverzorging, of op niveau 2 als dat beter "
                      "past, telkens gericht op het mbo-diploma. Kiest hij voor een andere instelling, "
                      "dan helpt de mbo-afdeling bij de aanmelding en het geschiktheidsonderzoek."),
        ("num", "4.", "Over de overstap beslissen de teamleider Groen en de opleidingsmanager gezamenlijk, "
                      "na een gesprek met de deelnemer en zijn ouders of verzorgers. Zij wegen het "
                      "bereikte onderwijsniveau en de leeftijd van de deelnemer en leggen het besluit en "
                      "de afgesproken vervolgroute binnen vier weken vast in een overstapplan."),
        ("h", "Artikel 8 Bekostiging"),
        ("p", "Binnen de route vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a "
              "WVO 2020 of artikel 9.1.15 WEB. De rijksbijdrage voor routejaar 1 en 2 komt ten goede aan "
              "de begroting van de vmbo-afdeling, die voor routejaar 3 tot en met 5 aan de begroting van "
              "de mbo-afdeling; de inzet van docenten over en weer wordt niet verrekend."),
        ("h", "Artikel 9 Slotbepalingen"),
        ("num", "1.", "Deze regeling treedt in werking op 1 augustus 2025 en geldt voor het eerst voor de "
                      "leerlingen die in het schooljaar 2025-2026 in leerjaar 3 instromen."),
        ("num", "2.", "De routeleiding evalueert de regeling na drie schooljaren. Het college kan de "
                      "regeling wijzigen na advies van de ondernemingsraad en de deelraad vmbo."),
        ("num", "3.", "Deze regeling wordt aangehaald als: Interne regeling route Groen-Teelt."),
        ("space", 8),
        ("p", "Aldus vastgesteld door het college van bestuur in zijn vergadering van 24 juni 2025 te "
              "Zaltbommel."),
        ("space", 14),
        ("sig", "drs. M.A. van Wijk, voorzitter college van bestuur"),
        ("space", 14),
        ("sig", "ir. H.T. Kortlever, lid college van bestuur"),
    ],
    title="Besluit CvB 2025/041 interne regeling route Groen-Teelt", author="AOC Bommelerwaard",
    header="AOC Bommelerwaard \u2014 besluit CvB 2025/041")


# ==================================================================================================
# 214  Word auto-numbering + tracked changes (DOCX) -- Gooi en Vechtstreek, MVI -> Mediavormgever 4
#      defects: c weak (no appointment of the leiding), g weak (transfer without bestemming)
# ==================================================================================================
_A214 = "M. Verbeek (ROC Gooi en Vecht)"
add(214, "autonummering_bijgehouden_gooi_mediavormgever", "docx",
    "Word-document met automatische nummering (1./1.1) en zichtbaar bijgehouden wijzigingen, Gooi en "
    "Vechtstreek, MVI gemengde leerweg - Mediavormgever niveau 4; gebreken: c zwak (samenstelling en "
    "taken van het routeteam wel, maar niet wie de leden/de routecoordinator aanwijst), g zwak "
    "(overdracht van een bedrag per leerling zonder bestemming).",
    st("ppwpppwppp"),
    {"a": "De leerroute", "b": "Betrokkenheid van het werkveld", "d": "Informatie en verantwoording",
     "e": "Inrichting van onderwijs, personeel en faciliteiten", "f": "Overstapmogelijkheden",
     "h": "Aanvullende afspraken over medezeggenschap", "i": "Meningsverschillen tussen partijen",
     "j": "Looptijd, toetreding, wijziging en opzegging"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Media, vormgeving en ICT \u2013 "
                  "Mediavormgever (niveau 4)"),
        ("sub", "Tekst ter ondertekening \u2013 de wijzigingen uit de laatste leesronde van juni 2025 zijn "
                "zichtbaar gelaten"),
        ("pb", "De ondergetekenden:"),
        ("p", "Stichting Openbaar Voortgezet Onderwijs Gooi en Vechtstreek, gevestigd te Hilversum, bevoegd "
              "gezag van het Dudok Vakcollege (school voor vmbo), rechtsgeldig vertegenwoordigd door "
              "mevrouw drs. A.C. Brouwer, voorzitter van het college van bestuur, hierna: de school;"),
        ("p", "en"),
        ("p", "Stichting Beroepsonderwijs Gooi en Vecht, gevestigd te Hilversum, bevoegd gezag van ROC "
              "Gooi en Vecht, rechtsgeldig vertegenwoordigd door de heer R.J. Lamberts MBA, voorzitter "
              "van het college van bestuur, hierna: het ROC;"),
        ("p", "hierna samen: partijen, komen het volgende overeen."),
        ("n0", "Onderwerp van de overeenkomst"),
        ("n1", "Partijen verzorgen op grond van deze overeenkomst gezamenlijk een doorlopende leerroute "
               "vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB, hierna: de route."),
        ("n1", "De school en het ROC melden de route ieder voor zich in het Register Instellingen en "
               "Opleidingen, {+uiterlijk +}v\u00f3\u00f3r 1 oktober 2025."),
        ("n0", "De leerroute"),
        ("n1", "De route begint in leerjaar 3 van de gemengde leerweg van de school, profiel Media, "
               "vormgeving en ICT, met de keuzevakken Fotografie, Vormgeving en animatie en Interactieve "
               "media."),
        ("n1", "De route loopt door in de opleiding Mediavormgever (niveau 4, middenkaderopleiding, "
               "beroepsopleidende leerweg) van het ROC, kwalificatiedossier Mediavormgeving, in het "
               "opleidingsdomein ICT en creatieve industrie."),
        ("n1", "De route duurt vijf schooljaren: twee routejaren in de vo-fase en drie in de mbo-fase. "
               "Doordat overlap tussen vmbo- en mbo-stof vervalt, is de mbo-fase een jaar korter dan de "
               "reguliere opleiding."),
        ("n0", "Betrokkenheid van het werkveld"),
        ("n1", "Het werkveld is in de route vertegenwoordigd door Stichting Mediawerf Gooi, het netwerk "
               "van creatieve bedrijven rond het Media Park, en door de erkende leerbedrijven van het ROC "
               "voor mediavormgeving, onder wie Studio Kade 12 (Hilversum), Drukkerij Oranjeboom (Bussum) "
               "en Lichtbak Producties (Hilversum)."),
        ("n1", "Mediawerf levert per schooljaar {-drie-}{+vier+} levensechte opdrachten ('live briefings') "
               "voor de leerlingen in routejaar 1 en 2 en zit de eindpresentatie daarvan mee voor."),
        ("n1", "De leerbedrijven bieden snuffelstages in routejaar 2 en bpv-plaatsen vanaf routejaar 3. "
               "Hun praktijkopleiders beoordelen het portfolio mee bij de examens van de mbo-fase."),
        ("n1", "De werkveldcommissie Creatieve Industrie van het ROC bespreekt jaarlijks het programma van "
               "de route en adviseert partijen over de keuze van keuzedelen."),
        ("n0", "Leiding over de route"),
        ("n1", "De dagelijkse leiding over de route ligt bij het routeteam. Het routeteam bestaat uit de "
               "afdelingsleider bovenbouw van de school, de teamleider Mediavormgeving van het ROC en een "
               "routecoördinator."),
        ("n1", "De routecoördinator is een docent met een bevoegdheid voor het vmbo of het mbo en "
               "ervaring in beide onderwijssoorten. De coördinatietaak is begroot op 0,3 fte."),
        ("n1", "Het routeteam draagt zorg voor:"),
        ("n2", "de programmering van de route per routejaar;"),
        ("n2", "de voorbereiding van het gezamenlijke PTA/OER;"),
        ("n2", "de intake en de plaatsing van leerlingen in de route;"),
        ("n2", "de planning van de gezamenlijke lessen en projecten;"),
        ("n2", "het contact met het werkveld en de werkveldcommissie;"),
        ("n2", "de begeleiding van leerlingen die overstappen."),
        ("n1", "Partijen dragen het routeteam op om zelfstandig te beslissen over het rooster, de "
               "verdeling van projecten en de inzet van docenten binnen de afgesproken uren. Besluiten "
               "met financi\u00eble gevolgen buiten het routebudget en de vaststelling van het PTA/OER "
               "legt het routeteam voor aan beide colleges van bestuur."),
        ("n0", "Informatie en verantwoording"),
        ("n1", "Het routeteam stelt twee keer per jaar, in januari en in juni, een voortgangsrapportage "
               "op voor beide colleges van bestuur, met ten minste de instroom en uitval, de "
               "studieresultaten, de tevredenheid van leerlingen en werkveld en de besteding van het "
               "routebudget."),
        ("n1", "Jaarlijks in oktober vindt een bestuurlijk overleg plaats waarin het routeteam "
               "verantwoording aflegt over het voorgaande schooljaar en het jaarplan toelicht.{+ Van dit "
               "overleg wordt een besluitenlijst gemaakt.+}"),
        ("n0", "Inrichting van onderwijs, personeel en faciliteiten"),
        ("n1", "Routejaar 1 en 2 vinden plaats in het gebouw van het Dudok Vakcollege; op woensdag werken "
               "de leerlingen in de mediastudio's van de Mediacampus van het ROC. Routejaar 3 tot en met "
               "5 vinden plaats op de Mediacampus en bij de leerbedrijven."),
        ("n1", "Het onderwijsprogramma en de examinering per routejaar worden beschreven in een "
               "gezamenlijk PTA/OER, dat beide besturen jaarlijks v\u00f3\u00f3r 1 oktober vaststellen. "
               "Het centraal examen vmbo wordt afgenomen in routejaar 2."),
        ("n1", "Twee docenten mediavormgeving van het ROC geven in routejaar 1 en 2 samen acht lesuren per "
               "week op de school{-, in nauwe afstemming met de sectie MVI-}. Zij blijven in dienst van het "
               "ROC. Voor het project 'Beeld en boodschap' werken docenten van beide partijen als team "
               "met toepassing van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; voor elk "
               "programmaonderdeel is een bevoegde docent verantwoordelijk."),
        ("n1", "Leerlingen in de vo-fase gebruiken de fotostudio, de greenscreenstudio en de "
               "printwerkplaats van de Mediacampus; de school stelt haar Mac-lokaal en de "
               "softwarelicenties open voor docenten van het ROC. Wederzijds gebruik van ruimten en "
               "apparatuur wordt niet afzonderlijk in rekening gebracht."),
        ("n1", "Leerlingen staan in routejaar 1 en 2 ingeschreven bij de school en vanaf routejaar 3 bij "
               "het ROC. De klachtenregeling van elke partij is ook van toepassing op gedragingen van "
               "medewerkers van de andere partij binnen de route."),
        ("n0", "Overstapmogelijkheden"),
        ("n1", "Stopt een leerling in routejaar 1 of 2 met de route, dan zet hij zijn opleiding voort in "
               "de gemengde leerweg van de school, in het profiel MVI of een ander profiel, of in de "
               "kaderberoepsgerichte leerweg, met het oog op het behalen van een vmbo-diploma."),
        ("n1", "Heeft een leerling aan het eind van routejaar 3 zijn vmbo-diploma niet gehaald, dan kan "
               "hij zonder vooropleidingseisen verder in de opleiding Mediavormgever of overstappen naar "
               "een andere opleiding van het ROC op niveau 3 of 4 in hetzelfde domein."),
        ("n1", "Stopt een student in de mbo-fase, dan biedt het ROC een plaats in een andere opleiding op "
               "hetzelfde niveau of, als dat beter past, op niveau 3. Wil de student naar een andere "
               "instelling, dan begeleidt het ROC de aanmelding en het geschiktheidsonderzoek."),
        ("n1", "De afdelingsleider van de school en de teamleider van het ROC besluiten samen over de "
               "overstap, na een gesprek met de leerling en zijn ouders, op basis van het bereikte "
               "onderwijsniveau en de leeftijd van de leerling. Het besluit wordt binnen drie weken "
               "vastgelegd in een overstapplan."),
        ("n0", "Financiële afspraken"),
        ("n1", "De school draagt met toepassing van artikel 5.42a WVO 2020 voor iedere leerling die op 1 "
               "oktober in routejaar 1 of 2 staat ingeschreven een bedrag van \u20ac 1.240 per schooljaar "
               "over aan het ROC."),
        ("n1", "Het ROC stelt de school in november een factuur; betaling volgt binnen dertig dagen. Het "
               "bedrag wordt jaarlijks per 1 augustus ge\u00efndexeerd met de prijsbijstelling van de "
               "lumpsum voortgezet onderwijs."),
        ("n1", "Voor het overige draagt iedere partij haar eigen kosten."),
        ("n0", "Aanvullende afspraken over medezeggenschap"),
        ("n1", "In aanvulling op de Wet medezeggenschap op scholen en hoofdstuk 8a WEB mogen leerlingen "
               "in routejaar 2 met twee vertegenwoordigers de vergaderingen van de studentenraad van de "
               "Mediacampus bijwonen, met spreekrecht."),
        ("n1", "Een voornemen tot wijziging of be\u00ebindiging van deze overeenkomst legt de school voor "
               "advies voor aan haar medezeggenschapsraad en het ROC aan de studentenraad en de "
               "ondernemingsraad."),
        ("n1", "Eenmaal per jaar organiseren partijen een gezamenlijke bijeenkomst van de leden van de "
               "medezeggenschapsraad en de studentenraad over de route."),
        ("n0", "Meningsverschillen tussen partijen"),
        ("n1", "Een meningsverschil over de uitvoering van deze overeenkomst wordt eerst in het routeteam "
               "besproken. Komt het routeteam er binnen vier weken niet uit, dan legt het de kwestie "
               "{+schriftelijk +}voor aan een bestuurlijk overleg van beide colleges van bestuur."),
        ("n1", "Leidt het bestuurlijk overleg niet binnen zes weken tot een oplossing, dan schakelen "
               "partijen een MfN-registermediator in; de kosten worden gedeeld."),
        ("n1", "Blijft ook de mediation zonder resultaat, dan wordt het geschil voorgelegd aan de "
               "bevoegde rechter van de rechtbank Midden-Nederland."),
        ("n0", "Looptijd, toetreding, wijziging en opzegging"),
        ("n1", "Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd."),
        ("n1", "Een andere vmbo-school of mbo-instelling in de regio kan tot de overeenkomst toetreden "
               "als zij het profiel MVI of een verwante opleiding aanbiedt, alle partijen schriftelijk "
               "instemmen en zij een toetredingsverklaring ondertekent. De toetreding gaat in per 1 "
               "augustus en laat de route van leerlingen die al zijn ingestroomd ongemoeid; de partijen "
               "melden de nieuwe deelnemer aan DUO."),
        ("n1", "Wijziging van de overeenkomst is alleen mogelijk bij een schriftelijk stuk dat door beide "
               "colleges van bestuur is ondertekend. Wijzigingen van het programma gelden voor nieuwe "
               "cohorten, tenzij zij de lopende cohorten aantoonbaar niet benadelen."),
        ("n1", "Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met "
               "inachtneming van een opzegtermijn van {-zes-}{+twaalf+} maanden. Na opzegging stromen geen "
               "nieuwe leerlingen meer in; leerlingen die al in de route zitten, ronden die af en partijen "
               "blijven hun verplichtingen tegenover deze cohorten nakomen."),
        ("n1", "Bij ontbinding wegens ernstige tekortkoming of het wegvallen van een partij zorgen partijen "
               "ervoor dat lopende leerlingen hun opleiding kunnen afmaken, zo nodig via de "
               "overstapmogelijkheden van deze overeenkomst."),
        ("n0", "Slotbepalingen"),
        ("n1", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("n1", "Het PTA/OER van de route wordt jaarlijks als bijlage bij deze overeenkomst gevoegd."),
        ("p", "Aldus opgemaakt in tweevoud en ondertekend te Hilversum op 30 juni 2025."),
        ("table", [["Namens de school", "Namens het ROC"],
                   ["drs. A.C. Brouwer, voorzitter college van bestuur",
                    "R.J. Lamberts MBA, voorzitter college van bestuur"]]),
    ],
    title="SOK DLR MVI - Mediavormgever", author="ROC Gooi en Vecht", rev_author=_A214,
    rev_date="2025-06-12T10:15:00Z")


# ==================================================================================================
# 215  Question-and-answer document "Wat als ...? Dan ..." (TXT), very short -- Groningen,
#      Dienstverlening en producten (kader) -> Sport- en bewegingsleider niveau 3 -- compliant
# ==================================================================================================
add(215, "wat_als_dan_groningen_sport", "txt",
    "Zeer korte platte tekst in vraag-en-antwoordvorm ('Wat als ...? Dan ...'), Groningen, "
    "Dienstverlening en producten kader - Sport- en bewegingsleider niveau 3; volledig: alle punten "
    "in korte antwoorden geregeld, g als uitdrukkelijk geen overdracht, h met extra afspraken "
    "(leerlingen als vaste gasten in de studentenraad).",
    st("pppppppppp"),
    {"a": "Welke route bieden we samen aan?", "b": "Wie uit de sportwereld doet mee?",
     "c": "Wie heeft de leiding over de route?", "d": "Hoe houden de besturen zicht op de route?",
     "e": "Waar en door wie wordt lesgegeven?",
     "f": "Wat als een leerling wil of moet stoppen met de route?",
     "g": "Wat als er geld van de school naar het ROC moet?",
     "h": "Wat als leerlingen of ouders willen meepraten?",
     "i": "Wat als school en ROC het niet eens worden?",
     "j": "Wat als een andere school mee wil doen, of als er iets moet veranderen of stoppen?"},
    """SAMENWERKINGSOVEREENKOMST IN VRAAG EN ANTWOORD
Doorlopende leerroute Dienstverlening en producten (kader) - Sport- en bewegingsleider (niveau 3)

Tussen Stichting Openbaar Voortgezet Onderwijs Hunze-Reitdiep, bevoegd gezag van Vakschool Reitdiep
te Groningen (hierna: de school), en Stichting Beroepsonderwijs Ommeland, bevoegd gezag van ROC
Ommeland te Groningen (hierna: het ROC). De antwoorden hieronder zijn geen uitleg maar afspraken:
beide besturen binden zich eraan.


Welke route bieden we samen aan?
Leerlingen met het profiel Dienstverlening en producten in de kaderberoepsgerichte leerweg, met de
keuzevakken Sport en bewegen en Organiseren van een activiteit, gaan vanaf leerjaar 3 zonder knip
door naar de opleiding Sport- en bewegingsleider, niveau 3 (BOL), van het Sportcollege van het ROC,
in het opleidingsdomein Sport en bewegen. De route duurt vijf jaar. School en ROC melden haar ieder
in RIO.

Wie uit de sportwereld doet mee?
De werkveldtafel Sport Groningen (de buurtsportcoaches van de gemeente, Sportkoepel Ommeland en zes
erkende leerbedrijven: drie sportverenigingen, twee sportscholen en zwembad De Parrel) komt twee
keer per jaar bij elkaar en adviseert over het programma. De leerbedrijven bieden vanaf routejaar 2
meeloopplaatsen en vanaf routejaar 3 bpv-plaatsen, geven samen minstens vier gastlessen per jaar en
beoordelen mee bij de praktijkexamens.

Wie heeft de leiding over de route?
Een routeduo: de teamleider D&P van de school en de opleidingsmanager van het Sportcollege. Beide
colleges van bestuur wijzen hen samen aan, ook bij vervanging. Het duo maakt het jaarprogramma,
regelt rooster en inzet van docenten, beslist over toelating tot de route en over overstappen (zie
hieronder). Uitgaven boven het routebudget en wijzigingen van deze afspraken blijven bij de besturen.

Hoe houden de besturen zicht op de route?
Het routeduo stuurt elk jaar voor 1 december een routeverslag naar beide colleges van bestuur: in-,
door- en uitstroom, examenresultaten, overstappen en knelpunten. Het verslag wordt besproken in het
bestuurlijk overleg in januari. Ernstige problemen meldt het duo direct.

Waar en door wie wordt lesgegeven?
Routejaar 1 en 2 op Vakschool Reitdiep, routejaar 3 tot en met 5 op het Sportcollege. Twee docenten
sport van het ROC geven in routejaar 1 en 2 vier uur per week les op de school; de docenten LO van
de school begeleiden de meeloopdagen. Voor het project Beweegmaand werken zij als een team met
teambevoegdheid (art. 7.13a WVO 2020 / art. 9.1.12 WEB). De leerlingen gebruiken de sporthal en de
fitnessruimte van het ROC; de school stelt haar gymzalen open voor ROC-lessen. Programma en
examinering per leerjaar staan in het gezamenlijke PTA/OER, dat beide besturen elk jaar voor 1
oktober vaststellen.

Wat als er geld van de school naar het ROC moet?
Dan is het antwoord: dat gebeurt niet. Er wordt geen bekostiging overgedragen. Iedere partij betaalt
haar eigen docenten en ruimten.

Wat als een leerling wil of moet stoppen met de route?
Dan praten leerling, ouders en mentor met het routeduo. Het duo beslist samen, op basis van het
bereikte niveau en de leeftijd van de leerling:
- stopt de leerling in routejaar 1 of 2, dan gaat hij verder in de kaderberoepsgerichte leerweg van
  de school (D&P of een ander profiel) en haalt hij daar zijn vmbo-diploma;
- heeft hij aan het eind van routejaar 3 geen vmbo-diploma, dan gaat hij zonder vooropleidingseisen
  verder op het ROC, in de sportopleiding of in een andere opleiding op niveau 2 of 3, tot het
  mbo-diploma;
- stopt hij in de mbo-fase, dan krijgt hij een plek in een andere opleiding op niveau 3 van het ROC,
  of hulp bij aanmelding en geschiktheidsonderzoek als hij naar een andere instelling wil.

Wat als leerlingen of ouders willen meepraten?
Dan kunnen ze terecht bij de medezeggenschapsraad van de school (vo-fase) of de studentenraad van het
ROC (mbo-fase). Daarnaast spreken we af: twee leerlingen uit routejaar 2 schuiven als vaste gasten
aan bij de studentenraad van het Sportcollege, en de MR en de studentenraad bespreken elk jaar samen
het routeverslag.

Wat als school en ROC het niet eens worden?
Dan bespreekt eerst het routeduo het meningsverschil. Lukt het daar niet, dan volgt binnen vier weken
bestuurlijk overleg. Komen de besturen er ook niet uit, dan vragen zij bindend advies aan een
onafhankelijke deskundige die zij samen kiezen; kunnen zij het over die keuze niet eens worden, dan
wijst de voorzitter van de rechtbank Noord-Nederland de deskundige aan.

Wat als een andere school mee wil doen, of als er iets moet veranderen of stoppen?
Dan geldt:
- een andere vmbo-school of mbo-instelling kan per 1 augustus toetreden als beide besturen
  schriftelijk instemmen en de nieuwe partij deze afspraken tekent; de deelname wordt bij DUO gemeld;
- wijzigen kan alleen schriftelijk, getekend door beide besturen;
- opzeggen kan schriftelijk voor 1 februari, per 1 augustus daarna. Daarna stromen geen nieuwe
  leerlingen meer in; wie al in de route zit, maakt die af.
Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd.


Groningen, 30 juni 2025

Voor de school:                       Voor het ROC:
J. Hovinga, bestuurder                dr. E.M. Smit-Oosterhof, voorzitter college van bestuur
""")


# ==================================================================================================
# 216  Two-column PDF with footnotes -- Utrecht-West (Woerden), HBR kader -> Zelfstandig werkend
#      bakker niveau 3.  defects: f weak (procedure and deciders, but no alternative / diploma),
#      j weak (no protection of pupils on opzegging/ontbinding); h only describes the law -> n/a
# ==================================================================================================
_N216 = {
    1: "Artikel 2.107a, derde lid, WVO 2020: de kaderberoepsgerichte leerweg sluit aan op een "
       "vakopleiding (niveau 3) in een aanverwant opleidingsdomein of een aanverwante kwalificatie.",
    2: "De leerbedrijven zijn erkend door SBB. Partijen gaan uit van ten minste zeven actieve "
       "leerbedrijven per cohort.",
    3: "Partijen hebben zich bij de opzet van het PTA/OER gebaseerd op de landelijke handreiking "
       "PTA/OER voor doorlopende leerroutes (2021).",
    4: "Artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. De docenten blijven in dienst van hun eigen "
       "werkgever.",
    5: "Persoonsgegevens worden uitgewisseld met inachtneming van de AVG; het vervolgplan wordt in "
       "beide leerlingvolgsystemen opgenomen.",
    6: "Bouwsteen samenwerkingsovereenkomst, onderdeel h: aanvullende afspraken zijn mogelijk, maar "
       "alleen als aanvulling op het geldende regime.",
    7: "Onder een geschil valt niet een klacht van een leerling, ouder of student; daarvoor gelden de "
       "klachtenregelingen van partijen.",
}
add(216, "twee_kolommen_voetnoten_utrecht_west_bakker", "pdf",
    "PDF in twee kolommen met voetnoten onderaan de pagina, Utrecht-West (Woerden), Horeca, bakkerij "
    "en recreatie kader - Zelfstandig werkend bakker niveau 3, paragraaftekens als koppen; gebreken: "
    "f zwak (uitvoerige procedure en wie beslist, maar geen enkel alternatief of diploma waartoe de "
    "overstap leidt), j zwak (toetreding, wijziging en opzegging geregeld, maar niets over de "
    "gevolgen voor leerlingen/lopende cohorten); h beschrijft alleen de wet (niet van toepassing).",
    st("pppppwpnpw"),
    {"a": "\u00a7 2 De leerroute", "b": "\u00a7 3 Bakkers in de route", "c": "\u00a7 4 Leiding over de route",
     "d": "\u00a7 5 Verantwoording aan de besturen", "e": "\u00a7 6 Onderwijs, personeel en faciliteiten",
     "g": "\u00a7 8 Financi\u00ebn", "i": "\u00a7 10 Geschillen"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Bakkerij"),
        ("sub", "Oude Rijn College (vmbo) \u2013 ROC De Oude Rijn, Woerden"),
        ("sub", "Horeca, bakkerij en recreatie (kader) \u2192 Zelfstandig werkend bakker (niveau 3)"),
        ("sub", "Vastgesteld op 2 juli 2025"),
        ("framebreak",),
        ("h", "\u00a7 1 Partijen"),
        ("p", "Stichting Christelijk Voortgezet Onderwijs Utrecht-West, gevestigd te Woerden, bevoegd gezag "
              "van het Oude Rijn College (hierna: de school), vertegenwoordigd door de heer W.F. "
              "Kooistra, voorzitter van het college van bestuur,"),
        ("p", "en Stichting Regionaal Opleidingencentrum De Oude Rijn, gevestigd te Woerden (hierna: het "
              "ROC), vertegenwoordigd door mevrouw ir. S. Oudshoorn, lid van het college van bestuur,"),
        ("p", "komen het volgende overeen."),
        ("h", "\u00a7 2 De leerroute"),
        ("p", "2.1 Partijen verzorgen samen een doorlopende leerroute vmbo-mbo die het profiel Horeca, "
              "bakkerij en recreatie van de kaderberoepsgerichte leerweg van de school verbindt met de "
              "opleiding Zelfstandig werkend bakker, niveau 3, kwalificatiedossier Brood en banket, van "
              "het ROC.^1^"),
        ("anchor", [1]),
        ("p", "2.2 De route begint in leerjaar 3 van de school en duurt vijf jaar. In routejaar 1 en 2 "
              "kiezen de leerlingen de keuzevakken Brood en banket en Patisserie. Het vmbo-diploma wordt "
              "behaald aan het eind van routejaar 2."),
        ("p", "2.3 Partijen melden de route gezamenlijk aan de minister via het Register Instellingen en "
              "Opleidingen."),
        ("h", "\u00a7 3 Bakkers in de route"),
        ("p", "3.1 Partijen werken samen met de vereniging Ambachtelijke Bakkers Utrecht-West en met de "
              "erkende leerbedrijven in de regio, waaronder Bakkerij Van Schaik (Montfoort), Bakker "
              "Vermeulen (Woerden) en Broodfabriek De Meern.^2^"),
        ("anchor", [2]),
        ("p", "3.2 Ieder jaar organiseren de bakkers met de school een Bakkersdag waarop zij demonstraties "
              "geven en de leerlingen opdrachten uitvoeren. Leerlingen in routejaar 2 lopen acht "
              "zaterdagen mee in een leerbedrijf; vanaf routejaar 3 bieden de leerbedrijven plaatsen "
              "voor de beroepspraktijkvorming."),
        ("p", "3.3 Twee meesterbakkers nemen zitting in de beoordelingscommissie van de proeve van "
              "bekwaamheid. Het werkveldoverleg Bakkerij, met vertegenwoordigers van de vereniging en "
              "de leerbedrijven, adviseert partijen twee keer per jaar over het programma."),
        ("h", "\u00a7 4 Leiding over de route"),
        ("p", "4.1 De leiding over de route berust bij het routeoverleg. Daarin hebben zitting de "
              "teamleider HBR van de school, de opleidingsmanager Voeding van het ROC en de routeleider."),
        ("p", "4.2 De routeleider is een docent bakkerij en wordt door beide colleges van bestuur "
              "gezamenlijk benoemd voor twee schooljaren. De teamleider en de opleidingsmanager worden "
              "door hun eigen bestuur aangewezen."),
        ("p", "4.3 Het routeoverleg stelt het jaarrooster en de verdeling van de praktijkuren vast, "
              "beslist over de toelating van leerlingen tot de route en over de inzet van docenten "
              "binnen de formatie die partijen daarvoor beschikbaar stellen, en onderhoudt het contact "
              "met het werkveld. Besluiten met financi\u00eble gevolgen voor een van de partijen neemt het "
              "bevoegde bestuur zelf."),
        ("h", "\u00a7 5 Verantwoording aan de besturen"),
        ("p", "5.1 Het routeoverleg stuurt beide colleges van bestuur jaarlijks v\u00f3\u00f3r 1 november "
              "een routejaarverslag met cijfers over instroom, voortijdig vertrek en examenresultaten, "
              "en in februari een korte tussenrapportage."),
        ("p", "5.2 Het jaarverslag wordt besproken in het bestuurlijk overleg dat partijen ieder najaar "
              "houden; de besturen kunnen het routeoverleg daarbij om toelichting vragen."),
        ("h", "\u00a7 6 Onderwijs, personeel en faciliteiten"),
        ("p", "6.1 Routejaar 1 en 2 worden verzorgd op de school; de praktijklessen bakken vinden twee "
              "dagdelen per week plaats in de praktijkbakkerij van het ROC. Routejaar 3 tot en met 5 "
              "vinden plaats op het ROC en bij de leerbedrijven."),
        ("p", "6.2 Het onderwijsprogramma en de examinering per leerjaar zijn beschreven in het "
              "gezamenlijke PTA/OER, dat partijen jaarlijks v\u00f3\u00f3r 1 oktober vaststellen.^3^"),
        ("anchor", [3]),
        ("p", "6.3 Twee docenten bakkerij van het ROC verzorgen de praktijklessen in routejaar 1 en 2; de "
              "docent koken van de school verzorgt het onderdeel hygi\u00ebne en voedselveiligheid. Voor "
              "het onderdeel 'Van graan tot brood' werken zij als team met teambevoegdheid.^4^"),
        ("anchor", [4]),
        ("p", "6.4 Het ROC stelt de praktijkbakkerij met ovens, rijskasten en deegverwerkingsmachines "
              "beschikbaar; de school stelt haar horecakeuken en theorielokalen beschikbaar aan "
              "docenten van het ROC."),
        ("h", "\u00a7 7 Leerlingen die de route verlaten"),
        ("p", "7.1 Het kan gebeuren dat een leerling de route niet kan of wil afmaken, bijvoorbeeld door "
              "een verhuizing, omdat het tempo te hoog ligt of omdat de leerling een andere richting "
              "kiest. Partijen laten zo'n leerling niet los."),
        ("p", "7.2 Signalen over twijfel of uitval worden direct in het routeoverleg besproken. Binnen "
              "twee weken volgt een gesprek met de leerling, de ouders, de mentor en de routeleider."),
        ("p", "7.3 Het besluit over het vervolg nemen de teamleider van de school en de opleidingsmanager "
              "van het ROC samen, nadat zij het bereikte onderwijsniveau en de leeftijd van de leerling "
              "hebben gewogen en de leerling en diens ouders hebben gehoord."),
        ("p", "7.4 Het besluit en de afspraken over de begeleiding worden vastgelegd in een "
              "vervolgplan.^5^ De mentor en de routeleider zorgen voor een warme overdracht en houden "
              "de leerling nog drie maanden in beeld."),
        ("anchor", [5]),
        ("h", "\u00a7 8 Financi\u00ebn"),
        ("p", "Partijen dragen geen bekostiging aan elkaar over. De kosten van grondstoffen voor de "
              "praktijklessen in de praktijkbakkerij komen voor rekening van het ROC; iedere partij "
              "draagt de kosten van haar eigen personeel."),
        ("h", "\u00a7 9 Medezeggenschap"),
        ("p", "Op de leerlingen van de school, hun ouders en het personeel van de school is de Wet "
              "medezeggenschap op scholen van toepassing; voor studenten van het ROC gelden hoofdstuk "
              "8a WEB en voor het personeel van het ROC de Wet op de ondernemingsraden.^6^ Partijen "
              "kunnen zo nodig aanvullende afspraken maken."),
        ("anchor", [6]),
        ("h", "\u00a7 10 Geschillen"),
        ("p", "10.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
              "besproken in het routeoverleg en daarna, als dat binnen een maand niets oplevert, in het "
              "bestuurlijk overleg.^7^"),
        ("anchor", [7]),
        ("p", "10.2 Is het geschil zes weken na het bestuurlijk overleg niet opgelost, dan leggen "
              "partijen het voor bindend advies voor aan een commissie van drie personen: iedere partij "
              "wijst een lid aan en die twee kiezen samen de voorzitter. Het advies is voor beide "
              "partijen bindend."),
        ("h", "\u00a7 11 Duur, toetreding, wijziging en be\u00ebindiging"),
        ("p", "11.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor vijf jaar en wordt daarna telkens "
              "stilzwijgend met vijf jaar verlengd."),
        ("p", "11.2 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij "
              "worden als zij een verwant profiel of een verwante opleiding aanbiedt en beide partijen "
              "schriftelijk instemmen. De toetreding wordt vastgelegd in een allonge die door alle "
              "partijen wordt ondertekend."),
        ("p", "11.3 Deze overeenkomst kan alleen worden gewijzigd bij een schriftelijk stuk dat door "
              "beide colleges van bestuur is ondertekend."),
        ("p", "11.4 Iedere partij kan de overeenkomst schriftelijk opzeggen met inachtneming van een "
              "termijn van zes maanden. Schiet een partij ernstig tekort in de nakoming en herstelt zij "
              "dat niet binnen een redelijke termijn, dan kan de andere partij de overeenkomst met "
              "onmiddellijke ingang ontbinden."),
        ("h", "\u00a7 12 Ondertekening"),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Woerden op 2 juli 2025."),
        ("space", 10),
        ("sig", "W.F. Kooistra, voorzitter college van bestuur, Stichting CVO Utrecht-West"),
        ("space", 12),
        ("sig", "ir. S. Oudshoorn, lid college van bestuur, Stichting ROC De Oude Rijn"),
    ],
    two_columns=True, notes=_N216, size=9, note_band=36 * 2.834645669, title_height=40 * 2.834645669,
    title="SOK doorlopende leerroute Bakkerij", author="Oude Rijn College / ROC De Oude Rijn",
    header="Samenwerkingsovereenkomst DLR Bakkerij \u2013 Oude Rijn College / ROC De Oude Rijn")


# ==================================================================================================
# 217  Three-party agreement (two vmbo schools + one ROC), long, classic articles with leden (DOCX)
#      -- Twente, Mobiliteit en transport bb/kb -> Autotechnicus 2 / Eerste autotechnicus 3 -- compliant
# ==================================================================================================
def _leden(*items):
    return [("p", f"{i}. {t}") for i, t in enumerate(items, 1)]


add(217, "drie_partijen_lang_twente_autotechniek", "docx",
    "Lange overeenkomst tussen drie partijen (twee vmbo-scholen en een ROC) in klassieke "
    "artikelvorm met leden, considerans, begripsbepalingen en routebijlage als tabel (DOCX), "
    "Twente, Mobiliteit en transport basis/kader - Autotechnicus 2 en Eerste autotechnicus 3; "
    "volledig: g overdracht met bedrag per leerling en bestemming, h gezamenlijk "
    "medezeggenschapsoverleg, j toetreding/uittreding met afbouw voor lopende leerlingen.",
    st("pppppppppp"),
    {"a": "Artikel 3 De routes", "b": "Artikel 4 Betrokkenheid van het bedrijfsleven",
     "c": "Artikel 5 Stuurgroep en routecoördinator", "d": "Artikel 6 Informatie en verantwoording",
     "e": "Artikel 8 Organisatorische inrichting, locaties en faciliteiten",
     "f": "Artikel 10 Overstapoptie", "g": "Artikel 11 Bekostiging",
     "h": "Artikel 12 Medezeggenschap", "i": "Artikel 13 Geschillen",
     "j": "Artikel 17 Opzegging, uittreding en ontbinding"},
    [
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("sub", "Doorlopende leerroutes Mobiliteit en transport \u2013 Autotechniek Twente"),
        ("pb", "DE ONDERGETEKENDEN:"),
        ("p", "1. Stichting Openbaar Voortgezet Onderwijs Noordoost-Twente, statutair gevestigd te "
              "Oldenzaal, bevoegd gezag van Vakcollege De Esch, te dezen rechtsgeldig vertegenwoordigd "
              "door de heer drs. H.J. Nijhuis, voorzitter van het college van bestuur, hierna te "
              "noemen: \u201cDe Esch\u201d;"),
        ("p", "2. Stichting Katholiek Voortgezet Onderwijs Hof van Twente, statutair gevestigd te Goor, "
              "bevoegd gezag van Vakcollege Hof van Twente, te dezen rechtsgeldig vertegenwoordigd door "
              "mevrouw M.G. Wolters-ter Braak, bestuurder, hierna te noemen: \u201cHof van Twente\u201d;"),
        ("p", "3. Stichting Regionaal Opleidingencentrum Twente-Midden, statutair gevestigd te Hengelo, "
              "bevoegd gezag van ROC Twente-Midden, waarvan het Mobiliteitscollege deel uitmaakt, te "
              "dezen rechtsgeldig vertegenwoordigd door de heer ir. B.A. Kuipers, voorzitter van het "
              "college van bestuur, hierna te noemen: \u201chet ROC\u201d;"),
        ("p", "De Esch en Hof van Twente hierna samen te noemen: \u201cde scholen\u201d; de scholen en het "
              "ROC hierna samen te noemen: \u201cpartijen\u201d."),
        ("pb", "OVERWEGENDE DAT:"),
        ("p", "A. partijen sinds 2019 samenwerken in de Mobiliteitsroute Twente en deze samenwerking "
              "willen voortzetten als doorlopende leerroutes vmbo-mbo in de zin van de Wet voortgezet "
              "onderwijs 2020 (WVO 2020) en de Wet educatie en beroepsonderwijs (WEB);"),
        ("p", "B. autobedrijven in Twente structureel technici tekortkomen, met name voor onderhoud en "
              "diagnose van elektrische en hybride voertuigen;"),
        ("p", "C. partijen kiezen voor \u00e9\u00e9n overeenkomst met drie partijen, zodat leerlingen van "
              "beide scholen onder dezelfde voorwaarden doorstromen naar het Mobiliteitscollege;"),
        ("p", "D. de medezeggenschapsraden van de scholen en de studentenraad en de ondernemingsraad van "
              "het ROC over het voornemen tot deze samenwerking hebben geadviseerd;"),
        ("pb", "KOMEN OVEREEN ALS VOLGT:"),
        ("h2", "Artikel 1 Begripsbepalingen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("p", "a. route: een van de doorlopende leerroutes, bedoeld in artikel 3;"),
        ("p", "b. routejaar: een leerjaar van de route, te beginnen met leerjaar 3 van de school;"),
        ("p", "c. vo-fase: routejaar 1 en 2, waarin de deelnemer als leerling bij een van de scholen "
              "staat ingeschreven;"),
        ("p", "d. mbo-fase: routejaar 3 en verder, waarin de deelnemer als student bij het ROC staat "
              "ingeschreven;"),
        ("p", "e. deelnemer: een leerling of student die een route volgt;"),
        ("p", "f. stuurgroep: de stuurgroep Mobiliteitsroute, bedoeld in artikel 5;"),
        ("p", "g. routeco\u00f6rdinator: de co\u00f6rdinator, bedoeld in artikel 5, zevende lid;"),
        ("p", "h. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
              "examenregeling van een route;"),
        ("p", "i. bestuurlijk overleg: het overleg van de colleges van bestuur van partijen, bedoeld in "
              "artikel 6, derde lid;"),
        ("p", "j. Platform: het Platform Mobiliteit Twente, bedoeld in artikel 4."),
        ("h2", "Artikel 2 Doel en karakter van de samenwerking"),
    ] + _leden(
        "Partijen verzorgen op grond van deze overeenkomst gezamenlijk de in artikel 3 genoemde "
        "doorlopende leerroutes. Iedere school verzorgt de vo-fase voor haar eigen leerlingen; het ROC "
        "verzorgt de mbo-onderdelen in de vo-fase en de gehele mbo-fase.",
        "Partijen beschrijven voor iedere route het onderwijsprogramma, de examinering en de "
        "beroepspraktijkvorming per routejaar gezamenlijk en voeren die gezamenlijk uit.",
        "Iedere school en het ROC melden iedere route afzonderlijk in het Register Instellingen en "
        "Opleidingen v\u00f3\u00f3r 1 oktober 2025; de routeco\u00f6rdinator bewaakt dat de meldingen "
        "actueel blijven.",
    ) + [
        ("h2", "Artikel 3 De routes"),
    ] + _leden(
        "Route A verbindt het profiel Mobiliteit en transport van de basisberoepsgerichte leerweg met "
        "de basisberoepsopleiding Autotechnicus (niveau 2, beroepsopleidende of beroepsbegeleidende "
        "leerweg) van het Mobiliteitscollege, kwalificatiedossier Autotechniek, opleidingsdomein "
        "Mobiliteit en voertuigen. Route A omvat vier routejaren.",
        "Route B verbindt het profiel Mobiliteit en transport van de kaderberoepsgerichte leerweg met "
        "de vakopleiding Eerste autotechnicus (niveau 3, beroepsopleidende leerweg) van het "
        "Mobiliteitscollege, in hetzelfde kwalificatiedossier en opleidingsdomein. Route B omvat vijf "
        "routejaren.",
        "Beide scholen bieden beide routes aan. Stromen op een school minder dan acht leerlingen in "
        "een route in, dan besluit de stuurgroep of de praktijklessen van die leerlingen samen met die "
        "van de andere school bij het ROC worden gegeven.",
        "Bijlage 1 geeft per routejaar een overzicht van de routes; de bijlage maakt deel uit van deze "
        "overeenkomst.",
    ) + [
        ("h2", "Artikel 4 Betrokkenheid van het bedrijfsleven"),
    ] + _leden(
        "Partijen betrekken het bedrijfsleven bij de invulling van de routes via het Platform "
        "Mobiliteit Twente, waarin de regionale afdeling van BOVAG, Autobedrijf Ter Horst (Oldenzaal), "
        "Garage Nijenhuis (Goor), Twentse Truck Service (Hengelo) en de overige erkende leerbedrijven "
        "van het Mobiliteitscollege zijn vertegenwoordigd.",
        "Het bedrijfsleven levert de volgende bijdragen: a. de leerbedrijven bieden in routejaar 1 een "
        "snuffelstage van vijf dagen en vanaf routejaar 2 plaatsen voor beroepspraktijkvorming; b. "
        "bedrijven leveren werkplaatsopdrachten met echte voertuigen en stellen lesvoertuigen in "
        "bruikleen ter beschikking; c. medewerkers van de bedrijven verzorgen ten minste zes "
        "gastlessen per schooljaar, onder meer over elektrisch rijden en rijhulpsystemen; d. "
        "praktijkopleiders nemen deel aan de beoordeling van de praktijkexamens in de mbo-fase.",
        "Het Platform komt driemaal per schooljaar bijeen met de stuurgroep en adviseert over de keuze "
        "van keuzedelen, de aanschaf van materieel en de actualiteit van het programma. De stuurgroep "
        "laat gemotiveerd weten wat zij met het advies doet.",
        "Bij het werven van nieuwe leerbedrijven schakelen partijen de adviseur praktijkleren van SBB "
        "in.",
    ) + [
        ("h2", "Artikel 5 Stuurgroep en routecoördinator"),
    ] + _leden(
        "De leiding over de routes berust bij de stuurgroep Mobiliteitsroute.",
        "De stuurgroep bestaat uit de directeur van De Esch, de directeur van Hof van Twente en de "
        "directeur van het Mobiliteitscollege. De routeco\u00f6rdinator is secretaris van de "
        "stuurgroep en heeft geen stem.",
        "Ieder college van bestuur wijst het lid van de stuurgroep uit zijn organisatie en diens "
        "plaatsvervanger schriftelijk aan en deelt dat mee aan de andere partijen. Een aanwijzing kan "
        "op dezelfde wijze worden ingetrokken.",
        "De stuurgroep is belast met: a. het opstellen van het jaarplan en het routebudget; b. de "
        "voorbereiding van het PTA/OER; c. de afstemming van roosters, de verdeling van deelnemers "
        "over praktijkgroepen en de toelating tot de routes; d. de bewaking van de kwaliteit van de "
        "routes; e. het overleg met het Platform; f. de uitvoering van de overstapoptie, bedoeld in "
        "artikel 10.",
        "De colleges van bestuur dragen aan de stuurgroep de bevoegdheid op om: a. het jaarplan en het "
        "routebudget vast te stellen binnen de financi\u00eble kaders van artikel 11; b. te besluiten "
        "over de inzet van personeel van partijen in de routes, binnen de door ieder bestuur "
        "beschikbaar gestelde formatie; c. overeenkomsten met leerbedrijven en leveranciers aan te gaan "
        "tot een bedrag van \u20ac 25.000 per overeenkomst. Besluiten over wijziging van deze "
        "overeenkomst, toetreding van een nieuwe partij, arbeidsrechtelijke maatregelen en uitgaven "
        "buiten het routebudget blijven voorbehouden aan de colleges van bestuur.",
        "De stuurgroep besluit met algemene stemmen. Komt zij over een onderwerp niet tot "
        "overeenstemming, dan legt zij het voor aan het bestuurlijk overleg.",
        "De routeco\u00f6rdinator wordt op voordracht van de stuurgroep door de colleges van bestuur "
        "gezamenlijk benoemd voor een periode van drie jaar, die eenmaal kan worden verlengd. De "
        "routeco\u00f6rdinator is in dienst van het ROC, heeft een aanstelling van 0,5 fte voor deze "
        "taak en is belast met de dagelijkse co\u00f6rdinatie, het contact met leerbedrijven, de "
        "monitoring van deelnemers en de voorbereiding van de rapportages.",
    ) + [
        ("h2", "Artikel 6 Informatie en verantwoording"),
    ] + _leden(
        "De stuurgroep verstrekt de colleges van bestuur per kwartaal een beknopte rapportage met "
        "aantallen deelnemers per route en per school, verzuim, uitval, bezetting van bpv-plaatsen en "
        "de uitputting van het routebudget.",
        "De stuurgroep legt jaarlijks v\u00f3\u00f3r 1 december aan de colleges van bestuur een "
        "jaarverantwoording voor over het afgelopen schooljaar, met onder meer de onderwijs- en "
        "examenresultaten, het aantal en de aard van de overstappen, de tevredenheid van deelnemers en "
        "leerbedrijven en de besteding van het routebudget en van de middelen, bedoeld in artikel 11.",
        "Jaarlijks in januari komen de colleges van bestuur bijeen in een bestuurlijk overleg waarin de "
        "stuurgroep de jaarverantwoording toelicht en verantwoording aflegt. Van het overleg wordt een "
        "besluitenlijst opgesteld.",
        "Incidenten en ontwikkelingen die de continu\u00efteit van een route bedreigen meldt de "
        "stuurgroep onverwijld aan alle colleges van bestuur.",
        "Ieder college van bestuur kan de stuurgroep te allen tijde om aanvullende inlichtingen "
        "vragen.",
    ) + [
        ("h2", "Artikel 7 Onderwijskundige inrichting"),
    ] + _leden(
        "Het PTA/OER van iedere route beschrijft per routejaar het onderwijsprogramma, de "
        "examinering en de beroepspraktijkvorming en geeft aan welke onderdelen tot het vmbo, welke "
        "tot het mbo en welke tot beide behoren. De colleges van bestuur stellen het PTA/OER jaarlijks "
        "v\u00f3\u00f3r 1 oktober vast.",
        "Het centraal examen vmbo wordt in beide routes afgenomen in routejaar 2. De scholen blijven "
        "verantwoordelijk voor het eindexamen van deelnemers die al bij het ROC staan ingeschreven. "
        "Mbo-examinering is mogelijk vanaf routejaar 2.",
        "De onderwijstijd voldoet aan de normen van de artikelen 2.107g tot en met 2.107i WVO 2020 en "
        "de daarmee overeenkomende bepalingen van de WEB.",
        "In de vo-fase is de mentor van de school het eerste aanspreekpunt; in de mbo-fase de "
        "studieloopbaanbegeleider van het ROC. Bij de overgang naar de mbo-fase vindt voor iedere "
        "deelnemer een warme overdracht plaats, inclusief de ondersteuningsbehoefte.",
    ) + [
        ("h2", "Artikel 8 Organisatorische inrichting, locaties en faciliteiten"),
    ] + _leden(
        "De vo-fase wordt verzorgd op de locaties van De Esch te Oldenzaal en van Hof van Twente te "
        "Goor. Deelnemers in de vo-fase volgen \u00e9\u00e9n dag per week praktijkonderwijs op het "
        "Mobiliteitscollege te Hengelo. De mbo-fase wordt verzorgd op het Mobiliteitscollege en bij de "
        "leerbedrijven.",
        "De scholen regelen en bekostigen het busvervoer van hun leerlingen naar de wekelijkse "
        "praktijkdag.",
        "Het ROC stelt voor de routes beschikbaar: de werkplaats van het Mobiliteitscollege met twaalf "
        "hefbruggen, diagnoseapparatuur, de trainingsopstelling voor hoogvoltsystemen en de "
        "lesvoertuigen. De scholen stellen hun praktijklokalen Mobiliteit en transport en hun "
        "motorenlokaal beschikbaar voor gezamenlijke lessen en voor docenten van het ROC. Partijen "
        "gebruiken \u00e9\u00e9n gezamenlijke elektronische leeromgeving voor de routes.",
        "Tijdens de praktijkdag gelden voor deelnemers de huisregels en veiligheidsvoorschriften van "
        "het ROC; de school blijft verantwoordelijk voor haar leerlingen en zorgt voor een passende "
        "verzekering.",
        "In de vo-fase zijn de scholen verantwoordelijk voor de leerlingenadministratie en het "
        "verzuim; in de mbo-fase het ROC. De klachtenregeling van iedere partij is ook van toepassing "
        "op gedragingen van het bestuur en het personeel van de andere partijen in het kader van de "
        "routes.",
    ) + [
        ("h2", "Artikel 9 Inzet van personeel"),
    ] + _leden(
        "Instructeurs van het ROC die voldoen aan de eisen van artikel 4.2.1 WEB verzorgen de "
        "praktijkdag in de vo-fase, met ten minste twee instructeurs per zestien deelnemers.",
        "Iedere school zet op de praktijkdag een docent Mobiliteit en transport in die samen met de "
        "instructeurs lesgeeft; de docenten Nederlands en rekenen van de scholen blijven tot het "
        "eindexamen vmbo betrokken bij de generieke vakken.",
        "Voor de vak- en sectoroverstijgende programmaonderdelen Onderhoud en diagnose en Elektrisch "
        "rijden werken docenten en instructeurs van partijen in teams als bedoeld in artikel 7.13a "
        "WVO 2020 en artikel 9.1.12 WEB. Het PTA/OER vermeldt voor welke onderdelen teams worden "
        "ingezet; ieder teamlid is bevoegd voor ten minste \u00e9\u00e9n vak of voldoet aan de eisen "
        "van de WEB, en voor elk onderdeel is een daarvoor bevoegde docent verantwoordelijk.",
        "Personeel blijft in dienst van de eigen werkgever, die de loonkosten draagt en voor "
        "vervanging bij ziekte zorgt. Detachering vindt alleen plaats op basis van een afzonderlijke "
        "detacheringsovereenkomst.",
        "Partijen organiseren jaarlijks twee gezamenlijke studiedagen voor het routeteam en maken "
        "hospitatie over en weer mogelijk.",
    ) + [
        ("h2", "Artikel 10 Overstapoptie"),
    ] + _leden(
        "Iedere deelnemer die een route voortijdig verlaat, krijgt een alternatief dat leidt tot een "
        "vmbo-diploma of een mbo-diploma en dat past bij het bereikte onderwijsniveau en de leeftijd "
        "van de deelnemer.",
        "Over het alternatief beslissen de directeur van de betrokken school en de directeur van het "
        "Mobiliteitscollege gezamenlijk, na een gesprek met de deelnemer en diens ouders of verzorgers. "
        "Het besluit wordt binnen vier weken vastgelegd in een overstapplan.",
        "Verlaat een deelnemer de route in de vo-fase, dan vervolgt hij zijn opleiding in de reguliere "
        "basis- of kaderberoepsgerichte leerweg van zijn school, in het profiel Mobiliteit en transport "
        "of een ander profiel, gericht op het vmbo-diploma. Overstappen van route A naar route B of "
        "omgekeerd is mogelijk als het niveau van de deelnemer dat toelaat.",
        "Heeft een deelnemer aan het eind van routejaar 3 het vmbo-diploma niet behaald, dan kan hij "
        "zonder vooropleidingseisen bij het ROC verder in Autotechnicus of Eerste autotechnicus of in "
        "een andere opleiding op niveau 2, of, als dat beter past, het eindexamen vmbo opnieuw afleggen "
        "bij zijn school.",
        "Verlaat een deelnemer de route in de mbo-fase, dan biedt het ROC een plaats in een andere "
        "opleiding op hetzelfde niveau, zoals Tweewielertechnicus of Bedrijfsautotechnicus, of in een "
        "ander domein. Kiest de deelnemer voor een andere instelling, bijvoorbeeld na een verhuizing, "
        "dan ondersteunt het ROC de aanmelding en het geschiktheidsonderzoek.",
        "Alleen als een startkwalificatie ook met ondersteuning niet haalbaar blijkt, wordt de "
        "deelnemer begeleid naar de Entreeopleiding met het oog op werk.",
        "De scholen en het ROC nemen de uitwerking van deze overstapregels op in hun schoolgids en "
        "studiegids.",
    ) + [
        ("h2", "Artikel 11 Bekostiging"),
    ] + _leden(
        "De bekostiging voor de vo-fase komt toe aan de scholen, die voor de mbo-fase aan het ROC.",
        "Iedere school draagt met toepassing van artikel 5.42a WVO 2020 aan het ROC over: \u20ac 950 per "
        "leerling die op 1 oktober in routejaar 1 staat ingeschreven en \u20ac 1.150 per leerling die op "
        "die datum in routejaar 2 staat ingeschreven.",
        "De overgedragen middelen zijn bestemd voor de inzet van instructeurs van het ROC op de "
        "praktijkdag in de vo-fase, voor het gebruik en onderhoud van de werkplaats en de "
        "lesvoertuigen en voor verbruiksmaterialen.",
        "Het ROC factureert de bedragen in twee termijnen, in december en in mei, en verantwoordt de "
        "besteding in de jaarverantwoording, bedoeld in artikel 6, tweede lid.",
        "Voor het overige draagt iedere partij haar eigen kosten.",
    ) + [
        ("h2", "Artikel 12 Medezeggenschap"),
    ] + _leden(
        "Op de scholen is de Wet medezeggenschap op scholen van toepassing, op het ROC hoofdstuk 8a "
        "WEB en de Wet op de ondernemingsraden.",
        "In aanvulling daarop stellen partijen een Medezeggenschapsoverleg Mobiliteitsroute in. De "
        "medezeggenschapsraad van iedere school wijst daarvoor een lid uit de ouder- of "
        "leerlinggeleding aan, de studentenraad van het Mobiliteitscollege twee studenten en de "
        "ondernemingsraad van het ROC een lid.",
        "Het Medezeggenschapsoverleg komt tweemaal per schooljaar bijeen met de stuurgroep, ontvangt "
        "de jaarverantwoording en kan de stuurgroep gevraagd en ongevraagd adviseren. De stuurgroep "
        "reageert binnen zes weken gemotiveerd op een advies.",
        "Een voorgenomen besluit tot wijziging of opzegging van deze overeenkomst of tot toetreding "
        "van een nieuwe partij legt ieder college van bestuur voor advies voor aan zijn eigen "
        "medezeggenschapsorganen; het Medezeggenschapsoverleg wordt daarover ge\u00efnformeerd.",
    ) + [
        ("h2", "Artikel 13 Geschillen"),
    ] + _leden(
        "Een geschil is een verschil van mening tussen partijen over de uitleg of de uitvoering van "
        "deze overeenkomst.",
        "Een geschil wordt eerst in de stuurgroep besproken. Lukt het de stuurgroep niet het geschil op "
        "te lossen, dan kan iedere partij het schriftelijk voorleggen aan het bestuurlijk overleg, dat "
        "binnen vier weken bijeenkomt.",
        "Is het geschil acht weken na die schriftelijke voorlegging niet opgelost, dan schakelen "
        "partijen een mediator in die is ingeschreven in het register van de Mediatorsfederatie "
        "Nederland.",
        "Leidt de mediation binnen drie maanden niet tot een oplossing, of weigert een partij daaraan "
        "mee te werken, dan wordt het geschil voorgelegd aan de bevoegde rechter van de rechtbank "
        "Overijssel. Het vragen van een voorziening in kort geding blijft steeds mogelijk.",
        "Zolang een geschil loopt, blijven partijen hun verplichtingen jegens de deelnemers nakomen.",
    ) + [
        ("h2", "Artikel 14 Looptijd en evaluatie"),
    ] + _leden(
        "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.",
        "Partijen evalueren de overeenkomst iedere drie jaar, voor het eerst v\u00f3\u00f3r 1 maart "
        "2028, aan de hand van de jaarverantwoordingen en de adviezen van het Platform en het "
        "Medezeggenschapsoverleg.",
    ) + [
        ("h2", "Artikel 15 Toetreding"),
    ] + _leden(
        "Een andere school voor vmbo in Twente die het profiel Mobiliteit en transport aanbiedt, of "
        "een andere instelling voor beroepsonderwijs, kan tot deze overeenkomst toetreden als: a. zij "
        "daartoe een schriftelijk verzoek doet aan de stuurgroep; b. zij beschikt over bevoegd "
        "personeel en passende praktijkvoorzieningen; c. de colleges van bestuur van alle partijen "
        "schriftelijk instemmen; d. zij een toetredingsverklaring ondertekent waarin zij alle rechten "
        "en verplichtingen uit deze overeenkomst aanvaardt.",
        "Toetreding gaat in op 1 augustus van een schooljaar. De toetredende partij meldt de route in "
        "het Register Instellingen en Opleidingen.",
        "Toetreding laat de rechten van deelnemers die al in een route zitten onverlet.",
    ) + [
        ("h2", "Artikel 16 Wijziging"),
    ] + _leden(
        "Deze overeenkomst kan alleen worden gewijzigd bij een schriftelijk stuk dat door alle partijen "
        "is ondertekend, met inachtneming van artikel 12, vierde lid.",
        "Bijlage 1 kan door de stuurgroep worden aangepast, mits de wijziging past binnen deze "
        "overeenkomst; de stuurgroep informeert de colleges van bestuur.",
        "Wijzigingen die het programma van een route raken, gelden alleen voor nieuwe cohorten, tenzij "
        "vaststaat dat de deelnemers in lopende cohorten er niet door worden benadeeld.",
    ) + [
        ("h2", "Artikel 17 Opzegging, uittreding en ontbinding"),
    ] + _leden(
        "Iedere partij kan haar deelname aan deze overeenkomst schriftelijk opzeggen tegen 1 augustus, "
        "met een opzegtermijn van ten minste twaalf maanden.",
        "Zegt een school op, dan blijft de overeenkomst tussen de overige partijen van kracht. Zegt het "
        "ROC op, dan eindigt de overeenkomst op de datum waartegen is opgezegd, behoudens het "
        "bepaalde in het derde lid.",
        "Na een opzegging stromen geen nieuwe leerlingen van de opzeggende school meer in. Deelnemers "
        "die op de datum van opzegging al in een route zitten, ronden die onder de voorwaarden van "
        "deze overeenkomst af; de bepalingen over inzet van personeel, faciliteiten en bekostiging "
        "blijven voor hen gelden tot het laatste cohort de route heeft afgerond.",
        "Schiet een partij ernstig tekort en herstelt zij dat niet binnen drie maanden na een "
        "schriftelijke ingebrekestelling, dan kunnen de overige partijen de overeenkomst met die "
        "partij ontbinden. Ook dan geldt het derde lid; partijen stellen binnen twee maanden een "
        "afbouwplan op waarin voor iedere deelnemer de voortzetting van de route of een overstap "
        "volgens artikel 10 is geregeld.",
    ) + [
        ("h2", "Artikel 18 Overige bepalingen"),
    ] + _leden(
        "Partijen wisselen alleen de persoonsgegevens van deelnemers uit die nodig zijn voor de "
        "uitvoering van de routes en leggen de afspraken daarover vast in een privacyprotocol.",
        "Op deze overeenkomst is Nederlands recht van toepassing.",
        "Bij strijdigheid tussen deze overeenkomst en een bijlage gaat de overeenkomst voor.",
    ) + [
        ("p", "Aldus overeengekomen en in drievoud ondertekend te Hengelo op 27 juni 2025."),
        ("table", [["De Esch", "Hof van Twente", "Het ROC"],
                   ["drs. H.J. Nijhuis, voorzitter college van bestuur",
                    "M.G. Wolters-ter Braak, bestuurder",
                    "ir. B.A. Kuipers, voorzitter college van bestuur"]]),
        ("pagebreak",),
        ("h2", "Bijlage 1 Routeoverzicht"),
        ("table", [
            ["Routejaar", "Route A: basis \u2192 Autotechnicus (niveau 2)",
             "Route B: kader \u2192 Eerste autotechnicus (niveau 3)", "Locatie"],
            ["1 (leerjaar 3 vmbo)", "Profielvak Mobiliteit en transport; wekelijkse praktijkdag; "
             "snuffelstage van vijf dagen", "Profielvak en keuzevakken; wekelijkse praktijkdag; "
             "snuffelstage van vijf dagen", "School, \u00e9\u00e9n dag per week ROC"],
            ["2 (leerjaar 4 vmbo)", "Centraal examen bb; eerste mbo-onderdelen; bpv vier weken",
             "Centraal examen kb; keuzedeel Elektrisch rijden; bpv vier weken",
             "School, \u00e9\u00e9n dag per week ROC"],
            ["3", "Mbo-fase; bpv twee dagen per week", "Mbo-fase; onderhoud en diagnose",
             "Mobiliteitscollege en leerbedrijf"],
            ["4", "Examens en diploma Autotechnicus", "Bpv drie dagen per week",
             "Mobiliteitscollege en leerbedrijf"],
            ["5", "\u2013", "Proeve van bekwaamheid en diploma Eerste autotechnicus",
             "Mobiliteitscollege en leerbedrijf"],
        ]),
    ],
    title="Samenwerkingsovereenkomst Mobiliteitsroute Twente", author="Stuurgroep Mobiliteitsroute",
    font="Cambria", size=10.5)


# ==================================================================================================
# 218  Practitioners' list of afspraken (MD), West-Brabant, PIE kader -> Eerste monteur woning- en
#      utiliteitsinstallaties niveau 3.  defects: d weak (form/frequency deferred to a protocol still to
#      be written), i weak (operative text only "in onderling overleg"; the escalation ladder sits in
#      part B, declared non-binding); h: nothing on medezeggenschap -> not_applicable
# ==================================================================================================
add(218, "afsprakenlijst_praktijk_west_brabant_installatie", "md",
    "Markdown-afsprakenlijst van het kernteam in gewone taal (genummerde afspraken onder korte "
    "koppen, deel A bindend, deel B 'goed om te weten' uitdrukkelijk niet bindend), West-Brabant, "
    "PIE kader - Eerste monteur woning- en utiliteitsinstallaties niveau 3; gebreken: d zwak (vorm en "
    "frequentie van rapporteren uitgesteld naar een nog op te stellen kwaliteitsprotocol), i zwak "
    "(bindend deel zegt alleen 'in goed onderling overleg', de escalatieladder staat alleen in het "
    "niet-bindende deel B); h niet van toepassing (niets over medezeggenschap).",
    st("pppwpppnwp"),
    {"a": "De route en de opleiding", "b": "Bedrijven in de route", "c": "Wie de route leidt",
     "e": "Onderwijs, docenten en ruimtes", "f": "Als een leerling stopt of switcht",
     "g": "Geld tussen school en ROC", "j": "Andere scholen, wijzigen en stoppen"},
    """# Afsprakenlijst doorlopende route Installatietechniek

**Vakcollege Zoomland (vmbo) en Techniekcampus De Schelde (ROC West-Brabant Zuid), Bergen op Zoom**
*Vastgesteld door beide colleges van bestuur op 1 juli 2025 - deze lijst is onze samenwerkingsovereenkomst*

Opgesteld door het kernteam, in gewone taal. Partijen zijn Stichting Voortgezet Onderwijs Zoomland,
bevoegd gezag van Vakcollege Zoomland (hierna: Zoomland), en Stichting ROC West-Brabant Zuid, bevoegd
gezag van Techniekcampus De Schelde (hierna: de Techniekcampus). De afspraken in **deel A** binden
beide besturen. **Deel B** is alleen ter informatie en maakt geen deel uit van de afspraken.

---

## Deel A - Wat we afspreken

### De route en de opleiding
1. Leerlingen uit het profiel Produceren, installeren en energie (PIE), kaderberoepsgerichte
   leerweg, stromen vanaf leerjaar 3 zonder knip door naar de opleiding Eerste monteur woning- en
   utiliteitsinstallaties, niveau 3 (BOL), kwalificatiedossier Installatie- en energietechniek,
   van de Techniekcampus.
2. De route duurt vijf jaar. Het vmbo-examen doen de leerlingen in routejaar 3, verspreid over
   routejaar 2 en 3.
3. Zoomland en de Techniekcampus melden de route allebei in RIO.

### Bedrijven in de route
4. Installatiebedrijven uit de regio doen mee via het Installatienetwerk Zoom (twaalf bedrijven,
   onder andere Van Loon Installatietechniek en Zoomstroom BV). Zij ontvangen de leerlingen voor
   bedrijfsbezoeken in routejaar 1, een meewerkstage van twee weken in routejaar 2 en
   bpv-plaatsen vanaf routejaar 3.
5. Twee keer per jaar komt het Installatienetwerk bij ons om het lesprogramma door te lopen. We
   passen de praktijkopdrachten aan op wat de bedrijven zien aankomen (warmtepompen, zonnestroom,
   slimme meters).
6. Praktijkopleiders van de bedrijven beoordelen de proeve van bekwaamheid mee.

### Wie de route leidt
7. De route wordt geleid door het kernteam: de teamleider PIE van Zoomland, de opleidingsmanager
   installatietechniek van de Techniekcampus en de routecoordinator.
8. Elk college van bestuur wijst zijn eigen lid van het kernteam aan. De routecoordinator wijzen
   beide colleges samen aan, voor drie jaar.
9. Het kernteam maakt het jaarrooster, verdeelt lesuren en docenten, beslist wie tot de route
   wordt toegelaten en regelt de overstappen. Over geld buiten het routebudget en over het in
   dienst nemen van personeel beslissen de besturen zelf.

### Rapporteren aan de besturen
10. Het kernteam houdt beide besturen op de hoogte van hoe het met de route gaat. Hoe vaak en in
    welke vorm het kernteam rapporteert en verantwoording aflegt, leggen we vast in een
    kwaliteitsprotocol dat het kernteam nog opstelt (streefdatum: 1 maart 2026).

### Onderwijs, docenten en ruimtes
11. Routejaar 1 en 2 volgen de leerlingen op Zoomland, met elke donderdag praktijk in de
    installatiehal van de Techniekcampus. Routejaar 3, 4 en 5 zijn op de Techniekcampus en bij de
    bedrijven.
12. Wat er per leerjaar gegeven en getoetst wordt, staat in het gezamenlijke PTA/OER. Beide
    besturen stellen het elk jaar voor 1 oktober vast.
13. Op donderdag geven twee docenten installatietechniek van de Techniekcampus les; de PIE-docent
    van Zoomland gaat mee. De docenten Nederlands en rekenen van Zoomland geven in routejaar 3 op
    de Techniekcampus les tot het vmbo-examen. Voor het project 'Huis van de toekomst' werken zij
    als een team met teambevoegdheid (art. 7.13a WVO 2020 / art. 9.1.12 WEB); per onderdeel is
    een bevoegde docent verantwoordelijk.
14. We gebruiken de installatiehal, de warmtepompopstelling en het oefendak voor zonnepanelen van
    de Techniekcampus en de metaalwerkplaats van Zoomland. Niemand rekent huur.
15. Routeleerlingen staan in routejaar 1 en 2 ingeschreven bij Zoomland en vanaf routejaar 3 bij
    het ROC. De klachtenregeling van elke partij geldt ook voor medewerkers van de ander.

### Geld tussen school en ROC
16. Het ROC maakt voor iedere student die op 1 oktober in routejaar 3 staat ingeschreven EUR 650
    over aan Zoomland (artikel 9.1.15 WEB). Dat geld is voor de lesuren van de docenten
    Nederlands en rekenen van Zoomland die deze studenten naar hun vmbo-examen begeleiden. Verder
    betaalt ieder zijn eigen kosten.

### Als een leerling stopt of switcht
17. Stopt een leerling in routejaar 1 of 2, dan gaat hij verder in de kaderberoepsgerichte leerweg
    van Zoomland (PIE of een ander profiel) en haalt hij daar zijn vmbo-diploma.
18. Haalt een leerling zijn vmbo-diploma niet in routejaar 3, dan kan hij op de Techniekcampus
    zonder vooropleidingseisen verder met de opleiding of overstappen naar Monteur woning- en
    utiliteitsinstallaties (niveau 2), tot het mbo-diploma.
19. Stopt een student later, dan zoekt de Techniekcampus met hem een andere opleiding op niveau 3
    (bijvoorbeeld Eerste monteur elektrotechnische installaties) of op niveau 2. Wil hij naar een
    andere school, dan helpen we met aanmelding en geschiktheidsonderzoek.
20. De teamleider PIE en de opleidingsmanager beslissen samen, na een gesprek met leerling en
    ouders, en kijken naar het bereikte niveau en de leeftijd. Binnen drie weken staat het besluit
    op papier.

### Als we het niet eens zijn
21. Als we het over de uitvoering van deze afspraken niet eens zijn, lossen we dat in goed
    onderling overleg op.

### Andere scholen, wijzigen en stoppen
22. Deze afspraken gelden vanaf 1 augustus 2025, voor onbepaalde tijd.
23. Een andere vmbo-school met PIE of een ander ROC kan per 1 augustus meedoen, als beide besturen
    schriftelijk instemmen en de nieuwe partner deze afsprakenlijst tekent. Leerlingen die al in
    de route zitten, merken daar niets van.
24. Afspraken veranderen kan alleen op papier, getekend door beide besturen.
25. Opzeggen kan schriftelijk, uiterlijk 1 februari, met ingang van 1 augustus daarna. Na een
    opzegging stromen geen nieuwe leerlingen meer in; wie al in de route zit, maakt die bij ons
    af.

---

## Deel B - Goed om te weten (ter informatie, geen onderdeel van de afspraken)

- Lukt onderling overleg niet, dan ligt het voor de hand dat het kernteam de kwestie binnen vier
  weken voorlegt aan de beide directeuren en daarna aan de colleges van bestuur. Komen die er ook
  niet uit, dan kan een mediator worden ingeschakeld of kan de zaak worden voorgelegd aan de
  rechtbank Zeeland-West-Brabant.
- De overstapmogelijkheden komen ook in de schoolgids van Zoomland en de studiegids van de
  Techniekcampus.
- Vragen over de route? Mail de routecoordinator: route.installatie@techniekcampus-deschelde.example

---

**Ondertekend te Bergen op Zoom, 1 juli 2025**

| Namens Stichting Voortgezet Onderwijs Zoomland | Namens Stichting ROC West-Brabant Zuid |
|---|---|
| ing. P.J.M. Verhoeven, bestuurder | mr. L. de Bruijn-Adriaansen, voorzitter college van bestuur |
""")


# ==================================================================================================
# 219  Notarial style "Partijen verklaren" (PDF) -- Zeeland, Zorg en welzijn kader -> Verzorgende-IG 3
#      defects: h weak (medezeggenschap deferred to a paragraph still to be drafted), j weak (no
#      conditions for joining by another school; only an intention in the preamble)
# ==================================================================================================
add(219, "partijen_verklaren_zeeland_verzorgende", "pdf",
    "Samenwerkingsakte in notariele stijl ('Heden ... verschenen', 'Partijen verklaren'), Zeeland "
    "(Goes), Zorg en welzijn kader - Verzorgende-IG niveau 3; gebreken: h zwak (inrichting van de "
    "medezeggenschap uitgesteld naar een nog op te stellen medezeggenschapsparagraaf), j zwak "
    "(opzegging met bescherming van lopende cohorten en wijziging geregeld, maar geen voorwaarden "
    "voor toetreding; alleen een voornemen in de considerans); g uitdrukkelijk geen overdracht.",
    st("pppppppwpw"),
    {"a": "Artikel 1 Voorwerp van de overeenkomst", "b": "Artikel 2 Het zorgveld",
     "c": "Artikel 3 Routeregie", "d": "Artikel 4 Inlichtingen en verantwoording",
     "e": "Artikel 5 Inrichting, personeel en voorzieningen", "f": "Artikel 6 Overstapoptie",
     "g": "Artikel 7 Bekostiging", "i": "Artikel 9 Geschillen"},
    [
        ("title", "SAMENWERKINGSAKTE"),
        ("sub", "doorlopende leerroute Zorg en welzijn \u2013 Verzorgende-IG"),
        ("space", 6),
        ("p", "Heden, dertig juni tweeduizendvijfentwintig, verschenen te Goes:"),
        ("num", "1.", "de heer mr. Adriaan Cornelis Verhulst, handelend in zijn hoedanigheid van "
                      "voorzitter van het college van bestuur van de stichting: **Stichting Christelijk "
                      "Voortgezet Onderwijs De Bevelanden**, statutair gevestigd te Goes, bevoegd gezag "
                      "van Vakcollege Oosterschelde, en als zodanig deze stichting rechtsgeldig "
                      "vertegenwoordigend, hierna te noemen: \u2018de school\u2019;"),
        ("num", "2.", "mevrouw drs. Johanna Maria de Kam, handelend in haar hoedanigheid van voorzitter "
                      "van het college van bestuur van de stichting: **Stichting Regionaal "
                      "Opleidingencentrum Zeeland Midden**, statutair gevestigd te Goes, handelend onder "
                      "de naam Zorgcollege Zeeland, en als zodanig deze stichting rechtsgeldig "
                      "vertegenwoordigend, hierna te noemen: \u2018het ROC\u2019;"),
        ("p", "de school en het ROC hierna samen te noemen: \u2018partijen\u2019."),
        ("p", "**Partijen verklaren voorafgaand:**"),
        ("num", "a.", "dat de zorg- en welzijnsorganisaties op de Bevelanden kampen met een groeiend "
                      "tekort aan verzorgenden en dat partijen jongeren een ononderbroken weg naar dat "
                      "beroep willen bieden;"),
        ("num", "b.", "dat partijen daartoe een doorlopende leerroute vmbo-mbo willen verzorgen als "
                      "bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 "
                      "van de Wet educatie en beroepsonderwijs;"),
        ("num", "c.", "dat partijen openstaan voor deelname van andere scholen voor vmbo op Walcheren en "
                      "Schouwen-Duiveland aan deze route;"),
        ("p", "**Partijen verklaren vervolgens te zijn overeengekomen als volgt:**"),
        ("h", "Artikel 1 Voorwerp van de overeenkomst"),
        ("p", "1.1 Partijen verklaren gezamenlijk een doorlopende leerroute te verzorgen waarin het "
              "profiel Zorg en welzijn van de kaderberoepsgerichte leerweg van de school aansluit op de "
              "vakopleiding Verzorgende-IG (niveau 3, beroepsopleidende leerweg) van het ROC, in het "
              "opleidingsdomein Zorg en welzijn, hierna: \u2018de route\u2019."),
        ("p", "1.2 De route vangt aan in leerjaar 3 van de school en omvat vijf routejaren. Het "
              "centraal examen vmbo wordt afgelegd in het tweede routejaar."),
        ("p", "1.3 Partijen verklaren de route ieder voor zich te zullen melden in het Register "
              "Instellingen en Opleidingen."),
        ("h", "Artikel 2 Het zorgveld"),
        ("p", "2.1 Partijen verklaren het zorgveld bij de invulling van de route te betrekken door "
              "middel van een routetafel, waaraan deelnemen Stichting Zorgpunt Bevelanden, "
              "Woonzorgcentrum De Vierklaver te Kapelle en Thuiszorg Oosterschelde, alsmede de overige "
              "door SBB erkende leerbedrijven waarmee het ROC voor de opleiding samenwerkt."),
        ("p", "2.2 De routetafel komt tweemaal per jaar bijeen en adviseert over de inhoud en de "
              "volgorde van de praktijkonderdelen. De deelnemende organisaties stellen voor iedere "
              "leerling in het tweede routejaar een ori\u00ebntatiestage van tien dagen beschikbaar en "
              "vanaf het derde routejaar plaatsen voor de beroepspraktijkvorming; hun praktijkopleiders "
              "beoordelen mee bij de examens in de beroepspraktijk."),
        ("p", "2.3 Medewerkers van de organisaties verzorgen ten minste vier gastlessen per "
              "schooljaar, onder meer over dementie en medicatieveiligheid."),
        ("h", "Artikel 3 Routeregie"),
        ("p", "3.1 De leiding over de route berust bij de routeregie, bestaande uit de afdelingsleider "
              "bovenbouw van de school, de opleidingsmanager Verzorgende-IG van het ROC en de "
              "co\u00f6rdinator leerroute."),
        ("p", "3.2 De afdelingsleider en de opleidingsmanager worden door hun eigen college van "
              "bestuur voor de routeregie aangewezen. De co\u00f6rdinator leerroute wordt door de beide "
              "colleges van bestuur gezamenlijk benoemd voor de duur van twee schooljaren."),
        ("p", "3.3 Partijen verklaren aan de routeregie op te dragen: het opstellen van het "
              "routejaarplan, de afstemming van roosters en stageperioden, het besluiten over de "
              "toelating van leerlingen tot de route, de inzet van docenten binnen de door partijen "
              "beschikbaar gestelde uren en de begeleiding van overstappende leerlingen. Besluiten die "
              "de begroting van een partij te boven gaan, blijven aan het betrokken college van "
              "bestuur voorbehouden."),
        ("h", "Artikel 4 Inlichtingen en verantwoording"),
        ("p", "4.1 De routeregie verstrekt de colleges van bestuur van beide partijen ieder halfjaar, "
              "in februari en in september, een schriftelijke voortgangsrapportage."),
        ("p", "4.2 Jaarlijks, v\u00f3\u00f3r 1 november, legt de routeregie in een gezamenlijk overleg "
              "met beide colleges van bestuur verantwoording af over de resultaten van het afgelopen "
              "schooljaar, waaronder in- en uitstroom, examenresultaten en overstappen."),
        ("h", "Artikel 5 Inrichting, personeel en voorzieningen"),
        ("p", "5.1 De eerste twee routejaren worden verzorgd in het gebouw van de school; de "
              "praktijklessen verpleegtechnische handelingen vinden plaats in het skillslab van het "
              "ROC. Vanaf het derde routejaar wordt de route verzorgd op de locatie Goes van het ROC "
              "en bij de leerbedrijven."),
        ("p", "5.2 Het onderwijsprogramma en de examinering per routejaar zijn vastgelegd in het "
              "gezamenlijke PTA/OER, dat partijen jaarlijks v\u00f3\u00f3r 1 oktober vaststellen."),
        ("p", "5.3 Twee docenten verpleegkunde van het ROC verzorgen in het eerste en tweede routejaar "
              "wekelijks vier lesuren op de school; docenten van de school verzorgen de algemene "
              "vakken tot het eindexamen. Voor het programmaonderdeel 'Zorg rond de cli\u00ebnt' worden "
              "docenten van beide partijen als team ingezet met toepassing van artikel 7.13a WVO 2020 "
              "en artikel 9.1.12 WEB. Personeel blijft in dienst van de eigen werkgever."),
        ("p", "5.4 Het ROC stelt het skillslab met hoog-laagbedden, tilliften en oefenmaterialen "
              "beschikbaar; de school stelt haar praktijklokaal Zorg en welzijn en haar "
              "theorielokalen beschikbaar voor lessen van docenten van het ROC."),
        ("p", "5.5 De klachtenregeling van ieder van partijen is mede van toepassing op gedragingen "
              "van het personeel van de andere partij in het kader van de route."),
        ("h", "Artikel 6 Overstapoptie"),
        ("p", "6.1 Partijen verklaren ervoor in te staan dat een leerling die de route voortijdig "
              "verlaat, een passend alternatief krijgt dat leidt tot een diploma:"),
        ("num", "a.", "in het eerste of tweede routejaar: voortzetting in de reguliere "
                      "kaderberoepsgerichte leerweg van de school, in het profiel Zorg en welzijn of "
                      "een ander profiel, gericht op het vmbo-diploma;"),
        ("num", "b.", "bij het ontbreken van het vmbo-diploma aan het einde van het derde routejaar: "
                      "voortzetting van de opleiding bij het ROC zonder toepassing van "
                      "vooropleidingseisen, of overstap naar Helpende zorg en welzijn (niveau 2);"),
        ("num", "c.", "vanaf het derde routejaar: overstap naar een andere opleiding van het ROC op "
                      "niveau 3, zoals Pedagogisch medewerker kinderopvang of Medewerker maatschappelijke "
                      "zorg, gericht op het mbo-diploma, of ondersteuning bij toelating tot een andere "
                      "instelling."),
        ("p", "6.2 Het alternatief wordt gezamenlijk vastgesteld door de afdelingsleider en de "
              "opleidingsmanager, na overleg met de leerling en diens ouders, op grond van het "
              "bereikte onderwijsniveau en de leeftijd van de leerling."),
        ("h", "Artikel 7 Bekostiging"),
        ("p", "Partijen verklaren dat geen deel van de door hen ontvangen bekostiging aan de andere "
              "partij wordt overgedragen. Iedere partij draagt de kosten van haar eigen personeel en "
              "voorzieningen."),
        ("h", "Artikel 8 Medezeggenschap"),
        ("p", "Partijen verklaren dat de medezeggenschap rond de route nadere regeling behoeft. De "
              "inrichting daarvan, waaronder de vraag welke raad over de route adviseert en of "
              "leerlingen in de vo-fase kunnen deelnemen aan de studentenraad van het ROC, wordt "
              "vastgelegd in een medezeggenschapsparagraaf die partijen v\u00f3\u00f3r 1 januari 2026 "
              "zullen opstellen en als bijlage aan deze akte zullen hechten."),
        ("h", "Artikel 9 Geschillen"),
        ("p", "9.1 Partijen verklaren geschillen over de uitvoering van deze overeenkomst eerst voor "
              "te leggen aan een bestuurlijk overleg van beide colleges van bestuur."),
        ("p", "9.2 Een geschil dat niet binnen zes weken na de schriftelijke melding daarvan in het "
              "bestuurlijk overleg is opgelost, wordt beslecht door arbitrage overeenkomstig het "
              "Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat "
              "uit \u00e9\u00e9n arbiter; de plaats van arbitrage is Goes."),
        ("h", "Artikel 10 Duur, wijziging en be\u00ebindiging"),
        ("p", "10.1 Deze overeenkomst wordt aangegaan voor onbepaalde tijd en treedt in werking op 1 "
              "augustus 2025."),
        ("p", "10.2 Wijziging van deze overeenkomst geschiedt uitsluitend bij schriftelijke akte, "
              "ondertekend door beide partijen."),
        ("p", "10.3 Ieder van partijen kan deze overeenkomst bij aangetekend schrijven opzeggen tegen "
              "het einde van een schooljaar, met inachtneming van een opzegtermijn van twaalf "
              "maanden."),
        ("p", "10.4 Partijen verklaren dat leerlingen die op het moment van be\u00ebindiging aan de "
              "route deelnemen, deze onder dezelfde voorwaarden kunnen afronden. Na opzegging worden "
              "geen nieuwe leerlingen tot de route toegelaten."),
        ("h", "Artikel 11 Slotbepalingen"),
        ("p", "11.1 Op deze overeenkomst is Nederlands recht van toepassing."),
        ("p", "11.2 Partijen kiezen voor de uitvoering van deze overeenkomst woonplaats ten kantore van "
              "hun respectieve besturen."),
        ("space", 6),
        ("p", "**Waarvan akte**, in tweevoud opgemaakt en ondertekend te Goes op de datum in het hoofd "
              "van deze akte vermeld."),
        ("space", 14),
        ("sig", "mr. A.C. Verhulst \u2014 Stichting Christelijk Voortgezet Onderwijs De Bevelanden"),
        ("space", 14),
        ("sig", "drs. J.M. de Kam \u2014 Stichting Regionaal Opleidingencentrum Zeeland Midden"),
    ],
    title="Samenwerkingsakte doorlopende leerroute Verzorgende-IG", author="Zorgcollege Zeeland",
    size=10.5, header="Samenwerkingsakte DLR Zorg en welzijn \u2013 Verzorgende-IG")


# ==================================================================================================
# 220  Geintegreerde route vmbo basis -> mbo 2 with guaranteed passende plek, "wij"-voice routeplan
#      with Word heading styles and a table (DOCX) -- Zuidoost-Friesland (Drachten), Economie en
#      ondernemen bb -> Verkoopmedewerker niveau 2 -- compliant
# ==================================================================================================
add(220, "geintegreerde_route_passende_plek_friesland_verkoop", "docx",
    "Geintegreerde route vmbo-basis - mbo 2 als routeplan in wij-vorm met Word-kopstijlen en een "
    "tabel per leerjaar (DOCX), Zuidoost-Friesland (Drachten), Economie en ondernemen basis - "
    "Verkoopmedewerker niveau 2; volledig: gegarandeerde passende plek zonder automatische Entree, "
    "g overdracht met bedrag en bestemming, h zetel in de studentenraad.",
    st("pppppppppp"),
    {"a": "Waar deze afspraken over gaan", "b": "Hoe winkels en bedrijven meedoen",
     "c": "Wie de route leidt", "d": "Hoe wij de besturen informeren",
     "e": "Hoe het onderwijs is ingericht", "f": "Altijd een passende plek",
     "g": "Geld dat van de school naar het ROC gaat", "h": "Meepraten en meebeslissen",
     "i": "Als we het oneens zijn", "j": "Meedoen, veranderen en stoppen"},
    [
        ("title", "Samenwerkingsovereenkomst geïntegreerde route Verkoop"),
        ("sub", "Vakcollege De Drait en ROC Zuidoost-Fryslân \u2013 Drachten, juni 2025"),
        ("h1", "Wie wij zijn"),
        ("p", "Wij zijn Stichting Christelijk Voortgezet Onderwijs Zuidoost-Friesland, bevoegd gezag van "
              "Vakcollege De Drait in Drachten (hierna: de school), vertegenwoordigd door de heer T. "
              "Hoekstra, bestuurder, en Stichting Regionaal Opleidingencentrum Zuidoost-Fryslân, "
              "bevoegd gezag van ROC Zuidoost-Fryslân, waarvan het Retail- en Handelscollege in "
              "Drachten deel uitmaakt (hierna: het ROC), vertegenwoordigd door mevrouw A. "
              "Postma-Visser, voorzitter van het college van bestuur. Samen spreken wij het volgende "
              "af."),
        ("h1", "Waar deze afspraken over gaan"),
        ("p", "Wij verzorgen samen een geïntegreerde route als bedoeld in artikel 2.107l WVO 2020 en "
              "artikel 9.1.17 WEB. Leerlingen met het profiel Economie en ondernemen in de "
              "basisberoepsgerichte leerweg gaan vanaf leerjaar 3 in \u00e9\u00e9n programma op weg naar "
              "het diploma Verkoopmedewerker, niveau 2 (basisberoepsopleiding, BOL), van het Retail- en "
              "Handelscollege, in het opleidingsdomein Handel en ondernemerschap."),
        ("p", "In deze route neemt de school geen eindexamen basisberoepsgerichte leerweg af; de "
              "leerling sluit af met het mbo-diploma. Een leerling die dat wil, kan het vmbo-examen wel "
              "afleggen. Een leerling gaat alleen in de route na een gesprek met hem en zijn ouders en "
              "na overleg met het ROC. Wij melden de route ieder in RIO."),
        ("h1", "Hoe winkels en bedrijven meedoen"),
        ("p", "Het Retailplatform Drachten, het samenwerkingsverband van de ondernemersvereniging "
              "Centrum Drachten en de erkende leerbedrijven van het ROC, is onze vaste partner. "
              "Deelnemende bedrijven zijn onder meer Supermarkt De Kei, Bouwmarkt Smallingerland en "
              "Modehuis Tjalsma."),
        ("bullet", "In leerjaar 3 en 4 werken de leerlingen wekelijks een dagdeel op een leerwerkplek in "
                   "een van de winkels."),
        ("bullet", "Vanaf leerjaar 5 bieden de bedrijven bpv-plaatsen; hun praktijkopleiders beoordelen "
                   "de klantgesprekken en de examens in de beroepspraktijk mee."),
        ("bullet", "Eenmaal per jaar organiseert het Retailplatform met ons de Winkelchallenge, waarin "
                   "leerlingen een opdracht voor een echte winkel uitvoeren."),
        ("bullet", "Het Retailplatform bespreekt twee keer per jaar het programma met het routeteam en "
                   "adviseert over keuzedelen en praktijkopdrachten."),
        ("h1", "Wie de route leidt"),
        ("p", "De route wordt geleid door het routeteam. Daarin zitten de teamleider basis van de school, "
              "de teamleider Retail van het ROC en de trajectbegeleider."),
        ("p", "De bestuurder van de school wijst de teamleider basis aan, het college van bestuur van het "
              "ROC de teamleider Retail. De trajectbegeleider wordt op voorstel van de twee teamleiders "
              "door beide besturen samen benoemd, voor twee jaar."),
        ("p", "Het routeteam stelt het jaarprogramma op, regelt roosters en leerwerkplekken, verdeelt "
              "de lesuren van de docenten, besluit over plaatsing in de route en over overstappen en "
              "houdt contact met het Retailplatform. Wij geven het routeteam de bevoegdheid om binnen "
              "het routebudget zelf te beslissen; uitgaven daarbuiten en wijzigingen van deze afspraken "
              "houden wij aan ons."),
        ("h1", "Hoe wij de besturen informeren"),
        ("p", "Het routeteam stuurt beide besturen elk kwartaal een korte stand van zaken met het aantal "
              "leerlingen, verzuim, uitval en overstappen. Elk jaar in juni schrijft het routeteam een "
              "evaluatieverslag over het schooljaar, dat het in een gesprek met beide bestuurders "
              "toelicht en verantwoordt. Van dat gesprek worden de afspraken vastgelegd."),
        ("h1", "Hoe het onderwijs is ingericht"),
        ("table", [
            ["Leerjaar", "Waar", "Wat", "Wie geeft les"],
            ["3", "School, oefenwinkel", "Profielvak E&O en eerste mbo-onderdelen; leerwerkplek",
             "Docenten school, docent Retail ROC 4 uur per week"],
            ["4", "School en leerwinkel ROC", "Mbo-onderdelen verkoop en presentatie; leerwerkplek",
             "Team van school en ROC"],
            ["5", "ROC en leerbedrijf", "Bpv, examens in de beroepspraktijk, diploma",
             "Docenten ROC, praktijkopleiders"],
        ]),
        ("p", "Wat per leerjaar wordt gegeven en geëxamineerd, staat in de gezamenlijke OER van de "
              "route, die beide besturen elk jaar v\u00f3\u00f3r 1 oktober vaststellen. De leerling staat in "
              "leerjaar 3 en 4 ingeschreven bij de school en vanaf leerjaar 5 bij het ROC."),
        ("p", "Een docent Retail van het ROC geeft in leerjaar 3 vier uur per week les op de school. In "
              "leerjaar 4 werken docenten van beide organisaties als \u00e9\u00e9n team met "
              "teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); voor elk onderdeel is "
              "een bevoegde docent verantwoordelijk. De docent Nederlands van de school begeleidt de "
              "leerlingen ook in leerjaar 5. Iedereen blijft in dienst van zijn eigen werkgever."),
        ("p", "De school stelt haar oefenwinkel met kassasystemen beschikbaar, het ROC zijn leerwinkel, "
              "de etalageruimte en het webshoplab. De klachtenregeling van de school en die van het ROC "
              "gelden ook voor medewerkers van de ander."),
        ("h1", "Altijd een passende plek"),
        ("p", "Wij garanderen iedere leerling die uit de route stapt een passende plek. Dat betekent "
              "niet dat hij automatisch naar de Entreeopleiding gaat. Welke plek past, hangt af van het "
              "moment:"),
        ("bullet", "In leerjaar 3 of 4 gaat de leerling verder in de basisberoepsgerichte leerweg van de "
                   "school, in Economie en ondernemen of een ander profiel, en doet hij examen voor het "
                   "vmbo-diploma. Ook kan hij, als hij dat wil, het vmbo-examen afleggen en daarna een "
                   "andere mbo-opleiding kiezen."),
        ("bullet", "In leerjaar 5 kan hij overstappen naar een andere opleiding op niveau 2 van het ROC, "
                   "zoals Logistiek medewerker of Medewerker facilitaire dienstverlening, of de route "
                   "afmaken en daarna een andere opleiding op niveau 2 of 3 kiezen."),
        ("bullet", "Alleen als een startkwalificatie echt niet haalbaar is, begeleiden wij de leerling "
                   "via de Entreeopleiding naar werk."),
        ("p", "De teamleider basis en de teamleider Retail beslissen samen over de plek, na een gesprek "
              "met de leerling en zijn ouders, en kijken daarbij naar het bereikte niveau en de leeftijd. "
              "Binnen vier weken ligt er een overstapplan."),
        ("h1", "Geld dat van de school naar het ROC gaat"),
        ("p", "De school draagt met toepassing van artikel 5.42a WVO 2020 voor iedere leerling die op 1 "
              "oktober in leerjaar 3 of 4 van de route staat ingeschreven \u20ac 600 per schooljaar over aan "
              "het ROC. Dat bedrag is bestemd voor de lesuren van de docent Retail in leerjaar 3 en 4 en "
              "voor het gebruik van de leerwinkel en het webshoplab. Verder draagt ieder zijn eigen "
              "kosten."),
        ("h1", "Meepraten en meebeslissen"),
        ("p", "Bovenop de wettelijke regels (de WMS voor de school, de WEB en de WOR voor het ROC) "
              "spreken wij af dat leerlingen uit leerjaar 4 van de route \u00e9\u00e9n zetel krijgen in de "
              "studentenraad van het Retail- en Handelscollege. De medezeggenschapsraad van de school en "
              "de studentenraad bespreken elk jaar samen het evaluatieverslag van het routeteam."),
        ("h1", "Als we het oneens zijn"),
        ("p", "Zijn wij het oneens over de uitvoering van deze afspraken, dan zoekt eerst het routeteam "
              "een oplossing. Lukt dat niet binnen vier weken, dan gaan de bestuurders met elkaar in "
              "gesprek. Lukt ook dat niet binnen zes weken, dan vragen wij een mediator te bemiddelen. "
              "Helpt mediation niet, dan leggen wij het geschil voor aan de bevoegde rechter van de "
              "rechtbank Noord-Nederland."),
        ("h1", "Meedoen, veranderen en stoppen"),
        ("p", "Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("bullet", "Een andere vmbo-school of mbo-instelling kan per 1 augustus meedoen als beide "
                   "besturen schriftelijk instemmen en de nieuwe partner deze overeenkomst ondertekent. "
                   "Leerlingen die al in de route zitten, houden hun programma."),
        ("bullet", "Veranderen kan alleen schriftelijk, ondertekend door beide besturen. Een verandering "
                   "van het programma geldt alleen voor nieuwe leerlingen, tenzij de zittende leerlingen "
                   "er niet op achteruitgaan."),
        ("bullet", "Stoppen kan met een schriftelijke opzegging v\u00f3\u00f3r 1 februari, met ingang van 1 "
                   "augustus van het volgende schooljaar. Daarna starten er geen nieuwe leerlingen meer; "
                   "leerlingen die al in de route zitten, maken die af en houden recht op een passende "
                   "plek."),
        ("p", "Ondertekend in Drachten op 26 juni 2025."),
        ("table", [["Voor de school", "Voor het ROC"],
                   ["T. Hoekstra, bestuurder", "A. Postma-Visser, voorzitter college van bestuur"]]),
    ],
    title="SOK geintegreerde route Verkoop", author="Vakcollege De Drait / ROC Zuidoost-Fryslan",
    font="Arial", size=10)


# ==================================================================================================
# main
# ==================================================================================================
def main(argv):
    if argv and argv[0] == "--check":
        nums = [int(a) for a in argv[1:]] or sorted(DOCS)
        sys.exit(0 if check(nums) else 1)
    nums = [int(a) for a in argv] or sorted(DOCS)
    for n in nums:
        if n not in DOCS or not 213 <= n <= 220:
            raise SystemExit(f"unknown sample {n}")
        build(DOCS[n])


if __name__ == "__main__":
    main(sys.argv[1:])
