#!/usr/bin/env python3
"""Build training samples 317-324 for leerroute-check.

Written by an independent helper session (batch train21a). The agreements are invented from the
two official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen overstapoptie in
/work/shared/seeds), /work/shared/domain.md and sample_agreements/LABELS.md only, without looking at
the checker code, its models or tests, or the texts and build scripts of the other samples.

Usage:
    python3 build_samples_train21a.py            build all samples
    python3 build_samples_train21a.py 317 320    build only those numbers
    python3 build_samples_train21a.py --check    open every produced file and verify it
"""

import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024
VALID = {"present", "weak", "missing", "not_applicable"}

SAMPLES = []


def sample(num, slug, fmt, description, statuses, evidence, **opts):
    """Register a sample; the decorated function returns the document text (markup or raw)."""
    def wrap(fn):
        SAMPLES.append(dict(num=num, slug=slug, fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, text=fn, opts=opts))
        return fn
    return wrap


def st(code):
    """'pppwp...' -> statuses dict a..j (p present, w weak, m missing, n not_applicable)."""
    names = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    assert len(code) == 10, code
    return {k: names[c] for k, c in zip("abcdefghij", code)}


# ---------------------------------------------------------------------------------------------
# Markup used for PDF and DOCX agreements (TXT/MD samples are written as they are):
#   T: title      S: subtitle (centred)   H: heading    H2: sub-heading   B: bullet
#   N: indented paragraph   R: small right-aligned line   PB  page break
#   |a|b|c|  table row (first row of a table = header)   SIG: left || right  signature row
#   other lines: body text; consecutive lines are joined, blank line ends a paragraph.
# ---------------------------------------------------------------------------------------------

def parse(markup):
    blocks = []
    para = []

    def flush():
        if para:
            blocks.append(("P", " ".join(para)))
            para.clear()

    for raw in markup.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("|") and line.endswith("|"):
            flush()
            cells = [c.strip() for c in line[1:-1].split("|")]
            if blocks and blocks[-1][0] == "TABLE":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("TABLE", [cells]))
            continue
        if line == "PB":
            flush()
            blocks.append(("PB", ""))
            continue
        m = re.match(r"^(T|S|H|H2|B|N|R|SIG):\s?(.*)$", line)
        if m:
            flush()
            blocks.append((m.group(1), m.group(2)))
            continue
        if para == [] and blocks and blocks[-1][0] in ("B", "N") and raw.startswith("  "):
            # continuation of a bullet / indented paragraph
            kind, txt = blocks[-1]
            blocks[-1] = (kind, txt + " " + line)
            continue
        para.append(line)
    flush()
    return blocks


# ------------------------------------------------------------------ PDF

def build_pdf(path, markup, opts):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    font = opts.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    size = opts.get("size", 10)
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35,
                          spaceAfter=size * 0.55,
                          alignment=TA_JUSTIFY if opts.get("justify") else 0)
    styles = {
        "T": ParagraphStyle("t", parent=body, fontName=bold, fontSize=size + 6,
                            leading=(size + 6) * 1.25, alignment=TA_CENTER, spaceAfter=6),
        "S": ParagraphStyle("s", parent=body, alignment=TA_CENTER, fontSize=size + 1),
        "H": ParagraphStyle("h", parent=body, fontName=bold, fontSize=size + 2,
                            leading=(size + 2) * 1.3, spaceBefore=size * 0.9, spaceAfter=4,
                            keepWithNext=1),
        "H2": ParagraphStyle("h2", parent=body, fontName=bold, spaceBefore=size * 0.4,
                             spaceAfter=2, keepWithNext=1),
        "B": ParagraphStyle("b", parent=body, leftIndent=14, bulletIndent=4),
        "N": ParagraphStyle("n", parent=body, leftIndent=18),
        "R": ParagraphStyle("r", parent=body, fontSize=size - 1.5, alignment=TA_RIGHT),
        "P": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3,
                               spaceAfter=0, alignment=0),
        "cellh": ParagraphStyle("cellh", parent=body, fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.3, spaceAfter=0, alignment=0),
    }
    story = []
    width = A4[0] - 2 * 22 * mm
    for kind, val in parse(markup):
        if kind == "PB":
            story.append(PageBreak())
        elif kind == "TABLE":
            ncol = len(val[0])
            widths = opts.get("colwidths", {}).get(ncol)
            colw = [width * w for w in widths] if widths else [width / ncol] * ncol
            data = [[Paragraph(escape(c), styles["cellh" if i == 0 else "cell"]) for c in row]
                    for i, row in enumerate(val)]
            t = Table(data, colWidths=colw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ef")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "SIG":
            left, _, right = val.partition("||")
            cells = [[Paragraph(escape(x.strip()).replace(" / ", "<br/>"), body)
                      for x in (left, right)]]
            t = Table(cells, colWidths=[width / 2, width / 2])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 14)]))
            story.append(t)
        elif kind == "B":
            story.append(Paragraph(escape(val), styles["B"], bulletText="\u2022"))
        else:
            story.append(Paragraph(escape(val), styles[kind]))

    header = opts.get("header", "")
    footer = opts.get("footer", "")

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        if header:
            canvas.drawString(22 * mm, A4[1] - 12 * mm, header)
        canvas.drawRightString(A4[0] - 22 * mm, 10 * mm, "%s pagina %d" % (footer, doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1,
                            title=opts.get("title", ""), author=opts.get("author", ""),
                            subject="", creator=opts.get("author", ""), producer="ReportLab")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ DOCX

def build_docx(path, markup, opts):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, Cm

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = opts.get("docx_font", "Calibri")
    normal.font.size = Pt(opts.get("docx_size", 11))
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.4)
        if opts.get("header"):
            s.header.paragraphs[0].text = opts["header"]
    for kind, val in parse(markup):
        if kind == "T":
            p = d.add_heading(val, level=0)
        elif kind == "S":
            p = d.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "H":
            d.add_heading(val, level=1)
        elif kind == "H2":
            d.add_heading(val, level=2)
        elif kind == "B":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "N":
            p = d.add_paragraph(val)
            p.paragraph_format.left_indent = Cm(0.9)
        elif kind == "R":
            p = d.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "PB":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "SIG":
            left, _, right = val.partition("||")
            t = d.add_table(rows=1, cols=2)
            for cell, txt in zip(t.rows[0].cells, (left, right)):
                parts = [x.strip() for x in txt.split(" / ")]
                cell.paragraphs[0].text = parts[0]
                for extra in parts[1:]:
                    cell.add_paragraph(extra)
        elif kind == "TABLE":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, txt in enumerate(row):
                    cell = t.rows[r].cells[c]
                    cell.paragraphs[0].text = ""
                    run = cell.paragraphs[0].add_run(txt)
                    run.bold = (r == 0)
            d.add_paragraph()
        else:
            d.add_paragraph(val)
    cp = d.core_properties
    cp.author = opts.get("author", "")
    cp.last_modified_by = opts.get("author", "")
    cp.title = opts.get("title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
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


# ------------------------------------------------------------------ text extraction / check

def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
        pdf.close()
        return "\n".join(parts)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def name_of(s):
    return "%d_%s" % (s["num"], s["slug"])


def expected_of(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(s):
    base = os.path.join(HERE, name_of(s))
    text = s["text"]()
    path = base + "." + s["fmt"]
    if s["fmt"] == "pdf":
        build_pdf(path, text, s["opts"])
    elif s["fmt"] == "docx":
        build_docx(path, text, s["opts"])
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text.strip("\n") + "\n")
    with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(expected_of(s), ensure_ascii=False, indent=2) + "\n")
    print("built", os.path.basename(path))


def check(s):
    errs = []
    base = os.path.join(HERE, name_of(s))
    path = base + "." + s["fmt"]
    if not os.path.exists(path):
        return ["%s: not built" % path]
    size = os.path.getsize(path)
    if size >= MAX_BYTES:
        errs.append("%s: %d bytes" % (path, size))
    if s["fmt"] == "docx":
        with zipfile.ZipFile(path) as z:
            if z.testzip() is not None or "word/document.xml" not in z.namelist():
                errs.append("%s: bad docx zip" % path)
    try:
        text = norm(extract(path))
    except Exception as e:  # noqa: BLE001
        return errs + ["%s: cannot open (%s)" % (path, e)]
    if len(text) < 300:
        errs.append("%s: too little text" % path)
    stt = s["statuses"]
    if sorted(stt) != list("abcdefghij") or not set(stt.values()) <= VALID:
        errs.append("%s: bad statuses" % path)
    for k, v in s["evidence"].items():
        if stt.get(k) != "present":
            errs.append("%s: evidence for non-present item %s" % (path, k))
        if norm(v) not in text:
            errs.append("%s: evidence %s=%r not in text" % (path, k, v))
    for k, v in stt.items():
        if v == "present" and k not in s["evidence"]:
            errs.append("%s: no evidence for present item %s" % (path, k))
    try:
        with open(base + ".expected.json", encoding="utf-8") as f:
            exp = json.load(f)
        if exp != expected_of(s):
            errs.append("%s.expected.json differs from the table" % base)
    except Exception as e:  # noqa: BLE001
        errs.append("%s.expected.json: %s" % (base, e))
    return errs


# =============================================================================================
# Agreements
# =============================================================================================

@sample(317, "gemeente_convenant_toetreding_alleen_overweging_zutphen_elektrotechniek", "pdf",
        "Convenant onder regie van de gemeente (gemeente tekent mee, is geen partij), PDF met artikelen "
        "en considerans, Zutphen, PIE kb -> Eerste monteur elektrotechnische installaties niveau 3; "
        "defect: toetreding van andere scholen staat alleen in de overwegingen, slotartikel regelt "
        "alleen looptijd, wijziging, opzegging en bescherming leerlingen (j weak)",
        st("pppppppppw"),
        {"a": "Artikel 2 De route", "b": "Artikel 3 Werkveld en leerbedrijven",
         "c": "Artikel 4 Routeregie", "d": "Artikel 5 Verantwoording aan de besturen",
         "e": "Artikel 6 Inrichting van het onderwijs", "f": "Artikel 7 Als de route niet past",
         "g": "Artikel 8 Overdracht van middelen", "h": "Artikel 9 Medezeggenschap",
         "i": "Artikel 10 Meningsverschillen"},
        title="Convenant Techniekroute Zutphen", author="Gemeente Zutphen, team Economie en Onderwijs",
        header="Convenant Techniekroute Zutphen - definitieve tekst 24 juni 2025",
        footer="Convenant Techniekroute Zutphen", justify=True)
