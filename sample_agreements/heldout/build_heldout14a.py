#!/usr/bin/env python3
"""Build held-out sample agreements h201-h208 for leerroute-check.

Written by an independent author-helper (an AI assistant session started by the project) from the two
official guidance documents in /work/shared/seeds (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie), /work/shared/domain.md and sample_agreements/LABELS.md only -- without looking at the
checker code, its tests or models, or the texts/build scripts of any other sample. All schools,
instellingen, companies and people are made up.

Usage:
    python3 build_heldout14a.py            build all samples
    python3 build_heldout14a.py 201 205    build only those (h201, h205)
    python3 build_heldout14a.py --check    open every produced file and verify it
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(num, name, ext, description, statuses, evidence):
    def deco(fn):
        SAMPLES[num] = dict(name=name, ext=ext, description=description,
                            statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def expected_of(s):
    return {"description": s["description"], "split": "heldout",
            "statuses": s["statuses"], "evidence": s["evidence"]}


# --------------------------------------------------------------------------------------------
# PDF helpers (reportlab, invariant output)
# --------------------------------------------------------------------------------------------

def _pdf_styles(base=9.5):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
    st = {}
    st["title"] = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=base + 6.5,
                                 leading=base + 9, alignment=TA_CENTER, spaceAfter=4)
    st["sub"] = ParagraphStyle("sub", fontName="Helvetica", fontSize=base + 1.5, leading=base + 4,
                               alignment=TA_CENTER, spaceAfter=4)
    st["meta"] = ParagraphStyle("meta", fontName="Helvetica-Oblique", fontSize=base - 1,
                                leading=base + 2, alignment=TA_CENTER, spaceAfter=6)
    st["h1"] = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=base + 2, leading=base + 5,
                              spaceBefore=9, spaceAfter=4, keepWithNext=1)
    st["h2"] = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=base + 0.5,
                              leading=base + 3.5, spaceBefore=6, spaceAfter=2, keepWithNext=1)
    st["p"] = ParagraphStyle("p", fontName="Helvetica", fontSize=base, leading=base + 3.2,
                             alignment=TA_JUSTIFY, spaceAfter=4)
    st["li"] = ParagraphStyle("li", parent=st["p"], leftIndent=14, bulletIndent=4, spaceAfter=2)
    st["small"] = ParagraphStyle("small", fontName="Helvetica", fontSize=base - 1.5,
                                 leading=base + 1, spaceAfter=2)
    st["toc"] = ParagraphStyle("toc", fontName="Helvetica", fontSize=base, leading=base + 3,
                               leftIndent=10)
    return st


def _flowables(blocks, st, width):
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, CondPageBreak
    from reportlab.platypus import FrameBreak
    from reportlab.lib import colors
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "meta", "h1", "h2", "p", "small", "toc"):
            out.append(Paragraph(escape(b[1]), st[kind]))
        elif kind == "li":
            out.append(Paragraph(escape(b[1]), st["li"], bulletText="\u2022"))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "cpb":
            out.append(CondPageBreak(b[1]))
        elif kind == "fb":
            out.append(FrameBreak())
        elif kind == "table":
            rows = [[Paragraph(escape(c), st["small"]) for c in r] for r in b[1]]
            widths = b[2] if len(b) > 2 else None
            if widths:
                widths = [w * width for w in widths]
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ef")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "sig":
            rows = [[Paragraph(escape(c), st["small"]) for c in r] for r in b[1]]
            t = Table(rows, colWidths=[width / 2.0] * 2)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 8)]))
            out.append(t)
        else:
            raise ValueError(kind)
    return out


def build_pdf_onecol(path, blocks, title, author, header=None, footer=None, base=9.5):
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    st = _pdf_styles(base)

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if header:
            canvas.drawString(2.2 * cm, A4[1] - 1.3 * cm, header)
            canvas.line(2.2 * cm, A4[1] - 1.45 * cm, A4[0] - 2.2 * cm, A4[1] - 1.45 * cm)
        if footer:
            canvas.drawString(2.2 * cm, 1.2 * cm, footer)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.0 * cm, title=title,
                            author=author, invariant=1)
    doc.build(_flowables(blocks, st, doc.width), onFirstPage=deco, onLaterPages=deco)


def build_pdf_twocol(path, head_blocks, blocks, title, author, header, base=8.8):
    """Two-column layout with a full-width title area on page 1 and running headers."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, NextPageTemplate
    from reportlab.platypus import FrameBreak
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    st = _pdf_styles(base)
    W, H = A4
    lm = rm = 1.8 * cm
    top = 2.0 * cm
    bot = 1.8 * cm
    gap = 0.7 * cm
    colw = (W - lm - rm - gap) / 2.0
    head_h = 5.6 * cm

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.2)
        canvas.drawString(lm, H - 1.2 * cm, header)
        canvas.drawRightString(W - rm, H - 1.2 * cm, "blad %d" % doc.page)
        canvas.setLineWidth(0.5)
        canvas.line(lm, H - 1.35 * cm, W - rm, H - 1.35 * cm)
        canvas.line(lm + colw + gap / 2.0, bot, lm + colw + gap / 2.0,
                    H - top - (head_h if doc.page == 1 else 0) - 0.2 * cm)
        canvas.drawCentredString(W / 2.0, 1.0 * cm, title)
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title=title, author=author, invariant=1,
                          leftMargin=lm, rightMargin=rm, topMargin=top, bottomMargin=bot)
    fh = Frame(lm, H - top - head_h, W - lm - rm, head_h, id="head")
    f1a = Frame(lm, bot, colw, H - top - bot - head_h, id="c1a")
    f1b = Frame(lm + colw + gap, bot, colw, H - top - bot - head_h, id="c1b")
    f2a = Frame(lm, bot, colw, H - top - bot, id="c2a")
    f2b = Frame(lm + colw + gap, bot, colw, H - top - bot, id="c2b")
    doc.addPageTemplates([PageTemplate(id="first", frames=[fh, f1a, f1b], onPage=deco),
                          PageTemplate(id="later", frames=[f2a, f2b], onPage=deco)])
    story = _flowables(head_blocks, st, W - lm - rm)
    story += [NextPageTemplate("later"), FrameBreak()]
    story += _flowables(blocks, st, colw)
    doc.build(story)


# --------------------------------------------------------------------------------------------
# DOCX helpers (python-docx, deterministic zip)
# --------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_new(author):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    return d


