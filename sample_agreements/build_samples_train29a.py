#!/usr/bin/env python3
"""Build training sample agreements 445-452 for leerroute-check.

Written by an independent author-helper (batch "train29a"). The agreements, their
wording and their labels were drafted from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), shared/domain.md and
sample_agreements/LABELS.md only -- without looking at the checker code, its models,
tests or benchmarks, and without reading the texts or build scripts of the other
samples. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_samples_train29a.py            build all samples
    python3 build_samples_train29a.py 445 447    build only these numbers
    python3 build_samples_train29a.py --check    verify the produced files
"""

import io
import json
import os
import re
import sys
import unicodedata
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024

SAMPLES = {}


def sample(num, name, fmt, description, statuses, evidence, blocks, **opts):
    assert 445 <= num <= 452, num
    assert set(statuses) == set("abcdefghij"), statuses
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    SAMPLES[num] = dict(num=num, name="%d_%s" % (num, name), fmt=fmt,
                        description=description, statuses=statuses,
                        evidence=evidence, blocks=blocks, opts=opts)


# ---------------------------------------------------------------- inline markup
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def plain(text):
    """Text without the **bold** markers."""
    return BOLD_RE.sub(r"\1", text)


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rl_markup(text):
    """**bold** -> <b>bold</b>, escaping the rest for reportlab Paragraph."""
    out, pos = [], 0
    for m in BOLD_RE.finditer(text):
        out.append(xml_escape(text[pos:m.start()]))
        out.append("<b>%s</b>" % xml_escape(m.group(1)))
        pos = m.end()
    out.append(xml_escape(text[pos:]))
    return "".join(out).replace("\n", "<br/>")


# ------------------------------------------------------------------ PDF writer
def build_pdf(path, blocks, opts):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph,
                                    SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    font = opts.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    size = opts.get("size", 10)
    lead = size * 1.35
    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=lead,
                          spaceAfter=size * 0.55,
                          alignment=TA_JUSTIFY if opts.get("justify") else 0)
    st = {
        "title": ParagraphStyle("title", parent=base, fontName=bold,
                                fontSize=size + 5, leading=(size + 5) * 1.25,
                                alignment=TA_CENTER, spaceAfter=size * 0.6),
        "sub": ParagraphStyle("sub", parent=base, alignment=TA_CENTER,
                              fontSize=size, spaceAfter=size * 1.2),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold,
                             fontSize=size + 2, leading=(size + 2) * 1.3,
                             spaceBefore=size * 0.9, spaceAfter=size * 0.4,
                             alignment=0),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size,
                             spaceBefore=size * 0.6, spaceAfter=size * 0.3,
                             alignment=0),
        "p": base,
        "b": ParagraphStyle("b", parent=base, leftIndent=14, bulletIndent=4,
                            spaceAfter=size * 0.3),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 1.5,
                               leading=(size - 1.5) * 1.25, spaceAfter=0,
                               alignment=0),
    }
    story = []
    for blk in blocks:
        kind = blk[0]
        if kind in ("title", "sub", "h1", "h2", "p", "small"):
            story.append(Paragraph(rl_markup(blk[1]), st[kind]))
        elif kind == "b":
            story.append(Paragraph(rl_markup(blk[1]), st["b"], bulletText="\u2022"))
        elif kind == "li":
            story.append(Paragraph(rl_markup(blk[1]), st["b"]))
        elif kind == "sp":
            story.append(Spacer(1, blk[1] if len(blk) > 1 else 8))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths = blk[1], blk[2]
            data = [[Paragraph(rl_markup(c), st["cell"]) for c in r] for r in rows]
            tbl = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
            tbl.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(tbl)
            story.append(Spacer(1, 8))
        elif kind == "sig":
            rows = [[Paragraph(rl_markup(c), st["p"]) for c in r] for r in blk[1]]
            story.append(KeepTogether(Table(rows, colWidths=[80 * mm, 80 * mm])))
        else:
            raise ValueError(kind)

    footer = opts.get("footer", "")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        canv.drawString(20 * mm, 10 * mm, footer)
        canv.drawRightString(190 * mm, 10 * mm, "pagina %d" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm,
                            rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1,
                            title=opts.get("title", ""), author="",
                            subject="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ----------------------------------------------------------------- DOCX writer
def _add_runs(par, text, size=None, force_bold=False):
    from docx.shared import Pt
    pos = 0
    pieces = []
    for m in BOLD_RE.finditer(text):
        pieces.append((text[pos:m.start()], False))
        pieces.append((m.group(1), True))
        pos = m.end()
    pieces.append((text[pos:], False))
    for t, b in pieces:
        if not t:
            continue
        run = par.add_run(t)
        run.bold = True if (b or force_bold) else None
        if size:
            run.font.size = Pt(size)


def build_docx(path, blocks, opts):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(opts.get("size", 11))
    use_styles = opts.get("heading_styles", True)
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_runs(p, blk[1], size=opts.get("size", 11) + 5, force_bold=True)
        elif kind == "sub":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_runs(p, blk[1])
        elif kind in ("h1", "h2"):
            if use_styles:
                p = d.add_heading(level=1 if kind == "h1" else 2)
                _add_runs(p, blk[1])
            else:
                p = d.add_paragraph()
                _add_runs(p, blk[1], force_bold=True)
        elif kind in ("p", "small"):
            p = d.add_paragraph()
            if opts.get("justify"):
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _add_runs(p, blk[1], size=(opts.get("size", 11) - 1.5) if kind == "small" else None)
        elif kind == "b":
            p = d.add_paragraph(style="List Bullet")
            _add_runs(p, blk[1])
        elif kind == "li":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Pt(18)
            _add_runs(p, blk[1])
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "pb":
            d.add_page_break()
        elif kind in ("table", "sig"):
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if kind == "table":
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.paragraphs[0].text = ""
                    for k, line in enumerate(c.split("\n")):
                        par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                        _add_runs(par, line, force_bold=(kind == "table" and i == 0))
            d.add_paragraph()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = opts.get("author", "")
    cp.title = opts.get("title", "")
    cp.last_modified_by = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    _rewrite_zip(buf.getvalue(), path)


def _rewrite_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# --------------------------------------------------------------- text writers
def render_text(blocks, md):
    lines = []
    for blk in blocks:
        kind = blk[0]
        if kind not in ("b", "li") and lines and lines[-1] != "":
            lines.append("")
        if kind == "title":
            lines += ["# " + blk[1] if md else plain(blk[1]).upper(), ""]
        elif kind == "sub":
            lines += [blk[1] if md else plain(blk[1]), ""]
        elif kind == "h1":
            lines += [("## " + blk[1]) if md else plain(blk[1]), ""]
        elif kind == "h2":
            lines += [("### " + blk[1]) if md else plain(blk[1]), ""]
        elif kind in ("p", "small"):
            lines += [blk[1] if md else plain(blk[1]), ""]
        elif kind == "b":
            lines.append(("- " + blk[1]) if md else ("  - " + plain(blk[1])))
            continue
        elif kind == "li":
            lines.append(("   " + blk[1]) if md else ("   " + plain(blk[1])))
            continue
        elif kind == "sp":
            lines.append("")
        elif kind == "pb":
            lines += ["", "---" if md else "-" * 60, ""]
        elif kind == "raw":
            lines.append(blk[1])
        elif kind in ("table", "sig"):
            rows = blk[1]
            if md and kind == "table":
                lines.append("| " + " | ".join(rows[0]) + " |")
                lines.append("|" + "---|" * len(rows[0]))
                for r in rows[1:]:
                    lines.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
            else:
                for r in rows:
                    lines.append("    ".join(plain(c).replace("\n", " / ") for c in r))
            lines.append("")
        else:
            raise ValueError(kind)
    # collapse blank-line runs
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text


def build_text(path, blocks, opts, md):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(render_text(blocks, md))


# ---------------------------------------------------------------- build/check
EXT = {"pdf": ".pdf", "docx": ".docx", "txt": ".txt", "md": ".md"}


def expected_json(s):
    return {"description": s["description"], "split": "train",
            "statuses": s["statuses"], "evidence": s["evidence"]}


def build_one(s):
    path = os.path.join(HERE, s["name"] + EXT[s["fmt"]])
    if s["fmt"] == "pdf":
        build_pdf(path, s["blocks"], s["opts"])
    elif s["fmt"] == "docx":
        build_docx(path, s["blocks"], s["opts"])
    else:
        build_text(path, s["blocks"], s["opts"], md=(s["fmt"] == "md"))
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w",
              encoding="utf-8", newline="\n") as fh:
        json.dump(expected_json(s), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", os.path.basename(path))


def norm(text):
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", text).strip()


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        return "\n".join(parts), len(pdf)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        with zipfile.ZipFile(path) as z:
            assert "word/document.xml" in z.namelist()
        return "\n".join(parts), None
    with open(path, encoding="utf-8") as fh:
        return fh.read(), None


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(HERE, s["name"] + EXT[s["fmt"]])
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        probs = []
        if not os.path.exists(path) or not os.path.exists(jpath):
            probs.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= MAX_BYTES:
                probs.append("too large: %d" % size)
            try:
                text, pages = extract(path)
            except Exception as exc:  # noqa: BLE001
                probs.append("does not open: %r" % exc)
                text, pages = "", None
            ntext = norm(text)
            for k, ev in s["evidence"].items():
                if norm(ev) not in ntext:
                    probs.append("evidence %s not found: %r" % (k, ev))
            with open(jpath, encoding="utf-8") as fh:
                if json.load(fh) != expected_json(s):
                    probs.append("expected.json differs from table")
            words = len(ntext.split())
        status = "OK " if not probs else "ERR"
        ok = ok and not probs
        info = "" if probs else "%d words%s, %d bytes" % (
            words, (", %d pages" % pages) if pages else "", size)
        print(status, s["name"] + EXT[s["fmt"]], info, "; ".join(probs))
    missing = [n for n in range(445, 453) if n not in SAMPLES]
    if missing:
        print("note: samples not yet defined:", missing)
    print("check", "passed" if ok else "FAILED")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] or sorted(SAMPLES)
    for n in nums:
        build_one(SAMPLES[n])


# =================================================================== samples
# (sample definitions follow; each call to sample() registers one agreement)

