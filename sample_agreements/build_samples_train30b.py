#!/usr/bin/env python3
"""Build training sample agreements 469-476 for leerroute-check.

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at the checker code, its models, tests or the
texts and build scripts of the other samples. All schools, instellingen, companies and people are
made up. Every text is held in this script; each run writes the documents and their
NAME.expected.json files beside this script.

Usage:
    python3 build_samples_train30b.py            build all eight
    python3 build_samples_train30b.py 469 472    build only these numbers
    python3 build_samples_train30b.py --check    verify the produced files
"""
import datetime
import io
import json
import os
import re
import sys
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

ST = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}

SAMPLES = {}


def sample(num, name, ext, description, statuses, evidence, blocks, **opts):
    """Register one agreement. statuses: string like 'p p w p ...' for a..j."""
    codes = statuses.split()
    assert len(codes) == 10, (num, codes)
    st = {letter: ST[c] for letter, c in zip("abcdefghij", codes)}
    for k in evidence:
        assert st[k] == "present", (num, k)
    SAMPLES[num] = dict(num=num, name=name, ext=ext, description=description,
                        statuses=st, evidence=evidence, blocks=blocks, opts=opts)


def expected_json(s):
    data = {
        "description": s["description"],
        "split": "train",
        "statuses": s["statuses"],
        "evidence": s["evidence"],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


FN_RE = re.compile(r"\{fn:(.*?)\}", re.S)


def plain(text):
    """Text without footnote markup (for txt/md/docx)."""
    return FN_RE.sub("", text)


# ----------------------------------------------------------------------------------------------
# PDF (reportlab)
# ----------------------------------------------------------------------------------------------

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_pdf(s, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle)

    o = s["opts"]
    font = o.get("pdf_font", "Helvetica")
    bold, ital = {"Helvetica": ("Helvetica-Bold", "Helvetica-Oblique"),
                  "Times-Roman": ("Times-Bold", "Times-Italic")}[font]
    size = o.get("pdf_size", 10)
    align = TA_JUSTIFY if o.get("justify", True) else TA_LEFT
    fn_zone = 5.2 * cm if o.get("footnotes") else 0
    margin = 2.3 * cm
    bottom = 2.0 * cm

    sty = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, alignment=TA_CENTER,
                                spaceAfter=6),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=10.5, leading=14, alignment=TA_CENTER,
                              spaceAfter=4),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=size + 5, spaceBefore=10,
                            spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size + 4, spaceBefore=6,
                             spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.38, alignment=align,
                            spaceAfter=4),
        "li": ParagraphStyle("li", fontName=font, fontSize=size, leading=size * 1.38, alignment=align,
                             leftIndent=16, bulletIndent=4, spaceAfter=2),
        "note": ParagraphStyle("note", fontName=ital, fontSize=size - 1, leading=(size - 1) * 1.35,
                               alignment=align, leftIndent=14, rightIndent=6, spaceAfter=6,
                               textColor=colors.HexColor("#333333")),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.35,
                                spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.3),
        "fn": ParagraphStyle("fn", fontName=font, fontSize=7.6, leading=9.4, leftIndent=10,
                             firstLineIndent=-10),
    }

    notes_on_page = []
    counter = [0]

    class FootnoteMark(Flowable):
        def __init__(self, num, text):
            Flowable.__init__(self)
            self.num, self.text = num, text

        def wrap(self, aw, ah):
            return (0, 0)

        def draw(self):
            notes_on_page.append((self.num, self.text))

    def para(text, style, bullet=None):
        """Paragraph with footnote markup; returns list of flowables."""
        marks = []

        def repl(m):
            counter[0] += 1
            marks.append(FootnoteMark(counter[0], m.group(1)))
            return "\x00%d\x01" % counter[0]

        t = FN_RE.sub(repl, text)
        t = esc(t).replace("\x00", "<super>").replace("\x01", "</super>")
        return [Paragraph(t, style, bulletText=bullet)] + marks

    width = A4[0] - 2 * margin

    def on_page_end(canv, doc):
        canv.saveState()
        if notes_on_page:
            y = bottom + fn_zone - 0.25 * cm
            canv.setStrokeColor(colors.black)
            canv.setLineWidth(0.5)
            canv.line(margin, y, margin + 5 * cm, y)
            y -= 0.15 * cm
            for num, text in notes_on_page:
                pp = Paragraph("<super>%d</super> %s" % (num, esc(text)), sty["fn"])
                w, h = pp.wrap(width, 100 * cm)
                y -= h
                pp.drawOn(canv, margin, y)
                y -= 2
            del notes_on_page[:]
        canv.setFont(font, 8)
        canv.setFillColor(colors.HexColor("#555555"))
        if o.get("footer"):
            canv.drawString(margin, 1.2 * cm, o["footer"])
        canv.drawRightString(A4[0] - margin, 1.2 * cm, "pagina %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin,
                          topMargin=2.2 * cm, bottomMargin=bottom + fn_zone,
                          title=o.get("title", s["name"]), author=o.get("author", "leerroute-check samples"),
                          subject="Samenwerkingsovereenkomst doorlopende leerroute", creator="reportlab",
                          invariant=1)
    frame = Frame(margin, bottom + fn_zone, width, A4[1] - 2.2 * cm - bottom - fn_zone, id="f",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="pg", frames=[frame], onPageEnd=on_page_end)])

    story = []
    for b in s["blocks"]:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p", "small", "note"):
            story.extend(para(b[1], sty[kind]))
        elif kind == "ul":
            for item in b[1]:
                story.extend(para(item, sty["li"], bullet="\u2022"))
        elif kind == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 8))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind in ("table", "box", "sign"):
            if kind == "table":
                rows = b[1]
                header = True
                cw = b[2] if len(b) > 2 else None
            elif kind == "box":
                rows = [[b[1]]] + [[x] for x in b[2]]
                header = True
                cw = None
            else:
                rows = b[1]
                header = False
                cw = None
            ncol = len(rows[0])
            data = []
            for i, r in enumerate(rows):
                st_ = sty["cellb"] if (header and i == 0) else sty["cell"]
                data.append([Paragraph(esc(c).replace("\n", "<br/>"), st_) for c in r])
            colw = [width * f for f in cw] if cw else [width / ncol] * ncol
            t = Table(data, colWidths=colw, repeatRows=1 if (header and kind == "table") else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if kind == "table":
                ts += [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E9F0"))]
            elif kind == "box":
                ts += [("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2F5597")),
                       ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F1F5FB"))]
            else:
                ts += [("TOPPADDING", (0, 0), (-1, -1), 10)]
            t.setStyle(TableStyle(ts))
            story.append(Spacer(1, 4))
            story.append(KeepTogether([t]) if kind != "table" else t)
            story.append(Spacer(1, 6))
        else:
            raise ValueError(kind)
    doc.build(story)


# ----------------------------------------------------------------------------------------------
# DOCX (python-docx) with deterministic zip
# ----------------------------------------------------------------------------------------------

VML_SHAPETYPE = (
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
    'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
    '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')


def xml_esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def textbox_xml(title, paras, idx, width_pt=430, fill="EEF3FA", stroke="2F5597"):
    # rough height estimate: ~95 characters per line at 9.5pt in 430pt
    lines = 1 + sum(max(1, -(-len(p) // 92)) for p in paras)
    height = 18 + lines * 13.5 + len(paras) * 4
    ps = ['<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="20"/></w:rPr>'
          '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(title)]
    for p in paras:
        ps.append('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:sz w:val="19"/></w:rPr>'
                  '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xml_esc(p))
    shapetype = VML_SHAPETYPE if idx == 1 else ""
    return (
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pPr><w:spacing w:before="120" w:after="120"/></w:pPr><w:r><w:pict>%s'
        '<v:shape id="Tekstvak%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
        'style="width:%dpt;height:%dpt" fillcolor="#%s" strokecolor="#%s" strokeweight="1pt">'
        '<v:textbox inset="6pt,5pt,6pt,5pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r></w:p>'
        % (shapetype, idx, idx, width_pt, int(height), fill, stroke, "".join(ps)))


def build_docx(s, path):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt, RGBColor

    o = s["opts"]
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.4))
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
    normal = d.styles["Normal"]
    normal.font.name = o.get("docx_font", "Calibri")
    normal.font.size = Pt(o.get("docx_size", 10.5))
    for hn in ("Heading 1", "Heading 2", "Title"):
        d.styles[hn].font.name = o.get("docx_font", "Calibri")
    if o.get("heading_color"):
        d.styles["Heading 1"].font.color.rgb = RGBColor.from_string(o["heading_color"])
    if o.get("header"):
        sec.header.paragraphs[0].text = o["header"]
    if o.get("footer"):
        sec.footer.paragraphs[0].text = o["footer"]

    cp = d.core_properties
    cp.author = o.get("author", "leerroute-check samples")
    cp.last_modified_by = o.get("author", "leerroute-check samples")
    cp.title = o.get("title", s["name"])
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT

    box_idx = [0]
    body = d.element.body
    for b in s["blocks"]:
        kind = b[0]
        if kind == "title":
            d.add_paragraph(plain(b[1]), style="Title")
        elif kind == "sub":
            p = d.add_paragraph(plain(b[1]))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            d.add_heading(plain(b[1]), level=1)
        elif kind == "h2":
            d.add_heading(plain(b[1]), level=2)
        elif kind == "p":
            d.add_paragraph(plain(b[1]))
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.font.size = Pt(8.5)
        elif kind == "note":
            p = d.add_paragraph()
            r = p.add_run(plain(b[1]))
            r.italic = True
            p.paragraph_format.left_indent = Cm(0.6)
        elif kind == "ul":
            for item in b[1]:
                d.add_paragraph(plain(item), style="List Bullet")
        elif kind == "sp":
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
        elif kind == "box":
            box_idx[0] += 1
            el = parse_xml(textbox_xml(b[1], [plain(x) for x in b[2]], box_idx[0]))
            body.insert(len(body) - 1, el)  # before sectPr
        elif kind in ("table", "sign"):
            rows = b[1]
            ncol = len(rows[0])
            t = d.add_table(rows=len(rows), cols=ncol)
            if kind == "table":
                t.style = d.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            cw = b[2] if (kind == "table" and len(b) > 2) else None
            if cw:
                t.autofit = False
                for j, col in enumerate(t.columns):
                    col.width = Cm(16.2 * cw[j])
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    lines = plain(c).split("\n")
                    cell.paragraphs[0].text = ""
                    run = cell.paragraphs[0].add_run(lines[0])
                    if kind == "table" and i == 0:
                        run.bold = True
                    for extra in lines[1:]:
                        cell.add_paragraph(extra)
                    if cw:
                        cell.width = Cm(16.2 * cw[j])
            d.add_paragraph("")
        else:
            raise ValueError(kind)

    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml" or info.filename == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ----------------------------------------------------------------------------------------------
# TXT and MD
# ----------------------------------------------------------------------------------------------

def wrap(text, width=92, indent="", first=""):
    return textwrap.fill(text, width=width, initial_indent=first or indent, subsequent_indent=indent,
                         break_on_hyphens=False, break_long_words=False)


def build_txt(s, path):
    o = s["opts"]
    out = []
    for b in s["blocks"]:
        kind = b[0]
        t = plain(b[1]) if isinstance(b[1], str) else None
        if kind == "title":
            out += [t, "=" * min(len(t), 92), ""]
        elif kind == "sub":
            out += [wrap(t), ""]
        elif kind == "h":
            out += ["", t, "-" * min(len(t), 92) if o.get("underline") else None, ""]
        elif kind == "h2":
            out += [t, ""]
        elif kind in ("p", "small"):
            out += [wrap(t), ""]
        elif kind == "note":
            out += [wrap(t, indent="    "), ""]
        elif kind == "ul":
            for item in b[1]:
                out.append(wrap(plain(item), indent="   ", first=" - "))
            out.append("")
        elif kind in ("sp", "pb"):
            out.append("")
        elif kind == "box":
            out += ["+" + "-" * 60, "| " + b[1]]
            for x in b[2]:
                out.append(wrap(plain(x), indent="| ", first="| "))
            out += ["+" + "-" * 60, ""]
        elif kind == "table":
            for r in b[1]:
                out.append(" | ".join(plain(c).replace("\n", "; ") for c in r))
            out.append("")
        elif kind == "sign":
            for r in b[1]:
                for c in r:
                    out += [x for x in plain(c).split("\n")]
                    out.append("")
        else:
            raise ValueError(kind)
    text = "\n".join(x for x in out if x is not None)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def build_md(s, path):
    out = []
    for b in s["blocks"]:
        kind = b[0]
        t = plain(b[1]) if isinstance(b[1], str) else None
        if kind == "title":
            out += ["# " + t, ""]
        elif kind == "sub":
            out += ["*" + t + "*", ""]
        elif kind == "h":
            out += ["## " + t, ""]
        elif kind == "h2":
            out += ["### " + t, ""]
        elif kind in ("p", "small"):
            out += [t, ""]
        elif kind == "note":
            out += ["> " + t, ""]
        elif kind == "ul":
            out += ["- " + plain(x) for x in b[1]] + [""]
        elif kind in ("sp", "pb"):
            out.append("")
        elif kind == "box":
            out += ["> **" + b[1] + "**", ">"] + ["> " + plain(x) for x in b[2]] + [""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(plain(c).replace("\n", "<br>") for c in r) + " |")
            out.append("")
        elif kind == "sign":
            for r in b[1]:
                for c in r:
                    out += [x + "  " for x in plain(c).split("\n")]
                    out.append("")
        else:
            raise ValueError(kind)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


BUILDERS = {"pdf": build_pdf, "docx": build_docx, "txt": build_txt, "md": build_md}


# ----------------------------------------------------------------------------------------------
# Extraction for --check
# ----------------------------------------------------------------------------------------------

def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdfium2
        pdf = pypdfium2.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        pdf.close()
        return "\n".join(parts)
    if ext == "docx":
        import docx  # noqa: F401  (opening check below)
        docx.Document(path)
        z = zipfile.ZipFile(path)
        texts = []
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml") and (
                    "document" in name or "header" in name or "footer" in name):
                xml = z.read(name).decode("utf-8")
                for para in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
                    texts.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
        import html
        return html.unescape("\n".join(texts))
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def filename(s):
    return os.path.join(HERE, "%d_%s.%s" % (s["num"], s["name"], s["ext"]))


def build(nums):
    for n in nums:
        s = SAMPLES[n]
        path = filename(s)
        BUILDERS[s["ext"]](s, path)
        with open(os.path.join(HERE, "%d_%s.expected.json" % (n, s["name"])), "w",
                  encoding="utf-8", newline="\n") as f:
            f.write(expected_json(s))
        print("wrote", os.path.basename(path))


def check(nums):
    ok = True
    for n in nums:
        s = SAMPLES[n]
        path = filename(s)
        jpath = os.path.join(HERE, "%d_%s.expected.json" % (n, s["name"]))
        problems = []
        if not os.path.exists(path):
            problems.append("missing document")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d bytes" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # pragma: no cover
                problems.append("cannot open: %r" % e)
                text = ""
            for k, ev in s["evidence"].items():
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (k, ev))
        if not os.path.exists(jpath):
            problems.append("missing expected.json")
        else:
            with open(jpath, encoding="utf-8") as f:
                if f.read() != expected_json(s):
                    problems.append("expected.json differs from table")
        status = "OK " if not problems else "FAIL"
        print(status, os.path.basename(path), "; ".join(problems))
        ok = ok and not problems
    return ok


# ==============================================================================================
# The agreements
# ==============================================================================================

# ----------------------------------------------------------------------------------------------
# 469 - PDF, articles with binding footnotes, Parkstad (Zuid-Limburg), mobiliteit - fully compliant
# ----------------------------------------------------------------------------------------------
sample(
    469, "voetnoten_artikelen_parkstad_mobiliteit", "pdf",
    "Artikelstijl met bindende voetnoten die een deel van de afspraken dragen (benoeming leiding, "
    "omvang en bestemming overdracht, opzegvorm), PDF, Parkstad/Heerlen, vmbo kb Mobiliteit en transport "
    "-> mbo-3 Eerste autotechnicus; volledig compliant.",
    "p p p p p p p p p p",
    {"a": "Artikel 2. De route", "b": "Artikel 3. Werkgevers aan boord", "c": "Artikel 4. Routeregie",
     "d": "Artikel 5. Rapportage aan de besturen", "e": "Artikel 6. Inrichting van onderwijs en examinering",
     "f": "Artikel 7. Als de route niet past", "g": "Artikel 8. Geld", "h": "Artikel 9. Inspraak",
     "i": "Artikel 10. Onenigheid", "j": "Artikel 11. Nieuwe partners, wijziging en einde"},
    [
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("sub", "Doorlopende leerroute Mobiliteit en transport (kaderberoepsgerichte leerweg) - "
                "Eerste autotechnicus (mbo niveau 3)"),
        ("sub", "Vakcollege De Kolenberg en ROC Parkstad-Maasland"),
        ("sp", 10),
        ("h2", "Ondergetekenden"),
        ("p", "1. Stichting Kolenberg Onderwijs, gevestigd te Heerlen, bevoegd gezag van Vakcollege De "
              "Kolenberg, school voor vbo en mavo, te dezen rechtsgeldig vertegenwoordigd door drs. R.J.M. "
              "Hermans, rector-bestuurder, hierna: \"de Kolenberg\";"),
        ("p", "2. Stichting Regionaal Opleidingencentrum Parkstad-Maasland, gevestigd te Heerlen, te dezen "
              "rechtsgeldig vertegenwoordigd door ir. A.C. Lenssen-Dohmen, voorzitter van het college van "
              "bestuur, hierna: \"het ROC\";"),
        ("h2", "Overwegingen"),
        ("p", "A. De Kolenberg en het ROC werken sinds 2019 samen in de techniekroute Parkstad en willen die "
              "samenwerking voortzetten als doorlopende leerroute als bedoeld in artikel 2.107a van de Wet "
              "voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs."),
        ("p", "B. Autobedrijven in Parkstad en de Westelijke Mijnstreek kampen met een tekort aan "
              "technici, terwijl leerlingen van het vakcollege in de overgang naar het mbo te vaak "
              "afhaken."),
        ("p", "Partijen komen het volgende overeen."),

        ("h", "Artikel 1. Begrippen en rangorde"),
        ("p", "1. In deze overeenkomst betekent: route: de doorlopende leerroute van artikel 2; "
              "routeleerling: een leerling of student die de route volgt; vo-fase: de eerste twee leerjaren "
              "van de route (leerjaar 3 en 4 vmbo); mbo-fase: de leerjaren van de route daarna; duo: de "
              "twee routeregisseurs van artikel 4."),
        ("p", "2. De voetnoten bij deze overeenkomst zijn geen toelichting. Zij maken deel uit van de "
              "bepaling waarbij zij staan en binden partijen op dezelfde wijze als de tekst zelf."),

        ("h", "Artikel 2. De route"),
        ("p", "1. Partijen verzorgen samen een doorlopende leerroute die het profiel Mobiliteit en transport "
              "van de kaderberoepsgerichte leerweg verbindt met de vakopleiding Eerste autotechnicus "
              "(niveau 3) in het opleidingsdomein Mobiliteit en voertuigen, in de beroepsopleidende "
              "leerweg.{fn:Wie in de vo-fase een duidelijke voorkeur voor zwaar transport laat zien, kan in de "
              "mbo-fase de uitstroom Eerste bedrijfsautotechnicus (niveau 3) volgen. Dat blijft een "
              "uitstroom binnen deze route en vraagt geen nieuwe overeenkomst.}"),
        ("p", "2. De route omvat ten hoogste vijf leerjaren. Het vmbo-diploma wordt behaald in het tweede "
              "of uiterlijk in het derde routejaar."),
        ("p", "3. Partijen melden de route gezamenlijk bij de minister door registratie in RIO, vóór het "
              "begin van het eerste routejaar."),

        ("h", "Artikel 3. Werkgevers aan boord"),
        ("p", "1. Door SBB erkende garage- en dealerbedrijven uit Parkstad en de Westelijke Mijnstreek denken "
              "mee over de route en werken eraan mee. Partijen stellen daartoe een praktijkraad Mobiliteit "
              "in van vijf ondernemers, onder wie in elk geval een vertegenwoordiger van Autobedrijf "
              "Wolters te Landgraaf en van Ramakers Bedrijfswagens te Brunssum."),
        ("p", "2. De praktijkraad komt ten minste twee keer per schooljaar bijeen en adviseert het duo over "
              "de keuzedelen, de praktijkopdrachten in de vo-fase en de inhoud van het PTA/OER."),
        ("p", "3. De bedrijven uit de praktijkraad ontvangen iedere routeleerling in leerjaar 4 vmbo voor een "
              "oriëntatiestage van tien dagen, stellen in de mbo-fase samen met andere erkende "
              "leerbedrijven de benodigde bpv-plaatsen beschikbaar en leveren een assessor bij de proeve "
              "van bekwaamheid in het laatste routejaar.{fn:Het duo houdt een lijst bij van de deelnemende "
              "leerbedrijven. Dreigt in enig schooljaar een tekort aan bpv-plaatsen, dan meldt het duo dat "
              "vóór 1 maart aan beide besturen, die samen met de praktijkraad aanvullende plaatsen "
              "zoeken.}"),

        ("h", "Artikel 4. Routeregie"),
        ("p", "1. De leiding over de route ligt bij twee routeregisseurs: de teamleider Techniek van de "
              "Kolenberg en de opleidingsmanager Mobiliteit van het ROC.{fn:Ieder bestuur wijst zijn eigen "
              "routeregisseur schriftelijk aan voor twee schooljaren, nadat het andere bestuur is gehoord; "
              "herbenoeming is mogelijk. Valt een regisseur weg, dan wijst het betrokken bestuur binnen zes "
              "weken een opvolger aan; tot dat moment neemt de andere regisseur zijn taken waar.}"),
        ("p", "2. Het duo zorgt voor het jaarrooster en de verdeling van de lessen over beide locaties, het "
              "gezamenlijke PTA/OER (dat het ter vaststelling aan beide besturen voorlegt), de samenstelling "
              "van het docententeam, de contacten met de praktijkraad en de leerbedrijven, en de toepassing "
              "van artikel 7."),
        ("p", "3. Het duo beschikt over het routebudget van artikel 8, vierde lid, en mag namens beide "
              "partijen verplichtingen aangaan tot € 10.000 per geval. Benoeming en ontslag van personeel, "
              "grotere verplichtingen en afspraken met derden die langer dan een schooljaar lopen, blijven "
              "aan de besturen."),
        ("p", "4. Het duo besluit eensgezind. Lukt dat niet, dan is artikel 10 van toepassing."),

        ("h", "Artikel 5. Rapportage aan de besturen"),
        ("p", "1. Het duo legt elk jaar vóór 1 november in een schriftelijk routeverslag rekenschap af aan "
              "beide besturen over het afgelopen schooljaar. Het verslag bevat ten minste de instroom, "
              "doorstroom en uitval per leerjaar, de examenresultaten vmbo en mbo, de inzet van personeel, "
              "de besteding van het routebudget en de adviezen van de praktijkraad.{fn:Het routeverslag volgt "
              "het model van bijlage 2. Vraagt een bestuur tussentijds om informatie, dan levert het duo die "
              "binnen tien werkdagen.}"),
        ("p", "2. In februari bespreken de rector-bestuurder en het lid van het college van bestuur met "
              "portefeuille techniek met het duo de voortgang van het lopende jaar; daarvan wordt een "
              "besluitenlijst gemaakt."),
        ("p", "3. Het duo meldt omstandigheden die de uitvoering van de route in gevaar brengen onverwijld "
              "aan beide besturen."),

        ("h", "Artikel 6. Inrichting van onderwijs en examinering"),
        ("p", "1. De vo-fase wordt gegeven in het gebouw van de Kolenberg aan de Kolenbergweg te Heerlen, de "
              "mbo-fase op de locatie Mobiliteitscollege van het ROC aan de Schaesbergerweg te Heerlen."),
        ("p", "2. Onderwijsprogramma, examinering en beroepspraktijkvorming per leerjaar staan in het "
              "gezamenlijke PTA/OER (bijlage 1). Daarin is per programmaonderdeel aangegeven of het tot het "
              "vmbo-deel, het mbo-deel of tot beide behoort, en waar een team van leraren en docenten wordt "
              "ingezet."),
        ("p", "3. De route wordt verzorgd door één docententeam van vier leraren van de Kolenberg en drie "
              "instructeurs van het ROC. In het vakoverstijgende praktijkprogramma Motor, aandrijving en "
              "diagnose in leerjaar 4 vmbo wordt gewerkt met teambevoegdheid: voor elk onderdeel is ten "
              "minste één bevoegde docent betrokken en ieder teamlid is verantwoordelijk voor het deel "
              "waarvoor hij bevoegd is. De instructeurs blijven in dienst van het ROC en werken twee "
              "dagdelen per week op de Kolenberg."),
        ("p", "4. Partijen stellen hun praktijkvoorzieningen over en weer kosteloos ter beschikking: de "
              "Kolenberg haar praktijkhal met zes werkplekken, het ROC zijn diagnoseruimte, hefbruggen en "
              "uitleesapparatuur.{fn:De hefbruggen worden ingeroosterd door de facilitair coördinator van het "
              "ROC; de Kolenberg heeft op dinsdag en donderdag voorrang. Schade door onzorgvuldig gebruik "
              "komt voor rekening van de partij onder wier toezicht het gebruik plaatsvond.}"),
        ("p", "5. Een klacht die bij de ene partij binnenkomt over gedrag van personeel van de andere partij, "
              "wordt binnen vijf werkdagen doorgestuurd; de werkgever van de betrokkene werkt mee aan de "
              "afhandeling volgens de eigen klachtenregeling."),

        ("h", "Artikel 7. Als de route niet past"),
        ("p", "1. Geen routeleerling verlaat de route zonder een ander pad naar een diploma. Welk pad dat is, "
              "beslissen de teamleider Techniek en de opleidingsmanager Mobiliteit samen, na een gesprek met "
              "de leerling en zijn ouders, met het oog op wat de leerling al heeft behaald en op zijn "
              "leeftijd."),
        ("p", "2. In de vo-fase kan de leerling overstappen naar de gewone kaderberoepsgerichte leerweg "
              "Mobiliteit en transport of naar een ander profiel van de Kolenberg, met behoud van de "
              "resultaten uit het PTA, en daar zijn vmbo-diploma halen."),
        ("p", "3. Wie in de mbo-fase een andere richting kiest of het niveau niet aankan, gaat binnen het "
              "ROC verder in een andere opleiding op niveau 3 of in de opleiding Autotechnicus op niveau 2; "
              "vooropleidingseisen staan daaraan niet in de weg."),
        ("p", "4. Is het vmbo-diploma aan het eind van het derde routejaar niet behaald, dan zet de leerling "
              "zijn mbo-opleiding voort en krijgt hij één herkansing van het vmbo-examen bij de Kolenberg, "
              "tenzij partijen samen vaststellen dat een andere mbo-opleiding op vergelijkbaar niveau beter "
              "past.{fn:Kiest een leerling voor een opleiding bij een andere instelling in de regio, dan zorgen "
              "partijen voor een warme overdracht en leveren zij het dossier met behaalde resultaten aan, "
              "zodat die instelling een geschiktheidsonderzoek kan doen. De werkwijze staat ook in de "
              "schoolgids van de Kolenberg.}"),

        ("h", "Artikel 8. Geld"),
        ("p", "1. Voor het onderwijs dat de instructeurs van het ROC in de vo-fase verzorgen, draagt de "
              "Kolenberg met toepassing van artikel 5.42a WVO 2020 een deel van haar bekostiging over aan "
              "het ROC.{fn:De overdracht bedraagt € 1.150 per routeleerling in leerjaar 4 vmbo, naar de "
              "telling van 1 oktober, en wordt uitsluitend besteed aan de loonkosten van de ingezette "
              "instructeurs en aan verbruiksmaterialen in de diagnoseruimte. De Kolenberg betaalt in twee "
              "gelijke delen, in december en in mei.}"),
        ("p", "2. In de mbo-fase draagt het ROC geen bekostiging over aan de Kolenberg. De kosten van een "
              "herkansing van het vmbo-examen als bedoeld in artikel 7, vierde lid, zijn voor de Kolenberg."),
        ("p", "3. Overige kosten draagt iedere partij zelf."),
        ("p", "4. Het routebudget waarover het duo beschikt, bedraagt € 8.000 per schooljaar en wordt door "
              "ieder van partijen voor de helft in de eigen begroting opgenomen."),

        ("h", "Artikel 9. Inspraak"),
        ("p", "1. Routeleerlingen die nog bij de Kolenberg zijn ingeschreven, kiezen uit hun midden één "
              "vertegenwoordiger die met raadgevende stem deelneemt aan het studentenpanel Mobiliteit van "
              "het ROC.{fn:De verkiezing vindt jaarlijks in oktober plaats onder de routeleerlingen van "
              "leerjaar 4; de vertegenwoordiger ontvangt dezelfde stukken als de andere panelleden.}"),
        ("p", "2. Het routeverslag van artikel 5 wordt, voordat de besturen het bespreken, voor advies "
              "voorgelegd aan de medezeggenschapsraad van de Kolenberg en aan de studentenraad van het ROC."),
        ("p", "3. Voor het overige gelden de Wet medezeggenschap op scholen in de vo-fase en de regels van de "
              "WEB en de WOR in de mbo-fase."),

        ("h", "Artikel 10. Onenigheid"),
        ("p", "1. Komen de routeregisseurs er samen niet uit, dan leggen zij de kwestie binnen twee weken "
              "voor aan de rector-bestuurder en het lid van het college van bestuur met portefeuille "
              "techniek."),
        ("p", "2. Levert dat overleg binnen vier weken geen oplossing op, dan schakelen partijen een mediator "
              "in die is ingeschreven bij de Mediatorsfederatie Nederland.{fn:De mediator wordt samen gekozen; "
              "lukt dat niet binnen twee weken, dan vragen partijen de Mediatorsfederatie er een aan te "
              "wijzen. De kosten dragen partijen ieder voor de helft.}"),
        ("p", "3. Leidt de mediation binnen drie maanden niet tot overeenstemming, dan kan ieder van "
              "partijen het geschil voorleggen aan de bevoegde rechter van de rechtbank Limburg."),

        ("h", "Artikel 11. Nieuwe partners, wijziging en einde"),
        ("p", "1. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze "
              "overeenkomst toetreden als beide partijen daar schriftelijk mee instemmen en de nieuwe partner "
              "de overeenkomst met bijlagen aanvaardt door ondertekening van een toetredingsverklaring. "
              "Toetreding gaat in op 1 augustus; partijen passen de melding in RIO aan."),
        ("p", "2. De overeenkomst wordt alleen gewijzigd bij een stuk dat beide besturen hebben ondertekend. "
              "Een wijzigingsvoorstel gaat eerst naar het duo, dat beoordeelt wat het betekent voor de "
              "leerlingen die al in de route zitten."),
        ("p", "3. Ieder van partijen kan de overeenkomst opzeggen tegen 1 augustus van enig jaar, met een "
              "opzegtermijn van ten minste twaalf maanden.{fn:Opzegging gebeurt bij aangetekende brief aan het "
              "bestuur van de andere partij. Ontbinding wegens een tekortkoming kan pas na een schriftelijke "
              "ingebrekestelling met een hersteltermijn van ten minste twee maanden.}"),
        ("p", "4. Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Wie de route al is "
              "begonnen, maakt haar af op de voorwaarden van deze overeenkomst; kan dat echt niet, dan stapt "
              "de leerling zonder studievertraging over volgens artikel 7. De bepalingen die daarvoor nodig "
              "zijn, blijven zo lang van kracht."),

        ("h", "Artikel 12. Looptijd"),
        ("p", "Deze overeenkomst geldt met ingang van 1 augustus 2025 voor vijf jaar en wordt daarna telkens "
              "stilzwijgend met vijf jaar verlengd, tenzij zij volgens artikel 11 is opgezegd."),
        ("p", "Aldus overeengekomen en in tweevoud getekend te Heerlen op 30 juni 2025."),
        ("sign", [["Stichting Kolenberg Onderwijs\n\n\n______________________\ndrs. R.J.M. Hermans\n"
                   "rector-bestuurder",
                   "Stichting Regionaal Opleidingencentrum Parkstad-Maasland\n\n\n______________________\n"
                   "ir. A.C. Lenssen-Dohmen\nvoorzitter college van bestuur"]]),
        ("small", "Bijlagen: 1. PTA/OER doorlopende leerroute Mobiliteit (apart document); 2. Model "
                  "routeverslag."),
    ],
    footnotes=True, footer="Samenwerkingsovereenkomst DLR Mobiliteit - De Kolenberg / ROC Parkstad-Maasland",
    title="Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit en transport",
)


# ----------------------------------------------------------------------------------------------
# 470 - DOCX, plan van aanpak with one table per item, Maasland (Oss), bouw - defective (c, f)
# ----------------------------------------------------------------------------------------------
W3 = [0.62, 0.22, 0.16]
sample(
    470, "plan_van_aanpak_tabellen_maasland_bouw", "docx",
    "Plan van aanpak dat tevens de overeenkomst is, met per onderdeel een tabel (Afspraak/Trekker/Gereed), "
    "DOCX, Maasland (Oss), vmbo bb Bouwen, wonen en interieur -> mbo-2 Timmerman/Metselaar (Bouw en infra); "
    "defecten: benoeming van het kernteam opengelaten met stippellijnen (c weak), overstap in een lange zin "
    "doorgeschoven naar een later protocol (f weak); medezeggenschap beschrijft alleen de wet (h n.v.t.).",
    "p p w p p w p na p p",
    {"a": "Onderdeel 1: welke route", "b": "Onderdeel 2: bouwbedrijven aan tafel",
     "d": "Onderdeel 4: de besturen op de hoogte", "e": "Onderdeel 5: uitvoering, mensen en middelen",
     "g": "Onderdeel 7: geld", "i": "Onderdeel 9: verschil van mening",
     "j": "Onderdeel 10: aansluiten, wijzigen en stoppen"},
    [
        ("title", "Plan van aanpak Doorlopende leerroute Bouw Maasland"),
        ("sub", "tevens samenwerkingsovereenkomst tussen Vakschool Maasland en ROC Meierij-Maasland "
                "(vmbo basis Bouwen, wonen en interieur - mbo-2 Bouw en infra)"),
        ("sub", "Versie 1.0, vastgesteld in het bestuurlijk overleg van 16 juni 2025"),
        ("h", "Aanleiding en doel"),
        ("p", "In Oss, Uden en Bernheze staan in de bouw meer vacatures open dan er vakmensen van school "
              "komen. Tegelijk haakt een deel van onze basisleerlingen af tussen het examen vmbo en de eerste "
              "maanden op het mbo. Met een doorlopende leerroute willen Vakschool Maasland en ROC "
              "Meierij-Maasland die knip weghalen: één programma, één team, vanaf leerjaar 3 vmbo tot en "
              "met het mbo-diploma."),
        ("p", "Dit plan van aanpak is tegelijk de samenwerkingsovereenkomst bedoeld in artikel 2.107b van de "
              "Wet voortgezet onderwijs 2020. Per onderdeel staat in een tabel wat we hebben afgesproken, wie "
              "trekker is en wanneer het geregeld moet zijn. De afspraken in de tabellen binden beide "
              "partijen."),
        ("h", "Partijen"),
        ("table", [["Partij", "Vertegenwoordigd door", "Hierna"],
                   ["Stichting Katholiek Voortgezet Onderwijs Maas en Meierij, Oss, bevoegd gezag van "
                    "Vakschool Maasland", "drs. M.A. van der Schoot, voorzitter college van bestuur",
                    "de Vakschool"],
                   ["Stichting Regionaal Opleidingencentrum Meierij-Maasland, Oss",
                    "ing. J.P.W. Coolen, lid college van bestuur", "het ROC"]], [0.5, 0.32, 0.18]),

        ("h", "Onderdeel 1: welke route"),
        ("table", [["Afspraak", "Trekker", "Gereed"],
                   ["De route verbindt het profiel Bouwen, wonen en interieur in de basisberoepsgerichte "
                    "leerweg met de basisberoepsopleidingen Timmerman (niveau 2) en Metselaar (niveau 2) in "
                    "het opleidingsdomein Bouw en infra; BOL, vanaf het vierde routejaar ook BBL.",
                    "afdelingsleider techniek Vakschool", "start 1 augustus 2025"],
                   ["Leerlingen volgen in leerjaar 3 een brede bouworiëntatie en kiezen aan het eind van "
                    "dat jaar tussen de uitstroom timmeren en metselen.", "docententeam", "jaarlijks in juni"],
                   ["De Vakschool en het ROC melden de route samen aan bij DUO via RIO.",
                    "teamleider bouw ROC", "vóór 1 oktober 2025"]], W3),

        ("h", "Onderdeel 2: bouwbedrijven aan tafel"),
        ("table", [["Afspraak", "Trekker", "Gereed"],
                   ["Opleidingsbedrijf Bouwvak Maasland, de opleidingsorganisatie van de aannemers in de "
                    "regio, levert in de mbo-fase de leerbanen en bpv-plaatsen voor alle routeleerlingen en "
                    "wijst per leerling een praktijkopleider aan.", "Bouwvak Maasland / teamleider bouw ROC",
                    "vanaf routejaar 3"],
                   ["Zes aannemers, onder wie Bouwbedrijf Van den Heuvel in Heesch en Gebr. Verhoeven "
                    "Aannemers in Uden, organiseren elke onderwijsperiode een bouwplaatsdag voor leerjaar 3 "
                    "en 4.", "afdelingsleider techniek Vakschool", "elke periode"],
                   ["Een praktijkopleider van Bouwvak Maasland beoordeelt mee bij de praktijkexamens in de "
                    "vo-fase en bij de proeve van bekwaamheid in de mbo-fase.", "beide examencommissies",
                    "vanaf 2026"],
                   ["Een klankbordgroep van drie aannemers toetst het programma jaarlijks aan de praktijk en "
                    "geeft het kernteam schriftelijk advies.", "kernteam", "jaarlijks in maart"]], W3),

        ("h", "Onderdeel 3: regie"),
        ("p", "De dagelijkse leiding over de route ligt bij een kernteam."),
        ("table", [["Afspraak", "Trekker", "Gereed"],
                   ["Samenstelling kernteam: de afdelingsleider techniek van de Vakschool (voorzitter), de "
                    "teamleider bouw van het ROC en een praktijkopleider van Bouwvak Maasland (adviserend).",
                    "-", "1 augustus 2025"],
                   ["Benoeming van de leden: ..........................................................",
                    "..................", ".............."],
                   ["Taken: jaarplanning en rooster, opstellen van het PTA/OER, inzet van docenten, contact "
                    "met de leerbedrijven, toepassing van de overstapafspraken.", "kernteam", "doorlopend"],
                   ["Bevoegdheden: het kernteam besluit zelfstandig over rooster, lesverdeling en aanschaf "
                    "van lesmateriaal binnen de begroting van de eigen afdelingen; andere besluiten gaan "
                    "naar het bestuurlijk overleg van beide colleges van bestuur.", "kernteam",
                    "doorlopend"]], W3),

        ("h", "Onderdeel 4: de besturen op de hoogte"),
        ("table", [["Afspraak", "Trekker", "Gereed"],
                   ["Het kernteam stuurt elk kwartaal een voortgangsmemo van hooguit twee pagina's aan "
                    "beide colleges van bestuur: aanmeldingen, verzuim, uitval en stand van de bpv.",
                    "voorzitter kernteam", "1 nov, 1 feb, 1 mei, 1 juli"],
                   ["In juni legt het kernteam in een jaarevaluatie verantwoording af over de resultaten, de "
                    "inzet van personeel en de uitgaven; het bestuurlijk overleg bespreekt de evaluatie in "
                    "september.", "kernteam", "jaarlijks juni / september"]], W3),

        ("h", "Onderdeel 5: uitvoering, mensen en middelen"),
        ("table", [["Afspraak", "Trekker", "Gereed"],
                   ["Leerjaar 3 en 4 vmbo worden gegeven op de Vakschool in Oss; de mbo-fase op de "
                    "Bouwcampus van het ROC in Oss en, in de BBL, grotendeels bij het leerbedrijf.",
                    "kernteam", "1 augustus 2025"],
                   ["Onderwijsprogramma, examinering en bpv per leerjaar staan in het gezamenlijke PTA/OER, "
                    "dat beide besturen jaarlijks vóór 1 juli vaststellen.", "kernteam", "jaarlijks 1 juli"],
                   ["Personeel: twee leraren bouwtechniek van de Vakschool en een instructeur timmeren van het "
                    "ROC vormen één team. In het praktijkvak Bouwen in de praktijk (leerjaar 4) werken zij met "
                    "teambevoegdheid; ieder blijft verantwoordelijk voor het deel waarvoor hij bevoegd is. De "
                    "instructeur werkt één dag per week op de Vakschool en blijft in dienst van het ROC.",
                    "afdelingsleider / teamleider", "1 augustus 2025"],
                   ["Faciliteiten: de Vakschool stelt haar machinale houtwerkplaats open voor de mbo-fase; het "
                    "ROC stelt de bouwhal met metsel- en timmerplaatsen twee middagen per week beschikbaar "
                    "voor leerjaar 4.", "facilitaire diensten", "1 september 2025"],
                   ["Klachten over personeel van de ene partij die bij de andere partij binnenkomen, worden "
                    "doorgestuurd en samen afgehandeld.", "beide klachtenfunctionarissen", "doorlopend"]], W3),

        ("h", "Onderdeel 6: als een leerling de route verlaat"),
        ("p", "Omdat niet iedere leerling de route zal afmaken en omdat partijen het belangrijk vinden dat "
              "elke leerling die de route om welke reden ook verlaat een passend vervolg krijgt dat zo goed "
              "mogelijk aansluit bij wat hij al heeft bereikt en bij zijn leeftijd, zullen de afdelingsleider "
              "en de teamleider, zodra het kernteam in het eerste schooljaar van de samenwerking een "
              "inventarisatie van mogelijke vervolgroutes heeft gemaakt, in een afzonderlijk protocol "
              "vastleggen welke alternatieven een leerling in welke fase van de route worden geboden, welk "
              "protocol na vaststelling door beide besturen als bijlage aan dit plan wordt gehecht."),
        ("table", [["Afspraak", "Trekker", "Gereed"],
                   ["Inventarisatie van mogelijke vervolgroutes binnen en buiten beide scholen", "kernteam",
                    "maart 2026"],
                   ["Overstapprotocol opstellen en als bijlage bij dit plan voegen",
                    "afdelingsleider en teamleider", "juni 2026"],
                   ["Werkwijze opnemen in de schoolgids", "Vakschool", "schooljaar 2026-2027"]], W3),

        ("h", "Onderdeel 7: geld"),
        ("table", [["Afspraak", "Trekker", "Gereed"],
                   ["Partijen dragen over en weer geen bekostiging over. Iedere partij betaalt de eigen "
                    "personeelskosten en materialen.", "beide controllers", "-"],
                   ["Het gebruik van elkaars werkplaatsen (onderdeel 5) is kosteloos.", "-", "-"]], W3),

        ("h", "Onderdeel 8: medezeggenschap"),
        ("p", "Voor leerlingen, ouders en personeel van de Vakschool geldt de Wet medezeggenschap op scholen; "
              "voor studenten en personeel van het ROC gelden de WEB en de WOR. Partijen kunnen aanvullende "
              "afspraken maken als de raden daar behoefte aan hebben."),

        ("h", "Onderdeel 9: verschil van mening"),
        ("table", [["Afspraak", "Trekker", "Gereed"],
                   ["Een meningsverschil over de uitvoering van dit plan bespreekt het kernteam eerst zelf.",
                    "voorzitter kernteam", "direct"],
                   ["Is het na drie weken niet opgelost, dan gaat het naar het bestuurlijk overleg van beide "
                    "colleges van bestuur.", "voorzitter kernteam", "binnen 3 weken"],
                   ["Blijft het geschil bestaan, dan vragen partijen bindend advies aan een commissie van "
                    "drie: ieder wijst één lid aan en die twee kiezen samen een onafhankelijke voorzitter. "
                    "Het advies volgt binnen acht weken en bindt beide partijen.", "beide besturen",
                    "binnen 8 weken"]], W3),

        ("h", "Onderdeel 10: aansluiten, wijzigen en stoppen"),
        ("table", [["Afspraak", "Trekker", "Gereed"],
                   ["Een andere vmbo-school of mbo-instelling uit de regio kan aansluiten als beide besturen "
                    "schriftelijk instemmen, de nieuwe partij alle afspraken in dit plan aanvaardt en de "
                    "toetreding met ingang van een nieuw schooljaar bij DUO wordt gemeld.",
                    "bestuurlijk overleg", "per 1 augustus"],
                   ["Wijzigingen gelden pas als beide besturen ze schriftelijk hebben vastgesteld; een "
                    "wijziging die lopende leerlingen raakt, gaat op zijn vroegst in bij het volgende "
                    "schooljaar.", "bestuurlijk overleg", "-"],
                   ["Opzeggen kan alleen tegen 31 juli, met een termijn van ten minste één jaar, bij "
                    "aangetekende brief. Ontbinding kan als een partij ernstig tekortschiet en na schriftelijke "
                    "aanmaning niet binnen twee maanden herstelt.", "beide besturen", "-"],
                   ["Na opzegging of ontbinding neemt de route geen nieuwe leerlingen meer aan; wie al is "
                    "begonnen, rondt de route af bij dezelfde partijen.", "kernteam", "-"]], W3),

        ("h", "Looptijd en ondertekening"),
        ("p", "Dit plan geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Het kernteam evalueert het elke twee "
              "jaar en legt voorstellen tot wijziging voor aan het bestuurlijk overleg."),
        ("p", "Oss, 16 juni 2025"),
        ("sign", [["Namens de Vakschool:\n\n\ndrs. M.A. van der Schoot",
                   "Namens het ROC:\n\n\ning. J.P.W. Coolen"]]),
    ],
    header="Plan van aanpak DLR Bouw Maasland - versie 1.0", heading_color="7B3F00",
    title="Plan van aanpak Doorlopende leerroute Bouw Maasland",
)


# ----------------------------------------------------------------------------------------------
# 471 - TXT, ALL-CAPS headings without numbers, Zeeuws-Vlaanderen, procestechniek - fully compliant
# ----------------------------------------------------------------------------------------------
sample(
    471, "hoofdletterkoppen_kanaalzone_procestechniek", "txt",
    "Platte tekst met koppen in hoofdletters zonder nummers, eenvoudige wij-taal, TXT, Kanaalzone "
    "(Terneuzen), vmbo kb Produceren, installeren en energie -> mbo-3 Operator B (Procestechniek); "
    "routeraad voor medezeggenschap, vast bedrag overgedragen, arbitrage NAI; volledig compliant.",
    "p p p p p p p p p p",
    {"a": "DE ROUTE: VAN PIE NAAR OPERATOR", "b": "DE INDUSTRIE DOET MEE", "c": "WIE DE ROUTE LEIDT",
     "d": "WAT DE BESTUREN TE HOREN KRIJGEN", "e": "HOE HET ONDERWIJS IS INGERICHT",
     "f": "WANNEER EEN LEERLING VAN KOERS VERANDERT", "g": "GELD DAT VAN EIGENAAR WISSELT",
     "h": "STEM VAN LEERLINGEN, OUDERS EN PERSONEEL", "i": "ALS WE HET NIET EENS WORDEN",
     "j": "ERBIJ KOMEN, VERANDEREN EN OPHOUDEN"},
    [
        ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE PROCESTECHNIEK KANAALZONE"),
        ("h", "WIE ER TEKENEN"),
        ("p", "Stichting Openbaar Voortgezet Onderwijs Kanaalzone, gevestigd in Terneuzen, bevoegd gezag van "
              "het Kanaalzone College (vmbo), vertegenwoordigd door mevrouw L.M. de Kraker, "
              "directeur-bestuurder. Hierna noemen wij haar: het college."),
        ("p", "Stichting Beroepsonderwijs Zeeuws-Vlaanderen, gevestigd in Terneuzen, instelling voor "
              "beroepsonderwijs die optreedt onder de naam Scheldecollege, vertegenwoordigd door de heer "
              "P.J. Verstraeten, voorzitter van het college van bestuur. Hierna: het Scheldecollege."),
        ("h", "WAAROM DEZE OVEREENKOMST"),
        ("p", "De chemische industrie langs het kanaal Gent-Terneuzen zoekt operators. Leerlingen van het "
              "college in het profiel Produceren, installeren en energie hebben daar aanleg voor, maar de "
              "stap naar het mbo is groot en te veel van hen komen er niet aan toe. Daarom bieden het college "
              "en het Scheldecollege samen een doorlopende leerroute aan. In deze overeenkomst staat wat ieder "
              "van ons daarvoor doet. Waar 'wij' staat, bedoelen we beide partijen samen."),
        ("h", "DE ROUTE: VAN PIE NAAR OPERATOR"),
        ("p", "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Produceren, "
              "installeren en energie, en leidt naar het diploma van de vakopleiding Operator B (niveau 3) in "
              "het opleidingsdomein Procestechniek. De mbo-fase is BOL; in het laatste jaar kan een leerling "
              "overstappen naar BBL bij een procesbedrijf."),
        ("p", "De keuzevakken die in de vo-fase bij de route horen, staan in het PTA/OER. Het vmbo-examen "
              "wordt afgerond in leerjaar 4, of uiterlijk in het derde routejaar."),
        ("p", "Wij melden de route samen aan bij de minister via RIO en houden die registratie bij."),
        ("h", "DE INDUSTRIE DOET MEE"),
        ("p", "Werkgeverskring Kanaalzone, de vereniging van procesbedrijven in de kanaalzone, wijst elk jaar "
              "ten minste vier bedrijven aan die aan de route meedoen. Voor 2025-2026 zijn dat Sloe Chemie "
              "Terneuzen B.V., Axelse Kunstmest B.V., Zeeuwse Tankopslag Westdorpe B.V. en Warmtenet "
              "Kanaalzone B.V. Deze bedrijven:"),
        ("ul", ["geven in leerjaar 3 en 4 elke periode een gastles of een rondleiding over het terrein;",
                "leveren een echte opdracht uit de eigen fabriek voor het praktijkexamen in leerjaar 4;",
                "bieden in de mbo-fase bpv-plaatsen en in het laatste jaar BBL-banen;",
                "laten een ervaren operator meebeoordelen bij de proeve van bekwaamheid."]),
        ("p", "Elk jaar in januari bespreekt het routeteam het programma met de Werkgeverskring. Wat de "
              "bedrijven inbrengen over veiligheid en procesbeheersing verwerken wij binnen een schooljaar in "
              "de lessen."),
        ("h", "WIE DE ROUTE LEIDT"),
        ("p", "De route wordt geleid door een routeteam van drie mensen: de afdelingsleider Techniek van het "
              "college, de onderwijsmanager Procestechniek van het Scheldecollege en een routecoördinator. De "
              "afdelingsleider en de onderwijsmanager zitten in het routeteam vanwege hun functie. De "
              "routecoördinator wordt door de twee bestuurders samen aangesteld voor drie jaar, op voordracht "
              "van het routeteam; hij of zij komt bij voorkeur uit het docententeam."),
        ("p", "Het routeteam:"),
        ("ul", ["stelt elk jaar het PTA/OER op en legt het vóór 1 juni ter vaststelling voor aan beide "
                "bestuurders;",
                "verdeelt lessen en docenten over beide locaties;",
                "houdt contact met de bedrijven en de Werkgeverskring;",
                "besluit over de overstap van een leerling (zie verderop);",
                "beheert het routebudget van € 6.000 per jaar dat ieder van ons voor de helft begroot."]),
        ("p", "Het routeteam beslist zelf over het rooster, over de invulling van de lessen binnen het "
              "vastgestelde PTA/OER en over uitgaven uit het routebudget. Voor alles daarbuiten, zoals het "
              "aannemen van personeel of een andere locatie, is een besluit van beide bestuurders nodig."),
        ("h", "WAT DE BESTUREN TE HOREN KRIJGEN"),
        ("p", "Twee keer per jaar, in november en in mei, stuurt het routeteam beide bestuurders een korte "
              "voortgangsnotitie met cijfers over aanmeldingen, verzuim, tussentijds vertrek en examens. Na "
              "elk schooljaar maakt het routeteam vóór 15 oktober een jaarverslag waarin het uitlegt hoe "
              "personeel en routebudget zijn ingezet en wat de resultaten zijn. Dat jaarverslag bespreekt het "
              "routeteam met beide bestuurders in een gezamenlijk overleg. Wil een bestuurder tussendoor iets "
              "weten, dan antwoordt het routeteam binnen twee weken."),
        ("h", "HOE HET ONDERWIJS IS INGERICHT"),
        ("p", "Leerjaar 3 en 4 vinden plaats in het gebouw van het college aan de Zuidlandstraat in "
              "Terneuzen. Vanaf het derde routejaar krijgen de leerlingen les op het Scheldecollege, locatie "
              "Procesplein in Terneuzen."),
        ("p", "Voor de hele route beschrijven wij samen in het PTA/OER per leerjaar welk onderwijs en welke "
              "examens er zijn, welke onderdelen vmbo, mbo of allebei zijn, en waar de bpv plaatsvindt."),
        ("p", "Het onderwijs wordt gegeven door één team. Het college levert twee docenten PIE en een docent "
              "natuurkunde, het Scheldecollege twee docenten procestechniek en een praktijkinstructeur. In "
              "leerjaar 4 geven de docenten van het Scheldecollege elke week zes uur les op het college; in de "
              "module Procesbeheersing werkt het team met teambevoegdheid, waarbij ieder verantwoordelijk "
              "blijft voor het deel waarvoor hij bevoegd is. Iedereen blijft in dienst van de eigen "
              "werkgever, die ook de scholing regelt."),
        ("p", "Het college gebruikt op woensdag en vrijdag de proefinstallatie (destillatie- en "
              "pompopstelling) van het Scheldecollege voor praktijklessen in leerjaar 4. Het Scheldecollege "
              "gebruikt voor de mbo-fase de werkplaats elektrotechniek van het college. Lokalen en werkplaatsen "
              "gebruiken wij over en weer gratis; voor de proefinstallatie geldt de overdracht hieronder."),
        ("p", "Een klacht over een medewerker van de andere partij wordt behandeld volgens de "
              "klachtenregeling van de partij waar de klacht binnenkomt, met medewerking van de werkgever van "
              "die medewerker."),
        ("h", "WANNEER EEN LEERLING VAN KOERS VERANDERT"),
        ("p", "Een leerling die de route niet afmaakt, vertrekt niet met lege handen. Wij bieden samen een "
              "andere weg naar een diploma:"),
        ("ul", ["Stopt de leerling in leerjaar 3 of 4, dan gaat hij verder in de gewone kaderberoepsgerichte "
                "of de gemengde leerweg van het college en doet daar vmbo-examen. Wat hij al heeft gedaan, "
                "telt mee.",
                "Stopt de leerling in de mbo-fase, dan kan hij binnen het Scheldecollege overstappen naar "
                "Operator A (niveau 2) of naar een andere opleiding op niveau 3, ook als hij nog geen "
                "vmbo-diploma heeft.",
                "Heeft de leerling het vmbo-diploma aan het eind van het derde routejaar niet, dan blijft hij "
                "ingeschreven bij het Scheldecollege en kiest hij met ons tussen een extra examenjaar vmbo "
                "(waarin hij een deel van de mbo-lessen blijft volgen) en instroom in een mbo-opleiding van "
                "vergelijkbaar niveau.",
                "Wil de leerling naar een andere school of instelling, bijvoorbeeld na een verhuizing, dan "
                "helpen wij bij het zoeken en geven wij een overdrachtsdossier mee."]),
        ("p", "Welke weg het wordt, besluit het routeteam namens ons allebei, na een gesprek met de leerling "
              "en zijn ouders. Het routeteam kijkt daarbij naar het niveau dat de leerling heeft bereikt en "
              "naar zijn leeftijd. De mogelijkheden staan ook in de schoolgids van het college."),
        ("h", "GELD DAT VAN EIGENAAR WISSELT"),
        ("p", "Het college draagt met toepassing van artikel 5.42a WVO 2020 elk schooljaar € 18.500 van zijn "
              "bekostiging over aan het Scheldecollege. Dat bedrag is bestemd voor de lessen van de docenten "
              "procestechniek in leerjaar 4 (samen 0,2 fte) en voor gebruik en onderhoud van de "
              "proefinstallatie door leerlingen van het college. Het wordt in oktober betaald. Zitten er in "
              "een schooljaar minder dan tien routeleerlingen in leerjaar 4, dan gaat het bedrag naar "
              "verhouding omlaag. Andere bekostiging dragen wij niet over; verder betaalt ieder zijn eigen "
              "kosten."),
        ("h", "STEM VAN LEERLINGEN, OUDERS EN PERSONEEL"),
        ("p", "Voor de route is een routeraad ingesteld. Die bestaat uit twee leden van de "
              "medezeggenschapsraad van het college (een ouder en een leerling), twee leden van de "
              "studentenraad van het Scheldecollege en een lid van de ondernemingsraad van het "
              "Scheldecollege. De routeraad komt twee keer per jaar bij elkaar met het routeteam, krijgt het "
              "jaarverslag en mag gevraagd en ongevraagd advies geven over de route. Voordat het PTA/OER of "
              "deze overeenkomst verandert, vragen wij de routeraad om advies. De wettelijke rechten van de "
              "medezeggenschapsraad, de studentenraad en de ondernemingsraad blijven gewoon bestaan."),
        ("h", "ALS WE HET NIET EENS WORDEN"),
        ("p", "Onenigheid over de uitvoering van deze overeenkomst proberen wij eerst in het routeteam op te "
              "lossen. Lukt dat niet binnen een maand, dan praten de twee bestuurders erover. Komen ook zij er "
              "binnen zes weken niet uit, dan wordt het geschil beslecht door arbitrage volgens het "
              "arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, met Middelburg als "
              "plaats van arbitrage. De uitspraak bindt ons allebei."),
        ("h", "ERBIJ KOMEN, VERANDEREN EN OPHOUDEN"),
        ("p", "Een andere vmbo-school of mbo-instelling in Zeeuws-Vlaanderen mag zich bij de route aansluiten. "
              "Daarvoor is nodig dat wij allebei schriftelijk instemmen, dat de nieuwe partner deze "
              "overeenkomst volledig overneemt en dat de aansluiting ingaat aan het begin van een schooljaar "
              "en bij DUO wordt gemeld."),
        ("p", "Deze overeenkomst verandert alleen als beide bestuurders een wijziging schriftelijk "
              "ondertekenen. Een wijziging geldt niet voor leerlingen die al in de route zitten als zij er "
              "nadeel van hebben."),
        ("p", "Ieder van ons kan de overeenkomst opzeggen per 1 augustus, met een termijn van ten minste een "
              "vol schooljaar, per aangetekende brief. Bij een ernstige tekortkoming kan de overeenkomst "
              "worden ontbonden als de andere partij na een schriftelijke waarschuwing niet binnen twee "
              "maanden verbetert."),
        ("p", "Na opzegging of ontbinding nemen wij geen nieuwe leerlingen meer aan. Leerlingen die al zijn "
              "begonnen, maken de route af bij het college en het Scheldecollege. Gaat dat echt niet, dan "
              "krijgen zij een overstap zoals hierboven beschreven."),
        ("h", "INGANG EN DUUR"),
        ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("h", "ONDERTEKENING"),
        ("p", "Terneuzen, 27 juni 2025"),
        ("sign", [["Voor Stichting Openbaar Voortgezet Onderwijs Kanaalzone:\n\n"
                   "__________________________\nL.M. de Kraker, directeur-bestuurder",
                   "Voor Stichting Beroepsonderwijs Zeeuws-Vlaanderen (Scheldecollege):\n\n"
                   "__________________________\nP.J. Verstraeten, voorzitter college van bestuur"]]),
    ],
)


# ----------------------------------------------------------------------------------------------
# 472 - PDF, every article followed by "Toelichting:", long, Eemland (Amersfoort), zorg - compliant
# ----------------------------------------------------------------------------------------------
sample(
    472, "toelichting_per_artikel_eemland_zorg", "pdf",
    "Lange artikelsgewijze overeenkomst waarin elk artikel een niet-bindende 'Toelichting:' over de wet "
    "heeft naast de afspraak, PDF (Times), Eemland (Amersfoort), vmbo gl Zorg en welzijn -> mbo-4 "
    "Verpleegkundige; overdracht instelling -> school per student, bemiddeling dan rechter; volledig "
    "compliant.",
    "p p p p p p p p p p",
    {"a": "Artikel 2 Onderwerp: de route", "b": "Artikel 3 Inbreng van het zorgveld",
     "c": "Artikel 4 Routeleiding", "d": "Artikel 5 Informatie en verantwoording",
     "e": "Artikel 6 Inrichting, personeel en voorzieningen", "f": "Artikel 7 Tussentijds verlaten van de route",
     "g": "Artikel 8 Financiële afspraken", "h": "Artikel 9 Medezeggenschap", "i": "Artikel 10 Geschillen",
     "j": "Artikel 11 Toetreding, wijziging en beëindiging"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute"),
        ("sub", "Zorg en welzijn (gemengde leerweg) - Verpleegkundige (mbo niveau 4)"),
        ("sub", "Het Eemhof College en ROC Eem en Vallei - met toelichting per artikel"),
        ("sp", 8),
        ("note", "Leeswijzer. Elk artikel bestaat uit de afspraak zelf, gevolgd door een toelichting. De "
                 "toelichting legt uit welke wettelijke regel achter de afspraak zit. Zij maakt geen deel uit "
                 "van de afspraak en kan niet worden ingeroepen om daarvan af te wijken."),
        ("h2", "De ondergetekenden"),
        ("p", "1. de Stichting Christelijk Voortgezet Onderwijs Eemland, statutair gevestigd te Amersfoort, "
              "bevoegd gezag van Het Eemhof College, school voor vmbo, te dezen vertegenwoordigd door mevrouw "
              "drs. H.J. Bakker-Wessels, voorzitter van het college van bestuur, hierna te noemen: de school;"),
        ("p", "2. de Stichting Regionaal Opleidingencentrum Eem en Vallei, statutair gevestigd te Amersfoort, "
              "te dezen vertegenwoordigd door de heer dr. W.F. Kamphuis, voorzitter van het college van "
              "bestuur, hierna te noemen: de instelling;"),
        ("h2", "In aanmerking nemende dat"),
        ("p", "a. de zorgorganisaties in Eemland de komende jaren honderden verpleegkundigen extra nodig hebben;"),
        ("p", "b. leerlingen van de gemengde leerweg met het profiel Zorg en welzijn in de regio vaak pas na "
              "een omweg in een verpleegkundeopleiding terechtkomen;"),
        ("p", "c. partijen daarom een doorlopende leerroute willen aanbieden op grond van artikel 2.107b van de "
              "Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.3 van de Wet educatie en "
              "beroepsonderwijs (WEB);"),
        ("p", "verklaren te zijn overeengekomen als volgt."),

        ("h", "Artikel 1 Begripsbepalingen"),
        ("p", "In deze overeenkomst wordt verstaan onder: a. route: de doorlopende leerroute bedoeld in "
              "artikel 2; b. leerling: een leerling of student die aan de route deelneemt; c. vo-fase: het "
              "eerste en tweede leerjaar van de route, overeenkomend met leerjaar 3 en 4 van de school; "
              "d. mbo-fase: het derde en volgende leerjaren van de route; e. routeleiding: het orgaan bedoeld "
              "in artikel 4; f. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en onderwijs- en "
              "examenregeling van de route."),
        ("note", "Toelichting: een doorlopende leerroute is volgens artikel 2.107a WVO 2020 een route die in "
                 "het derde leerjaar van het vmbo begint en leidt tot zowel een vmbo-diploma als een "
                 "mbo-diploma. In de eerste twee leerjaren van de route is de leerling ingeschreven bij de "
                 "school, daarna bij de instelling (artikel 2.107e WVO 2020, artikel 9.1.6 WEB)."),

        ("h", "Artikel 2 Onderwerp: de route"),
        ("p", "1. Partijen verzorgen gezamenlijk een doorlopende leerroute waarin het profiel Zorg en welzijn "
              "van de gemengde leerweg aansluit op de middenkaderopleiding Verpleegkundige (niveau 4) in het "
              "opleidingsdomein Zorg en welzijn."),
        ("p", "2. De mbo-fase wordt in de beroepsopleidende leerweg gevolgd; in het laatste leerjaar kan de "
              "leerling kiezen voor de beroepsbegeleidende leerweg bij een zorgorganisatie uit artikel 3."),
        ("p", "3. De route omvat zes leerjaren. Het vmbo-diploma wordt behaald aan het eind van het tweede "
              "routejaar; een leerling die dan nog niet is geslaagd, rondt het vmbo-examen uiterlijk in het "
              "derde routejaar af."),
        ("p", "4. Partijen melden de route vóór 1 oktober 2025 gezamenlijk aan de minister door registratie "
              "in RIO."),
        ("note", "Toelichting: artikel 2.107a, derde lid, WVO 2020 koppelt de gemengde leerweg aan een "
                 "middenkaderopleiding in een aanverwant opleidingsdomein of een aanverwante kwalificatie. "
                 "Artikel 2.107b, tweede lid, onder a, WVO 2020 vraagt dat de overeenkomst het profiel en het "
                 "opleidingsdomein of de kwalificatie noemt. De gezamenlijke melding volgt uit artikel 2.107c "
                 "WVO 2020 en artikel 9.1.4 WEB; pas na melding mogen partijen gebruikmaken van de ruimte die "
                 "de wet biedt."),

        ("h", "Artikel 3 Inbreng van het zorgveld"),
        ("p", "1. Ziekenhuis Eemvallei, Zorggroep De Horsten en Thuiszorg Leusden-Soest werken aan de route "
              "mee. Elk van hen vaardigt een praktijkopleider af naar de werkveldcommissie Verpleegkunde "
              "Eemland, die door de instelling wordt voorgezeten."),
        ("p", "2. De werkveldcommissie vergadert drie keer per schooljaar. Zij adviseert de routeleiding over "
              "de keuzedelen, de beroepsopdrachten in de vo-fase en de actualiteit van het programma, en "
              "beoordeelt jaarlijks het concept-PTA/OER voordat het wordt vastgesteld."),
        ("p", "3. De zorgorganisaties ontvangen iedere leerling in leerjaar 3 voor twee meeloopdagen en in "
              "leerjaar 4 voor een oriëntatiestage van drie weken in een verpleeghuis of op een polikliniek; "
              "zij bieden in de mbo-fase bpv-plaatsen aan alle leerlingen van de route en laten hun "
              "praktijkopleiders meebeoordelen bij de examens in de beroepspraktijk."),
        ("p", "4. Verpleegkundigen van het ziekenhuis verzorgen in leerjaar 4 ten minste zes gastlessen per "
              "jaar over klinisch redeneren en zorgethiek."),
        ("note", "Toelichting: artikel 2.107b, tweede lid, onder g, WVO 2020 vraagt niet alleen dat het "
                 "bedrijfsleven wordt betrokken, maar hoe dat gebeurt. De beroepspraktijkvorming in de "
                 "mbo-fase vindt plaats bij een door SBB erkend leerbedrijf; de drie organisaties zijn erkend. "
                 "Mbo-examinering en bpv zijn in een doorlopende leerroute al vanaf het eerste routejaar "
                 "mogelijk."),

        ("h", "Artikel 4 Routeleiding"),
        ("p", "1. De leiding over de route berust bij de routeleiding. Deze bestaat uit de teamleider "
              "bovenbouw gemengde leerweg van de school, de opleidingsmanager Verpleegkunde van de instelling "
              "en een routecoördinator, die als secretaris optreedt en geen stem heeft."),
        ("p", "2. Het college van bestuur van de school wijst de teamleider aan en het college van bestuur van "
              "de instelling de opleidingsmanager. De routecoördinator wordt door beide colleges van bestuur "
              "gezamenlijk benoemd, op voordracht van de andere twee leden, voor een termijn van twee jaar die "
              "eenmaal kan worden verlengd."),
        ("p", "3. De routeleiding is belast met: a. het opstellen van het PTA/OER; b. het rooster en de "
              "toetsplanning; c. de inzet van het docententeam; d. het contact met de werkveldcommissie; "
              "e. de beslissingen bedoeld in artikel 7; f. de kwaliteitszorg van de route."),
        ("p", "4. De colleges van bestuur dragen aan de routeleiding de bevoegdheid op om binnen het "
              "vastgestelde PTA/OER en de jaarbegroting van de route zelfstandig te besluiten. Het vaststellen "
              "van het PTA/OER, het aangaan van verplichtingen boven € 7.500 en besluiten over aanstelling van "
              "personeel blijven aan de colleges van bestuur voorbehouden."),
        ("note", "Toelichting: volgens artikel 2.107b, tweede lid, onder b, WVO 2020 regelt de overeenkomst de "
                 "vormgeving van de leiding, 'waaronder' de samenstelling, de wijze van benoeming en de taken "
                 "en bevoegdheden die de besturen aan de leiding opdragen. Het derde en vierde lid geven die "
                 "taken en bevoegdheden; wat niet is opgedragen, blijft bij de besturen."),

        ("h", "Artikel 5 Informatie en verantwoording"),
        ("p", "1. De routeleiding stuurt beide colleges van bestuur na afloop van elk kwartaal een overzicht "
              "van de aantallen leerlingen per leerjaar, het verzuim, de tussentijdse uitstroom en de "
              "beschikbaarheid van bpv-plaatsen."),
        ("p", "2. Vóór 1 december van elk jaar legt de routeleiding in een verantwoordingsrapportage "
              "rekenschap af over het voorgaande schooljaar: onderwijsresultaten, examenuitslagen vmbo en "
              "mbo, de uitvoering van artikel 7, de inzet van personeel en voorzieningen en de financiën."),
        ("p", "3. De rapportage wordt in januari besproken in een bestuurlijk overleg van beide colleges van "
              "bestuur met de routeleiding. De colleges van bestuur kunnen de routeleiding daarna "
              "aanwijzingen geven."),
        ("note", "Toelichting: artikel 2.107b, tweede lid, onder c, WVO 2020 vraagt hoe de leiding "
                 "inlichtingen verstrekt en verantwoording aflegt aan beide bevoegde gezagsorganen. Beide "
                 "besturen blijven ieder voor hun deel van de route aanspreekbaar: de school voor het "
                 "vmbo-deel en de vmbo-examinering, de instelling voor het mbo-deel (artikel 2.107f WVO 2020, "
                 "artikel 9.1.7 WEB)."),

        ("h", "Artikel 6 Inrichting, personeel en voorzieningen"),
        ("p", "1. De vo-fase wordt gegeven op de locatie Vathorst van de school in Amersfoort; de mbo-fase op "
              "de Zorgcampus van de instelling aan de Hogeweg in Amersfoort, met de bpv bij de "
              "zorgorganisaties van artikel 3."),
        ("p", "2. Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming "
              "per leerjaar in het PTA/OER, waarin per onderdeel staat of het tot het vmbo-deel, het mbo-deel "
              "of beide behoort. Bijlage 1 geeft de hoofdlijn."),
        ("p", "3. Het onderwijs wordt verzorgd door één docententeam. De school zet haar docenten zorg en "
              "welzijn en biologie in, de instelling twee docenten verpleegkunde en een praktijkdocent van het "
              "skillslab. De docenten van de instelling geven in leerjaar 4 wekelijks één dag les op de "
              "school en blijven in dienst van de instelling. Voor het vakoverstijgende onderdeel Zorg in de "
              "praktijk in leerjaar 4 wordt een team van leraren en docenten ingezet; elk teamlid is "
              "verantwoordelijk voor het deel waarvoor hij bevoegd is."),
        ("p", "4. De instelling stelt het skillslab (oefenafdeling met vier bedden) elke donderdagmiddag ter "
              "beschikking aan leerjaar 4; de school stelt haar praktijklokaal verzorging en haar "
              "leerpleinen open voor bijeenkomsten van de route. Partijen gebruiken één gedeelde digitale "
              "leeromgeving voor de route."),
        ("p", "5. Een klacht over gedrag van een medewerker van de andere partij wordt behandeld door de "
              "klachtencommissie van de partij waar de klacht is ingediend; de andere partij verleent "
              "medewerking."),
        ("note", "Toelichting: artikel 2.107b, tweede lid, onder d, WVO 2020 noemt de organisatorische en "
                 "onderwijskundige inrichting, 'waaronder' de inzet van personeel en het gebruik van "
                 "faciliteiten. De beschrijving per leerjaar volgt uit artikel 2.107d WVO 2020 en artikel "
                 "9.1.8 WEB. Teams van leraren en docenten zijn toegestaan op grond van artikel 7.13a WVO "
                 "2020 en artikel 9.1.12 WEB, mits voor ieder onderdeel een bevoegde docent betrokken is. De "
                 "klachtenregeling van elke partij geldt ook voor gedragingen van personeel van de andere "
                 "partij in het kader van de route (artikel 2.107f, derde lid, WVO 2020)."),

        ("h", "Artikel 7 Tussentijds verlaten van de route"),
        ("p", "1. Een leerling die de route verlaat voordat hij haar met goed gevolg heeft afgerond, krijgt "
              "van partijen een vervolg dat leidt tot een vmbo-diploma of een mbo-diploma. In elk geval staan "
              "de volgende wegen open:"),
        ("ul", ["in de vo-fase: voortzetting in de gemengde of kaderberoepsgerichte leerweg van de school met "
                "het profiel Zorg en welzijn, met behoud van de resultaten uit het PTA;",
                "in de mbo-fase, als niveau 4 te hoog blijkt: de opleiding Verzorgende-IG (niveau 3) bij de "
                "instelling, met vrijstelling voor wat al is behaald;",
                "bij een andere beroepswens: een andere opleiding op niveau 4 bij de instelling, zoals "
                "Doktersassistent of Apothekersassistent;",
                "als het vmbo-diploma aan het eind van het derde routejaar ontbreekt: voortzetting van de "
                "mbo-opleiding met een herkansing van het vmbo-examen bij de school, of een overstap naar "
                "Verzorgende-IG."]),
        ("p", "2. De teamleider en de opleidingsmanager beslissen samen welke weg past, binnen vier weken na "
              "een overstapgesprek met de leerling en zijn ouders. Zij gaan daarbij uit van het bereikte "
              "onderwijsniveau en de leeftijd van de leerling, en leggen hun besluit schriftelijk vast."),
        ("p", "3. Bij een overstap binnen de instelling worden geen vooropleidingseisen gesteld. Kiest de "
              "leerling voor een andere instelling, dan zorgen partijen voor een warme overdracht en "
              "verstrekken zij de gegevens die nodig zijn voor een geschiktheidsonderzoek."),
        ("note", "Toelichting: de overstapoptie is geregeld in artikel 2.107k WVO 2020 en artikel 9.1.14 WEB. "
                 "Beide besturen moeten een leerling die de route verlaat in staat stellen een diploma te "
                 "halen dat past bij het naar hun gezamenlijk oordeel bereikte niveau en zijn leeftijd. Bij de "
                 "eigen instelling gelden de vooropleidingseisen dan niet; een andere instelling kan na een "
                 "geschiktheidsonderzoek toelaten (artikel 8.2.1, zesde lid, WEB)."),

        ("h", "Artikel 8 Financiële afspraken"),
        ("p", "1. De instelling draagt met toepassing van artikel 9.1.15 WEB aan de school € 640 over voor "
              "iedere leerling die in het derde routejaar bij de instelling staat ingeschreven en nog "
              "vmbo-examen doet. Het bedrag is bestemd voor de afname van dat examen en voor de begeleiding "
              "door docenten van de school in dat jaar."),
        ("p", "2. Het aantal leerlingen wordt vastgesteld naar de stand van 1 oktober; de instelling betaalt "
              "vóór 1 maart daaropvolgend."),
        ("p", "3. Verder dragen partijen geen bekostiging aan elkaar over. De inzet van elkaars docenten en "
              "voorzieningen op grond van artikel 6 wordt niet verrekend."),
        ("note", "Toelichting: de eerste twee jaar van de route worden bekostigd als vo, daarna als mbo. Een "
                 "overdracht van bekostiging is mogelijk op grond van artikel 5.42a WVO 2020 en artikel 9.1.15 "
                 "WEB; dan moet de overeenkomst de omvang en de bestemming van de middelen noemen "
                 "(artikel 2.107b, tweede lid, onder e, WVO 2020). Er is geen extra bekostiging voor "
                 "doorlopende leerroutes."),

        ("h", "Artikel 9 Medezeggenschap"),
        ("p", "1. Een leerling in leerjaar 4 van de route kan op voordracht van de leerlinggeleding van de "
              "medezeggenschapsraad van de school als vaste toehoorder deelnemen aan de vergaderingen van de "
              "studentenraad van de instelling."),
        ("p", "2. Voorgenomen besluiten over wijziging of beëindiging van de route worden ter advisering "
              "voorgelegd aan de medezeggenschapsraad van de school en aan de studentenraad en de "
              "ondernemingsraad van de instelling, ook waar de wet geen advies van de betrokken raad "
              "voorschrijft."),
        ("p", "3. De routeleiding bespreekt de verantwoordingsrapportage van artikel 5 jaarlijks met een "
              "delegatie van beide raden."),
        ("note", "Toelichting: voor leerlingen die bij de school staan ingeschreven, hun ouders en het "
                 "personeel van de school geldt de Wet medezeggenschap op scholen. Zodra de leerling bij de "
                 "instelling is ingeschreven, gelden de regels van hoofdstuk 8a WEB; voor het personeel van de "
                 "instelling de Wet op de ondernemingsraden. Partijen mogen bovenop deze regels iets "
                 "aanvullends afspreken (artikel 2.107b, tweede lid, onder j, WVO 2020); dat doet dit artikel."),

        ("h", "Artikel 10 Geschillen"),
        ("p", "1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de "
              "routeleiding besproken. Komt de routeleiding er niet binnen drie weken uit, dan legt zij het "
              "voor aan beide colleges van bestuur, die binnen zes weken overleggen."),
        ("p", "2. Blijft het geschil bestaan, dan vragen partijen de voorzitter van het Regionaal Platform "
              "Beroepsonderwijs Eemland om te bemiddelen, of een andere onafhankelijke bemiddelaar die zij "
              "samen kiezen."),
        ("p", "3. Is het geschil drie maanden na het begin van de bemiddeling niet opgelost, dan kan ieder "
              "van partijen het voorleggen aan de bevoegde rechter in het arrondissement Midden-Nederland. Op "
              "deze overeenkomst is Nederlands recht van toepassing."),
        ("note", "Toelichting: artikel 2.107b, tweede lid, onder h, WVO 2020 vraagt naar de wijze van "
                 "geschilbeslechting tussen de partijen over de uitvoering van de overeenkomst. Klachten van "
                 "leerlingen en geschillen over medezeggenschap hebben hun eigen wettelijke kanalen en vallen "
                 "hier niet onder."),

        ("h", "Artikel 11 Toetreding, wijziging en beëindiging"),
        ("p", "1. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij worden "
              "als beide partijen schriftelijk instemmen en de toetredende partij een toetredingsverklaring "
              "ondertekent waarin zij deze overeenkomst en de bijlagen aanvaardt. De toetreding gaat in bij "
              "het begin van een schooljaar; de melding in RIO wordt daarop aangepast. Toetreding mag geen "
              "gevolgen hebben voor het programma van leerlingen die al in de route zitten."),
        ("p", "2. Wijziging van deze overeenkomst gebeurt schriftelijk en wordt door beide colleges van bestuur "
              "ondertekend, na advies van de raden bedoeld in artikel 9. Een wijziging die het programma "
              "raakt, gaat niet eerder in dan bij het begin van het volgende schooljaar."),
        ("p", "3. Deze overeenkomst geldt voor onbepaalde tijd. Ieder van partijen kan haar opzeggen tegen "
              "1 augustus, met inachtneming van een termijn van ten minste achttien maanden, bij aangetekende "
              "brief. Ontbinding wegens tekortkoming is mogelijk na een schriftelijke ingebrekestelling met "
              "een hersteltermijn van twee maanden."),
        ("p", "4. Vanaf het moment van opzegging of ontbinding worden geen nieuwe leerlingen tot de route "
              "toegelaten. Leerlingen die al zijn begonnen, ronden de route af onder de voorwaarden van deze "
              "overeenkomst; partijen blijven daartoe gebonden aan de artikelen 4 tot en met 10 tot de laatste "
              "van hen de route heeft verlaten."),
        ("note", "Toelichting: artikel 2.107b, tweede lid, onder i, WVO 2020 vraagt voorwaarden voor "
                 "toetreding, opzegging of ontbinding en de wijze van wijziging, telkens met het oog op het "
                 "zoveel mogelijk beperken van de gevolgen voor de leerlingen en studenten. Daarom zijn de "
                 "termijn van achttien maanden en de instroomstop in het vierde lid opgenomen."),

        ("h", "Artikel 12 Gegevensuitwisseling"),
        ("p", "Partijen wisselen alleen de leerlinggegevens uit die nodig zijn voor de uitvoering van de route, "
              "zoals de voortgang, het verzuim en de ondersteuningsbehoefte. Zij leggen de afspraken daarover "
              "vast in een gegevensdelingsovereenkomst die als bijlage 2 bij deze overeenkomst hoort."),
        ("note", "Toelichting: de Algemene verordening gegevensbescherming vraagt een grondslag en duidelijke "
                 "afspraken over het delen van persoonsgegevens. Bij de overgang van de vo-fase naar de "
                 "mbo-fase levert de school de gegevens aan die de instelling voor inschrijving nodig heeft."),

        ("h", "Artikel 13 Evaluatie en slotbepalingen"),
        ("p", "1. Partijen evalueren de route in het schooljaar 2027-2028, met inbreng van de "
              "werkveldcommissie en de raden van artikel 9."),
        ("p", "2. De bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de "
              "overeenkomst voor."),
        ("p", "3. Deze overeenkomst treedt in werking op 1 augustus 2025."),
        ("note", "Toelichting: de evaluatie sluit aan bij de cyclus waarin de inspectie de route als "
                 "eigenstandig object van toezicht beoordeelt."),

        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Amersfoort op 24 juni 2025."),
        ("sign", [["Stichting Christelijk Voortgezet Onderwijs Eemland\n\n\n______________________\n"
                   "drs. H.J. Bakker-Wessels\nvoorzitter college van bestuur",
                   "Stichting Regionaal Opleidingencentrum Eem en Vallei\n\n\n______________________\n"
                   "dr. W.F. Kamphuis\nvoorzitter college van bestuur"]]),
        ("pb",),
        ("h", "Bijlage 1 Hoofdlijn van het programma per leerjaar"),
        ("table", [["Routejaar", "Ingeschreven bij", "Hoofdlijn programma", "Examinering"],
                   ["1 (leerjaar 3 vmbo)", "school", "profielvakken Zorg en welzijn, algemene vakken, "
                    "meeloopdagen zorg, oriëntatie verpleegkunde", "schoolexamens PTA"],
                   ["2 (leerjaar 4 vmbo)", "school", "Zorg in de praktijk (team), gastlessen, "
                    "oriëntatiestage, eerste mbo-vaardigheden in het skillslab", "centraal examen vmbo; eerste "
                    "mbo-keuzedeel"],
                   ["3", "instelling", "verpleegkundige basiszorg, bpv 8 uur per week", "mbo-examens kerntaak 1; "
                    "zo nodig vmbo-herkansing"],
                   ["4", "instelling", "complexe zorg, bpv 16 uur per week", "mbo-examens kerntaak 2"],
                   ["5-6", "instelling", "specialisatie en afstuderen, BOL of BBL", "proeve in de "
                    "beroepspraktijk, diploma Verpleegkundige"]], [0.18, 0.15, 0.42, 0.25]),
        ("small", "Bijlage 2 (gegevensdelingsovereenkomst) wordt afzonderlijk bewaard."),
    ],
    pdf_font="Times-Roman", pdf_size=10.5, footer="DLR Zorg en welzijn - Het Eemhof College / ROC Eem en Vallei",
    title="Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn - Verpleegkundige",
)


# ----------------------------------------------------------------------------------------------
# 473 - DOCX with text boxes carrying arrangements, Bollenstreek, horeca - defective (b, i)
# ----------------------------------------------------------------------------------------------
sample(
    473, "tekstvakken_bollenstreek_horeca", "docx",
    "Genummerde secties met tekstvakken (VML text boxes) waarin de financiële afspraak en de "
    "medezeggenschapsafspraak staan, DOCX, Duin- en Bollenstreek/Leiden, vmbo bb Horeca, bakkerij en "
    "recreatie -> mbo-2 Kok en Gastheer/-vrouw; defecten: bedrijfsleven alleen als inspanning en "
    "verkenning (b weak), geschilbeslechting herhaalt alleen de wet (i weak).",
    "p w p p p p p p w p",
    {"a": "2. Wat we samen aanbieden", "c": "4. Leiding van de route", "d": "5. Verantwoording",
     "e": "6. Onderwijs, mensen en ruimtes", "f": "7. Een andere weg", "g": "Financiële afspraak",
     "h": "Afspraken over medezeggenschap", "j": "11. Toetreding, wijziging en opzegging"},
    [
        ("title", "Samenwerkingsovereenkomst Gastvrijheidsroute Bollenstreek"),
        ("sub", "Doorlopende leerroute vmbo basisberoepsgerichte leerweg Horeca, bakkerij en recreatie - "
                "mbo niveau 2 Kok en Gastheer/-vrouw"),
        ("h", "1. Partijen"),
        ("p", "Stichting Voortgezet Onderwijs Duin- en Bollenstreek, gevestigd te Lisse, bevoegd gezag van het "
              "Bollenstreek Vakcollege, vertegenwoordigd door de heer G.A. Zwetsloot, directeur-bestuurder "
              "(hierna: het Vakcollege), en"),
        ("p", "Stichting Regionaal Opleidingencentrum Rijnland, gevestigd te Leiden, vertegenwoordigd door "
              "mevrouw C.E. van Egmond, lid van het college van bestuur (hierna: het ROC),"),
        ("p", "sluiten deze overeenkomst om samen een doorlopende leerroute als bedoeld in artikel 2.107a Wet "
              "voortgezet onderwijs 2020 aan te bieden. De tekst in de kaders maakt deel uit van de "
              "overeenkomst."),

        ("h", "2. Wat we samen aanbieden"),
        ("p", "2.1 De Gastvrijheidsroute verbindt het profiel Horeca, bakkerij en recreatie van de "
              "basisberoepsgerichte leerweg met de basisberoepsopleidingen Kok (niveau 2) en Gastheer/-vrouw "
              "(niveau 2) van het opleidingsdomein Horeca en bakkerij."),
        ("p", "2.2 De leerling kiest aan het eind van leerjaar 3 tussen de keuken en de bediening. De mbo-fase "
              "wordt gevolgd in de beroepsopleidende leerweg."),
        ("p", "2.3 Het Vakcollege en het ROC melden de route samen aan via RIO."),
        ("box", "In het kort", ["Vier jaar, één team: leerjaar 3 en 4 op het Vakcollege in Lisse, daarna twee "
                                "jaar op de locatie Gastvrijheid van het ROC in Leiden.",
                                "Het vmbo-diploma basis wordt in leerjaar 4 behaald; het mbo-diploma Kok of "
                                "Gastheer/-vrouw aan het eind van de route."]),

        ("h", "3. De horecabranche"),
        ("p", "3.1 Partijen hechten grote waarde aan de inbreng van ondernemers uit de horeca in de Duin- en "
              "Bollenstreek en zullen zich inspannen om hen bij de invulling van de route te betrekken."),
        ("p", "3.2 In het eerste schooljaar van de samenwerking verkennen partijen welke vorm van "
              "betrokkenheid het beste bij de route past."),

        ("h", "4. Leiding van de route"),
        ("p", "4.1 De route wordt geleid door een routeteam, bestaande uit de afdelingsleider Horeca van het "
              "Vakcollege en de teamleider Gastvrijheid van het ROC."),
        ("p", "4.2 De directeur-bestuurder van het Vakcollege en het college van bestuur van het ROC wijzen "
              "ieder hun lid van het routeteam schriftelijk aan, voor de duur van deze overeenkomst. Bij "
              "vertrek wordt binnen twee maanden een opvolger aangewezen."),
        ("p", "4.3 Het routeteam stelt het gezamenlijke PTA/OER op, maakt het rooster, verdeelt de lessen over "
              "de docenten van beide partijen, beslist over overstappen volgens artikel 7 en beheert de "
              "middelen van artikel 8. Het routeteam besluit zelfstandig binnen de jaarbegroting van de route; "
              "het PTA/OER en uitgaven boven € 5.000 worden door beide besturen vastgesteld."),

        ("h", "5. Verantwoording"),
        ("p", "5.1 Het routeteam stuurt in februari en in augustus een schriftelijke rapportage aan beide "
              "besturen over aantallen leerlingen, uitval, examenresultaten, inzet van personeel en "
              "besteding van de middelen."),
        ("p", "5.2 De augustusrapportage wordt in september besproken in een jaargesprek van het routeteam met "
              "beide besturen."),

        ("h", "6. Onderwijs, mensen en ruimtes"),
        ("p", "6.1 Leerjaar 3 en 4 worden gegeven op het Vakcollege in Lisse, de mbo-fase op de locatie "
              "Gastvrijheid van het ROC in Leiden."),
        ("p", "6.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar staan in "
              "het PTA/OER, dat beide besturen elk jaar vóór 1 juli vaststellen."),
        ("p", "6.3 Twee docenten koken en een docent bediening van het Vakcollege vormen met een instructeur "
              "van het ROC één team. De instructeur geeft in leerjaar 4 elke week vier uur les op het "
              "Vakcollege en blijft in dienst van het ROC. In het vakoverstijgende onderdeel Gastvrij "
              "ondernemen werkt het team met teambevoegdheid."),
        ("p", "6.4 Leerlingen van leerjaar 4 draaien elke dinsdag mee in leerrestaurant De Tulp van het ROC; "
              "het ROC gebruikt op maandag de praktijkkeuken van het Vakcollege voor de mbo-fase. Over en weer "
              "worden voor dit gebruik geen kosten berekend."),
        ("p", "6.5 Een klacht over personeel van de andere partij wordt doorgestuurd naar die partij en "
              "volgens haar klachtenregeling behandeld."),

        ("h", "7. Een andere weg"),
        ("p", "7.1 Stopt een leerling met de route, dan zoeken het Vakcollege en het ROC samen met de leerling "
              "en zijn ouders een vervolg dat hem naar een diploma brengt. Het routeteam neemt het besluit, "
              "na een gesprek met leerling en ouders, op basis van wat de leerling al heeft bereikt en zijn "
              "leeftijd."),
        ("p", "7.2 In leerjaar 3 of 4 kan de leerling verder in de gewone basisberoepsgerichte leerweg van "
              "het Vakcollege, in hetzelfde of een ander profiel, en daar zijn vmbo-diploma halen."),
        ("p", "7.3 In de mbo-fase kan de leerling binnen het ROC overstappen naar een andere opleiding op "
              "niveau 2, bijvoorbeeld Medewerker facilitaire dienstverlening of Verkoopmedewerker, zonder "
              "nieuwe toelatingseisen. De Entreeopleiding is alleen aan de orde als een diploma op niveau 2 "
              "echt niet haalbaar blijkt."),
        ("p", "7.4 Wil de leerling naar een andere school of instelling, dan verzorgt het routeteam een warme "
              "overdracht."),

        ("h", "8. Financiën"),
        ("p", "De afspraak over overdracht van bekostiging staat in het kader hieronder."),
        ("box", "Financiële afspraak", [
            "Het Vakcollege draagt met toepassing van artikel 5.42a WVO 2020 per routeleerling in leerjaar 4 "
            "€ 750 per schooljaar over aan het ROC. Het bedrag is bestemd voor de lessen van de instructeur "
            "op het Vakcollege en voor de ingrediënten van de praktijklessen in leerrestaurant De Tulp.",
            "Het aantal leerlingen wordt bepaald naar de stand van 1 oktober; het Vakcollege betaalt in "
            "januari. Verder dragen partijen geen bekostiging over."]),

        ("h", "9. Medezeggenschap"),
        ("box", "Afspraken over medezeggenschap", [
            "De medezeggenschapsraad van het Vakcollege en de studentenraad van het ROC houden elk jaar in "
            "maart een gezamenlijke vergadering over de route, waarin het routeteam de rapportage van "
            "artikel 5 toelicht.",
            "Voorstellen om het PTA/OER of deze overeenkomst te wijzigen, legt het routeteam aan beide raden "
            "voor advies voor. Routeleerlingen in leerjaar 4 kunnen één toehoorder in de studentenraad "
            "aanwijzen."]),

        ("h", "10. Geschillen"),
        ("p", "Geschillen tussen partijen over de uitvoering van deze overeenkomst worden beslecht op de wijze "
              "van geschilbeslechting tussen de deelnemende partijen, als bedoeld in artikel 2.107b, tweede "
              "lid, onder h, van de Wet voortgezet onderwijs 2020."),

        ("h", "11. Toetreding, wijziging en opzegging"),
        ("p", "11.1 Een andere vmbo-school of mbo-instelling kan toetreden als beide partijen daar "
              "schriftelijk mee instemmen en de nieuwe partij deze overeenkomst ongewijzigd aanvaardt. "
              "Toetreding gaat in per 1 augustus en wordt gemeld via RIO."),
        ("p", "11.2 Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend. Zij gelden "
              "niet ten nadele van leerlingen die al in de route zitten."),
        ("p", "11.3 Opzegging kan per 1 augustus met een opzegtermijn van twaalf maanden, bij aangetekende "
              "brief. Bij een ernstige tekortkoming kan de overeenkomst na schriftelijke ingebrekestelling "
              "worden ontbonden."),
        ("p", "11.4 Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in; leerlingen die al in de "
              "route zitten, maken haar af bij dezelfde partijen."),

        ("h", "12. Duur"),
        ("p", "Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("p", "Getekend te Lisse op 2 juli 2025."),
        ("sign", [["Stichting Voortgezet Onderwijs Duin- en Bollenstreek\n\n\nG.A. Zwetsloot, "
                   "directeur-bestuurder",
                   "Stichting Regionaal Opleidingencentrum Rijnland\n\n\nC.E. van Egmond, lid college van "
                   "bestuur"]]),
    ],
    docx_font="Arial", docx_size=10, footer="Gastvrijheidsroute Bollenstreek - samenwerkingsovereenkomst",
    heading_color="8B1A1A", title="Samenwerkingsovereenkomst Gastvrijheidsroute Bollenstreek",
)


# ----------------------------------------------------------------------------------------------
# 474 - MD, very short interne regeling of a verticale scholengemeenschap, Gorinchem, sport - compliant
# ----------------------------------------------------------------------------------------------
sample(
    474, "interne_regeling_vsg_gorinchem_sport", "md",
    "Zeer korte interne regeling van een verticale scholengemeenschap vmbo-mbo (één bevoegd gezag), "
    "Markdown, Gorinchem, vmbo kb Dienstverlening en producten -> mbo-3 Sport- en bewegingsbegeleider; "
    "expliciet geen overdracht van bekostiging; h, i en j niet van toepassing; volledig compliant.",
    "p p p p p p p na na na",
    {"a": "Route en opleiding", "b": "Werkveld", "c": "Routeteam",
     "d": "Rapportage aan het college van bestuur", "e": "Inrichting",
     "f": "Overstap binnen en buiten Merwedestroom", "g": "Bekostiging"},
    [
        ("title", "Interne regeling doorlopende leerroute Sport en bewegen"),
        ("sub", "Merwedestroom, verticale scholengemeenschap vmbo-mbo, Gorinchem"),
        ("p", "Het college van bestuur van Stichting Merwedestroom, bevoegd gezag van de verticale "
              "scholengemeenschap Merwedestroom, stelt op grond van artikel 2.107b, derde lid, WVO 2020 en "
              "artikel 9.1.3, derde lid, WEB de volgende regeling vast."),
        ("h", "Route en opleiding"),
        ("p", "De afdeling vmbo en de afdeling mbo verzorgen samen een doorlopende leerroute van het profiel "
              "Dienstverlening en producten (kaderberoepsgerichte leerweg) naar de vakopleiding Sport- en "
              "bewegingsbegeleider (niveau 3) in het opleidingsdomein Sport en bewegen. De route is gemeld in "
              "RIO."),
        ("h", "Werkveld"),
        ("p", "De buurtsportcoaches van de gemeente Gorinchem, Fitnesscentrum Vitaal en Korfbalvereniging "
              "Arkel geven leerlingen vanaf leerjaar 4 begeleidingsopdrachten bij trainingen en toernooien, "
              "zijn bpv-adres in de mbo-fase en beoordelen mee bij de praktijkexamens. Zij adviseren eenmaal "
              "per jaar aan een werkveldtafel over het programma."),
        ("h", "Routeteam"),
        ("p", "De route wordt geleid door de teamleider vmbo Dienstverlening en producten en de "
              "opleidingsmanager Sport en bewegen, die het college van bestuur daarvoor aanwijst. Het "
              "routeteam stelt het PTA/OER op, verdeelt docenten en ruimtes, beslist over overstappen en "
              "onderhoudt het contact met het werkveld. Het besluit zelfstandig binnen het vastgestelde "
              "PTA/OER en de afdelingsbegrotingen; al het andere legt het voor aan het college van bestuur."),
        ("h", "Rapportage aan het college van bestuur"),
        ("p", "In januari en juli rapporteert het routeteam schriftelijk aan het college van bestuur over "
              "instroom, uitval, examenresultaten en de inzet van personeel. De julirapportage wordt met het "
              "college van bestuur besproken."),
        ("h", "Inrichting"),
        ("p", "Leerjaar 3 en 4 worden gegeven op de vmbo-locatie Lingewal, de mbo-fase op de mbo-locatie "
              "Spijksedijk; de sporthal en de fitnessruimte van de mbo-locatie worden vanaf leerjaar 3 "
              "gebruikt. Docenten lichamelijke opvoeding en D&P van de vmbo-afdeling en docenten sport van de "
              "mbo-afdeling vormen één team, dat in het onderdeel Sport en bewegen in de wijk (leerjaar 4) "
              "met teambevoegdheid werkt. Programma en examinering per leerjaar staan in het PTA/OER."),
        ("h", "Overstap binnen en buiten Merwedestroom"),
        ("p", "Wie de route in de vo-fase verlaat, haalt het vmbo-diploma in de gewone kaderberoepsgerichte "
              "leerweg. In de mbo-fase kan een leerling zonder vooropleidingseisen overstappen naar Medewerker "
              "sport en recreatie (niveau 2) of een andere opleiding op niveau 3 van Merwedestroom. Wie na het "
              "derde routejaar geen vmbo-diploma heeft, zet de mbo-opleiding voort en doet herexamen. Het "
              "routeteam beslist samen met leerling en ouders, op grond van het bereikte niveau en de "
              "leeftijd; bij vertrek naar een andere instelling volgt een warme overdracht."),
        ("h", "Bekostiging"),
        ("p", "Er wordt geen bekostiging overgedragen: beide afdelingen vallen onder hetzelfde bevoegd gezag. "
              "De kosten komen ten laste van de afdeling waar de leerling staat ingeschreven."),
        ("h", "Vaststelling"),
        ("p", "Vastgesteld door het college van bestuur op 23 juni 2025, na advies van de "
              "medezeggenschapsraad; in werking per 1 augustus 2025."),
        ("p", "J.W. de Bruijn, voorzitter college van bestuur"),
    ],
)


# ----------------------------------------------------------------------------------------------
# 475 - PDF, paragraph (§) style with numbered leden, three parties, Zuidoost-Drenthe, retail
#       defective (d, g, j)
# ----------------------------------------------------------------------------------------------
sample(
    475, "paragrafen_drie_partijen_emmen_retail", "pdf",
    "Overeenkomst in paragrafen (§) met genummerde leden tussen twee vmbo-scholen en één ROC, PDF, "
    "Zuidoost-Drenthe (Emmen), vmbo kb Economie en ondernemen -> mbo-3 Eerste verkoper (Handel); "
    "defecten: verantwoording zonder vorm of moment (d weak), overdracht met bedrag maar zonder "
    "bestemming (g weak), geen toetredingsregeling ondanks drie partijen (j weak).",
    "p p p w p p w p p w",
    {"a": "§ 2 De Retailroute", "b": "§ 3 Ondernemers in de route", "c": "§ 4 Stuurgroep",
     "e": "§ 6 Uitvoering", "f": "§ 7 Wisselen van koers", "h": "§ 9 Inspraak van leerlingen en ouders",
     "i": "§ 10 Geschillen"},
    [
        ("title", "Samenwerkingsovereenkomst Retailroute Zuidoost-Drenthe"),
        ("sub", "doorlopende leerroute vmbo kader Economie en ondernemen - mbo niveau 3 Eerste verkoper"),
        ("sp", 6),
        ("h2", "Partijen"),
        ("p", "I. Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe, gevestigd te Emmen, bevoegd "
              "gezag van het Hondsrug Vakcollege, vertegenwoordigd door mevrouw J. Wubs, voorzitter van het "
              "college van bestuur;"),
        ("p", "II. Stichting Christelijk Onderwijs Veenkoloniën, gevestigd te Nieuw-Amsterdam, bevoegd gezag "
              "van het Mondencollege, vertegenwoordigd door de heer H. Lubbers, bestuurder;"),
        ("p", "III. Stichting Regionaal Opleidingencentrum Hunzeland, gevestigd te Emmen, vertegenwoordigd "
              "door de heer drs. A.K. Schepers, voorzitter van het college van bestuur;"),
        ("p", "partijen I en II hierna samen: de scholen; partij III hierna: de instelling."),

        ("h", "§ 1 Begrippen"),
        ("p", "1. Route: de doorlopende leerroute bedoeld in § 2."),
        ("p", "2. Stuurgroep: de stuurgroep bedoeld in § 4."),
        ("p", "3. Routeleerling: een leerling van een van de scholen of een student van de instelling die de "
              "route volgt."),

        ("h", "§ 2 De Retailroute"),
        ("p", "1. De scholen en de instelling verzorgen gezamenlijk een doorlopende leerroute die het profiel "
              "Economie en ondernemen van de kaderberoepsgerichte leerweg verbindt met de vakopleiding Eerste "
              "verkoper (niveau 3) in het opleidingsdomein Handel."),
        ("p", "2. De mbo-fase wordt gevolgd in de beroepsopleidende leerweg; in het laatste jaar is de "
              "beroepsbegeleidende leerweg mogelijk."),
        ("p", "3. Ieder van de scholen meldt samen met de instelling de route in RIO."),

        ("h", "§ 3 Ondernemers in de route"),
        ("p", "1. De Ondernemersvereniging Centrum Emmen en de Winkeliersvereniging Nieuw-Amsterdam/Veenoord "
              "dragen jaarlijks ten minste acht winkels voor die als leerwinkel aan de route meedoen."),
        ("p", "2. De leerwinkels bieden in leerjaar 4 elke leerling een praktijkperiode van vijf weken, "
              "leveren praktijkopdrachten voor het vak Ondernemen en stellen in de mbo-fase bpv-plaatsen "
              "beschikbaar."),
        ("p", "3. Een vertegenwoordiger van elke vereniging neemt twee keer per jaar deel aan het "
              "stuurgroepoverleg, met een adviserende stem over de inhoud van het programma."),

        ("h", "§ 4 Stuurgroep"),
        ("p", "1. De stuurgroep leidt de route. Zij bestaat uit de afdelingsleiders bovenbouw kader van beide "
              "scholen en de opleidingsmanager Retail van de instelling, die voorzitter is."),
        ("p", "2. Elk bevoegd gezag benoemt zijn eigen lid van de stuurgroep en stelt de andere partijen "
              "daarvan schriftelijk op de hoogte."),
        ("p", "3. De stuurgroep stelt het gezamenlijke PTA/OER voor, maakt de jaarplanning, regelt de inzet "
              "van docenten en leerwinkels en beslist over wisselingen van koers als bedoeld in § 7."),
        ("p", "4. De stuurgroep is bevoegd te beslissen over rooster, toetsplanning en de verdeling van "
              "praktijkperioden. Het PTA/OER wordt vastgesteld door de drie besturen; personele en financiële "
              "verplichtingen gaan alleen de besturen aan."),

        ("h", "§ 5 Verantwoording"),
        ("p", "De stuurgroep houdt de besturen op de hoogte van de gang van zaken in de route en legt over "
              "haar werkzaamheden verantwoording af aan de besturen."),

        ("h", "§ 6 Uitvoering"),
        ("p", "1. Leerjaar 3 en 4 worden gegeven op de eigen school: het Hondsrug Vakcollege in Emmen en het "
              "Mondencollege in Nieuw-Amsterdam. De mbo-fase wordt gegeven op de locatie Handel van de "
              "instelling aan de Van Schaikweg in Emmen."),
        ("p", "2. Onderwijsprogramma, examinering en beroepspraktijkvorming per leerjaar zijn voor de hele "
              "route beschreven in het gezamenlijke PTA/OER."),
        ("p", "3. Twee docenten retail van de instelling geven in leerjaar 4 op beide scholen elk drie uur per "
              "week les en vormen met de docenten economie van de scholen één team; in het onderdeel "
              "Winkelpraktijk wordt met teambevoegdheid gewerkt. Zij blijven in dienst van de instelling."),
        ("p", "4. De instelling stelt haar oefenwinkel met kassasystemen één middag per week open voor "
              "routeleerlingen van leerjaar 4; de scholen stellen hun praktijklokalen ter beschikking voor de "
              "lessen van de docenten van de instelling."),
        ("p", "5. Klachten over personeel van een andere partij worden doorgezonden naar die partij en volgens "
              "haar klachtenregeling behandeld."),

        ("h", "§ 7 Wisselen van koers"),
        ("p", "1. Een routeleerling die de route niet afmaakt, krijgt een ander vervolg naar een diploma. De "
              "stuurgroepleden van de betrokken school en de instelling beslissen daarover samen, na overleg "
              "met de leerling en zijn ouders, met inachtneming van het bereikte niveau en de leeftijd."),
        ("p", "2. In leerjaar 3 en 4 gaat de leerling verder in de reguliere kaderberoepsgerichte leerweg van "
              "zijn school. In de mbo-fase kan hij bij de instelling overstappen naar Verkoper (niveau 2) of "
              "naar een andere opleiding op niveau 3, zoals Logistiek teamleider, zonder dat "
              "vooropleidingseisen worden gesteld."),
        ("p", "3. Heeft de leerling aan het eind van het derde routejaar geen vmbo-diploma, dan volgt hij de "
              "mbo-opleiding verder en krijgt hij de gelegenheid het vmbo-examen bij zijn school opnieuw af te "
              "leggen."),

        ("h", "§ 8 Bekostiging"),
        ("p", "1. De scholen dragen voor iedere routeleerling in leerjaar 4 een bedrag van € 900 per "
              "schooljaar over aan de instelling."),
        ("p", "2. Betaling vindt plaats in twee termijnen, in november en in april."),

        ("h", "§ 9 Inspraak van leerlingen en ouders"),
        ("p", "1. De instelling reserveert in haar studentenraad één zetel voor een routeleerling, ook als "
              "die nog bij een van de scholen staat ingeschreven."),
        ("p", "2. Het concept-PTA/OER wordt vóór vaststelling voor advies voorgelegd aan de "
              "medezeggenschapsraden van beide scholen en aan de studentenraad van de instelling."),

        ("h", "§ 10 Geschillen"),
        ("p", "1. Een geschil over de uitvoering van deze overeenkomst wordt eerst in de stuurgroep besproken."),
        ("p", "2. Lukt een oplossing daar niet binnen vier weken, dan overleggen de drie bestuurders binnen "
              "zes weken in een bestuurlijk overleg."),
        ("p", "3. Leidt ook dat niet tot een oplossing, dan kan elke partij het geschil voorleggen aan de "
              "bevoegde rechter van de rechtbank Noord-Nederland, locatie Assen."),

        ("h", "§ 11 Duur, wijziging en opzegging"),
        ("p", "1. Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "2. Wijziging is alleen mogelijk met schriftelijke instemming van alle drie de besturen."),
        ("p", "3. Elke partij kan opzeggen tegen 1 augustus, met een opzegtermijn van ten minste twaalf "
              "maanden. Opzegging door één partij laat de overeenkomst tussen de andere partijen in stand."),
        ("p", "4. Na opzegging worden bij de opzeggende partij geen nieuwe routeleerlingen meer toegelaten; "
              "routeleerlingen die al begonnen zijn, ronden de route af."),

        ("h", "§ 12 Slotbepaling"),
        ("p", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("p", "In drievoud getekend te Emmen op 26 juni 2025."),
        ("sign", [["Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe\n\n\nJ. Wubs",
                   "Stichting Christelijk Onderwijs Veenkoloniën\n\n\nH. Lubbers",
                   "Stichting Regionaal Opleidingencentrum Hunzeland\n\n\ndrs. A.K. Schepers"]]),
    ],
    justify=False, footer="Retailroute Zuidoost-Drenthe",
    title="Samenwerkingsovereenkomst Retailroute Zuidoost-Drenthe",
)


# ----------------------------------------------------------------------------------------------
# 476 - DOCX, contract clauses (1.1, 1.2) with definitions and schedules, overstap under an
#       unrelated heading, Urk/Lelystad, binnenvaart - fully compliant
# ----------------------------------------------------------------------------------------------
sample(
    476, "clausules_bijlagen_urk_binnenvaart", "docx",
    "Contractstijl met genummerde clausules, definities en bijlagen (financiële tabel), overstapregeling "
    "verstopt onder 'Begeleiding en loopbaan', DOCX, Urk/Lelystad, vmbo bb Maritiem en techniek -> mbo-2 "
    "Matroos binnenvaart bij een vakinstelling; medezeggenschap als afspraak welke raad adviseert; bindend "
    "advies van een deskundige; volledig compliant.",
    "p p p p p p p p p p",
    {"a": "2. Onderwerp van de overeenkomst", "b": "7. Betrokkenheid van de binnenvaartbranche",
     "c": "3. Routemanagement", "d": "4. Rapportage en verantwoording", "e": "6. Uitvoering van het onderwijs",
     "f": "8. Begeleiding en loopbaan", "g": "9. Bekostiging", "h": "5. Medezeggenschap",
     "i": "10. Geschillen", "j": "11. Toetreding, looptijd, wijziging en beëindiging"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Binnenvaart"),
        ("sub", "Zuiderzee Vakcollege (Urk) en Maritiem Vakcentrum Flevoland (Lelystad)"),
        ("p", "DE ONDERGETEKENDEN:"),
        ("p", "1. Stichting Voortgezet Onderwijs IJsselmeerkust, statutair gevestigd te Urk, bevoegd gezag van "
              "het Zuiderzee Vakcollege, school voor vbo, rechtsgeldig vertegenwoordigd door de heer K. "
              "Brouwer, bestuurder, hierna te noemen: \"de School\";"),
        ("p", "2. Stichting Maritiem Vakcentrum Flevoland, statutair gevestigd te Lelystad, vakinstelling en "
              "instelling voor beroepsonderwijs als bedoeld in de WEB, rechtsgeldig vertegenwoordigd door "
              "mevrouw ir. S.M. Koffeman, voorzitter van het college van bestuur, hierna te noemen: \"de "
              "Vakinstelling\";"),
        ("p", "hierna gezamenlijk te noemen: \"Partijen\";"),
        ("p", "IN AANMERKING NEMENDE DAT:"),
        ("p", "(A) de binnenvaart op Urk en in Flevoland een structureel tekort aan matrozen kent;"),
        ("p", "(B) Partijen sinds 2021 samenwerken in een vakmanschapsroute die zij met ingang van het "
              "schooljaar 2025-2026 voortzetten als doorlopende leerroute;"),
        ("p", "KOMEN ALS VOLGT OVEREEN:"),

        ("h", "1. Definities en uitleg"),
        ("p", "1.1 In deze overeenkomst hebben de volgende begrippen de daarbij vermelde betekenis: "
              "\"Route\": de doorlopende leerroute bedoeld in clausule 2; \"Deelnemer\": een leerling of "
              "student die de Route volgt; \"Vo-fase\": leerjaar 3 en 4 van de School binnen de Route; "
              "\"Mbo-fase\": de leerjaren van de Route daarna; \"Routemanagement\": de leiding bedoeld in "
              "clausule 3; \"Lesschip\": het opleidingsschip Flevo I van de Vakinstelling."),
        ("p", "1.2 Kopjes boven de clausules dienen uitsluitend de leesbaarheid. Een afspraak geldt ongeacht "
              "de clausule waarin zij is opgenomen."),
        ("p", "1.3 De bijlagen maken deel uit van deze overeenkomst."),

        ("h", "2. Onderwerp van de overeenkomst"),
        ("p", "2.1 Partijen verzorgen samen een doorlopende leerroute van het profiel Maritiem en techniek in "
              "de basisberoepsgerichte leerweg naar de basisberoepsopleiding Matroos binnenvaart (niveau 2) "
              "in het opleidingsdomein Transport, scheepvaart en logistiek."),
        ("p", "2.2 De Mbo-fase wordt gevolgd in de beroepsopleidende leerweg, met vaarperioden aan boord van "
              "erkende leerbedrijven."),
        ("p", "2.3 Partijen doen gezamenlijk melding van de Route aan de minister door registratie in RIO "
              "vóór 1 oktober 2025."),

        ("h", "3. Routemanagement"),
        ("p", "3.1 De Route wordt geleid door het Routemanagement, dat bestaat uit een routemanager in dienst "
              "van de Vakinstelling en een adjunct-routemanager in dienst van de School."),
        ("p", "3.2 De routemanager wordt benoemd door het college van bestuur van de Vakinstelling, in "
              "overeenstemming met de bestuurder van de School. De adjunct-routemanager wordt benoemd door de "
              "bestuurder van de School, in overeenstemming met het college van bestuur van de Vakinstelling. "
              "Benoeming geschiedt voor drie jaar en kan worden herhaald."),
        ("p", "3.3 Het Routemanagement is belast met de jaarplanning, het opstellen van het gezamenlijke "
              "PTA/OER, de inroostering van het Lesschip, de inzet van het personeel bedoeld in clausule 6, "
              "het contact met de branche bedoeld in clausule 7 en de beslissingen bedoeld in clausule 8.4."),
        ("p", "3.4 Partijen mandateren het Routemanagement om binnen de door beide besturen vastgestelde "
              "jaarbegroting van de Route zelfstandig verplichtingen aan te gaan en de onderwijsuitvoering te "
              "regelen. Vaststelling van het PTA/OER en van de jaarbegroting, en aangelegenheden die "
              "rechtspositionele gevolgen hebben voor personeel, zijn voorbehouden aan de besturen."),

        ("h", "4. Rapportage en verantwoording"),
        ("p", "4.1 Na afloop van elke onderwijsperiode, vier keer per jaar, zendt het Routemanagement aan beide "
              "besturen een voortgangsrapportage met de aantallen Deelnemers, verzuim, uitval, behaalde "
              "examens en de stand van de jaarbegroting."),
        ("p", "4.2 Vóór 1 juli legt het Routemanagement een jaarplan met begroting ter vaststelling voor; vóór "
              "1 november legt het in een jaarverslag verantwoording af over het afgelopen schooljaar."),
        ("p", "4.3 De bestuurder van de School en het college van bestuur van de Vakinstelling bespreken de "
              "Route met het Routemanagement in oktober en maart in een bestuurlijk overleg."),

        ("h", "5. Medezeggenschap"),
        ("p", "5.1 Partijen stellen voor de Route geen gezamenlijk medezeggenschapsorgaan in."),
        ("p", "5.2 Partijen komen overeen dat voorgenomen besluiten over de Vo-fase worden voorgelegd aan de "
              "medezeggenschapsraad van de School en voorgenomen besluiten over de Mbo-fase aan de "
              "studentenraad en de ondernemingsraad van de Vakinstelling. Besluiten die beide fasen raken, "
              "zoals wijziging van het PTA/OER of van deze overeenkomst, worden aan alle drie de raden "
              "voorgelegd."),
        ("p", "5.3 Het jaarverslag bedoeld in clausule 4.2 wordt aan de drie raden toegezonden."),

        ("h", "6. Uitvoering van het onderwijs"),
        ("p", "6.1 De Vo-fase wordt verzorgd in het gebouw van de School op Urk; de Mbo-fase in het gebouw van "
              "de Vakinstelling in Lelystad en aan boord van het Lesschip, dat in de haven van Urk ligt."),
        ("p", "6.2 Partijen beschrijven voor de gehele Route het onderwijsprogramma, de examinering en de "
              "beroepspraktijkvorming per leerjaar in het gezamenlijke PTA/OER."),
        ("p", "6.3 Het onderwijs wordt verzorgd door één team, bestaande uit twee leraren techniek en een "
              "leraar Nederlands van de School en een schipper-instructeur en een docent scheepstechniek van "
              "de Vakinstelling. In het onderdeel Varen en vastmaken in leerjaar 4 wordt gebruikgemaakt van "
              "teambevoegdheid. Ieder blijft in dienst van zijn eigen werkgever."),
        ("p", "6.4 De Vakinstelling stelt het Lesschip en haar navigatiesimulator elke woensdag beschikbaar "
              "voor Deelnemers in leerjaar 4. De School stelt haar metaalwerkplaats beschikbaar voor de lessen "
              "scheepstechniek in de Mbo-fase."),
        ("p", "6.5 Aan boord van het Lesschip geldt het veiligheidsprotocol van de Vakinstelling. Klachten over "
              "personeel van de ene Partij die bij de andere Partij worden ingediend, worden in overleg "
              "tussen beide klachtenfunctionarissen behandeld volgens de regeling van de Partij waar de klacht "
              "binnenkwam."),

        ("h", "7. Betrokkenheid van de binnenvaartbranche"),
        ("p", "7.1 De Vereniging Urker Binnenvaartondernemers en Rederij Van Slooten B.V. nemen deel aan een "
              "branchetafel die het Routemanagement twee keer per jaar bijeenroept en die adviseert over het "
              "programma en de keuzedelen."),
        ("p", "7.2 Leden van de vereniging bieden Deelnemers in leerjaar 4 meevaardagen aan en stellen in de "
              "Mbo-fase erkende leerplaatsen aan boord beschikbaar voor de vaarperioden."),
        ("p", "7.3 Schippers van deze bedrijven verzorgen gastlessen over de praktijk aan boord en treden op "
              "als praktijkbeoordelaar bij de examens in de beroepspraktijk."),

        ("h", "8. Begeleiding en loopbaan"),
        ("p", "8.1 Iedere Deelnemer heeft gedurende de hele Route één vaste loopbaanbegeleider, in de Vo-fase "
              "van de School en in de Mbo-fase van de Vakinstelling; bij de overgang vindt een "
              "overdrachtsgesprek plaats."),
        ("p", "8.2 Loopbaanoriëntatie is in elk leerjaar in het programma opgenomen."),
        ("p", "8.3 Een Deelnemer die de Route niet voortzet, houdt recht op een weg naar een diploma. In de "
              "Vo-fase zet hij zijn opleiding voort in de basisberoepsgerichte leerweg van de School, in het "
              "profiel Maritiem en techniek of in een ander profiel, en behaalt hij daar het vmbo-diploma. In "
              "de Mbo-fase kan hij bij de Vakinstelling de opleiding Matroos binnenvaart in de "
              "beroepsbegeleidende leerweg volgen of overstappen naar een andere opleiding op niveau 2, "
              "zonder aanvullende toelatingseisen. Heeft hij aan het eind van het derde routejaar het "
              "vmbo-diploma niet, dan volgt hij de mbo-opleiding verder en legt hij het vmbo-examen opnieuw af "
              "bij de School. Kiest hij voor een opleiding bij een andere instelling, dan zorgen Partijen voor "
              "een warme overdracht en verstrekken zij de gegevens voor een geschiktheidsonderzoek."),
        ("p", "8.4 Welke weg een Deelnemer volgt, beslissen de routemanager en de adjunct-routemanager "
              "gezamenlijk, na een gesprek met de Deelnemer en zijn ouders of verzorgers en met inachtneming "
              "van het bereikte onderwijsniveau en de leeftijd van de Deelnemer."),

        ("h", "9. Bekostiging"),
        ("p", "9.1 De School draagt met toepassing van artikel 5.42a WVO 2020 per Deelnemer in leerjaar 4 een "
              "bedrag van € 1.400 per schooljaar over aan de Vakinstelling, bestemd voor de vaaruren van het "
              "Lesschip en de inzet van de schipper-instructeur in de Vo-fase. Bijlage A geeft de "
              "onderbouwing."),
        ("p", "9.2 De Vakinstelling draagt geen bekostiging over aan de School."),
        ("p", "9.3 Peildatum is 1 oktober; de School betaalt vóór 1 februari."),

        ("h", "10. Geschillen"),
        ("p", "10.1 Partijen trachten een geschil over de uitvoering van deze overeenkomst eerst op te lossen "
              "in het Routemanagement en, als dat binnen vier weken niet lukt, in een bestuurlijk overleg "
              "binnen vier weken daarna."),
        ("p", "10.2 Is het geschil daarna niet opgelost, dan legt de meest gerede Partij het voor aan één "
              "onafhankelijke deskundige, die Partijen samen aanwijzen of, als zij het daarover binnen twee "
              "weken niet eens worden, de deken van de Orde van Advocaten in het arrondissement "
              "Midden-Nederland. De deskundige beslist bij bindend advies, binnen acht weken."),
        ("p", "10.3 De kosten van de deskundige worden gedragen in de verhouding die de deskundige bepaalt."),

        ("h", "11. Toetreding, looptijd, wijziging en beëindiging"),
        ("p", "11.1 Een andere school voor vbo of mavo of een andere instelling voor beroepsonderwijs kan tot "
              "deze overeenkomst toetreden, mits beide Partijen schriftelijk instemmen, de toetredende partij "
              "de overeenkomst inclusief bijlagen aanvaardt en de toetreding ingaat bij het begin van een "
              "schooljaar. De melding in RIO wordt aangepast."),
        ("p", "11.2 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde "
              "tijd."),
        ("p", "11.3 Deze overeenkomst kan uitsluitend schriftelijk worden gewijzigd, met handtekening van beide "
              "besturen. Een wijziging treedt niet eerder in werking dan het eerstvolgende schooljaar, tenzij "
              "zij uitsluitend in het voordeel van Deelnemers is."),
        ("p", "11.4 Elk van Partijen kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus, "
              "met een opzegtermijn van ten minste twaalf maanden. Ontbinding is mogelijk bij een toerekenbare "
              "tekortkoming die na schriftelijke ingebrekestelling niet binnen zestig dagen is hersteld."),
        ("p", "11.5 Na opzegging of ontbinding worden geen nieuwe Deelnemers toegelaten. Deelnemers die de "
              "Route al volgen, ronden haar af op de voet van deze overeenkomst, die voor hen van kracht "
              "blijft; is afronding niet mogelijk, dan geldt clausule 8.3."),

        ("h", "12. Overige bepalingen"),
        ("p", "12.1 Partijen wisselen alleen de persoonsgegevens van Deelnemers uit die voor de Route nodig "
              "zijn, overeenkomstig de AVG."),
        ("p", "12.2 Schade aan het Lesschip door Deelnemers in de Vo-fase komt, voor zover niet gedekt door "
              "verzekering, voor rekening van de School."),
        ("p", "12.3 Op deze overeenkomst is Nederlands recht van toepassing."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Urk op 1 juli 2025."),
        ("sign", [["Stichting Voortgezet Onderwijs IJsselmeerkust\n\n\nK. Brouwer, bestuurder",
                   "Stichting Maritiem Vakcentrum Flevoland\n\n\nir. S.M. Koffeman, voorzitter college van "
                   "bestuur"]]),
        ("pb",),
        ("h", "Bijlage A - Onderbouwing overdracht (clausule 9)"),
        ("table", [["Post", "Per Deelnemer per schooljaar"],
                   ["Vaaruren Lesschip (36 woensdagen, aandeel per Deelnemer)", "€ 850"],
                   ["Inzet schipper-instructeur in de Vo-fase", "€ 480"],
                   ["Brandstof en verbruik simulator", "€ 70"],
                   ["Totaal", "€ 1.400"]], [0.7, 0.3]),
        ("h", "Bijlage B - Contactpersonen"),
        ("table", [["Rol", "Naam", "Organisatie"],
                   ["Routemanager", "M. Hoekstra", "Maritiem Vakcentrum Flevoland"],
                   ["Adjunct-routemanager", "A. Kramer", "Zuiderzee Vakcollege"],
                   ["Contact branchetafel", "J. Visser", "Vereniging Urker Binnenvaartondernemers"]],
         [0.35, 0.25, 0.4]),
    ],
    docx_font="Cambria", docx_size=10.5, header="Samenwerkingsovereenkomst DLR Binnenvaart - definitief",
    title="Samenwerkingsovereenkomst doorlopende leerroute Binnenvaart",
)


# ---- main ----

def main(argv):
    args = argv[1:]
    if args and args[0] == "--check":
        nums = [int(a) for a in args[1:]] or sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = [int(a) for a in args] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d (this script builds %s)" % (n, sorted(SAMPLES)))
    build(nums)


if __name__ == "__main__":
    main(sys.argv)
