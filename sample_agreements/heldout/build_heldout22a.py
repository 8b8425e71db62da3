#!/usr/bin/env python3
"""Build held-out sample agreements h329-h336 (set 22a) for leerroute-check.

Written by an independent helper session as labelled test data. The texts were
composed from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie), /work/shared/domain.md
and sample_agreements/LABELS.md only -- without looking at checker code,
models, tests, benchmarks or the texts of any other sample. All schools,
instellingen, companies and people are made up.

Usage:
    python3 build_heldout22a.py            # build all
    python3 build_heldout22a.py 329 333    # build only these numbers
    python3 build_heldout22a.py --check    # verify produced files
"""
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = "abcdefghij"
DOCS = {}


def st(overrides=""):
    """All items present, except 'x=status' overrides (space separated)."""
    d = {k: "present" for k in ITEMS}
    for part in overrides.split():
        k, v = part.split("=")
        d[k] = v
    return d


def add(num, slug, fmt, text, statuses, evidence, description, **opts):
    name = "h%d_%s" % (num, slug)
    DOCS[num] = dict(name=name, fmt=fmt, text=text, statuses=statuses,
                     evidence=evidence, description=description, opts=opts)


# ---------------------------------------------------------------- markup
# Blocks are separated by blank lines. A block starts with a tag:
#   T: title   ST: subtitle   H: heading   H2: subheading   S: summary box
#   I: indented paragraph     - bullet     | table row (cells split on ' | ')
#   SIG: signature row 'left || right'     otherwise a normal paragraph.
def parse(text):
    blocks = []
    for raw in re.split(r"\n\s*\n", text.strip("\n")):
        lines = [l.rstrip() for l in raw.split("\n") if l.strip()]
        if not lines:
            continue
        first = lines[0].lstrip()
        if first.startswith("|"):
            rows = []
            for l in lines:
                cells = [c.strip() for c in l.strip().strip("|").split(" | ")]
                rows.append(cells)
            blocks.append(("table", rows))
            continue
        if first.startswith("SIG:"):
            rows = []
            for l in lines:
                body = l.strip()[4:].strip()
                rows.append([c.strip() for c in body.split("||")])
            blocks.append(("sig", rows))
            continue
        joined = " ".join(l.strip() for l in lines)
        for tag, kind in (("T:", "title"), ("ST:", "subtitle"), ("H2:", "h2"),
                          ("H:", "h1"), ("S:", "summary"), ("I:", "indent"),
                          ("- ", "bullet")):
            if joined.startswith(tag):
                blocks.append((kind, joined[len(tag):].strip()))
                break
        else:
            blocks.append(("p", joined))
    return blocks


# ---------------------------------------------------------------- PDF
def build_pdf(path, text, opts):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer,
                                    Table, TableStyle)

    font = opts.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    ital = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic"}[font]
    size = opts.get("size", 10)
    base = ParagraphStyle("base", fontName=font, fontSize=size,
                          leading=size * 1.35, spaceAfter=size * 0.5)
    sty = {
        "title": ParagraphStyle("t", parent=base, fontName=bold,
                                fontSize=size + 5, leading=(size + 5) * 1.25,
                                spaceAfter=6, alignment=opts.get("talign", 0)),
        "subtitle": ParagraphStyle("st", parent=base, fontName=ital,
                                   fontSize=size + 1, spaceAfter=4,
                                   alignment=opts.get("talign", 0)),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold,
                             fontSize=size + 1.5, spaceBefore=size,
                             spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold,
                             spaceBefore=4, spaceAfter=2, keepWithNext=1),
        "p": base,
        "indent": ParagraphStyle("i", parent=base, leftIndent=1.0 * cm),
        "bullet": ParagraphStyle("b", parent=base, leftIndent=0.8 * cm,
                                 bulletIndent=0.3 * cm),
        "summary": ParagraphStyle("s", parent=base, fontName=ital,
                                  fontSize=size - 0.5, spaceAfter=0),
        "cell": ParagraphStyle("c", parent=base, fontSize=size - 1,
                               leading=(size - 1) * 1.3, spaceAfter=0),
    }
    if opts.get("justify"):
        base.alignment = 4
    story = []
    for kind, val in parse(text):
        if kind in ("title", "subtitle", "h1", "h2", "p", "indent"):
            story.append(Paragraph(escape(val), sty[kind]))
        elif kind == "bullet":
            story.append(Paragraph(escape(val), sty["bullet"], bulletText="\u2022"))
        elif kind == "summary":
            t = Table([[Paragraph(escape(val), sty["summary"])]],
                      colWidths=[15.5 * cm])
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF2F6")),
                ("LINEBEFORE", (0, 0), (0, -1), 2, colors.HexColor("#5A7A99")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            story.append(t)
            story.append(Spacer(1, 5))
        elif kind in ("table", "sig"):
            ncol = max(len(r) for r in val)
            width = 16.0 * cm
            widths = opts.get("colw") if kind == "table" and opts.get("colw") else None
            if widths:
                widths = [w * cm for w in widths]
            else:
                widths = [width / ncol] * ncol
            data = [[Paragraph(escape(c).replace("\\n", "<br/>"), sty["cell"]) for c in r] +
                    [""] * (ncol - len(r)) for r in val]
            t = Table(data, colWidths=widths, repeatRows=1 if kind == "table" else 0)
            if kind == "table":
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            else:
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("TOPPADDING", (0, 0), (-1, -1), 6)]))
            story.append(t)
            story.append(Spacer(1, 6))
    footer = opts.get("footer", "")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(2.2 * cm, 1.3 * cm, footer)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.3 * cm,
                               "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1,
                            leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm,
                            title=opts.get("title", ""), author=opts.get("author", ""),
                            creator="", producer="", subject="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- DOCX
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)


