#!/usr/bin/env python3
"""Build held-out sample agreements h289-h296 (set 19b) for leerroute-check.

Written by an independent helper session acting as author of labelled test data. The texts were
composed from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie, /work/shared/seeds), /work/shared/domain.md and sample_agreements/LABELS.md only,
without looking at checker code, models, tests, benchmarks or the texts/build scripts of any other
sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout19b.py            build all samples
    python3 build_heldout19b.py 289 293    build only those numbers
    python3 build_heldout19b.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape as xesc

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
SAMPLES = {}


def sample(num, slug, ext, description, statuses, evidence):
    """Register a builder function for sample number `num`."""
    def deco(fn):
        SAMPLES[num] = {
            "name": "h%d_%s" % (num, slug),
            "ext": ext,
            "build": fn,
            "expected": {
                "description": description,
                "split": "heldout",
                "statuses": statuses,
                "evidence": evidence,
            },
        }
        return fn
    return deco


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


# --------------------------------------------------------------------------------------------
# PDF helpers (reportlab, invariant output)
# --------------------------------------------------------------------------------------------
from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,  # noqa: E402
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)


def amp(t):
    return re.sub(r"&(?![a-zA-Z]+;|#\d+;)", "&amp;", t)


def pdf_styles(base=10, font="Helvetica", bold="Helvetica-Bold", lead=1.3, justify=False,
               accent=colors.black):
    s = {}
    s["p"] = ParagraphStyle("p", fontName=font, fontSize=base, leading=base * lead,
                            spaceAfter=base * 0.55, alignment=TA_JUSTIFY if justify else 0)
    s["title"] = ParagraphStyle("title", fontName=bold, fontSize=base + 6, leading=(base + 6) * 1.2,
                                spaceAfter=base * 0.6, textColor=accent)
    s["subtitle"] = ParagraphStyle("subtitle", fontName=font, fontSize=base + 1,
                                   leading=(base + 1) * 1.3, spaceAfter=base, textColor=colors.black)
    s["center"] = ParagraphStyle("center", parent=s["p"], alignment=TA_CENTER)
    s["h"] = ParagraphStyle("h", fontName=bold, fontSize=base + 1.5, leading=(base + 1.5) * 1.25,
                            spaceBefore=base * 0.9, spaceAfter=base * 0.35, textColor=accent,
                            keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=base, leading=base * 1.25,
                             spaceBefore=base * 0.5, spaceAfter=base * 0.25, keepWithNext=1)
    s["li"] = ParagraphStyle("li", parent=s["p"], leftIndent=base * 1.4, bulletIndent=base * 0.3,
                             spaceAfter=base * 0.3)
    s["num"] = ParagraphStyle("num", parent=s["p"], leftIndent=base * 2.2, bulletIndent=0,
                              bulletFontName=font, spaceAfter=base * 0.35)
    s["num2"] = ParagraphStyle("num2", parent=s["p"], leftIndent=base * 4.2,
                               bulletIndent=base * 2.2, bulletFontName=font,
                               spaceAfter=base * 0.3)
    s["small"] = ParagraphStyle("small", parent=s["p"], fontSize=base - 1.5, leading=(base - 1.5) * 1.3)
    s["cell"] = ParagraphStyle("cell", fontName=font, fontSize=base - 1, leading=(base - 1) * 1.25)
    s["cellb"] = ParagraphStyle("cellb", fontName=bold, fontSize=base - 1, leading=(base - 1) * 1.25)
    return s


def pdf_flow(blocks, st):
    """Turn simple block tuples into flowables."""
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "title", "subtitle", "center", "h", "h2", "small"):
            out.append(Paragraph(amp(b[1]), st[kind]))
        elif kind == "li":
            out.append(Paragraph(amp(b[1]), st["li"], bulletText="\u2022"))
        elif kind == "num":
            out.append(Paragraph(amp(b[2]), st["num"], bulletText=b[1]))
        elif kind == "num2":
            out.append(Paragraph(amp(b[2]), st["num2"], bulletText=b[1]))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "fb":
            out.append(FrameBreak())
        elif kind == "next":
            out.append(NextPageTemplate(b[1]))
        elif kind == "table":
            rows, widths = b[1], b[2]
            header = b[3] if len(b) > 3 else True
            data = []
            for i, r in enumerate(rows):
                sty = st["cellb"] if (header and i == 0) else st["cell"]
                data.append([Paragraph(amp(c), sty) for c in r])
            t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")))
            t.setStyle(TableStyle(ts))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "keep":
            out.append(KeepTogether(pdf_flow(b[1], st)))
        else:
            raise ValueError(kind)
    return out


def pdf_bytes(blocks, title, author, st, footer=None, two_column=False, header_height=None,
              margins=(2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm), footer_font="Helvetica",
              header_text=None):
    buf = io.BytesIO()
    left, right, top, bottom = margins
    W, H = A4
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, title=title, author=author, subject=title,
                          creator="build_heldout19b", invariant=1)

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont(footer_font, 7.5)
        if footer:
            canvas.drawString(left, 1.2 * cm, footer)
        canvas.drawRightString(W - right, 1.2 * cm, "pagina %d" % d.page)
        if header_text:
            canvas.drawString(left, H - 1.3 * cm, header_text)
            canvas.setLineWidth(0.4)
            canvas.line(left, H - 1.45 * cm, W - right, H - 1.45 * cm)
        canvas.restoreState()

    fw = W - left - right
    fh = H - top - bottom
    if two_column:
        gap = 0.8 * cm
        cw = (fw - gap) / 2
        hh = header_height or 8 * cm
        first = [Frame(left, bottom + fh - hh, fw, hh, id="head", leftPadding=0, rightPadding=0),
                 Frame(left, bottom, cw, fh - hh, id="c1", leftPadding=0, rightPadding=0),
                 Frame(left + cw + gap, bottom, cw, fh - hh, id="c2", leftPadding=0, rightPadding=0)]
        later = [Frame(left, bottom, cw, fh, id="l1", leftPadding=0, rightPadding=0),
                 Frame(left + cw + gap, bottom, cw, fh, id="l2", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=deco),
                              PageTemplate(id="later", frames=later, onPage=deco)])
        flow = [NextPageTemplate("later")] + pdf_flow(blocks, st)
    else:
        doc.addPageTemplates([PageTemplate(id="one", frames=[Frame(left, bottom, fw, fh, id="f")],
                                           onPage=deco)])
        flow = pdf_flow(blocks, st)
    doc.build(flow)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# DOCX helpers (python-docx, deterministic zip)
# --------------------------------------------------------------------------------------------
import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_new(font="Calibri", size=10.5):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for sec in d.sections:
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.4)
        sec.top_margin = sec.bottom_margin = Cm(2.2)
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        hs = d.styles[hn]
        hs.font.name = font
        hs.font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
        r = hs.element.get_or_add_rPr()
        rf = r.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
            r.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    return d


def docx_para(d, text, style=None, bold_lead=None, align=None, size=None, italic=False,
              space_after=None):
    p = d.add_paragraph(style=style)
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
        if size:
            r.font.size = Pt(size)
    if text:
        r = p.add_run(text)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def docx_add_numbering(d, abstract_id, num_id, levels):
    """levels: list of (numFmt, lvlText, left_twips, hanging_twips, bold, suffix)."""
    numbering = d.part.numbering_part.element
    lv = []
    for i, (fmt, txt, left, hang, bold, suff) in enumerate(levels):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                  '<w:suff w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                  '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
                  % (i, fmt, suff, txt, left, hang, rpr))
    absxml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s'
              '</w:abstractNum>' % (nsdecls("w"), abstract_id, "".join(lv)))
    numxml = ('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
              % (nsdecls("w"), num_id, abstract_id))
    absel = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numbering.append(parse_xml(numxml))


def docx_set_num(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def docx_textbox(p, paras, width_cm=16.0, height_cm=6.0, shape_id=501, fill="F2F2F2"):
    """Append a DrawingML text box (anchored, top-and-bottom wrap) to paragraph p.
    paras: list of (text, bold) tuples."""
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    inner = []
    for text, bold in paras:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        inner.append('<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s'
                     '</w:t></w:r></w:p>' % (rpr, xesc(text)))
    xml = (
        '<w:r %s xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="91440" distB="91440" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="%d" name="Tekstvak %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:ln w="9525"><a:solidFill>'
        '<a:srgbClr val="404040"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" '
        'bIns="72000" anchor="t"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>'
        % (nsdecls("w"), cx, cy, shape_id, shape_id, cx, cy, fill, "".join(inner)))
    p._p.append(parse_xml(xml))


def docx_table(d, rows, widths_cm, header=True, size=9.5, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    t.autofit = False
    for j, w in enumerate(widths_cm):
        t.columns[j].width = Cm(w)
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.width = Cm(widths_cm[j])
            parts = c.split("\n")
            cell.paragraphs[0].text = ""
            for k, part in enumerate(parts):
                para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                run = para.add_run(part)
                run.font.size = Pt(size)
                if header and i == 0:
                    run.bold = True
            if header and i == 0:
                tcpr = cell._tc.get_or_add_tcPr()
                tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
                                      % nsdecls("w")))
    return t


def docx_bytes(d, title, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# Text extraction for --check
# --------------------------------------------------------------------------------------------
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


def extract_docx(path):
    from xml.etree import ElementTree as ET
    z = zipfile.ZipFile(path)
    names = ["word/document.xml"] + sorted(n for n in z.namelist()
                                           if re.match(r"word/(header|footer|footnotes)", n))
    out = []
    for n in names:
        root = ET.fromstring(z.read(n))
        for el in root.iter():
            tag = el.tag.split("}")[-1]
            if tag == "p":
                out.append("\n")
            elif tag == "t" and el.text:
                out.append(el.text)
            elif tag in ("tab", "br"):
                out.append(" ")
    return "".join(out)


def extract(path):
    if path.endswith(".pdf"):
        return extract_pdf(path)
    if path.endswith(".docx"):
        return extract_docx(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


# ============================================================================================
# Samples
# ============================================================================================
ALL_PRESENT = {k: "present" for k in "abcdefghij"}


# --------------------------------------------------------------------------------------------
# h289  two-column PDF, big-city ROC, Den Haag Escamp, Mobiliteit en transport kb -> niveau 3
# --------------------------------------------------------------------------------------------
@sample(289, "twee_kolommen_grootstedelijk_roc_den_haag_escamp", "pdf",
        "Two-column policy-style PDF with full-width header, big-city ROC (Den Haag Escamp), "
        "Mobiliteit en transport kb -> Eerste autotechnicus niveau 3; fully compliant incl. "
        "per-pupil funding transfer and studentenraad seat for vo-fase pupils.",
        dict(ALL_PRESENT),
        {"a": "1 De route", "b": "6 Werkveld", "c": "2 Leiding: het routeduo",
         "d": "3 Rapportage aan de besturen", "e": "5 Personeel en voorzieningen",
         "f": "7 Als de route niet (meer) past", "g": "8 Geld", "h": "9 Medezeggenschap",
         "i": "10 Meningsverschillen tussen partijen",
         "j": "11 Looptijd, toetreding, wijziging en beëindiging"})
def build_289():
    st = pdf_styles(base=9, accent=colors.HexColor("#0B4F6C"), justify=False)
    head = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute<br/>Mobiliteit en transport "
                  "\u2013 Eerste autotechnicus"),
        ("subtitle", "Vakcollege Escamp en ROC Hofstad \u2022 Den Haag Zuidwest \u2022 "
                     "met ingang van schooljaar 2025-2026"),
        ("p", "<b>Partijen</b><br/>1. Stichting Openbaar Voortgezet Onderwijs Haaglanden-Zuid, "
              "statutair gevestigd te 's-Gravenhage, bevoegd gezag van Vakcollege Escamp (vmbo "
              "basis- en kaderberoepsgerichte leerweg), rechtsgeldig vertegenwoordigd door mevrouw "
              "drs. S.R. Bakkali, voorzitter van het college van bestuur, hierna: <i>het Vakcollege</i>;"
              "<br/>2. Stichting ROC Hofstad, statutair gevestigd te 's-Gravenhage, rechtsgeldig "
              "vertegenwoordigd door de heer ing. P.J. van der Kraan MBA, lid van het college van "
              "bestuur, hierna: <i>ROC Hofstad</i>; samen: <i>partijen</i>."),
        ("p", "<b>Waarom deze overeenkomst.</b> In Escamp, Moerwijk en Morgenstond kiezen veel jongeren "
              "voor techniek, maar de overgang van het vmbo naar het mbo verloopt niet altijd soepel: "
              "een deel van de leerlingen haakt tussen mei en oktober af. Partijen bieden daarom met "
              "ingang van 1 augustus 2025 samen een doorlopende leerroute aan en leggen hun afspraken "
              "hieronder vast, zoals artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven. "
              "Partijen melden de route gezamenlijk bij DUO."),
        ("fb",),
    ]
    body = [
        ("h", "1 De route"),
        ("p", "Partijen verzorgen samen een doorlopende leerroute vmbo-mbo die het profiel "
              "<b>Mobiliteit en transport</b> in de kaderberoepsgerichte leerweg verbindt met de "
              "mbo-opleiding <b>Eerste autotechnicus</b> (niveau 3, vakopleiding) uit het "
              "opleidingsdomein Mobiliteit en voertuigen. Het mbo-deel wordt in de beroepsopleidende "
              "leerweg verzorgd door het MBO College Mobiliteit &amp; Techniek van ROC Hofstad, "
              "locatie Zuiderpark."),
        ("p", "De route begint in leerjaar 3 van het vmbo en duurt in de regel vijf leerjaren: "
              "route-jaar 1 en 2 (de vo-fase), waarin de leerling op het Vakcollege staat "
              "ingeschreven, en route-jaar 3 tot en met 5 (de mbo-fase) bij ROC Hofstad. Het "
              "vmbo-diploma kader wordt behaald in route-jaar 2, uiterlijk in route-jaar 3. Per "
              "schooljaar starten ten hoogste twee groepen van 24 leerlingen."),
        ("h", "2 Leiding: het routeduo"),
        ("p", "De dagelijkse leiding over de route ligt bij een routeduo. Het duo bestaat uit de "
              "afdelingsleider kader van het Vakcollege en de opleidingsmanager Autotechniek van "
              "ROC Hofstad."),
        ("p", "Elk lid wordt voor drie schooljaren aangewezen door het eigen college van bestuur; "
              "herbenoeming is mogelijk. Valt een lid weg, dan wijst het betrokken bestuur binnen zes "
              "weken een opvolger aan en meldt het dat schriftelijk aan de andere partij."),
        ("p", "Het routeduo is namens beide besturen belast met:"),
        ("li", "het opstellen van het gezamenlijke PTA/OER en van het rooster;"),
        ("li", "de plaatsing van leerlingen in de route en de besluiten over een overstap (zie 7);"),
        ("li", "de inzet van het routeteam binnen de formatie die de besturen beschikbaar stellen;"),
        ("li", "het beheer van het routebudget, tot \u20ac 25.000 per schooljaar;"),
        ("li", "het contact met leerbedrijven en de werkveldtafel."),
        ("p", "Het routeduo gaat geen arbeidsovereenkomsten aan, doet geen uitgaven boven "
              "\u20ac 5.000 per post en wijzigt deze overeenkomst niet; daarover beslissen de besturen."),
        ("h", "3 Rapportage aan de besturen"),
        ("p", "Het routeduo legt over zijn werk verantwoording af aan beide colleges van bestuur. "
              "Daartoe:"),
        ("li", "zendt het duo v\u00f3\u00f3r 1 februari een beknopte tussenrapportage over in-, door- en "
               "uitstroom, verzuim en klachten;"),
        ("li", "zendt het duo v\u00f3\u00f3r 1 oktober een jaarverslag over het afgelopen schooljaar, met "
               "examenresultaten, de besteding van het routebudget en de uitkomsten van de "
               "leerlingenenqu\u00eate;"),
        ("li", "voert het duo tweemaal per jaar, kort na het verschijnen van deze stukken, bestuurlijk "
               "overleg met een lid van elk college van bestuur;"),
        ("li", "meldt het duo ernstige incidenten en dreigende tekorten onverwijld aan beide besturen."),
        ("h", "4 Onderwijs en examinering"),
        ("p", "Partijen beschrijven het onderwijsprogramma, de examinering en de "
              "beroepspraktijkvorming per route-jaar in \u00e9\u00e9n gezamenlijk PTA/OER, dat jaarlijks "
              "v\u00f3\u00f3r 1 juli door beide besturen wordt vastgesteld. Het vmbo-examen valt onder het "
              "Vakcollege, de mbo-examinering onder de examencommissie van ROC Hofstad. Mbo-onderdelen "
              "kunnen vanaf route-jaar 1 worden ge\u00ebxamineerd."),
        ("p", "In de vo-fase volgen leerlingen vier dagen per week onderwijs in het gebouw van het "
              "Vakcollege aan de Loevesteinlaan en \u00e9\u00e9n dag per week in de autowerkplaats van "
              "ROC Hofstad aan het Zuiderpark. In de mbo-fase is het onderwijs op de locatie "
              "Zuiderpark."),
        ("h", "5 Personeel en voorzieningen"),
        ("p", "De route wordt verzorgd door \u00e9\u00e9n routeteam van ten minste vier docenten van het "
              "Vakcollege en drie praktijkdocenten van ROC Hofstad. Voor het vakoverstijgende project "
              "\u2018Van band tot bumper\u2019 in route-jaar 1 en 2 gebruiken partijen de teambevoegdheid "
              "(artikel 7.13a WVO 2020 en 9.1.12 WEB): het team is samen bevoegd voor alle onderdelen "
              "en iedere docent blijft verantwoordelijk voor het deel waarvoor hij of zij zelf bevoegd "
              "is. Docenten blijven in dienst van hun eigen werkgever; ROC-docenten die in de vo-fase "
              "lesgeven, werken onder de dagelijkse aansturing van de afdelingsleider kader."),
        ("p", "ROC Hofstad stelt de autowerkplaats (hefbruggen, diagnoseapparatuur en "
              "gereedschapsuitgifte) op donderdag beschikbaar voor de vo-fase. Het Vakcollege stelt "
              "zijn praktijklokaal motorvoertuigentechniek en het open leercentrum beschikbaar voor "
              "bijlessen door ROC-docenten. Leerlingen krijgen vanaf route-jaar 1 een account voor de "
              "elektronische leeromgeving van ROC Hofstad. Persoonlijke beschermingsmiddelen worden "
              "door het Vakcollege verstrekt."),
        ("h", "6 Werkveld"),
        ("p", "Het werkveld doet op drie manieren mee."),
        ("li", "<b>Werkveldtafel.</b> Twee keer per jaar overleggen het routeduo, ten minste vier "
               "erkende leerbedrijven (waaronder Autobedrijf Van Leeuwen Ypenburg, Haagse Hoek "
               "Dealergroep en de busremise van Haaglijn Vervoer) en de regio-afdeling van de "
               "brancheorganisatie in de mobiliteitsbranche over de inhoud van het programma. Adviezen "
               "van de tafel worden in het PTA/OER verwerkt of gemotiveerd terzijde gelegd."),
        ("li", "<b>Praktijk.</b> Leerbedrijven bieden in route-jaar 1 een snuffelstage van twee weken "
               "en vanaf route-jaar 2 bpv-plaatsen; erkenning door SBB is voorwaarde."),
        ("li", "<b>Beoordeling.</b> Een praktijkopleider uit een leerbedrijf beoordeelt mee bij de "
               "proeve van bekwaamheid en verzorgt ten minste twee gastlessen per jaar."),
        ("h", "7 Als de route niet (meer) past"),
        ("p", "Een leerling die de route niet kan of wil afmaken, houdt altijd een weg naar een "
              "diploma open. Afhankelijk van het moment gelden deze mogelijkheden:"),
        ("num", "a.", "Vertrek in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte "
                      "leerweg, in hetzelfde of een ander profiel van het Vakcollege, met het "
                      "vmbo-diploma als doel."),
        ("num", "b.", "Geen vmbo-diploma aan het eind van route-jaar 3: doorstroom naar een andere "
                      "opleiding op niveau 3 of, als dat beter past, naar Autotechnicus (niveau 2) bij "
                      "ROC Hofstad. Omdat het dezelfde instelling betreft, gelden de "
                      "vooropleidingseisen daarbij niet. Herhaling van het examenjaar op het "
                      "Vakcollege blijft mogelijk."),
        ("num", "c.", "Andere richting: overstap naar een opleiding van vergelijkbaar niveau in een "
                      "ander domein, bij ROC Hofstad of bij een andere instelling in de regio. Bij een "
                      "andere instelling zorgen partijen voor een warme overdracht en steunen zij de "
                      "leerling bij een eventueel geschiktheidsonderzoek."),
        ("p", "Welke mogelijkheid het wordt, beslist het routeduo gezamenlijk namens beide besturen, "
              "na een gesprek met de leerling en diens ouders of verzorgers, op basis van het bereikte "
              "onderwijsniveau en de leeftijd van de leerling. De mentor van het Vakcollege en de "
              "loopbaanbegeleider van ROC Hofstad bereiden dat gesprek samen voor. De werkwijze staat "
              "ook in de schoolgids en de studiegids."),
        ("h", "8 Geld"),
        ("p", "Over de vo-fase draagt het Vakcollege met toepassing van artikel 5.42a WVO 2020 een deel "
              "van zijn bekostiging over aan ROC Hofstad: \u20ac 640 per leerling per route-jaar, "
              "berekend op het aantal leerlingen op 1 oktober en betaald v\u00f3\u00f3r 1 december. Dit bedrag "
              "is uitsluitend bestemd voor de inzet van praktijkdocenten van ROC Hofstad in de vo-fase "
              "en voor het gebruik van de autowerkplaats, inclusief verbruiksmaterialen. Over de "
              "mbo-fase wordt geen bekostiging overgedragen."),
        ("h", "9 Medezeggenschap"),
        ("p", "Naast wat de wet regelt, spreken partijen het volgende af:"),
        ("li", "een leerling in de vo-fase kan zitting nemen in de studentenraad van het MBO College "
               "Mobiliteit &amp; Techniek, met dezelfde rechten als de andere leden; ROC Hofstad houdt "
               "daarvoor \u00e9\u00e9n zetel vrij;"),
        ("li", "het jaarverslag van het routeduo gaat naar de medezeggenschapsraad van het Vakcollege en "
               "naar de studentenraad;"),
        ("li", "eenmaal per jaar bespreken een delegatie van de MR van het Vakcollege en de "
               "studentenraad de route in een gezamenlijke vergadering met het routeduo."),
        ("h", "10 Meningsverschillen tussen partijen"),
        ("p", "Ontstaat tussen partijen verschil van inzicht over de uitvoering van deze overeenkomst, "
              "dan bespreekt het routeduo dit eerst. Komt het duo er binnen vier weken niet uit, dan "
              "gaat de kwestie naar de directeur van het Vakcollege en de collegedirecteur van ROC "
              "Hofstad. Is ook na acht weken geen oplossing gevonden, dan schakelen de colleges van "
              "bestuur een gezamenlijk gekozen mediator in. Leidt mediation binnen drie maanden niet "
              "tot overeenstemming, dan kan elke partij het geschil voorleggen aan de bevoegde rechter "
              "te Den Haag."),
        ("h", "11 Looptijd, toetreding, wijziging en beëindiging"),
        ("p", "Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "<b>Toetreding.</b> Een andere vmbo-school of mbo-instelling kan partij worden als beide "
              "besturen daar schriftelijk mee instemmen, de nieuwe partij alle bepalingen van deze "
              "overeenkomst aanvaardt en de toetreding in een door alle partijen ondertekend addendum "
              "is vastgelegd. De toetredende partij meldt haar deelname zelf bij DUO."),
        ("p", "<b>Wijziging.</b> Wijziging is alleen mogelijk bij schriftelijke, door beide besturen "
              "ondertekende overeenkomst. Het routeduo kan na de jaarlijkse evaluatie voorstellen "
              "daartoe doen."),
        ("p", "<b>Opzegging en ontbinding.</b> Elke partij kan de overeenkomst schriftelijk opzeggen "
              "tegen het einde van een schooljaar (31 juli), met een opzegtermijn van ten minste "
              "twaalf maanden. Bij een ernstige tekortkoming kan een partij, na schriftelijke "
              "ingebrekestelling en een hersteltermijn van drie maanden, de overeenkomst ontbinden."),
        ("p", "<b>Gevolgen voor leerlingen.</b> Na opzegging of ontbinding stromen geen nieuwe "
              "leerlingen meer in. Leerlingen die al in de route zitten, ronden die af onder de "
              "voorwaarden waaronder zij zijn begonnen; partijen blijven daarvoor hun verplichtingen "
              "nakomen. Ook een wijziging of toetreding mag lopende cohorten niet benadelen; zo nodig "
              "stellen partijen een overgangsregeling vast."),
        ("h", "12 Ondertekening"),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te 's-Gravenhage op 24 juni 2025."),
        ("p", "Namens Stichting Openbaar Voortgezet Onderwijs Haaglanden-Zuid<br/>"
              "drs. S.R. Bakkali, voorzitter college van "
              "bestuur"),
        ("p", "Namens Stichting ROC Hofstad<br/>"
              "ing. P.J. van der Kraan MBA, lid college van bestuur"),
    ]
    return pdf_bytes(head + body, "Samenwerkingsovereenkomst DLR Mobiliteit en transport - Escamp",
                     "Vakcollege Escamp / ROC Hofstad", st, two_column=True, header_height=7.6 * cm,
                     footer="SOK doorlopende leerroute Mobiliteit en transport \u2013 Eerste "
                            "autotechnicus \u2022 versie 1.0 definitief",
                     margins=(1.9 * cm, 1.9 * cm, 1.9 * cm, 2.0 * cm))


# --------------------------------------------------------------------------------------------
# h290  DOCX with Word auto-numbered articles and a text box, Lopikerwaard, PIE kb -> niveau 3
# --------------------------------------------------------------------------------------------
@sample(290, "autonummering_tekstvak_lopikerwaard_installatietechniek", "docx",
        "Word contract whose article and clause numbers come only from auto-numbering, with the "
        "overstap arrangement inside a text box; Lopikerwaard, Produceren, installeren en energie kb "
        "-> Eerste monteur elektrotechnische installaties niveau 3. Defects: routeteam described at "
        "length without any appointment rule (c), medezeggenschap clause left as dotted placeholder "
        "(h), duration/amendment/termination without any toetreding (j).",
        dict(ALL_PRESENT, c="weak", h="weak", j="weak"),
        {"a": "Onderwerp van de overeenkomst", "b": "Het werkveld",
         "d": "Informatie en verantwoording", "e": "Inrichting van het onderwijs",
         "f": "Overstapregeling doorlopende leerroute Installatietechniek",
         "g": "Bekostiging", "i": "Geschillen"})
def build_290():
    d = docx_new(font="Cambria", size=10.5)
    docx_add_numbering(d, 90, 90, [
        ("decimal", "Artikel %1", 0, 0, True, "space"),
        ("decimal", "%1.%2", 567, 567, False, "tab"),
        ("lowerLetter", "%3.", 1134, 567, False, "tab"),
    ])
    art = lambda t: docx_set_num(d.add_paragraph(t, style="Heading 2"), 90, 0)  # noqa: E731

    def cl(t, lvl=1):
        p = d.add_paragraph(t)
        docx_set_num(p, 90, lvl)
        p.paragraph_format.space_after = Pt(4)
        return p

    t = d.add_paragraph("SAMENWERKINGSOVEREENKOMST", style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_para(d, "doorlopende leerroute vmbo-mbo Installatietechniek\nLekdijk College \u2013 ROC Rijn en "
                 "Vaart", align="center", size=12)
    docx_para(d, "De ondergetekenden:", bold_lead=None)
    docx_para(d, "Stichting voor Christelijk Voortgezet Onderwijs Lek en IJssel, gevestigd te "
                 "IJsselstein, bevoegd gezag van het Lekdijk College (vmbo), hierbij rechtsgeldig "
                 "vertegenwoordigd door de heer J.W. Verhoef, voorzitter van het college van bestuur, "
                 "hierna te noemen: \u201cde School\u201d,", align="justify")
    docx_para(d, "en", align="justify")
    docx_para(d, "Stichting ROC Rijn en Vaart, gevestigd te Nieuwegein, hierbij rechtsgeldig "
                 "vertegenwoordigd door mevrouw ir. A.M. Koelewijn-Dekker, voorzitter van het college "
                 "van bestuur, hierna te noemen: \u201chet ROC\u201d,", align="justify")
    docx_para(d, "hierna gezamenlijk te noemen: \u201cPartijen\u201d,", align="justify")
    docx_para(d, "overwegende dat Partijen de aansluiting tussen het vmbo en het mbo in de "
                 "installatietechniek willen versterken, mede gelet op het tekort aan elektromonteurs in "
                 "de Lopikerwaard en de Lekstroom, en daartoe gezamenlijk een doorlopende leerroute als "
                 "bedoeld in artikel 2.107a WVO 2020 willen verzorgen,", align="justify")
    docx_para(d, "komen het volgende overeen:", align="justify")

    art("Begrippen")
    cl("In deze overeenkomst wordt verstaan onder:")
    cl("route: de doorlopende leerroute, bedoeld in het volgende artikel;", 2)
    cl("leerling: een jongere die aan de route deelneemt, ongeacht of hij op dat moment bij de "
       "School of bij het ROC staat ingeschreven;", 2)
    cl("vo-fase en mbo-fase: de eerste twee leerjaren van de route respectievelijk de daarop "
       "volgende leerjaren;", 2)
    cl("PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
       "examenregeling van de route.", 2)

    art("Onderwerp van de overeenkomst")
    cl("Partijen verzorgen gezamenlijk een doorlopende leerroute die aansluit op het vmbo-profiel "
       "Produceren, installeren en energie in de kaderberoepsgerichte leerweg en leidt tot het diploma "
       "van de mbo-opleiding Eerste monteur elektrotechnische installaties in de woning en utiliteit "
       "(niveau 3), die behoort tot het opleidingsdomein Installatie- en energietechniek.")
    cl("Het mbo-deel wordt aangeboden in de beroepsopleidende leerweg; in het laatste leerjaar kan de "
       "leerling, als hij een leerbedrijf heeft gevonden, overstappen naar de beroepsbegeleidende "
       "leerweg.")
    cl("Het vmbo-diploma wordt behaald aan het einde van het tweede leerjaar van de route en uiterlijk "
       "in het derde leerjaar. De route start jaarlijks met ten hoogste twintig leerlingen.")

    art("Het werkveld")
    cl("Partijen betrekken het regionale installatiebedrijfsleven bij de invulling van de route op de "
       "wijze die in dit artikel is beschreven.")
    cl("Er is een meedenkgroep werkveld, waarin ten minste drie erkende leerbedrijven zitting hebben, "
       "onder wie in elk geval Van Dam Installatietechniek te Lopik, Elektro Benschop en Installatiegroep "
       "De Lek. De meedenkgroep komt ieder semester bijeen en geeft advies over het PTA/OER voordat "
       "dit wordt vastgesteld.")
    cl("Leerlingen lopen vanaf het eerste leerjaar van de route eens per twee weken een dag mee in een "
       "installatiebedrijf; vanaf het derde leerjaar volgt de beroepspraktijkvorming bij een door SBB "
       "erkend leerbedrijf.")
    cl("Aangesloten bedrijven leveren per leerjaar ten minste twee praktijkopdrachten aan die op een "
       "echte bouwplaats of in een echte woning worden uitgevoerd, en een praktijkopleider beoordeelt mee "
       "bij de proeve van bekwaamheid.")

    art("Het routeteam")
    cl("De leiding over de route berust bij het routeteam.")
    cl("Het routeteam bestaat uit de teamleider techniek van de School, de opleidingsmanager "
       "installatietechniek van het ROC en twee docenten, van iedere partij \u00e9\u00e9n. De teamleider "
       "techniek is voorzitter.")
    cl("Het routeteam heeft tot taak:")
    cl("het opstellen en uitvoeren van het PTA/OER;", 2)
    cl("het toelaten van leerlingen tot de route en het volgen van hun voortgang;", 2)
    cl("het afstemmen van roosters, toetsweken en stageperioden;", 2)
    cl("het onderhouden van de contacten met de meedenkgroep werkveld en de leerbedrijven;", 2)
    cl("het jaarlijks evalueren van de route.", 2)
    cl("Het routeteam beslist zelfstandig over het rooster, de groepsindeling en de besteding van het "
       "routebudget van \u20ac 18.000 per schooljaar. Besluiten met personele gevolgen of met financi\u00eble "
       "gevolgen boven dat budget legt het routeteam voor aan de besturen van Partijen.")
    cl("Het routeteam komt ten minste zes keer per schooljaar bijeen en legt zijn besluiten vast in "
       "een besluitenlijst.")

    art("Informatie en verantwoording")
    cl("Het routeteam stuurt na afloop van ieder kwartaal een kwartaalbericht aan het college van "
       "bestuur van de School en het college van bestuur van het ROC, met de stand van de instroom, "
       "het verzuim, de voortijdige uitval en bijzondere voorvallen.")
    cl("Het routeteam legt jaarlijks v\u00f3\u00f3r 15 september in een jaarverslag verantwoording af over het "
       "afgelopen schooljaar, waaronder de examenresultaten en de besteding van het routebudget. Het "
       "jaarverslag wordt in oktober besproken in een bestuurlijk overleg van beide colleges van "
       "bestuur met het routeteam.")
    cl("De besturen kunnen het routeteam tussentijds om inlichtingen vragen; het routeteam verstrekt "
       "die binnen tien werkdagen.")

    art("Inrichting van het onderwijs")
    cl("Partijen beschrijven voor de gehele route het onderwijsprogramma, de examinering en de "
       "beroepspraktijkvorming per leerjaar in het PTA/OER, dat beide besturen jaarlijks v\u00f3\u00f3r 1 juli "
       "vaststellen.")
    cl("In de vo-fase wordt het onderwijs gegeven in het gebouw van de School, met \u00e9\u00e9n dag per week "
       "op de Techniekcampus van het ROC in Nieuwegein; in de mbo-fase op de Techniekcampus.")
    cl("De route wordt verzorgd door \u00e9\u00e9n docententeam met docenten van beide Partijen. Voor het "
       "programmaonderdeel \u201cInstalleren in de praktijk\u201d werkt het team met teambevoegdheid als "
       "bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. De School zet daarvoor ten minste "
       "0,6 fte in en het ROC ten minste 0,4 fte; iedere docent blijft in dienst van de eigen werkgever.")
    cl("Het ROC stelt de installatiehal en het E-lab van de Techniekcampus op de praktijkdag "
       "beschikbaar voor leerlingen in de vo-fase. De School stelt haar techniekhal beschikbaar "
       "wanneer ROC-docenten daar lesgeven. Iedere leerling krijgt bij de start van de route een "
       "gereedschapsset in bruikleen van het ROC.")
    cl("De klachtenregeling van ieder van Partijen is mede van toepassing op gedragingen van het "
       "personeel van de andere partij in het kader van de route.")

    art("Overstapoptie")
    cl("De overstapregeling in het onderstaande kader maakt deel uit van deze overeenkomst.")
    p = d.add_paragraph()
    docx_textbox(p, [
        ("Overstapregeling doorlopende leerroute Installatietechniek", True),
        ("1. Iedere leerling die de route niet afmaakt, krijgt een alternatief dat leidt tot een vmbo- "
         "of mbo-diploma.", False),
        ("2. Tijdens de vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg van de "
         "School, binnen Produceren, installeren en energie of een ander profiel, gericht op het "
         "vmbo-diploma. Doubleren is mogelijk.", False),
        ("3. Vmbo-diploma niet behaald aan het eind van het derde leerjaar van de route: de leerling "
         "kan zonder vmbo-diploma doorgaan in een andere opleiding van het ROC op niveau 3 of in Monteur "
         "elektrotechnische installaties (niveau 2); de vooropleidingseisen staan daaraan binnen het ROC "
         "niet in de weg.", False),
        ("4. Andere richting of verhuizing: de School en het ROC zoeken samen een opleiding van "
         "vergelijkbaar niveau, bij het ROC of bij een andere instelling in de regio; zij dragen de "
         "leerling warm over en geven zo nodig informatie voor een geschiktheidsonderzoek.", False),
        ("5. De keuze wordt gemaakt door de School en het ROC gezamenlijk (de teamleider techniek en de "
         "opleidingsmanager), na een gesprek met de leerling en zijn ouders, op basis van het bereikte "
         "onderwijsniveau en de leeftijd van de leerling.", False),
        ("6. De regeling wordt ook opgenomen in de schoolgids van de School en de studiegids van het ROC.",
         False),
    ], width_cm=16.0, height_cm=8.2, shape_id=601)

    art("Bekostiging")
    cl("Partijen dragen geen bekostiging aan elkaar over als bedoeld in artikel 5.42a WVO 2020 of "
       "artikel 9.1.15 WEB.")
    cl("Iedere partij draagt de kosten van haar eigen personeel en voorzieningen. Het wederzijds gebruik "
       "van ruimten en materialen, bedoeld in artikel 6.4, wordt niet verrekend.")

    art("Medezeggenschap")
    cl("Op de medezeggenschap is van toepassing wat daarover in de Wet medezeggenschap op scholen, de "
       "WEB en de Wet op de ondernemingsraden is bepaald.")
    cl("Aanvullende afspraken over de medezeggenschap: "
       "\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026 [in te vullen na "
       "advies van de MR van de School en de studentenraad van het ROC]")

    art("Geschillen")
    cl("Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst besproken in "
       "het routeteam.")
    cl("Lukt het routeteam niet binnen vier weken een oplossing te vinden, dan wordt het geschil "
       "voorgelegd aan de voorzitters van beide colleges van bestuur, die binnen vier weken daarna "
       "bestuurlijk overleg voeren.")
    cl("Blijft het geschil bestaan, dan wordt het voorgelegd aan een commissie van drie personen voor "
       "bindend advies. Iedere partij wijst \u00e9\u00e9n lid aan; deze twee kiezen samen een onafhankelijke "
       "voorzitter. De kosten van de commissie worden gelijk gedeeld.")

    art("Duur, wijziging en opzegging")
    cl("Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor vijf jaar. Zij wordt "
       "daarna telkens stilzwijgend met vijf jaar verlengd.")
    cl("Wijzigingen worden schriftelijk overeengekomen en door beide besturen ondertekend.")
    cl("Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met "
       "inachtneming van een opzegtermijn van twaalf maanden.")
    cl("Na opzegging worden geen nieuwe leerlingen meer toegelaten. Leerlingen die op dat moment aan de "
       "route deelnemen, kunnen de route bij Partijen afmaken; Partijen blijven de overeenkomst voor "
       "hen uitvoeren totdat de laatste leerling de route heeft verlaten.")

    art("Slotbepalingen")
    cl("Partijen melden de route gezamenlijk bij de minister via DUO.")
    cl("Op deze overeenkomst is Nederlands recht van toepassing.")

    docx_para(d, "Aldus overeengekomen en in tweevoud getekend te IJsselstein op 19 juni 2025.")
    docx_table(d, [["Stichting voor Christelijk Voortgezet Onderwijs Lek en IJssel",
                    "Stichting ROC Rijn en Vaart"],
                   ["\n\nJ.W. Verhoef\nvoorzitter college van bestuur",
                    "\n\nir. A.M. Koelewijn-Dekker\nvoorzitter college van bestuur"]],
               [8.1, 8.1], header=False, size=10, style="Normal Table")
    return docx_bytes(d, "Samenwerkingsovereenkomst doorlopende leerroute Installatietechniek",
                      "Lekdijk College")


# --------------------------------------------------------------------------------------------
# h291  plain-text joint letter signed by both boards, Gaasterland, HBR bb -> Kok niveau 2
# --------------------------------------------------------------------------------------------
def wrap_paras(paras, width=92):
    import textwrap
    out = []
    for para in paras:
        if para.startswith("|"):          # preformatted line(s)
            out.append("\n".join(line[1:] if line.startswith("|") else line
                                 for line in para.split("\n")))
        else:
            out.append(textwrap.fill(para, width=width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n\n".join(out) + "\n"


@sample(291, "brief_beide_besturen_gaasterland_kok", "txt",
        "Plain-text joint letter from both boards to their teams that serves as the agreement, no "
        "headings, paragraphs opened by plain sentences; Gaasterland (Friesland), Horeca, bakkerij en "
        "recreatie bb -> Kok niveau 2; compliant, medezeggenschap only describes the law (h n/a).",
        dict(ALL_PRESENT, h="not_applicable"),
        {"a": "De route zelf is zo opgezet.", "b": "Het werkveld hoort er vanaf het begin bij.",
         "c": "De leiding over de route leggen wij bij een kernteam",
         "d": "Wij willen als besturen goed weten hoe het gaat.",
         "e": "Dan het onderwijs zelf: waar, door wie en met welke spullen.",
         "f": "Niet iedere leerling zal de route afmaken",
         "g": "Over geld kunnen wij kort zijn.",
         "i": "Mochten wij het als besturen over de uitvoering van deze afspraken oneens worden",
         "j": "Deze afspraken gelden vanaf 1 augustus 2025"})
def build_291():
    paras = [
        "|Stichting Voortgezet Onderwijs Gaasterland-Sleat       Stichting Mar en W\u00e2ld Onderwijs\n"
        "|Postbus 12, 8560 AA Balk                               (ROC Zuidwest Frysl\u00e2n)\n"
        "|                                                       Postbus 310, 8500 AH Joure",
        "|Aan:       de schoolleiding en het team van CSG Rijsterbosk, locatie Balk\n"
        "|           de directie en het team Horeca & Gastvrijheid van ROC Zuidwest Frysl\u00e2n, Joure\n"
        "|Afschrift: DUO (ter ondersteuning van de melding van de route)",
        "|Balk en Joure, 12 juni 2025\n|Ons kenmerk: BS/2025-061\n"
        "|Onderwerp: vastlegging van onze afspraken over de doorlopende leerroute Kok",
        "Beste collega's,",
        "Na een jaar van voorbereiden, proefkoken en overleggen is het zover: vanaf het nieuwe schooljaar "
        "bieden CSG Rijsterbosk en ROC Zuidwest Frysl\u00e2n samen een doorlopende leerroute aan. In deze "
        "brief leggen wij, de twee besturen, vast wat wij met elkaar hebben afgesproken. Wij hebben de "
        "brief allebei ondertekend. Hij geldt als de samenwerkingsovereenkomst die artikel 2.107b van de "
        "WVO 2020 en artikel 9.1.3 van de WEB voorschrijven en bindt onze beide stichtingen. We hebben "
        "bewust gewone woorden gebruikt, zodat iedereen die in de route werkt hem kan lezen. Waar hierna "
        "\u201cde school\u201d staat, bedoelen wij CSG Rijsterbosk en haar bestuur; met \u201chet ROC\u201d bedoelen wij "
        "ROC Zuidwest Frysl\u00e2n en de Stichting Mar en W\u00e2ld Onderwijs.",
        "De route zelf is zo opgezet. Leerlingen die op de school in de basisberoepsgerichte leerweg het "
        "profiel Horeca, bakkerij en recreatie volgen, kunnen aan het eind van leerjaar 2 kiezen voor een "
        "doorlopende route naar het mbo-diploma Kok (niveau 2, basisberoepsopleiding) uit het "
        "opleidingsdomein Horeca en bakkerij. De route duurt vier jaar. In de eerste twee jaar staan de "
        "leerlingen ingeschreven bij de school en halen zij hun vmbo-diploma basis (uiterlijk in het derde "
        "jaar van de route); in het derde en vierde jaar staan zij als student ingeschreven bij het ROC, in "
        "de beroepsopleidende leerweg. Elk jaar kunnen ten hoogste zestien leerlingen instromen.",
        "Het werkveld hoort er vanaf het begin bij. Vijf horecabedrijven uit de regio hebben toegezegd "
        "mee te doen: Hotel-restaurant De Luwte in Oudemirdum, Paviljoen Mirnser Klif, Recreatiepark It "
        "W\u00e2ldsein, Eetcaf\u00e9 De Skutsje in Balk en Zorgcentrum Bloemkamp, dat een grote keuken heeft. "
        "Al deze bedrijven zijn door SBB erkend als leerbedrijf. Zij bieden vanaf het tweede jaar "
        "stageplaatsen aan en ontvangen de leerlingen in het eerste jaar voor meeloopdagen. Hun chef-koks "
        "geven vier keer per jaar een masterclass op school en schuiven twee keer per jaar aan bij de "
        "proeverij waarop de kookopdrachten van de leerlingen worden beoordeeld. Eens per jaar, in maart, "
        "houden wij met deze bedrijven en de plaatselijke afdeling van de horecabranchevereniging een "
        "tafelgesprek over het programma; wat daaruit komt, verwerkt het kernteam in het programma van "
        "het volgende schooljaar.",
        "De leiding over de route leggen wij bij een kernteam van drie mensen: de teamleider bovenbouw "
        "van de school, de opleidingsmanager Horeca & Gastvrijheid van het ROC en een routecoördinator "
        "die de route van dag tot dag trekt. De teamleider en de opleidingsmanager worden ieder door hun "
        "eigen bestuur aangewezen. De routecoördinator wordt door onze twee besturen samen benoemd, voor "
        "twee schooljaren, en kan daarna opnieuw worden benoemd. Het kernteam stelt het rooster en het "
        "gezamenlijke programma op, beslist over de toelating van leerlingen tot de route, regelt de "
        "stages met de leerbedrijven en beheert het routebudget van \u20ac 12.000 per jaar. Het kernteam mag "
        "niemand in dienst nemen of ontslaan, geen verplichtingen aangaan boven dat budget en deze "
        "afspraken niet veranderen; dat blijft aan ons.",
        "Wij willen als besturen goed weten hoe het gaat. Het kernteam stuurt ons daarom elk jaar v\u00f3\u00f3r de "
        "herfstvakantie een schriftelijk verslag over het afgelopen schooljaar: hoeveel leerlingen zijn "
        "begonnen, doorgegaan en gestopt, hoe de examens zijn gegaan, wat de leerbedrijven en de "
        "leerlingen ervan vinden en waaraan het budget is besteed. Na de voorjaarsvakantie volgt een "
        "korte tussenstand per mail. In november bespreken wij het verslag met het kernteam in een "
        "gezamenlijk bestuurlijk overleg. Loopt er iets ernstig mis, dan meldt het kernteam dat meteen "
        "aan ons allebei.",
        "Dan het onderwijs zelf: waar, door wie en met welke spullen. De leerlingen zitten de eerste twee "
        "jaar op de school in Balk; op woensdag en vrijdag koken zij in de leerkeuken van het ROC in "
        "Joure. Vanaf het derde jaar zijn zij helemaal in Joure. Het programma, de examens en de stages "
        "staan per leerjaar in een gezamenlijk PTA/OER, dat wij elk jaar v\u00f3\u00f3r 1 juli samen vaststellen. "
        "Het lesgeven doet \u00e9\u00e9n team: twee docenten koken en gastvrijheid van de school en een "
        "praktijkdocent-kok van het ROC, die op maandag ook in de schoolkeuken in Balk lesgeeft. Voor de "
        "kookprojecten die vmbo- en mbo-stof combineren, werkt het team met teambevoegdheid; elke docent "
        "blijft verantwoordelijk voor het deel waarvoor hij bevoegd is en iedereen blijft in dienst bij "
        "zijn eigen werkgever. Het ROC stelt zijn leerkeuken en leerrestaurant De W\u00e2ldhoek beschikbaar, "
        "de school haar praktijkkeuken en het aula-buffet, dat de leerlingen twee keer per maand runnen. "
        "De leerlingen krijgen koksbuis en messenset van het ROC; het busvervoer tussen Balk en Joure "
        "regelt de school. De klachtenregelingen van de school en het ROC gelden ook voor wat "
        "medewerkers van de andere partij in de route doen.",
        "Niet iedere leerling zal de route afmaken, en dat hoeft ook niet erg te zijn, zolang hij of zij "
        "maar een diploma haalt. Stopt een leerling in de eerste twee jaar, dan gaat hij verder in de "
        "gewone basisberoepsgerichte leerweg van de school, in hetzelfde of een ander profiel, op weg "
        "naar het vmbo-diploma. Haalt een leerling het vmbo-diploma niet in het derde jaar van de route, "
        "dan kan hij bij het ROC zonder dat diploma verder in Kok of in een andere opleiding op niveau 2; "
        "omdat het om hetzelfde ROC gaat, worden dan geen vooropleidingseisen gesteld. Blijkt koken toch "
        "niet te passen, dan zoeken wij een opleiding op hetzelfde niveau in een andere richting, bij het "
        "ROC of bij een andere instelling in de buurt; dan zorgen wij voor een goede overdracht. Welke "
        "weg het wordt, beslissen de school en het ROC samen (de mentor en de loopbaanbegeleider, met het "
        "kernteam), na een gesprek met de leerling en zijn ouders, en daarbij kijken wij naar wat de "
        "leerling al heeft bereikt en naar zijn leeftijd. Deze regeling komt ook in de schoolgids.",
        "Over geld kunnen wij kort zijn. Wij dragen geen bekostiging aan elkaar over. De school betaalt "
        "haar eigen docenten en het busvervoer, het ROC zijn eigen docenten, keuken en materialen. Het "
        "gebruik van elkaars keukens en ruimtes wordt niet in rekening gebracht.",
        "Voor de medezeggenschap geldt wat de wet daarover zegt: zolang de leerlingen bij de school staan "
        "ingeschreven, is de Wet medezeggenschap op scholen van toepassing en praat de "
        "medezeggenschapsraad van de school mee; zodra zij student van het ROC zijn, gelden de regels "
        "van de WEB en de studentenraad van het ROC. Besturen kunnen op grond van de wet aanvullende "
        "afspraken maken over de medezeggenschap in een route.",
        "Mochten wij het als besturen over de uitvoering van deze afspraken oneens worden, dan probeert "
        "eerst het kernteam er samen uit te komen. Lukt dat niet binnen een maand, dan gaan de twee "
        "bestuurders met elkaar om tafel. Lukt dat binnen zes weken ook niet, dan vragen wij samen een "
        "onafhankelijke bemiddelaar (mediator) om te helpen. Levert ook de bemiddeling na drie maanden "
        "geen oplossing op, dan kan ieder van ons de zaak voorleggen aan de rechtbank Noord-Nederland.",
        "Deze afspraken gelden vanaf 1 augustus 2025 voor vier schooljaren en worden daarna steeds met "
        "vier schooljaren verlengd, tenzij een van ons opzegt. Opzeggen kan alleen schriftelijk, tegen "
        "het einde van een schooljaar en minstens een jaar van tevoren. Wil een andere school of "
        "instelling meedoen, bijvoorbeeld een vmbo-school uit Lemmer, dan kan dat als wij allebei "
        "instemmen en de nieuwe partij deze afspraken onderschrijft; dat leggen wij vast in een "
        "aanvullende brief die door alle besturen wordt getekend. Andere wijzigingen maken wij alleen "
        "schriftelijk, getekend door ons beiden. Bij opzegging nemen wij geen nieuwe leerlingen meer "
        "aan, maar leerlingen die al in de route zitten, mogen hem bij ons afmaken; ook een wijziging "
        "of een nieuwe partner mag voor hen geen nadeel opleveren.",
        "Wij danken iedereen die aan de voorbereiding heeft meegewerkt en wensen de eerste groep koks in "
        "spe een smakelijke start.",
        "Met vriendelijke groet, en voor akkoord getekend door beide besturen,",
        "|Stichting Voortgezet Onderwijs Gaasterland-Sleat       Stichting Mar en W\u00e2ld Onderwijs\n"
        "|\n"
        "|(getekend)                                             (getekend)\n"
        "|drs. H. de Boer                                        mr. T.A. Zijlstra-Hoekstra\n"
        "|bestuurder                                             voorzitter college van bestuur",
    ]
    return wrap_paras(paras)


# --------------------------------------------------------------------------------------------
# h292  PDF interne regeling of a verticale scholengemeenschap with question headings, Drechterland
# --------------------------------------------------------------------------------------------
@sample(292, "vraagkoppen_interne_regeling_vsg_drechterland_maatschappelijke_zorg", "pdf",
        "Interne regeling of a verticale scholengemeenschap (one bevoegd gezag) with question headings, "
        "Drechterland (West-Friesland), Zorg en welzijn kb -> Medewerker maatschappelijke zorg niveau 3. "
        "Defects: the routeleider only 'keeps the board informed' with no form or moment (d); overstap "
        "imposes the vooropleidingseisen on a switch within the same instelling (f).",
        dict(ALL_PRESENT, d="weak", f="weak", h="not_applicable", i="not_applicable",
             j="not_applicable"),
        {"a": "Om welke route gaat het?", "b": "Hoe doet het werkveld mee?",
         "c": "Wie heeft de leiding, en wat mag die leiding?",
         "e": "Hoe is het onderwijs georganiseerd?", "g": "Gaat er geld over en weer?"})
def build_292():
    st = pdf_styles(base=10.5, font="Times-Roman", bold="Times-Bold",
                    accent=colors.HexColor("#7A1F3D"), justify=True)
    b = [
        ("title", "Interne regeling doorlopende leerroute<br/>Zorg en welzijn \u2013 Medewerker "
                  "maatschappelijke zorg"),
        ("subtitle", "Stichting Westfriese Onderwijsgemeenschap Drechterland (WOD)<br/>"
                     "vastgesteld door het college van bestuur op 10 juni 2025"),
        ("h", "Waarom een interne regeling?"),
        ("p", "De WOD is een verticale scholengemeenschap: onder \u00e9\u00e9n bevoegd gezag, de Stichting "
              "Westfriese Onderwijsgemeenschap Drechterland, vallen zowel de school voor vmbo (WOD "
              "Vakcollege, Hoogkarspel) als de mbo-opleidingen (WOD Beroepsopleidingen Zorg &amp; "
              "Dienstverlening, Venhuizen). Omdat de doorlopende leerroute geheel binnen de WOD wordt "
              "verzorgd, sluit de stichting geen samenwerkingsovereenkomst met zichzelf, maar stelt het "
              "college van bestuur deze interne regeling vast (artikel 2.107b, derde lid, WVO 2020 en "
              "artikel 9.1.3, derde lid, WEB). Waar hierna \u2018het Vakcollege\u2019 en \u2018de "
              "Beroepsopleidingen\u2019 staat, zijn de twee afdelingen van de WOD bedoeld."),
        ("h", "Om welke route gaat het?"),
        ("p", "De route verbindt het vmbo-profiel <b>Zorg en welzijn</b> in de kaderberoepsgerichte "
              "leerweg met de mbo-opleiding <b>Medewerker maatschappelijke zorg</b> (niveau 3, "
              "vakopleiding) in het opleidingsdomein Zorg en welzijn, beroepsopleidende leerweg. De "
              "route beslaat vijf leerjaren. In de eerste twee leerjaren (vo-fase) staat de leerling "
              "ingeschreven bij het Vakcollege en behaalt hij of zij het vmbo-diploma; uiterlijk "
              "gebeurt dat in het derde leerjaar. In leerjaar 3 tot en met 5 (mbo-fase) staat de "
              "leerling als student ingeschreven bij de Beroepsopleidingen. Jaarlijks is plaats voor "
              "\u00e9\u00e9n groep van maximaal 22 leerlingen."),
        ("h", "Hoe doet het werkveld mee?"),
        ("p", "Zorg en welzijn leer je voor een groot deel bij de cli\u00ebnt. Daarom zijn vier "
              "organisaties uit de regio vanaf het begin bij de route betrokken: Zorggroep De "
              "Westfriese Dijk, woonzorgcentrum De Dijkhoeve in Wijdenes, Stichting Dagbesteding Het "
              "Dorpshuis en het wijkteam Jeugd en Gezin Drechterland. Zij:"),
        ("li", "vormen samen met de routeleider de werkveldcommissie zorg, die drie keer per jaar "
               "vergadert en advies uitbrengt over het programma en over de keuzedelen;"),
        ("li", "bieden in het eerste leerjaar van de route een maatschappelijke stage van veertig uur "
               "en vanaf het tweede leerjaar plaatsen voor beroepspraktijkvorming bij door SBB erkende "
               "leerbedrijven;"),
        ("li", "leveren elk schooljaar ten minste twee ervaringsdeskundigen voor gastlessen, en een "
               "praktijkbegeleider die meebeoordeelt bij de proeve van bekwaamheid."),
        ("h", "Wie heeft de leiding, en wat mag die leiding?"),
        ("p", "De leiding over de route ligt bij de <b>routeleider</b>, die wordt bijgestaan door een "
              "routeoverleg waarin ook de teamleider zorg en welzijn van het Vakcollege en de "
              "opleidingsco\u00f6rdinator maatschappelijke zorg van de Beroepsopleidingen zitting hebben. "
              "Het college van bestuur benoemt de routeleider voor een termijn van drie jaar, na advies "
              "van de directeuren van beide afdelingen; herbenoeming is \u00e9\u00e9nmaal mogelijk. De "
              "teamleider en de opleidingsco\u00f6rdinator worden door hun eigen directeur in het "
              "routeoverleg aangewezen."),
        ("p", "Het college van bestuur draagt de routeleider op: het samenstellen van het programma en "
              "het PTA/OER voor de gehele route; de toelating en plaatsing van leerlingen; de "
              "roostering en de afstemming tussen beide afdelingen; het contact met de "
              "werkveldcommissie en de leerbedrijven; en het beheer van het routebudget. De routeleider "
              "is bevoegd daarover zelfstandig te besluiten binnen de begroting. Besluiten over "
              "personeel, over uitgaven buiten het routebudget en over wijziging van deze regeling "
              "blijven voorbehouden aan het college van bestuur."),
        ("h", "Hoe houdt de leiding het college van bestuur op de hoogte?"),
        ("p", "De routeleider houdt het college van bestuur op de hoogte van de gang van zaken in de "
              "route en legt aan het college verantwoording af over de besteding van het routebudget. "
              "Het college kan de routeleider daarbij aanwijzingen geven."),
        ("h", "Hoe is het onderwijs georganiseerd?"),
        ("p", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar "
              "beschreven in \u00e9\u00e9n PTA/OER voor de gehele route, dat het college van bestuur jaarlijks "
              "v\u00f3\u00f3r 1 juli vaststelt. Daarin staat ook welke onderdelen vmbo-stof, welke mbo-stof en "
              "welke gecombineerd zijn."),
        ("p", "In de vo-fase krijgen de leerlingen les in het gebouw van het Vakcollege in Hoogkarspel en "
              "\u00e9\u00e9n dag per week in Venhuizen. In de mbo-fase is het onderwijs in Venhuizen."),
        ("p", "Het onderwijs wordt verzorgd door \u00e9\u00e9n routeteam, samengesteld uit docenten zorg en "
              "welzijn van het Vakcollege en docenten maatschappelijke zorg van de Beroepsopleidingen. "
              "Voor de leerlijn \u2018Zorgen voor jezelf en de ander\u2019 werkt het team met teambevoegdheid "
              "(artikel 7.13a WVO 2020, artikel 9.1.12 WEB). De directeuren leggen de inzet van hun "
              "docenten in de route vast in de jaartaak; docenten van de ene afdeling kunnen zonder "
              "aanvullende afspraken in de andere afdeling lesgeven."),
        ("p", "De Beroepsopleidingen stellen hun skillslab met demowoning, tillift en "
              "verpleegmaterialen beschikbaar voor de leerlingen in de vo-fase; het Vakcollege stelt de "
              "huishoudkundige praktijkruimte en de mediatheek beschikbaar voor de hele route. Leerlingen "
              "gebruiken vanaf het eerste leerjaar de elektronische leeromgeving van de "
              "Beroepsopleidingen."),
        ("p", "Op de route is de klachtenregeling van de WOD van toepassing; de klachtencommissie "
              "behandelt klachten over medewerkers van beide afdelingen."),
        ("h", "Wat als de route niet lukt?"),
        ("p", "Een leerling kan de route op ieder moment verlaten, bijvoorbeeld omdat het werken in de "
              "zorg toch niet bij hem of haar past of omdat het niveau te hoog blijkt. Dan geldt:"),
        ("li", "in de vo-fase stapt de leerling over naar de reguliere kaderberoepsgerichte leerweg van "
               "het Vakcollege, in het profiel Zorg en welzijn of een ander profiel, met het "
               "vmbo-diploma als doel;"),
        ("li", "een leerling die de route verlaat nadat hij het vmbo-diploma heeft behaald, kan verder "
               "in een andere opleiding van de Beroepsopleidingen op niveau 3 of, als dat beter past, "
               "in de opleiding Helpende zorg en welzijn (niveau 2);"),
        ("li", "een leerling die zonder vmbo-diploma naar een andere mbo-opleiding van de WOD wil "
               "overstappen, behaalt eerst alsnog het vmbo-diploma: de toelatingseisen van de "
               "mbo-opleidingen gelden ook voor hem onverkort;"),
        ("li", "wil de leerling naar een andere school of instelling, dan zorgt de WOD voor een warme "
               "overdracht."),
        ("p", "Het Vakcollege en de Beroepsopleidingen bepalen samen, na een gesprek met de leerling en "
              "diens ouders, welke mogelijkheid het beste past, gelet op het bereikte onderwijsniveau en "
              "de leeftijd van de leerling. De regeling staat ook in de schoolgids."),
        ("h", "Gaat er geld over en weer?"),
        ("p", "Nee. Omdat het Vakcollege en de Beroepsopleidingen onder hetzelfde bevoegd gezag "
              "vallen, vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO "
              "2020 of artikel 9.1.15 WEB. Het college van bestuur kent de route in de begroting van de "
              "stichting een eigen routebudget toe."),
        ("h", "Wie meldt de route aan?"),
        ("p", "Het college van bestuur meldt de route bij de minister via DUO (RIO), zowel voor het "
              "Vakcollege als voor de Beroepsopleidingen."),
        ("h", "Wanneer gaat deze regeling in?"),
        ("p", "Deze regeling treedt in werking op 1 augustus 2025 en geldt totdat het college van "
              "bestuur haar wijzigt of intrekt. Zij is vastgesteld na advies van de gemeenschappelijke "
              "medezeggenschapsraad."),
        ("sp", 14),
        ("p", "Hoogkarspel, 10 juni 2025<br/>Het college van bestuur van de Stichting Westfriese "
              "Onderwijsgemeenschap Drechterland,<br/><br/>drs. M.C. Kuin, voorzitter&nbsp;&nbsp;&nbsp;"
              "&nbsp;&nbsp;&nbsp;ing. R. Schermer, lid"),
    ]
    return pdf_bytes(b, "Interne regeling doorlopende leerroute Zorg en welzijn - WOD",
                     "WOD Drechterland", st, footer="WOD \u2022 Interne regeling DLR Zorg en welzijn",
                     header_text="Stichting Westfriese Onderwijsgemeenschap Drechterland",
                     footer_font="Times-Roman")


# --------------------------------------------------------------------------------------------
# h293  DOCX afsprakentabel with included financial annex, small vakinstelling, Hollandse IJssel
# --------------------------------------------------------------------------------------------
@sample(293, "afsprakentabel_bijlage_vakinstelling_hollandse_ijssel_timmerman", "docx",
        "Word document whose agreements sit in one three-column table (onderwerp / afspraak / wie) "
        "with cross-references between rows and an included financial annex; small national "
        "vakinstelling for restoration crafts with a Gouda vmbo, Bouwen, wonen en interieur kb -> "
        "Allround timmerman niveau 3; fully compliant, two-way funding transfer in the annex.",
        dict(ALL_PRESENT),
        {"a": "Route en opleiding", "b": "Werkveld en leerbedrijven", "c": "Routeleiding",
         "d": "Rapportage aan de besturen", "e": "Personeel, ruimten en materiaal",
         "f": "Overstappen", "g": "Bijlage 1 \u2013 Financi\u00eble afspraken", "h": "Medezeggenschap",
         "i": "Verschil van inzicht", "j": "Looptijd, wijziging en einde"})
def build_293():
    d = docx_new(font="Arial", size=10)
    d.add_paragraph("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo", style="Title")
    docx_para(d, "Bouwen, wonen en interieur (kader) \u2013 Allround timmerman, uitstroom restauratie",
              size=12, bold_lead=None)
    docx_para(d, "Partijen", bold_lead=None, size=11).runs[0].bold = True
    docx_para(d, "1. Stichting Openbaar Voortgezet Onderwijs Gouwe en IJssel te Gouda, bevoegd gezag "
                 "van het Goudse Ambachtscollege (vmbo basis en kader), vertegenwoordigd door de heer "
                 "drs. K. Baaijens, bestuurder; hierna: het Ambachtscollege.")
    docx_para(d, "2. Stichting Nationale Vakschool Restauratie en Monumentenzorg te Oudewater, "
                 "vakinstelling als bedoeld in de WEB, vertegenwoordigd door mevrouw ing. L. "
                 "Hoogendoorn-Vis, directeur-bestuurder; hierna: de Vakschool.")
    docx_para(d, "De Vakschool is een kleine vakinstelling met ongeveer 280 studenten, die opleidt voor "
                 "ambachtelijke beroepen in de restauratie van monumenten. Het Ambachtscollege leidt "
                 "in Gouda een groeiende groep leerlingen op in bouwen, wonen en interieur. Partijen "
                 "willen leerlingen die al vroeg voor het ambacht kiezen een ononderbroken route naar "
                 "een vakdiploma bieden en spreken daarom het volgende af. De afspraken staan in de "
                 "tabel hieronder; de laatste kolom zegt wie ervoor zorgt. Bijlage 1 hoort bij deze "
                 "overeenkomst.", align="justify")
    d.add_paragraph("Afspraken", style="Heading 1")
    rows = [
        ["Nr.", "Onderwerp", "Wat wij afspreken", "Wie"],
        ["1", "Route en opleiding",
         "De route loopt van het profiel Bouwen, wonen en interieur in de kaderberoepsgerichte leerweg "
         "naar de mbo-opleiding Allround timmerman (niveau 3) in het opleidingsdomein Bouw en infra, bol, "
         "met de keuzedelen Restauratietechnieken en Historische houtverbindingen.\n"
         "Route-jaar 1 en 2: leerling van het Ambachtscollege, vmbo-diploma kader in route-jaar 2 "
         "(uiterlijk route-jaar 3). Route-jaar 3 tot en met 5: student van de Vakschool. Instroom: ten "
         "hoogste 12 leerlingen per jaar.",
         "Beide besturen"],
        ["2", "Werkveld en leerbedrijven",
         "Vijf restauratiebedrijven uit het Groene Hart, waaronder Restauratiebedrijf Van Ooijen "
         "(Oudewater), Timmerfabriek Gebr. Schouten (Haastrecht) en Bouwhuis "
         "IJsselstreek, nemen deel aan de vakraad van de route. De vakraad komt twee keer per jaar bijeen "
         "en adviseert over het programma (rij 5). De bedrijven bieden vanaf route-jaar 1 "
         "bouwplaatsbezoeken en vanaf route-jaar 2 bpv-plaatsen; zij zijn erkend door SBB. Een "
         "vakman van een van de bedrijven beoordeelt mee bij de proeve van bekwaamheid en geeft ieder "
         "jaar een gastles over een actueel restauratieproject.",
         "Routeleiding met de vakraad"],
        ["3", "Routeleiding",
         "De leiding over de route ligt bij de routeleiding: de teamleider bouw van het "
         "Ambachtscollege en de opleidingscoördinator timmeren van de Vakschool. Ieder bestuur wijst "
         "zijn lid schriftelijk aan, telkens voor twee schooljaren.\n"
         "Taken: programma en PTA/OER opstellen (rij 5), toelating tot de route, roosters en "
         "bpv-planning, overstapbesluiten voorbereiden en nemen (rij 7), contact met de vakraad (rij 2).\n"
         "Bevoegd: zelfstandig beslissen over rooster, groepsindeling, bpv-plaatsing en uitgaven tot "
         "\u20ac 2.500 per post. Niet bevoegd: personeelsbesluiten, uitgaven daarboven en wijziging van "
         "deze overeenkomst; die liggen bij de besturen.",
         "Beide besturen wijzen aan; routeleiding voert uit"],
        ["4", "Rapportage aan de besturen",
         "De routeleiding brengt ieder jaar v\u00f3\u00f3r 1 november een schriftelijk routeverslag uit aan beide "
         "besturen over in-, door- en uitstroom, examenresultaten, bpv en uitgaven. In maart volgt een "
         "korte tussenrapportage. Beide besturen bespreken het routeverslag in december met de "
         "routeleiding. Bijzondere voorvallen meldt de routeleiding direct aan beide besturen.",
         "Routeleiding"],
        ["5", "Onderwijs, lesplaatsen en examinering",
         "Programma, examinering en bpv worden per route-jaar beschreven in \u00e9\u00e9n PTA/OER, dat beide "
         "besturen jaarlijks v\u00f3\u00f3r 1 juli vaststellen. Route-jaar 1 en 2: les in Gouda, met \u00e9\u00e9n dag "
         "per week in de werkplaats van de Vakschool in Oudewater. Route-jaar 3 tot en met 5: "
         "Oudewater. Het vmbo-examen valt onder het Ambachtscollege, de mbo-examens onder de "
         "examencommissie van de Vakschool.",
         "Routeleiding stelt op, besturen stellen vast"],
        ["6", "Personeel, ruimten en materiaal",
         "Eén docententeam: twee docenten bouw van het Ambachtscollege en twee vakdocenten van de "
         "Vakschool. De vakdocenten geven in route-jaar 1 en 2 de praktijkdag; voor het project "
         "\u2018Kozijn in oude staat\u2019 werkt het team met teambevoegdheid. Iedereen blijft in dienst van "
         "de eigen werkgever.\n"
         "De Vakschool stelt haar werkplaats, houtopslag en machines ter beschikking; het "
         "Ambachtscollege zijn bouwlokaal en tekenlokaal. Leerlingen krijgen een gereedschapskist in "
         "bruikleen van de Vakschool.",
         "Beide besturen"],
        ["7", "Overstappen",
         "Wie de route verlaat, krijgt altijd een weg naar een diploma:\n"
         "\u2022 in route-jaar 1 of 2: terug naar de reguliere kaderberoepsgerichte leerweg van het "
         "Ambachtscollege (zelfde of ander profiel) voor het vmbo-diploma;\n"
         "\u2022 geen vmbo-diploma na route-jaar 3: verder bij de Vakschool in Allround timmerman of in "
         "Timmerman (niveau 2), zonder dat vooropleidingseisen worden gesteld;\n"
         "\u2022 ander vak of verhuizing: een opleiding op vergelijkbaar niveau bij een ROC in de regio; "
         "partijen dragen de leerling warm over en ondersteunen bij een geschiktheidsonderzoek.\n"
         "Het Ambachtscollege en de Vakschool beslissen samen, via de routeleiding, na een gesprek "
         "met leerling en ouders, op basis van het bereikte niveau en de leeftijd. De regeling staat "
         "ook in de schoolgids.",
         "Routeleiding namens beide partijen"],
        ["8", "Geld",
         "Partijen dragen bekostiging aan elkaar over volgens bijlage 1 (bedragen per leerling en waar "
         "het geld voor is).",
         "Financi\u00eble afdelingen"],
        ["9", "Medezeggenschap",
         "Aanvullend op de wet: de studentenraad van de Vakschool neemt \u00e9\u00e9n leerling uit de vo-fase "
         "als volwaardig lid op. De medezeggenschapsraad van het Ambachtscollege en de studentenraad "
         "ontvangen het routeverslag (rij 4) en brengen samen advies uit over iedere wijziging van "
         "deze overeenkomst (rij 12).",
         "Beide besturen"],
        ["10", "Verschil van inzicht",
         "Verschil van inzicht tussen partijen over de uitvoering gaat eerst naar de routeleiding, "
         "daarna naar de twee bestuurders. Komen zij er binnen zes weken niet uit, dan vragen zij "
         "samen bindend advies aan een onafhankelijke deskundige die zij binnen twee weken "
         "gezamenlijk aanwijzen; kunnen zij het daarover niet eens worden, dan wijst de voorzitter van "
         "de regionale onderwijsraad de deskundige aan. Het advies is voor beide partijen bindend.",
         "Bestuurders"],
        ["11", "Nieuwe partners",
         "Een andere vmbo-school of mbo-instelling kan toetreden als beide besturen schriftelijk "
         "instemmen en de nieuwe partij deze overeenkomst volledig aanvaardt. Toetreding wordt "
         "vastgelegd in een door alle partijen getekend addendum en gemeld bij DUO.",
         "Beide besturen"],
        ["12", "Looptijd, wijziging en einde",
         "Ingang 1 augustus 2025, voor onbepaalde tijd. Wijzigen kan alleen schriftelijk, getekend "
         "door beide besturen, na advies als bedoeld in rij 9. Opzeggen kan schriftelijk tegen 1 "
         "augustus, met ten minste een jaar opzegtermijn; bij ernstig tekortschieten na "
         "ingebrekestelling ontbinden. Na opzegging geen nieuwe instroom; leerlingen die in de route "
         "zitten, maken die af onder dezelfde voorwaarden. Ook toetreding of wijziging mag lopende "
         "groepen niet benadelen.",
         "Beide besturen"],
        ["13", "Melding en slot",
         "Partijen melden de route gezamenlijk bij DUO. Nederlands recht is van toepassing.",
         "Beide besturen"],
    ]
    docx_table(d, rows, [1.0, 3.4, 9.2, 2.6], header=True, size=9)
    docx_para(d, "")
    docx_para(d, "Getekend in tweevoud te Oudewater op 26 juni 2025.")
    docx_table(d, [["Voor het Ambachtscollege", "Voor de Vakschool"],
                   ["\n\ndrs. K. Baaijens, bestuurder",
                    "\n\ning. L. Hoogendoorn-Vis, directeur-bestuurder"]],
               [8.1, 8.1], header=False, size=10, style="Normal Table")
    pb = d.add_paragraph()
    pb.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
    d.add_paragraph("Bijlage 1 \u2013 Financi\u00eble afspraken", style="Heading 1")
    docx_para(d, "Deze bijlage hoort bij rij 8 van de overeenkomst. Partijen dragen met toepassing van "
                 "artikel 5.42a WVO 2020 en artikel 9.1.15 WEB de volgende middelen aan elkaar over:",
              align="justify")
    docx_table(d, [
        ["Van \u2192 naar", "Omvang", "Bestemming", "Moment"],
        ["Ambachtscollege \u2192 Vakschool", "\u20ac 1.150 per leerling per route-jaar in de vo-fase",
         "Inzet van de vakdocenten op de praktijkdag en hout en verbruiksmateriaal in de werkplaats",
         "Jaarlijks v\u00f3\u00f3r 1 december, op basis van de telling van 1 oktober"],
        ["Vakschool \u2192 Ambachtscollege",
         "\u20ac 400 per student die in route-jaar 3 nog vmbo-examenonderdelen aflegt",
         "Begeleiding en afname van die vmbo-examenonderdelen door het Ambachtscollege",
         "Jaarlijks v\u00f3\u00f3r 1 maart"],
    ], [3.4, 4.0, 5.6, 3.2], header=True, size=9)
    docx_para(d, "Andere kosten dragen partijen zelf. Het gebruik van elkaars ruimten (rij 6) wordt niet "
                 "verrekend. De bedragen worden jaarlijks met de loonindex van het primaire proces "
                 "ge\u00efndexeerd.", align="justify")
    return docx_bytes(d, "SOK doorlopende leerroute Allround timmerman", "Goudse Ambachtscollege")


# --------------------------------------------------------------------------------------------
# h294  very short Markdown, geïntegreerde route, Hunsingo, Mobiliteit en transport bb -> niveau 2
# --------------------------------------------------------------------------------------------
@sample(294, "zeer_kort_geintegreerde_route_hunsingo_logistiek", "md",
        "Very short one-page Markdown agreement (bullets with bold lead-ins) for a geïntegreerde route, "
        "Hunsingo (Noord-Groningen), Mobiliteit en transport bb -> Logistiek medewerker niveau 2. "
        "Defects: a pupil who stops goes automatically to Entree (f), nothing at all on finances (g), "
        "disputes only 'in goed overleg' (i).",
        dict(ALL_PRESENT, f="weak", g="missing", i="weak"),
        {"a": "De route.", "b": "Betrokken bedrijven.", "c": "Routeleiding.",
         "d": "Verantwoording aan de besturen.", "e": "Onderwijs, personeel en voorzieningen.",
         "h": "Medezeggenschap.", "j": "Looptijd, toetreding, wijziging en opzegging."})
def build_294():
    return """# Samenwerkingsovereenkomst geïntegreerde route Logistiek

