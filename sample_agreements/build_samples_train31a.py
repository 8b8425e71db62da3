#!/usr/bin/env python3
"""Build training samples 477-484 (samenwerkingsovereenkomsten doorlopende leerroute vmbo-mbo).

Written by an independent author-helper (session train31a) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie) in shared/seeds, shared/domain.md and
sample_agreements/LABELS.md only, without looking at checker code, models, tests, benchmarks or the
texts/build scripts of other samples. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_samples_train31a.py            # build all samples
    python3 build_samples_train31a.py 477 480    # build only those
    python3 build_samples_train31a.py --check    # open every produced file and verify it
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
ST = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
SAMPLES = {}
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)


def sample(num, slug, ext, codes, description, evidence):
    """Register a builder. codes: ten letters p/w/m/n for items a..j."""
    assert len(codes) == 10

    def deco(fn):
        SAMPLES[num] = dict(
            name="%d_%s" % (num, slug),
            ext=ext,
            expected={
                "description": description,
                "split": "train",
                "statuses": {k: ST[c] for k, c in zip("abcdefghij", codes)},
                "evidence": evidence,
            },
            build=fn,
        )
        return fn

    return deco


# ----------------------------------------------------------------------------------------------
# Mini markup used for PDF and DOCX bodies
#   # title        ## heading 1      ### heading 2      - bullet      "  - " sub-bullet
#   | a | b |      table row (first row is header)      ---page---   page break
#   >> text<TAB>page   table-of-contents line           ~ text       small print
#   blank line ends a paragraph; other lines are joined into one paragraph
# ----------------------------------------------------------------------------------------------

def parse(markup):
    blocks = []
    para = []
    table = []

    def flush_para():
        if para:
            blocks.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    def flush_table():
        if table:
            blocks.append(("table", [r[:] for r in table]))
            table.clear()

    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("|"):
            flush_para()
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if not line.strip():
            flush_para()
        elif line == "---page---":
            flush_para()
            blocks.append(("page", None))
        elif line.startswith("### "):
            flush_para()
            blocks.append(("h2", line[4:].strip()))
        elif line.startswith("## "):
            flush_para()
            blocks.append(("h1", line[3:].strip()))
        elif line.startswith("# "):
            flush_para()
            blocks.append(("title", line[2:].strip()))
        elif line.startswith("  - "):
            flush_para()
            blocks.append(("bullet2", line[4:].strip()))
        elif line.startswith("- "):
            flush_para()
            blocks.append(("bullet", line[2:].strip()))
        elif line.startswith(">> "):
            flush_para()
            blocks.append(("toc", line[3:]))
        elif line.startswith("~ "):
            flush_para()
            blocks.append(("small", line[2:].strip()))
        elif para == [] and blocks and blocks[-1][0] in ("bullet", "bullet2") and raw.startswith("    "):
            kind, text = blocks[-1]
            blocks[-1] = (kind, text + " " + line.strip())
        else:
            para.append(line)
    flush_para()
    flush_table()
    return blocks


# ----------------------------------------------------------------------------------------------
# PDF rendering (reportlab, invariant)
# ----------------------------------------------------------------------------------------------

def _pdf_escape(text):
    return escape(text).replace("\u20ac ", "\u20ac&nbsp;")


def render_pdf(path, markup, mode="report", title="", footer="", author=""):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)

    blocks = parse(markup)
    if mode == "slides":
        pagesize = (960, 540)
        base, lead, h1, ttl = 16, 20.5, 30, 40
        margins = (60, 60, 95, 55)  # left, right, top, bottom
        font, bold = "Helvetica", "Helvetica-Bold"
    elif mode == "formal":
        pagesize = A4
        base, lead, h1, ttl = 10.5, 14.5, 12, 16
        margins = (2.6 * cm, 2.4 * cm, 2.6 * cm, 2.4 * cm)
        font, bold = "Times-Roman", "Times-Bold"
    else:
        pagesize = A4
        base, lead, h1, ttl = 10, 13.5, 13, 17
        margins = (2.3 * cm, 2.3 * cm, 2.4 * cm, 2.2 * cm)
        font, bold = "Helvetica", "Helvetica-Bold"

    accent = colors.HexColor("#7a2e5c") if mode == "slides" else colors.HexColor("#1f3d5a")
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=ttl, leading=ttl * 1.2, spaceAfter=ttl * 0.6,
                                textColor=accent),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=h1, leading=h1 * 1.25, spaceBefore=h1 * 0.8,
                             spaceAfter=h1 * 0.45, textColor=accent),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=base + 0.5, leading=lead, spaceBefore=base * 0.6,
                             spaceAfter=base * 0.2),
        "p": ParagraphStyle("p", fontName=font, fontSize=base, leading=lead, spaceAfter=base * 0.55,
                            alignment=TA_LEFT),
        "small": ParagraphStyle("s", fontName=font, fontSize=base - 2, leading=lead - 3, spaceAfter=base * 0.4,
                                textColor=colors.HexColor("#444444")),
        "bullet": ParagraphStyle("b", fontName=font, fontSize=base, leading=lead, leftIndent=base * 1.4,
                                 bulletIndent=base * 0.3, spaceAfter=base * 0.35),
        "bullet2": ParagraphStyle("b2", fontName=font, fontSize=base - 1, leading=lead - 1.5,
                                  leftIndent=base * 2.8, bulletIndent=base * 1.7, spaceAfter=base * 0.25),
        "cell": ParagraphStyle("c", fontName=font, fontSize=base - 1, leading=lead - 2),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=base - 1, leading=lead - 2),
    }
    if mode == "slides":
        st["h1"].spaceBefore = 0
        st["h1"].spaceAfter = 22

    story = []
    for kind, val in blocks:
        if kind == "page":
            story.append(PageBreak())
        elif kind == "table":
            width = pagesize[0] - margins[0] - margins[1]
            ncol = max(len(r) for r in val)
            data = [[Paragraph(_pdf_escape(c), st["cellb"] if i == 0 else st["cell"]) for c in r] for i, r in
                    enumerate(val)]
            t = Table(data, colWidths=[width / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, base))
        elif kind in ("bullet", "bullet2"):
            story.append(Paragraph(_pdf_escape(val), st[kind], bulletText="\u2022" if kind == "bullet" else "\u2013"))
        elif kind == "toc":
            story.append(Paragraph(_pdf_escape(val.replace("\t", "  ")), st["p"]))
        else:
            story.append(Paragraph(_pdf_escape(val), st[kind]))

    def on_page(canv, doc):
        canv.saveState()
        w, h = pagesize
        if mode == "slides":
            canv.setFillColor(accent)
            canv.rect(0, h - 18, w, 18, stroke=0, fill=1)
            canv.setFillColor(colors.HexColor("#d9b8cb"))
            canv.rect(0, 0, w, 6, stroke=0, fill=1)
            canv.setFillColor(colors.HexColor("#555555"))
            canv.setFont("Helvetica", 10)
            canv.drawString(margins[0], 22, footer)
            canv.drawRightString(w - margins[1], 22, str(doc.page))
        else:
            canv.setFont(font, 8)
            canv.setFillColor(colors.HexColor("#555555"))
            canv.drawString(margins[0], margins[3] - 22, footer)
            canv.drawRightString(w - margins[1], margins[3] - 22, "pagina %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=margins[0], rightMargin=margins[1],
                          topMargin=margins[2], bottomMargin=margins[3], title=title, author=author,
                          subject=title, creator="", invariant=1)
    frame = Frame(margins[0], margins[3], pagesize[0] - margins[0] - margins[1],
                  pagesize[1] - margins[2] - margins[3], id="f")
    doc.addPageTemplates([PageTemplate(id="pg", frames=[frame], onPage=on_page)])
    doc.build(story)


# ----------------------------------------------------------------------------------------------
# DOCX rendering (python-docx) with optional tracked changes, deterministic zip
#   inline revision markup inside a paragraph:  {+A|inserted text}  {-B|deleted text}
# ----------------------------------------------------------------------------------------------

REV_RE = re.compile(r"\{([+-])([A-Z])\|(.*?)\}")


def _add_revision_paragraph(doc, text, style, authors, rev_date, counter):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = doc.add_paragraph(style=style)
    pos = 0
    for m in REV_RE.finditer(text):
        if m.start() > pos:
            p.add_run(text[pos:m.start()])
        sign, who, body = m.group(1), m.group(2), m.group(3)
        wrap = OxmlElement("w:ins" if sign == "+" else "w:del")
        counter[0] += 1
        wrap.set(qn("w:id"), str(counter[0]))
        wrap.set(qn("w:author"), authors[who])
        wrap.set(qn("w:date"), rev_date)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t" if sign == "+" else "w:delText")
        t.set(qn("xml:space"), "preserve")
        t.text = body
        r.append(t)
        wrap.append(r)
        p._p.append(wrap)
        pos = m.end()
    if pos < len(text):
        p.add_run(text[pos:])
    return p


def render_docx(path, markup, title="", author="", authors=None, rev_date="2025-06-12T10:00:00Z",
                track=False, font="Calibri", size=11):
    import docx
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    counter = [0]
    for kind, val in parse(markup):
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "page":
            doc.add_page_break()
        elif kind == "toc":
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            if val.startswith("  "):
                p.paragraph_format.left_indent = Cm(0.8)
            p.add_run(val.strip())
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                cells = t.add_row().cells
                for j, c in enumerate(row):
                    cells[j].text = c
                    if i == 0:
                        for r in cells[j].paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        else:
            style = {"bullet": "List Bullet", "bullet2": "List Bullet 2", "small": None, "p": None}[kind]
            if REV_RE.search(val):
                p = _add_revision_paragraph(doc, val, style, authors, rev_date, counter)
            else:
                p = doc.add_paragraph(val, style=style)
            if kind == "small":
                for r in p.runs:
                    r.font.size = Pt(size - 2)
    if track:
        settings = doc.settings.element
        tr = OxmlElement("w:trackRevisions")
        anchor = settings.find(qn("w:defaultTabStop"))
        if anchor is not None:
            anchor.addprevious(tr)  # schema order: after w:proofState, before w:defaultTabStop
        else:
            settings.append(tr)
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    buf = io.BytesIO()
    doc.save(buf)
    _rewrite_zip(buf.getvalue(), path)


def _rewrite_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
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


# ==============================================================================================
# 477  PDF exported from a slide deck - uiterlijke verzorging - Almere
# ==============================================================================================

@sample(477, "dia_presentatie_haar_huid_almere", "pdf", "pppppppppp",
        "PDF exported from a slide deck (landscape, one topic per slide, short bullets), Almere, vmbo Zorg en "
        "welzijn kb -> Uiterlijke verzorging (Allround kapper / Schoonheidsspecialist niveau 3); duo-leiding, "
        "kwartaalbericht, mediator as onafhankelijke derde, instappen/stoppen; geen overdracht; fully compliant",
        {"a": "Welke route?", "b": "Salons en klinieken doen mee", "c": "Duo-leiding",
         "d": "Kwartaalbericht aan de besturen", "e": "Waar en van wie krijg je les?",
         "f": "Stoppen met de route", "g": "Wie betaalt wat?", "h": "Inspraak in de route",
         "i": "Als we het oneens zijn", "j": "Instappen, stoppen en bijstellen"})
def build_477(path):
    render_pdf(path, T477, mode="slides", title="Route Haar & Huid - samenwerkingsafspraken",
               footer="Route Haar & Huid  |  Polderhart vmbo  x  Flevo Vakinstituut  |  vastgesteld 24-06-2025",
               author="Polderhart Onderwijs / Flevo Vakinstituut")


T477 = """
# Route Haar & Huid

Samenwerkingsovereenkomst doorlopende leerroute vmbo–mbo

Polderhart vmbo (Almere Haven)  ×  Flevo Vakinstituut, college Uiterlijke Verzorging & Lifestyle

Vastgesteld door beide besturen op 24 juni 2025. Deze dia's zijn de overeenkomst zelf, geen toelichting
erop: wat hier staat, spreken de besturen met elkaar af.

Looptijd: schooljaar 2025-2026 tot en met schooljaar 2028-2029

---page---
## Wie tekenen?

- Stichting Polderhart Onderwijs, gevestigd in Almere, bevoegd gezag van Polderhart vmbo; vertegenwoordigd
    door mw. drs. H.A. Verweij, voorzitter college van bestuur
- Stichting Flevo Vakinstituut, gevestigd in Lelystad, bevoegd gezag van de mbo-instelling Flevo
    Vakinstituut; vertegenwoordigd door dhr. R. El Idrissi, voorzitter college van bestuur
- In deze dia's: "wij" = beide besturen samen; "de scholen" = Polderhart vmbo en Flevo Vakinstituut
- Wij verzorgen de route samen en melden haar samen aan bij DUO (registratie in RIO) vóór 1 oktober 2025

---page---
## Welke route?

- vmbo-kant: profiel Zorg en welzijn, kaderberoepsgerichte leerweg
- In de route kiezen leerlingen de keuzevakken Haarverzorging, Huidverzorging en Mooi en gezond
- mbo-kant: opleidingsdomein Uiterlijke verzorging
- Uitstroom (keuze in leerjaar 4): Allround kapper, niveau 3, of Schoonheidsspecialist, niveau 3 — beide BOL
- Start in leerjaar 3 vmbo; vmbo-diploma uiterlijk in het derde routejaar; mbo-diploma na vijf routejaren
- Instroom: ten hoogste twee groepen van zestien leerlingen per jaar

---page---
## Salons en klinieken doen mee

- Salonkring Flevoland: 14 kapsalons en 6 huidinstituten in Almere en Lelystad, allemaal erkend leerbedrijf
    (SBB)
- Zij bieden snuffelstages in leerjaar 3 en bpv-plekken vanaf leerjaar 4 (minstens één dag per week)
- Modeldagen: eens per periode knippen en behandelen salonmedewerkers samen met leerlingen echte klanten in de
    leersalon
- Twee salonhouders beoordelen mee bij de proeven van bekwaamheid
- Salonraad: twee keer per jaar adviseren de salons over de inhoud van het programma en nieuwe trends; de
    duo-leiding laat binnen zes weken weten wat er met het advies gebeurt

---page---
## Duo-leiding

- De route heeft één leiding die uit twee mensen bestaat:
  - de afdelingsleider Zorg en welzijn van Polderhart vmbo
  - de teamleider Uiterlijke Verzorging van Flevo Vakinstituut
- Elk college van bestuur wijst zijn eigen lid schriftelijk aan, voor twee schooljaren; herbenoeming kan; bij
    vertrek wijst het bestuur binnen zes weken een opvolger aan
- De duo-leiding beslist zelf over: rooster en lesplaatsen, verdeling van docenten over de route, het concept
    PTA/OER, toelating tot de route, bpv-planning en de materiaalbudgetten die elke school zelf beschikbaar stelt
- Niet zonder de besturen: personeel aannemen of ontslaan, het PTA/OER definitief vaststellen, meer instroom,
    deze afspraken wijzigen

---page---
## Kwartaalbericht aan de besturen

- Elk kwartaal stuurt de duo-leiding beide colleges van bestuur een kwartaalbericht van hooguit twee A4
- Daarin: in-, door- en uitstroom, verzuim, bpv-plekken, examenresultaten en knelpunten
- Het bericht over het vierde kwartaal is tegelijk de jaarverantwoording: uiterlijk 15 oktober, met een
    evaluatie van het afgelopen schooljaar en voorstellen voor het volgende
- In november en mei schuift de duo-leiding aan bij het bestuurlijk overleg van beide besturen en legt daar
    verantwoording af
- Vraagt een bestuur tussendoor iets, dan antwoordt de duo-leiding binnen tien werkdagen

---page---
## Waar en van wie krijg je les?

- Leerjaar 3: vier dagen op Polderhart, één dag in de leersalon van Flevo Vakinstituut (pendelbus Almere–Lelystad)
- Leerjaar 4: drie dagen Polderhart, twee dagen Flevo Vakinstituut
- Routejaar 3 tot en met 5: Flevo Vakinstituut plus bpv in de salons
- Eén docententeam: vier docenten van Polderhart en vijf instructeurs van Flevo Vakinstituut
- Teambevoegdheid zetten we in voor de vakoverstijgende onderdelen "Praktijk haar en huid" en "Nederlands in de
    salon"; voor elk onderdeel is minstens één bevoegde docent in het team
- Iedereen blijft in dienst van de eigen werkgever; de uren over en weer staan in de jaarlijkse inzetplanning
    die de duo-leiding vóór 1 juni maakt

---page---
## Lokalen, spullen en examens

