#!/usr/bin/env python3
"""Build training sample agreements 293-300 for leerroute-check (batch train19b).

Written by an independent helper session acting as author of labelled test data. The texts were
composed from the two official guidance documents in shared/seeds (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie), shared/domain.md and
sample_agreements/LABELS.md only, without looking at checker code, models, tests, benchmarks or the
texts/build scripts of other samples. All schools, instellingen, companies and people are made up.

Focus of this batch: variants and side-items (g bekostiging, h medezeggenschap, interne regeling,
geïntegreerde route). Six agreements are fully compliant; 297 (g: omvang without bestemming) and
299 (h: joint body announced, everything deferred) each carry exactly one defect.

Usage:
    python3 build_samples_train19b.py            build all
    python3 build_samples_train19b.py 293 297    build only those numbers
    python3 build_samples_train19b.py --check    verify the produced files
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

SAMPLES = {}


def sample(num, slug, fmt, description, statuses, evidence, text):
    assert 293 <= num <= 300 and num not in SAMPLES
    SAMPLES[num] = dict(name=f"{num}_{slug}", fmt=fmt, text=text,
                        expected={"description": description, "split": "train",
                                  "statuses": statuses, "evidence": evidence})


# --------------------------------------------------------------------------------------------
# light markup used for PDF and DOCX texts
#   "# x" title, "## x" heading, "### x" subheading, "- x" bullets, "> x" indented paragraphs,
#   "| a | b |" table rows (first row is the header), "::center x", "::small x", "::pagebreak";
#   blocks are separated by blank lines; **bold** inline; lines starting with two spaces continue
#   the previous bullet/indented item.
# --------------------------------------------------------------------------------------------

def parse(src):
    blocks = []
    for chunk in re.split(r"\n[ \t]*\n", src.strip("\n")):
        lines = [ln.rstrip() for ln in chunk.split("\n") if ln.strip()]
        if not lines:
            continue
        first = lines[0]
        one = " ".join(l.strip() for l in lines)
        if first.startswith("# "):
            blocks.append(("title", one[2:]))
            continue
        if first.startswith("## "):
            blocks.append(("h1", one[3:]))
            continue
        if first.startswith("### "):
            blocks.append(("h2", one[4:]))
            continue
        if first.startswith("::pagebreak"):
            blocks.append(("pagebreak", ""))
            continue
        if first.startswith("::center "):
            blocks.append(("center", one[9:]))
            continue
        if first.startswith("::small "):
            blocks.append(("small", one[8:]))
            continue
        # mixed chunk: group consecutive lines by kind
        for ln in lines:
            if ln.startswith("|"):
                kind = "table"
            elif ln.startswith("- "):
                kind = "bullets"
            elif ln.startswith("> "):
                kind = "indent"
            elif ln.startswith("  ") and blocks and blocks[-1][0] in ("bullets", "indent", "p"):
                kind = "cont"
            else:
                kind = "p"
            if kind == "table":
                cells = [c.strip() for c in ln.strip().strip("|").split("|")]
                if blocks and blocks[-1][0] == "table" and not blocks[-1][2]:
                    blocks[-1][1].append(cells)
                else:
                    blocks.append(["table", [cells], False])
            elif kind in ("bullets", "indent"):
                if blocks and blocks[-1][0] == kind and not blocks[-1][2]:
                    blocks[-1][1].append(ln[2:].strip())
                else:
                    blocks.append([kind, [ln[2:].strip()], False])
            elif kind == "cont":
                if blocks[-1][0] == "p":
                    blocks[-1][1] += " " + ln.strip()
                else:
                    blocks[-1][1][-1] += " " + ln.strip()
            else:
                if blocks and blocks[-1][0] == "p" and not blocks[-1][2]:
                    blocks[-1][1] += " " + ln.strip()
                else:
                    blocks.append(["p", ln.strip(), False])
        # close the groups of this chunk
        for b in blocks:
            if isinstance(b, list):
                b[2] = True
    return [(b[0], b[1]) for b in blocks]


def _pdf_inline(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def build_pdf(path, src, title):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10,
                          leading=13.5, spaceAfter=5)
    st = {
        "title": ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=14,
                                leading=18, alignment=1, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=11,
                             leading=14, spaceBefore=9, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-BoldOblique", fontSize=10,
                             leading=13, spaceBefore=5, spaceAfter=3, keepWithNext=1),
        "center": ParagraphStyle("c", parent=body, alignment=1),
        "small": ParagraphStyle("s", parent=body, fontSize=8.5, leading=11),
        "p": body,
        "indent": ParagraphStyle("i", parent=body, leftIndent=18, firstLineIndent=0),
        "bullet": ParagraphStyle("b", parent=body, leftIndent=18, bulletIndent=6),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "cellh": ParagraphStyle("cellh", parent=body, fontName="Helvetica-Bold", fontSize=9,
                                leading=11.5, spaceAfter=0),
    }
    story = []
    for kind, val in parse(src):
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            ncol = max(len(r) for r in val)
            data = []
            for i, r in enumerate(val):
                r = r + [""] * (ncol - len(r))
                sty = st["cellh"] if i == 0 else st["cell"]
                data.append([Paragraph(_pdf_inline(c).replace("\\n", "<br/>"), sty) for c in r])
            width = A4[0] - 5 * cm
            from reportlab.pdfbase.pdfmetrics import stringWidth
            mins, avgs = [], []
            for ci in range(ncol):
                col = [r[ci] if ci < len(r) else "" for r in val]
                words = [w for c in col for w in c.replace("\\n", " ").split()] or [""]
                mins.append(max(stringWidth(w, "Helvetica-Bold", 9) for w in words) + 14)
                avgs.append(max(1.0, sum(len(c) for c in col) / len(col)))
            spare = max(0.0, width - sum(mins))
            widths = [m + spare * a_ / sum(avgs) for m, a_ in zip(mins, avgs)]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "bullets":
            for it in val:
                story.append(Paragraph(_pdf_inline(it), st["bullet"], bulletText="\u2022"))
        elif kind == "indent":
            for it in val:
                story.append(Paragraph(_pdf_inline(it), st["indent"]))
        else:
            story.append(Paragraph(_pdf_inline(val), st[kind]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, invariant=1,
                            title=title, author="", subject="", creator="", producer="")

    def footer(canvas, d):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(A4[0] - 2.5 * cm, 1.2 * cm, "pagina %d" % d.page)
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _docx_runs(par, text, bold=False):
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2])
            r.bold = True
        else:
            r = par.add_run(part)
            if bold:
                r.bold = True


def build_docx(path, src, title, author):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    for kind, val in parse(src):
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(val):
                r = r + [""] * (ncol - len(r))
                cells = t.add_row().cells
                for c, txt in zip(cells, r):
                    lines = txt.split("\\n")
                    c.paragraphs[0].text = ""
                    _docx_runs(c.paragraphs[0], lines[0], bold=(i == 0))
                    for extra in lines[1:]:
                        _docx_runs(c.add_paragraph(), extra, bold=(i == 0))
            d.add_paragraph()
        elif kind == "bullets":
            for it in val:
                _docx_runs(d.add_paragraph(style="List Bullet"), it)
        elif kind == "indent":
            for it in val:
                p = d.add_paragraph()
                p.paragraph_format.left_indent = Cm(0.8)
                _docx_runs(p, it)
        else:
            p = d.add_paragraph()
            if kind == "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _docx_runs(p, val)
            if kind == "small":
                for r in p.runs:
                    r.font.size = Pt(8.5)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so a rebuild is byte-identical
    src_zip = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src_zip.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src_zip.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def build(num):
    s = SAMPLES[num]
    path = os.path.join(OUT, s["name"] + "." + s["fmt"])
    title = s["name"]
    if s["fmt"] == "pdf":
        build_pdf(path, s["text"], title)
    elif s["fmt"] == "docx":
        build_docx(path, s["text"], title, "Bestuurssecretariaat")
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(s["text"].strip("\n") + "\n")
    with open(os.path.join(OUT, s["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as fh:
        json.dump(s["expected"], fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("built", os.path.basename(path))


# --------------------------------------------------------------------------------------------
# checking
# --------------------------------------------------------------------------------------------

def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        out = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            out.append(tp.get_text_range())
        return "\n".join(out)
    if path.endswith(".docx"):
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        out = []
        for el in d.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(Paragraph(el, d).text)
            elif tag == "tbl":
                for row in Table(el, d).rows:
                    for cell in row.cells:
                        out.append(cell.text)
        return "\n".join(out)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    counts = {"pdf": 0, "docx": 0, "txt/md": 0}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(OUT, s["name"] + "." + s["fmt"])
        jpath = os.path.join(OUT, s["name"] + ".expected.json")
        problems = []
        if not os.path.exists(path):
            problems.append("document missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append(f"too large: {size}")
            try:
                text = norm(extract(path))
            except Exception as exc:  # noqa: BLE001
                problems.append(f"does not open: {exc}")
                text = ""
            for item, ev in s["expected"]["evidence"].items():
                if s["expected"]["statuses"][item] != "present":
                    problems.append(f"evidence for non-present item {item}")
                if norm(ev) not in text:
                    problems.append(f"evidence {item} not found: {ev!r}")
        if not os.path.exists(jpath):
            problems.append("expected.json missing")
        else:
            with open(jpath, encoding="utf-8") as fh:
                if json.load(fh) != s["expected"]:
                    problems.append("expected.json differs from table")
        st = s["expected"]["statuses"]
        if sorted(st) != list("abcdefghij") or not set(st.values()) <= {
                "present", "weak", "missing", "not_applicable"}:
            problems.append("bad statuses")
        counts["txt/md" if s["fmt"] in ("txt", "md") else s["fmt"]] += 1
        print(f"{s['name']}: {'OK' if not problems else 'FAIL ' + '; '.join(problems)}")
        ok = ok and not problems
    print("formats:", counts)
    return ok


# ============================================================================================
# the agreements
# ============================================================================================

# --------------------------------------------------------------------------------------------
# 293  consortium of four boards, long, long considerans + definitions article (DOCX)
# --------------------------------------------------------------------------------------------
T293 = """
# Samenwerkingsovereenkomst doorlopende leerroute Elektrotechniek Noordoost-Brabant

::center Consortium Elektroroute Maashorst: drie vmbo-scholen en één roc

## Partijen

1. Stichting Onderwijsgroep Hoge Raam, statutair gevestigd te Uden, bevoegd gezag van het Raamdal College, school voor vbo en mavo, locatie Bitswijk te Uden, hierna te noemen: "Raamdal College", te dezen rechtsgeldig vertegenwoordigd door mevrouw drs. E.M. van Kessel-Bouwmans, voorzitter van het college van bestuur;

2. Vereniging voor Christelijk Voortgezet Onderwijs aan de Zuid-Willemsvaart, gevestigd te Veghel, bevoegd gezag van Het Kanaalcollege, school voor vbo en mavo, hierna te noemen: "Kanaalcollege", te dezen rechtsgeldig vertegenwoordigd door de heer ing. P.J.M. Raaijmakers, bestuurder;

3. Stichting voor Voortgezet Onderwijs Gemert-Bakel en omstreken, gevestigd te Gemert, bevoegd gezag van Vakcollege De Kam, school voor vbo, hierna te noemen: "De Kam", te dezen rechtsgeldig vertegenwoordigd door mevrouw M.A.C. Swinkels MBA, voorzitter van het college van bestuur;

4. Stichting Regionaal Opleidingencentrum Maas en Peel, gevestigd te Uden, bevoegd gezag van ROC Maas en Peel, hierna te noemen: "ROC Maas en Peel" of "de instelling", te dezen rechtsgeldig vertegenwoordigd door de heer dr. H.W. Lathouwers, voorzitter van het college van bestuur.

Partijen 1 tot en met 3 worden hierna gezamenlijk ook aangeduid als "de scholen"; partijen 1 tot en met 4 samen als "partijen".

## Overwegingen

Partijen nemen bij het aangaan van deze overeenkomst het volgende in aanmerking:

> a. In Noordoost-Brabant is een groot en groeiend tekort aan elektromonteurs. De energietransitie (zonnepanelen, warmtepompen, laadpleinen, verzwaring van aansluitingen) vraagt de komende tien jaar om honderden extra vakmensen, terwijl de instroom in de elektrotechnische opleidingen van ROC Maas en Peel sinds 2019 is gedaald.
> b. Partijen werken sinds het schooljaar 2019-2020 samen in het regionale technieknetwerk Maashorst, waarin zij gezamenlijk praktijkopdrachten, open dagen en docentstages hebben georganiseerd. Die samenwerking heeft laten zien dat leerlingen van de kaderberoepsgerichte leerweg veel baat hebben bij een eerdere kennismaking met het mbo en bij een programma zonder dubbelingen.
> c. Uit de evaluatie van het technieknetwerk (rapport "Stroom zonder knip", maart 2024) blijkt dat ongeveer een kwart van de leerstof elektrotechniek in leerjaar 4 van de kaderberoepsgerichte leerweg in het eerste mbo-jaar opnieuw wordt aangeboden, en dat een deel van de leerlingen in de zomer na het vmbo-examen afhaakt.
> d. De Wet doorlopende leerroutes vmbo-mbo (Stb. 2020, 157) maakt het mogelijk dat een school en een instelling voor beroepsonderwijs op grond van een samenwerkingsovereenkomst gezamenlijk een doorlopende leerroute verzorgen (artikel 2.107b WVO 2020 en artikel 9.1.3 WEB), en dat meer dan twee partijen één overeenkomst sluiten.
> e. De medezeggenschapsraden van de drie scholen, de studentenraad en de ondernemingsraad van ROC Maas en Peel hebben in het voorjaar van 2025 advies uitgebracht over het voornemen tot deze samenwerking; hun adviezen zijn in deze overeenkomst verwerkt, met name in artikel 11.
> f. Partijen willen dat geen enkele leerling zonder diploma blijft, ook niet wanneer de route achteraf niet blijkt te passen, en willen daarom vooraf helder maken welke wegen openstaan.
> g. Partijen willen hun afspraken in één overeenkomst vastleggen, die uitdrukkelijk openstaat voor andere scholen in de regio die het profiel Produceren, installeren en energie aanbieden.
> h. Partijen hebben bij het opstellen van deze overeenkomst gebruikgemaakt van de bouwstenen van het programma Sterk beroepsonderwijs, maar hebben de afspraken afgestemd op de regionale situatie.

