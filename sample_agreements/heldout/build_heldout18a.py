#!/usr/bin/env python3
"""Build held-out sample agreements h265-h272 for leerroute-check.

Written by an independent helper session acting as test-data author. The agreements were
composed from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and
bouwsteen overstapoptie, in /work/shared/seeds), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at the checker's code, its models, its
tests or the texts of any other sample. All schools, instellingen, companies and people are
made up.

Usage:
    python3 build_heldout18a.py            build all samples
    python3 build_heldout18a.py 265 270    build only those numbers
    python3 build_heldout18a.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
SAMPLES = {}
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)


def sample(num, name, fmt, description, statuses, evidence, content):
    assert set(statuses) == set("abcdefghij"), name
    SAMPLES[num] = dict(name=name, fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, content=content)


def st(s):
    """'a=P b=W ...' shorthand -> statuses dict."""
    m = {"P": "present", "W": "weak", "M": "missing", "N": "not_applicable"}
    out = {}
    for part in s.split():
        k, v = part.split("=")
        out[k] = m[v]
    return out


def blocks(src):
    """Tiny markup -> block list.

    'T: ' title, 'S: ' subtitle, '# ' h1, '## ' h2, '- ' bullet, '1) ' numbered item (docx),
    '| a | b |' table row, '---' page break, '~ ' small print; other lines are joined into
    paragraphs separated by blank lines.
    """
    out, para, table = [], [], []

    def flush():
        if para:
            out.append(("p", " ".join(x.strip() for x in para)))
            para.clear()
        if table:
            out.append(("table", [r[:] for r in table]))
            table.clear()

    for raw in src.strip("\n").split("\n"):
        line = raw.rstrip()
        s = line.strip()
        if not s:
            flush()
            continue
        if s.startswith("|"):
            if para:
                out.append(("p", " ".join(x.strip() for x in para)))
                para.clear()
            table.append([c.strip() for c in s.strip("|").split("|")])
            continue
        if table:
            flush()
        for pre, kind in (("T: ", "title"), ("S: ", "subtitle"), ("## ", "h2"), ("# ", "h1"),
                          ("~ ", "small")):
            if s.startswith(pre):
                flush()
                out.append((kind, s[len(pre):]))
                break
        else:
            if s == "---":
                flush()
                out.append(("pagebreak", None))
            elif s.startswith("- "):
                flush()
                out.append(("li", s[2:]))
            elif re.match(r"^\d+\) ", s):
                flush()
                out.append(("num", s.split(") ", 1)[1]))
            elif (line.startswith("  ") and out and out[-1][0] in ("li", "num")
                  and not para):
                k, v = out[-1]
                out[-1] = (k, v + " " + s)
            else:
                para.append(s)
    flush()
    return out


# ---------------------------------------------------------------- writers
def write_text(path, content):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(content.strip("\n") + "\n")


def write_pdf(path, blocks, title):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=13.5, spaceAfter=5)
    styles = {
        "title": ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=15,
                                leading=19, alignment=TA_CENTER, spaceAfter=8),
        "subtitle": ParagraphStyle("st", parent=body, fontSize=10.5, alignment=TA_CENTER,
                                   spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=11.5,
                             leading=15, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-BoldOblique", fontSize=10,
                             spaceBefore=6, spaceAfter=3),
        "p": body,
        "li": ParagraphStyle("li", parent=body, leftIndent=18, firstLineIndent=-12),
        "small": ParagraphStyle("sm", parent=body, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
    }
    story = []
    for kind, val in blocks:
        if kind == "num":
            kind = "li"
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "space":
            story.append(Spacer(1, val * cm))
        elif kind == "table":
            rows = [[Paragraph(escape(c), styles["cell"]) for c in r] for r in val]
            ncol = len(val[0])
            t = Table(rows, colWidths=[(16.0 / ncol) * cm] * ncol, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 0.3 * cm))
        else:
            story.append(Paragraph(escape(val), styles[kind]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, title=title,
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def write_docx(path, blocks, title):
    import datetime
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "subtitle":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind in ("p", "small"):
            d.add_paragraph(val)
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "num":
            d.add_paragraph(val, style="List Number")
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "space":
            d.add_paragraph("")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp = d.core_properties
    cp.author = "leerroute-check heldout"
    cp.last_modified_by = "leerroute-check heldout"
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build(num):
    s = SAMPLES[num]
    path = os.path.join(OUT, s["name"] + "." + s["fmt"])
    title = s["name"]
    if s["fmt"] in ("txt", "md"):
        write_text(path, s["content"])
    elif s["fmt"] == "pdf":
        write_pdf(path, s["content"], title)
    elif s["fmt"] == "docx":
        write_docx(path, s["content"], title)
    exp = dict(description=s["description"], split="heldout", statuses=s["statuses"],
               evidence=s["evidence"])
    with open(os.path.join(OUT, s["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


# ---------------------------------------------------------------- check
def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def extract(path, fmt):
    if fmt in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if fmt == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
        pdf.close()
        return "\n".join(parts)
    if fmt == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        with zipfile.ZipFile(path) as z:
            z.read("word/document.xml")
        return "\n".join(parts)
    raise ValueError(fmt)


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(OUT, s["name"] + "." + s["fmt"])
        errs = []
        if not os.path.exists(path):
            errs.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract(path, s["fmt"]))
            except Exception as e:  # noqa
                errs.append("does not open: %r" % e)
                text = ""
            for k, ev in s["evidence"].items():
                if s["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
            for k, v in s["statuses"].items():
                if v == "present" and k not in s["evidence"]:
                    errs.append("no evidence for present item %s" % k)
        jp = os.path.join(OUT, s["name"] + ".expected.json")
        try:
            with open(jp, encoding="utf-8") as f:
                exp = json.load(f)
            want = dict(description=s["description"], split="heldout",
                        statuses=s["statuses"], evidence=s["evidence"])
            if exp != want:
                errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        print("%-70s %s" % (s["name"], "OK" if not errs else "FAIL"))
        for e in errs:
            print("    -", e)
        ok = ok and not errs
    print("ALL OK" if ok else "CHECK FAILED")
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        build(n)


# ================================================================ samples
# (sample definitions follow; the call to main() is the last line of the file)

# ---------------------------------------------------------------- h265
H265 = """
AFSPRAKENLIJST DOORLOPENDE LEERROUTE ELEKTRO
Vakcollege De Regge (Goor) - Twents Technisch College (Hengelo)
Regio Hof van Twente, schooljaar 2025-2026 en verder

Opgesteld door:  Marleen Oude Nijhuis, teamleider bovenbouw techniek, Vakcollege De Regge
                 Ruud Wolters, teamleider Elektrotechniek en Installatie, Twents Technisch College
Versie:          4 (definitief, na bespreking in beide teams op 12 juni 2025)

Waarom deze lijst?
------------------
Wij draaien deze route nu twee jaar samen. Veel ging "op de gang" geregeld. Onze besturen
willen dat de afspraken niet afhangen van wie er toevallig teamleider is, en de wet vraagt om
een samenwerkingsovereenkomst. Daarom staan hieronder alle afspraken op een rij. Als beide
besturen onderaan tekenen, geldt deze lijst als de samenwerkingsovereenkomst voor de route.
De partijen zijn:
- Stichting Voortgezet Onderwijs Hof van Twente, bevoegd gezag van Vakcollege De Regge te
  Goor (hierna: De Regge);
- Stichting Twents Technisch College, bevoegd gezag van het Twents Technisch College te
  Hengelo (hierna: TTC).

1. Welke route bieden we aan?
-----------------------------
1.1 Leerlingen van De Regge in de kaderberoepsgerichte leerweg, profiel Produceren,
    installeren en energie (PIE), kunnen aan het eind van leerjaar 2 kiezen voor de route.
1.2 De route leidt in vijf jaar naar het vmbo-diploma kader PIE en het mbo-diploma Eerste
    monteur elektrotechnische installaties in de woning en utiliteit, niveau 3 (BOL), van het
    TTC. Wie dat wil en kan, stapt in het laatste jaar over naar de BBL-variant.
1.3 De route heet bij ons op school "Elektroroute". Zo staat hij ook in de schoolgids en in
    de voorlichtingsfolder voor ouders.

2. Wie stuurt de route aan?
---------------------------
2.1 De route wordt aangestuurd door het routeteam. Daarin zitten:
    - de teamleider bovenbouw techniek van De Regge;
    - de teamleider Elektrotechniek en Installatie van het TTC;
    - een routecoordinator (een docent uit een van beide scholen, 0,2 fte).
2.2 De directeur van De Regge wijst de teamleider van De Regge aan; de clusterdirecteur
    Techniek van het TTC wijst de teamleider van het TTC aan. De routecoordinator wordt door
    die twee directeuren samen aangewezen, steeds voor twee schooljaren.
2.3 Het routeteam mag zelf beslissen over:
    - het rooster en de verdeling van de lessen over de twee locaties;
    - welke docenten binnen de afgesproken formatie in de route lesgeven;
    - het voorstel voor het gezamenlijke PTA/OER (de besturen stellen het vast);
    - de toelating van leerlingen tot de route en de begeleiding van overstappers (punt 6).
2.4 Het routeteam mag NIET: personeel aannemen of ontslaan, de formatie uitbreiden,
    afspraken maken met andere scholen of bedrijven die langer dan een schooljaar gelden, of
    deze lijst wijzigen. Dat blijft bij de besturen.

3. Hoe weten de besturen wat er gebeurt?
----------------------------------------
3.1 Het routeteam stuurt twee keer per jaar, in februari en in juli, een voortgangsverslag
    van hooguit vier pagina's naar beide besturen: aantallen leerlingen per leerjaar, wie er
    in- en uitstroomt en waarom, resultaten van examens en bpv, knelpunten.
3.2 Elk jaar in september zit het routeteam met de directeur van De Regge en de
    clusterdirecteur Techniek van het TTC aan tafel voor het jaargesprek. Daarin legt het
    routeteam verantwoording af over het afgelopen schooljaar; van dat gesprek gaat een kort
    verslag naar beide besturen.
3.3 Bijzonderheden die niet kunnen wachten (een ernstig incident, een docent die uitvalt
    zonder vervanging) meldt het routeteam binnen een week aan beide directeuren.

4. Hoe ziet het onderwijs eruit?
--------------------------------
4.1 Waar: leerjaar 3 en 4 vinden plaats op De Regge in Goor. Vanaf leerjaar 5 (het eerste
    mbo-jaar van de route) zitten de leerlingen op de TTC-locatie aan de Industriestraat in
    Hengelo; de leerlingen die hun vmbo-examen nog niet helemaal hebben afgerond, doen dat dan
    op De Regge.
4.2 Programma en examens per leerjaar staan in het gezamenlijke PTA/OER van de route. Dat
    wordt elk jaar voor 1 oktober vastgesteld door beide besturen. Het vmbo-examen ligt in
    leerjaar 4; in leerjaar 3 en 4 worden al twee mbo-onderdelen (basisvaardigheden
    installatietechniek en veiligheid/VCA) afgesloten.
4.3 Wie geeft les:
    - twee docenten elektrotechniek van het TTC geven in leerjaar 3 en 4 elke dinsdag les op
      De Regge; zij blijven in dienst van het TTC;
    - de praktijkdocent PIE van De Regge geeft in leerjaar 5 het keuzedeel domotica op het
      TTC; hij blijft in dienst van De Regge;
    - voor het vakoverstijgende project "Huis van de toekomst" (leerjaar 4 en 5) werken we met
      een team van vijf docenten uit beide scholen (teambevoegdheid). Ieder teamlid is bevoegd
      voor minstens een vak of programmaonderdeel en blijft verantwoordelijk voor zijn eigen
      deel. Welke onderdelen dat zijn, staat in het PTA/OER.
4.4 Ruimtes en spullen:
    - het installatielokaal van De Regge is op woensdagmiddag beschikbaar voor TTC-groepen;
    - het TTC stelt zijn domoticalab en de meetapparatuur voor NEN 1010-metingen beschikbaar
      voor de leerlingen van leerjaar 4 (donderdag, lesuur 3 tot 6);
    - leerlingen van de route mogen de mediatheek en de kantine van beide locaties gebruiken.
4.5 Inschrijving: in leerjaar 3 en 4 staan de leerlingen ingeschreven bij De Regge, vanaf
    leerjaar 5 bij het TTC. Verzuim meldt de school waar de leerling op dat moment
    ingeschreven staat.
4.6 Klachten: een klacht over een docent van de andere school wordt behandeld volgens de
    klachtenregeling van de school waar de leerling ingeschreven staat; de andere school werkt
    mee aan het onderzoek.

5. Wat doen de bedrijven?
-------------------------
5.1 Drie installatiebedrijven uit de regio doen vast mee: Kamphuis Installatietechniek
    (Markelo), Elektro Nijhof (Delden) en Bouwmeester Energie (Goor). Nieuwe bedrijven
    kunnen aanschuiven als het routeteam dat goed vindt.
5.2 Wat zij doen:
    - zij bieden plekken voor de snuffelstage in leerjaar 4 en voor de bpv in leerjaar 5 en 6;
    - zij verzorgen samen minstens vier gastlessen per schooljaar;
    - een vakman van een van de bedrijven beoordeelt mee bij de proeve van bekwaamheid;
    - twee keer per jaar (oktober en maart) is er werkveldoverleg waarin de bedrijven
      meedenken over het programma van het volgende jaar.
5.3 De praktijkopleiders van de bedrijven krijgen ieder jaar in augustus het rooster en de
    bpv-planning van het routeteam.

6. Als de route niet (meer) past
--------------------------------
6.1 Geen enkele leerling valt tussen wal en schip. Wie uit de route stapt, krijgt altijd
    een plek waarmee hij of zij nog een vmbo- of mbo-diploma kan halen.
