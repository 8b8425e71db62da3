#!/usr/bin/env python3
"""Build held-out sample agreements h305-h312 for leerroute-check.

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only -- without looking at checker code, models, tests, benchmarks or the
texts of any other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout20b.py            build all samples
    python3 build_heldout20b.py 305 309    build only these numbers
    python3 build_heldout20b.py --check    open every produced file and verify it
"""
import datetime
import hashlib
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
ITEMS = "abcdefghij"

SAMPLES = {}


def sample(num, name, fmt, description, statuses, evidence):
    """Register a builder function for one sample."""
    def deco(fn):
        SAMPLES[num] = dict(num=num, name=name, fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, build=fn)
        return fn
    return deco


def st(s):
    """'a=p b=w ...' -> statuses dict (p present, w weak, m missing, n not_applicable)."""
    codes = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    out = {}
    for tok in s.split():
        k, v = tok.split("=")
        out[k] = codes[v]
    assert sorted(out) == list(ITEMS), s
    return out


# --------------------------------------------------------------------------------------------
# PDF helpers (reportlab, invariant)
# --------------------------------------------------------------------------------------------

def _inline(text):
    """Escape for reportlab paragraphs; **x** becomes bold."""
    t = escape(text).replace("€ ", "€\u00a0")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


def build_pdf(path, blocks, title, footer, two_columns=False, title_frame_h=None,
              base_size=10, font="Helvetica"):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    FrameBreak, NextPageTemplate, Table, TableStyle, KeepTogether)
    from reportlab.lib import colors

    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    italic = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[font]
    lead = base_size * 1.32
    S = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=base_size + 6, leading=base_size + 9,
                                alignment=TA_CENTER, spaceAfter=6),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=base_size + 1, leading=base_size + 4,
                              alignment=TA_CENTER, spaceAfter=4),
        "h": ParagraphStyle("h", fontName=bold, fontSize=base_size + 1.5, leading=base_size + 4,
                            spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=base_size, leading=lead,
                             spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=base_size, leading=lead,
                            alignment=TA_JUSTIFY if not two_columns else TA_LEFT, spaceAfter=4),
        "pl": ParagraphStyle("pl", fontName=font, fontSize=base_size, leading=lead, alignment=TA_LEFT,
                             spaceAfter=2),
        "li": ParagraphStyle("li", fontName=font, fontSize=base_size, leading=lead, leftIndent=16,
                             firstLineIndent=-12, spaceAfter=2,
                             alignment=TA_JUSTIFY if not two_columns else TA_LEFT),
        "small": ParagraphStyle("small", fontName=italic, fontSize=base_size - 1.5,
                                leading=(base_size - 1.5) * 1.3, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=base_size - 1, leading=(base_size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=base_size - 1, leading=(base_size - 1) * 1.25),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in S and kind not in ("cell", "cellb"):
            story.append(Paragraph(_inline(b[1]), S[kind]))
        elif kind == "sp":
            story.append(Spacer(1, b[1] if len(b) > 1 else 8))
        elif kind == "framebreak":
            story.append(FrameBreak())
        elif kind == "next":
            story.append(NextPageTemplate(b[1]))
        elif kind == "table":
            rows = b[1]
            widths = b[2]
            data = [[Paragraph(_inline(c), S["cellb"] if i == 0 else S["cell"]) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E9F0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            rows = [[Paragraph(_inline(c), S["pl"]) for c in r] for r in b[1]]
            t = Table(rows, colWidths=None)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([Spacer(1, 10), t]))
        else:
            raise ValueError(kind)

    W, H = A4
    lm = rm = 2.2 * cm
    tm, bm = 2.0 * cm, 2.0 * cm

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        canv.drawString(lm, 1.1 * cm, footer)
        canv.drawRightString(W - rm, 1.1 * cm, "pagina %d" % canv.getPageNumber())
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=title, author="", subject="", creator="",
                          producer="", invariant=1)
    fw = W - lm - rm
    fh = H - tm - bm
    if two_columns:
        gap = 0.7 * cm
        cw = (fw - gap) / 2
        th = title_frame_h * cm
        first = PageTemplate(id="first", frames=[
            Frame(lm, H - tm - th, fw, th, id="top", showBoundary=0),
            Frame(lm, bm, cw, fh - th, id="l1"),
            Frame(lm + cw + gap, bm, cw, fh - th, id="r1")], onPage=on_page)
        later = PageTemplate(id="later", frames=[
            Frame(lm, bm, cw, fh, id="l"), Frame(lm + cw + gap, bm, cw, fh, id="r")], onPage=on_page)
        doc.addPageTemplates([first, later])
        story.insert(0, NextPageTemplate("later"))
    else:
        doc.addPageTemplates([PageTemplate(id="one", frames=[Frame(lm, bm, fw, fh, id="f")],
                                           onPage=on_page)])
    doc.build(story)


# --------------------------------------------------------------------------------------------
# DOCX helpers (python-docx, deterministic)
# --------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def new_docx(font="Calibri", size=11):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st_ = d.styles["Normal"]
    st_.font.name = font
    st_.font.size = Pt(size)
    return d


def add_numbering(d, num_id, levels):
    """levels: list of (numFmt, lvlText, left_twips, hanging_twips). Returns num_id."""
    from docx.oxml import parse_xml
    numbering = d.part.numbering_part.element
    lv = []
    for i, (fmt, text, left, hang) in enumerate(levels):
        lv.append(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>' % (i, fmt, escape(text), left, hang))
    absxml = ('<w:abstractNum xmlns:w="%s" w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s'
              '</w:abstractNum>' % (W_NS, num_id, "".join(lv)))
    numxml = '<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (W_NS, num_id, num_id)
    abs_el = parse_xml(absxml)
    first_num = numbering.find("{%s}num" % W_NS)
    if first_num is not None:
        first_num.addprevious(abs_el)
    else:
        numbering.append(abs_el)
    numbering.append(parse_xml(numxml))
    return num_id


def set_num(par, num_id, ilvl):
    from docx.oxml import parse_xml
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                         % (W_NS, ilvl, num_id)))


