#!/usr/bin/env python3
"""Build training samples 229-236 for leerroute-check (batch train15b).

Written by an independent helper session. The texts were composed from the two official guidance
documents (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at checker code, models, tests or the texts and
build scripts of other samples. All schools, instellingen, companies and people are made up.

Focus of the batch: four fully compliant agreements whose core elements are worded the way a
checklist would not expect, and four agreements with one to three deliberate defects.

Usage:
    python3 build_samples_train15b.py            build all samples
    python3 build_samples_train15b.py 229 231    build only these numbers
    python3 build_samples_train15b.py --check    verify the produced files
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
MAX_BYTES = 200 * 1024

SAMPLES = {}


def sample(num, name, fmt, description, statuses, evidence, text):
    assert fmt in ("pdf", "docx", "txt", "md")
    assert set(statuses) == set("abcdefghij")
    SAMPLES[num] = dict(name=name, fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, text=text.strip("\n") + "\n")


def st(s):
    """'ppwp...' -> statuses dict (p present, w weak, m missing, n not_applicable)."""
    full = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    assert len(s) == 10
    return {k: full[v] for k, v in zip("abcdefghij", s)}


# ---------------------------------------------------------------------------------------------
# Mini markup used for PDF and DOCX texts (one paragraph per line):
#   "# "  title            "## " heading          "### " subheading
#   "- "  bullet           "| a | b |" table row (first row of a block is the header)
#   "==="  page break      "~ "  small print / signature line     "**x**" bold
# ---------------------------------------------------------------------------------------------

def parse_blocks(text):
    blocks = []
    table = None
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line.strip():
            continue
        if line.startswith("# "):
            blocks.append(("title", line[2:].strip()))
        elif line.startswith("## "):
            blocks.append(("h", line[3:].strip()))
        elif line.startswith("### "):
            blocks.append(("h3", line[4:].strip()))
        elif line.startswith("- "):
            blocks.append(("li", line[2:].strip()))
        elif line.strip() == "===":
            blocks.append(("pagebreak", ""))
        elif line.startswith("~ "):
            blocks.append(("small", line[2:].strip()))
        else:
            blocks.append(("p", line.strip()))
    return blocks


def plain(s):
    return s.replace("**", "")


# ----------------------------------------------------------------------------------- PDF ----

def build_pdf(path, text, title, author):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=13.5, spaceAfter=5)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#333333"))
    titl = ParagraphStyle("titl", parent=body, fontName="Helvetica-Bold", fontSize=15, leading=19,
                          alignment=TA_CENTER, spaceAfter=12)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                        spaceBefore=9, spaceAfter=4)
    h3 = ParagraphStyle("h3", parent=body, fontName="Helvetica-BoldOblique", fontSize=10, leading=13,
                        spaceBefore=5, spaceAfter=3)
    li = ParagraphStyle("li", parent=body, leftIndent=16, bulletIndent=5)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")

    def fmt(s):
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)

    story = []
    for kind, val in parse_blocks(text):
        if kind == "title":
            story.append(Paragraph(fmt(val), titl))
        elif kind == "h":
            story.append(Paragraph(fmt(val), h2))
        elif kind == "h3":
            story.append(Paragraph(fmt(val), h3))
        elif kind == "li":
            story.append(Paragraph(fmt(val), li, bulletText="\u2022"))
        elif kind == "small":
            story.append(Paragraph(fmt(val), small))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            ncol = max(len(r) for r in val)
            data = []
            for i, row in enumerate(val):
                row = row + [""] * (ncol - len(row))
                data.append([Paragraph(fmt(c), cellb if i == 0 else cell) for c in row])
            width = 17.0 * cm
            t = Table(data, colWidths=[width / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(fmt(val), body))

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(2 * cm, 1.2 * cm, title[:95])
        canvas.drawRightString(19 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title, author=author,
                            subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                            creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------------- DOCX ----

def add_runs(par, s):
    parts = re.split(r"(\*\*.+?\*\*)", s)
    for p in parts:
        if not p:
            continue
        if p.startswith("**") and p.endswith("**"):
            par.add_run(p[2:-2]).bold = True
        else:
            par.add_run(p)


def build_docx(path, text, title, author):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    for kind, val in parse_blocks(text):
        if kind == "title":
            p = d.add_heading(level=0)
            add_runs(p, val)
        elif kind == "h":
            p = d.add_heading(level=1)
            add_runs(p, val)
        elif kind == "h3":
            p = d.add_heading(level=2)
            add_runs(p, val)
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet")
            add_runs(p, val)
        elif kind == "small":
            p = d.add_paragraph()
            add_runs(p, val)
            for r in p.runs:
                r.font.size = Pt(8.5)
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j in range(ncol):
                    c = t.cell(i, j)
                    c.text = ""
                    add_runs(c.paragraphs[0], row[j] if j < len(row) else "")
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        else:
            p = d.add_paragraph()
            add_runs(p, val)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    cp.keywords = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so that rebuilds are byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ----------------------------------------------------------------------------- build/check ----

def out_path(num):
    s = SAMPLES[num]
    return os.path.join(HERE, "%03d_%s.%s" % (num, s["name"], s["fmt"]))


def json_path(num):
    s = SAMPLES[num]
    return os.path.join(HERE, "%03d_%s.expected.json" % (num, s["name"]))


def expected_obj(num):
    s = SAMPLES[num]
    return {"description": s["description"], "split": "train",
            "statuses": s["statuses"], "evidence": s["evidence"]}


def first_title(text):
    for kind, val in parse_blocks(text):
        if kind == "title":
            return plain(val)
    return "Samenwerkingsovereenkomst doorlopende leerroute"


def build(num):
    s = SAMPLES[num]
    path = out_path(num)
    author = s.get("author", "Bestuurssecretariaat")
    if s["fmt"] == "pdf":
        build_pdf(path, s["text"], first_title(s["text"]), author)
    elif s["fmt"] == "docx":
        build_docx(path, s["text"], first_title(s["text"]), author)
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(s["text"])
    with open(json_path(num), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected_obj(num), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        return "\n".join(parts)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return " ".join(s.replace("\u00ad", "").split())


def check(nums):
    all_ok = True
    for num in nums:
        ok = True
        s = SAMPLES[num]
        path, jp = out_path(num), json_path(num)
        if not os.path.exists(path) or not os.path.exists(jp):
            print("FAIL %d: file missing" % num)
            all_ok = False
            continue
        size = os.path.getsize(path)
        if size >= MAX_BYTES:
            print("FAIL %d: too large (%d bytes)" % (num, size))
            ok = False
        try:
            txt = norm(extract(path))
        except Exception as e:  # noqa
            print("FAIL %d: cannot open (%s)" % (num, e))
            all_ok = False
            continue
        if path.endswith(".docx"):
            with zipfile.ZipFile(path) as z:
                if z.testzip() is not None:
                    print("FAIL %d: corrupt zip" % num)
                    ok = False
        for k, ev in s["evidence"].items():
            if s["statuses"][k] != "present":
                print("FAIL %d: evidence for non-present item %s" % (num, k))
                ok = False
            if norm(ev) not in txt:
                print("FAIL %d: evidence %s not found: %r" % (num, k, ev))
                ok = False
        with open(jp, encoding="utf-8") as f:
            if json.load(f) != expected_obj(num):
                print("FAIL %d: expected.json differs from table" % num)
                ok = False
        words = len(txt.split())
        print("%s %d %-62s %7d bytes %5d words" % ("ok  " if ok else "BAD ", num,
                                                  os.path.basename(path), size, words))
        all_ok = all_ok and ok
    return all_ok


# =============================================================================================
# 229 - renewal that replaces an experiment-era agreement; Westland, Groen kb -> mbo-3 teelt
# =============================================================================================

sample(
    229, "vernieuwing_vervangt_vakmanschapsroute_westland_teelt", "pdf",
    "Vernieuwde overeenkomst die de vakmanschapsroute-overeenkomst 2016 vervangt, PDF, Westland, Groen "
    "kb -> Vakbekwaam medewerker teelt niveau 3; volledig in orde, alle kernelementen in eigen woorden "
    "(routeduo, rekenschap, kwekers aan tafel, geen rijksbijdrage overgedragen)",
    st("pppppppppp"),
    {"a": "Artikel 2 Van kaderleerling tot vakkracht in de kas",
     "b": "Artikel 3 Kwekers aan tafel",
     "c": "Artikel 4 Het routeduo",
     "d": "Artikel 5 Rekenschap aan de besturen",
     "e": "Artikel 6 Hoe het onderwijs is ingericht",
     "f": "Artikel 7 Als de kas toch niet past",
     "g": "Artikel 8 Geld",
     "h": "Artikel 9 Stem van leerlingen, ouders en personeel",
     "i": "Artikel 10 Als partijen het oneens zijn",
     "j": "Artikel 11 Looptijd, nieuwe partners, aanpassen en stoppen"},
    """