# ----------------------------------------------------------------- 445 (PDF)
sample(
    445, "raci_afsprakenmatrix_oldambt_installatietechniek", "pdf",
    "RACI-style afsprakenmatrix (PDF) with a matrix table and ten plain-language blocks; "
    "Oost-Groningen krimpregio, PIE kader -> Eerste monteur elektrotechnische installaties niveau 3; "
    "fully compliant in unusual words (praktijkraad, routeregie, dashboard + jaargesprek, "
    "commissie van wijzen, aansluiten / uit elkaar gaan, no funding transfer)",
    dict(a="present", b="present", c="present", d="present", e="present",
         f="present", g="present", h="present", i="present", j="present"),
    dict(a="1. De route in het kort", b="2. De praktijkraad", c="3. De routeregie",
         d="4. Dashboard en jaargesprek", e="5. Wie, wat en waar",
         f="6. Als de route niet past", g="7. Geld", h="8. Inspraak",
         i="9. Als we het oneens zijn", j="10. Aansluiten, wijzigen en uit elkaar gaan"),
    [
        ("title", "Afsprakenmatrix Techniekroute Oldambt"),
        ("sub", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo\n"
                "versie 1.0 — vastgesteld door beide colleges van bestuur op 12 maart 2025"),
        ("h2", "Wie tekenen"),
        ("p", "**Stichting Scholengroep Oost-Groningen**, gevestigd te Winschoten, bevoegd gezag van "
              "Vakcollege Het Reiderland (Parkweg 40, Winschoten), hier vertegenwoordigd door mevrouw "
              "drs. H.J. Bakker-Smid, voorzitter van het college van bestuur — hierna: **het Vakcollege**;"),
        ("p", "**Stichting ROC Eems-Dollard**, gevestigd te Delfzijl, bevoegd gezag van het gelijknamige "
              "regionaal opleidingencentrum, hier vertegenwoordigd door de heer ing. R. Wolters, lid van het "
              "college van bestuur — hierna: **het ROC**."),
        ("h2", "Waarom dit stuk er is"),
        ("p", "Het aantal vmbo-leerlingen in het Oldambt en de Veenkoloniën loopt tot 2032 naar verwachting "
              "met ongeveer een kwart terug. Twee kleine technieklocaties naast elkaar houden is dan niet "
              "vol te houden, terwijl de installateurs in de regio door de warmtetransitie juist monteurs "
              "tekort komen. Het Vakcollege en het ROC bieden daarom samen één doorlopende techniekroute aan "
              "en leggen hun afspraken vast in deze matrix. De matrix is de samenwerkingsovereenkomst als "
              "bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB."),
        ("h2", "Zo lees je de matrix"),
        ("p", "**R** = doet het werk. **A** = is eindverantwoordelijk en beslist. **C** = wordt vooraf "
              "gehoord. **I** = krijgt bericht. Wat in de matrix en in de blokken 1 tot en met 10 staat, "
              "geldt tussen partijen als afspraak. Waar de matrix en een blok verschillen, gaat het blok voor."),
        ("table", [
            ["Taak", "Vakcollege", "ROC", "Routeregie", "Praktijkraad"],
            ["Programma en examinering per route-jaar (PTA/OER) vaststellen", "A", "A", "R", "C"],
            ["Werving, adviesgesprek en plaatsing in de route (leerjaar 2)", "A", "C", "R", "I"],
            ["Lessen en vmbo-examen in route-jaar 1 en 2", "A / R", "R", "C", "I"],
            ["Lessen, bpv en mbo-examen in route-jaar 3 t/m 5", "C", "A / R", "C", "C"],
            ["Leerbedrijven, praktijkopdrachten en meebeoordelen", "I", "A", "C", "R"],
            ["Dashboard bijhouden en jaarbeeld schrijven", "I", "I", "R", "I"],
            ["Jaargesprek voeren en jaarbeeld goedkeuren", "A", "A", "R", "I"],
            ["Voorstel overstap voor een leerling", "A", "A", "R", "-"],
            ["Melding van de route bij DUO (RIO)", "R", "R", "I", "-"],
            ["Klacht over een eigen medewerker afhandelen", "A (eigen)", "A (eigen)", "I", "-"],
            ["Aansluiten nieuwe partij, wijzigen, opzeggen", "A", "A", "C", "I"],
        ], [62, 24, 22, 24, 26]),
        ("h1", "1. De route in het kort"),
        ("p", "Leerlingen van het Vakcollege die in leerjaar 2 kiezen voor het profiel **Produceren, "
              "installeren en energie (PIE)** in de **kaderberoepsgerichte leerweg**, kunnen vanaf leerjaar 3 "
              "de Techniekroute Oldambt volgen. De route leidt in één doorgaand programma naar het vmbo-diploma "
              "kader PIE en naar het mbo-diploma **Eerste monteur elektrotechnische installaties in de gebouwde "
              "omgeving, niveau 3 (BOL)** van het ROC. Route-jaar 1 "
              "en 2 vormen de vo-fase, route-jaar 3 tot en met 5 de mbo-fase. Het keuzedeel Warmtepomp"
              "installaties is voor alle routeleerlingen verplicht."),
        ("h1", "2. De praktijkraad"),
        ("p", "De installatiebranche praat en werkt mee via de **Praktijkraad Techniek Oldambt**. Daarin "
              "zitten vier leerbedrijven uit de regio (Elektro Kuipers B.V. in Scheemda, Installatiebedrijf "
              "Veenstra in Winschoten, Tjabring Techniek in Bellingwolde en Hofstee Energie in Finsterwolde), "
              "een adviseur praktijkleren van SBB en een afgevaardigde van de Ondernemersvereniging Oldambt. "
              "De praktijkraad:"),
        ("b", "zorgt dat er elk schooljaar minstens 30 plekken zijn voor snuffelstages (route-jaar 1 en 2) "
              "en voor beroepspraktijkvorming (route-jaar 3 tot en met 5);"),
        ("b", "levert per onderwijsperiode één praktijkopdracht uit een lopend project, die in de werkplaats "
              "wordt uitgevoerd en door een monteur van het bedrijf wordt nabesproken;"),
        ("b", "levert voor elke proeve van bekwaamheid een praktijkbeoordelaar die samen met de examinator "
              "van het ROC beoordeelt;"),
        ("b", "adviseert twee keer per jaar (oktober en maart) over de keuzedelen en de inhoud van het "
              "programma; de routeregie laat schriftelijk weten wat zij met dat advies doet."),
        ("h1", "3. De routeregie"),
        ("p", "De dagelijkse leiding over de route ligt bij de **routeregie**. Die bestaat uit de "
              "afdelingsleider techniek van het Vakcollege, de teamleider elektrotechniek van het ROC en een "
              "teamcoördinator die de docenten van de route uit hun midden kiezen. Het college van bestuur van "
              "het Vakcollege wijst de afdelingsleider aan, het college van bestuur van het ROC de teamleider; "
              "de gekozen teamcoördinator wordt door beide colleges samen bekrachtigd. Een aanwijzing geldt "
              "voor twee schooljaren en kan worden verlengd."),
        ("p", "Beide colleges dragen aan de routeregie op en geven haar daarvoor de bevoegdheid om:"),
        ("b", "het jaarrooster en het programma per route-jaar uit te werken en ter vaststelling voor te "
              "leggen;"),
        ("b", "de lesuren en de docenten van het routeteam over de route te verdelen;"),
        ("b", "na het adviesgesprek in leerjaar 2 te besluiten welke leerlingen in de route worden geplaatst;"),
        ("b", "het werkbudget uit te geven dat elk college jaarlijks voor de route in de eigen begroting "
              "opneemt, tot € 15.000 per uitgave;"),
        ("b", "het contact met de praktijkraad en met ouders te onderhouden."),
        ("p", "Besluiten over het aannemen of ontslaan van personeel, over het stoppen met de route en over "
              "wijziging van deze matrix houden de colleges aan zich."),
        ("h1", "4. Dashboard en jaargesprek"),
        ("p", "De routeregie houdt een gedeeld **dashboard** bij met de in-, door- en uitstroom, het verzuim, "
              "de resultaten per route-jaar, het aantal bpv-plekken en de stand van het werkbudget. Het "
              "dashboard wordt na elke onderwijsperiode (vier keer per jaar) bijgewerkt en staat open voor "
              "beide colleges van bestuur. Eén keer per jaar, in juni, voert de routeregie het **jaargesprek** "
              "met beide colleges samen. Daarvoor stuurt zij uiterlijk 1 juni een jaarbeeld van ten hoogste "
              "vier pagina's: wat is bereikt, wat is uitgegeven en wat gaat volgend jaar anders. Ernstige "
              "voorvallen (een ongeval in de werkplaats, een dreigend tekort aan bpv-plekken, een klacht over "
              "een medewerker van de andere partij) meldt de routeregie binnen vijf werkdagen aan beide colleges."),
        ("h1", "5. Wie, wat en waar"),
        ("p", "**Waar.** Route-jaar 1 en 2 worden gegeven in de installatiewerkplaats van het Vakcollege aan de "
              "Parkweg in Winschoten, met één dag per week in het elektrolab van het ROC in Delfzijl. De "
              "mbo-fase vindt plaats op de ROC-vestiging Winschoten (Bovenstreek), met vanaf route-jaar 4 twee "
              "dagen per week beroepspraktijkvorming bij een leerbedrijf."),
        ("p", "**Wat.** Partijen leggen het programma en de examinering per route-jaar vast in één PTA/OER, "
              "dat beide colleges elk jaar vóór 1 oktober vaststellen. Het centraal examen vmbo wordt in "
              "route-jaar 2 afgelegd; mbo-examinering begint in route-jaar 2 met het eerste kerntaakexamen."),
        ("p", "**Wie.** Het Vakcollege en het ROC vormen samen één routeteam van ongeveer zes docenten en twee "
              "instructeurs. Twee ROC-docenten elektrotechniek verzorgen in route-jaar 1 en 2 op het Vakcollege "
              "de mbo-onderdelen; twee PIE-docenten van het Vakcollege geven in route-jaar 3 de resterende "
              "vo-onderdelen en de loopbaanbegeleiding. Voor de programmaonderdelen 'Installeren en monteren' "
              "en 'Domotica en energietransitie' werkt het team met teambevoegdheid, zoals in het PTA/OER "
              "aangegeven. Iedereen blijft in dienst bij de eigen werkgever, die ook de loonkosten draagt."),
        ("p", "**Met welke spullen.** Het Vakcollege stelt zijn installatiewerkplaats op woensdagmiddag en op "
              "twee avonden per week ter beschikking aan BBL-groepen van het ROC. Het ROC stelt het elektrolab "
              "in Delfzijl, zijn meetapparatuur en twee personenbusjes voor vervoer tussen de locaties ter "
              "beschikking. Gebruik gaat over en weer zonder rekening; schade door leerlingen vergoedt de partij "
              "waar zij staan ingeschreven."),
        ("p", "**Klachten.** Een klacht over een medewerker van de andere partij wordt doorgestuurd en door die "
              "partij volgens haar eigen klachtenregeling behandeld; de indiener hoort binnen zes weken de uitkomst."),
        ("h1", "6. Als de route niet past"),
        ("p", "Wie uit de route stapt, houdt altijd een weg naar een diploma. De routeregie maakt na een gesprek "
              "met de leerling en zijn ouders een voorstel; de afdelingsleider van het Vakcollege en de "
              "teamleider van het ROC beslissen daar samen over, op basis van wat de leerling al heeft behaald "
              "en van zijn leeftijd. Daarbij gelden deze uitgangspunten:"),
        ("b", "stopt een leerling in route-jaar 1 of 2, dan gaat hij verder in de gewone kaderberoepsgerichte "
              "leerweg PIE van het Vakcollege, of in een ander profiel van het Vakcollege, met het "
              "vmbo-diploma als doel;"),
        ("b", "heeft een leerling aan het eind van route-jaar 3 nog geen vmbo-diploma, dan kan hij op het ROC "
              "verder in een opleiding op niveau 3 (bijvoorbeeld Eerste monteur service en onderhoud "
              "installaties) zonder dat vooropleidingseisen worden gesteld, of een extra jaar nemen om het "
              "vmbo-diploma alsnog te halen;"),
        ("b", "stopt een leerling in de mbo-fase, dan kan hij overstappen naar een andere opleiding van het "
              "ROC op niveau 3 of naar Monteur elektrotechnische installaties in de gebouwde omgeving "
              "(niveau 2), zonder nieuwe toelatingseisen;"),
        ("b", "verhuist een leerling of kiest hij een richting die het ROC niet heeft, dan zorgt het ROC voor "
              "een warme overdracht naar de nieuwe school of instelling en levert het de gegevens aan die "
              "nodig zijn voor een geschiktheidsonderzoek daar."),
        ("p", "De uitwerking per situatie staat in de schoolgids van het Vakcollege en in de studiegids van het ROC."),
        ("h1", "7. Geld"),
        ("p", "Er gaat geen bekostiging van de ene partij naar de andere. Het Vakcollege houdt de rijksbijdrage "
              "voor route-jaar 1 en 2, het ROC die voor route-jaar 3 tot en met 5, en elk betaalt zijn eigen "
              "personeel, lokalen en materialen. Een overdracht als bedoeld in artikel 5.42a WVO 2020 of "
              "artikel 9.1.15 WEB vindt niet plaats."),
        ("h1", "8. Inspraak"),
        ("p", "Leerlingen in de vo-fase mogen één vertegenwoordiger naar de studentenraad van de ROC-vestiging "
              "Winschoten sturen, die daar vergaderingen bijwoont met spreekrecht. De medezeggenschapsraad van "
              "het Vakcollege en de ondernemingsraad van het ROC komen één keer per jaar gezamenlijk bijeen over "
              "de route. Voorgenomen besluiten die de route raken, leggen beide colleges aan beide raden voor "
              "advies voor, ook als de wet dat maar van één van de raden vraagt."),
        ("h1", "9. Als we het oneens zijn"),
        ("p", "Een meningsverschil over de uitvoering van deze afspraken gaat eerst naar de routeregie. Lukt het "
              "daar niet binnen vier weken, dan bespreken de twee collegevoorzitters het. Komen zij er binnen zes "
              "weken niet uit, dan leggen zij het voor aan een **commissie van wijzen** van drie personen: elke "
              "partij wijst er één aan en die twee kiezen samen een voorzitter die voor geen van beide partijen "
              "werkt. De commissie hoort beide partijen en doet binnen acht weken uitspraak. Partijen aanvaarden "
              "die uitspraak als bindend advies."),
        ("h1", "10. Aansluiten, wijzigen en uit elkaar gaan"),
        ("p", "**Aansluiten.** Een andere vmbo-school of mbo-instelling kan bij deze matrix aansluiten als zij in "
              "Oost-Groningen een route binnen PIE wil verzorgen, de afspraken in deze matrix overneemt en beide "
              "colleges schriftelijk instemmen. Aansluiten gebeurt per 1 augustus met een door alle partijen "
              "ondertekende aansluitverklaring; de nieuwe partij meldt zich bij DUO. Voor leerlingen die al in "
              "de route zitten verandert daardoor niets aan programma of plaats."),
        ("p", "**Wijzigen.** De matrix wordt alleen gewijzigd met een stuk dat beide colleges hebben "
              "ondertekend. De routeregie kan wijzigingen voorstellen. Een wijziging die het programma raakt, "
              "geldt pas voor het eerstvolgende nieuwe cohort."),
        ("p", "**Uit elkaar gaan.** De matrix geldt voor onbepaalde tijd. Elke partij kan schriftelijk opzeggen "
              "tegen 1 augustus, met een termijn van ten minste twaalf maanden. Blijft een partij ernstig in "
              "gebreke en herstelt zij dat niet binnen drie maanden nadat zij daarop schriftelijk is gewezen, dan "
              "kan de ander de overeenkomst ontbinden tegen het einde van het schooljaar. Na opzegging of "
              "ontbinding worden geen nieuwe leerlingen meer geplaatst. Leerlingen die al in de route zitten, "
              "maken die af bij dezelfde partijen; beide partijen houden daarvoor het personeel en de lokalen "
              "beschikbaar. Lukt dat echt niet, dan krijgt de leerling een plek volgens blok 6."),
        ("sp", 10),
        ("p", "Aldus vastgesteld en ondertekend te Winschoten op 12 maart 2025."),
        ("sig", [["Stichting Scholengroep Oost-Groningen", "Stichting ROC Eems-Dollard"],
                 ["\n\ndrs. H.J. Bakker-Smid\nvoorzitter college van bestuur",
                  "\n\ning. R. Wolters\nlid college van bestuur"]]),
    ],
    font="Helvetica", size=9.5, title="Afsprakenmatrix Techniekroute Oldambt",
    footer="Afsprakenmatrix Techniekroute Oldambt - versie 1.0",
)