def add_par(d, text, style=None, bold_lead=None, align=None):
    """Paragraph; **x** segments become bold runs."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for i, seg in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
        if seg:
            r = p.add_run(seg)
            if i % 2 == 1:
                r.bold = True
    if align == "center":
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def add_textbox(d, paragraphs, width_pt=440, fill="#EEF3F8", stroke="#3B5B7A"):
    """Inline VML text box (w:pict/v:rect/v:textbox/w:txbxContent) holding paragraphs.
    Each paragraph text may use **bold**."""
    from docx.oxml import parse_xml
    ps = []
    for t in paragraphs:
        runs = []
        for i, seg in enumerate(re.split(r"\*\*(.+?)\*\*", t)):
            if seg:
                rpr = "<w:rPr><w:b/></w:rPr>" if i % 2 == 1 else ""
                runs.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(seg)))
        ps.append('<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>%s</w:p>' % "".join(runs))
    xml = ('<w:pict xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<v:rect style="width:%dpt;height:60pt" fillcolor="%s" strokecolor="%s" strokeweight="1pt">'
           '<v:textbox style="mso-fit-shape-to-text:t" inset="8pt,6pt,8pt,6pt"><w:txbxContent>%s'
           '</w:txbxContent></v:textbox></v:rect></w:pict>') % (W_NS, width_pt, fill, stroke, "".join(ps))
    p = d.add_paragraph()
    r = p.add_run()
    r._r.append(parse_xml(xml))
    return p


def add_table(d, rows, widths_cm=None, style="Table Grid"):
    from docx.shared import Cm
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            par = cell.paragraphs[0]
            r = par.add_run(txt)
            if i == 0:
                r.bold = True
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


def save_docx(d, path, title):
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title
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
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


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
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml")
    root = etree.fromstring(xml)
    out = []

    def walk(el):
        tag = etree.QName(el).localname if isinstance(el.tag, str) else ""
        if tag == "t":
            out.append(el.text or "")
        elif tag == "tab":
            out.append("\t")
        elif tag in ("br", "cr"):
            out.append("\n")
        for ch in el:
            walk(ch)
        if tag == "p":
            out.append("\n")
    walk(root)
    return "".join(out)


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", s).strip()


# --------------------------------------------------------------------------------------------
# Samples
# --------------------------------------------------------------------------------------------

# ===== h305 =====================================================================================

@sample(305, "h305_consortium_twee_kolommen_reggedal", "pdf",
        "Consortiumovereenkomst in twee kolommen (PDF), twee vmbo-scholen en een roc, Reggedal (Twente), "
        "PIE kb -> mbo-3 eerste monteur installaties; korte genummerde leden, volledig compleet; "
        "overdracht met bedrag per leerling en bestemming; extra medezeggenschap (spreekrecht studentenraad).",
        st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
        {"a": "1. Welke route", "b": "2. Installatiebedrijven aan tafel", "c": "3. Routeteam en stuurgroep",
         "d": "4. Verslag aan de besturen", "e": "5. Onderwijs, mensen en middelen",
         "f": "6. Als de route niet past", "g": "7. Geld", "h": "8. Meepraten",
         "i": "9. Verschil van inzicht", "j": "10. Looptijd, nieuwe partners, wijzigen en stoppen"})
def build_305(path):
    B = [
        ("title", "CONSORTIUMOVEREENKOMST TECHNIEKROUTE REGGEDAL"),
        ("sub", "Doorlopende leerroute vmbo-mbo Installatie &amp; Energie (kader - mbo niveau 3)".replace("&amp;", "&")),
        ("sub", "Versie 1.2 - definitief - 30 juni 2025"),
        ("sp", 6),
        ("pl", "**De ondergetekenden:** (1) Stichting Onderwijsgroep Reggedal, statutair gevestigd te Nijverdal, "
               "bevoegd gezag van het Reggecollege (vmbo), vertegenwoordigd door mevrouw drs. A.M. Stegeman, "
               "voorzitter van het college van bestuur, hierna: het Reggecollege; (2) Stichting Openbaar "
               "Voortgezet Onderwijs Wierden-Enter, statutair gevestigd te Wierden, bevoegd gezag van OSG Het "
               "Wierdenveld (vmbo), vertegenwoordigd door de heer J.H. ten Brinke, directeur-bestuurder, hierna: "
               "Het Wierdenveld; (3) Stichting Regionaal Opleidingencentrum Vechtregge, statutair gevestigd te "
               "Almelo, vertegenwoordigd door de heer ir. M.G. Olthof, voorzitter van het college van bestuur, "
               "hierna: ROC Vechtregge; hierna samen: de consortiumpartners, en het Reggecollege en Het "
               "Wierdenveld samen ook: de vmbo-scholen."),
        ("framebreak",),
        ("h", "Vooraf"),
        ("p", "De consortiumpartners werken sinds 2019 samen in het Techniekpact Reggedal. Met deze overeenkomst "
              "zetten zij die samenwerking voort als doorlopende leerroute in de zin van artikel 2.107b WVO 2020 "
              "en artikel 9.1.3 WEB. De leerroute heet Techniekroute Reggedal. Zij komen het volgende overeen."),
        ("h", "1. Welke route"),
        ("p", "1.1 De consortiumpartners verzorgen samen een doorlopende leerroute voor leerlingen van de "
              "kaderberoepsgerichte leerweg met het profiel Produceren, installeren en energie (PIE)."),
        ("p", "1.2 De route leidt naar het diploma vmbo kaderberoepsgerichte leerweg en daarna naar een "
              "mbo-diploma op niveau 3 in het opleidingsdomein Techniek en procesindustrie. Aan het eind van "
              "routejaar 2 kiest de leerling tussen de opleidingen Eerste monteur elektrotechnische installaties "
              "en Eerste monteur werktuigkundige installaties, beide niveau 3, beroepsopleidende leerweg."),
        ("p", "1.3 De route telt vier routejaren. Routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van het vmbo, "
              "routejaar 3 en 4 met het eerste en tweede jaar van de mbo-opleiding. De gebruikelijke vijf jaar "
              "worden zo vier."),
        ("h", "2. Installatiebedrijven aan tafel"),
        ("p", "2.1 Het werkveld doet mee via de Werkveldtafel Installatie Reggedal. Daarin zitten ten minste vijf "
              "erkende leerbedrijven uit de regio, onder wie Kampman Installatietechniek B.V. (Nijverdal), "
              "Elektro Ter Horst (Wierden) en Olde Monnikhof Duurzame Energie (Almelo), een vertegenwoordiger "
              "van de regionale afdeling van Techniek Nederland en de adviseur praktijkleren van SBB."),
        ("p", "2.2 De werkveldtafel vergadert drie keer per schooljaar met het routeteam. Zij adviseert over de "
              "keuzedelen, de inhoud van de praktijkopdrachten en de aansluiting van het programma op nieuwe "
              "technieken zoals warmtepompen, laadpalen en zonnestroom."),
        ("p", "2.3 De aangesloten bedrijven leveren per schooljaar ten minste twee levensechte praktijkopdrachten "
              "voor routejaar 1 en 2, ontvangen alle leerlingen van routejaar 2 voor een oriënterende werkweek "
              "en zorgen samen voor voldoende bpv-plaatsen in routejaar 3 en 4. Een vakman of vakvrouw van een "
              "leerbedrijf beoordeelt mee bij iedere proeve van bekwaamheid."),
        ("h", "3. Routeteam en stuurgroep"),
        ("p", "3.1 De dagelijkse leiding over de route ligt bij het routeteam. Dat bestaat uit de afdelingsleider "
              "bovenbouw techniek van het Reggecollege, de afdelingsleider bovenbouw techniek van Het Wierdenveld "
              "en de teamleider Installatie &amp; Energie van ROC Vechtregge, die het routeteam voorzit."
              .replace("&amp;", "&")),
        ("p", "3.2 Ieder bevoegd gezag wijst zijn lid van het routeteam schriftelijk aan en kan die aanwijzing "
              "intrekken. Valt een lid weg, dan wijst het betrokken bevoegd gezag binnen zes weken een opvolger "
              "aan. De stuurgroep bevestigt aan het begin van elk schooljaar het voorzitterschap."),
        ("p", "3.3 De besturen dragen aan het routeteam op: het jaarlijks opstellen van het programma en van het "
              "voorstel voor PTA en OER per leerjaar, het rooster, de verdeling van het docententeam binnen de "
              "formatie die de besturen vaststellen, het contact met de werkveldtafel, het voorbereiden van "
              "overstapbesluiten en het beheer van het routebudget. Binnen dat budget mag het routeteam "
              "verplichtingen aangaan tot € 10.000 per geval."),
        ("p", "3.4 Het routeteam beslist niet over benoeming en ontslag van personeel, over verplichtingen boven "
              "€ 10.000, over wijziging van deze overeenkomst en over de vaststelling van PTA en OER; dat doen "
              "de besturen zelf, op voorbereiding van de stuurgroep. De stuurgroep bestaat uit de drie "
              "bestuurders of de directeuren die zij daartoe mandateren."),
        ("h", "4. Verslag aan de besturen"),
        ("p", "4.1 Het routeteam zendt ieder bevoegd gezag twee keer per jaar een voortgangsnotitie, vóór "
              "1 februari en vóór 1 juli. Daarin staan ten minste de aantallen leerlingen per routejaar, de in-, "
              "door- en uitstroom, de examen- en bpv-resultaten, de genomen overstapbesluiten en de besteding "
              "van het routebudget."),
        ("p", "4.2 De stuurgroep bespreekt elke notitie binnen vier weken met de voorzitter van het routeteam. "
              "Vóór 1 oktober legt het routeteam met een jaarverslag over het afgelopen schooljaar "
              "verantwoording af aan de drie besturen, die het verslag vaststellen."),
        ("p", "4.3 Bij incidenten die de veiligheid van leerlingen of de continuïteit van de route raken, "
              "brengt de voorzitter de besturen onmiddellijk op de hoogte."),
        ("h", "5. Onderwijs, mensen en middelen"),
        ("p", "5.1 Routejaar 1 en 2 worden gegeven op de eigen vmbo-school, aangevuld met één dag per week in "
              "het Energielab van ROC Vechtregge in Almelo. Routejaar 3 en 4 worden gegeven op de locatie "
              "Almelo van ROC Vechtregge en bij de leerbedrijven."),
        ("p", "5.2 Programma, examinering en beroepspraktijkvorming worden per leerjaar beschreven in één "
              "gezamenlijk PTA/OER, waarin per onderdeel staat of het tot het vmbo, het mbo of beide behoort. "
              "Het centraal examen vmbo wordt afgenomen in routejaar 2, met herkansing tot en met routejaar 3. "
              "Mbo-examens en bpv beginnen in routejaar 1."),
        ("p", "5.3 Docenten van de drie partners vormen samen één docententeam. Vmbo-docenten verzorgen de "
              "algemene vakken en het profieldeel; roc-docenten verzorgen het Energielab en vanaf routejaar 2 "
              "de mbo-onderdelen. In de vakoverstijgende onderdelen Duurzaam installeren en Praktijkproject "
              "werkt het team met teambevoegdheid: ieder teamlid is bevoegd voor ten minste één onderdeel en "
              "blijft verantwoordelijk voor het deel waarvoor hij bevoegd is. Docenten blijven in dienst van "
              "hun eigen werkgever; uitwisseling van uren loopt via een detacheringsovereenkomst."),
        ("p", "5.4 ROC Vechtregge stelt het Energielab, de installatiewerkplaats en de digitale leeromgeving "
              "zonder kosten ter beschikking aan leerlingen en docenten van de vmbo-scholen. De vmbo-scholen "
              "stellen hun PIE-praktijklokalen open voor gezamenlijke projectweken. Ieder draagt het onderhoud "
              "van de eigen ruimten en gereedschappen; persoonlijke beschermingsmiddelen verstrekt het roc."),
        ("p", "5.5 Leerlingen staan in routejaar 1 en 2 ingeschreven bij hun vmbo-school en vanaf routejaar 3 "
              "bij ROC Vechtregge. Een klacht over gedrag van een medewerker van een andere partner wordt "
              "behandeld volgens de klachtenregeling van de partner waar de leerling is ingeschreven; de andere "
              "partner werkt daaraan mee."),
        ("h", "6. Als de route niet past"),
        ("p", "6.1 Stopt een leerling met de route of blijkt die niet haalbaar, dan zoeken de consortiumpartners "
              "samen een passend vervolg dat naar een diploma leidt. De vmbo-school van de leerling en ROC "
              "Vechtregge besluiten daarover gezamenlijk, na een gesprek met leerling en ouders, op grond van "
              "het bereikte onderwijsniveau en de leeftijd van de leerling."),
        ("p", "6.2 In routejaar 1 en 2 kan de leerling verder in de reguliere kaderberoepsgerichte leerweg, in "
              "hetzelfde of een ander profiel, of zo nodig in de basisberoepsgerichte leerweg, gericht op het "
              "vmbo-diploma."),
        ("p", "6.3 Vanaf routejaar 3 kan de leerling overstappen naar een andere technische opleiding op niveau 3 "
              "of, als dat niveau niet haalbaar blijkt, naar een opleiding op niveau 2 van ROC Vechtregge; de "
              "vooropleidingseisen gelden daarbij niet. Wie aan het eind van routejaar 3 het vmbo-diploma nog "
              "niet heeft, kan zonder dat diploma verder in een mbo-opleiding op vergelijkbaar niveau, of het "
              "examen op de eigen vmbo-school opnieuw doen."),
        ("p", "6.4 Wil de leerling naar een andere instelling, dan helpen de partners bij het "
              "geschiktheidsonderzoek en dragen zij het dossier warm over. De uitwerking staat in de schoolgidsen."),
        ("h", "7. Geld"),
        ("p", "7.1 In routejaar 1 en 2 ontvangen de vmbo-scholen de bekostiging voor hun leerlingen; vanaf "
              "routejaar 3 ontvangt ROC Vechtregge die."),
        ("p", "7.2 Met toepassing van artikel 5.42a WVO 2020 draagt iedere vmbo-school aan ROC Vechtregge "
              "€ 1.150 over per leerling per routejaar, voor routejaar 1 en 2, naar de telling van 1 oktober. "
              "Dit bedrag is bestemd voor de inzet van roc-docenten in het Energielab en in de mbo-onderdelen "
              "van de vo-fase en voor verbruiksmateriaal in het Energielab."),
        ("p", "7.3 Betaling gebeurt in twee gelijke termijnen, op 1 december en 1 mei. Verder worden geen "
              "middelen overgedragen; in de mbo-fase draagt het roc niets over aan de vmbo-scholen."),
        ("h", "8. Meepraten"),
        ("p", "8.1 In de vo-fase geldt de medezeggenschap van de vmbo-school, in de mbo-fase die van ROC "
              "Vechtregge. Daarbovenop spreken de consortiumpartners het volgende af."),
        ("p", "8.2 Twee leerlingen uit routejaar 1 of 2 nemen als toehoorder met spreekrecht deel aan de "
              "vergaderingen van de studentenraad van ROC Vechtregge waarin de route wordt besproken."),
        ("p", "8.3 Een voorgenomen besluit dat de inrichting van de route wezenlijk verandert, leggen de partners "
              "voor advies voor aan de medezeggenschapsraden van beide vmbo-scholen en aan de studentenraad van "
              "ROC Vechtregge. Eén keer per schooljaar houdt het routeteam een gezamenlijk klankbordoverleg met "
              "een afvaardiging van deze raden."),
        ("h", "9. Verschil van inzicht"),
        ("p", "9.1 Een geschil tussen consortiumpartners over de uitvoering van deze overeenkomst wordt eerst in "
              "het routeteam besproken. Lukt een oplossing daar niet binnen vier weken, dan kan iedere partner "
              "het voorleggen aan de stuurgroep, die binnen vier weken beslist of een voorstel doet."),
        ("p", "9.2 Blijft het geschil bestaan, dan schakelen de betrokken partners een mediator in die is "
              "ingeschreven bij de Mediatorsfederatie Nederland. Leidt mediation niet binnen drie maanden tot "
              "overeenstemming, dan is de Rechtbank Overijssel, locatie Almelo, bevoegd."),
        ("h", "10. Looptijd, nieuwe partners, wijzigen en stoppen"),
        ("p", "10.1 De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "10.2 Een andere vmbo-school met het profiel PIE of een andere mbo-instelling kan toetreden als "
              "alle consortiumpartners daarmee schriftelijk instemmen en de nieuwe partner een "
              "toetredingsverklaring tekent waarin hij deze overeenkomst aanvaardt. Een nieuwe partner start "
              "met een nieuw cohort per 1 augustus; leerlingen in lopende cohorten wisselen niet van school."),
        ("p", "10.3 Wijzigingen gelden alleen als alle consortiumpartners ze schriftelijk ondertekenen. Een "
              "wijziging in de inrichting van de route geldt voor leerlingen die al in de route zitten alleen "
              "als zij daar geen nadeel van ondervinden."),
        ("p", "10.4 Iedere partner kan opzeggen tegen 1 augustus van enig jaar, met een opzegtermijn van twaalf "
              "maanden, bij aangetekende brief. Bij een ernstige tekortkoming die na schriftelijke "
              "ingebrekestelling niet binnen twee maanden is hersteld, kan de overeenkomst worden ontbonden met "
              "ingang van het einde van het lopende schooljaar."),
        ("p", "10.5 Na opzegging of ontbinding stroomt geen nieuw cohort meer in. Leerlingen die al in de route "
              "zitten, maken die af bij dezelfde partners en volgens dezelfde afspraken. Treedt één vmbo-school "
              "uit, dan loopt de overeenkomst voor de anderen door."),
        ("h", "11. Melding en ondertekening"),
        ("p", "De vmbo-scholen en ROC Vechtregge melden de route ieder voor zich in RIO. Aldus overeengekomen "
              "en in drievoud ondertekend te Almelo op 30 juni 2025."),
        ("pl", "Stichting Onderwijsgroep Reggedal<br/>drs. A.M. Stegeman<br/><br/>"
               "Stichting Openbaar Voortgezet Onderwijs Wierden-Enter<br/>J.H. ten Brinke<br/><br/>"
               "Stichting Regionaal Opleidingencentrum Vechtregge<br/>ir. M.G. Olthof"),
    ]
    # <br/> must survive escaping: handle by splitting into separate paragraphs
    fixed = []
    for b in B:
        if b[0] == "pl" and "<br/>" in b[1]:
            for line in b[1].split("<br/>"):
                fixed.append(("pl", line) if line else ("sp", 4))
        else:
            fixed.append(b)
    build_pdf(path, fixed, "Consortiumovereenkomst Techniekroute Reggedal",
              "Consortiumovereenkomst Techniekroute Reggedal - versie 1.2", two_columns=True,
              title_frame_h=6.2, base_size=9)


# ===== h306 =====================================================================================

@sample(306, "h306_interne_regeling_vsg_autonummering_smallingerland", "docx",
        "Interne regeling van een verticale scholengemeenschap (DOCX, Word-autonummering van artikelen, leden "
        "en onderdelen; nummers niet in de tekst), Drachten/Smallingerland, E&O kb -> mbo-3 verkoopspecialist; "
        "routeteam uitvoerig beschreven maar zonder wijze van aanwijzing (c weak); overstap eist binnen "
        "dezelfde instelling eerst het vmbo-diploma (f weak); geen overdracht bekostiging; h/i/j n.v.t.",
        st("a=p b=p c=w d=p e=p f=w g=p h=n i=n j=n"),
        {"a": "Inhoud van de leerroute", "b": "Betrokkenheid van de retailbranche",
         "d": "Verantwoording aan het college", "e": "Inrichting van het onderwijs",
         "g": "Middelen"})
def build_306(path):
    d = new_docx("Calibri", 11)
    NUM = add_numbering(d, 306, [
        ("decimal", "Artikel %1", 0, 0),
        ("decimal", "%2.", 567, 567),
        ("lowerLetter", "%3.", 1134, 567),
    ])
    B = [
        ("title", "Interne regeling doorlopende leerroute Retail & Handel"),
        ("subtitle", "Stichting Burmaniahof Onderwijs - verticale scholengemeenschap vmbo-mbo te Drachten"),
        ("subtitle", "Vastgesteld door het college van bestuur op 24 juni 2025"),
        ("p", "Het college van bestuur van Stichting Burmaniahof Onderwijs,"),
        ("p", "overwegende dat de stichting het bevoegd gezag is van de verticale scholengemeenschap Burmaniahof, "
              "die in de gemeente Smallingerland zowel vmbo-onderwijs (Burmaniahof Vakcollege) als middelbaar "
              "beroepsonderwijs (Burmaniahof Vakschool) verzorgt;"),
        ("p", "overwegende dat de doorlopende leerroute Retail & Handel geheel binnen deze scholengemeenschap "
              "wordt verzorgd, zodat op grond van artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde "
              "lid, WEB in plaats van een samenwerkingsovereenkomst een interne regeling wordt vastgesteld;"),
        ("p", "gelet op het advies van de gemeenschappelijke medezeggenschapsraad van 3 juni 2025;"),
        ("p", "besluit vast te stellen de volgende regeling."),
        ("art", "Begripsbepalingen"),
        ("lid", "In deze regeling wordt verstaan onder:"),
        ("onder", "leerroute: de doorlopende leerroute vmbo-mbo Retail & Handel, bedoeld in het volgende artikel;"),
        ("onder", "Vakcollege: de vmbo-afdeling van de scholengemeenschap, Burmaniastraat 40 te Drachten;"),
        ("onder", "Vakschool: de mbo-afdeling van de scholengemeenschap, Noordkade 12 te Drachten;"),
        ("onder", "routejaar: een leerjaar van de leerroute, te beginnen met leerjaar 3 van het vmbo;"),
        ("onder", "college: het college van bestuur van Stichting Burmaniahof Onderwijs."),
        ("art", "Inhoud van de leerroute"),
        ("lid", "De leerroute staat open voor leerlingen van de kaderberoepsgerichte leerweg met het profiel "
                "Economie en ondernemen."),
        ("lid", "De leerroute leidt op tot het diploma vmbo kaderberoepsgerichte leerweg en tot het mbo-diploma "
                "Verkoopspecialist, niveau 3, uit het kwalificatiedossier Retail in het opleidingsdomein Handel, "
                "in de beroepsopleidende leerweg."),
        ("lid", "De leerroute omvat vier routejaren. Routejaar 1 en 2 worden verzorgd door het Vakcollege, "
                "routejaar 3 en 4 door de Vakschool."),
        ("art", "Routeteam"),
        ("lid", "De leiding over de leerroute berust bij het routeteam. Het routeteam bestaat uit twee "
                "medewerkers van het Vakcollege en twee medewerkers van de Vakschool, aangevuld met een "
                "routecoördinator die het routeteam voorzit."),
        ("lid", "Het routeteam is belast met:"),
        ("onder", "het opstellen van het programma per routejaar en het ontwerp van het gezamenlijke PTA/OER;"),
        ("onder", "de planning van lessen, beroepspraktijkvorming en examens;"),
        ("onder", "de verdeling van de docentinzet binnen de formatie die het college jaarlijks vaststelt;"),
        ("onder", "het onderhouden van de contacten met de leerbedrijven en de adviesraad Retail;"),
        ("onder", "het voorbereiden van besluiten over overstap van leerlingen."),
        ("lid", "Het routeteam is bevoegd het lesrooster en de stageplanning vast te stellen en binnen het "
                "jaarlijkse routebudget uitgaven te doen tot € 5.000 per uitgave. Besluiten over personeel, "
                "uitgaven boven dat bedrag en de vaststelling van het PTA/OER blijven voorbehouden aan het "
                "college."),
        ("lid", "Het routeteam vergadert ten minste zes keer per schooljaar. De routecoördinator draagt zorg "
                "voor de verslaglegging en bewaakt de uitvoering van de genomen besluiten."),
        ("art", "Verantwoording aan het college"),
        ("lid", "Het routeteam legt jaarlijks vóór 1 november met een schriftelijk routeverslag verantwoording "
                "af aan het college over het afgelopen schooljaar. Het verslag bevat ten minste de in-, door- en "
                "uitstroom per routejaar, de examenresultaten, de ervaringen van leerlingen en leerbedrijven en "
                "de besteding van het routebudget."),
        ("lid", "Daarnaast brengt de routecoördinator het college eenmaal per kwartaal in het managementoverleg "
                "op de hoogte van de voortgang, aan de hand van een beknopte schriftelijke stand van zaken."),
        ("art", "Inrichting van het onderwijs"),
        ("lid", "Routejaar 1 en 2 worden gegeven in het gebouw van het Vakcollege, routejaar 3 en 4 in het "
                "gebouw van de Vakschool. De beroepspraktijkvorming vindt plaats bij erkende leerbedrijven."),
        ("lid", "Het programma, de examinering en de beroepspraktijkvorming worden per routejaar vastgelegd in "
                "het gezamenlijke PTA/OER, dat het college jaarlijks vóór 1 oktober vaststelt. Daarin is per "
                "onderdeel aangegeven of het tot het vmbo- of het mbo-deel behoort."),
        ("lid", "Docenten van het Vakcollege en van de Vakschool vormen één docententeam. Vanaf routejaar 1 "
                "verzorgen docenten van de Vakschool de lessen Winkelpraktijk en Presenteren; docenten van het "
                "Vakcollege verzorgen de algemene vakken tot en met het centraal examen. Het vakoverstijgende "
                "onderdeel Winkelpraktijk wordt gegeven met teambevoegdheid; ieder teamlid is bevoegd voor ten "
                "minste één vak of programmaonderdeel."),
        ("lid", "Leerlingen van routejaar 1 en 2 werken één dagdeel per week in de leerwinkel De Toonbank van de "
                "Vakschool en gebruiken daar de kassa- en voorraadsystemen. Docenten van de Vakschool maken "
                "voor projecten gebruik van het praktijklokaal Economie en ondernemen van het Vakcollege. Het "
                "roosterbureau van de scholengemeenschap deelt de ruimten in."),
        ("art", "Betrokkenheid van de retailbranche"),
        ("lid", "Bij de leerroute is een adviesraad Retail ingesteld, bestaande uit vier ondernemers uit het "
                "centrum van Drachten, een vertegenwoordiger van Ondernemersvereniging Drachten Centrum en de "
                "adviseur praktijkleren van SBB. De adviesraad komt twee keer per schooljaar bijeen en adviseert "
                "het routeteam over het programma en de keuze van keuzedelen."),
        ("lid", "Erkende leerbedrijven, waaronder Bouwmans Mode, Fietsplein Drachten en Supermarkt De Wâlden, "
                "bieden vanaf routejaar 2 stageplaatsen aan, leveren ieder semester een winkelopdracht aan voor "
                "de lessen Winkelpraktijk en leveren praktijkbeoordelaars voor de proeve van bekwaamheid."),
        ("art", "Verlaten van de leerroute"),
        ("lid", "Een leerling die de leerroute voortijdig wil of moet verlaten, wordt door de routecoördinator "
                "samen met de mentor begeleid naar een vervolg. Over dat vervolg beslissen de afdelingsleider "
                "van het Vakcollege en de opleidingsmanager van de Vakschool gezamenlijk, na overleg met de "
                "leerling en zijn ouders, met inachtneming van het bereikte onderwijsniveau en de leeftijd van "
                "de leerling."),
        ("lid", "In routejaar 1 en 2 kan de leerling de reguliere kaderberoepsgerichte of basisberoepsgerichte "
                "leerweg van het Vakcollege vervolgen, gericht op het behalen van het vmbo-diploma."),
        ("lid", "Vanaf routejaar 3 kan de leerling overstappen naar een andere opleiding van de Vakschool op "
                "niveau 2 of 3, mits hij voldoet aan de toelatingseisen van die opleiding. Een leerling die het "
                "vmbo-diploma niet heeft behaald, wordt niet tot een andere opleiding van de Vakschool "
                "toegelaten; hij vervolgt eerst het vmbo-programma van het Vakcollege totdat het vmbo-diploma "
                "is behaald."),
        ("art", "Middelen"),
        ("lid", "Omdat de leerroute geheel binnen de stichting wordt verzorgd, vindt geen overdracht van "
                "bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB."),
        ("lid", "Het college stelt in de jaarbegroting een routebudget vast voor materialen, de leerwinkel en "
                "professionalisering van het docententeam."),
        ("art", "Melding, inschrijving en klachten"),
        ("lid", "Het college meldt de leerroute aan de minister door registratie in RIO."),
        ("lid", "Leerlingen staan in routejaar 1 en 2 ingeschreven bij het Vakcollege en vanaf routejaar 3 bij "
                "de Vakschool."),
        ("lid", "De klachtenregeling van de stichting is van toepassing op de gehele leerroute."),
        ("art", "Slotbepalingen"),
        ("lid", "Deze regeling treedt in werking op 1 augustus 2025 en wordt in het schooljaar 2027-2028 "
                "geëvalueerd."),
        ("lid", "Deze regeling wordt aangehaald als: Interne regeling doorlopende leerroute Retail & Handel "
                "Burmaniahof."),
        ("p", "Aldus vastgesteld te Drachten op 24 juni 2025."),
        ("p", "Het college van bestuur van Stichting Burmaniahof Onderwijs,"),
        ("p", "mr. H.J. Dijkstra, voorzitter                    drs. W. Terpstra-Kooi, lid"),
    ]
    from docx.shared import Pt
    for kind, text in B:
        if kind == "title":
            p = add_par(d, text, style="Title")
        elif kind == "subtitle":
            add_par(d, text, style="Subtitle")
        elif kind == "onder":
            p = add_par(d, text)
            set_num(p, NUM, 2)
        elif kind == "p":
            add_par(d, text)
        elif kind == "art":
            p = add_par(d, text, style="Heading 2")
            set_num(p, NUM, 0)
        elif kind == "lid":
            p = add_par(d, text)
            set_num(p, NUM, 1)
    save_docx(d, path, "Interne regeling doorlopende leerroute Retail & Handel")


# ===== h307 =====================================================================================

H307 = """
# Samenwerkingsovereenkomst doorlopende leerroute Koken & Gastvrijheid Veere

