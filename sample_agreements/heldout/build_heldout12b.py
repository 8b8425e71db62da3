#!/usr/bin/env python3
"""Build held-out sample agreements h177-h184 for leerroute-check.

Written by an independent helper session acting as author of labelled test data. The texts and the
labels were derived only from the two official guidance documents in /work/shared/seeds (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie), /work/shared/domain.md and
/work/main/sample_agreements/LABELS.md. No checker code, model, test, benchmark or other sample's
text or build script was looked at. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout12b.py            build all samples
    python3 build_heldout12b.py 177 180    build only those numbers
    python3 build_heldout12b.py --check    open every produced file and verify it
"""
import datetime
import io
import json
import os
import re
import sys
import textwrap
import zipfile

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
REV_DATE = "2025-06-20T10:00:00Z"

SAMPLES = {}


def sample(num, slug, ext, description, statuses, evidence):
    """Register a sample builder: the decorated function returns the block list."""
    def deco(fn):
        SAMPLES[num] = dict(num=num, name="h%d_%s" % (num, slug), ext=ext,
                            description=description, statuses=statuses,
                            evidence=evidence, blocks=fn)
        return fn
    return deco


# ---------------------------------------------------------------------------
# Block model
#   ("title", s) ("subtitle", s) ("h1", s) ("h2", s) ("p", s) ("li", s) ("small", s)
#   ("table", rows, widths) ("sig", [lines_left], [lines_right]) ("pagebreak",)
#   ("toc",)  (pdf only; other formats skip)  ("textbox", [paragraph strings])  ("spacer",)
# Inline markup (docx shows tracked changes; other formats show the accepted text):
#   {+inserted text+}   {-deleted text-}
# ---------------------------------------------------------------------------
INS_DEL = re.compile(r"(\{\+.*?\+\}|\{-.*?-\})", re.S)


def accepted(s):
    s = re.sub(r"\{-.*?-\}", "", s, flags=re.S)
    s = re.sub(r"\{\+(.*?)\+\}", r"\1", s, flags=re.S)
    return s


# ---------------------------------------------------------------------------
# TXT / MD writers
# ---------------------------------------------------------------------------
def wrap(s, width=88, indent=""):
    return textwrap.fill(s, width=width, initial_indent=indent,
                         subsequent_indent=" " * len(indent),
                         break_on_hyphens=False, break_long_words=False)


def to_txt(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            t = accepted(b[1])
            out += [t.upper(), "=" * min(len(t), 88), ""]
        elif k == "subtitle":
            out += [wrap(accepted(b[1])), ""]
        elif k == "h1":
            t = accepted(b[1])
            out += ["", t, "-" * min(len(t), 88), ""]
        elif k == "h2":
            out += [accepted(b[1]), ""]
        elif k in ("p", "small"):
            out += [wrap(accepted(b[1])), ""]
        elif k == "raw":
            out += [accepted(b[1])]
        elif k == "li":
            out += [wrap(accepted(b[1]), indent="  - ")]
        elif k == "table":
            rows = b[1]
            for r in rows:
                out.append("  " + " | ".join(accepted(c) for c in r))
            out.append("")
        elif k == "textbox":
            out.append("+" + "-" * 70)
            for s in b[1]:
                out.append(wrap(accepted(s), width=86, indent="| "))
            out += ["+" + "-" * 70, ""]
        elif k == "sig":
            left, right = b[1], b[2]
            n = max(len(left), len(right))
            for i in range(n):
                l = left[i] if i < len(left) else ""
                r = right[i] if i < len(right) else ""
                out.append("%-44s%s" % (l, r))
            out.append("")
        elif k in ("pagebreak", "toc", "spacer"):
            out.append("")
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt)
    return txt.strip() + "\n"


def to_md(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += ["# " + accepted(b[1]), ""]
        elif k == "subtitle":
            out += ["*" + accepted(b[1]) + "*", ""]
        elif k == "h1":
            out += ["## " + accepted(b[1]), ""]
        elif k == "h2":
            out += ["### " + accepted(b[1]), ""]
        elif k in ("p", "small"):
            out += [accepted(b[1]), ""]
        elif k == "raw":
            out += [accepted(b[1])]
        elif k == "li":
            out += ["- " + accepted(b[1])]
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(accepted(c) for c in rows[0]) + " |")
            out.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for r in rows[1:]:
                out.append("| " + " | ".join(accepted(c) for c in r) + " |")
            out.append("")
        elif k == "textbox":
            for s in b[1]:
                out += ["> " + accepted(s), ">"]
            out[-1] = ""
        elif k == "sig":
            left, right = b[1], b[2]
            out += ["", "| | |", "|---|---|"]
            n = max(len(left), len(right))
            for i in range(n):
                l = left[i] if i < len(left) else ""
                r = right[i] if i < len(right) else ""
                out.append("| %s | %s |" % (l, r))
            out.append("")
        elif k in ("pagebreak", "toc", "spacer"):
            out.append("")
    md = "\n".join(out)
    # a list followed directly by a paragraph needs a blank line
    md = re.sub(r"(\n- [^\n]*)\n(?!- |\n)", r"\1\n\n", md)
    md = re.sub(r"\n{3,}", "\n\n", md)
    return md.strip() + "\n"


# ---------------------------------------------------------------------------
# PDF writer (reportlab, invariant)
# ---------------------------------------------------------------------------
def to_pdf(blocks, path, header=None, footer=None, page_of=False, title="",
           base_size=10, margins=(22, 20, 22, 22)):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                    Table, TableStyle, PageBreak, KeepTogether)
    from reportlab.platypus.tableofcontents import TableOfContents

    fs = base_size
    st = {
        "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=fs + 6,
                                leading=fs + 9, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", fontName="Helvetica-Oblique", fontSize=fs,
                                   leading=fs * 1.35, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=fs + 2,
                             leading=fs + 5, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=fs,
                             leading=fs * 1.35, spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=fs, leading=fs * 1.35,
                            spaceAfter=5),
        "small": ParagraphStyle("small", fontName="Helvetica", fontSize=fs - 1.5,
                                leading=(fs - 1.5) * 1.3, spaceAfter=4),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=fs, leading=fs * 1.35,
                             leftIndent=14, bulletIndent=4, spaceAfter=2),
        "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=fs - 1,
                               leading=(fs - 1) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=fs - 1,
                                leading=(fs - 1) * 1.3),
        "box": ParagraphStyle("box", fontName="Helvetica", fontSize=fs - 0.5,
                              leading=(fs - 0.5) * 1.35, spaceAfter=3),
    }

    def esc(s):
        s = accepted(s)
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
        return s

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            if isinstance(fl, Paragraph) and fl.style.name == "h1":
                self.notify("TOCEntry", (0, fl.getPlainText(), self.page))

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            rl_canvas.Canvas.__init__(self, *a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def _decorate(self, n):
            w, h = A4
            self.setFont("Helvetica", 7.5)
            self.setFillColor(colors.HexColor("#444444"))
            if header:
                self.drawString(margins[3] * mm, h - 12 * mm, header)
                self.setLineWidth(0.4)
                self.line(margins[3] * mm, h - 13.5 * mm, w - margins[1] * mm, h - 13.5 * mm)
            if footer is not None:
                txt = footer
                if page_of:
                    txt = (footer + "   |   " if footer else "") + \
                        "pagina %d van %d" % (self._pageNumber, n)
                self.drawString(margins[3] * mm, 10 * mm, txt)

    w, h = A4
    doc = Doc(path, pagesize=A4, leftMargin=margins[3] * mm, rightMargin=margins[1] * mm,
              topMargin=margins[0] * mm, bottomMargin=margins[2] * mm, title=title,
              author="", subject="", creator="", producer="", invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    story = []
    has_toc = False
    for b in blocks:
        k = b[0]
        if k in ("title", "subtitle", "h1", "h2", "p", "small"):
            story.append(Paragraph(esc(b[1]), st[k]))
        elif k == "li":
            story.append(Paragraph(esc(b[1]), st["li"], bulletText="\u2022"))
        elif k == "spacer":
            story.append(Spacer(1, 8))
        elif k == "pagebreak":
            story.append(PageBreak())
        elif k == "toc":
            has_toc = True
            toc = TableOfContents()
            toc.levelStyles = [ParagraphStyle("toc0", fontName="Helvetica", fontSize=fs,
                                              leading=fs * 1.45, leftIndent=6)]
            toc.dotsMinLevel = 0
            story.append(Paragraph("Inhoudsopgave", st["h2"]))
            story.append(toc)
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(esc(c), st["cellb" if i == 0 else "cell"]) for c in r])
            if widths:
                widths = [x * doc.width for x in widths]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "textbox":
            inner = [[Paragraph(esc(s), st["box"])] for s in b[1]]
            t = Table(inner, colWidths=[doc.width])
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f3f3")),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "sig":
            left, right = b[1], b[2]
            n = max(len(left), len(right))
            data = []
            for i in range(n):
                l = left[i] if i < len(left) else ""
                r = right[i] if i < len(right) else ""
                data.append([Paragraph(esc(l), st["cell"]), Paragraph(esc(r), st["cell"])])
            t = Table(data, colWidths=[doc.width / 2, doc.width / 2])
            story.append(KeepTogether([Spacer(1, 8), t]))
    buf = io.BytesIO()
    doc.filename = buf
    if has_toc:
        doc.multiBuild(story, canvasmaker=NumberedCanvas)
    else:
        doc.build(story, canvasmaker=NumberedCanvas)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# DOCX writer (python-docx + raw XML for tracked changes and text boxes)
