#!/usr/bin/env python3
"""Build training sample agreements 421-428 for leerroute-check.

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only -- without looking at the checker code, its tests or models,
or the texts and build scripts of the other samples. Every school, instelling, company and
person in these agreements is made up.

Usage:
    python3 build_samples_train27b.py            build all samples 421-428
    python3 build_samples_train27b.py 421 425    build only those
    python3 build_samples_train27b.py --check    verify the produced files

Formats: 3 PDF (reportlab, invariant), 3 DOCX (python-docx, fixed core properties and zip
timestamps), 1 TXT, 1 MD. Output is byte-identical on rebuild.
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 6, 30, 9, 0, 0)

DOCS = {}  # number -> dict(name, ext, blocks|text, label)


def add(num, name, ext, label, blocks=None, text=None):
    assert 421 <= num <= 428 and name.startswith("%d_" % num)
    DOCS[num] = dict(name=name, ext=ext, label=label, blocks=blocks, text=text)


def L(desc, statuses, evidence):
    """Label helper: statuses is a 10-char string over a..j of p/w/m/n."""
    m = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    st = {k: m[c] for k, c in zip("abcdefghij", statuses)}
    for k in evidence:
        assert st[k] == "present", (desc, k)
    return {"description": desc, "split": "train", "statuses": st, "evidence": evidence}


# --------------------------------------------------------------------------------------
# Rendering helpers
# Blocks: ("title", t) ("sub", t) ("h", t) ("h2", t) ("p", t) ("li", t) ("small", t)
#         ("table", rows, widths, header_bool) ("sig", [lines_left], [lines_right]) ("pb",)
# --------------------------------------------------------------------------------------

def render_pdf(blocks, path, title, author):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    ss = getSampleStyleSheet()
    base = ParagraphStyle("base", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=13.5, spaceAfter=5)
    st = {
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=15,
                                leading=19, alignment=TA_CENTER, spaceAfter=6),
        "sub": ParagraphStyle("s", parent=base, fontSize=11, alignment=TA_CENTER,
                              spaceAfter=12),
        "h": ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11.5,
                            leading=15, spaceBefore=9, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-BoldOblique",
                             fontSize=10.5, spaceBefore=5, spaceAfter=3),
        "p": base,
        "li": ParagraphStyle("li", parent=base, leftIndent=14, bulletIndent=4),
        "small": ParagraphStyle("sm", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("c", parent=base, fontSize=9.5, leading=12.5, spaceAfter=3),
        "cellb": ParagraphStyle("cb", parent=base, fontName="Helvetica-Bold", fontSize=9.5,
                                leading=12.5, spaceAfter=3),
    }
    story = []
    width = A4[0] - 40 * mm
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths, header = b[1], b[2], b[3]
            data = []
            for ri, row in enumerate(rows):
                cells = []
                for ci, cell in enumerate(row):
                    sty = st["cellb"] if (header and ri == 0) or ci == 0 else st["cell"]
                    cells.append([Paragraph(escape(x), sty) for x in cell.split("\n")])
                data.append(cells)
            t = Table(data, colWidths=[w * width for w in widths], repeatRows=1 if header else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9f0")))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            left, right = b[1], b[2]
            data = [[[Paragraph(escape(x), base) for x in left],
                     [Paragraph(escape(x), base) for x in right]]]
            story.append(Spacer(1, 10))
            story.append(Table(data, colWidths=[width / 2, width / 2]))
        elif kind == "li":
            story.append(Paragraph(escape(b[1]), st["li"], bulletText="\u2013"))
        else:
            story.append(Paragraph(escape(b[1]), st[kind]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=title,
                            author=author, invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def render_docx(blocks, path, title, author):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "sub":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "h":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8.5)
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            rows, widths, header = b[1], b[2], b[3]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    c = t.cell(ri, ci)
                    parts = cell.split("\n")
                    c.text = parts[0]
                    for extra in parts[1:]:
                        c.add_paragraph(extra)
                    if header and ri == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "sig":
            t = d.add_table(rows=1, cols=2)
            for ci, lines in enumerate((b[1], b[2])):
                c = t.cell(0, ci)
                c.text = lines[0]
                for extra in lines[1:]:
                    c.add_paragraph(extra)
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the output is byte-identical on rebuild
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build(num):
    spec = DOCS[num]
    path = os.path.join(OUT, spec["name"] + "." + spec["ext"])
    title = spec["name"]
    author = "Samenwerkende besturen"
    if spec["ext"] == "pdf":
        render_pdf(spec["blocks"], path, title, author)
    elif spec["ext"] == "docx":
        render_docx(spec["blocks"], path, title, author)
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(spec["text"].strip("\n") + "\n")
    with open(os.path.join(OUT, spec["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(spec["label"], f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


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
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        xml = re.sub(r"<w:tab/>", " ", xml)
        text = re.sub(r"<[^>]+>", "", xml)
        import html
        return html.unescape(text)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def check():
    ok = True
    for num in sorted(DOCS):
        spec = DOCS[num]
        path = os.path.join(OUT, spec["name"] + "." + spec["ext"])
        jpath = os.path.join(OUT, spec["name"] + ".expected.json")
        problems = []
        if not os.path.exists(path):
            problems.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa: BLE001
                problems.append("does not open: %r" % e)
                text = ""
            if len(text) < 500:
                problems.append("too little text (%d chars)" % len(text))
            for k, ev in spec["label"].get("evidence", {}).items():
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (k, ev))
        if not os.path.exists(jpath):
            problems.append("missing expected.json")
        else:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != spec["label"]:
                    problems.append("expected.json differs from table")
        words = len(text.split()) if os.path.exists(path) else 0
        print("%s %-60s %5d words  %s" % ("OK  " if not problems else "FAIL", spec["name"],
                                         words, "; ".join(problems)))
        ok = ok and not problems
    print("check passed" if ok else "check FAILED")
    return ok


# ======================================================================================
# The agreements
# ======================================================================================

# ---------------------------------------------------------------------------- 421 ----
# Two-column schema (onderwerp | afspraak), Noord-Limburg, Mobiliteit en transport bb ->
# Logistiek medewerker niveau 2. Fully compliant.

T421 = [
    ["Onderwerp", "Afspraak"],
    ["1. De route",
     "De route verbindt het profiel Mobiliteit en transport in de basisberoepsgerichte leerweg "
     "van De Kasteelhof met de basisberoepsopleiding Logistiek medewerker (niveau 2, BOL) van het "
     "Grenslandcollege, opleidingsdomein Transport, scheepvaart en logistiek.\n"
     "Leerlingen kiezen aan het eind van leerjaar 2 van het vmbo voor de route. Leerjaar 1 en 2 van "
     "de route (leerjaar 3 en 4 vmbo) vallen onder de school, leerjaar 3 en 4 van de route onder het "
     "college. Per cohort zijn er ten hoogste 24 plaatsen."],
    ["2. Bedrijven in de route",
     "Het Logistiek Platform Venlo-Venray, een vereniging van negen distributiecentra en vervoerders, "
     "levert elk schooljaar ten minste 20 snuffel- en stageplaatsen voor leerjaar 1 en 2 van de route "
     "en de bpv-plaatsen voor leerjaar 3 en 4, uitsluitend bij door SBB erkende leerbedrijven.\n"
     "Twee leden van het platform zitten in de werkveldcommissie van de route. Die commissie komt twee "
     "keer per jaar bijeen, bespreekt het programma en adviseert over de keuzedelen.\n"
     "Praktijkopleiders van de leerbedrijven beoordelen mee bij de proeve van bekwaamheid 'Goederen "
     "ontvangen en opslaan'. Het platform organiseert per leerjaar ten minste drie bedrijfsbezoeken."],
    ["3. Routeleiding",
     "De route wordt geleid door een routeteam van drie personen: de afdelingsleider bovenbouw van De "
     "Kasteelhof, de teamleider Logistiek van het college en een routecoördinator.\n"
     "De afdelingsleider en de teamleider worden door hun eigen college van bestuur aangewezen. De "
     "routecoördinator wordt na een gezamenlijke sollicitatieprocedure door beide colleges van bestuur "
     "samen benoemd voor drie schooljaren; herbenoeming is mogelijk.\n"
     "Het routeteam stelt het jaarrooster en de verdeling van de lessen vast, bewaakt het doorlopende "
     "PTA/OER, beslist over toelating tot de route en over plaatsing bij leerbedrijven, en beheert het "
     "routebudget binnen de grens van de jaarbegroting. Besluiten over het aantal plaatsen, de "
     "formatie en wijziging van deze overeenkomst blijven bij de colleges van bestuur."],
    ["4. Rapportage aan de besturen",
     "Het routeteam stuurt beide colleges van bestuur vóór 1 november een jaarverslag over het "
     "afgelopen schooljaar: instroom, doorstroom, uitval, examenresultaten, besteding van het budget "
     "en de bevindingen van de werkveldcommissie.\n"
     "In februari en in juni is er een bestuurlijk overleg waarin het routeteam mondeling "
     "verantwoording aflegt. Dreigt het programma in gevaar te komen (bijvoorbeeld door "
     "onderbezetting), dan informeert de routecoördinator beide besturen binnen vijf werkdagen "
     "schriftelijk."],
    ["5. Onderwijsprogramma en examinering",
     "Partijen beschrijven programma, examinering en bpv per leerjaar in een doorlopend PTA/OER, dat "
     "ieder jaar vóór 1 oktober door beide besturen wordt vastgesteld. Per onderdeel staat erin of het "
     "een vmbo-, mbo- of gecombineerd onderdeel is.\n"
     "Het vmbo-examen wordt uiterlijk in leerjaar 2 van de route afgerond; het centraal examen wordt "
     "op De Kasteelhof afgenomen. Mbo-examens kunnen vanaf leerjaar 2 van de route worden afgenomen, "
     "onder verantwoordelijkheid van de examencommissie van het college."],
    ["6. Docenten",
     "In leerjaar 1 en 2 geven drie docenten van het college (samen 0,6 fte) de logistieke "
     "praktijkvakken op De Kasteelhof; zij blijven in dienst van het college. Vanaf leerjaar 3 geven "
     "twee docenten van De Kasteelhof Nederlands en rekenen op het college (samen 0,3 fte).\n"
     "Voor de beroepsgerichte onderdelen werkt een docententeam met teambevoegdheid (artikel 7.13a WVO "
     "2020, artikel 9.1.12 WEB). Het PTA/OER vermeldt bij welke onderdelen het team wordt ingezet en "
     "welke bevoegde docent per onderdeel verantwoordelijk is. Het team heeft elk jaar twee "
     "gezamenlijke studiedagen."],
    ["7. Locaties en voorzieningen",
     "Leerjaar 1 en 2: De Kasteelhof in Blerick, met een dag per week in het logistieke leercentrum "
     "van het college. Leerjaar 3 en 4: Grenslandcollege, locatie Venlo-Noord.\n"
     "De school gebruikt het magazijnlokaal, de heftrucksimulator en de reachtruck van het college; "
     "het college gebruikt het praktijklokaal Mobiliteit van de school voor steunlessen. Het routeteam "
     "legt de gebruikstijden vast in een jaarplanning. Schade wordt afgewikkeld via de verzekering van "
     "de partij die de ruimte gebruikt."],
    ["8. Leerlingen en studenten",
     "Inschrijving: leerjaar 1 en 2 bij de school, vanaf leerjaar 3 bij het college; een student die "
     "zijn vmbo-diploma nog niet heeft, blijft daarnaast bij de school geregistreerd tot zijn vo-deel "
     "is afgerond. Verzuim: in de vo-fase de school, in de mbo-fase het college.\n"
     "Een klacht over gedrag van een medewerker van de andere partij wordt binnen twee werkdagen "
     "doorgestuurd; beide klachtenregelingen zijn op de route van toepassing."],
    ["9. Uitstappen en overstappen",
     "Een leerling die de route wil of moet verlaten, houdt zicht op een diploma. De afdelingsleider en "
     "de teamleider bespreken met de leerling en zijn ouders of verzorgers welke plek past bij het "
     "bereikte niveau en de leeftijd; het routeteam neemt daarna binnen vier weken een gezamenlijk "
     "besluit.\n"
     "Stopt de leerling in leerjaar 1 of 2 van de route, dan maakt hij de basisberoepsgerichte leerweg "
     "Mobiliteit en transport (of een ander profiel van De Kasteelhof) op de gewone manier af en doet "
     "hij het vmbo-examen.\n"
     "Stopt de leerling in leerjaar 3 of 4, dan kan hij bij het college overstappen naar een andere "
     "opleiding op niveau 2, zoals Verkoopmedewerker of Medewerker facilitaire dienstverlening. De "
     "vooropleidingseisen gelden dan niet, ook niet als het vmbo-diploma nog ontbreekt.\n"
     "Wil de leerling naar een andere mbo-instelling, dan helpt het college bij de aanmelding en levert "
     "het de gegevens voor het geschiktheidsonderzoek aan.\n"
     "Heeft de leerling aan het eind van leerjaar 3 zijn vmbo-diploma niet, dan kan hij het examen "
     "opnieuw afleggen of met een aangepast programma verder in een opleiding op niveau 2.\n"
     "De werkwijze staat ook in de schoolgids."],
    ["10. Geld",
     "De school draagt per leerling in leerjaar 1 en 2 van de route € 1.150 per schooljaar over aan het "
     "college (artikel 5.42a WVO 2020), ter dekking van de inzet van de docenten van het college en het "
     "gebruik van het logistieke leercentrum. Peildatum is 1 oktober; het college factureert in "
     "januari.\n"
     "Het college draagt geen bekostiging over aan de school. De inzet van docenten van De Kasteelhof "
     "in leerjaar 3 en 4 wordt in uren verrekend, niet in geld."],
    ["11. Inspraak",
     "Leerlingen van de route die nog bij De Kasteelhof staan ingeschreven, mogen vanaf leerjaar 2 van "
     "de route met een vertegenwoordiger deelnemen aan de studentenraad van het college, met dezelfde "
     "rechten als de andere leden.\n"
     "De medezeggenschapsraad van de school en de studentenraad van het college ontvangen het "
     "jaarverslag van het routeteam en worden beide om advies gevraagd over voorgenomen wijzigingen in "
     "de route."],
    ["12. Meningsverschillen",
     "Een meningsverschil over de uitvoering gaat eerst naar het routeteam. Is het daar na twee weken "
     "niet opgelost, dan bespreken de colleges van bestuur het in een bestuurlijk overleg, uiterlijk "
     "vier weken later.\n"
     "Komen zij er niet uit, dan schakelen zij een mediator in die zij samen kiezen. Blijft het geschil "
     "daarna bestaan, dan beslist de bevoegde rechter in de rechtbank Limburg."],
    ["13. Nieuwe partners",
     "Een andere vmbo-school of mbo-instelling kan toetreden als zij (a) de basisberoepsgerichte "
     "leerweg Mobiliteit en transport respectievelijk een logistieke opleiding op niveau 2 aanbiedt, "
     "(b) de afspraken in dit schema schriftelijk aanvaardt en (c) beide colleges van bestuur ermee "
     "instemmen. Toetreding gaat in op 1 augustus en wordt bij DUO gemeld. Lopende cohorten blijven "
     "op hun eigen school en in hun eigen programma."],
    ["14. Looptijd, opzegging en wijziging",
     "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.\n"
     "Opzeggen kan schriftelijk tegen het einde van een schooljaar, met een opzegtermijn van ten "
     "minste twaalf maanden. Na opzegging stroomt geen nieuw cohort meer in; leerlingen en studenten "
     "die al in de route zitten, maken de route op dezelfde plek en onder dezelfde afspraken af.\n"
     "Bij een ernstige tekortkoming kan een partij de overeenkomst na schriftelijke ingebrekestelling "
     "ontbinden, ook dan met behoud van de afspraken voor zittende leerlingen en studenten.\n"
     "Wijzigen gebeurt schriftelijk, getekend door beide besturen, na advies van het routeteam. Een "
     "wijziging gaat niet eerder in dan het volgende schooljaar, tenzij zij alleen gunstig is voor de "
     "leerlingen."],
    ["15. Melding",
     "Beide partijen melden de route uiterlijk 1 oktober 2025 via RIO bij DUO."],
]

B421 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Logistiek"),
    ("sub", "vmbo basisberoepsgericht (Mobiliteit en transport) naar mbo niveau 2 \u2013 "
            "afspraken in schema"),
    ("p", "Partijen:"),
    ("li", "Stichting Onderwijsgroep Peel en Maas, bevoegd gezag van vmbo-school De Kasteelhof te "
           "Venlo-Blerick, vertegenwoordigd door mevrouw drs. A.M.J. Hendrix, voorzitter van het "
           "college van bestuur (hierna: de school);"),
    ("li", "Stichting Regionaal Opleidingencentrum Venlo-Grensland, handelend onder de naam "
           "Grenslandcollege, vertegenwoordigd door de heer ing. R.P. Verstappen, lid van het college "
           "van bestuur (hierna: het college)."),
    ("p", "Partijen verzorgen vanaf 1 augustus 2025 samen een doorlopende leerroute vmbo-mbo als "
          "bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB. Zij leggen hun afspraken vast in "
          "het schema hieronder. De linkerkolom noemt het onderwerp; de rechterkolom bevat de "
          "afspraak. Iedere afspraak in de rechterkolom bindt beide partijen."),
    ("table", T421, [0.24, 0.76], True),
    ("p", "Aldus overeengekomen en in tweevoud getekend te Venlo op 30 juni 2025."),
    ("sig", ["Stichting Onderwijsgroep Peel en Maas", "", "drs. A.M.J. Hendrix",
             "voorzitter college van bestuur"],
            ["Stichting ROC Venlo-Grensland", "", "ing. R.P. Verstappen",
             "lid college van bestuur"]),
]

add(421, "421_schema_onderwerp_afspraak_venlo_logistiek", "pdf",
    L("Two-column table (onderwerp | afspraak) holding almost the whole agreement, PDF; "
      "Noord-Limburg, Mobiliteit en transport bb -> Logistiek medewerker niveau 2; plain headings "
      "in the left column, transfer with amount and purpose; fully compliant.",
      "pppppppppp",
      {"a": "1. De route", "b": "2. Bedrijven in de route", "c": "3. Routeleiding",
       "d": "4. Rapportage aan de besturen", "e": "6. Docenten",
       "f": "9. Uitstappen en overstappen", "g": "10. Geld", "h": "11. Inspraak",
       "i": "12. Meningsverschillen", "j": "14. Looptijd, opzegging en wijziging"}),
    blocks=B421)

# ---------------------------------------------------------------------------- 422 ----
# Addendum that amends a 2021 agreement and restates it in full, DOCX, Zuid-Kennemerland,
# Horeca, bakkerij en recreatie kb -> Zelfstandig werkend kok niveau 3.
# Defects: b only an intention (weak); j toetreding left as a template gap (weak).

B422 = [
    ("title", "Addendum nr. 2 bij de samenwerkingsovereenkomst doorlopende leerroute Kok"),
    ("sub", "Wijziging en integrale herformulering van de overeenkomst van 14 mei 2021 tussen het "
            "Duinrand College en ROC Spaarnestad"),
    ("h", "De ondergetekenden"),
    ("p", "1. Stichting Openbaar Voortgezet Onderwijs Zuid-Kennemerland, statutair gevestigd te "
          "Haarlem, bevoegd gezag van het Duinrand College, school voor vmbo, te dezen rechtsgeldig "
          "vertegenwoordigd door de heer M.C. de Wit, voorzitter van het college van bestuur, hierna "
          "te noemen: 'de School';"),
    ("p", "2. Stichting Regionaal Opleidingencentrum Spaarnestad, statutair gevestigd te Haarlem, te "
          "dezen rechtsgeldig vertegenwoordigd door mevrouw dr. I. Boukhari, voorzitter van het "
          "college van bestuur, hierna te noemen: 'het ROC';"),
    ("h", "Overwegende dat"),
    ("p", "A. partijen op 14 mei 2021 een samenwerkingsovereenkomst hebben gesloten voor een "
          "doorlopende leerroute vmbo-mbo in de richting koken, gewijzigd bij addendum nr. 1 van "
          "3 juli 2023 (hierna: 'de Overeenkomst');"),
    ("p", "B. de evaluatie over de schooljaren 2021-2024 heeft geleid tot aanpassing van de leiding "
          "van de route, de overstapregeling, de financiële bijdrage en de regeling van geschillen;"),
    ("p", "C. partijen de Overeenkomst omwille van de leesbaarheid in haar geheel opnieuw willen "
          "vaststellen, zodat na dit addendum slechts één tekst geldt;"),
    ("p", "verklaren te zijn overeengekomen als volgt."),
    ("h", "Artikel I. Overzicht van de wijzigingen"),
    ("li", "Artikel 3 is herschreven: de stuurgroep van vijf personen is vervangen door een "
           "routeregisseur met een kernteam."),
    ("li", "Artikel 6 is aangevuld met een regeling voor leerlingen die hun vmbo-diploma niet "
           "behalen en voor leerlingen die willen verhuizen."),
    ("li", "In artikel 8 is het bedrag van € 850 vervangen door € 975 en is de bestemming "
           "verduidelijkt."),
    ("li", "Artikel 11 voorziet voortaan in bindend advies in plaats van arbitrage."),
    ("li", "De overige artikelen zijn redactioneel aangepast en opnieuw genummerd."),
    ("h", "Artikel II. Integrale tekst"),
    ("p", "Met ingang van 1 augustus 2025 luidt de Overeenkomst als volgt."),

    ("h2", "Artikel 1 Begrippen"),
    ("p", "In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute vmbo-mbo "
          "bedoeld in artikel 2; vo-fase: leerjaar 1 en 2 van de route, waarin de deelnemer "
          "leerling van de School is; mbo-fase: leerjaar 3 en 4 van de route, waarin de deelnemer "
          "student van het ROC is; PTA/OER: het gezamenlijke programma van toetsing en afsluiting en "
          "de onderwijs- en examenregeling van de route."),
    ("h2", "Artikel 2 De leerroute"),
    ("p", "1. Partijen verzorgen samen een doorlopende leerroute van het profiel Horeca, bakkerij en "
          "recreatie in de kaderberoepsgerichte leerweg van de School naar de vakopleiding "
          "Zelfstandig werkend kok (niveau 3, beroepsopleidende leerweg) van het ROC, in het "
          "opleidingsdomein Horeca en bakkerij."),
    ("p", "2. De route duurt vier jaar en begint in leerjaar 3 van het vmbo. Jaarlijks worden ten "
          "hoogste twee groepen van elk 16 leerlingen toegelaten."),
    ("p", "3. De route is gemeld bij DUO; partijen houden de registratie in RIO gezamenlijk actueel."),
    ("h2", "Artikel 3 Leiding van de route"),
    ("p", "1. De dagelijkse leiding berust bij een kernteam, bestaande uit de routeregisseur, de "
          "afdelingsleider bovenbouw Horeca, bakkerij en recreatie van de School en de "
          "opleidingsmanager Horeca van het ROC."),
    ("p", "2. De routeregisseur is een medewerker van het ROC en wordt door het college van bestuur "
          "van het ROC aangewezen, na instemming van het college van bestuur van de School, voor een "
          "periode van twee schooljaren die telkens met twee jaar kan worden verlengd. De "
          "afdelingsleider en de opleidingsmanager worden door het eigen college van bestuur "
          "aangewezen."),
    ("p", "3. Het kernteam is namens beide besturen belast met de roostering, de samenstelling van "
          "de docententeams, de inhoud en bewaking van het PTA/OER, de toelating van leerlingen tot "
          "de route en de besluiten over overstap bedoeld in artikel 6. Het kernteam mag uitgaven "
          "doen tot € 5.000 per post binnen de vastgestelde routebegroting."),
    ("p", "4. Besluiten over de omvang van de route, de begroting en over personeel in dienst van "
          "een partij zijn voorbehouden aan de colleges van bestuur."),
    ("h2", "Artikel 4 Verantwoording"),
    ("p", "1. De routeregisseur zendt beide colleges van bestuur na afloop van elk kwartaal een kort "
          "voortgangsbericht over deelnemersaantallen, verzuim en bijzonderheden."),
    ("p", "2. Vóór 15 oktober legt het kernteam aan beide colleges van bestuur een jaarrapportage "
          "voor met de resultaten van het afgelopen schooljaar (doorstroom, examens, uitval, "
          "besteding van de bijdrage) en een voorstel voor het komende jaar. De rapportage wordt "
          "besproken in het bestuurlijk overleg van november, waarin het kernteam verantwoording "
          "aflegt."),
    ("h2", "Artikel 5 Samenwerking met het beroepenveld"),
    ("p", "Partijen onderkennen het belang van een sterke verbinding met de horecasector in "
          "Zuid-Kennemerland. Zij spreken de intentie uit om gedurende de looptijd van deze "
          "overeenkomst te verkennen op welke wijze restaurants, hotels en cateraars uit de regio een "
          "rol kunnen krijgen in de route, en zullen daarover zo mogelijk in een later stadium nadere "
          "afspraken maken."),
    ("h2", "Artikel 6 Overstap"),
    ("p", "1. Een deelnemer die de route voortijdig verlaat, wordt door partijen in staat gesteld een "
          "diploma te behalen dat past bij zijn bereikte onderwijsniveau en zijn leeftijd. De "
          "afdelingsleider en de opleidingsmanager stellen, na een gesprek met de deelnemer en zijn "
          "ouders, samen vast welke vervolgplek het meest kansrijk is; het kernteam legt dat besluit "
          "schriftelijk vast."),
    ("p", "2. In de vo-fase stapt de deelnemer over naar de reguliere kaderberoepsgerichte leerweg "
          "van de School, in het profiel Horeca, bakkerij en recreatie of desgewenst een ander "
          "profiel, en sluit hij af met het vmbo-examen."),
    ("p", "3. In de mbo-fase kan de deelnemer binnen het ROC verder in een andere opleiding op "
          "niveau 2 of 3, zoals Zelfstandig werkend gastheer/gastvrouw of Bakker; de "
          "vooropleidingseisen zijn daarbij niet van toepassing."),
    ("p", "4. Behaalt de deelnemer aan het eind van leerjaar 3 van de route het vmbo-diploma niet, "
          "dan krijgt hij de keuze tussen herkansing of doublure om het diploma alsnog te halen, of "
          "instroom zonder vmbo-diploma in een opleiding van het ROC op vergelijkbaar niveau."),
    ("p", "5. Bij verhuizing of een wens tot een opleiding elders helpt het ROC bij de aanmelding bij "
          "een andere instelling en bij het geschiktheidsonderzoek dat die instelling kan houden. "
          "De School vermeldt deze regeling in de schoolgids."),
    ("h2", "Artikel 7 Onderwijs, personeel en voorzieningen"),
    ("p", "1. Programma, examinering en beroepspraktijkvorming worden per leerjaar beschreven in het "
          "PTA/OER, dat de besturen jaarlijks vóór 1 september vaststellen. Het vmbo-examen wordt "
          "afgerond in leerjaar 2 van de route; mbo-examens starten in leerjaar 2 van de route."),
    ("p", "2. In de vo-fase wordt het onderwijs gegeven in het gebouw van de School aan de "
          "Amerikaweg; de praktijklessen koken vinden twee dagdelen per week plaats in de "
          "leskeukens van het ROC aan de Spaarnekade. In de mbo-fase wordt het onderwijs gegeven op "
          "de locatie Spaarnekade van het ROC."),
    ("p", "3. Het ROC stelt per groep in de vo-fase een koksdocent voor acht lesuren per week "
          "beschikbaar; de School stelt voor de mbo-fase een docent Nederlands en een docent "
          "Engels voor elk twee lesuren per week beschikbaar. Medewerkers blijven in dienst van "
          "hun eigen werkgever. Voor de vakoverstijgende praktijkopdrachten wordt een team van "
          "leraren en docenten ingezet met toepassing van de teambevoegdheid; het PTA/OER vermeldt "
          "welke onderdelen dat zijn."),
    ("p", "4. De School mag de leskeukens, het restaurant en de koelcellen van het ROC gebruiken "
          "volgens een rooster dat het kernteam jaarlijks vaststelt. Het ROC mag de mediatheek en de "
          "studieruimte van de School gebruiken voor begeleiding van studenten die hun vmbo-examen "
          "nog moeten afronden."),
    ("h2", "Artikel 8 Financiële afspraken"),
    ("p", "1. De School draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks € 975 per "
          "deelnemer in de vo-fase over aan het ROC. Het aantal deelnemers op 1 oktober is bepalend."),
    ("p", "2. Het bedrag is bestemd voor de inzet van de koksdocent bedoeld in artikel 7 lid 3, het "
          "gebruik van de leskeukens en de grondstoffen voor de praktijklessen."),
    ("p", "3. Het ROC draagt geen bekostiging over aan de School; de inzet van docenten van de School "
          "in de mbo-fase wordt niet verrekend."),
    ("h2", "Artikel 9 Medezeggenschap"),
    ("p", "1. Partijen stellen voor de route een routeklankbord in, bestaande uit twee deelnemers, "
          "twee ouders en een personeelslid van elke partij, aangewezen door respectievelijk de "
          "medezeggenschapsraad van de School en de studentenraad en ondernemingsraad van het ROC. "
          "Het routeklankbord komt ten minste twee keer per schooljaar bijeen met het kernteam."),
    ("p", "2. De medezeggenschapsraad van de School en de studentenraad van het ROC vragen het "
          "routeklankbord om advies voordat zij een standpunt innemen over wijzigingen in het "
          "PTA/OER of in deze overeenkomst."),
    ("h2", "Artikel 10 Klachten en gegevens"),
    ("p", "Een klacht over gedrag van een medewerker van de andere partij wordt behandeld volgens de "
          "klachtenregeling van de partij waar de klacht is ingediend, met medewerking van de andere "
          "partij. Partijen wisselen leerlinggegevens uit op grond van een verwerkersovereenkomst."),
    ("h2", "Artikel 11 Geschillen"),
    ("p", "1. Een geschil over de uitvoering van deze overeenkomst wordt eerst besproken in het "
          "kernteam en, als het daar binnen drie weken niet is opgelost, in een bestuurlijk overleg "
          "van beide colleges van bestuur."),
    ("p", "2. Leidt het bestuurlijk overleg binnen zes weken niet tot een oplossing, dan wordt het "
          "geschil voorgelegd aan een commissie van drie leden voor bindend advies. Iedere partij "
          "wijst een lid aan; die twee leden kiezen samen een voorzitter. De kosten worden gelijk "
          "gedeeld."),
    ("h2", "Artikel 12 Toetreding"),
    ("p", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij "
          "worden bij deze overeenkomst onder de volgende voorwaarden:"),
    ("p", "[voorwaarden toetreding invullen] ......................................................"),
    ("h2", "Artikel 13 Duur, wijziging en beëindiging"),
    ("p", "1. Deze overeenkomst loopt tot 1 augustus 2029 en wordt daarna telkens stilzwijgend met "
          "vier jaar verlengd."),
    ("p", "2. Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, "
          "met inachtneming van een opzegtermijn van een jaar. Na opzegging worden geen nieuwe "
          "leerlingen meer toegelaten; deelnemers die al in de route zijn ingestroomd, ronden de route "
          "volgens deze overeenkomst af, en partijen blijven daartoe gebonden."),
    ("p", "3. Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk en met handtekening "
          "van beide colleges van bestuur. Een wijziging die het programma van zittende deelnemers "
          "raakt, gaat pas in bij het begin van een nieuw schooljaar en na advies van het "
          "routeklankbord."),
    ("h", "Artikel III. Slotbepalingen van dit addendum"),
    ("p", "1. Dit addendum treedt in werking op 1 augustus 2025. Vanaf die datum vervangt de tekst "
          "van artikel II de Overeenkomst en addendum nr. 1."),
    ("p", "2. Afspraken die vóór die datum op grond van de Overeenkomst zijn gemaakt met individuele "
          "deelnemers, blijven van kracht."),
    ("p", "Aldus opgemaakt in tweevoud en ondertekend te Haarlem, 24 juni 2025."),
    ("sig", ["Stichting Openbaar Voortgezet Onderwijs Zuid-Kennemerland", "",
             "M.C. de Wit, voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum Spaarnestad", "",
             "dr. I. Boukhari, voorzitter college van bestuur"]),
]

add(422, "422_addendum_integrale_tekst_kennemerland_kok", "docx",
    L("Addendum nr. 2 that lists its amendments and then restates the whole 2021 agreement, DOCX; "
      "Zuid-Kennemerland, Horeca, bakkerij en recreatie kb -> Zelfstandig werkend kok niveau 3. "
      "Defects: bedrijfsleven only an intention to explore later (b weak); toetreding clause left "
      "as a bracketed/dotted template gap (j weak).",
      "pwpppppppw",
      {"a": "Artikel 2 De leerroute", "c": "Artikel 3 Leiding van de route",
       "d": "Artikel 4 Verantwoording", "e": "Artikel 7 Onderwijs, personeel en voorzieningen",
       "f": "Artikel 6 Overstap", "g": "Artikel 8 Financiële afspraken",
       "h": "Artikel 9 Medezeggenschap", "i": "Artikel 11 Geschillen"}),
    blocks=B422)

# ---------------------------------------------------------------------------- 423 ----
# Long lawyer's contract with definitions, interpretation rules and provisos, PDF, Rijnmond,
# Produceren, installeren en energie kb -> Operator B niveau 3. Fully compliant (the long one).

B423 = [
    ("title", "SAMENWERKINGSOVEREENKOMST"),
    ("sub", "inzake de doorlopende leerroute vmbo-mbo Procestechniek (kader \u2013 Operator B)"),
    ("h", "DE ONDERGETEKENDEN:"),
    ("p", "1. de stichting Stichting voor Christelijk Voortgezet Onderwijs Voorne-Botlek, statutair "
          "gevestigd te Spijkenisse, kantoorhoudende aan de Hekelingseweg 40 te (3208 AA) Spijkenisse, "
          "ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41000000, "
          "bevoegd gezag van het Oude Maas College, school voor voorbereidend middelbaar "
          "beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door de heer drs. J.W. van "
          "Leeuwen, voorzitter van het college van bestuur, hierna te noemen: 'de School';"),
    ("p", "2. de stichting Stichting Regionaal Opleidingencentrum Delta-Rijnmond, statutair gevestigd "
          "te Rotterdam, kantoorhoudende aan de Vondelingenweg 210 te (3196 KK) Vondelingenplaat "
          "Rotterdam, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer "
          "41000001, handelend onder de naam Deltavak, te dezen rechtsgeldig vertegenwoordigd door "
          "mevrouw mr. S.E. Vermeulen-Akkus, voorzitter van het college van bestuur, hierna te noemen: "
          "'de Instelling';"),
    ("p", "de School en de Instelling hierna gezamenlijk ook te noemen: 'Partijen' en ieder "
          "afzonderlijk: 'Partij';"),
    ("h", "IN AANMERKING NEMENDE DAT:"),
    ("p", "(a) de School in de kaderberoepsgerichte leerweg het profiel Produceren, installeren en "
          "energie aanbiedt en de Instelling de opleidingen in het opleidingsdomein Procestechniek "
          "verzorgt;"),
    ("p", "(b) Partijen sinds het schooljaar 2019-2020 samenwerken in een technologieroute en deze "
          "samenwerking willen voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel "
          "2.107a van de Wet voortgezet onderwijs 2020 (hierna: 'WVO 2020') en artikel 9.1.2 van de Wet "
          "educatie en beroepsonderwijs (hierna: 'WEB');"),
    ("p", "(c) de procesindustrie in het havengebied blijvend behoefte heeft aan operators en de "
          "bedrijven in dat gebied bereid zijn aan de leerroute bij te dragen;"),
    ("p", "(d) artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat een doorlopende "
          "leerroute wordt verzorgd op grond van een samenwerkingsovereenkomst en Partijen met deze "
          "overeenkomst daaraan uitvoering geven;"),
    ("p", "(e) de medezeggenschapsraad van de School en de studentenraad van de Instelling over het "
          "voornemen tot het aangaan van deze overeenkomst advies hebben uitgebracht, welk advies "
          "Partijen hebben gevolgd;"),
    ("h", "KOMEN OVEREEN ALS VOLGT:"),

    ("h", "Artikel 1 Definities en interpretatie"),
    ("p", "1.1 In deze overeenkomst hebben de navolgende met een hoofdletter geschreven begrippen de "
          "daarachter vermelde betekenis, waarbij het enkelvoud het meervoud omvat en omgekeerd:"),
    ("li", "Bestuurlijk Overleg: het overleg tussen de colleges van bestuur van Partijen, bedoeld in "
           "artikel 5.3;"),
    ("li", "Deelnemer: een leerling respectievelijk student die is toegelaten tot de Leerroute;"),
    ("li", "Leerbedrijf: een door de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB) "
           "erkend leerbedrijf dat plaatsen voor beroepspraktijkvorming aan Deelnemers biedt;"),
    ("li", "Leerroute: de doorlopende leerroute vmbo-mbo bedoeld in artikel 2;"),
    ("li", "Mbo-fase: het derde en vierde leerjaar van de Leerroute;"),
    ("li", "Opleidingsraad: de Opleidingsraad Procesindustrie Rijnmond bedoeld in artikel 3;"),
    ("li", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
           "examenregeling, waarin voor de gehele Leerroute het onderwijsprogramma, de examinering en "
           "de beroepspraktijkvorming per leerjaar zijn beschreven;"),
    ("li", "Routedirectie: het orgaan bedoeld in artikel 4;"),
    ("li", "Schooljaar: de periode van 1 augustus tot en met 31 juli;"),
    ("li", "Vo-fase: het eerste en tweede leerjaar van de Leerroute, samenvallend met het derde en "
           "vierde leerjaar van de kaderberoepsgerichte leerweg;"),
    ("li", "Werkdag: een dag niet zijnde een zaterdag, zondag, algemeen erkende feestdag of dag in een "
           "door beide Partijen vastgestelde schoolvakantie."),
    ("p", "1.2 Opschriften boven de artikelen dienen uitsluitend de leesbaarheid en zijn niet van "
          "invloed op de uitleg van deze overeenkomst. Een verwijzing naar een wettelijke bepaling "
          "omvat die bepaling zoals deze van tijd tot tijd luidt of is vernummerd."),
    ("p", "1.3 Ingeval van strijd tussen de tekst van deze overeenkomst en de PTA/OER, prevaleert deze "
          "overeenkomst, behoudens voor zover de PTA/OER voor Deelnemers gunstiger is."),

    ("h", "Artikel 2 Onderwerp van de overeenkomst"),
    ("p", "2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die het profiel Produceren, "
          "installeren en energie in de kaderberoepsgerichte leerweg van de School verbindt met de "
          "vakopleiding Operator B (niveau 3) in de beroepsopleidende leerweg van de Instelling, "
          "behorend tot het opleidingsdomein Procestechniek."),
    ("p", "2.2 De Leerroute leidt voor de Deelnemer tot het diploma vmbo kaderberoepsgerichte leerweg "
          "en het mbo-diploma Operator B. De nominale duur bedraagt vier Schooljaren, met dien "
          "verstande dat een Deelnemer die daartoe naar het oordeel van de Routedirectie in staat is, "
          "de Leerroute in drieënhalf Schooljaar kan voltooien."),
    ("p", "2.3 Uitbreiding van de Leerroute naar andere profielen of opleidingen vereist een "
          "schriftelijke wijziging van deze overeenkomst als bedoeld in artikel 17."),

    ("h", "Artikel 3 Betrokkenheid van het bedrijfsleven"),
    ("p", "3.1 Partijen betrekken het bedrijfsleven bij de invulling van de Leerroute via de "
          "Opleidingsraad Procesindustrie Rijnmond, bestaande uit de opleidingscoördinatoren van "
          "Rozenburg Chemie B.V., Vondelingenplaat Raffinage B.V., Botlek Tankopslag B.V. en Stichting "
          "Procesopleidingen Botlek, aangevuld met een adviseur praktijkleren van SBB. De Instelling "
          "voert het secretariaat."),
    ("p", "3.2 De Opleidingsraad (i) adviseert jaarlijks vóór 1 april over de inhoud van de PTA/OER, "
          "in het bijzonder over de keuzedelen en de praktijkopdrachten; (ii) draagt zorg voor ten "
          "minste vier bedrijfsbezoeken per Schooljaar in de Vo-fase; (iii) stelt in de Mbo-fase voor "
          "iedere Deelnemer een bpv-plaats bij een Leerbedrijf beschikbaar; en (iv) levert per "
          "Schooljaar ten minste twee praktijkbeoordelaars voor de examens in de beroepspraktijk."),
    ("p", "3.3 Partijen sluiten met ieder Leerbedrijf de gebruikelijke praktijkovereenkomst, met dien "
          "verstande dat een Leerbedrijf niet zelf partij wordt bij deze overeenkomst en uit deze "
          "overeenkomst geen rechten kan ontlenen."),

    ("h", "Artikel 4 Routedirectie"),
    ("p", "4.1 De leiding over de Leerroute berust bij de Routedirectie. De Routedirectie bestaat uit "
          "drie leden: (a) de teamleider techniek van de School, (b) de opleidingsmanager Procestechniek "
          "van de Instelling en (c) een routedirecteur, die de vergaderingen voorzit."),
    ("p", "4.2 De leden bedoeld in 4.1 onder (a) en (b) worden door het college van bestuur van de "
          "Partij bij wie zij in dienst zijn benoemd en ontslagen. De routedirecteur wordt benoemd, "
          "geschorst en ontslagen door het Bestuurlijk Overleg, op voordracht van een door de "
          "Routedirectie ingestelde benoemingsadviescommissie waarin een lid van de Opleidingsraad "
          "zitting heeft. De benoeming geschiedt voor een termijn van vier jaar; herbenoeming is "
          "eenmaal mogelijk."),
    ("p", "4.3 Aan de Routedirectie worden door de colleges van bestuur van beide Partijen de volgende "
          "taken en bevoegdheden opgedragen: (a) het vaststellen van het jaarrooster en de "
          "lessentabel binnen de kaders van de PTA/OER; (b) het voorbereiden van de PTA/OER ter "
          "vaststelling door de bevoegde gezagsorganen; (c) het besluiten over toelating, plaatsing en "
          "overstap van Deelnemers, met inachtneming van artikel 9; (d) het aansturen van het "
          "docententeam van de Leerroute, onverminderd de werkgeversbevoegdheden van iedere Partij; en "
          "(e) het aangaan van verplichtingen ten laste van het routebudget tot een bedrag van "
          "€ 10.000 per verplichting."),
    ("p", "4.4 Het is de Routedirectie niet toegestaan namens Partijen arbeidsovereenkomsten aan te "
          "gaan, onroerende zaken te huren of verplichtingen boven het in 4.3 onder (e) bedoelde "
          "bedrag aan te gaan, behoudens voorafgaande schriftelijke machtiging van beide colleges van "
          "bestuur."),
    ("p", "4.5 De Routedirectie besluit bij meerderheid van stemmen; bij staking van stemmen beslist "
          "het Bestuurlijk Overleg."),

    ("h", "Artikel 5 Informatieverstrekking en verantwoording"),
    ("p", "5.1 De Routedirectie verstrekt de colleges van bestuur van beide Partijen gevraagd en "
          "ongevraagd alle inlichtingen die zij voor de uitoefening van hun bevoegdheden nodig hebben."),
    ("p", "5.2 De Routedirectie legt verantwoording af door middel van (a) een halfjaarlijkse "
          "voortgangsrapportage per 1 februari en 1 augustus, en (b) een jaarverslag over het "
          "afgelopen Schooljaar, dat uiterlijk op 1 november aan beide colleges van bestuur wordt "
          "toegezonden en ten minste bevat: in-, door- en uitstroomcijfers, examenresultaten, "
          "tevredenheid van Deelnemers en Leerbedrijven, de besteding van de overgedragen middelen en "
          "de adviezen van de Opleidingsraad."),
    ("p", "5.3 De colleges van bestuur voeren ten minste tweemaal per Schooljaar Bestuurlijk Overleg, "
          "waarin het jaarverslag respectievelijk de voortgangsrapportage worden besproken en de "
          "Routedirectie wordt gedechargeerd voor het gevoerde beleid."),

    ("h", "Artikel 6 Organisatorische en onderwijskundige inrichting"),
    ("p", "6.1 De Vo-fase wordt verzorgd op de locatie van de School aan de Hekelingseweg te "
          "Spijkenisse, met dien verstande dat de procestechnische praktijkvakken in het tweede "
          "leerjaar van de Leerroute op de Procesplant-locatie van de Instelling aan de Vondelingenweg "
          "worden gegeven. De Mbo-fase wordt verzorgd op de locatie Vondelingenweg."),
    ("p", "6.2 Partijen stellen de PTA/OER jaarlijks vóór 1 juli voor het daaropvolgende Schooljaar "
          "vast. In de PTA/OER wordt aangegeven welke programmaonderdelen tot het vmbo, tot het mbo "
          "of tot beide behoren en welke onderdelen vakoverstijgend door een team worden verzorgd."),
    ("p", "6.3 Het centraal examen vmbo wordt afgenomen aan het einde van het tweede leerjaar van de "
          "Leerroute; de School blijft verantwoordelijk voor het eindexamen van een Deelnemer die reeds "
          "bij de Instelling is ingeschreven. Examens van de beroepsopleiding kunnen vanaf het tweede "
          "leerjaar van de Leerroute worden afgenomen onder verantwoordelijkheid van de "
          "examencommissie van de Instelling."),
    ("p", "6.4 Gedurende de Vo-fase is de Deelnemer ingeschreven bij de School; met ingang van de "
          "Mbo-fase wordt hij ingeschreven bij de Instelling. Het toezicht op de naleving van de "
          "leerplicht en het verzuim berust in de Vo-fase bij de School en in de Mbo-fase bij de "
          "Instelling."),

    ("h", "Artikel 7 Inzet van personeel"),
    ("p", "7.1 De Instelling stelt in de Vo-fase twee docenten procestechniek beschikbaar voor in "
          "totaal 0,8 fte; de School stelt in de Mbo-fase een docent wiskunde en een docent Nederlands "
          "beschikbaar voor in totaal 0,4 fte. Het beschikbaar stellen geschiedt op basis van een "
          "detacheringsovereenkomst; de gedetacheerde medewerker blijft in dienst van de uitlenende "
          "Partij, die de werkgeversverantwoordelijkheid behoudt."),
    ("p", "7.2 Voor de in de PTA/OER aangewezen vakoverstijgende onderdelen werkt de Leerroute met "
          "een team van leraren en docenten als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 "
          "WEB, met dien verstande dat ieder teamlid verantwoordelijk blijft voor het onderdeel "
          "waarvoor hij bevoegd is en voor ieder onderdeel ten minste één bevoegde docent bij het "
          "team is betrokken."),
    ("p", "7.3 Partijen dragen gezamenlijk zorg voor de professionalisering van het docententeam, "
          "waaronder twee gezamenlijke studiedagen per Schooljaar en een jaarlijkse stage van "
          "docenten bij een Leerbedrijf."),

    ("h", "Artikel 8 Gebruik van faciliteiten"),
    ("p", "8.1 De Instelling stelt om niet de procestrainingsinstallatie, het laboratorium en de "
          "simulatoren van de Procesplant-locatie ter beschikking voor het onderwijs in de Vo-fase, "
          "gedurende ten minste twee dagdelen per week."),
    ("p", "8.2 De School stelt het technieklokaal en de computerruimte ter beschikking voor "
          "steunlessen aan Deelnemers in de Mbo-fase die hun vmbo-examen nog moeten afronden."),
    ("p", "8.3 De Partij die faciliteiten gebruikt, draagt zorg voor naleving van de huisregels en "
          "veiligheidsvoorschriften van de ter beschikking stellende Partij en is aansprakelijk voor "
          "schade die door haar Deelnemers of personeel wordt veroorzaakt, behoudens normale "
          "slijtage."),

    ("h", "Artikel 9 Overstapoptie"),
    ("p", "9.1 Indien de deelname van een Deelnemer aan de Leerroute wordt beëindigd voordat hij "
          "deze met goed gevolg heeft voltooid, stellen Partijen hem in staat een vmbo-diploma of het "
          "diploma van een beroepsopleiding te behalen, waarbij het niveau naar het gezamenlijk "
          "oordeel van de colleges van bestuur, in de praktijk uitgeoefend door de Routedirectie, "
          "aansluit bij het bereikte onderwijsniveau en de leeftijd van de Deelnemer."),
    ("p", "9.2 Partijen komen daartoe de volgende kaders overeen:"),
    ("li", "(a) beëindiging in de Vo-fase: de Deelnemer vervolgt zijn opleiding in de reguliere "
           "kaderberoepsgerichte leerweg van de School, binnen het profiel Produceren, installeren en "
           "energie of een ander door de School aangeboden profiel, gericht op het vmbo-diploma;"),
    ("li", "(b) beëindiging in de Mbo-fase: de Deelnemer kan instromen in een andere opleiding van de "
           "Instelling op niveau 2 of 3, waaronder Operator A en Monteur mechatronica, zonder dat de "
           "vooropleidingseisen op hem van toepassing zijn, ook indien hij het vmbo-diploma niet "
           "heeft behaald;"),
    ("li", "(c) afwijzing voor het vmbo-eindexamen: de Deelnemer wordt in de gelegenheid gesteld het "
           "examen in het daaropvolgende Schooljaar opnieuw af te leggen, met behoud van zijn plaats "
           "in de Mbo-fase, dan wel in te stromen in een opleiding van vergelijkbaar niveau bij de "
           "Instelling;"),
    ("li", "(d) overstap naar een andere instelling: de Instelling draagt zorg voor een warme "
           "overdracht en verstrekt de gegevens die de ontvangende instelling voor een "
           "geschiktheidsonderzoek nodig heeft."),
    ("p", "9.3 Het besluit over de overstap wordt genomen na een gesprek met de Deelnemer en, indien "
          "hij minderjarig is, zijn ouders of verzorgers, en wordt binnen zes weken na de beëindiging "
          "schriftelijk aan hen meegedeeld. De School neemt deze regeling op in de schoolgids."),
    ("p", "9.4 Het bepaalde in dit artikel is niet van toepassing op een Deelnemer die definitief van "
          "de School of de Instelling is verwijderd."),

    ("h", "Artikel 10 Overdracht van bekostiging"),
    ("p", "10.1 De School draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks aan de "
          "Instelling over een bedrag van € 1.340 per Deelnemer die op 1 oktober van het betreffende "
          "Schooljaar in de Vo-fase staat ingeschreven. Dit bedrag is bestemd voor de detachering van "
          "docenten procestechniek bedoeld in artikel 7.1 en de verbruiksmaterialen van de "
          "procestrainingsinstallatie."),
    ("p", "10.2 De Instelling draagt met toepassing van artikel 9.1.15 WEB aan de School over een "
          "bedrag van € 410 per Deelnemer die op 1 oktober in de Mbo-fase staat ingeschreven en het "
          "vmbo-diploma nog niet heeft behaald. Dit bedrag is bestemd voor de steunlessen en de "
          "afname van het vmbo-examen voor deze Deelnemers."),
    ("p", "10.3 De bedragen worden jaarlijks per 1 augustus geïndexeerd met het percentage van de "
          "loon- en prijsbijstelling van de rijksbijdrage en worden vóór 1 maart betaald. Ieder "
          "draagt overigens de eigen kosten."),

    ("h", "Artikel 11 Medezeggenschap"),
    ("p", "11.1 Deelnemers die in de Vo-fase bij de School staan ingeschreven, zijn vanaf het tweede "
          "leerjaar van de Leerroute kiesgerechtigd en verkiesbaar voor de studentenraad van de "
          "Instelling, locatie Vondelingenweg, met behoud van hun rechten op grond van de Wet "
          "medezeggenschap op scholen."),
    ("p", "11.2 Partijen leggen ieder voorgenomen besluit tot wijziging van de PTA/OER of van deze "
          "overeenkomst ter advisering voor aan zowel de medezeggenschapsraad van de School als de "
          "studentenraad van de Instelling."),
    ("p", "11.3 De personeelsgeleding van de medezeggenschapsraad van de School en de "
          "onderdeelcommissie Techniek van de ondernemingsraad van de Instelling voeren jaarlijks een "
          "gezamenlijk overleg met de Routedirectie over de werkdruk en de inzet van het "
          "docententeam."),

    ("h", "Artikel 12 Klachten, privacy, aansprakelijkheid en verzekering"),
    ("p", "12.1 De klachtenregeling van ieder der Partijen is mede van toepassing op gedragingen van "
          "het bestuur en het personeel van de andere Partij in het kader van de Leerroute. Een klacht "
          "over een medewerker van de Instelling die bij de School wordt ingediend, wordt binnen vijf "
          "Werkdagen aan de Instelling doorgezonden, die aan de afhandeling meewerkt."),
    ("p", "12.2 Partijen verwerken persoonsgegevens van Deelnemers als zelfstandige "
          "verwerkingsverantwoordelijken en sluiten daartoe een gegevensuitwisselingsprotocol."),
    ("p", "12.3 Iedere Partij houdt een deugdelijke aansprakelijkheidsverzekering in stand die mede "
          "de activiteiten in het kader van de Leerroute dekt."),

    ("h", "Artikel 13 Melding"),
    ("p", "Partijen melden de Leerroute gezamenlijk aan Onze Minister door registratie in RIO en "
          "houden deze registratie actueel."),

    ("h", "Artikel 14 Geschillen"),
    ("p", "14.1 Indien tussen Partijen een geschil ontstaat over de uitleg of de uitvoering van deze "
          "overeenkomst, treden zij eerst in overleg binnen de Routedirectie. Een geschil bestaat "
          "zodra een Partij dit schriftelijk aan de andere Partij heeft medegedeeld."),
    ("p", "14.2 Indien het geschil niet binnen vier weken na de mededeling in de Routedirectie is "
          "opgelost, wordt het voorgelegd aan het Bestuurlijk Overleg, dat binnen vier weken "
          "bijeenkomt."),
    ("p", "14.3 Indien het Bestuurlijk Overleg het geschil niet binnen zes weken oplost, zullen "
          "Partijen trachten het geschil door mediation te beslechten overeenkomstig het reglement "
          "van de Mediatorsfederatie Nederland. Iedere Partij kan de mediation na twee bijeenkomsten "
          "beëindigen."),
    ("p", "14.4 Geschillen die niet door mediation zijn opgelost, worden uitsluitend beslecht door de "
          "bevoegde rechter van de rechtbank Rotterdam, onverminderd het recht van Partijen om "
          "voorlopige voorzieningen in kort geding te vragen."),

    ("h", "Artikel 15 Toetreding"),
    ("p", "15.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot "
          "deze overeenkomst toetreden, mits (a) zij het profiel respectievelijk de opleiding bedoeld "
          "in artikel 2 verzorgt of gaat verzorgen, (b) beide Partijen schriftelijk met de toetreding "
          "instemmen, en (c) zij een toetredingsverklaring ondertekent waarin zij alle rechten en "
          "verplichtingen uit deze overeenkomst aanvaardt."),
    ("p", "15.2 Toetreding gaat in op 1 augustus volgend op de ondertekening van de "
          "toetredingsverklaring, en laat de plaatsing en het programma van de Deelnemers die op dat "
          "moment aan de Leerroute deelnemen onverlet. De toetredende partij draagt zorg voor haar "
          "eigen melding in RIO."),

    ("h", "Artikel 16 Duur, opzegging en ontbinding"),
    ("p", "16.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
          "onbepaalde tijd."),
    ("p", "16.2 Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus "
          "van enig jaar, met inachtneming van een opzegtermijn van ten minste achttien maanden."),
    ("p", "16.3 Iedere Partij is bevoegd deze overeenkomst met onmiddellijke ingang te ontbinden indien "
          "de andere Partij, na een schriftelijke ingebrekestelling met een redelijke termijn van ten "
          "minste zes weken, tekortschiet in de nakoming van een wezenlijke verplichting, of indien "
          "de bekostiging van de andere Partij door de minister wordt beëindigd."),
    ("p", "16.4 Ingeval van opzegging of ontbinding worden met ingang van de datum van opzegging geen "
          "nieuwe Deelnemers meer toegelaten. Partijen blijven, in afwijking van het voorgaande, "
          "gehouden de Leerroute voor de op dat moment ingeschreven Deelnemers onder de geldende "
          "voorwaarden te voltooien, met dien verstande dat, indien voltooiing redelijkerwijs niet "
          "mogelijk is, artikel 9 van overeenkomstige toepassing is en Partijen in gezamenlijk overleg "
          "voor iedere Deelnemer een passende voortzetting regelen vóór het einde van het lopende "
          "Schooljaar."),

    ("h", "Artikel 17 Wijziging"),
    ("p", "17.1 Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke, door de colleges van "
          "bestuur van beide Partijen ondertekende akte, na advisering als bedoeld in artikel 11.2."),
    ("p", "17.2 Een wijziging die de inhoud of duur van de opleiding van zittende Deelnemers raakt, "
          "treedt niet eerder in werking dan bij de aanvang van het eerstvolgende Schooljaar en is niet "
          "van toepassing op Deelnemers voor wie de wijziging nadelig is, tenzij de wijziging "
          "voortvloeit uit een wettelijk voorschrift."),
    ("p", "17.3 Partijen evalueren deze overeenkomst eens in de drie jaar aan de hand van het "
          "jaarverslag bedoeld in artikel 5.2."),

    ("h", "Artikel 18 Slotbepalingen"),
    ("p", "18.1 Op deze overeenkomst is Nederlands recht van toepassing."),
    ("p", "18.2 Indien een bepaling van deze overeenkomst nietig blijkt of wordt vernietigd, blijven "
          "de overige bepalingen onverminderd van kracht en treden Partijen in overleg over een "
          "vervangende bepaling die de strekking van de nietige bepaling zoveel mogelijk benadert."),
    ("p", "18.3 Deze overeenkomst vervangt de samenwerkingsovereenkomst technologieroute van 2 "
          "september 2019, met dien verstande dat de Deelnemers die onder die overeenkomst zijn "
          "gestart hun opleiding onder deze overeenkomst voortzetten zonder verlies van behaalde "
          "resultaten."),
    ("p", "Aldus overeengekomen en in tweevoud ondertekend te Rotterdam op 27 juni 2025."),
    ("sig", ["Stichting voor Christelijk Voortgezet Onderwijs Voorne-Botlek", "",
             "drs. J.W. van Leeuwen", "voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum Delta-Rijnmond", "",
             "mr. S.E. Vermeulen-Akkus", "voorzitter college van bestuur"]),
]

add(423, "423_advocatencontract_definities_rijnmond_operator", "pdf",
    L("Long lawyer-drafted contract with a definitions article, interpretation rules and many "
      "provisos ('met dien verstande dat', 'behoudens'), PDF; Rijnmond, Produceren, installeren en "
      "energie kb -> Operator B niveau 3; funding transferred both ways with amounts and purposes; "
      "fully compliant.",
      "pppppppppp",
      {"a": "Artikel 2 Onderwerp van de overeenkomst",
       "b": "Artikel 3 Betrokkenheid van het bedrijfsleven", "c": "Artikel 4 Routedirectie",
       "d": "Artikel 5 Informatieverstrekking en verantwoording",
       "e": "Artikel 7 Inzet van personeel", "f": "Artikel 9 Overstapoptie",
       "g": "Artikel 10 Overdracht van bekostiging", "h": "Artikel 11 Medezeggenschap",
       "i": "Artikel 14 Geschillen", "j": "Artikel 16 Duur, opzegging en ontbinding"}),
    blocks=B423)

# ---------------------------------------------------------------------------- 424 ----
# Plain-language one-pager signed by two directeur-bestuurders, TXT, Zuidwest-Friesland,
# Groen bb -> Medewerker dierverzorging niveau 2. Very short, fully compliant; silent on
# medezeggenschap (h not_applicable).

X424 = """
SAMENWERKINGSAFSPRAKEN DOORLOPENDE LEERROUTE DIERVERZORGING
Fjildskoalle Sneek (vmbo) en Groen Kolleezje Bolsward (mbo)