*Kustcollege Serooskerke en ROC Zeeland-Noord - ingangsdatum 1 augustus 2025*

## Wie sluiten deze overeenkomst?

Wij zijn:

- **Stichting Onderwijs Walcherse Kust**, gevestigd in Serooskerke (gemeente Veere), bevoegd gezag van het
  Kustcollege, school voor vmbo. Namens het bestuur tekent mevrouw L. Joosse, bestuurder. Hierna: *het Kustcollege*.
- **Stichting Beroepsonderwijs Zeeland-Noord**, gevestigd in Middelburg, bevoegd gezag van ROC Zeeland-Noord.
  Namens het college van bestuur tekent de heer P.C. de Visser, voorzitter. Hierna: *het ROC*.

Waar in deze tekst "wij" staat, bedoelen we beide besturen samen. Wat hieronder staat, spreken wij met elkaar
af en daar houden wij ons aan. De leerlingen en hun ouders krijgen een samenvatting in de schoolgids.

## Om welke route gaat het?

Leerlingen van de kaderberoepsgerichte leerweg met het profiel **Horeca, bakkerij en recreatie** kunnen vanaf
leerjaar 3 kiezen voor onze doorlopende leerroute naar de mbo-opleiding **Zelfstandig werkend kok (niveau 3)**
uit het kwalificatiedossier Kok, opleidingsdomein Horeca en bakkerij. Wie tijdens de route merkt dat het werk in
de bediening beter past, kan in routejaar 2 kiezen voor **Zelfstandig werkend gastheer/gastvrouw (niveau 3)**.

De route duurt vier jaar en eindigt met twee diploma's: het vmbo-diploma kaderberoepsgerichte leerweg en het
mbo-diploma op niveau 3 (BOL). Routejaar 1 en 2 zijn leerjaar 3 en 4 van het vmbo; routejaar 3 en 4 zijn de
mbo-jaren.

## Hoe doen de horecabedrijven mee?

Koks en ondernemers uit de regio maken de route mee. Zo gaat dat:

- Een **klankbordgroep horeca** van zes ondernemers, onder wie de eigenaren van Brasserie Het Duinhuis
  (Oostkapelle), Hotel Zeeuwse Stromen (Vrouwenpolder) en Strandpaviljoen De Meeuw (Domburg), een bestuurslid
  van de afdeling Walcheren van Koninklijke Horeca Nederland en de adviseur van SBB, komt twee keer per jaar
  bij elkaar met de routeleiders. De groep geeft advies over het programma, de menukaart van het leerrestaurant
  en de keuzedelen.
- Elke maand geeft een chef uit de regio een gastles of masterclass ("chef in de klas").
- Iedere leerling loopt in routejaar 1 een snuffelstage van een week in een keuken; in routejaar 3 en 4 volgt
  de beroepspraktijkvorming bij erkende leerbedrijven uit de klankbordgroep en daarbuiten.
- De bedrijven leveren elk voorjaar de opdracht voor de Walcherse Streekkookwedstrijd, die als
  praktijkopdracht meetelt, en een chef beoordeelt mee bij de proeve van bekwaamheid.

## Wie heeft de leiding en hoe komt die tot stand?

De route wordt geleid door twee routeleiders samen: de **teamleider bovenbouw** van het Kustcollege en de
**opleidingsmanager Horeca** van het ROC. Ieder bestuur wijst zijn eigen routeleider schriftelijk aan voor drie
schooljaren; daarna kan die aanwijzing worden verlengd. Bij vertrek van een routeleider wijst het bestuur binnen
twee maanden iemand anders aan en laat het dat de ander schriftelijk weten.

De routeleiders beslissen samen over het programma en het rooster, de inzet van de docenten binnen de uren die de
besturen ieder jaar vaststellen, de toelating van leerlingen tot de route, de stages en de voorstellen voor een
overstap. Zij mogen per schooljaar tot € 7.500 uitgeven uit het routebudget.

Wat zij niet mogen: personeel aannemen of ontslaan, deze overeenkomst veranderen of meer uitgeven dan het
routebudget. Dat beslissen de besturen zelf in hun bestuurlijk overleg, dat ten minste twee keer per jaar
plaatsvindt.

## Hoe horen de besturen wat er gebeurt?

- Ieder half jaar, in januari en in juni, sturen de routeleiders beide besturen een schriftelijke
  **routerapportage**. Daarin staan in elk geval de instroom, uitval en overstap, de behaalde diploma's, het
  aantal stageplaatsen en de uitkomst van het tevredenheidsonderzoek onder leerlingen en bedrijven.
- De rapportage wordt besproken in het eerstvolgende bestuurlijk overleg.
- Vóór 15 juli leggen de routeleiders verantwoording af over het hele schooljaar met een korte evaluatie en
  een plan voor het volgende jaar. De besturen stellen dat plan vast.
- Gebeurt er iets ernstigs, bijvoorbeeld een ongeval in de keuken, dan melden de routeleiders dat meteen aan
  beide besturen.

## Waar, door wie en met welke middelen wordt lesgegeven?

**Plaats.** Routejaar 1 en 2: op het Kustcollege in Serooskerke, met twee dagen per week in leerrestaurant De
Schelp van het ROC in Middelburg. Routejaar 3 en 4: op het ROC en bij het leerbedrijf.

**Programma en examens.** Wij beschrijven het programma, de examens en de stages per leerjaar in één
gezamenlijk PTA/OER. Het centraal examen vmbo wordt in routejaar 2 afgenomen. Mbo-onderdelen en examens kunnen
vanaf routejaar 1.

**Docenten.** Koksdocenten van het ROC geven in routejaar 1 en 2 acht uur per week praktijkles; docenten van
het Kustcollege geven de algemene vakken. Voor het project Gastvrij koken werken zij als één team met
teambevoegdheid: ieder teamlid is bevoegd voor ten minste één onderdeel en zorgt voor het deel waarvoor hij of
zij bevoegd is. Iedereen blijft in dienst van het eigen bestuur. De uren die ROC-docenten op het Kustcollege
geven, worden verrekend met uren die Kustcollege-docenten op het ROC geven.

**Ruimtes en spullen.** Het ROC stelt leerrestaurant De Schelp, de professionele keuken, de HACCP-materialen en
koksbuizen voor de routeleerlingen kosteloos beschikbaar. Het Kustcollege stelt op woensdag zijn
praktijkkeuken open voor lessen van het ROC. Elke school betaalt de ingrediënten voor de eigen lessen.

**Inschrijving en klachten.** In routejaar 1 en 2 staat de leerling ingeschreven op het Kustcollege, daarna op
het ROC. Een klacht over een medewerker van de andere partij wordt behandeld door de school waar de leerling
ingeschreven staat, met medewerking van de ander.

## Wat als een leerling de route niet afmaakt?

Niemand verlaat de route zonder nieuwe plek. Wie stopt of moet stoppen, krijgt een vervolg dat leidt naar een
diploma:

1. **Tijdens routejaar 1 en 2:** verder in de gewone kaderberoepsgerichte leerweg horeca op het Kustcollege, of
   in een ander profiel of een andere leerweg, met het vmbo-diploma als doel; een andere doorlopende route van
   het ROC kan ook.
2. **Tijdens routejaar 3 en 4:** een andere horecaopleiding van het ROC op niveau 3, of op niveau 2 (zoals
   Kok) als niveau 3 te hoog gegrepen blijkt. Binnen het ROC gelden daarbij geen vooropleidingseisen.
