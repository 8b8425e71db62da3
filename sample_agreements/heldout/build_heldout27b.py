#!/usr/bin/env python3
"""Held-out sample agreements h417-h424 for leerroute-check.

Written by an independent author-helper (a separate session started for this task) from the two
official guidance documents in shared/seeds (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie), shared/domain.md and sample_agreements/LABELS.md only, without looking at the
checker code, its models or tests, or the text of any other sample. All schools, instellingen,
companies and people are made up.

Usage:
    python3 build_heldout27b.py            build all samples
    python3 build_heldout27b.py 417 420    build only these numbers
    python3 build_heldout27b.py --check    open every produced file and verify it
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
LETTERS = "abcdefghij"


# ----------------------------------------------------------------------------------------------
# Content blocks shared by the PDF and DOCX writers
#   ("title", t) ("subtitle", t) ("h1", t) ("h2", t) ("p", t) ("li", t) ("small", t)
#   ("table", rows, widths_cm_or_None, header_bool) ("pb",) ("sp", cm) ("box", [blocks])
#   Inline: **bold**, {fn:footnote text} (PDF only: superscript number + footnote at page foot)
# ----------------------------------------------------------------------------------------------

def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _inline_pdf(t):
    t = _esc(t).replace("&lt;br/&gt;", "<br/>")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


def plain(t):
    """Text as a reader sees it (bold markers removed, footnotes dropped)."""
    t = re.sub(r"\{fn:.*?\}", "", t)
    return t.replace("**", "")


# ---------------------------------------------------------------- PDF
def write_pdf(path, blocks, font="Helvetica", title="", footer="", base_size=10.0,
              bottom_cm=2.2, heading_color="#000000", caps_headings=False):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle, KeepTogether)

    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(font, font + "-Bold")
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}.get(font, font)
    hc = colors.HexColor(heading_color)
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=base_size + 5, leading=base_size + 8,
                                alignment=TA_CENTER, spaceAfter=6, textColor=hc),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=base_size + 1,
                                   leading=base_size + 4, alignment=TA_CENTER, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=base_size + 2, leading=base_size + 5,
                             spaceBefore=10, spaceAfter=4, textColor=hc, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=base_size, leading=base_size + 3,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=base_size, leading=base_size * 1.35,
                            spaceAfter=4),
        "li": ParagraphStyle("li", fontName=font, fontSize=base_size, leading=base_size * 1.35,
                             leftIndent=14, bulletIndent=4, spaceAfter=2),
        "small": ParagraphStyle("small", fontName=ital, fontSize=base_size - 1.5,
                                leading=(base_size - 1.5) * 1.3, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=base_size - 1,
                               leading=(base_size - 1) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=base_size - 1,
                                leading=(base_size - 1) * 1.3),
        "fn": ParagraphStyle("fn", fontName=font, fontSize=base_size - 2.5,
                             leading=(base_size - 2.5) * 1.25),
    }

    class Doc(BaseDocTemplate):
        pass

    doc = Doc(path, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2.2 * cm,
              bottomMargin=bottom_cm * cm, title=title, author="", subject="", creator="",
              producer="", invariant=1)
    doc._notes = []
    fn_counter = [0]

    class NoteAnchor(Flowable):
        def __init__(self, n, text):
            Flowable.__init__(self)
            self.n, self.text = n, text
            self.width = self.height = 0

        def wrap(self, aw, ah):
            return 0, 0

        def draw(self):
            doc._notes.append((self.n, self.text))

    def on_page_end(canv, d):
        W, H = A4
        if doc._notes:
            y = bottom_cm * cm - 0.35 * cm
            canv.setLineWidth(0.4)
            canv.line(2.3 * cm, y + 0.15 * cm, 7.5 * cm, y + 0.15 * cm)
            for n, txt in doc._notes:
                para = Paragraph("<super>%d</super> %s" % (n, _inline_pdf(txt)), st["fn"])
                w, h = para.wrap(W - 4.6 * cm, 10 * cm)
                y -= h + 1.5
                para.drawOn(canv, 2.3 * cm, y)
            doc._notes = []
        if footer:
            canv.setFont(font, 7.5)
            canv.drawString(2.3 * cm, 1.1 * cm, footer)
            canv.drawRightString(W - 2.3 * cm, 1.1 * cm, "pagina %d" % canv.getPageNumber())

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=on_page_end)])

    def para(kind, text):
        notes = []

        def rep(m):
            fn_counter[0] += 1
            notes.append((fn_counter[0], m.group(1)))
            return "\x00%d\x01" % fn_counter[0]
        text = re.sub(r"\{fn:(.*?)\}", rep, text)
        html = _inline_pdf(text)
        html = re.sub("\x00(\\d+)\x01", r"<super>\1</super>", html)
        # anchors go before the paragraph: they register the notes on the page where it starts
        out = [NoteAnchor(n, t) for n, t in notes]
        out.append(Paragraph(html, st[kind], bulletText="\u2022" if kind == "li" else None))
        return [KeepTogether(out)] if notes else out

    def flow(blocks):
        story = []
        for b in blocks:
            k = b[0]
            if k in ("title", "subtitle", "p", "li", "small"):
                story += para(k, b[1])
            elif k in ("h1", "h2"):
                story += para(k, b[1].upper() if caps_headings else b[1])
            elif k == "pb":
                story.append(PageBreak())
            elif k == "sp":
                story.append(Spacer(1, b[1] * cm))
            elif k == "table":
                rows, widths, header = b[1], b[2], b[3]
                data = []
                for i, r in enumerate(rows):
                    data.append([Paragraph(_inline_pdf(c), st["cellb" if (header and i == 0) else "cell"])
                                 for c in r])
                cw = [w * cm for w in widths] if widths else None
                t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
                style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
                if header:
                    style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
                t.setStyle(TableStyle(style))
                story.append(t)
                story.append(Spacer(1, 0.25 * cm))
            elif k == "box":
                inner = flow(b[1])
                t = Table([[inner]], colWidths=[doc.width])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
                story.append(t)
                story.append(Spacer(1, 0.25 * cm))
            else:
                raise ValueError(k)
        return story

    doc.build(flow(blocks))


# ---------------------------------------------------------------- DOCX
def _fixed_zip(src_bytes, path):
    zin = zipfile.ZipFile(io.BytesIO(src_bytes))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write_docx(path, blocks, font="Calibri", size=10.5, title="", author="",
               caps_headings=False, heading_color=None):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    for sname in ("Heading 1", "Heading 2", "Title", "Subtitle"):
        s = d.styles[sname]
        s.font.name = font
        if heading_color:
            s.font.color.rgb = RGBColor.from_string(heading_color)
    cp = d.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""

    def runs(p, text, bold_all=False):
        parts = re.split(r"(\*\*.+?\*\*)", plain_keep_bold(text))
        for part in parts:
            if not part:
                continue
            if part.startswith("**") and part.endswith("**"):
                r = p.add_run(part[2:-2])
                r.bold = True
            else:
                r = p.add_run(part)
                if bold_all:
                    r.bold = True

    def add_blocks(container, blocks):
        for b in blocks:
            k = b[0]
            if k == "title":
                p = container.add_paragraph(style="Title") if container is d else container.add_paragraph()
                runs(p, b[1], bold_all=container is not d)
            elif k == "subtitle":
                p = container.add_paragraph(style="Subtitle") if container is d else container.add_paragraph()
                runs(p, b[1])
            elif k in ("h1", "h2"):
                txt = b[1].upper() if caps_headings else b[1]
                if container is d:
                    p = d.add_paragraph(style="Heading 1" if k == "h1" else "Heading 2")
                    runs(p, txt)
                else:
                    p = container.add_paragraph()
                    runs(p, txt, bold_all=True)
            elif k == "p":
                p = container.add_paragraph()
                runs(p, b[1])
            elif k == "small":
                p = container.add_paragraph()
                runs(p, b[1])
                for r in p.runs:
                    r.italic = True
                    r.font.size = Pt(size - 1.5)
            elif k == "li":
                p = container.add_paragraph(style="List Bullet") if container is d else container.add_paragraph()
                runs(p, b[1] if container is d else "\u2022 " + b[1])
            elif k == "pb":
                d.add_page_break()
            elif k == "sp":
                container.add_paragraph()
            elif k == "table":
                rows, widths, header = b[1], b[2], b[3]
                t = container.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = d.styles["Table Grid"]
                if widths:
                    t.autofit = False
                    for j, wcm in enumerate(widths):
                        t.columns[j].width = Cm(wcm)
                for i, r in enumerate(rows):
                    for j, c in enumerate(r):
                        cell = t.cell(i, j)
                        cell.paragraphs[0].text = ""
                        runs(cell.paragraphs[0], c, bold_all=header and i == 0)
                        if widths:
                            cell.width = Cm(widths[j])
                container.add_paragraph()
            elif k == "box":
                add_textbox(d, b[1], b[2] if len(b) > 2 else 3.0)
            else:
                raise ValueError(k)

    def add_textbox(d, inner_blocks, height_cm):
        # A VML text box (w:pict / v:shape / v:textbox / w:txbxContent) anchored in its own paragraph.
        paras = []
        for b in inner_blocks:
            txt = b[1].upper() if (b[0] in ("h1", "h2") and caps_headings) else b[1]
            txt = plain_keep_bold(txt)
            if b[0] == "li":
                txt = "\u2022 " + txt
            segs = re.split(r"(\*\*.+?\*\*)", txt)
            rx = ""
            for s in segs:
                if not s:
                    continue
                boldseg = (s.startswith("**") and s.endswith("**")) or b[0] in ("h1", "h2", "title")
                s = s[2:-2] if s.startswith("**") and s.endswith("**") else s
                rpr = "<w:rPr><w:b/></w:rPr>" if boldseg else ""
                rx += '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _esc(s))
            paras.append("<w:p><w:pPr><w:spacing w:after=\"60\"/></w:pPr>%s</w:p>" % rx)
        h_pt = height_cm * 28.35
        xml = (
            '<w:r xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="tb%d" type="#_x0000_t202" style="width:453pt;height:%.0fpt;'
            'mso-wrap-style:square" fillcolor="#f4f4f4" strokecolor="#444444">'
            '<v:textbox style="mso-fit-shape-to-text:t" inset="6pt,4pt,6pt,4pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
            '</v:shape></w:pict></w:r>' % (W_NS, len(d.paragraphs), h_pt, "".join(paras)))
        p = d.add_paragraph()
        p._p.append(parse_xml(xml))

    add_blocks(d, blocks)
    bio = io.BytesIO()
    d.save(bio)
    _fixed_zip(bio.getvalue(), path)


def plain_keep_bold(t):
    return re.sub(r"\{fn:.*?\}", "", t).replace("<br/>", "\n")


# ---------------------------------------------------------------- TXT / MD
def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- extraction for --check
def extract_text(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        out = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            out.append(tp.get_text_range())
        pdf.close()
        return "\n".join(out)
    if path.endswith(".docx"):
        import docx  # noqa: F401  (open once with python-docx as a sanity check)
        docx.Document(path)
        from xml.etree import ElementTree as ET
        z = zipfile.ZipFile(path)
        root = ET.fromstring(z.read("word/document.xml"))
        out = []
        for p in root.iter("{%s}p" % W_NS):
            # direct text of this paragraph only (nested text-box paragraphs are visited on their own)
            buf = []
            stack = list(p)
            while stack:
                el = stack.pop(0)
                if el.tag == "{%s}txbxContent" % W_NS:
                    continue
                if el.tag == "{%s}t" % W_NS and el.text:
                    buf.append(el.text)
                stack = list(el) + stack
            out.append("".join(buf))
        return "\n".join(out)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    return " ".join(t.replace("\u00ad", "").split())


# ==============================================================================================
# The samples
# ==============================================================================================
SAMPLES = {}


def sample(num, name, ext, description, statuses, evidence):
    assert set(statuses) == set(LETTERS)

    def deco(fn):
        SAMPLES[num] = dict(name=name, ext=ext, description=description, statuses=statuses,
                            evidence=evidence, build=fn)
        return fn
    return deco


# ---------------------------------------------------------------------------------------------- h417
@sample(417, "h417_plan_van_aanpak_tabel_per_onderdeel_infra_neder_betuwe", "pdf",
        "Plan van aanpak dat tevens samenwerkingsovereenkomst is, met per onderdeel een tabel (PDF); "
        "Neder-Betuwe, vmbo BWI basis naar mbo-2 Vakman gww (bouw en infra); kernteam zonder regel "
        "over wie de leden aanwijst, overdracht van een percentage zonder bestemming (uitgesteld naar "
        "de begroting), niets over medezeggenschap",
        {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
         "f": "present", "g": "weak", "h": "not_applicable", "i": "present", "j": "present"},
        {"a": "Onderdeel 1 – Welke route we aanbieden",
         "b": "Onderdeel 2 – Wie uit het werkveld meedoet",
         "d": "Onderdeel 4 – Hoe het kernteam rekenschap aflegt",
         "e": "Onderdeel 5 – Hoe het onderwijs is ingericht",
         "f": "Onderdeel 6 – Als een leerling wil of moet wisselen",
         "i": "Onderdeel 8 – Als we het oneens zijn",
         "j": "Onderdeel 9 – Nieuwe partners, wijzigen en stoppen"})
def build_417(path):
    W3 = [3.4, 9.0, 4.0]
    hdr = ["Wat", "Afspraak", "Eigenaar / ijkmoment"]
    B = [
        ("title", "Plan van aanpak en samenwerkingsovereenkomst"),
        ("subtitle", "Doorlopende leerroute Bouw & Infra Neder-Betuwe<br/>"
                     "vmbo Bouwen, wonen en interieur (basis) – mbo Vakman grond-, water- en wegenbouw (niveau 2)"),
        ("small", "Vastgestelde versie 1.0 – 12 mei 2025. Opgesteld door de werkgroep Bouw & Infra "
                  "(Vakcollege Dorpsweide en ROC Betuwe en Maas)."),
        ("h1", "Partijen"),
        ("p", "1. **Stichting Openbaar en Algemeen Voortgezet Onderwijs Betuwe-West**, statutair gevestigd "
              "te Kesteren, bevoegd gezag van Vakcollege Dorpsweide te Kesteren (vmbo), rechtsgeldig "
              "vertegenwoordigd door mevrouw drs. A.M. Verhoeff, bestuurder, hierna: de school;"),
        ("p", "2. **Stichting Regionaal Opleidingencentrum Betuwe en Maas**, statutair gevestigd te Tiel, "
              "rechtsgeldig vertegenwoordigd door de heer ir. R.J. van Zanten, voorzitter van het college "
              "van bestuur, hierna: het ROC."),
        ("h1", "1. Aanleiding"),
        ("p", "Langs de Waal wordt de komende tien jaar gewerkt aan dijkversterking, nieuwe wegen en de "
              "vervanging van riolering in de dorpskernen. Aannemers in de Neder-Betuwe kunnen nu al hun "
              "vacatures voor grondwerkers, stratenmakers en machinisten niet vullen. Tegelijk kiezen elk "
              "jaar zo'n twintig leerlingen van Vakcollege Dorpsweide voor het profiel Bouwen, wonen en "
              "interieur en stappen daarna vaak zonder duidelijk beeld over naar het mbo. Met deze route "
              "maken we van vmbo-leerjaar 3 tot en met het mbo-diploma één doorgaande lijn, dicht bij huis "
              "en dicht bij het werk."),
        ("h1", "2. Hoe dit plan werkt"),
        ("p", "Dit plan van aanpak is tevens de samenwerkingsovereenkomst als bedoeld in artikel 2.107b "
              "van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en "
              "beroepsonderwijs. Per onderdeel staat in een tabel wat partijen afspreken, wie daarvan "
              "eigenaar is en wanneer het wordt getoetst. Wat in de kolom 'Afspraak' staat, bindt beide "
              "partijen; de kolom 'Eigenaar / ijkmoment' is bedoeld voor de uitvoering."),
        ("h1", "3. Uitwerking per onderdeel"),
        ("h2", "Onderdeel 1 – Welke route we aanbieden"),
        ("table", [hdr,
                   ["Vmbo-deel", "Het profiel Bouwen, wonen en interieur in de basisberoepsgerichte leerweg, "
                    "met de keuzevakken die gericht zijn op straatwerk, grondverzet en maatvoering.",
                    "Teamleider BWI / jaarlijks bij vaststelling PTA"],
                   ["Mbo-deel", "De opleiding Vakman grond-, water- en wegenbouw, niveau 2 "
                    "(basisberoepsopleiding), kwalificatiedossier Infra, opleidingsdomein Bouw en infra; "
                    "beroepsopleidende leerweg, in het laatste routejaar ook beroepsbegeleidend mogelijk.",
                    "Opleidingsmanager Infra"],
                   ["Opbouw", "Vier routejaren: routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van het "
                    "vmbo (vo-fase), routejaar 3 en 4 vormen de mbo-fase.", "Kernteam"],
                   ["Omvang", "Ten hoogste zestien leerlingen per cohort. Het eerste cohort start op "
                    "1 augustus 2025.", "Kernteam / 1 maart (aanmelding)"]],
         W3, True),
        ("h2", "Onderdeel 2 – Wie uit het werkveld meedoet"),
        ("table", [hdr,
                   ["Partners", "Van Ooijen Infra B.V. (Ochten), Grondwerken Hol & Zn. (Echteld), "
                    "Stratenmakersbedrijf Kesteren-West, de buitendienst van de gemeente Neder-Betuwe en de "
                    "Aannemerskring Rivierenland. Alle bedrijven zijn door SBB erkend als leerbedrijf.",
                    "Routecoördinator"],
                   ["Leerwerkplekken", "Elk partnerbedrijf stelt per cohort ten minste twee plaatsen "
                    "beschikbaar: een meeloopweek in routejaar 1 en de beroepspraktijkvorming in "
                    "routejaar 2 tot en met 4.", "Routecoördinator / 1 juni"],
                   ["Praktijkopdrachten", "Per semester levert het werkveld een echte opdracht aan "
                    "(bijvoorbeeld het herstraten van een schoolplein of het uitzetten van een "
                    "fietspad); een uitvoerder van het bedrijf beoordeelt het resultaat mee.",
                    "Docententeam / elk semester"],
                   ["Werkveldtafel", "Twee keer per jaar (oktober en maart) komen partners en kernteam "
                    "bijeen. De werkveldtafel adviseert over de inhoud van het programma, de keuzedelen en "
                    "nieuwe technieken; het kernteam laat binnen zes weken schriftelijk weten wat het met "
                    "het advies doet.", "Routecoördinator / oktober en maart"],
                   ["Examinering", "Praktijkopleiders van de partnerbedrijven treden op als tweede "
                    "beoordelaar bij de proeve van bekwaamheid in de mbo-fase.",
                    "Examencommissie ROC"]],
         W3, True),
        ("h2", "Onderdeel 3 – Wie de route aanstuurt"),
        ("table", [hdr,
                   ["Kernteam", "De dagelijkse aansturing ligt bij een kernteam van drie personen: een "
                    "routecoördinator van de school, een opleidingsmanager van het ROC en een "
                    "docent-expert uit het docententeam. Een praktijkopleider uit het werkveld kan als "
                    "adviseur zonder stem aanschuiven.", "Beide partijen"],
                   ["Taken", "Het kernteam stelt jaarlijks de routeplanning en het lesrooster op, maakt het "
                    "gezamenlijke PTA/OER klaar voor vaststelling, verdeelt de lesuren over het "
                    "docententeam, beslist over de plaatsing van leerlingen bij leerbedrijven en beheert "
                    "het routebudget voor materialen van ten hoogste € 12.500 per schooljaar.",
                    "Kernteam / 1 juli"],
                   ["Grenzen", "Besluiten over personeel, uitgaven boven het routebudget en wijzigingen van "
                    "dit plan blijven bij de besturen.", "Besturen"],
                   ["Werkwijze", "Het kernteam besluit bij consensus. Lukt dat niet, dan geldt onderdeel 8.",
                    "Kernteam"]],
         W3, True),
        ("h2", "Onderdeel 4 – Hoe het kernteam rekenschap aflegt"),
        ("table", [hdr,
                   ["Kwartaalnotitie", "Binnen drie weken na afloop van elk kwartaal stuurt het kernteam een "
                    "korte voortgangsnotitie aan de bestuurder van de stichting en aan het college van "
                    "bestuur van het ROC: aanwezigheid, studievoortgang, bpv en bijzonderheden.",
                    "Routecoördinator / elk kwartaal"],
                   ["Jaarverslag", "Vóór 1 oktober een jaarverslag over het afgelopen schooljaar met in-, "
                    "door- en uitstroomcijfers, examenresultaten, de besteding van het routebudget en "
                    "verbeterpunten.", "Kernteam / 1 oktober"],
                   ["Bestuurlijk overleg", "In november en mei licht het kernteam de stand van zaken toe in "
                    "het bestuurlijk overleg van beide bestuurders; zij kunnen het kernteam daar "
                    "aanwijzingen geven.", "Bestuurders / november en mei"],
                   ["Incidenten", "Ernstige incidenten worden binnen twee werkdagen aan beide bestuurders "
                    "gemeld.", "Routecoördinator"]],
         W3, True),
        ("h2", "Onderdeel 5 – Hoe het onderwijs is ingericht"),
        ("table", [hdr,
                   ["Locaties", "Routejaar 1: Vakcollege Dorpsweide, met om de week een praktijkdag op het "
                    "Infraplein van het ROC in Tiel. Routejaar 2: drie dagen Kesteren, twee dagen Tiel. "
                    "Routejaar 3 en 4: ROC en leerbedrijf.", "Kernteam"],
                   ["Programma en examens", "Partijen beschrijven het programma, de examinering en de bpv "
                    "per leerjaar in één gezamenlijk PTA/OER, dat beide besturen vóór 1 oktober van elk "
                    "schooljaar vaststellen. Het centraal examen vmbo valt in routejaar 2; de mbo-examens "
                    "beginnen in routejaar 2.", "Examencommissies / 1 oktober"],
                   ["Docenten", "Een vast routeteam van twee BWI-docenten en een docent Nederlands/rekenen "
                    "van de school en twee instructeurs gww van het ROC. Voor het vakoverstijgende "
                    "programmaonderdeel 'Werken buiten' in routejaar 1 en 2 werkt het routeteam met "
                    "teambevoegdheid (artikel 7.13a WVO 2020): ieder teamlid blijft verantwoordelijk voor het "
                    "deel waarvoor hij bevoegd is. De instructeurs worden in de vo-fase voor 0,4 fte per "
                    "schooljaar bij de school gedetacheerd; de loonkosten daarvan worden apart "
                    "gefactureerd.", "Teamleider BWI en opleidingsmanager"],
                   ["Faciliteiten", "Het ROC stelt het Infraplein (oefenterrein met minigraver, trilplaat en "
                    "meetapparatuur), de machinesimulator en persoonlijke beschermingsmiddelen beschikbaar; "
                    "de school het praktijklokaal BWI en de ICT-voorzieningen. Over en weer wordt geen huur "
                    "berekend.", "Facilitaire diensten"],
                   ["Leerlingzaken", "In de vo-fase staat de leerling ingeschreven bij de school, daarna bij "
                    "het ROC. De klachtenregeling van elke partij is ook van toepassing op gedragingen van "
                    "medewerkers van de andere partij binnen de route.", "Beide partijen"]],
         W3, True),
        ("h2", "Onderdeel 6 – Als een leerling wil of moet wisselen"),
        ("table", [hdr,
                   ["Uitgangspunt", "Geen leerling verlaat de route zonder een vervolgplek die leidt naar een "
                    "vmbo- of mbo-diploma.", "Mentor"],
                   ["Besluit", "Binnen vier weken na de signalering voeren mentor en loopbaanbegeleider van "
                    "het ROC een gesprek met de leerling en zijn ouders. Daarna stellen de school en het "
                    "ROC samen het vervolg vast, op grond van het bereikte onderwijsniveau en de leeftijd "
                    "van de leerling en met zijn wensen als vertrekpunt.", "Teamleider BWI en "
                    "opleidingsmanager"],
                   ["In de vo-fase", "De leerling gaat verder in de reguliere basisberoepsgerichte leerweg "
                    "van het profiel Bouwen, wonen en interieur of een ander profiel van de school en "
                    "haalt daar zijn vmbo-diploma; behaalde onderdelen blijven staan.", "School"],
                   ["Geen vmbo-diploma", "Heeft de leerling aan het eind van routejaar 3 zijn vmbo-diploma "
                    "niet, dan kan hij de opleiding Vakman gww afmaken of overstappen naar een andere "
                    "niveau 2-opleiding van het ROC in het domein Bouw en infra. Vooropleidingseisen "
                    "worden daarbij binnen het ROC niet gesteld.", "Opleidingsmanager"],
                   ["Andere richting of verhuizing", "De leerling kan naar een andere opleiding op "
                    "vergelijkbaar niveau, bij het ROC of elders in de regio. Bij een andere instelling "
                    "leveren school en ROC het dossier aan voor het geschiktheidsonderzoek en zorgen zij "
                    "voor een warme overdracht.", "Loopbaanbegeleider"],
                   ["Informatie", "De werkwijze wordt beschreven in de schoolgids en in de studiegids van "
                    "het ROC.", "Beide partijen / 1 september"]],
         W3, True),
        ("h2", "Onderdeel 7 – Geld"),
        ("table", [hdr,
                   ["Vo-fase", "De school draagt met toepassing van artikel 5.42a WVO 2020 voor iedere "
                    "leerling in routejaar 1 en 2 achttien procent van de per leerling ontvangen personele "
                    "bekostiging over aan het ROC.", "Controller school"],
                   ["Mbo-fase", "Er vindt geen overdracht plaats.", "–"],
                   ["Betaling", "In twee termijnen, in januari en juli, op basis van het aantal leerlingen "
                    "op 1 oktober.", "Controllers"],
                   ["Besteding", "Waaraan het ROC het overgedragen bedrag besteedt, bepalen partijen jaarlijks "
                    "bij het opstellen van de begroting.", "Controllers / begrotingsronde"]],
         W3, True),
        ("h2", "Onderdeel 8 – Als we het oneens zijn"),
        ("table", [hdr,
                   ["Stap 1", "Het kernteam bespreekt het verschil van inzicht binnen twee weken.", "Kernteam"],
                   ["Stap 2", "Lukt dat niet, dan leggen de directeur van de school en de directeur van het "
                    "Bouw & Infracollege het binnen vier weken bij.", "Directeuren"],
                   ["Stap 3", "Daarna volgt overleg tussen de bestuurder en de voorzitter van het college "
                    "van bestuur.", "Bestuurders"],
                   ["Stap 4", "Is er zes weken na stap 3 geen oplossing, dan schakelen partijen een "
                    "MfN-registermediator in. Leidt mediation binnen drie maanden niet tot een oplossing, "
                    "dan beslist de rechtbank Gelderland.", "Bestuurders"],
                   ["Leerlingen", "Zolang het verschil loopt, gaat het onderwijs aan de leerlingen gewoon "
                    "door.", "Kernteam"]],
         W3, True),
        ("h2", "Onderdeel 9 – Nieuwe partners, wijzigen en stoppen"),
        ("table", [hdr,
                   ["Toetreden", "Een andere vmbo-school met het profiel Bouwen, wonen en interieur, of een "
                    "andere mbo-instelling, kan aansluiten als zij dit plan onderschrijft, het gezamenlijke "
                    "PTA/OER overneemt en beide partijen schriftelijk instemmen. De nieuwe partner tekent "
                    "een toetredingsverklaring en meldt de deelname samen met de partijen bij DUO. "
                    "Toetreden kan alleen per 1 augustus.", "Bestuurders"],
                   ["Wijzigen", "Dit plan wordt alleen gewijzigd bij een schriftelijk stuk dat door beide "
                    "bestuurders is ondertekend. Wijzigingen in het programma gelden vanaf het volgende "
                    "cohort, tenzij zij leerlingen alleen voordeel brengen.", "Bestuurders"],
                   ["Opzeggen", "Het plan geldt voor onbepaalde tijd. Opzegging gebeurt schriftelijk tegen "
                    "1 augustus, met een termijn van ten minste twaalf maanden. Vanaf de opzegging stromen "
                    "geen nieuwe leerlingen meer in; leerlingen die al in de route zitten maken haar af "
                    "onder dezelfde voorwaarden.", "Bestuurders"],
                   ["Ontbinden", "Bij een ernstige tekortkoming die na een schriftelijke ingebrekestelling "
                    "niet binnen twee maanden is hersteld, kan de andere partij het plan ontbinden. Ook dan "
                    "zorgen partijen dat zittende leerlingen hun route afmaken of volgens onderdeel 6 een "
                    "passende vervolgplek krijgen.", "Bestuurders"]],
         W3, True),
        ("h1", "4. Vaststelling en ondertekening"),
        ("p", "Aldus vastgesteld en in tweevoud ondertekend te Kesteren op 12 mei 2025."),
        ("table", [["Voor de Stichting Openbaar en Algemeen Voortgezet Onderwijs Betuwe-West<br/><br/><br/>"
                    "drs. A.M. Verhoeff, bestuurder",
                    "Voor de Stichting Regionaal Opleidingencentrum Betuwe en Maas<br/><br/><br/>"
                    "ir. R.J. van Zanten, voorzitter college van bestuur"]], [8.2, 8.2], False),
    ]
    write_pdf(path, B, font="Helvetica", title="Plan van aanpak DLR Bouw & Infra Neder-Betuwe",
              footer="Plan van aanpak en samenwerkingsovereenkomst DLR Bouw & Infra – versie 1.0",
              base_size=9.5, heading_color="#1f4e79")


# ---------------------------------------------------------------------------------------------- h418
@sample(418, "h418_hoofdletterkoppen_motorfietstechniek_berg_en_dal", "docx",
        "Klassieke overeenkomst met koppen in hoofdletters (DOCX); Berg en Dal, vmbo Mobiliteit en "
        "transport kader naar mbo-3 Eerste motorfietstechnicus (mobiliteit); volledig, met expliciet "
        "geen overdracht van bekostiging, aanvullende medezeggenschapsafspraken en bindend advies",
        {k: "present" for k in LETTERS},
        {"a": "ARTIKEL 2 — DE ROUTE EN DE DIPLOMA'S",
         "b": "ARTIKEL 3 — DE WERKPLAATSEN UIT DE REGIO",
         "c": "ARTIKEL 4 — HET ROUTETEAM",
         "d": "ARTIKEL 5 — RAPPORTAGE AAN DE BESTUREN",
         "e": "ARTIKEL 6 — ONDERWIJS, MENSEN EN MIDDELEN",
         "f": "ARTIKEL 7 — ALS DE ROUTE NIET PAST",
         "g": "ARTIKEL 8 — GELD",
         "h": "ARTIKEL 9 — INSPRAAK VAN LEERLINGEN, OUDERS EN PERSONEEL",
         "i": "ARTIKEL 10 — GESCHILLEN",
         "j": "ARTIKEL 12 — DUUR, WIJZIGING EN BEËINDIGING"})
def build_418(path):
    B = [
        ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE MOBILITEIT – TWEEWIELTECHNIEK"),
        ("subtitle", "Vakcollege Groesbeek en Techniek & Mobiliteit College Nijmegen · gemeente Berg en Dal"),
        ("h1", "DE ONDERGETEKENDEN"),
        ("p", "1. De **Stichting Katholiek Voortgezet Onderwijs Berg en Dal e.o.**, statutair gevestigd te "
              "Groesbeek, bevoegd gezag van het Sint-Maartenscollege, waarvan de vmbo-afdeling Vakcollege "
              "Groesbeek deel uitmaakt, te dezen rechtsgeldig vertegenwoordigd door de heer M.H.J. Theunissen, "
              "voorzitter van het college van bestuur, hierna te noemen: **de school**;"),
        ("p", "2. De **Stichting Regionaal Opleidingencentrum Waal en Rijn**, statutair gevestigd te "
              "Nijmegen, te dezen rechtsgeldig vertegenwoordigd door mevrouw dr. S. Arslan-de Vries, lid "
              "van het college van bestuur, hierna te noemen: **het ROC**;"),
        ("p", "hierna gezamenlijk te noemen: partijen."),
        ("h1", "OVERWEGENDE DAT"),
        ("li", "de motorfiets- en scooterbranche in het Rijk van Nijmegen structureel technici tekort komt;"),
        ("li", "partijen sinds 2022 samenwerken in een oriëntatieprogramma tweewieltechniek en dit willen "
               "omzetten in een doorlopende leerroute vmbo-mbo;"),
        ("li", "deze overeenkomst strekt tot uitvoering van artikel 2.107b van de Wet voortgezet onderwijs "
               "2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs;"),
        ("p", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),
        ("h1", "ARTIKEL 1 — BEGRIPPEN"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("li", "**route**: de doorlopende leerroute bedoeld in artikel 2;"),
        ("li", "**vo-fase**: routejaar 1 en 2, samenvallend met leerjaar 3 en 4 van het vmbo;"),
        ("li", "**mbo-fase**: routejaar 3 en volgende;"),
        ("li", "**routeteam**: het team bedoeld in artikel 4;"),
        ("li", "**werkplaatsoverleg**: het overleg met de leerbedrijven bedoeld in artikel 3.2."),
        ("h1", "ARTIKEL 2 — DE ROUTE EN DE DIPLOMA'S"),
        ("p", "2.1 Partijen verzorgen samen een doorlopende leerroute die begint in het profiel "
              "**Mobiliteit en transport** van de kaderberoepsgerichte leerweg en leidt naar de "
              "vakopleiding **Eerste motorfietstechnicus, niveau 3**, kwalificatiedossier Tweewieltechniek, "
              "opleidingsdomein Mobiliteit en voertuigen, in de beroepsopleidende leerweg."),
        ("p", "2.2 De leerling behaalt in de route het vmbo-diploma kaderberoepsgerichte leerweg en het "
              "mbo-diploma. De route duurt vijf routejaren; partijen kunnen een individuele leerling in "
              "vier jaar laten afronden als zijn voortgang dat toelaat."),
        ("p", "2.3 De route staat open voor leerlingen van de school die aan het eind van leerjaar 2 "
              "kiezen voor de kaderberoepsgerichte leerweg en een intakegesprek hebben gevoerd."),
        ("h1", "ARTIKEL 3 — DE WERKPLAATSEN UIT DE REGIO"),
        ("p", "3.1 Motorhuis Breedeweg B.V., Tweewielercentrum Ooijpolder, Van Bergen Motoren te Wijchen "
              "en Scooter- en Fietsservice Millingen hebben schriftelijk toegezegd aan de route mee te "
              "werken; andere erkende leerbedrijven kunnen zich aansluiten. Elk van deze bedrijven biedt "
              "een snuffeldag in routejaar 1, levert per onderwijsperiode een werkplaatsopdracht aan en "
              "houdt plaatsen beschikbaar voor de beroepspraktijkvorming vanaf routejaar 2."),
        ("p", "3.2 Twee keer per schooljaar vindt een werkplaatsoverleg plaats tussen het routeteam en "
              "ten minste twee van de bedrijven. Het overleg geeft advies over de keuze van keuzedelen, "
              "de inhoud van het programma en nieuwe techniek zoals elektrische aandrijving. Het "
              "routeteam legt het advies vast en laat binnen zes weken schriftelijk weten wat het ermee "
              "doet."),
        ("p", "3.3 Praktijkopleiders van de bedrijven beoordelen de proeven van bekwaamheid in de "
              "mbo-fase mee. Alleen bedrijven die door SBB als leerbedrijf zijn erkend, begeleiden "
              "leerlingen in de beroepspraktijkvorming."),
        ("h1", "ARTIKEL 4 — HET ROUTETEAM"),
        ("p", "4.1 De route wordt geleid door een routeteam, bestaande uit een routeregisseur "
              "(voorzitter), de afdelingsleider techniek van Vakcollege Groesbeek, de teamleider "
              "tweewieltechniek van het ROC en één docent van elke partij."),
        ("p", "4.2 De directeur van het Sint-Maartenscollege en de directeur van het Techniek & "
              "Mobiliteit College wijzen de routeregisseur en de twee docentleden gezamenlijk aan voor "
              "een periode van twee schooljaren; herbenoeming is mogelijk. De afdelingsleider en de "
              "teamleider zijn lid uit hoofde van hun functie. Een vacature wordt binnen zes weken "
              "vervuld."),
        ("p", "4.3 Beide besturen dragen het routeteam op: het rooster en de jaarplanning vast te "
              "stellen, het gezamenlijke PTA/OER voor te bereiden, leerlingen aan leerbedrijven toe te "
              "wijzen, over toelating tot de route te beslissen, het werkplaatsoverleg te organiseren en "
              "een routebudget van € 9.000 per schooljaar te besteden."),
        ("p", "4.4 Het routeteam is niet bevoegd personeel aan te nemen of te ontslaan, verplichtingen "
              "jegens derden aan te gaan boven € 5.000 of deze overeenkomst te wijzigen. Het besluit bij "
              "meerderheid; bij staken van stemmen beslist de routeregisseur."),
        ("h1", "ARTIKEL 5 — RAPPORTAGE AAN DE BESTUREN"),
        ("p", "5.1 Het routeteam stuurt uiterlijk 15 februari en 15 juli een schriftelijke stand van zaken "
              "aan de colleges van bestuur van beide partijen, met aantallen leerlingen, verzuim, "
              "studieresultaten, de bezetting van bpv-plaatsen en de besteding van het routebudget."),
        ("p", "5.2 Elk jaar in september bespreken de twee bestuurders de stand van zaken met het "
              "routeteam. De uitkomsten en eventuele opdrachten worden vastgelegd in een verslag."),
        ("p", "5.3 Vraagt een bestuur tussentijds om inlichtingen, dan verstrekt het routeteam die binnen "
              "twee weken."),
        ("h1", "ARTIKEL 6 — ONDERWIJS, MENSEN EN MIDDELEN"),
        ("p", "6.1 In de vo-fase krijgen leerlingen les op Vakcollege Groesbeek en volgen zij elke week "
              "een werkplaatsdag op de locatie Bijsterhuizen van het ROC. In de mbo-fase is het onderwijs "
              "op die locatie en bij het leerbedrijf."),
        ("p", "6.2 Partijen beschrijven samen voor elk leerjaar het onderwijsprogramma, de examinering en "
              "de beroepspraktijkvorming in een gezamenlijk PTA/OER. Het centraal schriftelijk en praktisch "
              "examen vmbo wordt in routejaar 2 afgenomen; beroepsgerichte mbo-examens vanaf routejaar 2."),
        ("p", "6.3 Het onderwijs wordt gegeven door één docententeam van twee docenten van de school en "
              "twee docenten tweewieltechniek van het ROC. Voor de vakoverstijgende module 'Motor & "
              "Mobiliteit' in routejaar 1 en 2 zet het team de teambevoegdheid in: het team dekt samen "
              "alle programmaonderdelen af en elk teamlid blijft verantwoordelijk voor het deel waarvoor "
              "hij bevoegd is. Elke partij blijft werkgever van de eigen docenten."),
        ("p", "6.4 Het ROC stelt zijn motorfietswerkplaats, de diagnoseapparatuur, het e-mobiliteitslab "
              "en examenruimte ter beschikking; de school haar praktijklokaal Mobiliteit en transport en "
              "werkplaatskleding. Dit gebeurt over en weer zonder vergoeding. Elke partij verzekert haar "
              "eigen inventaris."),
        ("p", "6.5 De klachtenregeling van elke partij geldt ook voor gedragingen van medewerkers van de "
              "andere partij binnen de route. De voorzitter van de klachtencommissie is niet werkzaam bij "
              "de andere partij."),
        ("p", "6.6 Partijen melden de route gezamenlijk in RIO vóór de start van het eerste cohort."),
        ("h1", "ARTIKEL 7 — ALS DE ROUTE NIET PAST"),
        ("p", "7.1 Een leerling die de route niet afmaakt, krijgt een passend alternatief waarmee hij een "
              "vmbo- of mbo-diploma kan halen."),
        ("p", "7.2 Over dat alternatief beslissen de afdelingsleider techniek en de teamleider "
              "tweewieltechniek samen, nadat zij met de leerling en zijn ouders hebben gesproken. Zij "
              "wegen het bereikte onderwijsniveau, de leeftijd en de wensen van de leerling."),
        ("p", "7.3 Daarbij gelden in elk geval deze mogelijkheden:"),
        ("li", "stopt de leerling in de vo-fase, dan gaat hij verder in de reguliere kaderberoepsgerichte "
               "leerweg Mobiliteit en transport of een ander profiel van de school;"),
        ("li", "heeft de leerling aan het eind van routejaar 3 zijn vmbo-diploma niet, dan kan hij bij het "
               "ROC verder in de opleiding Eerste motorfietstechnicus of overstappen naar de opleiding "
               "Motorfietstechnicus (niveau 2); het ROC stelt daarbij geen vooropleidingseisen, en de "
               "school biedt een herkansing van het vmbo-examen;"),
        ("li", "wil de leerling een andere richting, dan kan hij naar een andere opleiding op niveau 3 "
               "binnen of buiten het domein Mobiliteit en voertuigen van het ROC;"),
        ("li", "gaat de leerling naar een andere instelling, dan leveren partijen de gegevens aan voor het "
               "geschiktheidsonderzoek en dragen zij de begeleiding warm over."),
        ("p", "7.4 De werkwijze staat in de schoolgids van de school en in de studiegids van het ROC."),
        ("h1", "ARTIKEL 8 — GELD"),
        ("p", "8.1 Partijen dragen geen bekostiging aan elkaar over, noch in de vo-fase noch in de "
              "mbo-fase. Elke partij draagt de kosten van haar eigen personeel en voorzieningen."),
        ("p", "8.2 Het routebudget van artikel 4.3 wordt door beide partijen voor de helft gedragen."),
        ("h1", "ARTIKEL 9 — INSPRAAK VAN LEERLINGEN, OUDERS EN PERSONEEL"),
        ("p", "9.1 In de vo-fase geldt voor leerlingen, ouders en personeel van de school de "
              "medezeggenschapsregeling van de school; in de mbo-fase die van het ROC."),
        ("p", "9.2 Aanvullend spreken partijen af dat de leerlingen in de vo-fase van de route uit hun "
              "midden één vertegenwoordiger kiezen, die met spreekrecht deelneemt aan de vergaderingen van "
              "de studentenraad van het Techniek & Mobiliteit College."),
        ("p", "9.3 De medezeggenschapsraad van de school en de studentenraad ontvangen beide de stand van "
              "zaken van artikel 5.1 en worden beide om advies gevraagd over een voorgenomen wezenlijke "
              "wijziging van de route of van deze overeenkomst."),
        ("p", "9.4 Eenmaal per jaar komen de leerlinggeleding van de medezeggenschapsraad en de "
              "studentenraad samen bijeen met het routeteam."),
        ("h1", "ARTIKEL 10 — GESCHILLEN"),
        ("p", "10.1 Een geschil over de uitvoering van deze overeenkomst wordt eerst in het routeteam "
              "besproken en, als dat binnen dertig dagen geen oplossing geeft, voorgelegd aan de twee "
              "directeuren bedoeld in artikel 4.2."),
        ("p", "10.2 Komen de directeuren er binnen dertig dagen niet uit, dan voeren de bestuurders "
              "overleg."),
        ("p", "10.3 Blijft het geschil daarna bestaan, dan legt de meest gerede partij het voor aan een "
              "commissie van drie personen: elke partij wijst één lid aan en die twee kiezen samen een "
              "voorzitter. De commissie brengt binnen acht weken bindend advies uit. De kosten worden "
              "gelijk gedeeld."),
        ("h1", "ARTIKEL 11 — TOETREDING"),
        ("p", "11.1 Een andere school voor vmbo met het profiel Mobiliteit en transport of een andere "
              "instelling voor beroepsonderwijs kan partij worden als beide partijen daar schriftelijk mee "
              "instemmen en de nieuwe partij deze overeenkomst en het gezamenlijke PTA/OER onderschrijft."),
        ("p", "11.2 De toetreding wordt vastgelegd in een door alle partijen ondertekende akte, gaat in op "
              "1 augustus en wordt door de betrokken partijen gemeld in RIO. Leerlingen van een "
              "toetredende school stromen in vanaf het eerstvolgende cohort; de plaatsen van zittende "
              "leerlingen worden niet verminderd."),
        ("h1", "ARTIKEL 12 — DUUR, WIJZIGING EN BEËINDIGING"),
        ("p", "12.1 Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor vijf jaar. Zij wordt steeds "
              "stilzwijgend verlengd met vijf jaar."),
        ("p", "12.2 Elke partij kan de overeenkomst bij aangetekende brief opzeggen tegen het einde van een "
              "schooljaar, met inachtneming van een termijn van ten minste een jaar. Een partij kan de "
              "overeenkomst ontbinden als de andere partij ernstig tekortschiet en dat na schriftelijke "
              "aanmaning niet binnen twee maanden herstelt."),
        ("p", "12.3 Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten. De partijen "
              "blijven hun deel van de route uitvoeren totdat de laatste leerling haar heeft afgerond of "
              "volgens artikel 7 een andere plek heeft gekregen."),
        ("p", "12.4 Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met instemming van beide "
              "besturen en na advies als bedoeld in artikel 9.3. Een wijziging gaat niet in tijdens een "
              "lopend schooljaar als zij leerlingen nadeel brengt."),
        ("h1", "ONDERTEKENING"),
        ("p", "Aldus overeengekomen en in tweevoud getekend te Groesbeek op 4 juni 2025."),
        ("table", [["Stichting Katholiek Voortgezet Onderwijs Berg en Dal e.o.",
                    "Stichting Regionaal Opleidingencentrum Waal en Rijn"],
                   ["<br/><br/>M.H.J. Theunissen, voorzitter college van bestuur",
                    "<br/><br/>dr. S. Arslan-de Vries, lid college van bestuur"]], None, False),
    ]
    write_docx(path, B, font="Arial", size=10, title="Samenwerkingsovereenkomst DLR Tweewieltechniek",
               author="Bestuursbureau SKVO", heading_color="1F3864")


# ---------------------------------------------------------------------------------------------- h419
@sample(419, "h419_voetnoten_paragrafen_horeca_sudwest_fryslan", "pdf",
        "Formele overeenkomst in paragrafen waarin voetnoten kernafspraken dragen (benoeming, wie beslist "
        "over de overstap, omvang van de overdracht, eindstap geschil, bescherming leerlingen) (PDF); "
        "Súdwest-Fryslân, vmbo HBR gemengde leerweg naar mbo-4 Manager/ondernemer horeca; volledig, "
        "medezeggenschap alleen beschreven zoals de wet het regelt",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
        {"a": "§ 1 Onderwerp en opleidingen",
         "b": "§ 2 Horecabedrijven in de route",
         "c": "§ 3 Stuurgroep en routeleider",
         "d": "§ 4 Informatie en verantwoording",
         "e": "§ 5 Inrichting van het onderwijs",
         "f": "§ 6 Overstap",
         "g": "§ 7 Bekostiging",
         "i": "§ 9 Geschillen",
         "j": "§ 10 Toetreding, wijziging en einde"})
def build_419(path):
    B = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Horeca Súdwest-Fryslân"),
        ("subtitle", "vmbo Horeca, bakkerij en recreatie (gemengde leerweg) – mbo Manager/ondernemer horeca "
                     "(niveau 4)"),
        ("h1", "Partijen"),
        ("p", "De **Stichting Christelijk Voortgezet Onderwijs Súdwest-Fryslân**, gevestigd te Sneek, "
              "bevoegd gezag van het Harnzijl College te Sneek (vmbo), vertegenwoordigd door de heer "
              "J.S. Hoekstra, voorzitter van het college van bestuur (hierna: de school),"),
        ("p", "en"),
        ("p", "de **Stichting Regionaal Opleidingencentrum Súdwest**, gevestigd te Sneek, vertegenwoordigd "
              "door mevrouw A.G. Dijkstra-Bouma, voorzitter van het college van bestuur (hierna: het ROC),"),
        ("p", "sluiten deze overeenkomst ter uitvoering van de wettelijke regeling van de doorlopende "
              "leerroutes vmbo-mbo{fn:Wet van 20 april 2020 tot wijziging van onder meer de Wet op het "
              "voortgezet onderwijs en de Wet educatie en beroepsonderwijs, Stb. 2020, 157; thans artikel "
              "2.107b WVO 2020 en artikel 9.1.3 WEB.} en komen het volgende overeen."),
        ("h1", "§ 1 Onderwerp en opleidingen"),
        ("p", "1. Partijen bieden gezamenlijk een doorlopende leerroute aan die in leerjaar 3 van de "
              "gemengde leerweg van de school begint, met het profiel Horeca, bakkerij en recreatie, en "
              "die leidt naar de middenkaderopleiding Manager/ondernemer horeca (niveau 4) van het ROC, "
              "opleidingsdomein Horeca en bakkerij, in de beroepsopleidende leerweg."),
        ("p", "2. De route omvat vijf routejaren. De eerste twee routejaren behoren tot de vo-fase; de "
              "leerling sluit die af met het diploma gemengde leerweg. Daarna volgt de mbo-fase."),
        ("p", "3. Per cohort nemen ten hoogste achttien leerlingen deel."),
        ("h1", "§ 2 Horecabedrijven in de route"),
        ("p", "1. Hotel De Gaasterlânske Kust (Balk), Strandpaviljoen Makkum Noord, Restaurant 't Skipshûs "
              "(Workum) en Recreatiepark De Fluezen zijn als vaste praktijkpartners aan de route verbonden. "
              "Zij zijn door SBB erkend als leerbedrijf."),
        ("p", "2. De praktijkpartners leveren per routejaar twee gastcolleges door een ondernemer of chef, "
              "ontvangen leerlingen voor meeloopdagen in de vo-fase en bieden vanaf routejaar 3 plaatsen "
              "voor de beroepspraktijkvorming, ook in het hoogseizoen.{fn:De praktijkpartners hebben "
              "toegezegd samen ten minste zestien bpv-plaatsen per cohort beschikbaar te houden; de "
              "verdeling wordt elk jaar vóór 1 april gemaakt.}"),
        ("p", "3. Elk voorjaar voeren leerlingen van routejaar 2 en 3 onder begeleiding van een "
              "praktijkpartner een pop-uprestaurant uit in Sneek. De ondernemer beoordeelt de "
              "leidinggevende taken van de leerlingen mee."),
        ("p", "4. Eén vertegenwoordiger van de praktijkpartners neemt deel aan de programmaraad die "
              "tweemaal per jaar advies uitbrengt over de opbouw van het programma en de keuzedelen."),
        ("h1", "§ 3 Stuurgroep en routeleider"),
        ("p", "1. De leiding over de route berust bij een stuurgroep, bestaande uit de directeur vmbo "
              "van het Harnzijl College, de directeur van de school voor Horeca & Toerisme van het ROC "
              "en de routeleider, die als secretaris optreedt.{fn:De routeleider en de beide directeuren "
              "worden als lid van de stuurgroep benoemd door de colleges van bestuur van beide partijen "
              "gezamenlijk, voor een termijn van drie schooljaren. Bij ontstentenis wijst het college van "
              "bestuur van de partij waarbij het lid in dienst is een waarnemer aan.}"),
        ("p", "2. Beide colleges van bestuur dragen de stuurgroep de volgende taken op: het vaststellen van "
              "de jaarplanning en de lessentabel van de route, het voorbereiden van het gezamenlijke "
              "PTA/OER, de inzet van het docententeam binnen de door de besturen toegekende formatie, het "
              "beslissen over toelating en plaatsing van leerlingen en het beheer van het routebudget."),
        ("p", "3. De stuurgroep is niet bevoegd tot het aangaan van arbeidsovereenkomsten of het "
              "wijzigen van deze overeenkomst. De routeleider voert de dagelijkse coördinatie uit en is "
              "eerste aanspreekpunt voor leerlingen, ouders en praktijkpartners."),
        ("h1", "§ 4 Informatie en verantwoording"),
        ("p", "1. De stuurgroep brengt vóór 1 maart en vóór 1 oktober een halfjaarrapportage uit aan "
              "beide colleges van bestuur. De rapportage bevat ten minste de aantallen leerlingen per "
              "routejaar, verzuim en uitval, examenresultaten, de bezetting van bpv-plaatsen en de "
              "besteding van het routebudget."),
        ("p", "2. De rapportage van 1 oktober wordt besproken in een jaarlijks bestuurlijk overleg, "
              "waarin de colleges van bestuur de stuurgroep decharge verlenen voor het afgelopen "
              "schooljaar.{fn:Van het bestuurlijk overleg wordt een besluitenlijst gemaakt die door beide "
              "voorzitters wordt geparafeerd.}"),
        ("h1", "§ 5 Inrichting van het onderwijs"),
        ("p", "1. In de vo-fase vindt het onderwijs plaats in het gebouw van het Harnzijl College; "
              "praktijklessen keuken en bediening worden gegeven in het leerrestaurant De Smûke van het "
              "ROC. In de mbo-fase is het onderwijs op de ROC-locatie Sneek en in de leerbedrijven."),
        ("p", "2. Partijen stellen voor ieder leerjaar gezamenlijk het PTA/OER vast, waarin het "
              "onderwijsprogramma, de examinering en de bpv per leerjaar zijn beschreven en is aangegeven "
              "welke onderdelen tot het vmbo en welke tot het mbo behoren."),
        ("p", "3. Het docententeam bestaat uit docenten van de school (horeca, Nederlands, Engels, "
              "economie) en van het ROC (gastheerschap, management, keuken). Voor de vakoverstijgende "
              "projecten 'Eigen zaak' en 'Pop-up' werkt het team met teambevoegdheid; ieder teamlid is "
              "verantwoordelijk voor het programmaonderdeel waarvoor hij bevoegd is."),
        ("p", "4. Het ROC stelt het leerrestaurant, de practicumkeukens en de bar ter beschikking; de school "
              "haar praktijklokaal HBR, de mediatheek en het ICT-lokaal. Partijen brengen elkaar voor dit "
              "gebruik niets in rekening."),
        ("p", "5. Partijen melden de route gezamenlijk bij DUO. De klachtenregeling van elke partij is "
              "mede van toepassing op gedragingen van medewerkers van de andere partij."),
        ("h1", "§ 6 Overstap"),
        ("p", "1. Een leerling die de route voortijdig verlaat, wordt in staat gesteld een vmbo-diploma "
              "of een mbo-diploma te behalen op een niveau dat past bij wat hij heeft bereikt en bij zijn "
              "leeftijd.{fn:Welk vervolg passend is, stellen de directeur vmbo en de directeur Horeca & "
              "Toerisme gezamenlijk vast, na overleg met de leerling en zijn ouders. Hun besluit wordt "
              "binnen drie weken schriftelijk aan de leerling en de ouders meegedeeld.}"),
        ("p", "2. Verlaat de leerling de route in de vo-fase, dan zet hij zijn opleiding voort in de "
              "reguliere gemengde leerweg, zo mogelijk in hetzelfde profiel."),
        ("p", "3. Verlaat de leerling de route in de mbo-fase, of heeft hij na routejaar 3 het diploma "
              "gemengde leerweg niet, dan kan hij instromen in een andere opleiding van het ROC op "
              "niveau 3 of 4 in het domein Horeca en bakkerij of een ander domein, zoals Zelfstandig "
              "werkend kok of Gastheer/gastvrouw-leidinggevende; daarbij gelden geen vooropleidingseisen. "
              "Kiest hij een andere instelling, dan werken partijen mee aan het geschiktheidsonderzoek."),
        ("p", "4. Een leerling die in de vo-fase voor het eindexamen is afgewezen, kan het jaar "
              "overdoen of, als de stuurgroep daartoe adviseert, zonder vmbo-diploma doorstromen naar een "
              "mbo-opleiding van het ROC."),
        ("h1", "§ 7 Bekostiging"),
        ("p", "1. In de vo-fase verzorgt het ROC de praktijklessen in het leerrestaurant. De school draagt "
              "daarvoor met toepassing van artikel 5.42a WVO 2020 een deel van haar bekostiging over aan het "
              "ROC.{fn:Het over te dragen bedrag is € 1.150 per leerling per routejaar in de vo-fase, "
              "berekend op het aantal leerlingen op 1 oktober en in één keer betaald vóór 1 december.}"),
        ("p", "2. De overgedragen middelen zijn bestemd voor de inzet van ROC-docenten en instructeurs in "
              "de praktijklessen en voor de grondstoffen van het leerrestaurant. In de mbo-fase vindt geen "
              "overdracht plaats."),
        ("h1", "§ 8 Medezeggenschap"),
        ("p", "Voor leerlingen die bij de school staan ingeschreven, hun ouders en het personeel van de "
              "school geldt de Wet medezeggenschap op scholen. Voor studenten van het ROC en hun ouders "
              "gelden de bepalingen van de WEB en voor het personeel van het ROC de Wet op de "
              "ondernemingsraden.{fn:Aanvullende afspraken over de medezeggenschap kunnen op grond van "
              "artikel 2.107b, tweede lid, onder j, WVO 2020 in de overeenkomst worden opgenomen.}"),
        ("h1", "§ 9 Geschillen"),
        ("p", "Geschillen over de uitvoering van deze overeenkomst worden eerst in de stuurgroep en "
              "vervolgens tussen de voorzitters van de colleges van bestuur besproken.{fn:Leidt het "
              "overleg tussen de voorzitters niet binnen acht weken tot overeenstemming, dan wordt het "
              "geschil beslecht door arbitrage door één arbiter volgens het Arbitragereglement van het "
              "Nederlands Arbitrage Instituut; plaats van arbitrage is Leeuwarden.}"),
        ("h1", "§ 10 Toetreding, wijziging en einde"),
        ("p", "1. Een andere school voor vmbo of instelling voor beroepsonderwijs in Súdwest-Fryslân kan tot "
              "deze overeenkomst toetreden met schriftelijke instemming van beide partijen, mits zij de "
              "route in dezelfde opzet aanbiedt en de toetreding per 1 augustus ingaat; de toetreding wordt "
              "aan DUO gemeld."),
        ("p", "2. Wijzigingen van deze overeenkomst worden schriftelijk vastgelegd en door beide colleges "
              "van bestuur ondertekend."),
        ("p", "3. De overeenkomst geldt voor onbepaalde tijd en kan door elke partij schriftelijk worden "
              "opgezegd tegen 1 augustus, met een opzegtermijn van twaalf maanden; zij kan worden ontbonden "
              "als een partij ernstig tekortschiet en herstel uitblijft.{fn:Na opzegging of ontbinding "
              "worden geen leerlingen meer toegelaten. Leerlingen die op dat moment in de route zitten, "
              "ronden haar bij partijen af; wijzigingen gaan niet ten koste van leerlingen in een lopend "
              "schooljaar.}"),
        ("h1", "§ 11 Slotbepaling"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025. Aldus opgemaakt in tweevoud en "
              "ondertekend te Sneek op 26 mei 2025."),
        ("table", [["Stichting Christelijk Voortgezet Onderwijs Súdwest-Fryslân<br/><br/><br/>"
                    "J.S. Hoekstra, voorzitter college van bestuur",
                    "Stichting Regionaal Opleidingencentrum Súdwest<br/><br/><br/>"
                    "A.G. Dijkstra-Bouma, voorzitter college van bestuur"]], [8.2, 8.2], False),
    ]
    write_pdf(path, B, font="Times-Roman", title="Samenwerkingsovereenkomst DLR Horeca Súdwest-Fryslân",
              footer="SOK DLR Horeca Súdwest-Fryslân", base_size=10.5, bottom_cm=5.2)


# ---------------------------------------------------------------------------------------------- h420
@sample(420, "h420_interne_regeling_vsg_tekstvakken_elektro_pijnacker_nootdorp", "docx",
        "Interne regeling van een verticale scholengemeenschap met tekstvakken die kernafspraken dragen "
        "(DOCX); Pijnacker-Nootdorp, vmbo PIE basis naar mbo-2 Monteur elektrotechnische installaties "
        "(installatie/glastuinbouw); overstap legt vooropleidingseisen op binnen de eigen mbo-afdeling",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "not_applicable", "i": "not_applicable",
         "j": "not_applicable"},
        {"a": "Artikel 2 Route en diploma's",
         "b": "Artikel 3 Installatie- en tuinbouwbedrijven",
         "c": "Samenstelling en aanwijzing van de routeleiding",
         "d": "Artikel 5 Verantwoording aan het college van bestuur",
         "e": "Artikel 6 Inrichting van het onderwijs",
         "g": "Artikel 8 Bekostiging"})
def build_420(path):
    B = [
        ("title", "Interne regeling doorlopende leerroute Elektrotechniek"),
        ("subtitle", "Oostland College – verticale scholengemeenschap vmbo-mbo, Pijnacker-Nootdorp"),
        ("p", "Het college van bestuur van de **Stichting Oostland Onderwijs**, gevestigd te Pijnacker, "
              "bevoegd gezag van de verticale scholengemeenschap Oostland College,"),
        ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, "
              "derde lid, van de Wet educatie en beroepsonderwijs;"),
        ("p", "gehoord de directeuren van de vmbo-afdeling en de mbo-afdeling en na advies van de "
              "deelraden van beide afdelingen;"),
        ("p", "besluit vast te stellen de volgende regeling."),
        ("h2", "Artikel 1 Begrippen"),
        ("li", "**vmbo-afdeling**: Oostland College vmbo, locatie Nootdorp;"),
        ("li", "**mbo-afdeling**: Oostland College mbo Techniek, locatie Pijnacker;"),
        ("li", "**route**: de doorlopende leerroute van artikel 2;"),
        ("li", "**routeleiding**: de leiding van de route, bedoeld in artikel 4."),
        ("h2", "Artikel 2 Route en diploma's"),
        ("p", "2.1 Oostland College biedt een doorlopende leerroute aan van het profiel Produceren, "
              "installeren en energie in de basisberoepsgerichte leerweg naar de basisberoepsopleiding "
              "Monteur elektrotechnische installaties in de gebouwde omgeving (niveau 2), opleidingsdomein "
              "Installatie- en energietechniek."),
        ("p", "2.2 De route duurt vier jaar. Routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van de "
              "vmbo-afdeling; in routejaar 3 en 4 is de leerling student van de mbo-afdeling, vanaf "
              "routejaar 3 in de beroepsopleidende of de beroepsbegeleidende leerweg."),
        ("box", [("h2", "In het kort"),
                 ("p", "Vier jaar, twee diploma's, één docententeam. Leerlingen werken vanaf het begin aan "
                       "echte installaties in woningen en kassen in het Oostland.")], 1.6),
        ("h2", "Artikel 3 Installatie- en tuinbouwbedrijven"),
        ("p", "3.1 Installatiebedrijf Van der Kraan (Pijnacker), E-Installatie Oostland B.V. (Nootdorp) en "
              "Kassenbouw & Techniek Delfgauw zijn vaste partner van de route; glastuinbouwbedrijven uit "
              "het Oostland kunnen als leerbedrijf aansluiten als zij door SBB zijn erkend."),
        ("p", "3.2 De partnerbedrijven bieden in routejaar 1 en 2 elk kwartaal een bedrijfsbezoek of "
              "meewerkdag, zijn opdrachtgever van het jaarlijkse kasproject in routejaar 2 en bieden vanaf "
              "routejaar 2 plaatsen voor de beroepspraktijkvorming. Hun praktijkopleiders beoordelen de "
              "proeve van bekwaamheid mee."),
        ("p", "3.3 De werkveldcommissie Techniek, waarin de partnerbedrijven zitting hebben, komt drie keer "
              "per jaar bijeen en adviseert de routeleiding over de inhoud van het programma en de keuze "
              "van keuzedelen."),
        ("h2", "Artikel 4 Routeleiding"),
        ("box", [("h2", "Samenstelling en aanwijzing van de routeleiding"),
                 ("p", "De routeleiding bestaat uit de afdelingsleider techniek van de vmbo-afdeling, de "
                       "opleidingsmanager installatietechniek van de mbo-afdeling en een routeleider. De "
                       "routeleider wordt door het college van bestuur aangewezen op gezamenlijke voordracht "
                       "van de directeuren van beide afdelingen, voor een periode van vier jaar; "
                       "herbenoeming is eenmaal mogelijk.")], 3.6),
        ("p", "4.1 Het college van bestuur draagt de routeleiding op: het opstellen van het gezamenlijke "
              "PTA/OER, de jaarplanning en het rooster, de verdeling van de lessen over het docententeam, "
              "de toelating van leerlingen tot de route en de besteding van het routebudget."),
        ("p", "4.2 De routeleiding beslist zelfstandig binnen de begroting van de route. Besluiten over "
              "formatie, huisvesting en wijziging van deze regeling blijven aan het college van bestuur."),
        ("h2", "Artikel 5 Verantwoording aan het college van bestuur"),
        ("p", "5.1 De routeleiding legt drie keer per jaar, in oktober, februari en juni, verantwoording af "
              "in het managementgesprek met het college van bestuur, op basis van een schriftelijke "
              "voortgangsrapportage over leerlingaantallen, verzuim, studievoortgang, examenresultaten en "
              "financiën."),
        ("p", "5.2 Vóór 1 november levert de routeleiding een kwaliteitsrapportage over het afgelopen "
              "schooljaar aan, die onderdeel is van het jaarverslag van de stichting."),
        ("h2", "Artikel 6 Inrichting van het onderwijs"),
        ("p", "6.1 In routejaar 1 krijgen leerlingen drie dagen per week les op de locatie Nootdorp en twee "
              "dagen in de installatiehal van de locatie Pijnacker; vanaf routejaar 2 is het onderwijs "
              "grotendeels in Pijnacker en bij de leerbedrijven."),
        ("p", "6.2 Het onderwijsprogramma en de examinering per leerjaar liggen vast in één PTA/OER van de "
              "route, waarin staat welke onderdelen tot het vmbo en welke tot het mbo behoren. Het centraal "
              "examen vmbo wordt in routejaar 2 afgelegd."),
        ("p", "6.3 Eén docententeam van vier docenten uit beide afdelingen verzorgt de route. Voor de "
              "vakoverstijgende projecten 'Slim wonen' en 'Kas van de toekomst' wordt de teambevoegdheid "
              "toegepast; ieder teamlid blijft verantwoordelijk voor het onderdeel waarvoor hij bevoegd is. "
              "Docenten van beide afdelingen kunnen zonder detachering in de hele route worden ingezet."),
        ("box", [("h2", "Faciliteiten"),
                 ("p", "De route gebruikt het elektrotechnieklokaal van de locatie Nootdorp en de "
                       "installatiehal, het domoticalab en de examenwerkplekken van de locatie Pijnacker. "
                       "Leerlingen krijgen in routejaar 1 een eigen gereedschapskist en werkkleding.")], 2.3),
        ("h2", "Artikel 7 Overstap"),
        ("p", "7.1 Een leerling die de route niet kan of wil voortzetten, wordt niet zonder vervolg gelaten. "
              "De afdelingsleider techniek en de opleidingsmanager besluiten samen over het vervolg, na een "
              "gesprek met de leerling en zijn ouders en gelet op het bereikte niveau en de leeftijd van de "
              "leerling."),
        ("p", "7.2 Een leerling die in routejaar 1 of 2 uitstapt, gaat verder in de reguliere "
              "basisberoepsgerichte leerweg van de vmbo-afdeling, zo mogelijk in hetzelfde profiel."),
        ("p", "7.3 Een leerling die na routejaar 3 geen vmbo-diploma heeft, wordt pas ingeschreven voor de "
              "opleiding van artikel 2 of een andere opleiding van de mbo-afdeling wanneer hij alsnog het "
              "vmbo-diploma heeft behaald; tot dat moment doet hij het examenjaar van de vmbo-afdeling "
              "opnieuw. Een overstap naar een andere opleiding op niveau 2 van de mbo-afdeling staat open "
              "voor leerlingen die het vmbo-diploma hebben."),
        ("h2", "Artikel 8 Bekostiging"),
        ("p", "Tussen de vmbo-afdeling en de mbo-afdeling wordt geen bekostiging overgedragen in de zin van "
              "artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de route worden binnen de "
              "begroting van de stichting aan de route toegerekend."),
        ("h2", "Artikel 9 Klachten en medezeggenschap"),
        ("p", "De klachtenregeling van Oostland College geldt voor de hele route. Leerlingen, ouders en "
              "personeel hebben medezeggenschap via de deelraad van de afdeling waar de leerling staat "
              "ingeschreven."),
        ("h2", "Artikel 10 Slotbepalingen"),
        ("p", "10.1 Deze regeling treedt in werking op 1 augustus 2025 en kan worden aangehaald als "
              "Regeling DLR Elektrotechniek Oostland College."),
        ("p", "10.2 Het college van bestuur evalueert de regeling na twee schooljaren."),
        ("p", "Aldus vastgesteld door het college van bestuur op 17 juni 2025."),
        ("p", "drs. H.P. Koppelaar, voorzitter college van bestuur Stichting Oostland Onderwijs"),
    ]
    write_docx(path, B, font="Calibri", size=10.5, title="Interne regeling DLR Elektrotechniek",
               author="Oostland College")


# ---------------------------------------------------------------------------------------------- h421
def _wrap_txt(parts, width=92):
    """parts: list of (kind, text); kinds: 'center', 'h', 'p', 'toel', 'li', 'blank', 'rule'."""
    import textwrap
    out = []
    for kind, text in parts:
        if kind == "center":
            out.append(text.center(width).rstrip())
        elif kind == "rule":
            out.append("-" * width)
        elif kind == "blank":
            out.append("")
        elif kind == "h":
            out += ["", text, "=" * len(text) if text.isupper() else "-" * len(text)]
        elif kind == "p":
            out += textwrap.wrap(text, width, break_on_hyphens=False) + [""]
        elif kind == "li":
            out += textwrap.wrap(text, width, initial_indent="  - ", subsequent_indent="    ",
                                 break_on_hyphens=False)
        elif kind == "toel":
            out += textwrap.wrap("Toelichting: " + text, width - 8, initial_indent="        ",
                                 subsequent_indent="        ", break_on_hyphens=False) + [""]
        else:
            raise ValueError(kind)
    return "\n".join(out).rstrip() + "\n"


@sample(421, "h421_toelichting_per_artikel_gehandicaptenzorg_loon_op_zand", "txt",
        "Platte tekst met na elk artikel een ingesprongen Toelichting-alinea (TXT); Loon op Zand / "
        "Tilburg, vmbo Zorg en welzijn kader naar mbo-3 Begeleider gehandicaptenzorg; volledig, met "
        "overdracht van mbo naar vo met bedrag en bestemming en een routeklankbord voor medezeggenschap",
        {k: "present" for k in LETTERS},
        {"a": "Artikel 1. De route",
         "b": "Artikel 2. De zorgaanbieders",
         "c": "Artikel 3. Het kernteam",
         "d": "Artikel 4. Rekenschap",
         "e": "Artikel 5. Onderwijs, mensen en ruimtes",
         "f": "Artikel 6. Uitstappen en overstappen",
         "g": "Artikel 7. Geldstromen",
         "h": "Artikel 8. Inspraak",
         "i": "Artikel 9. Verschillen van inzicht",
         "j": "Artikel 11. Looptijd, wijziging en opzegging"})
def build_421(path):
    P = [
        ("center", "SAMENWERKINGSOVEREENKOMST"),
        ("center", "Doorlopende leerroute Zorg - Begeleiding gehandicaptenzorg"),
        ("center", "Duinvennen College (Kaatsheuvel) en ROC Tiliander (Tilburg)"),
        ("rule", ""),
        ("blank", ""),
        ("p", "Ondergetekenden:"),
        ("li", "de Stichting Katholiek Voortgezet Onderwijs Loon op Zand, gevestigd te Kaatsheuvel, "
               "bevoegd gezag van het Duinvennen College (vmbo), vertegenwoordigd door mevrouw "
               "M.C.A. van Gils, bestuurder, hierna: Duinvennen;"),
        ("li", "de Stichting Regionaal Opleidingencentrum Tiliander, gevestigd te Tilburg, "
               "vertegenwoordigd door de heer K. Bouzid, voorzitter van het college van bestuur, "
               "hierna: Tiliander."),
        ("blank", ""),
        ("p", "Leeswijzer. Na elk artikel volgt een toelichting. De toelichting geeft achtergrond en "
              "voorbeelden; bij verschil tussen artikel en toelichting gaat de tekst van het artikel voor."),
        ("h", "Artikel 1. De route"),
        ("p", "1.1 Duinvennen en Tiliander verzorgen samen een doorlopende leerroute vanaf het profiel Zorg "
              "en welzijn, kaderberoepsgerichte leerweg, naar de vakopleiding Begeleider "
              "gehandicaptenzorg, niveau 3, kwalificatiedossier Maatschappelijke zorg, opleidingsdomein "
              "Zorg en welzijn, beroepsopleidende leerweg."),
        ("p", "1.2 De route duurt vier jaar: twee jaar vo-fase (leerjaar 3 en 4 vmbo) en twee jaar "
              "mbo-fase. In het laatste jaar kan de student overstappen naar de beroepsbegeleidende "
              "leerweg als een zorgaanbieder hem een leerarbeidsovereenkomst aanbiedt."),
        ("toel", "In de regio Loon op Zand - Tilburg wonen en werken veel mensen met een verstandelijke "
                 "beperking. Leerlingen van het profiel Zorg en welzijn lopen hier graag stage, maar "
                 "stroomden tot nu toe vaak af naar een niveau 2-opleiding. De route biedt een "
                 "rechtstreekse weg naar niveau 3."),
        ("h", "Artikel 2. De zorgaanbieders"),
        ("p", "2.1 Zorggroep De Loonse Hoeve, Stichting Dagbesteding Het Vennenpad en Woonvorm De Moer "
              "werken als praktijkpartners aan de route mee."),
        ("p", "2.2 Zij bieden in de vo-fase een wekelijkse maatjesmiddag waarop leerlingen samen met een "
              "cliënt een activiteit uitvoeren, stellen vanaf routejaar 2 per cohort ten minste twaalf "
              "bpv-plaatsen beschikbaar, leveren begeleiders en ervaringsdeskundige cliënten als "
              "gastdocent en beoordelen de praktijkexamens mee."),
        ("p", "2.3 Twee keer per jaar komt een praktijkraad bijeen met de praktijkpartners en het "
              "kernteam; de praktijkraad geeft gevraagd en ongevraagd advies over de inhoud van het "
              "programma en de keuzedelen."),
        ("toel", "Praktijkpartners die bpv-plaatsen bieden, moeten door SBB erkend zijn. Voor de "
                 "maatjesmiddag vragen de zorgaanbieders een verklaring omtrent het gedrag; Duinvennen "
                 "betaalt de kosten daarvan."),
        ("h", "Artikel 3. Het kernteam"),
        ("p", "3.1 De aansturing van de route is in handen van een kernteam: de routecoördinator van "
              "Duinvennen, de onderwijsmanager Zorg & Welzijn van Tiliander en een praktijkcoördinator "
              "die de contacten met de zorgaanbieders onderhoudt."),
        ("p", "3.2 De leden worden voor drie jaar benoemd door de bestuurder van Duinvennen en het college "
              "van bestuur van Tiliander gezamenlijk, op voordracht van de schoolleider van Duinvennen en "
              "de directeur van het college Zorg & Welzijn."),
        ("p", "3.3 Het kernteam is belast met de jaarplanning, het rooster, de verdeling van de uren over "
              "het docententeam, de voorbereiding van het gezamenlijke PTA/OER, de toelating en plaatsing "
              "van leerlingen en het beheer van het routebudget. Het is bevoegd daarover zelfstandig te "
              "beslissen binnen het budget. Voor besluiten over personeel, investeringen boven EUR 10.000 "
              "en wijziging van deze overeenkomst is het bestuur van elke partij bevoegd."),
        ("toel", "Het kernteam is het gezicht van de route. Ouders en zorgaanbieders kunnen met alle "
                 "vragen bij de routecoördinator terecht."),
        ("h", "Artikel 4. Rekenschap"),
        ("p", "4.1 Het kernteam stelt elk kwartaal een dashboard op met leerlingaantallen, verzuim, "
              "voortgang en bpv-gegevens en zendt dat binnen drie weken na het kwartaal aan beide "
              "besturen."),
        ("p", "4.2 Vóór 15 juli van elk jaar legt het kernteam in een bestuurlijk overleg met beide "
              "besturen mondeling en schriftelijk verantwoording af over het afgelopen schooljaar, "
              "waaronder de besteding van het routebudget."),
        ("p", "4.3 Klachten van ernstige aard en calamiteiten meldt het kernteam onverwijld aan beide "
              "besturen."),
        ("toel", "Het dashboard wordt zo veel mogelijk gevuld uit de leerlingvolgsystemen van beide "
                 "partijen, zodat er geen dubbele administratie ontstaat."),
        ("h", "Artikel 5. Onderwijs, mensen en ruimtes"),
        ("p", "5.1 In de vo-fase is het onderwijs op het Duinvennen College; één dag per week zijn "
              "leerlingen in het skillslab van Tiliander in Waalwijk. In de mbo-fase is het onderwijs bij "
              "Tiliander en bij de praktijkpartners."),
        ("p", "5.2 Programma, examinering en beroepspraktijkvorming worden per leerjaar beschreven in een "
              "gezamenlijk PTA/OER, dat beide besturen jaarlijks vóór 1 oktober vaststellen."),
        ("p", "5.3 Het docententeam bestaat uit docenten zorg en welzijn, Nederlands en biologie van "
              "Duinvennen en docenten begeleiding en methodisch werken van Tiliander. Voor het "
              "vakoverstijgende onderdeel 'Ondersteunen bij dagelijks leven' in routejaar 1 en 2 wordt "
              "gewerkt met teambevoegdheid; ieder teamlid blijft verantwoordelijk voor wat hij bevoegd "
              "is te geven. Docenten van Tiliander worden in de vo-fase voor 0,3 fte aan Duinvennen "
              "uitgeleend."),
        ("p", "5.4 Tiliander stelt het skillslab (met woonkameropstelling, tillift en zorgbed) en de "
              "oefenruimte voor activiteitenbegeleiding beschikbaar; Duinvennen het verzorgingslokaal en "
              "de keuken. Het gebruik wordt niet verrekend."),
        ("p", "5.5 De leerling staat in de vo-fase ingeschreven bij Duinvennen en daarna bij Tiliander. "
              "Verzuim wordt gemeld door de partij waar de leerling staat ingeschreven. De "
              "klachtenregeling van elke partij geldt ook voor medewerkers van de andere partij."),
        ("toel", "De uitlening van docenten wordt vastgelegd in een aparte uitleenovereenkomst. Partijen "
                 "melden de route samen bij DUO."),
        ("h", "Artikel 6. Uitstappen en overstappen"),
        ("p", "6.1 Stopt een leerling met de route, dan zorgen partijen dat hij een vmbo- of mbo-diploma "
              "kan halen. Het kernteam voert binnen drie weken een gesprek met de leerling en zijn ouders; "
              "Duinvennen en Tiliander bepalen daarna gezamenlijk het vervolg, op basis van het bereikte "
              "niveau en de leeftijd van de leerling."),
        ("p", "6.2 Mogelijke vervolgen zijn in elk geval:"),
        ("li", "in de vo-fase: verder in de reguliere kaderberoepsgerichte leerweg Zorg en welzijn of een "
               "ander profiel van Duinvennen;"),
        ("li", "zonder vmbo-diploma na routejaar 3: verder in de opleiding Begeleider gehandicaptenzorg of "
               "instromen in de opleiding Helpende zorg en welzijn (niveau 2) of Pedagogisch medewerker "
               "kinderopvang (niveau 3) bij Tiliander, zonder dat vooropleidingseisen worden gesteld;"),
        ("li", "een andere richting of instelling: partijen begeleiden de leerling naar een passende "
               "opleiding op vergelijkbaar niveau en werken mee aan een geschiktheidsonderzoek."),
        ("blank", ""),
        ("toel", "Een uitgewerkte versie van deze mogelijkheden staat in de schoolgids van Duinvennen en de "
                 "studiegids van Tiliander."),
        ("h", "Artikel 7. Geldstromen"),
        ("p", "7.1 In de mbo-fase blijft Duinvennen lessen Nederlands en biologie verzorgen voor studenten "
              "die nog vmbo-examenonderdelen moeten afronden. Tiliander draagt daarvoor met toepassing "
              "van artikel 9.1.15 WEB per student in routejaar 3 een bedrag van EUR 600 over aan "
              "Duinvennen, te besteden aan de inzet van die docenten."),
        ("p", "7.2 Verder wordt geen bekostiging overgedragen."),
        ("toel", "Het bedrag wordt berekend op het aantal studenten op 1 oktober en vóór 1 februari betaald."),
        ("h", "Artikel 8. Inspraak"),
        ("p", "8.1 Partijen stellen een routeklankbord in, bestaande uit twee leerlingen, twee ouders, één "
              "lid van de medezeggenschapsraad van Duinvennen en één lid van de studentenraad van "
              "Tiliander. Het routeklankbord komt twee keer per jaar bijeen met het kernteam en brengt "
              "advies uit over de uitvoering van de route."),
        ("p", "8.2 Leerlingen in de vo-fase mogen de vergaderingen van de studentenraad van het college Zorg "
              "& Welzijn bijwonen en daar het woord voeren."),
        ("toel", "Verder gelden de gewone regels: de WMS voor Duinvennen en de WEB en WOR voor Tiliander."),
        ("h", "Artikel 9. Verschillen van inzicht"),
        ("p", "9.1 Een verschil van inzicht over de uitvoering van deze overeenkomst wordt eerst in het "
              "kernteam en daarna door de schoolleider en de directeur Zorg & Welzijn besproken. Lost dat "
              "het niet binnen een maand op, dan overleggen de besturen."),
        ("p", "9.2 Bereiken de besturen binnen zes weken geen overeenstemming, dan vragen zij een bindend "
              "advies aan een onafhankelijke jurist met kennis van het onderwijsrecht, die zij samen "
              "aanwijzen. Komen zij niet tot een keuze, dan wordt deze jurist aangewezen door de deken "
              "van de Orde van Advocaten Zeeland-West-Brabant."),
        ("toel", "Tijdens een geschil loopt het onderwijs aan de leerlingen door."),
        ("h", "Artikel 10. Nieuwe partners"),
        ("p", "10.1 Een andere vmbo-school met het profiel Zorg en welzijn of een andere mbo-instelling kan "
              "toetreden als beide partijen schriftelijk instemmen en de nieuwe partner de overeenkomst "
              "en het PTA/OER ongewijzigd aanvaardt. De toetreding gaat in per 1 augustus en wordt gemeld "
              "bij DUO."),
        ("toel", "Met name scholen uit Waalwijk en Dongen hebben belangstelling getoond."),
        ("h", "Artikel 11. Looptijd, wijziging en opzegging"),
        ("p", "11.1 De overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt daarna "
              "telkens met vier jaar verlengd, tenzij een partij uiterlijk 1 augustus van het laatste jaar "
              "schriftelijk opzegt."),
        ("p", "11.2 Tussentijds opzeggen kan alleen tegen het einde van een schooljaar, met een termijn van "
              "twaalf maanden. Na opzegging stromen geen nieuwe leerlingen meer in; leerlingen die al in "
              "de route zitten, maken die bij partijen af."),
        ("p", "11.3 Wijzigingen worden schriftelijk overeengekomen en door beide besturen ondertekend. "
              "Wijzigingen in het programma gelden voor nieuwe cohorten, tenzij het routeklankbord "
              "instemt met invoering voor zittende leerlingen."),
        ("toel", "Zo weten leerlingen bij de start welke route zij kunnen afmaken."),
        ("h", "Ondertekening"),
        ("p", "Kaatsheuvel, 2 juni 2025"),
        ("p", "Namens Duinvennen: M.C.A. van Gils, bestuurder ______________________"),
        ("p", "Namens Tiliander: K. Bouzid, voorzitter college van bestuur ______________________"),
    ]
    write_text(path, _wrap_txt(P))


# ---------------------------------------------------------------------------------------------- h422
@sample(422, "h422_zeer_kort_afsprakenlijst_verkoop_voorschoten", "md",
        "Zeer korte afsprakenlijst in Markdown; Voorschoten / Leiden, vmbo Economie en ondernemen basis "
        "naar mbo-2 Verkoopmedewerker (retail); verantwoording als invulregel met stippellijnen, "
        "geschillen alleen in onderling overleg, niets over geld",
        {"a": "present", "b": "present", "c": "present", "d": "weak", "e": "present",
         "f": "present", "g": "missing", "h": "not_applicable", "i": "weak", "j": "present"},
        {"a": "1. Welke route",
         "b": "2. De winkels",
         "c": "3. Routeteam",
         "e": "5. Onderwijs",
         "f": "6. Als het anders loopt",
         "j": "8. Nieuwe partners, wijzigen, stoppen"})
def build_422(path):
    T = """# Afsprakenlijst doorlopende leerroute Verkoop Voorschoten