6.2 Hoe beslissen we? De mentor van De Regge of de studieloopbaanbegeleider van het TTC
    bespreekt de situatie met de leerling en de ouders. Daarna besluiten de twee teamleiders
    SAMEN welke plek het best past. Ze kijken daarbij naar wat de leerling al gehaald heeft
    (vmbo- en mbo-onderdelen) en naar de leeftijd van de leerling.
6.3 Mogelijke plekken:
    a. Stoppen in leerjaar 3 of 4: de leerling gaat verder in de gewone kaderberoepsgerichte
       leerweg PIE op De Regge (of een ander profiel als dat beter past) en doet gewoon
       vmbo-examen.
    b. Vmbo-diploma aan het eind van leerjaar 5 nog niet gehaald: de leerling kan zonder dat
       diploma doorgaan in een mbo-opleiding op niveau 3 van het TTC; de gewone
       toelatingseisen gelden dan niet. Blijven zitten om het vmbo-diploma alsnog te halen
       mag ook, als de leerling dat liever wil.
    c. Niveau 3 blijkt te zwaar: de leerling stapt over naar Monteur elektrotechnische
       installaties, niveau 2, bij het TTC en houdt wat al gehaald is.
    d. Toch een andere richting: een andere opleiding van het TTC op hetzelfde niveau, of
       een opleiding bij een andere mbo-school in de regio (bijvoorbeeld na een verhuizing).
       Die school mag eerst een geschiktheidsonderzoek doen; wij zorgen voor een warme
       overdracht met het dossier van de leerling.
6.4 In de schoolgids van De Regge en de studiegids van het TTC staat in gewone taal hoe dit
    werkt.

7. Als we het oneens zijn
-------------------------
Als we het over de uitvoering van deze afspraken oneens zijn, praten we erover en lossen we
het in onderling overleg op. Dat is de afgelopen twee jaar steeds gelukt.

8. Een school erbij, stoppen of iets veranderen
-----------------------------------------------
8.1 Een andere vmbo-school uit Twente die PIE in de kaderberoepsgerichte leerweg aanbiedt,
    kan meedoen als beide besturen daar schriftelijk mee instemmen en de nieuwe school deze
    lijst ondertekent. Meedoen kan alleen met ingang van een nieuw schooljaar, en pas nadat de
    nieuwe school de route bij DUO heeft gemeld. Leerlingen die al in de route zitten, merken
    daar niets van: hun rooster en hun docenten blijven hetzelfde.
8.2 Een bestuur dat wil stoppen, zegt de samenwerking schriftelijk op voor 1 februari. De
    samenwerking eindigt dan op 31 juli van het volgende schooljaar. Vanaf de opzegging
    nemen we geen nieuwe leerlingen meer aan. Leerlingen die al in de route zitten, maken hun
    route af op dezelfde locaties en met hetzelfde programma; beide scholen blijven tot dan
    docenten en lokalen leveren.
8.3 Veranderen kan alleen schriftelijk, met de handtekening van beide besturen. Een
    verandering geldt niet voor een lopend leerjaar; een leerling houdt het PTA/OER van het
    jaar waarin hij begon, tenzij de verandering voor hem gunstiger is.
8.4 Deze lijst geldt vanaf 1 augustus 2025 zolang niemand opzegt.

Voor akkoord, Goor/Hengelo, 30 juni 2025

Stichting Voortgezet Onderwijs Hof van Twente      Stichting Twents Technisch College
H.J. Morsink, bestuurder                           drs. A.M. Scholten, voorzitter college van bestuur
"""

sample(
    265, "h265_afsprakenlijst_teamleiders_hof_van_twente", "txt",
    "Teamleiders' afsprakenlijst in plain text, Hof van Twente, PIE kb -> Eerste monteur "
    "elektrotechnische installaties niveau 3; question headings, informal wij-voice; geschil only "
    "'in onderling overleg' (i weak); nothing at all about finances (g missing); no medezeggenschap.",
    st("a=P b=P c=P d=P e=P f=P g=M h=N i=W j=P"),
    {"a": "1. Welke route bieden we aan?", "b": "5. Wat doen de bedrijven?",
     "c": "2. Wie stuurt de route aan?", "d": "3. Hoe weten de besturen wat er gebeurt?",
     "e": "4. Hoe ziet het onderwijs eruit?", "f": "6. Als de route niet (meer) past",
     "j": "8. Een school erbij, stoppen of iets veranderen"},
    H265)

# ---------------------------------------------------------------- h266
H266 = """
T: SAMENWERKINGSOVEREENKOMST
S: inzake de doorlopende leerroute vmbo-mbo "Groene Glastuinbouw Midden-Delfland" (profiel Groen - middenkaderopleiding teelt en techniek)
~ Dossiernummer 2025/0417-OND. Opgesteld door Van Rijckevorsel Kolff Advocaten, sectie onderwijsrecht, Den Haag, in opdracht van partijen. Definitieve tekst d.d. 27 juni 2025.

# DE ONDERGETEKENDEN:

1. de stichting Stichting Openbaar Voortgezet Onderwijs Delflanden, statutair gevestigd te Schipluiden, kantoorhoudende aan de Gaagweg 14 te (2636 AJ) Schipluiden, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41148833, in haar hoedanigheid van bevoegd gezag van de school voor voorbereidend beroepsonderwijs en mavo "Vakcollege Midden-Delfland" (BRIN 17XK), te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw mr. C.J. van Leeuwen-Bakker, hierna te noemen: "de School";

2. de stichting Stichting Agrarisch en Groen Opleidingscentrum Westland-Delfland, statutair gevestigd te Naaldwijk, kantoorhoudende aan de Verspijckweg 3 te (2671 LK) Naaldwijk, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 27291045, in haar hoedanigheid van bevoegd gezag van een instelling voor beroepsonderwijs (hierna ook: "AOC Westland-Delfland"), te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer ing. P.W. Zwinkels MBA, hierna te noemen: "de Instelling";

de School en de Instelling hierna gezamenlijk ook te noemen: "Partijen" en ieder afzonderlijk: "Partij";

# IN AANMERKING NEMENDE DAT:

A. de School in de kaderberoepsgerichte leerweg en de gemengde leerweg het profiel Groen aanbiedt en de Instelling in het opleidingsdomein Voedsel, natuur en leefomgeving onder meer middenkaderopleidingen op het gebied van teelt en glastuinbouwtechniek verzorgt;

B. Partijen sinds het schooljaar 2019-2020 in het kader van een experiment samenwerken in een zogeheten groene vakmanschapsroute en zij die samenwerking willen voortzetten en omzetten in een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 (hierna: "WVO 2020") en artikel 9.1.2 van de Wet educatie en beroepsonderwijs (hierna: "WEB");

C. een doorlopende leerroute op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB slechts kan worden verzorgd op grond van een samenwerkingsovereenkomst die ten minste de in die artikelen genoemde onderwerpen regelt;

D. de glastuinbouw in Midden-Delfland en het Westland een structureel tekort kent aan technisch geschoolde teeltmedewerkers en leidinggevenden en de in artikel 4 genoemde werkgevers hebben verklaard aan de leerroute te willen bijdragen;

E. Partijen de gevolgen van wijziging of beëindiging van hun samenwerking voor leerlingen en studenten zo veel mogelijk willen beperken;

# KOMEN ALS VOLGT OVEREEN:

# Artikel 1 Begripsbepalingen

In deze overeenkomst wordt verstaan onder:
- a. Leerroute: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2 van deze overeenkomst;
- b. Leerling: een deelnemer aan de Leerroute die is ingeschreven bij de School;
- c. Student: een deelnemer aan de Leerroute die is ingeschreven bij de Instelling;
- d. vo-fase: de eerste twee leerjaren van de Leerroute (leerjaar 3 en 4 van de School);
- e. mbo-fase: de leerjaren van de Leerroute na de vo-fase;
- f. Routedirectie: het orgaan, bedoeld in artikel 5;
- g. Programmadocument: het door beide besturen vastgestelde gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de Leerroute, bedoeld in artikel 7 lid 3;
- h. Werkveldraad: de raad, bedoeld in artikel 4 lid 2.

De begrippen in dit artikel hebben geen zelfstandige betekenis voor de verplichtingen van Partijen; die volgen uit de artikelen 2 tot en met 21.

# Artikel 2 Voorwerp van de overeenkomst: de Leerroute

1. Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die aansluit op het vmbo-profiel Groen, in de kaderberoepsgerichte leerweg en in de gemengde leerweg van de School.

2. De Leerroute leidt, naast het vmbo-diploma, tot het diploma van de middenkaderopleiding Vakexpert teelt en techniek (niveau 4, beroepsopleidende leerweg) in het opleidingsdomein Voedsel, natuur en leefomgeving, die de Instelling verzorgt op haar locatie Naaldwijk.

3. De nominale duur van de Leerroute bedraagt vijf jaar: twee jaar vo-fase en drie jaar mbo-fase. Een verkorting van de mbo-fase tot twee en een half jaar is mogelijk voor Studenten die daarvoor naar het oordeel van de examencommissie van de Instelling in aanmerking komen.

4. Partijen melden de Leerroute gezamenlijk aan de Minister van Onderwijs, Cultuur en Wetenschap door registratie in het Registratie Instellingen en Opleidingen (RIO), uiterlijk vier weken na ondertekening van deze overeenkomst. Ieder van Partijen draagt zorg voor zijn eigen registratie.

# Artikel 3 Ingangsdatum en duur

1. Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.

2. De samenwerkingsovereenkomst inzake de groene vakmanschapsroute van 4 juli 2019 vervalt met ingang van de in lid 1 genoemde datum. Leerlingen en Studenten die onder die overeenkomst zijn ingestroomd, vervolgen hun opleiding onder deze overeenkomst, zonder dat hun programma in het lopende schooljaar wijzigt.

# Artikel 4 Betrokkenheid van het bedrijfsleven

1. Partijen betrekken het regionale bedrijfsleven bij de invulling van de Leerroute op de wijze zoals in dit artikel omschreven.

2. Partijen stellen een Werkveldraad in, bestaande uit ten minste vier vertegenwoordigers van glastuinbouwbedrijven en toeleveranciers uit de regio, waaronder in elk geval Kwekerij Van der Knaap Tomaten B.V. (Maasland), Orchidee Kwekerij Duyvesteijn (Schipluiden), Kas-Tech Klimaatregeling B.V. (De Lier) en de regionale afdeling van de brancheorganisatie Glastuinbouw Nederland. Een adviseur praktijkleren van de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB) neemt als vaste gast deel.

3. De Werkveldraad komt ten minste drie keer per schooljaar bijeen en heeft de volgende taken:
- a. advisering over de keuze van keuzedelen en de actualiteit van het Programmadocument, in het bijzonder op het gebied van teeltautomatisering, energietransitie en gewasbescherming;
- b. het aanleveren van ten minste twee levensechte praktijkopdrachten per leerjaar;
- c. het (doen) verzorgen van gastlessen en bedrijfsbezoeken, ten minste zes per schooljaar over de gehele Leerroute;
- d. het ter beschikking stellen van voldoende erkende leerbedrijfsplaatsen voor de oriënterende stage in leerjaar 4 en de beroepspraktijkvorming in de mbo-fase;
- e. het leveren van praktijkbeoordelaars die samen met een examinator van de Instelling de proeven van bekwaamheid in de mbo-fase afnemen.

4. De Routedirectie stelt jaarlijks vóór 1 juni, na advies van de Werkveldraad, een bpv-plan vast waarin de verdeling van Leerlingen en Studenten over de leerbedrijven is vastgelegd.

# Artikel 5 Leiding over de Leerroute

1. De leiding over de Leerroute berust bij de Routedirectie.

2. Samenstelling. De Routedirectie bestaat uit drie leden:
- a. de afdelingsleider bovenbouw beroepsgericht van de School;
- b. de opleidingsmanager Teelt en Techniek van de Instelling;
- c. een routecoördinator, die tevens secretaris is.

3. Benoeming. Het lid onder a wordt benoemd en ontslagen door het college van bestuur van de School; het lid onder b door het college van bestuur van de Instelling. De routecoördinator wordt na een gezamenlijke selectieprocedure benoemd door beide colleges van bestuur bij gelijkluidend besluit, voor een periode van drie jaar, die eenmaal kan worden verlengd. Bij een vacature voorziet het betrokken college van bestuur daarin binnen drie maanden.

4. Taken. De Routedirectie is belast met:
- a. de dagelijkse leiding en de kwaliteitszorg van de Leerroute;
- b. het opstellen van het ontwerp-Programmadocument en de jaarlijkse evaluatie daarvan;
- c. de roostering en de inzet van personeel binnen de door de colleges van bestuur toegekende formatie;
- d. de toelating van Leerlingen tot de Leerroute en de voorbereiding van besluiten over de overstapoptie (artikel 12);
- e. het contact met de Werkveldraad en de uitvoering van het bpv-plan;
- f. de voorbereiding van de rapportages, bedoeld in artikel 6.

5. Bevoegdheden. Aan de Routedirectie is opgedragen en gemandateerd:
- a. het nemen van besluiten over rooster, groepsindeling en lesplaats;
- b. het aangaan van verplichtingen ten laste van het routebudget, bedoeld in artikel 13 lid 4, tot een bedrag van EUR 10.000 per verplichting;
- c. het sluiten van bpv-overeenkomsten namens de Instelling, met inachtneming van het mandaatbesluit van de Instelling.

6. Voorbehouden. De vaststelling van het Programmadocument, besluiten over aanstelling en ontslag van personeel, het aangaan van verplichtingen boven EUR 10.000 en besluiten die de looptijd van een schooljaar overstijgen, blijven voorbehouden aan de colleges van bestuur.

7. De Routedirectie besluit bij consensus. Bereikt zij geen consensus, dan legt zij het onderwerp binnen twee weken voor aan de colleges van bestuur.