- Leerlingen van Polderhart gebruiken de leersalon, het huidlab en de materialenuitgifte van Flevo Vakinstituut
- Docenten van Flevo Vakinstituut gebruiken het praktijklokaal Zorg, de ICT en de mediatheek van Polderhart
- Programma, examinering en bpv per leerjaar staan in het gezamenlijke PTA/OER "Haar & Huid", dat beide
    besturen jaarlijks vóór 1 oktober vaststellen
- vmbo-examens: gespreid over leerjaar 3 tot en met het derde routejaar; mbo-examens en bpv vanaf leerjaar 4
- Klachten over een medewerker van de andere school behandelt de school waar de klacht binnenkomt, samen met de
    andere school

---page---
## Stoppen met de route

- Wil of kan een leerling niet verder in de route, dan kiezen beide scholen samen het vervolg, na een gesprek met
    de leerling en de ouders
- We kijken naar wat de leerling al gehaald heeft en naar de leeftijd
- Stoppen in leerjaar 3 of 4: verder in de gewone kaderberoepsgerichte leerweg Zorg en welzijn op Polderhart,
    op weg naar het vmbo-diploma, of in een andere route
- Stoppen na het vmbo-diploma: overstap naar een andere opleiding op niveau 3 bij Flevo Vakinstituut, of naar
    Kapper op niveau 2 als niveau 3 niet haalbaar blijkt
- vmbo-diploma in het derde routejaar niet gehaald: verder in een mbo-opleiding op niveau 3 bij Flevo
    Vakinstituut zonder vmbo-diploma (binnen Flevo gelden dan geen vooropleidingseisen), of een jaar overdoen
- Liever naar een andere mbo-school (bijvoorbeeld na een verhuizing): warme overdracht; die school kan toelaten na
    een geschiktheidsonderzoek
- De werkwijze staat ook in de schoolgids van beide scholen

---page---
## Wie betaalt wat?

- Er gaat geen bekostiging van het ene bestuur naar het andere
- Ieder bestuur betaalt zijn eigen personeel, lokalen en materialen
- Uren die docenten over en weer maken, compenseren we in uren, niet in geld

---page---
## Inspraak in de route

- Leerlingen in leerjaar 4 mogen meedoen in de studentenraad van Flevo Vakinstituut, ook al staan ze nog bij
    Polderhart ingeschreven
- De medezeggenschapsraad van Polderhart en de studentenraad van Flevo Vakinstituut krijgen elk jaar de
    jaarverantwoording en worden allebei om advies gevraagd vóórdat de route wezenlijk verandert
- Eén keer per jaar houden MR-leden en studentenraadsleden samen een avond over de route
- Verder geldt gewoon: de WMS op Polderhart, de WEB en de WOR bij Flevo Vakinstituut

---page---
## Als we het oneens zijn

- Stap 1: de duo-leiding probeert het meningsverschil binnen twee weken op te lossen
- Stap 2: lukt dat niet, dan praten de twee bestuursvoorzitters er binnen vier weken over
- Stap 3: nog geen oplossing? Dan vragen we een onafhankelijke derde, een mediator die we samen kiezen, om te
    bemiddelen
- Stap 4: blijft het geschil bestaan, dan beslist de bevoegde rechter van de rechtbank Midden-Nederland
- Intussen loopt het onderwijs aan de leerlingen gewoon door

---page---
## Instappen, stoppen en bijstellen

- Instappen: een andere vmbo-school met het profiel Zorg en welzijn of een andere mbo-instelling kan meedoen als
    beide besturen schriftelijk instemmen en de nieuwe partij deze afspraken ondertekent; instappen alleen per
    1 augustus en met een melding bij DUO
- Stoppen: een bestuur kan de overeenkomst schriftelijk opzeggen met een termijn van twaalf maanden, altijd tegen
    1 augustus (einde schooljaar)
- Na een opzegging stroomt niemand meer in, maar iedereen die al in de route zit, maakt haar af, zo veel mogelijk
    op dezelfde plek en met hetzelfde team
- Ontbinden kan alleen bij een ernstige tekortkoming, na een schriftelijke ingebrekestelling en drie maanden
    hersteltijd; ook dan ronden zittende leerlingen de route af
- Bijstellen: alleen schriftelijk, getekend door beide besturen, na advies van de salonraad en de
    medezeggenschap; een wijziging gaat in bij een nieuw schooljaar, zodat leerlingen niet halverwege iets anders
    krijgen

---page---
## Ondertekening

Almere, 24 juni 2025

Stichting Polderhart Onderwijs — mw. drs. H.A. Verweij, voorzitter college van bestuur

Stichting Flevo Vakinstituut — dhr. R. El Idrissi, voorzitter college van bestuur
"""


# ==============================================================================================
# 478  DOCX with table of contents and Leeswijzer - zorg in a rural region - Zeeuws-Vlaanderen
# ==============================================================================================

@sample(478, "inhoud_leeswijzer_zorgroutes_zeeuws_vlaanderen", "docx", "pppppppppp",
        "Long DOCX opening with a table of contents (dot leaders) and a Leeswijzer, rural Zeeuws-Vlaanderen, "
        "two zorg routes (Z&W kb -> Verzorgende-IG niveau 3, Z&W bb -> Helpende zorg en welzijn niveau 2); "
        "routeraad, voortgangsnotitie/jaarbeeld, transfer with amounts and purposes, bindend advies; fully compliant",
        {"a": "2 De twee zorgroutes", "b": "3 Samen met de zorgaanbieders",
         "c": "4.1 Samenstelling, aanwijzing en mandaat van de routeraad",
         "d": "4.2 Voortgangsnotitie en jaarbeeld", "e": "5 Onderwijs, personeel en voorzieningen",
         "f": "6 Overstappen binnen of buiten de route", "g": "7 Financiële verrekening",
         "h": "8 Inspraak van leerlingen, studenten, ouders en personeel",
         "i": "9 Meningsverschillen tussen partijen", "j": "10 Looptijd, toetreding, wijziging en beëindiging"})
def build_478(path):
    render_docx(path, T478, title="Samenwerkingsovereenkomst Zorgroutes Zeeuws-Vlaanderen",
                author="Bestuurssecretariaat Scheldeoever Onderwijs")


T478 = """
# Samenwerkingsovereenkomst Zorgroutes Zeeuws-Vlaanderen

Doorlopende leerroutes vmbo–mbo in de zorg, tussen Scheldeoever College (locaties Hulst en Oostburg) en
Westerschelde Beroepsonderwijs (Zorgacademie Terneuzen)

Definitieve versie 1.0 — 23 juni 2025

## Inhoud

>> Leeswijzer\t2
>> 1 Partijen en uitgangspunten\t3
>> 2 De twee zorgroutes\t3
>> 3 Samen met de zorgaanbieders\t4
>> 4 Routeraad en verantwoording\t5
>>   4.1 Samenstelling, aanwijzing en mandaat van de routeraad\t5
>>   4.2 Voortgangsnotitie en jaarbeeld\t6
>> 5 Onderwijs, personeel en voorzieningen\t6
>> 6 Overstappen binnen of buiten de route\t8
>> 7 Financiële verrekening\t9
>> 8 Inspraak van leerlingen, studenten, ouders en personeel\t10
>> 9 Meningsverschillen tussen partijen\t10
>> 10 Looptijd, toetreding, wijziging en beëindiging\t11
>> 11 Slotbepalingen\t12
>> Ondertekening\t12
>> Bijlage 1 Rekenvoorbeeld verrekening\t13
>> Bijlage 2 Overlegkalender\t13

---page---
## Leeswijzer

Deze overeenkomst is geschreven voor drie groepen lezers: de bestuurders die haar ondertekenen, de teamleiders
en docenten die de routes dagelijks uitvoeren, en wie van buitenaf wil nagaan of de samenwerking op orde is,
zoals de Inspectie van het Onderwijs. Daarom staat in elk hoofdstuk eerst de afspraak zelf en daarna, waar
nodig, een korte toelichting in kleinere letter. De toelichting bindt partijen niet; de afspraak wel.

Hoofdstuk 1 zegt wie samenwerkt en waarom. Hoofdstuk 2 beschrijft de twee routes. De hoofdstukken 3 tot en met 10
bevatten de afspraken die de wet voor een doorlopende leerroute voorschrijft (artikel 2.107b, tweede lid, WVO 2020
en artikel 9.1.3 WEB). Wie een bepaald onderwerp zoekt, vindt het via onderstaande tabel.

| Onderwerp | Waar te vinden |
| Profiel, opleidingsdomein en kwalificaties | hoofdstuk 2 |
| Rol van zorgaanbieders en ander werkveld | hoofdstuk 3 |
| Leiding van de routes | paragraaf 4.1 |
| Informatie en verantwoording aan de besturen | paragraaf 4.2 |
| Onderwijs, inzet van personeel, gebruik van voorzieningen | hoofdstuk 5 |
| Overstapoptie | hoofdstuk 6 |
| Overdracht van bekostiging | hoofdstuk 7 en bijlage 1 |
| Medezeggenschap | hoofdstuk 8 |
| Geschillen tussen partijen | hoofdstuk 9 |
| Toetreding, wijziging, opzegging | hoofdstuk 10 |

Begrippen die in deze overeenkomst met een hoofdletter beginnen, hebben de betekenis die hoofdstuk 1 eraan geeft.
Waar "leerling" staat, is ook de mbo-student in de route bedoeld, tenzij uit de tekst het tegendeel blijkt.

---page---
## 1 Partijen en uitgangspunten

1.1 Ondergetekenden:

Stichting Scheldeoever Onderwijs, gevestigd te Hulst, bevoegd gezag van Scheldeoever College, school voor vmbo met
de locaties Hulst en Oostburg, rechtsgeldig vertegenwoordigd door mevrouw J.M. de Kind-Verstraete, voorzitter van
het college van bestuur, hierna: "Scheldeoever";

en

Stichting Westerschelde Beroepsonderwijs, gevestigd te Terneuzen, bevoegd gezag van de instelling voor
beroepsonderwijs Westerschelde Beroepsonderwijs, waarvan de Zorgacademie Terneuzen deel uitmaakt, rechtsgeldig
vertegenwoordigd door de heer P.A.M. Van Damme, voorzitter van het college van bestuur, hierna: "Westerschelde";

samen "Partijen".

1.2 Partijen stellen vast dat de zorg in Zeeuws-Vlaanderen kampt met een tekort aan verzorgenden en helpenden,
dat de afstanden tussen de kernen groot zijn en dat jongeren uit de dorpen rond Oostburg en Hulst nu vaak na het
vmbo afhaken omdat de reis naar Terneuzen of Vlissingen te zwaar is. Met de Zorgroutes willen zij leerlingen
dichtbij huis laten beginnen en zonder knip doorlopen naar een mbo-diploma.

1.3 Begrippen. Route: een van de doorlopende leerroutes uit hoofdstuk 2. Vo-fase: de eerste twee leerjaren van
een Route, waarin de leerling bij Scheldeoever is ingeschreven. Mbo-fase: de leerjaren daarna, waarin de leerling
als student bij Westerschelde is ingeschreven. Routeraad: de leiding van de Routes, bedoeld in paragraaf 4.1.
Zorgpartners: de zorgaanbieders die de verklaring uit hoofdstuk 3 hebben getekend.

1.4 Partijen verzorgen de Routes gezamenlijk en melden iedere Route gezamenlijk aan de Minister via
registratie in RIO, elk voor het eigen deel. De melding gebeurt vóór de start van de eerste lichting.

## 2 De twee zorgroutes

2.1 Route Verzorgende. Deze Route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Zorg en
welzijn, en leidt naar het diploma van de vakopleiding Verzorgende-IG (niveau 3) in het opleidingsdomein Zorg en
welzijn. In de vo-fase volgt de leerling de beroepsgerichte keuzevakken Mens en gezondheid, Zorg en technologie en
Ondersteuning bij sport en bewegen. In de mbo-fase kan de student kiezen tussen de beroepsopleidende leerweg en,
vanaf het tweede jaar van de mbo-fase, de beroepsbegeleidende leerweg bij een Zorgpartner.

2.2 Route Helpende. Deze Route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Zorg en welzijn,
en leidt naar het diploma van de basisberoepsopleiding Helpende Zorg en Welzijn (niveau 2) in hetzelfde
opleidingsdomein. De Route Helpende is een doorlopende leerroute en geen geïntegreerde route: de leerling legt het
vmbo-examen van de basisberoepsgerichte leerweg af.

2.3 De Route Verzorgende start op beide locaties van Scheldeoever; de Route Helpende alleen op locatie Hulst. Per
locatie en per Route start een groep van ten minste acht en ten hoogste twintig leerlingen. Komen er minder dan
acht aanmeldingen, dan besluiten de besturen vóór 1 april of de groep toch start.

2.4 De leerling behaalt het vmbo-diploma uiterlijk in het derde leerjaar van de Route. De vmbo-examinering is de
verantwoordelijkheid van Scheldeoever, de mbo-examinering en de beroepspraktijkvorming zijn de verantwoordelijkheid
van Westerschelde.

## 3 Samen met de zorgaanbieders

3.1 Aan de Routes doen bij de start drie Zorgpartners mee: Zorggroep Hulster Ambacht (verpleeg- en verzorgingshuizen
in Hulst, Kloosterzande en Sint Jansteen), Thuiszorg De Polders (wijkteams in West-Zeeuws-Vlaanderen) en Stichting
Zorgboerderij 't Hoekske in Sluis. Elke Zorgpartner tekent een verklaring waarin staat wat hij bijdraagt; nieuwe
Zorgpartners kunnen op dezelfde manier aansluiten.

3.2 De Zorgpartners:
- bieden in leerjaar 3 een meeloopweek en in leerjaar 4 een snuffelstage van twee weken aan iedere leerling;
- stellen voor de mbo-fase voldoende bpv-plaatsen beschikbaar, dichtbij de woonplaats van de student waar dat kan;
- leveren per schooljaar ten minste vier gastdocenten, onder wie wijkverpleegkundigen en een specialist
    ouderengeneeskunde, voor het vakoverstijgende onderdeel "Zorg in de wijk";
- leveren praktijkbeoordelaars voor de examens in de beroepspraktijk, die samen met een docent van Westerschelde
    beoordelen;
- zitten met twee vertegenwoordigers in de werkveldtafel die tweemaal per jaar het programma van beide Routes
    bespreekt en daarover advies uitbrengt aan de Routeraad.

3.3 De Routeraad beantwoordt een advies van de werkveldtafel schriftelijk binnen acht weken en geeft aan wat hij
ermee doet. Partijen houden de erkenningen van de Zorgpartners als leerbedrijf bij SBB actueel.

~ Toelichting: de werkveldtafel is bewust klein gehouden. Zorgpartners in de regio hebben aangegeven liever twee
~ keer per jaar gericht mee te denken dan in een breed overleg plaats te nemen.

---page---
## 4 Routeraad en verantwoording

### 4.1 Samenstelling, aanwijzing en mandaat van de routeraad

4.1.1 De Routes staan onder leiding van één Routeraad. De Routeraad bestaat uit:
- de teamleider Zorg en welzijn van Scheldeoever, locatie Hulst;
- de teamleider Zorg en welzijn van Scheldeoever, locatie Oostburg;
- de opleidingsmanager van de Zorgacademie Terneuzen;
- de bpv-coördinator Zorg van Westerschelde.

4.1.2 Het college van bestuur van Scheldeoever wijst de twee leden van zijn kant aan, het college van bestuur van
Westerschelde de twee leden van zijn kant, telkens bij schriftelijk besluit met een afschrift aan het andere college.
Een aanwijzing geldt voor drie schooljaren en kan worden verlengd. Het voorzitterschap wisselt ieder schooljaar
tussen een lid van Scheldeoever en een lid van Westerschelde.

4.1.3 De colleges van bestuur dragen aan de Routeraad op:
- de dagelijkse leiding over beide Routes, waaronder rooster, groepsindeling en reisplanning;
- het opstellen van het gezamenlijke programma en de examenplanning per leerjaar (PTA/OER) ter vaststelling door
    beide besturen;
- het verdelen van docenten en instructeurs over de Routes binnen de formatie die ieder bestuur beschikbaar stelt;
- de toelating van leerlingen tot een Route en het besluit over een overstap, bedoeld in hoofdstuk 6;
- het onderhouden van de contacten met de Zorgpartners en de werkveldtafel;
- het beheer van het routebudget voor leermiddelen en vervoer dat in de begroting van ieder bestuur is opgenomen.

