#!/usr/bin/env python3
"""Build training sample agreements 429-436 for leerroute-check (batch train28a).

Written by an independent author (a helper session) from the two official guidance documents in
shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), shared/domain.md and
sample_agreements/LABELS.md only, without looking at the checker code, its models or tests, or at the
texts and build scripts of the other samples. All schools, instellingen, companies and people are
made up.

Usage:
    python3 build_samples_train28a.py            build all samples
    python3 build_samples_train28a.py 429 431    build only these
    python3 build_samples_train28a.py --check    open every produced file and verify it
"""
import io
import json
import math
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

SAMPLES = {}


def sample(num, name, fmt, statuses, evidence, description, absent=()):
    """Register a builder. `absent`: strings that must NOT occur in the extracted text."""
    def deco(fn):
        SAMPLES[num] = dict(num=num, name=name, fmt=fmt, statuses=statuses, evidence=evidence,
                            description=description, builder=fn, absent=list(absent))
        return fn
    return deco


def st(s):
    """'p p w p ...' (a..j) -> statuses dict."""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10, s
    return {k: m[v] for k, v in zip("abcdefghij", parts)}


# --------------------------------------------------------------------------------------------
# Plain text / markdown
# --------------------------------------------------------------------------------------------

def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


# --------------------------------------------------------------------------------------------
# PDF (reportlab)
# --------------------------------------------------------------------------------------------

def _pdf_styles(base=10):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    s = {}
    s["title"] = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=base + 6,
                                leading=base + 9, alignment=TA_CENTER, spaceAfter=6)
    s["sub"] = ParagraphStyle("sub", fontName="Helvetica", fontSize=base, leading=base + 3,
                              alignment=TA_CENTER, spaceAfter=10)
    s["h"] = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=base + 1, leading=base + 4,
                            spaceBefore=8, spaceAfter=3, keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=base, leading=base + 3,
                             spaceBefore=5, spaceAfter=2, keepWithNext=1)
    s["p"] = ParagraphStyle("p", fontName="Helvetica", fontSize=base, leading=base + 3.5,
                            alignment=TA_JUSTIFY, spaceAfter=4)
    s["pl"] = ParagraphStyle("pl", parent=s["p"], alignment=TA_LEFT)
    s["li"] = ParagraphStyle("li", parent=s["p"], leftIndent=14, bulletIndent=3, spaceAfter=2)
    s["sig"] = ParagraphStyle("sig", fontName="Helvetica", fontSize=base, leading=base + 3.5,
                              alignment=TA_LEFT, spaceAfter=2)
    s["small"] = ParagraphStyle("small", fontName="Helvetica", fontSize=base - 2, leading=base + 1,
                                alignment=TA_LEFT)
    return s


def md_inline(text):
    """Escape text for reportlab and turn **x** into bold."""
    t = escape(text).replace("&lt;br/&gt;", "<br/>")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


def pdf_story(blocks, styles):
    from reportlab.platypus import Paragraph, Spacer
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "li":
            story.append(Paragraph(md_inline(b[1]), styles["li"], bulletText="\u2013"))
        elif kind == "keep":
            from reportlab.platypus import KeepTogether
            story.append(KeepTogether(pdf_story(b[1], styles)))
        elif kind == "fb":
            from reportlab.platypus import FrameBreak
            story.append(FrameBreak())
        elif kind == "pb":
            from reportlab.platypus import PageBreak
            story.append(PageBreak())
        else:
            story.append(Paragraph(md_inline(b[1]), styles[kind]))
    return story


def _footer(label):
    def draw(canvas, doc):
        from reportlab.lib.pagesizes import A4
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, 28, label)
        canvas.drawRightString(A4[0] - 56, 28, "pagina %d" % doc.page)
        canvas.restoreState()
    return draw


def build_pdf_simple(path, blocks, title, footer, base=10, author="", margins=(62, 56, 62, 56)):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate
    styles = _pdf_styles(base)
    top, right, bottom, left = margins
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=top, rightMargin=right,
                            bottomMargin=bottom, leftMargin=left, title=title, author=author,
                            subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                            creator="", invariant=1)
    cb = _footer(footer)
    doc.build(pdf_story(blocks, styles), onFirstPage=cb, onLaterPages=cb)


def build_pdf_two_columns(path, head_blocks, blocks, title, footer, base=9, author=""):
    """Title block over the full width on page 1, then two columns on every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, NextPageTemplate, FrameBreak
    from reportlab.lib.enums import TA_LEFT
    styles = _pdf_styles(base)
    styles["p"].alignment = TA_LEFT
    styles["li"].alignment = TA_LEFT
    W, H = A4
    lm, rm, tm, bm, gap = 50, 50, 50, 50, 18
    colw = (W - lm - rm - gap) / 2
    head_h = 118
    first = [
        Frame(lm, H - tm - head_h, W - lm - rm, head_h, id="head", showBoundary=0),
        Frame(lm, bm, colw, H - tm - bm - head_h, id="c1"),
        Frame(lm + colw + gap, bm, colw, H - tm - bm - head_h, id="c2"),
    ]
    later = [
        Frame(lm, bm, colw, H - tm - bm, id="l1"),
        Frame(lm + colw + gap, bm, colw, H - tm - bm, id="l2"),
    ]
    cb = _footer(footer)
    doc = BaseDocTemplate(path, pagesize=A4, title=title, author=author,
                          subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                          creator="", invariant=1)
    doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=cb),
                          PageTemplate(id="later", frames=later, onPage=cb)])
    story = pdf_story(head_blocks, styles)
    story.append(NextPageTemplate("later"))
    story.append(FrameBreak())
    story += pdf_story(blocks, styles)
    doc.build(story)


def build_pdf_toc(path, cover_blocks, blocks, title, footer, base=10, author=""):
    """Cover, a table of contents with page numbers (chapters 'h', articles 'h2'), then the text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, PageBreak
    from reportlab.platypus.tableofcontents import TableOfContents

    styles = _pdf_styles(base)

    class TocDoc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            if isinstance(flowable, Paragraph):
                name = flowable.style.name
                if name in ("h", "h2"):
                    self.notify("TOCEntry", (0 if name == "h" else 1, flowable.getPlainText(), self.page))

    W, H = A4
    frame = Frame(62, 56, W - 124, H - 118, id="body")
    cb = _footer(footer)
    doc = TocDoc(path, pagesize=A4, title=title, author=author,
                 subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo", creator="", invariant=1)
    doc.addPageTemplates([PageTemplate(id="all", frames=[frame], onPage=cb)])
    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle("toc0", fontName="Helvetica-Bold", fontSize=base, leading=base + 4, leftIndent=0,
                       firstLineIndent=0),
        ParagraphStyle("toc1", fontName="Helvetica", fontSize=base - 1, leading=base + 2, leftIndent=16,
                       firstLineIndent=0),
    ]
    toc.dotsMinLevel = 0
    story = pdf_story(cover_blocks, styles)
    story.append(PageBreak())
    story.append(Paragraph("Inhoud", styles["title"]))
    story.append(toc)
    story.append(PageBreak())
    story += pdf_story(blocks, styles)
    doc.multiBuild(story)


# --------------------------------------------------------------------------------------------
# DOCX (raw WordprocessingML, written deterministically)
# --------------------------------------------------------------------------------------------

NS_DECL = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'mc:Ignorable="w14 wp14"'
)

REV_DATE = "2025-06-12T10:15:00Z"