def _docx_article_numbering(d, num_id=77, lvl0="Artikel %1", lvl1="%1.%2"):
    """Add a real Word multilevel list (w:abstractNum + w:num) and return its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    numbering = d.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
        '<w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%%3."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), num_id, lvl0, lvl1))
    absel = parse_xml(absxml)
    first_num = numbering.find("{%s}num" % W_NS)
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), num_id, num_id)))
    return num_id


def _set_num(par, num_id, ilvl):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    pPr = par._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), ilvl, num_id))
    pStyle = pPr.find("{%s}pStyle" % W_NS)
    if pStyle is not None:
        pStyle.addnext(numPr)
    else:
        pPr.insert(0, numPr)


def _docx_runs(par, text):
    """Add text; **bold** segments become bold runs."""
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            par.add_run(part[2:-2]).bold = True
        else:
            par.add_run(part)


def docx_blocks(d, blocks, num_id=None):
    """Block kinds: title, sub, h1, h2, p, bp (bold lead-in via **), li, nli (List Number),
    art (numbered article heading, ilvl 0), lid (numbered lid, ilvl 1), sublid (ilvl 2),
    table (rows, widths), sig (rows), pb."""
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for b in blocks:
        k = b[0]
        if k == "title":
            p = d.add_paragraph(style="Title")
            p.add_run(b[1])
        elif k == "sub":
            p = d.add_paragraph(style="Subtitle")
            p.add_run(b[1])
        elif k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            p = d.add_paragraph()
            _docx_runs(p, b[1])
        elif k == "center":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _docx_runs(p, b[1])
        elif k == "li":
            p = d.add_paragraph(style="List Bullet")
            _docx_runs(p, b[1])
        elif k == "nli":
            p = d.add_paragraph(style="List Number")
            _docx_runs(p, b[1])
        elif k == "art":
            p = d.add_heading(b[1], level=2)
            _set_num(p, num_id, 0)
        elif k == "lid":
            p = d.add_paragraph()
            _set_num(p, num_id, 1)
            _docx_runs(p, b[1])
        elif k == "sublid":
            p = d.add_paragraph()
            _set_num(p, num_id, 2)
            _docx_runs(p, b[1])
        elif k in ("table", "sig"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if k == "table":
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    lines = c.split("\n")
                    cell.paragraphs[0].text = ""
                    _docx_runs(cell.paragraphs[0], lines[0])
                    if k == "table" and i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
                    for ln in lines[1:]:
                        _docx_runs(cell.add_paragraph(), ln)
            if len(b) > 2 and b[2]:
                for j, w in enumerate(b[2]):
                    for cell in t.columns[j].cells:
                        cell.width = Cm(w)
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        else:
            raise ValueError(k)


def docx_save(d, path):
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


# --------------------------------------------------------------------------------------------
# Text extraction for --check
# --------------------------------------------------------------------------------------------

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
            xml = z.read("word/document.xml")
        root = ET.fromstring(xml)
        paras = []
        for p in root.iter("{%s}p" % W_NS):
            t = []
            for el in p.iter():
                if el.tag == "{%s}t" % W_NS:
                    t.append(el.text or "")
                elif el.tag in ("{%s}tab" % W_NS, "{%s}br" % W_NS):
                    t.append(" ")
            paras.append("".join(t))
        return "\n".join(paras)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


# ============================================================================================
# h201 -- PDF, two columns, running headers
# ============================================================================================

H201_HEAD = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
    ("sub", "Mobiliteit en transport (kader) \u2013 Logistiek teamleider, niveau 3"),
    ("meta", "Versie 1.0 \u00b7 vastgesteld 2 juni 2025 \u00b7 looptijd schooljaren 2025-2026 tot en met "
             "2028-2029 \u00b7 kenmerk KV/ROC-EV 2025-014"),
    ("p", "Stichting Openbaar Voortgezet Onderwijs Veenendaal-Rhenen, gevestigd te Veenendaal, "
          "bevoegd gezag van Het Kompas Vakcollege (hierna: de school), vertegenwoordigd door "
          "mevrouw drs. H.J. van Ravenswaaij, voorzitter van het college van bestuur, en Stichting "
          "Regionaal Opleidingencentrum Eem en Vallei, gevestigd te Amersfoort (hierna: het ROC), "
          "vertegenwoordigd door de heer ir. B. Ouwerkerk, lid van het college van bestuur, bieden "
          "vanaf 1 augustus 2025 samen een doorlopende leerroute vmbo-mbo aan als bedoeld in artikel "
          "2.107a WVO 2020 en artikel 9.1.2 WEB. Zij leggen hun afspraken hieronder vast. Waar "
          "\u2018leerling\u2019 staat, is ook de student in de mbo-fase bedoeld."),
]

H201 = [
    ("h1", "\u00a7 1 Route, profiel en opleiding"),
    ("p", "1.1 De route verbindt het vmbo-profiel Mobiliteit en transport in de kaderberoepsgerichte "
          "leerweg van de school met de mbo-opleiding Logistiek teamleider (niveau 3, "
          "beroepsopleidende leerweg) van het ROC. Die opleiding hoort bij het opleidingsdomein "
          "Transport, scheepvaart en logistiek."),
    ("p", "1.2 Leerlingen kiezen in het voorjaar van leerjaar 2 voor de route. De route begint in "
          "leerjaar 3 van de school en telt vijf leerjaren: twee in de vo-fase (leerjaar 3 en 4 "
          "vmbo) en drie in de mbo-fase. Wie dat aankan, rondt de mbo-fase in twee jaar af."),
    ("p", "1.3 De school richt haar profielkeuzevakken op logistiek en magazijnbeheer in. In de "
          "mbo-fase volgt iedere leerling in elk geval de keuzedelen Heftruck rijden en Duurzaamheid "
          "in de logistiek."),

    ("h1", "\u00a7 2 Het werkveld doet mee"),
    ("p", "2.1 Vier logistieke bedrijven uit de regio Foodvalley hebben zich aan de route verbonden: "
          "Distributiecentrum Van Wijk Veenendaal B.V., Foodhub De Vallei, Transportonderneming "
          "Gebr. Hol en Koel- en Vrieshuis Rhenen. Alle vier zijn door SBB erkend als leerbedrijf en "
          "hebben zitting in de praktijkraad logistiek."),
    ("p", "2.2 De bedrijven zeggen toe: (a) ieder schooljaar samen minstens twaalf bpv-plaatsen voor "
          "leerlingen in de mbo-fase; (b) in de vo-fase per periode een levensechte praktijkopdracht "
          "en twee gastlessen; (c) assessoren die de proeve van bekwaamheid mee beoordelen."),
    ("p", "2.3 De praktijkraad komt twee keer per jaar bijeen met het routeteam (\u00a7 3). Hij "
          "adviseert over de keuzedelen, de inhoud van het programma en de aansluiting op de "
          "arbeidsmarkt. Het advies wordt schriftelijk vastgelegd en in de rapportage van \u00a7 4 "
          "opgenomen."),

    ("h1", "\u00a7 3 Routeleiding"),
    ("p", "3.1 De leiding over de route ligt bij een routeteam van drie personen: de afdelingsleider "
          "bovenbouw kader van de school, de teamleider Logistiek van het ROC en een "
          "routecoördinator."),
    ("p", "3.2 De school en het ROC wijzen elk hun eigen lid van het routeteam aan bij besluit van hun "
          "college van bestuur. De routecoördinator wordt na een gezamenlijke selectieprocedure door "
          "beide colleges van bestuur samen aangewezen, telkens voor twee schooljaren; herbenoeming "
          "is mogelijk."),
    ("p", "3.3 Het routeteam is belast met het opstellen van het gezamenlijke PTA/OER per leerjaar, de "
          "roostering en de verdeling van docenturen over vo- en mbo-fase, de intake en plaatsing van "
          "leerlingen, de organisatie van bpv en praktijkopdrachten, de kwaliteitszorg en de "
          "begeleiding van overstappers (\u00a7 6)."),
    ("p", "3.4 Het routeteam beslist zelfstandig over de dagelijkse uitvoering, over de toelating van "
          "leerlingen tot de route en over de inzet van docenten binnen de formatie die de besturen "
          "jaarlijks vaststellen. Besluiten die de formatie, de begroting of de looptijd raken, legt "
          "het routeteam ter besluitvorming voor aan beide colleges van bestuur."),

    ("h1", "\u00a7 4 Rekenschap aan de besturen"),
    ("p", "4.1 Het routeteam stuurt beide colleges van bestuur twee keer per jaar, uiterlijk 1 december "
          "en uiterlijk 1 juni, een schriftelijke voortgangsrapportage. Daarin staan in elk geval de "
          "in-, door- en uitstroomcijfers, de examenresultaten, het aantal overstappers, de inzet "
          "van personeel en de uitputting van het routebudget."),
    ("p", "4.2 De rapportage van 1 juni wordt besproken in het bestuurlijk overleg van beide colleges "
          "van bestuur. Het routeteam legt daar verantwoording af over het afgelopen schooljaar."),
    ("p", "4.3 Over voorvallen die de continuïteit van de route of de veiligheid van leerlingen raken, "
          "licht het routeteam beide besturen onverwijld in."),

    ("h1", "\u00a7 5 Onderwijs, personeel en voorzieningen"),
    ("p", "5.1 Locaties. De vo-fase wordt verzorgd in het gebouw van Het Kompas Vakcollege in "
          "Veenendaal. Vanaf leerjaar 4 volgen leerlingen één dag per week les op de logistieke "
          "campus van het ROC in Ede. De mbo-fase vindt plaats op die campus en bij de leerbedrijven."),
    ("p", "5.2 Programma en examinering. Onderwijsprogramma, examinering en bpv worden per leerjaar "
          "beschreven in één gezamenlijk PTA/OER. Daarin staat welke onderdelen tot het vmbo, welke "
          "tot het mbo en welke tot beide behoren. Het centraal examen vmbo vindt plaats in "
          "leerjaar 4; mbo-examens kunnen vanaf leerjaar 3 worden afgenomen."),
    ("p", "5.3 Personeel. De route wordt verzorgd door één docententeam. Twee docenten logistiek van het "
          "ROC geven in de vo-fase samen acht lesuren per week op de school; docenten Mobiliteit en "
          "transport van de school verzorgen in de mbo-fase het keuzedeel Heftruck rijden. Voor de "
          "vakoverstijgende projecten in leerjaar 3 en 4 maakt het team gebruik van de "
          "teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); voor elk "
          "programmaonderdeel is een bevoegde docent verantwoordelijk. Docenten blijven in dienst "
          "van hun eigen werkgever; hun inzet bij de andere partij wordt jaarlijks in een "
          "detacheringsafspraak vastgelegd."),
    ("p", "5.4 Voorzieningen. Leerlingen in de vo-fase gebruiken het leerwarehouse met "
          "heftrucksimulator en het WMS-oefenpakket van het ROC. Het ROC gebruikt op zijn beurt het "
          "praktijklokaal Mobiliteit en transport van de school voor de lessen voertuigkennis. Beide "
          "partijen stellen hun mediatheek en ICT-voorzieningen open voor alle leerlingen van de "
          "route."),
    ("p", "5.5 Inschrijving, verzuim en klachten. In de vo-fase staat de leerling ingeschreven bij de "
          "school, in de mbo-fase bij het ROC. Verzuim meldt de partij waar de leerling is "
          "ingeschreven. De klachtenregeling van elke partij geldt ook voor klachten over gedrag van "
          "personeel van de andere partij binnen de route; de andere partij werkt aan de afhandeling "
          "mee."),

    ("h1", "\u00a7 6 Als de route niet (meer) past"),
    ("p", "6.1 Stopt een leerling met de route voordat hij haar met succes heeft afgerond, dan zorgen "
          "de school en het ROC er samen voor dat hij een diploma kan halen dat past bij het bereikte "
          "niveau en bij zijn leeftijd. Welk vervolg dat is, stellen zij gezamenlijk vast na een "
          "gesprek met de leerling en zijn ouders of verzorgers."),
    ("p", "6.2 Vervolgen die in elk geval openstaan: (a) in de vo-fase: de reguliere "
          "kaderberoepsgerichte leerweg Mobiliteit en transport of een ander profiel van de school, "
          "met het vmbo-diploma als doel; (b) wie het vmbo-diploma niet in leerjaar 4 haalt: het "
          "examen in het eerste mbo-jaar alsnog afleggen, het jaar overdoen, of zonder dat diploma "
          "instromen in een opleiding van het ROC op niveau 2 of 3; (c) in de mbo-fase: een andere "
          "opleiding van het ROC op niveau 3, in dezelfde of een andere richting, of de opleiding "
          "Logistiek medewerker op niveau 2 als dat beter past."),
    ("p", "6.3 Bij een overstap binnen het ROC gelden de vooropleidingseisen niet. Kiest de leerling "
          "een andere instelling, dan helpt het routeteam bij de aanmelding en een eventueel "
          "geschiktheidsonderzoek en draagt het de leerling warm over."),
    ("p", "6.4 De uitwerking van deze paragraaf staat in de schoolgids van de school en de studiegids "
          "van de route."),

    ("h1", "\u00a7 7 Financiële afspraken"),
    ("p", "7.1 Met toepassing van artikel 5.42a WVO 2020 draagt de school voor iedere leerling die op 1 "
          "oktober in de vo-fase staat ingeschreven, per schooljaar \u20ac 640 van haar bekostiging over "
          "aan het ROC."),
    ("p", "7.2 Dit bedrag is bestemd voor de inzet van de ROC-docenten in de vo-fase (\u00a7 5.3) en het "
          "gebruik van het leerwarehouse (\u00a7 5.4). Het ROC factureert in november."),
    ("p", "7.3 In de mbo-fase wordt geen bekostiging overgedragen. Overige kosten draagt iedere partij "
          "zelf."),

    ("h1", "\u00a7 8 Medezeggenschap"),
    ("p", "8.1 Bovenop de wettelijke regeling (WMS voor de school, WEB en WOR voor het ROC) spreken "
          "partijen af dat de leerlingen in de vo-fase uit hun midden één vertegenwoordiger kiezen, "
          "die als lid met spreekrecht deelneemt aan de studentenraad van de logistieke campus."),
    ("p", "8.2 De medezeggenschapsraad van de school en de studentenraad van het ROC bespreken elk jaar "
          "in een gezamenlijke vergadering de rapportage van 1 juni (\u00a7 4)."),

    ("h1", "\u00a7 9 Verschil van mening"),
    ("p", "9.1 Verschillen van inzicht over de uitvoering van deze overeenkomst worden eerst in het "
          "routeteam besproken. Lukt een oplossing daar niet binnen vier weken, dan leggen de "
          "directeuren van de school en van de logistieke campus de kwestie voor aan het bestuurlijk "
          "overleg."),
    ("p", "9.2 Bereiken de colleges van bestuur binnen zes weken geen overeenstemming, dan schakelen "
          "zij een mediator in die zij samen kiezen."),
    ("p", "9.3 Levert mediation binnen drie maanden geen oplossing op, dan kan elke partij het geschil "
          "voorleggen aan de bevoegde rechter van de rechtbank Midden-Nederland."),

    ("h1", "\u00a7 10 Looptijd, nieuwe partners, wijzigen en opzeggen"),
    ("p", "10.1 Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2029 en wordt daarna "
          "telkens met vier jaar verlengd, tenzij een partij haar opzegt."),
    ("p", "10.2 Een andere vmbo-school of mbo-instelling kan toetreden als zij de route in dezelfde "
          "vorm wil aanbieden, beide partijen daar schriftelijk mee instemmen en de nieuwe partner "
          "een toetredingsverklaring tekent waarin zij alle afspraken aanvaardt. Toetreding gaat in "
          "per 1 augustus; de partijen melden haar samen bij DUO."),
    ("p", "10.3 De overeenkomst wordt alleen gewijzigd bij schriftelijk besluit van beide colleges van "
          "bestuur. Een wijziging die het programma van zittende leerlingen raakt, gaat niet eerder "
          "in dan het volgende schooljaar."),
    ("p", "10.4 Opzegging gebeurt schriftelijk tegen 1 augustus, met een termijn van ten minste twaalf "
          "maanden. Na opzegging stromen geen nieuwe leerlingen meer in; wie al in de route zit, maakt "
          "haar af onder deze afspraken. Bij ontbinding wegens een ernstige tekortkoming geldt "
          "hetzelfde."),
    ("p", "10.5 Bij toetreding, wijziging en beëindiging zorgen partijen er samen voor dat de gevolgen "
          "voor leerlingen zo klein mogelijk blijven; zo nodig is \u00a7 6 van toepassing."),

    ("h1", "\u00a7 11 Melding en ondertekening"),
    ("p", "Partijen melden de route gezamenlijk bij de minister via RIO. Aldus overeengekomen en in "
          "tweevoud getekend te Veenendaal op 2 juni 2025."),
    ("sig", [["Namens Stichting Openbaar Voortgezet Onderwijs Veenendaal-Rhenen", "Namens Stichting "
              "Regionaal Opleidingencentrum Eem en Vallei"],
             ["drs. H.J. van Ravenswaaij\nvoorzitter college van bestuur".replace("\n", " \u2013 "),
              "ir. B. Ouwerkerk \u2013 lid college van bestuur"]]),
]


@sample(201, "h201_twee_kolommen_kopregels_logistiek_veenendaal", "pdf",
        "PDF in two columns with running headers and \u00a7-paragraphs, plain businesslike voice; "
        "Veenendaal, Mobiliteit en transport kb -> Logistiek teamleider mbo-3; fully compliant",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "\u00a7 1 Route, profiel en opleiding", "b": "\u00a7 2 Het werkveld doet mee",
         "c": "\u00a7 3 Routeleiding", "d": "\u00a7 4 Rekenschap aan de besturen",
         "e": "\u00a7 5 Onderwijs, personeel en voorzieningen",
         "f": "\u00a7 6 Als de route niet (meer) past", "g": "\u00a7 7 Financiële afspraken",
         "h": "\u00a7 8 Medezeggenschap", "i": "\u00a7 9 Verschil van mening",
         "j": "\u00a7 10 Looptijd, nieuwe partners, wijzigen en opzeggen"})
def build_201(path):
    build_pdf_twocol(path, H201_HEAD, H201,
                     title="SOK doorlopende leerroute Logistiek \u2013 Het Kompas Vakcollege / ROC Eem en Vallei",
                     author="Het Kompas Vakcollege",
                     header="Het Kompas Vakcollege \u00b7 ROC Eem en Vallei \u2014 Samenwerkingsovereenkomst "
                            "doorlopende leerroute Logistiek 2025-2029")


# ============================================================================================
# h202 -- DOCX, Word auto-numbered articles and leden, many cross-references
# ============================================================================================

H202 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn \u2013 Verpleegkundige"),
    ("p", "**DE ONDERGETEKENDEN:**"),
    ("nli", "de stichting **Stichting Openbare Scholengroep Gouwe en IJssel**, statutair gevestigd te Gouda, "
            "bevoegd gezag van het Gouwe Zorgcollege, ten deze rechtsgeldig vertegenwoordigd door de heer "
            "mr. P.C. Verbeek, voorzitter van het college van bestuur, hierna te noemen: \u2018de School\u2019;"),
    ("nli", "de stichting **Stichting Regionaal Opleidingencentrum Hollandse IJssel**, statutair gevestigd te "
            "Gouda, ten deze rechtsgeldig vertegenwoordigd door mevrouw drs. A.M. Kooistra-de Bruin, "
            "voorzitter van het college van bestuur, hierna te noemen: \u2018de Instelling\u2019;"),
    ("p", "hierna gezamenlijk te noemen: \u2018Partijen\u2019 en ieder afzonderlijk: \u2018Partij\u2019;"),
    ("p", "**OVERWEGENDE DAT:**"),
    ("li", "Partijen in de regio Midden-Holland het tekort aan verpleegkundigen willen helpen terugdringen "
           "door leerlingen een ononderbroken leerweg naar het mbo-diploma te bieden;"),
    ("li", "de wet voorschrijft dat een doorlopende leerroute vmbo-mbo wordt verzorgd op grond van een "
           "samenwerkingsovereenkomst (artikel 2.107b WVO 2020 en artikel 9.1.3 WEB);"),
    ("li", "de medezeggenschapsraad van de School en de studentenraad van de Instelling over het voornemen "
           "tot deze samenwerking advies hebben uitgebracht;"),
    ("p", "**KOMEN OVEREEN ALS VOLGT:**"),

    ("art", "Begripsbepalingen"),
    ("lid", "In deze overeenkomst en de daarbij behorende bijlagen wordt verstaan onder:"),
    ("sublid", "Leerroute: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 3;"),
    ("sublid", "Leerling: de leerling van de School of de student van de Instelling die aan de Leerroute "
               "deelneemt;"),
    ("sublid", "Vo-fase: de eerste twee leerjaren van de Leerroute; Mbo-fase: de daarop volgende leerjaren;"),
    ("sublid", "Routeraad: het orgaan, bedoeld in artikel 4;"),
    ("sublid", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en onderwijs- en "
               "examenreglement, bedoeld in artikel 6, tweede lid;"),
    ("sublid", "Werkveldraad: de raad, bedoeld in artikel 9, tweede lid."),

    ("art", "Onderwerp"),
    ("lid", "Partijen verzorgen gezamenlijk de Leerroute met ingang van het schooljaar 2025-2026."),
    ("lid", "Partijen melden de Leerroute gezamenlijk aan de minister van OCW door registratie in RIO, "
            "uiterlijk vóór de start van het eerste schooljaar."),
    ("lid", "De bijlagen (1: PTA/OER-overzicht per leerjaar; 2: jaarplanning bpv) maken deel uit van deze "
            "overeenkomst. Bij strijd gaat de tekst van de artikelen voor."),

    ("art", "Profiel en opleiding"),
    ("lid", "De Leerroute verbindt het profiel Zorg en welzijn in de gemengde leerweg van de School met de "
            "middenkaderopleiding Verpleegkundige, niveau 4, beroepsopleidende leerweg, van de Instelling, "
            "in het opleidingsdomein Zorg en welzijn."),
    ("lid", "De Vo-fase omvat leerjaar 3 en 4 van de School; de Mbo-fase omvat drie studiejaren, die "
            "voor Leerlingen met voldoende voortgang kunnen worden verkort tot twee en een half jaar."),
    ("lid", "Toelating tot de Leerroute geschiedt door de Routeraad op de voet van artikel 4, vierde lid, "
            "na een intakegesprek in leerjaar 2."),

    ("art", "Routeraad"),
    ("lid", "De leiding over de Leerroute berust bij de Routeraad."),
    ("lid", "De Routeraad bestaat uit vijf leden: twee vertegenwoordigers van de School, onder wie in elk "
            "geval een teamleider bovenbouw, twee vertegenwoordigers van de Instelling, onder wie in elk "
            "geval een onderwijsmanager Verpleegkunde, en de routecoördinator. Het voorzitterschap wisselt "
            "ieder schooljaar tussen de School en de Instelling."),
    ("lid", "De Routeraad heeft tot taak:"),
    ("sublid", "het opstellen en jaarlijks actualiseren van het PTA/OER, bedoeld in artikel 6, tweede lid;"),
    ("sublid", "het bewaken van de doorlopende leerlijn en het voorkomen van overlap tussen vmbo- en "
               "mbo-stof;"),
    ("sublid", "de begeleiding van Leerlingen die de Leerroute verlaten, met inachtneming van artikel 8;"),
    ("sublid", "het onderhouden van de contacten met de Werkveldraad, bedoeld in artikel 9;"),
    ("sublid", "de informatievoorziening en verantwoording, bedoeld in artikel 5."),
    ("lid", "De besturen van Partijen dragen de Routeraad de volgende bevoegdheden op: het vaststellen van "
            "het jaarrooster, het nemen van besluiten over toelating tot de Leerroute, de verdeling van de "
            "in artikel 7, eerste lid, bedoelde lesuren over de docenten en het maken van bpv-afspraken met "
            "leerbedrijven binnen de kaders van artikel 9."),
    ("lid", "Besluiten met financiële gevolgen boven \u20ac 5.000 per schooljaar en besluiten over de omvang "
            "van de personele inzet behoeven de voorafgaande instemming van beide besturen."),
    ("lid", "De Routeraad vergadert ten minste zes keer per schooljaar en besluit bij consensus. Wordt "
            "geen consensus bereikt, dan beslissen de besturen met toepassing van artikel 5, derde lid."),

    ("art", "Informatievoorziening en verantwoording"),
    ("lid", "De Routeraad verstrekt beide besturen ieder kwartaal een beknopte managementrapportage over "
            "aanmeldingen, verzuim, uitval en studievoortgang."),
    ("lid", "Jaarlijks vóór 1 oktober legt de Routeraad in een schriftelijk jaarverslag verantwoording af "
            "over het voorgaande schooljaar. Het jaarverslag wordt besproken in het bestuurlijk overleg "
            "van oktober."),
    ("lid", "Punten waarover de Routeraad geen consensus bereikt, worden binnen twee weken voorgelegd aan "
            "het bestuurlijk overleg, dat daarover beslist."),

    ("art", "Onderwijskundige en organisatorische inrichting"),
    ("lid", "De Vo-fase wordt verzorgd op het Gouwe Zorgcollege, locatie Goverwelle; vanaf leerjaar 4 "
            "volgen Leerlingen één dag per week onderwijs in het skillslab van de Zorgcampus Gouda van de "
            "Instelling. De Mbo-fase wordt verzorgd op de Zorgcampus Gouda en bij de leerbedrijven."),
    ("lid", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar "
            "beschreven in het PTA/OER, waarin is aangegeven welke onderdelen tot het vmbo, welke tot "
            "het mbo en welke tot beide behoren."),
    ("lid", "Het centraal examen vmbo wordt afgenomen aan het einde van leerjaar 4. Mbo-examinering is "
            "mogelijk vanaf het tweede leerjaar van de Leerroute, met inachtneming van het PTA/OER."),
    ("lid", "In de Vo-fase staat de Leerling ingeschreven bij de School, in de Mbo-fase bij de "
            "Instelling. Verzuim wordt gemeld door de Partij waar de Leerling is ingeschreven."),
    ("lid", "De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van bestuur en "
            "personeel van de andere Partij in het kader van de Leerroute. Partijen verlenen elkaar "
            "medewerking bij de behandeling van een klacht."),

    ("art", "Inzet van personeel en gebruik van faciliteiten"),
    ("lid", "De Instelling zet in de Vo-fase wekelijks zes lesuren een docent verpleegkunde in op de "
            "School; de School zet in de Mbo-fase wekelijks twee lesuren een docent biologie/verzorging in "
            "voor het vak anatomie en fysiologie."),
    ("lid", "Voor de vakoverstijgende onderdelen \u2018Zorgpraktijk 1\u2019 en \u2018Zorgpraktijk 2\u2019 werken "
            "de docenten van beide Partijen als één team als bedoeld in artikel 7.13a WVO 2020 en artikel "
            "9.1.12 WEB. Voor ieder programmaonderdeel is een daartoe bevoegde docent verantwoordelijk; "
            "het PTA/OER vermeldt in welke onderdelen het team wordt ingezet."),
    ("lid", "Het personeel blijft in dienst van de eigen werkgever en valt tijdens de werkzaamheden voor "
            "de andere Partij onder diens huisregels."),
    ("lid", "De Instelling stelt haar skillslab, simulatiepoppen en de digitale leeromgeving "
            "Verpleegkunde ter beschikking voor de Leerlingen in de Vo-fase; de School stelt haar "
            "praktijklokaal verzorging en de mediatheek ter beschikking voor de lessen bedoeld in het "
            "eerste lid."),

    ("art", "Overstapmogelijkheden"),
    ("lid", "Dit artikel is van toepassing wanneer de deelname van een Leerling aan de Leerroute eindigt "
            "voordat hij deze met succes heeft afgerond, behoudens definitieve verwijdering."),
    ("lid", "De School en de Instelling beoordelen gezamenlijk, na overleg met de Leerling en diens "
            "ouders, welk vervolg past bij het bereikte onderwijsniveau en de leeftijd van de Leerling, "
            "zodat deze alsnog een vmbo-diploma of een mbo-diploma kan behalen."),
    ("lid", "Als vervolg komen in elk geval in aanmerking:"),
    ("sublid", "in de Vo-fase: voortzetting in de reguliere gemengde leerweg Zorg en welzijn of in een "
               "andere leerweg of een ander profiel van de School, gericht op het vmbo-diploma;"),
    ("sublid", "na het behalen van het vmbo-diploma: de opleiding Verzorgende-IG (niveau 3) of een andere "
               "opleiding in het domein Zorg en welzijn van de Instelling;"),
    ("sublid", "indien het vmbo-diploma aan het einde van het derde leerjaar van de Leerroute niet is "
               "behaald: herhaling van dat leerjaar, of instroom zonder vmbo-diploma in een opleiding van "
               "de Instelling op een vergelijkbaar niveau."),
    ("lid", "Bij een overstap binnen de Instelling zijn de vooropleidingseisen niet van toepassing. Kiest "
            "de Leerling voor een andere instelling, dan draagt de Routeraad zorg voor een warme "
            "overdracht en verleent hij medewerking aan een eventueel geschiktheidsonderzoek."),
    ("lid", "De nadere uitwerking van dit artikel wordt opgenomen in de schoolgids en de studiegids."),

    ("art", "Betrokkenheid van het werkveld"),
    ("lid", "Partijen betrekken de zorgaanbieders in de regio Midden-Holland bij de invulling van de "
            "Leerroute op de wijze omschreven in de volgende leden."),
    ("lid", "Er is een Werkveldraad, waarin in elk geval Streekziekenhuis Gouwe, Zorggroep Hollandse "
            "IJssel en Thuiszorg Krimpenerwaard-Noord zitting hebben. De Werkveldraad adviseert de "
            "Routeraad twee keer per schooljaar over de inhoud van het programma en de keuzedelen."),
    ("lid", "De in het tweede lid genoemde zorgaanbieders bieden als erkend leerbedrijf bpv-plaatsen in "
            "de Mbo-fase en oriëntatiestages van een week in leerjaar 4, verzorgen per schooljaar "
            "ten minste vier gastlessen en wijzen praktijkopleiders aan die de praktijkexamens mee "
            "beoordelen."),

    ("art", "Financiële bepalingen"),
    ("lid", "Met toepassing van artikel 5.42a WVO 2020 draagt de School voor iedere Leerling die op 1 "
            "oktober in de Vo-fase staat ingeschreven, per schooljaar een bedrag van \u20ac 1.275 over aan "
            "de Instelling."),
    ("lid", "De Instelling zendt uiterlijk 1 december een factuur; betaling geschiedt binnen dertig "
            "dagen na factuurdatum."),
    ("lid", "Het in het eerste lid genoemde bedrag wordt jaarlijks per 1 augustus geïndexeerd met de "
            "loon- en prijsbijstelling die de School over het voorafgaande kalenderjaar ontvangt."),

    ("art", "Medezeggenschap"),
    ("lid", "Partijen leggen een voorstel tot wijziging van deze overeenkomst als bedoeld in artikel 14, "
            "tweede lid, voor advies voor aan zowel de medezeggenschapsraad van de School als de "
            "studentenraad van de Instelling."),
    ("lid", "Leerlingen in de Vo-fase mogen deelnemen aan de verkiezingen van de studentenraad van de "
            "Zorgcampus Gouda en kunnen daarin zitting nemen met een adviserende stem."),

    ("art", "Geschillen"),
    ("lid", "Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst besproken in "
            "de Routeraad en, indien het daar niet binnen vier weken is opgelost, in het bestuurlijk "
            "overleg."),
    ("lid", "Leidt het bestuurlijk overleg niet binnen zes weken tot een oplossing, dan leggen Partijen "
            "het geschil voor aan een door hen gezamenlijk aan te wijzen onafhankelijke adviseur, die "
            "bindend advies uitbrengt."),
    ("lid", "Komen Partijen niet binnen twee weken tot overeenstemming over de persoon van de adviseur, "
            "dan kan iedere Partij het geschil voorleggen aan de bevoegde rechter van de rechtbank Den Haag."),

    ("art", "Duur, opzegging en ontbinding"),
    ("lid", "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd."),
    ("lid", "Iedere Partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met "
            "inachtneming van een opzegtermijn van ten minste twaalf maanden."),
    ("lid", "Iedere Partij kan de overeenkomst ontbinden indien de andere Partij, na schriftelijke "
            "ingebrekestelling met een redelijke termijn, ernstig tekortschiet in de nakoming."),
    ("lid", "Na opzegging of ontbinding stromen geen nieuwe Leerlingen meer in. Leerlingen die op dat "
            "moment aan de Leerroute deelnemen, ronden deze af onder de voor hen geldende afspraken; "
            "artikel 8 blijft op hen van toepassing."),

    ("art", "Toetreding en wijziging"),
    ("lid", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze "
            "overeenkomst toetreden, indien zij de Leerroute in overeenstemming met artikel 3 wil "
            "verzorgen, beide Partijen schriftelijk instemmen en zij een toetredingsovereenkomst "
            "ondertekent waarin zij de rechten en verplichtingen uit deze overeenkomst aanvaardt. "
            "Toetreding gaat in per 1 augustus en wordt gezamenlijk aan DUO gemeld."),
    ("lid", "Wijziging van deze overeenkomst is slechts mogelijk bij schriftelijke overeenkomst tussen "
            "alle Partijen, met inachtneming van artikel 11, eerste lid. Een wijziging die het programma "
            "van deelnemende Leerlingen raakt, treedt niet in werking tijdens het lopende schooljaar."),
    ("lid", "Partijen richten toetreding en wijziging zo in dat de gevolgen voor de Leerlingen zo veel "
            "mogelijk worden beperkt."),

    ("art", "Slotbepalingen"),
    ("lid", "Op deze overeenkomst is Nederlands recht van toepassing."),
    ("lid", "Deze overeenkomst is opgemaakt in tweevoud en ondertekend te Gouda op 16 juni 2025."),
    ("sig", [["Stichting Openbare Scholengroep Gouwe en IJssel", "Stichting Regionaal Opleidingencentrum "
              "Hollandse IJssel"],
             ["\n\nmr. P.C. Verbeek\nvoorzitter college van bestuur",
              "\n\ndrs. A.M. Kooistra-de Bruin\nvoorzitter college van bestuur"]]),
]


@sample(202, "h202_autonummering_kruisverwijzingen_verpleegkunde_gouda", "docx",
        "DOCX in formal article style with Word multilevel auto-numbering (Artikel %1 / %1.%2) and many "
        "cross-references; Gouda, Zorg en welzijn gl -> Verpleegkundige mbo-4; routeraad described at "
        "length but no wijze van benoeming (c weak); funding transfer with amount but no purpose (g weak)",
        {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
         "f": "present", "g": "weak", "h": "present", "i": "present", "j": "present"},
        {"a": "Profiel en opleiding", "b": "Betrokkenheid van het werkveld",
         "d": "Informatievoorziening en verantwoording",
         "e": "Onderwijskundige en organisatorische inrichting", "f": "Overstapmogelijkheden",
         "h": "Medezeggenschap", "i": "Geschillen", "j": "Duur, opzegging en ontbinding"})
def build_202(path):
    d = _docx_new("Bestuursbureau Scholengroep Gouwe en IJssel")
    nid = _docx_article_numbering(d)
    docx_blocks(d, H202, num_id=nid)
    docx_save(d, path)


# ============================================================================================
# h203 -- TXT, very short note by a school leader, signed "voor akkoord" by both boards
# ============================================================================================

H203 = """
VAKCOLLEGE SCHAGEN-NOORD - directie