def t317():
    return """
T: CONVENANT TECHNIEKROUTE ZUTPHEN
S: Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo
S: Produceren, installeren en energie - Eerste monteur elektrotechnische installaties
S: tot stand gekomen aan de Techniektafel van de gemeente Zutphen

H: Ondergetekenden

1. Stichting Openbaar Voortgezet Onderwijs IJssel-Berkel, bevoegd gezag van het Hanzevakcollege
te Zutphen, statutair gevestigd te Zutphen, te dezen rechtsgeldig vertegenwoordigd door mevrouw
drs. H.J. Wolters, voorzitter van het college van bestuur, hierna te noemen: de school;

2. Stichting Regionaal Opleidingencentrum IJsselzone, statutair gevestigd te Deventer, te dezen
rechtsgeldig vertegenwoordigd door de heer ir. M.A. Brinkhorst, voorzitter van het college van
bestuur, hierna te noemen: het ROC;

en, als mede-ondertekenaar in haar rol van regisseur van de Techniekagenda Zutphen 2024-2028:

3. de gemeente Zutphen, te dezen vertegenwoordigd door mevrouw J. Oosterveld-Hak, wethouder
Onderwijs en Economie, handelend ter uitvoering van het besluit van het college van burgemeester en
wethouders van 3 juni 2025, hierna te noemen: de gemeente.

H: Overwegingen

a. In de Techniekagenda Zutphen 2024-2028 heeft de gemeente vastgesteld dat installatiebedrijven in
de gemeente en de omliggende kernen structureel te weinig elektrotechnisch geschoolde vakmensen
kunnen vinden, onder meer door de verduurzaming van woningen en de verzwaring van het
elektriciteitsnet.

b. De gemeente heeft in 2024 en 2025 aan de Techniektafel de school, het ROC en de regionale
installatiebranche bijeengebracht om een doorgaande leerweg van vmbo naar mbo te ontwikkelen.

c. De school en het ROC willen met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende
leerroute vmbo-mbo verzorgen als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en
artikel 9.1.2 van de Wet educatie en beroepsonderwijs.

d. Het convenant staat open voor andere scholen voor voortgezet onderwijs in Zutphen, Lochem en
Brummen die zich in een later stadium bij de Techniekroute willen aansluiten; de gemeente zal zich
inspannen om die scholen daartoe uit te nodigen.

e. Het voornemen tot samenwerking is voor advies voorgelegd aan de medezeggenschapsraad van de school
en aan de studentenraad van het ROC.

Partijen komen het volgende overeen.

H: Artikel 1 Rolverdeling

1.1 De school en het ROC zijn de partijen bij de samenwerkingsovereenkomst als bedoeld in artikel
2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en
beroepsonderwijs. Waar in dit convenant 'partijen' staat, zijn de school en het ROC bedoeld.

1.2 De gemeente is geen partij bij de samenwerkingsovereenkomst. Zij ondertekent dit convenant voor
de toezeggingen in artikel 11 en voor haar rol als gespreksleider van de Techniektafel.

H: Artikel 2 De route

2.1 De Techniekroute verbindt het profiel Produceren, installeren en energie in de
kaderberoepsgerichte leerweg van het Hanzevakcollege met de vakopleiding Eerste monteur
elektrotechnische installaties in de woning en utiliteit, niveau 3, van het ROC (kwalificatiedossier
Elektrotechnische installaties in de gebouwde omgeving, opleidingsdomein Installatie- en
energietechniek).

2.2 De route duurt vijf jaar: leerjaar 3 en 4 van het vmbo vormen de vo-fase, daarna volgen drie
jaren mbo in de beroepsopleidende leerweg. Vanaf het tweede mbo-jaar kan de student in overleg met de
routeregie overstappen naar de beroepsbegeleidende leerweg bij een leerbedrijf uit artikel 3.

2.3 Leerlingen kiezen aan het eind van leerjaar 2 voor de route. De eerste groep start op 1 augustus
2025 met ten hoogste 24 leerlingen.

2.4 De school en het ROC melden de route gezamenlijk aan bij DUO via het Register Instellingen en
Opleidingen, uiterlijk op 1 oktober 2025.

H: Artikel 3 Werkveld en leerbedrijven

3.1 De Installatiekring Zutphen-Lochem, een vereniging van drieëntwintig regionale
installatiebedrijven, en de leerbedrijven Elektrotechniek Van Lochem B.V., Kuipers
Installatietechniek B.V. en netwerkaannemer Berkelstroom B.V. zijn vanaf de start bij de route
betrokken. Zij hebben hun bijdrage in een intentieverklaring aan de gemeente bevestigd; de school en
het ROC maken met ieder leerbedrijf jaarlijks afspraken over de volgende bijdragen:

B: het beschikbaar stellen van ten minste twaalf snuffelstageplaatsen in leerjaar 4 en van
  voldoende plaatsen voor de beroepspraktijkvorming in de mbo-fase;
B: het aanleveren van twee praktijkopdrachten per leerjaar uit lopende projecten, zoals de
  aanleg van laadpalen in een woonwijk of het vervangen van een groepenkast;
B: deelname van twee vakmensen aan de praktijkraad, die twee keer per schooljaar het programma en
  de keuzedelen bespreekt en daarover aan de routeregie advies uitbrengt;
B: het als tweede beoordelaar meebeoordelen van de proeve van bekwaamheid in het laatste mbo-jaar.

H: Artikel 4 Routeregie

4.1 De dagelijkse leiding over de route berust bij de routeregie. De routeregie bestaat uit de
afdelingsleider techniek van het Hanzevakcollege en de teamleider elektrotechniek van het ROC,
locatie Zutphen.

4.2 Het college van bestuur van de school wijst de afdelingsleider aan; het college van bestuur van
het ROC wijst de teamleider aan. Een aanwijzing geldt voor drie schooljaren en kan worden verlengd.
Elk college deelt een aanwijzing schriftelijk aan het andere college mee.

4.3 De routeregie heeft tot taak:

B: het opstellen en jaarlijks bijstellen van het gezamenlijke programma van toetsing en afsluiting
  en de onderwijs- en examenregeling (PTA/OER) van de route;
B: het roosteren en verdelen van de lessen binnen de formatie die de besturen beschikbaar stellen;
B: het besluiten over de toelating van leerlingen tot de route;
B: het uitvoeren van de overstapafspraken in artikel 7;
B: het onderhouden van het contact met de praktijkraad en de leerbedrijven.

4.4 De routeregie beslist zelfstandig over de inhoud van het programma binnen de kwalificatie-eisen
en de examenprogramma's, over rooster en toelating, en over de besteding van het routebudget tot een
bedrag van € 15.000 per schooljaar. Besluiten over uitbreiding van de formatie, investeringen boven
dat bedrag en wijziging van dit convenant zijn voorbehouden aan de colleges van bestuur.

H: Artikel 5 Verantwoording aan de besturen

5.1 De routeregie zendt beide colleges van bestuur elk jaar vóór 15 oktober een routeverslag over
het afgelopen schooljaar, met in elk geval de in-, door- en uitstroom van leerlingen, de
examenresultaten, de besteding van het routebudget en de knelpunten die de routeregie ziet.

5.2 In maart van ieder jaar bespreekt de routeregie de voortgang met de portefeuillehouders van
beide colleges van bestuur. Daarnaast verstrekt de routeregie op verzoek van een college alle
inlichtingen die dat college voor zijn verantwoordelijkheid nodig heeft.

H: Artikel 6 Inrichting van het onderwijs

6.1 In de vo-fase krijgen de leerlingen les in het gebouw van het Hanzevakcollege aan de
Berkelsingel. Vanaf leerjaar 4 volgen zij één dag per week les in het Techniekhuis van het ROC op
bedrijventerrein De Mars. De mbo-fase vindt plaats in het Techniekhuis en bij de leerbedrijven.

6.2 Het programma is één geheel. Mbo-onderdelen, waaronder veilig werken volgens NEN 3140 en het
keuzedeel Domotica, worden vanaf leerjaar 3 aangeboden. Het centraal examen vmbo wordt afgenomen in
leerjaar 4. Het gezamenlijke PTA/OER beschrijft per leerjaar welke onderdelen tot het vmbo en welke tot
het mbo behoren en welke examens worden afgenomen; beide besturen stellen het vóór 1 oktober van elk
schooljaar vast.

6.3 Het ROC zet in de vo-fase twee docenten elektrotechniek in voor gezamenlijk zes lesuren per week
op het Hanzevakcollege. Een docent PIE van de school geeft in het eerste mbo-jaar vier uur per week les
in het Techniekhuis. Zij vormen samen met de mentoren één docententeam. Voor de vakoverstijgende
onderdelen 'Installeren in de woning' en 'Duurzame energie' wordt gebruikgemaakt van de
teambevoegdheid; voor elk programmaonderdeel is ten minste één bevoegde docent betrokken. Ieder blijft
in dienst van de eigen werkgever.

6.4 Het ROC stelt de installatiehal en het meetlaboratorium van het Techniekhuis één dag per week
beschikbaar voor leerjaar 4; de school stelt haar praktijklokaal PIE op woensdagmiddag beschikbaar voor
de mbo-studenten. De Energiewerkplaats (artikel 11) wordt door beide partijen gebruikt. Leerlingen
krijgen vanaf leerjaar 3 toegang tot de elektronische leeromgeving van het ROC.

6.5 Een klacht die bij de school wordt ingediend over een docent van het ROC wordt behandeld volgens
de klachtenregeling van de school; het ROC werkt aan de afhandeling mee. Dit geldt omgekeerd ook.

H: Artikel 7 Als de route niet past

7.1 Wanneer een leerling of student de route niet kan of wil voortzetten, stelt de routeregie binnen
vier weken samen met de leerling en zijn ouders een overstapplan op. Afdelingsleider en teamleider
bepalen gezamenlijk welk vervolg past, op grond van het bereikte onderwijsniveau, de leeftijd en de
wensen van de leerling. Uitgangspunt is altijd dat de leerling een vmbo- of mbo-diploma kan halen.

7.2 In de vo-fase gaat de leerling verder in de reguliere kaderberoepsgerichte leerweg PIE of in een
ander profiel van het Hanzevakcollege, met het vmbo-diploma als doel, of in een andere doorlopende
leerroute in de regio.

7.3 Heeft de leerling aan het eind van het eerste mbo-jaar het vmbo-diploma niet behaald, dan kan hij
het examen het jaar daarop opnieuw afleggen op de school terwijl hij zoveel mogelijk mbo-onderdelen
blijft volgen, of zonder vmbo-diploma instromen in de opleiding Monteur elektrotechnische installaties
niveau 2 of een andere passende opleiding van het ROC. De vooropleidingseisen staan daarbij niet in de
weg.

7.4 In de mbo-fase kan de student overstappen naar een andere opleiding op niveau 3 in het domein
techniek van het ROC, zoals Eerste monteur installatietechniek. Wil hij naar een andere
mbo-instelling, dan helpt het ROC bij de aanmelding en het geschiktheidsonderzoek daar.

7.5 De school en het ROC beschrijven de werkwijze in hun schoolgids en studiegids.

H: Artikel 8 Overdracht van middelen

8.1 Op grond van artikel 5.42a van de Wet voortgezet onderwijs 2020 draagt de school aan het ROC over
een bedrag van € 1.150 per leerling per schooljaar, voor elke leerling die op 1 oktober in de vo-fase
van de route staat ingeschreven.

8.2 Het overgedragen bedrag is bestemd voor de inzet van de ROC-docenten in de vo-fase (artikel 6.3)
en voor het gebruik van de installatiehal en het meetlaboratorium (artikel 6.4).

8.3 Betaling geschiedt in twee termijnen, op 1 november en 1 april. Het ROC draagt geen middelen over
aan de school.

H: Artikel 9 Medezeggenschap

9.1 De leerlingen in de vo-fase van de route kiezen jaarlijks uit hun midden één vertegenwoordiger,
die als toehoorder met spreekrecht deelneemt aan de vergaderingen van de studentenraad van het ROC,
locatie Zutphen.

9.2 De medezeggenschapsraad van de school en de studentenraad van het ROC ontvangen het routeverslag
en worden in november gezamenlijk uitgenodigd om met de routeregie over de route te spreken. Voor het
overige gelden de Wet medezeggenschap op scholen, de Wet educatie en beroepsonderwijs en de Wet op de
ondernemingsraden.

H: Artikel 10 Meningsverschillen

10.1 Verschillen van inzicht over de uitvoering van dit convenant worden eerst in de routeregie
besproken. Leidt dat binnen drie weken niet tot een oplossing, dan overleggen de voorzitters van beide
colleges van bestuur binnen vier weken met elkaar.

10.2 Komen zij er niet uit, dan vragen partijen de wethouder Onderwijs van de gemeente om als
bemiddelaar op te treden. Is het geschil acht weken na dat verzoek niet opgelost, dan kan iedere
partij het voorleggen aan de bevoegde rechter van de rechtbank Gelderland.

H: Artikel 11 Toezeggingen van de gemeente

11.1 De gemeente verleent eenmalig een subsidie van € 45.000 voor de inrichting van de
Energiewerkplaats in het Techniekhuis, op de voorwaarden van de subsidiebeschikking.

11.2 De gemeente roept de Techniektafel twee keer per jaar bijeen en bewaakt daar de samenhang met
de Techniekagenda.

H: Artikel 12 Looptijd, wijziging en beëindiging

12.1 Dit convenant treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

12.2 Wijziging van dit convenant is alleen mogelijk bij schriftelijk besluit van de school en het
ROC; de gemeente wordt vooraf gehoord. Wijzigingen die leerlingen raken gaan pas in bij het begin van
een nieuw schooljaar.

12.3 De school en het ROC kunnen dit convenant ieder bij aangetekende brief opzeggen met een
opzegtermijn van ten minste twaalf maanden, tegen 1 augustus van enig jaar.

12.4 Schiet een partij ernstig tekort in de nakoming en herstelt zij dat niet binnen drie maanden na
een schriftelijke ingebrekestelling, dan kan de andere partij het convenant ontbinden.

12.5 Na een opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen en studenten
die de route al volgen, ronden haar af onder dezelfde voorwaarden; de partijen blijven daarvoor
personeel en voorzieningen beschikbaar stellen. Artikel 7 blijft onverkort van toepassing.

Aldus opgemaakt in drievoud en ondertekend te Zutphen op 24 juni 2025.

SIG: Stichting Openbaar Voortgezet Onderwijs IJssel-Berkel / drs. H.J. Wolters / voorzitter college van bestuur || Stichting Regionaal Opleidingencentrum IJsselzone / ir. M.A. Brinkhorst / voorzitter college van bestuur
SIG: Gemeente Zutphen / J. Oosterveld-Hak / wethouder Onderwijs en Economie ||
"""


@sample(318, "teamleider_afsprakenlijst_zeer_kort_roermond_apothekersassistent", "md",
        "Zeer korte afsprakenlijst van een teamleider in gewone taal (Markdown, genummerde kopjes), "
        "door beide besturen ondertekend, Roermond, Zorg en welzijn gl/tl -> Apothekersassistent "
        "niveau 4; volledig, geen overdracht van bekostiging, niets over medezeggenschap (h n.v.t.)",
        st("pppppppnpp"),
        {"a": "1. Welke route", "b": "2. Apotheken doen mee", "c": "3. Wie de route leidt",
         "d": "4. Hoe de besturen horen hoe het gaat", "e": "5. Onderwijs, mensen en ruimtes",
         "f": "6. Als het niet lukt", "g": "7. Geld", "i": "8. Als we het oneens zijn",
         "j": "9. Meedoen, wijzigen, stoppen"})
def t318():
    return """
# Afsprakenlijst doorlopende leerroute Apothekersassistent

**Roerdal College (Roermond) en ROC Roerstreek** - versie 2, 12 mei 2025

Opgesteld door Ingrid Schreurs, teamleider Zorg & Welzijn bovenbouw Roerdal College, samen met
Ruud Janssen, opleidingsmanager Apothekersassistent ROC Roerstreek. Deze lijst is onze
samenwerkingsovereenkomst: de twee besturen tekenen onderaan. Partijen zijn Stichting Onderwijsgroep
Roerdal (bevoegd gezag Roerdal College) en Stichting ROC Roerstreek.

## 1. Welke route

- vmbo: profiel Zorg en welzijn, gemengde en theoretische leerweg, leerjaar 3 en 4.
- mbo: Apothekersassistent, niveau 4 (middenkaderopleiding), BOL, ROC Roerstreek locatie
  Roermond-Zuid. Opleidingsdomein Zorg en welzijn.
- In totaal vijf jaar: twee jaar vo-fase en drie jaar mbo-fase. We melden de route samen bij DUO.

## 2. Apotheken doen mee

- Apotheek Maaspoort, Apotheek De Donderberg, Apotheek Swalmen-Centrum, Apotheek Roerkade en de
  ziekenhuisapotheek van het Sint Christoffel Ziekenhuis.
- Zij bieden: een meeloopdag in leerjaar 3, twee weken snuffelstage in leerjaar 4 en de bpv-plaatsen
  in de mbo-fase. Een apotheker geeft elk jaar drie gastlessen.
- Twee apothekers zitten twee keer per jaar in het klankbordoverleg en geven advies over het
  programma en de keuzedelen.

## 3. Wie de route leidt

- Het kernduo: de teamleider Zorg & Welzijn bovenbouw van Roerdal en de opleidingsmanager
  Apothekersassistent van het ROC.
- Iedere bestuurder wijst zijn eigen lid schriftelijk aan, tot hij die aanwijzing intrekt.
- Het kernduo maakt het gezamenlijke PTA/OER en het rooster, beslist over toelating, regelt bpv en
  overstap en besteedt het routebudget (max. € 8.000 per jaar).
- Personeel aannemen, investeringen en het wijzigen van deze lijst: alleen de besturen.

## 4. Hoe de besturen horen hoe het gaat

- Elk jaar vóór 1 juli stuurt het kernduo beide besturen een kort verslag: aantallen, uitval,
  examenresultaten en geld.
- Elk jaar in oktober praat het kernduo met beide bestuurders.

## 5. Onderwijs, mensen en ruimtes

- Leerjaar 3 en 4 op Roerdal College; de mbo-fase op ROC Roerstreek, Roermond-Zuid.
- Een docent farmacie van het ROC geeft in leerjaar 4 drie uur per week les op Roerdal. Docenten
  biologie en verzorging van Roerdal geven in leerjaar 3 de module 'Zorg voor medicijnen'; zij werken
  daarin als één team (teambevoegdheid), met voor elk onderdeel minstens één bevoegde docent.
- Vanaf leerjaar 4 werken de leerlingen elke week in de oefenapotheek van het ROC. Roerdal stelt haar
  zorglokaal beschikbaar aan de ROC-docent.
- Het PTA/OER legt per leerjaar vast wat vmbo en wat mbo is en welke examens er zijn. Het
  vmbo-eindexamen is in leerjaar 4.

## 6. Als het niet lukt

- Stopt een leerling, of past de route niet? Dan beslissen teamleider en opleidingsmanager samen, na
  een gesprek met leerling en ouders, welke plek past. Ze kijken naar wat de leerling al gehaald heeft
  en naar zijn leeftijd. Doel blijft een diploma.
- In leerjaar 3 of 4: verder in het gewone vmbo (gl/tl, Zorg en welzijn) en daar het vmbo-diploma
  halen.
- Geen vmbo-diploma aan het eind van het eerste mbo-jaar: nog een jaar examen doen op Roerdal, of
  zonder vmbo-diploma verder in een andere zorgopleiding van het ROC op niveau 3 of 4 (bijvoorbeeld
  Verzorgende IG of Doktersassistent). De vooropleidingseisen gelden dan niet.
- In de mbo-fase: overstappen naar een andere zorgopleiding van het ROC op hetzelfde niveau, of naar
  een andere mbo-school; het ROC helpt bij het geschiktheidsonderzoek daar.

## 7. Geld

- Er wordt geen bekostiging overgedragen tussen Roerdal en het ROC. Ieder betaalt zijn eigen
  personeel; lokalen en oefenapotheek gebruiken we over en weer kosteloos.

## 8. Als we het oneens zijn

- Eerst het kernduo. Lukt het niet binnen vier weken, dan de twee bestuurders.
- Komen die er binnen zes weken niet uit, dan vragen ze samen bindend advies aan een onafhankelijke
  deskundige die zij samen kiezen.

## 9. Meedoen, wijzigen, stoppen

- Een andere school of mbo-instelling kan meedoen als beide besturen schriftelijk instemmen en het
  nieuwe bestuur deze lijst mee ondertekent. We melden dat samen bij DUO.
- Wijzigen kan alleen schriftelijk, getekend door beide besturen, en gaat in bij een nieuw schooljaar.
- Opzeggen kan schriftelijk, per 1 augustus, met minstens een jaar opzegtermijn.
- Altijd geldt: leerlingen die al in de route zitten maken hem af zoals afgesproken. Na een opzegging
  stoppen we alleen met nieuwe instroom.

Deze afspraken gelden vanaf 1 augustus 2025.

Roermond, 26 mei 2025

Namens Stichting Onderwijsgroep Roerdal: drs. P. Hermans, bestuurder

Namens Stichting ROC Roerstreek: mr. L. Vossen, voorzitter college van bestuur
"""


