#!/usr/bin/env python3
"""Build training sample agreements 341-348 for leerroute-check.

Written by an independent author (a helper session) from the two official guidance documents in
shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), shared/domain.md and
sample_agreements/LABELS.md only, without looking at checker code, models, tests, benchmarks or the
texts and build scripts of other samples. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_samples_train22b.py            # build all samples
    python3 build_samples_train22b.py 341 345    # build only these
    python3 build_samples_train22b.py --check    # open every produced file and verify it

Output is deterministic: PDFs use reportlab's invariant mode, DOCX files get fixed core properties
and are re-zipped with fixed timestamps.
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
P, W, M, NA = "present", "weak", "missing", "not_applicable"
LETTERS = "abcdefghij"

SAMPLES = {}


def sample(num, slug, ext, description, statuses, evidence):
    """Register a builder function for one sample."""
    st = dict(zip(LETTERS, statuses.split()))
    assert len(st) == 10, (num, statuses)
    codes = {"p": P, "w": W, "m": M, "na": NA}
    st = {k: codes[v] for k, v in st.items()}
    for k in evidence:
        assert st[k] == P, (num, k)

    def deco(fn):
        SAMPLES[num] = {"name": f"{num}_{slug}", "ext": ext, "build": fn,
                        "expected": {"description": description, "split": "train",
                                     "statuses": st, "evidence": evidence}}
        return fn
    return deco


# ----------------------------------------------------------------------------------------------
# PDF helpers (reportlab)
# ----------------------------------------------------------------------------------------------

def _rl():
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    return colors, TA_CENTER, TA_JUSTIFY, TA_LEFT, A4, ParagraphStyle, cm


def pdf_styles(base=10, font="Helvetica", leading=None):
    colors, TA_CENTER, TA_JUSTIFY, TA_LEFT, A4, PS, cm = _rl()
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[font]
    lead = leading or base * 1.3
    return {
        "title": PS("title", fontName=bold, fontSize=base + 6, leading=base + 9, alignment=TA_CENTER,
                    spaceAfter=6),
        "sub": PS("sub", fontName=font, fontSize=base + 1, leading=base + 4, alignment=TA_CENTER,
                  spaceAfter=10),
        "h1": PS("h1", fontName=bold, fontSize=base + 3, leading=base + 6, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": PS("h2", fontName=bold, fontSize=base + 1, leading=base + 4, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "h3": PS("h3", fontName=ital, fontSize=base, leading=lead, spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "body": PS("body", fontName=font, fontSize=base, leading=lead, spaceAfter=4, alignment=TA_LEFT),
        "just": PS("just", fontName=font, fontSize=base, leading=lead, spaceAfter=4, alignment=TA_JUSTIFY),
        "item": PS("item", fontName=font, fontSize=base, leading=lead, spaceAfter=2, leftIndent=14,
                   firstLineIndent=-14),
        "item2": PS("item2", fontName=font, fontSize=base, leading=lead, spaceAfter=2, leftIndent=28,
                    firstLineIndent=-14),
        "small": PS("small", fontName=font, fontSize=base - 1.5, leading=(base - 1.5) * 1.3, spaceAfter=3),
        "cell": PS("cell", fontName=font, fontSize=base - 1, leading=(base - 1) * 1.25),
        "cellb": PS("cellb", fontName=bold, fontSize=base - 1, leading=(base - 1) * 1.25),
        "center": PS("center", fontName=font, fontSize=base, leading=lead, alignment=TA_CENTER),
    }


def para(text, style):
    from reportlab.platypus import Paragraph
    return Paragraph(escape(text), style)


def pdf_flow(lines, S):
    """Turn a compact list of (kind, text) tuples into flowables."""
    from reportlab.platypus import Spacer
    out = []
    for kind, text in lines:
        if kind == "sp":
            out.append(Spacer(1, float(text)))
        else:
            out.append(para(text, S[kind]))
    return out


def page_decorator(footer_left, footer_right=None, header=None):
    colors, TA_CENTER, TA_JUSTIFY, TA_LEFT, A4, PS, cm = _rl()

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(2 * cm, 1.2 * cm, footer_left)
        right = (footer_right or "pagina {n}").format(n=doc.page)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, right)
        if header:
            canvas.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        canvas.restoreState()
    return deco


def write_pdf_simple(path, story, title, footer, header=None, margins=2.2):
    colors, TA_CENTER, TA_JUSTIFY, TA_LEFT, A4, PS, cm = _rl()
    from reportlab.platypus import SimpleDocTemplate
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margins * cm, rightMargin=margins * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm, title=title, author="",
                            subject="", creator="", invariant=1)
    deco = page_decorator(footer, header=header)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_pdf_two_columns(path, head_story, story, title, footer, head_height_cm=4.2):
    colors, TA_CENTER, TA_JUSTIFY, TA_LEFT, A4, PS, cm = _rl()
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, NextPageTemplate, FrameBreak
    buf = io.BytesIO()
    lm, rm, tm, bm, gap = 1.8 * cm, 1.8 * cm, 1.8 * cm, 2 * cm, 0.8 * cm
    width, height = A4
    colw = (width - lm - rm - gap) / 2
    top_h = head_height_cm * cm
    body_h_first = height - tm - bm - top_h
    body_h = height - tm - bm
    first = [Frame(lm, height - tm - top_h, width - lm - rm, top_h, id="head", showBoundary=0),
             Frame(lm, bm, colw, body_h_first, id="c1"),
             Frame(lm + colw + gap, bm, colw, body_h_first, id="c2")]
    later = [Frame(lm, bm, colw, body_h, id="l1"), Frame(lm + colw + gap, bm, colw, body_h, id="l2")]
    doc = BaseDocTemplate(buf, pagesize=A4, title=title, author="", subject="", creator="", invariant=1)
    deco = page_decorator(footer)
    doc.addPageTemplates([PageTemplate(id="First", frames=first, onPage=deco),
                          PageTemplate(id="Later", frames=later, onPage=deco)])
    doc.build(list(head_story) + [NextPageTemplate("Later"), FrameBreak()] + list(story))
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def pdf_table(rows, col_widths, S, header=True):
    colors, TA_CENTER, TA_JUSTIFY, TA_LEFT, A4, PS, cm = _rl()
    from reportlab.platypus import Table, TableStyle
    data = []
    for i, row in enumerate(rows):
        st = S["cellb"] if (header and i == 0) else S["cell"]
        data.append([para(c, S["cellb"] if (j == 0 and not (header and i == 0)) else st)
                     if isinstance(c, str) else c for j, c in enumerate(row)])
    t = Table(data, colWidths=[w * cm for w in col_widths], repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")))
    t.setStyle(TableStyle(style))
    return t


# ----------------------------------------------------------------------------------------------
# DOCX helpers (python-docx)
# ----------------------------------------------------------------------------------------------

def new_docx(title):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def save_docx(d, path):
    """Save and rewrite the zip with fixed timestamps so rebuilds are byte-identical."""
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
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def docx_par(d, text, style=None, bold=False, italic=False, size=None, align=None, space_after=None):
    from docx.shared import Pt
    p = d.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
    if align == "center":
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def docx_cell(cell, text, bold=False):
    """Fill a table cell; text may contain '\n' for separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold or None


def docx_text(path):
    """Plain text of a DOCX: every w:p (body, tables, text boxes) on its own line."""
    from lxml import etree
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter("{%s}p" % ns["w"]):
        lines.append("".join(t.text or "" for t in p.iter("{%s}t" % ns["w"])))
    return "\n".join(lines)


def pdf_text(path):
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


def write_text(path, text):
    text = text.strip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", s).strip()


# ==============================================================================================
# 341 - two-column PDF, big-city ROC, Amsterdam Zuidoost, Zorg en welzijn -> PM kinderopvang
# ==============================================================================================

@sample(341, "twee_kolommen_grootstedelijk_roc_zuidoost_kinderopvang", "pdf",
        "Two-column PDF in formal article style with leden and cross-references between articles; "
        "big-city ROC (Amsterdam-Zuidoost) with a vakcollege; Zorg en welzijn kb -> Pedagogisch "
        "medewerker kinderopvang niveau 3; transfer per leerling with bestemming; fully compliant.",
        "p p p p p p p p p p",
        {"a": "Artikel 2 Route, profiel en opleiding",
         "b": "Artikel 3 Betrokkenheid van het werkveld",
         "c": "Artikel 4 Regieraad en routecoördinator",
         "d": "Artikel 5 Inlichtingen en verantwoording",
         "e": "Artikel 6 Organisatie en onderwijs",
         "f": "Artikel 7 Overstap bij tussentijds vertrek",
         "g": "Artikel 9 Financiële afspraken",
         "h": "Artikel 8 Medezeggenschap",
         "i": "Artikel 10 Geschillen",
         "j": "Artikel 11 Duur, toetreding, wijziging en beëindiging"})