Partijen komen het volgende overeen.

## Artikel 1 Begripsbepalingen

In deze overeenkomst en de bijlagen wordt verstaan onder:

> a. **route**: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2.107a WVO 2020, die in artikel 2 wordt omschreven, ook aangeduid als "Elektroroute";
> b. **vo-fase**: de eerste twee leerjaren van de route, overeenkomend met leerjaar 3 en 4 van de kaderberoepsgerichte leerweg, waarin de deelnemer als leerling staat ingeschreven bij een van de scholen;
> c. **mbo-fase**: het derde en de volgende leerjaren van de route, waarin de deelnemer als student staat ingeschreven bij ROC Maas en Peel;
> d. **deelnemer**: een leerling of student die de route volgt;
> e. **Bestuurlijk Overleg**: het overleg van de vier bevoegde gezagsorganen, bedoeld in artikel 5;
> f. **Routebureau**: de leiding over de route, bedoeld in artikel 4;
> g. **routeplan**: het door het Routebureau opgestelde en door het Bestuurlijk Overleg vastgestelde document waarin voor elk leerjaar van de route het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn beschreven (het gezamenlijke PTA/OER);
> h. **werkveldcommissie**: de commissie van leerbedrijven, bedoeld in artikel 3;
> i. **Adviescommissie**: de Gemeenschappelijke Adviescommissie Elektroroute, bedoeld in artikel 11;
> j. **overstapoverleg**: het overleg over een deelnemer die de route verlaat, bedoeld in artikel 9;
> k. **schooljaar**: de periode van 1 augustus tot en met 31 juli.

## Artikel 2 De route

1. Partijen verzorgen gezamenlijk een doorlopende leerroute die het profiel Produceren, installeren en energie (PIE) van de kaderberoepsgerichte leerweg verbindt met de mbo-opleiding Eerste monteur elektrotechnische installaties in de woning en utiliteit, niveau 3, in het opleidingsdomein Installatie- en energietechniek, in de beroepsopleidende leerweg.

2. De route leidt tot het vmbo-diploma kaderberoepsgerichte leerweg met het profiel PIE en tot het mbo-diploma van de in lid 1 genoemde opleiding. Binnen het profiel volgen de deelnemers in ieder geval de beroepsgerichte keuzevakken Elektrotechnische installaties in en om het huis en Duurzame energie.

3. De deelnemer kiest in leerjaar 2 van het vmbo voor de route, op dezelfde wijze als voor een profiel. De route start op 1 augustus 2025 met het eerste cohort. Per cohort worden ten hoogste 48 deelnemers toegelaten, verdeeld over de drie scholen.

4. De scholen en ROC Maas en Peel melden de route gezamenlijk aan de minister; iedere school registreert de route voor haar eigen locatie in het Registratie Instellingen en Opleidingen (RIO).

## Artikel 3 Werkveld en leerbedrijven

1. Partijen betrekken het installatiebedrijfsleven bij de invulling van de route door middel van een werkveldcommissie Elektroroute. In de werkveldcommissie hebben zitting: ten minste vier erkende leerbedrijven uit de regio, waaronder bij de start Van Dinther Installatietechniek B.V. (Uden), Elektro Verhoeven & Zn. (Veghel), Installatiegroep De Vlonder (Gemert) en Zonnestroom Maashorst B.V. (Boekel), een vertegenwoordiger van de regionale afdeling van de brancheorganisatie voor installatiebedrijven en een adviseur praktijkleren van SBB.

2. De werkveldcommissie komt ten minste drie keer per schooljaar bijeen. Zij adviseert het Routebureau over de jaarlijkse bijstelling van het routeplan, de keuze van keuzedelen en de inhoud van de praktijkopdrachten.

3. De deelnemende leerbedrijven leveren ten minste:
> a. in leerjaar 4 van het vmbo per deelnemer tien dagen werkplekleren bij een leerbedrijf;
> b. in de mbo-fase voldoende bpv-plaatsen voor alle deelnemers;
> c. per leerjaar vier gastlessen of bedrijfsbezoeken per groep;
> d. een praktijkbeoordelaar bij de proeve van bekwaamheid in het laatste jaar van de route.

4. ROC Maas en Peel ziet erop toe, samen met SBB, dat de leerbedrijven die een bpv-plaats aanbieden erkend zijn.

## Artikel 4 Leiding over de route: het Routebureau

1. De dagelijkse leiding over de route berust bij het Routebureau. Het Routebureau bestaat uit:
> a. de routemanager, die in dienst is van ROC Maas en Peel en voor deze functie ten minste 0,4 fte beschikbaar heeft;
> b. drie locatiecoördinatoren, één per school, elk met ten minste 0,2 fte voor deze taak.

2. De routemanager wordt benoemd door het Bestuurlijk Overleg, op voordracht van het college van bestuur van ROC Maas en Peel, voor een periode van drie schooljaren; herbenoeming is mogelijk. Elke locatiecoördinator wordt aangewezen door het bevoegd gezag van de eigen school, nadat de routemanager is gehoord. Bij langdurige afwezigheid van de routemanager wijst het Bestuurlijk Overleg binnen vier weken een waarnemer aan.

3. De bevoegde gezagsorganen dragen aan het Routebureau de volgende taken op:
> a. het jaarlijks opstellen en bijstellen van het routeplan en het voorleggen daarvan aan het Bestuurlijk Overleg;
> b. het roosteren en afstemmen van de inzet van docenten en van de praktijkruimten tussen de locaties;
> c. de intake en plaatsing van deelnemers, binnen de afgesproken capaciteit;
> d. het bewaken van de kwaliteit van de route en van de in-, door- en uitstroom;
> e. het voorbereiden en voeren van het overstapoverleg, bedoeld in artikel 9;
> f. het onderhouden van de contacten met de werkveldcommissie en de Adviescommissie.

4. Het Routebureau beslist zelfstandig, binnen het vastgestelde routeplan en de begroting, over het rooster, de groepsindeling, de verdeling van de praktijklessen over de locaties en het aanvaarden van bpv-plaatsen. Besluiten over wijziging van het routeplan, de begroting, de personeelsformatie en toelating boven de capaciteit van 48 deelnemers per cohort legt het Routebureau voor aan het Bestuurlijk Overleg. De werkgeversbevoegdheden blijven bij het bevoegd gezag waarbij de betrokken medewerker in dienst is.

## Artikel 5 Bestuurlijk Overleg, informatie en verantwoording

1. De vier bevoegde gezagsorganen vormen samen het Bestuurlijk Overleg. Iedere partij wordt daarin vertegenwoordigd door een lid van het college van bestuur of een daartoe gemandateerde directeur. Het Bestuurlijk Overleg vergadert ten minste twee keer per schooljaar, in november en in juni.

2. Het Routebureau houdt de bevoegde gezagsorganen op de hoogte door middel van:
> a. een kwartaalbericht, binnen drie weken na afloop van ieder kwartaal, met de aantallen deelnemers per school en per leerjaar, het verzuim, de uitval en de overstappen van dat kwartaal;
> b. een jaarverslag over het afgelopen schooljaar, uiterlijk op 1 november, met de in-, door- en uitstroom per school, de examenresultaten, de besteding van de overgedragen middelen en de adviezen van de werkveldcommissie en de Adviescommissie;
> c. een onverwijlde melding van ernstige incidenten en van een dreigende overschrijding van de begroting.

3. De routemanager legt in de novembervergadering van het Bestuurlijk Overleg verantwoording af over het jaarverslag. Het Bestuurlijk Overleg stelt het jaarverslag vast. Ieder bevoegd gezag kan daarnaast op elk moment aanvullende inlichtingen vragen; het Routebureau verstrekt die binnen twee weken.

## Artikel 6 Programma, examinering en inschrijving

1. Het routeplan beschrijft voor ieder leerjaar van de route het onderwijsprogramma, de examinering en de beroepspraktijkvorming, en geeft aan welke onderdelen tot het vmbo-programma, welke tot het mbo-programma en welke tot beide behoren. Het Bestuurlijk Overleg stelt het routeplan jaarlijks vóór 1 juli vast.

2. Het centraal examen van het vmbo wordt afgenomen in het tweede leerjaar van de route. Onderdelen van het mbo-programma, waaronder examens van de beroepsgerichte onderdelen, kunnen vanaf het eerste leerjaar van de route worden aangeboden en afgenomen.

3. Iedere school blijft verantwoordelijk voor het vmbo-deel van de route en voor de examinering en diplomering van het vmbo; ROC Maas en Peel is verantwoordelijk voor het mbo-deel, de beroepspraktijkvorming en de examinering en diplomering van het mbo.

4. De deelnemer staat in de vo-fase ingeschreven bij de school en wordt bij de overgang naar de mbo-fase ingeschreven bij ROC Maas en Peel. Klachten over gedragingen van medewerkers van een andere partij worden behandeld volgens de klachtenregeling van de partij waar de deelnemer staat ingeschreven; de andere partij werkt daaraan mee.

## Artikel 7 Inzet van personeel

1. In de vo-fase verzorgen de docenten van de scholen de algemene vakken en het profieldeel PIE. ROC Maas en Peel zet in leerjaar 4 van het vmbo per groep acht lesuren per week docenten elektrotechniek in, die lesgeven op de locatie van de school en tijdens de praktijkdag op de Techniekcampus.

2. Voor de programmaonderdelen "Installeren in de woning" en "Project energietransitie", die in het routeplan als vakoverstijgend zijn aangeduid, werken de docenten van de school en van ROC Maas en Peel als één team. Daarbij is voor ieder programmaonderdeel ten minste één bevoegde docent betrokken (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB).

3. In de mbo-fase kan ROC Maas en Peel voor deelnemers die het vmbo-diploma nog niet hebben behaald een beroep doen op docenten Nederlands en rekenen van de school van herkomst.

4. Iedere medewerker blijft in dienst van zijn eigen werkgever, die de werkgeversbevoegdheden behoudt. Een medewerker die op een locatie van een andere partij werkt, volgt de huisregels van die partij. Partijen organiseren ieder schooljaar twee gezamenlijke studiedagen voor het team van de route.

## Artikel 8 Locaties en faciliteiten

1. De route wordt verzorgd op de volgende locaties, met de daarbij genoemde faciliteiten:

| Locatie | Wat er plaatsvindt | Faciliteiten die beschikbaar worden gesteld |
| Raamdal College, Uden | vo-fase: algemene vakken en profieldeel PIE | praktijklokaal elektrotechniek met 16 werkplekken |
| Kanaalcollege, Veghel | vo-fase: algemene vakken en profieldeel PIE | praktijklokaal installatietechniek met domotica-opstelling |
| De Kam, Gemert | vo-fase: algemene vakken en profieldeel PIE | werkplaats met schakelkasten en meetapparatuur |
| ROC Maas en Peel, Techniekcampus Uden | wekelijkse praktijkdag in leerjaar 4 en de volledige mbo-fase | installatiehal, daklab zonnepanelen, warmtepompopstelling, examenruimte |

2. Iedere partij stelt haar faciliteiten aan de deelnemers en docenten van de andere partijen ter beschikking volgens het rooster van het Routebureau. De eigendom van de faciliteiten blijft bij de partij die ze beschikbaar stelt; schade die een deelnemer veroorzaakt wordt afgehandeld via de verzekering van de partij waar de deelnemer staat ingeschreven.

3. ROC Maas en Peel geeft deelnemers vanaf leerjaar 4 van het vmbo toegang tot haar digitale leeromgeving. De scholen regelen het vervoer van de deelnemers naar de Techniekcampus op de praktijkdag.

## Artikel 9 Uitstappen en overstappen

1. Dit artikel is van toepassing wanneer de deelname van een deelnemer aan de route eindigt voordat hij de route met succes heeft afgerond, wanneer hij is afgewezen voor het vmbo-examen, of wanneer hij aan het eind van het derde leerjaar van de route het vmbo-diploma nog niet heeft.

2. Binnen vier weken nadat het Routebureau van zo'n situatie weet, houden de locatiecoördinator en een loopbaanadviseur van ROC Maas en Peel een overstapoverleg met de deelnemer en, als hij minderjarig is, zijn ouders. De school en ROC Maas en Peel bepalen gezamenlijk, op basis van het onderwijsniveau dat de deelnemer heeft bereikt, zijn leeftijd en zijn wensen, welke voortzetting het meest kansrijk is. De uitkomst wordt vastgelegd in een overstapplan dat door beiden wordt ondertekend.