# ---------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xml_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _runs_xml(s, bold=False, rev_author="", rid=[1000]):
    """Return run XML for a string with {+ins+}/{-del-} markup."""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    parts = []
    for seg in INS_DEL.split(s):
        if not seg:
            continue
        if seg.startswith("{+"):
            rid[0] += 1
            parts.append('<w:ins w:id="%d" w:author="%s" w:date="%s"><w:r>%s'
                         '<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                         % (rid[0], rev_author, REV_DATE, rpr, _xml_text(seg[2:-2])))
        elif seg.startswith("{-"):
            rid[0] += 1
            parts.append('<w:del w:id="%d" w:author="%s" w:date="%s"><w:r>%s'
                         '<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                         % (rid[0], rev_author, REV_DATE, rpr, _xml_text(seg[2:-2])))
        else:
            parts.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
                         % (rpr, _xml_text(seg)))
    return "".join(parts)


def to_docx(blocks, path, title="", author="", rev_author="Juridische Zaken",
            header=None, footer=None):
    import docx
    from docx.shared import Pt, Cm
    from docx.oxml import parse_xml
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    body = d.element.body
    nsdecl = 'xmlns:w="%s"' % W_NS

    def add_par(s, style=None, bold=False):
        p = d.add_paragraph(style=style)
        if INS_DEL.search(s):
            for el in list(parse_xml('<w:p %s>%s</w:p>'
                                     % (nsdecl, _runs_xml(s, bold, rev_author)))):
                p._p.append(el)
        else:
            r = p.add_run(s)
            r.bold = bold or None
        return p

    shape_id = [1]
    for b in blocks:
        k = b[0]
        if k == "title":
            add_par(b[1], "Title")
        elif k == "subtitle":
            add_par(b[1], "Subtitle")
        elif k == "h1":
            add_par(b[1], "Heading 1")
        elif k == "h2":
            add_par(b[1], "Heading 2")
        elif k in ("p", "raw"):
            add_par(b[1])
        elif k == "small":
            p = add_par(b[1])
            for r in p.runs:
                r.font.size = Pt(9)
        elif k == "li":
            add_par(b[1], "List Bullet")
        elif k == "spacer":
            d.add_paragraph()
        elif k == "pagebreak":
            d.add_page_break()
        elif k == "toc":
            pass
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(accepted(c))
                    if i == 0:
                        run.bold = True
            d.add_paragraph()
        elif k == "sig":
            left, right = b[1], b[2]
            n = max(len(left), len(right))
            t = d.add_table(rows=n, cols=2)
            for i in range(n):
                t.cell(i, 0).text = left[i] if i < len(left) else ""
                t.cell(i, 1).text = right[i] if i < len(right) else ""
        elif k == "textbox":
            shape_id[0] += 1
            inner = "".join('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>%s</w:p>'
                            % _runs_xml(s, False, rev_author) for s in b[1])
            lines = sum(1 + len(accepted(s)) // 88 for s in b[1])
            cx = 5760000
            cy = int((lines * 0.52 + 0.5) * 360000)
            xml = (
                '<w:p %s xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
                'wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/'
                '2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/'
                'wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/'
                'markup-compatibility/2006"><w:r><mc:AlternateContent>'
                '<mc:Choice Requires="wps"><w:drawing>'
                '<wp:inline distT="0" distB="0" distL="0" distR="0">'
                '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
                '<wp:docPr id="%d" name="Tekstvak %d"/><wp:cNvGraphicFramePr/>'
                '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
                'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
                '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
                '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
                '<a:ln w="9525"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln>'
                '</wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
                '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
                'rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>'
                '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>'
                '</mc:Choice><mc:Fallback><w:t xml:space="preserve"> </w:t></mc:Fallback>'
                '</mc:AlternateContent></w:r></w:p>'
                % (nsdecl, cx, cy, shape_id[0], shape_id[0], cx, cy, inner))
            p = d.add_paragraph()
            for el in list(parse_xml(xml)):
                p._p.append(el)
        else:
            raise ValueError(k)
    # keep sectPr last
    sect = body.find("{%s}sectPr" % W_NS)
    if sect is not None:
        body.remove(sect)
        body.append(sect)
    cp = d.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite zip with fixed timestamps and order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------
def expected_json(s):
    return {"description": s["description"], "split": "heldout",
            "statuses": s["statuses"], "evidence": s["evidence"]}


def build(s):
    blocks = s["blocks"]()
    opts = getattr(s["blocks"], "opts", {})
    path = os.path.join(OUT, s["name"] + "." + s["ext"])
    if s["ext"] == "txt":
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(to_txt(blocks))
    elif s["ext"] == "md":
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(to_md(blocks))
    elif s["ext"] == "pdf":
        to_pdf(blocks, path, **opts)
    elif s["ext"] == "docx":
        to_docx(blocks, path, **opts)
    with open(os.path.join(OUT, s["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(expected_json(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        n = len(pdf)
        pdf.close()
        return "\n".join(parts), n
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
            for name in z.namelist():
                if re.match(r"word/(header|footer)\d*\.xml", name):
                    xml += z.read(name).decode("utf-8")
        xml = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", xml, flags=re.S)
        xml = re.sub(r"</w:p>", "\n", xml)
        texts = re.findall(r"<w:t(?:\s[^>]*)?>(.*?)</w:t>|(\n)", xml, flags=re.S)
        s = "".join(a if a else b for a, b in texts)
        s = s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        s = s.replace("&quot;", '"').replace("&apos;", "'")
        return s, None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check(nums):
    ok = True
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(OUT, s["name"] + "." + s["ext"])
        jpath = os.path.join(OUT, s["name"] + ".expected.json")
        errs = []
        pages, words = None, 0
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text, pages = extract(path)
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text, pages = "", None
            t = norm(text)
            for item, ev in s["evidence"].items():
                if s["statuses"].get(item) != "present":
                    errs.append("evidence for non-present item %s" % item)
                if norm(ev) not in t:
                    errs.append("evidence %s not found: %r" % (item, ev))
            words = len(t.split())
        if not os.path.exists(jpath):
            errs.append("missing json")
        else:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != expected_json(s):
                    errs.append("json differs from table")
        st = s["statuses"]
        if sorted(st) != list("abcdefghij") or not all(
                v in ("present", "weak", "missing", "not_applicable") for v in st.values()):
            errs.append("bad statuses")
        info = "%s: %s%d words" % (s["name"], "" if pages is None else "%d pages, " % pages,
                                   words)
        if errs:
            ok = False
            print("FAIL", info)
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", info)
    return ok


def main(argv):
    if "--check" in argv:
        nums = [int(a) for a in argv if a.isdigit()] or sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = [int(a) for a in argv if a.isdigit()] or sorted(SAMPLES)
    for n in nums:
        build(SAMPLES[n])


# ===========================================================================
# Samples
# ===========================================================================

# ---------------------------------------------------------------------------
# h177 - long renewal, PDF with page header/footer and table of contents
# ---------------------------------------------------------------------------
@sample(177, "vervangende_overeenkomst_inhoudsopgave_kopvoet_installatie_westland", "pdf",
        "Lange vervangende overeenkomst (vervangt techniekroute-overeenkomst 2019), PDF met "
        "inhoudsopgave en kop-/voetregels, Westland, PIE kader naar Eerste monteur niveau 3; "
        "volledig, met overdracht bekostiging (omvang en bestemming) en aanvullende "
        "medezeggenschapsafspraken",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "§ 3 De installatieroute", "b": "§ 4 Inbreng van de installatiebranche",
         "c": "§ 5 Routeraad en routecoördinator", "d": "§ 6 Rapportage aan de besturen",
         "e": "§ 7 Onderwijs, organisatie, personeel en voorzieningen",
         "f": "§ 8 Als de route niet past", "g": "§ 9 Financiële afspraken",
         "h": "§ 10 Inspraak en medezeggenschap", "i": "§ 11 Verschillen van inzicht",
         "j": "§ 12 Toetreding van andere scholen of instellingen"})
def h177():
    B = []
    B += [("title", "Samenwerkingsovereenkomst Installatieroute Westland 2025–2030"),
          ("subtitle", "Doorlopende leerroute vmbo-mbo, profiel Produceren, installeren en energie "
           "(kaderberoepsgerichte leerweg) naar de vakopleidingen Eerste monteur (niveau 3). Deze "
           "overeenkomst vervangt de Samenwerkingsovereenkomst Techniekroute Westland van 4 juli 2019."),
          ("p", "Versie 1.0 – definitief, vastgesteld in het bestuurlijk overleg van 16 juni 2025"),
          ("toc",), ("pagebreak",)]
    B += [("h2", "Partijen"),
          ("p", "1. Stichting voor Christelijk Voortgezet Onderwijs Westland en Oostland, statutair "
           "gevestigd te Naaldwijk, bevoegd gezag van het Kasseland College, school voor vbo en mavo "
           "(brinnummer 21QX), te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het "
           "college van bestuur, drs. M.A. van der Voort, hierna te noemen: ‘de school’;"),
          ("p", "2. Stichting Regionaal Opleidingencentrum Delfland, statutair gevestigd te Delft, "
           "bevoegd gezag van ROC Delfland (brinnummer 27DL), te dezen rechtsgeldig vertegenwoordigd "
           "door de voorzitter van het college van bestuur, ir. P.J. Hoogendam, hierna te noemen: "
           "‘het ROC’;"),
          ("p", "hierna gezamenlijk te noemen: ‘partijen’."),
          ("h2", "Overwegingen"),
          ("p", "A. Partijen verzorgen sinds het schooljaar 2019–2020 gezamenlijk een techniekroute "
           "voor leerlingen van het Kasseland College die na het vmbo in de installatietechniek "
           "verder willen. Die samenwerking berust op de overeenkomst van 4 juli 2019, die is "
           "gesloten in het kader van het experiment vakmanschapsroute."),
          ("p", "B. Sinds de inwerkingtreding van de wet doorlopende leerroutes vmbo-mbo moet een "
           "doorlopende leerroute op grond van een samenwerkingsovereenkomst worden verzorgd die de "
           "onderwerpen van artikel 2.107b, tweede lid, WVO 2020 en artikel 9.1.3 WEB regelt. De "
           "overeenkomst van 2019 doet dat niet volledig."),
          ("p", "C. Partijen willen daarom de bestaande afspraken actualiseren, aanvullen en in één "
           "nieuw document vastleggen, zonder dat de leerlingen en studenten die nu in de route zitten "
           "daar nadeel van ondervinden."),
          ("p", "verklaren te zijn overeengekomen als volgt.")]
    B += [("h1", "§ 1 Vervanging van de overeenkomst van 2019"),
          ("p", "1.1 Deze overeenkomst treedt op 1 augustus 2025 in werking. Op die datum eindigt de "
           "overeenkomst van 4 juli 2019 met wederzijds goedvinden; deze overeenkomst treedt daarvoor "
           "volledig in de plaats."),
          ("p", "1.2 Leerlingen en studenten die vóór 1 augustus 2025 in de techniekroute zijn "
           "ingestroomd, zetten hun route vanaf die datum voort onder deze overeenkomst. Hun "
           "inschrijving, hun leerjaar en de voor hen vastgestelde examenplanning blijven ongewijzigd; "
           "waar deze overeenkomst gunstiger is, is zij ook op hen van toepassing."),
          ("p", "1.3 Afspraken die onder de overeenkomst van 2019 zijn gemaakt met leerbedrijven over "
           "lopende stages blijven tot het einde van die stages gelden."),
          ("p", "1.4 Partijen hebben de route gezamenlijk gemeld bij de minister via het Register "
           "Instellingen en Opleidingen (RIO). Elke partij houdt haar eigen registratie actueel."),
          ("h1", "§ 2 Begrippen"),
          ("p", "In deze overeenkomst wordt verstaan onder:"),
          ("li", "route: de doorlopende leerroute vmbo-mbo, bedoeld in § 3;"),
          ("li", "vo-fase: de eerste twee leerjaren van de route (leerjaar 3 en 4 van het vmbo), "
           "waarin de deelnemer als leerling bij de school is ingeschreven;"),
          ("li", "mbo-fase: het derde en volgende leerjaar van de route, waarin de deelnemer als "
           "student bij het ROC is ingeschreven;"),
          ("li", "deelnemer: een leerling of student die de route volgt;"),
          ("li", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
           "examenregeling van de route;"),
          ("li", "routeraad en routecoördinator: de organen bedoeld in § 5.")]
    B += [("h1", "§ 3 De installatieroute"),
          ("p", "3.1 De route verbindt het beroepsgerichte profiel Produceren, installeren en energie "
           "(PIE) in de kaderberoepsgerichte leerweg van het Kasseland College met de "
           "vakopleidingen (niveau 3) van het ROC in de installatietechniek:"),
          ("table", [["Vmbo (vo-fase)", "Mbo (mbo-fase)", "Niveau", "Leerweg mbo"],
                     ["PIE, kaderberoepsgerichte leerweg", "Eerste monteur elektrotechnische "
                      "installaties woning en utiliteit", "3", "BOL"],
                     ["PIE, kaderberoepsgerichte leerweg", "Eerste monteur werktuigkundige "
                      "installaties (w-installaties)", "3", "BOL, vanaf leerjaar 4 ook BBL"]],
           [0.3, 0.4, 0.1, 0.2]),
          ("p", "3.2 De keuzevakken in de vo-fase worden gekozen uit de keuzevakken die aansluiten op "
           "de installatietechniek (onder meer ‘Elektrotechnische installaties in de woning’, "
           "‘Duurzame energie’ en ‘Koudetechniek’)."),
          ("p", "3.3 De route duurt vijf leerjaren. Een deelnemer die het mbo-programma eerder "
           "beheerst, kan op advies van het examenteam vervroegd examen doen."),
          ("p", "3.4 Elk schooljaar starten ten hoogste twee groepen van samen niet meer dan 36 "
           "deelnemers.")]
    B += [("h1", "§ 4 Inbreng van de installatiebranche"),
          ("p", "4.1 De route is opgezet samen met installatiebedrijven uit het Westland en het "
           "Oostland, verenigd in het Installatieplatform Westland. Op de dag van ondertekening nemen "
           "daaraan onder meer deel: Van Geest Installatietechniek B.V. (Monster), Duijvestijn "
           "Kasklimaat B.V. (’s-Gravenzande), ElektroVisser Naaldwijk B.V. en Warmtebedrijf De Lier "
           "B.V."),
          ("p", "4.2 Uit het platform wordt een werkveldraad van vier tot zes vakmensen samengesteld. "
           "De werkveldraad vergadert drie keer per schooljaar met de routecoördinator en adviseert "
           "gevraagd en ongevraagd over de inhoud van het programma, de keuze van keuzevakken en "
           "keuzedelen en nieuwe technieken (zoals warmtepompen en kasklimaatsystemen) die in de "
           "praktijklessen aan bod moeten komen."),
          ("p", "4.3 De deelnemende bedrijven stellen, binnen hun mogelijkheden, jaarlijks voldoende "
           "door de SBB erkende leerplaatsen beschikbaar voor de beroepspraktijkvorming in de "
           "mbo-fase en voor de snuffel- en meeloopstages in de vo-fase. Het ROC legt de afspraken "
           "over bpv-plaatsen per schooljaar vast in een overzicht dat in september aan de routeraad "
           "wordt voorgelegd."),
          ("p", "4.4 Vakmensen uit de bedrijven verzorgen in elk leerjaar van de route ten minste "
           "vier gastlessen of werkplekbezoeken, leveren levensechte praktijkopdrachten aan en "
           "beoordelen als tweede beoordelaar mee bij de proeven van bekwaamheid."),
          ("p", "4.5 Nieuwe bedrijven kunnen zich bij het platform aansluiten; zij ontvangen een "
           "exemplaar van deze paragraaf.")]
    B += [("h1", "§ 5 Routeraad en routecoördinator"),
          ("p", "5.1 De dagelijkse leiding van de route berust bij de routeraad. De routeraad "
           "bestaat uit de afdelingsleider bovenbouw techniek van de school, de opleidingsmanager "
           "Installatie en Energie van het ROC en de routecoördinator, die de vergaderingen "
           "voorbereidt en het secretariaat voert."),
          ("p", "5.2 De afdelingsleider en de opleidingsmanager worden voor de routeraad aangewezen "
           "door het college van bestuur van hun eigen stichting. De routecoördinator wordt "
           "benoemd door de colleges van bestuur van beide partijen gezamenlijk, op voordracht van "
           "de twee overige leden van de routeraad, voor een periode van ten hoogste vier jaar; "
           "herbenoeming is mogelijk. Bij een vacature regelt de routeraad de waarneming tot de "
           "benoeming."),
          ("p", "5.3 De colleges van bestuur dragen aan de routeraad de volgende taken op:"),
          ("li", "het jaarlijks opstellen van het gezamenlijke PTA/OER en het voorleggen daarvan aan "
           "de examencommissies en de besturen;"),
          ("li", "de roostering, de groepsindeling en de planning van de praktijkdagen op de "
           "Techniekcampus;"),
          ("li", "de toelating van leerlingen tot de route aan het einde van leerjaar 2 vmbo;"),
          ("li", "de afstemming met het Installatieplatform en de werkveldraad;"),
          ("li", "de voorbereiding van besluiten over overstap (§ 8) en de kwaliteitszorg van de "
           "route."),
          ("p", "5.4 De routeraad is bevoegd om binnen de vastgestelde begroting van de route "
           "zelfstandig te besluiten over de inzet van docenten uit beide teams, de aanschaf van "
           "leermiddelen tot € 10.000 per uitgave en de toelating en plaatsing van deelnemers. "
           "Besluiten over personele benoemingen, uitgaven boven dat bedrag, wijziging van het "
           "aantal groepen en wijziging van deze overeenkomst blijven voorbehouden aan de colleges "
           "van bestuur. De routeraad besluit bij consensus; lukt dat niet, dan legt hij het punt "
           "voor aan het bestuurlijk overleg (§ 6.3).")]
    B += [("h1", "§ 6 Rapportage aan de besturen"),
          ("p", "6.1 De routeraad stuurt beide colleges van bestuur twee keer per jaar, vóór 1 maart "
           "en vóór 1 oktober, een schriftelijke voortgangsnotitie over de uitvoering van de route: "
           "instroom, tussentijdse uitval en overstappen, examenresultaten, inzet van personeel, "
           "het gebruik van de begroting en knelpunten."),
          ("p", "6.2 Jaarlijks vóór 1 december legt de routeraad een routemonitor met kengetallen "
           "over in-, door- en uitstroom en de tevredenheid van deelnemers en leerbedrijven over het "
           "afgelopen schooljaar voor, met een financieel verslag. Met de routemonitor legt de "
           "routeraad verantwoording af over de uitvoering van de aan hem opgedragen taken."),
          ("p", "6.3 De monitor wordt besproken in het bestuurlijk overleg dat ieder jaar in januari "
           "plaatsvindt tussen de voorzitters van beide colleges van bestuur, in aanwezigheid van de "
           "routeraad."),
          ("p", "6.4 Ernstige incidenten, een dreigend tekort aan bpv-plaatsen of een dreigende "
           "overschrijding van de begroting meldt de routeraad onverwijld aan beide besturen."),
          ("p", "6.5 Beide besturen kunnen de routeraad op elk moment om aanvullende inlichtingen "
           "vragen; de routeraad verstrekt die binnen twee weken.")]
    B += [("h1", "§ 7 Onderwijs, organisatie, personeel en voorzieningen"),
          ("h2", "Locaties en programma"),
          ("p", "7.1 De vo-fase wordt verzorgd in het gebouw van het Kasseland College aan de "
           "Stokdijkkade te Naaldwijk. In het tweede leerjaar van de route volgen de leerlingen één "
           "dag per week praktijkonderwijs op de Techniekcampus Westland van het ROC in "
           "Honselersdijk. De mbo-fase wordt verzorgd op de Techniekcampus en bij de leerbedrijven."),
          ("p", "7.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per "
           "leerjaar beschreven in het PTA/OER van de route, dat vóór 1 juli voorafgaand aan het "
           "schooljaar door beide besturen wordt vastgesteld. Daarin is aangegeven welke onderdelen "
           "tot het vmbo-programma behoren, welke tot het mbo-programma en welke gecombineerd "
           "worden aangeboden. Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van "
           "de route; mbo-examens kunnen vanaf het tweede leerjaar worden afgenomen."),
          ("p", "7.3 De school blijft verantwoordelijk voor het vmbo-deel en de vmbo-examens, het "
           "ROC voor het mbo-deel, de beroepspraktijkvorming en de mbo-examens. Het verzuim wordt "
           "in de vo-fase door de school en in de mbo-fase door het ROC gevolgd en gemeld."),
          ("h2", "Personeel"),
          ("p", "7.4 De docenten van beide partijen die in de route lesgeven vormen samen één "
           "routeteam. Twee praktijkdocenten van het ROC geven in het tweede leerjaar van de route "
           "samen acht lesuren per week installatietechniek; een docent Nederlands en een docent "
           "rekenen van de school verzorgen in het derde leerjaar de generieke vakken op de "
           "Techniekcampus."),
          ("p", "7.5 Voor de vakoverstijgende projecten ‘Duurzaam huis’ (leerjaar 1) en "
           "‘Kasklimaat’ (leerjaar 2) maken partijen gebruik van een team van leraren en docenten "
           "als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. In het PTA/OER is "
           "aangegeven voor welke onderdelen het team wordt ingezet; elk teamlid blijft "
           "verantwoordelijk voor het onderdeel waarvoor hij of zij bevoegd is."),
          ("p", "7.6 Docenten blijven in dienst van hun eigen werkgever; de inzet bij de andere "
           "partij gebeurt op basis van een jaarlijkse inzetafspraak tussen de afdelingsleider en "
           "de opleidingsmanager. Partijen scholen de docenten van het routeteam jaarlijks "
           "gezamenlijk bij, met ten minste één gezamenlijke studiedag."),
          ("h2", "Voorzieningen"),
          ("p", "7.7 Het ROC stelt de installatiewerkplaats, het domotica-lab en de "
           "warmtepomp-opstelling van de Techniekcampus één dag per week beschikbaar aan de "
           "leerlingen in de vo-fase, inclusief persoonlijke beschermingsmiddelen en "
           "gereedschapskisten. De school stelt haar PIE-praktijklokaal en de 3D-printers "
           "beschikbaar voor de projecten van het routeteam."),
          ("p", "7.8 Deelnemers in de vo-fase krijgen een account voor de elektronische "
           "leeromgeving van het ROC. Het gebruik van elkaars gebouwen gebeurt volgens de huisregels "
           "van de partij die eigenaar is. Partijen sluiten voor de uitwisseling van "
           "deelnemersgegevens een gegevensdelingsovereenkomst."),
          ("p", "7.9 Een klacht over gedragingen van een medewerker van de andere partij wordt "
           "behandeld volgens de klachtenregeling van de partij waar de deelnemer is ingeschreven; "
           "de andere partij werkt volledig mee aan de afhandeling.")]
    B += [("h1", "§ 8 Als de route niet past"),
          ("p", "8.1 Een deelnemer die de route niet kan of wil afmaken, krijgt altijd een passend "
           "vervolg dat leidt tot een vmbo-diploma of een mbo-diploma. Welk vervolg dat is, beslissen "
           "de afdelingsleider en de opleidingsmanager samen, na een gesprek met de deelnemer en, als "
           "hij minderjarig is, zijn ouders. Zij kijken daarbij naar het onderwijsniveau dat de "
           "deelnemer heeft bereikt, zijn leeftijd en zijn eigen wensen."),
          ("p", "8.2 Partijen hanteren daarbij de volgende uitgangspunten:"),
          ("li", "Vertrek in de vo-fase: de leerling gaat verder in de reguliere "
           "kaderberoepsgerichte leerweg PIE van de school of, als hij van richting wil veranderen, "
           "in een ander profiel van de school, en rondt het vmbo af met een diploma."),
          ("li", "Geen vmbo-diploma aan het einde van het tweede leerjaar van de route: de leerling "
           "kan het examenjaar overdoen, of, als dat beter bij hem past, na het derde leerjaar met "
           "de mbo-opleiding verder gaan zonder vmbo-diploma. De vooropleidingseisen gelden dan niet "
           "zolang de deelnemer een diploma haalt bij het ROC."),
          ("li", "Andere richting in de mbo-fase: de student kan overstappen naar een andere "
           "opleiding van niveau 3 van het ROC in een ander domein, met behoud van de behaalde "
           "onderdelen waar dat kan; ook een overstap naar een andere mbo-instelling in de regio is "
           "mogelijk, waarbij die instelling zo nodig een geschiktheidsonderzoek doet."),
          ("li", "Niveau 3 blijkt te hoog: de student kan de opleiding Monteur elektrotechnische of "
           "werktuigkundige installaties (niveau 2) volgen, zodat hij in elk geval een "
           "startkwalificatie haalt."),
          ("p", "8.3 De overstap gebeurt met een warme overdracht: de mentor of studieloopbaanbegeleider "
           "bespreekt het overstapplan met de nieuwe opleiding, en de routecoördinator bewaakt dat "
           "de deelnemer binnen vier weken op de nieuwe plek begint."),
          ("p", "8.4 Een nadere uitwerking met voorbeelden wordt elk jaar opgenomen in de schoolgids "
           "van de school en de studiegids van het ROC.")]
    B += [("h1", "§ 9 Financiële afspraken"),
          ("p", "9.1 In de vo-fase ontvangt de school de bekostiging voor de deelnemers; in de "
           "mbo-fase ontvangt het ROC de bekostiging. Er is geen aanvullende bekostiging voor de "
           "route."),
          ("p", "9.2 Met toepassing van artikel 5.42a WVO 2020 draagt de school voor elke leerling "
           "die op 1 oktober in het tweede leerjaar van de route staat ingeschreven een bedrag van "
           "€ 1.250 over aan het ROC. Dit bedrag is bestemd voor de inzet van de twee "
           "praktijkdocenten van het ROC in het tweede leerjaar (§ 7.4) en voor het gebruik van de "
           "werkplaats, het domotica-lab en de beschermingsmiddelen (§ 7.7)."),
          ("p", "9.3 Het ROC factureert het bedrag in twee gelijke delen, in november en in april. Het "
           "ROC verantwoordt de besteding in het financieel verslag bij de routemonitor (§ 6.2)."),
          ("p", "9.4 Andere kosten, waaronder de inzet van docenten van de school in de mbo-fase, "
           "draagt iedere partij zelf; daarvoor vindt geen overdracht van middelen plaats.")]
    B += [("h1", "§ 10 Inspraak en medezeggenschap"),
          ("p", "10.1 Voor leerlingen in de vo-fase, hun ouders en het personeel van de school geldt de "
           "Wet medezeggenschap op scholen; voor studenten in de mbo-fase en hun ouders gelden de "
           "regels van de WEB en voor het personeel van het ROC de Wet op de ondernemingsraden. "
           "Partijen spreken daarbovenop het volgende af."),
          ("p", "10.2 Twee leerlingen uit het tweede leerjaar van de route mogen als toehoorder met "
           "spreekrecht de vergaderingen bijwonen van de studentenraad van het college Techniek van "
           "het ROC. Zij worden gekozen door de leerlingen van de route."),
          ("p", "10.3 Een voorgenomen besluit tot wezenlijke wijziging van de route of tot beëindiging "
           "van deze overeenkomst wordt voor advies voorgelegd aan zowel de medezeggenschapsraad van "
           "de school als de studentenraad van het ROC, ook als de wet dat voor één van beide niet "
           "voorschrijft."),
          ("p", "10.4 De routeraad organiseert twee keer per jaar een klankbordbijeenkomst voor "
           "deelnemers en ouders; het verslag gaat naar beide medezeggenschapsorganen.")]
    B += [("h1", "§ 11 Verschillen van inzicht"),
          ("p", "11.1 Ontstaat tussen partijen een geschil over de uitleg of uitvoering van deze "
           "overeenkomst, dan bespreekt de routeraad dat binnen drie weken nadat één van de partijen "
           "het schriftelijk aan de orde heeft gesteld."),
          ("p", "11.2 Komt de routeraad er niet uit, dan wordt het geschil voorgelegd aan het "
           "bestuurlijk overleg, dat binnen vier weken bijeenkomt."),
          ("p", "11.3 Leidt ook dat niet tot een oplossing, dan schakelen partijen een mediator in die "
           "is geregistreerd bij de Mediatorsfederatie Nederland. De kosten dragen partijen ieder "
           "voor de helft."),
          ("p", "11.4 Is het geschil twee maanden na de start van de mediation niet opgelost, dan kan "
           "iedere partij het voorleggen aan de bevoegde rechter van de rechtbank Den Haag. Op deze "
           "overeenkomst is Nederlands recht van toepassing."),
          ("p", "11.5 Gedurende een geschil zetten partijen de uitvoering van de route voor de "
           "zittende deelnemers onverkort voort.")]
    B += [("h1", "§ 12 Toetreding van andere scholen of instellingen"),
          ("p", "12.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan "
           "partij worden bij deze overeenkomst als beide colleges van bestuur daarmee schriftelijk "
           "instemmen, de nieuwe partij een profiel of opleiding aanbiedt die aansluit op de route, "
           "en zij de overeenkomst in haar geheel aanvaardt door ondertekening van een "
           "toetredingsverklaring."),
          ("p", "12.2 Toetreding gaat in bij het begin van een schooljaar. De routeraad stelt vooraf "
           "vast dat de toetreding geen nadelige gevolgen heeft voor de groepsgrootte, de "
           "beschikbaarheid van de werkplaats en de bpv-plaatsen van de zittende deelnemers. De "
           "nieuwe partij meldt haar deelname in RIO."),
          ("h1", "§ 13 Looptijd, opzegging en ontbinding"),
          ("p", "13.1 Deze overeenkomst geldt voor vijf schooljaren, tot 1 augustus 2030, en wordt "
           "daarna telkens stilzwijgend met vijf jaar verlengd."),
          ("p", "13.2 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van "
           "enig jaar, met een opzegtermijn van ten minste twaalf maanden."),
          ("p", "13.3 Iedere partij kan de overeenkomst met onmiddellijke ingang ontbinden als de "
           "andere partij ernstig tekortschiet en, na een schriftelijke ingebrekestelling met een "
           "termijn van ten minste zes weken, nog steeds tekortschiet, of als de andere partij "
           "ophoudt te bestaan of haar onderwijs in het betrokken profiel of de betrokken opleiding "
           "beëindigt."),
          ("p", "13.4 Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Deelnemers die "
           "op dat moment de route volgen, kunnen de route bij partijen afmaken; partijen blijven de "
           "daarvoor benodigde afspraken uit deze overeenkomst nakomen tot de laatste deelnemer de "
           "route heeft afgerond of een passend vervolg volgens § 8 heeft gekregen."),
          ("h1", "§ 14 Wijziging"),
          ("p", "14.1 Deze overeenkomst kan alleen worden gewijzigd bij een schriftelijk, door beide "
           "colleges van bestuur ondertekend besluit, na advies volgens § 10.3."),
          ("p", "14.2 Een wijziging die gevolgen heeft voor de inhoud of de examinering van de route "
           "gaat niet eerder in dan bij het begin van het volgende schooljaar, en geldt voor zittende "
           "deelnemers alleen als zij daar niet door worden benadeeld."),
          ("p", "14.3 Partijen evalueren deze overeenkomst in het schooljaar 2027–2028.")]
    B += [("h1", "§ 15 Slotbepalingen"),
          ("p", "15.1 Bijlage 1 (routeschema per leerjaar) maakt deel uit van deze overeenkomst. Bij "
           "strijd gaat de tekst van de overeenkomst voor."),
          ("p", "15.2 Deze overeenkomst is opgemaakt in tweevoud."),
          ("sig", ["Naaldwijk, 30 juni 2025", "Stichting voor Christelijk Voortgezet Onderwijs",
                   "Westland en Oostland", "", "", "drs. M.A. van der Voort",
                   "voorzitter college van bestuur"],
           ["Delft, 30 juni 2025", "Stichting Regionaal Opleidingencentrum Delfland", "", "", "",
            "ir. P.J. Hoogendam", "voorzitter college van bestuur"]),
          ("pagebreak",),
          ("h2", "Bijlage 1 – Routeschema per leerjaar"),
          ("table", [["Leerjaar route", "Inschrijving", "Waar", "Belangrijkste onderdelen"],
                     ["1 (vmbo 3)", "school", "Kasseland College",
                      "beroepsgericht profielvak PIE, keuzevakken, project Duurzaam huis, "
                      "snuffelstage (2 weken)"],
                     ["2 (vmbo 4)", "school", "Kasseland College; 1 dag/week Techniekcampus",
                      "centraal examen vmbo, eerste mbo-onderdelen installatietechniek, "
                      "project Kasklimaat"],
                     ["3 (mbo 1)", "ROC", "Techniekcampus, leerbedrijf",
                      "basis installatietechniek, bpv 8 weken, Nederlands en rekenen"],
                     ["4 (mbo 2)", "ROC", "Techniekcampus, leerbedrijf",
                      "uitstroomrichting elektro of werktuigbouw, bpv 16 weken"],
                     ["5 (mbo 3)", "ROC", "leerbedrijf, Techniekcampus",
                      "proeve van bekwaamheid, keuzedelen, diplomering"]],
           [0.16, 0.14, 0.28, 0.42]),
          ("small", "Het routeschema is indicatief; de precieze inhoud per leerjaar staat in het "
           "PTA/OER.")]
    return B


h177.opts = dict(header="Installatieroute Westland – Samenwerkingsovereenkomst 2025–2030 "
                 "(vervangt overeenkomst 4 juli 2019)",
                 footer="Kasseland College / ROC Delfland – versie 1.0 definitief", page_of=True,
                 title="Samenwerkingsovereenkomst Installatieroute Westland 2025-2030")


# ---------------------------------------------------------------------------
# h178 - letter by a small-town director, TXT
# ---------------------------------------------------------------------------
@sample(178, "directeursbrief_voor_akkoord_kok_oldambt", "txt",
        "Brief van een vmbo-directeur die na ondertekening als overeenkomst geldt, TXT, Oldambt, "
        "HBR basis naar Kok niveau 2; leiding uitgebreid beschreven maar zonder wijze van "
        "aanwijzing, geschillen alleen 'in goed overleg', medezeggenschap alleen wettelijke "
        "beschrijving",
        {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "weak", "j": "present"},
        {"a": "1. Wat we samen gaan aanbieden", "b": "2. De restaurants en hotels in de regio",
         "d": "5. Hoe we onze besturen op de hoogte houden",
         "e": "3. Waar en door wie het onderwijs wordt gegeven",
         "f": "6. Als de route niet bij een leerling past", "g": "7. Geld",
         "j": "10. Hoe lang dit geldt, nieuwe partners, wijzigen en stoppen"})
def h178():
    B = [("raw", "Openbare Scholengemeenschap Blauwestad – vmbo"),
         ("raw", "Stichting Openbaar Voortgezet Onderwijs Oldambt"),
         ("raw", "Beerster Allee 14, 9675 HB Winschoten"),
         ("raw", ""),
         ("raw", "Aan: mevrouw I. Bakker-Wubbels"),
         ("raw", "directeur Horeca, Bakkerij en Toerisme"),
         ("raw", "ROC Eems-Dollard"),
         ("raw", "Rensumaheerd 3, 9675 JD Winschoten"),
         ("raw", ""),
         ("raw", "Winschoten, 10 juni 2025"),
         ("raw", "Betreft: onze kookroute vmbo-mbo – afspraken ter ondertekening"),
         ("raw", ""),
         ("p", "Beste Ineke,"),
         ("p", "Na de gesprekken van dit voorjaar, en met dank aan Jannie en Roelof die het meeste "
          "denkwerk hebben gedaan, zet ik in deze brief op een rij wat we met elkaar afspreken over "
          "de doorlopende leerroute van onze school naar jullie koksopleiding. We hebben er bewust "
          "geen dik contract van gemaakt: we zijn een kleine school in een kleine gemeente en we "
          "kennen elkaar. Maar de wet vraagt een samenwerkingsovereenkomst, en het moet ook over vijf "
          "jaar nog duidelijk zijn wat we hebben afgesproken. Daarom geldt deze brief, zodra hij "
          "onderaan door onze beide besturen voor akkoord is getekend, als de "
          "samenwerkingsovereenkomst tussen Stichting Openbaar Voortgezet Onderwijs Oldambt en "
          "Stichting ROC Eems-Dollard."),
         ("p", "1. Wat we samen gaan aanbieden. Vanaf augustus 2025 kunnen leerlingen die bij ons het "
          "profiel Horeca, bakkerij en recreatie volgen in de basisberoepsgerichte leerweg, aan het "
          "eind van de tweede klas kiezen voor de route naar jullie basisberoepsopleiding Kok "
          "(niveau 2, BOL). De route begint in klas 3 en duurt vier jaar: twee jaar bij ons, twee "
          "jaar bij jullie. We starten met één groep van maximaal zestien leerlingen per jaar."),
         ("p", "2. De restaurants en hotels in de regio. We doen dit niet alleen. Hotel-restaurant "
          "Het Gulden Vlies in Winschoten, Landgoed Ennemaborgh in Midwolda, De Vissersbaai in "
          "Termunterzijl en de keuken van zorgcentrum Oldambtheem hebben toegezegd mee te doen. Zij "
          "bieden onze leerlingen in klas 3 en 4 elk jaar een meeloopweek, nemen de studenten in "
          "het mbo-deel op als erkend leerbedrijf voor de stage, en hun chefs geven per schooljaar "
          "twee masterclasses in ons praktijklokaal. Twee keer per jaar kijken de chefs samen met "
          "de docenten naar het programma en zeggen ze wat er beter aan kan; de proeve van "
          "bekwaamheid aan het eind beoordelen zij mee. Komen er bedrijven bij, dan is dat "
          "welkom."),
         ("p", "3. Waar en door wie het onderwijs wordt gegeven. Klas 3 en 4 volgen de leerlingen bij "
          "ons aan de Beerster Allee; vanaf klas 4 gaan ze elke dinsdag naar jullie leerrestaurant "
          "De Ommelanden aan de Rensumaheerd. Daarna volgen ze het mbo-deel helemaal bij jullie. Wat "
          "er in elk leerjaar gegeven en getoetst wordt, leggen we samen vast in één PTA/OER voor de "
          "hele route, elk jaar vóór 1 juni. Het vmbo-examen doen onze leerlingen aan het eind van "
          "klas 4. Onze twee docenten HBR en jullie twee praktijkdocenten koken vormen samen één "
          "team: jullie docenten geven in klas 4 de dinsdagen, onze docenten blijven mentor tot de "
          "leerling bij jullie is ingeschreven en geven in het eerste mbo-jaar nog de lessen "
          "Nederlands en rekenen. Iedereen blijft in dienst bij zijn eigen werkgever. We mogen "
          "gebruikmaken van jullie leerrestaurant, de grote keuken en de koelcellen; jullie mogen "
          "ons praktijklokaal gebruiken voor de masterclasses en voor open dagen. De leerlingen "
          "krijgen van jullie een messenset en koksbuis in bruikleen."),
         ("p", "4. Wie de route trekt. De route krijgt een routecoördinator, die het aanspreekpunt is "
          "voor leerlingen, ouders en leerbedrijven. Samen met twee docenten van ons en twee "
          "docenten van jullie vormt de coördinator het kernteam. Het kernteam maakt het rooster en "
          "de jaarplanning, bereidt het PTA/OER voor, regelt de meeloopweken en stages, voert de "
          "intakegesprekken aan het eind van klas 2 en bereidt de gesprekken over een overstap voor. "
          "Het kernteam mag zelf beslissen over de planning, de verdeling van de lessen over de "
          "docenten binnen de uren die wij en jullie daarvoor in de jaartaak beschikbaar stellen, "
          "en over de besteding van het routebudget van € 4.000 per jaar voor ingrediënten en "
          "materialen. Over uitgaven boven dat budget en over het aantal groepen beslissen de "
          "besturen."),
         ("p", "5. Hoe we onze besturen op de hoogte houden. De routecoördinator schrijft twee keer "
          "per jaar, in februari en in september, een kort verslag voor onze bestuurder en jullie "
          "college van bestuur: hoeveel leerlingen er in de route zitten, wie er is gestopt of "
          "overgestapt, hoe de examens zijn gegaan en waar het knelt. Eén keer per jaar, in "
          "oktober, zitten de bestuurders met de coördinator en ons beiden om tafel; de coördinator "
          "legt dan verantwoording af over het afgelopen schooljaar en over de besteding van het "
          "routebudget."),
         ("p", "6. Als de route niet bij een leerling past. Het kan gebeuren dat een leerling de route "
          "niet afmaakt. Dan zorgen we er samen voor dat hij of zij toch een diploma haalt. Onze "
          "teamleider en jullie opleidingsmanager beslissen samen wat de beste plek is, nadat ze met "
          "de leerling en de ouders hebben gesproken, en ze kijken daarbij naar wat de leerling al "
          "heeft gehaald en hoe oud hij of zij is. Stopt een leerling in klas 3 of 4, dan maakt hij "
          "of zij bij ons gewoon de basisberoepsgerichte leerweg af, in hetzelfde of een ander "
          "profiel, met een vmbo-diploma. Zakt een leerling voor het vmbo-examen, dan kan hij of zij "
          "het examenjaar overdoen, of – als we samen vinden dat dat kan – toch bij jullie aan de "
          "koksopleiding beginnen; de toelatingseisen staan dat dan niet in de weg. Wil een student "
          "in het mbo-deel liever iets anders, dan kan hij of zij bij jullie overstappen naar een "
          "andere opleiding op niveau 2, zoals Medewerker bediening of Bakker, of, als de student "
          "dat wil, naar een opleiding bij een andere school in de regio. We spreken af dat niemand "
          "tussen wal en schip valt: de coördinator zorgt voor een warme overdracht."),
         ("p", "7. Geld. Er gaat tussen onze organisaties geen bekostiging over en weer. Iedere school "
          "betaalt haar eigen docenten, lokalen en materialen. Het routebudget uit punt 4 bestaat "
          "uit € 2.000 die wij en € 2.000 die jullie op de eigen begroting reserveren en ieder zelf "
          "uitgeven."),
         ("p", "8. Medezeggenschap. Zolang de leerlingen bij ons staan ingeschreven, valt de route "
          "onder onze medezeggenschapsraad volgens de Wet medezeggenschap op scholen. Zodra ze bij "
          "jullie student zijn, geldt wat de WEB zegt over de studentenraad en de ouders, en voor "
          "jullie personeel de ondernemingsraad. De wet biedt de mogelijkheid om daarbovenop iets "
          "extra’s af te spreken, bijvoorbeeld over deelname van onze leerlingen aan jullie "
          "studentenraad."),
         ("p", "9. Als we het niet eens zijn. Mochten we het ergens niet over eens worden, dan komen "
          "we er in goed overleg samen uit. Daar hebben we alle vertrouwen in."),
         ("p", "10. Hoe lang dit geldt, nieuwe partners, wijzigen en stoppen. Deze afspraken gelden "
          "vanaf 1 augustus 2025 voor vier schooljaren en worden daarna telkens met vier jaar "
          "verlengd, tenzij één van ons opzegt. Opzeggen kan alleen schriftelijk, tegen 1 augustus, "
          "met een jaar opzegtermijn. Willen we iets veranderen, dan doen we dat schriftelijk en "
          "laten we het door beide besturen tekenen. Ook een andere vmbo-school uit Oost-Groningen, "
          "of een andere mbo-school, kan meedoen: dat kan als onze beide besturen dat schriftelijk "
          "goedvinden, de nieuwe school een passend profiel of een passende opleiding heeft en deze "
          "afspraken ondertekent, en als de plaatsen van de leerlingen die al in de route zitten daar "
          "niet door in gevaar komen. Wat er ook gebeurt – stoppen, veranderen of uitbreiden – de "
          "leerlingen die al in de route zitten, maken hun route bij ons en bij jullie af zoals "
          "afgesproken; na een opzegging nemen we alleen geen nieuwe leerlingen meer aan."),
         ("p", "Ik hoop dat je je in deze brief herkent. Als dat zo is, wil ik je vragen hem te laten "
          "tekenen door jullie college van bestuur en één exemplaar aan mij terug te sturen."),
         ("p", "Met hartelijke groet,"),
         ("raw", "Harm Tammeling"),
         ("raw", "directeur OSG Blauwestad"),
         ("raw", ""),
         ("p", "Voor akkoord, namens de besturen:"),
         ("sig", ["Stichting Openbaar Voortgezet Onderwijs Oldambt", "",
                  "R.J. Meijering, bestuurder", "Winschoten, 18 juni 2025"],
          ["Stichting ROC Eems-Dollard", "", "drs. A. Feenstra, voorzitter college van bestuur",
           "Groningen, 24 juni 2025"]),
         ]
    return B


# ---------------------------------------------------------------------------
# h179 - ROC standard contract filled in, DOCX with tracked changes
# ---------------------------------------------------------------------------
DOTS = "……………………………………………………………………………………………………………………"


@sample(179, "roc_standaardcontract_revisies_kinderopvang_rijnstreek", "docx",
        "Standaardcontract van een ROC ingevuld, DOCX met bijgehouden wijzigingen, Rijnstreek, "
        "Zorg en welzijn kader naar Pedagogisch medewerker kinderopvang niveau 3; overstap eist "
        "reguliere vooropleidingseisen binnen hetzelfde ROC, medezeggenschapsartikel met "
        "stippellijnen, geen toetredingsregeling",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "weak", "i": "present", "j": "weak"},
        {"a": "Artikel 2 Onderwerp: de route", "b": "Artikel 3 Betrokkenheid beroepenveld",
         "c": "Artikel 4 Leiding van de route", "d": "Artikel 5 Informatie en verantwoording",
         "e": "Artikel 6 Inrichting van het onderwijs", "g": "Artikel 8 Financiën",
         "i": "Artikel 10 Geschillen"})
def h179():
    B = [("small", "ROC Rijn en Gouwe – Model samenwerkingsovereenkomst doorlopende leerroute "
          "vmbo-mbo – modelversie 2024.2 – vastgesteld door het college van bestuur op 12 maart 2024. "
          "Cursieve toelichtingen uit het model zijn bij het invullen verwijderd."),
         ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
         ("subtitle", "Route: Zorg en welzijn (kader) – Pedagogisch medewerker kinderopvang "
          "(niveau 3)"),
         ("h2", "Partijen"),
         ("p", "1. Stichting Scholengroep Rijnwaarde, gevestigd te Alphen aan den Rijn, bevoegd "
          "gezag van het Rijnwaarde College, locatie vmbo Alphen-Noord, te dezen vertegenwoordigd "
          "door mevrouw mr. D.E. Zwanenburg, voorzitter van het college van bestuur, hierna: de "
          "school;"),
         ("p", "2. Stichting ROC Rijn en Gouwe, gevestigd te Gouda, bevoegd gezag van ROC Rijn en "
          "Gouwe, te dezen vertegenwoordigd door de heer drs. F.C. Oudshoorn, lid van het college "
          "van bestuur, hierna: het ROC;"),
         ("p", "komen het volgende overeen."),
         ("h1", "Artikel 1 Begripsbepalingen"),
         ("p", "In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute "
          "vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB; deelnemer: de "
          "leerling of student die de route volgt; stuurgroep: de leiding van de route als bedoeld "
          "in artikel 4; PTA/OER: het gezamenlijk programma van toetsing en afsluiting en de "
          "onderwijs- en examenregeling van de route."),
         ("h1", "Artikel 2 Onderwerp: de route"),
         ("p", "2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute van het profiel Zorg en "
          "welzijn in de kaderberoepsgerichte leerweg van de school naar de vakopleiding "
          "Pedagogisch medewerker kinderopvang (niveau 3, opleidingsdomein Zorg en welzijn, BOL) van "
          "het ROC."),
         ("p", "2.2 De route start in leerjaar 3 van het vmbo en heeft een cursusduur van "
          "{-vijf-}{+vier en een half+} jaar. Jaarlijks starten ten hoogste {-twee groepen-}"
          "{+één groep van maximaal 24 deelnemers+}."),
         ("h1", "Artikel 3 Betrokkenheid beroepenveld"),
         ("p", "3.1 Partijen betrekken het beroepenveld als volgt bij de invulling van de route. "
          "De kinderopvangorganisaties Stichting Kinderopvang Rijnstreek, Kindercentra De Zonnewijzer "
          "en Kinderopvang Bodegraven-Reeuwijk{+ en Kinderopvang ’t Molenwiekje+} hebben zich "
          "verbonden om:"),
         ("li", "jaarlijks ten minste {-tien-}{+twaalf+} bpv-plaatsen bij een erkend leerbedrijf "
          "beschikbaar te stellen voor de mbo-fase van de route;"),
         ("li", "in leerjaar 2 van de route voor iedere deelnemer een oriënterende stage van twee "
          "weken aan te bieden;"),
         ("li", "met een praktijkopleider deel te nemen aan de beroepenveldcommissie Zorg en Welzijn "
          "van het ROC, die twee keer per jaar over het programma van de route adviseert;"),
         ("li", "gastlessen te verzorgen over onder meer veiligheid en gezondheid in de kinderopvang "
          "en als beoordelaar deel te nemen aan de praktijkexamens."),
         ("h1", "Artikel 4 Leiding van de route"),
         ("p", "4.1 De leiding over de route berust bij een stuurgroep, bestaande uit de teamleider "
          "Zorg en welzijn van de school, de onderwijsmanager Zorg, Welzijn en Kinderopvang van het "
          "ROC en de routecoördinator."),
         ("p", "4.2 De teamleider wordt aangewezen door het college van bestuur van de school, de "
          "onderwijsmanager door het college van bestuur van het ROC. De routecoördinator wordt door "
          "beide colleges van bestuur gezamenlijk benoemd, op voordracht van de teamleider en de "
          "onderwijsmanager."),
         ("p", "4.3 De stuurgroep is belast met de dagelijkse uitvoering van de route, de "
          "voorbereiding van het PTA/OER, de planning en roostering, de toelating tot de route, de "
          "afstemming met het beroepenveld en de kwaliteitszorg. Zij is bevoegd te beslissen over "
          "de inzet van de docenten binnen de door de besturen vastgestelde formatie en over "
          "uitgaven binnen het routebudget. Besluiten over formatie, begroting en wijziging van deze "
          "overeenkomst zijn voorbehouden aan de colleges van bestuur."),
         ("h1", "Artikel 5 Informatie en verantwoording"),
         ("p", "5.1 De stuurgroep rapporteert {-jaarlijks-}{+twee keer per jaar, uiterlijk op "
          "1 februari en 1 september,+} schriftelijk aan de colleges van bestuur van beide partijen "
          "over de voortgang van de route, de in-, door- en uitstroom van deelnemers, de "
          "examenresultaten en de besteding van het routebudget."),
         ("p", "5.2 De stuurgroep legt jaarlijks in het bestuurlijk overleg van november "
          "verantwoording af over de uitvoering van haar taken. Zij informeert de besturen "
          "tussentijds onverwijld over zaken die de continuïteit van de route raken."),
         ("h1", "Artikel 6 Inrichting van het onderwijs"),
         ("p", "6.1 Locaties: leerjaar 1 en 2 van de route worden verzorgd op de vmbo-locatie "
          "Alphen-Noord van de school, waarbij de deelnemers in leerjaar 2 één dag per week "
          "onderwijs volgen op de locatie Alphen aan den Rijn (Pelikaanweg) van het ROC. De "
          "mbo-fase wordt verzorgd op de ROC-locatie en bij de leerbedrijven."),
         ("p", "6.2 Programma en examinering: het onderwijsprogramma, de examinering en de "
          "beroepspraktijkvorming worden per leerjaar vastgelegd in het PTA/OER, dat jaarlijks vóór "
          "1 juli door beide partijen wordt vastgesteld. Het centraal examen vmbo wordt afgenomen in "
          "leerjaar 2 van de route."),
         ("p", "6.3 Personeel: de school zet voor de route twee docenten Zorg en welzijn en een "
          "mentor in; het ROC zet in leerjaar 2 van de route een docent kinderopvang in voor acht "
          "lesuren per week op de ROC-locatie en verzorgt het gehele onderwijs in de mbo-fase. "
          "Docenten van beide partijen vormen één routeteam en blijven in dienst van hun eigen "
          "werkgever. {+Voor het vakoverstijgende project ‘Spelen en ontwikkelen’ wordt een team "
          "van leraren en docenten ingezet; het PTA/OER vermeldt de samenstelling.+}"),
         ("p", "6.4 Faciliteiten: het ROC stelt zijn skills-lab kinderopvang (babyverzorgingsruimte, "
          "speelhoek en observatieruimte) beschikbaar voor de lessen in leerjaar 2; de school stelt "
          "haar praktijklokaal Zorg en welzijn beschikbaar voor gezamenlijke projecten. Deelnemers "
          "krijgen toegang tot de digitale leeromgeving van het ROC."),
         ("h1", "Artikel 7 Overstapmogelijkheden"),
         ("p", "7.1 Een deelnemer die de route voortijdig beëindigt, kan overstappen naar een andere "
          "opleiding van het ROC op niveau 3, mits hij voldoet aan de reguliere toelatingseisen van "
          "die opleiding, waaronder het bezit van een diploma vmbo in de kaderberoepsgerichte, "
          "gemengde of theoretische leerweg."),
         ("p", "7.2 Een deelnemer die is afgewezen voor het eindexamen vmbo, wordt niet toegelaten tot "
          "de mbo-fase van de route of tot een andere opleiding van het ROC en zet zijn opleiding "
          "voort in de reguliere kaderberoepsgerichte leerweg van de school."),
         ("p", "7.3 Het besluit over een overstap wordt genomen door de teamleider en de "
          "onderwijsmanager gezamenlijk, na overleg met de deelnemer en diens ouders."),
         ("h1", "Artikel 8 Financiën"),
         ("p", "8.1 Partijen dragen geen bekostiging aan elkaar over als bedoeld in artikel 5.42a "
          "WVO 2020 en artikel 9.1.15 WEB. Iedere partij draagt de kosten van haar eigen inzet. "
          "{+Het gebruik van het skills-lab door deelnemers in de vo-fase wordt niet in rekening "
          "gebracht.+}"),
         ("h1", "Artikel 9 Aanvullende afspraken medezeggenschap (optioneel)"),
         ("p", "Partijen maken de volgende aanvullende afspraken over de medezeggenschap in de "
          "route: " + DOTS + " {+[in te vullen na bespreking met de MR]+}"),
         ("p", DOTS + DOTS),
         ("h1", "Artikel 10 Geschillen"),
         ("p", "10.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst "
          "besproken in de stuurgroep. Leidt dat binnen vier weken niet tot overeenstemming, dan "
          "wordt het geschil voorgelegd aan de voorzitters van beide colleges van bestuur."),
         ("p", "10.2 Komen de voorzitters niet binnen {-vier-}{+zes+} weken tot een oplossing, dan "
          "leggen partijen het geschil voor bindend advies voor aan een door hen gezamenlijk aan te "
          "wijzen onafhankelijke deskundige; komen zij over die aanwijzing niet overeen, dan wijst de "
          "voorzitter van de Stichting Onderwijsgeschillen een deskundige aan."),
         ("h1", "Artikel 11 Duur, wijziging en beëindiging"),
         ("p", "11.1 Deze overeenkomst wordt aangegaan voor onbepaalde tijd, met ingang van "
          "1 augustus 2025."),
         ("p", "11.2 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een "
          "schooljaar, met inachtneming van een opzegtermijn van {-zes-}{+twaalf+} maanden. "
          "Partijen kunnen de overeenkomst ontbinden indien de andere partij na schriftelijke "
          "ingebrekestelling toerekenbaar tekortschiet in de nakoming."),
         ("p", "11.3 Wijzigingen van deze overeenkomst zijn slechts geldig indien zij schriftelijk "
          "zijn overeengekomen en door beide colleges van bestuur zijn ondertekend."),
         ("p", "11.4 Na opzegging of ontbinding worden geen nieuwe deelnemers meer tot de route "
          "toegelaten. Deelnemers die op dat moment in de route zijn ingeschreven, ronden de route "
          "af onder de voorwaarden van deze overeenkomst; een wijziging geldt voor hen alleen als zij "
          "daardoor niet in hun studievoortgang worden benadeeld."),
         ("h1", "Artikel 12 Slotbepalingen"),
         ("p", "12.1 Partijen melden de route gezamenlijk aan de minister via RIO."),
         ("p", "12.2 Op deze overeenkomst is Nederlands recht van toepassing."),
         ("p", "Aldus overeengekomen en in tweevoud ondertekend."),
         ("sig", ["Stichting Scholengroep Rijnwaarde", "Alphen aan den Rijn, ………………… 2025", "",
                  "mr. D.E. Zwanenburg"],
          ["Stichting ROC Rijn en Gouwe", "Gouda, ………………… 2025", "", "drs. F.C. Oudshoorn"]),
         ]
    return B


h179.opts = dict(title="Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn - PM "
                 "kinderopvang", author="ROC Rijn en Gouwe",
                 rev_author="Bestuursbureau Rijnwaarde",
                 header="ROC Rijn en Gouwe – model SOK DLR v2024.2 – concept met wijzigingen "
                 "Rijnwaarde",
                 footer="Model SOK doorlopende leerroute – ROC Rijn en Gouwe")


# ---------------------------------------------------------------------------
# h180 - interne regeling of a verticale scholengemeenschap, Markdown
# ---------------------------------------------------------------------------
@sample(180, "interne_regeling_vsg_ict_lochem", "md",
        "Interne regeling van een verticale scholengemeenschap (besluit college van bestuur), "
        "Markdown, Lochem, MVI gemengd/kader naar IT systems and devices niveau 4/3; bedrijfsleven "
        "alleen in begripsbepalingen en considerans, verantwoording herhaalt alleen de wettelijke "
        "plicht",
        {"a": "present", "b": "missing", "c": "present", "d": "weak", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "not_applicable",
         "j": "not_applicable"},
        {"a": "Artikel 2 Routes", "c": "Artikel 3 Routeleiding",
         "e": "Artikel 4 Inrichting van het onderwijs", "f": "Artikel 6 Overstap",
         "g": "Artikel 7 Middelen"})
def h180():
    B = [("title", "Regeling doorlopende leerroutes ICT IJsselpoort College 2025"),
         ("p", "*Besluit van het college van bestuur van Stichting Onderwijsgroep Berkel en IJssel "
          "van 3 juni 2025, nr. CvB/2025/118*"),
         ("p", "Het college van bestuur van Stichting Onderwijsgroep Berkel en IJssel, bevoegd gezag "
          "van het IJsselpoort College, verticale scholengemeenschap voor vmbo en mbo te Lochem;"),
         ("p", "overwegende dat het IJsselpoort College zowel de vmbo-afdeling als de mbo-afdeling "
          "ICT onder één bevoegd gezag verzorgt, zodat de doorlopende leerroutes in plaats van bij "
          "samenwerkingsovereenkomst bij interne regeling worden geregeld, en dat de routes in nauw "
          "overleg met het regionale bedrijfsleven zijn ontwikkeld;"),
         ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel "
          "9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;"),
         ("p", "gehoord de deelraad vmbo en de studentenraad mbo;"),
         ("p", "**besluit** vast te stellen de volgende regeling."),
         ("h1", "Artikel 1 Begripsbepalingen"),
         ("p", "In deze regeling wordt verstaan onder:"),
         ("li", "**college**: het college van bestuur van Stichting Onderwijsgroep Berkel en IJssel;"),
         ("li", "**route**: een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2 van deze "
          "regeling;"),
         ("li", "**vmbo-afdeling** en **mbo-afdeling**: de afdelingen van het IJsselpoort College "
          "die het vmbo-deel respectievelijk het mbo-deel van de route verzorgen;"),
         ("li", "**deelnemer**: een leerling of student die een route volgt;"),
         ("li", "**Werkveldraad ICT Achterhoek**: het overleg van ICT-bedrijven uit de regio, "
          "waaronder Berkel Systemen B.V., NetLochem en IT-Hub Zutphen, dat adviseert over de inhoud "
          "van ICT-opleidingen en over stageplaatsen;"),
         ("li", "**PTA/OER**: het programma van toetsing en afsluiting en de onderwijs- en "
          "examenregeling van een route."),
         ("h1", "Artikel 2 Routes"),
         ("p", "1. Het IJsselpoort College verzorgt de volgende doorlopende leerroutes:"),
         ("table", [["Route", "Vmbo-deel", "Mbo-deel", "Niveau"],
                    ["ICT-4", "profiel Media, vormgeving en ICT, gemengde leerweg",
                     "Expert IT systems and devices (BOL)", "4 – middenkaderopleiding"],
                    ["ICT-3", "profiel Media, vormgeving en ICT, kaderberoepsgerichte leerweg",
                     "Allround medewerker IT systems and devices (BOL)", "3 – vakopleiding"]]),
         ("p", "2. Beide routes vallen binnen het opleidingsdomein ICT en creatieve industrie. De "
          "routes beginnen in leerjaar 3 van het vmbo."),
         ("p", "3. Tot een route worden ten hoogste 28 deelnemers per leerjaar toegelaten."),
         ("h1", "Artikel 3 Routeleiding"),
         ("p", "1. De leiding over de routes berust bij de routeleider ICT, die daarin wordt "
          "bijgestaan door de afdelingsleider bovenbouw van de vmbo-afdeling en de teamleider ICT "
          "van de mbo-afdeling. Zij vormen samen het routeteam-management."),
         ("p", "2. De routeleider wordt door het college benoemd voor een termijn van drie jaar, na "
          "advies van de directeuren van beide afdelingen. De afdelingsleider en de teamleider maken "
          "ambtshalve deel uit van het routeteam-management."),
         ("p", "3. Het college draagt aan de routeleider op: de organisatie en uitvoering van het "
          "onderwijs in de routes, het opstellen van het PTA/OER, de toelating van deelnemers, de "
          "roostering en de bewaking van de overstapregeling van artikel 6. De routeleider is "
          "bevoegd om binnen de door het college vastgestelde formatie en het routebudget docenten "
          "van beide afdelingen in te zetten en verplichtingen aan te gaan tot € 15.000 per jaar. "
          "Besluiten over formatie, huisvesting en wijziging van deze regeling neemt het college."),
         ("h1", "Artikel 4 Inrichting van het onderwijs"),
         ("p", "1. De routes worden verzorgd op de campus Berkeloever te Lochem, waar beide "
          "afdelingen zijn gehuisvest."),
         ("p", "2. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per "
          "leerjaar beschreven in het PTA/OER van de route, waarin is aangegeven welke onderdelen "
          "vmbo, mbo of gecombineerd zijn. Het PTA/OER wordt jaarlijks vóór 1 juli door het college "
          "vastgesteld. Het centraal examen vmbo wordt afgenomen in leerjaar 2 van de route."),
         ("p", "3. Docenten van de vmbo-afdeling en de mbo-afdeling vormen per route één team. Voor "
          "de vakoverstijgende modules ‘Netwerken’ en ‘Programmeren voor beginners’ wordt een team "
          "van leraren en docenten ingezet als bedoeld in artikel 7.13a WVO 2020; het PTA/OER "
          "vermeldt welke onderdelen dat betreft. Docenten van de mbo-afdeling geven vanaf leerjaar "
          "1 van de route de ICT-modules; docenten van de vmbo-afdeling verzorgen tot en met leerjaar "
          "3 van de route Nederlands, Engels en rekenen."),
         ("p", "4. De deelnemers maken vanaf leerjaar 1 gebruik van het ICT-lab, het netwerklab met "
          "serveropstelling en de werkplaats hardware van de mbo-afdeling. De vmbo-afdeling stelt "
          "haar mediaruimte en de laptopkarren beschikbaar. Deelnemers krijgen vanaf het begin van "
          "de route een account op de leeromgeving van de mbo-afdeling."),
         ("h1", "Artikel 5 Verantwoording"),
         ("p", "De routeleider verstrekt het college de inlichtingen die het voor de uitoefening van "
          "zijn taak nodig heeft en legt aan het college verantwoording af over de uitvoering van de "
          "routes."),
         ("h1", "Artikel 6 Overstap"),
         ("p", "1. Een deelnemer die een route niet voortzet, wordt in staat gesteld een diploma te "
          "behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd. De afdelingsleider en "
          "de teamleider stellen dat samen vast, nadat zij de deelnemer en, bij een minderjarige, "
          "zijn ouders hebben gehoord."),
         ("p", "2. In de eerste twee leerjaren van de route vervolgt de deelnemer in beginsel zijn "
          "opleiding in de reguliere gemengde of kaderberoepsgerichte leerweg van de vmbo-afdeling, "
          "gericht op het vmbo-diploma."),
         ("p", "3. Een deelnemer die het vmbo-diploma niet uiterlijk in leerjaar 3 van de route "
          "behaalt, kan een examenjaar herhalen of zonder vmbo-diploma doorgaan in een opleiding van "
          "de mbo-afdeling van een passend niveau; vooropleidingseisen zijn daarbij niet van "
          "toepassing."),
         ("p", "4. Een deelnemer van route ICT-4 voor wie niveau 4 te hoog blijkt, kan overstappen "
          "naar route ICT-3 of naar de opleiding Medewerker ICT support (niveau 2). Een deelnemer die "
          "een andere richting wil, kan overstappen naar een andere opleiding van het IJsselpoort "
          "College of, met hulp van de routeleider, naar een opleiding bij een andere instelling in "
          "de regio."),
         ("h1", "Artikel 7 Middelen"),
         ("p", "Omdat beide afdelingen onder hetzelfde bevoegd gezag vallen, vindt geen overdracht "
          "van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Het "
          "college stelt jaarlijks bij de begroting het routebudget vast."),
         ("h1", "Artikel 8 Medezeggenschap"),
         ("p", "Voorgenomen besluiten over de routes worden gelijktijdig voorgelegd aan de deelraad "
          "vmbo en de studentenraad mbo, elk volgens de eigen bevoegdheden."),
         ("h1", "Artikel 9 Slotbepalingen"),
         ("p", "1. Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: "
          "Regeling doorlopende leerroutes ICT IJsselpoort College 2025."),
         ("p", "2. Het college evalueert de regeling uiterlijk in 2028."),
         ("p", "Lochem, 3 juni 2025"),
         ("p", "Het college van bestuur van Stichting Onderwijsgroep Berkel en IJssel,"),
         ("p", "ir. H.W. Wissink, voorzitter  —  drs. C.M. ten Brinke, lid"),
         ("h1", "Toelichting"),
         ("p", "Deze regeling vervangt de afspraken uit het projectplan ‘ICT-route Lochem’ van 2021. "
          "Omdat vmbo- en mbo-afdeling tot dezelfde rechtspersoon behoren, is een "
          "samenwerkingsovereenkomst niet nodig; de onderwerpen geschilbeslechting, toetreding en "
          "beëindiging en de inrichting van de medezeggenschap hoeven in een interne regeling niet "
          "te worden geregeld. Artikel 8 is desondanks opgenomen op verzoek van de studentenraad."),
         ]
    return B


# ---------------------------------------------------------------------------
# h181 - four parties, lawyer-style with capitalised defined terms, PDF
# ---------------------------------------------------------------------------
@sample(181, "vier_partijen_gedefinieerde_termen_hout_interieur_kennemerland", "pdf",
        "Overeenkomst tussen vier partijen (twee vmbo-scholen, een ROC en een vakinstelling) in "
        "advocatenstijl met gedefinieerde termen, PDF, Zuid-Kennemerland, BWI kader naar Allround "
        "timmerman en Allround meubelmaker niveau 3; volledig",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "ARTIKEL 2 – DE ROUTES", "b": "ARTIKEL 3 – DE BOUW- EN INTERIEURSECTOR",
         "c": "ARTIKEL 4 – HET ROUTEBESTUUR",
         "d": "ARTIKEL 5 – INFORMATIE EN VERANTWOORDING AAN DE BESTUREN",
         "e": "ARTIKEL 6 – UITVOERING VAN HET ONDERWIJS",
         "f": "ARTIKEL 7 – DEELNEMERS DIE DE ROUTE VERLATEN",
         "g": "ARTIKEL 8 – FINANCIËLE BEPALINGEN",
         "h": "ARTIKEL 9 – ROUTEBERAAD VAN DE RADEN", "i": "ARTIKEL 10 – GESCHILLEN",
         "j": "ARTIKEL 11 – TOETREDING"})
def h181():
    B = [("title", "Samenwerkingsovereenkomst Doorlopende Leerroutes Bouw en Interieur "
          "Zuid-Kennemerland"),
         ("subtitle", "Kenmerk SOK-BI-2025 – gesloten tussen vier partijen"),
         ("h2", "DE ONDERGETEKENDEN"),
         ("p", "1. Stichting Openbaar Voortgezet Onderwijs Haarlem-Zuid, statutair gevestigd te "
          "Haarlem, ingeschreven in het handelsregister onder nummer 41223871, bevoegd gezag van "
          "Spaarnesteyn vmbo, rechtsgeldig vertegenwoordigd door de heer J.P. Koster, bestuurder "
          "(hierna: ‘Spaarnesteyn’);"),
         ("p", "2. Stichting Katholiek Voortgezet Onderwijs Kennemerland, statutair gevestigd te "
          "Heemstede, ingeschreven in het handelsregister onder nummer 34081442, bevoegd gezag van "
          "het Sint-Bavo Vakcollege, rechtsgeldig vertegenwoordigd door mevrouw drs. A.M. "
          "Borst-Lindeman, voorzitter van het college van bestuur (hierna: ‘Sint-Bavo’);"),
         ("p", "3. Stichting ROC Kennemerland-Amstel, statutair gevestigd te Haarlem, ingeschreven in "
          "het handelsregister onder nummer 41227630, rechtsgeldig vertegenwoordigd door de heer "
          "ir. W.F. de Goede, voorzitter van het college van bestuur (hierna: ‘het ROC’);"),
         ("p", "4. Stichting Vakcollege Hout en Interieur Nederland, statutair gevestigd te "
          "Zaandam, instelling voor beroepsonderwijs als bedoeld in artikel 1.3.1 WEB (vakinstelling), "
          "rechtsgeldig vertegenwoordigd door mevrouw M.C. Hoekstra MBA, bestuurder (hierna: ‘de "
          "Vakinstelling’);"),
         ("p", "Spaarnesteyn en Sint-Bavo hierna gezamenlijk ook: de ‘Vo-scholen’; het ROC en de "
          "Vakinstelling hierna gezamenlijk ook: de ‘Mbo-instellingen’; allen gezamenlijk: "
          "‘Partijen’."),
         ("h2", "NEMEN IN AANMERKING DAT"),
         ("p", "(A) de Vo-scholen en de Mbo-instellingen met ingang van het schooljaar 2025–2026 "
          "gezamenlijk twee doorlopende leerroutes vmbo-mbo in de bouw en de interieurbouw willen "
          "aanbieden;"),
         ("p", "(B) Partijen één overeenkomst wensen te sluiten die de onderwerpen regelt als bedoeld "
          "in artikel 2.107b, tweede lid, WVO 2020 en artikel 9.1.3 WEB;"),
         ("h2", "EN KOMEN OVEREEN ALS VOLGT"),
         ("h1", "ARTIKEL 1 – DEFINITIES"),
         ("p", "1.1 In deze Overeenkomst hebben de met een hoofdletter geschreven termen de volgende "
          "betekenis: ‘Overeenkomst’: deze samenwerkingsovereenkomst met bijlagen; ‘Route’: elk van "
          "de doorlopende leerroutes omschreven in artikel 2; ‘Deelnemer’: een leerling of student "
          "die een Route volgt; ‘Routebestuur’: het orgaan bedoeld in artikel 4; ‘Vo-fase’ en "
          "‘Mbo-fase’: de eerste twee leerjaren respectievelijk de volgende leerjaren van een Route; "
          "‘Routeberaad’: het overleg bedoeld in artikel 9."),
         ("h1", "ARTIKEL 2 – DE ROUTES"),
         ("p", "2.1 Partijen verzorgen gezamenlijk de volgende Routes:"),
         ("table", [["Route", "Vo-scholen: profiel en leerweg", "Mbo-instelling en opleiding",
                     "Niveau"],
                    ["Route Timmeren", "Bouwen, wonen en interieur (BWI), kaderberoepsgerichte "
                     "leerweg", "ROC: Allround timmerman (BOL/BBL)", "3"],
                    ["Route Meubel en Interieur", "Bouwen, wonen en interieur (BWI), "
                     "kaderberoepsgerichte leerweg",
                     "Vakinstelling: Allround meubelmaker/(scheeps)interieurbouwer (BOL)", "3"]],
          [0.2, 0.32, 0.38, 0.1]),
         ("p", "2.2 Beide Routes worden aangeboden aan leerlingen van beide Vo-scholen. Een Route "
          "omvat de leerjaren 3 en 4 van het vmbo en de mbo-opleiding en duurt in totaal vijf jaar."),
         ("p", "2.3 Partijen melden iedere Route afzonderlijk via RIO; iedere Partij verzorgt de "
          "eigen registratie."),
         ("h1", "ARTIKEL 3 – DE BOUW- EN INTERIEURSECTOR"),
         ("p", "3.1 De Routes worden ingevuld met medewerking van het Bouwplatform Kennemerland en de "
          "volgende leerbedrijven: Timmerbedrijf Van Duijn B.V. (Heemstede), Kennemer Woningbouw B.V. "
          "(Haarlem), Interieurbouw Spaarndam B.V. en Meubelmakerij Olieslager (Bloemendaal)."),
         ("p", "3.2 Uit deze bedrijven nemen drie vakmensen zitting in de Vakraad Bouw en Interieur, "
          "die vier keer per jaar met het Routebestuur vergadert. De Vakraad toetst jaarlijks het "
          "PTA/OER van de Routes op actualiteit, adviseert over de keuzedelen en stelt de "
          "praktijkopdrachten voor het tweede leerjaar mede vast."),
         ("p", "3.3 De leerbedrijven bieden de Deelnemers in de Vo-fase een bouwplaatsweek per jaar "
          "en in de Mbo-fase de bpv-plaatsen, en leveren beoordelaars voor de proeven van "
          "bekwaamheid. Het ROC en de Vakinstelling zorgen dat deze bedrijven erkend leerbedrijf "
          "zijn bij de SBB."),
         ("h1", "ARTIKEL 4 – HET ROUTEBESTUUR"),
         ("p", "4.1 Er is een Routebestuur, bestaande uit vier leden en een voorzitter. Ieder van "
          "Partijen wijst één lid aan uit haar leidinggevenden die bij de Routes betrokken zijn; de "
          "aanwijzing geschiedt schriftelijk door het bevoegd gezag van de betrokken Partij, dat het "
          "lid ook kan vervangen."),
         ("p", "4.2 De voorzitter is geen medewerker van een van Partijen. Hij of zij wordt door de "
          "bevoegde gezagsorganen van Partijen bij eenparig besluit benoemd voor twee jaar en kan "
          "eenmaal worden herbenoemd."),
         ("p", "4.3 Aan het Routebestuur zijn opgedragen: (a) de dagelijkse leiding over de Routes; "
          "(b) het opstellen van het PTA/OER per Route; (c) de plaatsing en overstap van "
          "Deelnemers; (d) de planning van de inzet van personeel en faciliteiten; (e) het contact "
          "met de Vakraad en de leerbedrijven; en (f) de kwaliteitszorg."),
         ("p", "4.4 Het Routebestuur is bevoegd tot het nemen van besluiten ter uitvoering van de "
          "taken genoemd in 4.3, voor zover die binnen de jaarlijks door Partijen vastgestelde "
          "inzet van uren en middelen blijven. Het Routebestuur besluit bij meerderheid, met dien "
          "verstande dat voor een besluit ten minste één lid afkomstig van een Vo-school en één lid "
          "afkomstig van een Mbo-instelling moeten instemmen. Het Routebestuur kan Partijen niet "
          "financieel verbinden."),
         ("h1", "ARTIKEL 5 – INFORMATIE EN VERANTWOORDING AAN DE BESTUREN"),
         ("p", "5.1 Het Routebestuur zendt ieder kwartaal een beknopt overzicht (dashboard) van "
          "instroom, uitval, overstappen, verzuim en bpv-plaatsen aan de bevoegde gezagsorganen van "
          "alle Partijen."),
         ("p", "5.2 Jaarlijks vóór 15 november legt het Routebestuur een jaarverslag over het "
          "afgelopen schooljaar voor aan alle bevoegde gezagsorganen, waarin het rekenschap aflegt "
          "van de uitvoering van zijn taken en de besteding van de uren en middelen. Het jaarverslag "
          "wordt besproken in het bestuurdersoverleg van Partijen in december."),
         ("p", "5.3 Ieder bevoegd gezag kan het Routebestuur om aanvullende gegevens vragen."),
         ("h1", "ARTIKEL 6 – UITVOERING VAN HET ONDERWIJS"),
         ("p", "6.1 In de Vo-fase volgen Deelnemers het onderwijs op hun eigen Vo-school; in het "
          "tweede leerjaar van de Route volgen zij één dag per week praktijkonderwijs op de "
          "Bouwcampus Waarderpolder van het ROC (Route Timmeren) of in de Leerwerkplaats Interieur "
          "van de Vakinstelling te Haarlem (Route Meubel en Interieur). De Mbo-fase wordt verzorgd op "
          "die locaties en bij de leerbedrijven."),
         ("p", "6.2 Per Route leggen Partijen het onderwijsprogramma, de examinering en de "
          "beroepspraktijkvorming per leerjaar vast in een PTA/OER, dat jaarlijks vóór 1 juli wordt "
          "vastgesteld door de bevoegde gezagsorganen van de betrokken Partijen. Het centraal examen "
          "vmbo vindt plaats in het tweede leerjaar van de Route."),
         ("p", "6.3 In het tweede leerjaar van de Route verzorgen praktijkdocenten van het ROC en "
          "instructeurs van de Vakinstelling de praktijkdag; docenten BWI van de Vo-scholen "
          "begeleiden hun leerlingen op die dag mee. Voor het vakoverstijgende project ‘Tiny house’ "
          "wordt per Route een team van leraren en docenten ingezet als bedoeld in artikel 7.13a "
          "WVO 2020 en artikel 9.1.12 WEB. Personeel blijft in dienst van de eigen werkgever; "
          "detachering is niet aan de orde."),
         ("p", "6.4 De Vakinstelling stelt haar machinale houtbewerkingswerkplaats beschikbaar, met "
          "dien verstande dat Deelnemers jonger dan zestien jaar uitsluitend onder direct toezicht "
          "van een instructeur aan machines werken. Het ROC stelt de bouwhal en het BIM-lokaal van "
          "de Bouwcampus beschikbaar. De Vo-scholen stellen hun BWI-praktijklokalen beschikbaar voor "
          "gezamenlijke projecten en scholing. Het gebruik van elkaars voorzieningen is kosteloos."),
         ("p", "6.5 Klachten over gedragingen van medewerkers van een andere Partij worden behandeld "
          "door de klachtencommissie van de Partij waar de Deelnemer is ingeschreven; de andere "
          "Partij verleent medewerking."),
         ("h1", "ARTIKEL 7 – DEELNEMERS DIE DE ROUTE VERLATEN"),
         ("p", "7.1 Een Deelnemer die een Route niet voortzet, wordt door Partijen in staat gesteld "
          "om een vmbo-diploma of een mbo-diploma te behalen dat aansluit bij het bereikte "
          "onderwijsniveau en zijn of haar leeftijd."),
         ("p", "7.2 Het besluit over het vervolg wordt genomen door de Vo-school waar de Deelnemer "
          "vandaan komt en de Mbo-instelling van de Route gezamenlijk, na overleg met de Deelnemer "
          "en diens ouders of verzorgers."),
         ("p", "7.3 Mogelijke vervolgstappen zijn in elk geval: (a) in de Vo-fase: voortzetting van "
          "de kaderberoepsgerichte leerweg BWI of een ander profiel op de eigen Vo-school; (b) "
          "overstap naar de andere Route, met behoud van behaalde onderdelen; (c) bij uitblijven "
          "van het vmbo-diploma: herhaling van het examenjaar of voortzetting in de Mbo-fase zonder "
          "vmbo-diploma binnen dezelfde Mbo-instelling, zonder dat vooropleidingseisen worden "
          "gesteld; (d) in de Mbo-fase: een andere opleiding op niveau 3 of, als dat beter past, de "
          "opleiding Timmerman of Meubelmaker op niveau 2; (e) een opleiding bij een andere "
          "instelling in de regio, na een geschiktheidsonderzoek door die instelling."),
         ("h1", "ARTIKEL 8 – FINANCIËLE BEPALINGEN"),
         ("p", "8.1 Partijen dragen geen deel van hun bekostiging aan elkaar over. Iedere Partij "
          "draagt haar eigen kosten, waaronder die van het eigen personeel en de eigen voorzieningen."),
         ("h1", "ARTIKEL 9 – ROUTEBERAAD VAN DE RADEN"),
         ("p", "9.1 De medezeggenschapsraden van de Vo-scholen en de studentenraden van de "
          "Mbo-instellingen wijzen ieder één lid aan voor een gezamenlijk Routeberaad. Het "
          "Routeberaad vergadert ten minste twee keer per jaar met het Routebestuur."),
         ("p", "9.2 Het Routebestuur vraagt het Routeberaad om advies over het PTA/OER en over "
          "wijzigingen in de opzet van de Routes, voordat deze aan de bevoegde gezagsorganen "
          "worden voorgelegd. De wettelijke bevoegdheden van de afzonderlijke raden blijven "
          "onverlet."),
         ("h1", "ARTIKEL 10 – GESCHILLEN"),
         ("p", "10.1 Een geschil tussen Partijen over de uitvoering van deze Overeenkomst wordt eerst "
          "in het Routebestuur besproken en vervolgens, als dat binnen een maand geen oplossing "
          "geeft, in het bestuurdersoverleg."),
         ("p", "10.2 Blijft het geschil bestaan, dan wordt het voor bindend advies voorgelegd aan "
          "een commissie van drie personen: één aangewezen door de Vo-scholen, één door de "
          "Mbo-instellingen en een voorzitter die door beide aldus aangewezen leden wordt gekozen. "
          "De commissie beslist binnen acht weken."),
         ("h1", "ARTIKEL 11 – TOETREDING"),
         ("p", "11.1 Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze "
          "Overeenkomst toetreden met schriftelijke instemming van alle Partijen en na ondertekening "
          "van een toetredingsakte waarin de nieuwe Partij alle rechten en plichten uit deze "
          "Overeenkomst aanvaardt. Toetreding gaat in per 1 augustus en mag er niet toe leiden dat "
          "Deelnemers die al in een Route zitten minder praktijkuren of bpv-plaatsen krijgen."),
         ("h1", "ARTIKEL 12 – DUUR, UITTREDING EN BEËINDIGING"),
         ("p", "12.1 Deze Overeenkomst geldt voor onbepaalde tijd vanaf 1 augustus 2025."),
         ("p", "12.2 Iedere Partij kan voor zichzelf uittreden door schriftelijke opzegging aan de "
          "andere Partijen vóór 1 januari, met ingang van 1 augustus van het daaropvolgende "
          "kalenderjaar. Tussen de overblijvende Partijen blijft de Overeenkomst van kracht, tenzij "
          "daardoor een Route niet meer kan worden verzorgd. Partijen kunnen de Overeenkomst "
          "gezamenlijk beëindigen per 1 augustus van enig jaar."),
         ("p", "12.3 Na uittreding of beëindiging vindt geen nieuwe instroom meer plaats in de "
          "betrokken Route. Deelnemers die al in de Route zitten, ronden de Route af; de uittredende "
          "Partij blijft daarvoor haar verplichtingen nakomen, of zorgt in overleg met de andere "
          "Partijen dat de Deelnemers hun opleiding elders in de regio zonder studievertraging "
          "kunnen afmaken."),
         ("h1", "ARTIKEL 13 – WIJZIGING"),
         ("p", "13.1 Wijziging van deze Overeenkomst behoeft de schriftelijke instemming van alle "
          "Partijen. Een wijziging gaat in bij het begin van een schooljaar en mag de Deelnemers "
          "die al in een Route zitten niet benadelen in hun studievoortgang of hun diploma-uitzicht."),
         ("h1", "ARTIKEL 14 – SLOTBEPALINGEN"),
         ("p", "14.1 Op deze Overeenkomst is Nederlands recht van toepassing."),
         ("p", "14.2 Deze Overeenkomst is in viervoud opgemaakt en ondertekend."),
         ("sig", ["Stichting Openbaar Voortgezet Onderwijs Haarlem-Zuid", "J.P. Koster",
                  "Haarlem, 1 juli 2025", "", "Stichting ROC Kennemerland-Amstel",
                  "ir. W.F. de Goede", "Haarlem, 1 juli 2025"],
          ["Stichting Katholiek Voortgezet Onderwijs Kennemerland", "drs. A.M. Borst-Lindeman",
           "Heemstede, 1 juli 2025", "", "Stichting Vakcollege Hout en Interieur Nederland",
           "M.C. Hoekstra MBA", "Zaandam, 2 juli 2025"]),
         ]
    return B


h181.opts = dict(footer="SOK-BI-2025", page_of=True,
                 title="Samenwerkingsovereenkomst Doorlopende Leerroutes Bouw en Interieur")


# ---------------------------------------------------------------------------
# h182 - DOCX with text boxes, headings that never name the topic
# ---------------------------------------------------------------------------
@sample(182, "tekstvakken_beeldende_koppen_retail_logistiek_noordoost_twente", "docx",
        "Overeenkomst met beeldende koppen die het onderwerp niet noemen en tekstvakken (één "
        "onderdeel staat alleen in een tekstvak), DOCX, Noordoost-Twente, E&O basis naar "
        "Verkoopmedewerker en Logistiek medewerker niveau 2; volledig, met overdracht ROC naar "
        "school",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Waar we naartoe werken", "b": "Samen met de winkelstraat",
         "c": "Wie aan het stuur zit", "d": "Wat we elkaar laten weten",
         "e": "Van maandag tot en met vrijdag", "f": "Een andere afslag",
         "g": "Wie wat betaalt", "h": "Stem van leerlingen en ouders", "i": "Als het schuurt",
         "j": "Meer partners, minder partners, andere afspraken"})