# Samenwerkingsovereenkomst doorlopende leerroute Groen - Teelt Westland (versie 2025)
~ Vervangt de Samenwerkingsovereenkomst Vakmanschapsroute Groen van 14 juni 2016. Kenmerk WLC/AOC-D 2025-017.
## Partijen
1. Stichting Openbaar Voortgezet Onderwijs Westland, statutair gevestigd te Naaldwijk, bevoegd gezag van het Westlandcollege, hierbij rechtsgeldig vertegenwoordigd door mevrouw drs. M.C. van der Voort-Koene, voorzitter van het college van bestuur, hierna: **de school**;
2. Stichting Agrarisch Opleidingscentrum Delfland, statutair gevestigd te Honselersdijk, bevoegd gezag van AOC Delfland, hierbij rechtsgeldig vertegenwoordigd door de heer ir. P.J.A. Zuijderwijk, voorzitter van het college van bestuur, hierna: **het AOC**;
samen: partijen.
## Aanleiding
Sinds het schooljaar 2016-2017 leiden partijen samen kaderleerlingen op voor de glastuinbouw, eerst als vakmanschapsroute onder het Besluit experimenten doorlopende leerlijnen vmbo-mbo. Met de Wet doorlopende leerroutes vmbo-mbo is dat experiment opgegaan in de gewone regelgeving. Partijen hebben de overeenkomst van 2016 in het voorjaar van 2025 naast de wet gelegd. Die overeenkomst zei niets over de aansturing van de route, de rekenschap daarover, inspraak, het oplossen van onenigheid en de manier waarop een nieuwe partner kan aanschuiven. Partijen leggen hun samenwerking daarom opnieuw vast en komen het volgende overeen.
## Artikel 1 Wat deze overeenkomst vervangt
1.1 Met ingang van 1 augustus 2025 treedt deze overeenkomst in de plaats van de overeenkomst van 14 juni 2016. Die overeenkomst eindigt op die datum zonder dat opzegging nodig is.
1.2 Leerlingen die vóór 1 augustus 2025 aan de vakmanschapsroute zijn begonnen, vallen vanaf die datum onder deze overeenkomst. Hun programma en hun examenregeling lopen ongewijzigd door totdat zij de route hebben afgerond of verlaten.
1.3 De roosterafspraken en het praktijkkasreglement uit de bijlagen bij de overeenkomst van 2016 blijven van kracht totdat het routeduo (artikel 4) ze vervangt, voor zover zij niet in strijd zijn met deze overeenkomst.
## Artikel 2 Van kaderleerling tot vakkracht in de kas
2.1 Partijen verzorgen samen één doorlopende leerroute. De leerling begint in het derde leerjaar van de kaderberoepsgerichte leerweg van het Westlandcollege, profiel Groen, en loopt zonder knip door naar de vakopleiding Vakbekwaam medewerker teelt (niveau 3, beroepsopleidende leerweg) van het AOC, in het opleidingsdomein Voedsel, natuur en leefomgeving.
2.2 Binnen het profiel Groen volgen routeleerlingen de beroepsgerichte keuzevakken die op de glastuinbouw aansluiten. De uitstroomrichting in het mbo is de bedekte teelt (groente, snijbloemen en potplanten).
2.3 De route beslaat vier leerjaren: routejaar 1 en 2 (de vmbo-fase, leerjaar 3 en 4 van het Westlandcollege) en routejaar 3 en 4 (de mbo-fase, leerjaar 1 en 2 van de opleiding).
## Artikel 3 Kwekers aan tafel
3.1 De Kwekerskring Westland, een vereniging van ongeveer veertig glastuinbouwbedrijven, werkt aan de route mee en heeft dat bij brief van 2 mei 2025 aan partijen bevestigd.
3.2 Die medewerking ziet er zo uit:
- a. de leden van de Kwekerskring stellen elk schooljaar ten minste dertig meewerkplekken open: voor de snuffelweken in routejaar 1 en voor de beroepspraktijkvorming in routejaar 2 tot en met 4. Alleen bedrijven die door SBB als leerbedrijf zijn erkend, leveren bpv-plekken;
- b. in elk routejaar legt een kwekerij de klas een teeltvraag voor: een echte opdracht uit het bedrijf, bijvoorbeeld een belichtingsproef of een plan voor biologische bestrijding, die de leerlingen onder begeleiding uitvoeren en op het bedrijf presenteren;
- c. twee teeltdeskundigen uit de Kwekerskring beoordelen mee bij de proeve van bekwaamheid in routejaar 4;
- d. in november en in mei schuift een afvaardiging van de Kwekerskring aan bij het routeduo om het programma tegen het licht te houden. Wat zij inbrengt en wat het duo ermee doet, staat in het jaarverslag van artikel 5.
## Artikel 4 Het routeduo
4.1 De route wordt aangestuurd door een duo: de afdelingsleider bovenbouw kader van het Westlandcollege en de opleidingsmanager teelt van het AOC.
4.2 Elk bestuur wijst zijn lid van het duo schriftelijk aan, nadat het andere bestuur is gehoord. Een aanwijzing geldt voor drie schooljaren en kan worden herhaald. Valt een lid weg, dan wijst hetzelfde bestuur binnen zes weken een opvolger aan.
4.3 Het duo draagt zorg voor: de jaarplanning en het rooster; de samenstelling van het routeteam (artikel 6); de jaarlijkse voorbereiding van het gezamenlijke PTA/OER; het werven en toewijzen van meewerkplekken; de overstapgesprekken (artikel 7); en het contact met de Kwekerskring.
4.4 Het duo beslist zelfstandig over het rooster, over de verdeling van de docenten binnen de formatie die de besturen daarvoor beschikbaar stellen en over uitgaven uit het routebudget tot € 15.000 per schooljaar. Besluiten over personeel in dienst, de vaststelling van het PTA/OER en examenbesluiten blijven bij het bestuur of de examencommissie waar zij wettelijk thuishoren. Over al het andere doet het duo een voorstel aan beide besturen.
4.5 Zijn de twee leden van het duo het niet eens, dan geldt artikel 10.
## Artikel 5 Rekenschap aan de besturen
5.1 Na afloop van elk kwartaal stuurt het routeduo beide colleges van bestuur een stand van zaken van ten hoogste twee pagina's: het aantal leerlingen per routejaar, verzuim, in-, door- en uitstroom, de bezetting van de meewerkplekken en bijzonderheden.
5.2 Uiterlijk 1 oktober volgt een jaarverslag over het afgelopen schooljaar, met de besteding van het routebudget en de inbreng van de Kwekerskring. Het duo licht het jaarverslag in de tweede helft van oktober mondeling toe in een bestuurlijk overleg met beide bestuurders en legt daar uit waarom het de gemaakte keuzes heeft gemaakt.
5.3 Beide besturen kunnen tussentijds alle gegevens over de route opvragen; het duo levert die binnen tien werkdagen.
## Artikel 6 Hoe het onderwijs is ingericht
6.1 Routejaar 1 en 2 worden gegeven in het gebouw van het Westlandcollege te Naaldwijk; één dag per week werken de leerlingen in de praktijkkas van het AOC te Honselersdijk. Routejaar 3 en 4 worden gegeven bij het AOC.
6.2 Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER Groen-Teelt. Daarin staat welke onderdelen vmbo zijn, welke mbo en welke gecombineerd. Het vmbo-examen wordt in routejaar 2 afgerond; mbo-examinering kan vanaf routejaar 1. Beide besturen stellen het PTA/OER elk jaar vóór 1 juli vast.
6.3 Het onderwijs wordt verzorgd door één routeteam van negen docenten en instructeurs: vijf van het Westlandcollege en vier van het AOC. AOC-docenten geven vanaf routejaar 1 de teeltvakken; docenten van het Westlandcollege blijven in routejaar 3 Nederlands en rekenen geven. Voor de vakoverstijgende onderdelen Plant en klimaat en Werken in de kas wordt het team ingezet op grond van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); voor elk onderdeel zit ten minste één bevoegde docent in het team. Iedereen blijft in dienst van de eigen werkgever; uren die over en weer worden ingezet, worden niet verrekend.
6.4 Ruimten en middelen: het Westlandcollege stelt het praktijklokaal Groen en het biologielokaal open voor de route; het AOC de praktijkkas van 1.800 m², het klimaatlab en de tuinbouwmachines. Leerlingen krijgen vanaf routejaar 1 een account voor de elektronische leeromgeving van het AOC. Het gebruik is over en weer kosteloos; wie een ruimte van de ander gebruikt, houdt zich aan de huisregels van de eigenaar.
6.5 De klachtenregeling van elke partij dekt ook klachten over gedragingen van medewerkers van de andere partij binnen de route. De partij bij wie de klacht binnenkomt, betrekt de andere partij bij de afhandeling.
## Artikel 7 Als de kas toch niet past
7.1 Geen leerling verlaat de route zonder uitzicht op een diploma. Afhankelijk van het moment geldt:
- a. stopt een leerling in routejaar 1 of 2, dan gaat hij verder in de gewone kaderberoepsgerichte leerweg van het Westlandcollege, in het profiel Groen of, als dat beter past, in een ander profiel, en sluit hij af met het vmbo-diploma;
- b. heeft een leerling aan het eind van routejaar 2 het vmbo-diploma niet, dan mag hij het examen in routejaar 3 opnieuw afleggen terwijl hij het mbo-programma vervolgt. Lukt dat niet, dan kan hij zonder vmbo-diploma doorgaan in Vakbekwaam medewerker teelt of instromen in Medewerker teelt (niveau 2), afhankelijk van wat hij al heeft afgerond;
- c. past de richting niet, dan kan hij overstappen naar een andere opleiding op niveau 3 van het AOC, bijvoorbeeld Vakbekwaam hovenier of Vakbekwaam medewerker dierverzorging. Binnen het AOC worden hem de vooropleidingseisen niet tegengeworpen;
- d. verhuist een leerling of kiest hij een andere instelling, dan helpt het AOC bij de aanmelding daar en zorgt het voor een warme overdracht; de andere instelling kan hem na een geschiktheidsonderzoek toelaten.
7.2 De mentor en de loopbaancoach van het AOC bespreken de mogelijkheden met de leerling en zijn ouders en leggen een overstapvoorstel voor aan het routeduo. Het duo besluit daarover namens beide partijen samen, op grond van wat de leerling al heeft behaald, zijn leeftijd en zijn wensen, binnen vier weken na het gesprek.
7.3 De uitwerking per situatie staat in de schoolgids van het Westlandcollege en de studiegids van het AOC.
## Artikel 8 Geld
8.1 Partijen dragen geen deel van hun rijksbijdrage aan elkaar over; van artikel 5.42a WVO 2020 en artikel 9.1.15 WEB wordt geen gebruik gemaakt. Ieder betaalt de eigen personeelsinzet en de eigen voorzieningen.
8.2 Elke partij reserveert op de eigen begroting € 7.500 per schooljaar als routebudget, waarover het duo binnen de grens van artikel 4.4 beschikt.
## Artikel 9 Stem van leerlingen, ouders en personeel
9.1 Bovenop wat de Wet medezeggenschap op scholen en de WEB al regelen, spreken partijen af:
- a. routeleerlingen uit routejaar 1 en 2 nemen met twee vertegenwoordigers deel aan de studentenraad van het AOC, met spreekrecht en zonder stemrecht;
- b. eenmaal per jaar, in het voorjaar, overleggen de medezeggenschapsraad van het Westlandcollege en de studentenraad en de ondernemingsraad van het AOC samen met het routeduo over de route (het routeberaad);
- c. een voorgenomen wijziging van het PTA/OER of van deze overeenkomst gaat, voordat de besturen besluiten, voor advies naar de medezeggenschapsraad van het Westlandcollege en de studentenraad van het AOC.
## Artikel 10 Als partijen het oneens zijn
10.1 Meningsverschillen over de uitvoering van deze overeenkomst worden eerst in het routeduo besproken.
10.2 Komt het duo er niet binnen drie weken uit, dan leggen de leden de kwestie schriftelijk voor aan de voorzitters van beide colleges van bestuur, die er binnen vier weken samen over spreken.
10.3 Is er dan nog geen oplossing, dan schakelen partijen een mediator in die is ingeschreven in het register van de Mediatorsfederatie Nederland. De kosten worden gedeeld.
10.4 Leidt de mediation niet binnen drie maanden tot overeenstemming, dan kan elke partij de kwestie voorleggen aan de bevoegde rechter in het arrondissement Den Haag.
## Artikel 11 Looptijd, nieuwe partners, aanpassen en stoppen
11.1 Deze overeenkomst geldt voor onbepaalde tijd met ingang van 1 augustus 2025.
11.2 Een andere vo-school of mbo-instelling kan zich bij de route aansluiten als beide besturen daar schriftelijk mee instemmen en de nieuwe deelnemer een aansluitingsverklaring tekent waarin hij deze overeenkomst aanvaardt. Een nieuwe deelnemer neemt pas leerlingen op vanaf het eerstvolgende schooljaar, zodat lopende groepen niet worden opgesplitst. Alle betrokken besturen melden de deelname bij DUO.
11.3 De overeenkomst wordt alleen schriftelijk aangepast, met handtekening van beide besturen en na het advies van artikel 9.1 onder c. Een aanpassing die het programma van leerlingen raakt, geldt pas voor leerlingen die in het schooljaar daarna instromen, tenzij de aanpassing in hun voordeel is.
11.4 Elk bestuur kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met een termijn van ten minste twaalf maanden. Ontbinding is alleen mogelijk als een partij ernstig tekortschiet en dat na een schriftelijke ingebrekestelling niet binnen twee maanden herstelt, of als een partij ophoudt te bestaan.
11.5 Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten. Leerlingen die op dat moment in de route zitten, maken haar bij partijen af onder de voorwaarden van deze overeenkomst; partijen blijven daarvoor de artikelen 4 tot en met 9 nakomen. Lukt dat echt niet, dan geldt artikel 7 en zorgen beide partijen samen voor een passende plek.
## Ondertekening
Aldus overeengekomen en in tweevoud ondertekend te Naaldwijk op 30 juni 2025.
| Stichting Openbaar Voortgezet Onderwijs Westland | Stichting Agrarisch Opleidingscentrum Delfland |
| drs. M.C. van der Voort-Koene, voorzitter college van bestuur | ir. P.J.A. Zuijderwijk, voorzitter college van bestuur |
""")
SAMPLES[229]["author"] = "Bestuursbureau OVO Westland"


# =============================================================================================
# 230 - two routes in one agreement; Rijnstreek; E&O bb -> Verkoper 2 and
#       HBR kb -> Zelfstandig werkend gastheer/gastvrouw 3. Defects: c (only the werkveldraad is
#       appointed, not the leiding) and j (long clause, no toetreding).
# =============================================================================================

sample(
    230, "twee_routes_rijnstreek_verkoop_gastvrijheid", "docx",
    "Overeenkomst voor twee routes tegelijk met routekaart-tabel, DOCX, Rijnstreek (Alphen aan den Rijn), E&O bb -> "
    "Verkoper niveau 2 en HBR kb -> Zelfstandig werkend gastheer/gastvrouw niveau 3; c zwak (benoeming "
    "alleen geregeld voor de werkveldraad, niet voor het Routeoverleg), j zwak (lange bepaling zonder toetreding)",
    st("ppwppppppw"),
    {"a": "1. Waar deze overeenkomst over gaat",
     "b": "2. Werkveldraad Verkoop en Gastvrijheid",
     "d": "4. Informatie aan de besturen",
     "e": "5. Onderwijs, mensen en middelen",
     "f": "6. Wanneer een leerling uit de route stapt",
     "g": "7. Geldstromen",
     "h": "8. Inspraak in de routes",
     "i": "9. Meningsverschillen"},
    """
