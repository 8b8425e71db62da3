#!/usr/bin/env python3
"""Build held-out sample agreements h169-h176 for leerroute-check.

Written by an independent helper session acting as author of labelled test data. The agreements and
their labels were drafted only from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie in /work/shared/seeds), /work/shared/domain.md and
/work/main/sample_agreements/LABELS.md. The author did not look at the checker code, its models, tests or
benchmarks, nor at the texts or build scripts of any other sample. All schools, instellingen, companies
and people are made up.

Usage:
    python3 build_heldout12a.py            build all samples
    python3 build_heldout12a.py 169 171    build only these numbers
    python3 build_heldout12a.py --check    open every produced file and verify it
"""

import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}  # number -> dict(name, ext, blocks, expected, opts)


def sample(num, name, ext, expected, blocks, **opts):
    SAMPLES[num] = dict(name=name, ext=ext, expected=expected, blocks=blocks, opts=opts)


def exp(description, statuses, evidence):
    return {"description": description, "split": "heldout", "statuses": statuses,
            "evidence": evidence}


# ---------------------------------------------------------------------------------------------
# Inline markup: **bold** and _italic_ (italic only between spaces/punctuation).


def inline_pdf(text):
    t = escape(text)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return t


def plain(text):
    return re.sub(r"\*\*(.+?)\*\*", r"\1", text)


# ---------------------------------------------------------------------------------------------
# PDF


def build_pdf(path, blocks, opts):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                    Table, TableStyle, FrameBreak, NextPageTemplate, KeepTogether)

    base = opts.get("font_size", 10)
    font = opts.get("font", "Helvetica")
    bold = font + "-Bold" if font == "Helvetica" else "Times-Bold"
    lead = base * 1.32
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=base + 5, leading=base + 8,
                                alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=base + 1, leading=base + 4,
                                   alignment=TA_CENTER, spaceAfter=4),
        "h": ParagraphStyle("h", fontName=bold, fontSize=base + 1, leading=base + 4, spaceBefore=9,
                            spaceAfter=3, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=base, leading=lead, spaceBefore=5,
                             spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=base, leading=lead, spaceAfter=4,
                            alignment=TA_JUSTIFY if opts.get("justify") else 0),
        "li": ParagraphStyle("li", fontName=font, fontSize=base, leading=lead, spaceAfter=2,
                             leftIndent=18, firstLineIndent=-14,
                             alignment=TA_JUSTIFY if opts.get("justify") else 0),
        "li2": ParagraphStyle("li2", fontName=font, fontSize=base, leading=lead, spaceAfter=2,
                              leftIndent=34, firstLineIndent=-14),
        "small": ParagraphStyle("small", fontName=font, fontSize=base - 2, leading=(base - 2) * 1.3,
                                spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=base - 1, leading=(base - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=base - 1, leading=(base - 1) * 1.25),
    }

    header = opts.get("header")
    footer = opts.get("footer")

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        if header:
            canvas.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        if footer:
            canvas.drawString(2 * cm, 1.1 * cm, footer)
        canvas.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=opts.get("top", 2.0) * cm, bottomMargin=1.8 * cm,
                          invariant=1, title=opts.get("title", ""), author=opts.get("author", ""),
                          subject="", creator=opts.get("creator", "Microsoft Word"),
                          producer="", keywords="")
    W, H = A4
    lm, bm = 2 * cm, 1.8 * cm
    fw = W - 4 * cm
    fh = H - opts.get("top", 2.0) * cm - bm
    if opts.get("columns") == 2:
        gap = 0.8 * cm
        cw = (fw - gap) / 2
        top_h = opts.get("top_h", 5.5) * cm
        first = [Frame(lm, bm + fh - top_h, fw, top_h, id="top"),
                 Frame(lm, bm, cw, fh - top_h, id="c1"),
                 Frame(lm + cw + gap, bm, cw, fh - top_h, id="c2")]
        later = [Frame(lm, bm, cw, fh, id="l1"), Frame(lm + cw + gap, bm, cw, fh, id="l2")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=deco),
                              PageTemplate("later", later, onPage=deco)])
    else:
        doc.addPageTemplates([PageTemplate("one", [Frame(lm, bm, fw, fh, id="f")], onPage=deco)])

    story = []
    if opts.get("columns") == 2:
        story.append(NextPageTemplate("later"))
    for b in blocks:
        kind = b[0]
        if kind in st and kind not in ("cell", "cellb"):
            story.append(Paragraph(inline_pdf(b[1]), st[kind]))
        elif kind == "space":
            story.append(Spacer(1, b[1]))
        elif kind == "framebreak":
            story.append(FrameBreak())
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = []
            for ri, row in enumerate(rows):
                data.append([Paragraph(inline_pdf(c), st["cellb" if ri == 0 else "cell"]) for c in row])
            tot = sum(widths)
            t = Table(data, colWidths=[w / tot * fw for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            left, right = b[1], b[2]
            data = [[Paragraph(inline_pdf(l), st["p"]), Paragraph(inline_pdf(r), st["p"])]
                    for l, r in zip(left, right)]
            t = Table(data, colWidths=[fw / 2, fw / 2])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([Spacer(1, 8), t]))
        else:
            raise ValueError(kind)
    doc.build(story)


# ---------------------------------------------------------------------------------------------
# DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _add_numbering(document, fmt0, fmt1, indent0=360, indent1=720):
    """Add a two-level decimal numbering definition; return its numId."""
    from docx.oxml import parse_xml
    numbering = document.part.numbering_part.element
    abs_ids = [int(e.get("{%s}abstractNumId" % W_NS)) for e in numbering.findall("{%s}abstractNum" % W_NS)]
    num_ids = [int(e.get("{%s}numId" % W_NS)) for e in numbering.findall("{%s}num" % W_NS)]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    xml = ('<w:abstractNum xmlns:w="%s" w:abstractNumId="%d">'
           '<w:multiLevelType w:val="multilevel"/>'
           '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
           '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
           '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
           '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
           '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
           '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
           '</w:abstractNum>') % (W_NS, aid, fmt0, indent0, indent0, fmt1, indent1, indent1 - indent0)
    absn = parse_xml(xml)
    first_num = numbering.find("{%s}num" % W_NS)
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (W_NS, nid, aid)))
    return nid


def _set_num(par, num_id, ilvl):
    from docx.oxml import parse_xml
    ppr = par._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (W_NS, ilvl, num_id))
    pstyle = ppr.find("{%s}pStyle" % W_NS)
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def _runs(par, text, bold=False, size=None):
    from docx.shared import Pt
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2])
            r.bold = True
        else:
            r = par.add_run(part)
            if bold:
                r.bold = True
        if size:
            r.font.size = Pt(size)