def h182():
    B = [("title", "Van schoolbank naar winkelvloer"),
         ("subtitle", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo tussen Vmbo De "
          "Tubanter en ROC Twente-Noordoost"),
         ("textbox", ["In het kort",
                      "Vmbo De Tubanter (Oldenzaal), profiel Economie en ondernemen, "
                      "basisberoepsgerichte leerweg → ROC Twente-Noordoost, college Handel en "
                      "Logistiek: Verkoopmedewerker (niveau 2) of Logistiek medewerker (niveau 2).",
                      "Start: augustus 2025 – eerste groep: maximaal 20 leerlingen.",
                      "Aanspreekpunt: de trajectbegeleider (zie ‘Wie aan het stuur zit’)."]),
         ("h2", "Wie tekenen"),
         ("p", "Stichting Voortgezet Onderwijs Dinkelland-Oldenzaal, bevoegd gezag van Vmbo De "
          "Tubanter te Oldenzaal, vertegenwoordigd door de directeur-bestuurder, mevrouw G.H. "
          "Olthof-Nijhuis (hierna: De Tubanter), en Stichting ROC Twente-Noordoost, gevestigd te "
          "Almelo, vertegenwoordigd door de voorzitter van het college van bestuur, de heer B.J.M. "
          "Wiggers (hierna: het ROC), maken de volgende afspraken."),
         ("h1", "Waar we naartoe werken"),
         ("p", "Leerlingen van De Tubanter in het profiel Economie en ondernemen, "
          "basisberoepsgerichte leerweg, kunnen aan het eind van klas 2 kiezen voor een doorlopende "
          "route naar het ROC. Er zijn twee uitstroommogelijkheden: de basisberoepsopleiding "
          "Verkoopmedewerker (niveau 2, BOL) en de basisberoepsopleiding Logistiek medewerker "
          "(niveau 2, BOL), beide van het college Handel en Logistiek. De keuze tussen beide valt in "
          "het tweede leerjaar van de route. De route duurt vier jaar."),
         ("h1", "Samen met de winkelstraat"),
         ("p", "De Ondernemersvereniging Binnenstad Oldenzaal, Plus Ter Brugge, Bouwmarkt Dinkelland "
          "en Kuipers Transport & Opslag (Denekamp) doen mee. Zij zorgen voor stageplaatsen in het "
          "mbo-deel en worden daarvoor erkend leerbedrijf. In het tweede leerjaar van de route "
          "stelt de ondernemersvereniging een leegstaand winkelpand beschikbaar waarin de leerlingen "
          "zes weken een pop-upwinkel runnen, met een ondernemer als coach. Ondernemers geven "
          "gastlessen over klantcontact en voorraadbeheer en zitten in de jury van het "
          "klantcontact-assessment. Eén keer per jaar houden we een ronde tafel waar de ondernemers "
          "het programma van de route bekijken en zeggen wat er moet veranderen; het kernteam "
          "verwerkt hun advies in het PTA/OER."),
         ("h1", "Wie aan het stuur zit"),
         ("p", "De route wordt geleid door een kernteam: de teamleider basis-kader van De Tubanter, "
          "de teamleider Handel en Logistiek van het ROC en een trajectbegeleider. De teamleiders "
          "worden voor het kernteam aangewezen door hun eigen bestuur. De trajectbegeleider "
          "(0,5 fte, in dienst van het ROC) wordt door beide besturen samen benoemd, na een "
          "selectiegesprek waarin beide teamleiders zitten."),
         ("p", "Het kernteam maakt het jaarrooster, stelt het PTA/OER op, beslist over de toelating "
          "tot de route, verdeelt de lessen over de docenten van beide scholen en regelt de "
          "contacten met de ondernemers. Het kernteam mag daarover zelf beslissen, zolang het "
          "binnen de uren en het budget blijft die de besturen ieder jaar in juni vaststellen. Alles "
          "wat daarbuiten valt, gaat naar de besturen."),
         ("h1", "Wat we elkaar laten weten"),
         ("p", "In januari en in juni stuurt het kernteam beide besturen een schriftelijk "
          "routebericht met de aantallen leerlingen, de uitval en overstappen, de "
          "examenresultaten, de stageplaatsen en de besteding van het budget. In oktober legt het "
          "kernteam in het bestuurlijk overleg met beide besturen mondeling verantwoording af over "
          "het afgelopen schooljaar. Gebeurt er iets wat niet kan wachten, dan belt de "
          "trajectbegeleider dezelfde dag met beide besturen."),
         ("h1", "Van maandag tot en met vrijdag"),
         ("p", "Klas 3 en 4 vinden plaats bij De Tubanter aan de Lindenlaan; vanaf klas 4 volgen de "
          "leerlingen twee dagen per week les op de ROC-locatie Oldenzaal aan de Hengelosestraat. "
          "Daarna zijn ze student van het ROC. Wat er per leerjaar geleerd en geëxamineerd wordt, "
          "staat in het gezamenlijke PTA/OER, dat de besturen ieder jaar voor 1 juli vaststellen. "
          "Het vmbo-examen is aan het eind van klas 4."),
         ("p", "Een docent retail van het ROC geeft in klas 4 twee dagdelen per week les in de "
          "leerwinkel van De Tubanter. Onze docent economie en ondernemen geeft in het eerste "
          "mbo-jaar de lessen Nederlands en rekenen op de ROC-locatie. De docenten van beide scholen "
          "vormen één team en blijven in dienst van hun eigen school. De leerlingen gebruiken de "
          "leerwinkel ‘De Tubantershop’ met kassasysteem van De Tubanter en het oefenmagazijn met "
          "scanners en een heftruck-simulator van het ROC; beide scholen mogen elkaars ruimtes "
          "kosteloos gebruiken volgens de eigen huisregels."),
         ("h1", "Een andere afslag"),
         ("p", "Stopt een leerling met de route, dan zoeken we samen naar een vervolg dat naar een "
          "diploma leidt. De teamleider van De Tubanter en de teamleider van het ROC beslissen "
          "daarover gezamenlijk, na een gesprek met de leerling en de ouders, en kijken naar wat de "
          "leerling al heeft gehaald en naar zijn of haar leeftijd. In klas 3 en 4 maakt de leerling "
          "de basisberoepsgerichte leerweg bij De Tubanter af. Haalt een leerling het vmbo-examen "
          "niet, dan kan hij of zij het examen overdoen, of bij het ROC doorgaan met de "
          "mbo-opleiding zonder vmbo-diploma. In het mbo kan een student overstappen tussen "
          "Verkoopmedewerker en Logistiek medewerker, of naar een andere opleiding op niveau 2 van "
          "het ROC; ook een opleiding bij een andere school in de regio is mogelijk. De "
          "trajectbegeleider regelt de overdracht."),
         ("h1", "Wie wat betaalt"),
         ("p", "Het ROC draagt, met toepassing van artikel 9.1.15 WEB, voor iedere student die op "
          "1 oktober in het eerste mbo-jaar van de route staat ingeschreven € 600 over aan De "
          "Tubanter. Dat bedrag is bedoeld voor de lessen Nederlands en rekenen die onze docent in "
          "dat jaar geeft en voor het gebruik van de leerwinkel. De Tubanter stuurt in januari een "
          "factuur. Verder betaalt ieder zijn eigen kosten."),
         ("h1", "Stem van leerlingen en ouders"),
         ("textbox", ["Leerlingen van de route die nog bij De Tubanter staan ingeschreven, mogen "
                      "vanaf het tweede leerjaar van de route meedoen aan de verkiezingen en de "
                      "vergaderingen van de studentenraad van het college Handel en Logistiek van het "
                      "ROC, naast hun rechten in de medezeggenschapsraad van De Tubanter.",
                      "De medezeggenschapsraad van De Tubanter en de studentenraad van het college "
                      "houden één keer per jaar een gezamenlijke vergadering over de route; het "
                      "kernteam is daarbij aanwezig en legt wijzigingen in het PTA/OER eerst aan "
                      "deze vergadering voor."]),
         ("h1", "Als het schuurt"),
         ("p", "Zijn De Tubanter en het ROC het oneens over de uitvoering van deze afspraken, dan "
          "bespreken de teamleiders dat eerst samen. Lukt het binnen drie weken niet, dan gaat het "
          "naar de besturen, die binnen vier weken een gesprek hebben. Komen ook zij er niet uit, "
          "dan vragen zij samen een mediator. Pas als mediation niet helpt, kan elk van de "
          "partijen naar de rechtbank Overijssel."),
         ("h1", "Meer partners, minder partners, andere afspraken"),
         ("p", "Een andere vmbo-school uit Noordoost-Twente of een andere mbo-instelling kan bij "
          "deze overeenkomst aansluiten als beide besturen daar schriftelijk mee instemmen en de "
          "nieuwe partner deze overeenkomst ondertekent. Dat kan alleen per 1 augustus en niet als "
          "daardoor de stageplaatsen of lessen voor de leerlingen die al in de route zitten minder "
          "worden."),
         ("p", "Deze overeenkomst geldt voor onbepaalde tijd. Elk bestuur kan haar schriftelijk "
          "opzeggen per 1 augustus, met een opzegtermijn van een jaar. Na een opzegging stromen "
          "geen nieuwe leerlingen meer in; wie al in de route zit, maakt de route af en houdt recht "
          "op de afspraken in deze overeenkomst."),
         ("p", "Afspraken veranderen doen we alleen schriftelijk, met de handtekening van beide "
          "besturen, en een verandering geldt pas vanaf het volgende schooljaar. Leerlingen die al in "
          "de route zitten, mogen er geen nadeel van hebben."),
         ("h2", "Handtekeningen"),
         ("sig", ["Stichting Voortgezet Onderwijs Dinkelland-Oldenzaal",
                  "G.H. Olthof-Nijhuis, directeur-bestuurder", "Oldenzaal, 26 juni 2025"],
          ["Stichting ROC Twente-Noordoost", "B.J.M. Wiggers, voorzitter college van bestuur",
           "Almelo, 27 juni 2025"]),
         ]
    return B