**Samenwerkingsovereenkomst** tussen de *Stichting Openbaar Voortgezet Onderwijs Voorschoten-Wassenaar*,
bevoegd gezag van het Vlietland Vakcollege (Voorschoten), en de *Stichting ROC Leidse Vaart* (Leiden).
Versie 12 juni 2025, geldig vanaf 1 augustus 2025.

## 1. Welke route

Van het vmbo-profiel **Economie en ondernemen**, basisberoepsgerichte leerweg, naar de mbo-opleiding
**Verkoopmedewerker (niveau 2)**, kwalificatiedossier Retail, domein Handel en ondernemerschap, BOL.
Drie routejaren: twee in de vo-fase, één in de mbo-fase.

## 2. De winkels

Bakkerij Hoogeveen, Fietsenwinkel De Vliet en Drogisterij Van Rijn in het centrum van Voorschoten
doen mee. Zij bieden vanaf routejaar 1 één stagedag per week, geven elke periode een winkelopdracht
(etalage, voorraad, klantgesprek) en beoordelen het praktijkexamen mee. De Ondernemersvereniging
Voorschoten Centrum geeft één keer per jaar advies over het programma.

## 3. Routeteam

- Wie: de teamleider basis van het Vlietland, de opleidingscoördinator Retail van het ROC en één docent.
- Aangewezen door de twee directeuren samen, voor twee schooljaren.
- Mag: rooster en jaarplanning vaststellen, het gezamenlijke PTA/OER voorbereiden, stageplaatsen
  toewijzen en beslissen over toelating tot de route.