Wie maken deze afspraken?
Wij, Sietske de Boer, directeur-bestuurder van Stichting Fjildskoalle (bevoegd gezag van
vmbo-school Fjildskoalle in Sneek), en Harm Wijnja, directeur-bestuurder van Stichting Groen
Kolleezje Súdwest (bevoegd gezag van het Groen Kolleezje in Bolsward), bieden vanaf 1 augustus 2025
samen een doorlopende leerroute vmbo-mbo aan. Dit zijn onze afspraken. Ze gelden voor ons allebei.

1. Welke route?
Vmbo profiel Groen, basisberoepsgerichte leerweg, naar de mbo-opleiding Medewerker dierverzorging,
niveau 2 (BOL), opleidingsdomein Dierverzorging. De route duurt vier jaar: twee jaar op de
Fjildskoalle, twee jaar op het Kolleezje.

2. Wat doen de bedrijven?
Zes leerbedrijven doen mee: dierenpension De Swanneblom, melkveebedrijven Hoekstra en Van der Meer,
kinderboerderij De Pôle, dierenspeciaalzaak Bolswerk en dierenartsenpraktijk It Eilân. Zij geven
stageplekken (leerjaar 2 een dag per week, leerjaar 3 en 4 de bpv), geven elk jaar een gastles en
beoordelen mee bij het praktijkexamen. Een keer per jaar praten ze met het routeteam over het
programma.