# Samenwerkingsovereenkomst doorlopende leerroutes Verkoop en Gastvrijheid
Rijnstreek, schooljaar 2025-2026 en verder
**Ondergetekenden**
1. Stichting Openbaar Voortgezet Onderwijs Rijnstreek, gevestigd te Alphen aan den Rijn, bevoegd gezag van het Rijnstreek Vakcollege, vertegenwoordigd door de heer drs. R.J. Hoogeveen, voorzitter van het college van bestuur (hierna: de school);
2. Stichting Regionaal Opleidingencentrum Rijn en Gouwe, gevestigd te Alphen aan den Rijn, vertegenwoordigd door mevrouw M.E. Lakeman MBA, voorzitter van het college van bestuur (hierna: het ROC);
komen het volgende overeen.
## 1. Waar deze overeenkomst over gaat
1.1 Met ingang van het schooljaar 2025-2026 verzorgen de school en het ROC samen twee doorlopende leerroutes vmbo-mbo. De routekaart hieronder hoort bij deze bepaling.
| Onderdeel | Route Verkoop | Route Gastvrijheid |
| vmbo-profiel en leerweg | Economie en ondernemen, basisberoepsgerichte leerweg | Horeca, bakkerij en recreatie, kaderberoepsgerichte leerweg |
| mbo-opleiding | Verkoper, niveau 2 (basisberoepsopleiding), BOL | Zelfstandig werkend gastheer/gastvrouw, niveau 3 (vakopleiding), BOL |
| Opleidingsdomein | Handel | Horeca en bakkerij |
| Duur | vier routejaren | vier routejaren |
| Routejaar 1 en 2 | Rijnstreek Vakcollege, Alphen aan den Rijn | Rijnstreek Vakcollege, Alphen aan den Rijn |
| Routejaar 3 en 4 | ROC Rijn en Gouwe, locatie Boskoop | ROC Rijn en Gouwe, Hotelschool Alphen |
| Instroom per jaar | maximaal 24 leerlingen | maximaal 20 leerlingen |
1.2 Wat in deze overeenkomst staat, geldt voor beide routes, tenzij in de routekaart of in de tekst iets anders staat.
1.3 De school en het ROC melden elke route afzonderlijk bij DUO.
## 2. Werkveldraad Verkoop en Gastvrijheid
2.1 Voor beide routes samen is er een werkveldraad van zeven leden: twee namens de Ondernemersvereniging Alphen-Boskoop, twee namens Koninklijke Horeca Nederland afdeling Alphen aan den Rijn, twee praktijkopleiders van erkende leerbedrijven (één per route) en één adviseur van SBB.
2.2 De leden van de werkveldraad worden benoemd door de voorzitters van de colleges van bestuur van de school en het ROC gezamenlijk, op voordracht van de organisatie die zij vertegenwoordigen, voor een periode van twee jaar. Herbenoeming is eenmaal mogelijk. Vertrekt een lid tussentijds, dan benoemen de voorzitters binnen drie maanden een opvolger op voordracht van dezelfde organisatie.
2.3 De werkveldraad:
- brengt elk jaar vóór 1 maart advies uit over het programma en de keuzedelen van beide routes;
- zorgt via de aangesloten bedrijven voor ten minste 25 bpv-plaatsen per route per schooljaar;
- levert elk semester per route een praktijkopdracht aan: de winkelcase voor Verkoop en de restaurantcase voor Gastvrijheid;
- levert beoordelaars die meebeoordelen bij de examens in de beroepspraktijk in routejaar 3 en 4.
2.4 De werkveldraad vergadert ten minste drie keer per schooljaar. Het ROC voert het secretariaat.
## 3. Routeoverleg en routeteamleiders
3.1 De dagelijkse gang van zaken in elke route ligt bij een routeteamleider: er is een routeteamleider Verkoop en een routeteamleider Gastvrijheid.
3.2 Het Routeoverleg bestaat uit de twee routeteamleiders, een teamleider van de school en een teamleider van het ROC. Het Routeoverleg kiest uit zijn midden een voorzitter.
3.3 Het Routeoverleg heeft tot taak:
- de jaarplanning, de roosters en de verdeling van de lessen over de locaties op te stellen;
- het gezamenlijke PTA/OER per route voor te bereiden en aan de besturen voor te leggen;
- de instroom te organiseren, inclusief de voorlichting aan leerlingen in leerjaar 2 van de school en hun ouders;
- de overstapgesprekken te voeren (bepaling 6);
- het contact met de werkveldraad te onderhouden en diens adviezen te verwerken;
- de kwaliteit van beide routes te bewaken.
3.4 Het Routeoverleg stelt de roosters vast, verdeelt de docenten binnen de formatie die de besturen jaarlijks voor de routes beschikbaar stellen en besteedt het routebudget tot € 30.000 per schooljaar. Besluiten over deze overeenkomst, over personeel in dienst en over de vaststelling van het PTA/OER blijven bij de besturen.
3.5 Het Routeoverleg besluit met gewone meerderheid. Staken de stemmen, dan legt de voorzitter de kwestie voor aan de besturen.
## 4. Informatie aan de besturen
4.1 Het Routeoverleg brengt tweemaal per jaar schriftelijk verslag uit aan beide colleges van bestuur: in februari met een voortgangsnotitie en in september met een jaarrapportage over het afgelopen schooljaar. De jaarrapportage geeft per route de in-, door- en uitstroom, de examenresultaten, de bpv en de besteding van het routebudget.
4.2 In het bestuurlijk overleg van oktober licht het Routeoverleg de jaarrapportage toe en legt het verantwoording af over de gemaakte keuzes.
## 5. Onderwijs, mensen en middelen
5.1 Het programma en de examinering per leerjaar staan per route in een gezamenlijk PTA/OER, dat de besturen elk jaar vóór 1 juli vaststellen. Het vmbo-examen wordt in routejaar 2 afgerond; keuzedelen van het mbo kunnen vanaf routejaar 1 worden geëxamineerd.
5.2 Elke route heeft één docententeam. Docenten van het ROC verzorgen vanaf routejaar 1 wekelijks vier uur beroepsgerichte lessen op de school; docenten van de school blijven in routejaar 3 twee uur per week betrokken als mentor en loopbaanbegeleider. Voor de vakoverstijgende onderdelen Klantcontact en Gastheerschap werken de teams met teambevoegdheid; voor elk onderdeel is ten minste één bevoegde docent aanwezig. Docenten blijven in dienst van hun eigen werkgever.
5.3 De school stelt haar leerwinkel en haar praktijkkeuken beschikbaar voor beide routes; het ROC stelt de oefenwinkel met kassasystemen in Boskoop en het leerrestaurant De Rijnoever in Alphen aan den Rijn beschikbaar. Het gebruik van de ruimten van de school is kosteloos; het gebruik van de ruimten van het ROC valt onder de bijdrage van bepaling 7.
5.4 In routejaar 1 en 2 blijft de school verantwoordelijk voor verzuim, zorg en begeleiding; daarna het ROC. Klachten over medewerkers van de andere partij worden via de eigen klachtenregeling afgehandeld, waarbij de andere partij wordt betrokken.
## 6. Wanneer een leerling uit de route stapt
6.1 Een leerling die de route verlaat, krijgt altijd een plek waar hij een diploma kan halen. De school en het ROC beslissen samen, na een gesprek met de leerling en zijn ouders, welke plek het best past; zij letten daarbij op wat de leerling al heeft gehaald en op zijn leeftijd.
6.2 In routejaar 1 en 2 gaat de leerling verder in de gewone basis- of kaderberoepsgerichte leerweg van de school, in hetzelfde of een ander profiel, en doet hij gewoon vmbo-examen.
6.3 Een leerling kan tussen de routes wisselen: van Gastvrijheid naar Verkoop als niveau 3 te hoog blijkt, of van Verkoop naar Gastvrijheid als hij de kaderberoepsgerichte leerweg aankan.
6.4 Vanaf routejaar 3 kan de leerling binnen het ROC overstappen naar een andere opleiding op hetzelfde niveau, bijvoorbeeld Medewerker bediening (niveau 2) of Verkoopspecialist (niveau 3); het ROC stelt dan geen vooropleidingseisen. Heeft hij het vmbo-diploma nog niet, dan mag hij het examen opnieuw afleggen terwijl hij het mbo-programma vervolgt.
6.5 Wil de leerling naar een andere instelling, dan draagt het ROC het dossier warm over.
## 7. Geldstromen
7.1 In routejaar 1 en 2 draagt de school per routeleerling per schooljaar € 900 van haar bekostiging over aan het ROC (artikel 5.42a WVO 2020). Het bedrag is bestemd voor de lessen die ROC-docenten op de school verzorgen en voor het gebruik van de oefenwinkel en het leerrestaurant.
7.2 Het ROC factureert vóór 1 november op basis van het aantal routeleerlingen op 1 oktober.
7.3 Verder worden geen middelen overgedragen; elke partij draagt haar eigen kosten.
## 8. Inspraak in de routes
8.1 Leerlingen uit routejaar 2 mogen één vertegenwoordiger afvaardigen naar de studentenraad van het ROC, met stemrecht over onderwerpen die de routes raken.
8.2 De medezeggenschapsraad van de school en de studentenraad van het ROC krijgen allebei de jaarrapportage van bepaling 4 en kunnen daarover binnen zes weken advies geven aan de besturen.
## 9. Meningsverschillen
9.1 Zijn de school en het ROC het oneens over de uitvoering van deze overeenkomst, dan bespreekt het Routeoverleg dat eerst. Lukt dat niet binnen vier weken, dan gaat de kwestie naar de beide voorzitters van de colleges van bestuur.
9.2 Komen zij er niet binnen zes weken uit, dan wordt de kwestie voorgelegd aan een commissie van drie personen. Elke partij wijst één lid aan; die twee wijzen samen een voorzitter aan. De commissie brengt binnen acht weken bindend advies uit.
## 10. Duur, wijzigen en beëindigen
10.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en loopt vijf jaar. Daarna wordt zij steeds stilzwijgend met vijf jaar verlengd.
10.2 Wijzigingen worden alleen schriftelijk overeengekomen en door beide besturen ondertekend. De routekaart van bepaling 1 kan bij gezamenlijk schriftelijk besluit van de besturen worden aangepast. Een wijziging die het programma raakt, geldt alleen voor leerlingen die na de wijziging instromen.
10.3 Elke partij kan de overeenkomst, of één van beide routes, bij aangetekende brief opzeggen tegen het einde van een schooljaar (31 juli), met een opzegtermijn van ten minste twaalf maanden.
10.4 Elke partij kan de overeenkomst ontbinden als de andere partij failliet gaat, surseance van betaling krijgt, de erkenning voor een opleiding verliest of ernstig tekortschiet en dat na schriftelijke ingebrekestelling niet binnen twee maanden herstelt.
10.5 Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen die al in een route zitten, maken die af; de school en het ROC blijven daarvoor de afspraken in deze overeenkomst nakomen, de bijdrage van bepaling 7 inbegrepen. Lukt afmaken echt niet, dan geldt bepaling 6.
## 11. Slot
11.1 Op deze overeenkomst is Nederlands recht van toepassing.
11.2 Getekend in tweevoud te Alphen aan den Rijn op 30 juni 2025.
| Voor de school | Voor het ROC |
| drs. R.J. Hoogeveen, voorzitter college van bestuur | M.E. Lakeman MBA, voorzitter college van bestuur |
""")
SAMPLES[230]["author"] = "R. Hoogeveen"


# =============================================================================================
# 231 - interne regeling of a verticale scholengemeenschap vmbo-mbo; Rijk van Nijmegen;
#       D&P gl -> Sport- en bewegingscoordinator niveau 4. Compliant (h, i, j not applicable).
# =============================================================================================

sample(
    231, "interne_regeling_vsg_nijmegen_sport", "docx",
    "Interne regeling van een verticale scholengemeenschap vmbo-mbo (een bevoegd gezag), DOCX, Rijk van "
    "Nijmegen, D&P gl -> Sport- en bewegingscoordinator niveau 4; a-g volledig in sportjargon (routestaf, "
    "tertiaalrapportage, wisselen zonder het veld te verlaten), geen overdracht bekostiging; h-j n.v.t.",
    st("pppppppnnn"),
    {"a": "§ 2 Van gemengde leerweg naar sportcoördinator",
     "b": "§ 3 Partners uit de sportwereld",
     "c": "§ 4 De staf van de route",
     "d": "§ 5 Terugkoppeling aan het college",
     "e": "§ 6 Trainingsschema: hoe de route is ingericht",
     "f": "§ 7 Wisselen zonder het veld te verlaten",
     "g": "§ 8 Begroting"},
    """
