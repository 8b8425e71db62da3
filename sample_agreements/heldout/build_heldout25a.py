#!/usr/bin/env python3
"""Build held-out sample agreements h377-h384 for leerroute-check.

Written by an independent helper session, working only from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst and bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md -- without looking at checker code, models, tests or any other
sample's text. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout25a.py            build all agreements
    python3 build_heldout25a.py 377 380    build only these numbers
    python3 build_heldout25a.py --check    open every produced file and verify it
"""

import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REV_ID = [100]                          # running id for w:ins/w:del and VML shapes


# --------------------------------------------------------------------------------------------
# Generic writers
# --------------------------------------------------------------------------------------------

def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text.strip("\n") + "\n")


# ----- PDF (reportlab) -----------------------------------------------------------------------

def _pdf_styles(base_size=10.0, leading=13.5, font="Helvetica", bold="Helvetica-Bold"):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    st = {}
    st["title"] = ParagraphStyle("title", fontName=bold, fontSize=base_size + 5, leading=base_size + 9,
                                 alignment=TA_CENTER, spaceAfter=6)
    st["sub"] = ParagraphStyle("sub", fontName=font, fontSize=base_size + 1, leading=base_size + 4,
                               alignment=TA_CENTER, spaceAfter=4)
    st["h"] = ParagraphStyle("h", fontName=bold, fontSize=base_size + 1, leading=base_size + 4,
                             spaceBefore=9, spaceAfter=3, alignment=TA_LEFT, keepWithNext=1)
    st["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=base_size, leading=leading,
                              spaceBefore=5, spaceAfter=2, keepWithNext=1)
    st["p"] = ParagraphStyle("p", fontName=font, fontSize=base_size, leading=leading,
                             alignment=TA_JUSTIFY, spaceAfter=4)
    st["pl"] = ParagraphStyle("pl", fontName=font, fontSize=base_size, leading=leading,
                              alignment=TA_LEFT, spaceAfter=4)
    st["li"] = ParagraphStyle("li", parent=st["p"], leftIndent=18, firstLineIndent=-14, spaceAfter=2)
    st["li2"] = ParagraphStyle("li2", parent=st["p"], leftIndent=32, firstLineIndent=-14, spaceAfter=2)
    st["small"] = ParagraphStyle("small", fontName=font, fontSize=base_size - 1.5,
                                 leading=base_size + 1.5, alignment=TA_LEFT)
    st["cell"] = ParagraphStyle("cell", fontName=font, fontSize=base_size - 1, leading=base_size + 2)
    st["cellb"] = ParagraphStyle("cellb", fontName=bold, fontSize=base_size - 1, leading=base_size + 2)
    return st