4.1.4 De Routeraad is niet bevoegd tot het aangaan van verplichtingen boven € 10.000, tot besluiten over
personeel in dienst van een van de besturen en tot wijziging van deze overeenkomst. Hij besluit bij meerderheid;
staken de stemmen, dan legt de voorzitter het besluit voor aan beide colleges van bestuur.

### 4.2 Voortgangsnotitie en jaarbeeld

4.2.1 De Routeraad houdt beide colleges van bestuur op de hoogte door middel van:
- een voortgangsnotitie, elk jaar in februari, over aanmeldingen, uitval en overstappen, verzuim, bpv en
    personele bezetting;
- een jaarbeeld, uiterlijk op 1 november, waarin hij verantwoording aflegt over het afgelopen schooljaar:
    resultaten van de examens, diploma's, in-, door- en uitstroom per Route en per locatie, oordeel van leerlingen,
    Zorgpartners en docenten, besteding van het routebudget en voorstellen voor verbetering.

4.2.2 In december van elk jaar bespreken beide colleges van bestuur het jaarbeeld met de Routeraad in een
bestuurlijk overleg. Van dat overleg wordt een besluitenlijst gemaakt die beide besturen vaststellen.

4.2.3 Doet zich een ernstig incident voor dat een leerling of een Zorgpartner raakt, dan meldt de voorzitter van
de Routeraad dat binnen twee werkdagen aan beide colleges van bestuur.

---page---
## 5 Onderwijs, personeel en voorzieningen

5.1 Waar het onderwijs plaatsvindt. In de vo-fase volgt de leerling het onderwijs op de eigen locatie van
Scheldeoever in Hulst of Oostburg. De mbo-vakken worden in de vo-fase op die locaties gegeven door docenten van
Westerschelde. In de mbo-fase volgt de student het onderwijs op de Zorgacademie Terneuzen en bij de Zorgpartner.
Studenten uit West-Zeeuws-Vlaanderen kunnen in de mbo-fase één dag per week het theoriedeel op afstand of op
locatie Oostburg volgen.

5.2 Programma en examens. Partijen beschrijven samen voor de gehele Route het onderwijsprogramma, de examinering en
de beroepspraktijkvorming per leerjaar. Die beschrijving is het gezamenlijke PTA/OER per Route en wordt jaarlijks
vóór 1 oktober door beide besturen vastgesteld. De vmbo-examens worden gespreid over leerjaar 3 tot en met het
eerste jaar van de mbo-fase; mbo-onderdelen en de bpv beginnen al in leerjaar 4.

5.3 Inzet van personeel. Per Route werkt één docententeam, samengesteld uit docenten van Scheldeoever en docenten
en instructeurs van Westerschelde. Voor de vakoverstijgende onderdelen "Zorg in de wijk" en "Rekenen en taal in de
zorg" zetten Partijen het team in op grond van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB):
voor elk programmaonderdeel is ten minste één bevoegde docent verantwoordelijk, en het team dekt samen alle
onderdelen. Westerschelde stelt in de vo-fase per groep gemiddeld acht lesuren per week aan docenten beschikbaar;
Scheldeoever stelt in het eerste jaar van de mbo-fase per groep vier lesuren per week beschikbaar voor leerlingen die
hun vmbo-examen nog moeten afronden. Het personeel blijft in dienst van de eigen werkgever; over de uitwisseling
worden per schooljaar schriftelijke inzetafspraken gemaakt, die de Routeraad opstelt.

5.4 Gebruik van voorzieningen. Partijen stellen elkaar de volgende voorzieningen ter beschikking:
- Scheldeoever: de zorgpraktijklokalen in Hulst en Oostburg, inclusief het oefenappartement in Hulst, op de dagen
    dat Westerschelde daar lesgeeft, en de ICT-voorzieningen voor afstandsonderwijs in Oostburg;
- Westerschelde: het skillslab van de Zorgacademie Terneuzen voor leerlingen in leerjaar 4 (één dagdeel per
    week), de mobiele zorgklas die iedere week een dag op locatie Oostburg staat, en de digitale leeromgeving
    Zorg.

Wie een voorziening van de ander gebruikt, volgt de huisregels die daar gelden en meldt schade direct.

5.5 Reizen. Scheldeoever regelt in de vo-fase het vervoer naar Terneuzen op de dagen dat leerlingen het skillslab
gebruiken. In de mbo-fase wijst Westerschelde studenten op de regeling voor een reiskostenvergoeding.

5.6 Begeleiding en zorg. De mentor van Scheldeoever blijft in de vo-fase de eerste aanspreekpersoon; in het laatste
halfjaar van de vo-fase wordt een studieloopbaanbegeleider van Westerschelde gekoppeld. Het ontwikkelingsperspectief
en afspraken over extra ondersteuning gaan met toestemming van de ouders mee naar Westerschelde.

5.7 Klachten. Een klacht over een gedraging van een medewerker van de andere partij wordt behandeld volgens de
klachtenregeling van de partij waar de klacht is ingediend. De andere partij werkt daaraan mee en voert de
maatregelen uit die de klachtencommissie aanbeveelt.

5.8 Verzuim en inschrijving. In de vo-fase registreert Scheldeoever het verzuim, in de mbo-fase Westerschelde. Na
het tweede leerjaar van de Route schrijft Scheldeoever de leerling uit en schrijft Westerschelde hem in.

---page---
## 6 Overstappen binnen of buiten de route

6.1 Partijen zorgen ervoor dat iedere leerling die een Route verlaat voordat hij haar met succes heeft afgerond,
een passend alternatief krijgt om alsnog een vmbo-diploma of een mbo-diploma te halen. Dat geldt bij iedere reden:
verhuizing, een niveau dat niet blijkt te passen, een andere beroepswens of omstandigheden thuis.

6.2 Het alternatief wordt gekozen door Scheldeoever en Westerschelde samen, op voorstel van de Routeraad, nadat
de leerling en, als hij minderjarig is, zijn ouders zijn gehoord. Partijen gaan daarbij uit van het
onderwijsniveau dat de leerling heeft bereikt en van zijn leeftijd. Het besluit wordt binnen vier weken na het
eerste gesprek schriftelijk aan leerling en ouders meegedeeld, met de afspraken over begeleiding.

6.3 Partijen houden ten minste de volgende mogelijkheden open:
- vertrek tijdens de vo-fase: de leerling gaat verder in de kaderberoepsgerichte of basisberoepsgerichte leerweg
    van Scheldeoever, in het profiel Zorg en welzijn of een ander profiel, en haalt het vmbo-diploma; overstap
    tussen de Route Verzorgende en de Route Helpende is ook mogelijk;
- het vmbo-diploma is aan het eind van het derde leerjaar van de Route niet gehaald: de student gaat verder in de
    mbo-opleiding bij Westerschelde op hetzelfde niveau, ook zonder vmbo-diploma, of doet het vmbo-examen
    opnieuw; Scheldeoever blijft verantwoordelijk voor dat examen;
- vertrek tijdens de mbo-fase: de student stapt over naar een andere opleiding van Westerschelde op hetzelfde of
    een lager niveau, bijvoorbeeld Helpende Zorg en Welzijn (niveau 2) of een opleiding in een ander domein;
- een andere richting buiten de zorg: Partijen zoeken samen een opleiding die tot een vergelijkbaar diploma leidt,
    bij Westerschelde of elders in de regio.

6.4 Wil de leerling naar een opleiding van Westerschelde, dan gelden de vooropleidingseisen niet. Wil hij naar een
andere instelling, dan nemen Partijen contact op met die instelling, dragen zij het dossier warm over en wijzen zij
op de mogelijkheid van toelating na een onderzoek naar geschiktheid.

6.5 Deze afspraken worden uitgewerkt in de schoolgids van Scheldeoever en de studiegids van Westerschelde.

6.6 De overstapafspraken gelden niet bij definitieve verwijdering van de leerling.

---page---
## 7 Financiële verrekening

7.1 Partijen dragen over en weer een deel van hun bekostiging over, met toepassing van artikel 5.42a WVO 2020
respectievelijk artikel 9.1.15 WEB.

7.2 Scheldeoever draagt aan Westerschelde over: € 1.150 per leerling per schooljaar in de vo-fase. Dit bedrag is
bestemd voor de inzet van docenten en instructeurs van Westerschelde in de vo-fase (artikel 5.3) en voor het gebruik
van het skillslab en de mobiele zorgklas (artikel 5.4).

7.3 Westerschelde draagt aan Scheldeoever over: € 640 per student die in het eerste jaar van de mbo-fase nog het
vmbo-examen moet afronden. Dit bedrag is bestemd voor de lessen en de examinering die Scheldeoever voor die
studenten verzorgt.

7.4 Het aantal leerlingen en studenten wordt vastgesteld op de teldatum 1 oktober. Partijen verrekenen de bedragen
onderling en betalen het saldo uiterlijk op 1 maart van het lopende schooljaar. Bijlage 1 geeft een rekenvoorbeeld.

7.5 Overige kosten, zoals vervoer in de vo-fase en leermiddelen, draagt ieder bestuur zelf.

## 8 Inspraak van leerlingen, studenten, ouders en personeel

8.1 Voor leerlingen en ouders in de vo-fase en voor het personeel van Scheldeoever geldt de Wet medezeggenschap op
scholen; voor studenten in de mbo-fase en hun ouders gelden de regels van de WEB, voor het personeel van
Westerschelde de Wet op de ondernemingsraden. Partijen spreken daarnaast het volgende af.

8.2 Partijen richten een klankbordgroep Zorgroutes in met twee ouders, twee leerlingen uit de vo-fase en twee
studenten uit de mbo-fase. De medezeggenschapsraad van Scheldeoever en de studentenraad van Westerschelde wijzen
elk de helft van de leden aan. De klankbordgroep komt tweemaal per jaar bijeen met de Routeraad en ontvangt het
jaarbeeld.

8.3 Een voorstel om een Route wezenlijk te wijzigen of te beëindigen, leggen beide besturen voor advies voor aan
zowel de medezeggenschapsraad van Scheldeoever als de studentenraad en de ondernemingsraad van Westerschelde.

8.4 Leerlingen in het tweede leerjaar van de Route mogen als toehoorder de vergaderingen van de studentenraad van
Westerschelde bijwonen.

## 9 Meningsverschillen tussen partijen

9.1 Ontstaat tussen Partijen een geschil over de uitvoering van deze overeenkomst, dan bespreekt de Routeraad dat
eerst. Komt de Routeraad er binnen vier weken niet uit, dan legt de voorzitter het geschil voor aan beide colleges
van bestuur.

9.2 De colleges van bestuur overleggen binnen vier weken na die voorlegging. Leidt dat niet tot een oplossing, dan
leggen zij het geschil voor bindend advies voor aan een onafhankelijke deskundige die zij samen aanwijzen. Kunnen zij
het over die persoon niet eens worden, dan vragen zij de voorzitters van de VO-raad en de MBO Raad om samen een
deskundige aan te wijzen.

9.3 Het bindend advies wordt binnen acht weken uitgebracht. Partijen voeren het uit en dragen de kosten ieder
voor de helft.

9.4 Tijdens een geschil zetten Partijen het onderwijs aan de leerlingen en studenten onverminderd voort.

---page---
## 10 Looptijd, toetreding, wijziging en beëindiging

10.1 Looptijd. Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2031. Zij wordt daarna telkens
stilzwijgend met drie schooljaren verlengd, tenzij een van Partijen uiterlijk op 1 augustus van het voorlaatste
schooljaar schriftelijk laat weten niet te willen verlengen.

10.2 Toetreding. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan toetreden als zij:
- de Route of een deel ervan in de regio Zeeuws-Vlaanderen gaat verzorgen;
- schriftelijk verklaart alle afspraken van deze overeenkomst te aanvaarden;
- de schriftelijke instemming van beide colleges van bestuur heeft gekregen.

Toetreding gaat in op 1 augustus, na gezamenlijke melding in RIO. Een toetreding mag geen gevolgen hebben voor de
plaats waar en de docenten van wie leerlingen die al in een Route zitten hun onderwijs krijgen.

10.3 Wijziging. Deze overeenkomst wordt alleen gewijzigd bij schriftelijke, door beide besturen ondertekende
aanvulling, na het advies bedoeld in artikel 8.3. Een wijziging van het programma of van de overstapafspraken geldt
alleen voor leerlingen die na de wijziging instromen, tenzij de wijziging voor zittende leerlingen gunstig is.

10.4 Opzegging. Ieder van Partijen kan deze overeenkomst opzeggen tegen 1 augustus van enig jaar, met inachtneming
van een opzegtermijn van ten minste achttien maanden. Opzegging gebeurt per aangetekende brief.

10.5 Ontbinding. Schiet een van Partijen ernstig tekort en herstelt zij dat niet binnen drie maanden na
schriftelijke ingebrekestelling, dan kan de andere partij de overeenkomst geheel of voor één Route ontbinden.

10.6 Bescherming van leerlingen. Na opzegging, niet-verlenging of ontbinding stromen geen nieuwe leerlingen meer in.
Leerlingen en studenten die al in een Route zitten, maken die af onder de voorwaarden van deze overeenkomst, die
voor hen van kracht blijft tot de laatste van hen is gediplomeerd of is overgestapt volgens hoofdstuk 6. Partijen
informeren leerlingen en ouders binnen vier weken na het besluit.

## 11 Slotbepalingen

11.1 Op deze overeenkomst is Nederlands recht van toepassing.

11.2 Partijen evalueren de overeenkomst in het schooljaar 2027-2028 aan de hand van de jaarbeelden.

11.3 Bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de hoofdstukken voor.

## Ondertekening

Aldus overeengekomen en in tweevoud ondertekend te Terneuzen op 23 juni 2025.

Stichting Scheldeoever Onderwijs — J.M. de Kind-Verstraete, voorzitter college van bestuur

Stichting Westerschelde Beroepsonderwijs — P.A.M. Van Damme, voorzitter college van bestuur

---page---
## Bijlage 1 Rekenvoorbeeld verrekening

Voorbeeld schooljaar 2026-2027 (teldatum 1 oktober 2026):

| Post | Aantal | Bedrag | Totaal |
| Vo-fase Route Verzorgende (Hulst en Oostburg) | 34 leerlingen | € 1.150 | € 39.100 |
| Vo-fase Route Helpende (Hulst) | 12 leerlingen | € 1.150 | € 13.800 |
| Mbo-fase, vmbo-examen nog af te ronden | 5 studenten | € 640 | € 3.200 |
| Saldo te betalen door Scheldeoever aan Westerschelde | | | € 49.700 |

## Bijlage 2 Overlegkalender

| Wanneer | Wat | Wie |
| september | start schooljaar, inzetafspraken personeel | Routeraad |
| oktober | werkveldtafel (1) | Routeraad, Zorgpartners |
| 1 november | jaarbeeld naar beide besturen | Routeraad |
| december | bestuurlijk overleg over het jaarbeeld | colleges van bestuur, Routeraad |
| februari | voortgangsnotitie | Routeraad |
| maart | klankbordgroep (1) | Routeraad, klankbordgroep |
| april | werkveldtafel (2) | Routeraad, Zorgpartners |
| juni | klankbordgroep (2) | Routeraad, klankbordgroep |
"""


# ==============================================================================================
# 479  PDF municipality-led covenant; the two boards' route agreement is chapter 4 - Emmen
#      defects: c (routeregie without any appointment rule), j (no protection of pupils)
# ==============================================================================================

@sample(479, "gemeentelijk_convenant_installatietechniek_emmen", "pdf", "ppwpppppp" + "w",
        "PDF municipality-led covenant (gemeente Emmen, werkgevers, woningcorporatie) whose chapter 4 is the two "
        "boards' route agreement, Zuidoost-Drenthe, PIE kb/bb -> Eerste monteur / Monteur elektrotechnische "
        "installaties (niveau 3/2); defects: c weak (routeregie composition and tasks at length but no appointment "
        "rule), j weak (toetreding, wijziging, opzegging but no protection of pupils)",
        {"a": "4.2 De route", "b": "4.3 Werkveld in de route", "d": "4.5 Verantwoording door de routeregie",
         "e": "4.6 Onderwijs, personeel en voorzieningen", "f": "4.7 Als een leerling de route verlaat",
         "g": "4.8 Geen overdracht van bekostiging", "h": "4.9 Medezeggenschap in de route",
         "i": "4.10 Geschillen tussen de besturen"})
def build_479(path):
    render_pdf(path, T479, mode="report", title="Convenant Energiek Vakmanschap Zuidoost-Drenthe 2025-2030",
               footer="Convenant Energiek Vakmanschap Zuidoost-Drenthe 2025-2030  |  gemeente Emmen, penvoerder",
               author="Gemeente Emmen, afdeling Economie en Onderwijs")


T479 = """
# Convenant Energiek Vakmanschap Zuidoost-Drenthe 2025–2030