def build_341(path):
    S = pdf_styles(base=8.8)
    head = pdf_flow([
        ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO"),
        ("sub", "Route ‘Kind & Zorg Zuidoost’ — Vakcollege Gaasperdam en ROC Amstel Metropool"),
        ("center", "Kenmerk: ROC-AM/JZ/2025-114  ·  versie vastgesteld door beide colleges van bestuur"),
    ], S)
    L = [
        ("h2", "De ondergetekenden"),
        ("item", "1. Stichting Openbaar Voortgezet Onderwijs Amstel-Gaasp, statutair gevestigd te "
                 "Amsterdam, bevoegd gezag van Vakcollege Gaasperdam (brinnummer 28QX), te dezen "
                 "rechtsgeldig vertegenwoordigd door mevrouw drs. R.A. Sedney, voorzitter van het college "
                 "van bestuur, hierna te noemen: ‘de school’;"),
        ("item", "2. Stichting Regionaal Opleidingencentrum Amstel Metropool, statutair gevestigd te "
                 "Amsterdam, bevoegd gezag van ROC Amstel Metropool, te dezen rechtsgeldig "
                 "vertegenwoordigd door de heer ir. M. Boukhari, voorzitter van het college van bestuur, "
                 "hierna te noemen: ‘het ROC’;"),
        ("body", "hierna gezamenlijk te noemen: ‘partijen’;"),
        ("h2", "Overwegende dat"),
        ("item", "a. de kinderopvang in Amsterdam-Zuidoost en Diemen een structureel tekort aan "
                 "gekwalificeerde pedagogisch medewerkers kent;"),
        ("item", "b. partijen jongeren uit het stadsdeel een ononderbroken, kansrijke leerweg naar een "
                 "startkwalificatie willen bieden, zonder dubbelingen in de lesstof;"),
        ("item", "c. partijen daartoe een doorlopende leerroute willen verzorgen op grond van artikel "
                 "2.107b WVO 2020 en artikel 9.1.3 WEB;"),
        ("body", "verklaren te zijn overeengekomen als volgt:"),

        ("h2", "Artikel 1 Begrippen"),
        ("body", "In deze overeenkomst wordt verstaan onder:"),
        ("item", "a. route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2.107a WVO 2020 en "
                 "artikel 9.1.2 WEB, zoals omschreven in artikel 2;"),
        ("item", "b. vo-fase: de eerste twee leerjaren van de route, waarin de deelnemer als leerling bij "
                 "de school staat ingeschreven;"),
        ("item", "c. mbo-fase: de leerjaren van de route vanaf het derde leerjaar, waarin de deelnemer als "
                 "student bij het ROC staat ingeschreven;"),
        ("item", "d. regieraad: het orgaan dat op grond van artikel 4 de leiding over de route heeft;"),
        ("item", "e. routecoördinator: de functionaris bedoeld in artikel 4, vijfde lid;"),
        ("item", "f. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
                 "examenregeling van de route."),

        ("h2", "Artikel 2 Route, profiel en opleiding"),
        ("item", "1. Partijen verzorgen gezamenlijk een doorlopende leerroute die aansluit op het profiel "
                 "Zorg en welzijn van de kaderberoepsgerichte leerweg van de school en leidt tot de "
                 "mbo-opleiding Pedagogisch medewerker kinderopvang, niveau 3 (vakopleiding), in het "
                 "opleidingsdomein Zorg en welzijn, beroepsopleidende leerweg."),
        ("item", "2. De route begint in het derde leerjaar van de school en duurt vier jaar: twee jaar "
                 "vo-fase en twee jaar mbo-fase. De deelnemer behaalt het vmbo-diploma in beginsel aan het "
                 "einde van het tweede leerjaar van de route en uiterlijk in het derde leerjaar."),
        ("item", "3. Partijen melden de route gezamenlijk aan bij de minister door registratie in RIO, "
                 "vóór aanvang van het schooljaar waarin de eerste leerlingen instromen."),

        ("h2", "Artikel 3 Betrokkenheid van het werkveld"),
        ("item", "1. Partijen betrekken de kinderopvangorganisaties in Amsterdam-Zuidoost en Diemen bij de "
                 "inhoud en uitvoering van de route. Bij de start zijn dat in elk geval Stichting "
                 "Kinderopvang De Bijlmerbloem, Speelhuis Gein B.V. en Stichting Peuterwerk Holendrecht, "
                 "alle erkend leerbedrijf bij de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven."),
        ("item", "2. De organisaties bedoeld in het eerste lid:"),
        ("item2", "a. bieden iedere leerling in het tweede leerjaar van de route een oriëntatiestage van "
                  "tien dagen en iedere student in de mbo-fase een bpv-plaats;"),
        ("item2", "b. verzorgen per schooljaar ten minste vier gastlessen en twee praktijkopdrachten in de "
                  "vo-fase;"),
        ("item2", "c. leveren praktijkopleiders die meebeoordelen bij de proeven van bekwaamheid in de "
                  "mbo-fase;"),
        ("item2", "d. nemen deel aan de werkveldcommissie."),
        ("item", "3. De werkveldcommissie bestaat uit ten minste drie vertegenwoordigers van leerbedrijven, "
                 "de routecoördinator en een docent van elk van partijen. Zij komt twee keer per schooljaar "
                 "bijeen en adviseert de regieraad over het programma, de keuzedelen en de aansluiting op "
                 "de arbeidsmarkt."),

        ("h2", "Artikel 4 Regieraad en routecoördinator"),
        ("item", "1. De leiding over de route berust bij de regieraad."),
        ("item", "2. De regieraad bestaat uit de directeur van Vakcollege Gaasperdam, de directeur van het "
                 "College Zorg en Welzijn van het ROC en, als adviserend lid, de routecoördinator."),
        ("item", "3. De directeuren worden als lid van de regieraad aangewezen door het college van bestuur "
                 "van de partij waarbij zij in dienst zijn, voor de duur van hun functie. Bij een vacature "
                 "of afwezigheid van langer dan drie maanden wijst datzelfde college een plaatsvervanger "
                 "aan."),
        ("item", "4. De colleges van bestuur dragen aan de regieraad op:"),
        ("item2", "a. het vaststellen van het jaarplan en de jaarplanning van de route;"),
        ("item2", "b. het voorbereiden van het PTA/OER ter vaststelling door de daartoe bevoegde organen;"),
        ("item2", "c. het besluiten over toelating tot de route en over overstap op grond van artikel 7;"),
        ("item2", "d. het inzetten van het routebudget binnen de begroting, bedoeld in artikel 9;"),
        ("item2", "e. het aansturen van de routecoördinator."),
        ("item", "De regieraad is niet bevoegd verplichtingen aan te gaan boven € 25.000, deze "
                 "overeenkomst te wijzigen of personeel te benoemen; die bevoegdheden blijven bij de "
                 "colleges van bestuur."),
        ("item", "5. De routecoördinator wordt door de regieraad benoemd voor twee schooljaren, na "
                 "instemming van beide colleges van bestuur. De routecoördinator organiseert de dagelijkse "
                 "uitvoering, stelt de roosters op en is aanspreekpunt voor leerlingen, ouders en "
                 "leerbedrijven."),

        ("h2", "Artikel 5 Inlichtingen en verantwoording"),
        ("item", "1. De regieraad zendt beide colleges van bestuur twee keer per jaar, uiterlijk 15 februari "
                 "en 15 juli, een voortgangsrapportage. Daarin staan ten minste de in-, door- en uitstroom "
                 "per leerjaar, het aantal en de afloop van overstappen op grond van artikel 7, de "
                 "examenresultaten, de beschikbaarheid van bpv-plaatsen en de besteding van de middelen, "
                 "bedoeld in artikel 9."),
        ("item", "2. Jaarlijks vóór 1 november legt de regieraad in een jaarverslag verantwoording af over "
                 "het afgelopen schooljaar. Het jaarverslag wordt in november besproken in het bestuurlijk "
                 "overleg van beide colleges van bestuur."),
        ("item", "3. De regieraad informeert beide colleges van bestuur onverwijld over voorvallen die de "
                 "continuïteit of de kwaliteit van de route in gevaar brengen."),

        ("h2", "Artikel 6 Organisatie en onderwijs"),
        ("item", "1. Het onderwijs wordt verzorgd op de volgende locaties:"),
        ("item2", "a. eerste leerjaar van de route: Vakcollege Gaasperdam, locatie Reigersbos;"),
        ("item2", "b. tweede leerjaar: drie dagen per week Vakcollege Gaasperdam en twee dagen per week de "
                  "ROC-locatie Holendrecht;"),
        ("item2", "c. mbo-fase: de ROC-locatie Holendrecht en de leerbedrijven."),
        ("item", "2. Partijen beschrijven het onderwijsprogramma, de examinering en de "
                 "beroepspraktijkvorming voor de gehele route per leerjaar in het PTA/OER, dat jaarlijks "
                 "vóór 1 oktober wordt vastgesteld. Daarin is aangegeven welke onderdelen tot het vmbo, "
                 "welke tot het mbo en welke tot beide behoren."),
        ("item", "3. Het ROC stelt voor de route het praktijklokaal Kinderopvang met verzorgings- en "
                 "speelhoek, het skillslab en de mediatheek op de locatie Holendrecht beschikbaar. De "
                 "school stelt haar praktijklokaal Zorg en welzijn, de leskeuken en de gymzaal "
                 "beschikbaar, ook voor lessen die docenten van het ROC geven. Leermiddelen worden gedeeld "
                 "via de elektronische leeromgeving van het ROC, waartoe leerlingen in de vo-fase toegang "
                 "krijgen."),
        ("item", "4. Het onderwijs wordt verzorgd door één routeteam van leraren van de school en docenten "
                 "van het ROC. Het ROC zet in de vo-fase ten minste acht uur per week een docent "
                 "kinderopvang in op de school; de school zet in het tweede leerjaar van de route een "
                 "leraar Nederlands en een leraar zorg en welzijn in op de locatie Holendrecht. Voor de "
                 "programmaonderdelen die in het PTA/OER als vak- of sectoroverstijgend zijn gemarkeerd, "
                 "maken partijen gebruik van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 "
                 "WEB); voor ieder onderdeel is ten minste één bevoegde docent in het team."),
        ("item", "5. Ieder van partijen blijft werkgever van het eigen personeel. Aanwijzingen aan "
                 "personeel van de andere partij lopen via de routecoördinator."),
        ("item", "6. Een klacht over een gedraging van een medewerker van de ene partij die bij de andere "
                 "partij wordt ingediend, wordt behandeld volgens de klachtenregeling van de partij waar de "
                 "klacht is ingediend; de andere partij verleent alle medewerking."),

        ("h2", "Artikel 7 Overstap bij tussentijds vertrek"),
        ("item", "1. Een deelnemer die de route niet kan of wil afmaken, krijgt altijd een vervolg dat "
                 "leidt tot een vmbo-diploma of een mbo-diploma."),
        ("item", "2. Over de overstap beslissen de directeur van de school en de directeur van het College "
                 "Zorg en Welzijn van het ROC gezamenlijk, na een gesprek met de deelnemer en diens ouders "
                 "of verzorgers. Zij nemen daarbij het bereikte onderwijsniveau en de leeftijd van de "
                 "deelnemer als uitgangspunt."),
        ("item", "3. Afhankelijk van het moment geldt in ieder geval:"),
        ("item2", "a. vertrek in de vo-fase: de leerling zet de opleiding voort in de reguliere "
                  "kaderberoepsgerichte leerweg, profiel Zorg en welzijn, of in een ander profiel van de "
                  "school, en sluit af met het vmbo-diploma;"),
        ("item2", "b. geen vmbo-diploma aan het einde van het derde leerjaar van de route: de student zet de "
                  "opleiding Pedagogisch medewerker kinderopvang voort of stapt over naar een andere "
                  "opleiding van het ROC op niveau 2 of 3, zonder dat de vooropleidingseisen gelden; de "
                  "school biedt daarnaast de gelegenheid het vmbo-examen opnieuw af te leggen;"),
        ("item2", "c. keuze voor een andere beroepsrichting: overstap naar een opleiding op hetzelfde niveau "
                  "binnen het ROC of bij een andere instelling in de regio; in dat laatste geval begeleidt "
                  "het ROC de aanmelding en het geschiktheidsonderzoek bij die instelling."),
        ("item", "4. De school en het ROC zorgen voor een warme overdracht. De werkwijze wordt beschreven in "
                 "de schoolgids en de studiegids."),

        ("h2", "Artikel 8 Medezeggenschap"),
        ("item", "1. Onverminderd de WMS, de WEB en de WOR spreken partijen het volgende af."),
        ("item", "2. Leerlingen in het tweede leerjaar van de route die nog bij de school staan "
                 "ingeschreven, hebben het recht met spreekrecht de vergaderingen van de studentenraad van "
                 "het ROC bij te wonen waarin de route wordt besproken; de studentenraad nodigt hen uit."),
        ("item", "3. De medezeggenschapsraad van de school en de studentenraad van het ROC houden eenmaal "
                 "per schooljaar een gezamenlijke vergadering over de route, waarin de regieraad het "
                 "jaarverslag, bedoeld in artikel 5, tweede lid, toelicht."),
        ("item", "4. Een voorstel tot wijziging van artikel 6 of artikel 7 wordt voor advies voorgelegd aan "
                 "de medezeggenschapsraad van de school en aan de studentenraad van het ROC."),

        ("h2", "Artikel 9 Financiële afspraken"),
        ("item", "1. De school draagt op grond van artikel 5.42a WVO 2020 over ieder schooljaar van de "
                 "vo-fase een deel van haar bekostiging over aan het ROC. De omvang bedraagt € 1.150 per "
                 "leerling die op 1 oktober van dat schooljaar in de vo-fase van de route staat "
                 "ingeschreven."),
        ("item", "2. Het overgedragen bedrag is bestemd voor de inzet van docenten van het ROC in de vo-fase "
                 "(artikel 6, vierde lid) en voor het gebruik van het praktijklokaal Kinderopvang en het "
                 "skillslab (artikel 6, derde lid)."),
        ("item", "3. Het ROC factureert in twee termijnen, in december en in mei. Overige kosten draagt "
                 "ieder van partijen zelf. In de mbo-fase vindt geen overdracht van bekostiging plaats."),

        ("h2", "Artikel 10 Geschillen"),
        ("item", "1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de "
                 "regieraad besproken."),
        ("item", "2. Komt de regieraad binnen vier weken niet tot een oplossing, dan legt ieder van partijen "
                 "het geschil voor aan het bestuurlijk overleg van beide colleges van bestuur, dat binnen "
                 "zes weken bijeenkomt."),
        ("item", "3. Leidt ook dat overleg niet tot een oplossing, dan schakelen partijen een mediator in die "
                 "zij samen kiezen; worden zij het over die keuze niet eens, dan wijst de Mediatorsfederatie "
                 "Nederland een mediator aan."),
        ("item", "4. Is het geschil drie maanden na de start van de mediation niet opgelost, dan kan ieder "
                 "van partijen het voorleggen aan de bevoegde rechter te Amsterdam."),

        ("h2", "Artikel 11 Duur, toetreding, wijziging en beëindiging"),
        ("item", "1. Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd."),
        ("item", "2. Een andere school voor vmbo met het profiel Zorg en welzijn, of een andere instelling "
                 "voor beroepsonderwijs, kan tot deze overeenkomst toetreden als alle partijen daarmee "
                 "schriftelijk instemmen en de toetreder zich schriftelijk aan alle bepalingen verbindt. "
                 "Toetreding gaat in op 1 augustus; partijen melden de toetreding aan DUO. Een toetreding "
                 "laat de rechten van leerlingen en studenten die de route al volgen onverlet."),
        ("item", "3. Wijziging van deze overeenkomst is alleen geldig als alle partijen haar schriftelijk "
                 "zijn overeengekomen, na het advies bedoeld in artikel 8, vierde lid. Een wijziging die het "
                 "programma raakt, gaat niet eerder in dan bij het begin van het volgende schooljaar, zodat "
                 "lopende leerjaren ongewijzigd worden afgerond."),
        ("item", "4. Ieder van partijen kan de overeenkomst bij aangetekende brief opzeggen met ingang van "
                 "1 augustus, met een opzegtermijn van ten minste twaalf maanden."),
        ("item", "5. Ieder van partijen kan de overeenkomst ontbinden als de andere partij ernstig "
                 "tekortschiet en de tekortkoming niet herstelt binnen drie maanden na een schriftelijke "
                 "ingebrekestelling."),
        ("item", "6. Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Partijen blijven "
                 "gehouden de route uit te voeren voor leerlingen en studenten die op dat moment zijn "
                 "ingeschreven, totdat zij de route hebben afgerond of met toepassing van artikel 7 zijn "
                 "overgestapt."),

        ("h2", "Artikel 12 Slotbepalingen"),
        ("item", "1. Deze overeenkomst wordt ter kennis gebracht van de medezeggenschapsorganen van partijen "
                 "en gepubliceerd op de websites van de school en het ROC."),
        ("item", "2. Op deze overeenkomst is Nederlands recht van toepassing."),
        ("sp", "6"),
        ("body", "Aldus overeengekomen en in tweevoud ondertekend te Amsterdam op 27 juni 2025."),
        ("sp", "8"),
        ("body", "Stichting Openbaar Voortgezet Onderwijs Amstel-Gaasp"),
        ("body", "drs. R.A. Sedney, voorzitter college van bestuur"),
        ("sp", "8"),
        ("body", "Stichting Regionaal Opleidingencentrum Amstel Metropool"),
        ("body", "ir. M. Boukhari, voorzitter college van bestuur"),
    ]
    write_pdf_two_columns(path, head, pdf_flow(L, S), "Samenwerkingsovereenkomst Kind & Zorg Zuidoost",
                          "Samenwerkingsovereenkomst route Kind & Zorg Zuidoost · ROC-AM/JZ/2025-114",
                          head_height_cm=3.3)


# ==============================================================================================
# 342 - DOCX table of arrangements, Emmen, BWI bb -> Dakdekker niveau 2
#       defects: d weak (no frequency or moment), h not_applicable (law + "kunnen" only)
# ==============================================================================================

@sample(342, "afsprakentabel_werkafspraken_emmen_dakdekker", "docx",
        "DOCX whose arrangements sit in a two-column table (onderwerp/afspraak) in plain practical "
        "language; Emmen, Bouwen wonen en interieur bb -> Dakdekker niveau 2; defects: d written at "
        "length but without any frequency or moment, h only describes the law and says arrangements "
        "'kunnen' be made.",
        "p p p w p p p na p p",
        {"a": "De route", "b": "Bedrijfsleven en leerbedrijven", "c": "Routeleiding",
         "e": "Inrichting van het onderwijs", "f": "Als een leerling wil of moet overstappen",
         "g": "Geld", "i": "Als we het niet eens worden",
         "j": "Looptijd, nieuwe partners, wijzigen en stoppen"})
