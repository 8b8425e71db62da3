#!/usr/bin/env python3
"""Build training sample agreements 309-316 (batch train20b) for leerroute-check.

Written by an independent helper author from the two official guidance documents in
shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), shared/domain.md
and sample_agreements/LABELS.md only -- without looking at checker code, models, tests,
benchmarks or the texts/build scripts of other samples.  Every school, instelling, company
and person in these agreements is made up.

Focus of this batch: look-alikes next to the real thing.  Five agreements are fully compliant
although they contain text that looks like a defect (a considerans full of intentions, a
sentence citing the statute followed by the parties' own arrangement, "kan"/"mag" for real
powers, "in overleg" as one step of a procedure that ends in binding advice, a schoolgids
reference for details, an explicit "geen aanvullende afspraken over medezeggenschap").  Three
agreements have one or two real defects hidden among such look-alikes.

Usage:
    python3 build_samples_train20b.py            # build all
    python3 build_samples_train20b.py 309 312    # build only these numbers
    python3 build_samples_train20b.py --check    # verify every produced file
"""

import io
import json
import os
import re
import sys
import textwrap
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = []  # filled below, one dict per agreement


def sample(num, slug, fmt, description, statuses, evidence, text, header=None):
    SAMPLES.append(dict(num=num, slug=slug, fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, text=text, header=header))


# ---------------------------------------------------------------------------
# A tiny markup: every block is separated by a blank line.
#   T: title            S: subtitle line          H: heading        H2: subheading
#   - bullet item       | a | b |  table row (first row is the header)
#   anything else: a paragraph (lines joined with a space)
# ---------------------------------------------------------------------------

def parse(text):
    blocks = []
    for raw in re.split(r"\n\s*\n", textwrap.dedent(text).strip("\n")):
        lines = [ln.strip() for ln in raw.strip("\n").split("\n") if ln.strip()]
        if not lines:
            continue
        first = lines[0]
        if first.startswith("|"):
            rows = []
            for ln in lines:
                cells = [c.strip() for c in ln.strip().strip("|").split("|")]
                rows.append(cells)
            blocks.append(("table", rows))
        elif first.startswith("- "):
            items = []
            for ln in lines:
                if ln.startswith("- "):
                    items.append(ln[2:].strip())
                else:
                    items[-1] += " " + ln
            blocks.append(("list", items))
        else:
            joined = " ".join(lines)
            for tag in ("T:", "S:", "H2:", "H:"):
                if joined.startswith(tag):
                    blocks.append((tag[:-1], joined[len(tag):].strip()))
                    break
            else:
                blocks.append(("p", joined))
    return blocks


# ---------------------------------------------------------------- TXT / MD
def render_txt(blocks):
    out = []
    for kind, val in blocks:
        if kind == "T":
            out += [val.upper(), "=" * min(len(val), 78), ""]
        elif kind == "S":
            out += [val, ""]
        elif kind in ("H", "H2"):
            out += [val, ("-" if kind == "H" else "~") * min(len(val), 78), ""]
        elif kind == "p":
            out += textwrap.wrap(val, 92) + [""]
        elif kind == "list":
            for it in val:
                out += textwrap.wrap(it, 92, initial_indent="  * ", subsequent_indent="    ")
            out.append("")
        elif kind == "table":
            widths = [max(len(r[i]) for r in val) for i in range(len(val[0]))]
            for r in val:
                out.append("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_md(blocks):
    out = []
    for kind, val in blocks:
        if kind == "T":
            out += ["# " + val, ""]
        elif kind == "S":
            out += ["*" + val + "*", ""]
        elif kind == "H":
            out += ["## " + val, ""]
        elif kind == "H2":
            out += ["### " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "list":
            out += ["- " + it for it in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "|".join("---" for _ in val[0]) + "|")
            for r in val[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- PDF
def render_pdf(blocks, path, title, header=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, ListFlowable, ListItem)

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica",
                          fontSize=10, leading=13.5, spaceAfter=5)
    st_t = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=15,
                          leading=19, spaceAfter=6)
    st_s = ParagraphStyle("s", parent=body, alignment=1, fontName="Helvetica-Oblique")
    st_h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11.5,
                          leading=15, spaceBefore=9, spaceAfter=4)
    st_h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=10,
                           spaceBefore=5, spaceAfter=3)
    st_cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0)

    story = []
    for kind, val in blocks:
        if kind == "T":
            story.append(Paragraph(escape(val), st_t))
        elif kind == "S":
            story.append(Paragraph(escape(val), st_s))
        elif kind == "H":
            story.append(Paragraph(escape(val), st_h))
        elif kind == "H2":
            story.append(Paragraph(escape(val), st_h2))
        elif kind == "p":
            story.append(Paragraph(escape(val), body))
        elif kind == "list":
            story.append(ListFlowable([ListItem(Paragraph(escape(it), body), leftIndent=14)
                                       for it in val], bulletType="bullet", start="-",
                                      leftIndent=14))
        elif kind == "table":
            data = [[Paragraph(escape(c), st_cell) for c in r] for r in val]
            ncol = len(val[0])
            width = 16.5 * cm
            colw = [width * 0.3] + [width * 0.7 / (ncol - 1)] * (ncol - 1) if ncol > 1 else [width]
            tbl = Table(data, colWidths=colw, repeatRows=1)
            tbl.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(tbl)
            story.append(Spacer(1, 6))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        if header:
            canv.drawString(2.2 * cm, A4[1] - 1.3 * cm, header)
        canv.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "pagina %d" % doc.page)
        canv.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=title,
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


# ---------------------------------------------------------------- DOCX
def render_docx(blocks, path, title):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for kind, val in blocks:
        if kind == "T":
            d.add_paragraph(val, style="Title")
        elif kind == "S":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "H":
            d.add_heading(val, level=1)
        elif kind == "H2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "list":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            if len(val[0]) == 2:
                from docx.shared import Cm
                t.autofit = False
                for row in t.rows:
                    row.cells[0].width = Cm(4.0)
                    row.cells[1].width = Cm(12.0)
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
    cp = d.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so rebuilds are byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ---------------------------------------------------------------- build / check
def name_of(s):
    return "%03d_%s" % (s["num"], s["slug"])


def expected_of(s):
    return {"description": s["description"], "split": "train",
            "statuses": s["statuses"], "evidence": s["evidence"]}


