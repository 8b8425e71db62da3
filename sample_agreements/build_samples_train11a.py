#!/usr/bin/env python3
"""Build training samples 157-164 (batch train11a): agreements edited by several people over time.

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only -- without looking at any checker code, models, tests, benchmarks
or the texts/build scripts of the other samples. All schools, instellingen, companies and people
are made up.

Focus of the batch: real arrangements written in other words or sitting in unexpected places
(Word comments, tracked changes, footnotes, an afsprakenmatrix, running headers, statute letters in
statutory order, statute quotes in a box). Six agreements are fully compliant; 157 and 158 carry
subtle defects (an element only in a comment; an element removed by a tracked deletion).

Usage:
    python3 build_samples_train11a.py            # build all
    python3 build_samples_train11a.py 157 160    # build only those
    python3 build_samples_train11a.py --check    # open every produced file and verify it
"""

import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)
CORE_DATE = "2025-06-30T09:00:00Z"

SAMPLES = {}


def sample(num, name, fmt, description, statuses, evidence, absent=(), comments_expected=False):
    """Register a sample builder. `absent`: strings that must NOT occur in the extracted body text."""
    def deco(fn):
        SAMPLES[num] = dict(num=num, name=name, fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, absent=list(absent), build=fn)
        return fn
    return deco


def st(s):
    """'p p w m na ...' -> statuses dict a..j."""
    codes = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10, s
    return {k: codes[v] for k, v in zip("abcdefghij", parts)}


# ---------------------------------------------------------------------------------------------
# DOCX writer (hand-built WordprocessingML, deterministic)
# ---------------------------------------------------------------------------------------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _t(text, tag="w:t"):
    return '<%s xml:space="preserve">%s</%s>' % (tag, escape(text), tag)


def _rpr(b=False, i=False, style=None, extra=""):
    inner = ""
    if style:
        inner += '<w:rStyle w:val="%s"/>' % style
    if b:
        inner += "<w:b/>"
    if i:
        inner += "<w:i/>"
    inner += extra
    return "<w:rPr>%s</w:rPr>" % inner if inner else ""


class Docx:
    """Blocks: ('title'|'subtitle'|'h1'|'h2'|'p', segments[, opts]) or ('table', rows, opts).

    Segments: a str, or a tuple:
      ('b', text) bold, ('i', text) italic,
      ('ins', text, author) / ('del', text, author) tracked change,
      ('cs', cid) comment range start, ('ce', cid) comment range end + reference,
      ('fn', fid) footnote reference.
    Paragraph opts: {'ins': author} / {'del': author} mark the paragraph mark as inserted/deleted.
    """

    def __init__(self, title, authors=(), track=False):
        self.title = title
        self.blocks = []
        self.comments = {}   # cid -> (author, initials, date, text)
        self.footnotes = {}  # fid -> text
        self.authors = dict(authors)  # key -> (name, date)
        self.track = track
        self._rev = 100

    def add(self, kind, segs=None, **opts):
        if isinstance(segs, (str, tuple)):
            segs = [segs]
        self.blocks.append((kind, segs or [], opts))

    def table(self, rows, widths, header=True):
        self.blocks.append(("table", rows, dict(widths=widths, header=header)))

    def comment(self, cid, author, initials, date, text):
        self.comments[cid] = (author, initials, date, text)

    def footnote(self, fid, text):
        self.footnotes[fid] = text

    def _revattrs(self, author):
        self._rev += 1
        name, date = self.authors[author]
        return 'w:id="%d" w:author="%s" w:date="%s"' % (self._rev, escape(name), date)

    def _runs(self, segs, base_b=False):
        out = []
        for s in segs:
            if isinstance(s, str):
                out.append("<w:r>%s%s</w:r>" % (_rpr(b=base_b), _t(s)))
                continue
            k = s[0]
            if k == "b":
                out.append("<w:r>%s%s</w:r>" % (_rpr(b=True), _t(s[1])))
            elif k == "i":
                out.append("<w:r>%s%s</w:r>" % (_rpr(i=True, b=base_b), _t(s[1])))
            elif k == "ins":
                out.append("<w:ins %s><w:r>%s%s</w:r></w:ins>" % (self._revattrs(s[2]), _rpr(b=base_b), _t(s[1])))
            elif k == "del":
                out.append("<w:del %s><w:r>%s%s</w:r></w:del>" % (
                    self._revattrs(s[2]), _rpr(b=base_b), _t(s[1], "w:delText")))
            elif k == "cs":
                out.append('<w:commentRangeStart w:id="%d"/>' % s[1])
            elif k == "ce":
                out.append('<w:commentRangeEnd w:id="%d"/><w:r>%s<w:commentReference w:id="%d"/></w:r>'
                           % (s[1], _rpr(style="CommentReference"), s[1]))
            elif k == "fn":
                out.append('<w:r>%s<w:footnoteReference w:id="%d"/></w:r>'
                           % (_rpr(style="FootnoteReference"), s[1]))
            else:
                raise ValueError(k)
        return "".join(out)

    def _para(self, kind, segs, opts):
        style = {"title": "Title", "subtitle": "Subtitle", "h1": "Heading1", "h2": "Heading2",
                 "p": None, "small": "Small", "li": "ListParagraph"}[kind]
        ppr = ""
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if opts.get("ind"):
            ppr += '<w:ind w:left="%d" w:hanging="%d"/>' % (opts["ind"], opts.get("hang", 0))
        if opts.get("jc"):
            ppr += '<w:jc w:val="%s"/>' % opts["jc"]
        if opts.get("ins"):
            ppr += "<w:rPr><w:ins %s/></w:rPr>" % self._revattrs(opts["ins"])
        elif opts.get("del"):
            ppr += "<w:rPr><w:del %s/></w:rPr>" % self._revattrs(opts["del"])
        return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "",
                                     self._runs(segs, base_b=opts.get("bold", False)))

    def _table(self, rows, opts):
        widths = opts["widths"]
        grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
               'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>' % (sum(widths), grid)]
        for ri, row in enumerate(rows):
            hdr = opts["header"] and ri == 0
            out.append("<w:tr>%s" % ('<w:trPr><w:tblHeader/></w:trPr>' if hdr else ""))
            for ci, cell in enumerate(row):
                shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if hdr else ""
                out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (widths[ci], shade))
                paras = cell if isinstance(cell, list) else [cell]
                for p in paras:
                    segs = p if isinstance(p, list) else [p]
                    out.append(self._para("p", segs, {"bold": hdr or (ci == 0 and opts.get("boldfirst", True))}))
                out.append("</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def document_xml(self):
        body = []
        for kind, segs, opts in self.blocks:
            if kind == "table":
                body.append(self._table(segs, opts))
                body.append("<w:p/>")
            else:
                body.append(self._para(kind, segs, opts))
        sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
                'w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s'
                '</w:body></w:document>' % (W, "".join(body), sect))

    def comments_xml(self):
        out = []
        for cid in sorted(self.comments):
            author, initials, date, text = self.comments[cid]
            out.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p><w:pPr>'
                       '<w:pStyle w:val="CommentText"/></w:pPr><w:r>%s<w:annotationRef/></w:r><w:r>%s</w:r>'
                       '</w:p></w:comment>' % (cid, escape(author), date, escape(initials),
                                               _rpr(style="CommentReference"), _t(text)))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>'
                % (W, "".join(out)))

    def footnotes_xml(self):
        out = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
               'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
               'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for fid in sorted(self.footnotes):
            out.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r>%s'
                       '<w:footnoteRef/></w:r><w:r>%s</w:r></w:p></w:footnote>'
                       % (fid, _rpr(style="FootnoteReference"), _t(" " + self.footnotes[fid])))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>'
                % (W, "".join(out)))

    def styles_xml(self):
        def pstyle(sid, name, rpr="", ppr="", based="Normal", nxt="Normal", extra=""):
            return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="%s"/>'
                    '<w:next w:val="%s"/>%s<w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>'
                    % (sid, name, based, nxt, extra, ppr, rpr))
        styles = [
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" '
            'w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nl-NL"/>'
            '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" '
            'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '</w:style>',
            pstyle("Title", "Title", '<w:b/><w:sz w:val="34"/><w:color w:val="1F3864"/>',
                   '<w:spacing w:after="60"/>'),
            pstyle("Subtitle", "Subtitle", '<w:i/><w:color w:val="595959"/>', '<w:spacing w:after="240"/>'),
            pstyle("Heading1", "heading 1", '<w:b/><w:sz w:val="26"/><w:color w:val="1F3864"/>',
                   '<w:keepNext/><w:spacing w:before="280" w:after="100"/><w:outlineLvl w:val="0"/>'),
            pstyle("Heading2", "heading 2", '<w:b/><w:sz w:val="23"/>',
                   '<w:keepNext/><w:spacing w:before="180" w:after="80"/><w:outlineLvl w:val="1"/>'),
            pstyle("ListParagraph", "List Paragraph", "", '<w:ind w:left="720"/>'),
            pstyle("Small", "Small", '<w:sz w:val="18"/>'),
            pstyle("FootnoteText", "footnote text", '<w:sz w:val="18"/>', '<w:spacing w:after="0"/>'),
            pstyle("CommentText", "annotation text", '<w:sz w:val="20"/>'),
            '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
            '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
            '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
            '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>',
            '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
            '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
            '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
            '</w:tblPr></w:style>',
        ]
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>%s</w:styles>'
                % (W, "".join(styles)))

    def settings_xml(self):
        inner = ""
        if self.track:
            inner += "<w:trackRevisions/>"
        inner += '<w:defaultTabStop w:val="708"/>'
        if self.footnotes:
            inner += '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        inner += '<w:compat><w:compatSetting w:name="compatibilityMode" ' \
                 'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s>%s</w:settings>'
                % (W, inner))

    def save(self, path, creator="Gebruiker"):
        ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.wordprocessingml.settings+xml"/>']
        rels = ['<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/styles" Target="styles.xml"/>',
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/settings" Target="settings.xml"/>']
        parts = [("word/document.xml", self.document_xml()), ("word/styles.xml", self.styles_xml()),
                 ("word/settings.xml", self.settings_xml())]
        if self.comments:
            ct.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-'
                      'officedocument.wordprocessingml.comments+xml"/>')
            rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/comments" Target="comments.xml"/>')
            parts.append(("word/comments.xml", self.comments_xml()))
        if self.footnotes:
            ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                      'officedocument.wordprocessingml.footnotes+xml"/>')
            rels.append('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/footnotes" Target="footnotes.xml"/>')
            parts.append(("word/footnotes.xml", self.footnotes_xml()))
        ct.append('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
                  'package.core-properties+xml"/><Override PartName="/docProps/app.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
        root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
                     'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
                     'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/'
                     'document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                     'relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" '
                     'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" '
                     'Target="docProps/app.xml"/></Relationships>')
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://'
                'schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/'
                'elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/'
                'XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s'
                '</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s'
                '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
                '</cp:coreProperties>' % (escape(self.title), escape(creator), escape(creator), CORE_DATE, CORE_DATE))
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
               'openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word'
               '</Application></Properties>')
        doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
                    'schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(rels))
        files = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", root_rels),
                 ("docProps/core.xml", core), ("docProps/app.xml", app)] + parts + \
                [("word/_rels/document.xml.rels", doc_rels)]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in files:
                info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                z.writestr(info, data.encode("utf-8"))
        with open(path, "wb") as f:
            f.write(buf.getvalue())


# ---------------------------------------------------------------------------------------------
# PDF helpers (reportlab, invariant)
# ---------------------------------------------------------------------------------------------
def pdf_styles(base="Helvetica", size=10):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[base]
    lead = size * 1.35
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 6, leading=size + 10, spaceAfter=6,
                                alignment=TA_CENTER),
        "sub": ParagraphStyle("sub", fontName=ital, fontSize=size, leading=lead, spaceAfter=10,
                              alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 2, leading=size + 5, spaceBefore=10,
                             spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead, spaceBefore=6, spaceAfter=2,
                             keepWithNext=1),
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=lead, spaceAfter=5),
        "li": ParagraphStyle("li", fontName=base, fontSize=size, leading=lead, spaceAfter=3, leftIndent=18,
                             firstLineIndent=-12),
        "small": ParagraphStyle("small", fontName=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3,
                                spaceAfter=2),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.3),
        "box": ParagraphStyle("box", fontName=ital, fontSize=size - 1, leading=(size - 1) * 1.35),
        "boxh": ParagraphStyle("boxh", fontName=bold, fontSize=size - 1.5, leading=(size - 1.5) * 1.35),
        "bold": bold, "base": base, "ital": ital,
    }