h182.opts = dict(title="Van schoolbank naar winkelvloer", author="Vmbo De Tubanter",
                 footer="Samenwerkingsovereenkomst De Tubanter – ROC Twente-Noordoost – 2025")


# ---------------------------------------------------------------------------
# h183 - prose without headings, geïntegreerde route, DOCX
# ---------------------------------------------------------------------------
@sample(183, "doorlopend_proza_geintegreerde_route_autotechniek_midden_drenthe", "docx",
        "Doorlopend proza zonder koppen, DOCX, Midden-Drenthe, geïntegreerde route M&T basis "
        "naar Autotechnicus niveau 2; uitval leidt automatisch naar Entree, overdracht "
        "bekostiging zonder omvang, niets over medezeggenschap",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "weak", "h": "not_applicable", "i": "present", "j": "present"},
        {"a": "Samen verzorgen partijen een geïntegreerde route",
         "b": "Autobedrijven uit Midden-Drenthe zijn vanaf het begin",
         "c": "De dagelijkse leiding van de route ligt bij",
         "d": "Over de gang van zaken brengt de routeleiding",
         "e": "Het onderwijs van de route wordt gegeven",
         "i": "Zijn partijen het over de uitvoering van deze overeenkomst oneens",
         "j": "Deze overeenkomst geldt vanaf 1 augustus 2025"})