def build_342(path):
    from docx.shared import Cm
    d = new_docx("Samenwerkingsovereenkomst route Dakdekken Emmen")
    docx_par(d, "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo", "Title")
    docx_par(d, "Route Dakdekken Emmen – Vakcollege Angelslo en ROC Hunzeland", bold=True, size=12)
    docx_par(d, "Wie sluiten deze overeenkomst?", "Heading 2")
    docx_par(d, "1. Stichting voor Openbaar Voortgezet Onderwijs Emmen-Zuid, bevoegd gezag van Vakcollege "
                "Angelslo, gevestigd te Emmen, vertegenwoordigd door de heer J. Bakker, bestuurder "
                "(hierna: het Vakcollege);")
    docx_par(d, "2. Stichting Regionaal Opleidingencentrum Hunzeland, bevoegd gezag van ROC Hunzeland, "
                "gevestigd te Emmen, vertegenwoordigd door mevrouw A. Lanting-Schepers, voorzitter van het "
                "college van bestuur (hierna: het ROC).")
    docx_par(d, "Het Vakcollege en het ROC bieden samen een doorlopende leerroute aan voor jongeren die het "
                "dakdekkersvak willen leren. Er zijn in Zuidoost-Drenthe te weinig jonge dakdekkers, en "
                "leerlingen die al op het vmbo graag buiten en op hoogte werken, haken nu vaak af in de "
                "overstap naar het mbo. Wij spreken af wat in de tabel hieronder staat. De tabel is het hart "
                "van deze overeenkomst: wat daarin staat, geldt als afspraak tussen de partijen.")
    rows = [
        ("De route",
         "Doorlopende leerroute van het profiel Bouwen, wonen en interieur (basisberoepsgerichte leerweg) "
         "van het Vakcollege naar de mbo-opleiding Dakdekker, niveau 2 (basisberoepsopleiding, "
         "opleidingsdomein Bouw en infra) van het ROC, BOL; vanaf het derde routejaar kan de student "
         "kiezen voor BBL.\nDe route start in leerjaar 3 van het vmbo. Eerste instroom: augustus 2025, "
         "groepen van maximaal 16 leerlingen.\nHet Vakcollege en het ROC melden de route samen aan in RIO."),
        ("Bedrijfsleven en leerbedrijven",
         "Bij de start doen mee: Dakdekkersbedrijf Wolters & Zn. (Klazienaveen), Hunze Daken B.V. (Emmen) "
         "en Plat & Pan Dakwerken (Coevorden). Nieuwe leerbedrijven kunnen aansluiten via de routeleider, "
         "mits erkend door SBB.\nDe leerbedrijven leveren: een snuffelstage van een week in leerjaar 3; "
         "praktijkdagen op de bouwplaats in leerjaar 4 (één dag per twee weken); bpv-plaatsen in de "
         "mbo-fase; een praktijkbeoordelaar bij de examens van Dakdekker.\nEens per schooljaar bespreken "
         "de leerbedrijven met de routeleiding aan de werkveldtafel het programma en de vakinhoud "
         "(veilig werken op hoogte, nieuwe dakmaterialen, zonnepanelen op daken)."),
        ("Routeleiding",
         "De routeleiding bestaat uit de afdelingsleider techniek van het Vakcollege en de teamleider Bouw "
         "van het ROC. Beiden worden voor deze taak aangewezen door hun eigen bestuur. Het ROC wijst een "
         "van beiden aan als routeleider, nadat de bestuurder van het Vakcollege daarmee heeft "
         "ingestemd.\nDe routeleiding beslist over de jaarplanning, de roosters, de verdeling van de "
         "docenturen binnen de afgesproken formatie, de plaatsing bij leerbedrijven en de toelating tot "
         "de route. Zij stelt het gezamenlijke PTA/OER op, dat daarna door de bevoegde organen wordt "
         "vastgesteld.\nBesluiten over geld buiten de afgesproken formatie en over wijziging van deze "
         "overeenkomst blijven bij de besturen."),
        ("Informatie aan de besturen",
         "De routeleider houdt beide besturen op de hoogte van de gang van zaken in de route. De "
         "routeleiding stelt daarvoor een schriftelijke rapportage op met daarin: het aantal leerlingen en "
         "studenten per leerjaar, uitval en overstappen, de resultaten van de vmbo- en mbo-examens, het "
         "aantal bpv-plaatsen, de ervaringen van de leerbedrijven en de knelpunten.\nMet deze rapportage "
         "legt de routeleiding verantwoording af over de uitvoering van de afspraken in deze tabel. De "
         "besturen bespreken de rapportage met de routeleiding."),
        ("Inrichting van het onderwijs",
         "Waar: leerjaar 3 op het Vakcollege; vanaf leerjaar 4 twee dagen per week in de bouwhal van het "
         "ROC aan de Waanderweg; in de mbo-fase op het ROC en bij de leerbedrijven.\nFaciliteiten: het ROC "
         "stelt de oefendaken (plat dak en hellend dak), de valbeveiligingsinstallatie en de opslag voor "
         "dakmaterialen in de bouwhal beschikbaar. Het Vakcollege stelt het praktijklokaal BWI en de "
         "theorielokalen beschikbaar.\nPersoneel: één docententeam van twee BWI-docenten van het "
         "Vakcollege en een instructeur dakdekken van het ROC. De instructeur geeft in leerjaar 3 een "
         "dagdeel per week les op het Vakcollege. Voor de praktijkmodules die in het PTA/OER als "
         "vakoverstijgend zijn aangewezen, werken wij met teambevoegdheid. Iedere partij blijft werkgever "
         "van het eigen personeel.\nProgramma en examens per leerjaar staan in het gezamenlijke PTA/OER."),
        ("Als een leerling wil of moet overstappen",
         "Iedere leerling krijgt een vervolg dat leidt naar een diploma.\nStopt een leerling in leerjaar 3 "
         "of 4, dan gaat hij verder in de gewone basisberoepsgerichte leerweg van het Vakcollege, profiel "
         "BWI of een ander profiel, en haalt hij daar zijn vmbo-diploma.\nHeeft een student na het derde "
         "routejaar geen vmbo-diploma, dan mag hij verder in Dakdekker niveau 2 of in een andere "
         "niveau-2-opleiding van het ROC, zonder vooropleidingseisen. Hij kan ook een extra jaar op het "
         "Vakcollege doen om alsnog het vmbo-diploma te halen.\nWil een leerling een andere kant op, dan "
         "zoeken wij een opleiding op niveau 2 in een ander domein bij het ROC of bij een andere school in "
         "de regio.\nDe afdelingsleider van het Vakcollege en de teamleider van het ROC besluiten samen, "
         "na een gesprek met de leerling en zijn ouders. Zij kijken naar het niveau dat de leerling heeft "
         "bereikt en naar zijn leeftijd."),
        ("Geld",
         "Tussen de partijen wordt geen bekostiging overgedragen. Iedere partij betaalt haar eigen "
         "personeel en voorzieningen; het ROC stelt de bouwhal en de oefendaken zonder vergoeding "
         "beschikbaar."),
        ("Medezeggenschap",
         "Ter informatie: de medezeggenschap is wettelijk geregeld. In de vmbo-fase geldt de WMS "
         "(medezeggenschapsraad van het Vakcollege), in de mbo-fase de WEB (studentenraad van het ROC) en "
         "voor medewerkers van het ROC de WOR. Scholen en instellingen kunnen daarbovenop aanvullende "
         "afspraken maken."),
        ("Als we het niet eens worden",
         "Eerst praten de afdelingsleider en de teamleider met elkaar. Lukt het niet binnen een maand, "
         "dan gaat het geschil naar de beide bestuurders. Komen zij er binnen zes weken niet uit, dan "
         "vragen zij samen een onafhankelijke mediator. Helpt ook dat niet, dan beslist de bevoegde "
         "rechter van de Rechtbank Noord-Nederland."),
        ("Looptijd, nieuwe partners, wijzigen en stoppen",
         "Looptijd: vanaf 1 augustus 2025 voor vier schooljaren; daarna telkens verlengd met vier "
         "schooljaren, tenzij een partij heeft opgezegd.\nNieuwe partner: een andere vmbo-school met het "
         "profiel BWI in de basisberoepsgerichte leerweg, of een andere mbo-instelling, kan aansluiten als "
         "beide besturen schriftelijk instemmen en de nieuwe partner deze overeenkomst mee ondertekent. "
         "Aansluiten kan per 1 augustus; de nieuwe partner wordt bij DUO gemeld.\nWijzigen: alleen "
         "schriftelijk en door beide besturen getekend; een wijziging gaat in bij het begin van een "
         "schooljaar.\nStoppen: opzeggen kan per 1 augustus, met een opzegtermijn van minstens een jaar. "
         "Na de opzegging stromen geen nieuwe leerlingen meer in. Leerlingen en studenten die al in de "
         "route zitten, maken hun route af of stappen over zoals hierboven beschreven."),
    ]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    docx_cell(t.rows[0].cells[0], "Onderwerp", bold=True)
    docx_cell(t.rows[0].cells[1], "Wat wij afspreken", bold=True)
    for k, v in rows:
        cells = t.add_row().cells
        docx_cell(cells[0], k, bold=True)
        docx_cell(cells[1], v)
    for row in t.rows:
        row.cells[0].width = Cm(4.2)
        row.cells[1].width = Cm(12.3)
    docx_par(d, "")
    docx_par(d, "Zo afgesproken en getekend in Emmen op 24 juni 2025.")
    docx_par(d, "Namens Stichting voor Openbaar Voortgezet Onderwijs Emmen-Zuid: J. Bakker, bestuurder")
    docx_par(d, "Namens Stichting Regionaal Opleidingencentrum Hunzeland: A. Lanting-Schepers, voorzitter "
                "college van bestuur")
    save_docx(d, path)


# ==============================================================================================
# 343 - plain prose without headings (TXT), Ede, AOC, Groen gl -> Dierenartsassistent paraveterinair 4
#       defects: g missing (nothing on finances at all), i weak (only "in goed onderling overleg")
# ==============================================================================================

TEXT_343 = """
SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE DIER & ZORG EDE

De ondergetekenden, Stichting Christelijk Voortgezet Onderwijs Ede en omstreken, bevoegd gezag van
Christelijk College De Driesprong te Ede (hierna: De Driesprong), vertegenwoordigd door de heer drs.
H.J. van Ravenswaaij, voorzitter van het college van bestuur, en Stichting Agrarisch Opleidingscentrum
Groene Vallei, bevoegd gezag van AOC Groene Vallei te Ede (hierna: Groene Vallei), vertegenwoordigd door
mevrouw ir. E.C. Brouwer-Hak, bestuurder, leggen in deze overeenkomst vast hoe zij vanaf het schooljaar
2025-2026 samen een doorlopende leerroute vmbo-mbo verzorgen. Zij doen dat omdat jongeren uit de
Gelderse Vallei met hart voor dieren nu te vaak in het eerste mbo-jaar vastlopen: het vmbo en het mbo
kennen elkaars programma onvoldoende, stof wordt dubbel aangeboden en de overstap komt voor veel
leerlingen te vroeg of te abrupt.

De route waarover wij afspraken maken, loopt van het profiel Groen in de gemengde leerweg van De
Driesprong naar de opleiding Dierenartsassistent paraveterinair, niveau 4 (middenkaderopleiding), in het
opleidingsdomein Voedsel, natuur en leefomgeving. Groene Vallei biedt die opleiding aan in de
beroepsopleidende leerweg op haar locatie Ede-Zuid. De route duurt vijf jaar: de eerste twee jaar zijn
de leerlingen ingeschreven bij De Driesprong (leerjaar 3 en 4 van de gemengde leerweg), de drie jaar
daarna als student bij Groene Vallei. Het vmbo-diploma halen zij aan het einde van het tweede routejaar,
en uiterlijk in het derde. Beide scholen melden de route samen aan bij DUO door registratie in RIO.

Het werkveld zit vanaf het begin aan tafel. Dierenkliniek De Valleihof in Ede, Dierenartsenpraktijk
Bennekom-Wageningen, Dierenziekenhuis Veenendaal en Zorgboerderij De Hessenhoeve in Lunteren doen mee.
Zij geven in ieder routejaar samen ten minste zes gastlessen, ontvangen de leerlingen van het eerste
routejaar voor een meeloopdag, bieden in het tweede routejaar een snuffelstage van twee weken en in de
mbo-fase de bpv-plaatsen. Hun praktijkopleiders beoordelen mee bij de proeven van bekwaamheid. Twee keer
per jaar komen de praktijken bijeen in het werkveldpanel, dat het routeduo adviseert over de inhoud van
het programma, de keuzedelen en de eisen die het vak aan jonge assistenten stelt. Andere praktijken
kunnen aanschuiven als zij door SBB zijn erkend als leerbedrijf.

De leiding over de route leggen wij bij een routeduo, bestaande uit de teamleider bovenbouw gemengde
leerweg van De Driesprong en de opleidingsmanager Dier van Groene Vallei. Ieder bestuur wijst zijn eigen
lid van het routeduo schriftelijk aan en voorziet zo nodig in vervanging; het routeduo kiest uit zijn
midden een voorzitter voor de duur van een schooljaar. Het routeduo heeft van beide besturen opdracht de
route dagelijks te leiden: het stelt de jaarplanning en de roosters vast, beslist over toelating van
leerlingen, verdeelt de lessen over de docenten van het team, onderhoudt de contacten met de praktijken
en bereidt het gezamenlijke PTA/OER voor. Besluiten over de benoeming van personeel, over huisvesting en
over wijziging van deze overeenkomst blijven voorbehouden aan de besturen.

Het routeduo houdt de besturen op de hoogte en legt aan hen verantwoording af. Dat gebeurt in een
schriftelijk verslag dat elk jaar vóór 1 juli naar beide besturen gaat, met de aantallen leerlingen en
studenten per routejaar, de uitval en de overstappen, de examenresultaten en de ervaringen van de
praktijken, en in een gesprek dat het routeduo in september met beide bestuurders voert. Doet zich
tussentijds iets voor dat de route raakt, zoals het wegvallen van een bpv-plaats of een langdurig
zieke docent, dan meldt het routeduo dat binnen een week aan beide besturen.

Voor de inrichting van het onderwijs spreken wij het volgende af. Het eerste routejaar wordt gegeven op
De Driesprong; in het tweede routejaar volgen de leerlingen twee dagen per week les op Groene Vallei,
locatie Ede-Zuid; in de mbo-fase zijn zij op Groene Vallei en bij de praktijken. Groene Vallei stelt
haar lesdierenverblijf, de oefenbehandelkamer en het laboratorium open voor de leerlingen van de route,
ook in de vmbo-fase. De Driesprong stelt haar groene praktijklokaal, de kas en het biologielokaal ter
beschikking voor lessen die docenten van Groene Vallei daar geven. Het onderwijs wordt verzorgd door
één team: twee docenten groen en een docent biologie van De Driesprong en twee docenten dierverzorging
en paraveterinair van Groene Vallei. Een docent van Groene Vallei geeft in het eerste routejaar een dag
per week les op De Driesprong. Voor de programmaonderdelen die in het PTA/OER als vakoverstijgend zijn
aangemerkt, werken wij met teambevoegdheid; voor elk onderdeel is ten minste één bevoegde docent in het
team. Iedere school blijft werkgever van haar eigen docenten. Het onderwijsprogramma, de examinering en
de beroepspraktijkvorming beschrijven wij per routejaar in één PTA/OER, dat jaarlijks vóór 1 oktober
wordt vastgesteld. Een klacht over een medewerker van de ene school die bij de andere school wordt
ingediend, wordt door die andere school behandeld met medewerking van de school waar de medewerker
werkt.

Wie de route niet afmaakt, laten wij niet los. Stopt een leerling in de vmbo-fase, dan gaat hij verder
in de gewone gemengde leerweg van De Driesprong, in het profiel Groen of een ander profiel, en haalt hij
daar zijn vmbo-diploma. Heeft een student aan het einde van het derde routejaar nog geen vmbo-diploma,
dan kan hij bij Groene Vallei verder in de opleiding Dierenartsassistent paraveterinair of overstappen
naar een opleiding op niveau 3 of 4 in het domein, zoals Vakbekwaam medewerker dierverzorging; de
vooropleidingseisen gelden dan niet. Kiest een leerling voor een andere richting, dan zoeken wij een
opleiding op een vergelijkbaar niveau binnen Groene Vallei of bij een andere instelling in de regio, en
begeleidt Groene Vallei de aanmelding. De teamleider van De Driesprong en de opleidingsmanager van
Groene Vallei besluiten samen welke overstap het best past, na een gesprek met de leerling en zijn
ouders, en kijken daarbij naar het onderwijsniveau dat de leerling heeft bereikt en naar zijn leeftijd.
De werkwijze staat ook in de schoolgids van De Driesprong.

Voor de medezeggenschap spreken wij, bovenop wat de wet regelt, af dat er een routepanel is met twee
leden uit de medezeggenschapsraad van De Driesprong, onder wie één leerling, en twee leden uit de
studentenraad van Groene Vallei. Het routepanel komt ten minste één keer per jaar bijeen met het
routeduo en wordt om advies gevraagd over wijzigingen van het programma en van de overstapafspraken.
Leerlingen van het tweede routejaar mogen als toehoorder de vergaderingen van de studentenraad van
Groene Vallei bijwonen.

Mochten wij het over de uitvoering van deze overeenkomst niet met elkaar eens worden, dan lossen wij
dat in goed onderling overleg op. Wij vertrouwen erop dat twee scholen die elkaar al jaren kennen daar
samen uitkomen.

Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd. Wil een andere vmbo-school
of een andere mbo-instelling meedoen, dan kan dat als beide besturen instemmen en de nieuwe partner een
toetredingsverklaring tekent waarin hij alle afspraken overneemt; toetreden kan met ingang van een nieuw
schooljaar en wordt bij DUO gemeld. Wijzigingen leggen wij vast in een addendum dat door beide besturen
is getekend; zij gaan in bij het begin van een schooljaar. Ieder van ons kan de overeenkomst schriftelijk
opzeggen tegen het einde van een schooljaar, met een opzegtermijn van ten minste een vol schooljaar. Na
een opzegging nemen wij geen nieuwe leerlingen meer in de route op; wie dan al in de route zit, maakt
haar af volgens deze afspraken. Ook een toetreding of een wijziging mag voor leerlingen die al in de
route zitten geen nadeel opleveren.

Opgemaakt in tweevoud en ondertekend te Ede op 19 juni 2025.

Stichting Christelijk Voortgezet Onderwijs Ede en omstreken
drs. H.J. van Ravenswaaij, voorzitter college van bestuur

Stichting Agrarisch Opleidingscentrum Groene Vallei
ir. E.C. Brouwer-Hak, bestuurder
"""