@sample(319, "advocatencontract_leden_lang_stuurgroep_zonder_benoeming_breda_juridisch", "docx",
        "Lang advocatencontract met artikelen en leden, definities, considerans en bijlage (DOCX), "
        "Breda, Economie en ondernemen gl/tl -> Juridisch medewerker zakelijke dienstverlening "
        "niveau 4; defecten: stuurgroep uitvoerig geregeld (samenstelling, taken, mandaat) maar "
        "nergens wie de leden benoemt (c weak); medezeggenschapsartikel met achtergebleven [\u25cf]-"
        "invulplekken en redactienoot (h weak)",
        st("ppwppppwpp"),
        {"a": "Artikel 3 De Route", "b": "Artikel 4 Betrokkenheid van het bedrijfsleven",
         "d": "Artikel 6 Informatie en verantwoording", "e": "Artikel 8 Personeel en faciliteiten",
         "f": "Artikel 9 Overstapoptie", "g": "Artikel 10 Financiële bepalingen",
         "i": "Artikel 15 Geschillen", "j": "Artikel 16 Toetreding"},
        title="Samenwerkingsovereenkomst Doorlopende Leerroute Recht & Zakelijke Dienstverlening",
        author="Van Riel & Hoefnagels Advocaten",
        header="Van Riel & Hoefnagels Advocaten | ref. 2025.0412/KVH | versie voor ondertekening",
        docx_font="Cambria", docx_size=10.5)