3. Wie leidt de route?
Een routeteam van twee mensen: de teamleider groen van de Fjildskoalle en de opleidingscoördinator
dierverzorging van het Kolleezje. Ieder van ons wijst zijn eigen teamlid aan, steeds voor twee jaar.
Het routeteam maakt het rooster en het PTA/OER, beslist wie in de route komt en wie overstapt, en
mag tot 2.500 euro per jaar aan lesmateriaal uitgeven. Over grotere dingen beslissen wij samen.

4. Hoe houdt het routeteam ons op de hoogte?
Het routeteam stuurt ons elk jaar voor 1 oktober een verslag: hoeveel leerlingen er zijn, wie
stopte en waarom, en de examenuitslagen. Wij bespreken dat met het routeteam in ons overleg van
oktober en nog een keer in maart.

5. Waar en met wie?
Jaar 1 en 2 zijn op de Fjildskoalle, met elke vrijdag praktijk in de dierenhouderij van het
Kolleezje. Jaar 3 en 4 zijn op het Kolleezje. Een docent dierverzorging van het Kolleezje geeft zes
uur per week les op de Fjildskoalle; de mentor van de Fjildskoalle begeleidt de leerling tot hij
zijn vmbo-diploma heeft. Wij gebruiken de dierenhouderij en de stallen van het Kolleezje; het
Kolleezje gebruikt ons lokaal groen voor bijlessen. Wat er per leerjaar geleerd en getoetst wordt,
staat in het gezamenlijke PTA/OER.

