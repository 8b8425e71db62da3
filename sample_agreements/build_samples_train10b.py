#!/usr/bin/env python3
"""Training samples 149-156 for leerroute-check (batch train10b).

Written by an independent author-helper from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only -- without looking at checker code, models, tests or the texts
and build scripts of the other samples.

Voice of this batch: teacher-coordinators and small-school directors in rural regions who write the
agreement as a "routeplan" or "routeboekje", with the arrangements woven into the description of the
programme per leerjaar, the week, the practice locations and the people; some items sit under a
heading about something else, some in an annex printed in the same document.
Five agreements are fully compliant (core elements in everyday words); three carry subtle defects.

Usage:
    python3 build_samples_train10b.py             # build all
    python3 build_samples_train10b.py 149 153     # build only these
    python3 build_samples_train10b.py --check     # verify the produced files
"""
import datetime
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
SAMPLES = {}
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ITEMS = "abcdefghij"
CODES = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}


def add(num, slug, fmt, description, statuses, evidence, text):
    codes = statuses.split()
    assert len(codes) == 10, (num, statuses)
    st = {k: CODES[c] for k, c in zip(ITEMS, codes)}
    for k in evidence:
        assert st[k] == "present", (num, k)
    SAMPLES[num] = dict(name="%d_%s" % (num, slug), fmt=fmt, description=description,
                        statuses=st, evidence=evidence, text=text)


# ---------------------------------------------------------------------------------------------
# A tiny block language:
#   "# "  title          "## " heading 1        "### " heading 2      "~ " meta line (italic)
#   "- "  bullet         "| "  table row (first row = header)         ">> " boxed arrangement
#   "===" page break     anything else: paragraph (consecutive lines are joined)
#   continuation lines of a bullet or box start with two spaces.
# ---------------------------------------------------------------------------------------------
def parse(text):
    blocks = []
    para = []

    def flush():
        if para:
            blocks.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    for raw in textwrap.dedent(text).strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if line.startswith("  ") and blocks and not para and blocks[-1][0] in ("bullet", "box"):
            kind, val = blocks[-1]
            blocks[-1] = (kind, val + " " + line.strip())
            continue
        for prefix, kind in (("# ", "title"), ("## ", "h1"), ("### ", "h2"), ("~ ", "meta"),
                             ("- ", "bullet"), (">> ", "box")):
            if line.startswith(prefix):
                flush()
                blocks.append((kind, line[len(prefix):].strip()))
                break
        else:
            if line.startswith("| "):
                flush()
                cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
                if blocks and blocks[-1][0] == "table":
                    blocks[-1][1].append(cells)
                else:
                    blocks.append(("table", [cells]))
            elif line.strip() == "===":
                flush()
                blocks.append(("pagebreak", None))
            else:
                para.append(line)
    flush()
    return blocks


