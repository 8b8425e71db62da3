#!/usr/bin/env python3
"""Build training sample agreements 373-380 for leerroute-check.

Written by an independent helper author (batch "train24b"). The agreements were
composed from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at the checker code, its
models or tests, or at the texts of other samples. All schools, instellingen,
companies and people are invented.

Usage:
    python3 build_samples_train24b.py            build all samples
    python3 build_samples_train24b.py 373 376    build only those numbers
    python3 build_samples_train24b.py --check    open every produced file and verify it

Text markup used in the sample bodies (one block per blank-line separated group):
    # title        ## heading        ### subheading
    - bullet       | a | b |  (table row; first row is the header)
    > line         a one-line paragraph (address blocks, signature lines)
    ===            page break
    anything else  a paragraph (lines of one block are joined with a space)
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
LETTERS = "abcdefghij"
VALID = {"present", "weak", "missing", "not_applicable"}

SAMPLES = []  # filled below: dicts with num, name, ext, text, expected, style


def sample(num, name, ext, text, description, statuses, evidence, **style):
    SAMPLES.append({
        "num": num, "name": name, "ext": ext, "text": text, "style": style,
        "expected": {
            "description": description,
            "split": "train",
            "statuses": {k: statuses[k] for k in LETTERS},
            "evidence": evidence,
        },
    })


# ---------------------------------------------------------------------------
# markup parsing
# ---------------------------------------------------------------------------

def parse(text):
    """Return a list of (kind, payload) blocks."""
    blocks = []
    cur = None  # [kind, [lines]]

    def flush():
        nonlocal cur
        if cur is not None:
            blocks.append((cur[0], " ".join(s.strip() for s in cur[1])))
            cur = None

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        s = line.strip()
        if not s:
            flush()
            continue
        if s == "===":
            flush()
            blocks.append(("pagebreak", ""))
        elif s.startswith("### "):
            flush()
            blocks.append(("h3", s[4:].strip()))
        elif s.startswith("## "):
            flush()
            blocks.append(("h2", s[3:].strip()))
        elif s.startswith("# "):
            flush()
            blocks.append(("h1", s[2:].strip()))
        elif s.startswith("|"):
            flush()
            cells = [c.strip() for c in s.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif s.startswith("- "):
            flush()
            cur = ["bullet", [s[2:]]]
        elif s.startswith("> "):
            flush()
            blocks.append(("p", s[2:].strip()))
        else:
            if cur is None:
                cur = ["p", [s]]
            else:
                cur[1].append(s)
    flush()
    return blocks


# ---------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------

def write_pdf(path, text, style):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer,
                                    PageBreak, Table, TableStyle)
    from xml.sax.saxutils import escape

    font = style.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}[font]
    size = style.get("size", 10)
    lead = size * 1.35
    align = TA_JUSTIFY if style.get("justify") else TA_LEFT
    st = {
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=size + 8,
                             alignment=TA_CENTER, spaceAfter=10),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=size + 4,
                             spaceBefore=9, spaceAfter=4),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=size, leading=lead,
                             spaceBefore=5, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=lead,
                            alignment=align, spaceAfter=5),
        "bullet": ParagraphStyle("b", fontName=font, fontSize=size, leading=lead,
                                 leftIndent=16, bulletIndent=5, spaceAfter=3),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.3),
    }
    header = style.get("header", "")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        if header:
            canvas.drawString(2.2 * cm, A4[1] - 1.3 * cm, header)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    story = []
    for kind, payload in parse(text):
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            rows = []
            for i, r in enumerate(payload):
                cs = st["cellb"] if i == 0 else st["cell"]
                rows.append([Paragraph(escape(c), cs) for c in r])
            ncol = len(payload[0])
            width = A4[0] - 4.4 * cm
            t = Table(rows, colWidths=[width / ncol] * ncol, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "bullet":
            story.append(Paragraph(escape(payload), st["bullet"], bulletText="\u2022"))
        else:
            story.append(Paragraph(escape(payload), st[kind]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.0 * cm, invariant=1,
                            title=style.get("title", ""), author=style.get("author", ""),
                            creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def write_docx(path, text, style):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = style.get("font", "Calibri")
    normal.font.size = Pt(style.get("size", 11))
    headings = style.get("headings", "builtin")  # builtin | bold
    for kind, payload in parse(text):
        if kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(payload[0]))
            t.style = "Table Grid"
            for i, r in enumerate(payload):
                cells = t.add_row().cells
                for c, val in zip(cells, r):
                    run = c.paragraphs[0].add_run(val)
                    run.bold = (i == 0)
            d.add_paragraph()
        elif kind == "bullet":
            d.add_paragraph(payload, style="List Bullet")
        elif kind in ("h1", "h2", "h3"):
            level = {"h1": 0, "h2": 1, "h3": 2}[kind]
            if headings == "builtin":
                d.add_heading(payload, level=level)
            else:
                p = d.add_paragraph()
                r = p.add_run(payload)
                r.bold = True
                if kind == "h1":
                    r.font.size = Pt(style.get("size", 11) + 3)
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            d.add_paragraph(payload)
    cp = d.core_properties
    cp.author = style.get("author", "")
    cp.last_modified_by = style.get("author", "")
    cp.title = style.get("title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as f:
        f.write(_fix_zip(buf.getvalue()))


def write_md(path, text, style):
    out = []
    for kind, payload in parse(text):
        if kind == "h1":
            out.append("# " + payload)
        elif kind == "h2":
            out.append("## " + payload)
        elif kind == "h3":
            out.append("### " + payload)
        elif kind == "bullet":
            out.append("- " + payload)
        elif kind == "pagebreak":
            out.append("---")
        elif kind == "table":
            rows = ["| " + " | ".join(r) + " |" for r in payload]
            rows.insert(1, "|" + "|".join(["---"] * len(payload[0])) + "|")
            out.append("\n".join(rows))
        else:
            out.append(payload)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(out) + "\n")


def _wrap(s, width=78, indent=""):
    words, lines, cur = s.split(), [], indent
    for w in words:
        if len(cur) + len(w) + 1 > width and cur.strip():
            lines.append(cur.rstrip())
            cur = indent
        cur += w + " "
    if cur.strip():
        lines.append(cur.rstrip())
    return "\n".join(lines)


def write_txt(path, text, style):
    out = []
    for kind, payload in parse(text):
        if kind == "h1":
            out.append(payload.upper() if style.get("upper_title") else payload)
            out.append("=" * min(len(payload), 78))
        elif kind == "h2":
            out.append(payload + "\n" + "-" * min(len(payload), 78))
        elif kind == "h3":
            out.append(payload)
        elif kind == "bullet":
            out.append(_wrap(payload, indent="  ").replace("  ", "- ", 1))
        elif kind == "pagebreak":
            out.append("* * *")
        elif kind == "table":
            out.append("\n".join(" | ".join(r) for r in payload))
        else:
            out.append(_wrap(payload))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(out) + "\n")


WRITERS = {"pdf": write_pdf, "docx": write_docx, "md": write_md, "txt": write_txt}


# ---------------------------------------------------------------------------
# extraction for --check
# ---------------------------------------------------------------------------

def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        pdf.close()
        return "\n".join(parts)
    if ext == "docx":
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
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# build / check
# ---------------------------------------------------------------------------

def fname(s):
    return "%d_%s" % (s["num"], s["name"])


def build(sel):
    for s in SAMPLES:
        if sel and s["num"] not in sel:
            continue
        base = os.path.join(HERE, fname(s))
        WRITERS[s["ext"]](base + "." + s["ext"], s["text"], s["style"])
        with open(base + ".expected.json", "w", encoding="utf-8") as f:
            f.write(json.dumps(s["expected"], ensure_ascii=False, indent=2) + "\n")
        print("wrote", fname(s) + "." + s["ext"])


def check():
    ok = True
    counts = {}
    for s in SAMPLES:
        base = os.path.join(HERE, fname(s))
        path = base + "." + s["ext"]
        counts[s["ext"]] = counts.get(s["ext"], 0) + 1
        problems = []
        if not (373 <= s["num"] <= 380):
            problems.append("number out of range")
        try:
            size = os.path.getsize(path)
            if size >= MAX_BYTES:
                problems.append("too large: %d bytes" % size)
            text = norm(extract(path))
        except Exception as e:  # noqa: BLE001
            problems.append("cannot open: %r" % e)
            text = ""
        exp = s["expected"]
        for k, v in exp["statuses"].items():
            if v not in VALID:
                problems.append("bad status %s=%s" % (k, v))
        for k, ev in exp["evidence"].items():
            if exp["statuses"][k] != "present":
                problems.append("evidence for non-present item %s" % k)
            if norm(ev) not in text:
                problems.append("evidence %s not found: %r" % (k, ev))
        try:
            with open(base + ".expected.json", encoding="utf-8") as f:
                if json.load(f) != exp:
                    problems.append("expected.json differs from table")
        except Exception as e:  # noqa: BLE001
            problems.append("expected.json unreadable: %r" % e)
        status = "OK " if not problems else "FAIL"
        print(status, fname(s) + "." + s["ext"], "(%d chars)" % len(text))
        for p in problems:
            print("     -", p)
        ok = ok and not problems
    print("formats:", counts)
    return ok


# ===========================================================================
# 373 - numbered list of afspraken, no articles, no headings (PDF, compliant)
# ===========================================================================

T373 = """
# Afsprakenlijst doorlopende leerroute Elektro Oost-Achterhoek

vmbo Produceren, installeren en energie (kader) naar mbo Eerste monteur elektrotechnische installaties in de gebouwde omgeving (niveau 3)

Ondertekenaars:

Stichting Voortgezet Onderwijs Oost-Achterhoek, statutair gevestigd te Eibergen, bevoegd gezag van het Berkelland Vakcollege, hierna: het vakcollege, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. H.J. Wiggers-ten Dam;

Stichting Regionaal Opleidingencentrum Achterhoek-IJssel, statutair gevestigd te Doetinchem, hierna: het ROC, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer ing. G.W. Lubbers.

Wij leggen onze samenwerking vast in de twintig genummerde afspraken hieronder. Samen vormen zij de samenwerkingsovereenkomst bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Wat hier staat, geldt zoals het er staat; alleen het jaarlijkse PTA/OER (afspraak 9) werkt de afspraken verder uit.

1. Het Berkelland Vakcollege en ROC Achterhoek-IJssel verzorgen samen één doorlopende leerroute. Leerlingen starten in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie, en ronden de route af met het vmbo-diploma en het mbo-diploma Eerste monteur elektrotechnische installaties in de gebouwde omgeving (niveau 3, opleidingsdomein Installatie- en energietechniek). De mbo-fase wordt gevolgd in de beroepsopleidende leerweg; in het laatste routejaar kan een student met instemming van het ROC naar de beroepsbegeleidende leerweg overstappen.

2. De route duurt in de regel vijf jaar: twee routejaren in de vo-fase (leerjaar 3 en 4 vmbo) en drie routejaren in de mbo-fase. Bij goede voortgang kan de mbo-fase met een half jaar worden verkort. De leerling doet het centraal examen vmbo in routejaar 2; wie dan niet slaagt, kan het vmbo-diploma uiterlijk in routejaar 3 alsnog behalen. Per schooljaar starten ten hoogste twee groepen van elk zestien leerlingen.

3. Leerlingen van leerjaar 2 kader melden zich vóór 1 maart aan voor de route. Na een intakegesprek met de leerling en zijn ouders beslist het routeduo (afspraak 5) vóór 1 mei over de toelating.

4. Vijf installatiebedrijven uit Berkelland, Oost Gelre en Winterswijk, te weten Elektro Gosselink B.V., Installatiebedrijf Te Winkel, Kleinsman Techniek, Wolbrink Installaties en Elektrotechniek Van Dijk-Heuvink, vormen samen met de regioadviseur van SBB de Werkplaatsraad Elektro. De werkplaatsraad komt twee keer per schooljaar bijeen met het routeduo. De bedrijven zorgen voor (a) een bedrijfsbezoek en twee gastlessen per leerjaar in de vo-fase, (b) in routejaar 2 een snuffelstage van twee weken voor iedere leerling, (c) in de mbo-fase bpv-plaatsen bij een erkend leerbedrijf en (d) een praktijkbeoordelaar bij iedere proeve van bekwaamheid. Elk voorjaar adviseert de werkplaatsraad over de keuzedelen en de praktijkopdrachten van het volgende schooljaar; het routeduo laat schriftelijk weten wat met dat advies is gedaan. Andere bedrijven sluiten aan op voordracht van de werkplaatsraad.

5. De leiding over de route ligt bij het routeduo: de teamleider techniek van het vakcollege en de opleidingsmanager installatietechniek van het ROC. Het college van bestuur van het vakcollege wijst zijn lid van het routeduo schriftelijk aan, het college van bestuur van het ROC het zijne. De colleges melden elkaar iedere aanwijzing en iedere vervanging binnen twee weken.

6. Beide colleges van bestuur dragen het routeduo de volgende taken en bevoegdheden op: beslissen over de toelating van leerlingen tot de route; het gezamenlijke PTA/OER opstellen en dat vóór 1 juni ter vaststelling voorleggen aan beide besturen; het rooster maken en de lesuren verdelen; binnen de door de besturen vastgestelde formatie de docenten van beide partijen inzetten; en het routebudget beheren tot een bedrag van € 25.000 per schooljaar. Voor uitgaven daarboven, voor een andere omvang van de instroom en voor alles wat de rechtspositie van personeel raakt, is vooraf toestemming van beide colleges nodig.

7. Elk jaar vóór 1 november stuurt het routeduo beide colleges van bestuur een schriftelijke routerapportage over het afgelopen schooljaar: in-, door- en uitstroom per cohort, examenresultaten, overstappen (afspraak 13), besteding van het routebudget en de adviezen van de werkplaatsraad. De rapportage wordt besproken in het bestuurlijk overleg van december, waarin beide colleges zitting hebben en waarin het routeduo verantwoording aflegt. Tussentijds informeert het routeduo de colleges binnen vijf werkdagen over incidenten, over een dreigend tekort aan bpv-plaatsen en over al het andere waarvan het redelijkerwijs kan aannemen dat de colleges het moeten weten.

8. Routejaar 1 en 2 worden gegeven in het gebouw van het vakcollege aan de Haaksbergseweg te Eibergen; de installatiepraktijk van routejaar 2, één dag per week, vindt plaats in de installatiehal van het ROC op de Techniekcampus in Doetinchem. Routejaar 3 tot en met 5 vinden plaats op de Techniekcampus en bij het leerbedrijf.

9. Vakcollege en ROC beschrijven samen, voor de hele route en per routejaar, het onderwijsprogramma, de examinering en de beroepspraktijkvorming in één PTA/OER. Daarin staat welke onderdelen tot het vmbo behoren, welke tot het mbo en welke gecombineerd worden aangeboden. Het vakcollege blijft verantwoordelijk voor het vmbo-examen, het ROC voor de mbo-examinering en de diplomering.