- Mag niet: personeel aannemen of deze afspraken veranderen (dat doen de besturen).

## 4. Verantwoording

Het routeteam legt verantwoording af aan beide besturen door middel van ………………………… (vorm),
………………… keer per jaar.

## 5. Onderwijs

- Vo-fase op het Vlietland, met elke week een dag in de oefenwinkel van het ROC in Leiden; mbo-fase bij het ROC.
- Programma en examens per leerjaar staan in één PTA/OER.
- Docenten: twee docenten E&O van het Vlietland en een docent retail van het ROC vormen één team; voor
  het onderdeel Winkelpraktijk werken zij met teambevoegdheid.
- Het ROC stelt de oefenwinkel en de kassasystemen beschikbaar, het Vlietland zijn praktijklokaal winkel.

## 6. Als het anders loopt

Stopt een leerling, dan kiezen het Vlietland en het ROC samen met leerling en ouders een vervolg
dat past bij zijn niveau en leeftijd: in de vo-fase verder in de gewone basisberoepsgerichte leerweg;
na de vo-fase zonder vmbo-diploma toch verder bij het ROC in deze of een andere niveau 2-opleiding,
zonder vooropleidingseisen; elders via een geschiktheidsonderzoek. Altijd met zicht op een diploma.

## 7. Geschillen