# Artikel 6 Inlichtingen en verantwoording

1. De Routedirectie verstrekt de colleges van bestuur van beide Partijen gevraagd en ongevraagd alle inlichtingen die zij voor de uitoefening van hun taak nodig hebben.

2. De Routedirectie legt verantwoording af door middel van:
- a. een kwartaalrapportage aan beide colleges van bestuur, uiterlijk zes weken na afloop van elk kwartaal, over instroom, doorstroom, uitval, verzuim, uitputting van het routebudget en bijzondere gebeurtenissen;
- b. een jaarverslag over het afgelopen schooljaar, uiterlijk 1 november, met de resultaten van de vmbo-examens en de mbo-examinering, de uitkomsten van de tevredenheidsmetingen onder Leerlingen, Studenten en leerbedrijven, de besteding van de overgedragen middelen en een voorstel voor verbeteringen;
- c. een bestuurlijk overleg tussen de colleges van bestuur en de Routedirectie, tweemaal per jaar, in november en in mei, waarin het jaarverslag respectievelijk de voortgang worden besproken en de colleges van bestuur de Routedirectie décharge verlenen.

3. Ieder college van bestuur neemt de kernresultaten van de Leerroute op in zijn jaarverslag onderscheidenlijk bestuursverslag.

# Artikel 7 Onderwijskundige inrichting

1. De Leerroute is een ononderbroken programma waarin vmbo- en mbo-onderdelen vanaf leerjaar 3 op elkaar zijn afgestemd en overlap wordt vermeden.

2. Het centraal examen van de vmbo-opleiding wordt afgenomen in leerjaar 4; het schoolexamen is gespreid over leerjaar 3 en 4. Onderdelen van de mbo-examinering (in elk geval het keuzedeel Duurzaamheid in de teelt) kunnen vanaf leerjaar 4 worden afgenomen.

3. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden voor de gehele Leerroute per leerjaar beschreven in het Programmadocument. Daarin wordt bij ieder programmaonderdeel vermeld of het tot het voortgezet onderwijs, tot het beroepsonderwijs of tot beide behoort, en in welke onderdelen teams als bedoeld in artikel 9 lid 3 worden ingezet. De colleges van bestuur stellen het Programmadocument jaarlijks vóór 1 oktober vast voor het volgende schooljaar.

4. Leerlingen en Studenten krijgen gedurende de gehele Leerroute loopbaanoriëntatie en -begeleiding door één vaste coach, die in de vo-fase in dienst is van de School en in de mbo-fase van de Instelling. Bij de overgang naar de mbo-fase vindt een warme overdracht plaats.

# Artikel 8 Organisatorische inrichting, locaties en faciliteiten

1. De vo-fase wordt verzorgd op de locatie van de School aan de Gaagweg te Schipluiden, met uitzondering van één dag per week in leerjaar 4, die plaatsvindt in het Teeltcentrum van de Instelling te Naaldwijk. De mbo-fase wordt verzorgd op de locatie Naaldwijk van de Instelling en bij de leerbedrijven.

2. Partijen stellen elkaar de volgende faciliteiten om niet ter beschikking:
- a. de Instelling: de onderwijskas met klimaatcomputer, het teeltlaboratorium en het practicumlokaal gewasbescherming, op de in het rooster vastgelegde dagdelen;
- b. de School: het praktijklokaal Groen en de schooltuin, alsmede een lokaal voor de mbo-docenten op de dagen dat zij op de School lesgeven;
- c. beide Partijen: toegang tot de elektronische leeromgeving en het leerlingvolgsysteem voor zover nodig voor de Leerroute, met inachtneming van artikel 11.

3. Leerlingen worden in de vo-fase ingeschreven bij de School en met ingang van de mbo-fase bij de Instelling. Een Student die zijn vmbo-diploma nog niet heeft behaald, blijft voor het vmbo-deel bij de School ingeschreven totdat zijn vo-activiteiten zijn afgerond. Verzuim wordt gemeld door de Partij bij wie de deelnemer ingeschreven staat.

4. De klachtenregeling van ieder van Partijen is mede van toepassing op gedragingen van personeel van de andere Partij jegens Leerlingen of Studenten in het kader van de Leerroute. Partijen verlenen elkaar alle medewerking bij de behandeling van zulke klachten.

# Artikel 9 Inzet van personeel

1. Ieder van Partijen blijft werkgever van het eigen personeel. Personeel van de ene Partij dat werkzaamheden verricht op de locatie van de andere Partij, volgt de huisregels van die locatie.

2. De Instelling zet in de vo-fase ten minste 0,6 fte aan docenten teelt en techniek in op de School; de School zet in de mbo-fase ten minste 0,2 fte van een docent biologie/groen in voor het generieke en het keuzedeelonderwijs van de Instelling. De precieze inzet wordt jaarlijks in het formatieplan van de Leerroute vastgelegd.

3. Voor de vak- en sectoroverstijgende projecten "Kas van de toekomst" (leerjaar 4) en "Teelt in de keten" (leerjaar 5) werken Partijen met een docententeam als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Ieder teamlid bezit een bevoegdheid voor ten minste één vak dan wel voldoet aan artikel 4.2.1 WEB, het team dekt gezamenlijk alle betrokken vakken en programmaonderdelen, en ieder teamlid blijft verantwoordelijk voor het deel waarvoor hij bevoegd is.

4. Partijen organiseren jaarlijks ten minste twee gezamenlijke studiedagen voor het personeel van de Leerroute.

# Artikel 10 Examinering en diplomering

1. De School is verantwoordelijk voor de examinering en diplomering van het vmbo-deel, ook wanneer een deelnemer inmiddels als Student bij de Instelling staat ingeschreven; de Instelling is verantwoordelijk voor de examinering en diplomering van het mbo-deel.

2. De examencommissies van beide Partijen overleggen ten minste tweemaal per jaar over de afstemming van de examinering.

# Artikel 11 Privacy

1. Partijen wisselen alleen persoonsgegevens van Leerlingen en Studenten uit voor zover noodzakelijk voor de uitvoering van de Leerroute. Zij sluiten daartoe een afzonderlijke overeenkomst inzake gegevensverwerking.

# Artikel 12 Overstapoptie

1. Een Leerling of Student wiens deelname aan de Leerroute eindigt voordat hij deze met goed gevolg heeft doorlopen, wordt door Partijen in staat gesteld een vmbo-diploma dan wel een mbo-diploma te behalen dat past bij het door hem bereikte onderwijsniveau en zijn leeftijd.

2. Welke vervolgopleiding passend is, wordt vastgesteld bij gezamenlijk besluit van de afdelingsleider en de opleidingsmanager in de Routedirectie, nadat de coach met de deelnemer en, indien hij minderjarig is, diens ouders of verzorgers een gesprek heeft gevoerd en hun voorkeur is gehoord. Het besluit wordt schriftelijk en gemotiveerd aan de deelnemer meegedeeld.

3. Partijen hanteren daarbij in ieder geval de volgende kaders:
- a. beëindiging in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte of gemengde leerweg van de School, in het profiel Groen of, indien dat beter past, in een ander profiel, gericht op het behalen van het vmbo-diploma;
- b. het vmbo-diploma is aan het einde van het derde leerjaar van de Leerroute niet behaald of de deelnemer is afgewezen voor het eindexamen: instroom in een opleiding van de Instelling op niveau 3 of 4 zonder vmbo-diploma, waarbij de vooropleidingseisen ingevolge artikel 9.1.14 WEB niet van toepassing zijn, dan wel herhaling van het examenjaar bij de School;
- c. het niveau 4 blijkt niet haalbaar: overstap naar de vakopleiding Teler (niveau 3) van de Instelling met behoud van behaalde onderdelen;
- d. een andere richting is gewenst: een opleiding op vergelijkbaar niveau in een ander domein bij de Instelling, of bij een andere instelling in de regio; Partijen bemiddelen bij de aanmelding en verstrekken de ontvangende instelling het dossier ten behoeve van een eventueel geschiktheidsonderzoek.

4. De School en de Instelling nemen de uitwerking van de overstapoptie op in hun schoolgids respectievelijk studiegids.

5. Dit artikel is niet van toepassing in geval van definitieve verwijdering.

# Artikel 13 Bekostiging en overdracht van middelen

1. Er wordt geen aanvullende bekostiging voor de Leerroute ontvangen. Partijen dragen in beginsel ieder de eigen kosten, behoudens het bepaalde in de leden 2 tot en met 4.

2. Met toepassing van artikel 5.42a WVO 2020 draagt de School aan de Instelling over een bedrag van EUR 1.150 per Leerling per schooljaar in leerjaar 4 van de Leerroute, naar het aantal Leerlingen op 1 oktober van het betreffende schooljaar. Dit bedrag is bestemd voor de inzet van docenten teelt en techniek van de Instelling in de vo-fase en voor het gebruik van de onderwijskas en het teeltlaboratorium door Leerlingen.

3. Met toepassing van artikel 9.1.15 WEB draagt de Instelling aan de School over een bedrag van EUR 18.500 per schooljaar voor de inzet van de docent biologie/groen in de mbo-fase, bedoeld in artikel 9 lid 2.

4. Partijen storten ieder jaarlijks EUR 7.500 in een routebudget, dat wordt beheerd door de Instelling en uitsluitend bestemd is voor leermiddelen, excursies, de studiedagen van artikel 9 lid 4 en de kosten van de Werkveldraad.

5. Betaling van de bedragen in lid 2 en lid 3 geschiedt in twee termijnen, op 1 december en 1 mei, na facturering. De besteding wordt verantwoord in het jaarverslag van artikel 6 lid 2 onder b.

# Artikel 14 Medezeggenschap

1. Voor Leerlingen, hun ouders en het personeel van de School geldt de Wet medezeggenschap op scholen; voor Studenten, hun ouders en het personeel van de Instelling gelden hoofdstuk 8a WEB en de Wet op de ondernemingsraden.

2. In aanvulling daarop spreken Partijen het volgende af:
- a. Leerlingen in leerjaar 4 van de Leerroute kiezen uit hun midden één vertegenwoordiger die als toehoorder met spreekrecht deelneemt aan de vergaderingen van de studentenraad van de Instelling over onderwerpen die de Leerroute raken;
- b. de medezeggenschapsraad van de School en de studentenraad en de ondernemingsraad van de Instelling worden jaarlijks in maart gezamenlijk door de Routedirectie geïnformeerd over het jaarverslag en de plannen voor het volgende schooljaar;
- c. een voorgenomen besluit over een wezenlijke wijziging of de beëindiging van de Leerroute wordt gelijktijdig aan de bevoegde medezeggenschapsorganen van beide Partijen voorgelegd.

# Artikel 15 Aansprakelijkheid en verzekering

1. Ieder van Partijen is aansprakelijk voor schade die door haar personeel in de uitvoering van deze overeenkomst wordt veroorzaakt en draagt zorg voor een adequate verzekering. De collectieve ongevallenverzekering van de Partij waar de deelnemer staat ingeschreven, is van toepassing.

# Artikel 16 Geschillen

1. Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst besproken in de Routedirectie.

2. Leidt dit binnen vier weken niet tot een oplossing, dan legt ieder van Partijen het geschil voor aan een bestuurlijk overleg van de beide voorzitters van de colleges van bestuur, dat binnen vier weken na het verzoek plaatsvindt.

3. Komen de voorzitters niet tot overeenstemming, dan trachten Partijen het geschil op te lossen door mediation overeenkomstig het reglement van de Mediatorsfederatie Nederland. De kosten van de mediator worden door Partijen gelijk gedragen.

4. Is het geschil binnen drie maanden na aanvang van de mediation niet opgelost, dan wordt het beslecht door de bevoegde rechter in het arrondissement Den Haag.

5. Op deze overeenkomst is Nederlands recht van toepassing.

# Artikel 17 Toetreding

1. Een andere school voor vbo of mavo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden indien:
- a. zij het profiel Groen respectievelijk een middenkaderopleiding in het domein Voedsel, natuur en leefomgeving verzorgt;
- b. beide Partijen schriftelijk met de toetreding instemmen;
- c. de toetredende partij een toetredingsverklaring ondertekent waarin zij alle rechten en verplichtingen uit deze overeenkomst aanvaardt;
- d. de toetredende partij de Leerroute in RIO registreert.

2. Toetreding geschiedt met ingang van 1 augustus van enig jaar. De toetreding mag niet leiden tot wijziging van het Programmadocument voor Leerlingen en Studenten die al in de Leerroute zijn ingestroomd.

# Artikel 18 Wijziging

1. Wijziging van deze overeenkomst is slechts geldig indien zij schriftelijk is overeengekomen en door beide Partijen is ondertekend.

2. Elke Partij kan een voorstel tot wijziging doen; Partijen treden binnen zes weken in overleg. Bij de beoordeling van het voorstel wegen Partijen uitdrukkelijk de gevolgen voor Leerlingen en Studenten mee. Een wijziging die het programma van zittende Leerlingen of Studenten raakt, treedt niet eerder in werking dan met ingang van het volgende schooljaar.

3. Partijen evalueren deze overeenkomst eens per drie jaar, voor het eerst in het schooljaar 2027-2028.

# Artikel 19 Opzegging en ontbinding

1. Ieder van Partijen kan deze overeenkomst schriftelijk opzeggen met ingang van 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden.

2. Ieder van Partijen kan deze overeenkomst met onmiddellijke ingang ontbinden indien de andere Partij in staat van faillissement wordt verklaard of surséance van betaling aanvraagt, of indien de andere Partij na schriftelijke ingebrekestelling en een redelijke termijn tot herstel tekortschiet in de nakoming van een wezenlijke verplichting.