10. De route wordt verzorgd door één docententeam van vier docenten van het vakcollege en drie docenten van het ROC. ROC-docenten geven in routejaar 2 zes lesuren per week elektrotechniek op het vakcollege; docenten van het vakcollege geven in routejaar 3 Nederlands en rekenen op de campus. Voor de vakoverstijgende praktijkopdrachten werkt het team met de teambevoegdheid; per programmaonderdeel is ten minste één bevoegde docent betrokken, zoals in het PTA/OER is aangegeven. Iedere docent blijft in dienst van zijn eigen werkgever, die de arbeidsvoorwaarden, de begeleiding en de beoordeling verzorgt.

11. Het vakcollege stelt zijn PIE-werkplaats en twee theorielokalen ter beschikking voor de lessen van ROC-docenten; het ROC stelt zijn installatiehal, meetapparatuur en oefenruimte voor veilig werken aan elektrische installaties ter beschikking aan leerlingen in routejaar 2. Beide partijen geven de routegroepen toegang tot hun elektronische leeromgeving. Schade die een leerling bij de andere partij veroorzaakt, wordt afgehandeld via de verzekering van de partij waar de leerling staat ingeschreven.

12. Een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de leerling of student staat ingeschreven. De andere partij verleent volledige medewerking en zorgt ervoor dat de betrokken medewerker wordt gehoord.

13. Stopt een leerling of student met de route voordat die met succes is afgerond, dan bieden vakcollege en ROC altijd een vervolg dat leidt tot een diploma. Afhankelijk van het moment zijn dat in elk geval: (a) in de vo-fase de reguliere kaderberoepsgerichte leerweg in het profiel PIE of een ander profiel van het vakcollege, met het vmbo-diploma als doel; (b) na het behalen van het vmbo-diploma een andere mbo-opleiding van het ROC op niveau 2 of 3, zonder dat vooropleidingseisen gelden; (c) heeft de leerling aan het eind van routejaar 3 het vmbo-diploma niet behaald, dan voortzetting van een mbo-opleiding van vergelijkbaar niveau bij het ROC of, als dat beter past, een extra jaar om het vmbo-diploma te halen; (d) bij verhuizing bemiddeling naar een passende opleiding elders, met een warme overdracht van het dossier. Welke mogelijkheid het wordt, beslissen vakcollege en ROC samen, op grond van het bereikte onderwijsniveau en de leeftijd van de leerling en na een gesprek met de leerling en zijn ouders. Het routeduo legt het besluit binnen vier weken na dat gesprek schriftelijk vast.

14. Voor iedere leerling die op 1 oktober in routejaar 2 staat ingeschreven, draagt het vakcollege een deel van zijn bekostiging over aan het ROC: € 1.150 per leerling, ter dekking van de inzet van de ROC-docenten in routejaar 2 (afspraak 10) en het gebruik van de installatiehal (afspraak 11). Het ROC factureert vóór 1 december; het vakcollege betaalt binnen dertig dagen. Het ROC draagt geen bekostiging over aan het vakcollege; de lessen die vakcollegedocenten in routejaar 3 geven, worden niet doorberekend.

15. Naast de wettelijke regels (WMS voor de vo-fase, WEB en WOR voor de mbo-fase) spreken wij af: (a) de leerlingen van routejaar 2 kiezen uit hun midden één vertegenwoordiger die met spreekrecht deelneemt aan de vergaderingen van de studentenraad van de Techniekcampus; (b) de medezeggenschapsraad van het vakcollege en de studentenraad van het ROC ontvangen beide de routerapportage van afspraak 7 en bespreken die eenmaal per jaar in een gezamenlijke bijeenkomst; (c) een voorgenomen wijziging van de omvang of de inrichting van de route wordt aan beide raden voor advies voorgelegd.

16. Komen partijen er over de uitvoering van deze afspraken niet uit, dan legt het routeduo het geschil binnen twee weken voor aan de voorzitters van beide colleges van bestuur. Is er zes weken daarna geen oplossing, dan schakelen partijen een mediator in die zij samen kiezen. Slaagt de mediation niet binnen drie maanden, dan kan iedere partij het geschil voorleggen aan de bevoegde rechter in het arrondissement Gelderland.

17. Een andere vmbo-school of mbo-instelling kan partij worden bij deze afspraken als (a) zij de route in hetzelfde profiel en naar dezelfde kwalificatie aanbiedt of gaat aanbieden, (b) beide huidige partijen daar schriftelijk mee instemmen en (c) zij een toetredingsverklaring tekent waarin zij alle afspraken onderschrijft. De toetreding gaat in op 1 augustus na de ondertekening, zodat lopende groepen niet halverwege een schooljaar met een andere indeling te maken krijgen. De nieuwe en de bestaande partijen melden de deelname samen bij DUO.

18. Deze afspraken worden alleen gewijzigd bij een schriftelijk stuk dat beide colleges van bestuur ondertekenen, na advies van het routeduo. Een wijziging die het programma, de examinering of de overstapmogelijkheden raakt, geldt voor leerlingen die al in de route zitten alleen als zij hen niet benadeelt, en gaat niet eerder in dan bij het begin van een schooljaar.

19. Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd. Iedere partij kan schriftelijk opzeggen tegen 1 augustus van enig jaar, met een termijn van ten minste twaalf maanden. Na een opzegging worden geen nieuwe leerlingen meer toegelaten; leerlingen en studenten die al zijn gestart, ronden de route bij dezelfde partijen af en voor hen blijven deze afspraken gelden. Bij een ernstige tekortkoming die na een schriftelijke ingebrekestelling niet binnen twee maanden is hersteld, kan de andere partij de overeenkomst ontbinden; ook dan blijven de afspraken gelden voor de lopende cohorten, zo nodig met toepassing van afspraak 13.

20. Beide partijen melden de route gezamenlijk bij DUO via RIO, vóór de start van het eerste cohort.

Getekend in tweevoud te Eibergen op 30 juni 2025.

Voor Stichting Voortgezet Onderwijs Oost-Achterhoek: mevrouw drs. H.J. Wiggers-ten Dam, voorzitter college van bestuur

Voor Stichting Regionaal Opleidingencentrum Achterhoek-IJssel: de heer ing. G.W. Lubbers, voorzitter college van bestuur
"""

sample(
    373, "afsprakenlijst_zonder_artikelen_eibergen_elektrotechniek", "pdf", T373,
    "Genummerde lijst van twintig afspraken zonder artikelen of kopjes, PDF; Achterhoek "
    "(Eibergen/Doetinchem), PIE kader naar Eerste monteur elektrotechnische installaties niveau 3; "
    "volledig: overdracht met bedrag en doel, werkplaatsraad met SBB, routeduo met aanwijzing en mandaat, "
    "extra medezeggenschap.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "verzorgen samen één doorlopende leerroute",
     "b": "Vijf installatiebedrijven uit Berkelland",
     "c": "De leiding over de route ligt bij het routeduo",
     "d": "Elk jaar vóór 1 november stuurt het routeduo",
     "e": "De route wordt verzorgd door één docententeam",
     "f": "Stopt een leerling of student met de route",
     "g": "draagt het vakcollege een deel van zijn bekostiging over",
     "h": "Naast de wettelijke regels",
     "i": "Komen partijen er over de uitvoering van deze afspraken niet uit",
     "j": "Een andere vmbo-school of mbo-instelling kan partij worden"},
    font="Helvetica", size=10, justify=True,
    header="Afsprakenlijst DLR Elektro Oost-Achterhoek - versie 30 juni 2025",
    title="Afsprakenlijst doorlopende leerroute Elektro Oost-Achterhoek",
    author="Routeduo Elektro Oost-Achterhoek",
)


# ===========================================================================
# 374 - letter in the u/wij voice (DOCX, defective: b missing, c weak, i weak)
# ===========================================================================

T374 = """
> ROC Delta Zuid
> College van Bestuur
> Postbus 3021, 4530 GA Terneuzen

> Aan het college van bestuur van Stichting Katholiek Voortgezet Onderwijs Zeeuws-Vlaanderen
> t.a.v. mevrouw M.A. de Kraker-Van Hoeve, voorzitter
> Axelsestraat 118
> 4537 AL Terneuzen

> Terneuzen, 30 juni 2025
> Ons kenmerk: CvB/2025/0412
Onderwerp: samenwerkingsovereenkomst doorlopende leerroute Logistiek, Scheldemond Vakcollege en ROC Delta Zuid

Geacht college,

In ons bestuurlijk overleg van 12 mei jongstleden hebben wij met u afgesproken dat het Scheldemond Vakcollege en ROC Delta Zuid met ingang van het schooljaar 2025-2026 samen een doorlopende leerroute gaan verzorgen. De aanleiding kent u: de havenbedrijven, op- en overslagbedrijven en vervoerders in de Kanaalzone komen logistiek leidinggevenden op mbo-niveau tekort, en het bedrijfsleven in de regio heeft ons beiden gevraagd meer jongeren daarvoor op te leiden.

Met deze brief leggen wij de afspraken vast die wij met u hebben gemaakt. Wanneer u de brief namens uw stichting voor akkoord tekent en een exemplaar aan ons terugstuurt, geldt zij als de samenwerkingsovereenkomst tussen uw stichting en de onze, zoals bedoeld in artikel 2.107b van de WVO 2020 en artikel 9.1.3 van de WEB. Waar wij hieronder "u" schrijven, bedoelen wij uw stichting en het Scheldemond Vakcollege; met "wij" bedoelen wij ROC Delta Zuid.

## De route die wij samen aanbieden

U biedt in de route het profiel Mobiliteit en transport aan in de kaderberoepsgerichte leerweg. Wij bieden daarop aansluitend de opleiding Logistiek teamleider aan, niveau 3, in het opleidingsdomein Transport, scheepvaart en logistiek, in de beroepsopleidende leerweg. De eerste groep start op 1 augustus 2025 in leerjaar 3 van uw school. Per jaar kunnen ten hoogste twintig leerlingen instromen. Het vmbo-examen nemen uw leerlingen af in routejaar 2; in routejaar 3 schrijven zij zich bij ons in als student.

## Wie de route leidt

De route wordt geleid door een stuurgroep van vier personen: uw afdelingsleider bovenbouw, onze teamleider Logistiek en daarnaast van beide kanten een docent uit het routeteam. De stuurgroep stelt de jaarplanning en het gezamenlijke PTA/OER op, beslist over de toelating van leerlingen tot de route, regelt de inzet van docenten binnen de formatie die u en wij daarvoor beschikbaar stellen en mag binnen een jaarbudget van € 15.000 zelfstandig uitgaven doen. Besluiten over de omvang van de instroom en over personeel in vaste dienst houden u en wij aan onszelf.

## Hoe u en wij op de hoogte blijven

De stuurgroep stuurt u en ons twee keer per jaar, in februari en in september, een schriftelijke voortgangsrapportage met de aantallen leerlingen en studenten per leerjaar, de uitval en de overstappen, de examenresultaten en de besteding van het budget. In het bestuurlijk overleg van oktober legt de stuurgroep over het afgelopen schooljaar verantwoording af aan u en aan ons. Dreigt iets mis te gaan, dan hoort u dat en horen wij dat binnen een week.

## Waar, door wie en met welke middelen

Routejaar 1 en 2 vinden plaats in uw gebouw aan de Zeldenrustlaan in Terneuzen. Eén middag per week werken uw leerlingen in routejaar 2 in ons logistiek leercentrum op de campus Terneuzen, met de magazijnsimulator en de heftruckbaan. Vanaf routejaar 3 is het onderwijs op onze campus.

Uw docenten en de onze vormen één routeteam. Twee van onze docenten verzorgen in routejaar 2 vier lesuren per week logistiek bij u op school; een docent van u geeft in routejaar 3 bij ons het vak Nederlands aan de routegroep. Voor de gecombineerde praktijkopdrachten maken wij gebruik van de teambevoegdheid; het PTA/OER vermeldt bij elk onderdeel welke bevoegde docent ervoor verantwoordelijk is. Iedere docent blijft in dienst bij zijn eigen werkgever.

U stelt uw transportlokaal en uw computerlokaal beschikbaar voor de lessen van onze docenten; wij stellen ons logistiek leercentrum en onze licenties voor het magazijnbeheersysteem beschikbaar aan uw leerlingen. Het onderwijsprogramma en de examinering beschrijven wij samen per leerjaar in het PTA/OER, dat ieder jaar vóór 1 juli door u en door ons wordt vastgesteld.

## Als een leerling de route niet afmaakt

Stopt een leerling in routejaar 1 of 2, dan maakt hij zijn opleiding bij u af in de reguliere kaderberoepsgerichte leerweg, in hetzelfde of in een ander profiel, met het vmbo-diploma als doel. Stopt een student later, dan kan hij bij ons overstappen naar een andere opleiding op niveau 2 of 3, bijvoorbeeld Logistiek medewerker of Chauffeur goederenvervoer; vooropleidingseisen gelden dan niet, ook niet wanneer het vmbo-diploma nog niet is behaald. Wie het vmbo-diploma aan het eind van routejaar 3 niet heeft, krijgt de keuze tussen een extra jaar bij u en voortzetting van een mbo-opleiding op vergelijkbaar niveau bij ons. U en wij bepalen samen welk vervolg het beste past, kijkend naar het bereikte niveau en de leeftijd van de leerling, en pas na een gesprek met de leerling en zijn ouders; de mentor legt het besluit binnen een maand vast in het leerlingdossier.

## Geld

Tussen u en ons wordt geen bekostiging overgedragen, ook niet met toepassing van artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Ieder draagt zijn eigen kosten; de lessen die onze docenten bij u geven en die uw docent bij ons geeft, worden over en weer niet doorberekend.

## Medezeggenschap

Uw medezeggenschapsraad en onze studentenraad wijzen elk twee leden aan voor een gezamenlijk routeoverleg. Dat overleg bespreekt eenmaal per jaar de voortgangsrapportage en mag u en ons gevraagd en ongevraagd advies geven over voorgenomen wijzigingen van de route. Routeleerlingen in leerjaar 4 mogen bovendien een vertegenwoordiger naar de vergaderingen van onze studentenraad sturen.

## Als wij het niet eens worden

Ontstaat tussen u en ons verschil van mening over de uitvoering van deze afspraken, dan lossen wij dat in goed onderling overleg op. Wij gaan ervan uit dat een gesprek tussen uw voorzitter en de onze daarvoor volstaat.

## Andere scholen, wijzigen en stoppen

Een andere vmbo-school in Zeeuws-Vlaanderen kan aan de route gaan meedoen als u en wij daar allebei schriftelijk mee instemmen en die school een aanvullende brief tekent waarin zij deze afspraken aanvaardt; de deelname begint op 1 augustus na ondertekening en wordt samen bij DUO gemeld. Deze afspraken kunnen alleen worden gewijzigd met een brief die u en wij beiden ondertekenen; een wijziging gaat in bij het begin van een schooljaar en mag leerlingen die al in de route zitten niet benadelen. De afspraken gelden voor onbepaalde tijd. U en wij kunnen ze schriftelijk opzeggen tegen 1 augustus, met een termijn van ten minste een jaar. Na opzegging laten wij geen nieuwe leerlingen meer toe, maar leerlingen en studenten die al zijn begonnen, maken de route bij u en bij ons af.

