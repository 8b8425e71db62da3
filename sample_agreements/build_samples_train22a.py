#!/usr/bin/env python3
"""Build training samples 333-340 for leerroute-check (batch train22a).

Written by an independent helper session. The agreements below were composed from scratch on the
basis of the two official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie, shared/seeds), shared/domain.md and sample_agreements/LABELS.md, without looking at
the checker code, its models or tests, or at the texts or build scripts of the other samples.
All schools, instellingen, companies and people are invented.

Usage:
    python3 build_samples_train22a.py            build all samples
    python3 build_samples_train22a.py 333 335    build only those numbers
    python3 build_samples_train22a.py --check    verify every produced file
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_DT = (2025, 6, 30, 9, 0, 0)
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
MAX_SIZE = 200 * 1024
LETTERS = "abcdefghij"
CODES = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}

SAMPLES = {}


def add(num, slug, fmt, description, statuses, evidence, text):
    codes = statuses.split()
    assert len(codes) == 10, (num, codes)
    SAMPLES[num] = {
        "name": "%d_%s" % (num, slug),
        "fmt": fmt,
        "description": description,
        "statuses": {k: CODES[c] for k, c in zip(LETTERS, codes)},
        "evidence": evidence,
        "text": text,
    }


# ---------------------------------------------------------------------------------------------
# Light markup used for PDF and DOCX documents:
#   "# "  title        "## " heading        "### " subheading      "- " bullet
#   "| a | b |" table row (first row of a block is the header)     "> " small note
#   "---" page break   other lines: paragraph text (blank line ends a paragraph)
# TXT and MD documents are written verbatim.
# ---------------------------------------------------------------------------------------------

def parse(text):
    blocks, para, table = [], [], []

    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()
        if table:
            blocks.append(("table", [r[:] for r in table]))
            table.clear()

    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("|"):
            if para:
                blocks.append(("p", " ".join(para)))
                para.clear()
            table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if table:
            flush()
        for prefix, kind in (("### ", "h2"), ("## ", "h1"), ("# ", "title"), ("- ", "bullet"), ("> ", "note")):
            if line.startswith(prefix):
                flush()
                blocks.append((kind, line[len(prefix):].strip()))
                break
        else:
            if line == "---":
                flush()
                blocks.append(("pagebreak", ""))
            else:
                para.append(line)
    flush()
    return blocks


def build_pdf(path, blocks, title):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    base = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
    st = {
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19,
                                alignment=TA_CENTER, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                             spaceBefore=9, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-BoldOblique", fontSize=10, spaceBefore=5,
                             spaceAfter=3),
        "p": base,
        "bullet": ParagraphStyle("b", parent=base, leftIndent=14, bulletIndent=4, spaceAfter=3),
        "note": ParagraphStyle("n", parent=base, fontName="Helvetica-Oblique", fontSize=8.5, leading=11),
        "cell": ParagraphStyle("c", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "cellh": ParagraphStyle("ch", parent=base, fontName="Helvetica-Bold", fontSize=9, leading=11.5,
                                spaceAfter=0),
    }
    story = []
    for kind, val in blocks:
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "bullet":
            story.append(Paragraph(escape(val), st["bullet"], bulletText="\u2022"))
        elif kind == "table":
            ncol = max(len(r) for r in val)
            rows = []
            for i, r in enumerate(val):
                r = r + [""] * (ncol - len(r))
                rows.append([Paragraph(escape(c), st["cellh" if i == 0 else "cell"]) for c in r])
            width = A4[0] - 44 * mm
            if ncol == 2:
                widths = [width * 0.28, width * 0.72]
            elif ncol == 3:
                widths = [width * 0.08, width * 0.24, width * 0.68]
            else:
                widths = [width / ncol] * ncol
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            story.append(Paragraph(escape(val), st[kind]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(A4[0] - 22 * mm, 12 * mm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=title, author="", subject="", creator="",
                            producer="ReportLab", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def build_docx(path, blocks, title):
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, 0)
        elif kind == "h1":
            d.add_heading(val, 1)
        elif kind == "h2":
            d.add_heading(val, 2)
        elif kind == "bullet":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "note":
            para = d.add_paragraph()
            run = para.add_run(val)
            run.italic = True
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = r[j] if j < len(r) else ""
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        else:
            d.add_paragraph(val)
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def expected_of(s):
    return {
        "description": s["description"],
        "split": "train",
        "statuses": s["statuses"],
        "evidence": s["evidence"],
    }


def build(num):
    s = SAMPLES[num]
    path = os.path.join(HERE, s["name"] + "." + s["fmt"])
    title = s["text"].strip().split("\n")[0].lstrip("# ").strip()
    if s["fmt"] == "pdf":
        build_pdf(path, parse(s["text"]), title)
    elif s["fmt"] == "docx":
        build_docx(path, parse(s["text"]), title)
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(s["text"].strip("\n") + "\n")
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected_of(s), f, ensure_ascii=False, indent=2)
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
        pdf.close()
        return "\n".join(parts)
    if path.endswith(".docx"):
        import docx
        docx.Document(path)  # must open with python-docx as well
        ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(ns + "p"):
            paras.append("".join(t.text or "" for t in p.iter(ns + "t")))
        return "\n".join(paras)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return " ".join(s.replace("\u00ad", "").split())


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        problems = []
        if not os.path.exists(path):
            problems.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= MAX_SIZE:
                problems.append("too large: %d bytes" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa: BLE001
                text = ""
                problems.append("does not open: %r" % e)
            for k, ev in s["evidence"].items():
                if s["statuses"][k] != "present":
                    problems.append("evidence for non-present item %s" % k)
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (k, ev))
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as f:
                got = json.load(f)
            if got != expected_of(s):
                problems.append("expected.json differs from table")
        except Exception as e:  # noqa: BLE001
            problems.append("expected.json unreadable: %r" % e)
        if set(s["statuses"]) != set(LETTERS):
            problems.append("status keys wrong")
        if not re.fullmatch(r"\d{3}_[a-z0-9_]+", s["name"]):
            problems.append("bad name")
        print("%s %s%s" % ("OK  " if not problems else "FAIL", s["name"], "" if not problems else ": " + "; ".join(problems)))
        ok = ok and not problems
    fmts = [SAMPLES[n]["fmt"] for n in SAMPLES]
    print("formats:", {f: fmts.count(f) for f in sorted(set(fmts))})
    print("check passed" if ok else "check FAILED")
    return ok


# =============================================================================================
# 333 - gemeenteconvenant, PDF
# =============================================================================================
add(333, "gemeenteconvenant_afspraaknummers_eemsdelta_kinderopvang", "pdf",
    "Convenant onder regie van de gemeente (PDF, genummerde 'Afspraken', gemeente als faciliterende derde), "
    "Eemsdelta, vmbo kb Zorg en welzijn naar Pedagogisch medewerker kinderopvang niveau 3; bedrijfsleven "
    "alleen in de overwegingen en de begrippenlijst (b missing); looptijd/wijziging/opzegging uitgebreid "
    "maar zonder toetreding, die alleen in een overweging staat (j weak)",
    "p m p p p p p p p w",
    {"a": "Afspraak 1. Welke route we aanbieden",
     "c": "Afspraak 4. Wie stuurt de route",
     "d": "Afspraak 5. Verantwoording aan de besturen",
     "e": "Afspraak 6. Onderwijs, docenten en gebouwen",
     "f": "Afspraak 7. Als het anders loopt: overstappen",
     "g": "Afspraak 8. Geld",
     "h": "Afspraak 9. Stem van leerlingen, ouders en medewerkers",
     "i": "Afspraak 10. Als we het niet eens worden"},
    """
# Convenant Doorlopende Leerroute Kinderopvang Eemsdelta

Samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB, tot stand gekomen onder regie van de gemeente Eemsdelta in het kader van de Lokale Educatieve Agenda

## Partijen

1. Stichting Voortgezet Onderwijs Fivelboog, bevoegd gezag van Scholengemeenschap Fivelboog (vmbo), gevestigd te Appingedam, vertegenwoordigd door mevrouw drs. H.J. Wubbolts, voorzitter van het college van bestuur, hierna: de school;

2. Stichting ROC Ommeland Noord, bevoegd gezag van het regionaal opleidingencentrum ROC Ommeland Noord, gevestigd te Delfzijl, vertegenwoordigd door de heer ir. K. Bosscher, lid van het college van bestuur, hierna: het ROC;

en, als faciliterende partij die geen bevoegd gezag is en die geen wettelijke taken van de school of het ROC overneemt:

3. de gemeente Eemsdelta, vertegenwoordigd door de wethouder onderwijs en jeugd, de heer J. Mulder-Teunis, hierna: de gemeente.

De school en het ROC heten samen de onderwijspartners. Alle drie samen heten zij partijen.

## Waarom dit convenant

Overwegende dat:

- in Eemsdelta al jaren een tekort bestaat aan pedagogisch medewerkers in de kinderopvang en de buitenschoolse opvang;
- de kinderopvangorganisaties in de gemeente, verenigd in het Kinderopvangplatform Eemsdelta, hebben laten weten graag mee te denken over het opleiden van nieuwe collega's;
- de gemeente in haar Lokale Educatieve Agenda 2024-2028 het doel heeft opgenomen dat jongeren in de eigen regio een volledige beroepsopleiding kunnen volgen;
- de gemeente het wenselijk acht dat op termijn ook andere vmbo-scholen in Eemsdelta bij deze leerroute aansluiten;
- de onderwijspartners een doorlopende leerroute willen aanbieden waarin vmbo en mbo één samenhangend programma vormen, zonder dubbelingen en zonder knip na het vmbo-examen;

komen partijen het volgende overeen.

## Begrippen

In dit convenant wordt verstaan onder:

- leerroute: de doorlopende leerroute vmbo-mbo die in Afspraak 1 is beschreven;
- routejaar: een leerjaar van de leerroute; het derde leerjaar van het vmbo is routejaar 1;
- praktijkpartners: de kinderopvangorganisaties in Eemsdelta die deelnemen aan het Kinderopvangplatform Eemsdelta;
- regiegroep: het orgaan dat in Afspraak 4 is beschreven;
- LEA: de Lokale Educatieve Agenda van de gemeente Eemsdelta.

## Afspraak 1. Welke route we aanbieden

1. De onderwijspartners bieden samen de leerroute Kinderopvang Eemsdelta aan. De leerroute begint in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Zorg en welzijn, van Scholengemeenschap Fivelboog en leidt naar de mbo-opleiding Pedagogisch medewerker kinderopvang, niveau 3, beroepsopleidende leerweg, in het opleidingsdomein Zorg en welzijn, van het ROC.

2. De leerling behaalt in de leerroute zowel het diploma vmbo kaderberoepsgerichte leerweg als het mbo-diploma. De nominale duur van de leerroute is vijf routejaren: routejaar 1 en 2 vormen de vo-fase, routejaar 3 tot en met 5 de mbo-fase.

3. Het eerste cohort start op 1 augustus 2025.

## Afspraak 2. Voor wie de route is

De leerroute staat open voor leerlingen van leerjaar 2 van de school met een advies voor de kaderberoepsgerichte of gemengde leerweg die in het voorjaar een oriëntatiegesprek hebben gevoerd. Per cohort worden ten hoogste 24 leerlingen geplaatst. Het plaatsingsbesluit wordt genomen door de regiegroep.

## Afspraak 3. Melding

De onderwijspartners melden de leerroute ieder voor zich via RIO aan, zodat de melding bij de minister vóór de start van het eerste cohort is gedaan. Zij informeren elkaar schriftelijk over het moment van melden.

## Afspraak 4. Wie stuurt de route

1. De leiding over de leerroute ligt bij een regiegroep. In de regiegroep hebben zitting: de teamleider bovenbouw zorg en welzijn van de school, de opleidingsmanager pedagogisch werk van het ROC en één docent van elk van de onderwijspartners. Een beleidsadviseur onderwijs van de gemeente woont de vergaderingen bij als adviseur zonder stemrecht.

2. De leden van de regiegroep worden aangewezen door het college van bestuur van de onderwijspartner namens wie zij zitting hebben, voor een periode van twee schooljaren. Herbenoeming is mogelijk. De gemeente wijst haar adviseur zelf aan.

3. De regiegroep stelt elk jaar het uitvoeringsplan van de leerroute vast, stelt het rooster van de gezamenlijke lesdagen vast, beslist over de plaatsing van leerlingen, bereidt het gezamenlijke PTA/OER voor en volgt de voortgang van iedere leerling.

4. De regiegroep beslist zelfstandig binnen het uitvoeringsplan en binnen de uren en middelen die elke onderwijspartner daarvoor beschikbaar stelt. Besluiten over extra formatie, over wijziging van de opleiding en over het stoppen met de leerroute zijn voorbehouden aan de colleges van bestuur.

5. De regiegroep vergadert ten minste zes keer per schooljaar. De teamleider van de school zit de vergaderingen voor; de opleidingsmanager van het ROC is plaatsvervangend voorzitter.

## Afspraak 5. Verantwoording aan de besturen

1. De regiegroep stelt elk jaar vóór 1 oktober een jaarverslag op over het afgelopen schooljaar. Daarin staan in elk geval het aantal leerlingen per routejaar, de in-, door- en uitstroom, de gebruikte overstapmogelijkheden, de examenresultaten en de inzet van uren van beide onderwijspartners.

2. Het jaarverslag wordt toegezonden aan beide colleges van bestuur. In februari ontvangen zij bovendien een korte tussenrapportage over het lopende schooljaar.

3. Twee keer per jaar, in november en in maart, vindt een bestuurlijk overleg plaats tussen de portefeuillehouders van beide colleges van bestuur en de regiegroep. De regiegroep legt in dat overleg verantwoording af over de uitvoering van het uitvoeringsplan.

