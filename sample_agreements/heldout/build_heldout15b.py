#!/usr/bin/env python3
"""Build held-out sample agreements h225-h232 for leerroute-check.

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst and bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only -- without looking at checker code, models, tests, benchmarks or
the texts/build scripts of any other sample. All schools, instellingen, companies and people are
made up. Each agreement's full text lives in this script; the labels in SAMPLES are the author's
judgement under LABELS.md.

Usage:
    python3 build_heldout15b.py            build all samples
    python3 build_heldout15b.py 225 230    build only these numbers
    python3 build_heldout15b.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape as _xml_escape

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)
SAMPLES = {}


def register(num, name, ext, description, statuses, evidence):
    def deco(fn):
        SAMPLES[num] = dict(name=name, ext=ext, description=description,
                            statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def out_path(num, suffix):
    s = SAMPLES[num]
    return os.path.join(OUT, s["name"] + suffix)


def expected_json(num):
    s = SAMPLES[num]
    data = {"description": s["description"], "split": "heldout",
            "statuses": s["statuses"], "evidence": s["evidence"]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ----------------------------------------------------------------------------------------------
# plain text / markdown
# ----------------------------------------------------------------------------------------------

def write_text(path, text):
    text = text.strip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# ----------------------------------------------------------------------------------------------
# PDF (reportlab, invariant)
# ----------------------------------------------------------------------------------------------

_FONTS_DONE = {}


def pdf_fonts(family):
    """Register a TTF family; return (regular, bold, italic) font names, with a core-font fallback."""
    if family in _FONTS_DONE:
        return _FONTS_DONE[family]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    files = {
        "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
                        "dejavu/DejaVuSerif-Italic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"),
        "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
                       "dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSans-BoldOblique.ttf"),
        "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                            "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf"),
        "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                           "liberation/LiberationSans-Italic.ttf", "liberation/LiberationSans-BoldItalic.ttf"),
        "LiberationSansNarrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                                 "liberation/LiberationSansNarrow-Bold.ttf",
                                 "liberation/LiberationSansNarrow-Italic.ttf",
                                 "liberation/LiberationSansNarrow-BoldItalic.ttf"),
    }
    base = "/usr/share/fonts/truetype/"
    try:
        paths = [base + f for f in files[family]]
        names = [family, family + "-B", family + "-I", family + "-BI"]
        for n, p in zip(names, paths):
            pdfmetrics.registerFont(TTFont(n, p))
        addMapping(family, 0, 0, names[0])
        addMapping(family, 1, 0, names[1])
        addMapping(family, 0, 1, names[2])
        addMapping(family, 1, 1, names[3])
        res = (names[0], names[1], names[2])
    except Exception:
        res = ("Times-Roman", "Times-Bold", "Times-Italic") if "Serif" in family else \
              ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    _FONTS_DONE[family] = res
    return res


def rl(text):
    """Escape for a reportlab Paragraph; **x** becomes bold, _x_ becomes italic."""
    t = _xml_escape(text)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"(?<![\w])_(.+?)_(?![\w])", r"<i>\1</i>", t)
    t = t.replace("&lt;br/&gt;", "<br/>").replace("\n", "<br/>")
    return t


def build_pdf(path, blocks, *, family="DejaVuSerif", size=10, leading=None, columns=1,
              title_height=None, margins=(2.2, 2.0, 2.2, 2.0), header=None, footer=None,
              h_size=None, h_color="#000000", title_size=15, align_justify=True, meta_title=""):
    """Render a list of blocks to a PDF.

    blocks: ("title", t) ("subtitle", t) ("h", t) ("h2", t) ("p", t) ("pi", t) [indented]
            ("li", t) [bullet] ("num", label, t) [hanging] ("table", rows, widths_cm, opts)
            ("sp", cm) ("pb",) ("colbreak",) ("framebreak",) ("small", t) ("center", t) ("right", t)
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                    PageBreak, FrameBreak, Table, TableStyle, KeepTogether,
                                    NextPageTemplate, CondPageBreak)

    reg, bold, ital = pdf_fonts(family)
    leading = leading or size * 1.32
    h_size = h_size or size + 1.5
    al = TA_JUSTIFY if align_justify else TA_LEFT
    st = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=leading, alignment=al,
                            spaceAfter=size * 0.55),
        "pi": ParagraphStyle("pi", fontName=reg, fontSize=size, leading=leading, alignment=al,
                             leftIndent=0.6 * cm, spaceAfter=size * 0.45),
        "li": ParagraphStyle("li", fontName=reg, fontSize=size, leading=leading, alignment=al,
                             leftIndent=0.6 * cm, bulletIndent=0.15 * cm, spaceAfter=size * 0.3),
        "num": ParagraphStyle("num", fontName=reg, fontSize=size, leading=leading, alignment=al,
                              leftIndent=0.8 * cm, firstLineIndent=-0.8 * cm, spaceAfter=size * 0.35),
        "h": ParagraphStyle("h", fontName=bold, fontSize=h_size, leading=h_size * 1.3,
                            spaceBefore=size * 0.9, spaceAfter=size * 0.4,
                            textColor=colors.HexColor(h_color), keepWithNext=1, alignment=TA_LEFT),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=leading,
                             spaceBefore=size * 0.5, spaceAfter=size * 0.2, keepWithNext=1,
                             alignment=TA_LEFT),
        "title": ParagraphStyle("title", fontName=bold, fontSize=title_size, leading=title_size * 1.25,
                                alignment=TA_CENTER, spaceAfter=size * 0.6),
        "subtitle": ParagraphStyle("subtitle", fontName=ital, fontSize=size + 1, leading=(size + 1) * 1.3,
                                   alignment=TA_CENTER, spaceAfter=size * 1.0),
        "small": ParagraphStyle("small", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.3,
                                alignment=TA_LEFT, spaceAfter=size * 0.3),
        "center": ParagraphStyle("center", fontName=reg, fontSize=size, leading=leading,
                                 alignment=TA_CENTER, spaceAfter=size * 0.4),
        "right": ParagraphStyle("right", fontName=reg, fontSize=size, leading=leading,
                                alignment=TA_RIGHT, spaceAfter=size * 0.4),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=size - 0.5, leading=(size - 0.5) * 1.28,
                               alignment=TA_LEFT),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 0.5, leading=(size - 0.5) * 1.28,
                                alignment=TA_LEFT),
    }
    W, H = A4
    lm, rm, tm, bm = [m * cm for m in margins]
    gap = 0.8 * cm

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(reg, 7.5)
        if header:
            canvas.drawString(lm, H - tm + 0.8 * cm, header)
            canvas.setLineWidth(0.4)
            canvas.line(lm, H - tm + 0.65 * cm, W - rm, H - tm + 0.65 * cm)
        ftxt = (footer or "") + ("  |  " if footer else "") + "pagina %d" % doc.page
        canvas.drawRightString(W - rm, bm - 0.9 * cm, ftxt)
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, invariant=1, title=meta_title, author="", subject="",
                          creator="", producer="")
    fw = W - lm - rm
    fh = H - tm - bm
    if columns == 1:
        frames = [Frame(lm, bm, fw, fh, id="f1", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate(id="all", frames=frames, onPage=deco)])
    else:
        cw = (fw - gap) / 2
        th = (title_height or 0) * cm
        first = []
        if th:
            first.append(Frame(lm, bm + fh - th, fw, th, id="top", leftPadding=0, rightPadding=0))
        first += [Frame(lm, bm, cw, fh - th, id="c1", leftPadding=0, rightPadding=0),
                  Frame(lm + cw + gap, bm, cw, fh - th, id="c2", leftPadding=0, rightPadding=0)]
        later = [Frame(lm, bm, cw, fh, id="d1", leftPadding=0, rightPadding=0),
                 Frame(lm + cw + gap, bm, cw, fh, id="d2", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=deco),
                              PageTemplate(id="later", frames=later, onPage=deco)])

    story = []
    if columns != 1:
        story.append(NextPageTemplate("later"))
    for b in blocks:
        kind = b[0]
        if kind in ("p", "pi", "h", "h2", "title", "subtitle", "small", "center", "right"):
            story.append(Paragraph(rl(b[1]), st[kind]))
        elif kind == "li":
            story.append(Paragraph(rl(b[1]), st["li"], bulletText="\u2022"))
        elif kind == "num":
            story.append(_hanging(b[1], b[2], st, rl))
        elif kind == "sp":
            story.append(Spacer(1, b[1] * cm))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind in ("framebreak", "colbreak"):
            story.append(FrameBreak())
        elif kind == "cond":
            story.append(CondPageBreak(b[1] * cm))
        elif kind == "table":
            rows, widths = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            data = []
            for ri, row in enumerate(rows):
                cells = []
                for ci, c in enumerate(row):
                    sty = st["cellb"] if (ri == 0 and opts.get("header", True)) or \
                        (ci == 0 and opts.get("boldfirst")) else st["cell"]
                    cells.append(Paragraph(rl(c), sty))
                data.append(cells)
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1 if opts.get("header", True) else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                  ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if opts.get("header", True):
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("hbg", "#e4e4e4"))))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 0.25 * cm))
        elif kind == "keep":
            inner = []
            for x in b[1]:
                inner.append(Paragraph(rl(x[1]), st[x[0]]))
            story.append(KeepTogether(inner))
        else:
            raise ValueError(kind)
    doc.build(story)


def _hanging(label, text, st, rlf):
    from reportlab.platypus import Paragraph
    return Paragraph(rlf(text), st["num"], bulletText=label)


# ----------------------------------------------------------------------------------------------
# DOCX (python-docx + deterministic zip)
# ----------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_new(font="Calibri", size=10.5):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    stn = d.styles["Normal"]
    stn.font.name = font
    stn.font.size = Pt(size)
    rpr = stn.element.get_or_add_rPr()
    rfonts = rpr.find("{%s}rFonts" % W_NS)
    if rfonts is not None:
        for k in ("ascii", "hAnsi", "cs", "eastAsia"):
            rfonts.set("{%s}%s" % (W_NS, k), font)
    return d


def docx_runs(par, text):
    """Add text with **bold** and _italic_ markup to a paragraph."""
    parts = re.split(r"(\*\*.+?\*\*|(?<![\w])_.+?_(?![\w]))", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("_") and part.endswith("_") and len(part) > 2:
            r = par.add_run(part[1:-1])
            r.italic = True
        else:
            par.add_run(part)
    return par


def docx_add_numbering(d, levels):
    """Append an abstractNum + num to numbering.xml. levels: list of (lvlText, numFmt, indent_twips,
    hanging_twips, bold). Returns the numId."""
    from docx.oxml import parse_xml
    numbering = d.part.numbering_part.element
    existing = [int(x.get("{%s}abstractNumId" % W_NS)) for x in numbering.findall("{%s}abstractNum" % W_NS)]
    nums = [int(x.get("{%s}numId" % W_NS)) for x in numbering.findall("{%s}num" % W_NS)]
    aid = max(existing + [0]) + 1
    nid = max(nums + [0]) + 1
    lvl_xml = ""
    for i, (txt, fmt, ind, hang, bold) in enumerate(levels):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        lvl_xml += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                    '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                    '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
                    % (i, fmt, _xml_escape(txt, {'"': "&quot;"}), ind, hang, rpr))
    a = parse_xml('<w:abstractNum xmlns:w="%s" w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s'
                  '</w:abstractNum>' % (W_NS, aid, lvl_xml))
    first_num = numbering.find("{%s}num" % W_NS)
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = parse_xml('<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (W_NS, nid, aid))
    numbering.append(n)
    return nid


def docx_set_num(par, num_id, ilvl):
    from docx.oxml import parse_xml
    ppr = par._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                            % (W_NS, ilvl, num_id)))


class Footnotes:
    """Real Word footnotes: collects texts, adds w:footnoteReference runs, writes footnotes.xml."""

    def __init__(self, d):
        self.d = d
        self.notes = []

    def ref(self, par):
        from docx.oxml import parse_xml
        self.notes_id = len(self.notes) + 1
        r = parse_xml('<w:r xmlns:w="%s"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      '<w:footnoteReference w:id="%d"/></w:r>' % (W_NS, self.notes_id))
        par._p.append(r)
        return self.notes_id

    def add(self, par, text):
        self.ref(par)
        self.notes.append(text)

    def finish(self):
        if not self.notes:
            return
        from docx.opc.part import Part
        from docx.opc.packuri import PackURI
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        body = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
                'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
                'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
                '</w:footnote>')
        for i, t in enumerate(self.notes, 1):
            body += ('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                     '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p>'
                     '</w:footnote>' % (i, _xml_escape(t)))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="%s" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">%s</w:footnotes>'
               % (W_NS, body)).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml, self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def docx_save(d, path, title=""):
    import datetime
    cp = d.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            if info.filename == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ----------------------------------------------------------------------------------------------
# extraction for --check
# ----------------------------------------------------------------------------------------------

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
        z = zipfile.ZipFile(path)
        texts = []
        for name in ("word/document.xml", "word/footnotes.xml"):
            if name not in z.namelist():
                continue
            xml = z.read(name).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                ts = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", para, flags=re.S)
                texts.append("".join(ts))
        import html
        return html.unescape("\n".join(texts))
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        doc = out_path(num, "." + s["ext"])
        exp = out_path(num, ".expected.json")
        problems = []
        if not os.path.exists(doc):
            problems.append("missing document")
        else:
            size = os.path.getsize(doc)
            if size >= 200 * 1024:
                problems.append("too large: %d bytes" % size)
            try:
                if s["ext"] == "docx":
                    import docx
                    docx.Document(doc)
                text = norm(extract_text(doc))
            except Exception as exc:  # noqa
                problems.append("does not open: %r" % exc)
                text = ""
            for k, v in s["evidence"].items():
                if norm(v) not in text:
                    problems.append("evidence %s not found: %r" % (k, v))
                if s["statuses"].get(k) != "present":
                    problems.append("evidence given for non-present item %s" % k)
            if len(text) < 800:
                problems.append("suspiciously short text (%d chars)" % len(text))
        if not os.path.exists(exp):
            problems.append("missing expected.json")
        else:
            with open(exp, encoding="utf-8") as fh:
                got = fh.read()
            if got != expected_json(num):
                problems.append("expected.json differs from table")
            data = json.loads(got)
            if sorted(data["statuses"]) != list("abcdefghij"):
                problems.append("statuses keys wrong")
        status = "OK " if not problems else "ERR"
        print("%s h%d %s.%s %s" % (status, num, s["name"], s["ext"],
                                   ("(%d chars)" % len(text)) if not problems else "; ".join(problems)))
        ok = ok and not problems
    print("ALL OK" if ok else "CHECK FAILED")
    return ok