3. Na een opzegging of ontbinding stromen geen nieuwe Leerlingen meer in de Leerroute in. Partijen blijven gehouden de Leerroute uit te voeren voor alle Leerlingen en Studenten die op het moment van opzegging of ontbinding zijn ingeschreven, totdat zij hun diploma hebben behaald of de Leerroute op andere wijze hebben verlaten. Waar dat niet mogelijk is, bieden Partijen deze deelnemers een gelijkwaardig alternatief overeenkomstig artikel 12.

4. De verplichtingen van artikel 13 gelden voor de duur van de afbouw naar rato van het aantal deelnemers.

# Artikel 20 Slotbepalingen

1. Bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de overeenkomst voor.

2. Deze overeenkomst is in tweevoud opgemaakt.

# Artikel 21 Citeertitel

Deze overeenkomst kan worden aangehaald als: Samenwerkingsovereenkomst Groene Glastuinbouw Midden-Delfland 2025.

Aldus overeengekomen en in tweevoud ondertekend,

te Schipluiden op 30 juni 2025
Stichting Openbaar Voortgezet Onderwijs Delflanden, mr. C.J. van Leeuwen-Bakker, voorzitter college van bestuur

te Naaldwijk op 30 juni 2025
Stichting Agrarisch en Groen Opleidingscentrum Westland-Delfland, ing. P.W. Zwinkels MBA, voorzitter college van bestuur

---
# Bijlage 1 Hoofdlijnen programma per leerjaar

| Leerjaar | Fase en locatie | Hoofdonderdelen | Examinering |
| 3 | vo-fase, School (Schipluiden) | profielvakken Groen, oriëntatie teelt en techniek, praktijkopdrachten Werkveldraad | schoolexamen vmbo (deel) |
| 4 | vo-fase, School en Teeltcentrum (1 dag per week) | centraal examen vmbo, project Kas van de toekomst (team), oriënterende stage | CE en SE vmbo; keuzedeel Duurzaamheid in de teelt |
| 5 | mbo-fase, Instelling (Naaldwijk) | kerntaken teelt, klimaatregeling, project Teelt in de keten (team) | mbo-examinering, proeve 1 |
| 6 | mbo-fase, Instelling en leerbedrijf | bpv 2 dagen per week, leidinggeven, gewasbescherming | proeve 2 |
| 7 | mbo-fase, Instelling en leerbedrijf | bpv 3 dagen per week, bedrijfsvoering, afstudeeropdracht | proeve 3, diplomering niveau 4 |

~ Deze bijlage geeft de hoofdlijnen; het Programmadocument (artikel 7 lid 3) is bepalend.
"""

sample(
    266, "h266_advocatencontract_lang_midden_delfland", "pdf",
    "Long lawyer's contract (PDF, 21 articles + programme annex), Midden-Delfland, Groen kb/gl -> "
    "Vakexpert teelt en techniek niveau 4 at an AOC; fully compliant incl. transfer with amounts "
    "and purposes and extra medezeggenschap arrangements.",
    st("a=P b=P c=P d=P e=P f=P g=P h=P i=P j=P"),
    {"a": "Artikel 2 Voorwerp van de overeenkomst: de Leerroute",
     "b": "Artikel 4 Betrokkenheid van het bedrijfsleven",
     "c": "Artikel 5 Leiding over de Leerroute",
     "d": "Artikel 6 Inlichtingen en verantwoording",
     "e": "Artikel 8 Organisatorische inrichting, locaties en faciliteiten",
     "f": "Artikel 12 Overstapoptie",
     "g": "Artikel 13 Bekostiging en overdracht van middelen",
     "h": "Artikel 14 Medezeggenschap",
     "i": "Artikel 16 Geschillen",
     "j": "Artikel 17 Toetreding"},
    blocks(H266))

# ---------------------------------------------------------------- h267
H267 = """
T: Convenant Zorgroute Westerwolde
S: Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Zorg en welzijn, opgesteld op initiatief van de gemeente Westerwolde (afdeling Samenleving, team Onderwijs en Jeugd)

# Partijen

1) Het college van burgemeester en wethouders van de gemeente Westerwolde, namens deze vertegenwoordigd door de wethouder onderwijs, mevrouw J. Snoek-Hilbrands, hierna: de gemeente;
2) Stichting Openbaar Voortgezet Onderwijs Westerwolde, bevoegd gezag van Vakschool Westerwolde, Sportlaan 2 te Ter Apel, vertegenwoordigd door de directeur-bestuurder, de heer R. Mulder, hierna: de school;
3) Stichting Regionaal Opleidingencentrum Dollard-Veenkoloniën, bevoegd gezag van ROC Dollard, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. E.A. Veldkamp, hierna: het ROC.

# Overwegingen

a. Westerwolde vergrijst sneller dan het landelijk gemiddelde. Zorg- en welzijnsorganisaties in de gemeente hebben moeite hun vacatures te vullen.

b. In de agenda "Westerwolde Werkt!" (raadsbesluit 14 maart 2024) heeft de gemeente zich voorgenomen jongeren in de eigen regio op te leiden voor werk in de eigen regio.

c. Zorgaanbieders in Westerwolde, waaronder Zorggroep De Boslaan en Thuiszorg Oost-Groningen, hebben laten weten dat zij graag een rol spelen bij het opleiden van deze jongeren; partijen zien het bedrijfsleven als een belangrijke partner bij de invulling van de zorgroute.

d. De school en het ROC willen vanaf het schooljaar 2025-2026 een doorlopende leerroute vmbo-mbo aanbieden. De wet schrijft voor dat dit gebeurt op grond van een samenwerkingsovereenkomst tussen het bevoegd gezag van de school en het bevoegd gezag van de instelling.

e. De gemeente is geen partij bij het verzorgen van het onderwijs, maar ondersteunt de route vanuit haar rol voor jeugd, leerplicht en arbeidsmarkt. Daarom is gekozen voor een convenant met drie partijen. Voor zover dit convenant afspraken bevat tussen de school en het ROC over het onderwijs, geldt het tussen hen als samenwerkingsovereenkomst als bedoeld in artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs.

Partijen spreken het volgende af.

# Artikel 1 Doel

Doel van dit convenant is dat jongeren uit Westerwolde in één ononderbroken route, dicht bij huis, een vmbo-diploma en een mbo-diploma in de zorg en het welzijn behalen.

# Artikel 2 De Zorgroute

2.1 De school en het ROC verzorgen samen een doorlopende leerroute (hierna: de Zorgroute) voor leerlingen van de basisberoepsgerichte leerweg met het profiel Zorg en welzijn.

2.2 De Zorgroute leidt, na het vmbo-diploma basisberoepsgerichte leerweg Zorg en welzijn, tot het diploma van de mbo-opleiding Helpende zorg en welzijn, niveau 2 (BOL), in het opleidingsdomein Zorg en welzijn.

2.3 De Zorgroute duurt vier jaar: leerjaar 3 en 4 van de school en twee jaar mbo. De eerste groep start op 1 augustus 2025 met ten hoogste zestien leerlingen.

2.4 De school en het ROC melden de Zorgroute vóór 1 oktober 2025 ieder voor zich bij DUO (RIO).

# Artikel 3 Rol van de gemeente

3.1 De gemeente stelt in het Gezondheidscentrum Ter Apel, Vennenweg 5, een lokaal beschikbaar dat het ROC inricht als praktijklokaal (skillslab) voor de Zorgroute. De gemeente brengt daarvoor geen huur in rekening.

3.2 De leerplichtambtenaar en de RMC-coördinator van de gemeente sluiten aan bij het overleg over leerlingen die dreigen uit te vallen (artikel 7).

3.3 De gemeente brengt de Zorgroute onder de aandacht in haar communicatie over onderwijs en werk.

# Artikel 4 Regiegroep Zorgroute

4.1 De leiding over de Zorgroute ligt bij de Regiegroep Zorgroute.

4.2 De Regiegroep bestaat uit:
- de afdelingsleider basis/kader van de school;
- de teamleider Zorg en Welzijn niveau 2 van het ROC;
- de beleidsadviseur onderwijs van de gemeente, als adviseur zonder stem.

4.3 De directeur-bestuurder van de school wijst het lid van de school aan, het college van bestuur van het ROC het lid van het ROC, de wethouder onderwijs de adviseur van de gemeente. Zij worden aangewezen voor onbepaalde tijd; een aanwijzing kan door wie haar deed worden ingetrokken.

4.4 Taken van de Regiegroep zijn: de dagelijkse aansturing van de Zorgroute, het opstellen van het gezamenlijke PTA/OER, het rooster, de inzet van de docenten, de toelating van leerlingen en de besluiten over overstappen (artikel 7).

4.5 De Regiegroep is bevoegd om binnen de door de besturen vastgestelde formatie en het vastgestelde PTA/OER zelfstandig te beslissen over rooster, groepsindeling, inzet van docenten en toelating. Besluiten over personeel, over uitbreiding van het aantal plaatsen en over het PTA/OER zelf neemt zij niet; die legt zij voor aan de besturen van de school en het ROC. De adviseur van de gemeente heeft geen stem bij besluiten over het onderwijs.

# Artikel 5 Rapportage aan de besturen

5.1 De Regiegroep informeert de directeur-bestuurder van de school en het college van bestuur van het ROC met een schriftelijke voortgangsrapportage, tweemaal per jaar: in januari en in juli. Daarin staan in elk geval het aantal leerlingen per leerjaar, instroom en uitval, verzuim, examenresultaten en knelpunten.

5.2 Eenmaal per jaar, in oktober, legt de Regiegroep in het Bestuurlijk Overleg Zorgroute verantwoording af over het afgelopen schooljaar. Aan dat overleg nemen de directeur-bestuurder van de school, een lid van het college van bestuur van het ROC en de wethouder onderwijs deel. Van het overleg wordt een verslag gemaakt dat aan alle partijen wordt gezonden.

# Artikel 6 Onderwijs en organisatie

6.1 Leerjaar 3 en 4 vinden plaats op de school in Ter Apel; de praktijklessen zorg en welzijn worden vanaf leerjaar 4 voor een deel gegeven in het skillslab van artikel 3.1. Het mbo-deel (leerjaar 5 en 6) vindt plaats op de locatie Stadskanaal van het ROC, met één dag per week in het skillslab in Ter Apel.

6.2 Het programma en de examinering per leerjaar liggen vast in het gezamenlijke PTA/OER van de Zorgroute, dat de besturen van de school en het ROC jaarlijks uiterlijk 1 oktober vaststellen. Het vmbo-examen wordt afgenomen in leerjaar 4.

6.3 Inzet van personeel: het ROC zet in leerjaar 3 en 4 twee docenten verpleging en verzorging in, samen 0,4 fte, die op de school lesgeven. De school zet in leerjaar 5 haar docent Zorg en welzijn in voor het keuzedeel Wijkgericht werken op het ROC, 0,1 fte. Docenten blijven in dienst van hun eigen werkgever. Voor het project "Zorg dichtbij" in leerjaar 4 werken docenten van beide partijen als één team met teambevoegdheid; het PTA/OER vermeldt welke onderdelen dat zijn. Ieder teamlid blijft verantwoordelijk voor het deel waarvoor hij bevoegd is.

6.4 Faciliteiten: het ROC richt het skillslab in met hoog-laagbedden, tilliften, oefenpoppen en verbruiksmaterialen en stelt deze ter beschikking aan de leerlingen van de Zorgroute. De school stelt haar praktijklokaal verzorging en haar keuken ter beschikking aan de docenten van het ROC op de dagen dat zij op de school lesgeven.

6.5 Tot het mbo-deel staan de leerlingen ingeschreven bij de school; daarna bij het ROC. Het verzuim wordt gemeld door de partij waar de leerling ingeschreven staat. Klachten over een medewerker van de andere onderwijspartij worden behandeld via de klachtenregeling van de partij waar de leerling ingeschreven staat; de andere partij werkt mee.

# Artikel 7 Overstappen uit de Zorgroute

7.1 Een leerling die de Zorgroute niet afmaakt, moet daarna nog steeds een diploma kunnen halen. De school en het ROC regelen daarvoor samen een passende vervolgplek.

7.2 Voordat iemand de Zorgroute verlaat, voert de mentor of studieloopbaanbegeleider een gesprek met de leerling en de ouders. Daarna beslist de Regiegroep, met de stemmen van school en ROC samen, welke plek het meest kansrijk is. Daarbij wordt gekeken naar wat de leerling al heeft gehaald en naar zijn of haar leeftijd. Bij dreigende uitval schuiven de leerplichtambtenaar of de RMC-coördinator aan.

7.3 De mogelijkheden zijn in ieder geval:
- tijdens leerjaar 3 of 4: verder in de gewone basisberoepsgerichte leerweg op de school, in Zorg en welzijn of een ander profiel, met als doel het vmbo-diploma;
- aan het eind van leerjaar 4 geen vmbo-diploma: de leerling kan toch beginnen aan een mbo-opleiding op niveau 2 van het ROC, zonder dat de gewone vooropleidingseisen gelden, of het examenjaar op de school overdoen;
- in het mbo-deel: overstappen naar een andere opleiding op niveau 2 van het ROC, bijvoorbeeld Facilitair medewerker of Medewerker sport en recreatie, met behoud van behaalde onderdelen;
- verhuizing of wens om elders verder te gaan: de school en het ROC helpen bij het vinden van een opleiding bij een andere school of instelling in de regio en zorgen voor een warme overdracht van het dossier.

7.4 De school en het ROC leggen deze werkwijze in eenvoudige taal vast in de schoolgids en de studiegids.

# Artikel 8 Financiën

8.1 Tussen de school en het ROC vindt geen overdracht van bekostiging plaats. Iedere partij draagt de kosten van het eigen personeel en de eigen voorzieningen.

8.2 De inrichting van het skillslab komt voor rekening van het ROC. De gemeente stelt het lokaal om niet beschikbaar (artikel 3.1).

# Artikel 9 Medezeggenschap