4. De gemeente ontvangt een afschrift van het jaarverslag ten behoeve van de LEA-monitor.

## Afspraak 6. Onderwijs, docenten en gebouwen

1. Routejaar 1 en 2 worden verzorgd op de locatie van de school aan de Farmsumerweg in Appingedam. In routejaar 2 volgen de leerlingen één dag per week onderwijs op de locatie Zeehavenkade van het ROC in Delfzijl. Routejaar 3 tot en met 5 worden verzorgd op de locatie Zeehavenkade.

2. De onderwijspartners beschrijven samen per routejaar het onderwijsprogramma en de examinering in één PTA/OER, waarin staat welke onderdelen tot het vmbo en welke tot het mbo behoren. Het PTA/OER wordt elk jaar vóór 1 juli door beide colleges van bestuur vastgesteld. Het centraal examen vmbo wordt in routejaar 2 afgenomen.

3. De docenten zorg en welzijn en Nederlands van de school en de docenten pedagogiek en praktijkvaardigheden van het ROC vormen samen één routeteam. Voor de vakoverstijgende module Spel en ontwikkeling in routejaar 1 en 2 wordt gebruikgemaakt van de teambevoegdheid; voor elk onderdeel van die module is ten minste één bevoegde docent in het team. Het ROC zet in routejaar 2 docenten in voor vier lesuren per week; de mentor van de school begeleidt de leerlingen in routejaar 3 nog twee uur per week bij de overgang. Iedere docent blijft in dienst van de eigen werkgever.

4. De leerlingen maken gebruik van het praktijklokaal zorg en welzijn van de school en van het skillslab kinderopvang en de speel-leerruimte van het ROC. Het gebruik wordt in het jaarrooster van de regiegroep vastgelegd. Vanaf routejaar 2 krijgen de leerlingen een account op de leeromgeving van het ROC.

5. Een klacht over een medewerker van de ene onderwijspartner die bij de andere onderwijspartner binnenkomt, wordt binnen vijf werkdagen doorgestuurd en door beide onderwijspartners gezamenlijk afgehandeld volgens de klachtenregeling van de onderwijspartner waar de leerling op dat moment staat ingeschreven.

## Afspraak 7. Als het anders loopt: overstappen

1. Een leerling die de leerroute verlaat, krijgt altijd een alternatief dat leidt naar een vmbo-diploma of een mbo-diploma. Welk alternatief het wordt, besluiten de teamleider van de school en de opleidingsmanager van het ROC samen, nadat zij met de leerling en diens ouders hebben gesproken. Zij kijken daarbij naar het niveau dat de leerling heeft bereikt en naar zijn leeftijd.

2. Stopt een leerling in routejaar 1 of 2, dan gaat hij verder in de reguliere kaderberoepsgerichte leerweg van de school, in het profiel Zorg en welzijn of, als dat beter past, in een ander profiel, met het vmbo-diploma als doel.

3. Heeft een leerling aan het einde van routejaar 3 het vmbo-diploma niet behaald, dan kan hij bij het ROC doorgaan in de opleiding Pedagogisch medewerker kinderopvang of in een andere opleiding op niveau 2 of 3. De vooropleidingseisen staan daaraan binnen het ROC niet in de weg. Ook kan worden afgesproken dat hij het vmbo-examen opnieuw doet.

4. Blijkt in de mbo-fase dat de richting niet bij de leerling past, dan kan hij overstappen naar een andere opleiding van het ROC op hetzelfde niveau, bijvoorbeeld Maatschappelijke zorg of Facilitaire dienstverlening. Wil hij naar een andere instelling, dan helpen de onderwijspartners bij de aanmelding en het geschiktheidsonderzoek.

5. Bij verhuizing zorgen de onderwijspartners voor een warme overdracht naar een school of instelling in de nieuwe woonplaats.

6. De uitwerking van deze afspraken wordt opgenomen in de schoolgids van de school en in de studiegids van het ROC.

## Afspraak 8. Geld

1. Tussen de school en het ROC vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Iedere onderwijspartner draagt de kosten van het eigen personeel, de eigen gebouwen en de eigen leermiddelen.

2. De gemeente stelt voor de jaren 2025 en 2026 uit het LEA-budget een eenmalige bijdrage van € 15.000 beschikbaar voor voorlichting aan leerlingen en ouders. De onderwijspartners verantwoorden de besteding daarvan in het jaarverslag.

## Afspraak 9. Stem van leerlingen, ouders en medewerkers

1. Leerlingen in routejaar 1 en 2, die nog bij de school staan ingeschreven, mogen twee vertegenwoordigers afvaardigen naar de studentenraad van het cluster Zorg en welzijn van het ROC. Zij nemen deel als vaste gast met spreekrecht.

2. Eén keer per jaar bespreken de medezeggenschapsraad van de school en de studentenraad van het ROC samen de leerroute, aan de hand van het jaarverslag. De regiegroep bereidt dat overleg voor.

3. Voorstellen tot wijziging van de leerroute legt de school voor advies voor aan haar medezeggenschapsraad en het ROC aan de studentenraad en de ondernemingsraad, voordat de colleges van bestuur besluiten.

## Afspraak 10. Als we het niet eens worden

1. Een verschil van mening tussen de onderwijspartners over de uitvoering van dit convenant wordt eerst in de regiegroep besproken.

2. Komt de regiegroep er niet uit, dan leggen de voorzitter en de plaatsvervangend voorzitter het verschil binnen twee weken voor aan de portefeuillehouders van beide colleges van bestuur, die binnen vier weken een oplossing zoeken.

3. Lukt dat niet, dan vraagt de gemeente de onafhankelijk voorzitter van het LEA-overleg om binnen zes weken te bemiddelen. De gemeente zelf is geen partij in het geschil.

4. Leidt ook de bemiddeling niet tot een oplossing, dan kan elk van de onderwijspartners het geschil voorleggen aan de bevoegde rechter van de Rechtbank Noord-Nederland.

## Afspraak 11. Looptijd, wijzigen en stoppen

1. Dit convenant geldt vanaf 1 augustus 2025 tot en met 31 juli 2031. Daarna wordt het telkens stilzwijgend met drie jaar verlengd, tenzij een onderwijspartner het heeft opgezegd.

2. Dit convenant kan alleen schriftelijk worden gewijzigd, met de handtekening van alle partijen. Wijzigingen van Afspraak 1, 6 of 7 gaan pas in bij het begin van een nieuw schooljaar en mogen de positie van leerlingen die al in de leerroute zitten niet verslechteren.

3. Een onderwijspartner kan dit convenant schriftelijk opzeggen met een opzegtermijn van twaalf maanden, en alleen tegen 1 augustus. De gemeente kan zich op elk moment terugtrekken als faciliterende partij; het convenant loopt dan door tussen de onderwijspartners.

4. Schiet een onderwijspartner ernstig tekort in de nakoming van dit convenant en herstelt hij dat niet binnen twee maanden na een schriftelijke aanmaning, dan kan de andere onderwijspartner het convenant ontbinden met ingang van het eerstvolgende 1 augustus.

5. Na opzegging of ontbinding worden geen nieuwe leerlingen meer in de leerroute geplaatst. Leerlingen die al in de leerroute zitten, maken hun route af bij beide onderwijspartners, onder dezelfde voorwaarden. Afspraak 7 blijft voor hen gelden.

## Ondertekening

Aldus opgemaakt in drievoud en ondertekend te Appingedam op 2 juni 2025.

Stichting Voortgezet Onderwijs Fivelboog, drs. H.J. Wubbolts, voorzitter college van bestuur

Stichting ROC Ommeland Noord, ir. K. Bosscher, lid college van bestuur

Gemeente Eemsdelta, J. Mulder-Teunis, wethouder onderwijs en jeugd
""")


# =============================================================================================
# 334 - afsprakenlijst van twee teamleiders, zeer kort, DOCX
# =============================================================================================
add(334, "teamleiders_afsprakenlijst_zeer_kort_oss_sport", "docx",
    "Zeer korte afsprakenlijst van twee teamleiders in één tabel (DOCX), door beide besturen vastgesteld, "
    "Oss, vmbo kb Dienstverlening en producten naar Sport- en bewegingsleider niveau 3; volledig, alles in "
    "telegramstijl",
    "p p p p p p p p p p",
    {"a": "Welke route",
     "b": "Sportbedrijven en verenigingen",
     "c": "Wie leidt de route",
     "d": "Verantwoording",
     "e": "Organisatie en onderwijs",
     "f": "Als het niet lukt",
     "g": "Geld",
     "h": "Medezeggenschap",
     "i": "Onenigheid",
     "j": "Erbij, eraf, anders"},
    """
# Afsprakenlijst route Sport & Bewegen Oss

Maaslandcollege Oss (vmbo) en ROC De Maaspoort, Sportcampus Oss

Opgesteld door Ilse van Grinsven (teamleider bovenbouw kader, Maaslandcollege) en Ruud Verstegen (teamleider Sport en bewegen, ROC De Maaspoort). Door beide besturen vastgesteld als samenwerkingsovereenkomst voor de doorlopende leerroute op 16 mei 2025.

| Nr | Onderwerp | Afspraak |
| 1 | Welke route | Vmbo kaderberoepsgerichte leerweg, profiel Dienstverlening en producten (Maaslandcollege), door naar de mbo-opleiding Sport- en bewegingsleider niveau 3, domein Sport en bewegen, BOL (ROC De Maaspoort). Routejaar 1 = leerjaar 3 vmbo. Eerste cohort 2025-2026, max. 20 leerlingen. |
| 2 | Sportbedrijven en verenigingen | Sportbedrijf Oss, fitnesscentrum Vitaal Maasland en vier sportverenigingen (voetbal, turnen, hockey, zwemmen) zitten in het werkveldoverleg (2x per jaar) en adviseren over het programma. Zij bieden snuffelstages in routejaar 2 en bpv-plekken vanaf routejaar 3, en beoordelen samen met de docent de praktijkopdracht Sportdag organiseren. |
| 3 | Wie leidt de route | De twee teamleiders samen (routeduo). Aangewezen door de rector-bestuurder resp. de collegedirecteur namens het CvB, steeds voor twee schooljaren. Het duo regelt rooster, toelating, inzet van docenten binnen de afgesproken uren, contact met het werkveld en het overstapadvies. Geen besluiten over extra formatie, geld of wijziging van deze lijst: dat doen de besturen. |
| 4 | Verantwoording | Het duo stuurt in januari een voortgangsnotitie (1 A4) en vóór 1 juli een jaarverslag (in-, door- en uitstroom, resultaten, knelpunten) aan rector-bestuurder en collegedirecteur. In juli bespreken zij dat met z'n vieren. |
| 5 | Organisatie en onderwijs | Routejaar 1-2 op het Maaslandcollege, vanaf routejaar 2 één dag per week op de Sportcampus. Routejaar 3-5 op de Sportcampus. Eén PTA/OER per routejaar (bijlage 1), elk jaar vóór 1 juli door beide besturen vastgesteld. Vmbo-examen in routejaar 2. |
| 6 | Docenten | Docenten LO en D&P van de school en twee sportdocenten van het ROC vormen één team; teambevoegdheid voor de vakoverstijgende module Bewegen en begeleiden (routejaar 1-2). Iedereen blijft in dienst van de eigen werkgever. |
| 7 | Ruimtes en spullen | Sporthal en D&P-lokaal van de school, fitnessruimte, sportveld en beweeglab van het ROC: over en weer te gebruiken door routeleerlingen volgens het jaarrooster. |
| 8 | Als het niet lukt | Stopt een leerling in routejaar 1-2: verder in de gewone kb-opleiding D&P (of ander profiel) richting vmbo-diploma. Vmbo-diploma niet gehaald na routejaar 3: verder bij het ROC in deze of een andere opleiding op niveau 2 of 3, zonder vooropleidingseis. Andere richting: andere opleiding van gelijk niveau bij het ROC, of met hulp bij aanmelding elders. Beslissing: beide teamleiders samen, na gesprek met leerling en ouders, op grond van bereikt niveau en leeftijd. |
| 9 | Geld | Geen overdracht van bekostiging. Ieder betaalt eigen personeel, ruimtes en materiaal. |
| 10 | Medezeggenschap | Routeleerlingen kiezen vanaf routejaar 2 één vertegenwoordiger die met spreekrecht de studentenraad van de Sportcampus bijwoont. MR en studentenraad krijgen het jaarverslag en geven er samen advies over. |
| 11 | Onenigheid | Eerst het routeduo. Niet opgelost binnen twee weken: rector-bestuurder en collegedirecteur. Daarna mediation door een mediator die beide besturen samen kiezen. Daarna de rechtbank Oost-Brabant. |
| 12 | Erbij, eraf, anders | Andere school of instelling kan meedoen als beide besturen schriftelijk instemmen en de nieuwe partij deze lijst tekent (addendum). Opzeggen: schriftelijk, twaalf maanden vooraf, alleen per 1 augustus. Wijzigen: schriftelijk, getekend door beide besturen, ingang nieuw schooljaar. Altijd: leerlingen die al in de route zitten maken hun route af. |
| 13 | Looptijd | 1 augustus 2025 tot en met 31 juli 2029, daarna steeds een jaar verlengd. |

Voor Stichting Voortgezet Onderwijs Maasland: J.P. Hendriks, rector-bestuurder