def build_pdf(path, story, title, header=None, footer=None, base="Helvetica", margins=(62, 62, 70, 62)):
    """header/footer: callables (page_number) -> str, drawn on every page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate
    from reportlab import rl_config
    rl_config.invariant = 1
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]

    def deco(canvas, doc):
        canvas.saveState()
        w, h = A4
        n = canvas.getPageNumber()
        if header:
            canvas.setFont(bold, 8)
            ht = header(n)
            if isinstance(ht, tuple):
                canvas.drawString(margins[1], h - 36, ht[0])
                canvas.setFont(base, 8)
                canvas.drawRightString(w - margins[3], h - 36, ht[1])
            else:
                canvas.drawString(margins[1], h - 36, ht)
            canvas.setLineWidth(0.5)
            canvas.line(margins[1], h - 40, w - margins[3], h - 40)
        if footer:
            canvas.setFont(base, 8)
            canvas.line(margins[1], 44, w - margins[3], 44)
            canvas.drawString(margins[1], 34, footer(n))
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=margins[0], leftMargin=margins[1],
                            bottomMargin=margins[2], rightMargin=margins[3], title=title,
                            author="", subject="", creator="", invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def P(text, style):
    from reportlab.platypus import Paragraph
    return Paragraph(text, style)


def ptable(data, widths, S, header=True, zebra=False):
    from reportlab.platypus import Table, TableStyle
    from reportlab.lib import colors
    rows = []
    for ri, row in enumerate(data):
        rows.append([P(c, S["cellb"] if (header and ri == 0) else S["cell"]) for c in row])
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")))
    t.setStyle(TableStyle(style))
    return t


# ---------------------------------------------------------------------------------------------
# 157  DOCX with Word comments  (defective: i weak, j weak; h only in a comment -> n/a)
# ---------------------------------------------------------------------------------------------
@sample(157, "157_opmerkingen_in_marge_noord_veluwe_gastvrijheid", "docx",
        "Working draft (DOCX) with Word comments by three editors, '1. ...' headings in plain words, "
        "Noord-Veluwe, vmbo kb Horeca, bakkerij en recreatie -> mbo-3 Zelfstandig werkend gastheer/-vrouw. "
        "Defects: geschillen only 'in goed onderling overleg' (a comment asks to add a procedure); opzegging at "
        "three months at any moment, pupil protection only proposed in a comment. A medezeggenschap idea exists "
        "only in a comment, so h is n/a.",
        st("p p p p p p p na w w"),
        {"a": "1. Welke route", "b": "3. De ondernemers aan tafel", "c": "4. Wie de route trekt",
         "d": "5. Terugkoppeling aan de besturen", "e": "2. Hoe de week eruitziet",
         "f": "6. Als de route niet past", "g": "7. Geld"},
        absent=["geschillen opnemen", "studentenraad", "hun route kunnen afmaken"])
def build_157(path):
    d = Docx("Samenwerkingsovereenkomst doorlopende leerroute Gastvrijheid Noord-Veluwe")
    JB = ("Jolanda van den Berg", "JvdB")
    MK = ("Mustafa Kaya", "MK")
    PS = ("Petra Smit", "PS")

    def c(cid, who, date, text):
        d.comment(cid, who[0], who[1], date, text)

    d.add("title", "Samenwerkingsovereenkomst doorlopende leerroute Gastvrijheid Noord-Veluwe")
    d.add("subtitle", "Concept 4 – verwerkt na het overleg van 3 juni 2025 (aanvullingen JvdB, MK en PS)")
    d.add("p", [("b", "Partijen")])
    d.add("p", "1. Stichting Christelijk Voortgezet Onderwijs Noord-Veluwe, bevoegd gezag van het Morgenrood "
               "College (vmbo), Stationslaan 40, 3841 BM Harderwijk, hier vertegenwoordigd door drs. A.M. "
               "Brinkman, voorzitter van het college van bestuur, hierna: de school;")
    d.add("p", "2. Stichting Regionaal Opleidingencentrum Veluwerand, bevoegd gezag van onder meer het "
               "Veluwerand College voor Gastvrijheid, Kranenburgweg 7, 3842 AK Harderwijk, hier vertegenwoordigd "
               "door ing. R.J. Hoogland, lid van het college van bestuur, hierna: het ROC;")
    d.add("p", "samen hierna: partijen.")
    d.add("p", "Partijen willen jongeren uit de Noord-Veluwe die in de gastvrijheid willen werken één "
               "ononderbroken weg bieden van de bovenbouw van het vmbo naar een mbo-diploma, zonder dubbel werk en "
               "zonder harde knip na leerjaar 4. Daarom spreken zij het volgende af.")

    d.add("h1", "1. Welke route")
    c(1, JB, "2025-06-04T10:12:00Z", "Keuzevakken nog even afstemmen met de examensecretaris.")
    d.add("p", ["Het gaat om één doorlopende leerroute. Aan de kant van de school is dat het profiel Horeca, "
                "bakkerij en recreatie in de kaderberoepsgerichte leerweg; ",
                ("cs", 1), "de leerlingen kiezen in leerjaar 3 de keuzevakken Gastheerschap en Recreatie", ("ce", 1),
                ". Aan de kant van het ROC sluit de route aan op de mbo-opleiding Zelfstandig werkend "
                "gastheer/gastvrouw, niveau 3 (bol), in het opleidingsdomein Horeca en bakkerij."])
    d.add("p", "De route duurt vier schooljaren: twee jaar vo-fase (vmbo-leerjaar 3 en 4, hierna routejaar 1 en 2) "
               "en twee jaar mbo-fase. Omdat overlap tussen vmbo- en mbo-stof wordt weggehaald, is de mbo-fase een "
               "jaar korter dan de gewone opleiding. Het vmbo-diploma wordt in de regel aan het eind van routejaar 2 "
               "behaald en uiterlijk aan het eind van routejaar 3.")

    d.add("h1", "2. Hoe de week eruitziet")
    d.add("p", "2.1 In routejaar 1 en 2 krijgen de leerlingen hun lessen in het gebouw van de school aan de "
               "Stationslaan. Op donderdag zijn zij de hele dag in het leerhotel en lesrestaurant De Kranenburg van "
               "het ROC. Vanaf routejaar 3 staan zij ingeschreven bij het ROC en volgen zij hun onderwijs op de "
               "ROC-locatie en bij de leerbedrijven.")
    d.add("p", "2.2 Het vmbo-deel en het mbo-deel worden per routejaar beschreven in één gezamenlijk programma- en "
               "examenboek (PTA en OER in één document), dat partijen vóór 1 juli voor het volgende schooljaar "
               "vaststellen. Daarin staat per leerjaar welke onderdelen meetellen voor het vmbo-examen, welke voor "
               "het mbo-examen en welke voor allebei.")
    c(2, MK, "2025-06-05T08:40:00Z", "Namen van de docenten niet in de overeenkomst zetten, die staan in het "
                                     "jaarplan.")
    d.add("p", ["2.3 ", ("cs", 2), "De lessen worden verzorgd door één vast team van acht mensen", ("ce", 2),
                ": vier docenten van de school (koken, bediening, recreatie en Nederlands/rekenen) en vier docenten "
                "en praktijkinstructeurs van het ROC. Zij geven ook les in elkaars onderdelen, als team op grond van "
                "de teambevoegdheid, mits voor ieder onderdeel een daartoe bevoegde collega in het team zit. Iedereen "
                "blijft in dienst van de eigen werkgever; wie in het gebouw van de ander lesgeeft, volgt daar de "
                "huisregels."])
    d.add("p", "2.4 Partijen stellen hun ruimtes over en weer kosteloos open voor de route: de school haar twee "
               "praktijkkeukens en de recreatiezaal, het ROC het leerhotel, het lesrestaurant en de baropstelling. "
               "Gereedschap, koksbuizen en lesmateriaal voor de donderdag komen van het ROC.")

    d.add("h1", "3. De ondernemers aan tafel")
    c(3, PS, "2025-06-05T14:02:00Z", "Recron afdeling Veluwe ook benaderen?")
    d.add("p", ["3.1 De route wordt gedragen door een vaste kring van zes gastvrijheidsbedrijven uit de "
                "Noord-Veluwe, onder wie Vakantiepark De Zandhoef (Ermelo), Hotel-restaurant Het Veluwse Balkon "
                "(Putten) en Strandpaviljoen Dolfijn (Harderwijk), ", ("cs", 3),
                "aangevuld met de afdeling Noord-Veluwe van Koninklijke Horeca Nederland", ("ce", 3),
                ". De actuele lijst staat in bijlage 1."])
    d.add("p", "3.2 Deze bedrijven:")
    for t in ["a. bieden iedere leerling in routejaar 2 een snuffelstage van tien dagen en vanaf routejaar 3 een "
              "erkende leerwerkplek;",
              "b. leveren per periode één echte opdracht aan – een arrangement, een menukaart of een "
              "activiteitenprogramma – die de leerlingen uitvoeren en presenteren;",
              "c. schuiven twee keer per jaar met de docenten aan bij de werkveldtafel, waar het programma voor het "
              "volgende jaar wordt doorgenomen en zo nodig bijgesteld;",
              "d. leveren praktijkopleiders die bij de proeve van bekwaamheid als tweede beoordelaar meebeslissen."]:
        d.add("li", t)

    d.add("h1", "4. Wie de route trekt")
    d.add("p", "4.1 De dagelijkse aansturing ligt bij een regiegroep van drie personen: de teamleider bovenbouw "
               "beroepsgericht van de school, de opleidingsmanager Gastvrijheid van het ROC en een routecoördinator "
               "uit het team.")
    d.add("p", "4.2 Ieder van partijen wijst het eigen lid aan: bij de school doet de rector dat, bij het ROC de "
               "directeur van het Veluwerand College voor Gastvrijheid. De routecoördinator wordt door hen beiden "
               "samen voor twee schooljaren aangewezen, na een open ronde binnen het team.")
    c(4, MK, "2025-06-05T08:55:00Z", "Vergaderfrequentie regiegroep: 6x per jaar, zie jaarplanning.")
    d.add("p", ["4.3 ", ("cs", 4), "De regiegroep regelt het lopende werk van de route", ("ce", 4),
                ": het rooster, de verdeling van het team over de onderdelen, de planning van stages en opdrachten, "
                "de toelating van nieuwe leerlingen en het opstellen van het programma- en examenboek. Daarover "
                "beslist de regiegroep zelf, zolang het binnen de begroting en de formatie blijft die de besturen "
                "jaarlijks vaststellen. Besluiten die meer geld kosten, de formatie raken of de route inhoudelijk "
                "veranderen, legt de regiegroep aan beide besturen voor."])

    d.add("h1", "5. Terugkoppeling aan de besturen")
    d.add("p", "Eens per jaar, uiterlijk 1 oktober, stuurt de regiegroep de colleges van bestuur van beide partijen "
               "een korte terugblik op het afgelopen schooljaar: hoeveel leerlingen begonnen, doorgingen en "
               "afhaakten, hoe het stond met de leerwerkplekken, waar het schuurde en wat er voor het komende jaar "
               "op stapel staat. De colleges bespreken die terugblik met de regiegroep in het bestuurlijk overleg "
               "van november. Loopt er tussentijds iets echt mis, bijvoorbeeld een tekort aan leerwerkplekken of "
               "een docent die uitvalt zonder vervanging, dan meldt de regiegroep dat meteen aan beide colleges.")

    d.add("h1", "6. Als de route niet past")
    d.add("p", "6.1 Het kan gebeuren dat een leerling onderweg merkt dat de gastvrijheid toch niet bij hem of haar "
               "past, dat het tempo of het niveau niet klopt, of dat het gezin verhuist. Partijen zorgen er dan samen "
               "voor dat de leerling terechtkomt op een plek waar hij of zij een diploma kan halen.")
    d.add("p", "6.2 In routejaar 1 en 2 kan de leerling terug naar de gewone kaderberoepsgerichte leerweg van de "
               "school, in hetzelfde profiel of – als dat beter past – in een ander profiel dat de school aanbiedt, "
               "en daar het vmbo-diploma halen. Wat al is afgerond voor vmbo-onderdelen, blijft staan.")
    d.add("p", "6.3 Heeft de leerling het vmbo-diploma al, maar wil hij of zij een andere kant op, dan kan hij of zij "
               "zonder nieuwe toelatingsprocedure beginnen aan een andere opleiding van het ROC op niveau 3, of op "
               "niveau 2 als dat beter aansluit.")
    d.add("p", "6.4 Lukt het vmbo-diploma niet uiterlijk in routejaar 3, dan kan de leerling bij het ROC doorgaan in "
               "een opleiding op niveau 2 of 3 zonder dat de vooropleidingseisen in de weg staan. Het vmbo-examen "
               "opnieuw afleggen blijft ook mogelijk.")
    c(5, JB, "2025-06-04T10:30:00Z", "Dit voor ouders verder uitwerken in de schoolgids.")
    d.add("p", ["6.5 ", ("cs", 5), "Welke plek het wordt, bepalen de teamleider van de school en de "
                "opleidingsmanager van het ROC samen", ("ce", 5),
                ", in een gesprek met de leerling en de ouders, op basis van wat de leerling al heeft bereikt en van "
                "zijn of haar leeftijd. Kiest de leerling voor een school of instelling elders, dan zorgt de mentor "
                "voor een warme overdracht van het dossier."])

    d.add("h1", "7. Geld")
    c(6, PS, "2025-05-28T16:20:00Z", "Akkoord van de controllers aan beide kanten, mail 28 mei.")
    d.add("p", [("cs", 6), "De school en het ROC houden ieder de rijksbijdrage die zij voor hun eigen leerlingen en "
                "studenten ontvangen.", ("ce", 6),
                " Er wordt onderling niets overgemaakt of verrekend; ieder draagt de kosten van het eigen personeel "
                "en de eigen ruimtes, ook als die voor de route worden ingezet."])

    d.add("h1", "8. Samen verder")
    c(7, JB, "2025-06-04T10:41:00Z", "Willen MR en studentenraad hier iets in? Voorstel: één leerling uit de route "
                                     "als toehoorder bij de studentenraad van het ROC.")
    d.add("p", ["8.1 ", ("cs", 7), "Partijen houden elkaar op de hoogte van alles wat voor de route van belang is",
                ("ce", 7), ", zoals wijzigingen in het profiel of in het kwalificatiedossier."])
    c(8, PS, "2025-06-05T14:10:00Z", "hier nog iets over geschillen opnemen? Nu staat er alleen 'in goed overleg'. "
                                     "Bijv. eerst de bestuurders, dan een bemiddelaar, dan de rechter.")
    d.add("p", ["8.2 ", ("cs", 8), "Verschillen van inzicht over de uitvoering van deze afspraken lossen partijen in "
                "goed onderling overleg op.", ("ce", 8)])

    d.add("h1", "9. Looptijd, aansluiten en stoppen")
    d.add("p", "9.1 Deze overeenkomst gaat in op 1 augustus 2025 en loopt voor onbepaalde tijd.")
    d.add("p", "9.2 Een andere school voor vmbo of een andere mbo-instelling kan zich bij de route aansluiten als "
               "beide partijen daar schriftelijk mee instemmen en de nieuwe partij deze overeenkomst in haar geheel "
               "onderschrijft door haar mede te ondertekenen.")
    c(9, MK, "2025-06-05T09:05:00Z", "Moeten we niet vastleggen dat leerlingen die al in de route zitten hun route "
                                     "kunnen afmaken? Nu kan het midden in het schooljaar stoppen.")
    d.add("p", ["9.3 ", ("cs", 9), "Elk van partijen kan de overeenkomst schriftelijk beëindigen met een opzegtermijn "
                "van drie maanden.", ("ce", 9)])
    d.add("p", "9.4 Aanpassingen van deze tekst gelden pas als beide besturen ze schriftelijk hebben vastgelegd en "
               "ondertekend.")

    d.add("h1", "10. Ondertekening")
    d.add("p", "Aldus overeengekomen en in tweevoud getekend te Harderwijk op 30 juni 2025.")
    d.add("p", "Namens Stichting Christelijk Voortgezet Onderwijs Noord-Veluwe: drs. A.M. Brinkman")
    d.add("p", "Namens Stichting Regionaal Opleidingencentrum Veluwerand: ing. R.J. Hoogland")
    d.add("h2", "Bijlage 1. Bedrijven in de route (stand juni 2025)")
    for t in ["Vakantiepark De Zandhoef, Ermelo – snuffelstages en leerwerkplekken recreatie",
              "Hotel-restaurant Het Veluwse Balkon, Putten – leerwerkplekken keuken en bediening",
              "Strandpaviljoen Dolfijn, Harderwijk – leerwerkplekken bediening, seizoensopdrachten",
              "Landgoedhotel Staverden, Ermelo – leerwerkplekken en tweede beoordelaar proeve",
              "Camping De Wilde Ree, Nunspeet – activiteitenprogramma als periode-opdracht",
              "Brasserie Vischpoort, Harderwijk – leerwerkplekken keuken",
              "Koninklijke Horeca Nederland, afdeling Noord-Veluwe – werkveldtafel"]:
        d.add("li", "– " + t)
    d.save(path, creator="Petra Smit")


# ---------------------------------------------------------------------------------------------
# 158  DOCX with tracked changes  (defective: g weak via deletion + deferral, j weak via deletion)
# ---------------------------------------------------------------------------------------------
@sample(158, "158_wijzigingen_bijgehouden_ijmond_metaal", "docx",
        "Lawyerly 'Artikel N' agreement (DOCX) with tracked changes by two reviewers, IJmond, vmbo bb PIE -> mbo-2 "
        "Lasser. Insertions add the appointment of the kernteam (c) and a whole inspraak article (h) and replace an "
        "Entree-only overstap. Defects as the accepted text reads: a deletion removes the per-pupil amount of the "
        "bekostiging transfer and an insertion defers it to yearly talks (g weak); a deleted paragraph removes the "
        "toetreding clause (j weak).",
        st("p p p p p p w p p w"),
        {"a": "Artikel 1 Onderwerp", "b": "Artikel 5 Bedrijven in de route", "c": "Artikel 2 Kernteam",
         "d": "Artikel 3 Voortgangsnotities", "e": "Artikel 4 Lesplaatsen, docenten en werkplaatsen",
         "f": "Artikel 6 Uitstappen uit de route", "h": "Artikel 10 Inspraak",
         "i": "Artikel 8 Als partijen het oneens zijn"},
        absent=["1.100", "toetreden", "dan volgt de student de Entree-opleiding"])
def build_158(path):
    d = Docx("Samenwerkingsovereenkomst doorlopende leerroute Metaal IJmond", track=True,
             authors={"W": ("R. de Wit (OVO IJmond)", "2025-05-12T09:30:00Z"),
                      "B": ("H. Bakker (ROC Noordzeekanaal)", "2025-05-19T14:05:00Z")})
    d.add("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE METAAL IJMOND")
    d.add("subtitle", "Versie 0.7 – wijzigingen bijgehouden (juridische ronde mei 2025)")
    d.add("p", [("b", "De ondergetekenden:")])
    d.add("p", "1. Stichting Openbaar Voortgezet Onderwijs IJmond, statutair gevestigd te Velsen, bevoegd gezag van "
               "het Kennemer Vakcollege te Beverwijk, ten deze rechtsgeldig vertegenwoordigd door de heer W.F. "
               "Molenaar, bestuurder, hierna te noemen: ‘de School’;", ind=360, hang=360)
    d.add("p", "2. Stichting Regionaal Opleidingencentrum Noordzeekanaal, statutair gevestigd te IJmuiden, bevoegd "
               "gezag van het Techniekcollege Noordzeekanaal, ten deze rechtsgeldig vertegenwoordigd door mevrouw "
               "ir. C.H. Dekker-Lont, voorzitter van het college van bestuur, hierna te noemen: ‘de Instelling’;",
          ind=360, hang=360)
    d.add("p", [("b", "in aanmerking nemende dat:")])
    d.add("p", "a. de metaal- en maakindustrie in de IJmond blijvend om vakmensen verlegen zit;", ind=360, hang=360)
    d.add("p", ["b. partijen sinds 2019 samenwerken in een vakmanschapsroute en die samenwerking ",
                ("del", "willen omzetten in", "W"), ("ins", "voortzetten als", "W"),
                " een doorlopende leerroute in de zin van artikel 2.107a WVO 2020;"], ind=360, hang=360)
    d.add("p", [("b", "komen overeen als volgt:")])

    d.add("h1", "Artikel 1 Onderwerp")
    d.add("p", "1.1 Partijen verzorgen samen een doorlopende leerroute die begint in leerjaar 3 van de "
               "basisberoepsgerichte leerweg van de School, profiel Produceren, installeren en energie, en leidt tot "
               "het diploma van de mbo-opleiding Lasser (niveau 2) van de Instelling, opleidingsdomein Techniek en "
               "procesindustrie.")
    d.add("p", ["1.2 Binnen het profiel volgen de leerlingen de keuzevakken ", ("del", "Booglassen", "W"),
                ("ins", "Plaat- en constructiewerk en Lastechnieken", "W"), "."])

    d.add("h1", "Artikel 2 Kernteam")
    d.add("p", "2.1 De route wordt aangestuurd door een kernteam, bestaande uit de afdelingsleider techniek van de "
               "School, de teamleider Metaal van de Instelling en een routecoördinator.")
    d.add("p", [("ins", "2.2 De leden van het kernteam worden aangewezen door de colleges van bestuur van partijen, "
                        "ieder voor de eigen medewerker. De routecoördinator wordt door beide colleges gezamenlijk "
                        "aangewezen voor een periode van drie jaar, op voordracht van de andere twee leden.", "B")],
          ins="B")
    d.add("p", ["2.", ("del", "2", "B"), ("ins", "3", "B"),
                " Het kernteam stelt jaarlijks het routeplan op, maakt het rooster, verdeelt de inzet van docenten en "
                "instructeurs, beslist over de toelating van leerlingen tot de route en bewaakt de kwaliteit van "
                "lessen en examens. Het kernteam mag uitgaven doen binnen het routebudget dat partijen jaarlijks "
                "vaststellen. Besluiten over het aannemen van personeel, over investeringen boven € 10.000 en over "
                "het veranderen van de route zijn voorbehouden aan de colleges van bestuur."])

    d.add("h1", "Artikel 3 Voortgangsnotities")
    d.add("p", ["Het kernteam stelt ", ("del", "jaarlijks", "B"), ("ins", "twee keer per jaar, in januari en in juli,", "B"),
                " een voortgangsnotitie op voor de colleges van bestuur van beide partijen, met daarin de in-, door- "
                "en uitstroom van leerlingen, de examenresultaten, de stand van de bpv-plaatsen en de besteding van "
                "het routebudget. De notitie van juli wordt besproken in het bestuurlijk overleg van partijen, waarvoor "
                "het kernteam wordt uitgenodigd."])

    d.add("h1", "Artikel 4 Lesplaatsen, docenten en werkplaatsen")
    d.add("p", "4.1 Routejaar 1 en 2 (vmbo-leerjaar 3 en 4) worden gegeven in het gebouw van de School, met twee "
               "dagdelen per week in het lascentrum van de Instelling in IJmuiden. Vanaf routejaar 3 volgt de "
               "student het onderwijs bij de Instelling en in het leerbedrijf.")
    d.add("p", "4.2 Partijen leggen het programma en de examinering van de hele route per leerjaar vast in een "
               "gezamenlijk PTA/OER, dat het kernteam jaarlijks vóór 1 juni aan beide colleges voorlegt.")
    d.add("p", ["4.3 Docenten van de School en instructeurs van de Instelling werken als één team. De lasinstructeurs "
                "van de Instelling verzorgen de praktijklessen lassen, ook in de vo-fase; docenten van de School "
                "verzorgen ", ("del", "Nederlands en rekenen", "W"), ("ins", "de algemene vakken", "W"),
                " in de mbo-fase. Partijen maken daarbij gebruik van de teambevoegdheid zoals in het PTA/OER is "
                "beschreven. Ieder blijft werkgever van het eigen personeel."])
    d.add("p", "4.4 De Instelling stelt haar lascentrum met twaalf lascabines, de plaatwerkerij en de persoonlijke "
               "beschermingsmiddelen beschikbaar; de School stelt haar metaalwerkplaats en theorielokalen "
               "beschikbaar voor de lessen die instructeurs van de Instelling daar geven.")

    d.add("h1", "Artikel 5 Bedrijven in de route")
    d.add("p", "5.1 Staalbedrijf Noordpier B.V., Constructiebedrijf Van Velsen B.V. en de leden van Opleidingsbedrijf "
               "Metaal Kennemerland (OMK) zijn vaste partners van de route.")
    d.add("p", ["5.2 Zij stellen vanaf routejaar 2 bpv-plaatsen beschikbaar, verzorgen per klas per jaar ten minste ",
                ("del", "twee", "B"), ("ins", "drie", "B"),
                " gastlessen of bedrijfsbezoeken en beoordelen samen met de lasinstructeurs de lasproeven in "
                "routejaar 2 en de proeve van bekwaamheid."])
    d.add("p", "5.3 Een vertegenwoordiger van OMK neemt twee keer per jaar deel aan het kernteamoverleg om het "
               "programma te toetsen aan wat er op de werkvloer wordt gevraagd.")

    d.add("h1", "Artikel 6 Uitstappen uit de route")
    d.add("p", "6.1 Stopt een leerling in routejaar 1 of 2 met de route, dan vervolgt hij zijn opleiding in de "
               "reguliere basisberoepsgerichte leerweg van de School, in het profiel Produceren, installeren en "
               "energie of een ander profiel van de School, gericht op het vmbo-diploma.")
    d.add("p", "6.2 Stopt een student na het behalen van het vmbo-diploma, dan kan hij instromen in een andere "
               "opleiding op niveau 2 van de Instelling, zoals Metaalbewerker of Monteur werktuigkundige "
               "installaties.")
    d.add("p", ["6.3 Is het vmbo-diploma aan het einde van routejaar 3 niet behaald, ",
                ("del", "dan volgt de student de Entree-opleiding.", "W"),
                ("ins", "dan bepalen partijen gezamenlijk of de student zonder vmbo-diploma een mbo-opleiding op "
                        "niveau 2 bij de Instelling vervolgt – waarvoor de vooropleidingseisen dan niet gelden – of het "
                        "vmbo-examen opnieuw aflegt.", "W")])
    d.add("p", "6.4 De keuze wordt gemaakt door de afdelingsleider van de School en de teamleider van de Instelling "
               "samen, na een gesprek met de leerling en zijn ouders en met inachtneming van het bereikte niveau en de "
               "leeftijd van de leerling.")

    d.add("h1", "Artikel 7 Financiële bijdrage")
    d.add("p", ["7.1 Met toepassing van artikel 5.42a WVO 2020 draagt de School aan de Instelling een deel over van de "
                "bekostiging die zij voor de leerlingen in de vo-fase ontvangt",
                ("del", ", te weten € 1.100 per leerling per schooljaar", "W"), ".",
                ("ins", " De hoogte van het over te dragen deel wordt jaarlijks in het bestuurlijk overleg bepaald.",
                 "W")])
    d.add("p", "7.2 Het overgedragen deel is bestemd voor de inzet van de lasinstructeurs in de vo-fase en voor het "
               "gebruik van het lascentrum en de verbruiksmaterialen.")
    d.add("p", "7.3 De Instelling brengt het bedrag in twee termijnen in rekening, in december en in juni.")

    d.add("h1", "Artikel 8 Als partijen het oneens zijn")
    d.add("p", "8.1 Een verschil van mening over de uitvoering van deze overeenkomst wordt eerst in het kernteam "
               "besproken.")
    d.add("p", ["8.2 Komt het kernteam er binnen ", ("del", "twee", "B"), ("ins", "vier", "B"),
                " weken niet uit, dan legt ieder lid de kwestie voor aan het eigen college van bestuur; de colleges "
                "voeren binnen zes weken overleg."])
    d.add("p", "8.3 Levert dat geen oplossing op, dan schakelen partijen een mediator in die zij samen kiezen.")
    d.add("p", "8.4 Slaagt de mediation niet binnen drie maanden, dan kan ieder van partijen het geschil voorleggen "
               "aan de bevoegde rechter in het arrondissement Noord-Holland.")

    d.add("h1", "Artikel 9 Duur en einde")
    d.add("p", "9.1 Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd.")
    d.add("p", [("del", "9.2 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze "
                        "overeenkomst toetreden als partijen daarmee schriftelijk instemmen en de nieuwe partij de "
                        "verplichtingen uit deze overeenkomst aanvaardt.", "W")], **{"del": "W"})
    d.add("p", ["9.", ("del", "3", "W"), ("ins", "2", "W"),
                " Elk van partijen kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met een "
                "opzegtermijn van ", ("del", "drie", "B"), ("ins", "zes", "B"),
                " maanden. Leerlingen en studenten die op de datum van opzegging al in de route zitten, maken de route "
                "af volgens het geldende programma; na de opzegging worden geen nieuwe leerlingen meer toegelaten."])
    d.add("p", ["9.", ("del", "4", "W"), ("ins", "3", "W"),
                " Deze overeenkomst kan alleen worden gewijzigd bij een schriftelijk stuk dat door beide colleges van "
                "bestuur is ondertekend; wijzigingen die lopende leerlingen raken, gaan pas in bij de start van een "
                "nieuw cohort."])

    d.add("h1", [("ins", "Artikel 10 Inspraak", "B")], ins="B")
    d.add("p", [("ins", "10.1 De medezeggenschapsraad van de School en de studentenraad van de Instelling houden elk "
                        "voorjaar een gezamenlijke vergadering over de route, waarin het kernteam de voortgangsnotitie "
                        "toelicht.", "B")], ins="B")
    d.add("p", [("ins", "10.2 Leerlingen in de vo-fase van de route kunnen als toehoorder met spreekrecht deelnemen aan "
                        "de vergaderingen van de studentenraad van de Instelling.", "B")], ins="B")

    d.add("h1", ["Artikel ", ("del", "10", "B"), ("ins", "11", "B"), " Slot"])
    d.add("p", "Op deze overeenkomst is Nederlands recht van toepassing.")
    d.add("p", "Aldus overeengekomen en in tweevoud ondertekend te Beverwijk op 30 juni 2025.")
    d.add("p", "Stichting Openbaar Voortgezet Onderwijs IJmond – W.F. Molenaar, bestuurder")
    d.add("p", "Stichting Regionaal Opleidingencentrum Noordzeekanaal – ir. C.H. Dekker-Lont, voorzitter college van "
               "bestuur")
    d.save(path, creator="R. de Wit")


# ---------------------------------------------------------------------------------------------
# 159  DOCX with footnotes (compliant; h n/a -- the law on medezeggenschap is only explained in a footnote)
# ---------------------------------------------------------------------------------------------
@sample(159, "159_voetnoten_toelichting_zuidwest_friesland_kindcentrum", "docx",
        "Working-group text (DOCX) with 'Afspraak N – ...' headings and eight footnotes that explain statute and "
        "choices but hold no arrangement, Zuidwest-Friesland, vmbo gl Zorg en welzijn -> mbo-4 Gespecialiseerd "
        "pedagogisch medewerker kindcentrum. Fully compliant in own words (routeoverleg/routeregisseur, "
        "voortgangsbrief, 'een andere weg', no funding moves); medezeggenschap only described by the law in a "
        "footnote, so h is n/a.",
        st("p p p p p p p na p p"),
        {"a": "Afspraak 1 – Waar de route over gaat", "b": "Afspraak 5 – Kinderopvang en basisscholen doen mee",
         "c": "Afspraak 2 – Aansturing", "d": "Afspraak 3 – Rekenschap aan beide colleges",
         "e": "Afspraak 4 – Lessen, lokalen en docenten", "f": "Afspraak 6 – Een andere weg",
         "g": "Afspraak 7 – Geld", "i": "Afspraak 8 – Als we er samen niet uitkomen",
         "j": "Afspraak 9 – Duur, aanhaken en uitstappen"},
        absent=["WMS", "Mediatorsfederatie", "5.42a", "studentenraad"])
def build_159(path):
    d = Docx("Samenwerkingsovereenkomst doorlopende leerroute Kind en Educatie")
    fn = d.footnote
    fn(1, "Een doorlopende leerroute is geregeld in artikel 2.107a e.v. WVO 2020 en in hoofdstuk 9, titel 1, van de "
          "WEB. De route begint in het derde leerjaar van het vmbo en leidt tot een vmbo- én een mbo-diploma.")
    fn(2, "Toelating tot de route is iets anders dan toelating tot de mbo-opleiding: de leerling wordt pas bij de "
          "start van routejaar 3 ingeschreven bij het ROC (art. 2.107e WVO 2020).")
    fn(3, "De werkgroep koos bewust voor een korte brief in plaats van een dikke rapportage. De kengetallen sluiten "
          "aan bij wat de inspectie bij een route bekijkt.")
    fn(4, "Teambevoegdheid (art. 7.13a WVO 2020 en art. 9.1.12 WEB) houdt in dat een team als geheel les mag geven in "
          "vak- en sectoroverstijgende onderdelen, zolang ieder teamlid bevoegd is voor ten minste één vak en het "
          "team samen alle onderdelen dekt.")
    fn(5, "Tot en met routejaar 2 is de leerling ingeschreven bij It Oerset; voor hem of haar en de ouders geldt dan "
          "de WMS. Na inschrijving bij het ROC gelden de regels van de WEB over de studentenraad, en voor docenten "
          "van het ROC de WOR.")
    fn(6, "Zie art. 2.107k WVO 2020 en art. 9.1.14 WEB. Bij een overstap naar een andere mbo-instelling mag die "
          "instelling een geschiktheidsonderzoek doen (art. 8.2.1 lid 6 WEB); hoe dat onderzoek eruitziet, is vrij.")
    fn(7, "Overdracht van bekostiging kan op grond van art. 5.42a WVO 2020 en art. 9.1.15 WEB. De financieel "
          "adviseurs van beide besturen hebben de varianten in maart 2025 doorgerekend.")
    fn(8, "De werkgroep dacht aan een mediator uit het register van de Mediatorsfederatie Nederland.")

    d.add("title", "Samenwerkingsovereenkomst doorlopende leerroute Kind en Educatie")
    d.add("subtitle", "It Oerset – ROC Zuidwest | vastgestelde tekst met toelichtende voetnoten van de werkgroep")
    d.add("p", ("i", "Deze tekst is in het schooljaar 2024-2025 opgesteld door een werkgroep van docenten, teamleiders "
                     "en beleidsmedewerkers van beide besturen. De voetnoten zijn toegevoegd als uitleg voor nieuwe "
                     "collega's; zij maken geen deel uit van de afspraken."))
    d.add("h1", "Partijen")
    d.add("p", "Stichting Voortgezet Onderwijs Zuidwest-Friesland, bevoegd gezag van Scholengemeenschap It Oerset te "
               "Sneek, vertegenwoordigd door mevrouw J.T. Hoekstra-Visser, voorzitter van het college van bestuur "
               "(hierna: It Oerset),")
    d.add("p", "en")
    d.add("p", "Stichting Regionaal Opleidingencentrum Zuidwest-Friesland, bevoegd gezag van ROC Zuidwest te Sneek en "
               "Bolsward, vertegenwoordigd door de heer drs. S.P. de Vries, voorzitter van het college van bestuur "
               "(hierna: ROC Zuidwest),")
    d.add("p", "maken de volgende afspraken.")

    d.add("h1", "Afspraak 1 – Waar de route over gaat")
    d.add("p", ["Partijen bieden samen één doorlopende leerroute aan.", ("fn", 1),
                " Leerlingen volgen in leerjaar 3 en 4 de gemengde leerweg met het profiel Zorg en welzijn bij "
                "It Oerset, locatie Sneek, en stromen daarna door naar de mbo-opleiding Gespecialiseerd pedagogisch "
                "medewerker kindcentrum (niveau 4, bol) van ROC Zuidwest, uit het opleidingsdomein Zorg en welzijn. "
                "Het vmbo-diploma wordt aan het einde van routejaar 2 behaald; de route eindigt met het mbo-diploma, in "
                "de regel na vijf schooljaren. Beide partijen melden de route ieder voor zich in RIO bij DUO."])

    d.add("h1", "Afspraak 2 – Aansturing")
    d.add("p", "2.1 De route kent een routeoverleg en een routeregisseur. Het routeoverleg bestaat uit de "
               "locatiedirecteur van It Oerset, de teamleider Zorg en welzijn van ROC Zuidwest en de routeregisseur.")
    d.add("p", "2.2 Het college van bestuur van ieder van partijen wijst zijn eigen vertegenwoordiger in het "
               "routeoverleg aan. De routeregisseur, een docent van een van beide partijen, krijgt zijn of haar "
               "opdracht schriftelijk van beide colleges samen, telkens voor drie schooljaren.")
    d.add("p", ["2.3 Het routeoverleg stelt het jaarrooster en de jaarplanning vast, beslist over de toelating van "
                "leerlingen tot de route,", ("fn", 2),
                " verdeelt de docenturen van beide partijen over de onderdelen binnen de formatie die de colleges "
                "daarvoor beschikbaar stellen en spreekt de praktijkpartners aan op hun toezeggingen. Het routeoverleg "
                "gaat niet over de begroting, over het aannemen of ontslaan van personeel en over de inhoud van deze "
                "overeenkomst; dat blijft bij de colleges."])
    d.add("p", "2.4 De routeregisseur bereidt het routeoverleg voor, is het aanspreekpunt voor leerlingen, ouders en "
               "praktijkpartners en houdt de voortgang van iedere leerling bij.")

    d.add("h1", "Afspraak 3 – Rekenschap aan beide colleges")
    d.add("p", "3.1 Twee keer per jaar, in februari en in september, ontvangen beide colleges van bestuur een beknopte "
               "voortgangsbrief van het routeoverleg.")
    d.add("p", ["3.2 De brief van september is tevens het jaarbericht. Daarin staan het aantal leerlingen per "
                "routejaar, wie is afgehaakt of een andere weg is ingeslagen en waarheen, de examenresultaten, de stand "
                "van de stageplaatsen en hoe de docenturen en het budget zijn besteed.", ("fn", 3)])
    d.add("p", "3.3 Het jaarbericht wordt in oktober besproken in het bestuurlijk overleg, waarbij beide colleges en "
               "het routeoverleg aanwezig zijn. De colleges kunnen het routeoverleg daarnaast op elk moment om "
               "inlichtingen vragen.")

    d.add("h1", "Afspraak 4 – Lessen, lokalen en docenten")
    d.add("p", ["4.1 Routejaar 1 en 2 worden gegeven op de locatie Sneek van It Oerset. Vanaf routejaar 3 krijgen de "
                "studenten hun onderwijs in het gebouw van ROC Zuidwest aan de Pearkewei in Sneek en bij de "
                "kindcentra.", ("fn", 5)])
    d.add("p", "4.2 Partijen leggen per leerjaar vast welke onderdelen tot het vmbo-programma en -examen horen, welke "
               "tot het mbo en welke tot allebei, in één gezamenlijk PTA/OER dat beide colleges jaarlijks vóór 1 juni "
               "vaststellen.")
    d.add("p", ["4.3 Het onderwijs wordt verzorgd door een vast team met docenten van beide partijen. Pedagogiek en "
                "spel- en beweegactiviteiten worden vanaf routejaar 1 mede gegeven door twee docenten van ROC Zuidwest "
                "op de locatie van It Oerset; in routejaar 3 verzorgen docenten Nederlands en Engels van It Oerset de "
                "generieke vakken op het ROC. Het team werkt met teambevoegdheid;", ("fn", 4),
                " voor ieder programmaonderdeel zit ten minste één daartoe bevoegde docent in het team. Iedere docent "
                "blijft in dienst van de eigen werkgever."])
    d.add("p", "4.4 Leerlingen en docenten maken over en weer gebruik van elkaars ruimten: de verzorgingslokalen en de "
               "speel-leerhoek van It Oerset, het oefenkindcentrum, de muziekstudio en de mediatheek van ROC Zuidwest. "
               "Dat gebeurt zonder doorberekening; het rooster bepaalt wie wanneer waar les heeft.")

    d.add("h1", "Afspraak 5 – Kinderopvang en basisscholen doen mee")
    d.add("p", "5.1 Kinderopvang De Pôle (acht locaties in Súdwest-Fryslân), Peuterwurk Snits en de basisscholen van "
               "Stichting Basisonderwijs Greidhoeke zijn de vaste praktijkpartners van de route.")
    d.add("p", "5.2 Zij bieden de leerlingen vanaf routejaar 1 één ochtend per week een meeloopplek en vanaf routejaar 3 "
               "een erkende stageplaats; hun praktijkbegeleiders beoordelen de beroepsproducten van de leerlingen mee.")
    d.add("p", "5.3 Ieder jaar in maart organiseert het routeoverleg een werkveldavond waarop de praktijkpartners het "
               "programma voor het volgende jaar doornemen en voorstellen doen; het routeoverleg legt vast wat ermee "
               "gebeurt en koppelt dat aan hen terug.")

    d.add("h1", "Afspraak 6 – Een andere weg")
    d.add("p", ["6.1 Een leerling die de route verlaat, krijgt altijd een vervolg met uitzicht op een diploma.",
                ("fn", 6)])
    d.add("p", "6.2 Gaat het in routejaar 1 of 2 mis, dan gaat de leerling verder in het reguliere vmbo van It Oerset, "
               "in de gemengde leerweg met het profiel Zorg en welzijn of een ander profiel, en haalt daar het "
               "vmbo-diploma. Ook de kaderberoepsgerichte leerweg behoort tot de mogelijkheden.")
    d.add("p", "6.3 Na het vmbo-diploma kan de leerling zonder nieuwe intake kiezen voor een andere opleiding van "
               "ROC Zuidwest op niveau 3 of 4, bijvoorbeeld Pedagogisch medewerker kinderopvang (niveau 3) of "
               "Onderwijsassistent (niveau 4).")
    d.add("p", "6.4 Is het vmbo-diploma aan het einde van routejaar 3 niet binnen, dan kan de leerling bij ROC Zuidwest "
               "verder in een opleiding op niveau 3 zonder dat de vooropleidingseisen gelden, of het vmbo-examen "
               "opnieuw afleggen.")
    d.add("p", "6.5 Welk vervolg het wordt, beslist het routeoverleg samen met de leerling en diens ouders, gelet op wat "
               "de leerling al heeft bereikt en op diens leeftijd. Wil de leerling naar een andere school of "
               "instelling, dan regelt de routeregisseur een warme overdracht.")

    d.add("h1", "Afspraak 7 – Geld")
    d.add("p", ["Er gaat geen rijksbijdrage van de ene naar de andere partij.", ("fn", 7),
                " Ieder betaalt de eigen docenten en de eigen ruimten. De kosten van de werkveldavond en van "
                "gezamenlijke scholing worden per keer bij helfte gedeeld."])

    d.add("h1", "Afspraak 8 – Als we er samen niet uitkomen")
    d.add("p", "8.1 Een meningsverschil over de uitvoering van deze overeenkomst wordt eerst in het routeoverleg "
               "besproken.")
    d.add("p", "8.2 Lukt het daar niet binnen vier weken, dan leggen de leden van het routeoverleg de kwestie voor aan "
               "hun colleges van bestuur, die binnen zes weken samen naar een oplossing zoeken.")
    d.add("p", ["8.3 Blijft het verschil bestaan, dan vragen de colleges een onafhankelijke mediator om te bemiddelen.",
                ("fn", 8), " Levert ook dat binnen drie maanden niets op, dan kan ieder van partijen de zaak voorleggen "
                "aan de rechtbank Noord-Nederland, locatie Leeuwarden."])

    d.add("h1", "Afspraak 9 – Duur, aanhaken en uitstappen")
    d.add("p", "9.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor vijf schooljaren en wordt daarna telkens met "
               "vijf jaar verlengd, tenzij een van partijen uiterlijk 1 februari vóór het einde van de looptijd "
               "schriftelijk laat weten te willen stoppen.")
    d.add("p", "9.2 Een partij kan de overeenkomst ook tussentijds schriftelijk opzeggen, altijd per 1 augustus en met "
               "een termijn van ten minste twaalf maanden. Wie op dat moment in de route zit, maakt haar bij partijen "
               "af zoals afgesproken; vanaf de opzegging start er geen nieuwe groep meer.")
    d.add("p", "9.3 Een andere vmbo-school of mbo-instelling uit de regio kan aanhaken als beide colleges daarmee "
               "instemmen en de nieuwe partij deze afspraken schriftelijk aanvaardt. Het aanhaken gaat in bij het "
               "begin van een schooljaar en verandert niets voor de leerlingen die al in de route zitten.")
    d.add("p", "9.4 Deze afspraken worden alleen aangepast bij een schriftelijk besluit van beide colleges. Een "
               "aanpassing die het programma van lopende groepen raakt, gaat niet eerder in dan bij het begin van het "
               "volgende schooljaar.")

    d.add("h1", "Ondertekening")
    d.add("p", "Sneek, 30 juni 2025")
    d.add("p", "Stichting Voortgezet Onderwijs Zuidwest-Friesland – J.T. Hoekstra-Visser")
    d.add("p", "Stichting Regionaal Opleidingencentrum Zuidwest-Friesland – drs. S.P. de Vries")
    d.save(path, creator="Werkgroep route Kind en Educatie")


# ---------------------------------------------------------------------------------------------
# 160  DOCX afsprakenmatrix  Onderwerp | School doet | ROC doet | Samen  (compliant; h present)
# ---------------------------------------------------------------------------------------------
@sample(160, "160_afsprakenmatrix_oss_schilderen", "docx",
        "Afsprakenmatrix (DOCX): a four-column Word table 'Onderwerp | School doet | ROC doet | Samen' holds every "
        "arrangement, core elements split over the cells; Oss, vmbo bb Bouwen, wonen en interieur -> mbo-2 Schilder. "
        "Fully compliant in plain words (routeteam appointed per column, 'Wat de besturen te horen krijgen', no "
        "rijksgeld moves, inspraakavond, bindend advies).",
        st("p p p p p p p p p p"),
        {"a": "Welke route", "b": "Praktijk en werkgevers", "c": "Regie over de route",
         "d": "Wat de besturen te horen krijgen", "e": "Lesplaatsen, werkplaats en docenten",
         "f": "Als het niet past", "g": "Geld en middelen", "h": "Inspraak", "i": "Onenigheid",
         "j": "Instappen, uitstappen, bijstellen"})
def build_160(path):
    d = Docx("Afsprakenmatrix doorlopende leerroute Schilderen Oss")
    d.add("title", "Samenwerkingsovereenkomst doorlopende leerroute Schilderen – afsprakenmatrix")
    d.add("subtitle", "Versie 3, aangevuld na het werkveldoverleg van 14 mei 2025")
    d.add("p", [("b", "Partijen")])
    d.add("p", "Stichting Voortgezet Onderwijs Maas en Meierij, bevoegd gezag van het Maasoever Bouwcollege, "
               "Kruisstraat 21, Oss, vertegenwoordigd door de heer M.A.J. van den Heuvel, rector-bestuurder "
               "(hierna: de school), en Stichting Regionaal Opleidingencentrum Maasoever, bevoegd gezag van het "
               "ROC Maasoever, Vijf Eikenweg 2, Oss, vertegenwoordigd door mevrouw L. Koenen-Smits, voorzitter van "
               "het college van bestuur (hierna: het ROC).")
    d.add("p", "Partijen verzorgen samen een doorlopende leerroute vmbo-mbo. Zij leggen hun afspraken vast in de matrix "
               "hieronder: per onderwerp staat wat de school doet, wat het ROC doet en wat zij samen doen. Wat in de "
               "matrix staat, geldt tussen partijen als overeengekomen. De overeenkomst gaat in op 1 augustus 2025 en "
               "loopt voor onbepaalde tijd.")
    rows = [
        ["Onderwerp", "School doet", "ROC doet", "Samen"],
        ["Welke route",
         "Biedt in leerjaar 3 en 4 het profiel Bouwen, wonen en interieur aan in de basisberoepsgerichte leerweg, met "
         "de keuzevakken Schilderen van een interieur en Decoratieve technieken.",
         "Verzorgt de mbo-opleiding Schilder (niveau 2, bol en bbl) in het opleidingsdomein Afbouw, hout en onderhoud.",
         "Eén route van vier jaar: twee jaar vo-fase, twee jaar mbo-fase. Het vmbo-diploma wordt eind routejaar 2 "
         "gehaald. Ieder meldt de route in RIO."],
        ["Regie over de route",
         "De rector-bestuurder wijst de afdelingsleider bouw aan als lid van het routeteam.",
         "Het college van bestuur wijst de opleidingsmanager Bouw en Afbouw aan als lid van het routeteam.",
         ["Die twee kiezen samen een praktijkcoördinator uit het docententeam als derde lid, voor twee schooljaren.",
          "Het routeteam beslist over rooster, inzet van docenten, toelating van leerlingen en de jaarplanning. "
          "Uitgaven boven € 5.000, personele besluiten en veranderingen aan de route gaan naar de besturen."]],
        ["Wat de besturen te horen krijgen",
         "Levert vóór 1 september de cijfers over de vo-fase aan (instroom, examens, verzuim).",
         "Levert vóór 1 september de cijfers over de mbo-fase aan (doorstroom, diploma's, uitval).",
         "Het routeteam schrijft ieder jaar in september een jaarverslag van hooguit vijf pagina's voor beide besturen "
         "en bespreekt het in oktober met hen; in maart krijgen beide besturen een korte tussenstand."],
        ["Lesplaatsen, werkplaats en docenten",
         "Geeft routejaar 1 en 2 in het eigen gebouw en stelt de bouwwerkplaats en het praktijklokaal afbouw "
         "beschikbaar. De docent BWI geeft in routejaar 3 ook les in het leerbedrijf van het ROC.",
         "Stuurt vanaf routejaar 1 een praktijkdocent schilderen voor twee dagdelen per week naar de school en stelt "
         "het schilderslab met proefwanden en de spuitcabine open voor lessen in routejaar 2.",
         "Eén docententeam dat met teambevoegdheid werkt. Het programma en de examens per leerjaar staan in één PTA/OER "
         "dat vóór 1 juli samen wordt vastgesteld. Ieder blijft werkgever van de eigen mensen; elkaars ruimten worden "
         "zonder rekening gebruikt."],
        ["Praktijk en werkgevers",
         "Organiseert in routejaar 1 bedrijfsbezoeken bij de deelnemende schildersbedrijven.",
         "Zorgt via SBB dat de stagebedrijven erkend leerbedrijf zijn.",
         "Schildersbedrijf Van Lieshout & Zn (Berghem), Hendriks Onderhoud (Oss) en Kleurwerk Uden bieden vanaf "
         "routejaar 2 stageplaatsen, leveren ieder jaar een echte opdracht (bijvoorbeeld het schilderen van een "
         "buurthuis), leveren een praktijkopleider die de proeve mee beoordeelt en schuiven twee keer per jaar aan bij "
         "het routeteam om het programma bij te sturen."],
        ["Als het niet past",
         "Neemt een leerling die in routejaar 1 of 2 uit de route stapt op in de gewone basisberoepsgerichte leerweg, "
         "BWI of een ander profiel, op weg naar het vmbo-diploma.",
         "Biedt na het vmbo-diploma zonder nieuwe intake een andere opleiding op niveau 2 aan (bijvoorbeeld Stukadoor "
         "of Timmerman). Een student zonder vmbo-diploma na routejaar 3 mag op niveau 2 verder zonder "
         "vooropleidingseisen.",
         "Mentor en loopbaancoach beslissen samen met de leerling en de ouders, op grond van wat de leerling al kan en "
         "hoe oud hij of zij is; bij vertrek naar elders volgt een warme overdracht."],
        ["Geld en middelen",
         "Houdt de eigen rijksbijdrage.",
         "Houdt de eigen rijksbijdrage.",
         "Geen van beide maakt rijksgeld over aan de ander. Materiaal voor gezamenlijke praktijkopdrachten wordt gelijk "
         "gedeeld."],
        ["Inspraak",
         "Legt het jaarverslag van de route voor aan de medezeggenschapsraad, die erover adviseert.",
         "De studentenraad nodigt een leerling uit de vo-fase van de route uit als vaste gast met spreekrecht.",
         "Eén keer per jaar een gezamenlijke avond van MR en studentenraad over de route."],
        ["Onenigheid",
         "–",
         "–",
         "Eerst het routeteam; lukt dat niet, dan binnen zes weken de rector-bestuurder en de voorzitter van het "
         "college van bestuur; daarna beslist een adviseur die zij samen aanwijzen bij bindend advies. De kosten "
         "worden gedeeld."],
        ["Instappen, uitstappen, bijstellen",
         "–",
         "–",
         ["Instappen: een andere vmbo-school of mbo-instelling kan per 1 augustus meedoen als beide besturen schriftelijk "
          "akkoord geven en de nieuwe partij deze matrix mee ondertekent.",
          "Uitstappen: schriftelijk vóór 1 januari, met ingang van 1 augustus daarna. Leerlingen die al in de route "
          "zitten maken haar af; na de opzegging stromen er geen nieuwe leerlingen meer in.",
          "Bijstellen: alleen schriftelijk en door beide besturen getekend, en nooit halverwege een schooljaar voor "
          "lopende klassen."]],
    ]
    d.table(rows, [1700, 2400, 2400, 2572])
    d.add("p", "Aldus overeengekomen te Oss op 30 juni 2025.")
    d.add("p", "Namens Stichting Voortgezet Onderwijs Maas en Meierij: M.A.J. van den Heuvel, rector-bestuurder")
    d.add("p", "Namens Stichting Regionaal Opleidingencentrum Maasoever: L. Koenen-Smits, voorzitter college van bestuur")
    d.save(path, creator="Afdeling bouw")


# ---------------------------------------------------------------------------------------------
# 161  PDF, long, running header/footer naming the route, Versiebeheer table on page 1 (compliant)
# ---------------------------------------------------------------------------------------------
@sample(161, "161_versiebeheer_lopende_koppen_drechtsteden_scheepsbouw", "pdf",
        "Long (6 pages) 'Artikel N – ...' agreement (PDF) between a vmbo school and a vakinstelling, with a running "
        "header and footer naming the route on every page and a 'Versiebeheer' table on page 1 listing five editing "
        "rounds; Drechtsteden, vmbo kb Maritiem en techniek -> mbo-3 Allround scheepsbouwer. Fully compliant in own "
        "words (stuurduo, kwartaalbericht/jaardocument, werven, € 1.350 per pupil with bestemming, routeklankbord, "
        "commissie van drie with bindend advies).",
        st("p p p p p p p p p p"),
        {"a": "Artikel 2 – De route", "b": "Artikel 10 – Werven en bedrijven",
         "c": "Artikel 3 – Stuurduo en routecoördinator", "d": "Artikel 4 – Stand van de route",
         "e": "Artikel 6 – Eén team", "f": "Artikel 11 – Als de route niet (meer) past",
         "g": "Artikel 12 – Financiële afspraken", "h": "Artikel 13 – Stem van leerlingen, ouders en personeel",
         "i": "Artikel 15 – Meningsverschillen", "j": "Artikel 17 – Looptijd, opzegging en ontbinding"})
def build_161(path):
    from reportlab.platypus import Spacer
    S = pdf_styles("Helvetica", 9.5)
    story = []
    h1 = lambda t: story.append(P(t, S["h1"]))
    p = lambda t: story.append(P(t, S["p"]))
    li = lambda t: story.append(P(t, S["li"]))

    story.append(P("Samenwerkingsovereenkomst doorlopende leerroute<br/>Maritiem en techniek – Allround scheepsbouwer",
                   S["title"]))
    story.append(P("Vakcollege Oude Maas (Zwijndrecht) en Scheepsbouwschool Merwede (Dordrecht)", S["sub"]))
    story.append(P("Versiebeheer", S["h2"]))
    story.append(ptable([
        ["Versie", "Datum", "Door", "Wat is gewijzigd"],
        ["0.1", "4 november 2024", "A. Verhoeven (Vakcollege)", "Eerste opzet aan de hand van het landelijke format"],
        ["0.2", "9 december 2024", "K. Boersma (Scheepsbouwschool)",
         "Artikelen 5 tot en met 9 uitgeschreven; bijlage A toegevoegd"],
        ["0.3", "27 januari 2025", "M. el Idrissi (routecoördinator i.o.)",
         "Artikel 11 herschreven na de ouderavond van 21 januari"],
        ["0.4", "3 maart 2025", "mr. J. Wolters (bestuursjurist)", "Artikelen 15 tot en met 18 aangescherpt"],
        ["0.5", "14 april 2025", "werkgroep en MWD", "Artikel 10 aangevuld; artikel 13 na advies van MR en studentenraad"],
        ["1.0", "16 juni 2025", "beide bestuurders", "Vastgesteld; alleen deze versie geldt"],
    ], [36, 78, 140, 217], S))
    story.append(Spacer(1, 8))
    h1("Partijen")
    li("1. Stichting Christelijk Voortgezet Onderwijs Drechtsteden, gevestigd te Dordrecht, bevoegd gezag van het "
       "Vakcollege Oude Maas te Zwijndrecht, rechtsgeldig vertegenwoordigd door drs. P.J. Schalk, voorzitter van het "
       "college van bestuur, hierna: het Vakcollege;")
    li("2. Stichting Scheepsbouwschool Merwede, gevestigd te Dordrecht, bevoegd gezag van de Scheepsbouwschool "
       "Merwede, vakinstelling voor maritiem-technisch beroepsonderwijs, rechtsgeldig vertegenwoordigd door ing. H.M. "
       "Verbeek-Oosterom, directeur-bestuurder, hierna: de Scheepsbouwschool;")
    h1("Overwegingen")
    li("A. De werven in de Drechtsteden kampen met een groot tekort aan vakmensen in de scheepsbouw.")
    li("B. Partijen werken sinds 2021 samen in een oriëntatieprogramma voor vmbo-leerlingen.")
    li("C. Partijen willen met ingang van het schooljaar 2025-2026 samen een doorlopende leerroute verzorgen als "
       "bedoeld in artikel 2.107a WVO 2020.")
    p("Partijen komen het volgende overeen.")

    h1("Artikel 1 – Begrippen")
    for t in ["<b>route</b>: de doorlopende leerroute uit artikel 2;",
              "<b>routejaar</b>: een schooljaar van de route, te tellen vanaf vmbo-leerjaar 3;",
              "<b>vo-fase</b>: routejaar 1 en 2; <b>mbo-fase</b>: routejaar 3 en 4;",
              "<b>stuurduo</b>: de twee personen uit artikel 3;",
              "<b>werven</b>: de bedrijven uit artikel 10;",
              "<b>PTA/OER</b>: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
              "examenregeling voor de hele route."]:
        li("– " + t)

    h1("Artikel 2 – De route")
    p("2.1 De route verbindt het profiel Maritiem en techniek in de kaderberoepsgerichte leerweg van het Vakcollege met "
      "de vakopleiding Allround scheepsbouwer (niveau 3) van de Scheepsbouwschool, in het opleidingsdomein Techniek en "
      "procesindustrie. In de vo-fase volgen de leerlingen de keuzevakken Constructie en scheepsbouw en Plaatbewerken.")
    p("2.2 De route duurt vier schooljaren. In routejaar 3 volgt de student de bol-variant; in routejaar 4 kan hij "
      "kiezen voor de bbl-variant bij een werf.")
    p("2.3 Het vmbo-diploma wordt behaald aan het einde van routejaar 2, en uiterlijk aan het einde van routejaar 3.")
    p("2.4 Ieder van partijen registreert de route binnen een maand na ondertekening in RIO.")
    p("2.5 Per schooljaar starten ten hoogste 24 leerlingen in de route.")

    h1("Artikel 3 – Stuurduo en routecoördinator")
    p("3.1 De route wordt aangestuurd door een stuurduo, bestaande uit de teamleider techniek van het Vakcollege en het "
      "hoofd opleidingen van de Scheepsbouwschool. Het stuurduo wordt bijgestaan door een routecoördinator, die geen "
      "stem heeft.")
    p("3.2 Ieder van partijen draagt zijn lid van het stuurduo voor; de bestuurders van beide partijen stellen het "
      "stuurduo samen vast in het bestuurdersoverleg. De routecoördinator wordt door het stuurduo geworven en door "
      "beide bestuurders gezamenlijk aangesteld. Valt een lid weg, dan zorgt de betrokken partij binnen twee maanden "
      "voor een opvolger, die op dezelfde wijze wordt vastgesteld.")
    p("3.3 Het stuurduo is belast met de dagelijkse gang van zaken in de route, waaronder:")
    for t in ["a. de jaarplanning en het rooster;",
              "b. de inzet van docenten en instructeurs binnen de uren die partijen ter beschikking stellen;",
              "c. de toelating van leerlingen tot de route;",
              "d. het opstellen van het PTA/OER, ter vaststelling door beide bestuurders;",
              "e. de contacten met de werven;",
              "f. het beheer van het routebudget."]:
        li(t)
    p("3.4 Het stuurduo mag namens partijen uitgaven doen tot € 25.000 per schooljaar binnen het routebudget en met "
      "werven afspraken maken over stageplaatsen. Het stuurduo gaat geen arbeidsovereenkomsten aan en wijzigt die niet, "
      "doet geen investeringen boven dit bedrag en wijkt niet af van deze overeenkomst; daarvoor is een besluit van "
      "beide bestuurders nodig.")
    p("3.5 Het stuurduo besluit bij overeenstemming. Bereikt het die niet, dan beslissen de bestuurders.")

    h1("Artikel 4 – Stand van de route")
    p("4.1 Het stuurduo houdt beide bestuurders op de hoogte met een kwartaalbericht van één pagina, met daarin de "
      "leerlingaantallen, het verzuim, de stand van de stageplaatsen en bijzonderheden.")
    p("4.2 Vóór 15 oktober van ieder jaar zendt het stuurduo beide bestuurders een jaardocument over het voorbije "
      "schooljaar: de in-, door- en uitstroom, de examenresultaten, de besteding van het routebudget en de bevindingen "
      "van de werven. Het stuurduo licht het jaardocument toe in het bestuurdersoverleg van november, waarin de "
      "bestuurders het vaststellen.")
    p("4.3 Doet zich iets voor dat de voortgang van de route of de veiligheid van leerlingen raakt, dan meldt het "
      "stuurduo dat binnen twee werkdagen aan beide bestuurders.")

    h1("Artikel 5 – Locaties en leerjaren")
    p("5.1 Routejaar 1 en 2 worden verzorgd op de locatie van het Vakcollege, Noordpark 4 te Zwijndrecht, met "
      "gemiddeld twee dagen per week praktijk in de opleidingshal van de Scheepsbouwschool, Kilkade 30 te Dordrecht.")
    p("5.2 Routejaar 3 en 4 worden verzorgd in de opleidingshal van de Scheepsbouwschool en op de werven; in de "
      "bbl-variant grotendeels op de werf.")
    p("5.3 Bijlage A geeft per routejaar de verdeling over de locaties, de hoofdlijn van het programma en de "
      "examenmomenten.")

    h1("Artikel 6 – Eén team")
    p("6.1 Het onderwijs wordt gegeven door één routeteam van docenten van het Vakcollege en instructeurs en docenten "
      "van de Scheepsbouwschool. Bij de start bestaat het team uit ten minste vier docenten van het Vakcollege en vier "
      "instructeurs van de Scheepsbouwschool.")
    p("6.2 Instructeurs van de Scheepsbouwschool geven vanaf routejaar 1 de praktijkvakken plaatbewerken, lassen en "
      "constructietekenen; docenten van het Vakcollege blijven in routejaar 3 Nederlands, rekenen en de "
      "loopbaanbegeleiding verzorgen.")
    p("6.3 Voor de vak- en sectoroverstijgende onderdelen werkt het routeteam met teambevoegdheid. Het PTA/OER "
      "vermeldt om welke onderdelen het gaat en welk teamlid voor welk onderdeel bevoegd is.")
    p("6.4 Ieder van partijen blijft werkgever van het eigen personeel en draagt de kosten daarvan, behoudens de "
      "bijdrage in artikel 12. Wie op de locatie van de andere partij werkt, volgt de huisregels en "
      "veiligheidsvoorschriften van die locatie.")
    p("6.5 Het routeteam volgt jaarlijks ten minste twee gezamenlijke scholingsdagen, onder meer over het werken met "
      "leerlingen van 14 en 15 jaar in een werkplaatsomgeving.")

    h1("Artikel 7 – Werkplaatsen, materiaal en vervoer")
    p("7.1 De Scheepsbouwschool stelt haar opleidingshal met plaatbewerkingsmachines, lascabines, snijtafel en de "
      "oefensectie van een binnenvaartcasco beschikbaar voor de route, op de uren die in het rooster staan.")
    p("7.2 Het Vakcollege stelt zijn technieklokaal, het ontwerplokaal met tekensoftware en zijn theorielokalen "
      "beschikbaar voor lessen van instructeurs van de Scheepsbouwschool.")
    p("7.3 Persoonlijke beschermingsmiddelen (werkschoenen, overall, lashelm) worden aan leerlingen in de vo-fase "
      "verstrekt door de Scheepsbouwschool; de kosten vallen onder de bijdrage in artikel 12.")
    p("7.4 Leerlingen reizen tussen Zwijndrecht en Dordrecht met de waterbus; het Vakcollege vergoedt hun "
      "abonnement in de vo-fase.")

    h1("Artikel 8 – Examinering en diplomering")
    p("8.1 Partijen stellen voor de hele route één PTA/OER vast, waarin per leerjaar staat welke onderdelen tot het "
      "vmbo-examen, tot het mbo-examen of tot beide behoren. Beide bestuurders stellen het vóór 1 juli voor het "
      "volgende schooljaar vast.")
    p("8.2 Het Vakcollege blijft verantwoordelijk voor het vmbo-examen en de vmbo-diplomering, ook als de leerling al "
      "bij de Scheepsbouwschool staat ingeschreven; de Scheepsbouwschool is verantwoordelijk voor het mbo-examen en de "
      "beroepspraktijkvorming.")
    p("8.3 De examencommissies van partijen overleggen ten minste twee keer per jaar met elkaar.")

    h1("Artikel 9 – Inschrijving, verzuim, klachten en gegevens")
    p("9.1 In de vo-fase staat de leerling ingeschreven bij het Vakcollege, vanaf routejaar 3 bij de "
      "Scheepsbouwschool.")
    p("9.2 Het verzuim wordt in de vo-fase door het Vakcollege en in de mbo-fase door de Scheepsbouwschool gemeld.")
    p("9.3 Een klacht over een medewerker van de ene partij die bij de andere partij binnenkomt, wordt in overleg "
      "tussen beide afgehandeld; de klachtenregelingen van beide partijen gelden voor de route.")
    p("9.4 Partijen wisselen alleen leerlinggegevens uit die voor de route nodig zijn en leggen dat vast in een "
      "verwerkingsafspraak.")

    h1("Artikel 10 – Werven en bedrijven")
    p("10.1 Merwedewerf Papendrecht B.V., Jachtbouw Oosterhout-Dordrecht, Scheepsreparatie Zwijndrecht en de overige "
      "leden van het Maritiem Werkgeversoverleg Drechtsteden (MWD) zijn de vaste bedrijfspartners van de route.")
    p("10.2 De werven:")
    for t in ["a. ontvangen iedere klas in routejaar 1 twee keer voor een werfbezoek;",
              "b. leveren in routejaar 2 een meerdaagse opdracht – een sectie of onderdeel van een casco – die in de "
              "opleidingshal wordt gebouwd;",
              "c. bieden vanaf routejaar 2 snuffelstages en vanaf routejaar 3 bpv- en bbl-plaatsen;",
              "d. stellen meewerkend voormannen beschikbaar die bij de proeven als praktijkbeoordelaar optreden;",
              "e. nemen deel aan de jaarlijkse programmaronde in mei, waarin het stuurduo met het MWD nagaat of het "
              "programma nog aansluit bij de techniek en de werkwijze op de werven."]:
        li(t)
    p("10.3 Het stuurduo legt de afspraken met iedere werf vast in een werfkaart, die jaarlijks wordt herzien.")

    h1("Artikel 11 – Als de route niet (meer) past")
    p("11.1 Partijen staan er samen voor in dat een leerling die de route niet afmaakt, verder kan op een plek waar hij "
      "een diploma kan halen dat past bij wat hij al kan en bij zijn leeftijd.")
    p("11.2 In de vo-fase kan de leerling overgaan naar de gewone kaderberoepsgerichte leerweg van het Vakcollege, in "
      "Maritiem en techniek of een ander profiel, of – als dat niveau beter past – naar de basisberoepsgerichte "
      "leerweg, en daar het vmbo-diploma behalen. Behaalde vmbo-resultaten blijven staan.")
    p("11.3 Na het vmbo-diploma kan de student zonder aanvullende toelatingseisen overstappen naar een andere "
      "opleiding van de Scheepsbouwschool op niveau 2 of 3, zoals Scheepsbouwer (niveau 2) of Jachtbouwer (niveau 3). "
      "Wil hij een heel andere richting op, dan helpt het stuurduo bij de aanmelding bij een andere mbo-instelling in "
      "de regio en bij een eventueel geschiktheidsonderzoek daar.")
    p("11.4 Heeft de leerling aan het einde van routejaar 3 het vmbo-diploma niet, dan kan hij bij de "
      "Scheepsbouwschool verder in een opleiding op niveau 2 of 3 zonder dat de vooropleidingseisen gelden, of het "
      "vmbo-examen nogmaals afleggen bij het Vakcollege.")
    p("11.5 De keuze wordt voorbereid in een gesprek tussen de leerling, zijn ouders, de mentor en de "
      "routecoördinator. Het stuurduo neemt het besluit namens beide partijen, op grond van het bereikte niveau en de "
      "leeftijd van de leerling. De werkwijze wordt voor ouders beschreven in de schoolgids van het Vakcollege.")

    h1("Artikel 12 – Financiële afspraken")
    p("12.1 Met toepassing van artikel 5.42a WVO 2020 draagt het Vakcollege aan de Scheepsbouwschool € 1.350 per "
      "leerling per schooljaar over voor iedere leerling in de vo-fase, naar het aantal leerlingen op 1 oktober.")
    p("12.2 Dit bedrag is bestemd voor de inzet van de instructeurs van de Scheepsbouwschool in de vo-fase, het "
      "gebruik van de opleidingshal en het materiaal en de beschermingsmiddelen van de leerlingen.")
    p("12.3 De Scheepsbouwschool factureert in november (60 procent) en april (40 procent). Het bedrag wordt per "
      "1 augustus geïndexeerd met de loon- en prijsbijstelling die de minister voor het voortgezet onderwijs toepast.")
    p("12.4 In de mbo-fase worden geen middelen overgedragen.")

    h1("Artikel 13 – Stem van leerlingen, ouders en personeel")
    p("13.1 De medezeggenschapsraad van het Vakcollege en de studentenraad van de Scheepsbouwschool wijzen elk twee "
      "leden aan voor een routeklankbord, dat twee keer per jaar met het stuurduo overlegt.")
    p("13.2 Voorgenomen besluiten van de bestuurders over het aantal plaatsen, de locaties en de bijdrage in artikel 12 "
      "worden vooraf voor advies voorgelegd aan het routeklankbord.")
    p("13.3 Leerlingen in de vo-fase kunnen zich verkiesbaar stellen voor de studentenraad van de Scheepsbouwschool.")

    h1("Artikel 14 – Evaluatie")
    p("Partijen evalueren de route eens in de drie jaar, voor het eerst in het voorjaar van 2028, samen met de werven "
      "en het routeklankbord. De uitkomst wordt vastgelegd in een evaluatieverslag voor beide bestuurders.")

    h1("Artikel 15 – Meningsverschillen")
    p("15.1 Een meningsverschil over de uitvoering van deze overeenkomst wordt eerst in het stuurduo besproken.")
    p("15.2 Is het na drie weken niet opgelost, dan leggen partijen het voor aan de bestuurders, die binnen zes weken "
      "met elkaar overleggen.")
    p("15.3 Komen ook de bestuurders er niet uit, dan wordt het voorgelegd aan een commissie van drie personen: ieder "
      "van partijen wijst één lid aan en die twee kiezen samen een voorzitter die bij geen van partijen werkt. De "
      "commissie doet binnen acht weken een uitspraak bij wege van bindend advies. De kosten worden gelijk gedeeld.")
    p("15.4 Zolang een meningsverschil loopt, gaat het onderwijs aan de leerlingen gewoon door.")

    h1("Artikel 16 – Nieuwe partners")
    p("16.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot de route toetreden als "
      "beide partijen daarmee schriftelijk instemmen en de nieuwe partij deze overeenkomst ondertekent door middel van "
      "een toetredingsakte.")
    p("16.2 Toetreding gaat in per 1 augustus; de nieuwe partij registreert zich in RIO.")
    p("16.3 Toetreding mag de plaats en het programma van leerlingen die al in de route zitten niet nadelig "
      "veranderen.")

    h1("Artikel 17 – Looptijd, opzegging en ontbinding")
    p("17.1 Deze overeenkomst geldt van 1 augustus 2025 tot 1 augustus 2029 en wordt daarna steeds stilzwijgend met "
      "vier jaar verlengd.")
    p("17.2 Ieder van partijen kan de overeenkomst schriftelijk opzeggen met een termijn van twaalf maanden, altijd "
      "met ingang van 1 augustus.")
    p("17.3 Schiet een partij ernstig tekort en herstelt zij dat niet binnen drie maanden na een schriftelijke "
      "aanmaning, dan kan de andere partij de overeenkomst ontbinden met ingang van het volgende 1 augustus.")
    p("17.4 Na een opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten. Leerlingen die al in de route "
      "zitten, maken haar af; beide partijen houden daarvoor hun docenten en faciliteiten beschikbaar tot het laatste "
      "cohort klaar is. Lukt dat in een enkel geval niet, dan geldt artikel 11 met een warme overdracht.")

    h1("Artikel 18 – Wijzigen van deze overeenkomst")
    p("18.1 Deze overeenkomst wordt alleen gewijzigd bij een schriftelijk stuk dat beide bestuurders ondertekenen, "
      "nadat het routeklankbord is gehoord.")
    p("18.2 Een wijziging die leerlingen in een lopend cohort raakt, gaat niet eerder in dan bij het begin van het "
      "volgende schooljaar.")
    p("18.3 Bijlage A kan door het stuurduo jaarlijks worden bijgewerkt binnen de grenzen van deze overeenkomst.")

    h1("Artikel 19 – Slotbepalingen")
    p("19.1 Op deze overeenkomst is Nederlands recht van toepassing.")
    p("19.2 Ieder van partijen verzekert zijn eigen aansprakelijkheid, ook voor leerlingen die op de locatie van de "
      "andere partij onderwijs volgen.")
    p("19.3 De bijlagen maken deel uit van deze overeenkomst.")
    h1("Ondertekening")
    p("Aldus overeengekomen en in tweevoud ondertekend te Dordrecht op 16 juni 2025.")
    p("Stichting Christelijk Voortgezet Onderwijs Drechtsteden – drs. P.J. Schalk, voorzitter college van bestuur")
    p("Stichting Scheepsbouwschool Merwede – ing. H.M. Verbeek-Oosterom, directeur-bestuurder")

    h1("Bijlage A – De routejaren in het kort")
    story.append(ptable([
        ["Routejaar", "Waar", "Wat", "Examen"],
        ["1 (vmbo 3)", "Vakcollege 3 dagen, opleidingshal 2 dagen", "Profielvakken Maritiem en techniek, algemene "
         "vakken, plaatbewerken", "Schoolexamen profieldeel (deels)"],
        ["2 (vmbo 4)", "Als jaar 1, plus twee weken snuffelstage", "Afronding vmbo; start mbo-onderdelen lassen en "
         "constructietekenen", "Centraal examen vmbo; mbo-examen lassen basis"],
        ["3 (mbo 1)", "Opleidingshal 3 dagen, werf 2 dagen", "Kerntaken constructie en montage", "mbo-examens "
         "kerntaak 1"],
        ["4 (mbo 2)", "Werf (bol 3 dagen of bbl 4 dagen), opleidingshal", "Allround scheepsbouw, keuzedelen",
         "Proeve van bekwaamheid"],
    ], [62, 130, 160, 119], S))
    h1("Bijlage B – Aanspreekpunten")
    p("Stuurduo: R. van Zelst (teamleider techniek, Vakcollege) en K. Boersma (hoofd opleidingen, Scheepsbouwschool). "
      "Routecoördinator: M. el Idrissi. Secretariaat bestuurdersoverleg: bestuursbureau CVO Drechtsteden.")

    route = ("Doorlopende leerroute Maritiem en techniek – Allround scheepsbouwer (niveau 3)",
             "Zwijndrecht – Dordrecht")
    build_pdf(path, story, "Samenwerkingsovereenkomst DLR Maritiem en techniek – Allround scheepsbouwer",
              header=lambda n: route,
              footer=lambda n: "Route M&T – Scheepsbouw  ·  versie 1.0, vastgesteld 16 juni 2025  ·  pagina %d" % n)


# ---------------------------------------------------------------------------------------------
# 162  PDF, sections lettered a.-j. in the statute's order (WVO 2020 art. 2.107b lid 2) (compliant)
# ---------------------------------------------------------------------------------------------
@sample(162, "162_wetsletters_wettelijke_volgorde_gelderse_vallei_dierverzorging", "pdf",
        "Formal agreement (PDF, Times) whose sections carry the letters a.-j. of WVO 2020 art. 2.107b lid 2 in the "
        "statute's order, so 'b.' is the leiding, 'e.' the money, 'g.' the werkveld and 'j.' medezeggenschap; "
        "Gelderse Vallei (Ede), vmbo kb Groen -> mbo-3 Dierverzorger gezelschapsdieren with an AOC. Fully "
        "compliant in own words (trajectleiders, 18 percent transfer with bestemming, a studentenraad seat).",
        st("p p p p p p p p p p"),
        {"a": "a. Route, profiel en opleiding", "b": "g. Het werkveld", "c": "b. Wie de route bestuurt",
         "d": "c. Inlichtingen en rekenschap", "e": "d. Organisatie en onderwijs",
         "f": "f. Wanneer een leerling de route verlaat", "g": "e. Geldstroom",
         "h": "j. Stem van leerlingen, ouders en medewerkers", "i": "h. Verschil van mening",
         "j": "i. Instappen, uittreden en aanpassen"})
def build_162(path):
    S = pdf_styles("Times-Roman", 10.5)
    story = []
    h1 = lambda t: story.append(P(t, S["h1"]))
    p = lambda t: story.append(P(t, S["p"]))
    li = lambda t: story.append(P(t, S["li"]))
    story.append(P("Samenwerkingsovereenkomst<br/>doorlopende leerroute Dierverzorging Gelderse Vallei", S["title"]))
    story.append(P("Valleivakcollege – Groencollege Ede", S["sub"]))
    p("<b>Ondergetekenden</b>")
    li("1. Stichting Voortgezet Onderwijs Gelderse Vallei te Ede, bevoegd gezag van het Valleivakcollege, Zandlaan 8, "
       "Ede, vertegenwoordigd door mevrouw drs. E. van Ommen, bestuurder (hierna: het Valleivakcollege);")
    li("2. Stichting Agrarisch Opleidingscentrum Veluwe-Vallei te Ede, bevoegd gezag van Groencollege Ede, "
       "Bosrandweg 120, Ede, vertegenwoordigd door de heer ir. G.J. Beekman, voorzitter van het college van bestuur "
       "(hierna: Groencollege Ede);")
    p("verklaren het volgende te zijn overeengekomen.")
    p("<i>Leeswijzer. De onderdelen hieronder dragen de letters van artikel 2.107b, tweede lid, WVO 2020 en volgen de "
      "volgorde van dat lid. Onder iedere letter staat wat partijen zelf hebben afgesproken.</i>")

    h1("a. Route, profiel en opleiding")
    p("Partijen bieden samen de doorlopende leerroute Dierverzorging aan. Die verbindt het profiel Groen in de "
      "kaderberoepsgerichte leerweg van het Valleivakcollege (leerjaar 3 en 4) met de vakopleiding Dierverzorger "
      "gezelschapsdieren, niveau 3 (bol), van Groencollege Ede, in het opleidingsdomein Voedsel, natuur en "
      "leefomgeving. In de vo-fase kiezen de leerlingen de groene keuzevakken over dierverzorging en dierenwelzijn. "
      "De route duurt vier jaar: twee jaar vo-fase en twee jaar mbo-fase. Ieder van partijen meldt de route in RIO.")

    h1("b. Wie de route bestuurt")
    li("1. De route wordt gestuurd door twee trajectleiders: de afdelingsleider bovenbouw kader van het "
       "Valleivakcollege en de teamleider Dier van Groencollege Ede.")
    li("2. Iedere trajectleider wordt aangesteld door de bestuurder van de eigen partij, nadat de bestuurder van de "
       "andere partij daarmee heeft ingestemd. Bij langdurige afwezigheid of vertrek wijst dezelfde bestuurder binnen "
       "een maand een vervanger aan.")
    li("3. De trajectleiders beslissen samen over de jaarplanning, het rooster, de toelating tot de route, de inzet van "
       "docenten en instructeurs binnen de uren die de besturen toekennen, de keuze van stagebedrijven en het opstellen "
       "van het PTA/OER. Zij ondertekenen namens beide partijen de stageovereenkomsten in de vo-fase.")
    li("4. Besluiten met financiële gevolgen buiten het jaarbudget, besluiten over het in dienst nemen van personeel "
       "en besluiten over de opzet van de route zijn aan de besturen.")

    h1("c. Inlichtingen en rekenschap")
    li("1. Drie keer per jaar – in november, maart en juni – doen de trajectleiders mondeling verslag in het "
       "bestuurdersoverleg van beide partijen, aan de hand van een overzicht van leerlingaantallen, verzuim en "
       "voortgang.")
    li("2. Vóór 1 oktober leggen zij beide besturen een schriftelijk jaaroverzicht voor met de in-, door- en "
       "uitstroom, de examenresultaten en de besteding van de middelen uit onderdeel e.")
    li("3. De besturen kunnen op ieder moment aanvullende inlichtingen vragen; de trajectleiders geven die binnen twee "
       "weken.")

    h1("d. Organisatie en onderwijs")
    li("1. Routejaar 1 en 2 worden gegeven bij het Valleivakcollege, met één dag per week op het dierencentrum van "
       "Groencollege Ede. Routejaar 3 en 4 worden gegeven bij Groencollege Ede en bij de leerbedrijven.")
    li("2. Het programma en de examinering per leerjaar staan in één gezamenlijk PTA/OER, waarin vmbo-onderdelen, "
       "mbo-onderdelen en gecombineerde onderdelen afzonderlijk zijn aangegeven. Beide besturen stellen het jaarlijks "
       "vóór 1 juli vast.")
    li("3. Het onderwijs wordt gegeven door een vast team van drie docenten groen van het Valleivakcollege en twee "
       "instructeurs dierverzorging van Groencollege Ede; in de mbo-fase geeft een docent van het Valleivakcollege nog "
       "Nederlands. Voor het vakoverstijgende project Dier en mens werkt het team met teambevoegdheid. Iedereen blijft "
       "in dienst van de eigen werkgever.")
    li("4. Groencollege Ede stelt het dierencentrum (knaagdieren, vogels, reptielen en aquaria), de trimsalon en de "
       "behandelkamer open voor de route; het Valleivakcollege zijn practicumlokaal en de schooltuin met kippenren. "
       "Het gebruik is kosteloos; verbruiksmaterialen vallen onder onderdeel e.")

    h1("e. Geldstroom")
    li("1. Het Valleivakcollege draagt met toepassing van artikel 5.42a WVO 2020 ieder jaar 18 procent van de "
       "bekostiging die het voor een leerling in de vo-fase ontvangt over aan Groencollege Ede, voor iedere leerling die "
       "op 1 oktober in de vo-fase van de route staat ingeschreven.")
    li("2. Dit deel is bestemd voor de lessen dierverzorging die instructeurs van Groencollege Ede in de vo-fase geven, "
       "voor voer, strooisel en dierenartskosten van de lesdieren en voor het gebruik van het dierencentrum.")
    li("3. Betaling geschiet in twee gelijke delen, in december en in mei. Groencollege Ede draagt in de mbo-fase "
       "niets over.")

    h1("f. Wanneer een leerling de route verlaat")
    li("1. Stopt een leerling in de vo-fase, dan gaat hij of zij verder in de gewone kaderberoepsgerichte leerweg van "
       "het Valleivakcollege, in het profiel Groen of een ander profiel, of in de basisberoepsgerichte leerweg als dat "
       "beter past, op weg naar het vmbo-diploma.")
    li("2. Wie het vmbo-diploma heeft en de route verlaat, kan zonder nieuwe intake verder in een andere opleiding van "
       "Groencollege Ede op niveau 2 of 3, bijvoorbeeld Medewerker dierverzorging (niveau 2) of Hovenier (niveau 3). "
       "Kiest de leerling voor een opleiding bij een andere instelling, dan helpen de trajectleiders bij de aanmelding.")
    li("3. Is het vmbo-diploma aan het einde van routejaar 3 niet behaald, dan kan de leerling bij Groencollege Ede "
       "verder in een opleiding op niveau 2 of 3 zonder dat de vooropleidingseisen gelden, of het vmbo-examen opnieuw "
       "doen.")
    li("4. De trajectleiders bepalen samen met de leerling en de ouders welk vervolg het wordt, op grond van wat de "
       "leerling al beheerst en van diens leeftijd.")

    h1("g. Het werkveld")
    li("1. Dierenpension De Valleihof (Lunteren), Dierenspeciaalzaak Ruim Baan (Veenendaal), Stichting Dierenopvang "
       "Gelderse Vallei en Kinderboerderij De Kraats (Bennekom) zijn de vaste leerbedrijven van de route.")
    li("2. Zij bieden in routejaar 2 één dag per week een stageplek en in de mbo-fase een erkende leerwerkplek, "
       "verzorgen per periode een praktijkdag op hun bedrijf en beoordelen de beroepsopdrachten mee.")
    li("3. Ieder jaar in april bespreken de trajectleiders met de leerbedrijven het programma van het komende jaar; "
       "hun voorstellen worden in het PTA/OER verwerkt of gemotiveerd terzijde gelegd.")

    h1("h. Verschil van mening")
    li("1. Een verschil van mening over de uitvoering van deze overeenkomst bespreken eerst de trajectleiders.")
    li("2. Lukt het hun niet, dan overleggen de bestuurders binnen vier weken.")
    li("3. Blijft het verschil bestaan, dan schakelen partijen een mediator in die zij samen kiezen; slaagt de "
       "mediation niet, dan kan ieder van partijen de zaak voorleggen aan de rechtbank Gelderland.")

    h1("i. Instappen, uittreden en aanpassen")
    li("1. Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.")
    li("2. Een andere school voor vmbo of instelling kan instappen als beide besturen schriftelijk instemmen en de "
       "nieuwe partij een verklaring tekent waarin zij deze overeenkomst aanvaardt; het instappen gaat in op "
       "1 augustus.")
    li("3. Ieder van partijen kan de overeenkomst schriftelijk opzeggen, uiterlijk 1 maart, met ingang van 1 augustus "
       "van dat jaar. Ontbinding is mogelijk als een partij haar verplichtingen ernstig en blijvend niet nakomt. In "
       "beide gevallen stromen er geen nieuwe leerlingen meer in en maken de leerlingen die al in de route zitten die "
       "af bij partijen.")
    li("4. Aanpassing van deze overeenkomst gebeurt schriftelijk, met handtekening van beide besturen. Een aanpassing "
       "mag leerlingen niet midden in een schooljaar benadelen.")

    h1("j. Stem van leerlingen, ouders en medewerkers")
    li("1. De studentenraad van Groencollege Ede houdt een zetel vrij voor een leerling uit de vo-fase van de route; "
       "de leerlingenraad van het Valleivakcollege draagt die leerling voor.")
    li("2. Het jaaroverzicht uit onderdeel c gaat ook naar de medezeggenschapsraad van het Valleivakcollege en de "
       "studentenraad van Groencollege Ede, die er samen advies over kunnen uitbrengen aan beide besturen.")

    p("Aldus overeengekomen en getekend te Ede, 30 juni 2025.")
    p("Stichting Voortgezet Onderwijs Gelderse Vallei – drs. E. van Ommen, bestuurder<br/>"
      "Stichting Agrarisch Opleidingscentrum Veluwe-Vallei – ir. G.J. Beekman, voorzitter college van bestuur")
    build_pdf(path, story, "Samenwerkingsovereenkomst DLR Dierverzorging Gelderse Vallei", base="Times-Roman",
              footer=lambda n: "Samenwerkingsovereenkomst DLR Dierverzorging – pagina %d" % n)


# ---------------------------------------------------------------------------------------------
# 163  PDF: per subject the statute in a box, then 'Onze afspraak' (compliant)
# ---------------------------------------------------------------------------------------------
STATUTE = {
    "a": "het profiel en het aanverwante opleidingsdomein of de aanverwante kwalificatie waarin de doorlopende "
         "leerroute vmbo-mbo wordt aangeboden",
    "b": "de vormgeving van de leiding over de doorlopende leerroute vmbo-mbo, waaronder de samenstelling en de wijze "
         "van benoeming van die leiding en de taken en bevoegdheden die door de bevoegde gezagsorganen van de school "
         "en de instelling voor beroepsonderwijs zijn opgedragen aan die leiding",
    "c": "de wijze waarop de leiding over de doorlopende leerroute vmbo-mbo inlichtingen verstrekt en verantwoording "
         "aflegt aan de bevoegde gezagsorganen van de school en de instelling voor beroepsonderwijs",
    "d": "de organisatorische en onderwijskundige inrichting van de doorlopende leerroute vmbo-mbo, waaronder de inzet "
         "van personeel en het gebruik van faciliteiten van de aan de overeenkomst deelnemende partijen",
    "e": "in geval van overdracht van een deel van de door de school of instelling voor beroepsonderwijs ontvangen "
         "bekostiging met toepassing van artikel 5.42a respectievelijk artikel 9.1.15 van de Wet educatie en "
         "beroepsonderwijs: de omvang en de bestemming van de over te dragen middelen",
    "f": "de inhoud van de overstapoptie, bedoeld in artikel 2.107k en artikel 9.1.14 van de Wet educatie en "
         "beroepsonderwijs",
    "g": "de wijze waarop het bedrijfsleven zal worden betrokken bij de invulling van de doorlopende leerroute vmbo-mbo",
    "h": "de wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de overeenkomst",
    "i": "de voorwaarden waaronder een andere school of een andere instelling voor beroepsonderwijs partij kan worden "
         "bij de overeenkomst, de voorwaarden waaronder de overeenkomst kan worden opgezegd of ontbonden, alsmede de "
         "wijze waarop de overeenkomst in andere gevallen kan worden gewijzigd, telkens met het oog op het zoveel "
         "mogelijk beperken van de gevolgen voor de leerlingen en mbo-studenten",
    "j": "de inrichting van de medezeggenschap door de medezeggenschapsorganen van de school onderscheidenlijk de "
         "instelling voor beroepsonderwijs",
}


@sample(163, "163_wettekst_in_kader_eigen_afspraak_amsterdam_noord_commercie", "pdf",
        "Explanatory agreement (PDF): every numbered subject first quotes the statute (WVO 2020 art. 2.107b lid 2, "
        "with its own letter) in a grey box marked 'ter informatie', then gives 'Onze afspraak' below it; "
        "Amsterdam-Noord, vmbo gl Economie en ondernemen -> mbo-4 Junior accountmanager. Fully compliant: every "
        "arrangement stands in the parties' own words below the quote (routekern, kwartaalgesprek/jaarbrief, no "
        "money moves, routepanel, NAI arbitration).",
        st("p p p p p p p p p p"),
        {"a": "1. De route", "b": "2. Ondernemers in de route", "c": "3. Regie", "d": "4. Informatie aan de besturen",
         "e": "5. Onderwijs, mensen en gebouwen", "f": "6. Een passend vervolg", "g": "7. Geld", "h": "8. Inspraak",
         "i": "9. Bij onenigheid", "j": "10. Meedoen, stoppen en veranderen"})
def build_163(path):
    from reportlab.platypus import Table, TableStyle, Spacer
    from reportlab.lib import colors
    S = pdf_styles("Helvetica", 9.5)
    story = []
    p = lambda t: story.append(P(t, S["p"]))
    li = lambda t: story.append(P(t, S["li"]))

    def box(letter):
        t = Table([[[P("Wat de wet vraagt (ter informatie) – artikel 2.107b, tweede lid, onder %s, WVO 2020" % letter,
                       S["boxh"]),
                     P("‘…%s;’" % STATUTE[letter], S["box"])]]], colWidths=[460])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#ECECEC")),
                               ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        story.append(t)
        story.append(Spacer(1, 5))
        story.append(P("<b>Onze afspraak</b>", S["p"]))

    def section(title, letter):
        story.append(P(title, S["h1"]))
        box(letter)

    story.append(P("Samenwerkingsovereenkomst<br/>doorlopende leerroute Commercie Amsterdam-Noord", S["title"]))
    story.append(P("Buiksloter Vakmavo – ROC IJ-oever", S["sub"]))
    p("<b>Partijen</b>")
    li("1. Stichting Openbaar Voortgezet Onderwijs Amsterdam-Noord, bevoegd gezag van de Buiksloter Vakmavo, "
       "Meeuwenlaan 90, Amsterdam, vertegenwoordigd door mevrouw drs. N. Bakkali, bestuurder (hierna: de school);")
    li("2. Stichting Regionaal Opleidingencentrum IJ-oever, bevoegd gezag van ROC IJ-oever, Distelweg 41, Amsterdam, "
       "vertegenwoordigd door de heer M.R. Jonker MBA, voorzitter van het college van bestuur (hierna: het ROC).")
    p("<i>Hoe deze tekst te lezen. Bij ieder onderwerp staat in een grijs kader de bepaling uit de wet waar het "
      "onderwerp over gaat. Het kader is alleen ter informatie en bevat zelf geen afspraak. Wat partijen afspreken, "
      "staat steeds onder ‘Onze afspraak’. De onderwerpen volgen de volgorde van het landelijke format; de letter in "
      "het kader is die van de wet.</i>")

    section("1. De route", "a")
    p("Partijen verzorgen samen één doorlopende leerroute Commercie. Leerlingen volgen in leerjaar 3 en 4 de gemengde "
      "leerweg met het profiel Economie en ondernemen aan de Buiksloter Vakmavo en gaan daarna zonder tussenstap verder "
      "in de mbo-opleiding Junior accountmanager (niveau 4, bol) van het ROC, opleidingsdomein Handel. De route duurt "
      "vijf schooljaren; het vmbo-diploma volgt aan het eind van het tweede routejaar. School en ROC melden de route "
      "ieder in RIO.")

    section("2. Ondernemers in de route", "g")
    p("Vaste partners zijn de Ondernemersvereniging Buikslotermeerplein, Groothandel Van Dam &amp; Co in "
      "Amsterdam-Noord, marketingbureau Studio Overhoeks en de regionale vestiging van SBB. Zij doen het volgende:")
    li("a. ieder schooljaar levert een van de bedrijven een klantvraag aan, waarvoor de klas een verkoopplan maakt en "
       "pitcht voor een jury waarin de ondernemer zelf zit;")
    li("b. de winkeliers van het Buikslotermeerplein bieden in routejaar 2 meeloopdagen en vanaf routejaar 3 "
       "stageplaatsen;")
    li("c. SBB zorgt dat de stagebedrijven erkend leerbedrijf zijn;")
    li("d. twee keer per jaar spreken de partners in een ontbijtsessie met de routekern over het programma; wat zij "
       "inbrengen, komt in het verslag van de routekern en in de jaarbrief.")

    section("3. Regie", "b")
    p("De route wordt aangestuurd door de routekern: de teamleider bovenbouw van de Buiksloter Vakmavo, de "
      "opleidingsmanager Commercie van het ROC en een loopbaancoach als secretaris. De bestuurder van de school benoemt "
      "het lid van de school, het college van bestuur van het ROC het lid van het ROC; de loopbaancoach wordt door "
      "beiden samen benoemd, telkens voor drie jaar. De routekern beslist over het rooster, de toelating van "
      "leerlingen, de inzet van docenten binnen het afgesproken aantal uren en de keuze van stagebedrijven, en stelt het "
      "gezamenlijke PTA/OER op. Over geld buiten het routebudget, over personeel en over de opzet van de route beslissen "
      "de besturen zelf.")

    section("4. Informatie aan de besturen", "c")
    p("Ieder kwartaal heeft de routekern een gesprek van een uur met de twee bestuurders, waarin zij de cijfers van dat "
      "kwartaal (aanmeldingen, verzuim, uitval) doorloopt. Vóór 1 november stuurt de routekern beide besturen een "
      "jaarbrief over het afgelopen schooljaar, met de in-, door- en uitstroom, de examenresultaten en wat er met de "
      "inbreng van de ondernemers is gedaan. De jaarbrief wordt in het eerstvolgende kwartaalgesprek besproken.")

    section("5. Onderwijs, mensen en gebouwen", "d")
    p("Routejaar 1 en 2 vinden plaats in het gebouw van de Buiksloter Vakmavo; iedere woensdag zijn de leerlingen bij "
      "het ROC in het verkooplab (een nagebouwde winkel met kassasysteem) en de webshopstudio. Vanaf routejaar 3 "
      "krijgen zij hun onderwijs bij het ROC en in de stagebedrijven. Het programma en de examens per leerjaar staan in "
      "één PTA/OER, dat beide besturen vóór 1 juli vaststellen.")
    p("Het docententeam bestaat uit twee docenten economie en een docent Nederlands van de school en twee docenten "
      "commercie van het ROC. De ROC-docenten geven vanaf routejaar 1 de module Verkopen en presenteren op de school; "
      "voor de projectmodules werkt het team met teambevoegdheid. Ieder blijft in dienst van de eigen werkgever. Het ROC "
      "stelt het verkooplab en de webshopstudio open voor de route, de school haar presentatiezaal en het "
      "computerlokaal; daarvoor wordt niets in rekening gebracht.")

    section("6. Een passend vervolg", "f")
    p("Een leerling die de route verlaat, krijgt altijd een vervolg waarmee hij of zij een diploma kan halen:")
    li("– in routejaar 1 en 2: verder in de gewone gemengde leerweg van de Buiksloter Vakmavo, in Economie en "
       "ondernemen of een ander profiel, of in de kaderberoepsgerichte leerweg, op weg naar het vmbo-diploma;")
    li("– met het vmbo-diploma op zak: zonder nieuwe intake naar een andere opleiding van het ROC op niveau 3 of 4, "
       "bijvoorbeeld Verkoopspecialist (niveau 3) of Medewerker marketing en communicatie (niveau 4);")
    li("– zonder vmbo-diploma aan het eind van routejaar 3: verder bij het ROC in een opleiding op niveau 3 of 4 zonder "
       "dat de vooropleidingseisen gelden, of het vmbo-examen opnieuw doen.")
    p("De routekern kiest samen met de leerling en de ouders, op grond van wat de leerling al heeft bereikt en hoe oud "
      "hij of zij is. Bij een verhuizing zoekt de loopbaancoach met de leerling een vergelijkbare route of opleiding in "
      "de nieuwe woonplaats en zorgt voor een warme overdracht.")

    section("7. Geld", "e")
    p("De rijksbijdragen blijven bij de partij die ze ontvangt; over en weer wordt niets overgemaakt of verrekend, ook "
      "niet voor het gebruik van elkaars lokalen.")

    section("8. Inspraak", "j")
    p("De leerlingenraad van de school en de studentenraad van het ROC wijzen elk twee leden aan voor een routepanel "
      "dat twee keer per jaar met de routekern praat over de gang van zaken in de route. Een voornemen om deze "
      "overeenkomst te wijzigen, wordt vooraf voor advies voorgelegd aan de medezeggenschapsraad van de school en de "
      "studentenraad van het ROC.")

    section("9. Bij onenigheid", "h")
    p("Zijn partijen het over de uitvoering van deze overeenkomst oneens, dan bespreekt eerst de routekern de kwestie. "
      "Lukt dat niet, dan overleggen de bestuurders binnen vier weken. Zijn zij het twee maanden later nog niet eens, "
      "dan beslist één arbiter volgens het arbitragereglement van het Nederlands Arbitrage Instituut, met Amsterdam als "
      "plaats van arbitrage.")

    section("10. Meedoen, stoppen en veranderen", "i")
    li("– Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.")
    li("– Meedoen: een andere vmbo-school of mbo-instelling kan aansluiten als beide besturen schriftelijk instemmen en "
       "zij deze overeenkomst mee ondertekent; zij doet mee vanaf 1 augustus.")
    li("– Stoppen: ieder van partijen kan de overeenkomst schriftelijk opzeggen met een termijn van een jaar, met ingang "
       "van het einde van een schooljaar. Leerlingen die al in de route zitten, maken haar af; na de opzegging worden "
       "geen nieuwe leerlingen meer aangenomen.")
    li("– Veranderen: alleen schriftelijk en getekend door beide besturen, na advies als bedoeld onder 8. Een wijziging "
       "gaat voor lopende klassen niet midden in een schooljaar in.")

    p("Aldus overeengekomen te Amsterdam, 30 juni 2025.")
    p("Stichting Openbaar Voortgezet Onderwijs Amsterdam-Noord – drs. N. Bakkali<br/>"
      "Stichting Regionaal Opleidingencentrum IJ-oever – M.R. Jonker MBA")
    build_pdf(path, story, "Samenwerkingsovereenkomst DLR Commercie Amsterdam-Noord",
              footer=lambda n: "DLR Commercie Amsterdam-Noord – pagina %d" % n)


# ---------------------------------------------------------------------------------------------
# 164  short TXT (compliant; h n/a)
# ---------------------------------------------------------------------------------------------
@sample(164, "164_kort_zuidoost_drenthe_chauffeur", "txt",
        "Very short plain-text agreement (TXT, one page, terse numbered headings) after a last round of comments by "
        "both directies; Zuidoost-Drenthe (Emmen), vmbo bb Mobiliteit en transport -> mbo-2 Chauffeur wegvervoer. "
        "Fully compliant in few words (routeduo, vervoerders, 'Stoppen of switchen', no money moves); no "
        "medezeggenschap text, so h is n/a.",
        st("p p p p p p p na p p"),
        {"a": "1 Route", "b": "2 Vervoerders", "c": "3 Wie de route stuurt", "d": "4 Verslag", "e": "5 Onderwijs",
         "f": "6 Stoppen of switchen", "g": "7 Geld", "i": "8 Onenigheid", "j": "9 Duur en einde"})
def build_164(path):
    import textwrap
    paras = [
        "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE TRANSPORT EMMEN",
        "(tekst na de laatste ronde opmerkingen van beide directies, 27 juni 2025)",
        "",
        "Partijen: Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe, bevoegd gezag van de Vakschool "
        "Zuidoost-Drenthe te Emmen (de school), en Stichting Regionaal Opleidingencentrum Drenthe-Zuid te Emmen (het "
        "ROC), beide vertegenwoordigd door hun bestuurder. Zij spreken het volgende af.",
        "",
        "1 Route",
        "vmbo: profiel Mobiliteit en transport, basisberoepsgerichte leerweg, leerjaar 3 en 4 (de school). mbo: "
        "Chauffeur wegvervoer, niveau 2, bol (het ROC), domein Transport, scheepvaart en logistiek. Vier jaar in "
        "totaal; het vmbo-diploma eind jaar 2. Beide melden de route in RIO.",
        "",
        "2 Vervoerders",
        "Transportbedrijf Hulshof, Koelvervoer Nieuw-Amsterdam en de leden van de Ondernemersvereniging Logistiek "
        "Zuidoost-Drenthe leveren stageplekken vanaf jaar 2 en praktijkbegeleiders die laden, lossen en "
        "voertuigcontrole mee beoordelen. Twee keer per jaar een kijkdag op een bedrijf. In juni schuiven zij aan bij "
        "het routeoverleg om het programma voor het volgende jaar door te nemen.",
        "",
        "3 Wie de route stuurt",
        "Een routeduo: de teamleider techniek van de school en de opleidingsmanager logistiek van het ROC, ieder "
        "aangewezen door het eigen bestuur. Het duo beslist over rooster, toelating, inzet van docenten en stages, "
        "binnen het jaarbudget. Meer geld, personeel of een andere opzet van de route: dat beslissen de besturen.",
        "",
        "4 Verslag",
        "Het duo stuurt beide besturen vóór 1 november een verslag van hooguit twee kantjes (instroom, doorstroom, "
        "uitval, examens, stages) en bespreekt het in het bestuurlijk overleg van december.",
        "",
        "5 Onderwijs",
        "Jaar 1 en 2 op de school, met één dag per week op het lesplein van het ROC (rijsimulator, oefenterrein, "
        "laaddok). Jaar 3 en 4 op het ROC en bij de vervoerders. Eén team: drie docenten van de school en twee "
        "instructeurs van het ROC, met teambevoegdheid; ieder blijft bij de eigen werkgever. Programma en examens per "
        "leerjaar in één PTA/OER, samen vastgesteld vóór 1 juli. Lokalen, simulator en terrein worden over en weer "
        "gratis gebruikt.",
        "",
        "6 Stoppen of switchen",
        "Jaar 1 of 2: verder in de gewone basisberoepsgerichte leerweg van de school (dit of een ander profiel) tot het "
        "vmbo-diploma. Met vmbo-diploma: zonder intake naar een andere niveau 2-opleiding van het ROC, bijvoorbeeld "
        "Logistiek medewerker. Geen vmbo-diploma eind jaar 3: verder op niveau 2 bij het ROC, vooropleidingseisen "
        "gelden dan niet. Het duo beslist samen met leerling en ouders, kijkend naar wat de leerling kan en hoe oud "
        "hij of zij is.",
        "",
        "7 Geld",
        "Geen geld over en weer: ieder houdt de eigen rijksbijdrage en betaalt de eigen mensen en spullen.",
        "",
        "8 Onenigheid",
        "Eerst het duo; dan binnen vier weken de besturen; dan een mediator die zij samen kiezen. Helpt dat niet, dan "
        "de rechtbank Noord-Nederland.",
        "",
        "9 Duur en einde",
        "Vanaf 1 augustus 2025, onbepaalde tijd. Stoppen: schriftelijk vóór 1 februari, met ingang van 1 augustus; wie "
        "al in de route zit, maakt haar af en er start geen nieuwe groep meer. Een nieuwe school of instelling kan "
        "aansluiten met schriftelijk akkoord van beide besturen, door deze tekst mee te tekenen, per 1 augustus. "
        "Wijzigen: schriftelijk, door beide besturen getekend, en nooit midden in het schooljaar voor zittende "
        "leerlingen.",
        "",
        "Emmen, 30 juni 2025",
        "Voor de school: H. Wesselink, bestuurder        Voor het ROC: A. Kuipers-Dijkstra, voorzitter cvb",
    ]
    lines = []
    for para in paras:
        lines.extend(textwrap.wrap(para, 96) if para else [""])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------------------------
# Build / check machinery
# ---------------------------------------------------------------------------------------------
def out_path(s):
    return os.path.join(HERE, "%s.%s" % (s["name"], s["fmt"]))


def expected(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(nums):
    for n in nums:
        s = SAMPLES[n]
        p = out_path(s)
        s["build"](p)
        with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(expected(s), indent=2, ensure_ascii=False) + "\n")
        print("wrote", os.path.basename(p))


def norm(t):
    t = t.replace("\u00ad", "").replace("\ufffe", "")
    return re.sub(r"\s+", " ", t).strip()


WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_body_text(path):
    """Body text only: w:t inside document.xml (insertions included, w:delText excluded)."""
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(WNS + "p"):
        paras.append("".join(t.text or "" for t in p.iter(WNS + "t")))
    return "\n".join(paras)


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        txt = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            txt.append(tp.get_text_range())
        return "\n".join(txt), len(pdf)
    if path.endswith(".docx"):
        import docx as pydocx
        pydocx.Document(path)  # must open
        return docx_body_text(path), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def check():
    ok = True
    counts = {}
    for n in sorted(SAMPLES):
        s = SAMPLES[n]
        p = out_path(s)
        counts[s["fmt"]] = counts.get(s["fmt"], 0) + 1
        if not os.path.exists(p):
            print("MISSING", p)
            ok = False
            continue
        size = os.path.getsize(p)
        if size >= 200 * 1024:
            print("TOO BIG", p, size)
            ok = False
        text, pages = extract(p)
        nt = norm(text)
        for k, ev in s["evidence"].items():
            if s["statuses"][k] != "present":
                print("EVIDENCE FOR NON-PRESENT ITEM", n, k)
                ok = False
            if norm(ev) not in nt:
                print("EVIDENCE NOT FOUND", n, k, repr(ev))
                ok = False
        for k, v in s["statuses"].items():
            if v == "present" and k not in s["evidence"]:
                print("note: no evidence for present item", n, k)
        for a in s["absent"]:
            if norm(a).lower() in nt.lower():
                print("MUST BE ABSENT FROM BODY", n, repr(a))
                ok = False
        if p.endswith(".docx"):
            with zipfile.ZipFile(p) as z:
                names = z.namelist()
                body = z.read("word/document.xml").decode()
                for part, marker in (("word/comments.xml", "w:commentReference"),
                                     ("word/footnotes.xml", "w:footnoteReference")):
                    if part in names and marker not in body:
                        print("PART WITHOUT REFERENCES", n, part)
                        ok = False
        jp = os.path.join(HERE, s["name"] + ".expected.json")
        with open(jp, encoding="utf-8") as f:
            if json.load(f) != expected(s):
                print("EXPECTED.JSON DIFFERS", jp)
                ok = False
        print("%s  %-62s %7d bytes%s" % ("ok " if ok else "ERR", os.path.basename(p), size,
                                         "  %d pages" % pages if pages else ""))
    print("formats:", counts)
    print("CHECK PASSED" if ok else "CHECK FAILED")
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