def h183():
    B = [("title", "Samenwerkingsovereenkomst geïntegreerde route Autotechniek Midden-Drenthe"),
         ("p", "Stichting Openbaar Voortgezet Onderwijs Midden-Drenthe, gevestigd te Beilen, bevoegd "
          "gezag van het Vakcollege Beilen, school voor vbo, vertegenwoordigd door haar bestuurder "
          "de heer K. Lubbers, en Stichting ROC Drentsche Hoven, gevestigd te Assen, "
          "vertegenwoordigd door de voorzitter van het college van bestuur mevrouw drs. E.R. "
          "Smeenge, hierna samen partijen genoemd, leggen in deze overeenkomst vast hoe zij de route "
          "die zij sinds 2023 als pilot hebben uitgeprobeerd vanaf het schooljaar 2025–2026 "
          "gezamenlijk zullen verzorgen."),
         ("p", "Samen verzorgen partijen een geïntegreerde route als bedoeld in artikel 2.107l WVO "
          "2020 en artikel 9.1.17 WEB voor leerlingen van het Vakcollege die het profiel Mobiliteit "
          "en transport volgen in de basisberoepsgerichte leerweg. De route begint in leerjaar 3 en "
          "leidt in drie en een half jaar op tot het diploma van de basisberoepsopleiding "
          "Autotechnicus (niveau 2, BOL) van het ROC, opleidingsdomein Mobiliteit, transport, "
          "logistiek en maritiem. Het Vakcollege neemt bij deze leerlingen geen eindexamen "
          "basisberoepsgerichte leerweg af. Een leerling neemt pas deel na overleg met de leerling "
          "en de ouders en na overleg tussen de mentor en de teamleider Mobiliteit van het ROC."),
         ("p", "Autobedrijven uit Midden-Drenthe zijn vanaf het begin bij de route betrokken. "
          "Autobedrijf Zwiers in Beilen, Garage Hilbrants in Smilde, Bandencentrale Westerbork en "
          "Mobiliteitsbedrijf Drenthe (vestiging Assen) nemen vanaf het tweede leerjaar van de route "
          "elk twee tot vier leerlingen één dag per week op voor werkplekleren, zijn erkend "
          "leerbedrijf voor de beroepspraktijkvorming in de mbo-fase, stellen jaarlijks een of twee "
          "inruilauto’s ter beschikking voor de praktijklessen en sturen een monteur voor de "
          "praktijkexamens. Twee keer per jaar bespreken de bedrijven met de routeleiding wat er in "
          "het programma moet veranderen, bijvoorbeeld over elektrisch rijden en diagnoseapparatuur."),
         ("p", "De dagelijkse leiding van de route ligt bij een routeleiding van twee personen: de "
          "sectordirecteur techniek van het Vakcollege en de teamleider Mobiliteit van het ROC. Zij "
          "worden elk door hun eigen bestuur voor deze taak aangewezen. De besturen dragen de "
          "routeleiding op het onderwijs- en examenprogramma van de route op te stellen, de "
          "roosters en de inzet van de docenten af te stemmen, de contacten met de autobedrijven te "
          "onderhouden en te beslissen over de toelating van leerlingen. Binnen de afgesproken "
          "formatie en het jaarbudget van de route mag de routeleiding daarover zelf besluiten; "
          "over formatie en begroting besluiten de besturen."),
         ("p", "Over de gang van zaken brengt de routeleiding elk jaar vóór 1 november een "
          "schriftelijk verslag uit aan beide besturen, met de aantallen leerlingen en studenten, "
          "uitval, behaalde diploma’s en een financieel overzicht. Daarnaast hebben de besturen en "
          "de routeleiding elk half jaar, in maart en in oktober, een overleg waarin de routeleiding "
          "verantwoording aflegt over haar werk."),
         ("p", "Het onderwijs van de route wordt gegeven in leerjaar 1 en 2 op het Vakcollege in "
          "Beilen, met één dag per week op de werkplek, en vanaf leerjaar 3 op de ROC-locatie "
          "Mobiliteitsplein in Assen en bij de leerbedrijven. Het onderwijsprogramma en de "
          "examinering worden per leerjaar vastgelegd in de gezamenlijke onderwijs- en "
          "examenregeling van de route. Een docent autotechniek van het ROC geeft in leerjaar 1 en 2 "
          "zes uur per week les in het motorenlokaal van het Vakcollege; de docenten M&T van het "
          "Vakcollege geven samen met hem de projecten, als team van leraren en docenten. De "
          "docenten blijven in dienst van hun eigen werkgever. Het Vakcollege stelt zijn "
          "motorenlokaal en de brug beschikbaar, het ROC zijn volledige autowerkplaats met "
          "diagnoseapparatuur en hoogvoltage-opstelling in Assen, die de leerlingen van leerjaar 2 "
          "één middag per week gebruiken."),
         ("p", "Voor een leerling die de route niet kan of wil afmaken, geldt het volgende. Besluit "
          "de routeleiding dat de leerling de route niet voortzet, dan wordt de leerling ingeschreven "
          "bij de Entree-opleiding van het ROC in Assen, zodat hij of zij daar een diploma op "
          "niveau 1 kan halen. De mentor zorgt voor een goede overdracht aan de Entree-opleiding."),
         ("p", "Omdat het ROC in de eerste twee leerjaren van de route docenten en zijn werkplaats "
          "inzet, draagt het Vakcollege met toepassing van artikel 5.42a WVO 2020 een deel van de "
          "bekostiging die het voor deze leerlingen ontvangt over aan het ROC, bestemd voor de "
          "inzet van de docent autotechniek en het gebruik van de autowerkplaats. De hoogte van het "
          "over te dragen bedrag wordt elk jaar bij het opstellen van de begroting tussen partijen "
          "vastgesteld."),
         ("p", "Zijn partijen het over de uitvoering van deze overeenkomst oneens, dan probeert de "
          "routeleiding eerst het verschil op te lossen. Lukt dat niet binnen een maand, dan "
          "overleggen de besturen. Als ook dat na zes weken geen oplossing oplevert, leggen partijen "
          "het geschil voor aan een bemiddelaar die zij samen kiezen, en als dat niet tot een "
          "oplossing leidt, beslist de bevoegde rechter van de rechtbank Noord-Nederland."),
         ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere school "
          "met het profiel Mobiliteit en transport of een andere mbo-instelling kan zich bij de "
          "route aansluiten als beide besturen daar schriftelijk mee akkoord gaan en de nieuwe partij "
          "deze overeenkomst mede ondertekent; dat gebeurt alleen per begin van een schooljaar en "
          "zonder dat de leerlingen die al in de route zitten daardoor minder werkplekdagen of "
          "lessen krijgen. Ieder bestuur kan de overeenkomst schriftelijk opzeggen tegen 1 augustus "
          "met een termijn van ten minste een jaar; leerlingen die al in de route zitten, kunnen de "
          "route daarna nog afmaken, alleen nieuwe leerlingen worden dan niet meer toegelaten. "
          "Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend; zij gaan in "
          "bij het begin van een schooljaar en mogen de leerlingen die al in de route zitten niet "
          "benadelen."),
         ("p", "Aldus overeengekomen en ondertekend in tweevoud."),
         ("sig", ["Beilen, 24 juni 2025", "Stichting Openbaar Voortgezet Onderwijs Midden-Drenthe",
                  "K. Lubbers, bestuurder"],
          ["Assen, 25 juni 2025", "Stichting ROC Drentsche Hoven",
           "drs. E.R. Smeenge, voorzitter college van bestuur"]),
         ]
    return B