Wij hopen met deze brief helder te hebben vastgelegd wat wij samen hebben afgesproken, en zien uw akkoord graag tegemoet.

> Met vriendelijke groet,

> College van Bestuur ROC Delta Zuid
> ir. P.J. Verhage, voorzitter

> Voor akkoord namens Stichting Katholiek Voortgezet Onderwijs Zeeuws-Vlaanderen:
> mevrouw M.A. de Kraker-Van Hoeve, voorzitter college van bestuur
> Datum: ........................  Handtekening: ........................
"""

sample(
    374, "brief_u_wij_terneuzen_logistiek", "docx", T374,
    "Brief van het ROC aan het schoolbestuur in de u/wij-vorm die na tekening voor akkoord de "
    "overeenkomst is, DOCX; Zeeuws-Vlaanderen (Terneuzen), Mobiliteit en transport kader naar Logistiek "
    "teamleider niveau 3; gebreken: bedrijfsleven alleen in de aanleiding (b missing), stuurgroep zonder "
    "wijze van aanwijzing van de leden (c weak), geschillen alleen in goed overleg (i weak).",
    {"a": "present", "b": "missing", "c": "weak", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "weak", "j": "present"},
    {"a": "De route die wij samen aanbieden",
     "d": "Hoe u en wij op de hoogte blijven",
     "e": "Waar, door wie en met welke middelen",
     "f": "Als een leerling de route niet afmaakt",
     "g": "Geld",
     "h": "Medezeggenschap",
     "j": "Andere scholen, wijzigen en stoppen"},
    font="Arial", size=10.5, headings="bold",
    title="Samenwerkingsovereenkomst DLR Logistiek (brief)", author="Bestuurssecretariaat ROC Delta Zuid",
)


# ===========================================================================
# 375 - headings that name two or three subjects each (DOCX, compliant)
# ===========================================================================

T375 = """
# Samenwerkingsovereenkomst doorlopende leerroute Mediavormgeving Veenendaal

De ondergetekenden:

1. Stichting Christelijk Voortgezet Onderwijs De Vallei, statutair gevestigd te Veenendaal, bevoegd gezag van het Vallei Vakcollege, te dezen rechtsgeldig vertegenwoordigd door de heer mr. J.P. van Wijngaarden, voorzitter van het college van bestuur, hierna te noemen: "het Vakcollege";

2. Stichting Regionaal Opleidingencentrum Heuvelrug Vallei, statutair gevestigd te Ede, te dezen rechtsgeldig vertegenwoordigd door mevrouw dr. S.E. Ouwerkerk, voorzitter van het college van bestuur, hierna te noemen: "het ROC";

samen: "partijen",

komen het volgende overeen.

## Artikel 1 Partijen, begrippen en route

1.1 In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute vmbo-mbo bedoeld in lid 3; vo-fase: de eerste twee routejaren, waarin de leerling bij het Vakcollege staat ingeschreven; mbo-fase: de routejaren daarna, waarin de leerling als student bij het ROC staat ingeschreven; routeraad: het orgaan bedoeld in artikel 3; PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route.

1.2 Partijen handelen als bevoegd gezag van een school voor voorbereidend beroepsonderwijs respectievelijk een instelling voor beroepsonderwijs, en sluiten deze overeenkomst op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB.

1.3 De route begint in leerjaar 3 van de gemengde leerweg van het Vakcollege met het beroepsgerichte profiel Media, vormgeving en ICT, en leidt naar het diploma van de middenkaderopleiding Mediavormgever (niveau 4, opleidingsdomein Media en vormgeving) van het ROC, in de beroepsopleidende leerweg. Leerlingen van de kaderberoepsgerichte leerweg met hetzelfde profiel kunnen tot de route worden toegelaten als hun mentor en de routeraad dat verantwoord achten.

1.4 De route duurt vijf jaar en start voor het eerst op 1 augustus 2025. Jaarlijks worden ten hoogste 24 leerlingen toegelaten.

## Artikel 2 Opdrachtgevers, stages en werkveldadvies

2.1 Partijen betrekken het regionale werkveld bij de route via een werkveldpanel. Daarin hebben in elk geval zitting: reclamebureau Studio Grebbe te Rhenen, drukkerij en printmediabedrijf Van Eck & Ruisch te Veenendaal, de webdesignstudio Pixelhof te Ede en de regionale omroep Valleistroom. De adviseur praktijkleren van SBB voor de creatieve sector is vaste gast van het panel.

2.2 De bedrijven in het werkveldpanel leveren ieder schooljaar ten minste twee levensechte opdrachten per routegroep, die de leerlingen vanaf routejaar 1 uitvoeren voor een echte opdrachtgever; zij bieden bpv-plaatsen als erkend leerbedrijf; en een van hun medewerkers beoordeelt als tweede beoordelaar het eindportfolio en de proeve van bekwaamheid.

2.3 Het werkveldpanel komt twee keer per jaar bijeen en adviseert de routeraad over de keuzedelen, de inhoud van de praktijkopdrachten en de aansluiting van het programma op de beroepspraktijk. De routeraad reageert schriftelijk op elk advies.

## Artikel 3 Routeraad, mandaat en rekenschap

3.1 De leiding over de route berust bij de routeraad. Deze bestaat uit de afdelingsleider bovenbouw van het Vakcollege, de onderwijsmanager Creatieve Industrie van het ROC en een routecoördinator.

3.2 Het college van bestuur van het Vakcollege benoemt de afdelingsleider als lid, het college van bestuur van het ROC de onderwijsmanager. De routecoördinator wordt door beide colleges gezamenlijk benoemd voor een termijn van twee jaar, die eenmaal kan worden verlengd. Een lid kan worden ontslagen door het college dat hem heeft benoemd; de routecoördinator alleen door beide colleges samen.

3.3 De colleges van bestuur dragen de routeraad op: de dagelijkse leiding van de route; het opstellen van het PTA/OER en de jaarplanning; de toelating van leerlingen; de inzet van het docententeam binnen de formatie die de colleges toewijzen; het onderhouden van de contacten met het werkveldpanel; en het besteden van het routebudget. De routeraad is bevoegd zelfstandig te beslissen over rooster, groepsindeling en toelating, en over uitgaven tot € 10.000 per geval. Besluiten over de omvang van de instroom, over personele aanstellingen en over uitgaven boven dat bedrag neemt de routeraad niet: die legt hij voor aan beide colleges.

3.4 De routeraad legt rekenschap af aan beide colleges van bestuur. Hij stuurt hun vóór 1 februari en vóór 1 september een schriftelijke tussenrapportage over aantallen, voortgang, uitval, overstappen en besteding van het budget, en vóór 1 november een jaarverslag over het afgelopen schooljaar. Het jaarverslag wordt besproken in het jaarlijkse bestuurlijk overleg van beide colleges in november. Vraagt een college om aanvullende informatie, dan verstrekt de routeraad die binnen tien werkdagen.

## Artikel 4 Lesprogramma, mensen en middelen

4.1 Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming voor de hele route per leerjaar in het PTA/OER. Het PTA/OER vermeldt welke onderdelen tot het vmbo behoren, welke tot het mbo en welke gezamenlijk worden aangeboden. Het wordt jaarlijks vóór 1 juli door beide colleges vastgesteld.

4.2 De vo-fase vindt plaats in het gebouw van het Vakcollege aan de Kerkewijk te Veenendaal; in routejaar 2 volgen de leerlingen twee dagdelen per week les in de mediastudio van het ROC aan de Horapark te Ede. De mbo-fase vindt plaats bij het ROC en bij het leerbedrijf.

4.3 Het onderwijs wordt verzorgd door één docententeam van drie docenten van het Vakcollege en drie docenten van het ROC. Docenten van het ROC geven in routejaar 2 de vakken fotografie, typografie en webdesign; een docent Nederlands van het Vakcollege begeleidt in routejaar 3 het taalonderwijs van de routegroep. Voor de gecombineerde projectweken wordt de teambevoegdheid toegepast; het PTA/OER vermeldt voor welke onderdelen en welke bevoegde docent per onderdeel verantwoordelijk is. Elke docent blijft in dienst van zijn eigen werkgever.

4.4 Het ROC stelt de mediastudio, de fotostudio, het Mac-lab en de bijbehorende softwarelicenties ter beschikking aan de routeleerlingen in de vo-fase. Het Vakcollege stelt een vast lokaal met grafische werkplekken ter beschikking aan de docenten van het ROC. Het gebruik van elkaars ruimten en apparatuur wordt niet in rekening gebracht.

4.5 Het Vakcollege is verantwoordelijk voor het vmbo-deel van het programma en voor het eindexamen vmbo, ook als de leerling al bij het ROC is ingeschreven; het ROC voor het mbo-deel, de beroepspraktijkvorming en de mbo-examinering. Een klacht over een medewerker van de andere partij wordt door beide partijen behandeld als een klacht over een eigen medewerker.

## Artikel 5 Uitstappen, overstappen en begeleiding

5.1 Een leerling die de route verlaat voordat hij haar met succes heeft afgerond, krijgt altijd een vervolg dat leidt tot een diploma. Verlaat hij de route in de vo-fase, dan vervolgt hij zijn opleiding in de gemengde of kaderberoepsgerichte leerweg van het Vakcollege, in hetzelfde of een ander profiel. Verlaat hij de route in de mbo-fase, dan kan hij overstappen naar een andere opleiding van het ROC op niveau 3 of 4, zoals Mediamaker of Fotograaf; voor een opleiding van het ROC gelden dan geen vooropleidingseisen. Heeft de leerling aan het eind van routejaar 3 het vmbo-diploma niet behaald, dan kan hij zijn mbo-opleiding voortzetten op hetzelfde of een lager niveau, of een jaar langer doen over het vmbo-diploma.

5.2 Het Vakcollege en het ROC beslissen samen welk vervolg het best past, rekening houdend met het bereikte onderwijsniveau, de leeftijd en de wensen van de leerling. Zij doen dat binnen zes weken nadat de leerling of zijn ouders hebben aangegeven te willen stoppen, of nadat de routeraad heeft vastgesteld dat voortzetting niet verantwoord is, en in elk geval vóór het begin van de volgende onderwijsperiode. Het besluit wordt met de leerling en zijn ouders besproken en schriftelijk vastgelegd.

5.3 De mentor en de studieloopbaanbegeleider zorgen samen voor een warme overdracht. Partijen nemen de werkwijze van dit artikel op in de schoolgids van het Vakcollege en in de studiegids van het ROC.

## Artikel 6 Geld en zeggenschap

6.1 Partijen dragen geen bekostiging aan elkaar over, niet op grond van artikel 5.42a WVO 2020 en niet op grond van artikel 9.1.15 WEB. Iedere partij draagt de kosten van het eigen personeel, de eigen voorzieningen en het eigen aandeel in het routebudget.

6.2 Voor de medezeggenschap spreken partijen bovenop de wettelijke regels het volgende af. De medezeggenschapsraad van het Vakcollege en de studentenraad van het ROC vormen samen een routecommissie van vier leden: twee leden van de ouder- of leerlinggeleding van de medezeggenschapsraad en twee leden van de studentenraad. De routecommissie ontvangt het jaarverslag van de routeraad en heeft adviesrecht over iedere wijziging van het PTA/OER en van artikel 5. Leerlingen in routejaar 2 mogen aan de vergaderingen van de studentenraad deelnemen.

## Artikel 7 Onenigheid, nieuwe partners en afscheid

7.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken in de routeraad. Lost dat het niet op, dan wordt het binnen vier weken besproken in een bestuurlijk overleg van beide colleges. Leidt ook dat niet binnen zes weken tot een oplossing, dan leggen partijen het voor aan een commissie van drie personen voor bindend advies; iedere partij wijst een lid aan en die twee leden kiezen een voorzitter. Het bindend advies wordt binnen drie maanden uitgebracht en de kosten worden gelijk gedeeld.

7.2 Een andere school of instelling voor beroepsonderwijs kan partij worden bij deze overeenkomst als zij een aanverwante route aanbiedt of wil aanbieden, beide partijen schriftelijk instemmen en zij een toetredingsakte tekent waarin zij de overeenkomst integraal aanvaardt. De toetreding gaat in bij het begin van een schooljaar en wordt gezamenlijk aan de minister gemeld.

7.3 Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met instemming van beide colleges en na advies van de routecommissie. Een wijziging gaat niet in tijdens een lopend schooljaar en geldt niet voor leerlingen die al in de route zitten als zij voor hen nadelig is.

7.4 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van ten minste vijftien maanden. Een partij kan de overeenkomst ontbinden als de andere partij na een schriftelijke ingebrekestelling haar verplichtingen niet binnen twee maanden nakomt. Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in; leerlingen die al in de route zitten, maken haar af onder de voorwaarden van deze overeenkomst, en partijen werken daaraan mee zolang als nodig is.

## Artikel 8 Looptijd, melding en ondertekening

8.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

8.2 Partijen melden de route vóór 1 oktober 2025 gezamenlijk aan de minister via RIO.

Aldus overeengekomen en in tweevoud ondertekend te Veenendaal op 30 juni 2025.

> Namens Stichting Christelijk Voortgezet Onderwijs De Vallei: mr. J.P. van Wijngaarden

> Namens Stichting Regionaal Opleidingencentrum Heuvelrug Vallei: dr. S.E. Ouwerkerk
"""

sample(
    375, "samengestelde_kopjes_veenendaal_mediavormgever", "docx", T375,
    "Artikelen waarvan elk kopje twee of drie onderwerpen noemt (ook c+d, g+h, i+j onder één kop), "
    "DOCX met Word-kopstijlen; Veenendaal/Ede, Media, vormgeving en ICT gemengde leerweg naar "
    "Mediavormgever niveau 4; volledig: geen overdracht van bekostiging, routecommissie medezeggenschap, "
    "bindend advies.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 1 Partijen, begrippen en route",
     "b": "Artikel 2 Opdrachtgevers, stages en werkveldadvies",
     "c": "Artikel 3 Routeraad, mandaat en rekenschap",
     "d": "Artikel 3 Routeraad, mandaat en rekenschap",
     "e": "Artikel 4 Lesprogramma, mensen en middelen",
     "f": "Artikel 5 Uitstappen, overstappen en begeleiding",
     "g": "Artikel 6 Geld en zeggenschap",
     "h": "Artikel 6 Geld en zeggenschap",
     "i": "Artikel 7 Onenigheid, nieuwe partners en afscheid",
     "j": "Artikel 7 Onenigheid, nieuwe partners en afscheid"},
    font="Calibri", size=11, headings="builtin",
    title="Samenwerkingsovereenkomst DLR Mediavormgeving Veenendaal", author="Vallei Vakcollege",
)


# ===========================================================================
# 376 - AOC interne regeling with an agreement for an outside vmbo school folded in
#       (PDF, defective: f weak - no decider/moment; j weak - no toetreding)
# ===========================================================================

T376 = """
# Regeling doorlopende leerroute Groen - Teelt West-Friesland