# Interne regeling doorlopende leerroute Sport en bewegen
Waalstad College, verticale scholengemeenschap vmbo-mbo te Nijmegen
~ Vastgesteld door het college van bestuur van Stichting Waalstad Onderwijs op 30 juni 2025. Registratienummer CvB/2025/088.
Het college van bestuur van Stichting Waalstad Onderwijs, bevoegd gezag van de verticale scholengemeenschap Waalstad College;
overwegende dat de afdeling vmbo en de afdeling mbo van Waalstad College onder één bevoegd gezag vallen, zodat voor de doorlopende leerroute in plaats van een samenwerkingsovereenkomst een interne regeling wordt vastgesteld (artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB);
gelet op het advies van de gemeenschappelijke medezeggenschapsraad van 3 juni 2025;
besluit vast te stellen de volgende regeling.
## § 1 Begrippen
In deze regeling wordt verstaan onder:
- **afdeling vmbo**: Waalstad College vmbo, locatie Lindenholt, Nijmegen;
- **afdeling mbo**: Waalstad Vakschool, locatie Dukenburg, Nijmegen;
- **route**: de doorlopende leerroute van § 2;
- **routestaf**: de groep van § 4;
- **sectordirecteuren**: de sectordirecteur vmbo en de sectordirecteur mbo van Waalstad College;
- **routejaar**: een leerjaar van de route; routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van de afdeling vmbo, routejaar 3 en 4 met leerjaar 1 en 2 van de opleiding.
## § 2 Van gemengde leerweg naar sportcoördinator
2.1 De route start in het derde leerjaar van de gemengde leerweg van de afdeling vmbo, profiel Dienstverlening en producten, en leidt in één doorgaande lijn naar het diploma van de middenkaderopleiding Sport- en bewegingscoördinator (niveau 4, beroepsopleidende leerweg) van de afdeling mbo, in het opleidingsdomein Sport en bewegen.
2.2 Binnen het profiel kiezen routeleerlingen de profielkeuzevakken met een sportaccent; deze zijn in het PTA/OER van § 6 opgenomen.
2.3 Per schooljaar starten ten hoogste 28 leerlingen in de route.
## § 3 Partners uit de sportwereld
3.1 Waalstad College voert de route uit samen met vier vaste partners uit de sport- en beweegsector, met wie partnerbrieven zijn getekend:
- Sportbedrijf Nijmegen, dat de gemeentelijke sportaccommodaties beheert;
- Stichting Sportief Rijk van Nijmegen, werkgever van de buurtsportcoaches in de regio;
- atletiekvereniging AV Waalkade;
- fitnessketen Fitland Oost, met vijf vestigingen in de regio.
3.2 Zij vervullen in de route de volgende rollen:
- zij bieden samen elk schooljaar ten minste 35 stageplaatsen, als door SBB erkend leerbedrijf, voor de beroepspraktijkvorming in routejaar 2 tot en met 4;
- de buurtsportcoaches organiseren elk voorjaar samen met de routeleerlingen de Waalstad Sportdag voor basisscholen; die dag geldt als praktijkexamen voor het onderdeel organiseren van sport- en beweegactiviteiten;
- elke partner verzorgt per periode één gastles of clinic;
- medewerkers van de partners beoordelen als tweede beoordelaar mee bij de praktijkexamens in routejaar 3 en 4;
- op de jaarlijkse partnerdag in januari geven de partners hun oordeel over het programma; de routestaf verwerkt dat in het PTA/OER van het volgende jaar.
## § 4 De staf van de route
4.1 De route wordt geleid door de routestaf. Die bestaat uit een routecoördinator, een docent lichamelijke opvoeding van de afdeling vmbo en een docent sport en bewegen van de afdeling mbo.
4.2 Het college van bestuur benoemt de leden van de routestaf op gezamenlijke voordracht van de sectordirecteuren, voor een termijn van vier schooljaren. Herbenoeming is mogelijk. Het college kan een lid na overleg met de sectordirecteuren tussentijds ontslaan uit deze functie.
4.3 De routestaf zorgt voor het rooster, het opstellen van het PTA/OER, de intake van nieuwe routeleerlingen, de contacten met de partners van § 3, de begeleiding bij een wissel (§ 7) en de bewaking van de kwaliteit.
4.4 Het college van bestuur mandateert de routestaf om zelf te beslissen over het rooster, de inzet van docenten binnen de formatie die de sectordirecteuren voor de route beschikbaar stellen, de toelating van leerlingen tot de route na het intakegesprek en uitgaven uit het routebudget tot € 20.000 per schooljaar. Het aannemen van personeel, de vaststelling van het PTA/OER en examenbeslissingen vallen niet onder dit mandaat.
## § 5 Terugkoppeling aan het college
5.1 De routecoördinator stuurt het college van bestuur drie keer per jaar een tertiaalrapportage: eind november, eind maart en eind juli. Daarin staan de aantallen leerlingen per routejaar, het verzuim, de in-, door- en uitstroom, de resultaten van de examens en de uitputting van het routebudget.
5.2 In september bespreekt het lid van het college met onderwijs in portefeuille de rapportage van eind juli met de routestaf en de sectordirecteuren. De routestaf licht dan toe welke keuzes zij in het afgelopen jaar heeft gemaakt en waarom.
5.3 Het college kan tussentijds om aanvullende gegevens vragen.
## § 6 Trainingsschema: hoe de route is ingericht
6.1 Routejaar 1 en 2 worden gegeven op de locatie Lindenholt; de leerlingen volgen daarnaast twee dagdelen per week de praktijklessen op de locatie Dukenburg. Routejaar 3 en 4 worden gegeven op de locatie Dukenburg.
6.2 Het programma, de examens en de beroepspraktijkvorming per leerjaar staan in het geïntegreerde PTA/OER Sport en bewegen. Daarin is aangegeven welke onderdelen tot het vmbo, welke tot het mbo en welke tot beide behoren. Het centraal examen van de gemengde leerweg wordt in routejaar 2 afgelegd.
6.3 De route wordt verzorgd door één team van docenten van beide afdelingen. Docenten van de afdeling mbo geven vanaf routejaar 1 de beroepsgerichte sportlessen; de docent lichamelijke opvoeding van de afdeling vmbo blijft in routejaar 3 betrokken bij de praktijkvakken. Voor het vakoverstijgende onderdeel Bewegen en gezondheid werkt het team met teambevoegdheid; ieder teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is. De sectordirecteuren leggen de inzet van docenten over de afdelingen heen elk jaar vast in het inzetplan.
6.4 Voor de route worden de sporthal van de locatie Lindenholt, de fitnessruimte en de krachtruimte van de locatie Dukenburg en het gedeelde sportmateriaal (hartslagmeters, video-analyseset, EHBO-oefenpoppen) gebruikt. Via Sportbedrijf Nijmegen kan de route op dinsdag- en donderdagmiddag de atletiekbaan en de sportvelden van Sportpark De Ploeg gebruiken.
6.5 Verzuim, zorg en begeleiding liggen in routejaar 1 en 2 bij de afdeling vmbo en daarna bij de afdeling mbo. De klachtenregeling van Waalstad College geldt voor de hele route.
## § 7 Wisselen zonder het veld te verlaten
7.1 Wie uit de route stapt, houdt altijd een weg naar een diploma.
7.2 In routejaar 1 en 2 gaat de leerling verder in de gewone gemengde of kaderberoepsgerichte leerweg van de afdeling vmbo, in het profiel Dienstverlening en producten of een ander profiel, en sluit af met het vmbo-diploma.
7.3 Heeft de leerling aan het eind van routejaar 2 het vmbo-diploma niet gehaald, dan doet hij in routejaar 3 herexamen terwijl hij het mbo-programma vervolgt. Lukt dat niet, dan kan hij zonder vmbo-diploma door naar Sport- en bewegingsleider (niveau 3) of een andere opleiding van de afdeling mbo op een passend niveau.
7.4 Past sport toch niet, dan kan de leerling binnen de afdeling mbo naar een andere opleiding op niveau 4. Vooropleidingseisen gelden daarbij niet.
7.5 Welke weg het wordt, besluiten de sectordirecteuren samen, nadat de routestaf met de leerling en zijn ouders heeft gesproken. Zij kijken naar wat de leerling al heeft afgerond, naar zijn leeftijd en naar zijn wensen. Kiest de leerling een opleiding bij een andere instelling, dan verzorgt de routestaf een warme overdracht.
7.6 De uitwerking staat in de schoolgids van Waalstad College.
## § 8 Begroting
8.1 De afdeling vmbo en de afdeling mbo behoren tot dezelfde rechtspersoon. Er vindt daarom geen overdracht van bekostiging plaats tussen een school en een instelling als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB.
8.2 In de begroting van Waalstad College worden de baten en lasten van routejaar 1 en 2 aan de afdeling vmbo en die van routejaar 3 en 4 aan de afdeling mbo toegerekend. Het routebudget van € 20.000 per schooljaar wordt centraal begroot.
## § 9 Inspraak
De gemeenschappelijke medezeggenschapsraad wordt om advies gevraagd over wijzigingen van deze regeling.
## § 10 Slotbepalingen
10.1 Deze regeling treedt in werking op 1 augustus 2025.
10.2 Het college van bestuur evalueert de regeling na twee schooljaren op basis van de rapportages van § 5.
10.3 Gaat Waalstad College voor deze route samenwerken met een school of instelling van een ander bevoegd gezag, dan wordt daarvoor een samenwerkingsovereenkomst gesloten.
10.4 Deze regeling wordt aangehaald als: Interne regeling doorlopende leerroute Sport en bewegen Waalstad College.
~ Nijmegen, 30 juni 2025. Het college van bestuur van Stichting Waalstad Onderwijs, drs. H.W. Verhoeven, voorzitter; mr. A.J.M. Thijssen, lid.
""")
SAMPLES[231]["author"] = "Bestuursbureau Waalstad Onderwijs"


# =============================================================================================
# 232 - Q&A for parents that the two boards sign as their agreement; Westelijke Mijnstreek;
#       Z&W kb -> Verzorgende-IG niveau 3. Defects: b (intention only: "we willen", "het streven
#       is"), g (transfer with an amount but no bestemming). h only describes the law -> n/a.
# =============================================================================================

def wrap_txt(text, width=90):
    import textwrap
    out = []
    for line in text.strip("\n").splitlines():
        if len(line) <= width or line.startswith(("=", "-", "|")):
            out.append(line)
        else:
            indent = "   " if re.match(r"^(- |\d+\) )", line) else ""
            out.append(textwrap.fill(line, width=width, subsequent_indent=indent,
                                     break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


sample(
    232, "vragen_ouders_mijnstreek_verzorgende_ig", "txt",
    "Vraag-en-antwoorddocument voor ouders dat beide besturen als overeenkomst ondertekenen, platte tekst, "
    "Westelijke Mijnstreek, Z&W kb -> Verzorgende-IG niveau 3; b zwak (alleen voornemen: 'we willen', "
    "'het streven is'), g zwak (bedrag per leerling zonder bestemming), h beschrijft alleen de wet -> n.v.t.",
    st("pwppppwnpp"),
    {"a": "1. Om welke opleiding gaat het?",
     "c": "2. Wie is de baas van de route?",
     "d": "3. Hoe weten de besturen of het goed gaat?",
     "e": "4. Waar krijgt mijn kind les, en van wie?",
     "f": "6. Wat als het niet lukt of niet bevalt?",
     "i": "9. Wat als de scholen het samen oneens zijn?",
     "j": "10. Kan de route stoppen, veranderen of groter worden?"},
    wrap_txt("""
VRAGEN EN ANTWOORDEN VOOR OUDERS
Doorlopende leerroute Zorg en welzijn - Verzorgende-IG
Mijnstreek Vakcollege (Sittard) en Zuid-Limburgs Opleidingencentrum (Geleen)
Versie 1.0, juni 2025
==========================================================================================

Waarom dit document?
Dit is meer dan een folder. De besturen van het Mijnstreek Vakcollege en het Zuid-Limburgs Opleidingencentrum (ZLO) hebben afgesproken dat deze vragen en antwoorden hun samenwerkingsovereenkomst voor deze route zijn. Wat hieronder staat, beloven de scholen elkaar, en dat mag u van ons verwachten. Waar "wij" staat, bedoelen we de twee scholen samen. Beide besturen hebben het document ondertekend (zie vraag 11).

1. Om welke opleiding gaat het?
Uw kind volgt in leerjaar 3 en 4 van het vmbo de kaderberoepsgerichte leerweg met het profiel Zorg en welzijn op het Mijnstreek Vakcollege. Daarna gaat het zonder nieuwe aanmelding verder met de mbo-opleiding Verzorgende-IG (niveau 3) van het ZLO in Geleen, in de beroepsopleidende leerweg. De hele route duurt vijf jaar: twee jaar vmbo en drie jaar mbo. Uw kind haalt onderweg het vmbo-diploma en aan het eind het mbo-diploma. Elk jaar kunnen 22 leerlingen starten.

2. Wie is de baas van de route?
De route heeft één routecoördinator. Zij of hij wordt aangesteld door de directeur van het Mijnstreek Vakcollege en de directeur Zorg en Welzijn van het ZLO samen, steeds voor drie schooljaren. Op dit moment is dat mevrouw Y. Coenen-Brouns.
De routecoördinator maakt het rooster, stelt met de docenten het programma op, plant de praktijkweken, houdt de gesprekken als een leerling twijfelt aan de route en is uw aanspreekpunt. Zij mag zelf beslissen over het rooster, over welke docent welke lessen geeft en over uitgaven tot 10.000 euro per schooljaar. Grotere beslissingen legt zij voor aan de twee directeuren. Over het personeel en over de examens beslist zij niet; dat blijft bij de besturen en de examencommissies.

3. Hoe weten de besturen of het goed gaat?
De routecoördinator schrijft elk half jaar, in januari en in juli, een kort verslag voor beide besturen: hoeveel leerlingen er zijn, hoeveel er zijn gestopt of overgestapt, hoe de examens zijn gegaan en hoe vaak er is verzuimd. Eén keer per jaar, in september, bespreken de twee bestuurders dat verslag met haar. Zij legt dan uit wat er met het budget is gedaan en waarom.

4. Waar krijgt mijn kind les, en van wie?
In de eerste twee jaar zit uw kind op het Mijnstreek Vakcollege in Sittard. Eén middag per week is er les op het ZLO in Geleen, in het oefenappartement met hoog-laagbedden en een tillift. Vanaf het derde jaar zit uw kind op het ZLO. Andersom gebruiken de ZLO-docenten in Sittard het praktijklokaal verzorging van het Vakcollege.
Uw kind krijgt les van één team. Twee docenten van het ZLO geven al vanaf het eerste jaar lessen zorg op het Vakcollege. Twee docenten van het Vakcollege geven in het derde jaar nog Nederlands en rekenen op het ZLO. Voor het onderdeel Gezondheid en zorg werken de docenten samen op grond van de teambevoegdheid. Iedere docent blijft in dienst van de eigen school.
Welke lessen, toetsen en examens er in welk jaar zijn, staat in het gezamenlijke PTA/OER van de route. Dat wordt elk jaar vóór 1 juli vastgesteld en staat op de website van beide scholen. Het vmbo-examen doet uw kind in het tweede jaar van de route.

5. Doen zorgorganisaties ook mee?
Dat willen we graag. Het streven is dat zorgorganisaties uit de Westelijke Mijnstreek al vanaf het eerste jaar een rol krijgen, bijvoorbeeld met gastlessen en meeloopdagen, en dat zij later ook meedenken over het programma. We willen hierover in het komende schooljaar met een aantal organisaties in gesprek gaan. Zodra daar meer over bekend is, hoort u het van ons.

6. Wat als het niet lukt of niet bevalt?
Geen enkele leerling valt tussen wal en schip. Wie uit de route stapt, krijgt altijd een plek waar hij of zij een diploma kan halen.
- In het eerste of tweede jaar gaat uw kind verder in de gewone kaderberoepsgerichte leerweg van het Vakcollege, met hetzelfde of een ander profiel, en doet het gewoon vmbo-examen.
- Is het vmbo-diploma er aan het eind van het tweede jaar nog niet, dan mag uw kind in het derde jaar herexamen doen en tegelijk doorgaan met het mbo.
- Blijkt niveau 3 te hoog, dan kan uw kind bij het ZLO overstappen naar Helpende zorg en welzijn (niveau 2). Past de zorg niet, dan kan het naar een andere opleiding van het ZLO op hetzelfde niveau, bijvoorbeeld Pedagogisch medewerker kinderopvang. Het ZLO stelt dan geen extra toelatingseisen.
- Wil uw kind naar een andere school of instelling, dan helpen wij bij de aanmelding en geven wij de gegevens door.
Welke plek het wordt, beslissen het Vakcollege en het ZLO samen, na een gesprek met uw kind en met u. Wij kijken naar wat uw kind al heeft gehaald, naar de leeftijd en naar wat uw kind zelf wil. Binnen vier weken na dat gesprek krijgt u ons besluit op papier.

7. Betalen de scholen elkaar?
Ja. In de eerste twee jaar van de route betaalt het Mijnstreek Vakcollege aan het ZLO 1.150 euro per leerling per schooljaar. Het ZLO stuurt daarvoor in oktober een rekening. Vanaf het derde jaar worden er geen bedragen meer overgemaakt.

8. Hebben ouders en leerlingen inspraak?
In de eerste twee jaar staat uw kind ingeschreven bij het Mijnstreek Vakcollege. U kunt dan meepraten via de medezeggenschapsraad van de school; zo regelt de Wet medezeggenschap op scholen dat. Vanaf het derde jaar is uw kind student van het ZLO. Dan gelden de regels van de WEB voor de studentenraad en de ouderraad van het ZLO. De wet geeft scholen de ruimte om daar extra afspraken over te maken.

9. Wat als de scholen het samen oneens zijn?
Dan praten eerst de twee directeuren met elkaar. Komen zij er binnen een maand niet uit, dan gaat het naar de twee besturen. Lukt het de besturen binnen zes weken niet, dan vragen zij samen een onafhankelijke mediator om te helpen. Helpt ook dat niet, dan legt een van beide besturen de zaak voor aan de rechtbank Limburg in Maastricht. Uw kind merkt daar niets van: de lessen gaan gewoon door.