Samen meer jonge installateurs voor de warmtetransitie in Emmen en omgeving

Inclusief, als hoofdstuk 4, de samenwerkingsovereenkomst doorlopende leerroute Installatietechniek tussen
Stichting Onderwijs Oostermoer en Stichting Drents Vakonderwijs Zuidoost

## Convenantpartners

1. De gemeente Emmen, hierbij vertegenwoordigd door de wethouder Onderwijs en Economie, de heer G.J. Lubbers,
handelend ter uitvoering van het besluit van het college van burgemeester en wethouders van 3 juni 2025, hierna
"de gemeente";

2. Stichting Onderwijs Oostermoer, gevestigd te Emmen, bevoegd gezag van Oostermoer Techniekcollege, school voor
vmbo, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw A. Schuiling, hierna "Oostermoer";

3. Stichting Drents Vakonderwijs Zuidoost, gevestigd te Emmen, bevoegd gezag van de gelijknamige instelling voor
beroepsonderwijs met het Techniekhuis Emmen, vertegenwoordigd door de voorzitter van het college van bestuur,
de heer M. Hadders, hierna "DVZ";

4. Vereniging Werkgeverskring Installatie & Energie Zuidoost-Drenthe, gevestigd te Emmen, vertegenwoordigd door
haar voorzitter, de heer H. Kuper, hierna "de werkgeverskring";

5. Woonstichting De Veenhorst, gevestigd te Emmen, vertegenwoordigd door haar directeur-bestuurder, mevrouw
R. Meijering, hierna "De Veenhorst".

## Overwegingen

a. De gemeente Emmen wil tot 2035 ruim 9.000 woningen van het aardgas halen en ziet het tekort aan elektrotechnisch
en werktuigkundig installateurs als een van de grootste risico's daarvoor.

b. Uit de Arbeidsmarktverkenning Zuidoost-Drenthe 2024 blijkt dat installatiebedrijven in de regio jaarlijks
ongeveer zestig vakkrachten tekortkomen, terwijl een deel van de technisch opgeleide jongeren na het vmbo kiest
voor een opleiding buiten de regio of voor ongeschoold werk.

c. Oostermoer en DVZ willen een doorlopende leerroute aanbieden van het vmbo naar het mbo in de installatietechniek.
De wet verlangt dat zij daarvoor een samenwerkingsovereenkomst sluiten. Die overeenkomst is opgenomen als
hoofdstuk 4 van dit convenant en bindt alleen Oostermoer en DVZ.

d. De gemeente, de werkgeverskring en De Veenhorst willen die route ondersteunen met middelen, ruimte en
praktijkopdrachten, zonder zelf verantwoordelijkheid te dragen voor het onderwijs.

Convenantpartners komen het volgende overeen.

## Hoofdstuk 1 Doel en reikwijdte

1.1 Het convenant heeft tot doel dat vanaf 2030 elk jaar ten minste veertig jongeren uit Zuidoost-Drenthe met een
mbo-diploma in de installatietechniek de arbeidsmarkt op gaan, bij voorkeur in de regio.

1.2 De hoofdstukken 1, 2, 3, 5 en 6 zijn een afspraak met het karakter van een inspanningsverplichting tussen alle
convenantpartners. Hoofdstuk 4 is een samenwerkingsovereenkomst in de zin van artikel 2.107b WVO 2020 en artikel
9.1.3 WEB tussen Oostermoer en DVZ; de overige convenantpartners zijn daarbij geen partij.

## Hoofdstuk 2 Inzet van de gemeente

2.1 De gemeente stelt voor de looptijd van het convenant het Energiehuis aan de Weerdingerstraat beschikbaar als
praktijklocatie. Het Energiehuis is een voormalig dorpshuis dat wordt ingericht met een warmtepompwerkplaats, een
oefenwoning en een ruimte voor voorlichting aan bewoners.

2.2 De gemeente draagt in de jaren 2025 tot en met 2027 ten hoogste € 180.000 bij aan de inrichting van het
Energiehuis, op basis van een subsidiebeschikking aan DVZ. Deze bijdrage komt uit het gemeentelijk programma
Warmtetransitie en staat los van de bekostiging van het onderwijs.

2.3 De gemeente betrekt de leerlingen en studenten bij haar voorlichting over de warmtetransitie, onder meer via
de wijkavonden in Emmermeer en Angelslo.

## Hoofdstuk 3 Inzet van werkgevers en woningcorporatie

3.1 De werkgeverskring zorgt ervoor dat ten minste twaalf van haar leden erkend leerbedrijf zijn en dat zij samen
elk jaar voldoende bpv-plaatsen aanbieden voor alle studenten in de route.

3.2 De Veenhorst stelt elk schooljaar ten minste tien woningen beschikbaar die worden verduurzaamd en waarin
studenten onder begeleiding van een leerbedrijf meewerken.

## Hoofdstuk 4 Samenwerkingsovereenkomst doorlopende leerroute Installatietechniek

### 4.1 Partijen bij dit hoofdstuk

Dit hoofdstuk is een afspraak tussen Oostermoer en DVZ, in dit hoofdstuk samen "de besturen". Zij verzorgen de
route gezamenlijk en melden haar gezamenlijk bij DUO door registratie in RIO.

### 4.2 De route

4.2.1 De route begint in leerjaar 3 van Oostermoer Techniekcollege, profiel Produceren, installeren en energie
(PIE), en leidt naar een diploma in het mbo-opleidingsdomein Installatie- en energietechniek van DVZ.

4.2.2 De route kent twee varianten:
- vanuit de kaderberoepsgerichte leerweg naar de vakopleiding Eerste monteur elektrotechnische installaties in de
    woning en utiliteit (niveau 3);
- vanuit de basisberoepsgerichte leerweg naar de basisberoepsopleiding Monteur elektrotechnische installaties in de
    woning en utiliteit (niveau 2).

4.2.3 In leerjaar 3 en 4 volgen de leerlingen de beroepsgerichte keuzevakken Domotica en automatisering,
Duurzame energie en Elektrotechnische installaties in en om het huis.

### 4.3 Werkveld in de route

4.3.1 De leden van de werkgeverskring en De Veenhorst zijn op de volgende manieren bij de route betrokken:
- elk schooljaar leveren zij per leerjaar twee praktijkopdrachten, die zij samen met de docenten opstellen en
    waarvan zij het eindresultaat mee beoordelen;
- in leerjaar 4 lopen alle leerlingen twee weken stage bij een lid van de werkgeverskring;
- in de mbo-fase volgen studenten de bpv bij erkende leerbedrijven van de werkgeverskring, in de verduurzaamde
    woningen van De Veenhorst of bij een ander erkend leerbedrijf;
- een afvaardiging van drie leden van de werkgeverskring vormt de adviesgroep Vakmanschap, die eenmaal per jaar het
    programma van de route beoordeelt en de besturen adviseert over nieuwe technieken en keuzedelen.

4.3.2 Vakmensen uit de leerbedrijven treden op als beoordelaar bij de proeven van bekwaamheid in de mbo-fase.

### 4.4 Routeregie

4.4.1 De route wordt geleid door een routeregie. De routeregie bestaat uit twee routeregisseurs: een
docent-coördinator van Oostermoer met ervaring in de bovenbouw van het profiel PIE en een
praktijkopleider-coördinator van DVZ met een achtergrond in de elektrotechniek. Zij voeren de regie samen en
hebben ieder 0,3 fte voor deze taak. De routeregie wordt ondersteund door de bpv-coördinator van DVZ, die geen
stem heeft.

4.4.2 De routeregie heeft tot taak:
- het jaarlijks opstellen van het rooster, de groepsindeling en de verdeling van lessen over Oostermoer
    Techniekcollege, het Techniekhuis en het Energiehuis;
- het voorbereiden van het gezamenlijke PTA/OER van de route, dat de besturen vaststellen;
- het plannen van de praktijkopdrachten en stages met de werkgeverskring en De Veenhorst;
- het voeren van de intakegesprekken en het adviseren over plaatsing in een variant;
- het bewaken van de voortgang van iedere leerling en het tijdig signaleren van uitval;
- het onderhouden van het contact met ouders, mentoren en leerbedrijven.

4.4.3 De routeregie is bevoegd om binnen de door de besturen vastgestelde kaders zelfstandig te beslissen over
rooster, groepsindeling en inzet van de praktijkruimten, en om uitgaven te doen tot € 5.000 per geval ten laste van
het budget dat ieder bestuur voor de route reserveert. Over personele zaken, het PTA/OER en de toelatingscapaciteit
beslissen de besturen.

4.4.4 De routeregisseurs besluiten in overeenstemming. Komen zij niet tot overeenstemming, dan leggen zij de zaak
voor aan de besturen.

### 4.5 Verantwoording door de routeregie

4.5.1 De routeregie stuurt beide besturen twee keer per jaar, in januari en in juli, een schriftelijke
halfjaarrapportage over het aantal leerlingen en studenten per variant, de doorstroom en uitval, de resultaten van
toetsen en examens, de bpv en de besteding van het routebudget.

4.5.2 De rapportage van juli geldt als jaarverantwoording. De routeregie licht haar toe in een overleg met de beide
voorzitters van de colleges van bestuur, dat in september plaatsvindt.

4.5.3 Op verzoek van een bestuur verstrekt de routeregie tussentijds alle inlichtingen die dat bestuur voor de
uitoefening van zijn taak nodig heeft.

### 4.6 Onderwijs, personeel en voorzieningen

4.6.1 Leerjaar 3 wordt gegeven op Oostermoer Techniekcollege. In leerjaar 4 volgen de leerlingen twee dagen per week
praktijkonderwijs in het Techniekhuis van DVZ en in het Energiehuis. De mbo-fase vindt plaats in het Techniekhuis,
het Energiehuis en bij de leerbedrijven.

4.6.2 De besturen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar in
één gezamenlijk PTA/OER. Het vmbo-examen wordt afgenomen in leerjaar 4 of uiterlijk in het eerste jaar van de
mbo-fase; mbo-examens kunnen vanaf leerjaar 4 worden afgenomen.

4.6.3 Personeel. Oostermoer zet voor de route een team van vijf docenten in, DVZ een team van vier docenten en twee
instructeurs. Voor de vakoverstijgende onderdelen Installeren in de praktijk en Energie en wonen werken de docenten
van beide besturen als één team op grond van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Docenten van DVZ geven in
leerjaar 4 de praktijklessen elektrotechniek; docenten van Oostermoer verzorgen de algemene vakken, ook voor
studenten in de mbo-fase die hun vmbo-examen nog moeten afronden. Ieder blijft in dienst van het eigen bestuur.

4.6.4 Voorzieningen. Oostermoer stelt haar praktijklokaal PIE en haar ICT-lokalen beschikbaar voor lessen van
DVZ-docenten. DVZ stelt het Techniekhuis, inclusief gereedschap en persoonlijke beschermingsmiddelen, beschikbaar
voor leerlingen van Oostermoer. Het Energiehuis wordt door beide besturen gebruikt volgens een gezamenlijk
gebruiksrooster. Veiligheidsinstructies van het Techniekhuis gelden voor iedereen die daar werkt.

4.6.5 Klachten over een medewerker van het andere bestuur worden afgehandeld volgens de klachtenregeling van het
bestuur waar de klacht is ingediend; het andere bestuur verleent daaraan alle medewerking.

### 4.7 Als een leerling de route verlaat

4.7.1 Een leerling die de route niet afmaakt, houdt altijd een weg naar een diploma. De besturen bepalen samen, na
een gesprek met de leerling en zijn ouders, welk vervolg het best past bij wat hij heeft bereikt en bij zijn
leeftijd.

4.7.2 Mogelijkheden zijn in elk geval:
- verlaat de leerling de route in leerjaar 3 of 4, dan kan hij op Oostermoer Techniekcollege de gewone
    kaderberoepsgerichte of basisberoepsgerichte leerweg in het profiel PIE of een ander profiel afmaken en het
    vmbo-diploma halen;
- heeft de student aan het eind van het derde routejaar zijn vmbo-diploma niet, dan kan hij zijn mbo-opleiding bij
    DVZ op hetzelfde niveau vervolgen of het vmbo-examen opnieuw doen; bij DVZ gelden in dat geval geen
    vooropleidingseisen;
- wil de student een andere kant op, dan kan hij overstappen naar een andere opleiding van DVZ op een vergelijkbaar
    niveau, bijvoorbeeld in de werktuigkundige installatietechniek of de bouw;
- verhuist de leerling, dan dragen de besturen zijn dossier warm over aan een school of instelling in zijn nieuwe
    woonplaats, die hem na een geschiktheidsonderzoek kan toelaten.

4.7.3 De afspraken over de overstap worden beschreven in de schoolgids van Oostermoer en de studiegids van DVZ.

### 4.8 Geen overdracht van bekostiging

Oostermoer en DVZ dragen geen deel van hun rijksbekostiging aan elkaar over. Ieder bestuur draagt de kosten van het
eigen personeel en de eigen voorzieningen. De bijdrage van de gemeente uit hoofdstuk 2 is geen bekostiging in de zin
van artikel 5.42a WVO 2020 of artikel 9.1.15 WEB.

### 4.9 Medezeggenschap in de route

4.9.1 De medezeggenschapsraad van Oostermoer en de studentenraad van DVZ vormen voor de route een gezamenlijke
routecommissie van vier leden: twee leden uit de medezeggenschapsraad, onder wie een ouder, en twee leden uit de
studentenraad, onder wie een student uit de route.

4.9.2 De routecommissie ontvangt de halfjaarrapportages en adviseert de besturen gevraagd en ongevraagd over de
route. Voordat de besturen het PTA/OER vaststellen of de route wezenlijk wijzigen, vragen zij het advies van de
routecommissie.

4.9.3 De bevoegdheden van de medezeggenschapsraad op grond van de WMS en van de studentenraad en de ondernemingsraad
van DVZ blijven onverkort gelden.

### 4.10 Geschillen tussen de besturen

4.10.1 Een geschil tussen de besturen over de uitvoering van dit hoofdstuk wordt eerst besproken door de
routeregisseurs en, als dat geen oplossing biedt, binnen een maand door de voorzitters van de colleges van bestuur.

4.10.2 Leidt dat overleg niet binnen zes weken tot overeenstemming, dan schakelen de besturen een mediator in die
zij samen kiezen. Slaagt de mediation niet, dan wordt het geschil voorgelegd aan de bevoegde rechter van de
rechtbank Noord-Nederland, locatie Assen.

### 4.11 Toetreding, wijziging en einde van dit hoofdstuk

4.11.1 Een andere school voor vmbo met het profiel PIE of een andere instelling voor beroepsonderwijs kan partij
worden bij dit hoofdstuk, als beide besturen daarmee schriftelijk instemmen en de nieuwe partij alle afspraken van
dit hoofdstuk aanvaardt. De toetreding wordt gemeld bij DUO.

4.11.2 Dit hoofdstuk kan alleen worden gewijzigd bij een schriftelijke, door beide besturen ondertekende
overeenkomst. De regiotafel wordt vooraf over een voorgenomen wijziging geïnformeerd.

4.11.3 Dit hoofdstuk geldt voor onbepaalde tijd. Ieder bestuur kan het schriftelijk opzeggen met een opzegtermijn
van zes maanden.

4.11.4 Schiet een bestuur ernstig tekort in de nakoming en herstelt het dat niet binnen twee maanden na een
schriftelijke ingebrekestelling, dan kan het andere bestuur dit hoofdstuk ontbinden.

4.11.5 Na het einde van dit hoofdstuk melden de besturen de route af in RIO.

## Hoofdstuk 5 Regiotafel en monitoring

5.1 De convenantpartners vormen samen de regiotafel Energiek Vakmanschap. De wethouder Onderwijs en Economie is
voorzitter; de gemeente voert het secretariaat.

5.2 De regiotafel komt twee keer per jaar bijeen en bespreekt de voortgang van het convenant aan de hand van een
monitor die de gemeente opstelt met gegevens van de convenantpartners: aantallen leerlingen en studenten, bpv-plaatsen,
gediplomeerden en hun eerste baan.

5.3 De regiotafel heeft geen zeggenschap over het onderwijs in de route; daarover beslissen Oostermoer en DVZ
volgens hoofdstuk 4.

## Hoofdstuk 6 Looptijd en slotbepalingen

6.1 Het convenant geldt van 1 augustus 2025 tot en met 31 juli 2030. De regiotafel besluit in 2029 over een
vervolg.