Voor Stichting ROC De Maaspoort: A. Coolen-de Bie, collegedirecteur, namens het college van bestuur
""")



# =============================================================================================
# 335 - advocatencontract met leden, lang, PDF
# =============================================================================================
add(335, "advocatencontract_leden_lang_zaanstreek_installatietechniek", "pdf",
    "Lang advocatencontract met inhoudsopgave, definities en genummerde leden (PDF), Zaanstreek, vmbo kb "
    "Produceren, installeren en energie naar Eerste monteur werktuigkundige installaties niveau 3; "
    "overstapoptie alleen als definitie, wetsverwijzing en doorschuiven naar een routeplan (f weak); "
    "overdracht bekostiging met bedrag per leerling, facturering en indexering maar zonder bestemming "
    "(g weak); medezeggenschap beschrijft alleen de wet en wat partijen 'kunnen' (h not_applicable)",
    "p p p p p w w na p p",
    {"a": "Artikel 3 De Leerroute",
     "b": "Artikel 8 Betrokkenheid van het bedrijfsleven",
     "c": "Artikel 5 Stuurgroep",
     "d": "Artikel 6 Informatie en verantwoording",
     "e": "Artikel 7 Onderwijskundige inrichting",
     "i": "Artikel 17 Geschillen",
     "j": "Artikel 18 Toetreding"},
    """
# SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE INSTALLATIETECHNIEK ZAANSTREEK

> Definitieve versie d.d. 14 april 2025. Opgesteld door Van Assendelft Kooiman Advocaten N.V., Zaandam, in opdracht van partijen. Kenmerk VAK/2025/0117/MvdB.

## INHOUDSOPGAVE

| Artikel | Onderwerp |
| Artikel 1 | Definities |
| Artikel 2 | Onderwerp en doel |
| Artikel 3 | De Leerroute |
| Artikel 4 | Melding en registratie |
| Artikel 5 | Stuurgroep |
| Artikel 6 | Informatie en verantwoording |
| Artikel 7 | Onderwijskundige inrichting |
| Artikel 8 | Betrokkenheid van het bedrijfsleven |
| Artikel 9 | Personeel |
| Artikel 10 | Faciliteiten en huisvesting |
| Artikel 11 | Overstapoptie |
| Artikel 12 | Examinering en diplomering |
| Artikel 13 | Financiële bepalingen |
| Artikel 14 | Klachten |
| Artikel 15 | Medezeggenschap |
| Artikel 16 | Privacy en gegevensuitwisseling |
| Artikel 17 | Geschillen |
| Artikel 18 | Toetreding |
| Artikel 19 | Duur, opzegging en ontbinding |
| Artikel 20 | Wijziging |
| Artikel 21 | Aansprakelijkheid en verzekering |
| Artikel 22 | Slotbepalingen |

---

## DE ONDERGETEKENDEN

1. de stichting Stichting Zaans Voortgezet Onderwijs, statutair gevestigd te Zaandam, kantoorhoudende aan de Vincent van Goghweg 48, 1506 JD Zaandam, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41234567, bevoegd gezag van het Hembrug College, school voor voorbereidend beroepsonderwijs en middelbaar algemeen voortgezet onderwijs, te dezen rechtsgeldig vertegenwoordigd door mr. P.C. Schermerhorn, voorzitter van het college van bestuur, hierna te noemen: de School;

2. de stichting Stichting Vakcampus Zaanstreek, statutair gevestigd te Zaandam, kantoorhoudende aan de Westzijde 310, 1506 GK Zaandam, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41765432, bevoegd gezag van het regionaal opleidingencentrum Vakcampus Zaanstreek, te dezen rechtsgeldig vertegenwoordigd door drs. E.M. Tuinman-Zwart, voorzitter van het college van bestuur, en ing. R. de Boer, lid van het college van bestuur, hierna te noemen: de Instelling;

hierna gezamenlijk te noemen: Partijen, en ieder afzonderlijk: Partij;

## IN AANMERKING NEMENDE DAT

A. de School in de kaderberoepsgerichte leerweg het profiel Produceren, installeren en energie aanbiedt;

B. de Instelling beroepsopleidingen verzorgt in het opleidingsdomein Installatie- en energietechniek;

C. Partijen met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende leerroute vmbo-mbo wensen te verzorgen als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;

D. artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat een zodanige leerroute wordt verzorgd op grond van een samenwerkingsovereenkomst tussen de betrokken bevoegde gezagsorganen;

E. Partijen ernaar streven dat iedere leerling die de leerroute voortijdig verlaat, een passend vervolg wordt geboden;

F. de besluiten tot het aangaan van deze overeenkomst conform de toepasselijke regelgeving aan de medezeggenschapsorganen van Partijen zijn voorgelegd;

G. Partijen hun afspraken in deze overeenkomst wensen vast te leggen;

## VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT

## Artikel 1 Definities

1.1 In deze overeenkomst en de daarbij behorende bijlagen wordt verstaan onder:

- Bestuurlijk Overleg: het overleg tussen de voorzitters van de colleges van bestuur van Partijen, bedoeld in artikel 6.4;
- BPV: beroepspraktijkvorming als bedoeld in artikel 7.2.8 WEB;
- Leerbedrijf: een door de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB) erkend leerbedrijf;
- Leerling: een leerling die in het kader van de Leerroute bij de School staat ingeschreven;
- Leerroute: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 3;
- Overstapoptie: de overstapoptie als bedoeld in artikel 2.107k WVO 2020 en artikel 9.1.14 WEB;
- PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling voor de Leerroute;
- Routecoördinator: de functionaris bedoeld in artikel 5.2 onder c;
- Routejaar: een leerjaar van de Leerroute, waarbij het derde leerjaar van de School het eerste Routejaar is;
- Routeplan: het door de Stuurgroep jaarlijks op te stellen plan waarin de uitvoering van de Leerroute wordt uitgewerkt;
- Student: een student die in het kader van de Leerroute bij de Instelling staat ingeschreven;
- Stuurgroep: de stuurgroep bedoeld in artikel 5;
- Werkveldcommissie: de commissie bedoeld in artikel 8.

1.2 Verwijzingen naar wettelijke bepalingen omvatten tevens de bepalingen die daarvoor in de plaats treden.

1.3 Waar in deze overeenkomst wordt gesproken van schriftelijk, wordt daaronder mede verstaan per e-mail, mits de identiteit van de afzender voldoende vaststaat.

## Artikel 2 Onderwerp en doel

2.1 Deze overeenkomst regelt de samenwerking tussen Partijen bij het gezamenlijk verzorgen van de Leerroute, alsmede de rechten en verplichtingen van Partijen over en weer.

2.2 De Leerroute heeft tot doel leerlingen in één samenhangend programma, zonder onnodige overlap, op te leiden tot een vmbo-diploma en een mbo-diploma en hen voor te bereiden op een loopbaan in de installatietechniek in de Zaanstreek.

2.3 Partijen voeren deze overeenkomst uit naar redelijkheid en billijkheid en verlenen elkaar alle medewerking die redelijkerwijs nodig is.

## Artikel 3 De Leerroute

3.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie, van de School, en die leidt tot het diploma van de vakopleiding Eerste monteur werktuigkundige installaties, niveau 3, beroepsopleidende leerweg, in het opleidingsdomein Installatie- en energietechniek van de Instelling.

3.2 De nominale duur van de Leerroute bedraagt vier Routejaren. Routejaar 1 en 2 vormen de vo-fase; Routejaar 3 en 4 vormen de mbo-fase.

3.3 Per schooljaar stromen ten hoogste 32 Leerlingen in de Leerroute in. De Stuurgroep kan dit aantal in het Routeplan lager vaststellen.

3.4 Toelating tot de Leerroute geschiedt op basis van het advies van de mentor in leerjaar 2, een intakegesprek en de instemming van de Leerling en diens ouders.

## Artikel 4 Melding en registratie

4.1 Partijen melden ieder voor zich, doch op elkaar afgestemd, de Leerroute aan Onze Minister door registratie in het Registratie Instellingen en Opleidingen (RIO), uiterlijk voor de aanvang van het eerste Routejaar.

4.2 Partijen dragen er zorg voor dat de inschrijving van Leerlingen en Studenten en de registratie van de fase van de Leerroute tijdig en juist aan DUO worden doorgegeven.

## Artikel 5 Stuurgroep

5.1 De leiding over de Leerroute berust bij een Stuurgroep.

5.2 De Stuurgroep bestaat uit:
- a. de directeur vmbo van de School, die tevens voorzitter is;
- b. de directeur van het College Techniek van de Instelling;
- c. de Routecoördinator, die als secretaris optreedt en geen stemrecht heeft.

5.3 De leden bedoeld in artikel 5.2 onder a en b worden door het college van bestuur van de betreffende Partij benoemd, geschorst en ontslagen. De Routecoördinator wordt op voordracht van de Stuurgroep door de colleges van bestuur van beide Partijen gezamenlijk benoemd voor een termijn van ten hoogste drie jaar, welke termijn eenmaal kan worden verlengd.

5.4 De Stuurgroep is belast met:
- a. het jaarlijks vaststellen van het Routeplan;
- b. het besluiten over toelating en plaatsing van Leerlingen;
- c. het ontwerpen van het PTA/OER ter vaststelling door de bevoegde organen van Partijen;
- d. het verdelen van de door Partijen ter beschikking gestelde formatie over de onderdelen van de Leerroute;
- e. het onderhouden van de contacten met de Werkveldcommissie;
- f. de kwaliteitszorg ten aanzien van de Leerroute.

5.5 De colleges van bestuur van Partijen dragen aan de Stuurgroep de bevoegdheid op om binnen de kaders van het Routeplan zelfstandig te besluiten over het rooster, de toelating en plaatsing van Leerlingen, de inzet van de door Partijen beschikbaar gestelde docenten en de inrichting van de praktijkonderdelen. De Stuurgroep is niet bevoegd tot het aangaan van verplichtingen met een financieel belang van meer dan € 10.000, tot het benoemen of ontslaan van personeel en tot het wijzigen van deze overeenkomst.

5.6 De Stuurgroep besluit met eenparigheid van stemmen. Wordt geen eenparigheid bereikt, dan wordt het voorstel voorgelegd aan het Bestuurlijk Overleg.

5.7 De Stuurgroep vergadert ten minste eenmaal per zes weken gedurende het schooljaar en stelt voor haar werkwijze een reglement vast.

## Artikel 6 Informatie en verantwoording

6.1 De Stuurgroep verstrekt de colleges van bestuur van beide Partijen gevraagd en ongevraagd alle inlichtingen die zij voor de uitoefening van hun taak nodig hebben.

6.2 De Stuurgroep brengt uiterlijk op 1 maart en uiterlijk op 1 oktober van ieder jaar een schriftelijke voortgangsrapportage uit aan de colleges van bestuur van beide Partijen.

6.3 De Stuurgroep legt jaarlijks vóór 15 oktober verantwoording af over het voorafgaande schooljaar door middel van een jaarverantwoording, die ten minste bevat: de instroom, doorstroom en uitstroom per Routejaar, het aantal en de aard van de beëindigde deelnames, de examen- en diplomaresultaten, de tevredenheid van Leerlingen, Studenten en Leerbedrijven en de inzet van personeel en faciliteiten.

6.4 De voorzitters van de colleges van bestuur van Partijen voeren tweemaal per jaar, in november en in mei, Bestuurlijk Overleg, waarin de Stuurgroep de voortgangsrapportage respectievelijk de jaarverantwoording toelicht.

6.5 De Stuurgroep informeert de colleges van bestuur onverwijld over incidenten en ontwikkelingen die de continuïteit van de Leerroute kunnen raken.

## Artikel 7 Onderwijskundige inrichting

7.1 Routejaar 1 en 2 worden verzorgd op de locatie van de School aan de Hembrugstraat te Zaandam. Vanaf Routejaar 2 volgen de Leerlingen op twee dagdelen per week praktijkonderwijs op de locatie Poelenburg van de Instelling. Routejaar 3 en 4 worden verzorgd op de locatie Poelenburg van de Instelling en bij Leerbedrijven.

7.2 Partijen beschrijven voor de gehele Leerroute gezamenlijk het onderwijsprogramma, de examinering per leerjaar en de BPV per leerjaar in het PTA/OER, met vermelding van de onderdelen die tot het voortgezet onderwijs en de onderdelen die tot het beroepsonderwijs behoren. Het PTA/OER wordt jaarlijks vóór 1 juli vastgesteld door de daartoe bevoegde organen van beide Partijen.

7.3 De examens van het vmbo worden afgenomen in Routejaar 2; onderdelen van het mbo-programma, waaronder keuzedelen, kunnen vanaf Routejaar 2 worden geëxamineerd.

7.4 De onderwijstijd wordt vastgesteld met inachtneming van de artikelen 2.107g tot en met 2.107i WVO 2020 en de artikelen 9.1.9 tot en met 9.1.11 WEB en in het PTA/OER verantwoord.

7.5 Iedere Leerling heeft gedurende de gehele Leerroute één loopbaancoach, die in de vo-fase door de School en in de mbo-fase door de Instelling wordt aangewezen. Bij de overgang naar de mbo-fase vindt een overdrachtsgesprek tussen beide loopbaancoaches plaats.

## Artikel 8 Betrokkenheid van het bedrijfsleven

8.1 Partijen stellen een Werkveldcommissie in, bestaande uit ten minste twee vertegenwoordigers van Leerbedrijven in de installatiebranche, waaronder in ieder geval Van der Wiel Installatietechniek B.V. te Zaandam en Klimaattechniek Kooijman B.V. te Wormerveer, een vertegenwoordiger van de Installatiekring Zaanstreek en, als adviseur, een adviseur praktijkleren van SBB.

8.2 De Werkveldcommissie adviseert de Stuurgroep ten minste tweemaal per jaar over de inhoud van het onderwijsprogramma, de keuze van keuzedelen en de aansluiting van de Leerroute op de regionale arbeidsmarkt.

8.3 De in de Werkveldcommissie vertegenwoordigde bedrijven verzorgen per Routejaar ten minste vier gastlessen of bedrijfsbezoeken, bieden in Routejaar 2 oriënterende stages aan en stellen in Routejaar 3 en 4 BPV-plaatsen beschikbaar.