6. Als een leerling wil of moet stoppen
Dan zoekt het routeteam met de leerling en zijn ouders een plek die past bij wat hij al kan en bij
zijn leeftijd, en beslist het routeteam samen. Stopt hij in jaar 1 of 2, dan gaat hij verder in vmbo
basis (groen of een ander profiel) tot zijn vmbo-diploma. Stopt hij in jaar 3 of 4, dan kan hij naar
een andere niveau 2-opleiding van het Kolleezje, zoals Medewerker hovenier, zonder extra
toelatingseisen, ook als hij zijn vmbo-diploma nog niet heeft. Heeft hij na jaar 3 geen
vmbo-diploma, dan mag hij het examen overdoen of toch verder in een niveau 2-opleiding.

7. Geld
Er gaat geen bekostiging van de ene school naar de andere. Iedere school betaalt zijn eigen mensen
en spullen.

8. Als we het niet eens zijn
Eerst praat het routeteam erover. Lukt het niet binnen twee weken, dan lossen wij het samen op.
Lukt ons dat niet binnen vier weken, dan vragen we een onafhankelijke bemiddelaar. Helpt dat ook
niet, dan beslist de rechter in Leeuwarden.

9. Erbij komen, stoppen en veranderen
Een andere school of mbo-instelling mag meedoen als wij allebei ja zeggen en zij deze afspraken
tekent; dat gaat in op 1 augustus. Stoppen kan alleen per 1 augustus, schriftelijk en met een jaar
opzegtermijn; leerlingen die al in de route zitten, maken de route gewoon af. Veranderen doen we
alleen op papier, met onze twee handtekeningen, en nooit midden in een schooljaar.