3. Partijen bieden in ieder geval de volgende mogelijkheden:
> a. in de vo-fase: voortzetting in het reguliere programma van de kaderberoepsgerichte leerweg PIE op de eigen school, of in een ander profiel of een andere leerweg, gericht op het vmbo-diploma; behaalde mbo-onderdelen worden vastgelegd en tellen later mee;
> b. zonder vmbo-diploma aan het eind van het derde leerjaar van de route: instroom in een andere technische opleiding op niveau 3 bij ROC Maas en Peel, of een extra jaar om het vmbo-diploma alsnog te halen;
> c. als niveau 3 te hoog blijkt: de opleiding Monteur elektrotechnische installaties op niveau 2 bij ROC Maas en Peel;
> d. bij een andere beroepswens: een opleiding die leidt tot een vergelijkbaar diploma in een ander domein bij ROC Maas en Peel, of bij een andere instelling in de regio, met een warme overdracht.

4. Voor een opleiding bij ROC Maas en Peel gelden bij een overstap de vooropleidingseisen niet. Wil de deelnemer naar een andere instelling, dan verstrekt ROC Maas en Peel de informatie die die instelling nodig heeft voor een onderzoek naar de geschiktheid van de deelnemer.

5. Plaatsing in de Entree-opleiding komt alleen aan de orde als in het overstapoverleg gezamenlijk is vastgesteld dat een startkwalificatie voor de deelnemer niet haalbaar is. De uitwerking van deze werkwijze wordt opgenomen in de schoolgidsen van de scholen en in de studiegids van ROC Maas en Peel.

## Artikel 10 Overdracht van middelen

1. Met toepassing van artikel 5.42a WVO 2020 draagt iedere school een deel van de door haar ontvangen bekostiging over aan ROC Maas en Peel. Omgekeerd draagt ROC Maas en Peel geen bekostiging over aan de scholen.

2. De omvang van de overdracht bedraagt per school per schooljaar:
> a. € 740 voor iedere leerling die op 1 oktober van dat schooljaar in het tweede leerjaar van de route bij die school staat ingeschreven; en
> b. een vast bedrag van € 3.500.

3. Het bedrag per leerling, bedoeld in lid 2 onder a, is uitsluitend bestemd voor de inzet van de docenten elektrotechniek van ROC Maas en Peel in de vo-fase, bedoeld in artikel 7 lid 1, en voor het verbruiksmateriaal van de praktijkdag op de Techniekcampus. Het vaste bedrag, bedoeld in lid 2 onder b, is bestemd voor de kosten van het Routebureau.

4. ROC Maas en Peel factureert de bedragen vóór 1 december van het betrokken schooljaar. In het jaarverslag, bedoeld in artikel 5, wordt verantwoord hoe de middelen zijn besteed; een niet bestede rest wordt naar rato aan de scholen terugbetaald.

## Artikel 11 Gemeenschappelijke Adviescommissie Elektroroute

1. De rechten van de medezeggenschapsraden van de scholen en van de studentenraad en de ondernemingsraad van ROC Maas en Peel blijven onverkort van kracht. Partijen maken daarnaast de volgende aanvullende afspraken.

2. Partijen stellen een Gemeenschappelijke Adviescommissie Elektroroute in. De Adviescommissie bestaat uit zeven leden:
> a. per school één lid, aangewezen door de medezeggenschapsraad van die school uit de ouder- of leerlinggeleding;
> b. één lid uit het personeel van de scholen, door de drie medezeggenschapsraden gezamenlijk aangewezen;
> c. twee leden aangewezen door de studentenraad van ROC Maas en Peel, bij voorkeur studenten van de route;
> d. één lid aangewezen door de ondernemingsraad van ROC Maas en Peel uit de docenten van de route.

3. Het Routebureau vraagt vooraf advies aan de Adviescommissie over iedere voorgenomen wijziging van het routeplan die de onderwijstijd, de locaties of de verdeling van lessen over de locaties betreft, over een wijziging van de werkwijze bij uitstappen en overstappen (artikel 9) en over de jaarlijkse besteding van de overgedragen middelen (artikel 10). De Adviescommissie kan ook ongevraagd advies uitbrengen.

4. De Adviescommissie brengt haar advies uit binnen zes weken. Wijkt het Routebureau of het Bestuurlijk Overleg van het advies af, dan wordt dat schriftelijk gemotiveerd. Het Bestuurlijk Overleg spreekt ten minste één keer per schooljaar met de Adviescommissie.

5. Het Routebureau verzorgt het secretariaat van de Adviescommissie; partijen stellen vergaderruimte en een jaarlijkse scholing beschikbaar. Deelnemers in de vo-fase mogen bovendien de vergaderingen van de studentenraad van ROC Maas en Peel bijwonen en hebben daar spreekrecht over onderwerpen die de route betreffen.

## Artikel 12 Verschillen van inzicht

1. Ontstaat tussen partijen een geschil over de uitvoering van deze overeenkomst, dan meldt de partij die dat vindt dit schriftelijk aan de andere betrokken partijen en aan het Routebureau.

2. Het Routebureau probeert het geschil binnen drie weken met de betrokkenen op te lossen. Lukt dat niet, dan wordt het geschil geagendeerd voor een extra vergadering van het Bestuurlijk Overleg, die binnen vier weken plaatsvindt.

3. Komt het Bestuurlijk Overleg niet tot een oplossing, dan schakelen de betrokken partijen een bij de Mediatorsfederatie Nederland geregistreerde mediator in; de kosten worden door hen in gelijke delen gedragen.

4. Is het geschil drie maanden na de start van de mediation niet opgelost, dan kan iedere betrokken partij het voorleggen aan de bevoegde rechter van de rechtbank Oost-Brabant.

5. Zolang een geschil loopt, wordt de route ongewijzigd voortgezet en ondervinden deelnemers daarvan geen nadeel.

## Artikel 13 Toetreding van nieuwe partijen

1. Het bevoegd gezag van een andere school voor vbo of mavo die het profiel PIE aanbiedt, of van een andere instelling voor beroepsonderwijs, kan tot deze overeenkomst toetreden, als:
> a. het verzoek uiterlijk zes maanden vóór de gewenste ingangsdatum schriftelijk bij het Bestuurlijk Overleg is ingediend;
> b. het Bestuurlijk Overleg unaniem instemt;
> c. de nieuwe partij een toetredingsverklaring ondertekent waarin zij deze overeenkomst en het geldende routeplan aanvaardt.

2. Toetreding gaat in op 1 augustus. De nieuwe partij en de bestaande partijen melden de wijziging gezamenlijk aan de minister en passen de registratie in RIO aan. Toetreding mag geen gevolgen hebben voor de plaatsing van deelnemers die de route al volgen.

## Artikel 14 Looptijd, opzegging en ontbinding

1. Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd. Partijen evalueren de overeenkomst iedere drie jaar, voor het eerst in het schooljaar 2027-2028.

2. Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 31 juli van een schooljaar, met inachtneming van een opzegtermijn van twaalf maanden. Na ontvangst van de opzegging worden bij de opzeggende school geen nieuwe deelnemers meer toegelaten.

3. Deelnemers die op het moment van opzegging al aan de route deelnemen, ronden de route af. De opzeggende school blijft de vo-fase verzorgen voor haar deelnemers die al in de route zitten; ROC Maas en Peel blijft de mbo-fase verzorgen voor alle deelnemers die vóór de einddatum zijn gestart. Zegt ROC Maas en Peel op, dan eindigt de overeenkomst voor alle partijen, maar verzorgt ROC Maas en Peel de mbo-fase voor alle deelnemers die vóór de einddatum zijn ingestroomd.

4. Een partij kan de overeenkomst ontbinden als een andere partij ernstig tekortschiet en dat na een schriftelijke ingebrekestelling met een termijn van twee maanden niet herstelt. Ook dan stellen partijen binnen twee maanden een afbouwregeling vast, waarin de bescherming van lid 3 onverkort geldt.

5. Eindigt de overeenkomst voor één school, dan blijft zij tussen de overige partijen van kracht.

## Artikel 15 Wijziging

1. Deze overeenkomst kan alleen worden gewijzigd bij een schriftelijk addendum dat door alle partijen is ondertekend. Voorafgaand aan een wijziging van artikel 9 of artikel 11 wordt het advies van de Adviescommissie gevraagd.

2. Een wijziging die het programma of de overstapmogelijkheden raakt, geldt voor cohorten die na de wijziging starten. Voor deelnemers die al in de route zitten geldt een wijziging alleen als die voor hen gunstiger is.

3. Bijstelling van het routeplan binnen het kader van deze overeenkomst verloopt volgens de artikelen 4 en 6 en vergt geen addendum.

## Artikel 16 Slotbepalingen

1. Op deze overeenkomst is Nederlands recht van toepassing.

2. De bijlage maakt deel uit van deze overeenkomst. Bij strijd tussen de overeenkomst en de bijlage gaat de overeenkomst voor.

Aldus overeengekomen en in viervoud ondertekend te Uden op 30 juni 2025.

| Partij | Naam en functie | Handtekening |
| Stichting Onderwijsgroep Hoge Raam | drs. E.M. van Kessel-Bouwmans, voorzitter college van bestuur | |
| Vereniging voor Christelijk Voortgezet Onderwijs aan de Zuid-Willemsvaart | ing. P.J.M. Raaijmakers, bestuurder | |
| Stichting voor Voortgezet Onderwijs Gemert-Bakel en omstreken | M.A.C. Swinkels MBA, voorzitter college van bestuur | |
| Stichting Regionaal Opleidingencentrum Maas en Peel | dr. H.W. Lathouwers, voorzitter college van bestuur | |

::pagebreak

## Bijlage: contactgegevens en eerste bezetting

| Rol | Naam | Organisatie |
| Routemanager (benoemd door het Bestuurlijk Overleg op 16 juni 2025) | J.A.M. (Joost) van Lith | ROC Maas en Peel |
| Locatiecoördinator | S. (Sanne) Hendriks | Raamdal College |
| Locatiecoördinator | R. (Rik) van den Boogaard | Kanaalcollege |
| Locatiecoördinator | F. (Fatma) Yildiz | De Kam |
| Voorzitter werkveldcommissie | H. van Dinther | Van Dinther Installatietechniek B.V. |
"""

sample(293, "consortium_vier_partijen_considerans_begrippen_maashorst_elektro", "docx",
       "DOCX, long formal article-style consortium of three vmbo boards and one ROC (Noordoost-Brabant, "
       "PIE kb -> mbo 3 Eerste monteur elektrotechnische installaties), long considerans and "
       "definitions article; g transfer school->ROC with per-pupil omvang and bestemming; h a real "
       "joint advisory commission with advice rights; fully compliant",
       dict(a="present", b="present", c="present", d="present", e="present", f="present",
            g="present", h="present", i="present", j="present"),
       dict(a="Artikel 2 De route", b="Artikel 3 Werkveld en leerbedrijven",
            c="Artikel 4 Leiding over de route: het Routebureau",
            d="Artikel 5 Bestuurlijk Overleg, informatie en verantwoording",
            e="Artikel 7 Inzet van personeel", f="Artikel 9 Uitstappen en overstappen",
            g="Artikel 10 Overdracht van middelen",
            h="Artikel 11 Gemeenschappelijke Adviescommissie Elektroroute",
            i="Artikel 12 Verschillen van inzicht",
            j="Artikel 14 Looptijd, opzegging en ontbinding"),
       T293)

# --------------------------------------------------------------------------------------------
# 294  interne regeling of an AOC, "de afdelingen", plainly no transfer (MD)
# --------------------------------------------------------------------------------------------
T294 = """
# Interne regeling doorlopende leerroute Groen – Paardenhouderij

**AOC De Berkel – vmbo-afdeling Lochem en mbo-afdeling Zutphen**

*Vastgesteld bij besluit van het college van bestuur d.d. 24 juni 2025, kenmerk CvB/2025/118*

---

Het college van bestuur van de Stichting Agrarisch Opleidingscentrum De Berkel, als enig bevoegd gezag van zowel de vmbo-afdeling als de mbo-afdeling van AOC De Berkel;

gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;

overwegende dat de doorlopende leerroute volledig binnen één rechtspersoon wordt verzorgd, zodat geen samenwerkingsovereenkomst wordt gesloten maar een interne regeling wordt vastgesteld;

gehoord de directeuren van beide afdelingen;

besluit de volgende regeling vast te stellen.

## § 1 Begrippen

In deze regeling wordt verstaan onder:

- **de afdelingen**: de vmbo-afdeling van AOC De Berkel, locatie Lochem (school voor vbo), en de mbo-afdeling van AOC De Berkel, locatie Zutphen;
- **het college**: het college van bestuur van de Stichting Agrarisch Opleidingscentrum De Berkel;
- **de route**: de doorlopende leerroute vmbo-mbo die in § 2 is omschreven;
- **de routeleiding**: de leiding over de route, bedoeld in § 4;
- **routegids**: het jaarlijkse document waarin het programma, de toetsing en de stages per leerjaar van de route zijn beschreven (het PTA/OER van de route).

## § 2 Welke route

1. De afdelingen bieden samen een doorlopende leerroute aan van het vmbo-profiel **Groen**, kaderberoepsgerichte leerweg, naar de mbo-opleiding **Vakbekwaam medewerker paardenhouderij** (niveau 3, opleidingsdomein Voedsel, natuur en leefomgeving), in de beroepsopleidende leerweg.
2. Binnen het profiel Groen kiezen de leerlingen van de route de keuzevakken die over dierverzorging en het houden van paarden gaan.
3. De route begint in leerjaar 3 van het vmbo. Een leerling kiest in leerjaar 2 voor de route. Het eerste cohort start op 1 augustus 2025; er zijn twintig plaatsen per cohort.
4. Het college meldt de route aan de minister en registreert haar in RIO.

## § 3 Paardenbedrijven in de route