@sample(343, "proza_zonder_kopjes_aoc_ede_dierenartsassistent", "txt",
        "Plain-text agreement in continuous prose without any headings, written in a 'wij' voice; Ede, "
        "vmbo school with an AOC, Groen gl -> Dierenartsassistent paraveterinair niveau 4; defects: "
        "nothing at all about finances or bekostiging (g missing) and disputes only 'in goed onderling "
        "overleg' (i weak).",
        "p p p p p p m p w p",
        {"a": "De route waarover wij afspraken maken",
         "b": "Het werkveld zit vanaf het begin aan tafel",
         "c": "De leiding over de route leggen wij bij een routeduo",
         "d": "Het routeduo houdt de besturen op de hoogte en legt aan hen verantwoording af",
         "e": "Voor de inrichting van het onderwijs spreken wij het volgende af",
         "f": "Wie de route niet afmaakt, laten wij niet los",
         "h": "Voor de medezeggenschap spreken wij, bovenop wat de wet regelt",
         "j": "Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd"})
def build_343(path):
    write_text(path, TEXT_343)


# ==============================================================================================
# 344 - very short Markdown with headings phrased as questions, Woerden, E&O kb -> Verkoopspecialist 3
# ==============================================================================================

TEXT_344 = """
# Samenwerkingsovereenkomst doorlopende leerroute Retail Woerden

**Partijen:** Stichting Voortgezet Onderwijs Woerden e.o., bevoegd gezag van Groenendaal Vakcollege
(hierna: het Vakcollege), en Stichting ROC Hollandse IJssel, bevoegd gezag van ROC Hollandse IJssel
(hierna: het ROC). Beide besturen spreken het volgende af.

## Welke route bieden we aan?

Een doorlopende leerroute van het profiel Economie en ondernemen, kaderberoepsgerichte leerweg, van het
Vakcollege naar de mbo-opleiding Verkoopspecialist (niveau 3, opleidingsdomein Handel) van het ROC.
Start in leerjaar 3; vier jaar in totaal. Wij melden de route samen aan in RIO.

## Wie uit het bedrijfsleven doet mee?

De Ondernemersvereniging Binnenstad Woerden, Bouwmarkt Van Vliet en Modehuis Oudshoorn. Zij bieden
snuffelstages in leerjaar 3, werken mee aan de leerwinkel-opdrachten, leveren bpv-plaatsen in de
mbo-fase en beoordelen mee bij de proeve van bekwaamheid. Twee keer per jaar geven zij het stuurduo
advies over het programma.

## Wie stuurt de route aan?

Een stuurduo: de afdelingsleider kader van het Vakcollege en de teamleider Retail van het ROC. Ieder
bestuur wijst zijn eigen lid aan. Het stuurduo stelt de jaarplanning en de roosters vast, beslist over
toelating en plaatsing bij leerbedrijven en bereidt het gezamenlijke PTA/OER voor. Over personeel,
geld en deze overeenkomst beslissen de besturen zelf.

## Hoe horen de besturen hoe het gaat?

Het stuurduo stuurt beide besturen in januari en in juni een korte notitie over in-, door- en
uitstroom, overstappen en examenresultaten, en legt in oktober in een gesprek met beide bestuurders
verantwoording af over het afgelopen schooljaar.

## Waar, met wie en met welke middelen?

Leerjaar 3 op het Vakcollege, leerjaar 4 deels in de leerwinkel van het ROC aan de Kromwijkerkade, de
mbo-fase op het ROC en bij de leerbedrijven. Het ROC stelt de leerwinkel en de kassatrainingsruimte
beschikbaar, het Vakcollege zijn praktijklokaal Economie en ondernemen. Eén team van twee docenten van
het Vakcollege en twee docenten retail van het ROC geeft de lessen; voor de vakoverstijgende
onderdelen gebruiken wij de teambevoegdheid. Het programma en de examens per leerjaar staan in het
PTA/OER.

## Wat als een leerling wil overstappen?

Hij krijgt altijd een route naar een diploma: in de vmbo-fase de gewone kaderberoepsgerichte leerweg
met vmbo-diploma; zonder vmbo-diploma na het derde routejaar verder bij het ROC in Verkoopspecialist of
een andere opleiding op niveau 2 of 3, zonder vooropleidingseisen; bij een andere richting een opleiding
op hetzelfde niveau bij het ROC of elders. Het stuurduo beslist samen met de leerling en zijn ouders, op
basis van het bereikte niveau en de leeftijd.

## Gaat er geld over en weer?

Nee. Er wordt geen bekostiging overgedragen; iedere partij draagt haar eigen kosten.

## Hoe doen we het met de medezeggenschap?

De medezeggenschapsraad van het Vakcollege en de studentenraad van het ROC vergaderen één keer per jaar
samen over de route en geven advies over elke wijziging van de overstapafspraken.

## Wat als we het oneens zijn?

Eerst overleg in het stuurduo, daarna tussen de bestuurders. Is het geschil na acht weken niet
opgelost, dan legt ieder van ons het voor aan de bevoegde rechter in de Rechtbank Midden-Nederland.

## Hoe lang, wie kan aansluiten, hoe veranderen of stoppen?

De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere school of instelling kan
per 1 augustus toetreden als beide besturen schriftelijk instemmen. Wijzigen gebeurt schriftelijk door
beide besturen. Opzeggen kan tegen 1 augustus met een termijn van een jaar. Leerlingen die al in de
route zitten, maken haar altijd af; na opzegging is er geen nieuwe instroom.

*Woerden, 20 juni 2025 — voor het Vakcollege: M. de Ruiter, bestuurder; voor het ROC: P.A. Hoogendijk,
voorzitter college van bestuur.*
"""


@sample(344, "zeer_kort_vraagkoppen_woerden_verkoopspecialist", "md",
        "Very short Markdown agreement (one page) whose headings are all questions, plain language; "
        "Woerden, Economie en ondernemen kb -> Verkoopspecialist niveau 3; fully compliant in few words "
        "(explicit no-transfer).",
        "p p p p p p p p p p",
        {"a": "Welke route bieden we aan?", "b": "Wie uit het bedrijfsleven doet mee?",
         "c": "Wie stuurt de route aan?", "d": "Hoe horen de besturen hoe het gaat?",
         "e": "Waar, met wie en met welke middelen?", "f": "Wat als een leerling wil overstappen?",
         "g": "Gaat er geld over en weer?", "h": "Hoe doen we het met de medezeggenschap?",
         "i": "Wat als we het oneens zijn?", "j": "Hoe lang, wie kan aansluiten, hoe veranderen of stoppen?"})
def build_344(path):
    write_text(path, TEXT_344)


# ==============================================================================================
# 345 - ROC model contract (PDF) with an included annex 'Afsprakenkaart' table, Oosterhout, PIE kb
#       defects: a weak (mbo side only 'een technische vakopleiding op niveau 3'),
#                e weak (inrichting complete except any use of facilities)
# ==============================================================================================

@sample(345, "modelcontract_afsprakenkaart_bijlage_oosterhout_techniek", "pdf",
        "ROC model contract (PDF, serif) with short articles and an included annex 'Afsprakenkaart' "
        "table holding most arrangements; Oosterhout, Produceren installeren en energie kb; defects: the "
        "mbo side is only 'een technische vakopleiding op niveau 3' chosen per cohort (a weak) and the "
        "otherwise full inrichting article says nothing about the use of facilities (e weak).",
        "w p p p w p p p p p",
        {"b": "Betrokkenheid bedrijfsleven", "c": "Leiding van de route",
         "d": "Informatie en verantwoording", "f": "Overstapoptie",
         "g": "Artikel 5 Financiën", "h": "Medezeggenschap", "i": "Artikel 6 Geschillen",
         "j": "Artikel 7 Duur, toetreding, wijziging en opzegging"})