**Vmbo Noordkust (Winsum) en ROC Eems en Wad (Delfzijl)**
Winsum, 20 juni 2025

Stichting Openbaar Voortgezet Onderwijs Hunsingo, bevoegd gezag van vmbo Noordkust, vertegenwoordigd
door mevrouw A. Dijkhuis (bestuurder), en Stichting ROC Eems en Wad, vertegenwoordigd door de heer
R.J. Mulder (voorzitter college van bestuur), spreken het volgende af.

## Afspraken

- **De route.** Geïntegreerde route vmbo-basisberoepsgericht – mbo niveau 2: van het profiel
  Mobiliteit en transport (basisberoepsgerichte leerweg) naar de opleiding Logistiek medewerker
  (niveau 2) in het opleidingsdomein Transport, scheepvaart en logistiek. De leerling doet geen
  vmbo-eindexamen basis maar haalt het mbo-diploma. Start in leerjaar 3; de route duurt drie jaar.
  Deelname na overleg met leerling en ouders.
- **Betrokken bedrijven.** Noordkust Overslag BV (Eemshaven), Groothandel Ten Boer Logistiek en
  Transportbedrijf Wierda bieden vanaf het eerste routejaar één dag per week een bpv-plaats, beoordelen
  mee bij de praktijkexamens en praten twee keer per jaar met de routeleiding over het programma.