Deel A: interne regeling van Stichting Agrarisch Opleidingscentrum Westfriesland. Deel B: samenwerkingsovereenkomst met Stichting Openbaar Voortgezet Onderwijs Drechterland voor de leerlingen van het Vakcollege Drechterland.

Vastgesteld door het college van bestuur van Stichting Agrarisch Opleidingscentrum Westfriesland op 30 juni 2025 (deel A), en overeengekomen met het bestuur van Stichting Openbaar Voortgezet Onderwijs Drechterland op dezelfde datum (deel B).

## Deel A. Interne regeling

### A.1 Grondslag

Stichting Agrarisch Opleidingscentrum Westfriesland, statutair gevestigd te Hoorn, hierna: het AOC, is het bevoegd gezag van zowel de vmbo-groenschool AOC Westfriesland Vmbo Hoorn als de mbo-opleidingen van AOC Westfriesland Mbo Hoorn. Omdat de doorlopende leerroute binnen één rechtspersoon wordt verzorgd, regelt het AOC de onderwerpen van artikel 2.107b, tweede lid, WVO 2020 voor zijn eigen leerlingen in deze interne regeling, zoals het derde lid van dat artikel voorschrijft.

### A.2 Route en kwalificaties

De route begint in leerjaar 3 van het vmbo, profiel Groen, en kent twee varianten:

- vanuit de kaderberoepsgerichte leerweg naar de vakopleiding Vakbekwaam medewerker teelt (niveau 3, kwalificatiedossier Teelt, opleidingsdomein Voedsel, natuur en leefomgeving);
- vanuit de basisberoepsgerichte leerweg naar de basisberoepsopleiding Medewerker teelt (niveau 2, zelfde dossier).

Beide varianten hebben als uitstroomrichting de glastuinbouw en de zaadteelt en -veredeling. De mbo-fase kan in de beroepsopleidende en, vanaf het tweede mbo-jaar, in de beroepsbegeleidende leerweg worden gevolgd.

### A.3 Bedrijven in de route

Het AOC werkt in de route samen met een vaste kring van leerbedrijven, die in een routeconvenant met het AOC zijn vastgelegd: Kwekerij De Zuiderdijk te Andijk, Zaadhandel Blokker-Visser B.V. te Enkhuizen, Veredelingsbedrijf Groot-Wognum te Wognum en Tuinbouwcoöperatie Westfriese Kust. Deze bedrijven ontvangen de routegroepen in de vo-fase twee keer per jaar voor een praktijkdag, leveren per schooljaar ten minste één teeltopdracht die de leerlingen in de schoolkas uitvoeren, stellen in de mbo-fase bpv-plaatsen beschikbaar als door SBB erkend leerbedrijf en leveren de praktijkbeoordelaars voor de proeven van bekwaamheid. Twee keer per jaar bespreekt het routeteam met een afvaardiging van deze bedrijven het programma; hun advies wordt betrokken bij de vaststelling van het PTA/OER.

### A.4 Routeteam en routecoördinator

De leiding over de route berust bij het routeteam, bestaande uit de afdelingsleider vmbo bovenbouw, de onderwijsmanager Teelt en Voedsel van het mbo en een teeltdocent van het mbo. Het college van bestuur benoemt de leden van het routeteam en wijst een van hen aan als routecoördinator, telkens voor twee schooljaren. Het college draagt het routeteam op: het opstellen van het PTA/OER en de jaarplanning, de toelating van leerlingen tot de route, de roostering, de inzet van docenten uit de vmbo- en de mbo-formatie en het beheer van het routebudget. Het routeteam beslist daarover zelfstandig, met uitzondering van de omvang van de instroom en van uitgaven boven € 20.000 per schooljaar, die het college van bestuur zich voorbehoudt.

### A.5 Informatie aan het college

Het routeteam brengt na afloop van ieder trimester een korte schriftelijke voortgangsnotitie uit aan het college van bestuur, met de aantallen leerlingen, de uitval, de examenresultaten en de uitgaven. Vóór 1 november legt het routeteam in een jaarverslag verantwoording af over het afgelopen schooljaar; het college bespreekt dat jaarverslag in zijn vergadering van november met de routecoördinator.

### A.6 Onderwijs, personeel en voorzieningen

De vo-fase vindt plaats op de vmbo-locatie aan de Blauwe Berg in Hoorn, de mbo-fase op de mbo-locatie op hetzelfde terrein en bij het leerbedrijf. Het programma, de examinering en de beroepspraktijkvorming worden per leerjaar beschreven in één PTA/OER, waarin staat welke onderdelen vmbo, mbo of gecombineerd zijn.

De route wordt verzorgd door één team van vmbo- en mbo-docenten, dat voor de teeltprojecten de teambevoegdheid gebruikt; per onderdeel is in het PTA/OER een bevoegde docent aangewezen. Mbo-docenten verzorgen in routejaar 2 het vak plantenteelt; vmbo-docenten begeleiden in routejaar 3 het onderdeel loopbaan en burgerschap.

De leerlingen van de vo-fase gebruiken de kassen, het teeltlaboratorium en de klimaatcomputers van het mbo; de mbo-docenten maken voor hun lessen gebruik van de praktijklokalen van het vmbo.

### A.7 Als de route niet wordt afgemaakt

Een leerling die de route niet afmaakt, kan:

- in de vo-fase zijn opleiding voortzetten in de reguliere kader- of basisberoepsgerichte leerweg Groen en daar het vmbo-diploma halen;
- na het behalen van het vmbo-diploma een andere mbo-opleiding van het AOC volgen op niveau 2 of 3, bijvoorbeeld Vakbekwaam medewerker groene ruimte of Medewerker dierverzorging, zonder dat vooropleidingseisen gelden;
- zonder vmbo-diploma na routejaar 3 een mbo-opleiding op vergelijkbaar niveau volgen;
- bij een verhuizing een passende opleiding bij een ander AOC of een andere mbo-instelling volgen.

Welke van deze mogelijkheden wordt gevolgd, hangt af van het moment van uitstappen en van wat bij de leerling past. Nadere informatie staat in de schoolgids.

### A.8 Middelen

Omdat vmbo en mbo onder hetzelfde bevoegd gezag vallen, is er binnen het AOC geen overdracht van bekostiging tussen school en instelling. De kosten van de route worden gedragen uit de begroting van het AOC.

## Deel B. Samenwerkingsovereenkomst met Stichting Openbaar Voortgezet Onderwijs Drechterland

### B.1 Partijen

Partijen bij dit deel zijn: (1) Stichting Agrarisch Opleidingscentrum Westfriesland, hierboven genoemd, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw ir. A.C. Schilder-Kaan; en (2) Stichting Openbaar Voortgezet Onderwijs Drechterland, statutair gevestigd te Enkhuizen, bevoegd gezag van het Vakcollege Drechterland, vertegenwoordigd door de directeur-bestuurder, de heer drs. K. Dekker, hierna: Drechterland. Dit deel is de samenwerkingsovereenkomst bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB.

### B.2 Route voor de leerlingen van Drechterland

Leerlingen van het Vakcollege Drechterland in de kaderberoepsgerichte leerweg, profiel Groen, kunnen vanaf leerjaar 3 de route volgen naar Vakbekwaam medewerker teelt (niveau 3), zoals beschreven in A.2. Zij volgen de vo-fase bij Drechterland in Enkhuizen, met één praktijkdag per week in de kassen van het AOC in Hoorn. De mbo-fase volgen zij bij het AOC.

### B.3 Toepassing van deel A

De artikelen A.3 (bedrijven in de route), A.6 (onderwijs, personeel en voorzieningen) en A.7 (als de route niet wordt afgemaakt) gelden ook voor de leerlingen van Drechterland. Het PTA/OER van de route wordt voor hen door het AOC en Drechterland samen vastgesteld. Twee docenten groen van Drechterland maken deel uit van het docententeam van de route en geven hun lessen in Enkhuizen; de teeltdocent van het AOC geeft de praktijkdag in Hoorn. Drechterland stelt zijn schooltuin en practicumlokaal beschikbaar voor gezamenlijke projecten.

### B.4 Leiding en verantwoording voor dit deel

Het bestuur van Drechterland wijst zijn teamleider vmbo aan als lid van het routeteam bedoeld in A.4. Voor de leerlingen van Drechterland heeft het routeteam dezelfde taken en bevoegdheden als in A.4, met dien verstande dat besluiten over de omvang van de instroom uit Drechterland door beide besturen samen worden genomen. Het routeteam stuurt de voortgangsnotities en het jaarverslag van A.5 ook aan het bestuur van Drechterland; beide besturen bespreken het jaarverslag ieder jaar in december in een bestuurlijk overleg, waarin het routeteam verantwoording aflegt.

### B.5 Bijdrage van Drechterland

Drechterland draagt met toepassing van artikel 5.42a WVO 2020 een deel van zijn bekostiging over aan het AOC: € 1.400 per leerling per schooljaar voor iedere leerling van Drechterland die op 1 oktober in routejaar 2 zit. Dit bedrag is bestemd voor de praktijkdag in Hoorn: de inzet van de teeltdocent, het gebruik van de kassen en de teeltmaterialen. Het AOC factureert in november; Drechterland betaalt binnen een maand. Het AOC draagt geen bekostiging over aan Drechterland.

### B.6 Medezeggenschap

Naast de wettelijke regels spreken partijen af dat de medezeggenschapsraad van Drechterland en de deelraad mbo van het AOC elk jaar het jaarverslag van de route ontvangen en dat zij samen een routeoverleg houden, waarin zij advies kunnen uitbrengen aan beide besturen. Leerlingen van Drechterland in routejaar 2 kunnen een vertegenwoordiger aanwijzen die met spreekrecht de vergaderingen van de studentenraad van het AOC bijwoont.

### B.7 Geschillen

Een geschil tussen partijen over de uitvoering van dit deel wordt eerst besproken tussen de routecoördinator en de teamleider van Drechterland, daarna, als het na vier weken niet is opgelost, tussen de voorzitter van het college van bestuur van het AOC en de directeur-bestuurder van Drechterland. Komen zij binnen zes weken niet tot overeenstemming, dan leggen zij het geschil voor aan een onafhankelijke deskundige die zij samen aanwijzen, voor bindend advies. Worden zij het binnen vier weken niet eens over de deskundige, dan beslist de bevoegde rechter te Alkmaar.

### B.8 Duur, wijziging en beëindiging

Dit deel geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Het kan alleen worden gewijzigd bij een schriftelijk stuk dat beide besturen ondertekenen; een wijziging gaat in bij het begin van een schooljaar. Iedere partij kan dit deel schriftelijk opzeggen tegen 1 augustus van enig jaar, met een termijn van twaalf maanden. Na opzegging worden geen nieuwe leerlingen van Drechterland meer toegelaten; leerlingen die al in de route zitten, ronden haar af bij het AOC en voor hen blijven deel A en dit deel gelden. Partijen melden de deelname van Drechterland gezamenlijk bij DUO.

Hoorn, 30 juni 2025

> Namens Stichting Agrarisch Opleidingscentrum Westfriesland (deel A en deel B): ir. A.C. Schilder-Kaan, voorzitter college van bestuur

> Namens Stichting Openbaar Voortgezet Onderwijs Drechterland (deel B): drs. K. Dekker, directeur-bestuurder
"""

sample(
    376, "aoc_interne_regeling_met_externe_school_enkhuizen_teelt", "pdf", T376,
    "AOC-interne regeling (deel A) met daarin een samenwerkingsovereenkomst met een externe vmbo-school "
    "(deel B), PDF; West-Friesland (Hoorn/Enkhuizen), Groen kader/basis naar Vakbekwaam medewerker teelt "
    "niveau 3 en Medewerker teelt niveau 2; door de externe partij zijn h-j vereist; gebreken: "
    "overstapmogelijkheden zonder wie beslist of wanneer (f weak), geen toetredingsregeling (j weak).",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "weak", "g": "present", "h": "present", "i": "present", "j": "weak"},
    {"a": "A.2 Route en kwalificaties",
     "b": "A.3 Bedrijven in de route",
     "c": "A.4 Routeteam en routecoördinator",
     "d": "A.5 Informatie aan het college",
     "e": "A.6 Onderwijs, personeel en voorzieningen",
     "g": "B.5 Bijdrage van Drechterland",
     "h": "B.6 Medezeggenschap",
     "i": "B.7 Geschillen"},
    font="Times-Roman", size=10.5, justify=False,
    header="AOC Westfriesland - Regeling DLR Groen/Teelt",
    title="Regeling doorlopende leerroute Groen - Teelt West-Friesland", author="AOC Westfriesland",
)


# ===========================================================================
# 377 - geïntegreerde route bb -> mbo 2, written by the zorgcoördinator
#       (MD, defective: d only in a definition -> missing; f automatic Entree -> weak)
# ===========================================================================

T377 = """
# Samenwerkingsovereenkomst geïntegreerde route Horeca Oldambt

Dollard Vakcollege (basisberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie) en ROC Eems-Dollard (Kok of Gastheer/gastvrouw, niveau 2)

> Opgesteld door: A. Huisman-Bos, zorgcoördinator Dollard Vakcollege
> In samenspraak met: R. Mulder, teamleider HBR Dollard Vakcollege, en J. Smid-Oortwijn, opleidingsmanager Horeca ROC Eems-Dollard
> Status: vastgesteld door beide besturen, 30 juni 2025

## Waarom deze route, en waarom ik deze tekst schreef

Als zorgcoördinator zie ik ieder jaar leerlingen in de basisberoepsgerichte leerweg voor wie de overstap naar het mbo een breuk is: een nieuw gebouw, nieuwe docenten, een nieuw rooster en vaak ook een nieuw dossier dat opnieuw moet worden opgebouwd. Juist voor die leerlingen hebben het Dollard Vakcollege en ROC Eems-Dollard deze geïntegreerde route opgezet. De besturen hebben mij gevraagd de afspraken in gewone taal op papier te zetten. Waar "wij" staat, bedoel ik beide partijen samen.

Deze tekst is door beide besturen vastgesteld en ondertekend. Hij is de samenwerkingsovereenkomst die de wet voor een geïntegreerde route vraagt (artikel 2.107l WVO 2020 en artikel 9.1.17 WEB).

## Wie tekenen

- Stichting Openbaar Voortgezet Onderwijs Oldambt, statutair gevestigd te Winschoten, bevoegd gezag van het Dollard Vakcollege, een school voor voorbereidend beroepsonderwijs, vertegenwoordigd door de bestuurder, mevrouw drs. T. Kuipers (hierna: de school);
- Stichting Regionaal Opleidingencentrum Eems-Dollard, statutair gevestigd te Delfzijl, vertegenwoordigd door de voorzitter van het college van bestuur, de heer W.H. Bakker MBA (hierna: het ROC).