NOTITIE

Aan:      het bestuur van Stichting Voortgezet Onderwijs Noordkop
          het college van bestuur van Stichting Regionaal Opleidingencentrum Polderland
Van:      Marieke Dekker, directeur Vakcollege Schagen-Noord
Datum:    12 mei 2025
Betreft:  afspraken doorlopende leerroute Dienstverlening en producten - Medewerker sport en recreatie

Beste bestuurders,

Na drie gesprekken met Ruud Jonker (opleidingsmanager Sport en bewegen, ROC Polderland) zet ik
hieronder op een rij wat we samen hebben afgesproken over de nieuwe route. Als u beiden deze notitie
voor akkoord tekent, is zij de samenwerkingsovereenkomst die de wet voor de route eist (art. 2.107b
WVO 2020 en art. 9.1.3 WEB). De afspraken gaan in op 1 augustus 2025.

1. De route
Basisberoepsgerichte leerweg, profiel Dienstverlening en producten (met de keuzevakken Sport en
bewegen en Recreatie), doorlopend naar de mbo-opleiding Medewerker sport en recreatie, niveau 2,
BOL, van ROC Polderland (domein Sport en bewegen). Leerjaar 3 en 4 volgen de leerlingen bij ons,
het derde jaar van de route op de ROC-locatie Schagen.

2. Wie uit het werkveld meedoet
Sportcentrum De Groenoord, Zwembad Het Wad, Recreatiepark Duinzicht en Omnisportvereniging
Schagen-Noord doen mee. Zij bieden de stageplaatsen (bpv) in het laatste jaar, geven in leerjaar 3
en 4 elke periode een clinic of gastles en beoordelen de praktijkexamens mee.

3. Wie de route leidt
Een duo: Sander Bakker (teamleider basis, onze school) en Ruud Jonker (ROC). Ieder bestuur wijst
zijn eigen lid van het duo aan. Het duo maakt het rooster en het gezamenlijke PTA/OER, beslist over
toelating, regelt de bpv en houdt de begeleiding van leerlingen in de gaten. Het mag zelf beslissen
over toelating en over de inzet van docenten tot acht lesuren per week; alles wat daarboven gaat,
legt het aan beide besturen voor.

4. Verslag aan de besturen
Het duo stuurt elk jaar vóór 1 juli een kort schriftelijk verslag aan beide besturen (aantallen,
uitval, examenresultaten, knelpunten) en licht dat toe in het bestuurlijk overleg van september.

5. Onderwijs, mensen en ruimtes
Het programma en de examinering staan per leerjaar in één PTA/OER van school en ROC. In leerjaar 4
geeft een ROC-docent sport vier uur per week les bij ons; in het derde routejaar verzorgt onze
docent LO twee uur per week de lessen bewegingsagogie op het ROC. Leerlingen gebruiken in leerjaar
3 en 4 onze gymzaal en fitnessruimte en één middag per week de sporthal en het beweeglab van het
ROC. In leerjaar 3 en 4 staan ze bij ons ingeschreven, daarna bij het ROC.

6. Als het niet lukt
Stopt een leerling met de route, dan kijken school en ROC samen met de leerling en zijn ouders wat
past bij zijn niveau en leeftijd, zodat hij toch een diploma haalt. In leerjaar 3 of 4 kan hij
terug naar de gewone basisberoepsgerichte leerweg Dienstverlening en producten en daar zijn
vmbo-diploma halen. Later kan hij overstappen naar een andere opleiding op niveau 2 van het ROC; de
toelatingseisen gelden dan niet. Wie het vmbo-diploma na leerjaar 4 nog mist, kan het examen in
het derde routejaar opnieuw doen of zonder dat diploma in een opleiding op niveau 2 verdergaan.

7. Als we het oneens zijn
Komen we er samen niet uit, dan praten de besturen met elkaar tot er een oplossing is.

8. Looptijd, wijzigen en stoppen
De afspraken gelden voor vier schooljaren en worden daarna steeds met vier jaar verlengd. Opzeggen
kan alleen schriftelijk tegen 1 augustus, met een jaar opzegtermijn; leerlingen die al in de route
zitten, maken haar dan af en er komen geen nieuwe leerlingen meer bij. Wijzigen kan alleen als
beide besturen de wijziging op papier zetten en tekenen, en nooit midden in een schooljaar.

Met vriendelijke groet,
Marieke Dekker

Voor akkoord, Schagen, 19 mei 2025