6.2 Een convenantpartner kan zijn deelname aan het convenant beëindigen met een opzegtermijn van drie maanden.
De beëindiging van het convenant of de uittreding van een convenantpartner laat hoofdstuk 4 onverlet.

6.3 Nieuwe convenantpartners, zoals andere gemeenten in Zuidoost-Drenthe of werkgevers, kunnen toetreden met
instemming van de regiotafel.

6.4 Het convenant is niet in rechte afdwingbaar, met uitzondering van hoofdstuk 4.

## Ondertekening

Emmen, 19 juni 2025

Gemeente Emmen — G.J. Lubbers, wethouder Onderwijs en Economie

Stichting Onderwijs Oostermoer — A. Schuiling, voorzitter college van bestuur (ook voor hoofdstuk 4)

Stichting Drents Vakonderwijs Zuidoost — M. Hadders, voorzitter college van bestuur (ook voor hoofdstuk 4)

Vereniging Werkgeverskring Installatie & Energie Zuidoost-Drenthe — H. Kuper, voorzitter

Woonstichting De Veenhorst — R. Meijering, directeur-bestuurder
"""


# ==============================================================================================
# 480  DOCX with tracked changes (w:ins / w:del) whose accepted text is compliant - Eindhoven
# ==============================================================================================

@sample(480, "bijgehouden_wijzigingen_creatieve_techniek_eindhoven", "docx", "pppppppppp",
        "DOCX with tracked changes (insertions and deletions by two authors) whose accepted text is compliant while "
        "the deleted text holds defects (deferred leiding, Entree-only overstap, [bedrag], n.v.t. medezeggenschap, "
        "'in goed overleg'), Eindhoven, MVI gl/kb -> Mediavormgever niveau 4 (creatieve techniek); geschil to "
        "an onafhankelijke derde; fully compliant",
        {"a": "Artikel 2 Wat de route inhoudt", "b": "Artikel 3 Makers uit de regio", "c": "Artikel 4 Routeteam",
         "d": "Artikel 5 Hoe het routeteam verantwoording aflegt", "e": "Artikel 6 Organisatie van het onderwijs",
         "f": "Artikel 7 Overstappen", "g": "Artikel 8 Geld", "h": "Artikel 9 Medezeggenschap",
         "i": "Artikel 10 Geschillen", "j": "Artikel 11 Toetreden, wijzigen en opzeggen"})
def build_480(path):
    render_docx(path, T480, title="Samenwerkingsovereenkomst Route Creatieve Techniek (concept 0.9)",
                author="Joost van Beers", track=True, rev_date="2025-06-12T14:30:00Z",
                authors={"A": "Joost van Beers (Dommeldal)", "B": "Mirjam Kuipers (Lichtstad)"})


T480 = """
# Samenwerkingsovereenkomst Route Creatieve Techniek

Dommeldal Vakcollege – Lichtstad College voor Media & Techniek

Concept 0.9 met bijgehouden wijzigingen uit het bestuurlijk overleg van 12 juni 2025. Alle wijzigingen in deze
versie zijn in dat overleg door beide besturen aanvaard; de besturen ondertekenen de tekst zoals gewijzigd.

## Artikel 1 Partijen

De ondergetekenden:

1. Stichting Dommeldal Scholen, gevestigd te Eindhoven, bevoegd gezag van Dommeldal Vakcollege, school voor vmbo
te Eindhoven-Woensel, hierbij vertegenwoordigd door {-A|[naam bestuurder]}{+A|de heer drs. F.L.M. Smulders},
voorzitter van het college van bestuur, hierna "Dommeldal";

2. Stichting Lichtstad Beroepsonderwijs, gevestigd te Eindhoven, bevoegd gezag van Lichtstad College voor Media &
Techniek, instelling voor beroepsonderwijs, hierbij vertegenwoordigd door mevrouw ir. S. Öztürk, voorzitter van het
college van bestuur, hierna "Lichtstad";

verklaren het volgende te zijn overeengekomen.

## Artikel 2 Wat de route inhoudt

2.1 Partijen verzorgen samen de doorlopende leerroute Creatieve Techniek, hierna "de route". De route begint in
leerjaar 3 van het vmbo, profiel Media, vormgeving en ICT, in de gemengde leerweg en de kaderberoepsgerichte
leerweg, en leidt naar het diploma Mediavormgever (niveau 4, middenkaderopleiding) in het opleidingsdomein Media en
vormgeving. {-A|Een tweede uitstroom op niveau 3 wordt onderzocht.}{+B|Binnen de opleiding volgen de studenten de
specialisatie Creatieve techniek, met de keuzedelen Interactieve installaties en Licht- en geluidsontwerp.}

2.2 De route duurt vijf schooljaren. De leerling haalt het vmbo-diploma uiterlijk in het derde schooljaar van de
route. Partijen melden de route gezamenlijk bij DUO door registratie in RIO.

## Artikel 3 Makers uit de regio

3.1 Partijen werken voor de route samen met het Makersnetwerk Strijp, een vereniging van ruim dertig creatieve
bedrijven in Eindhoven, en met de erkende leerbedrijven Studio Lichtveld (lichtontwerp), Pixelbrouwerij
(interactieve media) en Theatertechniek Brabant.

3.2 Deze bedrijven:
- leveren in iedere onderwijsperiode een echte opdracht aan de leerlingen van leerjaar 3 en 4, die zij bij de
    start toelichten en bij de presentatie mee beoordelen;
- bieden de studenten in de mbo-fase bpv-plaatsen {-B|waar mogelijk}{+B|: het Makersnetwerk garandeert elk jaar
    een plaats voor iedere student van de route};
- {+B|vaardigen twee vakmensen af in de werkveldcommissie, die twee keer per jaar het programma van de route
    bespreekt en het routeteam schriftelijk adviseert over inhoud, keuzedelen en nieuwe technieken;}
- stellen beoordelaars beschikbaar voor de portfoliobeoordeling aan het eind van de mbo-fase.

## Artikel 4 Routeteam

4.1 De leiding over de route ligt bij het routeteam. Het routeteam bestaat uit de teamleider bovenbouw Media,
vormgeving en ICT van Dommeldal Vakcollege, de onderwijsmanager Media en vormgeving van Lichtstad College en een
routecoördinator.

4.2 {-A|De samenstelling van het routeteam wordt nader bepaald.}{+A|Het college van bestuur van elk van partijen
benoemt de eigen teamleider respectievelijk onderwijsmanager in het routeteam. De routecoördinator wordt door beide
colleges van bestuur gezamenlijk aangewezen voor een periode van drie schooljaren; herbenoeming is mogelijk.}

4.3 De besturen dragen het routeteam de volgende taken op:
- het opstellen van het jaarrooster en de lesverdeling tussen beide locaties;
- het opstellen van het gezamenlijke PTA/OER, dat beide besturen vaststellen;
- de intake en plaatsing van leerlingen en de begeleiding bij een overstap als bedoeld in artikel 7;
- het contact met het Makersnetwerk, de leerbedrijven en de werkveldcommissie.

4.4 {+B|Het routeteam is bevoegd om binnen de jaarbegroting van de route zelfstandig te beslissen over rooster,
inzet van docenten uit het routeteam, gebruik van de studio's en uitgaven tot € 7.500 per geval. Besluiten over
benoeming of ontslag van personeel, de vaststelling van het PTA/OER en het aantal plaatsen in de route blijven bij
de besturen.}

## Artikel 5 Hoe het routeteam verantwoording aflegt

5.1 Het routeteam informeert beide colleges van bestuur {-B|regelmatig}{+B|drie keer per jaar, uiterlijk op
1 december, 1 april en 1 juli, met een schriftelijke voortgangsrapportage} over het aantal leerlingen en studenten,
de doorstroom, de uitval, de resultaten en de samenwerking met het werkveld.

5.2 {+A|Jaarlijks vóór 1 november legt het routeteam in een routejaarverslag verantwoording af over het afgelopen
schooljaar. De besturen bespreken het routejaarverslag met het routeteam in het bestuurlijk overleg van november.}

## Artikel 6 Organisatie van het onderwijs

6.1 In leerjaar 3 krijgen de leerlingen les op Dommeldal Vakcollege en één dag per week in de mediastudio van
Lichtstad College op Strijp. In leerjaar 4 zijn dat twee dagen per week. Vanaf het derde schooljaar van de route
krijgen de studenten les op Lichtstad College en werken zij bij leerbedrijven.

6.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar staan in het gezamenlijke
PTA/OER van de route. De vmbo-examens zijn gespreid over leerjaar 3 tot en met het derde schooljaar van de route.

6.3 Personeel. Het routeteam zet voor de route één docententeam in, bestaande uit de docenten Media, vormgeving en
ICT van Dommeldal en de docenten en instructeurs Mediavormgeving van Lichtstad. Voor de vakoverstijgende
projecten "Maken en presenteren" en "Licht, beeld en geluid" werkt het team op basis van teambevoegdheid; voor elk
onderdeel is ten minste één bevoegde docent verantwoordelijk. {+B|Lichtstad zet in leerjaar 3 en 4 per groep zes
lesuren per week aan docenten in op Dommeldal Vakcollege en in de mediastudio.} Iedere docent blijft in dienst van
de eigen werkgever.

6.4 Faciliteiten. Leerlingen van Dommeldal gebruiken de mediastudio, het fablab en de black box van Lichtstad College
onder begeleiding van een docent. {-A|Dommeldal stelt haar lokalen ter beschikking.}{+A|Dommeldal stelt haar
werkplaats, de computerlokalen en de aula met podiumtechniek ter beschikking voor lessen en presentaties van de
route, ook voor studenten in de mbo-fase die hun vmbo-examen nog afronden.}

6.5 Klachten over een medewerker van de andere partij worden behandeld volgens de klachtenregeling van de partij
waar de klacht is ingediend; de andere partij verleent haar medewerking.

## Artikel 7 Overstappen

7.1 {-A|Leerlingen die de route niet afmaken, stromen door naar de Entree-opleiding van Lichtstad College.}{+A|Een
leerling die de route niet afmaakt, krijgt een passend alternatief dat leidt naar een vmbo-diploma of een
mbo-diploma. Welk alternatief dat is, beslissen Dommeldal en Lichtstad samen, nadat zij met de leerling en zijn
ouders hebben gesproken, op basis van het onderwijsniveau dat de leerling heeft bereikt en zijn leeftijd.}

7.2 {+A|Partijen houden daarbij in elk geval de volgende mogelijkheden open:}
- {+A|stopt de leerling in leerjaar 3 of 4, dan maakt hij op Dommeldal Vakcollege de gemengde of
    kaderberoepsgerichte leerweg af, in het profiel Media, vormgeving en ICT of een ander profiel;}
- {+A|stopt de student in het mbo-deel, dan kan hij overstappen naar een andere opleiding van Lichtstad College
    op niveau 4 of, als dat beter past, op niveau 3, bijvoorbeeld Medewerker podium- en evenemententechniek;}
- {+A|heeft de student aan het eind van het derde schooljaar van de route zijn vmbo-diploma niet, dan vervolgt hij
    de mbo-opleiding bij Lichtstad College zonder dat de vooropleidingseisen gelden, of legt hij het vmbo-examen
    opnieuw af bij Dommeldal;}
- {+A|kiest de leerling een opleiding bij een andere instelling, dan zorgen partijen voor een warme overdracht;
    die instelling kan hem na een geschiktheidsonderzoek toelaten.}

7.3 {+B|Alleen als het halen van een diploma op niveau 2 of hoger echt niet lukt, wordt de Entree-opleiding
besproken.} De uitwerking staat in de schoolgids van Dommeldal en de studiegids van Lichtstad.

## Artikel 8 Geld

8.1 Dommeldal draagt met toepassing van artikel 5.42a WVO 2020 een deel van haar bekostiging over aan Lichtstad:
{-B|[bedrag nog invullen]}{+B|€ 780 per leerling per schooljaar in leerjaar 3 en 4 van de route}, {+B|bestemd voor
de lessen die docenten van Lichtstad in die leerjaren verzorgen en voor het gebruik van de mediastudio en het
fablab}.

8.2 Het aantal leerlingen wordt bepaald op 1 oktober. Lichtstad factureert het bedrag in twee gelijke termijnen,
op 1 december en 1 april.

8.3 Lichtstad draagt geen bekostiging over aan Dommeldal. Overige kosten draagt ieder bestuur zelf.

## Artikel 9 Medezeggenschap

{-A|(optioneel) n.v.t.}{+A|9.1 Leerlingen in leerjaar 4 van de route mogen deelnemen aan de studentenraad van
Lichtstad College, ook zolang zij nog bij Dommeldal zijn ingeschreven.}

{+A|9.2 De medezeggenschapsraad van Dommeldal en de studentenraad van Lichtstad College komen eenmaal per jaar samen
om het routejaarverslag te bespreken. Voordat de besturen de route wezenlijk wijzigen of beëindigen, vragen zij
beide raden om advies.}

## Artikel 10 Geschillen

{-B|Partijen lossen geschillen in goed overleg op.}{+B|10.1 Bij een geschil over de uitvoering van deze
overeenkomst overleggen eerst de leden van het routeteam. Lukt het hun niet binnen vier weken het geschil op te
lossen, dan overleggen de voorzitters van de colleges van bestuur.}

{+B|10.2 Leidt dat overleg niet binnen zes weken tot een oplossing, dan leggen partijen het geschil voor aan een
onafhankelijke derde, die zij samen aanwijzen. Diens uitspraak geldt tussen partijen als bindend advies. De kosten
worden gelijk gedeeld.}

## Artikel 11 Toetreden, wijzigen en opzeggen

11.1 Een andere school voor vmbo of instelling voor beroepsonderwijs in de regio Eindhoven kan toetreden tot deze
overeenkomst als beide besturen daarmee schriftelijk instemmen en de toetreder alle afspraken aanvaardt. Toetreding
gaat in op 1 augustus en wordt gemeld bij DUO.

11.2 Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend. Zij gaan in bij het begin van
een schooljaar.

11.3 Ieder bestuur kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van twaalf
maanden.

11.4 {+A|Na een opzegging worden geen nieuwe leerlingen meer tot de route toegelaten. Leerlingen en studenten die al
in de route zitten, ronden haar af bij partijen onder de bestaande afspraken, ook als dat na het einde van de
overeenkomst is.}

## Artikel 12 Looptijd en ondertekening

Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd.

Eindhoven, 26 juni 2025

Stichting Dommeldal Scholen — drs. F.L.M. Smulders, voorzitter college van bestuur

Stichting Lichtstad Beroepsonderwijs — ir. S. Öztürk, voorzitter college van bestuur
"""


# ==============================================================================================
# 481  Markdown in the je/jij voice addressed to pupils and parents - geïntegreerde route logistiek
# ==============================================================================================

@sample(481, "jij_vorm_geintegreerd_logistiek_roosendaal", "md", "pppppppppp",
        "Markdown agreement written in the je/jij voice to pupils and parents, West-Brabant (Roosendaal/Moerdijk), "
        "geïntegreerde route Mobiliteit en transport bb -> Logistiek medewerker niveau 2; routeleider + "
        "praktijkleider, passende plek without automatic Entree, transfer with amount and purpose, "
        "geschillencommissie, aansluiten/opzeggen; fully compliant",
        {"a": "Welke route volg je?", "b": "Welke bedrijven doen mee?", "c": "Wie leidt de route?",
         "d": "Hoe houden de besturen in de gaten hoe het gaat?", "e": "Waar krijg je les, en van wie?",
         "f": "Wat als je wilt stoppen met de route?", "g": "Wie betaalt wat?", "h": "Mag je meepraten?",
         "i": "Als de scholen het samen niet eens zijn", "j": "Als er een school bij komt of de route stopt"})
def build_481(path):
    write_text(path, T481)


T481 = """
# Jouw route naar de logistiek

**Samenwerkingsovereenkomst geïntegreerde route vmbo-mbo: Mobiliteit en transport – Logistiek medewerker (niveau 2)**
Markiezaat Vakschool, Roosendaal · Westbrabant Vakcollege, Logistiek Campus Moerdijk

> **Voor jou en je ouders.** Dit is de samenwerkingsovereenkomst zelf, niet een folder erover. De besturen van de
> twee scholen hebben afgesproken haar in de jij-vorm te schrijven, zodat jij en je ouders precies weten waar je aan
> toe bent. Wat hier staat, geldt als afspraak tussen de twee besturen. Staat er "wij", dan bedoelen we de twee
> besturen samen. "Je school" is Markiezaat Vakschool, "het vakcollege" is Westbrabant Vakcollege.