def build_345(path):
    from reportlab.platypus import PageBreak, Spacer
    S = pdf_styles(base=10.5, font="Times-Roman")
    L = [
        ("small", "Model DLR-SOK ROC West-Brabant Noord, versie 2024-2 — ingevuld exemplaar"),
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("sub", "Techniekroute Oosterhout"),
        ("h2", "Partijen"),
        ("item", "1. Stichting Katholiek Voortgezet Onderwijs Oosterhout-Dongen, gevestigd te Oosterhout, "
                 "bevoegd gezag van Vakcollege De Vrijheid, rechtsgeldig vertegenwoordigd door de heer "
                 "drs. F.M.J. Verschuren, voorzitter van het college van bestuur, hierna: ‘de school’;"),
        ("item", "2. Stichting Regionaal Opleidingencentrum West-Brabant Noord, gevestigd te Breda, "
                 "rechtsgeldig vertegenwoordigd door mevrouw mr. I. van den Bogaert, lid van het college "
                 "van bestuur, hierna: ‘het ROC’;"),
        ("body", "komen het volgende overeen."),
        ("h2", "Artikel 1 Definities"),
        ("body", "In deze overeenkomst en de bijlage wordt verstaan onder route: de doorlopende leerroute "
                 "vmbo-mbo, bedoeld in artikel 2.107a WVO 2020; routejaar: een leerjaar van de route, te "
                 "tellen vanaf het derde leerjaar van de school; stuurgroep: de stuurgroep Techniekroute, "
                 "bedoeld in de afsprakenkaart; afsprakenkaart: bijlage 1 bij deze overeenkomst."),
        ("h2", "Artikel 2 Onderwerp"),
        ("body", "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo voor leerlingen van het "
                 "profiel Produceren, installeren en energie (PIE) in de kaderberoepsgerichte leerweg van "
                 "de school. De route leidt naar een technische vakopleiding op niveau 3 uit het aanbod "
                 "van het Techniekcollege Oosterhout van het ROC. Welke opleiding dat is, bepalen partijen "
                 "per cohort aan de hand van de belangstelling van de leerlingen en de vraag van bedrijven "
                 "in de regio. Partijen melden de route gezamenlijk aan in RIO."),
        ("h2", "Artikel 3 Afsprakenkaart"),
        ("body", "De afspraken over het bedrijfsleven, de leiding, de informatievoorziening, de inzet van "
                 "personeel, de overstapoptie en de medezeggenschap staan in de afsprakenkaart (bijlage 1). "
                 "De afsprakenkaart maakt onlosmakelijk deel uit van deze overeenkomst en bindt partijen op "
                 "dezelfde wijze als de artikelen."),
        ("h2", "Artikel 4 Organisatorische en onderwijskundige inrichting"),
        ("item", "1. Het onderwijs in het eerste routejaar wordt gegeven op Vakcollege De Vrijheid. In het "
                 "tweede routejaar wordt het onderwijs drie dagen per week op de school en twee dagen per "
                 "week op het Techniekcollege Oosterhout gegeven. In de mbo-fase wordt het onderwijs op het "
                 "Techniekcollege Oosterhout en bij de leerbedrijven gegeven."),
        ("item", "2. Partijen beschrijven het onderwijsprogramma, de examinering en de "
                 "beroepspraktijkvorming per routejaar in één PTA/OER, dat jaarlijks vóór 1 oktober door "
                 "de bevoegde organen wordt vastgesteld. Daarin is per onderdeel aangegeven of het een "
                 "vo-onderdeel, een mbo-onderdeel of een gecombineerd onderdeel is."),
        ("item", "3. In de eerste twee routejaren staat de deelnemer als leerling ingeschreven bij de school, "
                 "die dan ook verantwoordelijk is voor verzuim en leerplicht; vanaf het derde routejaar "
                 "staat hij als student ingeschreven bij het ROC."),
        ("item", "4. De roosters van beide partijen worden op elkaar afgestemd; partijen hanteren voor de "
                 "route één gezamenlijke jaarkalender."),
        ("item", "5. De inzet van personeel is geregeld in de afsprakenkaart, onder ‘Inzet personeel’."),
        ("item", "6. Een klacht over een medewerker van de andere partij wordt behandeld volgens de "
                 "klachtenregeling van de partij waar de klacht is ingediend, met medewerking van de andere "
                 "partij."),
        ("h2", "Artikel 5 Financiën"),
        ("item", "1. De school draagt met toepassing van artikel 5.42a WVO 2020 over het tweede routejaar "
                 "€ 780 per leerling over aan het ROC, berekend naar het aantal leerlingen in het tweede "
                 "routejaar op 1 oktober."),
        ("item", "2. Het overgedragen bedrag is bestemd voor de loonkosten van de docenten van het ROC die in "
                 "het tweede routejaar lesgeven aan de leerlingen van de route."),
        ("item", "3. Het ROC brengt het bedrag in januari in rekening. Verder draagt iedere partij haar "
                 "eigen kosten."),
        ("h2", "Artikel 6 Geschillen"),
        ("item", "1. Geschillen over de uitvoering van deze overeenkomst worden eerst in de stuurgroep "
                 "besproken."),
        ("item", "2. Is het geschil na zes weken niet opgelost, dan wordt het voorgelegd aan de colleges van "
                 "bestuur, die binnen vier weken bijeenkomen."),
        ("item", "3. Blijft het geschil daarna bestaan, dan schakelen partijen een door hen gezamenlijk "
                 "gekozen mediator in. Slaagt de mediation niet binnen drie maanden, dan is de bevoegde "
                 "rechter van de Rechtbank Zeeland-West-Brabant, locatie Breda, bevoegd."),
        ("h2", "Artikel 7 Duur, toetreding, wijziging en opzegging"),
        ("item", "1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("item", "2. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan toetreden "
                 "door ondertekening van een toetredingsverklaring, als beide partijen schriftelijk hebben "
                 "ingestemd. Toetreding gaat in bij het begin van een schooljaar en wordt aan DUO gemeld."),
        ("item", "3. Deze overeenkomst en de afsprakenkaart kunnen alleen schriftelijk en met instemming van "
                 "beide partijen worden gewijzigd. Wijzigingen gaan in bij het begin van een schooljaar."),
        ("item", "4. Ieder van partijen kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een "
                 "opzegtermijn van twaalf maanden."),
        ("item", "5. Bij toetreding, wijziging en opzegging zorgen partijen dat de gevolgen voor leerlingen "
                 "en studenten zo klein mogelijk blijven: na opzegging stromen geen nieuwe leerlingen meer "
                 "in en leerlingen die de route al volgen, ronden haar af onder de bestaande afspraken."),
        ("h2", "Artikel 8 Slotbepaling"),
        ("body", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("sp", "10"),
        ("body", "Aldus overeengekomen en ondertekend te Oosterhout op 25 juni 2025."),
        ("body", "Voor de school: drs. F.M.J. Verschuren, voorzitter college van bestuur"),
        ("body", "Voor het ROC: mr. I. van den Bogaert, lid college van bestuur"),
    ]
    story = pdf_flow(L, S)
    story.append(PageBreak())
    story += pdf_flow([("h1", "Bijlage 1 Afsprakenkaart Techniekroute Oosterhout"),
                       ("body", "Deze afsprakenkaart hoort bij de samenwerkingsovereenkomst doorlopende "
                                "leerroute Techniekroute Oosterhout van 25 juni 2025 (zie artikel 3).")], S)
    rows = [
        ["Onderwerp", "Afspraak", "Eigenaar"],
        ["Betrokkenheid bedrijfsleven",
         "Installatiebedrijf Van Gils B.V., Elektrotechniek Hermans en Metaalbewerking Oosterhout-Oost "
         "zijn routepartner. Zij bieden in routejaar 1 bedrijfsbezoeken en in routejaar 2 een snuffelstage "
         "van tien dagen, leveren in de mbo-fase bpv-plaatsen en praktijkbeoordelaars voor de examens, en "
         "leveren per schooljaar ten minste drie praktijkopdrachten. Twee keer per jaar adviseren zij de "
         "stuurgroep in de bedrijvenronde over het programma en over de keuze van de opleiding per cohort.",
         "stuurgroep"],
        ["Leiding van de route",
         "De leiding berust bij de stuurgroep Techniekroute: de directeur van Vakcollege De Vrijheid, de "
         "directeur van het Techniekcollege Oosterhout en de routecoördinator als secretaris. De "
         "directeuren worden door hun eigen college van bestuur in de stuurgroep benoemd; de "
         "routecoördinator wordt door de stuurgroep benoemd, na instemming van beide colleges. De "
         "stuurgroep stelt de jaarplanning vast, beslist over toelating en over de opleiding per cohort, "
         "verdeelt de lesuren over het team en bereidt het PTA/OER voor. Zij gaat geen financiële "
         "verplichtingen aan en wijzigt deze overeenkomst niet; dat blijft aan de colleges van bestuur.",
         "colleges van bestuur"],
        ["Informatie en verantwoording",
         "De stuurgroep stuurt beide colleges van bestuur na ieder kwartaal een routedashboard (instroom, "
         "uitval, overstap, examenresultaten, bpv). Vóór 1 november legt zij in een jaarverslag "
         "verantwoording af over het afgelopen schooljaar; het jaarverslag wordt in december besproken in "
         "een bestuurlijk overleg van beide colleges.",
         "stuurgroep"],
        ["Inzet personeel",
         "Het onderwijs wordt gegeven door één routeteam: drie docenten PIE van de school en twee docenten "
         "van het Techniekcollege. Een docent van het Techniekcollege geeft in routejaar 1 vier uur per week "
         "les op de school. Voor de vakoverstijgende onderdelen die in het PTA/OER zijn gemarkeerd, geldt "
         "de teambevoegdheid; voor ieder onderdeel is een bevoegde docent in het team. Iedere partij blijft "
         "werkgever van haar eigen docenten.",
         "routecoördinator"],
        ["Overstapoptie",
         "Iedere deelnemer die de route verlaat, krijgt een vervolg naar een diploma. Vertrek in de "
         "vo-fase: reguliere kaderberoepsgerichte leerweg PIE of een ander profiel van de school, met "
         "vmbo-diploma. Geen vmbo-diploma na routejaar 3: verder in de gekozen opleiding of in een andere "
         "opleiding op niveau 2 of 3 van het ROC, zonder vooropleidingseisen. Andere richting: opleiding op "
         "hetzelfde niveau bij het ROC of elders in de regio. De directeuren van de school en het "
         "Techniekcollege beslissen gezamenlijk, na gesprek met de deelnemer en zijn ouders, op grond van "
         "het bereikte onderwijsniveau en de leeftijd.",
         "stuurgroep"],
        ["Medezeggenschap",
         "Partijen spreken af dat een leerling van routejaar 2 als toehoorder met spreekrecht deelneemt aan "
         "de studentenraad van het Techniekcollege. Voorgenomen wijzigingen van deze afsprakenkaart worden "
         "voor advies voorgelegd aan de medezeggenschapsraad van de school en de studentenraad van het "
         "ROC.",
         "colleges van bestuur"],
    ]
    story.append(pdf_table(rows, [3.6, 10.2, 2.8], S))
    write_pdf_simple(path, story, "Samenwerkingsovereenkomst Techniekroute Oosterhout",
                     "ROC West-Brabant Noord · model DLR-SOK 2024-2 · Techniekroute Oosterhout",
                     margins=2.3)


# ==============================================================================================
# 346 - interne regeling of a verticale scholengemeenschap (DOCX, Word auto-numbering),
#       Hardenberg/Vechtdal, Horeca bakkerij en recreatie kb -> Zelfstandig werkend gastheer/gastvrouw 3
# ==============================================================================================

NUMBERING_XML_346 = (
    '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'w:abstractNumId="40"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
    '<w:lvlText w:val="Artikel %1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/>'
    '</w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="426" w:hanging="426"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="852" w:hanging="426"/></w:pPr></w:lvl>'
    '</w:abstractNum>')


def add_multilevel_numbering(d, abstract_xml, abstract_id, num_id):
    from docx.oxml import parse_xml
    numbering = d.part.numbering_part.element
    absn = parse_xml(abstract_xml)
    nums = numbering.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="%d">'
        '<w:abstractNumId w:val="%d"/></w:num>' % (num_id, abstract_id)))


def numbered(d, text, level, num_id, style=None, bold=False):
    from docx.oxml import parse_xml
    p = docx_par(d, text, style=style, bold=bold)
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0 if style is None else 1, parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (level, num_id)))
    return p


def build_numbered_docx(d, blocks, num_id):
    """blocks: list of (level, text); level 0 = article heading, 1 = lid, 2 = onderdeel, 'p' = plain."""
    for lvl, text in blocks:
        if lvl == "p":
            docx_par(d, text)
        elif lvl == 0:
            numbered(d, text, 0, num_id, style="Heading 2")
        else:
            numbered(d, text, lvl, num_id)


@sample(346, "interne_regeling_vsg_autonummering_vechtdal_gastheer", "docx",
        "Interne regeling of a verticale scholengemeenschap (one bevoegd gezag) as a CvB decision in "
        "DOCX with real Word multilevel auto-numbering (Artikel %1 / leden / onderdelen, numbers not in "
        "the text); Hardenberg/Vechtdal, Horeca bakkerij en recreatie kb -> Zelfstandig werkend "
        "gastheer/gastvrouw niveau 3; a-g complete, h-j not required.",
        "p p p p p p p na na na",
        {"a": "Route en opleiding", "b": "Betrokkenheid van het bedrijfsleven",
         "c": "Leiding over de route", "d": "Informatie en verantwoording aan het college van bestuur",
         "e": "Organisatorische en onderwijskundige inrichting", "f": "Overstapoptie",
         "g": "Bekostiging"})
def build_346(path):
    d = new_docx("Interne regeling doorlopende leerroute Gastvrijheid Vechtdal")
    add_multilevel_numbering(d, NUMBERING_XML_346, 40, 40)
    docx_par(d, "Interne regeling doorlopende leerroute Gastvrijheid Vechtdal", "Title")
    docx_par(d, "Besluit van het college van bestuur van Stichting Vechtdal Onderwijsgroep van 16 juni 2025, "
                "nr. CvB/2025/061", italic=True)
    docx_par(d, "Het college van bestuur van Stichting Vechtdal Onderwijsgroep, bevoegd gezag van de "
                "verticale scholengemeenschap Vechtdal Onderwijsgroep te Hardenberg, waarvan deel uitmaken "
                "de school voor vmbo Vechtdal Vakcollege en de instelling voor beroepsonderwijs Vechtdal "
                "mbo;")
    docx_par(d, "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, "
                "derde lid, van de Wet educatie en beroepsonderwijs;")
    docx_par(d, "overwegende dat de doorlopende leerroute volledig binnen de verticale scholengemeenschap "
                "wordt verzorgd, zodat in plaats van een samenwerkingsovereenkomst een interne regeling "
                "wordt vastgesteld, en dat de gemeenschappelijke medezeggenschapsraad over het voornemen "
                "tot het aanbieden van de route advies heeft uitgebracht;")
    docx_par(d, "besluit vast te stellen de volgende regeling:", bold=True)
    B = [
        (0, "Begripsbepalingen"),
        (1, "In deze regeling wordt verstaan onder:"),
        (2, "college: het college van bestuur van Stichting Vechtdal Onderwijsgroep;"),
        (2, "Vakcollege: de school voor vmbo Vechtdal Vakcollege, locatie Hardenberg;"),
        (2, "Vechtdal mbo: de instelling voor beroepsonderwijs Vechtdal mbo, cluster Gastvrijheid;"),
        (2, "route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2."),
        (0, "Route en opleiding"),
        (1, "De route sluit aan op het profiel Horeca, bakkerij en recreatie in de kaderberoepsgerichte "
            "leerweg van het Vakcollege en leidt tot de opleiding Zelfstandig werkend gastheer/gastvrouw, "
            "niveau 3, in het opleidingsdomein Horeca en bakkerij, van Vechtdal mbo."),
        (1, "De route begint in het derde leerjaar van het Vakcollege en duurt vier jaar. De leerling "
            "legt het centraal examen vmbo af in het tweede of uiterlijk het derde jaar van de route."),
        (1, "Het college meldt de route aan de minister door registratie in RIO."),
        (0, "Betrokkenheid van het bedrijfsleven"),
        (1, "Hotel De Vechtstroom te Ommen, Restaurant Het Schaapsveld te Hardenberg en Vakantiepark De "
            "Lemelerberg te Lemele zijn als erkende leerbedrijven aan de route verbonden. Zij:"),
        (2, "ontvangen de leerlingen van het eerste routejaar voor vier meewerkdagen;"),
        (2, "stellen in het tweede routejaar een snuffelstage en in de mbo-fase bpv-plaatsen beschikbaar;"),
        (2, "verzorgen ieder schooljaar ten minste drie gastlessen of demonstraties;"),
        (2, "leveren assessoren voor de proeven van bekwaamheid."),
        (1, "De routeleiding bespreekt het programma twee keer per schooljaar met de leerbedrijven in de "
            "beroepenveldcommissie Gastvrijheid, die het college gevraagd en ongevraagd advies geeft."),
        (0, "Leiding over de route"),
        (1, "De leiding over de route berust bij de routeleiding, bestaande uit de locatiedirecteur van "
            "het Vakcollege en de clusterdirecteur Gastvrijheid van Vechtdal mbo."),
        (1, "Het college wijst de leden van de routeleiding aan. Het college benoemt op voordracht van de "
            "routeleiding een routecoördinator voor een periode van drie schooljaren."),
        (1, "Het college draagt aan de routeleiding op: de vaststelling van de jaarplanning en de "
            "roosters, de toelating tot de route, de inzet van het personeel binnen de vastgestelde "
            "formatie, het voorstel voor het PTA/OER en de beslissingen over overstap op grond van de "
            "overstapoptie. De routeleiding handelt daarbij binnen de mandaatregeling van het college; "
            "besluiten over formatie-uitbreiding en over wijziging van deze regeling neemt het college "
            "zelf."),
        (0, "Informatie en verantwoording aan het college van bestuur"),
        (1, "De routeleiding verantwoordt zich over de route in de trimesterrapportages aan het college, "
            "die uiterlijk op 1 december, 1 april en 1 juli worden ingediend. Daarin staan de in-, door- en "
            "uitstroom, de overstappen, de examenresultaten en de bpv-plaatsen."),
        (1, "De routeleiding bespreekt jaarlijks in september met het college de evaluatie van het "
            "afgelopen schooljaar. Het college neemt de route op in het bestuursverslag."),
        (0, "Organisatorische en onderwijskundige inrichting"),
        (1, "Het onderwijs wordt gegeven in het gebouw van het Vakcollege aan de Bruchterweg en in het "
            "leerhotel van Vechtdal mbo aan de Stationsstraat te Hardenberg, en in de mbo-fase mede bij de "
            "leerbedrijven."),
        (1, "De leerlingen maken vanaf het eerste routejaar gebruik van het leerrestaurant, de "
            "bedieningsbar en de hotelkamers van het leerhotel; studenten van Vechtdal mbo gebruiken "
            "voor keuzedelen de leskeukens van het Vakcollege."),
        (1, "Het onderwijs wordt verzorgd door één team van docenten van het Vakcollege en Vechtdal mbo. "
            "Voor de vak- en sectoroverstijgende programmaonderdelen die in het PTA/OER zijn aangewezen, "
            "wordt gebruikgemaakt van de teambevoegdheid; voor ieder onderdeel is een bevoegde docent in "
            "het team."),
        (1, "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar "
            "beschreven in het gezamenlijke PTA/OER, dat jaarlijks vóór 1 oktober wordt vastgesteld."),
        (0, "Overstapoptie"),
        (1, "Aan een leerling of student die de route verlaat, wordt altijd een vervolg geboden dat leidt "
            "tot een vmbo-diploma of een mbo-diploma."),
        (1, "Het vervolg wordt bepaald door de locatiedirecteur van het Vakcollege en de "
            "clusterdirecteur Gastvrijheid gezamenlijk, na overleg met de leerling en de ouders, op grond "
            "van het bereikte onderwijsniveau en de leeftijd."),
        (1, "In elk geval staan open:"),
        (2, "bij vertrek in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg van het "
            "Vakcollege, in hetzelfde of een ander profiel;"),
        (2, "zonder vmbo-diploma na het derde routejaar: voortzetting van de opleiding of overstap naar "
            "een andere opleiding op niveau 2 of 3 van Vechtdal mbo, zonder toepassing van de "
            "vooropleidingseisen;"),
        (2, "bij een andere beroepskeuze: een opleiding op hetzelfde niveau binnen Vechtdal mbo of bij een "
            "andere instelling in de regio."),
        (0, "Bekostiging"),
        (1, "Omdat het Vakcollege en Vechtdal mbo onder hetzelfde bevoegd gezag vallen, vindt geen "
            "overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 "
            "WEB. Het college verdeelt de middelen voor de route in de jaarlijkse begroting."),
        (0, "Wijziging"),
        (1, "Het college kan deze regeling wijzigen na advies van de gemeenschappelijke "
            "medezeggenschapsraad. Een wijziging geldt niet eerder dan met ingang van het volgende "
            "schooljaar."),
        (0, "Inwerkingtreding en citeertitel"),
        (1, "Deze regeling treedt in werking op 1 augustus 2025."),
        (1, "Deze regeling wordt aangehaald als: Interne regeling DLR Gastvrijheid Vechtdal."),
    ]
    build_numbered_docx(d, B, 40)
    docx_par(d, "")
    docx_par(d, "Aldus vastgesteld door het college van bestuur op 16 juni 2025.")
    docx_par(d, "mr. G.J. Hulsman, voorzitter college van bestuur")
    save_docx(d, path)