def build_docx(path, blocks, opts):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = d.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(opts.get("font_size", 10.5))
    num_id = None
    if opts.get("autonumber"):
        num_id = _add_numbering(d, *opts["autonumber"])
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph(style="Title")
            _runs(p, b[1])
        elif kind == "subtitle":
            p = d.add_paragraph(style="Subtitle")
            _runs(p, b[1])
        elif kind == "h":
            p = d.add_heading(level=1)
            _runs(p, b[1])
        elif kind == "h2":
            p = d.add_heading(level=2)
            _runs(p, b[1])
        elif kind == "nh":  # auto-numbered heading, level 0
            p = d.add_heading(level=1)
            _runs(p, b[1])
            _set_num(p, num_id, 0)
        elif kind == "np":  # auto-numbered clause, level 1
            p = d.add_paragraph()
            _runs(p, b[1])
            _set_num(p, num_id, 1)
        elif kind == "p":
            p = d.add_paragraph()
            _runs(p, b[1])
        elif kind == "bullet":
            p = d.add_paragraph(style="List Bullet")
            _runs(p, b[1])
        elif kind == "small":
            p = d.add_paragraph()
            _runs(p, b[1], size=8)
        elif kind == "center":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(p, b[1])
        elif kind == "table":
            rows, widths = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            tot = sum(widths)
            for ci, w in enumerate(widths):
                t.columns[ci].width = Cm(16.4 * w / tot)
            for ri, row in enumerate(rows):
                for ci, cell_text in enumerate(row):
                    cell = t.cell(ri, ci)
                    cell.width = Cm(16.4 * widths[ci] / tot)
                    lines = cell_text.split("\n")
                    cell.paragraphs[0].text = ""
                    _runs(cell.paragraphs[0], lines[0], bold=(ri == 0), size=opts.get("cell_size", 9))
                    for extra in lines[1:]:
                        _runs(cell.add_paragraph(), extra, size=opts.get("cell_size", 9))
            d.add_paragraph()
        elif kind == "sig":
            left, right = b[1], b[2]
            t = d.add_table(rows=len(left), cols=2)
            for i, (l, r) in enumerate(zip(left, right)):
                _runs(t.cell(i, 0).paragraphs[0], l)
                _runs(t.cell(i, 1).paragraphs[0], r)
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = opts.get("author", "")
    cp.last_modified_by = opts.get("author", "")
    cp.title = opts.get("title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)


# ---------------------------------------------------------------------------------------------
# TXT / MD


def build_text(path, blocks, opts):
    """blocks is one string; with opts wrap=N, paragraphs are hard-wrapped at N characters."""
    import textwrap
    text = blocks.strip("\n") + "\n"
    width = opts.get("wrap")
    if width:
        out = []
        for line in text.split("\n"):
            m = re.match(r"^(\s*(?:[-*] |\d+\. |[a-z]\) )?)", line)
            ind = " " * len(m.group(1)) if m else ""
            if len(line) > width:
                out.extend(textwrap.wrap(line, width=width, subsequent_indent=ind,
                                         break_long_words=False, break_on_hyphens=False))
            else:
                out.append(line)
        text = "\n".join(out)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------------------------
# Extraction for --check


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        out = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            out.append(tp.get_text_range())
            tp.close()
        pdf.close()
        return "\n".join(out)
    if path.endswith(".docx"):
        from xml.etree import ElementTree as ET
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        out = []
        for p in root.iter("{%s}p" % W_NS):
            s = []
            for el in p.iter():
                if el.tag == "{%s}t" % W_NS and el.text:
                    s.append(el.text)
                elif el.tag == "{%s}tab" % W_NS:
                    s.append(" ")
            out.append("".join(s))
        return "\n".join(out)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


# === SAMPLES ===

# ---------------------------------------------------------------------------------------------
# h169 - bestuursjurist, artikelen met leden, lang, PDF. Meierijstad, PIE kb -> mbo-3 elektrotechniek.

H169 = [
    ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO"),
    ("subtitle", "Produceren, installeren en energie (kaderberoepsgerichte leerweg) – Eerste monteur "
                 "elektrotechnische installaties in de woning en utiliteit (mbo niveau 3)"),
    ("subtitle", "Kenmerk JZ/2025/0412 – versie 1.3 (definitief, ter ondertekening)"),
    ("space", 10),
    ("h2", "DE ONDERGETEKENDEN:"),
    ("li", "1. de stichting **Stichting Voortgezet Onderwijs De Meierij**, statutair gevestigd te Meierijstad, "
           "ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41087735, bevoegd "
           "gezag van het Zuid-Willemsvaart College, school voor voorbereidend beroepsonderwijs en mavo te "
           "Veghel, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, "
           "mevrouw drs. A.M.J. van der Heijden-Bosch, hierna te noemen: “de School”;"),
    ("li", "2. de stichting **Stichting Aa en Dommel Beroepsonderwijs**, statutair gevestigd te Meierijstad, "
           "ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41092260, bevoegd "
           "gezag van het regionaal opleidingencentrum ROC Aa en Dommel, te dezen rechtsgeldig "
           "vertegenwoordigd door de voorzitter van het college van bestuur, de heer mr. P.J.H. Verhoeven, "
           "hierna te noemen: “het ROC”;"),
    ("p", "hierna gezamenlijk te noemen: “Partijen” en ieder afzonderlijk: “Partij”,"),
    ("h2", "NEMEN IN AANMERKING DAT:"),
    ("li", "A. de School en het ROC sinds het schooljaar 2019-2020 samenwerken in een techniekprogramma voor "
           "leerlingen van de kaderberoepsgerichte leerweg, en deze samenwerking willen omzetten in een "
           "doorlopende leerroute als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 (WVO "
           "2020) en artikel 9.1.2 van de Wet educatie en beroepsonderwijs (WEB);"),
    ("li", "B. een doorlopende leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB wordt "
           "verzorgd op grond van een samenwerkingsovereenkomst, waarin in elk geval de in het tweede lid "
           "van die artikelen genoemde onderwerpen zijn geregeld;"),
    ("li", "C. de medezeggenschapsraad van de School op 12 mei 2025 en de studentenraad en de "
           "ondernemingsraad van het ROC op 19 mei 2025 over het voornemen tot deze samenwerking advies "
           "hebben uitgebracht;"),
    ("li", "D. Partijen hun afspraken over de inrichting en uitvoering van de doorlopende leerroute in deze "
           "overeenkomst wensen vast te leggen;"),
    ("h2", "KOMEN OVEREEN ALS VOLGT:"),

    ("h", "Artikel 1 Begripsbepalingen"),
    ("p", "1. In deze overeenkomst en de daarbij behorende bijlagen wordt verstaan onder:"),
    ("li2", "a. Route: de doorlopende leerroute vmbo-mbo bedoeld in artikel 2;"),
    ("li2", "b. vo-fase: de eerste twee leerjaren van de Route (leerjaar 3 en 4 van de School), waarin de "
            "deelnemer als leerling bij de School staat ingeschreven;"),
    ("li2", "c. mbo-fase: het derde en de volgende leerjaren van de Route, waarin de deelnemer als student "
            "bij het ROC staat ingeschreven;"),
    ("li2", "d. deelnemer: de leerling of student die de Route volgt;"),
    ("li2", "e. Routeregie: het orgaan dat is belast met de leiding over de Route, bedoeld in artikel 3;"),
    ("li2", "f. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
            "examenregeling die voor de gehele Route gelden;"),
    ("li2", "g. Besturen: het college van bestuur van de School en het college van bestuur van het ROC."),
    ("p", "2. Een verwijzing naar een artikel van de WVO 2020 of de WEB omvat ook de bepaling die daarvoor "
          "in de plaats is getreden."),

    ("h", "Artikel 2 Onderwerp van de overeenkomst"),
    ("p", "1. Partijen verzorgen gezamenlijk een doorlopende leerroute die aansluit op het profiel "
          "Produceren, installeren en energie in de kaderberoepsgerichte leerweg van de School en leidt tot "
          "het diploma van de vakopleiding Eerste monteur elektrotechnische installaties in de woning en "
          "utiliteit (niveau 3, beroepsopleidende leerweg), in het opleidingsdomein Installatie- en "
          "energietechniek van het ROC."),
    ("p", "2. De Route leidt tot het diploma vmbo kaderberoepsgerichte leerweg en tot het in het eerste lid "
          "genoemde mbo-diploma. De deelnemer legt de vmbo-examens uiterlijk in het derde leerjaar van de "
          "Route af."),
    ("p", "3. De Route begint in leerjaar 3 van de School. Leerlingen kiezen aan het eind van leerjaar 2 "
          "voor de Route, na een keuzegesprek met hun mentor en ouders. Per cohort nemen ten hoogste 24 "
          "deelnemers deel."),
    ("p", "4. De Route wordt met ingang van het schooljaar 2025-2026 aangeboden. Partijen melden de Route "
          "gezamenlijk aan de minister door registratie in het Registratie Instellingen en Opleidingen "
          "(RIO); de School verzorgt de registratie vóór 1 oktober 2025, het ROC bevestigt haar binnen twee "
          "weken daarna."),

    ("h", "Artikel 3 Routeregie"),
    ("p", "1. De leiding over de Route berust bij de Routeregie. De Routeregie bestaat uit:"),
    ("li2", "a. de afdelingsleider bovenbouw beroepsgericht van de School;"),
    ("li2", "b. de teamleider Installatietechniek van het ROC;"),
    ("li2", "c. een routecoördinator, die tevens als secretaris optreedt."),
    ("p", "2. De leden bedoeld in het eerste lid, onder a en b, worden door het college van bestuur van de "
          "eigen Partij uit zijn personeel aangewezen. De routecoördinator wordt door de Besturen "
          "gezamenlijk benoemd, op voordracht van de leden onder a en b, voor een periode van drie "
          "schooljaren; herbenoeming is eenmaal mogelijk. Een Bestuur kan het door hem aangewezen lid na "
          "overleg met het andere Bestuur vervangen."),
    ("p", "3. De Besturen dragen aan de Routeregie de volgende taken op:"),
    ("li2", "a. het opstellen van het jaarlijkse routeplan en van het ontwerp van het PTA/OER;"),
    ("li2", "b. de dagelijkse organisatie van het onderwijs, de roosters en de inzet van het docententeam;"),
    ("li2", "c. het onderhouden van de contacten met het werkveld, bedoeld in artikel 8;"),
    ("li2", "d. het voorbereiden van besluiten over de overstap, bedoeld in artikel 9;"),
    ("li2", "e. het bewaken van de kwaliteit van de Route en het uitvoeren van de jaarlijkse evaluatie."),
    ("p", "4. De Routeregie is bevoegd om:"),
    ("li2", "a. binnen het door de Besturen vastgestelde jaarbudget van de Route verplichtingen aan te gaan "
            "tot een bedrag van € 15.000 per afzonderlijke uitgave;"),
    ("li2", "b. het rooster en de verdeling van de lesuren over de locaties van de School en het ROC vast "
            "te stellen;"),
    ("li2", "c. namens beide Partijen afspraken te maken met leerbedrijven over de beroepspraktijkvorming."),
    ("p", "5. Besluiten over het PTA/OER, over de omvang van de instroom, over de benoeming van personeel en "
          "over uitgaven boven het in het vierde lid, onder a, genoemde bedrag blijven aan de Besturen "
          "voorbehouden."),
    ("p", "6. De Routeregie besluit bij consensus. Bereikt zij over een onderwerp geen overeenstemming, dan "
          "legt zij dat onderwerp voor aan het bestuurlijk overleg bedoeld in artikel 4, derde lid."),

    ("h", "Artikel 4 Inlichtingen en verantwoording"),
    ("p", "1. De Routeregie zendt na afloop van elk kwartaal aan beide Besturen een beknopte "
          "voortgangsnotitie over instroom, uitval, verzuim, tussentijdse resultaten en de uitputting van "
          "het jaarbudget."),
    ("p", "2. Jaarlijks vóór 1 november legt de Routeregie over het afgelopen schooljaar verantwoording af "
          "aan beide Besturen door middel van een routeverslag. Het routeverslag bevat in elk geval de in-, "
          "door- en uitstroomcijfers, de resultaten van de vmbo- en mbo-examens, de toepassing van de "
          "overstapoptie en de besteding van de middelen bedoeld in artikel 10."),
    ("p", "3. De Besturen voeren ten minste tweemaal per jaar, in november en in juni, bestuurlijk overleg "
          "over de Route. De Routeregie licht in dat overleg het routeverslag respectievelijk het routeplan "
          "voor het volgende schooljaar toe."),
    ("p", "4. De Routeregie verstrekt een Bestuur op diens verzoek binnen tien werkdagen alle overige "
          "inlichtingen die dat Bestuur voor de uitoefening van zijn verantwoordelijkheden nodig heeft."),

    ("h", "Artikel 5 Onderwijskundige en organisatorische inrichting"),
    ("p", "1. Partijen beschrijven voor de gehele Route het onderwijsprogramma, de examinering en de "
          "beroepspraktijkvorming per leerjaar in het PTA/OER, dat jaarlijks vóór 1 oktober door beide "
          "Besturen wordt vastgesteld. In het PTA/OER is aangegeven welke programmaonderdelen tot het "
          "vmbo, welke tot het mbo en welke tot beide behoren, en welke vakoverstijgend zijn."),
    ("p", "2. In de vo-fase wordt het onderwijs verzorgd op de locatie van de School aan de Noordkade te "
          "Veghel; de deelnemers volgen daarnaast één dag per week onderwijs in de Technohal van het ROC "
          "aan de Corridor te Veghel. In de mbo-fase wordt het onderwijs verzorgd in de Technohal en bij "
          "erkende leerbedrijven."),
    ("p", "3. De School is verantwoordelijk voor het vmbo-deel van de Route en voor de examinering en "
          "diplomering daarvan, ook als de deelnemer al bij het ROC staat ingeschreven. Het ROC is "
          "verantwoordelijk voor het mbo-deel, met inbegrip van de beroepspraktijkvorming, en voor de "
          "mbo-examinering en -diplomering."),
    ("p", "4. Deelnemers staan in de vo-fase ingeschreven bij de School en worden met ingang van het "
          "derde leerjaar van de Route ingeschreven bij het ROC. Een deelnemer die op dat moment het "
          "vmbo-diploma nog niet heeft behaald, blijft bij de School ingeschreven totdat zijn "
          "vo-activiteiten zijn afgerond."),
    ("p", "5. De School registreert en meldt het verzuim in de vo-fase, het ROC in de mbo-fase."),
    ("p", "6. De mentor van de School begeleidt de deelnemer in de vo-fase, de studieloopbaanbegeleider van "
          "het ROC in de mbo-fase. Bij de overgang naar de mbo-fase vindt een overdrachtsgesprek plaats "
          "tussen mentor, studieloopbaanbegeleider en deelnemer."),

    ("h", "Artikel 6 Inzet van personeel"),
    ("p", "1. Het onderwijs in de Route wordt verzorgd door één docententeam, bestaande uit leraren van de "
          "School en docenten van het ROC. De samenstelling van het team wordt jaarlijks in het routeplan "
          "vastgelegd."),
    ("p", "2. Partijen maken gebruik van de mogelijkheid van teambevoegdheid (artikel 7.13a WVO 2020 en "
          "artikel 9.1.12 WEB) voor de vakoverstijgende programmaonderdelen ‘Elektrotechniek en "
          "installeren’ en ‘Project duurzame woning’, zoals aangegeven in het PTA/OER. Bij elk "
          "programmaonderdeel is ten minste één daartoe bevoegde leraar of docent betrokken."),
    ("p", "3. Het ROC zet in de vo-fase ten minste 0,6 fte docent installatietechniek in op de locatie van "
          "de School en in de Technohal. De School zet in de mbo-fase ten minste 0,2 fte leraar Nederlands "
          "en rekenen in voor deelnemers die het vmbo-examen nog moeten afronden."),
    ("p", "4. Leraren en docenten blijven in dienst van hun eigen werkgever en vallen onder diens "
          "arbeidsvoorwaarden. Hun werkzaamheden voor de andere Partij worden in een jaarlijkse "
          "inzetafspraak vastgelegd."),
    ("p", "5. Partijen organiseren jaarlijks twee gezamenlijke studiedagen voor het docententeam."),

    ("h", "Artikel 7 Gebruik van faciliteiten"),
    ("p", "1. De School stelt haar installatielokaal, het praktijklokaal PIE en de mediatheek ter "
          "beschikking aan de Route."),
    ("p", "2. Het ROC stelt de praktijkhal elektrotechniek, het domoticalab en de gereedschapsuitgifte in "
          "de Technohal ter beschikking, in de vo-fase op ten minste één vaste dag per week."),
    ("p", "3. Deelnemers gebruiken de ICT-voorzieningen van de Partij waar zij staan ingeschreven; de "
          "andere Partij verstrekt hun een gastaccount voor de eigen leeromgeving."),
    ("p", "4. Iedere Partij draagt zorg voor de veiligheid en het onderhoud van de eigen faciliteiten en "
          "verzekert deelnemers en personeel van de andere Partij tijdens het gebruik daarvan."),

    ("h", "Artikel 8 Betrokkenheid van het werkveld"),
    ("p", "1. Partijen betrekken het bedrijfsleven bij de invulling van de Route via de Werkveldtafel "
          "Installatie Meierij. Daarin hebben in elk geval zitting: Installatiebedrijf Van Lieshout & Zn. "
          "te Schijndel, Elektro Dommelstroom B.V. te Veghel, Kuijpers-Van Rooij Installatiegroep te Sint-"
          "Oedenrode, een vertegenwoordiger van de regionale afdeling van de werkgeversorganisatie in de "
          "installatiebranche en een adviseur praktijkleren van SBB."),
    ("p", "2. De Werkveldtafel komt ten minste tweemaal per jaar bijeen en adviseert de Routeregie over de "
          "keuze van keuzedelen, de opzet van praktijkopdrachten en de aansluiting van het programma op de "
          "regionale arbeidsmarkt."),
    ("p", "3. De bij de Werkveldtafel aangesloten bedrijven stellen jaarlijks bpv-plaatsen beschikbaar voor "
          "de mbo-fase, verzorgen in de vo-fase per schooljaar ten minste vier gastlessen en twee "
          "bedrijfsbezoeken en leveren praktijkbeoordelaars voor de proeven van bekwaamheid."),
    ("p", "4. De routecoördinator onderhoudt het contact met de Werkveldtafel; de gemaakte afspraken worden "
          "jaarlijks in het routeplan opgenomen."),

    ("h", "Artikel 9 Overstapoptie"),
    ("p", "1. Wordt de deelname van een deelnemer aan de Route beëindigd voordat hij de Route met succes "
          "heeft afgerond, dan stellen Partijen hem in staat een vmbo-diploma of het diploma van een "
          "beroepsopleiding te behalen dat past bij het door hem bereikte onderwijsniveau en bij zijn "
          "leeftijd."),
    ("p", "2. Welke overstap passend is, wordt gezamenlijk bepaald door de School en het ROC, op voorstel "
          "van de Routeregie en na een trajectgesprek met de deelnemer en, als hij minderjarig is, zijn "
          "ouders. Het besluit wordt schriftelijk aan de deelnemer en zijn ouders meegedeeld."),
    ("p", "3. Daarbij gelden in elk geval de volgende kaders:"),
    ("li2", "a. bij vertrek in de vo-fase zet de deelnemer zijn opleiding voort in de reguliere "
            "kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie, van de School of, als "
            "dat beter past, in een ander profiel of in de basisberoepsgerichte leerweg, gericht op het "
            "behalen van een vmbo-diploma;"),
    ("li2", "b. heeft de deelnemer aan het einde van het derde leerjaar van de Route het vmbo-diploma niet "
            "behaald, dan kan hij het leerjaar overdoen om het diploma alsnog te behalen, of zonder "
            "vmbo-diploma doorstromen naar de opleiding Monteur elektrotechnische installaties (niveau 2) of "
            "een andere mbo-opleiding op niveau 2 of 3 van het ROC;"),
    ("li2", "c. blijkt in de mbo-fase dat de richting niet bij de deelnemer past, dan stapt hij over naar "
            "een andere opleiding op niveau 3 van het ROC, met behoud van behaalde resultaten voor zover de "
            "kwalificatie dat toelaat;"),
    ("li2", "d. bij verhuizing of een andere wens van de deelnemer begeleiden Partijen hem naar een "
            "passende opleiding bij een andere school of instelling in de regio en zorgen zij voor een "
            "warme overdracht."),
    ("p", "4. Bij een overstap naar een andere opleiding van het ROC worden geen vooropleidingseisen "
          "gesteld. Bij een overstap naar een andere instelling verstrekken Partijen, met toestemming van "
          "de deelnemer, de gegevens die nodig zijn voor een onderzoek naar zijn geschiktheid voor de "
          "gekozen opleiding."),
    ("p", "5. De uitwerking van deze kaders wordt opgenomen in de schoolgids van de School en in de "
          "studiegids van het ROC."),
    ("p", "6. Dit artikel is niet van toepassing op een deelnemer die definitief is verwijderd."),

    ("h", "Artikel 10 Overdracht van bekostiging"),
    ("p", "1. Met toepassing van artikel 5.42a WVO 2020 draagt de School voor iedere deelnemer die op 1 "
          "oktober in de vo-fase van de Route staat ingeschreven, een bedrag van € 1.150 per schooljaar "
          "over aan het ROC."),
    ("p", "2. Het overgedragen bedrag is uitsluitend bestemd voor de inzet van docenten van het ROC in de "
          "vo-fase, bedoeld in artikel 6, derde lid, en voor het gebruik van de praktijkhal en de "
          "verbruiksmaterialen daarin, bedoeld in artikel 7, tweede lid."),
    ("p", "3. Het ROC draagt geen deel van zijn bekostiging over aan de School."),
    ("p", "4. Het ROC brengt het bedrag in twee termijnen, in december en in april, in rekening. De besteding "
          "wordt verantwoord in het routeverslag bedoeld in artikel 4, tweede lid."),
    ("p", "5. Het bedrag per deelnemer wordt jaarlijks per 1 augustus geïndexeerd met het percentage "
          "waarmee de personele bekostiging in het voortgezet onderwijs is aangepast."),

    ("h", "Artikel 11 Medezeggenschap"),
    ("p", "1. Op de deelnemers, hun ouders en het personeel zijn, afhankelijk van inschrijving en "
          "dienstverband, de Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de "
          "ondernemingsraden van toepassing."),
    ("p", "2. In aanvulling daarop komen Partijen overeen dat:"),
    ("li2", "a. de deelnemers die in de vo-fase bij de School staan ingeschreven, recht hebben op één zetel "
            "in de studentenraad van het college Techniek van het ROC, met dezelfde rechten als de overige "
            "leden van die raad;"),
    ("li2", "b. de medezeggenschapsraad van de School en de studentenraad van het ROC het routeverslag "
            "ontvangen en jaarlijks in december gezamenlijk met de Routeregie over de Route overleggen;"),
    ("li2", "c. een voorstel tot wijziging van artikel 2, 9 of 16 voor advies wordt voorgelegd aan beide "
            "raden."),

    ("h", "Artikel 12 Klachten"),
    ("p", "1. De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van het bestuur en "
          "het personeel van de andere Partij die verband houden met de Route. De voorzitter van de "
          "klachtencommissie is niet werkzaam bij of voor de andere Partij."),
    ("p", "2. Een klacht over een docent van het ROC die bij de School wordt ingediend, wordt door de School "
          "behandeld; het ROC verleent daaraan alle medewerking en neemt zo nodig maatregelen."),

    ("h", "Artikel 13 Persoonsgegevens en aansprakelijkheid"),
    ("p", "1. Partijen wisselen persoonsgegevens van deelnemers uitsluitend uit voor zover dat nodig is voor "
          "de uitvoering van de Route, met inachtneming van de Algemene verordening gegevensbescherming. "
          "Zij leggen de uitwisseling vast in een gegevensdelingsovereenkomst."),
    ("p", "2. Iedere Partij is aansprakelijk voor schade die het gevolg is van een aan haar toerekenbare "
          "tekortkoming en draagt zorg voor een passende verzekering."),

    ("h", "Artikel 14 Geschillen"),
    ("p", "1. Onder een geschil wordt verstaan ieder verschil van mening tussen Partijen over de uitleg of "
          "de uitvoering van deze overeenkomst."),
    ("p", "2. Een geschil wordt eerst besproken in de Routeregie. Is het geschil niet binnen vier weken "
          "opgelost, dan wordt het voorgelegd aan een bijzonder bestuurlijk overleg van de voorzitters van "
          "de Besturen, dat binnen vier weken na de verwijzing plaatsvindt."),
    ("p", "3. Leidt het bestuurlijk overleg niet tot een oplossing, dan schakelen Partijen binnen zes weken "
          "een door hen gezamenlijk gekozen, bij de Mediatorsfederatie Nederland geregistreerde mediator "
          "in. De kosten van de mediation worden door Partijen gelijk gedragen."),
    ("p", "4. Is het geschil drie maanden na de aanvang van de mediation niet opgelost, dan kan iedere "
          "Partij het geschil voorleggen aan de bevoegde rechter van de Rechtbank Oost-Brabant."),
    ("p", "5. Zolang een geschil loopt, zetten Partijen de uitvoering van de Route voor de deelnemers "
          "onverminderd voort."),

    ("h", "Artikel 15 Toetreding van andere partijen"),
    ("p", "1. Een ander bevoegd gezag van een school voor voorbereidend beroepsonderwijs of van een "
          "instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien:"),
    ("li2", "a. die school het profiel Produceren, installeren en energie aanbiedt, respectievelijk die "
            "instelling een opleiding in het opleidingsdomein Installatie- en energietechniek verzorgt;"),
    ("li2", "b. de Besturen schriftelijk met de toetreding instemmen; en"),
    ("li2", "c. het toetredende bevoegd gezag een toetredingsverklaring ondertekent waarin het deze "
            "overeenkomst en het geldende PTA/OER aanvaardt."),
    ("p", "2. Toetreding gaat in per 1 augustus van enig jaar. De toetreding wordt door alle betrokken "
          "Partijen bij DUO gemeld."),
    ("p", "3. Een toetreding laat het programma van deelnemers die de Route op dat moment volgen "
          "ongewijzigd."),

    ("h", "Artikel 16 Duur, opzegging en ontbinding"),
    ("p", "1. Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde "
          "tijd."),
    ("p", "2. Iedere Partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar "
          "(31 juli), met inachtneming van een opzegtermijn van ten minste twaalf maanden."),
    ("p", "3. Schiet een Partij ernstig tekort in de nakoming van deze overeenkomst, dan kan de andere "
          "Partij de overeenkomst ontbinden nadat zij de tekortschietende Partij schriftelijk in gebreke "
          "heeft gesteld en deze niet binnen drie maanden alsnog is nagekomen. De ontbinding werkt pas met "
          "ingang van het eerstvolgende 1 augustus."),
    ("p", "4. Na een opzegging of ontbinding stromen geen nieuwe deelnemers meer in. Deelnemers die op dat "
          "moment de Route volgen, ronden de Route af onder de voorwaarden van deze overeenkomst; Partijen "
          "blijven daartoe gebonden tot de laatste deelnemer de Route heeft afgerond. Is afronding niet "
          "mogelijk, dan is artikel 9 van toepassing."),

    ("h", "Artikel 17 Wijziging en evaluatie"),
    ("p", "1. Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door beide Besturen "
          "ondertekende overeenkomst, na advies als bedoeld in artikel 11, tweede lid, onder c."),
    ("p", "2. Een wijziging die het onderwijsprogramma van deelnemers raakt, geldt alleen voor een nieuw "
          "instromend cohort, tenzij de wijziging de deelnemers die de Route al volgen uitsluitend "
          "voordeel brengt."),
    ("p", "3. Partijen evalueren deze overeenkomst eens in de drie jaar, voor het eerst in het voorjaar van "
          "2028."),

    ("h", "Artikel 18 Slotbepalingen"),
    ("p", "1. Op deze overeenkomst is Nederlands recht van toepassing."),
    ("p", "2. De volgende bijlagen maken deel uit van deze overeenkomst: Bijlage 1 PTA/OER Route PIE – "
          "elektrotechniek 2025-2026; Bijlage 2 Routeplan 2025-2026."),
    ("p", "3. Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige bepalingen van "
          "kracht; Partijen vervangen de nietige bepaling door een geldige bepaling die zoveel mogelijk "
          "aansluit bij het doel daarvan."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend te Veghel op 30 juni 2025."),
    ("sig", ["**Stichting Voortgezet Onderwijs De Meierij**", "", "", "_________________________",
             "drs. A.M.J. van der Heijden-Bosch", "voorzitter college van bestuur"],
            ["**Stichting Aa en Dommel Beroepsonderwijs**", "", "", "_________________________",
             "mr. P.J.H. Verhoeven", "voorzitter college van bestuur"]),
]

sample(169, "bestuursjurist_artikelen_leden_elektrotechniek_meierijstad", "pdf", exp(
    "PDF, bestuursjurist, 18 artikelen met leden en considerans, lang; Meierijstad, PIE kb -> mbo-3 Eerste "
    "monteur elektrotechnische installaties; volledig, overdracht met bedrag en bestemming, aanvullende "
    "medezeggenschap",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present", "f": "present",
     "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 2 Onderwerp van de overeenkomst", "b": "Artikel 8 Betrokkenheid van het werkveld",
     "c": "Artikel 3 Routeregie", "d": "Artikel 4 Inlichtingen en verantwoording",
     "e": "Artikel 5 Onderwijskundige en organisatorische inrichting", "f": "Artikel 9 Overstapoptie",
     "g": "Artikel 10 Overdracht van bekostiging", "h": "Artikel 11 Medezeggenschap",
     "i": "Artikel 14 Geschillen", "j": "Artikel 16 Duur, opzegging en ontbinding"}),
    H169, title="Samenwerkingsovereenkomst doorlopende leerroute PIE - elektrotechniek",
    author="Juridische Zaken SVO De Meierij", justify=True, font="Times-Roman", font_size=10.5,
    header="SVO De Meierij / ROC Aa en Dommel – samenwerkingsovereenkomst DLR PIE-elektrotechniek",
    footer="JZ/2025/0412 – versie 1.3")

# ---------------------------------------------------------------------------------------------
# h170 - afsprakenkaart van uitvoerders, Word-autonummering, DOCX. Land van Cuijk, D&P gl -> mbo-4 sport.

H170 = [
    ("title", "Afsprakenkaart doorlopende leerroute Sport & Bewegen"),
    ("subtitle", "Maasheggen College (gemengde leerweg, profiel Dienstverlening en producten) – ROC Maasland, "
                 "opleiding Coördinator sport, bewegen en gezondheid (niveau 4)"),
    ("p", "**Vastgesteld door beide besturen op 24 juni 2025 – geldt vanaf schooljaar 2025-2026**"),
    ("p", "Deze afsprakenkaart is de samenwerkingsovereenkomst voor de doorlopende leerroute Sport & Bewegen "
          "tussen **Stichting Openbaar Voortgezet Onderwijs Land van Cuijk**, bevoegd gezag van het Maasheggen "
          "College te Boxmeer (hierna: Maasheggen), en **Stichting ROC Maasland**, bevoegd gezag van ROC "
          "Maasland te Cuijk (hierna: ROC Maasland). De kaart is geschreven door de mensen die de route elke "
          "dag uitvoeren. Wat hier staat, spreken de besturen met hun handtekening af. Waar ‘we’ staat, "
          "bedoelen we beide partijen."),

    ("nh", "Welke route bieden we aan?"),
    ("np", "Leerlingen van de gemengde leerweg met het profiel Dienstverlening en producten kunnen aan het eind "
           "van leerjaar 2 kiezen voor de route. In leerjaar 3 en 4 volgen zij het D&P-programma van "
           "Maasheggen, met de keuzevakken die op sport en bewegen zijn gericht."),
    ("np", "De route leidt naar de mbo-opleiding Coördinator sport, bewegen en gezondheid (niveau 4, BOL) in "
           "het opleidingsdomein Sport en bewegen van ROC Maasland. Onderweg halen de leerlingen het "
           "vmbo-diploma gemengde leerweg; dat examen doen ze aan het eind van leerjaar 4."),
    ("np", "We starten jaarlijks met één groep van maximaal 20 leerlingen. Maasheggen en ROC Maasland melden "
           "de route samen bij DUO (RIO) aan."),

    ("nh", "Wie heeft de leiding?"),
    ("np", "De dagelijkse leiding van de route ligt bij het routeteam. Daarin zitten de teamleider bovenbouw "
           "van Maasheggen, de opleidingsmanager Sport & Bewegen van ROC Maasland en de routecoördinator, die "
           "de vergaderingen voorzit."),
    ("np", "Het routeteam maakt elk jaar het lesrooster, de jaarplanning en de verdeling van de lessen over de "
           "twee scholen. Het bewaakt de kwaliteit van de route, houdt contact met sportbedrijven en "
           "verenigingen en bereidt het gezamenlijke PTA/OER voor."),
    ("np", "Het routeteam beslist zelf over het rooster, de inzet van het gezamenlijke team binnen de "
           "afgesproken formatie, de keuze van stageplaatsen en uitgaven tot € 5.000 per schooljaar uit het "
           "routebudget. Over het PTA/OER, de formatie en de start van een nieuwe groep beslissen de besturen "
           "zelf."),
    ("np", "Het routeteam vergadert eens in de drie weken. Van elk overleg maakt de routecoördinator een "
           "besluitenlijst, die naar beide directies gaat."),

    ("nh", "Hoe houden we de besturen op de hoogte?"),
    ("np", "Twee keer per jaar, in februari en in september, stuurt het routeteam een voortgangsrapportage naar "
           "beide besturen, met cijfers over instroom, uitval, verzuim en resultaten."),
    ("np", "In oktober bespreken de bestuurders van Maasheggen en ROC Maasland samen met het routeteam het "
           "jaarverslag van de route. Het routeteam legt daarin verantwoording af over de gemaakte keuzes en "
           "over de besteding van het routebudget."),
    ("np", "Gebeurt er tussendoor iets belangrijks (een incident, een flinke uitval, een probleem met een "
           "stageplaats), dan meldt de routecoördinator dat binnen een week aan beide besturen."),

    ("nh", "Hoe ziet de route eruit?"),
    ("np", "Het programma, de toetsing en de examens per leerjaar staan in het gezamenlijke PTA/OER van de "
           "route. Beide besturen stellen dat elk jaar vóór 1 oktober vast. Daarin staat ook welke onderdelen "
           "bij het vmbo horen en welke bij het mbo."),
    ("np", "In leerjaar 3 en 4 krijgen de leerlingen les op Maasheggen in Boxmeer en één middag per week op de "
           "sportcampus van ROC Maasland in Cuijk. Vanaf het derde jaar van de route krijgen ze les op de "
           "sportcampus en lopen ze stage."),
    ("np", "De lessen lichamelijke opvoeding en de sportgerichte keuzevakken worden gegeven door docenten van "
           "Maasheggen. De mbo-onderdelen (trainen en coachen, sportactiviteiten organiseren) geven docenten "
           "van ROC Maasland, ook al in de vo-fase: zij staan daarvoor zes lesuren per week op Maasheggen. We "
           "werken als één team en gebruiken teambevoegdheid voor het vakoverstijgende onderdeel ‘Sportdag "
           "organiseren’; bij elk onderdeel is een bevoegde docent betrokken. Iedereen blijft in dienst van de "
           "eigen school."),
    ("np", "Maasheggen stelt sporthal De Heggen en de theorielokalen beschikbaar, ROC Maasland de "
           "fitnessruimte, het beweeglab en de buitensportvelden op de sportcampus. Het routeteam roostert "
           "deze ruimtes samen in; leerlingen van de route mogen ze gebruiken alsof het hun eigen school is."),
    ("np", "In de vo-fase staan de leerlingen ingeschreven bij Maasheggen, vanaf het derde routejaar bij ROC "
           "Maasland. Wie bij die overgang het vmbo-diploma nog niet heeft, blijft ook bij Maasheggen "
           "ingeschreven tot het vmbo-deel klaar is. Verzuim meldt de school waar de leerling op dat moment "
           "staat ingeschreven."),
    ("np", "Een klacht over een docent van de andere school wordt behandeld volgens de klachtenregeling van "
           "de school waar de klacht is ingediend; de andere school werkt daar volledig aan mee."),

    ("nh", "Wat doen sportbedrijven en verenigingen?"),
    ("np", "Onze vaste werkveldpartners zijn Sportbedrijf Land van Cuijk, Vitaal Fitness Boxmeer, "
           "Zwembad De Maasvallei en de voetbalverenigingen SV Sambeek en VV Cuijk-Noord, allemaal erkend "
           "leerbedrijf."),
    ("np", "Zij verzorgen per schooljaar minstens drie gastlessen, bieden in leerjaar 4 een snuffelstage van "
           "twee weken aan en vanaf het derde routejaar stageplaatsen. Sportbedrijf Land van Cuijk geeft elk "
           "jaar een echte opdracht: de leerlingen organiseren een sportdag voor de basisscholen in de "
           "gemeente, en de medewerkers van het sportbedrijf beoordelen die mee."),
    ("np", "Twee keer per jaar praten de partners in de werkveldraad met het routeteam over de inhoud van het "
           "programma en de keuzedelen. Hun advies verwerken we in het PTA/OER van het volgende jaar."),

    ("nh", "Als een leerling wil of moet overstappen"),
    ("np", "Stopt een leerling in leerjaar 3 of 4 met de route, dan maakt hij de gemengde leerweg in het "
           "profiel Dienstverlening en producten regulier af op Maasheggen en haalt hij zo zijn vmbo-diploma. "
           "Met dat diploma kan hij daarna kiezen voor elke mbo-opleiding waartoe het toegang geeft."),
    ("np", "Stopt een student in de mbo-fase, dan zoeken we samen een andere opleiding op niveau 4 bij ROC "
           "Maasland of, als dat beter past, een opleiding op niveau 3, binnen of buiten het domein Sport en "
           "bewegen. Binnen ROC Maasland gelden daarbij geen vooropleidingseisen, ook niet voor wie het "
           "vmbo-diploma nog niet heeft; wat al gehaald is, nemen we zoveel mogelijk mee."),
    ("np", "Gaat een leerling naar een andere school of instelling, bijvoorbeeld na een verhuizing, dan zorgen "
           "we voor een warme overdracht en leveren we met toestemming van de leerling de gegevens aan die "
           "de nieuwe instelling nodig heeft om te beoordelen of hij geschikt is voor de opleiding."),
    ("np", "Wie beslist? De mentor of studieloopbaanbegeleider bespreekt de mogelijkheden met de leerling en "
           "zijn ouders. De teamleider van Maasheggen en de opleidingsmanager van ROC Maasland nemen daarna "
           "samen het besluit over de overstap, op basis van wat de leerling al heeft bereikt en zijn "
           "leeftijd. De uitwerking staat in de schoolgids van Maasheggen en de studiegids van ROC Maasland."),

    ("nh", "Geld"),
    ("np", "Er gaat geen bekostiging van het ene bestuur naar het andere. Iedere partij betaalt zelf de eigen "
           "docenten, ruimtes en materialen, ook als die voor leerlingen van de andere school worden ingezet. "
           "Het routebudget van € 5.000 per schooljaar staat op de begroting van Maasheggen."),

    ("nh", "Als we het niet eens zijn"),
    ("np", "Verschillen van inzicht over de uitvoering van deze afsprakenkaart lossen we samen op, in goed "
           "overleg tussen de partijen."),

    ("nh", "Nieuwe partners, wijzigen en stoppen"),
    ("np", "Een andere vmbo-school of mbo-instelling kan meedoen als beide besturen daar schriftelijk mee "
           "instemmen, de nieuwe partner deze afsprakenkaart ondertekent en het gezamenlijke PTA/OER "
           "overneemt. Instappen kan per 1 augustus; we melden de nieuwe partner samen bij DUO."),
    ("np", "We passen de kaart aan met een addendum dat beide besturen ondertekenen. Een wijziging in het "
           "programma geldt voor de volgende nieuwe groep, tenzij leerlingen die al in de route zitten er "
           "niet op achteruitgaan."),
    ("np", "De kaart geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Elk bestuur kan de samenwerking "
           "schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van minstens een jaar. Vanaf de "
           "opzegging stromen er geen nieuwe leerlingen meer in; leerlingen en studenten die al in de route "
           "zitten, maken hun route bij ons af."),

    ("p", "Ondertekend te Cuijk, 24 juni 2025"),
    ("sig", ["Stichting Openbaar Voortgezet Onderwijs Land van Cuijk", "", "M.G. Peters-Arts",
             "bestuurder"],
            ["Stichting ROC Maasland", "", "drs. R.J. Hendriks", "voorzitter college van bestuur"]),
]

sample(170, "afsprakenkaart_autonummering_sport_land_van_cuijk", "docx", exp(
    "DOCX, afsprakenkaart van uitvoerders in wij-vorm met Word-autonummering; Land van Cuijk, D&P gl -> mbo-4 "
    "Coordinator sport, bewegen en gezondheid; routeteam uitgebreid maar zonder benoeming, geschillen alleen "
    "in goed overleg, geen medezeggenschap",
    {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present", "f": "present",
     "g": "present", "h": "not_applicable", "i": "weak", "j": "present"},
    {"a": "Welke route bieden we aan?", "b": "Wat doen sportbedrijven en verenigingen?",
     "d": "Hoe houden we de besturen op de hoogte?", "e": "Hoe ziet de route eruit?",
     "f": "Als een leerling wil of moet overstappen", "g": "Er gaat geen bekostiging van het ene bestuur",
     "j": "Nieuwe partners, wijzigen en stoppen"}),
    H170, autonumber=("%1.", "%1.%2", 432, 1008), title="Afsprakenkaart doorlopende leerroute Sport & Bewegen",
    author="Routeteam Sport & Bewegen", font="Calibri", font_size=10.5)

# ---------------------------------------------------------------------------------------------
# h171 - vraag-en-antwoorddocument, TXT. Langstraat (Waalwijk), M&T kb -> mbo-3 Logistiek teamleider.

H171 = """
SAMENWERKINGSOVEREENKOMST IN VRAAG EN ANTWOORD
Doorlopende leerroute Logistiek
De Wieken vmbo (Mobiliteit en transport, kaderberoepsgerichte leerweg) en ROC Langstraat-Maas (Logistiek teamleider, niveau 3)
Versie 2025-1, vastgesteld 2 juli 2025

========================================================================================================

Waarom in vraag en antwoord?
Ouders, docenten, bedrijven en de inspectie stellen ons steeds dezelfde vragen over deze route. Daarom hebben we onze afspraken opgeschreven als antwoorden op die vragen. De antwoorden zijn geen toelichting: samen vormen zij de samenwerkingsovereenkomst die beide besturen met hun handtekening aangaan. Waar "we" of "partijen" staat, worden beide besturen bedoeld.

--------------------------------------------------------------------------------------------------------
VRAAG 1. Wie sluiten deze overeenkomst?
--------------------------------------------------------------------------------------------------------
De overeenkomst wordt gesloten door:
- Stichting voor Christelijk Voortgezet Onderwijs Langstraat, gevestigd te Waalwijk, bevoegd gezag van De Wieken vmbo (school voor vbo en mavo), vertegenwoordigd door de heer ir. J.W. de Bruijn, bestuurder (hierna: De Wieken);
- Stichting ROC Langstraat-Maas, gevestigd te Waalwijk, bevoegd gezag van het regionaal opleidingencentrum ROC Langstraat-Maas, vertegenwoordigd door mevrouw dr. I. Karaman, voorzitter van het college van bestuur (hierna: het ROC).

--------------------------------------------------------------------------------------------------------
VRAAG 2. Om welke route gaat het?
--------------------------------------------------------------------------------------------------------
Het gaat om een doorlopende leerroute vmbo-mbo voor leerlingen van de kaderberoepsgerichte leerweg met het profiel Mobiliteit en transport. De route leidt naar het mbo-diploma Logistiek teamleider (niveau 3, BOL) in het opleidingsdomein Transport, scheepvaart en logistiek van het ROC. De leerling kiest aan het eind van leerjaar 2 voor de route; het vmbo-examen doet hij aan het eind van leerjaar 4 (het tweede routejaar). Het mbo-diploma wordt behaald aan het eind van het vierde routejaar. De route start op 1 augustus 2025 met één groep van ten hoogste 18 leerlingen. We melden de route samen aan bij DUO via RIO.

--------------------------------------------------------------------------------------------------------
VRAAG 3. Wie heeft de leiding over de route, en wie bepaalt wie daarin zit?
--------------------------------------------------------------------------------------------------------
De route wordt geleid door het kernteam Logistiek. Het kernteam bestaat uit de afdelingsleider kader van De Wieken, de onderwijsmanager Logistiek van het ROC en een routecoördinator.
De afdelingsleider wordt door het bestuur van De Wieken en de onderwijsmanager door het college van bestuur van het ROC in het kernteam aangewezen. De routecoördinator wordt na een open sollicitatieprocedure door beide besturen samen benoemd, voor vier jaar.
Het kernteam heeft tot taak: het jaarrooster en de jaarplanning opstellen, het gezamenlijke PTA/OER voorbereiden, de contacten met de bedrijven onderhouden, de kwaliteit van de route bewaken en adviseren over overstappen (vraag 7).
Het kernteam mag zelf beslissen over het rooster, over de inzet van de docenten en instructeurs binnen de formatie die de besturen hebben vastgesteld, over de bpv-plaatsen en over uitgaven uit het routebudget tot EUR 7.500 per jaar. Het vaststellen van het PTA/OER en van de formatie en het aannemen van personeel blijft bij de besturen.

--------------------------------------------------------------------------------------------------------
VRAAG 4. Hoe weten de besturen wat er in de route gebeurt?
--------------------------------------------------------------------------------------------------------
Het kernteam stuurt beide besturen elk jaar vóór 15 oktober een routerapportage over het voorgaande schooljaar: instroom, uitval en overstappen, verzuim, examenresultaten en de besteding van het routebudget. In maart volgt een korte tussenrapportage.
Twee keer per jaar, in november en in mei, is er bestuurlijk overleg tussen de bestuurder van De Wieken en de voorzitter van het college van bestuur van het ROC. Het kernteam legt daar verantwoording af over de rapportage en over de besluiten die het heeft genomen.

--------------------------------------------------------------------------------------------------------
VRAAG 5. Waar krijgen de leerlingen les, en van wie?
--------------------------------------------------------------------------------------------------------
Het programma, de toetsing en de examinering per leerjaar staan in het gezamenlijke PTA/OER, dat beide besturen elk jaar vóór 1 oktober vaststellen. Daarin staat ook welke onderdelen vmbo zijn, welke mbo en welke allebei.
In leerjaar 3 en 4 krijgen de leerlingen les op De Wieken aan de Grotestraat in Waalwijk en twee dagdelen per week in het Logistiek Leerhuis van het ROC op bedrijventerrein Haven Zuid. Vanaf het derde routejaar krijgen zij les in het Logistiek Leerhuis en lopen zij stage.
De algemene vakken in de vo-fase worden gegeven door docenten van De Wieken. Instructeurs en docenten logistiek van het ROC geven in de vo-fase acht lesuren per week, deels op De Wieken en deels in het Leerhuis. Docenten van beide scholen vormen één team; voor het vakoverstijgende onderdeel "Magazijnproject" maken we gebruik van teambevoegdheid, waarbij steeds ten minste één bevoegde docent betrokken is. Iedereen blijft in dienst van de eigen werkgever.
De Wieken stelt het praktijklokaal Mobiliteit en transport en de theorielokalen ter beschikking. Het ROC stelt het oefenmagazijn met heftruck- en reachtruckbaan, de simulator en de magazijnsoftware in het Leerhuis ter beschikking. Leerlingen in de vo-fase krijgen daarvoor een account van het ROC.
Tot en met het tweede routejaar staan de leerlingen ingeschreven bij De Wieken, vanaf het derde routejaar bij het ROC. Verzuim wordt geregistreerd door de school waar de leerling op dat moment staat ingeschreven. Klachten over een medewerker van de andere school worden behandeld volgens de klachtenregeling van de school waar de klacht binnenkomt; de andere school werkt daaraan mee.

--------------------------------------------------------------------------------------------------------
VRAAG 6. Hoe doen de logistieke bedrijven mee?
--------------------------------------------------------------------------------------------------------
Vaste partners zijn Langstraat Warehousing B.V., CoolCargo Kaatsheuvel, het distributiecentrum van schoenengroothandel Van den Hout en Transportbedrijf Gebr. Verhoeven. Zij zijn erkend leerbedrijf. Een adviseur van SBB sluit aan bij het bedrijvenpanel.
De bedrijven:
- ontvangen elke groep in leerjaar 3 en 4 minstens twee keer per jaar voor een bedrijfsbezoek;
- verzorgen gastlessen over voorraadbeheer, veiligheid en leidinggeven op de werkvloer;
- leveren elk jaar een echte praktijkopdracht voor het Magazijnproject en beoordelen de uitvoering mee;
- bieden vanaf het derde routejaar bpv-plaatsen aan en leveren praktijkbeoordelaars voor de examens.
Het bedrijvenpanel komt drie keer per jaar bij elkaar met het kernteam en geeft advies over de inhoud van het programma en de keuzedelen.

--------------------------------------------------------------------------------------------------------
VRAAG 7. Wat als een leerling de route niet afmaakt?
--------------------------------------------------------------------------------------------------------
Een leerling die uit de route stapt, krijgt altijd een andere weg naar een diploma aangeboden:
- Stopt hij in leerjaar 3 of 4, dan maakt hij de kaderberoepsgerichte leerweg Mobiliteit en transport op De Wieken regulier af en haalt hij zijn vmbo-diploma. Past kader niet, dan kan hij overstappen naar de basisberoepsgerichte leerweg.
- Heeft hij aan het eind van het derde routejaar zijn vmbo-diploma niet, dan kan hij het examen opnieuw doen en het jaar overdoen, of zonder vmbo-diploma verder in de mbo-opleiding Logistiek medewerker (niveau 2) of een andere opleiding op niveau 2 of 3 van het ROC.
- Past logistiek toch niet bij hem, dan zoeken we een opleiding op hetzelfde niveau in een andere richting, bij het ROC of bij een andere school in de regio.
Bij een overstap binnen het ROC gelden geen vooropleidingseisen. Gaat hij naar een andere instelling, dan helpen we met de gegevens die die instelling nodig heeft voor haar toelatingsonderzoek.
Wie beslist? Na een gesprek met de leerling en zijn ouders stellen De Wieken en het ROC samen vast welke overstap past. Zij kijken daarbij naar het niveau dat de leerling heeft bereikt en naar zijn leeftijd. Het kernteam bereidt dat besluit voor. De werkwijze staat in de schoolgids van De Wieken en de studiegids van het ROC.

--------------------------------------------------------------------------------------------------------
VRAAG 8. Gaat er geld van de ene school naar de andere?
--------------------------------------------------------------------------------------------------------
Ja. In de vo-fase geven instructeurs van het ROC les aan leerlingen van De Wieken en gebruiken die leerlingen het oefenmagazijn. Daarom draagt het bestuur van De Wieken jaarlijks een deel van de ontvangen rijksbijdrage over aan het ROC, zoals bedoeld in artikel 5.42a WVO 2020. Dat geld is bestemd voor de lesuren van de ROC-instructeurs in de vo-fase en voor het gebruik en onderhoud van het oefenmagazijn. Hoe hoog de overdracht wordt, spreken de controllers van beide besturen ieder voorjaar met elkaar af bij het opstellen van de begroting voor het volgende schooljaar.

--------------------------------------------------------------------------------------------------------
VRAAG 9. Hebben leerlingen, ouders en personeel inspraak?
--------------------------------------------------------------------------------------------------------
Ja. Voor leerlingen die bij De Wieken staan ingeschreven, hun ouders en het personeel van De Wieken is de medezeggenschapsraad van De Wieken het aanspreekpunt; voor studenten en personeel van het ROC de studentenraad en de ondernemingsraad van het ROC. Daarnaast spreken we af:
- leerlingen van de route in de vo-fase kiezen ieder jaar één vertegenwoordiger, die als lid met adviesrecht deelneemt aan de vergaderingen van de studentenraad van het ROC waarin de route aan de orde is;
- elk voorstel om het PTA/OER van de route te wijzigen, legt het kernteam voor advies voor aan zowel de medezeggenschapsraad van De Wieken als de studentenraad van het ROC.

--------------------------------------------------------------------------------------------------------
VRAAG 10. Wat gebeurt er als De Wieken en het ROC het onderling oneens zijn?
--------------------------------------------------------------------------------------------------------
Een meningsverschil over de uitvoering van deze overeenkomst bespreken we eerst in het kernteam. Lukt het daar niet binnen vier weken, dan leggen we het voor aan de twee bestuurders, die er binnen vier weken over overleggen. Komen zij er niet uit, dan vragen zij samen bindend advies aan een onafhankelijke deskundige; dat advies is voor beide partijen bindend. Worden zij het binnen twee weken niet eens over de keuze van de deskundige, of volgt er binnen drie maanden geen advies, dan kan ieder van beide besturen het geschil voorleggen aan de bevoegde rechter van de Rechtbank Zeeland-West-Brabant.

--------------------------------------------------------------------------------------------------------
VRAAG 11. Kan een andere school of instelling aansluiten?
--------------------------------------------------------------------------------------------------------
Ja. Een andere vmbo-school met het profiel Mobiliteit en transport of een andere mbo-instelling met een logistieke opleiding kan partij worden als beide besturen daar schriftelijk mee instemmen en de nieuwe partij een toetredingsverklaring tekent waarin zij deze overeenkomst en het PTA/OER aanvaardt. Toetreden kan per 1 augustus. De nieuwe partij meldt zich samen met ons bij DUO.

--------------------------------------------------------------------------------------------------------
VRAAG 12. Hoe lang geldt deze overeenkomst, en hoe kan die worden gewijzigd of beëindigd?
--------------------------------------------------------------------------------------------------------
De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
Wijzigen kan alleen schriftelijk, met een wijzigingsovereenkomst die door beide besturen wordt getekend.
Elk bestuur kan de overeenkomst schriftelijk opzeggen met een opzegtermijn van zes maanden. Komt een partij haar afspraken na herhaalde schriftelijke aanmaning ernstig niet na, dan kan de andere partij de overeenkomst met onmiddellijke ingang ontbinden.

--------------------------------------------------------------------------------------------------------
Ondertekening
--------------------------------------------------------------------------------------------------------
Waalwijk, 2 juli 2025

Voor Stichting voor Christelijk Voortgezet Onderwijs Langstraat:
ir. J.W. de Bruijn, bestuurder                      ____________________

Voor Stichting ROC Langstraat-Maas:
dr. I. Karaman, voorzitter college van bestuur      ____________________
"""

sample(171, "vraag_en_antwoord_logistiek_langstraat", "txt", exp(
    "TXT, overeenkomst geheel in vraag-en-antwoordvorm; Langstraat (Waalwijk), M&T kb -> mbo-3 Logistiek "
    "teamleider; overdracht met bestemming maar hoogte doorgeschoven naar controllers, toetreding/opzegging/"
    "wijziging geregeld maar zonder bescherming van leerlingen",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present", "f": "present",
     "g": "weak", "h": "present", "i": "present", "j": "weak"},
    {"a": "Om welke route gaat het?", "b": "Hoe doen de logistieke bedrijven mee?",
     "c": "Wie heeft de leiding over de route, en wie bepaalt wie daarin zit?",
     "d": "Hoe weten de besturen wat er in de route gebeurt?",
     "e": "Waar krijgen de leerlingen les, en van wie?", "f": "Wat als een leerling de route niet afmaakt?",
     "h": "Hebben leerlingen, ouders en personeel inspraak?",
     "i": "Wat gebeurt er als De Wieken en het ROC het onderling oneens zijn?"}),
    H171, wrap=104)