def build(nums):
    for num in nums:
        s = SAMPLES[num]
        path = out_path(num, "." + s["ext"])
        s["build"](path)
        with open(out_path(num, ".expected.json"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(expected_json(num))
        print("built", os.path.basename(path))


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a.lstrip("h")) for a in argv if a.strip("h").isdigit()]
    build(nums or sorted(SAMPLES))


# ==============================================================================================
# AGREEMENTS
# ==============================================================================================

# ----------------------------------------------------------------------------------------------
# h225 - akte opgemaakt door de bestuurssecretaris, PDF in twee kolommen (Noordoostpolder)
# ----------------------------------------------------------------------------------------------

@register(225, "h225_akte_bestuurssecretaris_twee_kolommen_autotechniek_noordoostpolder", "pdf",
          "Akte van samenwerking opgemaakt door de bestuurssecretaris, PDF in twee kolommen met §-koppen; "
          "Noordoostpolder, Mobiliteit en transport kb -> Eerste autotechnicus niveau 3; volledig, met "
          "overdracht per leerling en aanvullende medezeggenschap",
          {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
           "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
          {"a": "§ 2 Route en opleiding", "b": "§ 3 Werkveld", "c": "§ 4 Kernteam",
           "d": "§ 5 Verantwoording aan de besturen", "e": "§ 6 Inrichting van het onderwijs",
           "f": "§ 7 Overstap", "g": "§ 8 Middelen", "h": "§ 9 Medezeggenschap",
           "i": "§ 10 Geschillen", "j": "§ 11 Toetreding, wijziging en einde"})
def build_225(path):
    B = [
        ("title", "AKTE VAN SAMENWERKING"),
        ("subtitle", "doorlopende leerroute vmbo-mbo Mobiliteit en transport (kaderberoepsgerichte leerweg) "
                     "– Eerste autotechnicus (mbo niveau 3)"),
        ("center", "Akte nr. 2025-07 van de secretaris van het college van bestuur van Stichting Onderwijsgroep "
                   "Noordoostpolder"),
        ("framebreak",),
        ("p", "Op dinsdag drie juni tweeduizend vijfentwintig zijn ten kantore van Stichting Onderwijsgroep "
              "Noordoostpolder, Urkerweg 40 te Emmeloord, ten overstaan van mij, mr. Jorien Kuipers-Hoekstra, "
              "secretaris van het college van bestuur van die stichting, verschenen:"),
        ("num", "1.", "de heer drs. Harm-Jan Wolters, voorzitter van het college van bestuur van **Stichting "
                      "Onderwijsgroep Noordoostpolder**, statutair gevestigd te Noordoostpolder, bevoegd gezag "
                      "van Vakcollege Schokland te Emmeloord, hierna te noemen: „de school”;"),
        ("num", "2.", "mevrouw ir. Anouk Brinkman, lid van het college van bestuur van **Stichting Regionaal "
                      "Opleidingencentrum IJsselmeerkust**, statutair gevestigd te Lelystad, bevoegd gezag van "
                      "ROC IJsselmeerkust, hierna te noemen: „de instelling”."),
        ("p", "De verschenen personen, handelend als gemeld, hebben mij verklaard dat hun besturen op 20 "
              "respectievelijk 22 mei 2025 hebben besloten tot het gezamenlijk verzorgen van een doorlopende "
              "leerroute vmbo-mbo, nadat de medezeggenschapsraad van de school en de studentenraad en de "
              "ondernemingsraad van de instelling over dat voornemen advies hadden uitgebracht. Ter vastlegging "
              "daarvan verklaren zij te zijn overeengekomen als volgt."),
        ("h", "§ 1 Begrippen"),
        ("p", "In deze akte wordt verstaan onder: _route_: de doorlopende leerroute bedoeld in § 2; _vo-fase_: de "
              "eerste twee leerjaren van de route (leerjaar 3 en 4 vmbo); _mbo-fase_: het derde en de volgende "
              "leerjaren van de route; _kernteam_: de leiding bedoeld in § 4; _besturen_: de colleges van "
              "bestuur van de school en van de instelling."),
        ("h", "§ 2 Route en opleiding"),
        ("num", "1.", "Partijen verzorgen gezamenlijk een doorlopende leerroute die begint in leerjaar 3 van de "
                      "kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, van de school. De route leidt "
                      "tot het vmbo-diploma kaderberoepsgerichte leerweg en tot het diploma van de vakopleiding "
                      "Eerste autotechnicus (niveau 3, beroepsopleidende leerweg) in het opleidingsdomein "
                      "Mobiliteit en voertuigen van de instelling."),
        ("num", "2.", "De beroepsgerichte keuzevakken in de vo-fase worden gekozen uit het aanbod dat aansluit op "
                      "het kwalificatiedossier Autotechniek; het kernteam legt de keuze jaarlijks vast in het "
                      "programma bedoeld in § 6, tweede lid."),
        ("num", "3.", "De route wordt voor het eerst aangeboden aan het cohort dat op 1 augustus 2025 instroomt "
                      "in leerjaar 3. Per cohort worden ten hoogste 24 leerlingen toegelaten."),
        ("h", "§ 3 Werkveld"),
        ("num", "1.", "Aan de route zijn verbonden de door SBB erkende leerbedrijven Autobedrijf Van der Sluis "
                      "(Emmeloord), Garage Bakker & Zn. (Marknesse) en Truckservice Polder B.V. (Nagele). Zij vormen "
                      "met een adviseur praktijkleren van SBB de werkveldgroep van de route."),
        ("num", "2.", "De werkveldgroep komt tweemaal per schooljaar met het kernteam bijeen en adviseert over de "
                      "keuze van keuzedelen, de inhoud van praktijkopdrachten en de actualiteit van het programma, "
                      "onder meer op het gebied van elektrische en hybride aandrijving."),
        ("num", "3.", "De leerbedrijven stellen jaarlijks samen ten minste zestien plaatsen beschikbaar voor "
                      "snuffelstages in de vo-fase en beroepspraktijkvorming in de mbo-fase, leveren per periode "
                      "een praktijkopdracht aan en wijzen praktijkopleiders aan die meebeoordelen bij de proeven "
                      "van bekwaamheid."),
        ("h", "§ 4 Kernteam"),
        ("num", "1.", "De leiding over de route berust bij een kernteam van drie personen: de afdelingsleider "
                      "bovenbouw techniek van de school, de opleidingsmanager Mobiliteit van de instelling en een "
                      "routecoördinator."),
        ("num", "2.", "De afdelingsleider en de opleidingsmanager worden door hun eigen bestuur in het kernteam "
                      "aangewezen; een vervanging wordt schriftelijk aan het andere bestuur gemeld. De "
                      "routecoördinator wordt door de besturen gezamenlijk benoemd op voordracht van de twee andere "
                      "leden, voor twee schooljaren; herbenoeming is mogelijk."),
        ("num", "3.", "De besturen dragen aan het kernteam de volgende taken en bevoegdheden op: (a) het opstellen "
                      "van het gezamenlijke programma, het examenplan en het rooster per leerjaar; (b) het besluiten "
                      "over de toelating van leerlingen tot de route; (c) het verdelen van het docententeam over de "
                      "leerjaren binnen de formatie die elk bestuur beschikbaar stelt; (d) het plannen van het "
                      "gebruik van werkplaatsen en lesvoertuigen; (e) het beheren van een routebudget van ten "
                      "hoogste € 15.000 per schooljaar; (f) het onderhouden van het contact met de werkveldgroep."),
        ("num", "4.", "Besluiten over de rechtspositie van personeel, uitgaven boven het routebudget en wijziging "
                      "van deze akte blijven voorbehouden aan de besturen."),
        ("h", "§ 5 Verantwoording aan de besturen"),
        ("num", "1.", "Het kernteam zendt vóór 1 oktober van elk jaar aan beide besturen een schriftelijk "
                      "jaarverslag over het afgelopen schooljaar, met ten minste: instroom, doorstroom en uitval per "
                      "cohort, de examenresultaten vmbo en mbo, de gerealiseerde beroepspraktijkvorming, het "
                      "gebruik van de overstap bedoeld in § 7, ontvangen klachten en de besteding van het "
                      "routebudget."),
        ("num", "2.", "In februari en in september vindt een bestuurlijk overleg plaats tussen een lid van elk "
                      "bestuur en het kernteam. Het kernteam legt daarin verantwoording af over de uitvoering; de "
                      "besturen stellen in het septemberoverleg het jaarplan vast."),
        ("num", "3.", "Het kernteam meldt beide besturen onverwijld elk voorval dat de continuïteit van de route "
                      "raakt."),
        ("h", "§ 6 Inrichting van het onderwijs"),
        ("num", "1.", "De vo-fase wordt verzorgd in het gebouw van de school aan de Espelerlaan te Emmeloord. Vanaf "
                      "het tweede leerjaar van de route volgen de leerlingen elke donderdag les in het "
                      "Mobiliteitscentrum van de instelling aan de Nagelerweg te Emmeloord; de mbo-fase vindt "
                      "geheel daar plaats."),
        ("num", "2.", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar "
                      "beschreven in één gezamenlijk PTA/OER, dat de besturen jaarlijks vóór 1 oktober vaststellen "
                      "op voorstel van het kernteam. Het centraal examen vmbo wordt afgenomen in het tweede "
                      "leerjaar van de route; mbo-examinering is mogelijk vanaf het tweede leerjaar van de route."),
        ("num", "3.", "Docenten van beide partijen vormen één docententeam; zij blijven in dienst van hun eigen "
                      "werkgever. De instelling zet in het tweede leerjaar van de route ten minste 0,4 fte docent "
                      "autotechniek in op de school; de school zet in het derde leerjaar 0,2 fte docent Nederlands "
                      "en rekenen in bij de instelling. Voor de vakoverstijgende onderdelen Diagnose en onderhoud "
                      "en Werkplaatsproject wordt gebruikgemaakt van teambevoegdheid (artikel 7.13a WVO 2020, "
                      "artikel 9.1.12 WEB); voor elk onderdeel is ten minste één bevoegde docent verantwoordelijk "
                      "en het PTA/OER vermeldt in welke onderdelen het team wordt ingezet."),
        ("num", "4.", "De school stelt haar motorvoertuigenwerkplaats en theorielokaal ter beschikking, de "
                      "instelling haar diagnoselab, hefbruggen, APK-hal en lesvoertuigen. Het gebruik binnen de "
                      "roosteruren van de route is kosteloos en wordt door het kernteam ingepland; elke partij "
                      "verzekert het eigen materieel."),
        ("num", "5.", "De klachtenregeling van elke partij is ook van toepassing op gedragingen in het kader van de "
                      "route van het bestuur en het personeel van de andere partij; partijen verlenen elkaar "
                      "medewerking bij de behandeling."),
        ("h", "§ 7 Overstap"),
        ("num", "1.", "Een leerling die in de vo-fase de route verlaat, vervolgt zijn opleiding in de reguliere "
                      "kaderberoepsgerichte leerweg van de school, in hetzelfde of een ander profiel, en kan daar "
                      "het vmbo-diploma behalen. Als zijn niveau daarom vraagt, is overstap naar de "
                      "basisberoepsgerichte leerweg mogelijk."),
        ("num", "2.", "Een leerling die aan het einde van het derde leerjaar van de route het vmbo-diploma niet "
                      "heeft behaald, kan bij de instelling zonder vmbo-diploma doorgaan in de opleiding Eerste "
                      "autotechnicus of instromen in een andere opleiding op niveau 2 of 3 van de instelling; "
                      "vooropleidingseisen worden hem daarbij niet tegengeworpen. Hij kan er ook voor kiezen het "
                      "examenjaar te herhalen."),
        ("num", "3.", "Wie in de mbo-fase van richting wil veranderen, kan overstappen naar een andere opleiding "
                      "van de instelling op vergelijkbaar niveau of naar een opleiding bij een andere instelling in "
                      "de regio; partijen begeleiden dan de aanmelding en het geschiktheidsonderzoek bij die "
                      "instelling."),
        ("num", "4.", "Welk vervolg passend is, stellen de school en de instelling samen vast op grond van het "
                      "bereikte onderwijsniveau en de leeftijd van de leerling, na een gesprek met de leerling en, "
                      "zolang hij minderjarig is, zijn ouders. De mentor zorgt voor een warme overdracht. De "
                      "uitwerking staat in de schoolgids van de school en de studiegids van de instelling."),
        ("h", "§ 8 Middelen"),
        ("num", "1.", "Met toepassing van artikel 5.42a WVO 2020 draagt de school aan de instelling € 1.150 per "
                      "schooljaar over voor elke leerling die op 1 oktober in het tweede leerjaar van de route staat "
                      "ingeschreven. Dit bedrag is bestemd voor de inzet van de docenten autotechniek bedoeld in "
                      "§ 6, derde lid, en voor het gebruik van het diagnoselab en de lesvoertuigen."),
        ("num", "2.", "De instelling draagt geen bekostiging over aan de school; de inzet van de docent Nederlands "
                      "en rekenen in het derde leerjaar wordt niet verrekend."),
        ("num", "3.", "De school maakt het bedrag vóór 1 december over; de telling van 1 oktober is bepalend."),
        ("h", "§ 9 Medezeggenschap"),
        ("num", "1.", "Leerlingen van de route die in de vo-fase bij de school staan ingeschreven, vaardigen één "
                      "vertegenwoordiger af naar de studentenraad van de instelling. Die vertegenwoordiger heeft "
                      "daar spreekrecht over alle onderwerpen die de route raken."),
        ("num", "2.", "De medezeggenschapsraad van de school en de studentenraad van de instelling houden jaarlijks "
                      "een gezamenlijke vergadering over het jaarverslag bedoeld in § 5. Beide raden worden om "
                      "advies gevraagd over een voorgenomen wijziging van deze akte."),
        ("h", "§ 10 Geschillen"),
        ("num", "1.", "Verschillen van inzicht over de uitvoering van deze akte worden eerst in het kernteam "
                      "besproken. Komt het kernteam binnen vier weken niet tot overeenstemming, dan legt elk lid het "
                      "geschil schriftelijk voor aan het bestuurlijk overleg bedoeld in § 5, tweede lid, dat binnen "
                      "vier weken na de melding bijeenkomt."),
        ("num", "2.", "Leidt dat overleg niet binnen zes weken tot een oplossing, dan schakelen partijen een door "
                      "hen samen gekozen mediator in. Blijft het geschil daarna bestaan, dan wordt het voorgelegd "
                      "aan de bevoegde rechter in het arrondissement Midden-Nederland."),
        ("h", "§ 11 Toetreding, wijziging en einde"),
        ("num", "1.", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze akte "
                      "toetreden wanneer beide besturen daarmee schriftelijk instemmen en de toetreder alle "
                      "bepalingen aanvaardt door ondertekening van een toetredingsverklaring. Partijen melden de "
                      "toetreding aan DUO."),
        ("num", "2.", "Deze akte wordt alleen gewijzigd bij een door beide besturen ondertekend stuk, na advies van "
                      "het kernteam en van de raden bedoeld in § 9."),
        ("num", "3.", "De akte geldt voor onbepaalde tijd. Elk bestuur kan haar bij aangetekende brief opzeggen "
                      "tegen 1 augustus, met een opzegtermijn van ten minste twaalf maanden. Ontbinding wegens een "
                      "ernstige tekortkoming is alleen mogelijk nadat de andere partij schriftelijk in gebreke is "
                      "gesteld en drie maanden de tijd heeft gehad om de tekortkoming te herstellen."),
        ("num", "4.", "Bij opzegging, ontbinding of wijziging worden de gevolgen voor leerlingen en studenten zo "
                      "veel mogelijk beperkt. Na een opzegging stromen geen nieuwe leerlingen meer in; wie al in de "
                      "route zit, maakt haar onder dezelfde voorwaarden af bij beide partijen, en waar dat niet "
                      "kan, wordt de overstap van § 7 geboden."),
        ("h", "Slotverklaring"),
        ("p", "Waarvan akte, in tweevoud opgemaakt te Emmeloord op de datum in het hoofd vermeld. Na voorlezing en "
              "toelichting hebben de verschenen personen en ik, secretaris, deze akte ondertekend."),
        ("sp", 0.6),
        ("p", "Stichting Onderwijsgroep Noordoostpolder<br/>drs. H.J. Wolters, voorzitter college van bestuur"),
        ("sp", 0.5),
        ("p", "Stichting Regionaal Opleidingencentrum IJsselmeerkust<br/>ir. A. Brinkman, lid college van bestuur"),
        ("sp", 0.5),
        ("p", "De secretaris,<br/>mr. J. Kuipers-Hoekstra"),
    ]
    build_pdf(path, B, family="DejaVuSerif", size=8.6, columns=2, title_height=3.4,
              margins=(1.8, 1.8, 2.0, 2.0), header="Akte van samenwerking 2025-07 – DLR Mobiliteit en "
              "transport / Eerste autotechnicus", footer="Onderwijsgroep Noordoostpolder – ROC IJsselmeerkust",
              h_size=9.6, title_size=14, meta_title="Akte van samenwerking 2025-07")


# ----------------------------------------------------------------------------------------------
# h226 - DOCX met Word-autonummering (Artikel %1 / %1.%2) en echte voetnoten (Bodegraven-Reeuwijk)
# ----------------------------------------------------------------------------------------------

@register(226, "h226_autonummering_voetnoten_kruisverwijzingen_commercie_bodegraven_reeuwijk", "docx",
          "Juridische overeenkomst in Word met automatische artikel- en lidnummering, echte voetnoten en "
          "kruisverwijzingen; Bodegraven-Reeuwijk, Economie en ondernemen gl -> Junior accountmanager niveau 4; "
          "routebestuur uitvoerig beschreven maar zonder wijze van aanwijzing/benoeming van de leden",
          {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
           "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
          {"a": "De leerroute", "b": "Betrokkenheid van werkgevers", "d": "Informatie en verantwoording",
           "e": "Personeel en voorzieningen", "f": "Overstap naar een passend vervolg",
           "g": "Financiële bepalingen", "h": "Aanvullende medezeggenschap", "i": "Geschillen",
           "j": "Looptijd, toetreding, wijziging en opzegging"})
def build_226(path):
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx_new("Cambria", 10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.4)
        s.top_margin = Cm(2.2)
        s.bottom_margin = Cm(2.0)
        s.footer.paragraphs[0].text = "Samenwerkingsovereenkomst DLR Commercie – Wijde Blik College / Gouwe College"
        s.footer.paragraphs[0].runs[0].font.size = Pt(8)
    fn = Footnotes(d)
    nid = docx_add_numbering(d, [("Artikel %1", "decimal", 1134, 1134, True),
                                 ("%1.%2", "decimal", 567, 567, False),
                                 ("%3.", "lowerLetter", 1021, 454, False)])

    def para(text, align=None, bold=False, size=None, space_after=6):
        p = d.add_paragraph()
        docx_runs(p, text)
        if bold:
            for r in p.runs:
                r.bold = True
        if size:
            for r in p.runs:
                r.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def art(title, note=None):
        p = d.add_paragraph(style="Heading 2")
        p.add_run(title)
        docx_set_num(p, nid, 0)
        p.paragraph_format.space_before = Pt(12)
        if note:
            fn.add(p, note)
        return p

    def lid(text, note=None):
        p = d.add_paragraph()
        docx_runs(p, text)
        docx_set_num(p, nid, 1)
        p.paragraph_format.space_after = Pt(4)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if note:
            fn.add(p, note)
        return p

    def sub(text):
        p = d.add_paragraph()
        docx_runs(p, text)
        docx_set_num(p, nid, 2)
        p.paragraph_format.space_after = Pt(2)
        return p

    t = para("SAMENWERKINGSOVEREENKOMST", WD_ALIGN_PARAGRAPH.CENTER, True, 16, 2)
    fn.add(t, "Deze overeenkomst strekt ter uitvoering van artikel 2.107b van de Wet voortgezet onderwijs 2020 "
              "(WVO 2020) en artikel 9.1.3 van de Wet educatie en beroepsonderwijs (WEB).")
    para("doorlopende leerroute vmbo-mbo Economie en ondernemen – Junior accountmanager",
         WD_ALIGN_PARAGRAPH.CENTER, False, 12, 18)
    para("**DE ONDERGETEKENDEN:**")
    para("1. **Stichting Groene Hart Onderwijs**, statutair gevestigd te Bodegraven, bevoegd gezag van het Wijde "
         "Blik College, school voor vmbo (gemengde en theoretische leerweg) aan de Prinses Julianastraat te "
         "Bodegraven, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw "
         "M.C. (Marieke) van Rijn, hierna te noemen: **de School**;")
    para("2. **Stichting Gouwe Opleidingen**, statutair gevestigd te Gouda, bevoegd gezag van het Gouwe College, "
         "regionaal opleidingencentrum, rechtsgeldig vertegenwoordigd door de voorzitter van het college van "
         "bestuur, de heer drs. P.J. (Pieter) Kooistra, hierna te noemen: **de Instelling**;")
    para("hierna samen te noemen: Partijen;")
    para("**OVERWEGENDE DAT:**")
    para("a. Partijen sinds 2021 samenwerken in een pilot waarin leerlingen van de School vakken volgen bij de "
         "Gouwe Academie voor Handel van de Instelling;")
    para("b. Partijen die samenwerking willen omzetten in een doorlopende leerroute in de zin van de wet, waarin "
         "vmbo- en mbo-onderwijs als één geheel worden aangeboden;")
    para("c. de medezeggenschapsraad van de School en de studentenraad van de Instelling over het voornemen "
         "tot deze samenwerking positief hebben geadviseerd;")
    para("**KOMEN OVEREEN ALS VOLGT:**", space_after=4)

    art("Begripsbepalingen")
    lid("In deze overeenkomst wordt verstaan onder:")
    sub("_route_: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2;")
    sub("_vo-fase_: de eerste twee leerjaren van de route, waarin de deelnemer leerling van de School is;")
    sub("_mbo-fase_: het derde en volgende leerjaren van de route, waarin de deelnemer student van de "
        "Instelling is;")
    sub("_routebestuur_: het orgaan, bedoeld in artikel 4;")
    sub("_bestuurlijk overleg_: het overleg, bedoeld in artikel 5, tweede lid;")
    sub("_PTA/OER_: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
        "examenregeling van de route.")

    art("De leerroute", "Zie artikel 2.107a, derde lid, WVO 2020: de gemengde leerweg kan worden verbonden met "
                        "een middenkaderopleiding.")
    lid("Partijen verzorgen vanaf het schooljaar 2025-2026 gezamenlijk een doorlopende leerroute die aanvangt in "
        "leerjaar 3 van de gemengde leerweg, profiel **Economie en ondernemen**, van de School.")
    lid("De route leidt op tot het vmbo-diploma gemengde leerweg en tot het diploma van de middenkaderopleiding "
        "**Junior accountmanager** (niveau 4, beroepsopleidende leerweg), kwalificatiedossier Commercie, van de "
        "Instelling.")
    lid("Aan de route nemen per cohort ten hoogste dertig leerlingen deel. De route duurt vijf jaar; een "
        "versnelling naar vier jaar is mogelijk voor leerlingen die het vmbo-diploma aan het einde van het eerste "
        "leerjaar van de route behalen voor ten minste de helft van de vakken.")

    art("Betrokkenheid van werkgevers")
    lid("Partijen richten een werkgeverspanel in met vertegenwoordigers van de Ondernemersvereniging "
        "Bodegraven-Reeuwijk, Van Wijk Groothandel B.V. (Reeuwijk), Kaashandel De Wiericke (Nieuwerbrug) en "
        "Studio Plassenpunt (marketingbureau, Reeuwijk).")
    lid("Het panel komt driemaal per schooljaar bijeen met het routebestuur. De bedrijven in het panel:")
    sub("leveren per onderwijsperiode ten minste één levensechte commerciële opdracht aan;")
    sub("verzorgen in de vo-fase jaarlijks zes gastlessen en ontvangen de leerlingen voor bedrijfsbezoeken;")
    sub("stellen in de mbo-fase samen ten minste twaalf plaatsen voor beroepspraktijkvorming beschikbaar;")
    sub("leveren twee juryleden voor de jaarlijkse verkooppitch, die meetelt als beroepsgericht examenonderdeel;")
    sub("adviseren het routebestuur jaarlijks vóór 1 maart over de keuze van de keuzedelen.")

    art("Routebestuur")
    lid("De leiding over de route berust bij het routebestuur.")
    lid("Het routebestuur bestaat uit drie leden: een lid van de schoolleiding van de School, een teammanager "
        "van de Gouwe Academie voor Handel van de Instelling en de routecoördinator. De routecoördinator voert "
        "het secretariaat.")
    lid("Het routebestuur heeft tot taak:")
    sub("het jaarlijks opstellen van het routeplan, het rooster en het voorstel voor het PTA/OER;")
    sub("het toelaten van leerlingen tot de route en het voeren van de intakegesprekken;")
    sub("het verdelen van de lessen over de docenten van beide Partijen;")
    sub("het bewaken van de kwaliteit van het onderwijs en de examinering, mede op basis van de evaluaties "
        "met leerlingen en het werkgeverspanel;")
    sub("het voorbereiden van besluiten van de besturen over de route.")
    lid("Het routebestuur is namens beide besturen bevoegd om zelfstandig te besluiten over het rooster, de "
        "inzet van de lesuren binnen de door elk bestuur toegekende formatie, de toelating van leerlingen en "
        "uitgaven tot € 10.000 per schooljaar uit het routebudget. Over de rechtspositie van personeel, over "
        "investeringen en over de vaststelling van het PTA/OER besluiten de besturen zelf.")
    lid("Het routebestuur neemt besluiten bij consensus. Wordt geen consensus bereikt, dan wordt het punt "
        "geagendeerd voor het eerstvolgende bestuurlijk overleg.")

    art("Informatie en verantwoording")
    lid("Het routebestuur verstrekt beide colleges van bestuur per kwartaal een beknopte rapportage met de "
        "aantallen deelnemers, verzuim, uitval en overstap, en de stand van het routebudget.")
    lid("Tweemaal per jaar, in maart en in oktober, vindt een bestuurlijk overleg plaats tussen de voorzitters "
        "van beide colleges van bestuur en het routebestuur. In het oktoberoverleg legt het routebestuur "
        "verantwoording af aan de hand van een jaarverslag, dat uiterlijk 1 oktober aan beide besturen wordt "
        "toegezonden en dat in elk geval de in-, door- en uitstroom per cohort, de examenresultaten en de "
        "uitkomsten van de evaluaties bevat.")

    art("Onderwijs, examinering en locaties")
    lid("In de vo-fase wordt het onderwijs gegeven op de locatie van de School in Bodegraven; in het tweede "
        "leerjaar van de route volgen de leerlingen twee dagdelen per week onderwijs op de locatie van de Gouwe "
        "Academie voor Handel in Gouda. De mbo-fase wordt gegeven op de locatie van de Instelling in Gouda.")
    lid("Partijen beschrijven voor de gehele route, per leerjaar, het onderwijsprogramma, de examinering en de "
        "beroepspraktijkvorming in het PTA/OER, waarin wordt aangegeven welke onderdelen tot het vmbo, welke tot "
        "het mbo en welke tot beide behoren. De besturen stellen het PTA/OER jaarlijks vóór 1 oktober vast.")
    lid("De School blijft verantwoordelijk voor het vmbo-eindexamen, ook als de leerling al als student bij de "
        "Instelling is ingeschreven; de Instelling is verantwoordelijk voor de mbo-examinering en -diplomering.")

    art("Personeel en voorzieningen", "Artikel 7.13a WVO 2020 en artikel 9.1.12 WEB.")
    lid("De lessen in de route worden verzorgd door één docententeam, bestaande uit de docenten economie, "
        "Nederlands en Engels van de School en de docenten commercie en marketing van de Instelling. Docenten "
        "blijven in dienst van hun eigen werkgever.")
    lid("Voor de vakoverstijgende onderdelen Verkoop en klantcontact en Ondernemend project wordt gebruikgemaakt "
        "van teambevoegdheid. Elk teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is; het PTA/OER "
        "vermeldt de onderdelen waarin het team wordt ingezet.")
    lid("De Instelling stelt in het tweede leerjaar van de route een docent commercie gedurende acht lesuren per "
        "week beschikbaar op de locatie van de School.")
    lid("De School stelt de leerlingen van de route haar leerwinkel Het Loket en het ICT-lokaal ter beschikking. "
        "De Instelling stelt de leerlingen haar simulatiewinkel, het CRM-lab met de bijbehorende softwarelicenties "
        "en het mediatheekaanbod ter beschikking. Het gebruik geschiedt om niet en wordt door het routebestuur "
        "ingeroosterd.")

    art("Overstap naar een passend vervolg", "Artikel 2.107k WVO 2020 en artikel 9.1.14 WEB.")
    lid("Partijen zorgen ervoor dat een deelnemer wiens deelname aan de route vóór de voltooiing eindigt, een "
        "diploma kan behalen dat past bij het door hem bereikte niveau en zijn leeftijd.")
    lid("Eindigt de deelname in de vo-fase, dan zet de deelnemer zijn opleiding voort in de reguliere gemengde "
        "of theoretische leerweg van de School, of in een andere doorlopende leerroute van de School, gericht op "
        "het vmbo-diploma.")
    lid("Heeft de deelnemer aan het einde van het derde leerjaar van de route het vmbo-diploma niet behaald, dan "
        "kan hij bij de Instelling zijn opleiding voortzetten of instromen in een andere opleiding op niveau 3 of "
        "4; de vooropleidingseisen zijn daarbij niet van toepassing. Hij kan er ook voor kiezen het vmbo-examen "
        "opnieuw af te leggen.")
    lid("Wil een student in de mbo-fase een andere richting kiezen, dan kan hij overstappen naar een andere "
        "opleiding van de Instelling op een vergelijkbaar niveau, of, na een geschiktheidsonderzoek, naar een "
        "opleiding van een andere instelling.")
    lid("Welk vervolg passend is, beoordelen de School en de Instelling gezamenlijk, na een gesprek met de "
        "deelnemer en zijn ouders. De werkwijze wordt opgenomen in de schoolgids van de School.")

    art("Financiële bepalingen", "Artikel 5.42a WVO 2020 respectievelijk artikel 9.1.15 WEB.")
    lid("Partijen dragen geen deel van hun bekostiging aan elkaar over. Iedere Partij draagt de kosten van het "
        "eigen personeel en de eigen voorzieningen.")
    lid("Voorzieningen die een Partij ten behoeve van de route ter beschikking stelt, worden niet aan de andere "
        "Partij in rekening gebracht.")

    art("Aanvullende medezeggenschap", "De Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de "
                                       "ondernemingsraden blijven onverkort van toepassing; dit artikel vult die "
                                       "regeling aan.")
    lid("Leerlingen van de route die in de vo-fase staan ingeschreven bij de School, zijn verkiesbaar voor de "
        "studentenraad van de Gouwe Academie voor Handel en kunnen daarin met één zetel vertegenwoordigd zijn.")
    lid("Het routebestuur overlegt tweemaal per jaar met een klankbordgroep van twee ouders en twee leerlingen "
        "of studenten van de route. De medezeggenschapsraad van de School en de studentenraad van de Instelling "
        "ontvangen jaarlijks het jaarverslag, bedoeld in artikel 5, tweede lid, en kunnen daarover gezamenlijk "
        "advies uitbrengen aan beide besturen.")

    art("Klachten en gegevens")
    lid("De klachtenregeling van elk van de Partijen is mede van toepassing op gedragingen in het kader van de "
        "route van het bestuur en het personeel van de andere Partij.")
    lid("Partijen wisselen alleen de persoonsgegevens van deelnemers uit die nodig zijn voor de uitvoering van "
        "de route en sluiten daartoe een gegevensuitwisselingsovereenkomst.")

    art("Geschillen")
    lid("Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst besproken in het "
        "routebestuur en, als dat binnen vier weken geen oplossing geeft, geagendeerd voor het bestuurlijk "
        "overleg, dat binnen dertig dagen bijeenkomt.")
    lid("Blijft het geschil bestaan, dan wordt het voorgelegd aan een commissie van drie personen die bindend "
        "advies uitbrengt. Iedere Partij wijst één lid aan; deze twee leden kiezen samen een onafhankelijke "
        "voorzitter. De commissie brengt binnen acht weken advies uit; de kosten worden gelijk gedeeld.")

    art("Looptijd, toetreding, wijziging en opzegging")
    lid("Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor vijf schooljaren. Zij wordt "
        "daarna telkens stilzwijgend verlengd met vijf schooljaren.")
    lid("Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden "
        "als beide besturen daarmee schriftelijk instemmen en de toetreder de overeenkomst bij een "
        "toetredingsverklaring aanvaardt. De toetreding gaat in bij het begin van een schooljaar en wordt door "
        "alle betrokken Partijen bij DUO gemeld.")
    lid("Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk en met instemming van beide "
        "besturen, na advies van het routebestuur.")
    lid("Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met "
        "inachtneming van een opzegtermijn van twaalf maanden.")
    lid("Bij opzegging, toetreding of wijziging zorgen Partijen ervoor dat de gevolgen voor deelnemers zo "
        "beperkt mogelijk blijven. Na opzegging worden geen nieuwe leerlingen meer tot de route toegelaten; "
        "deelnemers die op dat moment in de route zitten, ronden haar af volgens het PTA/OER waaronder zij zijn "
        "begonnen, of krijgen een passend vervolg als bedoeld in artikel 8.")

    art("Slotbepalingen")
    lid("Partijen melden de route gezamenlijk aan bij de minister door registratie in RIO.")
    lid("Op deze overeenkomst is Nederlands recht van toepassing.")

    para("Aldus overeengekomen en in tweevoud ondertekend.", space_after=12)
    tbl = d.add_table(rows=4, cols=2)
    cells = [("Stichting Groene Hart Onderwijs", "Stichting Gouwe Opleidingen"),
             ("Bodegraven, 16 juni 2025", "Gouda, 17 juni 2025"),
             ("\n\n______________________", "\n\n______________________"),
             ("M.C. van Rijn, voorzitter college van bestuur", "drs. P.J. Kooistra, voorzitter college van bestuur")]
    for i, (a, b) in enumerate(cells):
        tbl.cell(i, 0).text = a
        tbl.cell(i, 1).text = b
    fn.finish()
    docx_save(d, path, "Samenwerkingsovereenkomst DLR Economie en ondernemen")


# ----------------------------------------------------------------------------------------------
# h227 - zeer kort afsprakenblad in platte tekst (Vlissingen)
# ----------------------------------------------------------------------------------------------

@register(227, "h227_zeer_kort_afsprakenblad_constructiewerker_vlissingen", "txt",
          "Zeer kort afsprakenblad in platte tekst, tien puntsgewijze afspraken in telegramstijl; Vlissingen, "
          "Maritiem en techniek kb -> Allround constructiewerker niveau 3; kort maar volledig, geen overdracht",
          {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
           "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
          {"a": "1. ROUTE", "b": "2. WERKGEVERS", "c": "3. LEIDING", "d": "4. VERANTWOORDING",
           "e": "5. INRICHTING", "f": "6. OVERSTAP", "g": "7. GELD", "h": "8. MEDEZEGGENSCHAP",
           "i": "9. GESCHILLEN", "j": "10. TOETREDING, WIJZIGING, EINDE"})
def build_227(path):
    write_text(path, """
SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE
Maritiem en techniek (kader) - Allround constructiewerker (mbo 3)
Vlissingen, 10 juni 2025

Partijen:
- Stichting Scheldemond Onderwijs, bevoegd gezag van Vakcollege De Nolle te Vlissingen ("De Nolle");
- Stichting ROC Westerschelde, bevoegd gezag van ROC Westerschelde te Vlissingen ("het ROC").
Zij spreken het volgende af.

1. ROUTE
Kaderberoepsgerichte leerweg, profiel Maritiem en techniek (De Nolle) -> vakopleiding Allround
constructiewerker, niveau 3, BOL, domein Techniek en procesindustrie (het ROC). Start 1 augustus 2025,
maximaal 16 leerlingen per cohort.

2. WERKGEVERS
Scheepswerf Vlissingen-Oost B.V., Zeeland Staalbouw B.V. en Montagebedrijf Kaaij leveren samen per jaar
10 bpv-plaatsen, per periode een werkplaatsopdracht en een beoordelaar voor de proeve van bekwaamheid. Zij
adviseren elk jaar in juni over het programma.

3. LEIDING
Routeteam: de teamleider techniek van De Nolle en de opleidingsmanager Metaal van het ROC, elk aangewezen
door het eigen bestuur. Taken: programma, rooster, toelating, verdeling van docenten. Het routeteam beslist
zelf over uitgaven tot EUR 5.000 per jaar; al het andere beslissen de besturen.

4. VERANTWOORDING
Het routeteam stuurt beide besturen voor 15 juli een jaarverslag (in-, door- en uitstroom, examens, bpv,
uitgaven) en licht het toe in het bestuurlijk overleg in september.

5. INRICHTING
Leerjaar 1-2 van de route bij De Nolle, vanaf leerjaar 2 een dag per week in de lashal van het ROC;
leerjaar 3-5 bij het ROC. Programma en examinering per leerjaar staan in een gezamenlijk PTA/OER. Docenten
van beide scholen vormen een team (teambevoegdheid voor lastechniek en constructietekenen); een lasdocent
van het ROC geeft in leerjaar 2 vier uur per week les op De Nolle. De Nolle stelt haar metaalwerkplaats,
het ROC zijn lashal en CNC-ruimte ter beschikking van de route.

6. OVERSTAP
Stopt een leerling in leerjaar 1-2: verder in de gewone kader- of basisberoepsgerichte leerweg van De Nolle,
op weg naar het vmbo-diploma. Geen vmbo-diploma na leerjaar 3: zonder vooropleidingseisen verder in
Allround constructiewerker of in een opleiding op niveau 2 van het ROC, of het examen opnieuw doen. Andere
richting: een andere opleiding van het ROC op hetzelfde niveau, of elders na een geschiktheidsonderzoek.
De Nolle en het ROC beslissen samen, op basis van het bereikte niveau en de leeftijd, na een gesprek met
leerling en ouders.

7. GELD
Er wordt geen bekostiging overgedragen. Ieder betaalt het eigen personeel en de eigen voorzieningen.

8. MEDEZEGGENSCHAP
Een leerling uit leerjaar 1-2 van de route mag de vergaderingen van de studentenraad van het ROC bijwonen,
met spreekrecht. De MR van De Nolle en de studentenraad van het ROC krijgen het jaarverslag (punt 4) ter
advisering.

9. GESCHILLEN
Eerst het routeteam; lukt het niet, dan het bestuurlijk overleg binnen 4 weken; daarna mediation; daarna
de rechtbank Zeeland-West-Brabant.

10. TOETREDING, WIJZIGING, EINDE
Een andere school of instelling kan toetreden als beide besturen schriftelijk instemmen. Wijzigen alleen
schriftelijk, getekend door beide besturen. Opzeggen per 1 augustus, opzegtermijn een jaar. Na opzegging
geen nieuwe instroom; leerlingen die al in de route zitten, maken haar af.

Voor Stichting Scheldemond Onderwijs:        Voor Stichting ROC Westerschelde:
L. de Klerk, bestuurder                      mr. R. Verhulst, voorzitter college van bestuur
""")


# ----------------------------------------------------------------------------------------------
# h228 - geintegreerde route als afsprakenkaart (tabel) in PDF (Stadskanaal)
# ----------------------------------------------------------------------------------------------

@register(228, "h228_geintegreerde_route_afsprakenkaart_installatietechniek_stadskanaal", "pdf",
          "Afsprakenkaart in tabelvorm (PDF) voor een geintegreerde route; Stadskanaal, Produceren, installeren "
          "en energie bb -> Monteur werktuigkundige installaties niveau 2; uitvallers automatisch naar Entree, "
          "geen toetredingsregeling, niets over bekostiging, medezeggenschap alleen wettelijke beschrijving",
          {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
           "f": "weak", "g": "missing", "h": "not_applicable", "i": "present", "j": "weak"},
          {"a": "Opleiding en profiel", "b": "Werkveld", "c": "Routeteam", "d": "Rapportage",
           "e": "Onderwijs en organisatie", "i": "Geschillen"})
def build_228(path):
    rows = [
        ["Nr.", "Onderwerp", "Afspraak"],
        ["1", "Opleiding en profiel",
         "De Dreef en ROC Hunzedal verzorgen samen een geïntegreerde route vmbo-basisberoepsopleiding. De route "
         "begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Produceren, installeren en energie, "
         "van De Dreef en leidt tot het diploma Monteur werktuigkundige installaties (niveau 2, BBL-variant "
         "vanaf het vierde leerjaar van de route mogelijk) in het opleidingsdomein Installatie- en "
         "energietechniek van ROC Hunzedal. Een basisberoepsgericht eindexamen wordt niet afgenomen."],
        ["2", "Toelating",
         "Een leerling wordt tot de route toegelaten na overleg met de leerling en zijn ouders en na overleg "
         "tussen De Dreef en ROC Hunzedal, op advies van de mentor en de decaan. Per cohort ten hoogste twaalf "
         "leerlingen."],
        ["3", "Werkveld",
         "Installatiebedrijf Nijborg (Stadskanaal), Kanaalstreek Klimaattechniek B.V. (Musselkanaal) en "
         "Loodgietersbedrijf Hoving (Vlagtwedde) zijn als erkend leerbedrijf aan de route verbonden. Zij bieden "
         "in het eerste leerjaar van de route meeloopdagen aan, in het tweede leerjaar een snuffelstage van "
         "twee weken en vanaf het derde leerjaar bpv-plaatsen. Elk bedrijf levert één praktijkopleider die "
         "meebeoordeelt bij de proeve van bekwaamheid. De bedrijven bespreken eens per jaar, in mei, met het "
         "routeteam of het programma nog aansluit op het werk."],
        ["4", "Routeteam",
         "De route wordt geleid door een routeteam: de teamleider PIE van De Dreef, de teamleider "
         "installatietechniek van ROC Hunzedal en een routecoach. De teamleiders worden door hun eigen "
         "bestuur aangewezen; de routecoach wordt door beide besturen samen benoemd. Het routeteam stelt het "
         "programma en het rooster vast, besluit over toelating (regel 2), verdeelt de lessen over de docenten "
         "en onderhoudt het contact met de bedrijven. Besluiten over personeel, gebouwen en deze afsprakenkaart "
         "zijn voorbehouden aan de besturen."],
        ["5", "Rapportage",
         "Het routeteam stuurt in januari en in juli een voortgangsrapportage aan beide besturen (aantallen "
         "leerlingen, verzuim, uitval, behaalde onderdelen). In september legt het routeteam in een jaargesprek "
         "met een lid van elk bestuur verantwoording af over het afgelopen schooljaar."],
        ["6", "Onderwijs en organisatie",
         "Leerjaar 1 en 2 van de route: bij De Dreef, Stadskanaal, met vanaf leerjaar 2 één dag per week in het "
         "installatiecentrum van ROC Hunzedal aan de Vosholen. Leerjaar 3 en 4: bij ROC Hunzedal en in het "
         "leerbedrijf. Het programma en de examinering per leerjaar worden vastgelegd in een gezamenlijk "
         "PTA/OER. De Dreef zet haar docenten PIE en de docenten Nederlands en rekenen in; ROC Hunzedal zet "
         "twee docenten installatietechniek in, van wie één in leerjaar 2 zes uur per week op De Dreef lesgeeft. "
         "Voor het vakoverstijgende onderdeel Installeren in de praktijk werken zij als één team met "
         "teambevoegdheid. De Dreef stelt haar PIE-praktijklokaal ter beschikking, ROC Hunzedal zijn "
         "installatiewerkplaats, de warmtepompopstelling en het gereedschap."],
        ["7", "Uitstappen",
         "Verlaat een leerling de geïntegreerde route voordat hij het diploma Monteur werktuigkundige installaties "
         "heeft behaald, dan wordt hij ingeschreven in de Entree-opleiding van ROC Hunzedal, zodat hij toch snel "
         "een diploma kan halen. Het routeteam regelt de inschrijving en de overdracht; de mentor houdt contact "
         "tot de leerling daar is gestart."],
        ["8", "Klachten",
         "Een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de "
         "partij waar de klacht is ingediend; de andere partij werkt mee."],
        ["9", "Medezeggenschap",
         "Voor de medezeggenschap gelden de wettelijke regels: de WMS voor leerlingen die bij De Dreef staan "
         "ingeschreven, hun ouders en het personeel van De Dreef; de WEB voor studenten van ROC Hunzedal en de "
         "WOR voor het personeel van ROC Hunzedal. Scholen kunnen daarnaast aanvullende afspraken maken."],
        ["10", "Geschillen",
         "Komen de partijen er over de uitvoering van deze afsprakenkaart in het routeteam niet uit, dan wordt "
         "het verschil binnen drie weken voorgelegd aan de bestuurders van beide partijen. Leidt ook dat binnen "
         "zes weken niet tot een oplossing, dan vragen zij bindend advies aan een onafhankelijke deskundige die "
         "zij samen kiezen; komen zij over die keuze niet overeen, dan beslist de bevoegde rechter van de "
         "rechtbank Noord-Nederland."],
        ["11", "Looptijd en einde",
         "Deze afsprakenkaart geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Elke partij kan haar schriftelijk "
         "opzeggen tegen 1 augustus, met een opzegtermijn van een jaar. Wijzigingen worden alleen schriftelijk "
         "en met handtekening van beide besturen vastgelegd. Na opzegging worden geen nieuwe leerlingen "
         "toegelaten; leerlingen die al in de route zitten, ronden haar af."],
    ]
    B = [
        ("title", "Afsprakenkaart geïntegreerde route PIE – Monteur werktuigkundige installaties"),
        ("subtitle", "samenwerkingsovereenkomst als bedoeld in artikel 9.1.17 WEB en artikel 2.107l WVO 2020"),
        ("p", "**Partijen.** Stichting Kanaalstreek Onderwijs te Stadskanaal, bevoegd gezag van Vakcollege De Dreef "
              "(hierna: De Dreef), vertegenwoordigd door mevrouw J. Lubbers, bestuurder; en Stichting ROC "
              "Hunzedal te Emmen, bevoegd gezag van ROC Hunzedal, vertegenwoordigd door de heer H. Sikkema, "
              "voorzitter van het college van bestuur."),
        ("p", "Partijen willen leerlingen uit de Kanaalstreek die beter leren in de praktijk dan voor een "
              "vmbo-examen, in één doorgaande lijn naar een diploma in de installatietechniek brengen. Zij leggen "
              "de afspraken daarover vast in de onderstaande kaart. De kaart is door beide besturen vastgesteld "
              "en geldt als samenwerkingsovereenkomst."),
        ("table", rows, [1.0, 4.4, 11.6], {"header": True, "hbg": "#d9e6f2"}),
        ("sp", 0.4),
        ("p", "Vastgesteld en ondertekend te Stadskanaal op 23 juni 2025."),
        ("sp", 0.3),
        ("table", [["Stichting Kanaalstreek Onderwijs", "Stichting ROC Hunzedal"],
                   ["\n\nJ. Lubbers, bestuurder", "\n\nH. Sikkema, voorzitter college van bestuur"]],
         [8.5, 8.5], {"header": False}),
    ]
    build_pdf(path, B, family="LiberationSans", size=9.5, columns=1, margins=(2.0, 2.0, 2.0, 2.0),
              header="Vakcollege De Dreef – ROC Hunzedal", footer="Afsprakenkaart GR PIE 2025",
              title_size=14, align_justify=False, meta_title="Afsprakenkaart geintegreerde route PIE")


# ----------------------------------------------------------------------------------------------
# h229 - lange overeenkomst met drie partijen en bijlagen die afspraken dragen (Leudal)
# ----------------------------------------------------------------------------------------------

@register(229, "h229_lang_drie_partijen_bijlagen_met_afspraken_kinderopvang_leudal", "pdf",
          "Lange formele overeenkomst (PDF) met voorblad, inhoudsopgave, hoofdstukken en vier bijlagen die "
          "de leiding, overstap en financien regelen; twee vmbo-scholen en een ROC in Leudal/Midden-Limburg, "
          "Zorg en welzijn kb -> Pedagogisch medewerker kinderopvang niveau 3; volledig",
          {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
           "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
          {"a": "Artikel 3 Profiel en opleiding", "b": "Artikel 8 Beroepenveld",
           "c": "Bijlage 2 – Reglement routeraad", "d": "Artikel 6 Informatie en verantwoording",
           "e": "Artikel 7 Organisatie van het onderwijs, personeel en faciliteiten",
           "f": "Bijlage 3 – Overstapregeling", "g": "Bijlage 4 – Financiële afspraken",
           "h": "Artikel 11 Medezeggenschap", "i": "Artikel 14 Geschillen",
           "j": "Artikel 15 Toetreding, wijziging en beëindiging"})
def build_229(path):
    N = lambda lab, t: ("num", lab, t)  # noqa: E731
    B = [
        ("sp", 3.0),
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("subtitle", "Doorlopende leerroute vmbo-mbo Zorg en welzijn – Pedagogisch medewerker kinderopvang"),
        ("center", "tussen"),
        ("center", "Stichting Katholiek Voortgezet Onderwijs Leudal<br/>(Sint-Elisabeth Vakcollege, Heythuysen)"),
        ("center", "Stichting Scholengroep Maasgouw<br/>(Vakcollege Maasbracht)"),
        ("center", "en"),
        ("center", "Stichting Regionaal Opleidingencentrum Roerstreek<br/>(Roerstreek College)"),
        ("sp", 2.0),
        ("center", "Versie 1.0 – definitief – vastgesteld 26 juni 2025"),
        ("pb",),
        ("h", "Inhoud"),
        ("p", "Partijen en considerans<br/>Hoofdstuk 1 Algemene bepalingen (artikelen 1–2)<br/>Hoofdstuk 2 De route "
              "(artikelen 3–4)<br/>Hoofdstuk 3 Leiding en verantwoording (artikelen 5–6)<br/>Hoofdstuk 4 "
              "Uitvoering (artikelen 7–10)<br/>Hoofdstuk 5 Waarborgen (artikelen 11–13)<br/>Hoofdstuk 6 "
              "Slotbepalingen (artikelen 14–17)<br/>Ondertekening<br/>Bijlage 1 Routebeschrijving per leerjaar"
              "<br/>Bijlage 2 Reglement routeraad<br/>Bijlage 3 Overstapregeling<br/>Bijlage 4 "
              "Financiële afspraken"),
        ("h", "Partijen"),
        N("1.", "**Stichting Katholiek Voortgezet Onderwijs Leudal**, statutair gevestigd te Leudal, bevoegd gezag "
                "van het Sint-Elisabeth Vakcollege te Heythuysen, te dezen rechtsgeldig vertegenwoordigd door "
                "de heer drs. F.M.J. (Frank) Hermans, voorzitter van het college van bestuur, hierna: "
                "_Sint-Elisabeth_;"),
        N("2.", "**Stichting Scholengroep Maasgouw**, statutair gevestigd te Maasgouw, bevoegd gezag van het "
                "Vakcollege Maasbracht te Maasbracht, te dezen rechtsgeldig vertegenwoordigd door mevrouw "
                "M.A. (Mieke) Coenen-Smeets, bestuurder, hierna: _Vakcollege Maasbracht_;"),
        N("3.", "**Stichting Regionaal Opleidingencentrum Roerstreek**, statutair gevestigd te Roermond, bevoegd "
                "gezag van het Roerstreek College, te dezen rechtsgeldig vertegenwoordigd door de heer "
                "ir. T. (Thijs) Geurts, voorzitter van het college van bestuur, hierna: _het ROC_;"),
        ("p", "Sint-Elisabeth en Vakcollege Maasbracht samen ook: _de scholen_; de scholen en het ROC samen: "
              "_partijen_."),
        ("h", "Considerans"),
        ("p", "Partijen overwegen dat:"),
        N("a.", "in Midden-Limburg een blijvend tekort bestaat aan pedagogisch medewerkers in de kinderopvang en "
                "de buitenschoolse opvang;"),
        N("b.", "de scholen sinds 2019 in een experiment samenwerken met het ROC, en partijen die samenwerking "
                "willen voortzetten als doorlopende leerroute als bedoeld in artikel 2.107a WVO 2020 en artikel "
                "9.1.2 WEB;"),
        N("c.", "de wet voorschrijft dat partijen hun afspraken vastleggen in een samenwerkingsovereenkomst, en "
                "dat de medezeggenschapsorganen van partijen over het voornemen tot deze samenwerking hebben "
                "geadviseerd;"),
        ("p", "en komen als volgt overeen."),
        ("h", "Hoofdstuk 1 Algemene bepalingen"),
        ("h2", "Artikel 1 Begrippen"),
        ("p", "In deze overeenkomst en de bijlagen wordt verstaan onder:"),
        N("a.", "_route_: de doorlopende leerroute, bedoeld in artikel 3;"),
        N("b.", "_deelnemer_: een leerling of student die in de route staat ingeschreven;"),
        N("c.", "_vo-fase_: het eerste en tweede leerjaar van de route, waarin de deelnemer staat ingeschreven "
                "bij een van de scholen;"),
        N("d.", "_mbo-fase_: het derde en volgende leerjaren van de route, waarin de deelnemer staat "
                "ingeschreven bij het ROC;"),
        N("e.", "_routeraad_: het orgaan dat de leiding heeft over de route, bedoeld in artikel 5;"),
        N("f.", "_besturen_: de bevoegde gezagsorganen van partijen;"),
        N("g.", "_PTA/OER_: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
                "examenregeling van de route."),
        ("h2", "Artikel 2 Bijlagen en rangorde"),
        N("1.", "De bijlagen 1 tot en met 4 maken deel uit van deze overeenkomst en binden partijen op dezelfde "
                "wijze als de hoofdtekst."),
        N("2.", "Bij strijd tussen de hoofdtekst en een bijlage gaat de hoofdtekst voor, tenzij de bijlage "
                "uitdrukkelijk anders bepaalt."),
        N("3.", "De routeraad kan bijlage 1 jaarlijks actualiseren binnen de grenzen van deze overeenkomst; de "
                "bijlagen 2, 3 en 4 worden gewijzigd volgens artikel 15."),
        ("h", "Hoofdstuk 2 De route"),
        ("h2", "Artikel 3 Profiel en opleiding"),
        N("1.", "Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in leerjaar 3 van de "
                "kaderberoepsgerichte leerweg, profiel Zorg en welzijn, van de scholen."),
        N("2.", "De route leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en tot het diploma van de "
                "vakopleiding Pedagogisch medewerker kinderopvang (niveau 3), kwalificatiedossier Pedagogisch "
                "werk, van het ROC, in de beroepsopleidende leerweg."),
        N("3.", "De route wordt aangeboden vanaf het cohort dat op 1 augustus 2025 instroomt. Iedere school laat "
                "per cohort ten hoogste vijftien deelnemers toe."),
        ("h2", "Artikel 4 Routebeschrijving"),
        N("1.", "De inhoud van het onderwijs, de examinering en de beroepspraktijkvorming per leerjaar zijn "
                "beschreven in bijlage 1 en worden jaarlijks uitgewerkt in het PTA/OER."),
        N("2.", "Het centraal examen vmbo wordt afgelegd in het tweede leerjaar van de route. Een deelnemer die dan "
                "voor een of meer vakken niet is geslaagd, kan die vakken in het derde leerjaar afronden; de "
                "school blijft verantwoordelijk voor het eindexamen, ook wanneer de deelnemer al bij het ROC staat "
                "ingeschreven."),
        ("h", "Hoofdstuk 3 Leiding en verantwoording"),
        ("h2", "Artikel 5 Routeraad"),
        N("1.", "De leiding over de route berust bij de routeraad."),
        N("2.", "De samenstelling van de routeraad, de wijze waarop de leden worden aangewezen en benoemd en de "
                "taken en bevoegdheden die de besturen aan de routeraad opdragen, zijn geregeld in het reglement "
                "in bijlage 2."),
        ("h2", "Artikel 6 Informatie en verantwoording"),
        N("1.", "De routeraad stelt elk jaar vóór 1 november een jaarverslag op over het voorafgaande schooljaar en "
                "zendt het aan de drie besturen. Het jaarverslag bevat ten minste de in-, door- en uitstroom per "
                "school en per cohort, de examenresultaten, het gebruik van de overstapregeling, de bevindingen uit "
                "de evaluaties met deelnemers en werkveld, en de verantwoording van de middelen bedoeld in bijlage 4."),
        N("2.", "Na ontvangst van het jaarverslag komen de besturen en de routeraad in november bijeen in het "
                "bestuurlijk overleg. De routeraad legt daar verantwoording af; de besturen stellen het verslag vast "
                "of geven aanwijzingen."),
        N("3.", "Daarnaast stuurt de routeraad de besturen in maart een tussenrapportage met de instroomprognose en "
                "de stand van zaken van het lopende schooljaar, en meldt hij onverwijld iedere ontwikkeling die de "
                "voortgang van de route in gevaar brengt."),
        ("h", "Hoofdstuk 4 Uitvoering"),
        ("h2", "Artikel 7 Organisatie van het onderwijs, personeel en faciliteiten"),
        N("1.", "In de vo-fase wordt het onderwijs verzorgd op de locatie van de school waar de deelnemer staat "
                "ingeschreven. Vanaf het tweede leerjaar van de route volgen de deelnemers van beide scholen één "
                "dag per week gezamenlijk onderwijs in het Zorgpaviljoen van het ROC aan de Bredeweg te Roermond. "
                "De mbo-fase wordt verzorgd door het ROC en in de leerbedrijven."),
        N("2.", "Docenten van de drie partijen vormen samen het routeteam. De scholen zetten in de vo-fase hun "
                "docenten zorg en welzijn, Nederlands en maatschappijleer in; het ROC zet in het tweede leerjaar "
                "van de route twee docenten pedagogisch werk in, ieder voor acht uur per week. Docenten blijven in "
                "dienst van hun eigen werkgever en werken op de locatie van een andere partij onder de "
                "huisregels van die partij."),
        N("3.", "Voor de vakoverstijgende onderdelen Ontwikkeling van het jonge kind en Spel en activiteiten "
                "wordt het routeteam ingezet met toepassing van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. "
                "Bijlage 1 en het PTA/OER vermelden deze onderdelen en de bevoegde docent die voor elk onderdeel "
                "verantwoordelijk is."),
        N("4.", "Het ROC stelt de deelnemers zijn praktijklokaal kinderopvang, de babyverzorgingsruimte en de "
                "leeromgeving voor spel en beweging ter beschikking. De scholen stellen hun praktijklokalen "
                "zorg en welzijn en hun keukens ter beschikking voor gezamenlijke projecten. De routeraad "
                "roostert het gebruik in."),
        N("5.", "Partijen scholen het routeteam jaarlijks gezamenlijk, ten minste twee dagen per schooljaar."),
        ("h2", "Artikel 8 Beroepenveld"),
        N("1.", "Kinderopvang Midden-Limburg, Stichting Speelhof Leudal en Kinderdagverblijf De Rupsenhoek in "
                "Maasbracht zijn als erkende leerbedrijven aan de route verbonden. Zij vormen met het ROC de "
                "werkveldtafel van de route; SBB neemt als adviseur deel."),
        N("2.", "De werkveldtafel komt driemaal per schooljaar bijeen. De leerbedrijven bieden in de vo-fase "
                "meeloopdagen en een oriënterende stage van vier weken, stellen in de mbo-fase de benodigde "
                "bpv-plaatsen beschikbaar, leveren praktijkopdrachten voor de gezamenlijke projectdag en "
                "nemen als assessor deel aan de beroepsgerichte examens."),
        N("3.", "De werkveldtafel adviseert de routeraad jaarlijks vóór 1 april over de keuzedelen en over "
                "ontwikkelingen in het beroep die aanpassing van het programma vragen."),
        ("h2", "Artikel 9 Overstap"),
        ("p", "Partijen bieden iedere deelnemer die de route voortijdig verlaat of haar niet met succes afrondt, "
              "een passend vervolg dat leidt tot een vmbo- of mbo-diploma. Bijlage 3 bevat de regeling daarvoor."),
        ("h2", "Artikel 10 Financiën"),
        ("p", "De overdracht van middelen tussen partijen, de omvang daarvan en de bestemming zijn geregeld in "
              "bijlage 4. Overige kosten draagt iedere partij zelf."),
        ("h", "Hoofdstuk 5 Waarborgen"),
        ("h2", "Artikel 11 Medezeggenschap"),
        N("1.", "Partijen stellen een routeplatform in, bestaande uit een lid van de medezeggenschapsraad van elk "
                "van de scholen, twee leden van de studentenraad van het ROC en twee ouders van deelnemers, "
                "aangewezen door de medezeggenschapsraden van de scholen."),
        N("2.", "Het routeplatform wordt door de routeraad om advies gevraagd over het jaarlijkse routeplan, "
                "wijzigingen van bijlage 1 en het voornemen tot beëindiging van de route, en ontvangt het "
                "jaarverslag bedoeld in artikel 6."),
        N("3.", "Deelnemers in de vo-fase kunnen zich verkiesbaar stellen voor de studentenraad van het ROC. De "
                "bevoegdheden van de medezeggenschapsorganen van elke partij op grond van de wet blijven onverlet."),
        ("h2", "Artikel 12 Klachten, privacy en verzekering"),
        N("1.", "De klachtenregeling van elke partij is mede van toepassing op gedragingen in het kader van de route "
                "van het bestuur en het personeel van de andere partijen. De voorzitter van een klachtencommissie "
                "is niet werkzaam bij of voor een andere partij."),
        N("2.", "Partijen wisselen uitsluitend persoonsgegevens van deelnemers uit voor zover dat nodig is voor de "
                "uitvoering van de route, en leggen de afspraken daarover vast in een gegevensdelingsprotocol."),
        N("3.", "Iedere partij is verzekerd voor de eigen aansprakelijkheid en die van het eigen personeel."),
        ("h2", "Artikel 13 Melding"),
        ("p", "Iedere school en het ROC registreren de route in RIO. Zij doen dat gelijktijdig en stemmen de "
              "gegevens vooraf af."),
        ("h", "Hoofdstuk 6 Slotbepalingen"),
        ("h2", "Artikel 14 Geschillen"),
        N("1.", "Ontstaat tussen partijen een geschil over de uitvoering van deze overeenkomst, dan wordt het eerst "
                "besproken in de routeraad."),
        N("2.", "Lukt het de routeraad niet binnen vier weken het geschil op te lossen, dan meldt iedere betrokken "
                "partij het schriftelijk aan het bestuurlijk overleg, dat binnen vier weken bijeenkomt."),
        N("3.", "Blijft het geschil ook daarna bestaan, dan schakelen de betrokken partijen een mediator in, aan "
                "te wijzen door de besturen gezamenlijk. Heeft de mediation binnen drie maanden geen resultaat, "
                "dan wordt het geschil beslecht door arbitrage door één arbiter overeenkomstig het reglement van "
                "het Nederlands Arbitrage Instituut; de plaats van arbitrage is Roermond."),
        ("h2", "Artikel 15 Toetreding, wijziging en beëindiging"),
        N("1.", "Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden "
                "indien alle besturen daarmee instemmen, de toetreder de route volgens bijlage 1 kan aanbieden en de "
                "toetreder een toetredingsverklaring ondertekent waarin hij de overeenkomst met bijlagen aanvaardt. "
                "Toetreding gaat in op 1 augustus; de toetreder registreert de route in RIO."),
        N("2.", "Deze overeenkomst en de bijlagen 2 tot en met 4 worden alleen gewijzigd bij een schriftelijke "
                "akte die door alle besturen is ondertekend, na advies van de routeraad en het routeplatform."),
        N("3.", "Iedere partij kan haar deelname opzeggen tegen 1 augustus van enig jaar, met inachtneming van een "
                "opzegtermijn van ten minste twaalf maanden. De overeenkomst blijft tussen de overige partijen van "
                "kracht, mits ten minste één school en het ROC partij blijven."),
        N("4.", "Een partij kan de overeenkomst ontbinden indien een andere partij ernstig tekortschiet in de "
                "nakoming en dat na een schriftelijke ingebrekestelling niet binnen drie maanden herstelt."),
        N("5.", "Partijen voorkomen dat deelnemers nadeel ondervinden van een toetreding, wijziging, opzegging of "
                "ontbinding. Na een opzegging worden bij de opzeggende partij geen deelnemers meer toegelaten; "
                "deelnemers die al in de route zitten, ronden haar af onder de voorwaarden die golden bij hun "
                "instroom. Is dat niet mogelijk, dan geldt bijlage 3."),
        ("h2", "Artikel 16 Looptijd en inwerkingtreding"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd. Zij vervangt "
              "de samenwerkingsafspraken uit het experiment van 2019."),
        ("h2", "Artikel 17 Toepasselijk recht"),
        ("p", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("h", "Ondertekening"),
        ("p", "Aldus overeengekomen en in drievoud ondertekend."),
        ("table", [["Stichting Katholiek Voortgezet Onderwijs Leudal", "Stichting Scholengroep Maasgouw",
                    "Stichting Regionaal Opleidingencentrum Roerstreek"],
                   ["Heythuysen, 26 juni 2025\n\n\ndrs. F.M.J. Hermans", "Maasbracht, 26 juni 2025\n\n\n"
                    "M.A. Coenen-Smeets", "Roermond, 26 juni 2025\n\n\nir. T. Geurts"]],
         [5.6, 5.6, 5.6], {"header": False}),
        ("pb",),
        ("h", "Bijlage 1 – Routebeschrijving per leerjaar"),
        ("p", "Deze bijlage geeft het kader; de routeraad werkt het jaarlijks uit in het PTA/OER."),
        ("table", [["Leerjaar route", "Plaats", "Onderwijs", "Examinering", "Praktijk"],
                   ["1 (vmbo 3)", "eigen school", "profielvakken Zorg en welzijn, algemene vakken, start "
                    "keuzevak Kinderopvang", "schoolexamens vmbo", "meeloopdagen"],
                   ["2 (vmbo 4)", "eigen school; 1 dag ROC", "algemene vakken, keuzevakken, eerste mbo-onderdelen "
                    "pedagogisch werk (routeteam)", "centraal examen vmbo; eerste mbo-toetsen", "oriënterende "
                    "stage 4 weken"],
                   ["3 (mbo 1)", "ROC", "kerntaken pedagogisch medewerker, Nederlands, rekenen, burgerschap",
                    "mbo-examens kerntaak 1; eventueel resterende vmbo-vakken", "bpv 2 dagen per week"],
                   ["4 (mbo 2)", "ROC + leerbedrijf", "kerntaken en keuzedelen", "mbo-examens, proeve "
                    "kerntaak 2", "bpv 3 dagen per week"],
                   ["5 (mbo 3)", "ROC + leerbedrijf", "verdieping en keuzedelen; diplomering", "proeven van "
                    "bekwaamheid, generieke examens", "bpv 3 dagen per week"]],
         [2.3, 2.6, 5.0, 4.0, 3.0], {"header": True}),
        ("h", "Bijlage 2 – Reglement routeraad"),
        N("1.", "**Samenstelling.** De routeraad bestaat uit de afdelingsleider bovenbouw van Sint-Elisabeth, de "
                "afdelingsleider bovenbouw van Vakcollege Maasbracht, de opleidingsmanager Pedagogisch werk van "
                "het ROC en de routecoördinator. De routecoördinator heeft een adviserende stem."),
        N("2.", "**Aanwijzing en benoeming.** Ieder bestuur wijst zijn eigen lid in de routeraad aan en meldt de "
                "aanwijzing schriftelijk aan de andere besturen. De routecoördinator wordt door de drie besturen "
                "gezamenlijk benoemd, op voordracht van de overige leden, voor een periode van drie jaar; "
                "herbenoeming is eenmaal mogelijk. De routeraad kiest jaarlijks uit zijn stemgerechtigde leden "
                "een voorzitter."),
        N("3.", "**Taken.** De routeraad (a) stelt het routeplan en het rooster vast; (b) bereidt het PTA/OER voor "
                "en legt het ter vaststelling voor aan de besturen; (c) beslist over de toelating van deelnemers "
                "en over overstapvoorstellen volgens bijlage 3; (d) verdeelt de inzet van het routeteam; (e) "
                "onderhoudt de contacten met de werkveldtafel; (f) bewaakt de kwaliteit en stelt de evaluaties "
                "op; (g) stelt het jaarverslag en de tussenrapportage op (artikel 6)."),
        N("4.", "**Bevoegdheden.** De besturen dragen aan de routeraad de bevoegdheid op om namens hen te besluiten "
                "over de onder 3 (a), (c), (d) en (e) genoemde onderwerpen en om het routebudget uit bijlage 4 "
                "te besteden. Besluiten met rechtspositionele gevolgen voor personeel, investeringen boven "
                "€ 10.000 en wijziging van de overeenkomst blijven aan de besturen voorbehouden."),
        N("5.", "**Werkwijze.** De routeraad vergadert ten minste zes keer per schooljaar en besluit bij gewone "
                "meerderheid van de stemgerechtigde leden; ieder van hen heeft één stem. Bij staken van de stemmen "
                "wordt het voorstel voorgelegd aan het bestuurlijk overleg."),
        ("h", "Bijlage 3 – Overstapregeling"),
        N("1.", "**Vo-fase.** Een deelnemer die in het eerste of tweede leerjaar van de route stopt, vervolgt zijn "
                "opleiding in de reguliere kaderberoepsgerichte of basisberoepsgerichte leerweg van zijn school, "
                "in het profiel Zorg en welzijn of een ander profiel, en behaalt daar het vmbo-diploma."),
        N("2.", "**Geen vmbo-diploma.** Heeft een deelnemer aan het einde van het derde leerjaar van de route het "
                "vmbo-diploma niet behaald, dan kan hij zonder dat diploma doorgaan in de opleiding Pedagogisch "
                "medewerker kinderopvang of instromen in een andere opleiding op niveau 2 of 3 van het ROC, zoals "
                "Helpende zorg en welzijn; de vooropleidingseisen gelden daarbij niet. Hij kan ook het vmbo-examen "
                "opnieuw afleggen bij zijn school."),
        N("3.", "**Andere richting of ander niveau.** Een deelnemer die een andere richting of een ander niveau "
                "kiest, kan overstappen naar een andere opleiding van het ROC op een passend niveau of naar een "
                "andere instelling in de regio. Bij een andere instelling ondersteunen partijen de aanmelding en "
                "het geschiktheidsonderzoek."),
        N("4.", "**Besluitvorming.** Binnen twee weken na het signaal dat een deelnemer de route wil of moet "
                "verlaten, vindt een overstapgesprek plaats met de deelnemer, zijn ouders (zolang hij minderjarig "
                "is), de mentor van de school en de loopbaanbegeleider van het ROC. De school en het ROC bepalen "
                "daarna gezamenlijk welk vervolg passend is, gelet op het bereikte onderwijsniveau en de leeftijd "
                "van de deelnemer, en leggen dat schriftelijk vast."),
        N("5.", "**Begeleiding.** De mentor draagt de deelnemer warm over en houdt contact tot drie maanden na de "
                "overstap. De scholen nemen de werkwijze op in hun schoolgids."),
        ("h", "Bijlage 4 – Financiële afspraken"),
        N("1.", "**Van de scholen naar het ROC.** Met toepassing van artikel 5.42a WVO 2020 draagt iedere school "
                "aan het ROC € 980 over per deelnemer die op 1 oktober bij haar in het tweede leerjaar van de route "
                "staat ingeschreven. Het bedrag is bestemd voor de inzet van de docenten pedagogisch werk bedoeld "
                "in artikel 7, tweede lid, en het gebruik van de praktijkruimten van het ROC."),
        N("2.", "**Van het ROC naar de scholen.** Met toepassing van artikel 9.1.15 WEB draagt het ROC aan de school "
                "€ 320 over per deelnemer die in het derde leerjaar van de route bij het ROC staat ingeschreven en "
                "bij die school nog vmbo-examenvakken aflegt. Het bedrag is bestemd voor de begeleiding en "
                "examinering van die vakken."),
        N("3.", "**Routebudget.** Partijen stellen jaarlijks samen een routebudget van € 12.000 beschikbaar, "
                "waarvan € 3.000 door elke school en € 6.000 door het ROC, bestemd voor de scholing van het "
                "routeteam, de gezamenlijke projectdag en materialen. Het ROC beheert het budget namens de "
                "routeraad."),
        N("4.", "**Betaling.** Het ROC factureert de bedragen onder 1 vóór 1 december; de scholen factureren de "
                "bedragen onder 2 vóór 1 december. De besteding wordt verantwoord in het jaarverslag."),
    ]
    build_pdf(path, B, family="LiberationSerif", size=10.5, columns=1, margins=(2.5, 2.3, 2.3, 2.2),
              header="Samenwerkingsovereenkomst DLR Zorg en welzijn – Pedagogisch medewerker kinderopvang",
              footer="versie 1.0", h_size=12.5, title_size=20, h_color="#1f3d6b",
              meta_title="Samenwerkingsovereenkomst DLR Pedagogisch medewerker kinderopvang")


# ----------------------------------------------------------------------------------------------
# h230 - brief van de schoolleider, door beide besturen voor akkoord getekend (Zeewolde)
# ----------------------------------------------------------------------------------------------

@register(230, "h230_brief_schoolleider_akkoord_besturen_schilder_zeewolde", "docx",
          "Brief van de schooldirecteur die na ondertekening voor akkoord door beide besturen als "
          "samenwerkingsovereenkomst geldt (DOCX, vetgedrukte aanloopzinnen, briefhoofd); Zeewolde, Bouwen, "
          "wonen en interieur kb -> Allround schilder niveau 3; bedrijfsleven alleen als voornemen, geschillen "
          "alleen in onderling overleg, medezeggenschap p.m.",
          {"a": "present", "b": "weak", "c": "present", "d": "present", "e": "present",
           "f": "present", "g": "present", "h": "weak", "i": "weak", "j": "present"},
          {"a": "Welke route.", "c": "Wie de route leidt.", "d": "Hoe wij de besturen op de hoogte houden.",
           "e": "Waar en door wie het onderwijs wordt gegeven.", "f": "Als het anders loopt.",
           "g": "Geld.", "j": "Nieuwe partners, wijzigingen en stoppen."})
def build_230(path):
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx_new("Arial", 10)
    for s in d.sections:
        s.left_margin = Cm(2.5)
        s.right_margin = Cm(2.5)
        s.top_margin = Cm(3.0)
        hp = s.header.paragraphs[0]
        r = hp.add_run("Vakcollege Horsterwold")
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0x2E, 0x6B, 0x3A)
        hp2 = s.header.add_paragraph()
        r2 = hp2.add_run("vmbo basis en kader  ·  Gooiseweg 12  ·  3891 Zeewolde  ·  onderdeel van Stichting "
                         "Voortgezet Onderwijs Zeewolde")
        r2.font.size = Pt(8)
        fp = s.footer.paragraphs[0]
        fr = fp.add_run("Vakcollege Horsterwold – brief 2025/BWI-014")
        fr.font.size = Pt(7.5)

    def p(text, after=6, align=WD_ALIGN_PARAGRAPH.LEFT):
        par = d.add_paragraph()
        docx_runs(par, text)
        par.paragraph_format.space_after = Pt(after)
        par.alignment = align
        return par

    p("Aan het college van bestuur van Stichting MBO Veluwerand\nt.a.v. de heer W. Doornbos, voorzitter\n"
      "Stationslaan 90\n3841 DC Harderwijk", 2)
    p("en aan het bestuur van Stichting Voortgezet Onderwijs Zeewolde\nt.a.v. mevrouw drs. E. van Dalen, "
      "bestuurder", 14)
    p("Zeewolde, 12 juni 2025", 10)
    p("**Betreft:** vastlegging afspraken doorlopende leerroute schilderen (BWI – Allround schilder)", 12)
    p("Beste Wim, beste Els,", 8)
    J = WD_ALIGN_PARAGRAPH.JUSTIFY
    p("In de afgelopen maanden hebben de teamleider Afbouw van het Veluwerand College, onze afdelingsleider en "
      "ik in vier bijeenkomsten uitgewerkt hoe wij vanaf komend schooljaar samen een doorlopende leerroute voor "
      "aankomend schilders gaan aanbieden. In deze brief zet ik de afspraken op een rij. De brief is opgesteld "
      "als samenwerkingsovereenkomst in de zin van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Zodra beide "
      "besturen hem onderaan voor akkoord hebben getekend, binden de afspraken Stichting Voortgezet Onderwijs "
      "Zeewolde (hierna: de school) en Stichting MBO Veluwerand (hierna: Veluwerand) als partijen.", 8, J)
    p("**Welke route.** Vanaf 1 augustus 2025 bieden wij leerlingen van de kaderberoepsgerichte leerweg, profiel "
      "Bouwen, wonen en interieur, een doorlopende leerroute aan die leidt tot het vmbo-diploma en tot het "
      "diploma van de vakopleiding Allround schilder (niveau 3) in het opleidingsdomein Afbouw, hout en "
      "onderhoud van het Veluwerand College. De route duurt vijf jaar; per cohort beginnen ten hoogste twaalf "
      "leerlingen.", 8, J)
    p("**Bedrijven.** Wij vinden het allebei belangrijk dat schildersbedrijven uit Zeewolde en omgeving een "
      "plek krijgen in de route. Wij gaan na de start met hen in gesprek om te bekijken hoe zij daaraan kunnen "
      "bijdragen en komen daar bij de eerste evaluatie op terug.", 8, J)
    p("**Wie de route leidt.** De route wordt geleid door een routegroep van drie personen: de afdelingsleider "
      "bovenbouw van de school, de teamleider Afbouw van het Veluwerand College en een routecoördinator. Het "
      "bestuur van de school wijst de afdelingsleider aan, het college van bestuur van Veluwerand de "
      "teamleider; de routecoördinator wordt door beide besturen samen benoemd voor twee schooljaren. De "
      "routegroep stelt het programma, het rooster en het voorstel voor het PTA/OER op, beslist over toelating "
      "van leerlingen, verdeelt de lessen over de docenten en besteedt het materiaalbudget. Besluiten over het "
      "aannemen of ontslaan van personeel, over investeringen en over wijziging van deze afspraken blijven bij "
      "de besturen.", 8, J)
    p("**Hoe wij de besturen op de hoogte houden.** De routegroep stuurt beide besturen in januari en in juni "
      "een korte voortgangsnotitie (aantallen leerlingen, verzuim, uitval, resultaten) en vóór 1 oktober een "
      "jaarverslag over het afgelopen schooljaar. Dat jaarverslag bespreekt de routegroep in oktober met "
      "een lid van elk bestuur; daarin legt de routegroep verantwoording af en worden de plannen voor het "
      "volgende jaar vastgesteld.", 8, J)
    p("**Waar en door wie het onderwijs wordt gegeven.** De eerste twee leerjaren van de route volgen de "
      "leerlingen bij ons in Zeewolde; in het tweede leerjaar gaan zij elke woensdag naar de afbouwhal van het "
      "Veluwerand College in Harderwijk. Vanaf het derde leerjaar staan zij als student bij Veluwerand "
      "ingeschreven. Het programma, de examinering en de beroepspraktijkvorming per leerjaar leggen wij samen "
      "vast in één PTA/OER. Onze docenten BWI en de schilderdocenten van Veluwerand werken als één team; voor "
      "het onderdeel Kleur, decoratie en afwerking zetten wij teambevoegdheid in, met voor elk deel een "
      "bevoegde docent. Een schilderdocent van Veluwerand geeft in het tweede leerjaar zes uur per week les op "
      "onze school. Wij stellen ons BWI-praktijklokaal en de spuitcabine beschikbaar, Veluwerand zijn afbouwhal, "
      "het decoratieatelier en het gereedschap.", 8, J)
    p("**Als het anders loopt.** Stopt een leerling in de eerste twee leerjaren, dan gaat hij bij ons verder in "
      "de gewone kader- of basisberoepsgerichte leerweg en haalt hij daar zijn vmbo-diploma. Heeft een leerling "
      "na het derde leerjaar zijn vmbo-diploma niet, dan kan hij bij Veluwerand zonder dat diploma verder als "
      "schilder of overstappen naar een andere opleiding op niveau 2 of 3, zonder dat hem vooropleidingseisen "
      "worden tegengeworpen; hij mag ook het vmbo-examen opnieuw doen. Wie een andere richting wil, kan naar een "
      "andere opleiding van Veluwerand of, na een geschiktheidsonderzoek, naar een andere instelling. De school "
      "en Veluwerand besluiten samen welk vervolg past, op grond van het bereikte niveau en de leeftijd van de "
      "leerling en na een gesprek met hem en zijn ouders. De mentor zorgt voor een warme overdracht.", 8, J)
    p("**Geld.** De school draagt met toepassing van artikel 5.42a WVO 2020 aan Veluwerand € 600 over per "
      "leerling die op 1 oktober in het tweede leerjaar van de route staat ingeschreven. Dat bedrag is bestemd "
      "voor de inzet van de schilderdocent op onze school en voor verf en ondergronden die de leerlingen in de "
      "afbouwhal gebruiken. Veluwerand draagt geen bekostiging aan de school over.", 8, J)
    p("**Medezeggenschap.** p.m. – afspraken volgen na overleg met de MR en de studentenraad.", 8, J)
    p("**Als we het niet eens zijn.** Verschillen van inzicht over de uitvoering van deze afspraken lossen wij in "
      "onderling overleg op.", 8, J)
    p("**Nieuwe partners, wijzigingen en stoppen.** Een andere vmbo-school of mbo-instelling kan aan deze "
      "afspraken deelnemen als beide besturen daar schriftelijk mee instemmen en de nieuwe partner de "
      "afspraken voor akkoord tekent; de deelname gaat dan in op 1 augustus. De afspraken kunnen alleen worden "
      "gewijzigd met een brief die door beide besturen is getekend. Elk bestuur kan de samenwerking opzeggen "
      "tegen het einde van een schooljaar, met een opzegtermijn van een jaar. Na een opzegging beginnen er "
      "geen nieuwe leerlingen meer; leerlingen die al in de route zitten, maken haar af zoals afgesproken, of "
      "krijgen een vervolg zoals hierboven onder ‘Als het anders loopt’ beschreven. Ook bij een wijziging of "
      "de komst van een nieuwe partner zorgen wij dat lopende leerlingen er geen nadeel van hebben.", 8, J)
    p("Ik vertrouw erop dat ik de gemaakte afspraken hiermee juist heb weergegeven, en zie uit naar de start "
      "van de eerste groep.", 12, J)
    p("Met vriendelijke groet,", 28)
    p("Ingrid Wagenaar\ndirecteur Vakcollege Horsterwold", 18)
    p("**Voor akkoord, als samenwerkingsovereenkomst:**", 8)
    tbl = d.add_table(rows=3, cols=2)
    vals = [("Stichting Voortgezet Onderwijs Zeewolde", "Stichting MBO Veluwerand"),
            ("\n\n____________________", "\n\n____________________"),
            ("drs. E. van Dalen, bestuurder\nZeewolde, 18 juni 2025",
             "W. Doornbos, voorzitter college van bestuur\nHarderwijk, 20 juni 2025")]
    for i, (a, b) in enumerate(vals):
        tbl.cell(i, 0).text = a
        tbl.cell(i, 1).text = b
    docx_save(d, path, "Brief afspraken doorlopende leerroute schilderen")


# ----------------------------------------------------------------------------------------------
# h231 - doorlopend proza zonder koppen of nummers (Wijchen)
# ----------------------------------------------------------------------------------------------

@register(231, "h231_doorlopend_proza_zonder_koppen_horeca_wijchen", "docx",
          "Overeenkomst in doorlopend proza zonder koppen of nummering (DOCX), elke alinea een onderwerp; "
          "Wijchen, Horeca, bakkerij en recreatie gl -> Manager/ondernemer horeca niveau 4; volledig, "
          "uitdrukkelijk geen overdracht van bekostiging",
          {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
           "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
          {"a": "De leerroute die partijen met deze overeenkomst in het leven roepen",
           "b": "Ondernemers uit de horeca van Wijchen en omgeving",
           "c": "Aan het hoofd van de route staat het routeteam",
           "d": "Het routeteam houdt beide besturen op de hoogte",
           "e": "Het onderwijs in de eerste twee leerjaren van de route",
           "f": "Niet iedere leerling zal de route tot het einde volgen",
           "g": "Partijen dragen geen deel van hun bekostiging aan elkaar over",
           "h": "Over de medezeggenschap spreken partijen af",
           "i": "Rijst tussen partijen een geschil over de uitvoering",
           "j": "Een andere school of instelling kan tot deze overeenkomst toetreden"})
def build_231(path):
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx_new("Georgia", 10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(3.0)
        s.top_margin = Cm(2.5)
    J = WD_ALIGN_PARAGRAPH.JUSTIFY

    def p(text, after=9, align=J, first_indent=True):
        par = d.add_paragraph()
        docx_runs(par, text)
        par.paragraph_format.space_after = Pt(after)
        par.paragraph_format.line_spacing = 1.15
        par.alignment = align
        if first_indent:
            par.paragraph_format.first_line_indent = Cm(0.6)
        return par

    t = p("Overeenkomst tot samenwerking in een doorlopende leerroute vmbo-mbo horeca", 4,
          WD_ALIGN_PARAGRAPH.CENTER, False)
    for r in t.runs:
        r.font.size = Pt(14)
        r.italic = True
    p("Wijchen, 24 juni 2025", 16, WD_ALIGN_PARAGRAPH.CENTER, False)
    p("Stichting Scholengroep Maas en Waal, gevestigd te Wijchen, bevoegd gezag van het Kasteel College, school "
      "voor vmbo te Wijchen, vertegenwoordigd door haar bestuurder mevrouw A.H. (Annemiek) Peters, en Stichting "
      "ROC Waalpoort, gevestigd te Nijmegen, bevoegd gezag van het Waalpoort College, vertegenwoordigd door de "
      "voorzitter van het college van bestuur, de heer J.W. (Jan-Willem) Bosman, hierna de school en het ROC, "
      "leggen in deze overeenkomst vast hoe zij samen jongeren uit Wijchen en het Land van Maas en Waal opleiden "
      "voor leidinggevende functies in de horeca.")
    p("De leerroute die partijen met deze overeenkomst in het leven roepen, begint in het derde leerjaar van de "
      "gemengde leerweg van het Kasteel College, in het profiel Horeca, bakkerij en recreatie, en voert in vijf "
      "jaar naar het vmbo-diploma gemengde leerweg en het diploma van de middenkaderopleiding "
      "Manager/ondernemer horeca op niveau 4, in het opleidingsdomein Horeca en bakkerij, verzorgd door de "
      "Hospitality Academie van het Waalpoort College. Het eerste cohort start op 1 augustus 2025; elk jaar "
      "worden ten hoogste twintig leerlingen toegelaten.")
    p("Ondernemers uit de horeca van Wijchen en omgeving zijn bij de route betrokken via de afdeling Wijchen van "
      "de regionale horecavereniging en via drie bedrijven die zich daartoe hebben verbonden: Hotel-restaurant "
      "Het Wijchens Ven, Brasserie De Schans en cateraar Maas & Waal Events. Deze bedrijven nemen de leerlingen "
      "in de vo-fase op voor meewerkdagen, stellen in de mbo-fase stage- en bpv-plaatsen beschikbaar, geven "
      "jaarlijks in elk leerjaar ten minste twee gastlessen over ondernemerschap en leidinggeven, en leveren "
      "de opdrachtgever voor het bedrijfsplan waarmee de leerlingen in het vierde leerjaar hun ondernemersexamen "
      "afleggen; een ondernemer beoordeelt dat examen mee. Tweemaal per jaar bespreekt het routeteam met de "
      "horecavereniging en de drie bedrijven of het programma nog aansluit op wat het werk vraagt.")
    p("Aan het hoofd van de route staat het routeteam, dat bestaat uit de teamleider bovenbouw van het Kasteel "
      "College, de opleidingsmanager van de Hospitality Academie en een routecoördinator. De teamleider wordt "
      "door het bestuur van de school aangewezen en de opleidingsmanager door het college van bestuur van het "
      "ROC; de routecoördinator wordt door beide besturen gezamenlijk benoemd, op voordracht van de twee "
      "andere leden. Het routeteam is belast met het opstellen van het programma en het rooster, de intake en "
      "toelating van leerlingen, de verdeling van het werk over de docenten en het contact met de bedrijven, en "
      "is bevoegd daarover namens beide besturen te besluiten, zolang het binnen de formatie en het budget blijft "
      "die de besturen jaarlijks vaststellen. Het PTA/OER, investeringen en zaken die de rechtspositie van "
      "personeel raken, legt het routeteam ter beslissing aan de besturen voor.")
    p("Het routeteam houdt beide besturen op de hoogte door elk kwartaal een overzicht te sturen van instroom, "
      "verzuim, uitval en resultaten, en legt verantwoording af in een jaarverslag dat vóór 15 oktober aan beide "
      "besturen wordt gezonden en in november wordt besproken in het bestuurlijk overleg tussen de bestuurder "
      "van de school en de voorzitter van het college van bestuur van het ROC. Zaken die niet kunnen wachten, "
      "meldt het routeteam direct.")
    p("Het onderwijs in de eerste twee leerjaren van de route wordt gegeven in het Kasteel College aan de "
      "Kasteellaan in Wijchen, waar de leerlingen in het tweede leerjaar één dag per week les krijgen van een "
      "docent van de Hospitality Academie; vanaf het derde leerjaar volgen zij het onderwijs op de locatie van "
      "het Waalpoort College aan de Kronenburgersingel in Nijmegen en in de bedrijven. Het programma, de "
      "examinering en de beroepspraktijkvorming worden per leerjaar vastgelegd in een gezamenlijk PTA/OER. De "
      "docenten horeca, economie en Engels van de school en de docenten hospitality en management van het ROC "
      "vormen één docententeam, waarbij zij voor de vakoverstijgende onderdelen Gastheerschap en Eigen "
      "onderneming gebruikmaken van teambevoegdheid; ieder blijft in dienst van zijn eigen werkgever. De "
      "school stelt haar leerrestaurant De Wijchense Keuken en haar praktijkkeuken beschikbaar voor "
      "lessen van het ROC, en het ROC stelt het leerhotel en de demonstratiekeuken van de Hospitality "
      "Academie open voor de leerlingen in de vo-fase.")
    p("Niet iedere leerling zal de route tot het einde volgen. Wie in de eerste twee leerjaren stopt, gaat "
      "verder in de gewone gemengde of kaderberoepsgerichte leerweg van het Kasteel College en haalt daar zijn "
      "vmbo-diploma. Wie aan het einde van het derde leerjaar het vmbo-diploma niet heeft, kan bij het ROC toch "
      "verder in de opleiding of instromen in een andere opleiding op niveau 3 of 4, zoals Zelfstandig werkend "
      "gastheer/gastvrouw, zonder dat de vooropleidingseisen worden toegepast; ook kan hij het vmbo-examen "
      "opnieuw afleggen. Wie een andere richting kiest, kan naar een andere opleiding van het ROC op een "
      "vergelijkbaar niveau of, na een geschiktheidsonderzoek, naar een andere instelling. Welke mogelijkheid "
      "past, bepalen de school en het ROC samen, op basis van het niveau dat de leerling heeft bereikt en zijn "
      "leeftijd, nadat zij met de leerling en zijn ouders hebben gesproken; de mentor begeleidt de overstap. De "
      "school beschrijft deze werkwijze in haar schoolgids.")
    p("Partijen dragen geen deel van hun bekostiging aan elkaar over. Iedere partij betaalt haar eigen docenten "
      "en voorzieningen, ook wanneer die voor leerlingen van de andere partij worden ingezet.")
    p("Over de medezeggenschap spreken partijen af dat leerlingen in de vo-fase een vertegenwoordiger mogen "
      "kiezen die als toehoorder met spreekrecht deelneemt aan de vergaderingen van de studentenraad van het "
      "Waalpoort College, en dat de medezeggenschapsraad van de school en de studentenraad van het ROC elk jaar "
      "het jaarverslag van de route ontvangen en daarover samen of afzonderlijk advies kunnen uitbrengen aan "
      "beide besturen.")
    p("Rijst tussen partijen een geschil over de uitvoering van deze overeenkomst, dan bespreekt het routeteam "
      "dat eerst; lukt het daar niet binnen een maand, dan wordt het geschil voorgelegd aan het bestuurlijk "
      "overleg. Komen de besturen er binnen zes weken niet uit, dan benoemen zij samen een mediator, en leidt "
      "ook mediation niet tot een oplossing, dan beslist de bevoegde rechter van de rechtbank Gelderland.")
    p("Een andere school of instelling kan tot deze overeenkomst toetreden als beide besturen daarmee "
      "schriftelijk instemmen en de nieuwe partij de overeenkomst ondertekent; de toetreding gaat in bij het "
      "begin van een schooljaar en wordt aan DUO gemeld. Deze overeenkomst geldt voor onbepaalde tijd en kan "
      "alleen schriftelijk en met handtekening van beide besturen worden gewijzigd. Elk van de partijen kan "
      "haar opzeggen tegen 1 augustus met een opzegtermijn van twaalf maanden. In al die gevallen houden "
      "partijen de gevolgen voor de leerlingen zo klein mogelijk: na een opzegging worden geen leerlingen meer "
      "toegelaten, leerlingen die al in de route zitten maken haar af zoals bij hun start is afgesproken, en "
      "een wijziging geldt voor hen pas met ingang van een nieuw schooljaar.")
    p("Aldus overeengekomen en in tweevoud getekend te Wijchen.", 24, J, False)
    tbl = d.add_table(rows=2, cols=2)
    vals = [("Stichting Scholengroep Maas en Waal\n\n\n____________________",
             "Stichting ROC Waalpoort\n\n\n____________________"),
            ("A.H. Peters, bestuurder", "J.W. Bosman, voorzitter college van bestuur")]
    for i, (a, b) in enumerate(vals):
        tbl.cell(i, 0).text = a
        tbl.cell(i, 1).text = b
    docx_save(d, path, "Overeenkomst doorlopende leerroute horeca")


# ----------------------------------------------------------------------------------------------
# h232 - interne regeling van een verticale scholengemeenschap in Markdown (Steenbergen)
# ----------------------------------------------------------------------------------------------

@register(232, "h232_interne_regeling_vsg_besluit_installatie_steenbergen", "md",
          "Interne regeling van een verticale scholengemeenschap vmbo-mbo als bestuursbesluit in Markdown; "
          "Steenbergen, Produceren, installeren en energie kb -> mbo niveau 3; mbo-kwalificatie als "
          "invulveld blijven staan, overstap stelt binnen dezelfde instelling vooropleidingseisen",
          {"a": "weak", "b": "present", "c": "present", "d": "present", "e": "present",
           "f": "weak", "g": "present", "h": "not_applicable", "i": "not_applicable", "j": "not_applicable"},
          {"b": "Artikel 3 Werkveld", "c": "Artikel 4 Routeleiding",
           "d": "Artikel 5 Rapportage aan het college van bestuur",
           "e": "Artikel 6 Uitvoering", "g": "Artikel 8 Bekostiging"})
def build_232(path):
    write_text(path, """
# Interne regeling doorlopende leerroute vmbo-mbo Produceren, installeren en energie

**Stichting Brabantse Wal Onderwijsgroep** – verticale scholengemeenschap voor vmbo en mbo
(Brabantse Wal College, afdelingen vmbo en mbo, Steenbergen)

Besluit van het college van bestuur van 30 juni 2025, kenmerk CvB/2025/061

---

Het college van bestuur van Stichting Brabantse Wal Onderwijsgroep,

*gelet op* artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, van
de Wet educatie en beroepsonderwijs;

*overwegende* dat de afdeling vmbo en de afdeling mbo van het Brabantse Wal College onder hetzelfde bevoegd
gezag vallen, zodat de doorlopende leerroute niet op een samenwerkingsovereenkomst maar op een interne
regeling berust, en dat de medezeggenschapsraad en de studentenraad over dit besluit zijn gehoord;

**besluit** vast te stellen de volgende regeling.

## Artikel 1 Begrippen

In deze regeling wordt verstaan onder:

- *route*: de doorlopende leerroute, bedoeld in artikel 2;
- *afdeling vmbo* en *afdeling mbo*: de afdelingen voor voortgezet onderwijs respectievelijk
  beroepsonderwijs van het Brabantse Wal College;
- *routeleiding*: de leiding, bedoeld in artikel 4;
- *vo-fase*: leerjaar 1 en 2 van de route; *mbo-fase*: leerjaar 3 en volgende.

## Artikel 2 De route

1. De afdeling vmbo en de afdeling mbo bieden gezamenlijk een doorlopende leerroute aan die begint in
   leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie.
2. De route leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en tot het diploma van de mbo-opleiding
   [naam kwalificatie en crebonummer invullen] op niveau 3, opleidingsdomein ………………………… .
3. De route start met het cohort van schooljaar 2025-2026; per cohort worden ten hoogste achttien leerlingen
   toegelaten.

## Artikel 3 Werkveld

1. De installatiebedrijven Van Loon Installatietechniek (Steenbergen), Dekkers Klimaat & Energie
   (Halsteren) en Elektro Mathijssen (Dinteloord) zijn als erkend leerbedrijf aan de route verbonden en
   vormen samen met de praktijkopleider van het Opleidingsfonds Techniek West-Brabant het werkveldberaad.
2. Het werkveldberaad komt twee keer per schooljaar bijeen met de routeleiding en adviseert over de inhoud
   van het programma en de keuze van keuzedelen.
3. De bedrijven ontvangen leerlingen in de vo-fase voor bedrijfsbezoeken en een snuffelstage van een week,
   bieden in de mbo-fase bpv-plaatsen, leveren jaarlijks twee praktijkopdrachten en stellen een beoordelaar
   beschikbaar voor de proeve van bekwaamheid.

## Artikel 4 Routeleiding

1. De leiding over de route berust bij de routeleiding, bestaande uit de teamleider PIE van de afdeling vmbo,
   de teamleider Techniek van de afdeling mbo en een routecoördinator.
2. Het college van bestuur wijst de twee teamleiders aan en benoemt de routecoördinator voor een periode van
   drie jaar, na overleg met de directeuren van beide afdelingen.
3. Het college van bestuur draagt aan de routeleiding op: het vaststellen van het rooster en de
   jaarplanning, het opstellen van het gezamenlijke PTA/OER ter vaststelling door het college, de
   toelating van leerlingen, de inzet van de docenten binnen de toegekende formatie en de besteding van het
   routebudget tot € 8.000 per jaar. Overige besluiten neemt het college van bestuur.

## Artikel 5 Rapportage aan het college van bestuur

1. De routeleiding rapporteert per tertaal schriftelijk aan het college van bestuur over instroom, verzuim,
   uitval, overstap en resultaten.
2. Vóór 1 november legt de routeleiding in een jaarverslag verantwoording af over het afgelopen schooljaar;
   het jaarverslag wordt in het managementgesprek van november met het college van bestuur besproken.

## Artikel 6 Uitvoering

1. De vo-fase wordt verzorgd in het vmbo-gebouw aan de Westdam; vanaf leerjaar 2 volgen de leerlingen
   één dag per week onderwijs in het techniekhuis van de afdeling mbo aan de Kaai. De mbo-fase wordt
   verzorgd in het techniekhuis en bij de leerbedrijven.
2. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar worden vastgelegd in
   het gezamenlijke PTA/OER.
3. Docenten PIE van de afdeling vmbo en docenten van het team Techniek van de afdeling mbo vormen één
   routeteam. Voor het vakoverstijgende onderdeel Installeren en energie wordt teambevoegdheid toegepast;
   elk onderdeel valt onder de verantwoordelijkheid van een daartoe bevoegde docent.
4. Het techniekhuis met de installatiewerkplaats en de domoticaopstelling, en het praktijklokaal PIE van de
   afdeling vmbo, worden voor de route gezamenlijk gebruikt; de routeleiding roostert het gebruik in.

## Artikel 7 Overstap

1. Een leerling die in de vo-fase de route verlaat, vervolgt zijn opleiding in de reguliere
   kaderberoepsgerichte of basisberoepsgerichte leerweg van de afdeling vmbo en kan daar het vmbo-diploma
   behalen.
2. Een leerling die na de vo-fase de route verlaat of het vmbo-diploma aan het einde van leerjaar 3 niet heeft
   behaald, kan worden toegelaten tot een andere opleiding van de afdeling mbo, mits hij voldoet aan de
   vooropleidingseisen van die opleiding. Zonder vmbo-diploma is toelating tot een opleiding op niveau 2 of
   hoger van de afdeling mbo niet mogelijk.
3. De teamleiders beslissen gezamenlijk over het vervolg, na een gesprek met de leerling en zijn ouders.

## Artikel 8 Bekostiging

Omdat de route binnen één rechtspersoon wordt verzorgd, vindt geen overdracht van bekostiging plaats als
bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de route worden binnen de begroting
van de stichting aan de afdelingen toegerekend naar rato van de lesuren die zij verzorgen.

## Artikel 9 Klachten en melding

1. De klachtenregeling van de stichting is van toepassing op alle onderdelen van de route.
2. De route wordt door de stichting voor beide afdelingen in RIO geregistreerd.

## Artikel 10 Wijziging, evaluatie en slot

1. Het college van bestuur evalueert deze regeling na twee schooljaren en kan haar wijzigen of intrekken
   nadat de medezeggenschapsraad en de studentenraad zijn gehoord.
2. Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: Interne regeling DLR PIE
   Brabantse Wal College.

Aldus vastgesteld door het college van bestuur van Stichting Brabantse Wal Onderwijsgroep op 30 juni 2025.

drs. C.J. (Kees) Rommens, voorzitter
mr. S. (Sanne) Verbraak, lid
""")


# @@AGREEMENTS@@

if __name__ == "__main__":
    main(sys.argv[1:])