# ---------------------------------------------------------------- 446 (DOCX)
sample(
    446, "notariele_akte_parkstad_timmeren", "docx",
    "Notarial-style deed (DOCX) with comparitie, considerans and very long sentences; Parkstad "
    "Limburg, Bouwen, wonen en interieur basis -> Timmerman niveau 2; fully compliant, with a "
    "funding transfer stated with omvang and bestemming, a 'routecollege' as leiding, a "
    "'verantwoordingsnota' and mediation before the rechter",
    dict(a="present", b="present", c="present", d="present", e="present",
         f="present", g="present", h="present", i="present", j="present"),
    dict(a="Artikel 1 - Voorwerp van deze akte en de leerroute",
         b="Artikel 2 - De bouwtafel",
         c="Artikel 3 - Het routecollege",
         d="Artikel 4 - Verantwoordingsnota en voortgangsberaad",
         e="Artikel 5 - Plaats, mensen en middelen",
         f="Artikel 6 - Voortzetting elders of anders",
         g="Artikel 7 - Overheveling van middelen",
         h="Artikel 8 - Zeggenschap van leerlingen, ouders en personeel",
         i="Artikel 9 - Beslechting van geschillen",
         j="Artikel 10 - Toetreding, wijziging en beëindiging"),
    [
        ("title", "AKTE HOUDENDE SAMENWERKINGSOVEREENKOMST"),
        ("sub", "doorlopende leerroute vmbo-mbo Bouwen, wonen en interieur - Timmerman"),
        ("p", "Heden, de vijftiende mei tweeduizend vijfentwintig, verschenen voor mij, mr. Anna-Marie "
              "Lenssen, notaris met plaats van vestiging Heerlen:"),
        ("p", "1. de heer mr. Jozef Maria Hubertus Pluijmakers, geboren te Kerkrade op drie april "
              "negentienhonderd achtenzestig, te dezen handelend als voorzitter van het college van bestuur "
              "en als zodanig de stichting rechtsgeldig vertegenwoordigend: **Stichting Katholiek Voortgezet "
              "Onderwijs Parkstad**, statutair gevestigd te Heerlen, kantoorhoudende aan de Akerstraat 112, "
              "6417 BN Heerlen, ingeschreven in het handelsregister onder nummer 41000001, welke stichting het "
              "bevoegd gezag is van de school voor voorbereidend beroepsonderwijs **Vakschool Bleijerheide** "
              "te Kerkrade, hierna te noemen: \"de Schoolstichting\";"),
        ("p", "2. mevrouw drs. Marieke Theresia Crombach, geboren te Maastricht op twintig november "
              "negentienhonderd vijfenzeventig, te dezen handelend als lid van het college van bestuur en als "
              "zodanig, tezamen met de hierna te noemen voorzitter van dat college, de stichting rechtsgeldig "
              "vertegenwoordigend: **Stichting Regionaal Opleidingencentrum Parkstad-Mergelland**, statutair "
              "gevestigd te Heerlen, kantoorhoudende aan de Valkenburgerweg 20, 6411 BN Heerlen, ingeschreven "
              "in het handelsregister onder nummer 41000002, hierna te noemen: \"het Opleidingencentrum\";"),
        ("p", "3. de heer ir. Pieter Willem Vroemen, te dezen handelend als voorzitter van het college van "
              "bestuur van het Opleidingencentrum voornoemd."),
        ("p", "De comparanten, handelend als gemeld, hierna gezamenlijk ook te noemen: \"Partijen\", verklaren "
              "het volgende."),
        ("h1", "IN AANMERKING NEMENDE:"),
        ("p", "A. dat de Schoolstichting en het Opleidingencentrum sedert het schooljaar "
              "tweeduizend negentien-tweeduizend twintig in de regio Parkstad Limburg samenwerken in een "
              "vakmanschapsroute bouw, welke samenwerking zij wensen voort te zetten en te bestendigen als "
              "doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a en volgende van de Wet voortgezet "
              "onderwijs 2020 en artikel 9.1.2 en volgende van de Wet educatie en beroepsonderwijs;"),
        ("p", "B. dat de bouwnijverheid in Zuid-Limburg, mede door de herstructurering van de woningvoorraad "
              "in Parkstad, een aanhoudende behoefte heeft aan vakkrachten in de timmerbranche, en dat Partijen "
              "het wenselijk achten dat leerlingen die reeds in de onderbouw van het vmbo voor het bouwvak kiezen, "
              "zonder onnodige drempels en zonder overlap in lesstof een mbo-diploma kunnen behalen;"),
        ("p", "C. dat de wet voorschrijft dat een doorlopende leerroute slechts kan worden verzorgd op grond "
              "van een samenwerkingsovereenkomst die ten minste de in artikel 2.107b, tweede lid, WVO 2020 "
              "genoemde onderwerpen regelt, en dat Partijen ter wille van de rechtszekerheid en de bestendigheid "
              "van hun afspraken ervoor hebben gekozen deze overeenkomst in een notariële akte op te nemen."),
        ("h1", "VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),
        ("h2", "Artikel 1 - Voorwerp van deze akte en de leerroute"),
        ("p", "1.1. Partijen verzorgen met ingang van het schooljaar tweeduizend vijfentwintig-tweeduizend "
              "zesentwintig gezamenlijk een doorlopende leerroute waarin het profiel **Bouwen, wonen en "
              "interieur** in de **basisberoepsgerichte leerweg**, zoals dat door de Schoolstichting op de "
              "Vakschool Bleijerheide wordt aangeboden, zonder onderbreking overgaat in de basisberoepsopleiding "
              "**Timmerman, niveau 2**, behorend tot het kwalificatiedossier Timmeren in het opleidingsdomein "
              "Bouw en infra, welke opleiding door het Opleidingencentrum zowel in de beroepsopleidende als in "
              "de beroepsbegeleidende leerweg wordt verzorgd, met dien verstande dat de route in de mbo-fase in "
              "beginsel in de beroepsopleidende leerweg wordt gevolgd en dat de leerling in het laatste jaar, "
              "indien een leerbedrijf daartoe een arbeidsovereenkomst aanbiedt, naar de beroepsbegeleidende "
              "leerweg kan overgaan."),
        ("p", "1.2. De leerroute vangt aan in het derde leerjaar van de Vakschool Bleijerheide en omvat in "
              "totaal vier leerjaren, waarvan de eerste twee de vo-fase en de laatste twee de mbo-fase vormen; "
              "de leerling behaalt het vmbo-diploma basisberoepsgerichte leerweg uiterlijk aan het einde van het "
              "tweede route-jaar en het diploma Timmerman aan het einde van het vierde route-jaar."),
        ("h2", "Artikel 2 - De bouwtafel"),
        ("p", "2.1. Het bedrijfsleven wordt bij de invulling van de leerroute betrokken door middel van de "
              "**Bouwtafel Parkstad**, een overleg waarin de erkende leerbedrijven Bouwbedrijf Coumans-"
              "Vanderheijden B.V. te Brunssum, Timmerfabriek Ortmans V.O.F. te Landgraaf en Wijnen Bouw & "
              "Renovatie B.V. te Kerkrade, een vertegenwoordiger van de regionale afdeling van de "
              "brancheorganisatie van bouwondernemers en een adviseur van de Samenwerkingsorganisatie "
              "Beroepsonderwijs Bedrijfsleven zitting hebben, welke leerbedrijven zich jegens Partijen bij "
              "afzonderlijke intentieverklaring hebben verbonden ieder jaarlijks ten minste vier "
              "beroepspraktijkvormingsplaatsen voor route-leerlingen beschikbaar te stellen."),
        ("p", "2.2. De Bouwtafel komt ten minste driemaal per schooljaar bijeen en heeft tot taak de "
              "leiding, bedoeld in artikel 3, te adviseren over de inhoud van het onderwijsprogramma en de keuze "
              "van de keuzedelen, jaarlijks per route-jaar ten minste twee levensechte opdrachten aan te reiken "
              "die op de bouwplaats of in de timmerwerkplaats worden uitgevoerd, gastlessen door uitvoerders en "
              "timmerlieden te verzorgen, en voor iedere proeve van bekwaamheid een praktijkbeoordelaar aan te "
              "wijzen die tezamen met de examinator van het Opleidingencentrum beoordeelt."),
        ("h2", "Artikel 3 - Het routecollege"),
        ("p", "3.1. De leiding over de leerroute berust bij een **routecollege**, bestaande uit de "
              "teamleider bouw van de Vakschool Bleijerheide, de opleidingsmanager bouw en infra van het "
              "Opleidingencentrum en de praktijkcoördinator van de leerroute, zijnde een docent die in dienst is "
              "van een van Partijen."),
        ("p", "3.2. De teamleider wordt door het college van bestuur van de Schoolstichting en de "
              "opleidingsmanager door het college van bestuur van het Opleidingencentrum voor de duur van drie "
              "jaren in het routecollege benoemd, terwijl de praktijkcoördinator, na een gezamenlijke "
              "voordracht van de beide eerstgenoemde leden, door de beide colleges van bestuur bij "
              "gelijkluidend besluit wordt benoemd, met dien verstande dat ieder college van bestuur de door hem "
              "benoemde persoon te allen tijde kan vervangen, onder onverwijlde schriftelijke mededeling "
              "daarvan aan het andere college."),
        ("p", "3.3. De colleges van bestuur dragen aan het routecollege op, en verlenen het daartoe de "
              "bevoegdheid: het opstellen van het gezamenlijke programma van toetsing en afsluiting en onderwijs- "
              "en examenregeling per route-jaar ter vaststelling door beide colleges; het besluiten over de "
              "toelating van leerlingen tot de leerroute; het vaststellen van de roosters en de verdeling van "
              "de lestaken binnen het routeteam; het onderhouden van de contacten met de Bouwtafel en de "
              "leerbedrijven; het besteden van de middelen, bedoeld in artikel 7, binnen de door beide colleges "
              "goedgekeurde jaarbegroting van de leerroute; en het doen van voorstellen in het kader van de "
              "overstap, bedoeld in artikel 6, terwijl het aangaan van verplichtingen boven een bedrag van "
              "tienduizend euro (EUR 10.000), personele besluiten en iedere wijziging van deze akte aan de "
              "colleges van bestuur voorbehouden blijven."),
        ("h2", "Artikel 4 - Verantwoordingsnota en voortgangsberaad"),
        ("p", "4.1. Het routecollege legt over ieder kalenderhalfjaar verantwoording af aan beide colleges van "
              "bestuur door middel van een schriftelijke verantwoordingsnota, die uiterlijk op vijftien februari "
              "respectievelijk vijftien augustus aan beide colleges wordt toegezonden en die ten minste inzicht "
              "geeft in de instroom, doorstroom en uitstroom van leerlingen, de examenresultaten per route-jaar, "
              "het aantal beschikbare beroepspraktijkvormingsplaatsen, de besteding van de middelen, bedoeld in "
              "artikel 7, en de adviezen van de Bouwtafel."),
        ("p", "4.2. Jaarlijks in de maand november vindt een bestuurlijk voortgangsberaad plaats tussen beide "
              "colleges van bestuur en het routecollege, waarin de laatst uitgebrachte verantwoordingsnota wordt "
              "besproken en de jaarbegroting voor het komende schooljaar wordt vastgesteld, terwijl het "
              "routecollege voorts ieder college van bestuur op diens verzoek terstond alle inlichtingen "
              "verstrekt die dat college voor de uitoefening van zijn taak nodig heeft."),
        ("h2", "Artikel 5 - Plaats, mensen en middelen"),
        ("p", "5.1. De vo-fase van de leerroute wordt verzorgd in het gebouw van de Vakschool Bleijerheide te "
              "Kerkrade, alwaar het Opleidingencentrum gedurende één dag per week de mbo-onderdelen verzorgt in "
              "de timmerwerkplaats van de school, en de mbo-fase wordt verzorgd op de vestiging Bouw en Techniek "
              "van het Opleidingencentrum aan de Dr. Poelsstraat te Heerlen en bij de leerbedrijven; het "
              "onderwijsprogramma en de examinering per route-jaar worden beschreven in het gezamenlijke "
              "programma van toetsing en afsluiting en de onderwijs- en examenregeling, welke jaarlijks vóór één "
              "oktober door beide colleges van bestuur worden vastgesteld."),
        ("p", "5.2. Partijen zetten hun docenten in als één routeteam, waartoe de Schoolstichting ten minste "
              "twee docenten bouwtechniek en één docent Nederlands en het Opleidingencentrum ten minste twee "
              "praktijkdocenten timmeren en één instructeur beschikbaar stellen; Partijen maken voor het "
              "programmaonderdeel 'Bouwen en timmeren in de praktijk' gebruik van de teambevoegdheid, bedoeld in "
              "artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, met dien verstande dat voor elk onderdeel ten "
              "minste één bevoegde docent bij het team is betrokken, en iedere docent in dienst blijft van zijn "
              "werkgever, die ook de rechtspositionele verantwoordelijkheid blijft dragen."),
        ("p", "5.3. De Schoolstichting stelt haar timmerwerkplaats met machinezaal, het Opleidingencentrum "
              "zijn bouwhal met steigeroefenplaats en zijn digitale leeromgeving over en weer ten behoeve van de "
              "leerroute ter beschikking, waarbij het gebruik zonder verrekening plaatsvindt, behoudens het "
              "bepaalde in artikel 7, en de gebruikende partij de huisregels van de ter beschikking stellende "
              "partij in acht neemt."),
        ("p", "5.4. Een klacht die bij de ene partij wordt ingediend over een gedraging van een medewerker van "
              "de andere partij, wordt door laatstgenoemde partij overeenkomstig haar eigen klachtenregeling "
              "afgehandeld, met dien verstande dat de voorzitter van de behandelende klachtencommissie niet "
              "werkzaam is bij of voor de andere partij."),
        ("h2", "Artikel 6 - Voortzetting elders of anders"),
        ("p", "6.1. Een leerling wiens deelname aan de leerroute eindigt voordat hij deze met goed gevolg heeft "
              "afgerond, wordt door Partijen in staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat "
              "past bij het door hem bereikte onderwijsniveau en zijn leeftijd, naar het oordeel waartoe de "
              "teamleider van de Vakschool Bleijerheide en de opleidingsmanager van het Opleidingencentrum "
              "gezamenlijk komen, nadat zij de leerling en, zolang deze minderjarig is, diens ouders of verzorgers "
              "hebben gehoord."),
        ("p", "6.2. Eindigt de deelname in de vo-fase, dan zet de leerling zijn opleiding voort in de reguliere "
              "basisberoepsgerichte leerweg van het profiel Bouwen, wonen en interieur of van een ander door de "
              "Vakschool Bleijerheide aangeboden profiel, gericht op het behalen van het vmbo-diploma; heeft de "
              "leerling aan het einde van het tweede route-jaar het vmbo-diploma niet behaald, dan kan hij, "
              "zonder dat hem vooropleidingseisen worden tegengeworpen, bij het Opleidingencentrum instromen in "
              "de opleiding Timmerman of een andere opleiding op niveau 2, dan wel het jaar op de Vakschool "
              "herhalen; en eindigt de deelname in de mbo-fase, dan kan de leerling overstappen naar een andere "
              "opleiding op niveau 2 van het Opleidingencentrum, bij voorkeur binnen het domein Bouw en infra of "
              "Afbouw, hout en onderhoud."),
        ("p", "6.3. Wenst de leerling zijn opleiding bij een andere instelling voort te zetten, dan verleent "
              "het Opleidingencentrum zijn medewerking aan een geschiktheidsonderzoek bij die instelling en draagt "
              "het zorg voor een warme overdracht; een verwijzing naar de Entreeopleiding geschiedt slechts indien "
              "het behalen van een startkwalificatie naar het gezamenlijke oordeel, bedoeld in 6.1, redelijkerwijs "
              "niet haalbaar is."),
        ("h2", "Artikel 7 - Overheveling van middelen"),
        ("p", "7.1. Met toepassing van artikel 5.42a WVO 2020 draagt de Schoolstichting aan het "
              "Opleidingencentrum over een bedrag van eenduizend vierhonderdvijftig euro (EUR 1.450) per leerling "
              "per route-jaar, voor ieder route-jaar van de vo-fase, berekend naar het aantal leerlingen dat op "
              "één oktober van het betreffende schooljaar in de leerroute staat ingeschreven, te voldoen in twee "
              "gelijke termijnen op één december en één mei."),
        ("p", "7.2. Het overgedragen bedrag is bestemd voor en wordt door het Opleidingencentrum uitsluitend "
              "besteed aan de loonkosten van de praktijkdocenten en de instructeur die het Opleidingencentrum in "
              "de vo-fase op de Vakschool Bleijerheide inzet, alsmede aan het hout en de overige "
              "verbruiksmaterialen voor de mbo-onderdelen in die fase; het Opleidingencentrum legt over de "
              "besteding verantwoording af in de verantwoordingsnota, bedoeld in artikel 4, en een onbesteed "
              "saldo wordt met de eerstvolgende termijn verrekend."),
        ("p", "7.3. Het Opleidingencentrum draagt geen middelen aan de Schoolstichting over."),
        ("h2", "Artikel 8 - Zeggenschap van leerlingen, ouders en personeel"),
        ("p", "8.1. Partijen komen overeen dat, onverminderd de toepasselijkheid van de Wet medezeggenschap op "
              "scholen in de vo-fase en van hoofdstuk 8a WEB en de Wet op de ondernemingsraden in de mbo-fase, "
              "de medezeggenschapsraad van de Vakschool Bleijerheide en de studentenraad van het "
              "Opleidingencentrum ieder jaarlijks over het ontwerp van het programma van toetsing en afsluiting "
              "en de onderwijs- en examenregeling van de leerroute worden gehoord, en dat de ouders van "
              "leerlingen in de mbo-fase, zolang die leerlingen het vmbo-diploma nog niet hebben behaald, "
              "zitting kunnen blijven hebben in de oudergeleding van de medezeggenschapsraad van de Vakschool."),
        ("p", "8.2. De route-leerlingen in het tweede route-jaar worden in de gelegenheid gesteld als toehoorder "
              "met spreekrecht deel te nemen aan de vergaderingen van de studentenraad van het Opleidingencentrum."),
        ("h2", "Artikel 9 - Beslechting van geschillen"),
        ("p", "9.1. Indien tussen Partijen een geschil ontstaat over de uitleg of de uitvoering van deze akte, "
              "wordt dit eerst in het routecollege en, indien het daar niet binnen vier weken wordt opgelost, in "
              "een bijzonder overleg tussen de voorzitters van de beide colleges van bestuur besproken."),
        ("p", "9.2. Leidt dat overleg niet binnen zes weken tot overeenstemming, dan zullen Partijen het geschil "
              "voorleggen aan een door hen gezamenlijk aan te wijzen, bij de Mediatorsfederatie Nederland "
              "geregistreerde mediator; komen Partijen binnen twee weken niet tot een gezamenlijke aanwijzing, "
              "dan wijst de deken van de orde van advocaten in het arrondissement Limburg de mediator aan."),
        ("p", "9.3. Is het geschil niet binnen drie maanden na aanvang van de mediation beslecht, dan is ieder "
              "van Partijen bevoegd het geschil voor te leggen aan de bevoegde rechter in het arrondissement "
              "Limburg. Op deze akte is Nederlands recht van toepassing."),
        ("h2", "Artikel 10 - Toetreding, wijziging en beëindiging"),
        ("p", "10.1. Een andere school voor voorbereidend beroepsonderwijs of een andere instelling voor "
              "beroepsonderwijs kan tot deze overeenkomst toetreden, mits zij het profiel Bouwen, wonen en "
              "interieur onderscheidenlijk een opleiding in het domein Bouw en infra aanbiedt, zich schriftelijk "
              "verbindt aan alle bepalingen van deze akte, beide colleges van bestuur met de toetreding hebben "
              "ingestemd en de toetreding ingaat bij het begin van een schooljaar, opdat de leerlingen die op dat "
              "moment reeds in de leerroute zijn ingeschreven hun route ongewijzigd kunnen voortzetten; de "
              "toetredende partij meldt de leerroute gezamenlijk met Partijen aan Onze Minister."),
        ("p", "10.2. Deze akte kan slechts worden gewijzigd bij schriftelijke, door alle Partijen "
              "rechtsgeldig ondertekende overeenkomst, met dien verstande dat een wijziging die het "
              "onderwijsprogramma of de examinering raakt, niet eerder ingaat dan bij het begin van het "
              "eerstvolgende schooljaar en niet ten nadele van de reeds ingeschreven leerlingen strekt."),
        ("p", "10.3. Deze overeenkomst is aangegaan voor onbepaalde tijd en kan door ieder van Partijen bij "
              "aangetekend schrijven worden opgezegd tegen het einde van een schooljaar, met inachtneming van "
              "een opzegtermijn van ten minste achttien maanden; een partij kan de overeenkomst voorts "
              "buitengerechtelijk ontbinden indien de andere partij, na een schriftelijke ingebrekestelling met "
              "een termijn van ten minste drie maanden, in de nakoming van een wezenlijke verplichting "
              "tekortschiet, in welk geval de ontbinding eveneens eerst tegen het einde van het lopende "
              "schooljaar werkt."),
        ("p", "10.4. In geval van opzegging of ontbinding worden vanaf de dag van de opzegging of ontbinding geen "
              "nieuwe leerlingen tot de leerroute toegelaten, terwijl Partijen jegens elkaar verplicht blijven "
              "alles te doen wat nodig is opdat de leerlingen die op dat moment in de leerroute zijn ingeschreven "
              "deze bij Partijen kunnen voltooien, en voor zover dat niet mogelijk blijkt, het bepaalde in "
              "artikel 6 onverkort op hen wordt toegepast."),
        ("h1", "SLOT"),
        ("p", "De comparanten zijn mij, notaris, bekend. De zakelijke inhoud van deze akte is aan de comparanten "
              "opgegeven en toegelicht. Zij hebben verklaard van de inhoud kennis te hebben genomen en op "
              "volledige voorlezing daarvan geen prijs te stellen."),
        ("p", "WAARVAN AKTE, in minuut verleden te Heerlen op de datum in het hoofd van deze akte vermeld. "
              "Onmiddellijk na beperkte voorlezing is deze akte door de comparanten en mij, notaris, ondertekend."),
        ("sig", [["mr. J.M.H. Pluijmakers", "drs. M.Th. Crombach"],
                 ["ir. P.W. Vroemen", "mr. A.M. Lenssen, notaris"]]),
    ],
    font="Times New Roman", size=11, heading_styles=False, justify=True,
    title="Akte samenwerkingsovereenkomst doorlopende leerroute BWI - Timmerman",
)


# ----------------------------------------------------------------- 447 (TXT)
sample(
    447, "vraag_antwoord_lelystad_sport_bewegen", "txt",
    "Q&A document (TXT, 'Vraag / Antwoord') that is itself the agreement; Flevoland (Lelystad), "
    "Zorg en welzijn gemengde leerweg -> Coordinator buurt, onderwijs en sport niveau 4; two "
    "defects: leiding has samenstelling and taken but no wijze van benoeming (c weak), funding "
    "transfer with an amount per pupil but no bestemming (g weak)",
    dict(a="present", b="present", c="weak", d="present", e="present",
         f="present", g="weak", h="present", i="present", j="present"),
    dict(a="Vraag 1. Om welke route gaat het?",
         b="Vraag 3. Wat doen sportverenigingen en werkgevers?",
         d="Vraag 5. Hoe horen de besturen wat er gebeurt?",
         e="Vraag 6. Waar, door wie en met welke middelen wordt lesgegeven?",
         f="Vraag 7. Wat als de route toch niet bij een leerling past?",
         h="Vraag 9. Hebben leerlingen, ouders en personeel inspraak?",
         i="Vraag 10. Wat als de scholen het niet eens worden?",
         j="Vraag 11. Kan er een school bij, kan iets veranderen en kan de samenwerking stoppen?"),
    [
        ("title", "Samenwerkingsovereenkomst Sportroute Lelystad in vraag en antwoord"),
        ("sub", "Doorlopende leerroute vmbo-mbo - vastgesteld 3 april 2025"),
        ("p", "Partijen:"),
        ("b", "Stichting Openbaar Voortgezet Onderwijs Flevoland-Midden, Lelystad, bevoegd gezag van het "
              "Zuiderzee Sportcollege (vmbo), vertegenwoordigd door J. de Ruiter-Appelman, voorzitter "
              "college van bestuur (hierna: het Sportcollege);"),
        ("b", "Stichting Polderland College, Almere, bevoegd gezag van de gelijknamige mbo-instelling, "
              "vertegenwoordigd door drs. K. Oosterveld, voorzitter college van bestuur (hierna: Polderland)."),
        ("p", "Wij hebben deze overeenkomst bewust als vragen en antwoorden opgeschreven, zodat docenten, "
              "ouders en leerlingen haar ook kunnen lezen. De antwoorden zijn afspraken waaraan beide "
              "partijen zich binden. De vragen zelf hebben geen zelfstandige betekenis."),
        ("h2", "Vraag 1. Om welke route gaat het?"),
        ("p", "Antwoord: Om de Sportroute Lelystad. Leerlingen van het Sportcollege die in leerjaar 2 het "
              "profiel Zorg en welzijn in de gemengde leerweg kiezen en sport als uitstroomrichting willen, "
              "volgen vanaf leerjaar 3 een doorlopend programma. Dat leidt tot het vmbo-diploma gemengde "
              "leerweg (profiel Zorg en welzijn, met de beroepsgerichte keuzevakken Sport en bewegen 1 en 2) "
              "en daarna tot het mbo-diploma Coördinator buurt, onderwijs en sport, niveau 4 (BOL), in het "
              "opleidingsdomein Veiligheid en sport van Polderland. De route duurt vijf jaar: twee jaar "
              "vo-fase op het Sportcollege en drie jaar mbo-fase bij Polderland."),
        ("h2", "Vraag 2. Wie doen er mee?"),
        ("p", "Antwoord: Alleen de twee partijen hierboven. Bij vraag 11 staat hoe een andere school of "
              "instelling kan aansluiten."),
        ("h2", "Vraag 3. Wat doen sportverenigingen en werkgevers?"),
        ("p", "Antwoord: Wij werken samen met een vaste kring van praktijkpartners: Sportbedrijf Lelystad "
              "(gemeentelijke sportaccommodaties en buurtsportcoaches), de omnisportvereniging LSV '72, "
              "Zwembad De Koploper en de kinderopvangorganisatie Kids op de Dijk (buitenschoolse opvang met "
              "een sportprogramma). Alle vier zijn erkend leerbedrijf. Afgesproken is:"),
        ("b", "elke leerling loopt in route-jaar 1 en 2 per jaar twintig dagdelen mee bij een van de "
              "praktijkpartners (sportdagen, clinics, naschools aanbod);"),
        ("b", "de praktijkpartners bieden samen elk jaar ten minste vijfentwintig bpv-plaatsen voor de "
              "mbo-fase;"),
        ("b", "buurtsportcoaches van Sportbedrijf Lelystad geven in de vo-fase zes gastlessen per jaar en "
              "beoordelen de praktijkopdracht 'Organiseer een buurtsportdag' mee;"),
        ("b", "twee keer per jaar (november en april) komen de praktijkpartners bij elkaar in de "
              "klankbordtafel Sport; hun advies over het programma en de keuzedelen wordt in het verslag aan "
              "de besturen opgenomen (zie vraag 5)."),
        ("h2", "Vraag 4. Wie stuurt de route aan?"),
        ("p", "Antwoord: Het routeteam Sport. Daarin zitten de teamleider gemengde/theoretische leerweg van "
              "het Sportcollege, de opleidingsmanager Sport en bewegen van Polderland en twee docenten: één "
              "die lesgeeft op het Sportcollege en één die lesgeeft bij Polderland."),
        ("p", "Het routeteam heeft deze taken en mag hierover zelf beslissen:"),
        ("b", "het opstellen van het gezamenlijke PTA/OER per route-jaar, dat daarna door beide besturen "
              "wordt vastgesteld;"),
        ("b", "de toelating van leerlingen tot de route na het intakegesprek in leerjaar 2;"),
        ("b", "de jaarplanning, de roosters en de verdeling van de lessen over de docenten van beide partijen;"),
        ("b", "de afspraken met de praktijkpartners over gastlessen, meeloopdagen en bpv-plaatsen;"),
        ("b", "het voorstel voor een overstap van een leerling (zie vraag 7)."),
        ("p", "Niet aan het routeteam, maar aan de besturen zelf, zijn voorbehouden: benoemen en ontslaan van "
              "personeel, uitgaven boven € 5.000, het stoppen met de route en het wijzigen van deze overeenkomst."),
        ("h2", "Vraag 5. Hoe horen de besturen wat er gebeurt?"),
        ("p", "Antwoord: Het routeteam stuurt beide besturen twee keer per jaar een voortgangsverslag: vóór "
              "15 januari (over de eerste helft van het schooljaar) en vóór 15 juli (over het hele "
              "schooljaar). Daarin staan in elk geval het aantal leerlingen per route-jaar, de uitval en de "
              "overstappen, de examenresultaten, de bpv-plaatsen en het advies van de klankbordtafel. Het "
              "verslag van juli wordt in september besproken in een gezamenlijk bestuursoverleg, waar het "
              "routeteam ook verantwoording aflegt over de uitvoering van het PTA/OER. Als er tussentijds iets "
              "ernstigs gebeurt, licht de voorzitter van het routeteam beide besturen binnen een week in."),
        ("h2", "Vraag 6. Waar, door wie en met welke middelen wordt lesgegeven?"),
        ("p", "Antwoord: De vo-fase vindt plaats op het Sportcollege aan de Atolplaats in Lelystad; een "
              "middag per week zijn de leerlingen in de sporthal van Polderland aan de Zuiderzeelaan voor de "
              "mbo-lessen sportleiding. De mbo-fase vindt plaats bij Polderland in Lelystad en bij de "
              "praktijkpartners."),
        ("p", "De docenten lichamelijke opvoeding en zorg en welzijn van het Sportcollege en de docenten "
              "sport en bewegen van Polderland vormen samen één team. Twee docenten van Polderland geven in "
              "route-jaar 2 op het Sportcollege de mbo-onderdelen 'Sport- en beweegactiviteiten begeleiden'; "
              "een docent lichamelijke opvoeding van het Sportcollege geeft in route-jaar 3 bij Polderland de "
              "lessen didactiek. Voor die twee onderdelen werken wij met teambevoegdheid. Iedere docent blijft "
              "in dienst van zijn eigen werkgever."),
        ("p", "Het Sportcollege stelt zijn gymzalen en fitnessruimte open voor Polderland-groepen op dinsdag "
              "en donderdag na 15.00 uur. Polderland stelt zijn sporthal, het beweeglab met hartslag- en "
              "meetapparatuur en zijn digitale leeromgeving beschikbaar voor de routeleerlingen. Over en weer "
              "wordt daarvoor niets in rekening gebracht. Het programma en de examinering per route-jaar "
              "staan in het gezamenlijke PTA/OER; het centraal examen vmbo valt in route-jaar 2."),
        ("h2", "Vraag 7. Wat als de route toch niet bij een leerling past?"),
        ("p", "Antwoord: Dan zorgen wij er samen voor dat de leerling toch een diploma kan halen. Het "
              "routeteam bespreekt met de leerling en zijn ouders wat de mogelijkheden zijn. De teamleider "
              "van het Sportcollege en de opleidingsmanager van Polderland nemen daarna samen het besluit, en "
              "kijken daarbij naar wat de leerling al heeft gehaald en naar zijn leeftijd."),
        ("b", "Stopt de leerling in de vo-fase, dan gaat hij verder in de gewone gemengde leerweg van het "
              "Sportcollege (Zorg en welzijn of een ander profiel) met het vmbo-diploma als doel."),
        ("b", "Heeft de leerling na route-jaar 3 het vmbo-diploma nog niet, dan mag hij bij Polderland "
              "doorgaan in de route of in een andere opleiding op niveau 3 of 4, zonder dat vooropleidingseisen "
              "hem tegenhouden; hij kan ook een jaar overdoen om het vmbo-diploma alsnog te halen."),
        ("b", "Stopt de leerling in de mbo-fase, dan kan hij naar Sport- en bewegingsleider (niveau 3) of "
              "naar een andere opleiding van Polderland op niveau 3 of 4, bijvoorbeeld in zorg en welzijn."),
        ("b", "Verhuist de leerling, dan helpen wij met een warme overdracht en met het geschiktheidsonderzoek "
              "bij de nieuwe school of instelling."),
        ("h2", "Vraag 8. Gaat er geld over en weer?"),
        ("p", "Antwoord: Ja. Polderland draagt met toepassing van artikel 9.1.15 WEB een deel van zijn "
              "bekostiging over aan het Sportcollege: € 950 per routeleerling die op 1 oktober in route-jaar 3 "
              "staat ingeschreven. Het Sportcollege stuurt daarvoor in oktober een factuur; Polderland betaalt "
              "vóór 1 december. Verder draagt iedere partij haar eigen kosten."),
        ("h2", "Vraag 9. Hebben leerlingen, ouders en personeel inspraak?"),
        ("p", "Antwoord: Ja. Naast wat de wet al regelt (de WMS op het Sportcollege, de WEB en de WOR bij "
              "Polderland) hebben wij afgesproken dat de medezeggenschapsraad van het Sportcollege en de "
              "studentenraad van Polderland elk jaar in oktober samen een overleg hebben over de route, en dat "
              "het routeteam daar uitleg geeft. Routeleerlingen in route-jaar 2 mogen al meedoen aan "
              "verkiezingen voor en vergaderingen van de studentenraad van Polderland. Een voorstel om de route "
              "te wijzigen gaat altijd voor advies naar beide raden."),
        ("h2", "Vraag 10. Wat als de scholen het niet eens worden?"),
        ("p", "Antwoord: Eerst probeert het routeteam het op te lossen. Lukt dat niet binnen een maand, dan "
              "gaat het naar de twee voorzitters van de colleges van bestuur. Zijn zij het na zes weken nog "
              "niet eens, dan vragen zij samen bindend advies aan een onafhankelijke deskundige die zij "
              "gezamenlijk kiezen; lukt ook het kiezen niet, dan kan ieder van beide het geschil voorleggen aan "
              "de bevoegde rechter in Lelystad."),
        ("h2", "Vraag 11. Kan er een school bij, kan iets veranderen en kan de samenwerking stoppen?"),
        ("p", "Antwoord: Ja, op deze manier:"),
        ("b", "Een andere vmbo-school of mbo-instelling in Flevoland kan aansluiten als beide besturen "
              "schriftelijk instemmen en de nieuwe partij deze overeenkomst ongewijzigd ondertekent. Aansluiten "
              "kan alleen per 1 augustus, zodat leerlingen die al in de route zitten er midden in het jaar "
              "niets van merken. De nieuwe partij meldt de route zelf bij DUO."),
        ("b", "Wijzigen gaat alleen schriftelijk en met handtekening van beide besturen. Veranderingen in het "
              "programma gelden pas voor leerlingen die na de wijziging instromen."),
        ("b", "Opzeggen kan door elke partij, schriftelijk, tegen 1 augustus en met een termijn van ten minste "
              "een jaar. Houdt een partij zich ernstig niet aan de afspraken, dan kan de ander de overeenkomst "
              "na een schriftelijke waarschuwing van twee maanden ontbinden tegen het einde van het schooljaar."),
        ("b", "Na opzegging of ontbinding starten er geen nieuwe leerlingen meer. Leerlingen die al in de "
              "route zitten maken die af; lukt dat echt niet, dan geldt voor hen vraag 7."),
        ("h2", "Vraag 12. Hoe lang geldt dit?"),
        ("p", "Antwoord: Vanaf 1 augustus 2025 voor onbepaalde tijd. In het voorjaar van 2028 evalueren wij de "
              "route samen met de praktijkpartners."),
        ("p", "Ondertekend te Lelystad op 3 april 2025."),
        ("sig", [["Namens het Sportcollege:", "Namens Polderland:"],
                 ["J. de Ruiter-Appelman", "drs. K. Oosterveld"]]),
    ],
)


# ---------------------------------------------------------------- 448 (DOCX)
sample(
    448, "bestuursmodel_ingevuld_emmen_facilitair", "docx",
    "School board's standard model agreement (DOCX, model v3.2 with model notes) with the route "
    "filled in on a routeblad table; Zuidoost-Drenthe (Emmen), Dienstverlening en producten basis -> "
    "Medewerker facilitaire dienstverlening niveau 2; fully compliant: werkveldtafel, routeregisseur "
    "plus kernteam, kwartaalbrief, transfer with amount and purpose, arbitrage, 'instappen'",
    dict(a="present", b="present", c="present", d="present", e="present",
         f="present", g="present", h="present", i="present", j="present"),
    dict(a="Deel A - Routeblad",
         b="Artikel 3 Werkveld",
         c="Artikel 4 Regie op de route",
         d="Artikel 5 Informatie en verantwoording",
         e="Artikel 6 Uitvoering: locaties, personeel en voorzieningen",
         f="Artikel 7 Overstappen",
         g="Artikel 8 Financiën",
         h="Artikel 9 Medezeggenschap",
         i="Artikel 10 Verschil van mening",
         j="Artikel 11 Instappen, aanpassen en beëindigen"),
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("sub", "Bestuursmodel Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe - modelversie 3.2 "
                "(vastgesteld door het college van bestuur op 14 januari 2024)\n"
                "Ingevulde overeenkomst voor de route Facilitair Emmen - kenmerk SOOZD/DLR/2025-04"),
        ("small", "Toelichting bij het model: de artikelen 1 tot en met 12 zijn voor alle routes van de "
                  "stichting gelijk. Wat per route verschilt, staat in Deel A (Routeblad) en in de met "
                  "'Route-invulling' gemarkeerde alinea's. Waar het model een keuze biedt, is alleen de "
                  "gekozen variant opgenomen."),
        ("h1", "Partijen"),
        ("p", "1. Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe, gevestigd te Emmen, bevoegd "
              "gezag van het Hondsrug Vakcollege te Emmen, rechtsgeldig vertegenwoordigd door de heer "
              "A.G. Mulder MEd, voorzitter van het college van bestuur, hierna: de stichting of de school;"),
        ("p", "2. Stichting Regiocollege Drenthe, gevestigd te Assen, bevoegd gezag van het Regiocollege "
              "Drenthe, regionaal opleidingencentrum, rechtsgeldig vertegenwoordigd door mevrouw "
              "ir. L. Brouwer-Hadders, voorzitter van het college van bestuur, hierna: het Regiocollege;"),
        ("p", "komen het volgende overeen."),
        ("h1", "Deel A - Routeblad"),
        ("table", [
            ["Onderdeel", "Route-invulling"],
            ["Naam van de route", "Route Facilitair Emmen"],
            ["vmbo-profiel en leerweg", "Dienstverlening en producten (D&P), basisberoepsgerichte leerweg"],
            ["mbo-opleiding(en)", "Medewerker facilitaire dienstverlening, niveau 2 (basisberoepsopleiding), "
                                  "BOL; in route-jaar 4 BBL mogelijk"],
            ["Kwalificatiedossier", "Facilitaire dienstverlening"],
            ["Start eerste cohort", "1 augustus 2025 (leerjaar 3 vmbo = route-jaar 1)"],
            ["Duur", "4 route-jaren: 1-2 vo-fase, 3-4 mbo-fase"],
            ["Locaties", "Hondsrug Vakcollege, Weerdingerstraat, Emmen; Regiocollege, vestiging Emmen-Zuid"],
            ["Examinering vmbo", "Centraal examen in route-jaar 2"],
            ["Verplichte keuzedelen", "Gastvrijheid en klantcontact; Schoonmaak in de zorg"],
        ]),
        ("h2", "Artikel 1 Onderwerp"),
        ("p", "De school en het Regiocollege verzorgen samen de doorlopende leerroute die in Deel A is "
              "beschreven. Het routeblad maakt deel uit van deze overeenkomst. Partijen melden de route "
              "samen bij DUO via RIO."),
        ("h2", "Artikel 2 Programma"),
        ("p", "Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
              "route-jaar in één gezamenlijk PTA/OER. Het PTA/OER wordt jaarlijks vóór 1 oktober door beide "
              "colleges van bestuur vastgesteld en in de schoolgids en de studiegids bekendgemaakt."),
        ("h2", "Artikel 3 Werkveld"),
        ("p", "Route-invulling: het werkveld is bij de route betrokken via de werkveldtafel Facilitair "
              "Zuidoost-Drenthe, waarin zitting hebben: het facilitair bedrijf van Ziekenhuis De Es, "
              "schoonmaakbedrijf Hofman Services B.V., Brons Catering & Events en de facilitaire dienst van de "
              "gemeente Emmen. Deze organisaties zijn erkend leerbedrijf. Zij:"),
        ("b", "bieden samen jaarlijks ten minste twintig stageplaatsen voor de mbo-fase en in de vo-fase "
              "vijf 'doe-dagen' per leerling;"),
        ("b", "leveren per route-jaar twee opdrachten uit de eigen praktijk (bijvoorbeeld het inrichten van "
              "een vergaderruimte of het opzetten van een schoonmaakrooster) en beoordelen die mee;"),
        ("b", "adviseren één keer per jaar, in februari, over de keuzedelen en over veranderingen in het "
              "beroep; het kernteam (artikel 4) beantwoordt dat advies schriftelijk."),
        ("h2", "Artikel 4 Regie op de route"),
        ("p", "4.1 De dagelijkse regie ligt bij een routeregisseur, ondersteund door een kernteam. Het "
              "kernteam bestaat uit de routeregisseur, de teamleider D&P van de school, de "
              "opleidingsmanager facilitair van het Regiocollege en één docent van elke partij."),
        ("p", "4.2 Route-invulling: de routeregisseur wordt voor drie jaar benoemd door beide colleges van "
              "bestuur samen, op voordracht van de teamleider en de opleidingsmanager. De twee docenten "
              "worden elk door hun eigen college van bestuur aangewezen voor twee jaar. Tussentijds ontslag "
              "uit de functie van routeregisseur vraagt een besluit van beide colleges."),
        ("p", "4.3 Beide colleges dragen de volgende taken en bevoegdheden op aan het kernteam: opstellen "
              "van het PTA/OER ter vaststelling; vaststellen van roosters en inzet van docenten binnen de "
              "door de colleges toegekende formatie; plaatsing van leerlingen in de route; organisatie van "
              "stages met de werkveldtafel; voorbereiden van overstapbesluiten (artikel 7); besteden van het "
              "routebudget tot € 7.500 per uitgave. Benoemingen van personeel, uitgaven daarboven en "
              "wijziging van deze overeenkomst blijven bij de colleges."),
        ("h2", "Artikel 5 Informatie en verantwoording"),
        ("p", "5.1 De routeregisseur stuurt na afloop van elk kwartaal een kwartaalbrief aan beide colleges "
              "van bestuur met de aantallen leerlingen, verzuim, uitval en overstappen, de stand van de "
              "stageplaatsen en de uitgaven uit het routebudget."),
        ("p", "5.2 Jaarlijks vóór 1 november legt het kernteam in een jaarevaluatie verantwoording af over "
              "het afgelopen schooljaar, inclusief examenresultaten, de besteding van de overgedragen "
              "middelen (artikel 8) en het advies van de werkveldtafel. De colleges bespreken de "
              "jaarevaluatie met het kernteam in een bestuurlijk overleg in november."),
        ("h2", "Artikel 6 Uitvoering: locaties, personeel en voorzieningen"),
        ("p", "6.1 Route-invulling: de vo-fase vindt plaats op het Hondsrug Vakcollege; de leerlingen "
              "werken daar in de leerwerkplaats 'De Servicebalie' (receptie, vergaderservice, kleine "
              "catering). Eén dag per week zijn zij in het facilitair oefencentrum van het Regiocollege. De "
              "mbo-fase vindt plaats op de vestiging Emmen-Zuid van het Regiocollege en bij de leerbedrijven."),
        ("p", "6.2 Route-invulling: de docenten D&P van de school en de docenten facilitaire dienstverlening "
              "van het Regiocollege vormen één docententeam. Het Regiocollege zet in route-jaar 1 en 2 "
              "wekelijks acht lesuren mbo-docent in op de school; de school zet in route-jaar 3 een docent "
              "Nederlands en rekenen en een mentor in op het Regiocollege voor de vmbo-leerlingen die hun "
              "diploma nog moeten halen. Het team werkt met teambevoegdheid voor het onderdeel 'Gastheer- en "
              "servicewerk'. Medewerkers blijven in dienst van hun eigen werkgever."),
        ("p", "6.3 Route-invulling: de school stelt De Servicebalie en haar schoonmaakpracticum "
              "beschikbaar; het Regiocollege stelt zijn oefencentrum, de wasserij-opstelling en de digitale "
              "leeromgeving beschikbaar. Gebruik van elkaars voorzieningen wordt niet in rekening gebracht."),
        ("p", "6.4 Een klacht over een medewerker van de andere partij wordt behandeld volgens de "
              "klachtenregeling van de partij waar die medewerker in dienst is; beide partijen informeren "
              "elkaar over de uitkomst."),
        ("h2", "Artikel 7 Overstappen"),
        ("p", "7.1 Een leerling die de route niet afmaakt, krijgt altijd een vervolg dat tot een diploma "
              "leidt. Welk vervolg dat is, beslissen de teamleider van de school en de opleidingsmanager van "
              "het Regiocollege samen, na overleg met de leerling en zijn ouders, op basis van het bereikte "
              "niveau en de leeftijd van de leerling."),
        ("p", "7.2 Route-invulling, in elk geval:"),
        ("b", "vertrek tijdens de vo-fase: verder in de basisberoepsgerichte leerweg D&P of een ander "
              "profiel van het Hondsrug Vakcollege, gericht op het vmbo-diploma;"),
        ("b", "geen vmbo-diploma na route-jaar 2: doorstromen naar route-jaar 3 of een andere "
              "niveau 2-opleiding van het Regiocollege zonder vooropleidingseisen, of het examenjaar overdoen;"),
        ("b", "vertrek tijdens de mbo-fase: overstap naar een andere opleiding op niveau 2 van het "
              "Regiocollege, zoals Medewerker horeca of Helpende zorg en welzijn;"),
        ("b", "overstap naar een andere instelling (bijvoorbeeld na verhuizing): het Regiocollege "
              "verzorgt een warme overdracht en werkt mee aan het geschiktheidsonderzoek."),
        ("h2", "Artikel 8 Financiën"),
        ("p", "Route-invulling (modelvariant B, overdracht door het Regiocollege): op grond van artikel "
              "9.1.15 WEB draagt het Regiocollege aan de stichting € 600 over per student die op 1 oktober in "
              "route-jaar 3 is ingeschreven. Dit bedrag is bestemd voor de inzet van de docent Nederlands en "
              "rekenen en de mentor die de school in route-jaar 3 op het Regiocollege inzet (artikel 6.2). "
              "Betaling vóór 15 december. Verder draagt iedere partij de eigen kosten."),
        ("h2", "Artikel 9 Medezeggenschap"),
        ("p", "9.1 Voor leerlingen in de vo-fase, hun ouders en het personeel van de school geldt de "
              "medezeggenschap van de school (WMS), voor studenten in de mbo-fase en het personeel van het "
              "Regiocollege die van het Regiocollege (WEB, WOR)."),
        ("p", "9.2 Route-invulling: daarbovenop spreken partijen af dat (a) de deelraad van het Hondsrug "
              "Vakcollege en de studentenraad van het Regiocollege jaarlijks het ontwerp-PTA/OER van de route "
              "ter advisering krijgen, (b) studenten in route-jaar 3 die het vmbo-diploma nog niet hebben, "
              "kiesgerechtigd blijven voor de leerlinggeleding van de deelraad van de school, en (c) het "
              "kernteam eenmaal per jaar een gezamenlijke informatiebijeenkomst voor beide raden houdt."),
        ("h2", "Artikel 10 Verschil van mening"),
        ("p", "10.1 Een verschil van mening over de uitvoering van deze overeenkomst bespreekt het kernteam "
              "eerst zelf. Lukt het niet binnen een maand, dan legt de routeregisseur het schriftelijk voor aan "
              "beide colleges van bestuur, die binnen zes weken samen overleggen."),
        ("p", "10.2 Komen de colleges er niet uit, dan wordt het geschil beslecht door arbitrage volgens het "
              "Arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, met Assen als "
              "plaats van arbitrage. Het arbitraal vonnis is bindend voor beide partijen."),
        ("h2", "Artikel 11 Instappen, aanpassen en beëindigen"),
        ("p", "11.1 Instappen. Een andere vmbo-school of mbo-instelling kan in deze overeenkomst instappen "
              "als zij het profiel of de opleiding uit Deel A (of een verwante) verzorgt, alle artikelen "
              "aanvaardt en beide colleges van bestuur schriftelijk instemmen. Instappen gaat in op "
              "1 augustus van een schooljaar; de nieuwe partner meldt de route bij DUO. De routes van "
              "leerlingen die al zijn ingestroomd, veranderen daardoor niet."),
        ("p", "11.2 Aanpassen. Deze overeenkomst en het routeblad worden alleen schriftelijk aangepast, met "
              "handtekening van beide colleges. Aanpassingen van het programma gelden vanaf het eerstvolgende "
              "cohort."),
        ("p", "11.3 Beëindigen. De overeenkomst loopt voor onbepaalde tijd. Elke partij kan haar per "
              "aangetekende brief opzeggen met een termijn van twaalf maanden, tegen 31 juli. Bij een ernstige "
              "tekortkoming die na schriftelijke aanmaning niet binnen twee maanden is hersteld, kan de andere "
              "partij de overeenkomst ontbinden tegen het einde van het schooljaar."),
        ("p", "11.4 Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten. Leerlingen en "
              "studenten die al in de route zitten, kunnen haar bij partijen afronden; partijen houden daarvoor "
              "personeel en voorzieningen beschikbaar. Is afronden niet mogelijk, dan geldt artikel 7."),
        ("h2", "Artikel 12 Slot"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025. Zij is opgemaakt in tweevoud."),
        ("p", "Emmen, 22 april 2025"),
        ("sig", [["Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe",
                  "Stichting Regiocollege Drenthe"],
                 ["\n\nA.G. Mulder MEd, voorzitter college van bestuur",
                  "\n\nir. L. Brouwer-Hadders, voorzitter college van bestuur"]]),
    ],
    font="Arial", size=10.5, heading_styles=True,
    title="Samenwerkingsovereenkomst DLR Route Facilitair Emmen",
)


# ----------------------------------------------------------------- 449 (PDF)
sample(
    449, "definitiebijlage_roosendaal_autotechniek", "pdf",
    "Long formal article-style agreement (PDF) with capitalised defined terms and a separate annex "
    "of definitions at the end; West-Brabant (Roosendaal), Mobiliteit en transport kader -> Eerste "
    "autotechnicus niveau 3; one defect: toetreding, opzegging/ontbinding and wijziging are worked "
    "out at length but nothing limits the consequences for pupils (j weak)",
    dict(a="present", b="present", c="present", d="present", e="present",
         f="present", g="present", h="present", i="present", j="weak"),
    dict(a="Artikel 2 Doel en Route",
         b="Artikel 3 De Werkgeversraad",
         c="Artikel 4 Het Stuurorgaan",
         d="Artikel 5 Rapportage en verantwoording",
         e="Artikel 6 Onderwijs, personeel en voorzieningen",
         f="Artikel 7 Uitstap uit de Route",
         g="Artikel 8 Financiële bepalingen",
         h="Artikel 9 Medezeggenschap",
         i="Artikel 11 Geschillen"),
    [
        ("title", "SAMENWERKINGSOVEREENKOMST\nDOORLOPENDE LEERROUTE MOBILITEIT WEST-BRABANT"),
        ("sub", "Route Autotechniek Roosendaal - kenmerk BW/DLR/MOB/2025-01"),
        ("h2", "DE ONDERGETEKENDEN:"),
        ("p", "1. **Stichting Voortgezet Onderwijs Baronie-West**, statutair gevestigd te Roosendaal, "
              "kantoorhoudende aan de Burgemeester Prinsensingel 7, 4701 HK Roosendaal, bevoegd gezag van onder "
              "meer de school voor voorbereidend beroepsonderwijs **Vakcollege De Kroeven** te Roosendaal, te "
              "dezen rechtsgeldig vertegenwoordigd door de heer drs. F.C.M. van Gastel, voorzitter van het "
              "college van bestuur, hierna te noemen: \"de Schoolstichting\";"),
        ("p", "2. **Stichting ROC Brabantse Wal**, statutair gevestigd te Bergen op Zoom, kantoorhoudende aan "
              "de Van Konijnenburgweg 41, 4612 PL Bergen op Zoom, bevoegd gezag van het gelijknamige regionaal "
              "opleidingencentrum, te dezen rechtsgeldig vertegenwoordigd door mevrouw mr. S.A. Verbeek-de Jong, "
              "voorzitter van het college van bestuur, hierna te noemen: \"het ROC\";"),
        ("p", "hierna gezamenlijk te noemen: \"Partijen\" en ieder afzonderlijk: \"Partij\","),
        ("h2", "OVERWEGENDE DAT:"),
        ("p", "a. Partijen in de arbeidsmarktregio West-Brabant sinds 2021 samenwerken bij het "
              "loopbaanoriëntatieprogramma 'Techniek Ontdekt' en die samenwerking willen verdiepen tot een "
              "doorlopende leerroute in de mobiliteitssector;"),
        ("p", "b. de autobranche in West-Brabant kampt met een groeiend tekort aan technici die zijn opgeleid "
              "voor elektrische en hybride aandrijving, en het regionale bedrijfsleven zich bereid heeft verklaard "
              "structureel aan de Route bij te dragen;"),
        ("p", "c. Partijen met de Route beogen leerlingen een ononderbroken leerweg te bieden, overlap tussen "
              "het vmbo- en het mbo-programma te vermijden en de uitval bij de overgang van vmbo naar mbo terug "
              "te dringen;"),
        ("p", "d. artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en "
              "beroepsonderwijs voorschrijven dat een doorlopende leerroute wordt verzorgd op grond van een "
              "samenwerkingsovereenkomst met een bepaalde minimuminhoud;"),
        ("h2", "KOMEN OVEREEN ALS VOLGT:"),
        ("h1", "Artikel 1 Begrippen"),
        ("p", "1.1 In deze Overeenkomst hebben de met een hoofdletter geschreven begrippen de betekenis die "
              "daaraan is gegeven in Bijlage 1 (Begrippenlijst), die een onlosmakelijk onderdeel van deze "
              "Overeenkomst vormt."),
        ("p", "1.2 Verwijzingen naar artikelen zijn verwijzingen naar artikelen van deze Overeenkomst, tenzij "
              "uitdrukkelijk anders vermeld. Opschriften van artikelen dienen uitsluitend het leesgemak."),
        ("h1", "Artikel 2 Doel en Route"),
        ("p", "2.1 Partijen verzorgen gezamenlijk de Route: een doorlopende leerroute waarin het profiel "
              "**Mobiliteit en transport** van de **kaderberoepsgerichte leerweg**, zoals verzorgd door het "
              "Vakcollege De Kroeven, aansluit op de vakopleiding **Eerste autotechnicus, niveau 3**, in de "
              "beroepsopleidende leerweg, van het opleidingsdomein Mobiliteit en voertuigen, zoals verzorgd door "
              "het ROC."),
        ("p", "2.2 De Route vangt aan in het derde leerjaar van de Leerling op het Vakcollege De Kroeven en "
              "omvat vijf Route-jaren. Route-jaar 1 en 2 vormen de Vo-fase; Route-jaar 3, 4 en 5 vormen de "
              "Mbo-fase. De Leerling behaalt het vmbo-diploma kaderberoepsgerichte leerweg uiterlijk aan het "
              "einde van Route-jaar 3 en het diploma Eerste autotechnicus aan het einde van Route-jaar 5."),
        ("p", "2.3 Binnen de Route volgen alle Leerlingen het keuzedeel Hoogvoltage-systemen en, in de Vo-fase, "
              "de beroepsgerichte keuzevakken Elektrotechniek in auto's en Banden en wielen."),
        ("p", "2.4 Partijen melden de Route gezamenlijk aan de minister van Onderwijs, Cultuur en Wetenschap "
              "door registratie in RIO en dragen er ieder zorg voor dat de inschrijving van Leerlingen in BRON "
              "overeenkomt met de fase waarin zij zich bevinden."),
        ("h1", "Artikel 3 De Werkgeversraad"),
        ("p", "3.1 Partijen betrekken de mobiliteitsbranche bij de invulling van de Route door middel van de "
              "Werkgeversraad. De Werkgeversraad bestaat bij het aangaan van deze Overeenkomst uit "
              "vertegenwoordigers van Autobedrijf Van Dongen Roosendaal B.V., Garage Vermeulen & Zn. te "
              "Etten-Leur, Autoschade en Onderhoud Kalsbeek te Bergen op Zoom, de vestiging Roosendaal van "
              "Dealergroep Brabant-Zeeland, een bedrijfsadviseur van de SBB en een afgevaardigde van de regionale "
              "afdeling van de branchevereniging van autobedrijven."),
        ("p", "3.2 De Werkgeversraad:"),
        ("li", "a. adviseert het Stuurorgaan ten minste tweemaal per Schooljaar over de inhoud van het "
              "Routeprogramma, de keuze van keuzedelen en de technische ontwikkelingen in de branche;"),
        ("li", "b. draagt er zorg voor dat de aangesloten bedrijven jaarlijks ten minste vijfendertig "
              "BPV-plaatsen voor de Mbo-fase en vijftig snuffeldagen voor de Vo-fase beschikbaar stellen;"),
        ("li", "c. stelt per Route-jaar ten minste drie praktijkcasussen beschikbaar, waaronder één over "
              "elektrisch rijden, die in het Routeprogramma worden uitgewerkt;"),
        ("li", "d. levert praktijkbeoordelaars die samen met de Examinatoren van het ROC de proeven van "
              "bekwaamheid afnemen;"),
        ("li", "e. stelt bedrijfsruimte en voertuigen beschikbaar voor ten minste twee excursies per Schooljaar."),
        ("p", "3.3 Het Stuurorgaan reageert binnen zes weken schriftelijk en gemotiveerd op ieder advies van de "
              "Werkgeversraad. Nieuwe bedrijven kunnen tot de Werkgeversraad worden toegelaten door het "
              "Stuurorgaan."),
        ("h1", "Artikel 4 Het Stuurorgaan"),
        ("p", "4.1 De leiding over de Route berust bij het Stuurorgaan. Het Stuurorgaan bestaat uit vier leden: "
              "de sectordirecteur techniek van het Vakcollege De Kroeven, de opleidingsmanager mobiliteit van het "
              "ROC, een docent autotechniek van de Schoolstichting en een docent autotechniek van het ROC. Het "
              "Stuurorgaan wordt bijgestaan door de Routecoördinator, die het secretariaat voert en geen stemrecht "
              "heeft."),
        ("p", "4.2 De leden van het Stuurorgaan worden benoemd door het college van bestuur van de Partij in "
              "wier dienst zij zijn, voor een termijn van drie Schooljaren, die eenmaal kan worden verlengd. "
              "De Routecoördinator wordt benoemd door de beide colleges van bestuur gezamenlijk. Een college van "
              "bestuur dat een lid benoemt of ontslaat, deelt dat binnen twee weken schriftelijk mede aan het "
              "andere college van bestuur. Het Stuurorgaan kiest uit de beide leidinggevende leden jaarlijks een "
              "voorzitter."),
        ("p", "4.3 De colleges van bestuur dragen aan het Stuurorgaan de volgende taken op, met de bij elke taak "
              "vermelde bevoegdheid:"),
        ("li", "a. het ontwerpen van het Routeprogramma en het PTA/OER per Route-jaar, ter vaststelling door beide "
              "colleges van bestuur;"),
        ("li", "b. het besluiten over de toelating van Leerlingen tot de Route, na het loopbaangesprek in leerjaar 2;"),
        ("li", "c. het vaststellen van de jaarplanning, het rooster en de verdeling van de lestaken over het Routeteam;"),
        ("li", "d. het beheer van het Routebudget en het aangaan van verplichtingen ten laste daarvan tot een bedrag "
              "van EUR 20.000 per verplichting;"),
        ("li", "e. het voorbereiden van Overstapbesluiten als bedoeld in artikel 7;"),
        ("li", "f. het onderhouden van de contacten met de Werkgeversraad en met de ouders van Leerlingen."),
        ("p", "4.4 Het Stuurorgaan besluit bij meerderheid van stemmen; bij staking van stemmen beslist de "
              "voorzitter. Besluiten over werving, benoeming en ontslag van personeel, over verplichtingen boven "
              "het in lid 3 onder d genoemde bedrag en over de continuering van de Route zijn voorbehouden aan de "
              "colleges van bestuur."),
        ("h1", "Artikel 5 Rapportage en verantwoording"),
        ("p", "5.1 Het Stuurorgaan verstrekt de colleges van bestuur van beide Partijen na afloop van ieder "
              "Schooljaar, uiterlijk op 1 oktober, een Routeverslag. Het Routeverslag bevat ten minste: de "
              "instroom, doorstroom en uitstroom per Route-jaar, het aantal Overstapbesluiten en de uitkomst "
              "daarvan, de examenresultaten in de Vo-fase en de Mbo-fase, het aantal gerealiseerde BPV-plaatsen, "
              "de realisatie van het Routebudget en de adviezen van de Werkgeversraad met de reactie daarop."),
        ("p", "5.2 Daarnaast brengt het Stuurorgaan in februari een beknopte tussenrapportage uit over het "
              "lopende Schooljaar, met de kengetallen onder lid 1 voor zover beschikbaar."),
        ("p", "5.3 Het Routeverslag wordt in oktober besproken in het Bestuurlijk Overleg, waarin het "
              "Stuurorgaan verantwoording aflegt over het gevoerde beleid en de besteding van het Routebudget. "
              "Het Bestuurlijk Overleg stelt het Routeverslag vast en kan het Stuurorgaan aanwijzingen geven."),
        ("p", "5.4 Het Stuurorgaan informeert beide colleges van bestuur onverwijld over feiten en "
              "omstandigheden die de continuïteit of de kwaliteit van de Route kunnen bedreigen."),
        ("h1", "Artikel 6 Onderwijs, personeel en voorzieningen"),
        ("p", "6.1 Het onderwijs in de Vo-fase wordt verzorgd in het gebouw van het Vakcollege De Kroeven aan "
              "de Kroevendonk te Roosendaal. Het onderwijs in de Mbo-fase wordt verzorgd op de locatie Mobiliteit "
              "van het ROC aan de Bovendonk te Roosendaal en bij de BPV-bedrijven."),
        ("p", "6.2 Het Routeprogramma en de examinering per Route-jaar worden vastgelegd in het PTA/OER, waarin "
              "per programmaonderdeel is aangegeven of het behoort tot het vmbo-programma, het mbo-programma of "
              "beide, en in welke onderdelen een Routeteam met Teambevoegdheid wordt ingezet. Het PTA/OER wordt "
              "jaarlijks vóór 1 oktober vastgesteld. Het centraal examen vmbo wordt afgenomen in Route-jaar 2; de "
              "examinering van de mbo-kerntaken start in Route-jaar 2."),
        ("p", "6.3 Partijen vormen voor de Route één Routeteam. De Schoolstichting stelt daartoe ten minste drie "
              "docenten Mobiliteit en transport, een docent Nederlands en een loopbaanbegeleider beschikbaar; het "
              "ROC ten minste drie docenten autotechniek en een praktijkinstructeur. Docenten van het ROC verzorgen "
              "vanaf Route-jaar 1 wekelijks zes lesuren in de Vo-fase; docenten van de Schoolstichting verzorgen in "
              "Route-jaar 3 de resterende vmbo-vakken voor Leerlingen die het vmbo-diploma nog niet hebben. "
              "Partijen passen Teambevoegdheid toe voor het programmaonderdeel 'Onderhoud en diagnose'. Leden van "
              "het Routeteam blijven in dienst van hun eigen werkgever; werkgeversverantwoordelijkheid en "
              "loonkosten blijven bij die werkgever."),
        ("p", "6.4 Partijen stellen voor de Route over en weer de volgende Voorzieningen ter beschikking: de "
              "Schoolstichting haar werkplaats voertuigtechniek met twee hefbruggen en haar theorielokalen; het "
              "ROC zijn HV-werkplaats met de daarbij horende veiligheidsuitrusting, de diagnose-apparatuur en de "
              "lesvoertuigen. Gebruik van Voorzieningen door Leerlingen en docenten van de andere Partij vindt "
              "plaats binnen de roosters die het Stuurorgaan vaststelt en overeenkomstig de huisregels en "
              "veiligheidsvoorschriften van de Partij die de Voorziening beschikbaar stelt."),
        ("p", "6.5 Elke Partij is verantwoordelijk voor de leerlingenadministratie, het verzuim en de "
              "leerplicht van de Leerlingen die bij haar staan ingeschreven."),
        ("p", "6.6 De Schoolstichting blijft verantwoordelijk voor het eindexamen vmbo van een Leerling die al "
              "in de Mbo-fase is ingeschreven maar het vmbo-diploma nog niet heeft behaald."),
        ("h1", "Artikel 7 Uitstap uit de Route"),
        ("p", "7.1 Een Leerling die de Route voortijdig verlaat, op eigen verzoek of omdat de Route niet bij "
              "zijn mogelijkheden blijkt aan te sluiten, wordt door Partijen in staat gesteld een vmbo-diploma of "
              "een mbo-diploma te behalen. Het Overstapbesluit wordt genomen door de sectordirecteur techniek van "
              "het Vakcollege De Kroeven en de opleidingsmanager mobiliteit van het ROC gezamenlijk, op voorstel "
              "van het Stuurorgaan en na een gesprek met de Leerling en zijn ouders, waarbij het bereikte "
              "onderwijsniveau en de leeftijd van de Leerling bepalend zijn."),
        ("p", "7.2 Bij uitstap in de Vo-fase vervolgt de Leerling zijn opleiding in de kaderberoepsgerichte "
              "leerweg van het Vakcollege De Kroeven, in het profiel Mobiliteit en transport of een ander profiel, "
              "dan wel in de basisberoepsgerichte leerweg indien dat beter past, gericht op het vmbo-diploma."),
        ("p", "7.3 Heeft de Leerling aan het einde van Route-jaar 3 het vmbo-diploma niet behaald, dan kan hij "
              "bij het ROC zonder toepassing van de vooropleidingseisen zijn opleiding voortzetten in de Route of "
              "in een andere opleiding op niveau 2 of 3, zoals Autotechnicus (niveau 2) of Eerste "
              "bedrijfsautotechnicus; hij kan er ook voor kiezen het vmbo-examen opnieuw af te leggen."),
        ("p", "7.4 Bij uitstap in de Mbo-fase biedt het ROC de Leerling een plaats in een andere opleiding op "
              "niveau 3 of, indien dat beter aansluit, niveau 2, binnen of buiten het domein Mobiliteit en "
              "voertuigen."),
        ("p", "7.5 Wil de Leerling naar een andere instelling, dan verleent het ROC medewerking aan het "
              "geschiktheidsonderzoek aldaar en draagt het zorg voor een warme overdracht van dossier en "
              "begeleidingsafspraken. De nadere werkwijze staat in de schoolgids van het Vakcollege De Kroeven en "
              "de studiegids van het ROC."),
        ("h1", "Artikel 8 Financiële bepalingen"),
        ("p", "8.1 Partijen maken geen gebruik van de mogelijkheid om Bekostiging aan elkaar over te dragen als "
              "bedoeld in artikel 5.42a WVO 2020 en artikel 9.1.15 WEB. Iedere Partij behoudt de voor de "
              "Leerlingen in haar fase ontvangen Bekostiging."),
        ("p", "8.2 Iedere Partij draagt de kosten van haar eigen personeel en Voorzieningen. Het Routebudget "
              "wordt gevormd door een jaarlijkse inbreng van EUR 12.500 door iedere Partij uit eigen middelen en "
              "door iedere Partij in de eigen begroting verantwoord; het is bestemd voor leermiddelen, "
              "excursies en de activiteiten met de Werkgeversraad."),
        ("h1", "Artikel 9 Medezeggenschap"),
        ("p", "9.1 Partijen erkennen dat op de Vo-fase de Wet medezeggenschap op scholen en op de Mbo-fase "
              "hoofdstuk 8a WEB en de Wet op de ondernemingsraden van toepassing zijn."),
        ("p", "9.2 Partijen stellen aanvullend een Routeplatform in, bestaande uit twee leden van de "
              "medezeggenschapsraad van het Vakcollege De Kroeven (een ouder en een leerling) en twee leden van "
              "de studentenraad van het ROC. Het Routeplatform komt ten minste tweemaal per Schooljaar bijeen met "
              "het Stuurorgaan, wordt vooraf gehoord over het ontwerp-PTA/OER en kan het Stuurorgaan en de colleges "
              "van bestuur gevraagd en ongevraagd adviseren over alle aangelegenheden die de Route betreffen. Op "
              "een advies wordt binnen zes weken schriftelijk gereageerd."),
        ("h1", "Artikel 10 Klachten, privacy en aansprakelijkheid"),
        ("p", "10.1 Een klacht over een gedraging van een medewerker of bestuurder van de ene Partij die bij de "
              "andere Partij wordt ingediend, wordt onverwijld doorgezonden en behandeld volgens de "
              "klachtenregeling van de Partij waarvoor de betrokkene werkzaam is."),
        ("p", "10.2 Partijen wisselen uitsluitend de persoonsgegevens van Leerlingen uit die nodig zijn voor de "
              "uitvoering van de Route en leggen de afspraken daarover vast in een gegevensdelingsovereenkomst."),
        ("p", "10.3 Iedere Partij is verzekerd voor de aansprakelijkheid voor schade die haar Leerlingen en "
              "personeel tijdens activiteiten van de Route veroorzaken."),
        ("h1", "Artikel 11 Geschillen"),
        ("p", "11.1 Partijen trachten een geschil over de uitvoering van deze Overeenkomst eerst op te lossen in "
              "het Stuurorgaan. Indien dat binnen vier weken na de schriftelijke melding van het geschil niet "
              "lukt, wordt het geschil geagendeerd voor een extra Bestuurlijk Overleg, dat binnen vier weken "
              "daarna bijeenkomt."),
        ("p", "11.2 Indien het Bestuurlijk Overleg het geschil niet binnen zes weken oplost, zullen Partijen "
              "eerst een poging tot mediation ondernemen. Slaagt die niet binnen twee maanden, dan wordt het "
              "geschil uitsluitend beslecht door de bevoegde rechter van de Rechtbank Zeeland-West-Brabant, "
              "locatie Breda."),
        ("h1", "Artikel 12 Duur, toetreding, wijziging en beëindiging"),
        ("p", "12.1 Deze Overeenkomst treedt in werking op de dag van ondertekening en geldt voor onbepaalde tijd."),
        ("p", "12.2 Een andere school voor voorbereidend beroepsonderwijs of een andere instelling voor "
              "beroepsonderwijs kan tot deze Overeenkomst toetreden indien zij (a) het profiel Mobiliteit en "
              "transport onderscheidenlijk een opleiding in het domein Mobiliteit en voertuigen verzorgt, (b) "
              "een schriftelijk verzoek tot toetreding indient bij het Bestuurlijk Overleg, (c) beide colleges "
              "van bestuur met de toetreding instemmen en (d) zij een toetredingsverklaring ondertekent waarin zij "
              "alle rechten en verplichtingen uit deze Overeenkomst aanvaardt. De toetreding gaat in op de datum "
              "die in de toetredingsverklaring is vermeld. De toetredende partij meldt haar deelname aan DUO."),
        ("p", "12.3 Deze Overeenkomst, met inbegrip van de bijlagen, kan uitsluitend worden gewijzigd bij "
              "schriftelijke, door alle Partijen ondertekende overeenkomst. Een voorstel tot wijziging kan door "
              "iedere Partij en door het Stuurorgaan worden gedaan en wordt behandeld in het eerstvolgende "
              "Bestuurlijk Overleg."),
        ("p", "12.4 Iedere Partij kan deze Overeenkomst schriftelijk opzeggen met inachtneming van een "
              "opzegtermijn van zes maanden."),
        ("p", "12.5 Iedere Partij kan deze Overeenkomst met onmiddellijke ingang geheel of gedeeltelijk "
              "ontbinden indien (a) de andere Partij, na een schriftelijke ingebrekestelling waarin een redelijke "
              "termijn is gesteld, tekortschiet in de nakoming van een wezenlijke verplichting, (b) de andere "
              "Partij haar bekostiging geheel of gedeeltelijk verliest, of (c) de andere Partij fuseert of "
              "wordt opgeheven."),
        ("p", "12.6 Bij beëindiging van deze Overeenkomst stellen Partijen binnen drie maanden een "
              "eindafrekening van het Routebudget op, retourneren zij elkaars Voorzieningen en materialen en "
              "trekken zij de registratie van de Route in RIO in."),
        ("h1", "Artikel 13 Slotbepalingen"),
        ("p", "13.1 Op deze Overeenkomst is Nederlands recht van toepassing."),
        ("p", "13.2 Indien een bepaling van deze Overeenkomst nietig blijkt, blijven de overige bepalingen van "
              "kracht en treden Partijen in overleg over een vervangende bepaling die zoveel mogelijk aansluit bij "
              "doel en strekking van de nietige bepaling."),
        ("p", "13.3 Deze Overeenkomst is opgemaakt in tweevoud en getekend te Roosendaal op 28 mei 2025."),
        ("sig", [["Stichting Voortgezet Onderwijs Baronie-West", "Stichting ROC Brabantse Wal"],
                 ["\n\ndrs. F.C.M. van Gastel\nvoorzitter college van bestuur",
                  "\n\nmr. S.A. Verbeek-de Jong\nvoorzitter college van bestuur"]]),
        ("pb",),
        ("h1", "Bijlage 1 Begrippenlijst"),
        ("p", "In de Overeenkomst en de overige bijlagen wordt verstaan onder:"),
        ("table", [
            ["Begrip", "Betekenis"],
            ["Bekostiging", "de rijksbijdrage die een Partij op grond van de WVO 2020 of de WEB ontvangt"],
            ["Bestuurlijk Overleg", "het overleg tussen de colleges van bestuur van Partijen, dat ten minste "
                                    "eenmaal per Schooljaar in oktober bijeenkomt"],
            ["BPV", "beroepspraktijkvorming als bedoeld in artikel 7.2.8 WEB"],
            ["BPV-bedrijf", "een door de SBB erkend leerbedrijf waar een Leerling de BPV volgt"],
            ["Examinator", "een door de examencommissie van het ROC aangewezen examinator"],
            ["Leerling", "een leerling of student die aan de Route deelneemt, ongeacht in welke fase hij zich "
                         "bevindt en bij welke Partij hij staat ingeschreven"],
            ["Mbo-fase", "Route-jaar 3 tot en met 5, waarin de Leerling als student van het ROC staat ingeschreven"],
            ["Overeenkomst", "deze samenwerkingsovereenkomst met bijbehorende bijlagen"],
            ["Overstapbesluit", "het besluit bedoeld in artikel 7.1 over het vervolg van een Leerling die de "
                                "Route verlaat"],
            ["PTA/OER", "het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
                        "examenregeling van de Route"],
            ["Route", "de doorlopende leerroute vmbo-mbo bedoeld in artikel 2"],
            ["Route-jaar", "een Schooljaar van de Route, te beginnen met leerjaar 3 van het vmbo als Route-jaar 1"],
            ["Routebudget", "het budget bedoeld in artikel 8.2"],
            ["Routecoördinator", "de medewerker bedoeld in artikel 4.1 die het Stuurorgaan ondersteunt"],
            ["Routeplatform", "het medezeggenschapsplatform bedoeld in artikel 9.2"],
            ["Routeprogramma", "het onderwijsprogramma van de Route over alle Route-jaren"],
            ["Routeteam", "het gezamenlijke team van docenten en instructeurs bedoeld in artikel 6.3"],
            ["SBB", "de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven"],
            ["Schooljaar", "de periode van 1 augustus tot en met 31 juli"],
            ["Stuurorgaan", "de leiding over de Route bedoeld in artikel 4"],
            ["Teambevoegdheid", "de inzet van een team van leraren en docenten als bedoeld in artikel 7.13a "
                                "WVO 2020 en artikel 9.1.12 WEB"],
            ["Vo-fase", "Route-jaar 1 en 2, waarin de Leerling als leerling van het Vakcollege De Kroeven staat "
                        "ingeschreven"],
            ["Voorzieningen", "de lokalen, werkplaatsen, apparatuur, voertuigen en digitale leeromgevingen die "
                              "een Partij voor de Route ter beschikking stelt"],
            ["Werkgeversraad", "het overleg met de mobiliteitsbranche bedoeld in artikel 3"],
        ], [42, 124]),
        ("pb",),
        ("h1", "Bijlage 2 Hoofdlijnen Routeprogramma"),
        ("p", "Deze bijlage geeft de hoofdlijnen van het Routeprogramma weer zoals die bij het aangaan van de "
              "Overeenkomst zijn vastgesteld. De uitwerking per programmaonderdeel, met toetsvormen, weging en "
              "herkansingen, staat in het PTA/OER van het betreffende Schooljaar."),
        ("table", [
            ["Route-jaar", "Inschrijving", "Programma (hoofdlijnen)", "Examinering", "Praktijk"],
            ["1 (leerjaar 3 vmbo)", "Vakcollege De Kroeven",
             "profielvak Mobiliteit en transport; keuzevakken Elektrotechniek in auto's en Banden en wielen; "
             "algemene vakken; zes lesuren per week mbo-onderdeel 'Basisonderhoud' door ROC-docenten",
             "schoolexamens vmbo volgens PTA; eerste mbo-werkprocessen formatief",
             "20 snuffeldagen bij bedrijven van de Werkgeversraad"],
            ["2 (leerjaar 4 vmbo)", "Vakcollege De Kroeven",
             "afronding vmbo-programma; mbo-kerntaak 'Onderhoud en diagnose' (Teambevoegdheid); "
             "start keuzedeel Hoogvoltage-systemen",
             "centraal examen vmbo; examen mbo-kerntaak 1 (deel A)",
             "2 weken meeloopstage"],
            ["3 (mbo jaar 1)", "ROC Brabantse Wal",
             "mbo-kerntaken 1 en 2; Nederlands en rekenen op 3F-niveau; resterende vmbo-vakken voor wie "
             "het diploma nog niet heeft",
             "examen kerntaak 1 (deel B); eventueel herexamen vmbo",
             "BPV 1 dag per week"],
            ["4 (mbo jaar 2)", "ROC Brabantse Wal",
             "mbo-kerntaak 2 en diagnose elektrische aandrijving; keuzedeel Hoogvoltage-systemen (afronding)",
             "examen kerntaak 2; keuzedeelexamen",
             "BPV 2 dagen per week"],
            ["5 (mbo jaar 3)", "ROC Brabantse Wal",
             "specialisatie en beroepshouding; loopbaan en burgerschap; generieke examens",
             "proeve van bekwaamheid met praktijkbeoordelaar; centrale examens Nederlands en rekenen",
             "BPV 3 dagen per week"],
        ], [24, 28, 60, 34, 22]),
        ("p", "Totale begeleide onderwijstijd en BPV-uren voldoen aan de normen van artikel 2.107g WVO 2020 en "
              "artikel 9.1.9 WEB; de precieze aantallen per Route-jaar staan in het PTA/OER."),
    ],
    font="Times-Roman", size=10.5, justify=True,
    title="Samenwerkingsovereenkomst Doorlopende Leerroute Mobiliteit West-Brabant",
    footer="Samenwerkingsovereenkomst DLR Mobiliteit West-Brabant - BW/DLR/MOB/2025-01",
)


# ------------------------------------------------------------------ 450 (MD)
sample(
    450, "kort_puntsgewijs_den_helder_horeca", "md",
    "Very short agreement (Markdown) that is almost only bullet lists under a few bold words; Kop van "
    "Noord-Holland (Den Helder), Horeca, bakkerij en recreatie kader -> Zelfstandig werkend kok "
    "niveau 3; fully compliant in terse words (keukenbrigade of restaurants, routeduo, "
    "semesternotitie, bemiddelaar then rechter, 'erbij komen' / 'stoppen')",
    dict(a="present", b="present", c="present", d="present", e="present",
         f="present", g="present", h="present", i="present", j="present"),
    dict(a="Wat we aanbieden", b="Wie uit de keuken meedoet", c="Wie de leiding heeft",
         d="Hoe de besturen het horen", e="Waar en met wie", f="Als het anders loopt",
         g="Geld", h="Inspraak", i="Bij onenigheid", j="Erbij komen, veranderen, stoppen"),
    [
        ("title", "Kookroute Kop van Noord-Holland - samenwerkingsovereenkomst"),
        ("p", "Stichting Scholengemeenschap Den Helder-Noord (bevoegd gezag van Kustcollege Vakschool, "
              "Den Helder) en Stichting ROC Kop van Noord-Holland (Den Helder) spreken het volgende af over "
              "de doorlopende leerroute vmbo-mbo. Beide vertegenwoordigd door de voorzitter van het college van "
              "bestuur."),
        ("p", "**Wat we aanbieden**"),
        ("b", "vmbo: profiel Horeca, bakkerij en recreatie (HBR), kaderberoepsgerichte leerweg"),
        ("b", "mbo: Zelfstandig werkend kok, niveau 3, BOL (ROC Kop van Noord-Holland)"),
        ("b", "start leerjaar 3; 2 jaar vo-fase + 2 jaar mbo-fase; vmbo-examen in route-jaar 2"),
        ("p", "**Wie uit de keuken meedoet**"),
        ("b", "de Keukenbrigade Kop: Hotel Zeezicht (Den Helder), Strandpaviljoen Paal 9 (Texel), "
              "Restaurant De Schooten (Julianadorp) en Lunchroom 't Hoekje (Schagen), alle erkend leerbedrijf"),
        ("b", "samen elk jaar min. 20 stageplaatsen en per leerling 6 meewerkdagen in de vo-fase"),
        ("b", "een chef per bedrijf geeft 2 workshops per jaar en jureert de proeve 'menu van de dag' mee"),
        ("b", "in januari advies over kaart, technieken en keuzedelen; schriftelijk antwoord van het routeduo"),
        ("p", "**Wie de leiding heeft**"),
        ("b", "het routeduo: de afdelingsleider HBR van het Kustcollege + de teamleider horeca van het ROC"),
        ("b", "elk bestuur wijst zijn eigen lid aan, voor 2 schooljaren"),
        ("b", "het duo beslist over rooster, inzet van docenten, plaatsing van leerlingen, stages en "
              "het routebudget (tot EUR 5.000 per uitgave)"),
        ("b", "besturen houden: personeel, grotere uitgaven, wijziging van deze afspraken"),
        ("p", "**Hoe de besturen het horen**"),
        ("b", "semesternotitie van het routeduo aan beide besturen, uiterlijk 1 februari en 1 juli: "
              "leerlingaantallen, uitval, resultaten, stages, uitgaven"),
        ("b", "bestuurstafel elk jaar in september: duo legt verantwoording af over het afgelopen jaar"),
        ("p", "**Waar en met wie**"),
        ("b", "vo-fase: leskeuken Kustcollege; 1 dag/week in de restaurantkeuken van het ROC (Middenweg)"),
        ("b", "mbo-fase: ROC Den Helder + stagebedrijf"),
        ("b", "1 team: 2 HBR-docenten Kustcollege + 2 koksdocenten ROC; ROC-docenten geven in route-jaar 2 "
              "de mbo-kooklessen op het Kustcollege; teambevoegdheid voor 'Basistechnieken koken'"),
        ("b", "iedereen blijft in dienst van de eigen werkgever"),
        ("b", "leskeukens, restaurant, bakkerij-oven en koelcellen over en weer te gebruiken, zonder kosten"),
        ("b", "programma en examens per route-jaar in het gezamenlijke PTA/OER (vast te stellen vóór 1 oktober)"),
        ("p", "**Als het anders loopt**"),
        ("b", "altijd een vervolg met diploma; afdelingsleider en teamleider besluiten samen, na gesprek met "
              "leerling en ouders, op grond van behaald niveau en leeftijd"),
        ("b", "stoppen in de vo-fase: verder in HBR kader (of ander profiel) op het Kustcollege, richting "
              "vmbo-diploma"),
        ("b", "geen vmbo-diploma na route-jaar 2: toch door naar het ROC (Kok niveau 2 of 3, zonder "
              "vooropleidingseisen) of examenjaar overdoen"),
        ("b", "stoppen in de mbo-fase: andere ROC-opleiding niveau 2 of 3, bv. Gastheer/gastvrouw of "
              "Medewerker bakkerij"),
        ("b", "verhuizing: warme overdracht + hulp bij geschiktheidsonderzoek elders"),
        ("p", "**Geld**"),
        ("b", "geen overdracht van bekostiging tussen de besturen; ieder betaalt eigen mensen en spullen"),
        ("p", "**Inspraak**"),
        ("b", "MR Kustcollege en studentenraad ROC krijgen elk jaar het ontwerp-PTA/OER voor advies"),
        ("b", "routeleerlingen in route-jaar 2 mogen aanschuiven bij de studentenraad van het ROC"),
        ("p", "**Bij onenigheid**"),
        ("b", "eerst routeduo, dan de twee bestuursvoorzitters (binnen 4 weken)"),
        ("b", "lukt dat niet: samen een onafhankelijke bemiddelaar; na 2 maanden zonder oplossing beslist "
              "de rechtbank Noord-Holland"),
        ("p", "**Erbij komen, veranderen, stoppen**"),
        ("b", "erbij komen: een andere vmbo-school of mbo-instelling kan meedoen per 1 augustus, als beide "
              "besturen schriftelijk instemmen en zij deze afspraken tekent; zij meldt zich bij DUO"),
        ("b", "veranderen: alleen schriftelijk, door beide besturen getekend; programmawijzigingen pas voor "
              "het volgende cohort"),
        ("b", "stoppen: opzeggen per 1 augustus met 1 jaar opzegtermijn; ontbinden bij ernstig tekortschieten "
              "na 2 maanden herstelkans, ook per einde schooljaar"),
        ("b", "na opzegging geen nieuwe instroom; wie al in de route zit, maakt hem bij ons af (anders: zie "
              "'Als het anders loopt')"),
        ("p", "Den Helder, 10 juni 2025"),
        ("p", "M. Dekker-Zijp, voorzitter CvB Stichting Scholengemeenschap Den Helder-Noord  \n"
              "R.J. Blankendaal, voorzitter CvB Stichting ROC Kop van Noord-Holland"),
    ],
)


# ----------------------------------------------------------------- 451 (PDF)
sample(
    451, "routeplan_wij_vorm_winterswijk_hovenier", "pdf",
    "Plan-style agreement in the 'wij' voice (PDF) whose arrangements sit under policy-plan chapter "
    "headings (Organisatie, Kwaliteit, Begeleiding van leerlingen); Achterhoek (Winterswijk), Groen "
    "basis -> Medewerker hovenier niveau 2; fully compliant: Groene Kring of hoveniers, routeraad, "
    "voortgangsdossier, fixed-sum transfer with purpose, geschillenadviescommissie",
    dict(a="present", b="present", c="present", d="present", e="present",
         f="present", g="present", h="present", i="present", j="present"),
    dict(a="2. Onze route", b="3. Samen met de groene sector", c="4. Organisatie",
         d="5. Kwaliteit en verantwoording", e="6. Onderwijs in de praktijk",
         f="7. Begeleiding van leerlingen", g="8. Middelen",
         h="9. De stem van leerlingen, ouders en medewerkers", i="10. Als het schuurt",
         j="11. Nieuwe partners, veranderingen en een einde"),
    [
        ("title", "Groene Route Achterhoek"),
        ("sub", "Routeplan en samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo\n"
                "Vakcollege Woold - Groen Vakcollege Achterhoek - schooljaar 2025-2026 en verder"),
        ("p", "Dit routeplan is tegelijk onze samenwerkingsovereenkomst. Waar 'wij' staat, bedoelen we de twee "
              "besturen die hieronder tekenen: **Stichting Christelijk Voortgezet Onderwijs Oost-Achterhoek** "
              "(Winterswijk), bevoegd gezag van Vakcollege Woold, en **Stichting Groen Vakcollege Achterhoek** "
              "(Doetinchem), bevoegd gezag van de gelijknamige mbo-instelling voor groen onderwijs. Wat we in "
              "dit plan 'afspreken', 'doen' of 'zorgen' binden beide besturen."),
        ("h1", "1. Aanleiding en ambitie"),
        ("p", "In de Oost-Achterhoek zijn hoveniers, groenvoorzieners en kwekers al jaren op zoek naar mensen. "
              "Tegelijk haken jongeren uit de basisberoepsgerichte leerweg juist op het moment van de overstap "
              "naar het mbo af, omdat ze naar Doetinchem moeten reizen en opnieuw moeten beginnen. Met deze route "
              "willen we die knip weghalen: de leerling blijft tot het mbo-diploma in Winterswijk leren en "
              "werken, met dezelfde docenten en dezelfde tuinen."),
        ("h1", "2. Onze route"),
        ("p", "Wij bieden vanaf leerjaar 3 een doorlopende leerroute aan voor leerlingen van Vakcollege Woold "
              "die het profiel **Groen** volgen in de **basisberoepsgerichte leerweg**. De route leidt naar het "
              "vmbo-diploma basis Groen en naar het mbo-diploma **Medewerker hovenier, niveau 2** "
              "(kwalificatiedossier Hovenier, opleidingsdomein Voedsel, natuur en leefomgeving), in de BOL-variant "
              "met de mogelijkheid in het laatste jaar over te stappen naar BBL. De route duurt vier jaar; de "
              "eerste twee jaar (vo-fase) staan de leerlingen ingeschreven op het Vakcollege, de laatste twee "
              "jaar (mbo-fase) op het Groen Vakcollege. Wij melden de route samen aan via RIO."),
        ("h1", "3. Samen met de groene sector"),
        ("p", "De groene bedrijven doen mee via de **Groene Kring Winterswijk**: Hoveniersbedrijf Te Winkel, "
              "Boomkwekerij Hulshof, Tuinaanleg Ter Haar & Zn., de buitendienst van de gemeente Winterswijk en "
              "de Stichting Landschapsbeheer Oost-Gelderland. Wij spreken met hen af, en leggen in een "
              "samenwerkingsbrief met ieder bedrijf vast, dat:"),
        ("b", "zij samen elk jaar ten minste achttien stageplaatsen voor de mbo-fase aanbieden en in de vo-fase "
              "iedere leerling vier praktijkweken laten meedraaien;"),
        ("b", "zij elk schooljaar een echte opdracht aanleveren (bijvoorbeeld de aanleg van een buurttuin of het "
              "snoeiplan van een landgoed) die leerlingen onder hun leiding uitvoeren;"),
        ("b", "een vakman van de Groene Kring het eindwerk van elke leerling mee beoordeelt;"),
        ("b", "de Groene Kring in het voorjaar met de routeraad (zie 4) het programma doorneemt en adviseert "
              "welke keuzedelen wij aanbieden."),
        ("h1", "4. Organisatie"),
        ("p", "De route wordt geleid door een **routeraad** van drie mensen: de teamleider praktijk van "
              "Vakcollege Woold, de opleidingsmanager hovenier van het Groen Vakcollege en een "
              "routecoördinator. De teamleider en de opleidingsmanager worden door hun eigen college van bestuur "
              "aangewezen; de routecoördinator benoemen beide colleges samen, na een sollicitatie onder de "
              "docenten van beide scholen. Alle aanwijzingen gelden voor drie schooljaren."),
        ("p", "Wij geven de routeraad de opdracht en de bevoegdheid om het jaarprogramma en het gezamenlijke "
              "PTA/OER voor te bereiden, leerlingen tot de route toe te laten, de roosters en de inzet van "
              "docenten te regelen, de afspraken met de Groene Kring uit te voeren, over een overstap van een "
              "leerling te adviseren en het routebudget te beheren binnen de jaarbegroting die de colleges "
              "goedkeuren. Over personeel, over uitgaven boven € 10.000 en over het beëindigen van de route "
              "beslissen de colleges zelf."),
        ("h1", "5. Kwaliteit en verantwoording"),
        ("p", "De routeraad houdt een voortgangsdossier bij met de cijfers over instroom, doorstroom, uitval, "
              "examens en stages. Twee keer per jaar, in januari en in juli, stuurt de routeraad beide colleges "
              "van bestuur een korte voortgangsrapportage uit dat dossier. In september legt de routeraad in "
              "een gezamenlijke bestuursvergadering verantwoording af over het afgelopen schooljaar en over de "
              "besteding van de middelen uit hoofdstuk 8. Dreigen er problemen die de route of de leerlingen "
              "raken, dan meldt de routeraad dit direct aan beide colleges."),
        ("h1", "6. Onderwijs in de praktijk"),
        ("p", "Het onderwijs in de vo-fase en, voor het grootste deel, ook in de mbo-fase vindt plaats op het "
              "terrein van Vakcollege Woold aan de Misterweg in Winterswijk, met de schoolkwekerij, de "
              "praktijkschuur en de oefentuin. Het Groen Vakcollege richt daar een eigen mbo-lokaal in. Voor "
              "machinecursussen (bosmaaier, minigraver) gaan de leerlingen naar de praktijklocatie van het Groen "
              "Vakcollege in Doetinchem; het Groen Vakcollege verzorgt en betaalt het vervoer."),
        ("p", "Wij werken met één docententeam: twee docenten groen van het Vakcollege en twee "
              "hoveniersdocenten van het Groen Vakcollege, aangevuld met een praktijkinstructeur. De "
              "hoveniersdocenten geven vanaf het eerste routejaar les op het Vakcollege; de docenten van het "
              "Vakcollege blijven in de mbo-fase de mentor van hun leerlingen. Voor het onderdeel 'Tuinen "
              "aanleggen en onderhouden' gebruiken wij de teambevoegdheid. Ieder blijft in dienst van de eigen "
              "werkgever."),
        ("p", "Kwekerij, praktijkschuur, gereedschap en machines van het Vakcollege zijn ook voor de "
              "mbo-leerlingen; de digitale leeromgeving, het machinepark in Doetinchem en de "
              "veiligheidscursussen van het Groen Vakcollege zijn ook voor de vo-leerlingen. Programma en "
              "examinering per leerjaar staan in het gezamenlijke PTA/OER, dat beide colleges elk jaar vóór "
              "1 oktober vaststellen. Klachten over een medewerker van de andere school behandelt de school waar "
              "die medewerker werkt, volgens haar eigen klachtenregeling."),
        ("h1", "7. Begeleiding van leerlingen"),
        ("p", "Elke leerling heeft één mentor voor de hele route. Loopt het niet goed, dan praten mentor, "
              "leerling en ouders eerst samen. Als een leerling de route wil of moet verlaten, zorgen wij er "
              "samen voor dat hij of zij op een andere manier een diploma kan halen. Het besluit over het "
              "vervolg nemen de teamleider van het Vakcollege en de opleidingsmanager van het Groen Vakcollege "
              "gezamenlijk, na een gesprek met leerling en ouders, en zij kijken daarbij naar wat de leerling al "
              "kan en heeft gehaald en naar zijn of haar leeftijd. In ieder geval geldt:"),
        ("b", "wie in de vo-fase stopt, maakt de basisberoepsgerichte leerweg op het Vakcollege af, in Groen of "
              "in een ander profiel, en haalt daar het vmbo-diploma;"),
        ("b", "wie aan het eind van het tweede routejaar geen vmbo-diploma heeft, mag toch bij het Groen "
              "Vakcollege verder (hovenier of een andere opleiding op niveau 2, zonder vooropleidingseisen) of "
              "kan het examenjaar overdoen;"),
        ("b", "wie in de mbo-fase stopt, kan bij het Groen Vakcollege overstappen naar bijvoorbeeld Medewerker "
              "groene ruimte of Medewerker dierverzorging (niveau 2);"),
        ("b", "wie naar een andere school of instelling gaat, krijgt een warme overdracht en hulp bij het "
              "geschiktheidsonderzoek daar."),
        ("h1", "8. Middelen"),
        ("p", "Vakcollege Woold ontvangt de bekostiging voor de vo-fase, het Groen Vakcollege die voor de "
              "mbo-fase. Omdat de hoveniersdocenten van het Groen Vakcollege al in de vo-fase lesgeven, draagt "
              "de Stichting Christelijk Voortgezet Onderwijs Oost-Achterhoek op grond van artikel 5.42a WVO 2020 "
              "elk schooljaar een vast bedrag van **€ 32.000** over aan de Stichting Groen Vakcollege Achterhoek, "
              "te betalen in twee delen (oktober en maart). Dit geld is bestemd voor de loonkosten van de "
              "hoveniersdocenten voor hun lessen in de vo-fase en voor het inrichten en onderhouden van het "
              "mbo-lokaal op de Misterweg. Het Groen Vakcollege verantwoordt de besteding in de septembervergadering "
              "(hoofdstuk 5). Andersom gaat er geen bekostiging over."),
        ("h1", "9. De stem van leerlingen, ouders en medewerkers"),
        ("p", "De medezeggenschapsraad van het Vakcollege en de studentenraad en de ondernemingsraad van het "
              "Groen Vakcollege houden hun wettelijke rechten. Daarnaast spreken wij af dat een leerling en een "
              "ouder uit de route een vaste plaats krijgen in de leerlingen- en ouderraad van het Vakcollege, ook "
              "als de leerling al in de mbo-fase zit, en dat de routeraad het ontwerp van het PTA/OER elk jaar "
              "aan de medezeggenschapsraad en de studentenraad voorlegt voor advies."),
        ("h1", "10. Als het schuurt"),
        ("p", "Zijn wij het oneens over de uitvoering van deze afspraken, dan bespreekt de routeraad het eerst. "
              "Komt die er binnen een maand niet uit, dan overleggen de voorzitters van de twee colleges. Lukt "
              "het ook hen niet binnen zes weken, dan leggen wij het geschil voor aan een "
              "geschillenadviescommissie van drie leden: ieder college wijst één lid aan en die twee kiezen een "
              "onafhankelijke voorzitter. Wij volgen het advies van die commissie; het is bindend."),
        ("h1", "11. Nieuwe partners, veranderingen en een einde"),
        ("p", "Een andere vmbo-school of mbo-instelling uit de Achterhoek die een groene route wil verzorgen, "
              "kan zich bij deze overeenkomst aansluiten als beide colleges daarmee schriftelijk instemmen en de "
              "nieuwe partner dit plan ondertekent. Dat gaat in op 1 augustus, zodat lopende leerjaren niet "
              "worden verstoord; de nieuwe partner meldt de route bij DUO."),
        ("p", "Dit plan wijzigen kan alleen als beide colleges de wijziging ondertekenen. Een wijziging in het "
              "programma gaat pas in voor leerlingen die daarna met de route beginnen."),
        ("p", "Deze overeenkomst loopt voor onbepaalde tijd. Ieder college kan haar schriftelijk opzeggen per "
              "1 augustus, met een opzegtermijn van ten minste één jaar; bij een ernstige tekortkoming die na "
              "een schriftelijke waarschuwing niet binnen twee maanden is hersteld, kan de ander haar ontbinden "
              "tegen het einde van het schooljaar. Na de opzegging of ontbinding laten wij geen nieuwe "
              "leerlingen meer toe, maar wie al in de route zit, maakt die bij ons af; zo nodig volgt hoofdstuk 7."),
        ("p", "Ondertekend in Winterswijk op 16 mei 2025."),
        ("sig", [["Stichting Christelijk Voortgezet Onderwijs Oost-Achterhoek",
                  "Stichting Groen Vakcollege Achterhoek"],
                 ["\n\nG.J. Wissink, voorzitter college van bestuur",
                  "\n\nA. te Lintelo-Berendsen, voorzitter college van bestuur"]]),
    ],
    font="Helvetica", size=10, title="Groene Route Achterhoek - routeplan en samenwerkingsovereenkomst",
    footer="Groene Route Achterhoek - routeplan en samenwerkingsovereenkomst",
)


# ---------------------------------------------------------------- 452 (DOCX)
sample(
    452, "paragrafen_drie_partijen_dordrecht_software", "docx",
    "Three-party consortium agreement (DOCX) in nominal civil-service style with a table of contents "
    "and paragraph-sign headings; Drechtsteden (Dordrecht), two vmbo schools + one ROC, Media, "
    "vormgeving en ICT gemengde leerweg -> Software developer niveau 4; fully "
    "compliant: ICT-werkgeversplatform, programmaraad, trimesterrapportage, escalatieladder, "
    "uittreding of one party with pupil continuity",
    dict(a="present", b="present", c="present", d="present", e="present",
         f="present", g="present", h="present", i="present", j="present"),
    dict(a="§ 2 Reikwijdte: profiel en kwalificatie",
         b="§ 3 Inbreng van het werkveld",
         c="§ 4 Aansturing",
         d="§ 5 Informatievoorziening en verantwoording",
         e="§ 6 Onderwijskundige en organisatorische uitvoering",
         f="§ 7 Voortzetting van de schoolloopbaan buiten de route",
         g="§ 8 Bekostiging",
         h="§ 9 Medezeggenschap",
         i="§ 10 Escalatieladder",
         j="§ 11 Toetreding, uittreding, wijziging en looptijd"),
    [
        ("title", "Consortiumovereenkomst doorlopende leerroute vmbo-mbo ICT Drechtsteden"),
        ("sub", "Route Software Development - drie partijen - definitieve versie 1 juli 2025"),
        ("h1", "Inhoud"),
        ("li", "§ 1 Partijen en begripsafbakening"),
        ("li", "§ 2 Reikwijdte: profiel en kwalificatie"),
        ("li", "§ 3 Inbreng van het werkveld"),
        ("li", "§ 4 Aansturing"),
        ("li", "§ 5 Informatievoorziening en verantwoording"),
        ("li", "§ 6 Onderwijskundige en organisatorische uitvoering"),
        ("li", "§ 7 Voortzetting van de schoolloopbaan buiten de route"),
        ("li", "§ 8 Bekostiging"),
        ("li", "§ 9 Medezeggenschap"),
        ("li", "§ 10 Escalatieladder"),
        ("li", "§ 11 Toetreding, uittreding, wijziging en looptijd"),
        ("li", "§ 12 Ondertekening"),
        ("h1", "§ 1 Partijen en begripsafbakening"),
        ("p", "1.1 Deze overeenkomst wordt aangegaan door:"),
        ("li", "a. Stichting Openbaar Voortgezet Onderwijs Drechtsteden, gevestigd te Dordrecht, bevoegd gezag "
               "van Vmbo De Biesbosch te Dordrecht, vertegenwoordigd door mr. drs. W.P. Kranendonk, voorzitter "
               "college van bestuur (hierna: OVO Drechtsteden);"),
        ("li", "b. Vereniging voor Christelijk Voortgezet Onderwijs Zwijndrecht-Papendrecht, gevestigd te "
               "Zwijndrecht, bevoegd gezag van het Oude Maas College te Zwijndrecht, vertegenwoordigd door "
               "mevrouw E.J. Hoogendoorn-Visser, voorzitter college van bestuur (hierna: CVO Oude Maas);"),
        ("li", "c. Stichting ROC Drechtsteden-Alblasserwaard, gevestigd te Dordrecht, vertegenwoordigd door "
               "drs. H. el Amrani, voorzitter college van bestuur (hierna: het ROC)."),
        ("p", "1.2 OVO Drechtsteden en CVO Oude Maas worden hierna gezamenlijk aangeduid als 'de scholen'. "
              "Onder 'route' wordt verstaan de in § 2 omschreven doorlopende leerroute; onder 'vo-fase' de "
              "eerste twee routejaren en onder 'mbo-fase' de daaropvolgende routejaren."),
        ("h1", "§ 2 Reikwijdte: profiel en kwalificatie"),
        ("p", "2.1 Door partijen wordt gezamenlijk één doorlopende leerroute verzorgd, waarin het profiel "
              "Media, vormgeving en ICT in de gemengde leerweg, zoals verzorgd door Vmbo De Biesbosch en het "
              "Oude Maas College, wordt voortgezet in de middenkaderopleiding Software "
              "developer, niveau 4, BOL, van het ROC, behorend tot het opleidingsdomein ICT en creatieve "
              "industrie."),
        ("p", "2.2 De route omvat vijf routejaren: routejaar 1 en 2 op de school van herkomst, routejaar 3 tot "
              "en met 5 op de ROC-locatie Leerpark te Dordrecht. Aanmelding van de route bij de minister "
              "geschiedt door iedere partij afzonderlijk via RIO, voor elke school apart."),
        ("h1", "§ 3 Inbreng van het werkveld"),
        ("p", "3.1 De betrokkenheid van het bedrijfsleven krijgt vorm via het ICT-werkgeversplatform "
              "Drechtsteden, waarin ten tijde van ondertekening deelnemen: DataHaven Software B.V. (Dordrecht), "
              "Lingewerf Automatisering (Papendrecht), de afdeling informatievoorziening van de gemeente "
              "Dordrecht, Scheepswerf Oude Maas B.V. (afdeling embedded software) en een adviseur van SBB."),
        ("p", "3.2 Van de zijde van het platform vindt inbreng plaats door: de beschikbaarstelling van "
              "jaarlijks ten minste dertig bpv-plaatsen in de mbo-fase; de aanlevering van ten minste twee "
              "realistische softwareopdrachten ('praktijkcases') per routejaar, met een opdrachtgever uit het "
              "bedrijf die de oplevering beoordeelt; een hackathon per schooljaar voor alle routeleerlingen; en "
              "advisering over de keuzedelen en de gebruikte programmeertalen in het najaarsoverleg met de "
              "programmaraad."),
        ("h1", "§ 4 Aansturing"),
        ("p", "4.1 De leiding over de route is belegd bij de programmaraad. De programmaraad bestaat uit de "
              "afdelingsleider bovenbouw vmbo van elk van de scholen, de onderwijsmanager ICT van het ROC en de "
              "routemanager, die de vergaderingen voorzit."),
        ("p", "4.2 De afdelingsleiders en de onderwijsmanager worden door het college van bestuur van hun "
              "eigen partij als lid aangewezen. De routemanager wordt na een gezamenlijke selectieprocedure door "
              "de drie colleges van bestuur bij eensluidend besluit benoemd voor een periode van vier jaar en is "
              "in dienst van het ROC. Schorsing en ontslag van de routemanager als zodanig vergen eveneens een "
              "eensluidend besluit."),
        ("p", "4.3 Aan de programmaraad worden door de colleges van bestuur opgedragen: de voorbereiding van "
              "het gezamenlijke PTA/OER; de toelating van leerlingen tot de route; de afstemming van roosters en "
              "de toedeling van docenten uit de drie organisaties aan de route; het beheer van de afspraken met "
              "het werkgeversplatform; de voorbereiding van besluiten in het kader van § 7. De programmaraad is "
              "bevoegd tot het aangaan van verplichtingen ten laste van het door de colleges vastgestelde "
              "routebudget tot een bedrag van € 10.000 per verplichting. Benoeming van personeel, verplichtingen "
              "boven dat bedrag en wijziging van deze overeenkomst blijven voorbehouden aan de colleges."),
        ("h1", "§ 5 Informatievoorziening en verantwoording"),
        ("p", "5.1 Informatievoorziening aan de drie colleges van bestuur geschiedt per trimester door middel "
              "van een trimesterrapportage van de routemanager, uiterlijk vier weken na afloop van het "
              "trimester, met kengetallen over instroom, voortgang, verzuim, uitval en overstappen, bpv en "
              "budgetuitputting."),
        ("p", "5.2 Verantwoording over het gevoerde beleid wordt jaarlijks afgelegd in een bestuurlijke review "
              "in oktober, op basis van een door de programmaraad opgesteld jaarverslag over het voorafgaande "
              "schooljaar, waarin ook de resultaten van de centrale examens en de proeven van bekwaamheid en "
              "het advies van het werkgeversplatform zijn opgenomen."),
        ("h1", "§ 6 Onderwijskundige en organisatorische uitvoering"),
        ("p", "6.1 Uitvoering van de vo-fase vindt plaats op de eigen locatie van elk van de scholen; op "
              "vrijdag volgen de routeleerlingen van beide scholen gezamenlijk de mbo-programmaonderdelen in het "
              "ICT-lab van het ROC op het Leerpark. De mbo-fase wordt uitgevoerd op het Leerpark en bij de "
              "bpv-bedrijven. Beschrijving van programma en examinering per routejaar geschiedt in één "
              "gezamenlijk PTA/OER, jaarlijks vóór 1 oktober vast te stellen door de drie colleges."),
        ("p", "6.2 Personele inzet: elke school stelt twee docenten MVI/informatica ter beschikking, het ROC "
              "drie docenten software development en een praktijkbegeleider. Docenten van het ROC verzorgen in "
              "routejaar 2 op de scholen de programmeermodules; docenten van de scholen verzorgen in routejaar 3 "
              "op het Leerpark de afronding van de vo-vakken en de loopbaanbegeleiding. Toepassing van de "
              "teambevoegdheid vindt plaats voor de onderdelen 'Programmeren 1' en 'Webtechnologie'. Het "
              "werkgeverschap blijft bij de eigen partij."),
        ("p", "6.3 Faciliteiten: het ICT-lab, de serveromgeving en de softwarelicenties van het ROC worden aan "
              "de routeleerlingen van beide scholen ter beschikking gesteld; de scholen stellen hun "
              "mediaruimtes en laptopkarren op verzoek beschikbaar voor ROC-groepen. Verrekening van het "
              "wederzijdse gebruik vindt niet plaats."),
        ("p", "6.4 Klachten over medewerkers van een andere partij worden behandeld door de partij in wier "
              "dienst de betrokken medewerker is, volgens haar klachtenregeling."),
        ("h1", "§ 7 Voortzetting van de schoolloopbaan buiten de route"),
        ("p", "7.1 Bij beëindiging van de deelname van een leerling aan de route voordat deze met goed gevolg "
              "is doorlopen, wordt de leerling door de school van herkomst en het ROC gezamenlijk in staat gesteld "
              "een vmbo-diploma of een mbo-diploma te behalen. Besluitvorming hierover geschiedt door de "
              "afdelingsleider van de school van herkomst en de onderwijsmanager ICT van het ROC gezamenlijk, na "
              "een gesprek met leerling en ouders, met inachtneming van het bereikte onderwijsniveau en de "
              "leeftijd van de leerling."),
        ("p", "7.2 Vertrek in de vo-fase leidt tot voortzetting in de reguliere gemengde leerweg "
              "van de school van herkomst, gericht op het vmbo-diploma. Het niet behalen van het vmbo-diploma "
              "uiterlijk in routejaar 3 leidt tot een keuze tussen voortzetting bij het ROC in de route of in een "
              "andere opleiding op niveau 3 of 4 zonder toepassing van vooropleidingseisen, en herhaling van het "
              "examenjaar. Vertrek in de mbo-fase leidt tot plaatsing in een andere opleiding van het ROC, "
              "bijvoorbeeld Allround medewerker IT systems and devices (niveau 3) of Mediavormgever (niveau 4). "
              "Bij overstap naar een andere instelling verleent het ROC medewerking aan het daar te verrichten "
              "geschiktheidsonderzoek."),
        ("h1", "§ 8 Bekostiging"),
        ("p", "Overdracht van bekostiging als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB vindt "
              "tussen partijen niet plaats. Iedere partij draagt de kosten van haar eigen personeel, "
              "voorzieningen en leermiddelen."),
        ("h1", "§ 9 Medezeggenschap"),
        ("p", "9.1 Ter aanvulling op de wettelijke medezeggenschap (WMS op de scholen; WEB en WOR bij het ROC) "
              "wordt een routeberaad medezeggenschap ingesteld, waarvoor de medezeggenschapsraden van beide "
              "scholen en de studentenraad van het ROC elk twee leden aanwijzen. Het routeberaad komt ten minste "
              "tweemaal per schooljaar bijeen met de programmaraad en brengt advies uit over het ontwerp-PTA/OER "
              "en over voorgenomen wijzigingen van deze overeenkomst."),
        ("p", "9.2 Instemmingsrechten blijven berusten bij de organen die daarover op grond van de wet "
              "beschikken; het routeberaad treedt niet in hun plaats."),
        ("h1", "§ 10 Escalatieladder"),
        ("p", "10.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden behandeld "
              "volgens de volgende escalatieladder:"),
        ("li", "trede 1: bespreking in de programmaraad binnen drie weken na schriftelijke melding;"),
        ("li", "trede 2: bestuurlijk overleg van de drie voorzitters van de colleges van bestuur binnen zes "
               "weken daarna;"),
        ("li", "trede 3: mediation door een door de betrokken partijen gezamenlijk gekozen MfN-registermediator;"),
        ("li", "trede 4: indien mediation niet binnen drie maanden tot een oplossing leidt, beslechting door de "
               "bevoegde rechter in het arrondissement Rotterdam."),
        ("p", "10.2 Hangende een geschil wordt de uitvoering van de route voor de ingeschreven leerlingen "
              "onverkort voortgezet."),
        ("h1", "§ 11 Toetreding, uittreding, wijziging en looptijd"),
        ("p", "11.1 Toetreding van een andere school voor vmbo of een andere instelling voor beroepsonderwijs "
              "is mogelijk met ingang van 1 augustus van enig jaar, onder de voorwaarden dat alle zittende "
              "partijen schriftelijk instemmen, de toetredende partij het profiel Media, vormgeving en ICT "
              "onderscheidenlijk een opleiding in het domein ICT en creatieve industrie verzorgt, zij een "
              "toetredingsakte ondertekent en de route bij DUO meldt. De lopende routes van ingeschreven "
              "leerlingen worden door toetreding niet gewijzigd."),
        ("p", "11.2 Wijziging van deze overeenkomst geschiedt uitsluitend bij schriftelijk, door alle partijen "
              "ondertekend stuk, na advies van het routeberaad medezeggenschap. Programmawijzigingen worden "
              "niet eerder van toepassing dan op het eerstvolgende instromende cohort."),
        ("p", "11.3 De overeenkomst geldt voor onbepaalde tijd. Uittreding door opzegging is voor elke partij "
              "mogelijk tegen 1 augustus, met een opzegtermijn van ten minste twaalf maanden, bij aangetekende "
              "brief aan de andere partijen; de overeenkomst blijft tussen de overige partijen van kracht, mits "
              "daaronder ten minste één school en het ROC. Ontbinding wegens een toerekenbare tekortkoming is "
              "mogelijk na een ingebrekestelling met een hersteltermijn van drie maanden en werkt tegen het "
              "einde van het schooljaar."),
        ("p", "11.4 Na opzegging of ontbinding vindt via de uittredende partij geen nieuwe instroom meer plaats. "
              "Leerlingen die op dat moment via of bij de uittredende partij in de route zijn ingeschreven, ronden "
              "de route af; de uittredende partij blijft daartoe de in § 6 bedoelde inzet leveren totdat de "
              "laatste van die leerlingen de route heeft voltooid of overeenkomstig § 7 is overgestapt."),
        ("h1", "§ 12 Ondertekening"),
        ("p", "Aldus in drievoud opgemaakt en ondertekend te Dordrecht op 1 juli 2025."),
        ("sig", [["OVO Drechtsteden", "CVO Oude Maas", "ROC Drechtsteden-Alblasserwaard"],
                 ["\n\nmr. drs. W.P. Kranendonk", "\n\nE.J. Hoogendoorn-Visser", "\n\ndrs. H. el Amrani"]]),
    ],
    font="Cambria", size=10.5, heading_styles=True, justify=True,
    title="Consortiumovereenkomst DLR ICT Drechtsteden",
)


# ==================================================================== main
if __name__ == "__main__":
    main(sys.argv[1:])
