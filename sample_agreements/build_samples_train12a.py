#!/usr/bin/env python3
"""Training samples 173-180 for leerroute-check (batch 12a).

Written by an independent author session from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only -- without looking at the checker code, its models or tests, or at
the texts and build scripts of the other samples. All schools, instellingen, companies and people
are made up.

Focus of this batch: four agreements that are fully compliant with every core element in the
author's own words, and four with one to three subtle defects (a leiding without any appointment
rule while other bodies are appointed; a bekostiging transfer with an amount but no purpose;
medezeggenschap as a placeholder or a mere "kunnen"; toetreding/opzegging without protection of
running pupils; an overstap with alternatives but nobody who decides).

Usage:
    python3 build_samples_train12a.py            # build all eight samples
    python3 build_samples_train12a.py 173 176    # build only these numbers
    python3 build_samples_train12a.py --check    # open every produced file and verify it
"""

import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = []  # list of dicts: num, name, fmt, src, opts, expected


def sample(num, name, fmt, src, description, statuses, evidence, **opts):
    assert 173 <= num <= 180
    assert name.startswith(str(num) + "_")
    SAMPLES.append(dict(num=num, name=name, fmt=fmt, src=src, opts=opts, expected={
        "description": description,
        "split": "train",
        "statuses": statuses,
        "evidence": evidence,
    }))


def st(s):
    """'p p w ...' -> statuses dict a..j."""
    codes = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10, s
    return {k: codes[v] for k, v in zip("abcdefghij", parts)}


# ---------------------------------------------------------------------------------------------
# A tiny block markup used for PDF and DOCX samples.
#   blocks are separated by blank lines; a block may start with a tag:
#   @T title, @ST subtitle, @H1/@H2/@H3 headings, @B bold paragraph, @I italic paragraph,
#   @SM small paragraph, @C centred paragraph, @L bullet list ("- " per line),
#   @IND indented paragraph, @TAB table (" | " separated, first row is the header),
#   @SIG signature table (" | " separated, no borders), @PB page break.
#   Inline: **bold** and //italic//.
# ---------------------------------------------------------------------------------------------

TAGS = ("T", "ST", "H1", "H2", "H3", "B", "I", "SM", "C", "L", "IND", "TAB", "SIG", "PB")


def parse(src):
    blocks = []
    for raw in re.split(r"\n[ \t]*\n", src.strip("\n")):
        raw = raw.strip("\n")
        if not raw.strip():
            continue
        tag = "P"
        m = re.match(r"^@([A-Z0-9]+)(?:[ \t]+|\n|$)", raw)
        if m and m.group(1) in TAGS:
            tag = m.group(1)
            raw = raw[m.end():]
        lines = [l.strip() for l in raw.split("\n")]
        if tag in ("L",):
            items = []
            for l in lines:
                if l.startswith("- "):
                    items.append(l[2:].strip())
                elif items:
                    items[-1] += " " + l
            blocks.append((tag, items))
        elif tag in ("TAB", "SIG"):
            rows = [[c.strip() for c in re.split(r"\s*\|\s*", l)] for l in lines if l]
            blocks.append((tag, rows))
        elif tag == "PB":
            blocks.append((tag, None))
        else:
            blocks.append((tag, " ".join(l for l in lines if l)))
    return blocks


def inline_runs(text):
    """Split text into (segment, bold, italic) runs."""
    runs = []
    pos = 0
    for m in re.finditer(r"\*\*(.+?)\*\*|//(.+?)//", text):
        if m.start() > pos:
            runs.append((text[pos:m.start()], False, False))
        if m.group(1) is not None:
            runs.append((m.group(1), True, False))
        else:
            runs.append((m.group(2), False, True))
        pos = m.end()
    if pos < len(text):
        runs.append((text[pos:], False, False))
    return runs


def plain(text):
    return "".join(r[0] for r in inline_runs(text))


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------

def build_pdf(path, src, opts):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, ListFlowable, ListItem)
    from xml.sax.saxutils import escape

    font = opts.get("font", "Helvetica")
    fb = {"Helvetica": "Helvetica-Bold", "Times": "Times-Bold"}[font]
    fi = {"Helvetica": "Helvetica-Oblique", "Times": "Times-Italic"}[font]
    fr = {"Helvetica": "Helvetica", "Times": "Times-Roman"}[font]
    size = opts.get("size", 10)
    lead = size * 1.35
    just = TA_JUSTIFY if opts.get("justify") else TA_LEFT
    hcol = colors.HexColor(opts.get("hcolor", "#000000"))
    S = {
        "T": ParagraphStyle("T", fontName=fb, fontSize=size + 7, leading=size + 11,
                            alignment=TA_CENTER if opts.get("center_title", True) else TA_LEFT,
                            spaceAfter=4, textColor=hcol),
        "ST": ParagraphStyle("ST", fontName=fr, fontSize=size + 2, leading=size + 5,
                             alignment=TA_CENTER if opts.get("center_title", True) else TA_LEFT,
                             spaceAfter=8),
        "H1": ParagraphStyle("H1", fontName=fb, fontSize=size + 2, leading=size + 5,
                             spaceBefore=9, spaceAfter=3, textColor=hcol, keepWithNext=1),
        "H2": ParagraphStyle("H2", fontName=fb, fontSize=size + 0.5, leading=size + 3,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "H3": ParagraphStyle("H3", fontName=fi, fontSize=size, leading=lead,
                             spaceBefore=4, spaceAfter=1, keepWithNext=1),
        "P": ParagraphStyle("P", fontName=fr, fontSize=size, leading=lead, spaceAfter=4,
                            alignment=just),
        "B": ParagraphStyle("B", fontName=fb, fontSize=size, leading=lead, spaceAfter=3),
        "I": ParagraphStyle("I", fontName=fi, fontSize=size - 0.5, leading=lead - 0.5,
                            spaceAfter=5, leftIndent=12, textColor=colors.HexColor("#333333"),
                            alignment=just),
        "SM": ParagraphStyle("SM", fontName=fr, fontSize=size - 2, leading=size, spaceAfter=4,
                             textColor=colors.HexColor("#444444")),
        "C": ParagraphStyle("C", fontName=fr, fontSize=size, leading=lead, spaceAfter=4,
                            alignment=TA_CENTER),
        "IND": ParagraphStyle("IND", fontName=fr, fontSize=size, leading=lead, spaceAfter=3,
                              leftIndent=22, firstLineIndent=-16, alignment=just),
        "CELL": ParagraphStyle("CELL", fontName=fr, fontSize=size - 1, leading=size + 1.5),
        "CELLH": ParagraphStyle("CELLH", fontName=fb, fontSize=size - 1, leading=size + 1.5),
    }

    def rich(text):
        out = []
        for seg, b, i in inline_runs(text):
            seg = escape(seg)
            if b:
                seg = "<b>%s</b>" % seg
            if i:
                seg = "<i>%s</i>" % seg
            out.append(seg)
        return "".join(out)

    story = []
    for tag, content in parse(src):
        if tag == "PB":
            story.append(PageBreak())
        elif tag == "L":
            items = [ListItem(Paragraph(rich(t), S["P"]), leftIndent=14) for t in content]
            story.append(ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=14,
                                      bulletFontName=fr, bulletFontSize=size))
        elif tag in ("TAB", "SIG"):
            ncol = max(len(r) for r in content)
            data = []
            for ri, row in enumerate(content):
                row = row + [""] * (ncol - len(row))
                sty = S["CELLH"] if (tag == "TAB" and ri == 0) else S["CELL"]
                data.append([Paragraph(rich(c), sty) for c in row])
            width = A4[0] - 2 * opts.get("margin", 22) * mm
            cw = opts.get("colwidths", {}).get(ncol)
            colw = [width * f for f in cw] if cw else [width / ncol] * ncol
            t = Table(data, colWidths=colw, repeatRows=1 if tag == "TAB" else 0)
            if tag == "TAB":
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]))
            else:
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("TOPPADDING", (0, 0), (-1, -1), 6)]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(rich(content), S[tag]))

    footer = opts.get("footer")

    def on_page(canvas, doc):
        if footer:
            canvas.saveState()
            canvas.setFont(fr, size - 2)
            canvas.drawString(opts.get("margin", 22) * mm, 12 * mm, footer)
            canvas.drawRightString(A4[0] - opts.get("margin", 22) * mm, 12 * mm,
                                   "pagina %d" % doc.page)
            canvas.restoreState()

    m = opts.get("margin", 22) * mm
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=opts.get("title", ""),
                            author=opts.get("author", ""), subject="", creator="",
                            invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------