Sneek, 26 juni 2025

Sietske de Boer                         Harm Wijnja
directeur-bestuurder                     directeur-bestuurder
Stichting Fjildskoalle                   Stichting Groen Kolleezje Súdwest
"""

add(424, "424_een_pagina_twee_directeuren_sneek_dierverzorging", "txt",
    L("Very short plain-language one-pager with question headings, signed by two "
      "directeur-bestuurders, TXT; Zuidwest-Friesland, Groen bb -> Medewerker dierverzorging "
      "niveau 2; every item arranged in a few sentences, no transfer of funding, silent on "
      "medezeggenschap (h not_applicable); compliant.",
      "pppppppnpp",
      {"a": "1. Welke route?", "b": "2. Wat doen de bedrijven?", "c": "3. Wie leidt de route?",
       "d": "4. Hoe houdt het routeteam ons op de hoogte?", "e": "5. Waar en met wie?",
       "f": "6. Als een leerling wil of moet stoppen", "g": "7. Geld",
       "i": "8. Als we het niet eens zijn", "j": "9. Erbij komen, stoppen en veranderen"}),
    text=X424)

# ---------------------------------------------------------------------------- 425 ----
# Route convenant for bouw and installatietechniek, co-signed by an employers' association,
# DOCX with paragraph signs and a route table, Midden-Brabant (Tilburg): BWI bb -> Timmerman
# niveau 2 and PIE bb -> Monteur werktuigkundige installaties niveau 2. Fully compliant.

T425 = [
    ["Route", "Vmbo (leerjaar 1-2 van de route)", "Mbo (leerjaar 3-4 van de route)",
     "Praktijklocatie"],
    ["Route Bouw",
     "Profiel Bouwen, wonen en interieur, basisberoepsgerichte leerweg",
     "Timmerman, niveau 2 (basisberoepsopleiding), opleidingsdomein Bouw en infra",
     "Bouwhal Vakschool Tilburg, Ringbaan-Oost"],
    ["Route Installatie",
     "Profiel Produceren, installeren en energie, basisberoepsgerichte leerweg",
     "Monteur werktuigkundige installaties, niveau 2 (basisberoepsopleiding), opleidingsdomein "
     "Installatie- en energietechniek",
     "Installatiewerkplaats Vakcollege Piushaven"],
]

B425 = [
    ("title", "Routeconvenant Bouw & Installatie Hart van Brabant"),
    ("sub", "Samenwerkingsovereenkomst voor twee doorlopende leerroutes vmbo-mbo, met "
            "medeondertekening door de Werkgeversvereniging Bouw & Installatie Hart van Brabant"),
    ("h", "§ 1 Wie doen mee"),
    ("p", "1.1 Stichting Katholiek Voortgezet Onderwijs Hart van Brabant, bevoegd gezag van "
          "Vakcollege Piushaven te Tilburg, vertegenwoordigd door mevrouw E.A.M. Schellekens, "
          "voorzitter college van bestuur (hierna: het Vakcollege)."),
    ("p", "1.2 Stichting Regionaal Opleidingencentrum Brabant-Midden, bevoegd gezag van de Vakschool "
          "Tilburg, vertegenwoordigd door de heer P.J. van Gils, lid college van bestuur (hierna: het "
          "ROC)."),
    ("p", "1.3 Vereniging Werkgeversvereniging Bouw & Installatie Hart van Brabant, gevestigd te "
          "Tilburg, waarbij 38 bouw- en installatiebedrijven uit de regio zijn aangesloten, "
          "vertegenwoordigd door de heer H.C.M. Bierens, voorzitter (hierna: de "
          "Werkgeversvereniging)."),
    ("p", "1.4 Het Vakcollege en het ROC zijn de partijen die de routes verzorgen en de "
          "samenwerkingsovereenkomst in de zin van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB "
          "sluiten. De Werkgeversvereniging tekent mee voor de verplichtingen in § 3 en heeft een "
          "adviserende rol in § 4; de overige paragrafen gelden tussen het Vakcollege en het ROC."),
    ("h", "§ 2 De twee routes"),
    ("p", "2.1 Het Vakcollege en het ROC verzorgen vanaf het schooljaar 2025-2026 de volgende "
          "doorlopende leerroutes:"),
    ("table", T425, [0.16, 0.28, 0.32, 0.24], True),
    ("p", "2.2 Elke route duurt vier jaar. Leerlingen kiezen aan het eind van leerjaar 2 van het "
          "vmbo. Per route starten jaarlijks ten hoogste 18 leerlingen. In leerjaar 4 van de route "
          "kan de student kiezen voor de beroepsbegeleidende leerweg, mits hij een leerbaan heeft "
          "bij een erkend leerbedrijf."),
    ("h", "§ 3 Rol van de Werkgeversvereniging en de leerbedrijven"),
    ("p", "3.1 De Werkgeversvereniging zorgt ervoor dat haar leden jaarlijks voor iedere leerling "
          "in leerjaar 2 van de route een snuffelstage van tien dagen beschikbaar stellen, en voor "
          "iedere student in leerjaar 3 en 4 een bpv-plaats of leerbaan bij een door SBB erkend "
          "leerbedrijf."),
    ("p", "3.2 Ieder leerbedrijf wijst een vakman aan die als meester optreedt voor een of twee "
          "leerlingen ('meester-gezel'), hen tijdens de bpv begeleidt en samen met de docent de "
          "praktijkbeoordeling doet."),
    ("p", "3.3 De Werkgeversvereniging organiseert jaarlijks een bouwplaatsdag en een "
          "installatiedag voor alle leerlingen van de routes, levert twee leden voor de routeraad "
          "(§ 4.4) en stelt jaarlijks € 15.000 beschikbaar voor een gereedschapsfonds waaruit "
          "leerlingen bij de start van leerjaar 3 een eigen gereedschapskist krijgen."),
    ("p", "3.4 De praktijkexamens van de mbo-opleidingen worden voor zover mogelijk afgenomen op een "
          "bouwplaats of in een installatieproject van een lid van de Werkgeversvereniging, met een "
          "beoordelaar uit het bedrijf."),
    ("h", "§ 4 Routeleider en routeraad"),
    ("p", "4.1 De leiding over beide routes ligt bij een routeleider en twee trajectbegeleiders: "
          "een trajectbegeleider van het Vakcollege (voor de vo-fase) en een van het ROC (voor de "
          "mbo-fase)."),
    ("p", "4.2 De routeleider wordt benoemd door de colleges van bestuur van het Vakcollege en het "
          "ROC gezamenlijk, na advies van de routeraad, voor een periode van drie jaar. De "
          "trajectbegeleiders worden aangewezen door de sectordirecteur techniek van de eigen "
          "organisatie."),
    ("p", "4.3 De routeleider heeft van beide colleges van bestuur de volgende taken en "
          "bevoegdheden gekregen: het vaststellen van roosters en groepsindeling, het voorstellen van "
          "het gezamenlijke PTA/OER aan beide besturen, het beslissen over toelating en over "
          "overstap volgens § 7, het verdelen van de lesuren over de docenten binnen de afgesproken "
          "formatie, en het onderhouden van de contacten met de leerbedrijven. Hij heeft geen "
          "bevoegdheid om personeel aan te nemen of om uitgaven te doen buiten de routebegroting."),
    ("p", "4.4 De routeraad adviseert de routeleider. Hij bestaat uit de routeleider, de twee "
          "trajectbegeleiders en twee leden namens de Werkgeversvereniging, en vergadert vier keer "
          "per jaar."),
    ("h", "§ 5 Verslag en bestuurlijk overleg"),
    ("p", "5.1 De routeleider brengt elk half jaar (in januari en in juli) schriftelijk verslag uit "
          "aan beide colleges van bestuur over het aantal leerlingen per route, de voortgang, het "
          "verzuim, de uitval, de bpv-plaatsen en de financiën van de routes."),
    ("p", "5.2 Het verslag van juli bevat ook een terugblik op het schooljaar met de examenresultaten "
          "en een plan voor het volgende schooljaar. Het wordt besproken in een bestuurlijk overleg "
          "tussen het Vakcollege en het ROC in september, waarin de routeleider verantwoording "
          "aflegt over het gevoerde beleid. De Werkgeversvereniging ontvangt een afschrift."),
    ("h", "§ 6 Onderwijs, werkplaatsen en docenten"),
    ("p", "6.1 Het programma, de examinering en de bpv worden per leerjaar beschreven in een "
          "gezamenlijk PTA/OER dat beide besturen vóór 1 juli voor het volgende schooljaar "
          "vaststellen. Het vmbo-examen wordt in leerjaar 2 van de route afgenomen; het Vakcollege "
          "blijft verantwoordelijk voor herkansingen in leerjaar 3."),
    ("p", "6.2 In de vo-fase krijgen leerlingen van de route Bouw twee dagen per week praktijk in de "
          "bouwhal van het ROC; leerlingen van de route Installatie krijgen hun praktijk in de "
          "installatiewerkplaats van het Vakcollege, die ook door studenten van het ROC in de "
          "mbo-fase wordt gebruikt. Gebruik, onderhoud en veiligheidsinstructie van de werkplaatsen "
          "zijn geregeld in een gebruiksovereenkomst tussen het Vakcollege en het ROC."),
    ("p", "6.3 Het ROC zet in de vo-fase per route een praktijkdocent in voor twaalf uur per week; "
          "het Vakcollege zet in de mbo-fase een docent Nederlands en rekenen in voor zes uur per "
          "week. Docenten van beide organisaties vormen per route een team dat gebruik maakt van de "
          "teambevoegdheid voor de praktijkonderdelen; in het PTA/OER staat bij welke onderdelen dat "
          "gebeurt. Iedere docent blijft in dienst van zijn eigen werkgever."),
    ("p", "6.4 Leerlingen zijn in de vo-fase ingeschreven bij het Vakcollege en in de mbo-fase bij "
          "het ROC. De klachtenregeling van elke partij geldt ook voor gedragingen van medewerkers "
          "van de andere partij binnen de routes."),
    ("h", "§ 7 Leerlingen die willen overstappen"),
    ("p", "7.1 Wil of moet een leerling de route verlaten, dan beslissen de twee trajectbegeleiders "
          "samen, na een gesprek met de leerling en zijn ouders, welke vervolgplek bij hem past. Zij "
          "kijken daarbij naar het niveau dat de leerling heeft bereikt, zijn leeftijd en zijn "
          "wensen."),
    ("p", "7.2 In de vo-fase kan de leerling overstappen naar de andere route van dit convenant of "
          "naar de reguliere basisberoepsgerichte leerweg van het Vakcollege, en haalt hij daar zijn "
          "vmbo-diploma."),
    ("p", "7.3 In de mbo-fase kan de student binnen het ROC overstappen naar een andere "
          "basisberoepsopleiding in de bouw, de infra of de installatietechniek, of naar een "
          "opleiding in een andere richting op niveau 2. Vooropleidingseisen worden daarbij niet "
          "gesteld."),
    ("p", "7.4 Haalt de leerling het vmbo-diploma niet, dan kan hij in leerjaar 3 van de route het "
          "examen opnieuw doen en ondertussen zijn mbo-opleiding vervolgen; lukt dat niet, dan "
          "zoeken de trajectbegeleiders met hem een mbo-opleiding van vergelijkbaar niveau."),
    ("p", "7.5 Bij een overstap naar een andere instelling draagt het ROC de leerling warm over en "
          "levert het de gegevens voor een geschiktheidsonderzoek."),
    ("h", "§ 8 Bekostiging"),
    ("p", "8.1 Het Vakcollege draagt met toepassing van artikel 5.42a WVO 2020 elk jaar aan het ROC "
          "een bedrag over dat gelijk is aan 18 procent van de personele bekostiging die het "
          "Vakcollege voor een leerling in de basisberoepsgerichte leerweg ontvangt, voor iedere "
          "leerling van de route Bouw in de vo-fase. Telmoment is 1 oktober."),
    ("p", "8.2 Het overgedragen bedrag is bestemd voor de inzet van de praktijkdocent van het ROC "
          "(§ 6.3) en het gebruik van de bouwhal, inclusief hout en ander verbruiksmateriaal."),
    ("p", "8.3 Voor de route Installatie wordt geen bekostiging overgedragen. Het gereedschapsfonds "
          "van de Werkgeversvereniging (§ 3.3) is geen bekostiging en blijft buiten deze "
          "verrekening."),
    ("h", "§ 9 Inspraak van leerlingen, ouders en personeel"),
    ("p", "9.1 Het Vakcollege en het ROC richten voor de routes een gezamenlijke "
          "routemedezeggenschapscommissie in. De medezeggenschapsraad van het Vakcollege wijst twee "
          "leden aan (een ouder en een personeelslid), de studentenraad van het ROC een student en "
          "de ondernemingsraad van het ROC een personeelslid."),
    ("p", "9.2 De commissie heeft adviesrecht over het PTA/OER, de jaarplanning en wijzigingen van "
          "dit convenant. De medezeggenschapsraad van het Vakcollege en de studentenraad van het ROC "
          "nemen het advies van de commissie mee in hun eigen advies of instemming; hun wettelijke "
          "rechten blijven onverkort."),
    ("h", "§ 10 Geschillen"),
    ("p", "10.1 Geschillen tussen het Vakcollege en het ROC over de uitvoering van dit convenant "
          "worden eerst voorgelegd aan de routeleider en de beide sectordirecteuren techniek. Is het "
          "geschil na drie weken niet opgelost, dan volgt een bestuurlijk overleg tussen de colleges "
          "van bestuur."),
    ("p", "10.2 Lukt een oplossing daar binnen zes weken niet, dan wordt het geschil beslecht door "
          "arbitrage volgens het Arbitragereglement van het Nederlands Arbitrage Instituut, door één "
          "arbiter, met Tilburg als plaats van arbitrage. De uitspraak is bindend."),
    ("h", "§ 11 Nieuwe partners, looptijd, opzegging en wijziging"),
    ("p", "11.1 Een andere vmbo-school of mbo-instelling in Midden-Brabant kan aan een of beide "
          "routes deelnemen als zij het betreffende profiel of de betreffende opleiding aanbiedt, het "
          "Vakcollege en het ROC daarmee schriftelijk instemmen en zij dit convenant door een "
          "toetredingsverklaring aanvaardt. De toetreding gaat in bij de start van een schooljaar en "
          "wordt gemeld in RIO; bestaande groepen worden er niet door verplaatst."),
    ("p", "11.2 Dit convenant loopt van 1 augustus 2025 tot 1 augustus 2031 en wordt daarna telkens "
          "met drie jaar verlengd, tenzij het Vakcollege of het ROC het uiterlijk op 1 augustus van "
          "het voorafgaande jaar schriftelijk opzegt. Opzegging eindigt het convenant alleen voor "
          "nieuwe instroom: leerlingen en studenten die al in een route zitten, maken hun route bij "
          "dezelfde partijen af, ook na de einddatum."),
    ("p", "11.3 De Werkgeversvereniging kan haar deelname met zes maanden opzegtermijn beëindigen; "
          "het ROC zorgt er in dat geval voor dat iedere student zijn bpv-plaats of leerbaan houdt "
          "of een gelijkwaardige plaats krijgt."),
    ("p", "11.4 Wijzigingen worden schriftelijk vastgelegd en door het Vakcollege en het ROC "
          "ondertekend, en, voor zover § 3 wordt gewijzigd, ook door de Werkgeversvereniging. Een "
          "wijziging gaat in bij het begin van een schooljaar en verslechtert de positie van "
          "zittende leerlingen niet."),
    ("p", "Aldus getekend te Tilburg op 25 juni 2025."),
    ("sig", ["Namens het Vakcollege:", "E.A.M. Schellekens", "", "Namens het ROC:",
             "P.J. van Gils"],
            ["Namens de Werkgeversvereniging:", "H.C.M. Bierens", "voorzitter"]),
]

add(425, "425_routeconvenant_werkgeversvereniging_tilburg_bouw_installatie", "docx",
    L("Routeconvenant for two routes (bouw and installatietechniek) co-signed by an employers' "
      "association as third party, DOCX with paragraph signs and a route table; Midden-Brabant, "
      "BWI bb -> Timmerman niveau 2 and PIE bb -> Monteur werktuigkundige installaties niveau 2; "
      "percentage-based transfer for one route only, arbitrage; fully compliant.",
      "pppppppppp",
      {"a": "§ 2 De twee routes",
       "b": "§ 3 Rol van de Werkgeversvereniging en de leerbedrijven",
       "c": "§ 4 Routeleider en routeraad", "d": "§ 5 Verslag en bestuurlijk overleg",
       "e": "§ 6 Onderwijs, werkplaatsen en docenten",
       "f": "§ 7 Leerlingen die willen overstappen", "g": "§ 8 Bekostiging",
       "h": "§ 9 Inspraak van leerlingen, ouders en personeel", "i": "§ 10 Geschillen",
       "j": "§ 11 Nieuwe partners, looptijd, opzegging en wijziging"}),
    blocks=B425)

# ---------------------------------------------------------------------------- 426 ----
# Care route with a network of small practices (huisartsen, apotheken), PDF with chapters and a
# table of practices, Hoeksche Waard, Zorg en welzijn kb/gl -> Doktersassistent and
# Apothekersassistent niveau 4.
# Defects: f deferred inside one long sentence to a later protocol (weak); i only restates the
# statutory duty (weak).

T426 = [
    ["Praktijk", "Plaats", "Bijdrage aan de route"],
    ["Huisartsenpraktijk Korendijk", "Piershil",
     "2 bpv-plaatsen doktersassistent; gastles triage"],
    ["Gezondheidscentrum Maasdam", "Maasdam",
     "2 bpv-plaatsen doktersassistent; oefenspreekuur met acteurpatiënten"],
    ["Huisartsen aan de Haven", "Strijen", "1 bpv-plaats doktersassistent; meebeoordelen"],
    ["Apotheek De Waal", "Puttershoek",
     "2 bpv-plaatsen apothekersassistent; rondleiding bereidingsruimte"],
    ["Dorpsapotheek 's-Gravendeel", "'s-Gravendeel",
     "1 bpv-plaats apothekersassistent; meebeoordelen"],
    ["Huisartsenpost Hoeksche Waard", "Oud-Beijerland",
     "snuffelmiddag voor leerjaar 1 van de route; gastles spoedeisende zorg"],
]

B426 = [
    ("title", "Samenwerkingsovereenkomst Zorgroute Hoeksche Waard"),
    ("sub", "doorlopende leerroute vmbo Zorg en welzijn \u2013 mbo Doktersassistent en "
            "Apothekersassistent (niveau 4)"),
    ("p", "De ondergetekenden:"),
    ("p", "Stichting Openbaar Voortgezet Onderwijs Hoeksche Waard, bevoegd gezag van het "
          "Binnenbedijk College te Oud-Beijerland, te dezen vertegenwoordigd door mevrouw "
          "W.H. Nieuwenhuis-Kok, voorzitter van het college van bestuur, hierna: de school,"),
    ("p", "en"),
    ("p", "Stichting Regionaal Opleidingencentrum Drechtwaard, te dezen vertegenwoordigd door de "
          "heer A. el Idrissi, lid van het college van bestuur, hierna: de instelling,"),
    ("p", "overwegende dat de eerstelijnszorg in de Hoeksche Waard een groeiend tekort aan "
          "assistenten kent en dat de praktijken in het eiland bereid zijn jongeren vroeg in hun "
          "opleiding kennis te laten maken met het werk, komen het volgende overeen."),

    ("h", "Hoofdstuk 1 De route"),
    ("h2", "Artikel 1 Inhoud van de route"),
    ("p", "1.1 De school en de instelling verzorgen samen een doorlopende leerroute die het profiel "
          "Zorg en welzijn in de kaderberoepsgerichte en de gemengde leerweg van de school verbindt "
          "met de middenkaderopleidingen Doktersassistent en Apothekersassistent (niveau 4, BOL) van "
          "de instelling, beide in het opleidingsdomein Zorg en welzijn."),
    ("p", "1.2 De route duurt vijf jaar: leerjaar 1 en 2 (leerjaar 3 en 4 van het vmbo) op de school, "
          "leerjaar 3 tot en met 5 op de instelling. De keuze tussen doktersassistent en "
          "apothekersassistent wordt gemaakt aan het eind van leerjaar 2 van de route."),
    ("h2", "Artikel 2 Betrokkenheid van de praktijken"),
    ("p", "2.1 De zorgpraktijken in de tabel hieronder vormen samen het Praktijknetwerk Zorgroute. "
          "Zij hebben met een getekende verklaring van betrokkenheid toegezegd de genoemde bijdragen "
          "te leveren. Alle bpv-plaatsen zijn bij door SBB erkende leerbedrijven."),
    ("table", T426, [0.34, 0.18, 0.48], True),
    ("p", "2.2 Het Praktijknetwerk komt twee keer per jaar bijeen met de routecoördinator en "
          "geeft advies over de praktijkopdrachten in leerjaar 1 en 2 en de keuze van keuzedelen. "
          "Een praktijkhouder uit het netwerk neemt deel aan de jaarlijkse evaluatie van de route."),

    ("h", "Hoofdstuk 2 Leiding en verantwoording"),
    ("h2", "Artikel 3 Leiding van de route"),
    ("p", "3.1 De leiding berust bij een routeteam, bestaande uit een routecoördinator, de "
          "teamleider Zorg en welzijn van de school en de onderwijsmanager Assisterende "
          "gezondheidszorg van de instelling."),
    ("p", "3.2 De routecoördinator wordt benoemd door het college van bestuur van de instelling in "
          "overeenstemming met het college van bestuur van de school; de teamleider en de "
          "onderwijsmanager worden aangewezen door hun eigen bestuur."),
    ("p", "3.3 Het routeteam heeft tot taak het gezamenlijke PTA/OER voor te bereiden, de roosters "
          "vast te stellen, de inzet van docenten te plannen, de toelating van leerlingen te regelen "
          "en het contact met het Praktijknetwerk te onderhouden. Het routeteam beslist zelfstandig "
          "over rooster, toelating en plaatsing op bpv-adressen; besluiten over formatie, begroting "
          "en wijziging van deze overeenkomst zijn voorbehouden aan de besturen."),
    ("h2", "Artikel 4 Rapportage aan de besturen"),
    ("p", "4.1 Het routeteam stelt jaarlijks vóór 1 december een voortgangsrapportage op over het "
          "afgelopen schooljaar, met aantallen leerlingen en studenten per leerjaar, uitval en "
          "overstap, examenresultaten, de inzet van docenten en de besteding van de overgedragen "
          "middelen."),
    ("p", "4.2 De rapportage wordt aan beide colleges van bestuur gezonden en besproken in het "
          "halfjaarlijkse bestuurlijk overleg in december en juni. Tussentijds informeert de "
          "routecoördinator de besturen zo spoedig mogelijk over zaken die de continuïteit van de "
          "route raken."),

    ("h", "Hoofdstuk 3 Onderwijs en organisatie"),
    ("h2", "Artikel 5 Programma, examinering en locaties"),
    ("p", "5.1 Programma, examinering en bpv worden per leerjaar vastgelegd in het gezamenlijke "
          "PTA/OER, dat door beide besturen jaarlijks vóór 1 juli wordt vastgesteld. Het centraal "
          "examen vmbo vindt plaats in leerjaar 2 van de route."),
    ("p", "5.2 Leerjaar 1 en 2 worden gegeven op de locatie Oud-Beijerland van de school, met een "
          "wekelijkse praktijkdag in het skillslab van de instelling in Dordrecht. Leerjaar 3 tot en "
          "met 5 worden gegeven op de locatie Dordrecht van de instelling."),
    ("h2", "Artikel 6 Personeel en faciliteiten"),
    ("p", "6.1 De instelling stelt in leerjaar 1 en 2 een docent assisterende gezondheidszorg "
          "beschikbaar voor acht lesuren per week op de school. De school stelt in leerjaar 3 een "
          "docent biologie beschikbaar voor vier lesuren per week op de instelling. Beide docenten "
          "blijven in dienst van hun eigen werkgever. Voor de praktijkvakken werkt een gezamenlijk "
          "team met teambevoegdheid; in het PTA/OER staat om welke onderdelen het gaat."),
    ("p", "6.2 De school mag het skillslab, de oefenapotheek en het oefenspreekuur van de instelling "
          "gebruiken; de instelling mag het verzorgingslokaal van de school gebruiken voor "
          "ouderavonden en voorlichting. Het routeteam stelt jaarlijks het gebruiksrooster vast."),
    ("h2", "Artikel 7 Inschrijving, begeleiding en klachten"),
    ("p", "7.1 In leerjaar 1 en 2 is de leerling ingeschreven bij de school, daarna bij de "
          "instelling. De mentor van de school en de studieloopbaanbegeleider van de instelling "
          "dragen de begeleiding in het laatste halfjaar van leerjaar 2 gezamenlijk over."),
    ("p", "7.2 Klachten over medewerkers van de andere partij worden behandeld volgens de "
          "klachtenregeling van de partij waar de klacht wordt ingediend; de andere partij verleent "
          "medewerking."),
    ("h2", "Artikel 8 Leerlingen die de route verlaten"),
    ("p", "8.1 Partijen onderschrijven dat iedere leerling die de zorgroute verlaat, recht heeft op "
          "een passend vervolg."),
    ("p", "8.2 Met het oog op de zorgvuldigheid die de begeleiding van deze leerlingen vraagt, en "
          "rekening houdend met de uiteenlopende redenen waarom een leerling de route kan verlaten, "
          "zoals een verhuizing, een andere beroepswens of een niveau dat niet blijkt aan te sluiten, "
          "zullen de school en de instelling, na raadpleging van de mentor, de "
          "studieloopbaanbegeleider en de zorgcoördinator en met gebruikmaking van de ervaringen "
          "die met de eerste twee cohorten worden opgedaan, de concrete overstapmogelijkheden en de "
          "wijze waarop daarover wordt besloten in de loop van het schooljaar 2026-2027 uitwerken in "
          "een afzonderlijk overstapprotocol, dat na vaststelling in de schoolgids wordt opgenomen."),
    ("p", "8.3 Tot de vaststelling van het protocol handelen partijen naar bevind van zaken."),

    ("h", "Hoofdstuk 4 Financiën en medezeggenschap"),
    ("h2", "Artikel 9 Overdracht van middelen"),
    ("p", "9.1 De school draagt jaarlijks € 1.060 per leerling in leerjaar 2 van de route over aan "
          "de instelling, op grond van artikel 5.42a WVO 2020. Het aantal leerlingen op 1 oktober is "
          "bepalend; betaling vindt plaats vóór 1 februari."),
    ("p", "9.2 Het bedrag wordt besteed aan de inzet van de docent assisterende gezondheidszorg "
          "(artikel 6.1) en aan het gebruik en de materialen van het skillslab en de oefenapotheek."),
    ("p", "9.3 Er vindt geen overdracht plaats van de instelling aan de school."),
    ("h2", "Artikel 10 Medezeggenschap"),
    ("p", "10.1 Leerlingen van de route die bij de school staan ingeschreven, kunnen vanaf leerjaar 2 "
          "van de route als toehoorder met spreekrecht deelnemen aan de vergaderingen van de "
          "studentenraad van het college Zorg en welzijn van de instelling."),
    ("p", "10.2 Het voorstel voor het PTA/OER van de route wordt ieder jaar voor advies voorgelegd "
          "aan de medezeggenschapsraad van de school en aan de studentenraad van de instelling, "
          "voordat de besturen het vaststellen."),

    ("h", "Hoofdstuk 5 Slotbepalingen"),
    ("h2", "Artikel 11 Geschilbeslechting"),
    ("p", "Op geschillen tussen partijen over de uitvoering van deze overeenkomst is de wijze van "
          "geschilbeslechting tussen de deelnemende partijen over de uitvoering van de "
          "overeenkomst van toepassing, zoals bedoeld in artikel 2.107b, tweede lid, van de Wet "
          "voortgezet onderwijs 2020."),
    ("h2", "Artikel 12 Toetreding, duur, opzegging en wijziging"),
    ("p", "12.1 Een andere school voor vmbo of instelling voor beroepsonderwijs in de regio "
          "Zuid-Holland Zuid kan partij worden als beide partijen daarmee schriftelijk instemmen en "
          "de toetredende partij deze overeenkomst integraal aanvaardt. De toetreding gaat in bij het "
          "begin van een schooljaar en heeft geen gevolgen voor de plaatsing van leerlingen die op "
          "dat moment al in de route zitten."),
    ("p", "12.2 Deze overeenkomst geldt voor onbepaalde tijd vanaf 1 augustus 2025. Iedere partij "
          "kan haar schriftelijk opzeggen tegen het einde van een schooljaar met een opzegtermijn "
          "van ten minste twaalf maanden. Na opzegging worden geen nieuwe leerlingen toegelaten; de "
          "zittende leerlingen en studenten ronden de route af onder de voorwaarden van deze "
          "overeenkomst."),
    ("p", "12.3 Wijziging van deze overeenkomst vindt uitsluitend schriftelijk plaats, na advies "
          "van de medezeggenschapsorganen bedoeld in artikel 10.2, en gaat in bij het begin van een "
          "schooljaar. Wijzigingen worden niet toegepast op leerlingen voor wie zij nadelig zijn "
          "tijdens het lopende leerjaar."),
    ("h2", "Artikel 13 Melding"),
    ("p", "Partijen melden de route gezamenlijk in RIO, ieder voor zijn eigen deel."),
    ("p", "Aldus overeengekomen en getekend te Oud-Beijerland op 1 juli 2025."),
    ("sig", ["Stichting Openbaar Voortgezet Onderwijs Hoeksche Waard", "",
             "W.H. Nieuwenhuis-Kok", "voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum Drechtwaard", "", "A. el Idrissi",
             "lid college van bestuur"]),
]

add(426, "426_zorgroute_praktijknetwerk_hoeksche_waard_assistent", "pdf",
    L("Chaptered agreement for a care route with a table of six small huisartsen- and "
      "apotheekpraktijken, PDF; Hoeksche Waard, Zorg en welzijn kb/gl -> Doktersassistent and "
      "Apothekersassistent niveau 4. Defects: overstap deferred to a later protocol inside one long "
      "sentence (f weak); geschilbeslechting clause only restates the statute (i weak).",
      "pppppwppwp",
      {"a": "Artikel 1 Inhoud van de route", "b": "Artikel 2 Betrokkenheid van de praktijken",
       "c": "Artikel 3 Leiding van de route", "d": "Artikel 4 Rapportage aan de besturen",
       "e": "Artikel 6 Personeel en faciliteiten", "g": "Artikel 9 Overdracht van middelen",
       "h": "Artikel 10 Medezeggenschap",
       "j": "Artikel 12 Toetreding, duur, opzegging en wijziging"}),
    blocks=B426)

# ---------------------------------------------------------------------------- 427 ----
# Sport/veiligheid route, Markdown with numbered "Afspraak" headings and a small table,
# Zaanstreek, Dienstverlening en producten kb -> Handhaver toezicht en veiligheid niveau 3.
# Fully compliant; medezeggenschap only described as the law + "kunnen" (h not_applicable).

X427 = """
# Samenwerkingsovereenkomst Veiligheidsroute Zaanstreek