Op de medezeggenschap zijn de wettelijke regelingen van toepassing. Voor de leerlingen, de ouders en het personeel van de school is dat de Wet medezeggenschap op scholen; voor de studenten, hun ouders en het personeel van het ROC zijn dat de Wet educatie en beroepsonderwijs en de Wet op de ondernemingsraden. De school en het ROC kunnen aanvullende afspraken maken als de medezeggenschapsraden daar om vragen.

# Artikel 10 Geschillen

10.1 Als partijen het niet eens zijn over de uitvoering van dit convenant, bespreken zij dat eerst in de Regiegroep.

10.2 Lukt het niet om daar binnen zes weken tot een oplossing te komen, dan wordt het geschil besproken in een extra Bestuurlijk Overleg Zorgroute, dat binnen vier weken wordt gehouden.

10.3 Biedt ook dat geen oplossing, dan leggen partijen het geschil voor aan een door hen samen gekozen onafhankelijke mediator. Als partijen het over de keuze van de mediator niet eens worden, vraagt de meest gerede partij de Mediatorsfederatie Nederland er een aan te wijzen.

10.4 Leidt de mediation binnen drie maanden niet tot een oplossing, dan kan ieder van partijen het geschil voorleggen aan de bevoegde rechter van de rechtbank Noord-Nederland.

# Artikel 11 Looptijd, wijziging en beëindiging

11.1 Dit convenant geldt van 1 augustus 2025 tot 1 augustus 2029. Daarna wordt het telkens met vier jaar verlengd, tenzij een partij uiterlijk twaalf maanden voor het einde laat weten dat zij dat niet wil.

11.2 Wijzigingen worden schriftelijk vastgelegd en door alle partijen ondertekend. Wijzigingen in het onderwijs gaan pas in bij het begin van een nieuw schooljaar en gelden niet voor een lopend examenjaar.

11.3 Iedere partij kan dit convenant schriftelijk opzeggen per 1 augustus, met een opzegtermijn van twaalf maanden. Als de school of het ROC opzegt, start er vanaf dat moment geen nieuwe groep meer. Leerlingen die al in de Zorgroute zitten, maken de route af onder de afspraken van dit convenant. Als de gemeente opzegt, blijft het convenant tussen de school en het ROC gewoon gelden; de school en het ROC zoeken dan zo nodig een ander lokaal voor het skillslab.

11.4 In het voorjaar van 2028 evalueren partijen dit convenant.

# Artikel 12 Slot

Dit convenant is opgemaakt in drievoud en ondertekend te Ter Apel op 30 juni 2025.

| Gemeente Westerwolde | Stichting Openbaar Voortgezet Onderwijs Westerwolde | Stichting Regionaal Opleidingencentrum Dollard-Veenkoloniën |
| J. Snoek-Hilbrands, wethouder onderwijs | R. Mulder, directeur-bestuurder | drs. E.A. Veldkamp, voorzitter college van bestuur |
"""

sample(
    267, "h267_gemeentelijk_convenant_westerwolde", "docx",
    "Municipality-drafted three-party convenant (DOCX), Westerwolde, Zorg en welzijn bb -> Helpende "
    "zorg en welzijn niveau 2; bedrijfsleven only in the overwegingen (b missing); medezeggenschap "
    "only the law + 'kunnen' (h n/a); no toetreding clause (j weak).",
    st("a=P b=M c=P d=P e=P f=P g=P h=N i=P j=W"),
    {"a": "Artikel 2 De Zorgroute", "c": "Artikel 4 Regiegroep Zorgroute",
     "d": "Artikel 5 Rapportage aan de besturen", "e": "Artikel 6 Onderwijs en organisatie",
     "f": "Artikel 7 Overstappen uit de Zorgroute", "g": "Artikel 8 Financiën",
     "i": "Artikel 10 Geschillen"},
    blocks(H267))

# ---------------------------------------------------------------- h268
H268 = """
# Interne regeling doorlopende leerroute Dierverzorging

**Stichting Groen Onderwijs Drenthe – Groencollege Midden-Drenthe**

*Besluit van het college van bestuur van 24 juni 2025, kenmerk CvB/2025/061, gehoord de directeur vmbo en de directeur mbo, na advies van de gemeenschappelijke medezeggenschapsraad.*

---

## Aanhef

Het college van bestuur van Stichting Groen Onderwijs Drenthe, bevoegd gezag van het Groencollege Midden-Drenthe, agrarisch opleidingscentrum met een vmbo-afdeling (locatie Beilen, Brinkstraat 40) en een mbo-afdeling (locatie Beilen, Groenweg 3),

gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs, op grond waarvan een doorlopende leerroute die geheel binnen één bevoegd gezag wordt verzorgd, wordt geregeld in een interne regeling,

besluit vast te stellen de volgende regeling.

---

## Artikel 1 – Route en opleiding

1. Het Groencollege Midden-Drenthe verzorgt een doorlopende leerroute vmbo-mbo (hierna: de route) voor leerlingen van de vmbo-afdeling in de **kaderberoepsgerichte leerweg, profiel Groen**, met de keuzevakken dierverzorging en dier en welzijn.
2. De route leidt tot het vmbo-diploma kaderberoepsgerichte leerweg Groen en het mbo-diploma **Vakbekwaam medewerker dierverzorging (niveau 3, BOL)** in het opleidingsdomein Voedsel, natuur en leefomgeving, uitstroom gezelschapsdieren of landbouwhuisdieren.
3. De route duurt vijf jaar: leerjaar 3 en 4 van de vmbo-afdeling (vo-fase) en drie jaar mbo (mbo-fase).
4. De directeur mbo meldt de route namens het college van bestuur in RIO.

## Artikel 2 – Routeleiding

1. De leiding over de route berust bij de routeleiding, bestaande uit:
   - de teamleider bovenbouw Groen van de vmbo-afdeling;
   - de teamleider Dier van de mbo-afdeling;
   - de routecoördinator, tevens voorzitter.
2. De teamleiders maken deel uit van de routeleiding uit hoofde van hun functie. De routecoördinator wordt door het college van bestuur benoemd op voordracht van de directeur vmbo en de directeur mbo gezamenlijk, voor een termijn van drie schooljaren.
3. De routeleiding heeft tot taak:
   - het opstellen van het routeplan (programma en examinering per leerjaar, zie artikel 4);
   - de roostering, de groepsindeling en de dagelijkse inzet van de docenten in de route;
   - de toelating van leerlingen tot de route;
   - het besluiten over de overstap van een leerling (artikel 6);
   - het onderhouden van de contacten met de leerbedrijven en de werkveldcommissie (artikel 5).
4. De routeleiding is bevoegd om binnen de jaarlijks door het college van bestuur toegekende formatie en het vastgestelde routeplan zelfstandig te besluiten over rooster, groepsindeling, inzet van docenten en toelating. Besluiten over benoeming en ontslag van personeel, over het routeplan zelf en over uitgaven boven EUR 5.000 zijn voorbehouden aan de directeuren vmbo en mbo gezamenlijk dan wel aan het college van bestuur.

## Artikel 3 – Informatie en verantwoording

1. De routeleiding stelt na afloop van ieder semester (uiterlijk 1 maart en 1 oktober) een semesterrapportage op voor het college van bestuur, met daarin de instroom, de doorstroom en de uitval, de examen- en bpv-resultaten, het verzuim en de tevredenheid van leerlingen, ouders en leerbedrijven.
2. Eenmaal per jaar, in november, legt de routeleiding in de kwaliteitsdialoog met het college van bestuur en de directeuren vmbo en mbo verantwoording af over het afgelopen schooljaar. De uitkomst wordt opgenomen in het jaarverslag van de stichting.
3. De routeleiding meldt zaken die de continuïteit van de route in gevaar brengen onverwijld aan het college van bestuur.

## Artikel 4 – Inrichting van het onderwijs

1. **Routeplan.** Het programma, de examinering en de beroepspraktijkvorming worden per leerjaar beschreven in het routeplan (PTA/OER van de route), dat het college van bestuur jaarlijks vóór 1 oktober vaststelt. Het routeplan vermeldt welke onderdelen tot het vmbo, welke tot het mbo en welke tot beide behoren.
2. **Examens.** Het centraal examen vmbo wordt afgenomen in leerjaar 4. Vanaf leerjaar 4 kunnen de mbo-onderdelen Basis dierverzorging en Diergezondheid worden geëxamineerd.
3. **Locaties.** De vo-fase wordt gegeven op de locatie Brinkstraat; de praktijklessen dierverzorging vinden vanaf leerjaar 3 één dag per week plaats in het dierenverblijf en de praktijkstal van de locatie Groenweg. De mbo-fase wordt gegeven op de locatie Groenweg en bij de leerbedrijven.
4. **Personeel.** In leerjaar 3 en 4 geven twee praktijkdocenten dierverzorging van de mbo-afdeling (samen 0,5 fte) les aan de routeleerlingen; de docent biologie van de vmbo-afdeling verzorgt in leerjaar 5 het keuzedeel Diergedrag (0,1 fte). Voor het vakoverstijgende project Dierenweide (leerjaar 4 en 5) wordt een team van vier docenten uit beide afdelingen ingezet met toepassing van de teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB); het routeplan vermeldt de onderdelen waarin dit team wordt ingezet. Ieder teamlid is bevoegd voor ten minste één vak of voldoet aan de eisen van artikel 4.2.1 WEB.
5. **Faciliteiten.** De routeleerlingen gebruiken vanaf leerjaar 3 het dierenverblijf, de praktijkstal, het diergeneeskundig practicumlokaal en de voerkeuken van de mbo-afdeling. Docenten van de mbo-afdeling gebruiken het praktijklokaal Groen en de mediatheek van de vmbo-afdeling.
6. **Inschrijving, verzuim en klachten.** In de vo-fase zijn de deelnemers ingeschreven als leerling van de vmbo-afdeling, in de mbo-fase als student van de mbo-afdeling. De klachtenregeling van de stichting is op beide afdelingen van toepassing.

## Artikel 5 – Betrokkenheid van het bedrijfsleven

1. Er is een werkveldcommissie Dier, waarin zitting hebben: Dierenpark Drentse Weide (Westerbork), Dierenartsenpraktijk Midden-Drenthe (Beilen), Melkveebedrijf Hemmen (Hijken), Dierenpension De Kleine Heide (Smilde) en een adviseur van SBB.
2. De werkveldcommissie komt twee keer per schooljaar bijeen en adviseert de routeleiding over de inhoud van het routeplan en de keuzedelen.
3. De leden van de werkveldcommissie en andere erkende leerbedrijven bieden stageplaatsen in leerjaar 4 (twee weken snuffelstage) en bpv-plaatsen in de mbo-fase, verzorgen per schooljaar ten minste drie gastlessen of praktijkmiddagen, en leveren praktijkbeoordelaars voor de proeven van bekwaamheid.

## Artikel 6 – Overstapmogelijkheden

1. Een leerling die de route verlaat voordat hij deze met succes heeft afgerond, krijgt binnen de stichting altijd een alternatief waarmee hij een vmbo- of mbo-diploma kan behalen.
2. Welk alternatief passend is, bepalen de directeur vmbo en de directeur mbo gezamenlijk op voorstel van de routeleiding, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling en nadat de leerling en diens ouders zijn gehoord.
3. Kaders:
   - **vertrek in leerjaar 3 of 4:** voortzetting in de reguliere kaderberoepsgerichte leerweg (profiel Groen of een ander profiel) of de basisberoepsgerichte leerweg van de vmbo-afdeling, gericht op het vmbo-diploma;
   - **geen vmbo-diploma aan het einde van leerjaar 5:** instroom of voortzetting in een mbo-opleiding op niveau 2 of 3 van de mbo-afdeling; de vooropleidingseisen gelden daarbij niet, of herkansing van het vmbo-examen met één jaar verlenging;
   - **niveau 3 niet haalbaar:** overstap naar Medewerker dierverzorging (niveau 2) met behoud van behaalde resultaten;
   - **andere interesse:** overstap naar een andere groene opleiding van de mbo-afdeling op gelijk niveau, of begeleiding naar een opleiding bij een andere instelling; die instelling kan een geschiktheidsonderzoek doen.
4. De uitwerking staat in de schoolgids van de vmbo-afdeling en in de studiegids van de mbo-afdeling.

## Artikel 7 – Bekostiging

Omdat de route binnen één bevoegd gezag wordt verzorgd, vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de route komen ten laste van de begroting van de afdeling waar de deelnemer op dat moment bekostigd wordt.

## Artikel 8 – Medezeggenschap

De gemeenschappelijke medezeggenschapsraad van de stichting wordt jaarlijks over de route geïnformeerd via het jaarverslag.

## Artikel 9 – Slotbepalingen

1. Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als *Interne regeling doorlopende leerroute Dierverzorging Groencollege Midden-Drenthe*.
2. Het college van bestuur evalueert deze regeling in het schooljaar 2027-2028.

Aldus vastgesteld door het college van bestuur op 24 juni 2025.

drs. G.H. Bruins Slot, voorzitter college van bestuur
"""

sample(
    268, "h268_interne_regeling_aoc_midden_drenthe", "md",
    "AOC interne regeling (Markdown, CvB-besluit), Midden-Drenthe, Groen kb -> Vakbekwaam "
    "medewerker dierverzorging niveau 3; items a-g arranged, explicit no transfer; h/i/j not "
    "applicable for an interne regeling.",
    st("a=P b=P c=P d=P e=P f=P g=P h=N i=N j=N"),
    {"a": "Artikel 1 – Route en opleiding", "b": "Artikel 5 – Betrokkenheid van het bedrijfsleven",
     "c": "Artikel 2 – Routeleiding", "d": "Artikel 3 – Informatie en verantwoording",
     "e": "Artikel 4 – Inrichting van het onderwijs", "f": "Artikel 6 – Overstapmogelijkheden",
     "g": "Artikel 7 – Bekostiging"},
    H268)

# ---------------------------------------------------------------- h269
H269 = """
T: Samenwerkingsovereenkomst geïntegreerde route Bouw Het Hogeland
S: geïntegreerde route vmbo basisberoepsgerichte leerweg - mbo niveau 2 (Timmerman)
~ Versie 1.2, vastgesteld in het bestuurlijk overleg van 19 juni 2025