Stichting Voortgezet Onderwijs Noordkop          Stichting Regionaal Opleidingencentrum Polderland
drs. W. (Wim) Zeeman, bestuurder                 ing. F. (Fatma) Yilmaz, voorzitter college van bestuur
"""


@sample(203, "h203_notitie_schoolleider_sport_recreatie_schagen", "txt",
        "very short TXT note by a school director, signed 'voor akkoord' by both boards as the SOK; "
        "Schagen, Dienstverlening en producten bb -> Medewerker sport en recreatie mbo-2; nothing on "
        "finances (g missing), disputes only by talking (i weak), no toetreding (j weak), silent on "
        "medezeggenschap",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "missing", "h": "not_applicable", "i": "weak", "j": "weak"},
        {"a": "1. De route", "b": "2. Wie uit het werkveld meedoet", "c": "3. Wie de route leidt",
         "d": "4. Verslag aan de besturen", "e": "5. Onderwijs, mensen en ruimtes",
         "f": "6. Als het niet lukt"})
def build_203(path):
    write_text(path, H203)


# ============================================================================================
# h204 -- PDF, long; drafted by a municipality's education team; the arrangements sit in an annex
# ============================================================================================

H204 = [
    ("meta", "Gemeente Zaltbommel \u00b7 Team Onderwijs, Jeugd en Arbeidsmarkt"),
    ("title", "Bouwroute Bommelerwaard"),
    ("sub", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Bouwen, wonen en interieur "
            "\u2013 Allround timmerman (niveau 3)"),
    ("meta", "Opgesteld door het team Onderwijs van de gemeente Zaltbommel in opdracht van de Regionale "
             "Onderwijstafel Bommelerwaard \u00b7 definitieve versie 3.0 \u00b7 23 juni 2025 \u00b7 "
             "zaaknummer Z/25/118342"),
    ("sp", 10),
    ("h1", "Leeswijzer"),
    ("p", "Dit document bestaat uit twee delen en drie bijlagen. Deel A schetst de aanleiding en de rol "
          "van de gemeente; het is toelichtend en schept geen verplichtingen. Deel B is de "
          "samenwerkingsovereenkomst tussen de beide schoolbesturen. De eigenlijke afspraken over de "
          "route zijn, op verzoek van de besturen, gebundeld in Bijlage 1 (Afsprakenkader). Die bijlage "
          "maakt integraal deel uit van de overeenkomst (artikel B2). Bijlage 2 bevat de toezeggingen "
          "van de gemeente, Bijlage 3 het overzicht van het programma per leerjaar."),
    ("p", "Het team Onderwijs heeft de tekst voorbereid en het overleg tussen de besturen begeleid. De "
          "gemeente is geen partij bij de samenwerkingsovereenkomst in de zin van artikel 2.107b WVO "
          "2020; zij tekent mee uitsluitend voor haar eigen toezeggingen in Bijlage 2."),

    ("h1", "Deel A \u2013 Aanleiding en rol van de gemeente (toelichting)"),
    ("h2", "A.1 Waarom een bouwroute"),
    ("p", "De gemeenten in de Bommelerwaard hebben in de regionale woondeal afgesproken dat tot en met "
          "2030 ruim 2.400 woningen worden gebouwd of gerenoveerd. Bouwbedrijven in de streek melden "
          "al jaren dat zij onvoldoende vakmensen kunnen vinden. Tegelijk kiest een groeiend aantal "
          "leerlingen van het vmbo voor een technisch profiel, maar vallen jongeren juist bij de "
          "overgang naar het mbo uit: uit de cijfers van het Regionaal Bureau Leerplicht blijkt dat "
          "van de schoolverlaters met een bouwprofiel ongeveer één op de acht in het eerste mbo-jaar "
          "stopt. Een doorlopende leerroute moet die knip wegnemen."),
    ("p", "De Regionale Onderwijstafel Bommelerwaard \u2013 waarin de gemeenten Zaltbommel en Maasdriel, "
          "de schoolbesturen, de mbo-instelling en de bouwsector zitten \u2013 heeft in november 2024 "
          "besloten tot een eerste route in de bouw. De besturen van De Waalborg Vakcollege en ROC "
          "Rivierland hebben het team Onderwijs van de gemeente gevraagd de afspraken op papier te zetten."),
    ("p", "Kengetallen die de Onderwijstafel bij haar besluit heeft gebruikt:"),
    ("table", [["Kengetal (Bommelerwaard)", "2022", "2023", "2024"],
               ["Leerlingen vmbo kader met profiel Bouwen, wonen en interieur", "61", "58", "67"],
               ["Waarvan na diploma naar een mbo-bouwopleiding", "42", "40", "49"],
               ["Uitval in het eerste mbo-jaar (aantal)", "6", "5", "7"],
               ["Openstaande vacatures timmerman/allround timmerman (UWV, peildatum 1 januari)", "38", "44",
                "51"]],
     [0.58, 0.14, 0.14, 0.14]),
    ("p", "Uit gesprekken met jongeren, ouders en bedrijven bleek daarnaast dat leerlingen de overgang "
          "naar een nieuw gebouw, nieuwe docenten en een andere manier van leren als een drempel ervaren. "
          "Een route waarin docenten van school en ROC al in de vo-fase samen lesgeven, en waarin de "
          "leerling de bedrijven vanaf leerjaar 3 leert kennen, moet die drempel verlagen."),
    ("h2", "A.2 Rol van de gemeente"),
    ("p", "De gemeente is aanjager en facilitator. Zij voert het secretariaat van de Onderwijstafel, "
          "verbindt de route met het leerplicht- en RMC-beleid en levert een eenmalige bijdrage aan de "
          "inrichting van de praktijkwerkplaats (zie Bijlage 2). Zij heeft geen zeggenschap over de "
          "inhoud van het onderwijs, de examinering of de inzet van personeel; die liggen volledig bij "
          "de besturen."),
    ("h2", "A.3 Verhouding tot andere afspraken"),
    ("p", "De route past binnen de Regionale Onderwijsagenda Bommelerwaard 2025-2030 en het regionale "
          "plan voortijdig schoolverlaten. Afspraken over leerlingenvervoer en over de "
          "verzuimaanpak staan in die stukken en worden hier niet herhaald, behalve waar Bijlage 1 er "
          "uitdrukkelijk naar verwijst."),

    ("pb",),
    ("h1", "Deel B \u2013 Samenwerkingsovereenkomst"),
    ("p", "DE ONDERGETEKENDEN:"),
    ("p", "1. Stichting Voortgezet Onderwijs Rivierenland-West, gevestigd te Zaltbommel, bevoegd gezag van "
          "De Waalborg Vakcollege, rechtsgeldig vertegenwoordigd door mevrouw M.E. Sterk-van Dalen MBA, "
          "voorzitter van het college van bestuur, hierna: \u2018de school\u2019;"),
    ("p", "2. Stichting Regionaal Opleidingencentrum Rivierland, gevestigd te Tiel, rechtsgeldig "
          "vertegenwoordigd door de heer dr. J.W. Hoogendoorn, voorzitter van het college van bestuur, "
          "hierna: \u2018het ROC\u2019;"),
    ("p", "samen: \u2018de besturen\u2019 of \u2018partijen\u2019;"),
    ("p", "en voor zover het Bijlage 2 betreft: de gemeente Zaltbommel, vertegenwoordigd door wethouder "
          "mevrouw A. Bouzidi, handelend ter uitvoering van het besluit van het college van burgemeester "
          "en wethouders van 10 juni 2025;"),
    ("p", "komen het volgende overeen."),

    ("h2", "Artikel B1. Doel en reikwijdte"),
    ("p", "B1.1 Partijen verzorgen vanaf 1 augustus 2025 gezamenlijk de doorlopende leerroute vmbo-mbo "
          "\u2018Bouwroute Bommelerwaard\u2019 (hierna: de route)."),
    ("p", "B1.2 Partijen melden de route gezamenlijk aan de minister van OCW via registratie in RIO."),
    ("p", "B1.3 Waar in deze overeenkomst \u2018leerling\u2019 staat, wordt mede de student van het ROC "
          "bedoeld die aan de route deelneemt."),

    ("h2", "Artikel B2. Afsprakenkader"),
    ("p", "B2.1 Partijen verbinden zich aan de afspraken in Bijlage 1 (Afsprakenkader). Bijlage 1 maakt "
          "integraal deel uit van deze overeenkomst en heeft dezelfde rechtskracht als de artikelen van "
          "Deel B."),
    ("p", "B2.2 Bijlage 3 (programma per leerjaar) is informatief; het bindende programma staat in het "
          "gezamenlijke PTA/OER dat jaarlijks wordt vastgesteld op de wijze van Afspraak 5."),
    ("p", "B2.3 Bij strijdigheid gaat Deel B voor Bijlage 1 en gaat Bijlage 1 voor Bijlage 3. Deel A "
          "en de leeswijzer hebben geen rechtskracht."),

    ("h2", "Artikel B3. Looptijd, toetreding, wijziging en beëindiging"),
    ("p", "B3.1 De overeenkomst geldt voor vijf schooljaren, van 1 augustus 2025 tot en met 31 juli 2030. "
          "Uiterlijk 1 februari 2029 besluiten partijen op basis van een evaluatie of zij de "
          "overeenkomst verlengen."),
    ("p", "B3.2 Een andere school voor vmbo in de Bommelerwaard of een andere instelling voor "
          "beroepsonderwijs kan als partij tot deze overeenkomst toetreden, mits (a) zij het profiel "
          "Bouwen, wonen en interieur in de kaderberoepsgerichte leerweg respectievelijk de opleiding "
          "Allround timmerman aanbiedt, (b) beide partijen daar schriftelijk mee instemmen, en (c) zij "
          "een toetredingsakte tekent waarmee zij deze overeenkomst inclusief Bijlage 1 aanvaardt. "
          "Toetreding gaat in op 1 augustus volgend op de ondertekening van de akte; de toetreding wordt "
          "gezamenlijk aan DUO gemeld."),
    ("p", "B3.3 Deze overeenkomst en Bijlage 1 kunnen alleen worden gewijzigd bij een door beide "
          "besturen ondertekend schriftelijk stuk. Een wijziging die het programma of de examinering "
          "van leerlingen die al aan de route deelnemen ongunstig raakt, geldt niet voor hen tenzij zij "
          "pas in een volgend schooljaar ingaat en de leerling en zijn ouders tijdig zijn geïnformeerd."),
    ("p", "B3.4 Elk bestuur kan de overeenkomst met een termijn van achttien maanden schriftelijk "
          "opzeggen, uitsluitend tegen 1 augustus. Partijen kunnen de overeenkomst ontbinden als de "
          "andere partij na een schriftelijke ingebrekestelling binnen drie maanden niet alsnog "
          "nakomt, of als de route door een wetswijziging niet langer kan worden verzorgd."),
    ("p", "B3.5 Opzegging, ontbinding en afloop zonder verlenging gaan gepaard met een afbouwregeling: "
          "vanaf het moment van opzegging worden geen nieuwe leerlingen toegelaten, en leerlingen die "
          "al in de route zijn ingestroomd, kunnen haar bij partijen volledig afronden. Waar dat "
          "onverhoopt niet kan, is Afspraak 6 van toepassing. Partijen beperken bij iedere wijziging, "
          "toetreding of beëindiging de gevolgen voor leerlingen zoveel als mogelijk is."),

    ("h2", "Artikel B4. Geschillen"),
    ("p", "B4.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
          "besproken in de stuurgroep (Afspraak 3). Is het geschil daar niet binnen een maand "
          "opgelost, dan wordt het voorgelegd aan de voorzitters van beide colleges van bestuur."),
    ("p", "B4.2 Lukt het de voorzitters niet om binnen zes weken tot een oplossing te komen, dan "
          "schakelen partijen een onafhankelijke mediator in. Partijen kunnen de wethouder onderwijs "
          "vragen een mediator voor te dragen; de keuze blijft aan partijen."),
    ("p", "B4.3 Leidt mediation niet binnen drie maanden tot overeenstemming, dan wordt het geschil "
          "beslecht door de bevoegde rechter in het arrondissement Gelderland."),

    ("h2", "Artikel B5. Slotbepalingen en ondertekening"),
    ("p", "B5.1 Op deze overeenkomst is Nederlands recht van toepassing."),
    ("p", "B5.2 Aldus overeengekomen en in drievoud ondertekend te Zaltbommel op 23 juni 2025."),
    ("sig", [["Stichting Voortgezet Onderwijs Rivierenland-West", "Stichting Regionaal Opleidingencentrum "
              "Rivierland"],
             ["M.E. Sterk-van Dalen MBA, voorzitter college van bestuur",
              "dr. J.W. Hoogendoorn, voorzitter college van bestuur"],
             ["Gemeente Zaltbommel (alleen voor Bijlage 2)", ""],
             ["A. Bouzidi, wethouder onderwijs en economie", ""]]),

    ("pb",),
    ("h1", "Bijlage 1 \u2013 Afsprakenkader Bouwroute Bommelerwaard"),
    ("p", "Deze bijlage maakt integraal deel uit van de samenwerkingsovereenkomst (artikel B2.1)."),

    ("h2", "Afspraak 1. Profiel en opleiding"),
    ("p", "1.1 De route verbindt het vmbo-profiel Bouwen, wonen en interieur in de kaderberoepsgerichte "
          "leerweg van De Waalborg Vakcollege met de mbo-vakopleiding Allround timmerman, niveau 3, van "
          "het Bouwcollege van ROC Rivierland, in het opleidingsdomein Bouw en infra."),
    ("p", "1.2 De route begint in leerjaar 3 van de school. Leerjaar 3 en 4 vormen de vo-fase; de "
          "mbo-fase duurt twee jaar. Het laatste jaar kan in de beroepsbegeleidende leerweg worden "
          "gevolgd bij een leerbedrijf uit het netwerk van Afspraak 2."),
    ("p", "1.3 De profielkeuzevakken in de vo-fase zijn Meubelmaken, Bouwkundig tekenen en "
          "Timmeren en installeren; in de mbo-fase volgen leerlingen in elk geval het keuzedeel "
          "Duurzaam bouwen."),

    ("h2", "Afspraak 2. De bouwbedrijven"),
    ("p", "2.1 Het Leerbedrijvennetwerk Bouw Bommelerwaard is de vaste partner van de route uit de "
          "sector. Daarin werken ten minste negen erkende leerbedrijven samen, waaronder Bouwbedrijf "
          "Van Mourik (Hurwenen), Aannemersbedrijf Gebr. De Kock (Brakel) en Timmerfabriek "
          "Ammerzoden, met de afdeling Rivierenland van de werkgeversorganisatie in de bouw."),
    ("p", "2.2 Het netwerk levert: bouwplaatsbezoeken in leerjaar 3; één \u2018vakman in de klas\u2019 per "
          "maand in de vo-fase; een echte bouwopdracht (een tuinhuis of kapschuur voor een "
          "maatschappelijke organisatie in de gemeente) in leerjaar 4; bpv- en bbl-plaatsen voor alle "
          "leerlingen in de mbo-fase; en praktijkbeoordelaars die de proeve van bekwaamheid mee "
          "afnemen."),
    ("p", "2.3 Het netwerk neemt deel aan de Bouwtafel, die drie keer per jaar met de stuurgroep "
          "overlegt over de inhoud van het programma, de keuzedelen en de behoefte aan vakmensen. De "
          "stuurgroep reageert schriftelijk op de adviezen van de Bouwtafel."),

    ("h2", "Afspraak 3. Stuurgroep en routecoördinator"),
    ("p", "3.1 De leiding over de route berust bij de stuurgroep Bouwroute. De stuurgroep bestaat uit "
          "de directeur van De Waalborg Vakcollege, de directeur van het Bouwcollege van ROC Rivierland "
          "en de routecoördinator. De beleidsadviseur onderwijs van de gemeente woont de vergaderingen "
          "bij als adviseur zonder stem."),
    ("p", "3.2 De directeuren nemen zitting op grond van aanwijzing door hun eigen college van bestuur. "
          "De routecoördinator wordt benoemd door beide colleges van bestuur gezamenlijk, op voordracht "
          "van de directeuren, voor een termijn van drie jaar die eenmaal kan worden verlengd."),
    ("p", "3.3 Taken van de stuurgroep: het jaarlijks vaststellen van het gezamenlijke PTA/OER; de "
          "jaarplanning en het rooster; de toelating van leerlingen; de verdeling van het personeel "
          "over de route binnen de door de besturen beschikbaar gestelde formatie; het contact met de "
          "Bouwtafel; de kwaliteitszorg; en de uitvoering van Afspraak 6."),
    ("p", "3.4 De colleges van bestuur dragen de stuurgroep op om over de onderwerpen van 3.3 zelfstandig "
          "te besluiten. De stuurgroep is niet bevoegd om namens de besturen verplichtingen aan te "
          "gaan boven \u20ac 10.000, om personeel aan te nemen of te ontslaan, of om afwijkingen van deze "
          "overeenkomst toe te staan; daarover beslissen de besturen."),
    ("p", "3.5 De routecoördinator is belast met de dagelijkse gang van zaken en is eerste "
          "aanspreekpunt voor leerlingen, ouders, docenten en bedrijven."),

    ("h2", "Afspraak 4. Informatie en verantwoording aan de besturen"),
    ("p", "4.1 De stuurgroep stelt beide colleges van bestuur halfjaarlijks, in februari en in juli, een "
          "schriftelijke voortgangsrapportage ter hand met de in-, door- en uitstroom, de "
          "examenresultaten, het verzuim, de inzet van personeel en de uitkomsten van de Bouwtafel."),
    ("p", "4.2 Jaarlijks in november legt de stuurgroep in het bestuurlijk overleg verantwoording af over "
          "het afgelopen schooljaar en legt zij het jaarplan voor het volgende schooljaar ter "
          "goedkeuring voor."),
    ("p", "4.3 Ieder college van bestuur kan tussentijds inlichtingen vragen; de stuurgroep geeft die "
          "binnen twee weken."),

    ("h2", "Afspraak 5. Inrichting van het onderwijs"),
    ("p", "5.1 Locaties. De vo-fase vindt plaats op De Waalborg Vakcollege te Zaltbommel. In leerjaar 4 "
          "werken leerlingen twee dagdelen per week in de nieuwe Praktijkwerkplaats Bommelerwaard op "
          "het terrein van de school. De mbo-fase vindt plaats in het Bouwcollege van ROC Rivierland, "
          "locatie Zaltbommel, en bij de leerbedrijven."),
    ("p", "5.2 Programma en examens. Het programma, de examinering en de beroepspraktijkvorming worden "
          "per leerjaar beschreven in het gezamenlijke PTA/OER, dat vermeldt welke onderdelen tot het "
          "vmbo, welke tot het mbo en welke tot beide behoren. Het centraal examen vmbo wordt afgelegd "
          "in leerjaar 4. Mbo-examens kunnen vanaf leerjaar 4 worden afgenomen."),
    ("p", "5.3 Personeel. Twee praktijkdocenten timmeren van het ROC geven in de vo-fase samen één dag "
          "per week les op de school en in de praktijkwerkplaats. Docenten Bouwen, wonen en interieur "
          "van de school verzorgen in de mbo-fase het onderdeel bouwkundig tekenen. Voor de "
          "vakoverstijgende bouwopdracht in leerjaar 4 werken de docenten van beide partijen als team "
          "met toepassing van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; voor elk programmaonderdeel "
          "is een bevoegde docent verantwoordelijk. Personeel blijft in dienst van de eigen werkgever; "
          "de uitwisseling wordt per schooljaar in een detacheringsovereenkomst zonder doorbelasting "
          "vastgelegd."),
    ("p", "5.4 Faciliteiten. Het ROC gebruikt de praktijkwerkplaats van de school voor de mbo-fase op "
          "woensdag en vrijdag; leerlingen in de vo-fase gebruiken de machinale houtbewerkingshal en de "
          "CNC-frees van het Bouwcollege onder toezicht van een ROC-instructeur. Persoonlijke "
          "beschermingsmiddelen en het VCA-examen worden door het ROC verzorgd."),
    ("p", "5.5 Inschrijving, verzuim en klachten. In de vo-fase staat de leerling ingeschreven bij de "
          "school, in de mbo-fase bij het ROC. Verzuim wordt gemeld door de partij waar de leerling "
          "staat ingeschreven, via het Regionaal Bureau Leerplicht. De klachtenregeling van elk "
          "bestuur is mede van toepassing op gedragingen van personeel van het andere bestuur binnen de "
          "route; de voorzitter van de klachtencommissie is niet werkzaam voor het andere bestuur."),

    ("h2", "Afspraak 6. Overstap"),
    ("p", "6.1 Wanneer een leerling de route verlaat voordat hij haar met succes heeft afgerond, stellen "
          "de school en het ROC hem in staat een vmbo-diploma of een mbo-diploma te halen dat past bij "
          "het onderwijsniveau dat hij heeft bereikt en bij zijn leeftijd. De directeuren beoordelen "
          "dat gezamenlijk, na een gesprek met de leerling en zijn ouders; de routecoördinator "
          "bereidt dat gesprek voor."),
    ("table", [["Moment", "Afgesproken mogelijkheden"],
               ["Leerjaar 3 of 4 (vo-fase)", "Voortzetting in de reguliere kaderberoepsgerichte of "
                "basisberoepsgerichte leerweg Bouwen, wonen en interieur, of in een ander profiel van de "
                "school, gericht op het vmbo-diploma."],
               ["vmbo-diploma niet behaald aan het einde van leerjaar 4",
                "Herkansing of doubleren om het vmbo-diploma te behalen; of instroom zonder vmbo-diploma "
                "in de opleiding Timmerman (niveau 2) of een andere opleiding van het ROC op vergelijkbaar "
                "niveau."],
               ["Mbo-fase", "Overstap naar een andere opleiding van het ROC op niveau 2 of 3 in de bouw of "
                "in een andere richting; de vooropleidingseisen gelden daarbij niet."],
               ["Verhuizing of keuze voor een andere instelling", "Ondersteuning bij aanmelding en een "
                "eventueel geschiktheidsonderzoek bij die instelling; warme overdracht."]],
     [0.3, 0.7]),
    ("p", "6.2 Deze afspraak geldt niet bij definitieve verwijdering. De werkwijze wordt voor leerlingen "
          "en ouders beschreven in de schoolgids."),

    ("h2", "Afspraak 7. Bekostiging"),
    ("p", "7.1 Tussen de school en het ROC wordt geen bekostiging overgedragen als bedoeld in artikel "
          "5.42a WVO 2020 of artikel 9.1.15 WEB. Ieder bestuur draagt de kosten van zijn eigen "
          "personeel en voorzieningen."),
    ("p", "7.2 Het gebruik van elkaars voorzieningen (Afspraak 5.4) wordt niet in rekening gebracht. De "
          "bijdrage van de gemeente (Bijlage 2) is geen rijksbekostiging en valt buiten deze afspraak."),

    ("h2", "Afspraak 8. Medezeggenschap"),
    ("p", "8.1 De wettelijke medezeggenschap blijft ongewijzigd: de medezeggenschapsraad van de school "
          "voor de vo-fase, de studentenraad, ouderraad en ondernemingsraad van het ROC voor de mbo-fase."),
    ("p", "8.2 Aanvullend richten partijen een Routeklankbord medezeggenschap in, bestaande uit twee "
          "ouders en twee leerlingen uit de medezeggenschapsraad van de school, twee studenten uit de "
          "studentenraad van het ROC en één personeelslid van elke partij. Het Routeklankbord krijgt het "
          "jaarplan (Afspraak 4.2) vooraf voor advies; de stuurgroep motiveert schriftelijk wanneer zij "
          "van het advies afwijkt."),

    ("h2", "Afspraak 9. Kwaliteitszorg en evaluatie"),
    ("p", "9.1 De route wordt opgenomen in de kwaliteitscyclus van beide partijen. De stuurgroep meet "
          "jaarlijks de tevredenheid van leerlingen, ouders, docenten en leerbedrijven met een gezamenlijke "
          "vragenlijst en bespreekt de uitkomsten met de Bouwtafel."),
    ("p", "9.2 In het schooljaar 2027-2028 laten partijen de route extern evalueren. De evaluatie "
          "betrekt in elk geval het rendement, de uitval na de overgang naar de mbo-fase, de "
          "ervaringen met de teaminzet en de bijdrage van de leerbedrijven. De uitkomsten zijn de basis "
          "voor het besluit over verlenging (artikel B3.1)."),
    ("p", "9.3 De inspectie van het onderwijs kan de route als eigenstandig object van toezicht "
          "onderzoeken. Partijen stellen elkaar onverwijld op de hoogte van een aangekondigd onderzoek en "
          "werken daarbij samen."),

    ("h2", "Afspraak 10. Gegevensuitwisseling en privacy"),
    ("p", "10.1 Partijen wisselen uitsluitend de persoonsgegevens uit die nodig zijn voor de uitvoering "
          "van de route: naw-gegevens, resultaten, verzuim, ondersteuningsbehoefte en het "
          "ontwikkelingsperspectief waar dat van toepassing is."),
    ("p", "10.2 Iedere partij is verwerkingsverantwoordelijke voor de gegevens van de leerlingen die bij "
          "haar zijn ingeschreven. Partijen leggen de uitwisseling vast in een gegevensdelingsprotocol, "
          "dat vóór 1 oktober 2025 door de functionarissen gegevensbescherming van beide partijen is "
          "beoordeeld."),
    ("p", "10.3 Ouders en leerlingen worden via de schoolgids en bij de intake geïnformeerd over de "
          "uitwisseling van gegevens tussen school en ROC."),

    ("h2", "Afspraak 11. Veiligheid, aansprakelijkheid en verzekering"),
    ("p", "11.1 Leerlingen werken in de praktijkwerkplaats en de machinehal alleen na een "
          "veiligheidsinstructie en onder toezicht van een bevoegde docent of instructeur. De "
          "huisregels van de partij waar de leerling op dat moment onderwijs volgt, zijn van toepassing."),
    ("p", "11.2 Iedere partij is verzekerd voor wettelijke aansprakelijkheid en voor ongevallen van de "
          "leerlingen die bij haar staan ingeschreven, ook wanneer zij onderwijs volgen op een locatie "
          "van de andere partij of bij een leerbedrijf."),
    ("p", "11.3 Schade aan gebouwen of machines van de ene partij, veroorzaakt door leerlingen of "
          "personeel van de andere partij, wordt gemeld aan de routecoördinator en zo mogelijk door de "
          "verzekeraars onderling afgewikkeld."),

    ("pb",),
    ("h1", "Bijlage 2 \u2013 Toezeggingen van de gemeente Zaltbommel"),
    ("p", "1. De gemeente verleent de school een eenmalige subsidie van \u20ac 45.000 voor de inrichting "
          "van de Praktijkwerkplaats Bommelerwaard, op grond van de Subsidieregeling Onderwijs en "
          "Arbeidsmarkt 2025. Verantwoording geschiedt volgens die regeling."),
    ("p", "2. Het Regionaal Bureau Leerplicht en het RMC-team sluiten aan bij het verzuimoverleg van de "
          "route en geven voorrang aan leerlingen die de route verlaten zonder diploma."),
    ("p", "3. De gemeente voert het secretariaat van de Bouwtafel en stelt daarvoor vergaderruimte "
          "in het stadskantoor beschikbaar."),

    ("h1", "Bijlage 3 \u2013 Programma per leerjaar (informatief)"),
    ("table", [["Leerjaar", "Hoofdlijnen", "Examinering", "Praktijk"],
               ["3 (vo)", "Algemene vakken; profielvak BWI; keuzevakken Meubelmaken en Bouwkundig tekenen",
                "schoolexamens vmbo", "bouwplaatsbezoeken, vakman in de klas"],
               ["4 (vo)", "Algemene vakken; profielvak BWI; keuzevak Timmeren en installeren; start "
                "mbo-onderdelen houtbewerking", "centraal examen vmbo; eerste mbo-examen houtverbindingen",
                "bouwopdracht in de praktijkwerkplaats"],
               ["5 (mbo)", "Kerntaken Allround timmerman; keuzedeel Duurzaam bouwen", "mbo-examens",
                "bpv 2 dagen per week"],
               ["6 (mbo)", "Kerntaken Allround timmerman (BOL of BBL)", "proeve van bekwaamheid",
                "bpv/bbl bij leerbedrijf"]],
     [0.12, 0.4, 0.26, 0.22]),
]


@sample(204, "h204_gemeente_onderwijsteam_afsprakenbijlage_bouw_zaltbommel", "pdf",
        "long PDF drafted by a municipality's education team (toelichting, main agreement, annex "
        "'Afsprakenkader' holding most arrangements, municipal subsidy annex); Zaltbommel, Bouwen wonen "
        "en interieur kb -> Allround timmerman mbo-3; fully compliant",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Afspraak 1. Profiel en opleiding", "b": "Afspraak 2. De bouwbedrijven",
         "c": "Afspraak 3. Stuurgroep en routecoördinator",
         "d": "Afspraak 4. Informatie en verantwoording aan de besturen",
         "e": "Afspraak 5. Inrichting van het onderwijs", "f": "Afspraak 6. Overstap",
         "g": "Afspraak 7. Bekostiging", "h": "Afspraak 8. Medezeggenschap",
         "i": "Artikel B4. Geschillen",
         "j": "Artikel B3. Looptijd, toetreding, wijziging en beëindiging"})
def build_204(path):
    build_pdf_onecol(path, H204, title="Bouwroute Bommelerwaard \u2013 samenwerkingsovereenkomst",
                     author="Gemeente Zaltbommel, team Onderwijs",
                     header="Gemeente Zaltbommel \u00b7 Bouwroute Bommelerwaard \u00b7 "
                            "samenwerkingsovereenkomst DLR vmbo-mbo",
                     footer="Z/25/118342 \u00b7 versie 3.0", base=9.8)


# ============================================================================================
# h205 -- DOCX, AOC interne regeling (besluit van het college van bestuur)
# ============================================================================================

H205 = [
    ("title", "Interne regeling doorlopende leerroute Groen \u2013 Dierverzorging"),
    ("sub", "Grien College Dokkum \u00b7 vastgesteld 3 juni 2025 \u00b7 kenmerk CvB/2025/067"),
    ("p", "Het college van bestuur van de **Stichting Agrarisch Opleidingscentrum Noordoost-Fryslân**, "
          "handelend onder de naam Grien College,"),
    ("p", "**gelet op** artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, "
          "derde lid, van de Wet educatie en beroepsonderwijs;"),
    ("p", "**overwegende** dat de stichting zowel het bevoegd gezag is van de school voor vmbo Grien "
          "College vmbo Dokkum als van de instelling voor beroepsonderwijs Grien College mbo, zodat de "
          "doorlopende leerroute geheel binnen één rechtspersoon wordt verzorgd en in plaats van een "
          "samenwerkingsovereenkomst een interne regeling wordt vastgesteld;"),
    ("p", "**gehoord** de deelraad vmbo Dokkum en de studentenraad van het Grien College mbo;"),
    ("p", "**besluit** vast te stellen de volgende regeling."),

    ("h2", "Artikel 1 Begrippen"),
    ("p", "In deze regeling wordt verstaan onder:"),
    ("li", "**afdeling vmbo**: de school voor vmbo Grien College vmbo Dokkum;"),
    ("li", "**afdeling mbo**: Grien College mbo, locatie Dokkum;"),
    ("li", "**route**: de doorlopende leerroute, bedoeld in artikel 2;"),
    ("li", "**deelnemer**: de leerling of student die aan de route deelneemt;"),
    ("li", "**routeleider** en **kernteam**: de functionaris en het team, bedoeld in artikel 3."),

    ("h2", "Artikel 2 De route"),
    ("p", "1. De route verbindt het profiel Groen in de kaderberoepsgerichte leerweg van de afdeling vmbo "
          "met de opleiding Vakbekwaam medewerker dierverzorging (niveau 3, bol) van de afdeling mbo, in het "
          "opleidingsdomein Voedsel, natuur en leefomgeving."),
    ("p", "2. De route omvat vijf leerjaren: leerjaar 3 en 4 van de afdeling vmbo (vo-fase) en drie "
          "studiejaren mbo. Deelnemers volgen in de vo-fase de keuzevakken Dier en zorg, Houden van "
          "gezelschapsdieren en Paardenhouderij."),
    ("p", "3. Deelnemers kiezen voor de route in de tweede helft van leerjaar 2, na een "
          "oriëntatiedag en een gesprek met de mentor en de ouders."),

    ("h2", "Artikel 3 Routeleiding"),
    ("p", "1. De leiding over de route berust bij de routeleider, bijgestaan door een kernteam. Het "
          "kernteam bestaat uit de routeleider, twee docenten van de afdeling vmbo, twee docenten van de "
          "afdeling mbo en de praktijkcoördinator dier."),
    ("p", "2. De routeleider wordt benoemd door het college van bestuur, op gezamenlijke voordracht van "
          "de directeuren van de afdeling vmbo en de afdeling mbo, voor een periode van drie jaar. De "
          "overige leden van het kernteam worden aangewezen door de directeur van de afdeling waar zij "
          "werkzaam zijn."),
    ("p", "3. De routeleider is verantwoordelijk voor het opstellen van het gezamenlijke PTA/OER, de "
          "jaarplanning, de toelating van deelnemers, de inzet van docenten van beide afdelingen binnen "
          "de toegekende formatie, de organisatie van de beroepspraktijkvorming en de begeleiding van "
          "deelnemers die de route verlaten."),
    ("p", "4. Het college van bestuur draagt de routeleider op om over de in het derde lid genoemde "
          "onderwerpen zelfstandig te besluiten. Over uitbreiding van de formatie, investeringen boven "
          "\u20ac 7.500 en wijziging van deze regeling besluit het college van bestuur."),

    ("h2", "Artikel 4 Verantwoording"),
    ("p", "De routeleider houdt het college van bestuur op de hoogte van de gang van zaken in de route "
          "en legt desgevraagd verantwoording af over zijn beleid."),

    ("h2", "Artikel 5 Werkveld"),
    ("p", "1. Aan de route is een werkveldcommissie Dier verbonden, waarin in elk geval Dierenkliniek "
          "De Trije Terpen, Dierenopvangcentrum De Wâlden, Kinderboerderij De Kninehoek en Manege "
          "Eastergoa zitting hebben."),
    ("p", "2. De leden van de werkveldcommissie bieden stage- en bpv-plaatsen, ontvangen deelnemers in "
          "de vo-fase voor een meeloopdag per periode, verzorgen gastlessen over diergezondheid en "
          "dierenwelzijn en leveren praktijkbeoordelaars voor de examens in de mbo-fase."),
    ("p", "3. De werkveldcommissie adviseert de routeleider twee keer per jaar over de inhoud van het "
          "programma en de keuzedelen."),

    ("h2", "Artikel 6 Inrichting van de route"),
    ("p", "1. De vo-fase wordt gegeven in het gebouw van de afdeling vmbo; deelnemers volgen vanaf "
          "leerjaar 3 één dag per week praktijkonderwijs in het Dierenhuis van de afdeling mbo. De "
          "mbo-fase vindt plaats in de afdeling mbo en bij de bpv-bedrijven."),
    ("p", "2. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar "
          "vastgelegd in één PTA/OER, waarin is aangegeven welke onderdelen tot het vmbo en welke tot het "
          "mbo behoren. Het centraal examen vmbo wordt afgenomen in leerjaar 4."),
    ("p", "3. Docenten dierverzorging van de afdeling mbo geven in de vo-fase de praktijklessen in het "
          "Dierenhuis; docenten van de afdeling vmbo verzorgen in het eerste mbo-jaar de lessen "
          "Nederlands en rekenen. Voor het vakoverstijgende project \u2018Dier en omgeving\u2019 werken zij als "
          "één team met toepassing van artikel 7.13a WVO 2020; voor elk onderdeel is een bevoegde docent "
          "verantwoordelijk."),
    ("p", "4. Deelnemers in de vo-fase maken gebruik van het Dierenhuis, de paardenstal, het "
          "practicumlokaal diergezondheid en de digitale leeromgeving van de afdeling mbo. De afdeling "
          "mbo maakt voor de algemene vakken gebruik van de lokalen van de afdeling vmbo."),
    ("p", "5. Gedurende de vo-fase is de deelnemer ingeschreven als leerling van de afdeling vmbo, daarna "
          "als student van de afdeling mbo."),

    ("h2", "Artikel 7 Overstap"),
    ("p", "1. Verlaat een deelnemer de route voordat hij deze met succes heeft afgerond, dan bepalen de "
          "directeuren van de afdeling vmbo en de afdeling mbo samen, na overleg met de deelnemer en zijn "
          "ouders, welk vervolg het beste past bij zijn niveau en leeftijd."),
    ("p", "2. In de vo-fase kan de deelnemer de reguliere kaderberoepsgerichte leerweg Groen van de "
          "afdeling vmbo vervolgen en daar het vmbo-diploma behalen."),
    ("p", "3. Na de vo-fase kan de deelnemer overstappen naar een andere opleiding van de afdeling mbo "
          "op niveau 2 of 3, zoals Dierverzorger (niveau 2) of Medewerker paardensport. Toelating tot een "
          "opleiding van de afdeling mbo is in dat geval alleen mogelijk als de deelnemer het diploma "
          "vmbo kaderberoepsgerichte leerweg heeft behaald; de vooropleidingseisen van artikel 8.2.1 WEB "
          "zijn onverkort van toepassing."),
    ("p", "4. De werkwijze wordt opgenomen in de schoolgids en de studiegids."),

    ("h2", "Artikel 8 Middelen"),
    ("p", "De route wordt bekostigd uit de rijksbijdragen die de stichting voor de afdeling vmbo en voor "
          "de afdeling mbo ontvangt. Omdat beide afdelingen onder hetzelfde bevoegd gezag vallen, vindt "
          "geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 "
          "WEB. De interne toedeling van middelen aan de route volgt de allocatiesystematiek van de "
          "stichting."),

    ("h2", "Artikel 9 Inwerkingtreding en citeertitel"),
    ("p", "1. Deze regeling treedt in werking met ingang van 1 augustus 2025."),
    ("p", "2. Zij wordt aangehaald als: Interne regeling DLR Groen \u2013 Dierverzorging Grien College."),
    ("p", "Aldus vastgesteld door het college van bestuur in zijn vergadering van 3 juni 2025."),
    ("sig", [["Het college van bestuur,", ""],
             ["\n\nmr. drs. S. de Vries-Postma\nvoorzitter", "\n\nR. Hiemstra RA\nlid"]]),
]


@sample(205, "h205_interne_regeling_aoc_dierverzorging_dokkum", "docx",
        "DOCX interne regeling of an AOC as a besluit of the college van bestuur (gelet op / besluit, "
        "heading styles with typed article numbers); Dokkum, Groen kb -> Vakbekwaam medewerker "
        "dierverzorging mbo-3; verantwoording without form or frequency (d weak); overstap imposes "
        "vooropleidingseisen within the same instelling (f weak)",
        {"a": "present", "b": "present", "c": "present", "d": "weak", "e": "present",
         "f": "weak", "g": "present", "h": "not_applicable", "i": "not_applicable",
         "j": "not_applicable"},
        {"a": "Artikel 2 De route", "b": "Artikel 5 Werkveld", "c": "Artikel 3 Routeleiding",
         "e": "Artikel 6 Inrichting van de route", "g": "Artikel 8 Middelen"})
def build_205(path):
    d = _docx_new("Grien College, bestuursbureau")
    docx_blocks(d, H205)
    docx_save(d, path)


# ============================================================================================
# h206 -- MD, geïntegreerde route vmbo-basis -> mbo-2
# ============================================================================================

H206 = """
# Samenwerkingsovereenkomst geïntegreerde route Techniek Reiderland