8.4 Praktijkopleiders van de Leerbedrijven nemen deel aan de beoordeling van de proeve van bekwaamheid in Routejaar 4.

8.5 De intentieverklaringen van de betrokken bedrijven zijn als Bijlage 2 aan deze overeenkomst gehecht.

## Artikel 9 Personeel

9.1 Iedere Partij zet voor de uitvoering van de Leerroute eigen personeel in. Het werkgeverschap blijft bij de Partij bij wie de betrokken medewerker in dienst is.

9.2 Voor de vakoverstijgende module Installeren en duurzame energie in Routejaar 1 en 2 wordt gebruikgemaakt van een team van leraren en docenten als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Het team bestaat uit de docenten PIE van de School en ten minste twee docenten installatietechniek van de Instelling. Ieder teamlid is verantwoordelijk voor het onderdeel waarvoor hij bevoegd is.

9.3 De Instelling zet in Routejaar 2 twee docenten installatietechniek in voor in totaal zes lesuren per week op de locatie van de School. De School zet in Routejaar 3 een docent PIE in voor vier lesuren per week ter ondersteuning van taal en rekenen in de praktijkcontext op de locatie Poelenburg.

9.4 Partijen organiseren jaarlijks ten minste twee gezamenlijke professionaliseringsbijeenkomsten voor het team.

9.5 Medewerkers die werkzaamheden verrichten op een locatie van de andere Partij, nemen de daar geldende huisregels en veiligheidsvoorschriften in acht.

## Artikel 10 Faciliteiten en huisvesting

10.1 De School stelt voor de Leerroute haar praktijklokalen PIE, waaronder de werkplaats installatietechniek, ter beschikking.

10.2 De Instelling stelt de installatiewerkplaats, het warmtepomp- en ventilatielab en de lasruimte van de locatie Poelenburg ter beschikking voor de Leerlingen in Routejaar 2 op de in het rooster vastgelegde dagdelen, en aan de Studenten in Routejaar 3 en 4.

10.3 Leerlingen ontvangen vanaf Routejaar 2 een account voor de digitale leeromgeving van de Instelling. Persoonlijke beschermingsmiddelen worden door de Partij verstrekt op wier locatie het praktijkonderwijs plaatsvindt.

## Artikel 11 Overstapoptie

11.1 Indien de deelname van een Leerling of Student aan de Leerroute wordt beëindigd voordat deze de Leerroute met goed gevolg heeft doorlopen, is het bepaalde in artikel 2.107k WVO 2020 respectievelijk artikel 9.1.14 WEB van toepassing.

11.2 De Stuurgroep werkt de Overstapoptie nader uit in het Routeplan.

11.3 Partijen dragen er zorg voor dat Leerlingen en hun ouders tijdig over de Overstapoptie worden geïnformeerd.

## Artikel 12 Examinering en diplomering

12.1 De School is verantwoordelijk voor de examinering en diplomering van het vmbo-deel van de Leerroute, ook ten aanzien van een Leerling die reeds als Student bij de Instelling staat ingeschreven. De Instelling is verantwoordelijk voor de examinering en diplomering van het mbo-deel, met inbegrip van de BPV.

12.2 De examencommissies van Partijen stemmen hun werkwijze af en wisselen de voor de examinering benodigde gegevens uit.

## Artikel 13 Financiële bepalingen

13.1 Met toepassing van artikel 5.42a WVO 2020 draagt de School aan de Instelling een deel over van de bekostiging die zij ontvangt voor de Leerlingen in Routejaar 2.

13.2 Het over te dragen bedrag bedraagt € 1.450 per Leerling die op 1 oktober van het betreffende schooljaar in Routejaar 2 van de Leerroute bij de School staat ingeschreven.

13.3 De Instelling zendt de School in november en in april een factuur voor telkens de helft van het verschuldigde bedrag. Betaling geschiedt binnen dertig dagen na factuurdatum.

13.4 Het bedrag bedoeld in artikel 13.2 wordt jaarlijks per 1 augustus geïndexeerd met het percentage van de loon- en prijsbijstelling die Onze Minister voor het voortgezet onderwijs toekent.

13.5 Overige kosten die verband houden met de uitvoering van deze overeenkomst komen voor rekening van de Partij die deze maakt, tenzij Partijen schriftelijk anders overeenkomen.

13.6 Partijen verantwoorden de overdracht in hun jaarverslaggeving.

## Artikel 14 Klachten

14.1 De klachtenregelingen van Partijen zijn mede van toepassing op gedragingen van het bevoegd gezag en het personeel van de andere Partij in het kader van de Leerroute.

14.2 Een klacht die bij de School wordt ingediend en betrekking heeft op een gedraging van een medewerker van de Instelling, of omgekeerd, wordt binnen vijf werkdagen aan de andere Partij doorgezonden. Partijen werken bij de behandeling van de klacht samen.

## Artikel 15 Medezeggenschap

15.1 Op de medezeggenschap ten aanzien van de Leerroute zijn, afhankelijk van de inschrijving van de betrokken Leerling of Student en het dienstverband van de betrokken medewerker, de Wet medezeggenschap op scholen, hoofdstuk 8a van de WEB en de Wet op de ondernemingsraden van toepassing.

15.2 Partijen kunnen in onderling overleg aanvullende afspraken maken over de medezeggenschap ten aanzien van de Leerroute. Zodanige afspraken worden als bijlage aan deze overeenkomst gehecht.

## Artikel 16 Privacy en gegevensuitwisseling

16.1 Partijen verwerken persoonsgegevens van Leerlingen en Studenten uitsluitend voor zover dat noodzakelijk is voor de uitvoering van de Leerroute en met inachtneming van de Algemene verordening gegevensbescherming.

16.2 Partijen zijn ieder zelfstandig verwerkingsverantwoordelijke. Zij leggen de afspraken over de uitwisseling van gegevens, waaronder de overdracht van het leerlingdossier bij de overgang naar de mbo-fase, vast in een gegevensuitwisselingsprotocol.

## Artikel 17 Geschillen

17.1 Indien tussen Partijen een geschil ontstaat over de uitvoering of de uitleg van deze overeenkomst, wordt dit eerst in de Stuurgroep besproken.

17.2 Is het geschil niet binnen dertig dagen na de eerste bespreking in de Stuurgroep opgelost, dan legt de meest gerede Partij het voor aan het Bestuurlijk Overleg.

17.3 Leidt het Bestuurlijk Overleg niet binnen zestig dagen tot een oplossing, dan trachten Partijen het geschil op te lossen door mediation met inachtneming van het reglement van de Mediatorsfederatie Nederland. De mediator wordt door Partijen gezamenlijk aangewezen.

17.4 Is het geschil niet binnen drie maanden na aanvang van de mediation opgelost, dan is de bevoegde rechter van de Rechtbank Noord-Holland, locatie Haarlem, bij uitsluiting bevoegd.

17.5 Op deze overeenkomst is Nederlands recht van toepassing.

## Artikel 18 Toetreding

18.1 Een ander bevoegd gezag van een school voor voorbereidend beroepsonderwijs of van een instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien:
- a. het daartoe een schriftelijk verzoek richt aan beide Partijen;
- b. beide Partijen met de toetreding schriftelijk instemmen;
- c. het in een toetredingsovereenkomst alle rechten en verplichtingen uit deze overeenkomst aanvaardt;
- d. de toetreding ingaat op 1 augustus van enig jaar; en
- e. de toetredende partij de Leerroute tijdig meldt door registratie in RIO.

18.2 Een toetreding mag geen nadelige gevolgen hebben voor Leerlingen en Studenten die op het moment van toetreding aan de Leerroute deelnemen. De samenstelling van de Stuurgroep wordt bij toetreding in het Routeplan aangepast.

## Artikel 19 Duur, opzegging en ontbinding

19.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.

19.2 Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden.

19.3 Iedere Partij kan deze overeenkomst met onmiddellijke ingang geheel of gedeeltelijk ontbinden indien de andere Partij in staat van faillissement wordt verklaard, de bekostiging van de andere Partij voor de betrokken opleiding wordt beëindigd of de andere Partij, na deugdelijke ingebrekestelling met een redelijke termijn voor herstel, toerekenbaar tekortschiet in de nakoming van een wezenlijke verplichting uit deze overeenkomst.

19.4 Na opzegging of ontbinding vindt geen nieuwe instroom in de Leerroute plaats. Partijen blijven gehouden de Leerroute te verzorgen voor Leerlingen en Studenten die op het tijdstip van opzegging of ontbinding aan de Leerroute deelnemen, totdat zij de Leerroute hebben afgerond. De Stuurgroep stelt binnen drie maanden na opzegging of ontbinding een afbouwplan op.

## Artikel 20 Wijziging

20.1 Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke overeenkomst, ondertekend door de colleges van bestuur van beide Partijen.

20.2 De Stuurgroep kan wijzigingsvoorstellen doen. Wijzigingen die de inrichting van de Leerroute betreffen, treden niet eerder in werking dan bij de aanvang van het eerstvolgende schooljaar en mogen de positie van Leerlingen en Studenten die reeds aan de Leerroute deelnemen niet verslechteren.

20.3 Indien een wijziging van wet- of regelgeving daartoe aanleiding geeft, treden Partijen binnen twee maanden in overleg over aanpassing van deze overeenkomst.

## Artikel 21 Aansprakelijkheid en verzekering

21.1 Iedere Partij is aansprakelijk voor schade die het gevolg is van handelen of nalaten van haar eigen personeel.

21.2 Iedere Partij draagt zorg voor een adequate verzekering tegen wettelijke aansprakelijkheid, die mede dekking biedt voor Leerlingen en Studenten die op haar locatie onderwijs volgen.

## Artikel 22 Slotbepalingen

22.1 De bijlagen maken deel uit van deze overeenkomst. In geval van strijdigheid tussen het bepaalde in de overeenkomst en in een bijlage prevaleert de overeenkomst.

22.2 Indien een bepaling van deze overeenkomst nietig blijkt of wordt vernietigd, blijven de overige bepalingen van kracht. Partijen vervangen de betreffende bepaling door een geldige bepaling die zoveel mogelijk aansluit bij de strekking van de oorspronkelijke bepaling.

22.3 Deze overeenkomst is opgemaakt in tweevoud.

## ONDERTEKENING

Aldus overeengekomen en in tweevoud ondertekend te Zaandam op 22 april 2025.

Stichting Zaans Voortgezet Onderwijs: mr. P.C. Schermerhorn, voorzitter college van bestuur

Stichting Vakcampus Zaanstreek: drs. E.M. Tuinman-Zwart, voorzitter college van bestuur; ing. R. de Boer, lid college van bestuur

## BIJLAGEN

Bijlage 1: PTA/OER Leerroute Installatietechniek Zaanstreek, cohort 2025-2026

Bijlage 2: Intentieverklaringen Van der Wiel Installatietechniek B.V., Klimaattechniek Kooijman B.V. en Installatiekring Zaanstreek
""")


# =============================================================================================
# 336 - routeboekje met de overeenkomst als deel B, DOCX
# =============================================================================================
add(336, "routeboekje_overeenkomst_deel_b_noordoostpolder_mobiele_werktuigen", "docx",
    "Routeboekje voor leerlingen en ouders in je-vorm met de ondertekende overeenkomst als Deel B (DOCX), "
    "Noordoostpolder, vmbo bb Mobiliteit en transport naar Monteur mobiele werktuigen niveau 2; volledig, "
    "overdracht met bedrag en bestemming, routeraad als medezeggenschapsafspraak, bindend advies",
    "p p p p p p p p p p",
    {"a": "Artikel 1 De route",
     "b": "Artikel 2 Bedrijven in de route",
     "c": "Artikel 3 Routeleiding",
     "d": "Artikel 4 Rapportage aan de besturen",
     "e": "Artikel 5 Onderwijs, mensen en middelen",
     "f": "Artikel 6 Overstappen",
     "g": "Artikel 7 Bekostiging",
     "h": "Artikel 8 Inspraak",
     "i": "Artikel 9 Meningsverschillen",
     "j": "Artikel 10 Nieuwe partners, duur, wijziging en beëindiging"},
    """
# Routeboekje Werktuigroute Noordoostpolder 2025-2026

Voor leerlingen, ouders en praktijkopleiders van de Werktuigroute van het Zuiderzee College (vmbo) en ROC Flevoland-Noord, Vakschool Techniek Emmeloord

## Inhoud

Deel A Jouw route
- 1 Welkom in de Werktuigroute
- 2 Je route jaar voor jaar
- 3 Wie is wie
- 4 Leren in het bedrijf
- 5 Als het anders loopt
- 6 Praktische zaken

Deel B De samenwerkingsovereenkomst

## Deel A Jouw route

### 1 Welkom in de Werktuigroute

Welkom! Je hebt gekozen voor de Werktuigroute. Dat betekent dat je na de tweede klas van het Zuiderzee College niet eerst je vmbo afmaakt en dan opnieuw begint op het mbo, maar dat je in één doorlopend programma opgeleid wordt tot monteur van trekkers, oogstmachines, shovels en andere mobiele werktuigen. Je haalt onderweg je vmbo-diploma en aan het eind je mbo-diploma. In dit boekje lees je hoe de route loopt, wie je kunt aanspreken en wat de school en het ROC met elkaar hebben afgesproken.

### 2 Je route jaar voor jaar