def build_docx(path, src, opts):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, Cm, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = d.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(opts.get("size", 10.5))
    heading_mode = opts.get("headings", "styles")  # "styles" or "direct"
    hcolor = opts.get("hcolor")

    def add_runs(p, text, bold=None, italic=None, size=None):
        for seg, b, i in inline_runs(text):
            r = p.add_run(seg)
            if bold or b:
                r.bold = True
            if italic or i:
                r.italic = True
            if size:
                r.font.size = Pt(size)
        return p

    for tag, content in parse(src):
        if tag == "PB":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif tag == "T":
            if heading_mode == "styles":
                p = d.add_paragraph(style="Title")
                add_runs(p, content)
            else:
                p = d.add_paragraph()
                add_runs(p, content, bold=True, size=opts.get("size", 10.5) + 6)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "ST":
            p = d.add_paragraph()
            add_runs(p, content, size=opts.get("size", 10.5) + 1.5)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag in ("H1", "H2", "H3"):
            lvl = int(tag[1])
            if heading_mode == "styles":
                p = d.add_paragraph(style="Heading %d" % lvl)
                add_runs(p, content)
                if hcolor:
                    for r in p.runs:
                        r.font.color.rgb = RGBColor.from_string(hcolor)
            else:
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(10 if lvl == 1 else 6)
                p.paragraph_format.keep_with_next = True
                add_runs(p, content, bold=True,
                         size=opts.get("size", 10.5) + (2 if lvl == 1 else 0.5))
        elif tag == "B":
            add_runs(d.add_paragraph(), content, bold=True)
        elif tag == "I":
            p = add_runs(d.add_paragraph(), content, italic=True)
            p.paragraph_format.left_indent = Cm(0.6)
        elif tag == "SM":
            add_runs(d.add_paragraph(), content, size=opts.get("size", 10.5) - 2)
        elif tag == "C":
            p = add_runs(d.add_paragraph(), content)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "IND":
            p = add_runs(d.add_paragraph(), content)
            p.paragraph_format.left_indent = Cm(0.9)
            p.paragraph_format.first_line_indent = Cm(-0.6)
        elif tag == "L":
            for item in content:
                add_runs(d.add_paragraph(style="List Bullet"), item)
        elif tag in ("TAB", "SIG"):
            ncol = max(len(r) for r in content)
            t = d.add_table(rows=0, cols=ncol)
            if tag == "TAB":
                t.style = d.styles["Table Grid"]
            for ri, row in enumerate(content):
                cells = t.add_row().cells
                for ci in range(ncol):
                    txt = row[ci] if ci < len(row) else ""
                    par = cells[ci].paragraphs[0]
                    add_runs(par, txt, bold=(tag == "TAB" and ri == 0))
            d.add_paragraph()
        else:
            add_runs(d.add_paragraph(), content)

    cp = d.core_properties
    cp.author = opts.get("author", "")
    cp.last_modified_by = opts.get("author", "")
    cp.title = opts.get("title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    write_fixed_zip(path, buf.getvalue())


def write_fixed_zip(path, data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------------------------
# Text extraction for --check
# ---------------------------------------------------------------------------------------------

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
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = []
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            paras.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
        txt = "\n".join(paras)
        return (txt.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", '"').replace("&apos;", "'"))
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


# =============================================================================================
# THE AGREEMENTS
# =============================================================================================

# ---------------------------------------------------------------------------------------------
# 173 - bestuursjurist van een schoolbestuur, artikelen met cursieve toelichting (PDF)
#       Zuid-Limburg (Parkstad), zorg. Defects: the routeraad has samenstelling and taken/
#       bevoegdheden but nobody says who appoints it (the werkveldcommissie and the
#       geschillencommissie ARE appointed); toetreding, opzegging, ontbinding and wijziging are
#       all there but nothing protects running pupils.
# ---------------------------------------------------------------------------------------------

S173 = r"""
@SM Kenmerk BJ/2025/017 - opgesteld door mr. L.M.J. Houben, bestuursjurist Stichting Voortgezet Onderwijs Parkstad-Zuid - versie 1.4 na bestuurlijke afstemming, 19 mei 2025

@T SAMENWERKINGSOVEREENKOMST

@ST doorlopende leerroute vmbo-mbo Zorg en welzijn (kaderberoepsgerichte leerweg) - Verzorgende-IG (niveau 3)

@I Leeswijzer van de opsteller. Onder de meeste artikelen is cursief een korte toelichting opgenomen. De toelichting maakt geen deel uit van de overeenkomst en dient uitsluitend ter uitleg van de gekozen formulering aan de besturen en de medezeggenschap.

@B DE ONDERGETEKENDEN:

@IND 1. de stichting **Stichting Voortgezet Onderwijs Parkstad-Zuid**, statutair gevestigd te Heerlen, ingeschreven in het handelsregister onder nummer 41078823, bevoegd gezag van het Carboon College, vmbo-locatie Kerkrade, ten deze rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, drs. M.A.G. Kleijnen, hierna te noemen: "de school";

@IND 2. de stichting **Stichting Regionaal Opleidingencentrum Mergelland**, statutair gevestigd te Heerlen, ingeschreven in het handelsregister onder nummer 41079145, bevoegd gezag van ROC Mergelland, ten deze rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mw. ir. C.J.M. Hermans-Dautzenberg, hierna te noemen: "de instelling";

hierna gezamenlijk ook te noemen: "partijen";

@B OVERWEGENDE DAT:

@IND a. partijen met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende leerroute vmbo-mbo wensen te verzorgen als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.2 van de Wet educatie en beroepsonderwijs (WEB);

@IND b. artikel 2.107b WVO 2020 en artikel 9.1.3 WEB daarvoor een samenwerkingsovereenkomst met een wettelijk bepaalde minimuminhoud vereisen;

@IND c. in Parkstad Limburg een aanhoudend tekort bestaat aan verzorgenden in de ouderenzorg en de wijkverpleging en partijen met deze route jongeren eerder en beter op dat werk willen voorbereiden;

@B KOMEN OVEREEN ALS VOLGT:

@H1 Artikel 1. Begripsbepalingen

1.1 In deze overeenkomst wordt verstaan onder:

@IND a. route: de doorlopende leerroute, bedoeld in artikel 2;

@IND b. vo-fase: het eerste en het tweede leerjaar van de route, die samenvallen met het derde en het vierde leerjaar van de kaderberoepsgerichte leerweg van de school;

@IND c. mbo-fase: het derde en de volgende leerjaren van de route;

@IND d. deelnemer: een leerling of student die aan de route deelneemt;

@IND e. besturen: de colleges van bestuur van partijen;

@IND f. routeraad: het orgaan, bedoeld in artikel 4.

@I Toelichting. De begrippen sluiten aan bij de terminologie van de WVO 2020 en de WEB. Waar de overeenkomst "leerling" zegt, gaat het om de vo-fase; waar zij "student" zegt, om de mbo-fase.

@H1 Artikel 2. Voorwerp van de overeenkomst

2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Zorg en welzijn, van de school, en die leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het diploma van de vakopleiding Verzorgende-IG (niveau 3, opleidingsdomein Zorg en welzijn, beroepsopleidende leerweg) van de instelling.

2.2 De route duurt vier jaar. Het centraal examen vmbo wordt afgelegd in het tweede leerjaar van de route; de mbo-fase omvat twee studiejaren.

2.3 In de vo-fase volgen de deelnemers het keuzevak "Mens en gezondheid" en de eerste onderdelen van de kwalificatie Verzorgende-IG, waaronder het keuzedeel "Palliatieve zorg".

@I Toelichting. Er is bewust gekozen voor één kwalificatie. Een tweede route (bijvoorbeeld Maatschappelijke zorg) vraagt een afzonderlijke melding en, zo nodig, een aanvulling op deze overeenkomst.

@H1 Artikel 3. Melding, inschrijving en examinering

3.1 Partijen melden de route gezamenlijk aan de Minister van Onderwijs, Cultuur en Wetenschap door registratie in het Registratie Instellingen en Opleidingen (RIO), uiterlijk op 1 oktober 2025.

3.2 Deelnemers staan in de vo-fase ingeschreven bij de school en in de mbo-fase bij de instelling. Een deelnemer die bij de aanvang van de mbo-fase het vmbo-diploma nog niet heeft behaald, blijft voor de afronding daarvan tevens bij de school bekend.

3.3 De school is verantwoordelijk voor de examinering en diplomering vmbo, ook wanneer de deelnemer reeds bij de instelling is ingeschreven. De instelling is verantwoordelijk voor de examinering en diplomering mbo, met inbegrip van de beroepspraktijkvorming.

@H1 Artikel 4. De routeraad

4.1 De leiding over de route berust bij een routeraad.

4.2 De routeraad telt vier leden. Twee leden zijn werkzaam bij de school, onder wie de afdelingsleider kaderberoepsgerichte leerweg; twee leden zijn werkzaam bij de instelling, onder wie de opleidingsmanager Verzorging. Het voorzitterschap rouleert per schooljaar tussen een lid van de zijde van de school en een lid van de zijde van de instelling.

4.3 Aan de routeraad zijn door de besturen opgedragen:

@IND a. de dagelijkse aansturing en de samenhang van het onderwijs in beide fasen;

@IND b. het jaarlijks opstellen van het routeprogramma en de toetsplanning per leerjaar, binnen de kaders van het programma van toetsing en afsluiting (PTA) en de onderwijs- en examenregeling (OER);

@IND c. de verdeling van de lessen over de docenten van het docententeam, bedoeld in artikel 6.3;

@IND d. de plaatsing van deelnemers bij leerbedrijven;

@IND e. de voorbereiding van de besluiten, bedoeld in artikel 8.3.

4.4 De routeraad beslist zelfstandig over de onderwerpen genoemd in artikel 4.3 en over uitgaven ten laste van het routebudget tot een bedrag van € 5.000 per schooljaar. Besluiten over de omvang van de formatie, over investeringen en over wijziging van deze overeenkomst blijven aan de besturen voorbehouden.

4.5 De routeraad besluit bij consensus. Komt hij over een onderwerp niet tot overeenstemming, dan legt de voorzitter het onderwerp binnen twee weken aan de besturen voor.

@I Toelichting. De routeraad is bewust klein gehouden: vier leden, gelijk verdeeld over beide partijen. Het mandaat is beperkt tot de uitvoering; alles wat de rechtspositie van personeel of de begroting raakt, blijft bij de besturen.

@H1 Artikel 5. Informatie en rekenschap

5.1 De routeraad verschaft de besturen gevraagd en ongevraagd alle inlichtingen die zij voor de uitoefening van hun taak redelijkerwijs nodig hebben.

5.2 De routeraad legt jaarlijks, uiterlijk op 1 november, over het voorafgaande schooljaar rekenschap af door middel van een schriftelijk verslag aan beide besturen. Het verslag gaat ten minste in op instroom, doorstroom, uitval en overstap, de examenresultaten, de besteding van de middelen bedoeld in artikel 9 en de bevindingen uit de kwaliteitszorg.

5.3 In maart brengt de routeraad een beknopte tussenrapportage uit over de lopende cohorten. Verslag en tussenrapportage worden besproken in het bestuurlijk overleg dat de besturen ten minste tweemaal per jaar houden.

@H1 Artikel 6. Inrichting van het onderwijs

6.1 Het onderwijs in de vo-fase wordt gegeven in het gebouw van de school te Kerkrade. In het tweede leerjaar van de route volgen de deelnemers één dag per week onderwijs in het zorglab van de instelling te Heerlen. Het onderwijs in de mbo-fase wordt gegeven door de instelling te Heerlen en bij leerbedrijven.

6.2 Het onderwijsprogramma en de examinering per leerjaar liggen vast in een gezamenlijk PTA/OER, dat jaarlijks uiterlijk op 1 juli door beide besturen wordt vastgesteld. Daarin is per programmaonderdeel aangegeven of het tot het vo-deel, het mbo-deel of beide behoort.

6.3 De docenten die partijen voor de route inzetten, vormen één docententeam. Partijen maken gebruik van de teambevoegdheid, bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, voor het vakoverstijgende programmaonderdeel "Zorg in de praktijk" in het tweede leerjaar van de route. De instelling zet in de vo-fase ten minste 0,4 fte docent verpleegkunde in; de school zet in het eerste jaar van de mbo-fase ten minste 0,1 fte docent Nederlands in voor deelnemers die het vmbo-diploma nog moeten behalen. Iedere docent blijft in dienst van de eigen werkgever.

6.4 De school stelt haar praktijklokaal zorg (met verpleegbed, tilliften en een oefenkeuken) beschikbaar; de instelling stelt haar zorglab en simulatieruimte beschikbaar, met de daarbij behorende verbruiksmaterialen. Deelnemers krijgen vanaf het begin van de route een account voor de digitale leeromgeving van de instelling. Het gebruik geschiedt volgens het rooster dat de routeraad vaststelt.

6.5 De klachtenregeling van ieder van partijen is mede van toepassing op gedragingen in het kader van de route van het bestuur en het personeel van de andere partij. Een klacht die bij de school binnenkomt en die een medewerker van de instelling betreft, wordt binnen vijf werkdagen aan de instelling doorgeleid, en omgekeerd.

6.6 Het verzuim wordt in de vo-fase door de school en in de mbo-fase door de instelling geregistreerd en gemeld.

@H1 Artikel 7. Betrokkenheid van het werkveld

7.1 Partijen stellen een werkveldcommissie Zorg Parkstad in, bestaande uit vijf vertegenwoordigers van zorgaanbieders in de regio, onder wie in elk geval een vertegenwoordiger van Zorgcentrum Beekdal, van Stichting Thuiszorg Parkstad-Oost en van Verpleeghuis Op de Heugden.

7.2 De leden van de werkveldcommissie worden op voordracht van de routeraad door de besturen gezamenlijk benoemd voor een termijn van twee schooljaren. Herbenoeming is eenmaal mogelijk.

7.3 De werkveldcommissie adviseert ten minste eenmaal per jaar over het routeprogramma. De aangesloten zorgaanbieders verzorgen ten minste vier gastlessen per leerjaar, bieden in het eerste leerjaar van de route snuffelstages en vanaf het tweede leerjaar plaatsen voor beroepspraktijkvorming aan, en hun praktijkopleiders beoordelen mee bij de proeven van bekwaamheid.

7.4 De werkveldcommissie vergadert ten minste tweemaal per schooljaar met de routeraad.

@I Toelichting. De benoeming door beide besturen gezamenlijk waarborgt dat de commissie niet als orgaan van één partij wordt gezien.

@H1 Artikel 8. Overstapregeling

8.1 Een deelnemer die de route voortijdig verlaat, wordt door partijen in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij het door hem bereikte onderwijsniveau en zijn leeftijd.

8.2 Als alternatief komen in elk geval in aanmerking:

@IND a. in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg van de school, in het profiel Zorg en welzijn of in een ander profiel, dan wel in de basisberoepsgerichte leerweg, gericht op het behalen van het vmbo-diploma;

@IND b. indien het vmbo-diploma aan het einde van het tweede leerjaar van de route niet is behaald: herkansing of doubleren bij de school met behoud van de reeds behaalde mbo-onderdelen, dan wel instroom in de opleiding Helpende Zorg en welzijn (niveau 2) of voortzetting van de opleiding Verzorgende-IG bij de instelling, zonder dat de vooropleidingseisen in de weg staan (artikel 9.1.14 WEB);

@IND c. in de mbo-fase: overstap naar een andere opleiding op niveau 2 of 3 binnen de instelling, zoals Medewerker maatschappelijke zorg of Helpende Zorg en welzijn, of naar een opleiding bij een andere instelling na een geschiktheidsonderzoek.

8.3 De afdelingsleider van de school en de opleidingsmanager van de instelling besluiten gezamenlijk welk alternatief de deelnemer wordt geboden, op basis van het bereikte onderwijsniveau en de leeftijd, en nadat zij de deelnemer en diens ouders hebben gehoord.

8.4 De nadere werkwijze wordt opgenomen in de schoolgids van de school en in de studiegids van de instelling.

@H1 Artikel 9. Overdracht van bekostiging

9.1 Met toepassing van artikel 5.42a WVO 2020 draagt de school voor iedere deelnemer die op 1 oktober in het tweede leerjaar van de route bij haar staat ingeschreven een bedrag van € 1.240 over aan de instelling.

9.2 Het bedrag is bestemd voor de inzet van docenten van de instelling in de vo-fase, bedoeld in artikel 6.3, en voor het gebruik van het zorglab en de verbruiksmaterialen, bedoeld in artikel 6.4.

9.3 De instelling factureert het bedrag na 1 oktober; de school betaalt uiterlijk op 1 maart daaraanvolgend. Overige kosten komen voor rekening van de partij die ze maakt.

@H1 Artikel 10. Medezeggenschap

10.1 Onverminderd de Wet medezeggenschap op scholen, de WEB en de Wet op de ondernemingsraden komen partijen het volgende overeen.

10.2 De deelnemers in de vo-fase kiezen jaarlijks uit hun midden een vertegenwoordiger, die de vergaderingen van de studentenraad van de instelling met spreekrecht bijwoont wanneer de route aan de orde is.

10.3 De medezeggenschapsraad van de school en de studentenraad van de instelling worden jaarlijks in een gezamenlijke bijeenkomst geïnformeerd over het verslag, bedoeld in artikel 5.2, en brengen daarover desgewenst een gezamenlijk advies uit aan de besturen.

@H1 Artikel 11. Beslechting van geschillen

11.1 Van een geschil is sprake zodra een partij dit schriftelijk aan de andere partij heeft laten weten.

11.2 De voorzitters van de besturen treden binnen vier weken na die mededeling met elkaar in overleg.

11.3 Is het geschil zes weken na de mededeling niet opgelost, dan kan iedere partij het voorleggen aan een geschillencommissie van drie leden. Ieder bestuur benoemt binnen twee weken één lid; de beide aldus benoemde leden benoemen samen een voorzitter die niet bij een van partijen werkzaam is of is geweest.

11.4 De geschillencommissie doet binnen acht weken uitspraak bij wege van bindend advies. De kosten worden door partijen gelijk gedragen.

@I Toelichting. Voor bindend advies is gekozen omdat een gang naar de rechter tussen twee publiek bekostigde partners onevenredig zwaar is.

@H1 Artikel 12. Toetreding

12.1 Een ander bevoegd gezag van een school voor voorbereidend beroepsonderwijs of van een instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien:

@IND a. het het profiel Zorg en welzijn in de kaderberoepsgerichte leerweg respectievelijk de opleiding Verzorgende-IG verzorgt;

@IND b. alle partijen daarmee schriftelijk instemmen; en

@IND c. het een toetredingsverklaring ondertekent waarin het zich aan deze overeenkomst bindt.

12.2 De toetreding werkt vanaf de datum van ondertekening van de toetredingsverklaring. De toetredende partij verzorgt tezamen met de andere partijen de melding in RIO.

@H1 Artikel 13. Duur, wijziging en beëindiging

13.1 Deze overeenkomst wordt aangegaan voor onbepaalde tijd en treedt in werking op 1 augustus 2025.

13.2 Iedere partij kan de overeenkomst bij aangetekende brief opzeggen met inachtneming van een opzegtermijn van zes maanden.

13.3 Iedere partij kan de overeenkomst met onmiddellijke ingang ontbinden indien de andere partij tekortschiet in de nakoming van een wezenlijke verplichting en dat tekortschieten niet binnen dertig dagen na een schriftelijke ingebrekestelling heeft hersteld, of indien de andere partij de bekostiging voor het betrokken onderwijs verliest.

13.4 Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door beide besturen ondertekende overeenkomst. De routeraad kan de besturen voorstellen tot wijziging doen.

13.5 Partijen evalueren deze overeenkomst eenmaal per drie jaar, voor het eerst in het voorjaar van 2028.

@I Toelichting. Gekozen is voor een overzichtelijke regeling: een vaste opzegtermijn en een ontbindingsmogelijkheid bij wezenlijke tekortkomingen.

@H1 Artikel 14. Slotbepalingen

14.1 Op deze overeenkomst is Nederlands recht van toepassing.

14.2 Indien een bepaling nietig blijkt, blijven de overige bepalingen van kracht en vervangen partijen de nietige bepaling door een bepaling die zoveel mogelijk aansluit bij de strekking ervan.

14.3 Opschriften van artikelen dienen uitsluitend de leesbaarheid.

Aldus overeengekomen en in tweevoud ondertekend te Heerlen op 2 juni 2025.

@SIG
Stichting Voortgezet Onderwijs Parkstad-Zuid | Stichting Regionaal Opleidingencentrum Mergelland
 | 
__________________________ | __________________________
drs. M.A.G. Kleijnen, voorzitter college van bestuur | mw. ir. C.J.M. Hermans-Dautzenberg, voorzitter college van bestuur
"""

sample(
    173, "173_bestuursjurist_toelichting_zuid_limburg_zorg", "pdf", S173,
    "School board's jurist (bestuursjurist) drafts formal 'Artikel N.' articles with leden and an "
    "italic non-binding 'Toelichting' under most articles; Times, justified. Zuid-Limburg "
    "(Parkstad), Zorg en welzijn kb -> Verzorgende-IG 3. Defects: the routeraad has samenstelling "
    "and a mandate but nobody says who appoints its members, while the werkveldcommissie and the "
    "geschillencommissie ARE appointed; toetreding, opzegging (six months, any moment), ontbinding "
    "and wijziging are arranged but nothing protects running pupils. Transfer € 1.240 with "
    "bestemming; vo-pupil seat in the studentenraad; bindend advies.",
    st("p p w p p p p p p w"),
    {"a": "Artikel 2. Voorwerp van de overeenkomst",
     "b": "Artikel 7. Betrokkenheid van het werkveld",
     "d": "Artikel 5. Informatie en rekenschap",
     "e": "Artikel 6. Inrichting van het onderwijs",
     "f": "Artikel 8. Overstapregeling",
     "g": "Artikel 9. Overdracht van bekostiging",
     "h": "Artikel 10. Medezeggenschap",
     "i": "Artikel 11. Beslechting van geschillen"},
    font="Times", size=10.5, justify=True, footer="Kenmerk BJ/2025/017 - samenwerkingsovereenkomst DLR Zorg",
    title="Samenwerkingsovereenkomst DLR Zorg en welzijn - Verzorgende-IG",
    author="mr. L.M.J. Houben", colwidths={2: [0.5, 0.5]})


# ---------------------------------------------------------------------------------------------
# 174 - alliantieakkoord van een vmbo en een mbo-"vakcollege" (DOCX, Heading styles)
#       Zaanstad, economie. Fully compliant; alliance vocabulary ("pijler", "alliantieteam",
#       "ondernemerstafel", "uitloopgarantie"); no transfer of bekostiging.
# ---------------------------------------------------------------------------------------------

S174 = r"""
@T Alliantieakkoord Zaanse Leerroute Economie & Ondernemen

@ST Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo tussen vmbo De Zaanhoeve en het Zaans Vakcollege

@H1 Wie dit akkoord sluiten

1. **Stichting Openbaar Voortgezet Onderwijs Zaanstreek** (SOVOZ), gevestigd te Zaandam, bevoegd gezag van vmbo De Zaanhoeve, voor dit akkoord vertegenwoordigd door haar bestuurder, mevrouw A. Kaptein-Bakker;

2. **Stichting ROC Zaan-IJ**, gevestigd te Zaandam, bevoegd gezag van het Zaans Vakcollege, de mbo-vakschool voor handel, economie en ondernemerschap van ROC Zaan-IJ, voor dit akkoord vertegenwoordigd door de voorzitter van het college van bestuur, de heer R.J. Wessels.

Hierna samen: de alliantiepartners. Waar dit akkoord "De Zaanhoeve" of "het Vakcollege" zegt, worden het bevoegd gezag van die school en dat van die instelling bedoeld.

@H1 Onze gedeelde ambitie

Zaanse jongeren met een ondernemende inslag verdienen een ononderbroken weg van het klaslokaal naar de winkelvloer en het kantoor van een groothandel. De alliantiepartners werken sinds 2021 samen in het programma Sterk Techniek- en Economieonderwijs Zaanstreek en bundelen die ervaring nu in één doorlopende leerroute. Dit akkoord legt vast wat wij daarvoor van elkaar vragen en aan elkaar beloven. Het akkoord is voorgelegd aan de medezeggenschapsraad van De Zaanhoeve en de studentenraad van ROC Zaan-IJ, die er beide positief over hebben geadviseerd.

@H1 Pijler 1 - Wat we samen aanbieden

1.1 De alliantie biedt één doorlopende leerroute aan. Die begint in het derde leerjaar van de gemengde leerweg van De Zaanhoeve, profiel Economie en ondernemen, en loopt door in de middenkaderopleidingen van het opleidingsdomein Handel en ondernemerschap van het Zaans Vakcollege: Ondernemer retail (niveau 4) en Junior accountmanager (niveau 4), beide in de beroepsopleidende leerweg.

1.2 De leerling kiest uiterlijk in april van het tweede routejaar tussen de twee opleidingen. Het eerste routejaar is het derde leerjaar gl, het tweede routejaar het vierde leerjaar gl met het centraal examen; routejaar drie tot en met vijf vallen in het mbo. Wie de mbo-onderdelen sneller afrondt, kan in vierenhalf jaar klaar zijn.

1.3 De eerste groep start op 1 augustus 2025. De alliantiepartners melden de route samen bij de minister via RIO, vóór de start van het schooljaar.

@H1 Pijler 2 - Zaanse ondernemers aan tafel

2.1 De alliantie heeft een Ondernemerstafel van zes tot negen ondernemers uit de Zaanstreek: winkeliers uit het centrum van Zaandam en uit winkelcentrum Westerwatering, Groothandel Kogerveld BV, Accountantskantoor Dekker & Molenaar en een afgevaardigde van de Zaanse Ondernemersvereniging. Het alliantieteam nodigt de leden uit.

2.2 De Ondernemerstafel komt drie keer per jaar bij elkaar en doet concreet het volgende:

@L
- zij levert elk schooljaar ten minste drie echte bedrijfsvraagstukken aan, waaraan routeleerlingen in het eerste en tweede routejaar in teams werken;
- ondernemers zitten in de jury van de pitches waarmee die vraagstukken worden afgesloten;
- de aangesloten bedrijven bieden in het eerste routejaar vijf meeloopdagen per leerling en vanaf het derde routejaar plaatsen voor beroepspraktijkvorming bij door SBB erkende leerbedrijven;
- zij geeft elk voorjaar schriftelijk advies over de inhoud van het routeplan en de keuzedelen, waarop het alliantieteam binnen zes weken reageert.

@H1 Pijler 3 - Wie de alliantie aanstuurt

3.1 De dagelijkse regie over de leerroute ligt bij het alliantieteam. Dat team bestaat uit drie mensen: de afdelingsleider gemengde leerweg van De Zaanhoeve, de teamleider Handel van het Vakcollege en een routetrekker.

3.2 De bestuurder van SOVOZ wijst de afdelingsleider als lid van het alliantieteam aan; het college van bestuur van ROC Zaan-IJ doet hetzelfde voor de teamleider. De routetrekker wordt door beide bestuurders samen geselecteerd en bij gezamenlijk besluit voor twee schooljaren in die rol gezet; verlenging gaat op dezelfde manier.

3.3 Het alliantieteam heeft als opdracht: het routeplan en het gezamenlijke PTA/OER voorbereiden, het rooster en de inzet van docenten over beide locaties afstemmen, de Ondernemerstafel organiseren, de overstap van leerlingen begeleiden (pijler 6) en de kwaliteit van de route bewaken.

3.4 Beide besturen geven het alliantieteam de volmacht om zelf te beslissen over roosters, de verdeling van lesuren binnen de afgesproken formatie, de plaatsing bij leerbedrijven, de keuze van bedrijfsvraagstukken en uitgaven uit het alliantiebudget tot € 10.000 per schooljaar. Besluiten die de formatie, het personeelsbeleid, investeringen of dit akkoord raken, nemen de besturen zelf.

@H1 Pijler 4 - Hoe de besturen zicht houden

4.1 Elk kwartaal stuurt het alliantieteam beide bestuurders een dashboard met de stand van instroom, verzuim, studievoortgang, stages en overstappen, met een korte toelichting op opvallende cijfers.

4.2 Uiterlijk 1 juni van elk jaar levert het alliantieteam een jaarverslag aan beide bestuurders; in de tweede helft van juni volgt een jaargesprek tussen het alliantieteam en beide bestuurders, waarin het team verantwoording aflegt over de bereikte resultaten en de besteding van het alliantiebudget.

4.3 Ernstige incidenten of dreigende problemen meldt het alliantieteam binnen twee werkdagen aan beide bestuurders.

@H1 Pijler 5 - Hoe de route werkt

5.1 **Locaties.** Het eerste en tweede routejaar vinden plaats in het gebouw van De Zaanhoeve in Zaandam-Oost. In het tweede routejaar volgen leerlingen één middag per week les in het Retail Lab van het Vakcollege aan de Hembrugstraat. Vanaf het derde routejaar is het Vakcollege de thuisbasis.

5.2 **Programma en examens.** Het onderwijsprogramma en de toetsing en examinering per routejaar staan in één gezamenlijk routeplan met PTA/OER, dat elk jaar vóór 1 juli door beide besturen wordt vastgesteld. Daarin staat per onderdeel of het bij het vmbo, het mbo of beide hoort.

5.3 **Mensen.** De docenten van beide partners die in de route lesgeven, vormen één routeteam met een gezamenlijke teamdag per kwartaal. Een docent commercie van het Vakcollege geeft in het tweede routejaar twee lessen per week op De Zaanhoeve; een docent economie van De Zaanhoeve coacht in het derde routejaar de leerlingen die hun vmbo-vak economie nog moeten afronden. Voor het vakoverstijgende onderdeel "Ondernemen in de praktijk" maken de partners gebruik van de teambevoegdheid uit artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Iedere docent blijft in dienst van en wordt betaald door zijn eigen werkgever.

5.4 **Voorzieningen.** De Zaanhoeve stelt haar schoolwinkel "De Zaanwinkel" en het economielokaal beschikbaar; het Vakcollege stelt zijn Retail Lab met kassasystemen, webshopomgeving en presentatieruimte beschikbaar. Routeleerlingen krijgen vanaf het eerste routejaar een account op de leeromgeving van het Vakcollege. Over en weer wordt voor dit gebruik niets in rekening gebracht.

5.5 **Zorg, verzuim en klachten.** In het eerste en tweede routejaar is De Zaanhoeve verantwoordelijk voor leerlingbegeleiding en verzuim, daarna het Vakcollege. Een klacht over een medewerker van de andere partner wordt binnen vijf werkdagen doorgestuurd en volgens de klachtenregeling van die partner behandeld.

@H1 Pijler 6 - Uitstappen zonder uit te vallen

6.1 Niemand verlaat de route zonder een nieuw doel dat uitkomt bij een diploma. Welk vervolg past, hangt af van het moment:

@L
- in het eerste of tweede routejaar: verder in de reguliere gemengde leerweg of de kaderberoepsgerichte leerweg van De Zaanhoeve, in hetzelfde of een ander profiel, op weg naar het vmbo-diploma;
- wie aan het eind van het tweede routejaar het vmbo-diploma niet heeft: het examenjaar overdoen op De Zaanhoeve, of - met de al behaalde mbo-onderdelen - doorstromen naar een opleiding van het Vakcollege op niveau 3 of 4; bij het Vakcollege staan de vooropleidingseisen daarbij niet in de weg;
- in het mbo: een andere opleiding op hetzelfde niveau binnen ROC Zaan-IJ, bijvoorbeeld Medewerker marketing en communicatie, of een opleiding op niveau 3 zoals Commercieel medewerker; bij een andere instelling na een geschiktheidsonderzoek.

6.2 Welk vervolg de leerling krijgt aangeboden, beslissen de afdelingsleider van De Zaanhoeve en de teamleider van het Vakcollege samen, na een gesprek met de leerling en de ouders en met oog voor wat de leerling al heeft behaald en voor zijn leeftijd. De mentor zorgt voor een warme overdracht.

6.3 De schoolgids van De Zaanhoeve en de studiegids van het Vakcollege beschrijven deze werkwijze voor leerlingen en ouders.

@H1 Pijler 7 - Geld

7.1 Tussen de alliantiepartners vloeien geen rijksmiddelen van de een naar de ander. Elke partner draagt de kosten van zijn eigen deel van de route uit zijn eigen bekostiging; de eerste twee routejaren uit de vo-bekostiging van De Zaanhoeve, de routejaren daarna uit de mbo-bekostiging van ROC Zaan-IJ.

7.2 Voor het alliantiebudget (pijler 3) reserveert ieder van beide partners € 5.000 per schooljaar in de eigen begroting; elke partner betaalt uitgaven waartoe het alliantieteam besluit tot dat bedrag zelf.

@H1 Pijler 8 - De stem van leerlingen, ouders en docenten

8.1 Bovenop wat de Wet medezeggenschap op scholen, de WEB en de Wet op de ondernemingsraden al regelen, spreken de partners het volgende af.

8.2 De medezeggenschapsraad van De Zaanhoeve en de studentenraad van ROC Zaan-IJ wijzen ieder twee leden aan voor een alliantieklankbord. Dat klankbord komt twee keer per jaar samen en geeft advies over het routeplan en over elke voorgenomen wijziging van dit akkoord, voordat de besturen daarover besluiten.

8.3 Routeleerlingen in het eerste en tweede routejaar kiezen jaarlijks een vertegenwoordiger die de vergaderingen van de studentenraad van ROC Zaan-IJ met spreekrecht bijwoont.

@H1 Pijler 9 - Als we er samen niet uitkomen

9.1 Een verschil van mening over de uitvoering van dit akkoord bespreekt eerst het alliantieteam; is het na twee weken niet opgelost, dan gaat het naar de beide bestuurders, die er binnen vier weken samen over spreken.

9.2 Lukt het ook de bestuurders niet, dan schakelen zij samen een onafhankelijke mediator in die is ingeschreven in het register van de Mediatorsfederatie Nederland. De kosten delen de partners gelijk.

9.3 Leidt mediation niet binnen twee maanden tot een oplossing, of weigert een partner eraan mee te werken, dan kan elke partner het geschil voorleggen aan de Rechtbank Noord-Holland, locatie Haarlem.

@H1 Pijler 10 - Groeien, veranderen en stoppen

10.1 **Erbij komen.** Een andere vmbo-school of mbo-instelling uit de Zaanstreek kan als partner toetreden als zij het profiel of de opleidingen uit pijler 1 aanbiedt, beide huidige partners daar schriftelijk mee instemmen en haar bevoegd gezag dit akkoord ondertekent. Leerlingen die al in de route zitten, worden door een toetreding niet tegen hun zin naar een andere locatie verplaatst.

10.2 **Veranderen.** Dit akkoord verandert alleen via een schriftelijk addendum dat beide besturen ondertekenen, nadat het alliantieklankbord advies heeft gegeven. Een wijziging die het programma van leerlingen raakt, gaat op zijn vroegst in bij het begin van het volgende schooljaar.

10.3 **Stoppen.** Dit akkoord geldt voor onbepaalde tijd. Een partner kan het opzeggen per 1 augustus van een jaar, met een opzegtermijn van ten minste twaalf maanden, per aangetekende brief. Bij ernstige en blijvende tekortkoming kan een partner het akkoord ontbinden na een schriftelijke waarschuwing met een hersteltermijn van twee maanden.

10.4 **Uitloopgarantie.** Na een opzegging of ontbinding starten er geen nieuwe leerlingen meer in de route. Leerlingen die al begonnen zijn, maken de route af bij dezelfde partners en onder de afspraken van dit akkoord; de partners blijven daarvoor gebonden tot de laatste van hen de route heeft afgerond of met een passend vervolg (pijler 6) is overgestapt.

@H1 Ondertekening

Zaandam, 3 juni 2025

@SIG
Stichting Openbaar Voortgezet Onderwijs Zaanstreek | Stichting ROC Zaan-IJ
A. Kaptein-Bakker, bestuurder | R.J. Wessels, voorzitter college van bestuur
"""

sample(
    174, "174_alliantieakkoord_vakcollege_zaanstad_economie", "docx", S174,
    "Alliance agreement ('Alliantieakkoord') of a vmbo and an mbo 'vakcollege' of a ROC, headed "
    "'Pijler N - ...' in Word Heading 1, alliance vocabulary (alliantieteam, volmacht, "
    "Ondernemerstafel, alliantieklankbord, uitloopgarantie). Zaanstad, Economie en ondernemen gl "
    "-> Ondernemer retail / Junior accountmanager 4. Fully compliant in own words: team members "
    "'aangewezen' and the routetrekker 'in die rol gezet' by the bestuurders, quarterly dashboard "
    "and yearly jaargesprek, explicitly no flow of rijksmiddelen, klankbord with advice rights, "
    "mediation then rechtbank, twelve months' notice per 1 augustus with no new instroom.",
    st("p p p p p p p p p p"),
    {"a": "Pijler 1 - Wat we samen aanbieden",
     "b": "Pijler 2 - Zaanse ondernemers aan tafel",
     "c": "Pijler 3 - Wie de alliantie aanstuurt",
     "d": "Pijler 4 - Hoe de besturen zicht houden",
     "e": "Pijler 5 - Hoe de route werkt",
     "f": "Pijler 6 - Uitstappen zonder uit te vallen",
     "g": "Pijler 7 - Geld",
     "h": "Pijler 8 - De stem van leerlingen, ouders en docenten",
     "i": "Pijler 9 - Als we er samen niet uitkomen",
     "j": "Pijler 10 - Groeien, veranderen en stoppen"},
    font="Calibri", size=10.5, headings="styles", hcolor="1F4E79",
    title="Alliantieakkoord Zaanse Leerroute Economie & Ondernemen", author="Alliantieteam ZLEO")


# ---------------------------------------------------------------------------------------------
# 175 - de overeenkomst zelf, in gewone taal geschreven voor ouders (Markdown)
#       Noordoost-Friesland (Dokkum), groen / veehouderij. Defects: the overstap lists the
#       alternatives and the criteria, but nobody is said to decide ("de keuze wordt gemaakt op
#       grond van"); medezeggenschap only says what the law gives and that the raden "kunnen"
#       afspraken maken (-> not_applicable).
# ---------------------------------------------------------------------------------------------

S175 = r"""
# Afspraken over de doorlopende leerroute Groen - Veehouderij

**Samenwerkingsovereenkomst tussen vmbo It Gerdyn in Dokkum en Terra Noord, agrarisch opleidingscentrum**

*Geschreven voor ouders en verzorgers. Dit is geen samenvatting: dit zijn de afspraken zelf. Wij hebben ze in gewone woorden opgeschreven, zodat u precies kunt lezen wat de school en het opleidingscentrum elkaar en uw kind beloven. Beide besturen hebben deze tekst ondertekend.*

## Wie maken deze afspraken?

- **Stichting Openbaar Voortgezet Onderwijs Noordoost-Fryslân**, in Dokkum. Dit is het bestuur van vmbo It Gerdyn. In deze tekst noemen we dat kortweg "de school".
- **Stichting Agrarisch Opleidingscentrum Terra Noord**, in Leeuwarden. Dit is het bestuur van het mbo-opleidingscentrum Terra Noord, met een vestiging in Dokkum. In deze tekst noemen we dat "Terra Noord".

Samen zeggen we in deze tekst "wij".

## 1. Welke route is dit?

Uw kind kiest aan het eind van de tweede klas voor de **basisberoepsgerichte leerweg, profiel Groen**. In de doorlopende leerroute gaat uw kind daarna zonder onderbreking verder met de mbo-opleiding **Medewerker veehouderij (niveau 2)** van Terra Noord. Die opleiding hoort bij het opleidingsdomein Voedsel, natuur en leefomgeving.

De route duurt vier jaar:

| Jaar van de route | Klas | Ingeschreven bij | Diploma |
|---|---|---|---|
| 1 | 3 vmbo | de school | - |
| 2 | 4 vmbo | de school | vmbo-diploma basis |
| 3 | 1 mbo | Terra Noord | - |
| 4 | 2 mbo | Terra Noord | mbo-diploma Medewerker veehouderij |

Wij melden de route samen aan bij de minister, via de registratie van DUO.

## 2. Hoe boeren en bedrijven meedoen

Melkveehouders en loonbedrijven uit Noordoost-Friesland doen echt mee. Dat gaat zo:

- **Stageplekken.** Vanaf het tweede jaar van de route loopt uw kind stage op een erkend leerbedrijf. Dat zijn boerderijen die door SBB zijn goedgekeurd. Op dit moment doen er veertien mee, onder andere Melkveebedrijf Hoekstra in Ee en Maatschap De Vries-Talsma in Anjum.
- **Opdrachten.** De leerbedrijven geven elk jaar praktijkopdrachten, bijvoorbeeld over het verzorgen van kalveren of het bijhouden van voerlijsten.
- **Het boerenpanel.** Zes boeren en een vertegenwoordiger van de agrarische vereniging Noordoost praten twee keer per jaar met de docenten over wat er in de lessen moet zitten. Zij kijken ook mee bij de praktijkexamens.

## 3. Wie de leiding heeft

De route heeft een **routeduo**: de teamleider Groen van de school en de opleidingsmanager Veehouderij van Terra Noord.

- **Wie hen aanwijst.** Het bestuur van de school wijst de teamleider aan. Het bestuur van Terra Noord wijst de opleidingsmanager aan. Zo weet iedereen wie voor welke kant verantwoordelijk is.
- **Wat zij doen.** Het routeduo maakt het rooster, verdeelt de lessen over de docenten, regelt de stages en houdt in de gaten of het goed gaat met de leerlingen.
- **Wat zij mogen beslissen.** Het routeduo mag zelf beslissen over het rooster, over welke docent welke les geeft en over de stageplekken. Over geld, over het aannemen van personeel en over het veranderen van deze afspraken beslissen de besturen.

## 4. Hoe de besturen op de hoogte blijven

Twee keer per jaar, in november en in juni, schrijft het routeduo een kort verslag voor beide besturen. Daarin staat hoeveel leerlingen er in de route zitten, hoe het gaat met hun cijfers en stages, en hoeveel leerlingen zijn overgestapt. Daarna praten de twee bestuurders met het routeduo over dat verslag. Als er iets ernstigs gebeurt, belt het routeduo meteen beide bestuurders.

## 5. Waar, door wie en met wat er les wordt gegeven

- **Waar.** De eerste twee jaar zit uw kind op de school in Dokkum. In het tweede jaar gaat uw kind elke donderdag naar de vestiging van Terra Noord in Dokkum en naar de praktijkstal. Vanaf het derde jaar is Terra Noord de school van uw kind.
- **Door wie.** Docenten van de school en van Terra Noord vormen samen één team. Een docent veehouderij van Terra Noord geeft vanaf het tweede jaar van de route de praktijklessen dier, ook op de school. De docent Nederlands van de school helpt in het derde jaar leerlingen die hun vmbo-diploma nog moeten halen. Voor de lessen "Zorg voor dier en stal" werken de docenten als team; de wet noemt dat teambevoegdheid.
- **Met wat.** Terra Noord laat onze leerlingen gebruiken: de praktijkstal met melkrobot, de werkplaats en de computers met het managementprogramma voor melkvee. De school stelt haar praktijklokaal groen en de kas beschikbaar. Terra Noord regelt het busvervoer van Dokkum naar de praktijkstal.
- **Wat er per jaar geleerd en getoetst wordt**, staat in het gezamenlijke **routeboekje** (PTA en OER). Beide besturen stellen het elk jaar voor 1 juli vast. U krijgt het aan het begin van het schooljaar.

## 6. Wat als de route niet past?

Soms blijkt de route toch niet de goede keuze. Uw kind valt dan niet tussen wal en schip. Er zijn deze mogelijkheden:

- **In het eerste of tweede jaar van de route:** uw kind gaat verder in de gewone basisberoepsgerichte leerweg van de school, in het profiel Groen of een ander profiel, en haalt daar het vmbo-diploma.
- **Vmbo-diploma niet gehaald aan het eind van het tweede jaar:** uw kind kan het examenjaar overdoen. Of uw kind gaat toch verder bij Terra Noord, in Medewerker veehouderij of een andere opleiding op niveau 2. Bij Terra Noord gelden dan niet de gewone toelatingseisen.
- **In het mbo (derde of vierde jaar):** uw kind stapt over naar een andere opleiding op niveau 2, bijvoorbeeld Medewerker groene ruimte of Medewerker dierverzorging. Dat kan bij Terra Noord, of bij een andere mbo-school na een gesprek over geschiktheid.

De keuze wordt gemaakt op grond van wat uw kind al gehaald heeft en hoe oud uw kind is. Het doel is altijd een diploma. De loopbaanbegeleider helpt bij het aanmelden voor de nieuwe opleiding.

## 7. Geld

Er gaat geen geld van de school naar Terra Noord of andersom. De school betaalt haar eigen lessen en lokalen, Terra Noord betaalt de zijne. Ook de bus naar de praktijkstal betaalt Terra Noord zelf.

## 8. Meepraten

Ouders en leerlingen praten mee via de medezeggenschapsraad van de school. Zodra uw kind in het mbo zit, kan dat via de studentenraad en de ouderraad van Terra Noord. Zo staat het in de wet. De medezeggenschapsraad van de school en de studentenraad van Terra Noord kunnen, als zij dat willen, afspreken om samen over de route te praten.

## 9. Als wij het niet met elkaar eens zijn

Het kan gebeuren dat de school en Terra Noord het over deze afspraken niet eens worden. Dan gaat het zo:

1. Eerst praat het routeduo erover.
2. Lukt dat niet binnen twee weken, dan praten de twee bestuurders erover, binnen vier weken.
3. Komen zij er ook niet uit, dan vragen zij samen een mediator om te helpen. Dat is iemand die geen kant kiest.
4. Helpt dat niet, dan kan de school of Terra Noord de rechter vragen te beslissen. Dat is de rechtbank Noord-Nederland in Leeuwarden.

Uw kind merkt hier zo min mogelijk van: de lessen gaan gewoon door.

## 10. Andere scholen, stoppen en veranderen

- **Een andere school erbij.** Een andere vmbo-school of mbo-school kan meedoen als beide besturen dat schriftelijk goedvinden en het bestuur van die school deze afspraken ondertekent.
- **Stoppen.** Wil de school of Terra Noord stoppen, dan moet dat met een brief, minstens een jaar van tevoren, en alleen per 1 augustus. Na zo'n brief beginnen er geen nieuwe leerlingen meer. Leerlingen die al in de route zitten, mogen de route gewoon afmaken.
- **Veranderen.** Deze afspraken veranderen alleen als beide besturen de nieuwe tekst ondertekenen. Een verandering geldt pas vanaf het volgende schooljaar. U leest het in de schoolgids.

## Ondertekening

Dokkum, 10 juni 2025

Voor Stichting Openbaar Voortgezet Onderwijs Noordoost-Fryslân: S. Dijkstra, bestuurder

Voor Stichting Agrarisch Opleidingscentrum Terra Noord: drs. H.J. Visser, voorzitter college van bestuur
"""

sample(
    175, "175_ouderversie_eenvoudig_noordoost_friesland_veehouderij", "md", S175,
    "The agreement itself written in plain language for parents (Markdown, '## N. ...' headings, "
    "bold run-in labels, a table of route years). Noordoost-Friesland (Dokkum), Groen bb -> "
    "Medewerker veehouderij 2 at an AOC. Defects: the overstap lists alternatives and criteria "
    "but nobody decides ('De keuze wordt gemaakt op grond van ...'); medezeggenschap only "
    "describes the law and that the raden 'kunnen' afspreken (not_applicable). Routeduo "
    "aangewezen by each bestuur, verslag in November and June, no money between the parties, "
    "mediator then rechtbank, one year's notice per 1 augustus with cohort protection.",
    st("p p p p p w p na p p"),
    {"a": "1. Welke route is dit?",
     "b": "2. Hoe boeren en bedrijven meedoen",
     "c": "3. Wie de leiding heeft",
     "d": "4. Hoe de besturen op de hoogte blijven",
     "e": "5. Waar, door wie en met wat er les wordt gegeven",
     "g": "7. Geld",
     "i": "9. Als wij het niet met elkaar eens zijn",
     "j": "10. Andere scholen, stoppen en veranderen"})


# ---------------------------------------------------------------------------------------------
# 176 - geschreven door de coördinator van een regionaal Techniekpact (PDF, long)
#       Oost-Brabant (Uden / Veghel), mobiliteit; two vmbo boards and one ROC; two routes.
#       Fully compliant: "regiekamer" whose members each bestuur "schriftelijk aanwijst",
#       "routebericht" per trimester and "jaarbalans", transfer with amount and bestemming,
#       routeklankbord, bemiddeling -> mediation -> rechtbank, toetreding with "instroomgarantie".
# ---------------------------------------------------------------------------------------------

S176 = r"""
@SM Techniekpact Oost-Brabant - Werkplaats Mobiliteit | opgesteld door Ingrid van den Heuvel, regiocoördinator Techniekpact, in opdracht van de drie ondertekenende besturen | definitieve tekst, 16 mei 2025

@T Samenwerkingsovereenkomst Mobiliteitsroute Maashorst

@ST doorlopende leerroutes vmbo-mbo Mobiliteit en transport - Autotechniek (niveau 2 en 3)

@H1 Leeswijzer

Deze overeenkomst is geschreven door de regiocoördinator van het Techniekpact Oost-Brabant. Het Techniekpact is geen partij bij deze overeenkomst; het ondersteunt de partijen, levert de secretaris van de regiekamer en brengt bedrijven en scholen bij elkaar. De overeenkomst is opgebouwd uit twaalf afspraken. Bij elke afspraak staat eerst in een paar regels //waarom// wij iets regelen en daarna //wat// wij afspreken. Alleen de tekst onder "Wat we afspreken" is bindend. Achterin staan twee bijlagen: de jaarkalender van de regiekamer en een overzicht van contactpersonen.

@H1 Partijen

@IND 1. **Stichting Voortgezet Onderwijs Maashorst**, gevestigd te Uden, bevoegd gezag van het Udens Techniek College (vmbo), vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. P.W.M. van Lieshout;

@IND 2. **Stichting Katholiek Voortgezet Onderwijs Meierijstad**, gevestigd te Veghel, bevoegd gezag van het Zuid-Willemsvaart College, vmbo-afdeling techniek, vertegenwoordigd door haar bestuurder, mevrouw M.A. Verhoeven-de Groot;

@IND 3. **Stichting Regionaal Opleidingencentrum De Maashorst**, gevestigd te Oss, bevoegd gezag van ROC De Maashorst, vertegenwoordigd door de voorzitter van het college van bestuur, de heer ir. T.J. Coppens.

Partij 1 en 2 heten hierna samen "de vmbo-scholen" en ieder afzonderlijk "een vmbo-school"; partij 3 heet hierna "het ROC".

@H1 Waarom deze overeenkomst

Autobedrijven in de regio Uden-Veghel-Oss kunnen hun vacatures voor monteurs en technici al jaren moeilijk vullen. Tegelijk stoppen te veel jongeren tussen vmbo en mbo, juist op het moment dat zij van school wisselen. Binnen het Techniekpact hebben de drie besturen in 2024 een verkenning gedaan met zeventien autobedrijven. Daaruit is de Mobiliteitsroute Maashorst voortgekomen: twee doorlopende leerroutes waarin vmbo en mbo één geheel vormen. Deze overeenkomst regelt die routes, zoals artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs vragen.

@H1 Afspraak 1 - De twee routes

//Waarom.// Leerlingen en ouders moeten precies kunnen zien welke route tot welk diploma leidt.

//Wat we afspreken.//

1.1 Partijen bieden samen twee doorlopende leerroutes aan, die beide beginnen in het derde leerjaar van het vmbo:

@TAB
Route | Vmbo | Mbo (ROC De Maashorst) | Domein
Route A | profiel Mobiliteit en transport, basisberoepsgerichte leerweg | Autotechnicus (niveau 2), BOL of BBL | Mobiliteit en voertuigen
Route B | profiel Mobiliteit en transport, kaderberoepsgerichte leerweg | Eerste autotechnicus (niveau 3), BOL | Mobiliteit en voertuigen

1.2 Beide vmbo-scholen verzorgen beide routes. Een leerling wordt in het tweede leerjaar, samen met de ouders, voor route A of route B ingedeeld op grond van het advies van de mentor en de uitslag van de loopbaantoets.

1.3 Route A duurt vier jaar, route B vier en een half jaar. De eerste twee routejaren vallen samen met leerjaar 3 en 4 van het vmbo.

1.4 De drie partijen melden beide routes vóór 1 oktober 2025 bij de minister via RIO; iedere vmbo-school registreert daarbij haar eigen deelname.

@H1 Afspraak 2 - Autobedrijven aan boord

//Waarom.// Zonder werkplaatsen uit de regio is er geen echte mobiliteitsroute.

//Wat we afspreken.//

2.1 Partijen richten samen met het Techniekpact de Mobiliteitstafel Maashorst in. Daarin zitten ten minste vijf autobedrijven uit de regio, waaronder Autobedrijf Van der Heijden in Uden, Dealerbedrijf Maasland Mobiliteit in Oss, Bandenservice Rooijakkers in Veghel, een bedrijfswagenspecialist en een schadeherstelbedrijf, aangevuld met een adviseur van SBB.

2.2 De bedrijven aan de Mobiliteitstafel:

@L
- bieden in het eerste routejaar elk ten minste twee leerlingen een oriëntatiestage van vijf dagen aan;
- bieden vanaf het tweede routejaar plaatsen voor beroepspraktijkvorming aan bij een door SBB erkend leerbedrijf, en voor route A ook BBL-plaatsen;
- leveren elk jaar ten minste één praktijkmonteur die in de werkplaats van het ROC gastlessen geeft over nieuwe techniek, zoals elektrische en hybride aandrijving;
- stellen twee keer per jaar een defect voertuig of onderdeel beschikbaar als levensechte opdracht;
- beoordelen met een eigen praktijkopleider mee bij de proeve van bekwaamheid in het mbo.

2.3 De Mobiliteitstafel vergadert drie keer per jaar met de regiekamer en geeft elk voorjaar advies over het routeprogramma van het volgende schooljaar. De regiekamer legt in haar jaarbalans (afspraak 4) vast wat zij met dat advies heeft gedaan.

@H1 Afspraak 3 - De regiekamer

//Waarom.// Drie besturen, twee vmbo-locaties en één ROC vragen om één plek waar de knopen over de uitvoering worden doorgehakt.

//Wat we afspreken.//

3.1 **Samenstelling.** De leiding over de routes ligt bij de regiekamer. Die bestaat uit vijf leden: de teamleider techniek van het Udens Techniek College, de teamleider techniek van het Zuid-Willemsvaart College, de opleidingsmanager Mobiliteit van het ROC, een praktijkdocent van het ROC en een voorzitter. De regiocoördinator van het Techniekpact is secretaris en heeft geen stem.

3.2 **Aanwijzing.** Elk bestuur wijst zijn eigen leden van de regiekamer schriftelijk aan en laat de andere besturen weten wie dat zijn. De voorzitter wordt voor twee schooljaren door de drie bestuurders gezamenlijk aangewezen uit de leden; herbenoeming is mogelijk. Een bestuur dat een lid vervangt, doet dat op dezelfde manier.

3.3 **Opdracht.** De besturen dragen de regiekamer op:

@L
- het gezamenlijke routeprogramma met toetsing en examinering per routejaar (PTA/OER) voor te bereiden;
- de roosters van de drie locaties op elkaar af te stemmen;
- de inzet van docenten over de routes te verdelen binnen de formatie die elk bestuur beschikbaar stelt;
- de plaatsing bij leerbedrijven te regelen samen met de Mobiliteitstafel;
- overstapvoorstellen voor te bereiden (afspraak 6);
- de kwaliteit en de resultaten van de routes te bewaken.

3.4 **Bevoegdheden.** De regiekamer besluit zelfstandig over roosters, de verdeling van lesgroepen over de locaties, de inzet van docenten binnen de beschikbare formatie, de plaatsing bij leerbedrijven en uitgaven uit het routebudget tot € 15.000 per schooljaar. Zij besluit met gewone meerderheid; bij staking van stemmen beslist de voorzitter. Over formatie, benoeming en ontslag van personeel, investeringen boven € 15.000 en wijziging van deze overeenkomst besluiten de besturen.

@H1 Afspraak 4 - Terugkoppeling aan de besturen

//Waarom.// De besturen blijven eindverantwoordelijk en moeten daarom weten wat er gebeurt.

//Wat we afspreken.//

4.1 Na elk trimester (in december, april en juli) stuurt de regiekamer aan de drie besturen een **routebericht** van hooguit twee pagina's: aantallen leerlingen per route en locatie, verzuim, studievoortgang, stages, overstappen en bijzonderheden.

4.2 Uiterlijk 15 september stuurt de regiekamer de **jaarbalans** over het afgelopen schooljaar: resultaten per route (slagingspercentages vmbo en mbo, doorstroom, uitval), de besteding van het routebudget en van de middelen uit afspraak 7, het advies van de Mobiliteitstafel en voorstellen voor verbetering.

4.3 In november bespreken de drie bestuurders de jaarbalans met de regiekamer in het bestuurlijk overleg. Daar verantwoordt de voorzitter namens de regiekamer de gemaakte keuzes. De besturen kunnen altijd om aanvullende informatie vragen; de regiekamer levert die binnen tien werkdagen.

@H1 Afspraak 5 - Waar, wanneer, met wie en waarmee

//Waarom.// Een route werkt pas als mensen, gebouwen en gereedschap op de goede plek zijn.

//Wat we afspreken.//

5.1 **Lesplaatsen en verdeling per routejaar.**

@TAB
Routejaar | Waar | Wie geeft les | Examinering
1 (vmbo 3) | eigen vmbo-school; één dag per twee weken in de werkplaats van het ROC in Uden | docenten van de vmbo-school; praktijkdocent ROC in de werkplaats | schoolexamens vmbo; eerste mbo-onderdelen
2 (vmbo 4) | eigen vmbo-school; één dag per week werkplaats ROC; bpv | docenten vmbo-school en ROC in één team | centraal examen vmbo; mbo-onderdelen
3 en verder | ROC De Maashorst, locatie Uden, en leerbedrijf | docenten ROC; docent vmbo voor wie het vmbo-diploma nog moet halen | mbo-examens en proeve van bekwaamheid

5.2 **Programma.** Het routeprogramma en de toetsing en examinering per routejaar liggen vast in één PTA/OER per route, dat de drie besturen elk jaar vóór 1 juli vaststellen. Per onderdeel staat aangegeven of het tot het vo-deel, het mbo-deel of beide behoort.

5.3 **Personeel.** Per route werken de docenten van de betrokken vmbo-school en van het ROC als één team. Voor het vakoverstijgende onderdeel "Werkplaats en diagnose" in routejaar 1 en 2 maken partijen gebruik van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); elk onderdeel wordt verzorgd door een daarvoor bevoegde docent. Het ROC stelt per vmbo-school in routejaar 1 en 2 samen ten minste 0,5 fte praktijkdocent beschikbaar. De vmbo-scholen stellen elk 0,1 fte docent Nederlands of wiskunde beschikbaar voor routejaar 3. Docenten blijven in dienst van hun eigen werkgever. Elk jaar volgen de teams samen twee studiedagen, georganiseerd door het Techniekpact.

5.4 **Faciliteiten.** Het ROC stelt zijn autowerkplaats in Uden beschikbaar, inclusief hefbruggen, diagnoseapparatuur en de hoogvolt-trainingsopstelling. De vmbo-scholen stellen hun praktijklokalen mobiliteit beschikbaar, waaronder de fietswerkplaats en de motorenbank. Het ROC zorgt voor de persoonlijke beschermingsmiddelen tijdens werkplaatslessen. Het Techniekpact stelt zijn mobiele lesunit "Elektrisch rijden" twee keer per jaar aan beide vmbo-scholen ter beschikking. Leerlingen krijgen vanaf routejaar 1 een account in de leeromgeving van het ROC.

5.5 **Vervoer.** De vmbo-school regelt en betaalt het vervoer van haar leerlingen naar de werkplaats van het ROC.

5.6 **Inschrijving en begeleiding.** In routejaar 1 en 2 staat de leerling ingeschreven bij de vmbo-school, die dan ook verantwoordelijk is voor begeleiding, extra ondersteuning en verzuim. Daarna neemt het ROC die verantwoordelijkheid over, na een warme overdracht in juni. Een leerling die na routejaar 2 het vmbo-diploma nog niet heeft, blijft daarvoor bij de vmbo-school bekend; die school blijft verantwoordelijk voor de vmbo-examinering.

5.7 **Klachten en privacy.** De klachtenregeling van elke partij geldt ook voor gedragingen van medewerkers van de andere partijen binnen de route. Klachten worden binnen vijf werkdagen doorgestuurd naar de partij om wie het gaat. Voor het uitwisselen van leerlinggegevens sluiten partijen een aparte gegevensuitwisselingsafspraak.

@H1 Afspraak 6 - Een andere afslag

//Waarom.// Niet iedere leerling rijdt de route uit. Wie afslaat, moet altijd ergens uitkomen waar een diploma te halen is.

//Wat we afspreken.//

6.1 Een leerling die de route verlaat, krijgt een vervolg aangeboden dat tot een vmbo-diploma of een mbo-diploma leidt, passend bij wat hij al heeft bereikt en bij zijn leeftijd.

@TAB
Moment | Mogelijk vervolg
Routejaar 1 of 2 | reguliere basis- of kaderberoepsgerichte leerweg op dezelfde vmbo-school, in Mobiliteit en transport of een ander profiel; overstap van route B naar route A of omgekeerd
Vmbo-diploma niet behaald na routejaar 2 | doubleren op de vmbo-school met behoud van behaalde mbo-onderdelen, of instroom in het ROC in dezelfde of een andere opleiding op niveau 2 of 3; de vooropleidingseisen staan daarbij niet in de weg
Routejaar 3 of later | andere opleiding binnen het ROC op hetzelfde niveau, bijvoorbeeld Fietstechnicus, Medewerker logistiek of Monteur mobiele werktuigen; of een opleiding bij een andere instelling na geschiktheidsonderzoek
Verhuizing | de regiekamer zoekt samen met het Techniekpact een vergelijkbare route of opleiding in de nieuwe regio

6.2 Bij de betrokken vmbo-school en het ROC is een overstapoverleg ingericht: de mentor of studieloopbaanbegeleider, de zorgcoördinator en een loopbaanadviseur van het ROC. Het overstapoverleg spreekt met de leerling en zijn ouders en doet een voorstel.

6.3 Op basis van dat voorstel besluiten de teamleider techniek van de betrokken vmbo-school en de opleidingsmanager Mobiliteit van het ROC gezamenlijk welk vervolg de leerling wordt aangeboden. Zij wegen daarbij het bereikte onderwijsniveau, de leeftijd en de wensen van de leerling. Het besluit wordt binnen vier weken na het eerste gesprek schriftelijk aan leerling en ouders meegedeeld.

6.4 De vmbo-scholen nemen deze regeling op in hun schoolgids, het ROC in zijn studiegids.

@H1 Afspraak 7 - Geld

//Waarom.// In routejaar 1 en 2 geeft het ROC les aan leerlingen voor wie de vmbo-scholen de bekostiging ontvangen.

//Wat we afspreken.//

7.1 Met toepassing van artikel 5.42a WVO 2020 draagt elke vmbo-school per leerling die op 1 oktober in routejaar 2 bij haar staat ingeschreven € 1.380 over aan het ROC.

7.2 Dit bedrag is bestemd voor: de inzet van praktijkdocenten van het ROC in routejaar 1 en 2 (afspraak 5.3), het gebruik van de autowerkplaats en de diagnoseapparatuur (afspraak 5.4) en de verbruiksmaterialen en beschermingsmiddelen in die werkplaats.

7.3 Het ROC stuurt elke vmbo-school in november een factuur; betaling volgt binnen dertig dagen. In de jaarbalans verantwoordt de regiekamer de besteding.

7.4 Het routebudget van € 15.000 per schooljaar (afspraak 3.4) komt uit de bijdrage van het regionale investeringsfonds van het Techniekpact en staat los van de overdracht in 7.1. Voor het overige draagt iedere partij haar eigen kosten.

@H1 Afspraak 8 - Meepraten en meebeslissen

//Waarom.// Leerlingen, ouders en medewerkers van drie organisaties moeten één plek hebben om over de route mee te praten.

//Wat we afspreken.//

8.1 Naast de medezeggenschap die de WMS, de WEB en de WOR al regelen, stellen partijen een routeklankbord in. De medezeggenschapsraden van beide vmbo-scholen vaardigen elk een ouder en een leerling af, de studentenraad van het ROC twee studenten uit de routes en de ondernemingsraad van het ROC één docent.

8.2 Het routeklankbord komt twee keer per jaar bijeen met de regiekamer en heeft het recht om advies uit te brengen over het routeprogramma, over de jaarbalans en over iedere voorgenomen wijziging van deze overeenkomst. De besturen besluiten niet over zo'n wijziging voordat het routeklankbord advies heeft kunnen uitbrengen.

8.3 Routeleerlingen die nog bij een vmbo-school staan ingeschreven, mogen zich kandidaat stellen voor de studentenraad van het ROC.

@H1 Afspraak 9 - Als we het oneens zijn

//Waarom.// Ook goede partners verschillen soms van inzicht. Dan is het goed dat vaststaat hoe we dat oplossen.

//Wat we afspreken.//

9.1 Een meningsverschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de regiekamer besproken.

9.2 Komt de regiekamer er niet binnen drie weken uit, dan leggen de betrokken partijen het voor aan hun bestuurders, die er binnen vier weken samen over spreken. De regiocoördinator van het Techniekpact kan op verzoek van een partij als bemiddelaar optreden.

9.3 Is het meningsverschil zes weken nadat het aan de bestuurders is voorgelegd nog niet opgelost, dan schakelen de betrokken partijen een onafhankelijke mediator in, die zij samen kiezen. De kosten worden gelijk verdeeld.

9.4 Levert de mediation binnen drie maanden geen oplossing op, dan kan iedere betrokken partij het geschil voorleggen aan de bevoegde rechter van de Rechtbank Oost-Brabant.

@H1 Afspraak 10 - Nieuwe partners

//Waarom.// Er zijn meer vmbo-scholen in de regio met een profiel Mobiliteit en transport.

//Wat we afspreken.//

10.1 Een ander bevoegd gezag van een vmbo-school of van een instelling voor beroepsonderwijs kan partij worden als:

@L
- het het profiel Mobiliteit en transport respectievelijk een van de opleidingen uit afspraak 1 aanbiedt;
- de drie huidige besturen daar schriftelijk mee instemmen, na advies van het routeklankbord;
- het een toetredingsverklaring ondertekent waarin het deze overeenkomst volledig aanvaardt.

10.2 Een nieuwe partner laat zijn eerste routeleerlingen op zijn vroegst instromen bij het begin van het schooljaar dat volgt op de toetreding. De indeling, roosters en leerbedrijven van leerlingen die al in de route zitten, worden door een toetreding niet gewijzigd zonder instemming van de leerling en zijn ouders.

10.3 De toetredende partij registreert haar deelname in RIO en meldt dat aan de andere partijen.

@H1 Afspraak 11 - Looptijd, wijzigen en stoppen

//Waarom.// Leerlingen beginnen aan een route van vier of vijf jaar en moeten erop kunnen rekenen dat die route blijft bestaan tot zij klaar zijn.

//Wat we afspreken.//

11.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

11.2 Deze overeenkomst wordt alleen gewijzigd met een schriftelijk addendum dat alle partijen ondertekenen, na advies van het routeklankbord (afspraak 8.2). Een wijziging die het programma van leerlingen raakt, geldt niet eerder dan vanaf het volgende schooljaar.

11.3 Iedere partij kan haar deelname opzeggen met een aangetekende brief aan de andere partijen. De opzegtermijn is ten minste één jaar en de opzegging gaat alleen in per 1 augustus. Bij opzegging door een vmbo-school blijft de overeenkomst tussen de overige partijen van kracht.

11.4 Een partij kan deze overeenkomst ontbinden als een andere partij haar verplichtingen ernstig en blijvend niet nakomt en dat niet binnen twee maanden na een schriftelijke aanmaning herstelt.

11.5 **Instroomgarantie.** Na een opzegging of ontbinding nemen de betrokken partijen geen nieuwe leerlingen meer in de route op. Leerlingen die al in de route zitten, ronden die af bij dezelfde partijen en volgens deze overeenkomst; voor zover dat echt niet kan, bieden de betrokken partijen hun een vervolg aan volgens afspraak 6. De verplichtingen uit deze overeenkomst blijven daarvoor gelden tot de laatste van deze leerlingen klaar of overgestapt is.

11.6 Partijen evalueren deze overeenkomst in het voorjaar van 2028, met de Mobiliteitstafel en het routeklankbord.

@H1 Afspraak 12 - Slot

12.1 Op deze overeenkomst is Nederlands recht van toepassing.

12.2 Bijlage A en B zijn ter informatie bijgevoegd. Bij strijd gaat de tekst van de afspraken voor.

Aldus overeengekomen en ondertekend in drievoud te Uden op 5 juni 2025.

@SIG
Stichting Voortgezet Onderwijs Maashorst | Stichting Katholiek Voortgezet Onderwijs Meierijstad | Stichting Regionaal Opleidingencentrum De Maashorst
drs. P.W.M. van Lieshout, voorzitter college van bestuur | M.A. Verhoeven-de Groot, bestuurder | ir. T.J. Coppens, voorzitter college van bestuur

@PB

@H1 Bijlage A - Jaarkalender regiekamer (ter informatie)

@TAB
Maand | Wat | Wie
september | jaarbalans vorig schooljaar naar de besturen (uiterlijk 15 september) | regiekamer
oktober | teldatum 1 oktober; factuur afspraak 7 voorbereiden | vmbo-scholen, ROC
november | bestuurlijk overleg over de jaarbalans; Mobiliteitstafel | bestuurders, regiekamer
december | routebericht trimester 1; routeklankbord | regiekamer
februari | Mobiliteitstafel; advies routeprogramma | bedrijven, regiekamer
april | routebericht trimester 2; indeling route A/B voor nieuwe leerlingen | regiekamer
juni | warme overdracht naar het ROC; Mobiliteitstafel; routeklankbord | teams, regiekamer
juli | routebericht trimester 3; vaststelling PTA/OER door de besturen (vóór 1 juli) | regiekamer, besturen

@H1 Bijlage B - Contactpersonen (ter informatie)

@TAB
Partij | Functie | Naam
Udens Techniek College | teamleider techniek | J. Hendriks
Zuid-Willemsvaart College | teamleider techniek | R. van Dinther
ROC De Maashorst | opleidingsmanager Mobiliteit | S. Bekkers
ROC De Maashorst | praktijkdocent autotechniek | W. Smits
Techniekpact Oost-Brabant | regiocoördinator (secretaris) | I. van den Heuvel
"""

sample(
    176, "176_techniekpact_coordinator_lang_oost_brabant_mobiliteit", "pdf", S176,
    "Long agreement (about 8 pages) written by a regional Techniekpact coordinator for two vmbo "
    "boards and one ROC: 'Afspraak N - ...' headings, each with an italic 'Waarom' and a binding "
    "'Wat we afspreken', several tables, two informative annexes. Oost-Brabant (Uden/Veghel), "
    "Mobiliteit en transport bb/kb -> Autotechnicus 2 / Eerste autotechnicus 3. Fully compliant "
    "in own words: regiekamer members 'schriftelijk aangewezen' by each bestuur, routebericht per "
    "trimester and jaarbalans, overstapoverleg proposes and two managers decide, € 1.380 per pupil "
    "with bestemming, routeklankbord with advice rights, bemiddeling -> mediation -> rechtbank, "
    "'instroomgarantie' on opzegging.",
    st("p p p p p p p p p p"),
    {"a": "Afspraak 1 - De twee routes",
     "b": "Afspraak 2 - Autobedrijven aan boord",
     "c": "Afspraak 3 - De regiekamer",
     "d": "Afspraak 4 - Terugkoppeling aan de besturen",
     "e": "Afspraak 5 - Waar, wanneer, met wie en waarmee",
     "f": "Afspraak 6 - Een andere afslag",
     "g": "Afspraak 7 - Geld",
     "h": "Afspraak 8 - Meepraten en meebeslissen",
     "i": "Afspraak 9 - Als we het oneens zijn",
     "j": "Afspraak 11 - Looptijd, wijzigen en stoppen"},
    font="Helvetica", size=9.5, hcolor="#00507A", center_title=False, margin=20,
    footer="Mobiliteitsroute Maashorst - samenwerkingsovereenkomst",
    colwidths={4: [0.14, 0.34, 0.28, 0.24], 2: [0.27, 0.73], 3: [0.3, 0.3, 0.4]},
    title="Samenwerkingsovereenkomst Mobiliteitsroute Maashorst", author="Techniekpact Oost-Brabant")


# ---------------------------------------------------------------------------------------------
# 177 - kleine christelijke vmbo-school met een vakinstelling (DOCX, bold direct-formatted
#       headings, no heading styles). Rivierenland (Geldermalsen / Tiel), horeca.
#       Defects: a transfer of bekostiging with an amount, moment and indexation but nowhere
#       what it is for; medezeggenschap only a placeholder ("p.m.", to be supplemented).
# ---------------------------------------------------------------------------------------------

S177 = r"""
@T Overeenkomst van samenwerking

@ST Doorlopende leerroute Horeca, bakkerij en recreatie - Zelfstandig werkend kok

@C "Dient elkaar, ieder met de gave die hij ontvangen heeft." (1 Petrus 4:10)

@H1 Partijen

De ondergetekenden:

1. de **Vereniging voor Christelijk Voortgezet Onderwijs Tielerwaard**, gevestigd te Geldermalsen, bevoegd gezag van De Wijngaard, christelijke school voor vmbo, hierbij vertegenwoordigd door de rector-bestuurder, de heer drs. J.W. van Wijk (hierna: de school); en

2. de **Stichting Vakinstelling Gastvrijheid Nederland**, gevestigd te Nieuwegein, bevoegd gezag van de vakinstelling Gastvrij Vakcollege met een leslocatie in Tiel, hierbij vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw E.C. Brouwer MBA (hierna: de vakinstelling);

verklaren het volgende te zijn overeengekomen.

@H1 Inleiding

De Wijngaard is een kleine school van ruim vierhonderd leerlingen, die vanuit haar christelijke identiteit ieder kind wil helpen zijn gaven te ontdekken en in te zetten. De vakinstelling leidt al ruim vijftig jaar koks en gastheren en gastvrouwen op en werkt nauw samen met het horecabedrijfsleven. Beide partijen willen leerlingen uit Rivierenland die hun hart hebben verloren aan de keuken een ononderbroken leerweg bieden, van de schoolkeuken in Geldermalsen tot het diploma van de vakinstelling.

@H1 Artikel 1 - De route

1.1 Partijen verzorgen samen een doorlopende leerroute vanaf het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, van de school, die leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het diploma van de vakopleiding Zelfstandig werkend kok (niveau 3) van de vakinstelling, in het opleidingsdomein Horeca en bakkerij.

1.2 De route duurt vier jaar. De leerling is in de eerste twee jaar van de route leerling van de school en daarna student van de vakinstelling. Het centraal examen vmbo wordt afgelegd aan het eind van het tweede routejaar.

1.3 Partijen melden de route samen bij de minister via RIO, voor het eerst met ingang van het schooljaar 2025-2026.

1.4 De vakinstelling respecteert de christelijke identiteit van de school. In de eerste twee routejaren begint de lesdag, ook op de dagen dat leerlingen les hebben bij de vakinstelling, met een korte dagopening door een docent van de school.

@H1 Artikel 2 - Het horecabedrijfsleven

2.1 Partijen werken samen met de afdeling Rivierenland van de regionale horecaondernemersvereniging en met ten minste zes restaurants en hotels in de regio, onder wie Hotel-restaurant De Betuwse Hof in Tiel, Restaurant Het Veerhuis in Varik en Brasserie De Linge in Geldermalsen.

2.2 Deze bedrijven:

@L
- bieden vanaf het tweede routejaar stageplaatsen en daarna plaatsen voor beroepspraktijkvorming als erkend leerbedrijf;
- sturen elk schooljaar ten minste drie keer een chef-kok als gastdocent naar de schoolkeuken;
- organiseren in het eerste routejaar een proeverij waarbij leerlingen voor echte gasten koken;
- beoordelen met hun praktijkopleiders mee bij de praktijkexamens van de vakinstelling.

2.3 Eenmaal per jaar, in maart, bespreken de coördinatoren (artikel 3) met deze bedrijven het programma van het komende schooljaar. De afspraken uit dat gesprek worden schriftelijk vastgelegd.

@H1 Artikel 3 - Het kernteam

3.1 De leiding van de route ligt bij een kernteam van drie personen: de routecoördinator van de school, de praktijkcoördinator van de vakinstelling en de teamleider keuken van de leslocatie Tiel.

3.2 De rector-bestuurder van de school wijst de routecoördinator aan. Het college van bestuur van de vakinstelling wijst de praktijkcoördinator en de teamleider keuken aan. Een aanwijzing geldt voor twee schooljaren en kan worden herhaald.

3.3 Het kernteam regelt de dagelijkse gang van zaken: het maakt het lesrooster en de stageplanning, verdeelt de lessen over de docenten, bereidt het gezamenlijke PTA/OER voor en houdt de voortgang van iedere leerling bij.

3.4 Het kernteam is bevoegd om te beslissen over het rooster, de indeling van leerlingen in groepen en bij leerbedrijven, en over de aanschaf van kleine keukenmaterialen tot € 2.500 per schooljaar. Besluiten over personeel, investeringen en de inhoud van deze overeenkomst nemen de besturen.

@H1 Artikel 4 - Verslag aan de besturen

4.1 Na elk half jaar, in februari en in juli, stelt het kernteam een schriftelijk verslag op voor de rector-bestuurder van de school en het college van bestuur van de vakinstelling. Het verslag bevat in elk geval de aantallen leerlingen, hun resultaten, het verzuim, de stages en de leerlingen die de route hebben verlaten.

4.2 Het verslag wordt besproken in het bestuurlijk overleg, dat tweemaal per jaar plaatsvindt, in maart en in september. Het kernteam is daarbij aanwezig en licht de gang van zaken toe.

@H1 Artikel 5 - Onderwijs, docenten en voorzieningen

5.1 In het eerste routejaar krijgen de leerlingen les op de school in Geldermalsen. In het tweede routejaar krijgen zij twee dagdelen per week praktijkles in de leerkeuken en het leerrestaurant van de vakinstelling in Tiel. Vanaf het derde routejaar volgen zij het onderwijs bij de vakinstelling en bij het leerbedrijf.

5.2 De inhoud van het onderwijs en de toetsing en examinering per leerjaar liggen vast in het gezamenlijke PTA/OER, dat beide besturen elk jaar voor 1 juli vaststellen.

5.3 Een vakdocent koken van de vakinstelling geeft in het tweede routejaar de praktijklessen in Tiel. De docenten koken en gastheerschap van de school en van de vakinstelling vormen samen één docententeam, dat maandelijks overlegt. Voor het onderdeel "Koken voor gasten" zetten partijen dit team in met gebruikmaking van de teambevoegdheid uit artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Iedere docent blijft in dienst van zijn eigen werkgever.

5.4 De school stelt haar schoolkeuken en het practicumlokaal consumptief beschikbaar. De vakinstelling stelt de leerkeuken, het leerrestaurant en de koelcellen in Tiel beschikbaar, met koksbuizen en messensets in bruikleen voor iedere routeleerling.

5.5 Voor klachten geldt de klachtenregeling van de partij waar de leerling is ingeschreven; een klacht over een medewerker van de andere partij wordt in overleg met die partij behandeld.

@H1 Artikel 6 - Als de route niet past

6.1 Partijen zorgen ervoor dat een leerling die de route verlaat, een andere weg naar een diploma krijgt. Mogelijkheden zijn:

@IND a. in de eerste twee routejaren: de gewone kaderberoepsgerichte leerweg van de school, in hetzelfde of een ander profiel, tot het vmbo-diploma;

@IND b. bij het niet behalen van het vmbo-diploma: het examenjaar overdoen, of instromen bij de vakinstelling in de opleiding Kok (niveau 2) of voortzetten in Zelfstandig werkend kok, waarbij de vooropleidingseisen niet gelden;

@IND c. in het mbo: overstappen naar een andere opleiding van de vakinstelling, zoals Zelfstandig werkend gastheer/gastvrouw (niveau 3) of Medewerker fastservice (niveau 2), of naar een andere instelling na een onderzoek naar geschiktheid.

6.2 De rector-bestuurder van de school en de directeur onderwijs van de vakinstelling besluiten samen welke mogelijkheid de leerling wordt geboden, nadat zij met de leerling en de ouders hebben gesproken. Zij letten daarbij op wat de leerling al heeft gehaald en op zijn leeftijd.

@H1 Artikel 7 - Financiën

7.1 De school maakt voor iedere leerling die in het derde of vierde leerjaar aan de route deelneemt, per schooljaar een bedrag van € 975 over aan de vakinstelling.

7.2 Het bedrag wordt betaald in twee gelijke termijnen, uiterlijk op 1 november en op 1 april, na ontvangst van een factuur. Peildatum voor het aantal leerlingen is 1 oktober.

7.3 Het bedrag wordt jaarlijks per 1 augustus aangepast aan de ontwikkeling van de consumentenprijsindex.

@H1 Artikel 8 - Medezeggenschap

p.m. - Dit artikel wordt aangevuld nadat de medezeggenschapsraad van de school en de studentenraad van de vakinstelling zijn gehoord.

@H1 Artikel 9 - Verschil van mening

9.1 Partijen proberen een verschil van mening over de uitvoering van deze overeenkomst eerst samen op te lossen in het bestuurlijk overleg. Zij nemen daarvoor uiterlijk dertig dagen na de schriftelijke melding van het verschil de tijd.

9.2 Lukt dat niet, dan vragen zij samen een mediator om te bemiddelen. Leidt ook dat niet binnen twee maanden tot een oplossing, dan legt de meest gerede partij het geschil voor aan de bevoegde rechter van de Rechtbank Gelderland.

@H1 Artikel 10 - Toetreding, duur, wijziging en einde

10.1 Een andere school of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden als beide partijen daar schriftelijk mee instemmen en haar bevoegd gezag deze overeenkomst ondertekent. Bij toetreding wordt de identiteitsbepaling van artikel 1.4 opnieuw besproken.

10.2 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend.

10.3 Iedere partij kan de overeenkomst opzeggen tegen het einde van een schooljaar, met een opzegtermijn van twaalf maanden. Na een opzegging nemen partijen geen nieuwe leerlingen meer in de route op; leerlingen die al deelnemen, kunnen de route bij partijen afmaken.

Aldus overeengekomen en in tweevoud getekend te Geldermalsen op 12 juni 2025.

@SIG
Vereniging voor Christelijk Voortgezet Onderwijs Tielerwaard | Stichting Vakinstelling Gastvrijheid Nederland
drs. J.W. van Wijk, rector-bestuurder | E.C. Brouwer MBA, voorzitter college van bestuur
"""

sample(
    177, "177_christelijke_school_vakinstelling_rivierenland_horeca", "docx", S177,
    "Small christian vmbo school with a vakinstelling: Bible verse under the title, identity "
    "clause, 'Artikel N - Titel' as bold direct-formatted paragraphs (no heading styles). "
    "Rivierenland (Geldermalsen/Tiel), Horeca, bakkerij en recreatie kb -> Zelfstandig werkend "
    "kok 3. Defects: € 975 per pupil per year is transferred with terms, peildatum and "
    "indexation but nowhere says what it pays for; medezeggenschap is only 'p.m.' to be "
    "supplemented. Everything else arranged (kernteam aangewezen by each bestuur, half-yearly "
    "verslag, mediator then rechtbank, cohort protection).",
    st("p p p p p p w w p p"),
    {"a": "Artikel 1 - De route",
     "b": "Artikel 2 - Het horecabedrijfsleven",
     "c": "Artikel 3 - Het kernteam",
     "d": "Artikel 4 - Verslag aan de besturen",
     "e": "Artikel 5 - Onderwijs, docenten en voorzieningen",
     "f": "Artikel 6 - Als de route niet past",
     "i": "Artikel 9 - Verschil van mening",
     "j": "Artikel 10 - Toetreding, duur, wijziging en einde"},
    font="Cambria", size=11, headings="direct",
    title="Overeenkomst van samenwerking DLR Horeca", author="De Wijngaard")


# ---------------------------------------------------------------------------------------------
# 178 - standaardmodel van de afdeling Juridische Zaken van een groot ROC (PDF)
#       Hoeksche Waard (Oud-Beijerland), maritiem / binnenvaart. Fully compliant: capitalised
#       defined terms, ALL-CAPS numbered clauses with decimal leden, a document-control table,
#       "[afwijking model]" notes, a transfer expressed as a percentage with its purpose,
#       bindend advies by an arbitrage-like commission, toetreding/afbouw rules.
# ---------------------------------------------------------------------------------------------

S178 = r"""
@TAB
Documentgegevens | 
Kenmerk | JZ/SOK-DLR/2025-041
Model | Standaardmodel samenwerkingsovereenkomst doorlopende leerroute, versie 2025.1, afdeling Juridische Zaken ROC Rijn-Delta
Status | definitief, vastgesteld door het college van bestuur op 27 mei 2025
Behandelend jurist | mr. S. el Amrani
Afwijkingen van het model | gemarkeerd met [afwijking model]

@T SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO

@ST Maritiem en techniek (basisberoepsgerichte leerweg) - Matroos binnenvaart (niveau 2)

@B PARTIJEN

@IND 1. **Stichting Voortgezet Onderwijs Hoeksche Waard**, statutair gevestigd te Oud-Beijerland, bevoegd gezag van de school voor vmbo Het Spui College, locatie Oud-Beijerland, rechtsgeldig vertegenwoordigd door haar bestuurder, mevrouw drs. W.H. Goedegebuure, hierna: de "School";

@IND 2. **Stichting ROC Rijn-Delta**, statutair gevestigd te Rotterdam, bevoegd gezag van het regionaal opleidingencentrum ROC Rijn-Delta, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer mr. drs. F.A. Kuipers, hierna: de "Instelling";

hierna gezamenlijk: "Partijen" en ieder afzonderlijk: een "Partij".

@B IN AANMERKING NEMENDE DAT

@IND (A) Partijen met ingang van het schooljaar 2025-2026 een doorlopende leerroute vmbo-mbo willen verzorgen in de zin van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;

@IND (B) de binnenvaartsector in de regio Rijnmond en de Hoeksche Waard een structureel tekort aan gekwalificeerde matrozen kent;

@IND (C) Partijen de in artikel 2.107b lid 2 WVO 2020 en artikel 9.1.3 WEB bedoelde afspraken in deze Overeenkomst wensen vast te leggen;

@B VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:

@H1 1. DEFINITIES

1.1 In deze Overeenkomst hebben de volgende met een hoofdletter geschreven begrippen de daarachter vermelde betekenis:

@IND a. **Route**: de doorlopende leerroute, omschreven in artikel 2;

@IND b. **Routejaar**: een leerjaar van de Route, te beginnen met Routejaar 1 (leerjaar 3 vmbo);

@IND c. **Deelnemer**: een leerling of student die aan de Route deelneemt;

@IND d. **Routebestuur**: het orgaan, bedoeld in artikel 4;

@IND e. **Besturen**: het bevoegd gezag van de School en het college van bestuur van de Instelling;

@IND f. **Werkveldraad**: het orgaan, bedoeld in artikel 7;

@IND g. **Routeplan**: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de Route, per Routejaar.

@H1 2. VOORWERP EN REIKWIJDTE

2.1 Partijen verzorgen gezamenlijk een Route die aanvangt in het derde leerjaar van de basisberoepsgerichte leerweg, profiel Maritiem en techniek, van de School, en die leidt tot het diploma vmbo basisberoepsgerichte leerweg en het diploma van de basisberoepsopleiding Matroos binnenvaart (niveau 2), opleidingsdomein Transport, scheepvaart en logistiek, van de Instelling, in de beroepsopleidende leerweg.

2.2 De Route omvat vier Routejaren. Het centraal examen vmbo wordt afgenomen in Routejaar 2. Routejaar 3 en 4 vallen in de mbo-fase.

2.3 Partijen doen gezamenlijk melding van de Route aan de Minister door registratie in RIO, uiterlijk op 1 oktober 2025.

@H1 3. VERANTWOORDELIJKHEDEN VAN PARTIJEN

3.1 De School is verantwoordelijk voor het vo-deel van de Route en voor de examinering en diplomering vmbo, ook na uitschrijving van de Deelnemer bij de School.

3.2 De Instelling is verantwoordelijk voor het mbo-deel van de Route, met inbegrip van de beroepspraktijkvorming, en voor de examinering en diplomering mbo.

3.3 In Routejaar 1 en 2 staat de Deelnemer ingeschreven bij de School; vanaf Routejaar 3 bij de Instelling.

@H1 4. ROUTEBESTUUR

4.1 **Instelling en samenstelling.** Partijen stellen een Routebestuur in, dat de leiding heeft over de Route. Het Routebestuur bestaat uit de afdelingsleider bovenbouw basis van de School, de opleidingsmanager Binnenvaart van de Instelling en een door hen gezamenlijk aan te dragen docent uit het routeteam, die als secretaris optreedt.

4.2 **Aanwijzing.** Het bevoegd gezag van de School wijst de afdelingsleider aan; het college van bestuur van de Instelling wijst de opleidingsmanager aan. De secretaris wordt op voordracht van de beide andere leden aangewezen door de Besturen gezamenlijk, voor de duur van twee schooljaren. Aanwijzing en ontheffing geschieden schriftelijk.

4.3 **Taken.** Het Routebestuur is belast met:

@IND a. het opstellen van het ontwerp-Routeplan en het jaarlijks voorleggen daarvan aan de Besturen;

@IND b. de roostering en de afstemming van de inzet van personeel en voorzieningen als bedoeld in artikel 6;

@IND c. het onderhouden van de contacten met de Werkveldraad;

@IND d. de uitvoering van de overstapregeling, bedoeld in artikel 8;

@IND e. de bewaking van de kwaliteit en de studievoortgang.

4.4 **Mandaat.** De Besturen verlenen het Routebestuur mandaat om namens hen te besluiten over roostering, groepsindeling, plaatsing bij leerbedrijven, de inzet van de in artikel 6.3 genoemde personeelsomvang en uitgaven tot een bedrag van € 7.500 per schooljaar. Het mandaat omvat niet: het aangaan van arbeidsovereenkomsten, investeringen, besluiten over de financiële bepalingen van artikel 9 en wijziging van deze Overeenkomst.

@I [afwijking model] Het standaardmodel gaat uit van een routebestuur van vier leden. Wegens de omvang van de Route (circa vijftien Deelnemers per cohort) is gekozen voor drie leden.

@H1 5. INFORMATIEPLICHT EN REKENSCHAP

5.1 Het Routebestuur verstrekt de Besturen tijdig, gevraagd en ongevraagd, alle informatie die voor de uitoefening van hun verantwoordelijkheden van belang is.

5.2 Het Routebestuur legt rekenschap af door middel van:

@IND a. een halfjaarlijkse voortgangsrapportage, uiterlijk 15 februari en 15 september, met de kengetallen in-, door- en uitstroom, verzuim, examenresultaten en overstappen;

@IND b. een jaarverslag, uiterlijk 1 november, over het voorgaande schooljaar, met inbegrip van een verantwoording van de besteding van de middelen bedoeld in artikel 9.

5.3 De rapportages worden gezonden aan beide Besturen en besproken in het bestuurlijk overleg, dat ten minste tweemaal per jaar plaatsvindt.

@H1 6. ORGANISATORISCHE EN ONDERWIJSKUNDIGE UITVOERING

6.1 **Locaties.** Routejaar 1 wordt verzorgd op de locatie van de School te Oud-Beijerland. In Routejaar 2 volgen de Deelnemers wekelijks één dag onderwijs op de maritieme locatie van de Instelling te Rotterdam-Waalhaven. Routejaar 3 en 4 worden verzorgd door de Instelling en aan boord van schepen van erkende leerbedrijven.

6.2 **Routeplan.** Het Routeplan beschrijft per Routejaar het onderwijsprogramma, de toetsing en de examinering, met vermelding van de onderdelen die tot het vo-deel, het mbo-deel of beide behoren. Het Routeplan wordt jaarlijks vóór 1 juli door beide Besturen vastgesteld.

6.3 **Personeel.** De docenten van Partijen die in de Route werkzaam zijn, vormen één routeteam. De Instelling zet in Routejaar 1 en 2 gezamenlijk ten minste 0,6 fte docent/instructeur nautische vakken in; de School zet in Routejaar 3 ten minste 0,1 fte docent in voor Deelnemers die het vmbo-diploma nog niet hebben behaald. Voor het vakoverstijgende onderdeel "Werken aan boord" passen Partijen de teambevoegdheid toe als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Elke docent blijft in dienst van de eigen werkgever; werkgeversverplichtingen rusten uitsluitend op die werkgever.

6.4 **Voorzieningen.** De Instelling stelt haar vaarsimulator, het opleidingsschip "Rijn-Delta III", de touwwerk- en lasruimte en de veiligheidsuitrusting (reddingsvesten, helmen, werkschoenen) ter beschikking. De School stelt haar praktijklokaal techniek en het metaallokaal ter beschikking. Deelnemers hebben vanaf Routejaar 1 toegang tot de digitale leeromgeving van de Instelling.

6.5 **Veiligheid.** Deelnemers jonger dan zestien jaar verrichten aan boord uitsluitend werkzaamheden onder rechtstreeks toezicht van een instructeur.

6.6 **Klachten.** De klachtenregeling van iedere Partij strekt zich mede uit tot gedragingen van het bestuur en het personeel van de andere Partij in het kader van de Route. De voorzitter van de klachtencommissie is niet werkzaam bij of onder verantwoordelijkheid van de andere Partij.

@H1 7. WERKVELDRAAD

7.1 Partijen stellen een Werkveldraad in, bestaande uit ten minste vijf vertegenwoordigers van binnenvaartondernemingen en aanverwante bedrijven, waaronder Rederij Kil & Co te Strijensas, Sleepdienst Oud-Beijerland B.V., Tankvaart Spui-Noord en een vertegenwoordiger van de regionale afdeling van de binnenvaartbranche.

7.2 De leden van de Werkveldraad worden door de Besturen gezamenlijk uitgenodigd. De Werkveldraad:

@IND a. brengt jaarlijks vóór 1 april advies uit over het Routeplan;

@IND b. draagt zorg voor voldoende plaatsen voor beroepspraktijkvorming aan boord bij door SBB erkende leerbedrijven, vanaf Routejaar 2;

@IND c. stelt schepen open voor ten minste twee excursies per Routejaar;

@IND d. levert deskundigen voor de beoordeling van de proeve van bekwaamheid.

7.3 De Werkveldraad vergadert ten minste tweemaal per jaar met het Routebestuur.

@H1 8. ALTERNATIEF TRAJECT BIJ VOORTIJDIGE BEËINDIGING

8.1 Indien de deelname van een Deelnemer aan de Route eindigt voordat hij deze met goed gevolg heeft afgerond, stellen Partijen hem in staat een vmbo-diploma dan wel een diploma van een beroepsopleiding te behalen, passend bij het naar hun gezamenlijk oordeel bereikte onderwijsniveau en bij zijn leeftijd.

8.2 Het alternatieve traject omvat, afhankelijk van het moment van beëindiging:

@IND a. in Routejaar 1 of 2: voortzetting in de reguliere basisberoepsgerichte leerweg van de School in het profiel Maritiem en techniek of een ander profiel;

@IND b. bij afwijzing voor het eindexamen vmbo: doubleren bij de School met behoud van de behaalde mbo-onderdelen, of inschrijving bij de Instelling in een opleiding op niveau 2 zonder dat de vooropleidingseisen van toepassing zijn;

@IND c. in Routejaar 3 of 4: overstap naar een andere opleiding op niveau 2 binnen de Instelling, zoals Medewerker logistiek of Assistent havenmedewerker, dan wel naar een andere instelling na een geschiktheidsonderzoek.

8.3 Het Routebestuur bereidt het besluit voor na een gesprek met de Deelnemer en diens ouders. Het besluit over het aan te bieden alternatief wordt genomen door de afdelingsleider van de School en de opleidingsmanager van de Instelling gezamenlijk en schriftelijk aan de Deelnemer meegedeeld.

8.4 Dit artikel is niet van toepassing in geval van definitieve verwijdering.

@H1 9. FINANCIËLE BEPALINGEN

9.1 Met toepassing van artikel 5.42a WVO 2020 draagt de School per Deelnemer die op de teldatum 1 oktober in Routejaar 2 bij haar staat ingeschreven een bedrag over aan de Instelling gelijk aan 18 procent van de personele en materiële bekostiging per leerling basisberoepsgerichte leerweg die de School voor dat schooljaar ontvangt.

9.2 De overgedragen middelen zijn uitsluitend bestemd voor: de inzet van instructeurs nautische vakken van de Instelling in Routejaar 2, het gebruik van de vaarsimulator en het opleidingsschip, en de persoonlijke veiligheidsuitrusting van de Deelnemers.

9.3 De Instelling factureert in december; betaling geschiedt binnen dertig dagen na factuurdatum. Overigens draagt iedere Partij haar eigen kosten.

@I [afwijking model] Het standaardmodel kent een vast bedrag per Deelnemer. Op verzoek van de School is gekozen voor een percentage, zodat de overdracht meebeweegt met de bekostiging.

@H1 10. MEDEZEGGENSCHAP

10.1 Onverminderd de Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de ondernemingsraden, komen Partijen overeen dat:

@IND a. de medezeggenschapsraad van de School en de studentenraad van de Instelling jaarlijks in oktober een gezamenlijke vergadering houden over de Route, waarvoor het Routebestuur het jaarverslag ter beschikking stelt;

@IND b. een voorgenomen besluit tot wijziging of beëindiging van deze Overeenkomst aan beide raden ter advisering wordt voorgelegd;

@IND c. Deelnemers in Routejaar 1 en 2 één vertegenwoordiger kiezen die als toehoorder met spreekrecht deelneemt aan de vergaderingen van de studentenraad van de Instelling.

@H1 11. PRIVACY EN AANSPRAKELIJKHEID

11.1 Partijen verwerken persoonsgegevens van Deelnemers ieder als zelfstandig verwerkingsverantwoordelijke en wisselen uitsluitend gegevens uit die voor de uitvoering van de Route noodzakelijk zijn.

11.2 Iedere Partij is aansprakelijk voor schade die voortvloeit uit haar eigen handelen of nalaten en draagt zorg voor een toereikende verzekering.

@H1 12. GESCHILLEN

12.1 Een geschil tussen Partijen over de uitvoering of uitleg van deze Overeenkomst wordt eerst voorgelegd aan het bestuurlijk overleg, dat binnen vier weken bijeenkomt.

12.2 Indien het geschil niet binnen acht weken na de schriftelijke kennisgeving daarvan is opgelost, wordt het beslecht door bindend advies van een commissie van drie deskundigen. Iedere Partij benoemt één deskundige; de beide deskundigen benoemen een derde als voorzitter. De commissie stelt haar eigen werkwijze vast en beslist binnen twee maanden.

12.3 Partijen verbinden zich het bindend advies na te leven. De kosten worden gedragen zoals de commissie bepaalt.

@H1 13. TOETREDING

13.1 Een ander bevoegd gezag van een school voor vbo of van een instelling voor beroepsonderwijs kan toetreden tot deze Overeenkomst, mits: (a) beide Partijen daarmee schriftelijk instemmen; (b) de toetredende partij het profiel respectievelijk de opleiding, bedoeld in artikel 2, verzorgt; (c) de toetredende partij deze Overeenkomst bij akte van toetreding onvoorwaardelijk aanvaardt.

13.2 Toetreding heeft geen gevolgen voor de inschrijving, de locatie of het Routeplan van Deelnemers die op het moment van toetreding reeds aan de Route deelnemen.

@H1 14. DUUR, WIJZIGING EN BEËINDIGING

14.1 Deze Overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

14.2 Wijziging van deze Overeenkomst is slechts mogelijk bij schriftelijke, door beide Besturen ondertekende akte, na advisering als bedoeld in artikel 10.1 onder b. Wijzigingen die het onderwijsprogramma van Deelnemers raken, treden niet eerder in werking dan bij de aanvang van het eerstvolgende schooljaar.

14.3 Iedere Partij kan deze Overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden.

14.4 Iedere Partij kan deze Overeenkomst ontbinden indien de andere Partij, na deugdelijke ingebrekestelling met een redelijke termijn van ten minste zestig dagen, toerekenbaar tekortschiet in de nakoming van een wezenlijke verplichting.

14.5 Na opzegging of ontbinding worden geen nieuwe Deelnemers tot de Route toegelaten. Partijen blijven gehouden de Route te verzorgen voor alle Deelnemers die op de datum van opzegging of ontbinding reeds deelnemen, totdat zij de Route hebben afgerond of een alternatief traject als bedoeld in artikel 8 hebben aanvaard. Artikel 9 blijft gedurende die afbouw van toepassing.

@H1 15. SLOTBEPALINGEN

15.1 Op deze Overeenkomst is Nederlands recht van toepassing.

15.2 Deze Overeenkomst vervangt alle eerdere afspraken tussen Partijen over de Route.

Aldus overeengekomen en in tweevoud ondertekend.

@SIG
Oud-Beijerland, 4 juni 2025 | Rotterdam, 4 juni 2025
Stichting Voortgezet Onderwijs Hoeksche Waard | Stichting ROC Rijn-Delta
drs. W.H. Goedegebuure, bestuurder | mr. drs. F.A. Kuipers, voorzitter college van bestuur
"""

sample(
    178, "178_juridische_zaken_roc_hoeksche_waard_binnenvaart", "pdf", S178,
    "Large ROC's legal department standard model: a document-control table, capitalised defined "
    "terms, ALL-CAPS numbered clauses with decimal leden, italic '[afwijking model]' notes. "
    "Hoeksche Waard (Oud-Beijerland), Maritiem en techniek bb -> Matroos binnenvaart 2. Fully "
    "compliant in own words: Routebestuur members 'aangewezen' and given a 'mandaat', "
    "halfjaarlijkse voortgangsrapportage and jaarverslag, transfer of 18 % of the per-pupil "
    "bekostiging with bestemming, joint MR/studentenraad meeting and advice on changes, bindend "
    "advies by three deskundigen, opzegging per 1 augustus with afbouw for running Deelnemers.",
    st("p p p p p p p p p p"),
    {"a": "2. VOORWERP EN REIKWIJDTE",
     "b": "7. WERKVELDRAAD",
     "c": "4. ROUTEBESTUUR",
     "d": "5. INFORMATIEPLICHT EN REKENSCHAP",
     "e": "6. ORGANISATORISCHE EN ONDERWIJSKUNDIGE UITVOERING",
     "f": "8. ALTERNATIEF TRAJECT BIJ VOORTIJDIGE BEËINDIGING",
     "g": "9. FINANCIËLE BEPALINGEN",
     "h": "10. MEDEZEGGENSCHAP",
     "i": "12. GESCHILLEN",
     "j": "14. DUUR, WIJZIGING EN BEËINDIGING"},
    font="Helvetica", size=9.5, justify=True, margin=24, hcolor="#7A1F1F",
    footer="JZ/SOK-DLR/2025-041 - ROC Rijn-Delta / Stichting VO Hoeksche Waard",
    colwidths={2: [0.3, 0.7]},
    title="Samenwerkingsovereenkomst DLR Matroos binnenvaart", author="Juridische Zaken ROC Rijn-Delta")


# ---------------------------------------------------------------------------------------------
# 179 - zeer korte overeenkomst in vragen en antwoorden (TXT)
#       Midden-Holland (Gouda), ICT. Fully compliant in very few words; silent on
#       medezeggenschap (h not_applicable); explicitly no money between the parties.
# ---------------------------------------------------------------------------------------------

S179 = r"""
SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE ICT GOUDA
in negen vragen en antwoorden

Partijen: Stichting Openbaar Voortgezet Onderwijs Midden-Holland, Gouda, bevoegd gezag van
Goudse Vakschool vmbo (hierna: de school), vertegenwoordigd door bestuurder K. Oudshoorn;
en Stichting ROC Groene Hart, Gouda, bevoegd gezag van ROC Groene Hart (hierna: het ROC),
vertegenwoordigd door collegevoorzitter dr. M. Baas. Zij spreken het volgende af.

1. Welke route bieden wij aan?
Vanaf leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Media, vormgeving en ICT,
zonder knip door naar de opleiding Allround medewerker IT systems and devices (niveau 3,
domein ICT en creatieve industrie, BOL) van het ROC. Vier jaar; vmbo-examen in routejaar 2.
Wij melden de route samen in RIO.

2. Welke bedrijven doen mee, en wat doen zij?
Zeven IT-bedrijven uit de regio, waaronder Systeemhuis Reeuwijk en NetBeheer Gouwe,
verenigd in het ICT-Platform Midden-Holland. Zij bieden vanaf routejaar 2 stage- en
bpv-plaatsen (SBB-erkend), leveren per jaar vier praktijkcases en twee gastlessen, en
beoordelen mee bij de proeve van bekwaamheid. Elk voorjaar bespreken zij het programma met
de routecoördinatoren.

3. Wie houdt het stuur vast?
Twee routecoördinatoren: de teamleider MVI van de school en de opleidingsmanager ICT van het
ROC. Elk bestuur stelt zijn eigen coördinator schriftelijk aan. Samen regelen zij rooster,
programma en stages en de inzet van docenten; zij beslissen daarover zelf, en over uitgaven
tot 3.000 euro per jaar. Formatie, investeringen en deze overeenkomst blijven bij de
besturen.

4. Hoe horen de besturen wat er gebeurt?
Elk jaar vóór 1 november ontvangen beide besturen van de coördinatoren een schriftelijk
jaaroverzicht (instroom, resultaten, uitval, overstappen), dat zij in november samen met
de coördinatoren bespreken. In maart volgt een korte tussenstand per e-mail.

5. Waar, door wie en waarmee wordt lesgegeven?
Routejaar 1 op de school; in routejaar 2 elke woensdag in het IT-lab van het ROC; daarna
bij het ROC en het leerbedrijf. Docenten van school en ROC vormen één team; een ROC-docent
netwerkbeheer geeft in routejaar 2 zes uur per week les, met teambevoegdheid voor het
vakoverstijgende onderdeel "Werkplek en netwerk". Iedereen blijft in dienst van de eigen
werkgever. Het ROC stelt het IT-lab, servers en testapparatuur beschikbaar, de school haar
MVI-lokaal en leen-laptops. Programma en examinering per leerjaar staan in één gezamenlijk
PTA/OER, elk jaar vóór 1 juli door beide besturen vastgesteld.

6. Wat als een leerling wil of moet stoppen?
Dan kiezen wij samen een ander pad naar een diploma: in routejaar 1-2 de gewone kader- of
basisberoepsgerichte leerweg op school; zonder vmbo-diploma na routejaar 2 doubleren of
zonder vooropleidingseis verder in een ROC-opleiding op niveau 2 of 3 (bijvoorbeeld
Medewerker ICT support); in het mbo een andere opleiding op hetzelfde niveau, of elders na
een geschiktheidsonderzoek. De beide routecoördinatoren hakken samen de knoop door, na een
gesprek met leerling en ouders, en kijken daarbij naar bereikt niveau en leeftijd.

7. Gaat er geld over en weer?
Nee. Wij dragen geen bekostiging aan elkaar over; ieder betaalt zijn eigen deel.

8. Wat doen we bij onenigheid?
Eerst praten de coördinatoren, daarna binnen een maand de bestuurders. Komen die er niet
uit, dan beslist een door beiden aangewezen onafhankelijke deskundige met een bindend
advies.

9. Kan er iemand bij, en hoe veranderen of stoppen we?
Een andere school of instelling kan aansluiten als beide besturen schriftelijk instemmen
en zij deze tekst ondertekent. Wijzigen alleen schriftelijk, met handtekening van beide
besturen, en pas per nieuw schooljaar. Opzeggen per brief, twaalf maanden vooraf, alleen
per 1 augustus; daarna geen nieuwe instroom, en wie al in de route zit, maakt haar af.

Gouda, 11 juni 2025

K. Oudshoorn, bestuurder                       dr. M. Baas, voorzitter college van bestuur
Stichting Openbaar VO Midden-Holland           Stichting ROC Groene Hart
"""

sample(
    179, "179_vraag_antwoord_kort_midden_holland_ict", "txt", S179,
    "Very short agreement (about one page) as nine numbered questions with short answers, hard-"
    "wrapped plain text. Midden-Holland (Gouda), MVI kb -> Allround medewerker IT systems and "
    "devices 3. Fully compliant in very few words: each bestuur 'stelt zijn eigen coördinator "
    "schriftelijk aan', yearly jaaroverzicht plus March tussenstand, the coordinators 'hakken "
    "samen de knoop door' on the overstap, explicitly no transfer, bindend advies, toetreding/"
    "wijziging/opzegging with cohort protection. Silent on medezeggenschap (not_applicable).",
    st("p p p p p p p na p p"),
    {"a": "1. Welke route bieden wij aan?",
     "b": "2. Welke bedrijven doen mee, en wat doen zij?",
     "c": "3. Wie houdt het stuur vast?",
     "d": "4. Hoe horen de besturen wat er gebeurt?",
     "e": "5. Waar, door wie en waarmee wordt lesgegeven?",
     "f": "6. Wat als een leerling wil of moet stoppen?",
     "g": "7. Gaat er geld over en weer?",
     "i": "8. Wat doen we bij onenigheid?",
     "j": "9. Kan er iemand bij, en hoe veranderen of stoppen we?"})


# ---------------------------------------------------------------------------------------------
# 180 - elk artikel opent met een vetgedrukte kernzin van één regel (DOCX, Heading 2)
#       Kop van Overijssel (Steenwijk / Meppel), bouw. Defects: the routeteam has samenstelling,
#       taken and bevoegdheden but nobody says who appoints its members (the bouwraad and the
#       geschillencommissie ARE appointed); the overstap lists alternatives and criteria but no
#       one is said to decide. Transfer the other way (ROC -> school, art. 9.1.15 WEB) with
#       amount and bestemming.
# ---------------------------------------------------------------------------------------------

S180 = r"""
@T Samenwerkingsovereenkomst Bouwroute Kop van Overijssel

@ST doorlopende leerroute vmbo-mbo Bouwen, wonen en interieur - Allround metselaar en Allround timmerman

@H2 Partijen

**Stichting Voortgezet Onderwijs Steenwijkerland**, gevestigd te Steenwijk, bevoegd gezag van het Eekhorst College (vmbo), vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw J.T. Wolters (hierna: de school),

en

**Stichting ROC IJssel-Vecht**, gevestigd te Zwolle, bevoegd gezag van ROC IJssel-Vecht, vertegenwoordigd door de voorzitter van het college van bestuur, de heer H. Mulder (hierna: het ROC),

komen het volgende overeen. Ieder artikel begint met een vetgedrukte kernzin; de kernzin vat het artikel samen, de leden daaronder zijn de afspraak.

@H2 Artikel 1 - De route

@B Wie in klas 3 kader bouw begint, werkt in één lijn door naar een bouwdiploma op niveau 3.

1.1 De route begint in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, van de school en leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en tot het diploma van een van de vakopleidingen Allround metselaar (niveau 3) of Allround timmerman (niveau 3) van het ROC, opleidingsdomein Bouw en infra.

1.2 De leerling kiest aan het eind van het eerste routejaar tussen metselen en timmeren. De route duurt vier jaar; het centraal examen vmbo valt in het tweede routejaar. De mbo-fase kan in de beroepsopleidende of de beroepsbegeleidende leerweg worden gevolgd.

1.3 Partijen melden de route samen in RIO vóór het begin van het schooljaar 2025-2026.

@H2 Artikel 2 - De bouwraad

@B Bouwbedrijven uit de regio leveren stageplekken, opdrachten en beoordelaars, en adviseren over het programma.

2.1 Partijen stellen een bouwraad in van vijf tot zeven vertegenwoordigers van bouwbedrijven uit de Kop van Overijssel en de regio Meppel, onder wie in elk geval Bouwbedrijf Schra te Steenwijk, Aannemersbedrijf Gebr. Kuiper te Vollenhove en Timmerfabriek De Weerribben.

2.2 De leden van de bouwraad worden door de besturen van partijen gezamenlijk benoemd op voordracht van de Bouwkring Kop van Overijssel, voor een periode van drie jaar.

2.3 De bedrijven in de bouwraad bieden vanaf het tweede routejaar plaatsen voor beroepspraktijkvorming en BBL-banen bij door SBB erkende leerbedrijven, leveren elk schooljaar ten minste twee echte bouwopdrachten (zoals een tuinmuur of een schuur voor een woningcorporatie), ontvangen leerlingen op de bouwplaats en leveren praktijkbeoordelaars voor de proeve van bekwaamheid.

2.4 De bouwraad komt twee keer per jaar bijeen en adviseert dan schriftelijk over het routeprogramma.

@H2 Artikel 3 - Het routeteam

@B Een routeteam van vier mensen geeft leiding aan de route en beslist zelf over rooster, groepen en stages.

3.1 De leiding over de route ligt bij het routeteam. Het routeteam telt vier leden: de afdelingsleider bouw van de school, de opleidingsmanager Bouw en infra van het ROC en twee docent-coördinatoren, van iedere partij één.

3.2 Het routeteam heeft tot taak: het routeprogramma en het gezamenlijke PTA/OER voor te bereiden, het rooster en de inzet van docenten af te stemmen, de bpv-plaatsen met de bouwraad te verdelen en de voortgang van de leerlingen te volgen.

3.3 Het routeteam beslist zelfstandig over het rooster, de indeling van leerlingen in groepen, de toewijzing van bpv-plaatsen en uitgaven tot € 4.000 per schooljaar uit het routebudget. Besluiten over personeel, formatie, investeringen en deze overeenkomst nemen de besturen.

@H2 Artikel 4 - Rapportage

@B Twee keer per jaar laat het routeteam de besturen zwart op wit zien hoe de route loopt.

4.1 Het routeteam stuurt beide besturen in januari en in juli een schriftelijke rapportage met de aantallen leerlingen per routejaar, hun resultaten, verzuim, uitval en overstappen, en de besteding van het routebudget.

4.2 De rapportage van juli wordt in september besproken in het bestuurlijk overleg van de beide collegevoorzitters met het routeteam. Tussentijds meldt het routeteam zaken van betekenis direct aan beide besturen.

@H2 Artikel 5 - Onderwijs, mensen en middelen

@B De route wordt gegeven op school, in de bouwhal van het ROC en op de bouwplaats, door één team van docenten van beide partijen.

5.1 Routejaar 1 vindt plaats op de school in Steenwijk. In routejaar 2 volgen de leerlingen twee dagen per week les in de bouwhal van het ROC in Meppel. Vanaf routejaar 3 verzorgt het ROC het onderwijs, in de bouwhal en bij het leerbedrijf.

5.2 Programma, toetsing en examinering per leerjaar liggen vast in één PTA/OER, dat beide besturen elk jaar vóór 1 juli vaststellen.

5.3 De docenten bouw van beide partijen vormen één team. Een praktijkinstructeur metselen en een praktijkinstructeur timmeren van het ROC geven in routejaar 2 les in de bouwhal; een docent Nederlands van de school begeleidt in routejaar 3 leerlingen die het vmbo-diploma nog moeten halen (zie artikel 7). Voor het onderdeel "Bouwen op de bouwplaats" werken de docenten met teambevoegdheid. Ieder blijft in dienst van zijn eigen werkgever.

5.4 De school stelt haar praktijklokalen hout en steen en de machinewerkplaats beschikbaar; het ROC zijn bouwhal met steigers, mortelmenger en CNC-werkplaats, met de persoonlijke beschermingsmiddelen. Het ROC zorgt voor een VCA-basistraining in routejaar 2.

5.5 In routejaar 1 en 2 is de school verantwoordelijk voor begeleiding en verzuim, daarna het ROC. Klachten over een medewerker van de andere partij worden volgens de klachtenregeling van die partij afgehandeld.

@H2 Artikel 6 - Overstappen

@B Wie de route verlaat, houdt altijd uitzicht op een diploma.

6.1 Voor een leerling die de route niet afmaakt, zijn de volgende alternatieven beschikbaar:

@IND a. in routejaar 1 en 2: voortzetting in de reguliere kaderberoepsgerichte of basisberoepsgerichte leerweg van de school, in het profiel Bouwen, wonen en interieur of een ander profiel, gericht op het vmbo-diploma;

@IND b. zonder vmbo-diploma na routejaar 2: het examenjaar opnieuw doen op de school, of instroom bij het ROC in de opleiding Metselaar of Timmerman (niveau 2) of voortzetting op niveau 3 zonder dat de vooropleidingseisen gelden;

@IND c. in routejaar 3 en 4: een andere opleiding van het ROC op hetzelfde niveau, zoals Allround schilder of Allround tegelzetter, of een opleiding bij een andere instelling na een geschiktheidsonderzoek.

6.2 Welk alternatief wordt geboden, wordt bepaald aan de hand van het bereikte onderwijsniveau, de leeftijd en de voorkeur van de leerling.

6.3 De mentor van de school of de studieloopbaanbegeleider van het ROC begeleidt de leerling bij de overstap en zorgt voor een warme overdracht.

@H2 Artikel 7 - Overdracht van bekostiging

@B Het ROC betaalt de school voor de vmbo-begeleiding die na de overstap naar het mbo nog nodig is.

7.1 Met toepassing van artikel 9.1.15 WEB draagt het ROC voor iedere student in routejaar 3 die op 1 oktober het vmbo-diploma nog niet heeft behaald € 450 over aan de school.

7.2 Dit bedrag is bestemd voor de inzet van de docent Nederlands van de school, bedoeld in artikel 5.3, en voor de afname van de resterende vmbo-examens.

7.3 De school factureert in november; het ROC betaalt binnen dertig dagen. Verder draagt iedere partij haar eigen kosten.

@H2 Artikel 8 - Inspraak

@B Routeleerlingen en hun ouders praten ook mee bij de partij waar zij (nog) niet staan ingeschreven.

8.1 Naast de rechten uit de WMS, de WEB en de WOR geldt het volgende.

8.2 De studentenraad van het ROC neemt een door de routeleerlingen van routejaar 1 en 2 gekozen leerling op als waarnemer met spreekrecht.

8.3 De medezeggenschapsraad van de school en de studentenraad van het ROC houden jaarlijks in het voorjaar een gezamenlijke vergadering over de route, waarin het routeteam de rapportage van januari toelicht. Een voorgenomen wijziging van deze overeenkomst wordt beide raden om advies voorgelegd.

@H2 Artikel 9 - Geschillen

@B Komen partijen er samen niet uit, dan beslist een geschillencommissie bindend.

9.1 Een geschil over de uitvoering van deze overeenkomst wordt eerst besproken in het bestuurlijk overleg, binnen vier weken na een schriftelijke melding.

9.2 Is het geschil daarna niet binnen zes weken opgelost, dan legt iedere partij het voor aan een geschillencommissie van drie leden. Ieder bestuur benoemt één lid; die twee benoemen samen een onafhankelijke voorzitter.

9.3 De geschillencommissie brengt binnen twee maanden een bindend advies uit.

@H2 Artikel 10 - Toetreden, wijzigen en beëindigen

@B Nieuwe partners zijn welkom, wijzigen kan alleen schriftelijk, en wie eenmaal in de route zit, maakt haar af.

10.1 Een ander bevoegd gezag van een vmbo-school of mbo-instelling kan toetreden als het de route of een deel ervan verzorgt, beide partijen schriftelijk instemmen en het deze overeenkomst ondertekent. Lopende leerlingen blijven bij hun eigen school.

10.2 Deze overeenkomst wordt alleen gewijzigd met een schriftelijk stuk dat beide besturen ondertekenen, na advies van de raden (artikel 8.3). Een wijziging gaat in per nieuw schooljaar.

10.3 De overeenkomst geldt voor onbepaalde tijd vanaf 1 augustus 2025. Iedere partij kan haar opzeggen per 1 augustus, met een opzegtermijn van minimaal twaalf maanden. Na opzegging stroomt er niemand meer in; leerlingen die al in de route zitten, ronden haar af bij partijen en onder deze afspraken.

Aldus getekend te Steenwijk op 17 juni 2025.

@SIG
Stichting Voortgezet Onderwijs Steenwijkerland | Stichting ROC IJssel-Vecht
J.T. Wolters, voorzitter college van bestuur | H. Mulder, voorzitter college van bestuur
"""

sample(
    180, "180_vetgedrukte_kernzin_kop_van_overijssel_bouw", "docx", S180,
    "Every article (Word Heading 2 'Artikel N - Titel') opens with a one-line bold summary "
    "('kernzin'), followed by numbered leden. Kop van Overijssel (Steenwijk/Meppel), Bouwen, "
    "wonen en interieur kb -> Allround metselaar / Allround timmerman 3. Defects: the routeteam "
    "has samenstelling, taken and bevoegdheden but nobody says who appoints its members, while "
    "the bouwraad and the geschillencommissie ARE appointed; the overstap lists alternatives and "
    "criteria but 'wordt bepaald' by nobody (mentor only begeleidt). Transfer ROC -> school "
    "(art. 9.1.15 WEB, € 450 with bestemming); waarnemer in the studentenraad; bindend advies; "
    "cohort protection.",
    st("p p w p p w p p p p"),
    {"a": "Artikel 1 - De route",
     "b": "Artikel 2 - De bouwraad",
     "d": "Artikel 4 - Rapportage",
     "e": "Artikel 5 - Onderwijs, mensen en middelen",
     "g": "Artikel 7 - Overdracht van bekostiging",
     "h": "Artikel 8 - Inspraak",
     "i": "Artikel 9 - Geschillen",
     "j": "Artikel 10 - Toetreden, wijzigen en beëindigen"},
    font="Arial", size=10, headings="styles",
    title="Samenwerkingsovereenkomst Bouwroute Kop van Overijssel", author="Eekhorst College")


# === END OF SAMPLES ===


def build(s):
    path = os.path.join(HERE, s["name"] + "." + s["fmt"])
    if s["fmt"] == "pdf":
        build_pdf(path, s["src"], s["opts"])
    elif s["fmt"] == "docx":
        build_docx(path, s["src"], s["opts"])
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(s["src"].strip("\n") + "\n")
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(s["expected"], f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


def check():
    ok = True
    counts = {}
    for s in SAMPLES:
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        counts[s["fmt"]] = counts.get(s["fmt"], 0) + 1
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d bytes" % size)
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            if s["fmt"] == "docx":
                import docx
                docx.Document(path)
            for k, v in s["expected"]["evidence"].items():
                if s["expected"]["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(v) not in text:
                    errs.append("evidence %s not found: %r" % (k, v))
            for k, v in s["expected"]["statuses"].items():
                if v == "present" and k not in s["expected"]["evidence"]:
                    errs.append("no evidence for present item %s" % k)
            if len(text) < 1500:
                errs.append("suspiciously short text (%d chars)" % len(text))
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != s["expected"]:
                    errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        status = "OK " if not errs else "ERR"
        print(status, s["name"] + "." + s["fmt"], "; ".join(errs))
        ok = ok and not errs
    print("formats:", counts)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    wanted = [a for a in argv if a.isdigit()]
    for s in SAMPLES:
        if not wanted or str(s["num"]) in wanted:
            build(s)


if __name__ == "__main__":
    main(sys.argv[1:])