# ---------------------------------------------------------------------------------------------
# h172 - beleidsmatige overeenkomst in twee kolommen, nominale stijl, PDF. Oldambt, Z&W kb -> mbo-3 VIG.

H172 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn – Verzorgende-IG"),
    ("subtitle", "Blauwestad College (Stichting Openbaar Voortgezet Onderwijs Oldambt) en ROC Eems en Dollard"),
    ("subtitle", "Winschoten, 26 juni 2025 – kenmerk OVO/ROC-ED 2025-07"),
    ("framebreak",),

    ("h", "1. Partijen"),
    ("p", "**Stichting Openbaar Voortgezet Onderwijs Oldambt**, bevoegd gezag van het Blauwestad College, "
          "school voor vbo en mavo te Winschoten, vertegenwoordigd door haar bestuurder, mevrouw J. "
          "Pot-Wiersema (hierna: OVO Oldambt), en"),
    ("p", "**Stichting ROC Eems en Dollard**, bevoegd gezag van het regionaal opleidingencentrum ROC Eems en "
          "Dollard, vertegenwoordigd door de voorzitter van het college van bestuur, de heer H.J. Kuipers "
          "(hierna: het ROC),"),
    ("p", "hierna samen: partijen."),

    ("h", "2. Aanleiding"),
    ("p", "De vraag naar verzorgenden in Oost-Groningen neemt toe, terwijl jongeren de regio na het vmbo "
          "vaak verlaten of uitvallen bij de overstap naar het mbo. Partijen willen jongeren een "
          "ononderbroken leerweg bieden van het vmbo naar een diploma op niveau 3, met minder overlap en "
          "een vroege kennismaking met de zorgpraktijk. De wet vereist daarvoor een "
          "samenwerkingsovereenkomst; deze overeenkomst voorziet daarin."),

    ("h", "3. Onderwerp: de route Zorg en welzijn – Verzorgende-IG"),
    ("p", "3.1 Onderwerp van deze overeenkomst is de gezamenlijke verzorging door partijen van een "
          "doorlopende leerroute vmbo-mbo voor leerlingen van de kaderberoepsgerichte leerweg in het "
          "profiel Zorg en welzijn van het Blauwestad College."),
    ("p", "3.2 De route leidt tot het diploma vmbo kaderberoepsgerichte leerweg en tot het mbo-diploma "
          "Verzorgende-IG (niveau 3) in het opleidingsdomein Zorg en welzijn van het ROC. Het mbo-deel "
          "wordt in de beroepsopleidende leerweg aangeboden; vanaf het derde routejaar is overstap naar de "
          "beroepsbegeleidende leerweg mogelijk."),
    ("p", "3.3 Aanvang van de route: leerjaar 3 van het Blauwestad College, schooljaar 2025-2026. "
          "Melding aan de minister vindt door partijen gezamenlijk plaats via RIO."),

    ("h", "4. Leiding: het routeberaad"),
    ("p", "4.1 De leiding over de route berust bij het routeberaad, bestaande uit de teamleider Zorg en "
          "welzijn van het Blauwestad College, de opleidingsmanager Verzorgende-IG van het ROC en een "
          "praktijkdocent, die als secretaris fungeert."),
    ("p", "4.2 Benoeming van de teamleider en de opleidingsmanager in het routeberaad geschiedt door de "
          "bestuurder van OVO Oldambt respectievelijk het college van bestuur van het ROC. De secretaris "
          "wordt bij gezamenlijk besluit van beide bestuurders benoemd voor een termijn van twee "
          "schooljaren."),
    ("p", "4.3 Aan het routeberaad zijn door partijen opgedragen: de voorbereiding van het gezamenlijke "
          "PTA/OER; de organisatie van rooster, toetsing en stages; de zorg voor de loopbaanbegeleiding; "
          "het onderhoud van de contacten met het werkveld; de voorbereiding van overstapbesluiten."),
    ("p", "4.4 Het routeberaad is bevoegd tot vaststelling van het lesrooster en de verdeling van lesuren "
          "over beide locaties, tot aanvaarding van stageplaatsen en tot besteding van het routebudget tot "
          "een bedrag van € 10.000 per schooljaar. Vaststelling van het PTA/OER, besluiten over formatie "
          "en personeel en overige uitgaven zijn voorbehouden aan de bestuurders."),

    ("h", "5. Informatievoorziening en verantwoording"),
    ("p", "5.1 Het routeberaad verstrekt beide bestuurders halfjaarlijks, in januari en juli, een monitor "
          "met gegevens over in-, door- en uitstroom, verzuim en stage-uitval."),
    ("p", "5.2 Verantwoording over het afgelopen schooljaar wordt door het routeberaad afgelegd in een "
          "jaarverslag, dat uiterlijk 1 december aan beide bestuurders wordt aangeboden en mede de "
          "besteding van de middelen bedoeld in paragraaf 9 omvat."),
    ("p", "5.3 Bespreking van de monitor en het jaarverslag vindt plaats in het bestuurlijk overleg, dat "
          "driemaal per schooljaar wordt gehouden."),

    ("h", "6. Inrichting van het onderwijs"),
    ("p", "6.1 Beschrijving van het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
          "leerjaar vindt plaats in het gezamenlijke PTA/OER, vast te stellen door beide bestuurders vóór "
          "1 oktober van ieder schooljaar, met aanduiding van de vmbo-, mbo- en gecombineerde onderdelen."),
    ("p", "6.2 Het onderwijs in de eerste twee routejaren wordt gegeven op het Blauwestad College, met één "
          "lesdag per week in het skillslab van het ROC aan de Zuiderstraat; vanaf het derde routejaar op "
          "het ROC en bij de zorgaanbieders genoemd in paragraaf 7."),
    ("p", "6.3 Personeel: de uitvoering berust bij één docententeam van leraren van het Blauwestad College "
          "en docenten van het ROC. Het ROC zet in de eerste twee routejaren een praktijkdocent verpleging "
          "en verzorging in voor 0,25 fte; het Blauwestad College draagt zorg voor de algemene vakken en "
          "de profielvakken. Voor het vakoverstijgende project ‘Zorgen in de wijk’ wordt gebruikgemaakt "
          "van teambevoegdheid, met betrokkenheid van ten minste één bevoegde docent per onderdeel. "
          "Medewerkers blijven in dienst van de eigen werkgever."),
    ("p", "6.4 Faciliteiten: het ROC stelt het skillslab, de oefenwoning en de leermiddelen voor "
          "verpleegtechnische handelingen ter beschikking; het Blauwestad College het praktijklokaal "
          "Zorg en welzijn en de theorielokalen. Roostering van deze ruimten geschiedt door het "
          "routeberaad."),
    ("p", "6.5 Inschrijving in de eerste twee routejaren bij het Blauwestad College, daarna bij het ROC; "
          "verzuimregistratie door de instelling van inschrijving. Vmbo-examinering en -diplomering "
          "berusten bij het Blauwestad College, mbo-examinering en -diplomering bij het ROC."),
    ("p", "6.6 Klachten over medewerkers van de andere partij worden behandeld volgens de klachtenregeling "
          "van de partij waar de klacht is ingediend, met medewerking van de andere partij."),

    ("h", "7. Betrokkenheid van zorgaanbieders"),
    ("p", "7.1 Betrokkenheid van het werkveld wordt gerealiseerd via de zorgaanbieders Zorgcentrum De "
          "Blauwe Hoek, Thuiszorg Oldambt en Woonzorgcentrum Scheemderhoek, alle erkend leerbedrijf."),
    ("p", "7.2 Deze zorgaanbieders verzorgen: gastlessen door wijkverpleegkundigen en verzorgenden (ten "
          "minste vier per schooljaar); een meeloopstage van twee weken in het tweede routejaar; "
          "bpv-plaatsen vanaf het derde routejaar; praktijkopdrachten en medebeoordeling van de "
          "praktijkexamens."),
    ("p", "7.3 Advisering over programma en keuzedelen vindt tweemaal per jaar plaats in de werkgroep "
          "Leren in de zorg Oldambt, waarin de zorgaanbieders, het routeberaad en een adviseur van SBB "
          "zitting hebben."),

    ("h", "8. Overstapmogelijkheden"),
    ("p", "8.1 Beëindiging van de deelname aan de route vóór succesvolle afronding leidt tot een "
          "overstapaanbod waarmee de leerling alsnog een vmbo-diploma of een mbo-diploma kan behalen."),
    ("p", "8.2 Het aanbod omvat, afhankelijk van het moment van beëindiging: voortzetting in de reguliere "
          "kaderberoepsgerichte of basisberoepsgerichte leerweg van het Blauwestad College (eerste twee "
          "routejaren); herkansing of herhaling van het examenjaar dan wel instroom zonder vmbo-diploma in "
          "de opleiding Helpende zorg en welzijn (niveau 2) of een andere opleiding op niveau 2 of 3 van het "
          "ROC (bij het ontbreken van het vmbo-diploma na het derde routejaar); overstap naar een andere "
          "opleiding op niveau 3, zoals Pedagogisch medewerker kinderopvang, bij een andere beroepswens."),
    ("p", "8.3 Bepaling van het passende aanbod geschiedt door het Blauwestad College en het ROC "
          "gezamenlijk, na een gesprek met de leerling en diens ouders, op grond van het bereikte "
          "onderwijsniveau en de leeftijd van de leerling."),
    ("p", "8.4 Bij een overstap binnen het ROC worden geen vooropleidingseisen gesteld. Bij overstap naar "
          "een andere instelling verlenen partijen medewerking aan een geschiktheidsonderzoek door die "
          "instelling en verzorgen zij een warme overdracht."),

    ("h", "9. Financiële afspraken"),
    ("p", "9.1 Met toepassing van artikel 5.42a WVO 2020 draagt OVO Oldambt jaarlijks een vast bedrag van "
          "€ 18.500 over aan het ROC."),
    ("p", "9.2 Bestemming: bekostiging van de inzet van de praktijkdocent bedoeld in paragraaf 6.3 en van "
          "het gebruik van het skillslab en de oefenwoning in de eerste twee routejaren."),
    ("p", "9.3 Betaling in twee gelijke termijnen, op 1 november en 1 maart. Overigens draagt iedere partij "
          "de eigen kosten."),

    ("h", "10. Medezeggenschap"),
    ("p", "De medezeggenschap is geregeld in de wettelijke regelingen die op partijen van toepassing zijn: "
          "de Wet medezeggenschap op scholen voor het Blauwestad College, de WEB en de Wet op de "
          "ondernemingsraden voor het ROC. Partijen kunnen in de toekomst aanvullende afspraken maken "
          "over de medezeggenschap bij de route, indien de raden daarom verzoeken."),

    ("h", "11. Geschillen"),
    ("p", "11.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst voorgelegd "
          "aan het bestuurlijk overleg."),
    ("p", "11.2 Ontbreekt binnen zes weken overeenstemming, dan wordt het geschil beslecht door arbitrage "
          "overeenkomstig het Arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, "
          "met Groningen als plaats van arbitrage."),

    ("h", "12. Toetreding"),
    ("p", "Toetreding van een ander bevoegd gezag van een school voor vbo of een instelling voor "
          "beroepsonderwijs is mogelijk met schriftelijke instemming van beide partijen, door ondertekening "
          "van een toetredingsverklaring, met ingang van 1 augustus van enig jaar en onder gezamenlijke "
          "melding bij DUO. Voor leerlingen die de route al volgen, verandert door een toetreding niets."),

    ("h", "13. Duur, wijziging en beëindiging"),
    ("p", "13.1 Deze overeenkomst geldt met ingang van 1 augustus 2025 voor een periode van vijf jaar en "
          "wordt daarna telkens stilzwijgend met vijf jaar verlengd."),
    ("p", "13.2 Wijziging uitsluitend bij schriftelijke overeenkomst van beide partijen. Programmawijzigingen "
          "gelden voor een nieuw cohort."),
    ("p", "13.3 Opzegging is mogelijk per 1 augustus van enig jaar, met een opzegtermijn van twaalf "
          "maanden. Bij ernstige tekortkoming kan een partij de overeenkomst ontbinden na een vergeefse "
          "ingebrekestelling; de ontbinding gaat in per het einde van het lopende schooljaar."),
    ("p", "13.4 Na opzegging of ontbinding vindt geen nieuwe instroom meer plaats. Leerlingen die de route "
          "op dat moment volgen, ronden haar af bij partijen; partijen blijven tot dat moment aan deze "
          "overeenkomst gebonden."),

    ("h", "14. Ondertekening"),
    ("p", "Aldus overeengekomen en getekend te Winschoten op 26 juni 2025."),
    ("p", "Stichting Openbaar Voortgezet Onderwijs Oldambt – J. Pot-Wiersema, bestuurder"),
    ("p", "Stichting ROC Eems en Dollard – H.J. Kuipers, voorzitter college van bestuur"),
]