| Routejaar | Waar ben je | Wat doe je |
| 1 (klas 3) | Zuiderzee College, werkplaats M&T | Profielvakken Mobiliteit en transport, één middag per week techniekproject met ROC-docent, excursies naar bedrijven |
| 2 (klas 4) | Zuiderzee College en één dag per week Vakschool Techniek | Vmbo-examen, eerste mbo-onderdelen (hydrauliek, motoren), snuffelstage bij een werktuigbedrijf |
| 3 | Vakschool Techniek en leerbedrijf | Mbo-onderdelen, twee dagen per week bpv |
| 4 | Leerbedrijf en Vakschool Techniek | Drie dagen bpv, proeve van bekwaamheid, mbo-diploma |

### 3 Wie is wie

Je mentor op het Zuiderzee College blijft je vaste aanspreekpunt tot de zomer na routejaar 2. Daarna neemt je studieloopbaanbegeleider van de Vakschool het over. De routecoördinatoren zijn Henk Hoekstra (Zuiderzee College) en Marloes Dijkstra-Pel (Vakschool Techniek). Zij zijn samen het routeteam.

### 4 Leren in het bedrijf

Je leert veel in echte werkplaatsen. De bedrijven die meedoen, staan in artikel 2 van de overeenkomst hieronder. Al in routejaar 1 ga je op bezoek; in routejaar 2 loop je een week mee; vanaf routejaar 3 heb je een vaste bpv-plek.

### 5 Als het anders loopt

Het kan gebeuren dat de route toch niet bij je past, of dat je gaat verhuizen. Dan zoeken de school en het ROC samen met jou en je ouders naar een andere weg naar een diploma. Hoe dat werkt, staat in artikel 6 van de overeenkomst.

### 6 Praktische zaken

Werkkleding en veiligheidsschoenen krijg je in routejaar 1 van de school en in routejaar 3 van het ROC. Je fietst of reist met de bus naar de Vakschool; die ligt op tien minuten van het Zuiderzee College. Het rooster staat in Magister en vanaf routejaar 2 ook in de app van het ROC.

---

## Deel B De samenwerkingsovereenkomst

Deze overeenkomst is op 10 maart 2025 door de besturen ondertekend. Zij is in dit routeboekje opgenomen, zodat leerlingen, ouders en bedrijven weten wat er is afgesproken.

Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Werktuigroute Noordoostpolder

Partijen:

1. Stichting Christelijk Voortgezet Onderwijs Noordoostpolder, bevoegd gezag van het Zuiderzee College te Emmeloord, vertegenwoordigd door de heer drs. W. Bakker, directeur-bestuurder, hierna: de school;

2. Stichting ROC Flevoland-Noord, bevoegd gezag van het ROC Flevoland-Noord, waarvan de Vakschool Techniek Emmeloord deel uitmaakt, vertegenwoordigd door mevrouw J. van der Meulen MBA, voorzitter van het college van bestuur, hierna: het ROC.

Partijen spreken het volgende af.

### Artikel 1 De route

1.1 Partijen verzorgen samen de doorlopende leerroute Werktuigroute Noordoostpolder. De route start in het derde leerjaar van de basisberoepsgerichte leerweg, profiel Mobiliteit en transport, van de school en leidt naar de opleiding Monteur mobiele werktuigen, niveau 2 (basisberoepsopleiding), in het opleidingsdomein Mobiliteit en voertuigen van het ROC.

1.2 De route duurt vier routejaren. Routejaar 1 en 2 zijn de vo-fase, routejaar 3 en 4 de mbo-fase. In routejaar 3 en 4 volgen de studenten de beroepsopleidende leerweg.

1.3 Partijen melden de route ieder voor zich in RIO.

### Artikel 2 Bedrijven in de route

2.1 De route wordt gedragen door de Werktuigkring NOP, een samenwerkingsverband van werktuigbedrijven in de Noordoostpolder. Bij de start nemen deel: Mechanisatiebedrijf Van Slooten (Marknesse), Loonbedrijf Kraggenburg B.V., Agri-Tech Luttelgeest en Hoving Grondverzet (Ens).

2.2 De bedrijven van de Werktuigkring ontvangen elke klas van routejaar 1 ten minste twee keer voor een excursie, bieden in routejaar 2 een meeloopweek aan en stellen voor iedere student in routejaar 3 en 4 een bpv-plek beschikbaar bij een door SBB erkend leerbedrijf.

2.3 Eén keer per jaar, op de werkplaatsdag in juni, stellen de bedrijven samen met de docenten de praktijkopdrachten voor het komende jaar vast en geven zij advies over het programma. De praktijkopleiders beoordelen de proeve van bekwaamheid mee.

### Artikel 3 Routeleiding

3.1 De leiding over de route ligt bij het routeteam. Het routeteam bestaat uit een routecoördinator van de school en een routecoördinator van het ROC.

3.2 De routecoördinator van de school wordt aangesteld door de directeur-bestuurder van de school; de routecoördinator van het ROC wordt aangesteld door de sectordirecteur Techniek, die daartoe door het college van bestuur is gemandateerd. De aanstelling geldt voor drie schooljaren en kan worden verlengd.

3.3 Het routeteam is belast met de inrichting van het programma en het rooster, de intake en plaatsing van leerlingen, het contact met de Werktuigkring NOP, de begeleiding van de overgang naar de mbo-fase en de uitvoering van artikel 6.

3.4 Het routeteam mag zelfstandig besluiten nemen binnen het jaarplan dat de besturen elk voorjaar goedkeuren, mits het besluit geen extra kosten of formatie met zich brengt. Andere besluiten legt het routeteam voor aan de besturen.

### Artikel 4 Rapportage aan de besturen

4.1 Het routeteam stuurt de besturen drie keer per jaar, in november, maart en juni, een routemonitor met de aantallen leerlingen per routejaar, verzuim, voortgang, bpv-plaatsingen en uitval.

4.2 Elk jaar in september schrijft het routeteam een evaluatieverslag over het afgelopen schooljaar en legt het daarin verantwoording af over het jaarplan en de besteding van het bedrag uit artikel 7.

4.3 In oktober bespreken de directeur-bestuurder van de school en een lid van het college van bestuur van het ROC het evaluatieverslag met het routeteam.

### Artikel 5 Onderwijs, mensen en middelen

5.1 Routejaar 1 en 2 vinden plaats op het Zuiderzee College, met in routejaar 2 één dag per week op de Vakschool Techniek. Routejaar 3 en 4 vinden plaats op de Vakschool Techniek en bij de leerbedrijven.

5.2 Partijen leggen het programma en de examinering per routejaar vast in één PTA/OER, dat zij jaarlijks vóór 1 juli samen vaststellen. Het vmbo-examen wordt in routejaar 2 afgenomen. Mbo-onderdelen kunnen vanaf routejaar 1 worden aangeboden en vanaf routejaar 2 worden geëxamineerd.

5.3 De docenten M&T van de school en de docenten mobiele techniek van het ROC vormen één docententeam. Voor het techniekproject in routejaar 1 en 2 wordt gebruikgemaakt van de teambevoegdheid. Het ROC zet een docent mobiele techniek in voor vier uur per week op de school; de school zet haar docent M&T in routejaar 3 in voor twee uur per week bij de overdracht en begeleiding op de Vakschool. Iedere docent blijft in dienst van zijn eigen werkgever.

5.4 De werkplaats M&T van de school en de werkplaats mobiele werktuigen, de hydrauliektestbank en het diagnoselokaal van het ROC worden door beide partijen gebruikt volgens het jaarrooster. Het ROC leent jaarlijks een lesmotor en een demonstratiemaaier uit aan de school.

5.5 Een klacht over een medewerker van de andere partij wordt doorgestuurd en samen afgehandeld.

### Artikel 6 Overstappen

6.1 Elke leerling die de route verlaat, krijgt een passend alternatief waarmee hij een vmbo-diploma of een mbo-diploma kan halen.

6.2 Verlaat een leerling de route in routejaar 1 of 2, dan gaat hij verder in de reguliere basisberoepsgerichte leerweg van de school, in het profiel Mobiliteit en transport of in een ander profiel, en doet hij gewoon vmbo-examen.

6.3 Heeft een leerling aan het eind van routejaar 2 zijn vmbo-diploma niet gehaald, dan mag hij doorgaan in de mbo-fase van de route of overstappen naar een andere opleiding op niveau 2 van het ROC, zoals Monteur personenauto's of Medewerker logistiek. De vooropleidingseisen gelden dan binnen het ROC niet. Daarnaast mag hij in routejaar 3 zijn vmbo-examen opnieuw doen.

6.4 Past de richting niet, dan kan een student in de mbo-fase overstappen naar een andere opleiding van het ROC op niveau 2 of, als dat haalbaar is, niveau 3. Wil hij naar een andere instelling, dan regelt het routeteam een warme overdracht.

6.5 Welk alternatief een leerling krijgt, bepalen de twee routecoördinatoren samen na een gesprek met de leerling en zijn ouders. Zij gaan daarbij uit van wat de leerling al heeft bereikt en van zijn leeftijd.

### Artikel 7 Bekostiging

7.1 Met toepassing van artikel 5.42a WVO 2020 draagt de school voor iedere leerling die op 1 oktober in routejaar 2 staat ingeschreven een bedrag van € 900 over aan het ROC.

7.2 Het ROC besteedt dat bedrag aan de inzet van de docent mobiele techniek op de school (artikel 5.3) en aan het gebruik van de werkplaats mobiele werktuigen en de verbruiksmaterialen in routejaar 2.

7.3 Verder wordt geen bekostiging overgedragen. Het bedrag wordt in januari gefactureerd.

### Artikel 8 Inspraak

8.1 Partijen stellen een routeraad in, bestaande uit twee leerlingen of studenten uit de route, twee ouders en één praktijkopleider. De routeraad komt twee keer per jaar bij elkaar met het routeteam en mag het routeteam en de besturen gevraagd en ongevraagd advies geven over de route.

8.2 Partijen spreken af dat de medezeggenschapsraad van de school voor de vo-fase en de studentenraad van het ROC voor de mbo-fase het aanspreekpunt voor de route zijn. Beide raden ontvangen het evaluatieverslag en worden vooraf om advies gevraagd over wijzigingen van deze overeenkomst.

8.3 Leerlingen in routejaar 2 mogen met een afvaardiging aanschuiven bij de vergaderingen van de studentenraad van de Vakschool Techniek.

### Artikel 9 Meningsverschillen

9.1 Meningsverschillen over de uitvoering van deze overeenkomst bespreekt het routeteam eerst onderling. Komt het routeteam er binnen vier weken niet uit, dan overleggen de directeur-bestuurder van de school en een lid van het college van bestuur van het ROC.

9.2 Leidt dat binnen zes weken niet tot overeenstemming, dan wordt het meningsverschil voorgelegd aan een adviescommissie van drie personen. Elke partij wijst één lid aan; die twee leden kiezen samen een onafhankelijke voorzitter. De commissie brengt binnen acht weken een bindend advies uit. De kosten van de commissie worden gelijk gedeeld.

### Artikel 10 Nieuwe partners, duur, wijziging en beëindiging

10.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

10.2 Een andere vmbo-school of mbo-instelling kan partij worden als beide besturen daar schriftelijk mee instemmen en de nieuwe partij een toetredingsverklaring tekent waarin zij deze overeenkomst aanvaardt. Toetreden kan alleen per 1 augustus en heeft geen gevolgen voor leerlingen die al in de route zitten.

10.3 Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend. Een wijziging gaat in bij het begin van een schooljaar.

10.4 Elke partij kan de overeenkomst schriftelijk opzeggen met een opzegtermijn van één schooljaar, tegen 1 augustus. Bij ernstige tekortkoming kan een partij de overeenkomst ontbinden nadat de andere partij twee maanden de tijd heeft gehad om de tekortkoming te herstellen.

10.5 Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen en studenten die al in de route zitten, ronden de route af zoals afgesproken; artikel 6 blijft voor hen van kracht.

Aldus ondertekend te Emmeloord op 10 maart 2025.

Stichting Christelijk Voortgezet Onderwijs Noordoostpolder, drs. W. Bakker, directeur-bestuurder

Stichting ROC Flevoland-Noord, J. van der Meulen MBA, voorzitter college van bestuur
""")


# =============================================================================================
# 337 - AOC interne regeling, Markdown
# =============================================================================================
add(337, "aoc_interne_regeling_paragrafen_oosterschelde_dierenzorg", "md",
    "Interne regeling van een AOC als besluit van het college van bestuur met paragraaftekens en "
    "toelichting (Markdown), Oosterschelde/Zeeland, vmbo kb Groen naar Vakbekwaam medewerker dierenzorg "
    "niveau 3; volledig voor a-g, geen overdracht binnen één rechtspersoon; h, i en j niet van toepassing",
    "p p p p p p p na na na",
    {"a": "§ 2 De route",
     "b": "§ 3 Werkveld en leerbedrijven",
     "c": "§ 4 Routemanager en routeteam",
     "d": "§ 5 Verslag en verantwoording",
     "e": "§ 6 Onderwijs, personeel en voorzieningen",
     "f": "§ 7 Overstap binnen en buiten het AOC",
     "g": "§ 8 Bekostiging"},
    """
# Interne regeling doorlopende leerroute Groen - Dierenzorg

**AOC Oosterschelde** · vastgesteld door het college van bestuur op 3 juni 2025 · kenmerk CvB/2025/041

Het college van bestuur van de Stichting Agrarisch Opleidingscentrum Oosterschelde, bevoegd gezag van zowel de school voor voorbereidend beroepsonderwijs AOC Oosterschelde vmbo Goes als de beroepsopleidingen van AOC Oosterschelde mbo Kapelle;

*gelet op* artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;

*overwegende* dat de doorlopende leerroute volledig binnen één rechtspersoon wordt verzorgd, zodat in plaats van een samenwerkingsovereenkomst een interne regeling wordt vastgesteld;

*gehoord* de deelraad vmbo, de studentenraad en de ondernemingsraad;

**besluit** vast te stellen de volgende regeling.

---

## § 1 Begrippen