**Produceren, installeren en energie (basis) → Monteur elektrotechnische installaties (mbo niveau 2)**

*Versie vastgesteld in het bestuurlijk overleg van 28 mei 2025*

## Partijen

1. **Stichting Openbaar Voortgezet Onderwijs Oost-Groningen**, gevestigd te Winschoten, bevoegd gezag van
   Vakcollege Reiderland, vertegenwoordigd door de heer A.J. Mulder, bestuurder (hierna: *de school*);
2. **Stichting Regionaal Opleidingencentrum Eems-Dollard**, gevestigd te Groningen, vertegenwoordigd door
   mevrouw ir. L. Brouwer-Sikkema, lid van het college van bestuur (hierna: *het ROC*).

## Overwegingen

- De school en het ROC willen leerlingen van de basisberoepsgerichte leerweg voor wie dat de beste weg is,
  in één ononderbroken programma opleiden tot een mbo-diploma op niveau 2, zonder vmbo-examen
  (artikel 2.107l WVO 2020 en artikel 9.1.17 WEB).
- In Oost-Groningen is grote vraag naar elektromonteurs, onder meer door de verduurzaming van de
  woningvoorraad en de aanleg van zonneparken.
- Partijen willen geschillen over de uitvoering van deze overeenkomst in der minne oplossen en zo nodig
  een onafhankelijke bemiddelaar inschakelen.