def t319():
    return """
T: SAMENWERKINGSOVEREENKOMST
S: inzake de doorlopende leerroute vmbo-mbo Recht & Zakelijke Dienstverlening
S: Mark en Aa College - ROC Baronie-Zuid

H: DE ONDERGETEKENDEN:

1. de stichting Stichting Katholiek Voortgezet Onderwijs Baronie, statutair gevestigd te Breda,
kantoorhoudende aan de Haagweg 211, 4814 GE Breda, ingeschreven in het Handelsregister van de Kamer
van Koophandel onder nummer 41078215, bevoegd gezag van het Mark en Aa College, te dezen
rechtsgeldig vertegenwoordigd door de heer drs. A.F.M. van Gils, voorzitter van het college van
bestuur, hierna te noemen: "de School";

2. de stichting Stichting ROC Baronie-Zuid, statutair gevestigd te Breda, kantoorhoudende aan de
Terheijdenseweg 350, 4826 AA Breda, ingeschreven in het Handelsregister van de Kamer van Koophandel
onder nummer 41101937, te dezen rechtsgeldig vertegenwoordigd door mevrouw mr. C.M. Dekkers-Oomen,
voorzitter van het college van bestuur, hierna te noemen: "het ROC";

de School en het ROC hierna tezamen ook te noemen: "Partijen" en ieder afzonderlijk: "Partij";

H: NEMEN IN AANMERKING DAT:

(A) de School op haar vestiging aan de Haagweg onderwijs verzorgt in de gemengde en de theoretische
leerweg van het vmbo, waaronder in het profiel Economie en ondernemen;

(B) het ROC via zijn College Economie & Recht de middenkaderopleiding Juridisch medewerker verzorgt
en in de regio Breda een tekort wordt ervaren aan juridisch geschoolde medewerkers op mbo-niveau bij
advocatuur, notariaat, gerechtsdeurwaarders en gemeenten;

(C) Partijen sinds het schooljaar 2022-2023 in een pilot 'Recht dichtbij' samenwerken en de
ervaringen daarmee positief zijn geëvalueerd;

(D) Partijen de samenwerking thans willen vastleggen in een samenwerkingsovereenkomst als bedoeld in
artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en
beroepsonderwijs;

(E) de medezeggenschapsraad van de School en de studentenraad van het ROC over het voorgenomen besluit
tot deze samenwerking advies hebben uitgebracht;

(F) Partijen hun afspraken in deze overeenkomst en de daarbij behorende bijlagen wensen vast te
leggen;

H: KOMEN OVEREEN ALS VOLGT:

H: Artikel 1 Definities en interpretatie

1.1 In deze overeenkomst wordt verstaan onder:

N: a. Bevoegde Gezagsorganen: het college van bestuur van de School en het college van bestuur van
  het ROC;
N: b. Route: de doorlopende leerroute vmbo-mbo als omschreven in artikel 3;
N: c. Vo-fase: de eerste twee Schooljaren van de Route, waarin de Leerling staat ingeschreven bij de
  School;
N: d. Mbo-fase: het deel van de Route vanaf het derde Schooljaar, waarin de Student staat
  ingeschreven bij het ROC;
N: e. Leerling: een leerling van de School die aan de Route deelneemt;
N: f. Student: een deelnemer aan de Route die bij het ROC staat ingeschreven;
N: g. Opleiding: de middenkaderopleiding Juridisch medewerker zakelijke dienstverlening, niveau 4;
N: h. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en
  examenregeling van de Route;
N: i. Stuurgroep: het orgaan als bedoeld in artikel 5;
N: j. Werkveldraad: het overleg als bedoeld in artikel 4.2;
N: k. Bestuurlijk Overleg: het overleg als bedoeld in artikel 6.4;
N: l. Overstapplan: het plan als bedoeld in artikel 9.3;
N: m. Schooljaar: de periode van 1 augustus tot en met 31 juli;
N: n. Werkdag: iedere dag, niet zijnde een zaterdag, zondag, algemeen erkende feestdag of dag binnen
  een schoolvakantie van de School.

1.2 Verwijzingen naar artikelen en bijlagen zijn verwijzingen naar artikelen van en bijlagen bij
deze overeenkomst. De bijlagen maken deel uit van deze overeenkomst. Bij strijdigheid tussen de tekst
van de artikelen en een bijlage prevaleert de tekst van de artikelen.

1.3 Kopjes boven artikelen dienen uitsluitend ter vergemakkelijking van het lezen.

H: Artikel 2 Onderwerp en doel

2.1 Partijen verzorgen gezamenlijk de Route op grond van deze overeenkomst. Deze overeenkomst is de
samenwerkingsovereenkomst als bedoeld in artikel 2.107b, eerste lid, van de Wet voortgezet onderwijs
2020 en artikel 9.1.3, eerste lid, van de Wet educatie en beroepsonderwijs.

2.2 Doel van de samenwerking is dat Leerlingen zonder onnodige overlap of onderbreking een
vmbo-diploma en het diploma van de Opleiding behalen en goed voorbereid de arbeidsmarkt betreden.

2.3 Partijen melden de Route gezamenlijk aan de Minister van Onderwijs, Cultuur en Wetenschap door
registratie in het Register Instellingen en Opleidingen, uiterlijk op 1 oktober 2025. Iedere Partij
draagt zorg voor de registratie van haar eigen deel.

H: Artikel 3 De Route

3.1 De Route verbindt het profiel Economie en ondernemen in de gemengde leerweg en de theoretische
leerweg van de School met de Opleiding, te weten de middenkaderopleiding Juridisch medewerker
zakelijke dienstverlening, niveau 4, in de beroepsopleidende leerweg, verzorgd door het College
Economie & Recht van het ROC.

3.2 De Route omvat vijf Schooljaren: twee Schooljaren in de Vo-fase (leerjaar 3 en 4 van het vmbo)
en drie Schooljaren in de Mbo-fase.

3.3 Per Schooljaar stromen ten hoogste twintig Leerlingen in. Leerlingen melden zich in leerjaar 2
aan; toelating geschiedt na een kennismakingsgesprek en een advies van de mentor, volgens de
procedure in Bijlage 1.

3.4 In de Route worden in elk geval de keuzedelen Sociale zekerheid en Digitale vaardigheden voor
de zakelijke dienstverlening aangeboden.

H: Artikel 4 Betrokkenheid van het bedrijfsleven

4.1 Partijen betrekken het juridische werkveld in de regio Breda actief bij de invulling van de
Route. Bij de start van de Route hebben de volgende organisaties hun medewerking toegezegd:
Advocatenkantoor Van der Lely & Partners, Notariskantoor Ginneken, Gerechtsdeurwaarderskantoor
Mastbosch, de afdeling Juridische Zaken van de gemeente Breda en rechtsbijstandverlener Baronie
Rechtshulp.

4.2 Partijen stellen een Werkveldraad in, bestaande uit ten minste één vertegenwoordiger van ieder
van de in lid 1 genoemde organisaties, de adviseur praktijkleren van SBB en een afvaardiging van de
docenten. De Werkveldraad komt ten minste twee keer per Schooljaar bijeen en adviseert de Stuurgroep
gevraagd en ongevraagd over de inhoud van het programma, de keuzedelen en de aansluiting op de
beroepspraktijk.

4.3 De in lid 1 genoemde organisaties leveren, volgens de werkveldverklaringen in Bijlage 2, in elk
geval de volgende bijdragen:

N: a. het jaarlijks beschikbaar stellen van in totaal ten minste twintig plaatsen voor
  beroepspraktijkvorming in de Mbo-fase;
N: b. het verzorgen van ten minste vier gastlessen per Schooljaar in de Vo-fase;
N: c. het aanleveren van praktijkopdrachten uit de eigen dienstverlening, geanonimiseerd;
N: d. het leveren van juryleden voor de jaarlijkse pleitwedstrijd in leerjaar 4;
N: e. het meebeoordelen van de examenopdracht in het laatste Schooljaar van de Route.

4.4 Nieuwe organisaties uit het werkveld kunnen op voorstel van de Stuurgroep tot de Werkveldraad
worden toegelaten.

H: Artikel 5 Stuurgroep

5.1 De leiding over de Route berust bij de Stuurgroep.

5.2 De Stuurgroep bestaat uit vier leden: twee leden afkomstig van de School, van wie ten minste één
deel uitmaakt van de schoolleiding van het Mark en Aa College, en twee leden afkomstig van het ROC,
van wie ten minste één managementverantwoordelijkheid draagt voor de Opleiding. De Stuurgroep kan deskundigen
uitnodigen om zonder stemrecht aan haar vergaderingen deel te nemen.

5.3 Het voorzitterschap van de Stuurgroep rouleert per Schooljaar tussen een lid afkomstig van de School
en een lid afkomstig van het ROC, te beginnen met een lid afkomstig van de School.

5.4 De Stuurgroep heeft tot taak:

N: a. het opstellen van het PTA/OER en het jaarlijks ter vaststelling voorleggen daarvan aan de
  Bevoegde Gezagsorganen;
N: b. het bewaken van de samenhang en de kwaliteit van het onderwijs in de Route;
N: c. de organisatie van de toelating en de instroom van Leerlingen;
N: d. het vaststellen van de jaarplanning, het rooster en de inzet van personeel als bedoeld in
  artikel 8;
N: e. het uitvoeren van de overstapprocedure van artikel 9;
N: f. het beheer van het routebudget;
N: g. het onderhouden van de contacten met de Werkveldraad en SBB;
N: h. het opstellen van de rapportages als bedoeld in artikel 6.

5.5 De Bevoegde Gezagsorganen dragen aan de Stuurgroep de bevoegdheid op om, binnen de kaders van
deze overeenkomst en het door hen goedgekeurde jaarplan, zelfstandig te besluiten over:

N: a. de roostering en de verdeling van lesuren tussen de docenten van Partijen;
N: b. de toelating van Leerlingen tot de Route;
N: c. de uitgaven ten laste van het routebudget tot een bedrag van € 20.000 per Schooljaar;
N: d. het aangaan van afspraken met leden van de Werkveldraad over bijdragen als bedoeld in
  artikel 4.3.

5.6 Niet aan de Stuurgroep opgedragen en voorbehouden aan de Bevoegde Gezagsorganen zijn in ieder
geval: de vaststelling van het PTA/OER, beslissingen over formatie en personele bezetting boven het
jaarplan, investeringen, het aangaan van verplichtingen boven het in lid 5 sub c genoemde bedrag en
iedere wijziging van deze overeenkomst.

5.7 De Stuurgroep vergadert ten minste zes keer per Schooljaar. Zij besluit met eenparigheid van
stemmen in een vergadering waarin ten minste één lid afkomstig van iedere Partij aanwezig is. Wordt over een
voorstel geen eenparigheid bereikt, dan wordt het voorgelegd aan het Bestuurlijk Overleg.

5.8 Het ROC stelt een ambtelijk secretaris ter beschikking aan de Stuurgroep.

H: Artikel 6 Informatie en verantwoording

6.1 De Stuurgroep verstrekt binnen vier weken na afloop van ieder kwartaal een schriftelijke
voortgangsrapportage aan beide Bevoegde Gezagsorganen, met in elk geval gegevens over instroom,
verzuim, tussentijdse uitval, studievoortgang en de besteding van het routebudget.

6.2 De Stuurgroep legt jaarlijks vóór 1 november verantwoording af over het voorafgaande Schooljaar
in een jaarverslag, dat een evaluatie van de doelen van artikel 2.2, de examenresultaten en een
prognose van de instroom bevat.

6.3 De Stuurgroep informeert beide Bevoegde Gezagsorganen onverwijld over klachten van betekenis,
calamiteiten en aangekondigde onderzoeken van de Inspectie van het Onderwijs.

6.4 De voorzitters van de Bevoegde Gezagsorganen voeren twee keer per Schooljaar, in mei en in
november, met de Stuurgroep het Bestuurlijk Overleg. In de novembervergadering wordt het jaarverslag
besproken en verleent ieder Bevoegd Gezagsorgaan aan de Stuurgroep al dan niet decharge voor het
gevoerde beheer.

H: Artikel 7 Onderwijskundige en organisatorische inrichting

7.1 Het onderwijs in de Route vormt één doorlopend programma. Het PTA/OER beschrijft per leerjaar het
onderwijsprogramma, de examinering en de beroepspraktijkvorming en geeft aan welke onderdelen tot het
vmbo, welke tot het mbo en welke tot beide behoren. De Bevoegde Gezagsorganen stellen het PTA/OER
jaarlijks vóór 1 oktober vast.

7.2 Het centraal examen van het vmbo wordt afgenomen in leerjaar 4. Examenonderdelen van de Opleiding
kunnen vanaf leerjaar 3 worden afgenomen. De examencommissie van de School is verantwoordelijk voor
de vmbo-examinering en -diplomering, ook voor een Student die al bij het ROC is ingeschreven; de
examencommissie van het College Economie & Recht is verantwoordelijk voor de mbo-examinering en
-diplomering.

7.3 In de Vo-fase vindt het onderwijs plaats op de vestiging van de School aan de Haagweg, met één
middag per week op de locatie van het College Economie & Recht aan de Terheijdenseweg. In de
Mbo-fase vindt het onderwijs plaats op de locatie van het ROC en bij de leerbedrijven.

7.4 De School schrijft de Leerling in voor de Vo-fase; het ROC schrijft de Student in met ingang van
het derde Schooljaar van de Route. Partijen verstrekken elkaar de gegevens die voor de inschrijving,
de verzuimregistratie en de uitwisseling met BRON nodig zijn, met inachtneming van Bijlage 3.

7.5 De mentor van de School blijft in de Vo-fase eerste aanspreekpunt voor de Leerling en zijn
ouders. Bij de overgang naar de Mbo-fase vindt een warme overdracht plaats naar de
studieloopbaanbegeleider van het ROC.

H: Artikel 8 Personeel en faciliteiten

8.1 Het ROC zet in de Vo-fase een docent recht in voor 0,3 fte, die lessen verzorgt op de vestiging
van de School. De School zet in het eerste Schooljaar van de Mbo-fase een docent economie in voor
0,2 fte op de locatie van het ROC. De docenten blijven in dienst van hun eigen werkgever; de
werkgever blijft verantwoordelijk voor de rechtspositie en de beoordeling, na overleg met de
Stuurgroep.

8.2 De docenten van Partijen vormen één team. Voor de vakoverstijgende programmaonderdelen 'Recht in
de praktijk' en 'Zakelijke communicatie' maken Partijen gebruik van de teambevoegdheid; het PTA/OER
vermeldt in welke onderdelen teams worden ingezet. Voor ieder programmaonderdeel is ten minste één
daartoe bevoegde docent betrokken.

8.3 Partijen organiseren jaarlijks twee gezamenlijke studiedagen voor het team.

8.4 Het ROC stelt in de Vo-fase één middag per week het Rechtspraktijklokaal (een nagebootste
rechtszaal met griffie) en de oefenruimte Juridisch Loket ter beschikking, alsmede licenties voor de
oefenomgeving JuriSim voor alle Leerlingen. De School stelt haar computerlokaal en mediatheek ter
beschikking aan de docenten en Studenten van de Route.

8.5 Iedere Partij verzekert zich voor haar eigen personeel en voor schade aan de eigen
voorzieningen. In de Vo-fase zijn de Leerlingen verzekerd via de School.

8.6 De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van personeel van de
andere Partij in het kader van de Route. De voorzitter van de klachtencommissie is niet werkzaam bij
of voor de andere Partij. Partijen werken volledig mee aan de afhandeling van een klacht.

H: Artikel 9 Overstapoptie

9.1 Iedere Leerling of Student die de Route niet met succes kan of wil voortzetten, krijgt een
passend alternatief dat leidt tot een vmbo-diploma of een mbo-diploma. Partijen spannen zich
gezamenlijk in om dat alternatief zo kansrijk mogelijk te maken.

9.2 Aanleidingen voor een overstap zijn onder meer: onvoldoende studievoortgang, een
niveau dat niet aansluit bij de capaciteiten van de Leerling, een andere beroepswens, een verhuizing en
het niet behalen van het vmbo-diploma.

9.3 Zodra een aanleiding zich voordoet, voert de Stuurgroep binnen tien Werkdagen een gesprek met
de Leerling en diens ouders. Daarna stellen de School en het ROC gezamenlijk een Overstapplan vast. Zij
oordelen daarbij gezamenlijk over het bereikte onderwijsniveau en betrekken de leeftijd van de
Leerling en diens wensen. Het Overstapplan vermeldt de gekozen opleiding, het moment van overstap en
de begeleiding.

9.4 Tijdens de Vo-fase kan de Leerling zijn opleiding voortzetten in de reguliere gemengde of
theoretische leerweg van de School, in het profiel Economie en ondernemen of een ander profiel, met het
vmbo-diploma als doel.

9.5 Is de Leerling afgewezen voor het eindexamen vmbo, dan kan hij het examen in het volgende
Schooljaar opnieuw afleggen bij de School; hij volgt dan zo mogelijk tegelijk onderdelen van de
Opleiding. Ook kan hij zonder vmbo-diploma instromen in een opleiding van het ROC op niveau 3 of 4,
zoals Secretarieel medewerker of Management assistant.

9.6 Tijdens de Mbo-fase kan de Student overstappen naar een andere opleiding van het ROC op
hetzelfde niveau in een andere richting. Bij overstap binnen het ROC gelden de vooropleidingseisen
niet.

9.7 Wenst de Leerling of Student naar een andere instelling voor beroepsonderwijs over te stappen,
bijvoorbeeld na een verhuizing, dan ondersteunt het ROC hem bij de aanmelding en bij een
geschiktheidsonderzoek bij die instelling.

9.8 Het ROC en de School zorgen voor een warme overdracht naar de nieuwe opleiding. De School neemt
de werkwijze op in haar schoolgids en het ROC in zijn studiegids.

9.9 Dit artikel is niet van toepassing bij definitieve verwijdering van de Leerling of Student.

H: Artikel 10 Financiële bepalingen

10.1 Voor de Route ontvangen Partijen geen aanvullende bekostiging. Iedere Partij draagt de eigen
kosten, behoudens het bepaalde in de volgende leden.

10.2 Met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 draagt de School aan het
ROC een bedrag over van € 1.480 per Leerling per Schooljaar in de Vo-fase. Teldatum is 1 oktober.

10.3 Het overgedragen bedrag is bestemd voor de inzet van de docent recht als bedoeld in artikel 8.1
en voor de licenties JuriSim en het gebruik van het Rechtspraktijklokaal als bedoeld in artikel 8.4.

10.4 Het ROC factureert het bedrag in december van het lopende Schooljaar; de School betaalt binnen
dertig dagen na factuurdatum.

10.5 Het bedrag in lid 2 wordt per 1 augustus van ieder jaar geïndexeerd met het percentage van de
loonkostenontwikkeling in de cao vo. De Stuurgroep verantwoordt de besteding in het jaarverslag.

H: Artikel 11 Medezeggenschap

11.1 Op de medezeggenschap van leerlingen, ouders en personeel zijn de Wet medezeggenschap op scholen
respectievelijk hoofdstuk 8a van de Wet educatie en beroepsonderwijs en de Wet op de ondernemingsraden
onverkort van toepassing.

11.2 Partijen komen overeen dat de Leerlingen in de Vo-fase worden vertegenwoordigd in [\u25cf] en dat de
medezeggenschapsraad van de School en de studentenraad van het ROC [\u25cf] per Schooljaar gezamenlijk
overleggen over de Route.

11.3 [Noot Van Riel & Hoefnagels: nog af te stemmen met de MR en de studentenraad, zie e-mail van 2
juni 2025.]

H: Artikel 12 Kwaliteitszorg en evaluatie

12.1 De Route valt onder het kwaliteitszorgsysteem van beide Partijen. De Stuurgroep neemt de
uitkomsten van de tevredenheidsonderzoeken onder Leerlingen, ouders en leerbedrijven op in het
jaarverslag.

12.2 Partijen evalueren de Route en deze overeenkomst voor het eerst in het Schooljaar 2027-2028.
Partijen verlenen volledige medewerking aan onderzoek door de Inspectie van het Onderwijs.

H: Artikel 13 Geheimhouding en persoonsgegevens

13.1 Partijen behandelen gegevens van Leerlingen, Studenten en personeel vertrouwelijk en verwerken
persoonsgegevens uitsluitend voor de uitvoering van de Route, overeenkomstig de Algemene verordening
gegevensbescherming en Bijlage 3.

H: Artikel 14 Aansprakelijkheid

14.1 Iedere Partij is jegens de andere Partij slechts aansprakelijk voor directe schade die het
gevolg is van een toerekenbare tekortkoming, tot ten hoogste het bedrag dat haar
aansprakelijkheidsverzekeraar in het betreffende geval uitkeert. Deze beperking geldt niet bij opzet
of bewuste roekeloosheid.

H: Artikel 15 Geschillen

15.1 Onder een geschil wordt verstaan ieder verschil van mening tussen Partijen over de uitleg of de
uitvoering van deze overeenkomst.

15.2 Een Partij die een geschil aanwezig acht, meldt dat schriftelijk aan de andere Partij. De
Stuurgroep tracht het geschil binnen vijftien Werkdagen na die melding op te lossen.

15.3 Slaagt de Stuurgroep daarin niet, dan wordt het geschil binnen twintig Werkdagen behandeld in
het Bestuurlijk Overleg.

15.4 Heeft het Bestuurlijk Overleg het geschil niet binnen die termijn opgelost, dan leggen Partijen
het voor aan een mediator die staat ingeschreven in het register van de Mediatorsfederatie Nederland
en die zij gezamenlijk aanwijzen. De kosten van mediation worden gelijkelijk gedragen.

15.5 Is het geschil zestig dagen na aanvang van de mediation niet opgelost, dan is uitsluitend de
rechtbank Zeeland-West-Brabant, locatie Breda, bevoegd.

15.6 Gedurende een geschil blijven Partijen hun verplichtingen uit deze overeenkomst nakomen, in het
bijzonder jegens Leerlingen en Studenten.

H: Artikel 16 Toetreding

16.1 Het bevoegd gezag van een andere school voor vbo of mavo of van een andere instelling voor
beroepsonderwijs kan als partij tot deze overeenkomst toetreden, indien:

N: a. beide Partijen daarmee schriftelijk instemmen;
N: b. het toetredende bevoegd gezag een toetredingsovereenkomst volgens het model in Bijlage 4
  ondertekent, waarin het alle rechten en verplichtingen uit deze overeenkomst aanvaardt;
N: c. de toetreding ingaat op 1 augustus van een Schooljaar; en
N: d. de Stuurgroep heeft verklaard dat de toetreding geen nadelige gevolgen heeft voor de
  capaciteit en de kwaliteit van het onderwijs aan de Leerlingen en Studenten die de Route al volgen.

16.2 Bij toetreding melden Partijen en het toetredende bevoegd gezag de deelname gezamenlijk aan
DUO.

H: Artikel 17 Duur, opzegging en ontbinding

17.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor de duur van zes
Schooljaren, tot en met 31 juli 2031. Daarna wordt zij telkens stilzwijgend verlengd met drie
Schooljaren.

17.2 Iedere Partij kan deze overeenkomst opzeggen bij aangetekende brief, met inachtneming van een
opzegtermijn van ten minste twaalf maanden, tegen 1 augustus van enig jaar.

17.3 Iedere Partij kan deze overeenkomst buitengerechtelijk ontbinden indien de andere Partij
toerekenbaar tekortschiet in de nakoming van een wezenlijke verplichting en die tekortkoming niet
binnen zestig dagen na schriftelijke ingebrekestelling heeft hersteld. Ontbinding heeft geen
terugwerkende kracht.

17.4 Na een opzegging of ontbinding worden geen nieuwe Leerlingen tot de Route toegelaten. Leerlingen
en Studenten die op dat moment aan de Route deelnemen, kunnen de Route onder dezelfde voorwaarden
afronden; Partijen blijven de verplichtingen uit de artikelen 7 tot en met 10 jegens hen nakomen tot
de laatste van hen de Route heeft afgerond of verlaten. Artikel 9 blijft van toepassing.

H: Artikel 18 Wijziging

18.1 Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst, ondertekend door
de Bevoegde Gezagsorganen van alle Partijen. De Stuurgroep wordt vooraf om advies gevraagd.

18.2 Een wijziging die gevolgen heeft voor Leerlingen of Studenten die de Route al volgen, treedt pas
in werking bij de aanvang van een nieuw Schooljaar en mag hun positie niet verslechteren.

18.3 Aanpassingen van het PTA/OER binnen de kaders van deze overeenkomst gelden niet als wijziging
van deze overeenkomst.

H: Artikel 19 Slotbepalingen

19.1 Op deze overeenkomst is Nederlands recht van toepassing.

19.2 Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige bepalingen van
kracht en vervangen Partijen de nietige bepaling door een geldige bepaling die de strekking daarvan
zoveel mogelijk benadert.

19.3 Deze overeenkomst vervangt alle eerdere afspraken tussen Partijen over de pilot 'Recht
dichtbij'.

Aldus overeengekomen en in tweevoud ondertekend te Breda op 1 juli 2025.

SIG: Stichting Katholiek Voortgezet Onderwijs Baronie / drs. A.F.M. van Gils / voorzitter college van bestuur || Stichting ROC Baronie-Zuid / mr. C.M. Dekkers-Oomen / voorzitter college van bestuur

PB

H: Bijlage 1 Routebeschrijving en verdeling per leerjaar

|Leerjaar|Fase en inschrijving|Onderwijs en examinering|Beroepspraktijk|
|Leerjaar 3 vmbo|Vo-fase, School|Profielvakken Economie en ondernemen; module Recht in de praktijk (team); schoolexamens vmbo|Gastlessen; bezoek rechtbank|
|Leerjaar 4 vmbo|Vo-fase, School|Centraal examen vmbo; mbo-onderdeel Zakelijke communicatie; pleitwedstrijd|Snuffelstage drie dagen|
|Mbo-jaar 1|Mbo-fase, ROC|Beroepsgerichte vakken Opleiding; Nederlands en Engels|Bpv tien weken|
|Mbo-jaar 2|Mbo-fase, ROC|Keuzedelen; praktijkopdrachten werkveld|Bpv twintig weken|
|Mbo-jaar 3|Mbo-fase, ROC|Examenopdracht, meebeoordeeld door werkveld|Bpv afstuderen|

Toelating: aanmelding vóór 1 maart van leerjaar 2, kennismakingsgesprek met de Stuurgroep, advies van
de mentor. Bij meer aanmeldingen dan plaatsen beslist de Stuurgroep op basis van motivatie en advies.

H: Bijlage 2 Werkveldverklaringen

De ondertekende werkveldverklaringen van de vijf in artikel 4.1 genoemde organisaties zijn bij
Partijen in bewaring. Iedere verklaring vermeldt het aantal bpv-plaatsen, gastlessen en juryleden dat
de organisatie per Schooljaar levert.

H: Bijlage 3 Gegevensverwerking

Partijen zijn ieder verwerkingsverantwoordelijke voor de gegevens van hun eigen leerlingen en
studenten. Gegevens worden uitsluitend via de beveiligde koppeling tussen de leerlingadministraties
uitgewisseld.

H: Bijlage 4 Model toetredingsovereenkomst

Ondergetekende [naam bevoegd gezag] verklaart toe te treden tot de samenwerkingsovereenkomst van 1
juli 2025 tussen Stichting Katholiek Voortgezet Onderwijs Baronie en Stichting ROC Baronie-Zuid en alle
rechten en verplichtingen daaruit te aanvaarden met ingang van 1 augustus [jaar].
"""