# ==============================================================================================
# 347 - long PDF with chapters, ToC and two annexes; three parties (two vmbo boards + ROC);
#       geïntegreerde route, Lelystad/Dronten, Mobiliteit en transport bb -> Logistiek medewerker 2
# ==============================================================================================

@sample(347, "lang_hoofdstukken_geintegreerde_route_drie_partijen_flevoland_logistiek", "pdf",
        "Long PDF (about eight pages) written by a projectbureau: ToC, chapters with numbered "
        "paragraphs, two annexes (financial table, annual cycle); three parties (two vmbo boards and a "
        "ROC); geïntegreerde route Mobiliteit en transport bb -> Logistiek medewerker niveau 2 in "
        "Lelystad/Dronten; passende plek without automatic Entree; fully compliant.",
        "p p p p p p p p p p",
        {"a": "2.1 Profiel, leerweg en kwalificatie",
         "b": "Hoofdstuk 3 Betrokkenheid van het logistieke bedrijfsleven",
         "c": "4.1 De routeraad",
         "d": "4.3 Informatie en verantwoording",
         "e": "Hoofdstuk 5 Uitvoering van het onderwijs",
         "f": "Hoofdstuk 6 Passende plek bij vertrek uit de route",
         "g": "Hoofdstuk 7 Financiële afspraken",
         "h": "Hoofdstuk 8 Medezeggenschap",
         "i": "Hoofdstuk 9 Geschillen",
         "j": "Hoofdstuk 10 Duur, toetreding, wijziging en beëindiging"})