sample(172, "twee_kolommen_nominale_stijl_verzorgende_ig_oldambt", "pdf", exp(
    "PDF in twee kolommen, beleidsmatige nominale stijl met genummerde paragrafen; Oldambt, Z&W kb -> mbo-3 "
    "Verzorgende-IG; volledig, vast overdrachtsbedrag met bestemming, medezeggenschap alleen wettelijk "
    "beschreven met 'kunnen'",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present", "f": "present",
     "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "3. Onderwerp: de route Zorg en welzijn – Verzorgende-IG", "b": "7. Betrokkenheid van zorgaanbieders",
     "c": "4. Leiding: het routeberaad", "d": "5. Informatievoorziening en verantwoording",
     "e": "6. Inrichting van het onderwijs", "f": "8. Overstapmogelijkheden", "g": "9. Financiële afspraken",
     "i": "11. Geschillen", "j": "13. Duur, wijziging en beëindiging"}),
    H172, columns=2, top_h=3.6, font_size=9.5, title="SOK DLR Zorg en welzijn - Verzorgende-IG",
    author="OVO Oldambt", header="Samenwerkingsovereenkomst DLR Zorg en welzijn – VIG | OVO Oldambt / ROC Eems en Dollard",
    footer="Kenmerk OVO/ROC-ED 2025-07")