@sample(320, "routeboekje_overeenkomst_als_deel_3_stadskanaal_straatmaker", "pdf",
        "Routeboekje voor leerlingen en ouders met de samenwerkingsovereenkomst als deel 3 (PDF, "
        "weekrooster-tabel, 'Afspraak N'-koppen), Stadskanaal/Kanaalstreek, BWI bb -> Straatmaker "
        "niveau 2 (bouw en infra); volledig, met aanvullende medezeggenschapsafspraken en "
        "geschillencommissie met bindend advies",
        st("pppppppppp"),
        {"a": "Afspraak 1 - De route", "b": "Afspraak 2 - Inbreng van de infrabedrijven",
         "c": "Afspraak 3 - Leiding van de route", "d": "Afspraak 4 - Verantwoording aan de besturen",
         "e": "Afspraak 5 - Onderwijs, personeel en voorzieningen", "f": "Afspraak 6 - Overstappen",
         "g": "Afspraak 7 - Geld", "h": "Afspraak 8 - Medezeggenschap",
         "i": "Afspraak 9 - Onenigheid tussen school en ROC",
         "j": "Afspraak 10 - Nieuwe partners, wijzigen en opzeggen"},
        title="Routeboekje Bouw & Infra Kanaalstreek 2025-2026", author="Kanaalstreek College",
        header="Routeboekje Bouw & Infra Kanaalstreek 2025-2026", footer="Routeboekje",
        colwidths={3: [0.2, 0.4, 0.4]})
def t320():
    return """
T: Routeboekje Bouw & Infra Kanaalstreek
S: Doorlopende leerroute vmbo basis - mbo Straatmaker
S: schooljaar 2025-2026
S: Kanaalstreek College Stadskanaal en Hunzeland College (ROC Zuidoost-Groningen)

H: Inhoud

Deel 1 Voor leerlingen en ouders - Deel 2 Praktische zaken - Deel 3 De samenwerkingsovereenkomst

H: Deel 1 Voor leerlingen en ouders

H2: Welkom in de route

Je hebt gekozen voor de route Bouw & Infra. Dat betekent dat je in vier jaar zowel je vmbo-diploma
als je mbo-diploma Straatmaker haalt, zonder dat je na het vmbo opnieuw hoeft te beginnen op een
nieuwe school. In leerjaar 3 en 4 zit je op het Kanaalstreek College, maar je bent ook al vaak op het
Bouwplein van het Hunzeland College in Stadskanaal-Noord. Daarna ga je naar het Hunzeland College en
werk je steeds meer bij een echt infrabedrijf.

H2: Zo ziet je week eruit

|Dag|Leerjaar 3|Leerjaar 4|
|Maandag|Algemene vakken op het Kanaalstreek College|Algemene vakken op het Kanaalstreek College|
|Dinsdag|Profielvak Bouwen, wonen en interieur|Profielvak en examentraining|
|Woensdag|Oefenstraat op het Bouwplein (hele dag)|Oefenstraat op het Bouwplein (hele dag)|
|Donderdag|Algemene vakken en LOB|Meewerkdag bij een infrabedrijf (tien keer per jaar)|
|Vrijdag|Keuzevak en mentoruur|Algemene vakken en mentoruur|

H2: En als het niet bevalt?

Soms merk je dat deze route toch niet bij je past. Praat daar dan op tijd over met je mentor. Samen
met jou en je ouders zoeken de school en het ROC naar een andere plek waar je wel een diploma kunt
halen. Hoe dat precies gaat, staat in Afspraak 6 van de overeenkomst in deel 3.

H2: Wie zijn je contactpersonen?

Mentor leerjaar 3: mevrouw A. Tuinstra. Mentor leerjaar 4: meneer R. Hoving. Routeleider: meneer
G. Lubbers (Hunzeland College). Praktijkinstructeur oefenstraat: meneer K. Smit.

H: Deel 2 Praktische zaken

Werkkleding en persoonlijke beschermingsmiddelen (werkschoenen, handschoenen, kniebeschermers en
gehoorbescherming) krijg je van het Hunzeland College in leerjaar 3. Naar het Bouwplein ga je op de
fiets; bij slecht weer rijdt het schoolbusje. Ziek? Meld dat in de vo-fase bij het Kanaalstreek
College, ook als je die dag op het Bouwplein of bij een bedrijf zou zijn. Op de oefenstraat en bij de
bedrijven ben je verzekerd via de school.

PB

H: Deel 3 De samenwerkingsovereenkomst

Ondergetekenden:

Stichting Voortgezet Onderwijs Kanaalstreek, bevoegd gezag van het Kanaalstreek College te
Stadskanaal, vertegenwoordigd door de heer J. Bosscher, bestuurder, hierna: de school;

en

Stichting Regionaal Opleidingencentrum Zuidoost-Groningen, dat onder de naam Hunzeland College
beroepsonderwijs verzorgt, vertegenwoordigd door mevrouw drs. E. Koops-Weening, lid van het college
van bestuur, hierna: het ROC;

sluiten de volgende overeenkomst over de doorlopende leerroute Bouw & Infra, als bedoeld in artikel
2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en
beroepsonderwijs.

H2: Afspraak 1 - De route

De route loopt van het profiel Bouwen, wonen en interieur in de basisberoepsgerichte leerweg van de
school naar de basisberoepsopleiding Straatmaker, niveau 2, van het ROC (kwalificatiedossier Infra,
opleidingsdomein Bouw en infra). De route duurt vier jaar: leerjaar 3 en 4 vmbo en twee jaar mbo.
Het eerste mbo-jaar is BOL; in het tweede mbo-jaar kan de student in de BBL bij een leerbedrijf
werken. De school en het ROC melden de route samen aan bij DUO.

H2: Afspraak 2 - Inbreng van de infrabedrijven

Grond- en wegenbouwbedrijf Mulder Onstwedde B.V., Infra Kanaalstreek B.V., Bestratingsbedrijf Van
der Veen uit Musselkanaal en de buitendienst van de gemeente Stadskanaal zijn partner van de route.
Zij leveren de bestratingsmaterialen voor de oefenstraat, ontvangen iedere leerling van leerjaar 4
op tien meewerkdagen, stellen de bpv- en BBL-plaatsen in de mbo-fase beschikbaar en beoordelen het
praktijkexamen Straatmaker mee. Twee keer per jaar, in oktober en maart, houden de bedrijven met de
routeleider een werkplaatsoverleg waarin zij adviseren over de inhoud van het programma en de
keuzedelen. Het ROC legt deze inbreng jaarlijks vast in een partnerbrief per bedrijf.

H2: Afspraak 3 - Leiding van de route

De route wordt geleid door één routeleider. De besturen benoemen de routeleider gezamenlijk, voor
twee schooljaren, op voordracht van de afdelingsleider techniek van de school en de teamleider bouw
van het ROC. De routeleider is in dienst van het ROC en werkt voor de route ook op de school. De
routeleider overlegt elke maand in het routeoverleg met de afdelingsleider en de teamleider.

De routeleider stelt het gezamenlijke PTA/OER op, maakt het rooster voor de oefenstraat en de
meewerkdagen, regelt de bpv, beslist over de toelating van leerlingen en organiseert de overstap
(Afspraak 6). Hij mag zelfstandig beslissen over de planning, de inzet van de praktijkinstructeur en
uitgaven tot € 5.000 per jaar uit het routebudget. Over personeel, grotere uitgaven en wijziging van
deze overeenkomst beslissen de besturen.

H2: Afspraak 4 - Verantwoording aan de besturen

De routeleider stuurt beide besturen twee keer per jaar, in januari en in juli, een voortgangsnotitie
met aantallen leerlingen, verzuim, uitval, examenresultaten en de besteding van het routebudget. In
september bespreken de bestuurders de notitie van juli met de routeleider. De besturen kunnen altijd
om aanvullende informatie vragen.

H2: Afspraak 5 - Onderwijs, personeel en voorzieningen

In de vo-fase zijn de leerlingen vier dagen per week op de school en één dag op het Bouwplein van het
ROC. In de mbo-fase zijn zij op het ROC en bij de leerbedrijven. Het gezamenlijke PTA/OER beschrijft
per leerjaar welke onderdelen vmbo en welke mbo zijn, en welke examens worden afgenomen; het centraal
examen vmbo is in leerjaar 4. Beide besturen stellen het PTA/OER jaarlijks vóór 1 oktober vast.

Het ROC zet een praktijkinstructeur straatmaken in voor acht uur per week op de oefenstraat voor
leerjaar 3 en 4. De docent BWI van de school geeft in het eerste mbo-jaar twee dagdelen per week les
op het Bouwplein. Samen met de mentoren vormen zij één team; voor de module Buitenruimte gebruiken zij
de teambevoegdheid, met voor elk onderdeel ten minste één bevoegde docent. Iedereen blijft in dienst
van de eigen werkgever.

Het ROC stelt de oefenstraat, de materiaalloods en de kleine graafmachine van het Bouwplein
beschikbaar, en de werkkleding en beschermingsmiddelen. De school stelt haar houtwerkplaats en het
schoolbusje beschikbaar. Klachten over een medewerker van de andere partij worden behandeld volgens de
klachtenregeling van de partij waar de klacht is ingediend; de andere partij werkt mee.

H2: Afspraak 6 - Overstappen

Past de route niet meer bij een leerling, dan beslissen de afdelingsleider van de school en de
teamleider van het ROC samen, na een gesprek met de leerling en zijn ouders, waar hij verder gaat. Zij
kijken naar wat hij al heeft gehaald en naar zijn leeftijd. Er is altijd een vervolg waarmee hij een
diploma kan halen:

B: in leerjaar 3 of 4 gaat hij verder in de gewone basisberoepsgerichte leerweg Bouwen, wonen en
  interieur of in een ander profiel van de school, en haalt hij daar zijn vmbo-diploma;
B: is hij afgewezen voor het vmbo-examen, dan doet hij het examen opnieuw op de school terwijl hij de
  mbo-lessen zoveel mogelijk blijft volgen, of hij gaat zonder vmbo-diploma verder in een andere
  opleiding op niveau 2 van het ROC, zoals Metselaar of Timmerman; de vooropleidingseisen gelden dan
  niet;
B: in de mbo-fase kan hij overstappen naar een andere opleiding op niveau 2 in bouw en infra van het
  ROC of, met hulp van het ROC bij het geschiktheidsonderzoek, naar een andere mbo-school;
B: alleen als een diploma op niveau 2 echt niet haalbaar blijkt, kan na dit gezamenlijke oordeel de
  Entree-opleiding worden gekozen.

H2: Afspraak 7 - Geld

De school draagt op grond van artikel 5.42a van de Wet voortgezet onderwijs 2020 per leerling per
leerjaar in de vo-fase € 640 over aan het ROC. Dit geld is bestemd voor de inzet van de
praktijkinstructeur op de oefenstraat en voor de werkkleding en beschermingsmiddelen. Het ROC
factureert in januari. Het ROC draagt geen geld over aan de school.

H2: Afspraak 8 - Medezeggenschap

Twee leerlingen uit leerjaar 4 van de route mogen namens de route de vergaderingen van de
studentenraad van het Hunzeland College bijwonen en daar het woord voeren. De voortgangsnotitie van
juli gaat ook naar de medezeggenschapsraad van de school en naar de studentenraad van het ROC. Ouders
van studenten in het eerste mbo-jaar blijven welkom in de ouderraad van de school.

H2: Afspraak 9 - Onenigheid tussen school en ROC

Zijn de school en het ROC het oneens over de uitvoering van deze overeenkomst, dan bespreken zij dat
eerst in het routeoverleg en daarna tussen de bestuurders. Is het na zes weken niet opgelost, dan
legt een van beiden het voor aan een geschillencommissie van drie leden: iedere partij wijst één lid
aan en die twee kiezen samen een voorzitter. De commissie geeft binnen zes weken een bindend advies.

H2: Afspraak 10 - Nieuwe partners, wijzigen en opzeggen

Een andere vmbo-school of mbo-instelling kan partij worden als beide besturen dat schriftelijk
goedvinden, het nieuwe bestuur deze overeenkomst ondertekent en de deelname bij DUO wordt gemeld. Een
nieuwe partner begint op 1 augustus. Wijzigen gebeurt alleen schriftelijk, met handtekening van alle
besturen, en gaat in bij een nieuw schooljaar zonder lopende leerlingen te benadelen. Opzeggen kan
schriftelijk met een termijn van een jaar, tegen 1 augustus. Na opzegging stromen er geen nieuwe
leerlingen meer in; wie al in de route zit, maakt die af bij de school en het ROC, en Afspraak 6
blijft gelden.

H2: Afspraak 11 - Looptijd

Deze overeenkomst geldt van 1 augustus 2025 tot 1 augustus 2029 en wordt daarna telkens met vier jaar
verlengd, tenzij zij is opgezegd.

Stadskanaal, 19 juni 2025

SIG: Stichting Voortgezet Onderwijs Kanaalstreek / J. Bosscher, bestuurder || Stichting Regionaal Opleidingencentrum Zuidoost-Groningen / drs. E. Koops-Weening, lid college van bestuur
"""