In deze regeling wordt verstaan onder:

- **route**: de doorlopende leerroute vmbo-mbo, bedoeld in § 2;
- **vmbo Goes**: de vmbo-afdeling van het AOC aan de Stationspark te Goes;
- **mbo Kapelle**: de mbo-afdeling van het AOC aan de Smokkelhoek te Kapelle;
- **routejaar**: een leerjaar van de route; leerjaar 3 van het vmbo is routejaar 1;
- **routeteam**: het team bedoeld in § 4.

## § 2 De route

1. Het AOC verzorgt een doorlopende leerroute die begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Groen, met de keuzevakken Dier en welzijn en Dierverzorging gezelschapsdieren, van vmbo Goes.
2. De route leidt naar de opleiding Vakbekwaam medewerker dierenzorg, niveau 3, beroepsopleidende leerweg, in het opleidingsdomein Dierverzorging, van mbo Kapelle.
3. De route duurt vijf routejaren; routejaar 1 en 2 vormen de vo-fase en routejaar 3 tot en met 5 de mbo-fase. Het vmbo-diploma wordt behaald in routejaar 2.
4. De route wordt door het AOC als vo-school en als instelling gemeld via RIO.

## § 3 Werkveld en leerbedrijven

1. Het AOC stelt voor de route een adviesraad dierenzorg in. Daarin zitten in elk geval Dierenpark De Zeeuwse Kreek (Kattendijke), Dierenpension en -trimsalon Het Zoete Gat (Wemeldinge), Dierenkliniek Bevelanden en de kinderboerderijen van de gemeente Goes.
2. De adviesraad komt twee keer per jaar bijeen en adviseert de routemanager over de inhoud van het programma, de keuzedelen en de beoordelingscriteria.
3. De bedrijven in de adviesraad verzorgen in routejaar 1 en 2 samen ten minste zes praktijkdagen per jaar op hun locatie, leveren vanaf routejaar 3 bpv-plaatsen als erkend leerbedrijf en beoordelen de proeven van bekwaamheid mee.

## § 4 Routemanager en routeteam

1. De leiding over de route berust bij een routemanager, die wordt bijgestaan door een routeteam. Het routeteam bestaat uit de routemanager, de afdelingsleider vmbo Goes en de opleidingsmanager dierenzorg van mbo Kapelle.
2. De routemanager wordt benoemd door het college van bestuur op gezamenlijke voordracht van de directeur vmbo en de directeur mbo, voor een termijn van vier jaar. Herbenoeming is eenmaal mogelijk. De overige leden maken ambtshalve deel uit van het routeteam.
3. De routemanager stelt jaarlijks het routeplan op, regelt het rooster en de verdeling van de praktijkdagen, beslist over de toelating van leerlingen en is het aanspreekpunt voor de adviesraad.
4. Het college van bestuur mandateert de routemanager om binnen het vastgestelde routeplan en de daarin opgenomen formatie zelfstandig besluiten te nemen over rooster, groepsindeling, inzet van docenten en het gebruik van de voorzieningen. Voor besluiten daarbuiten is de instemming van beide directeuren nodig; besluiten over de opheffing of wezenlijke wijziging van de route neemt het college van bestuur.

## § 5 Verslag en verantwoording

1. De routemanager levert ieder kwartaal een dashboard aan de directeur vmbo en de directeur mbo met de aantallen per routejaar, het verzuim, de voortgang en de uitval.
2. Vóór 1 november van elk jaar legt de routemanager in een verantwoordingsverslag aan het college van bestuur verantwoording af over het afgelopen schooljaar, waaronder de resultaten, de benutte overstapmogelijkheden en de besteding van de formatie.
3. Het college van bestuur bespreekt het verslag met de routemanager en beide directeuren in de decembercyclus van de planning en control.

## § 6 Onderwijs, personeel en voorzieningen

1. Routejaar 1 en 2 worden verzorgd in vmbo Goes, met vanaf routejaar 2 één dag per week praktijkonderwijs in het dierenverblijf van mbo Kapelle. Routejaar 3 tot en met 5 worden verzorgd in mbo Kapelle en bij leerbedrijven.
2. Het programma en de examinering per routejaar worden vastgelegd in het gezamenlijke PTA/OER van de route, dat het college van bestuur jaarlijks vóór 1 juli vaststelt.
3. Docenten groen van vmbo Goes en docenten dierenzorg van mbo Kapelle vormen één team. Voor de vakoverstijgende leerlijn Dierenwelzijn in routejaar 1 en 2 wordt gewerkt met teambevoegdheid. Vmbo-docenten geven in routejaar 3 nog twee uur per week les in Nederlands en rekenen in mbo Kapelle; mbo-docenten verzorgen in routejaar 2 de praktijkdag.
4. De route gebruikt het dierenverblijf en het kleine-huisdierenlokaal van vmbo Goes en het dierenverblijf, de trimsalon en het aquarium- en terrariumlokaal van mbo Kapelle. Het leerlingvervoer tussen Goes en Kapelle wordt door het AOC geregeld.

## § 7 Overstap binnen en buiten het AOC

1. Een leerling die de route verlaat, krijgt altijd een andere weg naar een diploma aangeboden.
2. Stopt een leerling in routejaar 1 of 2, dan gaat hij verder in de reguliere kaderberoepsgerichte leerweg groen van vmbo Goes en haalt hij daar zijn vmbo-diploma.
3. Heeft een leerling na routejaar 2 geen vmbo-diploma, dan kan hij in mbo Kapelle instromen in de route of in een andere opleiding op niveau 2 of 3, zoals Medewerker paardenhouderij of Vakbekwaam hovenier; vooropleidingseisen gelden dan niet omdat het om dezelfde instelling gaat. Hij kan het vmbo-examen in routejaar 3 opnieuw afleggen.
4. Past dierenzorg niet, dan kan de student in de mbo-fase overstappen naar een andere groene opleiding op hetzelfde niveau. Wil hij naar een andere instelling, dan begeleidt het AOC hem bij de aanmelding en het geschiktheidsonderzoek.
5. De afdelingsleider vmbo en de opleidingsmanager mbo beslissen gezamenlijk over het alternatief, na overleg met de leerling en zijn ouders, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling.

## § 8 Bekostiging

Omdat de bekostiging voor het vo en het mbo door hetzelfde bevoegd gezag wordt ontvangen, vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de route worden in de begroting van het AOC aan de route toegerekend.

## § 9 Slotbepalingen

1. Deze regeling treedt in werking op 1 augustus 2025.
2. Zij kan worden aangehaald als *Interne regeling route Dierenzorg AOC Oosterschelde*.

Goes, 3 juni 2025

Het college van bestuur van de Stichting Agrarisch Opleidingscentrum Oosterschelde,

ir. M.C. Verhulst-de Looze, voorzitter

---

### Toelichting

Deze regeling vervangt voor de route Dierenzorg de afspraken uit het experiment vakmanschapsroute (2016-2024). Omdat vmbo Goes en mbo Kapelle onder één bestuur vallen, schrijft de wet geen samenwerkingsovereenkomst voor, maar een interne regeling waarin de onderwerpen van artikel 2.107b, tweede lid, WVO 2020 op overeenkomstige wijze worden geregeld, met uitzondering van geschilbeslechting, toetreding en wijziging en medezeggenschap. Voor de medezeggenschap geldt het medezeggenschapsstatuut van het AOC.
""")


# =============================================================================================
# 338 - geintegreerde route, decimaal genummerd, DOCX
# =============================================================================================
add(338, "geintegreerde_route_decimaal_emmen_verkoper", "docx",
    "Geïntegreerde route vmbo-basis naar mbo-2 in zakelijke decimale nummering (DOCX), Zuidoost-Drenthe, "
    "vmbo bb Economie en ondernemen naar Verkoper niveau 2; leiding volledig, maar de routeleider houdt "
    "de directies alleen 'op de hoogte' zonder vorm of moment (d weak); over geld of bekostiging staat "
    "nergens iets (g missing); overstap met passende plek en niet automatisch Entree",
    "p p p w p p m p p p",
    {"a": "3. De geïntegreerde route",
     "b": "5. Retailpartners",
     "c": "6. Leiding van de route",
     "e": "7. Onderwijs en organisatie",
     "f": "8. Als de route niet past",
     "h": "9. Medezeggenschap",
     "i": "10. Geschillen",
     "j": "11. Duur, toetreding, wijziging en opzegging"},
    """
# Samenwerkingsovereenkomst geïntegreerde route vmbo basis - mbo 2 Retail Zuidoost-Drenthe

## Ondergetekenden

Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe, bevoegd gezag van het Hondsrug Vakcollege te Emmen, school voor vbo, vertegenwoordigd door de heer G. Lubbers, voorzitter van het college van bestuur (hierna: de school),

en

Stichting ROC Hunzevelde, bevoegd gezag van ROC Hunzevelde te Emmen, vertegenwoordigd door mevrouw dr. A.M. Slot, voorzitter van het college van bestuur (hierna: het ROC),

komen het volgende overeen.

## 1. Aanleiding

1.1 De school en het ROC werken sinds 2019 samen in een leerwerktraject retail. Met deze overeenkomst zetten zij die samenwerking voort als geïntegreerde route vmbo-basisberoepsopleiding als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB.

1.2 Doel is dat leerlingen van de basisberoepsgerichte leerweg voor wie dat beter past, zonder vmbo-eindexamen in één doorgaande lijn een mbo-diploma op niveau 2 behalen.

## 2. Begrippen

2.1 Route: de geïntegreerde route bedoeld in hoofdstuk 3.

2.2 Deelnemer: een leerling of student die aan de route deelneemt.

2.3 Routejaar: een leerjaar van de route; leerjaar 3 van de school is routejaar 1.

2.4 Kernteam: het team bedoeld in 6.1.

## 3. De geïntegreerde route

3.1 De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Economie en ondernemen, van het Hondsrug Vakcollege.

3.2 De route leidt naar de basisberoepsopleiding Verkoper, niveau 2, in het opleidingsdomein Handel van ROC Hunzevelde, College Handel en Ondernemen.

3.3 De route duurt drie routejaren. In routejaar 1 en 2 staat de deelnemer ingeschreven bij de school, in routejaar 3 bij het ROC. De school neemt in de route geen eindexamen basisberoepsgerichte leerweg af, tenzij 8.3 van toepassing is.

3.4 Partijen melden de route ieder in RIO, onder vermelding dat het een geïntegreerde route betreft.

## 4. Deelname

4.1 Deelname staat open voor leerlingen van leerjaar 2 van de basisberoepsgerichte leerweg voor wie de route naar het oordeel van de school meer kans op een diploma biedt dan het reguliere programma.

4.2 Het besluit tot plaatsing wordt door de school genomen in overleg met de leerling en zijn ouders en na overleg met het ROC.

## 5. Retailpartners

5.1 Partijen werken in de route samen met de Ondernemersvereniging Centrum Emmen en met de leerbedrijven Bouwmarkt Emmen-Noord, Modehuis Wolters, Supermarkt Angelslo en Tuincentrum De Hondsrug.

5.2 Deze bedrijven bieden vanaf routejaar 1 een leerwerkplek voor één dag per week en vanaf routejaar 2 voor twee dagen per week, onder begeleiding van een praktijkopleider.

5.3 De Ondernemersvereniging organiseert elk jaar de Retail Challenge, waarin deelnemers een verkoopactie voor een echte winkel bedenken en uitvoeren. Praktijkopleiders beoordelen de Retail Challenge en de praktijkexamens mee.

5.4 Twee keer per jaar overlegt het kernteam met de retailpartners over het programma en de aansluiting op wat winkels van nieuwe medewerkers vragen.

## 6. Leiding van de route

6.1 De route wordt geleid door een kernteam, bestaande uit de routeleider, de teamleider basisberoepsgerichte leerweg van de school en de opleidingscoördinator retail van het ROC.

6.2 De routeleider wordt benoemd door de directeur van de school en de collegedirecteur Handel en Ondernemen gezamenlijk, op grond van het mandaat dat zij van hun college van bestuur hebben. De teamleider en de opleidingscoördinator worden door hun eigen directeur aangewezen.

6.3 Het kernteam stelt het programma en het rooster vast, plaatst de deelnemers bij retailpartners, bewaakt de voortgang van iedere deelnemer en onderhoudt de contacten met de retailpartners. Het kernteam neemt daarover zelfstandig besluiten binnen de formatie die beide partijen voor de route beschikbaar stellen. Besluiten over uitbreiding van de route of over nieuwe retailpartners worden voorgelegd aan de directeur van de school en de collegedirecteur.

6.4 De routeleider houdt de directeur van de school en de collegedirecteur Handel en Ondernemen op de hoogte van de gang van zaken in de route.

## 7. Onderwijs en organisatie

7.1 Routejaar 1 en 2 vinden plaats op het Hondsrug Vakcollege en bij de retailpartners. Routejaar 3 vindt plaats op de locatie van het College Handel en Ondernemen aan de Boermarke en bij de retailpartners.

7.2 Het onderwijsprogramma en de examinering per routejaar worden door beide partijen samen beschreven in de onderwijs- en examenregeling van de route, waarin staat welke onderdelen door de school en welke door het ROC worden verzorgd.

7.3 De docenten economie en ondernemen van de school en de docenten retail van het ROC vormen één team. In routejaar 1 en 2 wordt voor het programmaonderdeel Winkel en klant gewerkt met teambevoegdheid. ROC-docenten geven in routejaar 2 wekelijks drie lesuren op de school. Alle docenten blijven in dienst van hun eigen werkgever.

7.4 De deelnemers gebruiken de leerwinkel en de kassa-oefenruimte van de school en het retaillab met kassasystemen, etalage en magazijn van het ROC. Het kernteam legt het gebruik vast in het rooster.