# ---------------------------------------------------------------------------------------------
# h173 - interne regeling AOC als bestuursbesluit, DOCX. Westland, Groen kb -> mbo-3 bloem, groen en styling.

H173 = [
    ("title", "Interne regeling doorlopende leerroute Groen – Bloem & Styling"),
    ("p", "**Besluit van het college van bestuur van Stichting Agrarisch Opleidingscentrum Westland-Delfland "
          "van 1 juli 2025, nr. CvB/2025/118, houdende vaststelling van de interne regeling voor de "
          "doorlopende leerroute vmbo-mbo Groen – Bloem & Styling**"),
    ("p", "Het college van bestuur van Stichting Agrarisch Opleidingscentrum Westland-Delfland, bevoegd gezag "
          "van AOC Westland-Delfland, dat zowel een school voor voorbereidend beroepsonderwijs (vmbo groen, "
          "locatie Naaldwijk) als een instelling voor beroepsonderwijs (mbo groen, locatie Honselersdijk) "
          "in stand houdt,"),
    ("p", "overwegende dat:"),
    ("bullet", "de doorlopende leerroute geheel binnen het AOC wordt verzorgd, zodat op grond van artikel "
               "2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB in plaats van een "
               "samenwerkingsovereenkomst een interne regeling wordt vastgesteld;"),
    ("bullet", "het regionale bloemen- en sierteeltbedrijfsleven, waaronder bloemisterijen, kwekerijen en "
               "handelsbedrijven rond de veiling, heeft laten weten graag bij de invulling van de route "
               "betrokken te worden;"),
    ("bullet", "de deelraad vmbo en de deelraad mbo op 10 juni 2025 over het voornemen tot het aanbieden van "
               "de route positief hebben geadviseerd;"),
    ("p", "besluit vast te stellen de volgende regeling:"),

    ("h2", "Artikel 1. Begrippen"),
    ("p", "In deze regeling wordt verstaan onder: **AOC**: Stichting Agrarisch Opleidingscentrum "
          "Westland-Delfland; **college**: het college van bestuur van het AOC; **route**: de doorlopende "
          "leerroute bedoeld in artikel 2; **vo-fase**: leerjaar 3 en 4 van vmbo groen; **mbo-fase**: het "
          "derde en vierde jaar van de route; **routeleiding**: de leiding bedoeld in artikel 3."),

    ("h2", "Artikel 2. De route"),
    ("p", "1. Het AOC verzorgt een doorlopende leerroute voor leerlingen van de kaderberoepsgerichte "
          "leerweg van vmbo groen met het profiel Groen, die leidt tot het diploma vmbo kaderberoepsgerichte "
          "leerweg en tot het mbo-diploma Vakbekwaam medewerker bloem, groen en styling (niveau 3, BOL), "
          "opleidingsdomein Voedsel, natuur en leefomgeving."),
    ("p", "2. Leerlingen kiezen aan het eind van leerjaar 2 voor de route. De route duurt vier jaar; het "
          "vmbo-examen wordt afgelegd in het tweede jaar van de route."),
    ("p", "3. Het college meldt de route bij de minister door registratie in RIO."),

    ("h2", "Artikel 3. Routeleiding"),
    ("p", "1. De routeleiding bestaat uit de locatiedirecteur vmbo Naaldwijk, de opleidingsmanager Bloem & "
          "Styling van de locatie Honselersdijk en een routecoördinator."),
    ("p", "2. Het college wijst de locatiedirecteur en de opleidingsmanager als lid van de routeleiding aan. "
          "De routecoördinator wordt door het college benoemd voor een periode van drie jaar, na advies van "
          "de beide andere leden."),
    ("p", "3. De routeleiding heeft tot taak de dagelijkse leiding over de route, het opstellen van het "
          "PTA/OER en de jaarplanning, de afstemming van roosters tussen beide locaties, de bewaking van "
          "de kwaliteit en de voorbereiding van overstapbesluiten."),
    ("p", "4. Het college mandateert de routeleiding om het rooster en de inzet van docenten binnen de "
          "toegekende formatie vast te stellen en om binnen het routebudget verplichtingen aan te gaan tot "
          "€ 12.500 per jaar. Vaststelling van het PTA/OER en personeelsbesluiten blijven voorbehouden aan "
          "het college."),

    ("h2", "Artikel 4. Informatie en verantwoording"),
    ("p", "1. De routeleiding rapporteert per trimester aan het college over instroom, uitval, verzuim en "
          "studievoortgang, als onderdeel van de managementrapportage van beide locaties."),
    ("p", "2. Jaarlijks vóór 1 november legt de routeleiding in een routejaarverslag verantwoording af aan "
          "het college over de resultaten van de route, de toepassing van artikel 7 en de besteding van het "
          "routebudget. Het college bespreekt het verslag met de routeleiding in de eerstvolgende "
          "portefeuillevergadering."),

    ("h2", "Artikel 5. Onderwijskundige inrichting"),
    ("p", "1. Het onderwijsprogramma en de examinering per leerjaar worden beschreven in het PTA/OER van "
          "de route, dat het college jaarlijks vóór 1 oktober vaststelt. Daarin staat welke onderdelen tot "
          "het vmbo, welke tot het mbo en welke tot beide behoren."),
    ("p", "2. De vo-fase wordt verzorgd op de locatie Naaldwijk, met één dag per week op de locatie "
          "Honselersdijk. De mbo-fase wordt verzorgd op de locatie Honselersdijk."),
    ("p", "3. Leerlingen staan in de vo-fase ingeschreven bij vmbo groen en worden bij de aanvang van de "
          "mbo-fase ingeschreven bij mbo groen. Wie dan nog geen vmbo-diploma heeft, blijft tevens bij vmbo "
          "groen ingeschreven tot het vmbo-examen is afgerond."),

    ("h2", "Artikel 6. Personeel en voorzieningen"),
    ("p", "1. De route wordt uitgevoerd door één team van docenten van beide locaties. Docenten bloemschikken "
          "en styling van de locatie Honselersdijk verzorgen in de vo-fase zes lesuren per week; docenten "
          "van de locatie Naaldwijk verzorgen de algemene vakken en het profielvak Groen."),
    ("p", "2. Voor het vakoverstijgende onderdeel ‘Seizoensstyling en presentatie’ wordt gebruikgemaakt van "
          "teambevoegdheid; bij elk programmaonderdeel is ten minste één bevoegde docent betrokken."),
    ("p", "3. De leerlingen van de route maken gebruik van het bindatelier, de koelcel en de "
          "presentatieruimte van de locatie Honselersdijk en van de schoolkas en het praktijklokaal Groen "
          "van de locatie Naaldwijk. Het vervoer tussen beide locaties wordt door het AOC georganiseerd."),

    ("h2", "Artikel 7. Overstap"),
    ("p", "1. Een leerling wiens deelname aan de route eindigt voordat hij deze met succes heeft afgerond, "
          "krijgt een passend alternatief aangeboden dat leidt tot een diploma:"),
    ("bullet", "in de vo-fase: voortzetting in de kaderberoepsgerichte of de basisberoepsgerichte leerweg van "
               "vmbo groen, gericht op het vmbo-diploma;"),
    ("bullet", "in de mbo-fase: overstap naar een andere mbo-opleiding van het AOC op niveau 2 of 3, zoals "
               "Medewerker bloem, groen en styling (niveau 2) of Vakbekwaam hovenier (niveau 3)."),
    ("p", "2. Voor instroom in een mbo-opleiding van het AOC moet de leerling voldoen aan de "
          "vooropleidingseisen van die opleiding. Een leerling die het vmbo-diploma niet heeft behaald, "
          "wordt eerst in de gelegenheid gesteld het vmbo-examen alsnog af te leggen en kan pas na het "
          "behalen van het diploma in de mbo-opleiding instromen."),
    ("p", "3. Over het alternatief beslissen de locatiedirecteur vmbo en de opleidingsmanager gezamenlijk, "
          "na een gesprek met de leerling en zijn ouders, op grond van het bereikte onderwijsniveau en de "
          "leeftijd van de leerling. De werkwijze wordt opgenomen in de schoolgids van vmbo groen."),
    ("p", "4. Dit artikel is niet van toepassing bij definitieve verwijdering."),

    ("h2", "Artikel 8. Bekostiging"),
    ("p", "Er vindt geen overdracht van bekostiging als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 "
          "WEB plaats. De kosten van de route worden gedragen uit de begrotingen van beide locaties volgens "
          "de interne allocatiesystematiek van het AOC."),

    ("h2", "Artikel 9. Klachten"),
    ("p", "Klachten van leerlingen, studenten of ouders over de route worden behandeld volgens de "
          "klachtenregeling van het AOC, ongeacht op welke locatie de gedraging heeft plaatsgevonden."),

    ("h2", "Artikel 10. Evaluatie en wijziging"),
    ("p", "Het college evalueert deze regeling elke drie jaar en wijzigt haar zo nodig, na advies van beide "
          "deelraden. Een wijziging die het programma raakt, geldt voor een nieuw cohort."),

    ("h2", "Artikel 11. Inwerkingtreding en citeertitel"),
    ("p", "Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: Interne regeling DLR "
          "Bloem & Styling."),
    ("p", "Aldus vastgesteld door het college van bestuur te Naaldwijk op 1 juli 2025."),
    ("p", "drs. W.C. van Leeuwen, voorzitter college van bestuur"),
    ("p", "ing. M. Zwinkels-Olsthoorn, lid college van bestuur"),
]