class Docx:
    """Tiny deterministic DOCX writer: paragraphs, headings, tracked changes, text boxes."""

    def __init__(self, title, creator, track=False):
        self.title = title
        self.creator = creator
        self.track = track
        self.body = []
        self._rev = 100
        self._shape = 1

    # runs -------------------------------------------------------------------------------
    @staticmethod
    def _rpr(bold=False, italic=False, size=None):
        x = ""
        if bold:
            x += "<w:b/>"
        if italic:
            x += "<w:i/>"
        if size:
            x += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
        return "<w:rPr>%s</w:rPr>" % x if x else ""

    def _run(self, text, bold=False, italic=False, size=None, deleted=False):
        tag = "w:delText" if deleted else "w:t"
        return '<w:r>%s<%s xml:space="preserve">%s</%s></w:r>' % (
            self._rpr(bold, italic, size), tag, escape(text), tag)

    def _runs(self, parts, bold=False, size=None):
        """parts: str | ('b', s) | ('i', s) | ('ins', s, author) | ('del', s, author)."""
        if isinstance(parts, str):
            parts = [parts]
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(self._run(p, bold=bold, size=size))
            elif p[0] == "b":
                out.append(self._run(p[1], bold=True, size=size))
            elif p[0] == "i":
                out.append(self._run(p[1], italic=True, size=size))
            elif p[0] in ("ins", "del"):
                self._rev += 1
                author = p[2] if len(p) > 2 else "J. de Wit (ROC)"
                tag = "w:ins" if p[0] == "ins" else "w:del"
                out.append('<%s w:id="%d" w:author="%s" w:date="%s">%s</%s>' % (
                    tag, self._rev, escape(author), REV_DATE,
                    self._run(p[1], bold=bold, size=size, deleted=(p[0] == "del")), tag))
            else:
                raise ValueError(p)
        return "".join(out)

    # paragraphs -------------------------------------------------------------------------
    def _para(self, parts, style=None, bold=False, align=None, size=None, ind=None, keep=False):
        ppr = ""
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if keep:
            ppr += "<w:keepNext/>"
        if ind:
            ppr += '<w:ind w:left="%d" w:hanging="284"/>' % ind
        if align:
            ppr += '<w:jc w:val="%s"/>' % align
        ppr = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
        return "<w:p>%s%s</w:p>" % (ppr, self._runs(parts, bold=bold, size=size))

    def title_(self, text):
        self.body.append(self._para(text, style="Title"))

    def sub(self, text):
        self.body.append(self._para(text, align="center", size=20))

    def h1(self, text):
        self.body.append(self._para(text, style="Heading1"))

    def h2(self, text):
        self.body.append(self._para(text, style="Heading2"))

    def p(self, parts, **kw):
        self.body.append(self._para(parts, **kw))

    def li(self, parts):
        if isinstance(parts, str):
            parts = [parts]
        self.body.append(self._para(["\u2013\t"] + list(parts), ind=567))

    def empty(self):
        self.body.append("<w:p/>")

    def pagebreak(self):
        self.body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def box(self, title, paras):
        """A text box (DrawingML shape with VML fallback, as Word writes it) holding a key clause."""
        inner = [self._para([("b", title)], keep=True)]
        nlines = 2
        for q in paras:
            if isinstance(q, tuple) and q[0] == "li":
                inner.append(self._para(["\u2013\t", q[1]], ind=454, size=20))
                nlines += math.ceil(len(q[1]) / 88.0)
            else:
                inner.append(self._para(q, size=20))
                txt = q if isinstance(q, str) else "".join(x if isinstance(x, str) else x[1] for x in q)
                nlines += math.ceil(len(txt) / 92.0) + 0.5
        content = "<w:txbxContent>%s</w:txbxContent>" % "".join(inner)
        height_pt = int(nlines * 13.5 + 16)
        cx, cy = 5760000, height_pt * 12700
        sid = self._shape
        self._shape += 1
        choice = (
            '<mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:docPr id="%d" name="Tekstvak %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F3EEF6"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="7A4E8C"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx>%s</wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
            '<a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        ) % (cx, cy, sid, sid, cx, cy, content)
        fallback = (
            '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
            'o:connecttype="rect"/></v:shapetype><v:shape id="Tekstvak%d" o:spid="_x0000_s%d" type="#_x0000_t202" '
            'style="width:453.55pt;height:%dpt;mso-position-horizontal-relative:char;mso-position-vertical-relative:line" '
            'fillcolor="#f3eef6" strokecolor="#7a4e8c"><v:textbox style="mso-fit-shape-to-text:t">%s</v:textbox>'
            '</v:shape></w:pict></mc:Fallback>'
        ) % (sid, 1024 + sid, height_pt, content)
        self.body.append('<w:p><w:r><mc:AlternateContent>%s%s</mc:AlternateContent></w:r></w:p>'
                         % (choice, fallback))

    # package ----------------------------------------------------------------------------
    def _document_xml(self):
        sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
                'w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS_DECL, "".join(self.body), sect))

    @staticmethod
    def _styles_xml():
        def pstyle(sid, name, rpr, ppr="", based="Normal"):
            return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="%s"/>'
                    '<w:next w:val="Normal"/><w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>'
                    % (sid, name, based, ppr, rpr))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
                '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault>'
                '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
                '</w:docDefaults>'
                '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
                + pstyle("Title", "Title", '<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/>',
                         '<w:jc w:val="center"/><w:spacing w:after="240"/>')
                + pstyle("Heading1", "heading 1", '<w:b/><w:sz w:val="26"/><w:szCs w:val="26"/><w:color w:val="1F3864"/>',
                         '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/>')
                + pstyle("Heading2", "heading 2", '<w:b/><w:sz w:val="23"/><w:szCs w:val="23"/>',
                         '<w:keepNext/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="1"/>')
                + '</w:styles>')

    def _settings_xml(self):
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                + ("<w:trackRevisions/>" if self.track else "")
                + '<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '</w:settings>')

    def _core_xml(self):
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
                '<cp:revision>4</cp:revision>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-30T09:00:00Z</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-30T09:00:00Z</dcterms:modified>'
                '</cp:coreProperties>' % (escape(self.title), escape(self.creator), escape(self.creator)))

    def save(self, path):
        files = [
            ("[Content_Types].xml",
             '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
             '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
             '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
             '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
             '</Types>'),
            ("_rels/.rels",
             '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
             '</Relationships>'),
            ("word/_rels/document.xml.rels",
             '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
             '</Relationships>'),
            ("word/document.xml", self._document_xml()),
            ("word/styles.xml", self._styles_xml()),
            ("word/settings.xml", self._settings_xml()),
            ("docProps/core.xml", self._core_xml()),
            ("docProps/app.xml",
             '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
             '<Application>Microsoft Office Word</Application><TotalTime>0</TotalTime></Properties>'),
        ]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in files:
                zi = zipfile.ZipInfo(name, date_time=(2025, 6, 30, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, data.encode("utf-8"))


# --------------------------------------------------------------------------------------------
# Text extraction for --check
# --------------------------------------------------------------------------------------------

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_NS = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def extract_docx(path):
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []

    def walk(el):
        if el.tag == MC_NS + "Fallback":
            return  # same content as mc:Choice
        if el.tag == W_NS + "t" and el.text:
            out.append(el.text)
        elif el.tag == W_NS + "tab":
            out.append(" ")
        for ch in el:
            walk(ch)
        if el.tag == W_NS + "p":
            out.append("\n")

    walk(root)
    return "".join(out)


def extract_pdf(path):
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


def extract(path):
    if path.endswith(".pdf"):
        return extract_pdf(path)
    if path.endswith(".docx"):
        import docx  # python-docx must be able to open it
        docx.Document(path)
        return extract_docx(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", s).strip()


# ============================================================================================
# Agreements
# ============================================================================================

# --------------------------------------------------------------------------------------------
# 429 - PDF in two columns, Eemsdelta, Maritiem en techniek bb -> Matroos binnenvaart niveau 2
# --------------------------------------------------------------------------------------------

@sample(429, "429_twee_kolommen_binnenvaart_eemsdelta", "pdf",
        st("p p p p p p p p p p"),
        {"a": "\u00a7 1 Wat wij samen aanbieden",
         "b": "\u00a7 2 Wie uit de binnenvaart meedoet",
         "c": "\u00a7 3 De routeregie",
         "d": "\u00a7 4 Rekenschap aan de besturen",
         "e": "\u00a7 5 Lessen, mensen en middelen",
         "f": "\u00a7 6 Als de route niet past",
         "g": "\u00a7 7 Geld",
         "h": "\u00a7 8 Inspraak",
         "i": "\u00a7 9 Als wij het oneens zijn",
         "j": "\u00a7 10 Nieuwe partners, wijzigen en stoppen"},
        "PDF set in two columns with a full-width title block and short '\u00a7 N' headings in plain, "
        "informal Dutch; Eemsdelta (Delfzijl), Maritiem en techniek bb -> Matroos binnenvaart niveau 2 at a "
        "maritime vakinstelling; schippers' association and leerbedrijven aboard, routeregie with "
        "appointment by both boards, explicit no transfer of funding, extra inspraak for route pupils; "
        "fully compliant.")
def build_429(path):
    head = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("sub", "Route \u2018Aan dek\u2019: Maritiem en techniek (basisberoepsgerichte leerweg) \u2013 "
                "Matroos binnenvaart (mbo niveau 2)"),
        ("pl", "**Partijen.** (1) Stichting Openbaar Voortgezet Onderwijs Eemsdelta, bevoegd gezag van het "
               "Dollardcollege, school voor vmbo te Delfzijl, vertegenwoordigd door mevrouw H.J. Dijkhuis-Oosting, "
               "voorzitter van het college van bestuur (hierna: \u2018de school\u2019); en (2) Stichting Maritiem "
               "Vakonderwijs Noord, bevoegd gezag van de Maritieme Vakschool Noord te Delfzijl, instelling voor "
               "beroepsonderwijs, vertegenwoordigd door de heer R. Hovinga, bestuurder (hierna: \u2018de "
               "vakschool\u2019). Beide besturen verklaren het volgende te zijn overeengekomen."),
    ]
    body = [
        ("h", "\u00a7 1 Wat wij samen aanbieden"),
        ("p", "Vanaf het schooljaar 2025-2026 verzorgen de school en de vakschool samen \u00e9\u00e9n doorlopende "
              "leerroute. Leerlingen van de basisberoepsgerichte leerweg met het profiel Maritiem en techniek "
              "stromen in het derde leerjaar in en werken in vier schooljaren toe naar het vmbo-diploma en naar "
              "het mbo-diploma Matroos binnenvaart, niveau 2 (basisberoepsopleiding, beroepsopleidende leerweg), "
              "in het opleidingsdomein Transport, scheepvaart en logistiek. In de eerste twee routejaren staan de "
              "leerlingen ingeschreven bij de school, vanaf het derde routejaar bij de vakschool."),
        ("h", "\u00a7 2 Wie uit de binnenvaart meedoet"),
        ("p", "De Vereniging Binnenvaartondernemers Eems-Dollard en vijf door SBB erkende leerbedrijven "
              "(rederijen en particuliere schippers; de namen staan in de bijlage) doen als volgt mee:"),
        ("li", "zij bieden in routejaar 2 vier meevaardagen per leerling en in routejaar 3 en 4 de bpv-plaatsen "
               "aan boord;"),
        ("li", "een schipper-praktijkopleider beoordeelt samen met de examinator van de vakschool de proeve van "
               "bekwaamheid aan boord;"),
        ("li", "de vereniging wijst twee schippers aan voor de Raad van Schippers, die twee keer per jaar met de "
               "routeregie het programma doorneemt en gevraagd en ongevraagd advies geeft over de praktijkmodules "
               "en de keuzedelen."),
        ("h", "\u00a7 3 De routeregie"),
        ("p", "De leiding over de route ligt bij de routeregie. Die bestaat uit de afdelingsleider bovenbouw "
              "beroepsgericht van de school, de teamleider nautisch onderwijs van de vakschool en de "
              "routecoördinator. Het college van bestuur van de school wijst de afdelingsleider aan en het "
              "bestuur van de vakschool de teamleider. De routecoördinator wordt op voordracht van die twee door "
              "beide besturen samen voor twee schooljaren aangesteld; herbenoeming is mogelijk."),
        ("p", "De besturen dragen aan de routeregie op: het vaststellen van het jaarrooster en van het gezamenlijke "
              "PTA/OER binnen deze overeenkomst, de toelating van leerlingen tot de route, de verdeling van de "
              "docenten en instructeurs over het programma, het besluit over een overstap (\u00a7 6) en het "
              "contact met de leerbedrijven. De routeregie mag uitgaven doen binnen het routebudget dat de besturen "
              "ieder jaar goedkeuren. Beslissingen over personeel in dienst, over investeringen en over wijziging "
              "van deze overeenkomst houden de besturen aan zich."),
        ("h", "\u00a7 4 Rekenschap aan de besturen"),
        ("p", "De routeregie legt twee keer per jaar schriftelijk rekenschap af aan beide besturen: vóór 1 december "
              "met een startnotitie over de instroom en de eerste periode, en vóór 1 juli met een jaarverslag over "
              "doorstroom, uitval en overstappen, examenresultaten, de bpv en de besteding van het routebudget. Het "
              "jaarverslag wordt besproken in het bestuurlijk overleg van juli. Bij een ernstig incident aan boord "
              "of op school informeert de routecoördinator beide besturen binnen twee werkdagen."),
        ("h", "\u00a7 5 Lessen, mensen en middelen"),
        ("p", "Routejaar 1 en 2 worden gegeven in het gebouw van de school aan de Oosterhornweg in Delfzijl en, "
              "\u00e9\u00e9n dag per week, aan boord van het opleidingsschip Eemsgat van de vakschool. Routejaar 3 "
              "en 4 worden gegeven op de vakschool en bij de leerbedrijven. Het gezamenlijke PTA/OER legt per "
              "routejaar vast welke onderdelen tot het vmbo behoren, welke tot het mbo en welke samen worden "
              "getoetst; het vmbo-examen is uiterlijk aan het eind van routejaar 3 afgerond."),
        ("p", "De docenten van beide partijen vormen \u00e9\u00e9n team. De school levert de docenten voor de "
              "algemene vakken en het profielvak; de vakschool levert twee instructeurs nautiek en een instructeur "
              "scheepstechniek, die ook in routejaar 1 en 2 op de school lesgeven. Voor de module Werken aan boord "
              "wordt teambevoegdheid toegepast; voor elk programmaonderdeel zit er ten minste \u00e9\u00e9n "
              "bevoegde docent in het team. Iedere partij blijft werkgever van haar eigen mensen."),
        ("p", "Over en weer worden gebruikt: het opleidingsschip, de radarsimulator en de marifoonruimte van de "
              "vakschool, en de metaalwerkplaats, de theorielokalen en de mediatheek van de school. De "
              "routecoördinator plant het gebruik in. Een klacht over een docent of instructeur van de andere "
              "partij handelt de partij die de klacht ontvangt samen met de andere partij af, volgens haar eigen "
              "klachtenregeling."),
        ("h", "\u00a7 6 Als de route niet past"),
        ("p", "Stopt een leerling met de route voordat hij of zij beide diploma's heeft, dan besluiten de school en "
              "de vakschool samen, na een gesprek met de leerling en de ouders, welke weg naar een diploma het meest "
              "kansrijk is. Zij kijken naar wat de leerling al heeft behaald en naar de leeftijd. In elk geval staan "
              "deze wegen open:"),
        ("li", "in routejaar 1 of 2: verder in de gewone basisberoepsgerichte leerweg Maritiem en techniek of in een "
               "ander profiel van de school, op weg naar het vmbo-diploma;"),
        ("li", "wie aan het eind van routejaar 3 het vmbo-diploma niet heeft: door in een opleiding op niveau 2 van "
               "de vakschool, zonder dat het ontbrekende vmbo-diploma in de weg staat, of een extra jaar op de "
               "school om het vmbo-examen alsnog te halen;"),
        ("li", "wie een andere richting kiest: een opleiding op niveau 2 bij een andere instelling in de regio; de "
               "school en de vakschool zorgen voor een warme overdracht en vragen de ontvangende instelling om een "
               "geschiktheidsonderzoek."),
        ("p", "De uitwerking staat in de schoolgids van beide partijen."),
        ("h", "\u00a7 7 Geld"),
        ("p", "Geen van beide partijen draagt een deel van de ontvangen rijksbijdrage over aan de ander. Ieder "
              "betaalt het eigen personeel en de eigen voorzieningen; het gebruik van elkaars ruimten en van het "
              "schip wordt niet verrekend."),
        ("h", "\u00a7 8 Inspraak"),
        ("p", "Leerlingen in routejaar 1 en 2 vallen onder de medezeggenschapsraad van de school, studenten vanaf "
              "routejaar 3 onder de studentenraad van de vakschool. Daarbovenop spreken wij af: (a) de "
              "route-leerlingen kiezen elk jaar \u00e9\u00e9n vertegenwoordiger die al in routejaar 2 met "
              "adviserende stem aan de vergaderingen van de studentenraad van de vakschool deelneemt; (b) een "
              "voorgenomen wijziging van de route of van deze overeenkomst gaat voor advies naar de "
              "medezeggenschapsraad van de school \u00e9n naar de studentenraad en de ondernemingsraad van de "
              "vakschool; (c) de personeelsgeleding van de medezeggenschapsraad en de ondernemingsraad vergaderen "
              "eenmaal per jaar samen over de route."),
        ("h", "\u00a7 9 Als wij het oneens zijn"),
        ("p", "Een meningsverschil over de uitvoering van deze overeenkomst bespreekt eerst de routeregie. Is het "
              "daar na vier weken niet opgelost, dan legt elk lid het schriftelijk voor aan het bestuurlijk overleg "
              "van beide besturen. Levert ook dat binnen zes weken geen oplossing op, dan schakelen de partijen "
              "een mediator in die zij samen kiezen. Blijft het geschil daarna bestaan, dan beslist de bevoegde "
              "rechter in de rechtbank Noord-Nederland."),
        ("h", "\u00a7 10 Nieuwe partners, wijzigen en stoppen"),
        ("p", "Een andere vmbo-school of mbo-instelling kan zich aansluiten als beide besturen daar schriftelijk mee "
              "instemmen, de nieuwe partij deze overeenkomst met een toetredingsverklaring aanvaardt en de route "
              "samen bij DUO wordt gemeld; de aansluiting gaat in op 1 augustus."),
        ("p", "Deze overeenkomst verandert alleen door een stuk dat beide besturen hebben getekend. Een wijziging "
              "die het programma van een lopend leerjaar raakt, gaat pas in bij het volgende schooljaar."),
        ("p", "Opzeggen kan schriftelijk tegen 1 augustus, met een termijn van ten minste twaalf maanden. Ontbinden "
              "kan als een partij ernstig tekortschiet en dat na een schriftelijke aanmaning niet binnen twee "
              "maanden herstelt. Na opzegging of ontbinding nemen de partijen geen nieuwe leerlingen meer op, maar "
              "maken zij de route af voor iedereen die al begonnen is; lukt dat niet, dan geldt \u00a7 6."),
        ("h", "Ondertekening"),
        ("sig", "Delfzijl, 30 juni 2025"),
        ("sig", "Namens Stichting Openbaar Voortgezet Onderwijs Eemsdelta:"),
        ("sig", "H.J. Dijkhuis-Oosting, voorzitter college van bestuur"),
        ("sp", 10),
        ("sig", "Namens Stichting Maritiem Vakonderwijs Noord:"),
        ("sig", "R. Hovinga, bestuurder"),
        ("sp", 8),
        ("small", "Bijlage: lijst van leerbedrijven en leden Raad van Schippers 2025-2026."),
    ]
    build_pdf_two_columns(path, head, body,
                          title="Samenwerkingsovereenkomst route Aan dek",
                          footer="Samenwerkingsovereenkomst route Aan dek \u2013 Dollardcollege / Maritieme Vakschool Noord",
                          author="Dollardcollege")

# --------------------------------------------------------------------------------------------
# 430 - DOCX with tracked changes, Apeldoorn, Economie en ondernemen kb -> Financieel administratief
#       medewerker niveau 3. Defects are made by the (unaccepted) changes: the amount of the transfer
#       was deleted (g weak) and vooropleidingseisen were inserted for an overstap inside the ROC (f weak).
# --------------------------------------------------------------------------------------------

A_ROC = "M. Brinkhorst (ROC Veluwe-IJssel)"
A_SCH = "A. Veldkamp (Sprengen College)"


@sample(430, "430_wijzigingen_bijgehouden_apeldoorn_administratie", "docx",
        st("p p p p p w w p p p"),
        {"a": "Artikel 2 De leerroute",
         "b": "Artikel 3 Betrokkenheid van het werkveld",
         "c": "Artikel 4 Stuurgroep",
         "d": "Artikel 5 Informatie en verantwoording",
         "e": "Artikel 6 Inrichting van het onderwijs",
         "h": "Artikel 9 Medezeggenschap",
         "i": "Artikel 10 Geschillen",
         "j": "Artikel 11 Toetreding, wijziging en be\u00ebindiging"},
        "DOCX 'versie 3' with unaccepted tracked changes (w:ins/w:del) from both parties' negotiators, classic "
        "'Artikel N' style; Apeldoorn, Economie en ondernemen kb -> Financieel administratief medewerker niveau 3; "
        "deleted text must not count: the per-pupil amount of the funding transfer was struck and replaced by "
        "'a sum the stuurgroep sets yearly' (g weak: no omvang), and an insertion makes an overstap inside the "
        "ROC conditional on the vmbo diploma and the ordinary admission requirements (f weak); the escalation "
        "clause and the pupil-protection sentence exist only as insertions (i and j present).",
        absent=["1.150", "Bedrijfsadministrateur", "gelden de vooropleidingseisen niet",
                "in goed onderling overleg op"])
def build_430(path):
    d = Docx("Samenwerkingsovereenkomst doorlopende leerroute E&O - FAM (versie 3)", A_ROC, track=True)
    d.p([("i", "Versie 3 \u2013 wijzigingen bijgehouden. Opmerkingen ROC verwerkt d.d. 12 juni 2025; "
                "definitief vastgesteld in het bestuurlijk overleg van 30 juni 2025.")], size=18)
    d.title_("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo")
    d.sub("Economie en ondernemen \u2013 Financieel administratief medewerker")
    d.h2("De ondergetekenden")
    d.p("1. De Stichting voor Christelijk Voortgezet Onderwijs Oost-Veluwe, statutair gevestigd te Apeldoorn, "
        "bevoegd gezag van het Sprengen College, vmbo, te Apeldoorn, ten deze rechtsgeldig vertegenwoordigd door "
        "de voorzitter van het college van bestuur, de heer drs. W.A. Mulderij, hierna te noemen: \u2018de school\u2019;")
    d.p("2. De Stichting Regionaal Opleidingencentrum Veluwe-IJssel, statutair gevestigd te Apeldoorn, bevoegd "
        "gezag van ROC Veluwe-IJssel, ten deze rechtsgeldig vertegenwoordigd door de voorzitter van het college "
        "van bestuur, mevrouw mr. E.C. ter Horst, hierna te noemen: \u2018het ROC\u2019;")
    d.p("hierna gezamenlijk te noemen: \u2018partijen\u2019,")
    d.p("komen het volgende overeen.")

    d.h1("Artikel 1 Begrippen")
    d.p("In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute bedoeld in artikel 2; "
        "routejaar: een leerjaar van de route, te beginnen bij het derde leerjaar van het vmbo; leerling: een "
        "deelnemer die in de vo-fase bij de school staat ingeschreven; student: een deelnemer die in de mbo-fase "
        "bij het ROC staat ingeschreven; stuurgroep: het orgaan bedoeld in artikel 4.")

    d.h1("Artikel 2 De leerroute")
    d.p(["1. Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die aansluit op het profiel "
         "Economie en ondernemen in de kaderberoepsgerichte leerweg van de school en leidt tot het diploma van ",
         ("del", "de middenkaderopleiding Bedrijfsadministrateur (niveau 4)", A_SCH),
         ("ins", "de vakopleiding Financieel administratief medewerker (niveau 3, BOL)", A_SCH),
         " in het opleidingsdomein Economie en administratie van het ROC."])
    d.p("2. De route omvat vier routejaren. Routejaar 1 en 2 vormen de vo-fase; routejaar 3 en 4 de mbo-fase. "
        "Het vmbo-diploma wordt uiterlijk in routejaar 3 behaald.")

    d.h1("Artikel 3 Betrokkenheid van het werkveld")
    d.p("1. Het werkveld is bij de route betrokken via de Kring Apeldoornse Administratiekantoren en de "
        "ondernemersvereniging Apeldoorn-Noord, die ieder \u00e9\u00e9n lid afvaardigen in de "
        "opleidingsadviescommissie Economie van het ROC. Die commissie adviseert jaarlijks vóór 1 maart over de "
        "keuzedelen en de praktijkopdrachten van de route.")
    d.p("2. Aangesloten administratiekantoren en mkb-bedrijven leveren in elke periode van routejaar 1 en 2 een "
        "praktijkopdracht (\u2018de administratie van een echte ondernemer\u2019), ontvangen de leerlingen in "
        "routejaar 2 voor een snuffelstage van twee weken en bieden in routejaar 3 en 4 bpv-plaatsen bij door "
        "SBB erkende leerbedrijven. Een praktijkopleider van het leerbedrijf beoordeelt de proeve van bekwaamheid mee.")

    d.h1("Artikel 4 Stuurgroep")
    d.p("1. De leiding over de route berust bij een stuurgroep, bestaande uit de directeur vmbo van de school, de "
        "onderwijsmanager Economie en administratie van het ROC en de routecoördinator.")
    d.p("2. De directeur en de onderwijsmanager worden als lid benoemd door het college van bestuur van de partij "
        "bij wie zij in dienst zijn. De routecoördinator wordt door de stuurgroep voorgedragen en door beide "
        "colleges van bestuur gezamenlijk benoemd voor de duur van drie schooljaren.")
    d.p(["3. De colleges van bestuur dragen aan de stuurgroep op: de dagelijkse aansturing van de route, de "
         "vaststelling van het gezamenlijke programma en de examenplanning per routejaar, de inzet van docenten "
         "binnen de door de colleges beschikbaar gestelde formatie en het onderhouden van de contacten met het "
         "werkveld. De stuurgroep is bevoegd tot het aangaan van verplichtingen tot ",
         ("del", "\u20ac 25.000", A_ROC), ("ins", "\u20ac 10.000", A_ROC),
         " per schooljaar; daarboven beslissen de colleges van bestuur."])

    d.h1("Artikel 5 Informatie en verantwoording")
    d.p(["De stuurgroep informeert beide colleges van bestuur ",
         ("del", "halfjaarlijks", A_ROC), ("ins", "per kwartaal", A_ROC),
         " met een beknopte voortgangsrapportage (aantallen leerlingen en studenten, verzuim, uitval, "
         "bpv-plaatsing) en legt jaarlijks vóór 1 oktober verantwoording af in een evaluatieverslag over het "
         "afgelopen schooljaar, dat in het bestuurlijk overleg van oktober wordt besproken."])

    d.h1("Artikel 6 Inrichting van het onderwijs")
    d.p("1. De vo-fase wordt verzorgd in het gebouw van de school aan de Sprengenweg; de mbo-fase op de locatie "
        "Economie van het ROC aan het Stationsplein. In routejaar 2 volgen de leerlingen \u00e9\u00e9n dag per "
        "week les op de ROC-locatie.")
    d.p("2. Partijen leggen het programma en de examinering per routejaar vast in een gezamenlijk PTA/OER, waarin "
        "staat welke onderdelen vmbo, welke mbo en welke gecombineerd zijn.")
    d.p("3. Docenten van de school en het ROC werken als \u00e9\u00e9n team. Twee docenten bedrijfseconomie van het "
        "ROC geven in de vo-fase het praktijkdeel op de school; de docent economie van de school blijft in "
        "routejaar 3 betrokken bij het vak rekenen en de loopbaanbegeleiding. Voor de vakoverstijgende module "
        "Ondernemen wordt teambevoegdheid ingezet. Ieder blijft in dienst van de eigen werkgever.")
    d.p("4. De leerlingen maken in de vo-fase gebruik van het oefenkantoor en de licenties van het "
        "boekhoudprogramma van het ROC; de studenten kunnen in de mbo-fase de studieruimte en de "
        "mediatheek van de school blijven gebruiken.")

    d.h1("Artikel 7 Overstapmogelijkheden")
    d.p("1. Wanneer de deelname aan de route eindigt voordat de leerling of student beide diploma\u2019s heeft "
        "behaald, bepalen de school en het ROC gezamenlijk, na overleg met de leerling of student en diens "
        "ouders, welk vervolg het meest passend is, gelet op het bereikte onderwijsniveau en de leeftijd.")
    d.p("2. In de vo-fase zet de leerling zijn opleiding voort in de kaderberoepsgerichte leerweg van de school, "
        "in het profiel Economie en ondernemen of een ander profiel, met het vmbo-diploma als doel.")
    d.p(["3. In de mbo-fase kan de student overstappen naar een andere opleiding op niveau 2 of 3 van het ROC, "
         "zoals Commercieel medewerker of Secretarieel medewerker. ",
         ("del", "Voor zo\u2019n overstap binnen het ROC gelden de vooropleidingseisen niet; de student kan ook "
                 "zonder vmbo-diploma instromen in een opleiding die past bij de behaalde onderdelen.", A_ROC),
         ("ins", "Een overstap binnen het ROC staat open voor studenten die het diploma vmbo kaderberoepsgerichte "
                 "leerweg hebben behaald; voor de nieuwe opleiding gelden de gewone toelatingseisen van het ROC. "
                 "Een student zonder vmbo-diploma rondt eerst op de school het vmbo-examen af.", A_ROC)])

    d.h1("Artikel 8 Financi\u00eble afspraken")
    d.p(["De school draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks ",
         ("del", "\u20ac 1.150 per leerling die op 1 oktober in routejaar 2 staat ingeschreven", A_ROC),
         ("ins", "een bedrag dat de stuurgroep ieder jaar bij de begroting vaststelt", A_ROC),
         " over aan het ROC, bestemd voor de inzet van de ROC-docenten in de vo-fase en de licenties van het "
         "boekhoudprogramma. Het ROC draagt in de mbo-fase geen middelen over aan de school."])

    d.h1("Artikel 9 Medezeggenschap")
    d.p("1. Naast de wettelijke regelingen (WMS voor de school, WEB en WOR voor het ROC) spreken partijen af dat "
        "leerlingen in routejaar 2 twee vertegenwoordigers mogen kiezen die als toehoorder met spreekrecht de "
        "vergaderingen van de studentenraad van het ROC bijwonen.")
    d.p("2. De medezeggenschapsraad van de school en de studentenraad van het ROC worden beide om advies gevraagd "
        "over een voorgenomen wijziging van deze overeenkomst en vergaderen jaarlijks in september samen over de "
        "evaluatie van de route.")

    d.h1("Artikel 10 Geschillen")
    d.p([("del", "Partijen lossen geschillen in goed onderling overleg op.", A_SCH),
         ("ins", "1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de "
                 "stuurgroep besproken. Komt de stuurgroep binnen vier weken niet tot overeenstemming, dan wordt het "
                 "geschil voorgelegd aan de voorzitters van beide colleges van bestuur.", A_SCH)])
    d.p([("ins", "2. Leidt ook dat overleg binnen acht weken niet tot een oplossing, dan vragen partijen bindend "
                 "advies aan een onafhankelijke deskundige die zij samen aanwijzen. Komen zij niet tot een "
                 "gezamenlijke aanwijzing, dan wordt het geschil voorgelegd aan de bevoegde rechter van de "
                 "rechtbank Gelderland.", A_SCH)])

    d.h1("Artikel 11 Toetreding, wijziging en be\u00ebindiging")
    d.p("1. Deze overeenkomst geldt voor onbepaalde tijd, met ingang van 1 augustus 2025.")
    d.p("2. Een andere vo-school of mbo-instelling kan tot deze overeenkomst toetreden als beide partijen daar "
        "schriftelijk mee instemmen en de toetredende partij alle bepalingen van deze overeenkomst aanvaardt. "
        "Toetreding gaat in bij het begin van een schooljaar en wordt door alle betrokken partijen bij DUO gemeld.")
    d.p("3. Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk en na ondertekening door beide "
        "colleges van bestuur.")
    d.p(["4. Elk van de partijen kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met "
         "inachtneming van een opzegtermijn van een jaar. ",
         ("ins", "Leerlingen en studenten die op het moment van opzegging al in de route zijn gestart, ronden de "
                 "route bij partijen af; vanaf de opzegging worden geen nieuwe leerlingen meer toegelaten. Bij een "
                 "wijziging of toetreding blijft het programma voor lopende routejaren ongewijzigd.", A_SCH)])

    d.h2("Ondertekening")
    d.p("Aldus overeengekomen en in tweevoud ondertekend te Apeldoorn op 30 juni 2025.")
    d.p("Stichting voor Christelijk Voortgezet Onderwijs Oost-Veluwe \u2013 drs. W.A. Mulderij, voorzitter college van bestuur")
    d.p("Stichting Regionaal Opleidingencentrum Veluwe-IJssel \u2013 mr. E.C. ter Horst, voorzitter college van bestuur")
    d.save(path)

# --------------------------------------------------------------------------------------------
# 431 - DOCX whose key clauses sit in text boxes, Zuid-Limburg, Zorg en welzijn kb -> Allround kapper /
#       Schoonheidsspecialist niveau 3 (Uiterlijke verzorging). Fully compliant.
# --------------------------------------------------------------------------------------------

@sample(431, "431_tekstvakken_uiterlijke_verzorging_maastricht", "docx",
        st("p p p p p p p p p p"),
        {"a": "1. De Haar & Huid-route",
         "b": "2. Salons en bedrijven",
         "c": "Kader 1 \u2013 Het routeteam",
         "d": "3. Hoe het routeteam verslag doet",
         "e": "4. Waar, met wie en met welke middelen",
         "f": "Kader 2 \u2013 Overstappen naar een ander diploma",
         "g": "Kader 3 \u2013 Overdracht van middelen",
         "h": "5. Meepraten en meebeslissen",
         "i": "6. Verschil van inzicht",
         "j": "Kader 4 \u2013 Nieuwe partners, wijzigen en opzeggen"},
        "DOCX in a friendly house style whose key clauses (leiding, overstap, funding transfer, "
        "toetreding/opzegging/wijziging) sit only in coloured text boxes (DrawingML with VML fallback) while "
        "the body text refers to 'zie kader'; Zuid-Limburg (Maastricht), Zorg en welzijn kb -> Allround kapper or "
        "Schoonheidsspecialist niveau 3 (Uiterlijke verzorging); transfer of EUR 640 per pupil with bestemming; "
        "fully compliant.")
def build_431(path):
    d = Docx("Samenwerkingsovereenkomst Haar & Huid-route", "Vakcollege Mergelland")
    d.title_("Samenwerkingsovereenkomst Haar & Huid-route")
    d.sub("Doorlopende leerroute vmbo Zorg en welzijn \u2013 mbo Uiterlijke verzorging (niveau 3)")
    d.p([("b", "Wie tekenen. "),
         "Stichting Voortgezet Onderwijs Heuvelland-Maas, bevoegd gezag van Vakcollege Mergelland te Maastricht, "
         "vertegenwoordigd door mevrouw dr. L.M.J. Pleijers, voorzitter van het college van bestuur (\u2018het "
         "Vakcollege\u2019), en Stichting Regionaal Opleidingencentrum Maas-Heuvelland, bevoegd gezag van ROC "
         "Maas-Heuvelland te Maastricht, vertegenwoordigd door de heer ing. P.G.M. Vroemen, lid van het college van "
         "bestuur (\u2018het ROC\u2019)."])
    d.p([("b", "Hoe dit document werkt. "),
         "De afspraken die de besturen binden staan in de artikelen hieronder en in de gekleurde kaders. Waar een "
         "artikel naar een kader verwijst, is de tekst in dat kader de afspraak. De kaders maken volwaardig deel "
         "uit van deze overeenkomst."])

    d.h1("1. De Haar & Huid-route")
    d.p("Het Vakcollege en het ROC bieden samen een doorlopende leerroute aan voor leerlingen van de "
        "kaderberoepsgerichte leerweg met het profiel Zorg en welzijn. Wie aan het eind van leerjaar 2 voor de "
        "route kiest, werkt vanaf leerjaar 3 in vier jaar toe naar het vmbo-diploma en naar \u00e9\u00e9n van twee "
        "mbo-opleidingen op niveau 3 (vakopleiding) in het opleidingsdomein Uiterlijke verzorging: Allround kapper "
        "of Schoonheidsspecialist. De keuze tussen die twee maakt de leerling in het eerste routejaar, na een "
        "ori\u00ebntatie van tien weken in beide salons.")

    d.h1("2. Salons en bedrijven")
    d.p("Het Kappersgilde Zuid-Limburg en de Vereniging Schoonheidsspecialisten Heuvelland zijn onze vaste "
        "partners uit de branche. Twaalf door SBB erkende leersalons en instituten bieden vanaf het tweede "
        "routejaar de bpv-plaatsen; hun praktijkopleiders beoordelen de proeven van bekwaamheid samen met de "
        "examinatoren van het ROC. Salonhouders geven ieder kwartaal een masterclass op school en zitten in de jury "
        "van de jaarlijkse Mergelland Kapwedstrijd. Twee keer per jaar komt de werkveldcommissie Haar & Huid (vier "
        "salonhouders, \u00e9\u00e9n leverancier van salonproducten, het routeteam) bijeen om advies te geven over "
        "het programma en de keuzedelen.")

    d.p("De leiding van de route is geregeld in kader 1.")
    d.box("Kader 1 \u2013 Het routeteam", [
        "De route wordt geleid door het routeteam: de teamleider bovenbouw Zorg en welzijn van het Vakcollege, de "
        "opleidingsmanager Uiterlijke verzorging van het ROC en een routecoördinator uit het docententeam.",
        "Het college van bestuur van het Vakcollege wijst de teamleider aan, het college van bestuur van het ROC de "
        "opleidingsmanager. De routecoördinator wordt na een open sollicitatie binnen beide teams door de twee "
        "andere leden voorgedragen en door beide colleges samen benoemd, telkens voor twee schooljaren.",
        "Het routeteam stelt het gezamenlijke PTA/OER en het rooster vast, beslist over toelating tot de route en "
        "over de keuze van de mbo-opleiding, verdeelt de lessen over de docenten van beide partijen, besluit "
        "samen met leerling en ouders over een overstap (kader 2) en onderhoudt de contacten met de salons. Het "
        "mag uitgaven doen binnen het routebudget; alles wat daarbuiten valt, personeelsbeslissingen en "
        "wijzigingen van deze overeenkomst zijn voorbehouden aan de colleges van bestuur.",
    ])

    d.h1("3. Hoe het routeteam verslag doet")
    d.p("Het routeteam stuurt beide colleges van bestuur elk jaar vóór 15 juli een routeverslag met de aantallen "
        "leerlingen en studenten, de resultaten van examens en proeven, het verzuim, de overstappen en de "
        "besteding van het routebudget. In februari volgt een korte tussenstand met dezelfde cijfers. Het "
        "routeverslag staat op de agenda van het bestuurlijk overleg in september, waar het routeteam het toelicht "
        "en de colleges het decharge verlenen.")

    d.h1("4. Waar, met wie en met welke middelen")
    d.p("De eerste twee routejaren vinden plaats in het Vakcollege, met twee dagdelen per week in de leersalon "
        "Maaszicht van het ROC; de laatste twee routejaren op de locatie Uiterlijke verzorging van het ROC en in "
        "de leersalons. Het gezamenlijke PTA/OER beschrijft per routejaar welke onderdelen vmbo-stof zijn, welke "
        "mbo-stof en hoe en wanneer getoetst wordt.")
    d.p("De docenten van beide partijen vormen \u00e9\u00e9n team. Twee kapdocenten en een docent huidverzorging "
        "van het ROC geven in de vo-fase de praktijklessen in het Vakcollege en in de leersalon; de docenten "
        "Nederlands en rekenen van het Vakcollege blijven in het eerste mbo-jaar betrokken. Voor de module "
        "Salonpraktijk geldt teambevoegdheid, met in het team steeds ten minste \u00e9\u00e9n bevoegde docent per "
        "onderdeel. Iedere partij blijft werkgever van haar eigen docenten.")
    d.p("De leerlingen gebruiken de leersalon Maaszicht, de behandelkamers en de productvoorraad van het ROC; het "
        "ROC gebruikt voor de route het verzorgingslokaal en de mediatheek van het Vakcollege. Klachten over een "
        "docent van de andere partij worden volgens de klachtenregeling van de ontvangende partij behandeld, met "
        "medewerking van de andere partij.")

    d.p("Wat er gebeurt als de route niet past, staat in kader 2.")
    d.box("Kader 2 \u2013 Overstappen naar een ander diploma", [
        "Stopt een leerling of student met de route zonder beide diploma\u2019s, dan zoeken het Vakcollege en het ROC "
        "samen met de jongere en de ouders naar de weg die het meest kansrijk naar een diploma leidt. Het routeteam "
        "neemt het besluit namens beide besturen en let daarbij op wat de jongere al heeft afgerond en op de leeftijd.",
        ("li", "In de vo-fase: verder in de gewone kaderberoepsgerichte leerweg Zorg en welzijn van het Vakcollege, op "
               "weg naar het vmbo-diploma, of een overstap naar een andere doorlopende leerroute van het Vakcollege."),
        ("li", "Geen vmbo-diploma aan het eind van het derde routejaar: door in een opleiding op niveau 2 of 3 van het "
               "ROC (bijvoorbeeld Kapper, niveau 2), zonder dat het ontbrekende vmbo-diploma een toelatingsbeletsel is, "
               "of een extra jaar in het Vakcollege om het examen alsnog te doen."),
        ("li", "Andere richting gewenst: een andere opleiding van het ROC op hetzelfde niveau, of een plek bij een "
               "andere instelling in de regio na een geschiktheidsonderzoek daar; het routeteam regelt de overdracht."),
        "De schoolgids van beide partijen werkt dit uit voor leerlingen en ouders.",
    ])

    d.p("De financi\u00eble afspraak staat in kader 3.")
    d.box("Kader 3 \u2013 Overdracht van middelen", [
        "Het Vakcollege draagt op grond van artikel 5.42a WVO 2020 voor iedere leerling die op 1 oktober in het "
        "tweede routejaar staat ingeschreven \u20ac 640 over aan het ROC. Dit bedrag is bestemd voor de inzet van de "
        "ROC-docenten in de vo-fase en voor de verbruiksmaterialen (kleurproducten, huidverzorgingsproducten, "
        "hygi\u00ebnemiddelen) die de leerlingen in de leersalon gebruiken. Betaling volgt in twee termijnen, in "
        "december en in mei. Het ROC draagt niets over aan het Vakcollege.",
    ])

    d.h1("5. Meepraten en meebeslissen")
    d.p("Voor leerlingen in de vo-fase en hun ouders geldt de medezeggenschapsraad van het Vakcollege, voor "
        "studenten de studentenraad van het ROC. Daarnaast spreken de besturen af dat de route-leerlingen vanaf het "
        "tweede routejaar twee leden mogen afvaardigen naar de studentenraad van het ROC, met spreekrecht en "
        "adviserende stem, en dat een voorgenomen wijziging van de route of van deze overeenkomst aan de "
        "medezeggenschapsraad van het Vakcollege \u00e9n aan de studentenraad van het ROC om advies wordt voorgelegd. "
        "De oudergeleding van de medezeggenschapsraad mag eenmaal per jaar de leersalon bezoeken en met het "
        "routeteam spreken.")

    d.h1("6. Verschil van inzicht")
    d.p("Ontstaat tussen de besturen verschil van inzicht over de uitvoering van deze overeenkomst, dan bespreekt "
        "het routeteam dit eerst. Lukt dat niet binnen een maand, dan gaat het naar het bestuurlijk overleg van "
        "beide colleges. Is er na nog eens zes weken geen oplossing, dan leggen de besturen het voor aan een "
        "mediator van wie zij de kosten delen. Geeft ook mediation geen uitkomst, dan beslist de rechtbank "
        "Limburg, locatie Maastricht.")

    d.p("Hoe er partners bij kunnen komen en hoe deze overeenkomst verandert of eindigt, staat in kader 4.")
    d.box("Kader 4 \u2013 Nieuwe partners, wijzigen en opzeggen", [
        "Een andere vmbo-school of mbo-instelling kan zich bij de route aansluiten als beide besturen schriftelijk "
        "instemmen en de nieuwe partner deze overeenkomst ongewijzigd onderschrijft; de aansluiting gaat in op 1 "
        "augustus en wordt door de betrokken partijen bij DUO gemeld.",
        "Deze overeenkomst wordt alleen gewijzigd met een schriftelijk stuk dat beide besturen tekenen. Wijzigingen "
        "die het programma raken, gelden pas voor het volgende cohort.",
        "Opzeggen kan alleen schriftelijk, tegen 1 augustus, met een termijn van ten minste \u00e9\u00e9n schooljaar. "
        "Wie al in de route zit, maakt de route af bij het Vakcollege en het ROC; na een opzegging nemen wij geen "
        "nieuwe leerlingen meer aan. Lukt afronden toch niet, dan geldt kader 2.",
    ])

    d.h1("Ondertekening")
    d.p("Maastricht, 30 juni 2025")
    d.p("Voor Stichting Voortgezet Onderwijs Heuvelland-Maas: dr. L.M.J. Pleijers, voorzitter college van bestuur")
    d.p("Voor Stichting Regionaal Opleidingencentrum Maas-Heuvelland: ing. P.G.M. Vroemen, lid college van bestuur")
    d.save(path)

# --------------------------------------------------------------------------------------------
# 432 - long PDF with cover and table of contents with page numbers, three parties, Zuidoost-Drenthe,
#       Produceren, installeren en energie kb -> Eerste monteur elektrotechnische installaties niveau 3.
#       Fully compliant.
# --------------------------------------------------------------------------------------------

@sample(432, "432_inhoudsopgave_drie_partijen_elektro_emmen", "pdf",
        st("p p p p p p p p p p"),
        {"a": "Artikel 2.1 Profiel en kwalificatie",
         "b": "Hoofdstuk 5 Het werkveld",
         "c": "Hoofdstuk 3 Leiding van de route",
         "d": "Artikel 3.5 Informatievoorziening en verantwoording",
         "e": "Hoofdstuk 4 Uitvoering",
         "f": "Hoofdstuk 6 Overstap",
         "g": "Artikel 7.1 Overdracht van bekostiging",
         "h": "Hoofdstuk 8 Medezeggenschap",
         "i": "Hoofdstuk 9 Geschillen",
         "j": "Hoofdstuk 10 Toetreding, duur, wijziging en be\u00ebindiging"},
        "Long (about ten pages) formal PDF with cover page, table of contents with page numbers, definitions "
        "and two-level 'Hoofdstuk/Artikel x.y' numbering; three parties (two vmbo schools and one ROC) in "
        "Zuidoost-Drenthe, Produceren, installeren en energie kb -> Eerste monteur elektrotechnische installaties "
        "niveau 3; joint advisory body for medezeggenschap, EUR 1.240 per pupil transfer with bestemming; "
        "fully compliant.")
def build_432(path):
    cover = [
        ("sp", 120),
        ("title", "Samenwerkingsovereenkomst"),
        ("sub", "Doorlopende leerroute vmbo-mbo \u2018Elektroroute Zuidoost-Drenthe\u2019"),
        ("sub", "Produceren, installeren en energie (kaderberoepsgerichte leerweg) \u2013 "
                "Eerste monteur elektrotechnische installaties (mbo niveau 3)"),
        ("sp", 60),
        ("sub", "tussen"),
        ("sub", "Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe (Hondsrug Vakcollege, Emmen)"),
        ("sub", "Vereniging voor Christelijk Voortgezet Onderwijs De Monden (Vakcollege De Monden, Nieuw-Buinen)"),
        ("sub", "Stichting Regionaal Opleidingencentrum Hunzedal (ROC Hunzedal, Emmen)"),
        ("sp", 60),
        ("sub", "Vastgesteld in het bestuurlijk overleg van 24 juni 2025 \u2013 definitieve tekst"),
    ]
    b = []
    H = lambda t: b.append(("h", t))
    A = lambda t: b.append(("h2", t))
    P = lambda t: b.append(("p", t))
    L = lambda t: b.append(("li", t))

    H("Partijen")
    P("1. Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe, statutair gevestigd te Emmen, bevoegd gezag "
      "van het Hondsrug Vakcollege, school voor vbo en mavo, rechtsgeldig vertegenwoordigd door de heer drs. "
      "J.H. Kuiper, voorzitter van het college van bestuur;")
    P("2. Vereniging voor Christelijk Voortgezet Onderwijs De Monden, statutair gevestigd te Borger-Odoorn, bevoegd "
      "gezag van Vakcollege De Monden te Nieuw-Buinen, school voor vbo, rechtsgeldig vertegenwoordigd door mevrouw "
      "A.G. Bakker-Wolters MEd, bestuurder;")
    P("partijen sub 1 en 2 hierna samen te noemen: \u2018de scholen\u2019, en ieder afzonderlijk: \u2018een school\u2019;")
    P("3. Stichting Regionaal Opleidingencentrum Hunzedal, statutair gevestigd te Emmen, bevoegd gezag van ROC "
      "Hunzedal, instelling voor beroepsonderwijs, rechtsgeldig vertegenwoordigd door de heer ir. M.T. Smid, "
      "voorzitter van het college van bestuur, hierna te noemen: \u2018het ROC\u2019;")
    P("overwegende dat in Zuidoost-Drenthe een groot tekort aan elektrotechnisch geschoolde vakmensen bestaat, dat "
      "de scholen en het ROC sinds 2019 samenwerken in een technologieroute en die samenwerking willen omzetten "
      "in een doorlopende leerroute in de zin van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB, en dat zij daarvoor "
      "op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB deze samenwerkingsovereenkomst sluiten;")
    P("komen overeen als volgt.")

    H("Hoofdstuk 1 Algemeen")
    A("Artikel 1.1 Begripsbepalingen")
    P("In deze overeenkomst wordt verstaan onder:")
    L("route: de doorlopende leerroute vmbo-mbo Elektroroute Zuidoost-Drenthe, bedoeld in artikel 2.1;")
    L("routejaar: een van de vier leerjaren van de route; routejaar 1 valt samen met leerjaar 3 van het vmbo;")
    L("vo-fase: routejaar 1 en 2, waarin de deelnemer als leerling bij een van de scholen staat ingeschreven;")
    L("mbo-fase: routejaar 3 en 4, waarin de deelnemer als student bij het ROC staat ingeschreven;")
    L("stuurgroep: de stuurgroep Elektroroute, bedoeld in artikel 3.1;")
    L("routecoördinator: de functionaris bedoeld in artikel 3.1, tweede lid;")
    L("PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling voor de "
      "gehele route;")
    L("overstapoptie: de mogelijkheden bedoeld in hoofdstuk 6;")
    L("routeraad: het overlegorgaan bedoeld in artikel 8.2;")
    L("geschil: een verschil van mening tussen partijen over de uitleg of uitvoering van deze overeenkomst.")
    A("Artikel 1.2 Onderwerp en doel")
    P("1. Partijen verzorgen gezamenlijk de route. Zij beogen leerlingen zonder onnodige overlap en zonder harde "
      "knip tussen vmbo en mbo op te leiden tot gekwalificeerd elektrotechnisch monteur, en zo het aantal jongeren "
      "zonder startkwalificatie in de regio te verlagen.")
    P("2. Partijen melden de route gezamenlijk aan de minister via de registratie in RIO; iedere school registreert "
      "haar eigen deelname.")

    H("Hoofdstuk 2 De route")
    A("Artikel 2.1 Profiel en kwalificatie")
    P("1. De route sluit aan op het profiel Produceren, installeren en energie (PIE) in de kaderberoepsgerichte "
      "leerweg van de scholen, met de profielmodules Elektrotechniek en Installeren en monteren als "
      "oriëntatie.")
    P("2. De route leidt naar het diploma vmbo kaderberoepsgerichte leerweg en naar het diploma van de "
      "vakopleiding Eerste monteur elektrotechnische installaties, niveau 3, in de beroepsopleidende leerweg; vanaf "
      "routejaar 4 kan de student overstappen naar de beroepsbegeleidende leerweg van dezelfde opleiding.")
    A("Artikel 2.2 Programma en examinering per routejaar")
    P("1. Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming voor elk routejaar "
      "in het PTA/OER, dat jaarlijks vóór 1 juli door de stuurgroep wordt vastgesteld. Het PTA/OER geeft per "
      "onderdeel aan of het vo-, mbo- of gecombineerd onderwijs is en welke onderdelen vak- of sectoroverstijgend "
      "worden verzorgd. Een overzicht is opgenomen in bijlage A.")
    P("2. Het centraal examen vmbo wordt afgenomen in routejaar 2; een vak kan worden vervroegd naar routejaar 1. "
      "Onderdelen van de mbo-examinering kunnen vanaf routejaar 1 worden afgenomen.")
    A("Artikel 2.3 Toelating en inschrijving")
    P("1. Een leerling wordt tot de route toegelaten door de stuurgroep, op advies van de mentor en na een "
      "intakegesprek met leerling en ouders in het voorjaar van leerjaar 2.")
    P("2. Aan het einde van routejaar 2 schrijft de school de leerling uit en schrijft het ROC hem of haar in als "
      "student. Een student die het vmbo-diploma nog niet heeft, blijft voor de vo-activiteiten bij de school "
      "geregistreerd tot die zijn afgerond.")

    H("Hoofdstuk 3 Leiding van de route")
    A("Artikel 3.1 Samenstelling van de stuurgroep")
    P("1. De leiding over de route berust bij de stuurgroep Elektroroute. De stuurgroep bestaat uit de sectordirecteur "
      "techniek van het Hondsrug Vakcollege, de locatiedirecteur van Vakcollege De Monden en de directeur van het "
      "College Techniek van het ROC. De routecoördinator is secretaris van de stuurgroep en heeft een adviserende stem.")
    P("2. De routecoördinator is een docent of teamleider uit het routeteam met ten minste twee dagen per week "
      "beschikbaar voor de route.")
    A("Artikel 3.2 Benoeming en zittingsduur")
    P("1. Ieder college van bestuur benoemt het lid van de stuurgroep dat bij zijn organisatie in dienst is, en "
      "diens plaatsvervanger. Een benoeming of vervanging wordt schriftelijk aan de andere partijen meegedeeld.")
    P("2. De routecoördinator wordt na een gezamenlijke selectieprocedure op voordracht van de stuurgroep benoemd "
      "door de drie colleges van bestuur gezamenlijk, voor een periode van drie schooljaren, met de mogelijkheid van "
      "herbenoeming. De routecoördinator blijft in dienst van zijn of haar eigen werkgever.")
    A("Artikel 3.3 Taken")
    P("De colleges van bestuur dragen aan de stuurgroep de volgende taken op:")
    L("het vaststellen van het PTA/OER, de jaarplanning en de lessentabel van de route;")
    L("de toelating tot de route (artikel 2.3) en het besluit over de overstapoptie (hoofdstuk 6);")
    L("de verdeling van de inzet van personeel over de programmaonderdelen binnen de formatie die de colleges "
      "daarvoor beschikbaar stellen;")
    L("de planning van het gebruik van de faciliteiten (artikel 4.4);")
    L("het onderhouden van de contacten met het werkveld (hoofdstuk 5);")
    L("de kwaliteitszorg, waaronder de jaarlijkse evaluatie met leerlingen, studenten, ouders en leerbedrijven.")
    A("Artikel 3.4 Bevoegdheden")
    P("1. De stuurgroep besluit bij meerderheid van stemmen, waarbij ieder lid \u00e9\u00e9n stem heeft; een besluit over "
      "het PTA/OER vereist de instemming van alle leden.")
    P("2. De stuurgroep beheert het routebudget dat de colleges jaarlijks vaststellen en mag daarbinnen "
      "verplichtingen aangaan tot \u20ac 15.000 per geval. Besluiten over personeel in dienst, investeringen boven "
      "dat bedrag, huisvesting en wijziging van deze overeenkomst blijven voorbehouden aan de colleges van bestuur.")
    A("Artikel 3.5 Informatievoorziening en verantwoording")
    P("1. De stuurgroep informeert de drie colleges van bestuur ieder kwartaal met een korte managementrapportage over "
      "instroom, verzuim, tussentijdse uitval en overstappen, bpv-plaatsing en de uitputting van het routebudget.")
    P("2. De stuurgroep legt jaarlijks vóór 1 november verantwoording af over het afgelopen schooljaar in een "
      "jaarverslag, met de examen- en diplomaresultaten, de uitkomsten van de evaluatie en een voorstel voor "
      "verbeteringen. Het jaarverslag wordt besproken in het bestuurlijk overleg van november.")
    P("3. Ieder college kan de stuurgroep op elk moment om aanvullende inlichtingen vragen; de stuurgroep verstrekt "
      "die binnen twee weken aan alle colleges tegelijk.")

    H("Hoofdstuk 4 Uitvoering")
    A("Artikel 4.1 Locaties")
    P("De vo-fase wordt verzorgd op de locaties van de scholen in Emmen en Nieuw-Buinen. Leerlingen van beide scholen "
      "volgen daarnaast in routejaar 1 en 2 twee dagdelen per week praktijkonderwijs in het Installatiehuis van het "
      "ROC aan de Van Schaikweg in Emmen. De mbo-fase wordt verzorgd op het ROC en bij de leerbedrijven.")
    A("Artikel 4.2 Inzet van personeel")
    P("1. Docenten van de drie partijen vormen samen het routeteam. De scholen zetten hun docenten voor de "
      "algemene vakken en het profielvak in; het ROC zet twee docenten elektrotechniek en een instructeur "
      "installatietechniek in, die in de vo-fase op de locaties van de scholen en in het Installatiehuis lesgeven.")
    P("2. Docenten van de scholen kunnen in de mbo-fase lesgeven in Nederlands, rekenen en burgerschap, voor zover "
      "zij daarvoor bekwaam zijn. Iedere partij blijft werkgever van het eigen personeel; uitwisseling vindt plaats "
      "zonder detachering.")
    P("3. Partijen trekken gezamenlijk op in de professionalisering van het routeteam: ieder schooljaar zijn er ten "
      "minste twee gezamenlijke studiedagen.")
    A("Artikel 4.3 Teambevoegdheid")
    P("Voor de vakoverstijgende programmaonderdelen Installeren in de woning en Duurzame energie wordt gebruikgemaakt "
      "van de teambevoegdheid bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Het PTA/OER vermeldt per "
      "onderdeel welke docenten het team vormen; voor ieder vak en programmaonderdeel is ten minste \u00e9\u00e9n "
      "bevoegde docent in het team, die verantwoordelijk is voor het deel waarvoor hij of zij bevoegd is.")
    A("Artikel 4.4 Faciliteiten")
    P("1. De leerlingen maken gebruik van het Installatiehuis van het ROC, met de oefenwoningen, de meet- en "
      "keuringsopstellingen en de zonnepanelenopstelling. Het ROC gebruikt de elektrolokalen van de scholen voor "
      "avondcursussen van BBL-studenten uit de route.")
    P("2. Gereedschap en persoonlijke beschermingsmiddelen worden door het ROC uitgeleend; leermiddelen voor de "
      "vo-fase worden door de scholen verstrekt.")
    A("Artikel 4.5 Begeleiding, verzuim en klachten")
    P("1. Iedere deelnemer heeft \u00e9\u00e9n mentor of studieloopbaanbegeleider, die bij de overgang naar de "
      "mbo-fase een warme overdracht verzorgt. Het verzuim wordt in de vo-fase door de school en in de mbo-fase "
      "door het ROC gemeld.")
    P("2. De klachtenregeling van iedere partij is ook van toepassing op gedragingen in het kader van de route van "
      "personeel van de andere partijen; die partijen werken mee aan de afhandeling. De voorzitter van een "
      "klachtencommissie is niet werkzaam voor een van de andere partijen.")
    A("Artikel 4.6 Gegevensuitwisseling")
    P("Partijen wisselen uitsluitend de gegevens uit die voor de uitvoering van de route nodig zijn en sluiten "
      "daarover een afzonderlijke gegevensuitwisselingsovereenkomst.")

    H("Hoofdstuk 5 Het werkveld")
    A("Artikel 5.1 Rol van bedrijven en branche")
    P("1. Het werkveld wordt bij de route betrokken via de Werkveldcommissie Elektro Zuidoost-Drenthe, waarin de "
      "regionale afdeling van de branchevereniging voor installatiebedrijven, vier installatiebedrijven en de "
      "netbeheerder in de regio zitting hebben. De commissie vergadert drie keer per jaar met de stuurgroep, "
      "adviseert over het PTA/OER en de keuze van keuzedelen en toetst jaarlijks of het programma aansluit op de "
      "techniek die in de bedrijven wordt gebruikt.")
    P("2. Bedrijven uit de werkveldcommissie en andere door SBB erkende leerbedrijven bieden de leerlingen in "
      "routejaar 1 een bedrijfsbezoek en in routejaar 2 een snuffelstage van vijf dagen, en de studenten in "
      "routejaar 3 en 4 bpv-plaatsen en BBL-banen. Hun praktijkopleiders nemen als tweede beoordelaar deel aan de "
      "proeve van bekwaamheid.")
    P("3. Ten minste vier keer per jaar verzorgt een vakman uit een van de bedrijven een gastles of praktijkopdracht "
      "in de vo-fase.")

    H("Hoofdstuk 6 Overstap")
    A("Artikel 6.1 Uitgangspunten")
    P("1. Een deelnemer die de route voortijdig verlaat, krijgt altijd een passend vervolg dat leidt naar een "
      "vmbo-diploma of een mbo-diploma. Welk vervolg dat is, beslissen de betrokken school en het ROC samen, op "
      "voorstel van de stuurgroep en na een gesprek met de deelnemer en diens ouders. Zij houden rekening met het "
      "bereikte onderwijsniveau, de leeftijd en de wensen van de deelnemer.")
    P("2. Een deelnemer die van richting wil veranderen wordt door de routecoördinator begeleid bij de keuze en de "
      "overgang.")
    A("Artikel 6.2 Mogelijkheden per fase")
    L("Vo-fase: de leerling zet het onderwijs voort in de kaderberoepsgerichte leerweg van de eigen school, in het "
      "profiel PIE of een ander profiel, met het vmbo-diploma als doel, of stapt over naar een andere doorlopende "
      "leerroute van de scholen.")
    L("Afgewezen voor het eindexamen of geen vmbo-diploma aan het einde van routejaar 3: de deelnemer kan het "
      "examen het volgende jaar opnieuw afleggen bij de school, of zonder vmbo-diploma verder in een mbo-opleiding "
      "van het ROC op niveau 2 of 3 die aansluit bij de behaalde onderdelen.")
    L("Mbo-fase: de student kan overstappen naar een andere opleiding van het ROC op niveau 2 of 3, zoals Monteur "
      "elektrotechnische installaties (niveau 2) of Eerste monteur werktuigkundige installaties (niveau 3).")
    L("Verhuizing of wens om elders verder te gaan: de stuurgroep zoekt samen met de deelnemer een plek bij een "
      "andere school of instelling in de regio en verzorgt de overdracht van het dossier.")
    A("Artikel 6.3 Toelating")
    P("Voor een overstap binnen het ROC gelden de vooropleidingseisen niet. Bij een overstap naar een andere "
      "instelling vragen partijen die instelling de deelnemer toe te laten na een geschiktheidsonderzoek. De "
      "schoolgidsen van partijen beschrijven de werkwijze.")

    H("Hoofdstuk 7 Financi\u00ebn")
    A("Artikel 7.1 Overdracht van bekostiging")
    P("1. Ieder van de scholen draagt met toepassing van artikel 5.42a WVO 2020 aan het ROC over: \u20ac 1.240 voor "
      "iedere leerling die op 1 oktober van het schooljaar in routejaar 2 van de route bij haar staat ingeschreven.")
    P("2. De overgedragen middelen zijn bestemd voor de inzet van de docenten en de instructeur van het ROC in de "
      "vo-fase (artikel 4.2) en voor verbruiksmateriaal en de periodieke keuring van de oefenopstellingen in het "
      "Installatiehuis (artikel 4.4). Het ROC verantwoordt de besteding in het jaarverslag bedoeld in artikel 3.5.")
    P("3. Het ROC draagt geen bekostiging over aan de scholen.")
    A("Artikel 7.2 Betaling")
    P("Het ROC factureert het bedrag na 1 oktober; de scholen betalen binnen dertig dagen. Bij tussentijdse uitval "
      "vindt geen terugbetaling plaats.")
    A("Artikel 7.3 Overige kosten")
    P("Alle overige kosten, waaronder de kosten van eigen personeel, huisvesting en leermiddelen, komen voor "
      "rekening van de partij die ze maakt.")

    H("Hoofdstuk 8 Medezeggenschap")
    A("Artikel 8.1 Uitgangspunt")
    P("Voor leerlingen in de vo-fase, hun ouders en het personeel van de scholen blijft de medezeggenschapsraad van "
      "de eigen school bevoegd; voor studenten in de mbo-fase en hun ouders de studentenraad en de ouderraad van het "
      "ROC, en voor het personeel van het ROC de ondernemingsraad.")
    A("Artikel 8.2 Routeraad")
    P("1. Aanvullend stellen partijen een routeraad in. Daarin hebben zitting: uit iedere medezeggenschapsraad van de "
      "scholen \u00e9\u00e9n lid van de personeelsgeleding en \u00e9\u00e9n lid van de ouder- of leerlinggeleding, en "
      "uit het ROC twee leden van de studentenraad en \u00e9\u00e9n lid van de ondernemingsraad.")
    P("2. De routeraad vergadert ten minste twee keer per jaar met de stuurgroep. De stuurgroep legt het jaarverslag, "
      "wijzigingen in het PTA/OER met gevolgen voor de leerlingen en ieder voorstel tot wijziging of opzegging van deze "
      "overeenkomst voor advies aan de routeraad voor. Volgt de stuurgroep of een college het advies niet, dan "
      "wordt dat schriftelijk gemotiveerd.")
    P("3. De bevoegdheden van de wettelijke medezeggenschapsorganen blijven onverlet.")

    H("Hoofdstuk 9 Geschillen")
    P("1. Partijen spannen zich in een geschil eerst in de stuurgroep op te lossen. Lukt dat niet binnen vier weken "
      "nadat een partij het geschil schriftelijk heeft gemeld, dan wordt het geschil voorgelegd aan het bestuurlijk "
      "overleg van de drie colleges van bestuur.")
    P("2. Bereikt het bestuurlijk overleg binnen acht weken geen overeenstemming, dan schakelen partijen een mediator "
      "in die is aangesloten bij de Mediatorsfederatie Nederland. De kosten worden gelijk gedeeld.")
    P("3. Leidt mediation niet binnen drie maanden tot een oplossing, dan is de rechtbank Noord-Nederland, locatie "
      "Assen, bevoegd. Op deze overeenkomst is Nederlands recht van toepassing.")

    H("Hoofdstuk 10 Toetreding, duur, wijziging en be\u00ebindiging")
    A("Artikel 10.1 Duur")
    P("Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd. Zij wordt in het "
      "schooljaar 2028-2029 geëvalueerd.")
    A("Artikel 10.2 Toetreding")
    P("Een andere school voor vbo of mavo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst "
      "toetreden, mits alle partijen daarmee schriftelijk instemmen, de toetreder zich in een toetredingsakte aan "
      "alle bepalingen bindt en de toetreding bij DUO wordt gemeld. De toetreding gaat in bij het begin van een "
      "schooljaar; lopende routejaren worden daardoor niet gewijzigd.")
    A("Artikel 10.3 Wijziging")
    P("Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst tussen alle partijen, na advies "
      "van de routeraad. Een wijziging treedt in werking bij het begin van een schooljaar.")
    A("Artikel 10.4 Opzegging en ontbinding")
    P("1. Iedere partij kan de overeenkomst voor zichzelf opzeggen tegen 1 augustus, met een opzegtermijn van ten "
      "minste twaalf maanden, bij aangetekende brief aan de andere partijen. De overeenkomst blijft tussen de "
      "overige partijen van kracht zolang ten minste \u00e9\u00e9n school en het ROC partij zijn.")
    P("2. Een partij kan de overeenkomst ontbinden als een andere partij haar verplichtingen ernstig niet nakomt en "
      "dat niet binnen twee maanden na schriftelijke ingebrekestelling herstelt.")
    A("Artikel 10.5 Bescherming van leerlingen en studenten")
    P("Bij opzegging, ontbinding of wijziging zorgen partijen ervoor dat de gevolgen voor leerlingen en studenten zo "
      "beperkt mogelijk zijn. Na een opzegging worden geen nieuwe leerlingen meer toegelaten; deelnemers die al in de "
      "route zijn gestart, ronden de route af onder de voorwaarden van deze overeenkomst. Is dat niet mogelijk, dan "
      "geldt hoofdstuk 6.")

    H("Hoofdstuk 11 Slotbepalingen")
    P("1. Bijlage A maakt deel uit van deze overeenkomst.")
    P("2. Deze overeenkomst is in drievoud opgemaakt en ondertekend.")
    b.append(("sp", 10))
    b.append(("sig", "Emmen, 30 juni 2025"))
    b.append(("sig", "Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe \u2013 drs. J.H. Kuiper"))
    b.append(("sig", "Vereniging voor Christelijk Voortgezet Onderwijs De Monden \u2013 A.G. Bakker-Wolters MEd"))
    b.append(("sig", "Stichting Regionaal Opleidingencentrum Hunzedal \u2013 ir. M.T. Smid"))

    H("Bijlage A Overzicht per routejaar")
    L("Routejaar 1 (leerjaar 3 vmbo): algemene vakken en profielvak PIE op de eigen school; twee dagdelen "
      "Installatiehuis (basisvaardigheden elektrotechniek, veiligheid, VCA-basis); bedrijfsbezoek.")
    L("Routejaar 2 (leerjaar 4 vmbo): centraal examen vmbo; mbo-onderdelen Installeren in de woning; snuffelstage "
      "van vijf dagen; eerste mbo-examens op niveau 2.")
    L("Routejaar 3 (mbo-fase): opleiding Eerste monteur elektrotechnische installaties op het ROC; bpv van twintig weken.")
    L("Routejaar 4 (mbo-fase): bpv of BBL-baan, keuzedelen Domotica en Duurzame energie, proeve van bekwaamheid en "
      "diplomering.")
    build_pdf_toc(path, cover, b, title="Samenwerkingsovereenkomst Elektroroute Zuidoost-Drenthe",
                  footer="Samenwerkingsovereenkomst Elektroroute Zuidoost-Drenthe \u2013 definitieve tekst 2025",
                  author="ROC Hunzedal")

# --------------------------------------------------------------------------------------------
# 433 - TXT, continuous prose without any heading, Gouda, Horeca, bakkerij en recreatie bb -> Bakker
#       niveau 2. Defects: the leiding is described at length but nobody appoints anyone (c weak);
#       nothing at all about money or funding (g missing).
# --------------------------------------------------------------------------------------------

TXT_433 = """
Deze overeenkomst over een doorlopende leerroute voor bakkers wordt gesloten tussen de Stichting Openbaar Voortgezet Onderwijs Midden-Holland, statutair gevestigd in Gouda en bevoegd gezag van het Goudse Vakcollege Het Bolwerk, hier vertegenwoordigd door mevrouw J.C. van Leeuwen-Boer, voorzitter van het college van bestuur, en de Stichting Regionaal Opleidingencentrum Hollandse IJssel, statutair gevestigd in Gouda en bevoegd gezag van ROC Hollandse IJssel, hier vertegenwoordigd door de heer A.R. Schouten, lid van het college van bestuur. Hieronder noemen wij hen de school en het ROC. In deze tekst schrijven wij, de twee besturen, in gewone zinnen op wat wij met elkaar afspreken; wat hier staat bindt ons allebei.

De route waar het om gaat begint in het derde leerjaar van de basisberoepsgerichte leerweg in het profiel Horeca, bakkerij en recreatie van de school en loopt door tot en met het diploma van de mbo-opleiding Bakker op niveau 2, een basisberoepsopleiding in de beroepsopleidende leerweg van het ROC, in het opleidingsdomein Horeca en bakkerij. Een leerling die in de route zit, haalt onderweg, uiterlijk in het derde routejaar, ook het vmbo-diploma. De route duurt vier schooljaren; de eerste twee staat de leerling ingeschreven op de school, de laatste twee als student bij het ROC.

Bakkers uit de streek zijn vanaf het begin bij de route betrokken, en dat blijft zo. De Bakkersvereniging Midden-Holland, acht ambachtelijke bakkerijen uit Gouda, Waddinxveen en de Krimpenerwaard en de broodfabriek van Graanhuys in Waddinxveen hebben toegezegd dat zij de leerlingen in het tweede routejaar een meeloopweek in de bakkerij bieden, dat zij in het derde en vierde routejaar de bpv-plaatsen leveren als door SBB erkend leerbedrijf, en dat een meesterbakker van de vereniging als tweede beoordelaar meekijkt bij de proeve van bekwaamheid. Eens per maand is er op zaterdag een bakdag op school waar een bakker uit de vereniging het werk leidt. Elk jaar in maart bespreken wij het programma met de vereniging en nemen wij haar advies over de keuzedelen en de praktijkopdrachten mee in het nieuwe programma.

Voor de dagelijkse leiding van de route is er een routeteam. Daarin zitten de teamleider bovenbouw van de school, de opleidingsmanager Horeca en bakkerij van het ROC en een coördinerend docent, die het aanspreekpunt is voor leerlingen, ouders en bakkers. Het routeteam maakt het jaarprogramma en het gezamenlijke PTA/OER, verdeelt de lessen over de docenten van school en ROC, plant de meeloopweken en de bpv, besluit wie tot de route wordt toegelaten en beslist, samen met leerling en ouders, over een overstap zoals verderop beschreven. Het routeteam mag zelf besluiten nemen over het rooster, de inzet van de docenten binnen de uren die de besturen daarvoor vrijmaken en het gebruik van de bakkerijlokalen. Alles wat daarbuiten valt, zoals een wijziging van deze afspraken, personeelszaken en verbouwingen, leggen wij als besturen niet bij het routeteam neer; daarover beslissen wij zelf.

Twee keer per jaar, in januari en in juni, brengt het routeteam schriftelijk verslag uit aan beide besturen. In het verslag van januari staan de instroom en de eerste resultaten; in het verslag van juni staan de doorstroom, de uitval en de overstappen, de examenuitslagen en de ervaringen van de bakkers. Het junirapport bespreken wij met het routeteam in ons bestuurlijk overleg vóór de zomervakantie. Als er tussendoor iets ernstigs gebeurt, laat het routeteam het ons allebei binnen een week weten.

De lessen in de eerste twee routejaren worden gegeven op de school aan de Bolwerkstraat in Gouda. Daar staat de schoolbakkerij, die de leerlingen ook op de bakdagen gebruiken. In het tweede routejaar werken de leerlingen daarnaast een dag per week in de leerbakkerij van het ROC aan de Goudse Poort, waar de ovens, de deegverwerkingslijn en de banketafdeling van het ROC voor hen openstaan. De laatste twee routejaren vinden plaats op het ROC en in de bakkerijen. In het gezamenlijke PTA/OER staat voor elk routejaar wat vmbo-stof is, wat mbo-stof is en hoe en wanneer er getoetst wordt.

De docenten van de school en het ROC vormen samen één bakkerijteam. Twee bakkerijdocenten van het ROC geven al in het eerste routejaar praktijkles op school; de docent Nederlands van de school blijft in het derde routejaar de taallessen verzorgen. Voor het vakoverstijgende onderdeel Ondernemen in de bakkerij werken wij met teambevoegdheid, waarbij voor elk onderdeel een bevoegde docent in het team zit. Iedere docent blijft in dienst van zijn of haar eigen werkgever. Wie een klacht heeft over een docent van de andere partij, kan die indienen bij de partij waar hij of zij ingeschreven is; die behandelt de klacht samen met de andere partij.

Het kan gebeuren dat een leerling de route niet afmaakt, omdat bakken toch niet past, omdat het niveau te hoog of te laag blijkt of omdat het gezin verhuist. Dan zoeken de school en het ROC samen met de leerling en de ouders naar de weg die het snelst en het zekerst naar een diploma leidt, waarbij wij kijken naar wat de leerling al heeft gehaald en naar zijn of haar leeftijd; het besluit nemen school en ROC samen. In de eerste twee jaar kan de leerling verder in de gewone basisberoepsgerichte leerweg van de school, in hetzelfde of een ander profiel, om het vmbo-diploma te halen. Wie na het derde routejaar het vmbo-diploma niet heeft, kan bij het ROC verder in de opleiding Bakker of een andere opleiding op niveau 2, zoals Medewerker fastservice, zonder dat de vooropleidingseisen in de weg staan, of kan een jaar langer op school blijven om het examen opnieuw te doen. Wie elders verder wil, helpen wij aan een plaats bij een andere school of instelling in de regio; daar kan toelating volgen na een geschiktheidsonderzoek. De schoolgids van beide partijen vertelt leerlingen en ouders hoe dit gaat.

Over de medezeggenschap spreken wij het volgende af. Leerlingen in de eerste twee routejaren en hun ouders vallen onder de medezeggenschapsraad van de school, studenten daarna onder de studentenraad van het ROC. Omdat de leerlingen in het tweede routejaar al veel op het ROC zijn, mogen zij één vertegenwoordiger kiezen die als toehoorder met spreekrecht de vergaderingen van de studentenraad van het ROC bijwoont. Plannen om de route te veranderen leggen wij voor advies voor aan de medezeggenschapsraad van de school en aan de studentenraad van het ROC.

Als wij het over de uitvoering van deze afspraken niet eens worden, bespreekt eerst het routeteam het probleem. Lukt het daar niet binnen een maand, dan spreken de twee voorzitters van de colleges van bestuur erover. Komen ook zij er binnen zes weken niet uit, dan vragen wij samen een onafhankelijke mediator om te bemiddelen, en als ook dat niet helpt, leggen wij het geschil voor aan de rechtbank Den Haag.

Een andere school of mbo-instelling mag zich bij de route aansluiten als wij allebei schriftelijk instemmen en de nieuwe partner deze overeenkomst ondertekent; de aansluiting begint bij een nieuw schooljaar en wordt door de betrokken partijen bij DUO gemeld. Deze afspraken kunnen alleen worden veranderd als beide besturen de wijziging schriftelijk vastleggen en ondertekenen; een wijziging geldt niet voor een schooljaar dat al loopt. Elk van ons kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van minstens een jaar, en ontbinding is mogelijk als een van ons de afspraken ernstig en blijvend niet nakomt. In al die gevallen maken de leerlingen en studenten die al in de route zitten de route af bij de school en het ROC, en na een opzegging laten wij geen nieuwe leerlingen meer toe.

Zo afgesproken en ondertekend in Gouda op 30 juni 2025, door mevrouw J.C. van Leeuwen-Boer namens de Stichting Openbaar Voortgezet Onderwijs Midden-Holland en door de heer A.R. Schouten namens de Stichting Regionaal Opleidingencentrum Hollandse IJssel.
"""


@sample(433, "433_doorlopend_proza_bakker_gouda", "txt",
        st("p p w p p p m p p p"),
        {"a": "De route waar het om gaat begint in het derde leerjaar",
         "b": "Bakkers uit de streek zijn vanaf het begin bij de route betrokken",
         "d": "Twee keer per jaar, in januari en in juni, brengt het routeteam",
         "e": "De lessen in de eerste twee routejaren worden gegeven",
         "f": "Het kan gebeuren dat een leerling de route niet afmaakt",
         "h": "Over de medezeggenschap spreken wij het volgende af",
         "i": "Als wij het over de uitvoering van deze afspraken niet eens worden",
         "j": "Een andere school of mbo-instelling mag zich bij de route aansluiten"},
        "Plain-text agreement in continuous first-person-plural prose with no headings at all (paragraphs only); "
        "Gouda, Horeca, bakkerij en recreatie bb -> Bakker niveau 2; the routeteam is described at length "
        "(members, tasks, what it may decide) but nothing says who appoints its members or the coordinating "
        "teacher (c weak); not a word about funding, transfer or costs (g missing); everything else present.",
        absent=["benoem", "aangewezen", "aanwijs", "aanwijz", "wijst", "voorgedragen", "aangesteld", "aanstel",
                "bekostig", "financi", "\u20ac", "kosten", "budget", "vergoed", "rijksbijdrage", "betaal"])
def build_433(path):
    write_text(path, TXT_433)

# --------------------------------------------------------------------------------------------
# 434 - very short Markdown 'afsprakenblad', Achterhoek, Mobiliteit en transport kb -> Eerste
#       autotechnicus niveau 3. Fully compliant in very few words.
# --------------------------------------------------------------------------------------------

MD_434 = """
# Afsprakenblad doorlopende leerroute Autotechniek Achterhoek

| | |
|---|---|
| **School** | Stichting Voortgezet Onderwijs Oost-Gelderland, bevoegd gezag van het IJsselweide Vakcollege, Doetinchem |
| **Instelling** | Stichting Regionaal Opleidingencentrum Graafschap-Achterhoek (ROC G-A), Doetinchem |
| **Ingang** | 1 augustus 2025, voor onbepaalde tijd |

Beide besturen sluiten hierbij de samenwerkingsovereenkomst voor de route hieronder (art. 2.107b WVO 2020 / art. 9.1.3 WEB).

## 1. Route
Profiel **Mobiliteit en transport**, kaderberoepsgerichte leerweg → mbo-opleiding **Eerste autotechnicus**, niveau 3 (BOL, vanaf routejaar 4 ook BBL), domein Mobiliteit en voertuigen. Vier routejaren; vmbo-diploma uiterlijk in routejaar 3.

## 2. Autobedrijven
De Autobedrijvenkring Achterhoek en zes SBB-erkende leerbedrijven: snuffeldagen in routejaar 1, bpv vanaf routejaar 2, vier gastlessen diagnose per jaar, een werkplaatschef als medebeoordelaar bij de proeve. Jaarlijks in februari advies over programma en keuzedelen.

## 3. Kernteam
- Leden: afdelingsleider techniek (school), teamleider Mobiliteit (ROC), routecoördinator.
- Ieder college van bestuur wijst zijn eigen lid aan; de coördinator wordt door beide colleges samen benoemd voor drie jaar.
- Het kernteam stelt rooster en PTA/OER vast, beslist over toelating en overstap en verdeelt de docenten. Geld, personeel en wijziging van dit blad blijven bij de besturen.

## 4. Rekenschap
Het kernteam stuurt beide besturen vóór 1 oktober een jaarverslag (in-, door- en uitstroom, examens, bpv) en in maart een tussenbericht; het jaarverslag wordt besproken in het bestuurlijk overleg van oktober.

## 5. Onderwijs, mensen, ruimten
Routejaar 1–2 op de school plus één dag per week in de autowerkplaats van het ROC; routejaar 3–4 op het ROC en bij de leerbedrijven; het PTA/OER regelt per routejaar de vmbo- en mbo-delen en de toetsing. Eén docententeam: een ROC-docent autotechniek geeft in routejaar 1–2 les op school; teambevoegdheid voor de module Onderhoud en APK. Beiden blijven werkgever van hun eigen mensen. Gedeeld gebruik: ROC-werkplaats, hefbruggen en diagnoseapparatuur; techniekhal en lokalen van de school.

## 6. Overstap
Verlaat een leerling de route, dan kiezen school en ROC samen, met leerling en ouders, het vervolg op basis van behaald niveau en leeftijd: regulier kb Mobiliteit en transport (of ander profiel) naar het vmbo-diploma; zonder vmbo-diploma na routejaar 3 door naar Autotechnicus (niveau 2) of een andere ROC-opleiding zonder vooropleidingseis, of herexamen; elders in de regio na een geschiktheidsonderzoek, met warme overdracht.

## 7. Geld
Geen overdracht van bekostiging tussen school en ROC; ieder draagt zijn eigen kosten.

## 8. Medezeggenschap
Naast MR (school) en studentenraad (ROC): de route-leerlingen hebben vanaf routejaar 2 één zetel met adviserende stem in de studentenraad van het ROC; wijzigingen van de route gaan voor advies naar de MR en de studentenraad.

## 9. Geschil
Kernteam → beide voorzitters CvB (binnen zes weken) → bindend advies van een onafhankelijke deskundige die beide besturen samen aanwijzen.

## 10. Toetreden, wijzigen, opzeggen
Nieuwe school of instelling: alleen met schriftelijke instemming van beide besturen, ondertekening van dit blad en melding bij DUO, per 1 augustus. Wijzigen: schriftelijk, door beide besturen getekend, niet in een lopend schooljaar. Opzeggen: schriftelijk tegen 1 augustus, één jaar opzegtermijn. Wie al in de route zit, maakt die af; na opzegging geen nieuwe instroom.

*Doetinchem, 30 juni 2025 — getekend: mr. B.J. Heijink (voorzitter CvB, Stichting Voortgezet Onderwijs Oost-Gelderland) en drs. K. Wissink-Lammers (voorzitter CvB, ROC Graafschap-Achterhoek).*
"""


@sample(434, "434_kort_afsprakenblad_autotechniek_achterhoek", "md",
        st("p p p p p p p p p p"),
        {"a": "1. Route",
         "b": "2. Autobedrijven",
         "c": "3. Kernteam",
         "d": "4. Rekenschap",
         "e": "5. Onderwijs, mensen, ruimten",
         "f": "6. Overstap",
         "g": "7. Geld",
         "h": "8. Medezeggenschap",
         "i": "9. Geschil",
         "j": "10. Toetreden, wijzigen, opzeggen"},
        "Very short Markdown 'afsprakenblad' (about one page) with a party table, terse telegram-style sections "
        "and arrows; Achterhoek (Doetinchem), Mobiliteit en transport kb -> Eerste autotechnicus niveau 3; every "
        "core element present in minimal words (appointment, rekenschap with dates, explicit no transfer, "
        "seat in the studentenraad, bindend advies); fully compliant.")
def build_434(path):
    write_text(path, MD_434)

# --------------------------------------------------------------------------------------------
# 435 - PDF letter from the ROC board, countersigned 'voor akkoord' by the school board, Zeeuws-Vlaanderen,
#       Bouwen, wonen en interieur kb -> Allround timmerman niveau 3. Fully compliant.
# --------------------------------------------------------------------------------------------

@sample(435, "435_brief_voor_akkoord_timmerman_terneuzen", "pdf",
        st("p p p p p p p p p p"),
        {"a": "Om welke route het gaat.",
         "b": "Bouwbedrijven in de route.",
         "c": "Wie de route leidt.",
         "d": "Hoe beide besturen van de routeleiding horen.",
         "e": "Waar en door wie er les wordt gegeven.",
         "f": "Als een leerling van koers verandert.",
         "g": "Geld dat van ons naar u gaat.",
         "h": "Stem van leerlingen, ouders en personeel.",
         "i": "Als wij er samen niet uitkomen.",
         "j": "Erbij komen, aanpassen en stoppen."},
        "PDF letter ('Geacht bestuur') from the ROC's college van bestuur that becomes the agreement by the "
        "school board's countersignature 'voor akkoord'; bold run-in lead-ins instead of headings, 'wij'/'u' "
        "voice; Zeeuws-Vlaanderen (Terneuzen), Bouwen, wonen en interieur kb -> Allround timmerman niveau 3; "
        "transfer from ROC to school of EUR 425 per student with bestemming; fully compliant.")
def build_435(path):
    b = [
        ("pl", "**ROC Scheldemond** \u2013 College van bestuur"),
        ("small", "Postbus 1180, 4530 GD Terneuzen \u2013 bestuurssecretariaat@rocscheldemond.example"),
        ("sp", 24),
        ("pl", "Aan het bestuur van de Stichting Katholiek Voortgezet Onderwijs Zeeuws-Vlaanderen<br/>"
               "t.a.v. de heer drs. F.C.M. de Kraker, bestuurder<br/>Kanaalstraat 14<br/>4531 HR Terneuzen"),
        ("sp", 14),
        ("pl", "Terneuzen, 27 juni 2025<br/>Ons kenmerk: CvB/2025/0412<br/>"
               "Betreft: samenwerkingsovereenkomst doorlopende leerroute Bouwen, wonen en interieur \u2013 Allround timmerman"),
        ("sp", 14),
        ("p", "Geacht bestuur,"),
        ("p", "In de afgelopen maanden hebben uw school, het Zwincollege in Terneuzen, en ons College Bouw en Techniek de "
              "doorlopende leerroute voor timmerlieden voorbereid. In deze brief leggen wij de afspraken vast die wij met "
              "u hebben gemaakt. Zodra u deze brief voor akkoord hebt ondertekend, geldt hij als de "
              "samenwerkingsovereenkomst tussen uw stichting en onze stichting, Stichting Regionaal Opleidingencentrum "
              "Scheldemond, zoals bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Beide besturen zijn er dan "
              "aan gebonden."),
        ("p", "**Om welke route het gaat.** De route is bestemd voor leerlingen van de kaderberoepsgerichte leerweg "
              "met het profiel Bouwen, wonen en interieur. Zij beginnen in leerjaar 3 van het Zwincollege en werken in "
              "vier jaar toe naar het vmbo-diploma en het diploma van onze vakopleiding Allround timmerman, niveau 3, "
              "in de beroepsopleidende leerweg; in het laatste jaar kan de student overstappen naar de "
              "beroepsbegeleidende leerweg van dezelfde opleiding. Het vmbo-examen wordt in het tweede routejaar "
              "afgerond, uiterlijk in het derde."),
        ("p", "**Bouwbedrijven in de route.** Bouwend Zeeuws-Vlaanderen, de vereniging van aannemers in de regio, en "
              "zeven door SBB erkende leerbedrijven hebben zich verbonden aan de route. Zij nemen de leerlingen vanaf "
              "routejaar 2 mee naar de bouwplaats op vaste praktijkdagen, bieden in routejaar 3 en 4 de bpv-plaatsen, "
              "leveren ieder jaar een echt bouwproject als praktijkopdracht (dit jaar de bouw van een tuinhuis voor "
              "de kinderboerderij) en laten hun uitvoerders meebeoordelen bij de proeve van bekwaamheid. De "
              "vereniging overlegt twee keer per jaar met de routeleiding over het programma; haar adviezen worden in "
              "het PTA/OER verwerkt of met redenen terzijde gelegd."),
        ("p", "**Wie de route leidt.** De leiding ligt bij een routeleiding van drie personen: de teamleider techniek "
              "van het Zwincollege, de opleidingsmanager bouw van ons College Bouw en Techniek en een "
              "routecoördinator. U wijst de teamleider aan, wij de opleidingsmanager; de routecoördinator benoemen wij "
              "samen met u, voor twee schooljaren en op voorstel van de twee andere leden. Wij dragen aan de "
              "routeleiding op: het vaststellen van het PTA/OER en het rooster, de toelating van leerlingen, de "
              "verdeling van de lessen over de docenten van beide kanten, de besluiten over een overstap en het "
              "contact met de bouwbedrijven. De routeleiding beheert een routebudget dat wij jaarlijks samen "
              "vaststellen. Zij kan geen personeel aannemen of ontslaan, geen investeringen doen buiten het "
              "routebudget en deze afspraken niet wijzigen; dat blijft aan de besturen."),
        ("p", "**Hoe beide besturen van de routeleiding horen.** De routeleiding stuurt u en ons elk jaar vóór 1 oktober "
              "een schriftelijk jaarverslag over het afgelopen schooljaar: instroom, doorstroom, uitval en overstap, "
              "examenresultaten, bpv en besteding van het routebudget. In februari volgt een tussenrapportage. Beide "
              "stukken bespreken wij met de routeleiding in het bestuurlijk overleg dat daarop volgt."),
        ("p", "**Waar en door wie er les wordt gegeven.** Routejaar 1 en 2 worden gegeven in het gebouw van het "
              "Zwincollege, met vanaf routejaar 2 \u00e9\u00e9n dag per week in onze bouwhal aan de Vlietstraat. "
              "Routejaar 3 en 4 vinden plaats bij ons en bij de leerbedrijven. Het PTA/OER beschrijft per routejaar het "
              "programma en de examinering, en welke onderdelen vmbo, mbo of gecombineerd zijn. Uw docenten en de "
              "onze vormen \u00e9\u00e9n team: twee van onze timmerdocenten geven al in routejaar 1 les in uw "
              "timmerwerkplaats, en uw praktijkdocent hout blijft in routejaar 3 een dag per week betrokken. Voor de "
              "module Bouwen met hout werken wij met teambevoegdheid; in het team zit voor elk onderdeel een bevoegde "
              "docent. Ieder blijft werkgever van de eigen docenten. Over en weer gebruiken wij uw timmerwerkplaats "
              "en theorielokalen en onze bouwhal, de CNC-houtbewerkingsmachine en het steigeroefenterrein."),
        ("p", "**Als een leerling van koers verandert.** Verlaat een leerling de route voordat hij beide diploma\u2019s "
              "heeft, dan bepalen het Zwincollege en wij samen, nadat wij met de leerling en de ouders hebben gepraat, "
              "wat het beste vervolg is; wij kijken naar wat de leerling heeft afgerond en naar de leeftijd. In de "
              "eerste twee routejaren gaat de leerling verder in de gewone kaderberoepsgerichte leerweg van het "
              "Zwincollege, in hetzelfde of een ander profiel, op weg naar het vmbo-diploma. Heeft een leerling na "
              "routejaar 3 geen vmbo-diploma, dan kan hij bij ons verder in de opleiding Timmerman (niveau 2) of een "
              "andere bouwopleiding op niveau 2 of 3, zonder dat het ontbrekende diploma de toelating blokkeert, of "
              "het examen op het Zwincollege opnieuw doen. Wie iets heel anders wil of verhuist, helpen wij samen "
              "aan een plek elders, zo nodig na een geschiktheidsonderzoek door de ontvangende instelling. De "
              "schoolgidsen beschrijven de werkwijze."),
        ("p", "**Geld dat van ons naar u gaat.** Wij dragen met toepassing van artikel 9.1.15 WEB voor iedere student "
              "die op 1 oktober in routejaar 3 bij ons staat ingeschreven \u20ac 425 over aan uw stichting. Dat bedrag "
              "is bestemd voor het gebruik van de timmerwerkplaats van het Zwincollege en voor de uren van uw "
              "praktijkdocent hout in routejaar 3. Uw stichting draagt geen bekostiging aan ons over."),
        ("p", "**Stem van leerlingen, ouders en personeel.** De medezeggenschapsraad van het Zwincollege blijft bevoegd "
              "voor de leerlingen in routejaar 1 en 2 en hun ouders, onze studentenraad voor de studenten daarna. Wij "
              "spreken met u af dat de leerlingen in routejaar 2 twee vertegenwoordigers kiezen die met spreekrecht "
              "deelnemen aan onze studentenraad, dat ieder voorstel om de route te veranderen voor advies naar uw "
              "medezeggenschapsraad en naar onze studentenraad gaat, en dat de personeelsgeleding van uw raad en onze "
              "ondernemingsraad eens per jaar samen over de route spreken."),
        ("p", "**Als wij er samen niet uitkomen.** Een verschil van mening over de uitvoering van deze afspraken "
              "bespreekt eerst de routeleiding. Is het na vier weken niet opgelost, dan bespreken u en wij het in het "
              "bestuurlijk overleg. Lukt het ook daar niet binnen twee maanden, dan leggen wij het samen voor aan een "
              "onafhankelijke bemiddelaar en, als dat niet helpt, aan de bevoegde rechter in de rechtbank "
              "Zeeland-West-Brabant."),
        ("p", "**Erbij komen, aanpassen en stoppen.** Wil een andere school of instelling meedoen, dan kan dat als u "
              "en wij allebei schriftelijk instemmen en de nieuwe partner deze afspraken onderschrijft; meedoen begint "
              "op 1 augustus en wordt bij DUO gemeld. Deze afspraken veranderen alleen schriftelijk, met handtekening "
              "van beide besturen, en nooit midden in een schooljaar. Opzeggen kan schriftelijk tegen 1 augustus met "
              "een termijn van een jaar; ontbinden alleen als een van ons ernstig tekortschiet en dat na een "
              "schriftelijke aanmaning niet binnen twee maanden herstelt. Leerlingen en studenten die al in de route "
              "zitten, maken de route af; na een opzegging nemen wij geen nieuwe leerlingen meer aan."),
        ("p", "Deze afspraken gaan in op 1 augustus 2025 en gelden voor onbepaalde tijd. Wij zien uit naar de "
              "samenwerking en vragen u een door u ondertekend exemplaar aan ons terug te sturen."),
        ("keep", [
            ("p", "Met vriendelijke groet,"),
            ("sig", "namens het college van bestuur van Stichting Regionaal Opleidingencentrum Scheldemond,"),
            ("sp", 18),
            ("sig", "ir. C.J. Verschelling-De Bruijne, voorzitter college van bestuur"),
            ("sp", 20),
            ("sig", "**Voor akkoord**, namens het bestuur van de Stichting Katholiek Voortgezet Onderwijs Zeeuws-Vlaanderen,"),
            ("sp", 18),
            ("sig", "drs. F.C.M. de Kraker, bestuurder \u2013 Terneuzen, 30 juni 2025"),
        ]),
    ]
    build_pdf_simple(path, b, title="Brief CvB/2025/0412 samenwerkingsovereenkomst doorlopende leerroute",
                     footer="ROC Scheldemond \u2013 CvB/2025/0412", author="ROC Scheldemond")

# --------------------------------------------------------------------------------------------
# 436 - DOCX with a long considerans touching every subject, then articles; Amersfoort, Media,
#       vormgeving en ICT gl -> Software developer niveau 4. Defects: geschilbeslechting appears only in
#       the considerans (i missing); medezeggenschap article only restates the law and says parties
#       'kunnen' add arrangements (h not_applicable).
# --------------------------------------------------------------------------------------------

@sample(436, "436_lange_considerans_software_amersfoort", "docx",
        st("p p p p p p p na m p"),
        {"a": "Artikel 2 Onderwerp: de route Code Eem",
         "b": "Artikel 3 Inbreng van het werkveld",
         "c": "Artikel 4 De regiegroep",
         "d": "Artikel 5 Rapportage aan de besturen",
         "e": "Artikel 6 Onderwijs en organisatie",
         "f": "Artikel 7 Overstapoptie",
         "g": "Artikel 8 Financi\u00ebn",
         "j": "Artikel 10 Duur, toetreding, wijziging en be\u00ebindiging"},
        "DOCX opening with a long considerans (A-L) that names nearly every statutory subject, including a wish "
        "to settle disputes via a fixed escalation route, followed by ten articles; Amersfoort, Media, vormgeving "
        "en ICT gl -> Software developer niveau 4; no operative clause on geschilbeslechting at all (i missing: "
        "considerans only) and the medezeggenschap article only describes WMS/WEB/WOR and that parties 'kunnen' "
        "add arrangements (h not_applicable); explicit no transfer of funding; otherwise compliant.",
        absent=["rechter", "mediat", "arbitrage", "bindend advies", "geschillencommissie"])
def build_436(path):
    d = Docx("Samenwerkingsovereenkomst doorlopende leerroute Code Eem", "Vathorst Vakcollege")
    d.title_("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo \u2018Code Eem\u2019")
    d.sub("Media, vormgeving en ICT (gemengde leerweg) \u2013 Software developer (mbo niveau 4)")
    d.h2("Partijen")
    d.p("I. Stichting Voortgezet Onderwijs Eemland, gevestigd te Amersfoort, bevoegd gezag van het Vathorst "
        "Vakcollege (vmbo), vertegenwoordigd door mevrouw ir. S.E. Hoogland, voorzitter van het college van bestuur, "
        "hierna: \u2018het Vakcollege\u2019;")
    d.p("II. Stichting Regionaal Opleidingencentrum Eem en Vallei, gevestigd te Amersfoort, bevoegd gezag van ROC Eem "
        "en Vallei, vertegenwoordigd door de heer drs. T.W. Brouwer, voorzitter van het college van bestuur, hierna: "
        "\u2018het ROC\u2019.")
    d.h2("Overwegende dat")
    cons = [
        "A. de arbeidsmarktregio Amersfoort een structureel tekort kent aan softwareontwikkelaars en dat werkgevers "
        "in de regio aangeven dat jongeren eerder en praktijkgerichter met programmeren in aanraking moeten komen;",
        "B. het Vakcollege en het ROC sinds het schooljaar 2021-2022 samenwerken in de pilot \u2018Code Eem\u2019, waarin "
        "leerlingen van de gemengde leerweg al in het vmbo mbo-onderdelen programmeren volgen, en dat die pilot "
        "positief is geëvalueerd;",
        "C. partijen de pilot willen omzetten in een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a "
        "WVO 2020 en artikel 9.1.2 WEB;",
        "D. een doorlopende leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB wordt verzorgd op grond "
        "van een samenwerkingsovereenkomst waarin in elk geval afspraken zijn opgenomen over het profiel en het "
        "aanverwante opleidingsdomein, de betrokkenheid van het bedrijfsleven, de leiding en de verantwoording, de "
        "organisatorische en onderwijskundige inrichting, de overstapoptie, een eventuele overdracht van "
        "bekostiging, de medezeggenschap, de geschilbeslechting en de voorwaarden voor toetreding, opzegging en "
        "wijziging;",
        "E. partijen het bedrijfsleven, in het bijzonder de ICT-bedrijven die in de pilot gastlessen en stages "
        "verzorgden, een blijvende en herkenbare rol in de route willen geven;",
        "F. partijen het belang onderkennen van een leiding van de route die los staat van personen, met een "
        "duidelijk mandaat en een regelmatige verantwoording aan beide besturen;",
        "G. partijen de teambevoegdheid en het gezamenlijke gebruik van hun voorzieningen willen benutten om overlap "
        "tussen vmbo- en mbo-stof te voorkomen;",
        "H. iedere leerling die de route niet afmaakt volgens partijen recht heeft op een passend vervolg dat naar een "
        "diploma leidt;",
        "I. partijen geschillen over de uitvoering van deze overeenkomst bij voorkeur buiten rechte willen oplossen, "
        "langs een vaste escalatieweg die de continuïteit van het onderwijs niet in gevaar brengt;",
        "J. de medezeggenschapsraad van het Vakcollege en de studentenraad en de ondernemingsraad van het ROC over het "
        "voornemen tot deze samenwerking om advies zijn gevraagd en positief hebben geadviseerd;",
        "K. partijen bij iedere wijziging of beëindiging van de samenwerking de gevolgen voor leerlingen en studenten "
        "zo veel mogelijk willen beperken;",
        "L. partijen hun afspraken daarom in deze overeenkomst wensen vast te leggen,",
    ]
    for c in cons:
        d.p(c, ind=567)
    d.p("verklaren te zijn overeengekomen als volgt.")

    d.h1("Artikel 1 Definities")
    d.p("In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute Code Eem; routejaar: een "
        "leerjaar van de route, te beginnen bij leerjaar 3 van het vmbo; deelnemer: een leerling of student in de "
        "route; regiegroep: het orgaan bedoeld in artikel 4.")

    d.h1("Artikel 2 Onderwerp: de route Code Eem")
    d.p("1. Partijen verzorgen gezamenlijk een doorlopende leerroute die aansluit op het profiel Media, vormgeving "
        "en ICT in de gemengde leerweg van het Vakcollege en leidt tot het diploma van de middenkaderopleiding "
        "Software developer, niveau 4, in het opleidingsdomein ICT en creatieve industrie van het ROC.")
    d.p("2. De route duurt vijf routejaren. In routejaar 1 en 2 is de deelnemer leerling van het Vakcollege, vanaf "
        "routejaar 3 student van het ROC. Het centraal examen vmbo wordt in routejaar 2 afgelegd.")

    d.h1("Artikel 3 Inbreng van het werkveld")
    d.p("1. Het werkveld is in de route vertegenwoordigd door de Stichting ICT-Kring Amersfoort en een vaste groep "
        "van ten minste acht softwarebedrijven en IT-afdelingen van overheden en zorginstellingen in de regio, die "
        "in een convenant met het ROC hun medewerking hebben toegezegd.")
    d.p("2. Die bedrijven leveren per routejaar ten minste twee levensechte opdrachten (\u2018klantopdrachten\u2019), "
        "verzorgen in de vo-fase maandelijks een gastles of codeerworkshop, bieden in routejaar 3 tot en met 5 de "
        "bpv-plaatsen als door SBB erkend leerbedrijf en leveren een beoordelaar voor de eindpresentatie van de "
        "klantopdrachten en de proeve van bekwaamheid.")
    d.p("3. De ICT-Kring wijst twee vertegenwoordigers aan die twee keer per jaar met de regiegroep het programma "
        "bespreken en advies uitbrengen over de keuze van de programmeertalen en de keuzedelen.")

    d.h1("Artikel 4 De regiegroep")
    d.p("1. De leiding over de route berust bij de regiegroep, bestaande uit de teamleider MVI van het Vakcollege, "
        "de opleidingsmanager Software van het ROC en de routecoördinator.")
    d.p("2. De teamleider en de opleidingsmanager worden door het college van bestuur van hun eigen partij in de "
        "regiegroep benoemd. De routecoördinator wordt, na een gezamenlijke selectie, door beide colleges van bestuur "
        "voor drie schooljaren benoemd.")
    d.p("3. De colleges van bestuur dragen de regiegroep op de route dagelijks aan te sturen, het gezamenlijke "
        "PTA/OER en de jaarplanning vast te stellen, de deelnemers toe te laten, over een overstap te besluiten "
        "(artikel 7) en de inzet van de docenten te regelen. De regiegroep is bevoegd daartoe de nodige besluiten te "
        "nemen en uitgaven te doen binnen de begroting van de route; voor besluiten met gevolgen voor de formatie, "
        "voor investeringen en voor wijziging van deze overeenkomst is de instemming van beide colleges vereist.")

    d.h1("Artikel 5 Rapportage aan de besturen")
    d.p("De regiegroep brengt per semester, uiterlijk op 1 februari en 1 augustus, schriftelijk verslag uit aan "
        "beide colleges van bestuur over de voortgang, de in-, door- en uitstroom, de examenresultaten en de "
        "besteding van de begroting, en verantwoordt zich daarover in het eerstvolgende bestuurlijk overleg. De "
        "colleges kunnen daarnaast te allen tijde inlichtingen vragen.")

    d.h1("Artikel 6 Onderwijs en organisatie")
    d.p("1. Routejaar 1 en 2 worden verzorgd in het Vathorst Vakcollege, met twee dagdelen per week in het "
        "ICT-lab van het ROC aan de Hogeweg; routejaar 3 tot en met 5 op het ROC en bij de leerbedrijven. Het "
        "PTA/OER beschrijft per routejaar het programma, de examinering en de bpv, en welke onderdelen vmbo, mbo of "
        "gecombineerd zijn.")
    d.p("2. De docenten informatica en MVI van het Vakcollege en de docenten software development van het ROC vormen "
        "één team. Twee ROC-docenten geven in de vo-fase de mbo-onderdelen programmeren op het Vakcollege; een "
        "docent van het Vakcollege verzorgt in routejaar 3 het vak Nederlands. Voor de onderdelen Webdevelopment en "
        "Projectmatig werken wordt de teambevoegdheid toegepast; voor elk onderdeel is ten minste één bevoegde docent "
        "in het team. Iedere partij blijft werkgever van het eigen personeel.")
    d.p("3. De deelnemers gebruiken in de vo-fase het ICT-lab, de servers en de ontwikkelomgeving van het ROC; het "
        "ROC gebruikt voor de route het mediapracticum en het auditorium van het Vakcollege.")

    d.h1("Artikel 7 Overstapoptie")
    d.p("1. Beëindigt een deelnemer de route voordat hij of zij beide diploma\u2019s heeft behaald, dan bepalen het "
        "Vakcollege en het ROC gezamenlijk, op voorstel van de regiegroep en na overleg met de deelnemer en de "
        "ouders, welk vervolg het meest kansrijk is, gelet op het bereikte onderwijsniveau en de leeftijd.")
    d.p("2. Mogelijk zijn in elk geval: voortzetting in de gemengde leerweg of de theoretische leerweg van het "
        "Vakcollege met het vmbo-diploma als doel; zonder vmbo-diploma na routejaar 3 voortzetting in een andere "
        "opleiding van het ROC op niveau 3 of 4, zoals Medewerker ICT support of Expert IT systems and devices, "
        "zonder dat de vooropleidingseisen gelden; of een plaats bij een andere instelling in de regio na een "
        "geschiktheidsonderzoek daar.")

    d.h1("Artikel 8 Financi\u00ebn")
    d.p("Partijen dragen over en weer geen deel van hun rijksbijdrage over. Iedere partij draagt de kosten van haar "
        "eigen personeel en voorzieningen; het wederzijds gebruik van voorzieningen wordt niet doorberekend.")

    d.h1("Artikel 9 Medezeggenschap")
    d.p("Voor deelnemers die bij het Vakcollege staan ingeschreven, hun ouders en het personeel van het Vakcollege "
        "geldt de Wet medezeggenschap op scholen. Voor deelnemers die bij het ROC staan ingeschreven en hun ouders "
        "gelden de bepalingen over medezeggenschap in de WEB, voor het personeel van het ROC de Wet op de "
        "ondernemingsraden. Partijen kunnen aanvullende afspraken maken over de medezeggenschap in de "
        "route, bijvoorbeeld over deelname van leerlingen aan de studentenraad van het ROC.")

    d.h1("Artikel 10 Duur, toetreding, wijziging en be\u00ebindiging")
    d.p("1. Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.")
    d.p("2. Een andere school voor vbo of mavo of een andere instelling voor beroepsonderwijs kan partij worden als "
        "beide partijen daarmee schriftelijk instemmen en de nieuwe partij alle rechten en plichten uit deze "
        "overeenkomst aanvaardt; de toetreding gaat in bij het begin van een schooljaar en wordt bij DUO gemeld.")
    d.p("3. Wijziging van deze overeenkomst is alleen mogelijk bij schriftelijke, door beide colleges van bestuur "
        "ondertekende overeenkomst en gaat niet in tijdens een lopend schooljaar.")
    d.p("4. Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met een "
        "opzegtermijn van ten minste twaalf maanden. Deelnemers die op het moment van opzegging al aan de route "
        "deelnemen, ronden de route af; na opzegging worden geen nieuwe deelnemers toegelaten.")

    d.h1("Artikel 11 Slotbepaling")
    d.p("Deze overeenkomst is in tweevoud opgemaakt en ondertekend te Amersfoort op 30 juni 2025.")
    d.p("Stichting Voortgezet Onderwijs Eemland \u2013 ir. S.E. Hoogland, voorzitter college van bestuur")
    d.p("Stichting Regionaal Opleidingencentrum Eem en Vallei \u2013 drs. T.W. Brouwer, voorzitter college van bestuur")
    d.save(path)

# ===== MAIN =====


def expected_json(s):
    data = {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def build(nums):
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        s["builder"](path)
        with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(expected_json(s))
        print("built", os.path.basename(path), os.path.getsize(path), "bytes")


def check():
    ok = True
    fmts = {}
    for n in sorted(SAMPLES):
        s = SAMPLES[n]
        errs = []
        assert re.match(r"^%d_[a-z0-9_]+$" % n, s["name"]), s["name"]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        if not os.path.exists(path):
            print("MISSING", path)
            ok = False
            continue
        size = os.path.getsize(path)
        if size >= 200 * 1024:
            errs.append("too large: %d" % size)
        try:
            text = norm(extract(path))
        except Exception as e:  # noqa
            errs.append("does not open: %r" % e)
            text = ""
        for k, v in s["evidence"].items():
            if s["statuses"][k] != "present":
                errs.append("evidence for non-present item %s" % k)
            if norm(v) not in text:
                errs.append("evidence %s not found: %r" % (k, v))
        for k in "abcdefghij":
            if s["statuses"][k] == "present" and k not in s["evidence"]:
                errs.append("no evidence for present item %s" % k)
        for a in s["absent"]:
            if norm(a) in text:
                errs.append("text that should be absent (deleted/not there) found: %r" % a)
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as f:
                data = json.load(f)
            if data != json.loads(expected_json(s)):
                errs.append("expected.json differs from the table")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        words = len(text.split())
        print("%s %-60s %6d bytes %5d words %s" % ("OK  " if not errs else "FAIL", os.path.basename(path),
                                                  size, words, "; ".join(errs)))
        ok = ok and not errs
    print("formats:", fmts)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