# Partijen

Stichting Christelijk Voortgezet Onderwijs Noord-Groningen, bevoegd gezag van het Wadden Vakcollege te Uithuizen, vertegenwoordigd door de voorzitter van het college van bestuur, de heer T. Dijkhuis (hierna: het Vakcollege),

en

Stichting Noorderzijl Vakonderwijs, bevoegd gezag van ROC Noorderzijl te Groningen, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw M.E. Kuipers-Wiersma (hierna: Noorderzijl),

sluiten de volgende overeenkomst over een geïntegreerde route als bedoeld in artikel 2.107l van de Wet voortgezet onderwijs 2020 en artikel 9.1.17 van de Wet educatie en beroepsonderwijs.

# Hoofdstuk 1 De route

§ 1.1 Het Vakcollege en Noorderzijl verzorgen samen een geïntegreerde route voor leerlingen van de basisberoepsgerichte leerweg met het profiel Bouwen, wonen en interieur.

§ 1.2 De route begint in leerjaar 3 van het Vakcollege en leidt in vier jaar tot het diploma van de mbo-opleiding Timmerman (niveau 2) in het opleidingsdomein Bouw en infra. De leerlingen doen geen vmbo-examen in de basisberoepsgerichte leerweg, tenzij zij daar uitdrukkelijk om vragen.

§ 1.3 Het Vakcollege plaatst een leerling alleen in de route als dat in het belang van de leerling is, na overleg met de leerling en de ouders en na overleg met Noorderzijl.

§ 1.4 Beide partijen registreren de route in RIO.

# Hoofdstuk 2 Bedrijfsleven

§ 2.1 De regionale afdeling Groningen van Bouwend Nederland en drie vaste leerbedrijven - Bouwbedrijf Tammes (Uithuizermeeden), Timmerfabriek Hoogland (Winsum) en Woonstichting Wadwonen (onderhoudsafdeling) - zijn bij de route betrokken.

§ 2.2 Zij doen dat door:
- het leveren van een levensechte bouwopdracht per leerjaar, die de leerlingen in de bouwhal of op de bouwplaats uitvoeren;
- het aanbieden van werkplekken voor de beroepspraktijkvorming: in leerjaar 4 één dag per week, in leerjaar 5 en 6 twee dagen per week;
- het zitting nemen in de adviescommissie Bouw van Noorderzijl, die twee keer per jaar het programma van de route bespreekt;
- het leveren van een praktijkbeoordelaar bij de proeven van bekwaamheid.

# Hoofdstuk 3 Leiding en verantwoording

§ 3.1 De route wordt geleid door de stuurgroep geïntegreerde route. De stuurgroep bestaat uit de afdelingsleider bovenbouw van het Vakcollege, de opleidingsmanager Bouw van Noorderzijl en de routecoördinator.

§ 3.2 De afdelingsleider wordt voor de stuurgroep aangewezen door het college van bestuur van het Vakcollege, de opleidingsmanager door het college van bestuur van Noorderzijl. De routecoördinator wordt door beide colleges van bestuur samen benoemd, voor twee jaar, en kan worden herbenoemd.

§ 3.3 De stuurgroep heeft de volgende taken en bevoegdheden:
- zij stelt jaarlijks het routeplan op, waarin programma, examinering en beroepspraktijkvorming per leerjaar staan, en legt het ter vaststelling voor aan beide colleges van bestuur;
- zij beslist zelfstandig over rooster, groepsindeling en de verdeling van docenten en instructeurs over de lessen;
- zij beslist over plaatsing van leerlingen in de route, na het overleg bedoeld in § 1.3;
- zij onderhoudt het contact met de leerbedrijven en de adviescommissie Bouw;
- zij doet geen uitgaven en gaat geen verplichtingen aan buiten het jaarplan; die bevoegdheid blijft bij de colleges van bestuur.

§ 3.4 De stuurgroep stuurt beide colleges van bestuur uiterlijk 15 februari een tussenrapportage en uiterlijk 15 september een jaarrapportage. In de rapportages staan het aantal leerlingen per leerjaar, de uitval en de redenen daarvoor, de resultaten van de examens en de bpv, en de knelpunten. De jaarrapportage wordt besproken in het bestuurlijk overleg van oktober, waarin de stuurgroep verantwoording aflegt aan de twee colleges van bestuur.

# Hoofdstuk 4 Inrichting

§ 4.1 Leerjaar 3 wordt gegeven op het Vakcollege in Uithuizen. In leerjaar 4 zijn de leerlingen drie dagen op het Vakcollege en één dag in de bouwhal van Noorderzijl in Appingedam; de vijfde dag is bpv. Leerjaar 5 en 6 vinden plaats in de bouwhal in Appingedam en bij de leerbedrijven.

§ 4.2 Het routeplan geeft per leerjaar aan welke onderdelen tot het voortgezet onderwijs behoren (Nederlands, rekenen, burgerschap, lichamelijke opvoeding) en welke tot het mbo. De mbo-examens kunnen vanaf leerjaar 4 worden afgenomen.

§ 4.3 Personeel: Noorderzijl zet vanaf leerjaar 3 een praktijkinstructeur timmeren in op het Vakcollege (twee dagen per week). De docent Nederlands en de mentor van het Vakcollege blijven in leerjaar 5 beschikbaar voor de generieke vakken en de begeleiding. Voor het praktijkproject "Tiny House" in leerjaar 4 werken de instructeur, de docent BWI van het Vakcollege en een docent burgerschap als team met teambevoegdheid; ieder teamlid blijft verantwoordelijk voor zijn eigen onderdeel. Docenten blijven in dienst van hun eigen werkgever.

§ 4.4 Faciliteiten: het Vakcollege stelt zijn BWI-praktijklokaal met machinale houtbewerking beschikbaar voor de lessen van de instructeur. Noorderzijl stelt de bouwhal, de gereedschapsuitgifte en de persoonlijke beschermingsmiddelen ter beschikking aan de leerlingen van leerjaar 4 tot en met 6.

§ 4.5 Tot en met leerjaar 4 staan de leerlingen ingeschreven bij het Vakcollege, daarna bij Noorderzijl. Voor klachten geldt de klachtenregeling van de partij waar de leerling ingeschreven staat; die regeling geldt ook voor gedrag van medewerkers van de andere partij.

# Hoofdstuk 5 Als een leerling de route verlaat

§ 5.1 Een leerling die de geïntegreerde route om welke reden ook voortijdig verlaat, stroomt automatisch door naar de Entree-opleiding (niveau 1) van Noorderzijl op de locatie Appingedam.

§ 5.2 De mentor en de studieloopbaanbegeleider zorgen voor een warme overdracht naar de Entree-opleiding.

# Hoofdstuk 6 Financiën

§ 6.1 In leerjaar 3 en 4 draagt het Vakcollege met toepassing van artikel 5.42a WVO 2020 een deel van de ontvangen bekostiging over aan Noorderzijl.

§ 6.2 Dit deel is bestemd voor de inzet van de praktijkinstructeur in leerjaar 3 en 4 en voor het gebruik van de bouwhal door leerlingen van leerjaar 4.

§ 6.3 De hoogte van het over te dragen bedrag wordt elk jaar door de stuurgroep vastgesteld bij het opstellen van het jaarplan.

# Hoofdstuk 7 Geschillen

§ 7.1 Een geschil over de uitvoering van deze overeenkomst bespreken partijen eerst in de stuurgroep. Komt de stuurgroep er binnen een maand niet uit, dan gaat het geschil naar het bestuurlijk overleg van de twee colleges van bestuur.

§ 7.2 Lukt het ook daar niet binnen zes weken, dan vragen partijen bindend advies aan een onafhankelijke deskundige die zij samen aanwijzen. Kunnen zij het over de deskundige niet eens worden, dan wijst de voorzitter van de Stichting Onderwijsgeschillen er een aan. Partijen leggen zich bij het advies neer. De kosten delen zij gelijk.

# Hoofdstuk 8 Toetreding, wijziging en einde

§ 8.1 Een andere vmbo-school die het profiel Bouwen, wonen en interieur in de basisberoepsgerichte leerweg aanbiedt, kan toetreden als beide partijen schriftelijk instemmen en de nieuwe school deze overeenkomst ondertekent en de route in RIO registreert. Toetreding gaat in op 1 augustus. Voor leerlingen die al in de route zitten, verandert er door een toetreding niets.

§ 8.2 Wijzigingen van deze overeenkomst worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend. Een wijziging van het programma gaat niet in tijdens een lopend schooljaar.

§ 8.3 Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar opzeggen per 1 augustus van enig jaar, met een opzegtermijn van ten minste een jaar. Na de opzegging worden geen nieuwe leerlingen meer in de route geplaatst. Leerlingen die op dat moment in de route zitten, kunnen deze afmaken; partijen blijven daarvoor docenten, instructeurs en ruimtes leveren tot de laatste leerling de route heeft verlaten.

Aldus overeengekomen en ondertekend op 27 juni 2025.

Stichting Christelijk Voortgezet Onderwijs Noord-Groningen - T. Dijkhuis, voorzitter college van bestuur

Stichting Noorderzijl Vakonderwijs - M.E. Kuipers-Wiersma, voorzitter college van bestuur
"""

sample(
    269, "h269_geintegreerde_route_het_hogeland", "pdf",
    "Geïntegreerde route agreement in chapters with § numbering (PDF), Het Hogeland, BWI bb -> "
    "Timmerman niveau 2; leavers go automatically to Entree (f weak); funding transfer with "
    "purpose but amount left to the stuurgroep each year (g weak); no medezeggenschap.",
    st("a=P b=P c=P d=P e=P f=W g=W h=N i=P j=P"),
    {"a": "Hoofdstuk 1 De route", "b": "Hoofdstuk 2 Bedrijfsleven",
     "c": "Hoofdstuk 3 Leiding en verantwoording", "d": "§ 3.4 De stuurgroep stuurt beide colleges van bestuur",
     "e": "Hoofdstuk 4 Inrichting", "i": "Hoofdstuk 7 Geschillen",
     "j": "Hoofdstuk 8 Toetreding, wijziging en einde"},
    blocks(H269))

# ---------------------------------------------------------------- h270
H270 = """
T: Consortiumovereenkomst Ondernemend Berkelland
S: doorlopende leerroute vmbo-mbo Economie en ondernemen - Junior accountmanager (niveau 4)

# Deelnemers aan het consortium

1) Stichting Openbaar Voortgezet Onderwijs Berkelland, bevoegd gezag van het Berkelcollege te Eibergen (vmbo), vertegenwoordigd door mevrouw A. Lansink, bestuurder (hierna: Berkelcollege);
2) Stichting Katholiek Voortgezet Onderwijs Achterhoek-Oost, bevoegd gezag van het Sint-Ludgerus Vakcollege te Neede (vmbo), vertegenwoordigd door de heer W.J. Tenhagen, voorzitter college van bestuur (hierna: Ludgerus);
3) Stichting Berkel-IJssel Beroepsonderwijs, bevoegd gezag van ROC Berkel-IJssel te Doetinchem, vertegenwoordigd door de heer dr. H. ter Beek, lid college van bestuur (hierna: het ROC).

Berkelcollege en Ludgerus worden hierna samen ook "de vmbo-scholen" genoemd. Het ROC is penvoerder van het consortium.

# A. Grondslag en reikwijdte

A1. Deze overeenkomst is de samenwerkingsovereenkomst, bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB, voor de doorlopende leerroute Ondernemend Berkelland. Alle deelnemers zijn gebonden aan alle bepalingen, tenzij een bepaling alleen op een of twee van hen betrekking heeft.

A2. Iedere vmbo-school en het ROC registreren de route zelf in RIO, voor iedere vmbo-school afzonderlijk.

# B. De leerroute

B1. De route staat open voor leerlingen van de vmbo-scholen die in de gemengde leerweg of in de kaderberoepsgerichte leerweg het profiel Economie en ondernemen volgen.

B2. De route leidt tot het vmbo-diploma in de eigen leerweg en tot het diploma van de middenkaderopleiding Junior accountmanager, niveau 4, in het opleidingsdomein Handel, met het keuzedeel Internationaal zakendoen Duitsland. De mbo-fase wordt gevolgd in de BOL-variant op de ROC-locatie Winterswijk.

B3. Nominale duur: vijf jaar (vo-fase leerjaar 3 en 4; mbo-fase drie jaar, waarvan het laatste half jaar een afstudeerstage).

# C. Werkgevers in de route

C1. Het consortium werkt samen met Ondernemersvereniging Berkelland, de Koninklijke Metaalunie-kring Achterhoek (voor de technische groothandel) en een vaste kring van leerbedrijven, waaronder Groothandel Wensink (Neede), Bakkerij Lubbers B.V. (Eibergen), Reisbureau Grensland (Borculo) en Achterhoek Logistiek Service (Ruurlo).

C2. De inbreng van deze werkgevers is als volgt geregeld:
- zij leveren in leerjaar 3 en 4 per schooljaar twee "ondernemersvraagstukken" waaraan de leerlingen in groepjes werken en die zij zelf komen beoordelen;
- zij bieden in leerjaar 4 een meeloopweek en in de mbo-fase bpv-plaatsen (erkend door SBB);
- twee vertegenwoordigers van de ondernemersvereniging nemen zitting in de programmaraad (C3);
- het jaarlijkse ondernemerscafé in november dient als gastles en netwerkavond voor leerlingen van alle leerjaren.

