#!/usr/bin/env python3
"""Build the held-out sample agreements h217-h224 for leerroute-check.

Written by an independent helper author (batch 15a).  The texts were composed
from the two official bouwstenen (seeds 000 "Altijd een passend vervolg" and
002 "Samenwerkingsovereenkomst"), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at checker code, models,
tests, benchmarks or the texts of any other sample.  All schools,
instellingen, companies and people are made up.

Usage:
    python3 build_heldout15a.py            build all agreements
    python3 build_heldout15a.py 217 221    build only those numbers
    python3 build_heldout15a.py --check    open every produced file and verify it
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
LETTERS = "abcdefghij"
DOCS = {}


def register(num, slug, fmt, description, statuses, evidence):
    def deco(fn):
        assert set(statuses) == set(LETTERS), num
        DOCS[num] = {
            "num": num,
            "name": "h%d_%s" % (num, slug),
            "fmt": fmt,
            "description": description,
            "statuses": statuses,
            "evidence": evidence,
            "build": fn,
        }
        return fn
    return deco


def expected_json(d):
    return {
        "description": d["description"],
        "split": "heldout",
        "statuses": {k: d["statuses"][k] for k in LETTERS},
        "evidence": d["evidence"],
    }


# ----------------------------------------------------------------------------
# Block model shared by the PDF and DOCX writers
#   ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text)
#   ("ind", text)  indented paragraph      ("small", text)
#   ("bul", [items])  bulleted list        ("table", rows, widths_cm, header)
#   ("sig", [lines_left], [lines_right])  ("pb",) page break   ("sp",) spacer
# Inline **bold** is supported in p/ind/bul/table cells.
# ----------------------------------------------------------------------------

def _rl_markup(text):
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return t


def write_pdf(path, blocks, title, author, font="Helvetica", base_size=10,
              footer=None, margins_cm=(2.3, 2.2, 2.0, 2.0)):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    bold = font + "-Bold" if font in ("Helvetica", "Courier") else "Times-Bold"
    if font == "Times-Roman":
        bold = "Times-Bold"
    st = {
        "p": ParagraphStyle("p", fontName=font, fontSize=base_size,
                            leading=base_size * 1.35, spaceAfter=base_size * 0.5),
        "ind": ParagraphStyle("ind", fontName=font, fontSize=base_size,
                              leading=base_size * 1.35, leftIndent=0.9 * cm,
                              spaceAfter=base_size * 0.4),
        "small": ParagraphStyle("small", fontName=font, fontSize=base_size - 1.5,
                                leading=(base_size - 1.5) * 1.3, spaceAfter=4),
        "title": ParagraphStyle("title", fontName=bold, fontSize=base_size + 6,
                                leading=(base_size + 6) * 1.25, alignment=TA_CENTER,
                                spaceAfter=8),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=base_size + 1,
                                   leading=(base_size + 1) * 1.3, alignment=TA_CENTER,
                                   spaceAfter=14),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=base_size + 2,
                             leading=(base_size + 2) * 1.3, spaceBefore=10,
                             spaceAfter=5),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=base_size,
                             leading=base_size * 1.3, spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=base_size - 1,
                               leading=(base_size - 1) * 1.3),
        "bul": ParagraphStyle("bul", fontName=font, fontSize=base_size,
                              leading=base_size * 1.35, leftIndent=0.9 * cm,
                              bulletIndent=0.35 * cm, spaceAfter=2),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "subtitle", "h1", "h2", "p", "ind", "small"):
            story.append(Paragraph(_rl_markup(b[1]), st[kind]))
        elif kind == "bul":
            for it in b[1]:
                story.append(Paragraph(_rl_markup(it), st["bul"], bulletText="\u2022"))
            story.append(Spacer(1, 4))
        elif kind == "table":
            rows, widths, header = b[1], b[2], b[3]
            data = [[Paragraph(_rl_markup(("**%s**" % c) if (header and i == 0 and c) else c),
                               st["cell"]) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1 if header else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 4),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if header:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ef")))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "sig":
            left = "<br/>".join(_rl_markup(x) for x in b[1])
            right = "<br/>".join(_rl_markup(x) for x in b[2])
            t = Table([[Paragraph(left, st["p"]), Paragraph(right, st["p"])]],
                      colWidths=[8.2 * cm, 8.2 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 10))
            story.append(t)
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, 12))
        else:
            raise ValueError(kind)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 8)
        txt = "%s - pagina %d" % (footer, doc.page) if footer else "pagina %d" % doc.page
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, txt)
        canv.restoreState()

    top, bottom, left, right = margins_cm
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, title=title,
                            author=author, subject="", creator="", producer="",
                            topMargin=top * cm, bottomMargin=bottom * cm,
                            leftMargin=left * cm, rightMargin=right * cm)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _docx_runs(par, text):
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            par.add_run(part[2:-2]).bold = True
        else:
            par.add_run(part)


def write_docx(path, blocks, title, author, font="Calibri", size=11):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph(style="Title")
            p.add_run(b[1])
        elif kind == "subtitle":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind in ("p", "ind", "small"):
            p = d.add_paragraph()
            _docx_runs(p, b[1])
            if kind == "ind":
                p.paragraph_format.left_indent = Cm(1)
            if kind == "small":
                for r in p.runs:
                    r.font.size = Pt(size - 2)
        elif kind == "bul":
            for it in b[1]:
                p = d.add_paragraph(style="List Bullet")
                _docx_runs(p, it)
        elif kind == "table":
            rows, widths, header = b[1], b[2], b[3]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.width = Cm(widths[j])
                    cell.paragraphs[0].text = ""
                    lines = c.split("\n")
                    _docx_runs(cell.paragraphs[0], lines[0])
                    for extra in lines[1:]:
                        _docx_runs(cell.add_paragraph(), extra)
                    if header and i == 0:
                        for r_ in cell.paragraphs[0].runs:
                            r_.bold = True
            d.add_paragraph()
        elif kind == "sig":
            t = d.add_table(rows=1, cols=2)
            for j, lines in enumerate((b[1], b[2])):
                cell = t.cell(0, j)
                cell.paragraphs[0].text = lines[0]
                for ln in lines[1:]:
                    cell.add_paragraph(ln)
        elif kind == "pb":
            d.add_page_break()
        elif kind == "sp":
            d.add_paragraph()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so that rebuilds are byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


# ----------------------------------------------------------------------------
# Text extraction for --check
# ----------------------------------------------------------------------------

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
            bad = z.testzip()
            assert bad is None, bad
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]

        def walk(tables):
            for t in tables:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        walk(cell.tables)
        walk(d.tables)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


# ============================================================================
# AGREEMENTS
# ============================================================================

# ---------------------------------------------------------------------------
# h217  terse afsprakenlijst with abbreviations, TXT
# ---------------------------------------------------------------------------
@register(
    217, "afsprakenlijst_afkortingen_pekela", "txt",
    "Zeer korte, telegrafische afsprakenlijst vol afkortingen (TXT), Pekela/Oost-Groningen, "
    "E&O kb naar Verkoopspecialist niv. 3; alle onderdelen in steekwoorden geregeld.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "1. ROUTE", "b": "2. WERKVELD", "c": "3. ROUTETEAM (RT)", "d": "4. RAPPORTAGE",
     "e": "5. UITVOERING", "f": "6. ALS HET ANDERS LOOPT", "g": "7. GELD",
     "h": "8. MZ (aanvullend)", "i": "9. BIJ ONENIGHEID",
     "j": "10. NIEUWE PARTNERS / WIJZIGEN / STOPPEN"},
)
def build_217(path):
    write_text(path, H217)


H217 = """
AFSPRAKENLIJST DLR VMBO-MBO  "Retailroute Pekela"
E&O (kb)  ->  Verkoopspecialist (niv. 3)
versie 1.0 | vastgesteld in BO d.d. 12-06-2025 | ingang 01-08-2025

PARTIJEN
(1) Stichting Veenkoloniaal Voortgezet Onderwijs (SVVO), Oude Pekela,
    bev. gezag van het Pekelder Vakcollege; vert. door dhr. J.H. Tammes,
    vz. CvB                                               -> hierna: VC
(2) Stichting Regionaal Opleidingencentrum Hunzeland, Winschoten;
    vert. door mw. A. Dijkhuis-Boer, vz. CvB              -> hierna: ROC