1. De route wordt samen met de paardensector in de Graafschap vormgegeven. Bij de start doen mee: Manege De Hessenhoeve (Laren), Fokstal Van Harreveld (Vorden), Pensionstal De Wiersse Weide (Vorden) en Paardenkliniek Achter de Berkel (Zutphen), allemaal door SBB erkende leerbedrijven.
2. Deze bedrijven vormen samen met de routeleiding de **werkveldraad paardenhouderij**, die twee keer per jaar bijeenkomt en advies geeft over de routegids en de praktijkopdrachten.
3. De bedrijven bieden:
   - vanaf leerjaar 4 een vaste stagedag per week voor iedere leerling van de route;
   - bpv-plaatsen in de mbo-fase;
   - ieder half jaar een levensechte opdracht (bijvoorbeeld het opzetten van een voerplan of het voorbereiden van een keuring);
   - een praktijkbeoordelaar bij de proeve van bekwaamheid.

## § 4 De routeleiding

1. De routeleiding bestaat uit de teamleider vmbo Groen van de locatie Lochem en de opleidingsmanager Dier van de locatie Zutphen, bijgestaan door een routecoördinator.
2. Het college benoemt de leden van de routeleiding, de routecoördinator op voordracht van de twee andere leden. Een benoeming geldt zolang de betrokkene de genoemde functie vervult; de routecoördinator wordt voor twee schooljaren benoemd.
3. Het college draagt de routeleiding op:
   - de routegids op te stellen en jaarlijks bij te stellen;
   - de lessen, stages en examens van beide afdelingen op elkaar af te stemmen;
   - docenten en ruimten van beide afdelingen voor de route in te roosteren;
   - het overstapgesprek, bedoeld in § 7, te voeren;
   - de contacten met de werkveldraad te onderhouden.
4. De routeleiding mag zelfstandig beslissen over roosters, groepsindeling, de verdeling van lessen over de locaties en het inzetten van docenten binnen de formatie die het college per afdeling heeft vastgesteld. Vaststelling van de routegids, het aantal plaatsen per cohort en de begroting blijven voorbehouden aan het college.

## § 5 Rapportage aan het college

1. De routeleiding brengt twee keer per jaar, vóór 1 maart en vóór 1 oktober, een schriftelijke voortgangsnotitie uit aan het college, met de aantallen leerlingen en studenten per leerjaar, het verzuim, de uitval, de overstappen en de resultaten van de examens.
2. Het college bespreekt de voortgangsnotitie met de routeleiding in het managementgesprek dat daarop volgt. De routeleiding legt daarin verantwoording af over de uitvoering van de routegids en de inzet van middelen.
3. Het college kan daarnaast op elk moment inlichtingen vragen; de routeleiding geeft die binnen tien werkdagen.

## § 6 Onderwijs, docenten en voorzieningen

1. De routegids beschrijft per leerjaar welk onderwijs, welke examens en welke stages er zijn, en welke delen bij het vmbo, bij het mbo of bij allebei horen. Het college stelt de routegids vóór 1 juli vast.
2. Het centraal examen vmbo wordt in het tweede leerjaar van de route afgenomen. Mbo-onderdelen, ook examens, kunnen vanaf het eerste leerjaar van de route worden aangeboden.
3. **Docenten.** In leerjaar 3 en 4 geven docenten van de vmbo-afdeling de algemene vakken en het profielvak; twee instructeurs paardenhouderij van de mbo-afdeling geven wekelijks de praktijklessen paardenverzorging en rijvaardigheid in de grond. Voor het vakoverstijgende onderdeel "Zorg voor het paard" werken zij als één team; voor ieder onderdeel is een bevoegde docent betrokken.
4. **Voorzieningen.** De leerlingen gebruiken vanaf leerjaar 3 de schoolstal met twaalf paarden, de rijhal en het dierpracticum van de locatie Zutphen. De vmbo-afdeling stelt het groenlab en de lokalen in Lochem beschikbaar voor de lessen van de mbo-instructeurs. Het vervoer tussen Lochem en Zutphen wordt met de schoolbus geregeld.
5. Leerlingen staan in de eerste twee leerjaren van de route ingeschreven bij de vmbo-afdeling, daarna bij de mbo-afdeling.

## § 7 Als de route niet goed gaat

1. Stopt een leerling met de route, wordt hij afgewezen voor het vmbo-examen, of heeft hij aan het eind van het derde routejaar zijn vmbo-diploma niet, dan houdt de routeleiding binnen drie weken een overstapgesprek met de leerling en zijn ouders.
2. De teamleider vmbo en de opleidingsmanager Dier beslissen samen, na dat gesprek, welke vervolgweg het beste past. Zij kijken naar wat de leerling al heeft gehaald, naar zijn leeftijd en naar wat hij zelf wil.
3. Mogelijke vervolgwegen zijn in ieder geval:
   - terug naar het gewone vmbo Groen kaderberoepsgerichte leerweg in Lochem, om het vmbo-diploma te halen;
   - een andere opleiding op niveau 3 in Zutphen, bijvoorbeeld Vakbekwaam medewerker dierverzorging, of niveau 2 als dat beter past;
   - zonder vmbo-diploma toch doorgaan in een mbo-opleiding van AOC De Berkel: de gewone toelatingseisen gelden dan niet;
   - een opleiding bij een andere school of instelling, met een warme overdracht.
4. De afspraken uit het overstapgesprek worden op papier gezet en aan de leerling en de ouders meegegeven. De werkwijze staat ook in de schoolgids.

## § 8 Geld

Er wordt tussen de afdelingen **geen bekostiging overgedragen**. De rijksbijdrage voor het voortgezet onderwijs blijft volledig bij de vmbo-afdeling, de rijksbijdrage voor het mbo volledig bij de mbo-afdeling. Artikel 5.42a WVO 2020 en artikel 9.1.15 WEB worden niet toegepast. Iedere afdeling draagt de kosten van haar eigen personeel en voorzieningen.

## § 9 Slot

1. Deze regeling treedt in werking op 1 augustus 2025.
2. Het college evalueert de regeling na drie jaar en stelt wijzigingen vast bij besluit. Een wijziging geldt niet ten nadele van leerlingen en studenten die de route al volgen.
3. Deze regeling wordt aangehaald als: Interne regeling route Paardenhouderij AOC De Berkel.

Zutphen, 24 juni 2025

Het college van bestuur van de Stichting Agrarisch Opleidingscentrum De Berkel,

ir. G.H. Wolters-Eskes, voorzitter        drs. B.J. ten Have, lid
"""

sample(294, "interne_regeling_aoc_afdelingen_graafschap_paardenhouderij", "md",
       "Markdown interne regeling (besluit) of one AOC, 'de afdelingen' and 'het college als enig "
       "bevoegd gezag' instead of partijen (Graafschap, Groen kb -> mbo 3 Vakbekwaam medewerker "
       "paardenhouderij); plain statement that no bekostiging is transferred; h/i/j not applicable; "
       "fully compliant",
       dict(a="present", b="present", c="present", d="present", e="present", f="present",
            g="present", h="not_applicable", i="not_applicable", j="not_applicable"),
       dict(a="§ 2 Welke route", b="§ 3 Paardenbedrijven in de route", c="§ 4 De routeleiding",
            d="§ 5 Rapportage aan het college", e="§ 6 Onderwijs, docenten en voorzieningen",
            f="§ 7 Als de route niet goed gaat", g="§ 8 Geld"),
       T294)

# --------------------------------------------------------------------------------------------
# 295  interne regeling of a verticale scholengemeenschap, internal transfer in a table (PDF)
# --------------------------------------------------------------------------------------------
T295 = """
# Regeling doorlopende leerroute Zorg en welzijn – Doktersassistent

::center Waterweg Scholengemeenschap, verticale scholengemeenschap vmbo-mbo te Vlaardingen en Maassluis

::center Interne regeling als bedoeld in artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB

## Hoofdstuk 1 Algemene bepalingen

### Artikel 1.1 Grondslag en reikwijdte

1. De Stichting Waterweg Scholengemeenschap is het bevoegd gezag van de school voor mavo en vbo "Waterweg College vmbo", locatie Westhavenkade te Vlaardingen, en van de instelling voor beroepsonderwijs "Waterweg mbo", locatie Sluispolder te Maassluis. Beide maken deel uit van één verticale scholengemeenschap.

2. Omdat de doorlopende leerroute volledig binnen de verticale scholengemeenschap wordt verzorgd, regelt het college van bestuur als enig bevoegd gezag de onderwerpen van artikel 2.107b, tweede lid, WVO 2020 in deze regeling. Waar deze regeling spreekt van "de vmbo-sector" en "de mbo-sector", worden de genoemde school en instelling bedoeld.

3. Deze regeling is vastgesteld nadat de sectordirecteuren zijn gehoord.

### Artikel 1.2 Begrippen

In deze regeling wordt verstaan onder:
> a. college: het college van bestuur van de Stichting Waterweg Scholengemeenschap;
> b. route: de doorlopende leerroute omschreven in artikel 2.1;
> c. routeleiding: de leiding over de route, bedoeld in artikel 3.1;
> d. deelnemer: een leerling of student die de route volgt;
> e. routedocument: het gezamenlijke PTA/OER van de route, bedoeld in artikel 4.1.

## Hoofdstuk 2 De route en het werkveld

### Artikel 2.1 Profiel en opleiding

1. De route verbindt het profiel Zorg en welzijn van de gemengde leerweg met de mbo-opleiding Doktersassistent, niveau 4 (middenkaderopleiding), in het opleidingsdomein Zorg en welzijn, beroepsopleidende leerweg.

2. De deelnemer behaalt in de route het vmbo-diploma gemengde leerweg met het profiel Zorg en welzijn en het mbo-diploma Doktersassistent. De route start in leerjaar 3 van het vmbo; de keuze voor de route wordt in leerjaar 2 gemaakt.

3. Het college meldt de route aan de minister en zorgt voor registratie in RIO.

### Artikel 2.2 Betrokkenheid van zorgaanbieders

1. Het werkveld wordt bij de route betrokken via de Praktijkraad Doktersassistent. Daarin hebben zitting: twee praktijkmanagers van huisartsenpraktijken uit Vlaardingen en Maassluis (bij de start Huisartsenpraktijk Westwijk-Oost en Medisch Centrum Sluispolder), een vertegenwoordiger van het regionale Zorgnetwerk Waterweg en een adviseur van SBB.

2. De Praktijkraad vergadert twee keer per schooljaar en geeft advies over het routedocument, de praktijkopdrachten en de keuzedelen.

3. De aangesloten praktijken verzorgen in de vo-fase per leerjaar twee meeloopdagen en vier gastlessen, stellen in de mbo-fase bpv-plaatsen beschikbaar en leveren een praktijkbeoordelaar voor de examens in de beroepspraktijk.

## Hoofdstuk 3 Leiding en verantwoording

### Artikel 3.1 Samenstelling en benoeming van de routeleiding

1. De leiding over de route berust bij de routeleiding, die bestaat uit de sectordirecteur vmbo, de sectordirecteur mbo en een routeregisseur.

2. Het college benoemt de routeregisseur voor een termijn van drie schooljaren, na een gezamenlijke voordracht van beide sectordirecteuren. De sectordirecteuren maken van rechtswege deel uit van de routeleiding zolang zij die functie vervullen.

### Artikel 3.2 Taken en mandaat van de routeleiding

1. Het college draagt aan de routeleiding op:
> a. het opstellen en jaarlijks bijstellen van het routedocument;
> b. de toelating van deelnemers tot de route;
> c. de inzet van personeel en het rooster over beide locaties;
> d. het voeren van het overstapgesprek, bedoeld in hoofdstuk 5;
> e. het onderhouden van de Praktijkraad.

2. De routeleiding is gemandateerd om binnen de door het college vastgestelde begroting en formatie te beslissen over het rooster, de groepsindeling, de verdeling van lessen over de locaties en de aanvaarding van bpv-plaatsen. Het vaststellen van het routedocument en wijzigingen in de formatie blijven aan het college voorbehouden.

### Artikel 3.3 Rapportage en verantwoording aan het college

1. De routeleiding stelt het college op de hoogte door een trimesterrapportage, uiterlijk drie weken na afloop van ieder trimester, met de instroom, het verzuim, de uitval, de overstappen en de studievoortgang per leerjaar.

2. De routeleiding legt jaarlijks vóór 15 oktober verantwoording af over het afgelopen schooljaar door middel van een jaarverslag route, dat het college bespreekt in het bestuurlijk overleg met beide sectordirecteuren. In het jaarverslag wordt ook de besteding van de overgehevelde middelen, bedoeld in artikel 6.1, verantwoord.

## Hoofdstuk 4 Inrichting van de route

### Artikel 4.1 Programma en examinering

1. Het routedocument beschrijft per leerjaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming, en geeft aan welke onderdelen tot het vmbo-programma, welke tot het mbo-programma en welke tot beide behoren. Het college stelt het routedocument jaarlijks vóór 1 juli vast.

2. Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de route. Mbo-onderdelen, waaronder examens, worden vanaf het eerste leerjaar van de route aangeboden.

### Artikel 4.2 Personeel

1. In de vo-fase verzorgen docenten van de vmbo-sector de algemene vakken en het profielvak Zorg en welzijn. Docenten doktersassistent van de mbo-sector verzorgen in leerjaar 4 zes uur per week de medisch-technische praktijklessen.

2. Voor de vakoverstijgende onderdelen "Het spreekuur" en "Communicatie met de patiënt" worden docenten van beide sectoren als één team ingezet; voor ieder onderdeel is ten minste één bevoegde docent betrokken.

### Artikel 4.3 Locaties en voorzieningen

1. De vo-fase wordt verzorgd op de locatie Westhavenkade, de mbo-fase op de locatie Sluispolder. In leerjaar 4 volgen deelnemers één dag per week les op de locatie Sluispolder.