C3. De programmaraad, bestaande uit de twee vertegenwoordigers van de ondernemersvereniging, een docent per vmbo-school en twee docenten van het ROC, adviseert het kernteam twee keer per jaar over de inhoud van het programma en over nieuwe keuzedelen.

# D. Kernteam (leiding van de route)

D1. Samenstelling. Het kernteam bestaat uit vier personen: een teamleider van elk van de vmbo-scholen, de onderwijsmanager Commercie van het ROC en een routeregisseur.

D2. Benoeming. Iedere deelnemer benoemt zijn eigen lid van het kernteam bij besluit van zijn bevoegd gezag. De routeregisseur wordt door de consortiumraad (E1) benoemd na een open sollicitatieprocedure, voor drie jaar, en is in dienst van het ROC.

D3. Taken. Het kernteam:
- voert de dagelijkse leiding over de route;
- stelt ieder jaar het routeboek op (programma, toetsing en examinering, bpv per leerjaar) en legt het voor aan de consortiumraad;
- maakt het rooster en verdeelt de lessen over de docenten van de drie deelnemers;
- beslist over de toelating van leerlingen en over overstappen (F);
- beheert het routebudget (G3).

D4. Bevoegdheden. Het kernteam beslist zelfstandig over rooster, groepen, inzet van docenten binnen de afgesproken uren en uitgaven uit het routebudget tot EUR 2.500 per uitgave. Al het andere, waaronder het routeboek, personele besluiten en uitgaven daarboven, beslist de consortiumraad of het betrokken bevoegd gezag.

# E. Consortiumraad en verantwoording

E1. De consortiumraad bestaat uit de bestuurders die deze overeenkomst hebben ondertekend, of hun vaste plaatsvervangers. Hij vergadert ten minste drie keer per jaar.

E2. Het kernteam verstrekt de consortiumraad vóór iedere vergadering een voortgangsnotitie met de cijfers over aanmelding, instroom, doorstroom en uitval per school, de resultaten van toetsing en examens en de stand van het routebudget.

E3. In de vergadering van oktober legt het kernteam met een schriftelijk jaarverslag verantwoording af over het voorgaande schooljaar. De consortiumraad stelt het jaarverslag vast en stuurt het door naar de drie bevoegde gezagsorganen, die het bespreken in hun eigen bestuursvergadering.

E4. Ieder bevoegd gezag kan het kernteam op ieder moment om aanvullende inlichtingen vragen; het kernteam geeft die binnen twee weken.

# F. Overstap

F1. Iedere deelnemer aan de route die de route niet afmaakt, houdt recht op een vervolg dat leidt tot een vmbo- of mbo-diploma. Het kernteam bepaalt, na een gesprek met de leerling en de ouders, welk vervolg past. In het kernteam beslissen de teamleider van de eigen vmbo-school en de onderwijsmanager van het ROC daarover samen, uitgaande van wat de leerling al heeft behaald, zijn niveau en zijn leeftijd.

F2. Tijdens de vo-fase keert de leerling terug in de reguliere gemengde of kaderberoepsgerichte leerweg van zijn eigen vmbo-school, in het profiel Economie en ondernemen of een ander profiel, gericht op het vmbo-diploma.

F3. Is het vmbo-diploma aan het eind van het derde jaar van de route nog niet behaald, dan kan de leerling bij het ROC verder in een opleiding op niveau 3 of 4 (bijvoorbeeld Commercieel medewerker, niveau 3) zonder dat de vooropleidingseisen gelden; hij kan ook het vmbo-examen over doen.

F4. Blijkt niveau 4 te hoog, dan stapt de leerling over naar Commercieel medewerker of Verkoopspecialist (niveau 3) bij het ROC, met behoud van de behaalde resultaten. Wil de leerling een andere richting, dan zoekt het kernteam een passende opleiding op hetzelfde niveau, bij het ROC of bij een andere instelling in de regio.

F5. De vmbo-scholen en het ROC beschrijven dit in hun schoolgids en studiegids.

# G. Financiën

G1. Met toepassing van artikel 5.42a WVO 2020 draagt iedere vmbo-school aan het ROC over:

| Wat | Bedrag | Bestemd voor |
| Bijdrage leerjaar 3 | EUR 450 per routeleerling (peildatum 1 oktober) | lessen van ROC-docenten commercie op de vmbo-school (2 uur per week) |
| Bijdrage leerjaar 4 | EUR 900 per routeleerling (peildatum 1 oktober) | lessen van ROC-docenten (4 uur per week) en gebruik van de ROC-leerwinkel |

G2. Met toepassing van artikel 9.1.15 WEB draagt het ROC aan iedere vmbo-school die in de mbo-fase docenten levert (e-portfolio en Duits, samen 0,2 fte) EUR 78 per gegeven lesuur over, bestemd voor de loonkosten van die docenten.

G3. Iedere deelnemer stort EUR 3.000 per schooljaar in het routebudget, dat het ROC als penvoerder beheert en dat bestemd is voor het ondernemerscafé, excursies, lesmateriaal en de vergaderingen van de programmaraad.

G4. Facturering gebeurt in januari over het lopende schooljaar. De besteding van de bedragen uit G1 en G3 wordt verantwoord in het jaarverslag (E3).

# H. Onderwijs, personeel en voorzieningen

H1. Locaties. Leerjaar 3 wordt gegeven op de eigen vmbo-school. In leerjaar 4 volgen de leerlingen van beide scholen één dag per week samen les op de ROC-locatie Winterswijk. De mbo-fase vindt plaats op die ROC-locatie en bij de leerbedrijven.

H2. Programma en examens. Het routeboek beschrijft per leerjaar het programma, het PTA van de vo-fase, de mbo-examinering en de bpv. Het centraal examen vmbo wordt afgenomen in leerjaar 4 op de eigen school. Het routeboek wordt uiterlijk 1 oktober door de drie bevoegde gezagsorganen vastgesteld.

H3. Personeel. Twee docenten commercie van het ROC geven in leerjaar 3 en 4 op beide vmbo-scholen les. De docent Duits van Ludgerus en een docent van het Berkelcollege verzorgen in de mbo-fase het keuzedeel Duits en het e-portfolio. Voor het leerbedrijfproject "Eigen onderneming" in leerjaar 4 werkt een team van docenten uit de drie scholen met teambevoegdheid; het routeboek vermeldt om welke onderdelen het gaat en ieder teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is. Iedere docent blijft in dienst van zijn eigen werkgever.

H4. Voorzieningen. Het ROC stelt zijn leerwinkel, het callcenter-lokaal en het beurslokaal ter beschikking aan de leerlingen van leerjaar 4. De vmbo-scholen stellen een lokaal en digitale borden ter beschikking op de dagen dat de ROC-docenten bij hen lesgeven. Alle leerlingen krijgen in leerjaar 4 een account op de leeromgeving van het ROC.

H5. Inschrijving, verzuim en klachten. In de vo-fase is de leerling ingeschreven bij zijn eigen vmbo-school, in de mbo-fase bij het ROC. De school of instelling waar de leerling staat ingeschreven, registreert en meldt verzuim. De klachtenregelingen van de drie deelnemers gelden ook voor gedragingen van medewerkers van de andere deelnemers in de route.

# I. Medezeggenschap in de route

I1. De wettelijke medezeggenschap blijft bij de eigen organen: de medezeggenschapsraden van de vmbo-scholen voor de vo-fase en de studentenraad en de ondernemingsraad van het ROC voor de mbo-fase.

I2. Aanvullend spreken de deelnemers af:
- er is een Routeklankbord, met een ouder en een leerling uit de medezeggenschapsraad van elke vmbo-school en een student uit de studentenraad van het ROC, dat twee keer per jaar met de routeregisseur het reilen en zeilen van de route bespreekt;
- leerlingen uit leerjaar 4 mogen de vergaderingen van de studentenraad van het ROC bijwonen en daar het woord voeren over onderwerpen die de route betreffen;
- voorgenomen besluiten over toetreding of uittreding van een deelnemer worden tegelijk voor advies voorgelegd aan de medezeggenschapsraden van de vmbo-scholen en aan de studentenraad van het ROC.

# J. Geschillen

J1. Een geschil tussen deelnemers over de uitvoering van deze overeenkomst wordt eerst in het kernteam besproken en, als dat binnen een maand niets oplevert, in de consortiumraad.

J2. Lukt het in de consortiumraad niet binnen twee maanden, dan wordt het geschil voorgelegd aan een commissie van drie leden: ieder van de twee betrokken partijen wijst een lid aan, die samen een voorzitter kiezen. De commissie doet binnen acht weken een bindende uitspraak.

J3. Tegen de bindende uitspraak staat alleen toetsing open door de bevoegde rechter van de rechtbank Gelderland.

# K. Toetreding, uittreding en wijziging

K1. Toetreding. Een andere vmbo-school in de Achterhoek met het profiel Economie en ondernemen, of een andere mbo-instelling, kan tot het consortium toetreden als de consortiumraad daar unaniem mee instemt, de nieuwe deelnemer een toetredingsverklaring tekent en de route in RIO registreert. Toetreding gaat in op 1 augustus. Leerlingen die al in de route zitten, houden hun rooster en hun locatie.

K2. Uittreding. Iedere deelnemer kan per 1 augustus uittreden door schriftelijke opzegging aan de andere deelnemers vóór 1 december van het voorafgaande schooljaar. Een uittredende vmbo-school plaatst vanaf de opzegging geen nieuwe leerlingen meer in de route; haar leerlingen die al in de route zitten, ronden de route af zoals afgesproken, en de uittredende school blijft tot dat moment haar bijdragen (G1) en haar docenten leveren. Treedt het ROC uit, dan blijft het de mbo-fase verzorgen voor alle leerlingen die op het moment van opzegging al in de route zitten.

K3. Ontbinding. De overeenkomst eindigt van rechtswege als geen van beide vmbo-scholen of het ROC nog deelnemer is. Ook dan geldt K2 voor de leerlingen die al in de route zitten.

K4. Wijziging. Deze overeenkomst wordt alleen gewijzigd bij schriftelijk besluit van de consortiumraad, unaniem genomen en door alle deelnemers ondertekend. Een wijziging die het programma van lopende leerjaren raakt, gaat pas in bij het volgende schooljaar.

# L. Slot

L1. Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd. De consortiumraad evalueert haar elke drie jaar.

Ondertekend te Eibergen op 1 juli 2025.

| Stichting Openbaar Voortgezet Onderwijs Berkelland | Stichting Katholiek Voortgezet Onderwijs Achterhoek-Oost | Stichting Berkel-IJssel Beroepsonderwijs |
| A. Lansink, bestuurder | W.J. Tenhagen, voorzitter college van bestuur | dr. H. ter Beek, lid college van bestuur |
"""

sample(
    270, "h270_consortium_twee_vmbo_scholen_berkelland", "docx",
    "Three-party consortium agreement with lettered parts A-L and a fee table (DOCX), Berkelland, "
    "Economie en ondernemen gl/kb -> Junior accountmanager niveau 4; fully compliant incl. "
    "per-pupil transfer with purposes, Routeklankbord medezeggenschap, toetreding/uittreding.",
    st("a=P b=P c=P d=P e=P f=P g=P h=P i=P j=P"),
    {"a": "B. De leerroute", "b": "C. Werkgevers in de route",
     "c": "D. Kernteam (leiding van de route)", "d": "E. Consortiumraad en verantwoording",
     "e": "H. Onderwijs, personeel en voorzieningen", "f": "F. Overstap",
     "g": "G. Financiën", "h": "I. Medezeggenschap in de route", "i": "J. Geschillen",
     "j": "K. Toetreding, uittreding en wijziging"},
    blocks(H270))

# ---------------------------------------------------------------- h271
H271 = """
T: Verlengingsovereenkomst 2025-2030
S: bij de samenwerkingsovereenkomst doorlopende leerroute Mobiele Werktuigen Alphen-Chaam van 8 juli 2021
~ Kenmerk BM/ROCB/2025-12. Met geconsolideerde tekst.

# Partijen

Stichting Onderwijsgroep Bovenmark, bevoegd gezag van het Bovenmark Vakcollege te Alphen (gemeente Alphen-Chaam), vertegenwoordigd door de heer J.P.M. van Gils, voorzitter college van bestuur, hierna: het Vakcollege;

Stichting Baronie Vakonderwijs, bevoegd gezag van ROC Baronie te Breda, vertegenwoordigd door mevrouw ir. S. Verhoeven-Oomen, lid college van bestuur, hierna: ROC Baronie;

# Overwegende

- dat partijen op 8 juli 2021 een samenwerkingsovereenkomst hebben gesloten voor de doorlopende leerroute Mobiele Werktuigen, aangegaan voor de duur van vier jaar, eindigend op 31 juli 2025;
- dat de route naar tevredenheid van partijen, de leerbedrijven en de leerlingen verloopt en partijen haar willen voortzetten;
- dat partijen bij de evaluatie in het voorjaar van 2025 enkele artikelen hebben herzien en het wenselijk achten de volledige tekst zoals die vanaf 1 augustus 2025 luidt, in deze overeenkomst op te nemen;

# Komen overeen:

# Artikel I Verlenging

De samenwerkingsovereenkomst van 8 juli 2021 wordt verlengd met ingang van 1 augustus 2025 voor de duur van vijf jaar, tot 1 augustus 2030.

# Artikel II Wijziging

Met ingang van 1 augustus 2025 luidt de samenwerkingsovereenkomst zoals opgenomen in de geconsolideerde tekst hieronder. Bij strijd tussen de oorspronkelijke tekst en de geconsolideerde tekst gaat de geconsolideerde tekst voor.

# Artikel III Overgangsbepaling

Leerlingen en studenten die vóór 1 augustus 2025 in de route zijn begonnen, vervolgen hun route volgens het routeplan dat gold bij hun start, tenzij zij kiezen voor het nieuwe routeplan.