3. **Vmbo-diploma nog niet gehaald aan het eind van routejaar 3:** de leerling kan zonder dat diploma door in
   een mbo-opleiding van vergelijkbaar niveau, of het examen op het Kustcollege opnieuw doen.
4. **Naar een andere school of instelling:** wij dragen het dossier warm over en helpen bij het
   toelatingsgesprek of geschiktheidsonderzoek daar.

De twee routeleiders besluiten samen welk vervolg het beste past, na een gesprek met de leerling en de ouders.
Zij kijken naar wat de leerling al heeft gehaald en naar de leeftijd. Het besluit komt op papier en gaat naar
leerling en ouders. De uitwerking staat in de schoolgids.

## Gaat er geld van de ene partij naar de andere?

Nee. Wij dragen geen bekostiging aan elkaar over. Het Kustcollege draagt de kosten van de vo-fase en het ROC de
kosten van de mbo-fase. Docenturen worden, zoals hierboven beschreven, in uren verrekend en niet in geld.

## Hoe praten leerlingen, ouders en medewerkers mee?

- De medezeggenschapsraad van het Kustcollege en de studentenraad van het ROC krijgen ieder jaar de
  routerapportage. Voordat de route op een belangrijk punt verandert, vragen wij beide raden om advies.
- Leerlingen in routejaar 1 en 2 mogen zich al verkiesbaar stellen voor de studentenraad van het ROC en daar
  meestemmen over zaken die de route raken.
- Ouders van leerlingen in routejaar 3 en 4 blijven welkom in de ouderraad van het Kustcollege, zodat de
  ouders van de hele route één aanspreekpunt houden.

## Wat als we het niet met elkaar eens zijn?

1. Eerst praten de routeleiders het uit.
2. Lukt dat niet binnen vier weken, dan bespreken de bestuurders het binnen dertig dagen in een extra
   bestuurlijk overleg.
3. Komen zij er niet uit, dan vragen zij bindend advies aan een commissie van drie personen. Ieder bestuur
   wijst één lid aan; die twee kiezen samen een onafhankelijke voorzitter. De commissie geeft binnen acht weken
   advies en wij volgen dat advies op.

## Hoe kan een andere school aansluiten, hoe wijzigen of beëindigen we deze overeenkomst?

**Aansluiten.** Een andere vmbo-school met het profiel Horeca, bakkerij en recreatie of een andere
mbo-instelling kan meedoen als beide besturen dat schriftelijk goedvinden en de nieuwe partij een
toetredingsaddendum bij deze overeenkomst ondertekent. Aansluiten kan alleen met ingang van een nieuw
schooljaar, zodat leerlingen die al in de route zitten er geen last van hebben.

**Wijzigen.** Een wijziging leggen wij schriftelijk vast en ondertekenen wij allebei. Een wijziging geldt niet
ten nadele van leerlingen die al in de route zitten.

**Looptijd en opzeggen.** Deze overeenkomst loopt van 1 augustus 2025 tot 1 augustus 2030 en wordt daarna steeds
met vijf jaar verlengd. Ieder bestuur kan schriftelijk opzeggen, uiterlijk twaalf maanden voor 1 augustus. Als
de ander ernstig tekortschiet en dat na een schriftelijke aanmaning niet herstelt, kan de overeenkomst worden
ontbonden, met ingang van het einde van het schooljaar.

**Leerlingen gaan voor.** Na opzegging of ontbinding nemen wij geen nieuwe leerlingen meer aan in de route.
Leerlingen die al begonnen zijn, maken de route af zoals afgesproken. Lukt dat bij een van ons niet, dan zorgen
wij samen voor een plek bij de andere partij met behoud van wat de leerling al heeft gehaald.

## Ondertekening

Serooskerke/Middelburg, 30 juni 2025