## Wie maken deze afspraken?

- **Stichting Voortgezet Onderwijs Markiezaat**, Roosendaal, het bevoegd gezag van Markiezaat Vakschool (vmbo),
  vertegenwoordigd door mevrouw L. van Dongen-Aarts, voorzitter van het college van bestuur;
- **Stichting Westbrabant Beroepsonderwijs**, Breda, het bevoegd gezag van Westbrabant Vakcollege (mbo),
  vertegenwoordigd door de heer T. Hoendervangers, voorzitter van het college van bestuur.

Wij bieden de route samen aan en melden haar samen aan bij DUO.

## Welke route volg je?

Je zit in de **basisberoepsgerichte leerweg**, profiel **Mobiliteit en transport**. Vanaf leerjaar 3 volg je de
**geïntegreerde route**: vmbo- en mbo-onderwijs in één programma, dat je opleidt voor het mbo-diploma
**Logistiek medewerker (niveau 2)** in het opleidingsdomein **Transport, scheepvaart en logistiek**.

- De route duurt vier jaar: leerjaar 3 en 4 op het vmbo en daarna twee jaar mbo.
- Omdat het een geïntegreerde route is, hoef je het vmbo-examen van de basisberoepsgerichte leerweg niet (helemaal)
  te doen. Je werkt meteen toe naar je mbo-diploma, en dat is een startkwalificatie.
- Of de route bij je past, bespreken je mentor en de routeleider in leerjaar 2 met jou en je ouders. Je school en
  het vakcollege besluiten daarna samen of je kunt beginnen.

## Welke bedrijven doen mee?

Je leert het vak ook bij echte bedrijven. Mee doen in elk geval de distributiecentra **DC Zoomweg** (Roosendaal)
en **Van Gils Transport & Opslag** (Etten-Leur) en het havenbedrijf **Moerdijk Cargo Services**. Alle drie zijn ze
erkend leerbedrijf bij SBB. Zij:

- ontvangen je in leerjaar 3 voor vier bedrijfsbezoeken;
- bieden je in leerjaar 4 twee meewerkweken;
- geven je in het mbo-deel een bpv-plaats; bij DC Zoomweg kun je ook in de beroepsbegeleidende leerweg (werken en
  leren) verder;
- laten hun praktijkopleiders meebeoordelen bij je examen in de praktijk;
- zitten in het **bedrijvenpanel**, dat twee keer per jaar met de routeleiding praat over wat er in je lessen moet
  zitten, bijvoorbeeld het heftruckcertificaat of nieuwe magazijnsoftware. De routeleiding laat het panel binnen een
  maand weten wat ze met die adviezen doet.

## Wie leidt de route?

De route heeft twee leiders: een **routeleider** van je school en een **praktijkleider** van het vakcollege.
Samen vormen zij de leiding van de route.

- Het college van bestuur van Markiezaat wijst de routeleider aan, het college van bestuur van Westbrabant de
  praktijkleider. Dat gebeurt schriftelijk, voor drie schooljaren. Gaat een van hen weg, dan wijst het eigen bestuur
  binnen twee maanden iemand anders aan.
- De routeleider en de praktijkleider mogen samen beslissen over je rooster, over welke docent welke lessen geeft,
  over de planning van bedrijfsbezoeken en bpv, en over de toelating tot de route.
- Zij maken ook het voorstel voor het programma en de examens (het PTA/OER) en bereiden het besluit over een overstap
  voor (zie "Wat als je wilt stoppen met de route?").
- Zij mogen **niet** zelf beslissen over het aannemen van personeel, over geld boven € 5.000 of over veranderingen in
  deze afspraken. Dat doen de besturen.

## Hoe houden de besturen in de gaten hoe het gaat?

- Twee keer per jaar, vóór 1 februari en vóór 1 juli, schrijven de routeleider en de praktijkleider samen een
  verslag voor beide besturen: hoeveel leerlingen er in de route zitten, wie is gestopt of overgestapt, hoe het met
  verzuim, bpv en examens gaat, en wat er beter kan.
- Het verslag van juli is het jaarverslag. In september praten de routeleider en de praktijkleider daarover met de
  twee bestuursvoorzitters en leggen ze verantwoording af over het afgelopen jaar.
- Vraagt een bestuur tussendoor om informatie, dan krijgt het die binnen twee weken.

## Waar krijg je les, en van wie?

- **Leerjaar 3:** vier dagen op Markiezaat Vakschool, één dag op de Logistiek Campus Moerdijk.
- **Leerjaar 4:** twee dagen Markiezaat, twee dagen campus, één dag bij een bedrijf.
- **Mbo-deel:** lessen op de campus en bpv bij een leerbedrijf.
- Je krijgt les van **één team**: docenten van je school en instructeurs van het vakcollege. Voor de vakken die over
  de grens van vmbo en mbo gaan, zoals "Magazijn en voorraad" en "Rekenen in de logistiek", werken ze samen met
  teambevoegdheid. Voor elk onderdeel is er minstens één bevoegde docent die ervoor verantwoordelijk is. Iedereen
  blijft in dienst van de eigen school.
- Op de campus gebruik je het oefenmagazijn, de heftrucks en de heftrucksimulator van het vakcollege. De instructeurs
  van het vakcollege mogen op hun beurt de werkplaats Mobiliteit en transport en het computerlokaal van je school
  gebruiken.
- Wat je per leerjaar leert, hoe je getoetst wordt en wanneer je bpv hebt, staat in het **PTA/OER van de route**.
  Beide besturen stellen dat elk jaar vóór 1 oktober vast.
- Je school betaalt de bus tussen Roosendaal en Moerdijk in leerjaar 3 en 4.
- Heb je een klacht over iemand van het vakcollege terwijl je nog leerling van Markiezaat bent? Dan kun je die gewoon
  bij je eigen school indienen; de scholen handelen hem samen af.

## Wat als je wilt stoppen met de route?

Het kan gebeuren dat de route toch niet bij je past. Dan krijg je **altijd een passende plek** om een diploma te
halen. Je gaat **niet** automatisch naar de Entree-opleiding.

- Je school en het vakcollege beslissen **samen** wat voor jou het beste vervolg is, nadat ze met jou en je ouders
  hebben gepraat. Ze kijken naar wat je al kunt en hebt gehaald en naar je leeftijd.
- **Stop je in leerjaar 3 of aan het begin van leerjaar 4?** Dan ga je verder in de gewone basisberoepsgerichte
  leerweg van Markiezaat, in Mobiliteit en transport of een ander profiel, en haal je je vmbo-diploma.
- **Stop je later in leerjaar 4?** Dan kun je alsnog het vmbo-examen basis doen, zodat je met een vmbo-diploma een
  andere mbo-opleiding op niveau 2 kunt kiezen.
- **Stop je in het mbo-deel?** Dan kun je overstappen naar een andere opleiding op niveau 2 bij het vakcollege,
  bijvoorbeeld in de techniek of de handel. Je hoeft dan niet aan de gewone toelatingseisen te voldoen.
- **Wil je naar een andere mbo-school?** Dan zorgen we voor een goede overdracht. Die school kan je toelaten na een
  onderzoek of de opleiding bij je past.
- Alleen als een diploma op niveau 2 echt niet lukt, bespreken we met jou en je ouders de Entree-opleiding met
  begeleiding naar werk.
- Hoe dit precies gaat, staat ook in de schoolgids.

## Wie betaalt wat?

Je school draagt voor elke leerling in leerjaar 4 van de route € 1.050 van haar bekostiging over aan het vakcollege
(artikel 5.42a WVO 2020). Dat geld is voor de lessen van de instructeurs van het vakcollege in leerjaar 4 en voor
het gebruik van het oefenmagazijn en de heftrucks. Het aantal leerlingen tellen we op 1 oktober; je school betaalt
vóór 1 december. Andere bedragen gaan er niet tussen de scholen heen en weer.

## Mag je meepraten?

Op je school praat de medezeggenschapsraad mee (volgens de Wet medezeggenschap op scholen); op het vakcollege de
studentenraad (volgens de WEB). Wij hebben daar dit bij afgesproken:

- Vanaf leerjaar 4 mag je je verkiesbaar stellen voor de studentenraad van het vakcollege, ook al sta je dan nog
  bij Markiezaat ingeschreven.
- Eén keer per jaar praat een groep van vier leerlingen uit de route met de routeleider en de praktijkleider. Het
  verslag daarvan gaat naar de medezeggenschapsraad en de studentenraad.
- Willen de besturen de route flink veranderen, dan vragen zij eerst advies aan de medezeggenschapsraad van
  Markiezaat én de studentenraad van het vakcollege.

## Als de scholen het samen niet eens zijn

Daar merk je als het goed is niets van: je lessen gaan gewoon door. De besturen hebben afgesproken:

1. Eerst zoeken de routeleider en de praktijkleider samen een oplossing.
2. Lukt dat niet binnen drie weken, dan praten de twee bestuursvoorzitters erover.
3. Komen zij er binnen vier weken niet uit, dan gaat het naar een **geschillencommissie** van drie personen: elk
   bestuur kiest één lid en die twee kiezen samen een onafhankelijke voorzitter. De commissie geeft binnen zes weken
   een bindend advies, waar beide besturen zich aan houden.

## Als er een school bij komt of de route stopt

- **Een school sluit aan.** Een andere vmbo-school of mbo-instelling in West-Brabant kan meedoen als beide besturen
  dat schriftelijk goedvinden en de nieuwe school deze afspraken tekent. Dat kan alleen per 1 augustus, en we melden
  het bij DUO. Voor jou verandert er dan niets aan je rooster of je docenten in het lopende jaar.
- **Afspraken veranderen.** Dat doen de besturen alleen schriftelijk en met allebei een handtekening. Een
  verandering gaat pas in bij een nieuw schooljaar.
- **De route stopt.** Een bestuur kan deze overeenkomst schriftelijk opzeggen, minstens een jaar van tevoren en
  altijd per 1 augustus. Bij een ernstige tekortkoming die na een schriftelijke waarschuwing niet binnen drie
  maanden is hersteld, kan een bestuur de overeenkomst ontbinden. In beide gevallen komen er geen nieuwe leerlingen
  meer bij, maar **zit jij al in de route, dan maak je haar af**, op dezelfde plekken en onder dezelfde afspraken.

## Ondertekening

Roosendaal, 20 juni 2025

Stichting Voortgezet Onderwijs Markiezaat — L. van Dongen-Aarts, voorzitter college van bestuur

Stichting Westbrabant Beroepsonderwijs — T. Hoendervangers, voorzitter college van bestuur
"""


# ==============================================================================================
# 482  PDF, formal, articles numbered with Roman numerals - maritiem/binnenvaart - Land van Altena
#      defect: f (alternatives at length, but nowhere who decides); h silent -> not_applicable
# ==============================================================================================

@sample(482, "romeinse_artikelen_matroos_binnenvaart_altena", "pdf", "ppppp" + "wpnpp",
        "Formal PDF (Times, articles numbered I-XI in Roman numerals), Land van Altena (Werkendam/Dordrecht), "
        "Maritiem en techniek bb -> Matroos binnenvaart niveau 2; defect: f weak (overstap alternatives and "
        "criteria written at length but nothing says who decides, no role for school+instelling or pupil/parents); "
        "silent on medezeggenschap (h not_applicable); transfer with omvang and bestemming; NAI arbitrage",
        {"a": "Artikel II – Onderwerp: de route", "b": "Artikel III – Betrokkenheid van de binnenvaart",
         "c": "Artikel IV – Routeleiding", "d": "Artikel V – Informatie en verantwoording",
         "e": "Artikel VI – Inrichting van het onderwijs", "g": "Artikel VIII – Financiële bepalingen",
         "i": "Artikel IX – Geschillen", "j": "Artikel X – Toetreding, wijziging en beëindiging"})
def build_482(path):
    render_pdf(path, T482, mode="formal", title="Overeenkomst doorlopende leerroute Matroos binnenvaart",
               footer="Overeenkomst doorlopende leerroute Matroos binnenvaart – Scholengroep Land van Altena / "
                      "Merwede Scheepvaartopleidingen",
               author="Scholengroep Land van Altena")


T482 = """
# OVEREENKOMST INZAKE DE DOORLOPENDE LEERROUTE MATROOS BINNENVAART

DE ONDERGETEKENDEN:

I. de stichting: Stichting Scholengroep Land van Altena, statutair gevestigd te Altena, kantoorhoudende te
Werkendam, bevoegd gezag van het Biesbosch Vakcollege, school voor voorbereidend middelbaar beroepsonderwijs te
Werkendam, te dezen rechtsgeldig vertegenwoordigd door haar bestuurder, de heer ing. W.P. Kant, hierna te noemen:
"de Scholengroep";

II. de stichting: Stichting Merwede Scheepvaartopleidingen, statutair gevestigd te Dordrecht, bevoegd gezag van de
instelling voor beroepsonderwijs Merwede Scheepvaartopleidingen, te dezen rechtsgeldig vertegenwoordigd door de
voorzitter van haar college van bestuur, mevrouw mr. C.A. Bakker-de Vries, hierna te noemen: "MSO";

hierna gezamenlijk te noemen: "Partijen",

IN AANMERKING NEMENDE DAT:

A. de binnenvaart in het rivierengebied rond Werkendam en Dordrecht een structureel tekort heeft aan goed opgeleide
matrozen, terwijl veel jongeren uit schippersfamilies in het Land van Altena het vmbo volgen;

B. Partijen sinds 2019 samenwerken in de vakmanschapsroute Binnenvaart en deze samenwerking willen voortzetten als
doorlopende leerroute in de zin van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;

C. de wet bepaalt dat een doorlopende leerroute wordt verzorgd op grond van een samenwerkingsovereenkomst tussen de
bevoegde gezagsorganen van de school en de instelling;

VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:

## Artikel I – Begripsbepalingen

In deze overeenkomst wordt verstaan onder:
- route: de doorlopende leerroute omschreven in artikel II;
- school: het Biesbosch Vakcollege te Werkendam;
- instelling: Merwede Scheepvaartopleidingen te Dordrecht, met inbegrip van het opleidingsschip;
- opleidingsschip: het motorvrachtschip MS Alteneer, dat MSO als varend leslokaal exploiteert;
- vo-fase: de eerste twee leerjaren van de route; mbo-fase: de leerjaren daarna;
- leerling: de deelnemer aan de route, in de mbo-fase ook student.

## Artikel II – Onderwerp: de route

1. Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde leerjaar van de
basisberoepsgerichte leerweg van de school, profiel Maritiem en techniek, en leidt tot het diploma van de
basisberoepsopleiding Matroos binnenvaart (niveau 2) in het opleidingsdomein Transport, scheepvaart en logistiek.

2. In de vo-fase volgt de leerling de beroepsgerichte keuzevakken Scheepsbouw, Maritieme communicatie en Werken aan
boord. De mbo-fase wordt gevolgd in de beroepsopleidende leerweg; in het tweede jaar van de mbo-fase kan de leerling
overgaan naar de beroepsbegeleidende leerweg bij een leerbedrijf.

3. De route heeft een cursusduur van vier jaar. Het eindexamen vmbo wordt uiterlijk in het derde leerjaar van de route
afgelegd.

4. Partijen melden de route gezamenlijk aan de Minister door registratie in RIO.

## Artikel III – Betrokkenheid van de binnenvaart

1. Partijen betrekken het bedrijfsleven bij de route via de Binnenvaartkring Altena-Biesbosch, de vereniging van
particuliere schippers en rederijen in de regio, en via de erkende leerbedrijven Rederij Verhoef-Boeren en
Tankvaart Werkendam B.V.

2. De Binnenvaartkring en de genoemde leerbedrijven verbinden zich jegens Partijen, blijkens de door hen op 2 juni
2025 ondertekende intentieverklaring, tot:
- het jaarlijks organiseren van drie vaardagen aan boord van een bedrijfsschip voor de leerlingen van leerjaar 3;
- het aanbieden van een boordstage van twee weken in leerjaar 4 en van bpv-plaatsen in de mbo-fase;
- het beschikbaar stellen van ervaren schippers als praktijkbeoordelaar bij de examens in de beroepspraktijk;
- deelname met twee vertegenwoordigers aan de adviesraad Binnenvaart, die jaarlijks vóór 1 maart het
    onderwijsprogramma beoordeelt en Partijen schriftelijk adviseert.

## Artikel IV – Routeleiding

1. De leiding over de route berust bij de routeleiding, die bestaat uit de afdelingsleider Maritiem en techniek van
de school en de opleidingsmanager Binnenvaart van MSO.