2. De deelnemers maken gebruik van de praktijkruimte "huisartsenpraktijk" met twee spreekkamers, het laboratorium en de simulatiepop van de locatie Sluispolder, en van het zorglokaal en de ICT-voorzieningen van de locatie Westhavenkade.

3. Deelnemers staan in de vo-fase ingeschreven bij Waterweg College vmbo en daarna bij Waterweg mbo.

## Hoofdstuk 5 Overstappen

### Artikel 5.1 Wanneer en wie beslist

1. Dit hoofdstuk geldt als een deelnemer de route verlaat voordat hij haar met succes heeft afgerond, als hij is afgewezen voor het vmbo-examen of als hij na het derde routejaar nog geen vmbo-diploma heeft.

2. De sectordirecteur vmbo en de sectordirecteur mbo bepalen gezamenlijk, na een overstapgesprek met de deelnemer en zijn ouders, welke voortzetting past bij het bereikte onderwijsniveau en de leeftijd van de deelnemer.

### Artikel 5.2 Mogelijke voortzettingen

1. Ten minste de volgende voortzettingen staan open:
> a. in de vo-fase: het reguliere programma van de gemengde leerweg Zorg en welzijn, of een andere leerweg of een ander profiel, met als doel het vmbo-diploma;
> b. zonder vmbo-diploma na het derde routejaar: een mbo-opleiding op niveau 4 of 3 in het domein Zorg en welzijn bij Waterweg mbo, zoals Apothekersassistent of Medewerker maatschappelijke zorg, of een extra jaar om het vmbo-diploma te behalen;
> c. bij een andere beroepswens: een opleiding in een ander domein bij Waterweg mbo of bij een andere instelling, met een warme overdracht.

2. Bij een opleiding van Waterweg mbo worden bij een overstap geen vooropleidingseisen gesteld. Behaalde examenonderdelen blijven geldig.

## Hoofdstuk 6 Bekostiging

### Artikel 6.1 Overheveling van bekostiging tussen de sectoren

1. Met overeenkomstige toepassing van artikel 5.42a WVO 2020 en artikel 9.1.15 WEB hevelt het college voor de route jaarlijks de volgende middelen over tussen de sectoren:

| Van | Naar | Omvang | Bestemming | Moment |
| vmbo-sector | mbo-sector | € 1.050 per deelnemer die op 1 oktober in het tweede routejaar staat ingeschreven | inzet van docenten doktersassistent in de vo-fase (artikel 4.2, eerste lid) en verbruiksmateriaal van de praktijkruimte | januari |
| mbo-sector | vmbo-sector | € 420 per student in het derde routejaar die op 1 oktober nog geen vmbo-diploma heeft | begeleiding bij en afname van de resterende vmbo-examenonderdelen door docenten van de vmbo-sector | april |

2. Andere overhevelingen van bekostiging ten behoeve van de route vinden niet plaats. De overheveling wordt in de jaarrekening per sector zichtbaar gemaakt.

## Hoofdstuk 7 Slotbepalingen

### Artikel 7.1 Inwerkingtreding en evaluatie

1. Deze regeling treedt in werking op 1 augustus 2025.

2. Het college evalueert de regeling in het schooljaar 2027-2028. Een wijziging van deze regeling geldt voor deelnemers die de route al volgen alleen als zij daardoor niet in een nadeliger positie komen.

Vastgesteld door het college van bestuur van de Stichting Waterweg Scholengemeenschap te Vlaardingen op 27 juni 2025.

mr. A.C. Verbeek-Molenaar, voorzitter college van bestuur
"""

sample(295, "interne_regeling_vsg_enig_bevoegd_gezag_waterweg_doktersassistent", "pdf",
       "PDF interne regeling of a verticale scholengemeenschap in chapters and decimal articles, "
       "'het college van bestuur als enig bevoegd gezag' and 'de sectoren' (Waterweg, Z&W gl -> mbo 4 "
       "Doktersassistent); internal two-way transfer of bekostiging with omvang and bestemming in a "
       "table; h/i/j not applicable; fully compliant",
       dict(a="present", b="present", c="present", d="present", e="present", f="present",
            g="present", h="not_applicable", i="not_applicable", j="not_applicable"),
       dict(a="Artikel 2.1 Profiel en opleiding", b="Artikel 2.2 Betrokkenheid van zorgaanbieders",
            c="Artikel 3.1 Samenstelling en benoeming van de routeleiding",
            d="Artikel 3.3 Rapportage en verantwoording aan het college",
            e="Artikel 4.2 Personeel", f="Artikel 5.2 Mogelijke voortzettingen",
            g="Artikel 6.1 Overheveling van bekostiging tussen de sectoren"),
       T295)

# --------------------------------------------------------------------------------------------
# 296  geïntegreerde route vmbo-basis -> mbo 2 in plain language, no transfer, h only "kan" (DOCX)
# --------------------------------------------------------------------------------------------
T296 = """
# Samenwerkingsovereenkomst geïntegreerde route Media, vormgeving en ICT – Medewerker ICT

::center Geleenbeek College en ROC Graetheide – in gewone taal geschreven, zodat ook leerlingen en ouders kunnen lezen wat wij afspreken

## Wie maken deze afspraken

Deze afspraken worden gemaakt door:

- Stichting Openbaar Voortgezet Onderwijs Westelijke Mijnstreek, gevestigd in Sittard, het bestuur van het Geleenbeek College (school voor vbo). Voor deze afspraken tekent de bestuurder, de heer L.J.M. Dassen. In deze tekst noemen we dit bestuur "de school".
- Stichting ROC Graetheide, gevestigd in Geleen. Voor deze afspraken tekent de voorzitter van het college van bestuur, mevrouw dr. C.A.W. Pluijmen-Coenen. In deze tekst noemen we dit bestuur "het ROC".

Samen noemen we ons "wij". Met "de route" bedoelen we de geïntegreerde route die hieronder staat beschreven.

## Waarom deze afspraken

Sommige leerlingen van de basisberoepsgerichte leerweg leren het best door te doen. Voor hen is het fijn als ze zonder knip kunnen doorleren tot een mbo-diploma. De wet noemt dat een geïntegreerde route (artikel 2.107l WVO 2020 en artikel 9.1.17 WEB). Een leerling in deze route hoeft geen vmbo-examen te doen, maar haalt aan het eind een mbo-diploma op niveau 2. Wij spreken hieronder af hoe we dat samen doen.

## 1. De route

1.1 De route begint bij het profiel Media, vormgeving en ICT in de basisberoepsgerichte leerweg van het Geleenbeek College en eindigt met het mbo-diploma Medewerker ICT, niveau 2, in het opleidingsdomein ICT en creatieve industrie, in de beroepsopleidende leerweg van het ROC.

1.2 De route duurt vier jaar: twee jaar op de school (leerjaar 3 en 4 van het vmbo) en twee jaar op het ROC. Een leerling kiest in leerjaar 2 voor de route, samen met zijn ouders en na een gesprek met de mentor en een docent van het ROC.

1.3 Per jaar is er plaats voor zestien leerlingen. De eerste groep begint op 1 augustus 2025. Wij melden de route samen bij de minister en zetten haar in het register RIO.

## 2. Samen met bedrijven

2.1 Wij werken samen met ICT-bedrijven uit de Westelijke Mijnstreek. Bij de start zijn dat PC-Hulp Sittard, Netwerkbeheer Born B.V., de ICT-afdeling van Zorggroep Westelijke Mijnstreek en Chemelot Digital Services in Geleen. Het zijn erkende leerbedrijven.

2.2 Deze bedrijven doen het volgende:
- ze geven in leerjaar 3 en 4 ieder jaar vier gastlessen, bijvoorbeeld over het veilig instellen van een netwerk;
- ze bieden in leerjaar 4 een snuffelstage van vijf dagen en daarna stageplaatsen (bpv) in de mbo-jaren;
- ze bedenken samen met de docenten echte opdrachten, zoals het klaarmaken van laptops voor een buurthuis;
- een medewerker van een bedrijf beoordeelt mee bij het praktijkexamen.

2.3 Twee keer per jaar komen de bedrijven en het routeteam bij elkaar in de Bedrijvenkring ICT. Daar bespreken we wat er in het lesprogramma moet veranderen.

## 3. Wie de route leidt

3.1 De route wordt geleid door een routeteam van drie mensen: de teamleider basis van het Geleenbeek College, de opleidingsmanager ICT van het ROC en een routecoördinator.

3.2 De teamleider en de opleidingsmanager worden door hun eigen bestuur aangewezen. De routecoördinator wordt door de school en het ROC samen benoemd, voor twee schooljaren. Daarna kan dat opnieuw.

3.3 Het routeteam heeft van beide besturen deze taken gekregen:
- het lesprogramma per jaar maken;
- het rooster maken en de docenten en lokalen van school en ROC verdelen;
- beslissen welke leerlingen in de route worden toegelaten;
- de gesprekken voeren met leerlingen die willen overstappen (zie hoofdstuk 6);
- contact houden met de bedrijven.

3.4 Het routeteam mag zelf beslissen over het rooster, de groepen, de verdeling van lessen over school en ROC en het aannemen van stageplaatsen. Over geld boven het budget, over nieuw personeel en over het vaststellen van het lesprogramma beslissen de besturen.

## 4. Hoe de besturen op de hoogte blijven

4.1 Het routeteam schrijft twee keer per jaar, in januari en in juli, een kort verslag voor beide besturen. Daarin staat hoeveel leerlingen er in de route zitten, wie er is gestopt of overgestapt, hoe de resultaten zijn en welke klachten er waren.

4.2 Eén keer per jaar, in september, komt het routeteam naar het bestuurlijk overleg van de school en het ROC. Daar legt het uit hoe het afgelopen jaar is gegaan en wat het met de afspraken heeft gedaan. De besturen kunnen altijd extra informatie vragen; het routeteam geeft die binnen twee weken.

## 5. Lessen, docenten en lokalen

5.1 Het lesprogramma per jaar, met de toetsen, de examens en de stages, staat in het routeboekje. Daarin staat ook welke delen vmbo zijn, welke mbo en welke allebei. De besturen stellen het routeboekje elk jaar vóór 1 juli vast. In deze route doet de leerling geen vmbo-examen; mbo-examens kunnen vanaf het eerste jaar van de route.

5.2 Waar les: leerjaar 3 en 4 op het Geleenbeek College in Sittard, met één dag per week in het ICT-lab van het ROC in Geleen. De mbo-jaren op het ROC.

5.3 Wie lesgeeft: docenten Media, vormgeving en ICT van de school en docenten ICT van het ROC. Het ROC zet in leerjaar 4 vier uur per week een eigen docent in op de school. Voor het onderdeel "Computers en netwerken" werken de docenten van school en ROC als één team; voor elk onderdeel is er minstens één bevoegde docent. Iedere docent blijft in dienst van zijn eigen werkgever.

5.4 Wat we van elkaar gebruiken: de leerlingen gebruiken het ICT-lab van het ROC met netwerkkasten, servers en een reparatieruimte, en de laptops van het ROC. De docenten van het ROC gebruiken op de school de mediawerkplaats en de computerlokalen.

5.5 In de eerste twee jaar staat de leerling ingeschreven op de school, daarna bij het ROC.

## 6. Als een leerling uit de route stapt

6.1 Wij beloven iedere leerling die uit de route stapt een passende plek. Een passende plek is een opleiding waarmee de leerling toch een diploma kan halen. Dat is dus niet vanzelf de Entree-opleiding.

6.2 Wat er kan, hangt af van het moment:
- Stopt de leerling in het eerste of tweede jaar van de route? Dan kan hij verder in de gewone basisberoepsgerichte leerweg van het Geleenbeek College, in hetzelfde profiel of een ander profiel, en het gewone vmbo-examen doen.
- In deze route hoeft niemand een vmbo-examen te doen. Toch mag iedere leerling tot en met het derde jaar van de route alsnog het vmbo-examen basis doen. Slaagt hij, dan heeft hij een vmbo-diploma, hoeft hij de route niet af te maken en kan hij met dat diploma een andere mbo-opleiding kiezen.
- Past het werk met computers toch niet? Dan zoeken we een andere opleiding op niveau 2 bij het ROC, bijvoorbeeld in de techniek, de logistiek of de zorg. De leerling hoeft daarvoor geen extra toelatingseisen te halen.
- Wil de leerling naar een andere school of opleiding in de regio? Dan helpen we met de aanmelding en geven we, met toestemming, de gegevens door die die school nodig heeft om te beoordelen of de opleiding past.
- Alleen als een diploma op niveau 2 echt niet haalbaar is, kiezen we samen met de leerling en zijn ouders voor de Entree-opleiding, met begeleiding naar werk.

6.3 Wie beslist: de mentor van de school en de studieloopbaanbegeleider van het ROC praten met de leerling en zijn ouders. Daarna beslissen de teamleider van de school en de opleidingsmanager van het ROC samen welke plek het wordt. Ze kijken naar wat de leerling al heeft gehaald, hoe oud hij is en wat hij zelf wil. Dit gebeurt binnen vier weken en de afspraak gaat op papier. Deze werkwijze staat ook in de schoolgids.

## 7. Geld

Er gaat geen geld van de school naar het ROC en ook geen geld van het ROC naar de school: wij dragen geen bekostiging aan elkaar over. Iedere partij betaalt zelf haar eigen docenten, lokalen en materialen.

## 8. Inspraak

Voor inspraak volgen wij de wet. De medezeggenschapsraad van het Geleenbeek College en de studentenraad van het ROC kunnen advies geven over de route.