## Begrippen

- Geïntegreerde route: het onderwijsprogramma vanaf leerjaar 3 van de basisberoepsgerichte leerweg dat rechtstreeks leidt tot een mbo-diploma op niveau 2, zonder dat de leerling eerst een vmbo-examen aflegt.
- Routeteam: het team dat de route leidt (zie "Wie de leiding heeft").
- Routecoach: de vaste begeleider van een leerling gedurende de hele route.
- Voortgangsverslag: het verslag over de gang van zaken in de route dat aan de besturen van beide partijen wordt uitgebracht.
- PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route.

## De route: geïntegreerd naar niveau 2

Leerlingen van de basisberoepsgerichte leerweg met het profiel Horeca, bakkerij en recreatie kunnen vanaf leerjaar 3 de geïntegreerde route volgen. Die leidt naar het mbo-diploma Kok of Gastheer/gastvrouw, beide niveau 2, in het opleidingsdomein Horeca en bakkerij, in de beroepsopleidende leerweg. De leerling maakt in het eerste of tweede routejaar de keuze tussen keuken en bediening. Het Dollard Vakcollege neemt bij deze leerlingen geen eindexamen basisberoepsgerichte leerweg af.

Of een leerling de route gaat volgen, beslist de school in overleg met de leerling en zijn ouders, en pas na overleg met het ROC. De route duurt drie jaar: twee routejaren waarin de leerling bij de school staat ingeschreven en een derde routejaar waarin hij als student bij het ROC staat ingeschreven. Ieder jaar starten ten hoogste veertien leerlingen.

## Wie uit de horeca meedoen

De route is samen met vier horecabedrijven uit het Oldambt opgezet: Hotel-Restaurant De Blauwe Stad te Winschoten, Grand Café Het Wapen van Oldambt te Winschoten, Partycentrum De Klinker te Scheemda en de centrale keuken van Zorggroep Oldambt. Zij doen het volgende:

- iedere leerling werkt vanaf het eerste routejaar één middag per week mee in een van deze bedrijven;
- in het tweede en derde routejaar bieden zij de bpv-plaatsen, als door SBB erkend leerbedrijf, met een leermeester die door het ROC wordt getraind;
- de chefs verzorgen vier keer per jaar een masterclass op school;
- een leermeester van het bedrijf beoordeelt de proeve van bekwaamheid mee;
- twee keer per jaar zitten de bedrijven met het routeteam aan de horecatafel, waar zij adviseren over het programma en de praktijkopdrachten van het volgende jaar.

## Wie de leiding heeft

De route wordt geleid door het routeteam. Daarin zitten de zorgcoördinator van het Dollard Vakcollege, de teamleider HBR van het Dollard Vakcollege en de opleidingsmanager Horeca van het ROC. Het bestuur van de school benoemt zijn twee leden schriftelijk, het college van bestuur van het ROC het zijne. Beide besturen wijzen samen één lid aan als routecoördinator; op dit moment ben ik dat.

Het routeteam heeft van beide besturen de volgende taken gekregen: de toelating van leerlingen tot de route voorbereiden en, na het overleg met leerling en ouders, vaststellen; het PTA/OER opstellen; het rooster maken; de docenten en instructeurs van beide partijen inzetten; de ondersteuning van leerlingen regelen; de contacten met de leerbedrijven onderhouden; en het routebudget van € 8.000 per jaar besteden. Over rooster, groepsindeling, ondersteuningsarrangementen en uitgaven binnen het budget beslist het routeteam zelf. Voor een andere omvang van de instroom, voor personele beslissingen en voor uitgaven boven het budget is de toestemming van beide besturen nodig.

## Hoe het onderwijs is ingericht

Het eerste en tweede routejaar vinden plaats in het gebouw van het Dollard Vakcollege, met de praktijkkeuken en het schoolrestaurant De Dollardtafel. In het tweede routejaar volgen de leerlingen één dag per week les in het leerrestaurant van het ROC aan de Rensel in Winschoten. Het derde routejaar vindt plaats bij het ROC en bij het leerbedrijf.

Het programma, de examinering en de bpv staan per routejaar beschreven in één PTA/OER, dat beide besturen ieder jaar vóór 1 juli vaststellen. De mbo-examinering begint in het tweede routejaar.

De route heeft één team: twee praktijkdocenten koken en bediening en een docent Nederlands en rekenen van de school, en twee instructeurs van het ROC. De instructeurs van het ROC geven in het tweede routejaar acht uur per week les op school. Voor de praktijkweken werkt het team met de teambevoegdheid; in het PTA/OER staat per onderdeel welke bevoegde docent verantwoordelijk is. Iedereen blijft in dienst van zijn eigen werkgever.

De school stelt haar praktijkkeuken, het schoolrestaurant en een leslokaal beschikbaar; het ROC stelt zijn leerrestaurant, het bakkerijlokaal en de hygiënetrainingen beschikbaar. Over en weer wordt voor het gebruik van ruimten niets in rekening gebracht.

## Extra ondersteuning

Iedere leerling houdt gedurende de hele route dezelfde routecoach. Het ontwikkelingsperspectief of ondersteuningsplan dat de school heeft opgesteld, gaat met toestemming van ouders en leerling mee naar het ROC, zodat niets opnieuw hoeft. Het loopbaan- en ondersteuningsteam van het ROC sluit in het tweede routejaar aan bij het zorgoverleg van de school. Klachten over een medewerker van de andere partij worden behandeld volgens de klachtenregeling van de partij waar de leerling staat ingeschreven.

## Als een leerling stopt met de route

Een leerling die tussentijds stopt met de geïntegreerde route, stroomt door naar de Entree-opleiding van ROC Eems-Dollard (niveau 1, uitstroomrichting horeca). Daar kan hij binnen een jaar het Entree-diploma halen. De routecoach regelt de aanmelding en zorgt voor een warme overdracht.

## Geld

Er wordt geen bekostiging overgedragen, niet van de school naar het ROC en niet andersom. Ieder draagt zijn eigen kosten. Het routebudget wordt door beide partijen ieder voor de helft uit de eigen begroting betaald.

## Als we het niet eens zijn

Zijn de partijen het over de uitvoering van deze afspraken niet eens, dan bespreekt het routeteam dat eerst zelf. Lukt het daar niet, dan gaat het binnen vier weken naar de bestuurder van de school en de voorzitter van het college van bestuur van het ROC. Komen zij er binnen zes weken niet uit, dan vragen zij samen een geregistreerde mediator om te bemiddelen. Levert ook de mediation binnen drie maanden geen oplossing op, dan kan iedere partij naar de rechtbank Noord-Nederland.

## Nieuwe partners, wijzigen en stoppen

Een andere school voor vbo in Oost-Groningen of een andere mbo-instelling kan meedoen als beide besturen daar schriftelijk mee instemmen en de nieuwe partij deze overeenkomst ondertekent. Zij doet dan mee vanaf 1 augustus daarna, en de partijen melden haar deelname samen bij DUO.

Wijzigen kan alleen schriftelijk, met de handtekening van beide besturen. Een wijziging gaat in bij het begin van een schooljaar en geldt niet voor leerlingen die al in de route zitten als zij voor hen nadelig is.

De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Iedere partij kan haar schriftelijk opzeggen tegen 1 augustus van enig jaar, met een termijn van een jaar. Na opzegging worden geen nieuwe leerlingen meer toegelaten. Leerlingen die al in de route zitten, maken haar af bij dezelfde school, hetzelfde ROC en hetzelfde team.

## Ondertekening

Winschoten, 30 juni 2025

> Stichting Openbaar Voortgezet Onderwijs Oldambt: drs. T. Kuipers, bestuurder
> Stichting Regionaal Opleidingencentrum Eems-Dollard: W.H. Bakker MBA, voorzitter college van bestuur
"""

sample(
    377, "zorgcoordinator_geintegreerde_route_winschoten_kok_gastheer", "md", T377,
    "Geïntegreerde route bb naar mbo 2, in gewone taal geschreven door de zorgcoördinator, Markdown; "
    "Oldambt (Winschoten), Horeca, bakkerij en recreatie naar Kok of Gastheer/gastvrouw niveau 2; "
    "gebreken: verantwoording alleen als begrip in de begrippenlijst (d missing), uitstappers gaan "
    "automatisch naar Entree (f weak); geen medezeggenschap (h n.v.t.).",
    {"a": "present", "b": "present", "c": "present", "d": "missing", "e": "present",
     "f": "weak", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "De route: geïntegreerd naar niveau 2",
     "b": "Wie uit de horeca meedoen",
     "c": "Wie de leiding heeft",
     "e": "Hoe het onderwijs is ingericht",
     "g": "Geld",
     "i": "Als we het niet eens zijn",
     "j": "Nieuwe partners, wijzigen en stoppen"},
)


# ===========================================================================
# 378 - consortium of three vmbo schools and one ROC with a penvoerder
#       (PDF, long, compliant)
# ===========================================================================

T378 = """
# Consortiumovereenkomst Bouwroute Merwe-Linge-Bommel

Samenwerkingsovereenkomst doorlopende leerroutes vmbo-mbo Bouwen, wonen en interieur - Timmerman (niveau 2) en Allround timmerman (niveau 3)

## Partijen

1. Stichting Openbaar Voortgezet Onderwijs Gorinchem en omstreken, statutair gevestigd te Gorinchem, bevoegd gezag van het Merwestede Vakcollege, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. L.A. Verheul, hierna: Merwestede;

2. Stichting Christelijk Onderwijs Vijfheerenlanden, statutair gevestigd te Leerdam, bevoegd gezag van het Glasstad College, rechtsgeldig vertegenwoordigd door de directeur-bestuurder, mevrouw M. van Zessen-Boogaard, hierna: Glasstad;

3. Stichting Voortgezet Onderwijs Bommelerwaard, statutair gevestigd te Zaltbommel, bevoegd gezag van het Waardcollege, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer ing. P.C. Hak, hierna: Waardcollege;

4. Stichting Regionaal Opleidingencentrum Merwe-Linge, statutair gevestigd te Gorinchem, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw mr. E.J. Dubbeldam, hierna: het ROC, tevens penvoerder;

Merwestede, Glasstad en Waardcollege hierna samen: de scholen; de scholen en het ROC samen: partijen of het consortium.

## Overwegingen

Partijen overwegen dat:

a. de bouw- en afbouwbedrijven in de Alblasserwaard, de Vijfheerenlanden en de Bommelerwaard structureel vakmensen tekortkomen, in het bijzonder timmerlieden;

b. de scholen ieder afzonderlijk te kleine aantallen leerlingen hebben om samen met het ROC een volwaardige doorlopende leerroute in te richten, en daarom als consortium willen optreden;

c. partijen het ROC bereid hebben gevonden als penvoerder de gezamenlijke administratie, de financiële afwikkeling en het secretariaat van het consortium te verzorgen;

d. deze overeenkomst de samenwerkingsovereenkomst is bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB, en dat partijen daarin ook de afspraken vastleggen die zij als consortium nodig hebben.

Partijen komen het volgende overeen.

## Artikel 1 Begripsbepalingen

In deze overeenkomst wordt verstaan onder:

- route: elk van de twee doorlopende leerroutes bedoeld in artikel 3;
- routejaar: een leerjaar van de route, te beginnen met leerjaar 3 van het vmbo als routejaar 1;
- vo-fase: routejaar 1 en 2, waarin de leerling bij een van de scholen staat ingeschreven;
- mbo-fase: de routejaren vanaf routejaar 3, waarin de leerling als student bij het ROC staat ingeschreven;
- stuurgroep: het orgaan bedoeld in artikel 6;
- routeleider: de functionaris bedoeld in artikel 8;
- penvoerder: het ROC in de rol bedoeld in artikel 4;
- bouwtafel: het overleg met het bedrijfsleven bedoeld in artikel 5;
- PTA/OER: het programma van toetsing en afsluiting en de onderwijs- en examenregeling die voor een route gezamenlijk zijn vastgesteld.

## Artikel 2 Doel en onderwerp

2.1 Partijen verzorgen gezamenlijk de routes bedoeld in artikel 3, zodat leerlingen uit de regio zonder onderbreking van het vmbo naar een mbo-diploma in de bouw kunnen doorleren.

2.2 Partijen beschrijven voor iedere route het onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per leerjaar, en voeren dat gezamenlijk uit.

## Artikel 3 De routes

3.1 Route A: vanuit de basisberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, naar de basisberoepsopleiding Timmerman, niveau 2, in het opleidingsdomein Bouw en infra. Duur: vier routejaren.

3.2 Route B: vanuit de kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, naar de vakopleiding Allround timmerman, niveau 3, in het opleidingsdomein Bouw en infra. Duur: vijf routejaren.

3.3 Beide routes worden door alle drie de scholen aangeboden. De mbo-fase wordt gevolgd in de beroepsopleidende leerweg; vanaf het tweede jaar van de mbo-fase kan de student naar de beroepsbegeleidende leerweg overstappen als hij een leerbedrijf heeft.

3.4 Per schooljaar worden per school ten hoogste twaalf leerlingen in route A en twaalf in route B toegelaten.

## Artikel 4 Penvoerderschap

4.1 Het ROC treedt op als penvoerder van het consortium. De penvoerder voert het secretariaat van de stuurgroep, houdt de gezamenlijke administratie van leerlingen, leerbedrijven en financiën bij, verzorgt de facturering en betalingen van artikel 16, bereidt de melding van de routes bij DUO voor en bewaart de originele exemplaren van deze overeenkomst en van iedere wijziging of toetredingsakte.

4.2 De penvoerder handelt uitsluitend binnen deze overeenkomst en de besluiten van de stuurgroep. Hij vertegenwoordigt de scholen niet tegenover derden, tenzij een school hem daartoe schriftelijk machtigt.

4.3 Voor het penvoerderschap ontvangt het ROC jaarlijks van iedere school een vergoeding van € 2.500. Deze vergoeding is geen overdracht van bekostiging voor het onderwijs in de zin van artikel 16 maar een vergoeding voor administratieve diensten.

## Artikel 5 Betrokkenheid van het bedrijfsleven

5.1 Partijen betrekken het bedrijfsleven via de bouwtafel. Aan de bouwtafel nemen deel: ten minste zes erkende leerbedrijven uit de regio, waaronder in elk geval Bouwbedrijf Van der Giessen-Kant te Gorinchem, Timmerfabriek Lingewerk te Leerdam en Aannemersbedrijf Gebr. Van Ooijen te Zaltbommel; het Opleidingsbedrijf Bouw Merwe-Linge als regionale opleider in de beroepsbegeleidende leerweg; en de adviseur praktijkleren van SBB voor de bouw.

5.2 De bouwtafel komt ten minste driemaal per schooljaar bijeen met de stuurgroep. Zij adviseert over de keuzedelen, de praktijkopdrachten en de aansluiting van het programma op het werk in de bouw, en over de verdeling van bpv-plaatsen. De stuurgroep laat binnen zes weken schriftelijk weten wat zij met een advies doet.