sample(173, "interne_regeling_aoc_besluit_bloem_styling_westland", "docx", exp(
    "DOCX, interne regeling van een AOC als CvB-besluit met artikelen; Westland, Groen kb -> mbo-3 "
    "Vakbekwaam medewerker bloem, groen en styling; bedrijfsleven alleen in de considerans, overstap eist "
    "vooropleidingseisen binnen het eigen AOC",
    {"a": "present", "b": "missing", "c": "present", "d": "present", "e": "present", "f": "weak",
     "g": "present", "h": "not_applicable", "i": "not_applicable", "j": "not_applicable"},
    {"a": "Artikel 2. De route", "c": "Artikel 3. Routeleiding", "d": "Artikel 4. Informatie en verantwoording",
     "e": "Artikel 6. Personeel en voorzieningen", "g": "Artikel 8. Bekostiging"}),
    H173, title="Interne regeling DLR Bloem & Styling", author="Bestuurssecretariaat AOC Westland-Delfland",
    font="Arial", font_size=10)

# ---------------------------------------------------------------------------------------------
# h174 - geintegreerde route, Markdown. Voorne-Putten, Maritiem en techniek bb -> mbo-2 Matroos binnenvaart.

H174 = """
# Samenwerkingsovereenkomst geïntegreerde route vmbo-basis – mbo 2
## Maritiem en techniek → Matroos binnenvaart

*Hellevoetsluis, 27 juni 2025 — definitieve tekst na bestuurlijk overleg van 16 juni 2025*

**Partijen**

1. **Stichting Christelijk Voortgezet Onderwijs Voorne-Putten**, gevestigd te Spijkenisse, bevoegd gezag van *Maritiem College Voorne*, school voor vbo te Hellevoetsluis, vertegenwoordigd door mevrouw A. de Kluijver, voorzitter van het college van bestuur (hierna: *de school*);
2. **Stichting Vakinstelling Maas en Haringvliet**, gevestigd te Hellevoetsluis, bevoegd gezag van de *Maritieme Vakschool Haringvliet*, instelling voor beroepsonderwijs, vertegenwoordigd door de heer K.P. Mulder, directeur-bestuurder (hierna: *de vakschool*);

komen het volgende overeen.

---

## 1. Wat we samen aanbieden

1.1 Partijen verzorgen samen een **geïntegreerde route** als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB voor leerlingen van de basisberoepsgerichte leerweg met het profiel **Maritiem en techniek** van de school.

1.2 De route begint in leerjaar 3 en leidt in drie jaar tot het mbo-diploma **Matroos binnenvaart (niveau 2)**, opleidingsdomein Transport, scheepvaart en logistiek, van de vakschool. De school neemt bij leerlingen in de route geen vmbo-examen basisberoepsgerichte leerweg af; een leerling kan er in overleg met zijn ouders wel voor kiezen dat examen te doen.

1.3 Welke leerlingen deelnemen, beslist de school in overleg met de leerling en zijn ouders en na overleg met de vakschool.

1.4 Partijen melden de route samen bij de minister door registratie in RIO, vóór 1 oktober 2025.

## 2. Leiding van de route

2.1 De route wordt geleid door een **routeduo**: de coördinator bovenbouw van de school en de teamleider dek en machinekamer van de vakschool.

2.2 Het college van bestuur van de school wijst de coördinator bovenbouw aan, de directeur-bestuurder van de vakschool de teamleider. Zij worden aangewezen voor de duur van drie schooljaren.

2.3 Het routeduo heeft als taken: het maken van het jaarprogramma en het rooster, het voorbereiden van het gezamenlijke PTA/OER, de planning van de vaarweken op het lesschip, de begeleiding van leerlingen en het voorbereiden van besluiten over leerlingen die de route verlaten. Het routeduo is bevoegd het rooster vast te stellen, de inzet van instructeurs binnen de afgesproken uren te regelen en uitgaven te doen tot € 4.000 per schooljaar. Andere besluiten nemen de besturen.

## 3. Verslag aan de besturen

3.1 Het routeduo brengt **elk kwartaal** een kort schriftelijk verslag uit aan beide besturen over aantallen leerlingen, uitval, verzuim en voortgang.

3.2 **Vóór 15 november** van elk jaar legt het routeduo met een jaarverslag verantwoording af over het afgelopen schooljaar, inclusief de besteding van de middelen van artikel 6. De besturen bespreken het jaarverslag met het routeduo in hun jaarlijkse bestuurlijk overleg in december.

## 4. Programma, locaties, personeel en voorzieningen

4.1 Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER, dat beide besturen elk jaar vóór 1 oktober vaststellen. In hoofdlijnen:

| Leerjaar route | Waar | Inhoud |
|---|---|---|
| 1 (leerjaar 3) | school, 1 dag per week vakschool | profielvakken Maritiem en techniek, Nederlands, rekenen, eerste mbo-onderdelen dekwerk |
| 2 (leerjaar 4) | school en vakschool, 2 vaarweken | mbo-onderdelen matroos, veiligheid aan boord, marifonie |
| 3 | vakschool en lesschip | afronding kwalificatie Matroos binnenvaart en examens |

4.2 In de eerste twee jaren staat de leerling ingeschreven bij de school, daarna bij de vakschool. Verzuim meldt de school van inschrijving.

4.3 **Personeel.** Leraren van de school geven de algemene vakken en de profielvakken. Instructeurs van de vakschool geven vanaf het eerste routejaar de mbo-onderdelen, in het eerste jaar vier lesuren per week op de school en één dag per week op de vakschool. Voor het onderdeel ‘Varen en onderhoud’ werken leraren en instructeurs met teambevoegdheid; bij elk onderdeel is een bevoegde docent betrokken. Iedereen blijft in dienst van de eigen werkgever.

4.4 **Voorzieningen.** De vakschool stelt het lesschip *Haringvliet III*, de simulatorruimte en de werkplaats ter beschikking; de school het praktijklokaal Maritiem en techniek en de theorielokalen. Het routeduo plant het gebruik.

4.5 Klachten worden behandeld door de partij waar de klacht is ingediend; de andere partij verleent medewerking. De voorzitter van de klachtencommissie werkt niet voor de andere partij.

## 5. Betrokkenheid van het bedrijfsleven

Partijen hechten aan een sterke betrokkenheid van de binnenvaartsector bij de route. Op welke wijze rederijen, schippers en brancheorganisaties bij de route worden betrokken, werken partijen in het eerste jaar van de route nader uit in een werkplan.

## 6. Geld

6.1 De school draagt op grond van artikel 5.42a WVO 2020 per leerling in het eerste en tweede routejaar **€ 950 per schooljaar** over aan de vakschool, gerekend naar de inschrijving op 1 oktober.

6.2 Dit bedrag is bestemd voor de vaarweken op het lesschip (brandstof, bemanning en veiligheidsuitrusting) en voor de lesuren van de instructeurs van de vakschool op de school.

6.3 De vakschool factureert jaarlijks in januari. Verder draagt iedere partij haar eigen kosten.

## 7. Als een leerling de route verlaat

Verlaat een leerling de geïntegreerde route voortijdig, dan stroomt hij door naar de Entreeopleiding (niveau 1) van de vakschool. Daar kan hij een diploma op niveau 1 halen en wordt hij begeleid naar werk in de haven of de binnenvaart. Het besluit wordt genomen door het routeduo, na een gesprek met de leerling en zijn ouders.

## 8. Medezeggenschap (aanvullende afspraken)

[aanvullende afspraken over de medezeggenschap: in te vullen na advies van de MR van de school en de studentenraad van de vakschool]
..............................................................................

## 9. Geschillen

9.1 Een geschil over de uitvoering van deze overeenkomst wordt eerst besproken door het routeduo en, als dat binnen een maand niets oplevert, door de bestuurders van beide partijen.

9.2 Lost het bestuurlijk overleg het geschil niet binnen zes weken op, dan leggen partijen het voor aan een mediator die zij samen kiezen. Leidt mediation niet binnen drie maanden tot een oplossing, dan beslist de bevoegde rechter te Rotterdam.

## 10. Nieuwe partners, wijziging en beëindiging

10.1 Een andere school voor vbo of een andere instelling voor beroepsonderwijs kan toetreden met schriftelijke instemming van beide besturen, door ondertekening van deze overeenkomst, per 1 augustus. Partijen melden de toetreding samen bij DUO.

10.2 Deze overeenkomst kan alleen schriftelijk en met handtekening van beide besturen worden gewijzigd. Een wijziging van het programma geldt voor de eerstvolgende nieuwe groep.

10.3 De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Opzegging kan schriftelijk, tegen het einde van een schooljaar en met een termijn van ten minste twaalf maanden. Bij een ernstige tekortkoming kan een partij de overeenkomst na ingebrekestelling ontbinden, met ingang van het einde van het schooljaar.

10.4 Na opzegging of ontbinding neemt de route geen nieuwe leerlingen meer op. Leerlingen die al in de route zitten, maken de route af; partijen blijven daarvoor samenwerken tot de laatste leerling klaar is.

---

**Ondertekend te Hellevoetsluis op 27 juni 2025**

| Stichting Christelijk Voortgezet Onderwijs Voorne-Putten | Stichting Vakinstelling Maas en Haringvliet |
|---|---|
| A. de Kluijver, voorzitter college van bestuur | K.P. Mulder, directeur-bestuurder |
"""