## 9. Als we het oneens zijn

9.1 Zijn de school en het ROC het oneens over hoe deze afspraken worden uitgevoerd, dan praat eerst het routeteam erover. Lukt het niet binnen drie weken, dan gaan de directeur van het Geleenbeek College en de directeur van het ROC-college ICT erover praten.

9.2 Lukt dat binnen zes weken ook niet, dan vragen de twee besturen samen een onafhankelijke bemiddelaar (mediator). De kosten delen we.

9.3 Komen we er dan nog niet uit, dan mag ieder bestuur de zaak voorleggen aan de rechter bij de rechtbank Limburg in Maastricht.

9.4 Tijdens zo'n verschil van mening gaan de lessen gewoon door. Leerlingen merken er niets van.

## 10. Nieuwe partners, stoppen en veranderen

10.1 **Nieuwe partner.** Een andere vmbo-school of mbo-instelling mag meedoen als beide besturen daar schriftelijk mee akkoord gaan en de nieuwe partner deze afspraken ondertekent. Een nieuwe partner begint op 1 augustus. We melden dat samen bij DUO.

10.2 **Stoppen.** Deze afspraken gelden vanaf 1 augustus 2025 en blijven gelden tot een van ons opzegt. Opzeggen kan alleen schriftelijk, tegen 31 juli, met een opzegtermijn van één jaar. Na een opzegging komen er geen nieuwe leerlingen meer in de route.

10.3 **Leerlingen gaan voor.** Leerlingen die al in de route zitten, maken de route af, ook als de afspraken stoppen. De school en het ROC blijven daarvoor zorgen tot de laatste leerling klaar is of een passende plek heeft.

10.4 **Veranderen.** Deze afspraken kunnen alleen veranderen als beide besturen een nieuwe versie ondertekenen. Een verandering mag leerlingen die al in de route zitten niet benadelen.

## Ondertekening

Sittard, 1 juli 2025

| Voor de school | Voor het ROC |
| L.J.M. Dassen, bestuurder Stichting Openbaar Voortgezet Onderwijs Westelijke Mijnstreek | dr. C.A.W. Pluijmen-Coenen, voorzitter college van bestuur Stichting ROC Graetheide |
"""

sample(296, "geintegreerde_route_gewone_taal_westelijke_mijnstreek_medewerker_ict", "docx",
       "DOCX plain-language (wij-vorm) agreement for a geïntegreerde route vmbo-basis -> mbo 2 "
       "(Westelijke Mijnstreek, MVI bb -> Medewerker ICT niveau 2): passende plek guaranteed, not "
       "automatically Entree, vmbo exam still possible up to the third year; plainly no transfer of "
       "bekostiging; h only says the MR/studentenraad 'kunnen' advise (not_applicable); fully compliant",
       dict(a="present", b="present", c="present", d="present", e="present", f="present",
            g="present", h="not_applicable", i="present", j="present"),
       dict(a="1. De route", b="2. Samen met bedrijven", c="3. Wie de route leidt",
            d="4. Hoe de besturen op de hoogte blijven", e="5. Lessen, docenten en lokalen",
            f="6. Als een leerling uit de route stapt", g="7. Geld",
            i="9. Als we het oneens zijn", j="10. Nieuwe partners, stoppen en veranderen"),
       T296)

# --------------------------------------------------------------------------------------------
# 297  renewal replacing the 2021 agreement; DEFECT g: omvang given, bestemming deferred (PDF)
# --------------------------------------------------------------------------------------------
T297 = """
# Samenwerkingsovereenkomst doorlopende leerroute Afbouw 2025

::center Vakcollege De Poel (Goes) en ROC Zeeuwse Stromen – vervangt de overeenkomst van 12 april 2021

## Partijen

**Stichting Christelijk Voortgezet Onderwijs De Bevelanden**, gevestigd te Goes, bevoegd gezag van Vakcollege De Poel, school voor vbo, hierna "De Poel", vertegenwoordigd door de heer drs. W.J. Koppejan, voorzitter van het college van bestuur,

en

**Stichting ROC Zeeuwse Stromen**, gevestigd te Middelburg, hierna "het ROC", vertegenwoordigd door mevrouw ir. A.M. Verhage-de Visser, lid van het college van bestuur,

hierna samen "partijen",

## Voorafgaand

Partijen hebben op 12 april 2021 de Samenwerkingsovereenkomst doorlopende leerroute Afbouw gesloten (hierna: "de overeenkomst 2021"). Die overeenkomst is in het schooljaar 2023-2024 geëvalueerd. Uit de evaluatie volgt dat de route wordt uitgebreid met de opleiding Allround tegelzetter, dat de leiding anders wordt ingericht en dat de financiële afspraken worden herzien. Partijen kiezen ervoor de overeenkomst 2021 niet te wijzigen maar te vervangen door deze overeenkomst.

Partijen spreken het volgende af.

## 1. Vervanging en overgang

1.1 Deze overeenkomst treedt op 1 augustus 2025 in de plaats van de overeenkomst 2021. De overeenkomst 2021 eindigt op 31 juli 2025.

1.2 Deelnemers die onder de overeenkomst 2021 met de route zijn begonnen (cohorten 2021 tot en met 2024), zetten hun route voort onder deze overeenkomst. Zij behouden de vrijstellingen en resultaten die zij al hebben behaald. Waar deze overeenkomst voor hen ongunstiger is dan de overeenkomst 2021, blijft voor hen de regeling van de overeenkomst 2021 gelden.

1.3 Verwijzingen in het routedocument en de schoolgids naar de overeenkomst 2021 gelden als verwijzingen naar deze overeenkomst.

## 2. De route

2.1 Partijen verzorgen samen een doorlopende leerroute van het vmbo-profiel Bouwen, wonen en interieur, kaderberoepsgerichte leerweg, naar de mbo-opleidingen Allround stukadoor en Allround tegelzetter, beide niveau 3, in het opleidingsdomein Afbouw, hout en onderhoud. De mbo-fase kan in de beroepsopleidende of in de beroepsbegeleidende leerweg worden gevolgd.

2.2 De deelnemer kiest in leerjaar 2 voor de route en in leerjaar 4 voor stukadoor of tegelzetter. De route leidt tot het vmbo-diploma en het mbo-diploma van de gekozen opleiding.

2.3 Partijen hebben de wijziging van de route gezamenlijk aan de minister gemeld; De Poel past de registratie in RIO aan.

## 3. Afbouwbedrijven

3.1 Het afbouwbedrijfsleven is bij de route betrokken via de Afbouwtafel Zeeland, die vier keer per schooljaar vergadert. Aan de Afbouwtafel nemen deel: Stukadoorsbedrijf Wisse & Zn. (Kapelle), Tegelwerken Bevelanden B.V. (Goes), Afbouwgroep Oosterschelde (Zierikzee), een vertegenwoordiger van de brancheorganisatie voor het stukadoors- en tegelzettersbedrijf en een adviseur van SBB.

3.2 De bedrijven aan de Afbouwtafel:
- geven advies over het routedocument en de keuze van keuzedelen;
- leveren in leerjaar 4 voor iedere deelnemer een blokstage van drie weken en in de mbo-fase bpv-plaatsen en leerbanen;
- verzorgen ieder schooljaar een praktijkweek op de bouwplaats;
- leveren de tweede beoordelaar bij de proeve van bekwaamheid.

## 4. Leiding: het kernteam

4.1 De leiding over de route berust bij het kernteam, dat bestaat uit de afdelingsleider Bouwen, wonen en interieur van De Poel, de teamleider Afbouw van het ROC en een routeregisseur.

4.2 De afdelingsleider en de teamleider worden door hun eigen bevoegd gezag aangewezen. De routeregisseur wordt door de colleges van bestuur van beide partijen gezamenlijk benoemd voor een termijn van drie jaar. De overeenkomst 2021 kende een stuurgroep; die is opgeheven.

4.3 Partijen dragen aan het kernteam op: het opstellen en bijstellen van het routedocument, het rooster en de verdeling van docenten en praktijkruimten, de toelating van deelnemers, het voeren van de overstapgesprekken (artikel 7) en het contact met de Afbouwtafel.

4.4 Het kernteam beslist zelfstandig binnen het vastgestelde routedocument en de begroting. Het vaststellen van het routedocument, de begroting en de omvang van de instroom is voorbehouden aan de colleges van bestuur.

## 5. Informatie en verantwoording

5.1 Het kernteam brengt na ieder semester, uiterlijk op 1 maart en 1 oktober, een schriftelijke voortgangsrapportage uit aan beide colleges van bestuur, met de instroom, de uitval, de overstappen, de examenresultaten en de knelpunten.

5.2 In oktober legt het kernteam in een jaargesprek met beide colleges van bestuur verantwoording af over het afgelopen schooljaar. Van het jaargesprek wordt een verslag gemaakt dat beide colleges vaststellen.

## 6. Inrichting van de route

6.1 Het routedocument beschrijft per leerjaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming, met de aanduiding welke onderdelen vmbo, mbo of gecombineerd zijn. De colleges stellen het routedocument jaarlijks vóór 1 juli vast. Het centraal examen vmbo vindt plaats in het tweede leerjaar van de route.

6.2 Personeel: in de vo-fase geven de docenten BWI van De Poel het profielvak en de docenten van het ROC wekelijks een praktijkdag stukadoren en tegelzetten. Voor het vakoverstijgende onderdeel "Wand en vloer" werken de docenten van beide partijen als één team, waarbij voor ieder onderdeel een bevoegde docent betrokken is. Iedere docent blijft in dienst van de eigen werkgever.

6.3 Faciliteiten: de praktijkdag vindt plaats in de afbouwhal van het ROC aan de Stationspark te Goes, met twaalf stukadoorsboxen en een tegelwerkplaats. De Poel stelt haar praktijklokaal BWI en haar theorielokalen beschikbaar voor de lessen van de docenten van het ROC.

6.4 In de vo-fase staat de deelnemer ingeschreven bij De Poel, daarna bij het ROC.

## 7. Overstapoptie

7.1 Verlaat een deelnemer de route voordat hij haar heeft afgerond, of behaalt hij het vmbo-diploma niet uiterlijk in het derde leerjaar van de route, dan voeren de routeregisseur, de mentor en de deelnemer met zijn ouders binnen vier weken een overstapgesprek.

7.2 De afdelingsleider van De Poel en de teamleider van het ROC stellen daarna gezamenlijk vast welke voortzetting past bij het bereikte onderwijsniveau en de leeftijd van de deelnemer. Zij kiezen uit in ieder geval:
- in de vo-fase: het reguliere programma BWI kaderberoepsgerichte leerweg, gericht op het vmbo-diploma;
- zonder vmbo-diploma na het derde leerjaar: voortzetting in een opleiding op niveau 3 of 2 in de afbouw, de bouw of de schilderstechniek bij het ROC, zonder dat de vooropleidingseisen gelden;
- bij een andere voorkeur: een opleiding op hetzelfde niveau in een andere richting, bij het ROC of bij een andere instelling in Zeeland, met warme overdracht.

7.3 De gekozen voortzetting wordt vastgelegd in een overstapplan. De uitwerking staat in de schoolgids van De Poel.

## 8. Financiën

8.1 Met toepassing van artikel 5.42a WVO 2020 draagt De Poel jaarlijks voor iedere deelnemer die op 1 oktober in het tweede leerjaar van de route staat ingeschreven een bedrag van € 1.150 over aan het ROC.

8.2 Het ROC factureert het bedrag in twee gelijke termijnen, in december en in mei.

8.3 Waaraan het ROC de overgedragen middelen besteedt, leggen partijen jaarlijks vast in het routejaarplan; het kernteam doet daarvoor een voorstel.

8.4 De in de overeenkomst 2021 opgenomen vaste bijdrage in de materiaalkosten vervalt met ingang van 1 augustus 2025.

## 9. Medezeggenschap

9.1 De medezeggenschapsraad van De Poel en de studentenraad en de ondernemingsraad van het ROC houden hun wettelijke bevoegdheden. Partijen spreken daarbovenop het volgende af.

9.2 Deelnemers in de vo-fase, die nog bij De Poel staan ingeschreven, kunnen zich kandidaat stellen voor de studentenraad van het ROC, locatie Goes, en nemen daar bij verkiezing deel met dezelfde rechten als studenten.

9.3 Een voorgenomen wijziging van artikel 7 of van de uitwerking daarvan in de schoolgids wordt vooraf voor advies voorgelegd aan zowel de medezeggenschapsraad van De Poel als de studentenraad van het ROC.

9.4 Eenmaal per schooljaar vergadert een delegatie van beide raden gezamenlijk met het kernteam over de route.

## 10. Geschillen

10.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in het kernteam besproken en, als dat binnen drie weken niet tot een oplossing leidt, in een overleg tussen de colleges van bestuur.

10.2 Leidt ook dat overleg binnen zes weken niet tot overeenstemming, dan leggen partijen het geschil voor bindend advies voor aan een onafhankelijke deskundige die zij samen aanwijzen. Worden zij het over de persoon niet eens, dan vragen zij de deken van de Orde van Advocaten in het arrondissement Zeeland-West-Brabant een deskundige aan te wijzen. Het bindend advies is voor beide partijen bindend.

## 11. Looptijd, toetreding, wijziging en opzegging

11.1 Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt daarna telkens stilzwijgend verlengd met vijf jaar.

11.2 Een andere school of instelling kan tot deze overeenkomst toetreden als beide partijen daarmee schriftelijk instemmen en de toetreder deze overeenkomst aanvaardt. Toetreding gaat in bij de start van een schooljaar en wordt gezamenlijk aan de minister gemeld.