5.3 De leerbedrijven van de bouwtafel zorgen voor: bouwplaatsbezoeken en gastlessen in de vo-fase, ten minste twee per leerjaar; een oriënterende stage van vijf dagen in routejaar 2; bpv-plaatsen in de mbo-fase; en praktijkbeoordelaars bij de proeven van bekwaamheid. Het Opleidingsbedrijf Bouw Merwe-Linge biedt studenten die naar de beroepsbegeleidende leerweg overstappen een leerwerkplaats aan.

5.4 Nieuwe leerbedrijven kunnen op voordracht van de bouwtafel aan de bouwtafel deelnemen.

## Artikel 6 Stuurgroep: samenstelling en benoeming

6.1 De leiding over de routes berust bij de stuurgroep. De stuurgroep bestaat uit vijf leden: namens elke school de afdelingsleider vmbo bovenbouw, namens het ROC de opleidingsmanager Bouw en Infra, en de routeleider bedoeld in artikel 8 als adviserend lid.

6.2 Ieder bevoegd gezag benoemt zijn eigen lid van de stuurgroep bij schriftelijk besluit, dat het in afschrift aan de penvoerder zendt, en wijst een plaatsvervanger aan. Een benoeming geldt voor drie schooljaren en kan worden herhaald. Een bevoegd gezag kan zijn lid te allen tijde vervangen; het meldt dat onverwijld aan de penvoerder.

6.3 De stuurgroep kiest uit de leden die een school vertegenwoordigen een voorzitter voor twee jaar. De penvoerder voert het secretariaat.

6.4 De stuurgroep besluit bij meerderheid van stemmen; een besluit dat een afzonderlijke school in het bijzonder raakt, kan niet tegen de stem van het lid van die school worden genomen. Het adviserend lid heeft geen stem.
"""
T378 += """
## Artikel 7 Taken en bevoegdheden van de stuurgroep

7.1 De bevoegde gezagsorganen van partijen dragen de stuurgroep de volgende taken op:

- het opstellen van het PTA/OER per route en het jaarlijks vóór 1 juni ter vaststelling voorleggen daarvan aan alle bevoegde gezagsorganen;
- het vaststellen van de jaarplanning, de groepsindeling en de verdeling van de praktijkdagen over de locaties;
- het besluiten over de toelating van leerlingen tot een route, op voordracht van de school waar de leerling staat ingeschreven;
- het toewijzen van docenten uit de formatie die ieder bevoegd gezag voor de routes beschikbaar stelt;
- het beheren van het consortiumbudget bedoeld in artikel 16.4;
- het onderhouden van de contacten met de bouwtafel;
- het voorbereiden van overstapbesluiten bedoeld in artikel 15.

7.2 De stuurgroep is bevoegd om binnen deze taken zelfstandig te besluiten, met uitzondering van besluiten over: de omvang van de instroom per school; de aanstelling, overplaatsing of het ontslag van personeel; uitgaven boven € 30.000 per schooljaar of buiten het consortiumbudget; en wijziging van het PTA/OER na de vaststelling. Die besluiten zijn voorbehouden aan de bevoegde gezagsorganen; de stuurgroep doet daarvoor een voorstel.

## Artikel 8 Routeleider

8.1 De stuurgroep wordt in de dagelijkse uitvoering ondersteund door een routeleider, in dienst van het ROC, die voor 0,4 fte voor het consortium werkt.

8.2 De routeleider wordt benoemd door het college van bestuur van het ROC, op voordracht van de stuurgroep en na instemming van de bevoegde gezagsorganen van de scholen.

8.3 De routeleider coördineert de roosters en de praktijkdagen, onderhoudt het dagelijks contact met de leerbedrijven, bewaakt de voortgang van de leerlingen en bereidt de rapportages van artikel 9 voor. Hij heeft geen eigen beslisbevoegdheid buiten wat de stuurgroep hem schriftelijk opdraagt.

## Artikel 9 Informatie en verantwoording

9.1 De stuurgroep verstrekt de bevoegde gezagsorganen van alle partijen na afloop van ieder kwartaal een beknopte kwartaalrapportage met de aantallen leerlingen per route, school en routejaar, de uitval en de overstappen, en de uitputting van het consortiumbudget.

9.2 Jaarlijks vóór 1 november legt de stuurgroep in een jaarverslag verantwoording af over het afgelopen schooljaar: de resultaten per route en per school, de examenresultaten, de adviezen van de bouwtafel en wat daarmee is gedaan, en de financiële afrekening van de penvoerder. Het jaarverslag wordt in december besproken in het bestuurlijk overleg, waarin de bestuurders van alle partijen zitting hebben.

9.3 Ieder bevoegd gezag kan de stuurgroep op ieder moment om aanvullende inlichtingen vragen; de stuurgroep verstrekt die binnen tien werkdagen.

9.4 De stuurgroep meldt ernstige incidenten, een dreigend tekort aan bpv-plaatsen en een dreigende overschrijding van het budget onverwijld aan alle bevoegde gezagsorganen.

## Artikel 10 Onderwijsprogramma en examinering

10.1 Per route beschrijven partijen in het PTA/OER het onderwijsprogramma, de examinering en de beroepspraktijkvorming per routejaar. Daarin staat welke onderdelen tot het vmbo behoren, welke tot het mbo, welke vakoverstijgend zijn en welke gecombineerd worden aangeboden.

10.2 Iedere school is verantwoordelijk voor het vmbo-deel van het programma en het eindexamen vmbo van haar leerlingen, ook wanneer de leerling al bij het ROC staat ingeschreven. Het ROC is verantwoordelijk voor het mbo-deel, de beroepspraktijkvorming en de mbo-examinering en -diplomering.

10.3 In route A en route B doet de leerling het centraal examen in routejaar 2. De mbo-examinering begint in route A in routejaar 2 en in route B in routejaar 3.

## Artikel 11 Locaties en faciliteiten

11.1 De vo-fase vindt plaats op de eigen locatie van iedere school: Merwestede aan de Haarwijkstraat in Gorinchem, Glasstad aan de Lingedijk in Leerdam en Waardcollege aan de Oliestraat in Zaltbommel. In routejaar 2 volgen de leerlingen van alle drie de scholen één dag per week gezamenlijk praktijkonderwijs in de bouwhal van het ROC aan de Banneweg in Gorinchem. De mbo-fase vindt plaats in Gorinchem en bij het leerbedrijf.

11.2 Het ROC stelt de bouwhal, de machinale houtbewerkingsruimte, de steigeroefenplaats en het bijbehorende gereedschap ter beschikking voor de praktijkdag van routejaar 2. De scholen stellen hun praktijklokalen Bouwen, wonen en interieur ter beschikking wanneer docenten van het ROC daar lesgeven. Iedere partij geeft de docenten van de andere partijen toegang tot de digitale leeromgeving die voor de route wordt gebruikt.

11.3 Leerlingen volgen bij iedere partij de huisregels en veiligheidsvoorschriften van die partij. Vervoer van de leerlingen naar de bouwhal in routejaar 2 wordt door de school van de leerling geregeld en betaald.

## Artikel 12 Personeel en teambevoegdheid

12.1 Iedere route wordt verzorgd door een docententeam dat bestaat uit docenten Bouwen, wonen en interieur van de scholen en docenten bouw van het ROC. Iedere school zet voor de routes ten minste één docent in; het ROC ten minste drie.

12.2 Docenten van het ROC geven in routejaar 2 de praktijkdag in de bouwhal en in routejaar 1 vier lesuren per maand op iedere school. Docenten van de scholen begeleiden in routejaar 3 hun oud-leerlingen bij het vmbo-examen voor zover dat nog niet is afgerond.

12.3 Voor de vakoverstijgende bouwprojecten in routejaar 2 en 3 wordt de teambevoegdheid van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB toegepast. Het PTA/OER vermeldt voor welke onderdelen dat gebeurt en welke bevoegde docent per onderdeel verantwoordelijk is.

12.4 Docenten blijven in dienst van hun eigen werkgever, die verantwoordelijk blijft voor arbeidsvoorwaarden, professionalisering, begeleiding en beoordeling. De stuurgroep organiseert jaarlijks ten minste twee gezamenlijke scholingsdagen voor het hele team.

## Artikel 13 Inschrijving, verzuim en ondersteuning

13.1 In de vo-fase staat de leerling ingeschreven bij zijn school; vanaf routejaar 3 bij het ROC. De leerling die in de mbo-fase het vmbo-diploma nog niet heeft behaald, blijft daarnaast bij zijn school ingeschreven voor de vo-activiteiten.

13.2 De verzuimregistratie en de melding aan de leerplichtambtenaar liggen in de vo-fase bij de school, in de mbo-fase bij het ROC.

13.3 De ondersteuning van leerlingen volgt het schoolondersteuningsprofiel van de school in de vo-fase en het ondersteuningsaanbod van het ROC in de mbo-fase. Bij de overgang naar de mbo-fase draagt de mentor het dossier warm over aan de studieloopbaanbegeleider.

## Artikel 14 Klachten, privacy en aansprakelijkheid

14.1 De klachtenregeling van iedere partij is mede van toepassing op gedragingen van bestuur en personeel van de andere partijen in het kader van de routes. De voorzitter van een klachtencommissie die een klacht behandelt, is niet werkzaam voor of onder verantwoordelijkheid van het bevoegd gezag van de partij op wiens personeel de klacht betrekking heeft.

14.2 Partijen wisselen persoonsgegevens van leerlingen alleen uit voor zover dat voor de uitvoering van de routes nodig is, en leggen de uitwisseling vast in een gegevensuitwisselingsprotocol dat de penvoerder beheert.

14.3 Iedere partij is aansprakelijk voor schade die door haar eigen personeel wordt veroorzaakt en verzekert zich daartegen.

## Artikel 15 Overstapoptie

15.1 Partijen zorgen ervoor dat iedere leerling die een route niet met succes afrondt, een diploma kan behalen dat past bij het onderwijsniveau dat hij heeft bereikt en bij zijn leeftijd.

15.2 Partijen hanteren daarbij de volgende kaders:

- bij uitstappen in de vo-fase vervolgt de leerling zijn opleiding in de reguliere basis- of kaderberoepsgerichte leerweg van zijn eigen school, in hetzelfde of een ander profiel, gericht op het vmbo-diploma;
- bij uitstappen in de mbo-fase kan de student overstappen naar een andere opleiding van het ROC op hetzelfde niveau, zoals Metselaar of Schilder, of in een andere richting; bij een opleiding van het ROC gelden geen vooropleidingseisen, ook niet wanneer het vmbo-diploma nog ontbreekt;
- wie in route B het niveau 3 niet haalbaar blijkt te vinden, kan overstappen naar route A of naar de opleiding Timmerman niveau 2, met behoud van de behaalde onderdelen;
- is het vmbo-diploma aan het eind van routejaar 3 niet behaald, dan kan de leerling zijn mbo-opleiding voortzetten op vergelijkbaar niveau, of het vmbo-examen opnieuw afleggen bij zijn school;
- bij verhuizing of de wens een opleiding bij een andere instelling te volgen, bemiddelt het ROC naar die instelling en verstrekt het de gegevens die voor een geschiktheidsonderzoek nodig zijn.

15.3 Het besluit over het vervolg wordt gezamenlijk genomen door de school van de leerling en het ROC, na een gesprek met de leerling en zijn ouders, op voorbereiding van de stuurgroep. Het besluit wordt genomen binnen zes weken nadat is gebleken dat de leerling de route verlaat, en uiterlijk vóór het begin van de volgende onderwijsperiode. De leerling blijft tot het besluit is uitgevoerd onderwijs volgen in de route.

15.4 De scholen nemen de werkwijze van dit artikel op in hun schoolgids.
"""
T378 += """
## Artikel 16 Financiële afspraken

16.1 Iedere school draagt met toepassing van artikel 5.42a WVO 2020 een deel van de voor haar leerlingen ontvangen bekostiging over aan het ROC: € 1.050 per leerling die op 1 oktober in routejaar 2 van route A of route B staat ingeschreven. Dit bedrag is bestemd voor de inzet van de docenten van het ROC op de praktijkdag in de bouwhal en de lesuren op de scholen (artikel 12.2), en voor het gebruik van de bouwhal, de machines en de verbruiksmaterialen (artikel 11.2).

16.2 Het ROC draagt met toepassing van artikel 9.1.15 WEB aan de school van de leerling € 600 over voor iedere student die op 1 oktober in routejaar 3 staat ingeschreven en het vmbo-diploma nog niet heeft behaald. Dit bedrag is bestemd voor de begeleiding en de examenvoorbereiding door de docenten van de school (artikel 12.2).

16.3 De penvoerder stelt vóór 1 december een overzicht op van de aantallen op de teldatum en de daaruit volgende bedragen, factureert de scholen en verrekent de bedragen van 16.1 en 16.2 per school. Betaling vindt plaats binnen dertig dagen na factuurdatum.

16.4 Iedere partij draagt jaarlijks € 5.000 bij aan een consortiumbudget, dat door de penvoerder wordt beheerd en dat bestemd is voor de scholingsdagen van artikel 12.4, de kosten van de bouwtafel en promotiemateriaal voor de routes.

16.5 Het financiële overzicht in bijlage 1 is een rekenvoorbeeld; bij verschil gaat de tekst van dit artikel voor.

## Artikel 17 Medezeggenschap

17.1 In de vo-fase geldt voor leerlingen, ouders en personeel van de scholen de Wet medezeggenschap op scholen, in de mbo-fase voor studenten en ouders de WEB en voor het personeel van het ROC de Wet op de ondernemingsraden. Partijen maken daarbovenop de volgende afspraken.

17.2 Partijen stellen een routeraad medezeggenschap in. Daarin hebben zitting: één lid namens de medezeggenschapsraad van iedere school, twee leden namens de studentenraad van het ROC en één lid namens de ondernemingsraad van het ROC. De leden worden door hun eigen raad aangewezen.

17.3 De routeraad medezeggenschap ontvangt het jaarverslag van artikel 9.2 en bespreekt het jaarlijks met de stuurgroep. Hij brengt advies uit over iedere voorgenomen wijziging van het PTA/OER, van artikel 15 en van artikel 16, voordat de bevoegde gezagsorganen daarover besluiten. Het advies laat de wettelijke bevoegdheden van de afzonderlijke raden onverlet.

17.4 Leerlingen in routejaar 2 mogen uit hun midden een vertegenwoordiger kiezen die als toehoorder met spreekrecht de vergaderingen van de studentenraad van het ROC bijwoont.

## Artikel 18 Kwaliteitszorg en evaluatie

18.1 Partijen nemen de routes op in hun eigen kwaliteitszorg. De stuurgroep evalueert de routes jaarlijks aan de hand van de in-, door- en uitstroom, de tevredenheid van leerlingen en leerbedrijven en de examenresultaten.

18.2 In het schooljaar 2027-2028 laten partijen de routes evalueren door een externe deskundige. De uitkomsten worden besproken in het bestuurlijk overleg en met de routeraad medezeggenschap.