AFK.
DLR    doorlopende leerroute vmbo-mbo (deze route)
E&O    profiel Economie en ondernemen
kb     kaderberoepsgerichte leerweg
BO     bestuurlijk overleg (beide CvB's)
CvB    college van bestuur
RT     routeteam
RC     routecoordinator
LB     erkend leerbedrijf
bpv    beroepspraktijkvorming
rj     routejaar (rj 1-2 = lj 3-4 vmbo = vo-fase; rj 3-4 = mbo-fase)
ll/st  leerling(en) / student(en)
MZ     medezeggenschap
o.b.v. op basis van

VC en ROC spreken af:

1. ROUTE
- vmbo: profiel E&O, kb, op VC.
- mbo: opl. Verkoopspecialist, niv. 3, BOL, domein Handel; ROC loc.
  Winschoten-Venne.
- vmbo-dipl. uiterlijk eind rj 3; mbo-dipl. eind rj 4 (eerder mag).
- max. 16 ll per cohort; 1e cohort 2025-2026.

2. WERKVELD
- Winkeliersver. Pekela + Ondernemersver. Winschoten leveren samen
  min. 14 bpv-plaatsen per cohort (rj 2-4); actuele lijst LB's = bijl. 2.
- LB's verzorgen per rj 2 gastlessen + 1 praktijkopdracht ("winkelcase").
- praktijkopleiders LB's beoordelen mee bij de proeve van bekwaamheid (rj 4).
- werkveldpanel (4 ondernemers + adviseur SBB): 2x/jr; adviseert over
  programma en keuzedelen; RT reageert schriftelijk op elk advies.

3. ROUTETEAM (RT)
- leden: afdelingsleider kb VC, teamleider Handel ROC, RC (vz.).
- aanwijzing: afdelingsleider door CvB SVVO; teamleider door CvB ROC;
  RC door beide CvB's samen, voor 2 jr, herbenoembaar.
- taken: programma per rj, rooster, inzet docenten, toelating tot DLR,
  bpv-planning, overstapbesluiten (pt 6), kwaliteitszorg.
- mandaat: RT beslist zelf binnen jaarbudget route + deze lijst.
  NIET gemandateerd (blijft bij CvB's): wijziging lijst, begroting,
  benoemingen personeel, opzegging.

4. RAPPORTAGE
- RT -> beide CvB's: voortgangsnotitie 2x/jr (uiterlijk 1/2 en 1/9):
  in-/door-/uitstroom, overstappen, bpv, klachten, budget.
- jaarverslag route voor 1/10; besproken in BO (1x/jr, CvB's + RT).
- RC meldt incidenten (tekort bpv-plaatsen, uitval docent > 4 wk) binnen
  1 wk aan beide CvB's.

5. UITVOERING
- waar: rj 1-2 VC (Pekela) incl. leerwinkel; rj 3-4 ROC Winschoten-Venne.
- programma + examinering per rj: gezamenlijk PTA/OER (bijl. 1), jaarlijks
  vastgesteld voor 1/7.
- docenten: ROC zet 2 docenten Handel in op VC (samen 6 u/wk, rj 1-2);
  ROC blijft werkgever. VC zet docent E&O in op ROC voor resterende
  vmbo-examenvakken rj 3 (3 u/wk).
- leerwinkel + vakoverstijgende projecten: 1 team VC/ROC
  (teambevoegdheid, art. 7.13a WVO 2020 / 9.1.12 WEB); elk teamlid
  verzorgt alleen het deel waarvoor hij/zij bevoegd is.
- ruimtes/middelen: ROC-st gebruiken leerwinkel VC (kassa's,
  voorraadsysteem) kosteloos; VC-ll gebruiken in rj 2 retail-lab + ELO
  ROC; ROC levert licenties.
- inschrijving: rj 1-2 VC; vanaf rj 3 ROC (zonder vmbo-dipl. ook VC tot
  afronding vo-deel). Verzuim: vo-fase VC, mbo-fase ROC.
- klachten: klacht bij VC over ROC-medewerker -> klachtenregeling VC;
  ROC werkt mee en treft zo nodig maatregelen t.a.v. eigen medewerker.
  Omgekeerd idem.

6. ALS HET ANDERS LOOPT
- stopt in rj 1-2: verder in reguliere kb E&O (of ander profiel/leerweg)
  op VC, gericht op vmbo-dipl.
- vmbo-dipl. niet gehaald eind rj 3: herkansen/doubleren op VC, of door
  naar Verkoopspecialist of andere opl. niv. 2/3 bij ROC; ROC stelt dan
  geen vooropleidingseisen.
- andere richting gewenst: opl. zelfde niveau in ander domein bij ROC;
  naar andere mbo-instelling: RC helpt bij aanmelding + geschiktheids-
  onderzoek daar.
- verhuizing: RC zoekt met ll een DLR of reguliere opl. in nieuwe regio;
  warme overdracht.
- wie beslist: VC en ROC samen (RC + mentor VC + loopbaanadviseur ROC),
  o.b.v. bereikt onderwijsniveau en leeftijd, na gesprek met ll + ouders;
  besluit op papier binnen 4 wk.
- uitwerking per situatie: schoolgids VC + studiegids ROC.

7. GELD
- GEEN overdracht van bekostiging tussen VC en ROC (art. 5.42a WVO 2020 /
  9.1.15 WEB niet toegepast).
- ieder draagt eigen personeels- en materiaalkosten; inzet docenten over
  en weer (pt 5) is in uren in evenwicht en wordt niet verrekend.

8. MZ (aanvullend)
- DLR-ll die bij VC staan ingeschreven mogen vanaf rj 2 1 vertegenwoordiger
  in de studentenraad ROC Winschoten hebben (stemrecht over routezaken).
- MR VC en studentenraad ROC ontvangen het jaarverslag (pt 4) en worden
  allebei om advies gevraagd bij elke voorgenomen wijziging van de route.

9. BIJ ONENIGHEID
- stap 1: RT (binnen 2 wk);
- stap 2: BO (binnen 4 wk na stap 1);
- stap 3: mediation door onafh. MfN-mediator; kosten 50/50;
- stap 4: rechtbank Noord-Nederland, loc. Groningen.

10. NIEUWE PARTNERS / WIJZIGEN / STOPPEN
- erbij komen: andere vo-school of mbo-instelling kan partij worden als
  beide CvB's schriftelijk instemmen en nieuwe partij deze lijst tekent;
  melding DUO/RIO door alle partijen; alleen per 1/8; afspraken voor
  lopende cohorten blijven gelijk.
- wijzigen: alleen schriftelijk, door beide CvB's, na advies RT en MZ
  (pt 8); nooit een voor ll/st nadelige wijziging midden in een schooljaar.
- opzeggen: schriftelijk, termijn 12 mnd, alleen per 31/7; na opzegging
  geen nieuwe instroom; ingeschreven ll/st ronden de route af onder deze
  afspraken.
- ontbinden: bij ernstig tekortschieten, na schriftelijke ingebreke-
  stelling + hersteltermijn 8 wk; lopende cohorten ronden af of krijgen
  een overstap (pt 6), VC en ROC blijven daarvoor samen verantwoordelijk.
- looptijd: 01-08-2025 t/m 31-07-2030; daarna stilzw. verlengd met
  telkens 2 jr.

Get. in 2-voud:

Oude Pekela, 12-06-2025              Winschoten, 12-06-2025
SVVO                                  ROC Hunzeland
J.H. Tammes, vz. CvB                  A. Dijkhuis-Boer, vz. CvB

Bijl.: 1 PTA/OER per rj (jaarlijks) | 2 lijst LB's (jaarlijks)
"""


# ---------------------------------------------------------------------------
# h219  programme table per leerjaar + afsprakentabel, DOCX
# ---------------------------------------------------------------------------
@register(
    219, "tabel_per_leerjaar_bakkerij_molenlanden", "docx",
    "Word-overeenkomst met programmatabel per routejaar en afsprakentabel, Molenlanden, HBR kb naar "
    "Zelfstandig werkend bakker niv. 3; overstaproutes zonder wie beslist, overdracht zonder omvang.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "weak", "g": "weak", "h": "present", "i": "present", "j": "present"},
    {"a": "1. De route in het kort", "b": "4. Het werkveld", "c": "Routeteam: samenstelling en mandaat",
     "d": "Verslag aan de besturen", "e": "3. Mensen en ruimtes",
     "h": "Meepraten van leerlingen, ouders en personeel", "i": "Als we het niet eens worden",
     "j": "Nieuwe partners, wijzigen en stoppen"},
)
def build_219(path):
    B = []
    B.append(("title", "Samenwerkingsovereenkomst doorlopende leerroute Bakkerij"))
    B.append(("subtitle", "Vakcollege De Graafstroom en ROC Lek en Merwede - schooljaren 2025-2026 tot en met 2028-2029"))
    B.append(("p", "**Ondergetekenden**"))
    B.append(("p", "1. Stichting voor Christelijk Voortgezet Onderwijs Alblasserwaard-Oost, gevestigd te "
              "Bleskensgraaf (gemeente Molenlanden), bevoegd gezag van Vakcollege De Graafstroom, hierbij "
              "vertegenwoordigd door mevrouw drs. H.C. Verhoef, bestuurder, hierna: **het Vakcollege**;"))
    B.append(("p", "2. Stichting Regionaal Opleidingencentrum Lek en Merwede, gevestigd te Gorinchem, hierbij "
              "vertegenwoordigd door de heer ing. P.A. Boogaard, voorzitter van het college van bestuur, "
              "hierna: **het ROC**;"))
    B.append(("p", "samen: partijen. Partijen bieden vanaf 1 augustus 2025 gezamenlijk een doorlopende "
              "leerroute vmbo-mbo aan en leggen hun afspraken daarover in deze overeenkomst vast. De "
              "programmatabel in hoofdstuk 2 en de afsprakentabel in hoofdstuk 5 maken deel uit van de "
              "overeenkomst."))

    B.append(("h1", "1. De route in het kort"))
    B.append(("p", "Leerlingen die in de kaderberoepsgerichte leerweg het profiel **Horeca, bakkerij en "
              "recreatie** volgen, kunnen aan het eind van leerjaar 2 kiezen voor deze route. De route leidt in "
              "vier jaar naar het vmbo-diploma kader (uiterlijk aan het eind van routejaar 3) en naar het "
              "mbo-diploma **Zelfstandig werkend bakker, niveau 3** (opleidingsdomein Horeca en bakkerij, BOL). "
              "Routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van het vmbo; routejaar 3 en 4 zijn de "
              "mbo-jaren. Per cohort starten ten hoogste twaalf leerlingen. De route wordt door partijen "
              "gezamenlijk gemeld bij de minister via RIO."))

    B.append(("h1", "2. Het programma per leerjaar"))
    B.append(("p", "Onderstaande tabel geeft per routejaar aan waar de leerlingen les krijgen, van wie, welke "
              "examens zij afleggen en hoe het werkveld meedoet. De gedetailleerde uitwerking staat in het "
              "gezamenlijke PTA/OER van de route, dat het routeteam elk jaar vóór 1 juni vaststelt."))
    rows = [
        ["Routejaar", "Waar en door wie", "Programma en examens", "Werkveld"],
        ["1 (leerjaar 3 vmbo)",
         "Vakcollege, bakkerijlokaal in Bleskensgraaf. Vakdocenten HBR van het Vakcollege; praktijkdocent "
         "bakkerij van het ROC één dagdeel per week.",
         "Profielmodules HBR en algemene vakken volgens PTA. Start mbo-module Basistechnieken brood en "
         "banket (eerste beoordeling in het portfolio).",
         "Drie bedrijfsbezoeken bij ambachtelijke bakkerijen; gastles van een bakker uit de Bakkerskring."],
        ["2 (leerjaar 4 vmbo)",
         "Vakcollege vier dagen; één dag per week in de leerbakkerij van het ROC in Gorinchem. Gemengd team "
         "van Vakcollege- en ROC-docenten.",
         "Centraal examen kader; schoolexamens HBR afgerond. Eerste mbo-examen Bereiden van brood "
         "(proeve in de leerbakkerij).",
         "Snuffelstage van twee weken bij een erkend leerbedrijf; praktijkopdracht 'broodproeverij' "
         "beoordeeld door een bakker."],
        ["3 (mbo-jaar 1)",
         "ROC, leerbakkerij Gorinchem. Docententeam bakkerij van het ROC; docent Nederlands van het "
         "Vakcollege voor leerlingen die nog een vmbo-vak moeten afronden.",
         "Kerntaken basis en profiel bakker; eventueel laatste vmbo-examenvak bij het Vakcollege. "
         "Keuzedeel Ondernemend gedrag.",
         "Beroepspraktijkvorming 8 weken bij een leerbedrijf uit de Bakkerskring."],
        ["4 (mbo-jaar 2)",
         "ROC en leerbedrijf (BPV 20 weken). Begeleiding door BPV-docent van het ROC.",
         "Proeve van bekwaamheid Zelfstandig werkend bakker; keuzedeel Patisserie.",
         "Praktijkopleider van het leerbedrijf beoordeelt de proeve mee."],
    ]
    B.append(("table", rows, [2.6, 4.6, 4.8, 4.4], True))

    B.append(("h1", "3. Mensen en ruimtes"))
    B.append(("p", "**Docenten.** Het ROC stelt in routejaar 1 en 2 een praktijkdocent bakkerij beschikbaar "
              "voor vier lesuren per week op het Vakcollege; deze docent blijft in dienst van het ROC en volgt "
              "de aanwijzingen van de teamleider van het Vakcollege over rooster en orde. Het Vakcollege "
              "stelt in routejaar 3 zo nodig een docent Nederlands beschikbaar voor de afronding van het "
              "vmbo-deel. Voor de praktijkmodules in routejaar 2 werken de docenten van beide partijen als "
              "één team met gebruik van de teambevoegdheid; elk teamlid is verantwoordelijk voor het deel "
              "waarvoor hij of zij bevoegd is, en voor elk programmaonderdeel is een bevoegde docent "
              "betrokken."))
    B.append(("p", "**Ruimtes en middelen.** Het Vakcollege stelt zijn bakkerijlokaal met ovens, rijskast en "
              "deegmachines op dinsdag en donderdag ter beschikking aan de route. Het ROC opent zijn "
              "leerbakkerij in Gorinchem één dag per week voor de leerlingen van routejaar 2 en zorgt voor "
              "bedrijfskleding en hygiëne-instructie. Grondstoffen koopt elke partij in voor de lessen op de "
              "eigen locatie."))
    B.append(("p", "**Inschrijving en klachten.** In routejaar 1 en 2 staan de leerlingen ingeschreven bij het "
              "Vakcollege, daarna bij het ROC. Een klacht over een medewerker van de andere partij wordt "
              "behandeld volgens de klachtenregeling van de partij waar de leerling staat ingeschreven; de "
              "andere partij verleent daaraan alle medewerking."))

    B.append(("h1", "4. Het werkveld"))
    B.append(("p", "De **Bakkerskring Alblasserwaard-Vijfheerenlanden**, de vereniging van ambachtelijke bakkers "
              "in de regio, is vanaf het begin betrokken bij de opzet van deze route. Partijen spreken met de "
              "Bakkerskring af dat:"))
    B.append(("bul", [
        "de aangesloten bakkerijen per cohort ten minste tien BPV-plaatsen bij erkende leerbedrijven "
        "aanbieden voor routejaar 3 en 4;",
        "bakkers jaarlijks een gastles en de praktijkopdracht 'broodproeverij' in routejaar 2 verzorgen;",
        "praktijkopleiders meebeoordelen bij de proeve van bekwaamheid;",
        "twee vertegenwoordigers van de Bakkerskring tweemaal per jaar in het werkveldoverleg met het "
        "routeteam advies geven over het programma en de keuzedelen.",
    ]))

    B.append(("h1", "5. Afspraken over sturing, geld en samenwerking"))
    rows2 = [
        ["Onderwerp", "Afspraak"],
        ["Routeteam: samenstelling en mandaat",
         "Het routeteam bestaat uit de teamleider bovenbouw kader van het Vakcollege, de opleidingsmanager "
         "Horeca en bakkerij van het ROC en een routecoördinator. De teamleider wordt aangewezen door de "
         "bestuurder van het Vakcollege, de opleidingsmanager door het college van bestuur van het ROC; de "
         "routecoördinator wordt door beide besturen gezamenlijk benoemd voor drie schooljaren.\n"
         "Het routeteam stelt het PTA/OER en de jaarplanning vast, verdeelt de lesuren over de docenten van "
         "beide partijen, beslist over de toelating van leerlingen tot de route en bewaakt de kwaliteit. Het "
         "routeteam mag uitgaven doen binnen het routebudget dat de besturen jaarlijks vaststellen; besluiten "
         "daarbuiten en besluiten over personeel in vaste dienst blijven bij de besturen."],
        ["Verslag aan de besturen",
         "Het routeteam stuurt beide besturen elk jaar in januari en in juli een schriftelijke "
         "voortgangsrapportage met de aantallen leerlingen, uitval en overstap, examenresultaten, "
         "BPV-plaatsen en de besteding van het routebudget. In september bespreken de besturen samen met "
         "het routeteam de jaarevaluatie. Bijzonderheden die niet kunnen wachten, meldt de "
         "routecoördinator direct aan beide besturen."],
        ["Leerlingen die de route verlaten",
         "Een leerling die in routejaar 1 of 2 stopt, vervolgt het reguliere programma van de "
         "kaderberoepsgerichte leerweg HBR op het Vakcollege en doet daar vmbo-examen.\n"
         "Heeft een leerling aan het eind van routejaar 3 het vmbo-diploma niet, dan volgt hij de "
         "herkansing van de ontbrekende vakken op het Vakcollege of stroomt hij in de opleiding Bakker "
         "(niveau 2) van het ROC in; de vooropleidingseisen van het ROC gelden daarbij niet.\n"
         "Past de richting niet, dan is overstap mogelijk naar een andere opleiding op niveau 3 binnen het "
         "ROC, bijvoorbeeld Zelfstandig werkend kok. Bij elke overstap zorgt de mentor voor een warme "
         "overdracht."],
        ["Geld",
         "Het Vakcollege draagt op grond van artikel 5.42a WVO 2020 jaarlijks een deel van zijn bekostiging "
         "over aan het ROC, bestemd voor de inzet van de praktijkdocent bakkerij in routejaar 1 en 2 en voor "
         "grondstoffen in de leerbakkerij. Het over te dragen bedrag wordt elk jaar bij de vaststelling van "
         "het routebudget door de besturen bepaald."],
        ["Meepraten van leerlingen, ouders en personeel",
         "Naast de wettelijke regels (WMS voor het Vakcollege, WEB en WOR voor het ROC) spreken partijen af "
         "dat de MR van het Vakcollege en de studentenraad van het ROC elk jaar in oktober een gezamenlijke "
         "vergadering over de route houden. Het routeteam legt voorgenomen wijzigingen in het "
         "routeprogramma vooraf ter advisering voor aan beide raden. Leerlingen in routejaar 2 mogen één "
         "vertegenwoordiger aanwijzen die als toehoorder de vergaderingen van de studentenraad bijwoont."],
        ["Als we het niet eens worden",
         "Een meningsverschil over de uitvoering van deze overeenkomst wordt eerst in het routeteam "
         "besproken. Lukt het daar niet binnen drie weken, dan leggen de leden het voor aan de besturen, "
         "die binnen een maand overleggen. Komen ook de besturen er niet uit, dan schakelen zij samen een "
         "onafhankelijke mediator in. Blijft het geschil daarna bestaan, dan kan elke partij het voorleggen "
         "aan de bevoegde rechter."],
        ["Nieuwe partners, wijzigen en stoppen",
         "Een andere vmbo-school of mbo-instelling kan aan deze overeenkomst deelnemen als beide besturen "
         "daar schriftelijk mee instemmen, de nieuwe partner de overeenkomst ondertekent en de route bij "
         "DUO wordt gemeld; deelname gaat in op 1 augustus.\n"
         "Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend; zij gaan in op 1 "
         "augustus van het volgende schooljaar, zodat leerlingen niet midden in het jaar met een ander "
         "programma te maken krijgen.\n"
         "Elke partij kan de overeenkomst met een termijn van één jaar schriftelijk opzeggen tegen het einde "
         "van een schooljaar. Na een opzegging worden geen nieuwe leerlingen meer toegelaten; leerlingen die "
         "al in de route zitten, maken de route bij partijen af."],
        ["Looptijd",
         "Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2029 en wordt daarna telkens "
         "met vier jaar verlengd, tenzij een partij tijdig opzegt."],
    ]
    B.append(("table", rows2, [4.4, 12.0], True))

    B.append(("p", "Aldus opgemaakt in tweevoud en ondertekend."))
    B.append(("sig", ["Bleskensgraaf, 24 juni 2025", "", "Stichting voor Christelijk Voortgezet Onderwijs",
                      "Alblasserwaard-Oost", "", "drs. H.C. Verhoef, bestuurder"],
              ["Gorinchem, 24 juni 2025", "", "Stichting Regionaal Opleidingencentrum", "Lek en Merwede",
               "", "ing. P.A. Boogaard, voorzitter college van bestuur"]))
    write_docx(path, B, "Samenwerkingsovereenkomst doorlopende leerroute Bakkerij", "Vakcollege De Graafstroom")


# ---------------------------------------------------------------------------
# h218  long lawyer's contract, PDF
# ---------------------------------------------------------------------------
@register(
    218, "advocatencontract_lang_commercie_bodegraven_reeuwijk", "pdf",
    "Lang advocatencontract met definities, leden en boilerplate (PDF), Bodegraven-Reeuwijk, E&O gl naar "
    "Manager retail/Junior accountmanager niv. 4; stuurgroep zonder benoemingswijze, beëindiging zonder "
    "bescherming van leerlingen.",
    {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "weak"},
    {"a": "Artikel 2 Onderwerp en reikwijdte", "b": "Artikel 4 Betrokkenheid van het regionale bedrijfsleven",
     "d": "Artikel 6 Inlichtingen en verantwoording", "e": "Artikel 7 Inrichting van het onderwijs",
     "f": "Artikel 10 Voortzetting van de schoolloopbaan buiten de Route",
     "g": "Artikel 11 Financiële bepalingen", "h": "Artikel 12 Medezeggenschap",
     "i": "Artikel 16 Geschillen"},
)
def build_218(path):
    B = []
    P = lambda t: B.append(("p", t))
    I = lambda t: B.append(("ind", t))
    H = lambda t: B.append(("h2", t))
    B.append(("title", "SAMENWERKINGSOVEREENKOMST"))
    B.append(("subtitle", "inzake de doorlopende leerroute vmbo-mbo \u201cCommercie & Retail\u201d"))
    P("**DE ONDERGETEKENDEN:**")
    P("1. de stichting **Stichting Protestants-Christelijk Voortgezet Onderwijs Rijn- en Veenstreek**, "
      "statutair gevestigd te Bodegraven, kantoorhoudende aan de Willem de Zwijgerlaan 14, 2411 TB "
      "Bodegraven, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 24331907, "
      "bevoegd gezag van de Comeniusschool, scholengemeenschap voor voorbereidend middelbaar "
      "beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van haar college van "
      "bestuur, de heer mr. drs. W.J. van Leeuwen, hierna te noemen: \u201cde School\u201d;")
    P("2. de stichting **Stichting Regionaal Opleidingencentrum Gouwe en Rijn**, statutair gevestigd te "
      "Gouda, kantoorhoudende aan de Burgemeester Jamessingel 31, 2803 PV Gouda, ingeschreven in het "
      "handelsregister van de Kamer van Koophandel onder nummer 41177652, te dezen rechtsgeldig "
      "vertegenwoordigd door de voorzitter van haar college van bestuur, mevrouw ir. C.M. Kortenhoeven, "
      "hierna te noemen: \u201cde Instelling\u201d;")
    P("de School en de Instelling hierna gezamenlijk te noemen: \u201cPartijen\u201d en ieder afzonderlijk: "
      "\u201cPartij\u201d;")
    P("**IN AANMERKING NEMENDE DAT:**")
    for t in [
        "A. de School in de gemengde leerweg het beroepsgerichte profiel Economie en ondernemen verzorgt;",
        "B. de Instelling in het opleidingsdomein Handel onder meer de middenkaderopleidingen Manager "
        "retail en Junior accountmanager verzorgt;",
        "C. Partijen sinds het schooljaar 2022-2023 in de pilot \u201cCommercie Compact\u201d hebben "
        "samengewerkt en deze samenwerking thans willen omzetten in een doorlopende leerroute als bedoeld "
        "in artikel 2.107a van de Wet voortgezet onderwijs 2020 (hierna: \u201cWVO 2020\u201d) en artikel "
        "9.1.2 van de Wet educatie en beroepsonderwijs (hierna: \u201cWEB\u201d);",
        "D. Partijen op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB gehouden zijn hun afspraken "
        "over de doorlopende leerroute in een samenwerkingsovereenkomst vast te leggen;",
        "E. de medezeggenschapsraad van de School en de studentenraad van de Instelling over het "
        "voorgenomen besluit tot het aangaan van deze samenwerking advies hebben uitgebracht, welke "
        "adviezen Partijen bij het opstellen van deze overeenkomst hebben betrokken;",
        "F. Partijen hun afspraken hierna wensen vast te leggen;",
    ]:
        I(t)
    P("**KOMEN OVEREEN ALS VOLGT:**")

    H("Artikel 1 Definities")
    P("1.1 In deze overeenkomst, inclusief de considerans en de bijlagen, wordt verstaan onder:")
    for t in [
        "a. **Route**: de doorlopende leerroute vmbo-mbo \u201cCommercie & Retail\u201d, zoals nader "
        "omschreven in artikel 2;",
        "b. **Routejaar**: een schooljaar van de Route, waarbij Routejaar 1 en 2 samenvallen met leerjaar "
        "3 en 4 van de School (de vo-fase) en Routejaar 3 en 4 de eerste twee studiejaren van de opleiding "
        "bij de Instelling zijn (de mbo-fase);",
        "c. **Leerling**: een leerling van de School die aan de Route deelneemt;",
        "d. **Student**: een deelnemer aan de Route die bij de Instelling is ingeschreven;",
        "e. **Stuurgroep**: het orgaan bedoeld in artikel 5;",
        "f. **Routemanager**: de functionaris die de dagelijkse coördinatie van de Route verzorgt en als "
        "adviserend lid aan de Stuurgroep deelneemt;",
        "g. **PTA/OER**: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
        "examenregeling van de Route, waarin voor de gehele Route per Routejaar het onderwijsprogramma, de "
        "examinering en de beroepspraktijkvorming zijn beschreven;",
        "h. **Werkveldraad**: de raad bedoeld in artikel 4;",
        "i. **Schooljaar**: de periode van 1 augustus tot en met 31 juli daaraanvolgend;",
        "j. **Schriftelijk**: per brief of per e-mail, met uitzondering van de artikelen 17, 18 en 19, "
        "waarvoor uitsluitend een door de bevoegde vertegenwoordigers ondertekend stuk volstaat.",
    ]:
        I(t)
    P("1.2 Begrippen in het enkelvoud omvatten het meervoud en omgekeerd. Kopjes boven artikelen dienen "
      "uitsluitend de leesbaarheid en hebben geen zelfstandige betekenis.")

    H("Artikel 2 Onderwerp en reikwijdte")
    P("2.1 Partijen verzorgen met ingang van het Schooljaar 2025-2026 gezamenlijk de Route. De Route "
      "omvat:")
    I("a. in de vo-fase: de gemengde leerweg met het profiel **Economie en ondernemen** aan de School, "
      "locatie Bodegraven;")
    I("b. in de mbo-fase: de middenkaderopleidingen (niveau 4) **Manager retail** en **Junior "
      "accountmanager** in het opleidingsdomein Handel, in de beroepsopleidende leerweg, aan de Instelling, "
      "locatie Gouda-Noord.")
    P("2.2 De Route duurt vier Routejaren. De Leerling legt uiterlijk in Routejaar 3 het eindexamen van de "
      "gemengde leerweg af. De keuze tussen de opleidingen genoemd in lid 1 onder b maakt de Leerling aan "
      "het einde van Routejaar 2, na een loopbaangesprek met de decaan van de School en een "
      "studieloopbaanbegeleider van de Instelling.")
    P("2.3 Partijen melden de Route gezamenlijk aan de minister van Onderwijs, Cultuur en Wetenschap door "
      "registratie in het Register Instellingen en Opleidingen, ieder voor het eigen deel.")
    P("2.4 De Route staat open voor ten hoogste twintig Leerlingen per cohort. De toelating tot de Route "
      "geschiedt op basis van de toelatingsprocedure die in het PTA/OER is opgenomen.")

    H("Artikel 3 Uitgangspunten en verantwoordelijkheden")
    P("3.1 De School is verantwoordelijk voor het vmbo-deel van de Route, daaronder begrepen de "
      "examinering en diplomering van de gemengde leerweg gedurende de gehele cursusduur. De Instelling "
      "is verantwoordelijk voor het mbo-deel van de Route, daaronder begrepen de beroepspraktijkvorming en "
      "de examinering en diplomering van de opleidingen genoemd in artikel 2.1 onder b.")
    P("3.2 Iedere Partij staat ervoor in dat het door haar verzorgde deel van de Route voldoet aan de "
      "eisen die de wet daaraan stelt en dat zij over de daarvoor benodigde erkenningen en "
      "bevoegdheden beschikt.")
    P("3.3 Partijen zullen zich over en weer naar redelijkheid en billijkheid gedragen en elkaar tijdig "
      "informeren over omstandigheden die voor de uitvoering van de Route van belang zijn.")

    H("Artikel 4 Betrokkenheid van het regionale bedrijfsleven")
    P("4.1 Partijen richten een Werkveldraad Commercie Groene Hart in. Deze raad bestaat uit ten minste "
      "vijf vertegenwoordigers van werkgevers uit de regio, onder wie in elk geval een vertegenwoordiger "
      "van de Ondernemersvereniging Bodegraven-Reeuwijk, twee vertegenwoordigers van "
      "detailhandelsbedrijven, een vertegenwoordiger van een groothandels- of "
      "business-to-businessonderneming en een adviseur praktijkleren van SBB.")
    P("4.2 De Werkveldraad vergadert ten minste tweemaal per Schooljaar met de Stuurgroep en brengt "
      "gevraagd en ongevraagd advies uit over het PTA/OER, de keuze van keuzedelen en de aansluiting van "
      "de Route op de regionale arbeidsmarkt. De Stuurgroep deelt de Werkveldraad Schriftelijk en "
      "gemotiveerd mee wat zij met een advies heeft gedaan.")
    P("4.3 Partijen dragen er zorg voor dat:")
    I("a. in Routejaar 1 en 2 ten minste twee praktijkopdrachten per Schooljaar worden uitgevoerd in "
      "opdracht van en bij bedrijven uit de regio (de \u201cRetail Challenge\u201d);")
    I("b. voor iedere Student in Routejaar 3 en 4 een plaats voor beroepspraktijkvorming beschikbaar is bij "
      "een door SBB erkend leerbedrijf;")
    I("c. praktijkopleiders van de leerbedrijven als tweede beoordelaar deelnemen aan de "
      "beroepsgerichte examens in de mbo-fase.")
    P("4.4 De Instelling sluit met ieder leerbedrijf een praktijkovereenkomst overeenkomstig de WEB. De "
      "School draagt zorg voor de afspraken met bedrijven over de praktijkopdrachten in de vo-fase.")

    H("Artikel 5 De Stuurgroep")
    P("5.1 De leiding over de Route berust bij de Stuurgroep.")
    P("5.2 De Stuurgroep bestaat uit vier leden: twee leden afkomstig van de School en twee leden "
      "afkomstig van de Instelling, onder wie aan beide zijden ten minste \u00e9\u00e9n lid met "
      "integrale leidinggevende verantwoordelijkheid voor het betrokken onderwijsteam. De Routemanager "
      "neemt als adviserend lid aan de vergaderingen deel en voert het secretariaat. Het "
      "voorzitterschap rouleert per Schooljaar tussen een lid afkomstig van de School en een lid "
      "afkomstig van de Instelling.")
    P("5.3 De Stuurgroep heeft tot taak:")
    for t in [
        "a. het voorbereiden en jaarlijks actualiseren van het PTA/OER;",
        "b. het vaststellen van de jaarplanning, het rooster en de verdeling van de lesuren over de "
        "docenten van Partijen;",
        "c. het beslissen over de toelating van Leerlingen tot de Route;",
        "d. het organiseren van de beroepspraktijkvorming en de Retail Challenge, in samenwerking met de "
        "Werkveldraad;",
        "e. het bewaken van de kwaliteit van de Route, waaronder het jaarlijks evalueren van in-, door- en "
        "uitstroom;",
        "f. het voorbereiden van de besluiten over overstap bedoeld in artikel 10;",
        "g. het beheren van het routebudget.",
    ]:
        I(t)
    P("5.4 Partijen dragen aan de Stuurgroep de bevoegdheid op om binnen de kaders van deze overeenkomst "
      "en het door de colleges van bestuur vastgestelde routebudget zelfstandig te besluiten over de "
      "onderwerpen genoemd in lid 3 onder b tot en met g. De Stuurgroep is niet bevoegd tot het aangaan van "
      "verplichtingen ten laste van een Partij boven een bedrag van \u20ac 10.000,- per verplichting, tot "
      "het wijzigen van deze overeenkomst en tot besluiten over de rechtspositie van personeel; die "
      "bevoegdheden blijven bij de colleges van bestuur.")
    P("5.5 De Stuurgroep besluit bij unanimiteit van de aanwezige leden, mits ten minste \u00e9\u00e9n lid "
      "afkomstig van elke Partij aanwezig is. Wordt geen unanimiteit bereikt, dan wordt het onderwerp "
      "behandeld overeenkomstig artikel 16.")
    P("5.6 De Stuurgroep vergadert ten minste zes keer per Schooljaar en voorts zo dikwijls als een lid "
      "dat verlangt. De Stuurgroep stelt een reglement van orde vast voor haar vergaderingen en "
      "werkwijze.")

    H("Artikel 6 Inlichtingen en verantwoording")
    P("6.1 De Stuurgroep verschaft de colleges van bestuur van beide Partijen gevraagd en ongevraagd alle "
      "inlichtingen die voor de uitoefening van hun taak redelijkerwijs van belang zijn.")
    P("6.2 De Stuurgroep legt over elk Schooljaar verantwoording af aan de colleges van bestuur van beide "
      "Partijen door middel van een jaarverslag, dat uiterlijk op 15 oktober van het volgende Schooljaar "
      "wordt toegezonden. Het jaarverslag bevat ten minste de kengetallen over in-, door- en uitstroom, "
      "de examenresultaten, het aantal en de aard van de overstappen, de realisatie van het routebudget "
      "en de besteding van de op grond van artikel 11 overgedragen middelen.")
    P("6.3 Daarnaast zendt de Stuurgroep na afloop van ieder kwartaal een beknopte voortgangsrapportage "
      "aan beide colleges van bestuur.")
    P("6.4 De colleges van bestuur bespreken het jaarverslag jaarlijks in november in een bestuurlijk "
      "overleg met de Stuurgroep en stellen zo nodig de kaders voor het volgende Schooljaar bij.")

    H("Artikel 7 Inrichting van het onderwijs")
    P("7.1 Het onderwijs in Routejaar 1 en 2 wordt verzorgd op de locatie van de School te Bodegraven, met "
      "dien verstande dat de Leerlingen in Routejaar 2 \u00e9\u00e9n dag per week onderwijs volgen in het "
      "Retail Experience Center van de Instelling te Gouda. Het onderwijs in Routejaar 3 en 4 wordt "
      "verzorgd op de locatie Gouda-Noord van de Instelling en bij de leerbedrijven.")
    P("7.2 Partijen beschrijven in het PTA/OER voor de gehele Route per Routejaar het onderwijsprogramma, "
      "de examinering en de beroepspraktijkvorming, en geven daarbij aan welke onderdelen tot het "
      "vmbo-programma, welke tot het mbo-programma en welke tot beide behoren. Het PTA/OER wordt op "
      "voorstel van de Stuurgroep jaarlijks v\u00f3\u00f3r 1 juli door de bevoegde gezagen van Partijen "
      "vastgesteld, ieder voor het eigen deel.")
    P("7.3 Het centraal examen van de gemengde leerweg wordt in Routejaar 2 afgenomen; onderdelen die niet "
      "zijn behaald, kunnen in Routejaar 3 worden afgerond. Mbo-examens kunnen vanaf Routejaar 1 worden "
      "afgenomen voor zover het PTA/OER dat bepaalt.")
    P("7.4 In Routejaar 1 en 2 staat de Leerling ingeschreven bij de School; met ingang van Routejaar 3 "
      "wordt hij ingeschreven bij de Instelling. Het toezicht op verzuim berust in de vo-fase bij de "
      "School en in de mbo-fase bij de Instelling.")
    P("7.5 De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van het bevoegd "
      "gezag en het personeel van de andere Partij die verband houden met de Route. Partijen verlenen "
      "elkaar volledige medewerking bij de behandeling van een klacht.")

    H("Artikel 8 Inzet van personeel")
    P("8.1 De Instelling zet in Routejaar 1 en 2 docenten Commercie in op de locatie van de School, tot een "
      "omvang van in totaal 0,4 fte per Schooljaar. Deze docenten blijven in dienst van de Instelling en "
      "volgen tijdens hun werkzaamheden op de locatie van de School de huisregels en de redelijke "
      "aanwijzingen van de teamleider van de School.")
    P("8.2 De School zet in Routejaar 3 een docent economie in voor Leerlingen die nog een onderdeel van "
      "het vmbo-examen moeten afronden, tot een omvang van ten hoogste 0,1 fte.")
    P("8.3 Voor het vakoverstijgende Ondernemersproject in Routejaar 2 maken Partijen gebruik van de "
      "mogelijkheid van een team van leraren en docenten als bedoeld in artikel 7.13a WVO 2020 en artikel "
      "9.1.12 WEB. Het PTA/OER vermeldt voor welke onderdelen het team wordt ingezet. Voor ieder "
      "programmaonderdeel is ten minste \u00e9\u00e9n bevoegde leraar of docent betrokken, die "
      "verantwoordelijk is voor het deel waarvoor hij bevoegd is.")
    P("8.4 Partijen organiseren jaarlijks ten minste twee gezamenlijke studiedagen voor de bij de Route "
      "betrokken docenten.")

    H("Artikel 9 Faciliteiten")
    P("9.1 De Instelling stelt het Retail Experience Center, haar digitale leeromgeving en de daarbij "
      "behorende softwarelicenties ter beschikking voor het onderwijs aan Leerlingen in Routejaar 2.")
    P("9.2 De School stelt haar schoolwinkel en haar praktijklokaal Economie ter beschikking voor "
      "activiteiten van de Route, waaronder bijeenkomsten van de Werkveldraad.")
    P("9.3 Het gebruik van de faciliteiten bedoeld in dit artikel geschiedt om niet, met uitzondering van "
      "verbruiksmaterialen, die worden gedragen door de Partij op wier locatie zij worden gebruikt.")
    P("9.4 Iedere Partij draagt zorg voor een adequate verzekering van haar eigen gebouwen, inventaris en "
      "personeel, alsmede voor een aansprakelijkheidsverzekering die mede dekking biedt voor "
      "activiteiten in het kader van de Route.")

    H("Artikel 10 Voortzetting van de schoolloopbaan buiten de Route")
    P("10.1 Indien de deelname van een Leerling of Student aan de Route wordt be\u00ebindigd voordat hij de "
      "Route met goed gevolg heeft doorlopen, stellen Partijen hem in staat een vmbo-diploma of een "
      "mbo-diploma te behalen dat aansluit bij het door hem bereikte onderwijsniveau en bij zijn leeftijd.")
    P("10.2 Partijen hanteren daarbij de volgende kaders:")
    for t in [
        "a. bij be\u00ebindiging in Routejaar 1 of 2 zet de Leerling zijn opleiding voort in de reguliere "
        "gemengde leerweg of, indien dat beter aansluit, in de kaderberoepsgerichte leerweg van de School, "
        "gericht op het behalen van het vmbo-diploma;",
        "b. heeft de Leerling aan het einde van Routejaar 3 het vmbo-diploma niet behaald, dan kan hij het "
        "ontbrekende onderdeel opnieuw voorbereiden en afleggen, dan wel zonder dat diploma instromen in een "
        "opleiding van de Instelling op niveau 3 of 4 die past bij de door hem behaalde vo- en "
        "mbo-onderdelen; de vooropleidingseisen van de Instelling zijn in dat geval niet van toepassing;",
        "c. blijkt de richting van de Route niet bij de Student te passen, dan kan hij overstappen naar een "
        "opleiding op hetzelfde niveau in een ander opleidingsdomein van de Instelling;",
        "d. blijkt niveau 4 te hoog gegrepen, dan kan de Student overstappen naar de vakopleiding "
        "Verkoopspecialist (niveau 3) van de Instelling;",
        "e. wenst de Leerling of Student zijn opleiding elders voort te zetten, dan ondersteunen Partijen "
        "hem bij de aanmelding en bij een eventueel geschiktheidsonderzoek door de ontvangende instelling.",
    ]:
        I(t)
    P("10.3 Het oordeel over het passende alternatief wordt gezamenlijk gegeven door de bevoegde gezagen "
      "van beide Partijen, die dit oordeel hebben gemandateerd aan de Routemanager tezamen met de decaan "
      "van de School en een studieloopbaanbegeleider van de Instelling. Het oordeel wordt gegeven na een "
      "gesprek met de Leerling of Student en, indien hij minderjarig is, zijn ouders, en wordt binnen zes "
      "weken Schriftelijk meegedeeld.")
    P("10.4 De School neemt de nadere uitwerking van dit artikel op in haar schoolgids; de Instelling doet "
      "hetzelfde in haar studiegids.")

    H("Artikel 11 Financiële bepalingen")
    P("11.1 De School draagt met toepassing van artikel 5.42a WVO 2020 per Schooljaar een bedrag van "
      "\u20ac 1.150,- (zegge: elfhonderdvijftig euro) per Leerling in Routejaar 2 over aan de Instelling. "
      "Het aantal Leerlingen wordt vastgesteld naar de stand op 1 oktober van het betrokken Schooljaar.")
    P("11.2 De overgedragen middelen zijn uitsluitend bestemd voor de bekostiging van de inzet van de "
      "docenten Commercie bedoeld in artikel 8.1 en van het gebruik van het Retail Experience Center "
      "bedoeld in artikel 9.1.")
    P("11.3 Betaling geschiedt in twee gelijke termijnen, op 1 december en op 1 mei, na ontvangst van een "
      "factuur van de Instelling. Het bedrag wordt jaarlijks per 1 augustus ge\u00efndexeerd met de "
      "loonkostenontwikkeling in het mbo.")
    P("11.4 De Instelling draagt geen bekostiging over aan de School. Voor het overige draagt iedere Partij "
      "de eigen kosten.")

    H("Artikel 12 Medezeggenschap")
    P("12.1 Op de Leerlingen, hun ouders en het personeel van de School is de Wet medezeggenschap op "
      "scholen van toepassing; op de Studenten, hun ouders en het personeel van de Instelling de "
      "regels van de WEB en de Wet op de ondernemingsraden.")
    P("12.2 In aanvulling daarop stellen Partijen een Routeraad in, bestaande uit twee leden van de "
      "medezeggenschapsraad van de School (een ouder en een leerling) en twee leden van de studentenraad "
      "van de Instelling. De Stuurgroep overlegt tweemaal per Schooljaar met de Routeraad en vraagt de "
      "Routeraad advies over het jaarverslag en over iedere voorgenomen wijziging van het PTA/OER.")
    P("12.3 Leerlingen in Routejaar 2 zijn verkiesbaar voor \u00e9\u00e9n zetel in de deelraad van de "
      "Instelling voor het cluster Commercie, met dezelfde rechten als de overige leden.")

    H("Artikel 13 Gegevensuitwisseling en privacy")
    P("13.1 Partijen wisselen uitsluitend die persoonsgegevens van Leerlingen en Studenten uit die "
      "noodzakelijk zijn voor de uitvoering van de Route, met inachtneming van de Algemene verordening "
      "gegevensbescherming. Iedere Partij is zelfstandig verwerkingsverantwoordelijke.")
    P("13.2 Partijen leggen de nadere afspraken over de gegevensuitwisseling, waaronder de overdracht van "
      "leerlinggegevens bij de overgang naar Routejaar 3, vast in een gegevensdelingsprotocol.")

    H("Artikel 14 Aansprakelijkheid")
    P("14.1 Iedere Partij is jegens de andere Partij aansprakelijk voor schade die het rechtstreekse gevolg "
      "is van een toerekenbare tekortkoming in de nakoming van deze overeenkomst, tot ten hoogste het "
      "bedrag dat in het betreffende geval door haar aansprakelijkheidsverzekering wordt uitgekeerd.")
    P("14.2 Aansprakelijkheid voor indirecte schade, waaronder gederfde inkomsten, is uitgesloten, behoudens "
      "opzet of bewuste roekeloosheid.")

    H("Artikel 15 Overmacht")
    P("15.1 Een Partij is niet gehouden tot nakoming van een verplichting indien zij daartoe verhinderd is "
      "als gevolg van overmacht, waaronder begrepen overheidsmaatregelen, brand, epidemie\u00ebn en langdurige "
      "uitval van ICT-voorzieningen. Zij stelt de andere Partij daarvan onverwijld in kennis.")

    H("Artikel 16 Geschillen")
    P("16.1 Van een geschil is sprake wanneer een Partij dit de andere Partij Schriftelijk meedeelt onder "
      "vermelding van het onderwerp en haar standpunt.")
    P("16.2 Een geschil over de uitvoering van deze overeenkomst wordt eerst binnen veertien dagen in de "
      "Stuurgroep besproken. Leidt dit niet tot overeenstemming, dan wordt het geschil voorgelegd aan de "
      "colleges van bestuur van Partijen, die binnen vier weken bestuurlijk overleg voeren.")
    P("16.3 Leidt het bestuurlijk overleg niet binnen vier weken tot een oplossing, dan trachten Partijen "
      "het geschil op te lossen door mediation overeenkomstig het reglement van de Mediatorsfederatie "
      "Nederland, door een door Partijen gezamenlijk aan te wijzen mediator. De kosten worden gelijkelijk "
      "gedragen.")
    P("16.4 Is het geschil niet binnen drie maanden na aanvang van de mediation opgelost, dan wordt het "
      "uitsluitend beslecht door de bevoegde rechter van de Rechtbank Den Haag.")

    H("Artikel 17 Toetreding")
    P("17.1 Een andere school voor voorbereidend middelbaar beroepsonderwijs of een andere instelling voor "
      "beroepsonderwijs kan tot deze overeenkomst toetreden, mits:")
    for t in [
        "a. beide Partijen daarmee Schriftelijk instemmen;",
        "b. de toetredende partij het profiel onderscheidenlijk de opleidingen genoemd in artikel 2.1 "
        "aanbiedt en over de daarvoor vereiste erkenningen beschikt;",
        "c. de toetredende partij een toetredingsovereenkomst ondertekent waarin zij alle rechten en "
        "verplichtingen uit deze overeenkomst aanvaardt;",
        "d. de toetreding door alle betrokken partijen bij DUO wordt gemeld.",
    ]:
        I(t)
    P("17.2 De toetreding wordt van kracht op de datum die in de toetredingsovereenkomst is vermeld. De "
      "Stuurgroep wordt na de toetreding uitgebreid met een lid afkomstig van de toetredende partij.")

    H("Artikel 18 Duur, opzegging en ontbinding")
    P("18.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor de duur van "
      "vijf jaren. Zij wordt daarna telkens stilzwijgend verlengd voor een periode van twee jaren.")
    P("18.2 Iedere Partij kan deze overeenkomst door middel van een aangetekende brief opzeggen met "
      "inachtneming van een opzegtermijn van zes maanden, tegen het einde van een kalendermaand.")
    P("18.3 Iedere Partij is bevoegd deze overeenkomst geheel of gedeeltelijk te ontbinden indien de andere "
      "Partij, na deugdelijk Schriftelijk in gebreke te zijn gesteld en een redelijke termijn voor "
      "nakoming te hebben gekregen, in de nakoming van een wezenlijke verplichting blijft tekortschieten, "
      "alsmede indien de erkenning of de bekostiging van het door de andere Partij verzorgde deel van de "
      "Route vervalt.")
    P("18.4 Bij be\u00ebindiging van deze overeenkomst verrekenen Partijen de op grond van artikel 11 "
      "overgedragen middelen naar rato van het verstreken deel van het Schooljaar en geven zij elkaar "
      "de ter beschikking gestelde materialen terug. De artikelen 13, 14 en 16 blijven ook na be\u00ebindiging "
      "van kracht.")

    H("Artikel 19 Wijziging")
    P("19.1 Deze overeenkomst kan uitsluitend worden gewijzigd bij een Schriftelijke, door beide Partijen "
      "ondertekende overeenkomst.")
    P("19.2 De Stuurgroep evalueert deze overeenkomst jaarlijks en kan de colleges van bestuur voorstellen "
      "tot wijziging doen.")
    P("19.3 Indien wijziging van wet- of regelgeving daartoe aanleiding geeft, treden Partijen binnen drie "
      "maanden in overleg over aanpassing van deze overeenkomst.")

    H("Artikel 20 Slotbepalingen")
    P("20.1 Indien een bepaling van deze overeenkomst nietig blijkt of wordt vernietigd, blijven de overige "
      "bepalingen van kracht. Partijen vervangen de betreffende bepaling door een bepaling die de "
      "strekking daarvan zo dicht mogelijk benadert.")
    P("20.2 Deze overeenkomst vervangt alle eerdere afspraken tussen Partijen over de pilot \u201cCommercie "
      "Compact\u201d.")
    P("20.3 Op deze overeenkomst is Nederlands recht van toepassing.")
    P("Aldus overeengekomen en in tweevoud ondertekend.")
    B.append(("sig", ["Bodegraven, 19 juni 2025", "", "Stichting Protestants-Christelijk Voortgezet",
                      "Onderwijs Rijn- en Veenstreek", "", "", "mr. drs. W.J. van Leeuwen",
                      "voorzitter college van bestuur"],
              ["Gouda, 19 juni 2025", "", "Stichting Regionaal Opleidingencentrum", "Gouwe en Rijn", "", "",
               "ir. C.M. Kortenhoeven", "voorzitter college van bestuur"]))
    write_pdf(path, B, "Samenwerkingsovereenkomst Commercie & Retail", "Advocatenkantoor Rijnzicht",
              font="Times-Roman", base_size=10.5,
              footer="Samenwerkingsovereenkomst DLR Commercie & Retail - paraaf Partijen: ____ / ____")


# ---------------------------------------------------------------------------
# h220  parent brochure signed by both boards, MD
# ---------------------------------------------------------------------------
@register(
    220, "ouderboekje_beide_besturen_pedagogisch_gulpen_wittem", "md",
    "Ouderboekje in gewone taal dat zelf de overeenkomst is, ondertekend door beide besturen (MD), "
    "Gulpen-Wittem, Z&W gl naar Pedagogisch medewerker kindcentrum/Onderwijsassistent niv. 4; "
    "medezeggenschap alleen wettelijke uitleg, geschillen alleen in onderling overleg.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "weak", "j": "present"},
    {"a": "Welke route is het?", "b": "Wie doen er vanuit de praktijk mee?",
     "c": "Wie heeft de leiding over de route?", "d": "Hoe houden de besturen zicht op de route?",
     "e": "Waar krijg je les, en van wie?", "f": "En als het anders loopt?",
     "g": "Gaat er geld tussen de scholen heen en weer?",
     "j": "Kan er een school bij komen, en kunnen de afspraken veranderen of stoppen?"},
)
def build_220(path):
    write_text(path, H220)


H220 = """
# Samen op weg naar het mbo: de route Pedagogisch werk

*Afspraken tussen Geulland College en ROC Mergelland - voor leerlingen, ouders en verzorgers*

Beste ouders en verzorgers, beste leerling,

In dit boekje lees je welke afspraken Geulland College in Gulpen en ROC Mergelland met elkaar hebben
gemaakt over de doorlopende leerroute Pedagogisch werk. Dit boekje is geen samenvatting van een ander
document: dit **is** onze samenwerkingsovereenkomst. We hebben hem in gewone taal geschreven, zodat
iedereen kan lezen wat de twee scholen elkaar en jou beloven. De besturen van beide scholen hebben de
afspraken ondertekend; je vindt hun handtekeningen op de laatste bladzijde.

Waar "wij" staat, bedoelen we de twee scholen samen. Waar "jij" staat, bedoelen we de leerling.

## Wie zijn wij?

- **Geulland College** is een vmbo-school in Gulpen. Het bestuur van de school is Stichting Voortgezet
  Onderwijs Geul en Gulp.
- **ROC Mergelland** is een mbo-school met locaties in Heerlen en Maastricht. Het bestuur is het college
  van bestuur van Stichting Regionaal Opleidingencentrum Mergelland.

## Welke route is het?

Je volgt in leerjaar 3 en 4 op Geulland College de **gemengde leerweg** met het profiel **Zorg en
welzijn**. Daarna ga je, zonder nieuwe aanmelding of intake, door naar ROC Mergelland in Heerlen. Daar
kies je tussen twee opleidingen in het domein Zorg en welzijn, allebei op **niveau 4**:

- **Pedagogisch medewerker kindcentrum** (werken in de kinderopvang en het kindcentrum);
- **Onderwijsassistent** (werken in de klas van de basisschool).

Je kiest tussen deze twee opleidingen in het voorjaar van leerjaar 4. De hele route duurt vijf jaar:
twee jaar vmbo en drie jaar mbo. Je vmbo-diploma haal je aan het eind van leerjaar 4; lukt dat niet,
dan kan het nog in het eerste mbo-jaar. Elk jaar beginnen er maximaal achttien leerlingen aan de route.

## Wie doen er vanuit de praktijk mee?

De route is samen met mensen uit de praktijk opgezet, en dat blijft zo:

- **Kinderopvang Heuvelland** (twaalf locaties in Zuid-Limburg) en de basisscholen van **Stichting
  Basisscholen Geuldal** zijn onze vaste leerbedrijven.
- Vanaf leerjaar 3 help je twee uur per week mee in een groep van een basisschool of op een
  kinderopvanglocatie in de buurt. Een pedagogisch medewerker of leerkracht is daar je maatje.
- Elk jaar geven medewerkers van de leerbedrijven minstens drie gastlessen.
- In het mbo loop je stage (BPV) bij een van deze leerbedrijven. Je praktijkbegeleider daar beoordeelt je
  examens in de praktijk mee.
- Twee keer per jaar zitten de leerbedrijven met de routeleiding aan de **werkveldtafel**. Daar geven ze
  advies over wat je leert en welke keuzedelen we aanbieden.

## Wie heeft de leiding over de route?

De route wordt geleid door twee mensen samen, de **routeleiding**:

- een **routeleider** van Geulland College, die wordt aangewezen door het bestuur van Geulland College;
- een **opleidingsmanager** van ROC Mergelland, die wordt aangewezen door het college van bestuur van ROC
  Mergelland.

De routeleiding maakt het lesprogramma en het rooster, verdeelt de docenten, regelt de praktijkplekken,
beslist wie er tot de route wordt toegelaten en let op de kwaliteit. Zij mag daarvoor geld uitgeven uit
het routebudget dat de besturen elk jaar vaststellen. Grote beslissingen blijven bij de besturen: het
budget zelf, het aannemen van personeel en het veranderen van deze afspraken.

## Hoe houden de besturen zicht op de route?

De routeleiding schrijft twee keer per jaar een verslag voor beide besturen: in februari en in september.
Daarin staat hoeveel leerlingen er zijn, hoeveel er zijn gestopt of overgestapt, hoe de examens gingen
en hoe het geld is besteed. Elk jaar in oktober praten beide besturen met de routeleiding over het
afgelopen jaar. Gebeurt er tussendoor iets belangrijks, dan meldt de routeleiding dat meteen aan beide
besturen.

## Waar krijg je les, en van wie?

- **Leerjaar 3 en 4**: op Geulland College in Gulpen. Twee dagdelen per week komt een docent van het ROC
  lesgeven op Geulland College. Het ROC blijft haar werkgever.
- **Mbo-jaar 1 tot en met 3**: op ROC Mergelland, locatie Heerlen, en bij je leerbedrijf. Moet je nog een
  vmbo-vak afronden, dan geeft een docent van Geulland College daar in Heerlen les in.
- Het praktijkvak **Kind en spel** in leerjaar 4 wordt gegeven door een team van docenten van beide
  scholen samen. Dat mag volgens de wet (teambevoegdheid), zolang elke docent het deel geeft waarvoor hij
  of zij bevoegd is.
- Je mag gebruikmaken van het praktijklokaal Zorg en welzijn van Geulland College en, vanaf leerjaar 4,
  van de oefenruimte "kindcentrum" en de speel-o-theek van het ROC. De scholen lenen elkaar deze ruimtes
  gratis.
- Wat je per jaar leert en welke toetsen en examens je maakt, staat in het gezamenlijke PTA/OER van de
  route. Je krijgt dat aan het begin van elk schooljaar.
- In leerjaar 3 en 4 sta je ingeschreven op Geulland College, daarna op het ROC. Heb je een klacht over
  een docent van de andere school, dan kun je die gewoon indienen bij de school waar je ingeschreven
  staat. De scholen helpen elkaar bij de afhandeling.

## En als het anders loopt?

Soms past de route toch niet. Je verhuist, het niveau is te hoog, of je wilt iets heel anders. Dan zorgen
wij ervoor dat je toch een diploma kunt halen:

- **Stop je in leerjaar 3 of 4?** Dan ga je verder in de gewone gemengde of kaderberoepsgerichte leerweg
  op Geulland College en haal je daar je vmbo-diploma.
- **Heb je aan het eind van het eerste mbo-jaar je vmbo-diploma nog niet?** Dan mag je toch verder in een
  mbo-opleiding van ROC Mergelland die past bij wat je al hebt gehaald, bijvoorbeeld Pedagogisch
  medewerker kinderopvang op niveau 3. Je hoeft dan niet aan de gewone toelatingseisen van het ROC te
  voldoen.
- **Wil je iets anders?** Dan kun je overstappen naar een andere opleiding op hetzelfde niveau bij het
  ROC, of we helpen je bij de aanmelding bij een andere school in de regio.

Wie beslist? Geulland College en ROC Mergelland bekijken **samen**, met jou en je ouders, welke plek het
beste bij je past. We kijken daarbij naar wat je al hebt gehaald en naar je leeftijd. Binnen vier weken
na het gesprek krijg je het voorstel op papier. Je mentor zorgt voor een warme overdracht naar je nieuwe
klas of opleiding. In de schoolgids staat per situatie hoe het precies gaat.

## Gaat er geld tussen de scholen heen en weer?

Nee. Er gaat geen bekostiging van Geulland College naar het ROC of andersom. Elke school betaalt zelf zijn
eigen docenten, lokalen en materialen. Voor jou als ouder verandert er niets aan de vrijwillige
ouderbijdrage.

## Mag je meepraten?

Ja. Zolang je op Geulland College staat ingeschreven, praten leerlingen en ouders mee via de
medezeggenschapsraad (MR) van Geulland College; zo staat het in de Wet medezeggenschap op scholen. Vanaf
het mbo sta je ingeschreven bij het ROC en gelden de regels van de Wet educatie en beroepsonderwijs: dan
kun je meepraten via de studentenraad, en je ouders via de ouderraad van het ROC. Voor de docenten geldt
de MR van Geulland College of de ondernemingsraad van het ROC. De wet zegt ook dat scholen daar samen
extra afspraken bovenop kunnen maken.

## Wat als de scholen het oneens zijn?

Dat kan gebeuren, ook bij goede samenwerking. Geulland College en ROC Mergelland lossen meningsverschillen
over deze afspraken samen op, in goed onderling overleg. Jij merkt daar niets van: je lessen gaan gewoon
door.

## Kan er een school bij komen, en kunnen de afspraken veranderen of stoppen?

- **Een school erbij.** Een andere vmbo-school of mbo-school mag meedoen als beide besturen dat op papier
  goedkeuren en de nieuwe school deze afspraken ondertekent. De scholen melden dat dan bij DUO. Een nieuwe
  school kan alleen aan het begin van een schooljaar instappen, zodat er midden in het jaar niets
  verandert voor jou.
- **Afspraken veranderen.** Dat kan alleen op papier, met de handtekening van beide besturen. Een
  verandering gaat in aan het begin van een nieuw schooljaar, en we laten het ouders en leerlingen uiterlijk
  1 juni daarvoor weten.
- **Stoppen met de route.** Een bestuur kan de afspraken opzeggen, maar moet dat minstens een jaar van
  tevoren laten weten, en alleen tegen het einde van een schooljaar. Daarna beginnen er geen nieuwe
  leerlingen meer. Wie al in de route zit, maakt hem gewoon af, met dezelfde afspraken.

## Hoe lang gelden deze afspraken?

Van 1 augustus 2025 tot en met 31 juli 2030. Daarna gaan ze steeds met vijf jaar door, tenzij een bestuur
op tijd opzegt.

## Ondertekening

Deze afspraken zijn vastgesteld en ondertekend door:

| Stichting Voortgezet Onderwijs Geul en Gulp | Stichting Regionaal Opleidingencentrum Mergelland |
|---|---|
| drs. M.P.J. Houben, voorzitter college van bestuur | E.A. Lemmens-Vliegen MBA, voorzitter college van bestuur |
| Gulpen, 16 juni 2025 | Heerlen, 16 juni 2025 |
"""


# ---------------------------------------------------------------------------
# h221  AOC interne regeling (besluit of the CvB), PDF
# ---------------------------------------------------------------------------
@register(
    221, "interne_regeling_aoc_veehouderij_dinkelland", "pdf",
    "Interne regeling van een AOC als CvB-besluit met artikelen (PDF), Dinkelland/Noordoost-Twente, "
    "groen bb/kb naar Medewerker veehouderij niv. 2 en Vakbekwaam medewerker veehouderij niv. 3; "
    "a-g volledig, h-j niet vereist.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "not_applicable",
     "j": "not_applicable"},
    {"a": "Artikel 2 Routes", "b": "Artikel 3 Samenwerking met de melkveehouderij",
     "c": "Artikel 4 Routeleiding", "d": "Artikel 5 Rekenschap aan het college",
     "e": "Artikel 6 Locaties, programma en examinering",
     "f": "Artikel 8 Leerlingen die de route verlaten", "g": "Artikel 9 Bekostiging"},
)
def build_221(path):
    B = []
    P = lambda t: B.append(("p", t))
    I = lambda t: B.append(("ind", t))
    H = lambda t: B.append(("h2", t))
    B.append(("title", "Interne regeling doorlopende leerroutes Veehouderij"))
    B.append(("subtitle", "Besluit van het college van bestuur van Stichting Agrarisch Opleidingscentrum "
              "Dinkel en Vecht van 3 juni 2025, kenmerk CvB/2025/041"))
    P("Het college van bestuur van Stichting Agrarisch Opleidingscentrum Dinkel en Vecht, statutair "
      "gevestigd te Oldenzaal (hierna: het college),")
    P("gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, "
      "van de Wet educatie en beroepsonderwijs;")
    P("overwegende dat de stichting bevoegd gezag is van zowel de vmbo-groen-locatie Groencollege "
      "Denekamp als de mbo-locatie Groencollege Oldenzaal, zodat voor de doorlopende leerroutes tussen "
      "beide locaties geen samenwerkingsovereenkomst wordt gesloten maar een interne regeling wordt "
      "vastgesteld; dat de melkveehouderij in Noordoost-Twente behoefte heeft aan goed opgeleide "
      "medewerkers; en dat de deelraden van beide locaties over het voornemen advies hebben uitgebracht;")
    P("**BESLUIT** vast te stellen de volgende regeling.")

    H("Artikel 1 Begrippen")
    P("In deze regeling wordt verstaan onder:")
    for t in [
        "a. **route**: een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2 van deze regeling;",
        "b. **locatie Denekamp**: de vmbo-groen-locatie Groencollege Denekamp;",
        "c. **locatie Oldenzaal**: de mbo-locatie Groencollege Oldenzaal;",
        "d. **routejaar**: een schooljaar van de route; routejaar 1 en 2 vallen samen met leerjaar 3 en 4 "
        "van het vmbo;",
        "e. **routeleiding**: het team bedoeld in artikel 4;",
        "f. **praktijkbedrijf**: een door SBB erkend leerbedrijf in de melkveehouderij dat deelneemt aan "
        "het netwerk bedoeld in artikel 3.",
    ]:
        I(t)

    H("Artikel 2 Routes")
    P("2.1 Met ingang van het schooljaar 2025-2026 worden de volgende routes verzorgd:")
    I("a. **route Basis**: het profiel Groen in de basisberoepsgerichte leerweg, gevolgd door de "
      "basisberoepsopleiding **Medewerker veehouderij (niveau 2)**;")
    I("b. **route Kader**: het profiel Groen in de kaderberoepsgerichte leerweg, gevolgd door de "
      "vakopleiding **Vakbekwaam medewerker veehouderij (niveau 3)**.")
    P("2.2 Beide opleidingen behoren tot het opleidingsdomein Voedsel, natuur en leefomgeving en worden "
      "zowel in de beroepsopleidende als in de beroepsbegeleidende leerweg aangeboden; in de route wordt "
      "gestart in de beroepsopleidende leerweg.")
    P("2.3 De route Basis duurt drie routejaren, de route Kader vier routejaren. Het vmbo-diploma wordt "
      "uiterlijk aan het einde van routejaar 3 behaald.")
    P("2.4 Het college meldt beide routes aan de minister door registratie in RIO.")

    H("Artikel 3 Samenwerking met de melkveehouderij")
    P("3.1 De routes worden uitgevoerd in samenwerking met een netwerk van ten minste vijftien "
      "praktijkbedrijven in Dinkelland, Tubbergen en Losser, dat wordt onderhouden in overleg met de "
      "afdeling Noordoost-Twente van de agrarische ondernemersvereniging en met zuivelco\u00f6peratie "
      "Dinkelmelk.")
    P("3.2 De praktijkbedrijven:")
    for t in [
        "a. ontvangen leerlingen in routejaar 1 en 2 voor vijftien praktijkdagen per jaar, waarin zij onder "
        "begeleiding van de veehouder meewerken in het bedrijf;",
        "b. bieden in de mbo-fase de plaatsen voor beroepspraktijkvorming;",
        "c. leveren beoordelaars voor de proeven van bekwaamheid in de praktijk.",
    ]:
        I(t)
    P("3.3 De Praktijkraad Veehouderij, bestaande uit vijf veehouders, een adviseur van SBB en een "
      "vertegenwoordiger van Dinkelmelk, komt driemaal per schooljaar bijeen met de routeleiding en "
      "adviseert over de inhoud van het programma, de keuzedelen en de inzet van nieuwe technieken "
      "zoals melkrobots en sensoren. De routeleiding reageert binnen zes weken schriftelijk op elk advies.")
    P("3.4 Dinkelmelk en de loonwerkers in de regio verzorgen jaarlijks ten minste vier gastlessen en "
      "bedrijfsexcursies.")

    H("Artikel 4 Routeleiding")
    P("4.1 De routeleiding bestaat uit de locatiedirecteur van locatie Denekamp, de teamleider Dier van "
      "locatie Oldenzaal en de routeco\u00f6rdinator veehouderij.")
    P("4.2 Het college wijst de routeco\u00f6rdinator aan voor een periode van drie schooljaren, na het horen "
      "van de locatiedirecteur en de teamleider. De locatiedirecteur en de teamleider maken deel uit van "
      "de routeleiding uit hoofde van hun functie, waarin zij door het college zijn benoemd.")
    P("4.3 De routeleiding:")
    for t in [
        "a. stelt jaarlijks het programma per routejaar en het examenplan op en legt deze ter vaststelling "
        "voor aan het college;",
        "b. verdeelt de inzet van docenten en instructeurs over de locaties;",
        "c. beslist over de toelating van leerlingen tot een route;",
        "d. onderhoudt het netwerk van praktijkbedrijven en de Praktijkraad;",
        "e. neemt de besluiten bedoeld in artikel 8.",
    ]:
        I(t)
    P("4.4 Het college mandateert aan de routeleiding de bevoegdheid om binnen het in de begroting voor "
      "de routes opgenomen budget uitgaven te doen en overeenkomsten met praktijkbedrijven te sluiten. "
      "Besluiten over personeel, investeringen boven \u20ac 25.000 en wijziging van deze regeling blijven "
      "voorbehouden aan het college.")

    H("Artikel 5 Rekenschap aan het college")
    P("5.1 De routeleiding brengt na elk trimester een routemonitor uit aan het college, met de actuele "
      "aantallen leerlingen, verzuim, uitval en overstappen, examenresultaten en de uitputting van het "
      "budget.")
    P("5.2 Jaarlijks v\u00f3\u00f3r 1 november legt de routeleiding in een routeverslag verantwoording af "
      "over het afgelopen schooljaar. Het routeverslag wordt besproken in het managementoverleg van het "
      "college en maakt deel uit van de planning-en-controlcyclus van de stichting.")
    P("5.3 De routeleiding informeert het college onverwijld over zaken die de continu\u00efteit van een route "
      "in gevaar brengen.")

    H("Artikel 6 Locaties, programma en examinering")
    P("6.1 Routejaar 1 en 2 worden verzorgd op locatie Denekamp; de leerlingen volgen in routejaar 2 "
      "\u00e9\u00e9n dag per week praktijkonderwijs op locatie Oldenzaal. De mbo-fase wordt verzorgd op "
      "locatie Oldenzaal en bij de praktijkbedrijven.")
    P("6.2 Het programma en de examinering per routejaar worden beschreven in het gezamenlijke PTA/OER "
      "van de route, waarin wordt aangegeven welke onderdelen tot het vmbo-programma, welke tot het "
      "mbo-programma en welke tot beide behoren. Mbo-examens kunnen vanaf routejaar 1 worden afgenomen.")
    P("6.3 In routejaar 1 en 2 is de leerling ingeschreven als vmbo-leerling; met ingang van routejaar 3 "
      "als student van de mbo-opleiding.")

    H("Artikel 7 Personeel en voorzieningen")
    P("7.1 Docenten en instructeurs van beide locaties worden over de locaties heen ingezet. Twee "
      "instructeurs veehouderij van locatie Oldenzaal verzorgen in routejaar 1 en 2 samen acht lesuren per "
      "week op locatie Denekamp; een docent biologie van locatie Denekamp verzorgt in routejaar 3 het "
      "resterende vmbo-onderwijs voor leerlingen die hun diploma nog niet hebben.")
    P("7.2 Voor de vakoverstijgende module Zorg voor dier en bedrijf in routejaar 2 wordt een team van "
      "leraren en docenten ingezet als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het "
      "PTA/OER vermeldt de onderdelen waarvoor het team wordt ingezet.")
    P("7.3 De leerlingen van beide fasen maken gebruik van de schoolstal met melkrobot en de "
      "voerwerkplaats van locatie Oldenzaal en van het dierverzorgingslokaal en de kas van locatie "
      "Denekamp. Het leerlingenvervoer tussen Denekamp en Oldenzaal wordt door de stichting verzorgd.")

    H("Artikel 8 Leerlingen die de route verlaten")
    P("8.1 Wordt de deelname aan een route be\u00ebindigd voordat de leerling haar met goed gevolg heeft "
      "afgerond, dan biedt de stichting hem een vervolg dat leidt naar een vmbo-diploma of een mbo-diploma "
      "en dat past bij het bereikte onderwijsniveau en zijn leeftijd. Daarbij geldt in elk geval:")
    for t in [
        "a. een leerling die in routejaar 1 of 2 uitstapt, zet de basis- of kaderberoepsgerichte leerweg "
        "Groen op locatie Denekamp voort;",
        "b. een leerling die aan het einde van routejaar 3 geen vmbo-diploma heeft, kan zonder dat diploma "
        "doorgaan in een opleiding van locatie Oldenzaal op een niveau dat past bij de behaalde "
        "onderdelen; omdat het om dezelfde instelling gaat, gelden de vooropleidingseisen niet;",
        "c. een leerling die een andere richting wil, kan overstappen naar een andere groene opleiding op "
        "hetzelfde niveau, zoals Vakbekwaam medewerker paardensport of Vakbekwaam hovenier;",
        "d. een leerling die verhuist, wordt geholpen bij de aanmelding bij een school of instelling in "
        "zijn nieuwe woonplaats.",
    ]:
        I(t)
    P("8.2 Het besluit over het vervolg wordt gezamenlijk genomen door de locatiedirecteur van locatie "
      "Denekamp en de teamleider Dier van locatie Oldenzaal, na een gesprek met de leerling en zijn "
      "ouders. Het besluit wordt binnen vier weken schriftelijk aan de leerling en zijn ouders "
      "meegedeeld.")

    H("Artikel 9 Bekostiging")
    P("Omdat het vmbo-deel en het mbo-deel van de routes onder hetzelfde bevoegd gezag vallen, vindt geen "
      "overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De "
      "kosten van de routes worden in de begroting van de stichting als afzonderlijke post opgenomen.")

    H("Artikel 10 Slotbepalingen")
    P("10.1 Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: Interne regeling "
      "doorlopende leerroutes Veehouderij.")
    P("10.2 Het college evalueert de regeling in het schooljaar 2027-2028.")
    P("Aldus vastgesteld te Oldenzaal op 3 juni 2025.")
    B.append(("sig", ["Het college van bestuur", "", "", "drs. G.H.M. Nijhuis", "voorzitter"],
              ["", "", "", "ing. R. Olde Scheper", "lid"]))
    write_pdf(path, B, "Interne regeling doorlopende leerroutes Veehouderij", "AOC Dinkel en Vecht",
              font="Helvetica", base_size=10, footer="Interne regeling DLR Veehouderij - CvB/2025/041")


# ---------------------------------------------------------------------------
# h222  consortium of four parties, DOCX
# ---------------------------------------------------------------------------
@register(
    222, "consortium_vier_partijen_hout_bouw_lansingerland", "docx",
    "Consortiumovereenkomst van vier partijen (twee vmbo-besturen, ROC, vakinstelling) in delen A-D (DOCX), "
    "Lansingerland, BWI kb naar Allround timmerman en Allround meubelmaker niv. 3; volledig.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "A.2 Wat het consortium aanbiedt", "b": "B.4 Inbreng van bouw- en interieurbedrijven",
     "c": "A.4 Routeteam en consortiumraad", "d": "A.5 Rapportage en rekenschap",
     "e": "B.1 Waar en wanneer", "f": "B.5 Overstappen binnen en buiten het consortium",
     "g": "C.1 Overdracht van middelen", "h": "C.3 Stem van leerlingen, ouders en personeel",
     "i": "D.1 Verschillen van inzicht", "j": "D.2 Toetreden, uittreden en wijzigen"},
)
def build_222(path):
    B = []
    P = lambda t: B.append(("p", t))
    B.append(("title", "Consortiumovereenkomst Houtroute Oostland"))
    B.append(("subtitle", "doorlopende leerroutes vmbo-mbo Bouwen, wonen en interieur - hout, bouw en interieur"))
    P("De vier partijen in onderstaande tabel, ieder vertegenwoordigd door de daar genoemde bestuurder, "
      "sluiten deze overeenkomst om samen de Houtroute Oostland te verzorgen. In deze overeenkomst heten "
      "zij samen het consortium; de twee vmbo-partijen heten samen de scholen en de twee mbo-partijen "
      "samen de mbo-partners.")
    rows = [
        ["Partij", "Bevoegd gezag van", "Rol", "Vertegenwoordigd door"],
        ["Stichting Openbaar Voortgezet Onderwijs Lansingerland, Bleiswijk (hierna: VCB)",
         "Vakcollege Bleiswijk", "school (vo-fase)", "mw. L. de Graaff-Verbeek, bestuurder"],
        ["Stichting Rooms-Katholiek Voortgezet Onderwijs Oostland, Berkel en Rodenrijs (hierna: OV)",
         "Oostland Vmbo", "school (vo-fase)", "dhr. T.J. Hoogendoorn, voorzitter college van bestuur"],
        ["Stichting Regionaal Opleidingencentrum Rotte en Schie, Rotterdam (hierna: ROC)",
         "ROC Rotte en Schie", "mbo-partner", "dhr. dr. S. Achahbar, voorzitter college van bestuur"],
        ["Stichting Vakopleiding Hout en Interieur, Rijswijk (hierna: VHI)",
         "Vakinstelling Hout en Interieur", "mbo-partner (vakinstelling)",
         "mw. ing. F.M. Zwinkels, directeur-bestuurder"],
    ]
    B.append(("table", rows, [5.2, 3.6, 3.0, 4.6], True))

    B.append(("h1", "Deel A - Het consortium"))
    B.append(("h2", "A.1 Aanleiding"))
    P("De scholen leiden in de kaderberoepsgerichte leerweg samen ruim zestig leerlingen per jaar op in het "
      "profiel Bouwen, wonen en interieur. Veel van hen stromen door naar de bouw- en houtopleidingen van de "
      "mbo-partners. Met de Houtroute maken partijen van die overgang \u00e9\u00e9n doorlopend traject.")
    B.append(("h2", "A.2 Wat het consortium aanbiedt"))
    P("Het consortium verzorgt twee doorlopende leerroutes, die beide beginnen in leerjaar 3 van het "
      "profiel **Bouwen, wonen en interieur** in de **kaderberoepsgerichte leerweg**, op Vakcollege Bleiswijk "
      "of op Oostland Vmbo:")
    B.append(("bul", [
        "**Houtroute Bouw**: doorstroom naar de vakopleiding **Allround timmerman (niveau 3)** van het ROC, "
        "locatie Rotterdam-Noord;",
        "**Houtroute Interieur**: doorstroom naar de vakopleiding **Allround meubelmaker/(scheeps)"
        "interieurbouwer (niveau 3)** van VHI, locatie Rijswijk.",
    ]))
    P("Een leerling kiest aan het eind van leerjaar 3 voor Bouw of Interieur. Beide routes duren vier jaar; "
      "het vmbo-diploma wordt uiterlijk aan het eind van routejaar 3 behaald. Iedere partij meldt de routes "
      "waarin zij deelneemt zelf in RIO.")
    B.append(("h2", "A.3 Verdeling van verantwoordelijkheden"))
    P("Elke school is verantwoordelijk voor het vmbo-deel van haar eigen leerlingen, met inbegrip van "
      "examinering en diplomering. Het ROC en VHI zijn ieder verantwoordelijk voor het mbo-deel van hun "
      "opleiding, met inbegrip van beroepspraktijkvorming, examinering en diplomering.")
    B.append(("h2", "A.4 Routeteam en consortiumraad"))
    P("De dagelijkse leiding over de routes ligt bij het **routeteam**. Daarin heeft elke partij \u00e9\u00e9n "
      "lid met leidinggevende verantwoordelijkheid voor het betrokken onderwijsteam; dit lid wordt door het "
      "bevoegd gezag van die partij aangewezen en kan door hetzelfde bevoegd gezag worden vervangen. Het "
      "routeteam wordt voorgezeten door een **consortiumco\u00f6rdinator**, die door de consortiumraad "
      "wordt benoemd voor een termijn van drie jaar.")
    P("Het routeteam is belast met het opstellen van het gezamenlijke PTA/OER per routejaar, het rooster en "
      "de verdeling van lessen over de partijen, de toelating van leerlingen tot de routes, de planning van "
      "praktijkopdrachten en beroepspraktijkvorming en de overstapbesluiten (B.5). Het routeteam beslist "
      "zelfstandig over deze onderwerpen binnen de jaarbegroting van het consortium. Het heeft geen "
      "bevoegdheid om verplichtingen aan te gaan buiten die begroting of om personeel aan te nemen; dat "
      "blijft bij de afzonderlijke besturen.")
    P("De **consortiumraad** bestaat uit de vier bestuurders die deze overeenkomst ondertekenen. Hij stelt "
      "jaarlijks de begroting en het PTA/OER vast, benoemt de consortiumco\u00f6rdinator en besluit over "
      "toetreding (D.2). Besluiten worden genomen met eenparigheid van stemmen.")
    B.append(("h2", "A.5 Rapportage en rekenschap"))
    P("Het routeteam zendt elke partij halfjaarlijks (uiterlijk 15 februari en 15 september) een "
      "voortgangsbericht met de aantallen leerlingen per route en per school, uitval en overstappen, "
      "examenresultaten, de stand van de beroepspraktijkvorming en de uitputting van de begroting. "
      "Jaarlijks v\u00f3\u00f3r 1 november legt het routeteam in een jaarverslag rekenschap af aan de "
      "consortiumraad en aan het bevoegd gezag van elke partij afzonderlijk; de consortiumraad bespreekt "
      "het jaarverslag in zijn eerstvolgende vergadering. Elke bestuurder kan daarnaast op ieder moment "
      "inlichtingen van het routeteam verlangen.")

    B.append(("h1", "Deel B - Het onderwijs"))
    B.append(("h2", "B.1 Waar en wanneer"))
    rows2 = [
        ["Routejaar", "Locatie", "Bijzonderheden"],
        ["1 (leerjaar 3)", "eigen school (VCB of OV)", "\u00e9\u00e9n dag per week in de houtwerkplaats van "
         "VHI (Interieur) of de timmerwerkplaats van het ROC (Bouw), vanaf januari"],
        ["2 (leerjaar 4)", "eigen school en mbo-partner", "centraal examen vmbo; twee dagen per week bij de "
         "mbo-partner; eerste mbo-examens"],
        ["3 en 4", "ROC Rotterdam-Noord of VHI Rijswijk en leerbedrijf", "beroepspraktijkvorming; "
         "afronding eventueel resterend vmbo-vak op de eigen school"],
    ]
    B.append(("table", rows2, [3.0, 5.2, 8.2], True))
    P("Het programma en de examinering per routejaar worden beschreven in het gezamenlijke PTA/OER, dat "
      "aangeeft welke onderdelen vmbo, mbo of beide zijn. Tot en met routejaar 2 zijn de leerlingen "
      "ingeschreven bij hun school; daarna bij de mbo-partner van hun route.")
    B.append(("h2", "B.2 Docenten"))
    P("Het ROC en VHI stellen voor de werkplaatsdagen in routejaar 1 en 2 elk een praktijkdocent en een "
      "instructeur beschikbaar, die in dienst blijven van hun eigen instelling. De scholen zetten elk "
      "\u00e9\u00e9n docent BWI in die in routejaar 2 meedraait in de werkplaats van de mbo-partner. Voor de "
      "vakoverstijgende projecten in routejaar 2 werken de docenten van de vier partijen als team met "
      "toepassing van de teambevoegdheid; ieder teamlid draagt verantwoordelijkheid voor het deel waarvoor "
      "hij bevoegd is. Het routeteam organiseert jaarlijks een gezamenlijke scholingsdag.")
    B.append(("h2", "B.3 Werkplaatsen, machines en materiaal"))
    P("VHI stelt zijn houtwerkplaats met CNC-bewerkingscentrum en zijn spuitcabine open voor de leerlingen "
      "van de Houtroute Interieur; het ROC zijn timmerwerkplaats en bouwhal voor de Houtroute Bouw. De scholen "
      "stellen hun BWI-praktijklokalen ter beschikking voor gezamenlijke projectweken. Machineveiligheid "
      "en instructie vallen onder de verantwoordelijkheid van de partij die de werkplaats beheert.")
    B.append(("h2", "B.4 Inbreng van bouw- en interieurbedrijven"))
    P("Het consortium werkt samen met de **Aannemerskring Oostland** (veertien bouwbedrijven) en het "
      "**Interieurbouwers Platform Zuid-Holland** (negen interieur- en standbouwers). Met hen is afgesproken "
      "dat:")
    B.append(("bul", [
        "de bedrijven samen ten minste veertig plaatsen voor beroepspraktijkvorming per jaar aanbieden voor "
        "routejaar 3 en 4;",
        "elk jaar een levensecht project wordt uitgevoerd in opdracht van een van de bedrijven (bijvoorbeeld "
        "de bouw van een tuinkantoor of een winkelinterieur), met de opdrachtgever als beoordelaar;",
        "leerlingen in routejaar 1 twee bouwplaats- of werkplaatsbezoeken per jaar afleggen;",
        "de Vakraad Hout en Bouw, met drie vertegenwoordigers van elke branchegroep, tweemaal per jaar met het "
        "routeteam overlegt over de inhoud van het PTA/OER en de keuzedelen.",
    ]))
    B.append(("h2", "B.5 Overstappen binnen en buiten het consortium"))
    P("Stopt de deelname van een leerling aan een route voordat hij die heeft afgerond, dan zorgt het "
      "consortium voor een vervolg dat leidt tot een vmbo- of mbo-diploma:")
    B.append(("bul", [
        "in routejaar 1 of 2: voortzetting in de reguliere kaderberoepsgerichte leerweg BWI, of in een ander "
        "profiel of een andere leerweg, op de eigen school;",
        "van Bouw naar Interieur of omgekeerd: overstap naar de andere route of de andere mbo-partner; omdat "
        "dat een andere instelling is, neemt die een geschiktheidsonderzoek af in de vorm van een "
        "intakegesprek en een proefopdracht;",
        "zonder vmbo-diploma aan het eind van routejaar 3: voortzetting van de mbo-opleiding of overstap naar "
        "een andere opleiding op niveau 2 of 3 bij dezelfde mbo-partner, zonder dat de vooropleidingseisen "
        "gelden, of een herkansingsjaar op de eigen school;",
        "bij verhuizing: hulp bij plaatsing in een route of reguliere opleiding in de nieuwe regio.",
    ]))
    P("Welk vervolg passend is, beoordelen de school van herkomst en de mbo-partner van de route samen, op "
      "grond van wat de leerling heeft bereikt en zijn leeftijd, na een gesprek met de leerling en zijn "
      "ouders. Het routeteam legt het oordeel binnen vier weken schriftelijk vast. De scholen nemen een "
      "beschrijving van deze mogelijkheden op in hun schoolgids.")

    B.append(("h1", "Deel C - Geld, inspraak en klachten"))
    B.append(("h2", "C.1 Overdracht van middelen"))
    P("Elke school draagt met toepassing van artikel 5.42a WVO 2020 per schooljaar over:")
    B.append(("bul", [
        "aan VHI: \u20ac 640 per eigen leerling in routejaar 2 van de Houtroute Interieur;",
        "aan het ROC: \u20ac 480 per eigen leerling in routejaar 2 van de Houtroute Bouw.",
    ]))
    P("Deze bedragen zijn bestemd voor de inzet van de praktijkdocent en de instructeur (B.2) en voor "
      "machine-uren en verbruikshout in de werkplaatsen (B.3). De telling vindt plaats op 1 oktober; de "
      "mbo-partners factureren in januari. De mbo-partners dragen geen bekostiging over aan de scholen. "
      "Overige kosten, waaronder die van de consortiumco\u00f6rdinator, worden gedeeld naar rato van het "
      "aantal leerlingen per partij op 1 oktober.")
    B.append(("h2", "C.2 Klachten"))
    P("De klachtenregeling van elke partij is ook van toepassing op gedragingen van medewerkers van de "
      "andere partijen in het kader van de routes. De partij waar de klacht wordt ingediend, informeert de "
      "betrokken partij binnen een week.")
    B.append(("h2", "C.3 Stem van leerlingen, ouders en personeel"))
    P("Naast de bestaande rechten van de medezeggenschapsraden van de scholen en de studentenraden en "
      "ondernemingsraden van de mbo-partners spreken partijen af:")
    B.append(("bul", [
        "elke medezeggenschapsraad en studentenraad van de partijen vaardigt \u00e9\u00e9n lid af naar het "
        "Houtroute-beraad, dat eenmaal per jaar met de consortiumraad spreekt over het jaarverslag;",
        "voorgenomen wijzigingen van het PTA/OER of van deze overeenkomst worden vooraf aan het "
        "Houtroute-beraad voorgelegd, dat binnen vier weken advies kan uitbrengen;",
        "leerlingen in routejaar 2 mogen deelnemen aan de verkiezingen voor de studentenraad van de "
        "mbo-partner van hun route.",
    ]))

    B.append(("h1", "Deel D - Samenwerking op lange termijn"))
    B.append(("h2", "D.1 Verschillen van inzicht"))
    P("Verschillen van inzicht over de uitvoering van deze overeenkomst worden eerst in het routeteam "
      "besproken en, als dat binnen drie weken geen oplossing biedt, in de consortiumraad. Leidt ook dat "
      "binnen zes weken niet tot overeenstemming, dan leggen de betrokken partijen het geschil voor aan een "
      "commissie van drie deskundigen voor bindend advies: elke kant wijst \u00e9\u00e9n lid aan en die twee "
      "wijzen samen een voorzitter aan. De kosten van de commissie worden gelijk verdeeld over de betrokken "
      "partijen.")
    B.append(("h2", "D.2 Toetreden, uittreden en wijzigen"))
    P("**Toetreden.** Een andere vmbo-school met het profiel BWI of een andere mbo-instelling met een "
      "aanverwante opleiding kan partij worden als de consortiumraad daar unaniem mee instemt, de nieuwe "
      "partij een toetredingsverklaring bij deze overeenkomst tekent en alle partijen de wijziging bij DUO "
      "melden. Toetreding gaat in op 1 augustus; voor leerlingen die al in een route zitten, verandert er "
      "daardoor niets.")
    P("**Uittreden en opzeggen.** Elke partij kan haar deelname schriftelijk opzeggen met een termijn van "
      "ten minste twaalf maanden, tegen 31 juli. De overeenkomst loopt dan tussen de overige partijen door. "
      "Na de opzegging laat de uittredende partij geen nieuwe leerlingen meer tot de routes toe; haar "
      "leerlingen die al deelnemen, ronden de route af onder deze overeenkomst, en de uittredende partij "
      "blijft daarvoor haar verplichtingen nakomen. Blijven er geen school en mbo-partner meer over, dan "
      "eindigt de overeenkomst, met dezelfde garantie voor zittende leerlingen.")
    P("**Ontbinden.** Schiet een partij ernstig tekort en herstelt zij dat niet binnen acht weken na een "
      "schriftelijke aanmaning, dan kunnen de overige partijen samen haar deelname be\u00ebindigen. De "
      "leerlingen van die partij worden dan door de overige partijen zoveel mogelijk in staat gesteld de "
      "route af te maken, of krijgen een overstap volgens B.5.")
    P("**Wijzigen.** Deze overeenkomst wordt alleen gewijzigd bij schriftelijk besluit van de consortiumraad, "
      "na advies van het Houtroute-beraad. Wijzigingen die gevolgen hebben voor het programma gaan pas in "
      "bij het volgende cohort of, als dat niet kan, op 1 augustus, zodat lopende schooljaren niet worden "
      "verstoord.")
    B.append(("h2", "D.3 Looptijd"))
    P("Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.")

    P("Ondertekend in viervoud:")
    B.append(("sig", ["Bleiswijk, 27 juni 2025", "mw. L. de Graaff-Verbeek", "Stichting Openbaar Voortgezet",
                      "Onderwijs Lansingerland", "", "Rotterdam, 27 juni 2025", "dhr. dr. S. Achahbar",
                      "Stichting Regionaal Opleidingencentrum", "Rotte en Schie"],
              ["Berkel en Rodenrijs, 27 juni 2025", "dhr. T.J. Hoogendoorn", "Stichting Rooms-Katholiek",
               "Voortgezet Onderwijs Oostland", "", "Rijswijk, 27 juni 2025", "mw. ing. F.M. Zwinkels",
               "Stichting Vakopleiding Hout en Interieur", ""]))
    write_docx(path, B, "Consortiumovereenkomst Houtroute Oostland", "Consortiumcoordinator Houtroute")


# ---------------------------------------------------------------------------
# h223  renewal that replaces a 2021 agreement, DOCX
# ---------------------------------------------------------------------------
@register(
    223, "vernieuwing_verlenging_installatietechniek_borger_odoorn", "docx",
    "Vernieuwde en verlengde overeenkomst die een versie uit 2021 vervangt (DOCX), Borger-Odoorn, PIE kb "
    "naar Eerste monteur elektrotechnische installaties niv. 3; bedrijfsleven alleen in de considerans, "
    "geen toetredingsregeling.",
    {"a": "present", "b": "missing", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "weak"},
    {"a": "Artikel 2 - De route", "c": "Artikel 3 - Kernteam", "d": "Artikel 4 - Verslaglegging",
     "e": "Artikel 5 - Onderwijs en organisatie", "f": "Artikel 6 - Overstap",
     "g": "Artikel 7 - Financi\u00ebn", "h": "Artikel 8 - Medezeggenschap",
     "i": "Artikel 9 - Geschillen"},
)
def build_223(path):
    B = []
    P = lambda t: B.append(("p", t))
    H = lambda t: B.append(("h2", t))
    B.append(("title", "Vernieuwde samenwerkingsovereenkomst doorlopende leerroute Installatietechniek"))
    B.append(("subtitle", "verlenging en herziening per 1 augustus 2025 van de overeenkomst van 24 juni 2021"))
    P("**Partijen**")
    P("1. **Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe**, gevestigd te Borger, bevoegd gezag "
      "van het Hondsrug Vakcollege te Exloo, vertegenwoordigd door de heer H. Bruins, voorzitter van het "
      "college van bestuur, hierna: de school;")
    P("2. **Stichting Regionaal Opleidingencentrum Veenstreek Drenthe**, gevestigd te Emmen, "
      "vertegenwoordigd door mevrouw J.A. Kuipers-Lanting, lid van het college van bestuur, hierna: het ROC.")
    P("**Overwegingen**")
    B.append(("ind", "a. Partijen verzorgen sinds 1 augustus 2021 gezamenlijk een doorlopende leerroute "
              "vmbo-mbo op grond van de samenwerkingsovereenkomst van 24 juni 2021 (hierna: de overeenkomst "
              "2021), die op 31 juli 2025 afloopt."))
    B.append(("ind", "b. De evaluatie van de eerste vier cohorten laat zien dat de route aan haar doel "
              "beantwoordt: van de 47 gestarte leerlingen hebben er 38 het vmbo-diploma en 21 inmiddels ook "
              "het mbo-diploma behaald."))
    B.append(("ind", "c. Het regionale installatiebedrijfsleven, verenigd in de Installatiekring Zuidoost-"
              "Drenthe, is sinds de start van de route nauw betrokken geweest bij de invulling ervan, onder "
              "meer door het leveren van stageplaatsen en gastlessen, en partijen stellen die betrokkenheid "
              "op prijs."))
    B.append(("ind", "d. Partijen willen de route voortzetten en de afspraken daarover actualiseren, onder "
              "meer op het punt van de overstap, de financi\u00ebn en de medezeggenschap."))
    P("Partijen komen het volgende overeen.")

    H("Artikel 1 - Vervanging van de overeenkomst 2021")
    P("1.1 Deze overeenkomst vervangt met ingang van 1 augustus 2025 de overeenkomst 2021 in haar geheel.")
    P("1.2 Leerlingen en studenten die v\u00f3\u00f3r 1 augustus 2025 met de route zijn begonnen, zetten de "
      "route voort onder deze overeenkomst. Voor zover deze overeenkomst voor hen nadeliger is dan de "
      "overeenkomst 2021, blijft voor hen de regeling uit de overeenkomst 2021 gelden.")

    H("Artikel 2 - De route")
    P("2.1 De route verbindt de kaderberoepsgerichte leerweg met het profiel **Produceren, installeren en "
      "energie** van de school met de vakopleiding **Eerste monteur elektrotechnische installaties "
      "(niveau 3)** van het ROC, in de beroepsopleidende leerweg.")
    P("2.2 De route duurt vier jaar. Routejaar 1 en 2 zijn leerjaar 3 en 4 van de school; routejaar 3 en 4 "
      "zijn de eerste twee studiejaren bij het ROC. Het vmbo-diploma wordt behaald in routejaar 2 of, "
      "uiterlijk, in routejaar 3.")
    P("2.3 De route is bij DUO gemeld en blijft ongewijzigd geregistreerd.")

    H("Artikel 3 - Kernteam")
    P("3.1 Het kernteam geeft leiding aan de route. Het bestaat uit de afdelingsleider techniek van de "
      "school, de teamleider Installatietechniek van het ROC en de routeco\u00f6rdinator.")
    P("3.2 De afdelingsleider wordt door het college van bestuur van de school in het kernteam "
      "aangewezen, de teamleider door het college van bestuur van het ROC. De routeco\u00f6rdinator wordt "
      "door beide colleges gezamenlijk benoemd, telkens voor twee schooljaren.")
    P("3.3 Het kernteam is belast met de jaarlijkse actualisering van het PTA/OER, de roosters, de inzet "
      "van het personeel van beide partijen binnen de route, de toelating van leerlingen, de "
      "overstapbesluiten (artikel 6) en de kwaliteitszorg. Het beslist daarover zelfstandig binnen de "
      "jaarbegroting van de route. Wijziging van de begroting, aanstelling van personeel en wijziging van "
      "deze overeenkomst zijn voorbehouden aan de colleges van bestuur.")

    H("Artikel 4 - Verslaglegging")
    P("4.1 Het kernteam brengt per semester een schriftelijk verslag uit aan beide colleges van bestuur, "
      "uiterlijk op 1 maart en op 1 oktober. Het verslag bevat in elk geval de in-, door- en uitstroom, "
      "de overstappen, de examenresultaten en de besteding van de middelen bedoeld in artikel 7.")
    P("4.2 De colleges van bestuur bespreken het oktoberverslag jaarlijks in november met het kernteam in "
      "een bestuurlijk overleg.")

    H("Artikel 5 - Onderwijs en organisatie")
    P("5.1 Routejaar 1 en 2 worden gegeven in het Hondsrug Vakcollege te Exloo; de leerlingen volgen in "
      "routejaar 2 wekelijks \u00e9\u00e9n dag praktijkonderwijs in de installatiehal van het ROC te Emmen. "
      "Routejaar 3 en 4 worden gegeven op het ROC te Emmen.")
    P("5.2 Het onderwijsprogramma en de examinering per routejaar zijn vastgelegd in het gezamenlijke "
      "PTA/OER, dat jaarlijks v\u00f3\u00f3r 1 juli door beide partijen wordt vastgesteld.")
    P("5.3 Het ROC zet een docent elektrotechniek in voor 0,3 fte op de school in routejaar 1 en 2; de "
      "docent blijft in dienst van het ROC. De school zet in routejaar 3 docenten Nederlands en wiskunde in "
      "voor leerlingen die hun vmbo-examen nog moeten afronden. De praktijkmodule Installeren in de "
      "praktijk in routejaar 2 wordt gegeven door een team van docenten van beide partijen met toepassing "
      "van de teambevoegdheid.")
    P("5.4 Het ROC stelt de installatiehal met oefenwanden voor domotica, zonnestroom en warmtepompen ter "
      "beschikking; de school haar PIE-praktijklokaal en het metaallokaal. Het gebruik is over en weer "
      "kosteloos.")
    P("5.5 De leerling staat tot en met routejaar 2 ingeschreven bij de school en daarna bij het ROC. De "
      "klachtenregelingen van beide partijen zijn mede van toepassing op gedragingen van medewerkers van de "
      "andere partij in het kader van de route.")

    H("Artikel 6 - Overstap")
    P("6.1 Een leerling die de route voortijdig verlaat, krijgt van partijen een vervolg dat leidt tot een "
      "vmbo- of mbo-diploma en past bij het bereikte onderwijsniveau en zijn leeftijd. De school en het ROC "
      "stellen dat vervolg samen vast, na overleg met de leerling en zijn ouders.")
    P("6.2 Mogelijkheden zijn in elk geval:")
    B.append(("bul", [
        "in routejaar 1 of 2: de reguliere kaderberoepsgerichte leerweg PIE op de school;",
        "zonder vmbo-diploma na routejaar 3: verder in de opleiding Eerste monteur of in de opleiding "
        "Monteur elektrotechnische installaties (niveau 2) van het ROC, zonder vooropleidingseisen, of een "
        "extra jaar op de school om het diploma te halen;",
        "bij een andere beroepswens: een andere opleiding op niveau 3 van het ROC, zoals Eerste monteur "
        "werktuigkundige installaties of Eerste monteur service en onderhoud installaties;",
        "bij verhuizing of voorkeur voor een andere instelling: begeleiding bij aanmelding en een eventueel "
        "geschiktheidsonderzoek daar.",
    ]))
    P("6.3 Nieuw ten opzichte van de overeenkomst 2021: het besluit wordt binnen vier weken schriftelijk "
      "vastgelegd en de leerling houdt tot de overstap zijn plaats in de route.")

    H("Artikel 7 - Financi\u00ebn")
    P("7.1 Het ROC draagt met toepassing van artikel 9.1.15 WEB aan de school een bedrag over van \u20ac 450 "
      "per student die in routejaar 3 nog een onderdeel van het vmbo-examen moet afronden, vastgesteld "
      "naar de stand op 1 oktober.")
    P("7.2 Dit bedrag is bestemd voor de inzet van de docenten Nederlands en wiskunde bedoeld in artikel 5.3 "
      "en voor de examenkosten van deze studenten.")
    P("7.3 De school draagt geen bekostiging over aan het ROC. De kosten van de docent elektrotechniek "
      "(artikel 5.3) komen, anders dan onder de overeenkomst 2021, voor rekening van het ROC.")

    H("Artikel 8 - Medezeggenschap")
    P("8.1 Op de leerlingen in routejaar 1 en 2, hun ouders en het personeel van de school is de WMS van "
      "toepassing; op de studenten, hun ouders en het personeel van het ROC de WEB en de WOR.")
    P("8.2 In aanvulling daarop spreken partijen af dat de leerlingen in routejaar 2 uit hun midden "
      "\u00e9\u00e9n vertegenwoordiger kiezen, die als lid met volledige rechten deelneemt aan de "
      "studentenraad van het ROC, locatie Emmen, en dat de medezeggenschapsraad van de school en de "
      "studentenraad van het ROC beide de verslagen bedoeld in artikel 4 ontvangen en advies kunnen "
      "uitbrengen over elke voorgenomen wijziging van deze overeenkomst.")

    H("Artikel 9 - Geschillen")
    P("9.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst voorgelegd aan "
      "het kernteam en, als dat binnen twee weken geen oplossing oplevert, aan de colleges van bestuur.")
    P("9.2 Bereiken de colleges binnen vier weken geen overeenstemming, dan wordt het geschil voorgelegd "
      "aan een onafhankelijke bemiddelaar die partijen samen aanwijzen. Blijft het geschil bestaan, dan "
      "wordt het beslecht door arbitrage overeenkomstig het Arbitragereglement van het Nederlands "
      "Arbitrage Instituut, door \u00e9\u00e9n arbiter, met Emmen als plaats van arbitrage.")

    H("Artikel 10 - Duur, wijziging en be\u00ebindiging")
    P("10.1 Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2031.")
    P("10.2 Wijzigingen worden schriftelijk overeengekomen en door beide colleges van bestuur ondertekend. "
      "Zij gaan in op 1 augustus na ondertekening; een wijziging die de leerlingen in een lopend schooljaar "
      "benadeelt, gaat pas in bij het volgende cohort.")
    P("10.3 Elke partij kan deze overeenkomst schriftelijk opzeggen met een termijn van twaalf maanden, "
      "tegen 31 juli. Na opzegging stromen geen nieuwe leerlingen meer in; leerlingen en studenten die al in "
      "de route zitten, ronden de route onder deze overeenkomst af en partijen blijven daarvoor gezamenlijk "
      "verantwoordelijk.")
    P("10.4 Partijen starten uiterlijk op 1 oktober 2030 de evaluatie die aan een eventuele volgende "
      "verlenging voorafgaat.")

    H("Artikel 11 - Slotbepaling")
    P("Op deze overeenkomst is Nederlands recht van toepassing. Zij is opgemaakt in twee exemplaren.")
    B.append(("sig", ["Borger, 2 juli 2025", "", "H. Bruins", "voorzitter college van bestuur",
                      "Stichting Openbaar Voortgezet Onderwijs", "Zuidoost-Drenthe"],
              ["Emmen, 2 juli 2025", "", "J.A. Kuipers-Lanting", "lid college van bestuur",
               "Stichting Regionaal Opleidingencentrum", "Veenstreek Drenthe"]))
    write_docx(path, B, "Vernieuwde samenwerkingsovereenkomst DLR Installatietechniek",
               "Hondsrug Vakcollege", font="Cambria", size=11)


# ---------------------------------------------------------------------------
# h224  geïntegreerde route with paragraph signs, PDF
# ---------------------------------------------------------------------------
@register(
    224, "geintegreerde_route_paragrafen_helpende_zorg_nederweert", "pdf",
    "Overeenkomst geïntegreerde route met §-paragrafen en tabel (PDF), Nederweert/Midden-Limburg, Z&W bb "
    "naar Helpende zorg en welzijn niv. 2; passende plek zonder automatische Entree; volledig.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "\u00a7 2 Inhoud van de ge\u00efntegreerde route", "b": "\u00a7 3 Zorg- en welzijnsorganisaties",
     "c": "\u00a7 4 Routeregie", "d": "\u00a7 5 Verantwoording aan de besturen",
     "e": "\u00a7 6 Inrichting", "f": "\u00a7 7 Altijd een passende plek",
     "g": "\u00a7 8 Overdracht van bekostiging", "h": "\u00a7 9 Medezeggenschap",
     "i": "\u00a7 10 Geschillen", "j": "\u00a7 11 Toetreding, wijziging en be\u00ebindiging"},
)
def build_224(path):
    B = []
    P = lambda t: B.append(("p", t))
    H = lambda t: B.append(("h1", t))
    B.append(("title", "Samenwerkingsovereenkomst ge\u00efntegreerde route vmbo-basisberoepsopleiding"))
    B.append(("subtitle", "Zorg en welzijn - Helpende zorg en welzijn (niveau 2) - Vakcollege Nederweert en "
              "ROC Kempen-Limburg"))

    H("\u00a7 1 Partijen en doel")
    P("Deze overeenkomst wordt gesloten tussen:")
    B.append(("bul", [
        "**Stichting Scholengroep Peel en Leudal**, gevestigd te Nederweert, bevoegd gezag van het "
        "Vakcollege Nederweert, school voor vbo, vertegenwoordigd door mevrouw A.G.M. Smeets, voorzitter "
        "van het college van bestuur (hierna: het Vakcollege), en",
        "**Stichting Regionaal Opleidingencentrum Kempen-Limburg**, gevestigd te Weert, vertegenwoordigd "
        "door de heer drs. R.J. Coenen, voorzitter van het college van bestuur (hierna: het ROC).",
    ]))
    P("Partijen verzorgen samen een ge\u00efntegreerde route als bedoeld in artikel 2.107l WVO 2020 en artikel "
      "9.1.17 WEB. In deze route volgen leerlingen vanaf leerjaar 3 \u00e9\u00e9n samenhangend programma dat "
      "leidt naar een mbo-diploma op niveau 2, zonder dat zij het eindexamen van de basisberoepsgerichte "
      "leerweg hoeven af te leggen.")

    H("\u00a7 2 Inhoud van de ge\u00efntegreerde route")
    P("De route begint in het profiel **Zorg en welzijn** van de **basisberoepsgerichte leerweg** van het "
      "Vakcollege en leidt naar de basisberoepsopleiding **Helpende zorg en welzijn (niveau 2)** van het "
      "ROC, in het opleidingsdomein Zorg en welzijn, beroepsopleidende leerweg. De route duurt drie jaar: "
      "leerjaar 3 en 4 van het Vakcollege en \u00e9\u00e9n studiejaar bij het ROC.")
    P("Een leerling neemt pas aan de route deel nadat het Vakcollege daarover met de leerling en de ouders "
      "heeft gesproken en overleg met het ROC heeft plaatsgevonden. Het Vakcollege biedt deze leerlingen "
      "geen eindexamen basisberoepsgerichte leerweg aan, tenzij \u00a7 7 daartoe aanleiding geeft. "
      "Partijen melden de route gezamenlijk aan de minister via RIO.")

    H("\u00a7 3 Zorg- en welzijnsorganisaties")
    P("De route is ontwikkeld met en wordt gedragen door **Zorggroep Midden-Peel** (verpleeghuiszorg en "
      "thuiszorg), **Stichting Welzijn Nederweert** en **Kinderopvang De Speelpeel**. Deze organisaties:")
    B.append(("bul", [
        "stellen in leerjaar 4 voor elke leerling een zorgleerplaats beschikbaar voor \u00e9\u00e9n dag per "
        "week, met een vaste werkbegeleider;",
        "bieden in het derde routejaar de plaatsen voor beroepspraktijkvorming (twintig weken);",
        "verzorgen in leerjaar 3 meeloopdagen en ten minste vier gastlessen per jaar;",
        "leveren praktijkbeoordelaars voor de proeve van bekwaamheid;",
        "vaardigen elk een medewerker af naar de praktijkadviesgroep, die tweemaal per jaar met de "
        "routeregie het programma bespreekt en adviseert over aanpassingen.",
    ]))

    H("\u00a7 4 Routeregie")
    P("De route wordt geleid door de routeregie, bestaande uit:")
    B.append(("table", [
        ["Functie", "Aangewezen door", "Rol in de routeregie"],
        ["teamleider basisberoepsgerichte leerweg, Vakcollege", "college van bestuur Vakcollege",
         "verantwoordelijk voor leerjaar 3 en 4, voorzitter in even schooljaren"],
        ["teamleider Zorg en welzijn niveau 2, ROC", "college van bestuur ROC",
         "verantwoordelijk voor het derde routejaar, voorzitter in oneven schooljaren"],
        ["trajectbegeleider ge\u00efntegreerde route", "beide colleges gezamenlijk, voor drie jaar",
         "dagelijkse co\u00f6rdinatie, contact met leerlingen en ouders, secretaris"],
    ], [5.6, 4.6, 6.8], True))
    P("De routeregie stelt het ge\u00efntegreerde programma en de toetsplanning op, regelt de inzet van "
      "docenten en ruimtes, beslist over toelating tot de route en over de besluiten bedoeld in \u00a7 7, en "
      "onderhoudt de contacten met de organisaties uit \u00a7 3. De colleges van bestuur hebben de routeregie "
      "gemachtigd om binnen het jaarbudget van de route zelfstandig te beslissen. Over het budget zelf, over "
      "benoemingen en over wijziging van deze overeenkomst beslissen de colleges.")

    H("\u00a7 5 Verantwoording aan de besturen")
    P("De routeregie stuurt elk kwartaal een kort kwartaalbericht aan beide colleges van bestuur over de "
      "deelname, het verzuim, de voortgang en de uitval. Jaarlijks in juni voert de routeregie met beide "
      "colleges de routedialoog aan de hand van een schriftelijke jaarevaluatie met de resultaten, de "
      "bevindingen van de praktijkadviesgroep en de besteding van de middelen uit \u00a7 8.")

    H("\u00a7 6 Inrichting")
    B.append(("table", [
        ["Routejaar", "Waar", "Wie geeft les", "Wat"],
        ["1 (leerjaar 3)", "Vakcollege; \u00e9\u00e9n dagdeel per week skillslab ROC Weert",
         "vakdocenten Z&W Vakcollege; docent verzorging ROC (skillslab)",
         "profielvakken Z&W, Nederlands, rekenen, LOB; eerste mbo-onderdelen"],
        ["2 (leerjaar 4)", "Vakcollege 3 dagen, ROC 1 dag, zorgleerplaats 1 dag",
         "gemengd team Vakcollege/ROC (teambevoegdheid)",
         "ge\u00efntegreerd programma Helpende; mbo-examens basisdeel"],
        ["3 (mbo)", "ROC Weert en BPV-plaats",
         "docenten Helpende ROC; mentor Vakcollege als coach 2 uur per week",
         "profieldeel en keuzedelen; proeve van bekwaamheid"],
    ], [2.4, 4.6, 4.8, 5.2], True))
    P("Het programma en de examinering per routejaar zijn uitgewerkt in het gezamenlijke PTA/OER van de "
      "route, waarin staat welke onderdelen vo-onderwijs, welke mbo-onderwijs en welke beide zijn, en voor "
      "welke onderdelen het gemengde team wordt ingezet. Voor elk onderdeel is een bevoegde docent "
      "betrokken.")
    P("Het ROC zet zes lesuren per week een docent verzorging in op het Vakcollege en in het skillslab; "
      "deze docent blijft in dienst van het ROC. Het Vakcollege laat de mentor van leerjaar 4 in het derde "
      "routejaar twee uur per week als coach meelopen. Het ROC stelt zijn skillslab met hoog-laagbedden, "
      "tillift en oefenbadkamer beschikbaar; het Vakcollege zijn praktijklokaal Zorg en welzijn en de "
      "leskeuken. De leerlingen staan in leerjaar 3 en 4 ingeschreven bij het Vakcollege, daarna bij het "
      "ROC. Klachten over medewerkers van de andere partij worden behandeld volgens de klachtenregeling van "
      "de partij waar de leerling is ingeschreven, met medewerking van de andere partij.")

    H("\u00a7 7 Altijd een passende plek")
    P("Een leerling die de ge\u00efntegreerde route verlaat, heeft altijd recht op een passende plek, "
      "overeenkomstig de afspraak tussen VO-raad en MBO Raad. Dat betekent uitdrukkelijk niet dat hij "
      "automatisch naar de Entree-opleiding gaat. Afhankelijk van het moment gelden de volgende "
      "mogelijkheden:")
    B.append(("bul", [
        "**in leerjaar 3**: overstap naar het reguliere programma van de basisberoepsgerichte leerweg, in "
        "Zorg en welzijn of een ander profiel van het Vakcollege, met eindexamen en vmbo-diploma;",
        "**in leerjaar 4**: de leerling legt alsnog het eindexamen basisberoepsgerichte leerweg af, zodat hij "
        "met een vmbo-diploma een andere mbo-opleiding kan kiezen;",
        "**in het derde routejaar**: overstap naar een andere opleiding op niveau 2 van het ROC, bijvoorbeeld "
        "Medewerker facilitaire dienstverlening of Medewerker sport en recreatie, zonder "
        "vooropleidingseisen; of eerst de huidige opleiding afronden en daarna een opleiding op niveau 2 of "
        "3 in een andere richting kiezen;",
        "**bij verhuizing of voorkeur voor een andere instelling**: hulp bij aanmelding en bij het "
        "geschiktheidsonderzoek van die instelling.",
    ]))
    P("Alleen als een startkwalificatie na zorgvuldige afweging echt niet haalbaar blijkt, kan met "
      "instemming van de leerling en zijn ouders voor de Entree-opleiding met begeleiding naar werk worden "
      "gekozen. Het Vakcollege en het ROC beoordelen gezamenlijk welk vervolg passend is, op basis van het "
      "bereikte onderwijsniveau, de leeftijd en de wensen van de leerling, na een gesprek met leerling en "
      "ouders. De trajectbegeleider zorgt voor een warme overdracht. De schoolgids van het Vakcollege "
      "beschrijft deze mogelijkheden.")

    H("\u00a7 8 Overdracht van bekostiging")
    P("Het Vakcollege draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks \u20ac 900 per leerling in "
      "leerjaar 4 (telling 1 oktober) over aan het ROC. Het bedrag is bestemd voor de inzet van de docent "
      "verzorging en het gebruik van het skillslab (\u00a7 6). Het ROC draagt geen bekostiging over aan het "
      "Vakcollege.")

    H("\u00a7 9 Medezeggenschap")
    P("Naast de wettelijke medezeggenschap (WMS bij het Vakcollege, WEB en WOR bij het ROC) geldt:")
    B.append(("bul", [
        "de medezeggenschapsraad van het Vakcollege en de deelraad Zorg en welzijn van het ROC houden elk "
        "jaar in het voorjaar een gezamenlijke vergadering over de route;",
        "voorgenomen wijzigingen van het ge\u00efntegreerde programma worden beide raden vooraf voor advies "
        "voorgelegd;",
        "ouders van leerlingen in leerjaar 4 worden als toehoorder uitgenodigd voor de ouderraad van het ROC.",
    ]))

    H("\u00a7 10 Geschillen")
    P("Geschillen tussen partijen over de uitvoering van deze overeenkomst bespreekt eerst de routeregie. "
      "Is het geschil na twee weken niet opgelost, dan voeren de colleges van bestuur binnen vier weken "
      "overleg. Leidt ook dat niet tot een oplossing, dan leggen partijen het geschil voor aan een door hen "
      "samen aan te wijzen onafhankelijke geschillenadviseur, wiens advies voor beide partijen bindend is. "
      "Komen partijen niet tot overeenstemming over de persoon van de adviseur, dan wijst de voorzitter van "
      "de Limburgse Orde van Advocaten deze aan.")

    H("\u00a7 11 Toetreding, wijziging en be\u00ebindiging")
    P("Een andere school voor vbo of een andere mbo-instelling kan partij worden bij deze overeenkomst als "
      "beide colleges van bestuur schriftelijk instemmen, de nieuwe partij de overeenkomst mede "
      "ondertekent en de route opnieuw bij DUO wordt gemeld. De toetreding gaat in op 1 augustus en heeft "
      "geen gevolgen voor leerlingen die al in de route zitten.")
    P("Wijzigingen worden schriftelijk vastgelegd en door beide colleges ondertekend, na advies van de "
      "raden uit \u00a7 9. Zij gaan in bij het begin van een schooljaar en worden v\u00f3\u00f3r 1 mei "
      "daaraan voorafgaand aan leerlingen en ouders bekendgemaakt.")
    P("Elke partij kan de overeenkomst met een termijn van twaalf maanden opzeggen tegen 31 juli. Bij "
      "ernstige tekortkoming kan de andere partij de overeenkomst ontbinden na een schriftelijke aanmaning "
      "met een hersteltermijn van zes weken. In beide gevallen worden geen nieuwe leerlingen meer "
      "toegelaten en ronden de leerlingen die al deelnemen de route af; lukt dat niet, dan is \u00a7 7 van "
      "toepassing en blijven beide partijen daarvoor verantwoordelijk.")

    H("\u00a7 12 Looptijd")
    P("Deze overeenkomst geldt vanaf 1 augustus 2025 voor vijf schooljaren en wordt daarna stilzwijgend "
      "verlengd met telkens vijf schooljaren.")
    B.append(("sig", ["Nederweert, 25 juni 2025", "Stichting Scholengroep Peel en Leudal", "", "",
                      "A.G.M. Smeets", "voorzitter college van bestuur"],
              ["Weert, 25 juni 2025", "Stichting Regionaal Opleidingencentrum Kempen-Limburg", "", "",
               "drs. R.J. Coenen", "voorzitter college van bestuur"]))
    write_pdf(path, B, "Samenwerkingsovereenkomst geintegreerde route Helpende zorg en welzijn",
              "Vakcollege Nederweert", font="Helvetica", base_size=9.5,
              footer="SOK ge\u00efntegreerde route Z&W - versie 25 juni 2025")


# --- END OF AGREEMENTS ---


def build(num):
    d = DOCS[num]
    path = os.path.join(OUT, d["name"] + "." + d["fmt"])
    d["build"](path)
    with open(os.path.join(OUT, d["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected_json(d), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


def check():
    ok = True
    counts = {}
    for num in sorted(DOCS):
        d = DOCS[num]
        path = os.path.join(OUT, d["name"] + "." + d["fmt"])
        counts[d["fmt"]] = counts.get(d["fmt"], 0) + 1
        errs = []
        if not os.path.exists(path):
            errs.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa
                errs.append("does not open: %r" % e)
                text = ""
            for k, v in d["evidence"].items():
                if d["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(v) not in text:
                    errs.append("evidence %s not found: %r" % (k, v))
            if len(text) < 800:
                errs.append("text suspiciously short (%d chars)" % len(text))
        jp = os.path.join(OUT, d["name"] + ".expected.json")
        try:
            with open(jp, encoding="utf-8") as f:
                got = json.load(f)
            if got != expected_json(d):
                errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        for k, v in d["statuses"].items():
            if v not in ("present", "weak", "missing", "not_applicable"):
                errs.append("bad status %s=%s" % (k, v))
        print(("OK   " if not errs else "FAIL ") + d["name"] + "." + d["fmt"])
        for e in errs:
            print("     - " + e)
        ok = ok and not errs
    print("formats:", counts)
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(DOCS)
    for n in nums:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