**Doorlopende leerroute vmbo Dienstverlening en producten (kader) – mbo Handhaver toezicht en veiligheid (niveau 3)**

| | |
|---|---|
| School | Stichting Openbaar Voortgezet Onderwijs Zaanstreek, bevoegd gezag van vmbo De Hemmes, Zaandam |
| Mbo-instelling | Stichting Regionaal Opleidingencentrum Zaan-Waterland, handelend als Zaan-Waterland College |
| Vertegenwoordigd door | mw. N. Bakkal (voorzitter CvB, school) en dhr. T.J. Schermerhorn (lid CvB, instelling) |
| Ingangsdatum | 1 augustus 2025 |

De school en de instelling (samen: *wij*) bieden een doorlopende leerroute vmbo-mbo aan voor jongeren die
willen werken in toezicht, handhaving en veiligheid, met een sterke sportieve component. Hieronder staan
de afspraken die wij samen maken. Waar "de school" staat, bedoelen we het bevoegd gezag van De Hemmes;
waar "de instelling" staat, het bevoegd gezag van het Zaan-Waterland College.

## Afspraak 1 — Route en opleiding

De route loopt van het profiel **Dienstverlening en producten** in de kaderberoepsgerichte leerweg,
met de keuzevakken Sport en bewegen en Veiligheid in de wijk, naar de vakopleiding
**Handhaver toezicht en veiligheid (niveau 3, BOL)** in het opleidingsdomein Veiligheid en sport.