def build_347(path):
    from reportlab.platypus import PageBreak
    S = pdf_styles(base=10)
    toc = ["Partijen en overwegingen",
           "Hoofdstuk 1 Algemene bepalingen",
           "Hoofdstuk 2 De geïntegreerde route",
           "Hoofdstuk 3 Betrokkenheid van het logistieke bedrijfsleven",
           "Hoofdstuk 4 Sturing en verantwoording",
           "Hoofdstuk 5 Uitvoering van het onderwijs",
           "Hoofdstuk 6 Passende plek bij vertrek uit de route",
           "Hoofdstuk 7 Financiële afspraken",
           "Hoofdstuk 8 Medezeggenschap",
           "Hoofdstuk 9 Geschillen",
           "Hoofdstuk 10 Duur, toetreding, wijziging en beëindiging",
           "Hoofdstuk 11 Slotbepalingen",
           "Bijlage A Financiële uitwerking",
           "Bijlage B Jaarcyclus sturing en verantwoording"]
    L = [
        ("small", "Projectbureau Flevoroute · documentnummer FR-SOK-2025-03 · status: definitief, "
                  "vastgesteld door de drie besturen"),
        ("title", "Samenwerkingsovereenkomst geïntegreerde route vmbo-mbo"),
        ("sub", "Flevoroute Logistiek Lelystad-Dronten"),
        ("h2", "Inhoud"),
    ] + [("item", t) for t in toc] + [
        ("h1", "Partijen en overwegingen"),
        ("body", "De ondergetekenden:"),
        ("item", "1. Stichting Openbaar Voortgezet Onderwijs Lelystad, gevestigd te Lelystad, bevoegd "
                 "gezag van Vakcollege Batavia, vertegenwoordigd door de heer A.R. Doornbos, voorzitter van "
                 "het college van bestuur (hierna: Vakcollege Batavia);"),
        ("item", "2. Stichting Christelijk Voortgezet Onderwijs Dronten, gevestigd te Dronten, bevoegd "
                 "gezag van De Poldervaart vmbo, vertegenwoordigd door mevrouw C.M. Schaafsma-de Wit, "
                 "bestuurder (hierna: De Poldervaart);"),
        ("item", "3. Stichting Regionaal Opleidingencentrum Flevo-IJssel, gevestigd te Lelystad, bevoegd "
                 "gezag van ROC Flevo-IJssel, vertegenwoordigd door de heer drs. Y. El Idrissi, voorzitter "
                 "van het college van bestuur (hierna: het ROC);"),
        ("body", "Vakcollege Batavia en De Poldervaart hierna samen ook: de scholen; de scholen en het ROC "
                 "samen: partijen."),
        ("body", "Overwegende dat:"),
        ("item", "a. de logistieke sector in Flevoland, met de bedrijventerreinen Flevopoort en Larserpoort "
                 "en de distributiecentra rond Dronten, een groeiende vraag heeft naar vakkrachten op "
                 "niveau 2;"),
        ("item", "b. een deel van de leerlingen in de basisberoepsgerichte leerweg meer baat heeft bij een "
                 "praktijkgerichte route die rechtstreeks naar een mbo-diploma leidt dan bij het afleggen "
                 "van het volledige vmbo-examen;"),
        ("item", "c. artikel 2.107l WVO 2020 en artikel 9.1.17 WEB de mogelijkheid bieden van een "
                 "geïntegreerde route vmbo-basisberoepsopleiding op grond van een samenwerkingsovereenkomst "
                 "die voldoet aan artikel 2.107b WVO 2020;"),
        ("item", "d. partijen sinds 2022 samenwerken in een pilot en de opgedane ervaringen, waaronder de "
                 "evaluatie door het projectbureau van mei 2025, in deze overeenkomst hebben verwerkt;"),
        ("body", "komen het volgende overeen."),

        ("h1", "Hoofdstuk 1 Algemene bepalingen"),
        ("h2", "1.1 Begrippen"),
        ("body", "In deze overeenkomst wordt verstaan onder: route: de geïntegreerde route "
                 "vmbo-basisberoepsopleiding, bedoeld in artikel 2.107l WVO 2020, zoals beschreven in "
                 "hoofdstuk 2; routejaar: een leerjaar van de route, waarbij routejaar 1 samenvalt met het "
                 "derde leerjaar van de school; vo-fase: routejaar 1 en 2; mbo-fase: routejaar 3; "
                 "routeraad: het orgaan bedoeld in paragraaf 4.1; routemanager: de functionaris bedoeld in "
                 "paragraaf 4.2; PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de "
                 "onderwijs- en examenregeling van de route; logistieke partners: de bedrijven bedoeld in "
                 "hoofdstuk 3."),
        ("h2", "1.2 Doel en reikwijdte"),
        ("body", "Partijen verzorgen gezamenlijk de route voor leerlingen van de scholen. Deze overeenkomst "
                 "regelt de samenwerking tussen partijen over de gehele duur van de route, van de toelating "
                 "in routejaar 1 tot en met de diplomering in de mbo-fase, en de afspraken voor leerlingen "
                 "die de route voortijdig verlaten."),
        ("h2", "1.3 Melding"),
        ("body", "Ieder van de scholen meldt samen met het ROC de route aan de minister door registratie in "
                 "RIO, vóór 1 augustus 2025. Het ROC coördineert de melding."),

        ("h1", "Hoofdstuk 2 De geïntegreerde route"),
        ("h2", "2.1 Profiel, leerweg en kwalificatie"),
        ("item", "1. De route sluit aan op het profiel Mobiliteit en transport in de basisberoepsgerichte "
                 "leerweg van beide scholen."),
        ("item", "2. De route leidt tot het diploma van de opleiding Logistiek medewerker, niveau 2 "
                 "(basisberoepsopleiding), kwalificatiedossier Logistiek, in het opleidingsdomein Transport, "
                 "scheepvaart en logistiek, in de beroepsopleidende leerweg."),
        ("item", "3. Leerlingen in de route leggen geen volledig eindexamen in de basisberoepsgerichte "
                 "leerweg af. Het vak Nederlands en het beroepsgerichte profielvak Mobiliteit en transport "
                 "worden wel met een schoolexamen afgesloten, zodat bij vertrek uit de route een "
                 "vmbo-examen binnen bereik blijft (zie hoofdstuk 6)."),
        ("h2", "2.2 Toelating"),
        ("body", "Tot de route worden leerlingen toegelaten die aan het einde van het tweede leerjaar van de "
                 "basisberoepsgerichte leerweg naar het oordeel van de mentor en de afdelingsleider baat "
                 "hebben bij de route. Toelating geschiedt in overleg met de leerling en de ouders en na "
                 "overleg met het ROC, dat een kennismakingsgesprek voert. De routeraad stelt jaarlijks het "
                 "aantal plaatsen vast; de scholen hebben elk recht op ten minste twaalf plaatsen per cohort."),
        ("h2", "2.3 Opbouw van de route"),
        ("body", "Routejaar 1: vier dagen onderwijs op de eigen school, waarvan twee dagen in het "
                 "praktijklokaal Mobiliteit en transport, en één dag op het Logistiek College van het ROC. "
                 "Routejaar 2: drie dagen op het Logistiek College, één dag op de eigen school voor "
                 "Nederlands, rekenen en loopbaanbegeleiding, en één dag beroepspraktijkvorming bij een "
                 "logistieke partner. Routejaar 3: mbo-fase met drie dagen beroepspraktijkvorming en twee "
                 "dagen op het Logistiek College, afgesloten met de examens van de kwalificatie. De route "
                 "duurt drie jaar; verlenging met ten hoogste een jaar is mogelijk."),
        ("h2", "2.4 Examinering"),
        ("body", "De examinering per routejaar is vastgelegd in het PTA/OER (zie paragraaf 5.1, vierde lid). "
                 "De scholen blijven verantwoordelijk voor de schoolexamens in de vo-fase; het ROC is "
                 "verantwoordelijk voor de mbo-examinering en de diplomering. Mbo-examens kunnen vanaf "
                 "routejaar 1 worden afgenomen. De examencommissie van het ROC ziet toe op de mbo-examens; "
                 "de examensecretarissen van de scholen en het ROC stemmen de examenplanning af."),

        ("h1", "Hoofdstuk 3 Betrokkenheid van het logistieke bedrijfsleven"),
        ("item", "1. De volgende bedrijven zijn bij de start als logistieke partner aan de route verbonden: "
                 "Distributiecentrum Flevopoort B.V. (Lelystad), Transportbedrijf Kampman & Zn. (Dronten), "
                 "Koel- en Vrieshuis Larserpoort (Lelystad) en Groothandel Agri-Supply Noordoostpolder "
                 "(Dronten). Ieder van hen is door SBB erkend als leerbedrijf."),
        ("item", "2. De logistieke partners:"),
        ("item2", "a. ontvangen iedere leerling in routejaar 1 voor twee bedrijfsbezoeken en een "
                  "meewerkdag in het magazijn;"),
        ("item2", "b. bieden in routejaar 2 een vaste bpv-dag per week en in routejaar 3 een bpv-plaats van "
                  "drie dagen per week, met een erkende praktijkopleider;"),
        ("item2", "c. leveren per schooljaar ten minste vier praktijkopdrachten uit hun eigen bedrijfsvoering "
                  "(orderpicken, voorraadtelling, ontvangst en controle van goederen, laadplanning);"),
        ("item2", "d. stellen praktijkbeoordelaars beschikbaar voor de proeven van bekwaamheid;"),
        ("item2", "e. nemen deel aan de werkveldcommissie Logistiek."),
        ("item", "3. De werkveldcommissie Logistiek bestaat uit een vertegenwoordiger van iedere logistieke "
                 "partner, een adviseur van SBB en de routemanager. Zij komt drie keer per schooljaar "
                 "bijeen en adviseert de routeraad over het programma, de keuzedelen (onder meer "
                 "heftruckcertificaat en koel- en vrieslogistiek) en het aantal bpv-plaatsen. De routeraad "
                 "motiveert het schriftelijk wanneer hij van een advies afwijkt."),
        ("item", "4. Het Logistiek Cluster Flevoland, het regionale netwerk van logistieke werkgevers, wordt "
                 "eens per jaar door de routeraad uitgenodigd voor een gesprek over de arbeidsmarkt en het "
                 "werven van nieuwe logistieke partners."),

        ("h1", "Hoofdstuk 4 Sturing en verantwoording"),
        ("h2", "4.1 De routeraad"),
        ("item", "1. De leiding over de route berust bij de routeraad."),
        ("item", "2. De routeraad bestaat uit de afdelingsleider basis van Vakcollege Batavia, de "
                 "afdelingsleider onderbouw en basis van De Poldervaart en de directeur van het Logistiek "
                 "College van het ROC, die de routeraad voorzit."),
        ("item", "3. Ieder lid wordt door het college van bestuur of de bestuurder van de eigen partij "
                 "schriftelijk benoemd, voor vier jaar; herbenoeming is mogelijk. Het benoemende bestuur "
                 "voorziet binnen twee maanden in een vacature."),
        ("item", "4. De besturen dragen aan de routeraad de volgende taken en bevoegdheden op:"),
        ("item2", "a. het vaststellen van het jaarplan, de jaarplanning en het aantal plaatsen per cohort;"),
        ("item2", "b. het opstellen van het PTA/OER en het voorleggen daarvan aan de bevoegde organen;"),
        ("item2", "c. het verdelen van de lesuren over het routeteam binnen de door de besturen vastgestelde "
                  "formatie;"),
        ("item2", "d. het besluiten over toelating, het voorbereiden van beslissingen over een passende "
                  "plek als bedoeld in hoofdstuk 6, en het aangaan van afspraken met logistieke partners;"),
        ("item2", "e. het beheren van het routebudget, bedoeld in hoofdstuk 7, tot een bedrag van € 20.000 "
                  "per uitgave."),
        ("item", "5. Besluiten over benoeming en ontslag van personeel, over uitgaven boven het in het vierde "
                 "lid onder e genoemde bedrag en over wijziging van deze overeenkomst zijn voorbehouden aan "
                 "de besturen."),
        ("item", "6. De routeraad besluit bij meerderheid van stemmen; bij staking beslist de voorzitter, "
                 "behalve in aangelegenheden die slechts één school betreffen: daarover besluit de routeraad "
                 "niet zonder instemming van de afdelingsleider van die school."),
        ("h2", "4.2 De routemanager"),
        ("body", "De routeraad benoemt, na instemming van de drie besturen, een routemanager voor ten minste "
                 "0,6 fte. De routemanager is in dienst van het ROC, bereidt de besluiten van de routeraad "
                 "voor, zorgt voor de dagelijkse uitvoering en is het aanspreekpunt voor de logistieke "
                 "partners, de leerlingen en de ouders."),
        ("h2", "4.3 Informatie en verantwoording"),
        ("item", "1. De routeraad zendt de drie besturen ieder kwartaal, binnen vier weken na afloop daarvan, "
                 "een beknopte voortgangsrapportage met de stand van de in-, door- en uitstroom, het verzuim, "
                 "de vertrekkers uit de route en hun bestemming, en de uitputting van het routebudget."),
        ("item", "2. Vóór 1 november legt de routeraad in een jaarverslag verantwoording af over het "
                 "voorgaande schooljaar, met de examenresultaten, de diplomering, de ervaringen van de "
                 "logistieke partners en de besteding van de middelen bedoeld in hoofdstuk 7. Het "
                 "jaarverslag wordt in het bestuurlijk overleg van december besproken."),
        ("item", "3. Het bestuurlijk overleg van de drie besturen komt ten minste twee keer per jaar bijeen, "
                 "in december en in juni. De routeraad is daarbij aanwezig."),
        ("item", "4. De routeraad informeert de besturen onverwijld over gebeurtenissen die de continuïteit of "
                 "de veiligheid van de route raken. Bijlage B geeft de jaarcyclus weer."),

        ("h1", "Hoofdstuk 5 Uitvoering van het onderwijs"),
        ("h2", "5.1 Locaties, faciliteiten en programma"),
        ("item", "1. Het onderwijs wordt verzorgd op de locaties van Vakcollege Batavia (Lelystad), De "
                 "Poldervaart (Dronten) en het Logistiek College van het ROC aan de Larserpoort te "
                 "Lelystad, en bij de logistieke partners."),
        ("item", "2. Het ROC stelt voor de route beschikbaar: de magazijnsimulatie met scanners en "
                 "warehousemanagementsoftware, de heftruckhal met twee heftrucks en een reachtruck, en de "
                 "mediatheek. De scholen stellen hun praktijklokalen Mobiliteit en transport, hun "
                 "computerlokalen en hun kantines beschikbaar voor lessen van docenten van het ROC."),
        ("item", "3. Het ROC regelt en bekostigt het vervoer per bus tussen De Poldervaart en het Logistiek "
                 "College op de dagen dat leerlingen uit Dronten in Lelystad les hebben."),
        ("item", "4. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden voor de gehele "
                 "route per routejaar beschreven in het PTA/OER, dat jaarlijks vóór 1 oktober wordt "
                 "vastgesteld. Daarin wordt aangegeven welke onderdelen vo-onderdelen, welke "
                 "mbo-onderdelen en welke gecombineerde onderdelen zijn, en in welke onderdelen een team "
                 "wordt ingezet."),
        ("h2", "5.2 Personeel en teambevoegdheid"),
        ("item", "1. De route wordt verzorgd door één routeteam, bestaande uit de leraren Mobiliteit en "
                 "transport en Nederlands van beide scholen en de docenten logistiek van het ROC."),
        ("item", "2. Het ROC zet in routejaar 1 op iedere school een docent logistiek in voor ten minste zes "
                 "uur per week. De scholen zetten in routejaar 2 ieder een leraar Nederlands in op het "
                 "Logistiek College voor vier uur per week."),
        ("item", "3. Voor de in het PTA/OER gemarkeerde vak- en sectoroverstijgende onderdelen maken partijen "
                 "gebruik van de teambevoegdheid, bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. "
                 "Ieder lid van het team heeft een bevoegdheid voor ten minste één vak of voldoet aan "
                 "artikel 4.2.1 WEB, en voor ieder onderdeel is ten minste één bevoegd lid in het team."),
        ("item", "4. Iedere partij blijft werkgever van het eigen personeel en draagt zorg voor de "
                 "professionalisering daarvan. Het routeteam volgt jaarlijks gezamenlijk twee "
                 "studiedagen."),
        ("h2", "5.3 Inschrijving, verzuim en begeleiding"),
        ("body", "In routejaar 1 en 2 staat de deelnemer als leerling ingeschreven bij de eigen school, die "
                 "verantwoordelijk is voor de verzuimregistratie en de melding aan de leerplichtambtenaar. "
                 "Vanaf routejaar 3 staat de deelnemer als student ingeschreven bij het ROC. De mentor van "
                 "de school blijft tot het einde van routejaar 2 het eerste aanspreekpunt; daarna neemt de "
                 "studieloopbaanbegeleider van het ROC die rol over. Ondersteuning in het kader van passend "
                 "onderwijs wordt geboden door de partij waar de deelnemer is ingeschreven."),
        ("h2", "5.4 Klachten"),
        ("body", "Een klacht die bij de ene partij wordt ingediend over een gedraging van een medewerker van "
                 "een andere partij, wordt behandeld door de klachtencommissie van de partij waar de klacht "
                 "is ingediend. De partij waar de medewerker werkt, verleent medewerking en wordt over de "
                 "uitkomst geïnformeerd."),
        ("h2", "5.5 Gegevensuitwisseling"),
        ("body", "Partijen wisselen alleen de persoonsgegevens uit die nodig zijn voor de uitvoering van "
                 "de route. De voorwaarden zijn vastgelegd in een afzonderlijke overeenkomst "
                 "gegevensuitwisseling, die partijen gelijktijdig met deze overeenkomst sluiten."),

        ("h1", "Hoofdstuk 6 Passende plek bij vertrek uit de route"),
        ("h2", "6.1 Uitgangspunt"),
        ("body", "Een deelnemer die de route verlaat of moet verlaten, is altijd verzekerd van een passende "
                 "plek waarmee hij een vmbo-diploma of een mbo-diploma kan behalen. Dat betekent niet dat "
                 "hij automatisch naar de Entree-opleiding gaat."),
        ("h2", "6.2 Wie besluit"),
        ("body", "Welke plek passend is, wordt bepaald door de afdelingsleider van de school van herkomst en "
                 "de directeur van het Logistiek College gezamenlijk, na een gesprek met de deelnemer en "
                 "zijn ouders. Zij betrekken daarbij het bereikte onderwijsniveau, de leeftijd en de wensen "
                 "van de deelnemer. Het besluit wordt binnen vier weken na het gesprek schriftelijk aan de "
                 "deelnemer en zijn ouders meegedeeld."),
        ("h2", "6.3 Mogelijkheden naar moment van vertrek"),
        ("item", "a. Vertrek in routejaar 1: de leerling gaat verder in de reguliere basisberoepsgerichte "
                 "leerweg van zijn school, in het profiel Mobiliteit en transport of een ander profiel, en "
                 "sluit af met het vmbo-examen."),
        ("item", "b. Vertrek in routejaar 2: de leerling kan het vmbo-examen in de basisberoepsgerichte "
                 "leerweg afleggen, met behoud van de al behaalde schoolexamenresultaten, of overstappen "
                 "naar een andere opleiding op niveau 2 van het ROC in een ander domein."),
        ("item", "c. Vertrek in routejaar 3: de student stapt over naar een andere opleiding op niveau 2 van "
                 "het ROC; de vooropleidingseisen gelden daarbij niet. Wil hij naar een andere instelling, "
                 "dan begeleidt het ROC hem bij de aanmelding en het geschiktheidsonderzoek daar."),
        ("item", "d. In alle routejaren kan worden besloten dat de deelnemer de route afmaakt en daarna een "
                 "opleiding op niveau 2 of 3 in een ander domein kiest."),
        ("h2", "6.4 Entree alleen als het echt niet anders kan"),
        ("body", "Alleen wanneer het behalen van een startkwalificatie langs de in paragraaf 6.3 genoemde "
                 "wegen naar het gezamenlijk oordeel van de school en het ROC echt niet haalbaar is, wordt de "
                 "deelnemer begeleid naar de Entree-opleiding van het ROC met het oog op een baan."),
        ("h2", "6.5 Begeleiding en informatie"),
        ("body", "De school en het ROC zorgen voor een warme overdracht en volgen de deelnemer tot een half "
                 "jaar na vertrek. De werkwijze staat in de schoolgidsen van de scholen en de studiegids "
                 "van het ROC."),

        ("h1", "Hoofdstuk 7 Financiële afspraken"),
        ("item", "1. Iedere school draagt met toepassing van artikel 5.42a WVO 2020 over routejaar 1 en 2 een "
                 "deel van haar bekostiging over aan het ROC. De omvang is € 1.240 per leerling per "
                 "routejaar, naar het aantal leerlingen op 1 oktober."),
        ("item", "2. Het overgedragen bedrag is bestemd voor de inzet van docenten logistiek van het ROC in de "
                 "vo-fase, het gebruik van de magazijnsimulatie en de heftruckhal en de examenkosten van het "
                 "heftruckcertificaat."),
        ("item", "3. In de mbo-fase vindt geen overdracht van bekostiging plaats. Het busvervoer, bedoeld in "
                 "paragraaf 5.1, derde lid, komt voor rekening van het ROC."),
        ("item", "4. De uitwerking, de facturering en de verantwoording van de middelen staan in bijlage A."),

        ("h1", "Hoofdstuk 8 Medezeggenschap"),
        ("item", "1. Partijen stellen de Medezeggenschapscommissie Flevoroute in, bestaande uit één lid van "
                 "de medezeggenschapsraad van elk van de scholen, aangewezen door die raad, en twee leden "
                 "van de studentenraad van het ROC, van wie ten minste één student uit de route."),
        ("item", "2. De commissie ontvangt het jaarverslag, bedoeld in paragraaf 4.3, en kan de routeraad "
                 "gevraagd en ongevraagd adviseren. Voorstellen tot wijziging van de hoofdstukken 2, 5 en 6 "
                 "worden voor advies aan de commissie voorgelegd voordat de besturen besluiten."),
        ("item", "3. Leerlingen in routejaar 2 zijn verkiesbaar als adviserend lid van de studentenraad van "
                 "het ROC."),
        ("item", "4. De bevoegdheden van de medezeggenschapsraden van de scholen en van de studentenraad, de "
                 "ouderraad en de ondernemingsraad van het ROC blijven onverminderd van kracht."),

        ("h1", "Hoofdstuk 9 Geschillen"),
        ("item", "1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de "
                 "routeraad besproken."),
        ("item", "2. Komt de routeraad binnen vier weken niet tot overeenstemming, dan wordt het geschil "
                 "voorgelegd aan het bestuurlijk overleg, dat binnen zes weken in een extra vergadering "
                 "bijeenkomt."),
        ("item", "3. Blijft het geschil bestaan, dan benoemen de betrokken partijen gezamenlijk een "
                 "onafhankelijke mediator. Komen zij binnen twee weken niet tot een keuze, dan verzoeken zij "
                 "de Mediatorsfederatie Nederland een mediator aan te wijzen."),
        ("item", "4. Leidt de mediation niet binnen drie maanden tot een oplossing, dan wordt het geschil "
                 "beslecht door de bevoegde rechter van de Rechtbank Midden-Nederland, locatie Lelystad."),
        ("item", "5. Tijdens een geschil zetten partijen de uitvoering van de route voort, zodat de "
                 "deelnemers geen nadeel ondervinden."),

        ("h1", "Hoofdstuk 10 Duur, toetreding, wijziging en beëindiging"),
        ("item", "1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("item", "2. Een andere school voor vbo of een andere instelling voor beroepsonderwijs kan tot deze "
                 "overeenkomst toetreden als alle partijen schriftelijk instemmen. De toetreder ondertekent "
                 "een toetredingsverklaring waarin hij alle rechten en verplichtingen uit deze overeenkomst "
                 "aanvaardt. Toetreding gaat in op 1 augustus en wordt met de RIO-registratie gemeld. De "
                 "plaatsen van de zittende scholen, bedoeld in paragraaf 2.2, worden door een toetreding "
                 "niet verminderd."),
        ("item", "3. Wijziging van deze overeenkomst geschiedt schriftelijk met instemming van alle partijen, "
                 "na advies van de commissie bedoeld in hoofdstuk 8. Wijzigingen die het programma of de "
                 "passende plek raken, gelden alleen voor cohorten die na de wijziging instromen, tenzij de "
                 "wijziging gunstiger is voor de deelnemers."),
        ("item", "4. Iedere partij kan haar deelname bij aangetekende brief opzeggen tegen 1 augustus, met "
                 "een opzegtermijn van ten minste achttien maanden. Opzegging door één school beëindigt de "
                 "overeenkomst niet tussen de overige partijen."),
        ("item", "5. Partijen kunnen de overeenkomst met onmiddellijke ingang ontbinden bij een ernstige "
                 "tekortkoming die na schriftelijke ingebrekestelling niet binnen twee maanden is hersteld, "
                 "of wanneer de bekostiging van de route door een wetswijziging vervalt."),
        ("item", "6. Na opzegging of ontbinding vindt geen nieuwe instroom meer plaats vanuit de betrokken "
                 "school. Deelnemers die op dat moment in de route zitten, ronden haar af onder de "
                 "voorwaarden van deze overeenkomst; is dat niet mogelijk, dan geldt hoofdstuk 6. Partijen "
                 "maken binnen drie maanden na de opzegging een schriftelijk afbouwplan."),

        ("h1", "Hoofdstuk 11 Slotbepalingen"),
        ("item", "1. Deze overeenkomst vervangt de pilotovereenkomst Flevoroute van 30 juni 2022."),
        ("item", "2. De bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de "
                 "hoofdstukken voor."),
        ("item", "3. Op deze overeenkomst is Nederlands recht van toepassing."),
        ("sp", "10"),
        ("body", "Aldus overeengekomen en in drievoud ondertekend te Lelystad op 26 juni 2025."),
        ("body", "Stichting Openbaar Voortgezet Onderwijs Lelystad — A.R. Doornbos, voorzitter college van "
                 "bestuur"),
        ("body", "Stichting Christelijk Voortgezet Onderwijs Dronten — C.M. Schaafsma-de Wit, bestuurder"),
        ("body", "Stichting Regionaal Opleidingencentrum Flevo-IJssel — drs. Y. El Idrissi, voorzitter "
                 "college van bestuur"),
    ]
    story = pdf_flow(L, S)
    story.append(PageBreak())
    story += pdf_flow([("h1", "Bijlage A Financiële uitwerking"),
                       ("body", "Behorend bij hoofdstuk 7. Bedragen per schooljaar, prijspeil 2025; de "
                                "bedragen worden jaarlijks geïndexeerd met de loonkostenontwikkeling in "
                                "de rijksbijdrage VO.")], S)
    story.append(pdf_table([
        ["Post", "Omvang", "Bestemming", "Betaling"],
        ["Overdracht Vakcollege Batavia", "€ 1.240 per leerling in routejaar 1 en 2 (raming 2025-2026: "
         "28 leerlingen, € 34.720)", "docenten logistiek ROC in de vo-fase; magazijnsimulatie en "
         "heftruckhal; examenkosten heftruckcertificaat", "in twee termijnen: 1 december en 1 mei"],
        ["Overdracht De Poldervaart", "€ 1.240 per leerling in routejaar 1 en 2 (raming 2025-2026: "
         "19 leerlingen, € 23.560)", "idem", "idem"],
        ["Busvervoer Dronten-Lelystad", "circa € 14.000", "vervoer leerlingen De Poldervaart",
         "kosten ROC, geen overdracht"],
        ["Routemanager 0,6 fte", "loonkosten ROC", "uitvoering route", "kosten ROC, geen overdracht"],
    ], [3.6, 4.4, 5.0, 3.4], S))
    story += pdf_flow([("body", "De routeraad verantwoordt de besteding van de overgedragen middelen in het "
                                "jaarverslag (paragraaf 4.3, tweede lid). Niet bestede middelen worden "
                                "in het volgende schooljaar voor dezelfde bestemming ingezet."),
                       ("h1", "Bijlage B Jaarcyclus sturing en verantwoording")], S)
    story.append(pdf_table([
        ["Moment", "Wat", "Wie"],
        ["september", "start cohort; vaststelling jaarplan", "routeraad"],
        ["vóór 1 oktober", "vaststelling PTA/OER", "bevoegde organen op voorstel routeraad"],
        ["oktober, januari, april, juli", "kwartaalrapportage aan de drie besturen", "routeraad"],
        ["vóór 1 november", "jaarverslag over het vorige schooljaar", "routeraad"],
        ["november", "advies Medezeggenschapscommissie Flevoroute op het jaarverslag", "commissie"],
        ["december", "bestuurlijk overleg: bespreking jaarverslag", "drie besturen, routeraad"],
        ["maart", "werving nieuwe cohort; kennismakingsgesprekken", "scholen en ROC"],
        ["juni", "bestuurlijk overleg: voortgang, plaatsen volgend cohort", "drie besturen, routeraad"],
    ], [4.0, 8.4, 4.0], S))
    write_pdf_simple(path, story, "Samenwerkingsovereenkomst Flevoroute Logistiek",
                     "Projectbureau Flevoroute · FR-SOK-2025-03 · definitief", header="Flevoroute Logistiek "
                     "Lelystad-Dronten — samenwerkingsovereenkomst geïntegreerde route")