10. Kan de route stoppen, veranderen of groter worden?
- Een andere vmbo-school of mbo-instelling kan meedoen als beide besturen daar schriftelijk mee akkoord gaan en de nieuwe school deze afspraken ondertekent. Een nieuwe school doet pas mee vanaf het begin van een schooljaar.
- Deze afspraken veranderen alleen als beide besturen een nieuwe versie ondertekenen. U vindt de nieuwste versie altijd op de website van beide scholen. Een verandering in het programma geldt alleen voor leerlingen die daarna beginnen, tenzij die verandering in het voordeel van uw kind is.
- Een bestuur kan met de route stoppen door dat schriftelijk te laten weten, minstens een jaar van tevoren en alleen per 1 augustus. Bij een ernstig probleem, zoals een faillissement, kan het sneller.
- Leerlingen die al in de route zitten, mogen haar altijd afmaken. Na een opzegging worden geen nieuwe leerlingen meer aangenomen.

11. Wie heeft dit ondertekend?
Sittard, 30 juni 2025
Voor Stichting Voortgezet Onderwijs Westelijke Mijnstreek, bevoegd gezag van het Mijnstreek Vakcollege:
drs. L.P.M. Schrijen, voorzitter college van bestuur
Voor Stichting Zuid-Limburgs Opleidingencentrum:
mr. J.W. Dassen, voorzitter college van bestuur
"""))


# =============================================================================================
# 233 - practitioners' afsprakenkaart (markdown tables), adopted and signed by the boards;
#       Vechtdal; BWI bb -> Metselaar niveau 2 at a vakinstelling. Compliant, bouw jargon.
# =============================================================================================

sample(
    233, "afsprakenkaart_vechtdal_metselaar", "md",
    "Afsprakenkaart van de uitvoerders, door beide besturen vastgesteld, Markdown met tabellen, Vechtdal, "
    "BWI bb -> Metselaar niveau 2 bij een vakinstelling; volledig in orde in bouwjargon (bestek, "
    "uitvoerders, bouwrapport, als het schuurt, erbij/eruit/verbouwen)",
    st("pppppppppp"),
    {"a": "1. Het bestek",
     "b": "2. De aannemers doen mee",
     "c": "3. De uitvoerders",
     "d": "4. Opleveren en rapporteren",
     "e": "5. De bouwplaats",
     "f": "6. Ander werk als het tegenzit",
     "g": "7. Kosten",
     "h": "8. Wie praat mee",
     "i": "9. Als het schuurt",
     "j": "10. Erbij, eruit, verbouwen"},
    """
# Afsprakenkaart Bouwroute Vechtdal

**Metselen vanaf de vmbo-bank: doorlopende leerroute vmbo-mbo, versie 30 juni 2025**

> Deze kaart is geschreven door de mensen die de route elke dag draaien: de teamleider bouw van het
> Vechtdal Vakcollege en de praktijkopleider metselen van de Bouwvakschool Overijssel-Oost. Beide
> besturen hebben de kaart vastgesteld als hun samenwerkingsovereenkomst en haar onderaan ondertekend.
> Wat op deze kaart staat, geldt tussen de twee besturen.

| Wie | Bevoegd gezag | Getekend door |
|---|---|---|
| Vechtdal Vakcollege, Hardenberg (de school) | Stichting Openbaar Voortgezet Onderwijs Vechtdal | G.H. Nijzink, voorzitter college van bestuur |
| Bouwvakschool Overijssel-Oost, Dedemsvaart (de vakschool) | Stichting Bouwvakschool Overijssel-Oost, vakinstelling | ing. R. Slaghekke, bestuurder |

## 1. Het bestek

| Onderdeel | Afspraak |
|---|---|
| Beginpunt | vmbo leerjaar 3, basisberoepsgerichte leerweg, profiel Bouwen, wonen en interieur (BWI), Vechtdal Vakcollege |
| Eindpunt | mbo-diploma Metselaar, niveau 2 (basisberoepsopleiding), beroepsopleidende leerweg, Bouwvakschool Overijssel-Oost |
| Opleidingsdomein | Bouw en infra |
| Lengte | vier routejaren (RJ1 t/m RJ4); vmbo-diploma in RJ2 |
| Groepsgrootte | hoogstens 16 leerlingen per jaar |

## 2. De aannemers doen mee

De Vereniging Vechtdalse Bouwbedrijven (VVB, veertien aannemers en metselbedrijven) bouwt mee aan de
route. Per leerjaar betekent dat:

- **Bouwmaat.** Elke leerling krijgt vanaf RJ1 een vaste bouwmaat bij een VVB-bedrijf: tien dagen
  meewerken in RJ1, vier weken in RJ2 en de bpv in RJ3 en RJ4. Alleen SBB-erkende leerbedrijven leveren bpv.
- **Echt werk.** Elk jaar levert de VVB één echt project aan (bijvoorbeeld een tuinmuur bij het
  buurthuis in Bergentheim) dat de groep onder leiding van een leermeester uitvoert.
- **Meekijken bij de proeve.** Uitvoerders van VVB-bedrijven beoordelen de proeve van bekwaamheid in
  RJ4 mee.
- **Bouwvergadering.** In oktober en maart zit de routeploeg met drie VVB-afgevaardigden om tafel over
  programma, materiaal en veiligheid. Wat daaruit komt, staat in het opleverrapport (punt 4).

## 3. De uitvoerders

| Onderdeel | Afspraak |
|---|---|
| Wie | De routeploeg: de teamleider bouw en een docent bouw van de school, de praktijkopleider metselen en een leermeester van de vakschool |
| Hoe je erin komt | Elk college van bestuur zet zijn twee mensen per brief op de route, telkens in juni voor het volgende schooljaar, na overleg met het andere bestuur. Wie vertrekt, wordt binnen zes weken op dezelfde manier vervangen |
| Wat ze doen | planning en rooster, intake van nieuwe leerlingen, indeling van bouwmaten, voorbereiden PTA/OER, overstapgesprekken (punt 6), contact met de VVB |
| Wat ze zelf mogen beslissen | rooster, planning van de metselhal, indeling van bouwmaten, inzet van docenten binnen de uren die de besturen toekennen, uitgaven voor materiaal tot € 8.000 per schooljaar |
| Wat niet | personeel aannemen, het PTA/OER vaststellen (dat doen de besturen), examenuitslagen (examencommissie), deze kaart veranderen |

## 4. Opleveren en rapporteren

- **Bouwrapport.** Na elk van de vier blokken per schooljaar stuurt de routeploeg beide bestuurders een
  bouwrapport van één A4: aantallen leerlingen, verzuim, uitval, bpv en veiligheidsincidenten.
- **Opleverrapport.** Uiterlijk 15 oktober volgt het opleverrapport over het hele schooljaar, inclusief
  de uitgaven en de inbreng van de VVB.
- **Eindoplevering.** In november bespreken beide bestuurders het opleverrapport met de routeploeg. De
  ploeg staat daar voor haar keuzes in.

## 5. De bouwplaats

| Onderdeel | Afspraak |
|---|---|
| Waar | RJ1 en RJ2 op het Vechtdal Vakcollege in Hardenberg, met één dag per week in de metselhal van de vakschool in Dedemsvaart; RJ3 en RJ4 op de vakschool en bij de bouwmaat |
| Programma en examens per jaar | PTA/OER Bouwroute Vechtdal, per routejaar uitgewerkt, elk jaar vóór 1 juli vastgesteld door beide besturen; mbo-examens kunnen vanaf RJ1 |
| Mensen | één ploeg van zes: drie van de school, drie van de vakschool. Leermeesters van de vakschool geven vanaf RJ1 metselen; docenten van de school geven in RJ3 nog Nederlands en rekenen. Voor het vakoverstijgende onderdeel Bouwen en veiligheid werkt de ploeg met teambevoegdheid; ieder draagt verantwoordelijkheid voor zijn eigen vak. Iedereen blijft in dienst van de eigen werkgever |
| Materiaal en ruimte | de vakschool stelt de metselhal, het steigermateriaal en de mortelmolens ter beschikking; de school de houtwerkplaats en het theorielokaal bouw. Over en weer gratis. Werkschoenen en helm krijgt de leerling in RJ1 van de school |
| Veiligheid | VCA-basis in RJ2 |
| Klachten | de klachtenregeling van elke partij geldt ook voor gedrag van medewerkers van de ander binnen de route |

## 6. Ander werk als het tegenzit

Niemand gaat de route uit zonder nieuw werk op weg naar een diploma.

| Situatie | Wat de leerling krijgt |
|---|---|
| Stopt in RJ1 of RJ2 | verder in de gewone basis- of kaderberoepsgerichte leerweg van de school, BWI of een ander profiel, met vmbo-examen |
| Geen vmbo-diploma eind RJ2 | herkansing in RJ3 terwijl het mbo doorloopt; daarna zo nodig zonder vmbo-diploma verder in Metselaar |
| Metselen past niet | overstap binnen de vakschool naar Timmerman of Tegelzetter (niveau 2), zonder vooropleidingseisen |
| Verhuizing of andere instelling | warme overdracht; de andere instelling kan na een geschiktheidsonderzoek toelaten |

**Wie besluit:** de mentor en de praktijkopleider praten met de leerling en zijn ouders. Daarna kiezen
de teamleider bouw van de school en de directeur van de vakschool samen de plek, op grond van wat de
leerling al af heeft en zijn leeftijd, binnen drie weken. De uitwerking staat in de schoolgids.

## 7. Kosten

Er gaat geen bekostiging van de ene partij naar de andere. Ieder betaalt de eigen mensen en de eigen
spullen. Stenen en mortel voor het echte werk komen van de VVB.

## 8. Wie praat mee

- Eén leerling uit RJ1 of RJ2 zit namens de route in de studentenraad van de vakschool, met stemrecht
  over zaken die de route raken.
- De medezeggenschapsraad van de school en de studentenraad van de vakschool krijgen allebei het
  opleverrapport en mogen binnen zes weken advies geven aan de besturen.
- Een wijziging van het PTA/OER gaat eerst voor advies naar beide raden.

## 9. Als het schuurt

1. Verschil van mening over de uitvoering van deze kaart? Eerst de routeploeg, binnen twee weken.
2. Lukt dat niet: de twee bestuurders, binnen vier weken.
3. Lukt dat niet: één onafhankelijke deskundige die beide besturen samen kiezen, geeft bindend advies.
   Komen de besturen niet tot een keuze, dan wijst de deken van de Orde van Advocaten in het
   arrondissement Overijssel de deskundige aan. De kosten worden gedeeld.

## 10. Erbij, eruit, verbouwen

- **Looptijd.** Onbepaalde tijd, vanaf 1 augustus 2025.
- **Erbij.** Een andere vo-school of mbo-instelling kan aanhaken als beide besturen schriftelijk ja
  zeggen en de nieuwe partij deze kaart tekent. Aanhaken gaat altijd per 1 augustus; lopende groepen
  blijven bij elkaar.
- **Verbouwen.** Wijzigen kan alleen met een nieuwe versie van deze kaart die beide besturen tekenen.
  Programmawijzigingen gelden alleen voor nieuwe instroom.
- **Eruit.** Opzeggen per aangetekende brief, ten minste twaalf maanden van tevoren en altijd per
  1 augustus. Direct uit elkaar kan alleen bij faillissement of als een partij de afspraken na een
  schriftelijke waarschuwing grof blijft schenden.
- **Lopende leerlingen.** Wie in de route zit, bouwt haar af bij de partijen. Na een opzegging stroomt
  niemand meer in.

---

Getekend te Hardenberg, 30 juni 2025

G.H. Nijzink, voorzitter college van bestuur, Stichting Openbaar Voortgezet Onderwijs Vechtdal

ing. R. Slaghekke, bestuurder, Stichting Bouwvakschool Overijssel-Oost
""")


# =============================================================================================
# 234 - a lawyer's long contract (definitions, many leden, annex); Waterland; MVI gl ->
#       Mediamaker niveau 4. Compliant; nominal and passive legal style.
# =============================================================================================

sample(
    234, "advocatencontract_lang_waterland_mediamaker", "pdf",
    "Lang advocatencontract met definities, considerans en bijlage, PDF, Waterland, MVI gl -> Mediamaker "
    "niveau 4; volledig in orde in nominale en passieve juridische stijl (Routedirectie, rekenschap, "
    "continuiteitswaarborg, Routeberaad, overdracht met omvang en bestemming, uitbreiding van de kring van Partijen)",
    st("pppppppppp"),
    {"a": "Artikel 2 Voorwerp van de Overeenkomst",
     "b": "Artikel 4 Inbreng van de creatieve sector",
     "c": "Artikel 5 Aansturing van de Route",
     "d": "Artikel 6 Informatieverplichtingen en rekenschap",
     "e": "Artikel 7 Inrichting van het onderwijs",
     "f": "Artikel 8 Continuïteitswaarborg voor Deelnemers",
     "g": "Artikel 11 Financiële stromen tussen Partijen",
     "h": "Artikel 12 Participatie van Deelnemers, ouders en personeel",
     "i": "Artikel 14 Conflictregeling",
     "j": "Artikel 15 Uitbreiding van de kring van Partijen"},
    """
# SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE MEDIA WATERLAND
~ Definitieve versie d.d. 30 juni 2025, opgesteld door Van Rijckevorsel Deelstra Advocaten, Amsterdam, in opdracht van partijen. Dossiernummer 2025.0412.
## DE ONDERGETEKENDEN:
1. de stichting **Stichting Voortgezet Onderwijs Waterland**, statutair gevestigd te Purmerend, kantoorhoudende aan de Kwadijkerweg 40 te (1443 AB) Purmerend, ingeschreven in het Handelsregister van de Kamer van Koophandel onder nummer 41238810, bevoegd gezag van de school voor voorbereidend beroepsonderwijs en middelbaar algemeen voortgezet onderwijs Vakcollege Waterland, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van haar college van bestuur, de heer mr. drs. F.A. Brouwer, hierna te noemen: de "**School**";
2. de stichting **Stichting Regionaal Opleidingencentrum Waterland & Amstel**, statutair gevestigd te Purmerend, kantoorhoudende aan de Tramweg 12 te (1448 PV) Purmerend, ingeschreven in het Handelsregister van de Kamer van Koophandel onder nummer 41240617, bevoegd gezag van het regionaal opleidingencentrum ROC Waterland & Amstel, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van haar college van bestuur, mevrouw dr. C.M. Oosterhuis-Bakker, hierna te noemen: het "**ROC**";
Partijen hierna gezamenlijk ook te noemen: "**Partijen**" en ieder afzonderlijk: een "**Partij**".
## NEMEN IN AANMERKING DAT:
A. Partijen sinds het schooljaar 2022-2023 op informele basis samenwerken bij het verzorgen van mediaonderwijs voor leerlingen van de gemengde leerweg;
B. Partijen deze samenwerking wensen om te zetten in een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 (hierna: "**WVO 2020**") en artikel 9.1.2 van de Wet educatie en beroepsonderwijs (hierna: "**WEB**");
C. een doorlopende leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB wordt verzorgd op grond van een samenwerkingsovereenkomst tussen de bevoegde gezagsorganen van de school en de instelling voor beroepsonderwijs;
D. de gemeenschappelijke medezeggenschapsraad van de School en de studentenraad en de ondernemingsraad van het ROC over het voornemen tot deze samenwerking advies hebben uitgebracht;
E. Partijen hun afspraken daarom in deze overeenkomst (hierna: de "**Overeenkomst**") wensen vast te leggen;
## EN KOMEN OVEREEN ALS VOLGT:
## Artikel 1 Definities
1.1 In de Overeenkomst wordt, tenzij uitdrukkelijk anders bepaald, verstaan onder:
- a. **Route**: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2;
- b. **Routejaar**: een leerjaar van de Route; Routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van de gemengde leerweg van de School, Routejaar 3 tot en met 5 met de leerjaren van de opleiding van het ROC;
- c. **Leerling**: een deelnemer aan de Route die bij de School staat ingeschreven;
- d. **Student**: een deelnemer aan de Route die bij het ROC staat ingeschreven;
- e. **Deelnemer**: een Leerling of een Student;
- f. **Routedirectie**: het orgaan als bedoeld in artikel 5;
- g. **Bestuurlijk Overleg**: het overleg tussen de voorzitters van de colleges van bestuur van Partijen;
- h. **Werkveldpanel**: het panel als bedoeld in artikel 4;
- i. **Routeberaad**: het beraad als bedoeld in artikel 12;
- j. **PTA/OER**: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de Route;
- k. **Schooljaar**: de periode van 1 augustus tot en met 31 juli van het daaropvolgende kalenderjaar;
- l. **Bijlage**: een bijlage bij de Overeenkomst, die daarvan integraal deel uitmaakt.
1.2 Verwijzingen naar wettelijke bepalingen omvatten tevens de bepalingen die daarvoor in de plaats treden.
## Artikel 2 Voorwerp van de Overeenkomst
2.1 Partijen verzorgen met ingang van het Schooljaar 2025-2026 gezamenlijk de Route. De Route vangt aan in het derde leerjaar van de gemengde leerweg van de School, profiel Media, vormgeving en ICT, en mondt uit in de middenkaderopleiding Mediamaker (niveau 4, beroepsopleidende leerweg) van het ROC, welke opleiding behoort tot het opleidingsdomein Media en vormgeving.
2.2 De Route omvat vijf Routejaren. Het vmbo-diploma wordt uiterlijk in Routejaar 2 behaald; het mbo-diploma aan het einde van Routejaar 5. Voor Deelnemers die daartoe in staat zijn, kan de Route met een half jaar worden verkort.
2.3 Het aantal Deelnemers dat jaarlijks in de Route instroomt, wordt door de Routedirectie vastgesteld en bedraagt niet meer dan 30.
2.4 Het routeschema per Routejaar is opgenomen in Bijlage 1.
## Artikel 3 Melding, inschrijving en uitschrijving
3.1 Partijen melden de Route gezamenlijk aan de Minister van Onderwijs, Cultuur en Wetenschap door registratie in het Registratie Instellingen en Opleidingen (RIO) van DUO, ieder voor zover het de eigen gegevens betreft, uiterlijk op 1 oktober 2025.
3.2 Gedurende Routejaar 1 en 2 staat de Deelnemer als Leerling bij de School ingeschreven. Met ingang van Routejaar 3 wordt hij bij de School uitgeschreven en als Student bij het ROC ingeschreven, met dien verstande dat een Deelnemer die het vmbo-diploma nog niet heeft behaald, voor de afronding daarvan bij de School ingeschreven blijft.
## Artikel 4 Inbreng van de creatieve sector
4.1 Ten behoeve van de Route wordt door Partijen een Werkveldpanel in stand gehouden, waarin zitting hebben ten minste vijf vertegenwoordigers van ondernemingen uit de media- en communicatiebranche in Waterland en Amsterdam-Noord, van wie ten minste twee werkzaam zijn bij een door SBB erkend leerbedrijf. Bij het sluiten van de Overeenkomst hebben de volgende ondernemingen zich tot deelname verbonden: Studio Wijdewormer B.V. (audiovisuele producties), Beeldbrouwerij Purmerend V.O.F. (fotografie en ontwerp), Noordlicht Media B.V. (online content), Omroep Waterland (lokale publieke omroep) en Pixelwerf Edam B.V. (animatie).
4.2 De inbreng van de in het Werkveldpanel vertegenwoordigde ondernemingen omvat ten minste:
- a. de terbeschikkingstelling van in totaal ten minste twintig plaatsen per Schooljaar voor snuffelstages in Routejaar 2 en voor beroepspraktijkvorming in Routejaar 3 tot en met 5;
- b. de aanlevering van ten minste twee opdrachten per Schooljaar door een opdrachtgever uit de branche, die door de Deelnemers onder begeleiding worden uitgevoerd en aan de opdrachtgever worden opgeleverd;
- c. de deelneming van een vertegenwoordiger als externe beoordelaar bij de beoordeling van het examenproject in Routejaar 5;
- d. de advisering over de inhoud van het programma en de keuzedelen, schriftelijk en jaarlijks vóór 1 maart, ter voorbereiding van het PTA/OER van het volgende Schooljaar.
4.3 Het Werkveldpanel komt ten minste tweemaal per Schooljaar bijeen met de Routedirectie. Van de bijeenkomsten wordt een verslag opgemaakt dat bij het jaarverslag bedoeld in artikel 6.2 wordt gevoegd.
## Artikel 5 Aansturing van de Route
5.1 De aansturing van de Route berust bij de Routedirectie.
5.2 De Routedirectie bestaat uit drie leden: de teamleider Media, vormgeving en ICT van de School, de opleidingsmanager Media van het ROC en een routecoördinator.
5.3 Het lid van de Routedirectie afkomstig van de School wordt benoemd door het college van bestuur van de School; het lid afkomstig van het ROC door het college van bestuur van het ROC; de routecoördinator door beide colleges van bestuur gezamenlijk, na een gezamenlijke selectieprocedure. Benoeming geschiedt schriftelijk en voor een termijn van vier jaar; herbenoeming is mogelijk. Schorsing en ontslag uit de functie geschieden door het orgaan dat tot benoeming bevoegd is, na overleg met de andere Partij.
5.4 Aan de Routedirectie wordt door de colleges van bestuur van Partijen opgedragen:
- a. de voorbereiding, de uitvoering en de evaluatie van het onderwijsprogramma van de Route;
- b. de voorbereiding van het PTA/OER;
- c. de roostering en de toedeling van de onderwijstaken aan de leden van het routeteam;
- d. de werving, de voorlichting en de toelating van Deelnemers;
- e. de uitvoering van de continuïteitswaarborg van artikel 8;
- f. het onderhouden van de contacten met het Werkveldpanel;
- g. het beheer van het routebudget.
5.5 De Routedirectie is bevoegd tot het nemen van besluiten omtrent de onder 5.4 sub a, c, d, f en g genoemde onderwerpen, tot het aangaan van verplichtingen ten laste van het routebudget tot een bedrag van € 25.000 per Schooljaar en tot het vaststellen van het instroomaantal binnen de grens van artikel 2.3. Voor besluiten die daarbuiten vallen, alsmede voor besluiten met rechtspositionele gevolgen voor personeel, is de voorafgaande schriftelijke toestemming van beide colleges van bestuur vereist. De vaststelling van het PTA/OER en examenbesluiten blijven voorbehouden aan de daartoe wettelijk bevoegde organen.
5.6 De Routedirectie besluit bij meerderheid van stemmen. Een besluit waartegen het lid afkomstig van een Partij zich heeft uitgesproken, wordt op verzoek van dat lid aan het Bestuurlijk Overleg voorgelegd.
## Artikel 6 Informatieverplichtingen en rekenschap
6.1 Door de Routedirectie wordt aan elk van de colleges van bestuur van Partijen binnen zes weken na afloop van elk semester een schriftelijke voortgangsrapportage verstrekt, waarin ten minste zijn opgenomen: de aantallen Deelnemers per Routejaar, de in-, door- en uitstroom, het verzuim, de resultaten van toetsing en examinering, de toepassing van artikel 8 en de uitputting van het routebudget.
6.2 Jaarlijks vóór 1 november wordt door de Routedirectie een jaarverslag over het voorafgaande Schooljaar uitgebracht aan beide colleges van bestuur, vergezeld van een financiële verantwoording over de besteding van het routebudget en van de middelen bedoeld in artikel 11.
6.3 Het jaarverslag wordt in het Bestuurlijk Overleg van november besproken. De Routedirectie legt daarin rekenschap af van het gevoerde beleid; het Bestuurlijk Overleg stelt het jaarverslag vast.
6.4 Van omstandigheden die de continuïteit of de kwaliteit van de Route wezenlijk raken, wordt door de Routedirectie onverwijld mededeling gedaan aan beide colleges van bestuur.
6.5 Op verzoek van een college van bestuur verschaft de Routedirectie binnen tien werkdagen alle gegevens over de Route die dat college redelijkerwijs behoeft.
## Artikel 7 Inrichting van het onderwijs
7.1 Routejaar 1 en 2 worden verzorgd in het gebouw van de School aan de Kwadijkerweg te Purmerend, met dien verstande dat de Leerlingen één dag per week onderwijs volgen in het mediacentrum van het ROC aan de Tramweg. Routejaar 3 tot en met 5 worden verzorgd op de locatie Tramweg van het ROC.
7.2 Het onderwijsprogramma, de toetsing en examinering en de beroepspraktijkvorming worden per Routejaar beschreven in het PTA/OER, waarin wordt aangegeven welke programmaonderdelen tot het vmbo, welke tot het mbo en welke tot beide behoren. Het PTA/OER wordt jaarlijks vóór 1 juli door beide colleges van bestuur vastgesteld en in de schoolgids van de School en de studiegids van het ROC bekendgemaakt.
7.3 Het centraal examen van de gemengde leerweg wordt afgenomen in Routejaar 2. De examinering van mbo-onderdelen kan aanvangen in Routejaar 1. De School blijft verantwoordelijk voor de vmbo-examinering en -diplomering, het ROC voor de mbo-examinering en -diplomering.
7.4 Het onderwijs wordt verzorgd door één routeteam, bestaande uit ten minste vier docenten van de School en vier docenten en instructeurs van het ROC. Docenten van het ROC verzorgen vanaf Routejaar 1 de beroepsgerichte programmaonderdelen; docenten van de School verzorgen in Routejaar 3 de algemene vakken Nederlands en Engels. Voor de vakoverstijgende programmaonderdelen Visueel verhalen vertellen en Digitale productie wordt gebruik gemaakt van de teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, waarbij voor ieder programmaonderdeel ten minste één bevoegd lid van het team is betrokken en ieder teamlid verantwoordelijk blijft voor het deel waarvoor hij bevoegd is. De leden van het routeteam blijven in dienst van de Partij die hen heeft aangesteld; de wederzijdse inzet wordt vastgelegd in een jaarlijks door de Routedirectie op te stellen inzetoverzicht.
7.5 Ten behoeve van de Route worden door het ROC de mediastudio met greenscreen, de montageruimte met twaalf werkplekken en de uitleen van camera- en geluidsapparatuur ter beschikking gesteld, en door de School het computerlokaal met grafische werkplekken en de fotostudio. Deelnemers verkrijgen vanaf Routejaar 1 toegang tot de digitale leeromgeving en de softwarelicenties van het ROC. Het gebruik van de voorzieningen van het ROC in Routejaar 1 en 2 is verdisconteerd in de bijdrage van artikel 11; het gebruik van de voorzieningen van de School geschiedt om niet.
7.6 De verantwoordelijkheid voor verzuimregistratie, zorg en ondersteuning berust gedurende Routejaar 1 en 2 bij de School en vanaf Routejaar 3 bij het ROC.
7.7 De klachtenregeling van ieder der Partijen is mede van toepassing op gedragingen van het bevoegd gezag en het personeel van de andere Partij in het kader van de Route. Partijen verlenen elkaar medewerking bij de behandeling van een klacht.
## Artikel 8 Continuïteitswaarborg voor Deelnemers
8.1 Aan een Deelnemer wiens deelname aan de Route wordt beëindigd voordat hij deze met goed gevolg heeft doorlopen, wordt door Partijen de gelegenheid geboden een vmbo-diploma of een mbo-diploma te behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd.
8.2 Daarbij worden de volgende mogelijkheden in ieder geval aangeboden:
- a. bij beëindiging in Routejaar 1 of 2: voortzetting in de reguliere gemengde of kaderberoepsgerichte leerweg van de School, in het profiel Media, vormgeving en ICT of een ander profiel, gericht op het behalen van het vmbo-diploma;
- b. bij het niet behalen van het vmbo-diploma in Routejaar 2: herkansing in Routejaar 3 met gelijktijdige voortzetting van het mbo-programma, dan wel voortzetting van de Route zonder vmbo-diploma of instroom in een vakopleiding (niveau 3) van het ROC in het opleidingsdomein Media en vormgeving, indien dat gezien de behaalde programmaonderdelen haalbaar wordt geacht;
- c. bij gebleken ongeschiktheid voor de richting: overstap naar een andere opleiding van het ROC op hetzelfde niveau, zonder toepassing van de vooropleidingseisen;
- d. bij verhuizing of de wens tot voortzetting bij een andere instelling: begeleiding bij aanmelding en een warme overdracht van het dossier; toelating aldaar kan geschieden na een geschiktheidsonderzoek.
8.3 Over de toepassing van het tweede lid wordt beslist door de teamleider van de School en de opleidingsmanager van het ROC gezamenlijk, na een gesprek met de Deelnemer en, indien hij minderjarig is, zijn ouders. Bij de beslissing worden het bereikte onderwijsniveau, de leeftijd en de wensen van de Deelnemer betrokken. De beslissing wordt binnen vier weken na het gesprek schriftelijk meegedeeld.
8.4 Het eerste tot en met derde lid zijn niet van toepassing in geval van definitieve verwijdering.
8.5 Een nadere uitwerking wordt opgenomen in de schoolgids van de School en de studiegids van het ROC.
## Artikel 9 Verwerking van persoonsgegevens
9.1 Partijen wisselen persoonsgegevens van Deelnemers uitsluitend uit voor zover dat noodzakelijk is voor de uitvoering van de Overeenkomst en met inachtneming van de Algemene verordening gegevensbescherming. Ieder der Partijen is zelfstandig verwerkingsverantwoordelijke.
9.2 Bij de overgang van Routejaar 2 naar Routejaar 3 draagt de School het leerlingdossier over aan het ROC, voor zover de Deelnemer, of bij minderjarigheid zijn ouders, daarover vooraf is geïnformeerd.
## Artikel 10 Rechten op werk van Deelnemers
10.1 Rechten van intellectuele eigendom op werken die Deelnemers in het kader van de Route vervaardigen, berusten bij de Deelnemer, tenzij met een opdrachtgever als bedoeld in artikel 4.2 sub b met instemming van de Deelnemer, of bij minderjarigheid zijn ouders, schriftelijk anders is overeengekomen.
10.2 Partijen mogen werk van Deelnemers, met diens toestemming, gebruiken voor voorlichting over de Route.
## Artikel 11 Financiële stromen tussen Partijen
11.1 Met toepassing van artikel 5.42a WVO 2020 draagt de School over Routejaar 1 en 2 aan het ROC een deel van de door haar ontvangen bekostiging over ten bedrage van € 1.250 per Leerling per Schooljaar, te berekenen naar het aantal Leerlingen dat op 1 oktober van het betreffende Schooljaar in Routejaar 1 of 2 staat ingeschreven.
11.2 De overgedragen middelen worden door het ROC uitsluitend aangewend voor: (a) de inzet van docenten en instructeurs van het ROC in Routejaar 1 en 2; (b) het gebruik van de mediastudio, de montageruimte en de apparatuur bedoeld in artikel 7.5; en (c) de softwarelicenties van de Deelnemers in Routejaar 1 en 2.
11.3 Het ROC factureert het bedrag bedoeld in het eerste lid vóór 1 december; de School voldoet binnen dertig dagen na factuurdatum. Het bedrag wordt jaarlijks per 1 augustus geïndexeerd met de door de Minister voor het voortgezet onderwijs gehanteerde loon- en prijsbijstelling.
11.4 Over Routejaar 3 tot en met 5 vindt geen overdracht van bekostiging plaats. Overige kosten worden gedragen door de Partij die ze maakt, tenzij het routebudget daarin voorziet; het routebudget bedraagt € 25.000 per Schooljaar en wordt door ieder der Partijen voor de helft uit eigen middelen ter beschikking gesteld aan de Routedirectie.
## Artikel 12 Participatie van Deelnemers, ouders en personeel
12.1 Onverminderd de Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de ondernemingsraden, wordt voor de Route een Routeberaad ingesteld.
12.2 Het Routeberaad bestaat uit twee leden aangewezen door en uit de gemeenschappelijke medezeggenschapsraad van de School, twee leden aangewezen door en uit de studentenraad van het ROC en één lid aangewezen door en uit de ondernemingsraad van het ROC.
12.3 Het Routeberaad komt ten minste tweemaal per Schooljaar bijeen met de Routedirectie en wordt door de colleges van bestuur in de gelegenheid gesteld advies uit te brengen over: (a) het PTA/OER; (b) het jaarverslag bedoeld in artikel 6.2; (c) een voornemen tot wijziging, opzegging of ontbinding van de Overeenkomst en een voornemen tot toetreding van een derde.
12.4 Leerlingen in Routejaar 2 worden toegelaten tot de vergaderingen van de studentenraad van het ROC, met spreekrecht.
12.5 Bevoegdheden van de medezeggenschapsorganen van Partijen op grond van de wet worden door dit artikel niet beperkt.
## Artikel 13 Aansprakelijkheid en verzekering
13.1 Ieder der Partijen is aansprakelijk voor schade die voortvloeit uit een toerekenbare tekortkoming in de nakoming van haar verplichtingen uit de Overeenkomst, met uitzondering van gevolgschade.
13.2 Ieder der Partijen draagt zorg voor een adequate aansprakelijkheidsverzekering die mede dekking biedt voor activiteiten van Deelnemers op haar locaties.
## Artikel 14 Conflictregeling
14.1 Van een geschil is sprake indien een Partij dit schriftelijk aan de andere Partij meedeelt met een omschrijving van het punt van verschil over de uitvoering of de uitleg van de Overeenkomst.
14.2 Een geschil wordt eerst binnen dertig dagen na de mededeling bedoeld in het eerste lid in het Bestuurlijk Overleg besproken.
14.3 Indien het Bestuurlijk Overleg het geschil niet binnen dertig dagen na de eerste bespreking heeft opgelost, wordt het voorgelegd aan een mediator, te benoemen door Partijen gezamenlijk uit het register van de Mediatorsfederatie Nederland, met toepassing van het MfN-mediationreglement. De kosten worden door Partijen gelijkelijk gedragen.
14.4 Indien de mediation niet binnen drie maanden na de benoeming van de mediator tot een oplossing heeft geleid, is ieder der Partijen bevoegd het geschil voor te leggen aan de bevoegde rechter in het arrondissement Noord-Holland.
14.5 Gedurende de behandeling van een geschil blijven Partijen hun verplichtingen jegens de Deelnemers onverminderd nakomen.
## Artikel 15 Uitbreiding van de kring van Partijen
15.1 Een ander bevoegd gezag van een school voor voorbereidend beroepsonderwijs of middelbaar algemeen voortgezet onderwijs, dan wel van een instelling voor beroepsonderwijs, kan tot de Overeenkomst toetreden, mits: (a) beide Partijen daarmee schriftelijk instemmen na het advies bedoeld in artikel 12.3 sub c; (b) de toetredende partij de Overeenkomst door ondertekening van een toetredingsakte integraal aanvaardt; en (c) de toetreding ingaat per 1 augustus van een Schooljaar.
15.2 Een toetreding laat het programma en de examenregeling van Deelnemers die op dat moment in de Route zijn ingestroomd onverlet. Partijen en de toetredende partij dragen zorg voor een melding in RIO.
## Artikel 16 Duur en einde van de Overeenkomst
16.1 De Overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.
16.2 Ieder der Partijen kan de Overeenkomst bij aangetekende brief opzeggen tegen het einde van een Schooljaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden.
16.3 Ieder der Partijen kan de Overeenkomst buitengerechtelijk ontbinden indien (a) de andere Partij in staat van faillissement wordt verklaard of surseance van betaling aanvraagt; (b) de andere Partij tekortschiet in de nakoming van een wezenlijke verplichting en dat na een schriftelijke ingebrekestelling met een redelijke termijn van ten minste zestig dagen blijft doen; of (c) de bekostiging van de opleiding bedoeld in artikel 2.1 wordt beëindigd.
16.4 Na een opzegging of ontbinding worden geen nieuwe Deelnemers meer toegelaten. Deelnemers die op het tijdstip van beëindiging in de Route zijn ingestroomd, wordt de gelegenheid geboden de Route bij Partijen te voltooien; de artikelen 5 tot en met 8, 11 en 12 blijven te dien einde van kracht totdat de laatste van hen de Route heeft verlaten. Indien voltooiing feitelijk onmogelijk is, wordt artikel 8 toegepast.
## Artikel 17 Wijziging
17.1 De Overeenkomst kan slechts worden gewijzigd bij schriftelijke, door beide Partijen ondertekende overeenkomst, na het advies bedoeld in artikel 12.3 sub c.
17.2 Een wijziging die nadelige gevolgen heeft voor het programma of de examinering van Deelnemers die reeds in de Route zijn ingestroomd, is op hen niet van toepassing.
17.3 Bijlage 1 kan door het Bestuurlijk Overleg bij schriftelijk besluit worden gewijzigd, met inachtneming van het tweede lid.
## Artikel 18 Slotbepalingen
18.1 Indien een bepaling van de Overeenkomst nietig blijkt, blijven de overige bepalingen van kracht; Partijen vervangen de nietige bepaling door een bepaling die het doel daarvan zoveel mogelijk benadert.
18.2 Op de Overeenkomst is Nederlands recht van toepassing.
18.3 De Bijlage maakt deel uit van de Overeenkomst. Bij strijdigheid prevaleert de tekst van de Overeenkomst.
## Ondertekening
Aldus overeengekomen en in tweevoud opgemaakt en ondertekend te Purmerend op 30 juni 2025.
| Stichting Voortgezet Onderwijs Waterland | Stichting Regionaal Opleidingencentrum Waterland & Amstel |
| mr. drs. F.A. Brouwer, voorzitter college van bestuur | dr. C.M. Oosterhuis-Bakker, voorzitter college van bestuur |
===
## Bijlage 1 Routeschema
| Routejaar | Inschrijving | Locatie | Hoofdinhoud | Examinering |
| 1 | School | School, één dag per week mediacentrum ROC | basis vormgeving, fotografie, eerste mbo-keuzedeel | schoolexamen vmbo, start keuzedeel mbo |
| 2 | School | School, één dag per week mediacentrum ROC | beroepsgericht programma MVI, snuffelstage | centraal examen gemengde leerweg |
| 3 | ROC | ROC, locatie Tramweg | audiovisuele basisvaardigheden, opdracht uit het Werkveldpanel | mbo-examens kerntaak 1 |
| 4 | ROC | ROC en leerbedrijf | beroepspraktijkvorming, specialisatie | mbo-examens kerntaak 2 |
| 5 | ROC | ROC en leerbedrijf | examenproject, keuzedelen | examenproject met externe beoordelaar |
""")
SAMPLES[234]["author"] = "Van Rijckevorsel Deelstra Advocaten"


# =============================================================================================
# 235 - geintegreerde route vbo-basisberoepsopleiding in chapters; Voorne-Putten; PIE bb ->
#       Monteur elektrotechnische installaties niveau 2. Defects: d (deferred to a protocol the
#       stuurgroep still has to draw up), i (the statutory duty restated in the writers' words).
# =============================================================================================

sample(
    235, "geintegreerde_route_hoofdstukken_voorne_putten_elektro", "pdf",
    "Geintegreerde route in hoofdstukken en artikelen, PDF, Voorne-Putten, PIE bb -> Monteur "
    "elektrotechnische installaties niveau 2; overstap met passende plek (niet automatisch Entree) in orde; "
    "d zwak (uitgesteld naar een nog op te stellen verantwoordingsprotocol), i zwak (wettelijke plicht in "
    "eigen woorden herhaald, geen procedure)",
    st("pppwppppwp"),
    {"a": "Artikel 1 De route",
     "b": "Artikel 2 Installateurs in de route",
     "c": "Artikel 3 De stuurgroep",
     "e": "Artikel 5 Lesplaatsen, team en uitrusting",
     "f": "Artikel 6 Altijd een passende plek",
     "g": "Artikel 7 Financiële verhouding",
     "h": "Artikel 8 Inspraak",
     "j": "Artikel 10 Nieuwe partners, wijziging en einde"},
    """