| Stichting Onderwijs Walcherse Kust | Stichting Beroepsonderwijs Zeeland-Noord |
|---|---|
| L. Joosse, bestuurder | P.C. de Visser, voorzitter college van bestuur |
"""


@sample(307, "h307_vraagkoppen_veere_kok", "md",
        "Markdown met vraagkoppen in wij-vorm en eenvoudige taal, Veere (Walcheren), HBR kb -> mbo-3 "
        "zelfstandig werkend kok; volledig compleet; expliciet geen overdracht van bekostiging (uren verrekend); "
        "bindend advies als geschillenregeling; leerlingen in de studentenraad.",
        st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
        {"a": "Om welke route gaat het?", "b": "Hoe doen de horecabedrijven mee?",
         "c": "Wie heeft de leiding en hoe komt die tot stand?", "d": "Hoe horen de besturen wat er gebeurt?",
         "e": "Waar, door wie en met welke middelen wordt lesgegeven?",
         "f": "Wat als een leerling de route niet afmaakt?",
         "g": "Gaat er geld van de ene partij naar de andere?",
         "h": "Hoe praten leerlingen, ouders en medewerkers mee?",
         "i": "Wat als we het niet met elkaar eens zijn?",
         "j": "Hoe kan een andere school aansluiten, hoe wijzigen of beëindigen we deze overeenkomst?"})
def build_307(path):
    write_text(path, H307)


# ===== h308 =====================================================================================

H308 = [
    ("title", "Overeenkomst geïntegreerde route Zorg & Welzijn"),
    ("sub", "Roerdal College - ROC Maasland"),
    ("sp", 10),
    ("p", "Stichting Voortgezet Onderwijs Roerstreek, gevestigd te Sint Odiliënberg (gemeente Roerdalen), bevoegd "
          "gezag van het Roerdal College, school voor vmbo, vertegenwoordigd door de heer drs. F.J.M. Hendrix, "
          "voorzitter van het college van bestuur, en Stichting Maasland Beroepsopleidingen, gevestigd te "
          "Roermond, bevoegd gezag van ROC Maasland, vertegenwoordigd door mevrouw ir. C.A. Beurskens, "
          "voorzitter van het college van bestuur, hierna samen partijen en ieder afzonderlijk het Roerdal "
          "College respectievelijk ROC Maasland, sluiten deze overeenkomst om samen een geïntegreerde route "
          "aan te bieden als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB. Partijen hebben ervoor "
          "gekozen hun afspraken in doorlopende tekst vast te leggen; iedere alinea bevat een afspraak."),
    ("p", "Met ingang van het schooljaar 2025-2026 kunnen leerlingen van de basisberoepsgerichte leerweg van het "
          "Roerdal College met het profiel Zorg en welzijn vanaf leerjaar 3 worden geplaatst in een "
          "geïntegreerde route die leidt tot het mbo-diploma Helpende zorg en welzijn, niveau 2, in het "
          "opleidingsdomein Zorg en welzijn. In de route wordt geen eindexamen van de basisberoepsgerichte "
          "leerweg afgenomen, tenzij de leerling en zijn ouders daar uitdrukkelijk om vragen. Plaatsing gebeurt "
          "in overleg met de leerling en zijn ouders en na overleg met ROC Maasland. De route duurt drie jaar; "
          "de eerste twee routejaren staat de leerling ingeschreven bij het Roerdal College, het derde routejaar "
          "bij ROC Maasland."),
    ("p", "Zorg- en welzijnsorganisaties uit de regio zijn vanaf de start bij de route betrokken. Zorgcentrum De "
          "Roerhof in Herkenbosch, kinderopvang 't Sterrenbos in Vlodrop en Thuiszorg Roer en Maas bieden de "
          "leerlingen in routejaar 1 kennismakingsstages en in routejaar 2 en 3 plaatsen voor de "
          "beroepspraktijkvorming. Zij leveren ieder schooljaar drie praktijkopdrachten voor de zorgdagen, en "
          "hun praktijkopleiders beoordelen mee bij de proeven van bekwaamheid. Samen met de adviseur van SBB "
          "vormen zij de praktijkraad van de route, die twee keer per schooljaar bijeenkomt en partijen "
          "adviseert over de inhoud van het programma en de keuzedelen."),
    ("p", "De leiding over de route ligt bij een routeduo, bestaande uit de teamleider bovenbouw van het Roerdal "
          "College en de opleidingsmanager Zorg en welzijn niveau 2 van ROC Maasland. Ieder college van bestuur "
          "wijst de eigen functionaris aan en deelt die aanwijzing schriftelijk mee aan het andere college. Het "
          "routeduo stelt het programma en het rooster vast, plaatst de leerlingen in de route, verdeelt de "
          "inzet van docenten binnen de uren die de besturen jaarlijks beschikbaar stellen en regelt de stages. "
          "Voor uitgaven boven € 2.500 en voor alle besluiten over personeel is de instemming van beide besturen "
          "nodig."),
    ("p", "Het routeduo stelt de beide colleges van bestuur ieder halfjaar, in februari en in juli, schriftelijk "
          "op de hoogte van het aantal leerlingen, de voortgang, uitval en overstap, de resultaten van de "
          "examens en de besteding van de overgedragen middelen. In het bestuurlijk overleg van oktober legt het "
          "routeduo verantwoording af over het voorbije schooljaar."),
    ("p", "Het onderwijs in routejaar 1 wordt gegeven in het gebouw van het Roerdal College in Sint Odiliënberg; "
          "vanaf routejaar 2 volgen de leerlingen drie dagen per week onderwijs op de zorglocatie van ROC "
          "Maasland in Roermond en gaan zij twee dagen per week naar hun stage. Het programma, de examinering en "
          "de beroepspraktijkvorming worden per leerjaar beschreven in een gezamenlijke onderwijs- en "
          "examenregeling. Docenten van het Roerdal College verzorgen Nederlands, rekenen en loopbaanbegeleiding; "
          "docenten van ROC Maasland verzorgen vanaf routejaar 1 de zorgvakken. Het onderdeel Zorgen voor jezelf "
          "en de ander wordt gegeven door een gezamenlijk team met teambevoegdheid, waarbij ieder teamlid bevoegd "
          "is voor ten minste één vak of programmaonderdeel. Docenten blijven in dienst van hun eigen werkgever. "
          "ROC Maasland stelt het skillslab en de oefenwoning op de zorglocatie kosteloos ter beschikking; het "
          "Roerdal College stelt zijn praktijklokaal Zorg en welzijn beschikbaar voor lessen van docenten van "
          "ROC Maasland in routejaar 1."),
    ("p", "Leerlingen die de geïntegreerde route voortijdig beëindigen, stromen door naar de Entree-opleiding van "
          "ROC Maasland in Roermond. Daar worden zij voorbereid op werk of op een vervolgopleiding. De mentor "
          "zorgt voor een zorgvuldige overdracht van het leerlingdossier."),
    ("p", "Het Roerdal College draagt voor iedere leerling in routejaar 1 en 2 met toepassing van artikel 5.42a "
          "WVO 2020 een bedrag van € 900 per schooljaar over aan ROC Maasland, gerekend naar het aantal "
          "leerlingen op 1 oktober. Dit bedrag is bestemd voor de inzet van docenten zorg van ROC Maasland in "
          "die routejaren en voor het gebruik van het skillslab. Betaling vindt plaats vóór 1 januari van het "
          "lopende schooljaar. Verdere overdrachten van middelen vinden niet plaats."),
    ("p", "Wat de medezeggenschap betreft is in de vo-fase de Wet medezeggenschap op scholen van toepassing en in "
          "de mbo-fase hoofdstuk 8a van de Wet educatie en beroepsonderwijs; voor het personeel gelden de regels "
          "van de eigen werkgever. Partijen kunnen zo nodig aanvullende afspraken maken over de medezeggenschap."),
    ("p", "Verschillen van inzicht over de uitvoering van deze overeenkomst lossen partijen in goed onderling "
          "overleg op. Daarbij staat het belang van de leerlingen voorop."),
    ("p", "Deze overeenkomst geldt voor onbepaalde tijd. Een andere vmbo-school met het profiel Zorg en welzijn of "
          "een andere mbo-instelling kan aan de route gaan deelnemen wanneer beide partijen daarmee schriftelijk "
          "instemmen en de nieuwe deelnemer deze overeenkomst mede ondertekent; een nieuwe deelnemer begint met "
          "een nieuw cohort per 1 augustus. Wijzigingen worden schriftelijk vastgelegd en door beide besturen "
          "ondertekend; leerlingen die al in de route zitten, behouden het programma waarmee zij zijn begonnen. "
          "Ieder bestuur kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar met een "
          "termijn van ten minste een jaar. Na opzegging worden geen nieuwe leerlingen meer geplaatst en ronden "
          "de leerlingen die al in de route zitten hun opleiding af bij ROC Maasland."),
    ("p", "Een klacht van een leerling over een medewerker van de andere partij wordt behandeld volgens de "
          "klachtenregeling van de partij waar de leerling is ingeschreven. Partijen melden de route ieder in "
          "RIO."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend te Roermond op 30 juni 2025."),
    ("sp", 14),
    ("pl", "Stichting Voortgezet Onderwijs Roerstreek"),
    ("pl", "drs. F.J.M. Hendrix, voorzitter college van bestuur"),
    ("sp", 14),
    ("pl", "Stichting Maasland Beroepsopleidingen"),
    ("pl", "ir. C.A. Beurskens, voorzitter college van bestuur"),
]


@sample(308, "h308_proza_geintegreerde_zorgroute_roerdalen", "pdf",
        "Doorlopend proza zonder koppen (PDF, Times), geïntegreerde route, Roerdalen (Midden-Limburg), Z&W bb "
        "-> mbo-2 helpende zorg en welzijn; uitval gaat automatisch naar Entree (f weak); geschillen alleen in "
        "goed onderling overleg (i weak); medezeggenschap beschrijft alleen de wet en 'kunnen' (h n.v.t.).",
        st("a=p b=p c=p d=p e=p f=w g=p h=n i=w j=p"),
        {"a": "Met ingang van het schooljaar 2025-2026 kunnen leerlingen van de basisberoepsgerichte leerweg",
         "b": "Zorg- en welzijnsorganisaties uit de regio zijn vanaf de start bij de route betrokken",
         "c": "De leiding over de route ligt bij een routeduo",
         "d": "Het routeduo stelt de beide colleges van bestuur ieder halfjaar",
         "e": "Het onderwijs in routejaar 1 wordt gegeven in het gebouw van het Roerdal College",
         "g": "Het Roerdal College draagt voor iedere leerling in routejaar 1 en 2",
         "j": "Deze overeenkomst geldt voor onbepaalde tijd"})
def build_308(path):
    build_pdf(path, H308, "Overeenkomst geintegreerde route Zorg en Welzijn",
              "Overeenkomst geïntegreerde route Zorg & Welzijn - Roerdal College / ROC Maasland",
              base_size=11, font="Times-Roman")


# ===== h309 =====================================================================================

H309 = [
    ("h", "AOC Drentsche Velden"),
    ("pl", "College van bestuur - Postbus 118 - 7940 AC Meppel"),
    ("sp", 18),
    ("pl", "Aan het bestuur van Stichting Voortgezet Onderwijs Westerveld"),
    ("pl", "t.a.v. mevrouw drs. G. Lanting, bestuurder"),
    ("pl", "Brink 7"),
    ("pl", "7991 CG Dwingeloo"),
    ("sp", 14),
    ("pl", "Meppel, 27 juni 2025"),
    ("pl", "Ons kenmerk: CvB/2025/0614"),
    ("pl", "Onderwerp: afspraken doorlopende leerroute Dier & Groen (samenwerkingsovereenkomst)"),
    ("sp", 14),
    ("p", "Geachte mevrouw Lanting,"),
    ("p", "In ons bestuurlijk overleg van 12 juni jongstleden hebben wij de afspraken doorgenomen over de "
          "doorlopende leerroute die het Dwingelder Vakcollege en AOC Drentsche Velden vanaf 1 augustus 2025 "
          "samen verzorgen. Met deze brief leggen wij die afspraken vast. Na ondertekening voor akkoord door uw "
          "bestuur geldt deze brief als samenwerkingsovereenkomst in de zin van artikel 2.107b WVO 2020 en "
          "artikel 9.1.3 WEB tussen Stichting Voortgezet Onderwijs Westerveld, bevoegd gezag van het "
          "Dwingelder Vakcollege (hierna: uw school), en Stichting Agrarisch Opleidingscentrum Drentsche Velden "
          "(hierna: ons AOC). Waar wij hieronder 'wij' schrijven, bedoelen wij beide besturen samen."),
    ("p", "**De route.** Leerlingen van de basisberoepsgerichte leerweg van uw school met het profiel Groen "
          "kunnen na leerjaar 2 kiezen voor de leerroute naar het mbo-diploma Medewerker dierverzorging, niveau "
          "2, in het opleidingsdomein Voedsel, natuur en leefomgeving, te volgen in de beroepsopleidende "
          "leerweg. De route duurt drie jaar en leidt eerst tot het vmbo-diploma basisberoepsgerichte leerweg "
          "en daarna tot het mbo-diploma."),
    ("p", "**Dierenbedrijven in de route.** Dierenpark Het Wildhoefje in Vledder, Dierenpension Holtingerveld in "
          "Havelte, Kinderboerderij De Hooiberg in Diever en Manege De Ruiterhoeve in Dwingeloo doen als erkende "
          "leerbedrijven mee. Zij bieden de leerlingen vanaf routejaar 1 praktijkdagen en vanaf routejaar 2 "
          "stageplaatsen, leveren ieder schooljaar twee praktijkopdrachten aan en organiseren samen de jaarlijkse "
          "Vakdag Dier. Hun praktijkbegeleiders beoordelen mee bij de proeven van bekwaamheid. Twee keer per jaar "
          "bespreken de bedrijven met de routeleiding het programma en geven zij advies over de keuzedelen."),
    ("p", "**Wie de route leidt.** De routeleiding bestaat uit de routecoördinator van uw school en de "
          "opleidingscoördinator Dierverzorging van ons AOC. Uw bestuur wijst de routecoördinator aan en ons "
          "college de opleidingscoördinator, ieder voor een periode van drie schooljaren, en wij laten elkaar die "
          "aanwijzing schriftelijk weten. De routeleiding stelt het programma en het rooster op, plaatst "
          "leerlingen in de route, regelt de praktijkdagen en stages, verdeelt de lesuren van de docenten binnen "
          "de uren die wij ieder jaar toekennen en bereidt overstapbesluiten voor. Zij mag zelfstandig uitgaven "
          "doen tot € 3.000 per schooljaar; voor grotere uitgaven en voor besluiten over personeel is de "
          "instemming van beide besturen nodig."),
    ("p", "**Op de hoogte blijven.** De routeleiding houdt beide besturen op de hoogte van de gang van zaken in "
          "de route en neemt contact met ons op wanneer er iets bijzonders speelt."),
    ("p", "**Lessen, docenten en ruimtes.** Routejaar 1 wordt gegeven op uw school in Dwingeloo, met één dag per "
          "week op de praktijklocatie van ons AOC in Havelte; routejaar 2 en 3 worden gegeven in Havelte en bij "
          "de leerbedrijven. Het programma, de examens en de stages leggen wij per leerjaar vast in één "
          "gezamenlijk PTA/OER. De docenten Groen van uw school en de docenten dierverzorging van ons AOC werken "
          "als één team; het onderdeel Dier en omgeving geven zij met teambevoegdheid, waarbij ieder teamlid "
          "bevoegd is voor ten minste één onderdeel. De docenten blijven in dienst van hun eigen bestuur. Ons AOC "
          "stelt de dierverblijven, de praktijkstal en het voerhok in Havelte beschikbaar aan de leerlingen en "
          "docenten van uw school; uw school stelt haar kas en schooltuin open voor lessen van ons AOC."),
    ("p", "**Als het anders loopt.** Stopt een leerling met de route, dan zoeken wij samen een vervolg dat leidt "
          "naar een diploma. In routejaar 1 en 2 kan de leerling verder in de gewone basisberoepsgerichte "
          "leerweg Groen of in een ander profiel van uw school, met het vmbo-diploma als doel. In routejaar 3 kan "
          "de leerling overstappen naar een andere opleiding van ons AOC op niveau 2, zoals Medewerker groene "
          "ruimte, zonder dat de vooropleidingseisen gelden; heeft hij het vmbo-diploma in routejaar 3 nog niet "
          "behaald, dan kan hij het examen op uw school herkansen of toch doorgaan in een mbo-opleiding op "
          "niveau 2. "
          "De routecoördinator en de opleidingscoördinator beslissen hierover samen, na een gesprek met de "
          "leerling en zijn ouders, op grond van het bereikte niveau en de leeftijd van de leerling."),
    ("p", "**Geld.** Uw school betaalt aan ons AOC een bijdrage van € 750 per leerling per schooljaar, "
          "berekend over de leerlingen in routejaar 1 en 2. De bijdrage wordt jaarlijks in oktober gefactureerd op basis van het aantal "
          "leerlingen op 1 oktober."),
    ("p", "**Medezeggenschap.** Wij leggen een voornemen om de route ingrijpend te wijzigen voor advies voor aan "
          "de medezeggenschapsraad van uw school en de studentenraad van ons AOC. Leerlingen in routejaar 1 "
          "kunnen daarnaast lid worden van de studentenraad van onze locatie Havelte, zodat zij vanaf het begin "
          "meepraten over het deel van de route dat bij ons plaatsvindt."),
    ("p", "**Bij onenigheid.** Zijn wij het over de uitvoering van deze afspraken niet eens, dan bespreken de "
          "beide bestuurders het geschil binnen drie weken. Lukt een oplossing niet, dan leggen wij het voor aan "
          "een onafhankelijke bemiddelaar die wij samen kiezen. Is er twee maanden na de start van de "
          "bemiddeling nog geen overeenstemming, dan kan ieder van ons het geschil voorleggen aan de bevoegde "
          "rechter in de Rechtbank Noord-Nederland, locatie Assen."),
    ("p", "**Looptijd, aansluiten, wijzigen en opzeggen.** Deze afspraken gelden voor vijf schooljaren en worden "
          "daarna telkens met vijf schooljaren verlengd. Een andere vmbo-school met het profiel Groen of een "
          "andere mbo-instelling kan zich bij de route aansluiten als wij daar beiden schriftelijk mee instemmen "
          "en de nieuwe partner deze brief voor akkoord meeondertekent; dat kan alleen per 1 augustus. "
          "Wijzigingen leggen wij vast in een brief die wij beiden ondertekenen. Ieder van ons kan de afspraken "
          "schriftelijk opzeggen met een termijn van een jaar, tegen het einde van een schooljaar. Na opzegging "
          "stroomt er geen nieuwe groep meer in en maken de leerlingen die al in de route zitten hun opleiding "
          "af volgens deze afspraken; een wijziging geldt nooit ten nadele van leerlingen die al begonnen zijn."),
    ("p", "**Melding en klachten.** Wij melden de route ieder in RIO. Klachten van leerlingen over medewerkers "
          "van de andere partij behandelen wij volgens de klachtenregeling van de partij waar de leerling is "
          "ingeschreven."),
    ("p", "Wij vragen u beide exemplaren van deze brief voor akkoord te ondertekenen en er één aan ons terug te "
          "sturen. Wij zien uit naar een goede samenwerking."),
    ("p", "Met vriendelijke groet,"),
    ("pl", "namens het college van bestuur van Stichting Agrarisch Opleidingscentrum Drentsche Velden,"),
    ("sp", 16),
    ("pl", "ing. R.J. Mulder, voorzitter"),
    ("sp", 18),
    ("pl", "**Voor akkoord**, namens het bestuur van Stichting Voortgezet Onderwijs Westerveld,"),
    ("pl", "Dwingeloo, 1 juli 2025"),
    ("sp", 16),
    ("pl", "drs. G. Lanting, bestuurder"),
]


@sample(309, "h309_brief_beide_besturen_westerveld_dierverzorging", "pdf",
        "Brief van het AOC-bestuur, voor akkoord meeondertekend door het schoolbestuur (PDF), Westerveld "
        "(Drenthe), Groen bb -> mbo-2 medewerker dierverzorging; vetgedrukte aanloopwoorden in plaats van koppen; "
        "verantwoording alleen 'houdt op de hoogte' zonder vorm of moment (d weak); bijdrage per leerling "
        "zonder bestemming (g weak).",
        st("a=p b=p c=p d=w e=p f=p g=w h=p i=p j=p"),
        {"a": "De route.", "b": "Dierenbedrijven in de route.", "c": "Wie de route leidt.",
         "e": "Lessen, docenten en ruimtes.", "f": "Als het anders loopt.", "h": "Medezeggenschap.",
         "i": "Bij onenigheid.", "j": "Looptijd, aansluiten, wijzigen en opzeggen."})
def build_309(path):
    build_pdf(path, H309, "Brief afspraken doorlopende leerroute Dier en Groen",
              "AOC Drentsche Velden - kenmerk CvB/2025/0614", base_size=10)


# ===== h310 =====================================================================================

def render_docx_blocks(d, blocks):
    """Generic renderer for DOCX block lists."""
    from docx.shared import Cm, Pt
    for b in blocks:
        kind = b[0]
        if kind == "title":
            add_par(d, b[1], style="Title")
        elif kind == "subtitle":
            add_par(d, b[1], style="Subtitle")
        elif kind in ("h1", "h2", "h3"):
            add_par(d, b[1], style="Heading %s" % kind[1])
        elif kind == "p":
            add_par(d, b[1])
        elif kind == "caps":
            add_par(d, "**%s**" % b[1])
        elif kind == "lid":
            p = add_par(d, b[1])
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
        elif kind == "onder":
            p = add_par(d, b[1])
            p.paragraph_format.left_indent = Cm(1.6)
            p.paragraph_format.first_line_indent = Cm(-0.6)
        elif kind == "bullet":
            add_par(d, b[1], style="List Bullet")
        elif kind == "textbox":
            add_textbox(d, b[1])
        elif kind == "table":
            add_table(d, b[1], b[2] if len(b) > 2 else None)
            d.add_paragraph()
        elif kind == "pagebreak":
            from docx.enum.text import WD_BREAK
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)


H310 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit & Techniek"),
    ("subtitle", "Laarbeek Vakcollege - Peelpoort College | route kader - Eerste autotechnicus niveau 3"),
    ("caps", "DE ONDERGETEKENDEN:"),
    ("lid", "1.\tStichting Katholiek Voortgezet Onderwijs Peelrand, een stichting naar Nederlands recht, statutair "
            "gevestigd te Beek en Donk, gemeente Laarbeek, ingeschreven in het handelsregister van de Kamer van "
            "Koophandel onder nummer 41089372, bevoegd gezag van het Laarbeek Vakcollege, school voor "
            "voorbereidend middelbaar beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door de heer "
            "drs. B.A.M. van Lieshout, voorzitter van het college van bestuur, hierna te noemen: \"de School\";"),
    ("lid", "2.\tStichting Beroepsonderwijs De Peelpoort, een stichting naar Nederlands recht, statutair gevestigd "
            "te Helmond, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 17288451, "
            "bevoegd gezag van het Peelpoort College, regionaal opleidingencentrum, te dezen rechtsgeldig "
            "vertegenwoordigd door mevrouw mr. E.H. Verhoeven-Smits, voorzitter van het college van bestuur, "
            "hierna te noemen: \"de Instelling\";"),
    ("p", "hierna gezamenlijk te noemen: \"Partijen\" en ieder afzonderlijk: \"Partij\";"),
    ("caps", "IN AANMERKING NEMENDE DAT:"),
    ("lid", "A.\tPartijen sinds 2017 samenwerken in de vakmanschapsroute Motorvoertuigentechniek en deze "
            "samenwerking willen voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a WVO "
            "2020 en artikel 9.1.2 WEB;"),
    ("lid", "B.\tartikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat een doorlopende leerroute op grond "
            "van een samenwerkingsovereenkomst wordt verzorgd en bepalen welke onderwerpen die overeenkomst in "
            "elk geval regelt;"),
    ("lid", "C.\tPartijen hun samenwerking willen afstemmen op de vraag naar goed opgeleide autotechnici in "
            "Peelland;"),
    ("lid", "D.\tde medezeggenschapsraad van de School en de studentenraad van de Instelling over het voornemen "
            "tot deze samenwerking advies hebben uitgebracht;"),
    ("caps", "KOMEN OVEREEN ALS VOLGT:"),

    ("h2", "Artikel 1 – Definities"),
    ("lid", "1.1\tIn deze Overeenkomst wordt verstaan onder:"),
    ("onder", "a.\tLeerroute: de doorlopende leerroute vmbo-mbo Mobiliteit & Techniek, bedoeld in artikel 2;"),
    ("onder", "b.\tLeerling: een leerling van de School die aan de Leerroute deelneemt en, na inschrijving bij de "
              "Instelling, de student die aan de Leerroute deelneemt;"),
    ("onder", "c.\tRoutejaar: een leerjaar van de Leerroute; Routejaar 1 valt samen met leerjaar 3 van de School;"),
    ("onder", "d.\tVo-fase: Routejaar 1 en 2; Mbo-fase: Routejaar 3 en volgende;"),
    ("onder", "e.\tRouteteam: het orgaan bedoeld in artikel 4;"),
    ("onder", "f.\tBestuurlijk Overleg: het overleg tussen de voorzitters van de colleges van bestuur van "
              "Partijen;"),
    ("onder", "g.\tPTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
              "examenregeling voor de Leerroute."),
    ("lid", "1.2\tBegrippen in het enkelvoud omvatten het meervoud en omgekeerd. Kopjes dienen uitsluitend het "
            "leesgemak."),

    ("h2", "Artikel 2 – Onderwerp en reikwijdte"),
    ("lid", "2.1\tPartijen verzorgen met ingang van 1 augustus 2025 gezamenlijk de Leerroute voor Leerlingen in de "
            "kaderberoepsgerichte leerweg met het profiel Mobiliteit en transport."),
    ("lid", "2.2\tDe Leerroute leidt tot het diploma vmbo kaderberoepsgerichte leerweg en tot het diploma van de "
            "vakopleiding Eerste autotechnicus (niveau 3), kwalificatiedossier Autotechniek, opleidingsdomein "
            "Mobiliteit en voertuigen, in de beroepsopleidende leerweg."),
    ("lid", "2.3\tDe nominale duur van de Leerroute bedraagt vier Routejaren."),
    ("lid", "2.4\tPartijen melden de Leerroute ieder afzonderlijk aan de minister door registratie in RIO."),

    ("h2", "Artikel 3 – Uitgangspunten van de samenwerking"),
    ("lid", "3.1\tPartijen zullen zich naar beste vermogen inspannen om de Leerroute in onderlinge afstemming en "
            "met inachtneming van de belangen van de Leerlingen uit te voeren."),
    ("lid", "3.2\tDe School blijft verantwoordelijk voor het vmbo-deel van de Leerroute en voor de examinering en "
            "diplomering vmbo; de Instelling blijft verantwoordelijk voor het mbo-deel, met inbegrip van de "
            "beroepspraktijkvorming, en voor de examinering en diplomering mbo."),

    ("h2", "Artikel 4 – Leiding over de Leerroute"),
    ("lid", "4.1\tDe leiding over de Leerroute berust bij het Routeteam."),
    ("lid", "4.2\tHet Routeteam bestaat uit:"),
    ("onder", "a.\tde afdelingsleider Techniek van de School;"),
    ("onder", "b.\tde opleidingsmanager Mobiliteit van de Instelling;"),
    ("onder", "c.\teen routecoördinator, die het Routeteam voorzit."),
    ("lid", "4.3\tDe leden bedoeld in lid 2 onder a en b worden aangewezen door het college van bestuur van de Partij "
            "bij wie zij in dienst zijn. De routecoördinator wordt bij gezamenlijk besluit van de colleges van "
            "bestuur benoemd voor een termijn van drie schooljaren en kan eenmaal worden herbenoemd. Een "
            "aanwijzing of benoeming kan op dezelfde wijze worden ingetrokken."),
    ("lid", "4.4\tHet Routeteam is belast met:"),
    ("onder", "a.\thet voorbereiden van het PTA/OER en van wijzigingen daarin;"),
    ("onder", "b.\tde uitvoering van het onderwijsprogramma en de roostering;"),
    ("onder", "c.\tde verdeling van de inzet van docenten binnen de door Partijen vastgestelde formatie;"),
    ("onder", "d.\thet onderhouden van de contacten met het bedrijfsleven, bedoeld in artikel 8;"),
    ("onder", "e.\tde toelating van Leerlingen tot de Leerroute en het voorbereiden van overstapbesluiten;"),
    ("onder", "f.\tde kwaliteitszorg en de evaluatie, bedoeld in artikel 9;"),
    ("onder", "g.\thet beheer van het routebudget."),
    ("lid", "4.5\tPartijen dragen aan het Routeteam de bevoegdheid op om besluiten te nemen over het rooster, de "
            "verdeling van lesgebonden taken binnen de vastgestelde formatie, de toelating tot de Leerroute en "
            "het aangaan van verplichtingen ten laste van het routebudget tot een bedrag van € 5.000 per "
            "verplichting."),
    ("lid", "4.6\tBesluiten over benoeming, schorsing en ontslag van personeel, over de vaststelling van het "
            "PTA/OER en de begroting en over wijziging van deze Overeenkomst blijven voorbehouden aan de colleges "
            "van bestuur van Partijen."),
    ("lid", "4.7\tHet Routeteam besluit bij consensus. Wordt geen consensus bereikt, dan legt de routecoördinator "
            "het punt voor aan het Bestuurlijk Overleg."),

    ("h2", "Artikel 5 – Informatieverstrekking en verantwoording"),
    ("lid", "5.1\tHet Routeteam verstrekt de colleges van bestuur van beide Partijen ieder kwartaal een "
            "schriftelijk overzicht van de aantallen Leerlingen per Routejaar, verzuim, uitval en overstap, "
            "resultaten van toetsen en examens en de uitputting van het routebudget."),
    ("lid", "5.2\tVóór 1 november van ieder jaar legt het Routeteam in een jaarverslag schriftelijk verantwoording "
            "af over het voorgaande schooljaar aan de colleges van bestuur van beide Partijen. Het jaarverslag "
            "bevat ten minste de in-, door- en uitstroom, de examenresultaten, de resultaten van de evaluatie "
            "bedoeld in artikel 9 en de besteding van de middelen."),
    ("lid", "5.3\tHet Bestuurlijk Overleg komt ten minste tweemaal per jaar bijeen, in november en in april. De "
            "routecoördinator licht daar het jaarverslag respectievelijk de voortgang toe."),
    ("lid", "5.4\tHet Routeteam meldt onverwijld aan beide colleges van bestuur iedere omstandigheid die de "
            "veiligheid van Leerlingen of de continuïteit van de Leerroute in gevaar kan brengen."),
    ("lid", "5.5\tIeder college van bestuur kan te allen tijde bij het Routeteam aanvullende inlichtingen vragen."),

    ("h2", "Artikel 6 – Organisatorische en onderwijskundige inrichting"),
    ("lid", "6.1\tRoutejaar 1 wordt verzorgd in het gebouw van de School te Beek en Donk, met één dag per week in "
            "het Automotive Centrum van de Instelling te Helmond. In Routejaar 2 volgen de Leerlingen twee dagen "
            "per week onderwijs in het Automotive Centrum. Routejaar 3 en 4 worden verzorgd door de Instelling te "
            "Helmond en bij de leerbedrijven."),
    ("lid", "6.2\tPartijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
            "Routejaar in het PTA/OER, met vermelding van de onderdelen die tot het vmbo-deel, het mbo-deel of "
            "beide behoren en van de vakoverstijgende onderdelen. De opbouw per Routejaar is samengevat in "
            "bijlage 1."),
    ("lid", "6.3\tHet centraal examen vmbo wordt afgenomen in Routejaar 2; een of meer vakken kunnen in Routejaar 1 "
            "worden afgesloten. Mbo-examinering vindt plaats vanaf Routejaar 2."),
    ("lid", "6.4\tDocenten van beide Partijen vormen één docententeam voor de Leerroute. Docenten van de "
            "Instelling verzorgen in de Vo-fase de praktijklessen autotechniek; docenten van de School "
            "verzorgen de algemene vakken en het profieldeel. In de vakoverstijgende onderdelen Voertuigtechniek "
            "integraal en Werkplaatspraktijk wordt gewerkt met teambevoegdheid als bedoeld in artikel 7.13a WVO "
            "2020 en artikel 9.1.12 WEB; ieder teamlid beschikt over een bevoegdheid voor ten minste één vak of "
            "programmaonderdeel en is verantwoordelijk voor het deel waarvoor hij bevoegd is. Docenten blijven in "
            "dienst van hun eigen werkgever; de onderlinge inzet wordt jaarlijks in het formatieplan van het "
            "Routeteam vastgelegd."),
    ("lid", "6.5\tDe Instelling stelt het Automotive Centrum, waaronder de werkplaats met hefbruggen, de "
            "diagnoseapparatuur, de lesauto's en de trainingsopstelling elektrisch rijden, ter beschikking aan de "
            "Leerlingen en docenten van de School. De School stelt haar praktijklokaal Mobiliteit en transport ter "
            "beschikking voor lessen van docenten van de Instelling. In het Automotive Centrum geldt het "
            "werkplaatsreglement van de Instelling; de Instelling verstrekt de persoonlijke beschermingsmiddelen."),
    ("lid", "6.6\tIn de Vo-fase staat de Leerling ingeschreven bij de School en in de Mbo-fase bij de Instelling. "
            "De School blijft verantwoordelijk voor het eindexamen van een Leerling die al bij de Instelling is "
            "ingeschreven maar het vmbo-diploma nog niet heeft behaald."),
    ("lid", "6.7\tDe klachtenregeling van de Partij waar de Leerling is ingeschreven is mede van toepassing op "
            "gedragingen van het bestuur en het personeel van de andere Partij in het kader van de Leerroute. De "
            "andere Partij verleent aan de behandeling van een klacht alle medewerking."),

    ("h2", "Artikel 7 – Overstapoptie"),
    ("lid", "7.1\tWordt de deelname van een Leerling aan de Leerroute beëindigd voordat hij deze met goed gevolg "
            "heeft afgerond, of is hij afgewezen voor het eindexamen vmbo, dan stellen Partijen hem in staat een "
            "vmbo-diploma of het diploma van een beroepsopleiding te behalen langs een van de wegen die zijn "
            "opgenomen in Kader 1 bij dit artikel. Kader 1 maakt deel uit van dit artikel."),
    ("lid", "7.2\tWelke weg voor de Leerling het meest passend is, wordt bepaald bij gezamenlijk oordeel van de "
            "School en de Instelling, vertegenwoordigd door de leden van het Routeteam bedoeld in artikel 4.2 "
            "onder a en b, na een gesprek met de Leerling en diens ouders, op basis van het bereikte "
            "onderwijsniveau en de leeftijd van de Leerling. Het oordeel wordt schriftelijk vastgelegd en aan "
            "Leerling en ouders toegezonden."),
    ("lid", "7.3\tDit artikel is niet van toepassing op een Leerling die definitief van de School of de Instelling "
            "is verwijderd."),
    ("textbox", [
        "**Kader 1 – Overstapmogelijkheden bij artikel 7**",
        "a. Uitstroom in Routejaar 1 of 2: voortzetting in de reguliere kaderberoepsgerichte leerweg van de "
        "School, in het profiel Mobiliteit en transport of in een ander profiel, dan wel in de "
        "basisberoepsgerichte leerweg, gericht op het behalen van het vmbo-diploma.",
        "b. Uitstroom in Routejaar 3 of 4: overstap naar een andere opleiding van de Instelling op niveau 3 of, "
        "indien dat niveau niet haalbaar is, naar een opleiding op niveau 2, zoals Autotechnicus; de "
        "vooropleidingseisen zijn daarbij niet van toepassing.",
        "c. Vmbo-diploma niet behaald aan het einde van Routejaar 3: instroom in een opleiding van de Instelling "
        "op vergelijkbaar niveau zonder vmbo-diploma, dan wel herkansing of doubleren op de School.",
        "d. Andere richting: een opleiding in een ander domein of een andere doorlopende leerroute bij een van "
        "Partijen of elders in de regio.",
        "e. Overstap naar een andere instelling: warme overdracht van het dossier en ondersteuning bij het "
        "geschiktheidsonderzoek als bedoeld in artikel 8.2.1, zesde lid, WEB.",
    ]),

    ("h2", "Artikel 8 – Betrokkenheid van het bedrijfsleven"),
    ("lid", "8.1\tPartijen betrekken het bedrijfsleven bij de invulling van de Leerroute via de Werkveldcommissie "
            "Mobiliteit Peelland. Daarin hebben ten minste zitting: Autobedrijf Van den Broek te Aarle-Rixtel, "
            "Garage Swinkels te Lieshout, Peel Truck & Trailer Service te Helmond, een vertegenwoordiger van "
            "BOVAG regio Zuidoost-Brabant en de adviseur praktijkleren van SBB."),
    ("lid", "8.2\tDe Werkveldcommissie vergadert driemaal per schooljaar met het Routeteam en adviseert over het "
            "PTA/OER, de keuze van keuzedelen en de aansluiting van het programma op ontwikkelingen in de "
            "branche, waaronder elektrisch en hybride rijden."),
    ("lid", "8.3\tDe aangesloten leerbedrijven bieden in Routejaar 1 snuffelstages aan en vanaf Routejaar 2 "
            "plaatsen voor beroepspraktijkvorming, verzorgen gastlessen en bedrijfsopdrachten en stellen "
            "praktijkbeoordelaars beschikbaar voor de proeven van bekwaamheid."),
    ("lid", "8.4\tAfspraken met individuele leerbedrijven worden vastgelegd in de praktijkovereenkomst."),

    ("h2", "Artikel 9 – Kwaliteitszorg en evaluatie"),
    ("lid", "9.1\tHet Routeteam evalueert de Leerroute jaarlijks aan de hand van de resultaten van Leerlingen, "
            "tevredenheidsonderzoek onder Leerlingen, ouders en leerbedrijven en de ervaringen van docenten."),
    ("lid", "9.2\tPartijen verlenen medewerking aan onderzoek door de Inspectie van het Onderwijs naar de "
            "Leerroute en stellen elkaar op de hoogte van bevindingen die de Leerroute betreffen."),

    ("h2", "Artikel 10 – Financiële bepalingen"),
    ("lid", "10.1\tIn de Vo-fase ontvangt de School de bekostiging voor de Leerlingen; in de Mbo-fase ontvangt de "
            "Instelling deze."),
    ("lid", "10.2\tMet toepassing van artikel 5.42a WVO 2020 draagt de School in de Vo-fase aan de Instelling een "
            "bedrag over van € ............ per Leerling per schooljaar, bestemd voor de inzet van docenten van de "
            "Instelling in de Vo-fase en voor het gebruik van het Automotive Centrum."),
    ("lid", "10.3\tHet over te dragen bedrag wordt berekend naar het aantal Leerlingen op 1 oktober en wordt "
            "binnen dertig dagen na ontvangst van de factuur van de Instelling voldaan."),
    ("lid", "10.4\tOverige kosten die verband houden met de uitvoering van deze Overeenkomst komen voor rekening "
            "van de Partij die ze maakt."),

    ("h2", "Artikel 11 – Medezeggenschap"),
    ("lid", "11.1\tOp de medezeggenschap zijn in de Vo-fase de Wet medezeggenschap op scholen en in de Mbo-fase "
            "hoofdstuk 8a WEB en de Wet op de ondernemingsraden van toepassing. Daarnaast komen Partijen het "
            "volgende overeen."),
    ("lid", "11.2\tLeerlingen in de Vo-fase kunnen zitting nemen in de studentenraad van de Instelling, locatie "
            "Helmond, met dezelfde rechten als de overige leden voor zover het onderwerpen betreft die de "
            "Leerroute raken."),
    ("lid", "11.3\tPartijen leggen voorgenomen besluiten over wijziging van het PTA/OER of van de organisatie van de "
            "Leerroute gelijktijdig voor advies voor aan de medezeggenschapsraad van de School en de "
            "studentenraad van de Instelling. Eenmaal per schooljaar organiseren Partijen een gezamenlijke "
            "bijeenkomst van beide raden over de Leerroute."),

    ("h2", "Artikel 12 – Aansprakelijkheid en verzekering"),
    ("lid", "12.1\tIedere Partij is aansprakelijk voor schade die voortvloeit uit een aan haar toerekenbare "
            "tekortkoming in de nakoming van deze Overeenkomst, met dien verstande dat de aansprakelijkheid is "
            "beperkt tot het bedrag dat in het desbetreffende geval onder haar aansprakelijkheidsverzekering "
            "wordt uitgekeerd."),
    ("lid", "12.2\tIedere Partij draagt zorg voor een adequate verzekering van de Leerlingen en van haar personeel "
            "tijdens activiteiten op de locaties van de andere Partij en bij leerbedrijven."),

    ("h2", "Artikel 13 – Privacy en gegevensuitwisseling"),
    ("lid", "13.1\tPartijen wisselen persoonsgegevens van Leerlingen uitsluitend uit voor zover dat noodzakelijk is "
            "voor de uitvoering van de Leerroute en met inachtneming van de Algemene verordening "
            "gegevensbescherming."),
    ("lid", "13.2\tPartijen leggen de afspraken over de uitwisseling van gegevens vast in een afzonderlijk "
            "gegevensuitwisselingsprotocol."),

    ("h2", "Artikel 14 – Geschillen"),
    ("lid", "14.1\tEen geschil tussen Partijen over de uitvoering van deze Overeenkomst wordt eerst voorgelegd aan "
            "het Routeteam."),
    ("lid", "14.2\tIs het geschil niet binnen dertig dagen opgelost, dan wordt het voorgelegd aan het Bestuurlijk "
            "Overleg, dat binnen dertig dagen bijeenkomt."),
    ("lid", "14.3\tLeidt ook dat overleg niet tot een oplossing, dan zullen Partijen het geschil voorleggen aan een "
            "mediator die is aangesloten bij de Mediatorsfederatie Nederland, te kiezen in onderling overleg of, "
            "bij gebreke daarvan, aan te wijzen door die federatie."),
    ("lid", "14.4\tIs het geschil drie maanden na aanvang van de mediation niet opgelost, dan is uitsluitend de "
            "Rechtbank Oost-Brabant bevoegd. Op deze Overeenkomst is Nederlands recht van toepassing."),

    ("h2", "Artikel 15 – Toetreding"),
    ("lid", "15.1\tEen andere school voor voorbereidend middelbaar beroepsonderwijs of een andere instelling voor "
            "beroepsonderwijs kan tot deze Overeenkomst toetreden, mits:"),
    ("onder", "a.\tbeide Partijen schriftelijk met de toetreding instemmen;"),
    ("onder", "b.\tde toetredende partij de Leerroute of een deel daarvan zal verzorgen en daartoe voldoet aan de "
              "wettelijke vereisten;"),
    ("onder", "c.\tde toetredende partij een toetredingsovereenkomst ondertekent waarin zij alle rechten en "
              "verplichtingen uit deze Overeenkomst aanvaardt; en"),
    ("onder", "d.\tde toetredende partij de Leerroute in RIO meldt."),
    ("lid", "15.2\tDe toetreding gaat in op de datum die in de toetredingsovereenkomst is vermeld."),

    ("h2", "Artikel 16 – Wijziging"),
    ("lid", "16.1\tWijzigingen van en aanvullingen op deze Overeenkomst zijn slechts geldig indien zij schriftelijk "
            "zijn overeengekomen en door beide Partijen rechtsgeldig zijn ondertekend."),
    ("lid", "16.2\tBij een wijziging van wet- of regelgeving die gevolgen heeft voor deze Overeenkomst treden "
            "Partijen binnen een maand in overleg over aanpassing van de Overeenkomst."),

    ("h2", "Artikel 17 – Duur, opzegging en ontbinding"),
    ("lid", "17.1\tDeze Overeenkomst wordt aangegaan voor een periode van vijf jaar, ingaande 1 augustus 2025, en "
            "wordt daarna stilzwijgend telkens verlengd met een periode van twee jaar."),
    ("lid", "17.2\tIedere Partij kan deze Overeenkomst bij aangetekende brief opzeggen met inachtneming van een "
            "opzegtermijn van zes maanden."),
    ("lid", "17.3\tIedere Partij kan deze Overeenkomst met onmiddellijke ingang geheel of gedeeltelijk ontbinden "
            "indien de andere Partij in staat van faillissement wordt verklaard, haar bekostiging verliest of "
            "tekortschiet in de nakoming van een wezenlijke verplichting en die tekortkoming niet binnen zestig "
            "dagen na een schriftelijke ingebrekestelling heeft hersteld."),
    ("lid", "17.4\tMet het einde van deze Overeenkomst eindigen alle verplichtingen van Partijen over en weer, met "
            "uitzondering van de verplichtingen die naar hun aard bestemd zijn om voort te duren, waaronder die "
            "uit de artikelen 12 en 13."),

    ("h2", "Artikel 18 – Slotbepalingen"),
    ("lid", "18.1\tDeze Overeenkomst, met inbegrip van bijlage 1, vervangt alle eerdere afspraken tussen Partijen "
            "over de vakmanschapsroute Motorvoertuigentechniek."),
    ("lid", "18.2\tIndien een bepaling van deze Overeenkomst nietig blijkt, blijven de overige bepalingen van "
            "kracht en vervangen Partijen de nietige bepaling door een geldige bepaling die de strekking daarvan "
            "zoveel mogelijk benadert."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend,"),
    ("table", [["Stichting Katholiek Voortgezet Onderwijs Peelrand", "Stichting Beroepsonderwijs De Peelpoort"],
               ["Plaats: Beek en Donk\nDatum: 26 juni 2025\n\n\ndrs. B.A.M. van Lieshout\nvoorzitter college van "
                "bestuur",
                "Plaats: Helmond\nDatum: 30 juni 2025\n\n\nmr. E.H. Verhoeven-Smits\nvoorzitter college van "
                "bestuur"]], [8, 8]),
    ("pagebreak",),
    ("h2", "Bijlage 1 – Opbouw van de Leerroute per Routejaar"),
    ("table", [["Routejaar", "Ingeschreven bij", "Plaats van het onderwijs", "Vmbo-deel", "Mbo-deel en bpv"],
               ["1 (leerjaar 3 vmbo)", "School", "Beek en Donk; 1 dag Automotive Centrum",
                "algemene vakken, profieldeel Mobiliteit en transport", "basisvaardigheden werkplaats, snuffelstage"],
               ["2 (leerjaar 4 vmbo)", "School", "Beek en Donk; 2 dagen Automotive Centrum",
                "centraal examen, afronding profieldeel", "eerste mbo-examens, bpv 1 dag per week"],
               ["3 (mbo jaar 1)", "Instelling", "Helmond en leerbedrijf", "zo nodig herkansing vmbo",
                "Eerste autotechnicus, bpv 2 dagen per week"],
               ["4 (mbo jaar 2)", "Instelling", "Helmond en leerbedrijf", "-",
                "proeve van bekwaamheid, keuzedelen, diplomering"]], [2.6, 2.4, 3.6, 3.6, 3.8]),
]


@sample(310, "h310_advocatenstijl_tekstvak_lang_laarbeek", "docx",
        "Lange advocatenovereenkomst (DOCX, artikelen met leden, considerans, bijlage-tabel; overstapmogelijkheden "
        "staan in een Word-tekstvak), Laarbeek (Peelland), M&T kb -> mbo-3 eerste autotechnicus; bedrag van de "
        "overdracht is een sjabloonrest met puntjes (g weak); opzegging/toetreding/wijziging zonder enige "
        "bescherming van leerlingen, verplichtingen eindigen met de overeenkomst (j weak).",
        st("a=p b=p c=p d=p e=p f=p g=w h=p i=p j=w"),
        {"a": "Artikel 2 – Onderwerp en reikwijdte", "b": "Artikel 8 – Betrokkenheid van het bedrijfsleven",
         "c": "Artikel 4 – Leiding over de Leerroute", "d": "Artikel 5 – Informatieverstrekking en verantwoording",
         "e": "Artikel 6 – Organisatorische en onderwijskundige inrichting", "f": "Artikel 7 – Overstapoptie",
         "h": "Artikel 11 – Medezeggenschap", "i": "Artikel 14 – Geschillen"})
def build_310(path):
    d = new_docx("Cambria", 10.5)
    render_docx_blocks(d, H310)
    save_docx(d, path, "Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit & Techniek")


# ===== h311 =====================================================================================

H311 = [
    ("title", "Samenwerkingsakkoord doorlopende leerroute ICT & Media Noordwijk"),
    ("subtitle", "Zeeduin College en Rijnland Kust College - vastgesteld in het bestuurlijk overleg van 23 juni 2025"),
    ("p", "Dit akkoord wordt gesloten tussen Stichting Openbaar Voortgezet Onderwijs Noordwijk en Katwijk, bevoegd "
          "gezag van het Zeeduin College te Noordwijk, school voor vmbo (verder: het Zeeduin College), "
          "vertegenwoordigd door mevrouw M.C. van der Plas, bestuurder, en Stichting Regionaal Opleidingencentrum "
          "Rijnland Kust, bevoegd gezag van het Rijnland Kust College te Leiden en Noordwijk (verder: het RKC), "
          "vertegenwoordigd door de heer dr. S. Haasnoot, voorzitter van het college van bestuur. Het akkoord is "
          "de samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Beide "
          "besturen verbinden zich aan de afspraken hieronder."),
    ("h1", "Samen een route aanbieden"),
    ("p", "Aanbod van één doorlopende leerroute voor leerlingen van de kaderberoepsgerichte leerweg met het profiel "
          "Media, vormgeving en ICT. Eindpunt: het diploma vmbo kaderberoepsgerichte leerweg en het mbo-diploma "
          "Allround medewerker IT systems and devices, niveau 3 (kwalificatiedossier IT systems and devices, "
          "opleidingsdomein ICT en creatieve industrie), beroepsopleidende leerweg. Duur: vier routejaren. Start "
          "van het eerste cohort: 1 augustus 2025, met ten hoogste 24 leerlingen per cohort."),
    ("h1", "Het werkveld laten meedoen"),
    ("p", "Deelname van het regionale IT-werkveld op de volgende manier:"),
    ("bullet", "Beroepenveldcommissie ICT Duin- en Bollenkust, met Duinstreek IT Services (Noordwijk), Orbitcom "
               "Systems B.V. (Noordwijk), de afdeling Informatievoorziening van de gemeente Noordwijk en een "
               "adviseur van SBB: vier vergaderingen per schooljaar, met toetsing van het programma en van de "
               "examenopdrachten."),
    ("bullet", "Aanlevering door deze bedrijven van één echte storings- of beheercase per onderwijsperiode voor het "
               "Helpdesklab."),
    ("bullet", "Kijkstage van een week in routejaar 2 en beroepspraktijkvorming van twintig weken per jaar in "
               "routejaar 3 en 4 bij erkende leerbedrijven."),
    ("bullet", "Meebeoordeling van de proeve van bekwaamheid door praktijkopleiders en twee gastcolleges "
               "cybersecurity per schooljaar."),
    ("h1", "Sturen op de route"),
    ("p", "Instelling van een routeregie van drie personen: de teamleider bovenbouw MVI van het Zeeduin College, de "
          "teamleider ICT van het RKC en een routecoördinator uit het docententeam, die de routeregie voorzit."),
    ("p", "Benoeming: de beide teamleiders door hun eigen bestuur, bij schriftelijk besluit; de routecoördinator "
          "door de twee besturen samen, op voordracht van de teamleiders, voor twee schooljaren met de mogelijkheid "
          "van verlenging."),
    ("p", "Opdracht van de besturen aan de routeregie: uitwerking van het programma en het voorstel voor het "
          "gezamenlijke PTA/OER, roostering, plaatsing van leerlingen, organisatie van de stages, verdeling van "
          "de docenturen binnen de door de besturen vastgestelde formatie en voorbereiding van overstapbesluiten. "
          "Beslissingsbevoegdheid van de routeregie over rooster, stageplaatsing en uitgaven uit het routebudget "
          "tot € 4.000 per uitgave. Voorbehouden aan de besturen: personele besluiten, vaststelling van het "
          "PTA/OER, uitgaven boven € 4.000 en wijziging van dit akkoord."),
    ("h1", "Rapporteren aan de besturen"),
    ("p", "Toezending door de routeregie aan beide besturen van een voortgangsrapportage na afloop van iedere "
          "onderwijsperiode, dus vier keer per schooljaar, met in elk geval het aantal leerlingen, verzuim, "
          "uitval, overstap en studieresultaten. Jaarlijkse verantwoording over het afgelopen schooljaar in het "
          "bestuurlijk overleg van september, aan de hand van een jaarverslag dat uiterlijk 1 september bij beide "
          "besturen ligt. Onmiddellijke melding van ernstige incidenten en knelpunten."),
    ("h1", "Lesgeven, roosteren en ruimtes delen"),
    ("bullet", "Plaats: routejaar 1 en 2 in het gebouw van het Zeeduin College, met twee dagdelen per week in het "
               "Helpdesklab van het RKC in Noordwijk; routejaar 3 en 4 op het RKC en bij het leerbedrijf."),
    ("bullet", "Programma en examinering per routejaar: vastlegging in één gezamenlijk PTA/OER, met aanduiding van "
               "vmbo-onderdelen, mbo-onderdelen en gecombineerde onderdelen; centraal examen vmbo in routejaar 2; "
               "mbo-examinering vanaf routejaar 2. Samenvatting in de tabel hieronder."),
    ("bullet", "Personeel: inzet van vier docenten van het RKC (samen 1,2 fte) in routejaar 1 en 2 voor de "
               "ICT-vakken; inzet van docenten Nederlands, Engels en rekenen van het Zeeduin College tot en met "
               "het centraal examen. Werken met teambevoegdheid bij het onderdeel Netwerken en beveiligen, met "
               "per teamlid een bevoegdheid voor ten minste één onderdeel. De eigen partij blijft werkgever."),
    ("bullet", "Faciliteiten: openstelling van het Helpdesklab en het serverlokaal van het RKC voor leerlingen en "
               "docenten van het Zeeduin College; gebruik van de mediastudio van het Zeeduin College door docenten "
               "van het RKC voor de lessen vormgeving; een RKC-account voor iedere leerling vanaf routejaar 1. "
               "Onderhoud van ruimten en apparatuur voor rekening van de eigenaar."),
    ("bullet", "Inschrijving: in routejaar 1 en 2 bij het Zeeduin College, vanaf routejaar 3 bij het RKC. "
               "Klachten: behandeling door de partij waar de leerling is ingeschreven, met medewerking van de "
               "andere partij."),
    ("table", [["Routejaar", "Plaats", "Inhoud", "Examinering"],
               ["1", "Zeeduin College + Helpdesklab", "profieldeel MVI, algemene vakken, IT-basis",
                "schoolexamen vmbo"],
               ["2", "Zeeduin College + Helpdesklab", "afronding vmbo, eerste mbo-onderdelen, kijkstage",
                "centraal examen vmbo, eerste mbo-examens"],
               ["3", "RKC + leerbedrijf", "IT systems and devices, keuzedelen, bpv", "mbo-examens"],
               ["4", "RKC + leerbedrijf", "beheer en beveiliging, bpv", "proeve van bekwaamheid, diplomering"]],
     [2.0, 4.5, 5.5, 4.5]),
    ("h1", "Overstappen zonder tussen wal en schip te raken"),
    ("p", "Een passend vervolg met uitzicht op een diploma voor iedere leerling die de route verlaat:"),
    ("bullet", "in routejaar 1 en 2: voortzetting in de reguliere kaderberoepsgerichte leerweg MVI of in een ander "
               "profiel of een andere leerweg van het Zeeduin College, gericht op het vmbo-diploma;"),
    ("bullet", "in routejaar 3 en 4: overstap naar een andere ICT- of media-opleiding van het RKC op niveau 3 of, als "
               "dat beter past, op niveau 2 (Medewerker ICT), zonder toepassing van de vooropleidingseisen;"),
    ("bullet", "zonder vmbo-diploma aan het eind van routejaar 3: doorstroom naar een mbo-opleiding op vergelijkbaar "
               "niveau zonder dat diploma, of herkansing van het examen op het Zeeduin College;"),
    ("bullet", "overstap naar een andere school of instelling: warme overdracht en hulp bij het "
               "geschiktheidsonderzoek."),
    ("p", "Beslissing over het vervolg: gezamenlijk door de twee teamleiders, na een gesprek met de leerling en de "
          "ouders, op grond van het bereikte onderwijsniveau en de leeftijd van de leerling. Nadere uitwerking in "
          "de schoolgidsen van beide partijen."),
    ("h1", "Middelen overdragen"),
    ("p", "Overdracht door het Zeeduin College aan het RKC, met toepassing van artikel 5.42a WVO 2020, van "
          "12 procent van de personele en materiële vo-bekostiging die het Zeeduin College per routeleerling in "
          "routejaar 1 en 2 ontvangt. Bestemming: de inzet van de RKC-docenten in routejaar 1 en 2 en het "
          "onderhoud en de licenties van het Helpdesklab. Betaling in december, op basis van de telling van "
          "1 oktober. Geen overdracht van middelen in de mbo-fase."),
    ("h1", "Meepraten en meebeslissen"),
    ("p", "Instelling van een routeklankbord met twee leden uit de medezeggenschapsraad van het Zeeduin College (een "
          "ouder en een leerling) en twee leden van de studentenraad van het RKC; twee keer per schooljaar overleg "
          "met de routeregie. Adviesaanvraag bij beide raden vóór iedere wezenlijke wijziging van de route. "
          "Toegang voor leerlingen in routejaar 1 en 2 tot de vergaderingen van de studentenraad van het RKC als "
          "agendalid, met spreekrecht over onderwerpen die de route raken."),
    ("h1", "Geschillen oplossen"),
    ("p", "Behandeling van een geschil tussen de partijen over de uitvoering van dit akkoord in drie stappen: "
          "eerst in de routeregie; zonder oplossing binnen vier weken in het bestuurlijk overleg; blijft het "
          "geschil bestaan, dan beslechting door arbitrage volgens het arbitragereglement van het Nederlands "
          "Arbitrage Instituut, door één arbiter, met Leiden als plaats van arbitrage."),
    ("h1", "Aansluiten, aanpassen en beëindigen"),
    ("bullet", "Toetreding van een andere vmbo-school of mbo-instelling: mogelijk met schriftelijke instemming van "
               "beide besturen en ondertekening van een toetredingsverklaring, steeds per 1 augustus; geen "
               "gevolgen voor de plaats van leerlingen die al in de route zitten."),
    ("bullet", "Wijziging: uitsluitend schriftelijk en met handtekening van beide besturen; geen toepassing van een "
               "wijziging ten nadele van leerlingen die de route al volgen."),
    ("bullet", "Looptijd: vanaf 1 augustus 2025 voor onbepaalde tijd."),
    ("bullet", "Opzegging: schriftelijk, tegen 1 augustus, met een termijn van ten minste twaalf maanden. "
               "Ontbinding: bij een ernstige tekortkoming die na schriftelijke ingebrekestelling niet binnen twee "
               "maanden is hersteld, met ingang van het einde van het schooljaar."),
    ("bullet", "Na opzegging of ontbinding: geen nieuwe instroom; afronding van de route door alle leerlingen die "
               "al zijn begonnen, bij dezelfde partijen en volgens dit akkoord."),
    ("p", "Getekend te Noordwijk op 30 juni 2025."),
    ("table", [["Stichting Openbaar Voortgezet Onderwijs Noordwijk en Katwijk",
                "Stichting Regionaal Opleidingencentrum Rijnland Kust"],
               ["M.C. van der Plas, bestuurder", "dr. S. Haasnoot, voorzitter college van bestuur"]], [8, 8]),
]


@sample(311, "h311_werkwoordkoppen_nominale_stijl_noordwijk", "docx",
        "Samenwerkingsakkoord in nominale stijl met werkwoordkoppen zonder nummers (DOCX, Word-koppen, "
        "opsommingstekens en een programmatabel), Noordwijk (Duin- en Bollenkust), MVI kb -> mbo-3 allround "
        "medewerker IT systems and devices; volledig compleet; overdracht als percentage met bestemming; "
        "arbitrage NAI; routeklankbord voor medezeggenschap.",
        st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
        {"a": "Samen een route aanbieden", "b": "Het werkveld laten meedoen", "c": "Sturen op de route",
         "d": "Rapporteren aan de besturen", "e": "Lesgeven, roosteren en ruimtes delen",
         "f": "Overstappen zonder tussen wal en schip te raken", "g": "Middelen overdragen",
         "h": "Meepraten en meebeslissen", "i": "Geschillen oplossen", "j": "Aansluiten, aanpassen en beëindigen"})
def build_311(path):
    d = new_docx("Arial", 10)
    render_docx_blocks(d, H311)
    save_docx(d, path, "Samenwerkingsakkoord doorlopende leerroute ICT & Media Noordwijk")


# ===== h312 =====================================================================================

H312 = """
AFSPRAKENBLAD DOORLOPENDE LEERROUTE STUKADOOR - HATTEM
Samenwerkingsovereenkomst (art. 2.107b WVO 2020 / art. 9.1.3 WEB) tussen Stichting Christelijk Voortgezet
Onderwijs Hattem, bevoegd gezag van De Veluwezoom vmbo te Hattem, en Stichting Vakcollege Afbouw
Oost-Nederland, vakinstelling voor beroepsonderwijs te Apeldoorn. Hierna: De Veluwezoom en het Vakcollege.