# GECONSOLIDEERDE TEKST (geldend vanaf 1 augustus 2025)

# 1. Route Mobiele Werktuigen

1.1 Partijen verzorgen samen een doorlopende leerroute voor leerlingen van het Vakcollege in de kaderberoepsgerichte leerweg, profiel Mobiliteit en transport.

1.2 De route leidt tot het vmbo-diploma kaderberoepsgerichte leerweg Mobiliteit en transport en het diploma van de mbo-opleiding Eerste monteur mobiele werktuigen, niveau 3, in het opleidingsdomein Mobiliteit en voertuigen. De mbo-fase wordt vanaf het tweede mbo-jaar in de beroepsbegeleidende leerweg (BBL) gevolgd, bij een leerbedrijf.

1.3 De route duurt vijf jaar. De eerste twee jaren (leerjaar 3 en 4) vormen de vo-fase.

# 2. Betrokkenheid van de branche

2.1 De route wordt uitgevoerd met Cumela Nederland (afdeling Zuid), BMWT-dealers in de regio en de volgende vaste leerbedrijven: Loonbedrijf Van den Broek (Chaam), Mechanisatiebedrijf Rops (Baarle-Nassau), Agri Techniek Ulvenhout en Van der Heijden Grondverzet (Alphen).

2.2 De leerbedrijven:
- bieden in leerjaar 4 twee snuffelweken en in de mbo-fase BBL-arbeidsplaatsen met een leer-werkovereenkomst;
- stellen machines en werktuigen ter beschikking voor praktijklessen in leerjaar 3 en 4 (ten minste vier praktijkdagen per jaar op hun bedrijf);
- beoordelen via hun praktijkopleider mee bij de proeven van bekwaamheid;
- komen in maart bijeen in de branchetafel met het routeteam om het routeplan voor het volgende schooljaar te bespreken.

# 3. Routeteam

3.1 De leiding over de route ligt bij het routeteam.

3.2 Het routeteam bestaat uit twee docenten techniek van het Vakcollege, twee docenten mobiele werktuigen van ROC Baronie en de praktijkcoördinator van de route. De praktijkcoördinator zit het routeteam voor.

3.3 Het routeteam heeft tot taak:
- het opstellen en jaarlijks bijstellen van het routeplan (programma, examens en bpv per leerjaar);
- het roosteren van de lessen en de praktijkdagen;
- het verdelen van de lessen over de docenten van beide partijen;
- het onderhouden van de contacten met de leerbedrijven en de branchetafel;
- de toelating van leerlingen tot de route.

3.4 Het routeteam beslist zelfstandig over het rooster, de groepsindeling, de verdeling van de lessen binnen de door de besturen vastgestelde uren en over de toelating. Het routeplan wordt door beide colleges van bestuur vastgesteld. Besluiten over personeel, over uitgaven en over afspraken met derden van langer dan een jaar zijn voorbehouden aan de colleges van bestuur.

# 4. Verantwoording aan de besturen

4.1 De praktijkcoördinator stuurt namens het routeteam in januari en in juni een voortgangsrapport aan beide colleges van bestuur, met in elk geval: aantallen leerlingen per leerjaar, in- en uitstroom, examenresultaten, bezetting van de BBL-plaatsen en knelpunten.

4.2 In september legt het routeteam in een gezamenlijk overleg met beide colleges van bestuur verantwoording af over het afgelopen schooljaar aan de hand van een jaarverslag. De colleges van bestuur leggen hun conclusies vast in een gezamenlijke notitie.

# 5. Onderwijs en organisatie

5.1 De vo-fase wordt gegeven op het Vakcollege in Alphen, met in leerjaar 4 een vaste praktijkdag per week in de werkplaats mobiele werktuigen van ROC Baronie in Breda-Hoogeind. De mbo-fase wordt gegeven in Breda-Hoogeind (één lesdag per week in de BBL) en bij het leerbedrijf.

5.2 Het routeplan beschrijft per leerjaar het programma, het PTA van de vo-fase en de mbo-examinering. Het centraal examen vmbo wordt in leerjaar 4 afgenomen; het mbo-onderdeel Basis hydrauliek kan in leerjaar 4 worden geëxamineerd.

5.3 Personeel: ROC Baronie zet in leerjaar 3 en 4 een docent mobiele werktuigen in voor vier lesuren per week op het Vakcollege. Het Vakcollege zet een docent Nederlands/loopbaan in voor de begeleiding van de leerlingen in het eerste mbo-jaar (twee uur per week). Iedere docent blijft in dienst van zijn eigen werkgever.

5.4 Faciliteiten: het Vakcollege stelt zijn motorenwerkplaats en het trekkerpark ter beschikking; ROC Baronie stelt zijn werkplaats mobiele werktuigen, de hydrauliekpanelen en de diagnoseapparatuur ter beschikking aan de leerlingen van leerjaar 4.

5.5 In de vo-fase staat de leerling ingeschreven bij het Vakcollege, daarna bij ROC Baronie. Verzuim en klachten lopen via de partij waar de leerling ingeschreven staat; de klachtenregeling geldt ook voor medewerkers van de andere partij.

# 6. Als de route niet wordt afgemaakt

6.1 Voor een leerling die de route verlaat, staan de volgende mogelijkheden open:
- in leerjaar 3 of 4: de reguliere kaderberoepsgerichte leerweg van het Vakcollege, in het profiel Mobiliteit en transport of een ander profiel, met het vmbo-diploma als doel;
- vmbo-diploma aan het eind van leerjaar 5 niet behaald: voortzetting in een mbo-opleiding op niveau 2 of 3 van ROC Baronie zonder vmbo-diploma, of het vmbo-examenjaar opnieuw doen;
- niveau 3 te hoog: de opleiding Monteur mobiele werktuigen, niveau 2, met behoud van wat al is behaald;
- een andere richting: een andere technische opleiding op gelijk niveau bij ROC Baronie of een opleiding bij een andere instelling.

6.2 De gekozen mogelijkheid wordt vastgelegd in het leerlingdossier en meegegeven bij de overdracht.

# 7. Financiën

Partijen dragen geen bekostiging aan elkaar over. Ieder draagt de kosten van de eigen docenten, ruimtes en materialen.

# 8. Medezeggenschap

[PM - aanvullende afspraken medezeggenschap: voorstel volgt na advies van de MR van het Vakcollege en de studentenraad van ROC Baronie]

# 9. Geschillen

9.1 Verschillen van mening over de uitvoering van deze overeenkomst worden eerst besproken tussen de praktijkcoördinator en de betrokken teamleiders, daarna tussen de directeur van het Vakcollege en de sectordirecteur Techniek van ROC Baronie.

9.2 Leidt dat binnen zes weken niet tot een oplossing, dan bespreken de colleges van bestuur het geschil in een bestuurlijk overleg.

9.3 Blijft het geschil bestaan, dan wordt het voorgelegd aan een mediator van de Mediatorsfederatie Nederland. Faalt de mediation, dan is de rechtbank Zeeland-West-Brabant bevoegd.

# 10. Andere partijen, wijziging en beëindiging

10.1 Een andere vmbo-school of mbo-instelling kan partij worden bij deze overeenkomst als beide partijen schriftelijk instemmen, de nieuwe partij de overeenkomst ondertekent en de route bij DUO meldt. Dat kan alleen per 1 augustus en heeft geen gevolgen voor de leerlingen die al in de route zitten.

10.2 Wijzigingen gelden alleen als zij schriftelijk zijn vastgelegd en door beide colleges van bestuur ondertekend. Een wijziging van het routeplan gaat niet in tijdens een lopend schooljaar.

10.3 Iedere partij kan deze overeenkomst opzeggen per 1 augustus, met een opzegtermijn van twaalf maanden. Vanaf de opzegging stromen geen nieuwe leerlingen meer in. Leerlingen en studenten die al in de route zitten, maken haar af onder de voorwaarden van deze overeenkomst; partijen blijven daarvoor docenten en faciliteiten leveren.

10.4 Bij ernstige tekortkoming kan een partij de overeenkomst ontbinden na een schriftelijke ingebrekestelling met een hersteltermijn van drie maanden. Ook dan maken de leerlingen die al in de route zitten, hun route af; waar dat niet kan, geldt artikel 6.

Aldus overeengekomen en in tweevoud getekend te Alphen op 2 juli 2025.

Stichting Onderwijsgroep Bovenmark - J.P.M. van Gils, voorzitter college van bestuur

Stichting Baronie Vakonderwijs - ir. S. Verhoeven-Oomen, lid college van bestuur
"""

sample(
    271, "h271_verlenging_geconsolideerd_alphen_chaam", "pdf",
    "Renewal with consolidated text (PDF), Alphen-Chaam, Mobiliteit en transport kb -> Eerste "
    "monteur mobiele werktuigen niveau 3; routeteam composition and tasks without any appointment "
    "rule (c weak); overstap options without who decides (f weak); medezeggenschap PM placeholder "
    "(h weak).",
    st("a=P b=P c=W d=P e=P f=W g=P h=W i=P j=P"),
    {"a": "1. Route Mobiele Werktuigen", "b": "2. Betrokkenheid van de branche",
     "d": "4. Verantwoording aan de besturen", "e": "5. Onderwijs en organisatie",
     "g": "7. Financiën", "i": "9. Geschillen",
     "j": "10. Andere partijen, wijziging en beëindiging"},
    blocks(H271))

# ---------------------------------------------------------------- h272
H272 = """
T: Samenwerkingsovereenkomst Koksroute Heeze-Leende
S: Stichting Voortgezet Onderwijs Kempenland (bevoegd gezag De Kempfort Vakschool, Heeze) en Stichting Kempen Vakopleidingen (bevoegd gezag Vakinstelling Horeca Zuidoost, Eindhoven) spreken af:

## Route
Leerlingen van de kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, volgen vanaf leerjaar 3 een doorlopende leerroute naar het diploma Zelfstandig werkend kok, niveau 3 (BOL), domein Horeca en bakkerij. Beide besturen melden de route in RIO.

## Leerbedrijven
Restaurant De Hoefslag (Leende), Hotel Kempen (Heeze) en Brasserie Het Molenven bieden bpv-plaatsen vanaf leerjaar 5, geven jaarlijks drie gastlessen (koken op locatie) en beoordelen mee bij de proeve van bekwaamheid; met Koninklijke Horeca Nederland afdeling Kempen is er elk voorjaar een programma-overleg.

## Leiding
Een routeduo leidt de route: de teamleider HBR van de school, aangewezen door de directeur van de school, en de opleidingsmanager Koken van de vakinstelling, aangewezen door haar college van bestuur. Het duo stelt het rooster en het gezamenlijke PTA/OER op, verdeelt de lessen, beslist over toelating en overstap en mag binnen de jaarformatie zelf besluiten; personeelsbesluiten en het vaststellen van het PTA/OER blijven bij de besturen.

## Verantwoording
Het routeduo stuurt beide besturen elk jaar vóór 1 november een schriftelijk jaarverslag (in-, door- en uitstroom, examenresultaten, knelpunten) en bespreekt dat in het bestuurlijk overleg van november; in april volgt een korte tussenrapportage.

## Onderwijs, docenten en lokalen
Leerjaar 3 en 4 op de school in Heeze, vmbo-examen in leerjaar 4; leerjaar 5 en 6 op de vakinstelling in Eindhoven. Het PTA/OER legt programma en examens per leerjaar vast. Een chef-kokdocent van de vakinstelling geeft in leerjaar 3 en 4 wekelijks zes uur praktijk op de school; de docent HBR van de school begeleidt de leerlingen in leerjaar 5 één dagdeel per week. De school stelt haar praktijkkeuken beschikbaar, de vakinstelling haar leerrestaurant en banquetingkeuken.

## Overstap
Wie de route verlaat, gaat verder in de reguliere kaderberoepsgerichte leerweg (leerjaar 3-4), of zonder vmbo-diploma in een opleiding op niveau 2 of 3 van de vakinstelling zonder vooropleidingseisen, of in Kok (niveau 2), of in een andere opleiding elders. Het routeduo beslist daarover samen, na gesprek met leerling en ouders, op basis van het bereikte niveau en de leeftijd.

## Geld
Er wordt geen bekostiging overgedragen; ieder draagt de eigen kosten.

## Geschillen
Geschillen tussen de besturen over de uitvoering van deze overeenkomst: eerst routeduo, dan de twee bestuurders; lukt dat binnen acht weken niet, dan mediation en daarna de rechtbank Oost-Brabant.

## Toetreding, wijziging, opzegging
Een andere school of instelling treedt toe met schriftelijke instemming van beide besturen per 1 augustus. Wijzigen alleen schriftelijk door beide besturen, niet tijdens een lopend schooljaar. Opzeggen per 1 augustus met een jaar opzegtermijn; daarna geen nieuwe instroom, zittende leerlingen ronden de route af.

Heeze/Eindhoven, 30 juni 2025 - drs. L. van Asten (Kempenland), M. Hendrikx (Kempen Vakopleidingen)
"""

sample(
    272, "h272_zeer_kort_koksroute_heeze_leende", "docx",
    "Very short one-page agreement with one-word headings (DOCX), Heeze-Leende, HBR kb -> "
    "Zelfstandig werkend kok niveau 3 at a vakinstelling; compact but fully compliant; no "
    "medezeggenschap.",
    st("a=P b=P c=P d=P e=P f=P g=P h=N i=P j=P"),
    {"a": "Route", "b": "Leerbedrijven", "c": "Leiding", "d": "Verantwoording",
     "e": "Onderwijs, docenten en lokalen", "f": "Overstap", "g": "Geld",
     "i": "Geschillen", "j": "Toetreding, wijziging, opzegging"},
    blocks(H272))


if __name__ == "__main__":
    main(sys.argv[1:])
