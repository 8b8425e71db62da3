#!/usr/bin/env python3
"""Build held-out sample agreements h385-h392 for leerroute-check.

Written by an independent helper session. The texts are invented from scratch on the basis of
the two official guidance documents in /work/shared/seeds (bouwsteen samenwerkingsovereenkomst
and bouwsteen overstapoptie), /work/shared/domain.md and sample_agreements/LABELS.md only,
without looking at checker code, models, tests, benchmarks or the texts of any other sample.
All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout25b.py            build all agreements
    python3 build_heldout25b.py 385 390    build only these numbers
    python3 build_heldout25b.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

AGREEMENTS = {}


def agreement(num, slug, fmt, description, statuses, evidence, **opts):
    """Register an agreement builder under its number."""
    def wrap(fn):
        AGREEMENTS[num] = dict(num=num, name="h%d_%s" % (num, slug), fmt=fmt,
                               description=description, statuses=statuses,
                               evidence=evidence, blocks=fn, opts=opts)
        return fn
    return wrap


def st(a, b, c, d, e, f, g, h, i, j):
    return dict(zip("abcdefghij", [a, b, c, d, e, f, g, h, i, j]))


P, NA, W, M = "present", "not_applicable", "weak", "missing"

# ---------------------------------------------------------------------------------------------
# Renderers. A document is a list of blocks:
#   ("title", t) ("subtitle", t) ("h1", t) ("h2", t) ("p", t) ("li", t) ("table", rows)
#   ("pb",) page break, ("small", t) small print, ("right", t) right-aligned line
# ---------------------------------------------------------------------------------------------


def render_pdf(blocks, path, opts):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    base = opts.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    size = opts.get("size", 10)
    body = ParagraphStyle("body", fontName=base, fontSize=size, leading=size * 1.38,
                          spaceAfter=size * 0.55,
                          alignment=TA_JUSTIFY if opts.get("justify") else 0)
    styles = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                                alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", fontName=base, fontSize=size + 1,
                                   leading=(size + 1) * 1.3, alignment=TA_CENTER, spaceAfter=12),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3,
                             spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size * 1.35,
                             spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "p": body,
        "li": ParagraphStyle("li", parent=body, leftIndent=14, bulletIndent=4),
        "small": ParagraphStyle("small", parent=body, fontSize=size - 2, leading=(size - 2) * 1.3),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.3),
    }
    story = []
    for blk in blocks:
        kind = blk[0]
        if kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows = blk[1]
            widths = blk[2] if len(blk) > 2 else None
            data = [[Paragraph(escape(c), styles["cellb" if r == 0 else "cell"]) for c in row]
                    for r, row in enumerate(rows)]
            total = A4[0] - 50 * mm
            if widths:
                cw = [total * w for w in widths]
            else:
                cw = [total / len(rows[0])] * len(rows[0])
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "li":
            story.append(Paragraph(escape(blk[1]), styles["li"], bulletText="\u2022"))
        else:
            story.append(Paragraph(escape(blk[1]), styles[kind]))

    header = opts.get("header")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(base, 8)
        if header:
            canvas.drawString(25 * mm, A4[1] - 14 * mm, header)
        canvas.drawRightString(A4[0] - 25 * mm, 12 * mm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, invariant=1,
                            title=opts.get("doc_title", ""), author=opts.get("author", ""),
                            subject="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def render_docx(blocks, path, opts):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = opts.get("docx_font", "Calibri")
    normal.font.size = Pt(opts.get("docx_size", 11))
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            d.add_heading(blk[1], level=0)
        elif kind == "subtitle":
            p = d.add_paragraph(blk[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            d.add_heading(blk[1], level=1)
        elif kind == "h2":
            d.add_heading(blk[1], level=2)
        elif kind == "p":
            d.add_paragraph(blk[1])
        elif kind == "li":
            d.add_paragraph(blk[1], style="List Bullet")
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(blk[1])
            r.font.size = Pt(8)
        elif kind == "right":
            p = d.add_paragraph(blk[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = val
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
    cp = d.core_properties
    cp.author = opts.get("author", "")
    cp.last_modified_by = opts.get("author", "")
    cp.title = opts.get("doc_title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    d.save(path)
    _fix_zip(path)


def _plain_table(rows, md):
    out = []
    if md:
        out.append("| " + " | ".join(rows[0]) + " |")
        out.append("|" + "|".join(["---"] * len(rows[0])) + "|")
        for row in rows[1:]:
            out.append("| " + " | ".join(row) + " |")
    else:
        for row in rows:
            out.append(" | ".join(row))
    return out


def render_text(blocks, path, opts, md):
    lines = []
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            if md:
                lines += ["# " + blk[1], ""]
            else:
                lines += [blk[1].upper(), "=" * min(len(blk[1]), 78), ""]
        elif kind == "subtitle":
            lines += [("*%s*" % blk[1]) if md else blk[1], ""]
        elif kind == "h1":
            lines += [("## " + blk[1]) if md else blk[1], "" if md else "-" * min(len(blk[1]), 78)]
            if not md:
                lines.append("")
        elif kind == "h2":
            lines += [("### " + blk[1]) if md else blk[1], ""]
        elif kind in ("p", "small", "right"):
            lines += [blk[1], ""]
        elif kind == "li":
            lines.append(("- " if md else "  - ") + blk[1])
        elif kind == "pb":
            lines += ["", "---" if md else "* * *", ""]
        elif kind == "table":
            lines += _plain_table(blk[1], md) + [""]
    # blank line after a run of list items
    text = []
    for idx, ln in enumerate(lines):
        text.append(ln)
        is_li = ln.startswith("- ") or ln.startswith("  - ")
        nxt = lines[idx + 1] if idx + 1 < len(lines) else ""
        if is_li and nxt and not (nxt.startswith("- ") or nxt.startswith("  - ")):
            text.append("")
    body = "\n".join(text).rstrip() + "\n"
    body = re.sub(r"\n{3,}", "\n\n", body)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(body)


def build(num):
    a = AGREEMENTS[num]
    blocks = a["blocks"]()
    path = os.path.join(OUT, a["name"] + "." + a["fmt"])
    if a["fmt"] == "pdf":
        render_pdf(blocks, path, a["opts"])
    elif a["fmt"] == "docx":
        render_docx(blocks, path, a["opts"])
    elif a["fmt"] in ("txt", "md"):
        render_text(blocks, path, a["opts"], md=(a["fmt"] == "md"))
    else:
        raise ValueError(a["fmt"])
    with open(os.path.join(OUT, a["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(json.dumps(expected(a), ensure_ascii=False, indent=2) + "\n")
    print("wrote", os.path.basename(path))


def expected(a):
    return {"description": a["description"], "split": "heldout",
            "statuses": a["statuses"], "evidence": a["evidence"]}


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------


def extract_text(path):
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
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        # also verify it is a sane zip with document.xml
        with zipfile.ZipFile(path) as z:
            assert "word/document.xml" in z.namelist()
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def check():
    ok = True
    for num in sorted(AGREEMENTS):
        a = AGREEMENTS[num]
        path = os.path.join(OUT, a["name"] + "." + a["fmt"])
        exp = os.path.join(OUT, a["name"] + ".expected.json")
        probs = []
        if not os.path.exists(path):
            probs.append("document missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                probs.append("too large: %d" % size)
            try:
                text = norm(extract_text(path))
            except Exception as exc:  # noqa: BLE001
                probs.append("cannot open: %r" % exc)
                text = ""
            if len(text) < 300:
                probs.append("very little text extracted")
            for k, v in a["evidence"].items():
                if a["statuses"][k] != P:
                    probs.append("evidence for non-present item %s" % k)
                if norm(v) not in text:
                    probs.append("evidence %s not found: %r" % (k, v))
        if set(a["statuses"]) != set("abcdefghij"):
            probs.append("statuses keys wrong")
        if any(v not in (P, W, M, NA) for v in a["statuses"].values()):
            probs.append("bad status value")
        if not os.path.exists(exp):
            probs.append("expected.json missing")
        else:
            with open(exp, encoding="utf-8") as f:
                if json.load(f) != expected(a):
                    probs.append("expected.json differs from table")
        words = len(text.split()) if os.path.exists(path) else 0
        print("%-75s %6s words  %s" % (os.path.basename(path), words,
                                         "OK" if not probs else "; ".join(probs)))
        ok = ok and not probs
    print("ALL OK" if ok else "PROBLEMS FOUND")
    return ok


# =============================================================================================
# The agreements
# =============================================================================================


# ---------------------------------------------------------------------------------------------
# h385  interne regeling van een verticale scholengemeenschap, besluitvorm (PDF)
# ---------------------------------------------------------------------------------------------
@agreement(
    385, "interne_regeling_vsg_besluit_enschede_elektro", "pdf",
    "Interne regeling (besluit CvB) van een verticale scholengemeenschap, PDF, paragrafen met "
    "artikelen; Enschede, PIE kb -> Eerste monteur elektrotechnische installaties niveau 3; "
    "fully compliant, h-j not applicable for an interne regeling, explicit no transfer of funding",
    st(P, P, P, P, P, P, P, NA, NA, NA),
    {"a": "Artikel 2 Welke route dit is", "b": "Artikel 3 Inbreng van installatiebedrijven",
     "c": "Artikel 4 Het routeteam", "d": "Artikel 5 Rapportage aan het college",
     "e": "Artikel 7 Docenten, lokalen en materieel", "f": "Artikel 8 Als de route niet past",
     "g": "Artikel 9 Geen overdracht van middelen"},
    font="Times-Roman", size=10.5, justify=True,
    header="Stichting Onderwijsgemeenschap Tubantia - interne regeling DLR elektrotechniek",
    doc_title="Interne regeling doorlopende leerroute elektrotechniek", author="Bestuursbureau Tubantia")
def h385():
    return [
        ("title", "Interne regeling doorlopende leerroute vmbo-mbo Elektrotechniek"),
        ("subtitle", "Besluit van het college van bestuur van de Stichting Onderwijsgemeenschap "
                     "Tubantia te Enschede, d.d. 12 mei 2025, kenmerk CvB/2025-041"),
        ("p", "Het college van bestuur van de Stichting Onderwijsgemeenschap Tubantia, bevoegd gezag "
              "van de school voor voortgezet onderwijs Tubantia Vakcollege (brinnummer 31XK) en van "
              "Tubantia Techniek mbo, onderdeel van de verticale scholengemeenschap Tubantia;"),
        ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel "
              "9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;"),
        ("p", "overwegende dat de doorlopende leerroute die in deze regeling wordt beschreven geheel "
              "binnen de verticale scholengemeenschap wordt verzorgd, zodat in plaats van een "
              "samenwerkingsovereenkomst een interne regeling wordt vastgesteld; dat de "
              "medezeggenschapsraad van het vakcollege en de studentenraad van Tubantia Techniek mbo "
              "over het voornemen tot het aanbieden van de route zijn gehoord;"),
        ("p", "besluit vast te stellen de volgende regeling."),

        ("h1", "Paragraaf 1  Algemeen"),
        ("h2", "Artikel 1 Begrippen"),
        ("p", "In deze regeling wordt verstaan onder: het college: het college van bestuur van de "
              "Stichting Onderwijsgemeenschap Tubantia; het vakcollege: Tubantia Vakcollege, locatie "
              "Boulevard 1945; het mbo: Tubantia Techniek mbo, praktijkcentrum Hengelosestraat; de route: "
              "de doorlopende leerroute bedoeld in artikel 2; route-jaar: een leerjaar van de route, "
              "waarbij route-jaar 1 samenvalt met leerjaar 3 van het vmbo; het routeteam: het team "
              "bedoeld in artikel 4."),
        ("h2", "Artikel 2 Welke route dit is"),
        ("p", "1. De route verbindt het beroepsgerichte profiel Produceren, installeren en energie in de "
              "kaderberoepsgerichte leerweg van het vakcollege met de vakopleiding Eerste monteur "
              "elektrotechnische installaties in de woning en utiliteit (niveau 3, beroepsopleidende "
              "leerweg) van het mbo, behorend tot het opleidingsdomein Installatie- en energietechniek."),
        ("p", "2. De route duurt vijf route-jaren. Route-jaar 1 en 2 zijn de vo-fase; vanaf route-jaar 3 "
              "staat de leerling als student bij het mbo ingeschreven."),
        ("p", "3. Het vakcollege en het mbo zorgen ervoor dat de route vóór aanvang van het schooljaar "
              "2025-2026 in het Register Instellingen en Opleidingen is gemeld."),
        ("h2", "Artikel 3 Inbreng van installatiebedrijven"),
        ("p", "1. De Kring Installatiebedrijven Twente, waarbij ruim veertig erkende leerbedrijven zijn "
              "aangesloten, levert twee leden voor de werkveldraad van de route. De werkveldraad komt "
              "twee maal per schooljaar bijeen en geeft het routeteam schriftelijk advies over de "
              "inhoud van het programma, de keuzedelen en de aansluiting op de regionale vraag."),
        ("p", "2. Leerbedrijven van de Kring bieden vanaf route-jaar 2 snuffelstages van vijf dagen en "
              "vanaf route-jaar 3 beroepspraktijkvormingsplaatsen. Het bedrijf Van Heek Elektrotechniek "
              "B.V. en de Energiecoöperatie Roombeek stellen ieder jaar een praktijkopdracht "
              "(zonnepanelen, laadpalen) beschikbaar die in route-jaar 2 en 3 wordt uitgevoerd."),
        ("p", "3. Praktijkopleiders van de leerbedrijven beoordelen de proeven van bekwaamheid in "
              "route-jaar 4 en 5 mee als tweede beoordelaar."),

        ("h1", "Paragraaf 2  Leiding en verantwoording"),
        ("h2", "Artikel 4 Het routeteam"),
        ("p", "1. De dagelijkse leiding over de route berust bij het routeteam. Het routeteam bestaat uit "
              "de afdelingsleider bovenbouw techniek van het vakcollege, de opleidingsmanager "
              "installatie- en energietechniek van het mbo en een routecoördinator."),
        ("p", "2. Het college wijst de leden van het routeteam aan voor een periode van drie schooljaren. "
              "De routecoördinator wordt aangewezen op voordracht van de beide andere leden; "
              "herbenoeming is eenmaal mogelijk."),
        ("p", "3. Het college draagt aan het routeteam op: a. het vaststellen van het jaarrooster en de "
              "lessentabel van de route; b. het verdelen van de docentinzet binnen het door het college "
              "vastgestelde formatiebudget; c. het besluiten over toelating tot en bevordering binnen de "
              "route; d. het opstellen van het gezamenlijke programma van toetsing en afsluiting en de "
              "onderwijs- en examenregeling (PTA/OER), die het college vaststelt; e. het onderhouden van "
              "de contacten met de werkveldraad en de leerbedrijven."),
        ("p", "4. Het routeteam is niet bevoegd tot het aangaan van verplichtingen boven € 10.000, tot "
              "wijziging van de formatie of tot het stopzetten van de instroom; die besluiten blijven "
              "aan het college voorbehouden."),
        ("h2", "Artikel 5 Rapportage aan het college"),
        ("p", "1. Het routeteam stuurt het college na afloop van elk kwartaal een beknopte "
              "voortgangsnotitie met de aantallen aanmeldingen, het verzuim, de tussentijdse "
              "uitstroom en de toetsresultaten per route-jaar."),
        ("p", "2. Uiterlijk 1 oktober legt het routeteam over het afgelopen schooljaar verantwoording af "
              "in een jaarverslag, dat ook de financiële realisatie en de adviezen van de werkveldraad "
              "bevat. Het jaarverslag wordt in de tweede helft van oktober besproken in een "
              "voortgangsgesprek tussen het routeteam en het college."),
        ("p", "3. Het routeteam meldt het college onverwijld elke ontwikkeling die de continuïteit van de "
              "route in gevaar brengt."),

        ("h1", "Paragraaf 3  Inrichting van het onderwijs"),
        ("h2", "Artikel 6 Programma, plaats en examens"),
        ("p", "1. In route-jaar 1 en 2 wordt het onderwijs verzorgd op de locatie Boulevard 1945 van het "
              "vakcollege, met in route-jaar 2 één dag per week praktijkonderwijs in het "
              "praktijkcentrum aan de Hengelosestraat. Vanaf route-jaar 3 wordt het onderwijs in het "
              "praktijkcentrum verzorgd, aangevuld met beroepspraktijkvorming bij leerbedrijven."),
        ("p", "2. Het centraal examen en het schoolexamen vmbo worden in route-jaar 2 afgerond; voor "
              "leerlingen die dat nodig hebben kan een deel van de vakken in route-jaar 3 worden "
              "geëxamineerd. Mbo-examinering en beroepspraktijkvorming zijn mogelijk vanaf route-jaar 1."),
        ("p", "3. Het PTA/OER beschrijft per route-jaar welke onderdelen tot het vmbo-programma, welke "
              "tot het mbo-programma en welke tot beide behoren."),
        ("h2", "Artikel 7 Docenten, lokalen en materieel"),
        ("p", "1. De docenten van het vakcollege en van het mbo die in de route lesgeven, vormen één "
              "docententeam. Voor de vakoverstijgende praktijkmodules 'Installeren in de woning' en "
              "'Duurzame energie' wordt het team ingezet met toepassing van artikel 7.13a van de Wet "
              "voortgezet onderwijs 2020; voor elk onderdeel is ten minste één bevoegde docent "
              "verantwoordelijk. Twee mbo-docenten elektrotechniek geven vanaf route-jaar 1 ieder vier "
              "lesuren per week op het vakcollege; een docent Nederlands van het vakcollege verzorgt "
              "in route-jaar 3 de taalondersteuning in het praktijkcentrum."),
        ("p", "2. De installatiehal, de meetopstellingen en het gereedschapsmagazijn van het mbo zijn "
              "op dinsdag en donderdag beschikbaar voor route-jaar 1 en 2. Het vakcollege stelt zijn "
              "techniekpraktijklokaal en de leerlinglaptops beschikbaar voor de mbo-docenten. "
              "Persoonlijke beschermingsmiddelen worden door het mbo verstrekt."),
        ("p", "3. Klachten over gedragingen van personeel in de route worden behandeld volgens de "
              "klachtenregeling van de onderwijsgemeenschap, die op beide onderdelen van toepassing is."),

        ("h1", "Paragraaf 4  Overstap"),
        ("h2", "Artikel 8 Als de route niet past"),
        ("p", "1. Een leerling die in route-jaar 1 of 2 de route verlaat, vervolgt zijn opleiding in de "
              "kaderberoepsgerichte leerweg van het vakcollege, in het profiel Produceren, installeren "
              "en energie of in een ander profiel dat het vakcollege aanbiedt, gericht op het behalen "
              "van het vmbo-diploma."),
        ("p", "2. Een student die na het behalen van het vmbo-diploma de route verlaat, kan binnen het mbo "
              "overstappen naar een andere opleiding op niveau 3, zoals Eerste monteur werktuigkundige "
              "installaties, of bij onvoldoende voortgang naar de opleiding Monteur elektrotechnische "
              "installaties op niveau 2. Wil de student naar een andere instelling, dan ondersteunt het "
              "mbo hem bij de aanmelding en het geschiktheidsonderzoek van die instelling."),
        ("p", "3. Heeft een leerling aan het einde van route-jaar 3 het vmbo-diploma nog niet behaald, "
              "dan kan hij zijn mbo-opleiding voortzetten; vooropleidingseisen worden in dat geval niet "
              "gesteld. Zo nodig wordt hem de gelegenheid geboden het ontbrekende vmbo-examen in een "
              "volgend jaar af te leggen."),
        ("p", "4. Het routeteam voert met de leerling en, zolang hij minderjarig is, met zijn ouders een "
              "overstapgesprek. De afdelingsleider van het vakcollege en de opleidingsmanager van het "
              "mbo beslissen daarna gezamenlijk over de plaatsing, waarbij zij uitgaan van het bereikte "
              "onderwijsniveau en de leeftijd van de leerling. De werkwijze wordt in de schoolgids en "
              "de studiegids opgenomen."),

        ("h1", "Paragraaf 5  Financiën en slotbepalingen"),
        ("h2", "Artikel 9 Geen overdracht van middelen"),
        ("p", "Omdat het vakcollege en het mbo onder hetzelfde bevoegd gezag vallen, vindt er geen "
              "overdracht van bekostiging plaats als bedoeld in artikel 5.42a van de Wet voortgezet "
              "onderwijs 2020 of artikel 9.1.15 van de Wet educatie en beroepsonderwijs. De kosten van "
              "de route worden in de jaarlijkse begroting van de onderwijsgemeenschap aan de beide "
              "onderdelen toegerekend."),
        ("h2", "Artikel 10 Evaluatie"),
        ("p", "Het college evalueert deze regeling elke twee jaar, voor het eerst in het voorjaar van 2027, "
              "op basis van de jaarverslagen van het routeteam."),
        ("h2", "Artikel 11 Inwerkingtreding en citeertitel"),
        ("p", "Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: Interne "
              "regeling DLR Elektrotechniek Tubantia."),
        ("p", "Aldus vastgesteld te Enschede op 12 mei 2025."),
        ("p", "Het college van bestuur van de Stichting Onderwijsgemeenschap Tubantia,"),
        ("p", "drs. H.J. Olde Monnikhof, voorzitter          ir. S. Baaijens-Kroeze, lid"),
    ]


# ---------------------------------------------------------------------------------------------
# h387  zeer kort afsprakenblad, telegramstijl (TXT)
# ---------------------------------------------------------------------------------------------
@agreement(
    387, "zeer_kort_afsprakenblad_bakker_vaals", "txt",
    "Very short one-page afsprakenblad in clipped note style, TXT; Vaals/Heuvelland, HBR bb -> "
    "Bakker niveau 2; nothing at all about money (g missing), disputes only 'in onderling overleg' "
    "(i weak), silent on medezeggenschap",
    st(P, P, P, P, P, P, M, NA, W, P),
    {"a": "1. Route", "b": "2. Bakkerijen", "c": "3. Wie stuurt", "d": "4. Terugkoppeling",
     "e": "5. Waar en door wie", "f": "6. Stoppen of switchen", "j": "8. Looptijd, aansluiten, opzeggen"})
def h387():
    return [
        ("title", "Afsprakenblad doorlopende leerroute Bakker - Vaals"),
        ("p", "Tussen: Stichting Voortgezet Onderwijs Heuvelland (bevoegd gezag van het Mergelland "
              "College, locatie Vaals), vertegenwoordigd door de bestuurder mw. R. Wetzels, en "
              "Stichting Limburgse Vakschool Drielandenpunt (bevoegd gezag van de Vakschool "
              "Drielandenpunt, Kerkrade), vertegenwoordigd door de voorzitter van het college van "
              "bestuur dhr. P. Ortmans. Geldt als samenwerkingsovereenkomst in de zin van art. 2.107b "
              "WVO 2020 en art. 9.1.3 WEB. Ingang 1 augustus 2025."),
        ("h2", "1. Route"),
        ("p", "vmbo Horeca, bakkerij en recreatie, basisberoepsgerichte leerweg (Mergelland College) -> "
              "mbo Bakker, niveau 2, bol (Vakschool Drielandenpunt). Start: leerjaar 3 vmbo = route-jaar 1. "
              "Beide scholen melden de route samen in RIO."),
        ("h2", "2. Bakkerijen"),
        ("p", "Bakkerij Houben (Vaals), Warme Bakker Lemmens (Gulpen) en Banketbakkerij Op de Berg "
              "(Epen) leveren ieder vier stageplaatsen vanaf route-jaar 2 en nemen elk jaar een "
              "proefdag af. De Bakkersvereniging Zuid-Limburg beoordeelt de eindproeve 'brood en "
              "banket' mee en praat eens per jaar mee over de inhoud van het programma."),
        ("h2", "3. Wie stuurt"),
        ("p", "Duo-leiding: teamleider bb van het Mergelland College + opleidingscoördinator bakkerij "
              "van de Vakschool. Beide besturen wijzen hen per schooljaar schriftelijk aan. Zij maken "
              "het rooster, plaatsen leerlingen bij de bakkerijen, besluiten over overgang binnen de "
              "route en stellen jaarlijks het PTA/OER op. Geld, personeel en het stoppen van de route "
              "blijven bij de besturen."),
        ("h2", "4. Terugkoppeling"),
        ("p", "Duo-leiding stuurt beide besturen in februari en in juli een schriftelijke rapportage "
              "(instroom, uitval, resultaten, stageplaatsen); die wordt besproken in het bestuurlijk "
              "overleg van maart en september."),
        ("h2", "5. Waar en door wie"),
        ("p", "Route-jaar 1-2: Mergelland College, eigen bakkerijlokaal; elke woensdag in de "
              "bakkerswerkplaats van de Vakschool (ovens, deegmachines). Route-jaar 3-4: Vakschool. "
              "Bakkerijdocenten van de Vakschool geven vanaf route-jaar 1 drie uur per week les op het "
              "Mergelland College; de docent Nederlands/rekenen van het Mergelland begeleidt in "
              "route-jaar 3 de vmbo-herkansingen. vmbo-examen uiterlijk in route-jaar 3. Programma en "
              "examens per leerjaar: gezamenlijk PTA/OER."),
        ("h2", "6. Stoppen of switchen"),
        ("li", "Stopt in route-jaar 1-2: verder in bb Horeca, bakkerij en recreatie of een ander "
               "bb-profiel van het Mergelland College, op weg naar het vmbo-diploma."),
        ("li", "Stopt in route-jaar 3-4: andere niveau 2-opleiding van de Vakschool (bv. Kok, "
               "Medewerker bediening) zonder extra toelatingseisen; naar een andere school kan na "
               "intake daar, wij helpen met de overdracht."),
        ("li", "Te hoog gegrepen: Entree alleen als niveau 2 echt niet haalbaar blijkt."),
        ("li", "Wie beslist: teamleider en opleidingscoördinator samen, na gesprek met leerling en "
               "ouders; ze kijken naar wat de leerling al heeft behaald en naar de leeftijd."),
        ("h2", "7. Onenigheid"),
        ("p", "Komen we er samen niet uit, dan lossen de besturen het in onderling overleg op."),
        ("h2", "8. Looptijd, aansluiten, opzeggen"),
        ("p", "Looptijd 1-8-2025 t/m 31-7-2029, daarna steeds één schooljaar verlengd. Opzeggen: "
              "schriftelijk, uiterlijk 1 februari, tegen het einde van het schooljaar; wie al in de "
              "route zit, maakt hem af. Wijzigen: alleen schriftelijk, getekend door beide besturen, "
              "niet halverwege een schooljaar voor lopende leerlingen. Een andere vo-school of "
              "mbo-instelling kan aansluiten als beide besturen schriftelijk instemmen en de nieuwe "
              "partij dit blad mee ondertekent; de plaatsen van zittende leerlingen blijven gegarandeerd."),
        ("p", "Vaals/Kerkrade, 3 juni 2025.  R. Wetzels (SVO Heuvelland)   P. Ortmans (Vakschool "
              "Drielandenpunt)"),
    ]


# ---------------------------------------------------------------------------------------------
# h386  consortium van vijf partijen met penvoerder, lang, advocatenstijl (DOCX)
# ---------------------------------------------------------------------------------------------
@agreement(
    386, "consortium_vijf_partijen_penvoerder_zorg_grebbe_en_rijn", "docx",
    "Long consortium agreement of five parties (three vmbo boards, two mbo boards) with a "
    "penvoerder, lawyer style with definitions and leden, DOCX; Grebbe en Rijn, Zorg en welzijn "
    "bb/kb -> Helpende zorg en welzijn 2 and Verzorgende-IG 3; fully compliant, funding transfer "
    "with amounts and purposes, extra medezeggenschap arrangements",
    st(P, P, P, P, P, P, P, P, P, P),
    {"a": "Artikel 3 De routes", "b": "Artikel 4 Rol van zorg- en welzijnsorganisaties",
     "c": "Artikel 5 Stuurgroep en routeregisseur", "d": "Artikel 7 Informatie en verantwoording",
     "e": "Artikel 9 Personeel en voorzieningen", "f": "Artikel 11 Overstapregeling",
     "g": "Artikel 12 Overdracht van bekostiging", "h": "Artikel 13 Medezeggenschap",
     "i": "Artikel 15 Geschillen", "j": "Artikel 17 Toetreding van nieuwe partijen"},
    author="Kantoor Van der Steeg & Brouwer advocaten",
    doc_title="Consortiumovereenkomst Zorgroute Grebbe en Rijn")
def h386():
    B = []
    B += [
        ("title", "Consortiumovereenkomst Zorgroute Grebbe en Rijn"),
        ("subtitle", "Samenwerkingsovereenkomst doorlopende leerroutes vmbo-mbo Zorg en welzijn "
                     "- definitieve versie 2.0, 24 april 2025"),
        ("h1", "Partijen"),
        ("p", "1. Stichting Christelijk Voortgezet Onderwijs Grebbe en Rijn, statutair gevestigd te "
              "Rhenen, bevoegd gezag van het Pallas College (vmbo), te dezen rechtsgeldig "
              "vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. "
              "A.M. van Ravenswaaij, hierna: 'Pallas';"),
        ("p", "2. Stichting Openbaar Voortgezet Onderwijs Binnenveld, statutair gevestigd te "
              "Wageningen, bevoegd gezag van RSG Binnenveld, afdeling vmbo, te dezen rechtsgeldig "
              "vertegenwoordigd door de bestuurder, de heer M.F. Lagendijk MBA, hierna: 'Binnenveld';"),
        ("p", "3. Stichting Vmbo Ede-Bennekom, statutair gevestigd te Ede, bevoegd gezag van Vakcollege "
              "De Klomp, te dezen rechtsgeldig vertegenwoordigd door de directeur-bestuurder, de heer "
              "J. Hakvoort, hierna: 'De Klomp';"),
        ("p", "4. Stichting Regionaal Opleidingencentrum Vallei en Rijn, statutair gevestigd te Ede, "
              "bevoegd gezag van ROC Vallei en Rijn, te dezen rechtsgeldig vertegenwoordigd door de "
              "voorzitter van het college van bestuur, mevrouw ir. C. Doornenbal, hierna: 'ROC Vallei en "
              "Rijn' of 'de Penvoerder';"),
        ("p", "5. Stichting Beroepsonderwijs Heuvelrug, statutair gevestigd te Veenendaal, bevoegd "
              "gezag van het Heuvelrug College mbo, te dezen rechtsgeldig vertegenwoordigd door de "
              "voorzitter van het college van bestuur, de heer dr. W.J. Blankestijn, hierna: "
              "'Heuvelrug College';"),
        ("p", "partijen 1 tot en met 3 hierna gezamenlijk ook: 'de Scholen'; partijen 4 en 5 hierna "
              "gezamenlijk ook: 'de Instellingen'; alle partijen gezamenlijk: 'Partijen'."),
        ("h1", "Overwegingen"),
        ("p", "A. In de regio Grebbe en Rijn is een structureel tekort aan helpenden en verzorgenden; "
              "de zorgaanbieders in de regio hebben Partijen gevraagd jongeren eerder en "
              "doelgerichter voor de zorg op te leiden."),
        ("p", "B. Partijen werken sinds 2019 samen in het regionale Zorgpact Grebbe en Rijn en wensen "
              "die samenwerking om te zetten in doorlopende leerroutes in de zin van artikel 2.107a "
              "van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.2 van de Wet educatie "
              "en beroepsonderwijs (WEB)."),
        ("p", "C. Partijen hebben het voornemen tot samenwerking voor advies voorgelegd aan de "
              "medezeggenschapsraden van de Scholen en aan de studentenraden en ondernemingsraden van "
              "de Instellingen; de uitgebrachte adviezen zijn in deze overeenkomst verwerkt."),
        ("p", "Partijen komen het volgende overeen."),

        ("h1", "Artikel 1 Definities"),
        ("p", "In deze overeenkomst hebben de volgende begrippen de daarachter vermelde betekenis:"),
        ("li", "Route: een van de doorlopende leerroutes genoemd in artikel 3;"),
        ("li", "Route-jaar: een leerjaar van de Route; route-jaar 1 valt samen met leerjaar 3 van het "
               "vmbo;"),
        ("li", "Vo-fase: route-jaar 1 en 2, waarin de deelnemer als leerling van een School is "
               "ingeschreven; mbo-fase: de route-jaren daarna, waarin hij als student van een "
               "Instelling is ingeschreven;"),
        ("li", "Deelnemer: een leerling of student die aan een Route deelneemt;"),
        ("li", "Stuurgroep, Routeregisseur en Routeteam: de organen bedoeld in de artikelen 5 en 6;"),
        ("li", "Zorgpartners: de zorg- en welzijnsorganisaties die de partnerverklaring in Bijlage 2 "
               "hebben ondertekend;"),
        ("li", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
               "examenregeling per Route."),

        ("h1", "Artikel 2 Voorwerp van de overeenkomst"),
        ("p", "2.1 Partijen verzorgen gezamenlijk de in artikel 3 genoemde Routes en melden die "
              "gezamenlijk aan de minister door registratie in het Register Instellingen en "
              "Opleidingen; iedere School en iedere Instelling registreert daarbij de Routes waaraan "
              "zij deelneemt."),
        ("p", "2.2 De Scholen blijven verantwoordelijk voor het vmbo-deel van de Routes en de "
              "vmbo-examinering en -diplomering; de Instellingen voor het mbo-deel, de "
              "beroepspraktijkvorming en de mbo-examinering en -diplomering."),

        ("h1", "Artikel 3 De routes"),
        ("p", "3.1 Route Helpende: van het profiel Zorg en welzijn in de basisberoepsgerichte leerweg "
              "naar de basisberoepsopleiding Helpende zorg en welzijn (niveau 2, bol) in het "
              "opleidingsdomein Zorg en welzijn. Studieduur van de Route: vier route-jaren."),
        ("p", "3.2 Route Verzorgende: van het profiel Zorg en welzijn in de kaderberoepsgerichte "
              "leerweg naar de vakopleiding Verzorgende-IG (niveau 3, bol) in het opleidingsdomein "
              "Zorg en welzijn. Studieduur van de Route: vijf route-jaren."),
        ("p", "3.3 Bijlage 1 vermeldt per School welke Route wordt aangeboden en met welke Instelling "
              "de mbo-fase wordt verzorgd. Pallas en De Klomp bieden beide Routes aan; Binnenveld "
              "biedt alleen de Route Verzorgende aan."),

        ("h1", "Artikel 4 Rol van zorg- en welzijnsorganisaties"),
        ("p", "4.1 De Zorgpartners, waaronder Zorggroep Het Binnenveld (ouderenzorg), Stichting "
              "Rijnvallei Thuiszorg, woonzorgcentrum De Grebbeberg en Stichting De Bunte Hoeve "
              "(gehandicaptenzorg), verbinden zich in de partnerverklaring tot het volgende, en "
              "Partijen richten de Routes zo in dat die inbreng wordt benut:"),
        ("li", "zij bieden in route-jaar 1 en 2 iedere Deelnemer ten minste tien dagdelen "
               "meeloopstage en vanaf route-jaar 3 een bpv-plaats met een gekwalificeerde "
               "praktijkopleider;"),
        ("li", "zij verzorgen per route-jaar ten minste vier gastlessen of workshops, onder meer over "
               "dementie, tilprotocollen en medicatieveiligheid, en stellen hun skillsruimte "
               "beschikbaar voor praktijkexamens;"),
        ("li", "twee vertegenwoordigers van de Zorgpartners en een adviseur van SBB nemen deel aan de "
               "programmaraad, die ten minste tweemaal per schooljaar de Stuurgroep adviseert over de "
               "keuzedelen, de volgorde van de beroepstaken en de aansluiting op de "
               "arbeidsmarktvraag;"),
        ("li", "praktijkopleiders beoordelen in de mbo-fase de examens in de beroepspraktijk mee."),
        ("p", "4.2 De Penvoerder houdt de lijst van Zorgpartners bij en legt nieuwe partnerverklaringen "
              "aan de Stuurgroep voor."),

        ("h1", "Artikel 5 Stuurgroep en routeregisseur"),
        ("p", "5.1 De leiding over de Routes berust bij de Stuurgroep. De Stuurgroep bestaat uit vijf "
              "leden: per Partij één directielid of sectordirecteur, dat door het bevoegd gezag van die "
              "Partij schriftelijk wordt aangewezen en ook door dat bevoegd gezag kan worden vervangen. "
              "De Stuurgroep kiest uit haar midden een voorzitter voor twee schooljaren."),
        ("p", "5.2 De Stuurgroep benoemt, op voordracht van de Penvoerder en met instemming van alle "
              "leden, een Routeregisseur die in dienst is van de Penvoerder. De Routeregisseur woont de "
              "vergaderingen van de Stuurgroep bij zonder stemrecht."),
        ("p", "5.3 Aan de Stuurgroep zijn door de bevoegde gezagsorganen de volgende taken en "
              "bevoegdheden opgedragen:"),
        ("li", "het vaststellen van het jaarplan en het PTA/OER per Route, na advies van de "
               "programmaraad;"),
        ("li", "het besluiten over de jaarlijkse instroomcapaciteit per School;"),
        ("li", "het verdelen van de inzet van mbo-docenten over de Scholen binnen de "
               "formatieafspraken van Bijlage 3;"),
        ("li", "het besluiten over de toepassing van de overstapregeling van artikel 11 in gevallen "
               "waarin het Routeteam niet tot overeenstemming komt;"),
        ("li", "het vaststellen van de jaarlijkse afrekening bedoeld in artikel 12."),
        ("p", "5.4 Besluiten die de begroting van een Partij met meer dan € 25.000 verzwaren, besluiten "
              "tot het beëindigen van een Route en besluiten tot wijziging van deze overeenkomst zijn "
              "voorbehouden aan de bevoegde gezagsorganen."),
        ("p", "5.5 De Stuurgroep besluit bij meerderheid van stemmen; bij besluiten die één Partij in "
              "het bijzonder raken, heeft die Partij een vetorecht dat zij schriftelijk motiveert."),

        ("h1", "Artikel 6 Routeteams en penvoerderschap"),
        ("p", "6.1 Per School is er een Routeteam, bestaande uit de teamleider zorg van de School, de "
              "opleidingscoördinator van de betrokken Instelling en de mentoren van de route-jaren. "
              "Het Routeteam voert de Route uit binnen de kaders die de Stuurgroep stelt."),
        ("p", "6.2 De Penvoerder verzorgt het secretariaat van de Stuurgroep, de financiële "
              "administratie en afrekening van de Routes, het beheer van de partnerverklaringen en de "
              "coördinatie van de registratie in RIO. De Penvoerder handelt daarbij uitsluitend binnen "
              "de besluiten van de Stuurgroep en vertegenwoordigt de overige Partijen niet tegenover "
              "derden, tenzij hij daartoe schriftelijk is gevolmachtigd."),

        ("h1", "Artikel 7 Informatie en verantwoording"),
        ("p", "7.1 De Stuurgroep zendt de bevoegde gezagsorganen van alle Partijen tweemaal per jaar, "
              "uiterlijk op 1 maart en 1 oktober, een voortgangsrapportage. Die bevat ten minste de in-, "
              "door- en uitstroom per School en per Route, het aantal overstappen en hun bestemming, "
              "de examenresultaten, de bezetting van bpv-plaatsen en de financiële realisatie."),
        ("p", "7.2 Eenmaal per jaar, in november, legt de Stuurgroep in het Bestuurlijk Overleg van de "
              "voorzitters van de colleges van bestuur en de bestuurders verantwoording af over het "
              "afgelopen schooljaar aan de hand van een jaarverslag. Het Bestuurlijk Overleg stelt het "
              "jaarverslag vast en kan de Stuurgroep aanwijzingen geven."),
        ("p", "7.3 Ieder bevoegd gezag kan op elk moment aanvullende inlichtingen vragen; de Stuurgroep "
              "verstrekt die binnen vier weken."),

        ("h1", "Artikel 8 Onderwijskundige en organisatorische inrichting"),
        ("p", "8.1 In de vo-fase wordt het onderwijs verzorgd op de locaties van de Scholen: Pallas "
              "College, Cuneraweg te Rhenen; RSG Binnenveld, Hollandseweg te Wageningen; Vakcollege De "
              "Klomp, Bettinkhorst te Ede. In de mbo-fase wordt het onderwijs verzorgd op de locaties "
              "Zorgplein Ede (ROC Vallei en Rijn) en Kerkewijk Veenendaal (Heuvelrug College) en bij de "
              "Zorgpartners."),
        ("p", "8.2 Het PTA/OER beschrijft voor elke Route per route-jaar het onderwijsprogramma, de "
              "examinering en de beroepspraktijkvorming, en vermeldt welke onderdelen tot het "
              "vmbo-programma, welke tot het mbo-programma en welke tot beide behoren. Het vmbo-examen "
              "wordt afgerond in route-jaar 2; herkansing is mogelijk in route-jaar 3."),
        ("p", "8.3 De Scholen houden in de vo-fase het verzuim bij en melden dat aan de leerplichtambtenaar; "
              "in de mbo-fase doet de Instelling dat."),
        ("p", "8.4 De klachtenregelingen van alle Partijen zijn mede van toepassing op gedragingen in het "
              "kader van de Routes van personeel of bestuur van een andere Partij. Een klacht die bij "
              "een School wordt ingediend over een docent van een Instelling, wordt door de School "
              "behandeld; de Instelling verleent haar medewerking en zorgt voor een contactpersoon."),
        ("p", "8.5 Partijen wisselen alleen de persoonsgegevens uit die voor de uitvoering van de Routes "
              "nodig zijn, volgens het privacyprotocol in Bijlage 4."),

        ("h1", "Artikel 9 Personeel en voorzieningen"),
        ("p", "9.1 De Instellingen stellen in de vo-fase mbo-docenten verpleegkunde en zorg "
              "beschikbaar aan de Scholen, in totaal 1,6 fte verdeeld volgens Bijlage 3. Deze docenten "
              "blijven in dienst van hun Instelling en werken onder de dagelijkse aansturing van de "
              "teamleider van de School."),
        ("p", "9.2 De docenten van de Scholen en de Instellingen die in een Route werken, vormen per "
              "School één docententeam. Het team wordt met toepassing van artikel 7.13a WVO 2020 en "
              "artikel 9.1.12 WEB ingezet voor de vak- en sectoroverstijgende onderdelen 'Zorg in de "
              "wijk' en 'Persoonlijke verzorging'; het PTA/OER vermeldt per onderdeel de "
              "verantwoordelijke bevoegde docent."),
        ("p", "9.3 De Instellingen stellen hun skillslabs (Zorgplein Ede en Kerkewijk Veenendaal) op "
              "vaste dagdelen beschikbaar aan Deelnemers in de vo-fase. De Scholen stellen hun "
              "zorgwoning-praktijklokaal en EHBO-materialen beschikbaar aan de Instellingen voor "
              "open lesdagen. Leermiddelen voor het mbo-deel worden door de Instellingen geleverd."),
        ("p", "9.4 Partijen dragen ieder zorg voor de scholing van het eigen personeel; jaarlijks "
              "organiseert de Penvoerder een gezamenlijke studiedag voor alle docententeams."),

        ("h1", "Artikel 10 Begeleiding van deelnemers"),
        ("p", "10.1 Iedere Deelnemer heeft één mentor per route-jaar; bij de overgang naar de mbo-fase "
              "vindt een warme overdracht plaats tussen de mentor van de School en de studieloopbaanbegeleider "
              "van de Instelling."),
        ("p", "10.2 Extra ondersteuning wordt geboden volgens het ondersteuningsprofiel van de School "
              "respectievelijk de Instelling waar de Deelnemer op dat moment is ingeschreven."),

        ("h1", "Artikel 11 Overstapregeling"),
        ("p", "11.1 Stopt de deelname aan een Route voordat de Deelnemer de Route met succes heeft "
              "afgerond, dan stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te "
              "behalen dat past bij zijn bereikte onderwijsniveau en zijn leeftijd. Daarbij geldt:"),
        ("li", "vertrek in de vo-fase: de leerling vervolgt het vmbo in de reguliere leerweg van zijn "
               "School, in het profiel Zorg en welzijn of een ander profiel, met het vmbo-diploma als "
               "doel; een leerling van de Route Verzorgende kan ook naar de Route Helpende;"),
        ("li", "vertrek in de mbo-fase: de student kan bij dezelfde Instelling overstappen naar een "
               "andere opleiding op hetzelfde niveau, bijvoorbeeld Medewerker maatschappelijke zorg of "
               "Pedagogisch medewerker kinderopvang, of naar niveau 2 als niveau 3 niet haalbaar blijkt; "
               "de vooropleidingseisen gelden dan niet;"),
        ("li", "vmbo-diploma niet behaald aan het einde van route-jaar 3: de student zet de "
               "mbo-opleiding voort zonder vmbo-diploma, of doubleert om het vmbo-diploma alsnog te "
               "halen, al naar gelang wat het meest kansrijk is;"),
        ("li", "overstap naar een andere instelling of verhuizing: de betrokken Instelling draagt de "
               "behaalde resultaten over en ondersteunt bij het geschiktheidsonderzoek van de nieuwe "
               "instelling."),
        ("p", "11.2 Over de overstap beslissen de teamleider van de School en de opleidingscoördinator "
              "van de Instelling gezamenlijk, nadat het Routeteam met de Deelnemer en zijn ouders heeft "
              "gesproken. Komen zij niet tot overeenstemming, dan beslist de Stuurgroep binnen twee "
              "weken."),
        ("p", "11.3 De Scholen en Instellingen nemen de werkwijze op in hun schoolgids respectievelijk "
              "studiegids."),

        ("h1", "Artikel 12 Overdracht van bekostiging"),
        ("p", "12.1 Met toepassing van artikel 5.42a WVO 2020 dragen de Scholen voor iedere Deelnemer "
              "in de vo-fase een bedrag van € 1.150 per route-jaar over aan de Instelling die de "
              "mbo-fase van die Deelnemer verzorgt. Het bedrag is bestemd voor de inzet van de "
              "mbo-docenten bedoeld in artikel 9.1 en het gebruik van de skillslabs bedoeld in "
              "artikel 9.3."),
        ("p", "12.2 Met toepassing van artikel 9.1.15 WEB dragen de Instellingen voor iedere student "
              "in route-jaar 3 die het vmbo-diploma nog niet heeft behaald een bedrag van € 450 over aan "
              "de School van herkomst, bestemd voor de begeleiding bij en de afname van de "
              "vmbo-herexamens."),
        ("p", "12.3 Daarnaast draagt iedere Partij jaarlijks € 3.000 bij aan de Penvoerder ter dekking "
              "van de kosten van het secretariaat, de Routeregisseur (voor zover niet door de "
              "Penvoerder gedragen) en de gezamenlijke studiedag. Dit is geen overdracht van "
              "bekostiging in de zin van de wet."),
        ("p", "12.4 De afrekening vindt plaats op basis van de teldatum 1 oktober; de Penvoerder "
              "factureert uiterlijk 1 december. Bijlage 3 bevat een rekenvoorbeeld."),

        ("h1", "Artikel 13 Medezeggenschap"),
        ("p", "13.1 Voor Deelnemers in de vo-fase, hun ouders en het personeel van de Scholen geldt de "
              "Wet medezeggenschap op scholen; voor Deelnemers in de mbo-fase en het personeel van de "
              "Instellingen gelden de WEB en de Wet op de ondernemingsraden. Partijen spreken daarnaast "
              "het volgende af:"),
        ("li", "Deelnemers in route-jaar 2 kunnen op uitnodiging met spreekrecht de vergaderingen "
               "van de studentenraad van hun toekomstige Instelling bijwonen;"),
        ("li", "de medezeggenschapsraden van de Scholen en de studentenraden van de Instellingen "
               "wijzen ieder één lid aan voor een gezamenlijke klankbordgroep Zorgroute, die tweemaal "
               "per jaar met de Routeregisseur overlegt over de uitvoering van de Routes;"),
        ("li", "voorstellen tot wijziging van deze overeenkomst worden vóór besluitvorming voor advies "
               "voorgelegd aan alle medezeggenschapsraden, studentenraden en ondernemingsraden van "
               "Partijen."),

        ("h1", "Artikel 14 Aansprakelijkheid en verzekering"),
        ("p", "Iedere Partij is aansprakelijk voor schade die voortvloeit uit het eigen handelen en "
              "draagt zorg voor een passende aansprakelijkheidsverzekering die ook Deelnemers van de "
              "andere Partijen dekt gedurende hun aanwezigheid op haar locaties."),

        ("h1", "Artikel 15 Geschillen"),
        ("p", "15.1 Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst in "
              "de Stuurgroep besproken. Is het geschil niet binnen vier weken opgelost, dan legt "
              "iedere betrokken Partij het voor aan het Bestuurlijk Overleg, dat binnen zes weken "
              "bijeenkomt."),
        ("p", "15.2 Leidt ook dat overleg niet tot een oplossing, dan schakelen Partijen een mediator "
              "in, aangewezen in overleg of, bij gebrek aan overeenstemming, door de voorzitter van de "
              "Stuurgroep uit het register van de Mediatorsfederatie Nederland."),
        ("p", "15.3 Is het geschil drie maanden na aanvang van de mediation niet opgelost, dan kan "
              "iedere Partij het voorleggen aan de bevoegde rechter van de Rechtbank Gelderland. Op "
              "deze overeenkomst is Nederlands recht van toepassing."),

        ("h1", "Artikel 16 Duur en evaluatie"),
        ("p", "16.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("p", "16.2 Partijen evalueren de overeenkomst in het schooljaar 2027-2028 en daarna iedere drie "
              "jaar."),

        ("h1", "Artikel 17 Toetreding van nieuwe partijen"),
        ("p", "17.1 Een ander bevoegd gezag van een school voor vmbo of van een instelling voor "
              "beroepsonderwijs kan tot deze overeenkomst toetreden, mits: a. de Stuurgroep positief "
              "adviseert; b. alle bevoegde gezagsorganen van Partijen schriftelijk instemmen; c. de "
              "toetredende partij een toetredingsverklaring volgens Bijlage 5 ondertekent waarin zij "
              "alle rechten en verplichtingen uit deze overeenkomst aanvaardt."),
        ("p", "17.2 Toetreding gaat in op 1 augustus van een schooljaar. De toetredende partij meldt haar "
              "deelname aan een Route in RIO. Toetreding mag niet leiden tot wijziging van het "
              "programma van Deelnemers die de Route al volgen."),

        ("h1", "Artikel 18 Opzegging, uittreding en ontbinding"),
        ("p", "18.1 Iedere Partij kan haar deelname opzeggen tegen 1 augustus van enig jaar, met "
              "inachtneming van een opzegtermijn van twaalf maanden, bij aangetekende brief aan alle "
              "overige Partijen. De overeenkomst blijft tussen de overige Partijen van kracht, tenzij "
              "daardoor geen School of geen Instelling meer partij is."),
        ("p", "18.2 Een Partij kan de overeenkomst ten aanzien van een andere Partij ontbinden als die "
              "Partij, na schriftelijke ingebrekestelling met een termijn van ten minste drie "
              "maanden, tekortschiet in de nakoming van wezenlijke verplichtingen."),
        ("p", "18.3 Na opzegging of ontbinding worden geen nieuwe Deelnemers meer ingeschreven in de "
              "betrokken Route(s) van de uittredende Partij. Deelnemers die op het moment van "
              "opzegging of ontbinding in een Route zijn ingeschreven, kunnen die Route afronden; de "
              "uittredende Partij blijft daartoe haar verplichtingen, inclusief die uit artikel 12, "
              "nakomen tot de laatste van die Deelnemers de Route heeft verlaten. Lukt dat niet, dan "
              "zorgen de overige Partijen voor een gelijkwaardige plaats."),

        ("h1", "Artikel 19 Wijziging"),
        ("p", "19.1 Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst "
              "tussen alle Partijen, na advies als bedoeld in artikel 13. Wijzigingen van de bijlagen "
              "1 en 3 kunnen door de Stuurgroep worden vastgesteld, mits alle leden instemmen."),
        ("p", "19.2 Een wijziging die het programma van Deelnemers raakt, gaat niet eerder in dan bij "
              "het begin van het volgende schooljaar en geldt niet voor Deelnemers die op dat moment "
              "al in hun laatste route-jaar zitten."),

        ("h1", "Artikel 20 Slotbepalingen"),
        ("p", "20.1 De bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de "
              "overeenkomst voor."),
        ("p", "20.2 Deze overeenkomst vervangt de intentieverklaring Zorgpact Grebbe en Rijn van "
              "14 maart 2019."),
        ("p", "Aldus overeengekomen en in vijfvoud ondertekend te Ede op 24 april 2025."),
        ("table", [["Partij", "Naam en functie", "Handtekening"],
                   ["Pallas", "drs. A.M. van Ravenswaaij, voorzitter CvB", ""],
                   ["Binnenveld", "M.F. Lagendijk MBA, bestuurder", ""],
                   ["De Klomp", "J. Hakvoort, directeur-bestuurder", ""],
                   ["ROC Vallei en Rijn", "ir. C. Doornenbal, voorzitter CvB", ""],
                   ["Heuvelrug College", "dr. W.J. Blankestijn, voorzitter CvB", ""]]),
        ("pb",),
        ("h1", "Bijlage 1 Routes per school"),
        ("table", [["School", "Route", "Instelling mbo-fase", "Instroom 2025-2026"],
                   ["Pallas College", "Helpende (bb)", "Heuvelrug College", "12"],
                   ["Pallas College", "Verzorgende (kb)", "Heuvelrug College", "16"],
                   ["RSG Binnenveld", "Verzorgende (kb)", "ROC Vallei en Rijn", "14"],
                   ["Vakcollege De Klomp", "Helpende (bb)", "ROC Vallei en Rijn", "16"],
                   ["Vakcollege De Klomp", "Verzorgende (kb)", "ROC Vallei en Rijn", "20"]]),
        ("h1", "Bijlage 2 Partnerverklaring zorgpartners (model)"),
        ("p", "Ondergetekende zorg- of welzijnsorganisatie verklaart de inbreng bedoeld in artikel 4.1 "
              "van de Consortiumovereenkomst Zorgroute Grebbe en Rijn te leveren en wijst een "
              "contactpersoon aan voor de programmaraad."),
        ("h1", "Bijlage 3 Formatie en rekenvoorbeeld"),
        ("table", [["Onderdeel", "Verdeling / bedrag"],
                   ["Inzet mbo-docenten vo-fase", "Pallas 0,5 fte; Binnenveld 0,4 fte; De Klomp 0,7 fte"],
                   ["Overdracht School -> Instelling", "€ 1.150 per deelnemer per route-jaar in de vo-fase"],
                   ["Overdracht Instelling -> School", "€ 450 per student in route-jaar 3 zonder vmbo-diploma"],
                   ["Bijdrage penvoerderschap", "€ 3.000 per Partij per jaar"],
                   ["Voorbeeld De Klomp 2026", "36 deelnemers x € 1.150 = € 41.400 aan ROC Vallei en Rijn"]]),
        ("h1", "Bijlage 4 Privacyprotocol"),
        ("p", "Uitgewisseld worden uitsluitend: naam, geboortedatum, onderwijsnummer, behaalde "
              "resultaten, verzuim en ondersteuningsbehoefte, voor zover nodig voor plaatsing, "
              "begeleiding en examinering. Bewaartermijnen volgen de wettelijke termijnen."),
        ("h1", "Bijlage 5 Toetredingsverklaring (model)"),
        ("p", "Ondergetekende, bevoegd gezag van ......................, verklaart toe te treden tot de "
              "Consortiumovereenkomst Zorgroute Grebbe en Rijn en alle rechten en verplichtingen daaruit "
              "te aanvaarden met ingang van 1 augustus ......."),
    ]
    return B


# ---------------------------------------------------------------------------------------------
# h388  wijzigings- en verlengingsovereenkomst die enkele artikelen vervangt (PDF)
# ---------------------------------------------------------------------------------------------
@agreement(
    388, "wijzigingsovereenkomst_artikelen_vervangen_hilversum_ict", "pdf",
    "Renewal agreement that extends a 2021 SOK and replaces a few articles (Roman-numbered "
    "amendment style, unchanged articles reproduced in Bijlage A), PDF; Hilversum, MVI gl/kb -> "
    "Software developer / Expert IT systems and devices niveau 4; replaced finance article "
    "transfers funding with a purpose but no amount (g weak), new medezeggenschap article is a "
    "p.m. placeholder (h weak)",
    st(P, P, P, P, P, P, W, W, P, P),
    {"a": "Artikel 2 Route en opleidingen", "b": "Artikel 3 Inbreng van het werkveld",
     "c": "Artikel 4 Routedirectie", "d": "Artikel 5 Informeren en verantwoorden",
     "e": "Artikel 7 Inrichting, personeel en faciliteiten", "f": "Artikel 6 Overstapmogelijkheden",
     "i": "Artikel 9 Geschillen", "j": "Artikel 10 Looptijd, opzegging, toetreding en wijziging"},
    font="Helvetica", size=9.5,
    header="Wijzigings- en verlengingsovereenkomst DLR ICT Hilversum - ondertekeningsversie",
    doc_title="Wijzigings- en verlengingsovereenkomst DLR ICT Hilversum",
    author="Stichting Voortgezet Onderwijs Gooi en Vechtstreek")
def h388():
    return [
        ("title", "Wijzigings- en verlengingsovereenkomst"),
        ("subtitle", "bij de Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo ICT Hilversum "
                     "van 2 juni 2021"),
        ("h1", "De ondergetekenden"),
        ("p", "1. Stichting Voortgezet Onderwijs Gooi en Vechtstreek, gevestigd te Hilversum, bevoegd "
              "gezag van het Vakcollege Media & Techniek Hilversum, vertegenwoordigd door de heer "
              "R.P. Schoonderwoerd, voorzitter van het college van bestuur, hierna: 'de school', en"),
        ("p", "2. Stichting Regionaal Opleidingencentrum Gooi en Eemland, gevestigd te Hilversum, "
              "bevoegd gezag van ROC Gooi en Eemland, vertegenwoordigd door mevrouw E. Kamphuis-Tol, "
              "lid van het college van bestuur, hierna: 'het ROC',"),
        ("h1", "Overwegende"),
        ("p", "a. dat partijen op 2 juni 2021 een samenwerkingsovereenkomst hebben gesloten voor de "
              "doorlopende leerroute vmbo-mbo ICT, hierna: 'de Overeenkomst', die afloopt op "
              "31 juli 2025;"),
        ("p", "b. dat uit de evaluatie van het schooljaar 2023-2024 is gebleken dat de route goed "
              "functioneert, maar dat partijen de route willen uitbreiden met een tweede opleiding, de "
              "leiding anders willen organiseren en de financiële afspraken willen herzien;"),
        ("p", "c. dat partijen de leesbaarheid willen bevorderen door de artikelen van de Overeenkomst "
              "die niet worden gewijzigd als Bijlage A aan deze overeenkomst te hechten;"),
        ("p", "verklaren te zijn overeengekomen als volgt."),

        ("h1", "Artikel I  Verlenging"),
        ("p", "De looptijd van de Overeenkomst wordt verlengd. Artikel 10, eerste lid, van de "
              "Overeenkomst komt te luiden: '1. Deze overeenkomst loopt tot en met 31 juli 2030.'"),

        ("h1", "Artikel II  Wijzigingen"),
        ("p", "De Overeenkomst wordt met ingang van 1 augustus 2025 als volgt gewijzigd."),
        ("p", "A. Artikel 2 wordt vervangen door:"),
        ("h2", "Artikel 2 Route en opleidingen"),
        ("p", "1. De route begint in het beroepsgerichte profiel Media, vormgeving en ICT van het "
              "Vakcollege Media & Techniek Hilversum, in de gemengde leerweg en in de "
              "kaderberoepsgerichte leerweg, en loopt door in het opleidingsdomein ICT en creatieve "
              "industrie van het ROC, in de middenkaderopleidingen Software developer (niveau 4) en "
              "Expert IT systems and devices (niveau 4), beide in de beroepsopleidende leerweg."),
        ("p", "2. De leerling kiest aan het einde van route-jaar 1 tussen de twee opleidingen; tot dat "
              "moment is het programma gemeenschappelijk."),
        ("p", "B. Artikel 4 wordt vervangen door:"),
        ("h2", "Artikel 4 Routedirectie"),
        ("p", "1. De leiding over de route wordt gevormd door een routedirectie van twee personen: de "
              "teamleider bovenbouw van de school en de teammanager ICT van het ROC. Zij worden "
              "benoemd door de colleges van bestuur van de school respectievelijk het ROC, elk voor "
              "het eigen lid, na overleg met de andere partij."),
        ("p", "2. De routedirectie stelt jaarlijks het activiteitenplan, het rooster en het "
              "gezamenlijke PTA/OER op, zet de docenten van beide partijen in binnen de uren die "
              "partijen daarvoor beschikbaar stellen, beslist over de overgang binnen de route en over "
              "de overstap bedoeld in artikel 6, en onderhoudt de contacten met het werkveld."),
        ("p", "3. De routedirectie beslist in onderlinge overeenstemming. Financiële verplichtingen "
              "buiten het activiteitenplan, wijzigingen in de personele bezetting en het beëindigen "
              "van de instroom zijn voorbehouden aan de colleges van bestuur."),
        ("p", "C. Artikel 6 wordt vervangen door:"),
        ("h2", "Artikel 6 Overstapmogelijkheden"),
        ("p", "1. Een leerling die de route in route-jaar 1 of 2 verlaat, maakt het vmbo af in de "
              "gemengde of kaderberoepsgerichte leerweg van de school, in het profiel Media, vormgeving "
              "en ICT of een ander profiel, en kan daarna iedere mbo-opleiding kiezen waarvoor hij "
              "toelaatbaar is."),
        ("p", "2. Een student die de route in de mbo-fase verlaat, kan binnen het ROC zonder "
              "aanvullende toelatingseisen overstappen naar een andere opleiding op niveau 4 in het "
              "domein ICT en creatieve industrie, zoals Mediavormgever of Allround medewerker IT "
              "systems and devices (niveau 3) als niveau 4 niet haalbaar blijkt. Ook als hij het "
              "vmbo-diploma nog niet heeft, gelden de vooropleidingseisen bij het ROC niet."),
        ("p", "3. Kiest de student voor een andere instelling, dan zorgt het ROC voor een "
              "overdrachtsdossier en begeleidt het de student bij de toelatingsprocedure van die "
              "instelling."),
        ("p", "4. De routedirectie beslist over de overstap gezamenlijk, na een gesprek met de leerling "
              "en zijn ouders, en houdt daarbij rekening met het niveau dat de leerling heeft bereikt "
              "en met zijn leeftijd."),
        ("p", "D. Artikel 8 wordt vervangen door:"),
        ("h2", "Artikel 8 Financiële afspraken"),
        ("p", "1. Met ingang van 1 augustus 2025 draagt de school aan het ROC een deel van de door de "
              "school ontvangen bekostiging over, bestemd voor de inzet van ROC-docenten programmeren "
              "en netwerkbeheer in route-jaar 1 en 2 en voor het gebruik van het datacenterlab van "
              "het ROC."),
        ("p", "2. De hoogte van de over te dragen middelen wordt jaarlijks door de routedirectie in het "
              "activiteitenplan opgenomen. De school maakt het bedrag over in twee termijnen, in "
              "januari en in juli."),
        ("p", "3. Overige kosten komen voor rekening van de partij die ze maakt."),
        ("p", "E. Na artikel 9 wordt een artikel ingevoegd, luidende:"),
        ("h2", "Artikel 9a Medezeggenschap"),
        ("p", "Partijen maken aanvullende afspraken over de medezeggenschap van leerlingen, ouders en "
              "personeel in de route: p.m. (uitwerking na advies van de medezeggenschapsraad van de "
              "school en de studentenraad van het ROC, voorzien in het schooljaar 2025-2026)."),

        ("h1", "Artikel III  Ongewijzigde bepalingen"),
        ("p", "Voor het overige blijft de Overeenkomst ongewijzigd van kracht. De tekst van de "
              "ongewijzigde artikelen is ter kennisneming opgenomen in Bijlage A en maakt deel uit van "
              "deze overeenkomst."),
        ("h1", "Artikel IV  Inwerkingtreding"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025. Partijen melden de uitbreiding "
              "van de route met de opleiding Expert IT systems and devices in RIO."),
        ("p", "Aldus overeengekomen en in tweevoud getekend te Hilversum op 16 juni 2025."),
        ("p", "Namens de school: R.P. Schoonderwoerd          Namens het ROC: E. Kamphuis-Tol"),

        ("pb",),
        ("h1", "Bijlage A  Ongewijzigde artikelen van de Overeenkomst (stand 1 augustus 2025)"),
        ("h2", "Artikel 1 Begrippen"),
        ("p", "Route: de doorlopende leerroute bedoeld in artikel 2. Route-jaar: leerjaar van de route; "
              "route-jaar 1 valt samen met leerjaar 3 van het vmbo. Routedirectie: de leiding bedoeld "
              "in artikel 4."),
        ("h2", "Artikel 3 Inbreng van het werkveld"),
        ("p", "1. Het werkveld is in de route vertegenwoordigd door de Werkveldtafel ICT Gooi, waarin "
              "onder meer de bedrijven Studio Mediapark B.V., NetVeilig Gooi en Eemland en de "
              "gemeentelijke ICT-dienst Hilversum zitting hebben, aangevuld met een adviseur van SBB."),
        ("p", "2. De Werkveldtafel komt driemaal per schooljaar bijeen, levert per route-jaar ten minste "
              "twee praktijkopdrachten ('echte klant'-projecten), verzorgt bedrijfsbezoeken in route-jaar 1 "
              "en 2 en toetst jaarlijks of de keuzedelen aansluiten bij de vraag in de regio."),
        ("p", "3. De aangesloten bedrijven bieden vanaf route-jaar 3 stageplaatsen aan en beoordelen "
              "de eindpresentaties van de praktijkopdrachten mee."),
        ("h2", "Artikel 5 Informeren en verantwoorden"),
        ("p", "1. De leiding over de route informeert beide colleges van bestuur na afloop van ieder "
              "semester met een schriftelijke voortgangsrapportage over instroom, doorstroom, uitval, "
              "examenresultaten en de besteding van de beschikbare middelen."),
        ("p", "2. Eenmaal per jaar, in september, legt de leiding in een gezamenlijke bestuursvergadering "
              "van beide colleges van bestuur verantwoording af over het afgelopen schooljaar aan de "
              "hand van een evaluatieverslag."),
        ("h2", "Artikel 7 Inrichting, personeel en faciliteiten"),
        ("p", "1. Route-jaar 1 en 2 worden verzorgd op de locatie Larenseweg van de school; vanaf "
              "route-jaar 2 volgen leerlingen één dag per week lessen op de ICT-campus van het ROC aan "
              "de Oude Amersfoortseweg. Vanaf route-jaar 3 is de ICT-campus de enige leslocatie."),
        ("p", "2. ROC-docenten programmeren en netwerkbeheer verzorgen in route-jaar 1 en 2 samen ten "
              "minste zes lesuren per week op de school. Docenten van beide partijen vormen één "
              "routeteam; voor het vakoverstijgende project 'Bouw je eigen app' wordt het team ingezet "
              "overeenkomstig artikel 7.13a WVO 2020, waarbij per onderdeel een bevoegde docent "
              "verantwoordelijk is."),
        ("p", "3. De school stelt haar mediaruimte en de leerlinglaptops ter beschikking; het ROC "
              "stelt het datacenterlab, de serverruimte en de licenties voor ontwikkelsoftware ter "
              "beschikking aan leerlingen van de route."),
        ("p", "4. Programma, examinering en stages per route-jaar zijn vastgelegd in het gezamenlijke "
              "PTA/OER. Het vmbo-examen wordt in route-jaar 2 afgelegd."),
        ("h2", "Artikel 9 Geschillen"),
        ("p", "1. Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst "
              "besproken tussen de colleges van bestuur. Is binnen zes weken geen oplossing bereikt, "
              "dan vragen partijen gezamenlijk bindend advies aan een door hen aan te wijzen "
              "onafhankelijke deskundige; komen zij niet tot een keuze, dan wijst de voorzitter van "
              "de Stichting Onderwijsgeschillen de deskundige aan."),
        ("p", "2. Het bindend advies wordt binnen drie maanden uitgebracht. Partijen dragen de kosten "
              "ieder voor de helft."),
        ("h2", "Artikel 10 Looptijd, opzegging, toetreding en wijziging"),
        ("p", "1. (gewijzigd, zie Artikel I)"),
        ("p", "2. Elk der partijen kan de overeenkomst schriftelijk opzeggen tegen het einde van een "
              "schooljaar, met een opzegtermijn van ten minste twaalf maanden. Leerlingen en studenten "
              "die op de datum van opzegging in de route zijn ingeschreven, ronden de route af onder "
              "de voorwaarden van deze overeenkomst; na de opzegging vindt geen nieuwe instroom plaats."),
        ("p", "3. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot "
              "deze overeenkomst toetreden indien beide partijen daarmee schriftelijk instemmen en de "
              "nieuwe partij zich schriftelijk aan alle bepalingen van deze overeenkomst verbindt; de "
              "toetreding gaat in bij het begin van een schooljaar en laat de positie van zittende "
              "leerlingen onverlet."),
        ("p", "4. Wijzigingen worden schriftelijk overeengekomen en door beide colleges van bestuur "
              "ondertekend. Een wijziging die het programma raakt, geldt pas voor het eerstvolgende "
              "cohort, tenzij zij voor de zittende leerlingen alleen voordelen heeft."),
        ("h2", "Artikel 11 Slotbepaling"),
        ("p", "Deze overeenkomst wordt aangehaald als: Samenwerkingsovereenkomst DLR ICT Hilversum."),
    ]


# ---------------------------------------------------------------------------------------------
# h389  ingevuld afsprakenformulier met aankruisvakjes (DOCX)
# ---------------------------------------------------------------------------------------------
X, O = "\u2612", "\u2610"


@agreement(
    389, "afsprakenformulier_aankruisvakken_veghel_logistiek", "docx",
    "Filled-in regional checklist form with ticked/unticked boxes and toelichting fields, DOCX; "
    "Veghel, Mobiliteit en transport bb -> Logistiek medewerker niveau 2; overstap only Entree "
    "ticked (f weak), neither finance box ticked with dotted fields (g weak), toetreding box "
    "unticked with dotted line while opzegging/wijziging are filled in (j weak)",
    st(P, P, P, P, P, W, W, P, P, W),
    {"a": "Onderdeel 1 - Route en opleiding", "b": "Onderdeel 2 - Bedrijfsleven",
     "c": "Onderdeel 3 - Leiding van de route", "d": "Onderdeel 4 - Informatie en verantwoording",
     "e": "Onderdeel 5 - Inrichting", "h": "Onderdeel 8 - Medezeggenschap",
     "i": "Onderdeel 9 - Geschillen"},
    author="Platform Vmbo-Mbo Noordoost-Brabant", docx_font="Arial", docx_size=10,
    doc_title="Afsprakenformulier doorlopende leerroute Logistiek Veghel")
def h389():
    return [
        ("title", "Afsprakenformulier samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("subtitle", "Model Platform Vmbo-Mbo Noordoost-Brabant, versie 2024-1. Aankruisen wat van "
                     "toepassing is ("+X+" = van toepassing, "+O+" = niet van toepassing) en de "
                     "toelichtingsvelden invullen. Het ingevulde en ondertekende formulier geldt als "
                     "samenwerkingsovereenkomst tussen de ondertekenende besturen."),
        ("table", [["Gegevens", "Invulling"],
                   ["Bevoegd gezag school (vmbo)", "Stichting Voortgezet Onderwijs Maashorst, Veghel"],
                   ["School / locatie", "Vakcollege Noordkade, Noordkade 12, Veghel"],
                   ["Bevoegd gezag instelling (mbo)", "Stichting ROC Brabant-Noordoost, Oss"],
                   ["Instelling / college", "ROC Brabant-Noordoost, college Logistiek & Mobiliteit, "
                                            "locatie Veghel-Doornhoek"],
                   ["Ingangsdatum", "1 augustus 2025"],
                   ["Contactpersonen", "T. van den Heuvel (vmbo), M. Verhoeven-Dijkstra (mbo)"]]),

        ("h1", "Onderdeel 1 - Route en opleiding"),
        ("p", X + " Doorlopende leerroute     " + O + " Geïntegreerde route"),
        ("p", "Vmbo: profiel Mobiliteit en transport, leerweg: " + X + " basis  " + O + " kader  "
              + O + " gemengd"),
        ("p", "Mbo: opleiding Logistiek medewerker, niveau 2, " + X + " bol  " + O + " bbl; "
              "opleidingsdomein Transport, scheepvaart en logistiek."),
        ("p", "Toelichting: route van vier route-jaren; leerjaar 3 vmbo is route-jaar 1. Keuzedeel "
              "heftruck/reachtruck in route-jaar 3."),

        ("h1", "Onderdeel 2 - Bedrijfsleven"),
        ("p", X + " Leerbedrijven bieden stage/bpv-plaatsen aan"),
        ("p", X + " Bedrijven verzorgen gastlessen of bedrijfsbezoeken"),
        ("p", X + " Bedrijven leveren praktijkopdrachten"),
        ("p", X + " Bedrijven adviseren over het programma"),
        ("p", O + " Bedrijven beoordelen examens mee"),
        ("p", "Toelichting: Het Logistiek Platform Foodpark Veghel (o.a. Distributiecentrum "
              "Heesakkers, Koel- en Vrieshuis De Dubbelen en Transportbedrijf Van Lieshout & Zn.) "
              "levert vanaf route-jaar 2 per leerling een bpv-plaats, ontvangt iedere klas twee "
              "keer per jaar voor een bedrijfsbezoek en levert per route-jaar één praktijkopdracht "
              "(orderpicken, voorraadtelling). Het platform bespreekt eenmaal per jaar met de "
              "routecoördinatoren de inhoud van het programma en de keuzedelen."),

        ("h1", "Onderdeel 3 - Leiding van de route"),
        ("p", X + " Routecoördinatieteam     " + O + " Eén routecoördinator     " + O + " Stuurgroep"),
        ("p", "Samenstelling: afdelingsleider basis/kader Vakcollege Noordkade; onderwijsmanager "
              "Logistiek ROC Brabant-Noordoost; een praktijkcoördinator (0,2 fte, in dienst van het "
              "ROC)."),
        ("p", "Aanwijzing: de afdelingsleider en de onderwijsmanager worden aangewezen door het eigen "
              "bevoegd gezag; de praktijkcoördinator wordt door beide besturen gezamenlijk aangewezen "
              "voor twee schooljaren."),
        ("p", "Taken en bevoegdheden: opstellen van rooster en PTA/OER, plaatsen van leerlingen bij "
              "leerbedrijven, beslissen over overgang binnen de route, inzet van docenten binnen de "
              "afgesproken uren. " + X + " Besluiten over begroting, personeel en beëindiging van de "
              "route blijven bij de besturen."),

        ("h1", "Onderdeel 4 - Informatie en verantwoording"),
        ("p", X + " Schriftelijke rapportage     " + X + " Overleg met de besturen     " + O + " Anders"),
        ("p", "Frequentie: " + O + " per kwartaal  " + X + " halfjaarlijks  " + O + " jaarlijks"),
        ("p", "Toelichting: het routecoördinatieteam stuurt beide besturen in januari en juni een "
              "rapportage (aantallen, uitval, stageplaatsen, resultaten); de rapportage van juni is "
              "tevens de jaarverantwoording en wordt besproken in het bestuurlijk overleg vmbo-mbo "
              "van september."),

        ("h1", "Onderdeel 5 - Inrichting"),
        ("p", "Locaties: " + X + " school  " + X + " instelling  " + X + " leerbedrijf"),
        ("p", "Personeel: twee docenten logistiek van het ROC geven in route-jaar 1 en 2 vier uur per "
              "week les op het Vakcollege; de docent Nederlands van het Vakcollege ondersteunt in "
              "route-jaar 3 bij taal in het ROC. " + X + " Gebruik teambevoegdheid voor de module "
              "'Magazijn en voorraad' (artikel 7.13a WVO 2020)."),
        ("p", "Faciliteiten: " + X + " het ROC stelt het oefenmagazijn met scanapparatuur en "
              "heftruck-simulator beschikbaar (dinsdagmiddag); " + X + " het Vakcollege stelt het "
              "praktijklokaal Mobiliteit en transport beschikbaar voor ROC-lessen."),
        ("p", "Programma en examinering per leerjaar: " + X + " vastgelegd in gezamenlijk PTA/OER. "
              "Vmbo-examen in route-jaar 2, herkansing uiterlijk route-jaar 3."),

        ("h1", "Onderdeel 6 - Overstapoptie"),
        ("p", O + " Terug naar de reguliere vmbo-leerweg"),
        ("p", O + " Andere mbo-opleiding op hetzelfde niveau"),
        ("p", X + " Plaatsing in de Entree-opleiding van de instelling"),
        ("p", O + " Andere doorlopende leerroute"),
        ("p", "Toelichting: leerlingen die de route niet afmaken, stromen door naar de Entree-opleiding "
              "van ROC Brabant-Noordoost, zodat zij toch een diploma kunnen halen. De mentor "
              "bespreekt dit met de leerling en de ouders."),

        ("h1", "Onderdeel 7 - Financiën"),
        ("p", O + " Er wordt geen bekostiging overgedragen."),
        ("p", O + " Er wordt bekostiging overgedragen: omvang € .......... per leerling per jaar; "
              "bestemming: ............................................"),

        ("h1", "Onderdeel 8 - Medezeggenschap"),
        ("p", X + " Aanvullende afspraken:"),
        ("p", "Leerlingen in route-jaar 2 mogen de vergaderingen van de studentenraad van het ROC "
              "bijwonen en hebben daar spreekrecht. De MR van het Vakcollege en de studentenraad van het "
              "ROC wijzen elk een lid aan dat deelneemt aan het jaarlijkse evaluatiegesprek over de route."),

        ("h1", "Onderdeel 9 - Geschillen"),
        ("p", X + " Stap 1: bespreking in het routecoördinatieteam"),
        ("p", X + " Stap 2: bestuurlijk overleg van beide bestuurders binnen vier weken"),
        ("p", X + " Stap 3: mediation door een mediator die partijen samen kiezen"),
        ("p", X + " Stap 4: voorleggen aan de bevoegde rechter in het arrondissement Oost-Brabant"),

        ("h1", "Onderdeel 10 - Toetreding, opzegging en wijziging"),
        ("p", O + " Toetreding van een andere school of instelling is mogelijk onder de volgende "
              "voorwaarden: ......................................................"),
        ("p", X + " Opzegging: schriftelijk, met een termijn van één jaar, alleen tegen 1 augustus. "
              "Leerlingen die al in de route zitten, maken de route af."),
        ("p", X + " Wijziging: alleen schriftelijk en door beide besturen ondertekend; wijzigingen "
              "gelden vanaf het volgende schooljaar en niet voor lopende examens."),

        ("h1", "Ondertekening"),
        ("table", [["Namens", "Naam, functie", "Datum"],
                   ["SVO Maashorst", "drs. L.C. Bosch, bestuurder", "19 mei 2025"],
                   ["ROC Brabant-Noordoost", "mr. F.A. Timmermans, lid college van bestuur", "22 mei 2025"]]),
    ]


# ---------------------------------------------------------------------------------------------
# h390  geïntegreerde route in eenvoudige wij-taal (Markdown)
# ---------------------------------------------------------------------------------------------
@agreement(
    390, "geintegreerde_route_wij_taal_doesburg_sport", "md",
    "Plain-language 'wij' agreement for a geïntegreerde route, Markdown with statement headings; "
    "Doesburg/Liemers, Dienstverlening en producten bb -> Medewerker sport en recreatie niveau 2; "
    "fully compliant, passende plek without automatic Entree, per-pupil transfer, own "
    "medezeggenschap arrangements, three-member binding-advice panel",
    st(P, P, P, P, P, P, P, P, P, P),
    {"a": "1. Wat we samen aanbieden", "b": "2. Sportclubs en bedrijven doen mee",
     "c": "3. Wie de route leidt", "d": "4. Hoe de besturen op de hoogte blijven",
     "e": "5. Lessen, docenten en ruimtes", "f": "6. Als de route niet (meer) past",
     "g": "7. Geld", "h": "8. Meepraten en meebeslissen", "i": "9. Als we het niet eens worden",
     "j": "10. Nieuwe partners, wijzigen en stoppen"})
def h390():
    return [
        ("title", "Samenwerkingsovereenkomst geïntegreerde route Sport en bewegen Doesburg"),
        ("subtitle", "Hanzecollege Doesburg en Sportcollege Zevenaar - vastgesteld 10 juni 2025"),
        ("p", "Wij zijn Stichting Voortgezet Onderwijs IJsselpoort, het bevoegd gezag van het "
              "Hanzecollege Doesburg (vmbo), en Stichting ROC Liemers-IJssel, het bevoegd gezag van "
              "het Sportcollege Zevenaar (mbo). Samen bieden wij vanaf 1 augustus 2025 een "
              "geïntegreerde route vmbo-basisberoepsopleiding aan, zoals bedoeld in artikel 2.107l van "
              "de Wet voortgezet onderwijs 2020 en artikel 9.1.17 van de Wet educatie en "
              "beroepsonderwijs. In deze overeenkomst staat wat wij daarover met elkaar afspreken. Waar "
              "'wij' staat, bedoelen we beide besturen samen."),

        ("h1", "1. Wat we samen aanbieden"),
        ("p", "De route start in leerjaar 3 van de basisberoepsgerichte leerweg, profiel "
              "Dienstverlening en producten, op het Hanzecollege. Ze leidt in drie jaar naar het "
              "mbo-diploma Medewerker sport en recreatie, niveau 2, in het opleidingsdomein Sport en "
              "bewegen van het Sportcollege Zevenaar. Omdat het een geïntegreerde route is, hoeft de "
              "leerling geen vmbo-examen te doen; wie dat wil of nodig heeft, kan het wel (zie 6)."),
        ("p", "Een leerling kiest in overleg met zijn ouders voor de route, nadat de mentor en de "
              "intaker van het Sportcollege met hen hebben gesproken. Beide scholen melden de route "
              "in RIO."),

        ("h1", "2. Sportclubs en bedrijven doen mee"),
        ("p", "De route draait op de inzet van sport- en recreatieaanbieders uit de Liemers. Wij "
              "hebben met hen het volgende afgesproken:"),
        ("li", "Sportcentrum De Gelderse Poort, Zwembad IJsselbad en Recreatiepark Hof van Doesburg "
               "nemen vanaf het tweede jaar van de route elk zes leerlingen aan voor een "
               "praktijkdag per week, met een vaste werkbegeleider."),
        ("li", "De Sportraad Liemers (koepel van 24 sportverenigingen) zorgt dat leerlingen in het "
               "eerste jaar bij ten minste drie verenigingen mee kunnen draaien bij jeugdtrainingen "
               "en toernooien."),
        ("li", "Twee keer per jaar komen de werkbegeleiders, de routeleider en een adviseur van SBB "
               "bij elkaar. Zij bekijken of het programma nog past bij wat het werk vraagt en kiezen "
               "samen de keuzedelen."),
        ("li", "Bij de proeve van bekwaamheid in het laatste jaar is steeds een werkbegeleider "
               "tweede beoordelaar."),

        ("h1", "3. Wie de route leidt"),
        ("p", "De route wordt geleid door een routeleider, samen met een kernteam. Het kernteam "
              "bestaat uit de routeleider, de teamleider basis van het Hanzecollege en de "
              "opleidingsmanager Sport van het Sportcollege."),
        ("p", "De routeleider wordt voor drie jaar benoemd door de twee bestuurders samen. De "
              "teamleider en de opleidingsmanager zitten in het kernteam omdat hun eigen bestuur hen "
              "daarvoor aanwijst."),
        ("p", "De besturen geven het kernteam de volgende taken en bevoegdheden: het maakt elk jaar "
              "het programma en het examenplan (PTA/OER) en legt die aan beide besturen voor; het "
              "maakt het rooster; het bepaalt welke docenten in de route lesgeven, binnen de uren die "
              "de besturen beschikbaar stellen; het beslist over de plaatsing van leerlingen bij "
              "praktijkplaatsen en over de vraag of een leerling door kan naar het volgende jaar. "
              "Het kernteam mag geen personeel aannemen of ontslaan en geen uitgaven doen boven "
              "€ 5.000; dat doen de besturen zelf."),

        ("h1", "4. Hoe de besturen op de hoogte blijven"),
        ("p", "Na elke periode van tien weken stuurt de routeleider beide bestuurders een kort "
              "verslag: hoeveel leerlingen er zijn, wie is gestopt en waarom, hoe de praktijkdagen "
              "lopen. Elk jaar in juni legt het kernteam in een gesprek met beide bestuurders "
              "verantwoording af over het afgelopen jaar, met een schriftelijke evaluatie en een "
              "overzicht van de uitgaven. Gebeurt er iets waardoor de route in gevaar komt, dan "
              "belt de routeleider meteen beide bestuurders."),

        ("h1", "5. Lessen, docenten en ruimtes"),
        ("p", "Jaar 1 van de route volgt de leerling op het Hanzecollege, met één dag per week les "
              "in de sporthal van het Sportcollege. Jaar 2 is verdeeld over beide scholen en de "
              "praktijkplaats. Jaar 3 is op het Sportcollege en de praktijkplaats. Het PTA/OER zegt "
              "per leerjaar welke onderdelen vmbo zijn, welke mbo en welke samen, en hoe er wordt "
              "getoetst."),
        ("p", "Docenten: twee sportdocenten van het Sportcollege geven vanaf jaar 1 samen acht uur "
              "per week les op het Hanzecollege. De docenten Nederlands en rekenen van het "
              "Hanzecollege blijven de leerling in jaar 2 begeleiden. Alle docenten van de route "
              "vormen één team; voor het project 'Sportdag organiseren' werkt dat team met "
              "teambevoegdheid, waarbij voor elk onderdeel een bevoegde docent eindverantwoordelijk "
              "is."),
        ("p", "Ruimtes en spullen: het Sportcollege laat de leerlingen van de route gebruikmaken van "
              "de sporthal, de fitnessruimte en het materiaal voor EHBO en sportmassage. Het "
              "Hanzecollege stelt zijn praktijklokaal Dienstverlening en producten en de laptops "
              "beschikbaar voor de mbo-lessen."),
        ("p", "Klachten: een klacht over een docent van de andere school wordt behandeld door de "
              "school waar de klacht is ingediend; de andere school werkt mee en levert de gegevens "
              "die nodig zijn."),

        ("h1", "6. Als de route niet (meer) past"),
        ("p", "Wij garanderen iedere leerling die de route verlaat een passende plek. Dat betekent "
              "niet dat hij vanzelf naar de Entree-opleiding gaat. We kijken naar het moment van "
              "stoppen:"),
        ("li", "Stopt een leerling in het eerste jaar, dan gaat hij verder in de basisberoepsgerichte "
               "leerweg van het Hanzecollege, in hetzelfde of een ander profiel, en doet hij gewoon "
               "vmbo-examen."),
        ("li", "Stopt hij later, dan kan hij bij het Sportcollege of een ander college van ROC "
               "Liemers-IJssel instromen in een andere opleiding op niveau 2, bijvoorbeeld "
               "Medewerker facilitaire dienstverlening of Helpende zorg en welzijn. Daarvoor gelden "
               "geen extra toelatingseisen."),
        ("li", "Wil hij liever eerst een vmbo-diploma, dan mag hij het vmbo-examen basis alsnog "
               "afleggen op het Hanzecollege; daarna kan hij iedere mbo-opleiding kiezen waarvoor hij "
               "toelaatbaar is."),
        ("li", "Alleen als een diploma op niveau 2 echt niet haalbaar blijkt, bespreken we de "
               "Entree-opleiding, met als doel een baan."),
        ("p", "Wie beslist? De teamleider van het Hanzecollege en de opleidingsmanager van het "
              "Sportcollege beslissen samen, nadat zij met de leerling en zijn ouders hebben gepraat. "
              "Zij kijken naar wat de leerling al heeft gehaald, naar zijn leeftijd en naar wat hij "
              "zelf wil. Hoe dat precies gaat, staat ook in de schoolgids."),

        ("h1", "7. Geld"),
        ("p", "Het Hanzecollege krijgt voor de leerlingen van de route de vo-bekostiging zolang zij "
              "daar staan ingeschreven. Het Hanzecollege maakt voor iedere leerling in jaar 1 en 2 van "
              "de route € 900 per jaar over aan ROC Liemers-IJssel. Dat geld is voor de lessen van de "
              "sportdocenten op het Hanzecollege en het gebruik van de sporthal en de fitnessruimte. "
              "Het ROC stuurt in oktober een rekening op basis van het aantal leerlingen op 1 oktober. "
              "Verder betaalt ieder zijn eigen kosten."),

        ("h1", "8. Meepraten en meebeslissen"),
        ("p", "Voor leerlingen en ouders geldt de medezeggenschap van de school of het ROC waar de "
              "leerling staat ingeschreven. Daarbovenop spreken wij af:"),
        ("li", "De leerlingen van de route kiezen elk jaar één vertegenwoordiger. Die zit in de "
               "leerlingenraad van het Hanzecollege en mag twee keer per jaar meepraten in de "
               "studentenraad van het Sportcollege."),
        ("li", "Als het ROC een besluit neemt dat vooral over de route gaat, vraagt het ook de "
               "medezeggenschapsraad van het Hanzecollege om advies."),

        ("h1", "9. Als we het niet eens worden"),
        ("p", "Zijn wij het over de uitvoering van deze overeenkomst niet eens, dan praten eerst de "
              "routeleider en de twee leden van het kernteam erover. Lukt het dan niet binnen drie "
              "weken, dan gaan de twee bestuurders met elkaar in gesprek. Komen ook zij er binnen zes "
              "weken niet uit, dan leggen we het geschil voor aan een commissie van drie mensen: elk "
              "bestuur kiest één lid, en die twee kiezen samen een voorzitter. De commissie doet "
              "binnen twee maanden een bindende uitspraak; de kosten delen we."),

        ("h1", "10. Nieuwe partners, wijzigen en stoppen"),
        ("li", "Een andere vmbo-school of mbo-instelling mag meedoen als beide besturen dat "
               "schriftelijk goed vinden en de nieuwe partner deze overeenkomst ondertekent. Meedoen "
               "kan per 1 augustus. Voor leerlingen die al in de route zitten, verandert daardoor "
               "niets."),
        ("li", "Wijzigingen maken we alleen schriftelijk, ondertekend door beide besturen, en ze "
               "gaan in bij het begin van een schooljaar, zodat leerlingen niet midden in het jaar "
               "met iets nieuws te maken krijgen."),
        ("li", "Deze overeenkomst loopt vijf jaar en wordt daarna steeds met een jaar verlengd. Wie "
               "wil stoppen, zegt schriftelijk op vóór 1 januari; de overeenkomst eindigt dan op "
               "31 juli van dat schooljaar. Er komen dan geen nieuwe leerlingen meer bij, maar wie "
               "al in de route zit, maakt haar af op de manier die in deze overeenkomst staat."),
        ("li", "Houdt een van ons zich ernstig niet aan de afspraken en verandert dat na een "
               "schriftelijke waarschuwing niet binnen drie maanden, dan mag de ander de "
               "overeenkomst ontbinden; ook dan maken zittende leerlingen de route af."),

        ("h1", "Ondertekening"),
        ("p", "Doesburg, 10 juni 2025"),
        ("p", "Voor Stichting Voortgezet Onderwijs IJsselpoort: A. Roelofsen, bestuurder"),
        ("p", "Voor Stichting ROC Liemers-IJssel: drs. K. te Winkel, voorzitter college van bestuur"),
    ]


# ---------------------------------------------------------------------------------------------
# h391  korte hoofdtekst + afsprakenbijlage in hetzelfde document (PDF)
# ---------------------------------------------------------------------------------------------
@agreement(
    391, "hoofdtekst_afsprakenbijlage_schijndel_bouw", "pdf",
    "Short main agreement (7 articles) whose substantive arrangements sit in an Afsprakenbijlage "
    "inside the same document with decimal numbering, PDF; Schijndel/Meierij, BWI kb -> Allround "
    "timmerman niveau 3; compliant, percentage-based funding transfer; medezeggenschap only "
    "describes the regimes and says extra arrangements 'kunnen' be made (h not applicable)",
    st(P, P, P, P, P, P, P, NA, P, P),
    {"a": "B1 Opleidingen in de route", "b": "B2 Betrokkenheid van bouwbedrijven",
     "c": "B3 Regie op de route", "d": "B4 Rapporteren aan de besturen",
     "e": "B5 Organisatie van het onderwijs", "f": "B6 Van route wisselen of uitstappen",
     "g": "B7 Financiële verdeling", "i": "Artikel 5 Verschil van inzicht",
     "j": "Artikel 6 Toetreding, wijziging en einde"},
    font="Helvetica", size=10,
    header="Samenwerkingsovereenkomst Bouwroute Schijndel",
    doc_title="Samenwerkingsovereenkomst Bouwroute Schijndel", author="Vakcollege Schijndel")
def h391():
    return [
        ("title", "Samenwerkingsovereenkomst Bouwroute Schijndel"),
        ("subtitle", "doorlopende leerroute vmbo-mbo bouw - hoofdovereenkomst met afsprakenbijlage"),
        ("p", "Partijen: Stichting Voortgezet Onderwijs Meierij-West, te Schijndel, bevoegd gezag van "
              "het Vakcollege Schijndel, hierbij vertegenwoordigd door haar bestuurder de heer "
              "G.A.M. van der Heijden, en Stichting ROC De Dommel-Aa, te 's-Hertogenbosch, bevoegd "
              "gezag van ROC De Dommel-Aa, waarvan de Bouwcampus 's-Hertogenbosch deel uitmaakt, "
              "hierbij vertegenwoordigd door mevrouw ir. B. Wijnen-Pennings, lid van het college van "
              "bestuur. Partijen spreken het volgende af."),
        ("h2", "Artikel 1 Onderwerp"),
        ("p", "Partijen verzorgen met ingang van het schooljaar 2025-2026 samen de doorlopende "
              "leerroute die in de Afsprakenbijlage is beschreven. Deze overeenkomst is een "
              "samenwerkingsovereenkomst als bedoeld in artikel 2.107b van de Wet voortgezet onderwijs "
              "2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs."),
        ("h2", "Artikel 2 Afsprakenbijlage"),
        ("p", "De Afsprakenbijlage maakt integraal deel uit van deze overeenkomst. De afspraken daarin "
              "binden partijen op dezelfde wijze als de artikelen van deze hoofdovereenkomst. Bij "
              "tegenstrijdigheid gaat de hoofdovereenkomst voor."),
        ("h2", "Artikel 3 Melding"),
        ("p", "Partijen melden de route gezamenlijk door registratie in RIO vóór 1 oktober 2025."),
        ("h2", "Artikel 4 Looptijd"),
        ("p", "Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("h2", "Artikel 5 Verschil van inzicht"),
        ("p", "5.1 Verschillen van inzicht over de uitvoering van deze overeenkomst worden eerst "
              "besproken in de routeregie (B3). Lukt het daar niet binnen een maand, dan bespreken de "
              "bestuurders van partijen de kwestie in een bestuurlijk overleg."),
        ("p", "5.2 Blijft het geschil bestaan, dan vragen partijen een bemiddelaar die zij samen "
              "kiezen. Heeft bemiddeling na drie maanden geen resultaat, dan wordt het geschil "
              "beslecht door arbitrage volgens het reglement van het Nederlands Arbitrage Instituut; "
              "het scheidsgerecht bestaat uit één arbiter en zetelt in 's-Hertogenbosch."),
        ("h2", "Artikel 6 Toetreding, wijziging en einde"),
        ("p", "6.1 Een ander schoolbestuur voor vmbo of een andere instelling voor beroepsonderwijs kan "
              "toetreden als beide partijen daarmee schriftelijk instemmen en de toetreder deze "
              "overeenkomst met bijlage schriftelijk aanvaardt. Toetreding gaat in per 1 augustus; "
              "partijen passen dan de routeregie (B3) aan en melden de toetreder in RIO. Leerlingen "
              "die al in de route zitten houden hun programma."),
        ("p", "6.2 Wijziging van de hoofdovereenkomst of de Afsprakenbijlage gebeurt uitsluitend "
              "schriftelijk en met handtekening van beide bestuurders. Een wijziging van het "
              "programma geldt alleen voor cohorten die na de wijziging instromen, tenzij de "
              "routeregie vaststelt dat zittende leerlingen er geen nadeel van hebben."),
        ("p", "6.3 Elke partij kan de overeenkomst opzeggen tegen 31 juli van een schooljaar met een "
              "opzegtermijn van minimaal tien maanden. Vanaf de opzegging stromen geen nieuwe "
              "leerlingen in. Leerlingen en studenten die op dat moment in de route zitten, maken de "
              "route af; beide partijen houden daartoe hun inzet in stand zo lang als nodig. De "
              "overeenkomst kan ook worden ontbonden wegens een ernstige tekortkoming die na "
              "schriftelijke aanmaning niet binnen twee maanden is hersteld, met dezelfde garantie "
              "voor zittende leerlingen."),
        ("h2", "Artikel 7 Ondertekening"),
        ("p", "Schijndel, 27 mei 2025."),
        ("p", "G.A.M. van der Heijden, bestuurder Stichting Voortgezet Onderwijs Meierij-West"),
        ("p", "ir. B. Wijnen-Pennings, lid college van bestuur Stichting ROC De Dommel-Aa"),

        ("pb",),
        ("h1", "Afsprakenbijlage Bouwroute Schijndel"),
        ("h2", "B1 Opleidingen in de route"),
        ("p", "B1.1 De route verbindt het profiel Bouwen, wonen en interieur in de kaderberoepsgerichte "
              "leerweg van het Vakcollege Schijndel met de vakopleiding Allround timmerman (niveau 3) "
              "van de Bouwcampus 's-Hertogenbosch, opleidingsdomein Bouw en infra."),
        ("p", "B1.2 De route telt vijf leerjaren: twee in de vo-fase en drie in de mbo-fase. Vanaf het "
              "derde leerjaar van de route volgt de student de opleiding in de bol; overstap naar de "
              "bbl in het laatste leerjaar is mogelijk als er een leerbaan is."),
        ("h2", "B2 Betrokkenheid van bouwbedrijven"),
        ("p", "B2.1 Bouwbedrijf Van Kessel Schijndel, Timmerfabriek De Meierij en Aannemersbedrijf "
              "Gebr. Habraken hebben zich tegenover partijen verbonden om: in de vo-fase per klas "
              "vier bouwplaatsbezoeken te ontvangen; in het tweede leerjaar van de route een "
              "praktijkopdracht te leveren (een tuinhuis of overkapping die echt wordt gebouwd); en in "
              "de mbo-fase samen ten minste vijftien bpv-plaatsen per jaar aan te bieden."),
        ("p", "B2.2 Bouwmensen Noordoost-Brabant (het regionale opleidingsbedrijf) leent per "
              "schooljaar twintig dagdelen een praktijkinstructeur uit voor de werkplaatslessen in de "
              "vo-fase en neemt deel aan het jaarlijkse programmaoverleg, waarin de bedrijven, de "
              "routeregie en SBB de inhoud van de route en de keuzedelen bespreken."),
        ("p", "B2.3 Bij de proeve van bekwaamheid in het laatste leerjaar beoordeelt een uitvoerder van "
              "een van de genoemde bedrijven mee."),
        ("h2", "B3 Regie op de route"),
        ("p", "B3.1 De routeregie bestaat uit de sectordirecteur bouw van het Vakcollege, de "
              "teamleider timmeren van de Bouwcampus en een gezamenlijke routecoördinator."),
        ("p", "B3.2 De bestuurder van de Stichting Voortgezet Onderwijs Meierij-West wijst de "
              "sectordirecteur aan en het college van bestuur van ROC De Dommel-Aa de teamleider. "
              "De routecoördinator wordt door beide bestuurders samen benoemd, na een gezamenlijke "
              "selectieprocedure, voor een termijn van drie jaar."),
        ("p", "B3.3 De routeregie heeft tot taak: het jaarprogramma en het gezamenlijke PTA/OER "
              "opstellen en ter vaststelling aan de besturen voorleggen; de roosters afstemmen; de "
              "docenten van beide partijen inroosteren binnen de vastgestelde formatie; "
              "bpv-plaatsen verdelen; beslissen over bevordering en over de overstap volgens B6. De "
              "routeregie is niet bevoegd tot het aangaan van financiële verplichtingen boven "
              "€ 7.500 of tot personele besluiten; die blijven bij de besturen."),
        ("h2", "B4 Rapporteren aan de besturen"),
        ("p", "B4.1 De routecoördinator stuurt beide bestuurders per kwartaal een dashboard met "
              "aantallen leerlingen, verzuim, voortgang, uitval en bpv-plaatsen."),
        ("p", "B4.2 Vóór 1 juli legt de routeregie een jaarverantwoording voor aan beide besturen, "
              "die in het bestuurlijk overleg van juli wordt besproken en vastgesteld."),
        ("h2", "B5 Organisatie van het onderwijs"),
        ("p", "B5.1 Leslocaties: in de vo-fase het Vakcollege Schijndel (Wijbosscheweg) met in het "
              "tweede leerjaar één dag per week de werkplaats van de Bouwcampus; in de mbo-fase de "
              "Bouwcampus 's-Hertogenbosch en de leerbedrijven."),
        ("p", "B5.2 Inzet van personeel: een docent timmeren van de Bouwcampus geeft in de vo-fase zes "
              "uur per week les op het Vakcollege; de docent wiskunde van het Vakcollege verzorgt in "
              "het derde leerjaar een bijspijkerprogramma rekenen op de Bouwcampus. Alle docenten van "
              "de route vormen één docententeam; teambevoegdheid wordt toegepast voor het "
              "vakoverstijgende onderdeel 'Maatvoering en bouwtekening lezen'. Elk teamlid is "
              "verantwoordelijk voor het deel waarvoor hij bevoegd is."),
        ("p", "B5.3 Faciliteiten: het Vakcollege stelt zijn houtwerkplaats en machinekamer beschikbaar "
              "aan de Bouwcampus voor avondcursussen; de Bouwcampus stelt de CNC-werkplaats en de "
              "steigeroefenhal open voor leerlingen in de vo-fase. Gereedschap en "
              "werkkleding voor de vo-fase komen van het Vakcollege."),
        ("p", "B5.4 Examinering: vmbo-examen in het tweede leerjaar van de route; herkansing in het "
              "derde leerjaar. Programma en examinering per leerjaar staan in het PTA/OER."),
        ("h2", "B6 Van route wisselen of uitstappen"),
        ("p", "B6.1 Wie in de vo-fase de route verlaat, maakt het vmbo af in de kaderberoepsgerichte "
              "leerweg van het Vakcollege, in Bouwen, wonen en interieur of een ander profiel."),
        ("p", "B6.2 Wie in de mbo-fase uitstapt, kan bij ROC De Dommel-Aa door in een andere "
              "vakopleiding op niveau 3 (bijvoorbeeld Allround installatiemonteur of Allround "
              "schilder) of, als niveau 3 te hoog gegrepen is, in de opleiding Timmerman op niveau 2, "
              "zonder dat vooropleidingseisen worden gesteld. Een overstap naar een andere "
              "instelling wordt door de Bouwcampus voorbereid met een overdrachtsdossier."),
        ("p", "B6.3 Wie het vmbo-diploma aan het einde van het derde leerjaar nog niet heeft, kan "
              "doorgaan in de mbo-opleiding en het vmbo-examen in het volgende jaar alsnog afronden."),
        ("p", "B6.4 Over de overstap beslissen de sectordirecteur van het Vakcollege en de "
              "teamleider van de Bouwcampus samen, na een gesprek met de leerling en zijn ouders; "
              "het bereikte niveau en de leeftijd van de leerling zijn daarbij leidend."),
        ("h2", "B7 Financiële verdeling"),
        ("p", "B7.1 Het Vakcollege draagt voor iedere leerling in het eerste en tweede leerjaar van de "
              "route 12 procent van de per leerling ontvangen lumpsumbekostiging over aan ROC De "
              "Dommel-Aa. Dit bedrag is bestemd voor de lessen van de docent timmeren van de "
              "Bouwcampus op het Vakcollege en voor het gebruik van de werkplaats en de "
              "steigeroefenhal in de vo-fase."),
        ("p", "B7.2 De berekening gebeurt op basis van de leerlingtelling per 1 oktober; ROC De "
              "Dommel-Aa factureert jaarlijks in december. Verdere overdracht van bekostiging vindt "
              "niet plaats."),
        ("h2", "B8 Medezeggenschap"),
        ("p", "Voor leerlingen in de vo-fase, hun ouders en het personeel van het Vakcollege geldt de "
              "Wet medezeggenschap op scholen. Voor studenten in de mbo-fase geldt de Wet educatie en "
              "beroepsonderwijs en voor het personeel van ROC De Dommel-Aa de Wet op de "
              "ondernemingsraden. Partijen kunnen aanvullende afspraken over de medezeggenschap "
              "maken als de medezeggenschapsorganen daarom vragen."),
    ]


# ---------------------------------------------------------------------------------------------
# h392  bestuurssecretaris, nominale stijl, lange considerans (DOCX)
# ---------------------------------------------------------------------------------------------
@agreement(
    392, "bestuurssecretaris_nominale_stijl_considerans_wijk_bij_duurstede_handel", "docx",
    "Formal agreement in nominal bestuurssecretaris style with a long considerans, DOCX; Wijk bij "
    "Duurstede, Economie en ondernemen kb -> Verkoopspecialist niveau 3; dispute resolution only "
    "announced in the considerans (i missing), Routeraad without any appointment rule (c weak), "
    "overstap within the same instelling made subject to vooropleidingseisen (f weak)",
    st(P, P, W, P, P, W, P, P, M, P),
    {"a": "Artikel 2 Reikwijdte", "b": "Artikel 3 Participatie van ondernemers",
     "d": "Artikel 5 Informatievoorziening en verantwoording", "e": "Artikel 6 Uitvoering",
     "g": "Artikel 9 Financiële bepalingen", "h": "Artikel 10 Medezeggenschap",
     "j": "Artikel 11 Toetreding, opzegging en wijziging"},
    author="Bestuursbureau Scholengroep Duurstede", docx_font="Cambria", docx_size=11,
    doc_title="Samenwerkingsovereenkomst doorlopende leerroute Handel Wijk bij Duurstede")
def h392():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Handel en ondernemerschap"),
        ("subtitle", "Kenmerk BB/2025/117 - Wijk bij Duurstede, 5 juni 2025"),
        ("h1", "Ondergetekenden"),
        ("p", "I. de Stichting Scholengroep Duurstede, gevestigd te Wijk bij Duurstede, bevoegd gezag "
              "van het Duurstede Vakcollege, ten deze vertegenwoordigd door de voorzitter van het "
              "college van bestuur, mevrouw mr. J.E. Verbeek-Hoogendoorn, hierna te noemen: 'de "
              "school';"),
        ("p", "II. de Stichting Regionaal Opleidingencentrum Utrecht-Zuidoost, gevestigd te Houten, "
              "bevoegd gezag van ROC Utrecht-Zuidoost, ten deze vertegenwoordigd door de voorzitter "
              "van het college van bestuur, de heer drs. P.H. Bakker, hierna te noemen: 'de "
              "instelling';"),
        ("h1", "Considerans"),
        ("p", "in aanmerking nemende:"),
        ("li", "dat het Duurstede Vakcollege en de School voor Handel & Ondernemerschap van de "
               "instelling sinds het schooljaar 2021-2022 samenwerken in een keuzedeelprogramma "
               "voor vmbo-leerlingen met belangstelling voor de detailhandel;"),
        ("li", "dat de detailhandel in de Kromme Rijnstreek kampt met een tekort aan vakkrachten op "
               "niveau 3 en de lokale ondernemers om een vroegere en meer praktijkgerichte opleiding "
               "vragen;"),
        ("li", "dat partijen deze samenwerking willen verdiepen tot een doorlopende leerroute als "
               "bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020;"),
        ("li", "dat partijen het wenselijk achten dat eventuele geschillen over de uitvoering van "
               "deze overeenkomst langs de weg van een getrapte escalatie en, zo nodig, door bindend "
               "advies van een onafhankelijke derde worden beslecht, zodat de continuïteit van de "
               "route voor de leerlingen niet in gevaar komt;"),
        ("li", "dat de medezeggenschapsraad van de school en de studentenraad van de instelling over "
               "het voornemen tot samenwerking positief hebben geadviseerd;"),
        ("p", "komen het volgende overeen:"),

        ("h1", "Artikel 1 Begripsbepalingen"),
        ("p", "In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute bedoeld in "
              "artikel 2; vo-fase: de eerste twee leerjaren van de route; mbo-fase: de leerjaren "
              "van de route na de vo-fase; Routeraad: het orgaan bedoeld in artikel 4; deelnemer: "
              "de leerling of student die aan de route deelneemt."),

        ("h1", "Artikel 2 Reikwijdte"),
        ("p", "2.1 Deze overeenkomst heeft betrekking op de doorlopende leerroute die aanvangt in het "
              "profiel Economie en ondernemen, kaderberoepsgerichte leerweg, van het Duurstede "
              "Vakcollege en die leidt tot het diploma van de vakopleiding Verkoopspecialist "
              "(niveau 3), opleidingsdomein Handel, van de School voor Handel & Ondernemerschap van de "
              "instelling te Houten."),
        ("p", "2.2 De totale studieduur van de route bedraagt vijf leerjaren. De aanmelding van de "
              "route bij de minister geschiedt door registratie in RIO door beide partijen."),

        ("h1", "Artikel 3 Participatie van ondernemers"),
        ("p", "3.1 De Ondernemersvereniging Wijk Centraal, de filialen van Supermarkt Van Dijk en "
              "Bouwmarkt De Lek, alsmede de Stichting Winkelcentrum De Markt, hebben zich jegens "
              "partijen verbonden tot de volgende bijdragen aan de route:"),
        ("li", "het ter beschikking stellen van ten minste twintig stageplaatsen per schooljaar voor "
               "deelnemers in de mbo-fase, alsmede van snuffelstages van één week in het tweede "
               "leerjaar van de route;"),
        ("li", "de levering van een jaarlijkse praktijkopdracht op het gebied van "
               "winkelpresentatie en klantbediening, uit te voeren in de 'pop-upwinkel' van de "
               "school;"),
        ("li", "deelname aan het halfjaarlijkse ondernemersoverleg, waarin het programma, de keuzedelen "
               "en de beoordelingscriteria van de praktijkexamens worden besproken;"),
        ("li", "de medebeoordeling van de proeve van bekwaamheid door een ondernemer of "
               "filiaalmanager."),

        ("h1", "Artikel 4 Leiding"),
        ("p", "4.1 De leiding over de route berust bij de Routeraad. De Routeraad bestaat uit de "
              "teamleider economie van het Duurstede Vakcollege, de opleidingsmanager retail van de "
              "instelling en de praktijkcoördinator van de route."),
        ("p", "4.2 Aan de Routeraad zijn door de besturen van partijen opgedragen: de vaststelling van "
              "het jaarrooster en de lessentabel; de verdeling van de docenteninzet binnen de door de "
              "besturen ter beschikking gestelde formatie; de voorbereiding van het gezamenlijke "
              "PTA/OER; de beslissing over bevordering binnen de route; de toewijzing van stageplaatsen; "
              "de beslissing over de overstap als bedoeld in artikel 8."),
        ("p", "4.3 Besluiten met financiële gevolgen boven € 10.000, besluiten inzake personeel en "
              "het besluit tot beëindiging van de instroom zijn voorbehouden aan de besturen."),

        ("h1", "Artikel 5 Informatievoorziening en verantwoording"),
        ("p", "5.1 De Routeraad verstrekt de besturen van beide partijen na afloop van ieder kwartaal "
              "een rapportage omtrent instroom, doorstroom, uitval, verzuim en examenresultaten."),
        ("p", "5.2 De Routeraad legt jaarlijks, uiterlijk op 15 september, door middel van een "
              "schriftelijk jaarverslag verantwoording af aan de besturen van beide partijen over het "
              "voorafgaande schooljaar. Het jaarverslag wordt besproken in het bestuurlijk overleg "
              "van oktober."),

        ("h1", "Artikel 6 Uitvoering"),
        ("p", "6.1 Het onderwijs in de vo-fase wordt verzorgd in het gebouw van het Duurstede "
              "Vakcollege aan de Karel de Grotestraat, met ingang van het tweede leerjaar aangevuld "
              "met één lesdag per week in het retaillab van de instelling te Houten. Het onderwijs in "
              "de mbo-fase wordt verzorgd op de locatie van de instelling en bij de stagebedrijven."),
        ("p", "6.2 Ten aanzien van de inzet van personeel geldt: twee docenten retail van de "
              "instelling verzorgen in de vo-fase gezamenlijk vijf lesuren per week op de school; "
              "de mentor van de school blijft in het derde leerjaar van de route betrokken als "
              "coach bij de herkansing van het vmbo-examen. De docenten vormen één team; voor het "
              "vakoverstijgende onderdeel 'Eigen webwinkel' wordt gebruikgemaakt van de "
              "teambevoegdheid van artikel 7.13a van de Wet voortgezet onderwijs 2020."),
        ("p", "6.3 Ten aanzien van het gebruik van faciliteiten geldt: de instelling stelt het "
              "retaillab, de kassasystemen en de e-commerce-oefenomgeving ter beschikking aan "
              "deelnemers in de vo-fase; de school stelt de pop-upwinkel en de ICT-voorzieningen ter "
              "beschikking voor lessen van docenten van de instelling."),
        ("p", "6.4 Onderwijsprogramma, examinering en beroepspraktijkvorming per leerjaar zijn "
              "vastgelegd in het gezamenlijke PTA/OER. Het vmbo-examen wordt afgelegd in het tweede "
              "leerjaar van de route; herkansing is mogelijk tot en met het derde leerjaar."),

        ("h1", "Artikel 7 Begeleiding en klachten"),
        ("p", "7.1 Iedere deelnemer heeft per leerjaar een vaste mentor of studieloopbaanbegeleider. "
              "Bij de overgang naar de mbo-fase vindt een overdrachtsgesprek plaats."),
        ("p", "7.2 Een klacht over een gedraging van een medewerker van de andere partij wordt "
              "behandeld volgens de klachtenregeling van de partij waar de klacht is ingediend; de "
              "andere partij verleent volledige medewerking."),

        ("h1", "Artikel 8 Beëindiging van de deelname"),
        ("p", "8.1 Bij beëindiging van de deelname in de vo-fase zet de deelnemer de opleiding voort "
              "in de kaderberoepsgerichte leerweg van het Duurstede Vakcollege, in het profiel "
              "Economie en ondernemen of een ander profiel, met het oog op het behalen van het "
              "vmbo-diploma."),
        ("p", "8.2 Bij beëindiging van de deelname in de mbo-fase kan de deelnemer worden toegelaten "
              "tot een andere opleiding van de instelling op niveau 2 of 3, zoals Medewerker "
              "retail of Commercieel medewerker, mits hij voldoet aan de vooropleidingseisen die "
              "voor die opleiding gelden. Een deelnemer die niet in het bezit is van het "
              "vmbo-diploma, komt niet voor een dergelijke overstap in aanmerking en keert terug naar "
              "de school om het vmbo-diploma te behalen."),
        ("p", "8.3 De beslissing omtrent de overstap wordt door de Routeraad genomen na overleg met de "
              "deelnemer en, indien minderjarig, diens ouders, met inachtneming van het bereikte "
              "onderwijsniveau en de leeftijd van de deelnemer."),

        ("h1", "Artikel 9 Financiële bepalingen"),
        ("p", "9.1 Met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 draagt de "
              "school jaarlijks een bedrag van € 900 per deelnemer in de vo-fase over aan de "
              "instelling, met een maximum van € 21.600 per schooljaar."),
        ("p", "9.2 Het overgedragen bedrag wordt door de instelling uitsluitend aangewend voor de "
              "inzet van de docenten retail bedoeld in artikel 6.2 en het gebruik van het retaillab "
              "en de e-commerce-oefenomgeving bedoeld in artikel 6.3."),
        ("p", "9.3 Peildatum is 1 oktober; betaling geschiedt binnen dertig dagen na ontvangst van de "
              "factuur van de instelling."),

        ("h1", "Artikel 10 Medezeggenschap"),
        ("p", "10.1 Onverminderd de toepasselijkheid van de Wet medezeggenschap op scholen en de "
              "Wet educatie en beroepsonderwijs komen partijen overeen dat de medezeggenschapsraad "
              "van de school en de studentenraad van de instelling elk twee leden aanwijzen in een "
              "gezamenlijke routecommissie medezeggenschap."),
        ("p", "10.2 De routecommissie wordt door de Routeraad ten minste tweemaal per schooljaar "
              "geïnformeerd en gehoord over de uitvoering van de route, en brengt advies uit over "
              "voorgenomen wijzigingen van het PTA/OER en van deze overeenkomst. Deelnemers in het "
              "tweede leerjaar van de route kunnen als toehoorder de vergaderingen van de "
              "studentenraad bijwonen."),

        ("h1", "Artikel 11 Toetreding, opzegging en wijziging"),
        ("p", "11.1 Toetreding van een ander bevoegd gezag van een school voor vmbo of van een "
              "instelling voor beroepsonderwijs is mogelijk na schriftelijke instemming van beide "
              "partijen en ondertekening door de toetredende partij van een verklaring van "
              "gebondenheid aan deze overeenkomst. Toetreding heeft geen gevolgen voor de "
              "programma's van de zittende deelnemers."),
        ("p", "11.2 Opzegging door een partij geschiedt schriftelijk tegen het einde van een "
              "schooljaar met inachtneming van een termijn van twaalf maanden. Na opzegging vindt "
              "geen nieuwe instroom plaats; deelnemers die op het tijdstip van opzegging aan de route "
              "deelnemen, worden in staat gesteld de route bij partijen af te ronden."),
        ("p", "11.3 Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk, na advies van "
              "de routecommissie medezeggenschap, en met ingang van een nieuw schooljaar, met dien "
              "verstande dat een wijziging geen nadelige gevolgen heeft voor deelnemers in hun "
              "laatste leerjaar."),

        ("h1", "Artikel 12 Duur"),
        ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
              "onbepaalde tijd. Partijen evalueren haar in het schooljaar 2027-2028."),

        ("h1", "Ondertekening"),
        ("p", "Aldus in tweevoud opgemaakt en ondertekend te Wijk bij Duurstede op 5 juni 2025."),
        ("table", [["Voor de school", "Voor de instelling"],
                   ["mr. J.E. Verbeek-Hoogendoorn, voorzitter college van bestuur",
                    "drs. P.H. Bakker, voorzitter college van bestuur"]]),
    ]


# === END OF AGREEMENTS ===


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(x) for x in argv] if argv else sorted(AGREEMENTS)
    for n in nums:
        if n not in AGREEMENTS:
            sys.exit("unknown number %s" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