1 ROUTE - Profiel Bouwen, wonen en interieur, basisberoepsgerichte leerweg -> vmbo-diploma bb en mbo-diploma
Stukadoor, niveau 2 (opleidingsdomein Bouw en infra), BOL. Drie routejaren; routejaar 1-2 = leerjaar 3-4 vmbo.

2 BEDRIJVEN - Gebr. Brink Afbouw (Hattem) en Stukadoorsbedrijf Hulshof (Heerde), beiden erkend leerbedrijf en lid
van de NOA, nemen vanaf routejaar 1 elke leerling een dag per week op de steiger, leveren per jaar een
renovatieklus als praktijkopdracht, beoordelen mee bij de proeve en bespreken elk voorjaar met het routeduo
het programma.

3 LEIDING - Routeduo: de afdelingsleider bb van De Veluwezoom en de teamleider stukadoren van het Vakcollege,
ieder schriftelijk aangewezen door het eigen bestuur. Taken: programma, rooster, plaatsing, stages,
overstapvoorstellen. Mag zelf beslissen over rooster, stages en uitgaven tot EUR 1.500; al het andere
(personeel, PTA/OER, grotere uitgaven, wijziging van dit blad) beslissen de besturen.

4 VERANTWOORDING - Het routeduo stuurt beide besturen elk jaar voor 1 juli een schriftelijk verslag (aantallen,
resultaten, uitval, overstap, besteding) en licht het toe in het bestuurlijk overleg van september.