7.5 Klachten die bij de ene partij binnenkomen over een medewerker van de andere partij worden doorgestuurd en in overleg afgehandeld volgens de klachtenregeling van de partij waar de deelnemer is ingeschreven.

## 8. Als de route niet past

8.1 Een deelnemer die de route verlaat, is altijd verzekerd van een passende plek. Dat betekent niet dat hij automatisch naar de Entreeopleiding gaat.

8.2 Stopt een deelnemer in routejaar 1, dan gaat hij verder in de reguliere basisberoepsgerichte leerweg van de school, in het profiel Economie en ondernemen of een ander profiel, en doet hij eindexamen.

8.3 Stopt een deelnemer in routejaar 2, dan kan hij alsnog het eindexamen basisberoepsgerichte leerweg afleggen, zodat hij met een vmbo-diploma een andere mbo-opleiding kan kiezen.

8.4 Blijkt in routejaar 3 dat verkoop niet bij de deelnemer past, dan kan hij bij het ROC overstappen naar een andere opleiding op niveau 2, zoals Logistiek medewerker of Medewerker facilitaire dienstverlening, zonder dat vooropleidingseisen in de weg staan. Ook kan hij de route afmaken en daarna een andere opleiding op niveau 2 of 3 kiezen.

8.5 Alleen als een diploma op niveau 2 echt niet haalbaar is, wordt de Entreeopleiding met begeleiding naar werk aangeboden.

8.6 De teamleider van de school en de opleidingscoördinator van het ROC beslissen samen welk alternatief wordt aangeboden. Zij betrekken de deelnemer en zijn ouders erbij en houden rekening met het onderwijsniveau dat de deelnemer heeft bereikt en met zijn leeftijd.

## 9. Medezeggenschap

9.1 Partijen spreken af dat de deelnemers in routejaar 2 uit hun midden één vertegenwoordiger kiezen die als toehoorder met spreekrecht de vergaderingen van de studentenraad van het College Handel en Ondernemen bijwoont.

9.2 Voorstellen tot wijziging van deze overeenkomst legt de school voor advies voor aan haar medezeggenschapsraad en het ROC aan zijn studentenraad.

## 10. Geschillen

10.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst door het kernteam besproken en, als dat niet helpt, door de directeur van de school en de collegedirecteur.

10.2 Is het geschil daarna niet binnen zes weken opgelost, dan schakelen partijen een mediator in die zij samen kiezen.

10.3 Levert mediation binnen drie maanden geen oplossing op, dan kan elke partij het geschil voorleggen aan de Rechtbank Noord-Nederland, locatie Assen.

## 11. Duur, toetreding, wijziging en opzegging

11.1 Deze overeenkomst gaat in op 1 augustus 2025 en geldt tot en met 31 juli 2030. Daarna wordt zij telkens met twee jaar verlengd, tenzij een partij haar heeft opgezegd.

11.2 Een andere school voor vbo of een andere instelling kan partij worden bij deze overeenkomst als beide partijen daar schriftelijk mee instemmen en de nieuwe partij de overeenkomst door ondertekening van een toetredingsverklaring aanvaardt. Toetreding gaat in op 1 augustus.

11.3 Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend. Zij gaan in bij het begin van een schooljaar.

11.4 Opzegging gebeurt schriftelijk, met een termijn van ten minste twaalf maanden, tegen 1 augustus.

11.5 Na opzegging worden geen nieuwe deelnemers meer geplaatst. Deelnemers die al in de route zitten, kunnen de route afmaken; hoofdstuk 8 blijft voor hen gelden.

## Ondertekening

Emmen, 19 mei 2025

Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe, G. Lubbers, voorzitter college van bestuur

Stichting ROC Hunzevelde, dr. A.M. Slot, voorzitter college van bestuur
""")


# =============================================================================================
# 339 - consortium van drie partijen, hoofdstukken en artikelen, PDF
# =============================================================================================
add(339, "consortium_drie_partijen_hoofdstukken_rijk_van_nijmegen_mediavormgever", "pdf",
    "Consortiumovereenkomst van twee vmbo-besturen en een ROC met hoofdstukken, consortiumraad en "
    "routedirectie en een geldtabel in de bijlage (PDF), Rijk van Nijmegen, vmbo gl/kb Media, vormgeving "
    "en ICT naar Mediavormgever niveau 4; volledig, overdracht met bedrag en bestemming, arbitrage, "
    "toetreding van een vierde school en uittreding van één school",
    "p p p p p p p p p p",
    {"a": "Artikel 2 De route",
     "b": "Artikel 9 Werkveld",
     "c": "Artikel 4 Routedirectie",
     "d": "Artikel 5 Verantwoording aan de besturen",
     "e": "Artikel 6 Programma, examinering en locaties",
     "f": "Artikel 10 Overstapmogelijkheden",
     "g": "Artikel 11 Overdracht van bekostiging",
     "h": "Artikel 12 Medezeggenschap",
     "i": "Artikel 13 Geschillen",
     "j": "Artikel 14 Toetreding en uittreding"},
    """
# Consortiumovereenkomst doorlopende leerroute Media & Vormgeving Rijk van Nijmegen

## Partijen

A. Stichting Katholiek Voortgezet Onderwijs Nijmegen-Zuid, bevoegd gezag van het Dukenburg College, school voor vmbo, gevestigd te Nijmegen, te dezen vertegenwoordigd door de heer drs. T.A.M. Hendriks, voorzitter van het college van bestuur;

B. Stichting Openbaar Voortgezet Onderwijs Wijchen-Beuningen, bevoegd gezag van De Wijchense Poort, school voor vmbo, gevestigd te Wijchen, te dezen vertegenwoordigd door mevrouw M. Peters-Arts, bestuurder;

C. Stichting ROC Rijk van Nijmegen, bevoegd gezag van het gelijknamige regionaal opleidingencentrum, gevestigd te Nijmegen, te dezen vertegenwoordigd door de heer dr. L. Gerritsen, voorzitter van het college van bestuur;

A en B hierna ook: de scholen; C hierna ook: het ROC; A, B en C samen: het consortium of partijen.

Partijen hebben in het schooljaar 2024-2025 gezamenlijk een pilot uitgevoerd met een mediaproject voor vmbo-leerlingen op het ROC. Op basis van de evaluatie daarvan besluiten zij tot het gezamenlijk verzorgen van een doorlopende leerroute vmbo-mbo en leggen zij hun afspraken als volgt vast.

## Hoofdstuk I Algemeen

### Artikel 1 Begrippen

In deze overeenkomst betekent:
- route: de doorlopende leerroute vmbo-mbo bedoeld in artikel 2;
- routejaar: een leerjaar van de route; leerjaar 3 van de scholen is routejaar 1;
- consortiumraad: het overleg van de bestuurders bedoeld in artikel 3;
- routedirectie: de leiding over de route bedoeld in artikel 4;
- Mediacampus: de locatie van het ROC aan de Waalkade te Nijmegen.

### Artikel 2 De route

2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die begint in leerjaar 3 van het profiel Media, vormgeving en ICT in de gemengde leerweg en in de kaderberoepsgerichte leerweg van elk van de scholen.

2.2 De route leidt naar de middenkaderopleiding Mediavormgever, niveau 4, beroepsopleidende leerweg, in het opleidingsdomein ICT en creatieve industrie van het ROC.

2.3 De route omvat vijf routejaren: routejaar 1 en 2 op de eigen school met een wekelijkse Mediadag op de Mediacampus, routejaar 3 tot en met 5 op de Mediacampus.

2.4 Iedere partij meldt de route zelf in RIO. De scholen melden elk afzonderlijk.

## Hoofdstuk II Bestuur en leiding

### Artikel 3 Consortiumraad

3.1 De bestuurders die partijen in deze overeenkomst vertegenwoordigen, vormen samen de consortiumraad. De consortiumraad komt ten minste drie keer per jaar bijeen.

3.2 De consortiumraad stelt op voorstel van de routedirectie het routeplan en de begroting van de route vast en neemt de besluiten die op grond van deze overeenkomst niet aan de routedirectie zijn opgedragen.

### Artikel 4 Routedirectie

4.1 De leiding over de route berust bij de routedirectie. De routedirectie bestaat uit de afdelingsleider bovenbouw van het Dukenburg College, de afdelingsleider bovenbouw van De Wijchense Poort en de opleidingsmanager Media & Design van het ROC.

4.2 Ieder lid wordt door het bevoegd gezag van de eigen partij aangewezen en kan door dat bevoegd gezag worden vervangen. De consortiumraad wijst uit de leden een voorzitter aan voor een periode van twee jaar.

4.3 De routedirectie is belast met de dagelijkse uitvoering van de route. Zij stelt het jaarrooster en de planning van de Mediadagen vast, beslist over de toelating van leerlingen, verdeelt de opdrachten van het werkveld, stelt het concept-PTA/OER op en ziet toe op de uitvoering van artikel 10.

4.4 Partijen dragen aan de routedirectie de bevoegdheid op om binnen het door de consortiumraad vastgestelde routeplan en de begroting alle besluiten te nemen die voor de uitvoering nodig zijn, met uitzondering van besluiten over personeel in dienst van een partij, over de hoogte van de bijdragen bedoeld in artikel 11 en over wijziging van deze overeenkomst.

### Artikel 5 Verantwoording aan de besturen

5.1 De routedirectie legt over elk schooljaar verantwoording af aan de bevoegde gezagsorganen van alle drie partijen door middel van een jaarverslag dat uiterlijk op 1 november wordt toegezonden. Het jaarverslag bevat in elk geval de in-, door- en uitstroom per school en per routejaar, de examenresultaten, de overstappen, de resultaten van de tevredenheidspeiling en de besteding van de bijdragen bedoeld in artikel 11.

5.2 Daarnaast verstrekt de routedirectie in elke vergadering van de consortiumraad een schriftelijke voortgangsrapportage en beantwoordt zij de vragen van de bestuurders.

5.3 Ieder bevoegd gezag kan de routedirectie op elk moment om aanvullende inlichtingen verzoeken; de routedirectie verstrekt die binnen drie weken.

## Hoofdstuk III Onderwijs

### Artikel 6 Programma, examinering en locaties

6.1 Partijen beschrijven voor de gehele route gezamenlijk het onderwijsprogramma en de examinering per leerjaar in één PTA/OER, met vermelding van de vmbo-onderdelen en de mbo-onderdelen. Het PTA/OER wordt jaarlijks vóór 1 juli door de drie bevoegde gezagsorganen vastgesteld.

6.2 Routejaar 1 en 2 worden verzorgd op het Dukenburg College respectievelijk De Wijchense Poort. Op de wekelijkse Mediadag volgen leerlingen van beide scholen samen onderwijs op de Mediacampus. Routejaar 3 tot en met 5 worden verzorgd op de Mediacampus.

6.3 Het centraal examen vmbo wordt afgenomen in routejaar 2. Elke school blijft verantwoordelijk voor de vmbo-examinering van de eigen leerlingen, het ROC voor de mbo-examinering.

### Artikel 7 Personeel

7.1 Het ROC verzorgt de Mediadag met twee docenten mediavormgeving. Elk van de scholen zet een docent MVI in die op de Mediadag meewerkt.

7.2 Voor het vak- en sectoroverstijgende programmaonderdeel Beeld en verhaal in routejaar 1 en 2 vormen deze docenten een team als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB.

7.3 Personeelsleden blijven in dienst van de eigen werkgever. Een partij die personeel op een locatie van een andere partij inzet, draagt zorg voor de begeleiding en de verklaring omtrent het gedrag van dat personeel.

### Artikel 8 Voorzieningen

8.1 Het ROC stelt op de Mediadagen de fotostudio, de drukwerkplaats en twee Mac-lokalen van de Mediacampus ter beschikking.

8.2 De scholen stellen hun MVI-lokalen ter beschikking voor gezamenlijke projecten en voor de examens. De leerlingen krijgen vanaf routejaar 1 toegang tot de ontwerpsoftware onder de onderwijslicentie van het ROC.

### Artikel 9 Werkveld

9.1 Partijen werken samen met de Creatieve Coalitie Nijmegen, een netwerk van ontwerpbureaus, drukkerijen en mediabedrijven. Bij de start zijn Studio Hezelpoort, Drukkerij Van Tuijl (Wijchen) en Gelderse Poort Media aan de route verbonden.

9.2 De bedrijven leveren per routejaar ten minste twee echte opdrachten waarvoor zij als opdrachtgever optreden, bieden vanaf routejaar 3 bpv-plaatsen aan en zitten in de jury van de jaarlijkse portfoliopresentatie.

9.3 Een werkveldcommissie van ten minste drie vertegenwoordigers van de bedrijven adviseert de routedirectie twee keer per jaar over het programma en de keuzedelen.

### Artikel 10 Overstapmogelijkheden

10.1 Een leerling die de route verlaat, heeft altijd een vervolg dat naar een diploma leidt. Partijen kijken daarbij ook naar de andere routes en opleidingen in de regio.

10.2 Verlaat een leerling de route in routejaar 1 of 2, dan vervolgt hij zijn opleiding op de eigen school in de gemengde of kaderberoepsgerichte leerweg, in hetzelfde of een ander profiel, gericht op het vmbo-diploma.

10.3 Heeft een leerling aan het eind van routejaar 3 zijn vmbo-diploma niet gehaald, dan kan hij in het ROC doorgaan in deze route of instromen in een andere opleiding op niveau 3 of 4, bijvoorbeeld Medewerker creatieve productie of Signmaker, zonder dat vooropleidingseisen gelden.

10.4 Past de richting niet, dan kan de student overstappen naar een andere opleiding van het ROC op hetzelfde niveau of naar een andere instelling. In dat laatste geval begeleidt het ROC de student bij het toelatingsonderzoek.