11.3 Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend. Zij gaan niet in tijdens een lopend schooljaar en gelden voor deelnemers die al in de route zitten alleen als die er niet op achteruitgaan.

11.4 Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met een opzegtermijn van ten minste twaalf maanden. Na opzegging start er geen nieuw cohort meer. Deelnemers die de route al volgen, kunnen haar bij partijen afronden; partijen blijven de daarvoor benodigde docenten en faciliteiten inzetten.

Aldus opgemaakt en ondertekend te Goes op 26 juni 2025.

| Stichting Christelijk Voortgezet Onderwijs De Bevelanden | Stichting ROC Zeeuwse Stromen |
| drs. W.J. Koppejan, voorzitter college van bestuur | ir. A.M. Verhage-de Visser, lid college van bestuur |
"""

sample(297, "vernieuwing_vervangt_2021_bevelanden_afbouw", "pdf",
       "PDF renewal agreement that replaces the 2021 agreement with a transition clause (Midden-"
       "Zeeland, BWI kb -> mbo 3 Allround stukadoor/tegelzetter), decimal numbering; h real extra "
       "arrangements (vo-fase pupils in the studentenraad, advice of both raden); ONE DEFECT: g "
       "transfers EUR 1.150 per pupil but leaves the bestemming to the yearly plan (weak)",
       dict(a="present", b="present", c="present", d="present", e="present", f="present",
            g="weak", h="present", i="present", j="present"),
       dict(a="2. De route", b="3. Afbouwbedrijven", c="4. Leiding: het kernteam",
            d="5. Informatie en verantwoording", e="6. Inrichting van de route",
            f="7. Overstapoptie", h="9. Medezeggenschap", i="10. Geschillen",
            j="11. Looptijd, toetreding, wijziging en opzegging"),
       T297)

# --------------------------------------------------------------------------------------------
# 298  very short plain-text agreement, no transfer, silent on medezeggenschap (TXT)
# --------------------------------------------------------------------------------------------
T298 = """
SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE GASTVRIJHEID NOORDENVELD

Partijen:
- Stichting Voortgezet Onderwijs Noordenveld, Roden, bevoegd gezag van Vakcollege Het Drentse Esch
  (vbo), vertegenwoordigd door K. Hoekstra, bestuurder ("de school");
- Stichting ROC Hunzedal, Assen, vertegenwoordigd door T. Bakker-Wubs, voorzitter college van
  bestuur ("het ROC").

Art. 1 Route
De route loopt van het profiel Horeca, bakkerij en recreatie (kaderberoepsgerichte leerweg) naar de
mbo-opleiding Zelfstandig medewerker leisure & hospitality, niveau 3, domein Toerisme en recreatie
(bol). Start 1 augustus 2025, maximaal 18 leerlingen per cohort. Partijen melden de route samen aan
de minister (RIO).

Art. 2 Werkveld
Vakantiepark De Drentse Heide (Norg), Hotel-restaurant Het Peizerdiep (Peize) en Buitencentrum De
Onlanden (Roden) zijn leerbedrijf in de route. Zij bieden vanaf leerjaar 4 één stagedag per week,
bpv-plaatsen in de mbo-fase, twee gastlessen per jaar en een beoordelaar bij de proeve van
bekwaamheid. Twee keer per jaar werkveldoverleg met de routeleiding over het programma.

Art. 3 Routeleiding
De routeleiding bestaat uit de teamleider HBR van de school en de opleidingscoördinator leisure &
hospitality van het ROC, elk aangewezen door het eigen bevoegd gezag. Opgedragen taken: routeplan
opstellen, rooster, toelating, overstapgesprekken. Zij beslist zelf over rooster en inzet van
docenten binnen het budget; routeplan, begroting en instroom stellen de besturen vast.

Art. 4 Verantwoording
De routeleiding stuurt beide besturen vóór 1 oktober een jaarverslag (instroom, uitval, overstap,
resultaten) en licht dat in november toe in het bestuurlijk overleg. Uitval wordt binnen twee
weken aan beide besturen gemeld.

Art. 5 Inrichting
Programma, examinering en stages per leerjaar staan in het routeplan (PTA/OER), jaarlijks vóór
1 juli vastgesteld. Leerjaar 3 en 4 op de school, daarna op het ROC, locatie Roden. Docenten
leisure & hospitality van het ROC geven in leerjaar 4 vier uur per week les op de school; iedere
docent blijft in dienst van zijn eigen werkgever. De school stelt haar leerrestaurant en keuken
beschikbaar, het ROC zijn front-office-oefenruimte en activiteitenhal.

Art. 6 Overstap
Stopt een leerling, of haalt hij het vmbo-diploma niet uiterlijk in het derde routejaar, dan
beslissen de teamleider en de opleidingscoördinator samen, na een gesprek met leerling en ouders,
over het vervolg, gelet op het bereikte niveau en de leeftijd: het reguliere HBR-programma
(kader) gericht op het vmbo-diploma; een andere opleiding op niveau 3 of 2 bij het ROC, zonder
vooropleidingseisen; of een opleiding bij een andere instelling, met warme overdracht. Het besluit
komt in een overstapplan.

Art. 7 Bekostiging
Er wordt geen bekostiging overgedragen. Ieder draagt de eigen kosten.

Art. 8 Geschillen
Geschillen over de uitvoering gaan van de routeleiding naar de besturen (binnen vier weken), dan
naar mediation; daarna beslist de rechtbank Noord-Nederland.

Art. 9 Duur, toetreding, wijziging, opzegging
Geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere school of instelling kan toetreden als
beide partijen schriftelijk instemmen en de toetreder deze overeenkomst tekent. Wijziging alleen
schriftelijk door beide besturen, niet ten nadele van zittende leerlingen. Opzegging schriftelijk
tegen 31 juli met een termijn van een jaar; daarna geen nieuwe instroom, zittende leerlingen ronden
de route af.

Roden, 1 juli 2025

K. Hoekstra                          T. Bakker-Wubs
Stichting VO Noordenveld             Stichting ROC Hunzedal
"""

sample(298, "zeer_kort_platte_tekst_noordenveld_leisure_hospitality", "txt",
       "TXT very short one-page agreement in terse 'Art. N' style (Noordenveld/Drenthe, HBR kb -> "
       "mbo 3 Zelfstandig medewerker leisure & hospitality); every item arranged in a sentence or "
       "two; plain 'geen bekostiging overgedragen'; silent on medezeggenschap (h not_applicable); "
       "fully compliant",
       dict(a="present", b="present", c="present", d="present", e="present", f="present",
            g="present", h="not_applicable", i="present", j="present"),
       dict(a="Art. 1 Route", b="Art. 2 Werkveld", c="Art. 3 Routeleiding",
            d="Art. 4 Verantwoording", e="Art. 5 Inrichting", f="Art. 6 Overstap",
            g="Art. 7 Bekostiging", i="Art. 8 Geschillen",
            j="Art. 9 Duur, toetreding, wijziging, opzegging"),
       T298)

# --------------------------------------------------------------------------------------------
# 299  agreement as a table of afspraken; DEFECT h: joint body announced, all of it deferred (DOCX)
# --------------------------------------------------------------------------------------------
T299 = """
# Samenwerkingsovereenkomst doorlopende leerroute Office Lekstroom

::center Economie en ondernemen (gemengde leerweg) – Management assistant (niveau 4)

De ondergetekenden:

- **Stichting voor Protestants-Christelijk Voortgezet Onderwijs Lekstroom**, gevestigd te Nieuwegein, bevoegd gezag van het Merwede-Lek College, school voor mavo en vbo, vertegenwoordigd door mevrouw J.H. Oosterveld-Kramer, voorzitter van het college van bestuur, hierna: "het Merwede-Lek College";
- **Stichting ROC Vaartse Rijn**, gevestigd te Utrecht, vertegenwoordigd door de heer M.S. el Amrani, voorzitter van het college van bestuur, hierna: "ROC Vaartse Rijn";

komen overeen dat zij met ingang van het schooljaar 2025-2026 samen een doorlopende leerroute verzorgen op basis van de afspraken in onderstaand overzicht. Het overzicht maakt integraal deel uit van deze overeenkomst; waar "wij" staat, worden beide partijen bedoeld.

| Nr. | Onderwerp | Afspraak |
| 1 | Route en opleiding | Wij verbinden het profiel Economie en ondernemen van de gemengde leerweg met de mbo-opleiding Management assistant, niveau 4, in het opleidingsdomein Economie en administratie (bol).\\nDe leerling kiest in leerjaar 2; de route start in leerjaar 3 en leidt tot het vmbo-diploma gemengde leerweg en het mbo-diploma Management assistant. Maximaal 24 leerlingen per cohort. Wij melden de route gezamenlijk aan de minister. |
| 2 | Betrokkenheid werkgevers | De Praktijkadviesraad Office Lekstroom, met daarin Van der Lek & Partners Advocaten (Nieuwegein), Facilitair Bedrijf Utrecht-Zuid B.V., Logistiek Centrum IJsselstein B.V. en de adviseur van SBB, adviseert twee keer per jaar over het programma.\\nDe bedrijven bieden in leerjaar 4 een officestage van twee weken per leerling, in de mbo-fase bpv-plaatsen, per jaar drie gastlessen (bijvoorbeeld over agendabeheer en zakelijke communicatie) en een praktijkbeoordelaar bij de examens in de beroepspraktijk. |
| 3 | Leiding van de route | De route wordt geleid door een stuurduo: de afdelingsleider bovenbouw van het Merwede-Lek College en de onderwijsmanager Office van ROC Vaartse Rijn, bijgestaan door een routecoördinator.\\nDe afdelingsleider en de onderwijsmanager worden door hun eigen college van bestuur aangewezen; de routecoördinator wordt door beide colleges gezamenlijk benoemd voor twee schooljaren.\\nTaken: het routeprogramma opstellen, het rooster en de docenten afstemmen, leerlingen toelaten, overstapgesprekken voeren, de Praktijkadviesraad organiseren. Het stuurduo beslist binnen het vastgestelde routeprogramma en budget; het routeprogramma, de begroting en de instroom stellen de colleges vast. |
| 4 | Informatie aan de besturen | Het stuurduo levert ieder kwartaal een dashboard aan beide colleges van bestuur (instroom, verzuim, uitval, overstappen, cijfers).\\nIn juni van ieder jaar legt het stuurduo in een gezamenlijke evaluatievergadering met beide colleges verantwoording af over het schooljaar; de colleges stellen het evaluatieverslag vast. |
| 5 | Programma en examinering | Het routeprogramma (gezamenlijk PTA/OER) beschrijft per leerjaar het onderwijs, de examens en de beroepspraktijkvorming en geeft aan wat vmbo, mbo of gecombineerd is. Vaststelling jaarlijks vóór 1 juli. Het centraal examen vmbo wordt in het tweede leerjaar van de route afgenomen; mbo-onderdelen vanaf het eerste leerjaar. |
| 6 | Docenten, lokalen en middelen | Leerjaar 3 en 4 op het Merwede-Lek College, met één dag per week op de locatie Kanaalweg van ROC Vaartse Rijn; de mbo-fase op die locatie.\\nDocenten E&O van de school en docenten Office van ROC Vaartse Rijn vormen voor het onderdeel "Het kantoor van morgen" één team, met voor ieder onderdeel een bevoegde docent; ROC Vaartse Rijn zet in leerjaar 4 drie uur per week een docent in op de school. Iedere docent blijft in dienst van de eigen werkgever.\\nWij stellen over en weer ter beschikking: het oefenkantoor en de receptiebalie van ROC Vaartse Rijn, en de computerlokalen en de schoolwinkel van het Merwede-Lek College. |
| 7 | Overstappen | Stopt een leerling met de route, wordt hij afgewezen voor het vmbo-examen of heeft hij na het derde routejaar geen vmbo-diploma, dan bepalen de afdelingsleider en de onderwijsmanager samen, na een gesprek met leerling en ouders, welke voortzetting past bij het bereikte niveau en de leeftijd:\\n- het reguliere programma van de gemengde leerweg, gericht op het vmbo-diploma;\\n- een andere opleiding op niveau 4 of 3 bij ROC Vaartse Rijn, bijvoorbeeld Secretaresse of Medewerker financiële administratie, zonder vooropleidingseisen;\\n- een opleiding bij een andere instelling, met warme overdracht.\\nDe uitkomst wordt vastgelegd in een overstapplan. |
| 8 | Bekostiging | Wij dragen geen bekostiging aan elkaar over. Iedere partij draagt de kosten van haar eigen personeel en voorzieningen. |
| 9 | Medezeggenschap | Wij richten een gezamenlijke medezeggenschapscommissie voor de route op. De samenstelling, de bevoegdheden en de werkwijze van deze commissie worden nader uitgewerkt in een reglement dat het stuurduo in de loop van het schooljaar 2025-2026 opstelt. |
| 10 | Geschillen | Een geschil over de uitvoering van deze overeenkomst bespreekt eerst het stuurduo, daarna (binnen vier weken) de colleges van bestuur. Zijn zij het na zes weken niet eens, dan wordt het geschil beslecht door arbitrage volgens het arbitragereglement van het Nederlands Arbitrage Instituut, met één arbiter en Utrecht als plaats van arbitrage. |
| 11 | Nieuwe partners | Een andere vmbo-school of mbo-instelling kan partij worden als beide colleges van bestuur schriftelijk instemmen en de nieuwe partij deze overeenkomst ondertekent. Toetreding gaat in op 1 augustus en wordt gezamenlijk aan de minister gemeld. |
| 12 | Wijzigen | Wijzigingen alleen schriftelijk, ondertekend door beide colleges. Een wijziging geldt niet ten nadele van leerlingen die de route al volgen. |
| 13 | Looptijd en opzegging | De overeenkomst geldt voor onbepaalde tijd. Opzegging schriftelijk tegen 31 juli, met een opzegtermijn van twaalf maanden. Na opzegging geen nieuwe instroom; leerlingen en studenten die de route al volgen ronden haar bij partijen af. |