- Leerjaar 1 en 2 van de route = leerjaar 3 en 4 vmbo, bij de school.
- Leerjaar 3 en 4 van de route = de mbo-opleiding, bij de instelling.
- Per jaar starten maximaal 20 leerlingen.

## Afspraak 2 — Wie uit het werkveld doet mee

Het werkveld is vanaf het eerste routejaar aan boord:

- **Team Handhaving van de gemeente Zaanstad** laat leerlingen in leerjaar 2 twee dagdelen meelopen
  met boa's, levert bpv-plaatsen in leerjaar 3 en 4 en geeft gastlessen over wet- en regelgeving.
- **Zaanwacht Beveiliging B.V.** biedt bpv-plaatsen bij evenementen en objectbeveiliging en stelt
  rollenspelers beschikbaar voor de praktijkexamens.
- **Stichting Sportservice Zaanstad** verzorgt in leerjaar 1 en 2 de buurtsportprojecten waarin
  leerlingen toezicht leren houden bij sportevenementen.
- Samen vormen zij met de routeregisseur de **werkveldcommissie**, die drie keer per jaar bijeenkomt,
  de praktijkopdrachten meebepaalt en jaarlijks advies geeft over de keuzedelen. Beoordelaars uit de
  commissie nemen deel aan de proeve van bekwaamheid.

Alle bpv-plaatsen zijn bij door SBB erkende leerbedrijven.

## Afspraak 3 — Routeregie

1. De route wordt geleid door de **regiegroep**: de routeregisseur (voorzitter), de afdelingsleider
   bovenbouw van De Hemmes en de opleidingsmanager Veiligheid en sport van de instelling.
2. De routeregisseur wordt na een open sollicitatieronde benoemd door de twee colleges van bestuur
   samen, voor drie jaar. De afdelingsleider en de opleidingsmanager hebben zitting krachtens hun
   functie en worden daartoe door hun eigen college van bestuur aangewezen.
3. De colleges van bestuur dragen de regiegroep op:
   - het doorlopende PTA/OER voor te bereiden;
   - roosters, groepsindeling en toelating tot de route vast te stellen;
   - te beslissen over overstap (afspraak 6);
   - de werkveldcommissie te laten functioneren;
   - het routebudget van de school en van de instelling te beheren, ieder binnen het eigen deel.
4. De regiegroep besluit niet over personeel (aanstelling, ontslag, formatie) en niet over de
   begroting als geheel; die besluiten blijven bij de colleges van bestuur.

## Afspraak 4 — Hoe de regiegroep verantwoording aflegt

- Na elk trimester stuurt de routeregisseur beide colleges van bestuur een **routedashboard** met
  aantallen, verzuim, tussentijdse resultaten en bpv-plaatsingen.
- Vóór 1 november volgt een **jaarverslag** over het afgelopen schooljaar: in-, door- en uitstroom,
  examenresultaten, tevredenheid van leerlingen en werkveld, en de besteding van het routebudget.
- Het jaarverslag wordt besproken in het **bestuurlijk routeoverleg** in november. Daarin legt de
  regiegroep verantwoording af en stellen de colleges van bestuur de doelen voor het volgende jaar vast.

## Afspraak 5 — Onderwijs, accommodaties en docenten

**Programma en examens.** Het onderwijsprogramma, de examinering en de bpv per leerjaar staan in het
doorlopende PTA/OER, dat de colleges van bestuur jaarlijks vóór 1 juli vaststellen. Het vmbo-examen
wordt in leerjaar 2 van de route afgerond. Mbo-examens (onder meer weerbaarheid en
conflicthantering) kunnen vanaf leerjaar 2 van de route worden afgenomen.

**Waar.** Leerjaar 1 en 2: De Hemmes, Zaandam, met één dag per week op de locatie Wormerveer van de
instelling. Leerjaar 3 en 4: locatie Wormerveer.

**Docenten.** Een docent handhaving van de instelling geeft in leerjaar 1 en 2 tien uur per week les op
De Hemmes. Een docent lichamelijke opvoeding van De Hemmes verzorgt in leerjaar 3 vier uur per week
de fysieke training op de instelling. Zij vormen met de mentoren één docententeam dat voor de
praktijkonderdelen gebruik maakt van de teambevoegdheid; het PTA/OER vermeldt welke onderdelen dat
zijn. Iedere docent blijft in dienst van zijn eigen werkgever.

**Faciliteiten.** De school stelt de sporthal en de fitnessruimte van De Hemmes open voor studenten van de
route in leerjaar 3 en 4. De instelling stelt de simulatieruimte, de trainingsruimte weerbaarheid en de
meldkamer-oefenomgeving beschikbaar voor leerlingen in leerjaar 1 en 2. De regiegroep maakt jaarlijks
het gebruiksrooster.

**Inschrijving en klachten.** Leerlingen zijn in leerjaar 1 en 2 ingeschreven bij de school, daarna bij de
instelling. De klachtenregelingen van beide partijen gelden ook voor gedragingen van medewerkers van de
andere partij binnen de route.

## Afspraak 6 — Overstappen

Wie de route verlaat, moet altijd een diploma kunnen halen. Wij spreken af:

- De afdelingsleider en de opleidingsmanager bepalen **samen**, na een gesprek met de leerling en zijn
  ouders, welke vervolgplek het meest kansrijk is, gelet op het bereikte niveau en de leeftijd. De
  regiegroep legt het besluit binnen vier weken vast.
- **Tijdens leerjaar 1 of 2**: de leerling gaat verder in de reguliere kaderberoepsgerichte leerweg
  Dienstverlening en producten van De Hemmes (of stapt over naar een ander profiel) en haalt daar zijn
  vmbo-diploma.
- **Tijdens leerjaar 3 of 4**: de student kan binnen de instelling verder in een andere opleiding,
  bijvoorbeeld Beveiliger (niveau 2) of een opleiding in de sport op niveau 3. De vooropleidingseisen
  gelden daarbij niet.
- **Geen vmbo-diploma aan het eind van leerjaar 3**: herkansing of doublure, of instroom zonder
  vmbo-diploma in een mbo-opleiding op vergelijkbaar niveau.
- **Naar een andere instelling** (bijvoorbeeld bij verhuizing): de instelling regelt een warme
  overdracht en levert de gegevens voor een geschiktheidsonderzoek.

De school beschrijft deze werkwijze in de schoolgids.

## Afspraak 7 — Geld

Er wordt **geen bekostiging** overgedragen tussen de school en de instelling. Iedere partij betaalt de
eigen docenten en accommodaties; het over en weer beschikbaar stellen van docenten en ruimtes wordt
niet verrekend.

## Afspraak 8 — Medezeggenschap

Voor leerlingen die bij de school staan ingeschreven, hun ouders en het personeel van de school geldt
de Wet medezeggenschap op scholen. Voor studenten van de instelling en hun ouders geldt de WEB en voor
het personeel van de instelling de Wet op de ondernemingsraden. Partijen kunnen aanvullende afspraken
over medezeggenschap maken.

## Afspraak 9 — Als we het oneens zijn

1. Een verschil van mening over de uitvoering van deze overeenkomst bespreken we eerst in de regiegroep.
2. Is het binnen drie weken niet opgelost, dan gaat het naar het bestuurlijk routeoverleg.
3. Komen de colleges van bestuur er binnen zes weken niet uit, dan vragen zij advies aan een
   **Commissie van Drie**: ieder wijst één onafhankelijk lid aan en die twee kiezen samen een
   voorzitter. De commissie adviseert binnen zes weken.
4. Volgen partijen het advies niet op, dan kan ieder het geschil voorleggen aan de bevoegde rechter
   van de rechtbank Noord-Holland.

## Afspraak 10 — Aansluiten, stoppen en aanpassen