# Overeenkomst geïntegreerde route Elektrotechniek Voorne-Putten
~ Geïntegreerde route vbo-basisberoepsopleiding (artikel 2.107l WVO 2020 en artikel 9.1.17 WEB), schooljaar 2025-2026 en volgende.
## Partijen
**Stichting Christelijk Voortgezet Onderwijs Voorne-Putten**, gevestigd te Spijkenisse, bevoegd gezag van Vakcollege De Brielse Maas, vertegenwoordigd door mevrouw ing. A.C. de Bruijn-Vermeulen, voorzitter van het college van bestuur, hierna: **de school**;
**Stichting Regionaal Opleidingencentrum Haven en Delta**, gevestigd te Rotterdam, vertegenwoordigd door de heer drs. K. El Idrissi, lid van het college van bestuur, hierna: **het ROC**.
## HOOFDSTUK I - ROUTE EN PARTNERS
## Artikel 1 De route
1.1 De school en het ROC bieden samen een geïntegreerde route aan voor leerlingen van de basisberoepsgerichte leerweg, profiel Produceren, installeren en energie (PIE), die in de route worden opgeleid voor het diploma Monteur elektrotechnische installaties (niveau 2, basisberoepsopleiding) van het ROC, in het opleidingsdomein Installatie- en energietechniek.
1.2 De route begint in leerjaar 3 van de school en duurt drie routejaren: twee jaar bij de school (routejaar 1 en 2) en één jaar bij het ROC (routejaar 3).
1.3 Een leerling neemt pas deel na overleg met hem en zijn ouders. De school legt een besluit tot deelname pas vast nadat zij daarover met het ROC heeft overlegd.
1.4 In de route hoeft de leerling geen eindexamen van de basisberoepsgerichte leerweg af te leggen. Wil de leerling toch een vmbo-diploma halen, dan biedt de school hem die mogelijkheid in routejaar 2.
1.5 De school en het ROC melden de route samen in RIO bij DUO.
## Artikel 2 Installateurs in de route
2.1 Aan de route werken mee: de Installatiekring Voorne-Putten (een samenwerkingsverband van achttien installatiebedrijven op het eiland) en de bedrijven Elektro Hoogvliet B.V. en Zonne-installaties Rockanje B.V., die elk bij brief van mei 2025 hun medewerking hebben toegezegd.
2.2 De bedrijven:
- a. bieden elke routeleerling vanaf routejaar 1 een vaste leerwerkplek: één dag per week in routejaar 1 en 2 en de volledige beroepspraktijkvorming in routejaar 3. Het zijn door SBB erkende leerbedrijven;
- b. verzorgen per routejaar ten minste drie toolboxlessen op school over veiligheid (NEN 3140) en vakmanschap;
- c. leveren uitvoerders die de praktijkexamens in routejaar 3 mee beoordelen;
- d. denken tweemaal per jaar met de stuurgroep mee over het programma en de benodigde apparatuur.
## HOOFDSTUK II - STURING
## Artikel 3 De stuurgroep
3.1 De route wordt geleid door een stuurgroep van drie personen: de directeur van Vakcollege De Brielse Maas, de directeur van het college Techniek van het ROC en een routecoördinator.
3.2 Elk college van bestuur wijst de eigen directeur aan als lid van de stuurgroep. De routecoördinator wordt door beide colleges van bestuur samen benoemd, na een gezamenlijke sollicitatieprocedure, voor drie schooljaren.
3.3 De stuurgroep stelt het rooster en de jaarplanning vast, bereidt het PTA/OER voor, verdeelt de docenten van het routeteam over de lessen, beslist over toelating van leerlingen tot de route na het overleg van artikel 1.3, voert de overstapgesprekken van artikel 6 en onderhoudt de contacten met de bedrijven van artikel 2.
3.4 De stuurgroep mag zelfstandig beslissen over rooster, planning, inzet van het routeteam binnen de formatie die de besturen beschikbaar stellen en uitgaven tot € 12.000 per schooljaar. Personeelsbesluiten, de vaststelling van het PTA/OER en examenbeslissingen blijven bij de besturen en examencommissies.
## Artikel 4 Verantwoording aan de besturen
4.1 De stuurgroep legt over de route verantwoording af aan beide colleges van bestuur.
4.2 Op welke wijze, op welke momenten en met welke gegevens zij dat doet, legt de stuurgroep vast in een verantwoordingsprotocol. Zij stelt dat protocol in de loop van het eerste routejaar op en legt het ter vaststelling aan beide colleges voor.
## HOOFDSTUK III - ONDERWIJS
## Artikel 5 Lesplaatsen, team en uitrusting
5.1 Routejaar 1 en 2 worden gegeven op Vakcollege De Brielse Maas in Spijkenisse, routejaar 3 op de ROC-locatie Spijkenisse Centrum en in het leerbedrijf.
5.2 Het programma en de examinering per routejaar staan in het gezamenlijke PTA/OER van de route. De mbo-examinering begint in routejaar 1. Het PTA/OER wordt elk jaar vóór 1 juli door beide besturen vastgesteld.
5.3 Het onderwijs wordt gegeven door één routeteam van zes docenten en instructeurs, drie van elke partij. Instructeurs van het ROC geven vanaf routejaar 1 het praktijkonderwijs elektrotechniek op school; een docent van de school blijft in routejaar 3 de loopbaanbegeleiding en het taal- en rekenonderwijs verzorgen. Voor het vakoverstijgende onderdeel Installeren en meten werkt het team met teambevoegdheid. Ieder blijft in dienst van de eigen werkgever.
5.4 De school stelt haar elektrotechniekwerkplaats en het PIE-praktijklokaal ter beschikking; het ROC zijn installatiehal met oefencellen, de meetapparatuur en de NEN 3140-trainingsruimte. Beide partijen gebruiken elkaars ruimten en uitrusting kosteloos.
5.5 De school is verantwoordelijk voor verzuim en begeleiding in routejaar 1 en 2, het ROC in routejaar 3. De klachtenregeling van elke partij geldt ook voor gedrag van medewerkers van de andere partij binnen de route.
## Artikel 6 Altijd een passende plek
6.1 Een leerling die de route verlaat, krijgt altijd een passende plek. Dat betekent niet dat hij automatisch naar de Entreeopleiding gaat.
6.2 Afhankelijk van het moment gaat het om:
- a. in routejaar 1: voortzetting in de gewone basisberoepsgerichte leerweg van de school, in PIE of een ander profiel, met het eindexamen basisberoepsgerichte leerweg;
- b. in routejaar 2: het afleggen van het vmbo-examen basisberoepsgerichte leerweg, zodat de leerling met een vmbo-diploma een andere mbo-opleiding kan kiezen, of voortzetting in de gewone leerweg;
- c. in routejaar 3: overstap naar een andere opleiding op niveau 2 van het ROC, bijvoorbeeld Monteur werktuigkundige installaties of Medewerker logistiek, zonder dat vooropleidingseisen worden gesteld; of het afmaken van de route en daarna een nieuwe opleiding op niveau 2 of 3 in een ander domein.
6.3 Alleen als het halen van een startkwalificatie echt niet haalbaar blijkt, begeleiden partijen de leerling via de Entreeopleiding zo snel mogelijk naar werk.
6.4 Welke plek het wordt, besluiten de school en het ROC samen, na een gesprek met de leerling en zijn ouders, op basis van het bereikte niveau, zijn leeftijd en zijn wensen. De stuurgroep legt het besluit schriftelijk vast.
## Artikel 7 Financiële verhouding
Partijen dragen geen deel van hun bekostiging aan elkaar over en brengen elkaar niets in rekening. Ieder draagt zijn eigen lasten.
## Artikel 8 Inspraak
8.1 De medezeggenschapsraad van de school en de studentenraad van het ROC houden eenmaal per schooljaar een gezamenlijke vergadering over de route, waarvoor de stuurgroep wordt uitgenodigd.
8.2 Leerlingen in routejaar 2 mogen met één vertegenwoordiger de vergaderingen van de studentenraad van het ROC bijwonen, met spreekrecht.
## HOOFDSTUK IV - SLOT
## Artikel 9 Geschillen
Geschillen tussen partijen over de uitvoering van deze overeenkomst worden beslecht op een door partijen vast te stellen wijze, waarbij de belangen van de leerlingen voorop staan.
## Artikel 10 Nieuwe partners, wijziging en einde
10.1 Deze overeenkomst geldt voor onbepaalde tijd vanaf 1 augustus 2025.
10.2 Een andere school voor vbo of een andere instelling kan partij worden als beide besturen daarmee schriftelijk instemmen en de nieuwe partij deze overeenkomst ondertekent. Toetreden kan alleen per 1 augustus; voor leerlingen die al in de route zitten, verandert daardoor niets.
10.3 Deze overeenkomst wordt alleen gewijzigd bij een schriftelijk stuk dat beide besturen ondertekenen. Een wijziging van het programma geldt alleen voor leerlingen die daarna instromen.
10.4 Elk bestuur kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een termijn van ten minste een jaar. Na opzegging stromen geen nieuwe leerlingen meer in; leerlingen die al in de route zitten, ronden haar bij partijen af. Kan dat niet, dan geldt artikel 6.
## Ondertekening
Spijkenisse, 30 juni 2025
| Stichting Christelijk Voortgezet Onderwijs Voorne-Putten | Stichting Regionaal Opleidingencentrum Haven en Delta |
| ing. A.C. de Bruijn-Vermeulen, voorzitter college van bestuur | drs. K. El Idrissi, lid college van bestuur |
""")
SAMPLES[235]["author"] = "Stuurgroep GLR Elektrotechniek"


# =============================================================================================
# 236 - very short agreement (one page, ten numbered points, no headings); Kop van
#       Noord-Holland; M&T kb -> Eerste bedrijfsautotechnicus niveau 3. Defect: e (personnel,
#       location and PTA/OER are there, the use of facilities is not).
# =============================================================================================

sample(
    236, "zeer_kort_tien_punten_den_helder_bedrijfsauto", "docx",
    "Zeer korte overeenkomst van een pagina in tien genummerde punten zonder koppen, DOCX, Kop van "
    "Noord-Holland, M&T kb -> Eerste bedrijfsautotechnicus niveau 3; alles kort maar volledig behalve e "
    "zwak (personeel, locatie en PTA/OER wel, gebruik van faciliteiten ontbreekt)",
    st("ppppwppppp"),
    {"a": "1. Route.",
     "b": "2. Bedrijven.",
     "c": "3. Leiding.",
     "d": "4. Verantwoording.",
     "f": "6. Overstap.",
     "g": "7. Geld.",
     "h": "8. Medezeggenschap.",
     "i": "9. Geschillen.",
     "j": "10. Duur en einde."},
    """