5 INRICHTING - Routejaar 1-2 op De Veluwezoom plus een dag in de praktijkhal van het Vakcollege in Apeldoorn;
routejaar 3 op het Vakcollege en bij het leerbedrijf. Programma en examens per leerjaar in een gezamenlijk
PTA/OER. Een vakdocent stukadoren van het Vakcollege geeft 6 uur per week les op De Veluwezoom; de
vmbo-docenten geven de algemene vakken; iedereen blijft in dienst van de eigen werkgever. Het Vakcollege stelt
praktijkhal, steigers en materiaal ter beschikking; De Veluwezoom stelt het BWI-lokaal open voor lessen van
het Vakcollege.

6 OVERSTAP - Stopt een leerling, dan: in routejaar 1-2 verder in de gewone bb-leerweg (BWI of ander profiel)
richting vmbo-diploma; in routejaar 3 een andere opleiding van het Vakcollege op niveau 2 zonder
vooropleidingseisen, ook als het vmbo-diploma ontbreekt; naar een andere instelling met warme overdracht en
hulp bij het geschiktheidsonderzoek. Het routeduo beslist samen, na gesprek met leerling en ouders, op basis
van bereikt niveau en leeftijd.

7 GELD - Er wordt geen bekostiging overgedragen. Ieder draagt de eigen kosten.

