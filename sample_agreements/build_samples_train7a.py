#!/usr/bin/env python3
"""Training samples 101-108 for leerroute-check.

Written by an independent author (a helper session started for this batch) from the two official
bouwstenen (samenwerkingsovereenkomst, overstapoptie), shared/domain.md and LABELS.md only, without
looking at the checker, the tests or the other samples. All schools, instellingen, companies and
people are made up. Each agreement is held here as a list of blocks and rendered to PDF (reportlab,
invariant), DOCX (python-docx, fixed core properties and zip timestamps) or TXT/MD.

Usage:
    python3 build_samples_train7a.py            # build 101-108
    python3 build_samples_train7a.py 101 104    # build only these
    python3 build_samples_train7a.py --check    # open every file, verify evidence, sizes, labels
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
ITEMS = "abcdefghij"
P, W, M, NA = "present", "weak", "missing", "not_applicable"

SAMPLES = {}


def sample(num, name, fmt, description, statuses, evidence, style=None):
    """Register a sample; statuses is a string of codes a..j (p/w/m/n separated by spaces)."""
    codes = {"p": P, "w": W, "m": M, "n": NA}
    st = dict(zip(ITEMS, (codes[c] for c in statuses.split())))
    assert len(st) == 10, num

    def deco(fn):
        SAMPLES[num] = dict(name=name, fmt=fmt, description=description, statuses=st,
                            evidence=evidence, blocks=fn, style=style or {})
        return fn
    return deco


def expected_json(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


# ----------------------------------------------------------------------------------------------
# Block model: ("title", t) ("sub", t) ("h1", t) ("h2", t) ("p", t) ("bp", t) bold paragraph
# ("li", t) indented paragraph, ("dots", n) dotted fill-in lines, ("table", rows, widths)
# ("sig", [(party, name, function), ...]) ("pb",) page break, ("sp",) blank line
# ----------------------------------------------------------------------------------------------

def render_pdf(blocks, path, style):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)
    from xml.sax.saxutils import escape

    font = style.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    size = style.get("size", 10)
    align = TA_JUSTIFY if style.get("justify") else TA_LEFT
    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=size * 1.35,
                          alignment=align, spaceAfter=4)
    st = {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=size + 4,
                                leading=(size + 4) * 1.3, alignment=TA_CENTER, spaceAfter=4),
        "sub": ParagraphStyle("sub", parent=base, alignment=TA_CENTER, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size + 1,
                             spaceBefore=8, spaceAfter=3, alignment=TA_LEFT, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, spaceBefore=4, spaceAfter=2,
                             alignment=TA_LEFT, keepWithNext=1),
        "p": base,
        "bp": ParagraphStyle("bp", parent=base, fontName=bold),
        "li": ParagraphStyle("li", parent=base, leftIndent=18, firstLineIndent=-12),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 1, leading=(size - 1) * 1.3,
                               alignment=TA_LEFT, spaceAfter=0),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in st:
            story.append(Paragraph(escape(b[1]), st[kind]))
        elif kind == "dots":
            for _ in range(b[1]):
                story.append(Paragraph("." * 150, ParagraphStyle("d", parent=base, fontSize=6,
                                                                 leading=12)))
        elif kind == "sp":
            story.append(Spacer(1, 8))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows = [[Paragraph(escape(c), st["cell"]) for c in r] for r in b[1]]
            t = Table(rows, colWidths=[w * cm for w in b[2]], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            rows = []
            for party, name, func in b[1]:
                rows.append([Paragraph(escape(party), st["bp"]),
                             Paragraph(escape(name + "\n" + func).replace("\n", "<br/>"),
                                       st["p"]),
                             Paragraph("handtekening: ______________________", st["p"])])
            t = Table(rows, colWidths=[5.5 * cm, 6 * cm, 5 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
            story.append(KeepTogether([Spacer(1, 6), t]))
        else:
            raise ValueError(kind)

    header = style.get("header")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        if header:
            canvas.drawString(2.2 * cm, A4[1] - 1.3 * cm, header)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title=style.get("title", ""), author=style.get("author", ""),
                            creator="", producer="", subject="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_docx(blocks, path, style):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = style.get("font", "Calibri")
    normal.font.size = Pt(style.get("size", 10.5))
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.3)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "sub":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "bp":
            d.add_paragraph().add_run(b[1]).bold = True
        elif kind == "li":
            p = d.add_paragraph(b[1])
            p.paragraph_format.left_indent = Cm(0.9)
            p.paragraph_format.first_line_indent = Cm(-0.6)
        elif kind == "dots":
            for _ in range(b[1]):
                d.add_paragraph("\u2026" * 60)
        elif kind == "sp":
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            rows, widths = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.width = Cm(widths[j])
                    parts = c.split("\n")
                    cell.paragraphs[0].text = parts[0]
                    for extra in parts[1:]:
                        cell.add_paragraph(extra)
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif kind == "sig":
            t = d.add_table(rows=len(b[1]), cols=3)
            for i, (party, name, func) in enumerate(b[1]):
                t.cell(i, 0).paragraphs[0].add_run(party).bold = True
                t.cell(i, 1).paragraphs[0].text = name
                t.cell(i, 1).add_paragraph(func)
                t.cell(i, 2).paragraphs[0].text = "handtekening: ____________________"
        else:
            raise ValueError(kind)

    cp = d.core_properties
    cp.author = style.get("author", "")
    cp.last_modified_by = style.get("author", "")
    cp.title = style.get("title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the package with fixed timestamps so the output is byte-identical on rebuild
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def render_text(blocks, path, style):
    md = path.endswith(".md")
    out = []
    for b in blocks:
        kind = b[0]
        if kind != "li" and out and out[-1] != "":
            out.append("")
        if kind == "title":
            out += ["# " + b[1], ""] if md else [b[1].upper(), "=" * len(b[1]), ""]
        elif kind == "sub":
            out += [b[1], ""]
        elif kind == "h1":
            out += (["## " + b[1], ""] if md else [b[1], "-" * len(b[1]), ""])
        elif kind == "h2":
            out += (["### " + b[1], ""] if md else [b[1], ""])
        elif kind in ("p", "bp"):
            out += [("**%s**" % b[1]) if (md and kind == "bp") else b[1], ""]
        elif kind == "li":
            out += [b[1] if not md else "- " + b[1]]
        elif kind == "dots":
            out += ["." * 70] * b[1] + [""]
        elif kind in ("sp", "pb"):
            out += [""]
        elif kind == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                for r in rows[1:]:
                    out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
            else:
                for r in rows:
                    out.append("  ".join(r))
            out.append("")
        elif kind == "sig":
            for party, name, func in b[1]:
                out += [party, name + ", " + func, "", "handtekening: ______________________", ""]
        else:
            raise ValueError(kind)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).rstrip() + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def build(num):
    s = SAMPLES[num]
    base = os.path.join(HERE, s["name"])
    path = base + "." + s["fmt"]
    blocks = s["blocks"]()
    if s["fmt"] == "pdf":
        render_pdf(blocks, path, s["style"])
    elif s["fmt"] == "docx":
        render_docx(blocks, path, s["style"])
    else:
        render_text(blocks, path, s["style"])
    with open(base + ".expected.json", "w", encoding="utf-8") as f:
        f.write(json.dumps(expected_json(s), ensure_ascii=False, indent=2) + "\n")
    print("wrote", os.path.basename(path))


# ----------------------------------------------------------------------------------------------
# check
# ----------------------------------------------------------------------------------------------

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
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        # also make sure the raw XML opens
        with zipfile.ZipFile(path) as z:
            z.read("word/document.xml")
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    return " ".join(t.replace("\u00ad", "").split())


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        base = os.path.join(HERE, s["name"])
        path = base + "." + s["fmt"]
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            text = norm(extract(path))
            for item, ev in s["evidence"].items():
                if s["statuses"][item] != P:
                    errs.append("evidence for non-present item %s" % item)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (item, ev))
            for item in ITEMS:
                if s["statuses"][item] == P and item not in s["evidence"]:
                    errs.append("no evidence for present item %s" % item)
        try:
            with open(base + ".expected.json", encoding="utf-8") as f:
                if json.load(f) != expected_json(s):
                    errs.append("expected.json differs from table")
        except OSError:
            errs.append("missing expected.json")
        status = "OK " if not errs else "ERR"
        print(status, os.path.basename(path), "; ".join(errs))
        ok = ok and not errs
    return ok


# ==============================================================================================
# 101 - notarial-style comparitie, lawyer, PDF, De Kempen, PIE kb -> Eerste monteur elektro 3
# ==============================================================================================

@sample(101, "101_notariele_comparitie", "pdf",
        "Lawyer-drafted agreement with a long notarial-style comparitie (birth data, volmacht, "
        "RvT approval), 'NEMEN IN AANMERKING', Artikel N with decimal leden; PDF, Times, justified. "
        "De Kempen, PIE kb -> Eerste monteur elektrotechnische installaties woning en utiliteit 3. "
        "Fully compliant: routeraad appointed by both CvB's, EUR 1.150 per pupil with bestemming, "
        "vo-pupils as toehoorder in the studentenraad, mediation then rechtbank.",
        "p p p p p p p p p p",
        {"a": "Artikel 2 Onderwerp en leerroute",
         "b": "Artikel 3 Betrokkenheid van het bedrijfsleven",
         "c": "Artikel 4 Routeraad: samenstelling, benoeming, taken en bevoegdheden",
         "d": "Artikel 5 Inlichtingen en verantwoording",
         "e": "Artikel 6 Organisatorische en onderwijskundige inrichting",
         "f": "Artikel 7 Overstapoptie",
         "g": "Artikel 8 Overdracht van bekostiging",
         "h": "Artikel 9 Medezeggenschap",
         "i": "Artikel 10 Geschillen",
         "j": "Artikel 11 Duur, toetreding, wijziging en beëindiging"},
        style={"font": "Times-Roman", "size": 10.5, "justify": True,
               "title": "Samenwerkingsovereenkomst doorlopende leerroute PIE - Elektrotechniek",
               "author": "Van Hout Lemmens Advocaten", "header": "Dossiernr. 2025/0418 - concept ter ondertekening"})
def s101():
    return [
        ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO"),
        ("sub", "Produceren, installeren en energie (kaderberoepsgerichte leerweg) – "
                "Eerste monteur elektrotechnische installaties woning en utiliteit (niveau 3)"),
        ("bp", "DE ONDERGETEKENDEN:"),
        ("li", "1. de stichting: Stichting Kempenland Voortgezet Onderwijs, statutair gevestigd te "
               "Eersel, kantoorhoudende te (5521 AB) Eersel aan de Nieuwstraat 41, ingeschreven in het "
               "handelsregister van de Kamer van Koophandel onder nummer 41087362, bevoegd gezag van "
               "de school voor voorbereidend middelbaar beroepsonderwijs Kempenhorst College "
               "(brinnummer 20KH), gevestigd te Bladel, te dezen rechtsgeldig vertegenwoordigd door "
               "de voorzitter van het college van bestuur, de heer drs. J.P.M. (Johan) Verhoeven, "
               "geboren te Hapert op veertien maart negentienhonderdachtenzestig, en het lid van het "
               "college van bestuur, mevrouw mr. H.A. (Hanneke) Smulders-van Dijk, geboren te Eindhoven "
               "op twee november negentienhonderdvijfenzeventig, beiden handelend ter uitvoering van "
               "het besluit van het college van bestuur van tien juni tweeduizend vijfentwintig en met "
               "voorafgaande goedkeuring van de raad van toezicht, verleend op zeventien juni "
               "tweeduizend vijfentwintig, hierna te noemen: \u201cde School\u201d;"),
        ("li", "2. de stichting: Stichting Regionaal Opleidingencentrum Kempen-Dommel, statutair "
               "gevestigd te Veldhoven, kantoorhoudende te (5503 RA) Veldhoven aan de Run 4410, "
               "ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 17094518, "
               "bevoegd gezag van de instelling voor beroepsonderwijs als bedoeld in artikel 1.1.1 van "
               "de Wet educatie en beroepsonderwijs ROC Kempen-Dommel (brinnummer 25LD), te dezen "
               "rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw "
               "ir. M.C. (Marloes) Pijnenburg, geboren te Oirschot op drieëntwintig augustus "
               "negentienhonderdeenenzeventig, alsmede door de heer ing. R.T.G. (Rob) Aarts, geboren te "
               "Veldhoven op vijf mei negentienhonderdzeventig, directeur van het college Techniek van "
               "de instelling, handelend krachtens schriftelijke volmacht van het college van bestuur "
               "van twaalf juni tweeduizend vijfentwintig, welke volmacht aan deze overeenkomst is "
               "gehecht, hierna te noemen: \u201cde Instelling\u201d;"),
        ("p", "de School en de Instelling hierna gezamenlijk ook te noemen: \u201cPartijen\u201d en ieder "
              "afzonderlijk: \u201cPartij\u201d;"),
        ("bp", "NEMEN IN AANMERKING:"),
        ("li", "A. dat de School in de kaderberoepsgerichte leerweg het profiel Produceren, installeren "
               "en energie aanbiedt en de Instelling de opleidingen in de elektrotechniek verzorgt;"),
        ("li", "B. dat Partijen een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a van de "
               "Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.2 van de Wet educatie en "
               "beroepsonderwijs (WEB) gezamenlijk wensen te verzorgen;"),
        ("li", "C. dat daartoe een samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en "
               "artikel 9.1.3 WEB is vereist;"),
        ("li", "D. dat de medezeggenschapsraad van de School en de studentenraad van de Instelling over "
               "het voornemen tot deze samenwerking advies hebben uitgebracht;"),
        ("bp", "EN VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),

        ("h1", "Artikel 1 Begrippen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("li", "a. route: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2;"),
        ("li", "b. vo-fase: de eerste twee leerjaren van de route, waarin de deelnemer als leerling bij "
               "de School staat ingeschreven;"),
        ("li", "c. mbo-fase: de leerjaren van de route vanaf het derde leerjaar, waarin de deelnemer als "
               "student bij de Instelling staat ingeschreven;"),
        ("li", "d. deelnemer: de leerling of student die aan de route deelneemt;"),
        ("li", "e. routeraad: het orgaan, bedoeld in artikel 4;"),
        ("li", "f. PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
               "examenregeling van de route."),

        ("h1", "Artikel 2 Onderwerp en leerroute"),
        ("p", "2.1 Partijen verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk een "
              "doorlopende leerroute die aanvangt in het derde leerjaar van de kaderberoepsgerichte "
              "leerweg, profiel Produceren, installeren en energie, en leidt tot het diploma vmbo "
              "kaderberoepsgerichte leerweg en het diploma van de vakopleiding Eerste monteur "
              "elektrotechnische installaties woning en utiliteit (niveau 3, beroepsopleidende "
              "leerweg), behorend tot het kwalificatiedossier Elektrotechnische installaties in de "
              "gebouwde omgeving, opleidingsdomein Installatie- en energietechniek."),
        ("p", "2.2 De route omvat vier leerjaren. Het examen vmbo wordt uiterlijk in het derde leerjaar "
              "van de route afgerond."),
        ("p", "2.3 Partijen melden de route gezamenlijk aan Onze Minister door registratie in het "
              "Register Instellingen en Opleidingen, ieder voor het eigen deel."),

        ("h1", "Artikel 3 Betrokkenheid van het bedrijfsleven"),
        ("p", "3.1 Partijen betrekken de installatiebranche bij de invulling van de route via de "
              "Werkveldcommissie Installatietechniek Kempen, waarin ten minste vier erkende "
              "leerbedrijven uit De Kempen en de regiovertegenwoordiger van de brancheorganisatie "
              "Techniek Nederland zitting hebben."),
        ("p", "3.2 De werkveldcommissie adviseert jaarlijks vóór 1 maart over de inhoud van het "
              "onderwijsprogramma en de keuze van keuzedelen, en levert per leerjaar ten minste twee "
              "praktijkopdrachten aan voor de praktijkvakken in de vo-fase."),
        ("p", "3.3 De Instelling draagt er zorg voor dat iedere deelnemer in de mbo-fase een plaats voor "
              "beroepspraktijkvorming heeft bij een door SBB erkend leerbedrijf. Praktijkopleiders van "
              "de leerbedrijven beoordelen mee bij de proeve van bekwaamheid."),
        ("p", "3.4 In de vo-fase neemt iedere deelnemer per leerjaar deel aan ten minste twee "
              "bedrijfsbezoeken en één meeloopdag bij een leerbedrijf."),

        ("h1", "Artikel 4 Routeraad: samenstelling, benoeming, taken en bevoegdheden"),
        ("p", "4.1 De leiding over de route berust bij de routeraad. De routeraad bestaat uit de "
              "afdelingsleider bovenbouw vmbo van de School, de teamleider Elektrotechniek van de "
              "Instelling en de routecoördinator."),
        ("p", "4.2 De leden van de routeraad worden benoemd door de colleges van bestuur van Partijen "
              "gezamenlijk: de afdelingsleider en de teamleider op voordracht van de eigen Partij, de "
              "routecoördinator na een gezamenlijke selectieprocedure. De benoeming geldt voor drie "
              "jaar en kan worden verlengd. Ieder college van bestuur kan het op zijn voordracht "
              "benoemde lid, na overleg met de andere Partij, uit de routeraad terugroepen."),
        ("p", "4.3 De colleges van bestuur dragen aan de routeraad op: (a) het opstellen en jaarlijks "
              "actualiseren van het PTA/OER, ter vaststelling door de bevoegde gezagsorganen; (b) de "
              "dagelijkse organisatie van het onderwijs, het rooster en de inzet van het docententeam "
              "binnen de door Partijen beschikbaar gestelde formatie; (c) de toelating van leerlingen "
              "uit het tweede leerjaar tot de route; (d) de voorbereiding van besluiten over de "
              "overstapoptie; (e) het onderhouden van de contacten met de werkveldcommissie."),
        ("p", "4.4 De routeraad is niet bevoegd Partijen financieel te verbinden boven de vastgestelde "
              "routebegroting, noch rechtspositionele besluiten ten aanzien van personeel te nemen. "
              "Deze bevoegdheden blijven voorbehouden aan de colleges van bestuur."),

        ("h1", "Artikel 5 Inlichtingen en verantwoording"),
        ("p", "5.1 De routeraad verstrekt beide colleges van bestuur gevraagd en ongevraagd alle "
              "inlichtingen die voor hun verantwoordelijkheid voor de route van belang zijn."),
        ("p", "5.2 De routeraad legt jaarlijks vóór 1 november door middel van een schriftelijk "
              "jaarverslag aan beide colleges van bestuur verantwoording af over het afgelopen "
              "schooljaar. Het jaarverslag bevat in elk geval de in-, door- en uitstroom van "
              "deelnemers, de examenresultaten, de besteding van de op grond van artikel 8 "
              "overgedragen middelen en de uitkomsten van de tevredenheidsmeting."),
        ("p", "5.3 Daarnaast brengt de routeraad tweemaal per jaar, in november en in mei, mondeling "
              "verslag uit in het bestuurlijk overleg van Partijen."),

        ("h1", "Artikel 6 Organisatorische en onderwijskundige inrichting"),
        ("p", "6.1 In de vo-fase wordt het onderwijs verzorgd in het gebouw van de School te Bladel; op "
              "één dag per week volgen de deelnemers praktijkonderwijs in het Installatiecentrum van "
              "de Instelling te Veldhoven. De mbo-fase wordt verzorgd op de locatie Veldhoven van de "
              "Instelling en bij de leerbedrijven."),
        ("p", "6.2 Partijen beschrijven het onderwijsprogramma, de examinering en de "
              "beroepspraktijkvorming per leerjaar in het PTA/OER, waarin is aangegeven welke "
              "onderdelen tot het vmbo-programma, welke tot het mbo-programma en welke tot beide "
              "behoren."),
        ("p", "6.3 Het onderwijs wordt verzorgd door één docententeam, bestaande uit docenten van "
              "beide Partijen. Voor vakoverstijgende programmaonderdelen maken Partijen gebruik van de "
              "teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); het PTA/OER vermeldt "
              "voor welke onderdelen dat geldt. Iedere Partij blijft werkgever van het eigen "
              "personeel. De Instelling stelt in de vo-fase ten minste 0,4 fte docent elektrotechniek "
              "beschikbaar."),
        ("p", "6.4 De School stelt haar praktijklokaal installatietechniek en de Instelling haar "
              "werkplaats elektrotechniek en het Installatiecentrum ter beschikking van de route. "
              "Docenten van de ene Partij hebben toegang tot de leeromgeving en de ICT-voorzieningen "
              "van de andere Partij voor zover dat voor de route nodig is. Iedere Partij draagt zorg "
              "voor de verzekering van de eigen gebouwen en inventaris."),
        ("p", "6.5 Een klacht over een gedraging van personeel van de ene Partij die bij de andere "
              "Partij wordt ingediend, wordt behandeld volgens de klachtenregeling van de Partij bij "
              "wie de klacht is ingediend; de betrokken Partij verleent daaraan alle medewerking."),

        ("h1", "Artikel 7 Overstapoptie"),
        ("p", "7.1 Wordt de deelname aan de route beëindigd voordat de deelnemer de route met succes "
              "heeft afgerond, dan stellen Partijen de deelnemer in staat een vmbo-diploma of een "
              "mbo-diploma te behalen dat, naar het gezamenlijk oordeel van Partijen, past bij het "
              "bereikte onderwijsniveau en de leeftijd van de deelnemer."),
        ("p", "7.2 Partijen onderscheiden daarbij in elk geval de volgende situaties:"),
        ("li", "a. beëindiging in de vo-fase: de deelnemer vervolgt zijn opleiding in de reguliere "
               "kaderberoepsgerichte leerweg van de School, in hetzelfde of een ander profiel, en sluit "
               "deze af met het eindexamen vmbo;"),
        ("li", "b. het vmbo-diploma is aan het einde van het derde leerjaar van de route niet behaald: "
               "de deelnemer vervolgt de mbo-opleiding bij de Instelling zonder vmbo-diploma, dan wel "
               "legt het examen vmbo opnieuw af, naar keuze van de deelnemer na advies van de "
               "routeraad;"),
        ("li", "c. de richting blijkt niet passend: de deelnemer stapt over naar een andere opleiding "
               "op niveau 3 bij de Instelling of, als de deelnemer dat wenst, bij een andere instelling "
               "in de regio."),
        ("p", "7.3 Bij overstap naar een andere opleiding van de Instelling gelden de "
              "vooropleidingseisen niet. Bij overstap naar een andere instelling bevorderen Partijen "
              "dat de deelnemer op grond van een geschiktheidsonderzoek wordt toegelaten."),
        ("p", "7.4 Over de overstap beslissen de directeur van de School en de directeur van het "
              "college Techniek gezamenlijk, nadat de routeraad de deelnemer en, als hij minderjarig "
              "is, zijn ouders heeft gehoord. De nadere werkwijze wordt opgenomen in de schoolgids en "
              "de studiegids."),

        ("h1", "Artikel 8 Overdracht van bekostiging"),
        ("p", "8.1 Met toepassing van artikel 5.42a WVO 2020 draagt de School aan de Instelling voor "
              "iedere deelnemer die op 1 oktober in de vo-fase van de route staat ingeschreven een "
              "bedrag over van € 1.150 per schooljaar."),
        ("p", "8.2 De overgedragen middelen zijn bestemd voor de inzet van docenten van de Instelling "
              "in de vo-fase, bedoeld in artikel 6.3, en voor het gebruik van het Installatiecentrum, "
              "verbruiksmaterialen daaronder begrepen."),
        ("p", "8.3 De Instelling draagt geen bekostiging over aan de School. De Instelling factureert "
              "jaarlijks vóór 1 december en verantwoordt de besteding in het jaarverslag van de "
              "routeraad."),

        ("h1", "Artikel 9 Medezeggenschap"),
        ("p", "9.1 In aanvulling op het wettelijk regime komen Partijen overeen dat de deelnemers in de "
              "vo-fase, hoewel zij leerling van de School zijn, uit hun midden twee vertegenwoordigers "
              "aanwijzen die als toehoorder met spreekrecht deelnemen aan de vergaderingen van de "
              "studentenraad van het college Techniek van de Instelling."),
        ("p", "9.2 Voorstellen tot wijziging van het PTA/OER die de vo-fase raken, legt de routeraad "
              "ter advisering voor aan de medezeggenschapsraad van de School en aan de studentenraad "
              "van de Instelling; beide raden kunnen binnen vier weken advies uitbrengen."),
        ("p", "9.3 Overigens geldt voor de vo-fase de Wet medezeggenschap op scholen en voor de "
              "mbo-fase hoofdstuk 8a WEB en de Wet op de ondernemingsraden."),

        ("h1", "Artikel 10 Geschillen"),
        ("p", "10.1 Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst in "
              "de routeraad besproken. Leidt dat niet binnen vier weken tot een oplossing, dan legt "
              "de meest gerede Partij het geschil voor aan het bestuurlijk overleg."),
        ("p", "10.2 Wordt het geschil niet binnen zes weken in het bestuurlijk overleg opgelost, dan "
              "starten Partijen een mediationtraject bij een door hen gezamenlijk aan te wijzen "
              "mediator die is ingeschreven in het register van de Mediatorsfederatie Nederland."),
        ("p", "10.3 Leidt de mediation niet binnen drie maanden tot een oplossing, dan wordt het geschil "
              "beslecht door de bevoegde rechter van de Rechtbank Oost-Brabant. Op deze overeenkomst is "
              "Nederlands recht van toepassing."),

        ("h1", "Artikel 11 Duur, toetreding, wijziging en beëindiging"),
        ("p", "11.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
              "onbepaalde tijd."),
        ("p", "11.2 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot "
              "deze overeenkomst toetreden, indien beide Partijen daarmee schriftelijk instemmen en de "
              "toetredende partij door ondertekening van een toetredingsverklaring alle rechten en "
              "verplichtingen uit deze overeenkomst aanvaardt. Toetreding gaat in per 1 augustus van "
              "een schooljaar; de toetredende partij meldt de route voor haar deel bij DUO."),
        ("p", "11.3 Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk en met "
              "instemming van beide Partijen. Een wijziging strekt niet ten nadele van deelnemers die "
              "op het moment van de wijziging reeds aan de route zijn begonnen, tenzij zij daarmee "
              "instemmen."),
        ("p", "11.4 Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig "
              "jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden."),
        ("p", "11.5 Iedere Partij kan deze overeenkomst ontbinden indien de andere Partij, na "
              "schriftelijk in gebreke te zijn gesteld en een redelijke termijn voor herstel te hebben "
              "gekregen, toerekenbaar tekortschiet in de nakoming van een wezenlijke verplichting."),
        ("p", "11.6 Na opzegging of ontbinding nemen Partijen geen nieuwe deelnemers meer in de route "
              "op. Deelnemers die op dat moment aan de route deelnemen, worden in staat gesteld de "
              "route bij Partijen af te ronden; de verplichtingen uit deze overeenkomst blijven te "
              "hunnen behoeve van kracht totdat de laatste deelnemer de route heeft afgerond of "
              "overeenkomstig artikel 7 is overgestapt."),

        ("h1", "Artikel 12 Slotbepalingen"),
        ("p", "12.1 Bij tegenstrijdigheid tussen deze overeenkomst en het PTA/OER prevaleert deze "
              "overeenkomst."),
        ("p", "12.2 Deze overeenkomst is in tweevoud opgemaakt. Aldus overeengekomen en ondertekend te "
              "Veldhoven op 30 juni 2025."),
        ("sig", [("Stichting Kempenland Voortgezet Onderwijs", "drs. J.P.M. Verhoeven",
                  "voorzitter college van bestuur"),
                 ("Stichting Kempenland Voortgezet Onderwijs", "mr. H.A. Smulders-van Dijk",
                  "lid college van bestuur"),
                 ("Stichting Regionaal Opleidingencentrum Kempen-Dommel", "ir. M.C. Pijnenburg",
                  "voorzitter college van bestuur"),
                 ("Stichting Regionaal Opleidingencentrum Kempen-Dommel", "ing. R.T.G. Aarts",
                  "directeur college Techniek, krachtens volmacht")]),
    ]


# ==============================================================================================
# 102 - regional convenant, 3 vmbo schools + 2 ROC's, policy officer, DOCX, Westelijke Mijnstreek,
#       Zorg en welzijn kb -> Verzorgende-IG 3 / Begeleider gehandicaptenzorg 3
# ==============================================================================================

@sample(102, "102_regionaal_convenant_vijf_partijen", "docx",
        "Regional convenant written by a policy officer: three vmbo boards and two ROC's, '§ N' "
        "Heading 1 paragraphs, nominal/passive style ('Betrokkenheid vindt plaats via ...'); DOCX. "
        "Westelijke Mijnstreek, Zorg en welzijn kb -> Verzorgende-IG 3 and Begeleider "
        "gehandicaptenzorg 3. Fully compliant: stuurgroep of five with members 'aangewezen' by each "
        "board, explicit no transfer of bekostiging, routeplatform medezeggenschap, bindend advies, "
        "uittreding of one party with protection of running cohorts.",
        "p p p p p p p p p p",
        {"a": "§ 1 Reikwijdte: profiel en opleidingen",
         "b": "§ 2 Werkveld",
         "c": "§ 3 Regionale stuurgroep",
         "d": "§ 4 Informatievoorziening en verantwoording",
         "e": "§ 5 Inrichting van het onderwijs",
         "f": "§ 6 Voortijdige beëindiging van deelname",
         "g": "§ 7 Financiën",
         "h": "§ 8 Medezeggenschap",
         "i": "§ 9 Geschillen",
         "j": "§ 10 Looptijd, toetreding, wijziging en uittreding"},
        style={"font": "Calibri", "size": 10.5, "author": "Beleidsadviseur Onderwijsregio WM",
               "title": "Regionaal convenant doorlopende leerroute Zorg en welzijn"})
def s102():
    return [
        ("title", "Regionaal convenant doorlopende leerroute Zorg en welzijn Westelijke Mijnstreek"),
        ("sub", "Samenwerkingsovereenkomst in de zin van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB"),
        ("bp", "Partijen"),
        ("li", "1. Stichting Openbaar Voortgezet Onderwijs Sittard-Geleen, bevoegd gezag van het "
               "Mijnstreek College (vmbo) te Geleen, vertegenwoordigd door mevrouw drs. E.M. Coumans, "
               "bestuurder;"),
        ("li", "2. Stichting Katholiek Voortgezet Onderwijs Stein-Beek, bevoegd gezag van Maasboord "
               "vmbo te Stein, vertegenwoordigd door de heer L.H. Janssen MEd, voorzitter college van "
               "bestuur;"),
        ("li", "3. Stichting Onderwijsgroep Graetheide, bevoegd gezag van Graetheide vmbo te Beek, "
               "vertegenwoordigd door mevrouw A. Dassen-Hermans, voorzitter college van bestuur;"),
        ("li", "4. Stichting Regionaal Opleidingencentrum Mijnstreek-Maasvallei (ROC "
               "Mijnstreek-Maasvallei) te Sittard, vertegenwoordigd door de heer dr. P.J. Wolfs, "
               "voorzitter college van bestuur;"),
        ("li", "5. Stichting Regionaal Opleidingencentrum Parkstad Zuid (ROC Parkstad Zuid) te Heerlen, "
               "voor haar college Zorg & Welzijn te Geleen, vertegenwoordigd door mevrouw M.L.G. "
               "Lardinois, lid college van bestuur;"),
        ("p", "partijen 1 tot en met 3 hierna: de scholen; partijen 4 en 5 hierna: de ROC's; allen "
              "samen hierna: partijen."),
        ("bp", "Achtergrond"),
        ("p", "De zorg- en welzijnssector in de Westelijke Mijnstreek kampt met een structureel tekort "
              "aan vakkrachten op niveau 3. De drie vmbo-scholen en de twee ROC's in de regio hebben "
              "sinds 2022 in een pilot samengewerkt. Met dit convenant wordt die samenwerking omgezet "
              "in een doorlopende leerroute met een wettelijke grondslag, zodat één regionaal aanbod "
              "ontstaat waarin iedere leerling van de drie scholen kan instromen."),
        ("p", "Partijen spreken het volgende af."),

        ("h1", "§ 1 Reikwijdte: profiel en opleidingen"),
        ("p", "1.1 Dit convenant betreft de doorlopende leerroute vanuit het profiel Zorg en welzijn "
              "van de kaderberoepsgerichte leerweg van elk van de drie scholen naar het "
              "opleidingsdomein Zorg en welzijn in het mbo, met twee uitstroomrichtingen op niveau 3 "
              "(vakopleiding, BOL):"),
        ("li", "a. route A: Verzorgende-IG (niveau 3), verzorgd door ROC Mijnstreek-Maasvallei;"),
        ("li", "b. route B: Begeleider gehandicaptenzorg (niveau 3), kwalificatiedossier "
               "Maatschappelijke zorg, verzorgd door ROC Parkstad Zuid."),
        ("p", "1.2 De keuze voor route A of B wordt door de leerling in leerjaar 2 gemaakt; tot en met "
              "leerjaar 3 van de route is een wissel tussen beide routes zonder verlies van "
              "studievoortgang mogelijk. De route leidt tot het diploma vmbo kaderberoepsgerichte "
              "leerweg en het mbo-diploma van de gekozen opleiding."),

        ("h1", "§ 2 Werkveld"),
        ("p", "2.1 Betrokkenheid van het bedrijfsleven vindt plaats via het Zorgnetwerk Westelijke "
              "Mijnstreek, waarin in elk geval Zorggroep Maaskempen, Stichting De Bieslanden "
              "(gehandicaptenzorg) en Thuiszorg Westelijke Mijnstreek deelnemen. Het netwerk heeft "
              "zich verbonden tot:"),
        ("li", "a. het beschikbaar stellen van ten minste veertig bpv-plaatsen per cohort bij erkende "
               "leerbedrijven, verdeeld over beide routes;"),
        ("li", "b. het verzorgen van gastlessen en het aanleveren van levensechte praktijkopdrachten "
               "in leerjaar 1 en 2 van de route, ten minste één per onderwijsperiode;"),
        ("li", "c. deelname aan de werkveldtafel, die tweemaal per jaar adviseert over de inhoud van "
               "het onderwijsprogramma en de keuzedelen;"),
        ("li", "d. het leveren van praktijkbeoordelaars voor de examens in de beroepspraktijk."),
        ("p", "2.2 De afspraken onder a tot en met d worden jaarlijks bevestigd in een "
              "werkveldagenda die door de stuurgroep met het Zorgnetwerk wordt vastgesteld."),

        ("h1", "§ 3 Regionale stuurgroep"),
        ("p", "3.1 De leiding over de doorlopende leerroute berust bij een regionale stuurgroep van vijf "
              "leden: per partij één lid op directieniveau (sectordirecteur of directeur vmbo). De "
              "regionale routecoördinator is secretaris van de stuurgroep en heeft een adviserende "
              "stem."),
        ("p", "3.2 Elk bevoegd gezag wijst het eigen lid schriftelijk aan en kan dit lid te allen tijde "
              "vervangen. De regionale routecoördinator wordt benoemd door de stuurgroep, na "
              "instemming van alle vijf besturen. Het voorzitterschap rouleert jaarlijks per 1 augustus."),
        ("p", "3.3 Aan de stuurgroep is door de besturen opgedragen:"),
        ("li", "a. het vaststellen van het jaarplan van de route;"),
        ("li", "b. het opstellen van het gezamenlijke PTA/OER per leerjaar, ter vaststelling door de "
               "bevoegde gezagsorganen;"),
        ("li", "c. de verdeling van de instroomplaatsen over route A en route B;"),
        ("li", "d. de kwaliteitszorg en de afspraken met het Zorgnetwerk;"),
        ("li", "e. het nemen van besluiten over de uitvoering binnen de kaders van dit convenant."),
        ("p", "3.4 Besluiten worden bij consensus genomen. Zonder consensus wordt het onderwerp aan de "
              "besturen voorgelegd. Besluiten met personele gevolgen of met financiële gevolgen boven "
              "€ 10.000 per partij blijven aan de afzonderlijke besturen voorbehouden."),

        ("h1", "§ 4 Informatievoorziening en verantwoording"),
        ("p", "4.1 Informatievoorziening aan de besturen gebeurt per kwartaal door middel van een "
              "routedashboard met de kerncijfers over in-, door- en uitstroom, verzuim en "
              "overstappen, toegezonden aan alle vijf besturen."),
        ("p", "4.2 Verantwoording wordt afgelegd in een jaarrapportage over het afgelopen schooljaar, "
              "die uiterlijk 15 oktober aan de besturen wordt aangeboden en in het jaarlijkse "
              "bestuurlijk overleg in november wordt besproken. De besturen kunnen de stuurgroep "
              "tussentijds om aanvullende informatie vragen."),

        ("h1", "§ 5 Inrichting van het onderwijs"),
        ("p", "5.1 Leerjaar 1 en 2 van de route worden gegeven op de eigen vmbo-school, met wekelijks "
              "één praktijkdag in het Zorglab van ROC Mijnstreek-Maasvallei te Sittard. Vanaf leerjaar 3 "
              "volgt de student het onderwijs bij het ROC van de gekozen route en in de "
              "beroepspraktijk."),
        ("p", "5.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn per "
              "leerjaar beschreven in het gezamenlijke PTA/OER; daarin is per onderdeel aangegeven of "
              "het tot het vmbo-deel, het mbo-deel of beide behoort."),
        ("p", "5.3 Inzet van personeel: elk ROC zet in leerjaar 1 en 2 op iedere school een "
              "hybride docent in voor vier lesuren per week. Docenten van scholen en ROC's vormen per "
              "route één docententeam; voor de vakoverstijgende onderdelen “Zorg in de praktijk” "
              "wordt de teambevoegdheid toegepast. Werkgeverschap blijft bij de eigen partij."),
        ("p", "5.4 Gebruik van faciliteiten: het Zorglab van ROC Mijnstreek-Maasvallei, het "
              "praktijklokaal gehandicaptenzorg van ROC Parkstad Zuid en de praktijklokalen Zorg en "
              "welzijn van de drie scholen zijn voor de route wederzijds beschikbaar volgens een "
              "jaarlijks door de stuurgroep vastgesteld gebruiksrooster."),

        ("h1", "§ 6 Voortijdige beëindiging van deelname"),
        ("p", "6.1 Bij voortijdige beëindiging van de deelname aan de route wordt aan de leerling of "
              "student altijd een passend alternatief geboden dat tot een diploma leidt:"),
        ("li", "a. tijdens leerjaar 1 of 2: voortzetting van de opleiding in de reguliere "
               "kaderberoepsgerichte of gemengde leerweg van de eigen school, in hetzelfde of een ander "
               "profiel;"),
        ("li", "b. vanaf leerjaar 3: overstap naar een andere opleiding op niveau 3 in het domein Zorg "
               "en welzijn bij een van beide ROC's, waaronder de andere route van dit convenant; bij "
               "hetzelfde ROC gelden daarbij geen vooropleidingseisen, bij het andere ROC vindt "
               "toelating plaats na een geschiktheidsonderzoek;"),
        ("li", "c. vmbo-diploma niet behaald aan het einde van leerjaar 3: voortzetting van de "
               "mbo-opleiding zonder vmbo-diploma, of opnieuw afleggen van het vmbo-examen."),
        ("p", "6.2 De keuze voor een alternatief wordt gemaakt in een overstapgesprek met de leerling en "
              "diens ouders. Het besluit wordt door de betrokken school en het betrokken ROC gezamenlijk "
              "genomen, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling. De "
              "werkwijze wordt in de schoolgidsen en de studiegidsen opgenomen."),

        ("h1", "§ 7 Financiën"),
        ("p", "7.1 Tussen partijen vindt geen overdracht van bekostiging plaats als bedoeld in artikel "
              "5.42a WVO 2020 of artikel 9.1.15 WEB."),
        ("p", "7.2 Iedere partij draagt de kosten van het eigen personeel en de eigen voorzieningen. De "
              "inzet van hybride docenten en het gebruik van elkaars praktijkruimten worden niet "
              "doorbelast."),

        ("h1", "§ 8 Medezeggenschap"),
        ("p", "8.1 Partijen richten een routeplatform medezeggenschap in. De medezeggenschapsraden van "
              "de drie scholen en de studentenraden van beide ROC's vaardigen daarin ieder één lid af."),
        ("p", "8.2 Het routeplatform komt tweemaal per jaar bijeen met de stuurgroep. Voorgenomen "
              "wijzigingen van het PTA/OER en van dit convenant worden vooraf aan het routeplatform "
              "voor advies voorgelegd. De wettelijke bevoegdheden van de afzonderlijke raden blijven "
              "onverlet."),

        ("h1", "§ 9 Geschillen"),
        ("p", "9.1 Verschillen van inzicht tussen partijen over de uitvoering van dit convenant worden "
              "eerst in de stuurgroep besproken. Leidt dat niet binnen een maand tot overeenstemming, "
              "dan wordt het geschil geagendeerd voor een extra bestuurlijk overleg van de betrokken "
              "besturen."),
        ("p", "9.2 Blijft overeenstemming ook dan uit, dan leggen de betrokken partijen het geschil "
              "ter beslechting bij wege van bindend advies voor aan een onafhankelijke deskundige die "
              "zij gezamenlijk aanwijzen. Het bindend advies wordt binnen acht weken uitgebracht en is "
              "voor de betrokken partijen bindend."),

        ("h1", "§ 10 Looptijd, toetreding, wijziging en uittreding"),
        ("p", "10.1 Dit convenant geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt daarna "
              "telkens voor vijf jaar verlengd, tenzij partijen anders besluiten."),
        ("p", "10.2 Een andere vmbo-school in de Westelijke Mijnstreek die het profiel Zorg en welzijn "
              "aanbiedt, of een andere instelling voor beroepsonderwijs, kan toetreden met schriftelijke "
              "instemming van alle partijen en door ondertekening van een toetredingsverklaring. "
              "Toetreding gaat in per 1 augustus; de toetredende partij meldt de route voor haar deel "
              "aan DUO."),
        ("p", "10.3 Wijziging van dit convenant vindt plaats bij unaniem schriftelijk besluit van alle "
              "besturen, na advies van het routeplatform medezeggenschap."),
        ("p", "10.4 Iedere partij kan uittreden door schriftelijke opzegging aan alle andere partijen, "
              "met een opzegtermijn van ten minste één jaar, ingaand per 31 juli. Het convenant blijft "
              "tussen de overige partijen van kracht zolang ten minste één school en één ROC deelnemen. "
              "Bij ernstige en structurele tekortkoming van een partij kunnen de overige partijen "
              "gezamenlijk het convenant ten aanzien van die partij ontbinden."),
        ("p", "10.5 Na opzegging of ontbinding stroomt bij de betrokken partij geen nieuw cohort meer "
              "in. Leerlingen en studenten die op dat moment aan de route deelnemen, ronden de route "
              "af; de ROC's houden voor hen de benodigde plaatsen beschikbaar."),

        ("p", "Aldus vastgesteld en ondertekend te Sittard op 30 juni 2025."),
        ("sig", [("Stichting Openbaar Voortgezet Onderwijs Sittard-Geleen", "drs. E.M. Coumans",
                  "bestuurder"),
                 ("Stichting Katholiek Voortgezet Onderwijs Stein-Beek", "L.H. Janssen MEd",
                  "voorzitter college van bestuur"),
                 ("Stichting Onderwijsgroep Graetheide", "A. Dassen-Hermans",
                  "voorzitter college van bestuur"),
                 ("Stichting ROC Mijnstreek-Maasvallei", "dr. P.J. Wolfs",
                  "voorzitter college van bestuur"),
                 ("Stichting ROC Parkstad Zuid", "M.L.G. Lardinois", "lid college van bestuur")]),
    ]


# ==============================================================================================
# 103 - agreement as a Word table of articles, school director, DOCX, Noordoostpolder,
#       Mobiliteit en transport bb -> Autotechnicus 2.  Defects: b only in considerans (missing),
#       g transfer without bestemming (weak), j without toetreding (weak).
# ==============================================================================================

@sample(103, "103_artikelentabel_word", "docx",
        "Agreement drawn up by a school director as one Word table of articles (Art. | Onderwerp | "
        "Afspraak) below a short parties block and considerans; DOCX. Noordoostpolder, Mobiliteit en "
        "transport bb -> Autotechnicus 2. Defects: bedrijfsleven only in the considerans (missing), "
        "EUR 900 per pupil transferred without any bestemming (weak), duration article has opzegging, "
        "wijziging and cohort protection but no toetreding (weak); medezeggenschap only describes the "
        "law and says partijen 'kunnen' add arrangements (not_applicable).",
        "p m p p p p w n p w",
        {"a": "Profiel en opleiding",
         "c": "Routeteam (leiding van de route)",
         "d": "Informatie en verantwoording aan de besturen",
         "e": "Personeel en faciliteiten",
         "f": "Overstap naar een ander traject",
         "i": "Geschillen"},
        style={"font": "Arial", "size": 10, "author": "Directie Polderhof College",
               "title": "Samenwerkingsovereenkomst route Mobiliteit - Autotechnicus"})
def s103():
    rows = [
        ["Art.", "Onderwerp", "Afspraak"],
        ["1", "Begrippen",
         "School: het Polderhof College, vmbo, locatie Emmeloord.\n"
         "ROC: ROC IJsselmeerpolders, locatie Emmeloord.\n"
         "Route: de doorlopende leerroute uit artikel 2.\n"
         "Vo-fase: leerjaar 1 en 2 van de route (leerjaar 3 en 4 vmbo); de deelnemer is leerling van "
         "de school.\n"
         "Mbo-fase: leerjaar 3 en 4 van de route; de deelnemer is student van het ROC."],
        ["2", "Profiel en opleiding",
         "De school en het ROC bieden samen een doorlopende leerroute aan vanaf leerjaar 3 van de "
         "basisberoepsgerichte leerweg, profiel Mobiliteit en transport, naar de mbo-opleiding "
         "Autotechnicus (niveau 2, BOL) in het opleidingsdomein Mobiliteit en voertuigen. De route "
         "duurt vier jaar en leidt tot het vmbo-diploma basisberoepsgerichte leerweg en het "
         "mbo-diploma Autotechnicus."],
        ["3", "Routeteam (leiding van de route)",
         "De route wordt geleid door het routeteam. Daarin zitten de teamleider bovenbouw "
         "basis/kader van de school, de opleidingsmanager Mobiliteit van het ROC en van elke partij "
         "één docent autotechniek.\n"
         "Het bestuur van de school en het college van bestuur van het ROC wijzen ieder hun eigen "
         "leden van het routeteam aan voor de duur van twee schooljaren.\n"
         "Het routeteam regelt het lesprogramma en het rooster, stelt het gezamenlijke PTA/OER op "
         "ter vaststelling door beide besturen, beslist over de toelating tot de route en geeft "
         "advies bij een overstap. Het routeteam beslist zelfstandig over de dagelijkse gang van "
         "zaken, maar niet over personeel, huisvesting of uitgaven buiten het routebudget; die "
         "beslissingen blijven bij de besturen."],
        ["4", "Informatie en verantwoording aan de besturen",
         "Het routeteam stuurt beide besturen twee keer per jaar, in februari en in september, een "
         "voortgangsnotitie met de aantallen leerlingen, de resultaten en de uitval. Elk jaar in "
         "oktober legt het routeteam in een evaluatiegesprek met beide bestuurders verantwoording af "
         "aan de hand van een schriftelijk jaarverslag."],
        ["5", "Onderwijs, locatie en examinering",
         "De vo-fase wordt gegeven in het gebouw van de school in Emmeloord. Eén dag per week hebben "
         "de leerlingen les in de autowerkplaats van het ROC aan de Kettingweg. De mbo-fase wordt "
         "gegeven door het ROC.\n"
         "Het onderwijsprogramma en de examinering zijn per leerjaar beschreven in het gezamenlijke "
         "PTA/OER. Het vmbo-examen wordt uiterlijk aan het eind van leerjaar 2 van de route "
         "afgenomen."],
        ["6", "Personeel en faciliteiten",
         "Docenten van de school en het ROC werken samen in één team. Het ROC zet in de vo-fase een "
         "docent autotechniek in voor zes lesuren per week. Voor het vak Mobiliteit en transport en de "
         "mbo-onderdelen in de vo-fase wordt de teambevoegdheid gebruikt. Iedere partij blijft "
         "werkgever van de eigen docenten.\n"
         "De leerlingen gebruiken de techniekhal van de school en de autowerkplaats van het ROC, "
         "inclusief de diagnoseapparatuur en de hefbruggen. Docenten van beide partijen mogen "
         "beide ruimtes gebruiken volgens het rooster dat het routeteam vaststelt."],
        ["7", "Overstap naar een ander traject",
         "Stopt een leerling in de vo-fase met de route, dan maakt hij het vmbo af in de gewone "
         "basisberoepsgerichte leerweg van de school, in hetzelfde of een ander profiel.\n"
         "Stopt een student in de mbo-fase, dan kan hij overstappen naar een andere opleiding op "
         "niveau 2 bij het ROC, zonder dat de vooropleidingseisen gelden. Wil hij naar een andere "
         "instelling, dan helpen de school en het ROC hem daarbij en geven zij een "
         "overdrachtsdossier mee.\n"
         "Heeft een leerling aan het eind van leerjaar 2 zijn vmbo-diploma niet, dan mag hij de "
         "mbo-opleiding toch vervolgen of het examen nog een keer doen.\n"
         "De school en het ROC besluiten samen over de overstap, na een gesprek met de leerling en "
         "zijn ouders, en kijken daarbij naar het bereikte niveau en de leeftijd van de leerling."],
        ["8", "Bekostiging",
         "Voor iedere leerling die in leerjaar 1 of 2 van de route staat ingeschreven, draagt de "
         "school per schooljaar € 900 over aan het ROC. De school betaalt in twee termijnen, op "
         "1 november en op 1 april."],
        ["9", "Medezeggenschap",
         "In de vo-fase geldt de Wet medezeggenschap op scholen en heeft de medezeggenschapsraad van "
         "de school de wettelijke bevoegdheden. In de mbo-fase gelden hoofdstuk 8a van de WEB en de "
         "Wet op de ondernemingsraden. Als daar behoefte aan blijkt, kunnen de partijen aanvullende "
         "afspraken maken."],
        ["10", "Geschillen",
         "Bij een verschil van mening over de uitvoering van deze overeenkomst praat eerst het "
         "routeteam. Lukt het daar niet, dan leggen de teamleider en de opleidingsmanager het binnen "
         "twee weken voor aan de beide bestuurders. Komen die er binnen een maand niet uit, dan "
         "schakelen zij een onafhankelijke mediator in. Als ook dat niets oplevert, beslist de "
         "bevoegde rechter van de Rechtbank Midden-Nederland."],
        ["11", "Duur, wijziging en opzegging",
         "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.\n"
         "Wijzigen kan alleen schriftelijk en als beide partijen het ermee eens zijn.\n"
         "Opzeggen kan alleen tegen 1 augustus, met een opzegtermijn van een jaar. Na een opzegging "
         "worden geen nieuwe leerlingen meer toegelaten; leerlingen die al in de route zitten, "
         "maken de route bij de school en het ROC af."],
        ["12", "Melding en ondertekening",
         "De school en het ROC melden de route samen aan bij DUO. Deze overeenkomst is in tweevoud "
         "getekend."],
    ]
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit en transport – "
                  "Autotechnicus"),
        ("p", "De ondergetekenden:"),
        ("li", "1. Stichting Voortgezet Onderwijs Noordoostpolder-Urk, bevoegd gezag van het Polderhof "
               "College te Emmeloord, vertegenwoordigd door de heer G.J. Brouwer, voorzitter van het "
               "bestuur;"),
        ("li", "2. Stichting Regionaal Opleidingencentrum IJsselmeerpolders, te Lelystad, "
               "vertegenwoordigd door mevrouw C. Zwart-Visser, voorzitter van het college van bestuur;"),
        ("p", "Overwegende dat:"),
        ("li", "- steeds minder jongeren in de Noordoostpolder voor een technische opleiding kiezen;"),
        ("li", "- het autobedrijf in de regio grote behoefte heeft aan goed opgeleide monteurs en de "
               "garagebedrijven in de Noordoostpolder nauw bij de route betrokken willen worden;"),
        ("li", "- een doorlopende route de overstap van vmbo naar mbo voor deze leerlingen makkelijker "
               "maakt;"),
        ("p", "komen het volgende overeen, vastgelegd in de onderstaande artikelentabel."),
        ("table", rows, [1.2, 3.6, 11.8]),
        ("p", "Emmeloord, 30 juni 2025"),
        ("sig", [("Stichting Voortgezet Onderwijs Noordoostpolder-Urk", "G.J. Brouwer",
                  "voorzitter bestuur"),
                 ("Stichting Regionaal Opleidingencentrum IJsselmeerpolders", "C. Zwart-Visser",
                  "voorzitter college van bestuur")]),
    ]


# ==============================================================================================
# 104 - short plain afsprakenkader for one route, school director, TXT, Hoeksche Waard,
#       Horeca, bakkerij en recreatie bb -> Kok 2.  Compliant; silent on medezeggenschap.
# ==============================================================================================

@sample(104, "104_afsprakenkader_kort", "txt",
        "Short plain-language 'afsprakenkader' for one route by a school director (we-form, short "
        "numbered noun headings underlined with '-'); TXT. Hoeksche Waard, Horeca, bakkerij en "
        "recreatie bb -> Kok 2. Fully compliant in plain words: duo-leiding 'wijzen ieder hun eigen "
        "duo-lid aan', yearly verslag before 1 October, 'Er gaat geen bekostiging ... over', "
        "bemiddelaar then rechter; nothing on medezeggenschap (not_applicable).",
        "p p p p p p p n p p",
        {"a": "1. De route",
         "b": "2. Bedrijven",
         "c": "3. Leiding",
         "d": "4. Verslag aan de besturen",
         "e": "5. Lessen, mensen en ruimtes",
         "f": "6. Als het niet lukt",
         "g": "7. Geld",
         "i": "8. Onenigheid",
         "j": "9. Erbij komen, veranderen, stoppen"})
def s104():
    return [
        ("title", "Afsprakenkader doorlopende leerroute Horeca Hoeksche Waard"),
        ("p", "Vmbo-basis Horeca, bakkerij en recreatie -> mbo Kok (niveau 2)"),
        ("p", "Dit afsprakenkader is de samenwerkingsovereenkomst voor deze ene route. We hebben het "
              "bewust kort gehouden. Wat hier staat, spreken we af; de uitwerking per les en toets "
              "staat in het gezamenlijke PTA/OER."),
        ("p", "Wie maken deze afspraken?"),
        ("li", "- Stichting Voortgezet Onderwijs Hoeksche Waard, bevoegd gezag van Het Waardcollege in "
               "Oud-Beijerland, hierna: de school. Namens de stichting tekent Marieke de Groot, "
               "directeur-bestuurder."),
        ("li", "- Stichting ROC Drechtwaard in Dordrecht, hierna: het ROC. Namens de stichting tekent "
               "Ahmed el Khatib, lid van het college van bestuur."),
        ("sp",),

        ("h1", "1. De route"),
        ("p", "Leerlingen van de basisberoepsgerichte leerweg met het profiel Horeca, bakkerij en "
              "recreatie kunnen vanaf leerjaar 3 kiezen voor de route naar de mbo-opleiding Kok "
              "(niveau 2, BOL) van het ROC, in het opleidingsdomein Horeca en bakkerij. De route duurt "
              "vier jaar. De leerling haalt het vmbo-diploma basis en het mbo-diploma Kok."),

        ("h1", "2. Bedrijven"),
        ("p", "Vijf horecabedrijven uit de Hoeksche Waard doen mee: Hotel-restaurant De Oude Haven "
              "(Oud-Beijerland), Brasserie 't Veer (Puttershoek), Restaurant Moerzicht (Strijen), "
              "Partycentrum Korendijk (Piershil) en Lunchroom Binnenmaas (Maasdam). Zij zorgen voor:"),
        ("li", "- een snuffelstage van twee weken voor iedere leerling in jaar 2;"),
        ("li", "- stageplaatsen (bpv) in jaar 3 en 4, bij bedrijven die door SBB erkend zijn;"),
        ("li", "- vier masterclasses per jaar door hun chef-koks;"),
        ("li", "- een chef die in juni samen met onze docenten de praktijkproef beoordeelt."),
        ("p", "Elk jaar in oktober zitten we met deze bedrijven om tafel over het lesprogramma."),

        ("h1", "3. Leiding"),
        ("p", "De route wordt geleid door een duo: de afdelingsleider basis/kader van de school en de "
              "teamleider Horeca van het ROC. De directeur-bestuurder van de school en het college van "
              "bestuur van het ROC wijzen ieder hun eigen duo-lid aan. Het duo regelt het programma, "
              "het rooster, de intake en de begeleiding van leerlingen die overstappen, en maakt het "
              "voorstel voor het PTA/OER. Het duo beslist zelf over het programma en over de inzet van "
              "docenten binnen de afgesproken uren. Wat over personeel gaat of meer kost dan het "
              "afgesproken budget, legt het duo voor aan de besturen."),

        ("h1", "4. Verslag aan de besturen"),
        ("p", "Het duo schrijft elk jaar vóór 1 oktober een kort verslag voor beide besturen: hoeveel "
              "leerlingen zijn begonnen, hoeveel zijn gestopt of overgestapt, hoeveel zijn geslaagd en "
              "wat beter moet. In maart praat het duo beide besturen in een gezamenlijk overleg bij "
              "over het lopende jaar."),

        ("h1", "5. Lessen, mensen en ruimtes"),
        ("p", "Jaar 1 en 2 zijn op de school in Oud-Beijerland, met twee middagen per week in het "
              "leerrestaurant van het ROC in Dordrecht. Jaar 3 en 4 zijn bij het ROC en in de "
              "stagebedrijven. Het programma en de examens staan per leerjaar in het PTA/OER."),
        ("p", "Twee kok-docenten van het ROC geven in jaar 1 en 2 samen met onze docenten de "
              "praktijklessen. Zij vormen één team; voor de praktijkvakken gebruiken we de "
              "teambevoegdheid. Iedereen blijft in dienst van zijn eigen werkgever."),
        ("p", "De school stelt haar praktijkkeuken en het schoolrestaurant beschikbaar, het ROC zijn "
              "leerrestaurant en het bakkerijlokaal."),

        ("h1", "6. Als het niet lukt"),
        ("p", "Stopt een leerling in jaar 1 of 2, dan gaat hij gewoon verder in vmbo-basis op school, "
              "als dat beter past in een ander profiel, en haalt hij daar zijn vmbo-diploma. Heeft een "
              "leerling aan het eind van jaar 3 nog geen vmbo-diploma, dan mag hij de opleiding Kok "
              "toch afmaken. Stopt een student in jaar 3 of 4, dan kan hij naar een andere opleiding "
              "op niveau 2 bij het ROC, binnen of buiten de horeca; daarvoor gelden bij het ROC geen "
              "vooropleidingseisen. Wil hij naar een andere mbo-school, dan helpen wij hem met de "
              "aanmelding en het geschiktheidsonderzoek."),
        ("p", "De school en het ROC beslissen hier samen over, na een gesprek met de leerling en zijn "
              "ouders. We kijken naar het niveau dat hij al heeft gehaald en naar zijn leeftijd. "
              "De Entree-opleiding komt alleen in beeld als een diploma op niveau 2 echt niet haalbaar "
              "is."),

        ("h1", "7. Geld"),
        ("p", "Er gaat geen bekostiging van de school naar het ROC of andersom. Iedere partij betaalt "
              "zijn eigen mensen en spullen."),

        ("h1", "8. Onenigheid"),
        ("p", "Zijn we het over de uitvoering van deze afspraken niet eens en komt het duo er niet uit, "
              "dan gaat het naar de twee bestuurders. Lukt het hen binnen zes weken niet, dan vragen "
              "zij samen een onafhankelijke mediator. Helpt ook dat niet, dan beslist de rechter."),

        ("h1", "9. Erbij komen, veranderen, stoppen"),
        ("p", "Dit afsprakenkader geldt vanaf 1 augustus 2025 en loopt door tot het wordt opgezegd."),
        ("p", "Een andere vmbo-school of een andere mbo-instelling kan meedoen als wij allebei "
              "schriftelijk ja zeggen en de nieuwe partij dit afsprakenkader ondertekent. Meedoen kan "
              "per 1 augustus."),
        ("p", "Veranderen kan alleen op papier, met de handtekening van beide besturen. Een verandering "
              "mag niet nadelig uitpakken voor leerlingen die al in de route zitten."),
        ("p", "Stoppen kan per 1 augustus, met een schriftelijke opzegging van minstens een jaar van "
              "tevoren. Na een opzegging nemen we geen nieuwe leerlingen meer aan. Leerlingen die al "
              "in de route zitten, maken hun route bij ons af."),
        ("sp",),
        ("p", "Oud-Beijerland, 30 juni 2025"),
        ("sig", [("Stichting Voortgezet Onderwijs Hoeksche Waard", "Marieke de Groot",
                  "directeur-bestuurder"),
                 ("Stichting ROC Drechtwaard", "Ahmed el Khatib", "lid college van bestuur")]),
    ]


# ==============================================================================================
# 105 - annexes carry part of the arrangements, lawyer, PDF, Oost-Achterhoek,
#       Economie en ondernemen kb -> Logistiek teamleider 3.  Compliant.
# ==============================================================================================

@sample(105, "105_bijlagen_integraal", "pdf",
        "Lawyer-drafted agreement whose main text declares four annexes an integral, binding part "
        "(Artikel 2 Bijlagen) and leaves leiding, verantwoording, inrichting, overstap and finances "
        "to those annexes; PDF. Oost-Achterhoek, Economie en ondernemen kb -> Logistiek teamleider 3. "
        "Fully compliant: c/d/e/f/g are met only in Bijlagen 1-4 (transfers both ways with "
        "bestemming), bedrijfsleven, medezeggenschap, NAI-arbitrage and duration in the main text.",
        "p p p p p p p p p p",
        {"a": "Artikel 3 Onderwerp en route",
         "b": "Artikel 5 Betrokkenheid van het bedrijfsleven",
         "c": "Bijlage 1 Reglement routeleiding",
         "d": "B1.3 Inlichtingen en verantwoording",
         "e": "Bijlage 2 Inrichting van de route",
         "f": "Bijlage 3 Overstapregeling",
         "g": "Bijlage 4 Financiële afspraken",
         "h": "Artikel 7 Medezeggenschap",
         "i": "Artikel 8 Geschillen",
         "j": "Artikel 9 Duur, toetreding, wijziging en beëindiging"},
        style={"font": "Helvetica", "size": 9.5, "justify": True,
               "title": "Overeenkomst doorlopende leerroute Logistiek Oost-Achterhoek",
               "author": "Hesselink & Ter Horst advocaten",
               "header": "Overeenkomst DLR Logistiek Oost-Achterhoek - definitieve versie 30-06-2025"})
def s105():
    return [
        ("title", "OVEREENKOMST INZAKE DE DOORLOPENDE LEERROUTE LOGISTIEK OOST-ACHTERHOEK"),
        ("bp", "PARTIJEN"),
        ("li", "1. Stichting Scholengroep Oost-Achterhoek, gevestigd te Winterswijk, bevoegd gezag van "
               "het Boschveld College, school voor vmbo, locatie Winterswijk, ten deze vertegenwoordigd "
               "door haar voorzitter college van bestuur, de heer drs. W.H. Nijhof, hierna: de School;"),
        ("li", "2. Stichting Regionaal Opleidingencentrum Achterhoek-Liemers, gevestigd te Doetinchem, "
               "bevoegd gezag van ROC Achterhoek-Liemers, ten deze vertegenwoordigd door haar "
               "voorzitter college van bestuur, mevrouw mr. J.A. Lensink-Roerdink, hierna: de "
               "Instelling;"),
        ("p", "hierna samen: Partijen;"),
        ("bp", "OVERWEGINGEN"),
        ("li", "(a) De logistieke sector in de Oost-Achterhoek biedt goede perspectieven voor jongeren "
               "met een beroepsgerichte vooropleiding."),
        ("li", "(b) Partijen willen een doorlopende leerroute vmbo-mbo verzorgen als bedoeld in artikel "
               "2.107a WVO 2020 en artikel 9.1.2 WEB en leggen de daarvoor vereiste afspraken vast in "
               "deze overeenkomst en de daarbij behorende bijlagen."),
        ("bp", "KOMEN OVEREEN ALS VOLGT"),

        ("h1", "Artikel 1 Definities"),
        ("p", "1.1 Route: de doorlopende leerroute, bedoeld in artikel 3. Deelnemer: de leerling of "
              "student die aan de Route deelneemt. Vo-fase: de eerste twee leerjaren van de Route. "
              "Mbo-fase: de leerjaren van de Route na de vo-fase. Routeleiding: de leiding, bedoeld in "
              "Bijlage 1."),

        ("h1", "Artikel 2 Bijlagen"),
        ("p", "2.1 De volgende bijlagen maken integraal onderdeel uit van deze overeenkomst en binden "
              "Partijen als waren zij in de hoofdtekst opgenomen:"),
        ("li", "Bijlage 1 – Reglement routeleiding (leiding, inlichtingen en verantwoording);"),
        ("li", "Bijlage 2 – Inrichting van de route (locaties, programma, personeel, faciliteiten);"),
        ("li", "Bijlage 3 – Overstapregeling;"),
        ("li", "Bijlage 4 – Financiële afspraken."),
        ("p", "2.2 In geval van strijdigheid tussen de hoofdtekst en een bijlage prevaleert de "
              "hoofdtekst. Een bijlage kan uitsluitend worden gewijzigd op de wijze die in artikel 9.3 "
              "voor wijziging van deze overeenkomst is bepaald."),

        ("h1", "Artikel 3 Onderwerp en route"),
        ("p", "3.1 Partijen verzorgen gezamenlijk een doorlopende leerroute vanaf het derde leerjaar "
              "van de kaderberoepsgerichte leerweg, profiel Economie en ondernemen, naar de "
              "vakopleiding Logistiek teamleider (niveau 3, beroepsopleidende leerweg) van de "
              "Instelling, kwalificatiedossier Logistiek, opleidingsdomein Transport, scheepvaart en "
              "logistiek."),
        ("p", "3.2 De Route leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het diploma "
              "Logistiek teamleider. Partijen melden de Route gezamenlijk aan de Minister via DUO."),

        ("h1", "Artikel 4 Leiding, inrichting en overstap"),
        ("p", "4.1 De vormgeving van de leiding over de Route, de taken en bevoegdheden daarvan en de "
              "wijze waarop zij inlichtingen verstrekt en verantwoording aflegt, zijn geregeld in "
              "Bijlage 1. De organisatorische en onderwijskundige inrichting is geregeld in Bijlage 2. "
              "De inhoud van de overstapoptie is geregeld in Bijlage 3."),

        ("h1", "Artikel 5 Betrokkenheid van het bedrijfsleven"),
        ("p", "5.1 Partijen betrekken het logistieke bedrijfsleven bij de Route via de Logistieke Kring "
              "Oost-Achterhoek, een samenwerkingsverband van verladers en vervoerders waarin onder "
              "meer Transportbedrijf Te Winkel B.V. (Winterswijk), Distributiecentrum Groenlo B.V. en "
              "Koel- en Vrieshuis Aalten B.V. deelnemen."),
        ("p", "5.2 De leden van de Logistieke Kring stellen voor iedere Deelnemer in de mbo-fase een "
              "bpv-plaats beschikbaar, leveren per onderwijsperiode een praktijkcase aan voor de "
              "vo-fase, verzorgen gastcolleges en nemen als tweede beoordelaar deel aan de "
              "praktijkexamens. Een delegatie van de Kring adviseert de Routeleiding jaarlijks in het "
              "voorjaar over het onderwijsprogramma."),

        ("h1", "Artikel 6 Financiën"),
        ("p", "6.1 De financiële afspraken tussen Partijen, waaronder de overdracht van bekostiging met "
              "toepassing van artikel 5.42a WVO 2020 en artikel 9.1.15 WEB, zijn neergelegd in "
              "Bijlage 4."),

        ("h1", "Artikel 7 Medezeggenschap"),
        ("p", "7.1 Partijen komen overeen dat voorgenomen wijzigingen van Bijlage 2 en Bijlage 3 "
              "vooraf ter advisering worden voorgelegd aan de medezeggenschapsraad van de School en de "
              "studentenraad van de Instelling."),
        ("p", "7.2 Een delegatie van beide raden voert ten minste eenmaal per schooljaar overleg met de "
              "Routeleiding over het functioneren van de Route. Deelnemers in de vo-fase zijn "
              "verkiesbaar voor en stemgerechtigd bij de verkiezing van de studentenraad van de "
              "Instelling, onverminderd hun rechten op grond van de Wet medezeggenschap op scholen."),

        ("h1", "Artikel 8 Geschillen"),
        ("p", "8.1 Een geschil over de uitvoering van deze overeenkomst wordt eerst voorgelegd aan het "
              "bestuurlijk overleg van Partijen. Is het geschil niet binnen dertig dagen na die "
              "voorlegging opgelost, dan wordt het beslecht door arbitrage overeenkomstig het "
              "Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat "
              "uit één arbiter; de plaats van arbitrage is Arnhem."),

        ("h1", "Artikel 9 Duur, toetreding, wijziging en beëindiging"),
        ("p", "9.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en is aangegaan voor "
              "onbepaalde tijd."),
        ("p", "9.2 Een andere school of instelling voor beroepsonderwijs kan als partij toetreden met "
              "voorafgaande schriftelijke toestemming van beide Partijen, door ondertekening van een "
              "akte van toetreding waarin zij deze overeenkomst met bijlagen aanvaardt. Toetreding "
              "heeft pas gevolgen voor de inrichting van de Route met ingang van het eerstvolgende "
              "schooljaar, zodat lopende cohorten niet worden geraakt."),
        ("p", "9.3 Wijziging van deze overeenkomst of een bijlage vindt uitsluitend plaats bij "
              "schriftelijke, door beide Partijen ondertekende akte. Een wijziging treedt in werking "
              "per 1 augustus en geldt niet ten nadele van Deelnemers die op dat moment al aan de "
              "Route deelnemen."),
        ("p", "9.4 Iedere Partij kan de overeenkomst opzeggen tegen het einde van een schooljaar met "
              "een opzegtermijn van twaalf maanden. Ontbinding wegens een toerekenbare tekortkoming is "
              "slechts mogelijk na schriftelijke ingebrekestelling."),
        ("p", "9.5 Na opzegging of ontbinding vindt geen instroom van nieuwe Deelnemers meer plaats. "
              "Partijen blijven gehouden de Route te verzorgen voor de Deelnemers die op de "
              "einddatum zijn ingeschreven, totdat zij de Route hebben afgerond of volgens Bijlage 3 "
              "zijn overgestapt."),

        ("h1", "Artikel 10 Slotbepalingen"),
        ("p", "10.1 Op deze overeenkomst is Nederlands recht van toepassing. Aldus overeengekomen en "
              "in tweevoud ondertekend te Winterswijk op 30 juni 2025."),
        ("sig", [("Stichting Scholengroep Oost-Achterhoek", "drs. W.H. Nijhof",
                  "voorzitter college van bestuur"),
                 ("Stichting ROC Achterhoek-Liemers", "mr. J.A. Lensink-Roerdink",
                  "voorzitter college van bestuur")]),
        ("pb",),

        ("h1", "Bijlage 1 Reglement routeleiding"),
        ("h2", "B1.1 Samenstelling en benoeming"),
        ("p", "De Routeleiding bestaat uit de teamleider vmbo Economie en ondernemen van de School, de "
              "opleidingsmanager Logistiek van de Instelling en een routecoördinator. De teamleider en "
              "de opleidingsmanager worden als lid van de Routeleiding benoemd door het college van "
              "bestuur van de Partij bij wie zij in dienst zijn; de routecoördinator wordt door beide "
              "colleges van bestuur gezamenlijk benoemd. De benoeming geldt voor vier jaar en is "
              "eenmaal verlengbaar."),
        ("h2", "B1.2 Taken en bevoegdheden"),
        ("p", "De colleges van bestuur dragen aan de Routeleiding op: het ontwerpen en bijhouden van het "
              "gezamenlijke PTA/OER; de plaatsing van Deelnemers; het rooster en de inzet van het "
              "docententeam binnen de door Partijen toegekende formatie; de contacten met de "
              "Logistieke Kring; de voorbereiding van overstapbesluiten (Bijlage 3). De Routeleiding "
              "besluit bij unanimiteit. Zij is niet bevoegd verplichtingen jegens derden aan te gaan "
              "of besluiten te nemen over de rechtspositie van personeel."),
        ("h2", "B1.3 Inlichtingen en verantwoording"),
        ("p", "De Routeleiding zendt beide colleges van bestuur per 1 februari en per 1 september een "
              "schriftelijke voortgangsrapportage en legt jaarlijks vóór 1 december verantwoording "
              "af in een verantwoordingsverslag over het afgelopen schooljaar (aantallen Deelnemers, "
              "uitval en overstappen, examenresultaten, besteding van de middelen uit Bijlage 4). "
              "Verzoeken om inlichtingen van een college van bestuur worden binnen tien werkdagen "
              "beantwoord."),

        ("h1", "Bijlage 2 Inrichting van de route"),
        ("h2", "B2.1 Locaties en programma"),
        ("p", "De vo-fase wordt verzorgd in het gebouw van de School te Winterswijk; één dag per week "
              "volgen Deelnemers praktijkonderwijs in de logistieke praktijkhal van de Instelling te "
              "Winterswijk. De mbo-fase wordt verzorgd door de Instelling en bij de leerbedrijven. Het "
              "onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn per leerjaar "
              "beschreven in het gezamenlijke PTA/OER. Het eindexamen vmbo wordt in het tweede "
              "leerjaar van de Route afgelegd."),
        ("h2", "B2.2 Personeel"),
        ("p", "Het onderwijs wordt verzorgd door één docententeam van docenten van beide Partijen. De "
              "Instelling stelt in de vo-fase 0,3 fte docent logistiek beschikbaar. Voor het "
              "programmaonderdeel “Logistiek in de praktijk” wordt gebruikgemaakt van de "
              "teambevoegdheid. Iedere Partij blijft werkgever van het eigen personeel en draagt zorg "
              "voor de professionalisering daarvan."),
        ("h2", "B2.3 Faciliteiten"),
        ("p", "De Instelling stelt haar logistieke praktijkhal, inclusief warehouse-managementsoftware "
              "en heftrucksimulator, ter beschikking; de School haar praktijklokaal Economie en "
              "ondernemen. Deelnemers en docenten van beide Partijen krijgen toegang tot de "
              "elektronische leeromgeving van de andere Partij."),

        ("h1", "Bijlage 3 Overstapregeling"),
        ("p", "B3.1 Een Deelnemer die de Route voortijdig verlaat, krijgt een alternatief dat leidt tot "
              "een vmbo-diploma of een mbo-diploma. Verlaat hij de Route in de vo-fase, dan rondt hij "
              "de kaderberoepsgerichte leerweg af bij de School, in het profiel Economie en "
              "ondernemen of een ander profiel. Verlaat hij de Route in de mbo-fase, dan kan hij "
              "overstappen naar een andere opleiding op niveau 3 van de Instelling, bijvoorbeeld "
              "Verkoopspecialist, of, als het niveau niet past, naar een opleiding op niveau 2 zoals "
              "Logistiek medewerker."),
        ("p", "B3.2 Bij overstap binnen de Instelling gelden geen vooropleidingseisen; bij een overstap "
              "naar een andere instelling verzorgen Partijen een warme overdracht en ondersteunen zij "
              "het geschiktheidsonderzoek. Een Deelnemer die het vmbo-diploma niet uiterlijk in het "
              "derde leerjaar van de Route behaalt, kan de opleiding bij de Instelling vervolgen."),
        ("p", "B3.3 Het besluit wordt gezamenlijk genomen door de teamleider van de School en de "
              "opleidingsmanager van de Instelling, op basis van het bereikte onderwijsniveau en de "
              "leeftijd van de Deelnemer, na een gesprek met de Deelnemer en zijn ouders."),

        ("h1", "Bijlage 4 Financiële afspraken"),
        ("p", "B4.1 De School draagt aan de Instelling per schooljaar € 750 over voor iedere Deelnemer "
              "die op 1 oktober in de vo-fase staat ingeschreven. Dit bedrag is bestemd voor de inzet "
              "van docenten van de Instelling in de vo-fase en voor het gebruik van de praktijkhal."),
        ("p", "B4.2 De Instelling draagt aan de School € 400 over voor iedere student in het derde "
              "leerjaar van de Route die op 1 oktober het vmbo-diploma nog niet heeft behaald. Dit "
              "bedrag is bestemd voor het herkansingsonderwijs en de afname van het eindexamen vmbo "
              "door de School."),
        ("p", "B4.3 Partijen factureren jaarlijks vóór 1 december; de besteding wordt verantwoord in het "
              "verantwoordingsverslag, bedoeld in B1.3."),
    ]


# ==============================================================================================
# 106 - interne regeling of an AOC, policy officer, MD, Kop van Overijssel,
#       Groen kb -> Vakbekwaam medewerker groene ruimte 3.
#       Defects: d intention only (weak), f imposes vooropleidingseisen within the AOC (weak).
# ==============================================================================================

@sample(106, "106_interne_regeling_aoc_groen", "md",
        "Interne regeling of an AOC (one bevoegd gezag with vmbo groen and mbo), drafted by a policy "
        "officer as a CvB-besluit ('gelet op', 'besluit vast te stellen') with '## Artikel N' "
        "headings; Markdown. Kop van Overijssel, Groen kb -> Vakbekwaam medewerker groene ruimte 3. "
        "h, i, j not required. Defects: informing the CvB is only an intention ('streeft ernaar', no "
        "form or frequency: weak); the overstap demands the vooropleidingseisen for another mbo "
        "opleiding of the same AOC (weak). Explicitly no transfer of bekostiging.",
        "p p p w p w p n n n",
        {"a": "Artikel 1 Reikwijdte en route",
         "b": "Artikel 2 Werkveld",
         "c": "Artikel 3 Leiding van de route",
         "e": "Artikel 5 Inrichting van het onderwijs",
         "g": "Artikel 7 Bekostiging"})
def s106():
    return [
        ("title", "Interne regeling doorlopende leerroute Groen – Groene ruimte"),
        ("p", "Besluit van het college van bestuur van Stichting AOC Weerribben-Wieden van 24 juni "
              "2025, kenmerk CvB/2025-031"),
        ("p", "Het college van bestuur van Stichting AOC Weerribben-Wieden,"),
        ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel "
              "9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;"),
        ("p", "overwegende dat de stichting bevoegd gezag is van zowel de vmbo-afdeling (AOC "
              "Weerribben-Wieden vmbo, Steenwijk) als de mbo-afdeling (AOC Weerribben-Wieden mbo, "
              "Vollenhove) en de doorlopende leerroute volledig binnen de eigen rechtspersoon wordt "
              "verzorgd, zodat in plaats van een samenwerkingsovereenkomst een interne regeling wordt "
              "vastgesteld;"),
        ("p", "besluit vast te stellen de volgende regeling."),

        ("h1", "Artikel 1 Reikwijdte en route"),
        ("p", "1. Deze regeling heeft betrekking op de doorlopende leerroute van de "
              "kaderberoepsgerichte leerweg, profiel Groen, van de vmbo-afdeling naar de opleiding "
              "Vakbekwaam medewerker groene ruimte (niveau 3, BOL) van de mbo-afdeling, "
              "kwalificatiedossier Groene ruimte, opleidingsdomein Voedsel, natuur en leefomgeving."),
        ("p", "2. De route begint in leerjaar 3 van de vmbo-afdeling, duurt vier jaar en leidt tot het "
              "diploma vmbo kaderberoepsgerichte leerweg en het mbo-diploma Vakbekwaam medewerker "
              "groene ruimte."),

        ("h1", "Artikel 2 Werkveld"),
        ("p", "1. Bij de invulling van de route worden hoveniers- en groenvoorzieningsbedrijven uit de "
              "Kop van Overijssel en de terreinbeheerders in Nationaal Park Weerribben-Wieden "
              "betrokken, waaronder Hoveniersbedrijf Lindeboom (Steenwijk) en Groenvoorziening "
              "Giethoorn B.V."),
        ("p", "2. Deze bedrijven leveren bpv-plaatsen voor de mbo-fase, praktijkopdrachten voor "
              "leerjaar 1 en 2, gastlessen en praktijkbeoordelaars voor de proeven van bekwaamheid. "
              "Een werkveldadviescommissie, bestaande uit vijf vertegenwoordigers van deze bedrijven, "
              "adviseert tweemaal per jaar over het programma."),

        ("h1", "Artikel 3 Leiding van de route"),
        ("p", "1. De leiding over de route berust bij een routeduo, bestaande uit de afdelingsleider "
              "bovenbouw van de vmbo-afdeling en de teamleider Groene ruimte van de mbo-afdeling."),
        ("p", "2. De leden van het routeduo worden door het college van bestuur voor onbepaalde tijd "
              "aangewezen; het college kan een aanwijzing intrekken."),
        ("p", "3. Het routeduo is belast met de samenhang van het programma over beide fasen, het "
              "opstellen van het gezamenlijke PTA/OER ter vaststelling door het college, de "
              "roostering, de toelating tot de route en de voorbereiding van overstapbesluiten. Het "
              "routeduo is gemandateerd tot het inzetten van docenten van beide afdelingen binnen de "
              "door het college vastgestelde formatie. Besluiten over personeel en huisvesting blijven "
              "bij het college."),

        ("h1", "Artikel 4 Informatie aan het college"),
        ("p", "Het routeduo streeft ernaar het college van bestuur goed op de hoogte te houden van de "
              "ontwikkelingen in de route en zal signalen die om een besluit van het college vragen, "
              "tijdig doorgeven."),

        ("h1", "Artikel 5 Inrichting van het onderwijs"),
        ("p", "1. Leerjaar 1 en 2 van de route worden verzorgd op de vmbo-locatie Steenwijk; leerjaar 3 "
              "en 4 op de mbo-locatie Vollenhove en in de beroepspraktijk. Vanaf leerjaar 2 volgen "
              "leerlingen één dag per week lessen op de mbo-locatie."),
        ("p", "2. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar zijn "
              "opgenomen in het gezamenlijke PTA/OER."),
        ("p", "3. Docenten van de vmbo-afdeling en de mbo-afdeling vormen één routeteam. Twee docenten "
              "groene ruimte van de mbo-afdeling verzorgen in leerjaar 1 en 2 samen acht lesuren per "
              "week; voor de praktijkvakken wordt de teambevoegdheid toegepast."),
        ("p", "4. De route maakt gebruik van het praktijkterrein en de kas van de vmbo-locatie en van de "
              "machineberging, het trekkerpark en de proeftuin van de mbo-locatie."),

        ("h1", "Artikel 6 Overstap"),
        ("p", "1. Een leerling die in leerjaar 1 of 2 de route verlaat, vervolgt de kaderberoepsgerichte "
              "leerweg in het profiel Groen van de vmbo-afdeling en sluit die af met het eindexamen."),
        ("p", "2. Een leerling of student die de route later verlaat, kan overstappen naar een andere "
              "opleiding van de mbo-afdeling, zoals Medewerker dierverzorging of Vakbekwaam "
              "medewerker teelt, mits hij voldoet aan de vooropleidingseisen van die opleiding. Zolang "
              "hij het vmbo-diploma niet heeft behaald, blijft hij ingeschreven bij de vmbo-afdeling "
              "en is toelating tot een andere mbo-opleiding van het AOC niet mogelijk."),
        ("p", "3. Over de overstap beslissen de leden van het routeduo gezamenlijk, na een gesprek met "
              "de leerling en zijn ouders, met inachtneming van het bereikte onderwijsniveau en de "
              "leeftijd van de leerling."),

        ("h1", "Artikel 7 Bekostiging"),
        ("p", "Er vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of "
              "artikel 9.1.15 WEB. De vo- en mbo-bekostiging komen beide toe aan de stichting; de kosten "
              "van de route worden via de interne begroting aan de vmbo- en de mbo-afdeling "
              "toegerekend."),

        ("h1", "Artikel 8 Slotbepalingen"),
        ("p", "1. Het college meldt de route aan bij DUO."),
        ("p", "2. Deze regeling treedt in werking op 1 augustus 2025 en kan worden aangehaald als "
              "Interne regeling DLR Groene ruimte."),
        ("p", "Vastgesteld door het college van bestuur op 24 juni 2025."),
        ("sig", [("Stichting AOC Weerribben-Wieden", "ir. T.J. Bakker-Kloosterman",
                  "voorzitter college van bestuur")]),
    ]


# ==============================================================================================
# 107 - geïntegreerde route vmbo-basis -> mbo 2, school director, PDF, Bommelerwaard,
#       Bouwen, wonen en interieur bb -> Timmerman 2.
#       Defects: f automatic Entree (weak), g nothing about finances (missing),
#       h placeholder (weak).
# ==============================================================================================

@sample(107, "107_geintegreerde_route_bouw", "pdf",
        "Agreement for a geïntegreerde route (no vmbo exam) written by a school director in plain "
        "'wij' style with 'Artikel N' headings; PDF. Bommelerwaard, Bouwen, wonen en interieur bb -> "
        "Timmerman 2. Defects: a pupil who stops 'stroomt door naar de Entree-opleiding' "
        "automatically (weak); not a word about finances or bekostiging (missing); medezeggenschap "
        "article is a bracketed placeholder (weak).",
        "p p p p p w m w p p",
        {"a": "Artikel 1 De geïntegreerde route",
         "b": "Artikel 2 Bouwbedrijven",
         "c": "Artikel 3 Leiding van de route",
         "d": "Artikel 4 Verslag en verantwoording",
         "e": "Artikel 5 Onderwijs en organisatie",
         "i": "Artikel 8 Geschillen",
         "j": "Artikel 9 Looptijd, nieuwe partners, wijziging en opzegging"},
        style={"font": "Helvetica", "size": 10,
               "title": "Samenwerkingsovereenkomst geintegreerde route Bouw Bommelerwaard",
               "author": "Directie vmbo Waalkade College"})
def s107():
    return [
        ("title", "Samenwerkingsovereenkomst geïntegreerde route Bouw Bommelerwaard"),
        ("sub", "vmbo basisberoepsgerichte leerweg – mbo Timmerman (niveau 2)"),
        ("p", "De ondergetekenden:"),
        ("li", "1. Stichting Voortgezet Onderwijs Bommelerwaard, bevoegd gezag van het Waalkade College "
               "te Zaltbommel, vertegenwoordigd door de heer J. van Zuilen, rector-bestuurder, hierna: "
               "de school;"),
        ("li", "2. Stichting ROC Rivierenland-West te Tiel, vertegenwoordigd door mevrouw drs. S. "
               "Kuijpers, lid van het college van bestuur, hierna: het ROC;"),
        ("p", "spreken het volgende af over de geïntegreerde route die zij samen verzorgen."),

        ("h1", "Artikel 1 De geïntegreerde route"),
        ("p", "1.1 Wij bieden leerlingen van de basisberoepsgerichte leerweg met het profiel Bouwen, "
              "wonen en interieur vanaf leerjaar 3 een geïntegreerde route aan naar de mbo-opleiding "
              "Timmerman (niveau 2, BOL) van het ROC, in het opleidingsdomein Bouw en infra. Dit is een "
              "geïntegreerde route als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB."),
        ("p", "1.2 In deze route doen de leerlingen geen vmbo-examen. Zij sluiten de route af met het "
              "mbo-diploma Timmerman. Een leerling wordt alleen tot de route toegelaten na een gesprek "
              "met de leerling en zijn ouders en na overleg met het ROC."),

        ("h1", "Artikel 2 Bouwbedrijven"),
        ("p", "2.1 De route wordt samen met de bouw in de Bommelerwaard vormgegeven. Bouwbedrijf Van "
              "Gent Zaltbommel B.V., Timmerfabriek De Bommel en Aannemersbedrijf Kerkdriel hebben "
              "toegezegd:"),
        ("li", "- leerlingen vanaf leerjaar 2 van de route één dag per week een leerplek op de "
               "bouwplaats of in de werkplaats te bieden (beroepspraktijkvorming);"),
        ("li", "- per schooljaar drie bouwplaatsbezoeken te organiseren voor leerjaar 1;"),
        ("li", "- hun praktijkopleiders te laten meebeoordelen bij de praktijkexamens;"),
        ("li", "- eenmaal per jaar, in januari, met het routeteam het programma door te spreken en "
               "advies te geven over wat er in de bouw verandert."),
        ("p", "2.2 Het ROC zorgt dat deze bedrijven door SBB zijn erkend als leerbedrijf."),

        ("h1", "Artikel 3 Leiding van de route"),
        ("p", "3.1 De route wordt geleid door het routeteam. Dat bestaat uit de teamleider Bouwen, wonen "
              "en interieur van de school, de opleidingsmanager Bouw van het ROC en een "
              "routecoördinator, die het dagelijkse werk doet."),
        ("p", "3.2 De teamleider wordt aangewezen door de rector-bestuurder, de opleidingsmanager door "
              "het college van bestuur van het ROC. De routecoördinator wordt door beide besturen samen "
              "benoemd."),
        ("p", "3.3 Het routeteam maakt het lesprogramma en de gezamenlijke onderwijs- en "
              "examenregeling, regelt het rooster en de inzet van de docenten, beslist over de "
              "toelating van leerlingen tot de route en houdt contact met de bouwbedrijven. Het "
              "routeteam mag over deze zaken zelf beslissen. Beslissingen over personeel en over "
              "gebouwen nemen de besturen zelf."),

        ("h1", "Artikel 4 Verslag en verantwoording"),
        ("p", "4.1 Het routeteam stuurt beide besturen elk kwartaal een korte rapportage met het aantal "
              "leerlingen, de voortgang en het verzuim. Elk jaar in september legt het routeteam in een "
              "jaarverslag verantwoording af over het afgelopen schooljaar; het jaarverslag wordt "
              "besproken in een gezamenlijk overleg van beide besturen."),

        ("h1", "Artikel 5 Onderwijs en organisatie"),
        ("p", "5.1 Leerjaar 1 en 2 van de route worden gegeven op het Waalkade College in Zaltbommel. "
              "Vanaf leerjaar 3 volgen de leerlingen het onderwijs op de Bouwcampus van het ROC in "
              "Zaltbommel en bij de leerbedrijven."),
        ("p", "5.2 Het programma en de examinering zijn per leerjaar beschreven in de gezamenlijke "
              "onderwijs- en examenregeling."),
        ("p", "5.3 Een timmerdocent van het ROC geeft twee dagen per week les op de school. Hij vormt "
              "samen met de docenten van de school één team; voor de praktijkvakken gebruiken wij de "
              "teambevoegdheid. Iedere docent blijft in dienst van zijn eigen werkgever."),
        ("p", "5.4 De houtwerkplaats van de school en de bouwhal van de Bouwcampus zijn voor beide "
              "partijen te gebruiken. Het routeteam maakt daarvoor elk jaar een rooster."),

        ("h1", "Artikel 6 Als een leerling stopt"),
        ("p", "6.1 Leerlingen die voortijdig stoppen met de geïntegreerde route, stromen door naar de "
              "Entree-opleiding van het ROC. Dat geldt ook voor leerlingen die het mbo-deel van de route "
              "niet halen. De school en het ROC regelen samen de inschrijving voor de Entree-opleiding."),

        ("h1", "Artikel 7 Medezeggenschap"),
        ("p", "[Aanvullende afspraken over medezeggenschap: invullen na overleg met de MR van de school "
              "en de studentenraad van het ROC]"),

        ("h1", "Artikel 8 Geschillen"),
        ("p", "8.1 Als wij het over de uitvoering van deze overeenkomst niet eens worden, bespreken wij "
              "dat eerst in het routeteam en daarna tussen de rector-bestuurder en het college van "
              "bestuur van het ROC."),
        ("p", "8.2 Komen de besturen er binnen twee maanden niet uit, dan wordt het geschil voorgelegd "
              "aan een geschillencommissie van drie personen. Ieder bestuur wijst één lid aan; die twee "
              "kiezen samen een onafhankelijke voorzitter. De uitspraak van de commissie is bindend."),

        ("h1", "Artikel 9 Looptijd, nieuwe partners, wijziging en opzegging"),
        ("p", "9.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "9.2 Een andere vmbo-school of mbo-instelling kan partij worden als beide partijen daar "
              "schriftelijk mee instemmen en de nieuwe partij deze overeenkomst mede ondertekent. Dat "
              "kan alleen met ingang van een nieuw schooljaar."),
        ("p", "9.3 Deze overeenkomst kan alleen schriftelijk en met instemming van beide besturen worden "
              "gewijzigd. Een wijziging geldt niet voor leerlingen die al in de route zitten als dat "
              "voor hen nadelig is."),
        ("p", "9.4 Iedere partij kan de overeenkomst schriftelijk opzeggen met ingang van 1 augustus, "
              "met een opzegtermijn van een jaar. Na de opzegging laten wij geen nieuwe leerlingen "
              "meer toe. Leerlingen die al in de route zitten, maken de route af."),
        ("sp",),
        ("p", "Zaltbommel, 30 juni 2025"),
        ("sig", [("Stichting Voortgezet Onderwijs Bommelerwaard", "J. van Zuilen", "rector-bestuurder"),
                 ("Stichting ROC Rivierenland-West", "drs. S. Kuijpers", "lid college van bestuur")]),
    ]


# ==============================================================================================
# 108 - the official format copied and filled in, partly; policy officer, DOCX, Delfland,
#       Media, vormgeving en ICT gl -> Expert IT systems and devices 4.
#       Defects: 4b faciliteiten left as dotted lines (e weak), 8 Geschilbeslechting only
#       repeats the statute (i weak). Item 7 kept the format's text (h not_applicable).
# ==============================================================================================

@sample(108, "108_format_deels_ingevuld", "docx",
        "The bouwsteen's format copied into Word by a policy officer, keeping its headings, lead-in "
        "sentences and '[Bevoegd gezag ...]' captions, and filled in below them; DOCX. Delfland, "
        "Media, vormgeving en ICT gl -> Expert IT systems and devices 4. Defects: 4b faciliteiten "
        "left with the format's dotted lines (e weak); 8 Geschilbeslechting only repeats the "
        "statutory phrase (i weak). Item 7 keeps the format's description of the law "
        "(not_applicable). Explicitly no transfer of bekostiging; toetreding and beëindiging filled in.",
        "p p p p w p p n w p",
        {"a": "1. De betreffende doorlopende leerroute vmbo-mbo",
         "b": "2. Betrokkenheid bedrijfsleven",
         "c": "3. Inzet leiding en verantwoording",
         "d": "b. Het verstrekken van inlichtingen en afleggen van verantwoording",
         "f": "5. Overstapoptie",
         "g": "6. Financiën",
         "j": "10. Beëindiging overeenkomst"},
        style={"font": "Calibri", "size": 10.5, "author": "Beleidsmedewerker Kwaliteit & Beleid",
               "title": "Samenwerkingsovereenkomst DLR MVI - Expert IT systems and devices"})
def s108():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("sub", "Media, vormgeving en ICT – Expert IT systems and devices (niveau 4)"),
        ("p", "Stichting Christelijk Voortgezet Onderwijs Delfland, gevestigd te Delft, bevoegd gezag "
              "van het Hof van Delfland College (vmbo), vertegenwoordigd door mevrouw drs. I.C. "
              "Hoogendoorn, voorzitter college van bestuur"),
        ("p", "[Bevoegd gezag van de school]"),
        ("p", "en"),
        ("p", "Stichting Regionaal Opleidingencentrum Haaglanden-Delft, gevestigd te Delft, "
              "vertegenwoordigd door de heer M. Rijsdijk MBA, voorzitter college van bestuur"),
        ("p", "[Bevoegd gezag van de instelling voor beroepsonderwijs]"),
        ("p", "verklaren te zijn overeengekomen:"),

        ("h1", "Doel en wijze van samenwerking"),
        ("li", "1. Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende "
               "leerroute vmbo-mbo, dan wel een geïntegreerd onderwijsprogramma verzorgd door "
               "ondergetekenden."),
        ("li", "2. Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute."),
        ("li", "3. Ondergetekenden beschrijven voor de gehele doorlopende leerroute vmbo-mbo het "
               "onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per "
               "leerjaar en voeren dit in gezamenlijkheid uit."),
        ("li", "4. Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij een gezamenlijke "
               "doorlopende leerroute vmbo-mbo aanbieden."),

        ("h1", "Afspraken"),
        ("h2", "1. De betreffende doorlopende leerroute vmbo-mbo"),
        ("p", "Het volgende onderwijsprogramma wordt in deze doorlopende leerroute vmbo-mbo aangeboden:"),
        ("p", "Vmbo gemengde leerweg, profiel Media, vormgeving en ICT (leerjaar 3 en 4 vmbo), "
              "doorlopend naar de middenkaderopleiding Expert IT systems and devices (niveau 4, BOL), "
              "kwalificatiedossier ICT systems and devices, opleidingsdomein ICT en creatieve "
              "industrie, van ROC Haaglanden-Delft. De route duurt vijf jaar en leidt tot het "
              "vmbo-diploma gemengde leerweg en het mbo-diploma Expert IT systems and devices."),

        ("h2", "2. Betrokkenheid bedrijfsleven"),
        ("p", "Het bedrijfsleven is/wordt als volgt betrokken bij de invulling van dit "
              "onderwijsprogramma:"),
        ("p", "Via het ICT-netwerk Delfland, waarin onder andere Westland Datacenter B.V., Delftse "
              "Systeembeheer Groep en Aquanet Services B.V. deelnemen. "
              "Deze bedrijven leveren per onderwijsperiode een praktijkopdracht (challenge) voor "
              "leerjaar 1 en 2, verzorgen gastlessen, bieden bpv-plaatsen in de mbo-fase en leveren "
              "beoordelaars voor de examens in de beroepspraktijk. Tweemaal per jaar is er een "
              "klankbordoverleg met het netwerk over de inhoud van het programma."),

        ("h2", "3. Inzet leiding en verantwoording"),
        ("p", "a. De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet van:"),
        ("p", "Een stuurgroep, bestaande uit de directeur vmbo van het Hof van Delfland College en de "
              "opleidingsmanager ICT van het ROC, ondersteund door een routecoördinator. De leden van "
              "de stuurgroep worden benoemd door hun eigen bevoegd gezag; de routecoördinator wordt "
              "door beide besturen gezamenlijk benoemd. De stuurgroep is verantwoordelijk voor het "
              "voorstel voor het gezamenlijke PTA/OER, het rooster, de inzet van docenten en de "
              "toelating tot de route, en is daartoe gemandateerd binnen de jaarlijks door beide "
              "besturen vastgestelde routebegroting. Besluiten over personeel blijven bij de besturen."),
        ("p", "b. Het verstrekken van inlichtingen en afleggen van verantwoording door deze leiding aan "
              "ondergetekenden wordt als volgt georganiseerd:"),
        ("p", "De stuurgroep stuurt beide besturen in januari en juli een voortgangsrapportage en "
              "vóór 1 november een jaarverslag over het afgelopen schooljaar. Het jaarverslag wordt "
              "besproken in het bestuurlijk overleg in november."),

        ("h2", "4. Organisatorische en onderwijskundige inrichting"),
        ("p", "a. De betreffende doorlopende leerroute wordt aangeboden op volgende locatie(s):"),
        ("p", "Hof van Delfland College, Delft (leerjaar 1 en 2 van de route); ROC "
              "Haaglanden-Delft, ICT-campus Delft (leerjaar 3 tot en met 5)."),
        ("p", "b. Er zijn afspraken gemaakt over het gebruik van verschillende faciliteiten zoals:"),
        ("dots", 2),
        ("p", "c. De inzet van personeel is als volgt georganiseerd:"),
        ("p", "Docenten van beide partijen vormen één routeteam. Het ROC zet in de vo-fase een docent "
              "ICT in voor vier lesuren per week; voor de vakoverstijgende onderdelen wordt de "
              "teambevoegdheid toegepast. Iedere partij blijft werkgever van het eigen personeel."),

        ("h2", "5. Overstapoptie"),
        ("p", "Deelnemers die deze doorlopende leerroute niet met succes afronden worden door "
              "ondergetekenden in staat gesteld om:"),
        ("li", "- bij beëindiging in leerjaar 1 of 2: het vmbo-diploma te behalen in de gemengde of "
               "kaderberoepsgerichte leerweg van het Hof van Delfland College;"),
        ("li", "- als het vmbo-diploma aan het eind van leerjaar 3 niet is behaald: de mbo-opleiding "
               "bij het ROC zonder vmbo-diploma te vervolgen of het vmbo-examen opnieuw af te leggen;"),
        ("li", "- als niveau 4 te hoog blijkt: over te stappen naar de opleiding Allround medewerker IT "
               "systems and devices (niveau 3) van het ROC, zonder toepassing van vooropleidingseisen;"),
        ("li", "- bij een andere studiekeuze: een andere opleiding van het ROC te volgen of, na een "
               "geschiktheidsonderzoek, van een andere instelling in de regio."),
        ("p", "De school en het ROC maken de keuze gezamenlijk, op basis van het bereikte "
              "onderwijsniveau en de leeftijd van de deelnemer, na overleg met de deelnemer en diens "
              "ouders."),

        ("h2", "6. Financiën"),
        ("p", "Ondergetekenden dragen geen bekostiging aan elkaar over. Iedere partij draagt de kosten "
              "van het eigen personeel en de eigen voorzieningen; er is daarom geen financiële "
              "overeenkomst als bijlage toegevoegd."),

        ("h2", "7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime (optioneel)"),
        ("p", "Voor de doorlopende leerroutes geldt de WMS voor leerlingen die ingeschreven staan op het "
              "vmbo en hun ouders (de eerste 2 jaar van de doorlopende leerroute) en leraren die in "
              "dienst zijn van de vmbo-school. De WEB en WOR gelden voor studenten die ingeschreven "
              "staan op het mbo en hun ouders (na de eerste 2 jaar van de route) en docenten die in "
              "dienst zijn van de mbo-school. Indien gewenst kunnen er voor een doorlopende leerroute "
              "aanvullende afspraken worden gemaakt op het toepasselijke medezeggenschapsregime, dit "
              "kunnen alleen aanvullingen zijn op het geldende regime."),

        ("h2", "8. Geschilbeslechting"),
        ("p", "De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de "
              "overeenkomst."),

        ("h2", "9. Betrokkenheid andere partijen"),
        ("p", "Een andere vmbo-school of mbo-instelling kan partij worden bij deze overeenkomst als "
              "beide ondergetekenden daar schriftelijk mee instemmen en de nieuwe partij alle "
              "afspraken aanvaardt door deze overeenkomst mede te ondertekenen. Toetreding gaat in per "
              "1 augustus, zodat lopende leerjaren ongewijzigd doorlopen; de nieuwe partij meldt de "
              "route voor haar deel bij DUO."),

        ("h2", "10. Beëindiging overeenkomst"),
        ("p", "Deze overeenkomst geldt voor onbepaalde tijd vanaf 1 augustus 2025. Iedere partij kan "
              "haar schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van twaalf maanden. "
              "Bij een ernstige tekortkoming kan een partij de overeenkomst na schriftelijke "
              "ingebrekestelling ontbinden. Wijziging gebeurt alleen schriftelijk, met instemming "
              "van beide besturen, en niet ten nadele van deelnemers die al in de route zitten. Na "
              "opzegging of ontbinding is er geen nieuwe instroom; ingeschreven leerlingen en studenten "
              "ronden de route af bij ondergetekenden."),

        ("p", "Delft, 30 juni 2025"),
        ("sig", [("Stichting Christelijk Voortgezet Onderwijs Delfland", "drs. I.C. Hoogendoorn",
                  "voorzitter college van bestuur"),
                 ("Stichting ROC Haaglanden-Delft", "M. Rijsdijk MBA",
                  "voorzitter college van bestuur")]),
    ]


# ==============================================================================================

def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