- **Aansluiten.** Een andere vmbo-school of mbo-instelling uit de Zaanstreek of Waterland kan meedoen als
  zij het profiel Dienstverlening en producten respectievelijk een opleiding in het domein Veiligheid en
  sport aanbiedt, beide partijen schriftelijk instemmen en zij deze overeenkomst ondertekent. De nieuwe
  partij doet mee vanaf 1 augustus en meldt zich in RIO; leerlingen die al in de route zitten, blijven
  waar ze zijn.
- **Stoppen.** Deze overeenkomst geldt voor onbepaalde tijd. Opzeggen kan schriftelijk per 1 augustus,
  met een opzegtermijn van ten minste twaalf maanden. Bij ernstige tekortkoming kan een partij de
  overeenkomst na ingebrekestelling ontbinden. In beide gevallen start er geen nieuw cohort meer en maken
  leerlingen en studenten die al in de route zitten, hun route af zoals afgesproken.
- **Aanpassen.** Wijzigingen leggen we schriftelijk vast, getekend door beide colleges van bestuur. Ze
  gaan in bij het begin van een schooljaar en maken de situatie van zittende leerlingen niet slechter.

---

Zaandam, 30 juni 2025

| Namens de school | Namens de instelling |
|---|---|
| N. Bakkal, voorzitter college van bestuur | T.J. Schermerhorn, lid college van bestuur |
"""

add(427, "427_veiligheidsroute_sport_zaanstreek_handhaver", "md",
    L("Markdown agreement with numbered 'Afspraak' headings, bullet lists and a party table; "
      "Zaanstreek, Dienstverlening en producten kb (sport/veiligheid) -> Handhaver toezicht en "
      "veiligheid niveau 3; explicit no transfer; medezeggenschap only describes the statutory "
      "regimes and that parties 'kunnen' add arrangements (h not_applicable); otherwise fully "
      "compliant.",
      "pppppppnpp",
      {"a": "Afspraak 1 — Route en opleiding", "b": "Afspraak 2 — Wie uit het werkveld doet mee",
       "c": "Afspraak 3 — Routeregie",
       "d": "Afspraak 4 — Hoe de regiegroep verantwoording aflegt",
       "e": "Afspraak 5 — Onderwijs, accommodaties en docenten",
       "f": "Afspraak 6 — Overstappen", "g": "Afspraak 7 — Geld",
       "i": "Afspraak 9 — Als we het oneens zijn",
       "j": "Afspraak 10 — Aansluiten, stoppen en aanpassen"}),
    text=X427)

# ---------------------------------------------------------------------------- 428 ----
# Compact agreement with a bijlage holding the leerjaar-overview as a table, DOCX,
# Kop van Overijssel / Zwolle, Media, vormgeving en ICT kb/gl -> Mediavormgever niveau 4.
# Defects: leiding without any appointment rule (c weak); overstap imposes the vmbo diploma as
# admission requirement within the same instelling, contrary to the statute (f weak); nothing at
# all about finances (g missing).

T428 = [
    ["Leerjaar route", "Locatie", "Vmbo-deel", "Mbo-deel", "Examinering", "Praktijk"],
    ["1 (vmbo 3)", "De Kop, Steenwijk; vrijdag Vechtdal College",
     "Profielvak MVI, AVO-vakken, keuzevakken Fotografie en Vormgeving",
     "Kennismaking werkproces 'ontwerp maken' (oriëntatie)",
     "Schoolexamens vmbo volgens PTA/OER",
     "Praktijkopdracht voor een lokale opdrachtgever (omroep)"],
    ["2 (vmbo 4)", "De Kop, Steenwijk; vrijdag Vechtdal College",
     "Afronding profielvak en AVO-vakken",
     "Start beroepsgerichte onderdelen Mediavormgever (typografie, beeldbewerking)",
     "Centraal examen vmbo; eerste mbo-toetsen",
     "Snuffelstage van twee weken bij een leerbedrijf"],
    ["3 (mbo 1)", "Vechtdal College, Zwolle",
     "Alleen herkansing vmbo-examen voor wie dat nodig heeft",
     "Kerntaak 1 Mediavormgever; keuzedeel Fotografie",
     "Mbo-examens kerntaak 1; eventueel herexamen vmbo",
     "Projectweken met opdrachtgevers uit het werkveld"],
    ["4 (mbo 2)", "Vechtdal College, Zwolle", "\u2013",
     "Kerntaak 2; keuzedelen Motion design en Ondernemerschap",
     "Mbo-examens kerntaak 2", "Bpv 20 weken bij een erkend leerbedrijf"],
    ["5 (mbo 3)", "Vechtdal College, Zwolle", "\u2013",
     "Afronding kwalificatie, generieke onderdelen Nederlands, Engels, rekenen",
     "Proeve van bekwaamheid; centrale examens generiek",
     "Bpv 20 weken; eindpresentatie voor het werkveld"],
]

B428 = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Mediavormgeving"),
    ("sub", "De Kop Steenwijk \u2013 Vechtdal College Zwolle, met bijlage leerjarenoverzicht"),
    ("h", "Art. 1 Partijen en doel"),
    ("p", "1. Stichting Openbaar Voortgezet Onderwijs Noordwest-Overijssel, bevoegd gezag van vmbo "
          "De Kop te Steenwijk, vertegenwoordigd door mevrouw L. Pothof, voorzitter van het college "
          "van bestuur (hierna: De Kop), en Stichting Regionaal Opleidingencentrum IJssel-Vecht, "
          "bevoegd gezag van het Vechtdal College te Zwolle, vertegenwoordigd door de heer "
          "drs. B.H. Ruiter, voorzitter van het college van bestuur (hierna: het Vechtdal College), "
          "verzorgen samen een doorlopende leerroute vmbo-mbo."),
    ("p", "2. Doel is jongeren uit de Kop van Overijssel zonder onnodige overlap en zonder breuk in "
          "hun loopbaan op te leiden tot mediavormgever."),
    ("h", "Art. 2 De route"),
    ("p", "1. De route begint in het profiel Media, vormgeving en ICT in de kaderberoepsgerichte "
          "en de gemengde leerweg van De Kop en leidt naar de middenkaderopleiding Mediavormgever "
          "(niveau 4, BOL) van het Vechtdal College, opleidingsdomein Media en vormgeving."),
    ("p", "2. De route duurt vijf jaar: twee jaar vo-fase op De Kop en drie jaar mbo-fase op het "
          "Vechtdal College. Het leerjarenoverzicht staat in bijlage 1, die deel uitmaakt van deze "
          "overeenkomst."),
    ("h", "Art. 3 Werkveld"),
    ("p", "1. De volgende organisaties werken mee: Omroep Kop van Overijssel (lokale omroep), "
          "Drukkerij en ontwerpbureau Wanneperveen Media, webbureau Pixelpolder B.V. te Zwolle en "
          "het Creatief Netwerk Regio Zwolle."),
    ("p", "2. Zij leveren de opdrachtgevers voor de praktijkopdrachten in leerjaar 1 en de "
          "projectweken in leerjaar 3, bieden snuffelstages in leerjaar 2 en bpv-plaatsen in leerjaar "
          "4 en 5 aan, en vaardigen elk jaar twee beoordelaars af voor de proeve van bekwaamheid. Het "
          "Creatief Netwerk toetst jaarlijks in een klankbordbijeenkomst of het programma aansluit op "
          "het werk in de regio."),
    ("h", "Art. 4 Leiding"),
    ("p", "1. De route wordt geleid door een routeteam dat bestaat uit de routecoördinator, de "
          "teamleider MVI van De Kop en de opleidingsmanager Media en vormgeving van het Vechtdal "
          "College. De routecoördinator zit het routeteam voor."),
    ("p", "2. Het routeteam is belast met het opstellen van het gezamenlijke PTA/OER, de roosters, "
          "de toelating tot de route, de planning van docenten en lokalen en het contact met het "
          "werkveld. Het routeteam beslist zelf over toelating en roosters en legt het PTA/OER ter "
          "vaststelling voor aan beide besturen."),
    ("h", "Art. 5 Rapportage"),
    ("p", "Het routeteam rapporteert twee keer per jaar schriftelijk aan beide colleges van bestuur: "
          "in februari over de voortgang van het lopende jaar en in september over het afgelopen "
          "schooljaar, met aantallen, uitval, examenresultaten en de bevindingen uit de "
          "klankbordbijeenkomst. De septemberrapportage wordt besproken in het bestuurlijk overleg "
          "van oktober, waarin het routeteam verantwoording aflegt."),
    ("h", "Art. 6 Inrichting, docenten en voorzieningen"),
    ("p", "1. Waar en wanneer welke onderdelen worden gegeven en geëxamineerd, staat per leerjaar in "
          "bijlage 1 en, uitgewerkt, in het PTA/OER dat de besturen jaarlijks vóór 1 juli vaststellen. "
          "De vmbo-examens worden in leerjaar 2 afgerond, met een herkansingsmogelijkheid in "
          "leerjaar 3."),
    ("p", "2. Twee docenten mediavormgeving van het Vechtdal College geven in leerjaar 1 en 2 elke "
          "vrijdag les aan de routegroep; een docent Nederlands van De Kop begeleidt in leerjaar 3 "
          "leerlingen die het vmbo-examen moeten herkansen. Docenten van beide partijen werken als "
          "één team met teambevoegdheid voor de beroepsgerichte onderdelen die in het PTA/OER zijn "
          "aangewezen; ieder blijft in dienst van de eigen werkgever."),
    ("p", "3. De routegroep gebruikt op vrijdag het Mac-lokaal, de fotostudio en de greenscreenstudio "
          "van het Vechtdal College. Het Vechtdal College gebruikt het ICT-lokaal van De Kop voor "
          "examentrainingen. Het routeteam stelt het gebruik per schooljaar vast."),
    ("p", "4. Leerlingen zijn in de vo-fase ingeschreven bij De Kop en in de mbo-fase bij het "
          "Vechtdal College. De klachtenregeling van de partij waar een klacht wordt ingediend, is "
          "ook van toepassing op medewerkers van de andere partij."),
    ("h", "Art. 7 Overstap"),
    ("p", "1. Verlaat een leerling de route, dan bepalen de teamleider en de opleidingsmanager samen, "
          "met de leerling en zijn ouders, welke vervolgopleiding past bij zijn niveau en leeftijd."),
    ("p", "2. In de vo-fase gaat de leerling verder in de reguliere kaderberoepsgerichte of gemengde "
          "leerweg van De Kop en doet hij het vmbo-examen."),
    ("p", "3. In de mbo-fase kan de student overstappen naar een andere opleiding van het Vechtdal "
          "College op niveau 3 of 4, zoals Medewerker marketing en communicatie. Voor die overstap "
          "gelden de gewone toelatingseisen van de gekozen opleiding: een student zonder "
          "vmbo-diploma wordt pas toegelaten nadat hij dat diploma alsnog heeft behaald."),
    ("p", "4. Bij een overstap naar een andere instelling zorgt het Vechtdal College voor een warme "
          "overdracht."),
    ("h", "Art. 8 Medezeggenschap"),
    ("p", "De medezeggenschapsraad van De Kop en de studentenraad van het Vechtdal College houden "
          "elk jaar in maart een gezamenlijke vergadering over de route, waarvoor het routeteam de "
          "septemberrapportage aanlevert. De raden kunnen daar een gezamenlijk advies uitbrengen aan "
          "beide besturen; de besturen reageren binnen zes weken schriftelijk en gemotiveerd."),
    ("h", "Art. 9 Geschillen"),
    ("p", "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in het "
          "routeteam besproken en daarna, als het na drie weken niet is opgelost, door de colleges "
          "van bestuur. Lukt het hun niet binnen zes weken, dan roepen zij samen de bemiddeling in "
          "van een onafhankelijke mediator. Slaagt de mediation niet, dan is de rechtbank "
          "Overijssel bevoegd."),
    ("h", "Art. 10 Toetreding, looptijd, opzegging en wijziging"),
    ("p", "1. Een andere vmbo-school of mbo-instelling kan toetreden als zij het profiel Media, "
          "vormgeving en ICT respectievelijk een opleiding in het domein Media en vormgeving "
          "aanbiedt en beide partijen schriftelijk instemmen. Toetreding gaat in op 1 augustus en "
          "verandert niets aan de plaatsing van leerlingen die al in de route zitten."),
    ("p", "2. Deze overeenkomst geldt van 1 augustus 2025 voor onbepaalde tijd en kan door elke partij "
          "schriftelijk worden opgezegd tegen 1 augustus, met een opzegtermijn van een jaar. Na "
          "opzegging stroomt niemand meer in; wie al in de route zit, maakt de route af onder deze "
          "afspraken."),
    ("p", "3. Wijzigingen worden schriftelijk overeengekomen door beide besturen en gaan in bij het "
          "begin van een schooljaar, zonder nadeel voor leerlingen die al in de route zitten."),
    ("h", "Art. 11 Ondertekening"),
    ("p", "Aldus overeengekomen te Zwolle op 2 juli 2025."),
    ("sig", ["Stichting Openbaar Voortgezet Onderwijs Noordwest-Overijssel", "", "L. Pothof",
             "voorzitter college van bestuur"],
            ["Stichting Regionaal Opleidingencentrum IJssel-Vecht", "", "drs. B.H. Ruiter",
             "voorzitter college van bestuur"]),
    ("pb",),
    ("h", "Bijlage 1 Leerjarenoverzicht doorlopende leerroute Mediavormgeving"),
    ("p", "Dit overzicht geeft per leerjaar van de route aan waar het onderwijs plaatsvindt, welke "
          "vmbo- en mbo-onderdelen worden aangeboden, hoe wordt geëxamineerd en welke praktijk er "
          "is. Het PTA/OER werkt dit uit."),
    ("table", T428, [0.12, 0.17, 0.19, 0.2, 0.16, 0.16], True),
]

add(428, "428_bijlage_leerjarenoverzicht_steenwijk_mediavormgever", "docx",
    L("Compact article-style agreement with Bijlage 1 holding the leerjaar-overview as a "
      "six-column table, DOCX; Kop van Overijssel/Zwolle, Media, vormgeving en ICT kb/gl -> "
      "Mediavormgever niveau 4. Defects: leiding has samenstelling and tasks but no appointment "
      "rule (c weak); overstap demands the vmbo diploma for a switch within the same instelling, "
      "contrary to the statute (f weak); finances not mentioned at all (g missing).",
      "ppwppwmppp",
      {"a": "Art. 2 De route", "b": "Art. 3 Werkveld", "d": "Art. 5 Rapportage",
       "e": "Art. 6 Inrichting, docenten en voorzieningen", "h": "Art. 8 Medezeggenschap",
       "i": "Art. 9 Geschillen", "j": "Art. 10 Toetreding, looptijd, opzegging en wijziging"}),
    blocks=B428)

# === END OF AGREEMENTS ===


def main(argv):
    if argv and argv[0] == "--check":
        return 0 if check() else 1
    nums = [int(a) for a in argv] if argv else sorted(DOCS)
    for n in nums:
        if n not in DOCS:
            print("unknown sample", n)
            return 2
        build(n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