Aldus overeengekomen en in tweevoud ondertekend.

| Nieuwegein, 2 juli 2025 | Utrecht, 2 juli 2025 |
| J.H. Oosterveld-Kramer, voorzitter college van bestuur, Stichting voor Protestants-Christelijk Voortgezet Onderwijs Lekstroom | M.S. el Amrani, voorzitter college van bestuur, Stichting ROC Vaartse Rijn |
"""

sample(299, "afsprakentabel_medezeggenschap_uitgesteld_lekstroom_management_assistant", "docx",
       "DOCX agreement whose operative part is one table of numbered afspraken (Lekstroom/Nieuwegein, "
       "E&O gl -> mbo 4 Management assistant); plainly no transfer of bekostiging; arbitration; "
       "ONE DEFECT: h announces a joint medezeggenschapscommissie but defers its composition, "
       "powers and working method to a later reglement (weak)",
       dict(a="present", b="present", c="present", d="present", e="present", f="present",
            g="present", h="weak", i="present", j="present"),
       dict(a="Route en opleiding", b="Betrokkenheid werkgevers", c="Leiding van de route",
            d="Informatie aan de besturen", e="Docenten, lokalen en middelen", f="Overstappen",
            g="Bekostiging", i="Geschillen", j="Looptijd en opzegging"),
       T299)

# --------------------------------------------------------------------------------------------
# 300  two-way transfer of bekostiging in a table, routecommissie with right of consent (PDF)
# --------------------------------------------------------------------------------------------
T300 = """
# Overeenkomst doorlopende leerroute Mobiliteit en transport – Autoschadehersteller

::center Vakcollege De Where (Purmerend) en ROC IJ en Zaan – schooljaar 2025-2026 en volgende

## Partijen

1. Stichting Openbaar Voortgezet Onderwijs Waterland, gevestigd te Purmerend, bevoegd gezag van Vakcollege De Where, school voor vbo, vertegenwoordigd door de heer R.F. Schermer, bestuurder, hierna: "De Where";

2. Stichting ROC IJ en Zaan, gevestigd te Zaandam, vertegenwoordigd door mevrouw drs. N. Bakkum-Tol, voorzitter van het college van bestuur, hierna: "het ROC".

Partijen verklaren te zijn overeengekomen als volgt.

## Artikel 1 De leerroute

1. Partijen verzorgen samen een doorlopende leerroute van het profiel Mobiliteit en transport in de basisberoepsgerichte leerweg naar de mbo-opleiding Autoschadehersteller, niveau 2 (basisberoepsopleiding), in het opleidingsdomein Mobiliteit en voertuigen. De mbo-fase wordt in de beroepsopleidende leerweg aangeboden; vanaf het vierde routejaar kan de student overstappen naar de beroepsbegeleidende leerweg.

2. De route start in leerjaar 3 en leidt tot het vmbo-diploma basisberoepsgerichte leerweg en het mbo-diploma Autoschadehersteller. Er zijn zestien plaatsen per cohort; het eerste cohort begint op 1 augustus 2025.

3. Partijen melden de route gezamenlijk aan de minister; De Where registreert haar in RIO.

## Artikel 2 Schadeherstelbedrijven

1. De route wordt ingevuld samen met de schadeherstelbedrijven in Waterland en de Zaanstreek. Bij de start zijn betrokken: Schadeherstel Purmerend-Noord B.V., Carrosseriebedrijf Wormerland en Autoschade De Beemster. Een adviseur van SBB en een vertegenwoordiger van de regionale afdeling van de brancheorganisatie voor schadeherstel nemen deel aan het overleg.

2. De bedrijven bieden in leerjaar 4 een snuffelstage van tien dagen, zorgen in de mbo-fase voor leerbanen en bpv-plaatsen, verzorgen ieder schooljaar drie demonstraties of gastlessen (onder meer uitdeuken zonder spuiten en kalibreren van rijhulpsystemen) en leveren een praktijkbeoordelaar bij de examens.

3. Twee keer per schooljaar komt de routeleiding met de bedrijven bijeen in het Schadeherstelplatform Waterland. Het platform geeft advies over de inhoud van het routeprogramma en over de aanschaf van gereedschap en materialen.

## Artikel 3 Routeleiding

1. De routeleiding bestaat uit de teamleider techniek van De Where en de opleidingsmanager Mobiliteit van het ROC.

2. Ieder lid van de routeleiding wordt aangewezen door het eigen bevoegd gezag, na overleg met het andere bevoegd gezag.

3. Partijen dragen aan de routeleiding op: het opstellen van het routeprogramma, de afstemming van rooster, docenten en werkplaatsen, de toelating van leerlingen, de overstapgesprekken (artikel 8) en het organiseren van het Schadeherstelplatform. De routeleiding is bevoegd tot het nemen van besluiten over rooster, groepsindeling en inzet van docenten binnen de door de besturen vastgestelde begroting; het vaststellen van het routeprogramma en de begroting is aan de besturen voorbehouden.

## Artikel 4 Inlichtingen en verantwoording

1. De routeleiding zendt beide besturen ieder half jaar, uiterlijk op 15 februari en 15 september, een voortgangsverslag met de aantallen leerlingen en studenten, het verzuim, de uitval, de overstappen en de resultaten.

2. De routeleiding legt jaarlijks vóór 1 november verantwoording af over het afgelopen schooljaar, inclusief de besteding van de op grond van artikel 9 overgedragen middelen, in een gezamenlijk bestuursoverleg van De Where en het ROC.

## Artikel 5 Programma en examens

1. Het routeprogramma (gezamenlijk PTA/OER) beschrijft voor ieder leerjaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming, en geeft aan welke onderdelen vmbo, mbo of gecombineerd zijn. De besturen stellen het vóór 1 juli vast.

2. Het centraal examen vmbo wordt in het tweede routejaar afgenomen. Examens van het mbo kunnen vanaf het eerste routejaar worden afgenomen.

## Artikel 6 Inschrijving

De leerling staat in de eerste twee routejaren ingeschreven bij De Where en daarna als student bij het ROC. De Where blijft verantwoordelijk voor het vmbo-examen, ook van een student die in het derde routejaar het vmbo-diploma nog niet heeft.

## Artikel 7 Personeel en voorzieningen

1. In de vo-fase geven docenten van De Where de algemene vakken en het profielvak. Een instructeur schadeherstel van het ROC geeft in de vo-fase zes uur per week praktijkles in de werkplaats van het ROC. Voor het onderdeel "Plaatwerk en plamuur" werken de docent mobiliteit van De Where en de instructeur van het ROC als één team; voor ieder onderdeel is een bevoegde docent betrokken. Iedere medewerker blijft in dienst van de eigen werkgever.

2. Het ROC stelt zijn schadeherstelwerkplaats in Purmerend beschikbaar, met spuitcabine, richtbank en uitdeukgereedschap. De Where stelt haar motorvoertuigenwerkplaats en theorielokalen beschikbaar voor lessen in de vo-fase.

## Artikel 8 Overstap

1. Verlaat een leerling de route tussentijds, is hij afgewezen voor het vmbo-examen, of heeft hij uiterlijk aan het eind van het derde routejaar geen vmbo-diploma, dan beslist de routeleiding gezamenlijk, na een overstapgesprek met de leerling en zijn ouders, over de voortzetting, gelet op het bereikte onderwijsniveau en de leeftijd.

2. Mogelijke voortzettingen zijn in ieder geval: het reguliere programma van de basisberoepsgerichte leerweg gericht op het vmbo-diploma; een andere opleiding op niveau 2 bij het ROC, zoals Medewerker logistiek of Fietstechnicus, zonder vooropleidingseisen; herhaling van het leerjaar om het vmbo-diploma te behalen; of een opleiding bij een andere instelling met warme overdracht.

3. De gekozen voortzetting wordt schriftelijk vastgelegd en aan de leerling en de ouders toegelicht.

## Artikel 9 Overdracht van bekostiging

1. Partijen dragen over en weer de volgende delen van hun bekostiging over:

| Richting | Grondslag | Omvang | Bestemming | Betaling |
| De Where aan het ROC | artikel 5.42a WVO 2020 | € 820 per leerling die op 1 oktober in het eerste of tweede routejaar bij De Where staat ingeschreven | loonkosten van de instructeur schadeherstel in de vo-fase (artikel 7, eerste lid) en het gebruik van de spuitcabine, inclusief lak en verbruiksmateriaal | vóór 1 februari |
| het ROC aan De Where | artikel 9.1.15 WEB | € 375 per student die op 1 oktober in het derde routejaar staat ingeschreven en nog geen vmbo-diploma heeft | afname van de resterende vmbo-examens en bijlessen Nederlands en rekenen door docenten van De Where | vóór 1 april |

2. De overdracht in een richting bedraagt in een schooljaar ten hoogste € 28.000. Middelen die aan het eind van het schooljaar niet voor de genoemde bestemming zijn gebruikt, worden terugbetaald. Andere overdrachten van bekostiging vinden niet plaats.

## Artikel 10 Routecommissie medezeggenschap

1. Naast de wettelijke medezeggenschapsorganen van beide partijen, waarvan de rechten onverlet blijven, stellen partijen een routecommissie medezeggenschap in. Daarin hebben zitting: twee leden aangewezen door de medezeggenschapsraad van De Where (een ouder en een leerling uit de route), één personeelslid aangewezen door die raad, twee leden aangewezen door de studentenraad van het ROC en één lid aangewezen door de ondernemingsraad van het ROC.

2. De routeleiding behoeft de voorafgaande instemming van de routecommissie voor een besluit tot:
> a. wijziging van de regeling over overstappen in artikel 8 of de uitwerking daarvan in de schoolgids;
> b. wijziging van de verdeling van de onderwijstijd tussen De Where en het ROC;
> c. verplaatsing van het praktijkonderwijs naar een andere locatie.

3. De routecommissie beslist binnen zes weken na ontvangst van een schriftelijk voorstel. Weigert zij instemming, dan wordt het besluit niet genomen; de routeleiding kan binnen vier weken een gewijzigd voorstel indienen. Over de besteding van de middelen, bedoeld in artikel 9, wordt de routecommissie jaarlijks om advies gevraagd.

4. Partijen stellen de routecommissie de benodigde informatie, vergaderruimte en ambtelijke ondersteuning ter beschikking.

## Artikel 11 Geschillencommissie

1. Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst binnen de routeleiding en vervolgens in het gezamenlijk bestuursoverleg besproken.

2. Is een geschil niet binnen zes weken na de eerste schriftelijke melding opgelost, dan legt de meest gerede partij het voor aan een geschillencommissie van drie leden. Iedere partij benoemt één lid; deze twee benoemen samen een onafhankelijke voorzitter. De commissie doet binnen acht weken een uitspraak, die partijen als bindend advies aanvaarden.

## Artikel 12 Toetreding

Een andere school voor vbo of instelling voor beroepsonderwijs kan partij worden bij deze overeenkomst als beide besturen daarmee schriftelijk instemmen, de nieuwe partij deze overeenkomst zonder voorbehoud ondertekent en de toetreding ingaat op 1 augustus van een schooljaar. De toetreding wordt gezamenlijk aan de minister gemeld.

## Artikel 13 Duur, opzegging en ontbinding

1. De overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd.

2. Opzegging kan uitsluitend schriftelijk, tegen 31 juli, met een opzegtermijn van ten minste één jaar. Ontbinding wegens een ernstige tekortkoming is pas mogelijk na een schriftelijke ingebrekestelling met een hersteltermijn van ten minste drie maanden.

3. Bij opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen en studenten die de route al volgen, ronden haar af onder de voorwaarden van deze overeenkomst; artikel 9 blijft voor hen van toepassing.

## Artikel 14 Wijziging

Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst tussen beide besturen, na advies van de routecommissie. Een wijziging gaat in per 1 augustus en geldt voor leerlingen die de route al volgen alleen als zij er niet door worden benadeeld.

Aldus overeengekomen en ondertekend te Purmerend op 3 juli 2025.

| Stichting Openbaar Voortgezet Onderwijs Waterland | Stichting ROC IJ en Zaan |
| R.F. Schermer, bestuurder | drs. N. Bakkum-Tol, voorzitter college van bestuur |
"""

sample(300, "overdracht_bekostiging_tabel_instemmingsrecht_waterland_autoschade", "pdf",
       "PDF article-style agreement (Waterland, M&T bb -> mbo 2 Autoschadehersteller) that transfers "
       "bekostiging both ways (art. 5.42a WVO 2020 and 9.1.15 WEB) with omvang and bestemming in a "
       "table; h a routecommissie with a real right of consent; fully compliant",
       dict(a="present", b="present", c="present", d="present", e="present", f="present",
            g="present", h="present", i="present", j="present"),
       dict(a="Artikel 1 De leerroute", b="Artikel 2 Schadeherstelbedrijven",
            c="Artikel 3 Routeleiding", d="Artikel 4 Inlichtingen en verantwoording",
            e="Artikel 7 Personeel en voorzieningen", f="Artikel 8 Overstap",
            g="Artikel 9 Overdracht van bekostiging",
            h="Artikel 10 Routecommissie medezeggenschap", i="Artikel 11 Geschillencommissie",
            j="Artikel 13 Duur, opzegging en ontbinding"),
       T300)

# === END OF SAMPLES ===


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