## Artikel 19 Geschillen

19.1 Partijen trachten een geschil over de uitvoering van deze overeenkomst eerst in de stuurgroep op te lossen.

19.2 Lukt dat niet binnen vier weken, dan legt iedere betrokken partij het geschil voor aan het bestuurlijk overleg. Het bestuurlijk overleg neemt binnen zes weken een besluit; een partij die bij het geschil betrokken is, stemt daarbij niet mee.

19.3 Wordt het geschil daarmee niet opgelost, dan leggen de betrokken partijen het binnen vier weken voor aan een mediator die zij gezamenlijk kiezen uit de mediators die zijn aangesloten bij de Mediatorsfederatie Nederland. Leidt de mediation niet binnen drie maanden tot een oplossing, dan wordt het geschil beslecht door de bevoegde rechter van de rechtbank Gelderland.

## Artikel 20 Toetreding

20.1 Een andere school voor vbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, als:

- zij het profiel Bouwen, wonen en interieur aanbiedt of een aanverwante mbo-opleiding verzorgt;
- alle partijen schriftelijk met de toetreding instemmen;
- zij een toetredingsakte ondertekent waarin zij deze overeenkomst en de geldende besluiten van de stuurgroep aanvaardt; en
- zij zich verplicht tot de bijdragen van artikel 16.

20.2 De toetreding gaat in op 1 augustus na de ondertekening van de toetredingsakte. Leerlingen die op dat moment al in een route zitten, blijven in hun eigen groep en bij hun eigen school; de toetredende partij meldt haar deelname samen met het ROC bij DUO.

## Artikel 21 Wijziging

21.1 Deze overeenkomst kan alleen worden gewijzigd bij een schriftelijk stuk dat door alle partijen is ondertekend, na advies van de stuurgroep en de routeraad medezeggenschap.

21.2 Een wijziging treedt in werking bij het begin van een schooljaar. Een wijziging van het programma, de examinering of de overstapmogelijkheden geldt voor leerlingen die al in een route zitten alleen als zij voor hen niet nadelig is.

## Artikel 22 Duur, opzegging, ontbinding en uittreding

22.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.

22.2 Iedere partij kan haar deelname aan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van achttien maanden. De opzegging wordt gericht aan de penvoerder en alle andere partijen.

22.3 Een partij kan haar deelname door een andere partij ontbonden laten verklaren wanneer die andere partij, na een schriftelijke ingebrekestelling met een redelijke termijn van ten minste twee maanden, haar verplichtingen niet nakomt. Ontbinding werkt alleen voor de toekomst.

22.4 Na opzegging of ontbinding laat de uittredende school geen nieuwe leerlingen meer toe tot de routes. Leerlingen en studenten die al in een route zitten, ronden die af; de uittredende partij blijft de verplichtingen uit deze overeenkomst jegens die leerlingen nakomen, inclusief de bijdragen van artikel 16, totdat de laatste van hen de route heeft afgerond of is overgestapt volgens artikel 15.

22.5 Wanneer het ROC uittreedt, blijft het penvoerder totdat de overblijvende partijen een nieuwe penvoerder hebben aangewezen, en ten minste tot het einde van de opzegtermijn. Treden zoveel partijen uit dat er geen school of geen instelling voor beroepsonderwijs meer overblijft, dan eindigt de overeenkomst, met inachtneming van 22.4.

## Artikel 23 Melding

Iedere school meldt samen met het ROC iedere route waaraan zij deelneemt vóór de start van het eerste cohort bij DUO via RIO. De penvoerder bereidt de meldingen voor en houdt er een overzicht van bij.

## Artikel 24 Slotbepalingen

24.1 Bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de artikelen voor.

24.2 Op deze overeenkomst is Nederlands recht van toepassing.

Aldus overeengekomen en in viervoud ondertekend te Gorinchem op 30 juni 2025.

> Stichting Openbaar Voortgezet Onderwijs Gorinchem en omstreken: drs. L.A. Verheul, voorzitter college van bestuur

> Stichting Christelijk Onderwijs Vijfheerenlanden: M. van Zessen-Boogaard, directeur-bestuurder

> Stichting Voortgezet Onderwijs Bommelerwaard: ing. P.C. Hak, voorzitter college van bestuur

> Stichting Regionaal Opleidingencentrum Merwe-Linge, tevens penvoerder: mr. E.J. Dubbeldam, voorzitter college van bestuur

===

## Bijlage 1 Rekenvoorbeeld financiële afspraken (schooljaar 2026-2027)

Het rekenvoorbeeld gaat uit van de verwachte aantallen op de teldatum 1 oktober 2026.

| Partij | Leerlingen routejaar 2 | Naar ROC (16.1) | Routejaar 3 zonder vmbo-diploma | Van ROC (16.2) | Budget (16.4) | Penvoerder (4.3) |
| Merwestede | 18 | € 18.900 | 2 | € 1.200 | € 5.000 | € 2.500 |
| Glasstad | 12 | € 12.600 | 1 | € 600 | € 5.000 | € 2.500 |
| Waardcollege | 15 | € 15.750 | 0 | € 0 | € 5.000 | € 2.500 |
| ROC Merwe-Linge | - | - | - | - | € 5.000 | - |

## Bijlage 2 Routeschema

| Routejaar | Route A (bb naar Timmerman niveau 2) | Route B (kb naar Allround timmerman niveau 3) |
| 1 (vmbo leerjaar 3) | eigen school; gastlessen en bouwplaatsbezoeken | eigen school; gastlessen en bouwplaatsbezoeken |
| 2 (vmbo leerjaar 4) | eigen school en praktijkdag bouwhal; centraal examen; start mbo-examinering | eigen school en praktijkdag bouwhal; centraal examen; oriënterende stage |
| 3 | ROC en leerbedrijf | ROC en leerbedrijf; start mbo-examinering |
| 4 | ROC en leerbedrijf; diploma niveau 2 | ROC en leerbedrijf (bol of bbl) |
| 5 | - | ROC en leerbedrijf; diploma niveau 3 |
"""

sample(
    378, "consortium_penvoerder_gorinchem_timmerman", "pdf", T378,
    "Lange consortiumovereenkomst van drie vmbo-scholen en een ROC dat penvoerder is, met overwegingen, "
    "24 artikelen en twee bijlagen met tabellen, PDF; Gorinchem/Leerdam/Zaltbommel, Bouwen, wonen en "
    "interieur basis/kader naar Timmerman niveau 2 en Allround timmerman niveau 3; volledig: overdracht "
    "in twee richtingen met bedrag en doel, routeraad medezeggenschap, uittreding met afbouw.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 3 De routes",
     "b": "Artikel 5 Betrokkenheid van het bedrijfsleven",
     "c": "Artikel 6 Stuurgroep: samenstelling en benoeming",
     "d": "Artikel 9 Informatie en verantwoording",
     "e": "Artikel 12 Personeel en teambevoegdheid",
     "f": "Artikel 15 Overstapoptie",
     "g": "Artikel 16 Financiële afspraken",
     "h": "Artikel 17 Medezeggenschap",
     "i": "Artikel 19 Geschillen",
     "j": "Artikel 20 Toetreding"},
    font="Helvetica", size=9.5, justify=True,
    header="Consortiumovereenkomst Bouwroute Merwe-Linge-Bommel",
    title="Consortiumovereenkomst Bouwroute Merwe-Linge-Bommel", author="ROC Merwe-Linge (penvoerder)",
)


# ===========================================================================
# 379 - renewal that lists only the changed articles (TXT, short,
#       defective: d and i only named as "ongewijzigd" -> weak)
# ===========================================================================

T379 = """
# Vernieuwing samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn Lelystad

Wijzigings- en verlengingsovereenkomst bij de samenwerkingsovereenkomst van 5 juli 2021

## Partijen

1. Stichting Voortgezet Onderwijs Flevoland-Midden, statutair gevestigd te Lelystad, bevoegd gezag van het Zuiderzee Vakcollege, vertegenwoordigd door de voorzitter van het college van bestuur, de heer R.J. Hoekstra, hierna: het Vakcollege;

2. Stichting Beroepsonderwijs Polderland, statutair gevestigd te Lelystad, handelend onder de naam Polderland College, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. I. Nijboer-Smit, hierna: Polderland.

## Overwegingen

a. Partijen hebben op 5 juli 2021 een samenwerkingsovereenkomst gesloten voor een doorlopende leerroute van het profiel Zorg en welzijn naar Verzorgende-IG (hierna: de overeenkomst), die op 31 juli 2025 eindigt.

b. Partijen willen de samenwerking voortzetten, een tweede uitstroomrichting toevoegen en de overeenkomst bijwerken naar aanleiding van de evaluatie van 2024 en de gewijzigde wetsartikelen.

c. Partijen nemen in deze vernieuwing alleen de artikelen op die wijzigen of nieuw zijn.

Partijen komen het volgende overeen.

## I. Verlenging

De overeenkomst wordt verlengd en geldt vanaf 1 augustus 2025 voor onbepaalde tijd, met inachtneming van het hieronder gewijzigde artikel 11.

## II. Gewijzigde en nieuwe artikelen

De artikelen 2, 3, 4, 6, 7, 9 en 11 van de overeenkomst komen te luiden als hieronder; artikel 9a wordt ingevoegd.

### Artikel 2 Route (gewijzigd)

2.1 De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg van het Vakcollege, profiel Zorg en welzijn, en leidt naar een van de volgende vakopleidingen van Polderland, beide niveau 3 in het opleidingsdomein Zorg en welzijn: (a) Verzorgende-IG; (b) Medewerker maatschappelijke zorg, met ingang van het cohort dat in augustus 2025 start.

2.2 De leerling kiest aan het eind van routejaar 2 tussen (a) en (b). Per schooljaar starten ten hoogste twee groepen van zestien leerlingen.

### Artikel 3 Werkveld (gewijzigd)

3.1 Zorggroep Zuiderzeekust, Woonzorgcentrum De Bolder en Stichting Tjalk Begeleid Wonen nemen deel aan het werkveldoverleg van de route, dat tweemaal per jaar bijeenkomt en adviseert over het programma, de keuzedelen en de spreiding van de bpv.

3.2 Deze organisaties verzorgen in de vo-fase per leerjaar ten minste drie gastlessen of praktijkbezoeken, bieden in de mbo-fase bpv-plaatsen als erkend leerbedrijf, en leveren praktijkopleiders die de proeven van bekwaamheid mee beoordelen. Zorggroep Zuiderzeekust richt met ingang van 2025 een leerafdeling in waar studenten van routejaar 3 onder begeleiding van een praktijkopleider werken.

### Artikel 4 Leiding (gewijzigd)

4.1 De leiding over de route berust bij het routeteam, bestaande uit de teamleider Zorg en welzijn van het Vakcollege en de onderwijsmanager Zorg van Polderland. Ieder college van bestuur benoemt zijn eigen lid; beide colleges wijzen samen een van beiden aan als routecoördinator voor twee schooljaren.

4.2 Het routeteam stelt het gezamenlijke PTA/OER op, besluit over de toelating van leerlingen en de keuze van uitstroomrichting, zet de docenten van beide partijen in binnen de beschikbare formatie en onderhoudt het werkveldoverleg. Het besluit zelfstandig over rooster en uitgaven tot € 12.000 per schooljaar; over de omvang van de instroom en over personele zaken besluiten de colleges van bestuur.

### Artikel 6 Onderwijs, personeel en voorzieningen (gewijzigd)

6.1 Routejaar 1 en 2 worden gegeven in het gebouw van het Vakcollege; de praktijklessen van routejaar 2 (twee dagdelen per week) vinden plaats in het skillslab van de nieuwe Zorgcampus van Polderland aan de Zilverparkkade. De mbo-fase vindt plaats op de Zorgcampus en bij het leerbedrijf.

6.2 Het programma, de examinering en de bpv worden per leerjaar beschreven in één PTA/OER, dat beide colleges jaarlijks vóór 1 juli vaststellen.

6.3 Het onderwijs wordt verzorgd door één team van docenten van beide partijen. Twee docenten verpleegkunde van Polderland geven in routejaar 2 de praktijklessen; een docent Nederlands van het Vakcollege geeft in routejaar 3 les aan de routegroep. Voor de zorgprojecten wordt de teambevoegdheid toegepast; het PTA/OER vermeldt per onderdeel de bevoegde docent. Ieder blijft in dienst van zijn eigen werkgever.

6.4 Polderland stelt het skillslab, de oefenpoppen en de tilliften ter beschikking; het Vakcollege zijn praktijklokaal Zorg en welzijn en de keuken voor het onderdeel voeding.

### Artikel 7 Overstap (gewijzigd)

7.1 Voor een leerling die de route voortijdig verlaat, geldt de overstapoptie van artikel 2.107k WVO 2020 en artikel 9.1.14 WEB. Partijen bieden daarbij in elk geval de volgende mogelijkheden: in de vo-fase voortzetting van de reguliere kaderberoepsgerichte leerweg bij het Vakcollege; in de mbo-fase overstap naar de andere uitstroomrichting van artikel 2.1, of naar een andere opleiding van Polderland op niveau 2 of 3, zoals Helpende zorg en welzijn, zonder vooropleidingseisen; en bij het ontbreken van het vmbo-diploma aan het eind van routejaar 3 de keuze tussen een extra jaar op het Vakcollege en voortzetting van de mbo-opleiding op vergelijkbaar niveau.

7.2 Het Vakcollege en Polderland bepalen samen, binnen een maand nadat de leerling heeft laten weten te willen stoppen, welke mogelijkheid past bij het bereikte onderwijsniveau en de leeftijd van de leerling, na overleg met de leerling en zijn ouders.

### Artikel 9 Financiële afspraken (gewijzigd)

9.1 Het Vakcollege draagt een deel van zijn bekostiging over aan Polderland: € 1.300 per leerling die op 1 oktober in routejaar 2 staat ingeschreven (was: € 950). Het bedrag is bestemd voor de praktijklessen in het skillslab en de inzet van de docenten van Polderland in routejaar 2.

9.2 Polderland draagt geen bekostiging over aan het Vakcollege.

### Artikel 9a Medezeggenschap (nieuw)

De medezeggenschapsraad van het Vakcollege en de studentenraad van Polderland houden ieder jaar in het voorjaar een gezamenlijke vergadering over de route, waarin het routeteam toelichting geeft. Een voorgenomen wijziging van artikel 7 wordt aan beide raden voor advies voorgelegd. Twee leerlingen uit routejaar 2 mogen als toehoorder de vergaderingen van de studentenraad van Polderland bijwonen.

### Artikel 11 Duur, toetreding, wijziging en beëindiging (gewijzigd)

11.1 Een andere school voor vbo of instelling voor beroepsonderwijs kan partij worden als beide partijen schriftelijk instemmen en zij een toetredingsverklaring tekent waarin zij de overeenkomst aanvaardt; de toetreding gaat in op 1 augustus en wordt gezamenlijk bij DUO gemeld.