Partijen komen het volgende overeen.

## Artikel 1 – De geïntegreerde route

1. De route verbindt het profiel **Produceren, installeren en energie** in de basisberoepsgerichte
   leerweg van de school met de opleiding **Monteur elektrotechnische installaties, niveau 2 (bol)** van
   het ROC, in het opleidingsdomein Installatie- en energietechniek.
2. De route begint in leerjaar 3. De school biedt de deelnemers geen eindexamen basisberoepsgerichte
   leerweg aan; de route leidt rechtstreeks tot het mbo-diploma. De route duurt vier jaar.
3. Een leerling neemt alleen deel na overleg met de leerling en zijn ouders en na overleg tussen de
   mentor en het routeteam.

## Artikel 2 – Installatiebedrijven in de route

1. Opleidingsbedrijf Techniek Oost-Groningen en de aangesloten bedrijven Elektro Smit Winschoten,
   Installatiebedrijf Reiderland en Zonnetechniek Blauwestad zijn partner in de route.
2. Zij bieden in leerjaar 4 snuffelstages van een week, verzorgen in leerjaar 3 en 4 elke periode een
   praktijkopdracht op locatie, bieden in leerjaar 5 en 6 bpv-plaatsen voor alle deelnemers en leveren
   de praktijkbeoordelaars voor de examens.
3. Twee keer per jaar spreekt het routeteam met de bedrijven over de inhoud van het programma en de
   keuzedelen (onder meer het keuzedeel Zonnestroominstallaties).

## Artikel 3 – Routeteam

1. De leiding over de route ligt bij het routeteam: de teamleider techniek van de school (voorzitter),
   de opleidingsmanager Installatietechniek van het ROC en een loopbaancoach.
2. De teamleider en de opleidingsmanager worden in het routeteam benoemd door respectievelijk de
   bestuurder van de school en het college van bestuur van het ROC; de loopbaancoach wordt door beide
   besturen samen aangewezen.
3. Het routeteam stelt het gezamenlijke PTA/OER vast, regelt rooster, toelating, bpv en begeleiding en
   beslist zelfstandig over de inzet van docenten binnen de formatie die de besturen jaarlijks toekennen.
   Besluiten met gevolgen voor de begroting of de looptijd legt het voor aan beide besturen.

## Artikel 4 – Verantwoording

Het routeteam stuurt na elk semester (in februari en in juli) een schriftelijke voortgangsnotitie aan
beide besturen met aantallen deelnemers, uitval, voortgang en examenresultaten, en legt in het
bestuurlijk overleg van juni verantwoording af over het schooljaar.

## Artikel 5 – Onderwijs, personeel en faciliteiten

| Leerjaar | Plaats | Inhoud | Ingeschreven bij |
|---|---|---|---|
| 3 | school, 1 dag per week installatielab ROC | algemene vakken, profielvak, basis elektrotechniek | school |
| 4 | school en ROC (2 dagen) | mbo-onderdelen installeren, snuffelstage | school |
| 5 | ROC en leerbedrijf | kerntaken monteur, bpv | ROC |
| 6 | ROC en leerbedrijf | bpv, examens | ROC |

1. Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER.
2. Twee docenten elektrotechniek van het ROC geven in leerjaar 3 en 4 samen tien uur per week les op de
   school; de docent PIE van de school begeleidt in leerjaar 5 het project Slimme woning op het ROC. Voor
   dat project werken zij als één team (artikel 7.13a WVO 2020, artikel 9.1.12 WEB), met voor elk
   onderdeel een bevoegde docent.
3. Deelnemers gebruiken het installatielab en de schakelkasten-oefenwand van het ROC; het ROC gebruikt
   de techniekhal van de school voor praktijklessen op vrijdag.

## Artikel 6 – Uitstappen

Verlaat een deelnemer de geïntegreerde route voordat hij het mbo-diploma heeft behaald, dan wordt hij
door het ROC ingeschreven in de Entree-opleiding (niveau 1), ongeacht het moment van uitstappen. Het
routeteam brengt de deelnemer en zijn ouders daarvan schriftelijk op de hoogte.

## Artikel 7 – Financiën

1. Met toepassing van artikel 5.42a WVO 2020 draagt de school voor iedere deelnemer in leerjaar 3 en 4
   per schooljaar € 900 over aan het ROC.
2. Dit bedrag is bestemd voor de inzet van de docenten elektrotechniek (artikel 5, tweede lid) en het
   materiaalverbruik in het installatielab.
3. Verder draagt iedere partij haar eigen kosten.

## Artikel 8 – Medezeggenschap

[PM – aanvullende afspraken over medezeggenschap; tekst volgt na advies van de MR en de studentenraad]

## Artikel 9 – Looptijd, toetreding, wijziging en opzegging

1. Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
2. Een andere school voor vmbo of mbo-instelling kan toetreden als zij de route op dezelfde wijze wil
   aanbieden, beide partijen schriftelijk instemmen en zij de overeenkomst door ondertekening van een
   toetredingsverklaring aanvaardt. Toetreding gaat in op 1 augustus en wordt aan DUO gemeld.
3. Wijziging gebeurt schriftelijk en met handtekening van beide besturen; wijzigingen die lopende
   cohorten raken, gaan pas in bij het volgende schooljaar.
4. Opzegging kan schriftelijk tegen 1 augustus met een termijn van één jaar. Daarna stromen geen
   nieuwe leerlingen meer in; deelnemers die al in de route zitten, ronden haar af.
5. Partijen beperken bij toetreding, wijziging en opzegging de gevolgen voor deelnemers zoveel mogelijk.

## Artikel 10 – Melding en ondertekening

Partijen melden de route gezamenlijk aan de minister via RIO.

Winschoten, 28 mei 2025