h183.opts = dict(title="Samenwerkingsovereenkomst geintegreerde route Autotechniek",
                 author="Vakcollege Beilen")


# ---------------------------------------------------------------------------
# h184 - very short one-page agreement, PDF
# ---------------------------------------------------------------------------
@sample(184, "een_pagina_kort_model_hovenier_altena", "pdf",
        "Zeer korte overeenkomst van één pagina met tien genummerde trefwoordclausules, PDF, "
        "Altena, Groen kader naar Vakbekwaam hovenier niveau 3 bij een AOC; volledig ondanks de "
        "beknoptheid",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "1. Route.", "b": "2. Werkveld.", "c": "3. Routeduo.", "d": "4. Jaarverslag.",
         "e": "5. Uitvoering.", "f": "6. Vervolg bij uitstap.", "g": "7. Geld.",
         "h": "8. Raden.", "i": "9. Onenigheid.", "j": "10. Duur en aanpassing."})
def h184():
    B = [("title", "Samenwerkingsovereenkomst doorlopende leerroute Groen – Altena"),
         ("p", "Stichting Christelijk Voortgezet Onderwijs Altena (bevoegd gezag Altena College, "
          "Almkerk), vertegenwoordigd door bestuurder W. de Bruijn, en Stichting AOC Biesbosch "
          "Groen (Werkendam), vertegenwoordigd door de voorzitter van het college van bestuur "
          "ir. L.M. Verhoeven, spreken af:"),
         ("p", "**1. Route.** Profiel Groen, kaderberoepsgerichte leerweg (Altena College) naar de "
          "vakopleiding Vakbekwaam hovenier, niveau 3, BOL (AOC). Start in leerjaar 3 vmbo; "
          "duur vijf jaar; maximaal 18 leerlingen per jaar."),
         ("p", "**2. Werkveld.** Van Wijk Groenprojecten (Sleeuwijk), Tuinen De Kooi (Woudrichem) en "
          "de buitendienst van de gemeente Altena bieden bpv-plaatsen en een jaarlijkse praktijkweek, "
          "leveren opdrachtgevers voor de aanlegprojecten, beoordelen de proeve van bekwaamheid mee "
          "en adviseren elk jaar in juni over het routeplan."),
         ("p", "**3. Routeduo.** De afdelingsleider Groen van het Altena College en de "
          "opleidingsmanager Hovenier van het AOC leiden de route; elk wordt daartoe door het eigen "
          "bestuur aangewezen. Zij stellen het routeplan (gezamenlijk PTA/OER) op, beslissen over "
          "toelating, rooster, inzet van docenten en overstap, en mogen dat zelfstandig doen binnen "
          "de door de besturen vastgestelde formatie en het jaarbudget. Al het overige beslissen de "
          "besturen."),
         ("p", "**4. Jaarverslag.** Het routeduo stuurt beide besturen elk jaar vóór 1 november een "
          "verslag over in-, door- en uitstroom, resultaten en besteding van het budget, en licht "
          "het toe in het bestuurlijk overleg van november."),
         ("p", "**5. Uitvoering.** Leerjaar 1–2 op het Altena College, met één dag per week praktijk "
          "op de AOC-locatie Werkendam; daarna op het AOC en bij het leerbedrijf. Programma en "
          "examinering per leerjaar staan in het routeplan, vastgesteld vóór 1 juli. Een AOC-docent "
          "geeft in leerjaar 2 vier uur per week les op het Altena College; docenten blijven in "
          "dienst van de eigen werkgever en werken als één team. Leerlingen gebruiken kosteloos de "
          "kas, de machineloods en de oefentuin van het AOC en het praktijklokaal groen van het "
          "Altena College."),
         ("p", "**6. Vervolg bij uitstap.** Wie de route verlaat, krijgt een vervolg naar een "
          "diploma. Het routeduo beslist samen, na gesprek met leerling en ouders, op basis van "
          "bereikt niveau en leeftijd: in leerjaar 1–2 de reguliere kaderberoepsgerichte leerweg "
          "Groen; zonder vmbo-diploma herkansing van het examenjaar of doorstroom bij het AOC zonder "
          "vooropleidingseisen; in de mbo-fase een andere niveau 3-opleiding van het AOC of "
          "Hovenier niveau 2; of een opleiding elders na geschiktheidsonderzoek."),
         ("p", "**7. Geld.** Er wordt geen bekostiging overgedragen; ieder draagt de eigen kosten."),
         ("p", "**8. Raden.** Leerlingen uit leerjaar 2 mogen als toehoorder de studentenraad van het "
          "AOC bijwonen. Wijzigingen in het routeplan gaan voor advies naar de MR van het Altena "
          "College én de studentenraad van het AOC."),
         ("p", "**9. Onenigheid.** Eerst het routeduo, dan binnen vier weken de besturen; daarna "
          "bindend advies van een onafhankelijke deskundige die partijen samen kiezen."),
         ("p", "**10. Duur en aanpassing.** Onbepaalde tijd vanaf 1 augustus 2025. Een andere school "
          "of instelling kan per 1 augustus toetreden met schriftelijke instemming van beide "
          "besturen. Opzegging schriftelijk per 1 augustus, met twaalf maanden termijn; daarna geen "
          "nieuwe instroom. Wijziging alleen schriftelijk door beide besturen. Zittende leerlingen "
          "ronden bij toetreding, wijziging of opzegging hun route af onder de bestaande afspraken."),
         ("sig", ["Almkerk, 27 juni 2025", "W. de Bruijn, Stichting CVO Altena"],
          ["Werkendam, 27 juni 2025", "ir. L.M. Verhoeven, Stichting AOC Biesbosch Groen"]),
         ]
    return B


h184.opts = dict(base_size=9, margins=(16, 16, 14, 16),
                 title="Samenwerkingsovereenkomst doorlopende leerroute Groen - Altena")

if __name__ == "__main__":
    main(sys.argv[1:])