def build(s):
    blocks = parse(s["text"])
    title = next((v for k, v in blocks if k == "T"), name_of(s))
    base = os.path.join(HERE, name_of(s))
    fmt = s["fmt"]
    if fmt == "pdf":
        render_pdf(blocks, base + ".pdf", title, header=s.get("header"))
    elif fmt == "docx":
        render_docx(blocks, base + ".docx", title)
    elif fmt == "txt":
        with open(base + ".txt", "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render_txt(blocks))
    elif fmt == "md":
        with open(base + ".md", "w", encoding="utf-8", newline="\n") as fh:
            fh.write(render_md(blocks))
    else:
        raise ValueError(fmt)
    with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as fh:
        json.dump(expected_of(s), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("built", name_of(s) + "." + fmt)


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
        pdf.close()
        return "\n".join(parts)
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        xml = re.sub(r"<w:tab/>", " ", xml)
        txt = re.sub(r"<[^>]+>", "", xml)
        import html
        return html.unescape(txt)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u00ad", "")).strip()


LETTERS = "abcdefghij"
STATUSES = {"present", "weak", "missing", "not_applicable"}


def check(selected):
    ok = True
    fmts = {}
    for s in selected:
        base = os.path.join(HERE, name_of(s))
        path = base + "." + s["fmt"]
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract(path))
            except Exception as exc:  # noqa: BLE001
                errs.append("does not open: %r" % exc)
                text = ""
            for k, ev in s["evidence"].items():
                if s["statuses"].get(k) != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
            for k in LETTERS:
                if s["statuses"].get(k) == "present" and k not in s["evidence"]:
                    errs.append("no evidence for present item %s" % k)
        if sorted(s["statuses"]) != list(LETTERS) or not set(s["statuses"].values()) <= STATUSES:
            errs.append("bad statuses table")
        try:
            with open(base + ".expected.json", encoding="utf-8") as fh:
                if json.load(fh) != expected_of(s):
                    errs.append("expected.json differs from table")
        except FileNotFoundError:
            errs.append("missing expected.json")
        if not (309 <= s["num"] <= 316):
            errs.append("number out of range")
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        print(("OK   " if not errs else "FAIL ") + name_of(s) + "." + s["fmt"]
              + ("" if not errs else ": " + "; ".join(errs)))
        ok = ok and not errs
    print("formats:", fmts)
    return ok


def main(argv):
    if "--check" in argv:
        nums = [int(a) for a in argv if a.isdigit()]
        sel = [s for s in SAMPLES if not nums or s["num"] in nums]
        sys.exit(0 if check(sel) else 1)
    nums = [int(a) for a in argv if a.isdigit()]
    for s in SAMPLES:
        if not nums or s["num"] in nums:
            build(s)


# ===========================================================================
# The agreements
# ===========================================================================


# ---------------------------------------------------------------------------
# 309 - bestuurssecretaris, long formal PDF, Urk, Maritiem en techniek -> zeevisvaart
# ---------------------------------------------------------------------------
sample(309, "bestuurssecretaris_lang_urk_zeevisvaart", "pdf",
       "Lange formele overeenkomst opgesteld door het bestuurssecretariaat (PDF, Artikel-stijl, 18 artikelen), "
       "Urk/Noordoostpolder, Maritiem en techniek bb/kb naar Matroos zeevisvaart (2) en Schipper/machinist "
       "zeevisvaart (3); volledig in orde ondanks look-alikes: considerans vol streefzinnen, wetsartikel-citaat "
       "gevolgd door eigen afspraak, 'kan'/'mag' voor echte bevoegdheden, 'in overleg' als eerste stap naar "
       "bindend advies, schoolgids voor details van de overstap",
       {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
        "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
       {"a": "Artikel 3 De leerroutes",
        "b": "Artikel 9 Inbreng van de visserijsector",
        "c": "Artikel 5 Routeregie: samenstelling, benoeming en mandaat",
        "d": "Artikel 6 Informatie aan en verantwoording tegenover de besturen",
        "e": "Artikel 7 Onderwijskundige en organisatorische inrichting",
        "f": "Artikel 8 Overstapmogelijkheden",
        "g": "Artikel 11 Financiële afspraken",
        "h": "Artikel 12 Medezeggenschap",
        "i": "Artikel 14 Geschillen",
        "j": "Artikel 15 Looptijd, opzegging en ontbinding"},
       """
T: Samenwerkingsovereenkomst doorlopende leerroutes vmbo-mbo Maritiem en techniek - Zeevisvaart

S: Kenmerk BS/2025/041 - vastgesteld in de vergadering van het college van bestuur van 17 juni 2025

DE ONDERGETEKENDEN:

1. Stichting voor Voortgezet Onderwijs Urk en Noordoostpolder, statutair gevestigd te Urk, ingeschreven
in het handelsregister onder nummer 41029387, bevoegd gezag van het Zeebries College (school voor vbo en
mavo, locatie Wijk 5 te Urk), rechtsgeldig vertegenwoordigd door mevrouw drs. H.J. Kapiteijn, voorzitter
van het college van bestuur, hierna te noemen: "de school";

2. Stichting Regionaal Opleidingencentrum Zuiderzeeland-Noord, statutair gevestigd te Emmeloord,
ingeschreven in het handelsregister onder nummer 39117402, bevoegd gezag van onder meer de Maritieme
Vakschool Urk, rechtsgeldig vertegenwoordigd door de heer ing. W. Post MBA, lid van het college van
bestuur, hierna te noemen: "de instelling";

hierna gezamenlijk te noemen: "partijen".

OVERWEGENDE DAT:

a. partijen ernaar streven dat iedere jongere uit Urk en de Noordoostpolder die voor de visserij kiest,
ten minste een diploma op het niveau van een startkwalificatie behaalt;

b. partijen beogen de overgang van het vmbo naar het mbo voor deze jongeren zonder onnodige
overlap en zonder "knip" in te richten, en daartoe al sinds 2019 informeel samenwerken;

c. partijen het wenselijk vinden dat de samenwerking niet afhankelijk is van personen en dat bij
personele wisselingen op heldere afspraken kan worden teruggevallen;

d. de visserijsector op Urk te kennen heeft gegeven graag een grotere rol in het onderwijs te willen
spelen en partijen die wens ondersteunen;

e. het voorgenomen besluit tot deze samenwerking ter advisering is voorgelegd aan de
medezeggenschapsraad van de school en aan de studentenraad en de ondernemingsraad van de instelling;

VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:

H: Artikel 1 Begripsbepalingen

In deze overeenkomst wordt verstaan onder:

- route: een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB,
zoals beschreven in artikel 3;
- vo-fase: de eerste twee leerjaren van de route (leerjaar 3 en 4 van het vmbo), waarin de jongere als
leerling bij de school staat ingeschreven;
- mbo-fase: de leerjaren van de route vanaf het derde routejaar, waarin de jongere als student bij de
instelling staat ingeschreven;
- routeregie: de leiding over de routes als bedoeld in artikel 5;
- de besturen: het college van bestuur van de school en het college van bestuur van de instelling;
- routeplan: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en
examenregeling voor de gehele route, per leerjaar, als bedoeld in artikel 7 lid 3.

H: Artikel 2 Doel en grondslag

1. Op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB wordt een doorlopende leerroute verzorgd op
grond van een samenwerkingsovereenkomst waarin ten minste de in die artikelen genoemde onderwerpen zijn
geregeld. Partijen geven daaraan met deze overeenkomst als volgt invulling.

2. Partijen verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk de in artikel 3 omschreven
routes. Zij beschrijven daartoe gezamenlijk het onderwijsprogramma, de examinering en de
beroepspraktijkvorming per leerjaar en voeren deze gezamenlijk uit.

3. Deze overeenkomst vervangt de intentieverklaring "Samen naar zee" van 4 maart 2019; die verklaring
heeft geen werking meer.

H: Artikel 3 De leerroutes

1. Partijen bieden de volgende twee routes aan:

| Route | vmbo (de school) | mbo (de instelling) |
| Route Matroos | profiel Maritiem en techniek, basisberoepsgerichte leerweg | basisberoepsopleiding Matroos zeevisvaart, niveau 2, opleidingsdomein Transport, scheepvaart en logistiek, BOL |
| Route Schipper | profiel Maritiem en techniek, kaderberoepsgerichte leerweg | vakopleiding Schipper/machinist zeevisvaart, niveau 3, opleidingsdomein Transport, scheepvaart en logistiek, BOL |

2. Een jongere kiest aan het eind van leerjaar 2 van het vmbo voor een route. De route Matroos duurt vier
jaar, de route Schipper vijf jaar, gerekend vanaf leerjaar 3 van het vmbo.

3. Een jongere in de route Matroos kan na het behalen van het diploma Matroos zeevisvaart doorstromen
naar de vakopleiding Schipper/machinist zeevisvaart; de instelling laat hem daartoe toe zonder
aanvullende toelatingseisen.

H: Artikel 4 Melding en inschrijving

1. Partijen melden de routes gezamenlijk aan de minister door registratie in RIO, ieder voor het eigen
deel. De bestuurssecretaris van de school draagt zorg voor de coördinatie daarvan.

2. In de vo-fase staat de jongere als leerling ingeschreven bij de school; met ingang van het derde
routejaar schrijft de school hem uit en schrijft de instelling hem in als student. Een student die in de
mbo-fase het vmbo-diploma nog niet heeft behaald, blijft voor de vmbo-onderdelen bij de school
ingeschreven totdat die onderdelen zijn afgerond.

3. De school is verantwoordelijk voor het vmbo-deel van de route, inclusief examinering en
diplomering; de instelling is verantwoordelijk voor het mbo-deel, inclusief de beroepspraktijkvorming
en de mbo-examinering en diplomering.

H: Artikel 5 Routeregie: samenstelling, benoeming en mandaat

1. De leiding over beide routes berust bij de routeregie. De routeregie bestaat uit:
a. de teamleider bovenbouw beroepsgericht van het Zeebries College;
b. de opleidingsmanager maritiem van de Maritieme Vakschool Urk;
c. een routecoördinator, die de vergaderingen voorzit en het secretariaat voert.

2. Het college van bestuur van de school wijst het lid onder a aan, het college van bestuur van de
instelling het lid onder b. De routecoördinator wordt door beide besturen gezamenlijk benoemd, op
voordracht van de leden onder a en b, voor een termijn van drie schooljaren; herbenoeming is
mogelijk. Een bestuur kan het door hem aangewezen lid op ieder moment vervangen; het meldt dat
schriftelijk aan het andere bestuur.

3. De besturen dragen aan de routeregie de volgende taken op:
a. het opstellen van het routeplan en het jaarlijks actualiseren daarvan;
b. de dagelijkse aansturing van het routeteam, de roostering en de planning van de
beroepspraktijkvorming;
c. het voeren van het overleg met de visserijsector, bedoeld in artikel 9;
d. het voorbereiden van besluiten over de overstap van individuele jongeren, bedoeld in artikel 8;
e. het bewaken van de kwaliteit van de routes en de resultaten van de jongeren.

4. De routeregie is bevoegd:
a. het rooster en de verdeling van de onderwijstijd over de vo-fase en de mbo-fase vast te stellen;
b. de inzet van docenten binnen de routes te verdelen, binnen de formatie die ieder bestuur
daarvoor beschikbaar stelt;
c. uitgaven te doen ten laste van het routebudget tot een bedrag van 5.000 euro per uitgave;
d. namens beide besturen leerbedrijven te selecteren en de afspraken met hen vast te leggen.

5. De routeregie kan besluiten het routeplan tussentijds aan te passen, mits de aanpassing de
lopende examenprogramma's niet raakt. De routeregie mag voor de uitvoering van haar taken deskundigen
uitnodigen.

6. Besluiten over de aanname en ontslag van personeel, over uitgaven boven 5.000 euro en over
wijziging van deze overeenkomst blijven voorbehouden aan de besturen.

7. De routeregie besluit bij consensus. Ontbreekt consensus, dan wordt het onderwerp binnen twee weken
voorgelegd aan de besturen.

H: Artikel 6 Informatie aan en verantwoording tegenover de besturen

1. De routeregie brengt twee keer per schooljaar een schriftelijke voortgangsrapportage uit aan beide
besturen: uiterlijk 1 februari en uiterlijk 1 juli. De rapportage bevat ten minste de in-, door- en
uitstroom per route, de behaalde examens, het aantal overstappen en de besteding van het routebudget.

2. Eenmaal per jaar, in oktober, legt de routeregie in een bestuurlijk overleg met beide besturen
verantwoording af over het afgelopen schooljaar aan de hand van een jaarverslag. De besturen stellen
het jaarverslag vast en kunnen de routeregie daarbij aanwijzingen geven.

3. De routeregie informeert beide besturen onverwijld, en in ieder geval binnen vijf werkdagen, over
incidenten aan boord of in de beroepspraktijkvorming, over klachten en over ontwikkelingen die de
continuïteit van een route in gevaar kunnen brengen.

4. Ieder bestuur kan de routeregie op ieder moment om aanvullende inlichtingen vragen.

H: Artikel 7 Onderwijskundige en organisatorische inrichting

1. De vo-fase wordt verzorgd op de locatie van het Zeebries College; de mbo-fase op de Maritieme
Vakschool Urk. Vanaf het eerste routejaar volgen jongeren een dag per week praktijkonderwijs op de
Maritieme Vakschool.

2. De school stelt het praktijklokaal motoren en het techniekhal-deel van het Zeebries College
beschikbaar; de instelling stelt de brugsimulator, de vistuigwerkplaats en het opleidingsschip UK 2
"Nieuwe Hoop" beschikbaar. Ieder gebruik van elkaars faciliteiten is kosteloos; schade door
onzorgvuldig gebruik komt voor rekening van de partij wier leerlingen of personeel deze
veroorzaken.

3. Partijen leggen het onderwijsprogramma en de examinering per leerjaar vast in het routeplan. Daarin
wordt aangegeven welke onderdelen tot het vmbo-programma, welke tot het mbo-programma en welke tot
beide behoren. Het vmbo-examen wordt afgenomen in het tweede of het derde routejaar; mbo-examens kunnen
vanaf het eerste routejaar worden afgenomen. Het routeplan wordt vóór 1 oktober van ieder schooljaar
door beide besturen vastgesteld.

4. Het onderwijs wordt verzorgd door één routeteam, bestaande uit docenten van beide partijen. Partijen
maken gebruik van de teambevoegdheid voor de vakoverstijgende praktijkonderdelen "Werken aan boord" en
"Veiligheid en overleven op zee", onder de voorwaarden van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB.
Voor ieder programmaonderdeel is ten minste één bevoegde docent in het team.

5. Iedere partij blijft werkgever van het eigen personeel. De school zet per route ten minste 0,4 fte
docent Maritiem en techniek in; de instelling ten minste 0,6 fte docent zeevisvaart en een
praktijkinstructeur voor het opleidingsschip. Docenten die op de locatie van de andere partij lesgeven,
volgen daar de huisregels en het veiligheidsreglement.

6. Professionalisering van het routeteam vindt plaats op twee gezamenlijke studiedagen per jaar.

H: Artikel 8 Overstapmogelijkheden

1. Een jongere die de route niet kan of wil afmaken, krijgt van partijen een passend alternatief dat
leidt tot een vmbo-diploma of een mbo-diploma. Partijen hanteren daarbij de volgende kaders:

a. verlaat de jongere de route in de vo-fase, dan zet hij zijn opleiding voort in de reguliere
basis- of kaderberoepsgerichte leerweg van het profiel Maritiem en techniek of, als hij van richting
wil veranderen, in een ander profiel van het Zeebries College, gericht op het behalen van het
vmbo-diploma;

b. heeft de jongere aan het eind van het derde routejaar het vmbo-diploma niet behaald, dan kan hij
bij de instelling een andere opleiding op hetzelfde niveau volgen of zijn huidige opleiding voortzetten,
zonder dat de vooropleidingseisen aan hem worden tegengeworpen; ook kan hij in overleg met de school
het vmbo-examenjaar overdoen;

c. blijkt de jongere bij de medische keuring voor de zeevaart niet zeegeschikt, dan stroomt hij door naar
een andere opleiding van de instelling op hetzelfde niveau in het domein Transport, scheepvaart en
logistiek of het domein Techniek en procesindustrie, met behoud van de al behaalde onderdelen waar de
opleidingen overlappen;

d. wil of moet de jongere naar een andere instelling, bijvoorbeeld na een verhuizing, dan begeleiden
partijen hem bij de aanmelding en dragen zij in overleg met hem zijn gegevens warm over; partijen
wijzen de ontvangende instelling op de mogelijkheid van een geschiktheidsonderzoek.

2. Welk alternatief past, stellen de school en de instelling gezamenlijk vast op basis van het bereikte
onderwijsniveau en de leeftijd van de jongere, na een gesprek met de jongere en, als hij jonger is dan
achttien jaar, zijn ouders. De routeregie bereidt dit voor en legt het voorstel binnen vier weken na de
melding vast in een overstapplan dat door de jongere (en zijn ouders) wordt meegetekend.

3. De praktische uitwerking van dit artikel, zoals het stappenplan, de contactpersonen en de termijnen
voor aanmelding, staat in de schoolgids van het Zeebries College en in de studiegids van de Maritieme
Vakschool Urk.

4. Dit artikel is niet van toepassing bij definitieve verwijdering van de jongere.

H: Artikel 9 Inbreng van de visserijsector

1. Partijen betrekken de visserijsector bij de routes via de Werkveldcommissie Visserij Urk. Daarin
hebben zitting: twee afgevaardigden van de Vereniging van Urker Kottereigenaren, een vertegenwoordiger
van de Coöperatieve Visafslag Urk-Noord en een adviseur praktijkleren van SBB. De commissie komt ten
minste twee keer per schooljaar met de routeregie bijeen.

2. De werkveldcommissie adviseert over de inhoud van het routeplan, in het bijzonder over de keuze van
keuzedelen en de praktijkopdrachten, en over de aansluiting van de routes op de arbeidsmarkt.

3. De aangesloten rederijen stellen samen ten minste twaalf vaarstageplaatsen per schooljaar beschikbaar
op als leerbedrijf erkende kotters. Praktijkopleiders van deze rederijen beoordelen de proeven van
bekwaamheid mee en verzorgen per route ten minste vier gastlessen per schooljaar.

4. De instelling legt de afspraken met ieder leerbedrijf vast in een praktijkovereenkomst.

H: Artikel 10 Klachten, privacy en verzekering

1. De klachtenregeling van de school is ook van toepassing op gedragingen van personeel van de
instelling in de vo-fase, en omgekeerd. Een klacht over een docent van de andere partij wordt binnen
vijf werkdagen aan die partij doorgezonden; partijen werken mee aan de afhandeling. De voorzitter van de
klachtencommissie is niet werkzaam bij of voor het andere bestuur.

2. Partijen wisselen persoonsgegevens van jongeren uit voor zover dat voor de uitvoering van de route
nodig is en leggen dat vast in een gegevensdelingsovereenkomst.

3. Iedere partij verzekert het eigen personeel en de eigen leerlingen of studenten; voor de vaarstages
sluit de instelling een aanvullende ongevallenverzekering af.

H: Artikel 11 Financiële afspraken

1. Artikel 5.42a WVO 2020 maakt het mogelijk dat de school een deel van haar bekostiging overdraagt aan
de instelling. Partijen maken van die mogelijkheid als volgt gebruik.

2. De school draagt voor iedere leerling in het tweede routejaar een bedrag van 850 euro per
schooljaar over aan de instelling. Het bedrag is bestemd voor de inzet van docenten zeevisvaart in de
vo-fase en voor het gebruik van de brugsimulator en het opleidingsschip. Peildatum is 1 oktober; de
instelling factureert uiterlijk 1 december.

3. Voor het overige draagt iedere partij de eigen kosten. De instelling draagt geen bekostiging over aan
de school.

4. Partijen stellen jaarlijks een routebudget van 12.000 euro beschikbaar, ieder de helft, voor
excursies, veiligheidsuitrusting en materialen. De routeregie beheert dit budget.

H: Artikel 12 Medezeggenschap

1. Op leerlingen in de vo-fase, hun ouders en het personeel van de school is de Wet medezeggenschap op
scholen van toepassing; op studenten in de mbo-fase en hun ouders de medezeggenschapsregels van de WEB
en op het personeel van de instelling de Wet op de ondernemingsraden. Aanvullend spreken partijen het
volgende af.

2. Leerlingen in het tweede routejaar mogen, hoewel zij nog bij de school staan ingeschreven, met één
vertegenwoordiger deelnemen aan de vergaderingen van de studentenraad van de Maritieme Vakschool Urk
waarin onderwerpen worden besproken die de routes raken. De vertegenwoordiger heeft spreekrecht.

3. Eenmaal per schooljaar beleggen partijen een gezamenlijke bijeenkomst van een delegatie van de
medezeggenschapsraad van de school en van de studentenraad van de instelling, waarin de routeregie
het jaarverslag toelicht.

4. Een voorgenomen besluit tot wijziging of beëindiging van deze overeenkomst wordt door ieder bestuur
ter advisering voorgelegd aan de eigen medezeggenschapsorganen.

H: Artikel 13 Evaluatie

Partijen evalueren de samenwerking voor het eerst in het voorjaar van 2027 en daarna iedere twee jaar, op
basis van de jaarverslagen en een enquête onder jongeren, ouders en leerbedrijven.

H: Artikel 14 Geschillen

1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in overleg binnen de
routeregie besproken.

2. Komt de routeregie binnen vier weken niet tot een oplossing, dan legt ieder lid het geschil voor aan
het eigen bestuur. De voorzitters van de besturen overleggen binnen zes weken daarna.

3. Leidt dat overleg niet tot een oplossing, dan legt de meest gerede partij het geschil voor aan een
commissie van drie adviseurs: ieder bestuur wijst er één aan en die twee wijzen gezamenlijk de voorzitter
aan. De commissie brengt binnen acht weken een bindend advies uit. Partijen zijn aan het advies
gebonden. De kosten van de commissie worden gelijk gedeeld.

4. Partijen blijven tijdens een geschil de lopende routes uitvoeren.

H: Artikel 15 Looptijd, opzegging en ontbinding

1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

2. Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van een kalenderjaar, met
inachtneming van een opzegtermijn van ten minste twaalf maanden.

3. Iedere partij kan de overeenkomst ontbinden als de andere partij, na een schriftelijke
ingebrekestelling met een redelijke termijn, een wezenlijke verplichting uit deze overeenkomst niet
nakomt, of als een van de routes door een besluit van de overheid niet langer mag worden verzorgd.

4. Na opzegging of ontbinding nemen partijen geen nieuwe jongeren meer in de routes op. Jongeren die op
het moment van opzegging of ontbinding in een route zijn ingestroomd, kunnen hun route bij partijen
afmaken; partijen blijven de daarvoor noodzakelijke afspraken uit deze overeenkomst nakomen tot de
laatste van deze jongeren de route heeft afgerond of verlaten.

H: Artikel 16 Toetreding

1. Een andere school voor vbo of mavo of een andere instelling voor beroepsonderwijs kan tot deze
overeenkomst toetreden, als:
a. zij de routes of een daaraan verwante route wil verzorgen;
b. beide partijen daarmee schriftelijk instemmen;
c. zij alle rechten en verplichtingen uit deze overeenkomst aanvaardt door ondertekening van een
toetredingsverklaring.

2. Toetreding gaat in bij het begin van een schooljaar. De toetredende partij meldt haar deelname aan de
routes in RIO. De toetreding laat de positie van jongeren die al in een route zijn ingestroomd
onverlet.

H: Artikel 17 Wijziging

Deze overeenkomst kan alleen worden gewijzigd bij een schriftelijk stuk dat door beide besturen is
ondertekend, nadat de routeregie over de wijziging is gehoord. Een wijziging die nadelig is voor
jongeren die al in een route zitten, geldt voor hen pas met ingang van het volgende cohort.

H: Artikel 18 Slotbepalingen

1. Op deze overeenkomst is Nederlands recht van toepassing.

2. Bijlage 1 (routeplan 2025-2026) en bijlage 2 (lijst van leerbedrijven) maken deel uit van deze
overeenkomst. Bij strijd gaat de tekst van de overeenkomst voor.

Aldus overeengekomen en in tweevoud ondertekend te Urk op 24 juni 2025.

Stichting voor Voortgezet Onderwijs Urk en Noordoostpolder, drs. H.J. Kapiteijn, voorzitter college van
bestuur

Stichting Regionaal Opleidingencentrum Zuiderzeeland-Noord, ing. W. Post MBA, lid college van bestuur

H: Bijlage 1 Routeplan 2025-2026 (samenvatting)

| Routejaar | Waar | Inhoud |
| 1 (leerjaar 3 vmbo) | Zeebries College, 1 dag Vakschool | vmbo Maritiem en techniek, start mbo-praktijk, veiligheid aan boord |
| 2 (leerjaar 4 vmbo) | Zeebries College, 1,5 dag Vakschool | vmbo-examen (bb), eerste vaarstage van twee weken |
| 3 | Maritieme Vakschool Urk | mbo-programma, vaarstage van tien weken; kb: resterende vmbo-vakken |
| 4 | Maritieme Vakschool Urk | diploma Matroos (route Matroos); vervolg route Schipper |
| 5 | Maritieme Vakschool Urk | diploma Schipper/machinist (route Schipper) |
"""
       , header="Stichting VO Urk en Noordoostpolder - bestuurssecretariaat - kenmerk BS/2025/041")


# ---------------------------------------------------------------------------
# 310 - docent-coordinator, plain text, Kampen, Zorg en welzijn -> maatschappelijke zorg (3)
# ---------------------------------------------------------------------------
sample(310, "docentcoordinator_platte_tekst_kampen_maatschappelijke_zorg", "txt",
       "Platte tekst in wij-vorm, geschreven door twee docent-coordinatoren (TXT, genummerde vraagkoppen), Kampen, "
       "Zorg en welzijn kb naar Medewerker maatschappelijke zorg (3); twee verstopte gebreken: verantwoording "
       "alleen 'houdt de besturen op de hoogte' zonder vorm of moment (d weak) en geschillen alleen 'in goed "
       "overleg' (i weak), tussen look-alikes ('kan zelf beslissen', schoolgids, overleg elders)",
       {"a": "present", "b": "present", "c": "present", "d": "weak", "e": "present",
        "f": "present", "g": "present", "h": "present", "i": "weak", "j": "present"},
       {"a": "2. Om welke route gaat het?",
        "b": "3. Hoe werken we samen met het werkveld?",
        "c": "4. Wie heeft de leiding over de route?",
        "e": "6. Hoe ziet de route eruit?",
        "f": "7. En als het niet lukt? Overstappen",
        "g": "8. Geld",
        "h": "9. Inspraak van leerlingen, studenten en ouders",
        "j": "11. Nieuwe partners, stoppen en veranderen"},
       """
T: Samenwerkingsovereenkomst Zorgroute Kampen

S: Doorlopende leerroute vmbo-mbo zorg en welzijn - versie voor ondertekening, mei 2025

Deze overeenkomst is opgesteld door de twee docent-coördinatoren van de Zorgroute, Anneke Wiersma
(Hanzecollege Kampen) en Richard Mulder (Zorgcollege Kampen), op verzoek van en in overleg met beide
besturen. We hebben bewust gewone taal gebruikt. Waar "wij" of "we" staat, bedoelen we de twee partijen
hieronder.

H: 1. Wie doen mee?

Stichting Openbaar Voortgezet Onderwijs Kampen, bevoegd gezag van het Hanzecollege Kampen (vmbo),
gevestigd aan de Oranje Nassaulaan in Kampen, vertegenwoordigd door de voorzitter van het college van
bestuur, de heer T. Brouwer. Hierna: het Hanzecollege.

Stichting Regionaal Opleidingencentrum Hanzeland, bevoegd gezag van onder meer het Zorgcollege Kampen,
gevestigd in Zwolle, vertegenwoordigd door mevrouw M.A. de Vries-Kok, lid van het college van bestuur.
Hierna: het Zorgcollege.

H: 2. Om welke route gaat het?

We bieden samen één doorlopende leerroute aan. Leerlingen van het Hanzecollege die in de
kaderberoepsgerichte leerweg het profiel Zorg en welzijn volgen, kunnen aan het eind van leerjaar 2
kiezen voor deze route. De route leidt naar het vmbo-diploma kader Zorg en welzijn én naar het
mbo-diploma Medewerker maatschappelijke zorg, niveau 3 (vakopleiding, BOL), in het opleidingsdomein Zorg
en welzijn van het Zorgcollege. De route duurt vijf jaar: leerjaar 3 en 4 van het vmbo en drie jaar mbo.

We beginnen met één groep van maximaal 24 leerlingen per jaar.

H: 3. Hoe werken we samen met het werkveld?

Deze route maken we niet alleen. Drie organisaties doen vast mee: Zorggroep De Kogge (ouderenzorg en
dagbesteding), Stichting Woonzorg IJsseldelta (wonen voor mensen met een verstandelijke beperking) en
het Sociaal Wijkteam Kampen. Zij hebben dit toegezegd in een brief van 12 maart 2025. Wat zij doen:

- elk van de drie organisaties biedt per schooljaar ten minste zes leerlingen een snuffelstage in de
vo-fase en een bpv-plaats in de mbo-fase; zij zijn erkend leerbedrijf bij SBB;
- medewerkers van de organisaties geven samen minstens acht gastlessen per jaar en leveren per
schooljaar twee praktijkopdrachten aan, die onze leerlingen in de echte praktijk uitvoeren;
- een praktijkbegeleider beoordeelt de praktijkexamens in de mbo-fase mee;
- twee keer per jaar zitten ze met het routeteam aan tafel als adviesgroep. Daar bespreken we of het
programma nog past bij wat er in de zorg gevraagd wordt, en wat we moeten bijstellen.

H: 4. Wie heeft de leiding over de route?

De route wordt geleid door het routeteam. Daarin zitten:

- de docent-coördinator zorgroute van het Hanzecollege;
- de docent-coördinator zorgroute van het Zorgcollege;
- de teamleider vmbo bovenbouw van het Hanzecollege;
- de teamleider Zorg en welzijn van het Zorgcollege.

Het college van bestuur van het Hanzecollege wijst de twee leden van het Hanzecollege aan, het college
van bestuur van het Zorgcollege de twee leden van het Zorgcollege. Dat gebeurt schriftelijk, voor twee
schooljaren, en kan daarna worden verlengd. De twee teamleiders zitten het routeteam om beurten een jaar
voor.

Het routeteam heeft van beide besturen de volgende taken gekregen: het programma per leerjaar opstellen
en bijhouden, het rooster maken, de stages regelen, de toelating van leerlingen tot de route
voorbereiden, het contact met de adviesgroep onderhouden en overstappen begeleiden (zie punt 7).

Het routeteam kan zelf beslissen over het rooster, de verdeling van lesuren tussen vmbo- en
mbo-docenten, de keuze van stageplaatsen en de besteding van het routebudget van 4.000 euro per jaar. Het
routeteam mag namens beide scholen afspraken maken met leerbedrijven. Over personeel, over uitgaven
boven het routebudget en over deze overeenkomst zelf beslissen de besturen.

In het routeteam overleggen we elke maand. Van dat overleg maken we een korte actielijst.

H: 5. Hoe houden we de besturen op de hoogte?

Het routeteam houdt beide besturen op de hoogte van hoe het gaat met de route en legt aan hen
verantwoording af over de uitvoering van de afspraken in deze overeenkomst. De besturen kunnen het
routeteam daarbij om uitleg vragen.

H: 6. Hoe ziet de route eruit?

Leerjaar 3 en 4 (de vo-fase) volgen de leerlingen op het Hanzecollege; vanaf leerjaar 4 gaan ze één dag
per week naar het Zorgcollege. Het derde, vierde en vijfde jaar van de route zijn op het Zorgcollege.
In de vo-fase staan de leerlingen ingeschreven op het Hanzecollege; daarna op het Zorgcollege.

Het programma en de examens per leerjaar leggen we vast in één gezamenlijk PTA/OER voor de hele route.
Daarin staat per onderdeel of het vmbo, mbo of allebei is. Het vmbo-examen doen de leerlingen aan het
eind van het tweede routejaar. Beide besturen stellen het PTA/OER elk jaar vóór 1 oktober vast.

Personeel: het Hanzecollege zet de eigen docenten Zorg en welzijn en de avo-docenten in; het
Zorgcollege levert voor de vo-fase een mbo-docent voor vier lesuren per week en in de mbo-fase het
hele team. Het vak "Zorg in de wijk" geven we als team van vmbo- en mbo-docenten samen; daarvoor
gebruiken we de teambevoegdheid, met in het team voor elk onderdeel een bevoegde docent. Iedereen blijft
in dienst van zijn eigen school.

Faciliteiten: de leerlingen gebruiken in de vo-fase het skillslab en het oefenappartement van het
Zorgcollege. Het Zorgcollege mag voor de eigen studenten het praktijklokaal verzorging van het
Hanzecollege gebruiken op woensdagmiddag. We brengen elkaar daarvoor niets in rekening.

Klachten: een klacht over een docent van de andere school sturen we binnen een week door naar die
school. Beide klachtenregelingen gelden ook voor de route.

H: 7. En als het niet lukt? Overstappen

Sommige leerlingen maken de route niet af. Zij krijgen altijd een ander passend traject dat leidt tot
een diploma. Dit zijn de afspraken:

- stopt een leerling in de vo-fase met de route, dan gaat hij of zij verder in de gewone kaderberoepsgerichte
leerweg Zorg en welzijn van het Hanzecollege, of in een ander profiel als de leerling een andere kant
op wil, en haalt daar het vmbo-diploma;
- heeft een leerling aan het eind van het derde routejaar het vmbo-diploma nog niet, dan kan hij of zij
op het Zorgcollege een andere opleiding op niveau 3 volgen of doorgaan in de eigen opleiding; de
vooropleidingseisen houden de leerling dan niet tegen;
- past niveau 3 niet, dan stapt de leerling over naar een opleiding op niveau 2 van het Zorgcollege,
bijvoorbeeld Helpende zorg en welzijn;
- wil een leerling naar een andere school of instelling, dan helpen we met de aanmelding en een warme
overdracht.

Welke overstap het wordt, bepalen de twee docent-coördinatoren namens beide scholen samen, op basis
van het niveau dat de leerling heeft bereikt en zijn of haar leeftijd, na een gesprek met de leerling
en de ouders. Het stappenplan en de namen van de contactpersonen staan in de schoolgids van het
Hanzecollege.

H: 8. Geld

Er wordt geen bekostiging van de ene school aan de andere overgedragen. Iedere school betaalt het eigen
personeel en de eigen materialen. Het routebudget (punt 4) betalen we elk voor de helft.

H: 9. Inspraak van leerlingen, studenten en ouders

Voor de leerlingen in de vo-fase geldt de medezeggenschapsraad van het Hanzecollege, voor de studenten
in de mbo-fase de studentenraad en ouderraad van het Zorgcollege. Daarbovenop spreken we af:

- één leerling uit de vo-fase van de route mag als vaste gast meedoen aan de vergaderingen van de
studentenraad van het Zorgcollege;
- de medezeggenschapsraad van het Hanzecollege en de studentenraad van het Zorgcollege krijgen
allebei het jaarlijkse PTA/OER van de route vóór vaststelling ter advisering voorgelegd.

H: 10. Als we het niet eens zijn

Zijn we het over de uitvoering van deze afspraken niet met elkaar eens, dan praten we erover in goed
overleg tussen de scholen, tot we er samen uit zijn.

H: 11. Nieuwe partners, stoppen en veranderen

Een andere vmbo-school of een andere mbo-instelling kan meedoen aan deze route als beide besturen
daarmee schriftelijk instemmen en de nieuwe partner deze overeenkomst ondertekent. Een nieuwe partner
kan alleen instappen aan het begin van een schooljaar en meldt de route zelf aan bij DUO.

Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Elk bestuur kan de overeenkomst
schriftelijk opzeggen, met een opzegtermijn van één jaar, en alleen tegen het einde van een
schooljaar. Na opzegging nemen we geen nieuwe leerlingen meer aan; leerlingen die al in de route zitten,
maken hun route gewoon af.

Veranderen kan alleen schriftelijk en als beide besturen tekenen. Een verandering die nadelig is voor
leerlingen die al in de route zitten, gaat voor hen niet in.

H: 12. Ondertekening

Kampen, 28 mei 2025

Namens het Hanzecollege: T. Brouwer, voorzitter college van bestuur

Namens het Zorgcollege: M.A. de Vries-Kok, lid college van bestuur
"""
       )


# ---------------------------------------------------------------------------
# 311 - projectleider regionaal programma Sterk Techniekonderwijs, DOCX, Maastricht-Heuvelland, PIE -> elektro (3)
# ---------------------------------------------------------------------------
sample(311, "projectleider_sterk_techniek_maastricht_heuvelland_elektrotechniek", "docx",
       "Overeenkomst opgesteld door de projectleider van het regionale programma Sterk Techniekonderwijs (DOCX, "
       "paragrafen met ambitieteksten en een afsprakentabel), Maastricht-Heuvelland, Produceren, installeren en "
       "energie kb naar Eerste monteur elektrotechnische installaties (3); volledig in orde met look-alikes: "
       "ambitie- en streefzinnen, 'op grond van' wetsartikel gevolgd door eigen afspraak, 'kan'/'mag' voor "
       "bevoegdheden, STO-subsidie naast expliciet geen overdracht van bekostiging, expliciet geen aanvullende "
       "afspraken over medezeggenschap (h not_applicable)",
       {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
        "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
       {"a": "§ 2 De route: Elektro Heuvelland",
        "b": "§ 4 Installatiebedrijven in de route",
        "c": "§ 5 Kernteam",
        "d": "§ 6 Rapporteren aan de besturen",
        "e": "§ 7 Hoe de route is ingericht",
        "f": "§ 8 Overstappen",
        "g": "§ 9 Middelen",
        "i": "§ 11 Verschil van inzicht",
        "j": "§ 12 Duur, nieuwe deelnemers, opzegging en wijziging"},
       """
T: Samenwerkingsovereenkomst doorlopende leerroute Elektro Heuvelland

S: Regionaal programma Sterk Techniekonderwijs Maastricht-Heuvelland - opgesteld door de projectleider, vastgesteld door beide besturen

Partijen:

Stichting Voortgezet Onderwijs Maas en Heuvel, gevestigd te Maastricht, bevoegd gezag van het
Techniekcollege Sint-Pieter (vmbo), te dezen vertegenwoordigd door de heer drs. L. Hermans, voorzitter van
het college van bestuur (hierna: Maas en Heuvel),

en

Stichting Regionaal Opleidingencentrum Maasdal, gevestigd te Maastricht, bevoegd gezag van onder meer
het Maasdal Techniekcollege, campus Maastricht-Zuid, te dezen vertegenwoordigd door mevrouw ir. S.
Frissen, voorzitter van het college van bestuur (hierna: Maasdal).

H: § 1 Aanleiding en ambitie

Het regionale programma Sterk Techniekonderwijs (STO) Maastricht-Heuvelland heeft als ambitie dat meer
jongeren voor techniek kiezen en dat zij zonder omwegen een vakdiploma halen. Partijen streven naar een
doorlopende leerroute die vanaf 2028 ten minste twintig jongeren per jaar bedient, en willen dat de
route een voorbeeld wordt voor andere technische richtingen in de regio. Deze paragraaf geeft de
achtergrond; de afspraken staan in § 2 tot en met § 13.

Op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB leggen partijen hun samenwerking vast in deze
overeenkomst. Zij komen het volgende overeen.

H: § 2 De route: Elektro Heuvelland

Partijen verzorgen samen de doorlopende leerroute Elektro Heuvelland. De route is bestemd voor
leerlingen van het Techniekcollege Sint-Pieter in de kaderberoepsgerichte leerweg, profiel Produceren,
installeren en energie (PIE). Zij leidt tot het vmbo-diploma kaderberoepsgerichte leerweg PIE en tot
het mbo-diploma Eerste monteur elektrotechnische installaties in de woning en utiliteit, niveau 3
(opleidingsdomein Bouw en infra, kwalificatiedossier Elektrotechnische installaties), te volgen in de
beroepsopleidende leerweg bij Maasdal. De route duurt vijf jaar, te rekenen vanaf leerjaar 3 van het
vmbo. Leerlingen kunnen aan het eind van leerjaar 2 voor de route kiezen.

H: § 3 Melding

Maas en Heuvel en Maasdal registreren de route ieder voor zich in RIO vóór de start van het schooljaar
2025-2026. De projectleider STO ziet erop toe dat dit is gebeurd.

H: § 4 Installatiebedrijven in de route

De bedrijven uit de installatiebranche worden als volgt bij de route betrokken:

- de vijf installatiebedrijven die deelnemen aan het STO-netwerk (waaronder Elektrotechniek Vaessen BV,
Lemmens Installatiegroep en Heuvelland Energie Installaties) bieden samen per schooljaar ten minste
vijftien werkplekken voor oriëntatiestages in de vo-fase en bpv-plaatsen in de mbo-fase; de bedrijven
zijn door SBB erkend als leerbedrijf;
- iedere leerling voert in het tweede routejaar een praktijkopdracht uit die door een van deze bedrijven
is aangeleverd en samen met de vakdocent wordt beoordeeld;
- de branchevereniging Techniek Nederland, afdeling Limburg, wijst een vertegenwoordiger aan voor de
klankbordgroep Elektro Heuvelland; deze klankbordgroep komt twee keer per jaar bijeen en geeft het
kernteam advies over het programma, de keuzedelen en de aanschaf van installaties voor het
praktijklokaal;
- medewerkers van de bedrijven treden op als praktijkbeoordelaar bij de mbo-examens.

H: § 5 Kernteam

Samenstelling. De leiding over de route ligt bij het kernteam, dat bestaat uit de afdelingsleider
techniek van het Techniekcollege Sint-Pieter, de opleidingsmanager installatietechniek van het Maasdal
Techniekcollege en de routecoördinator Elektro Heuvelland.

Benoeming. Het college van bestuur van Maas en Heuvel wijst de afdelingsleider aan en het college van
bestuur van Maasdal de opleidingsmanager. De routecoördinator wordt na een gezamenlijke
selectieprocedure door beide colleges van bestuur samen benoemd, voor drie jaar.

Taken. Het kernteam stelt het routeprogramma op, zorgt voor rooster, stages en examenplanning, voert het
overleg met de klankbordgroep en bereidt overstapbesluiten voor.

Bevoegdheden. Het kernteam kan besluiten over het rooster, de inzet van docenten binnen de door de
besturen toegekende formatie, de toelating van leerlingen tot de route en de plaatsing bij leerbedrijven.
Het kernteam mag uitgaven doen tot 7.500 euro per jaar uit de STO-middelen voor de route. Voor al het
overige beslissen de besturen.

H: § 6 Rapporteren aan de besturen

Het kernteam stuurt beide colleges van bestuur elk kwartaal een beknopte rapportage met de instroom,
de uitval, de stand van zaken van de stages en de uitgaven. Jaarlijks, uiterlijk 15 november, legt het
kernteam in een bestuurlijk overleg met beide colleges verantwoording af over het afgelopen schooljaar
aan de hand van een jaarverslag. Een college kan tussentijds nadere inlichtingen vragen; het kernteam
verstrekt die binnen tien werkdagen.

H: § 7 Hoe de route is ingericht

Locaties. De vo-fase vindt plaats in het Techniekcollege Sint-Pieter; vanaf het tweede routejaar volgen
de leerlingen twee dagdelen per week les op de campus Maastricht-Zuid. De mbo-fase vindt volledig plaats
op de campus.

Programma en examinering. Partijen beschrijven het programma, de examinering en de bpv per leerjaar in
een gezamenlijk PTA/OER, dat beide besturen jaarlijks vóór 1 oktober vaststellen. Het vmbo-examen wordt
in het tweede routejaar afgelegd; een deel van de mbo-examens mag al in de vo-fase worden afgenomen.

Personeel. Maas en Heuvel zet twee docenten PIE in, Maasdal twee docenten elektrotechniek en een
instructeur. De docenten vormen één docententeam. Voor het vakoverstijgende onderdeel "Slim installeren"
wordt teambevoegdheid toegepast; ieder teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd
is. Iedere partij blijft werkgever van de eigen docenten.

Faciliteiten. Maasdal stelt het installatieplein en de zonnepanelen-oefendaken op de campus beschikbaar;
Maas en Heuvel het praktijklokaal domotica. Met STO-middelen aangeschafte apparatuur blijft eigendom van
de partij die haar heeft aangeschaft en wordt door beide partijen gebruikt volgens het
gebruiksrooster.

Klachten. Een klacht van een leerling of ouder over personeel van de andere partij wordt via de eigen
klachtenregeling behandeld; de andere partij verleent daaraan medewerking.

H: § 8 Overstappen

Kaders. Een leerling die de route verlaat, wordt door partijen geholpen om toch een diploma te halen:

| Moment | Wat partijen bieden |
| In de vo-fase | Voortzetting in de reguliere kaderberoepsgerichte leerweg PIE of een ander profiel van het Techniekcollege, met als doel het vmbo-diploma |
| Na routejaar 3 zonder vmbo-diploma | Doorgaan in de opleiding of overstappen naar een andere opleiding op niveau 3 bij Maasdal, zonder dat de vooropleidingseisen gelden; of het examenjaar vmbo herhalen |
| Andere richting gewenst | Een opleiding op hetzelfde niveau in een ander domein bij Maasdal of, via een geschiktheidsonderzoek, bij een andere instelling in de regio |
| Niveau 3 te hoog | Overstap naar Monteur elektrotechnische installaties, niveau 2, bij Maasdal |

Besluit. Het kernteam doet een voorstel; Maas en Heuvel en Maasdal beslissen gezamenlijk welke overstap
het meest kansrijk is, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling en na een
gesprek met de leerling en zijn ouders.

De nadere werkwijze, met termijnen en formulieren, staat in het overstapprotocol dat als bijlage bij
de schoolgids van het Techniekcollege wordt gepubliceerd.

H: § 9 Middelen

Partijen dragen geen bekostiging aan elkaar over als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15
WEB. Iedere partij draagt de kosten van het eigen personeel en de eigen faciliteiten. De middelen die
het regionale programma Sterk Techniekonderwijs aan de route toekent, worden door Maas en Heuvel als
penvoerder beheerd en besteed volgens de STO-begroting.

H: § 10 Medezeggenschap

Partijen maken geen aanvullende afspraken over medezeggenschap. In de vo-fase geldt de Wet
medezeggenschap op scholen, in de mbo-fase de WEB voor studenten en ouders en de Wet op de
ondernemingsraden voor het personeel van Maasdal.

H: § 11 Verschil van inzicht

Ontstaat tussen partijen verschil van inzicht over de uitvoering van deze overeenkomst, dan bespreekt het
kernteam dit eerst in overleg. Lukt het niet binnen een maand, dan overleggen de colleges van bestuur.
Komen zij er binnen zes weken niet uit, dan schakelen zij een onafhankelijke mediator in. Leidt mediation
niet binnen drie maanden tot een oplossing, dan kan iedere partij het geschil voorleggen aan de bevoegde
rechter in de rechtbank Limburg.

H: § 12 Duur, nieuwe deelnemers, opzegging en wijziging

Duur. Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2031 en wordt daarna telkens met
vijf jaar verlengd, tenzij een partij uiterlijk een jaar voor het einde schriftelijk laat weten dat zij
niet wil verlengen.

Nieuwe deelnemers. Een andere vmbo-school of mbo-instelling uit het STO-netwerk kan aan de route
deelnemen, als beide partijen schriftelijk instemmen, de nieuwe deelnemer de overeenkomst door
medeondertekening aanvaardt en hij de route in RIO registreert. Dat kan alleen per 1 augustus.

Opzegging. Een partij kan tussentijds opzeggen per 1 augustus, met een termijn van ten minste een jaar,
en direct als de andere partij ernstig tekortschiet en dat na schriftelijke aanmaning niet binnen twee
maanden herstelt.

Wijziging. Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend.

Gevolgen voor leerlingen. Bij niet-verlengen, opzegging of wijziging kunnen leerlingen die in de route
zitten hun opleiding in de route afmaken; partijen nemen na een opzegging geen nieuwe leerlingen meer
op.

H: § 13 Ondertekening

Maastricht, 19 juni 2025

Voor Stichting Voortgezet Onderwijs Maas en Heuvel: drs. L. Hermans

Voor Stichting Regionaal Opleidingencentrum Maasdal: ir. S. Frissen

Opgesteld door: J. Ramakers, projectleider Sterk Techniekonderwijs Maastricht-Heuvelland
"""
       )


# ---------------------------------------------------------------------------
# 312 - AOC, PDF, De Peel (Deurne), Groen kb -> Vakbekwaam medewerker veehouderij (3)
# ---------------------------------------------------------------------------
sample(312, "aoc_met_externe_vmboschool_peel_veehouderij", "pdf",
       "Overeenkomst in het standaardformat van een AOC met een vmbo-school van een ander bestuur (PDF, "
       "genummerde subclausules 1.1), De Peel/Deurne, Groen kb naar Vakbekwaam medewerker veehouderij (3); een "
       "verstopt gebrek: geen voorwaarden voor toetreding van een andere school of instelling (alleen een "
       "streefzin in de considerans en een overdrachtsverbod in de slotbepalingen), dus j weak; verder in orde, "
       "met look-alikes (verwijzing naar interne regeling, wetsartikel-citaat, 'kan'/'mag')",
       {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
        "f": "present", "g": "present", "h": "present", "i": "present", "j": "weak"},
       {"a": "2. Route, profiel en kwalificatie",
        "b": "6. Veehouders en ketenpartners",
        "c": "3. Routeleiding",
        "d": "4. Verantwoording",
        "e": "5. Inrichting van de route",
        "f": "7. Overstapoptie",
        "g": "8. Bekostiging",
        "h": "9. Medezeggenschap",
        "i": "10. Geschillen"},
       """
T: Overeenkomst doorlopende leerroute vmbo-mbo Groen - Veehouderij De Peel

S: Standaardformat samenwerkingsovereenkomsten AOC Peelrand, versie 2025-1

DE PARTIJEN

Stichting Agrarisch Opleidingscentrum Peelrand, gevestigd te Deurne, bevoegd gezag van het Groen
Vakcollege Peelrand (mbo), vertegenwoordigd door de heer ir. A.J.M. Verhoeven, voorzitter van het college
van bestuur, hierna: het AOC;

Stichting Katholiek Voortgezet Onderwijs De Peel, gevestigd te Helmond, bevoegd gezag van het Peelland
College locatie Deurne (school voor vmbo), vertegenwoordigd door mevrouw drs. E. van Bussel, bestuurder,
hierna: de school.

OVERWEGINGEN

- Het AOC verzorgt zelf ook vmbo-groen onderwijs. Op grond van artikel 2.107b lid 3 WVO 2020 zou voor een
route die geheel binnen het AOC wordt verzorgd een interne regeling volstaan. Deze route wordt echter
verzorgd met een school die onder een ander bevoegd gezag valt; partijen sluiten daarom deze
samenwerkingsovereenkomst.
- Partijen willen jongeren uit de Peel die kiezen voor de veehouderij een ononderbroken leerweg bieden.
- Partijen staan open voor deelname van andere scholen uit de Peelregio aan de route.
- De medezeggenschapsraad van de school en de deelraad van het AOC hebben over het voorgenomen besluit
tot samenwerking positief geadviseerd.

PARTIJEN KOMEN OVEREEN:

H: 1. Grondslag

1.1 Op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB moet een doorlopende leerroute worden verzorgd
op grond van een samenwerkingsovereenkomst. Deze overeenkomst is die samenwerkingsovereenkomst.

1.2 Partijen melden de route gezamenlijk bij de minister door registratie in RIO; ieder registreert het
eigen deel vóór 1 september 2025.

H: 2. Route, profiel en kwalificatie

2.1 De route verbindt de kaderberoepsgerichte leerweg, profiel Groen, van de school met de vakopleiding
Vakbekwaam medewerker veehouderij, niveau 3, in het opleidingsdomein Voedsel, natuur en leefomgeving van
het AOC (BOL, keuzedeel varkenshouderij of melkveehouderij).

2.2 De route duurt vijf jaar: leerjaar 3 en 4 van het vmbo en drie mbo-jaren. De leerling kiest voor de
route in leerjaar 2 van de school.

H: 3. Routeleiding

3.1 De leiding over de route berust bij een routeleider, bijgestaan door een routeoverleg. Het routeoverleg
bestaat uit de routeleider, de teamleider bovenbouw van de school en de opleidingscoördinator veehouderij
van het AOC.

3.2 De routeleider is een medewerker van het AOC en wordt door het college van bestuur van het AOC benoemd
na instemming van de bestuurder van de school. De bestuurder van de school wijst de teamleider aan; het
college van bestuur van het AOC de opleidingscoördinator.

3.3 De routeleider is belast met de dagelijkse leiding van de route, de afstemming van het programma, de
planning van stages en praktijkdagen en het contact met het werkveld. Het routeoverleg stelt het
jaarprogramma vast en bereidt overstapbesluiten voor.

3.4 De routeleider kan namens beide partijen praktijkovereenkomsten met leerbedrijven aangaan. Het
routeoverleg mag het jaarprogramma tussentijds bijstellen, mits het PTA/OER daardoor niet wordt gewijzigd.
Besluiten over personeel en financiën zijn voorbehouden aan de besturen.

H: 4. Verantwoording

4.1 De routeleider brengt jaarlijks vóór 1 juli een schriftelijk verslag uit aan het college van bestuur
van het AOC en aan de bestuurder van de school, met daarin ten minste de instroom, de uitval, de
examenresultaten en de besteding van de overgedragen middelen.

4.2 Ieder half jaar, in januari en juni, voert de routeleider een verantwoordingsgesprek met een
vertegenwoordiger van beide besturen. Van dat gesprek wordt een verslag gemaakt.

H: 5. Inrichting van de route

5.1 Locaties: leerjaar 3 en 4 worden verzorgd op het Peelland College te Deurne, met één praktijkdag per
week op het Groen Vakcollege Peelrand; de mbo-jaren op het Groen Vakcollege Peelrand.

5.2 Onderwijsprogramma: partijen leggen het programma, de examinering en de bpv per leerjaar vast in een
gezamenlijk PTA/OER dat jaarlijks vóór 1 oktober door beide besturen wordt vastgesteld. Het vmbo-examen
wordt in het tweede routejaar afgenomen.

5.3 Personeel: de school verzorgt de algemene vakken en het profielvak Groen in de vo-fase met eigen
docenten; het AOC levert voor de praktijkdag twee praktijkdocenten dierhouderij. De praktijkdocenten en
de docent Groen van de school vormen samen één team en maken voor het onderdeel "Dier en bedrijf" gebruik
van de teambevoegdheid. Iedere partij blijft werkgever van het eigen personeel.

5.4 Faciliteiten: het AOC stelt de schoolboerderij De Vlier, met melkveestal en varkensafdeling, en de
dierverzorgingsruimtes beschikbaar; de school het practicumlokaal biologie. Hygiëne- en
biosecurityregels van de schoolboerderij gelden voor alle gebruikers.

5.5 Klachten: de klachtenregelingen van beide partijen zijn van toepassing op de route; een klacht over
personeel van de andere partij wordt binnen vijf werkdagen doorgestuurd.

H: 6. Veehouders en ketenpartners

6.1 Partijen betrekken het bedrijfsleven via het Peelnetwerk Veehouderij, bestaande uit twaalf
veehouderijbedrijven uit Deurne, Asten en Someren, de coöperatie Zuidoost Voer en een dierenartsenpraktijk.

6.2 De bedrijven uit het Peelnetwerk bieden excursies en meeloopdagen in de vo-fase en erkende
bpv-plaatsen in de mbo-fase. Jaarlijks levert het netwerk vier praktijkopdrachten voor de praktijkdagen.

6.3 Een delegatie van het Peelnetwerk vormt met het routeoverleg de werkveldraad, die twee keer per jaar
adviseert over het programma en meebeoordeelt bij de proeven van bekwaamheid.

H: 7. Overstapoptie

7.1 Een leerling die de route niet afmaakt, wordt door partijen in staat gesteld een vmbo-diploma of een
mbo-diploma te halen. De kaders zijn:
a. uitstap in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg Groen of een ander
profiel van de school;
b. geen vmbo-diploma aan het einde van het derde routejaar: voortzetting van de mbo-opleiding of overstap
naar een andere opleiding op niveau 3 van het AOC (bijvoorbeeld Vakbekwaam medewerker dierverzorging),
zonder toepassing van de vooropleidingseisen;
c. niveau 3 blijkt te hoog: overstap naar Medewerker veehouderij, niveau 2, van het AOC;
d. andere richting of verhuizing: begeleiding naar een opleiding bij een andere instelling, met een
warme overdracht.

7.2 De school en het AOC beslissen samen over de overstap, na overleg met de leerling en de ouders, op basis
van het bereikte niveau en de leeftijd van de leerling.

H: 8. Bekostiging

8.1 Met toepassing van artikel 5.42a WVO 2020 draagt de school aan het AOC over: 1.250 euro per leerling per
schooljaar voor de leerlingen in het eerste en tweede routejaar, vastgesteld op basis van het aantal
leerlingen op 1 oktober.

8.2 Het overgedragen bedrag is bestemd voor de praktijkdocenten van het AOC in de vo-fase en voor het
gebruik van de schoolboerderij, inclusief dieren, voer en beschermende kleding.

8.3 Het AOC draagt geen bekostiging over aan de school.

H: 9. Medezeggenschap

9.1 Naast de wettelijke regels (WMS voor de school, WEB en WOR voor het AOC) spreken partijen af dat de
medezeggenschapsraad van de school en de deelraad van het Groen Vakcollege Peelrand ieder één lid
aanwijzen voor een gezamenlijke klankbordgroep route. De klankbordgroep wordt jaarlijks gehoord over het
PTA/OER en over het verslag van de routeleider.

9.2 Leerlingen in het tweede routejaar kunnen worden gekozen in het leerlingenpanel van het Groen
Vakcollege Peelrand.

H: 10. Geschillen

10.1 Partijen proberen een geschil over de uitvoering van deze overeenkomst eerst in het routeoverleg op
te lossen en daarna in een bestuurlijk overleg tussen het college van bestuur van het AOC en de bestuurder
van de school.

10.2 Is het geschil acht weken na het eerste bestuurlijk overleg niet opgelost, dan wordt het voorgelegd
aan een door partijen gezamenlijk aangewezen onafhankelijke bemiddelaar. Slaagt de bemiddeling niet, dan
wordt het geschil beslecht door de bevoegde rechter te 's-Hertogenbosch.

H: 11. Duur, opzegging en wijziging

11.1 Deze overeenkomst gaat in op 1 augustus 2025 en is aangegaan voor onbepaalde tijd.

11.2 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met een
opzegtermijn van twaalf maanden. Bij ernstige tekortkoming kan de overeenkomst na ingebrekestelling worden
ontbonden.

11.3 Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen die al in de route
zitten, maken de route af; de afspraken uit deze overeenkomst blijven voor hen gelden.

11.4 Wijzigingen en aanvullingen zijn alleen geldig als zij schriftelijk door beide besturen zijn
overeengekomen. Wijzigingen gaan niet in tijdens een lopend schooljaar.

H: 12. Slotbepalingen

12.1 Rechten en verplichtingen uit deze overeenkomst kunnen niet zonder schriftelijke toestemming van de
andere partij aan een derde worden overgedragen.

12.2 Op deze overeenkomst is Nederlands recht van toepassing.

Aldus overeengekomen en getekend te Deurne op 3 juli 2025.

Stichting Agrarisch Opleidingscentrum Peelrand - ir. A.J.M. Verhoeven

Stichting Katholiek Voortgezet Onderwijs De Peel - drs. E. van Bussel
"""
       , header="AOC Peelrand - standaardformat samenwerkingsovereenkomst 2025-1")


# ---------------------------------------------------------------------------
# 313 - kleine christelijke vmbo-school, DOCX, Barneveld, Horeca bb -> Gastheer/gastvrouw (2)
# ---------------------------------------------------------------------------
sample(313, "christelijk_vmbo_barneveld_gastheer_gastvrouw", "docx",
       "Overeenkomst van een kleine christelijke vmbo-school met een ROC (DOCX, artikelen met identiteitspassage), "
       "Barneveld, Horeca, bakkerij en recreatie bb naar Gastheer/gastvrouw (2); volledig in orde met "
       "look-alikes: considerans met 'beogen' en identiteitswensen, 'in onderling overleg' als eerste stap "
       "gevolgd door arbitrage, schoolgids voor de uitwerking van de overstap, 'kan'/'mag' voor bevoegdheden, "
       "overdracht met bedrag en bestemming",
       {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
        "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
       {"a": "Artikel 2 Welke route",
        "b": "Artikel 6 Horecaondernemers en leerbedrijven",
        "c": "Artikel 3 De routecommissie",
        "d": "Artikel 4 Verslag en verantwoording",
        "e": "Artikel 5 Onderwijs, personeel en voorzieningen",
        "f": "Artikel 7 Wanneer een leerling de route verlaat",
        "g": "Artikel 8 Geldelijke afspraken",
        "h": "Artikel 9 Medezeggenschap en inspraak",
        "i": "Artikel 10 Oplossing van geschillen",
        "j": "Artikel 11 Toetreding, opzegging en wijziging"},
       """
T: Samenwerkingsovereenkomst doorlopende leerroute Gastvrij Barneveld

S: Tussen de Vereniging voor Christelijk Voortgezet Onderwijs Barneveld en Stichting Regionaal Opleidingencentrum Veluwepoort

De ondergetekenden:

1. de Vereniging voor Christelijk Voortgezet Onderwijs Barneveld, gevestigd te Barneveld, bevoegd gezag
van De Akker, christelijke school voor vmbo, vertegenwoordigd door de voorzitter van het bestuur, de heer
G. van de Beek, en de algemeen directeur, mevrouw J. Hoogendoorn-Pater (hierna: De Akker);

2. Stichting Regionaal Opleidingencentrum Veluwepoort, gevestigd te Ede, bevoegd gezag van onder meer de
Horecavakschool Ede, vertegenwoordigd door de voorzitter van het college van bestuur, de heer M.
Schouten (hierna: Veluwepoort);

overwegende dat:

- De Akker een kleine school is, die vanuit haar christelijke identiteit leerlingen wil begeleiden naar
een plek in de samenleving waar zij tot hun recht komen;
- partijen beogen om leerlingen die in de horeca willen werken een route zonder breuk te bieden, en
daarbij zo veel mogelijk in Barneveld zelf te laten leren;
- Veluwepoort de identiteit van De Akker respecteert;

komen het volgende overeen.

H: Artikel 1 Identiteit

Medewerkers van Veluwepoort die in de vo-fase op De Akker lesgeven, respecteren de grondslag van de
school en houden zich aan de gedragscode van De Akker. De Akker betrekt Veluwepoort bij de
kennismaking met nieuwe docenten van de route.

H: Artikel 2 Welke route

2.1 Partijen verzorgen één doorlopende leerroute vmbo-mbo. De route begint in leerjaar 3 van de
basisberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, van De Akker en leidt tot het
vmbo-diploma en tot het diploma van de basisberoepsopleiding Gastheer/gastvrouw, niveau 2, in het
opleidingsdomein Horeca en bakkerij van Veluwepoort (BOL).

2.2 De route duurt vier jaar. De eerste twee jaar staat de leerling ingeschreven op De Akker, de laatste
twee jaar op de Horecavakschool Ede.

2.3 Partijen melden de route gezamenlijk aan bij DUO via RIO.

H: Artikel 3 De routecommissie

3.1 De leiding over de route ligt bij de routecommissie. Die bestaat uit de afdelingsleider bovenbouw
van De Akker, de teamleider gastvrijheid van de Horecavakschool Ede en een docent van elke school.

3.2 De directeur van De Akker benoemt namens het bestuur van De Akker de leden van De Akker; het college
van bestuur van Veluwepoort benoemt de leden van Veluwepoort. De routecommissie kiest uit haar midden een
voorzitter.

3.3 De routecommissie heeft tot taak: het opstellen van het routeplan, de afstemming van roosters, de
plaatsing van leerlingen bij leerbedrijven, het volgen van de voortgang van iedere leerling en de
voorbereiding van besluiten over overstap.

3.4 De routecommissie kan zelfstandig beslissen over het rooster, de planning van praktijkweken, de
inzet van het leerrestaurant en de toelating van leerlingen tot de route. Zij mag daarbij afwijken van
de jaarplanning van de scholen, mits de onderwijstijd niet in het geding komt. Besluiten met financiële
gevolgen boven 2.500 euro legt zij voor aan beide besturen.

H: Artikel 4 Verslag en verantwoording

4.1 De routecommissie stuurt na afloop van ieder schooljaar, uiterlijk op 1 oktober, een schriftelijk
jaarverslag aan het bestuur van De Akker en aan het college van bestuur van Veluwepoort. Het verslag
bevat ten minste de in-, door- en uitstroom, de examenresultaten, de ervaringen van leerbedrijven en de
besteding van de overgedragen middelen.

4.2 In november bespreken beide besturen het verslag met de routecommissie, die daarover verantwoording
aflegt. Daarnaast informeert de voorzitter van de routecommissie beide besturen halverwege het
schooljaar, in februari, schriftelijk over de voortgang.

H: Artikel 5 Onderwijs, personeel en voorzieningen

5.1 Het onderwijs in de vo-fase wordt gegeven in het gebouw van De Akker; de leerlingen volgen vanaf het
tweede routejaar één dag per week praktijkles in het leerrestaurant De Gouden Lepel van de
Horecavakschool Ede. De mbo-fase wordt gegeven op de Horecavakschool Ede.

5.2 Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER, dat de routecommissie
opstelt en beide besturen elk jaar vóór 1 oktober vaststellen.

5.3 De Akker zet voor de route haar docent horeca, de docenten Nederlands, rekenen en
levensbeschouwing en een mentor in. Veluwepoort zet in de vo-fase een praktijkdocent gastvrijheid in voor
zes lesuren per week. De docenten van beide scholen werken als één team; voor het onderdeel "Gastvrij
ontvangen" maken zij gebruik van de teambevoegdheid, waarbij voor ieder onderdeel een bevoegde docent in
het team zit.

5.4 Veluwepoort stelt het leerrestaurant, de bedieningstrainingsruimte en de baristabar beschikbaar;
De Akker de praktijkkeuken en de aula voor evenementen van de route.

5.5 Klachten over een medewerker van de andere partij worden behandeld volgens de klachtenregeling van de
school waar de leerling op dat moment staat ingeschreven; de andere partij werkt mee.

H: Artikel 6 Horecaondernemers en leerbedrijven

6.1 De Barneveldse horeca wordt via de afdeling Barneveld van Koninklijke Horeca Nederland en zes
vaste leerbedrijven bij de route betrokken, onder wie Hotel De Veluwse Heide en Restaurant 't
Schaapskooitje.

6.2 Deze leerbedrijven bieden iedere leerling in de vo-fase twee snuffelstages en in de mbo-fase een
bpv-plaats; zij zijn door SBB erkend. Zij verzorgen ieder schooljaar ten minste vier gastlessen en één
praktijkopdracht, zoals het verzorgen van een diner voor ouders.

6.3 Twee keer per jaar overlegt de routecommissie met een vertegenwoordiger van de horecaondernemers
over de inhoud van het routeplan; de ondernemers beoordelen de praktijkexamens mee.

H: Artikel 7 Wanneer een leerling de route verlaat

7.1 Iedere leerling die de route verlaat, houdt zicht op een diploma. De Akker en Veluwepoort bieden:
a. in de vo-fase: voortzetting in de basisberoepsgerichte leerweg van De Akker, in het profiel Horeca,
bakkerij en recreatie of een ander profiel, met het oog op het vmbo-diploma;
b. in de mbo-fase: voortzetting van de opleiding of een andere basisberoepsopleiding van Veluwepoort op
niveau 2, ook als het vmbo-diploma niet is behaald; vooropleidingseisen worden dan niet gesteld;
c. bij een wens tot een andere richting of verhuizing: hulp bij aanmelding bij een andere school of
instelling in de regio.

7.2 De Akker en Veluwepoort beslissen samen, na een gesprek met leerling en ouders, welke overstap het
beste past bij het bereikte niveau en de leeftijd van de leerling. Entree wordt alleen overwogen als een
diploma op niveau 2 echt niet haalbaar blijkt.

7.3 Hoe een overstap in de praktijk verloopt (wie de leerling benadert, welke formulieren, welke
termijnen), wordt beschreven in de schoolgids van De Akker.

H: Artikel 8 Geldelijke afspraken

8.1 De Akker draagt op grond van artikel 5.42a WVO 2020 voor iedere leerling in het tweede routejaar 600
euro per schooljaar over aan Veluwepoort.

8.2 Dit bedrag is bestemd voor de inzet van de praktijkdocent gastvrijheid in de vo-fase en voor
ingrediënten en gebruik van het leerrestaurant.

8.3 Verder draagt iedere partij haar eigen kosten.

H: Artikel 9 Medezeggenschap en inspraak

9.1 De medezeggenschapsraad van De Akker en de studentenraad van de Horecavakschool Ede wordt ieder jaar
het routeplan ter advisering voorgelegd, voordat de besturen het vaststellen.

9.2 Ouders van leerlingen in de mbo-fase van de route kunnen deelnemen aan de ouderavonden en het
ouderpanel van De Akker, ook al staat hun kind niet meer op De Akker ingeschreven.

H: Artikel 10 Oplossing van geschillen

10.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst in onderling overleg
tussen de directeur van De Akker en de voorzitter van het college van bestuur van Veluwepoort besproken.

10.2 Leidt dat overleg niet binnen twee maanden tot een oplossing, dan wordt het geschil beslecht door
arbitrage volgens het reglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit
één arbiter en houdt zitting in Arnhem.

H: Artikel 11 Toetreding, opzegging en wijziging

11.1 Een andere vmbo-school of mbo-instelling kan tot deze overeenkomst toetreden met schriftelijke
instemming van beide partijen, door ondertekening van een toetredingsakte. Toetreding gaat in per 1
augustus.

11.2 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd en kan door iedere partij
worden opgezegd tegen 1 augustus van enig jaar, met een opzegtermijn van ten minste één schooljaar.

11.3 Wijziging is alleen mogelijk bij schriftelijke overeenkomst tussen beide besturen.

11.4 Bij toetreding, opzegging of wijziging zorgen partijen ervoor dat leerlingen die al in de route
zitten, deze op dezelfde voorwaarden kunnen afmaken.

Aldus overeengekomen te Barneveld op 26 juni 2025.

Voor De Akker: G. van de Beek, voorzitter, en J. Hoogendoorn-Pater, algemeen directeur

Voor Veluwepoort: M. Schouten, voorzitter college van bestuur
"""
       )


# ---------------------------------------------------------------------------
# 314 - groot ROC, PDF, Rotterdam-Zuid, Mobiliteit en transport kb -> Logistiek teamleider (3)
# ---------------------------------------------------------------------------
sample(314, "groot_roc_modelcontract_rotterdam_zuid_logistiek_teamleider", "pdf",
       "Modelcontract van een groot stedelijk ROC ingevuld voor een route met een vmbo-school (PDF, artikelen "
       "met subleden, routekaart als bijlage), Rotterdam-Zuid, Mobiliteit en transport kb naar Logistiek "
       "teamleider (3); twee verstopte gebreken tussen wetsartikel-citaten: de overstapoptie herhaalt de wet en "
       "schuift de uitwerking door naar een nog op te stellen protocol in de schoolgids zonder kaders (f weak) "
       "en de overdracht van bekostiging noemt een percentage maar geen bestemming (g weak)",
       {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
        "f": "weak", "g": "weak", "h": "present", "i": "present", "j": "present"},
       {"a": "Artikel 2 Onderwerp van de overeenkomst",
        "b": "Artikel 7 Betrokkenheid van de haven- en logistieke sector",
        "c": "Artikel 4 Routeraad",
        "d": "Artikel 5 Informatieverstrekking en verantwoording",
        "e": "Artikel 6 Inrichting",
        "h": "Artikel 10 Medezeggenschap",
        "i": "Artikel 11 Geschillenregeling",
        "j": "Artikel 12 Duur, toetreding, opzegging en wijziging"},
       """
T: Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Havenroute Logistiek

S: Model DLR-ROC Maasstad 2024, versie 3 - ingevuld voor de samenwerking met het Waalhaven College

PARTIJEN

I. Stichting Regionaal Opleidingencentrum Maasstad Rotterdam, statutair gevestigd te Rotterdam,
bevoegd gezag van het Havencollege Maasstad, rechtsgeldig vertegenwoordigd door de voorzitter van het
college van bestuur, mevrouw dr. N. El Amrani, hierna: "de instelling";

II. Stichting Openbaar Voortgezet Onderwijs Rotterdam-Zuid, statutair gevestigd te Rotterdam, bevoegd
gezag van het Waalhaven College (vmbo), rechtsgeldig vertegenwoordigd door de bestuurder, de heer P.
Verbrugge, hierna: "de school".

OVERWEGINGEN

A. De instelling werkt in de regio Rijnmond samen met elf vmbo-scholen en gebruikt daarvoor één
modelcontract, zodat de afspraken per route vergelijkbaar zijn.

B. Partijen streven ernaar het aantal jongeren in Rotterdam-Zuid dat zonder startkwalificatie het
onderwijs verlaat, te halveren.

C. De haven- en logistieke sector in Rotterdam heeft een groot tekort aan vakmensen en wil daarom
investeren in jong talent.

KOMEN OVEREEN ALS VOLGT:

H: Artikel 1 Definities

1.1 Route: de doorlopende leerroute als omschreven in artikel 2.

1.2 Vo-fase: de eerste twee jaren van de route; mbo-fase: de overige jaren.

1.3 Routeraad: de leiding over de route als bedoeld in artikel 4.

H: Artikel 2 Onderwerp van de overeenkomst

2.1 Op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB verzorgen partijen gezamenlijk de
doorlopende leerroute Havenroute Logistiek.

2.2 De route is toegankelijk voor leerlingen van de school in de kaderberoepsgerichte leerweg, profiel
Mobiliteit en transport, en leidt tot het vmbo-diploma en tot het diploma van de vakopleiding Logistiek
teamleider, niveau 3, opleidingsdomein Transport, scheepvaart en logistiek, van het Havencollege
Maasstad (BOL).

2.3 De route duurt vijf jaar en begint in leerjaar 3 van het vmbo. Partijen melden de route ieder in RIO.

H: Artikel 3 Verantwoordelijkheden

3.1 De school is verantwoordelijk voor het vmbo-deel van de route en de vmbo-examinering; de instelling
voor het mbo-deel, de beroepspraktijkvorming en de mbo-examinering.

3.2 Leerlingen staan in de vo-fase ingeschreven bij de school en in de mbo-fase bij de instelling.

H: Artikel 4 Routeraad

4.1 De leiding over de route berust bij de routeraad, bestaande uit:
a. de directeur onderwijs van het Havencollege Maasstad (voorzitter);
b. de afdelingsleider techniek en logistiek van het Waalhaven College;
c. de routemanager Havenroute, in dienst van de instelling.

4.2 Het college van bestuur van de instelling benoemt de leden onder a en c, na het horen van de
bestuurder van de school; de bestuurder van de school benoemt het lid onder b.

4.3 De routeraad is belast met de uitvoering van deze overeenkomst, het opstellen van het routeplan, de
roostering, de plaatsing van studenten bij leerbedrijven en de kwaliteitszorg van de route.

4.4 De routeraad kan binnen het vastgestelde routeplan besluiten over de inzet van docenten, de volgorde
van programmaonderdelen en de selectie van leerbedrijven. Besluiten over de begroting en over
personeelsbeleid zijn voorbehouden aan de besturen.

H: Artikel 5 Informatieverstrekking en verantwoording

5.1 De routeraad legt per kwartaal een managementrapportage voor aan het college van bestuur van de
instelling en aan de bestuurder van de school, met kengetallen over instroom, verzuim, uitval en
diplomering.

5.2 Jaarlijks vóór 1 december legt de routeraad schriftelijk verantwoording af over het afgelopen
schooljaar in een jaarrapportage, die in het halfjaarlijkse bestuurlijk overleg tussen de instelling en de
school wordt besproken.

H: Artikel 6 Inrichting

6.1 De vo-fase vindt plaats in het gebouw van het Waalhaven College aan de Brielselaan; vanaf het tweede
routejaar volgen de leerlingen wekelijks een dag onderwijs in het logistiek leercentrum van het
Havencollege Maasstad op de Waalhaven Zuidzijde. De mbo-fase vindt plaats op het Havencollege.

6.2 Het onderwijsprogramma en de examinering per leerjaar worden vastgelegd in het gezamenlijke PTA/OER
van de route, dat beide besturen jaarlijks vóór 1 oktober vaststellen.

6.3 De school zet een docent Mobiliteit en transport en een loopbaanbegeleider in; de instelling
zet twee docenten logistiek en een praktijkcoach in, die in de vo-fase ook op de school lesgeven. Voor
het onderdeel "Warehouse in de praktijk" werken de docenten als team met teambevoegdheid. Beide
partijen blijven werkgever van hun eigen personeel.

6.4 De instelling stelt het logistiek leercentrum met warehouse-simulatie, heftrucks en
scanapparatuur beschikbaar; de school haar praktijklokaal transport en ICT-lokaal.

6.5 De klachtenregeling van iedere partij is ook van toepassing op gedragingen van medewerkers van de
andere partij binnen de route.

H: Artikel 7 Betrokkenheid van de haven- en logistieke sector

7.1 De sector is bij de route betrokken via de Praktijkraad Havenroute, waarin zitting hebben:
vertegenwoordigers van vier logistieke dienstverleners in de Waalhaven en Eemhaven, van de
Vereniging Logistieke Dienstverleners Rijnmond en een adviseur van SBB.

7.2 De Praktijkraad adviseert de routeraad twee keer per jaar over het routeplan en de keuzedelen. De
deelnemende bedrijven bieden bedrijfsbezoeken in de vo-fase, erkende bpv-plaatsen in de mbo-fase en
leveren per schooljaar ten minste drie praktijkopdrachten. Medewerkers van de bedrijven nemen als
beoordelaar deel aan de proeve van bekwaamheid.

H: Artikel 8 Overstapoptie

8.1 Op grond van artikel 2.107k WVO 2020 en artikel 9.1.14 WEB stellen partijen een leerling of student
wiens deelname aan de route eindigt voordat hij de route met succes heeft afgerond, in staat een
vmbo-diploma of een mbo-diploma te behalen.

8.2 De wijze waarop partijen hieraan invulling geven, wordt uitgewerkt in het Overstapprotocol
Havenroute. De routeraad stelt dit protocol vóór 1 januari 2026 op; het wordt daarna opgenomen in de
schoolgids van het Waalhaven College en de studiegids van het Havencollege.

H: Artikel 9 Financiële bepalingen

9.1 Met toepassing van artikel 5.42a WVO 2020 draagt de school jaarlijks 18 procent van de
personele bekostiging die zij voor de leerlingen in de vo-fase van de route ontvangt, over aan de
instelling.

9.2 De overdracht vindt plaats in twee gelijke termijnen, op 1 januari en 1 juli, op basis van het aantal
leerlingen op de teldatum van 1 oktober.

9.3 De instelling neemt de ontvangen bedragen op in haar jaarverslaggeving.

H: Artikel 10 Medezeggenschap

10.1 Naast de Wet medezeggenschap op scholen en de medezeggenschapsregels van de WEB en de WOR spreken
partijen af dat de deelraad Haven en Logistiek van de instelling adviesrecht heeft op het routeplan,
ook voor zover het de vo-fase betreft.

10.2 De medezeggenschapsraad van de school en de deelraad Haven en Logistiek komen eenmaal per jaar samen
bijeen om de route te bespreken. Leerlingen in het tweede routejaar mogen een vertegenwoordiger afvaardigen
naar de deelraad, met spreekrecht.

H: Artikel 11 Geschillenregeling

11.1 Partijen trachten een geschil over de uitvoering van deze overeenkomst in eerste instantie in
overleg binnen de routeraad op te lossen, en vervolgens in een bestuurlijk overleg.

11.2 Is het geschil zes weken na het bestuurlijk overleg niet opgelost, dan legt iedere partij het
voor aan de Geschillencommissie Samenwerking VO-MBO Rijnmond, ingesteld door de instelling en de
deelnemende schoolbesturen. De commissie doet een bindende uitspraak binnen tien weken.

H: Artikel 12 Duur, toetreding, opzegging en wijziging

12.1 Deze overeenkomst gaat in op 1 augustus 2025 en heeft een looptijd van vijf jaar. Zij wordt
stilzwijgend verlengd met telkens vijf jaar.

12.2 Een andere school voor vmbo of instelling voor beroepsonderwijs kan toetreden als partijen daarmee
schriftelijk instemmen en de toetreder het modelcontract ongewijzigd aanvaardt. Toetreding is mogelijk
per 1 augustus van ieder jaar.

12.3 Opzegging geschiedt schriftelijk tegen 1 augustus, met een opzegtermijn van twaalf maanden.

12.4 Wijzigingen worden schriftelijk overeengekomen door beide besturen.

12.5 Partijen zorgen er bij toetreding, opzegging en wijziging voor dat leerlingen en studenten die al
in de route zijn ingestroomd, hun opleiding binnen de route kunnen afronden. Na opzegging vindt geen
nieuwe instroom plaats.

Aldus overeengekomen te Rotterdam op 1 juli 2025.

Voor de instelling: dr. N. El Amrani

Voor de school: P. Verbrugge

H: Bijlage A Routekaart

| Jaar | Plaats | Kern van het programma |
| 1 | Waalhaven College, 1 dag oriëntatie haven | vmbo-programma, kennismaken met logistiek |
| 2 | Waalhaven College en leercentrum | vmbo-examen, eerste mbo-onderdelen warehouse |
| 3 | Havencollege Maasstad | mbo-programma, bpv 12 weken |
| 4 | Havencollege Maasstad | leidinggeven in de logistiek, bpv 20 weken |
| 5 | Havencollege Maasstad | proeve van bekwaamheid, diploma Logistiek teamleider |
"""
       , header="ROC Maasstad Rotterdam - Model DLR 2024 v3 - Havenroute Logistiek")


# ---------------------------------------------------------------------------
# 315 - consortium van drie (twee vmbo-besturen + ROC), DOCX, Venray/Horst, BWI kb -> Allround timmerman/metselaar (3)
# ---------------------------------------------------------------------------
sample(315, "consortium_drie_partijen_afsprakentabel_venray_horst_bouw", "docx",
       "Consortiumovereenkomst van twee vmbo-besturen en een ROC (DOCX, korte artikelen plus een afsprakentabel "
       "'onderwerp - afspraak'), Venray en Horst, Bouwen, wonen en interieur kb naar Allround timmerman en "
       "Allround metselaar (3); volledig in orde met look-alikes: considerans met intenties, penvoerder, 'kan' "
       "voor bevoegdheden van de stuurgroep, 'in overleg' als eerste stap gevolgd door bindend advies, "
       "schoolgids voor details, expliciet geen overdracht van bekostiging",
       {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
        "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
       {"a": "Artikel 3 Route en kwalificaties",
        "b": "B. Bouwbedrijven",
        "c": "A1. Stuurgroep",
        "d": "A2. Rapportage aan de besturen",
        "e": "C. Onderwijs, personeel en ruimtes",
        "f": "D. Overstap",
        "g": "E. Bekostiging",
        "h": "F. Medezeggenschap",
        "i": "Artikel 5 Geschillen",
        "j": "Artikel 6 Nieuwe partners, uittreden, einde en wijziging"},
       """
T: Consortiumovereenkomst Bouwroute Noord-Limburg Oost

S: Doorlopende leerroute vmbo-mbo Bouwen, wonen en interieur - Venray en Horst aan de Maas

De partijen bij deze overeenkomst zijn:

1. Stichting Openbaar Voortgezet Onderwijs Venray, bevoegd gezag van het Raamcollege (vmbo) te
Venray, vertegenwoordigd door de bestuurder, mevrouw C. Janssen-Geurts;

2. Stichting Katholiek Onderwijs Horst-Sevenum, bevoegd gezag van het Kasteelcollege (vmbo) te Horst,
vertegenwoordigd door de voorzitter van het college van bestuur, de heer R. Peeters;

3. Stichting Regionaal Opleidingencentrum Maas en Peel, bevoegd gezag van onder meer het Bouwcollege
Venray, vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. F. Custers;

hierna samen: het consortium, of afzonderlijk: een partij. Het Raamcollege en het Kasteelcollege heten
samen: de scholen. De Stichting Regionaal Opleidingencentrum Maas en Peel heet: het ROC.

Overwegende dat het consortium ernaar streeft om in Noord-Limburg Oost genoeg vakmensen voor de bouw
op te leiden, dat partijen de krachten willen bundelen omdat geen van beide scholen alleen voldoende
leerlingen heeft voor een eigen route, en dat het ROC bereid is als penvoerder op te treden, komen partijen
overeen:

H: Artikel 1 Doel

Partijen verzorgen samen een doorlopende leerroute vmbo-mbo voor leerlingen van beide scholen. Elke
school registreert haar deelname in RIO; het ROC doet dat voor het mbo-deel.

H: Artikel 2 Penvoerder

Het ROC is penvoerder. Het ROC verzorgt het secretariaat van de stuurgroep, bewaart de stukken en
coördineert de melding bij DUO. Het penvoerderschap geeft het ROC geen zeggenschap over de scholen.

H: Artikel 3 Route en kwalificaties

3.1 De route is bestemd voor leerlingen in de kaderberoepsgerichte leerweg, profiel Bouwen, wonen en
interieur, van het Raamcollege en het Kasteelcollege.

3.2 De route leidt tot het vmbo-diploma en tot een van de volgende vakopleidingen op niveau 3 van het
Bouwcollege Venray, in het opleidingsdomein Bouw en infra: Allround timmerman of Allround metselaar. De
leerling kiest aan het einde van het eerste routejaar tussen deze twee opleidingen.

3.3 De route duurt vijf jaar. In de mbo-fase volgt de leerling de opleiding in de
beroepsbegeleidende leerweg als hij een leerbaan heeft, en anders in de beroepsopleidende leerweg.

H: Artikel 4 Afsprakentabel

Partijen maken over de onderwerpen hieronder de afspraken die in de tabel staan. De tabel maakt volledig
deel uit van deze overeenkomst.

| Onderwerp | Afspraak |
| A1. Stuurgroep | De leiding over de route ligt bij de stuurgroep Bouwroute. Die bestaat uit de teamleider techniek van het Raamcollege, de teamleider techniek van het Kasteelcollege en de opleidingsmanager bouw van het Bouwcollege Venray. Elk bestuur wijst zijn eigen lid schriftelijk aan en kan het vervangen. De stuurgroep stelt het routeplan op, verdeelt de praktijkdagen over de scholen, plant de stages en bereidt overstapbesluiten voor. De stuurgroep kan besluiten over het rooster, de inzet van de praktijkdocenten van het ROC op beide scholen en de toelating van leerlingen. Zij kan uitgaven doen tot 3.000 euro per jaar per school. Andere besluiten nemen de besturen. |
| A2. Rapportage aan de besturen | De stuurgroep stuurt elk jaar vóór 15 oktober een schriftelijk verslag over het vorige schooljaar naar alle drie de besturen, met cijfers over instroom, uitval, overstap en diploma's. In maart komen de drie bestuurders met de stuurgroep bijeen; de stuurgroep legt dan verantwoording af. Ernstige problemen meldt de stuurgroep direct aan de besturen. |
| B. Bouwbedrijven | Bouwend Nederland afdeling Noord-Limburg en acht bouw- en timmerbedrijven uit Venray, Horst en Meerlo, die SBB-erkend leerbedrijf zijn, doen mee. Zij bieden werkplekken voor stages in de vo-fase en leerbanen (BBL) en bpv-plaatsen in de mbo-fase, geven gastlessen, zetten een bouwplaatsproject per schooljaar open voor de leerlingen en beoordelen de proeven van bekwaamheid mee. Twee keer per jaar bespreken ze met de stuurgroep of het routeplan nog aansluit op het werk. |
| C. Onderwijs, personeel en ruimtes | De vo-fase vindt plaats op de eigen school; vanaf het tweede routejaar volgen leerlingen van beide scholen samen één dag per week les in de bouwhal van het Bouwcollege Venray. Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER, dat de drie besturen elk jaar vóór 1 oktober vaststellen. Elke school zet haar eigen docenten BWI en avo in; het ROC levert twee praktijkdocenten bouw die op beide scholen lesgeven. Het onderdeel "Bouwen in de praktijk" wordt door een team met teambevoegdheid gegeven. Ieder blijft werkgever van zijn eigen personeel. Het ROC stelt de bouwhal en de metselwerkplaats beschikbaar, de scholen hun praktijklokalen hout. Leerlingen reizen op kosten van hun school tussen de locaties. |
| D. Overstap | Verlaat een leerling de route in de vo-fase, dan gaat hij verder in de reguliere kaderberoepsgerichte leerweg op zijn eigen school, in BWI of een ander profiel, om het vmbo-diploma te halen. Later in de route kan hij doorgaan of overstappen naar een andere opleiding op niveau 3 bij het ROC, ook zonder vmbo-diploma; bij te hoog niveau naar een opleiding op niveau 2, bijvoorbeeld Timmerman of Metselaar. De eigen school en het ROC besluiten samen, na een gesprek met de leerling en zijn ouders, op basis van het bereikte niveau en de leeftijd. Details over de procedure staan in de schoolgids van beide scholen. |
| E. Bekostiging | Tussen partijen wordt geen bekostiging overgedragen. Iedere partij draagt de kosten van haar eigen personeel, ruimtes en leerlingenvervoer. |
| F. Medezeggenschap | De medezeggenschapsraden van beide scholen en de studentenraad van het Bouwcollege Venray wijzen elk één lid aan voor een routeklankbord. Het routeklankbord wordt elk jaar gehoord over het routeplan en kan de stuurgroep ongevraagd advies geven. Ouders van leerlingen in de mbo-fase blijven welkom in de ouderklankbordgroep van de eigen school. |

H: Artikel 5 Geschillen

5.1 Bij een geschil over de uitvoering van deze overeenkomst proberen de betrokken partijen het eerst in
overleg binnen de stuurgroep op te lossen. Lukt dat niet binnen een maand, dan bespreken de bestuurders van de
betrokken partijen het geschil.

5.2 Komen zij er binnen zes weken niet uit, dan vragen zij bindend advies aan een onafhankelijke
deskundige die zij samen aanwijzen, of, als zij het daarover niet eens worden, die door de
voorzitter van de rechtbank Limburg op verzoek van een partij wordt aangewezen. Het advies bindt alle
betrokken partijen.

H: Artikel 6 Nieuwe partners, uittreden, einde en wijziging

6.1 Een andere vmbo-school of mbo-instelling kan lid worden van het consortium als alle partijen
schriftelijk instemmen en de nieuwe partij deze overeenkomst meeondertekent. Dat kan alleen met ingang
van een nieuw schooljaar.

6.2 Een partij kan uittreden door schriftelijke opzegging aan de andere partijen vóór 1 augustus van
enig jaar, met ingang van 1 augustus van het jaar daarop. De overeenkomst blijft dan tussen de overige
partijen bestaan. Treedt het ROC uit, dan eindigt de overeenkomst voor alle partijen.

6.3 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

6.4 De overeenkomst kan alleen worden gewijzigd met schriftelijke instemming van alle partijen.

6.5 Bij toetreding, uittreding, beëindiging of wijziging kunnen leerlingen die al in de route zitten deze
afmaken op de voorwaarden die golden toen zij begonnen. Na een opzegging neemt de uittredende partij geen
nieuwe leerlingen meer in de route op.

Getekend te Venray op 2 juli 2025,

C. Janssen-Geurts, Stichting Openbaar Voortgezet Onderwijs Venray

R. Peeters, Stichting Katholiek Onderwijs Horst-Sevenum

drs. F. Custers, Stichting Regionaal Opleidingencentrum Maas en Peel
"""
       )


# ---------------------------------------------------------------------------
# 316 - vernieuwing, zeer kort, MD, Hoogeveen, Economie en ondernemen kb -> Medewerker secretariaat en receptie (3)
# ---------------------------------------------------------------------------
sample(316, "vernieuwing_zeer_kort_hoogeveen_secretariaat_receptie", "md",
       "Zeer korte vernieuwde overeenkomst die de versie van 2021 vervangt (Markdown, een pagina, genummerde "
       "korte punten), Hoogeveen, Economie en ondernemen kb naar Medewerker secretariaat en receptie (3); "
       "volledig in orde ondanks de beknoptheid, met look-alikes: verwijzing naar de oude overeenkomst, 'kan' en "
       "'mag' voor bevoegdheden, schoolgids voor details, 'in overleg' als eerste stap gevolgd door de rechter",
       {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
        "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
       {"a": "1. Route",
        "b": "5. Bedrijven",
        "c": "2. Leiding",
        "d": "3. Verantwoording",
        "e": "4. Uitvoering",
        "f": "6. Overstap",
        "g": "7. Geld",
        "h": "8. Medezeggenschap",
        "i": "9. Geschillen",
        "j": "10. Toetreding, opzegging, wijziging"},
       """
T: Samenwerkingsovereenkomst Officeroute Hoogeveen 2025

S: Vernieuwing - vervangt de overeenkomst van 2 september 2021 met ingang van 1 augustus 2025

Partijen: Stichting Voortgezet Onderwijs Zuidwest-Drenthe, bevoegd gezag van het Wolfsbergcollege (vmbo)
te Hoogeveen, en Stichting Regionaal Opleidingencentrum Drenthe-Zuid, bevoegd gezag van het
Businesscollege Hoogeveen. Beide vertegenwoordigd door hun voorzitter van het college van bestuur.

H: 1. Route

Kaderberoepsgerichte leerweg, profiel Economie en ondernemen (Wolfsbergcollege), naar de vakopleiding
Medewerker secretariaat en receptie, niveau 3, domein Bedrijfsadministratie en secretariaat (BOL),
van het Businesscollege. Duur vijf jaar. Beide partijen registreren de route in RIO.

H: 2. Leiding

Een routeduo leidt de route: de teamleider kader van het Wolfsbergcollege en de teamleider office van het
Businesscollege, ieder aangewezen door het eigen college van bestuur. Het duo maakt het routeplan,
plant stages en bereidt overstappen voor. Het duo kan beslissen over rooster, inzet van docenten en
stageplaatsen; het mag uitgeven tot 2.000 euro per jaar. De rest beslissen de besturen.

H: 3. Verantwoording

Het routeduo stuurt beide colleges van bestuur ieder jaar vóór 1 november een kort verslag (instroom,
uitval, diploma's, overstappen) en bespreekt het in het bestuurlijk overleg van december.

H: 4. Uitvoering

Vo-fase op het Wolfsbergcollege, vanaf routejaar 2 één dag per week op het Businesscollege; mbo-fase op
het Businesscollege. Programma en examens per leerjaar in het gezamenlijke PTA/OER, elk jaar vóór 1
oktober door beide besturen vastgesteld. Het Wolfsbergcollege zet zijn docent E&O en avo-docenten in, het
Businesscollege een docent office voor vier uur per week in de vo-fase; samen één team, met
teambevoegdheid voor "Receptie en klantcontact". Het Businesscollege stelt het oefenkantoor en de
receptiebalie beschikbaar, het Wolfsbergcollege zijn computerlokaal.

H: 5. Bedrijven

Gemeente Hoogeveen, Zorggroep Reggeland en het Ondernemersplatform Hoogeveen leveren stageplekken
(SBB-erkend), twee praktijkopdrachten per jaar en beoordelaars voor de proeve; hun
praktijkopleiders adviseren het routeduo jaarlijks over het programma.

H: 6. Overstap

Wie de route verlaat, gaat in de vo-fase verder in de gewone kaderberoepsgerichte leerweg (E&O of een
ander profiel) richting vmbo-diploma, en later in een andere opleiding op niveau 3 of 2 van het
Businesscollege, ook zonder vmbo-diploma. Beide scholen beslissen samen, met leerling en ouders, op grond
van bereikt niveau en leeftijd. Details: schoolgids Wolfsbergcollege.

H: 7. Geld

Geen overdracht van bekostiging; ieder draagt de eigen kosten.

H: 8. Medezeggenschap

De studentenraad van het Businesscollege mag een leerling uit routejaar 2 als toehoorder uitnodigen; de
MR van het Wolfsbergcollege en de studentenraad adviseren jaarlijks over het PTA/OER.

H: 9. Geschillen

Eerst in overleg tussen de teamleiders, dan tussen de colleges van bestuur; is het geschil na acht weken
niet opgelost, dan beslist de bevoegde rechter in de rechtbank Noord-Nederland.

H: 10. Toetreding, opzegging, wijziging

Een andere school of instelling kan toetreden met schriftelijke instemming van beide partijen, per 1
augustus. Opzeggen kan schriftelijk tegen 1 augustus, met een jaar opzegtermijn; daarna geen nieuwe
instroom. Wijzigen alleen schriftelijk door beide besturen. Leerlingen die al in de route zitten, maken
die in alle gevallen af.

Hoogeveen, 25 juni 2025 - getekend door beide voorzitters van het college van bestuur.
"""
       )

#@@AGREEMENTS@@

if __name__ == "__main__":
    main(sys.argv[1:])