def _pdf_flowables(blocks, st, avail_width):
    """blocks: list of tuples (kind, ...). Text is escaped; '**x**' becomes bold."""
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
    from reportlab.lib import colors

    def mk(text):
        t = escape(text)
        t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
        t = re.sub(r"__(.+?)__", r"<i>\1</i>", t)
        return t

    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p", "pl", "li", "li2", "small"):
            out.append(Paragraph(mk(b[1]), st[kind]))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(mk(c), st["cellb"] if i == 0 else st["cell"]) for c in row])
            tot = sum(widths)
            t = Table(data, colWidths=[avail_width * w / tot for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.90, 0.93)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "sig":
            # list of (left, right) multi-line strings
            data = []
            for left, right in b[1]:
                data.append([Paragraph(mk(left).replace("\n", "<br/>"), st["pl"]),
                             Paragraph(mk(right).replace("\n", "<br/>"), st["pl"])])
            t = Table(data, colWidths=[avail_width / 2.0] * 2)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(KeepTogether([Spacer(1, 10), t]))
        else:
            raise ValueError(kind)
    return out


def build_pdf(path, blocks, title, author, footer, two_columns=False, base_size=10.0,
              first_page_blocks=None, top_height_cm=6.2):
    """Render blocks to PDF. With two_columns, first_page_blocks (if given) are set full width
    at the top of page 1 and the rest flows in two columns."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, FrameBreak, NextPageTemplate
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm

    st = _pdf_styles(base_size=base_size, leading=base_size * 1.35)
    W, H = A4
    lm = rm = 2.2 * cm
    tm, bm = 2.0 * cm, 2.0 * cm
    fw = W - lm - rm

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        canv.drawString(lm, 1.1 * cm, footer)
        canv.drawRightString(W - rm, 1.1 * cm, "pagina %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=title, author=author, subject=title,
                          creator="build_heldout25a", invariant=1)
    if not two_columns:
        frame = Frame(lm, bm, fw, H - tm - bm, id="f")
        doc.addPageTemplates([PageTemplate(id="one", frames=[frame], onPage=on_page)])
        story = _pdf_flowables(blocks, st, fw)
    else:
        gap = 0.7 * cm
        cw = (fw - gap) / 2.0
        top_h = top_height_cm * cm
        first = [Frame(lm, H - tm - top_h, fw, top_h, id="top"),
                 Frame(lm, bm, cw, H - tm - bm - top_h, id="c1"),
                 Frame(lm + cw + gap, bm, cw, H - tm - bm - top_h, id="c2")]
        later = [Frame(lm, bm, cw, H - tm - bm, id="d1"),
                 Frame(lm + cw + gap, bm, cw, H - tm - bm, id="d2")]
        doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=on_page),
                              PageTemplate(id="later", frames=later, onPage=on_page)])
        story = _pdf_flowables(first_page_blocks or [], st, fw)
        story.append(NextPageTemplate("later"))
        story.append(FrameBreak())
        story += _pdf_flowables(blocks, st, cw)
    doc.build(story)


# ----- DOCX (python-docx + raw XML) ----------------------------------------------------------

def docx_new(title, author, font="Calibri", size=10.5):
    import docx
    from docx.shared import Pt
    _REV_ID[0] = 100                      # ids restart per document (byte-identical subset builds)
    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    cp.keywords = ""
    cp.comments = ""
    from docx.shared import Cm
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return d


def docx_save(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def _w(tag):
    return "{%s}%s" % (W_NS, tag)


def _run_el(text, bold=False, italic=False, deleted=False):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = OxmlElement("w:r")
    if bold or italic:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def docx_tracked_para(d, segments, style=None, author="M. de Visser (Juridische zaken)",
                      date="2025-05-14T10:12:00Z"):
    """segments: list of (kind, text) with kind in t / b / ins / del."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    p = d.add_paragraph(style=style)
    for kind, text in segments:
        if kind in ("t", "b"):
            p._p.append(_run_el(text, bold=(kind == "b")))
        elif kind in ("ins", "del"):
            _REV_ID[0] += 1
            el = OxmlElement("w:" + kind)
            el.set(qn("w:id"), str(_REV_ID[0]))
            el.set(qn("w:author"), author)
            el.set(qn("w:date"), date)
            el.append(_run_el(text, deleted=(kind == "del")))
            p._p.append(el)
        else:
            raise ValueError(kind)
    return p


def docx_textbox(d, title, paras, width_pt=420):
    """Insert an inline VML text box (w:pict/v:shape/v:textbox/w:txbxContent)."""
    from docx.oxml import parse_xml
    inner = ""
    if title:
        inner += ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                  '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(title))
    for t in paras:
        inner += ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>'
                  '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(t))
    xml = ('<w:p xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
           '<v:shape id="Tekstvak%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
           'style="width:%dpt;height:auto;mso-wrap-style:square" fillcolor="#eef4ea" '
           'strokecolor="#5b8a3c" strokeweight="1pt" filled="t" stroked="t">'
           '<v:textbox style="mso-fit-shape-to-text:t" inset="8pt,6pt,8pt,6pt">'
           '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
           % (W_NS, _REV_ID[0], _REV_ID[0] % 100, width_pt, inner))
    _REV_ID[0] += 1
    el = parse_xml(xml)
    d.element.body.insert(len(d.element.body) - 1, el)   # before sectPr
    return el


def docx_toc(d, entries, heading="Inhoudsopgave"):
    """A TOC field with cached entries (level, text, page)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    hp = d.add_paragraph()
    hr = hp.add_run(heading)
    hr.bold = True

    def fld(p, typ):
        r = OxmlElement("w:r")
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), typ)
        r.append(f)
        p._p.append(r)

    for i, (lvl, text, page) in enumerate(entries):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.left_indent = Cm(0.6 * (lvl - 1))
        p.paragraph_format.space_after = 0
        if i == 0:
            fld(p, "begin")
            r = OxmlElement("w:r")
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-2" \\h \\z \\u '
            r.append(it)
            p._p.append(r)
            fld(p, "separate")
        run = p.add_run(text)
        run.add_tab()
        p.add_run(str(page))
        if i == len(entries) - 1:
            fld(p, "end")


def docx_page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def docx_sig_table(d, pairs):
    t = d.add_table(rows=len(pairs), cols=2)
    for i, (left, right) in enumerate(pairs):
        t.cell(i, 0).text = left
        t.cell(i, 1).text = right
    return t


# --------------------------------------------------------------------------------------------
# Text extraction (used by --check)
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
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []

    def walk(el):
        tag = el.tag
        if tag == _w("t"):
            out.append(el.text or "")
        elif tag == _w("tab"):
            out.append(" ")
        elif tag in (_w("br"), _w("cr")):
            out.append("\n")
        elif tag == _w("delText") or tag == _w("instrText"):
            return
        for ch in el:
            walk(ch)
        if tag == _w("p"):
            out.append("\n")
        elif tag == _w("tc"):
            out.append(" ")
    walk(root)
    return "".join(out)


def norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


# ============================================================================================
# AGREEMENTS
# ============================================================================================

AGREEMENTS = {}


def agreement(num, name, ext, description, statuses, evidence):
    def deco(fn):
        AGREEMENTS[num] = dict(num=num, name=name, ext=ext, description=description,
                               statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def S(a, b, c, d, e, f, g, h, i, j):
    return dict(zip("abcdefghij", (a, b, c, d, e, f, g, h, i, j)))


P, W_, M, NA = "present", "weak", "missing", "not_applicable"

# === AGREEMENTS START ===

# --------------------------------------------------------------------------------------------
# h377 -- long: considerans followed by articles, PDF, economie en ondernemen, Zeeuws-Vlaanderen
# --------------------------------------------------------------------------------------------

@agreement(377, "lange_considerans_economie_zeeuws_vlaanderen", "pdf",
           "Lange formele overeenkomst (PDF, ca. 7 p.) met uitgebreide considerans gevolgd door 19 "
           "artikelen; Zeeuws-Vlaanderen, economie en ondernemen gl/tl naar mbo-4 handel/administratie; "
           "volledig, met overdracht in twee richtingen en aanvullende medezeggenschapsafspraken",
           S(P, P, P, P, P, P, P, P, P, P),
           {"a": "Artikel 2. Voorwerp van de overeenkomst",
            "b": "Artikel 3. Inbreng van het regionale bedrijfsleven",
            "c": "Artikel 4. De routeraad",
            "d": "Artikel 5. Informatie aan en verantwoording tegenover de besturen",
            "e": "Artikel 7. Docenten en ondersteunend personeel",
            "f": "Artikel 10. Wanneer een deelnemer de route verlaat",
            "g": "Artikel 11. Geldstromen tussen partijen",
            "h": "Artikel 12. Inspraak van deelnemers, ouders en personeel",
            "i": "Artikel 15. Verschillen van inzicht",
            "j": "Artikel 18. Wijziging en beëindiging"})
def build_h377(path):
    B = [
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("sub", "doorlopende leerroute vmbo-mbo „Ondernemen in de Kanaalzone”"),
        ("sub", "Economie en ondernemen (gemengde en theoretische leerweg) – middenkaderopleidingen "
                "Handel en ondernemerschap en Economie en administratie"),
        ("sp", 10),
        ("h", "DE ONDERGETEKENDEN:"),
        ("li", "1. de Stichting Hontemond Onderwijsgroep, statutair gevestigd te Terneuzen, bevoegd gezag "
               "van het Hontemond College, school voor voortgezet onderwijs met vmbo-afdelingen te Terneuzen "
               "en Hulst, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van "
               "bestuur, mevrouw drs. A.C. Verschelde, hierna te noemen: „de school”;"),
        ("li", "2. de Stichting Regionaal Opleidingencentrum Oeverland, statutair gevestigd te Terneuzen, "
               "bevoegd gezag van ROC Oeverland, te dezen rechtsgeldig vertegenwoordigd door de voorzitter "
               "van het college van bestuur, de heer ir. M.J. de Bakker-Lievens, hierna te noemen: „het ROC”;"),
        ("p", "hierna gezamenlijk te noemen: „partijen” en ieder afzonderlijk: „partij”,"),
        ("h", "OVERWEGENDE DAT:"),
        ("li", "A. de school te Terneuzen en te Hulst het vmbo-profiel Economie en ondernemen aanbiedt in de "
               "gemengde en de theoretische leerweg, en het ROC op zijn campus Kanaalzone te Terneuzen "
               "opleidingen verzorgt in de opleidingsdomeinen Handel en ondernemerschap en Economie en "
               "administratie;"),
        ("li", "B. partijen sinds het schooljaar 2019-2020 samenwerken in een verbredingsprogramma voor "
               "bovenbouwleerlingen en de ervaringen daarmee aanleiding geven die samenwerking te verankeren "
               "in een doorlopende leerroute als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs "
               "2020 (WVO 2020) en artikel 9.1.2 van de Wet educatie en beroepsonderwijs (WEB);"),
        ("li", "C. een doorlopende leerroute slechts mag worden verzorgd op grond van een "
               "samenwerkingsovereenkomst waarin ten minste de onderwerpen zijn geregeld die worden genoemd "
               "in artikel 2.107b, tweede lid, WVO 2020 en artikel 9.1.3 WEB;"),
        ("li", "D. de arbeidsmarkt in Zeeuws-Vlaanderen, in het bijzonder de havengebonden handel, de "
               "logistieke dienstverlening en het midden- en kleinbedrijf in de Kanaalzone, vraagt om "
               "jongeren die commercieel, administratief en ondernemend zijn opgeleid en die bij voorkeur "
               "in de regio blijven wonen en werken;"),
        ("li", "E. het aantal jongeren in de regio de komende jaren daalt, zodat partijen hun aanbod bundelen "
               "om een volwaardig beroepsgericht aanbod dicht bij huis te behouden;"),
        ("li", "F. partijen beogen dat leerlingen zonder onnodige overlap in de leerstof, zonder harde knip "
               "tussen vmbo en mbo en in een voor hen herkenbare leeromgeving zowel een vmbo-diploma als "
               "een mbo-diploma op niveau 4 behalen;"),
        ("li", "G. partijen het van wezenlijk belang achten dat een jongere die de route niet kan of wil "
               "afmaken altijd een passend vervolg wordt geboden;"),
        ("li", "H. de medezeggenschapsraad van de school en de studentenraad, de ondernemingsraad en de "
               "ouderraad van het ROC over het voornemen tot deze samenwerking advies hebben uitgebracht en "
               "partijen die adviezen in deze overeenkomst hebben verwerkt;"),
        ("li", "I. partijen hun afspraken over de gezamenlijke uitvoering, de leiding, de verantwoording, "
               "de financiën en de beëindiging van de samenwerking schriftelijk wensen vast te leggen, zodat "
               "de samenwerking niet afhankelijk is van de personen die haar thans dragen;"),
        ("li", "J. partijen de route na ondertekening van deze overeenkomst gezamenlijk zullen melden aan de "
               "Minister van Onderwijs, Cultuur en Wetenschap door registratie in het Register Instellingen "
               "en Opleidingen (RIO);"),
        ("h", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),

        ("h", "Artikel 1. Begripsbepalingen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("li", "a. route: de doorlopende leerroute vmbo-mbo „Ondernemen in de Kanaalzone”, als omschreven in "
               "artikel 2;"),
        ("li", "b. vo-fase: de eerste twee leerjaren van de route (leerjaar 3 en 4 van het vmbo), waarin de "
               "deelnemer als leerling bij de school staat ingeschreven;"),
        ("li", "c. mbo-fase: de leerjaren van de route na de vo-fase, waarin de deelnemer als student bij het "
               "ROC staat ingeschreven;"),
        ("li", "d. deelnemer: een leerling of student die de route volgt;"),
        ("li", "e. routeraad: het in artikel 4 bedoelde orgaan;"),
        ("li", "f. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
               "examenregeling van de route;"),
        ("li", "g. werkveldraad: het in artikel 3 bedoelde adviesorgaan van ondernemers;"),
        ("li", "h. besturen: de colleges van bestuur van partijen;"),
        ("li", "i. bestuurlijk overleg: het overleg tussen de voorzitters van beide colleges van bestuur, "
               "bedoeld in artikel 5, derde lid."),

        ("h", "Artikel 2. Voorwerp van de overeenkomst"),
        ("li", "1. Partijen verzorgen gezamenlijk een doorlopende leerroute die aansluit op het vmbo-profiel "
               "Economie en ondernemen, gevolgd in de gemengde of de theoretische leerweg."),
        ("li", "2. De route leidt op tot een van de volgende middenkaderopleidingen (niveau 4) van het ROC, "
               "naar keuze van de deelnemer uiterlijk op 1 april van het tweede leerjaar van de route:"),
        ("li2", "a. Ondernemer retail, opleidingsdomein Handel en ondernemerschap;"),
        ("li2", "b. Accountmanager, opleidingsdomein Handel en ondernemerschap;"),
        ("li2", "c. Bedrijfsadministrateur, opleidingsdomein Economie en administratie."),
        ("li", "3. De route omvat de leerjaren 3 en 4 van het vmbo en drie leerjaren in het mbo. De "
               "nominale duur is vijf jaar."),
        ("li", "4. De vo-fase wordt verzorgd op de locatie Axelsestraat van de school te Terneuzen; "
               "deelnemers van de locatie Hulst volgen de route vanaf leerjaar 3 op die locatie. De "
               "mbo-fase wordt verzorgd op de campus Kanaalzone van het ROC te Terneuzen."),
        ("li", "5. Deelname staat open voor leerlingen die aan het einde van leerjaar 2 voor de route kiezen "
               "en van wie de school, na een adviesgesprek met leerling en ouders, de keuze onderschrijft. "
               "Een maximum aantal plaatsen wordt niet gehanteerd."),

        ("h", "Artikel 3. Inbreng van het regionale bedrijfsleven"),
        ("li", "1. Partijen stellen een werkveldraad in van ten minste vijf ondernemers of leidinggevenden "
               "uit de regio, onder wie in elk geval een vertegenwoordiger van de Ondernemersvereniging "
               "Kanaalzone, van de Winkeliersvereniging Hulst Binnenstad en van ten minste één "
               "administratie- of accountantskantoor. De routeraad nodigt de leden uit."),
        ("li", "2. De werkveldraad komt tweemaal per schooljaar bijeen en adviseert de routeraad gevraagd en "
               "ongevraagd over de inhoud van het onderwijsprogramma, de keuze van keuzedelen en de "
               "praktijkopdrachten."),
        ("li", "3. De leden van de werkveldraad en de bedrijven uit hun netwerk leveren per leerjaar ten "
               "minste twee levensechte opdrachten aan, zoals een marketingplan, een voorraadanalyse of een "
               "klanttevredenheidsonderzoek, waaraan deelnemers in de vo-fase werken."),
        ("li", "4. In leerjaar 4 loopt iedere deelnemer een oriënterende stage van tien dagen bij een bedrijf "
               "uit dat netwerk. Het ROC zorgt ervoor dat iedere deelnemer in de mbo-fase een plaats voor de "
               "beroepspraktijkvorming krijgt bij een door SBB erkend leerbedrijf."),
        ("li", "5. Ondernemers uit de werkveldraad beoordelen als tweede beoordelaar mee bij de presentatie "
               "van het ondernemingsplan aan het einde van de vo-fase en bij de proeven van bekwaamheid in "
               "de mbo-fase."),

        ("h", "Artikel 4. De routeraad"),
        ("li", "1. De leiding over de route berust bij de routeraad."),
        ("li", "2. De routeraad bestaat uit:"),
        ("li2", "a. de teamleider Economie en ondernemen van de school;"),
        ("li2", "b. de opleidingsmanager Handel en ondernemerschap van het ROC;"),
        ("li2", "c. een routecoördinator, die de vergaderingen voorzit."),
        ("li", "3. De leden onder a en b worden door het eigen college van bestuur aangewezen. De "
               "routecoördinator wordt door de besturen gezamenlijk benoemd voor een termijn van drie "
               "schooljaren, op voordracht van de leden onder a en b; herbenoeming is eenmaal mogelijk. "
               "Ontslag uit de functie van routecoördinator geschiedt eveneens door de besturen gezamenlijk."),
        ("li", "4. De besturen dragen de routeraad de volgende taken op:"),
        ("li2", "a. het jaarlijks voorbereiden van het PTA/OER, dat door beide besturen wordt vastgesteld;"),
        ("li2", "b. het vaststellen van de lessentabel, het rooster en de jaarplanning;"),
        ("li2", "c. het samenstellen van het docententeam en het verdelen van de lesopdrachten binnen de "
                "formatie die de besturen daarvoor beschikbaar stellen;"),
        ("li2", "d. het onderhouden van de contacten met de werkveldraad en de leerbedrijven;"),
        ("li2", "e. de toelating van leerlingen tot de route;"),
        ("li2", "f. de uitvoering van de overstapregeling van artikel 10;"),
        ("li2", "g. de kwaliteitszorg, waaronder de jaarlijkse evaluatie met deelnemers en docenten."),
        ("li", "5. De routeraad is bevoegd binnen de door de besturen vastgestelde routebegroting "
               "verplichtingen aan te gaan tot een bedrag van € 15.000 per verplichting. Besluiten over de "
               "keuze van de opleidingen, verplichtingen boven dat bedrag en de benoeming of het ontslag van "
               "personeel blijven aan de besturen voorbehouden."),
        ("li", "6. De routeraad besluit bij consensus. Komt de routeraad niet tot overeenstemming, dan legt "
               "hij de kwestie voor aan het bestuurlijk overleg."),

        ("h", "Artikel 5. Informatie aan en verantwoording tegenover de besturen"),
        ("li", "1. De routeraad houdt beide besturen op de hoogte door middel van een beknopte "
               "kwartaalrapportage over het aantal deelnemers, verzuim en uitval en de uitputting van de "
               "routebegroting."),
        ("li", "2. Jaarlijks vóór 1 november brengt de routeraad aan beide besturen een verantwoordingsverslag "
               "uit over het afgelopen schooljaar, met ten minste de in-, door- en uitstroomcijfers, de "
               "examenresultaten, de besteding van de middelen en de adviezen van de werkveldraad."),
        ("li", "3. Het bestuurlijk overleg vindt tweemaal per jaar plaats, in november en in mei. In de "
               "novembervergadering legt de routeraad verantwoording af over het verslag bedoeld in het "
               "tweede lid; in de meivergadering wordt de routebegroting voor het volgende schooljaar "
               "besproken."),
        ("li", "4. De routeraad meldt ontwikkelingen die de continuïteit of de kwaliteit van de route in "
               "gevaar kunnen brengen onverwijld aan beide besturen."),

        ("h", "Artikel 6. Onderwijskundige opzet"),
        ("li", "1. Partijen beschrijven in het PTA/OER voor elk leerjaar van de route het onderwijsprogramma, "
               "de examinering en de beroepspraktijkvorming, met aanduiding van de onderdelen die tot het "
               "vmbo, tot het mbo of tot beide behoren. Het PTA/OER wordt jaarlijks vóór 1 oktober "
               "vastgesteld en maakt als bijlage 1 deel uit van deze overeenkomst."),
        ("li", "2. In de vo-fase volgen de deelnemers naast het vmbo-programma de mbo-onderdelen "
               "Commercieel rekenen en Ondernemend gedrag. Het centraal examen van het vmbo wordt afgelegd in "
               "leerjaar 4; de school blijft ook daarna verantwoordelijk voor het eindexamen van een "
               "deelnemer die in de mbo-fase is ingeschreven."),
        ("li", "3. De mbo-examinering begint in het eerste leerjaar van de route. Het ROC is verantwoordelijk "
               "voor de examinering en diplomering van het mbo-deel, de school voor die van het vmbo-deel."),
        ("li", "4. Iedere deelnemer heeft gedurende de hele route één vaste loopbaanbegeleider; bij de "
               "overgang naar de mbo-fase vindt een warme overdracht plaats."),

        ("h", "Artikel 7. Docenten en ondersteunend personeel"),
        ("li", "1. Voor de route wordt één docententeam gevormd, waarin docenten van beide partijen "
               "samenwerken."),
        ("li", "2. In de vo-fase verzorgen docenten van het ROC wekelijks ten minste zes lesuren van de "
               "beroepsgerichte programmaonderdelen. In het eerste leerjaar van de mbo-fase verzorgen "
               "docenten van de school de lessen Engels en Duits."),
        ("li", "3. Partijen maken gebruik van teams als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 "
               "WEB voor de vakoverstijgende onderdelen „Ondernemersproject” en „Praktijk commercie”, zoals "
               "aangeduid in het PTA/OER. Voor ieder programmaonderdeel is ten minste één daartoe bevoegde "
               "docent in het team opgenomen."),
        ("li", "4. Het personeel blijft in dienst van de eigen werkgever en valt hiërarchisch onder de eigen "
               "leidinggevende; voor de werkzaamheden binnen de route wordt het functioneel aangestuurd door "
               "de routeraad."),
        ("li", "5. Het docententeam volgt jaarlijks twee gezamenlijke studiedagen. Een medewerker van het "
               "ROC die lesgeeft op de locatie van de school houdt zich aan de huisregels van de school, en "
               "omgekeerd."),

        ("h", "Artikel 8. Gebouwen, lokalen en voorzieningen"),
        ("li", "1. Het ROC stelt de oefenwinkel „De Kanaalwinkel”, het simulatiekantoor en twee computerlokalen "
               "met boekhoud- en kassasoftware beschikbaar voor de lessen van de vo-fase, volgens het rooster "
               "van de routeraad."),
        ("li", "2. De school stelt haar praktijklokaal economie en de aula beschikbaar voor gezamenlijke "
               "presentaties en voor de ouderavonden van de route."),
        ("li", "3. Deelnemers in de vo-fase krijgen toegang tot de digitale leeromgeving en de mediatheek van "
               "het ROC. De school vergoedt de reiskosten van deelnemers van de locatie Hulst naar de campus."),

        ("h", "Artikel 9. Inschrijving en leerlingadministratie"),
        ("li", "1. De deelnemer staat in de vo-fase ingeschreven bij de school en wordt met ingang van de "
               "mbo-fase bij het ROC ingeschreven. Een deelnemer die bij aanvang van de mbo-fase het "
               "vmbo-diploma nog niet heeft behaald, blijft tot het einde van zijn vo-activiteiten tevens bij "
               "de school geregistreerd."),
        ("li", "2. Partijen wisselen de voor de uitvoering van de route noodzakelijke gegevens uit met "
               "inachtneming van de Algemene verordening gegevensbescherming; zij leggen de werkwijze vast in "
               "een protocol gegevensuitwisseling."),

        ("h", "Artikel 10. Wanneer een deelnemer de route verlaat"),
        ("li", "1. Een deelnemer die de route niet kan of wil voortzetten, wordt altijd een passend alternatief "
               "geboden dat leidt tot een vmbo-diploma of een mbo-diploma. Welk alternatief passend is, "
               "beoordelen de school en het ROC samen, aan de hand van het bereikte onderwijsniveau en de "
               "leeftijd van de deelnemer en na een gesprek met de deelnemer en, zolang hij minderjarig is, "
               "zijn ouders."),
        ("li", "2. Stopt de deelnemer in de vo-fase, dan zet hij zijn opleiding voort in de reguliere gemengde "
               "of theoretische leerweg, in het profiel Economie en ondernemen of in een ander profiel van de "
               "school, gericht op het behalen van het vmbo-diploma. Behaalde mbo-onderdelen worden "
               "geregistreerd en bij een latere inschrijving bij het ROC verzilverd."),
        ("li", "3. Heeft de deelnemer aan het einde van leerjaar 4 het vmbo-diploma niet behaald, dan kan hij "
               "naar keuze het leerjaar overdoen of de mbo-fase beginnen en het vmbo-diploma uiterlijk in het "
               "derde leerjaar van de route alsnog behalen. Lukt dat niet, dan stroomt hij, zonder dat de "
               "vooropleidingseisen worden toegepast, in een opleiding van het ROC op niveau 3 of 4 in, "
               "aansluitend bij de behaalde onderdelen."),
        ("li", "4. Wil de deelnemer in de mbo-fase een andere richting kiezen, dan kan hij overstappen naar "
               "een andere opleiding van het ROC op hetzelfde niveau; het ROC hanteert daarbij geen "
               "aanvullende toelatingseisen. Kiest hij voor een opleiding bij een andere instelling, dan "
               "ondersteunen partijen hem bij de aanmelding en het geschiktheidsonderzoek bij die instelling."),
        ("li", "5. Bij een verhuizing helpen partijen de deelnemer een vergelijkbare route of opleiding in zijn "
               "nieuwe woonplaats te vinden en zorgen zij voor een warme overdracht."),
        ("li", "6. De uitwerking van dit artikel wordt opgenomen in de schoolgids van de school en de "
               "studiegids van het ROC."),

        ("h", "Artikel 11. Geldstromen tussen partijen"),
        ("li", "1. De bekostiging volgt de inschrijving: in de vo-fase ontvangt de school en in de mbo-fase "
               "het ROC de rijksbijdrage voor de deelnemer."),
        ("li", "2. Met toepassing van artikel 5.42a WVO 2020 draagt de school aan het ROC € 1.250 per deelnemer "
               "per leerjaar van de vo-fase over, berekend naar het aantal deelnemers op 1 oktober. Dit bedrag "
               "is bestemd voor de inzet van docenten van het ROC, bedoeld in artikel 7, tweede lid, en voor "
               "het gebruik van de voorzieningen, bedoeld in artikel 8, eerste lid."),
        ("li", "3. Met toepassing van artikel 9.1.15 WEB draagt het ROC aan de school € 400 per student over "
               "voor iedere student in het eerste leerjaar van de mbo-fase, ter dekking van de loonkosten van "
               "de docenten van de school die in dat leerjaar Engels en Duits verzorgen."),
        ("li", "4. De bedragen worden jaarlijks per 1 augustus geïndexeerd met het percentage van de "
               "loon- en prijsbijstelling van de rijksbijdrage. Partijen factureren vóór 1 december; betaling "
               "volgt binnen dertig dagen."),
        ("li", "5. Overige kosten van de samenwerking komen voor rekening van de partij die ze maakt."),

        ("h", "Artikel 12. Inspraak van deelnemers, ouders en personeel"),
        ("li", "1. Op de deelnemers in de vo-fase, hun ouders en het personeel van de school is de Wet "
               "medezeggenschap op scholen van toepassing; op de deelnemers in de mbo-fase en hun ouders "
               "hoofdstuk 8a van de WEB en op het personeel van het ROC de Wet op de ondernemingsraden."),
        ("li", "2. Daarnaast komen partijen het volgende overeen:"),
        ("li2", "a. twee deelnemers uit de vo-fase, gekozen door de deelnemers van de route, nemen met "
                "spreekrecht deel aan de vergaderingen van de studentenraad van het ROC waarin de route aan de "
                "orde is;"),
        ("li2", "b. er is een gezamenlijke commissie „Route”, bestaande uit twee leden van de "
                "medezeggenschapsraad van de school (uit de ouder- en de personeelsgeleding) en twee leden van "
                "de studentenraad van het ROC; de commissie bespreekt ten minste eenmaal per jaar met de "
                "routeraad het verantwoordingsverslag van artikel 5;"),
        ("li2", "c. een voorgenomen besluit tot wijziging of beëindiging van de route wordt voor advies "
                "voorgelegd aan zowel de medezeggenschapsraad van de school als de studentenraad en de "
                "ondernemingsraad van het ROC."),

        ("h", "Artikel 13. Klachten"),
        ("p", "De klachtenregeling van de school en die van het ROC zijn mede van toepassing op gedragingen "
              "van het personeel en het bestuur van de andere partij in het kader van de route. Een klacht "
              "over een medewerker van de andere partij wordt binnen vijf werkdagen aan die partij "
              "doorgezonden; beide partijen werken mee aan de behandeling."),

        ("h", "Artikel 14. Aansprakelijkheid en verzekering"),
        ("p", "Iedere partij is aansprakelijk voor schade die voortvloeit uit het handelen of nalaten van haar "
              "eigen personeel en draagt zorg voor een toereikende aansprakelijkheidsverzekering die ook "
              "deelnemers dekt tijdens activiteiten op de locatie van de andere partij."),

        ("h", "Artikel 15. Verschillen van inzicht"),
        ("li", "1. Ontstaat tussen partijen een geschil over de uitvoering van deze overeenkomst, dan meldt de "
               "partij die dat vaststelt dit met redenen omkleed en schriftelijk aan de andere partij."),
        ("li", "2. De routeraad tracht binnen twee weken na de melding een oplossing te vinden. Lukt dat niet, "
               "dan wordt het geschil voorgelegd aan het bestuurlijk overleg, dat binnen vier weken na de "
               "melding bijeenkomt."),
        ("li", "3. Leidt het bestuurlijk overleg niet binnen zes weken tot een oplossing, dan schakelen partijen "
               "een door hen gezamenlijk aangewezen mediator in. De kosten daarvan worden gelijk gedeeld."),
        ("li", "4. Is het geschil drie maanden na de aanvang van de mediation niet opgelost, dan kan iedere "
               "partij het voorleggen aan de bevoegde rechter in het arrondissement Zeeland-West-Brabant."),
        ("li", "5. Zolang het geschil loopt, zetten partijen de uitvoering van de route ongewijzigd voort."),

        ("h", "Artikel 16. Looptijd en evaluatie"),
        ("li", "1. Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde "
               "tijd. Het eerste cohort deelnemers start in het schooljaar 2025-2026."),
        ("li", "2. Partijen evalueren de overeenkomst in het voorjaar van 2028 en vervolgens om de drie jaar."),

        ("h", "Artikel 17. Aansluiting van andere scholen of instellingen"),
        ("li", "1. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze "
               "overeenkomst toetreden, indien:"),
        ("li2", "a. beide besturen daarmee schriftelijk instemmen;"),
        ("li2", "b. het bevoegd gezag van de toetreder een toetredingsverklaring ondertekent waarin het alle "
                "rechten en verplichtingen uit deze overeenkomst aanvaardt;"),
        ("li2", "c. de toetreder het profiel Economie en ondernemen onderscheidenlijk een of meer van de in "
                "artikel 2 genoemde opleidingen aanbiedt;"),
        ("li2", "d. de organisatorische en financiële gevolgen in een addendum zijn geregeld."),
        ("li", "2. Toetreding gaat in bij het begin van een schooljaar, zodat de deelnemers die de route al "
               "volgen hun programma ongewijzigd kunnen voortzetten. De toetreder meldt zijn deelname aan de "
               "route via RIO."),

        ("h", "Artikel 18. Wijziging en beëindiging"),
        ("li", "1. Deze overeenkomst kan alleen worden gewijzigd bij schriftelijk besluit van beide besturen, "
               "na advies van de routeraad. Een wijziging die het programma van deelnemers raakt, gaat niet "
               "eerder in dan bij het begin van het volgende schooljaar."),
        ("li", "2. Iedere partij kan de overeenkomst bij aangetekende brief opzeggen tegen 1 augustus, met "
               "inachtneming van een opzegtermijn van ten minste twaalf maanden."),
        ("li", "3. Iedere partij kan de overeenkomst ontbinden indien de andere partij, na een schriftelijke "
               "ingebrekestelling met een termijn van zestig dagen, haar verplichtingen wezenlijk blijft "
               "schenden, of indien de bekostiging van een in artikel 2 genoemde opleiding vervalt. De "
               "ontbinding werkt in dat geval tegen het einde van het lopende schooljaar."),
        ("li", "4. Na opzegging of ontbinding worden geen nieuwe deelnemers meer toegelaten. Deelnemers die de "
               "route op dat moment volgen, ronden haar onder dezelfde voorwaarden af; partijen stellen binnen "
               "drie maanden een afbouwplan op. Waar afronding niet mogelijk is, is artikel 10 van "
               "overeenkomstige toepassing."),
        ("li", "5. De artikelen 10, 11, 13 en 15 blijven van kracht zolang er deelnemers in de route zijn."),

        ("h", "Artikel 19. Slotbepalingen"),
        ("li", "1. Op deze overeenkomst is Nederlands recht van toepassing."),
        ("li", "2. De bijlagen – 1. PTA/OER, 2. protocol gegevensuitwisseling, 3. routebegroting – maken deel "
               "uit van deze overeenkomst. Bij strijdigheid gaat de tekst van de overeenkomst voor."),
        ("p", "Aldus overeengekomen en in tweevoud opgemaakt en ondertekend,"),
        ("sig", [("te Terneuzen, op 24 juni 2025\n\nStichting Hontemond Onderwijsgroep\n\n\n"
                  "drs. A.C. Verschelde\nvoorzitter college van bestuur",
                  "te Terneuzen, op 24 juni 2025\n\nStichting Regionaal Opleidingencentrum Oeverland\n\n\n"
                  "ir. M.J. de Bakker-Lievens\nvoorzitter college van bestuur")]),
    ]
    build_pdf(path, B, title="Samenwerkingsovereenkomst doorlopende leerroute Ondernemen in de Kanaalzone",
              author="Hontemond Onderwijsgroep / ROC Oeverland",
              footer="Samenwerkingsovereenkomst DLR „Ondernemen in de Kanaalzone” – Hontemond / ROC Oeverland")


# --------------------------------------------------------------------------------------------
# h378 -- DOCX with tracked changes (w:ins / w:del), lettered parts, maritiem, Kop van Noord-Holland
# --------------------------------------------------------------------------------------------

@agreement(378, "revisies_maritiem_kop_van_noord_holland", "docx",
           "DOCX-versie ter ondertekening met zichtbare revisies (bijgehouden wijzigingen), onderdelen A-J; "
           "Den Helder, maritiem en techniek kb naar vakinstelling mbo-3 binnenvaart; overstap legt "
           "binnen dezelfde instelling vooropleidingseisen op, geschillen alleen in onderling overleg, "
           "medezeggenschap alleen wettelijk kader",
           S(P, P, P, P, P, W_, P, NA, W_, P),
           {"a": "A. De route",
            "b": "B. Varen en werken in de praktijk",
            "c": "C. Het routeteam",
            "d": "D. Rapporteren aan de besturen",
            "e": "E. Inrichting, personeel en middelen",
            "g": "G. Geld",
            "j": "J. Aansluiten, wijzigen en opzeggen"})
def build_h378(path):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx_new("Samenwerkingsovereenkomst doorlopende leerroute maritiem", "M. de Visser")
    T = "t"

    def H(text):
        d.add_heading(text, level=2)

    def Pp(text):
        return d.add_paragraph(text)

    def TP(*segs):
        return docx_tracked_para(d, list(segs))

    h = d.add_heading("Samenwerkingsovereenkomst doorlopende leerroute Maritiem", level=1)
    p = Pp("Marsdiep College – Noordzee Vakcollege")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    note = Pp("Versie ter ondertekening, 2 juni 2025. De laatste revisies van Juridische zaken (14 mei 2025) "
              "zijn zichtbaar gebleven op verzoek van de bestuurders.")
    note.runs[0].italic = True
    note.runs[0].font.size = Pt(9)

    Pp("Ondergetekenden:")
    Pp("1. Stichting Voortgezet Onderwijs Kop van Noord-Holland, gevestigd te Den Helder, bevoegd gezag van "
       "het Marsdiep College (vmbo), rechtsgeldig vertegenwoordigd door haar bestuurder, mevrouw mr. H. "
       "Zijlstra-Koning, hierna: de school;")
    Pp("2. Stichting Maritiem Vakonderwijs Noord, gevestigd te Den Helder, bevoegd gezag van het Noordzee "
       "Vakcollege, vakinstelling voor maritiem beroepsonderwijs, rechtsgeldig vertegenwoordigd door de "
       "voorzitter van de raad van bestuur, de heer R.P. Kaan, hierna: de vakinstelling;")
    TP((T, "sluiten deze overeenkomst om samen een doorlopende leerroute vmbo-mbo te verzorgen als bedoeld "
           "in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB"),
       ("ins", ", en melden de route na ondertekening gezamenlijk aan via RIO"),
       (T, ". Zij komen het volgende overeen."))

    H("A. De route")
    Pp("A.1 De route sluit aan op het vmbo-profiel Maritiem en techniek in de kaderberoepsgerichte leerweg en "
       "leidt op tot de vakopleiding Schipper binnenvaart (niveau 3) van het Noordzee Vakcollege, in het "
       "opleidingsdomein Transport, scheepvaart en logistiek.")
    TP((T, "A.2 De route begint in leerjaar 3 van het vmbo en duurt "),
       ("del", "vier"), ("ins", "vier en een half"),
       (T, " jaar. Leerjaar 3 en 4 (de vo-fase) worden gegeven op het Marsdiep College aan de "
           "Middenweg; de mbo-fase op het Noordzee Vakcollege aan de Havenkade en aan boord van het "
           "opleidingsschip."))
    Pp("A.3 Per schooljaar kunnen ten hoogste zestien leerlingen instromen. Leerlingen kiezen in het voorjaar "
       "van leerjaar 2; de school adviseert na een gesprek met leerling en ouders.")

    H("B. Varen en werken in de praktijk")
    TP((T, "B.1 Bij de route zijn als vaste praktijkpartners betrokken: Rederij Marsdiep Veerdiensten BV, "
           "Sleep- en Duwbedrijf Helderse Haven BV, Binnenvaartbedrijf Gebr. Kooijman en de regionale "
           "afdeling van de brancheorganisatie voor de binnenvaart"),
       ("ins", ", alsmede de havendienst van de gemeente Den Helder"),
       (T, ". De afspraken met deze partners legt de vakinstelling vast in een praktijkconvenant."))
    Pp("B.2 De praktijkpartners bieden leerlingen in leerjaar 3 en 4 ieder jaar ten minste vier opstapdagen "
       "aan boord, verzorgen gastlessen over werken op het water en stellen vanaf de mbo-fase voldoende "
       "erkende leerbedrijfplaatsen beschikbaar voor de beroepspraktijkvorming, inclusief de vaartijd die "
       "voor het vaarbewijs nodig is.")
    Pp("B.3 Twee keer per jaar spreekt het routeteam met de praktijkpartners in de Vaarraad over de inhoud "
       "van het programma en de aansluiting op de praktijk. Schippers van de partners nemen als assessor deel "
       "aan de praktijkexamens in de mbo-fase.")

    H("C. Het routeteam")
    Pp("C.1 Het routeteam geeft leiding aan de route. Het bestaat uit de afdelingsleider techniek van het "
       "Marsdiep College, de onderwijsmanager binnenvaart van het Noordzee Vakcollege en een "
       "docent-coördinator uit het docententeam.")
    TP((T, "C.2 De afdelingsleider en de onderwijsmanager worden door hun eigen bestuurder aangewezen. De "
           "docent-coördinator wordt "),
       ("del", "door het routeteam gekozen"),
       ("ins", "door beide bestuurders gezamenlijk aangewezen, op voordracht van het routeteam,"),
       (T, " voor twee schooljaren."))
    Pp("C.3 Het routeteam is namens beide besturen belast met: het opstellen van het programma en het PTA/OER "
       "per leerjaar, het rooster, de inzet van docenten en instructeurs binnen de afgesproken formatie, de "
       "planning van opstapdagen en bpv, de toelating van leerlingen en de begeleiding bij een overstap. Het "
       "routeteam beschikt zelfstandig over het jaarlijkse routebudget van € 12.000 voor leermiddelen en "
       "excursies; andere financiële verplichtingen en personele besluiten zijn voorbehouden aan de "
       "bestuurders.")

    H("D. Rapporteren aan de besturen")
    Pp("D.1 Het routeteam stuurt in februari en in september een schriftelijke voortgangsnotitie aan beide "
       "bestuurders met de leerlingaantallen, de uitval, de resultaten van de examens en de besteding van het "
       "routebudget.")
    Pp("D.2 Vóór 1 december legt het routeteam in een jaarverslag verantwoording af over het voorgaande "
       "schooljaar; de bestuurders bespreken dat verslag met het routeteam in hun gezamenlijke overleg in "
       "december.")

    H("E. Inrichting, personeel en middelen")
    Pp("E.1 De school en de vakinstelling beschrijven samen het programma, de examinering en de "
       "beroepspraktijkvorming per leerjaar in het PTA/OER van de route. Het vmbo-examen wordt in leerjaar 4 "
       "afgenomen; mbo-onderdelen, waaronder Veiligheid aan boord en Marifonie, worden vanaf leerjaar 3 "
       "aangeboden en geëxamineerd door de vakinstelling.")
    TP((T, "E.2 De vakinstelling zet in de vo-fase twee instructeurs in voor gemiddeld acht lesuren per week "
           "praktijk varen, navigatie en motorentechniek. Docenten van de school verzorgen de algemene vakken "
           "en het profielvak. Voor het vakoverstijgende onderdeel „Scheepsbouw en onderhoud” werken docenten "
           "van beide partijen als één team met teambevoegdheid"),
       ("ins", "; voor elk programmaonderdeel is een bevoegde docent verantwoordelijk"),
       (T, ". Iedere medewerker blijft in dienst van de eigen werkgever."))
    Pp("E.3 De vakinstelling stelt het opleidingsschip „Helderse Zwaan”, de vaarsimulator en de "
       "motorenwerkplaats beschikbaar; de school stelt haar metaalwerkplaats en een theorielokaal ter "
       "beschikking. Het gebruik wordt in het rooster vastgelegd. Leerlingen aan boord dragen de "
       "persoonlijke beschermingsmiddelen die de vakinstelling verstrekt.")
    Pp("E.4 In leerjaar 3 en 4 staat de leerling ingeschreven bij de school, vanaf leerjaar 5 als student bij "
       "de vakinstelling. Klachten over medewerkers van de andere partij worden behandeld volgens de "
       "klachtenregeling van de partij waar de klacht is ingediend, met medewerking van de andere partij.")

    H("F. Als de route niet wordt afgemaakt")
    Pp("F.1 Een deelnemer die de route voortijdig beëindigt, krijgt een passend vervolg aangeboden. Het "
       "routeteam bespreekt met de deelnemer en zijn ouders welk vervolg past bij het bereikte niveau en de "
       "leeftijd; de school en de vakinstelling besluiten daarover gezamenlijk.")
    Pp("F.2 Stopt de deelnemer in leerjaar 3 of 4, dan zet hij zijn opleiding voort in de "
       "kaderberoepsgerichte leerweg van het profiel Maritiem en techniek of van een ander profiel van de "
       "school en werkt hij toe naar het vmbo-diploma.")
    Pp("F.3 Een deelnemer die het vmbo-diploma niet heeft behaald, kan bij het Noordzee Vakcollege alleen "
       "worden ingeschreven voor een (andere) mbo-opleiding als hij voldoet aan de vooropleidingseisen die "
       "voor die opleiding gelden. Tot dat moment blijft hij bij de school ingeschreven om het diploma "
       "alsnog te halen.")
    Pp("F.4 Wil een student in de mbo-fase een andere richting kiezen, dan helpt de vakinstelling hem bij "
       "het vinden van een opleiding op niveau 3 bij een andere instelling in de regio en zorgt zij voor een "
       "warme overdracht.")

    H("G. Geld")
    TP((T, "G.1 Met toepassing van artikel 5.42a WVO 2020 draagt de school voor iedere leerling in leerjaar 3 "
           "en 4 van de route "),
       ("del", "€ 900"), ("ins", "€ 950"),
       (T, " per schooljaar aan de vakinstelling over, bestemd voor de inzet van de instructeurs (E.2) en "
           "het gebruik van het opleidingsschip, de vaarsimulator en de motorenwerkplaats (E.3). De "
           "vakinstelling factureert na de teldatum van 1 oktober."))
    Pp("G.2 Er worden verder geen middelen tussen partijen overgedragen.")

    H("H. Medezeggenschap")
    Pp("Voor de medezeggenschap gelden de wettelijke regels: in de vo-fase de Wet medezeggenschap op "
       "scholen, in de mbo-fase de regels van de WEB voor studenten en ouders en de Wet op de "
       "ondernemingsraden voor het personeel van de vakinstelling. Partijen kunnen, als een "
       "medezeggenschapsorgaan daarom vraagt, aanvullende afspraken maken.")

    H("I. Meningsverschillen")
    TP((T, "Verschillen van inzicht over de uitvoering van deze overeenkomst lossen partijen in "),
       ("ins", "goed en "),
       (T, "onderling overleg op. "),
       ("del", "Zij streven daarbij naar een snelle oplossing. "),
       (T, "Zij zetten intussen de route voort."))

    H("J. Aansluiten, wijzigen en opzeggen")
    Pp("J.1 Een andere vmbo-school of een andere instelling voor beroepsonderwijs kan zich bij deze "
       "overeenkomst aansluiten als beide bestuurders daar schriftelijk mee instemmen en de nieuwe partner "
       "een aansluitingsverklaring tekent waarin hij deze afspraken aanvaardt. Aansluiting gaat in per "
       "1 augustus en wordt door de betrokken partijen via RIO gemeld.")
    Pp("J.2 Wijzigingen worden schriftelijk vastgelegd en door beide bestuurders ondertekend. Een wijziging "
       "die het programma van zittende leerlingen verandert, gaat pas in bij het volgende schooljaar.")
    TP((T, "J.3 Ieder van partijen kan de overeenkomst per 31 juli schriftelijk opzeggen, met een opzegtermijn "
           "van "),
       ("del", "zes maanden"), ("ins", "ten minste één volledig schooljaar"),
       (T, ". Bij ernstige tekortkoming van een partij kan de andere partij de overeenkomst na schriftelijke "
           "ingebrekestelling ontbinden per het einde van het schooljaar."))
    Pp("J.4 Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen die al in de route "
       "zitten, maken die bij de huidige partijen af; lukt dat niet, dan geldt onderdeel F.")

    Pp("Den Helder, 2 juni 2025")
    docx_sig_table(d, [
        ("Stichting Voortgezet Onderwijs Kop van Noord-Holland",
         "Stichting Maritiem Vakonderwijs Noord"),
        ("\n\nmr. H. Zijlstra-Koning, bestuurder", "\n\nR.P. Kaan, voorzitter raad van bestuur"),
    ])
    docx_save(d, path)


# --------------------------------------------------------------------------------------------
# h379 -- very short plain-text agreement, uiterlijke verzorging, Noordoostpolder
# --------------------------------------------------------------------------------------------

H379 = """
SAMENWERKINGSAFSPRAKEN DOORLOPENDE LEERROUTE HAAR & BEAUTY
Bolder College Emmeloord - Vakschool Kappers en Beauty (ROC Flevo-Noord)

Partijen: Stichting Onderwijs Polderland, bevoegd gezag van het Bolder College te Emmeloord (vmbo), en
Stichting ROC Flevo-Noord, bevoegd gezag van ROC Flevo-Noord, waarvan de Vakschool Kappers en Beauty
deel uitmaakt, ieder vertegenwoordigd door de voorzitter van het college van bestuur. Zij verzorgen
samen een doorlopende leerroute vmbo-mbo en spreken het volgende af.

Art. 1 - De route
Profiel Zorg en welzijn, kaderberoepsgerichte leerweg (met de keuzevakken Haarverzorging en
Schoonheidsverzorging), doorlopend naar de opleiding Allround kapper, niveau 3, opleidingsdomein
Uiterlijke verzorging. Leerjaar 3 op het Bolder College; in leerjaar 4 twee dagen per week in de
leersalon van de vakschool aan de Lange Nering; de mbo-fase geheel op de vakschool.

Art. 2 - Salons
Acht kapsalons uit de Noordoostpolder en Urk, verenigd in de Kappersgroep NOP, doen mee. Zij bieden
vanaf leerjaar 4 een dag per week een bpv-plaats als erkend leerbedrijf, doen maandelijks mee aan de
modellenavond in de leersalon, en een saloneigenaar beoordeelt als tweede beoordelaar de proeve van
bekwaamheid. Twee keer per jaar bespreken de salons het programma met de leiding.

Art. 3 - Leiding
De route wordt geleid door de teamleider Zorg en welzijn van het Bolder College samen met de
opleidingscoordinator kappers van de vakschool. Zij stellen het PTA/OER per leerjaar op, maken het
rooster, verdelen de lesuren over het docententeam, beslissen over toelating en over plaatsing in de
salons en besteden het routebudget van EUR 6.000 per jaar (elk bestuur neemt de helft op in de eigen
begroting). Alle andere besluiten nemen de besturen.

Art. 4 - Verslag
De leiding stuurt ieder jaar voor 1 oktober een kort schriftelijk verslag aan beide besturen
(leerlingaantallen, uitval, examenresultaten, besteding van het budget) en bespreekt het in februari
met beide bestuursvoorzitters.

Art. 5 - Team en ruimtes
De praktijklessen kappen en schoonheidsverzorging worden gegeven door twee docenten van de vakschool,
de algemene vakken en het profielvak door docenten van het Bolder College; samen vormen zij een team.
Iedere docent blijft in dienst van de eigen werkgever. Leerlingen gebruiken de leersalon, de
kappersstoelen en het materiaal van de vakschool; de vakschool gebruikt voor informatieavonden de aula
van het Bolder College.

Art. 6 - Stoppen of overstappen
Wie de route verlaat, houdt zicht op een diploma. In de vo-fase gaat de leerling verder in de gewone
kaderberoepsgerichte leerweg Zorg en welzijn op het Bolder College. Is het vmbo-diploma na leerjaar 4
niet gehaald, dan kan de leerling zonder vooropleidingseisen doorstromen naar een andere opleiding op
niveau 2 of 3 van ROC Flevo-Noord, of leerjaar 4 overdoen. In de mbo-fase kan de student overstappen
naar een andere opleiding van het ROC op niveau 3, zoals Schoonheidsspecialist. Welk vervolg past,
beslissen het Bolder College en het ROC samen, na een gesprek met leerling en ouders, op basis van het
bereikte niveau en de leeftijd.

Art. 7 - Geld
Er wordt geen bekostiging overgedragen. Iedere partij draagt de eigen kosten.

Art. 8 - Onenigheid
Onenigheid tussen partijen over deze afspraken gaat eerst naar de beide bestuursvoorzitters. Komen zij
er binnen een maand niet uit, dan vragen zij samen een onafhankelijke bemiddelaar. Blijft het geschil
bestaan, dan beslist de bevoegde rechter van de rechtbank Midden-Nederland.

Art. 9 - Duur, wijzigen, einde
Deze afspraken gelden vanaf 1 augustus 2025 voor vier schooljaren en worden daarna steeds met een
schooljaar verlengd. Wijzigen kan alleen schriftelijk, met handtekening van beide besturen. Opzeggen
kan per 1 augustus met een opzegtermijn van twaalf maanden; na de opzegging worden geen nieuwe
leerlingen meer toegelaten en leerlingen die al in de route zitten, maken haar af.

Emmeloord, 19 juni 2025

Stichting Onderwijs Polderland            Stichting ROC Flevo-Noord
J.W. Tiemersma, voorzitter CvB            drs. E. Boersma-Dijkstra, voorzitter CvB
"""


@agreement(379, "afsprakenblad_kappers_noordoostpolder", "txt",
           "Zeer kort afsprakenblad in platte tekst (ca. 1 pagina), Noordoostpolder, zorg en welzijn kb "
           "naar Allround kapper niveau 3 (uiterlijke verzorging); leiding zonder wijze van aanwijzing, "
           "geen regeling voor toetreding van nieuwe partijen",
           S(P, P, W_, P, P, P, P, NA, P, W_),
           {"a": "Art. 1 - De route",
            "b": "Art. 2 - Salons",
            "d": "Art. 4 - Verslag",
            "e": "Art. 5 - Team en ruimtes",
            "f": "Art. 6 - Stoppen of overstappen",
            "g": "Art. 7 - Geld",
            "i": "Art. 8 - Onenigheid"})
def build_h379(path):
    write_text(path, H379)


# --------------------------------------------------------------------------------------------
# h380 -- DOCX in plain language with question headings and text boxes, groen, Altena
# --------------------------------------------------------------------------------------------

@agreement(380, "vragen_tekstvakken_groen_altena", "docx",
           "DOCX in begrijpelijke taal met vragen als kopjes en twee tekstvakken (het werkveldkader staat "
           "alleen in een tekstvak); Land van Heusden en Altena, groen bb naar mbo-2 hovenier/teelt; "
           "volledig, zonder medezeggenschapsafspraken",
           S(P, P, P, P, P, P, P, NA, P, P),
           {"a": "2. Welke route bieden we aan?",
            "b": "3. Hoe doet het groene werkveld mee?",
            "c": "4. Wie heeft de leiding?",
            "d": "5. Hoe houdt de kerngroep de besturen op de hoogte?",
            "e": "6. Waar, door wie en met welke middelen wordt lesgegeven?",
            "f": "7. Wat als een leerling wil of moet stoppen?",
            "g": "8. Hoe zit het met het geld?",
            "i": "9. Wat doen we bij onenigheid?",
            "j": "10. Aansluiten, aanpassen en stoppen met de samenwerking"})
def build_h380(path):
    from docx.shared import Pt, RGBColor
    d = docx_new("Samenwerkingsovereenkomst Groene Route Altena", "Kerngroep Groene Route Altena",
                 font="Arial", size=10)

    def H(text):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x3A, 0x6B, 0x22)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True

    def Pp(text):
        return d.add_paragraph(text)

    def B(text):
        return d.add_paragraph(text, style="List Bullet")

    t = d.add_paragraph()
    r = t.add_run("De Groene Route Altena")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x3A, 0x6B, 0x22)
    Pp("Samenwerkingsovereenkomst voor de doorlopende leerroute vmbo-mbo groen van de Merwedeschool en "
       "het Groencollege Rivierenland")

    H("1. Wie sluiten deze overeenkomst?")
    Pp("Stichting Christelijk Voortgezet Onderwijs Altena, bevoegd gezag van de Merwedeschool in Sleeuwijk "
       "(vmbo), vertegenwoordigd door de voorzitter van het college van bestuur, de heer A. van Andel. "
       "Hierna: de Merwedeschool.")
    Pp("Stichting Groen Beroepsonderwijs Brabant-Rivierenland, bevoegd gezag van het Groencollege "
       "Rivierenland in Werkendam (mbo), vertegenwoordigd door de voorzitter van het college van bestuur, "
       "mevrouw ing. L. de Kock. Hierna: het Groencollege.")
    Pp("We zijn twee aparte organisaties met elk een eigen bestuur. Met deze overeenkomst spreken we af hoe "
       "we samen een doorlopende leerroute vmbo-mbo aanbieden, zoals de Wet voortgezet onderwijs 2020 en "
       "de Wet educatie en beroepsonderwijs dat vragen. We melden de route samen aan bij DUO (RIO).")

    H("2. Welke route bieden we aan?")
    Pp("De route is voor leerlingen die in de basisberoepsgerichte leerweg het profiel Groen volgen. Na "
       "leerjaar 2 kunnen zij kiezen voor de route. Die loopt door tot een diploma van een van deze "
       "mbo-opleidingen op niveau 2 (basisberoepsopleiding) in het opleidingsdomein Voedsel, natuur en "
       "leefomgeving:")
    B("Medewerker hovenier (niveau 2);")
    B("Medewerker teelt (niveau 2).")
    Pp("De leerling haalt onderweg ook het vmbo-diploma basis. De route duurt vier jaar.")

    H("3. Hoe doet het groene werkveld mee?")
    Pp("Bedrijven uit de streek zijn vanaf het begin bij de route betrokken. Wat zij doen, staat in het "
       "kader hieronder. Het Groencollege sluit met ieder bedrijf een praktijkovereenkomst.")
    docx_textbox(d, "Het groene werkveld doet mee", [
        "Vijf hoveniersbedrijven en twee glastuinbouwbedrijven uit Altena zijn vaste partner van de route, "
        "onder wie Hoveniersbedrijf Van der Giessen in Andel en Kwekerij De Rietvelden in Werkendam. De "
        "volledige lijst staat in bijlage 2.",
        "In leerjaar 3 bieden zij snuffelstages van vijf dagen; vanaf leerjaar 4 zijn zij erkend leerbedrijf "
        "en bieden zij de bpv-plaatsen.",
        "Ieder blok levert een partner een echte opdracht, bijvoorbeeld het onderhoud van een dorpsplein of "
        "het oppotten en afleveren van een partij vaste planten.",
        "Een vakman van een partnerbedrijf beoordeelt mee bij de praktijkexamens.",
        "Eén keer per jaar komen de partners op een werkveldavond bij elkaar en adviseren zij de kerngroep "
        "over het programma.",
    ])

    H("4. Wie heeft de leiding?")
    Pp("De route wordt geleid door een kerngroep van drie mensen: de afdelingsleider vmbo groen van de "
       "Merwedeschool, de teamleider hovenier en teelt van het Groencollege en een trajectbegeleider die de "
       "dagelijkse zaken regelt.")
    Pp("De afdelingsleider en de teamleider worden door hun eigen bestuur aangewezen. De trajectbegeleider "
       "wordt door de twee besturen samen benoemd, voor drie schooljaren.")
    Pp("De besturen geven de kerngroep de opdracht en het mandaat om het lesprogramma en het PTA/OER per "
       "leerjaar op te stellen, het rooster te maken, de docenten in te delen, leerlingen toe te laten en "
       "overstappen te begeleiden. De kerngroep mag zelf uitgaven doen tot € 5.000 per keer. Grotere "
       "uitgaven en besluiten over personeel legt de kerngroep voor aan de besturen.")

    H("5. Hoe houdt de kerngroep de besturen op de hoogte?")
    Pp("Twee keer per jaar, in januari en in juni, stuurt de kerngroep beide besturen een schriftelijke "
       "voortgangsrapportage: hoeveel leerlingen er zijn, wie er gestopt is, hoe de examens gingen en waar "
       "het geld aan is besteed. In oktober legt de kerngroep in een bestuurlijk overleg met beide "
       "voorzitters verantwoording af over het afgelopen schooljaar. Gaat er iets mis dat de route in "
       "gevaar brengt, dan meldt de kerngroep dat meteen.")

    H("6. Waar, door wie en met welke middelen wordt lesgegeven?")
    Pp("Leerjaar 3 volgen de leerlingen op de Merwedeschool in Sleeuwijk. In leerjaar 4 zijn zij twee dagen "
       "per week op het Groencollege in Werkendam; vanaf leerjaar 5 helemaal. Welke onderdelen van het vmbo "
       "en welke van het mbo in welk leerjaar worden gegeven en getoetst, staat in het gezamenlijke "
       "PTA/OER.")
    Pp("De docenten groen van de Merwedeschool en de praktijkinstructeurs van het Groencollege vormen één "
       "team. Voor het project „Buitenruimte” in leerjaar 4 werken zij met teambevoegdheid; voor elk "
       "onderdeel is er een bevoegde docent. Iedere docent blijft in dienst van de eigen school.")
    Pp("Het Groencollege stelt de kassen, de tuin, de machineloods en de trekkerbaan beschikbaar. De "
       "Merwedeschool stelt de schooltuin en het practicumlokaal groen beschikbaar. De kerngroep legt het "
       "gebruik vast in het rooster.")

    H("7. Wat als een leerling wil of moet stoppen?")
    Pp("Niemand valt tussen wal en schip. Een leerling die stopt met de route, krijgt altijd een andere "
       "weg naar een diploma aangeboden.")
    docx_textbox(d, "In het kort", [
        "Stoppen in leerjaar 3 of 4: verder in de gewone basisberoepsgerichte leerweg op de Merwedeschool, "
        "in het profiel Groen of een ander profiel, op weg naar het vmbo-diploma.",
        "Vmbo-examen niet gehaald: toch verder in een mbo-opleiding op niveau 2 van het Groencollege; de "
        "gewone toelatingseisen gelden dan niet. Of het jaar overdoen.",
        "Stoppen in het mbo: overstappen naar een andere opleiding op niveau 2 van het Groencollege, of met "
        "hulp bij aanmelding en intake naar een andere mbo-school in de regio.",
    ], width_pt=400)
    Pp("Welke weg past, bepalen de Merwedeschool en het Groencollege samen. Zij kijken daarbij naar het "
       "niveau dat de leerling al heeft gehaald en naar zijn leeftijd, en praten eerst met de leerling en "
       "zijn ouders. De afspraken staan ook in de schoolgids.")

    H("8. Hoe zit het met het geld?")
    Pp("De Merwedeschool betaalt het Groencollege voor iedere leerling in leerjaar 4 een bedrag van € 700 "
       "per schooljaar uit haar bekostiging (artikel 5.42a WVO 2020). Dat geld is voor de lessen van de "
       "praktijkinstructeurs en het gebruik van de kassen, de machines en de trekkerbaan. Verder gaat er geen "
       "geld over en weer.")

    H("9. Wat doen we bij onenigheid?")
    Pp("Zijn we het over de uitvoering van deze overeenkomst niet eens, dan bespreekt de kerngroep dat "
       "eerst. Komt de kerngroep er niet uit, dan praten de twee bestuursvoorzitters erover, binnen drie "
       "weken. Lukt het ook hun niet, dan vragen zij samen een onafhankelijke deskundige om bindend advies. "
       "Aan dat advies houden beide partijen zich.")

    H("10. Aansluiten, aanpassen en stoppen met de samenwerking")
    Pp("Een andere vmbo-school of mbo-instelling kan meedoen als beide besturen dat schriftelijk goedkeuren "
       "en de nieuwe partner deze overeenkomst mee ondertekent. Een nieuwe partner begint op 1 augustus, "
       "zodat de leerlingen die al in de route zitten er geen last van hebben.")
    Pp("Deze overeenkomst aanpassen kan alleen als beide besturen de wijziging schriftelijk ondertekenen. "
       "Een wijziging in het programma gaat in bij het begin van een nieuw schooljaar.")
    Pp("Elk bestuur kan de samenwerking opzeggen per 1 augustus, met een opzegtermijn van een jaar. Na de "
       "opzegging beginnen er geen nieuwe leerlingen meer. Leerlingen die al in de route zitten, maken haar "
       "af; de kerngroep maakt daarvoor een afbouwplan.")
    Pp("Deze overeenkomst geldt vanaf 1 augustus 2025.")

    H("11. Ondertekening")
    Pp("Sleeuwijk, 26 juni 2025")
    docx_sig_table(d, [
        ("Stichting Christelijk Voortgezet Onderwijs Altena",
         "Stichting Groen Beroepsonderwijs Brabant-Rivierenland"),
        ("\n\nA. van Andel, voorzitter college van bestuur",
         "\n\ning. L. de Kock, voorzitter college van bestuur"),
    ])
    docx_save(d, path)


# --------------------------------------------------------------------------------------------
# h381 -- two-column PDF, geintegreerde route horeca/bakkerij bb -> mbo-2, Tielerwaard
# --------------------------------------------------------------------------------------------

@agreement(381, "twee_kolommen_geintegreerd_horeca_tielerwaard", "pdf",
           "PDF in twee kolommen met overwegingen en elf artikelen; Tielerwaard, geïntegreerde route "
           "horeca, bakkerij en recreatie bb naar mbo-2; bedrijfsleven alleen in de overwegingen genoemd, "
           "uitstappers gaan automatisch naar Entree; wel aanvullende medezeggenschapsafspraken",
           S(P, M, P, P, P, W_, P, P, P, P),
           {"a": "Artikel 1 Inhoud van de route",
            "c": "Artikel 2 Stuurgroep",
            "d": "Artikel 3 Informatie en verantwoording",
            "e": "Artikel 5 Personeel",
            "g": "Artikel 8 Financiële afspraken",
            "h": "Artikel 9 Medezeggenschap",
            "i": "Artikel 10 Geschillen",
            "j": "Artikel 11 Duur, toetreding, wijziging en opzegging"})
def build_h381(path):
    top = [
        ("title", "Overeenkomst geïntegreerde route „Koken, bakken, gastvrij”"),
        ("sub", "vmbo basisberoepsgerichte leerweg – mbo niveau 2, Horeca en bakkerij"),
        ("sp", 6),
        ("pl", "**Partijen:** Stichting Openbaar Voortgezet Onderwijs West-Betuwe, bevoegd gezag van De "
               "Linge Vakschool te Geldermalsen, vertegenwoordigd door de bestuurder, mevrouw M.A. "
               "Hoogendoorn (hierna: de school), en Stichting ROC Betuwe en Bommel, bevoegd gezag van ROC "
               "Betuwe en Bommel te Tiel, vertegenwoordigd door de voorzitter van het college van bestuur, de "
               "heer dr. F. Ouwerkerk (hierna: het ROC)."),
    ]
    B = [
        ("h", "Overwegingen"),
        ("li", "a. De school biedt in de basisberoepsgerichte leerweg het profiel Horeca, bakkerij en "
               "recreatie aan; het ROC verzorgt in Tiel basisberoepsopleidingen in het opleidingsdomein Horeca "
               "en bakkerij."),
        ("li", "b. Partijen willen leerlingen die gebaat zijn bij een praktijkgericht programma in één "
               "doorgaande lijn naar een mbo-diploma op niveau 2 leiden, in een geïntegreerde route als "
               "bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB."),
        ("li", "c. Het horeca- en bakkerijbedrijfsleven in de Tielerwaard heeft grote behoefte aan goed "
               "opgeleide vakmensen en staat positief tegenover de route."),
        ("li", "d. Partijen leggen hun afspraken vast in deze overeenkomst en melden de route gezamenlijk "
               "aan bij DUO."),
        ("p", "Partijen komen het volgende overeen."),

        ("h", "Artikel 1 Inhoud van de route"),
        ("li", "1. De route sluit aan op het profiel Horeca, bakkerij en recreatie in de basisberoepsgerichte "
               "leerweg en leidt op tot een van de volgende basisberoepsopleidingen (niveau 2) van het ROC: "
               "Kok, Gastheer/gastvrouw of Medewerker bakkerij."),
        ("li", "2. De leerling kiest de opleiding uiterlijk aan het einde van leerjaar 3. De route duurt vier "
               "jaar en eindigt met het mbo-diploma; de school neemt geen eindexamen basisberoepsgerichte "
               "leerweg af."),
        ("li", "3. Leerjaar 3 wordt verzorgd op de school in Geldermalsen. In leerjaar 4 volgt de leerling "
               "drie dagen per week onderwijs op de school en twee dagen op de locatie Waalkade van het ROC; "
               "daarna volledig bij het ROC."),

        ("h", "Artikel 2 Stuurgroep"),
        ("li", "1. De leiding over de route berust bij een stuurgroep, bestaande uit de locatiedirecteur van "
               "de school, de teamleider horeca en bakkerij van het ROC en een routecoördinator."),
        ("li", "2. De locatiedirecteur en de teamleider maken deel uit van de stuurgroep uit hoofde van hun "
               "functie. De routecoördinator wordt door de bestuurder van de school en het college van bestuur "
               "van het ROC gezamenlijk benoemd en kan door hen gezamenlijk worden ontslagen."),
        ("li", "3. De stuurgroep heeft tot taak: het opstellen van het PTA/OER, de lessentabel en het "
               "rooster; de toelating van leerlingen na overleg met leerling en ouders; de inzet van het "
               "docententeam; de bewaking van de kwaliteit. Zij is bevoegd om binnen het door beide besturen "
               "vastgestelde routebudget uitgaven te doen. Besluiten over personeel en over de opleidingen "
               "nemen de besturen."),

        ("h", "Artikel 3 Informatie en verantwoording"),
        ("li", "1. De stuurgroep brengt na afloop van ieder semester een schriftelijke rapportage uit aan "
               "beide besturen over leerlingaantallen, voortgang, verzuim, uitval en uitgaven."),
        ("li", "2. Jaarlijks vóór 15 oktober legt de stuurgroep verantwoording af in een jaarverslag over het "
               "voorgaande schooljaar. Het jaarverslag wordt besproken in het bestuurlijk overleg van beide "
               "besturen in november."),

        ("h", "Artikel 4 Onderwijs en examinering"),
        ("li", "1. Partijen beschrijven het onderwijsprogramma en de examinering per leerjaar in een "
               "gezamenlijk PTA/OER, waarin is aangegeven welke onderdelen tot het vmbo-programma en welke "
               "tot de mbo-opleiding behoren."),
        ("li", "2. De examinering van de mbo-opleiding begint in leerjaar 4 en is de verantwoordelijkheid van "
               "het ROC. Tot en met leerjaar 4 staat de leerling ingeschreven bij de school."),

        ("h", "Artikel 5 Personeel"),
        ("li", "1. Koks- en bakkerijdocenten van het ROC geven in leerjaar 3 wekelijks vier uur praktijkles op "
               "de school. Docenten Nederlands en rekenen van de school geven in leerjaar 4 les aan de "
               "leerlingen van de route op de locatie van het ROC."),
        ("li", "2. Docenten van beide partijen werken als één team. Voor de vakoverstijgende onderdelen "
               "„Gastvrijheid” en „Brood en gebak” wordt gewerkt met een team als bedoeld in artikel 7.13a "
               "WVO 2020; elk onderdeel heeft een bevoegde docent."),
        ("li", "3. Iedere docent blijft in dienst van zijn werkgever. Partijen stemmen vakanties en "
               "studiedagen op elkaar af."),

        ("h", "Artikel 6 Faciliteiten"),
        ("p", "Het ROC stelt het leerrestaurant „De Waalkant”, de leerbakkerij en de bijbehorende "
              "materialen ter beschikking. De school stelt haar praktijkkeuken en haar restaurantlokaal "
              "beschikbaar voor de lessen van de docenten van het ROC in leerjaar 3. Leerlingen krijgen een "
              "toegangspas voor de locatie Waalkade."),

        ("h", "Artikel 7 Verlaten van de route"),
        ("li", "1. Een leerling die de geïntegreerde route verlaat of voor wie de route niet haalbaar blijkt, "
               "wordt door het ROC ingeschreven voor de Entreeopleiding (niveau 1) op de locatie Waalkade."),
        ("li", "2. De school en het ROC zorgen voor een warme overdracht en informeren de ouders. Na het "
               "behalen van het Entreediploma kan de leerling zich aanmelden voor een opleiding op niveau 2."),

        ("h", "Artikel 8 Financiële afspraken"),
        ("p", "Partijen dragen geen bekostiging aan elkaar over. De kosten van docenten die bij de andere "
              "partij lesgeven en van het gebruik van elkaars voorzieningen komen voor rekening van de partij "
              "die ze maakt."),

        ("h", "Artikel 9 Medezeggenschap"),
        ("li", "1. Op leerlingen die bij de school staan ingeschreven en hun ouders is de WMS van toepassing, "
               "op studenten van het ROC de WEB."),
        ("li", "2. Partijen spreken aanvullend af dat leerlingen van de route in leerjaar 4 een "
               "vertegenwoordiger met stemrecht mogen afvaardigen in de studentenraad van de locatie Waalkade, "
               "en dat de medezeggenschapsraad van de school en die studentenraad het jaarverslag van de "
               "stuurgroep ontvangen en daarover gezamenlijk advies kunnen uitbrengen aan beide besturen."),

        ("h", "Artikel 10 Geschillen"),
        ("li", "1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken "
               "in de stuurgroep en, als die er niet binnen drie weken uitkomt, in het bestuurlijk overleg."),
        ("li", "2. Is het geschil daarna binnen zes weken niet opgelost, dan wordt het beslecht door arbitrage "
               "overeenkomstig het Arbitragereglement van het Nederlands Arbitrage Instituut, door één "
               "arbiter, te Arnhem."),

        ("h", "Artikel 11 Duur, toetreding, wijziging en opzegging"),
        ("li", "1. Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("li", "2. Een andere vbo-school of instelling kan toetreden als beide partijen daarmee schriftelijk "
               "instemmen en de toetreder deze overeenkomst ondertekent; de toetreding gaat in bij het begin "
               "van een schooljaar."),
        ("li", "3. Wijziging van deze overeenkomst geschiedt schriftelijk met instemming van beide besturen en "
               "gaat in bij een nieuw schooljaar."),
        ("li", "4. Opzegging is mogelijk met een termijn van een jaar, tegen het einde van een schooljaar. "
               "Leerlingen die op het moment van opzegging de route volgen, kunnen haar bij partijen afronden; "
               "nieuwe instroom vindt niet meer plaats."),
        ("p", "Aldus overeengekomen en ondertekend te Tiel op 17 juni 2025."),
        ("sp", 6),
        ("pl", "Stichting Openbaar Voortgezet Onderwijs West-Betuwe"),
        ("pl", "M.A. Hoogendoorn, bestuurder"),
        ("sp", 8),
        ("pl", "Stichting ROC Betuwe en Bommel"),
        ("pl", "dr. F. Ouwerkerk, voorzitter college van bestuur"),
    ]
    build_pdf(path, B, title="Overeenkomst geïntegreerde route Koken, bakken, gastvrij",
              author="De Linge Vakschool / ROC Betuwe en Bommel",
              footer="Overeenkomst geïntegreerde route – De Linge Vakschool / ROC Betuwe en Bommel",
              two_columns=True, base_size=9.0, first_page_blocks=top, top_height_cm=4.0)


# --------------------------------------------------------------------------------------------
# h382 -- letter agreement in Markdown, prose without headings, signed by both boards,
#         mobiliteit en transport kb -> mbo-3 autotechniek, Noordoost-Twente
# --------------------------------------------------------------------------------------------

H382 = """
**ROC Tubantia** · College van Bestuur · Hengelosestraat 212 · 7571 HB Oldenzaal

Aan het bestuur van de Stichting Voortgezet Onderwijs Dinkelland
t.a.v. de heer drs. B.J.M. Olde Hampsink, voorzitter
Kloosterstraat 9
7591 EM Denekamp

Oldenzaal, 20 juni 2025

Ons kenmerk: CvB/2025/0614-DLR
Betreft: samenwerkingsovereenkomst doorlopende leerroute Mobiliteit en transport – Autotechniek

Geachte heer Olde Hampsink, beste Bert,

In het bestuurlijk overleg van 3 juni hebben wij de laatste open punten besproken over de doorlopende leerroute die het Dinkeldal College en ROC Tubantia vanaf het schooljaar 2025-2026 samen willen verzorgen. Met deze brief leggen wij de afspraken vast. Wanneer u de brief namens de Stichting Voortgezet Onderwijs Dinkelland voor akkoord ondertekent, geldt zij tussen de Stichting Voortgezet Onderwijs Dinkelland, bevoegd gezag van het Dinkeldal College, en de Stichting Regionaal Opleidingencentrum Tubantia, bevoegd gezag van ROC Tubantia, als de samenwerkingsovereenkomst bedoeld in artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs. Na ondertekening melden wij de route samen aan in RIO.

De route waarover wij het eens zijn geworden, begint in leerjaar 3 van de kaderberoepsgerichte leerweg van het Dinkeldal College, profiel Mobiliteit en transport, en loopt door tot de vakopleiding Eerste autotechnicus (niveau 3) van de School voor Mobiliteit van ROC Tubantia, in het opleidingsdomein Mobiliteit en voertuigen. Leerlingen die in de loop van leerjaar 4 sterker blijken te passen bij zware voertuigen kunnen binnen de route kiezen voor de vakopleiding Eerste bedrijfsautotechnicus (niveau 3). De leerling haalt in leerjaar 4 het vmbo-diploma kader en vervolgt daarna zonder onderbreking de mbo-opleiding; de route duurt in totaal vijf jaar.

Garagebedrijven uit Dinkelland en Oldenzaal doen vanaf de start mee. Autobedrijf Lentfert in Denekamp, Truckservice Oldenzaal BV, Garage Brinkhuis in Ootmarsum en de regionale afdeling van de brancheorganisatie voor autobedrijven hebben toegezegd dat zij leerlingen in leerjaar 3 en 4 een werkplaatsdag per maand laten meedraaien, dat zij vanaf leerjaar 5 als erkend leerbedrijf bpv-plaatsen aanbieden en dat hun monteurs als gastdocent lessen diagnose en elektrische aandrijving verzorgen. Zij leveren ieder jaar de casussen voor het diagnoseproject in leerjaar 4 en een van hun technici beoordeelt mee bij de proeve van bekwaamheid. Drie keer per jaar komt een werkplaatsraad van deze bedrijven bijeen om het programma te bespreken en te adviseren over de keuzedelen.

De dagelijkse leiding van de route leggen wij bij een routeduo, bestaande uit de afdelingsleider techniek van het Dinkeldal College en de teamleider autotechniek van ROC Tubantia. Ieder bestuur wijst zijn lid van het routeduo schriftelijk aan; een vervanging wordt op dezelfde wijze geregeld en aan het andere bestuur meegedeeld. Wij dragen het routeduo op het gezamenlijke PTA/OER per leerjaar voor te bereiden, het rooster en de inzet van de docenten te regelen, leerlingen toe te laten, de contacten met de werkplaatsraad en de leerbedrijven te onderhouden en de overstap van leerlingen te begeleiden. Het routeduo beslist zelfstandig over de besteding van het routebudget van € 18.000 per jaar; over uitgaven daarboven, over personele zaken en over de keuze van de opleidingen beslissen onze besturen.

Het routeduo legt aan onze beide besturen verantwoording af met een schriftelijke jaarrapportage over het afgelopen schooljaar, die uiterlijk op 1 november bij beide besturen ligt. Daarin staan de in-, door- en uitstroom, de examenresultaten, de besteding van het budget en het advies van de werkplaatsraad. In maart volgt een korte tussenrapportage. Wij bespreken beide rapportages met het routeduo in ons bestuurlijk overleg van november en april.

Wat de inrichting betreft: leerjaar 3 wordt gegeven op het Dinkeldal College in Denekamp; in leerjaar 4 zijn de leerlingen één dag per week in de werkplaats van de School voor Mobiliteit in Oldenzaal, vanaf leerjaar 5 volledig. Twee docenten autotechniek van ROC Tubantia geven in leerjaar 3 en 4 wekelijks vier uur les op het Dinkeldal College; de docenten van het Dinkeldal College verzorgen de algemene vakken en het profielvak. Voor het vakoverstijgende onderdeel Onderhoud en diagnose werken docenten van beide scholen als één team met teambevoegdheid, waarbij voor elk programmaonderdeel een bevoegde docent verantwoordelijk is. Alle docenten blijven in dienst van hun eigen werkgever. ROC Tubantia stelt zijn werkplaats met hefbruggen, diagnoseapparatuur en het lokaal elektrische voertuigen beschikbaar; het Dinkeldal College zijn motorenlokaal en theorielokalen. De programmaonderdelen, toetsen en examens per leerjaar, met de vmbo- en de mbo-onderdelen apart aangeduid, staan in het gezamenlijke PTA/OER.

Voor een leerling die de route niet afmaakt, spreken wij het volgende af. Stopt hij in leerjaar 3 of 4, dan gaat hij verder in de gewone kaderberoepsgerichte leerweg van het Dinkeldal College, in Mobiliteit en transport of in een ander profiel, met het vmbo-diploma als doel. Haalt hij in leerjaar 4 het vmbo-diploma niet, dan kan hij het jaar overdoen of bij ROC Tubantia toch beginnen aan een opleiding op niveau 2 of 3; de vooropleidingseisen gelden dan niet, en het vmbo-diploma kan hij tot en met leerjaar 5 alsnog halen. Wil hij in het mbo een andere richting, dan kan hij overstappen naar een andere opleiding van ROC Tubantia op hetzelfde niveau of krijgt hij hulp bij de aanmelding en het geschiktheidsonderzoek van een andere instelling. Het Dinkeldal College en ROC Tubantia bepalen samen, na een gesprek met de leerling en zijn ouders, welk vervolg past bij het bereikte niveau en de leeftijd van de leerling.

Over geld spreken wij af dat er geen bekostiging van de een naar de ander gaat. Ieder draagt de kosten van de eigen docenten, ook wanneer die bij de ander lesgeven, en ieder draagt de helft van het routebudget.

Wat de medezeggenschap betreft, blijven de WMS en de WEB met de WOR van toepassing, maar spreken wij daarnaast af dat de medezeggenschapsraad van het Dinkeldal College en de studentenraad van ROC Tubantia ieder twee leden aanwijzen voor een routeklankbord, dat twee keer per jaar met het routeduo overlegt en gevraagd en ongevraagd advies kan geven aan beide besturen. Een voorgenomen besluit om de route te wijzigen of te beëindigen leggen wij aan beide raden voor advies voor.

Mochten wij het over de uitvoering van deze afspraken oneens worden, dan probeert eerst het routeduo er binnen twee weken uit te komen. Lukt dat niet, dan spreken wij als bestuursvoorzitters binnen vier weken met elkaar. Komen ook wij er niet uit, dan schakelen wij een mediator in die is ingeschreven bij de Mediatorsfederatie Nederland. Levert de mediation binnen drie maanden geen oplossing op, dan kan ieder van ons het geschil voorleggen aan de rechtbank Overijssel.

Deze afspraken gaan in op 1 augustus 2025 en gelden voor onbepaalde tijd. Een andere vmbo-school of mbo-instelling kan zich bij de route aansluiten wanneer beide besturen daarmee schriftelijk instemmen en het bestuur van die school of instelling deze afspraken in een eigen brief voor akkoord aanvaardt; aansluiting gaat in bij het begin van een schooljaar. Wijzigen doen wij met een aanvullende brief die door beide besturen wordt ondertekend; wijzigingen in het programma gaan in bij een nieuw schooljaar. Ieder bestuur kan deze overeenkomst per 1 augustus opzeggen met een opzegtermijn van twaalf maanden. Na opzegging nemen wij geen nieuwe leerlingen meer in de route op, en de leerlingen die de route op dat moment volgen, maken haar bij ons af.

Ik vertrouw erop dat deze brief onze afspraken juist weergeeft, en zie uit naar een mooie start in augustus.

Met vriendelijke groet,

namens de Stichting Regionaal Opleidingencentrum Tubantia,

mr. W.H. Kampman-Ter Braak
voorzitter College van Bestuur

---

**Voor akkoord** namens de Stichting Voortgezet Onderwijs Dinkelland, bevoegd gezag van het Dinkeldal College:

drs. B.J.M. Olde Hampsink
voorzitter College van Bestuur

Denekamp, 24 juni 2025
"""


@agreement(382, "brief_beide_besturen_autotechniek_noordoost_twente", "md",
           "Overeenkomst in briefvorm (Markdown), doorlopend proza zonder kopjes, door beide besturen "
           "ondertekend (voor akkoord); Noordoost-Twente, mobiliteit en transport kb naar mbo-3 "
           "autotechniek; volledig, met routeklankbord als medezeggenschapsafspraak",
           S(P, P, P, P, P, P, P, P, P, P),
           {"a": "De route waarover wij het eens zijn geworden",
            "b": "Garagebedrijven uit Dinkelland en Oldenzaal doen vanaf de start mee",
            "c": "De dagelijkse leiding van de route leggen wij bij een routeduo",
            "d": "Het routeduo legt aan onze beide besturen verantwoording af",
            "e": "Wat de inrichting betreft",
            "f": "Voor een leerling die de route niet afmaakt",
            "g": "Over geld spreken wij af",
            "h": "Wat de medezeggenschap betreft",
            "i": "Mochten wij het over de uitvoering van deze afspraken oneens worden",
            "j": "Deze afspraken gaan in op 1 augustus 2025"})
def build_h382(path):
    write_text(path, H382)


# --------------------------------------------------------------------------------------------
# h383 -- DOCX with TOC field (page numbers), chapters and definitions, media/ICT gl/tl -> mbo-4,
#         Parkstad (Zuid-Limburg)
# --------------------------------------------------------------------------------------------

@agreement(383, "inhoudsopgave_hoofdstukken_media_parkstad", "docx",
           "DOCX met inhoudsopgave-veld met paginanummers, hoofdstukken en begrippenlijst; Parkstad "
           "Limburg, media, vormgeving en ICT gl/tl naar mbo-4 mediavormgeving; verantwoording met vorm "
           "maar zonder frequentie of moment, overdracht zonder omvang, medezeggenschap als "
           "invulplaatshouder",
           S(P, P, P, W_, P, P, W_, W_, P, P),
           {"a": "Artikel 3 Doel en reikwijdte",
            "b": "Artikel 4 Samenwerking met het werkveld",
            "c": "Artikel 5 Programmaleiding",
            "e": "Artikel 8 Personeel",
            "f": "Artikel 10 Overstapregeling",
            "i": "Artikel 13 Geschillen",
            "j": "Artikel 15 Wijziging, duur en beëindiging"})
def build_h383(path):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx_new("Samenwerkingsovereenkomst Doorlopende Leerroute Media & Vormgeving Parkstad",
                 "Beleidsbureau Parkstad Onderwijs", font="Cambria", size=10.5)

    def CH(text):
        d.add_heading(text, level=1)

    def ART(text):
        d.add_heading(text, level=2)

    def Pp(text):
        return d.add_paragraph(text)

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Samenwerkingsovereenkomst\nDoorlopende Leerroute Media & Vormgeving Parkstad")
    r.bold = True
    r.font.size = Pt(20)
    s = d.add_paragraph()
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.add_run("Heuvelrand College – Grafisch Lyceum Parkstad (ROC Parkstad Limburg)\nVersie 1.0, juni 2025")
    d.add_paragraph()
    docx_toc(d, [
        (1, "Hoofdstuk 1 Algemeen", 2),
        (2, "Artikel 1 Partijen", 2),
        (2, "Artikel 2 Begrippen", 2),
        (2, "Artikel 3 Doel en reikwijdte", 2),
        (1, "Hoofdstuk 2 Werkveld en bestuur", 3),
        (2, "Artikel 4 Samenwerking met het werkveld", 3),
        (2, "Artikel 5 Programmaleiding", 3),
        (2, "Artikel 6 Verantwoording aan de colleges van bestuur", 3),
        (1, "Hoofdstuk 3 Uitvoering", 4),
        (2, "Artikel 7 Onderwijs, examinering en locaties", 4),
        (2, "Artikel 8 Personeel", 4),
        (2, "Artikel 9 Voorzieningen", 4),
        (2, "Artikel 10 Overstapregeling", 4),
        (2, "Artikel 11 Bekostiging", 5),
        (2, "Artikel 12 Medezeggenschap", 5),
        (1, "Hoofdstuk 4 Slotbepalingen", 6),
        (2, "Artikel 13 Geschillen", 6),
        (2, "Artikel 14 Toetreding", 6),
        (2, "Artikel 15 Wijziging, duur en beëindiging", 6),
        (2, "Ondertekening", 6),
    ])
    docx_page_break(d)

    CH("Hoofdstuk 1 Algemeen")
    ART("Artikel 1 Partijen")
    Pp("1. Stichting Katholiek Voortgezet Onderwijs Parkstad, gevestigd te Heerlen, bevoegd gezag van het "
       "Heuvelrand College (vmbo), rechtsgeldig vertegenwoordigd door de voorzitter van het college van "
       "bestuur, mevrouw drs. C.M.G. Houben, hierna: de school;")
    Pp("2. Stichting Regionaal Opleidingencentrum Parkstad Limburg, gevestigd te Heerlen, bevoegd gezag van "
       "ROC Parkstad Limburg, waarvan het Grafisch Lyceum Parkstad deel uitmaakt, rechtsgeldig "
       "vertegenwoordigd door de voorzitter van het college van bestuur, de heer P.J. Vaessen MBA, hierna: "
       "het ROC.")
    ART("Artikel 2 Begrippen")
    Pp("In deze overeenkomst wordt verstaan onder:")
    for line in [
        "Route: de doorlopende leerroute vmbo-mbo Media & Vormgeving Parkstad, bedoeld in artikel 3.",
        "Deelnemer: de leerling of student die de route volgt.",
        "Vo-fase: leerjaar 3 en 4 van de route, waarin de deelnemer bij de school is ingeschreven.",
        "Mbo-fase: de leerjaren daarna, waarin de deelnemer bij het ROC is ingeschreven.",
        "Programmaleiding: de leiding over de route, bedoeld in artikel 5.",
        "Colleges van bestuur: de colleges van bestuur van de school en het ROC.",
        "Bestuurlijk overleg: het overleg tussen de voorzitters van beide colleges van bestuur.",
        "Beroepenveldcommissie: de commissie van opdrachtgevers en werkgevers, bedoeld in artikel 4.",
        "Medezeggenschapsorganen: de medezeggenschapsraad van de school en de studentenraad en de "
        "ondernemingsraad van het ROC.",
        "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling "
        "van de route.",
    ]:
        d.add_paragraph(line, style="List Bullet")
    ART("Artikel 3 Doel en reikwijdte")
    Pp("1. Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die aansluit op het "
       "vmbo-profiel Media, vormgeving en ICT in de gemengde en de theoretische leerweg.")
    Pp("2. De route leidt op tot de middenkaderopleiding Mediavormgever (niveau 4) of, naar keuze van de "
       "deelnemer aan het eind van de vo-fase, de middenkaderopleiding AV-specialist (niveau 4), beide in het "
       "opleidingsdomein ICT en creatieve industrie, verzorgd door het Grafisch Lyceum Parkstad.")
    Pp("3. De route duurt vijf jaar. Het vmbo-diploma wordt behaald in leerjaar 4.")
    Pp("4. Partijen melden de route gezamenlijk aan bij de Minister via RIO.")
    docx_page_break(d)

    CH("Hoofdstuk 2 Werkveld en bestuur")
    ART("Artikel 4 Samenwerking met het werkveld")
    Pp("1. Partijen stellen een beroepenveldcommissie in, waarin in elk geval zitting hebben: Studio "
       "Mijnzicht te Heerlen, Reclamebureau Kasteel & Co te Kerkrade, Omroep Parkstad Lokaal en de drukkerij "
       "Drukwerk Zuid te Landgraaf. De commissie adviseert de programmaleiding ten minste twee keer per "
       "schooljaar over de inhoud van het programma en de keuzedelen.")
    Pp("2. De leden van de beroepenveldcommissie treden in de vo-fase op als opdrachtgever voor ten minste "
       "één beroepsopdracht per periode, verzorgen gastlessen en nemen deel aan de portfoliobeoordeling aan "
       "het einde van leerjaar 4.")
    Pp("3. In de mbo-fase bieden zij, naast andere erkende leerbedrijven, stageplaatsen aan en beoordelen "
       "hun vakmensen mee bij de proeve van bekwaamheid.")
    ART("Artikel 5 Programmaleiding")
    Pp("1. De programmaleiding bestaat uit een programmaleider en een adjunct-programmaleider.")
    Pp("2. De programmaleider is in dienst van het ROC en wordt door de colleges van bestuur gezamenlijk "
       "benoemd, op voordracht van de directeur van het Grafisch Lyceum Parkstad en de directeur van het "
       "Heuvelrand College. De adjunct-programmaleider wordt door het college van bestuur van de school "
       "aangewezen uit de afdelingsleiders van het Heuvelrand College.")
    Pp("3. De colleges van bestuur dragen de programmaleiding op: het opstellen van het PTA/OER per "
       "leerjaar, het rooster, de verdeling van de lesopdrachten over het docententeam, de toelating van "
       "deelnemers, de uitvoering van de overstapregeling en het onderhouden van de contacten met de "
       "beroepenveldcommissie. De programmaleiding is bevoegd binnen het daarvoor vastgestelde "
       "programmabudget zelfstandig verplichtingen aan te gaan; andere financiële en alle personele "
       "beslissingen blijven bij de colleges van bestuur.")
    ART("Artikel 6 Verantwoording aan de colleges van bestuur")
    Pp("1. De programmaleiding verstrekt beide colleges van bestuur de inlichtingen die zij voor de "
       "uitoefening van hun taak nodig hebben.")
    Pp("2. De programmaleiding legt verantwoording af door middel van een schriftelijke voortgangsrapportage "
       "aan beide colleges van bestuur. De rapportage bevat ten minste: het aantal deelnemers per leerjaar; "
       "de in-, door- en uitstroom; de examenresultaten; de inzet van personeel en middelen; de adviezen van "
       "de beroepenveldcommissie en de voorgenomen verbetermaatregelen.")
    Pp("3. De colleges van bestuur bespreken de voortgangsrapportage met de programmaleiding in het "
       "bestuurlijk overleg en kunnen haar naar aanleiding daarvan aanwijzingen geven.")
    Pp("4. Op verzoek van een college van bestuur verstrekt de programmaleiding aanvullende informatie.")
    docx_page_break(d)

    CH("Hoofdstuk 3 Uitvoering")
    ART("Artikel 7 Onderwijs, examinering en locaties")
    Pp("1. Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
       "leerjaar in het PTA/OER, met aanduiding van de vmbo-onderdelen, de mbo-onderdelen en de "
       "gecombineerde onderdelen.")
    Pp("2. Leerjaar 3 wordt verzorgd op het Heuvelrand College te Heerlen; in leerjaar 4 volgen deelnemers "
       "twee dagen per week onderwijs op het Grafisch Lyceum Parkstad; de mbo-fase wordt volledig op het "
       "Grafisch Lyceum Parkstad verzorgd.")
    Pp("3. De school is verantwoordelijk voor de examinering en diplomering van het vmbo-deel, het ROC voor "
       "die van het mbo-deel.")
    ART("Artikel 8 Personeel")
    Pp("1. Docenten van beide partijen vormen samen één docententeam. Docenten van het Grafisch Lyceum "
       "Parkstad verzorgen in de vo-fase de lessen vormgeving, fotografie en audiovisueel; docenten van het "
       "Heuvelrand College de algemene vakken en het profielvak.")
    Pp("2. Voor het vakoverstijgende onderdeel Crossmediaal project wordt gewerkt met teambevoegdheid als "
       "bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; voor elk programmaonderdeel is ten minste "
       "één bevoegde docent verantwoordelijk.")
    Pp("3. Het personeel blijft in dienst van de eigen werkgever. Partijen organiseren gezamenlijke "
       "professionalisering van het docententeam.")
    ART("Artikel 9 Voorzieningen")
    Pp("Het ROC stelt de mediastudio, de fotostudio, de Mac-werkplekken met de benodigde softwarelicenties en "
       "de uitleen van camera's beschikbaar voor de deelnemers in de vo-fase. De school stelt een "
       "computerlokaal en de aula beschikbaar voor presentaties en exposities. Het gebruik wordt in het "
       "rooster vastgelegd.")
    ART("Artikel 10 Overstapregeling")
    Pp("1. Een deelnemer die de route niet kan of wil voortzetten, wordt een passend vervolg geboden dat "
       "leidt tot een vmbo- of mbo-diploma. De school en het ROC bepalen gezamenlijk, na overleg met de "
       "deelnemer en zijn ouders, welk vervolg passend is gelet op het bereikte onderwijsniveau en de "
       "leeftijd van de deelnemer.")
    Pp("2. In de vo-fase zet de deelnemer zijn opleiding voort in de gemengde of theoretische leerweg van de "
       "school, in hetzelfde of een ander profiel.")
    Pp("3. Heeft de deelnemer het vmbo-diploma in leerjaar 4 niet behaald, dan kan hij bij het ROC instromen "
       "in een opleiding op niveau 3 of 4 zonder dat de vooropleidingseisen van toepassing zijn, of het "
       "leerjaar overdoen.")
    Pp("4. In de mbo-fase kan de deelnemer overstappen naar een andere opleiding van het ROC op hetzelfde "
       "niveau, of met begeleiding van het ROC naar een opleiding bij een andere instelling.")
    ART("Artikel 11 Bekostiging")
    Pp("1. Gedurende de vo-fase ontvangt de school de bekostiging voor de deelnemers, gedurende de mbo-fase "
       "het ROC.")
    Pp("2. De school draagt met toepassing van artikel 5.42a WVO 2020 een deel van de voor deelnemers in de "
       "vo-fase ontvangen bekostiging over aan het ROC, ter dekking van de inzet van docenten van het ROC in "
       "de vo-fase en van het gebruik van de voorzieningen genoemd in artikel 9.")
    Pp("3. De hoogte van het over te dragen bedrag wordt per schooljaar door de colleges van bestuur "
       "vastgesteld, op voorstel van de programmaleiding.")
    Pp("4. Het ROC factureert het bedrag na vaststelling; betaling volgt binnen dertig dagen.")
    ART("Artikel 12 Medezeggenschap")
    Pp("Aanvullende afspraken over de inrichting van de medezeggenschap: [nog in te vullen na advies van de "
       "medezeggenschapsraad en de studentenraad]")
    docx_page_break(d)

    CH("Hoofdstuk 4 Slotbepalingen")
    ART("Artikel 13 Geschillen")
    Pp("1. Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst voorgelegd aan "
       "het bestuurlijk overleg, dat binnen vier weken na de schriftelijke melding van het geschil "
       "bijeenkomt.")
    Pp("2. Komt het bestuurlijk overleg niet binnen acht weken tot een oplossing, dan wordt het geschil "
       "voorgelegd aan een mediator die partijen in onderling overleg aanwijzen.")
    Pp("3. Leidt de mediation niet tot een oplossing, dan wordt het geschil beslecht door de bevoegde rechter "
       "van de rechtbank Limburg.")
    ART("Artikel 14 Toetreding")
    Pp("Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden "
       "met schriftelijke instemming van beide colleges van bestuur, door ondertekening van een "
       "toetredingsverklaring. De toetreding gaat in bij het begin van een schooljaar en laat het programma "
       "van de deelnemers die al in de route zitten ongemoeid.")
    ART("Artikel 15 Wijziging, duur en beëindiging")
    Pp("1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.")
    Pp("2. Wijzigingen worden schriftelijk overeengekomen door beide colleges van bestuur en gaan, voor "
       "zover zij het programma raken, in bij het begin van een nieuw schooljaar.")
    Pp("3. Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn "
       "van twaalf maanden.")
    Pp("4. Na opzegging worden geen nieuwe deelnemers toegelaten. Deelnemers die op dat moment de route "
       "volgen, kunnen haar afronden; zo nodig is artikel 10 van toepassing.")
    ART("Ondertekening")
    Pp("Heerlen, 27 juni 2025")
    docx_sig_table(d, [
        ("Stichting Katholiek Voortgezet Onderwijs Parkstad",
         "Stichting Regionaal Opleidingencentrum Parkstad Limburg"),
        ("\n\ndrs. C.M.G. Houben\nvoorzitter college van bestuur",
         "\n\nP.J. Vaessen MBA\nvoorzitter college van bestuur"),
    ])
    docx_save(d, path)


# --------------------------------------------------------------------------------------------
# h384 -- three-party PDF with paragraph-sign sections and tables, installatietechniek,
#         Alblasserwaard
# --------------------------------------------------------------------------------------------

@agreement(384, "drie_partijen_paragrafen_installatie_alblasserwaard", "pdf",
           "Driepartijenovereenkomst (PDF, twee vmbo-scholen en een ROC) met §-indeling en tabellen voor "
           "routebestuur en financiën; Alblasserwaard, produceren, installeren en energie kb naar mbo-3 "
           "installatietechniek; volledig, met routeplatform medezeggenschap en bindend advies",
           S(P, P, P, P, P, P, P, P, P, P),
           {"a": "§ 2 De route",
            "b": "§ 3 Betrokkenheid van de installatiebranche",
            "c": "§ 4 Routebestuur",
            "d": "§ 5 Rapportage en verantwoording",
            "e": "§ 7 Inzet van docenten en instructeurs",
            "f": "§ 9 Overstap",
            "g": "§ 10 Financiën",
            "h": "§ 11 Medezeggenschap",
            "i": "§ 13 Beslechting van geschillen",
            "j": "§ 14 Toetreding en uittreding"})
def build_h384(path):
    B = [
        ("title", "Samenwerkingsovereenkomst"),
        ("sub", "Doorlopende leerroute Installatietechniek Alblasserwaard"),
        ("sub", "vmbo Produceren, installeren en energie (kader) – mbo niveau 3"),
        ("sp", 8),
        ("h", "§ 1 Partijen en doel"),
        ("p", "1.1 Deze overeenkomst wordt gesloten tussen:"),
        ("li", "a. Stichting Voortgezet Onderwijs Alblasserwaard-Oost, gevestigd te Gorinchem, bevoegd gezag "
               "van Het Waardcollege, vertegenwoordigd door de voorzitter van het college van bestuur, de heer "
               "drs. K. van der Linden (hierna: Het Waardcollege);"),
        ("li", "b. Stichting Christelijk Onderwijs Molenlanden, gevestigd te Bleskensgraaf, bevoegd gezag "
               "van De Graafstroom Vakschool, vertegenwoordigd door de bestuurder, mevrouw J. Brouwer-Verhoef "
               "(hierna: De Graafstroom);"),
        ("li", "c. Stichting ROC Drechtwaard, gevestigd te Sliedrecht, bevoegd gezag van ROC Drechtwaard, "
               "vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw ir. S.A. Tanis "
               "(hierna: het ROC)."),
        ("p", "Het Waardcollege en De Graafstroom worden samen ook „de scholen” genoemd."),
        ("p", "1.2 Partijen verzorgen samen een doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a "
              "WVO 2020 en artikel 9.1.2 WEB. Zij melden de route gezamenlijk aan via RIO; iedere school "
              "registreert haar eigen deelname."),

        ("h", "§ 2 De route"),
        ("p", "2.1 De route sluit aan op het vmbo-profiel Produceren, installeren en energie in de "
              "kaderberoepsgerichte leerweg en leidt op tot een van de volgende vakopleidingen (niveau 3) van "
              "het ROC in het opleidingsdomein Techniek en procesindustrie:"),
        ("li", "– Eerste monteur elektrotechnische installaties in de gebouwde omgeving;"),
        ("li", "– Eerste monteur werktuigkundige installaties."),
        ("p", "2.2 De deelnemer kiest zijn uitstroomrichting in leerjaar 4. De route duurt vijf jaar, waarvan "
              "twee in de vo-fase en drie in de mbo-fase, en kan in de beroepsbegeleidende leerweg worden "
              "afgerond."),
        ("p", "2.3 De vo-fase wordt gegeven op de eigen school van de deelnemer, met één praktijkdag per week "
              "in de installatiewerkplaats van het ROC te Gorinchem; de mbo-fase op de locatie Gorinchem van het "
              "ROC."),

        ("h", "§ 3 Betrokkenheid van de installatiebranche"),
        ("p", "3.1 Installatiebedrijf Verhoef te Gorinchem, Van Wijngaarden Elektrotechniek te Sliedrecht, "
              "Klimaattechniek Molenlanden BV en het Opleidingsbedrijf Installatietechniek Drechtsteden zijn "
              "partner van de route. Zij hebben hun inzet vastgelegd in een partnerverklaring die als bijlage "
              "B bij deze overeenkomst is gevoegd."),
        ("p", "3.2 De partners:"),
        ("li", "a. ontvangen in leerjaar 3 en 4 iedere deelnemer op een installatiedag per kwartaal, waarop "
               "hij met een monteur meeloopt;"),
        ("li", "b. stellen vanaf de mbo-fase als erkend leerbedrijf bpv- en BBL-plaatsen beschikbaar; het "
               "Opleidingsbedrijf zorgt voor plaatsing van deelnemers die geen eigen leerbedrijf vinden;"),
        ("li", "c. leveren praktijkopdrachten voor de projectweken en leveren assessoren voor de "
               "proeven van bekwaamheid;"),
        ("li", "d. nemen deel aan het brancheoverleg dat het routebestuur drie keer per jaar organiseert en "
               "waarin het programma, de keuzedelen en nieuwe technieken als warmtepompen en "
               "zonnestroominstallaties worden besproken."),

        ("h", "§ 4 Routebestuur"),
        ("p", "4.1 De route wordt geleid door het routebestuur. Samenstelling en wijze van aanwijzing zijn als "
              "volgt:"),
        ("table", [["Lid", "Aangewezen door", "Termijn"],
                   ["Sectorleider techniek Het Waardcollege", "college van bestuur Stichting VO "
                    "Alblasserwaard-Oost", "zolang de functie wordt vervuld"],
                   ["Afdelingsleider vmbo De Graafstroom", "bestuurder Stichting Christelijk Onderwijs "
                    "Molenlanden", "zolang de functie wordt vervuld"],
                   ["Teammanager installatietechniek ROC", "college van bestuur ROC Drechtwaard",
                    "zolang de functie wordt vervuld"],
                   ["Routemanager (voorzitter)", "de drie besturen gezamenlijk, na een open sollicitatie",
                    "vier jaar, eenmaal verlengbaar"]],
         [3.2, 3.6, 2.2]),
        ("p", "4.2 De besturen dragen aan het routebestuur op: het voorbereiden van het gezamenlijke PTA/OER "
              "per leerjaar; het vaststellen van rooster en lessentabel; het verdelen van de lesopdrachten; de "
              "toelating en plaatsing van deelnemers; het brancheoverleg; de uitvoering van § 9; de "
              "kwaliteitszorg."),
        ("p", "4.3 Het routebestuur beslist zelfstandig binnen de jaarbegroting van de route. Het PTA/OER wordt "
              "door de besturen vastgesteld. Uitgaven buiten de begroting, personele besluiten en wijzigingen "
              "in het aanbod van opleidingen zijn aan de besturen voorbehouden. Het routebestuur besluit bij "
              "meerderheid van stemmen, mits het lid van het ROC en ten minste één lid van een school "
              "instemmen."),

        ("h", "§ 5 Rapportage en verantwoording"),
        ("p", "5.1 Het routebestuur zendt de drie besturen na afloop van ieder kwartaal een korte "
              "managementrapportage met de kerngegevens over deelnemers, verzuim, uitval en financiën."),
        ("p", "5.2 Uiterlijk op 1 november legt het routebestuur in een jaarverslag verantwoording af over het "
              "afgelopen schooljaar. Het jaarverslag bevat in elk geval de in-, door- en uitstroom per school, "
              "de examenresultaten, de besteding van de middelen en de uitkomsten van het brancheoverleg."),
        ("p", "5.3 De drie besturen bespreken het jaarverslag met het routebestuur in het bestuurlijk overleg "
              "in december en stellen dan de jaarbegroting voor het volgende schooljaar vast."),

        ("h", "§ 6 Onderwijs, examinering en locaties"),
        ("p", "6.1 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar worden "
              "beschreven in het gezamenlijke PTA/OER, waarin de vmbo- en mbo-onderdelen herkenbaar zijn "
              "aangeduid. Het vmbo-examen wordt afgelegd in leerjaar 4 op de eigen school."),
        ("p", "6.2 Iedere school blijft verantwoordelijk voor het vmbo-deel en de vmbo-examinering van haar "
              "leerlingen; het ROC voor het mbo-deel en de mbo-examinering."),

        ("h", "§ 7 Inzet van docenten en instructeurs"),
        ("p", "7.1 Het ROC zet op de praktijkdag twee instructeurs installatietechniek per groep in. In leerjaar "
              "4 verzorgt een docent elektrotechniek van het ROC bovendien twee lesuren per week op iedere "
              "school."),
        ("p", "7.2 De docenten van de drie partijen vormen één routeteam. Voor het vakoverstijgende onderdeel "
              "„Duurzame installaties” wordt gewerkt met een team als bedoeld in artikel 7.13a WVO 2020 en "
              "artikel 9.1.12 WEB, waarin voor ieder programmaonderdeel een bevoegde docent verantwoordelijk "
              "is."),
        ("p", "7.3 Het personeel blijft in dienst van de eigen werkgever en wordt voor zijn werk in de route "
              "door het routebestuur ingeroosterd."),

        ("h", "§ 8 Voorzieningen"),
        ("p", "Het ROC stelt zijn installatiewerkplaats, het praktijklokaal warmtepompen en de bijbehorende "
              "gereedschappen en meetapparatuur beschikbaar voor de praktijkdagen. De scholen stellen hun "
              "techniekwerkplaatsen beschikbaar voor de lessen van de docent elektrotechniek van het ROC. "
              "Persoonlijke beschermingsmiddelen worden verstrekt door de partij op wier locatie de les "
              "plaatsvindt."),

        ("h", "§ 9 Overstap"),
        ("p", "9.1 Een deelnemer die de route niet kan of wil afmaken, krijgt een alternatief aangeboden dat "
              "leidt tot een vmbo- of mbo-diploma. De eigen school van de deelnemer en het ROC bepalen samen "
              "welk alternatief passend is, gelet op het bereikte onderwijsniveau en de leeftijd, nadat zij de "
              "deelnemer en zijn ouders hebben gehoord."),
        ("p", "9.2 In de vo-fase gaat de deelnemer verder in de reguliere kaderberoepsgerichte leerweg van de "
              "eigen school, in hetzelfde of een ander profiel. Wie het vmbo-diploma in leerjaar 4 niet "
              "behaalt, kan het jaar overdoen of bij het ROC zonder toepassing van de vooropleidingseisen "
              "instromen in een opleiding op niveau 2 of 3."),
        ("p", "9.3 In de mbo-fase kan de deelnemer overstappen naar een andere opleiding van het ROC op "
              "niveau 3, bijvoorbeeld in de bouw of de metaal, of naar een opleiding op niveau 2 als dat beter "
              "past. Voor een opleiding bij een andere instelling helpt het ROC bij de aanmelding en het "
              "geschiktheidsonderzoek."),

        ("h", "§ 10 Financiën"),
        ("p", "10.1 Met toepassing van artikel 5.42a WVO 2020 dragen de scholen een deel van hun bekostiging "
              "over aan het ROC, als volgt:"),
        ("table", [["Van", "Bedrag", "Bestemming"],
                   ["Het Waardcollege", "€ 800 per deelnemer in leerjaar 3 en 4, per schooljaar",
                    "instructeurs praktijkdag (7.1) en gebruik installatiewerkplaats (§ 8)"],
                   ["De Graafstroom", "€ 800 per deelnemer in leerjaar 3 en 4, per schooljaar",
                    "instructeurs praktijkdag (7.1) en gebruik installatiewerkplaats (§ 8)"]],
         [2.4, 3.6, 4.2]),
        ("p", "10.2 Het aantal deelnemers op 1 oktober is bepalend. Het ROC draagt geen bekostiging over aan de "
              "scholen. De kosten van de docent elektrotechniek in leerjaar 4 draagt het ROC."),

        ("h", "§ 11 Medezeggenschap"),
        ("p", "11.1 Partijen richten een routeplatform medezeggenschap op, waarin de medezeggenschapsraden van "
              "beide scholen en de studentenraad van het ROC ieder twee leden afvaardigen. Het platform "
              "bespreekt ten minste tweemaal per jaar met het routebestuur de gang van zaken in de route en "
              "kan de besturen gevraagd en ongevraagd adviseren."),
        ("p", "11.2 Een voorgenomen besluit tot wijziging van het PTA/OER op hoofdlijnen, tot toetreding of "
              "uittreding van een partij of tot beëindiging van de route wordt aan het platform voor advies "
              "voorgelegd, onverminderd de bevoegdheden van de afzonderlijke raden op grond van de WMS, de WEB "
              "en de WOR."),

        ("h", "§ 12 Klachten en veiligheid"),
        ("p", "De klachtenregelingen van partijen zijn mede van toepassing op gedragingen van medewerkers van "
              "een andere partij binnen de route. Ieder draagt zorg voor de veiligheid op de eigen locatie "
              "en voor een toereikende verzekering."),

        ("h", "§ 13 Beslechting van geschillen"),
        ("p", "13.1 Partijen leggen een verschil van mening over de uitvoering van deze overeenkomst eerst "
              "voor aan het routebestuur en, als dat binnen drie weken geen oplossing biedt, aan het bestuurlijk "
              "overleg."),
        ("p", "13.2 Bereikt het bestuurlijk overleg binnen zes weken geen overeenstemming, dan wordt het geschil "
              "voorgelegd aan een adviescommissie van drie leden. Iedere bij het geschil betrokken zijde wijst "
              "een lid aan; de aangewezen leden kiezen samen een onafhankelijke voorzitter. De commissie brengt "
              "binnen acht weken een advies uit, dat partijen als bindend advies aanvaarden."),

        ("h", "§ 14 Toetreding en uittreding"),
        ("p", "14.1 Een andere school voor vmbo of instelling voor beroepsonderwijs kan toetreden als alle "
              "partijen daar schriftelijk mee instemmen, de toetreder een toetredingsverklaring tekent en de "
              "gevolgen voor § 4 en § 10 in een addendum zijn geregeld. Toetreding gaat in per 1 augustus."),
        ("p", "14.2 Iedere partij kan haar deelname opzeggen per 1 augustus, met een opzegtermijn van ten minste "
              "een vol schooljaar. De overeenkomst loopt dan tussen de overige partijen door, tenzij het ROC "
              "opzegt; in dat geval eindigt de overeenkomst."),
        ("p", "14.3 Bij uittreding of beëindiging stromen bij de betrokken partij geen nieuwe deelnemers meer in. "
              "Deelnemers die de route dan al volgen, ronden haar af onder de voorwaarden van deze overeenkomst; "
              "het routebestuur stelt daarvoor een afbouwplan op."),

        ("h", "§ 15 Wijziging en looptijd"),
        ("p", "15.1 Wijzigingen van deze overeenkomst worden schriftelijk vastgelegd en door alle besturen "
              "ondertekend. Wijzigingen die het programma raken, gaan in bij het begin van een schooljaar."),
        ("p", "15.2 De overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "Aldus in drievoud opgemaakt en ondertekend te Gorinchem op 25 juni 2025."),
        ("sig", [("Stichting Voortgezet Onderwijs Alblasserwaard-Oost\n\n\ndrs. K. van der Linden\n"
                  "voorzitter college van bestuur",
                  "Stichting Christelijk Onderwijs Molenlanden\n\n\nJ. Brouwer-Verhoef\nbestuurder"),
                 ("Stichting ROC Drechtwaard\n\n\nir. S.A. Tanis\nvoorzitter college van bestuur", "")]),
    ]
    build_pdf(path, B, title="Samenwerkingsovereenkomst doorlopende leerroute Installatietechniek Alblasserwaard",
              author="Het Waardcollege / De Graafstroom Vakschool / ROC Drechtwaard",
              footer="SOK DLR Installatietechniek Alblasserwaard – versie 25 juni 2025")


# === AGREEMENTS END ===


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

def expected_json(a):
    return {"description": a["description"], "split": "heldout", "statuses": a["statuses"],
            "evidence": a["evidence"]}


def out_paths(a):
    base = os.path.join(HERE, "h%d_%s" % (a["num"], a["name"]))
    return base + "." + a["ext"], base + ".expected.json"


def build(nums):
    for n in nums:
        a = AGREEMENTS[n]
        doc_path, js_path = out_paths(a)
        a["build"](doc_path)
        with open(js_path, "w", encoding="utf-8", newline="\n") as fh:
            json.dump(expected_json(a), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.basename(doc_path), os.path.getsize(doc_path), "bytes")


def check():
    ok = True
    for n in sorted(AGREEMENTS):
        a = AGREEMENTS[n]
        doc_path, js_path = out_paths(a)
        name = os.path.basename(doc_path)
        errs = []
        if not os.path.exists(doc_path):
            print("MISSING", name)
            ok = False
            continue
        size = os.path.getsize(doc_path)
        if size >= 200 * 1024:
            errs.append("file too large: %d" % size)
        try:
            if a["ext"] == "pdf":
                text = extract_pdf(doc_path)
            elif a["ext"] == "docx":
                import docx
                docx.Document(doc_path)          # must open with python-docx too
                text = extract_docx(doc_path)
            else:
                with open(doc_path, encoding="utf-8") as fh:
                    text = fh.read()
        except Exception as exc:                # noqa: BLE001
            errs.append("cannot open: %r" % exc)
            text = ""
        nt = norm(text)
        for k, v in a["evidence"].items():
            if norm(v) not in nt:
                errs.append("evidence %s not found: %r" % (k, v))
            if a["statuses"][k] != "present":
                errs.append("evidence given for non-present item %s" % k)
        if set(a["statuses"]) != set("abcdefghij"):
            errs.append("statuses incomplete")
        for k, v in a["statuses"].items():
            if v not in (P, W_, M, NA):
                errs.append("bad status %s=%s" % (k, v))
        try:
            with open(js_path, encoding="utf-8") as fh:
                js = json.load(fh)
            if js != expected_json(a):
                errs.append("expected.json differs from table")
        except Exception as exc:                # noqa: BLE001
            errs.append("expected.json unreadable: %r" % exc)
        words = len(nt.split())
        if errs:
            ok = False
            print("FAIL", name)
            for e in errs:
                print("   -", e)
        else:
            print("ok  ", name, "(%d bytes, %d words)" % (size, words))
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(x) for x in argv] if argv else sorted(AGREEMENTS)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