| Stichting Openbaar Voortgezet Onderwijs Oost-Groningen | Stichting Regionaal Opleidingencentrum Eems-Dollard |
|---|---|
| A.J. Mulder, bestuurder | ir. L. Brouwer-Sikkema, lid college van bestuur |
"""


@sample(206, "h206_geintegreerde_route_elektro_winschoten", "md",
        "Markdown agreement for a geïntegreerde route with a programme table; Winschoten, Produceren "
        "installeren en energie bb -> Monteur elektrotechnische installaties mbo-2; leavers go "
        "automatically to Entree (f weak); geschil only in the overwegingen (i missing); medezeggenschap "
        "article is a PM placeholder (h weak)",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "weak", "i": "missing", "j": "present"},
        {"a": "Artikel 1 – De geïntegreerde route", "b": "Artikel 2 – Installatiebedrijven in de route",
         "c": "Artikel 3 – Routeteam", "d": "Artikel 4 – Verantwoording",
         "e": "Artikel 5 – Onderwijs, personeel en faciliteiten", "g": "Artikel 7 – Financiën",
         "j": "Artikel 9 – Looptijd, toetreding, wijziging en opzegging"})
def build_206(path):
    write_text(path, H206)


# ============================================================================================
# h207 -- DOCX, three parties (two vmbo schools + a vakinstelling), plain 'wij' voice,
#         question headings as bold paragraphs (no heading styles), tables
# ============================================================================================

H207 = [
    ("center", "**Samenwerkingsovereenkomst doorlopende leerroutes Bakkerij West-Friesland**"),
    ("center", "Horeca, bakkerij en recreatie (basis en kader) \u2013 Bakker (niveau 2) en Allround bakker (niveau 3)"),
    ("p", ""),
    ("p", "**Wie sluiten deze overeenkomst?**"),
    ("p", "Wij zijn drie besturen die samen twee doorlopende leerroutes voor toekomstige bakkers aanbieden:"),
    ("table", [["Partij", "School / instelling", "Vertegenwoordigd door"],
               ["Stichting Openbaar Voortgezet Onderwijs West-Friesland, Hoorn", "Vakcollege Hoorn-Noord "
                "(hierna: VC Hoorn)", "J. Tromp, voorzitter college van bestuur"],
               ["Stichting Katholiek Voortgezet Onderwijs Medemblik, Medemblik", "Sint-Bonifatius vmbo "
                "Medemblik (hierna: Bonifatius)", "drs. E. de Wit-Laan, bestuurder"],
               ["Stichting Vakopleidingen Bakkerij en Patisserie Nederland, Wageningen",
                "Bakkersvakschool, uitvoeringslocatie Hoorn (hierna: de vakschool)",
                "K. Verhoef MSc, voorzitter college van bestuur"]],
     [5.5, 5.5, 5.0]),
    ("p", "Als we \u2018de scholen\u2019 schrijven, bedoelen we VC Hoorn en Bonifatius. \u2018Wij\u2019 zijn alle drie "
          "de besturen samen. Met \u2018leerling\u2019 bedoelen we ook de student van de vakschool."),

    ("p", "**1 | Over welke routes gaat het?**"),
    ("p", "Het gaat om twee routes, die allebei beginnen in leerjaar 3 van het vmbo:"),
    ("li", "**Route Bakker:** het profiel Horeca, bakkerij en recreatie in de basisberoepsgerichte leerweg, "
           "doorlopend naar de mbo-opleiding Bakker, niveau 2 (bol), van de vakschool;"),
    ("li", "**Route Allround bakker:** hetzelfde profiel in de kaderberoepsgerichte leerweg, doorlopend "
           "naar de mbo-opleiding Allround bakker, niveau 3 (bol), van de vakschool."),
    ("p", "Beide opleidingen vallen in het opleidingsdomein Horeca en bakkerij. In leerjaar 3 en 4 kiezen "
          "de leerlingen de keuzevakken Brood en banket en Patisserie. Beide scholen bieden beide routes aan."),

    ("p", "**2 | Hoe doen de bakkers mee?**"),
    ("p", "De routes zijn gemaakt samen met de ambachtelijke bakkers uit de regio. Vijf bakkerijen \u2013 "
          "Bakkerij Groot (Hoorn), Warme Bakker Dudink (Medemblik), Banketbakkerij Koomen (Wognum), "
          "De Broodboerderij (Andijk) en Bakkerij Schouten (Enkhuizen) \u2013 hebben toegezegd dat zij:"),
    ("li", "samen elk jaar voor alle leerlingen in de mbo-fase een bpv-plaats bieden (zij zijn erkend "
           "leerbedrijf);"),
    ("li", "in leerjaar 3 en 4 per periode een leerling een zaterdag laten meedraaien in de bakkerij;"),
    ("li", "elk jaar een proeverij en een wedstrijd \u2018Jonge Bakker West-Friesland\u2019 jureren;"),
    ("li", "een praktijkopleider leveren die de proeve van bekwaamheid mee beoordeelt."),
    ("p", "Twee keer per jaar schuiven de bakkers aan bij het routeoverleg (zie 3) om te adviseren over "
          "het programma, nieuwe producten en technieken en de keuzedelen."),

    ("p", "**3 | Wie geeft leiding aan de routes?**"),
    ("p", "De leiding over beide routes ligt bij het routeoverleg bakkerij. Daarin zitten:"),
    ("table", [["Lid", "Namens", "Wie wijst aan"],
               ["teamleider Horeca, bakkerij en recreatie", "VC Hoorn", "het bestuur van VC Hoorn"],
               ["afdelingsleider bovenbouw", "Bonifatius", "het bestuur van Bonifatius"],
               ["opleidingsmanager bakkerij", "de vakschool", "het college van bestuur van de vakschool"],
               ["routecoördinator (voorzitter)", "alle drie", "de drie besturen samen, na een gezamenlijke "
                "sollicitatieprocedure, voor drie jaar"]],
     [5.0, 3.5, 7.5]),
    ("p", "Het routeoverleg stelt elk jaar het PTA/OER per route vast, maakt het rooster en de jaarplanning, "
          "beslist over toelating, regelt de bpv, verdeelt de uren van de docenten uit hoofdstuk 5 en "
          "zorgt voor de begeleiding van leerlingen die overstappen (hoofdstuk 6). Wij dragen het "
          "routeoverleg op om daarover zelf te besluiten. Het overleg mag geen uitgaven doen of "
          "verplichtingen aangaan boven \u20ac 5.000 per jaar en mag niets veranderen aan de afspraken in deze "
          "overeenkomst; dat blijft bij de besturen."),

    ("p", "**4 | Hoe houden we de besturen op de hoogte?**"),
    ("p", "De routecoördinator stuurt de drie besturen elk kwartaal een korte cijferbrief (aanmeldingen, "
          "verzuim, uitval, voortgang). Vóór 15 september maakt het routeoverleg een jaarverslag over het "
          "afgelopen schooljaar. In het bestuurlijk overleg van oktober bespreken wij dat verslag en "
          "legt het routeoverleg daar verantwoording af."),

    ("p", "**5 | Hoe richten we het onderwijs in?**"),
    ("li", "**Waar:** leerjaar 3 en 4 volgen de leerlingen op hun eigen school, met één dag per week les "
           "in de praktijkbakkerij van de vakschool in Hoorn. De mbo-fase is op de vakschool en bij de "
           "leerbedrijven."),
    ("li", "**Programma en examens:** voor elke route staat per leerjaar in één PTA/OER welk deel vmbo is, "
           "welk deel mbo en welk deel allebei. Het centraal examen vmbo is in leerjaar 4; mbo-examens "
           "kunnen vanaf leerjaar 4."),
    ("li", "**Mensen:** twee praktijkdocenten bakkerij van de vakschool geven de praktijkdag in leerjaar 3 "
           "en 4 en komen daarnaast elk twee uur per week naar beide scholen voor de theorie brood en "
           "banket. De docenten HBR van de scholen geven in de mbo-fase het vak warenkennis. Voor het "
           "project \u2018Eigen bakkerij\u2019 in leerjaar 4 werken de docenten van de drie partijen als één "
           "team (artikel 7.13a WVO 2020 / artikel 9.1.12 WEB); per onderdeel is er altijd een bevoegde "
           "docent. Iedereen blijft in dienst van zijn eigen werkgever."),
    ("li", "**Ruimtes en spullen:** de leerlingen van beide scholen gebruiken de praktijkbakkerij, de "
           "ovens, de deegverwerkingslijn en het patisserielab van de vakschool. De vakschool gebruikt de "
           "theorielokalen en de schoolkeuken van VC Hoorn voor de lessen in de mbo-fase."),
    ("li", "**Inschrijving en klachten:** in leerjaar 3 en 4 staat de leerling ingeschreven op zijn eigen "
           "school, daarna bij de vakschool. De klachtenregeling van iedere partij geldt ook voor klachten "
           "over mensen van een andere partij in de route."),

    ("p", "**6 | Wat als een leerling wil of moet overstappen?**"),
    ("p", "Past de route niet meer, dan zoeken wij samen een vervolg waarmee de leerling toch een diploma "
          "haalt. De eigen school van de leerling en de vakschool besluiten daar samen over, na een gesprek "
          "met de leerling en zijn ouders, en kijken daarbij naar het niveau dat hij heeft bereikt en zijn "
          "leeftijd."),
    ("li", "In leerjaar 3 of 4 gaat de leerling verder in de gewone basis- of kaderberoepsgerichte "
           "leerweg van zijn school (in het profiel HBR of een ander profiel) en haalt daar zijn "
           "vmbo-diploma."),
    ("li", "Van Route Allround bakker kan de leerling overstappen naar Route Bakker (niveau 2), en "
           "omgekeerd als hij het aankan."),
    ("li", "In de mbo-fase kan hij naar een andere opleiding van de vakschool; de vooropleidingseisen "
           "gelden dan niet. Haalt hij zijn vmbo-diploma niet in leerjaar 4, dan kan hij het jaar overdoen "
           "of zonder dat diploma in de mbo-opleiding op zijn niveau verder."),
    ("li", "Wil hij naar een ROC in de buurt (bijvoorbeeld voor horeca), dan helpen wij bij de aanmelding "
           "en het eventuele geschiktheidsonderzoek en dragen hem warm over."),

    ("p", "**7 | Wie betaalt wat?**"),
    ("p", "Beide scholen dragen voor elke leerling die op 1 oktober in leerjaar 3 of 4 van een route zit, "
          "per schooljaar \u20ac 850 van hun bekostiging over aan de vakschool (artikel 5.42a WVO 2020). Dat "
          "geld is bedoeld voor de praktijkdag in de praktijkbakkerij: de praktijkdocenten en de "
          "grondstoffen. In de mbo-fase wordt niets overgedragen. Andere kosten draagt iedere partij zelf."),

    ("p", "**8 | Hoe zit het met medezeggenschap?**"),
    ("p", "Voor de routes gelden de gewone regels: in leerjaar 3 en 4 de Wet medezeggenschap op scholen "
          "via de medezeggenschapsraad van de eigen school, in de mbo-fase de regels van de WEB en de WOR "
          "bij de vakschool. Wij kunnen later aanvullende afspraken maken als de raden daarom vragen."),

    ("p", "**9 | Wat doen we bij een conflict?**"),
    ("p", "Zijn wij het over de uitvoering van deze overeenkomst niet eens, dan bespreken we dat eerst in "
          "het routeoverleg en daarna, binnen vier weken, tussen de bestuurders. Komen die er niet uit, "
          "dan leggen we het voor aan een geschillencommissie van drie leden: elke partij in het geschil "
          "wijst één lid aan en die leden kiezen samen een onafhankelijke voorzitter. De commissie doet "
          "binnen acht weken een bindende uitspraak."),

    ("p", "**10 | Hoe lang, wie kan aansluiten, hoe wijzigen en hoe stoppen?**"),
    ("li", "**Looptijd:** de overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
    ("li", "**Aansluiten:** een andere vmbo-school met het profiel HBR of een andere mbo-instelling kan "
           "meedoen als alle partijen schriftelijk instemmen en de nieuwe partij een toetredingsverklaring "
           "tekent waarin zij alle afspraken overneemt. Dat gaat in op 1 augustus; wij melden het samen "
           "aan DUO."),
    ("li", "**Wijzigen:** alleen schriftelijk, met handtekening van alle besturen, en nooit midden in een "
           "schooljaar als leerlingen daar last van hebben."),
    ("li", "**Stoppen:** iedere partij kan schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn "
           "van een jaar. De overeenkomst loopt dan door tussen de andere partijen. Leerlingen die al in "
           "een route zitten, maken die af; na de opzegging stromen bij de vertrekkende partij geen nieuwe "
           "leerlingen meer in."),
    ("li", "Bij alles wat hier staat, zorgen wij ervoor dat leerlingen er zo weinig mogelijk last van "
           "hebben."),

    ("p", "**11 | Ondertekening**"),
    ("p", "Wij melden de routes samen aan de minister via RIO. Getekend in drievoud te Hoorn op 24 juni 2025."),
    ("sig", [["Stichting Openbaar Voortgezet Onderwijs West-Friesland\n\n\nJ. Tromp",
              "Stichting Katholiek Voortgezet Onderwijs Medemblik\n\n\ndrs. E. de Wit-Laan",
              "Stichting Vakopleidingen Bakkerij en Patisserie Nederland\n\n\nK. Verhoef MSc"]]),
]


@sample(207, "h207_drie_partijen_vakinstelling_bakkerij_hoorn", "docx",
        "DOCX in plain 'wij' voice with question headings as bold paragraphs (no heading styles) and "
        "tables; two vmbo schools and a vakinstelling, two routes; Hoorn/West-Friesland, Horeca bakkerij "
        "en recreatie bb/kb -> Bakker mbo-2 / Allround bakker mbo-3; medezeggenschap only describes the "
        "law; otherwise compliant",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
        {"a": "1 | Over welke routes gaat het?", "b": "2 | Hoe doen de bakkers mee?",
         "c": "3 | Wie geeft leiding aan de routes?", "d": "4 | Hoe houden we de besturen op de hoogte?",
         "e": "5 | Hoe richten we het onderwijs in?", "f": "6 | Wat als een leerling wil of moet overstappen?",
         "g": "7 | Wie betaalt wat?", "i": "9 | Wat doen we bij een conflict?",
         "j": "10 | Hoe lang, wie kan aansluiten, hoe wijzigen en hoe stoppen?"})
def build_207(path):
    d = _docx_new("Routecoördinator Bakkerij West-Friesland")
    docx_blocks(d, H207)
    docx_save(d, path)


# ============================================================================================
# h208 -- PDF, formal jurist style: table of contents, considerans, definitions, Artikel N.M
# ============================================================================================

H208_ARTS = [
    ("1", "Begripsbepalingen"), ("2", "Onderwerp en doel"), ("3", "De Leerroute"),
    ("4", "Stuurgroep"), ("5", "Informatieplicht en verantwoording"),
    ("6", "Onderwijsprogramma en examinering"), ("7", "Personeel"), ("8", "Huisvesting en faciliteiten"),
    ("9", "Werkveld"), ("10", "Overstapoptie"), ("11", "Financiële bepalingen"), ("12", "Medezeggenschap"),
    ("13", "Geschillenregeling"), ("14", "Toetreding"), ("15", "Wijziging"),
    ("16", "Duur en beëindiging"), ("17", "Slotbepalingen"),
]


def _a208(n):
    return "Artikel %s \u2013 %s" % (n, dict(H208_ARTS)[n])


H208 = [
    ("title", "SAMENWERKINGSOVEREENKOMST"),
    ("sub", "doorlopende leerroute vmbo-mbo Media, vormgeving en ICT \u2013 Expert IT systems and devices"),
    ("meta", "De Schelpenhoek Mavo-Vmbo \u00b7 ROC Deltapoort, ICT College Middelburg"),
    ("sp", 8),
    ("h2", "Inhoud"),
] + [("toc", "Artikel %s  %s" % a) for a in H208_ARTS] + [
    ("toc", "Ondertekening"),
    ("pb",),
    ("h2", "DE ONDERGETEKENDEN"),
    ("p", "1. Stichting Protestants-Christelijk Voortgezet Onderwijs Midden-Zeeland, statutair gevestigd te "
          "Middelburg, bevoegd gezag van De Schelpenhoek Mavo-Vmbo, ten deze rechtsgeldig vertegenwoordigd "
          "door de heer drs. C.J. Minderhoud, voorzitter van het college van bestuur, hierna: \u2018de "
          "School\u2019;"),
    ("p", "2. Stichting Regionaal Opleidingencentrum Deltapoort, statutair gevestigd te Vlissingen, ten "
          "deze rechtsgeldig vertegenwoordigd door mevrouw mr. Y.A. Dekker-Boone, voorzitter van het college "
          "van bestuur, hierna: \u2018de Instelling\u2019;"),
    ("p", "hierna gezamenlijk: \u2018Partijen\u2019;"),
    ("h2", "IN AANMERKING NEMENDE DAT"),
    ("p", "A. Partijen sinds 2019 samenwerken in een technologieroute ICT en die samenwerking willen "
          "voortzetten als doorlopende leerroute in de zin van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;"),
    ("p", "B. de samenwerkingsovereenkomst van 4 maart 2019 niet alle onderwerpen bevat die artikel 2.107b, "
          "tweede lid, WVO 2020 voorschrijft, en Partijen die overeenkomst daarom door de onderhavige "
          "vervangen;"),
    ("p", "C. het Zeeuwse bedrijfsleven in de ICT, verenigd in het netwerk Zeeland Digitaal, de route "
          "ondersteunt;"),
    ("p", "D. de medezeggenschapsraad van de School en de studentenraad van de Instelling over het "
          "voornemen tot deze overeenkomst hebben geadviseerd;"),
    ("h2", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT"),

    ("h2", _a208("1")),
    ("p", "1.1 In deze overeenkomst wordt verstaan onder:"),
    ("li", "Leerroute: de doorlopende leerroute bedoeld in artikel 3;"),
    ("li", "Deelnemer: de leerling of student die aan de Leerroute deelneemt;"),
    ("li", "Vo-fase: de leerjaren 3 en 4 van de School binnen de Leerroute; Mbo-fase: de daarop volgende "
           "studiejaren bij de Instelling;"),
    ("li", "Stuurgroep: het orgaan bedoeld in artikel 4;"),
    ("li", "Werkveldcommissie: de commissie bedoeld in artikel 9, waarin het bedrijfsleven is "
           "vertegenwoordigd;"),
    ("li", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en onderwijs- en "
           "examenregeling van de Leerroute;"),
    ("li", "Bestuurlijk overleg: het overleg tussen de colleges van bestuur van Partijen."),

    ("h2", _a208("2")),
    ("p", "2.1 Partijen verzorgen met ingang van 1 augustus 2025 gezamenlijk de Leerroute, met het doel "
          "Deelnemers ononderbroken en zonder overlap op te leiden tot een vmbo-diploma en een mbo-diploma."),
    ("p", "2.2 Partijen melden de Leerroute gezamenlijk aan de minister door registratie in RIO."),
    ("p", "2.3 Met ingang van 1 augustus 2025 vervangt deze overeenkomst de overeenkomst van 4 maart 2019."),

    ("h2", _a208("3")),
    ("p", "3.1 De Leerroute verbindt het profiel Media, vormgeving en ICT in de gemengde en de theoretische "
          "leerweg van de School met de middenkaderopleiding Expert IT systems and devices, niveau 4, "
          "beroepsopleidende leerweg, van de Instelling, behorend tot het opleidingsdomein ICT en "
          "creatieve industrie."),
    ("p", "3.2 Deelnemers uit de theoretische leerweg volgen het beroepsgerichte keuzevak ICT als "
          "vijfde examenvak. De Mbo-fase omvat drie studiejaren, die kunnen worden verkort tot twee en "
          "een half jaar op grond van het PTA/OER."),

    ("h2", _a208("4")),
    ("p", "4.1 De leiding over de Leerroute berust bij de Stuurgroep."),
    ("p", "4.2 De Stuurgroep bestaat uit de teamleider bovenbouw van de School, de opleidingsmanager ICT "
          "van de Instelling en een door beide Partijen gezamenlijk aangestelde routecoördinator, die "
          "het secretariaat voert."),
    ("p", "4.3 Het college van bestuur van iedere Partij benoemt het lid dat namens die Partij zitting "
          "heeft. De routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd, voor "
          "een termijn van twee jaar. Een lid kan door het college van bestuur dat hem benoemde worden "
          "vervangen."),
    ("p", "4.4 De Stuurgroep heeft tot taak: (a) het opstellen en jaarlijks vaststellen van het PTA/OER; "
          "(b) de organisatie van het onderwijs, de roostering en de inzet van personeel als bedoeld in "
          "artikel 7; (c) de toelating van Deelnemers; (d) de uitvoering van artikel 10; (e) het "
          "onderhouden van de contacten met de Werkveldcommissie."),
    ("p", "4.5 De colleges van bestuur dragen aan de Stuurgroep de bevoegdheid op om binnen het door hen "
          "vastgestelde jaarbudget zelfstandig besluiten te nemen over de onderwerpen genoemd in 4.4. De "
          "Stuurgroep is niet bevoegd om Partijen te vertegenwoordigen of personeel aan te stellen."),

    ("h2", _a208("5")),
    ("p", "5.1 De Stuurgroep verstrekt beide colleges van bestuur na afloop van ieder semester een "
          "schriftelijke rapportage over instroom, doorstroom, uitstroom, examenresultaten, overstappen "
          "en budget."),
    ("p", "5.2 Jaarlijks vóór 1 november legt de Stuurgroep in het Bestuurlijk overleg verantwoording af "
          "over het voorgaande schooljaar aan de hand van een jaarverslag."),
    ("p", "5.3 De Stuurgroep verstrekt de colleges van bestuur desgevraagd alle inlichtingen die zij "
          "voor de uitoefening van hun taak nodig hebben."),

    ("h2", _a208("6")),
    ("p", "6.1 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar "
          "beschreven in het PTA/OER, met vermelding van de onderdelen die tot het vmbo, het mbo of beide "
          "behoren en van de onderdelen waarin een team als bedoeld in artikel 7.2 wordt ingezet."),
    ("p", "6.2 Het centraal examen vmbo wordt afgenomen in leerjaar 4. Onderdelen van de mbo-examinering "
          "kunnen vanaf leerjaar 4 worden afgenomen."),
    ("p", "6.3 In de Vo-fase is de Deelnemer ingeschreven bij de School, in de Mbo-fase bij de Instelling. "
          "De School blijft verantwoordelijk voor het eindexamen van een Deelnemer die al bij de Instelling "
          "is ingeschreven."),
    ("p", "6.4 De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van personeel "
          "van de andere Partij in het kader van de Leerroute."),

    ("h2", _a208("7")),
    ("p", "7.1 De Instelling zet in de Vo-fase twee docenten ICT in voor in totaal acht lesuren per week "
          "op de locatie van de School. De School zet in de Mbo-fase een docent Nederlands en een docent "
          "Engels in voor elk twee lesuren per week."),
    ("p", "7.2 Voor de vakoverstijgende onderdelen \u2018Netwerken en beveiliging\u2019 en \u2018Serverproject\u2019 "
          "vormen de docenten van beide Partijen één team als bedoeld in artikel 7.13a WVO 2020 en artikel "
          "9.1.12 WEB. Voor ieder onderdeel is een bevoegde docent verantwoordelijk."),
    ("p", "7.3 Het personeel blijft in dienst van de eigen werkgever. De wederzijdse inzet wordt jaarlijks "
          "vastgelegd in een detacheringsovereenkomst."),

    ("h2", _a208("8")),
    ("p", "8.1 De Vo-fase wordt verzorgd in het gebouw van de School te Middelburg; vanaf leerjaar 4 volgen "
          "Deelnemers één dag per week onderwijs in het ICT College van de Instelling te Middelburg. De "
          "Mbo-fase wordt verzorgd in het ICT College en bij leerbedrijven."),
    ("p", "8.2 De Instelling stelt haar serverruimte, het netwerklab en de cybersecurity-oefenomgeving ter "
          "beschikking voor Deelnemers in de Vo-fase. De School stelt haar mediastudio en het "
          "praktijklokaal ICT ter beschikking voor de Mbo-fase."),

    ("h2", _a208("9")),
    ("p", "9.1 Partijen stellen een Werkveldcommissie in, bestaande uit ten minste vier vertegenwoordigers "
          "van bedrijven uit het netwerk Zeeland Digitaal, onder wie in elk geval Scheldenet B.V., "
          "Datacenter Walcheren en de ICT-afdeling van Zorgcentrum De Zeeuwse Stromen."),
    ("p", "9.2 De bedrijven in de Werkveldcommissie verzorgen jaarlijks een bedrijvendag en vier "
          "gastlessen in de Vo-fase, leveren praktijkcasussen voor het Serverproject, bieden bpv-plaatsen "
          "voor de Deelnemers in de Mbo-fase en wijzen beoordelaars aan voor de kritische "
          "beroepssituaties."),
    ("p", "9.3 De Werkveldcommissie adviseert de Stuurgroep tweemaal per jaar over het PTA/OER en de "
          "keuzedelen. De Stuurgroep legt gemotiveerd vast wat zij met het advies doet."),

    ("h2", _a208("10")),
    ("p", "10.1 Indien de deelname van een Deelnemer aan de Leerroute eindigt voordat hij deze met succes "
          "heeft afgerond, stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te behalen "
          "dat aansluit bij het naar hun gezamenlijk oordeel bereikte onderwijsniveau en bij zijn "
          "leeftijd. Het oordeel wordt gevormd door de Stuurgroep na overleg met de Deelnemer en zijn "
          "ouders."),
    ("p", "10.2 Tot de mogelijkheden behoren in elk geval: (a) in de Vo-fase voortzetting in de reguliere "
          "gemengde of theoretische leerweg van de School met het oog op het vmbo-diploma; (b) instroom "
          "in de opleiding Allround medewerker IT systems and devices (niveau 3) of een andere opleiding "
          "van de Instelling; (c) bij het niet behalen van het vmbo-diploma in leerjaar 4: herkansing of "
          "doubleren, dan wel instroom zonder dat diploma in een opleiding van de Instelling op een "
          "vergelijkbaar niveau."),
    ("p", "10.3 Bij overstap binnen de Instelling zijn de vooropleidingseisen niet van toepassing. Bij "
          "overstap naar een andere instelling verleent de Stuurgroep medewerking aan een "
          "geschiktheidsonderzoek en aan een warme overdracht."),

    ("h2", _a208("11")),
    ("p", "11.1 Met toepassing van artikel 5.42a WVO 2020 draagt de School voor iedere Deelnemer die op 1 "
          "oktober in leerjaar 4 staat ingeschreven \u20ac 720 over aan de Instelling, bestemd voor de "
          "inzet van de ICT-docenten bedoeld in artikel 7.1 en het gebruik van de voorzieningen bedoeld "
          "in artikel 8.2."),
    ("p", "11.2 In de overige leerjaren vindt geen overdracht van bekostiging plaats. Iedere Partij draagt "
          "haar overige kosten zelf."),

    ("h2", _a208("12")),
    ("p", "12.1 Deelnemers in de Vo-fase kunnen zich verkiesbaar stellen voor de studentenraad van het ICT "
          "College en hebben daarin, indien gekozen, dezelfde rechten als de andere leden."),
    ("p", "12.2 Een voorstel tot wijziging of beëindiging van deze overeenkomst wordt voor advies "
          "voorgelegd aan de medezeggenschapsraad van de School en de studentenraad van de Instelling."),

    ("h2", _a208("13")),
    ("p", "13.1 Geschillen tussen Partijen over de uitvoering van deze overeenkomst worden eerst aan de "
          "Stuurgroep en vervolgens aan het Bestuurlijk overleg voorgelegd. Ieder overleg heeft ten "
          "hoogste vier weken."),
    ("p", "13.2 Een geschil dat daarna niet is opgelost, wordt beslecht door arbitrage overeenkomstig het "
          "Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één "
          "arbiter; de plaats van arbitrage is Middelburg."),

    ("h2", _a208("14")),
    ("p", "14.1 Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze overeenkomst "
          "toetreden, mits zij het profiel respectievelijk de opleiding uit artikel 3 aanbiedt, beide "
          "Partijen schriftelijk instemmen en zij een toetredingsakte ondertekent waarbij zij alle "
          "rechten en verplichtingen uit deze overeenkomst aanvaardt."),
    ("p", "14.2 Toetreding geschiedt met ingang van 1 augustus en wordt door alle Partijen gezamenlijk aan "
          "DUO gemeld. Voor Deelnemers die op dat moment al aan de Leerroute deelnemen, verandert door de "
          "toetreding niets."),

    ("h2", _a208("15")),
    ("p", "15.1 Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk en met ondertekening "
          "door beide colleges van bestuur, na het advies bedoeld in artikel 12.2."),
    ("p", "15.2 Een wijziging die het onderwijsprogramma of de examinering van Deelnemers raakt, treedt "
          "niet eerder in werking dan met ingang van het volgende schooljaar."),

    ("h2", _a208("16")),
    ("p", "16.1 Deze overeenkomst wordt aangegaan voor onbepaalde tijd."),
    ("p", "16.2 Iedere Partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, "
          "met inachtneming van een opzegtermijn van ten minste een jaar. Ontbinding wegens toerekenbare "
          "tekortkoming is slechts mogelijk na schriftelijke ingebrekestelling."),
    ("p", "16.3 Na opzegging of ontbinding worden geen nieuwe Deelnemers meer toegelaten. Deelnemers die "
          "op dat moment aan de Leerroute deelnemen, kunnen deze bij Partijen afronden; waar dat niet "
          "mogelijk is, is artikel 10 van toepassing. Partijen beperken de gevolgen voor Deelnemers "
          "zoveel mogelijk."),

    ("h2", _a208("17")),
    ("p", "17.1 Op deze overeenkomst is Nederlands recht van toepassing."),
    ("p", "17.2 Aldus overeengekomen en in tweevoud ondertekend te Middelburg op 26 juni 2025."),
    ("h2", "Ondertekening"),
    ("sig", [["Stichting Protestants-Christelijk Voortgezet Onderwijs Midden-Zeeland",
              "Stichting Regionaal Opleidingencentrum Deltapoort"],
             ["drs. C.J. Minderhoud, voorzitter college van bestuur",
              "mr. Y.A. Dekker-Boone, voorzitter college van bestuur"]]),
]


@sample(208, "h208_inhoudsopgave_considerans_begrippen_ict_middelburg", "pdf",
        "PDF in formal jurist style with table of contents, considerans, definitions and Artikel N.M "
        "leden, replacing an experiment-era agreement; Middelburg, Media vormgeving en ICT gl/tl -> "
        "Expert IT systems and devices mbo-4; fully compliant (arbitrage NAI)",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
        {"a": "Artikel 3 \u2013 De Leerroute", "b": "Artikel 9 \u2013 Werkveld", "c": "Artikel 4 \u2013 Stuurgroep",
         "d": "Artikel 5 \u2013 Informatieplicht en verantwoording",
         "e": "Artikel 7 \u2013 Personeel", "f": "Artikel 10 \u2013 Overstapoptie",
         "g": "Artikel 11 \u2013 Financiële bepalingen", "h": "Artikel 12 \u2013 Medezeggenschap",
         "i": "Artikel 13 \u2013 Geschillenregeling", "j": "Artikel 16 \u2013 Duur en beëindiging"})
def build_208(path):
    build_pdf_onecol(path, H208, title="Samenwerkingsovereenkomst DLR ICT \u2013 De Schelpenhoek / ROC Deltapoort",
                     author="ROC Deltapoort, juridische zaken",
                     footer="SOK DLR Media, vormgeving en ICT \u2013 Expert IT systems and devices \u00b7 "
                            "De Schelpenhoek / ROC Deltapoort", base=9.6)


# === MAIN ===

def build(nums):
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(OUT, "%s.%s" % (s["name"], s["ext"]))
        s["build"](path)
        with open(os.path.join(OUT, s["name"] + ".expected.json"), "w", encoding="utf-8",
                  newline="\n") as f:
            json.dump(expected_of(s), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("built", os.path.basename(path), os.path.getsize(path), "bytes")


def check(nums):
    ok = True
    letters = "abcdefghij"
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(OUT, "%s.%s" % (s["name"], s["ext"]))
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            if s["ext"] == "docx":
                import docx
                docx.Document(path)  # must open
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            if len(text) < 400:
                errs.append("too little text (%d chars)" % len(text))
            for k, v in s["evidence"].items():
                if s["statuses"].get(k) != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(v) not in text:
                    errs.append("evidence %s not found: %r" % (k, v))
        st = s["statuses"]
        if sorted(st) != list(letters) or any(v not in ("present", "weak", "missing", "not_applicable")
                                              for v in st.values()):
            errs.append("bad statuses")
        ej = os.path.join(OUT, s["name"] + ".expected.json")
        try:
            with open(ej, encoding="utf-8") as f:
                if json.load(f) != expected_of(s):
                    errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json: %r" % e)
        print("h%d %s: %s" % (n, s["name"], "OK" if not errs else "; ".join(errs)))
        ok = ok and not errs
    return ok


def main(argv):
    if "--check" in argv:
        nums = sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = []
    for a in argv:
        n = int(a.lstrip("hH"))
        if n < 100:
            n += 200
        nums.append(n)
    build(nums or sorted(SAMPLES))


if __name__ == "__main__":
    main(sys.argv[1:])