8 MEDEZEGGENSCHAP - Routeleerlingen hebben vanaf routejaar 1 een vaste zetel in de studentenraad van het
Vakcollege. Wijzigingen van de route gaan vooraf voor advies naar de MR van De Veluwezoom en de studentenraad.

9 GESCHIL - Eerst overleg tussen de bestuurders (binnen 3 weken); lukt dat niet, dan mediation; daarna de
Rechtbank Gelderland.

10 TOETREDEN, WIJZIGEN, OPZEGGEN - Een andere school of instelling kan meedoen als beide besturen schriftelijk
instemmen en zij dit blad meetekent, met ingang van 1 augustus. Wijzigen alleen schriftelijk, door beide
besturen getekend, en nooit ten nadele van zittende leerlingen. Opzeggen schriftelijk, met een termijn van een
jaar, tegen het einde van een schooljaar; daarna geen nieuwe instroom en zittende leerlingen maken de route af.

Hattem/Apeldoorn, 30 juni 2025
Voor De Veluwezoom: J. van Essen, bestuurder        Voor het Vakcollege: A.H. Nijhof, directeur-bestuurder
"""


@sample(312, "h312_zeer_kort_afsprakenblad_hattem_stukadoor", "txt",
        "Zeer kort afsprakenblad (platte tekst, één pagina, hoofdletterkoppen met streepje), Hattem (Veluwe), "
        "BWI bb -> mbo-2 stukadoor met vakinstelling; volledig compleet ondanks de beknoptheid; geen overdracht "
        "bekostiging; bedragen als EUR.",
        st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
        {"a": "1 ROUTE", "b": "2 BEDRIJVEN", "c": "3 LEIDING", "d": "4 VERANTWOORDING", "e": "5 INRICHTING",
         "f": "6 OVERSTAP", "g": "7 GELD", "h": "8 MEDEZEGGENSCHAP", "i": "9 GESCHIL",
         "j": "10 TOETREDEN, WIJZIGEN, OPZEGGEN"})
def build_312(path):
    write_text(path, H312)


# ===== MORE SAMPLES =============================================================================


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------

def out_path(s):
    return os.path.join(OUT, s["name"] + "." + s["fmt"])


def expected(s):
    ev = {k: v for k, v in s["evidence"].items()}
    for k in ev:
        assert s["statuses"][k] == "present", (s["num"], k)
    return {"description": s["description"], "split": "heldout",
            "statuses": {k: s["statuses"][k] for k in ITEMS}, "evidence": ev}


def build(nums):
    for n in nums:
        s = SAMPLES[n]
        p = out_path(s)
        s["build"](p)
        with open(os.path.join(OUT, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(expected(s), ensure_ascii=False, indent=2) + "\n")
        print("built", os.path.basename(p))


def check(nums):
    ok = True
    fmts = {}
    for n in nums:
        s = SAMPLES[n]
        p = out_path(s)
        errs = []
        if not os.path.exists(p):
            errs.append("missing file")
        else:
            size = os.path.getsize(p)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                if s["fmt"] == "pdf":
                    text = extract_pdf(p)
                elif s["fmt"] == "docx":
                    text = extract_docx(p)
                    import docx
                    docx.Document(p)
                else:
                    with open(p, encoding="utf-8") as f:
                        text = f.read()
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            nt = norm(text)
            for k, ev in s["evidence"].items():
                if norm(ev) not in nt:
                    errs.append("evidence %s not found: %r" % (k, ev))
            if len(nt) < 1500:
                errs.append("text suspiciously short (%d chars)" % len(nt))
        ej = os.path.join(OUT, s["name"] + ".expected.json")
        try:
            with open(ej, encoding="utf-8") as f:
                got = json.load(f)
            if got != expected(s):
                errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        if not re.match(r"^h%d_[a-z0-9_]+$" % n, s["name"]):
            errs.append("bad name")
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        status = "OK " if not errs else "ERR"
        print(status, os.path.basename(p), "" if not errs else "; ".join(errs))
        ok = ok and not errs
    print("formats:", fmts)
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        nums = [int(a) for a in argv[1:]] or sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = [int(a) for a in argv] or sorted(SAMPLES)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