@sample(321, "aoc_interne_regeling_besluit_toelichting_noordkust_natuur_en_water", "docx",
        "Interne regeling van een AOC in besluitvorm (gelet op / besluit / artikelen / toelichting), "
        "DOCX, Noord-Groningen (Winsum), Groen kb -> Vakbekwaam medewerker natuur en water niveau 3; "
        "volledig, één bevoegd gezag dus h, i en j niet van toepassing, expliciet geen overdracht "
        "van bekostiging",
        st("pppppppnnn"),
        {"a": "Artikel 3 De route", "b": "Artikel 4 Betrokkenheid van het werkveld",
         "c": "Artikel 5 Routeteam", "d": "Artikel 6 Rapportage aan het college van bestuur",
         "e": "Artikel 7 Inrichting, personeel en voorzieningen", "f": "Artikel 8 Overstapoptie",
         "g": "Artikel 9 Geen overdracht van bekostiging"},
        title="Interne regeling doorlopende leerroute Natuur en water", author="Noordkust College, bestuursbureau",
        header="Noordkust College - Besluit CvB 2025/031", docx_font="Arial", docx_size=10)
def t321():
    return """
T: Interne regeling doorlopende leerroute Groen - Natuur en water
S: Besluit van het college van bestuur van Stichting Agrarisch Opleidingscentrum Noordkust, nr. 2025/031

Het college van bestuur van Stichting Agrarisch Opleidingscentrum Noordkust, dat onder de naam
Noordkust College een school voor voorbereidend middelbaar beroepsonderwijs te Winsum en een
agrarisch opleidingscentrum met een mbo-locatie te Groningen in stand houdt;

gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde
lid, van de Wet educatie en beroepsonderwijs;

overwegende dat de doorlopende leerroute Natuur en water geheel binnen de stichting wordt verzorgd,
zodat in plaats van een samenwerkingsovereenkomst een interne regeling wordt vastgesteld;

gehoord de directeur vmbo, de directeur mbo en de beroepenveldcommissie Natuur en water, en na advies
van de deelraad vmbo en de studentenraad;

BESLUIT vast te stellen de volgende regeling.

H: Artikel 1 Begrippen

In deze regeling wordt verstaan onder:

B: college: het college van bestuur van Stichting Agrarisch Opleidingscentrum Noordkust;
B: vmbo-locatie: de vmbo-afdeling van het Noordkust College te Winsum;
B: mbo-locatie: de mbo-afdeling van het Noordkust College te Groningen-Paddepoel;
B: route: de doorlopende leerroute vmbo-mbo als bedoeld in artikel 3;
B: routeteam: het team als bedoeld in artikel 5;
B: PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en
  examenregeling van de route.

H: Artikel 2 Reikwijdte

2.1 Deze regeling geldt voor de route, die geheel binnen de stichting wordt verzorgd.

2.2 Omdat de route door één bevoegd gezag wordt verzorgd, bevat deze regeling geen bepalingen over
geschilbeslechting, toetreding, opzegging en medezeggenschap. Gaat het college voor deze route
samenwerken met een andere school of instelling, dan wordt een samenwerkingsovereenkomst gesloten.

H: Artikel 3 De route

3.1 De route verbindt het profiel Groen in de kaderberoepsgerichte leerweg van de vmbo-locatie met de
vakopleiding Vakbekwaam medewerker natuur en water, niveau 3, van de mbo-locatie, in het
opleidingsdomein Groen.

3.2 De route omvat leerjaar 3 en 4 van het vmbo en drie leerjaren mbo in de beroepsopleidende
leerweg. In het derde mbo-jaar kan de student overstappen naar de beroepsbegeleidende leerweg.

3.3 De route start op 1 augustus 2025 met ten hoogste zestien leerlingen per leerjaar. Het college
meldt de route aan bij DUO.

H: Artikel 4 Betrokkenheid van het werkveld

4.1 Aan de route werken mee: Waterschap Hunsingo-Lauwers, Landschapsbeheer Noordkust, Dijkstra
Groen- en Waterwerken te Ulrum en de vereniging Agrarisch Natuurbeheer Marne-Middag.

4.2 Deze organisaties:

B: verzorgen in leerjaar 3 en 4 zes veldwerkdagen per jaar, waarop de leerlingen meewerken aan
  oeverbeheer, vismonitoring en het onderhoud van wandelpaden;
B: stellen in de mbo-fase bpv-plaatsen en leerbanen beschikbaar;
B: leveren per schooljaar ten minste twee beheeropdrachten uit de eigen praktijk;
B: nemen deel aan de beroepenveldcommissie Natuur en water, die twee keer per jaar adviseert over het
  programma, de keuzedelen en de praktijkexamens;
B: beoordelen de praktijkexamens in het laatste mbo-jaar mee.

4.3 De afspraken per organisatie worden jaarlijks door de directeur mbo schriftelijk bevestigd.

H: Artikel 5 Routeteam

5.1 De leiding over de route berust bij het routeteam. Het routeteam bestaat uit de teamleider Groen
van de vmbo-locatie, de opleidingsmanager Natuur en water van de mbo-locatie en een
routecoördinator uit het docentencorps.

5.2 Het college benoemt de leden van het routeteam voor een periode van vier jaar, op gezamenlijke
voordracht van de directeur vmbo en de directeur mbo. Herbenoeming is mogelijk.

5.3 Het routeteam is belast met:

B: het opstellen van het PTA/OER en het voorbereiden van de vaststelling daarvan door het college;
B: de roostering en de verdeling van lessen tussen vmbo- en mbo-docenten;
B: de toelating van leerlingen en de uitvoering van artikel 8;
B: het contact met de organisaties uit artikel 4;
B: het beheer van het routebudget.

5.4 Het college mandateert het routeteam om zelfstandig te beslissen over rooster, toelating en
uitgaven uit het routebudget tot € 12.000 per schooljaar. Besluiten over formatie, investeringen en
wijziging van deze regeling neemt het college zelf.

H: Artikel 6 Rapportage aan het college van bestuur

6.1 Het routeteam rapporteert in februari en september van ieder jaar schriftelijk aan het college,
via de directeuren vmbo en mbo, over instroom, voortgang, uitval, examenresultaten en het routebudget.
De rapportage maakt deel uit van de reguliere managementrapportage.

6.2 Het routeteam legt jaarlijks verantwoording af in een evaluatie van de route, die het college
opneemt in het bestuursverslag. Het college kan het routeteam te allen tijde om inlichtingen vragen.

H: Artikel 7 Inrichting, personeel en voorzieningen

7.1 In leerjaar 3 en 4 vindt het onderwijs plaats op de vmbo-locatie en op de buitenleslocatie aan
het Lauwersmeer; vanaf het eerste mbo-jaar op de mbo-locatie en bij de organisaties uit artikel 4.

7.2 Het PTA/OER beschrijft per leerjaar welke onderdelen tot het vmbo en welke tot het mbo behoren en
welke examens worden afgenomen. Het centraal examen vmbo wordt afgenomen in leerjaar 4. Het college
stelt het PTA/OER jaarlijks vóór 1 oktober vast.

7.3 Twee mbo-docenten natuur en water geven in leerjaar 4 samen vier lesuren per week op de
vmbo-locatie. De vmbo-docent groen geeft in het eerste mbo-jaar het vak ecologie op de mbo-locatie.
Voor het vakoverstijgende onderdeel 'Water in het landschap' wordt gewerkt met teambevoegdheid; voor
ieder programmaonderdeel is ten minste één bevoegde docent betrokken.

7.4 De leerlingen gebruiken vanaf leerjaar 3 de werkboot, de meetapparatuur voor waterkwaliteit en
het veldstation van de mbo-locatie. Studenten gebruiken de kassen en de schooltuin van de
vmbo-locatie voor het keuzedeel Natuureducatie.

7.5 De klachtenregeling van het Noordkust College geldt voor beide locaties.

H: Artikel 8 Overstapoptie

8.1 Kan of wil een leerling de route niet voortzetten, dan beoordelen de teamleider Groen en de
opleidingsmanager Natuur en water gezamenlijk, na overleg met de leerling en zijn ouders, welke
opleiding past bij het bereikte onderwijsniveau en de leeftijd van de leerling.

8.2 In de vo-fase zet de leerling zijn opleiding voort in de reguliere kaderberoepsgerichte leerweg
Groen van de vmbo-locatie en behaalt daar het vmbo-diploma.

8.3 Is de leerling aan het eind van het eerste mbo-jaar niet geslaagd voor het vmbo-examen, dan kan
hij het examen opnieuw afleggen of zonder vmbo-diploma doorgaan in een andere opleiding van de
mbo-locatie op niveau 2 of 3, zoals Medewerker groene ruimte. Vooropleidingseisen gelden niet.

8.4 In de mbo-fase kan de student overstappen naar een andere opleiding op niveau 3 binnen het
opleidingsdomein Groen van de mbo-locatie, of met begeleiding en na een geschiktheidsonderzoek naar
een opleiding van een andere instelling.

8.5 De werkwijze staat in de schoolgids van de vmbo-locatie en de studiegids van de mbo-locatie.

H: Artikel 9 Geen overdracht van bekostiging

9.1 Er vindt geen overdracht van bekostiging plaats tussen de vmbo-locatie en de mbo-locatie. De
vo-bekostiging en de mbo-bekostiging blijven toegerekend aan de eigen sectorbegroting; iedere afdeling
draagt de kosten van de eigen docenten.

9.2 Het routebudget wordt jaarlijks in de begroting van de stichting opgenomen.

H: Artikel 10 Inwerkingtreding, evaluatie en citeertitel

10.1 Deze regeling treedt in werking op 1 augustus 2025.

10.2 Het college evalueert de regeling in het schooljaar 2027-2028.

10.3 Deze regeling wordt aangehaald als: Interne regeling DLR Natuur en water.

Vastgesteld door het college van bestuur op 17 juni 2025.

SIG: Het college van bestuur, / ir. W.K. Huizinga, voorzitter || / drs. T. Wierenga-Bos, lid

H: Toelichting

Het Noordkust College verzorgt vmbo en mbo binnen één stichting. Op grond van de wet volstaat daarom
een interne regeling. De regeling volgt de onderwerpen van de samenwerkingsovereenkomst, met
uitzondering van de onderwerpen die alleen betekenis hebben wanneer verschillende besturen
samenwerken. Artikel 8 werkt de overstapoptie uit: iedere leerling houdt uitzicht op een diploma.
"""


@sample(322, "geintegreerde_route_afsprakentabel_automatisch_entree_hoorn_beveiliger", "pdf",
        "Samenwerkingsafspraken voor een geïntegreerde route in één tabel Onderwerp/Afspraak (PDF), "
        "Hoorn, Dienstverlening en producten bb -> Beveiliger niveau 2; defecten: wie de route "
        "verlaat gaat automatisch naar Entree, geen alternatieven of gezamenlijk oordeel (f weak); "
        "niets over geld of bekostiging (g missing); meningsverschillen alleen in onderling overleg "
        "(i weak); medezeggenschap alleen wettelijke mogelijkheid beschreven (h n.v.t.)",
        st("pppppwmnwp"),
        {"a": "1. Route en opleiding", "b": "2. Inbreng beveiligingsbranche",
         "c": "3. Routeleiding", "d": "4. Verantwoording aan de besturen",
         "e": "5. Onderwijs en examinering", "j": "11. Aansluiting, wijziging en beëindiging"},
        title="Samenwerkingsafspraken geïntegreerde route Beveiliging Hoorn",
        author="Vakcollege Westerdijk", header="Geïntegreerde route Beveiliging - Westerdijk / Poortcollege",
        footer="Samenwerkingsafspraken GR Beveiliging", colwidths={2: [0.24, 0.76]}, size=9.5)
def t322():
    return """
T: Samenwerkingsafspraken geïntegreerde route Beveiliging
S: Vakcollege Westerdijk Hoorn - Poortcollege (ROC West-Friese Poort)
S: schooljaren 2025-2026 tot en met 2029-2030

Deze afspraken vormen de samenwerkingsovereenkomst voor de geïntegreerde route
vmbo-basisberoepsopleiding, als bedoeld in artikel 2.107l van de Wet voortgezet onderwijs 2020 en
artikel 9.1.17 van de Wet educatie en beroepsonderwijs, tussen:

B: Stichting Westfries Voortgezet Onderwijs, bevoegd gezag van Vakcollege Westerdijk te Hoorn,
  vertegenwoordigd door mevrouw M. Schouten, bestuurder (hierna: Westerdijk), en
B: Stichting ROC West-Friese Poort, dat onderwijs verzorgt onder de naam Poortcollege,
  vertegenwoordigd door de heer drs. P.J. Kok, voorzitter van het college van bestuur (hierna: het
  Poortcollege).

Partijen leggen hun afspraken per onderwerp vast in de onderstaande tabel.

|Onderwerp|Afspraak|
|1. Route en opleiding|De route verbindt het profiel Dienstverlening en producten in de basisberoepsgerichte leerweg van Westerdijk met de basisberoepsopleiding Beveiliger, niveau 2, van het Poortcollege (opleidingsdomein Veiligheid en sport). Het is een geïntegreerde route: Westerdijk neemt geen eindexamen basisberoepsgerichte leerweg af; de route eindigt met het mbo-diploma Beveiliger. De route duurt drie jaar: leerjaar 3 en 4 vmbo en één jaar mbo in de BOL. Een leerling neemt deel na overleg met hem en zijn ouders en na overleg tussen Westerdijk en het Poortcollege. Partijen melden de route samen aan bij DUO.|
|2. Inbreng beveiligingsbranche|WFB Beveiliging (Hoorn), Havenbeveiliging Noord-Holland B.V., de stichting Zomerfeesten Hoorn en de afdeling Toezicht en Handhaving van de gemeente Hoorn werken mee. Zij verzorgen twee gastlessen per onderwijsperiode, laten leerlingen in leerjaar 4 onder begeleiding meelopen bij diensten en evenementen, bieden in het mbo-jaar de bpv-plaatsen en leveren praktijkbeoordelaars voor de proeven. Elk jaar in juni bespreken zij met de routeleiding het programma in een brancheoverleg; hun adviezen worden verwerkt in het onderwijs- en examenplan.|
|3. Routeleiding|De route wordt geleid door een routeduo: de afdelingsleider Dienstverlening en producten van Westerdijk en de opleidingsmanager Veiligheid van het Poortcollege. Ieder wordt aangewezen door het eigen bestuur. Het routeduo zorgt voor het programma en het onderwijs- en examenplan, het rooster, de plaatsing van leerlingen, de begeleiding en het contact met de branche. Het routeduo beslist zelf over toelating, rooster en de verdeling van lesuren binnen de afgesproken formatie; voor uitbreiding van de formatie vraagt het toestemming aan beide besturen.|
|4. Verantwoording aan de besturen|Na elke onderwijsperiode, vier keer per jaar, stuurt het routeduo beide bestuurders een beknopte stand van zaken: aantal leerlingen, verzuim, behaalde onderdelen en uitval. In juni presenteert het routeduo een jaarevaluatie in het bestuurlijk overleg van Westerdijk en het Poortcollege.|
|5. Onderwijs en examinering|Leerjaar 3 volgen de leerlingen op Westerdijk, met beveiligingsmodules binnen het profiel. In leerjaar 4 zijn zij drie dagen op Westerdijk en twee dagen op het Poortcollege aan de Dampten. Het mbo-jaar vindt plaats op het Poortcollege en bij de bpv-bedrijven. Het gezamenlijke onderwijs- en examenplan beschrijft per leerjaar het programma, de examenonderdelen van de kwalificatie Beveiliger en de bpv; beide besturen stellen het vóór 1 oktober vast. De landelijke examens Beveiliger 2 worden afgenomen via het examenbureau van de branche. De eerste twee jaar staan de leerlingen ingeschreven bij Westerdijk, daarna bij het Poortcollege.|
|6. Inzet van personeel|Twee docenten beveiliging van het Poortcollege geven in leerjaar 4 acht uur per week les op Westerdijk. De docent Dienstverlening en producten van Westerdijk begeleidt de leerlingen in leerjaar 4 ook op het Poortcollege. Zij werken als één team; voor de module Toezicht en veiligheid wordt de teambevoegdheid gebruikt, met voor ieder onderdeel ten minste één bevoegde docent. Iedere docent blijft in dienst van de eigen werkgever.|
|7. Voorzieningen|Het Poortcollege stelt het oefencentrum Veiligheid (meldkamersimulatie, toegangscontrole en oefenruimte voor BHV en EHBO) twee dagen per week beschikbaar. Westerdijk stelt het praktijklokaal Dienstverlening en producten en de gymzaal voor fysieke training beschikbaar.|
|8. Beëindiging van de deelname|Een leerling die de geïntegreerde route tussentijds verlaat, wordt ingeschreven bij de Entree-opleiding (niveau 1) van het Poortcollege. Zo behoudt hij uitzicht op een diploma. De mentor zorgt voor een warme overdracht.|
|9. Medezeggenschap|De wet biedt scholen en instellingen de mogelijkheid om bovenop de Wet medezeggenschap op scholen en de Wet educatie en beroepsonderwijs aanvullende afspraken over medezeggenschap te maken.|
|10. Meningsverschillen|Verschillen van inzicht over de uitvoering van deze afspraken lossen partijen in onderling overleg op, in de geest van goede samenwerking.|
|11. Aansluiting, wijziging en beëindiging|Een andere school voor vbo of een andere mbo-instelling kan aan deze afspraken deelnemen als beide besturen schriftelijk instemmen, het nieuwe bestuur de afspraken ondertekent en de deelname bij DUO wordt gemeld; deelname gaat in op 1 augustus. Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend; zij gaan in bij het begin van een schooljaar. Iedere partij kan de afspraken schriftelijk opzeggen met een termijn van twaalf maanden, tegen 1 augustus. Na opzegging worden geen nieuwe leerlingen meer toegelaten; leerlingen die al in de route zitten, ronden haar bij Westerdijk en het Poortcollege af.|
|12. Looptijd|Deze afspraken gelden van 1 augustus 2025 tot en met 31 juli 2030.|

Hoorn, 20 juni 2025

SIG: Stichting Westfries Voortgezet Onderwijs / M. Schouten, bestuurder || Stichting ROC West-Friese Poort / drs. P.J. Kok, voorzitter college van bestuur
"""