10.5 Over het vervolg besluiten de afdelingsleider van de school van herkomst en de opleidingsmanager van het ROC samen, na een gesprek met de leerling en diens ouders, aan de hand van het bereikte onderwijsniveau en de leeftijd van de leerling. Zij leggen het besluit schriftelijk vast.

## Hoofdstuk IV Geld en medezeggenschap

### Artikel 11 Overdracht van bekostiging

11.1 Elk van de scholen draagt met toepassing van artikel 5.42a WVO 2020 voor iedere eigen leerling die op 1 oktober in routejaar 1 of 2 staat ingeschreven, een bedrag over aan het ROC. Het bedrag per leerling staat in Bijlage A.

11.2 De bijdragen zijn bestemd voor de inzet van de docenten mediavormgeving op de Mediadag en voor het gebruik van de fotostudio, de drukwerkplaats en de softwarelicenties bedoeld in artikel 8.

11.3 Het ROC draagt geen bekostiging over aan de scholen.

### Artikel 12 Medezeggenschap

12.1 Partijen stellen een routeplatform in. Daarin hebben zitting: één lid namens de medezeggenschapsraad van elke school, aangewezen door die raad, en één lid van de studentenraad van het ROC. Het routeplatform vergadert twee keer per jaar met de routedirectie.

12.2 Partijen spreken af dat zij het routeplatform om advies vragen over het concept-PTA/OER en over voorstellen tot wijziging van deze overeenkomst, voordat de bevoegde gezagsorganen besluiten. Dit advies komt naast de wettelijke rechten van de medezeggenschapsraden, de studentenraad en de ondernemingsraad.

## Hoofdstuk V Slotbepalingen

### Artikel 13 Geschillen

13.1 Een geschil tussen twee of meer partijen over de uitvoering van deze overeenkomst wordt eerst voorgelegd aan de routedirectie en, als zij het niet binnen vier weken oplost, aan de consortiumraad.

13.2 Bereikt de consortiumraad niet binnen acht weken overeenstemming, dan wordt het geschil beslecht door arbitrage overeenkomstig het Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter; de plaats van arbitrage is Arnhem.

### Artikel 14 Toetreding en uittreding

14.1 Het bevoegd gezag van een andere vmbo-school in het Rijk van Nijmegen die het profiel Media, vormgeving en ICT aanbiedt, kan tot deze overeenkomst toetreden als alle partijen schriftelijk instemmen en de toetreder deze overeenkomst door ondertekening van een toetredingsakte aanvaardt. Toetreding gaat in op 1 augustus en wordt door de toetreder gemeld in RIO.

14.2 Een partij kan uittreden door schriftelijke opzegging aan de andere partijen met een termijn van twaalf maanden, tegen 1 augustus. De overeenkomst loopt dan door tussen de overige partijen, tenzij het ROC uittreedt.

14.3 Bij uittreding van een school maken de leerlingen van die school die al in de route zitten de route af; de uittredende school blijft voor hen verantwoordelijk voor het vmbo-deel en draagt voor hen de bijdrage bedoeld in artikel 11 over.

### Artikel 15 Wijziging

15.1 Deze overeenkomst kan alleen worden gewijzigd bij schriftelijk besluit van alle partijen.

15.2 Een wijziging gaat in bij het begin van een schooljaar en geldt niet ten nadele van leerlingen en studenten die op dat moment al in de route zitten.

### Artikel 16 Looptijd en beëindiging

16.1 Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd.

16.2 Eindigt de overeenkomst geheel, doordat het ROC uittreedt of partijen haar gezamenlijk beëindigen, dan stromen er geen nieuwe leerlingen meer in en ronden alle leerlingen en studenten die al in de route zitten de route af. Voor wie dat niet lukt, geldt artikel 10.

## Ondertekening

Nijmegen, 26 mei 2025

Stichting Katholiek Voortgezet Onderwijs Nijmegen-Zuid, drs. T.A.M. Hendriks

Stichting Openbaar Voortgezet Onderwijs Wijchen-Beuningen, M. Peters-Arts

Stichting ROC Rijk van Nijmegen, dr. L. Gerritsen

---

## Bijlage A Bijdragen per leerling (artikel 11)

| Routejaar | Bijdrage per leerling per schooljaar | Betaald door | Betaling |
| Routejaar 1 | € 350 | Dukenburg College en De Wijchense Poort, elk voor de eigen leerlingen | in december |
| Routejaar 2 | € 700 | Dukenburg College en De Wijchense Poort, elk voor de eigen leerlingen | in december |

De bedragen worden elke twee jaar door de consortiumraad opnieuw bekeken aan de hand van het jaarverslag.
""")


# =============================================================================================
# 340 - verlenging met geconsolideerde tekst, platte tekst
# =============================================================================================
add(340, "verlenging_hoofdletterkoppen_platte_tekst_den_helder_kok", "txt",
    "Verlengingsovereenkomst met volledig opnieuw vastgestelde tekst in platte tekst met koppen in "
    "hoofdletters, Kop van Noord-Holland, vmbo kb Horeca, bakkerij en recreatie naar Zelfstandig werkend "
    "kok niveau 3; faciliteiten alleen als stippellijn met invulnotitie (e weak); geschillen alleen 'in "
    "onderling overleg' (i weak)",
    "p p p p w p p p w p",
    {"a": "1. DE ROUTE",
     "b": "3. HORECABEDRIJVEN",
     "c": "4. LEIDING",
     "d": "5. RAPPORTAGE EN VERANTWOORDING",
     "f": "7. OVERSTAPPEN",
     "g": "8. GELD",
     "h": "9. MEDEZEGGENSCHAP",
     "j": "11. LOOPTIJD, TOETREDING, WIJZIGING EN OPZEGGING"},
    """
VERLENGING SAMENWERKINGSOVEREENKOMST
DOORLOPENDE LEERROUTE KOKS KOP VAN NOORD-HOLLAND
tweede periode 2025-2029

Partijen

- Stichting Voortgezet Onderwijs Kop van Noord-Holland, bevoegd gezag van het Nieuwediep College te Den Helder (vmbo), vertegenwoordigd door mevrouw C. Kooiman, voorzitter college van bestuur, hierna: de school;
- Stichting ROC Kop en Wieringen, bevoegd gezag van ROC Kop en Wieringen, Horecavakschool Den Helder, vertegenwoordigd door de heer B. Zijp, lid college van bestuur, hierna: het ROC;

overwegen:

- dat zij op 12 juni 2021 een samenwerkingsovereenkomst hebben gesloten voor de doorlopende leerroute koks, die op 31 juli 2025 afloopt;
- dat de evaluatie over 2021-2025 positief was en partijen de route willen voortzetten;
- dat partijen de tekst op een aantal punten willen bijwerken en om misverstanden te voorkomen de volledige tekst opnieuw vaststellen;

en komen overeen dat de samenwerkingsovereenkomst van 12 juni 2021 met ingang van 1 augustus 2025 wordt vervangen door de volgende tekst. Gewijzigde bepalingen zijn gemarkeerd met (gewijzigd).


1. DE ROUTE

1.1 Partijen verzorgen samen een doorlopende leerroute vmbo-mbo van de kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, van het Nieuwediep College naar de vakopleiding Zelfstandig werkend kok, niveau 3, in het opleidingsdomein Horeca en bakkerij van het ROC.

1.2 De route duurt vier routejaren: routejaar 1 en 2 (leerjaar 3 en 4 vmbo) en routejaar 3 en 4 (mbo). (gewijzigd: was vijf routejaren)

1.3 Iedere partij houdt de melding van de route in RIO actueel.


2. TOELATING

Leerlingen van leerjaar 2 kb of gl met belangstelling voor het koksvak kunnen zich aanmelden. Na een kennismakingsdag op het ROC en een gesprek met leerling en ouders besluit de leiding over plaatsing. Maximaal 16 leerlingen per jaar.


3. HORECABEDRIJVEN

3.1 Partijen werken samen met de Koninklijke Horeca-afdeling Den Helder en de leerbedrijven Restaurant De Marsdiep, Hotel Zeezicht Julianadorp, Strandpaviljoen Paal 9 en de Marinekombuis van de Kooy (gastlessen).

3.2 De leerbedrijven nemen in routejaar 1 en 2 elk jaar een keukenstage van twee weken af, bieden in routejaar 3 en 4 bpv-plaatsen aan en beoordelen het praktijkexamen mee. (gewijzigd: meer bpv in routejaar 3)

3.3 Elke chef van een leerbedrijf verzorgt ten minste één masterclass per jaar voor de routeleerlingen.

3.4 In april overleggen de leiding en de leerbedrijven over de menukaart van het leerrestaurant en over wat er in het programma moet veranderen.


4. LEIDING

4.1 De leiding ligt bij een routeleiderschap van twee: de afdelingsleider kb van de school en de teamleider koks van het ROC.

4.2 De school en het ROC wijzen ieder hun routeleider aan bij besluit van het college van bestuur, voor de duur van deze overeenkomst.

4.3 De routeleiders stellen jaarlijks het routeplan op, maken het rooster, beslissen over plaatsing en overstap, zetten de docenten in binnen de uren die elke partij beschikbaar stelt en onderhouden het contact met de leerbedrijven. Zij mogen niet beslissen over uitgaven boven € 2.500 of over wijziging van deze overeenkomst.


5. RAPPORTAGE EN VERANTWOORDING

5.1 De routeleiders schrijven elk jaar vóór 15 september een routeverslag over het afgelopen schooljaar met instroom, uitval, diploma's en de ervaringen van leerbedrijven, en sturen dat naar beide colleges van bestuur.

5.2 In oktober leggen zij in een bestuurlijk overleg met een lid van elk college van bestuur verantwoording af over het routeplan. (gewijzigd: was alleen een verslag)


6. ONDERWIJS, DOCENTEN EN VOORZIENINGEN

6.1 Routejaar 1 en 2 vinden plaats op het Nieuwediep College, met in routejaar 2 één dag per week op de Horecavakschool. Routejaar 3 en 4 vinden plaats op de Horecavakschool en bij de leerbedrijven.

6.2 Het programma en de examinering per routejaar staan in één PTA/OER dat partijen elk jaar vóór 1 juli samen vaststellen. Het vmbo-examen wordt in routejaar 2 afgenomen.

6.3 Docenten koken van de school en van het ROC werken samen als één team; voor de lessen Keuken en gast in routejaar 1 en 2 wordt teambevoegdheid gebruikt. Een docent van het ROC geeft in routejaar 2 acht lesuren per week op de school. Iedere docent blijft in dienst van zijn eigen werkgever.

6.4 Gebruik van keukens, leerrestaurant en magazijn:
..................................................................
..................................................................
(in te vullen na overleg met het facilitair bedrijf van het ROC)


7. OVERSTAPPEN

7.1 Wie de route verlaat, krijgt altijd een ander traject naar een diploma.

7.2 Stoppen in routejaar 1 of 2: verder in de gewone kaderberoepsgerichte leerweg van de school, profiel Horeca, bakkerij en recreatie of een ander profiel, met het vmbo-diploma als doel.

7.3 Geen vmbo-diploma aan het einde van routejaar 2: de leerling kan bij het ROC verder in de route of in de opleiding Kok op niveau 2, zonder vooropleidingseis; het vmbo-examen mag hij in routejaar 3 opnieuw doen.

7.4 Koken past toch niet: overstap naar een andere opleiding van het ROC op niveau 3, bijvoorbeeld Gastheer/gastvrouw of Zelfstandig werkend medewerker recreatie, of naar een opleiding bij een andere instelling met hulp van het ROC.

7.5 De routeleiders besluiten samen over het vervolg, na een gesprek met de leerling en zijn ouders. Zij letten daarbij op wat de leerling al heeft bereikt en op zijn leeftijd.


8. GELD

Partijen dragen geen bekostiging aan elkaar over. Ieder draagt de kosten van de eigen docenten, lokalen en ingrediënten.


9. MEDEZEGGENSCHAP

9.1 De medezeggenschapsraad van de school en de studentenraad van het ROC bespreken de route één keer per jaar samen, in een routeoverleg medezeggenschap dat de routeleiders organiseren. (nieuw)

9.2 Leerlingen in routejaar 2 mogen één vertegenwoordiger naar de studentenraad van de Horecavakschool sturen; die heeft daar spreekrecht over zaken die de route raken.


10. GESCHILLEN

Verschillen van inzicht over de uitvoering van deze overeenkomst lossen partijen in onderling overleg op, in de geest van de goede samenwerking die zij sinds 2021 hebben opgebouwd.


11. LOOPTIJD, TOETREDING, WIJZIGING EN OPZEGGING

11.1 Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2029. Partijen besluiten uiterlijk op 1 februari 2029 over een nieuwe verlenging.

11.2 Een andere vmbo-school of mbo-instelling in de Kop van Noord-Holland kan aan de route deelnemen als beide colleges van bestuur daarmee schriftelijk instemmen en de nieuwe partij deze overeenkomst ondertekent. Deelname begint op 1 augustus.

11.3 Wijzigingen worden schriftelijk overeengekomen door beide colleges van bestuur en gaan in bij het begin van een schooljaar.

11.4 Een partij kan de overeenkomst schriftelijk opzeggen met een termijn van twaalf maanden, tegen 1 augustus.

11.5 Bij opzegging of bij afloop zonder verlenging stroomt niemand meer in. Leerlingen en studenten die al in de route zitten, ronden hun route af bij beide partijen.


Aldus overeengekomen te Den Helder op 23 juni 2025.

Voor Stichting Voortgezet Onderwijs Kop van Noord-Holland
C. Kooiman, voorzitter college van bestuur

Voor Stichting ROC Kop en Wieringen
B. Zijp, lid college van bestuur
""")

if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--check"]:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in args] if args else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
        build(n)
