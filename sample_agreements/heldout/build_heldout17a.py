#!/usr/bin/env python3
"""Build held-out sample agreements h249-h256 for leerroute-check.

Written by an independent helper session acting as author of labelled test data. The texts were
composed from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie, in /work/shared/seeds), /work/shared/domain.md and sample_agreements/LABELS.md only,
without looking at checker code, models, tests or the texts of any other sample. All schools,
instellingen, companies and people are made up.

Usage:
    python3 build_heldout17a.py            build all
    python3 build_heldout17a.py 249 253    build only those numbers
    python3 build_heldout17a.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)

AGREEMENTS = {}


def agreement(num, name, fmt, description, statuses, evidence, blocks):
    assert name.startswith("h%d_" % num)
    assert fmt in ("pdf", "docx", "txt", "md")
    assert set(statuses) == set("abcdefghij")
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    AGREEMENTS[num] = dict(name=name, fmt=fmt, description=description,
                           statuses=statuses, evidence=evidence, blocks=blocks)


def expected_json(a):
    return {
        "description": a["description"],
        "split": "heldout",
        "statuses": {k: a["statuses"][k] for k in "abcdefghij"},
        "evidence": a["evidence"],
    }


# ---------------------------------------------------------------------------------------------
# Block model: list of tuples
#   ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text) ("small", text)
#   ("bullets", [text, ...]) ("numbered", [text, ...]) ("table", [[cell, ...], ...])  first row = header
#   ("sig", [[left, right], ...]) signature lines, ("pagebreak",)
# ---------------------------------------------------------------------------------------------

def render_txt(blocks, md=False):
    out = []
    wrap = lambda t, ind="": textwrap.fill(t, width=98, break_on_hyphens=False, break_long_words=False,
                                          initial_indent=ind, subsequent_indent=" " * len(ind))
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(("# " + b[1]) if md else b[1].upper())
            if not md:
                out[-1] += "\n" + "=" * min(len(b[1]), 98)
        elif kind == "subtitle":
            out.append(("*" + b[1] + "*") if md else b[1])
        elif kind == "h1":
            if md:
                out.append("## " + b[1])
            else:
                out.append(b[1] + "\n" + "-" * min(len(b[1]), 98))
        elif kind == "h2":
            out.append(("### " + b[1]) if md else b[1])
        elif kind in ("p", "small"):
            out.append("\n".join(wrap(line) for line in b[1].split("\n")))
        elif kind == "bullets":
            out.append("\n".join(wrap(t, "- ") for t in b[1]))
        elif kind == "numbered":
            out.append("\n".join(wrap(t, "%d. " % (i + 1)) for i, t in enumerate(b[1])))
        elif kind == "table":
            rows = b[1]
            if md:
                lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join("---" for _ in rows[0]) + "|"]
                lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
                out.append("\n".join(lines))
            else:
                lines = []
                for r in rows:
                    lines.append(" | ".join(r))
                out.append("\n".join(lines))
        elif kind == "sig":
            lines = []
            for left, right in b[1]:
                lines.append("%-48s %s" % (left, right))
            out.append("\n".join(lines))
        elif kind == "pagebreak":
            continue
        else:
            raise ValueError(kind)
    return ("\n\n".join(out) + "\n").encode("utf-8")


def render_pdf(blocks, header=None):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, ListFlowable, ListItem)
    from xml.sax.saxutils import escape

    ss = getSampleStyleSheet()
    st = {
        "title": ParagraphStyle("t", parent=ss["Title"], fontSize=15, leading=19, spaceAfter=6),
        "subtitle": ParagraphStyle("st", parent=ss["Normal"], alignment=TA_CENTER, fontSize=10,
                                   leading=13, spaceAfter=10, fontName="Helvetica-Oblique"),
        "h1": ParagraphStyle("h1", parent=ss["Normal"], fontName="Helvetica-Bold", fontSize=11.5,
                             leading=15, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=ss["Normal"], fontName="Helvetica-BoldOblique", fontSize=10,
                             leading=13, spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", parent=ss["Normal"], fontSize=10, leading=13.5, spaceAfter=5),
        "small": ParagraphStyle("s", parent=ss["Normal"], fontSize=8.5, leading=11, spaceAfter=4),
        "cell": ParagraphStyle("c", parent=ss["Normal"], fontSize=9, leading=11.5),
        "cellb": ParagraphStyle("cb", parent=ss["Normal"], fontSize=9, leading=11.5,
                                fontName="Helvetica-Bold"),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "subtitle", "h1", "h2", "p", "small"):
            story.append(Paragraph(escape(b[1]).replace("\n", "<br/>"), st[kind]))
        elif kind in ("bullets", "numbered"):
            items = [ListItem(Paragraph(escape(t), st["p"]), leftIndent=14) for t in b[1]]
            if kind == "bullets":
                story.append(ListFlowable(items, bulletType="bullet", start="-", leftIndent=14))
            else:
                story.append(ListFlowable(items, bulletType="1", leftIndent=16))
        elif kind == "table":
            rows = b[1]
            ncol = len(rows[0])
            width = 17.0 * cm
            widths = b[2] if len(b) > 2 else [width / ncol] * ncol
            data = [[Paragraph(escape(c), st["cellb" if i == 0 else "cell"]) for c in r]
                    for i, r in enumerate(rows)]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            data = [[Paragraph(escape(l), st["p"]), Paragraph(escape(r), st["p"])] for l, r in b[1]]
            t = Table(data, colWidths=[8.5 * cm, 8.5 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 10))
            story.append(t)
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(kind)

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if header:
            canvas.drawString(2 * cm, A4[1] - 1.2 * cm, header)
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                            title="", author="", subject="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def render_docx(blocks, header=None):
    import datetime
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "subtitle":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8.5)
        elif kind == "bullets":
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "numbered":
            for t in b[1]:
                d.add_paragraph(t, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = c
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif kind == "sig":
            t = d.add_table(rows=len(b[1]), cols=2)
            for i, (l, r) in enumerate(b[1]):
                t.cell(i, 0).text = l
                t.cell(i, 1).text = r
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps and a fixed order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build(num):
    a = AGREEMENTS[num]
    path = os.path.join(HERE, a["name"] + "." + a["fmt"])
    header = a.get("header")
    if a["fmt"] == "pdf":
        data = render_pdf(a["blocks"], header)
    elif a["fmt"] == "docx":
        data = render_docx(a["blocks"], header)
    elif a["fmt"] == "md":
        data = render_txt(a["blocks"], md=True)
    else:
        data = render_txt(a["blocks"])
    with open(path, "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, a["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected_json(a), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path), len(data), "bytes")


def extract_text(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            page = pdf[i]
            parts.append(page.get_textpage().get_text_range())
        pdf.close()
        return "\n".join(parts)
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            z.testzip()
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def check():
    ok = True
    for num in sorted(AGREEMENTS):
        a = AGREEMENTS[num]
        path = os.path.join(HERE, a["name"] + "." + a["fmt"])
        problems = []
        if not os.path.exists(path):
            problems.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d" % size)
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa: BLE001
                problems.append("does not open: %r" % e)
                text = ""
            for k, ev in a["evidence"].items():
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (k, ev))
            if len(text) < 800:
                problems.append("text too short (%d chars)" % len(text))
        jpath = os.path.join(HERE, a["name"] + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != expected_json(a):
                    problems.append("expected.json differs from table")
        except Exception as e:  # noqa: BLE001
            problems.append("expected.json unreadable: %r" % e)
        print("%s %-70s %s" % ("OK  " if not problems else "FAIL", a["name"], "; ".join(problems)))
        ok = ok and not problems
    print("ALL OK" if ok else "CHECK FAILED")
    return ok


def S(**kw):
    """statuses helper: default present."""
    d = {k: "present" for k in "abcdefghij"}
    d.update(kw)
    return d


# =============================================================================================
# h249 - convenant drawn up by a regional education office, PDF
# =============================================================================================
agreement(
    249, "h249_convenant_onderwijsbureau_noordoostpolder_teelt", "pdf",
    "Convenant opgesteld door een regionaal onderwijsbureau (secretariaat, geen partij), PDF met "
    "artikelen en lopende kopregel; Noordoostpolder, Groen kb -> mbo-3 Vakbekwaam medewerker teelt; "
    "geschillen alleen in onderling overleg; slotartikel regelt looptijd, wijziging en opzegging met "
    "cohortbescherming maar niets over toetreding",
    S(i="weak", j="weak"),
    {"a": "Artikel 2 Welke route het betreft",
     "b": "Artikel 5 Ondernemers aan tafel",
     "c": "Artikel 3 De routeleiding",
     "d": "Artikel 4 Hoe de routeleiding rapporteert",
     "e": "Artikel 6 Onderwijs, mensen en middelen",
     "f": "Artikel 7 Als de route niet (meer) past",
     "g": "Artikel 8 Geldstromen",
     "h": "Artikel 9 Stem van leerlingen, ouders en personeel"},
    [
        ("title", "Convenant Doorlopende Leerroute Groen Noordoostpolder"),
        ("subtitle", "vmbo kader Groen - mbo niveau 3 Teelt | versie ter ondertekening, 14 mei 2025 | "
                     "opgesteld door het Regionaal Onderwijsbureau Noordoostpolder"),
        ("small", "Het Regionaal Onderwijsbureau Noordoostpolder voert het secretariaat van het "
                  "Platform Beroepsonderwijs Noordoostpolder. Het bureau heeft dit convenant in opdracht "
                  "van de convenantpartners opgesteld, maar is zelf geen partij bij het convenant en "
                  "draagt geen verantwoordelijkheid voor de uitvoering."),
        ("h1", "Convenantpartners"),
        ("p", "1. Stichting Openbaar Voortgezet Onderwijs Noordoostpolder, bevoegd gezag van het "
              "Zuiderzee Vakcollege te Emmeloord, vertegenwoordigd door mevrouw drs. H.A. Bosma, "
              "bestuurder, hierna: de school;"),
        ("p", "2. Stichting Agrarisch Opleidingscentrum Polderland, bevoegd gezag van AOC Polderland, "
              "gevestigd te Emmeloord, vertegenwoordigd door de heer ing. R.J. Dekker, voorzitter van het "
              "college van bestuur, hierna: het AOC."),
        ("h1", "Aanleiding"),
        ("p", "De akkerbouw- en vollegrondsgroentebedrijven in de Noordoostpolder zoeken vakmensen die "
              "zowel met de hand als met data kunnen werken. Leerlingen die in het tweede leerjaar van het "
              "Zuiderzee Vakcollege voor Groen kiezen, maken nu nog een knip tussen vmbo en mbo: ander "
              "gebouw, andere docenten, herhaling van stof. Met dit convenant bieden de convenantpartners "
              "vanaf het schooljaar 2025-2026 een doorlopende leerroute aan, zoals bedoeld in artikel "
              "2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en "
              "beroepsonderwijs. Dit convenant geldt als samenwerkingsovereenkomst in de zin van artikel "
              "2.107b WVO 2020."),
        ("h1", "Artikel 1 Begrippen"),
        ("p", "In dit convenant wordt verstaan onder: route: de doorlopende leerroute uit artikel 2; "
              "routeleerling: een leerling of student die aan de route deelneemt; routejaar 1 en 2: het "
              "derde en vierde leerjaar vmbo; routejaar 3 en 4: het eerste en tweede leerjaar van de "
              "mbo-opleiding; PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de "
              "onderwijs- en examenregeling van de route."),
        ("h1", "Artikel 2 Welke route het betreft"),
        ("p", "2.1 De route verbindt het profiel Groen van de kaderberoepsgerichte leerweg van het "
              "Zuiderzee Vakcollege met de mbo-opleiding Vakbekwaam medewerker teelt (niveau 3, "
              "kwalificatiedossier Teelt, opleidingsdomein Voedsel, natuur en leefomgeving) van AOC "
              "Polderland, in de beroepsopleidende leerweg."),
        ("p", "2.2 Binnen de opleiding kiezen routeleerlingen in routejaar 3 de uitstroom akkerbouw en "
              "vollegrondsgroenteteelt. Het keuzedeel Precisielandbouw is voor alle routeleerlingen "
              "verplicht."),
        ("p", "2.3 De route duurt vier jaar en leidt tot het vmbo-diploma kaderberoepsgerichte leerweg "
              "(uiterlijk aan het eind van routejaar 3) en het mbo-diploma niveau 3."),
        ("h1", "Artikel 3 De routeleiding"),
        ("p", "3.1 De dagelijkse leiding over de route berust bij een routeteam van drie personen: de "
              "teamleider bovenbouw Groen van het Zuiderzee Vakcollege, de opleidingsmanager Teelt van AOC "
              "Polderland en een routecoördinator."),
        ("p", "3.2 De teamleider en de opleidingsmanager nemen zitting op grond van hun functie en worden "
              "door hun eigen bestuurder als lid van het routeteam aangewezen. De routecoördinator wordt "
              "door de twee bestuurders gezamenlijk benoemd voor een periode van twee schooljaren, op "
              "voordracht van de teamleider en de opleidingsmanager; herbenoeming is mogelijk. Een "
              "benoeming wordt schriftelijk vastgelegd."),
        ("p", "3.3 De besturen dragen aan het routeteam op: het opstellen en jaarlijks bijstellen van het "
              "PTA/OER van de route; het vaststellen van het rooster en de verdeling van de lesuren over "
              "beide locaties; de toelating van leerlingen tot de route aan het eind van het tweede "
              "leerjaar; het onderhouden van de contacten met de leerbedrijven; en het besteden van het "
              "routebudget dat de besturen jaarlijks in hun begrotingen opnemen."),
        ("p", "3.4 Het routeteam beslist zelfstandig binnen het vastgestelde PTA/OER en het routebudget. "
              "Besluiten over personeel, huisvesting, de examencommissie en uitgaven boven het routebudget "
              "blijven bij de besturen."),
        ("h1", "Artikel 4 Hoe de routeleiding rapporteert"),
        ("p", "4.1 De routecoördinator zendt namens het routeteam twee keer per jaar, vóór 1 februari en "
              "vóór 1 juli, een voortgangsnotitie aan beide bestuurders. Daarin staan ten minste het aantal "
              "routeleerlingen per routejaar, de in-, door- en uitstroom, de examenresultaten en de stand "
              "van het routebudget."),
        ("p", "4.2 Jaarlijks vóór 1 oktober legt het routeteam in een jaarverslag verantwoording af over "
              "het afgelopen schooljaar. Het jaarverslag wordt besproken in een bestuurlijk overleg van de "
              "beide bestuurders met het routeteam, dat in oktober of november plaatsvindt."),
        ("p", "4.3 Signaleert het routeteam tussentijds dat de kwaliteit of de continuïteit van de route in "
              "gevaar komt, dan meldt het dat direct aan beide bestuurders."),
        ("h1", "Artikel 5 Ondernemers aan tafel"),
        ("p", "5.1 De afdeling Noordoostpolder van LTO Noord en ten minste acht akkerbouw- en "
              "vollegrondsgroentebedrijven uit de polder, erkend als leerbedrijf door SBB, zijn bij de "
              "route betrokken. Zij leveren vanaf routejaar 2 snuffel- en stageplaatsen en vanaf routejaar 3 "
              "bpv-plaatsen in de zaai-, verzorgings- en oogstperiode."),
        ("p", "5.2 Deelnemende bedrijven leveren per schooljaar ten minste vier praktijkopdrachten aan "
              "(bijvoorbeeld bodemmonsters, gewasregistratie, het afstellen van een zaaimachine) en "
              "beoordelen de uitvoering daarvan samen met de docent."),
        ("p", "5.3 Het routeteam richt een veldadviesraad in van vier ondernemers en een adviseur van LTO "
              "Noord. De veldadviesraad komt twee keer per jaar bijeen en adviseert over de inhoud van het "
              "PTA/OER en de keuze van keuzedelen. Een ondernemer uit de veldadviesraad is tweede "
              "beoordelaar bij de proeve van bekwaamheid in routejaar 4."),
        ("h1", "Artikel 6 Onderwijs, mensen en middelen"),
        ("p", "6.1 Routejaar 1 en 2 worden verzorgd in het gebouw van het Zuiderzee Vakcollege aan de "
              "Espelerlaan; routejaar 3 en 4 op de locatie van AOC Polderland aan de Kamperweg. Het "
              "onderwijsprogramma, de examinering en de beroepspraktijkvorming per routejaar zijn "
              "vastgelegd in het PTA/OER, dat als bijlage 1 bij dit convenant is gevoegd."),
        ("p", "6.2 Vanaf routejaar 1 krijgen routeleerlingen één dagdeel per week praktijkonderwijs in de "
              "kassen, op de proefvelden en in de werktuigenloods van AOC Polderland. De school stelt haar "
              "practicumlokaal biologie en haar computerlokaal open voor de lessen precisielandbouw die "
              "AOC-docenten in routejaar 2 op de school verzorgen. Het gebruik is over en weer kosteloos; "
              "elke partij blijft eigenaar en beheerder van haar eigen ruimten en materieel."),
        ("p", "6.3 De route wordt gegeven door één docententeam, waarin ten minste twee docenten van de "
              "school en drie docenten van AOC Polderland vast zijn ingedeeld. Voor het beroepsgerichte "
              "programma in routejaar 1 tot en met 3 werken de convenantpartners met teambevoegdheid als "
              "bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; in het PTA/OER is per "
              "programmaonderdeel aangegeven welke bevoegde docent verantwoordelijk is. Docenten blijven "
              "in dienst van hun eigen werkgever; zij worden over en weer zonder doorbelasting ingezet."),
        ("p", "6.4 Tot en met routejaar 2 is de routeleerling ingeschreven bij de school; vanaf routejaar 3 "
              "bij het AOC. De school blijft verantwoordelijk voor de vmbo-examens, ook als die in "
              "routejaar 3 worden afgelegd."),
        ("h1", "Artikel 7 Als de route niet (meer) past"),
        ("p", "7.1 Een routeleerling die de route wil of moet verlaten, krijgt altijd een passend "
              "alternatief dat uitzicht biedt op een vmbo-diploma of een mbo-diploma. Welk alternatief dat "
              "is, bepalen de school en het AOC samen, na een gesprek met de leerling en zijn ouders, "
              "uitgaande van wat de leerling al heeft bereikt en van zijn leeftijd."),
        ("p", "7.2 Daarbij gelden de volgende uitgangspunten:"),
        ("bullets", [
            "vertrek in routejaar 1 of 2: de leerling vervolgt het reguliere programma Groen of een ander "
            "profiel in de kaderberoepsgerichte of basisberoepsgerichte leerweg op het Zuiderzee Vakcollege "
            "en sluit af met een vmbo-diploma;",
            "geen vmbo-diploma aan het eind van routejaar 3: de leerling kan zonder dat diploma verder in "
            "een opleiding van AOC Polderland op niveau 2 of 3; de vooropleidingseisen staan daaraan niet "
            "in de weg;",
            "een andere richting: de leerling stapt over naar een andere opleiding van vergelijkbaar niveau "
            "bij AOC Polderland of, als die beter past, bij een andere instelling in de regio; die "
            "instelling kan hem na een geschiktheidsonderzoek toelaten;",
            "niveau blijkt te hoog: de leerling stroomt door naar de opleiding Medewerker teelt op "
            "niveau 2.",
        ]),
        ("p", "7.3 De mentor en de loopbaanbegeleider zorgen voor een warme overdracht. De werkwijze wordt "
              "elk jaar beschreven in de schoolgids en in de studiegids van het AOC."),
        ("h1", "Artikel 8 Geldstromen"),
        ("p", "Tussen de convenantpartners wordt geen bekostiging overgedragen. Elke partij ontvangt de "
              "bekostiging voor de jaren waarin de routeleerling bij haar staat ingeschreven en draagt de "
              "eigen kosten van docenten, ruimten en materialen."),
        ("h1", "Artikel 9 Stem van leerlingen, ouders en personeel"),
        ("p", "9.1 In routejaar 1 en 2 heeft de medezeggenschapsraad van het Zuiderzee Vakcollege de "
              "bevoegdheden uit de Wet medezeggenschap op scholen; vanaf routejaar 3 de studentenraad, de "
              "ouderraad en de ondernemingsraad van AOC Polderland. In aanvulling daarop spreken de "
              "convenantpartners af:"),
        ("bullets", [
            "routeleerlingen in routejaar 2 mogen de vergaderingen van de studentenraad van AOC Polderland "
            "bijwonen, met spreekrecht over onderwerpen die de route raken;",
            "voorgenomen besluiten over de inhoud of de beëindiging van de route leggen beide besturen "
            "gelijktijdig voor advies voor aan de medezeggenschapsraad van de school en aan de "
            "studentenraad van het AOC;",
            "eenmaal per jaar organiseert het routeteam een gezamenlijke bijeenkomst van beide raden "
            "waarin het jaarverslag van de route wordt toegelicht.",
        ]),
        ("h1", "Artikel 10 Verschil van inzicht"),
        ("p", "Als de convenantpartners van mening verschillen over de uitleg of de uitvoering van dit "
              "convenant, lossen zij dat in goed onderling overleg op, in de geest van de samenwerking die "
              "aan dit convenant ten grondslag ligt."),
        ("h1", "Artikel 11 Looptijd, wijziging en beëindiging"),
        ("p", "11.1 Dit convenant geldt van 1 augustus 2025 tot 1 augustus 2029 en wordt daarna steeds "
              "stilzwijgend verlengd met een periode van vier jaar."),
        ("p", "11.2 Wijzigingen worden alleen schriftelijk en met handtekening van beide bestuurders "
              "vastgelegd. Het routeteam bereidt wijzigingsvoorstellen voor na de jaarlijkse evaluatie; "
              "een wijziging gaat in bij het begin van een schooljaar."),
        ("p", "11.3 Elke convenantpartner kan het convenant schriftelijk opzeggen met een opzegtermijn van "
              "ten minste twaalf maanden, tegen het einde van een schooljaar. Na opzegging worden geen "
              "nieuwe leerlingen meer tot de route toegelaten."),
        ("p", "11.4 Leerlingen die op het moment van opzegging al aan de route deelnemen, ronden de route "
              "volgens dit convenant af. De convenantpartners blijven daartoe aan hun verplichtingen "
              "gebonden totdat de laatste routeleerling is uitgestroomd of een passend alternatief als "
              "bedoeld in artikel 7 heeft gekregen."),
        ("h1", "Ondertekening"),
        ("p", "Aldus opgemaakt in tweevoud en ondertekend te Emmeloord op 14 mei 2025."),
        ("sig", [["Stichting Openbaar Voortgezet Onderwijs Noordoostpolder",
                  "Stichting Agrarisch Opleidingscentrum Polderland"],
                 ["drs. H.A. Bosma, bestuurder", "ing. R.J. Dekker, voorzitter college van bestuur"]]),
        ("small", "Bijlage 1: PTA/OER doorlopende leerroute Groen - Teelt 2025-2026 (afzonderlijk document)."),
    ])
AGREEMENTS[249]["header"] = "Convenant DLR Groen Noordoostpolder - Regionaal Onderwijsbureau Noordoostpolder"


# =============================================================================================
# h250 - director's letter, countersigned for agreement, TXT
# =============================================================================================
agreement(
    250, "h250_briefovereenkomst_bestuurder_tholen_logistiek", "txt",
    "Brief van de bestuurder van de vmbo-school aan het CvB van het ROC die na ondertekening voor akkoord "
    "als samenwerkingsovereenkomst geldt, ik/wij-vorm met tussenkopjes, TXT; Tholen, Mobiliteit en "
    "transport kb -> mbo-3 Logistiek teamleider; bedrag per student voor vmbo-examens; zwijgt over "
    "medezeggenschap",
    S(h="not_applicable"),
    {"a": "Welke route",
     "b": "De havens en de verladers",
     "c": "Wie de route leidt",
     "d": "Wat wij van de routeleiders horen",
     "e": "Waar, met wie en met welke spullen",
     "f": "Als een leerling eruit stapt",
     "g": "Geld",
     "i": "Als we het niet eens worden",
     "j": "Nieuwe partners, wijzigen en stoppen"},
    [
        ("p", "Stichting voor Voortgezet Onderwijs Tholen en Sint Philipsland\n"
              "Bestuursbureau - Hoogstraat 41 - 4691 BL Tholen"),
        ("p", "Aan het college van bestuur van Stichting ROC Oosterschelde\n"
              "t.a.v. de heer C. Verhulst, voorzitter\n"
              "Postbus 1180, 4460 BD Goes"),
        ("p", "Tholen, 3 juni 2025\n"
              "Kenmerk: BB/2025/117\n"
              "Onderwerp: onze doorlopende leerroute logistiek - afspraken ter ondertekening"),
        ("p", "Beste Kees,"),
        ("p", "Na de drie gesprekken van dit voorjaar en het bezoek aan de containerterminal in "
              "Vlissingen-Oost met onze beide teams, leg ik in deze brief vast wat wij samen hebben "
              "afgesproken over de doorlopende leerroute logistiek tussen De Eendracht Vakschool en jullie "
              "College Logistiek & Mobiliteit. Ik heb geprobeerd het zo te schrijven dat ook een ouder "
              "of een nieuwe collega het begrijpt. Als jij namens jullie college van bestuur deze brief "
              "voor akkoord tekent, geldt hij als de samenwerkingsovereenkomst die artikel 2.107b van de "
              "Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de WEB voorschrijven. Onze stichting "
              "is het bevoegd gezag van De Eendracht Vakschool; jullie stichting het bevoegd gezag van het "
              "college. Wij melden de route daarna samen aan bij DUO."),
        ("h1", "Welke route"),
        ("p", "Het gaat om leerlingen van de kaderberoepsgerichte leerweg, profiel Mobiliteit en "
              "transport, die na hun tweede leerjaar doorstromen naar de opleiding Logistiek teamleider, "
              "niveau 3 (kwalificatiedossier Logistiek, opleidingsdomein Transport, scheepvaart en "
              "logistiek), BOL. De eerste groep start op 1 augustus 2025, met maximaal zestien leerlingen. "
              "In de route halen zij eerst het vmbo-diploma, uiterlijk in het derde routejaar, en daarna "
              "het mbo-diploma. Wie na de vmbo-fase liever in de BBL verder wil, kan dat vanaf het "
              "vierde routejaar, als er een leerbaan is."),
        ("h1", "De havens en de verladers"),
        ("p", "De logistieke bedrijven rond de Oosterschelde doen echt mee, niet alleen op papier. "
              "Concreet: Van Dijke Distributie in Tholen, Kramer Coldstores in Sint-Maartensdijk, de "
              "Zeeland Seaports-terminal en vijf andere erkende leerbedrijven hebben toegezegd dat zij "
              "vanaf het eerste routejaar bedrijfsbezoeken en gastlessen verzorgen, vanaf het tweede "
              "routejaar elk twee leerlingen een snuffelstage geven en vanaf het derde routejaar "
              "bpv-plaatsen leveren. Zij leveren ook de casus voor de praktijkopdracht 'magazijn "
              "inrichten' in het derde leerjaar. Verder schuift twee keer per jaar een afvaardiging van "
              "de bedrijven, met de adviseur van SBB, aan bij het overleg van de routeleiders om het "
              "programma te toetsen aan wat er in de havens en de distributiecentra gebeurt. Bij het "
              "kerntaakexamen 'aansturen van een team' beoordeelt een leidinggevende uit een leerbedrijf "
              "mee."),
        ("h1", "Wie de route leidt"),
        ("p", "De leiding leggen we bij een routeduo: onze afdelingsleider Techniek & Mobiliteit en "
              "jullie teamleider Logistiek. Ik wijs onze afdelingsleider aan, jij jullie teamleider; "
              "we bevestigen die aanwijzing elk jaar voor 1 juli aan elkaar per e-mail. Valt een van "
              "beiden langere tijd uit, dan wijst dezelfde bestuurder een vervanger aan. Het duo maakt "
              "het gezamenlijke programma en het PTA/OER voor alle vier routejaren, stelt de roosters "
              "op, regelt de intake en de plaatsing van leerlingen, verdeelt het routebudget en houdt het "
              "contact met de leerbedrijven. Binnen het goedgekeurde PTA/OER en het budget beslist het "
              "duo zelf. Voor alles wat daarbuiten valt, zoals het aannemen van personeel, investeringen "
              "of het wijzigen van de omvang van de route, hebben zij onze beider toestemming nodig."),
        ("h1", "Wat wij van de routeleiders horen"),
        ("p", "Het duo stuurt ons beiden elk jaar vóór 1 juli een verslag van hooguit vier pagina's, met "
              "de aantallen leerlingen, wie er is uitgevallen of overgestapt en waarom, de "
              "examenresultaten en de besteding van het budget. In november zitten wij met z'n vieren een "
              "ochtend bij elkaar om dat verslag te bespreken en af te spreken wat er beter moet. Gaat er "
              "tussendoor iets mis dat de route raakt, dan bellen ze ons allebei dezelfde week."),
        ("h1", "Waar, met wie en met welke spullen"),
        ("p", "De eerste twee routejaren krijgen de leerlingen les in ons gebouw aan de Hoogstraat, met "
              "één dag per week op jullie locatie in Goes. Vanaf het derde routejaar zitten ze bij jullie. "
              "Wij gebruiken jullie oefenmagazijn met reachtruck-simulator en de WMS-software voor de "
              "praktijklessen; jullie gebruiken ons praktijklokaal en de heftruck voor de lessen die "
              "jullie docenten in Tholen geven. Over en weer brengen we daarvoor niets in rekening. Er "
              "komt één team van vier docenten: twee van ons, twee van jullie. Jullie twee geven vanaf "
              "het eerste routejaar het beroepsgerichte deel in Tholen en Goes, onze twee blijven "
              "verantwoordelijk voor de algemene vakken en de vmbo-examens, ook in het derde routejaar. "
              "Voor het beroepsgerichte programma gebruiken we de teambevoegdheid; in het PTA/OER staat "
              "per onderdeel wie de bevoegde docent is. Iedereen blijft bij zijn eigen werkgever in "
              "dienst."),
        ("h1", "Als een leerling eruit stapt"),
        ("p", "Niet elke leerling komt aan het einde. Wie de route verlaat, gaat niet met lege handen "
              "weg: we bieden altijd een vervolg dat leidt naar een diploma. Stopt iemand in de eerste twee "
              "routejaren, dan maakt hij bij ons het gewone vmbo kader Mobiliteit en transport af, of "
              "stapt hij over naar een ander profiel. Haalt iemand zijn vmbo-diploma niet in het derde "
              "routejaar, dan kan hij bij jullie toch verder in een opleiding op niveau 2 of 3; jullie "
              "stellen dan geen eisen aan de vooropleiding. Wil iemand een heel andere kant op, dan zoeken "
              "we een opleiding op hetzelfde niveau bij jullie of, bij een verhuizing, bij een andere "
              "instelling, die hem na een geschiktheidsonderzoek kan toelaten. Welke plek het wordt, "
              "beslissen onze mentor en jullie studieloopbaanbegeleider samen, na een gesprek met de "
              "leerling en zijn ouders, en op basis van wat hij al gehaald heeft en hoe oud hij is."),
        ("h1", "Geld"),
        ("p", "In de eerste twee routejaren krijgen wij de bekostiging, daarna jullie. Omdat wij in het "
              "derde routejaar nog de vmbo-examens afnemen en onze docenten dan nog lesgeven, dragen "
              "jullie voor elke student in het derde routejaar € 850 per schooljaar aan ons over, op "
              "grond van artikel 9.1.15 WEB. Dat bedrag is bestemd voor de inzet van onze docenten "
              "algemene vakken en de kosten van de centrale examens van die studenten. Jullie maken het "
              "bedrag vóór 1 december over op basis van de telling van 1 oktober. Verder draagt ieder zijn "
              "eigen kosten."),
        ("h1", "Als we het niet eens worden"),
        ("p", "Verschillen over de uitvoering lossen de routeleiders eerst zelf op. Lukt dat niet binnen "
              "vier weken, dan leggen zij het aan ons tweeën voor. Komen wij er binnen zes weken niet "
              "uit, dan vragen we samen een mediator van de Stichting Onderwijsgeschillen of een "
              "andere onafhankelijke mediator waarover we het eens worden. Levert ook mediation niets "
              "op, dan kan ieder van ons het geschil voorleggen aan de rechtbank Zeeland-West-Brabant."),
        ("h1", "Nieuwe partners, wijzigen en stoppen"),
        ("p", "Een andere vmbo-school of een andere mbo-instelling kan aan deze route meedoen als wij "
              "beiden daar schriftelijk mee instemmen en de nieuwe partner de afspraken uit deze brief "
              "onderschrijft. Dat gaat alleen per 1 augustus, nadat de nieuwe partner bij DUO is "
              "gemeld, zodat de leerlingen die al in de route zitten er geen hinder van hebben. Wijzigen "
              "kan alleen schriftelijk, met de handtekening van ons beiden, en niet midden in een "
              "schooljaar. Opzeggen kan ieder van ons, per brief, tegen 1 augustus en met een termijn "
              "van minstens een jaar; na de opzegging nemen we geen nieuwe leerlingen meer aan. "
              "Leerlingen die al in de route zitten, maken hem af bij ons en bij jullie, zoals in deze "
              "brief staat. Deze afspraken gelden voor onbepaalde tijd; elk voorjaar kijken we samen of "
              "ze nog kloppen."),
        ("p", "Ik hoop dat je je in deze brief herkent. Wil je hem tekenen en een exemplaar aan ons "
              "terugsturen?"),
        ("p", "Met vriendelijke groet,"),
        ("sig", [["Bart Bolier", ""],
                 ["bestuurder Stichting voor Voortgezet Onderwijs", ""],
                 ["Tholen en Sint Philipsland", ""]]),
        ("p", "Voor akkoord, namens het college van bestuur van Stichting ROC Oosterschelde:"),
        ("sig", [["C. Verhulst, voorzitter", "datum:"],
                 ["Goes", "handtekening:"]]),
    ])


# =============================================================================================
# h251 - ROC lawyer's contract, long, maritime, DOCX
# =============================================================================================
agreement(
    251, "h251_advocatencontract_juridische_zaken_roc_scheveningen_zeevisvaart", "docx",
    "Lang contract van de afdeling Juridische Zaken van het ROC, DOCX met kopstijlen, definities en "
    "veel leden; Scheveningen, Maritiem en techniek kb -> mbo-3 Schipper/machinist zeevisvaart; "
    "overdracht per leerling met bestemming, medezeggenschapsafspraken, eigen artikel over gevolgen "
    "voor leerlingen; volledig",
    S(),
    {"a": "Artikel 3 Onderwerp van de Overeenkomst",
     "b": "Artikel 6 Inbreng van de maritieme sector",
     "c": "Artikel 4 Stuurgroep en Routemanager",
     "d": "Artikel 5 Informatieplicht en verantwoording",
     "e": "Artikel 7 Inrichting van het onderwijs",
     "f": "Artikel 9 Overstapoptie",
     "g": "Artikel 10 Financiële bepalingen",
     "h": "Artikel 11 Medezeggenschap",
     "i": "Artikel 16 Geschillen",
     "j": "Artikel 15 Toetreding, wijziging en beëindiging"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Maritiem Scheveningen"),
        ("subtitle", "vmbo kaderberoepsgerichte leerweg Maritiem en techniek - mbo Schipper/machinist "
                     "zeevisvaart niveau 3\nKenmerk JZ-2025-0412 | definitieve versie d.d. 20 juni 2025"),
        ("h1", "De ondergetekenden"),
        ("numbered", [
            "de stichting Stichting Christelijk Voortgezet Onderwijs Haaglanden-West, statutair gevestigd te "
            "'s-Gravenhage, ingeschreven in het handelsregister onder nummer 27190433, bevoegd gezag van "
            "Vakcollege De Pier (BRIN 16XP), te dezen rechtsgeldig vertegenwoordigd door de voorzitter van "
            "het college van bestuur, de heer mr. W.F. van der Zwan, hierna te noemen: 'de School';",
            "de stichting Stichting Regionaal Opleidingencentrum Haagse Kust, statutair gevestigd te "
            "'s-Gravenhage, ingeschreven in het handelsregister onder nummer 41152078, bevoegd gezag van "
            "ROC Haagse Kust (BRIN 25QK), te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het "
            "college van bestuur, mevrouw drs. A.M. Pronk-Varol, hierna te noemen: 'het ROC';",
        ]),
        ("p", "de School en het ROC hierna gezamenlijk te noemen: 'Partijen' en ieder afzonderlijk: 'Partij';"),
        ("h1", "Nemen in aanmerking dat"),
        ("bullets", [
            "de School in de kaderberoepsgerichte leerweg het profiel Maritiem en techniek verzorgt en het "
            "ROC via zijn Maritiem College Scheveningen de opleidingen in de zeevisvaart verzorgt;",
            "de visserij- en koopvaardijsector in de regio Haaglanden een structureel tekort aan "
            "gekwalificeerde schippers en machinisten ervaart;",
            "Partijen een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a van de Wet "
            "voortgezet onderwijs 2020 (hierna: WVO 2020) en artikel 9.1.2 van de Wet educatie en "
            "beroepsonderwijs (hierna: WEB) gezamenlijk wensen te verzorgen;",
            "artikel 2.107b WVO 2020 en artikel 9.1.3 WEB daartoe een samenwerkingsovereenkomst "
            "voorschrijven en Partijen met deze overeenkomst aan dat voorschrift uitvoering geven;",
            "de concept-overeenkomst op 12 mei 2025 ter advisering is voorgelegd aan de "
            "medezeggenschapsraad van de School en de studentenraad van het ROC, die beide positief hebben "
            "geadviseerd;",
        ]),
        ("p", "en komen als volgt overeen:"),
        ("h1", "Artikel 1 Definities"),
        ("p", "In deze overeenkomst wordt, tenzij uitdrukkelijk anders bepaald, verstaan onder:"),
        ("bullets", [
            "Route: de doorlopende leerroute vmbo-mbo als omschreven in artikel 3;",
            "Leerling: een leerling van de School die aan de Route deelneemt en nog niet als student bij "
            "het ROC is ingeschreven;",
            "Student: een deelnemer aan de Route die als student bij het ROC is ingeschreven;",
            "Deelnemer: een Leerling of een Student;",
            "Routejaar: elk van de vier opeenvolgende leerjaren van de Route, te rekenen vanaf het derde "
            "leerjaar van de School;",
            "Stuurgroep: het orgaan bedoeld in artikel 4.1;",
            "Routemanager: de functionaris bedoeld in artikel 4.5;",
            "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
            "examenregeling van de Route, als bedoeld in artikel 2.107d WVO 2020 en artikel 9.1.8 WEB;",
            "Werkveldcommissie: de commissie bedoeld in artikel 6.3;",
            "Schooljaar: de periode van 1 augustus tot en met 31 juli.",
        ]),
        ("h1", "Artikel 2 Doel"),
        ("p", "2.1 Deze overeenkomst regelt de voorwaarden waaronder Partijen de Route gezamenlijk "
              "verzorgen, alsmede hun onderlinge rechten en verplichtingen."),
        ("p", "2.2 Partijen beogen Deelnemers in vier jaar op te leiden tot een vmbo-diploma en een "
              "mbo-diploma, met een programma zonder overlap of onnodige overgangsmomenten, en met "
              "vroegtijdig contact met het werken aan boord."),
        ("h1", "Artikel 3 Onderwerp van de Overeenkomst"),
        ("p", "3.1 De Route verbindt het profiel Maritiem en techniek in de kaderberoepsgerichte leerweg "
              "van Vakcollege De Pier met de beroepsopleiding Schipper/machinist zeevisvaart, niveau 3 "
              "(vakopleiding), kwalificatiedossier Zeevisvaart, opleidingsdomein Transport, scheepvaart en "
              "logistiek, van het ROC, in de beroepsopleidende leerweg."),
        ("p", "3.2 Deelnemers doen in Routejaar 2 of 3 eindexamen vmbo in de kaderberoepsgerichte "
              "leerweg. Routejaar 3 en 4 vallen samen met het eerste en tweede leerjaar van de mbo-opleiding; "
              "de opleiding wordt na een verkorte studieduur van twee jaar afgesloten met het mbo-diploma."),
        ("p", "3.3 Het ROC biedt in Routejaar 4 de keuzedelen Visserijtechnieken en "
              "Brandbestrijding aan boord aan. Uitbreiding van de Route naar andere kwalificaties uit het "
              "dossier Zeevisvaart vergt een wijziging van deze overeenkomst als bedoeld in artikel 15.4."),
        ("h1", "Artikel 4 Stuurgroep en Routemanager"),
        ("p", "4.1 De leiding over de Route berust bij een Stuurgroep, bestaande uit: (a) de directeur van "
              "Vakcollege De Pier, (b) de directeur van het Maritiem College Scheveningen van het ROC en "
              "(c) de Routemanager, die zitting heeft met raadgevende stem."),
        ("p", "4.2 De leden onder a en b worden door het college van bestuur van de Partij waarbij zij in "
              "dienst zijn schriftelijk als lid van de Stuurgroep aangewezen. Ieder college van bestuur wijst "
              "tevens een plaatsvervanger aan. Een aanwijzing geldt totdat zij schriftelijk wordt "
              "ingetrokken."),
        ("p", "4.3 Aan de Stuurgroep worden door de colleges van bestuur van Partijen de volgende taken "
              "opgedragen: (a) het vaststellen van het PTA/OER en het jaarlijkse lesrooster van de Route; "
              "(b) het vaststellen van de toelatingsprocedure en het besluiten over de toelating van "
              "Leerlingen tot de Route; (c) het verdelen van de inzet van docenten over de Route binnen de "
              "formatie die Partijen daarvoor beschikbaar stellen; (d) het beheer van het routebudget; (e) "
              "het onderhouden van de relaties met de maritieme sector als bedoeld in artikel 6; (f) het "
              "besluiten over de overstapoptie in individuele gevallen als bedoeld in artikel 9.3."),
        ("p", "4.4 De Stuurgroep besluit met unanimiteit van de leden onder a en b. Zij is niet bevoegd "
              "Partijen jegens derden te verbinden, personeel aan te stellen of te ontslaan, of verplichtingen "
              "aan te gaan die het routebudget te boven gaan; die bevoegdheden blijven bij de colleges van "
              "bestuur."),
        ("p", "4.5 De Routemanager wordt door de colleges van bestuur van Partijen gezamenlijk benoemd, "
              "geschorst en ontslagen, op voordracht van de Stuurgroep. De Routemanager is in dienst van "
              "het ROC en wordt voor 0,4 fte vrijgesteld. De Routemanager is belast met de dagelijkse "
              "coördinatie van de Route, de voorbereiding en uitvoering van besluiten van de Stuurgroep, en "
              "het eerste aanspreekpunt voor Deelnemers, ouders en leerbedrijven."),
        ("h1", "Artikel 5 Informatieplicht en verantwoording"),
        ("p", "5.1 De Stuurgroep verstrekt de colleges van bestuur van Partijen per kwartaal een beknopte "
              "voortgangsrapportage over het aantal Deelnemers per Routejaar, uitval en overstap, "
              "verzuim, en de uitputting van het routebudget."),
        ("p", "5.2 De Stuurgroep legt jaarlijks vóór 15 september verantwoording af aan beide colleges "
              "van bestuur door middel van een jaarrapportage over het afgelopen Schooljaar, die in ieder "
              "geval de in-, door- en uitstroom, de examenresultaten vmbo en mbo, de bevindingen van de "
              "Werkveldcommissie, de financiële verantwoording van het routebudget en voorstellen tot "
              "verbetering bevat."),
        ("p", "5.3 De jaarrapportage wordt besproken in het bestuurlijk overleg tussen de voorzitters van "
              "de colleges van bestuur en de Stuurgroep, dat jaarlijks in oktober plaatsvindt. De colleges "
              "van bestuur kunnen de Stuurgroep daarnaast te allen tijde om aanvullende inlichtingen "
              "verzoeken, die binnen tien werkdagen worden verstrekt."),
        ("h1", "Artikel 6 Inbreng van de maritieme sector"),
        ("p", "6.1 Partijen betrekken de maritieme sector bij de invulling van de Route via de "
              "Coöperatieve Visserijvereniging Scheveningen U.A., de rederijen die aan de Route verbonden "
              "zijn en het regionale kantoor van SBB."),
        ("p", "6.2 De aan de Route verbonden rederijen, erkend als leerbedrijf, stellen vanaf Routejaar 2 "
              "opstapdagen beschikbaar aan boord van afgemeerde schepen en vanaf Routejaar 3 "
              "bpv-plaatsen, waaronder korte reizen voor Studenten die de leeftijd van zestien jaar hebben "
              "bereikt, met inachtneming van de geldende regels voor jeugdige werknemers aan boord."),
        ("p", "6.3 Er is een Werkveldcommissie, bestaande uit drie vertegenwoordigers van rederijen, een "
              "vertegenwoordiger van de Coöperatieve Visserijvereniging Scheveningen en een adviseur van "
              "SBB. De Werkveldcommissie komt ten minste twee maal per Schooljaar bijeen, adviseert de "
              "Stuurgroep gevraagd en ongevraagd over het PTA/OER, levert jaarlijks praktijkopdrachten aan "
              "voor Routejaar 1 tot en met 3, en levert de beoordelaars uit de beroepspraktijk voor de "
              "examens in de beroepspraktijk in Routejaar 4."),
        ("p", "6.4 Schippers en machinisten uit de rederijen verzorgen ten minste zes gastlessen per "
              "Schooljaar op de School of op het ROC."),
        ("h1", "Artikel 7 Inrichting van het onderwijs"),
        ("p", "7.1 Locaties. Routejaar 1 en 2 worden verzorgd op de locatie van Vakcollege De Pier, "
              "Dr. Lelykade 4 te Scheveningen; Routejaar 3 en 4 op de locatie van het Maritiem College "
              "Scheveningen, Vissershavenweg 61 te Scheveningen. Praktijkonderwijs vindt mede plaats aan "
              "boord van het opleidingsschip van het ROC en bij leerbedrijven."),
        ("p", "7.2 Programma en examinering. Partijen beschrijven het onderwijsprogramma, de examinering en "
              "de beroepspraktijkvorming per Routejaar in het PTA/OER. Daarin is per programmaonderdeel "
              "aangegeven of het tot het vmbo-programma, het mbo-programma of beide behoort. Het PTA/OER "
              "wordt jaarlijks vóór 1 juli door de Stuurgroep vastgesteld, na instemming van de "
              "examencommissie van het ROC en na advies van de examensecretaris van de School."),
        ("p", "7.3 Faciliteiten. Het ROC stelt de navigatie- en machinekamersimulator, de "
              "visnettenwerkplaats en het opleidingsschip 'Zeester' beschikbaar voor ten minste acht "
              "lesuren per week voor Leerlingen in Routejaar 1 en 2. De School stelt haar technieklokalen "
              "en haar metaalwerkplaats beschikbaar voor de lessen die docenten van het ROC op de School "
              "verzorgen. Gebruik van elkaars ruimten, simulatoren en materieel geschiedt om niet, "
              "behoudens verbruiksmaterialen, die worden gedragen door de Partij die de les verzorgt. De "
              "Partij die gebruik maakt van ruimten of materieel van de andere Partij volgt de daar "
              "geldende veiligheidsvoorschriften."),
        ("p", "7.4 Personeel. Het onderwijs in de Route wordt verzorgd door één routeteam van docenten van "
              "beide Partijen. Het ROC zet in Routejaar 1 en 2 ten minste 0,6 fte aan docenten maritiem in "
              "op de School; de School zet in Routejaar 3 ten minste 0,3 fte aan docenten algemene vakken in "
              "bij het ROC ten behoeve van de vmbo-examens. Docenten blijven in dienst van hun eigen "
              "werkgever, die het werkgeversgezag en de verantwoordelijkheid voor professionalisering "
              "behoudt; de inzet bij de andere Partij wordt vastgelegd in een detacheringsafspraak per "
              "Schooljaar."),
        ("p", "7.5 Teambevoegdheid. Voor de vak- en sectoroverstijgende programmaonderdelen Scheepstechniek "
              "en Navigatie in Routejaar 1 tot en met 3 maken Partijen gebruik van teams van leraren en "
              "docenten als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. In het PTA/OER wordt "
              "per onderdeel vermeld welke teamleden bevoegd zijn en wie voor welk deel verantwoordelijk is."),
        ("p", "7.6 Inschrijving, verzuim en examens. Een Deelnemer staat in Routejaar 1 en 2 ingeschreven "
              "bij de School en vanaf Routejaar 3 bij het ROC. De School blijft verantwoordelijk voor de "
              "vmbo-examinering en -diplomering, ook van Studenten; het ROC voor de mbo-examinering en "
              "-diplomering en de beroepspraktijkvorming. Verzuim wordt gemeld door de Partij waarbij de "
              "Deelnemer is ingeschreven."),
        ("p", "7.7 Klachten. De klachtenregelingen van beide Partijen zijn mede van toepassing op "
              "gedragingen van bestuur en personeel van de andere Partij in het kader van de Route. Een "
              "klacht die betrekking heeft op een medewerker van de andere Partij wordt binnen vijf "
              "werkdagen aan die Partij doorgezonden; Partijen werken mee aan de behandeling."),
        ("h1", "Artikel 8 Melding en gegevensuitwisseling"),
        ("p", "8.1 Partijen melden de Route gezamenlijk aan de minister van Onderwijs, Cultuur en "
              "Wetenschap via de registratie in RIO, uiterlijk vóór de aanvang van het eerste Schooljaar "
              "waarin de Route wordt aangeboden."),
        ("p", "8.2 Partijen wisselen uitsluitend persoonsgegevens van Deelnemers uit voor zover dat voor de "
              "uitvoering van de Route noodzakelijk is. Zij sluiten daartoe een overeenkomst inzake "
              "gegevensdeling als bedoeld in de Algemene verordening gegevensbescherming."),
        ("h1", "Artikel 9 Overstapoptie"),
        ("p", "9.1 Indien de deelname van een Deelnemer aan de Route eindigt voordat deze de Route met "
              "succes heeft afgerond, stellen Partijen de Deelnemer in staat een vmbo-diploma of een "
              "mbo-diploma te behalen op een niveau dat past bij het bereikte onderwijsniveau en de "
              "leeftijd van de Deelnemer."),
        ("p", "9.2 Partijen hanteren daarbij in ieder geval de volgende kaders:"),
        ("bullets", [
            "eindigt de deelname in Routejaar 1 of 2, dan zet de Leerling zijn opleiding voort in het "
            "reguliere programma van de kaderberoepsgerichte leerweg van de School, in het profiel Maritiem "
            "en techniek of een ander profiel dat de School aanbiedt, gericht op het behalen van het "
            "vmbo-diploma;",
            "heeft de Deelnemer aan het einde van Routejaar 3 het vmbo-diploma niet behaald of is hij "
            "afgewezen voor het eindexamen, dan kan hij, naar keuze en na advies van de Stuurgroep, "
            "zonder dat diploma zijn mbo-opleiding voortzetten of instromen in een andere opleiding op "
            "niveau 2 of 3 van het ROC, dan wel het examenjaar vmbo herhalen;",
            "blijkt de zeevisvaart niet bij de Deelnemer te passen, dan kan hij overstappen naar een "
            "opleiding op vergelijkbaar niveau in een andere richting, bij voorkeur binnen het domein "
            "Transport, scheepvaart en logistiek van het ROC;",
            "eindigt de deelname in Routejaar 4, dan kan de Student de opleiding Matroos zeevisvaart "
            "(niveau 2) afronden of overstappen naar een andere opleiding op niveau 3.",
        ]),
        ("p", "9.3 Over de concrete overstap beslissen de School en het ROC gezamenlijk, op voorstel van "
              "de Routemanager, na een gesprek met de Deelnemer en, indien hij minderjarig is, zijn ouders. "
              "Het gezamenlijk oordeel van Partijen over het bereikte onderwijsniveau wordt schriftelijk "
              "vastgelegd."),
        ("p", "9.4 Voor inschrijving in een andere opleiding van het ROC gelden de vooropleidingseisen niet. "
              "Kiest de Deelnemer voor een opleiding bij een andere instelling, dan verleent het ROC "
              "medewerking aan een geschiktheidsonderzoek bij die instelling en zorgt de Routemanager voor "
              "een warme overdracht."),
        ("p", "9.5 De School neemt een beschrijving van de overstapmogelijkheden op in haar schoolgids; het "
              "ROC in zijn studiegids."),
        ("h1", "Artikel 10 Financiële bepalingen"),
        ("p", "10.1 Partijen ontvangen ieder de rijksbekostiging die hun toekomt voor de Deelnemers die bij "
              "hen zijn ingeschreven."),
        ("p", "10.2 Met toepassing van artikel 5.42a WVO 2020 draagt de School aan het ROC een bedrag over "
              "van € 1.150 per Leerling per Schooljaar in Routejaar 1 en 2, berekend naar het aantal "
              "Leerlingen op 1 oktober van het desbetreffende Schooljaar."),
        ("p", "10.3 Het over te dragen bedrag is bestemd voor de inzet van docenten maritiem van het ROC op "
              "de School als bedoeld in artikel 7.4 en voor de variabele kosten van het gebruik van de "
              "simulatoren en het opleidingsschip door Leerlingen. Het ROC verantwoordt de besteding in de "
              "jaarrapportage bedoeld in artikel 5.2."),
        ("p", "10.4 Betaling geschiedt in twee gelijke termijnen, op 1 december en 1 mei, op basis van een "
              "factuur van het ROC."),
        ("h1", "Artikel 11 Medezeggenschap"),
        ("p", "11.1 Onverminderd de Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de "
              "ondernemingsraden komen Partijen ten aanzien van de Route het volgende overeen."),
        ("p", "11.2 Leerlingen in Routejaar 2 zijn gerechtigd deel te nemen aan de verkiezingen voor en "
              "zitting te nemen in de studentenraad van het Maritiem College Scheveningen; het ROC past "
              "zijn medezeggenschapsreglement daarop aan."),
        ("p", "11.3 Voorgenomen besluiten van de colleges van bestuur over wijziging of beëindiging van "
              "deze overeenkomst worden gelijktijdig voor advies voorgelegd aan de medezeggenschapsraad van "
              "de School en de studentenraad van het ROC. Partijen nemen een besluit niet eerder dan nadat "
              "beide organen advies hebben uitgebracht of de adviestermijn is verstreken."),
        ("p", "11.4 De Routemanager brengt jaarlijks verslag uit over de Route in een gezamenlijke "
              "vergadering van een delegatie van de medezeggenschapsraad van de School en de studentenraad "
              "van het ROC."),
        ("h1", "Artikel 12 Aansprakelijkheid en verzekering"),
        ("p", "12.1 Iedere Partij is aansprakelijk voor schade die door haar personeel in het kader van de "
              "Route wordt veroorzaakt, overeenkomstig de wet. Partijen vrijwaren elkaar voor aanspraken van "
              "derden voor zover de schade aan de eigen gedragingen is toe te rekenen."),
        ("p", "12.2 Iedere Partij draagt zorg voor een toereikende aansprakelijkheids- en "
              "ongevallenverzekering die mede dekking biedt voor Deelnemers tijdens onderwijs op de locatie "
              "of aan boord van het schip van de andere Partij."),
        ("h1", "Artikel 13 Duur"),
        ("p", "13.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
              "onbepaalde tijd."),
        ("p", "13.2 Partijen evalueren de overeenkomst voor het eerst in het Schooljaar 2027-2028 en "
              "vervolgens elke vier jaar."),
        ("h1", "Artikel 14 Overmacht"),
        ("p", "Een Partij is niet gehouden tot nakoming van een verplichting indien zij daartoe verhinderd is "
              "als gevolg van overmacht. Partijen treden in dat geval onverwijld in overleg om de gevolgen "
              "voor Deelnemers zo veel mogelijk te beperken."),
        ("h1", "Artikel 15 Toetreding, wijziging en beëindiging"),
        ("p", "15.1 Toetreding. Het bevoegd gezag van een andere school voor vmbo of van een andere "
              "instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, mits (a) beide "
              "Partijen daarmee schriftelijk instemmen, (b) de toetredende partij het profiel respectievelijk "
              "de opleiding bedoeld in artikel 3 verzorgt, (c) de toetredende partij een "
              "toetredingsverklaring ondertekent waarin zij alle rechten en verplichtingen uit deze "
              "overeenkomst aanvaardt, en (d) de toetreding ingaat bij het begin van een Schooljaar en "
              "tijdig vóór dat Schooljaar aan de minister is gemeld. Toetreding laat de plaats en het "
              "programma van Deelnemers die al aan de Route deelnemen onverlet."),
        ("p", "15.2 Opzegging. Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen "
              "1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste achttien "
              "maanden."),
        ("p", "15.3 Ontbinding. Iedere Partij kan deze overeenkomst met onmiddellijke ingang geheel of "
              "gedeeltelijk ontbinden indien (a) de andere Partij toerekenbaar tekortschiet in de nakoming "
              "van een wezenlijke verplichting en die tekortkoming niet binnen zestig dagen na schriftelijke "
              "ingebrekestelling heeft hersteld, (b) de andere Partij de bevoegdheid verliest om het profiel "
              "of de opleiding bedoeld in artikel 3 te verzorgen of te examineren, of (c) de andere Partij "
              "in staat van faillissement wordt verklaard of surseance van betaling aanvraagt."),
        ("p", "15.4 Wijziging. Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door "
              "beide colleges van bestuur ondertekende akte, na de adviesprocedure bedoeld in artikel 11.3. "
              "Een wijziging die gevolgen heeft voor het programma van Deelnemers gaat niet eerder in dan "
              "bij het begin van het volgende Schooljaar."),
        ("p", "15.5 Gevolgen voor Deelnemers. In alle gevallen van opzegging, ontbinding of wijziging "
              "beperken Partijen de gevolgen voor Deelnemers zo veel mogelijk. In het bijzonder: (a) na "
              "een opzegging of ontbinding worden geen nieuwe Leerlingen meer tot de Route toegelaten; "
              "(b) Deelnemers die op de datum van beëindiging aan de Route deelnemen, ronden de Route "
              "volgens het voor hen geldende PTA/OER af, en Partijen blijven de daarvoor benodigde "
              "verplichtingen uit deze overeenkomst nakomen tot de laatste Deelnemer is uitgestroomd; "
              "(c) is afronding niet mogelijk, dan wordt voor iedere Deelnemer artikel 9 toegepast; (d) "
              "Partijen informeren Deelnemers en ouders binnen twee weken na het besluit schriftelijk."),
        ("h1", "Artikel 16 Geschillen"),
        ("p", "16.1 Een geschil tussen Partijen over de uitleg of uitvoering van deze overeenkomst wordt "
              "eerst besproken in de Stuurgroep. Komt de Stuurgroep binnen vier weken niet tot een "
              "oplossing, dan wordt het geschil voorgelegd aan de voorzitters van de colleges van bestuur, "
              "die binnen vier weken overleggen."),
        ("p", "16.2 Leidt dat overleg niet tot een oplossing, dan zullen Partijen trachten het geschil door "
              "mediation op te lossen, met een mediator die door hen gezamenlijk wordt aangewezen of, bij "
              "gebrek aan overeenstemming binnen twee weken, door de Mediatorsfederatie Nederland. De kosten "
              "van de mediator worden door Partijen gelijkelijk gedragen."),
        ("p", "16.3 Is het geschil niet binnen drie maanden na aanvang van de mediation opgelost, dan is "
              "iedere Partij bevoegd het geschil voor te leggen aan de bevoegde rechter van de rechtbank Den "
              "Haag."),
        ("p", "16.4 Op deze overeenkomst is Nederlands recht van toepassing."),
        ("h1", "Artikel 17 Slotbepaling"),
        ("p", "17.1 Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige bepalingen "
              "van kracht en vervangen Partijen de nietige bepaling door een bepaling die zoveel mogelijk "
              "aansluit bij doel en strekking van de oorspronkelijke bepaling."),
        ("p", "17.2 Bijlagen: 1. PTA/OER Route Maritiem 2025-2026; 2. detacheringsafspraak 2025-2026; "
              "3. overeenkomst inzake gegevensdeling."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te 's-Gravenhage op 20 juni 2025."),
        ("sig", [["Stichting Christelijk Voortgezet Onderwijs Haaglanden-West",
                  "Stichting Regionaal Opleidingencentrum Haagse Kust"],
                 ["mr. W.F. van der Zwan, voorzitter college van bestuur",
                  "drs. A.M. Pronk-Varol, voorzitter college van bestuur"]]),
        ("pagebreak",),
        ("h1", "Uittreksel Bijlage 1: hoofdlijnen programma per Routejaar"),
        ("p", "Dit uittreksel is ter informatie bij de overeenkomst gevoegd. Het volledige PTA/OER wordt "
              "jaarlijks door de Stuurgroep vastgesteld (artikel 7.2); bij strijdigheid gaat het "
              "vastgestelde PTA/OER voor."),
        ("table", [
            ["Routejaar", "Inschrijving en locatie", "Programma (hoofdlijnen)", "Examinering en bpv"],
            ["1 (leerjaar 3 vmbo)", "School; acht lesuren per week op het Maritiem College",
             "profielmodules Maritiem en techniek; Scheepstechniek en Navigatie in teamverband; "
             "veiligheid aan boord; algemene vakken",
             "schoolexamens vmbo; opstapdagen vanaf het tweede semester"],
            ["2 (leerjaar 4 vmbo)", "School; acht lesuren per week op het Maritiem College",
             "afronding profielvakken; mbo-modules Basisnavigatie en Motorentechniek; simulatortraining",
             "centraal examen vmbo kaderberoepsgerichte leerweg; opstapdagen aan boord"],
            ["3 (leerjaar 1 mbo)", "ROC; Maritiem College en opleidingsschip",
             "kerntaken Schipper/machinist zeevisvaart; Nederlands en rekenen; herkansing vmbo-vakken "
             "waar nodig", "eventueel resterende vmbo-examens (School); bpv 10 weken; korte reizen vanaf 16 jaar"],
            ["4 (leerjaar 2 mbo)", "ROC; Maritiem College en leerbedrijven",
             "keuzedelen Visserijtechnieken en Brandbestrijding aan boord; loopbaan en burgerschap",
             "examens in de beroepspraktijk met beoordelaar uit de Werkveldcommissie; bpv 20 weken"],
        ]),
        ("p", "Urenverantwoording, toetsmomenten, herkansingsregels en weging staan in het volledige "
              "PTA/OER. De Routemanager houdt een overzicht bij van de opstapdagen en reizen per Deelnemer."),
    ])
AGREEMENTS[251]["header"] = "ROC Haagse Kust | Juridische Zaken | JZ-2025-0412"


# =============================================================================================
# h252 - table "onderwerp | afspraak | wie", creative industry, DOCX
# =============================================================================================
agreement(
    252, "h252_afsprakentabel_onderwerp_wie_rotterdam_zuid_mediavormgeving", "docx",
    "Korte inleiding plus een afsprakentabel met kolommen onderwerp | afspraak | wie, DOCX; "
    "Rotterdam-Zuid, Media, vormgeving en ICT gl -> mbo-4 Mediavormgever; inrichting noemt locaties, "
    "team en PTA/OER maar niets over gebruik van faciliteiten; overdracht van bekostiging met bestemming "
    "maar bedrag later vast te stellen; medezeggenschap als p.m.-regel",
    S(e="weak", g="weak", h="weak"),
    {"a": "Route en opleiding",
     "b": "Creatieve bedrijven",
     "c": "Regiegroep",
     "d": "Terugkoppeling aan de besturen",
     "f": "Overstappen",
     "i": "Verschil van mening",
     "j": "Nieuwe partners, aanpassen, opzeggen"},
    [
        ("title", "Samenwerkingsovereenkomst Creatieve Route Zuid"),
        ("subtitle", "Doorlopende leerroute vmbo-mbo Media, vormgeving en ICT - Mediavormgever niveau 4\n"
                     "Rotterdam-Zuid, schooljaar 2025-2026 en verder"),
        ("h1", "Partijen"),
        ("p", "Stichting Maasoever Onderwijs, bevoegd gezag van het Creatief Vakcollege Feijenoord, "
              "Rotterdam, vertegenwoordigd door de heer J. Ouali, voorzitter college van bestuur "
              "(hierna: CVF)"),
        ("p", "en"),
        ("p", "Stichting ROC Nieuwe Maas, bevoegd gezag van het Mediacollege Katendrecht, Rotterdam, "
              "vertegenwoordigd door mevrouw E. de Graaf-Hoekstra, lid college van bestuur (hierna: "
              "Mediacollege)"),
        ("p", "sluiten deze samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en artikel "
              "9.1.3 WEB. De afspraken staan in de tabel hieronder. De kolom 'wie' noemt wie de afspraak "
              "uitvoert of erop toeziet; de afspraken binden beide partijen. Waar de tabel spreekt van "
              "'leerjaar 1 tot en met 5' wordt het eerste tot en met het vijfde jaar van de route bedoeld "
              "(derde en vierde leerjaar vmbo, eerste tot en met derde leerjaar mbo)."),
        ("table", [
            ["Onderwerp", "Afspraak", "Wie"],
            ["Route en opleiding",
             "Leerlingen uit de gemengde leerweg, profiel Media, vormgeving en ICT, van CVF stromen na "
             "leerjaar 2 van het vmbo door in de route naar de opleiding Mediavormgever, niveau 4 "
             "(middenkaderopleiding, kwalificatiedossier Mediavormgeving), BOL, van het Mediacollege. "
             "De route duurt vijf jaar; het vmbo-diploma gl wordt uiterlijk in leerjaar 3 behaald, het "
             "mbo-diploma aan het eind van leerjaar 5. Jaarlijks starten maximaal twintig leerlingen.",
             "Beide besturen"],
            ["Creatieve bedrijven",
             "Het netwerk Zuid Creatief (zeventien ontwerp-, animatie- en reclamebureaus op Zuid) en de "
             "erkende leerbedrijven van het Mediacollege zijn bij de route betrokken. Elk leerjaar "
             "leveren zij twee echte opdrachten aan (bijvoorbeeld een campagne voor een buurtfestival of "
             "een huisstijl voor een ondernemer op Zuid) en zitten zij in de jury die de eindpresentatie "
             "beoordeelt. Vanaf leerjaar 2 bieden zij meeloopdagen en vanaf leerjaar 3 bpv-plaatsen. "
             "Twee keer per jaar adviseert een klankbordgroep van vier ondernemers uit het netwerk de "
             "regiegroep over het programma en de portfolio-eisen.",
             "Routecoördinator met het netwerk Zuid Creatief en SBB"],
            ["Regiegroep",
             "De route wordt geleid door een regiegroep van drie personen: de afdelingsleider gemengde "
             "leerweg van CVF, de opleidingsmanager Media & Design van het Mediacollege en een "
             "routecoördinator. De afdelingsleider en de opleidingsmanager worden aangewezen door het "
             "eigen college van bestuur; de routecoördinator wordt door beide colleges samen benoemd "
             "voor drie jaar. De regiegroep stelt het gezamenlijke programma en het PTA/OER vast, "
             "besluit over de toelating tot de route, regelt roosters en de inzet van docenten binnen de "
             "uren die de besturen daarvoor vrijmaken, en onderhoudt de contacten met de bedrijven. "
             "Besluiten over geld buiten het jaarbudget, personeel en beëindiging van de route neemt de "
             "regiegroep niet; die liggen bij de besturen.",
             "Colleges van bestuur (benoeming); regiegroep (uitvoering)"],
            ["Terugkoppeling aan de besturen",
             "De regiegroep stuurt beide colleges van bestuur elk semester (in februari en in juli) een "
             "voortgangsbericht met aantallen leerlingen, uitval en overstap, examenresultaten en "
             "besteding van het jaarbudget. In september legt de regiegroep in een evaluatiegesprek met "
             "beide bestuurders verantwoording af over het afgelopen schooljaar.",
             "Regiegroep; routecoördinator schrijft"],
            ["Onderwijs en personeel",
             "Leerjaar 1 en 2 worden gegeven op de locatie van CVF aan de Beijerlandselaan, leerjaar 3 tot "
             "en met 5 in het Mediacollege aan de Brede Hilledijk. Het programma, de examinering en de "
             "beroepspraktijkvorming per leerjaar staan in het gezamenlijke PTA/OER. Er is één "
             "docententeam met drie docenten van CVF en vier van het Mediacollege; docenten van het "
             "Mediacollege geven vanaf leerjaar 1 twee dagen per week het vak Ontwerpen op CVF. Voor "
             "het beroepsgerichte deel werken partijen met teambevoegdheid; in het PTA/OER staat per "
             "onderdeel wie de bevoegde docent is. Docenten blijven in dienst van hun eigen werkgever. "
             "Tot en met leerjaar 2 staan de leerlingen ingeschreven bij CVF, daarna bij het "
             "Mediacollege; CVF blijft verantwoordelijk voor de vmbo-examens.",
             "Regiegroep; examencommissies van beide scholen"],
            ["Overstappen",
             "Wie de route verlaat, krijgt een plek waar een diploma haalbaar is. In leerjaar 1 en 2: "
             "verder in de gewone gemengde leerweg of de kaderberoepsgerichte leerweg van CVF. Geen "
             "vmbo-diploma in leerjaar 3: verder in een mbo-opleiding van het Mediacollege op niveau 3 "
             "of 4, zonder vooropleidingseisen, of het examenjaar overdoen. Andere richting of ander "
             "niveau: overstap naar een andere opleiding van ROC Nieuwe Maas op gelijk niveau of, na een "
             "geschiktheidsonderzoek, naar een andere instelling. CVF en het Mediacollege beslissen samen "
             "welke plek het wordt, na een gesprek met de leerling en de ouders, en kijken daarbij naar "
             "wat de leerling al heeft behaald en naar zijn leeftijd. De werkwijze staat in de schoolgids.",
             "Mentor CVF en studieloopbaanbegeleider Mediacollege; regiegroep beslist"],
            ["Bekostiging",
             "CVF ontvangt de bekostiging voor leerjaar 1 en 2, het Mediacollege daarna. Omdat CVF in "
             "leerjaar 3 nog examens afneemt en een docent Nederlands inzet, draagt ROC Nieuwe Maas voor "
             "leerlingen in leerjaar 3 een deel van zijn bekostiging over aan Stichting Maasoever "
             "Onderwijs, bestemd voor de kosten van de vmbo-examens en de inzet van die docent. De hoogte "
             "van het over te dragen bedrag wordt jaarlijks op voorstel van de regiegroep door de "
             "besturen vastgesteld.",
             "Controllers van beide besturen"],
            ["Medezeggenschap",
             "p.m. - aanvullende afspraken over medezeggenschap volgen na bespreking met de MR van CVF en "
             "de studentenraad van het Mediacollege (najaar 2025).",
             "Bestuurssecretarissen"],
            ["Verschil van mening",
             "Een verschil van mening over de uitvoering van deze overeenkomst bespreekt de regiegroep "
             "eerst zelf. Lukt het daar niet binnen een maand, dan gaat het naar de twee bestuurders. "
             "Komen zij er binnen zes weken niet uit, dan vragen zij samen bindend advies aan een "
             "onafhankelijke deskundige die zij gezamenlijk kiezen; komen zij niet tot een keuze, dan "
             "wijst de voorzitter van de Rotterdamse Vereniging van Schoolbesturen die deskundige aan. "
             "Het bindend advies volgt binnen acht weken.",
             "Regiegroep, daarna colleges van bestuur"],
            ["Nieuwe partners, aanpassen, opzeggen",
             "Een andere vmbo-school of mbo-instelling kan partij worden als beide besturen dat "
             "schriftelijk goedkeuren en de nieuwe partij deze overeenkomst ongewijzigd aanvaardt; "
             "toetreden kan alleen per 1 augustus. Aanpassingen van deze overeenkomst gebeuren "
             "schriftelijk en worden door beide besturen getekend; ze gaan in bij het begin van een "
             "schooljaar. Opzeggen kan schriftelijk met een termijn van twaalf maanden, tegen 1 augustus. "
             "Leerlingen die al in de route zitten, maken de route af zoals afgesproken; na opzegging "
             "stromen er geen nieuwe leerlingen meer in. Een toetreding of wijziging verandert niets aan "
             "het programma van leerlingen die al in de route zitten.",
             "Colleges van bestuur"],
            ["Looptijd",
             "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Elke vier jaar "
             "bespreken de besturen of de overeenkomst nog actueel is.",
             "Colleges van bestuur"],
        ]),
        ("p", "Aldus overeengekomen en ondertekend te Rotterdam, 27 juni 2025."),
        ("sig", [["Stichting Maasoever Onderwijs", "Stichting ROC Nieuwe Maas"],
                 ["J. Ouali, voorzitter college van bestuur", "E. de Graaf-Hoekstra, lid college van bestuur"]]),
    ])


# =============================================================================================
# h253 - plain 'we' text with headings that never name the topic, Markdown
# =============================================================================================
agreement(
    253, "h253_koppen_zonder_onderwerp_peel_en_maas_installatietechniek", "md",
    "Markdown in eenvoudige wij-vorm, opgesteld door twee teamleiders, met koppen die het onderwerp "
    "nooit noemen; Peel en Maas, Produceren, installeren en energie bb -> mbo-2 Monteur werktuigkundige "
    "installaties; kernteam uitgebreid beschreven maar zonder wijze van aanwijzing; overstap eist "
    "vooropleidingseisen bij een andere opleiding van hetzelfde ROC",
    S(c="weak", f="weak"),
    {"a": "1. Waar het om gaat",
     "b": "4. Naast ons",
     "d": "3. Wat er terugkomt",
     "e": "5. Week in, week uit",
     "g": "7. De rekensom",
     "h": "8. Meepraten",
     "i": "9. Als het schuurt",
     "j": "10. Later"},
    [
        ("title", "Samen bouwen aan vakmanschap: route installatietechniek Peel en Maas"),
        ("subtitle", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo, vastgesteld 10 juni 2025"),
        ("p", "Deze overeenkomst is gesloten tussen Stichting Voortgezet Onderwijs Peel en Maas, bevoegd "
              "gezag van Vakschool De Kemp in Panningen (hierna: De Kemp), en Stichting ROC Maasvallei, "
              "bevoegd gezag van ROC Maasvallei met het Techniekhuis in Venlo (hierna: het ROC). De tekst "
              "is geschreven door de teamleider techniek van De Kemp en de opleidingsmanager installatie "
              "van het ROC, in opdracht van en vastgesteld door beide besturen. We schrijven 'we' als we "
              "De Kemp en het ROC samen bedoelen."),
        ("h1", "1. Waar het om gaat"),
        ("p", "Leerlingen van De Kemp die in de basisberoepsgerichte leerweg het profiel Produceren, "
              "installeren en energie volgen, kunnen na het tweede leerjaar kiezen voor onze route. De "
              "route leidt naar de mbo-opleiding Monteur werktuigkundige installaties, niveau 2 "
              "(basisberoepsopleiding, kwalificatiedossier Installatie- en energietechniek), in de BOL of, "
              "vanaf het derde routejaar, de BBL. De route duurt vier jaar: twee jaar vmbo (derde en "
              "vierde leerjaar) en twee jaar mbo. Het vmbo-diploma halen leerlingen aan het eind van het "
              "tweede routejaar; het mbo-diploma aan het eind van het vierde."),
        ("p", "Per jaar starten maximaal veertien leerlingen. Leerlingen die liever de elektrotechnische "
              "kant op gaan, verwijzen we naar de gewone doorstroom; die maakt geen deel uit van deze "
              "overeenkomst."),
        ("h1", "2. Aan het stuur"),
        ("p", "De route wordt geleid door een kernteam van drie mensen: een afgevaardigde van De Kemp, een "
              "afgevaardigde van het ROC en een routecoördinator die het dagelijkse werk doet. Het "
              "kernteam vergadert elke vier weken."),
        ("p", "Het kernteam doet het volgende:"),
        ("bullets", [
            "het maakt het gezamenlijke programma en het PTA/OER voor alle vier routejaren en past het elk "
            "jaar aan;",
            "het stelt de roosters op en verdeelt de lessen over Panningen en Venlo;",
            "het voert de intakegesprekken en beslist wie tot de route wordt toegelaten;",
            "het regelt de stageplekken en houdt contact met de installatiebedrijven;",
            "het beheert het routebudget en legt daarover verantwoording af (zie onder 3).",
        ]),
        ("p", "Het kernteam mag zelf beslissen over het programma binnen de kaders van het PTA/OER, over "
              "toelating en plaatsing van leerlingen, en over uitgaven tot € 5.000 per keer binnen het "
              "routebudget. Het mag geen personeel aannemen, geen contracten met bedrijven sluiten en geen "
              "afspraken maken die de besturen geld kosten buiten het budget; daarvoor gaat het kernteam "
              "naar de besturen."),
        ("h1", "3. Wat er terugkomt"),
        ("p", "De routecoördinator schrijft namens het kernteam elk jaar in juni een verslag voor beide "
              "besturen. Daarin staat hoeveel leerlingen er zijn begonnen, doorgegaan, overgestapt en "
              "gestopt, hoe de examens zijn gegaan, wat de bedrijven vinden en hoe het budget is besteed. "
              "In september bespreken de twee bestuurders het verslag met het kernteam. Daarnaast krijgen "
              "de besturen in januari een korte tussenstand per e-mail."),
        ("h1", "4. Naast ons"),
        ("p", "De installatiebedrijven in Peel en Maas en Venlo doen mee. Op dit moment zijn dat onder "
              "andere Janssen Installatietechniek (Helden), Hermans Klimaat (Maasbree), Van Rens "
              "Duurzaam (Venlo) en zes andere erkende leerbedrijven, samen met de regionale afdeling "
              "van Techniek Nederland. Wat zij doen:"),
        ("bullets", [
            "in het eerste routejaar: elke maand een bedrijfsbezoek of een gastles door een monteur;",
            "in het tweede routejaar: een snuffelstage van twee weken bij een van de bedrijven;",
            "in het derde en vierde routejaar: bpv-plaatsen en, voor wie dat wil, leerbanen in de BBL;",
            "de bedrijven bedenken samen met de docenten de praktijkopdrachten, zoals het aansluiten van "
            "een warmtepomp in het oefenhuis, en beoordelen die mee;",
            "twee keer per jaar komen twee ondernemers en de adviseur van SBB bij het kernteam om te "
            "kijken of het programma nog aansluit bij het werk.",
        ]),
        ("h1", "5. Week in, week uit"),
        ("p", "De eerste twee routejaren zitten de leerlingen op De Kemp in Panningen, met elke week één "
              "dag in het Techniekhuis van het ROC in Venlo. Daar gebruiken ze de installatiewerkplaats, "
              "het oefenhuis met warmtepompen en zonneboilers en de lasafdeling. In het derde en vierde "
              "routejaar zitten ze in Venlo. Docenten van het ROC gebruiken op hun beurt het "
              "praktijklokaal en de gereedschappen van De Kemp als ze in Panningen lesgeven."),
        ("p", "Er is één team van vijf docenten: drie van De Kemp en twee van het ROC. De twee docenten van "
              "het ROC geven vanaf het eerste routejaar de beroepsgerichte lessen mee in Panningen; de "
              "docent Nederlands en rekenen van De Kemp blijft de leerlingen ook in het derde routejaar "
              "begeleiden. Voor het beroepsgerichte deel gebruiken we de teambevoegdheid: per onderdeel "
              "staat in het PTA/OER wie de bevoegde docent is. Iedereen blijft in dienst van zijn eigen "
              "school."),
        ("p", "Het programma, de toetsen en examens en de stages per routejaar staan in het PTA/OER. De "
              "Kemp zorgt voor de vmbo-examens, het ROC voor de mbo-examens en de bpv. In de eerste twee "
              "routejaren staat de leerling ingeschreven op De Kemp, daarna bij het ROC."),
        ("h1", "6. Andere wegen"),
        ("p", "Soms blijkt de route toch niet de goede keuze. Dan zoeken we samen een andere weg naar een "
              "diploma. De mentor van De Kemp en de loopbaanbegeleider van het ROC bespreken met de "
              "leerling en zijn ouders wat er mogelijk is; De Kemp en het ROC beslissen daarna samen, en "
              "kijken daarbij naar wat de leerling al gehaald heeft en naar zijn leeftijd."),
        ("bullets", [
            "Stopt een leerling in het eerste of tweede routejaar, dan maakt hij het gewone vmbo "
            "basisberoepsgericht af op De Kemp, in hetzelfde of een ander profiel.",
            "Haalt een leerling het vmbo-diploma niet, dan mag hij het examenjaar overdoen op De Kemp.",
            "Wil een leerling zonder vmbo-diploma een andere opleiding bij ROC Maasvallei volgen, dan moet "
            "hij eerst alsnog aan de vooropleidingseisen van die opleiding voldoen. Het ROC laat "
            "leerlingen zonder vmbo-diploma alleen toe tot de routeopleiding zelf.",
            "Past installatietechniek niet, dan kan een leerling met vmbo-diploma overstappen naar een "
            "andere opleiding op niveau 2 van het ROC of van een andere school in de regio.",
        ]),
        ("p", "De loopbaanbegeleider zorgt voor een warme overdracht. In de schoolgids van De Kemp staat hoe "
              "het werkt."),
        ("h1", "7. De rekensom"),
        ("p", "De Kemp krijgt de bekostiging voor de eerste twee routejaren, het ROC voor de laatste twee. "
              "Omdat de docenten van het ROC al in de eerste twee routejaren lesgeven en de leerlingen "
              "dan al materiaal verbruiken in Venlo, maakt Stichting Voortgezet Onderwijs Peel en Maas "
              "voor elke leerling in het eerste en tweede routejaar € 400 per schooljaar over aan "
              "Stichting ROC Maasvallei (artikel 5.42a WVO 2020). Dit geld is bestemd voor de uren van "
              "de twee ROC-docenten in Panningen en voor het verbruiksmateriaal (buizen, fittingen, "
              "lasmateriaal) dat de leerlingen in het Techniekhuis gebruiken. Het ROC stuurt in november "
              "een factuur op basis van de telling van 1 oktober."),
        ("h1", "8. Meepraten"),
        ("p", "Voor leerlingen, ouders en medewerkers gelden de gewone regels: op De Kemp de WMS, bij het "
              "ROC de WEB en de WOR. Daarbovenop spreken we af:"),
        ("bullets", [
            "de medezeggenschapsraad van De Kemp en de studentenraad van het ROC krijgen allebei een "
            "adviesaanvraag voordat de besturen iets wezenlijks aan de route veranderen;",
            "een leerling uit het tweede routejaar mag als toehoorder met spreekrecht meedoen met de "
            "studentenraad van het Techniekhuis;",
            "eens per jaar praat het kernteam met een afvaardiging van beide raden over het jaarverslag.",
        ]),
        ("h1", "9. Als het schuurt"),
        ("p", "Zijn we het niet eens over hoe we deze afspraken uitvoeren, dan bespreken we dat eerst in "
              "het kernteam. Komt het kernteam er in vier weken niet uit, dan gaat het naar de twee "
              "bestuurders. Lukt het hun binnen zes weken ook niet, dan vragen we een onafhankelijke "
              "bemiddelaar, die we samen kiezen. Helpt bemiddeling niet, dan kan elk van de besturen naar "
              "de rechtbank Limburg."),
        ("h1", "10. Later"),
        ("p", "Deze afspraken gelden vanaf 1 augustus 2025 en lopen door tot een van de besturen ze "
              "opzegt. Opzeggen gaat per brief, met een termijn van een jaar, en altijd tegen het einde "
              "van een schooljaar. Na een opzegging nemen we geen nieuwe leerlingen meer aan; wie al in de "
              "route zit, maakt hem af zoals hier afgesproken."),
        ("p", "Iets veranderen aan deze afspraken doen we alleen op papier, getekend door beide "
              "bestuurders, en ingaand bij een nieuw schooljaar, zodat leerlingen midden in het jaar niet "
              "ineens met een ander programma te maken krijgen."),
        ("p", "Wil een andere school of instelling meedoen, dan kan dat als beide besturen schriftelijk "
              "akkoord gaan en de nieuwe partner deze afspraken tekent. Een nieuwe partner begint altijd op "
              "1 augustus en wordt vooraf bij DUO gemeld; voor de leerlingen die al in de route zitten "
              "verandert er niets."),
        ("h1", "Getekend"),
        ("p", "Panningen en Venlo, 10 juni 2025"),
        ("sig", [["Stichting Voortgezet Onderwijs Peel en Maas", "Stichting ROC Maasvallei"],
                 ["M. Peeters-Gielen, bestuurder", "drs. T.H. Verstappen, voorzitter college van bestuur"]]),
    ])


# =============================================================================================
# h254 - renewal of a 2021 agreement, formal articles, Slotbepalingen, PDF
# =============================================================================================
agreement(
    254, "h254_vernieuwing_slotbepalingen_zutphen_onderwijsassistent", "pdf",
    "Vernieuwde overeenkomst die een overeenkomst uit 2021 vervangt, PDF met artikelen, een overzicht "
    "van wijzigingen en een artikel Slotbepalingen met toetreding, opzegging, wijziging, cohortbescherming "
    "en geschillen; Zutphen, Zorg en welzijn gl -> mbo-4 Onderwijsassistent; vast jaarbedrag met "
    "bestemming; medezeggenschap alleen wettelijke regimes en 'kunnen'",
    S(h="not_applicable"),
    {"a": "Artikel 2 De route",
     "b": "Artikel 5 Scholen en kinderopvang als leerwerkplaats",
     "c": "Artikel 3 Routeteam",
     "d": "Artikel 4 Verslaglegging aan de besturen",
     "e": "Artikel 6 Uitvoering van het onderwijs",
     "f": "Artikel 7 Uitstappen en overstappen",
     "g": "Artikel 8 Financiële afspraken",
     "i": "12.6 Geschillen",
     "j": "Artikel 12 Slotbepalingen"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Onderwijsassistent Zutphen"),
        ("subtitle", "Vernieuwde overeenkomst, vervangt de overeenkomst van 2 juli 2021\n"
                     "vmbo gemengde leerweg Zorg en welzijn - mbo niveau 4 Onderwijsassistent"),
        ("h1", "Partijen"),
        ("p", "Stichting Openbaar Voortgezet Onderwijs Zutphen en Omstreken, bevoegd gezag van het "
              "Berkelcollege te Zutphen, rechtsgeldig vertegenwoordigd door mevrouw M.J. Hendriksen, "
              "voorzitter van het college van bestuur, hierna: het Berkelcollege;"),
        ("p", "en"),
        ("p", "Stichting ROC IJssel-Berkel, bevoegd gezag van ROC IJssel-Berkel te Zutphen en Deventer, "
              "rechtsgeldig vertegenwoordigd door de heer dr. P. Scholten, voorzitter van het college van "
              "bestuur, hierna: het ROC;"),
        ("h1", "Overwegingen"),
        ("p", "a. Partijen verzorgen sinds het schooljaar 2021-2022 gezamenlijk een doorlopende leerroute "
              "vmbo-mbo op grond van de samenwerkingsovereenkomst van 2 juli 2021."),
        ("p", "b. Uit de evaluatie van het schooljaar 2023-2024 blijkt dat de leiding over de route, de "
              "financiële afspraken en de afspraken over overstap verduidelijking behoeven, en dat de "
              "overeenkomst van 2021 geen regeling bevat voor toetreding van andere scholen."),
        ("p", "c. Partijen wensen daarom de overeenkomst van 2021 te vervangen door deze overeenkomst, die "
              "voldoet aan artikel 2.107b WVO 2020 en artikel 9.1.3 WEB."),
        ("h1", "Artikel 1 Vervanging en overgang"),
        ("p", "1.1 Deze overeenkomst vervangt met ingang van 1 augustus 2025 de samenwerkingsovereenkomst "
              "van 2 juli 2021, die op die datum eindigt."),
        ("p", "1.2 Leerlingen en studenten die vóór 1 augustus 2025 met de route zijn begonnen, ronden de "
              "route af volgens het PTA/OER dat bij hun instroom gold. Op hen zijn voor het overige de "
              "bepalingen van deze overeenkomst van toepassing."),
        ("p", "1.3 De belangrijkste wijzigingen ten opzichte van 2021 zijn:"),
        ("table", [
            ["Onderwerp", "2021", "Vanaf 2025"],
            ["Leiding", "stuurgroep van vier personen", "routeteam van drie personen (artikel 3)"],
            ["Rapportage", "eenmaal per jaar", "tweemaal per jaar (artikel 4)"],
            ["Financiën", "bedrag per leerling", "vast jaarbedrag voor inzet docent (artikel 8)"],
            ["Overstap", "algemene zinsnede", "uitgewerkte kaders (artikel 7)"],
            ["Toetreding", "geen regeling", "regeling in artikel 12"],
        ]),
        ("h1", "Artikel 2 De route"),
        ("p", "2.1 De route loopt van het profiel Zorg en welzijn in de gemengde leerweg van het "
              "Berkelcollege naar de opleiding Onderwijsassistent, niveau 4 (middenkaderopleiding, "
              "kwalificatiedossier Onderwijsassistent), BOL, van het ROC, locatie Zutphen."),
        ("p", "2.2 De route duurt vijf jaar: het derde en vierde leerjaar van de gemengde leerweg en drie "
              "leerjaren mbo. Het vmbo-diploma wordt aan het eind van het tweede routejaar behaald, "
              "uiterlijk in het derde routejaar."),
        ("h1", "Artikel 3 Routeteam"),
        ("p", "3.1 De leiding over de route berust bij het routeteam. Het routeteam bestaat uit de "
              "teamleider bovenbouw gemengde leerweg van het Berkelcollege, de opleidingsmanager "
              "Pedagogisch Werk van het ROC en een routecoördinator."),
        ("p", "3.2 Het college van bestuur van het Berkelcollege wijst de teamleider aan, het college van "
              "bestuur van het ROC de opleidingsmanager. De routecoördinator wordt na een gezamenlijke "
              "selectieprocedure door beide colleges van bestuur benoemd voor een termijn van drie jaar."),
        ("p", "3.3 De colleges van bestuur dragen aan het routeteam de volgende taken en bevoegdheden op: "
              "het vaststellen van het gezamenlijke onderwijsprogramma en het PTA/OER; het bepalen van de "
              "lestijden en de verdeling van het programma over beide locaties; de toelating van leerlingen "
              "tot de route; de inzet van docenten binnen de door de colleges toegekende formatie; de "
              "contacten met de leerwerkplaatsen; en het beheer van het routebudget. Het routeteam is niet "
              "bevoegd tot besluiten over werving en ontslag van personeel, investeringen of wijziging van "
              "deze overeenkomst."),
        ("h1", "Artikel 4 Verslaglegging aan de besturen"),
        ("p", "4.1 Het routeteam brengt tweemaal per jaar, uiterlijk 1 maart en 1 september, schriftelijk "
              "verslag uit aan beide colleges van bestuur over de aantallen leerlingen en studenten, uitval "
              "en overstap, studievoortgang en examenresultaten, de ervaringen van de leerwerkplaatsen en "
              "de besteding van het routebudget."),
        ("p", "4.2 Het septemberverslag geldt als jaarverantwoording. Het wordt besproken in het jaarlijkse "
              "bestuurlijk overleg tussen beide colleges van bestuur en het routeteam in oktober. De colleges "
              "kunnen het routeteam tussentijds om inlichtingen vragen."),
        ("h1", "Artikel 5 Scholen en kinderopvang als leerwerkplaats"),
        ("p", "5.1 Stichting Primair Onderwijs Zutphen-Lochem (achttien basisscholen) en Kinderopvang "
              "De Berkelbloem zijn als erkende leerbedrijven bij de route betrokken. Zij bieden leerlingen "
              "in het eerste en tweede routejaar meeloopdagen in de groep en studenten vanaf het derde "
              "routejaar bpv-plaatsen in groep 1 tot en met 8 en in de buitenschoolse opvang."),
        ("p", "5.2 Twee intern begeleiders en een locatiemanager kinderopvang vormen samen met het "
              "routeteam de praktijkraad. De praktijkraad komt drie keer per jaar bijeen, adviseert over "
              "het programma en de keuzedelen en levert praktijkopdrachten aan, zoals het voorbereiden en "
              "geven van een leesles. Praktijkopleiders van de basisscholen beoordelen de bpv mee."),
        ("h1", "Artikel 6 Uitvoering van het onderwijs"),
        ("p", "6.1 Het eerste en tweede routejaar worden verzorgd op de locatie van het Berkelcollege, "
              "het derde tot en met vijfde routejaar op de locatie Zutphen van het ROC. Onderwijsprogramma, "
              "examinering en beroepspraktijkvorming per routejaar staan in het gezamenlijke PTA/OER."),
        ("p", "6.2 Leerlingen in het eerste en tweede routejaar volgen wekelijks een dagdeel onderwijs in "
              "het praktijklokaal kinderopvang en het oefenklaslokaal van het ROC. Het ROC stelt deze "
              "lokalen, inclusief de daar aanwezige leermiddelen, om niet ter beschikking. Het "
              "Berkelcollege stelt zijn mediatheek en zijn ruimten voor de vmbo-examens ter beschikking "
              "van studenten die in het derde routejaar nog vmbo-examens afleggen."),
        ("p", "6.3 Het routeteam stelt jaarlijks een docententeam samen met ten minste twee docenten van "
              "het Berkelcollege en twee docenten pedagogiek van het ROC. Een docent pedagogiek van het ROC "
              "verzorgt in het eerste en tweede routejaar vier lesuren per week op het Berkelcollege. Voor "
              "de programmaonderdelen Pedagogisch handelen en Zorg in de klas wordt gewerkt met een team "
              "als bedoeld in artikel 7.13a WVO 2020; het PTA/OER vermeldt per onderdeel de bevoegde docent. "
              "Docenten blijven in dienst van hun eigen werkgever."),
        ("p", "6.4 Het Berkelcollege blijft verantwoordelijk voor de vmbo-examinering en diplomering, het "
              "ROC voor de mbo-examinering, diplomering en de bpv."),
        ("h1", "Artikel 7 Uitstappen en overstappen"),
        ("p", "7.1 Beëindigt een leerling of student zijn deelname aan de route voordat hij deze met "
              "succes heeft afgerond, dan bieden partijen hem een vervolg dat leidt tot een vmbo-diploma of "
              "een mbo-diploma."),
        ("p", "7.2 In het eerste of tweede routejaar vervolgt de leerling de gemengde leerweg of, als dat "
              "beter past, de kaderberoepsgerichte leerweg van het Berkelcollege. Heeft de student aan het "
              "eind van het derde routejaar geen vmbo-diploma, dan zet hij zijn opleiding bij het ROC voort "
              "of stapt hij over naar een andere opleiding van het ROC op niveau 3 of 4, zonder dat "
              "vooropleidingseisen worden gesteld. Wil de student een andere richting of naar een andere "
              "instelling, dan helpen partijen bij het vinden van een opleiding op vergelijkbaar niveau; de "
              "andere instelling kan toelaten na een geschiktheidsonderzoek."),
        ("p", "7.3 Het Berkelcollege en het ROC stellen het vervolg gezamenlijk vast, op voorstel van de "
              "routecoördinator, na overleg met de leerling of student en zijn ouders, en op basis van het "
              "bereikte onderwijsniveau en de leeftijd. De schoolgids en de studiegids beschrijven de "
              "werkwijze."),
        ("h1", "Artikel 8 Financiële afspraken"),
        ("p", "8.1 Het Berkelcollege ontvangt de bekostiging voor het eerste en tweede routejaar, het ROC "
              "voor de daarop volgende jaren."),
        ("p", "8.2 Met toepassing van artikel 5.42a WVO 2020 draagt Stichting Openbaar Voortgezet "
              "Onderwijs Zutphen en Omstreken jaarlijks een vast bedrag van € 12.000 over aan Stichting ROC "
              "IJssel-Berkel. Het bedrag wordt jaarlijks per 1 augustus geïndexeerd met de loonontwikkeling "
              "volgens de cao mbo."),
        ("p", "8.3 Het bedrag is uitsluitend bestemd voor de inzet van de docent pedagogiek van het ROC op "
              "het Berkelcollege als bedoeld in artikel 6.3. Het ROC factureert in januari."),
        ("h1", "Artikel 9 Melding"),
        ("p", "Partijen houden de registratie van de route in RIO actueel en melden wijzigingen gezamenlijk."),
        ("h1", "Artikel 10 Medezeggenschap"),
        ("p", "Op de route zijn de Wet medezeggenschap op scholen en de medezeggenschapsbepalingen van de "
              "WEB en de Wet op de ondernemingsraden van toepassing, ieder voor de leerlingen, studenten, "
              "ouders en medewerkers die het betreft. Partijen kunnen aanvullende afspraken over de "
              "medezeggenschap maken, bijvoorbeeld over deelname van routeleerlingen aan de studentenraad "
              "van het ROC."),
        ("h1", "Artikel 11 Klachten en privacy"),
        ("p", "11.1 De klachtenregelingen van beide partijen gelden mede voor gedragingen van het personeel "
              "van de andere partij in het kader van de route. Partijen sturen een klacht over een "
              "medewerker van de andere partij binnen een week door."),
        ("p", "11.2 Partijen wisselen alleen de persoonsgegevens uit die voor de route noodzakelijk zijn "
              "en leggen dit vast in een gegevensdelingsovereenkomst."),
        ("h1", "Artikel 12 Slotbepalingen"),
        ("h2", "12.1 Looptijd"),
        ("p", "Deze overeenkomst geldt voor onbepaalde tijd, met ingang van 1 augustus 2025."),
        ("h2", "12.2 Toetreding"),
        ("p", "Het bevoegd gezag van een andere school voor vmbo of een andere instelling voor "
              "beroepsonderwijs kan tot deze overeenkomst toetreden, indien beide partijen daarmee "
              "schriftelijk instemmen, de toetreder de rechten en plichten uit deze overeenkomst bij "
              "ondertekening van een toetredingsverklaring aanvaardt en de toetreding per 1 augustus "
              "ingaat en vooraf in RIO is gemeld. Een toetreding heeft geen gevolgen voor de plaats van "
              "leerlingen en studenten die de route al volgen."),
        ("h2", "12.3 Wijziging"),
        ("p", "Deze overeenkomst kan alleen worden gewijzigd bij een schriftelijke, door beide colleges van "
              "bestuur ondertekende wijzigingsovereenkomst. Wijzigingen in het programma gaan in bij het "
              "begin van een schooljaar en gelden niet voor een cohort dat al aan de route deelneemt, "
              "tenzij dit voor de leerlingen en studenten gunstiger is."),
        ("h2", "12.4 Opzegging en ontbinding"),
        ("p", "Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus, met een "
              "opzegtermijn van ten minste twaalf maanden. Iedere partij kan de overeenkomst ontbinden als "
              "de andere partij ernstig tekortschiet en dat niet binnen twee maanden na een schriftelijke "
              "ingebrekestelling herstelt, of als de andere partij het profiel of de opleiding niet langer "
              "mag verzorgen."),
        ("h2", "12.5 Bescherming van leerlingen en studenten"),
        ("p", "Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen en studenten "
              "die de route al volgen, ronden deze af volgens het voor hen geldende PTA/OER; partijen "
              "blijven de daarvoor nodige verplichtingen nakomen tot de laatste student is uitgestroomd. "
              "Is afronding niet mogelijk, dan past elke partij artikel 7 toe."),
        ("h2", "12.6 Geschillen"),
        ("p", "Een geschil over de uitvoering van deze overeenkomst wordt eerst in het routeteam besproken "
              "en daarna, als het routeteam niet binnen een maand tot een oplossing komt, in een "
              "bestuurlijk overleg van beide colleges van bestuur. Blijft het geschil daarna bestaan, dan "
              "leggen partijen het voor bindend advies voor aan een commissie van drie personen: elke "
              "partij wijst een lid aan en die twee leden wijzen samen een onafhankelijke voorzitter aan. "
              "De commissie brengt binnen acht weken haar advies uit; de kosten worden gelijk gedeeld."),
        ("p", "Aldus in tweevoud overeengekomen en ondertekend te Zutphen op 16 juni 2025."),
        ("sig", [["Stichting Openbaar Voortgezet Onderwijs Zutphen en Omstreken",
                  "Stichting ROC IJssel-Berkel"],
                 ["M.J. Hendriksen, voorzitter college van bestuur",
                  "dr. P. Scholten, voorzitter college van bestuur"]]),
    ])
AGREEMENTS[254]["header"] = "Samenwerkingsovereenkomst DLR Onderwijsassistent - vernieuwde versie 2025"


# =============================================================================================
# h255 - very short geintegreerde route, one page, PDF
# =============================================================================================
agreement(
    255, "h255_zeer_kort_geintegreerde_route_ameland_gastheer", "pdf",
    "Zeer korte overeenkomst van een pagina met elf genummerde afspraken, PDF; Ameland, "
    "geïntegreerde route Horeca, bakkerij en recreatie bb -> mbo-2 Gastheer/gastvrouw; wie de route "
    "verlaat gaat naar Entree; geen woord over geld of bekostiging; zwijgt over medezeggenschap",
    S(f="weak", g="missing", h="not_applicable"),
    {"a": "1. Route.",
     "b": "3. Bedrijven.",
     "c": "4. Leiding.",
     "d": "5. Verslag.",
     "e": "6. Onderwijs.",
     "i": "9. Geschillen.",
     "j": "10. Toetreden, wijzigen, opzeggen."},
    [
        ("title", "Samenwerkingsovereenkomst geïntegreerde route Gastvrij Ameland"),
        ("p", "Stichting Voortgezet Onderwijs Ameland, bevoegd gezag van OSG Het Wad te Nes (hierna: de "
              "school), en Stichting ROC Waddenkust, bevoegd gezag van ROC Waddenkust te Dokkum (hierna: het "
              "ROC), spreken op grond van artikel 2.107l WVO 2020 en artikel 9.1.17 WEB het volgende af."),
        ("p", "1. Route. Leerlingen van de basisberoepsgerichte leerweg, profiel Horeca, bakkerij en "
              "recreatie, van de school kunnen vanaf het derde leerjaar de geïntegreerde route volgen naar de "
              "opleiding Gastheer/gastvrouw, niveau 2 (kwalificatiedossier Gastheer/-vrouw), BBL of BOL, van "
              "het ROC. Zij hoeven geen vmbo-eindexamen af te leggen en sluiten af met het mbo-diploma."),
        ("p", "2. Start. De route begint op 1 augustus 2025 en duurt vier jaar. Er doen per jaar hooguit "
              "acht leerlingen mee; deelname gaat in overleg met leerling en ouders."),
        ("p", "3. Bedrijven. Ondernemersvereniging Ameland en zes hotels en strandpaviljoens op het "
              "eiland, erkend als leerbedrijf, bieden vanaf het eerste routejaar in elk zomerseizoen "
              "bpv-plaatsen, geven gastlessen in de leerkeuken en beoordelen de praktijkexamens mee. Twee "
              "keer per jaar bespreken zij met de routeleiding of het programma aansluit bij het werk."),
        ("p", "4. Leiding. De route wordt geleid door de teamleider bb van de school en de "
              "opleidingscoördinator Horeca van het ROC. Ieder wordt door het eigen bestuur aangewezen. Zij "
              "stellen samen het programma en de OER per routejaar vast, beslissen over plaatsing van "
              "leerlingen en maken het rooster. Over personeel en over wijziging van deze overeenkomst "
              "beslissen de besturen."),
        ("p", "5. Verslag. De routeleiding stuurt beide besturen elk jaar vóór 1 juli een schriftelijk "
              "verslag (aantallen, uitval, examenresultaten, ervaringen van de bedrijven). Het verslag "
              "wordt in september in een bestuurlijk overleg besproken."),
        ("p", "6. Onderwijs. Alle lessen worden op Ameland gegeven, in het gebouw van de school. Twee "
              "docenten van het ROC geven vanaf het eerste routejaar twee dagen per week het "
              "beroepsgerichte deel op de school, samen met twee docenten van de school als één team "
              "(teambevoegdheid, art. 7.13a WVO 2020). Het ROC gebruikt daarvoor de leerkeuken en het "
              "restaurantlokaal van de school; één week per periode gaan de leerlingen naar het "
              "leerrestaurant van het ROC in Dokkum. Het ROC verzorgt de mbo-examens."),
        ("p", "7. Uitstappen. Stopt een leerling met de geïntegreerde route, dan stroomt hij door naar de "
              "Entreeopleiding van het ROC. De mentor regelt de overdracht."),
        ("p", "8. Melding. Partijen melden de route samen in RIO."),
        ("p", "9. Geschillen. Onenigheid over de uitvoering bespreekt de routeleiding eerst zelf, daarna de "
              "twee bestuurders. Zijn die het na zes weken niet eens, dan schakelen zij een mediator in. "
              "Daarna kan elke partij naar de rechtbank Noord-Nederland."),
        ("p", "10. Toetreden, wijzigen, opzeggen. Een andere school of instelling kan meedoen als beide "
              "besturen schriftelijk instemmen en de nieuwe partij deze afspraken tekent, per 1 augustus. "
              "Wijzigen gaat schriftelijk, door beide besturen getekend, per nieuw schooljaar. Opzeggen "
              "kan per brief tegen 1 augustus met een termijn van een jaar. Leerlingen die al in de route "
              "zitten, maken hem af; na opzegging komen er geen nieuwe leerlingen bij."),
        ("p", "11. Duur. Deze overeenkomst geldt voor onbepaalde tijd."),
        ("p", "Nes/Dokkum, 23 juni 2025"),
        ("sig", [["Stichting Voortgezet Onderwijs Ameland", "Stichting ROC Waddenkust"],
                 ["A. de Jong, bestuurder", "S. Visser-Bakker, voorzitter college van bestuur"]]),
    ])


# =============================================================================================
# h256 - three parties, bestuurssecretaris, Roman chapters, financial annex, DOCX
# =============================================================================================
agreement(
    256, "h256_drie_partijen_romeinse_hoofdstukken_ijsselmonde_sport", "docx",
    "Driepartijenovereenkomst (twee vmbo-besturen en een ROC) van een bestuurssecretaris, DOCX met "
    "Romeinse hoofdstukken, begripsbepalingen en een financiële bijlage met tabel; IJsselmonde, "
    "Dienstverlening en producten kb -> mbo-3 Sport- en bewegingsleider; gezamenlijke "
    "medezeggenschapscommissie, uittreding van een partij met bescherming van haar leerlingen; volledig",
    S(),
    {"a": "Artikel 2 Onderwerp",
     "b": "Artikel 8 Sportverenigingen en sportaanbieders",
     "c": "Artikel 4 Routedirectie",
     "d": "Artikel 5 Informatie en verantwoording",
     "e": "Artikel 6 Locaties, faciliteiten en personeel",
     "f": "Artikel 9 Overstap",
     "g": "Artikel 11 Overdracht van middelen",
     "h": "Artikel 12 Routecommissie medezeggenschap",
     "i": "Artikel 17 Geschillen",
     "j": "Hoofdstuk VII Toetreding, wijziging en beëindiging"},
    [
        ("title", "Samenwerkingsovereenkomst Sportroute IJsselmonde"),
        ("subtitle", "doorlopende leerroute vmbo kaderberoepsgerichte leerweg Dienstverlening en producten - "
                     "mbo niveau 3 Sport- en bewegingsleider\nopgesteld door het bestuurssecretariaat van "
                     "ROC Oude Maas, versie 1.0, 24 juni 2025"),
        ("h1", "Partijen"),
        ("numbered", [
            "Stichting Protestants-Christelijk Voortgezet Onderwijs Barendrecht, bevoegd gezag van "
            "Vakcollege De Waal te Barendrecht, vertegenwoordigd door de heer G. Kool, bestuurder "
            "(hierna: PCVO Barendrecht);",
            "Stichting Openbaar Voortgezet Onderwijs Ridderkerk, bevoegd gezag van Sportcollege Ridderhaven "
            "te Ridderkerk, vertegenwoordigd door mevrouw L. Benali, voorzitter college van bestuur "
            "(hierna: OVO Ridderkerk);",
            "Stichting ROC Oude Maas, bevoegd gezag van ROC Oude Maas met de Sportcampus IJsselmonde te "
            "Barendrecht, vertegenwoordigd door de heer ir. F. van Leeuwen, voorzitter college van bestuur "
            "(hierna: het ROC);",
        ]),
        ("p", "PCVO Barendrecht en OVO Ridderkerk worden hierna ook samen 'de vo-besturen' genoemd, en "
              "alle drie samen 'partijen'."),
        ("h1", "Overwegingen"),
        ("p", "Partijen constateren dat veel leerlingen uit de kaderberoepsgerichte leerweg met "
              "belangstelling voor sport na het vmbo voortijdig afhaken, dat sportverenigingen in "
              "Barendrecht en Ridderkerk structureel om gekwalificeerde trainers en "
              "buurtsportcoaches vragen, en dat een doorlopende leerroute bijdraagt aan een ononderbroken "
              "leerweg. Zij gaan daartoe deze overeenkomst aan als bedoeld in artikel 2.107b WVO 2020 en "
              "artikel 9.1.3 WEB."),
        ("h1", "Hoofdstuk I Algemeen"),
        ("h2", "Artikel 1 Begripsbepalingen"),
        ("bullets", [
            "sportroute: de doorlopende leerroute bedoeld in artikel 2;",
            "vo-school: Vakcollege De Waal of Sportcollege Ridderhaven;",
            "deelnemer: een leerling of student die aan de sportroute deelneemt;",
            "vo-fase: het eerste en tweede jaar van de sportroute (derde en vierde leerjaar vmbo);",
            "mbo-fase: het derde en vierde jaar van de sportroute;",
            "routedirectie: het orgaan bedoeld in artikel 4;",
            "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
            "examenregeling van de sportroute.",
        ]),
        ("h2", "Artikel 2 Onderwerp"),
        ("p", "2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute van het profiel Dienstverlening "
              "en producten in de kaderberoepsgerichte leerweg, met het keuzevak Sport en bewegen, van "
              "beide vo-scholen naar de opleiding Sport- en bewegingsleider, niveau 3 (vakopleiding, "
              "kwalificatiedossier Sport en bewegen), BOL, van het ROC."),
        ("p", "2.2 Het vmbo-diploma wordt behaald in het tweede jaar van de sportroute, uiterlijk in het "
              "derde jaar. Het mbo-diploma wordt na vier jaar sportroute behaald."),
        ("h2", "Artikel 3 Melding"),
        ("p", "Elk van de vo-besturen meldt samen met het ROC de sportroute in RIO, voor de eigen school "
              "afzonderlijk."),
        ("h1", "Hoofdstuk II Leiding en verantwoording"),
        ("h2", "Artikel 4 Routedirectie"),
        ("p", "4.1 De leiding over de sportroute berust bij de routedirectie. De routedirectie bestaat uit "
              "de afdelingsleider kaderberoepsgerichte leerweg van elk van beide vo-scholen en de "
              "opleidingsmanager Sport en Bewegen van het ROC, die de routedirectie voorzit."),
        ("p", "4.2 Elk bevoegd gezag wijst zijn lid van de routedirectie en een plaatsvervanger schriftelijk "
              "aan en meldt dit aan de andere partijen. Wisselingen worden binnen twee weken gemeld."),
        ("p", "4.3 De partijen dragen aan de routedirectie op: (a) het opstellen en jaarlijks vaststellen van "
              "het PTA/OER; (b) de toelating van leerlingen tot de sportroute; (c) de jaarplanning, het "
              "rooster en de verdeling van lessen over de locaties; (d) de inzet van docenten binnen de "
              "formatie die partijen beschikbaar stellen; (e) de samenwerking met sportverenigingen en "
              "sportaanbieders; (f) het voorstel over de overstap van een deelnemer als bedoeld in "
              "artikel 9."),
        ("p", "4.4 De routedirectie besluit bij meerderheid, met dien verstande dat een besluit dat "
              "uitsluitend de leerlingen van één vo-school raakt niet wordt genomen tegen de stem van de "
              "afdelingsleider van die school. Besluiten over personeel, huisvesting, "
              "financiële verplichtingen buiten de jaarbegroting van de sportroute en wijziging van deze "
              "overeenkomst zijn voorbehouden aan de bevoegde gezagen."),
        ("h2", "Artikel 5 Informatie en verantwoording"),
        ("p", "5.1 De voorzitter van de routedirectie informeert de drie bevoegde gezagen per kwartaal "
              "met een kwartaalbericht over deelnemersaantallen per school, verzuim, uitval en overstap."),
        ("p", "5.2 De routedirectie legt jaarlijks vóór 1 november verantwoording af in een jaarverslag "
              "over het voorgaande schooljaar, met de examenresultaten vmbo en mbo, de in-, door- en "
              "uitstroom per vo-school, de besteding van de overgedragen middelen en de "
              "verbeterpunten."),
        ("p", "5.3 Het jaarverslag wordt besproken in het bestuurlijk overleg van de drie bevoegde "
              "gezagen, dat tweemaal per jaar, in november en in mei, plaatsvindt."),
        ("h1", "Hoofdstuk III Onderwijs"),
        ("h2", "Artikel 6 Locaties, faciliteiten en personeel"),
        ("p", "6.1 De vo-fase wordt verzorgd op de eigen vo-school van de deelnemer; de mbo-fase op de "
              "Sportcampus IJsselmonde van het ROC. Vanaf het eerste jaar volgen deelnemers van beide "
              "vo-scholen gezamenlijk één dag per week onderwijs op de Sportcampus."),
        ("p", "6.2 Het ROC stelt de sporthal, het fitnesslab en het bewegingslab van de Sportcampus voor die "
              "dag beschikbaar. De vo-scholen stellen hun gymzalen en buitensportvelden beschikbaar voor de "
              "lessen die docenten van het ROC op de vo-scholen geven. Het gebruik is wederzijds kosteloos; "
              "partijen stemmen het gebruik af in de jaarplanning."),
        ("p", "6.3 De sportroute wordt gegeven door één routeteam met per vo-school ten minste één docent "
              "lichamelijke opvoeding en één docent Dienstverlening en producten, en ten minste drie "
              "docenten van het ROC. ROC-docenten verzorgen in de vo-fase het beroepsgerichte keuzevak "
              "Sport en bewegen. Voor de programmaonderdelen Sport en bewegen en Organiseren van "
              "activiteiten werken partijen met een team als bedoeld in artikel 7.13a WVO 2020 en artikel "
              "9.1.12 WEB; het PTA/OER vermeldt per onderdeel de verantwoordelijke bevoegde docent. "
              "Docenten blijven in dienst van hun werkgever."),
        ("h2", "Artikel 7 Programma en examinering"),
        ("p", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per jaar van de sportroute "
              "zijn vastgelegd in het PTA/OER. De vo-scholen zijn verantwoordelijk voor de vmbo-examens van "
              "hun eigen deelnemers, ook in de mbo-fase; het ROC voor de mbo-examens en de bpv."),
        ("h2", "Artikel 8 Sportverenigingen en sportaanbieders"),
        ("p", "8.1 De sportroute wordt uitgevoerd met medewerking van de sportverenigingen en "
              "sportaanbieders die zijn aangesloten bij het Sportplatform IJsselmonde, waaronder "
              "BVV Barendrecht, Ridderkerkse Zwem- en Poloclub, Fitland Ridderkerk en de "
              "buurtsportcoaches van de gemeenten Barendrecht en Ridderkerk."),
        ("p", "8.2 Deze organisaties bieden als erkende leerbedrijven vanaf het tweede jaar stages en vanaf "
              "het derde jaar bpv-plaatsen, laten deelnemers assisteren bij trainingen en toernooien, en "
              "stellen jaarlijks ten minste vijf praktijkopdrachten beschikbaar, zoals het organiseren van "
              "een sportdag voor een basisschool."),
        ("p", "8.3 Een vertegenwoordiger van het Sportplatform IJsselmonde en een adviseur van SBB nemen "
              "tweemaal per jaar deel aan een werkveldoverleg met de routedirectie over de inhoud van het "
              "PTA/OER. Trainers van verenigingen beoordelen de praktijkexamens in het vierde jaar mee."),
        ("h1", "Hoofdstuk IV Deelnemers"),
        ("h2", "Artikel 9 Overstap"),
        ("p", "9.1 Een deelnemer die de sportroute verlaat voordat hij deze met succes heeft afgerond, "
              "wordt door partijen in staat gesteld een vmbo-diploma of een mbo-diploma te behalen, passend "
              "bij het bereikte onderwijsniveau en zijn leeftijd."),
        ("p", "9.2 Partijen hanteren de volgende kaders: (a) wie in de vo-fase uitstapt, vervolgt het "
              "reguliere programma Dienstverlening en producten in de kaderberoepsgerichte leerweg op de "
              "eigen vo-school of, als dat beter past, een ander profiel of de basisberoepsgerichte "
              "leerweg; (b) wie in het derde jaar het vmbo-diploma niet haalt, kan zonder dat diploma "
              "verder in de opleiding of in een andere opleiding van het ROC op niveau 2 of 3, zonder "
              "vooropleidingseisen, of het examenjaar op de vo-school herhalen; (c) wie een andere richting "
              "kiest, kan overstappen naar een andere opleiding op niveau 3 van het ROC of, na een "
              "geschiktheidsonderzoek, van een andere instelling."),
        ("p", "9.3 Over de overstap beslissen de betrokken vo-school en het ROC gezamenlijk, op voorstel van "
              "de routedirectie en na een gesprek met de deelnemer en zijn ouders. De vo-scholen nemen de "
              "werkwijze op in hun schoolgids."),
        ("h2", "Artikel 10 Klachten"),
        ("p", "De klachtenregeling van elke partij is mede van toepassing op gedragingen van bestuur en "
              "personeel van de andere partijen in het kader van de sportroute. Klachten over een medewerker "
              "van een andere partij worden binnen vijf werkdagen aan die partij doorgestuurd."),
        ("h1", "Hoofdstuk V Financiën"),
        ("h2", "Artikel 11 Overdracht van middelen"),
        ("p", "11.1 Met toepassing van artikel 5.42a WVO 2020 dragen de vo-besturen voor iedere eigen "
              "deelnemer in de vo-fase een bedrag aan het ROC over. De omvang van het bedrag per deelnemer "
              "is opgenomen in Bijlage A en maakt deel uit van deze overeenkomst."),
        ("p", "11.2 De overgedragen middelen zijn bestemd voor de inzet van ROC-docenten in de vo-fase en "
              "voor verbruiksmaterialen en sportkleding die het ROC aan deelnemers in de vo-fase verstrekt."),
        ("p", "11.3 Het ROC draagt voor deelnemers in het derde jaar die nog vmbo-examens afleggen het in "
              "Bijlage A genoemde bedrag over aan het vo-bestuur van de betrokken school, bestemd voor de "
              "afname van die examens (artikel 9.1.15 WEB)."),
        ("h1", "Hoofdstuk VI Medezeggenschap"),
        ("h2", "Artikel 12 Routecommissie medezeggenschap"),
        ("p", "12.1 Onverminderd de bevoegdheden van de medezeggenschapsraden van de vo-scholen en van de "
              "studentenraad, de ouderraad en de ondernemingsraad van het ROC stellen partijen een "
              "routecommissie medezeggenschap in."),
        ("p", "12.2 De routecommissie bestaat uit een ouder of leerling uit de medezeggenschapsraad van elke "
              "vo-school, twee leden van de studentenraad van het ROC en een personeelslid uit elk van de "
              "drie medezeggenschapsorganen. De commissie wordt ten minste tweemaal per jaar door de "
              "routedirectie geïnformeerd en kan gevraagd en ongevraagd advies uitbrengen aan de bevoegde "
              "gezagen over alle aangelegenheden van de sportroute."),
        ("p", "12.3 Voorgenomen besluiten over wijziging van het PTA/OER, toetreding, uittreding of "
              "beëindiging worden eerst aan de routecommissie voorgelegd; de bevoegde gezagen zenden het "
              "advies van de commissie mee wanneer zij de eigen medezeggenschapsorganen raadplegen."),
        ("h1", "Hoofdstuk VII Toetreding, wijziging en beëindiging"),
        ("h2", "Artikel 13 Toetreding"),
        ("p", "Het bevoegd gezag van een andere vmbo-school of een andere instelling voor beroepsonderwijs "
              "kan toetreden met schriftelijke instemming van alle partijen. De toetreder ondertekent een "
              "toetredingsverklaring, aanvaardt deze overeenkomst en meldt de sportroute in RIO. Toetreding "
              "gaat in per 1 augustus en laat de positie van zittende deelnemers ongemoeid."),
        ("h2", "Artikel 14 Wijziging"),
        ("p", "Wijziging van deze overeenkomst of Bijlage A geschiedt schriftelijk met instemming van alle "
              "partijen, na advies van de routecommissie medezeggenschap, en gaat in per 1 augustus. Een "
              "wijziging van het programma geldt niet voor een cohort dat al in de sportroute zit, tenzij "
              "dit voor de deelnemers gunstiger is."),
        ("h2", "Artikel 15 Uittreding en ontbinding"),
        ("p", "15.1 Iedere partij kan met een opzegtermijn van ten minste twaalf maanden tegen 1 augustus "
              "uittreden, bij aangetekende brief aan de andere partijen. Tussen de overige partijen blijft "
              "de overeenkomst van kracht, tenzij het ROC uittreedt; in dat geval eindigt de overeenkomst."),
        ("p", "15.2 Partijen kunnen de overeenkomst gezamenlijk ontbinden. Iedere partij kan de "
              "overeenkomst ten aanzien van een partij die ernstig tekortschiet en dat niet binnen twee "
              "maanden na ingebrekestelling herstelt, ontbinden."),
        ("h2", "Artikel 16 Bescherming van deelnemers"),
        ("p", "Na uittreding, ontbinding of beëindiging worden geen nieuwe leerlingen van de betrokken "
              "school of scholen meer toegelaten. Deelnemers die op dat moment al in de sportroute zitten, "
              "ronden deze af volgens het voor hen geldende PTA/OER; de betrokken partijen blijven daartoe "
              "gebonden tot de laatste deelnemer is uitgestroomd. Waar afronding niet mogelijk is, wordt "
              "artikel 9 toegepast."),
        ("h1", "Hoofdstuk VIII Geschillen en slot"),
        ("h2", "Artikel 17 Geschillen"),
        ("p", "17.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst in de "
              "routedirectie en vervolgens in het bestuurlijk overleg besproken. Is het geschil binnen zes "
              "weken na agendering in het bestuurlijk overleg niet opgelost, dan leggen partijen het voor "
              "aan een mediator, die zij gezamenlijk kiezen."),
        ("p", "17.2 Leidt mediation binnen drie maanden niet tot overeenstemming, dan wordt het geschil "
              "beslecht door de bevoegde rechter van de rechtbank Rotterdam."),
        ("h2", "Artikel 18 Inwerkingtreding en duur"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd. "
              "Partijen evalueren haar in het voorjaar van 2028."),
        ("p", "Aldus in drievoud opgemaakt en ondertekend te Barendrecht op 24 juni 2025."),
        ("sig", [["PCVO Barendrecht", "OVO Ridderkerk"],
                 ["G. Kool, bestuurder", "L. Benali, voorzitter college van bestuur"],
                 ["ROC Oude Maas", ""],
                 ["ir. F. van Leeuwen, voorzitter college van bestuur", ""]]),
        ("pagebreak",),
        ("h1", "Bijlage A Financiële afspraken"),
        ("table", [
            ["Overdracht", "Van - naar", "Omvang", "Bestemming"],
            ["vo-fase, jaar 1", "PCVO Barendrecht en OVO Ridderkerk - ROC",
             "€ 900 per deelnemer per schooljaar", "inzet ROC-docenten en verbruiksmaterialen"],
            ["vo-fase, jaar 2", "PCVO Barendrecht en OVO Ridderkerk - ROC",
             "€ 1.100 per deelnemer per schooljaar", "inzet ROC-docenten, verbruiksmaterialen en sportkleding"],
            ["mbo-fase, jaar 3", "ROC - betrokken vo-bestuur",
             "€ 450 per deelnemer die nog vmbo-examens aflegt", "afname vmbo-examens"],
        ]),
        ("p", "Peildatum is 1 oktober van het schooljaar. Betaling op factuur vóór 1 februari. Bedragen "
              "prijspeil 2025; aanpassing alleen via artikel 14."),
    ])
AGREEMENTS[256]["header"] = "Sportroute IJsselmonde - samenwerkingsovereenkomst v1.0"


# =============================================================================================
if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--check"]:
        sys.exit(0 if check() else 1)
    nums = [int(x) for x in args] if args else sorted(AGREEMENTS)
    for n in nums:
        build(n)