2. Ieder van Partijen benoemt het eigen lid van de routeleiding bij schriftelijk besluit van het bevoegd gezag en
deelt de benoeming mede aan de andere partij. Bij ontstentenis van een lid voorziet het betrokken bevoegd gezag
binnen zes weken in de vervanging.

3. Aan de routeleiding worden door Partijen opgedragen:
- de dagelijkse organisatie van de route, waaronder roostering en de planning van de vaarweken;
- de verdeling van de docenten en instructeurs over de onderdelen van de route;
- de voorbereiding van het gezamenlijke programma van toetsing en afsluiting en onderwijs- en examenregeling
    (PTA/OER), dat door Partijen wordt vastgesteld;
- de intake van leerlingen voor de route;
- het onderhouden van de contacten met de Binnenvaartkring en de adviesraad Binnenvaart.

4. De routeleiding is bevoegd tot het nemen van besluiten ter uitvoering van het bepaalde in het derde lid, binnen
de begroting die ieder van Partijen daartoe beschikbaar stelt. Zij is niet bevoegd Partijen te vertegenwoordigen of
namens hen verplichtingen aan te gaan.

## Artikel V – Informatie en verantwoording

1. De routeleiding verstrekt beide bevoegde gezagsorganen jaarlijks vóór 1 november een schriftelijke
jaarrapportage over het voorafgaande schooljaar, bevattende ten minste: de in-, door- en uitstroom, de
examenresultaten, de bezetting van het opleidingsschip, de bpv en de besteding van de beschikbaar gestelde middelen.

2. In maart verstrekt de routeleiding een tussentijdse voortgangsnotitie.

3. De routeleiding legt over de jaarrapportage verantwoording af in het bestuurlijk overleg van Partijen, dat
jaarlijks in november plaatsvindt.

## Artikel VI – Inrichting van het onderwijs

1. Het onderwijs in de vo-fase wordt gegeven in het gebouw van de school te Werkendam en gedurende vier vaarweken
per schooljaar aan boord van het opleidingsschip. Het onderwijs in de mbo-fase wordt gegeven op de locatie van MSO
te Dordrecht, aan boord van het opleidingsschip en bij het leerbedrijf.

2. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar worden beschreven in het
gezamenlijke PTA/OER, dat Partijen jaarlijks vóór 1 oktober vaststellen.

3. Inzet van personeel. De school zet voor de route haar docenten Maritiem en techniek en de docenten van de
algemene vakken in; MSO zet haar docenten Binnenvaart en de instructeurs van het opleidingsschip in. Voor het
vakoverstijgende onderdeel Varen en werken aan boord werken zij als team als bedoeld in artikel 7.13a WVO 2020 en
artikel 9.1.12 WEB, waarbij voor ieder onderdeel ten minste één bevoegde docent verantwoordelijk is. Tijdens de
vaarweken in de vo-fase is steeds een docent van de school aan boord. Het personeel blijft in dienst van de eigen
werkgever.

4. Gebruik van faciliteiten. MSO stelt het opleidingsschip, de vaarsimulator en de werkplaats Scheepstechniek te
Dordrecht ter beschikking voor het onderwijs in de vo-fase. De school stelt haar praktijklokaal Maritiem en techniek
ter beschikking aan de instructeurs van MSO voor de lessen die zij te Werkendam verzorgen.

5. Aan boord van het opleidingsschip gelden het veiligheidsplan en de huisregels van MSO.

6. Klachten over een gedraging van een personeelslid van de andere partij worden behandeld volgens de
klachtenregeling van de partij bij wie de klacht is ingediend; de andere partij verleent daaraan haar medewerking.

## Artikel VII – Overstapmogelijkheden

1. Een leerling wiens deelname aan de route wordt beëindigd voordat hij deze met goed gevolg heeft afgerond,
behoudt de mogelijkheid een diploma van het voortgezet onderwijs of een diploma van een beroepsopleiding te behalen.
Het alternatief sluit aan bij het door de leerling bereikte onderwijsniveau en bij zijn leeftijd.

2. Als alternatieven gelden in het bijzonder:
- bij beëindiging in de vo-fase: voortzetting van de opleiding in de basisberoepsgerichte leerweg van de school,
    profiel Maritiem en techniek of een ander profiel, gericht op het behalen van het vmbo-diploma;
- indien het vmbo-diploma aan het einde van het derde leerjaar van de route niet is behaald: voortzetting van de
    mbo-opleiding bij MSO zonder dat de vooropleidingseisen van toepassing zijn, dan wel herhaling van het
    examenjaar;
- bij beëindiging in de mbo-fase: overstap naar een andere opleiding op niveau 2 bij MSO, zoals Logistiek
    medewerker, of naar een opleiding op niveau 2 in een ander domein;
- bij verhuizing of een voorkeur voor een andere instelling: toelating door die instelling na een onderzoek naar
    geschiktheid, waaraan Partijen hun medewerking verlenen door het overdragen van de relevante gegevens.

3. De leerling die zijn deelname beëindigt, wordt tot het moment van daadwerkelijke overstap begeleid door zijn
mentor of studieloopbaanbegeleider.

4. De werkwijze wordt opgenomen in de schoolgids van de school en de studiegids van MSO.

## Artikel VIII – Financiële bepalingen

1. Met toepassing van artikel 5.42a WVO 2020 draagt de Scholengroep aan MSO een deel van de voor de route ontvangen
bekostiging over ten bedrage van € 1.400 per leerling per schooljaar in de vo-fase.

2. Het in het eerste lid bedoelde bedrag is bestemd voor de vaarweken aan boord van het opleidingsschip en de inzet
van de instructeurs van MSO in de vo-fase.

3. Het aantal leerlingen wordt bepaald naar de stand op 1 oktober. MSO zendt vóór 1 november een factuur; betaling
geschiedt binnen dertig dagen.

4. Voor het overige draagt ieder van Partijen de eigen kosten.

## Artikel IX – Geschillen

1. Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst voorgelegd aan het bestuurlijk
overleg van Partijen, dat binnen vier weken na de schriftelijke melding van het geschil bijeenkomt.

2. Indien het geschil niet binnen acht weken na die melding in der minne is opgelost, wordt het beslecht door
arbitrage overeenkomstig het Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat
uit één arbiter en houdt zitting te Rotterdam.

## Artikel X – Toetreding, wijziging en beëindiging

1. Een andere school voor voorbereidend middelbaar beroepsonderwijs of een andere instelling voor beroepsonderwijs
kan tot deze overeenkomst toetreden met schriftelijke toestemming van Partijen, mits zij de route of een deel daarvan
mede gaat verzorgen en alle bepalingen van deze overeenkomst aanvaardt. Toetreding geschiedt met ingang van 1 augustus
en na gezamenlijke melding in RIO.

2. Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke overeenkomst tussen Partijen. Een wijziging
treedt in werking bij de aanvang van een schooljaar.

3. Deze overeenkomst is aangegaan voor de duur van vijf schooljaren, ingaande 1 augustus 2025, en wordt daarna
telkens stilzwijgend verlengd met vijf schooljaren.

4. Ieder van Partijen kan de overeenkomst opzeggen tegen het einde van een schooljaar, met inachtneming van een
opzegtermijn van ten minste twaalf maanden, bij aangetekend schrijven.

5. Na opzegging of ontbinding worden geen nieuwe leerlingen tot de route toegelaten. Leerlingen die op dat moment
aan de route deelnemen, worden door Partijen in staat gesteld de route bij Partijen af te ronden; voor hen blijft
deze overeenkomst van kracht tot zij de route hebben voltooid of verlaten.

## Artikel XI – Slotbepalingen

1. Op deze overeenkomst is Nederlands recht van toepassing.

2. Deze overeenkomst vervangt de samenwerkingsovereenkomst vakmanschapsroute Binnenvaart van 1 juli 2019.

Aldus overeengekomen en in tweevoud ondertekend te Werkendam op 17 juni 2025.

Stichting Scholengroep Land van Altena — ing. W.P. Kant, bestuurder

Stichting Merwede Scheepvaartopleidingen — mr. C.A. Bakker-de Vries, voorzitter college van bestuur
"""


# ==============================================================================================
# 483  very short plain-text agreement - bakkerij - West-Friesland (h silent -> not_applicable)
# ==============================================================================================

@sample(483, "zeer_kort_bakker_westfriesland", "txt", "ppppppp" + "npp",
        "Very short plain-text agreement (one page, ten numbered points in compact sentences), West-Friesland "
        "(Hoorn), HBR kb -> Zelfstandig werkend bakker niveau 3; routeteam aangewezen by each CvB, jaarverslag, "
        "'uitstappen', geen overdracht, mediator then rechter; silent on medezeggenschap (h not_applicable); "
        "otherwise compliant",
        {"a": "1. Route en opleiding", "b": "2. Bakkers in de route", "c": "3. Routeteam",
         "d": "4. Jaarverslag", "e": "5. Onderwijs, docenten en bakkerijen", "f": "6. Uitstappen",
         "g": "7. Geld", "i": "8. Onenigheid tussen de besturen", "j": "9. Erbij komen, wijzigen, opzeggen"})
def build_483(path):
    write_text(path, T483)


T483 = """
SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE BAKKERIJ WEST-FRIESLAND

Stichting Openbaar Voortgezet Onderwijs West-Friesland (Hoorn), bevoegd gezag van het Westfries Vakcollege,
vertegenwoordigd door D. Schilder, bestuurder, en Stichting Noord-Hollandse Vakscholen (Alkmaar), bevoegd gezag van
de mbo-instelling NH Vakscholen, vertegenwoordigd door E.M. Bos, voorzitter college van bestuur, spreken het
volgende af. Zij verzorgen de route samen en melden haar samen in RIO.

1. Route en opleiding
Vmbo kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, vanaf leerjaar 3, naar de mbo-opleiding
Zelfstandig werkend bakker (niveau 3, BOL) van NH Vakscholen, locatie Hoorn. Vijf routejaren; vmbo-diploma
uiterlijk in routejaar 3.

2. Bakkers in de route
Zes ambachtelijke bakkerijen van de Westfriese Bakkerskring, alle erkend leerbedrijf, geven gastlessen in leerjaar 3,
bieden bpv-plaatsen vanaf leerjaar 4, jureren de proeven van bekwaamheid en adviseren jaarlijks in mei over het
programma.

3. Routeteam
Het routeteam bestaat uit de teamleider HBR van het Westfries Vakcollege en de opleidingsmanager Bakkerij van NH
Vakscholen; elk college van bestuur wijst zijn eigen lid schriftelijk aan. Het routeteam regelt rooster,
docentinzet, bpv, toelating en het concept-PTA/OER en beslist daarover binnen het budget dat elk bestuur
beschikbaar stelt. Personeelsbesluiten, vaststelling van het PTA/OER en wijziging van deze overeenkomst blijven
bij de besturen.

4. Jaarverslag
Het routeteam stuurt beide besturen elk jaar vóór 1 november een jaarverslag (in-, door- en uitstroom, resultaten,
knelpunten) en legt daarover verantwoording af in het bestuurlijk overleg in november.

5. Onderwijs, docenten en bakkerijen
Leerjaar 3 en 4: Westfries Vakcollege plus twee dagdelen per week in de leerbakkerij van NH Vakscholen; daarna NH
Vakscholen en bpv. Eén team: drie vmbo-docenten en twee bakkerij-instructeurs van NH Vakscholen, met
teambevoegdheid voor het onderdeel Bakken en verkopen; ieder blijft bij de eigen werkgever in dienst. Leerlingen
gebruiken de leerbakkerij en ovens van NH Vakscholen; de instructeurs gebruiken de praktijkkeuken van het Westfries
Vakcollege. Programma en examens per leerjaar: gezamenlijk PTA/OER, jaarlijks door beide besturen vastgesteld.

6. Uitstappen
Wie uit de route stapt, houdt een weg naar een diploma. Beide scholen besluiten samen, na overleg met leerling en
ouders, op basis van het bereikte niveau en de leeftijd: gewone kaderberoepsgerichte leerweg op het Westfries
Vakcollege (vmbo-diploma); bij een niet behaald vmbo-diploma in routejaar 3 verder in de mbo-opleiding zonder
vooropleidingseisen; in de mbo-fase een andere opleiding bij NH Vakscholen op niveau 3 of, als dat beter past,
Bakker (niveau 2); elders: warme overdracht en toelating na geschiktheidsonderzoek.

7. Geld
Er wordt geen bekostiging overgedragen. Ieder bestuur draagt zijn eigen kosten.

8. Onenigheid tussen de besturen
Eerst overleg in het routeteam, dan binnen vier weken tussen de bestuurders; lukt het dan niet, dan mediation door
een onafhankelijke mediator; daarna beslist de rechtbank Noord-Holland.

9. Erbij komen, wijzigen, opzeggen
Een andere vmbo-school of mbo-instelling kan toetreden per 1 augustus, met schriftelijke instemming van beide
besturen en melding bij DUO. Wijzigen alleen schriftelijk en door beide besturen ondertekend. Opzeggen schriftelijk,
met een jaar opzegtermijn, per 1 augustus. Na opzegging geen nieuwe instroom; wie al in de route zit, maakt haar af.

10. Looptijd
Vanaf 1 augustus 2025, voor onbepaalde tijd.

Hoorn, 25 juni 2025
D. Schilder, Stichting Openbaar Voortgezet Onderwijs West-Friesland
E.M. Bos, Stichting Noord-Hollandse Vakscholen
"""


# ==============================================================================================
# 484  DOCX, formal with capitalised defined terms and annexes - evenementen - Maastricht/Heuvelland
#      defect: g (transfer with amount, indexation and invoicing, but no bestemming anywhere)
# ==============================================================================================

@sample(484, "gedefinieerde_begrippen_evenementen_maastricht", "docx", "pppppp" + "wppp",
        "Formal DOCX with capitalised defined terms, long considerans and two annexes, Zuid-Limburg (Maastricht), "
        "Economie en ondernemen kb/gl -> Evenementenorganisator niveau 4; defect: g weak (bekostiging transfer "
        "with amount per Leerling, indexation, invoicing and an estimate table, but no bestemming stated)",
        {"a": "Artikel 2 De Route", "b": "Artikel 3 Inbreng van het Werkveld", "c": "Artikel 4 De Coördinatiegroep",
         "d": "Artikel 5 Rapportage en verantwoording", "e": "Artikel 6 Inrichting, Personeel en Faciliteiten",
         "f": "Artikel 7 Overstapoptie", "h": "Artikel 10 Medezeggenschap", "i": "Artikel 11 Geschillen",
         "j": "Artikel 12 Toetreding, wijziging, duur en beëindiging"})
def build_484(path):
    render_docx(path, T484, title="Samenwerkingsovereenkomst Doorlopende Leerroute Events Zuid-Limburg",
                author="Juridische Zaken Zuid-Limburgs Vakonderwijs", font="Cambria", size=10)


T484 = """
# Samenwerkingsovereenkomst Doorlopende Leerroute Events Zuid-Limburg

DE ONDERGETEKENDEN:

1. Stichting Voortgezet Onderwijs Maas en Heuvelland, statutair gevestigd te Maastricht, ingeschreven in het
handelsregister onder nummer 41078 253, bevoegd gezag van het Heuvelland Vakcollege, school voor vmbo, te dezen
rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer dr. J.H.M. Lemmens, hierna:
de "School";

2. Stichting Zuid-Limburgs Vakonderwijs, statutair gevestigd te Maastricht, ingeschreven in het handelsregister
onder nummer 41080 617, bevoegd gezag van de instelling voor beroepsonderwijs Zuid-Limburgs Vakonderwijs, waarvan
het Vakcollege Events & Hospitality deel uitmaakt, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van
het college van bestuur, mevrouw drs. M.C. Houben-Janssen, hierna: de "Instelling";

de School en de Instelling hierna samen: "Partijen" en ieder afzonderlijk: een "Partij";

OVERWEGENDE DAT:

A. Zuid-Limburg met zijn congressen, carnaval, muziek- en kunstbeurzen en de grensoverschrijdende festivals in de
Euregio een omvangrijke evenementensector kent, die moeite heeft gekwalificeerde medewerkers te vinden;

B. Partijen sinds het schooljaar 2021-2022 samenwerken in een oriëntatieprogramma evenementen voor leerlingen van
het Heuvelland Vakcollege;

C. Partijen deze samenwerking willen omzetten in een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a
WVO 2020 en artikel 9.1.2 WEB;

D. artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat een doorlopende leerroute wordt verzorgd op grond
van een samenwerkingsovereenkomst waarin ten minste afspraken zijn opgenomen over onder meer het profiel, de leiding,
de inrichting, de overstapoptie, de bekostiging, het bedrijfsleven, de geschilbeslechting, de toetreding en
beëindiging en de medezeggenschap;