@sample(323, "consortium_drie_partijen_paragrafen_ijsselmonde_it_systems", "docx",
        "Consortiumovereenkomst van drie partijen (twee vmbo-besturen en een ROC als penvoerder), "
        "DOCX met §-koppen en nominale stijl, IJsselmonde (Ridderkerk/Barendrecht), Media, "
        "vormgeving en ICT kb -> Allround medewerker IT systems and devices niveau 3; volledig, met "
        "routeraad als gezamenlijk medezeggenschapsorgaan en bemiddeling door de derde partij",
        st("pppppppppp"),
        {"a": "§ 2 Routeprofiel", "b": "§ 3 Werkveldparticipatie", "c": "§ 4 Routeregie",
         "d": "§ 5 Informatievoorziening en verantwoording",
         "e": "§ 6 Onderwijsorganisatie, personeel en voorzieningen", "f": "§ 7 Overstapregeling",
         "g": "§ 8 Financiële afspraken", "h": "§ 9 Routeraad (medezeggenschap)",
         "i": "§ 10 Geschillenregeling", "j": "§ 11 Toetreding van nieuwe partners"},
        title="Consortiumovereenkomst IT-route IJsselmonde", author="Zuiderhaven College, penvoerder",
        header="Consortiumovereenkomst IT-route IJsselmonde", docx_font="Calibri", docx_size=10.5)
def t323():
    return """
T: Consortiumovereenkomst IT-route IJsselmonde
S: Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Media, vormgeving en ICT - Allround medewerker IT systems and devices

H: Partijen

1. Stichting voor Christelijk Voortgezet Onderwijs IJsselmonde, bevoegd gezag van het Rietveld College
te Ridderkerk, vertegenwoordigd door de heer E.J. van Dam, voorzitter van het college van bestuur,
hierna: Rietveld;

2. Stichting Openbaar Voortgezet Onderwijs Barendrecht, bevoegd gezag van Vakcollege Carnisselande te
Barendrecht, vertegenwoordigd door mevrouw S. Aydin MEd, bestuurder, hierna: Carnisselande;

3. Stichting ROC Rijnmond-Zuid, handelend onder de naam Zuiderhaven College, vertegenwoordigd door
mevrouw drs. K.L. Boender, lid van het college van bestuur, hierna: Zuiderhaven;

gezamenlijk: het consortium of de consortiumpartners.

H: § 1 Grondslag en penvoerderschap

1.1 Deze overeenkomst is de samenwerkingsovereenkomst als bedoeld in artikel 2.107b van de Wet
voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs. Zij geldt voor de
routes Rietveld-Zuiderhaven en Carnisselande-Zuiderhaven, die inhoudelijk gelijk zijn.

1.2 Zuiderhaven treedt op als penvoerder. Het penvoerderschap omvat de secretariële ondersteuning,
de facturering van § 8 en het bijhouden van deze overeenkomst en haar wijzigingen. Het geeft
Zuiderhaven geen zeggenschap over de andere consortiumpartners.

1.3 Iedere vmbo-school meldt samen met Zuiderhaven de eigen route aan bij DUO via het Register
Instellingen en Opleidingen.

H: § 2 Routeprofiel

2.1 Vertrekpunt is het profiel Media, vormgeving en ICT in de kaderberoepsgerichte leerweg van Rietveld
en van Carnisselande. Eindpunt is de vakopleiding Allround medewerker IT systems and devices, niveau 3,
van Zuiderhaven, in het opleidingsdomein ICT en creatieve industrie, in de beroepsopleidende leerweg.

2.2 Route-opbouw: leerjaar 3 en 4 vmbo (vo-fase) en drie jaar mbo (mbo-fase). Voor studenten die de
beroepstaken aantoonbaar eerder beheersen, is afronding na tweeënhalf mbo-jaar mogelijk.

2.3 Instroomcapaciteit: per school ten hoogste achttien leerlingen per leerjaar.

H: § 3 Werkveldparticipatie

3.1 Het werkveld participeert via het IT-werkgeversplatform IJsselmonde, een netwerk van twaalf
IT-bedrijven in Ridderkerk, Barendrecht en Rotterdam-Zuid, waaronder NetZorg Ridderkerk B.V.,
Barendrecht Systeembeheer en DataHaven Rotterdam-Zuid, en via de ICT-afdeling van Zorggroep Ridderoord.

3.2 Inbreng van het werkveld:

B: per semester één challenge: een echte opdracht van een bedrijf, uitgevoerd door gemengde groepen
  vmbo-leerlingen en mbo-studenten, met een eindpresentatie bij het bedrijf;
B: ondersteuning van de IT-helpdesk die leerlingen op beide vmbo-scholen bemensen, met een vaste
  contactpersoon per bedrijf;
B: bpv-plaatsen in de mbo-fase en gastdocentschap in de vo-fase;
B: assessoren voor de praktijkexamens;
B: een werkveldpanel dat twee keer per jaar met de routeregie het curriculum en de keuze van
  keuzedelen (zoals cybersecurity) bespreekt en daarover advies uitbrengt.

3.3 De inbreng per bedrijf wordt jaarlijks vastgelegd in een platformafspraak die de penvoerder
beheert.

H: § 4 Routeregie

4.1 De leiding over de route berust bij de routeregie, samengesteld uit de teamleider MVI van Rietveld,
de teamleider MVI van Carnisselande en de opleidingsmanager ICT van Zuiderhaven, die de vergaderingen
voorzit.

4.2 Ieder lid wordt aangewezen door het bevoegd gezag van de eigen consortiumpartner, dat het lid ook
kan vervangen. Een aanwijzing of vervanging wordt schriftelijk aan de andere consortiumpartners
meegedeeld.

4.3 Taken van de routeregie: vaststelling van jaarplanning en rooster, opstelling van de PTA/OER's per
route ter vaststelling door de besturen, toelating en plaatsing van leerlingen, uitvoering van de
overstapregeling, onderhoud van de contacten met het werkveld en de routeraad.

4.4 Bevoegdheden: de routeregie beslist zelfstandig over de inzet van de vliegende docent (§ 6.3), over
rooster, toelating en challenges, en over uitgaven tot € 10.000 per schooljaar uit het routebudget.
Besluitvorming vindt plaats bij meerderheid, mits de opleidingsmanager ICT tot de meerderheid behoort.
Formatie, investeringen boven dat bedrag en wijziging van deze overeenkomst blijven voorbehouden aan de
besturen.

H: § 5 Informatievoorziening en verantwoording

5.1 Semesterrapportage: in februari en augustus ontvangen de drie besturen van de routeregie een
rapportage over instroom, voortgang, verzuim, uitval en overstap per school.

5.2 Jaarverantwoording: vóór 1 december legt de routeregie in het Bestuurlijk Consortiumoverleg, waarin
de drie bestuurders zitting hebben, verantwoording af over het afgelopen schooljaar, inclusief de
besteding van de middelen van § 8. Het Bestuurlijk Consortiumoverleg vindt plaats in december.

5.3 Iedere bestuurder kan de routeregie tussentijds om inlichtingen vragen; de routeregie informeert
alle besturen gelijktijdig.

H: § 6 Onderwijsorganisatie, personeel en voorzieningen

6.1 Locaties: in de vo-fase vindt het onderwijs plaats op de eigen vmbo-school; vanaf leerjaar 4 één
dag per week in het ICT-lab van Zuiderhaven op de campus Barendrecht. De mbo-fase vindt plaats op die
campus en bij de bpv-bedrijven.

6.2 Programmering: per route wordt een PTA/OER opgesteld met per leerjaar de vmbo- en mbo-onderdelen,
de examinering en de bpv. Vaststelling door het bevoegd gezag van de betreffende vmbo-school en door
Zuiderhaven vóór 1 oktober. Het centraal examen vmbo wordt afgenomen in leerjaar 4.

6.3 Personeel: Zuiderhaven stelt een vliegende docent ICT beschikbaar voor 0,4 fte, verdeeld over
beide vmbo-scholen. De MVI-docenten van de vmbo-scholen verzorgen samen met die docent de module
IT-helpdesk; hiervoor wordt teambevoegdheid ingezet, met voor ieder onderdeel ten minste één bevoegde
docent. Werkgeverschap blijft bij de eigen consortiumpartner. De consortiumpartners organiseren twee
gezamenlijke scholingsdagen per jaar.

6.4 Voorzieningen: Zuiderhaven stelt het serverlab en de reparatiewerkplaats voor laptops en
randapparatuur beschikbaar; de vmbo-scholen stellen hun MVI-lokalen en de helpdeskruimte beschikbaar
voor gezamenlijke challenges. Leerlingen ontvangen vanaf leerjaar 3 een account op de leeromgeving
van Zuiderhaven.

6.5 Klachten: de klachtenregeling van de partner waar de klacht wordt ingediend is van toepassing, ook
als de klacht een medewerker van een andere partner betreft; die partner verleent medewerking.

H: § 7 Overstapregeling

7.1 Bij voortijdige beëindiging van de deelname stelt de routeregie met de leerling en diens ouders een
overstapadvies op. De beslissing over het vervolg wordt gezamenlijk genomen door de teamleider van de
betrokken vmbo-school en de opleidingsmanager ICT, op basis van het bereikte onderwijsniveau, de leeftijd
en de voorkeur van de leerling.

7.2 Overstap in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg op de eigen
school, in het profiel Media, vormgeving en ICT of een ander profiel, gericht op het vmbo-diploma.

7.3 Geen vmbo-diploma na het derde routejaar: herkansing of doubleren voor het vmbo-examen op de eigen
school met zoveel mogelijk behoud van mbo-onderdelen, of instroom zonder vmbo-diploma in een andere
opleiding op niveau 2 of 3 van Zuiderhaven, zoals Medewerker ICT support. Vooropleidingseisen zijn
daarbij niet van toepassing.

7.4 Overstap in de mbo-fase: naar een andere opleiding op niveau 3 van Zuiderhaven, bijvoorbeeld
Mediamaker, of naar een andere instelling na een geschiktheidsonderzoek, met begeleiding door
Zuiderhaven.

7.5 Uitwerking in de schoolgidsen en de studiegids.

H: § 8 Financiële afspraken

8.1 Rietveld en Carnisselande dragen ieder, met toepassing van artikel 5.42a van de Wet voortgezet
onderwijs 2020, per leerling in leerjaar 4 van hun route € 1.050 per schooljaar over aan Zuiderhaven.
Peildatum is 1 oktober.

8.2 Bestemming: de inzet van de vliegende docent ICT (§ 6.3) en het gebruik van serverlab en
reparatiewerkplaats (§ 6.4).

8.3 Zuiderhaven draagt geen middelen over aan de vmbo-scholen. De penvoerder factureert in januari.

H: § 9 Routeraad (medezeggenschap)

9.1 Het consortium stelt een routeraad in, bestaande uit één lid van de medezeggenschapsraad van
Rietveld, één lid van de medezeggenschapsraad van Carnisselande en twee leden van de studentenraad van
Zuiderhaven. De raden bepalen zelf wie zij afvaardigen.

9.2 De routeraad komt twee keer per jaar bijeen, ontvangt de jaarverantwoording van § 5.2 en kan de
routeregie gevraagd en ongevraagd adviseren over alle aangelegenheden van de route. De routeregie
reageert binnen zes weken schriftelijk en gemotiveerd.

9.3 De bevoegdheden van de medezeggenschapsraden en de studentenraad op grond van de Wet medezeggenschap
op scholen en de Wet educatie en beroepsonderwijs blijven onverminderd van kracht.

H: § 10 Geschillenregeling

10.1 Geschillen tussen consortiumpartners over de uitvoering van deze overeenkomst worden eerst in de
routeregie besproken.

10.2 Blijft het geschil bestaan, dan treedt de bestuurder van de consortiumpartner die niet bij het
geschil betrokken is binnen vier weken op als bemiddelaar. Zijn alle partners bij het geschil
betrokken, dan wordt een mediator ingeschakeld.

10.3 Leidt bemiddeling of mediation niet binnen acht weken tot een oplossing, dan wordt het geschil
beslecht door arbitrage volgens het Arbitragereglement van het Nederlands Arbitrage Instituut. Het
scheidsgerecht bestaat uit één arbiter; plaats van arbitrage is Rotterdam.

H: § 11 Toetreding van nieuwe partners

11.1 Het bevoegd gezag van een andere school voor vbo of mavo of van een andere instelling voor
beroepsonderwijs kan tot het consortium toetreden, mits alle consortiumpartners schriftelijk instemmen
en de nieuwe partner deze overeenkomst door middel van een toetredingsverklaring aanvaardt.

11.2 Toetreding gaat in op 1 augustus. Voorwaarde is dat de toetreding geen afbreuk doet aan de
plaatsen, de begeleiding en de voorzieningen voor leerlingen die de route al volgen. De nieuwe
partner meldt zijn deelname samen met Zuiderhaven aan bij DUO.

H: § 12 Looptijd, uittreding, ontbinding en wijziging

12.1 Looptijd: van 1 augustus 2025 voor onbepaalde tijd.

12.2 Uittreding: iedere consortiumpartner kan de overeenkomst voor zichzelf opzeggen met een termijn
van twaalf maanden, tegen 1 augustus. Uittreding van een vmbo-school laat de overeenkomst tussen de
overige partners in stand; uittreding van Zuiderhaven beëindigt de overeenkomst in haar geheel.

12.3 Ontbinding: bij een ernstige tekortkoming die na schriftelijke ingebrekestelling niet binnen drie
maanden is hersteld, kunnen de andere partners de overeenkomst ten aanzien van de tekortschietende
partner ontbinden.

12.4 Wijziging: uitsluitend schriftelijk en met instemming van alle consortiumpartners; ingang bij het
begin van een schooljaar.

12.5 Bescherming van leerlingen: bij uittreding, ontbinding of wijziging worden de gevolgen voor
leerlingen en studenten zoveel mogelijk beperkt. Leerlingen die de route al volgen, ronden haar af
onder de voorwaarden die golden bij hun start; de betrokken partners blijven daartoe hun inzet leveren.
Er vindt geen nieuwe instroom meer plaats in een route die eindigt. § 7 blijft van toepassing.

H: § 13 Slotbepaling

13.1 Op deze overeenkomst is Nederlands recht van toepassing. Deze overeenkomst is in drievoud
opgemaakt.

Ridderkerk, 27 juni 2025

SIG: Stichting voor Christelijk Voortgezet Onderwijs IJsselmonde / E.J. van Dam, voorzitter college van bestuur || Stichting Openbaar Voortgezet Onderwijs Barendrecht / S. Aydin MEd, bestuurder
SIG: Stichting ROC Rijnmond-Zuid (Zuiderhaven College) / drs. K.L. Boender, lid college van bestuur ||
"""