- **Routeleiding.** De teamleider basis van Noordkust en de teamleider logistiek van het ROC vormen
  samen de routeleiding; ieder wordt door de eigen bestuurder aangewezen. De routeleiding stelt
  programma, rooster en examenplanning vast, beslist over toelating en plaatsing en onderhoudt het
  contact met de bedrijven. Besluiten over personeel en over het aangaan van verplichtingen blijven bij de besturen.
- **Verantwoording aan de besturen.** De routeleiding rapporteert in februari en in juli schriftelijk
  aan beide besturen over instroom, uitval, examens en bpv, en bespreekt de julirapportage met beide
  bestuurders.
- **Onderwijs, personeel en voorzieningen.** Programma en examinering staan per leerjaar in één
  PTA/OER, dat beide besturen jaarlijks vóór 1 juli vaststellen. Jaar 1 en 2: les op Noordkust in
  Winsum, met één dag in het oefenmagazijn van het ROC in Delfzijl; jaar 3 bij het ROC. Eén team van
  twee docenten van Noordkust en een docent logistiek van het ROC, die ook op Noordkust lesgeeft; voor
  de praktijkmodules werkt het team met teambevoegdheid. Het ROC stelt zijn oefenmagazijn met
  heftrucksimulator en handscanners beschikbaar, Noordkust het praktijklokaal en de fietsenwerkplaats.