sample(174, "geintegreerde_route_matroos_voorne_putten", "md", exp(
    "MD, geintegreerde route vmbo-basis -> mbo-2 met programmatabel; Voorne-Putten, Maritiem en techniek bb "
    "-> Matroos binnenvaart (vakinstelling); uitvallers automatisch naar Entree, bedrijfsleven uitgesteld "
    "naar werkplan, medezeggenschap als leeg invulveld",
    {"a": "present", "b": "weak", "c": "present", "d": "present", "e": "present", "f": "weak",
     "g": "present", "h": "weak", "i": "present", "j": "present"},
    {"a": "1. Wat we samen aanbieden", "c": "2. Leiding van de route", "d": "3. Verslag aan de besturen",
     "e": "4. Programma, locaties, personeel en voorzieningen", "g": "6. Geld", "i": "9. Geschillen",
     "j": "10. Nieuwe partners, wijziging en beëindiging"}),
    H174)

# ---------------------------------------------------------------------------------------------
# h175 - drie partijen, grote afsprakentabel in Word, DOCX. Noordoost-Twente, BWI kb -> mbo-3 timmerman.

H175_ROWS = [
    ["Nr", "Onderwerp", "Afspraak", "Wie"],
    ["1", "Route: profiel en opleiding",
     "Leerlingen van de kaderberoepsgerichte leerweg met het profiel Bouwen, wonen en interieur van het "
     "Dinkeldal College en van De Esch vmbo kunnen aan het eind van leerjaar 2 kiezen voor de route. De route "
     "leidt tot het vmbo-diploma kb en tot het mbo-diploma Allround timmerman (niveau 3, BOL; vanaf het derde "
     "routejaar ook BBL), opleidingsdomein Bouw en infra, van het ROC.", "alle partijen"],
    ["2", "Start, omvang en melding",
     "Start schooljaar 2025-2026 met per school één groep van ten hoogste 16 leerlingen. Het vmbo-examen "
     "wordt afgelegd aan het eind van het tweede routejaar. Iedere school meldt de route samen met het ROC "
     "aan in RIO.", "scholen + ROC"],
    ["3", "Routeteam: samenstelling",
     "De leiding over de route ligt bij het routeteam Bouw. Leden: de afdelingsleider bovenbouw van het "
     "Dinkeldal College, de afdelingsleider vmbo van De Esch, de opleidingsmanager Bouw & Hout van het ROC en "
     "een routecoördinator (voorzitter).", "routeteam"],
    ["4", "Routeteam: benoeming",
     "Iedere partij wijst haar eigen lid aan door een besluit van het eigen bestuur. De routecoördinator wordt "
     "door de drie besturen samen benoemd voor drie schooljaren, op voordracht van de andere leden; "
     "herbenoeming is mogelijk.", "besturen"],
    ["5", "Routeteam: taken en mandaat",
     "Taken: jaarplanning en rooster, voorbereiding van het gezamenlijke PTA/OER, afstemming tussen de twee "
     "vmbo-locaties en het ROC, contact met de bouwbedrijven, kwaliteitszorg en voorbereiding van "
     "overstapbesluiten.\nMandaat: het routeteam stelt het rooster vast, verdeelt de inzet van instructeurs "
     "binnen de afgesproken uren en besteedt het routebudget tot € 9.000 per schooljaar. Het PTA/OER, de "
     "formatie en de jaarlijkse instroom stellen de besturen vast.", "routeteam"],
    ["6", "Informatie aan de besturen en verantwoording",
     "Het routeteam stuurt de drie besturen drie keer per jaar (november, maart, juni) een voortgangsoverzicht "
     "met instroom, uitval, verzuim en resultaten. Vóór 1 november legt het routeteam in een jaarverslag "
     "verantwoording af over het afgelopen schooljaar en het routebudget. De besturen bespreken het "
     "jaarverslag in hun bestuurlijk overleg in december.", "routeteam → besturen"],
    ["7", "Programma en examinering per leerjaar",
     "Het programma, de examinering en de beroepspraktijkvorming per leerjaar staan in het gezamenlijke "
     "PTA/OER, dat de drie besturen vóór 1 oktober vaststellen. Daarin is aangegeven welke onderdelen vmbo, "
     "mbo of gecombineerd zijn. De scholen zijn verantwoordelijk voor de vmbo-examinering en -diplomering, "
     "het ROC voor de mbo-examinering en -diplomering.", "routeteam / besturen"],
    ["8", "Locaties en inschrijving",
     "Routejaar 1 en 2: les op de eigen school in Denekamp of Tubbergen en één dag per week in de bouwhal van "
     "het ROC in Oldenzaal. Vanaf routejaar 3: ROC en leerbedrijf. Inschrijving in de eerste twee routejaren "
     "bij de eigen school, daarna bij het ROC; verzuim meldt de partij van inschrijving.",
     "scholen + ROC"],
    ["9", "Inzet van personeel",
     "Eén docententeam per groep, met leraren van de school en instructeurs van het ROC. Het ROC zet in "
     "routejaar 1 en 2 per groep vijf lesuren per week een instructeur timmeren in op de school. Voor het "
     "vakoverstijgende project ‘Tiny house’ werkt het team met teambevoegdheid; bij elk onderdeel is een "
     "bevoegde docent betrokken. Medewerkers blijven in dienst van hun eigen werkgever.", "besturen"],
    ["10", "Faciliteiten",
     "Het ROC stelt de bouwhal, de machinale houtbewerkingsruimte en het buitenterrein voor "
     "bouwplaatsoefeningen beschikbaar. De scholen stellen hun BWI-praktijklokalen en theorielokalen "
     "beschikbaar, ook voor instructeurs van het ROC. Gereedschap en persoonlijke beschermingsmiddelen levert "
     "de partij waar de les plaatsvindt.", "alle partijen"],
    ["11", "Bouwbedrijven en werkveld",
     "Vaste partners: Bouwbedrijf Lentferink-Nijhuis (Denekamp), Aannemersbedrijf Gebr. Ter Brugge "
     "(Tubbergen), Timmerfabriek De Dinkel (Ootmarsum) en een adviseur van SBB. Zij zorgen voor twee "
     "bouwplaatsbezoeken en drie gastlessen per schooljaar, een levensechte opdracht in routejaar 2 (een "
     "berging voor een dorpsvereniging), bpv-plaatsen vanaf routejaar 3 en praktijkbeoordelaars bij de "
     "proeven. Drie keer per jaar adviseert de Bouwtafel (bedrijven + routeteam) over programma en "
     "keuzedelen.", "routecoördinator"],
    ["12", "Overstap bij uitval of andere keuze",
     "Wie in routejaar 1 of 2 stopt, maakt de kaderberoepsgerichte (of, als dat beter past, de "
     "basisberoepsgerichte) leerweg op de eigen school af en haalt het vmbo-diploma. Wie na routejaar 3 nog "
     "geen vmbo-diploma heeft, kan het examen herkansen of het jaar overdoen, of zonder vmbo-diploma verder in "
     "de opleiding Timmerman (niveau 2) of een andere opleiding op niveau 2 of 3 van het ROC. Wie een andere "
     "richting wil, stapt over naar een opleiding op hetzelfde niveau binnen het ROC of elders in de regio. "
     "Binnen het ROC gelden geen vooropleidingseisen; bij een andere instelling helpen partijen bij het "
     "toelatingsonderzoek. De eigen school en het ROC besluiten samen, na een gesprek met leerling en "
     "ouders, op basis van bereikt niveau en leeftijd.", "school + ROC"],
    ["13", "Overdracht van bekostiging",
     "Er wordt geen bekostiging tussen de partijen overgedragen: iedere partij draagt de kosten van de eigen "
     "inzet, ook als die ten goede komt aan leerlingen van een andere partij. Het routebudget staat op de "
     "begroting van het ROC.", "besturen"],
    ["14", "Medezeggenschap",
     "De medezeggenschapsraden van beide scholen en de studentenraad van het ROC wijzen ieder twee leden aan "
     "voor de routeklankbordgroep, die twee keer per jaar met het routeteam vergadert. Wijzigingen van het "
     "PTA/OER en van deze overeenkomst worden vooraf voor advies aan alle drie de raden voorgelegd.",
     "routeteam / raden"],
    ["15", "Klachten",
     "Een klacht wordt behandeld door de partij waar zij is ingediend, ook als zij gaat over een medewerker van "
     "een andere partij; die partij werkt mee.", "alle partijen"],
    ["16", "Geschillen tussen partijen",
     "Stap 1: bespreking in het routeteam (maximaal vier weken). Stap 2: bestuurlijk overleg van de drie "
     "besturen (binnen zes weken). Stap 3: mediation door een mediator die de betrokken partijen samen kiezen. "
     "Stap 4: beslissing door de bevoegde rechter van de Rechtbank Overijssel, locatie Almelo.",
     "besturen"],
    ["17", "Toetreding van een nieuwe partner",
     "Een andere school voor vbo met het profiel Bouwen, wonen en interieur of een andere instelling voor "
     "beroepsonderwijs kan toetreden als alle besturen schriftelijk instemmen en de nieuwe partner deze "
     "overeenkomst en het PTA/OER ondertekent. Toetreding gaat in per 1 augustus en wordt bij DUO gemeld.",
     "besturen"],
    ["18", "Wijziging",
     "Wijzigen kan alleen schriftelijk, met handtekening van alle besturen, na advies van de raden (nr. 14). "
     "Programmawijzigingen gelden voor een nieuw cohort.", "besturen"],
    ["19", "Opzegging en ontbinding",
     "De overeenkomst geldt voor onbepaalde tijd vanaf 1 augustus 2025. Een partij kan haar deelname "
     "schriftelijk opzeggen tegen 1 augustus, met een termijn van minstens twaalf maanden; tussen de andere "
     "partijen loopt de overeenkomst dan door. Bij een ernstige tekortkoming kan een partij na "
     "ingebrekestelling ontbinden, met ingang van het einde van het schooljaar.", "besturen"],
    ["20", "Bescherming van leerlingen",
     "Na opzegging of ontbinding stromen er bij de vertrekkende partij geen nieuwe leerlingen meer in. "
     "Leerlingen en studenten die de route al volgen, maken haar af; de vertrekkende partij blijft haar "
     "afspraken voor hen nakomen tot de laatste leerling klaar is.", "alle partijen"],
]