11.2 De overeenkomst wordt alleen schriftelijk gewijzigd, met handtekening van beide colleges; een wijziging gaat in bij het begin van een schooljaar en benadeelt leerlingen die al in de route zitten niet.

11.3 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een termijn van twaalf maanden. Na opzegging stromen geen nieuwe leerlingen meer in; leerlingen die al in de route zitten, ronden haar af onder de voorwaarden van de overeenkomst.

## III. Ongewijzigde artikelen

De overige artikelen van de overeenkomst blijven ongewijzigd van kracht. Het betreft:

- artikel 1 Begripsbepalingen;
- artikel 5 Informatie en verantwoording aan de besturen;
- artikel 8 Klachten en privacy;
- artikel 10 Evaluatie;
- artikel 12 Geschillen;
- artikel 13 Slotbepalingen.

## IV. Inwerkingtreding

Deze vernieuwing treedt in werking op 1 augustus 2025. Partijen melden de nieuwe uitstroomrichting vóór 1 oktober 2025 gezamenlijk bij DUO.

Lelystad, 30 juni 2025

> Stichting Voortgezet Onderwijs Flevoland-Midden: R.J. Hoekstra, voorzitter college van bestuur
> Stichting Beroepsonderwijs Polderland: drs. I. Nijboer-Smit, voorzitter college van bestuur
"""

sample(
    379, "vernieuwing_alleen_wijzigingen_lelystad_verzorgende", "txt", T379,
    "Korte vernieuwing die alleen de gewijzigde artikelen opneemt en de rest ongewijzigd verklaart, platte "
    "tekst; Lelystad, Zorg en welzijn kader naar Verzorgende-IG en Medewerker maatschappelijke zorg "
    "niveau 3; gebreken: verantwoording en geschillen staan alleen als titel in de lijst ongewijzigde "
    "artikelen, de regeling zelf ontbreekt in het document (d weak, i weak).",
    {"a": "present", "b": "present", "c": "present", "d": "weak", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "weak", "j": "present"},
    {"a": "Artikel 2 Route (gewijzigd)",
     "b": "Artikel 3 Werkveld (gewijzigd)",
     "c": "Artikel 4 Leiding (gewijzigd)",
     "e": "Artikel 6 Onderwijs, personeel en voorzieningen (gewijzigd)",
     "f": "Artikel 7 Overstap (gewijzigd)",
     "g": "Artikel 9 Financiële afspraken (gewijzigd)",
     "h": "Artikel 9a Medezeggenschap (nieuw)",
     "j": "Artikel 11 Duur, toetreding, wijziging en beëindiging (gewijzigd)"},
)


# ===========================================================================
# 380 - one-page summary followed by the full agreement (DOCX, compliant;
#       h only describes the law -> not_applicable)
# ===========================================================================

T380 = """
# Doorlopende leerroute Financiële beroepen Alphen aan den Rijn

## Samenvatting op één pagina

Deze samenvatting is bedoeld voor leerlingen, ouders, docenten en leerbedrijven. Zij maakt geen deel uit van de overeenkomst; bij verschil gaat de tekst van de overeenkomst op de volgende pagina's voor.

| Onderwerp | In het kort | Artikel |
| Route | kader, Economie en ondernemen, naar Financieel administratief medewerker niveau 3 | 2 |
| Bedrijfsleven | vijf administratiekantoren en bedrijven: praktijkcases, bpv, meebeoordelen | 3 |
| Leiding | kernteam van drie, benoemd door de besturen | 4 |
| Verantwoording | halfjaarrapportage en jaarverslag aan beide besturen | 5 |
| Onderwijs | één PTA/OER, één team, lessen op beide locaties | 6 en 7 |
| Overstappen | altijd een vervolg met diploma; school en ROC beslissen samen | 8 |
| Geld | geen overdracht van bekostiging | 9 |
| Medezeggenschap | wettelijke regels | 10 |
| Geschillen | kernteam, besturen, mediation, rechter | 11 |
| Toetreden, wijzigen, stoppen | nieuwe partners mogelijk; lopende leerlingen maken de route af | 12 en 13 |

===

# Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Financiële beroepen

De ondergetekenden:

Stichting Openbaar Voortgezet Onderwijs Rijnstreek, statutair gevestigd te Alphen aan den Rijn, bevoegd gezag van het Rijnwoude Vakcollege, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw C.M. Verweij-Olsthoorn MEd, hierna: de school;

Stichting Regionaal Opleidingencentrum Hart van Holland, statutair gevestigd te Alphen aan den Rijn, vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. F. el Haddouchi, hierna: het ROC;

verklaren te zijn overeengekomen als volgt.

## Artikel 1 Definities

In deze overeenkomst betekent: route: de doorlopende leerroute van artikel 2; kernteam: het team van artikel 4; PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route; routejaar: een leerjaar van de route, te beginnen bij leerjaar 3 van het vmbo.

## Artikel 2 Route

2.1 Partijen verzorgen samen een doorlopende leerroute vanuit de kaderberoepsgerichte leerweg van de school, profiel Economie en ondernemen, naar de vakopleiding Financieel administratief medewerker, niveau 3, van het ROC, in het opleidingsdomein Economie en administratie. De mbo-fase wordt gevolgd in de beroepsopleidende leerweg.

2.2 De route duurt vier jaar: twee routejaren bij de school en twee bij het ROC. Jaarlijks worden ten hoogste twintig leerlingen toegelaten.

## Artikel 3 Samenwerking met het bedrijfsleven

3.1 Aan de route nemen als vaste praktijkpartners deel: Administratiekantoor Van Leeuwen & Koster, Boekhoudbureau Rijnhart, de financiële administratie van Kwekerij Groenwoude, Transportbedrijf Bos-Alphen en Accountantskantoor Hazerswoude. De adviseur praktijkleren van SBB ondersteunt de werving van leerbedrijven.

3.2 De praktijkpartners leveren ieder jaar voor elke routegroep vier praktijkcases met echte (geanonimiseerde) administraties, verzorgen in de vo-fase bedrijfsbezoeken, bieden in de mbo-fase bpv-plaatsen als erkend leerbedrijf en leveren beoordelaars voor de proeve van bekwaamheid. Eenmaal per jaar geven zij in een adviesbijeenkomst met het kernteam hun oordeel over het programma; het kernteam verwerkt dat advies in het concept-PTA/OER.

## Artikel 4 Leiding van de route

4.1 De route wordt geleid door een kernteam, bestaande uit de afdelingsleider kader van de school, de opleidingsmanager Financiële beroepen van het ROC en een routecoördinator.

4.2 Het college van bestuur van de school benoemt de afdelingsleider als lid van het kernteam, het college van bestuur van het ROC de opleidingsmanager. De routecoördinator wordt door beide colleges samen aangewezen uit het docententeam van de route, telkens voor twee schooljaren.

4.3 Beide colleges dragen het kernteam de dagelijkse leiding van de route op, en in het bijzonder: het opstellen van het PTA/OER, de toelating van leerlingen, het rooster, de inzet van docenten binnen de toegewezen formatie, de contacten met de praktijkpartners en het voorbereiden van overstapbesluiten. Het kernteam beslist daarover zelfstandig en mag uitgaven doen tot het routebudget dat de colleges jaarlijks vaststellen. De omvang van de instroom, personele beslissingen en uitgaven boven het routebudget blijven voorbehouden aan de colleges.

## Artikel 5 Informatie en verantwoording

Het kernteam stuurt beide colleges van bestuur vóór 15 februari een halfjaarrapportage en vóór 15 oktober een jaarverslag over het afgelopen schooljaar, met de in-, door- en uitstroom, de examenresultaten, de overstappen en de besteding van het routebudget. Het jaarverslag wordt besproken in een gezamenlijk overleg van beide colleges met het kernteam in november, waarin het kernteam verantwoording aflegt. Tussentijds informeert het kernteam de colleges onverwijld over zaken die hun besluitvorming vragen.

## Artikel 6 Inrichting van het onderwijs

6.1 Het programma, de examinering en de bpv worden per routejaar beschreven in één PTA/OER, dat beide colleges jaarlijks vóór 1 juli vaststellen. Daarin staat welke onderdelen vmbo, mbo of gecombineerd zijn.

6.2 Routejaar 1 en 2 vinden plaats bij de school aan de Prinses Irenelaan in Alphen aan den Rijn; in routejaar 2 volgen de leerlingen één dag per week les bij het ROC aan het Stationsplein. Routejaar 3 en 4 vinden plaats bij het ROC en bij het leerbedrijf. De leerling doet het centraal examen vmbo in routejaar 2.

6.3 De school is verantwoordelijk voor het vmbo-deel en het eindexamen vmbo, het ROC voor het mbo-deel, de bpv en de mbo-examinering. Klachten over een medewerker van de andere partij worden behandeld volgens de klachtenregeling van de partij waar de leerling is ingeschreven, met medewerking van de andere partij.

## Artikel 7 Personeel en faciliteiten

7.1 De route wordt verzorgd door één docententeam: twee docenten economie van de school en twee docenten financiële beroepen van het ROC. De ROC-docenten geven in routejaar 2 op de ROC-dag de vakken boekhouden en bedrijfsadministratie; een docent van de school geeft in routejaar 3 de lessen rekenen. Voor het gecombineerde project "eigen administratie" wordt de teambevoegdheid toegepast; het PTA/OER vermeldt welke bevoegde docent verantwoordelijk is. Iedere docent blijft in dienst van zijn eigen werkgever.

7.2 Het ROC stelt zijn praktijkkantoor en de licenties van het boekhoudpakket ter beschikking aan de leerlingen van routejaar 2; de school stelt een computerlokaal ter beschikking voor lessen van de ROC-docenten. Partijen brengen elkaar voor dit gebruik niets in rekening.

## Artikel 8 Overstapmogelijkheden

8.1 Een leerling die de route verlaat voordat hij haar heeft afgerond, krijgt een vervolg dat leidt tot een vmbo- of mbo-diploma. In de vo-fase is dat de reguliere kaderberoepsgerichte leerweg bij de school, in hetzelfde of een ander profiel. In de mbo-fase is dat een andere opleiding van het ROC op niveau 2 of 3, zoals Medewerker secretariaat en receptie of Commercieel medewerker, waarvoor dan geen vooropleidingseisen gelden. Wie aan het eind van routejaar 3 het vmbo-diploma niet heeft, kan de mbo-opleiding op vergelijkbaar niveau voortzetten of bij de school opnieuw examen doen.

8.2 De school en het ROC beslissen samen over het vervolg, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling en na een gesprek met de leerling en zijn ouders. Het besluit valt binnen zes weken nadat de leerling heeft aangegeven te willen stoppen, en wordt schriftelijk bevestigd.

## Artikel 9 Bekostiging

Partijen dragen geen bekostiging aan elkaar over. Iedere partij draagt de kosten van haar eigen personeel en voorzieningen, en de helft van het routebudget van artikel 4.3.

## Artikel 10 Medezeggenschap

Op de route zijn de wettelijke medezeggenschapsregels van toepassing: zolang de leerling bij de school staat ingeschreven de Wet medezeggenschap op scholen, daarna de regels van hoofdstuk 8a van de WEB. Voor het personeel gelden de regels van de eigen werkgever. Scholen en instellingen kunnen aanvullende afspraken over medezeggenschap maken.

## Artikel 11 Geschillen

Een geschil over de uitvoering van deze overeenkomst wordt eerst in het kernteam besproken en daarna, als het binnen vier weken niet is opgelost, door de voorzitters van beide colleges. Leidt dat binnen zes weken niet tot overeenstemming, dan schakelen partijen samen een mediator in. Is het geschil drie maanden na de start van de mediation niet opgelost, dan kan iedere partij het voorleggen aan de bevoegde rechter van de rechtbank Den Haag.

## Artikel 12 Toetreding van andere partijen

Een andere school voor vmbo of instelling voor beroepsonderwijs kan partij worden als beide partijen schriftelijk instemmen en de nieuwe partij een toetredingsverklaring tekent waarin zij deze overeenkomst aanvaardt. De toetreding gaat in op 1 augustus volgend op de ondertekening en wordt door de betrokken partijen gezamenlijk bij DUO gemeld. Voor leerlingen die al in de route zitten, verandert door de toetreding niets aan hun groep of rooster in het lopende schooljaar.

## Artikel 13 Wijziging, duur en beëindiging

13.1 Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met de handtekening van beide colleges. Een wijziging gaat in bij het begin van een schooljaar en geldt niet voor leerlingen die al in de route zitten als zij voor hen nadelig is.

13.2 De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Iedere partij kan haar schriftelijk opzeggen tegen 1 augustus van enig jaar, met een opzegtermijn van twaalf maanden. Bij een ernstige tekortkoming kan een partij de overeenkomst na schriftelijke ingebrekestelling ontbinden.

13.3 Na opzegging of ontbinding worden geen nieuwe leerlingen toegelaten. Leerlingen die al in de route zitten, ronden haar af bij dezelfde partijen en onder de voorwaarden van deze overeenkomst.

## Artikel 14 Melding en slot

Partijen melden de route vóór de start van het eerste cohort gezamenlijk bij DUO via RIO. Op deze overeenkomst is Nederlands recht van toepassing.

Aldus overeengekomen en in tweevoud getekend te Alphen aan den Rijn op 30 juni 2025.

> Stichting Openbaar Voortgezet Onderwijs Rijnstreek: C.M. Verweij-Olsthoorn MEd, voorzitter college van bestuur
> Stichting Regionaal Opleidingencentrum Hart van Holland: drs. F. el Haddouchi, voorzitter college van bestuur
"""

sample(
    380, "samenvatting_plus_overeenkomst_alphen_financieel", "docx", T380,
    "Samenvatting op één pagina (tabel, niet bindend) gevolgd door de volledige overeenkomst, DOCX; "
    "Alphen aan den Rijn, Economie en ondernemen kader naar Financieel administratief medewerker "
    "niveau 3; volledig: geen overdracht, kernteam met benoeming en mandaat; medezeggenschap alleen "
    "wettelijke regels en 'kunnen' (h n.v.t.).",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "Artikel 2 Route",
     "b": "Artikel 3 Samenwerking met het bedrijfsleven",
     "c": "Artikel 4 Leiding van de route",
     "d": "Artikel 5 Informatie en verantwoording",
     "e": "Artikel 7 Personeel en faciliteiten",
     "f": "Artikel 8 Overstapmogelijkheden",
     "g": "Artikel 9 Bekostiging",
     "i": "Artikel 11 Geschillen",
     "j": "Artikel 12 Toetreding van andere partijen"},
    font="Cambria", size=10.5, headings="builtin",
    title="Samenwerkingsovereenkomst DLR Financiële beroepen Alphen aan den Rijn",
    author="Rijnwoude Vakcollege",
)


# === END OF SAMPLES ===

def main(argv):
    if "--check" in argv:
        return 0 if check() else 1
    sel = {int(a) for a in argv if a.isdigit()}
    build(sel)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