@sample(324, "verlenging_geconsolideerd_bedrijfsleven_alleen_begrippen_culemborg_leisure", "txt",
        "Verlengings- en wijzigingsovereenkomst met geconsolideerde tekst (platte tekst, "
        "hoofdletterkoppen), Culemborg, Horeca, bakkerij en recreatie kb -> Zelfstandig medewerker "
        "leisure & hospitality niveau 3; bijdrage uit 2021 vervalt (expliciet geen overdracht); "
        "defecten: bedrijfsleven alleen als voornemen, leerbedrijf en werkveldadviesraad staan "
        "alleen in de begrippenlijst (b weak); geschillen alleen via verwijzing naar de wetsbepaling "
        "plus 'in der minne' (i weak)",
        st("pwppppppwp"),
        {"a": "ARTIKEL 2 - DE ROUTE", "c": "ARTIKEL 4 - COORDINATIETEAM",
         "d": "ARTIKEL 5 - VERANTWOORDING", "e": "ARTIKEL 6 - INRICHTING VAN HET ONDERWIJS",
         "f": "ARTIKEL 7 - OVERSTAP", "g": "ARTIKEL 8 - FINANCIEN",
         "h": "ARTIKEL 9 - MEDEZEGGENSCHAP",
         "j": "ARTIKEL 10 - DUUR, TOETREDING, OPZEGGING EN WIJZIGING"})
def t324():
    return """
VERLENGINGS- EN WIJZIGINGSOVEREENKOMST
bij de samenwerkingsovereenkomst doorlopende leerroute "Gastvrij Culemborg" van 14 juni 2021

PARTIJEN

1. Stichting Christelijk Voortgezet Onderwijs Lek en Linge, bevoegd gezag van het Voorpoort College
   te Culemborg, vertegenwoordigd door de heer R.W. de Ruiter, voorzitter college van bestuur,
   hierna: de school;

2. Stichting ROC Betuwe-Lek, vertegenwoordigd door mevrouw ir. A.C. Verbeek, lid college van
   bestuur, hierna: het ROC;

OVERWEGENDE DAT

a. partijen op 14 juni 2021 een samenwerkingsovereenkomst hebben gesloten voor de doorlopende
   leerroute "Gastvrij Culemborg", die op 31 juli 2025 afloopt;
b. de route in het schooljaar 2023-2024 is geevalueerd en partijen haar willen voortzetten;
c. partijen de tekst willen aanpassen aan de huidige wettelijke eisen, in het bijzonder door het
   toevoegen van afspraken over medezeggenschap en het bijwerken van wetsverwijzingen;
d. partijen het regionale bedrijfsleven ook in de komende periode nauw bij de route willen betrekken;

KOMEN OVEREEN:

I. De samenwerkingsovereenkomst van 14 juni 2021 wordt verlengd tot en met 31 juli 2030.

II. Met ingang van 1 augustus 2025 luidt de samenwerkingsovereenkomst als in de hierna opgenomen
    geconsolideerde tekst. De tekst van 2021 vervalt op die datum. Rechten van leerlingen die voor
    1 augustus 2025 in de route zijn gestart, blijven ongewijzigd.


GECONSOLIDEERDE TEKST PER 1 AUGUSTUS 2025

ARTIKEL 1 - BEGRIPPEN
In deze overeenkomst wordt verstaan onder:
- route: de doorlopende leerroute vmbo-mbo "Gastvrij Culemborg" als bedoeld in artikel 2;
- vo-fase: leerjaar 3 en 4 van het vmbo binnen de route;
- mbo-fase: de leerjaren van de route waarin de leerling als student bij het ROC is ingeschreven;
- leerbedrijf: een door SBB erkend horeca- of recreatiebedrijf in de regio Rivierenland waar
  studenten van de route hun beroepspraktijkvorming volgen;
- werkveldadviesraad: het overleg van recreatieondernemers uit de Betuwe en de Vijfheerenlanden dat
  de route adviseert over het programma en de keuzedelen;
- coordinatieteam: het team als bedoeld in artikel 4;
- PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en
  examenregeling van de route.

ARTIKEL 2 - DE ROUTE
2.1 De route verbindt het profiel Horeca, bakkerij en recreatie in de kaderberoepsgerichte leerweg
    van het Voorpoort College met de vakopleiding Zelfstandig medewerker leisure & hospitality,
    niveau 3, van het ROC (kwalificatiedossier Leisure & hospitality), in de beroepsopleidende
    leerweg.
2.2 De route duurt vijf jaar: twee jaar vo-fase en drie jaar mbo-fase.
2.3 Partijen melden de route, voor zover nog niet gebeurd, gezamenlijk aan bij DUO.

ARTIKEL 3 - BEDRIJFSLEVEN
Het bedrijfsleven wordt betrokken bij de invulling van de route. Partijen streven naar een actieve
rol van het regionale bedrijfsleven.

ARTIKEL 4 - COORDINATIETEAM
4.1 De leiding over de route berust bij het coordinatieteam. Dat bestaat uit de sectorleider
    Horeca, bakkerij en recreatie van de school, de opleidingsmanager Leisure & hospitality van het
    ROC en een docent van iedere partij.
4.2 De leden worden benoemd door het college van bestuur van de partij waarvan zij afkomstig zijn,
    voor de looptijd van deze overeenkomst. Een college kan een door hem benoemd lid vervangen na
    overleg met het andere college.
4.3 Het coordinatieteam stelt het PTA/OER op, stelt het rooster vast, beslist over toelating en
    overstap van leerlingen, bewaakt de kwaliteit en beheert het routebudget.
4.4 Het coordinatieteam is bevoegd zelfstandig te besluiten over rooster, toelating en uitgaven tot
    EUR 6.000 per schooljaar. Personele en financiele besluiten daarboven en wijziging van deze
    overeenkomst blijven bij de colleges van bestuur.

ARTIKEL 5 - VERANTWOORDING
5.1 Het coordinatieteam legt ieder jaar voor 1 oktober een jaarverslag over het afgelopen
    schooljaar voor aan beide colleges van bestuur, met gegevens over instroom, uitval, overstap,
    examenresultaten en budget.
5.2 In november bespreken beide colleges het jaarverslag met het coordinatieteam in een bestuurlijk
    overleg. Tussentijds informeert het coordinatieteam beide colleges direct over zaken die de
    continuiteit van de route raken.

ARTIKEL 6 - INRICHTING VAN HET ONDERWIJS
6.1 De vo-fase vindt plaats in het Voorpoort College aan de Weidsteeg te Culemborg; vanaf leerjaar
    4 een dag per week in het leerhotel De Lingehoeve van het ROC in Geldermalsen. De mbo-fase vindt
    plaats in De Lingehoeve.
6.2 Het PTA/OER beschrijft per leerjaar het programma, de examens en de beroepspraktijkvorming, en
    geeft aan welke onderdelen vmbo en welke mbo zijn. Het centraal examen vmbo valt in leerjaar 4.
    Beide colleges stellen het PTA/OER voor 1 oktober vast.
6.3 Een docent recreatie van het ROC verzorgt in leerjaar 4 vijf lesuren per week op het Voorpoort
    College. Twee docenten van het Voorpoort College geven in het eerste mbo-jaar de lessen
    gastheerschap en Engels in De Lingehoeve. Voor het onderdeel Gastbeleving werken de docenten
    met teambevoegdheid; voor elk onderdeel is een bevoegde docent betrokken.
6.4 Het ROC stelt de receptie, de activiteitenruimte en de hotelkamers van De Lingehoeve beschikbaar;
    de school stelt haar leerkeuken en schoolrestaurant beschikbaar voor gezamenlijke evenementen.
6.5 Klachten over een medewerker van de andere partij worden behandeld volgens de klachtenregeling
    van de partij waar de klacht is ingediend, met medewerking van de andere partij.

ARTIKEL 7 - OVERSTAP
7.1 Als een leerling de route verlaat, bepalen de sectorleider en de opleidingsmanager samen, na
    overleg met de leerling en zijn ouders, welke opleiding past bij zijn bereikte onderwijsniveau
    en leeftijd.
7.2 In de vo-fase gaat de leerling verder in de reguliere kaderberoepsgerichte leerweg Horeca,
    bakkerij en recreatie of een ander profiel van de school, met het vmbo-diploma als doel.
7.3 Heeft de leerling aan het eind van het derde routejaar geen vmbo-diploma, dan kan hij opnieuw
    examen doen op de school of zonder vmbo-diploma verder in een opleiding van het ROC op niveau 2
    of 3, zoals Zelfstandig werkend gastheer/gastvrouw; vooropleidingseisen gelden dan niet.
7.4 In de mbo-fase kan de student overstappen naar een andere opleiding van het ROC op hetzelfde
    niveau, of met hulp van het ROC en na een geschiktheidsonderzoek naar een andere instelling.

ARTIKEL 8 - FINANCIEN
8.1 Met ingang van 1 augustus 2025 vindt geen overdracht van bekostiging tussen partijen plaats.
    De bijdrage van EUR 750 per leerling uit artikel 8 van de tekst van 2021 vervalt.
8.2 Iedere partij draagt de kosten van het eigen personeel en de eigen voorzieningen.

ARTIKEL 9 - MEDEZEGGENSCHAP
9.1 De medezeggenschapsraad van de school en de studentenraad van het ROC wijzen ieder twee leden
    aan voor een gezamenlijk routeoverleg. Het routeoverleg komt een keer per jaar bijeen, bespreekt
    het jaarverslag en adviseert de colleges over iedere voorgenomen wijziging van deze
    overeenkomst.
9.2 Leerlingen in de vo-fase mogen de vergaderingen van de studentenraad van het ROC als toehoorder
    bijwonen.

ARTIKEL 10 - DUUR, TOETREDING, OPZEGGING EN WIJZIGING
10.1 Deze overeenkomst loopt tot en met 31 juli 2030 en wordt daarna stilzwijgend verlengd met
     telkens vijf jaar.
10.2 Een andere school voor vbo of mavo of een andere mbo-instelling kan partij worden als beide
     colleges schriftelijk instemmen en het toetredende bevoegd gezag deze overeenkomst ondertekent;
     de toetreding gaat in op 1 augustus en wordt gemeld bij DUO.
10.3 Opzegging is mogelijk per aangetekende brief met een termijn van een jaar, tegen 1 augustus.
10.4 Wijziging is alleen mogelijk schriftelijk, door beide colleges ondertekend, na advies van het
     routeoverleg, en gaat in bij het begin van een schooljaar.
10.5 Na opzegging vindt geen nieuwe instroom plaats. Leerlingen die de route al volgen, ronden haar
     af onder de bestaande voorwaarden; artikel 7 blijft op hen van toepassing.

ARTIKEL 11 - GESCHILLEN
Geschillen tussen partijen over de uitvoering van deze overeenkomst worden beslecht op de wijze als
bedoeld in artikel 2.107b, tweede lid, onderdeel h, van de Wet voortgezet onderwijs 2020. Partijen
spannen zich in geschillen in der minne te schikken.


Aldus overeengekomen te Culemborg op 10 juni 2025.

Namens Stichting Christelijk Voortgezet Onderwijs Lek en Linge
R.W. de Ruiter, voorzitter college van bestuur

Namens Stichting ROC Betuwe-Lek
ir. A.C. Verbeek, lid college van bestuur
"""


# __SAMPLES_END__


def main(argv):
    nums = sorted(s["num"] for s in SAMPLES)
    assert len(nums) == len(set(nums)) and all(317 <= n <= 324 for n in nums), nums
    if argv and argv[0] == "--check":
        errs = []
        for s in SAMPLES:
            errs.extend(check(s))
        fmts = [s["fmt"] for s in SAMPLES]
        print("formats:", {f: fmts.count(f) for f in sorted(set(fmts))})
        for e in errs:
            print("ERROR", e)
        print("check:", "FAILED" if errs else "OK (%d samples)" % len(SAMPLES))
        return 1 if errs else 0
    wanted = {int(a) for a in argv}
    for s in SAMPLES:
        if not wanted or s["num"] in wanted:
            build(s)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