Partijen lossen meningsverschillen over deze afspraken in onderling overleg op.

## 8. Nieuwe partners, wijzigen, stoppen

- Een andere school of instelling kan meedoen als beide besturen schriftelijk instemmen; dit wordt bij DUO gemeld.
- Wijzigen gaat alleen schriftelijk, getekend door beide besturen, en geldt vanaf het volgende schooljaar.
- Opzeggen kan schriftelijk tegen 1 augustus, met een jaar opzegtermijn. Leerlingen die al in de route
  zitten, maken haar af.

---

Voorschoten, 12 juni 2025

| Stichting OVO Voorschoten-Wassenaar | Stichting ROC Leidse Vaart |
|---|---|
| R. el Khatib, bestuurder | drs. E.M. Roozendaal, voorzitter CvB |
"""
    write_text(path, T)


# ---------------------------------------------------------------------------------------------- h423
@sample(423, "h423_lang_drie_partijen_hoofdstukken_groen_buren", "pdf",
        "Lange juridische overeenkomst met drie partijen, inhoudsopgave, hoofdstukken, artikelen met "
        "leden en twee bijlagen (PDF); Buren / Rivierenland, vmbo Groen kader en basis naar mbo-3 "
        "Vakbekwaam dierverzorger en mbo-2 Hovenier; volledig, met overdracht in twee richtingen en een "
        "routeplatform medezeggenschap",
        {k: "present" for k in LETTERS},
        {"a": "Artikel 3 De routes",
         "b": "Artikel 4 Betrokkenheid van het beroepenveld",
         "c": "Artikel 9 De routeraad",
         "d": "Artikel 11 Informatie en verantwoording",
         "e": "Artikel 5 Onderwijskundige en organisatorische inrichting",
         "f": "Artikel 12 Overstapoptie",
         "g": "Artikel 13 Overdracht van bekostiging",
         "h": "Artikel 15 Medezeggenschap",
         "i": "Artikel 16 Geschillen",
         "j": "Artikel 21 Bescherming van leerlingen"})
def build_423(path):
    toc = [
        "Considerans",
        "Hoofdstuk 1 Algemeen – artikel 1 en 2",
        "Hoofdstuk 2 Inhoud en inrichting van de routes – artikel 3 tot en met 8",
        "Hoofdstuk 3 Leiding en verantwoording – artikel 9 tot en met 11",
        "Hoofdstuk 4 Overstapoptie – artikel 12",
        "Hoofdstuk 5 Financiën – artikel 13 en 14",
        "Hoofdstuk 6 Medezeggenschap – artikel 15",
        "Hoofdstuk 7 Geschillen – artikel 16",
        "Hoofdstuk 8 Toetreding, duur, wijziging en beëindiging – artikel 17 tot en met 21",
        "Hoofdstuk 9 Slotbepalingen – artikel 22 tot en met 24",
        "Bijlage 1 Routeschema per leerjaar",
        "Bijlage 2 Financiële afspraken",
    ]
    B = [
        ("title", "Samenwerkingsovereenkomst<br/>doorlopende leerroutes Groen Rivierenland-Noord"),
        ("subtitle", "Korenburg College Lienden · Vakcollege Maurik · Groenwaard mbo<br/>"
                     "Route Dier (vmbo kader – mbo niveau 3) en Route Tuin (vmbo basis – mbo niveau 2)"),
        ("sp", 0.6),
        ("h2", "Inhoud"),
    ] + [("li", t) for t in toc] + [
        ("pb",),
        ("h1", "De ondergetekenden"),
        ("p", "1. **Stichting Christelijk Voortgezet Onderwijs Rivierenland-Noord**, statutair gevestigd te "
              "Lienden, gemeente Buren, bevoegd gezag van het Korenburg College, school voor vmbo te Lienden, "
              "te dezen rechtsgeldig vertegenwoordigd door de heer drs. W. van Ommeren, voorzitter van het "
              "college van bestuur, hierna te noemen: **Korenburg**;"),
        ("p", "2. **Stichting Scholengroep Betuwe-Noord**, statutair gevestigd te Maurik, gemeente Buren, "
              "bevoegd gezag van het Vakcollege Maurik, school voor vmbo, te dezen rechtsgeldig "
              "vertegenwoordigd door mevrouw ing. C.J. Bongers, bestuurder, hierna te noemen: "
              "**Vakcollege Maurik**;"),
        ("p", "3. **Stichting Agrarisch Opleidingscentrum Groenwaard**, statutair gevestigd te Tiel, "
              "instelling voor beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door de heer "
              "dr. ir. P.H. Stavenuiter, voorzitter van het college van bestuur, hierna te noemen: "
              "**Groenwaard**;"),
        ("p", "Korenburg en Vakcollege Maurik hierna samen ook: de scholen; de ondergetekenden samen: "
              "partijen."),
        ("h1", "Considerans"),
        ("p", "Partijen nemen het volgende in aanmerking:"),
        ("li", "A. De scholen bieden in de bovenbouw van het vmbo het profiel Groen aan; Korenburg in de "
               "basis- en kaderberoepsgerichte leerweg, Vakcollege Maurik in de basisberoepsgerichte "
               "leerweg."),
        ("li", "B. Groenwaard verzorgt in Rivierenland groene beroepsopleidingen, waaronder de opleidingen "
               "Vakbekwaam dierverzorger en Hovenier."),
        ("li", "C. In de regio is grote vraag naar vakmensen in de dierverzorging en het hoveniersvak; "
               "bedrijven en de gemeente Buren willen daaraan bijdragen."),
        ("li", "D. Partijen willen met deze overeenkomst uitvoering geven aan artikel 2.107b van de Wet "
               "voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs."),
        ("p", "en komen het volgende overeen."),
        ("h1", "HOOFDSTUK 1 ALGEMEEN"),
        ("h2", "Artikel 1 Begripsbepalingen"),
        ("p", "In deze overeenkomst en de bijlagen wordt verstaan onder:"),
        ("li", "a. **routes**: de doorlopende leerroutes, bedoeld in artikel 3;"),
        ("li", "b. **vo-fase**: de eerste twee routejaren, waarin de leerling is ingeschreven bij een "
               "school;"),
        ("li", "c. **mbo-fase**: de routejaren na de vo-fase, waarin de leerling als student is "
               "ingeschreven bij Groenwaard;"),
        ("li", "d. **routeraad**: het orgaan bedoeld in artikel 9;"),
        ("li", "e. **routemanager**: de functionaris bedoeld in artikel 10;"),
        ("li", "f. **routeplan**: het gezamenlijke programma van toetsing en afsluiting en de "
               "onderwijs- en examenregeling van een route, per leerjaar;"),
        ("li", "g. **beroepenveldcommissie**: de commissie bedoeld in artikel 4, derde lid;"),
        ("li", "h. **routeplatform**: het overleg bedoeld in artikel 15, tweede lid."),
        ("h2", "Artikel 2 Doel en reikwijdte"),
        ("p", "1. Partijen verzorgen gezamenlijk de in artikel 3 omschreven doorlopende leerroutes vmbo-mbo "
              "en stellen daartoe hun kennis, personeel en voorzieningen ter beschikking volgens deze "
              "overeenkomst."),
        ("p", "2. Deze overeenkomst laat de eigen verantwoordelijkheid van elk bevoegd gezag voor het "
              "onderwijs, de examinering en de diplomering van de eigen leerlingen en studenten onverlet."),
        ("h1", "HOOFDSTUK 2 INHOUD EN INRICHTING VAN DE ROUTES"),
        ("h2", "Artikel 3 De routes"),
        ("p", "1. **Route Dier** loopt van het profiel Groen in de kaderberoepsgerichte leerweg, met "
              "keuzevakken gericht op de verzorging van gezelschaps- en landbouwhuisdieren, naar de "
              "vakopleiding Vakbekwaam dierverzorger (niveau 3), kwalificatiedossier Dierverzorging, "
              "opleidingsdomein Voedsel, natuur en leefomgeving, in de beroepsopleidende leerweg. De route "
              "omvat vier routejaren en wordt alleen door Korenburg met Groenwaard verzorgd."),
        ("p", "2. **Route Tuin** loopt van het profiel Groen in de basisberoepsgerichte leerweg naar de "
              "basisberoepsopleiding Hovenier (niveau 2), kwalificatiedossier Hovenier, opleidingsdomein "
              "Voedsel, natuur en leefomgeving, in de beroepsopleidende of beroepsbegeleidende leerweg. De "
              "route omvat drie routejaren en wordt door beide scholen met Groenwaard verzorgd."),
        ("p", "3. De leerling behaalt in elke route zowel het vmbo-diploma van de betrokken leerweg als het "
              "mbo-diploma. Het routeschema per leerjaar is opgenomen in bijlage 1."),
        ("p", "4. Per school en per route stromen jaarlijks ten hoogste vijftien leerlingen in. De "
              "routeraad kan dit aantal in overleg met de scholen verhogen als er voldoende "
              "bpv-plaatsen zijn."),
        ("h2", "Artikel 4 Betrokkenheid van het beroepenveld"),
        ("p", "1. Aan de routes zijn als vaste praktijkpartners verbonden: Dierenkliniek Lienden, "
              "Dierenpension Het Zoelense Bos, Kinderboerderij en Dierenopvang De Beusichemse Waard, "
              "Hoveniersbedrijf Van Lienden Groen, Tuinaanleg Rijnbanddijk B.V. en de afdeling Openbare "
              "Ruimte van de gemeente Buren."),
        ("p", "2. De praktijkpartners:"),
        ("li", "a. bieden in de vo-fase per periode een buitenlesdag op hun bedrijf of terrein;"),
        ("li", "b. stellen vanaf routejaar 2 plaatsen beschikbaar voor de beroepspraktijkvorming, voor "
               "zover zij door SBB zijn erkend als leerbedrijf;"),
        ("li", "c. leveren jaarlijks ten minste twee praktijkopdrachten per route, die de docenten samen "
               "met de opdrachtgever beoordelen;"),
        ("li", "d. verzorgen gastlessen over het vak en over ondernemerschap in de groene sector;"),
        ("li", "e. treden op als praktijkbeoordelaar bij de proeven van bekwaamheid in de mbo-fase."),
        ("p", "3. Er is een beroepenveldcommissie Groen Rivierenland, waarin de praktijkpartners en de "
              "regionale kring van de branchevereniging voor hoveniers en groenvoorzieners zitting "
              "hebben. De commissie vergadert ten minste tweemaal per jaar met de routemanager en brengt "
              "advies uit over de inhoud van de routeplannen, de keuzedelen en ontwikkelingen in het "
              "vak. De routeraad betrekt dit advies bij zijn voorstellen en laat de commissie weten wat "
              "ermee is gedaan."),
        ("p", "4. Met elk leerbedrijf wordt voor de beroepspraktijkvorming een praktijkovereenkomst "
              "gesloten volgens de gebruikelijke modellen van Groenwaard."),
        ("h2", "Artikel 5 Onderwijskundige en organisatorische inrichting"),
        ("p", "1. Partijen beschrijven voor elke route per leerjaar het onderwijsprogramma, de examinering "
              "en de beroepspraktijkvorming in een routeplan, waarin is aangegeven welke onderdelen tot "
              "het vmbo-programma, welke tot het mbo-programma en welke tot beide behoren. De besturen "
              "stellen het routeplan jaarlijks vóór 1 oktober vast op voorstel van de routeraad."),
        ("p", "2. In de vo-fase volgen leerlingen het onderwijs op hun eigen school en één dag per week op "
              "het praktijkcentrum De Waardhoeve van Groenwaard te Zoelen. In de mbo-fase wordt het "
              "onderwijs gegeven op de locatie Tiel van Groenwaard en bij de leerbedrijven."),
        ("p", "3. De inzet van personeel is geregeld in artikel 6."),
        ("p", "4. Groenwaard stelt op De Waardhoeve de dierenverblijven, de hovenierstuin, de "
              "machineloods met onder meer bosmaaiers en een minigraver, en de theorielokalen ter "
              "beschikking. Korenburg stelt zijn kas en praktijklokaal groen ter beschikking, Vakcollege "
              "Maurik zijn schooltuin. Het gebruik wordt in het jaarrooster vastgelegd; de partij die "
              "de voorziening gebruikt, is verantwoordelijk voor toezicht en voor schade die door eigen "
              "leerlingen wordt veroorzaakt."),
        ("p", "5. Het centraal examen vmbo wordt in routejaar 2 afgenomen. Mbo-examens kunnen vanaf "
              "routejaar 1 worden afgenomen. De examencommissie van elke partij blijft bevoegd voor de "
              "eigen examens; de school blijft verantwoordelijk voor het vmbo-examen van een oud-leerling "
              "die al bij Groenwaard is ingeschreven."),
        ("p", "6. Partijen houden zich aan de wettelijke normen voor onderwijstijd en studieduur; de "
              "verdeling over de leerjaren staat in het routeplan."),
        ("h2", "Artikel 6 Docententeam en teambevoegdheid"),
        ("p", "1. Elke route wordt verzorgd door één docententeam. Het team van Route Dier bestaat uit ten "
              "minste twee docenten groen van Korenburg en twee docenten dierverzorging van Groenwaard; "
              "het team van Route Tuin uit ten minste één docent groen van elke school en twee "
              "instructeurs hovenier van Groenwaard."),
        ("p", "2. Voor de vakoverstijgende projecten 'Dier en omgeving' en 'Tuin van de toekomst' in de "
              "vo-fase wordt de teambevoegdheid toegepast. Het team dekt samen alle betrokken vakken en "
              "programmaonderdelen af; elk teamlid is verantwoordelijk voor het onderdeel waarvoor hij "
              "bevoegd of bekwaam is."),
        ("p", "3. Docenten en instructeurs van Groenwaard die in de vo-fase lesgeven, worden op basis van "
              "een detacheringsovereenkomst aan de scholen ter beschikking gesteld. Elke partij blijft "
              "werkgever van haar eigen personeel."),
        ("p", "4. Partijen organiseren jaarlijks een gezamenlijke studiedag voor de docententeams."),
        ("h2", "Artikel 7 Leerlingzaken"),
        ("p", "1. In de vo-fase staat de leerling ingeschreven bij de school, in de mbo-fase bij "
              "Groenwaard. Verzuim wordt gemeld door de partij waar de leerling staat ingeschreven."),
        ("p", "2. De ondersteuning van leerlingen volgt het ondersteuningsprofiel van de partij waar de "
              "leerling staat ingeschreven; bij de overgang naar de mbo-fase vindt een warme overdracht "
              "plaats."),
        ("p", "3. De klachtenregeling van elke partij is mede van toepassing op gedragingen van het bestuur "
              "en het personeel van de andere partijen in het kader van de routes. De voorzitter van de "
              "klachtencommissie is niet werkzaam bij de andere partijen."),
        ("h2", "Artikel 8 Melding"),
        ("p", "Partijen melden de routes gezamenlijk aan de minister; elke school registreert iedere route "
              "waaraan zij deelneemt in RIO vóór de start van het eerste cohort."),
        ("h1", "HOOFDSTUK 3 LEIDING EN VERANTWOORDING"),
        ("h2", "Artikel 9 De routeraad"),
        ("p", "1. De leiding over de routes berust bij de routeraad. De routeraad bestaat uit de "
              "afdelingsleider groen van Korenburg, de afdelingsleider van Vakcollege Maurik en de "
              "onderwijsmanager Groen van Groenwaard. De routemanager woont de vergaderingen bij met een "
              "adviserende stem."),
        ("p", "2. Elk bestuur wijst het lid namens zijn school of instelling aan en kan die aanwijzing "
              "intrekken. De besturen wijzen gezamenlijk een van de leden aan als voorzitter, voor een "
              "periode van twee schooljaren."),
        ("p", "3. De besturen dragen aan de routeraad op:"),
        ("li", "a. het opstellen van het jaarplan en de begroting van de routes;"),
        ("li", "b. het voorbereiden van het routeplan, bedoeld in artikel 5, eerste lid;"),
        ("li", "c. het vaststellen van het jaarrooster en de verdeling van de inzet van de docententeams;"),
        ("li", "d. het beslissen over toelating tot en plaatsing in de routes;"),
        ("li", "e. het beheer van het routebudget binnen de goedgekeurde begroting;"),
        ("li", "f. het voorbereiden van overstapadviezen, bedoeld in artikel 12."),
        ("p", "4. De routeraad besluit bij meerderheid; besluiten over toelating en over het routeplan "
              "worden met algemene stemmen genomen. De routeraad is niet bevoegd tot het aangaan van "
              "arbeidsovereenkomsten, het doen van uitgaven buiten de begroting of het wijzigen van "
              "deze overeenkomst."),
        ("h2", "Artikel 10 De routemanager"),
        ("p", "1. Groenwaard stelt een routemanager aan voor 0,5 fte, na instemming van de routeraad met de "
              "kandidaat."),
        ("p", "2. De routemanager is belast met de dagelijkse coördinatie, het contact met de "
              "praktijkpartners en de beroepenveldcommissie en de voorbereiding van de vergaderingen van "
              "de routeraad. Hij legt verantwoording af aan de voorzitter van de routeraad."),
        ("h2", "Artikel 11 Informatie en verantwoording"),
        ("p", "1. De routeraad legt het jaarplan en de begroting voor het komende schooljaar vóór 1 juli ter "
              "goedkeuring voor aan de drie besturen."),
        ("p", "2. De routeraad brengt vóór 1 november een jaarverslag uit aan de drie besturen over het "
              "afgelopen schooljaar. Het jaarverslag bevat in elk geval de in-, door- en uitstroom per "
              "route en per school, de examenresultaten, het aantal overstappen, de klachten, de "
              "adviezen van de beroepenveldcommissie en een verantwoording van de besteding van de "
              "overgedragen middelen."),
        ("p", "3. In februari ontvangen de besturen een beknopte tussenrapportage over het eerste "
              "semester."),
        ("p", "4. Het jaarverslag wordt in november besproken in een besturenoverleg waaraan de routeraad "
              "deelneemt. De besturen kunnen de routeraad daar opdrachten geven."),
        ("p", "5. Elk bestuur kan de routeraad op ieder moment om inlichtingen vragen; de routeraad "
              "verstrekt die binnen tien werkdagen."),
        ("h1", "HOOFDSTUK 4 OVERSTAPOPTIE"),
        ("h2", "Artikel 12 Overstapoptie"),
        ("p", "1. Wordt de deelname van een leerling aan een route beëindigd voordat hij die met succes "
              "heeft afgerond, of wordt hij afgewezen voor het eindexamen vmbo, dan stellen partijen hem in "
              "staat een vmbo-diploma of een mbo-diploma te behalen dat past bij het bereikte "
              "onderwijsniveau en zijn leeftijd."),
        ("p", "2. De betrokken school en Groenwaard stellen het vervolg vast op basis van hun gezamenlijk "
              "oordeel. De routemanager bereidt binnen vier weken een overstapadvies voor, na een gesprek "
              "met de leerling en zijn ouders; de wensen van de leerling wegen daarbij zwaar."),
        ("p", "3. Partijen bieden daarbij ten minste de volgende mogelijkheden:"),
        ("li", "a. in de vo-fase: voortzetting in de reguliere basis- of kaderberoepsgerichte leerweg in "
               "het profiel Groen of een ander profiel, op de eigen school of op de andere school;"),
        ("li", "b. een overstap van Route Dier naar Route Tuin of andersom, als het bereikte niveau en de "
               "leerweg dat toelaten;"),
        ("li", "c. heeft de leerling aan het eind van routejaar 3 het vmbo-diploma niet behaald: "
               "voortzetting bij Groenwaard in de eigen opleiding of instroom in een andere opleiding "
               "op hetzelfde of een lager niveau, zoals Medewerker dierverzorging (niveau 2) of "
               "Medewerker groene ruimte (niveau 2); vooropleidingseisen zijn daarbij niet van "
               "toepassing; de school biedt daarnaast de mogelijkheid het vmbo-examen opnieuw af te "
               "leggen;"),
        ("li", "d. blijkt het niveau 3 van Route Dier te hoog: overstap naar een opleiding op niveau 2 bij "
               "Groenwaard;"),
        ("li", "e. kiest de leerling een andere richting of een andere instelling: begeleiding naar een "
               "opleiding op vergelijkbaar niveau; bij een andere instelling stellen partijen de "
               "gegevens beschikbaar voor het geschiktheidsonderzoek en zorgen zij voor een warme "
               "overdracht."),
        ("p", "4. Dit artikel is niet van toepassing bij definitieve verwijdering van de leerling."),
        ("p", "5. De scholen nemen een beschrijving van de werkwijze op in hun schoolgids; Groenwaard in de "
              "studiegids."),
        ("h1", "HOOFDSTUK 5 FINANCIËN"),
        ("h2", "Artikel 13 Overdracht van bekostiging"),
        ("p", "1. Elke school draagt voor iedere leerling in de vo-fase met toepassing van artikel 5.42a "
              "WVO 2020 per routejaar een bedrag over aan Groenwaard van € 1.400 voor Route Dier en "
              "€ 1.250 voor Route Tuin. Deze middelen zijn bestemd voor de inzet van docenten en "
              "instructeurs van Groenwaard in de vo-fase, het gebruik en onderhoud van De Waardhoeve en "
              "de verbruiksmaterialen, waaronder diervoeding en plantmateriaal."),
        ("p", "2. Groenwaard draagt met toepassing van artikel 9.1.15 WEB voor iedere student van Route Dier "
              "in routejaar 3 die nog onderdelen van het vmbo-examen moet afronden een bedrag van € 350 "
              "over aan Korenburg, bestemd voor examenbegeleiding en herkansingen."),
        ("p", "3. De bedragen worden berekend op het aantal leerlingen op 1 oktober en jaarlijks vóór "
              "1 maart betaald. De bedragen worden jaarlijks geïndexeerd met de loon- en prijsbijstelling "
              "van de rijksbijdrage. Een overzicht staat in bijlage 2."),
        ("p", "4. De besteding van de overgedragen middelen wordt verantwoord in het jaarverslag, bedoeld "
              "in artikel 11, tweede lid."),
        ("h2", "Artikel 14 Overige kosten en aansprakelijkheid"),
        ("p", "1. Kosten die niet in artikel 13 zijn geregeld, komen voor rekening van de partij die ze "
              "maakt."),
        ("p", "2. Elke partij is verzekerd voor wettelijke aansprakelijkheid, ook voor activiteiten van "
              "haar leerlingen en personeel op locaties van de andere partijen."),
        ("h1", "HOOFDSTUK 6 MEDEZEGGENSCHAP"),
        ("h2", "Artikel 15 Medezeggenschap"),
        ("p", "1. Op de medezeggenschap in de scholen is de Wet medezeggenschap op scholen van toepassing; "
              "op die bij Groenwaard de Wet educatie en beroepsonderwijs en de Wet op de "
              "ondernemingsraden."),
        ("p", "2. Daarnaast richten partijen een routeplatform in, bestaande uit één ouder of leerling uit "
              "de medezeggenschapsraad van elke school en twee leden van de studentenraad van Groenwaard. "
              "Het routeplatform komt ten minste tweemaal per jaar bijeen met de routeraad en heeft het "
              "recht advies uit te brengen over het jaarplan en over voorgenomen wijzigingen van deze "
              "overeenkomst. De routeraad reageert binnen vier weken gemotiveerd op een advies."),
        ("p", "3. Leerlingen in de vo-fase kunnen de vergaderingen van de studentenraad van Groenwaard als "
              "toehoorder met spreekrecht bijwonen."),
        ("h1", "HOOFDSTUK 7 GESCHILLEN"),
        ("h2", "Artikel 16 Geschillen"),
        ("p", "1. Van een geschil is sprake als een partij dit schriftelijk aan de andere partijen "
              "meldt."),
        ("p", "2. De routeraad probeert het geschil binnen drie weken op te lossen. Lukt dat niet, dan "
              "overleggen de besturen binnen vier weken daarna."),
        ("p", "3. Leidt het besturenoverleg niet tot een oplossing, dan schakelen partijen een "
              "gezamenlijk gekozen mediator in. Is het geschil drie maanden na de start van de mediation "
              "niet opgelost, dan kan elke partij het voorleggen aan de bevoegde rechter van de rechtbank "
              "Gelderland."),
        ("p", "4. Tijdens een geschil blijven partijen hun verplichtingen jegens de leerlingen nakomen."),
        ("h1", "HOOFDSTUK 8 TOETREDING, DUUR, WIJZIGING EN BEËINDIGING"),
        ("h2", "Artikel 17 Toetreding"),
        ("p", "1. Een andere school voor vmbo die het profiel Groen aanbiedt, of een andere instelling voor "
              "beroepsonderwijs, kan partij worden als zij daarom schriftelijk verzoekt, alle partijen "
              "schriftelijk instemmen en zij deze overeenkomst en de geldende routeplannen aanvaardt."),
        ("p", "2. De toetreding wordt vastgelegd in een addendum dat door alle partijen wordt ondertekend en "
              "gaat in op 1 augustus. De toetredende partij en de betrokken partijen melden de deelname "
              "in RIO."),
        ("h2", "Artikel 18 Duur en opzegging"),
        ("p", "1. Deze overeenkomst gaat in op 1 augustus 2025 en is aangegaan voor onbepaalde tijd."),
        ("p", "2. Elke partij kan de overeenkomst schriftelijk en gemotiveerd opzeggen tegen 1 augustus, met "
              "een opzegtermijn van twaalf maanden. Na opzegging door een van de partijen blijft de "
              "overeenkomst tussen de overige partijen van kracht, als er ten minste één school en "
              "Groenwaard overblijven."),
        ("h2", "Artikel 19 Ontbinding"),
        ("p", "Een partij kan de overeenkomst ontbinden als een andere partij ernstig tekortschiet en dat "
              "niet binnen twee maanden na een schriftelijke ingebrekestelling herstelt, of als de "
              "andere partij het profiel Groen of de betrokken opleiding niet meer mag verzorgen."),
        ("h2", "Artikel 20 Wijziging"),
        ("p", "1. Deze overeenkomst kan alleen worden gewijzigd bij een schriftelijk addendum dat door alle "
              "partijen is ondertekend, nadat het routeplatform advies heeft kunnen uitbrengen."),
        ("p", "2. Voorstellen tot wijziging worden via de routeraad aan de besturen voorgelegd."),
        ("h2", "Artikel 21 Bescherming van leerlingen"),
        ("p", "1. Bij toetreding, opzegging, ontbinding en wijziging beperken partijen de gevolgen voor de "
              "leerlingen en studenten zoveel mogelijk."),
        ("p", "2. Na opzegging of ontbinding worden bij de betrokken partij geen nieuwe leerlingen meer "
              "toegelaten. Leerlingen die op dat moment al in een route zijn ingestroomd, ronden die af; "
              "de uittredende partij blijft daartoe haar verplichtingen nakomen totdat de laatste van "
              "hen de route heeft afgerond of volgens artikel 12 een andere plek heeft gekregen."),
        ("p", "3. Een wijziging van het programma geldt niet tijdens een lopend schooljaar en geldt voor "
              "zittende leerlingen alleen als zij daarvan geen nadeel ondervinden."),
        ("p", "4. Leerlingen en ouders worden binnen twee weken na een besluit tot opzegging of ontbinding "
              "schriftelijk geïnformeerd over de gevolgen voor hen."),
        ("h1", "HOOFDSTUK 9 SLOTBEPALINGEN"),
        ("h2", "Artikel 22 Gegevensuitwisseling"),
        ("p", "Partijen wisselen leerlinggegevens uit voor zover nodig voor de uitvoering van de routes en "
              "leggen de afspraken daarover vast in een gegevensdelingsovereenkomst."),
        ("h2", "Artikel 23 Toepasselijk recht"),
        ("p", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("h2", "Artikel 24 Bijlagen"),
        ("p", "De bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de "
              "overeenkomst voor."),
        ("h1", "Ondertekening"),
        ("p", "Aldus overeengekomen en in drievoud ondertekend te Lienden op 19 juni 2025."),
        ("table", [["Stichting Christelijk Voortgezet Onderwijs Rivierenland-Noord",
                    "Stichting Scholengroep Betuwe-Noord",
                    "Stichting Agrarisch Opleidingscentrum Groenwaard"],
                   ["<br/><br/>drs. W. van Ommeren<br/>voorzitter college van bestuur",
                    "<br/><br/>ing. C.J. Bongers<br/>bestuurder",
                    "<br/><br/>dr. ir. P.H. Stavenuiter<br/>voorzitter college van bestuur"]],
         [5.4, 5.4, 5.6], False),
        ("pb",),
        ("h1", "Bijlage 1 Routeschema per leerjaar"),
        ("table", [["Routejaar", "Route Dier (kader – niveau 3)", "Route Tuin (basis – niveau 2)"],
                   ["1 (leerjaar 3 vmbo)", "Profielvakken Groen op Korenburg; één dag per week dierverzorging "
                    "op De Waardhoeve; project 'Dier en omgeving'; schoolexamens vmbo.",
                    "Profielvakken Groen op de eigen school; één dag per week hovenierstuin op De Waardhoeve; "
                    "project 'Tuin van de toekomst'; schoolexamens vmbo."],
                   ["2 (leerjaar 4 vmbo)", "Centraal examen vmbo; eerste mbo-onderdelen dierverzorging; "
                    "oriënterende bpv van vier weken.",
                    "Centraal examen vmbo; eerste beroepstaken hovenier; bpv twee dagen per week in het "
                    "voorjaar."],
                   ["3", "Mbo-fase op de locatie Tiel; bpv bij dierenkliniek, pension of opvang; "
                    "keuzedelen.", "Mbo-fase; bpv of BBL bij een hoveniersbedrijf; proeve van bekwaamheid; "
                    "diploma Hovenier."],
                   ["4", "Verdieping, proeven van bekwaamheid en diploma Vakbekwaam dierverzorger.", "–"]],
         [3.0, 6.7, 6.7], True),
        ("h1", "Bijlage 2 Financiële afspraken"),
        ("table", [["Stroom", "Van – naar", "Omvang", "Bestemming", "Moment"],
                   ["Route Dier, vo-fase", "Korenburg – Groenwaard", "€ 1.400 per leerling per routejaar",
                    "Docenten en instructeurs Groenwaard, De Waardhoeve, verbruiksmaterialen",
                    "Vóór 1 maart"],
                   ["Route Tuin, vo-fase", "Korenburg en Vakcollege Maurik – Groenwaard",
                    "€ 1.250 per leerling per routejaar",
                    "Docenten en instructeurs Groenwaard, De Waardhoeve, verbruiksmaterialen",
                    "Vóór 1 maart"],
                   ["Route Dier, routejaar 3", "Groenwaard – Korenburg",
                    "€ 350 per student met openstaande vmbo-onderdelen",
                    "Examenbegeleiding en herkansingen vmbo", "Vóór 1 maart"]],
         [2.8, 3.3, 3.2, 4.6, 2.5], True),
    ]
    write_pdf(path, B, font="Helvetica", title="Samenwerkingsovereenkomst DLR Groen Rivierenland-Noord",
              footer="Samenwerkingsovereenkomst doorlopende leerroutes Groen Rivierenland-Noord",
              base_size=9.5, heading_color="#2e5e1e")


# ---------------------------------------------------------------------------------------------- h424
@sample(424, "h424_hoofdovereenkomst_routebijlage_managementassistent_meerlanden", "docx",
        "Hoofdovereenkomst met een routebijlage en Word-tabellen (DOCX); Haarlemmermeer, vmbo Economie "
        "en ondernemen gemengde leerweg naar mbo-4 Managementassistent (zakelijke dienstverlening); "
        "bedrijfsleven alleen in de considerans, overstap uitgesteld naar een later protocol, "
        "opzegging zonder bescherming van leerlingen",
        {"a": "present", "b": "missing", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "present", "i": "present", "j": "weak"},
        {"a": "A.1 Routegegevens",
         "c": "Artikel 3 Routedirectie",
         "d": "Artikel 4 Rapportage en verantwoording",
         "e": "A.2 Inrichting van het onderwijs",
         "g": "Artikel 5 Financiële bepalingen",
         "h": "Artikel 6 Medezeggenschap",
         "i": "Artikel 7 Geschillenregeling"})
def build_424(path):
    B = [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Business & Office"),
        ("subtitle", "Hoofdovereenkomst met routebijlage A – Meerwijck College en ROC Amstel-Meer"),
        ("h1", "Hoofdovereenkomst"),
        ("p", "**Partijen**"),
        ("p", "1. Stichting Openbaar Voortgezet Onderwijs Haarlemmermeer, gevestigd te Hoofddorp, bevoegd "
              "gezag van het Meerwijck College (vmbo gemengde en theoretische leerweg), vertegenwoordigd "
              "door de heer A. Rahimi MSc, voorzitter van het college van bestuur, hierna: **OVO "
              "Haarlemmermeer**;"),
        ("p", "2. Stichting Regionaal Opleidingencentrum Amstel-Meer, gevestigd te Amstelveen, "
              "vertegenwoordigd door mevrouw mr. L.J. Westerbeek, lid van het college van bestuur, "
              "hierna: **ROC Amstel-Meer**."),
        ("p", "**Overwegende dat**"),
        ("li", "het regionale bedrijfsleven, waaronder de luchthaven, de logistiek en de zakelijke "
               "dienstverlening in de Meerlanden, grote behoefte heeft aan goed opgeleide "
               "managementassistenten en partijen het bedrijfsleven nauw bij de route willen betrekken;"),
        ("li", "partijen sinds 2023 samenwerken in een keuzevak 'Office' voor leerlingen van het Meerwijck "
               "College;"),
        ("li", "partijen een doorlopende leerroute vmbo-mbo willen verzorgen als bedoeld in artikel 2.107a "
               "van de Wet voortgezet onderwijs 2020;"),
        ("p", "**komen het volgende overeen.**"),
        ("h2", "Artikel 1 Definities"),
        ("p", "In deze overeenkomst wordt verstaan onder route: de doorlopende leerroute beschreven in "
              "routebijlage A; vo-fase: routejaar 1 en 2; mbo-fase: routejaar 3 en 4; routedirectie: de "
              "leiding bedoeld in artikel 3."),
        ("h2", "Artikel 2 Onderwerp"),
        ("p", "2.1 Partijen verzorgen gezamenlijk de route. De gegevens van de route en de inrichting van "
              "het onderwijs staan in routebijlage A, die deel uitmaakt van deze overeenkomst."),
        ("p", "2.2 Partijen melden de route gezamenlijk in RIO vóór 1 oktober 2025."),
        ("h2", "Artikel 3 Routedirectie"),
        ("p", "3.1 De route wordt geleid door een routedirectie van twee personen: de teamleider "
              "gemengde en theoretische leerweg van het Meerwijck College en de teamleider Business & "
              "Office van ROC Amstel-Meer."),
        ("p", "3.2 Elk college van bestuur wijst het lid van zijn organisatie aan en meldt dat schriftelijk "
              "aan de andere partij. Bij vervanging geldt hetzelfde."),
        ("p", "3.3 Aan de routedirectie zijn opgedragen: het vaststellen van de jaarplanning en het "
              "rooster, het opstellen van het gezamenlijke PTA/OER ter vaststelling door de colleges van "
              "bestuur, de inzet van de docenten binnen de formatie die elke partij beschikbaar stelt, de "
              "toelating van leerlingen tot de route en het beheer van het activiteitenbudget van "
              "€ 6.000 per schooljaar."),
        ("p", "3.4 De routedirectie neemt besluiten in gezamenlijkheid. Zij is niet bevoegd "
              "verplichtingen aan te gaan buiten het activiteitenbudget of namens partijen "
              "overeenkomsten te sluiten."),
        ("h2", "Artikel 4 Rapportage en verantwoording"),
        ("p", "4.1 De routedirectie rapporteert elk kwartaal schriftelijk aan beide colleges van bestuur "
              "over instroom, aanwezigheid, studievoortgang en de besteding van het activiteitenbudget."),
        ("p", "4.2 Jaarlijks vóór 1 november legt de routedirectie in een gezamenlijk bestuurlijk overleg "
              "verantwoording af over het afgelopen schooljaar aan de hand van een evaluatieverslag met "
              "de examenresultaten en de in-, door- en uitstroomcijfers."),
        ("h2", "Artikel 5 Financiële bepalingen"),
        ("p", "5.1 Partijen dragen geen bekostiging aan elkaar over als bedoeld in artikel 5.42a WVO 2020 of "
              "artikel 9.1.15 WEB."),
        ("p", "5.2 Elke partij draagt de kosten van haar eigen personeel en voorzieningen. Het "
              "activiteitenbudget wordt door beide partijen voor de helft gedragen."),
        ("h2", "Artikel 6 Medezeggenschap"),
        ("p", "6.1 De routedirectie legt het jaarlijkse activiteitenplan van de route ter advisering voor "
              "aan de medezeggenschapsraad van het Meerwijck College en aan de studentenraad van ROC "
              "Amstel-Meer."),
        ("p", "6.2 Leerlingen in de vo-fase worden in de studentenraad van ROC Amstel-Meer vertegenwoordigd "
              "door één waarnemer, die zij jaarlijks uit hun midden kiezen."),
        ("h2", "Artikel 7 Geschillenregeling"),
        ("p", "7.1 Een geschil over de uitvoering van deze overeenkomst wordt eerst voorgelegd aan de "
              "routedirectie en vervolgens aan de colleges van bestuur."),
        ("p", "7.2 Komen de colleges van bestuur binnen zes weken niet tot overeenstemming, dan vragen zij "
              "een onafhankelijke bemiddelaar, door hen samen aan te wijzen, om te bemiddelen. Blijft het "
              "geschil daarna bestaan, dan is uitsluitend de bevoegde rechter in het arrondissement "
              "Noord-Holland bevoegd."),
        ("h2", "Artikel 8 Toetreding"),
        ("p", "Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze overeenkomst "
              "toetreden als zij de route in dezelfde opzet wil aanbieden en beide partijen daarmee "
              "schriftelijk instemmen. De toetreding wordt vastgelegd in een door alle partijen "
              "ondertekende aanvulling en gemeld in RIO."),
        ("h2", "Artikel 9 Duur, opzegging en wijziging"),
        ("p", "9.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("p", "9.2 Elke partij kan de overeenkomst bij aangetekende brief opzeggen met een opzegtermijn "
              "van zes maanden."),
        ("p", "9.3 Wijzigingen van deze overeenkomst en van routebijlage A zijn alleen geldig als zij "
              "schriftelijk zijn vastgelegd en door beide partijen zijn ondertekend."),
        ("h2", "Artikel 10 Ondertekening"),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Hoofddorp op 10 juni 2025."),
        ("table", [["OVO Haarlemmermeer", "ROC Amstel-Meer"],
                   ["<br/>A. Rahimi MSc, voorzitter college van bestuur",
                    "<br/>mr. L.J. Westerbeek, lid college van bestuur"]], None, False),
        ("pb",),
        ("h1", "Routebijlage A – Managementassistent"),
        ("h2", "A.1 Routegegevens"),
        ("table", [["Onderdeel", "Afspraak"],
                   ["Vmbo-profiel", "Economie en ondernemen"],
                   ["Leerweg", "Gemengde leerweg"],
                   ["Mbo-opleiding", "Managementassistent, niveau 4 (middenkaderopleiding)"],
                   ["Opleidingsdomein", "Economie en administratie; kwalificatiedossier Secretariële beroepen"],
                   ["Leerweg mbo", "Beroepsopleidende leerweg"],
                   ["Duur", "Vier routejaren: twee jaar vo-fase, twee jaar mbo-fase"],
                   ["Instroom", "Ten hoogste twintig leerlingen per jaar, eerste cohort 2025-2026"]],
         [4.5, 11.5], True),
        ("h2", "A.2 Inrichting van het onderwijs"),
        ("table", [["Onderwerp", "Afspraak"],
                   ["Locaties", "Vo-fase in het Meerwijck College, Hoofddorp, met elke donderdag les in het "
                    "ROC-gebouw aan het Stationsplein in Hoofddorp; mbo-fase in het ROC-gebouw."],
                   ["Programma", "Onderwijsprogramma en examinering per leerjaar staan in één PTA/OER, dat "
                    "beide colleges van bestuur jaarlijks vóór 1 oktober vaststellen. Het centraal examen "
                    "vmbo valt in routejaar 2."],
                   ["Personeel", "Het team bestaat uit drie docenten economie, Nederlands en Engels van "
                    "het Meerwijck College en twee docenten office management van ROC Amstel-Meer. Voor "
                    "het vakoverstijgende onderdeel 'Office in de praktijk' wordt teambevoegdheid "
                    "toegepast; elk teamlid blijft verantwoordelijk voor het onderdeel waarvoor hij "
                    "bevoegd is. Lesuren worden over en weer uitgeruild; elke partij blijft werkgever."],
                   ["Faciliteiten", "ROC Amstel-Meer stelt zijn oefenkantoor met receptie, "
                    "vergaderruimte en kantoorsoftware beschikbaar; het Meerwijck College zijn "
                    "computerlokalen en de mediatheek."],
                   ["Klachten", "De klachtenregeling van elke partij geldt ook voor medewerkers van de "
                    "andere partij binnen de route."]],
         [4.5, 11.5], True),
        ("h2", "A.3 Overstap"),
        ("p", "Voor leerlingen die de route voortijdig verlaten, stellen partijen vóór 1 januari 2026 "
              "gezamenlijk een overstapprotocol op. Tot die tijd wordt per geval bekeken wat mogelijk is. "
              "Uitgangspunt is dat geen leerling tussen wal en schip valt."),
        ("h2", "A.4 Contactpersonen"),
        ("table", [["Partij", "Contactpersoon", "Functie"],
                   ["Meerwijck College", "mevrouw S. de Boer", "teamleider gl/tl"],
                   ["ROC Amstel-Meer", "de heer T. Kramer", "teamleider Business & Office"]],
         [4.5, 5.5, 6.0], True),
    ]
    write_docx(path, B, font="Cambria", size=10.5, title="SOK DLR Business & Office",
               author="ROC Amstel-Meer juridische zaken", heading_color="7B2C2C")


# === END OF SAMPLES ===


def expected(spec):
    return {"description": spec["description"], "split": "heldout",
            "statuses": {k: spec["statuses"][k] for k in LETTERS},
            "evidence": dict(spec["evidence"])}


def out_path(spec):
    return os.path.join(HERE, spec["name"] + "." + spec["ext"])


def build(nums):
    for n in nums:
        spec = SAMPLES[n]
        spec["build"](out_path(spec))
        with open(os.path.join(HERE, spec["name"] + ".expected.json"), "w", encoding="utf-8",
                  newline="\n") as f:
            f.write(json.dumps(expected(spec), ensure_ascii=False, indent=2) + "\n")
        print("built", os.path.basename(out_path(spec)))


def check(nums):
    ok = True
    for n in nums:
        spec = SAMPLES[n]
        p = out_path(spec)
        errs = []
        if not os.path.exists(p):
            errs.append("missing file")
        else:
            size = os.path.getsize(p)
            if size >= 200 * 1024:
                errs.append("too large: %d bytes" % size)
            try:
                text = norm(extract_text(p))
            except Exception as e:  # noqa: BLE001
                errs.append("does not open: %r" % (e,))
                text = ""
            if len(text) < 500:
                errs.append("too little text (%d chars)" % len(text))
            for k, v in spec["evidence"].items():
                if spec["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(v) not in text:
                    errs.append("evidence %s not found: %r" % (k, v))
        ej = os.path.join(HERE, spec["name"] + ".expected.json")
        try:
            with open(ej, encoding="utf-8") as f:
                got = json.load(f)
            if got != expected(spec):
                errs.append("expected.json differs from the table")
        except Exception as e:  # noqa: BLE001
            errs.append("expected.json unreadable: %r" % (e,))
        print(("OK   " if not errs else "FAIL ") + spec["name"] + "." + spec["ext"]
              + ("" if not errs else "\n     " + "\n     ".join(errs)))
        ok = ok and not errs
    return ok


def _num(a):
    """Accept the full number (417) or its last two digits (17)."""
    n = int(a.lstrip("hH"))
    if n not in SAMPLES and 400 + n in SAMPLES:
        n += 400
    if n not in SAMPLES:
        sys.exit("unknown sample number: %s (have %s)" % (a, ", ".join(map(str, sorted(SAMPLES)))))
    return n


def main(argv):
    if argv and argv[0] == "--check":
        nums = [_num(a) for a in argv[1:]] or sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = [_num(a) for a in argv] or sorted(SAMPLES)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