# ==============================================================================================
# 348 - DOCX with text boxes (kaders), small vakinstelling, Doetinchem, MVI kb -> Allround signmaker 3
#       defects: f weak (alternatives without who decides), g weak (transfer amount, no bestemming),
#                j weak (no toetreding)
# ==============================================================================================

_TB_COUNTER = [0]


def docx_textbox(d, title, paragraphs, width_pt=440):
    """Insert an inline VML text box (Word 'tekstvak') holding a bold title and paragraphs."""
    from docx.oxml import parse_xml
    _TB_COUNTER[0] += 1
    n = _TB_COUNTER[0]
    chars = sum(len(p) for p in paragraphs)
    height = int(26 + 14 * (chars / 88 + len(paragraphs)))
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    inner = '<w:p><w:r><w:rPr><w:b/><w:color w:val="1F4E79"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % escape(title)
    for ptxt in paragraphs:
        inner += ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:sz w:val="20"/></w:rPr>'
                  '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(ptxt))
    xml = (
        '<w:p xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Tekstvak%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
        'style="width:%dpt;height:%dpt;mso-fit-shape-to-text:t" fillcolor="#eef3f8" strokecolor="#1f4e79" '
        'strokeweight="1pt"><v:textbox style="mso-fit-shape-to-text:t" inset="7pt,5pt,7pt,5pt">'
        '<w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
        % (w, n, n, width_pt, height, inner))
    d.element.body.sectPr.addprevious(parse_xml(xml))


@sample(348, "tekstvakken_kleine_vakinstelling_doetinchem_signmaker", "docx",
        "DOCX from a small vakinstelling in a direct 'wij' voice, key arrangements placed in Word text "
        "boxes (kaders) between short headed sections; Doetinchem, Media vormgeving en ICT kb -> Allround "
        "signmaker niveau 3; defects: overstap alternatives without anyone deciding (f weak), a transfer "
        "of € 950 per leerling without bestemming (g weak), duration/wijziging/opzegging without "
        "toetreding (j weak).",
        "p p p p p w w p p w",
        {"a": "Over welke route gaat het?", "b": "Wat doen de signbedrijven?",
         "c": "Kader 1 – Zo is de leiding geregeld", "d": "Hoe houden wij de besturen op de hoogte?",
         "e": "Kader 2 – Waar, met wie en met welke spullen", "h": "Medezeggenschap: wat wij extra doen",
         "i": "Als we er samen niet uitkomen"})
def build_348(path):
    d = new_docx("Samenwerkingsovereenkomst route Sign Achterhoek")
    docx_par(d, "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo", "Title")
    docx_par(d, "Route Sign & Print Achterhoek", bold=True, size=13)
    docx_par(d, "Wij, Stichting Openbaar Voortgezet Onderwijs Achterhoek-West, bevoegd gezag van Vakcollege "
                "Oude IJssel in Doetinchem (hierna: het Vakcollege), vertegenwoordigd door mevrouw T. "
                "Wisselink, bestuurder, en Stichting Vakschool Print & Sign Oost, bevoegd gezag van de "
                "gelijknamige vakinstelling voor beroepsonderwijs in Doetinchem (hierna: de Vakschool), "
                "vertegenwoordigd door de heer R. Hendriksen, directeur-bestuurder, maken met deze "
                "overeenkomst afspraken over de route die wij vanaf augustus 2025 samen aanbieden.")
    docx_par(d, "De Vakschool is klein: ruim tweehonderd studenten, één gebouw, een hecht team. Juist "
                "daarom willen wij de afspraken kort en duidelijk houden. De belangrijkste staan in de "
                "kaders; wat in de kaders staat, is net zo bindend als de rest van de tekst.")

    docx_par(d, "Over welke route gaat het?", "Heading 2")
    docx_par(d, "De route sluit aan op het profiel Media, vormgeving en ICT in de kaderberoepsgerichte "
                "leerweg van het Vakcollege en leidt naar de opleiding Allround signmaker, niveau 3, in het "
                "opleidingsdomein Media en vormgeving, van de Vakschool (BOL). De route start in leerjaar 3 "
                "van het Vakcollege en duurt vier jaar; het vmbo-diploma halen de leerlingen uiterlijk in het "
                "derde routejaar. Wij melden de route samen aan in RIO.")

    docx_par(d, "Wat doen de signbedrijven?", "Heading 2")
    docx_par(d, "Reclamebelettering Gosselink (Doetinchem), SignPoint Achterhoek (Zelhem) en Autobelettering "
                "Te Brake (Varsseveld) zijn vanaf de start partner. Zij geven in het eerste routejaar samen "
                "vier workshops in het Vakcollege, bieden in het tweede routejaar een snuffelstage van twee "
                "weken en leveren in de mbo-fase de bpv-plaatsen. Bij de proeve van bekwaamheid beoordeelt "
                "een vakman uit een van de bedrijven mee. Eens per half jaar praten de bedrijven met het "
                "routeteam over het lesprogramma, nieuwe materialen en technieken (wrapping, led-reclame) en "
                "de vraag naar vakmensen.")

    docx_textbox(d, "Kader 1 – Zo is de leiding geregeld", [
        "De route wordt geleid door een routeteam van twee: de teamleider bovenbouw van het Vakcollege en "
        "de opleidingscoördinator van de Vakschool.",
        "Het bestuur van het Vakcollege wijst de teamleider aan; de directeur-bestuurder van de Vakschool "
        "wijst de opleidingscoördinator aan. Beiden doen dit schriftelijk, voor de duur van de overeenkomst.",
        "Het routeteam stelt het jaarrooster en de lessentabel vast, beslist over de toelating van "
        "leerlingen, regelt de bpv-plaatsen en stelt het gezamenlijke PTA/OER op ter vaststelling door de "
        "besturen. Beslissingen over personeel, geld en deze overeenkomst nemen de besturen zelf.",
    ])

    docx_par(d, "Hoe houden wij de besturen op de hoogte?", "Heading 2")
    docx_par(d, "Het routeteam schrijft ieder jaar vóór 1 juli een routeverslag voor beide besturen, met "
                "het aantal leerlingen per routejaar, uitval en overstappen, examenresultaten en de "
                "ervaringen van de bedrijven. In januari praat het routeteam met beide besturen over de "
                "eerste helft van het schooljaar. In die twee momenten legt het routeteam verantwoording af.")

    docx_textbox(d, "Kader 2 – Waar, met wie en met welke spullen", [
        "Waar: routejaar 1 op het Vakcollege; routejaar 2 drie dagen op het Vakcollege en twee dagen op de "
        "Vakschool aan de Havenstraat; de mbo-fase op de Vakschool en bij de bedrijven.",
        "Spullen: de Vakschool stelt haar printstraat, de snijplotters en de montagehal voor "
        "voertuigbelettering open voor de route. Het Vakcollege stelt zijn MVI-lokaal met de "
        "grootformaatprinter en de computerlokalen beschikbaar.",
        "Mensen: één team van twee MVI-docenten van het Vakcollege en twee vakdocenten van de Vakschool. "
        "Een vakdocent van de Vakschool geeft in routejaar 1 een dag per week les op het Vakcollege. Voor "
        "de vakoverstijgende onderdelen die in het PTA/OER zijn aangewezen, werken wij met "
        "teambevoegdheid. Iedere school blijft werkgever van de eigen docenten.",
        "Programma: het onderwijs, de examens en de bpv per leerjaar staan in het gezamenlijke PTA/OER.",
    ])

    docx_par(d, "Als een leerling de route verlaat", "Heading 2")
    docx_par(d, "Een leerling die in de vmbo-fase stopt, kan verder in de gewone kaderberoepsgerichte "
                "leerweg van het Vakcollege, in het profiel Media, vormgeving en ICT of een ander profiel, "
                "en daar zijn vmbo-diploma halen. Een student die na het derde routejaar geen vmbo-diploma "
                "heeft, kan bij de Vakschool verder in Allround signmaker of in Signmaker op niveau 2, "
                "zonder vooropleidingseisen. Wie een heel andere kant op wil, kan naar een opleiding op "
                "hetzelfde niveau bij een ROC in de regio; de Vakschool helpt bij de aanmelding. Welke "
                "mogelijkheid het wordt, hangt af van het niveau dat de leerling heeft bereikt en van zijn "
                "leeftijd. De overstap wordt vastgelegd in het leerlingdossier.")

    docx_textbox(d, "Kader 3 – Geld", [
        "Het Vakcollege draagt over het tweede routejaar een deel van de ontvangen bekostiging over aan de "
        "Vakschool (artikel 5.42a WVO 2020): € 950 per leerling per schooljaar, naar het aantal "
        "leerlingen op 1 oktober. De Vakschool factureert in twee termijnen, in november en in april.",
    ])

    docx_par(d, "Medezeggenschap: wat wij extra doen", "Heading 2")
    docx_par(d, "Bovenop de wettelijke regels spreken wij af dat de medezeggenschapsraad van het Vakcollege "
                "en de studentenraad van de Vakschool ieder jaar het routeverslag krijgen en het routeteam "
                "daarover om een gesprek kunnen vragen. Leerlingen uit het tweede routejaar mogen als "
                "toehoorder de vergaderingen van de studentenraad van de Vakschool bijwonen.")

    docx_par(d, "Als we er samen niet uitkomen", "Heading 2")
    docx_par(d, "Een meningsverschil over de uitvoering van deze overeenkomst bespreekt eerst het "
                "routeteam. Lukt het daar niet binnen vier weken, dan gaan de bestuurders met elkaar om de "
                "tafel. Zijn zij het na zes weken nog niet eens, dan vragen zij samen een mediator. Blijft "
                "het geschil daarna bestaan, dan beslist de bevoegde rechter van de Rechtbank Gelderland, "
                "locatie Zutphen.")

    docx_par(d, "Hoe lang, wijzigen en stoppen", "Heading 2")
    docx_par(d, "Deze overeenkomst geldt vanaf 1 augustus 2025 voor vijf schooljaren en wordt daarna "
                "steeds met vijf schooljaren verlengd. Wijzigen kan alleen schriftelijk, met de handtekening "
                "van beide besturen, en gaat in bij het begin van een schooljaar. Opzeggen kan ieder van ons "
                "schriftelijk tegen het einde van een schooljaar, met een opzegtermijn van een jaar. Na een "
                "opzegging nemen wij geen nieuwe leerlingen meer op; leerlingen en studenten die al in de "
                "route zitten, maken haar bij ons af.")

    docx_par(d, "")
    docx_par(d, "Getekend in Doetinchem op 23 juni 2025.")
    docx_par(d, "T. Wisselink, bestuurder Stichting Openbaar Voortgezet Onderwijs Achterhoek-West")
    docx_par(d, "R. Hendriksen, directeur-bestuurder Stichting Vakschool Print & Sign Oost")
    save_docx(d, path)


# ==============================================================================================
# driver
# ==============================================================================================

def extract(path):
    if path.endswith(".pdf"):
        return pdf_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def build(nums):
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(HERE, s["name"] + "." + s["ext"])
        s["build"](path)
        with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
                  newline="\n") as fh:
            json.dump(s["expected"], fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("built", os.path.basename(path))


def check(nums):
    ok = True
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(HERE, s["name"] + "." + s["ext"])
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append(f"too large: {size}")
            if s["ext"] == "docx":
                from docx import Document
                Document(path)
            try:
                text = norm(extract(path))
            except Exception as exc:  # noqa: BLE001
                errs.append(f"cannot open: {exc}")
                text = ""
            for k, ev in s["expected"]["evidence"].items():
                if norm(ev) not in text:
                    errs.append(f"evidence {k} not found: {ev!r}")
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as fh:
                if json.load(fh) != s["expected"]:
                    errs.append("expected.json differs from table")
        except FileNotFoundError:
            errs.append("missing expected.json")
        print(("OK  " if not errs else "FAIL"), s["name"], "; ".join(errs))
        ok = ok and not errs
    others = [f for f in os.listdir(HERE) if re.match(r"34[1-8]_", f)]
    known = {SAMPLES[n]["name"] + suf for n in SAMPLES for suf in ("." + SAMPLES[n]["ext"], ".expected.json")}
    stray = sorted(set(others) - known)
    if stray:
        print("stray files:", stray)
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        nums = [int(a) for a in argv[1:]] or sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = [int(a) for a in argv] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit(f"unknown sample {n}")
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