# ----------------------------------------- renderers -----------------------------------------
def render_pdf(sample, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    blocks = parse(sample["text"])
    title = next(v for k, v in blocks if k == "title")
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.6,
                          spaceAfter=5, alignment=TA_LEFT)
    st = {
        "title": ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=16,
                                leading=20, spaceAfter=8),
        "meta": ParagraphStyle("meta", parent=body, fontName="Helvetica-Oblique", fontSize=9.5,
                               leading=12.5, textColor=colors.HexColor("#444444")),
        "h1": ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=12.5,
                             leading=16, spaceBefore=11, spaceAfter=5,
                             textColor=colors.HexColor("#2f5a1e")),
        "h2": ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=10.5,
                             leading=14, spaceBefore=7, spaceAfter=3),
        "p": body,
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=3,
                                 spaceAfter=2.5),
        "box": ParagraphStyle("box", parent=body, fontSize=9.8, leading=13.2, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.6, leading=11, spaceAfter=0),
        "cellh": ParagraphStyle("cellh", parent=body, fontName="Helvetica-Bold", fontSize=8.6,
                                leading=11, spaceAfter=0),
    }
    story = []
    for kind, val in blocks:
        if kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "bullet":
            story.append(Paragraph(escape(val), st["bullet"], bulletText="\u2022"))
        elif kind == "box":
            t = Table([[Paragraph(escape(val), st["box"])]], colWidths=[16.2 * cm])
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3e6")),
                ("LINEBEFORE", (0, 0), (0, -1), 2.2, colors.HexColor("#5d8a3a")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story.append(Spacer(1, 2))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "table":
            rows = [[Paragraph(escape(c), st["cellh"] if i == 0 else st["cell"]) for c in r]
                    for i, r in enumerate(val)]
            ncol = max(len(r) for r in rows)
            total = 16.4 * cm
            # a column is at least as wide as its longest word; the rest is shared by text length
            minw = [max(len(w) for r in val if j < len(r) for w in r[j].split() or [""]) * 5.3 + 12
                    for j in range(ncol)]
            weight = [max(min(len(r[j]), 60) for r in val if j < len(r)) for j in range(ncol)]
            spare = max(total - sum(minw), 0)
            widths = [m + spare * w / sum(weight) for m, w in zip(minw, weight)]
            widths = [w * total / sum(widths) for w in widths]
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8d5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 7))
        else:
            story.append(Paragraph(escape(val), st[kind]))

    footer = sample.get("footer", title)

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(2.3 * cm, 1.3 * cm, footer)
        canvas.drawRightString(A4[0] - 2.3 * cm, 1.3 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.2 * cm, title=title,
                            author=sample.get("author", "routecoördinatoren"),
                            subject="doorlopende leerroute vmbo-mbo", creator="routeplan",
                            invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def render_docx(sample, path):
    import docx
    from docx.shared import Pt

    blocks = parse(sample["text"])
    title = next(v for k, v in blocks if k == "title")
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "meta":
            r = d.add_paragraph().add_run(val)
            r.italic = True
        elif kind == "bullet":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "box":
            d.add_paragraph(val, style="Intense Quote")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = c
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            d.add_paragraph(val)
    cp = d.core_properties
    cp.title = title
    cp.author = sample.get("author", "routecoördinatoren")
    cp.last_modified_by = sample.get("author", "routecoördinatoren")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.subject = "doorlopende leerroute vmbo-mbo"
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _wrap(text, indent="", first=None, width=92):
    return textwrap.fill(text, width=width, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def render_txt(sample, path):
    out = []
    for kind, val in parse(sample["text"]):
        if kind == "title":
            out += [val, "=" * len(val), ""]
        elif kind == "meta":
            out += [_wrap(val), ""]
        elif kind == "h1":
            out += ["", val, "-" * len(val), ""]
        elif kind == "h2":
            out += [val, ""]
        elif kind == "bullet":
            out += [_wrap(val, indent="    ", first="  - ")]
        elif kind == "box":
            out += [_wrap(val, indent="    "), ""]
        elif kind == "table":
            ncol = max(len(r) for r in val)
            widths = [max(len(r[j]) if j < len(r) else 0 for r in val) for j in range(ncol)]
            for i, r in enumerate(val):
                out.append("  " + " | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
                if i == 0:
                    out.append("  " + "-+-".join("-" * w for w in widths))
            out.append("")
        elif kind == "pagebreak":
            out += ["", ""]
        else:
            out += [_wrap(val), ""]
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    # a blank line after each bullet list
    txt = re.sub(r"(\n  - [^\n]*(?:\n    [^\n]*)*)\n(?=[^\s-])", r"\1\n\n", txt)
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


def render_md(sample, path):
    out = []
    prev = None
    for kind, val in parse(sample["text"]):
        if prev == "bullet" and kind != "bullet":
            out.append("")
        if kind == "title":
            out += ["# " + val, ""]
        elif kind == "h1":
            out += ["## " + val, ""]
        elif kind == "h2":
            out += ["### " + val, ""]
        elif kind == "meta":
            out += ["*" + val + "*", ""]
        elif kind == "bullet":
            out.append("- " + val)
        elif kind == "box":
            out += ["> " + val, ""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "|".join("---" for _ in val[0]) + "|")
            for r in val[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif kind == "pagebreak":
            out += ["---", ""]
        else:
            out += [val, ""]
        prev = kind
    txt = "\n".join(out).strip() + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(txt)


RENDER = {"pdf": render_pdf, "docx": render_docx, "txt": render_txt, "md": render_md}


def expected(sample):
    return {"description": sample["description"], "split": "train",
            "statuses": sample["statuses"], "evidence": sample["evidence"]}


def build(num):
    s = SAMPLES[num]
    path = os.path.join(OUT, s["name"] + "." + s["fmt"])
    RENDER[s["fmt"]](s, path)
    with open(os.path.join(OUT, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


# ------------------------------------------- check -------------------------------------------
def extract(path, fmt):
    if fmt == "pdf":
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
        return "\n".join(parts), len(parts)
    if fmt == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        zipfile.ZipFile(path).testzip()
        return "\n".join(parts), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(OUT, s["name"] + "." + s["fmt"])
        problems = []
        if not os.path.exists(path):
            problems.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too big: %d" % size)
            try:
                text, pages = extract(path, s["fmt"])
            except Exception as e:  # noqa: BLE001
                problems.append("cannot open: %r" % e)
                text, pages = "", None
            nt = norm(text)
            for k, ev in s["evidence"].items():
                if norm(ev) not in nt:
                    problems.append("evidence %s not found: %r" % (k, ev))
            words = len(nt.split())
        jpath = os.path.join(OUT, s["name"] + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != expected(s):
                    problems.append("expected.json differs from table")
        except Exception as e:  # noqa: BLE001
            problems.append("expected.json unreadable: %r" % e)
        status = "OK " if not problems else "BAD"
        ok = ok and not problems
        print("%s %s.%s  words=%s pages=%s  %s" % (
            status, s["name"], s["fmt"], words if os.path.exists(path) else "-",
            pages if os.path.exists(path) else "-",
            " ".join(CODES_REV[v] for v in s["statuses"].values())))
        for p in problems:
            print("    ", p)
    print("ALL OK" if ok else "PROBLEMS FOUND")
    return ok


CODES_REV = {v: k for k, v in CODES.items()}


# =============================================================================================
# 149 -- long routeboekje, PDF, Noordoostpolder, groen/teelt -- fully compliant
# =============================================================================================
add(149, "routeboekje_lang_noordoostpolder_teelt", "pdf",
    "Long routeboekje (PDF, 8 pages) by two routecoördinatoren, Noordoostpolder, vmbo Groen kb "
    "-> mbo-3 Vakbekwaam medewerker teelt with an AOC; programme per routejaar, week and places "
    "interleaved with 'Afspraak' boxes; geschil steps inside 'Samenwerking', money inside 'Praktische "
    "zaken', overstap inside 'Begeleiding'; annexes A-C printed in the document. Fully compliant.",
    "p p p p p p p p p p",
    {"a": "2. De route in het kort", "b": "6. Bedrijven rond de route",
     "c": "7. Wie stuurt de route", "d": "7.3 Rekenschap aan de besturen",
     "e": "5. Mensen en plekken", "f": "8. Begeleiding van leerlingen en studenten",
     "g": "10. Praktische zaken", "h": "11. Stem van leerlingen, ouders en personeel",
     "i": "9. Samenwerking", "j": "12. Looptijd, nieuwe partners en veranderingen"},
    r"""
# Routeboekje Teeltroute Noordoostpolder
~ Doorlopende leerroute vmbo-mbo: profiel Groen (kaderberoepsgerichte leerweg) naar Vakbekwaam medewerker teelt (mbo niveau 3)
~ Ringvaartcollege Marknesse en Akkerland College Emmeloord · schooljaren 2025-2026 tot en met 2029-2030 · versie 1.0 van 30 juni 2025

## Voor wie dit boekje is
Dit routeboekje beschrijft de Teeltroute: de doorlopende leerroute die het Ringvaartcollege in
Marknesse en Akkerland College in Emmeloord samen verzorgen. Wij, de twee routecoördinatoren,
hebben het geschreven voor onze collega's, voor de leerbedrijven, voor ouders en voor onze besturen.
Het boekje volgt de route zoals een leerling die doorloopt: eerst wat de route is, dan de vier
leerjaren, de week, de plekken en de mensen, en daarna hoe wij de route samen besturen.

Tegelijk is dit boekje de samenwerkingsovereenkomst die de besturen van beide scholen voor deze
route sluiten, als bedoeld in artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3
van de Wet educatie en beroepsonderwijs. Alles wat in een kader onder "Afspraak" staat, en elke zin
waarin staat wat wij afspreken, wat geldt of wat wij doen, bindt beide besturen. De beschrijvende
delen over lessen, weken en seizoenen zijn de uitwerking daarvan; het routeduo mag die per
schooljaar bijstellen zolang de afspraken overeind blijven.

## 1. Wie wij zijn
Dit boekje is aangegaan door:
- Stichting Voortgezet Onderwijs Noordoostpolder, gevestigd te Emmeloord, bevoegd gezag van het
  Ringvaartcollege, school voor vmbo met de basis- en de kaderberoepsgerichte leerweg, locatie
  Marknesse; vertegenwoordigd door mevrouw drs. H.J. Wiersma, voorzitter van het college van bestuur
  (hierna: het Ringvaartcollege);
- Stichting Agrarisch Opleidingscentrum Flevo-Noord, gevestigd te Emmeloord, bevoegd gezag van
  Akkerland College, agrarisch opleidingscentrum en instelling voor beroepsonderwijs; vertegenwoordigd
  door de heer ing. P.A. Kloosterman, voorzitter van het college van bestuur (hierna: Akkerland).

Het Ringvaartcollege is een kleine plattelandsschool met ongeveer 310 leerlingen, de meesten uit
Marknesse, Kraggenburg, Luttelgeest en Ens. Veel van hen groeien op tussen de aardappels, de uien en
de tulpen. Akkerland leidt in Emmeloord op voor akkerbouw, bollenteelt, loonwerk en groene ruimte en
heeft bij Ens een eigen praktijkbedrijf, De Schokkerhoeve: 62 hectare akkerbouw en een bollenschuur.

## 2. De route in het kort
>> Afspraak. De Teeltroute verbindt het vmbo-profiel Groen in de kaderberoepsgerichte leerweg van
  het Ringvaartcollege met de mbo-opleiding Vakbekwaam medewerker teelt, niveau 3 (vakopleiding,
  beroepsopleidende leerweg), van Akkerland, in het opleidingsdomein Voedsel, natuur en leefomgeving.
  Een leerling die de route afmaakt, heeft het vmbo-diploma van de kaderberoepsgerichte leerweg met
  het profiel Groen én het mbo-diploma Vakbekwaam medewerker teelt.

De route duurt vier jaar. Routejaar 1 en 2 zijn leerjaar 3 en 4 van het vmbo: de leerling staat dan
ingeschreven bij het Ringvaartcollege. Routejaar 3 en 4 vormen de mbo-fase: de leerling is dan
student van Akkerland. In de vo-fase volgt de leerling de profielmodules Groene productie, Groen in
de omgeving, Groene vormgeving en styling en Dier en zorg, met als keuzevakken Teelt in de volle
grond en Mechanisatie in de akkerbouw. Die keuzevakken zijn samen met Akkerland geschreven en
bevatten al mbo-stof: bodem, gewasbescherming en het werken met trekker en werktuigen.

Leerlingen kiezen aan het eind van leerjaar 2 voor de route, samen met hun ouders en na een gesprek
met de mentor. Per jaar is er plaats voor ten hoogste zestien leerlingen. Wij melden de route samen
bij de minister, via de registratie in RIO bij DUO, vóór de start van de eerste groep op 1 augustus
2025.

## 3. Het programma, leerjaar voor leerjaar
### Routejaar 1 – leerjaar 3 vmbo: het teeltjaar leren kennen
Het eerste jaar volgt het seizoen. In september oogsten de leerlingen op De Schokkerhoeve de laatste
aardappels en uien; in de winter staan bodem, bemesting en de werkplaats centraal; in het voorjaar
poten en zaaien zij hun eigen proefveldje van tien bij twintig meter, dat zij tot de zomer zelf
bijhouden. De algemene vakken (Nederlands, Engels, wiskunde, biologie, maatschappijleer en
lichamelijke opvoeding) krijgen zij op het Ringvaartcollege, net als iedere kaderleerling. Het grote
praktijkproject van dit jaar heet "Het teeltjaar": een vakoverstijgende opdracht waarin rekenen
(het bemestingsplan), Nederlands (het logboek) en de profielmodules samenkomen.

### Routejaar 2 – leerjaar 4 vmbo: examen en de eerste stage
In leerjaar 4 rondt de leerling de schoolexamens af en doet hij in mei het centraal examen van de
kaderberoepsgerichte leerweg. Daarnaast volgt hij op woensdag de mbo-module Gewasbescherming basis,
die al meetelt voor de mbo-opleiding. In maart loopt iedere leerling twee weken mee op een
teeltbedrijf (de snuffelstage). Na het centraal examen begint, nog in juni, de mbo-module Trekker en
werktuigen.

### Routejaar 3 – eerste mbo-jaar: drie dagen school, twee dagen bedrijf
Vanaf 1 augustus van routejaar 3 is de leerling student van Akkerland. Hij is op maandag, dinsdag en
donderdag in Emmeloord of op De Schokkerhoeve en op woensdag en vrijdag op zijn leerbedrijf. Omdat
de leerling in de vo-fase al modules heeft afgerond, krijgt hij in dit jaar geen herhaling van stof
die hij al beheerst. Het keuzedeel Precisielandbouw start in januari.

### Routejaar 4 – tweede mbo-jaar: het bedrijf als leerplek
Het laatste jaar draait om de beroepspraktijkvorming. De student werkt vier dagen op zijn leerbedrijf
en komt op vrijdag naar Akkerland voor de lessen en de begeleiding bij de proeve van bekwaamheid. In
het tweede halfjaar kan hij, als het leerbedrijf dat wil, overstappen naar de beroepsbegeleidende
leerweg. De route eindigt met de diploma-uitreiking in juli, in de bollenschuur van De Schokkerhoeve.

### Examinering
>> Afspraak. Het Ringvaartcollege blijft verantwoordelijk voor het vmbo-examen, ook als een leerling
  in de mbo-fase nog een vmbo-onderdeel moet afronden; Akkerland is verantwoordelijk voor de
  mbo-examens en de beroepspraktijkvorming. Wij leggen het hele programma en de examinering per
  routejaar vast in één PTA/OER voor de Teeltroute, waarin per onderdeel staat of het vmbo, mbo of
  allebei is en welke onderdelen door het team worden gegeven. De examensecretaris van het
  Ringvaartcollege en de examencommissie van Akkerland stellen het PTA/OER elk jaar vóór 1 oktober
  samen vast.

## 4. De week
Het weekritme verschilt per routejaar; het volledige schema staat in bijlage A. In het kort: in
routejaar 1 en 2 is de leerling vier dagen in Marknesse en op woensdag op Akkerland of De
Schokkerhoeve; in routejaar 3 drie dagen op Akkerland en twee op het leerbedrijf; in routejaar 4 vier
dagen op het leerbedrijf en op vrijdag op Akkerland. In de oogstweken van september en de pootweken
van april wijken wij van het schema af: dan is de hele groep twee dagen achter elkaar op De
Schokkerhoeve.

## 5. Mensen en plekken
### Het routeteam
>> Afspraak. De route wordt gegeven door één routeteam van acht mensen uit beide scholen. Het
  Ringvaartcollege brengt drie docenten in (Nederlands en Engels; wiskunde en biologie; praktijk
  Groen), samen 1,6 fte; Akkerland brengt vier docenten in (teelt, bodem en bemesting, mechanisatie,
  gewasbescherming), samen 1,4 fte, en een bpv-begeleider voor 0,3 fte. Iedere docent blijft in
  dienst van zijn eigen school. Akkerland-docenten geven in routejaar 1 en 2 op dinsdag les in
  Marknesse; de praktijkdocent Groen van het Ringvaartcollege geeft in routejaar 3 op maandag les op
  De Schokkerhoeve.

Voor het project "Het teeltjaar" in routejaar 1 en voor het praktijkblok Trekker en werktuigen in
routejaar 2 werken wij als team van leraren en docenten zoals de wet dat toestaat (artikel 7.13a WVO
2020 en artikel 9.1.12 WEB). In dat team heeft iedere docent een bevoegdheid voor ten minste één van
de vakken of voldoet hij aan de eisen voor mbo-docenten, dekt het team samen alle onderdelen af en
draagt iedere docent de verantwoordelijkheid voor het onderdeel waarvoor hij bevoegd is. In het
PTA/OER staat bij welke onderdelen het team wordt ingezet. Nieuwe teamleden lopen in hun eerste
halfjaar een dag per maand mee op de andere school.

### De plekken
>> Afspraak. De lessen worden gegeven op drie plekken, die beide scholen voor de routeleerlingen
  openstellen: het Ringvaartcollege in Marknesse (theorielokalen, het praktijklokaal Groen en de
  schooltuin van 800 m²), Akkerland in Emmeloord (de kas van 1.200 m², de mechanisatiehal met
  trekkers en werktuigen, het bodemlab en de mediatheek) en De Schokkerhoeve bij Ens (de akkers, de
  bollenschuur en de spuitplaats).

Routeleerlingen gebruiken vanaf routejaar 1 de kas, de mechanisatiehal en het bodemlab van Akkerland
en hebben een Akkerland-account voor de digitale leeromgeving. Akkerland mag op maandagmiddag het
praktijklokaal Groen en de schooltuin van het Ringvaartcollege gebruiken voor de bijscholing van
praktijkopleiders. Het routeduo maakt vóór 1 juli het gebruiksrooster voor het volgende schooljaar.
Wie een ruimte gebruikt, houdt zich aan de huisregels en de veiligheidsvoorschriften van de
eigenaar; werken met trekkers en gewasbeschermingsmiddelen gebeurt alleen onder toezicht van een
Akkerland-docent.

## 6. Bedrijven rond de route
Zonder de telers in de polder is er geen Teeltroute. Wij hebben de route in 2024 samen met hen
opgezet en dat blijft zo.

>> Afspraak. De Telerskring Noordoostpolder, een vereniging van ongeveer veertig akkerbouw- en
  bollenbedrijven, is de werkveldgroep van de route. Vier leden daarvan, nu van Akkerbouwbedrijf Van
  der Meulen (Kraggenburg), Polderbloem Bollenteelt (Creil), Loonbedrijf Dekker & Zn. (Rutten) en
  Pootgoedhandel Noordzee (Emmeloord), komen twee keer per jaar, in maart en oktober, met het
  routeduo bij elkaar. Zij adviseren over het programma en de keuzevakken, leveren elk jaar ten
  minste drie praktijkopdrachten uit hun eigen bedrijf aan en denken mee over de inhoud van de proeve
  van bekwaamheid.

Verder doen de bedrijven het volgende:
- ten minste twaalf erkende leerbedrijven bieden snuffelstages in routejaar 2 en bpv-plaatsen in
  routejaar 3 en 4; Akkerland zorgt dat elk leerbedrijf door SBB is erkend en begeleidt de
  praktijkopleiders;
- Loonbedrijf Dekker & Zn. verzorgt elk jaar drie gastlessen over precisielandbouw en GPS-gestuurd
  werken, en de leerlingen van routejaar 2 draaien in oktober een oogstdag mee;
- een praktijkopleider van het leerbedrijf beoordeelt samen met de examinator van Akkerland de proeve
  van bekwaamheid in routejaar 4;
- de werkveldgroep krijgt het routeverslag (zie 7.3) en mag daarop reageren.

## 7. Wie stuurt de route
### 7.1 Het routeduo en het routeberaad
De dagelijkse leiding van de Teeltroute ligt bij het routeduo: één routecoördinator van elke school.
Nu zijn dat Geert Hofstra, docent Groen op het Ringvaartcollege, en Ineke Bolhuis, docent teelt op
Akkerland. Boven het routeduo staat het routeberaad, dat bestaat uit de directeur van het
Ringvaartcollege, de teamleider Teelt en techniek van Akkerland en de twee coördinatoren.

>> Afspraak. Elk college van bestuur zet zijn eigen routecoördinator in die rol, nadat het de keuze
  vooraf met de andere partij heeft besproken, en legt dat vast in een brief aan de coördinator met
  een afschrift aan het andere bestuur. Die aanstelling loopt drie schooljaren en kan telkens met
  drie jaar worden verlengd. Valt een coördinator weg, dan zorgt zijn bestuur binnen acht weken voor
  een opvolger. De directeur en de teamleider zitten in het routeberaad omdat hun functie dat
  meebrengt.

### 7.2 Wat het routeduo mag beslissen
De besturen leggen de volgende taken bij het routeduo neer, met de bevoegdheid om daar zelf over te
beslissen:
- het weekrooster en de verdeling van de lessen over de drie plekken;
- de inzet van de teamdocenten, binnen de uren die elk bestuur daarvoor jaarlijks beschikbaar stelt;
- de keuze en planning van de praktijkopdrachten, samen met de werkveldgroep;
- de toelating van leerlingen tot de route, op advies van de mentor;
- uitgaven uit het routebudget tot € 2.500 per keer.

Het routeduo legt aan het routeberaad voor: het jaarlijkse voorstel voor het PTA/OER, uitgaven boven
€ 2.500 en elk voorstel om een leerbedrijf of praktijkplek niet meer te gebruiken. Alleen de besturen
zelf beslissen over het aantal plaatsen in de route, over het aannemen van personeel, over geld dat
van de ene naar de andere school gaat en over het veranderen of stoppen van de route.

### 7.3 Rekenschap aan de besturen
>> Afspraak. Het routeduo houdt beide besturen op de hoogte en legt aan hen rekenschap af over de
  route. Uiterlijk 15 juli schrijft het routeduo een routeverslag over het afgelopen schooljaar, met
  de instroom, de doorstroom naar het volgende routejaar, de leerlingen die de route hebben verlaten
  en waarheen, de examenuitslagen, het aantal leerbedrijven en de besteding van het routebudget en
  van het overgedragen geld (hoofdstuk 10). In oktober bespreken de twee voorzitters van de colleges
  van bestuur dat verslag met het routeberaad en stellen zij het vast. In februari stuurt het
  routeduo beide besturen een tussenstand van één pagina. Gebeurt er iets groots, zoals het
  wegvallen van een leerbedrijf, een ernstig incident op een praktijkplek of het vertrek van meer dan
  drie leerlingen in één maand, dan meldt het routeduo dat binnen een week aan beide besturen.

## 8. Begeleiding van leerlingen en studenten
Iedere routeleerling heeft één mentor. In routejaar 1 en 2 is dat een docent van het
Ringvaartcollege, in routejaar 3 en 4 een docent van Akkerland; bij de wissel is er in juni een
overdrachtsgesprek met leerling, ouders en beide mentoren. De loopbaanbegeleiding loopt door: het
loopbaandossier gaat met de leerling mee. Extra ondersteuning regelt in de vo-fase het
ondersteuningsteam van het Ringvaartcollege, in de mbo-fase het studentenloket van Akkerland.
Verzuim wordt in de vo-fase gemeld en opgevolgd door het Ringvaartcollege, in de mbo-fase door
Akkerland.

De klachtenregeling van elke school geldt ook voor gedragingen van medewerkers van de andere school
binnen de route. Komt er bij het Ringvaartcollege een klacht binnen over een docent van Akkerland,
dan neemt de klachtencoördinator van het Ringvaartcollege de klacht in behandeling, levert Akkerland
binnen twee weken een reactie en neemt Akkerland zelf de maatregelen die tegenover zijn docent nodig
zijn.

Niet elke leerling maakt de Teeltroute af. Iemand verhuist, merkt dat buiten werken toch niets voor
hem is, of heeft meer tijd nodig. Wij laten niemand zonder vervolg gaan: iedere leerling die de route
verlaat, krijgt een plek waar hij een vmbo- of mbo-diploma kan halen. Wat dat is, hangt af van het
moment:
- verlaat de leerling de route in routejaar 1 of 2, dan gaat hij verder in de gewone
  kaderberoepsgerichte leerweg van het Ringvaartcollege, in het profiel Groen of in een ander profiel
  van de school, of, als het niveau te hoog blijkt, in de basisberoepsgerichte leerweg, en haalt hij
  daar zijn vmbo-diploma; wat hij in de route al heeft afgerond, telt mee voor zover het PTA dat
  toelaat;
- haalt de leerling aan het eind van routejaar 2 zijn vmbo-diploma niet, dan mag hij routejaar 2
  overdoen, of start hij toch in routejaar 3 of in een andere opleiding van Akkerland op niveau 2 of
  3; Akkerland vraagt in dat geval geen vmbo-diploma, en het Ringvaartcollege biedt hem de kans het
  vmbo-examen alsnog te halen;
- past de richting in routejaar 3 of 4 niet meer, dan gaat de student binnen Akkerland verder in een
  andere opleiding op niveau 3, zoals Vakbekwaam medewerker groene ruimte of Vakbekwaam medewerker
  dierhouderij, zonder nieuwe toelatingseisen; wil hij naar een andere mbo-school, dan helpen wij hem
  bij de intake en het geschiktheidsonderzoek daar;
- bij een verhuizing zoeken wij met de leerling een vergelijkbare route of opleiding dicht bij het
  nieuwe huis en dragen wij hem warm over.

>> Afspraak. Over het vervolg van een leerling die de route verlaat, beslissen het Ringvaartcollege
  en Akkerland samen. De mentor, de twee coördinatoren, de leerling en zijn ouders gaan binnen twee
  weken om tafel. De scholen kijken samen naar wat de leerling al beheerst en hoe oud hij is, en doen
  binnen drie weken een voorstel dat leidt naar een vmbo- of mbo-diploma. De directeur van het
  Ringvaartcollege en de teamleider van Akkerland stellen dat voorstel gezamenlijk vast. Deze
  werkwijze staat ook in de schoolgids van beide scholen.

## 9. Samenwerking
De samenwerking tussen de twee scholen draait om gewone dingen: elkaar kennen, elkaar op tijd bellen
en de afspraken nakomen. Het routeduo overlegt elke maand; het routeberaad komt vier keer per jaar
bij elkaar. De routeleerlingen staan tot en met routejaar 2 ingeschreven bij het Ringvaartcollege;
op 1 augustus van routejaar 3 schrijft het Ringvaartcollege hen uit en schrijft Akkerland hen in.
Leerlinggegevens die voor de route nodig zijn, wisselen wij uit via de beveiligde omgeving van
Akkerland, volgens de gegevensafspraken in bijlage C; meer gegevens dan nodig delen wij niet.

Natuurlijk zijn wij het niet altijd met elkaar eens. Voor een verschil van mening over de uitvoering
van deze afspraken houden wij een vaste volgorde aan:
- eerst bespreekt het routeduo het verschil in het maandoverleg en legt de uitkomst kort vast;
- komen de coördinatoren er binnen drie weken niet uit, dan gaat het naar het routeberaad, dat binnen
  vier weken een besluit neemt;
- lukt ook dat niet, dan nemen de twee voorzitters van de colleges van bestuur het over en zoeken zij
  binnen zes weken een oplossing;
- blijft het verschil bestaan, dan vragen de besturen samen een onafhankelijke mediator, die zij
  samen kiezen en samen betalen;
- heeft de mediation na drie maanden niets opgeleverd, dan kan elk bestuur het geschil voorleggen aan
  de bevoegde rechter van de rechtbank Midden-Nederland.

Zolang een verschil van mening loopt, gaan de lessen, stages en examens van de routeleerlingen
gewoon door zoals afgesproken.

## 10. Praktische zaken
### Vervoer
Op woensdag rijdt in routejaar 1 en 2 een busje van Akkerland de leerlingen van Marknesse naar
Emmeloord of De Schokkerhoeve en weer terug. In routejaar 3 en 4 reizen de studenten zelf; Akkerland
helpt hen met de reisvoorziening en de fietsvergoeding.

### Kleding en veiligheid
Elke routeleerling krijgt in routejaar 1 van Akkerland een overall, laarzen en veiligheidsschoenen in
bruikleen. Voor het werk met trekkers en gewasbescherming gelden de veiligheidsregels van Akkerland;
een leerling die zich daar niet aan houdt, doet niet mee aan dat deel van de praktijk tot het
routeduo anders beslist.

### Verzekering
Iedere school verzekert haar eigen leerlingen en personeel, ook als zij op de andere school zijn.
Tijdens stages en bpv geldt de verzekering van Akkerland.

### Geld
Akkerland verzorgt in routejaar 1 en 2 een groot deel van de praktijklessen, terwijl de
rijksbekostiging in die jaren bij het Ringvaartcollege binnenkomt.

>> Afspraak. Het Ringvaartcollege draagt op grond van artikel 5.42a WVO 2020 een deel van zijn
  bekostiging over aan Akkerland: € 1.150 per routeleerling per schooljaar, voor routejaar 1 en
  routejaar 2, geteld naar het aantal routeleerlingen op 1 oktober. Akkerland zet dit geld in voor de
  uren van zijn docenten in het routeteam, voor het gebruik van de kas, de mechanisatiehal en De
  Schokkerhoeve, en voor het teeltmateriaal (pootgoed, zaad, meststoffen en oefenmiddelen) van de
  routeleerlingen. Het Ringvaartcollege betaalt in twee termijnen, in november en in april. In de
  mbo-fase gaat er geen geld van Akkerland naar het Ringvaartcollege; ieder draagt daar zijn eigen
  kosten. De verdeling over de posten staat in bijlage B.

## 11. Stem van leerlingen, ouders en personeel
Voor de routeleerlingen in de vo-fase, hun ouders en de docenten van het Ringvaartcollege is de
medezeggenschapsraad van het Ringvaartcollege het aanspreekpunt; in de mbo-fase zijn dat de
studentenraad, de ouderraad en de ondernemingsraad van Akkerland. Omdat de leerlingen al vanaf
routejaar 1 deels op Akkerland leren, spreken wij daar bovenop het volgende af.

>> Afspraak. Eén routeleerling uit routejaar 2, gekozen door de routeleerlingen zelf, mag de
  vergaderingen van de studentenraad van Akkerland bijwonen, met spreekrecht over alles wat de route
  raakt. Het routeverslag gaat elk jaar naar de medezeggenschapsraad van het Ringvaartcollege en naar
  de studentenraad en de ondernemingsraad van Akkerland. Een voorstel om de route ingrijpend te
  veranderen of te beëindigen leggen beide besturen eerst voor advies voor aan hun eigen
  medezeggenschapsorganen, en zij sturen elkaar dat advies toe.

## 12. Looptijd, nieuwe partners en veranderingen
>> Afspraak. Deze afspraken gelden vanaf 1 augustus 2025 voor vijf schooljaren, tot en met 31 juli
  2030. Zij worden daarna telkens met vier schooljaren verlengd, tenzij een bestuur op tijd opzegt.

Nieuwe partner. Een andere vmbo-school of een andere mbo-instelling kan bij de Teeltroute aansluiten
als zij het profiel Groen of een verwante groene opleiding aanbiedt, dit boekje zonder voorbehoud
onderschrijft en beide besturen daar schriftelijk mee instemmen. De aansluiting gaat in bij het begin
van een schooljaar en wordt vastgelegd in een aanvulling op dit boekje die door alle besturen wordt
getekend; alle betrokken scholen melden de uitbreiding samen bij DUO. De leerlingen die al in de
route zitten, houden hun programma, hun mentor en hun praktijkplekken.

Opzeggen. Elk bestuur kan de samenwerking schriftelijk opzeggen tegen 1 augustus van een schooljaar,
met een opzegtermijn van ten minste twaalf maanden. Schiet een partij ernstig tekort en herstelt zij
dat niet binnen drie maanden na een schriftelijke aanmaning, dan kan de andere partij de
overeenkomst ontbinden, eveneens tegen 1 augustus. Na opzegging of ontbinding nemen wij geen nieuwe
leerlingen meer in de route op. Leerlingen die op dat moment in de route zitten, maken hun route af
bij dezelfde scholen, met hetzelfde programma en op dezelfde plekken; de afspraken over personeel,
plekken en geld blijven voor hen gelden totdat de laatste van hen de route heeft afgerond of
verlaten.

Veranderen. Dit boekje wordt alleen gewijzigd met een schriftelijk stuk dat beide besturen tekenen,
na een voorstel van het routeberaad. Een wijziging van het programma of de examinering die een
lopende groep raakt, gaat pas in bij het begin van een nieuw schooljaar en mag geen leerling in zijn
examenkansen benadelen. Het weekschema in bijlage A en de namen in bijlage C mag het routeduo zelf
bijwerken; het meldt die wijzigingen aan beide besturen.

## Ondertekening
Aldus vastgesteld en ondertekend te Emmeloord op 30 juni 2025.

Stichting Voortgezet Onderwijs Noordoostpolder – drs. H.J. Wiersma, voorzitter college van bestuur

Stichting Agrarisch Opleidingscentrum Flevo-Noord – ing. P.A. Kloosterman, voorzitter college van
bestuur

===
## Bijlage A – Weekschema per routejaar
| Jaar | Maandag | Dinsdag | Woensdag | Donderdag | Vrijdag |
| 1 (lj 3 vmbo) | Ringvaart | Ringvaart, praktijkles door Akkerland-docent | Akkerland of De Schokkerhoeve | Ringvaart | Ringvaart |
| 2 (lj 4 vmbo) | Ringvaart | Ringvaart, praktijkles door Akkerland-docent | Akkerland: module gewasbescherming | Ringvaart | Ringvaart |
| 3 (mbo 1) | De Schokkerhoeve | Akkerland | Leerbedrijf | Akkerland | Leerbedrijf |
| 4 (mbo 2) | Leerbedrijf | Leerbedrijf | Leerbedrijf | Leerbedrijf | Akkerland |

Afwijkingen: twee oogstweken in september en twee pootweken in april op De Schokkerhoeve; de
snuffelstage van twee weken in maart van routejaar 2.

## Bijlage B – Uitwerking van het geld
| Post | Bedrag per routeleerling per schooljaar | Waarvoor |
| Docenturen Akkerland in het routeteam | € 700 | praktijklessen op dinsdag in Marknesse en op woensdag in Emmeloord |
| Gebruik faciliteiten | € 300 | kas, mechanisatiehal, bodemlab, De Schokkerhoeve |
| Teeltmateriaal | € 150 | pootgoed, zaad, meststoffen, oefenmiddelen |
| Totaal | € 1.150 | routejaar 1 en 2; betaling in november en april |

Bij zestien leerlingen in beide vo-routejaren gaat het om € 36.800 per schooljaar. Het busvervoer op
woensdag en de kleding in bruikleen betaalt Akkerland uit eigen middelen.

## Bijlage C – Contactpersonen en gegevensafspraken
| Rol | Ringvaartcollege | Akkerland |
| Routecoördinator | Geert Hofstra | Ineke Bolhuis |
| Leidinggevende in het routeberaad | Anneke Zwart, directeur | Rik Veldhuis, teamleider Teelt en techniek |
| Examens | Bert de Haan, examensecretaris | examencommissie Akkerland, secretaris Lotte Bakker |
| Klachten | Mirjam Post, klachtencoördinator | Hans Oosterveld, klachtenfunctionaris |
| Privacy | functionaris gegevensbescherming SVO NOP | functionaris gegevensbescherming AOC Flevo-Noord |

Gegevensafspraken: voor de route delen de scholen naam, geboortedatum, leerlingnummer,
cijferoverzichten, het ontwikkelingsperspectief waar dat er is, verzuimgegevens en het
loopbaandossier. Deze gegevens staan in de beveiligde omgeving van Akkerland en worden vijf jaar na
het verlaten van de route verwijderd.
""")


# =============================================================================================
# 150 -- geïntegreerde route, DOCX, Alblasserwaard, veehouderij -- defects: f only Entree,
#        g transfer announced, omvang/bestemming deferred
# =============================================================================================
add(150, "geintegreerde_route_alblasserwaard_veehouderij", "docx",
    "Routeplan for a geïntegreerde route (DOCX) by the routecoördinatoren, Alblasserwaard, vmbo bb "
    "Groen -> mbo-2 Medewerker veehouderij with an AOC; arrangements woven into the years, the week "
    "and the farms. Defects: the overstap (inside 'Begeleiding') sends every leaver to Entree only; "
    "a bekostiging transfer is announced under 'Praktische zaken' but its amount and use are deferred "
    "to a later financial annex. No medezeggenschap text.",
    "p p p p p w w na p p",
    {"a": "2. De route", "b": "5. Boeren en bedrijven", "c": "6. Regie",
     "d": "Verslag aan de besturen", "e": "4. Mensen, stallen en lokalen",
     "i": "8. Samenwerking", "j": "10. Duur, aansluiten, opzeggen en wijzigen"},
    r"""
# Routeplan geïntegreerde route Veehouderij
~ Van vmbo basis Groen naar mbo-2 Medewerker veehouderij · Lekdijkcollege Nieuw-Lekkerland en AOC Graafstroom Bleskensgraaf
~ Eerste groep: schooljaar 2025-2026 · vastgesteld op 30 juni 2025

## Waarom dit routeplan
In de Alblasserwaard werken nog honderden melkveebedrijven, en ze zoeken allemaal goede mensen.
Tegelijk hebben wij op het Lekdijkcollege elk jaar leerlingen in de basisberoepsgerichte leerweg die
thuis al meewerken op het bedrijf en die in de stal meer leren dan in het lokaal. Voor hen hebben we
de geïntegreerde route Veehouderij gemaakt: vanaf leerjaar 3 één programma, met aan het eind een
mbo-diploma.

Dit routeplan is opgesteld door de routecoördinatoren en is door de besturen van beide scholen
ondertekend als de samenwerkingsovereenkomst voor deze route, als bedoeld in artikel 2.107l in
samenhang met artikel 2.107b WVO 2020 en artikel 9.1.17 WEB. Wat in dit plan als afspraak staat,
geldt voor beide besturen.

## 1. De partners
- Stichting Christelijk Voortgezet Onderwijs Alblasserwaard, gevestigd te Alblasserdam, bevoegd
  gezag van het Lekdijkcollege te Nieuw-Lekkerland (vmbo, basis- en kaderberoepsgerichte leerweg),
  vertegenwoordigd door de heer A.C. van der Graaf, voorzitter van het college van bestuur;
- Stichting Agrarisch Opleidingscentrum Waard en Lek, gevestigd te Bleskensgraaf, bevoegd gezag van
  AOC Graafstroom, instelling voor beroepsonderwijs, vertegenwoordigd door mevrouw ir. J.M.
  Boer-Kooijman, voorzitter van het college van bestuur.

## 2. De route
De geïntegreerde route Veehouderij loopt van het profiel Groen in de basisberoepsgerichte leerweg van
het Lekdijkcollege naar de mbo-opleiding Medewerker veehouderij, niveau 2 (basisberoepsopleiding),
van AOC Graafstroom, in het opleidingsdomein Voedsel, natuur en leefomgeving. Het Lekdijkcollege
neemt bij leerlingen in deze route geen eindexamen van de basisberoepsgerichte leerweg af; de
leerling sluit de route af met het mbo-diploma Medewerker veehouderij. De route duurt drie jaar:
leerjaar 3 en 4 aan het Lekdijkcollege en daarna één jaar als student van AOC Graafstroom, bij
voorkeur in de beroepsbegeleidende leerweg.

Een leerling komt in de route na een gesprek met hem en zijn ouders in het voorjaar van leerjaar 2,
en nadat de mentor en de routecoördinator van AOC Graafstroom samen hebben bekeken of de route bij
hem past. Er is plaats voor twaalf leerlingen per jaar. We melden de route samen bij DUO vóór de
start op 1 augustus 2025.

## 3. Drie jaar, stap voor stap
### Leerjaar 3: de koe centraal
De leerlingen zijn drie dagen op het Lekdijkcollege voor Nederlands, rekenen, loopbaan en
burgerschap en de praktijklessen Groen. Op dinsdag en donderdag zijn ze op De Graafstroomhoeve, het
praktijkbedrijf van AOC Graafstroom: tachtig melkkoeien, een melkrobot, een kalverstal en een
voerkeuken. Ze leren kalveren verzorgen, voer klaarmaken, de stal schoon en veilig houden en letten
op de gezondheid van de dieren. De eerste onderdelen van de mbo-kwalificatie worden al dit jaar
afgetekend.

### Leerjaar 4: meewerken op een bedrijf
In leerjaar 4 is de leerling twee dagen op het Lekdijkcollege, één dag op De Graafstroomhoeve en
twee dagen op een leerbedrijf in de buurt. Op het leerbedrijf werkt hij mee in het dagelijkse werk:
melken, voeren, jongvee verzorgen en het land. Op school staan Nederlands en rekenen op het niveau
dat voor het mbo-diploma nodig is, en de voorbereiding op het werken met machines.

### Routejaar 3: student bij AOC Graafstroom
In het derde jaar staat de leerling als student ingeschreven bij AOC Graafstroom. In de
beroepsbegeleidende leerweg werkt hij vier dagen op zijn leerbedrijf en komt hij op woensdag naar
Bleskensgraaf. Het jaar sluit af met de proeve van bekwaamheid op het leerbedrijf en de
diploma-uitreiking in juli.

### Het programma op papier
Het Lekdijkcollege en AOC Graafstroom leggen het hele programma en de examinering per leerjaar vast
in één onderwijs- en examenregeling voor de route. Daarin staat welke onderdelen vo-onderwijs zijn
(Nederlands, rekenen, loopbaan en burgerschap in leerjaar 3 en 4), welke mbo-onderdelen zijn en
welke door het team samen worden gegeven. De examencommissie van AOC Graafstroom stelt de regeling
elk jaar vóór 1 oktober vast, nadat de teamleider van het Lekdijkcollege heeft ingestemd met het
vo-deel. AOC Graafstroom is verantwoordelijk voor de mbo-examens en de beroepspraktijkvorming; het
Lekdijkcollege voor het vo-onderwijs in leerjaar 3 en 4.

## 4. Mensen, stallen en lokalen
Het routeteam bestaat uit zes mensen: van het Lekdijkcollege de docent Nederlands en rekenen, de
praktijkdocent Groen en de mentor van de groep; van AOC Graafstroom twee praktijkdocenten veehouderij
en de bpv-begeleider. Iedereen blijft in dienst van zijn eigen school. De praktijkdocenten van AOC
Graafstroom geven de praktijkdagen op De Graafstroomhoeve; de praktijkdocent Groen van het
Lekdijkcollege gaat in leerjaar 3 op donderdag mee naar de boerderij. Voor de praktijkdagen werken
zij als één team van leraren en docenten in de zin van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB:
ieder is bevoegd voor minstens één onderdeel, samen dekken zij alle onderdelen, en in de
onderwijs- en examenregeling staat welke dagen door het team worden gegeven.

De leerlingen gebruiken op dinsdag en donderdag de stallen, de melkrobot, de kalverstal, de
voerkeuken en het theorielokaal van De Graafstroomhoeve. AOC Graafstroom stelt werkkleding en laarzen
ter beschikking. Het Lekdijkcollege stelt zijn praktijklokaal Groen en het kleine dierenverblijf op
maandagmiddag open voor de eerstejaars van AOC Graafstroom, en zijn computerlokaal voor de
rekentoetsen van de routeleerlingen. Wie een stal of lokaal van de ander gebruikt, volgt de huis- en
hygiëneregels die daar gelden.

## 5. Boeren en bedrijven
De route is samen met boeren uit de streek bedacht. Vijf bedrijven vormen de klankbordgroep:
Melkveebedrijf Van Wijngaarden (Molenaarsgraaf), Maatschap De Jong-Verhoef (Brandwijk),
Zorgboerderij 't Achterland (Goudriaan), Loonbedrijf Blokland (Oud-Alblas) en Dierenartsenpraktijk
De Waard (Streefkerk). Wat zij doen:
- de klankbordgroep komt in oktober en maart bij het routeteam om het programma en de praktijkdagen
  te bespreken en geeft daarover advies;
- de bedrijven bieden samen met andere erkende leerbedrijven de leerplaatsen voor de twee dagen in
  leerjaar 4 en de bbl-plaatsen in het derde jaar; AOC Graafstroom zorgt dat elk bedrijf door SBB is
  erkend;
- de dierenartsen geven per jaar twee gastlessen over klauwgezondheid en melkkwaliteit;
- de praktijkopleider op het leerbedrijf beoordeelt de proeve van bekwaamheid mee.

## 6. Regie
De dagelijkse regie van de route ligt bij twee routecoördinatoren, één van elke school: nu Marja
Verhoef (Lekdijkcollege) en Jan-Willem de Bruin (AOC Graafstroom). De directeur van het
Lekdijkcollege en de collegemanager van AOC Graafstroom kiezen samen de twee coördinatoren; de
colleges van bestuur bevestigen die keuze schriftelijk. Een coördinator doet dit werk telkens voor
twee schooljaren.

De coördinatoren regelen en beslissen zelf over: de groepsindeling en het rooster, de verdeling van
leerlingen over de leerbedrijven, de planning van de praktijkdagen, de inzet van het routeteam
binnen de afgesproken uren, de toelating tot de route op advies van de mentor, en uitgaven tot
€ 1.500 per keer uit het routebudget. Over personeel, over het aantal plaatsen en over het veranderen
of stoppen van de route beslissen de besturen.

### Verslag aan de besturen
Twee keer per jaar, eind januari en eind juli, sturen de coördinatoren beide besturen een kort
voortgangsverslag: hoeveel leerlingen er in de route zitten, wie is gestopt en waarom, de
resultaten, het verzuim en hoe het met de leerbedrijven gaat. In september bespreken de
coördinatoren het jaarverslag met de twee voorzitters van de colleges van bestuur. Gebeurt er iets
ernstigs, zoals een ongeval op een bedrijf, dan horen beide besturen dat binnen twee werkdagen.

## 7. Begeleiding
Elke groep heeft één mentor van het Lekdijkcollege, die in leerjaar 3 en 4 ook de
loopbaangesprekken voert. In het derde jaar neemt de bpv-begeleider van AOC Graafstroom die rol over,
na een overdrachtsgesprek met de leerling en zijn ouders. Verzuim meldt het Lekdijkcollege in
leerjaar 3 en 4, AOC Graafstroom daarna. Een klacht over iemand van de andere school wordt behandeld
volgens de klachtenregeling van de school waar de klacht binnenkomt; de andere school werkt daaraan
mee en reageert binnen twee weken.

Stopt een leerling met de geïntegreerde route, om welke reden ook, dan stroomt hij door naar de
Entree-opleiding van AOC Graafstroom (niveau 1, richting groen), zodat hij toch een diploma kan
halen. Het gesprek daarover voeren de mentor en de coördinatoren met de leerling en zijn ouders; de
directeur van het Lekdijkcollege en de collegemanager van AOC Graafstroom nemen samen het besluit.
De Entree-opleiding start voor deze leerlingen op elk moment van het jaar.

## 8. Samenwerking
De coördinatoren overleggen elke twee weken, het hele routeteam één keer per periode. In leerjaar 3
en 4 staan de leerlingen ingeschreven bij het Lekdijkcollege; op 1 augustus van het derde routejaar
schrijft het Lekdijkcollege hen uit en schrijft AOC Graafstroom hen in. Gegevens die voor de route
nodig zijn, geven de scholen elkaar via het leerlingvolgsysteem, met toestemming van de ouders.

Zijn we het over de uitvoering van dit routeplan niet eens, dan pakken we dat in deze volgorde aan:
- de coördinatoren proberen het samen op te lossen;
- lukt dat niet binnen drie weken, dan leggen zij het voor aan de directeur en de collegemanager;
- komen die er binnen een maand niet uit, dan praten de voorzitters van de colleges van bestuur
  erover;
- blijft het verschil, dan schakelen de besturen een mediator in die zij samen kiezen;
- helpt ook dat niet, dan beslist de bevoegde rechter van de rechtbank Rotterdam.

De lessen en praktijkdagen van de leerlingen lopen ondertussen gewoon door.

## 9. Praktische zaken
Kleding en laarzen: van AOC Graafstroom, in bruikleen. Vervoer: de leerlingen fietsen naar De
Graafstroomhoeve; wie verder weg woont, krijgt van het Lekdijkcollege een buskaart. Verzekering:
iedere school verzekert de eigen leerlingen, ook op de boerderij en bij het leerbedrijf; tijdens de
bbl geldt de verzekering van AOC Graafstroom.

Geld: docenten van AOC Graafstroom geven in leerjaar 3 en 4 een groot deel van het praktijkonderwijs,
in jaren waarin de bekostiging bij het Lekdijkcollege binnenkomt. Het Lekdijkcollege zal daarom een
deel van zijn bekostiging overdragen aan AOC Graafstroom. Hoe groot dat deel is en waarvoor het
precies wordt gebruikt, werken de controllers van beide besturen uit in een financiële bijlage, die
uiterlijk 1 december 2025 door beide besturen wordt vastgesteld.

## 10. Duur, aansluiten, opzeggen en wijzigen
Dit routeplan geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

Een andere vmbo-school in de Alblasserwaard of de Vijfheerenlanden met het profiel Groen in de
basisberoepsgerichte leerweg kan meedoen als beide besturen daar schriftelijk mee instemmen en de
nieuwe school dit routeplan ongewijzigd ondertekent. De nieuwe school doet mee vanaf het begin van
een schooljaar, en de scholen melden de uitbreiding samen bij DUO.

Elk bestuur kan het routeplan schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van
twaalf maanden. Vanaf de opzegging komen er geen nieuwe leerlingen meer in de route. Leerlingen die
al in de route zitten, maken hun route af bij dezelfde scholen en op dezelfde leerplaatsen; de
afspraken uit dit plan blijven voor hen gelden tot de laatste leerling klaar is.

Wijzigen kan alleen schriftelijk, met de handtekening van beide besturen, op voorstel van de
coördinatoren. Een wijziging die leerlingen raakt die al in de route zitten, gaat pas in bij een
nieuw schooljaar.

## Ondertekening
Nieuw-Lekkerland, 30 juni 2025

Voor Stichting Christelijk Voortgezet Onderwijs Alblasserwaard: A.C. van der Graaf, voorzitter
college van bestuur

Voor Stichting Agrarisch Opleidingscentrum Waard en Lek: ir. J.M. Boer-Kooijman, voorzitter college
van bestuur
""")

# =============================================================================================
# 151 -- three parties, PDF, Zeeuws-Vlaanderen, procestechniek -- defects: b intention only,
#        i only in the table of contents
# =============================================================================================
add(151, "routeplan_drie_partijen_zeeuws_vlaanderen", "pdf",
    "Routeplan with a table of contents (PDF) of the routeregie of two vmbo schools and one ROC "
    "(three parties), Zeeuws-Vlaanderen, PIE kb -> mbo-3 Operator B. Defects: bedrijfsleven is only an "
    "aim plus an exploration 'in 2025-2026'; the ToC lists '9 Geschillen en bemiddeling' but the body "
    "has no such chapter and no dispute mechanism anywhere. Explicit 'geen overdracht'; real extra "
    "medezeggenschap arrangement.",
    "p w p p p p p p m p",
    {"a": "2. De route", "c": "4. Sturing en verslag", "d": "4. Sturing en verslag",
     "e": "5. Mensen en middelen", "f": "6. Begeleiding en overstap", "g": "7. Geld",
     "h": "8. Inspraak", "j": "9. Instappen, uitstappen en aanpassen"},
    r"""
# Routeplan Procestechniek Zeeuws-Vlaanderen
~ Doorlopende leerroute vmbo-mbo: Produceren, installeren en energie (kaderberoepsgerichte leerweg) naar Operator B (mbo niveau 3)
~ Vmbo Scheldemond (Terneuzen) · Sint-Eligiuscollege (Oostburg) · ROC Westerschelde (Terneuzen) · versie juni 2025

## Inhoud
| Nr | Onderwerp |
| 1 | Wie doen mee |
| 2 | De route |
| 3 | Het jaar rond |
| 4 | Sturing en verslag |
| 5 | Mensen en middelen |
| 6 | Begeleiding en overstap |
| 7 | Geld |
| 8 | Inspraak |
| 9 | Geschillen en bemiddeling |
| 10 | Instappen, uitstappen en aanpassen |
| – | Ondertekening |

## Vooraf
Dit routeplan is in het voorjaar van 2025 geschreven door de routeregie, de drie teamleiders en
opleidingsmanagers die de route dagelijks trekken. Het beschrijft hoe een leerling uit Terneuzen of
uit West-Zeeuws-Vlaanderen in vier jaar van de techniekafdeling van zijn vmbo-school naar een
diploma als operator in de procesindustrie gaat. De drie besturen hebben het vastgesteld en
ondertekend als de samenwerkingsovereenkomst voor de route, als bedoeld in artikel 2.107b WVO 2020
en artikel 9.1.3 WEB.

## 1. Wie doen mee
- Stichting Openbaar Voortgezet Onderwijs Kanaalzone, gevestigd te Terneuzen, bevoegd gezag van Vmbo
  Scheldemond, vertegenwoordigd door mevrouw E. de Kraker, bestuurder;
- Stichting Katholiek Voortgezet Onderwijs West-Zeeuws-Vlaanderen, gevestigd te Oostburg, bevoegd
  gezag van het Sint-Eligiuscollege (vmbo), vertegenwoordigd door de heer M.J. Verstraete,
  voorzitter van het college van bestuur;
- Stichting ROC Westerschelde, gevestigd te Terneuzen, instelling voor beroepsonderwijs,
  vertegenwoordigd door mevrouw drs. A. Dhondt, voorzitter van het college van bestuur.

Hierna samen: de partners. Vmbo Scheldemond en het Sint-Eligiuscollege heten samen ook: de
vmbo-scholen.

## 2. De route
De route loopt van het profiel Produceren, installeren en energie (PIE) in de kaderberoepsgerichte
leerweg, zoals dat op beide vmbo-scholen wordt gegeven, naar de mbo-opleiding Operator B, niveau 3
(vakopleiding, beroepsopleidende leerweg), van ROC Westerschelde, in het opleidingsdomein
Procesindustrie. Wie de route afmaakt, heeft het vmbo-diploma kader met het profiel PIE en het
mbo-diploma Operator B. De route duurt vier jaar: routejaar 1 en 2 zijn leerjaar 3 en 4 van het vmbo,
routejaar 3 en 4 zijn de twee mbo-jaren bij het ROC. Elke vmbo-school kan per jaar ten hoogste tien
leerlingen in de route plaatsen. De partners melden de route samen bij DUO; elke school doet dat
voor haar eigen deel.

Bedrijven in de Kanaalzone. De partners hechten aan een goede band met de procesindustrie in de
Kanaalzone, waar de meeste van onze leerlingen later zullen werken. Zij streven ernaar om bedrijven
uit de regio bij de route te betrekken, bijvoorbeeld door excursies, gastlessen of meedenken over
opdrachten. De routeregie verkent in het schooljaar 2025-2026 welke bedrijven daarvoor openstaan en
in welke vorm dat het beste kan.

## 3. Het jaar rond
### Routejaar 1 – leerjaar 3
Vier dagen per week zit de leerling op zijn eigen vmbo-school voor de algemene vakken en het
profiel PIE. Op woensdag zijn alle routeleerlingen van beide scholen samen op de Procescampus van
het ROC in Terneuzen. Daar werken ze in de oefenfabriek, de Mini-Plant, aan pompen, kleppen,
warmtewisselaars en het aflezen van een procesbesturing, en in het lab aan eenvoudige metingen.

### Routejaar 2 – leerjaar 4
De leerling rondt zijn vmbo-programma af en doet in mei het centraal examen op zijn eigen school. De
woensdag op de Procescampus wordt in dit jaar gevuld met de mbo-module Procesbediening 1, die
meetelt voor Operator B, en met de training en het examen VCA-basis.

### Routejaar 3 en 4 – de mbo-jaren
Vanaf routejaar 3 staat de leerling ingeschreven als student van ROC Westerschelde. In routejaar 3
is hij vijf dagen op de Procescampus; omdat hij Procesbediening 1 en VCA al heeft, volgt hij in het
eerste halfjaar verdiepingsmodules in plaats van de basismodules. In routejaar 4 volgt de
beroepspraktijkvorming volgens de onderwijs- en examenregeling van het ROC, naast twee lesdagen op
de campus. De route sluit af met de proeve van bekwaamheid.

### Examens en programma
De partners leggen het programma en de examinering per routejaar vast in één PTA/OER voor de route,
met per onderdeel de vermelding vmbo, mbo of gecombineerd. De examensecretarissen van de
vmbo-scholen en de examencommissie van het ROC stellen het vóór 1 oktober van elk jaar samen vast.
De vmbo-school blijft verantwoordelijk voor het vmbo-examen van haar leerlingen, ook als die al in
de mbo-fase zitten; het ROC voor de mbo-examens en de beroepspraktijkvorming.

## 4. Sturing en verslag
De route wordt geleid door de routeregie. Daarin zitten de teamleider techniek van Vmbo Scheldemond,
de teamleider techniek van het Sint-Eligiuscollege en de opleidingsmanager Procestechniek van ROC
Westerschelde. Elk bestuur wijst zijn eigen lid van de routeregie aan en laat dat de andere twee
besturen schriftelijk weten; een lid blijft aan tot zijn bestuur een ander aanwijst. De routeregie
kiest elk schooljaar uit haar midden een voorzitter.

De besturen geven de routeregie de volgende taken en de bevoegdheid om daarover te besluiten: het
gezamenlijke rooster van de woensdagen en de mbo-jaren; de verdeling van de lessen over de docenten
van de drie partners; de toelating van leerlingen tot de route; het voorstel voor het PTA/OER; en
uitgaven tot € 3.000 per keer binnen de begroting die elke partner voor zijn eigen deel van de route
vaststelt. De routeregie besluit eenstemmig. Over het aannemen van personeel, het aantal plaatsen en
het wijzigen van dit routeplan besluiten de besturen zelf.

Na elke onderwijsperiode, dus vier keer per jaar, stuurt de voorzitter van de routeregie de drie
besturen een overzicht met het aantal leerlingen per routejaar, het verzuim, de voortgang en de
leerlingen die zijn gestopt. Vóór 1 juli stelt de routeregie een jaarverslag op met de
examenresultaten, de uitstroom en een evaluatie van het jaar. In september komen de drie bestuurders
bijeen met de routeregie; de routeregie licht het jaarverslag toe en de besturen keuren het goed of
vragen om aanpassingen.

## 5. Mensen en middelen
Op woensdag geven twee docenten procestechniek van het ROC les aan de routeleerlingen van beide
vmbo-scholen. Van elke vmbo-school gaat een docent PIE mee naar de Procescampus. Zij vormen samen
één team in de zin van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB voor de praktijkopdrachten in
de Mini-Plant: iedere docent is bevoegd voor ten minste één onderdeel, samen dekken zij het hele
programma en ieder is verantwoordelijk voor zijn eigen onderdeel; het PTA/OER vermeldt die
onderdelen. Alle docenten blijven in dienst van hun eigen werkgever. In routejaar 3 geeft een docent
Nederlands van Vmbo Scheldemond twee uur per week les op de campus, zodat de overgang naar het mbo
soepel verloopt.

Het ROC stelt voor de route de Mini-Plant, het procestechnisch lab, de veiligheidstrainingsruimte en
het open leercentrum van de Procescampus beschikbaar, op woensdag en in de mbo-jaren. De
vmbo-scholen stellen hun PIE-werkplaatsen open voor de avondcursussen procestechniek van het ROC op
maandag en donderdag. Leerlingen van het Sint-Eligiuscollege reizen op woensdag met een busje van
hun school van Oostburg naar Terneuzen. Wie een ruimte van een andere partner gebruikt, houdt zich
aan de veiligheidsregels die daar gelden; in de Mini-Plant is altijd een ROC-docent aanwezig.

## 6. Begeleiding en overstap
Elke leerling houdt in routejaar 1 en 2 zijn mentor op de eigen vmbo-school; in de mbo-jaren krijgt
hij een studieloopbaanbegeleider van het ROC. Eind routejaar 2 is er een overdrachtsgesprek. Verzuim
meldt in de vo-fase de vmbo-school, in de mbo-fase het ROC. De klachtenregeling van elke partner
geldt ook voor gedrag van medewerkers van de andere partners binnen de route; de partner over wiens
medewerker het gaat, werkt mee aan de afhandeling.

Wie de route niet kan of wil afmaken, krijgt een vervolg dat naar een diploma leidt:
- stopt een leerling in routejaar 1 of 2, dan maakt hij op zijn eigen vmbo-school de gewone
  kaderberoepsgerichte leerweg af, in PIE of in een ander profiel van die school, en haalt hij daar
  zijn vmbo-diploma;
- slaagt hij in routejaar 2 niet voor het vmbo-examen, dan kan hij het jaar overdoen, of hij begint
  toch bij het ROC aan Operator B of aan een andere opleiding op niveau 2 of 3; het ROC stelt dan
  geen diploma-eis;
- past procestechniek in de mbo-jaren niet meer, dan kan de student zonder nieuwe toelatingseisen
  verder in een andere technische opleiding van het ROC op niveau 3, bijvoorbeeld Eerste monteur
  elektrotechnische installaties of Allround laborant; kiest hij een andere instelling, dan helpt het
  ROC bij de intake daar.

Welke plek dat wordt, bepalen de vmbo-school van de leerling en het ROC samen, in een gesprek met de
leerling en zijn ouders, op grond van wat hij al heeft gehaald en hoe oud hij is. Beide scholen
zetten dit ook in hun schoolgids.

## 7. Geld
Tussen de drie partners wordt geen bekostiging overgedragen. Iedere partner betaalt zijn eigen
docenten, lokalen en materialen, ook wanneer die voor leerlingen van een andere partner worden
ingezet. Het ROC brengt de vmbo-scholen niets in rekening voor de woensdagen op de Procescampus. Het
busvervoer vanuit Oostburg betaalt het Sint-Eligiuscollege.

## 8. Inspraak
Voor de leerlingen in routejaar 1 en 2, hun ouders en het vmbo-personeel is de medezeggenschapsraad
van hun eigen vmbo-school de plek om mee te praten; voor studenten in de mbo-jaren en voor het
ROC-personeel zijn dat de studentenraad en de ondernemingsraad van het ROC. Daarnaast spreken de
partners af:
- per vmbo-school mag één leerling uit routejaar 2 de vergaderingen van de studentenraad van het ROC
  bijwonen, met spreekrecht over onderwerpen die de route raken;
- de medezeggenschapsraden van beide vmbo-scholen en de studentenraad van het ROC krijgen elk jaar
  het jaarverslag van de routeregie;
- voordat de besturen besluiten over een ingrijpende wijziging van dit routeplan of over het
  instappen van een nieuwe partner, vraagt elk bestuur advies aan zijn eigen medezeggenschapsorgaan.

## 9. Instappen, uitstappen en aanpassen
Instappen. Een andere vmbo-school in Zeeuws-Vlaanderen met het profiel PIE in de
kaderberoepsgerichte leerweg, of een andere mbo-instelling, kan instappen als alle drie de besturen
daar schriftelijk mee instemmen en de nieuwe partner dit routeplan zonder wijzigingen ondertekent.
Instappen kan alleen per 1 augustus; de partners melden de uitbreiding samen bij DUO.

Uitstappen. Elke partner kan uitstappen door de andere partners uiterlijk op 1 augustus schriftelijk
te laten weten dat hij aan het einde van het volgende schooljaar stopt. Stapt een vmbo-school uit,
dan loopt de route tussen de andere vmbo-school en het ROC door. Stapt het ROC uit, dan eindigt de
route. In beide gevallen komen er van de partner die uitstapt geen nieuwe leerlingen meer in de
route, en maken de leerlingen die al in de route zitten hun route af: de vmbo-school blijft hen
lesgeven tot en met hun vmbo-examen en het ROC verzorgt voor hen de mbo-jaren, op dezelfde manier
als in dit plan staat.

Aanpassen. Dit routeplan wordt alleen aangepast met een schriftelijk stuk dat alle partners tekenen.
Een aanpassing gaat in bij het begin van een schooljaar en mag leerlingen die al in de route zitten
niet benadelen in hun programma of examens.

## Ondertekening
Terneuzen, 30 juni 2025

Stichting Openbaar Voortgezet Onderwijs Kanaalzone – E. de Kraker, bestuurder

Stichting Katholiek Voortgezet Onderwijs West-Zeeuws-Vlaanderen – M.J. Verstraete, voorzitter
college van bestuur

Stichting ROC Westerschelde – drs. A. Dhondt, voorzitter college van bestuur
""")


# =============================================================================================
# 152 -- interne regeling of an AOC, DOCX, Salland, voedsel -- fully compliant (h, i, j n/a)
# =============================================================================================
add(152, "interne_regeling_aoc_salland_voeding", "docx",
    "Interne regeling of one AOC (DOCX) written as a routeboekje by the vmbo teamleider and the mbo "
    "opleidingscoördinator, Salland, vmbo Groen kb -> mbo-3 Vakbekwaam medewerker voedingsindustrie; "
    "leiding appointed by the CvB, verantwoording in the tertiaalrapportage, overstap inside "
    "'Begeleiding', explicit 'geen overdracht' inside 'Praktische zaken'. Compliant; h, i, j not "
    "required for an interne regeling.",
    "p p p p p p p na na na",
    {"a": "1. Welke route", "b": "4. Bedrijven uit de Sallandse foodketen",
     "c": "5. Regie en rekenschap", "d": "Rekenschap aan het college van bestuur",
     "e": "3. Mensen en ruimtes", "f": "6. Begeleiding", "g": "7. Praktische zaken"},
    r"""
# Routeboekje Groen – Voeding
~ Interne regeling doorlopende leerroute vmbo-mbo van AOC Sallandstroom · vmbo-locatie Raalte en mbo-locatie Deventer
~ Vastgesteld door het college van bestuur op 30 juni 2025 · geldig vanaf schooljaar 2025-2026

## Waarom een interne regeling
AOC Sallandstroom heeft een vmbo-afdeling en een mbo-afdeling onder één bestuur: Stichting
Agrarisch Opleidingscentrum Salland, gevestigd te Deventer. Omdat de hele route binnen onze eigen
stichting blijft, sluiten wij geen samenwerkingsovereenkomst met een andere partij. Het college van
bestuur legt de afspraken voor deze route vast in deze interne regeling, zoals artikel 2.107b, derde
lid, WVO 2020 en artikel 9.1.3, derde lid, WEB voorschrijven.

Het stuk is geschreven door Karin Nijhuis, teamleider vmbo op de locatie Raalte, en Erik
Brinkhorst, opleidingscoördinator Voeding op de locatie Deventer, als routeboekje voor docenten,
leerlingen, ouders en bedrijven. Wat hieronder als regel is geformuleerd, is door het college van
bestuur vastgesteld en geldt voor beide locaties.

## 1. Welke route
De route begint in het profiel Groen van de kaderberoepsgerichte leerweg op de vmbo-locatie Raalte,
met de keuzevakken Voedselproductie en Voedseltechnologie, en loopt door naar de mbo-opleiding
Vakbekwaam medewerker voedingsindustrie, niveau 3 (vakopleiding, beroepsopleidende leerweg), op de
mbo-locatie Deventer, in het opleidingsdomein Voedsel, natuur en leefomgeving. De leerling haalt aan
het eind van routejaar 2 het vmbo-diploma kader met het profiel Groen en aan het eind van routejaar 4
het mbo-diploma. Er is plaats voor achttien leerlingen per cohort. Het college van bestuur meldt de
route bij DUO vóór 1 oktober 2025.

## 2. Het leerjaar rond
### Routejaar 1 – leerjaar 3 vmbo
Maandag tot en met donderdag in Raalte: de algemene vakken, het profiel Groen en de keuzevakken. Op
vrijdag werken de leerlingen in de schoolkeuken en het voedsellab in Raalte aan de opdracht "Van
boerderij tot bord": melk, graan en vlees uit de buurt volgen tot in het product.

### Routejaar 2 – leerjaar 4 vmbo
Drie dagen in Raalte voor het examenprogramma; in mei het centraal examen. Op woensdag en vrijdag
gaan de leerlingen naar het Foodlab in Deventer voor de mbo-onderdelen Hygiëne en voedselveiligheid
en Procesbewaking 1, die meetellen voor het mbo-diploma. In april lopen ze een week mee op een
foodbedrijf.

### Routejaar 3 en 4 – de mbo-jaren in Deventer
In routejaar 3 is de student vier dagen in Deventer en één dag op een leerbedrijf; in routejaar 4
drie dagen op het leerbedrijf en twee dagen in het Foodlab. Onderdelen die al in routejaar 2 zijn
afgerond, worden niet herhaald; de vrijgekomen tijd gaat naar het keuzedeel Duurzame productie.

### Programma en examens
Programma en examinering van de hele route staan per routejaar in één PTA/OER, met per onderdeel de
aanduiding vmbo, mbo of beide. De examencommissie vmbo en de examencommissie mbo stellen het elk
jaar vóór 1 oktober samen vast. De vmbo-afdeling blijft verantwoordelijk voor het vmbo-examen, ook
voor een leerling die al als mbo-student staat ingeschreven.

## 3. Mensen en ruimtes
Het routeteam bestaat uit vier vmbo-docenten (Nederlands, wiskunde, biologie en praktijk Groen) en
drie mbo-docenten (levensmiddelentechnologie, procesbewaking en hygiëne), aangevuld met een
instructeur van het Foodlab. In routejaar 2 geven de mbo-docenten op woensdag en vrijdag les aan de
vmbo-leerlingen; een vmbo-docent praktijk Groen gaat op vrijdag mee naar Deventer. Voor het project
"Van boerderij tot bord" en voor de vrijdagen in het Foodlab werken vmbo- en mbo-docenten als één
team in de zin van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB: samen zijn zij bevoegd voor alle
onderdelen, ieder draagt de verantwoordelijkheid voor zijn eigen onderdeel en het PTA/OER vermeldt
welke onderdelen het team geeft. De teamleider vmbo en de opleidingscoördinator verdelen de uren
jaarlijks vóór 1 juni.

De route gebruikt de schoolkeuken en het voedsellab in Raalte en het Foodlab in Deventer, met de
proefproductielijn, het microbiologisch lab en de koelcellen. Routeleerlingen krijgen vanaf
routejaar 1 toegang tot de digitale leeromgeving van de mbo-afdeling. Het vervoer op woensdag en
vrijdag in routejaar 2 gaat met de trein Raalte–Deventer; de leerlingen krijgen daarvoor een
reisvergoeding.

## 4. Bedrijven uit de Sallandse foodketen
De route is samen met bedrijven uit de streek opgezet en blijft dat. Zuivelcoöperatie De
Sallandse Weide (Raalte), Vleeswarenfabriek Ten Hove (Deventer), Bakkerij Wolters (Holten) en
Groentenverwerker Schuttenbelt (Wijhe) zitten in de adviesraad van de route. De adviesraad komt
twee keer per jaar, in november en mei, bij elkaar met het routekoppel (hoofdstuk 5) om het
programma te bespreken, levert per schooljaar twee praktijkopdrachten aan voor het Foodlab en
wijst een praktijkbeoordelaar aan voor de proeve van bekwaamheid. De bedrijven bieden meeloopweken
in routejaar 2 en leerbedrijfplaatsen in routejaar 3 en 4; de mbo-afdeling zorgt dat elk bedrijf
een erkenning van SBB heeft. Elk jaar geven medewerkers van de adviesraad in routejaar 1 vier
gastlessen over werken in de voedingsindustrie.

## 5. Regie en rekenschap
De route wordt geleid door het routekoppel: de teamleider vmbo van de locatie Raalte en de
opleidingscoördinator Voeding van de locatie Deventer. Het college van bestuur wijst beiden bij
besluit aan als routekoppel, voor de duur van deze regeling, en wijst bij vertrek binnen twee
maanden een vervanger aan.

Het routekoppel heeft de volgende taken en mag daarover zelf beslissen: de toelating van leerlingen
tot de route, het rooster en de verdeling van de uren van het routeteam, de inhoud van de
praktijkopdrachten, de samenwerking met de adviesraad en de besteding van het routebudget van
€ 9.000 per jaar. Voorstellen over het PTA/OER legt het routekoppel voor aan de beide
examencommissies. Over het aantal plaatsen, over personeel en over wijziging van deze regeling
beslist het college van bestuur.

### Rekenschap aan het college van bestuur
Het routekoppel informeert het college van bestuur drie keer per jaar, in de tertiaalrapportages
van eind december, eind april en eind augustus, met een vaste paragraaf over de route: aantallen
per routejaar, uitval en de reden daarvan, examenresultaten, het aantal leerbedrijven en de
besteding van het routebudget. Elk jaar in juni legt het routekoppel in een gesprek met het lid van
het college van bestuur met de portefeuille onderwijs verantwoording af over het afgelopen jaar; het
verslag van dat gesprek gaat naar het hele college.

## 6. Begeleiding
In routejaar 1 en 2 heeft de leerling een mentor in Raalte, daarna een studieloopbaanbegeleider in
Deventer. In juni van routejaar 2 vindt een overdrachtsgesprek plaats met de leerling, zijn ouders,
de mentor en de studieloopbaanbegeleider. Extra ondersteuning loopt via het ondersteuningsteam van
de locatie waar de leerling op dat moment staat ingeschreven.

Stoppen met de route betekent bij ons niet stoppen met leren. Verlaat een leerling de route in
routejaar 1 of 2, dan maakt hij in Raalte de gewone kaderberoepsgerichte leerweg af, in het profiel
Groen, en haalt hij zijn vmbo-diploma. Zakt hij voor het vmbo-examen, dan mag hij routejaar 2
overdoen of begint hij toch in Deventer aan een opleiding op niveau 2 of 3; omdat dat binnen onze
eigen instelling is, gelden daarbij geen vooropleidingseisen. Past voeding in routejaar 3 of 4 niet
meer, dan stapt de student over naar een andere opleiding van de mbo-afdeling op hetzelfde niveau,
zoals Vakbekwaam medewerker dierhouderij of Vakbekwaam hovenier; wil hij naar een andere school, dan
regelen wij een warme overdracht. Welke plek het wordt, bepalen de teamleider vmbo en de
opleidingscoördinator samen met de leerling en zijn ouders, aan de hand van het niveau dat de
leerling heeft bereikt en zijn leeftijd. Deze werkwijze staat in de schoolgids.

## 7. Praktische zaken
Werkkleding en haarnetjes voor het Foodlab krijgt de leerling in bruikleen. Voor het Foodlab gelden
de hygiëneregels van de mbo-afdeling; sieraden en eigen eten zijn daar niet toegestaan. Iedere
routeleerling is verzekerd via de collectieve verzekering van de stichting.

Geld: de vmbo- en de mbo-afdeling vallen onder hetzelfde bevoegd gezag. Er is daarom geen overdracht
van bekostiging als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Het college van bestuur
neemt de kosten van de route op in de begroting van beide locaties: de lessen in het Foodlab in
routejaar 2 komen ten laste van de mbo-afdeling, het vervoer Raalte–Deventer ten laste van de
vmbo-afdeling.

## 8. Vaststelling en wijziging
Deze regeling is vastgesteld door het college van bestuur van Stichting Agrarisch Opleidingscentrum
Salland. Het college kan haar wijzigen; een wijziging gaat in bij het begin van een schooljaar en
geldt niet ten nadele van leerlingen die al in de route zitten.

Deventer, 30 juni 2025

Het college van bestuur, ir. W.H. Slagman, voorzitter
""")

# =============================================================================================
# 153 -- very short routeplan, Markdown, Texel, toerisme -- fully compliant (h not applicable)
# =============================================================================================
add(153, "zeer_kort_routeplan_texel_toerisme", "md",
    "Very short routeplan (Markdown, about 1.5 pages) in plain words with question-like headings, "
    "Texel, vmbo HBR kb -> mbo-3 Zelfstandig medewerker leisure & hospitality with a ROC across the "
    "Marsdiep; every core element present in a sentence or two ('wie trekt de kar', 'als het niet "
    "lukt', 'onenigheid', 'erbij, eruit, anders'). Explicit no transfer. Silent on medezeggenschap.",
    "p p p p p p p na p p",
    {"a": "Wat leren ze?", "b": "Het eiland doet mee", "c": "Wie trekt de kar?",
     "d": "Wie trekt de kar?", "e": "Hoe loopt de week?", "f": "Als het niet lukt",
     "g": "Geld", "i": "Onenigheid", "j": "Erbij, eruit, anders"},
    r"""
# Routeplan Gastvrij Texel
~ Doorlopende leerroute vmbo-mbo · versie juni 2025

**Wie:** Stichting Openbaar Voortgezet Onderwijs Texel, bevoegd gezag van OSG De Waddenrand in Den
Burg, en Stichting ROC Marsdiep in Den Helder. Beide besturen tekenen dit routeplan als hun
samenwerkingsovereenkomst voor de route (art. 2.107b WVO 2020, art. 9.1.3 WEB).

## Wat leren ze?
Van het profiel Horeca, bakkerij en recreatie in de kaderberoepsgerichte leerweg (De Waddenrand) naar
de mbo-opleiding Zelfstandig medewerker leisure & hospitality, niveau 3 (ROC Marsdiep, domein
Toerisme en recreatie). Vier jaar: vmbo-diploma eind jaar 2, mbo-diploma eind jaar 4. Hooguit twaalf
leerlingen per jaar. We melden de route samen bij DUO.

## Hoe loopt de week?
Jaar 1 en 2: maandag tot en met donderdag De Waddenrand; vrijdag geven twee ROC-docenten in Den Burg
de mbo-lessen gastvrijheid en recreatie, samen met de horecadocent van De Waddenrand als één team
(art. 7.13a WVO 2020, art. 9.1.12 WEB). Jaar 3 en 4: maandag tot en met woensdag bij het ROC in Den
Helder (boot van 7.30 uur), donderdag en vrijdag bpv op het eiland. Het ROC stelt zijn
receptie-oefenruimte en evenementenzaal open, De Waddenrand zijn leskeuken en restaurant. Programma
en examens per jaar staan in één PTA/OER dat beide examencommissies vóór 1 oktober vaststellen.
Iedereen blijft in dienst van zijn eigen school.

## Het eiland doet mee
Vakantiepark De Koog Duinen, Hotel Het Vlaggeschip (Oudeschild), Paviljoen Noorderstrand en
Camping 't Horntje geven bpv-plekken, leveren elke zomer een echte opdracht (een activiteitenweek,
een evenement) en beoordelen de proeve mee. Twee keer per jaar schuiven zij aan bij de eilandtafel
met de coördinatoren om het programma bij te stellen.

## Wie trekt de kar?
Twee coördinatoren, één van elke school. De directeur van De Waddenrand en de directeur van het
ROC-college Gastvrijheid wijzen ieder hun eigen coördinator schriftelijk aan, voor twee jaar. Zij
beslissen over rooster, groepen, bpv-plekken en toelating; wat geld kost of de route verandert,
leggen zij aan de besturen voor. Ze sturen beide besturen in februari en juli een verslag van één
A4 (aantallen, uitval, resultaten) en bespreken het jaarverslag in september met de twee
bestuurders.

## Als het niet lukt
Tot en met jaar 2: verder in de gewone kaderopleiding op De Waddenrand, met vmbo-diploma. Geen
vmbo-diploma in jaar 2: jaar overdoen, of doorstarten op niveau 2 of 3 bij het ROC, dat dan geen
diploma-eis stelt. In jaar 3 of 4 een andere richting: een andere niveau 3-opleiding van het ROC
zonder nieuwe toelatingseisen, of elders via een intake. De coördinatoren bespreken het met de
leerling en zijn ouders; beide scholen kijken samen naar wat de leerling kan en hoe oud hij is, en
beslissen samen.

## Geld
Er gaat geen bekostiging van de ene naar de andere school. Ieder betaalt zijn eigen mensen,
lokalen en reizen.

## Onenigheid
Eerst de coördinatoren, dan de twee directeuren, dan de twee bestuurders. Lukt het dan binnen twee
maanden niet: een mediator die we samen kiezen. Daarna de rechter in Alkmaar.

## Erbij, eruit, anders
Een andere school of mbo-instelling kan meedoen als beide besturen schriftelijk instemmen en de
nieuwe partner dit plan tekent; meedoen start op 1 augustus. Opzeggen kan schriftelijk, vóór 1
augustus, voor het einde van het schooljaar daarna. Na een opzegging geen nieuwe instroom; wie al in
de route zit, maakt hem af op dezelfde manier. Wijzigen alleen schriftelijk, door beide besturen
getekend, en pas vanaf een nieuw schooljaar.

Den Burg, 30 juni 2025 — R. Bakker, bestuurder OVO Texel · J.C. Zijp, voorzitter college van bestuur
ROC Marsdiep
""")


# =============================================================================================
# 154 -- routeplan with weekly rhythm, TXT, Oost-Groningen, logistiek, vakinstelling -- compliant
# =============================================================================================
add(154, "weekritme_routeplan_oost_groningen_logistiek", "txt",
    "Plain-text routeplan by a small-school director and a vakinstelling trajectbegeleider, "
    "Oost-Groningen, vmbo M&T bb -> mbo-2 Logistiek medewerker; ASCII week table, people and "
    "warehouses; bindend advies inside 'Samenwerking', a per-pupil transfer inside 'Praktische "
    "zaken', overstap inside 'Begeleiding', extra medezeggenschap arrangement. Fully compliant.",
    "p p p p p p p p p p",
    {"a": "2. De route", "b": "6. De bedrijven", "c": "7. De routeleiding",
     "d": "7.2 Hoe de routeleiding de besturen op de hoogte houdt",
     "e": "5. De plekken en de mensen", "f": "8. Begeleiding", "g": "10. Praktische zaken",
     "h": "11. Inspraak", "i": "9. Samenwerking",
     "j": "12. Hoe lang, wie erbij, wie eruit, wat verandert"},
    r"""
# Routeplan Logistiek Oost-Groningen
~ Doorlopende leerroute vmbo-mbo · Vmbo De Dijkwachter (Winschoten) en Noordelijk Vakcollege Transport en Logistiek (Veendam) · juni 2025

## 0. Over dit routeplan
Dit plan is geschreven door Henk Mulder, directeur van Vmbo De Dijkwachter, en Sandra Kuipers,
trajectbegeleider bij het Noordelijk Vakcollege Transport en Logistiek. Het is bedoeld voor iedereen
die met de route te maken heeft: leerlingen, ouders, docenten, bedrijven en de twee besturen. Het is
ook de samenwerkingsovereenkomst tussen die besturen (artikel 2.107b WVO 2020 en artikel 9.1.3 WEB):
wat hierin staat, hebben de besturen met elkaar afgesproken en ondertekend.

## 1. De partners
De Dijkwachter is een kleine vmbo-school in Winschoten met ongeveer 260 leerlingen en de basis- en
kaderberoepsgerichte leerweg. Het bevoegd gezag is Stichting Voortgezet Onderwijs Oldambt en
Veenkoloniën, gevestigd te Winschoten, vertegenwoordigd door de heer G.J. Smit, voorzitter van het
college van bestuur.

Het Noordelijk Vakcollege Transport en Logistiek (hierna: het vakcollege) is een vakinstelling voor
beroepsonderwijs in transport en logistiek, met een leslocatie in Veendam. Het bevoegd gezag is
Stichting Noordelijk Vakcollege Transport en Logistiek, gevestigd te Groningen, vertegenwoordigd
door mevrouw M. Venema, voorzitter van de raad van bestuur.

## 2. De route
Profiel: Mobiliteit en transport, basisberoepsgerichte leerweg, met de keuzevakken Logistiek 1 en
Logistiek 2 (De Dijkwachter).

Mbo-opleiding: Logistiek medewerker, niveau 2 (basisberoepsopleiding), opleidingsdomein Transport,
scheepvaart en logistiek (het vakcollege), beroepsopleidende leerweg.

De route duurt drie jaar: leerjaar 3 en 4 op De Dijkwachter en één jaar op het vakcollege. Omdat de
leerlingen de helft van de mbo-stof al in leerjaar 3 en 4 doen, halen ze het mbo-diploma een jaar
eerder dan gewoonlijk. Ze halen ook het vmbo-diploma basis, in leerjaar 4. Per jaar starten
maximaal veertien leerlingen. De besturen melden de route samen bij DUO.

## 3. Wat er per jaar gebeurt
Routejaar 1 (leerjaar 3). De leerling leert het magazijn kennen: ontvangen, opslaan, orderpicken,
verzenden. Theorie op De Dijkwachter, praktijk elke donderdag in de oefenhal van het vakcollege in
Veendam. In het voorjaar haalt hij het certificaat heftruck.

Routejaar 2 (leerjaar 4). Examenjaar vmbo: schoolexamens en in mei het centraal examen basis. Op
donderdag en vrijdag mbo-stof in Veendam, waaronder voorraadbeheer en werken met een
magazijnbeheersysteem. Twee weken snuffelstage bij een distributiecentrum.

Routejaar 3 (mbo). De leerling staat nu ingeschreven bij het vakcollege. Twee dagen school in
Veendam, drie dagen bpv bij een leerbedrijf. Proeve van bekwaamheid in mei, diploma in juni.

Het programma en de examens staan per routejaar in één PTA/OER, met per onderdeel of het vmbo, mbo
of beide is. De examensecretaris van De Dijkwachter en de examencommissie van het vakcollege stellen
het elk jaar voor 1 oktober samen vast. De Dijkwachter blijft verantwoordelijk voor het vmbo-examen,
het vakcollege voor de mbo-examens en de bpv.

## 4. Het weekritme
| Routejaar | ma | di | wo | do | vr |
| 1 | Dijkwachter | Dijkwachter | Dijkwachter | Vakcollege | Dijkwachter |
| 2 | Dijkwachter | Dijkwachter | Dijkwachter | Vakcollege | Vakcollege |
| 3 | Bpv | Vakcollege | Bpv | Vakcollege | Bpv |

In de week voor de kerstvakantie draait routejaar 2 mee in de piekdrukte van een distributiecentrum;
de lessen van die week worden ingehaald in de oefenhal.

## 5. De plekken en de mensen
De plekken. De Dijkwachter in Winschoten (theorielokalen, het praktijklokaal Mobiliteit en
transport met de kleine magazijnopstelling). Het vakcollege in Veendam (de oefenhal van 900 m² met
stellingen, twee heftrucks, een reachtruck, een scanstraat en de lesruimte met het
magazijnbeheersysteem). De Dijkwachter mag op maandagmiddag de oefenhal gebruiken voor leerlingen
van leerjaar 2 die aan een oriëntatie toe zijn; het vakcollege gebruikt op woensdagavond het
praktijklokaal in Winschoten voor een cursus orderpicken voor volwassenen. Vervoer naar Veendam: met
de bus die De Dijkwachter regelt.

De mensen. In routejaar 1 en 2 geeft een instructeur van het vakcollege de praktijkdagen in Veendam;
de praktijkdocent M&T van De Dijkwachter is daar op donderdag bij. Een docent Nederlands en rekenen
van De Dijkwachter geeft in routejaar 3 twee uur per week les op het vakcollege, zodat de leerlingen
hun bekende docent houden voor de generieke vakken. Samen met de mentor vormen zij het routeteam. Op
de praktijkdagen werken instructeur en praktijkdocent als één team (artikel 7.13a WVO 2020, artikel
9.1.12 WEB): elk onderdeel heeft een bevoegde docent, het PTA/OER vermeldt de teamonderdelen en ieder
blijft verantwoordelijk voor zijn eigen onderdeel. Iedereen blijft in dienst van de eigen school.

## 6. De bedrijven
Vijf bedrijven hebben de route mee opgezet en zitten in het bedrijvenoverleg: Noorderzorg
Supermarkten DC (Winschoten), Transportbedrijf Huizinga & Zn. (Scheemda), Kartonnagefabriek Noord
(Veendam), Agrarische Groothandel Pekela (Oude Pekela) en Koel- en Vrieshuis Eemskanaal
(Hoogezand). Het bedrijvenoverleg komt twee keer per jaar met de routeleiding bij elkaar en geeft
advies over de inhoud van de praktijkdagen. De bedrijven:
- zorgen samen voor de snuffelstages in routejaar 2 en de bpv-plaatsen in routejaar 3; het
  vakcollege zorgt dat elk bpv-bedrijf erkend is door SBB;
- nemen de leerlingen van routejaar 1 elk jaar mee op een bedrijfsbezoek;
- leveren de casus voor de praktijkopdracht "Van dock tot schap" in routejaar 2;
- laten een praktijkopleider meebeoordelen bij de proeve van bekwaamheid.

## 7. De routeleiding
### 7.1 Wie en wat
De route wordt geleid door twee mensen: de afdelingsleider techniek van De Dijkwachter en de
trajectbegeleider van het vakcollege. Nu zijn dat Bart Hazelhoff en Sandra Kuipers. De twee besturen
stellen hen samen aan met een brief die beide voorzitters ondertekenen, voor drie schooljaren; bij
vertrek van een van hen kiest zijn eigen bestuur een opvolger en bevestigen beide besturen die keuze
op dezelfde manier.

De routeleiding mag zelf beslissen over: de toelating van leerlingen (na advies van de mentor), het
rooster en het weekritme, de verdeling van leerlingen over stage- en bpv-bedrijven, de inzet van
instructeur en docenten binnen de afgesproken uren, en uitgaven tot 2.000 euro per keer uit het
routebudget. Zij bereidt het PTA/OER voor. Niet aan de routeleiding maar aan de besturen zijn: het
aantal plaatsen, personeelszaken, het geld tussen de scholen en het wijzigen of stoppen van de
route.

### 7.2 Hoe de routeleiding de besturen op de hoogte houdt
Na elk kwartaal stuurt de routeleiding beide besturen een overzicht van één pagina met het aantal
leerlingen, verzuim, stops en bijzonderheden. Elk jaar voor 1 juli schrijft zij een jaarverslag met
de resultaten, de uitstroom en de besteding van het routebudget en van het geld uit hoofdstuk 10. In
september legt zij daarover verantwoording af in een gesprek met de twee voorzitters van de
besturen, die het jaarverslag daarna vaststellen.

## 8. Begeleiding
Elke leerling heeft in routejaar 1 en 2 een mentor op De Dijkwachter; in routejaar 3 is de
trajectbegeleider van het vakcollege zijn vaste aanspreekpunt. In juni van routejaar 2 is er een
overdrachtsgesprek met leerling, ouders, mentor en trajectbegeleider. Extra ondersteuning en
verzuim: in routejaar 1 en 2 De Dijkwachter, in routejaar 3 het vakcollege. Komt er een klacht
binnen over iemand van de andere school, dan behandelt de school waar de klacht binnenkomt hem
volgens haar eigen klachtenregeling en werkt de andere school mee.

Wat als de route niet past? Niemand valt tussen wal en schip. Stopt een leerling in routejaar 1 of
2, dan gaat hij op De Dijkwachter verder in de gewone basisberoepsgerichte leerweg, in Mobiliteit en
transport of een ander profiel van de school, en haalt hij daar zijn vmbo-diploma. Zakt hij in
routejaar 2 voor het vmbo-examen, dan doet hij het jaar over, of hij begint toch aan Logistiek
medewerker of een andere niveau 2-opleiding van het vakcollege; het vakcollege vraagt dan geen
vmbo-diploma. Wil hij in routejaar 3 een andere richting, dan kan hij zonder extra toelatingseisen
naar een andere opleiding op niveau 2 van het vakcollege, zoals Chauffeur goederenvervoer, of helpt
het vakcollege hem naar een opleiding bij een andere mbo-school in de regio. Wie verhuist, krijgt
hulp bij het vinden van een vergelijkbare opleiding in de nieuwe woonplaats. De beslissing nemen
De Dijkwachter en het vakcollege samen: de mentor en de trajectbegeleider bespreken met de leerling
en zijn ouders wat hij al kan en hoe oud hij is, en de routeleiding legt de gezamenlijke keuze
binnen twee weken vast. Dit staat ook in de schoolgidsen.

## 9. Samenwerking
De routeleiding overlegt elke twee weken, het routeteam elke maand. Leerlingen staan in routejaar 1
en 2 ingeschreven bij De Dijkwachter; op 1 augustus van routejaar 3 gaat de inschrijving over naar
het vakcollege. Gegevens die voor de route nodig zijn, delen de scholen via een beveiligde
verbinding, en niet meer dan nodig.

Lopen we vast over hoe we deze afspraken uitvoeren, dan gaat het zo. De routeleiding probeert het
binnen twee weken op te lossen. Lukt dat niet, dan gaan de directeur van De Dijkwachter en de
directeur onderwijs van het vakcollege erover in gesprek. Komen ook zij er binnen een maand niet
uit, dan praten de twee voorzitters van de besturen met elkaar. Is er daarna nog steeds geen
oplossing, dan vragen de besturen samen een onafhankelijke deskundige om bindend advies; die kiezen
zij samen, en zij betalen hem ieder voor de helft. Aan zijn advies houden beide besturen zich.
Intussen gaat het onderwijs voor de leerlingen gewoon door.

## 10. Praktische zaken
Werkkleding en veiligheidsschoenen: krijgen de leerlingen van het vakcollege. Verzekering: iedere
school verzekert haar eigen leerlingen, ook op de locatie van de andere school; tijdens stage en bpv
geldt de verzekering van de school waar de leerling staat ingeschreven.

Geld. In routejaar 1 en 2 geeft het vakcollege de praktijkdagen, terwijl de bekostiging voor deze
leerlingen dan bij De Dijkwachter binnenkomt. Daarom maakt De Dijkwachter op grond van artikel 5.42a
WVO 2020 voor elke routeleerling in routejaar 1 en 2 een bedrag van 950 euro per schooljaar over aan
het vakcollege, op basis van het aantal leerlingen op 1 oktober, in één keer voor 1 december. Het
vakcollege gebruikt dit geld voor de uren van de instructeur, het gebruik van de oefenhal en de
heftrucks, en de examenkosten van het certificaat heftruck. In routejaar 3 gaat er geen geld tussen
de scholen heen en weer.

## 11. Inspraak
In routejaar 1 en 2 praten leerlingen, ouders en docenten van De Dijkwachter mee via de
medezeggenschapsraad van De Dijkwachter; in routejaar 3 via de studentenraad van het vakcollege, en
de medewerkers van het vakcollege via zijn ondernemingsraad. De besturen spreken daarnaast af:
- een routeleerling uit routejaar 2 mag meedoen in het studentenpanel van het vakcollege in Veendam;
- ouders van leerlingen in routejaar 3 blijven dat jaar welkom in het ouderpanel van De Dijkwachter,
  omdat de overstap naar het mbo dan net achter de rug is;
- één keer per jaar praten de medezeggenschapsraad van De Dijkwachter en de studentenraad van het
  vakcollege samen met de routeleiding over het jaarverslag.

## 12. Hoe lang, wie erbij, wie eruit, wat verandert
Looptijd: dit routeplan geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

Erbij: een andere vmbo-school in Oost-Groningen met het profiel Mobiliteit en transport, of een
andere mbo-instelling, kan aansluiten als beide besturen daar schriftelijk mee instemmen en de
nieuwe partner dit plan zonder voorbehoud tekent. Aansluiten gebeurt per 1 augustus, en de scholen
melden het samen bij DUO. Voor leerlingen die al in de route zitten, verandert daardoor niets.

Eruit: elk bestuur kan het routeplan schriftelijk opzeggen, uiterlijk op 1 augustus en met ingang
van 1 augustus een jaar later. Vanaf de opzegging nemen we geen nieuwe leerlingen meer aan. Wie al in
de route zit, maakt hem af op dezelfde manier en op dezelfde plekken; de afspraken uit dit plan,
ook die over het geld, blijven gelden tot de laatste leerling klaar is.

Wat verandert: het plan wordt alleen veranderd met een schriftelijke aanvulling die beide besturen
tekenen. Veranderingen gaan in bij het begin van een schooljaar en mogen leerlingen die al in de
route zitten niet benadelen. Het weekritme mag de routeleiding zelf aanpassen, als de uren per
leerling gelijk blijven.

Ondertekend in Winschoten op 30 juni 2025.

Voor Stichting Voortgezet Onderwijs Oldambt en Veenkoloniën: G.J. Smit

Voor Stichting Noordelijk Vakcollege Transport en Logistiek: M. Venema
""")

# =============================================================================================
# 155 -- routeplan with considerans, DOCX, Midden-Limburg, zorg -- defects: leiding without any
#        appointment rule, money only in the considerans, toetreding/opzegging only restated
# =============================================================================================
add(155, "routeplan_overwegingen_midden_limburg_zorg", "docx",
    "Routeplan with 'Overwegingen' (DOCX) by two routecoördinatoren, Midden-Limburg, vmbo Z&W kb -> "
    "mbo-3 Verzorgende-IG with a ROC; programme per year, wards and skillslab. Defects: the routeteam "
    "has members and tasks but nothing on how it is appointed; bekostiging appears only in the "
    "considerans; the toetreding/opzegging/wijziging chapter only restates the statute. Real extra "
    "medezeggenschap arrangement, geschil via a three-member commission.",
    "p p w p p p m p p w",
    {"a": "1. De route", "b": "4. Zorgorganisaties als leerplek",
     "d": "6. Verslag en verantwoording", "e": "3. Mensen, lokalen en afdelingen",
     "f": "7. Begeleiding en overstap", "h": "8. Inspraak", "i": "9. Als we het oneens zijn"},
    r"""
# Routeplan Zorgroute Roerdal – Maasvallei
~ Doorlopende leerroute vmbo-mbo: Zorg en welzijn (kaderberoepsgerichte leerweg) naar Verzorgende-IG (mbo niveau 3)
~ Roermond · versie 1 · juni 2025

## Partijen
- Stichting Katholiek Voortgezet Onderwijs Maas en Roer, gevestigd te Roermond, bevoegd gezag van
  Vmbo Roerdal, vertegenwoordigd door mevrouw drs. C.M. Smeets, voorzitter van het college van
  bestuur (hierna: Roerdal);
- Stichting ROC Maasvallei, gevestigd te Roermond, instelling voor beroepsonderwijs, vertegenwoordigd
  door de heer J.P.M. Cremers, voorzitter van het college van bestuur (hierna: Maasvallei).

## Overwegingen
Partijen overwegen dat:
- het tekort aan verzorgenden in Midden-Limburg groot is en jongeren uit Roermond, Swalmen en de
  Roerstreek het liefst dicht bij huis leren en werken;
- Roerdal en Maasvallei sinds 2019 samenwerken in de zorgklas en die samenwerking nu omzetten in een
  doorlopende leerroute;
- de bekostiging van de route in de eerste twee routejaren bij Roerdal en daarna bij Maasvallei
  binnenkomt, en partijen het van belang vinden dat de kosten van het onderwijs dat de een voor de
  leerlingen van de ander verzorgt, eerlijk worden gedeeld;
- partijen hun afspraken vastleggen in dit routeplan, dat geldt als de samenwerkingsovereenkomst als
  bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB.

## 1. De route
De Zorgroute begint in het profiel Zorg en welzijn van de kaderberoepsgerichte leerweg van Roerdal
en loopt door naar de mbo-opleiding Verzorgende-IG, niveau 3 (vakopleiding), van Maasvallei, in het
opleidingsdomein Zorg en welzijn. In routejaar 1 en 2 (leerjaar 3 en 4 vmbo) is de leerling
ingeschreven bij Roerdal en haalt hij het vmbo-diploma kader; in routejaar 3 en 4 is hij student van
Maasvallei, het laatste jaar in de beroepsbegeleidende leerweg, en haalt hij het mbo-diploma
Verzorgende-IG. Er is plaats voor twintig leerlingen per jaar. Partijen melden de route samen bij
DUO vóór 1 oktober 2025.

## 2. Jaar voor jaar en de week
Routejaar 1. Vier dagen op Roerdal, met de profielvakken en de keuzevakken Mens en zorg en
Welzijn kind en jongere. Op donderdag naar het skillslab van Maasvallei aan de Kapellerlaan: tillen
en transfers, hygiëne, eerste hulp. In het voorjaar een snuffelweek in een verpleeghuis.

Routejaar 2. Examenjaar: schoolexamens en in mei het centraal examen kader. Op dinsdag en donderdag
mbo-onderdelen bij Maasvallei (Basiszorg 1 en Communicatie met de cliënt). Na het examen, in juni,
drie weken meelopen op een afdeling.

Routejaar 3. Student bij Maasvallei: drie dagen school, twee dagen bpv. Omdat de basiszorg al is
afgerond, start de student direct met de verpleegtechnische handelingen.

Routejaar 4. Beroepsbegeleidende leerweg: vier dagen werken bij een zorgorganisatie, een dag school.
Proeve van bekwaamheid en diploma in juni.

Programma en examinering per routejaar staan in één PTA/OER voor de Zorgroute. Daarin staat per
onderdeel of het vmbo, mbo of beide is, en welke onderdelen door het team worden gegeven. De
examensecretaris van Roerdal en de examencommissie van Maasvallei stellen het elk jaar vóór 1
oktober samen vast. Roerdal blijft verantwoordelijk voor het vmbo-examen, Maasvallei voor de
mbo-examens en de bpv.

## 3. Mensen, lokalen en afdelingen
Het team van de Zorgroute bestaat uit drie docenten van Roerdal (zorg en welzijn, biologie,
Nederlands) en drie docenten van Maasvallei (verpleegkunde, skillslab en bpv-begeleiding). Zij
blijven in dienst van hun eigen school. De docenten van Maasvallei geven de lessen op donderdag in
het skillslab en in routejaar 2 ook op dinsdag; de docent zorg en welzijn van Roerdal geeft in
routejaar 1 en 2 mee in het skillslab en in routejaar 3 een wekelijkse les beroepshouding op
Maasvallei. Voor de skillslablessen werken de docenten als één team (artikel 7.13a WVO 2020 en
artikel 9.1.12 WEB): ieder heeft een bevoegdheid voor minstens één onderdeel, samen bestrijken zij
het hele programma, ieder blijft verantwoordelijk voor zijn eigen onderdeel, en het PTA/OER noemt de
teamonderdelen.

Maasvallei stelt het skillslab (zes bedden, tillift, oefenbadkamer en simulatiepop) en het
zelfstudiecentrum open voor de routeleerlingen. Roerdal stelt zijn praktijklokaal Zorg en welzijn
met de huiskamer en de demonstratiekeuken op maandagmiddag open voor de eerstejaars van Maasvallei.
Het skillslab ligt op tien minuten fietsen van Roerdal.

## 4. Zorgorganisaties als leerplek
Drie zorgorganisaties dragen de route mee: Zorggroep Maasoever (verpleeghuizen in Roermond en
Swalmen), Thuiszorg Roerstreek en Verpleeghuis Sint-Odilia in Herten. Zij bieden de snuffelweek en
de meeloopweken in routejaar 1 en 2 en de bpv- en bbl-plaatsen in routejaar 3 en 4; Maasvallei zorgt
dat elke afdeling een erkend leerbedrijf is. Elke organisatie levert een praktijkopleider die de
proeve van bekwaamheid meebeoordeelt. Twee keer per jaar, in november en april, zitten de
opleidingsadviseurs van de drie organisaties met de routecoördinatoren aan tafel om het programma te
bespreken; hun advies wordt meegenomen in het PTA/OER van het volgende jaar. Verpleegkundigen van
Zorggroep Maasoever geven in routejaar 2 vier gastlessen over dementie en palliatieve zorg.

## 5. Het routeteam
De route wordt geleid door het routeteam: twee routecoördinatoren, één van Roerdal en één van
Maasvallei. Nu zijn dat Ellen Heijnen (Roerdal) en Tom Vossen (Maasvallei).

Het routeteam regelt en beslist: het rooster en de dagindeling, de plaatsing van leerlingen op
afdelingen, de toelating tot de route na een gesprek met leerling en ouders, de inzet van de
teamdocenten binnen de uren die elke school daarvoor beschikbaar stelt, en het contact met de
zorgorganisaties. Het routeteam doet voorstellen voor het PTA/OER. Over het aantal plaatsen, over
personeel en over het wijzigen van dit routeplan beslissen de besturen.

## 6. Verslag en verantwoording
Het routeteam stuurt beide besturen elk jaar in december een tussenrapportage en uiterlijk 1 juli
een jaarrapportage. Daarin staan het aantal leerlingen per routejaar, de leerlingen die zijn
gestopt en waar zij zijn gebleven, de examenresultaten, het verzuim en de ervaringen van de
zorgorganisaties. In september bespreekt het routeteam de jaarrapportage met de twee voorzitters van
de colleges van bestuur, die daarna bepalen of iets in de route moet veranderen.

## 7. Begeleiding en overstap
Iedere leerling heeft in routejaar 1 en 2 een mentor van Roerdal en daarna een loopbaanbegeleider
van Maasvallei; in juni van routejaar 2 is er een overdrachtsgesprek. Verzuim meldt in de vo-fase
Roerdal, in de mbo-fase Maasvallei. Een klacht over een medewerker van de andere school behandelt de
school waar de klacht binnenkomt, volgens haar eigen klachtenregeling; de andere school werkt mee en
reageert binnen twee weken.

Niet iedereen houdt het vol in de zorg, en dat is geen schande. Wie de route verlaat, krijgt een plek
waar hij een diploma kan halen:
- in routejaar 1 of 2 gaat hij verder in de gewone kaderberoepsgerichte leerweg van Roerdal, in Zorg
  en welzijn of een ander profiel, en haalt hij daar het vmbo-diploma;
- haalt hij in routejaar 2 het vmbo-diploma niet, dan doet hij het jaar over of begint hij toch bij
  Maasvallei aan Verzorgende-IG of aan een andere opleiding op niveau 2 of 3, zonder dat Maasvallei
  een vmbo-diploma vraagt;
- wil hij in routejaar 3 of 4 een andere kant op, dan kan hij zonder nieuwe toelatingseisen naar een
  andere opleiding van Maasvallei op niveau 3, zoals Pedagogisch medewerker kinderopvang of
  Medewerker maatschappelijke zorg; voor een andere mbo-school helpt Maasvallei met de intake.

Welke plek het wordt, bepalen Roerdal en Maasvallei samen met de leerling en zijn ouders, op basis
van wat hij al heeft gehaald en zijn leeftijd. De werkwijze staat in de schoolgids van beide scholen.

## 8. Inspraak
In de vo-fase praten leerlingen, ouders en personeel van Roerdal mee via de medezeggenschapsraad van
Roerdal, in de mbo-fase via de studentenraad en de ondernemingsraad van Maasvallei. Partijen
spreken daarnaast af dat de medezeggenschapsraad van Roerdal en de studentenraad van Maasvallei
samen een routeklankbord vormen van vier leden (twee van elk), dat twee keer per jaar met het
routeteam praat over de jaarrapportage en de plannen, en dat het advies van dit klankbord wordt
meegestuurd met de jaarrapportage aan de besturen.

## 9. Als we het oneens zijn
Ontstaat er tussen partijen verschil van mening over de uitvoering van dit routeplan, dan bespreekt
het routeteam dat eerst. Komt het daar niet uit, dan leggen de coördinatoren het binnen twee weken
voor aan de twee voorzitters van de colleges van bestuur. Lukt het ook hun niet binnen zes weken,
dan gaat het geschil naar een commissie van drie: elk bestuur wijst één lid aan, en die twee kiezen
samen een onafhankelijke voorzitter. De commissie hoort beide partijen en doet binnen zes weken een
uitspraak waaraan partijen zich houden. De lessen en stages van de leerlingen gaan ondertussen
gewoon door.

## 10. Toetreding, opzegging en wijziging
Dit routeplan gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd. Partijen leggen de
voorwaarden vast waaronder een andere school of een andere instelling voor beroepsonderwijs partij
kan worden bij de overeenkomst, de voorwaarden waaronder de overeenkomst kan worden opgezegd of
ontbonden, alsmede de wijze waarop de overeenkomst in andere gevallen kan worden gewijzigd, telkens
met het oog op het zoveel mogelijk beperken van de gevolgen voor de leerlingen en studenten.

## Ondertekening
Roermond, 30 juni 2025

Stichting Katholiek Voortgezet Onderwijs Maas en Roer – drs. C.M. Smeets

Stichting ROC Maasvallei – J.P.M. Cremers
""")


# =============================================================================================
# 156 -- routeboekje with the arrangements in annexes, PDF, Achterhoek, hout/meubel,
#        vakinstelling -- fully compliant (h not applicable)
# =============================================================================================
add(156, "routeboekje_afsprakenkaart_bijlage_achterhoek_hout", "pdf",
    "Routeboekje (PDF) of a small vmbo school and a vakinstelling, Oost-Achterhoek, BWI kb -> mbo-3 "
    "Allround meubelmaker/(scheeps)interieurbouwer; the body describes years, week, workshops, people "
    "and firms, while leiding, verantwoording, geschil and toetreding/opzegging/wijziging sit in "
    "'Bijlage 1 - Afsprakenkaart' and the transfer (amount and use) in 'Bijlage 2 - Geld', printed in "
    "the same document. Fully compliant; silent on medezeggenschap.",
    "p p p p p p p na p p",
    {"a": "1. De route", "b": "5. Meubelmakers en interieurbouwers uit de Achterhoek",
     "c": "B1.1 Wie de route leidt", "d": "B1.2 Hoe de besturen op de hoogte blijven",
     "e": "4. Werkplaatsen en mensen", "f": "6. Begeleiding",
     "g": "Bijlage 2 – Geld", "i": "B1.3 Als het wringt",
     "j": "B1.4 Nieuwe partners, opzeggen en wijzigen"},
    r"""
# Routeboekje Houtroute Berkelland
~ Doorlopende leerroute vmbo-mbo · Vmbo Berkeldal (Eibergen) en de Hout- en Interieurvakschool Oost-Nederland (Groenlo)
~ Bouwen, wonen en interieur (kader) naar Allround meubelmaker/(scheeps)interieurbouwer (niveau 3) · juni 2025

## Vooraf
In de Achterhoek zitten tientallen meubelmakerijen, interieurbouwers en trappenfabrieken, van
eenmanszaak tot fabriek met honderd man. Ze vinden moeilijk vakmensen. Vmbo Berkeldal en de Hout- en
Interieurvakschool Oost-Nederland (HIVO) maken daarom samen de Houtroute: vier jaar lang één
programma, van de werkplaats in Eibergen tot het meesterstuk in Groenlo.

Dit boekje is geschreven door de twee routecoördinatoren. Hoofdstuk 1 tot en met 6 beschrijven de
route. De afspraken tussen de besturen staan in bijlage 1 (de afsprakenkaart) en bijlage 2 (geld).
Het boekje en de bijlagen vormen samen de samenwerkingsovereenkomst van beide besturen voor deze
route (artikel 2.107b WVO 2020 en artikel 9.1.3 WEB) en zijn samen ondertekend.

Partijen:
- Stichting Christelijk Voortgezet Onderwijs Oost-Achterhoek, gevestigd te Eibergen, bevoegd gezag
  van Vmbo Berkeldal, vertegenwoordigd door de heer H.B. Wolbrink, bestuurder (hierna: Berkeldal);
- Stichting Hout- en Interieurvakschool Oost-Nederland, gevestigd te Groenlo, vakinstelling voor
  beroepsonderwijs, vertegenwoordigd door mevrouw A.G.M. te Lintelo, voorzitter van het college van
  bestuur (hierna: HIVO).

## 1. De route
De Houtroute begint in het profiel Bouwen, wonen en interieur (BWI) van de kaderberoepsgerichte
leerweg van Berkeldal, met de keuzevakken Meubelmaken en Interieurbouw, en loopt door naar de
mbo-opleiding Allround meubelmaker/(scheeps)interieurbouwer, niveau 3 (vakopleiding), van HIVO. In
routejaar 1 en 2 (leerjaar 3 en 4 vmbo) staat de leerling ingeschreven bij Berkeldal en haalt hij het
vmbo-diploma kader BWI; in routejaar 3 en 4 is hij student van HIVO en haalt hij het mbo-diploma. Er
zijn twaalf plaatsen per jaar. Berkeldal en HIVO melden de route samen bij DUO.

## 2. Het programma per leerjaar
Routejaar 1 – leerjaar 3. Hout leren kennen: houtsoorten, handgereedschap, verbindingen. De
leerling maakt een eigen kist met zwaluwstaartverbindingen. Op woensdag werkt hij in de
leerwerkplaats van HIVO in Groenlo aan de eerste machines, onder een instructeur.

Routejaar 2 – leerjaar 4. Examenjaar: schoolexamens en in mei het centraal examen kader. Op woensdag
en vrijdag in Groenlo de mbo-onderdelen Machinaal houtbewerken 1 en Tekenen en calculeren, die al
meetellen voor het mbo-diploma. Twee weken meelopen bij een meubelmakerij.

Routejaar 3 – eerste mbo-jaar. Drie dagen leerwerkplaats en theorie in Groenlo, twee dagen bij een
leerbedrijf. Het project van dit jaar is een compleet badkamermeubel op maat, van tekening tot
plaatsing.

Routejaar 4 – tweede mbo-jaar. Vier dagen bij het leerbedrijf, een dag in Groenlo. Het jaar eindigt
met het meesterstuk, dat in juni wordt tentoongesteld in de showroom van HIVO.

Het programma en de examens van de hele route staan per routejaar in één PTA/OER, met bij elk
onderdeel of het vmbo, mbo of beide is. Berkeldal blijft verantwoordelijk voor het vmbo-examen, HIVO
voor de mbo-examens en de bpv. De examensecretaris van Berkeldal en de examencommissie van HIVO
stellen het PTA/OER elk jaar vóór 1 oktober samen vast.

## 3. De week
| Routejaar | Maandag | Dinsdag | Woensdag | Donderdag | Vrijdag |
| 1 | Berkeldal | Berkeldal | HIVO Groenlo | Berkeldal | Berkeldal |
| 2 | Berkeldal | Berkeldal | HIVO Groenlo | Berkeldal | HIVO Groenlo |
| 3 | HIVO | Leerbedrijf | HIVO | HIVO | Leerbedrijf |
| 4 | Leerbedrijf | Leerbedrijf | HIVO | Leerbedrijf | Leerbedrijf |

Op woensdag rijdt een busje van Berkeldal de leerlingen van Eibergen naar Groenlo (twintig minuten).

## 4. Werkplaatsen en mensen
De werkplaatsen. Berkeldal heeft in Eibergen een BWI-werkplaats met handgereedschap, een
lintzaag, een kolomboor en een spuitcabine. HIVO heeft in Groenlo een leerwerkplaats met een
CNC-bewerkingscentrum, formaatzagen, vlakbanken, een kantenlijmmachine en een showroom. De
routeleerlingen gebruiken de leerwerkplaats van HIVO op de dagen uit het weekschema; HIVO gebruikt de
spuitcabine van Berkeldal op maandag voor de lakmodule van zijn eerstejaars. Op de machines van HIVO
werken leerlingen alleen onder toezicht van een HIVO-instructeur en na de veiligheidsinstructie.

De mensen. Berkeldal zet twee docenten BWI en een docent Nederlands en wiskunde in, HIVO twee
instructeurs en een docent tekenen en calculeren. Iedereen blijft in dienst van zijn eigen school. De
docenten BWI van Berkeldal gaan op woensdag mee naar Groenlo; de docent tekenen van HIVO geeft in
routejaar 1 op dinsdag een blokuur in Eibergen. Voor de woensdagen in de leerwerkplaats werken
docenten en instructeurs als één team volgens artikel 7.13a WVO 2020 en artikel 9.1.12 WEB: elk
onderdeel heeft een bevoegde docent, ieder is verantwoordelijk voor zijn eigen onderdeel en het
PTA/OER zegt welke onderdelen het team geeft.

## 5. Meubelmakers en interieurbouwers uit de Achterhoek
Vijf bedrijven hebben de Houtroute mee bedacht: Meubelmakerij Ten Dam (Rekken), Interieurbouw
Nijenhuis (Neede), Trappenfabriek Berkel (Borculo), Jachtinterieurs Oost (Lichtenvoorde) en
Keukenmakerij Het Ambacht (Groenlo). Met z'n vijven vormen ze de vakraad van de route:
- de vakraad komt twee keer per jaar met de routecoördinatoren bij elkaar en adviseert over de
  werkstukken en het programma van het volgende jaar;
- de bedrijven bieden meeloopweken in routejaar 2 en bpv-plaatsen in routejaar 3 en 4, samen met
  andere leerbedrijven die door SBB zijn erkend; HIVO zorgt voor die erkenning;
- elk jaar levert een van de bedrijven een echte klantopdracht voor het project in routejaar 3;
- een vakman uit de vakraad zit in de jury van het meesterstuk en beoordeelt de proeve mee.

## 6. Begeleiding
De leerling heeft in routejaar 1 en 2 een mentor van Berkeldal en in routejaar 3 en 4 een
loopbaanbegeleider van HIVO. Eind routejaar 2 is er een overdrachtsgesprek met leerling en ouders.
Verzuim volgt Berkeldal in de vo-fase en HIVO in de mbo-fase. Een klacht over een medewerker van de
andere school wordt behandeld door de school waar de klacht binnenkomt; de andere school werkt
daaraan mee.

Soms blijkt de route toch niet de goede keuze. Wie stopt, krijgt altijd een vervolg met een diploma
in zicht. In routejaar 1 en 2 gaat de leerling verder in de gewone kaderberoepsgerichte leerweg van
Berkeldal, in BWI of een ander profiel, en haalt hij daar zijn vmbo-diploma. Zakt hij voor het
vmbo-examen, dan doet hij het jaar over of gaat hij toch naar HIVO, naar de route of naar een andere
opleiding op niveau 2 of 3; HIVO vraagt dan geen vmbo-diploma. Past het vak in routejaar 3 of 4 niet,
dan kan hij zonder nieuwe toelatingseisen naar een andere HIVO-opleiding op niveau 3, zoals
Allround medewerker houtbewerking, of begeleidt HIVO hem naar een opleiding bij een ROC in de regio.
Welke plek het wordt, spreken Berkeldal en HIVO samen af met de leerling en zijn ouders, aan de hand
van wat hij al beheerst en hoe oud hij is. Het staat ook in de schoolgidsen.

## Ondertekening
Dit boekje en de bijlagen 1 en 2 zijn vastgesteld en ondertekend te Groenlo op 30 juni 2025.

Voor Stichting Christelijk Voortgezet Onderwijs Oost-Achterhoek: H.B. Wolbrink, bestuurder

Voor Stichting Hout- en Interieurvakschool Oost-Nederland: A.G.M. te Lintelo, voorzitter college van
bestuur

===
## Bijlage 1 – Afsprakenkaart tussen de besturen
Deze bijlage hoort bij het routeboekje en is samen daarmee ondertekend.

### B1.1 Wie de route leidt
De route wordt geleid door de twee routecoördinatoren, één van elke school, nu Rianne Wolters
(Berkeldal) en Gerrit Lenselink (HIVO), samen met de afdelingsleider techniek van Berkeldal en de
opleidingsmanager van HIVO. De coördinatoren worden door hun eigen bestuur aangesteld, na instemming
van het andere bestuur, voor drie jaar; daarna kan hun bestuur hen opnieuw aanstellen. De
afdelingsleider en de opleidingsmanager horen er vanwege hun functie bij.

Wat zij doen en mogen: zij maken het rooster en het weekschema, verdelen de leerlingen over de
leerbedrijven, laten leerlingen toe tot de route, zetten de teamdocenten in binnen de afgesproken
uren, beheren het routebudget van € 4.000 per jaar en bereiden het PTA/OER voor. Het aantal
plaatsen, personeelszaken en het wijzigen of beëindigen van de route blijven bij de besturen.

### B1.2 Hoe de besturen op de hoogte blijven
De routeleiding schrijft elk jaar vóór 15 juli een routeverslag voor beide besturen: aantallen,
doorstroom, uitval en de reden, examenresultaten, leerbedrijven en de besteding van het budget en
van het geld uit bijlage 2. In oktober bespreekt zij dat verslag met beide bestuurders, die het
daarna vaststellen. Halverwege het jaar, in februari, stuurt zij een korte tussenstand. Grote
problemen meldt zij direct.

### B1.3 Als het wringt
Verschillen over de uitvoering van de afspraken lost eerst de routeleiding op. Lukt dat niet binnen
drie weken, dan gaat het naar de twee bestuurders, die er binnen vier weken samen uit proberen te
komen. Lukt ook dat niet, dan vragen zij samen een mediator. Heeft mediation na twee maanden geen
oplossing gebracht, dan kan elk bestuur naar de bevoegde rechter van de rechtbank Gelderland. De
lessen gaan ondertussen gewoon door.

### B1.4 Nieuwe partners, opzeggen en wijzigen
Looptijd: vanaf 1 augustus 2025, voor onbepaalde tijd.

Een andere vmbo-school met BWI, of een andere mbo-instelling, kan partner worden als beide besturen
schriftelijk instemmen en de nieuwe partner het boekje met de bijlagen tekent. Dat gaat in op 1
augustus en wordt samen bij DUO gemeld.

Opzeggen kan elk bestuur schriftelijk, uiterlijk 1 augustus, tegen 1 augustus van het jaar daarna.
Na de opzegging stromen er geen nieuwe leerlingen meer in; leerlingen die al in de route zitten,
ronden hem af volgens dit boekje en de afspraken blijven voor hen gelden.

Wijzigen gaat alleen schriftelijk, met de handtekening van beide besturen, en gaat in bij een nieuw
schooljaar. Een wijziging mag leerlingen die al in de route zitten niet benadelen.

## Bijlage 2 – Geld
In routejaar 1 en 2 verzorgt HIVO een deel van het onderwijs, terwijl de bekostiging dan bij
Berkeldal binnenkomt. Berkeldal draagt daarom op grond van artikel 5.42a WVO 2020 per routeleerling
in routejaar 1 en 2 € 1.300 per schooljaar over aan HIVO, op basis van de telling op 1 oktober,
in twee gelijke delen in november en maart.

| Waarvoor | Bedrag per leerling per schooljaar |
| Instructeurs en machine-uren in de leerwerkplaats | € 850 |
| Hout, plaatmateriaal en beslag | € 300 |
| Veiligheidsinstructie en certificaat machinaal houtbewerken | € 150 |
| Totaal | € 1.300 |

In routejaar 3 en 4 gaat er geen geld van HIVO naar Berkeldal. Het busvervoer op woensdag betaalt
Berkeldal zelf.
""")

# --- more samples below ---


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv if a.isdigit()] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %s" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