H175 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Bouw Noordoost-Twente"),
    ("subtitle", "Bouwen, wonen en interieur (kb) – Allround timmerman (mbo niveau 3)"),
    ("h", "Artikel 1. Partijen"),
    ("p", "1. **Stichting Openbaar Voortgezet Onderwijs Dinkelland**, bevoegd gezag van het Dinkeldal College "
          "te Denekamp, vertegenwoordigd door de heer G.J.M. Kamphuis, bestuurder;"),
    ("p", "2. **Stichting Katholiek Onderwijs Tubbergen**, bevoegd gezag van De Esch vmbo te Tubbergen, "
          "vertegenwoordigd door mevrouw E. Oude Vrielink, voorzitter van het college van bestuur;"),
    ("p", "3. **Stichting ROC Noordoost-Twente**, bevoegd gezag van ROC Noordoost-Twente te Oldenzaal, "
          "vertegenwoordigd door de heer drs. B. Snijders, voorzitter van het college van bestuur;"),
    ("p", "hierna samen: partijen; de partijen onder 1 en 2 ook: de scholen, de partij onder 3: het ROC."),
    ("h", "Artikel 2. Afsprakentabel"),
    ("p", "Partijen verzorgen samen een doorlopende leerroute vmbo-mbo en komen daarvoor de afspraken in de "
          "onderstaande tabel overeen. Iedere regel is een bindende afspraak; de kolom ‘Wie’ geeft aan wie "
          "voor de uitvoering verantwoordelijk is."),
    ("table", H175_ROWS, [0.8, 3.2, 9.6, 2.4]),
    ("h", "Artikel 3. Slot"),
    ("p", "Deze overeenkomst is in drievoud opgemaakt. Bijlage: PTA/OER route Bouw 2025-2026."),
    ("p", "Getekend te Oldenzaal op 25 juni 2025."),
    ("sig", ["SOVO Dinkelland", "G.J.M. Kamphuis", "", "St. Katholiek Onderwijs Tubbergen", "E. Oude Vrielink"],
            ["ROC Noordoost-Twente", "drs. B. Snijders", "", "", ""]),
]

sample(175, "drie_partijen_afsprakentabel_timmerman_noordoost_twente", "docx", exp(
    "DOCX, drie partijen (twee vmbo-scholen en een ROC) met een grote Word-afsprakentabel van 20 regels; "
    "Noordoost-Twente, BWI kb -> mbo-3 Allround timmerman; volledig, geen overdracht, klankbordgroep van de "
    "raden",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present", "f": "present",
     "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Route: profiel en opleiding", "b": "Bouwbedrijven en werkveld", "c": "Routeteam: samenstelling",
     "d": "Informatie aan de besturen en verantwoording", "e": "Inzet van personeel",
     "f": "Overstap bij uitval of andere keuze", "g": "Overdracht van bekostiging", "h": "Medezeggenschap",
     "i": "Geschillen tussen partijen", "j": "Opzegging en ontbinding"}),
    H175, title="SOK DLR Bouw Noordoost-Twente", author="Routeteam Bouw", font="Calibri", font_size=10.5,
    cell_size=9)

# ---------------------------------------------------------------------------------------------
# h176 - zeer kort afsprakenblad van een directeur, een pagina, PDF. Altena, E&O kb -> mbo-3 Eerste verkoper.

H176 = [
    ("title", "Afsprakenblad doorlopende leerroute Retail – Altena"),
    ("subtitle", "Samenwerkingsovereenkomst vmbo-mbo • vastgesteld 20 juni 2025"),
    ("p", "**Partijen.** Stichting Voortgezet Onderwijs Land van Altena, bevoegd gezag van het Vestingcollege "
          "te Woudrichem (school), en Stichting ROC Heusden-Altena, bevoegd gezag van ROC Heusden-Altena te "
          "Almkerk (ROC), spreken het volgende af."),
    ("p", "**1. Route.** Leerlingen van de kaderberoepsgerichte leerweg, profiel Economie en ondernemen, volgen "
          "vanaf leerjaar 3 een doorlopende route naar het vmbo-diploma kb en het mbo-diploma Eerste verkoper "
          "(niveau 3, BOL) van het ROC. Vmbo-examen in routejaar 2; samen gemeld in RIO."),
    ("p", "**2. Leiding.** Een routeteam van de teamleider bovenbouw (school), de opleidingsmanager Retail (ROC) "
          "en een routecoördinator leidt de route. Elk bestuur wijst zijn eigen lid aan; de coördinator wordt "
          "door beide besturen samen benoemd voor drie jaar. Het routeteam maakt rooster en jaarplanning, "
          "bereidt het PTA/OER en overstapbesluiten voor en onderhoudt de contacten met winkels; het mag "
          "zelfstandig het rooster vaststellen en tot € 3.000 per jaar uitgeven. Het PTA/OER en "
          "personeelszaken blijven bij de besturen."),
    ("p", "**3. Verantwoording.** Het routeteam stuurt beide besturen elk kwartaal een kort cijferbericht "
          "(instroom, uitval, verzuim) en legt vóór 1 november verantwoording af in een jaarverslag, dat de "
          "besturen in hun overleg van november bespreken."),
    ("p", "**4. Onderwijs.** Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER (vast te "
          "stellen vóór 1 oktober). Routejaar 1-2: les op het Vestingcollege plus één dag per week in de "
          "leerwinkel van het ROC; daarna op het ROC en in de stagewinkel. Een docent retail van het ROC geeft "
          "vier uur per week les op school; samen met de leraren van de school vormt hij één team, met "
          "teambevoegdheid voor het project ‘Winkel van het jaar’. Iedereen blijft bij de eigen werkgever in "
          "dienst. Het ROC stelt de leerwinkel en de kassasystemen beschikbaar, de school haar praktijklokaal "
          "Economie en ondernemen."),
    ("p", "**5. Winkels.** Supermarkt Van Wijk (Werkendam), Bouwmarkt De Vesting (Woudrichem) en Tweewielers "
          "Altena (Almkerk) bieden snuffelstages in routejaar 2 en stageplaatsen vanaf routejaar 3, geven "
          "gastlessen, leveren winkelopdrachten en beoordelen mee. Zij adviseren twee keer per jaar het "
          "routeteam over het programma."),
    ("p", "**6. Overstap.** Wie in routejaar 1-2 stopt, maakt de kaderberoepsgerichte leerweg op school af "
          "en haalt zijn vmbo-diploma. Wie daarna stopt of geen vmbo-diploma haalt, kan verder in Verkoper "
          "(niveau 2) of een andere opleiding op niveau 2 of 3 van het ROC, zonder vooropleidingseisen; wie "
          "een andere richting kiest, zoekt met ons een opleiding op hetzelfde niveau, ook elders in de regio. "
          "School en ROC besluiten samen, na een gesprek met leerling en ouders, op grond van bereikt niveau "
          "en leeftijd."),
    ("p", "**7. Geld.** Er wordt geen bekostiging overgedragen; ieder betaalt de eigen inzet."),
    ("p", "**8. Medezeggenschap.** De leerlingenraad van de school en de studentenraad van het ROC wijzen "
          "ieder één lid aan voor het halfjaarlijkse routeoverleg; die leden adviseren over elke wijziging "
          "van het PTA/OER van de route."),
    ("p", "**9. Geschillen.** Eerst het routeteam, dan binnen vier weken de bestuurders; lukt het niet, dan "
          "mediation door een samen gekozen mediator en ten slotte de bevoegde rechter te Breda."),
    ("p", "**10. Toetreden, wijzigen, stoppen.** Een andere vmbo-school of mbo-instelling kan per 1 augustus "
          "toetreden met schriftelijke instemming van beide besturen en ondertekening van dit blad; wij "
          "melden dat bij DUO. Wijzigen gebeurt schriftelijk door beide besturen, voor een nieuw cohort. "
          "Looptijd onbepaald vanaf 1 augustus 2025; opzeggen schriftelijk tegen 1 augustus met twaalf "
          "maanden termijn, ontbinden bij ernstige tekortkoming na ingebrekestelling. Daarna geen nieuwe "
          "instroom; wie al in de route zit, maakt haar af."),
    ("sig", ["SVO Land van Altena — J. van Dalen-Kant, directeur-bestuurder"],
            ["ROC Heusden-Altena — mr. T. Wiegman, voorzitter college van bestuur"]),
]

sample(176, "zeer_kort_afsprakenblad_retail_altena", "pdf", exp(
    "PDF, zeer kort afsprakenblad van een pagina met vetgedrukte trefwoorden, directeursstijl; Altena, E&O kb "
    "-> mbo-3 Eerste verkoper; volledig in telegramstijl, geen overdracht, leerlingen- en studentenraad in "
    "routeoverleg",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present", "f": "present",
     "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "1. Route.", "b": "5. Winkels.", "c": "2. Leiding.", "d": "3. Verantwoording.", "e": "4. Onderwijs.",
     "f": "6. Overstap.", "g": "7. Geld.", "h": "8. Medezeggenschap.", "i": "9. Geschillen.",
     "j": "10. Toetreden, wijzigen, stoppen."}),
    H176, font_size=9, top=1.6, title="Afsprakenblad DLR Retail Altena", author="J. van Dalen-Kant",
    creator="Microsoft Word")

# === END OF SAMPLES ===


def build(num):
    s = SAMPLES[num]
    base = os.path.join(OUT, "h%d_%s" % (num, s["name"]))
    path = base + "." + s["ext"]
    if s["ext"] == "pdf":
        build_pdf(path, s["blocks"], s["opts"])
    elif s["ext"] == "docx":
        build_docx(path, s["blocks"], s["opts"])
    else:
        build_text(path, s["blocks"], s["opts"])
    with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(s["expected"], f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        base = os.path.join(OUT, "h%d_%s" % (num, s["name"]))
        path = base + "." + s["ext"]
        problems = []
        text = ""
        if not os.path.exists(path):
            problems.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa
                problems.append("cannot open: %r" % e)
                text = ""
            for item, ev in s["expected"].get("evidence", {}).items():
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (item, ev))
                if s["expected"]["statuses"].get(item) != "present":
                    problems.append("evidence for non-present item %s" % item)
            if not text:
                problems.append("no text extracted")
        try:
            with open(base + ".expected.json", encoding="utf-8") as f:
                if json.load(f) != s["expected"]:
                    problems.append("expected.json differs from table")
        except Exception as e:  # noqa
            problems.append("expected.json unreadable: %r" % e)
        st = s["expected"]["statuses"]
        if sorted(st) != list("abcdefghij"):
            problems.append("statuses keys wrong")
        if s["expected"].get("split") != "heldout":
            problems.append("split not heldout")
        words = len(text.split()) if text else 0
        print("h%d %-5s %-4s %6d bytes %5d words %s" % (
            num, s["ext"], "OK" if not problems else "FAIL",
            os.path.getsize(path) if os.path.exists(path) else 0, words,
            "; ".join(problems)))
        ok = ok and not problems
    print("ALL OK" if ok else "CHECK FAILED")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a.lstrip("hH")) for a in argv] or sorted(SAMPLES)
    for n in nums:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