# Samenwerkingsovereenkomst doorlopende leerroute Bedrijfsautotechniek Den Helder
Stichting Openbaar Voortgezet Onderwijs Kop van Noord-Holland, bevoegd gezag van het Helders Vakcollege, en Stichting Regionaal Opleidingencentrum Noordkop, bevoegd gezag van ROC Noordkop, komen overeen:
**1. Route.** Kaderberoepsgerichte leerweg, profiel Mobiliteit en transport (Helders Vakcollege), doorlopend naar de vakopleiding Eerste bedrijfsautotechnicus, niveau 3, BOL (ROC Noordkop), opleidingsdomein Mobiliteit en voertuigen. Vier routejaren; vmbo-diploma in routejaar 2.
**2. Bedrijven.** De bedrijfswagendealers Truckservice Noordkop B.V., Van Dok Bedrijfsauto's en Bedrijfswagencentrum Schagen, en de leden van de Vereniging Transport Noordkop, leveren vanaf routejaar 2 stageplaatsen (SBB-erkende leerbedrijven), elk halfjaar een praktijkopdracht aan een echte truck en een beoordelaar voor het examen in routejaar 4.
**3. Leiding.** Een routecoördinator van het ROC en een teamleider van het Vakcollege, elk voor drie jaar aangewezen door het eigen bestuur. Zij maken rooster, planning en het voorstel voor het PTA/OER, voeren de overstapgesprekken en beslissen zelf over rooster en inzet van docenten binnen de formatie. Al het andere leggen zij aan beide besturen voor.
**4. Verantwoording.** Zij rapporteren per semester schriftelijk aan beide besturen (februari en augustus) en bespreken het jaarverslag elk jaar in september met beide bestuurders.
**5. Onderwijs.** Routejaar 1 en 2 op het Helders Vakcollege, routejaar 3 en 4 bij ROC Noordkop. Programma en examens per routejaar staan in één PTA/OER, elk jaar vóór 1 juli vastgesteld door beide besturen. Twee ROC-docenten geven vanaf routejaar 1 vier uur per week voertuigtechniek op het Vakcollege; voor dat onderdeel werkt het team met teambevoegdheid. Iedereen blijft in dienst van de eigen werkgever.
**6. Overstap.** Stopt een leerling in routejaar 1 of 2, dan gaat hij verder in de gewone kaderberoepsgerichte leerweg, Mobiliteit en transport of een ander profiel, en haalt hij het vmbo-diploma. Geen vmbo-diploma eind routejaar 2: herexamen in routejaar 3 naast het mbo. Te zwaar of verkeerde richting: binnen ROC Noordkop naar Autotechnicus (niveau 2) of een andere opleiding op niveau 3, zonder vooropleidingseisen. Coördinator en teamleider besluiten samen, na een gesprek met leerling en ouders, op basis van wat de leerling heeft gehaald en zijn leeftijd.
**7. Geld.** Geen overdracht van bekostiging; ieder betaalt de eigen kosten.
**8. Medezeggenschap.** Eén leerling uit routejaar 2 zit als toehoorder in de studentenraad van ROC Noordkop. De medezeggenschapsraad van het Vakcollege en de studentenraad van het ROC adviseren allebei over elke wijziging van het PTA/OER.
**9. Geschillen.** Eerst coördinator en teamleider; dan de twee bestuurders, binnen vier weken; dan een mediator die zij samen kiezen; daarna de rechtbank Noord-Holland.
**10. Duur en einde.** Onbepaalde tijd vanaf 1 augustus 2025. Een andere school of instelling kan toetreden als beide besturen schriftelijk instemmen en zij deze overeenkomst tekent. Wijzigen alleen schriftelijk, door beide besturen getekend. Opzeggen schriftelijk per 1 augustus, met twaalf maanden termijn. Leerlingen die in de route zitten, maken haar af; na opzegging geen nieuwe instroom.
Den Helder, 30 juni 2025
| Voor het Helders Vakcollege | Voor ROC Noordkop |
| J.P. Kooiman, voorzitter college van bestuur | drs. E.M. Zeeman-Bakker, voorzitter college van bestuur |
""")
SAMPLES[236]["author"] = "J.P. Kooiman"


# =============================================================================================

def main(argv):
    if "--check" in argv:
        nums = sorted(SAMPLES)
        ok = check(nums)
        print("CHECK PASSED" if ok else "CHECK FAILED")
        return 0 if ok else 1
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            raise SystemExit("unknown sample %d" % n)
        build(n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