def build_docx(path, text, opts):
    import datetime
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(opts.get("size", 10.5))
    for kind, val in parse(text):
        if kind == "title":
            p = d.add_heading(val, level=0)
            if opts.get("talign"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "subtitle":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.italic = True
            if opts.get("talign"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "indent":
            p = d.add_paragraph(val)
            p.paragraph_format.left_indent = Cm(1.0)
        elif kind == "bullet":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "summary":
            p = d.add_paragraph()
            p.add_run(val).italic = True
            p.paragraph_format.left_indent = Cm(0.8)
        elif kind in ("table", "sig"):
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=ncol)
            if kind == "table":
                t.style = "Table Grid"
            for ri, r in enumerate(val):
                cells = t.add_row().cells
                for ci in range(ncol):
                    cell_text = r[ci] if ci < len(r) else ""
                    parts = cell_text.split("\\n")
                    cells[ci].text = parts[0].strip()
                    for extra in parts[1:]:
                        cells[ci].add_paragraph(extra.strip())
                    if kind == "table" and ri == 0 and opts.get("table_header", True):
                        for run in cells[ci].paragraphs[0].runs:
                            run.bold = True
            widths = opts.get("colw") if kind == "table" else None
            if widths:
                for row in t.rows:
                    for ci, w in enumerate(widths):
                        row.cells[ci].width = Cm(w)
            d.add_paragraph("")
    cp = d.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = opts.get("author", "")
    cp.last_modified_by = opts.get("author", "")
    cp.title = opts.get("title", "")
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- TXT / MD
def build_plain(path, text, opts):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


EXT = {"pdf": "pdf", "docx": "docx", "txt": "txt", "md": "md"}


def expected_of(doc):
    return {"description": doc["description"], "split": "heldout",
            "statuses": doc["statuses"], "evidence": doc["evidence"]}


def build(num):
    doc = DOCS[num]
    path = os.path.join(HERE, doc["name"] + "." + EXT[doc["fmt"]])
    if doc["fmt"] == "pdf":
        build_pdf(path, doc["text"], doc["opts"])
    elif doc["fmt"] == "docx":
        build_docx(path, doc["text"], doc["opts"])
    else:
        build_plain(path, doc["text"], doc["opts"])
    with open(os.path.join(HERE, doc["name"] + ".expected.json"), "w",
              encoding="utf-8", newline="\n") as f:
        json.dump(expected_of(doc), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


# ---------------------------------------------------------------- check
def extract(path):
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
        n = len(pdf)
        pdf.close()
        return "\n".join(parts), n
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = []
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            ts = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, flags=re.S)
            paras.append("".join(ts))
        import html
        return html.unescape("\n".join(paras)), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def check():
    ok = True
    for num in sorted(DOCS):
        doc = DOCS[num]
        path = os.path.join(HERE, doc["name"] + "." + EXT[doc["fmt"]])
        jpath = os.path.join(HERE, doc["name"] + ".expected.json")
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too big: %d" % size)
            try:
                text, pages = extract(path)
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text, pages = "", None
            nt = norm(text)
            for k, ev in doc["evidence"].items():
                if doc["statuses"].get(k) != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(ev) not in nt:
                    errs.append("evidence %s not found: %r" % (k, ev))
            for k in ITEMS:
                if doc["statuses"][k] == "present" and k not in doc["evidence"]:
                    errs.append("no evidence for present item %s" % k)
        if not os.path.exists(jpath):
            errs.append("missing expected.json")
        else:
            with open(jpath, encoding="utf-8") as f:
                exp = json.load(f)
            if exp != expected_of(doc):
                errs.append("expected.json differs from table")
            if set(exp["statuses"]) != set(ITEMS):
                errs.append("statuses keys wrong")
            for v in exp["statuses"].values():
                if v not in ("present", "weak", "missing", "not_applicable"):
                    errs.append("bad status %s" % v)
        info = "%d words" % len(norm(text).split()) if os.path.exists(path) else ""
        if pages:
            info += ", %d pages" % pages
        print("%-70s %s %s" % (doc["name"], "OK" if not errs else "FAIL", info))
        for e in errs:
            print("    -", e)
        ok = ok and not errs
    print("ALL OK" if ok else "CHECK FAILED")
    return ok


# =================================================================
# Agreements
# =================================================================

# ---------------------------------------------------------------- h329
H329 = '''
T: Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn

ST: Bollenland College (vmbo) en mboKust - route kaderberoepsgerichte leerweg Zorg en welzijn naar Verzorgende-IG niveau 3

ST: Definitieve tekst ter ondertekening, opgesteld door Verhoef & Tromp Onderwijsadvies, Leiden - 12 mei 2025

H: Toelichting van de adviseur

In opdracht van beide besturen hebben wij de uitkomsten van de vier ontwikkelsessies van schooljaar 2024-2025 omgezet in een overeenkomst. Iedere bepaling begint met een korte samenvatting in gewone taal. Die samenvattingen zijn bedoeld voor docenten, ouders en leerlingen die willen weten hoe de route in elkaar zit zonder de juridische tekst te hoeven lezen. Alleen de artikeltekst onder een samenvatting bindt partijen; bij verschil gaat de artikeltekst voor.

De volgorde van de artikelen volgt de onderwerpen die artikel 2.107b, tweede lid, WVO 2020 en artikel 9.1.3 WEB aan een samenwerkingsovereenkomst stellen. Waar de wet ruimte laat, hebben wij de keuzes uit de ontwikkelsessies overgenomen. Bijlage 1 geeft het routeplan per leerjaar op hoofdlijnen en maakt deel uit van de overeenkomst.

Wij adviseren de besturen de overeenkomst vóór 1 juli 2025 te ondertekenen, zodat de melding bij DUO tijdig kan plaatsvinden en het eerste cohort op 1 augustus 2025 kan starten.

H: Partijen

1. Stichting voor Voortgezet Onderwijs Duin- en Bollenstreek, statutair gevestigd te Lisse, bevoegd gezag van het Bollenland College, vestiging vmbo aan de Heereweg te Lisse, hierbij rechtsgeldig vertegenwoordigd door mevrouw M.C. van Rijckevorsel, voorzitter van het college van bestuur, hierna: "de school";

2. Stichting Regionaal Opleidingencentrum Kust en Bollen, statutair gevestigd te Sassenheim, handelend onder de naam mboKust, hierbij rechtsgeldig vertegenwoordigd door de heer drs. P.L. Vermeulen, voorzitter van het college van bestuur, hierna: "mboKust";

hierna samen "partijen", komen het volgende overeen.

H: Artikel 1 Begrippen

S: Samenvatting: hier staat wat wordt bedoeld met woorden die vaak terugkomen.

In deze overeenkomst wordt verstaan onder:

I: a. route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB, zoals omschreven in artikel 2;

I: b. vo-fase: de eerste twee leerjaren van de route, waarin de leerling is ingeschreven bij de school;

I: c. mbo-fase: het derde en de volgende leerjaren van de route, waarin de leerling als student is ingeschreven bij mboKust;

I: d. routeregie: het gezamenlijke leidinggevende orgaan, bedoeld in artikel 4;

I: e. besturen: het college van bestuur van de school en het college van bestuur van mboKust.

H: Artikel 2 De route

S: Samenvatting: leerlingen die in de kaderberoepsgerichte leerweg voor Zorg en welzijn kiezen, kunnen vanaf leerjaar 3 in één doorlopend traject hun vmbo-diploma en het mbo-diploma Verzorgende-IG halen.

a. De route begint in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Zorg en welzijn, van de school.

b. De route leidt op tot het diploma van de vakopleiding Verzorgende-IG (niveau 3, beroepsopleidende leerweg) binnen het kwalificatiedossier Verzorgende-IG en Maatschappelijke zorg, in het opleidingsdomein Zorg en welzijn.

c. De nominale duur is vijf leerjaren: twee leerjaren vo-fase en drie leerjaren mbo-fase. Leerlingen die dat aankunnen, ronden de mbo-fase in tweeënhalf jaar af.

d. Het vmbo-examen wordt uiterlijk in het eerste leerjaar van de mbo-fase afgerond; de examens Nederlands en Engels kunnen naar dat leerjaar worden verschoven.

e. Partijen melden de route gezamenlijk bij de minister door registratie in het Register Instellingen en Opleidingen (RIO) van DUO, ieder voor het eigen deel, vóór aanvang van het schooljaar 2025-2026.

H: Artikel 3 Zorg- en welzijnsorganisaties in de route

S: Samenvatting: zorgorganisaties uit de regio denken mee over het programma, bieden stageplekken en kijken mee bij examens.

a. Partijen werken voor de route samen met Zorggroep Duinrand, Stichting Hofstede Wonen en Zorg, Thuiszorg Bollenstreek en Kinderdagverblijf De Tulpenboom, alle door SBB erkend als leerbedrijf. Met ieder van deze organisaties legt mboKust de afspraken over praktijkplaatsen vast in een afzonderlijke samenwerkingsafspraak.

b. Twee keer per jaar komt een werkveldraad bijeen, bestaande uit een praktijkopleider of leidinggevende van elk van deze organisaties en de routecoördinator. De werkveldraad adviseert over de inhoud van het programma, de keuze van de keuzedelen en de spreiding van de praktijkperiodes over de leerjaren.

c. De organisaties bieden snuffelstages in het eerste routejaar, een blokstage van zes weken in het tweede routejaar en de beroepspraktijkvorming in de mbo-fase.

d. Praktijkopleiders beoordelen als tweede beoordelaar mee bij de proeven van bekwaamheid die in de beroepspraktijk worden afgenomen.

e. Medewerkers van de organisaties verzorgen per leerjaar ten minste drie gastlessen, onder meer over dementie, palliatieve zorg en werken in de wijk.

H: Artikel 4 Routeregie

S: Samenvatting: drie mensen sturen de route dagelijks aan. De besturen wijzen hen aan en geven hun een duidelijk mandaat; grote beslissingen blijven bij de besturen.

a. De dagelijkse aansturing van de route berust bij de routeregie. Deze bestaat uit de teamleider Zorg en welzijn van de school, de opleidingsmanager Zorg van mboKust en een routecoördinator.

b. De teamleider wordt door het college van bestuur van de school aangewezen, de opleidingsmanager door het college van bestuur van mboKust. De routecoördinator wordt door beide besturen gezamenlijk aangesteld voor een periode van twee schooljaren, op voordracht van de beide andere leden; herbenoeming is mogelijk. Valt een lid weg, dan wijst het betrokken bestuur binnen vier weken een vervanger aan.

c. De besturen dragen aan de routeregie op:

I: 1°. het opstellen van het routeplan per leerjaar, waaronder het gezamenlijke PTA/OER, en van het jaarrooster;

I: 2°. de verdeling van de docenten over de programmaonderdelen, binnen de formatie die ieder bestuur daarvoor beschikbaar stelt;

I: 3°. het besluiten over de toelating van leerlingen tot de route en over de toepassing van de overstapregeling van artikel 7;

I: 4°. het beheer van het routebudget, bedoeld in artikel 8, onder d;

I: 5°. het onderhouden van de contacten met de werkveldraad.

d. De routeregie is niet bevoegd tot het aangaan van verplichtingen boven € 10.000, tot besluiten over aanstelling of ontslag van personeel en tot wijziging van deze overeenkomst; daarover beslissen de besturen.

e. De routeregie besluit bij consensus. Komt zij niet tot overeenstemming, dan legt zij de kwestie voor aan de besturen.

H: Artikel 5 Rapportage en verantwoording

S: Samenvatting: de routeregie houdt de besturen twee keer per jaar schriftelijk op de hoogte en legt eens per jaar in een gesprek rekenschap af.

a. De routeregie zendt beide besturen vóór 1 december en vóór 1 juni een voortgangsrapportage met ten minste: het aantal leerlingen per leerjaar, de in-, door- en uitstroom, het gebruik van de overstapregeling, de examenresultaten, de ontvangen klachten en de besteding van het routebudget.

b. Jaarlijks in juni legt de routeregie in het bestuurlijk overleg van beide besturen verantwoording af over het afgelopen schooljaar en legt zij het routeplan voor het volgende schooljaar ter vaststelling voor.

c. Voorvallen die de veiligheid van leerlingen of de voortgang van de route raken, meldt de routeregie onverwijld aan beide besturen.

H: Artikel 6 Inrichting van het onderwijs

S: Samenvatting: de vo-fase vindt plaats op het Bollenland College, de mbo-fase op de Zorgcampus van mboKust. Docenten van beide scholen vormen één team en de scholen delen hun praktijkruimtes.

a. Locaties. Het onderwijs in de vo-fase wordt gegeven op de vestiging van de school aan de Heereweg te Lisse, het onderwijs in de mbo-fase op de Zorgcampus van mboKust te Sassenheim. In het tweede routejaar volgen de leerlingen één dag per week onderwijs op de Zorgcampus.

b. Programma en examinering. Partijen leggen voor de gehele route per leerjaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming vast in één PTA/OER, waarin is aangegeven welke onderdelen tot het vmbo, welke tot het mbo en welke tot beide behoren. Het routeplan op hoofdlijnen is opgenomen in bijlage 1.

c. Personeel. De docenten van beide partijen die in de route lesgeven, vormen één docententeam. Voor het vakoverstijgende onderdeel "Zorg in de praktijk" wordt gebruikgemaakt van de teambevoegdheid van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; voor elk programmaonderdeel is een daartoe bevoegde docent verantwoordelijk. mboKust stelt in het tweede routejaar twee praktijkdocenten beschikbaar voor samen acht lesuren per week; de school zet in het eerste jaar van de mbo-fase haar docenten Nederlands en Engels in voor de afronding van het vmbo-examen. Iedere docent blijft in dienst van de eigen werkgever.

d. Faciliteiten. Leerlingen in de vo-fase maken gebruik van het skillslab en de oefenwoning van de Zorgcampus; studenten in de mbo-fase kunnen voor examentrainingen gebruikmaken van de studieruimte en de mediatheek van de school. Beide partijen geven de docenten van de andere partij toegang tot hun elektronische leeromgeving.

e. Klachten. Een klacht van een leerling of ouder over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de leerling is ingeschreven; de andere partij verleent daaraan volledige medewerking.

f. Begeleiding en verzuim. In de vo-fase is de school verantwoordelijk voor mentoraat, ondersteuning en verzuimregistratie, in de mbo-fase mboKust. Bij de overgang naar de mbo-fase vindt een warme overdracht plaats tussen mentor en studieloopbaanbegeleider.

H: Artikel 7 Overstapregeling

S: Samenvatting: wie de route niet afmaakt, valt niet tussen wal en schip. School en mboKust zoeken samen met leerling en ouders naar de beste plek, altijd met een diploma als doel.

a. Een leerling wiens deelname aan de route eindigt voordat hij de route met succes heeft doorlopen, wordt in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij zijn bereikte onderwijsniveau en zijn leeftijd.

b. Eindigt de deelname in de vo-fase, dan vervolgt de leerling het reguliere programma van de kaderberoepsgerichte leerweg Zorg en welzijn of, als dat beter past, een ander profiel of een andere leerweg van de school; eerder behaalde resultaten blijven gelden.

c. Heeft de leerling aan het einde van het derde routejaar het vmbo-diploma niet behaald, dan kan hij bij mboKust doorgaan in een opleiding op niveau 2 of 3 in het domein Zorg en welzijn of in een ander domein; vooropleidingseisen worden daarbij niet gesteld. Ook kan worden gekozen voor een extra jaar om het vmbo-diploma alsnog te behalen.

d. Past de richting niet, dan kan de leerling overstappen naar een andere opleiding op hetzelfde niveau binnen mboKust. Wil de leerling naar een andere instelling, dan verstrekt mboKust met toestemming van de leerling en de ouders een overdrachtsdossier ten behoeve van het geschiktheidsonderzoek van die instelling.

e. Welke mogelijkheid wordt gekozen, stellen de school en mboKust gezamenlijk vast op basis van het bereikte onderwijsniveau en de leeftijd van de leerling, na een gesprek met de leerling en diens ouders. De uitkomst wordt binnen vier weken vastgelegd in een overstapplan.

f. De werkwijze wordt jaarlijks opgenomen in de schoolgids van de school en in de studiegids van mboKust.

H: Artikel 8 Financiële afspraken

S: Samenvatting: de school betaalt mboKust voor de lessen en ruimtes die haar leerlingen al tijdens het vmbo bij mboKust gebruiken. Verder draagt iedere partij haar eigen kosten.

a. Met toepassing van artikel 5.42a WVO 2020 draagt de school aan mboKust een deel van haar bekostiging over ter grootte van € 480 per leerling die op 1 oktober is ingeschreven in het tweede routejaar.

b. Dit bedrag is bestemd voor de inzet van de praktijkdocenten van mboKust in het tweede routejaar en voor het gebruik van het skillslab en de oefenwoning.

c. Betaling vindt plaats in twee gelijke termijnen, in november en in april. Het bedrag wordt jaarlijks per 1 augustus geïndexeerd met de loonkostenindex die OCW voor het voortgezet onderwijs hanteert.

d. Van het overgedragen bedrag reserveert mboKust per schooljaar € 2.000 als routebudget voor gezamenlijke activiteiten, waarover de routeregie beschikt.

e. Voor het overige vindt geen overdracht van bekostiging plaats; iedere partij draagt de eigen kosten.

H: Artikel 9 Medezeggenschap

S: Samenvatting: leerlingen, ouders en personeel houden hun eigen inspraakorganen, maar de leerlingen van de route krijgen er een stem bij op de Zorgcampus.

a. Voor leerlingen in de vo-fase, hun ouders en het personeel van de school blijft de medezeggenschapsraad van de school het bevoegde orgaan; voor studenten in de mbo-fase is dat de studentenraad en voor het personeel van mboKust de ondernemingsraad.

b. In aanvulling daarop spreken partijen af dat de leerlingen van het tweede routejaar het recht hebben één vertegenwoordiger af te vaardigen naar de studentenraad van de Zorgcampus, die daar met spreekrecht aan de vergaderingen deelneemt.

c. Het routeplan wordt jaarlijks vóór vaststelling voor advies voorgelegd aan de medezeggenschapsraad van de school en aan de studentenraad van de Zorgcampus.

H: Artikel 10 Geschillen

S: Samenvatting: komen partijen er samen niet uit, dan volgen eerst een bestuurlijk gesprek en mediation; pas daarna de rechter.

a. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de routeregie besproken.

b. Is het geschil niet binnen vier weken opgelost, dan legt ieder van partijen het voor aan de voorzitters van de besturen, die binnen zes weken in een bestuurlijk overleg een oplossing zoeken.

c. Leidt dat overleg niet tot een oplossing, dan schakelen partijen een door hen gezamenlijk gekozen mediator uit het register van de Mediatorsfederatie Nederland in. De kosten worden gelijk gedeeld.

d. Blijft de mediation zonder resultaat, dan wordt het geschil voorgelegd aan de bevoegde rechter in het arrondissement Den Haag.

H: Artikel 11 Nieuwe partners, wijziging en beëindiging

S: Samenvatting: later kunnen andere scholen aansluiten en de overeenkomst kan worden aangepast of opgezegd, maar leerlingen die al in de route zitten, maken die altijd af.

a. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan toetreden als beide besturen daarmee schriftelijk instemmen, de toetredende partij deze overeenkomst volledig onderschrijft en de route ook voor haar bij DUO is gemeld. De toetreding wordt vastgelegd in een door alle partijen ondertekend addendum.

b. Deze overeenkomst kan alleen worden gewijzigd bij schriftelijk besluit van beide besturen. Een wijziging die het programma van lopende cohorten raakt, gaat niet eerder in dan bij het begin van een nieuw schooljaar en nadat leerlingen en ouders daarover zijn geïnformeerd.

c. De overeenkomst geldt voor onbepaalde tijd. Ieder van partijen kan haar schriftelijk opzeggen tegen 1 augustus van enig jaar, met inachtneming van een termijn van ten minste twaalf maanden. Na opzegging stromen geen nieuwe leerlingen meer in.

d. Ieder van partijen kan de overeenkomst ontbinden als de andere partij, na een schriftelijke ingebrekestelling met een redelijke termijn, tekortschiet in de nakoming van wezenlijke verplichtingen.

e. In alle gevallen van opzegging, ontbinding of uittreding dragen partijen er zorg voor dat leerlingen die op dat moment in de route zijn ingeschreven, de route onder dezelfde voorwaarden kunnen afronden of via de overstapregeling van artikel 7 een gelijkwaardig alternatief krijgen.

H: Artikel 12 Slotbepalingen

S: Samenvatting: de overeenkomst gaat in op 1 augustus 2025 en wordt na twee jaar geëvalueerd.

a. Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt in het voorjaar van 2027 door partijen geëvalueerd.

b. Op deze overeenkomst is Nederlands recht van toepassing.

Aldus in tweevoud opgemaakt en ondertekend.

SIG: Stichting voor Voortgezet Onderwijs Duin- en Bollenstreek || Stichting Regionaal Opleidingencentrum Kust en Bollen
SIG: Lisse, 24 juni 2025 || Sassenheim, 24 juni 2025
SIG: M.C. van Rijckevorsel, voorzitter college van bestuur || drs. P.L. Vermeulen, voorzitter college van bestuur

H: Bijlage 1 Routeplan per leerjaar (hoofdlijnen)

| Routejaar | Ingeschreven bij | Onderwijs | Praktijk
| 1 (leerjaar 3 vmbo) | school | algemene vakken, profielvakken Zorg en welzijn, keuzevakken | snuffelstages bij de vier partners
| 2 (leerjaar 4 vmbo) | school | vmbo-examen (behalve Nederlands en Engels), één dag per week Zorgcampus | blokstage van zes weken
| 3 (mbo-fase 1) | mboKust | afronding Nederlands en Engels, basiszorg, keuzedelen | bpv twee dagen per week
| 4 (mbo-fase 2) | mboKust | verpleegtechnische handelingen, begeleiding in de wijk | bpv drie dagen per week
| 5 (mbo-fase 3) | mboKust | proeven van bekwaamheid, afronding keuzedelen | bpv en examinering in de praktijk
'''

add(329, "adviseurstekst_samenvattingen_duin_en_bollenstreek", "pdf", H329, st(),
    {"a": "Artikel 2 De route",
     "b": "Artikel 3 Zorg- en welzijnsorganisaties in de route",
     "c": "Artikel 4 Routeregie",
     "d": "Artikel 5 Rapportage en verantwoording",
     "e": "Artikel 6 Inrichting van het onderwijs",
     "f": "Artikel 7 Overstapregeling",
     "g": "Artikel 8 Financiële afspraken",
     "h": "Artikel 9 Medezeggenschap",
     "i": "Artikel 10 Geschillen",
     "j": "Artikel 11 Nieuwe partners, wijziging en beëindiging"},
    "External adviser's text (PDF, long) with plain-language summary boxes and lettered sub-items; "
    "Duin- en Bollenstreek, kb Zorg en welzijn to mbo-3 Verzorgende-IG; one-way funding transfer with "
    "amount and purpose; extra medezeggenschap seat; fully compliant.",
    title="Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn",
    author="Verhoef & Tromp Onderwijsadvies", justify=True,
    footer="SOK doorlopende leerroute Zorg en welzijn - Bollenland College / mboKust")

# ---------------------------------------------------------------- h330
H330 = '''
T: Overeenkomst doorlopende leerroute Installatietechniek

ST: Reggedal College (vmbo kader, profiel PIE) en Twentse Beroepsacademie (mbo niveau 3) - cohorten vanaf 2025

H: Ondergetekenden

1. Stichting Voortgezet Onderwijs Midden- en Noord-Twente, gevestigd te Nijverdal, bevoegd gezag van het Reggedal College, vmbo-locatie Salomonson, te dezen vertegenwoordigd door de heer R.G. Oude Vrielink, bestuurder, hierna: de school;

2. Stichting Twentse Beroepsacademie, gevestigd te Hengelo, te dezen vertegenwoordigd door mevrouw E.J. Hulshof-Meijer, lid van het college van bestuur, hierna: TBA;

verklaren het volgende te zijn overeengekomen.

H: Artikel 1 - Onderwerp en route

1. Partijen verzorgen samen een doorlopende leerroute vmbo-mbo voor leerlingen van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie (PIE), van het Reggedal College.

2. De route leidt naar het vmbo-diploma kaderberoepsgerichte leerweg en naar het mbo-diploma Eerste monteur elektrotechnische installaties in de woning en utiliteit (niveau 3, vakopleiding) van het College Techniek & Installatie van TBA. De mbo-fase wordt gevolgd in de beroepsopleidende leerweg; het laatste jaar kan in overleg met een leerbedrijf in de beroepsbegeleidende leerweg worden gevolgd.

3. Het eerste cohort start op 1 augustus 2025. Per cohort worden ten hoogste 24 leerlingen toegelaten.

4. Partijen melden de route vóór 1 oktober 2025 gezamenlijk bij DUO.

H: Artikel 2 - Rol van de installatiebranche

1. De regionale installatiebranche is betrokken via het Opleidingsplatform Installatietechniek Twente en via de leerbedrijven Nijhuis Installatietechniek B.V. te Almelo, Ter Horst Elektro en Energie te Vriezenveen en Wolbers Duurzaam Installeren te Rijssen.

2. Deze leerbedrijven:

I: a. laten leerlingen in het tweede routejaar tien dagen meelopen met een monteur;

I: b. stellen in de mbo-fase plaatsen voor de beroepspraktijkvorming beschikbaar en leveren daarvoor gediplomeerde praktijkopleiders;

I: c. leveren twee keer per schooljaar een praktijkopdracht aan uit een lopend project, zoals het plaatsen van een laadpunt of het aansluiten van een warmtepomp;

I: d. nemen zitting in een adviesgroep die één keer per jaar het programma van de route toetst aan de ontwikkelingen in de branche.

3. De adviseur praktijkleren van SBB ondersteunt de erkenning van leerbedrijven en de kwaliteit van de praktijkplaatsen.

H: Artikel 3 - Routeleider en plaatsvervanger

1. De leiding over de route berust bij één routeleider, die wordt bijgestaan door een plaatsvervangend routeleider.

2. Bij de start van de route zijn aangesteld: mevrouw ing. A.M. (Annelies) Wolters, opleidingsmanager Installatietechniek bij TBA, als routeleider, en de heer J.H. (Jeroen) Brinkhuis, afdelingsleider bovenbouw techniek van het Reggedal College, als plaatsvervanger.

3. Routeleider en plaatsvervanger worden aangesteld bij gezamenlijk besluit van de bestuurder van de school en het college van bestuur van TBA, voor een termijn van drie schooljaren. De ene functie wordt vervuld door een medewerker van de school, de andere door een medewerker van TBA. Vertrekt een van beiden tussentijds, dan doet het bestuur bij wie de vertrekkende in dienst was binnen twee maanden een voordracht, waarover beide besturen samen besluiten.

4. De routeleider is belast met het opstellen van het routeprogramma en het gezamenlijke PTA/OER, het jaarrooster, de contacten met de leerbedrijven en de adviesgroep en de bewaking van de kwaliteit van de route. Hij of zij beslist zelfstandig over de roostering, de inzet van docenten binnen de door de besturen toegekende formatie, de toelating van leerlingen tot de route en uitgaven tot € 5.000 per schooljaar.

5. De plaatsvervanger neemt bij afwezigheid van de routeleider alle taken en bevoegdheden waar en is daarnaast in het bijzonder belast met de vo-fase en de examinering van het vmbo-deel.

6. Besluiten over uitbreiding van de formatie, over personeel, over financiële verplichtingen boven € 5.000 en over wijziging van deze overeenkomst zijn voorbehouden aan de besturen.

H: Artikel 4 - Informatie aan de besturen

1. De routeleider stuurt beide besturen elk kwartaal een beknopte stand van zaken met het aantal leerlingen per leerjaar, verzuim, uitval, gebruik van de overstapregeling en de stand van de uitgaven.

2. Jaarlijks vóór 1 oktober stelt de routeleider een evaluatieverslag over het afgelopen schooljaar op. Dit verslag wordt besproken in het bestuurlijk overleg van oktober, waarin de routeleider en de plaatsvervanger verantwoording afleggen over de uitvoering van de route.

H: Artikel 5 - Organisatie van het onderwijs

1. In het eerste en tweede routejaar vindt het onderwijs plaats op de locatie Salomonson van het Reggedal College te Nijverdal; in het tweede routejaar volgen de leerlingen één dag per week onderwijs in de installatiewerkplaats van TBA te Hengelo. De mbo-fase vindt plaats bij TBA te Hengelo en bij de leerbedrijven.

2. Partijen stellen samen voor elk leerjaar van de route het onderwijsprogramma, de examinering en de beroepspraktijkvorming vast in één PTA/OER.

3. Het onderwijs wordt verzorgd door één routeteam, bestaande uit twee docenten PIE en een docent Nederlands en rekenen van de school en twee instructeurs van TBA. Voor het vakoverstijgende onderdeel "Installeren in de praktijk" wordt gewerkt met teambevoegdheid; ieder teamlid is verantwoordelijk voor het deel waarvoor hij of zij bevoegd is. De instructeurs van TBA geven in het eerste en tweede routejaar zes uur per week les op de school; de docent wiskunde van de school geeft in het derde routejaar les bij TBA ter afronding van het vmbo-examen. Ieder blijft in dienst van de eigen werkgever.

4. Leerlingen gebruiken in de vo-fase het praktijklokaal PIE van de school en vanaf het tweede routejaar de installatiewerkplaats en het Energiehuis (een proefwoning met warmtepomp, zonnepanelen en laadpunt) van TBA. TBA verstrekt vanaf het tweede routejaar gereedschap en persoonlijke beschermingsmiddelen in bruikleen.

5. Een klacht over een medewerker van de andere partij wordt afgehandeld volgens de klachtenregeling van de partij waar de leerling staat ingeschreven, met medewerking van de andere partij.

H: Artikel 6 - Als de route niet past

1. Stopt een leerling tijdens de vo-fase met de route, dan maakt hij het reguliere programma van de kaderberoepsgerichte leerweg PIE op de school af, of stapt hij, als dat beter bij hem past, over naar een ander profiel of de basisberoepsgerichte leerweg.

2. Heeft de leerling aan het einde van het derde routejaar zijn vmbo-diploma nog niet, dan kan hij bij TBA doorstromen naar een opleiding op niveau 2 of 3 zonder dat vooropleidingseisen worden gesteld, of een extra jaar nemen om het vmbo-diploma te halen.

3. Past de techniek niet, dan kan de leerling overstappen naar een opleiding op hetzelfde niveau in een andere richting binnen TBA. Kiest de leerling voor een andere instelling, dan helpt TBA hem bij de aanmelding en het geschiktheidsonderzoek daar.

4. De routeleider en de plaatsvervanger bepalen samen, namens beide besturen, welke overstap wordt gemaakt. Zij doen dat na een gesprek met de leerling en zijn ouders en op basis van het bereikte onderwijsniveau en de leeftijd van de leerling. Het besluit wordt schriftelijk aan leerling en ouders bevestigd.

H: Artikel 7 - Geldstromen

1. Met toepassing van artikel 5.42a WVO 2020 draagt de school voor iedere leerling in het eerste en tweede routejaar € 1.150 per schooljaar over aan TBA. Dit bedrag is bestemd voor de inzet van de instructeurs van TBA, het gebruik van de installatiewerkplaats en het Energiehuis en de persoonlijke beschermingsmiddelen.

2. Met toepassing van artikel 9.1.15 WEB draagt TBA een bijdrage over aan de school voor de inzet van docenten van de school in het derde routejaar ten behoeve van de afronding van het vmbo-examen in de vakken Nederlands, Engels en wiskunde. De hoogte van deze bijdrage wordt jaarlijks in het bestuurlijk overleg van oktober bepaald.

3. Partijen factureren elkaar per semester. Betaling geschiedt binnen dertig dagen na ontvangst van de factuur.

H: Artikel 8 - Medezeggenschap

Zolang een leerling in de vo-fase bij de school staat ingeschreven, is de Wet medezeggenschap op scholen van toepassing; daarna gelden de bepalingen van de WEB over de studentenraad. Voor het personeel van de school geldt de WMS, voor het personeel van TBA de Wet op de ondernemingsraden. De wet biedt school en instelling de ruimte om daarbovenop aanvullende afspraken te maken, bijvoorbeeld over deelname van leerlingen aan de studentenraad.

H: Artikel 9 - Geschillen

1. Ontstaat tussen partijen een geschil over de uitvoering van deze overeenkomst, dan bespreken de routeleider en de plaatsvervanger dit eerst met elkaar.

2. Lukt het niet om binnen vier weken tot een oplossing te komen, dan wordt het geschil voorgelegd aan de bestuurder van de school en het college van bestuur van TBA.

3. Komen ook de besturen binnen acht weken niet tot overeenstemming, dan wordt het geschil beslecht door bindend advies van een commissie van drie personen. Ieder van partijen wijst één lid aan; deze twee leden kiezen samen een voorzitter die bij geen van beide partijen werkzaam is. De kosten worden gelijk verdeeld.

H: Artikel 10 - Looptijd, toetreding, wijziging en beëindiging

1. Deze overeenkomst geldt van 1 augustus 2025 tot 1 augustus 2031 en wordt daarna stilzwijgend verlengd met telkens drie jaar.

2. Een andere vmbo-school of mbo-instelling kan aan deze overeenkomst deelnemen, mits beide besturen daarmee schriftelijk instemmen en de nieuwe partij alle verplichtingen uit deze overeenkomst aanvaardt. De deelname gaat in bij het begin van een schooljaar en wordt vastgelegd in een door alle partijen getekende aanvulling; de nieuwe partij meldt de route bij DUO.

3. Wijzigingen worden alleen schriftelijk en na ondertekening door beide besturen van kracht; wijzigingen in het programma van een lopend cohort worden pas ingevoerd bij het begin van het volgende schooljaar.

4. Ieder van partijen kan de overeenkomst schriftelijk opzeggen met een termijn van twaalf maanden, uitsluitend tegen het einde van een schooljaar. Na opzegging worden geen nieuwe leerlingen meer toegelaten; partijen zorgen ervoor dat alle leerlingen die al in de route zitten, de route bij partijen kunnen afmaken.

5. Bij ernstige tekortkoming kan de overeenkomst na ingebrekestelling worden ontbonden; ook dan maken de zittende leerlingen hun route af of krijgen zij een overstap als bedoeld in artikel 6.

H: Artikel 11 - Slot

Op deze overeenkomst is Nederlands recht van toepassing. Zij is opgemaakt in twee exemplaren.

SIG: Nijverdal, 3 juli 2025 || Hengelo, 3 juli 2025
SIG: R.G. Oude Vrielink, bestuurder Stichting Voortgezet Onderwijs Midden- en Noord-Twente || E.J. Hulshof-Meijer, lid college van bestuur Stichting Twentse Beroepsacademie
'''

add(330, "routeleider_plaatsvervanger_geldstromen_twente", "docx", H330,
    st("g=weak h=not_applicable"),
    {"a": "Artikel 1 - Onderwerp en route",
     "b": "Artikel 2 - Rol van de installatiebranche",
     "c": "Artikel 3 - Routeleider en plaatsvervanger",
     "d": "Artikel 4 - Informatie aan de besturen",
     "e": "Artikel 5 - Organisatie van het onderwijs",
     "f": "Artikel 6 - Als de route niet past",
     "i": "Artikel 9 - Geschillen",
     "j": "Artikel 10 - Looptijd, toetreding, wijziging en beëindiging"},
    "Article-style DOCX, Twente, kb PIE to mbo-3 Eerste monteur elektrotechnische installaties; named "
    "routeleider with deputy; money flows both ways but the instelling-to-school transfer has no amount "
    "(g weak); medezeggenschap article only describes the law (h not_applicable).",
    title="Overeenkomst doorlopende leerroute Installatietechniek", author="Reggedal College")

# ---------------------------------------------------------------- h331
H331 = '''
SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE BEVEILIGING
vmbo basis Dienstverlening en producten - mbo Beveiliger niveau 2

Partijen
- Stichting VO Lingewaard, bevoegd gezag van vmbo De Linge te Bemmel, vertegenwoordigd door
  mevrouw H. Arts, bestuurder ("de school");
- Stichting ROC Gelderse Poort te Arnhem, vertegenwoordigd door de heer K. Bosman, voorzitter
  college van bestuur ("het ROC").

1. Route
De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Dienstverlening en
producten, van de school en leidt naar het vmbo-diploma en het mbo-diploma Beveiliger (niveau 2,
basisberoepsopleiding, domein Veiligheid en sport, bol). Duur: drie jaar.

2. Werkveld
Betuwe Security B.V. en Van Elst Beveiliging leveren de stageplaatsen in leerjaar 4 en in het
mbo-jaar, geven per schooljaar vier gastlessen (toegangscontrole, evenementen, conflicthantering,
rapporteren) en beoordelen de praktijkexamens mee.

3. Leiding
De routecoördinator van de school en de teamleider Veiligheid van het ROC vormen samen de
routeleiding. Zij stellen het rooster en het gezamenlijke PTA/OER op, verdelen de lessen over de
docenten en beslissen over toelating tot de route. Besluiten over geld en personeel nemen de
besturen.

4. Verslag aan de besturen
De routeleiding stuurt elk jaar vóór 1 oktober een schriftelijk verslag (instroom, doorstroom,
uitval, examens, klachten) aan beide besturen en licht dit toe in een gesprek met beide
bestuurders.

5. Uitvoering
Leerjaar 3 en 4 worden gegeven op de school, het mbo-jaar op de ROC-locatie Arnhem-Zuid. Twee
docenten van het ROC verzorgen in leerjaar 4 wekelijks vier uur beroepsgerichte lessen op de
school; de mentor van de school blijft in het mbo-jaar aanspreekpunt voor het vmbo-examen.
Leerlingen oefenen vanaf leerjaar 4 in de meldkamer-oefenruimte van het ROC; het ROC gebruikt de
gymzaal van de school voor de lessen fysieke weerbaarheid. Het PTA/OER legt per leerjaar vast
welk programma en welke examens worden gegeven.

6. Overstap
Stopt een leerling in leerjaar 3 of 4, dan maakt hij de basisberoepsgerichte leerweg op de
school regulier af. Heeft hij aan het eind van het derde routejaar geen vmbo-diploma, dan kan hij
zonder vooropleidingseisen instromen in een andere mbo-opleiding op niveau 2 van het ROC of een
jaar overdoen. School en ROC beslissen samen welke weg het wordt, na een gesprek met leerling en
ouders en op grond van het bereikte niveau en de leeftijd.

7. Geld
Er wordt geen bekostiging overgedragen. Ieder draagt de eigen kosten.

8. Meningsverschillen
Partijen lossen meningsverschillen over deze overeenkomst in onderling overleg op.

9. Duur, toetreding, wijziging, einde
Deze overeenkomst loopt van 1 augustus 2025 tot 1 augustus 2029 en wordt daarna telkens met een
jaar verlengd. Een andere school of instelling kan meedoen als beide partijen schriftelijk
instemmen en zij deze overeenkomst ondertekent. Wijzigen kan alleen schriftelijk, met
handtekening van beide besturen. Opzeggen kan schriftelijk tegen 1 augustus, met zes maanden
opzegtermijn. Leerlingen die op dat moment in de route zitten, maken hun route af.

Bemmel/Arnhem, 26 juni 2025

H. Arts                          K. Bosman
Stichting VO Lingewaard          Stichting ROC Gelderse Poort
'''

add(331, "zeer_kort_beveiliging_lingewaard", "txt", H331,
    st("c=weak h=not_applicable i=weak"),
    {"a": "1. Route",
     "b": "2. Werkveld",
     "d": "4. Verslag aan de besturen",
     "e": "5. Uitvoering",
     "f": "6. Overstap",
     "g": "7. Geld",
     "j": "9. Duur, toetreding, wijziging, einde"},
    "Very short plain-text agreement, Lingewaard, bb Dienstverlening en producten to mbo-2 Beveiliger; "
    "leiding without any appointment rule (c weak); disputes only 'in onderling overleg' (i weak); "
    "silent on medezeggenschap; explicit no transfer.")

# ---------------------------------------------------------------- h332
H332 = '''
T: Samenwerkingsovereenkomst Laboratoriumroute Nissewaard

ST: doorlopende leerroute vmbo gemengde leerweg - mbo Analist niveau 4

Deze overeenkomst is opgebouwd uit artikelen die steeds beginnen met het doel dat partijen voor ogen hebben, gevolgd door de afspraak waaraan zij zich binden.

H: Partijen

Stichting Openbaar Voortgezet Onderwijs Nissewaard, gevestigd te Spijkenisse, bevoegd gezag van Maasmond Vmbo, hierbij vertegenwoordigd door mevrouw drs. L.A. Koster, voorzitter van het college van bestuur (hierna: Maasmond);

en

Stichting Deltavakcollege, instelling voor beroepsonderwijs, gevestigd te Rotterdam, hierbij vertegenwoordigd door de heer ir. S. Doornbos, voorzitter van het college van bestuur (hierna: Deltavakcollege);

sluiten de volgende overeenkomst.

H: Artikel 1 Route en opleiding

Doel: leerlingen met belangstelling voor chemie, biologie en onderzoek zonder knip doorleiden van het vmbo naar het beroep van analist.

Afspraak:

I: 1. De route start in het derde leerjaar van de gemengde leerweg van Maasmond, profiel Dienstverlening en producten, met de keuzevakken uit het aanbod "science en onderzoek" van de school.

I: 2. De route leidt naar het vmbo-diploma gemengde leerweg en het diploma van de middenkaderopleiding Analist (niveau 4) binnen het kwalificatiedossier Laboratoriumtechniek van Deltavakcollege, met de uitstroomrichtingen chemie en biologie. De mbo-fase is beroepsopleidend.

I: 3. De route duurt vijf leerjaren, waarvan twee in de vo-fase en drie in de mbo-fase.

I: 4. Maasmond en Deltavakcollege registreren de route ieder voor hun deel in RIO, zodat de gezamenlijke melding vóór 1 oktober 2025 is gedaan.

H: Artikel 2 Laboratoria en bedrijven uit het Botlekgebied

Doel: het programma laten aansluiten op het werk in de laboratoria van de haven- en procesindustrie en de leerlingen vroeg met dat werk in aanraking brengen.

Afspraak:

I: 1. Partijen betrekken Havenlab Analyse B.V., het laboratorium van Drinkwaterbedrijf Oude Maas en Rijnmond Milieumetingen bij de route; het regionale Laboratorium Platform Rijnmond brengt zo nodig aanvullende bedrijven in.

I: 2. Deze bedrijven ontvangen de leerlingen in het eerste routejaar voor een bedrijfsbezoek, leveren in het tweede routejaar per semester een onderzoeksopdracht met echte monsters en bieden in de mbo-fase stageplaatsen met een erkende praktijkopleider.

I: 3. Een analist of laboratoriumhoofd van elk bedrijf neemt zitting in de jury die de eindpresentaties van de onderzoeksopdrachten beoordeelt.

I: 4. Eenmaal per jaar bespreekt de routestuurgroep met de bedrijven het programma van het komende jaar.

H: Artikel 3 Routestuurgroep

Doel: één aanspreekpunt dat de route bestuurt, met heldere grenzen ten opzichte van de besturen.

Afspraak:

I: 1. De route wordt geleid door een routestuurgroep van drie personen: de directeur van Maasmond, de opleidingsmanager Laboratoriumtechniek van Deltavakcollege en de routecoördinator.

I: 2. De directeur en de opleidingsmanager zijn lid uit hoofde van hun functie. De routecoördinator wordt benoemd door de beide colleges van bestuur samen, op voordracht van de directeur en de opleidingsmanager, voor twee jaar.

I: 3. De routestuurgroep stelt het routeplan en het gezamenlijke PTA/OER op, verdeelt de uren over de docenten van beide partijen, beslist over toelating van leerlingen tot de route en onderhoudt de contacten met de bedrijven. Zij beheert het werkbudget van de route.

I: 4. Besluiten met gevolgen voor formatie, huisvesting of begroting van een partij, en besluiten over deze overeenkomst, neemt de routestuurgroep niet zelf: zij legt die voor aan de colleges van bestuur.

H: Artikel 4 Informatie en verantwoording

Doel: de besturen moeten kunnen volgen hoe de route loopt en tijdig kunnen bijsturen.

Afspraak:

I: 1. De routestuurgroep brengt twee keer per jaar, in januari en in juli, een schriftelijk rapport uit aan beide colleges van bestuur over aantallen leerlingen, resultaten, uitval, inzet van personeel en uitgaven.

I: 2. In september legt de routestuurgroep in een gezamenlijke bestuursvergadering verantwoording af over het afgelopen schooljaar. De colleges stellen daarbij het werkbudget voor het nieuwe jaar vast.

H: Artikel 5 Onderwijs, personeel en laboratoria

Doel: een programma zonder dubbelingen, gegeven door één team, met gebruik van de beste practicumruimtes van beide partijen.

Afspraak:

I: 1. De vo-fase wordt gegeven op de locatie van Maasmond aan de Hekelingseweg te Spijkenisse; vanaf het tweede routejaar volgen de leerlingen één middag per week practicum op de laboratoriumlocatie van Deltavakcollege in Rotterdam-Zuid. De mbo-fase wordt gegeven op die locatie.

I: 2. Het onderwijsprogramma en de examinering worden per leerjaar vastgelegd in één PTA/OER voor de hele route. Het vmbo-examen wordt afgerond in het derde routejaar.

I: 3. Docenten biologie, scheikunde en wiskunde van Maasmond en laboratoriumdocenten van Deltavakcollege vormen samen het routeteam. Voor het onderdeel "Onderzoekend werken" wordt teambevoegdheid toegepast. Deltavakcollege zet in de vo-fase een laboratoriumdocent in voor vier uur per week; Maasmond zet in het derde routejaar een docent wiskunde in bij Deltavakcollege.

I: 4. De leerlingen gebruiken de practicumlaboratoria, de zuurkasten en de meetapparatuur van Deltavakcollege onder toezicht van een laboratoriumdocent en met inachtneming van het laboratoriumreglement. Deltavakcollege gebruikt voor bijeenkomsten met ouders de aula van Maasmond.

I: 5. Een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de leerling is ingeschreven.

H: Artikel 6 Overstappen

Doel: geen leerling verlaat de route zonder uitzicht op een diploma.

Afspraak:

I: 1. Een leerling die de route voortijdig verlaat, wordt in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij het bereikte onderwijsniveau en de leeftijd.

I: 2. Wie in de vo-fase stopt, vervolgt de gemengde leerweg op Maasmond en doet daar het reguliere vmbo-examen. Ook een overstap naar de theoretische leerweg of de kaderberoepsgerichte leerweg is mogelijk.

I: 3. Wie na het derde routejaar geen vmbo-diploma heeft, kan doorgaan in de opleiding Laborant (niveau 3) of in een andere opleiding op niveau 3 of 4 binnen Deltavakcollege; vooropleidingseisen gelden daarbij niet.

I: 4. Wie het laboratoriumwerk niet ziet zitten, kan overstappen naar een andere opleiding op niveau 4, bij Deltavakcollege of bij een andere instelling na een geschiktheidsonderzoek door die instelling.

I: 5. De gekozen overstap wordt opgenomen in het dossier van de leerling en in de studiegids toegelicht. De mentor of studieloopbaanbegeleider zorgt voor een warme overdracht.

H: Artikel 7 Kosten

Doel: helderheid over geld, zonder ingewikkelde verrekeningen.

Afspraak: Partijen dragen geen bekostiging aan elkaar over. Deltavakcollege stelt de laboratoria zonder vergoeding beschikbaar; iedere partij draagt de kosten van haar eigen personeel en verbruiksmaterialen.

H: Artikel 8 Inspraak van leerlingen, ouders en personeel

Doel: leerlingen, ouders en medewerkers van beide partijen een gezamenlijke stem geven over de route.

Afspraak:

I: 1. Partijen stellen een routeklankbordgroep in met twee leerlingen, twee ouders en twee medewerkers van elk van beide partijen. De klankbordgroep komt twee keer per jaar bijeen met de routestuurgroep.

I: 2. Het jaarlijkse routeplan wordt voor advies voorgelegd aan de medezeggenschapsraad van Maasmond en aan de studentenraad van Deltavakcollege; de routestuurgroep reageert schriftelijk op hun advies.

H: Artikel 9 Geschillen

Doel: meningsverschillen snel en zonder rechter oplossen.

Afspraak:

I: 1. Geschillen over de uitvoering van deze overeenkomst worden eerst besproken in de routestuurgroep en, als dat binnen een maand geen oplossing geeft, in een overleg van beide voorzitters van de colleges van bestuur.

I: 2. Levert ook dat binnen twee maanden geen oplossing op, dan wordt het geschil voor bindend advies voorgelegd aan een onafhankelijk deskundige die partijen samen aanwijzen; kunnen zij het daarover niet eens worden, dan wijst de voorzitter van de VO-raad de deskundige aan.

H: Artikel 10 Looptijd, wijziging en beëindiging

Doel: zekerheid voor leerlingen en voor partijen.

Afspraak:

I: 1. Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd.

I: 2. Wijziging van de overeenkomst gebeurt schriftelijk en wordt door beide colleges van bestuur ondertekend. Een wijziging geldt voor lopende cohorten pas vanaf het volgende schooljaar.

I: 3. Ieder van partijen kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van ten minste een jaar. Vanaf de opzegging worden geen leerlingen meer in de route opgenomen.

I: 4. Leerlingen die bij het einde van de overeenkomst in de route zitten, maken de route af onder de afspraken van deze overeenkomst.

Aldus overeengekomen en ondertekend in tweevoud.

SIG: Spijkenisse, 20 juni 2025 || Rotterdam, 20 juni 2025
SIG: drs. L.A. Koster, voorzitter college van bestuur, Stichting Openbaar Voortgezet Onderwijs Nissewaard || ir. S. Doornbos, voorzitter college van bestuur, Stichting Deltavakcollege
'''

add(332, "doel_en_afspraak_laboratorium_nissewaard", "pdf", H332,
    st("f=weak j=weak"),
    {"a": "Artikel 1 Route en opleiding",
     "b": "Artikel 2 Laboratoria en bedrijven uit het Botlekgebied",
     "c": "Artikel 3 Routestuurgroep",
     "d": "Artikel 4 Informatie en verantwoording",
     "e": "Artikel 5 Onderwijs, personeel en laboratoria",
     "g": "Artikel 7 Kosten",
     "h": "Artikel 8 Inspraak van leerlingen, ouders en personeel",
     "i": "Artikel 9 Geschillen"},
    "Goal-then-arrangement article style (PDF), Nissewaard, laboratory route gl Dienstverlening en "
    "producten to mbo-4 Analist; long overstap article that never says who decides (f weak); "
    "termination/amendment article without any joining rule (j weak); no transfer.",
    title="Samenwerkingsovereenkomst Laboratoriumroute Nissewaard", author="Maasmond Vmbo",
    font="Times-Roman", size=10.5,
    footer="Laboratoriumroute Nissewaard - Maasmond Vmbo / Deltavakcollege")

# ---------------------------------------------------------------- h333
H333 = '''
T: Samenwerkingsovereenkomst Bakkerij- en Keukenroute

ST: Vakschool De Vaart (praktijkgericht vmbo) en ROC Gooi, Vecht en Eem - doorlopende leerroute basis Horeca, bakkerij en recreatie naar mbo niveau 2

H: Wie sluiten deze overeenkomst?

Vakschool De Vaart is een kleine vmbo-school in Hilversum met alleen de basis- en de kaderberoepsgerichte leerweg. ROC Gooi, Vecht en Eem is een groot regionaal opleidingencentrum met acht colleges op elf locaties. De route in deze overeenkomst wordt aan de kant van het ROC uitgevoerd door het Horeca & Foodcollege. Omdat een college geen eigen bestuur heeft, tekent het college van bestuur van het ROC.

De overeenkomst wordt gesloten door:

- Stichting Vakschool De Vaart, gevestigd te Hilversum, bevoegd gezag van Vakschool De Vaart, vertegenwoordigd door de heer T. Zwaan, directeur-bestuurder (in deze tekst: "de school" of "wij" als het om de school gaat);

- Stichting Regionaal Opleidingencentrum Gooi, Vecht en Eem, gevestigd te Hilversum, vertegenwoordigd door mevrouw dr. C.M. Lankhorst, voorzitter van het college van bestuur (in deze tekst: "het ROC").

Samen noemen we ze "partijen". In deze tekst schrijven we zo eenvoudig mogelijk. Waar "moet" of "doet" staat, is dat een verplichting voor de genoemde partij.

H: Hoofdstuk 1 Over welke route gaat het?

1.1 Leerlingen van de basisberoepsgerichte leerweg van de school met het profiel Horeca, bakkerij en recreatie kunnen aan het eind van leerjaar 2 kiezen voor deze route.

1.2 De route leidt naar het vmbo-diploma basisberoepsgerichte leerweg en naar één van twee mbo-diploma's op niveau 2 (basisberoepsopleiding) in het domein Horeca en bakkerij: Medewerker bakkerij of Kok. Vanaf het tweede routejaar kiest de leerling tussen bakkerij en keuken. De mbo-fase volgt de leerling in de bol.

1.3 De route duurt in totaal vier jaar: leerjaar 3 en 4 op de school en twee jaar op het ROC. Het vmbo-examen is klaar aan het eind van het tweede routejaar.

1.4 Het ROC en de school melden de route samen bij DUO. Elk van beide zorgt voor de registratie van zijn eigen deel in RIO.

H: Hoofdstuk 2 Bakkers en restaurants doen mee

2.1 Bakkersvereniging Gooi & Vecht, de afdeling Hilversum van de regionale horecaondernemersvereniging en de bedrijven Bakkerij Van Dijk & Zn., Restaurant De Hoge Kamp en Grand Café Het Hof doen mee aan de route.

2.2 Zij doen dat zo:

- ondernemers geven in elk leerjaar minstens twee gastlessen, in de leerbakkerij of in de keuken van de school;

- de bedrijven bieden leerlingen in het tweede routejaar een snuffelstage van twee weken en in de mbo-fase een stageplaats bij een door SBB erkend leerbedrijf;

- een bakker en een kok uit de deelnemende bedrijven beoordelen de proeve van bekwaamheid mee;

- twee keer per jaar praten de ondernemers met het routeteam over het programma en de keuzedelen, zodat de leerlingen leren wat in de zaak nodig is.

H: Hoofdstuk 3 Wie heeft de leiding?

3.1 De route heeft een routeoverleg. Daarin zitten de teamleider basis van de school, de teamleider Bakkerij & Keuken van het Horeca & Foodcollege en een routecoördinator.

3.2 De directeur-bestuurder van de school wijst de teamleider van de school aan. Het college van bestuur van het ROC wijst de teamleider van het ROC aan; het kan die taak laten uitvoeren door de directeur van het Horeca & Foodcollege. De routecoördinator wordt door de directeur-bestuurder van de school en de directeur van het Horeca & Foodcollege samen gekozen en benoemd voor drie schooljaren.

3.3 Het routeoverleg zorgt voor het dagelijkse werk in de route. Het mag zelf beslissen over:

- het rooster en de verdeling van de lessen over de docenten;

- het PTA/OER van de route, dat het daarna ter vaststelling voorlegt aan beide besturen;

- wie wordt toegelaten tot de route en welke overstap een leerling maakt als de route stopt (zie hoofdstuk 5);

- uitgaven uit het routebudget tot € 7.500 per schooljaar.

3.4 Over nieuwe docenten, over de begroting en over veranderingen in deze overeenkomst beslist het routeoverleg niet. Dat doen de besturen.

H: Hoofdstuk 4 Hoe houden we de besturen op de hoogte?

4.1 Elk half jaar, in februari en in september, schrijft het routeoverleg een voortgangsverslag voor de directeur-bestuurder van de school en het college van bestuur van het ROC. Daarin staat in elk geval: hoeveel leerlingen er zijn, wie is gestopt en waarom, de examenuitslagen, de uitgaven en wat goed en minder goed ging.

4.2 Eén keer per jaar, in oktober, komen de besturen samen met het routeoverleg. Het routeoverleg legt dan uit wat het met het geld en de afspraken heeft gedaan en beantwoordt de vragen van de besturen.

H: Hoofdstuk 5 Als een leerling stopt of wil wisselen

5.1 Wij willen dat elke leerling een diploma haalt, ook als de route niet blijkt te passen.

5.2 Stopt een leerling in leerjaar 3 of 4, dan maakt hij op de school de basisberoepsgerichte leerweg af, in hetzelfde profiel of in een ander profiel van de school. Zo haalt hij toch zijn vmbo-diploma.

5.3 Heeft een leerling aan het eind van het derde routejaar nog geen vmbo-diploma, dan mag hij bij het ROC verder in een opleiding op niveau 2. Het ROC vraagt dan geen vooropleiding. De leerling kan ook een jaar extra op de school blijven om het vmbo-diploma te halen.

5.4 Wil een leerling iets anders dan bakken of koken, dan kan hij overstappen naar een andere opleiding op niveau 2 van het ROC, bijvoorbeeld in de zorg, de techniek of de logistiek. Het grote aanbod van het ROC maakt dat in bijna alle gevallen mogelijk zonder naar een andere school te gaan. Wil de leerling toch naar een andere mbo-school, dan helpen wij hem met de aanmelding en het onderzoek naar zijn geschiktheid daar.

5.5 De Entree-opleiding is alleen een mogelijkheid als een diploma op niveau 2 echt niet haalbaar is.

5.6 De school en het ROC besluiten samen welke overstap past. Ze kijken daarbij naar wat de leerling al heeft bereikt en naar zijn leeftijd, en ze praten eerst met de leerling en zijn ouders. Het besluit staat binnen drie weken op papier.

H: Hoofdstuk 6 Hoe is het onderwijs geregeld?

6.1 Leerjaar 3 en 4 vinden plaats in het gebouw van de school aan de Vaartweg in Hilversum. Vanaf leerjaar 4 gaan de leerlingen twee dagdelen per week naar de leerbakkerij en het leerrestaurant De Proeverij van het ROC aan het Mediapark. De mbo-fase vindt plaats op die locatie.

6.2 Het PTA/OER beschrijft voor elk leerjaar wat de leerling leert, welke examens hij doet en wanneer hij stage loopt. Het geeft ook aan welke delen vmbo zijn, welke mbo en welke voor allebei gelden.

6.3 Docenten van de school en van het ROC werken als één team:

- de praktijkdocent koken van de school werkt in de mbo-fase één dag per week mee in het leerrestaurant van het ROC;

- een banketbakker-docent van het ROC geeft in leerjaar 3 en 4 vier uur per week les in de keuken van de school;

- voor het vak "Ondernemen in bakkerij en keuken" geldt teambevoegdheid; voor elk programmaonderdeel is een bevoegde docent verantwoordelijk;

- iedereen blijft in dienst bij zijn eigen werkgever.

6.4 Leerlingen gebruiken de leerbakkerij, het leerrestaurant en de koelcellen van het ROC. Het ROC gebruikt de schoolkeuken van de school voor avondlessen en workshops voor ouders. Elke partij zorgt dat haar ruimtes voldoen aan de hygiëne-eisen (HACCP).

6.5 Klachten over iemand van de andere partij behandelt de partij waar de leerling is ingeschreven, volgens haar eigen klachtenregeling. De andere partij werkt mee.

H: Hoofdstuk 7 Geld

7.1 De school betaalt het ROC met toepassing van artikel 5.42a WVO 2020 per leerling in leerjaar 4 een bedrag van € 620 per schooljaar. Dat geld is voor de lessen van de banketbakker-docent en het gebruik van de leerbakkerij en het leerrestaurant.

7.2 Daarnaast betaalt de school € 85 per leerling in leerjaar 4 voor grondstoffen die in de lessen bij het ROC worden verbruikt.

7.3 Het ROC stuurt de rekening in januari, op basis van het aantal leerlingen op 1 oktober. Verder betaalt ieder zijn eigen kosten.

H: Hoofdstuk 8 Inspraak

8.1 Voor leerlingen in leerjaar 3 en 4 en hun ouders blijft de medezeggenschapsraad van de school bevoegd; voor studenten in de mbo-fase de studentenraad van het ROC.

8.2 We spreken af dat de studentenraad van het Horeca & Foodcollege één plaats vrijhoudt voor een leerling uit leerjaar 4 van de route. Die leerling mag meepraten over alles wat de route raakt.

8.3 Het jaarlijkse voortgangsverslag van september gaat ook naar de medezeggenschapsraad van de school en naar de ondernemingsraad van het ROC, die er advies over mogen geven.

H: Hoofdstuk 9 Als we het niet eens zijn

9.1 Zijn partijen het oneens over de uitvoering van deze overeenkomst, dan bespreekt het routeoverleg dat eerst.

9.2 Komt het routeoverleg er binnen vier weken niet uit, dan gaan de directeur-bestuurder van de school en de voorzitter van het college van bestuur van het ROC met elkaar in gesprek.

9.3 Lukt ook dat niet binnen zes weken, dan vragen partijen samen een mediator om te helpen. Helpt ook mediation niet, dan kan elke partij naar de rechtbank Midden-Nederland.

H: Hoofdstuk 10 Nieuwe partners, veranderen en stoppen

10.1 Wil een andere vmbo-school of mbo-instelling meedoen, dan kan dat als beide partijen schriftelijk akkoord gaan en de nieuwe partner alle afspraken in deze overeenkomst overneemt. De nieuwe partner tekent een aanvulling op deze overeenkomst en meldt zich bij DUO.

10.2 Deze overeenkomst veranderen kan alleen als beide besturen de verandering op papier zetten en tekenen. Veranderingen voor leerlingen die al in de route zitten, gaan pas in bij een nieuw schooljaar.

10.3 De overeenkomst loopt vanaf 1 augustus 2025 en heeft geen einddatum. Elke partij kan stoppen door de overeenkomst schriftelijk op te zeggen. Dat kan alleen tegen 1 augustus, en minstens een jaar van tevoren.

10.4 Komt een partij haar afspraken ernstig niet na, dan kan de andere partij de overeenkomst ontbinden, nadat zij de partij eerst schriftelijk een redelijke termijn heeft gegeven om het te herstellen.

10.5 Stopt de overeenkomst, om welke reden ook, dan komen er geen nieuwe leerlingen meer bij. Leerlingen die al in de route zitten, maken hun route af zoals afgesproken. Lukt dat niet, dan krijgen zij een overstap zoals beschreven in hoofdstuk 5.

H: Ondertekening

SIG: Hilversum, 1 juli 2025 || Hilversum, 1 juli 2025
SIG: T. Zwaan, directeur-bestuurder Stichting Vakschool De Vaart || dr. C.M. Lankhorst, voorzitter college van bestuur Stichting Regionaal Opleidingencentrum Gooi, Vecht en Eem
'''

add(333, "praktijkgerichte_school_groot_roc_bakkerij_gooi", "docx", H333, st(),
    {"a": "Hoofdstuk 1 Over welke route gaat het?",
     "b": "Hoofdstuk 2 Bakkers en restaurants doen mee",
     "c": "Hoofdstuk 3 Wie heeft de leiding?",
     "d": "Hoofdstuk 4 Hoe houden we de besturen op de hoogte?",
     "e": "Hoofdstuk 6 Hoe is het onderwijs geregeld?",
     "f": "Hoofdstuk 5 Als een leerling stopt of wil wisselen",
     "g": "Hoofdstuk 7 Geld",
     "h": "Hoofdstuk 8 Inspraak",
     "i": "Hoofdstuk 9 Als we het niet eens zijn",
     "j": "Hoofdstuk 10 Nieuwe partners, veranderen en stoppen"},
    "Plain-language 'we' chapters (DOCX), Gooi en Vecht, small praktijkgerichte vmbo school with a large "
    "multi-college ROC; bb Horeca, bakkerij en recreatie to mbo-2 Medewerker bakkerij / Kok; transfer "
    "with amounts and purpose; fully compliant.",
    title="Samenwerkingsovereenkomst Bakkerij- en Keukenroute", author="Vakschool De Vaart",
    font="Arial", size=10.5)

# ---------------------------------------------------------------- h334
H334 = '''
# Samenwerkingsovereenkomst geïntegreerde route Groen

**Waardcollege (vmbo basis, profiel Groen) en AOC Groene Rivierendelta (mbo niveau 2)**

*Versie 1.3 - vastgesteld in het bestuurlijk overleg van 10 juni 2025*

---

## Partijen

1. **Stichting Christelijk Voortgezet Onderwijs Alblasserwaard**, gevestigd te Alblasserdam, bevoegd gezag van het Waardcollege, locatie vmbo, vertegenwoordigd door de heer W.P. Verhoeven, voorzitter van het college van bestuur, hierna: *het Waardcollege*;
2. **Stichting AOC Groene Rivierendelta**, gevestigd te Gorinchem, vertegenwoordigd door mevrouw ing. D. Stam-van Wijk, voorzitter van het college van bestuur, hierna: *het AOC*.

## Overwegingen

Partijen overwegen dat:

- in de Alblasserwaard en de Vijfheerenlanden een groeiende vraag bestaat naar vakmensen voor aanleg en onderhoud van tuinen, parken en dijken;
- hoveniers, loonbedrijven en groenvoorzieners uit de regio hebben aangegeven graag bij te dragen aan een geïntegreerde route, en dat het bedrijfsleven bij de invulling van de route wordt betrokken;
- een deel van de leerlingen van de basisberoepsgerichte leerweg meer gebaat is bij een programma dat direct naar een mbo-diploma leidt dan bij een afzonderlijk vmbo-examen;

en komen het volgende overeen.

## 1. De geïntegreerde route

1.1 Partijen verzorgen samen een geïntegreerde route als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB.

1.2 De route is bestemd voor leerlingen van de basisberoepsgerichte leerweg, profiel **Groen**, van het Waardcollege, die daarvoor na overleg met leerling en ouders zijn geselecteerd.

1.3 De route leidt naar het diploma van de basisberoepsopleiding **Medewerker groene ruimte (niveau 2)** in het opleidingsdomein Voedsel, natuur en leefomgeving, bol. Het Waardcollege neemt geen afzonderlijk vmbo-eindexamen af; leerlingen kunnen op eigen verzoek wel deelnemen aan het centraal examen van de vakken Nederlands en rekenen-wiskunde.

1.4 De route duurt drie jaar. Het eerste cohort start op 1 augustus 2025. Partijen melden de route samen bij DUO.

## 2. Routeleiding

2.1 De route wordt geleid door een routeleiding van twee personen: de teamleider basis van het Waardcollege en de teamleider Groene ruimte van het AOC.

2.2 Ieder college van bestuur wijst zijn eigen teamleider aan als lid van de routeleiding en maakt dat schriftelijk aan de andere partij bekend.

2.3 De routeleiding heeft de volgende taken en bevoegdheden:

| Taak | Bevoegdheid |
|---|---|
| routeplan en PTA/OER per leerjaar opstellen | voorstel aan beide colleges van bestuur |
| rooster en inzet docenten | beslist zelf, binnen de toegekende formatie |
| selectie van leerlingen voor de route | beslist zelf, na overleg met leerling en ouders |
| beheer van het routebudget | beslist zelf tot € 4.000 per schooljaar |
| contacten met ouders | beslist zelf |

2.4 Besluiten over personeel, huisvesting en wijziging van deze overeenkomst blijven voorbehouden aan de colleges van bestuur.

## 3. Organisatie van het onderwijs

3.1 Het eerste routejaar wordt gegeven op de locatie van het Waardcollege te Alblasserdam. Het tweede en derde routejaar worden gegeven op de groene locatie van het AOC te Gorinchem, waar het eerste routejaar ook één dag per week plaatsvindt.

3.2 Het programma en de examinering worden voor elk leerjaar vastgelegd in één PTA/OER, dat door beide colleges van bestuur wordt vastgesteld.

3.3 Het onderwijs wordt gegeven door een gezamenlijk team: twee docenten groen en de mentor van het Waardcollege en drie praktijkinstructeurs van het AOC. Voor het onderdeel "Buitenwerk" wordt teambevoegdheid toegepast. Instructeurs van het AOC geven in het eerste routejaar zes uur per week les op het Waardcollege; de mentor van het Waardcollege blijft in het tweede routejaar wekelijks aanwezig op de locatie van het AOC.

3.4 De leerlingen maken gebruik van de kassen, de schooltuin en het machinepark (waaronder minigraver en zitmaaiers) van het AOC; het AOC zorgt voor instructie en veiligheidsmiddelen. Het Waardcollege stelt zijn praktijklokaal Groen en het biologielokaal beschikbaar voor de lessen die in het eerste routejaar op de eigen locatie worden gegeven.

3.5 Klachten over medewerkers van de andere partij worden behandeld volgens de klachtenregeling van de partij waar de leerling staat ingeschreven.

## 4. Verantwoording

De routeleiding verstrekt inlichtingen aan en legt verantwoording af aan de colleges van bestuur op de volgende wijze:

...............................................................................................

...............................................................................................

## 5. Voortijdig verlaten van de route

Verlaat een leerling de geïntegreerde route voordat hij het diploma Medewerker groene ruimte heeft behaald, dan wordt hij ingeschreven in de Entree-opleiding (niveau 1) van het AOC, zodat hij toch een mbo-diploma kan behalen. De mentor zorgt voor een warme overdracht naar de Entree-opleiding.

## 6. Bekostiging

6.1 Met toepassing van artikel 5.42a WVO 2020 draagt het Waardcollege voor iedere leerling in het eerste routejaar 15 procent van de voor die leerling ontvangen bekostiging over aan het AOC.

6.2 Dit bedrag is bestemd voor de inzet van de praktijkinstructeurs van het AOC op het Waardcollege en voor het gebruik van de kassen en het machinepark.

6.3 De overdracht vindt plaats in december, op basis van het aantal leerlingen op 1 oktober. Verdere overdracht van bekostiging vindt niet plaats.

## 7. Medezeggenschap

7.1 Partijen spreken af dat leerlingen van de route vanaf het tweede routejaar worden vertegenwoordigd in de deelraad van de groene locatie van het AOC; het Waardcollege draagt daarvoor jaarlijks één leerling voor.

7.2 De medezeggenschapsraad van het Waardcollege ontvangt jaarlijks het routeplan en kan daarover advies uitbrengen aan het college van bestuur van het Waardcollege.

## 8. Geschillen

8.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst besproken door de routeleiding en vervolgens, binnen vier weken, door de voorzitters van beide colleges van bestuur.

8.2 Komen de voorzitters binnen acht weken niet tot een oplossing, dan wordt het geschil beslecht door arbitrage volgens het arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter en zetelt te Rotterdam.

## 9. Toetreding, wijziging en beëindiging

9.1 Een andere vmbo-school of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden als beide colleges van bestuur daarmee schriftelijk instemmen en de toetredende partij de overeenkomst ondertekent. De toetreding gaat in bij het begin van een schooljaar.

9.2 Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend. Wijzigingen gelden niet voor het lopende schooljaar.

9.3 De overeenkomst geldt voor onbepaalde tijd en kan door ieder van partijen schriftelijk worden opgezegd tegen 1 augustus van enig jaar, met een opzegtermijn van twaalf maanden.

9.4 Bij opzegging of ontbinding van de overeenkomst blijven partijen gebonden voor de leerlingen die op dat moment in de route zitten, totdat die de route hebben afgerond. Nieuwe leerlingen worden na de opzegging niet meer toegelaten.

## 10. Ondertekening

Aldus opgemaakt in tweevoud.

| Stichting Christelijk Voortgezet Onderwijs Alblasserwaard | Stichting AOC Groene Rivierendelta |
|---|---|
| Alblasserdam, 10 juni 2025 | Gorinchem, 10 juni 2025 |
| W.P. Verhoeven, voorzitter college van bestuur | ing. D. Stam-van Wijk, voorzitter college van bestuur |
'''

add(334, "geintegreerde_route_groen_markdown_alblasserwaard", "md", H334,
    st("b=missing d=weak f=weak"),
    {"a": "1. De geïntegreerde route",
     "c": "2. Routeleiding",
     "e": "3. Organisatie van het onderwijs",
     "g": "6. Bekostiging",
     "h": "7. Medezeggenschap",
     "i": "8. Geschillen",
     "j": "9. Toetreding, wijziging en beëindiging"},
    "Markdown geïntegreerde route, Alblasserwaard, bb Groen to mbo-2 Medewerker groene ruimte with an AOC; "
    "business involvement only in the considerans (b missing); verantwoording left as dotted template "
    "lines (d weak); leavers go automatically to Entree (f weak).")

# ---------------------------------------------------------------- h335
H335 = '''
T: SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE MOBILITEIT EN TRANSPORT - EERSTE AUTOTECHNICUS

ST: als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB

H: DE ONDERGETEKENDEN:

1. de stichting Stichting Openbaar Voortgezet Onderwijs Noordoostpolder, statutair gevestigd te Emmeloord, kantoorhoudende aan de Espelerlaan te Emmeloord, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 41023876, in haar hoedanigheid van bevoegd gezag van het Polderland Vakcollege, te dezen op grond van artikel 9 van haar statuten rechtsgeldig vertegenwoordigd door haar bestuurder, de heer mr. B.J. Hoekstra, hierna te noemen: "de School";

2. de stichting Stichting Regionaal Opleidingencentrum Flevo-Noord, statutair gevestigd te Emmeloord, kantoorhoudende aan de Marknesserweg te Emmeloord, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer 39087113, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van haar college van bestuur, mevrouw drs. G.A. Dijkstra-Bakker, hierna te noemen: "het ROC";

de School en het ROC hierna gezamenlijk ook te noemen: "Partijen" en ieder afzonderlijk: "Partij";

H: OVERWEGENDE DAT:

A. Partijen reeds sinds 2019 samenwerken in een vakmanschapsroute techniek en deze samenwerking willen voortzetten en bestendigen als doorlopende leerroute in de zin van de Wet doorlopende leerroutes vmbo-mbo;

B. de wet voorschrijft dat een doorlopende leerroute wordt verzorgd op grond van een samenwerkingsovereenkomst waarin in elk geval afspraken zijn opgenomen over de in artikel 2.107b, tweede lid, WVO 2020 genoemde onderwerpen;

C. Partijen hun afspraken daartoe in deze Overeenkomst wensen vast te leggen;

VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:

H: Artikel 1 Definities

In deze Overeenkomst wordt verstaan onder:

I: a. Besturen: de bestuurder van de School en het college van bestuur van het ROC;

I: b. Route: de doorlopende leerroute omschreven in artikel 2;

I: c. Leerling: een deelnemer aan de Route gedurende de eerste twee leerjaren van de Route;

I: d. Student: een deelnemer aan de Route vanaf het derde leerjaar van de Route;

I: e. Stuurgroep: het orgaan bedoeld in artikel 4;

I: f. Routeplan: het gezamenlijke PTA/OER waarin per leerjaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn beschreven.

H: Artikel 2 Voorwerp van de Overeenkomst

2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, van de School en die leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het diploma van de vakopleiding Eerste autotechnicus (niveau 3) uit het kwalificatiedossier Autotechniek, opleidingsdomein Mobiliteit en voertuigen, van het ROC.

2.2 De Route omvat vijf leerjaren. De mbo-fase wordt gevolgd in de beroepsopleidende leerweg. Studenten kunnen binnen de opleiding kiezen voor het keuzedeel landbouwmechanisatie.

2.3 Partijen doen ieder voor zich de registratie van de Route in RIO, waarmee zij gezamenlijk voldoen aan de meldingsplicht van artikel 2.107c WVO 2020 en artikel 9.1.4 WEB.

H: Artikel 3 Bijdrage van het bedrijfsleven

3.1 Partijen stellen een beroepenveldcommissie Mobiliteit in, waarin zitting hebben een vertegenwoordiger van ten minste drie erkende leerbedrijven, waaronder in elk geval Poldermotors B.V. te Emmeloord, Agrimec Trekkerservice te Marknesse en de werkplaats van Transportbedrijf Van der Veen & Zn. te Ens, alsmede een vertegenwoordiger van de regionale afdeling van de brancheorganisatie voor autobedrijven.

3.2 De beroepenveldcommissie komt ten minste tweemaal per schooljaar bijeen en brengt aan de Stuurgroep advies uit over de inhoud van het Routeplan, de keuze van keuzedelen en de aansluiting op nieuwe technieken, waaronder elektrisch rijden.

3.3 De in lid 1 genoemde leerbedrijven verplichten zich jegens Partijen om:

I: a. in het tweede leerjaar van de Route per Leerling een oriënterende stage van ten minste vijf dagen aan te bieden;

I: b. in de mbo-fase plaatsen voor beroepspraktijkvorming aan te bieden, voor zover zij als leerbedrijf zijn erkend;

I: c. ten minste eenmaal per schooljaar een praktijkopdracht te leveren en afgeschreven motoren, onderdelen en diagnoseapparatuur als lesmateriaal beschikbaar te stellen;

I: d. op verzoek van het ROC een praktijkbeoordelaar te leveren voor examens in de beroepspraktijk.

3.4 Het ROC legt de verplichtingen van de leerbedrijven vast in schriftelijke overeenkomsten met ieder van hen.

H: Artikel 4 Stuurgroep

4.1 De leiding over de Route berust bij een Stuurgroep, bestaande uit de locatiedirecteur van de School, de sectordirecteur Techniek van het ROC en een routecoördinator die tevens als secretaris optreedt.

4.2 De locatiedirecteur en de sectordirecteur worden bij schriftelijk besluit van het eigen Bestuur als lid aangewezen. De routecoördinator wordt door de Besturen gezamenlijk benoemd en ontslagen; de benoeming geschiedt voor de duur van drie schooljaren en is eenmaal verlengbaar.

4.3 De Besturen dragen aan de Stuurgroep de volgende taken op:

I: a. het opstellen en jaarlijks herzien van het Routeplan, dat ter vaststelling aan de Besturen wordt voorgelegd;

I: b. de toewijzing van leraren en docenten aan de onderdelen van de Route;

I: c. de toelating van Leerlingen tot de Route en de beslissingen, bedoeld in artikel 7.5;

I: d. het onderhouden van de contacten met de beroepenveldcommissie en de leerbedrijven;

I: e. de bewaking van de kwaliteit van de Route.

4.4 De Stuurgroep is bevoegd ter uitvoering van deze taken uitgaven te doen tot een bedrag van € 6.000 per schooljaar uit de door de Besturen daartoe beschikbaar gestelde middelen. Tot het aangaan van andere verplichtingen, tot personele besluiten en tot het wijzigen van deze Overeenkomst is de Stuurgroep niet bevoegd.

4.5 Besluiten van de Stuurgroep worden genomen met eenparigheid van stemmen van de locatiedirecteur en de sectordirecteur.

H: Artikel 5 Verstrekking van inlichtingen en afleggen van rekenschap

5.1 De Stuurgroep verstrekt de Besturen na afloop van elk trimester een managementrapportage omtrent de voortgang van de Route, bevattende ten minste de aantallen Leerlingen en Studenten, de uitval, de examenresultaten, de ingediende klachten en de besteding van middelen.

5.2 De Stuurgroep legt jaarlijks vóór 1 maart schriftelijk rekenschap af over het afgelopen schooljaar door middel van een jaarverslag van de Route, dat in een gezamenlijke vergadering van de Besturen wordt besproken.

5.3 De Stuurgroep verstrekt de Besturen voorts alle inlichtingen die deze verlangen.

H: Artikel 6 Uitvoering van het onderwijs

6.1 Het onderwijs in de eerste twee leerjaren van de Route wordt verzorgd in het gebouw van de School; het onderwijs in de mbo-fase in het Mobiliteitscentrum van het ROC te Emmeloord. In het tweede leerjaar van de Route wordt wekelijks één dag onderwijs verzorgd in het Mobiliteitscentrum.

6.2 Het onderwijs wordt verzorgd overeenkomstig het Routeplan, waarin per leerjaar is aangegeven welke onderdelen behoren tot het vmbo, welke tot de beroepsopleiding en welke tot beide.

6.3 Partijen zetten voor de Route een gezamenlijk team in, bestaande uit de leraren Mobiliteit en transport en natuurkunde van de School en de praktijkdocenten Autotechniek van het ROC. Het ROC stelt in het eerste en tweede leerjaar van de Route een praktijkdocent beschikbaar voor acht lesuren per week; de School stelt in het derde leerjaar van de Route leraren Nederlands, Engels en wiskunde beschikbaar. Voor de vakoverstijgende module "Diagnose en onderhoud" wordt het team ingezet met toepassing van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Het personeel blijft in dienst van de eigen werkgever en werkt onder diens verantwoordelijkheid.

6.4 De School stelt haar praktijklokaal Mobiliteit en transport en het ROC zijn werkplaats met hefbruggen, het diagnoselaboratorium en de elektrische-voertuigenruimte (inclusief de vereiste veiligheidsinstructie voor werken aan hoogvoltsystemen) ter beschikking voor het onderwijs in de Route.

6.5 Een klacht betreffende gedragingen van een medewerker van de andere Partij wordt behandeld door de klachtencommissie van de Partij waar de betrokkene staat ingeschreven. De andere Partij verleent alle medewerking.

H: Artikel 7 Overstapoptie

7.1 Wordt de deelname aan de Route beëindigd voordat deze met goed gevolg is afgesloten, dan stellen Partijen de Leerling of Student in staat een diploma vmbo of een diploma van een beroepsopleiding te behalen dat aansluit bij zijn bereikte onderwijsniveau en zijn leeftijd.

7.2 Eindigt de deelname in de eerste twee leerjaren van de Route, dan wordt de Leerling in de gelegenheid gesteld het reguliere programma van de kaderberoepsgerichte leerweg Mobiliteit en transport of, indien passender, van een ander profiel of de basisberoepsgerichte leerweg van de School te volgen.

7.3 Heeft de Student het diploma vmbo aan het einde van het derde leerjaar van de Route niet behaald, dan kan hij bij het ROC een beroepsopleiding op niveau 2 of 3 volgen, waaronder Autotechnicus (niveau 2), zonder dat de vooropleidingseisen gelden, of het examen vmbo in een extra jaar afleggen.

7.4 Wenst de Student een opleiding in een andere richting, dan wordt hem een opleiding op hetzelfde niveau binnen het ROC aangeboden of wordt hij begeleid naar een andere instelling, die na een geschiktheidsonderzoek over zijn toelating beslist.

7.5 De keuze tussen de in dit artikel genoemde mogelijkheden wordt gemaakt bij gezamenlijk oordeel van de School en het ROC, na overleg met de Leerling of Student en, indien deze minderjarig is, diens ouders, met inachtneming van het bereikte onderwijsniveau en de leeftijd.

H: Artikel 8 Overdracht van middelen

8.1 Het ROC draagt met toepassing van artikel 9.1.15 WEB jaarlijks een bedrag van € 18.000 over aan de School.

8.2 Het in lid 1 bedoelde bedrag is bestemd voor de inzet van leraren van de School in het derde leerjaar van de Route ten behoeve van het examen vmbo in de vakken Nederlands, Engels en wiskunde, en voor de kosten van de examensecretaris van de School voor deze Studenten.

8.3 Betaling geschiedt in één termijn vóór 1 december van het betreffende schooljaar. Voor het overige draagt iedere Partij haar eigen kosten.

H: Artikel 9 Geschillenregeling

9.1 Partijen trachten geschillen omtrent de uitvoering van deze Overeenkomst in eerste instantie in de Stuurgroep op te lossen.

9.2 Indien het geschil niet binnen dertig dagen in de Stuurgroep is opgelost, wordt het voorgelegd aan de Besturen, die binnen zestig dagen een minnelijke regeling beproeven.

9.3 Leidt het overleg tussen de Besturen niet tot een minnelijke regeling, dan zullen Partijen het geschil aan mediation onderwerpen. Indien de mediation binnen drie maanden na aanvang niet tot een oplossing heeft geleid, is iedere Partij bevoegd het geschil voor te leggen aan de bevoegde rechter in het arrondissement Midden-Nederland.

H: Artikel 10 Toetreding, wijziging en einde van de Overeenkomst

10.1 Een ander bevoegd gezag van een school voor vmbo of van een instelling voor beroepsonderwijs kan tot deze Overeenkomst toetreden, mits Partijen daarmee schriftelijk instemmen, het toetredende bevoegd gezag zich bij een door alle partijen ondertekende toetredingsverklaring aan de bepalingen van deze Overeenkomst verbindt en de toetreding ingaat bij de aanvang van een schooljaar.

10.2 Deze Overeenkomst kan slechts worden gewijzigd bij schriftelijke overeenkomst tussen de Besturen. Wijzigingen die de inhoud van het onderwijs raken, treden niet eerder in werking dan bij de aanvang van het eerstvolgende schooljaar.

10.3 Deze Overeenkomst wordt aangegaan voor onbepaalde tijd met ingang van 1 augustus 2025. Iedere Partij kan de Overeenkomst bij aangetekende brief opzeggen tegen het einde van een schooljaar met inachtneming van een opzegtermijn van ten minste achttien maanden.

10.4 Iedere Partij is bevoegd de Overeenkomst te ontbinden indien de andere Partij, na een schriftelijke ingebrekestelling waarin een redelijke termijn voor nakoming is gesteld, toerekenbaar tekortschiet in de nakoming van haar verplichtingen.

10.5 Na opzegging of ontbinding worden geen nieuwe Leerlingen tot de Route toegelaten. Partijen blijven gehouden de Route te verzorgen voor de Leerlingen en Studenten die op de datum van beëindiging aan de Route deelnemen, totdat dezen de Route hebben voltooid of met toepassing van artikel 7 een overstap hebben gemaakt.

H: Artikel 11 Slotbepalingen

11.1 Op deze Overeenkomst is Nederlands recht van toepassing.

11.2 Deze Overeenkomst vervangt de samenwerkingsafspraken inzake de vakmanschapsroute techniek van 14 maart 2019.

Aldus overeengekomen en in tweevoud ondertekend te Emmeloord op 27 juni 2025.

SIG: Stichting Openbaar Voortgezet Onderwijs Noordoostpolder || Stichting Regionaal Opleidingencentrum Flevo-Noord
SIG: mr. B.J. Hoekstra, bestuurder || drs. G.A. Dijkstra-Bakker, voorzitter college van bestuur
'''

add(335, "juridische_akte_autotechniek_noordoostpolder", "pdf", H335, st("h=not_applicable"),
    {"a": "Artikel 2 Voorwerp van de Overeenkomst",
     "b": "Artikel 3 Bijdrage van het bedrijfsleven",
     "c": "Artikel 4 Stuurgroep",
     "d": "Artikel 5 Verstrekking van inlichtingen en afleggen van rekenschap",
     "e": "Artikel 6 Uitvoering van het onderwijs",
     "f": "Artikel 7 Overstapoptie",
     "g": "Artikel 8 Overdracht van middelen",
     "i": "Artikel 9 Geschillenregeling",
     "j": "Artikel 10 Toetreding, wijziging en einde van de Overeenkomst"},
    "Formal legal deed (PDF) with comparitie, considerans and definitions, Noordoostpolder, kb Mobiliteit "
    "en transport to mbo-3 Eerste autotechnicus; former vakmanschapsroute; instelling-to-school transfer "
    "with amount and purpose; silent on medezeggenschap; otherwise compliant.",
    title="Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit en transport",
    author="Polderland Vakcollege", font="Times-Roman", size=10.5, justify=True, talign=1,
    footer="Samenwerkingsovereenkomst DLR Mobiliteit en transport - paraaf School: ____ paraaf ROC: ____")

# ---------------------------------------------------------------- h336
H336 = '''
T: Afsprakenkader doorlopende leerroute ICT Bevelanden

ST: Samenwerkingsovereenkomst tussen twee vmbo-scholen en ROC Zeeland Centraal - route Media, vormgeving en ICT naar Software developer niveau 4

De ondergetekenden:

- Stichting Voortgezet Onderwijs De Bevelanden, gevestigd te Goes, bevoegd gezag van Scheldepoort Vmbo, vertegenwoordigd door mevrouw J.M. de Koning, voorzitter college van bestuur;

- Stichting Christelijk Onderwijs Zuid-Beveland, gevestigd te Kapelle, bevoegd gezag van het Kapelse Vakcollege, vertegenwoordigd door de heer A. Joosse, bestuurder;

- Stichting ROC Zeeland Centraal, gevestigd te Goes, vertegenwoordigd door de heer drs. F.W. Minderhoud, voorzitter college van bestuur;

hierna samen "de partners", de eerste twee ook "de scholen" en de laatste "het ROC", leggen in het onderstaande kader vast wat zij met elkaar afspreken over de doorlopende leerroute ICT. Iedere afspraak in de rechterkolom bindt alle partners, tenzij daarin uitdrukkelijk één partner wordt genoemd.

| Onderwerp | Afspraak
| 1. Route en opleiding | De route begint in leerjaar 3 van de gemengde leerweg en van de kaderberoepsgerichte leerweg, profiel Media, vormgeving en ICT, op beide scholen.\\nZij leidt naar het vmbo-diploma van de betreffende leerweg en naar het diploma van de middenkaderopleiding Software developer (niveau 4, kwalificatiedossier Software development, domein ICT) van het ROC, beroepsopleidende leerweg.\\nDe route duurt vijf jaar: twee jaar vo-fase op de eigen school en drie jaar mbo-fase bij het ROC.\\nIedere partner registreert de route voor zijn eigen deel in RIO; de scholen en het ROC doen dat vóór 1 september 2025.
| 2. Betrokkenheid ICT-bedrijven | Aan de route werken mee: Zeeuwse Softwarefabriek B.V. (Goes), Oosterschelde Data & Cloud (Kapelle), het ICT-team van Ziekenhuis Bevelanden en de ondernemersvereniging Bevelandse ICT-kring.\\nDeze organisaties leveren elk schooljaar ten minste twee echte opdrachten waarvoor een medewerker als opdrachtgever optreedt, organiseren jaarlijks een hackathon voor leerjaar 4 van beide scholen, bieden stageplaatsen in de mbo-fase bij door SBB erkende leerbedrijven en beoordelen de eindpresentaties van de projecten mee.\\nEen adviesgroep van deze organisaties bespreekt twee keer per jaar met het kernteam het programma en de keuzedelen.
| 3. Leiding: het kernteam | De route wordt geleid door een kernteam van drie leden: de teamleider bovenbouw van Scheldepoort Vmbo, de teamleider bovenbouw van het Kapelse Vakcollege en de opleidingsmanager ICT van het ROC, die het kernteam voorzit.\\nIeder bestuur wijst zijn eigen lid schriftelijk aan en meldt een vervanging binnen een maand aan de andere besturen.\\nHet kernteam stelt het routeplan en het gezamenlijke PTA/OER op, beslist over toelating tot de route, verdeelt de lessen over de docenten binnen de formatie die ieder bestuur beschikbaar stelt, beslist over overstappen volgens onderwerp 7 en beheert een routebudget van € 8.000 per schooljaar.\\nHet kernteam besluit bij meerderheid; over zaken die alleen de locatie van één school raken, beslist het kernteam niet zonder instemming van het lid van die school.\\nPersoneelsbesluiten, uitgaven boven het routebudget en wijzigingen van dit kader zijn voorbehouden aan de besturen.
| 4. Informatie en verantwoording | Het kernteam stuurt elk kwartaal een dashboard met in-, door- en uitstroom, verzuim en resultaten per school aan de drie besturen.\\nIn oktober levert het kernteam een jaarrapportage over het vorige schooljaar, inclusief de besteding van het routebudget. De besturen bespreken die in november met het kernteam in hun bestuurlijk overleg, waar het kernteam verantwoording aflegt.
| 5. Inrichting van het onderwijs | Locaties: de vo-fase wordt gegeven op Scheldepoort Vmbo te Goes en op het Kapelse Vakcollege te Kapelle; in leerjaar 4 volgen de leerlingen van beide scholen elke woensdag les in het ICT-lab van het ROC te Goes. De mbo-fase vindt plaats op de ROC-locatie te Goes.\\nProgramma: het PTA/OER legt per leerjaar het programma, de examens en de stages vast en geeft aan welk deel vmbo, welk deel mbo en welk deel gezamenlijk is.\\nPersoneel: de docenten informatica en MVI van beide scholen en drie docenten software development van het ROC vormen één routeteam. Voor de projectweken "Bouwen voor een klant" geldt teambevoegdheid. Een ROC-docent geeft in leerjaar 4 vier uur per week les op elk van beide scholen; de scholen zetten in het eerste mbo-jaar hun docenten Engels en wiskunde in bij het ROC voor de afronding van het vmbo-examen. Ieder blijft in dienst van zijn eigen werkgever. Het routeteam heeft jaarlijks twee gezamenlijke studiedagen.\\nFaciliteiten: leerlingen gebruiken het ICT-lab van het ROC met ontwikkellaptops, testservers en 3D-printer en krijgen een account in de ontwikkelomgeving van het ROC; het ROC gebruikt de mediaruimtes van beide scholen voor open dagen en ouderavonden. Voor de uitwisseling van leerlinggegevens sluiten de partners een verwerkersafspraak.\\nKlachten over een medewerker van een andere partner worden behandeld volgens de klachtenregeling van de partner waar de leerling staat ingeschreven.
| 6. Geld | Er wordt tussen de partners geen bekostiging overgedragen. De inzet van ROC-docenten op de scholen en van schooldocenten bij het ROC wordt niet verrekend; iedere partner draagt de eigen kosten. Het routebudget wordt door de drie besturen ieder voor een derde gevuld uit eigen middelen.
| 7. Overstappen | Elke leerling die de route verlaat, krijgt een weg naar een diploma die past bij zijn bereikte niveau en leeftijd.\\nIn de vo-fase: de leerling maakt de gemengde of kaderberoepsgerichte leerweg op de eigen school regulier af, in hetzelfde of een ander profiel.\\nGeen vmbo-diploma na het derde routejaar: de leerling gaat bij het ROC door in een opleiding op niveau 3 of 4, bijvoorbeeld Allround medewerker IT systems and devices (niveau 3) of Expert IT systems and devices (niveau 4), zonder vooropleidingseisen, of haalt in een extra jaar het vmbo-diploma.\\nAndere richting: overstap naar een opleiding op hetzelfde niveau bij het ROC, of naar een andere instelling na een geschiktheidsonderzoek daar; het ROC levert dan een overdrachtsdossier.\\nBeslissing: de school van herkomst en het ROC kiezen samen, in het kernteam, na een gesprek met de leerling en zijn ouders. Het besluit wordt binnen een maand schriftelijk vastgelegd.
| 8. Medezeggenschap | Leerlingen van de route mogen vanaf het tweede routejaar met één vertegenwoordiger per school deelnemen aan de studentenraad van het ROC, met dezelfde rechten als de andere leden.\\nDe jaarrapportage (onderwerp 4) wordt ter advisering voorgelegd aan de medezeggenschapsraden van beide scholen en aan de studentenraad van het ROC.
| 9. Geschillen | Een geschil tussen partners over de uitvoering van dit kader wordt eerst in het kernteam besproken, daarna binnen vier weken in het bestuurlijk overleg van de drie besturen.\\nLost ook dat het geschil niet binnen acht weken op, dan wordt het voorgelegd aan een geschillencommissie van drie leden: ieder betrokken bestuur wijst een lid aan en die leden kiezen een onafhankelijke voorzitter; bij twee betrokken partners kiezen hun leden samen de voorzitter. De commissie brengt bindend advies uit binnen zes weken.
| 10. Toetreding, wijziging, uittreding en beëindiging | Toetreding: een andere vmbo-school of mbo-instelling kan aansluiten als alle besturen schriftelijk instemmen en de nieuwe partner dit kader ondertekent. Aansluiting gaat in op 1 augustus; de nieuwe partner meldt de route bij DUO.\\nWijziging: alleen schriftelijk, met handtekening van alle besturen; wijzigingen in het programma gelden pas voor het volgende schooljaar.\\nUittreding: een partner kan met een opzegtermijn van twaalf maanden uittreden tegen 1 augustus. Het kader blijft dan gelden tussen de overige partners. Treedt het ROC uit, dan eindigt het kader voor alle partners op dezelfde datum.\\nOntbinding: bij ernstige tekortkoming na schriftelijke ingebrekestelling.\\nLeerlingen: na uittreding of beëindiging stromen bij de betrokken partner geen nieuwe leerlingen meer in; leerlingen die op dat moment in de route zitten, maken hun route af bij de partners of krijgen een overstap volgens onderwerp 7.
| 11. Duur | Dit kader geldt vanaf 1 augustus 2025 voor onbepaalde tijd en wordt in het schooljaar 2027-2028 door de partners geëvalueerd.

Aldus vastgesteld en in drievoud ondertekend.

SIG: Goes, 30 juni 2025 || Kapelle, 30 juni 2025 || Goes, 30 juni 2025
SIG: J.M. de Koning, Stichting Voortgezet Onderwijs De Bevelanden || A. Joosse, Stichting Christelijk Onderwijs Zuid-Beveland || drs. F.W. Minderhoud, Stichting ROC Zeeland Centraal
'''

add(336, "afsprakentabel_twee_vmbo_scholen_ict_bevelanden", "docx", H336, st(),
    {"a": "1. Route en opleiding",
     "b": "2. Betrokkenheid ICT-bedrijven",
     "c": "3. Leiding: het kernteam",
     "d": "4. Informatie en verantwoording",
     "e": "5. Inrichting van het onderwijs",
     "f": "7. Overstappen",
     "g": "6. Geld",
     "h": "8. Medezeggenschap",
     "i": "9. Geschillen",
     "j": "10. Toetreding, wijziging, uittreding en beëindiging"},
    "Two-column Word table 'Onderwerp | Afspraak' (DOCX), De Bevelanden, two vmbo schools and one ROC; "
    "gl/kb Media, vormgeving en ICT to mbo-4 Software developer; explicit no transfer; pupils may sit on "
    "the ROC studentenraad; fully compliant.",
    title="Afsprakenkader doorlopende leerroute ICT Bevelanden", author="ROC Zeeland Centraal",
    font="Calibri", size=10, colw=[4.0, 12.5])

# ==== main (keep last)
def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a.lstrip("h")) for a in argv] if argv else sorted(DOCS)
    for n in nums:
        if n not in DOCS:
            sys.exit("unknown number %d" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