- **Stoppen met de route.** Stopt een leerling met de geïntegreerde route, dan stroomt hij of zij door
  naar de Entree-opleiding van het ROC.
- **Medezeggenschap.** De leerlingen van de route kiezen vanaf jaar 2 één vertegenwoordiger in de
  studentenraad van het ROC. De MR van Noordkust en de studentenraad houden één keer per jaar een
  gezamenlijk overleg over de route.
- **Meningsverschillen.** Meningsverschillen over deze afspraken lossen de besturen samen in goed
  overleg op.
- **Looptijd, toetreding, wijziging en opzegging.** Geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
  Een andere school of instelling kan toetreden als beide besturen instemmen; dat wordt vastgelegd in
  een addendum dat alle besturen tekenen. Wijzigen kan alleen schriftelijk, getekend door beide
  besturen. Opzeggen kan schriftelijk tegen 1 augustus met twaalf maanden opzegtermijn. Na opzegging
  geen nieuwe instroom; leerlingen die in de route zitten, maken die af.

Partijen melden de route samen bij DUO.

| Voor Stichting Openbaar VO Hunsingo | Voor Stichting ROC Eems en Wad |
|---|---|
| A. Dijkhuis, bestuurder | R.J. Mulder, voorzitter college van bestuur |
"""


# --------------------------------------------------------------------------------------------
# h295  long lawyer-drafted PDF, three parties, Hart van Brabant, MVI kb/gl -> Software developer 4
# --------------------------------------------------------------------------------------------
H295_A = [
    ("center", "<b>SAMENWERKINGSOVEREENKOMST</b>"),
    ("center", "inzake de doorlopende leerroute vmbo-mbo<br/>Media, vormgeving en ICT \u2013 Software "
               "developer"),
    ("center", "Hart van Brabant"),
    ("sp", 10),
    ("p", "<b>DE ONDERGETEKENDEN:</b>"),
    ("num", "1.", "de stichting <b>Stichting Onderwijsgroep Tilburg-Noord</b>, statutair gevestigd te "
                  "Tilburg, ingeschreven in het handelsregister onder nummer 41099871, bevoegd gezag "
                  "van het Reeshof Vakcollege, te dezen rechtsgeldig vertegenwoordigd door de heer "
                  "drs. F.M.J. van Gils, voorzitter van het college van bestuur, hierna te noemen: "
                  "<b>\u2018Reeshof\u2019</b>;"),
    ("num", "2.", "de stichting <b>Stichting Katholiek Voortgezet Onderwijs De Beerze</b>, statutair "
                  "gevestigd te Oisterwijk, ingeschreven in het handelsregister onder nummer "
                  "41098312, bevoegd gezag van het Beerze College, te dezen rechtsgeldig "
                  "vertegenwoordigd door mevrouw mr. drs. E.A.C. Verhoeven, bestuurder, hierna te "
                  "noemen: <b>\u2018Beerze\u2019</b>;"),
    ("num", "3.", "de stichting <b>Stichting ROC Hart van Brabant</b>, statutair gevestigd te Tilburg, "
                  "ingeschreven in het handelsregister onder nummer 18102457, te dezen rechtsgeldig "
                  "vertegenwoordigd door de heer ir. J.P.A. Smulders, voorzitter van het college van "
                  "bestuur, hierna te noemen: <b>\u2018het ROC\u2019</b>;"),
    ("p", "Reeshof en Beerze hierna gezamenlijk ook te noemen: <b>\u2018de Scholen\u2019</b> en ieder "
          "afzonderlijk <b>\u2018School\u2019</b>; de ondergetekenden hierna gezamenlijk te noemen: "
          "<b>\u2018Partijen\u2019</b> en ieder afzonderlijk <b>\u2018Partij\u2019</b>,"),
    ("p", "<b>NEMEN IN AANMERKING DAT:</b>"),
    ("num", "A.", "de Scholen in de kaderberoepsgerichte en de gemengde leerweg het beroepsgerichte "
                  "profiel Media, vormgeving en ICT aanbieden en het ROC de opleiding Software "
                  "developer verzorgt;"),
    ("num", "B.", "in de regio Hart van Brabant een groeiende vraag bestaat naar goed opgeleide "
                  "softwareontwikkelaars en Partijen het regionale bedrijfsleven, in het bijzonder de "
                  "ICT-sector, beschouwen als een onmisbare partner bij het opleiden van jongeren;"),
    ("num", "C.", "Partijen de overgang van vmbo naar mbo voor deze jongeren willen verbeteren door het "
                  "aanbieden van een doorlopende leerroute als bedoeld in artikel 2.107a van de Wet "
                  "voortgezet onderwijs 2020 (hierna: <b>WVO 2020</b>) en artikel 9.1.2 van de Wet "
                  "educatie en beroepsonderwijs (hierna: <b>WEB</b>);"),
    ("num", "D.", "een dergelijke leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB "
                  "wordt verzorgd op grond van een samenwerkingsovereenkomst waarin ten minste de in "
                  "die artikelen genoemde onderwerpen zijn geregeld;"),
    ("num", "E.", "de medezeggenschapsraden van de Scholen en de studentenraad van het ROC over het "
                  "voornemen tot samenwerking advies hebben uitgebracht;"),
    ("p", "<b>KOMEN OVEREEN ALS VOLGT:</b>"),

    ("h", "Artikel 1 Begripsbepalingen"),
    ("p", "In deze overeenkomst en de daarbij behorende bijlage wordt verstaan onder:"),
    ("num", "a.", "<i>Route</i>: de doorlopende leerroute, bedoeld in artikel 2;"),
    ("num", "b.", "<i>Leerling</i>: een jongere die aan de Route deelneemt en bij een School is "
                  "ingeschreven;"),
    ("num", "c.", "<i>Student</i>: een jongere die aan de Route deelneemt en bij het ROC is "
                  "ingeschreven;"),
    ("num", "d.", "<i>vo-fase</i>: de eerste twee leerjaren van de Route; <i>mbo-fase</i>: de daarop "
                  "volgende leerjaren;"),
    ("num", "e.", "<i>Stuurgroep</i>: het orgaan, bedoeld in artikel 3;"),
    ("num", "f.", "<i>Routemanager</i>: de functionaris, bedoeld in artikel 4;"),
    ("num", "g.", "<i>PTA/OER</i>: het gezamenlijke programma van toetsing en afsluiting en de "
                  "onderwijs- en examenregeling voor de gehele Route;"),
    ("num", "h.", "<i>Werkveld</i>: de ondernemingen en instellingen in de regio Hart van Brabant die "
                  "werkzaam zijn op het gebied van softwareontwikkeling en informatietechnologie;"),
    ("num", "i.", "<i>Schooljaar</i>: de periode van 1 augustus tot en met 31 juli daaropvolgend."),

    ("h", "Artikel 2 Onderwerp en reikwijdte"),
    ("num", "1.", "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die aansluit op "
                  "het profiel Media, vormgeving en ICT in de kaderberoepsgerichte en de gemengde "
                  "leerweg en leidt tot het diploma van de middenkaderopleiding Software developer "
                  "(niveau 4) in het opleidingsdomein ICT en creatieve industrie, in de "
                  "beroepsopleidende leerweg."),
    ("num", "2.", "De Route omvat vijf leerjaren. De Leerling behaalt het vmbo-diploma in het tweede "
                  "leerjaar van de Route, en uiterlijk in het derde leerjaar. Met ingang van het derde "
                  "leerjaar is de Leerling als Student bij het ROC ingeschreven."),
    ("num", "3.", "Per Schooljaar stromen per School ten hoogste zestien Leerlingen in. De Stuurgroep "
                  "kan binnen dat aantal een andere verdeling vaststellen."),
    ("num", "4.", "Een schematisch overzicht van de Route per leerjaar is opgenomen in Bijlage A. Bij "
                  "strijd tussen de bijlage en deze overeenkomst prevaleert deze overeenkomst."),

    ("h", "Artikel 3 Stuurgroep"),
    ("num", "1.", "De leiding over de Route berust bij de Stuurgroep."),
    ("num", "2.", "De Stuurgroep bestaat uit drie leden: de directeur vmbo van het Reeshof "
                  "Vakcollege, de directeur vmbo van het Beerze College en de directeur van het "
                  "College ICT &amp; Creatief van het ROC. De Routemanager woont de vergaderingen bij "
                  "als adviseur zonder stemrecht."),
    ("num", "3.", "Ieder lid van de Stuurgroep wordt benoemd door het college van bestuur van de "
                  "Partij die het vertegenwoordigt, voor een termijn van drie Schooljaren. Een Partij "
                  "deelt de benoeming, schorsing of het ontslag van haar lid onverwijld schriftelijk "
                  "aan de andere Partijen mede. Bij ontstentenis of belet van een lid wijst de "
                  "betreffende Partij een plaatsvervanger aan."),
    ("num", "4.", "Het voorzitterschap van de Stuurgroep rouleert per Schooljaar tussen de leden, in "
                  "de volgorde waarin Partijen in de aanhef zijn genoemd."),
    ("num", "5.", "De colleges van bestuur van Partijen dragen de Stuurgroep de volgende taken op:"),
    ("num2", "a.", "het voorbereiden van het PTA/OER en de jaarlijkse actualisering daarvan;"),
    ("num2", "b.", "het vaststellen van de toelatingsprocedure en het besluiten over de toelating "
                   "van Leerlingen tot de Route;"),
    ("num2", "c.", "het vaststellen van de jaarplanning, de roosters op hoofdlijnen en de inzet van "
                   "personeel binnen de door Partijen ter beschikking gestelde formatie;"),
    ("num2", "d.", "het toezien op de uitvoering van de overstapoptie, bedoeld in artikel 11;"),
    ("num2", "e.", "het aansturen van de Routemanager;"),
    ("num2", "f.", "het afleggen van verantwoording als bedoeld in artikel 5."),
    ("num", "6.", "De Stuurgroep is bevoegd om binnen de door Partijen goedgekeurde routebegroting "
                  "zelfstandig besluiten te nemen over de onderwerpen, genoemd in lid 5. Besluiten met "
                  "gevolgen voor de rechtspositie van personeel, besluiten tot het aangaan van "
                  "verplichtingen buiten de routebegroting en voorstellen tot wijziging van deze "
                  "overeenkomst zijn voorbehouden aan de colleges van bestuur."),
    ("num", "7.", "De Stuurgroep besluit bij unanimiteit. Komt over een voorstel geen unanimiteit tot "
                  "stand, dan legt de voorzitter het voorstel binnen twee weken voor aan de colleges "
                  "van bestuur."),

    ("h", "Artikel 4 Routemanager"),
    ("num", "1.", "Het ROC stelt, na instemming van de Stuurgroep, een Routemanager aan met een "
                  "omvang van ten minste 0,4 fte. De Routemanager is in dienst van het ROC."),
    ("num", "2.", "De Routemanager is belast met de dagelijkse co\u00f6rdinatie van de Route, bereidt de "
                  "vergaderingen van de Stuurgroep voor en voert haar besluiten uit."),

    ("h", "Artikel 5 Inlichtingen en verantwoording"),
    ("num", "1.", "De Stuurgroep brengt jaarlijks v\u00f3\u00f3r 1 november aan de colleges van bestuur van "
                  "alle Partijen een schriftelijk jaarverslag uit over het voorafgaande Schooljaar. "
                  "Het jaarverslag bevat ten minste de kengetallen over instroom, doorstroom, "
                  "voortijdige uitstroom en diplomering, de examenresultaten, de toepassing van de "
                  "overstapoptie, de ontvangen klachten en de uitvoering van de routebegroting."),
    ("num", "2.", "De Stuurgroep brengt v\u00f3\u00f3r 1 april een schriftelijke voortgangsrapportage uit "
                  "over de eerste helft van het lopende Schooljaar."),
    ("num", "3.", "De colleges van bestuur van Partijen bespreken het jaarverslag jaarlijks in "
                  "november in een bestuurlijk overleg met de Stuurgroep en stellen de routebegroting "
                  "voor het volgende kalenderjaar vast."),
    ("num", "4.", "De Stuurgroep verstrekt ieder college van bestuur op diens verzoek binnen tien "
                  "werkdagen alle inlichtingen over de Route die het redelijkerwijs nodig heeft, en "
                  "meldt ernstige incidenten onverwijld aan alle Partijen."),

    ("h", "Artikel 6 Onderwijsprogramma en examinering"),
    ("num", "1.", "Partijen beschrijven voor de gehele Route het onderwijsprogramma en de examinering "
                  "per leerjaar in het PTA/OER, waarin is aangegeven welke onderdelen tot het "
                  "vmbo-programma, welke tot het mbo-programma en welke tot beide behoren. Het "
                  "PTA/OER wordt jaarlijks v\u00f3\u00f3r 1 juli door de colleges van bestuur van alle "
                  "Partijen vastgesteld."),
    ("num", "2.", "Iedere School is verantwoordelijk voor het vmbo-deel van de Route en de "
                  "examinering en diplomering daarvan voor haar Leerlingen; het ROC voor het mbo-deel "
                  "en de examinering en diplomering daarvan."),
    ("num", "3.", "Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de Route; "
                  "onderdelen daarvan kunnen worden afgenomen in het eerste of derde leerjaar. "
                  "Mbo-onderdelen kunnen vanaf het eerste leerjaar worden ge\u00ebxamineerd."),
    ("num", "4.", "Partijen dragen er zorg voor dat de onderwijstijd voldoet aan de artikelen 2.107g "
                  "tot en met 2.107i WVO 2020 en de artikelen 9.1.9 tot en met 9.1.11 WEB."),

    ("h", "Artikel 7 Locaties"),
    ("num", "1.", "In de vo-fase wordt het onderwijs verzorgd in de vestiging van de School waar de "
                  "Leerling is ingeschreven: het Reeshof Vakcollege te Tilburg respectievelijk het "
                  "Beerze College te Oisterwijk. Docenten van het ROC verzorgen hun lessen in de vo-fase "
                  "op die vestigingen."),
    ("num", "2.", "In de mbo-fase wordt het onderwijs verzorgd in de vestiging van het College ICT "
                  "&amp; Creatief van het ROC in de Spoorzone te Tilburg."),

    ("h", "Artikel 8 Inzet van personeel"),
    ("num", "1.", "De Route wordt per School verzorgd door een routeteam, bestaande uit docenten van de "
                  "betreffende School en docenten van het ROC."),
    ("num", "2.", "Het ROC zet in de vo-fase per groep ten minste zes lesuren per week docenten in "
                  "voor de mbo-onderdelen van het programma, waaronder programmeren en databases."),
    ("num", "3.", "Voor de vak- en sectoroverstijgende projecten in de vo-fase werken de routeteams "
                  "met teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. "
                  "Het PTA/OER vermeldt in welke onderdelen teams worden ingezet. Iedere docent blijft "
                  "verantwoordelijk voor het onderdeel waarvoor hij bevoegd is."),
    ("num", "4.", "Docenten blijven in dienst van hun eigen werkgever en vallen onder de voor die "
                  "werkgever geldende cao. Docenten van het ROC die op een School lesgeven, worden "
                  "tijdens hun lessen functioneel aangestuurd door de directeur vmbo van die School."),
    ("num", "5.", "Partijen organiseren jaarlijks ten minste twee gezamenlijke studiedagen voor de "
                  "routeteams."),

    ("h", "Artikel 9 Inschrijving, verzuim en gegevens"),
    ("num", "1.", "In de vo-fase is de Leerling ingeschreven bij de School; met ingang van het derde "
                  "leerjaar van de Route bij het ROC. Een Student die het vmbo-diploma nog niet heeft "
                  "behaald, blijft tevens bij de School ingeschreven totdat de vo-activiteiten zijn "
                  "afgerond."),
    ("num", "2.", "Verzuim wordt in de vo-fase door de School en in de mbo-fase door het ROC "
                  "geregistreerd en gemeld."),
    ("num", "3.", "Partijen wisselen uitsluitend die persoonsgegevens uit die voor de uitvoering van "
                  "de Route noodzakelijk zijn en sluiten daartoe, voor zover nodig, een "
                  "gegevensuitwisselingsovereenkomst."),

    ("h", "Artikel 10 Klachten"),
    ("num", "1.", "De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van "
                  "het bevoegd gezag en het personeel van de andere Partijen in het kader van de "
                  "Route."),
    ("num", "2.", "De voorzitter van een klachtencommissie die een klacht over de Route behandelt, is "
                  "niet werkzaam voor of onder verantwoordelijkheid van een andere Partij."),
]


H295_B = [
    ("h", "Artikel 11 Overstapoptie"),
    ("num", "1.", "Indien de deelname van een Leerling of Student aan de Route wordt be\u00ebindigd "
                  "voordat hij deze met goed gevolg heeft afgerond, stellen de betrokken School en het "
                  "ROC hem in staat een vmbo-diploma of het diploma van een beroepsopleiding te "
                  "behalen, overeenkomstig artikel 2.107k WVO 2020 en artikel 9.1.14 WEB en met "
                  "inachtneming van de volgende leden."),
    ("num", "2.", "Bij be\u00ebindiging in de vo-fase zet de Leerling zijn opleiding voort in de reguliere "
                  "kaderberoepsgerichte of gemengde leerweg van de School, in het profiel Media, "
                  "vormgeving en ICT of in een ander profiel, met het vmbo-diploma als doel."),
    ("num", "3.", "Heeft de Leerling aan het einde van het derde leerjaar van de Route het "
                  "vmbo-diploma niet behaald, dan kan hij zonder dat diploma zijn opleiding bij het "
                  "ROC voortzetten in de opleiding Software developer, in een andere opleiding op "
                  "niveau 4 of, indien dat beter aansluit, in de opleiding Medewerker ICT support "
                  "(niveau 3). De vooropleidingseisen, bedoeld in de artikelen 8.2.1 en 8.2.2 WEB, "
                  "zijn daarbij niet van toepassing. Hij kan er ook voor kiezen het examenjaar bij de "
                  "School te herhalen."),
    ("num", "4.", "Blijkt de gekozen richting niet bij de Student te passen, dan wordt een opleiding op "
                  "vergelijkbaar niveau in een ander opleidingsdomein gezocht, bij het ROC of bij een "
                  "andere instelling voor beroepsonderwijs in de regio. In het laatste geval dragen de "
                  "betrokken School en het ROC de Student warm over en verstrekken zij de andere "
                  "instelling de informatie die zij voor een geschiktheidsonderzoek nodig heeft."),
    ("num", "5.", "Welke voortzetting wordt gekozen, bepalen de betrokken School en het ROC "
                  "gezamenlijk, vertegenwoordigd door hun leden van de Stuurgroep, na een gesprek met "
                  "de Leerling of Student en, indien hij minderjarig is, zijn ouders, en op basis van "
                  "het bereikte onderwijsniveau en de leeftijd van de Leerling of Student."),
    ("num", "6.", "Dit artikel is niet van toepassing bij definitieve verwijdering. Partijen nemen de "
                  "hoofdlijnen van dit artikel op in de schoolgids en de studiegids."),

    ("h", "Artikel 12 Financi\u00eble bepalingen"),
    ("num", "1.", "Ten behoeve van de inzet van docenten van het ROC in de vo-fase, bedoeld in "
                  "artikel 8 lid 2, dragen de Scholen met toepassing van artikel 5.42a WVO 2020 een "
                  "deel van de door hen ontvangen bekostiging over aan het ROC."),
    ("num", "2.", "De omvang van de over te dragen middelen wordt voor ieder Schooljaar door Partijen "
                  "vastgesteld in een afzonderlijke financi\u00eble notitie, uiterlijk op 1 december van "
                  "het betreffende Schooljaar."),
    ("num", "3.", "Het ROC factureert het overeengekomen bedrag per School na vaststelling van de "
                  "financi\u00eble notitie; betaling geschiedt binnen dertig dagen na factuurdatum."),
    ("num", "4.", "Overigens draagt iedere Partij haar eigen kosten."),

    ("h", "Artikel 13 Medezeggenschap"),
    ("num", "1.", "Onverminderd de Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de "
                  "ondernemingsraden komen Partijen het volgende overeen."),
    ("num", "2.", "Een Leerling in de vo-fase kan worden gekozen als lid van de studentenraad van het "
                  "College ICT &amp; Creatief van het ROC en heeft dan dezelfde rechten als de overige "
                  "leden. Het ROC past het reglement van de studentenraad daartoe aan."),
    ("num", "3.", "Een voorgenomen besluit tot wijziging van het PTA/OER op hoofdlijnen of van deze "
                  "overeenkomst wordt v\u00f3\u00f3r de besluitvorming voor advies voorgelegd aan de "
                  "medezeggenschapsraden van de Scholen en aan de studentenraad van het ROC, die daarover "
                  "desgewenst gezamenlijk adviseren."),
    ("num", "4.", "De Stuurgroep zendt het jaarverslag, bedoeld in artikel 5 lid 1, gelijktijdig aan "
                  "de in lid 3 genoemde raden."),

    ("h", "Artikel 14 Geschillen"),
    ("num", "1.", "Onder een geschil wordt verstaan ieder verschil van mening tussen twee of meer "
                  "Partijen over de uitleg of de uitvoering van deze overeenkomst."),
    ("num", "2.", "Een Partij die een geschil aanwezig acht, meldt dit schriftelijk aan de andere "
                  "Partijen. De Stuurgroep bespreekt het geschil binnen drie weken na de melding."),
    ("num", "3.", "Wordt het geschil niet binnen zes weken na de melding door de Stuurgroep opgelost, "
                  "dan wordt het voorgelegd aan de voorzitters van de colleges van bestuur, die binnen "
                  "vier weken bestuurlijk overleg voeren."),
    ("num", "4.", "Leidt het bestuurlijk overleg niet tot een oplossing, dan zullen Partijen trachten "
                  "het geschil door mediation op te lossen, met behulp van een door hen gezamenlijk "
                  "aangewezen MfN-registermediator."),
    ("num", "5.", "Is het geschil niet binnen drie maanden na de start van de mediation opgelost, dan "
                  "wordt het voorgelegd aan de bevoegde rechter in het arrondissement "
                  "Zeeland-West-Brabant."),

    ("h", "Artikel 15 Toetreding"),
    ("num", "1.", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot "
                  "deze overeenkomst toetreden, indien:"),
    ("num2", "a.", "alle Partijen schriftelijk met de toetreding instemmen;"),
    ("num2", "b.", "de toetredende partij de rechten en verplichtingen uit deze overeenkomst "
                   "onverkort aanvaardt;"),
    ("num2", "c.", "de toetreding wordt vastgelegd in een door alle Partijen en de toetredende partij "
                   "ondertekende toetredingsakte; en"),
    ("num2", "d.", "de toetredende partij haar deelname aan de Route bij DUO meldt."),
    ("num", "2.", "Toetreding gaat in bij de aanvang van een Schooljaar en heeft geen gevolgen voor "
                  "het programma van Leerlingen en Studenten die op dat moment al aan de Route "
                  "deelnemen; artikel 19 is van overeenkomstige toepassing."),

    ("h", "Artikel 16 Duur"),
    ("num", "1.", "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor de "
                  "duur van zes Schooljaren."),
    ("num", "2.", "Zij wordt daarna telkens verlengd met een periode van drie Schooljaren, tenzij een "
                  "Partij uiterlijk achttien maanden voor het einde van de lopende periode schriftelijk "
                  "heeft meegedeeld niet tot verlenging bereid te zijn."),

    ("h", "Artikel 17 Opzegging en uittreding"),
    ("num", "1.", "Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen het einde van een "
                  "Schooljaar, met inachtneming van een opzegtermijn van achttien maanden."),
    ("num", "2.", "Zegt een School op, dan treedt zij uit en wordt de overeenkomst tussen de overige "
                  "Partijen voortgezet, tenzij het ROC binnen drie maanden na ontvangst van de opzegging "
                  "zijnerzijds opzegt."),

    ("h", "Artikel 18 Ontbinding en wijziging"),
    ("num", "1.", "Iedere Partij kan deze overeenkomst ten aanzien van zichzelf buitengerechtelijk "
                  "ontbinden indien een andere Partij in de nakoming van een wezenlijke verplichting "
                  "tekortschiet en die tekortkoming niet binnen drie maanden na een schriftelijke "
                  "ingebrekestelling heeft hersteld."),
    ("num", "2.", "Wijzigingen van deze overeenkomst en van Bijlage A zijn slechts geldig indien zij "
                  "schriftelijk zijn overeengekomen en door alle Partijen zijn ondertekend, met "
                  "inachtneming van artikel 13 lid 3."),

    ("h", "Artikel 19 Bescherming van Leerlingen en Studenten"),
    ("num", "1.", "Bij opzegging, uittreding, ontbinding, wijziging en toetreding dragen Partijen er "
                  "zorg voor dat de gevolgen voor de Leerlingen en Studenten zoveel mogelijk worden "
                  "beperkt."),
    ("num", "2.", "Na een opzegging of ontbinding worden geen nieuwe Leerlingen meer tot de Route "
                  "toegelaten. Leerlingen en Studenten die op dat moment aan de Route deelnemen, kunnen "
                  "de Route afronden onder de voorwaarden die bij hun instroom golden. Partijen blijven "
                  "de daarvoor noodzakelijke verplichtingen uit deze overeenkomst, met inbegrip van "
                  "artikel 11, nakomen totdat de laatste van hen de Route heeft verlaten."),
    ("num", "3.", "Een wijziging die het programma van een lopend cohort raakt, gaat pas in met ingang "
                  "van een volgend Schooljaar en nadat de betrokken Leerlingen en Studenten en hun "
                  "ouders daarover zijn ge\u00efnformeerd."),

    ("h", "Artikel 20 Melding en slotbepalingen"),
    ("num", "1.", "Partijen melden de Route gezamenlijk aan de minister van Onderwijs, Cultuur en "
                  "Wetenschap door registratie bij DUO; iedere School en het ROC registreren daarbij "
                  "hun eigen deelname."),
    ("num", "2.", "Bijlage A maakt deel uit van deze overeenkomst."),
    ("num", "3.", "Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige "
                  "bepalingen van kracht en treden Partijen in overleg over een vervangende bepaling "
                  "die zoveel mogelijk aansluit bij het doel van de nietige bepaling."),
    ("num", "4.", "Op deze overeenkomst is Nederlands recht van toepassing."),
    ("sp", 8),
    ("p", "Aldus overeengekomen en in drievoud ondertekend te Tilburg op 27 juni 2025."),
    ("table", [["Stichting Onderwijsgroep Tilburg-Noord",
                "Stichting Katholiek VO De Beerze", "Stichting ROC Hart van Brabant"],
               ["<br/><br/>drs. F.M.J. van Gils<br/>voorzitter college van bestuur",
                "<br/><br/>mr. drs. E.A.C. Verhoeven<br/>bestuurder",
                "<br/><br/>ir. J.P.A. Smulders<br/>voorzitter college van bestuur"]],
     [5.5 * cm, 5.5 * cm, 5.5 * cm], True),
    ("pb",),
    ("h", "Bijlage A Routeschema per leerjaar"),
    ("p", "Dit schema geeft de hoofdlijnen van de Route weer (artikel 2 lid 4). De inhoud per leerjaar "
          "is uitgewerkt in het PTA/OER."),
    ("table", [["Leerjaar Route", "Fase", "Ingeschreven bij", "Locatie", "Examinering"],
               ["1 (vmbo leerjaar 3)", "vo-fase", "School", "vestiging van de School",
                "vmbo-schoolexamen; eerste mbo-onderdelen (programmeren basis)"],
               ["2 (vmbo leerjaar 4)", "vo-fase", "School", "vestiging van de School",
                "centraal examen vmbo; mbo-onderdelen databases en webontwikkeling"],
               ["3", "mbo-fase", "ROC (en School tot vmbo-diploma)", "ROC, Spoorzone Tilburg",
                "mbo-examens kerntaak 1; zo nodig resterende vmbo-onderdelen"],
               ["4", "mbo-fase", "ROC", "ROC, Spoorzone Tilburg", "mbo-examens kerntaak 2"],
               ["5", "mbo-fase", "ROC", "ROC, Spoorzone Tilburg",
                "proeve van bekwaamheid; keuzedelen; diplomering Software developer"]],
     [2.8 * cm, 2.0 * cm, 3.4 * cm, 3.4 * cm, 5.0 * cm], True),
]


@sample(295, "advocatencontract_lang_drie_partijen_hart_van_brabant_software", "pdf",
        "Long lawyer-drafted three-party contract (two vmbo boards + ROC) with considerans, definitions, "
        "articles with leden, cross-references and an annex table; Hart van Brabant, Media, vormgeving "
        "en ICT kb/gl -> Software developer niveau 4. Defects: bedrijfsleven only in considerans and an "
        "unused definition (b missing); inrichting covers programme, locations and staff at length but "
        "no use of facilities (e); funding transfer with bestemming but omvang deferred to a later "
        "note (g).",
        dict(ALL_PRESENT, b="missing", e="weak", g="weak"),
        {"a": "Artikel 2 Onderwerp en reikwijdte", "c": "Artikel 3 Stuurgroep",
         "d": "Artikel 5 Inlichtingen en verantwoording", "f": "Artikel 11 Overstapoptie",
         "h": "Artikel 13 Medezeggenschap", "i": "Artikel 14 Geschillen",
         "j": "Artikel 15 Toetreding"})
def build_295():
    st = pdf_styles(base=10, font="Times-Roman", bold="Times-Bold", justify=True,
                    accent=colors.black)
    st["h"].fontSize = 11
    return pdf_bytes(H295_A + H295_B,
                     "Samenwerkingsovereenkomst DLR Media, vormgeving en ICT - Hart van Brabant",
                     "Juridische zaken ROC Hart van Brabant", st,
                     footer="Samenwerkingsovereenkomst DLR Software developer \u2013 Hart van Brabant "
                            "\u2013 definitieve versie 27 juni 2025",
                     footer_font="Times-Roman", margins=(2.6 * cm, 2.6 * cm, 2.4 * cm, 2.4 * cm))


# --------------------------------------------------------------------------------------------
# h296  DOCX continuous prose without headings, Lauwersland, Maritiem en techniek kb -> niveau 3
# --------------------------------------------------------------------------------------------
H296 = [
    "Deze overeenkomst wordt gesloten tussen de Stichting Openbaar en Christelijk Voortgezet "
    "Onderwijs Lauwersland te Zoutkamp, bevoegd gezag van het Lauwers Vakcollege (vmbo basis en "
    "kader), hierna \u2018de school\u2019, vertegenwoordigd door haar bestuurder, mevrouw ir. G. "
    "Postma-Hiemstra, en de Stichting ROC Waddenpoort te Leeuwarden, hierna \u2018het ROC\u2019, "
    "vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. W.S. de Jong. De "
    "school en het ROC sluiten haar om samen, op de voet van artikel 2.107b WVO 2020 en artikel 9.1.3 "
    "WEB, een doorlopende leerroute vmbo-mbo te verzorgen voor jongeren uit het Lauwersmeergebied "
    "die het metaal- en scheepsbouwvak willen leren, en leggen hun afspraken daarover hieronder vast. "
    "De overeenkomst heeft bewust geen artikelen of kopjes: zij is geschreven om in \u00e9\u00e9n keer te "
    "worden gelezen door iedereen die met de route werkt.",

    "De leerroute waarover deze overeenkomst gaat, begint in het profiel Maritiem en techniek van de "
    "kaderberoepsgerichte leerweg van de school en voert naar het diploma van de mbo-opleiding "
    "Allround constructiewerker (niveau 3), die behoort tot het opleidingsdomein Techniek en "
    "procesindustrie en die het ROC in de beroepsopleidende leerweg aanbiedt op zijn Techniekhuis Noord "
    "in Dokkum. In de route ligt het accent op scheepsbouw en -reparatie. De route duurt vijf "
    "schooljaren. In de eerste twee routejaren is de jongere leerling van de school en doet hij "
    "eindexamen vmbo kader, uiterlijk in het derde routejaar; vanaf het derde routejaar is hij student "
    "van het ROC. Ieder jaar kunnen ten hoogste veertien leerlingen beginnen.",

    "Het maritieme en metaalbedrijfsleven rond het Lauwersmeer is vanaf de voorbereiding bij de route "
    "betrokken en blijft dat op vier manieren. Scheepswerf Rottum in Zoutkamp, Jachtbouw Lauwersoog, "
    "Constructiebedrijf Dijkstra in Dokkum en het onderhoudsbedrijf van de visserijco\u00f6peratie in "
    "Lauwersoog vormen samen met de routeleiding de werkplaatsraad, die in oktober en in maart "
    "vergadert en advies geeft over het programma en over de keuze van de keuzedelen; het advies wordt "
    "door de routeleiding schriftelijk beantwoord. Deze bedrijven ontvangen de leerlingen in het eerste "
    "routejaar voor een werkweek op de werf en bieden vanaf het tweede routejaar plaatsen voor "
    "beroepspraktijkvorming, waarvoor de erkenning door SBB een voorwaarde is. Zij leveren ieder "
    "schooljaar een echte opdracht, zoals een luikhoofd of een relingdeel, die de leerlingen in de "
    "werkplaats van het ROC maken, en een lasser of werkvoorbereider van een van de bedrijven beoordeelt "
    "mee bij de proeve van bekwaamheid.",

    "De leiding over de leerroute ligt bij een routeleiding van twee personen: de afdelingsleider "
    "techniek van de school en de teamleider metaal van het ROC. Ieder van hen wordt door het eigen "
    "bevoegd gezag aangewezen, telkens voor drie schooljaren, en de aanwijzing wordt schriftelijk aan de "
    "andere partij bevestigd; bij vertrek wordt binnen twee maanden een opvolger aangewezen. De "
    "routeleiding heeft de opdracht het gezamenlijke PTA/OER op te stellen en uit te voeren, leerlingen "
    "tot de route toe te laten, roosters en werkweken te plannen, het contact met de werkplaatsraad en de "
    "leerbedrijven te onderhouden en te besluiten over de overstap van leerlingen. Zij beslist daarover "
    "zelfstandig en beheert een routebudget van \u20ac 15.000 per schooljaar. Aanstelling en ontslag van "
    "personeel, uitgaven boven dat budget en wijzigingen van deze overeenkomst zijn aan de besturen "
    "voorbehouden.",

    "Over haar werk legt de routeleiding verantwoording af aan beide besturen. Zij zendt hun ieder jaar "
    "v\u00f3\u00f3r 15 oktober een schriftelijk jaarbericht over het afgelopen schooljaar, met de in-, door- en "
    "uitstroom, de examenuitslagen, de besteding van het routebudget en de adviezen van de "
    "werkplaatsraad, en in februari een beknopte tussenstand. De besturen bespreken het jaarbericht in "
    "november met de routeleiding in een gezamenlijk bestuurlijk overleg. Tussentijds geeft de "
    "routeleiding de besturen op hun verzoek alle inlichtingen die zij nodig hebben, en ernstige "
    "voorvallen meldt zij direct aan beide.",

    "Het onderwijs wordt in de eerste twee routejaren gegeven in het gebouw van de school in Zoutkamp, "
    "met iedere dinsdag en donderdag praktijkonderwijs in de metaalwerkplaats van het ROC in Dokkum; "
    "vanaf het derde routejaar vindt het volledig in Dokkum plaats. Het onderwijsprogramma, de "
    "examinering en de beroepspraktijkvorming zijn per routejaar beschreven in het PTA/OER, dat beide "
    "besturen ieder jaar v\u00f3\u00f3r 1 juli vaststellen. Het lesgeven gebeurt door \u00e9\u00e9n team van drie docenten "
    "van de school en twee praktijkdocenten lassen en constructie van het ROC; voor het project "
    "\u2018Van plaat tot schip\u2019 werkt dit team met teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 "
    "en artikel 9.1.12 WEB. Iedere docent blijft bij de eigen werkgever in dienst; de praktijkdocenten "
    "van het ROC nemen deel aan de teamvergaderingen van de school. Het ROC stelt zijn "
    "metaalwerkplaats met lascabines, plaatschaar en kantbank, en zijn lassimulator beschikbaar voor de "
    "leerlingen van de route, de school haar techniekhal en maritieme simulatieruimte voor de lessen "
    "die ROC-docenten in Zoutkamp geven. Lasuitrusting en werkkleding krijgen de leerlingen van de "
    "school. Klachten over een medewerker van de andere partij worden behandeld volgens de "
    "klachtenregeling van de partij waar de klager is ingeschreven, met medewerking van de andere "
    "partij.",

    "Voor een leerling die de leerroute niet afmaakt, zoeken de school en het ROC altijd samen een "
    "vervolg dat leidt tot een diploma. Stopt hij in de eerste twee routejaren, dan gaat hij verder in de "
    "gewone kaderberoepsgerichte leerweg van de school, in Maritiem en techniek of in een ander "
    "profiel, zodat hij zijn vmbo-diploma kan halen. Heeft hij aan het eind van het derde routejaar "
    "zijn vmbo-diploma niet, dan kan hij bij het ROC zonder dat diploma verder in een andere opleiding op "
    "niveau 3 of, als dat beter bij hem past, in de opleiding Constructiewerker (niveau 2); de "
    "vooropleidingseisen staan daaraan niet in de weg. Kiest hij voor een heel andere richting of "
    "verhuist hij, dan zoeken de school en het ROC met hem een opleiding van vergelijkbaar niveau bij het "
    "ROC of bij een andere instelling, dragen zij hem warm over en geven zij die instelling de "
    "informatie die nodig is voor een geschiktheidsonderzoek. Welke weg het wordt, beslist de "
    "routeleiding namens beide besturen, na een gesprek met de leerling en zijn ouders, op grond van het "
    "onderwijsniveau dat hij heeft bereikt en zijn leeftijd. De schoolgids van de school en de "
    "studiegids van het ROC beschrijven deze werkwijze.",

    "Voor de bekostiging geldt dat de school en het ROC elk hun eigen kosten dragen, met \u00e9\u00e9n "
    "uitzondering: voor iedere student die in het derde routejaar bij het ROC staat ingeschreven en nog "
    "vmbo-onderdelen bij de school afrondt, draagt het ROC met toepassing van artikel 9.1.15 WEB "
    "\u20ac 850 over aan de school, bestemd voor de lessen en de examenafname die de school voor die "
    "student verzorgt. De overdracht vindt plaats v\u00f3\u00f3r 1 februari, op basis van de inschrijvingen op "
    "1 oktober. Het gebruik van elkaars werkplaatsen en ruimten wordt niet verrekend.",

    "Wat de medezeggenschap betreft, spreken de school en het ROC bovenop de wettelijke regels af dat de "
    "medezeggenschapsraad van de school en de studentenraad van het ROC ieder twee leden aanwijzen in "
    "een gezamenlijke routecommissie. Die commissie, waarin ook een leerling uit de vo-fase zitting "
    "heeft, krijgt het jaarbericht van de routeleiding, brengt jaarlijks advies uit over het PTA/OER "
    "voordat de besturen het vaststellen, en wordt gehoord over iedere voorgenomen wijziging van deze "
    "overeenkomst.",

    "Mocht tussen de school en het ROC een geschil ontstaan over de uitvoering van deze overeenkomst, "
    "dan bespreekt de routeleiding dat eerst. Lost zij het niet binnen vier weken op, dan voeren de "
    "bestuurders binnen vier weken daarna overleg. Leidt ook dat niet tot een oplossing, dan wordt het "
    "geschil beslecht door arbitrage volgens het arbitragereglement van het Nederlands Arbitrage "
    "Instituut, door \u00e9\u00e9n arbiter, met Leeuwarden als plaats van arbitrage.",

    "Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd. Een andere school voor "
    "vmbo of een andere instelling voor beroepsonderwijs kan als partij toetreden wanneer beide besturen "
    "daar schriftelijk mee instemmen en de nieuwe partij de overeenkomst in een door alle partijen "
    "getekende toetredingsverklaring aanvaardt; de nieuwe partij meldt haar deelname bij DUO. De "
    "overeenkomst wordt alleen gewijzigd bij een schriftelijk stuk dat beide besturen ondertekenen, "
    "nadat de routecommissie is gehoord. Iedere partij kan de overeenkomst schriftelijk opzeggen tegen "
    "het einde van een schooljaar met een opzegtermijn van ten minste een jaar; bij een ernstige "
    "tekortkoming die na ingebrekestelling niet binnen drie maanden is hersteld, kan de andere partij "
    "haar ontbinden. In al die gevallen houden de partijen de gevolgen voor de leerlingen zo klein "
    "mogelijk: na opzegging of ontbinding begint er geen nieuwe groep meer, leerlingen en studenten die "
    "al in de route zitten, maken haar af op de voorwaarden waaronder zij zijn begonnen, en een wijziging "
    "of toetreding geldt voor lopende groepen pas vanaf het volgende schooljaar.",

    "De school en het ROC melden de route samen bij DUO. Op deze overeenkomst is Nederlands recht van "
    "toepassing. Zij is opgemaakt in tweevoud en ondertekend te Zoutkamp op 23 juni 2025.",
]


@sample(296, "doorlopend_proza_zonder_koppen_lauwersland_constructiewerker", "docx",
        "Word document in continuous justified prose with no headings or article numbers at all, "
        "formal third-person voice; Lauwersland (Lauwersmeer area), Maritiem en techniek kb -> "
        "Allround constructiewerker niveau 3 with shipbuilding focus; fully compliant, ROC->school "
        "transfer per student, joint routecommissie for medezeggenschap, NAI arbitration.",
        dict(ALL_PRESENT),
        {"a": "De leerroute waarover deze overeenkomst gaat",
         "b": "Het maritieme en metaalbedrijfsleven rond het Lauwersmeer",
         "c": "De leiding over de leerroute ligt bij een routeleiding van twee personen",
         "d": "Over haar werk legt de routeleiding verantwoording af aan beide besturen.",
         "e": "Het onderwijs wordt in de eerste twee routejaren gegeven",
         "f": "Voor een leerling die de leerroute niet afmaakt",
         "g": "Voor de bekostiging geldt dat de school en het ROC elk hun eigen kosten dragen",
         "h": "Wat de medezeggenschap betreft",
         "i": "Mocht tussen de school en het ROC een geschil ontstaan",
         "j": "Deze overeenkomst gaat in op 1 augustus 2025"})
def build_296():
    d = docx_new(font="Georgia", size=10.5)
    t = docx_para(d, "Samenwerkingsovereenkomst doorlopende leerroute Maritiem en techniek \u2013 "
                     "Allround constructiewerker", align="center", size=14)
    t.runs[0].bold = True
    docx_para(d, "Lauwers Vakcollege en ROC Waddenpoort", align="center", size=11, italic=True,
              space_after=14)
    for para in H296:
        p = docx_para(d, para, align="justify", space_after=8)
        p.paragraph_format.first_line_indent = Cm(0.6)
    docx_para(d, "", space_after=6)
    docx_table(d, [["Stichting Openbaar en Christelijk Voortgezet Onderwijs Lauwersland",
                    "Stichting ROC Waddenpoort"],
                   ["\n\nir. G. Postma-Hiemstra, bestuurder",
                    "\n\ndrs. W.S. de Jong, voorzitter college van bestuur"]],
               [8.1, 8.1], header=False, size=10, style="Normal Table")
    return docx_bytes(d, "Samenwerkingsovereenkomst doorlopende leerroute Allround constructiewerker",
                      "Lauwers Vakcollege")


# === MAIN ===
def build(nums):
    for n in nums:
        smp = SAMPLES[n]
        data = smp["build"]()
        path = os.path.join(OUT, smp["name"] + "." + smp["ext"])
        if isinstance(data, str):
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(data)
        else:
            with open(path, "wb") as f:
                f.write(data)
        with open(os.path.join(OUT, smp["name"] + ".expected.json"), "w", encoding="utf-8",
                  newline="\n") as f:
            json.dump(smp["expected"], f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", os.path.basename(path))


def check():
    ok = True
    for n in sorted(SAMPLES):
        smp = SAMPLES[n]
        path = os.path.join(OUT, smp["name"] + "." + smp["ext"])
        problems = []
        if not os.path.exists(path):
            print("MISSING", path)
            ok = False
            continue
        size = os.path.getsize(path)
        if size >= 200 * 1024:
            problems.append("too large: %d bytes" % size)
        try:
            text = norm(extract(path))
        except Exception as e:  # noqa: BLE001
            problems.append("cannot open: %r" % e)
            text = ""
        exp = smp["expected"]
        for item, ev in exp["evidence"].items():
            if exp["statuses"].get(item) != "present":
                problems.append("evidence for non-present item %s" % item)
            if norm(ev) not in text:
                problems.append("evidence %s not found: %r" % (item, ev))
        if set(exp["statuses"]) != set("abcdefghij"):
            problems.append("statuses must cover a-j")
        jpath = os.path.join(OUT, smp["name"] + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as f:
                got = json.load(f)
            if got != exp:
                problems.append("expected.json differs from table")
        except Exception as e:  # noqa: BLE001
            problems.append("expected.json unreadable: %r" % e)
        words = len(text.split())
        status = "OK " if not problems else "BAD"
        print("%s %s (%d bytes, %d words)" % (status, os.path.basename(path), size, words))
        for pr in problems:
            print("     -", pr)
        ok = ok and not problems
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--check"]:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in args] if args else sorted(SAMPLES)
    build(nums)