E. de medezeggenschapsraad van de School en de studentenraad en de ondernemingsraad van de Instelling over het
voornemen tot deze samenwerking zijn gehoord;

KOMEN OVEREEN ALS VOLGT:

## Artikel 1 Definities

1.1 In deze Overeenkomst hebben de volgende met een hoofdletter geschreven begrippen de daarbij vermelde betekenis:
- Bestuurlijk Overleg: het overleg van de voorzitters van de colleges van bestuur van Partijen;
- Coördinatiegroep: de leiding over de Route, bedoeld in artikel 4;
- Faciliteiten: gebouwen, ruimten, apparatuur en systemen van een Partij;
- Leerling: een deelnemer aan de Route, in de mbo-fase ook "Student";
- Overeenkomst: deze samenwerkingsovereenkomst met haar bijlagen;
- PTA/OER: de gezamenlijke beschrijving van het onderwijsprogramma, de examinering en de beroepspraktijkvorming
    per leerjaar, bedoeld in artikel 6.2;
- Route: de doorlopende leerroute bedoeld in artikel 2;
- Teldatum: 1 oktober van het betreffende schooljaar;
- Werkveld: de ondernemingen en organisaties bedoeld in artikel 3.

## Artikel 2 De Route

2.1 Partijen verzorgen gezamenlijk de Route Events Zuid-Limburg. De Route vangt aan in het derde leerjaar van de
kaderberoepsgerichte leerweg en de gemengde leerweg van het Heuvelland Vakcollege, profiel Economie en ondernemen,
en leidt tot het diploma van de middenkaderopleiding Evenementenorganisator (niveau 4), kwalificatiedossier
Evenementenorganisatie, van het Vakcollege Events & Hospitality.

2.2 In de vo-fase kiest de Leerling de beroepsgerichte keuzevakken Organiseren van een activiteit voor een
opdrachtgever, Marketing en communicatie, en Recreatie. In de mbo-fase volgt de Student de keuzedelen Duits in de
beroepscontext en Crowd management.

2.3 De Route duurt vijf schooljaren. De Leerling behaalt het vmbo-diploma uiterlijk in het derde leerjaar van de
Route.

2.4 Partijen melden de Route gezamenlijk aan de Minister door registratie in RIO, vóór de Teldatum van het eerste
schooljaar waarin Leerlingen instromen.

## Artikel 3 Inbreng van het Werkveld

3.1 Partijen betrekken bij de Route het Limburgs Evenementen Netwerk, een samenwerkingsverband van ruim veertig
evenementenorganisatoren, locaties en technische bedrijven, alsmede de erkende leerbedrijven Mosa Productions B.V.,
Stichting Vrijthof Evenementen en Congreslocatie De Geusselt.

3.2 Het Werkveld:
- levert voor ieder leerjaar van de vo-fase ten minste één levensechte opdracht, waarin Leerlingen onder begeleiding
    van een docent een evenement of onderdeel daarvan voorbereiden en uitvoeren;
- biedt Leerlingen in het vierde leerjaar ten minste tien dagen meeloopervaring bij evenementen;
- stelt in de mbo-fase bpv-plaatsen beschikbaar, ook bij grensoverschrijdende evenementen in de Euregio;
- neemt met een vertegenwoordiger deel aan de beoordeling van de proeven van bekwaamheid;
- adviseert via het jaarlijkse werkveldberaad in juni de Coördinatiegroep over de actualiteit van het PTA/OER.

## Artikel 4 De Coördinatiegroep

4.1 De leiding over de Route berust bij de Coördinatiegroep, bestaande uit:
- de afdelingsleider bovenbouw van het Heuvelland Vakcollege;
- de onderwijsmanager van het Vakcollege Events & Hospitality;
- een routecoördinator, afkomstig van een van Partijen.

4.2 Het college van bestuur van de School benoemt de afdelingsleider als lid, het college van bestuur van de
Instelling de onderwijsmanager. De routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd voor
een termijn van drie schooljaren, na een voordracht door de twee andere leden.

4.3 Aan de Coördinatiegroep worden opgedragen: de dagelijkse leiding over de Route, de roostering, de verdeling
van de inzet van Personeel over de Route binnen de door Partijen beschikbaar gestelde formatie, de planning van het
gebruik van Faciliteiten, de toelating van Leerlingen, de voorbereiding van het PTA/OER en van de besluiten
bedoeld in artikel 7, en het contact met het Werkveld.

4.4 De Coördinatiegroep is bevoegd besluiten te nemen over de in artikel 4.3 genoemde onderwerpen. Zij is niet
bevoegd tot het aangaan van verplichtingen namens een Partij, tot het nemen van besluiten over rechtspositionele
aangelegenheden of tot het wijzigen van de Overeenkomst.

## Artikel 5 Rapportage en verantwoording

5.1 De Coördinatiegroep rapporteert per semester aan de colleges van bestuur van beide Partijen door middel van een
schriftelijke voortgangsrapportage, uiterlijk op 15 februari en op 15 september.

5.2 De rapportage van 15 september bevat tevens de verantwoording over het afgelopen schooljaar, waaronder in-,
door- en uitstroom, studiesucces, examenresultaten, tevredenheid van Leerlingen en Werkveld, en voorstellen tot
verbetering. De Coördinatiegroep licht deze toe in het Bestuurlijk Overleg van oktober.

5.3 De Coördinatiegroep verstrekt een college van bestuur op diens verzoek binnen tien werkdagen alle inlichtingen
die het voor de uitoefening van zijn taak nodig heeft.

## Artikel 6 Inrichting, Personeel en Faciliteiten

6.1 Het onderwijs in het derde en vierde leerjaar van de Route wordt verzorgd in het gebouw van het Heuvelland
Vakcollege en, gedurende twee dagen per week in het vierde leerjaar, in het Eventlab van het Vakcollege Events &
Hospitality. Vanaf het derde leerjaar van de Route wordt het onderwijs verzorgd door de Instelling en bij het
Werkveld.

6.2 Partijen leggen het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar vast in het
PTA/OER, dat beide colleges van bestuur jaarlijks vóór 1 oktober vaststellen. De vmbo-examinering geschiedt onder
verantwoordelijkheid van de School, de mbo-examinering onder verantwoordelijkheid van de Instelling.

6.3 Personeel. De School zet voor de Route de docenten economie en ondernemen en de docenten van de algemene vakken
in. De Instelling zet in het vierde leerjaar per groep acht lesuren per week aan docenten evenementenorganisatie en
een medewerker van het Eventlab in. Voor het vakoverstijgende onderdeel Event in de praktijk vormen deze docenten
één team als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; per programmaonderdeel is ten minste één
bevoegde docent verantwoordelijk. Personeel blijft in dienst van de eigen Partij en handelt op de locatie van de
andere Partij volgens de daar geldende regels.

6.4 Faciliteiten. De Instelling stelt het Eventlab, de podiumzaal, het ticketingsysteem en de verhuurbare
evenementenmaterialen ter beschikking voor Leerlingen van de Route. De School stelt haar aula, het praktijklokaal
economie en ondernemen en haar ICT-voorzieningen ter beschikking voor onderwijs en evenementen van de Route.

6.5 Klachten betreffende een gedraging van een personeelslid van een Partij worden behandeld volgens de
klachtenregeling van de Partij waar de klacht is ingediend, waaraan de andere Partij meewerkt.

## Artikel 7 Overstapoptie

7.1 Indien de deelname van een Leerling aan de Route wordt beëindigd voordat hij deze met goed gevolg heeft
doorlopen, stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te behalen dat past bij zijn bereikte
onderwijsniveau en zijn leeftijd.

7.2 Welk vervolg passend is, wordt vastgesteld bij gezamenlijk besluit van de colleges van bestuur van Partijen,
voorbereid door de Coördinatiegroep, nadat de Leerling en, indien hij minderjarig is, zijn ouders zijn gehoord.

7.3 Partijen onderscheiden ten minste de volgende situaties:
- beëindiging in het derde of vierde leerjaar: voortzetting in de kaderberoepsgerichte of gemengde leerweg van het
    Heuvelland Vakcollege, in het profiel Economie en ondernemen of een ander profiel;
- het vmbo-diploma is aan het einde van het derde leerjaar van de Route niet behaald: voortzetting van de
    mbo-opleiding bij de Instelling, waarbij de vooropleidingseisen niet gelden, of herkansing van het examen;
- beëindiging in de mbo-fase: overstap naar een andere opleiding van de Instelling op niveau 4 of niveau 3, zoals
    Zelfstandig medewerker leisure & hospitality;
- voortzetting bij een andere instelling: Partijen dragen het dossier over en verlenen medewerking aan een
    onderzoek naar geschiktheid door die instelling.

7.4 De uitwerking wordt opgenomen in de schoolgids van de School en de studiegids van de Instelling.

## Artikel 8 Melding en administratie

8.1 De School schrijft de Leerling na het tweede leerjaar van de Route uit en de Instelling schrijft hem in. Partijen
wisselen de daarvoor noodzakelijke gegevens uit met inachtneming van de AVG.

## Artikel 9 Financiële afwikkeling

9.1 Met toepassing van artikel 5.42a WVO 2020 draagt de School jaarlijks aan de Instelling een deel van haar
bekostiging over ter grootte van € 940 per Leerling die op de Teldatum in het vierde leerjaar van de Route staat
ingeschreven.

9.2 Het bedrag bedoeld in artikel 9.1 wordt met ingang van het schooljaar 2026-2027 jaarlijks per 1 augustus
geïndexeerd met het percentage van de loon- en prijsbijstelling die de School over het voorafgaande kalenderjaar
heeft ontvangen.

9.3 De Instelling factureert het bedrag in twee gelijke termijnen, vóór 1 december en vóór 1 mei. Betaling geschiedt
binnen dertig dagen na factuurdatum.

9.4 Bijlage 2 bevat een raming van de over te dragen bedragen voor de eerste drie schooljaren van de Route.

9.5 Partijen brengen elkaar geen andere bedragen in rekening dan het bedrag bedoeld in artikel 9.1.

## Artikel 10 Medezeggenschap

10.1 Voor Leerlingen in de vo-fase, hun ouders en het personeel van de School geldt de Wet medezeggenschap op scholen;
voor Studenten en het personeel van de Instelling gelden de WEB en de Wet op de ondernemingsraden.

10.2 In aanvulling daarop komen Partijen overeen dat de Leerlingen in het vierde leerjaar van de Route uit hun midden
één vertegenwoordiger kiezen, die met raadgevende stem deelneemt aan de vergaderingen van de studentenraad van de
Instelling.

10.3 Een voornemen tot wezenlijke wijziging of tot beëindiging van de Route leggen Partijen voor advies voor aan de
medezeggenschapsraad van de School en aan de studentenraad van de Instelling. Beide raden ontvangen de verantwoording
bedoeld in artikel 5.2.

## Artikel 11 Geschillen

11.1 Een geschil tussen Partijen over de uitvoering van de Overeenkomst wordt eerst besproken in de
Coördinatiegroep en, zo nodig, binnen vier weken in het Bestuurlijk Overleg.

11.2 Indien het Bestuurlijk Overleg niet binnen zes weken tot een oplossing leidt, trachten Partijen het geschil op
te lossen door mediation onder leiding van een door hen gezamenlijk gekozen registermediator.

11.3 Indien de mediation niet binnen drie maanden tot een oplossing leidt, wordt het geschil voorgelegd aan de
bevoegde rechter van de rechtbank Limburg, zittingsplaats Maastricht.

## Artikel 12 Toetreding, wijziging, duur en beëindiging

12.1 Toetreding. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan als Partij tot de
Overeenkomst toetreden, indien beide Partijen daarmee schriftelijk instemmen en de toetredende partij een
toetredingsverklaring ondertekent waarin zij alle rechten en verplichtingen uit de Overeenkomst aanvaardt. Toetreding
geschiedt per 1 augustus en wordt gemeld bij DUO.

12.2 Wijziging. De Overeenkomst kan uitsluitend schriftelijk worden gewijzigd bij een door beide Partijen
ondertekend addendum. Een wijziging die gevolgen heeft voor het onderwijs treedt in werking bij de aanvang van een
schooljaar en geldt niet ten nadele van Leerlingen die op dat moment al aan de Route deelnemen.

12.3 Duur. De Overeenkomst treedt in werking op 1 augustus 2025 en is aangegaan voor onbepaalde tijd.

12.4 Opzegging. Iedere Partij kan de Overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met
inachtneming van een opzegtermijn van twaalf maanden.

12.5 Ontbinding. Iedere Partij kan de Overeenkomst ontbinden indien de andere Partij toerekenbaar tekortschiet en
die tekortkoming niet binnen drie maanden na een schriftelijke ingebrekestelling heeft hersteld.

12.6 Gevolgen voor Leerlingen. Na opzegging of ontbinding worden geen nieuwe Leerlingen tot de Route toegelaten.
Leerlingen die op dat moment aan de Route deelnemen, ronden deze af onder de voorwaarden van de Overeenkomst, die
voor hen van kracht blijft tot de laatste van hen de Route heeft voltooid of verlaten.

## Artikel 13 Slotbepalingen

13.1 Op de Overeenkomst is Nederlands recht van toepassing.

13.2 De bijlagen vormen een onlosmakelijk onderdeel van de Overeenkomst.

Aldus overeengekomen en in tweevoud ondertekend te Maastricht op 27 juni 2025.

Stichting Voortgezet Onderwijs Maas en Heuvelland — dr. J.H.M. Lemmens, voorzitter college van bestuur

Stichting Zuid-Limburgs Vakonderwijs — drs. M.C. Houben-Janssen, voorzitter college van bestuur

---page---
## Bijlage 1 Route-overzicht per leerjaar

| Leerjaar Route | Fase | Waar | Hoofdinhoud |
| 1 (vmbo leerjaar 3) | vo-fase | Heuvelland Vakcollege | profielvakken, keuzevakken, levensechte opdracht |
| 2 (vmbo leerjaar 4) | vo-fase | Heuvelland Vakcollege en Eventlab | vmbo-examen, mbo-onderdelen, meeloopervaring |
| 3 | mbo-fase | Vakcollege Events & Hospitality | mbo-programma, resterend vmbo-examen, bpv |
| 4 en 5 | mbo-fase | Vakcollege Events & Hospitality en Werkveld | mbo-programma, bpv, proeven van bekwaamheid |

## Bijlage 2 Raming overdracht

| Schooljaar | Geraamd aantal Leerlingen in leerjaar 4 | Bedrag per Leerling | Totaal |
| 2026-2027 | 22 | € 940 | € 20.680 |
| 2027-2028 | 26 | € 940 (vóór indexering) | € 24.440 |
| 2028-2029 | 28 | € 940 (vóór indexering) | € 26.320 |
"""


# ==============================================================================================
# main / check
# ==============================================================================================

def extract_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
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
    if ext == "docx":
        import docx  # must open with python-docx
        docx.Document(path)
        from xml.etree import ElementTree as ET
        ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(ns + "p"):
            buf = []
            for el in p.iter():
                if el.tag == ns + "t" and el.text:
                    buf.append(el.text)  # w:t only; deleted text is w:delText and is skipped
                elif el.tag == ns + "tab":
                    buf.append("\t")
            paras.append("".join(buf))
        return "\n".join(paras)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return " ".join(s.split())


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(OUT, s["name"] + "." + s["ext"])
        jpath = os.path.join(OUT, s["name"] + ".expected.json")
        problems = []
        if not os.path.exists(path):
            problems.append("missing document")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d bytes" % size)
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa
                problems.append("does not open: %r" % e)
                text = ""
            for k, ev in s["expected"].get("evidence", {}).items():
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (k, ev))
                if s["expected"]["statuses"][k] != "present":
                    problems.append("evidence given for non-present item %s" % k)
        if not os.path.exists(jpath):
            problems.append("missing expected.json")
        else:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != s["expected"]:
                    problems.append("expected.json differs from table")
        print("%s %s%s" % ("OK  " if not problems else "FAIL", s["name"], "".join("\n     - " + p for p in problems)))
        ok = ok and not problems
    print("all checks passed" if ok else "CHECK FAILED")
    return ok


def build(nums):
    for num in nums:
        s = SAMPLES[num]
        path = os.path.join(OUT, s["name"] + "." + s["ext"])
        s["build"](path)
        with open(os.path.join(OUT, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(s["expected"], f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", os.path.basename(path))


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--check"]:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in args] if args else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
    build(nums)
