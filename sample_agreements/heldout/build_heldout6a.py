#!/usr/bin/env python3
"""Held-out sample agreements h73-h80 for leerroute-check.

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at any checker code, model, test, benchmark or
any other sample text or build script. Every school, instelling, company and person is made up.

Usage:
    python3 build_heldout6a.py            build all samples
    python3 build_heldout6a.py h73 h75    build only those
    python3 build_heldout6a.py --check    verify every produced file
"""
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(key, name, fmt, description, statuses, evidence, blocks, **opts):
    assert set(statuses) == set("abcdefghij"), key
    SAMPLES[key] = dict(name=name, fmt=fmt, description=description, statuses=statuses,
                        evidence=evidence, blocks=blocks, opts=opts)


# ---------------------------------------------------------------------------
# Block model
#   ("title", s) ("sub", s) ("h", s) ("h2", s) ("p", s) ("small", s)
#   ("ul", [s, ...]) ("ol", [s, ...]) ("table", rows, widths|None, header_bool)
#   ("sig", [[lines...], [lines...]]) ("pb",) ("fb",) ("sp", points)
# Inline markup: **bold** and //italic//.
# ---------------------------------------------------------------------------

INLINE = re.compile(r"(\*\*.+?\*\*|//.+?//)")


def plain(s):
    return INLINE.sub(lambda m: m.group(0)[2:-2], s)


def rl_markup(s):
    out = []
    for part in INLINE.split(s):
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            out.append("<b>%s</b>" % escape(part[2:-2]))
        elif part.startswith("//") and part.endswith("//") and len(part) > 4:
            out.append("<i>%s</i>" % escape(part[2:-2]))
        else:
            out.append(escape(part))
    return "".join(out)


# ---------------------------------------------------------------------------
# PDF (reportlab)
# ---------------------------------------------------------------------------

def build_pdf(path, s):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle, PageBreak, FrameBreak, NextPageTemplate,
                                    KeepTogether)
    o = s["opts"]
    font = o.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    size = o.get("size", 10)
    pagesize = landscape(A4) if o.get("landscape") else A4
    W, H = pagesize
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=size + 8,
                                alignment=TA_CENTER, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=size + 1, leading=size + 4,
                              alignment=TA_CENTER, spaceAfter=6),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=size + 4,
                            spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size + 3,
                             spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3,
                            spaceAfter=4, alignment=TA_JUSTIFY if o.get("justify") else 0),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3,
                                spaceAfter=3),
        "li": ParagraphStyle("li", fontName=font, fontSize=size, leading=size * 1.3,
                             leftIndent=14, bulletIndent=3, spaceAfter=2),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
    }
    margin = o.get("margin", 2.2 * cm)
    footer = o.get("footer", "")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 8)
        if footer:
            canv.drawString(margin, 1.2 * cm, footer)
        canv.drawRightString(W - margin, 1.2 * cm, "pagina %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=margin, invariant=1,
                          title=o.get("pdf_title", plain(s["blocks"][0][1])),
                          author=o.get("pdf_author", ""), subject="", creator="", producer="")
    fw = W - 2 * margin
    fh = H - 2 * margin
    if o.get("two_col"):
        gap = 0.8 * cm
        cw = (fw - gap) / 2
        top_h = o.get("top_h", 7 * cm)
        first = [Frame(margin, H - margin - top_h, fw, top_h, id="top"),
                 Frame(margin, margin, cw, fh - top_h, id="c1"),
                 Frame(margin + cw + gap, margin, cw, fh - top_h, id="c2")]
        later = [Frame(margin, margin, cw, fh, id="l1"),
                 Frame(margin + cw + gap, margin, cw, fh, id="l2")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=on_page),
                              PageTemplate("later", later, onPage=on_page)])
        avail = cw
    else:
        doc.addPageTemplates([PageTemplate("one", [Frame(margin, margin, fw, fh, id="f")],
                                           onPage=on_page)])
        avail = fw
    story = []
    if o.get("two_col"):
        story.append(NextPageTemplate("later"))
    for b in s["blocks"]:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p", "small"):
            story.append(Paragraph(rl_markup(b[1]), st[kind]))
        elif kind == "ul":
            for it in b[1]:
                story.append(Paragraph(rl_markup(it), st["li"], bulletText="\u2022"))
            story.append(Spacer(1, 3))
        elif kind == "ol":
            for i, it in enumerate(b[1], 1):
                story.append(Paragraph(rl_markup(it), st["li"], bulletText="%s." % i))
            story.append(Spacer(1, 3))
        elif kind == "table":
            rows, widths, header = b[1], b[2], b[3]
            data = []
            for r_i, row in enumerate(rows):
                data.append([Paragraph(rl_markup(c), st["cellb" if (header and r_i == 0) else "cell"])
                             for c in row])
            if widths:
                cws = [avail * w for w in widths]
            else:
                cws = [avail / len(rows[0])] * len(rows[0])
            t = Table(data, colWidths=cws, repeatRows=1 if header else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if header:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            cols = b[1]
            data = [[Paragraph("<br/>".join(rl_markup(x) for x in col), st["p"]) for col in cols]]
            t = Table(data, colWidths=[avail / len(cols)] * len(cols))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([Spacer(1, 8), t]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "fb":
            story.append(FrameBreak())
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        else:
            raise ValueError(kind)
    doc.build(story)


# ---------------------------------------------------------------------------
# DOCX (python-docx), deterministic
# ---------------------------------------------------------------------------

def _docx_runs(par, s):
    for part in INLINE.split(s):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            par.add_run(part[2:-2]).bold = True
        elif part.startswith("//") and part.endswith("//") and len(part) > 4:
            par.add_run(part[2:-2]).italic = True
        else:
            par.add_run(part)


def build_docx(path, s):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    o = s["opts"]
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = d.styles["Normal"]
    normal.font.name = o.get("font", "Calibri")
    normal.font.size = Pt(o.get("size", 10.5))
    cp = d.core_properties
    cp.author = o.get("author", "")
    cp.last_modified_by = o.get("author", "")
    cp.title = plain(s["blocks"][0][1])
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    heading_style = o.get("heading_style", True)
    for b in s["blocks"]:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph(style="Title") if heading_style else d.add_paragraph()
            _docx_runs(p, b[1] if heading_style else "**%s**" % b[1])
        elif kind == "sub":
            p = d.add_paragraph(style="Subtitle") if heading_style else d.add_paragraph()
            _docx_runs(p, b[1])
        elif kind in ("h", "h2"):
            lvl = 1 if kind == "h" else 2
            if heading_style:
                p = d.add_paragraph(style="Heading %d" % lvl)
                _docx_runs(p, b[1])
            else:
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(8)
                p.paragraph_format.keep_with_next = True
                _docx_runs(p, "**%s**" % b[1] if "**" not in b[1] else b[1])
        elif kind in ("p", "small"):
            p = d.add_paragraph()
            _docx_runs(p, b[1])
            if kind == "small":
                for r in p.runs:
                    r.font.size = Pt(8.5)
        elif kind == "ul":
            for it in b[1]:
                _docx_runs(d.add_paragraph(style="List Bullet"), it)
        elif kind == "ol":
            for it in b[1]:
                _docx_runs(d.add_paragraph(style="List Number"), it)
        elif kind == "table":
            rows, widths, header = b[1], b[2], b[3]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r_i, row in enumerate(rows):
                for c_i, c in enumerate(row):
                    cell = t.cell(r_i, c_i)
                    cell.text = ""
                    lines = c.split("\n")
                    for l_i, line in enumerate(lines):
                        par = cell.paragraphs[0] if l_i == 0 else cell.add_paragraph()
                        _docx_runs(par, "**%s**" % line if (header and r_i == 0) else line)
                    if widths:
                        cell.width = Cm(16.4 * widths[c_i])
            d.add_paragraph()
        elif kind == "sig":
            cols = b[1]
            t = d.add_table(rows=1, cols=len(cols))
            for c_i, col in enumerate(cols):
                cell = t.cell(0, c_i)
                cell.text = ""
                for l_i, line in enumerate(col):
                    par = cell.paragraphs[0] if l_i == 0 else cell.add_paragraph()
                    _docx_runs(par, line)
        elif kind == "pb":
            d.add_page_break()
        elif kind in ("fb", "sp"):
            pass
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------------------
# TXT / MD
# ---------------------------------------------------------------------------

def build_text(path, s, md):
    out = []
    wrap = s["opts"].get("wrap", 0)

    def para(t):
        t = t if md else plain(t)
        if wrap:
            import textwrap
            return textwrap.fill(t, wrap)
        return t

    for b in s["blocks"]:
        kind = b[0]
        if kind == "title":
            out.append(("# " + b[1]) if md else plain(b[1]).upper())
            if not md:
                out.append("=" * len(plain(b[1])))
        elif kind == "sub":
            out.append(para(b[1]))
        elif kind == "h":
            if md:
                out.append("## " + b[1])
            else:
                out.append(plain(b[1]))
                if s["opts"].get("underline", True):
                    out.append("-" * len(plain(b[1])))
        elif kind == "h2":
            out.append(("### " + b[1]) if md else plain(b[1]))
        elif kind in ("p", "small"):
            out.append(para(b[1]))
        elif kind == "ul":
            out.append("\n".join(("- " if md else "  - ") + (it if md else plain(it)) for it in b[1]))
        elif kind == "ol":
            out.append("\n".join("%d. %s" % (i, it if md else plain(it)) for i, it in enumerate(b[1], 1)))
        elif kind == "table":
            rows = b[1]
            if md:
                lines = ["| " + " | ".join(c.replace("\n", " ") for c in rows[0]) + " |",
                         "|" + "|".join("---" for _ in rows[0]) + "|"]
                lines += ["| " + " | ".join(c.replace("\n", " ") for c in r) + " |" for r in rows[1:]]
                out.append("\n".join(lines))
            else:
                out.append("\n".join(" | ".join(plain(c).replace("\n", " ") for c in r) for r in rows))
        elif kind == "sig":
            for col in b[1]:
                out.append("\n".join(col if md else [plain(x) for x in col]))
        elif kind in ("pb", "fb", "sp"):
            pass
        else:
            raise ValueError(kind)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(out) + "\n")


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------

def expected_json(s):
    return {"description": s["description"], "split": "heldout", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(key):
    s = SAMPLES[key]
    path = os.path.join(HERE, s["name"] + "." + s["fmt"])
    if s["fmt"] == "pdf":
        build_pdf(path, s)
    elif s["fmt"] == "docx":
        build_docx(path, s)
    elif s["fmt"] in ("txt", "md"):
        build_text(path, s, s["fmt"] == "md")
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected_json(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


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
        paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        out = []
        for p in paras:
            out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
        import html
        return html.unescape("\n".join(out))
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    t = t.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", t).strip()


def check():
    ok = True
    for key in sorted(SAMPLES):
        s = SAMPLES[key]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            if s["fmt"] == "md":
                text = norm(plain(text))
            for item, ev in s["evidence"].items():
                if s["statuses"][item] != "present":
                    errs.append("evidence for non-present item %s" % item)
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (item, ev))
            for item, st in s["statuses"].items():
                if st not in ("present", "weak", "missing", "not_applicable"):
                    errs.append("bad status %s" % st)
            if len(text) < 500:
                errs.append("text too short (%d chars)" % len(text))
        if not os.path.exists(jpath):
            errs.append("missing expected.json")
        else:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != expected_json(s):
                    errs.append("expected.json differs from table")
        print("%-4s %-55s %s" % (key, s["name"] + "." + s["fmt"], "OK" if not errs else "FAIL"))
        for e in errs:
            print("      -", e)
        ok = ok and not errs
    print("ALL OK" if ok else "FAILURES")
    return ok


# ===========================================================================
# The agreements
# ===========================================================================

# ---------------------------------------------------------------- h73 -----
sample(
    "h73", "h73_twee_kolommen_geintegreerd_hoeksche_waard", "pdf",
    "Tweekoloms PDF, geintegreerde route bb Bouwen, wonen en interieur -> mbo-2 Timmerman, Hoeksche "
    "Waard; gebreken: wie de route verlaat gaat automatisch naar Entree (f weak), geschillen alleen "
    "'in goed overleg' (i weak).",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "weak", "g": "present", "h": "present", "i": "weak", "j": "present"},
    {"a": "2. De route", "b": "3. Aannemers en branche", "c": "4. Het kernteam",
     "d": "5. Informatie aan de besturen", "e": "6. Lessen, docenten en werkplaatsen",
     "g": "8. Geld", "h": "9. Inspraak van leerlingen en ouders",
     "j": "11. Nieuwe partners, wijzigen en einde"},
    [
        ("title", "Samenwerkingsovereenkomst geïntegreerde route Bouw"),
        ("sub", "Spuicollege Oud-Beijerland en ROC Oude Maas · Hoeksche Waard · ingang 1 augustus 2025"),
        ("p", "**Ondergetekenden:** (1) Stichting Christelijk Voortgezet Onderwijs Hoeksche Waard, "
              "gevestigd te Oud-Beijerland, bevoegd gezag van het Spuicollege, school voor vbo, "
              "rechtsgeldig vertegenwoordigd door mevrouw drs. A.M. Verhoef, voorzitter van het college "
              "van bestuur (hierna: de school), en (2) Stichting ROC Oude Maas, gevestigd te Dordrecht, "
              "rechtsgeldig vertegenwoordigd door de heer ir. K.J. Bakhuis, lid van het college van "
              "bestuur (hierna: het ROC), komen het volgende overeen."),
        ("fb",),
        ("h", "1. Waar deze overeenkomst over gaat"),
        ("p", "De school en het ROC verzorgen samen een geïntegreerde route vmbo-basisberoepsopleiding "
              "als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB. Leerlingen volgen vanaf "
              "leerjaar 3 één samenhangend programma dat leidt tot een mbo-diploma op niveau 2. De "
              "school neemt in deze route geen eindexamen van de basisberoepsgerichte leerweg af, "
              "tenzij de leerling en zijn ouders daar uitdrukkelijk om vragen. Partijen melden de route "
              "gezamenlijk aan via RIO."),
        ("h", "2. De route"),
        ("p", "Het vo-deel valt binnen het profiel Bouwen, wonen en interieur van de "
              "basisberoepsgerichte leerweg. Het mbo-deel is de opleiding Timmerman, niveau 2, in het "
              "opleidingsdomein Bouw en infra, die het ROC in de beroepsopleidende leerweg aanbiedt. "
              "Vanaf het vierde jaar van de route kan een leerling met een leerbaan overstappen naar "
              "de beroepsbegeleidende leerweg van dezelfde opleiding."),
        ("h", "3. Aannemers en branche"),
        ("p", "De afdeling Zuid-Holland Zuid van Bouwend Nederland en vijf aannemers uit de Hoeksche "
              "Waard (Bouwbedrijf Van der Giessen, Timmerfabriek Strijensas, Aannemersbedrijf "
              "Moerkerk, Klaassen Renovatie en De Kiltbouw) doen als volgt mee:"),
        ("ul", [
            "zij vormen met het kernteam de praktijkraad, die twee keer per jaar het programma "
            "doorloopt en advies geeft over de keuzedelen en het materiaal;",
            "zij bieden vanaf leerjaar 3 snuffelstages en vanaf leerjaar 4 bpv-plaatsen; de "
            "erkenning van de leerbedrijven loopt via SBB;",
            "elk bedrijf levert per schooljaar ten minste één praktijkopdracht op een echte "
            "bouwplaats;",
            "zij leveren een praktijkbeoordelaar bij de proeve van bekwaamheid.",
        ]),
        ("h", "4. Het kernteam"),
        ("p", "De route wordt geleid door een kernteam van drie personen: de afdelingsleider "
              "bovenbouw basis van de school, de opleidingsmanager Bouw van het ROC en een "
              "routecoördinator. De afdelingsleider en de opleidingsmanager hebben zitting uit hoofde "
              "van hun functie. De routecoördinator wordt op voordracht van de andere twee leden door "
              "beide colleges van bestuur samen aangewezen, telkens voor twee schooljaren."),
        ("p", "Het kernteam stelt jaarlijks het rooster, de verdeling van de docenturen en de "
              "plaatsing bij leerbedrijven vast, beslist over de toelating van leerlingen tot de "
              "route en bereidt het gezamenlijke PTA/OER voor. Het kernteam besluit zelfstandig binnen "
              "het door de besturen vastgestelde formatiebudget. Besluiten met financiële gevolgen van "
              "meer dan € 5.000, personele benoemingen en een wijziging van profiel of opleiding "
              "legt het kernteam voor aan beide colleges van bestuur."),
        ("h", "5. Informatie aan de besturen"),
        ("p", "Het kernteam stuurt beide colleges van bestuur elk kwartaal een korte voortgangsnotitie "
              "over instroom, verzuim, uitval en bpv. Vóór 1 oktober legt het kernteam in een "
              "jaarverslag verantwoording af over het afgelopen schooljaar, inclusief rendement, de "
              "besteding van het formatiebudget en de uitkomsten van de evaluatie onder leerlingen en "
              "leerbedrijven. Het jaarverslag wordt besproken in het bestuurlijk overleg van oktober. "
              "Ernstige incidenten meldt het kernteam direct aan beide besturen."),
        ("h", "6. Lessen, docenten en werkplaatsen"),
        ("p", "In leerjaar 3 zijn de leerlingen drie dagen op de school in Oud-Beijerland en één dag in "
              "de praktijkhal van de ROC-locatie Bouwcampus Puttershoek. In leerjaar 4 is de verdeling "
              "twee dagen school, twee dagen Bouwcampus en één dag leerbedrijf. Vanaf leerjaar 5 volgt "
              "de leerling het onderwijs bij het ROC en in de bpv. Het onderwijsprogramma en de "
              "examinering per leerjaar staan in het gezamenlijke PTA/OER, dat beide besturen vóór 1 "
              "juli van elk jaar vaststellen."),
        ("p", "Docenten van beide partijen werken als één team. Twee ROC-docenten geven in leerjaar 3 "
              "wekelijks zes uur praktijk in het houtlokaal van de school; de docent Nederlands en "
              "rekenen van de school blijft de groep begeleiden tot en met leerjaar 5. Voor het "
              "vakoverstijgende project //Bouwen aan je dorp// in leerjaar 3 en 4 wordt gebruikgemaakt "
              "van teambevoegdheid; iedere docent is verantwoordelijk voor het deel waarvoor hij "
              "bevoegd is. Iedere docent blijft in dienst van zijn eigen werkgever."),
        ("p", "De school stelt het houtlokaal en het bouwtechnieklokaal beschikbaar, het ROC de "
              "praktijkhal met machinepark in Puttershoek, inclusief de verplichte "
              "veiligheidsinstructie. Persoonlijke beschermingsmiddelen verstrekt de school in het "
              "vo-deel en het ROC in het mbo-deel. Klachten over een medewerker van de andere partij "
              "worden behandeld volgens de klachtenregeling van de partij waar de leerling is "
              "ingeschreven; de andere partij werkt daaraan mee."),
        ("h", "7. Als een leerling de route verlaat"),
        ("p", "Een leerling die voortijdig met de geïntegreerde route stopt, wordt door het ROC "
              "ingeschreven voor de Entreeopleiding op de locatie Puttershoek. De routecoördinator "
              "zorgt voor een warme overdracht naar het Entreeteam en informeert de ouders."),
        ("h", "8. Geld"),
        ("p", "De school en het ROC dragen geen bekostiging aan elkaar over. Iedere partij draagt de "
              "kosten van het eigen personeel en de eigen gebouwen; het wederzijdse gebruik van "
              "lokalen en machines volgens artikel 6 wordt niet verrekend."),
        ("h", "9. Inspraak van leerlingen en ouders"),
        ("p", "Leerlingen van de route die nog bij de school staan ingeschreven, kiezen één "
              "vertegenwoordiger die met spreekrecht deelneemt aan de studentenraad van het ROC-college "
              "Techniek. De medezeggenschapsraad van de school en de studentenraad ontvangen elk jaar "
              "het jaarverslag uit artikel 5; het kernteam organiseert één gezamenlijke bijeenkomst "
              "per jaar waarin beide raden daarover advies kunnen uitbrengen."),
        ("h", "10. Verschil van mening"),
        ("p", "Zijn partijen het over de uitvoering van deze overeenkomst niet eens, dan zoeken zij in "
              "goed overleg naar een oplossing."),
        ("h", "11. Nieuwe partners, wijzigen en einde"),
        ("p", "Een andere vmbo-school of mbo-instelling uit de regio kan partij worden als beide "
              "partijen daar schriftelijk mee instemmen en de nieuwe partij een verklaring tekent "
              "waarin zij deze overeenkomst aanvaardt; de nieuwe partij meldt haar deelname bij DUO. "
              "Wijzigingen gelden alleen als beide colleges van bestuur ze schriftelijk hebben "
              "vastgelegd, na advies van het kernteam."),
        ("p", "Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar schriftelijk "
              "opzeggen met een termijn van twaalf maanden, en alleen tegen 1 augustus. Bij een "
              "ernstige tekortkoming die na een schriftelijke ingebrekestelling niet binnen drie "
              "maanden is hersteld, kan de andere partij de overeenkomst ontbinden. Leerlingen die bij "
              "opzegging, ontbinding, toetreding of wijziging al in de route zitten, ronden hun route "
              "af onder de afspraken die voor hen golden; na een opzegging stromen geen nieuwe "
              "leerlingen meer in."),
        ("sp", 10),
        ("p", "Aldus getekend te Oud-Beijerland op 30 juni 2025."),
        ("sig", [["Voor de school,", "", "drs. A.M. Verhoef", "voorzitter college van bestuur"],
                 ["Voor het ROC,", "", "ir. K.J. Bakhuis", "lid college van bestuur"]]),
    ],
    two_col=True, top_h=4.5 * 28.35, size=9.5, justify=True,
    footer="SOK geïntegreerde route Bouw - Spuicollege / ROC Oude Maas",
)


# ---------------------------------------------------------------- h74 -----
sample(
    "h74", "h74_directeursbrief_zuidwest_friesland", "docx",
    "Brief van een directeur-bestuurder die na ondertekening voor akkoord als overeenkomst geldt, "
    "DOCX zonder nummering, kb Horeca, bakkerij en recreatie -> mbo-3 Zelfstandig werkend kok, "
    "Zuidwest-Friesland; volledig, medezeggenschap niet genoemd (h not_applicable), geen overdracht.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "Welke route het is", "b": "Wat de horecabedrijven doen", "c": "Wie de route leidt",
     "d": "Hoe wij op de hoogte blijven", "e": "Lessen, mensen en ruimtes",
     "f": "Als een leerling wil of moet stoppen", "g": "Over geld",
     "i": "Als we het niet eens worden", "j": "Anderen erbij, wijzigen en stoppen"},
    [
        ("title", "Stichting Onderwijs Súdwesthoek – Marneslenk College Bolsward"),
        ("p", "Aan het college van bestuur van ROC Waadkant"),
        ("p", "t.a.v. de heer S. de Vries, voorzitter"),
        ("p", "Postbus 211, 8600 AE Sneek"),
        ("p", "Bolsward, 30 juni 2025"),
        ("p", "Betreft: onze afspraken over de doorlopende leerroute Kok"),
        ("p", "Beste Sjoerd,"),
        ("p", "Na ons gesprek van 12 mei in de leerkeuken in Sneek zet ik in deze brief op een rij wat "
              "wij samen afspreken over de doorlopende leerroute vmbo-mbo die we per 1 augustus 2025 "
              "starten. Ik schrijf namens Stichting Onderwijs Súdwesthoek, het bevoegd gezag van het "
              "Marneslenk College; jij tekent namens ROC Waadkant. Zodra wij allebei deze brief voor "
              "akkoord hebben ondertekend, geldt hij als onze samenwerkingsovereenkomst in de zin van "
              "artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Daarna melden we de route samen in RIO."),
        ("h", "Welke route het is"),
        ("p", "Leerlingen die bij ons in de kaderberoepsgerichte leerweg het profiel Horeca, bakkerij en "
              "recreatie kiezen, kunnen na leerjaar 2 instromen in de route. Zij halen bij ons het "
              "vmbo-diploma kader en bij jullie het diploma van de vakopleiding Zelfstandig werkend "
              "kok, niveau 3, uit het domein Horeca en bakkerij, in de bol-variant."),
        ("h", "Wat de horecabedrijven doen"),
        ("p", "De route staat of valt met de koks uit de streek. De afdeling Súdwest-Fryslân van "
              "Koninklijke Horeca Nederland heeft toegezegd mee te doen, samen met een vaste kring van "
              "zes erkende leerbedrijven, waaronder Hotel De Wijde Wijmerts in Bolsward, Brasserie "
              "Stadsherberg in Sneek en Restaurant It Heechhout in Workum. Concreet:"),
        ("ul", [
            "elk leerbedrijf levert per periode een beroepsopdracht aan, en een chef uit de kring "
            "komt maandelijks een gastles geven (de 'chef van de maand');",
            "vanaf leerjaar 4 krijgt iedere leerling een bpv-plaats van tien weken bij een van de "
            "bedrijven;",
            "twee chefs beoordelen in leerjaar 5 mee bij de proeve 'menu van de route';",
            "de werkveldcommissie Horeca van jullie college, waarin de bedrijven zitten, bespreekt "
            "het programma van de route twee keer per jaar en adviseert over keuzedelen.",
        ]),
        ("h", "Wie de route leidt"),
        ("p", "De dagelijkse leiding ligt bij een routeteam van drie mensen: onze teamleider bovenbouw "
              "(nu Hiske Wiersma), jullie opleidingsmanager Horeca en een trajectbegeleider. Ik wijs "
              "de teamleider aan, jullie college van bestuur de opleidingsmanager; de "
              "trajectbegeleider benoemen wij tweeën samen, telkens voor één schooljaar, op voorstel "
              "van de andere twee."),
        ("p", "Het routeteam maakt het rooster, verdeelt de docenturen, regelt de stageplaatsen, "
              "beslist over toelating van leerlingen tot de route en stelt elk jaar het gezamenlijke "
              "PTA/OER op. Binnen de uren en het budget die wij jaarlijks in april vaststellen, "
              "beslist het routeteam zelf. Benoemingen van personeel, uitgaven boven dat budget en "
              "veranderingen in de opzet van de route komen bij ons tweeën op tafel."),
        ("h", "Hoe wij op de hoogte blijven"),
        ("p", "Het routeteam stuurt ons tweeën in februari en in september een kort verslag: hoeveel "
              "leerlingen er zijn, wie is gestopt en waarom, de resultaten, wat de bedrijven ervan "
              "vinden en hoe de uren zijn besteed. Het septemberverslag bespreken we met het "
              "routeteam in een gezamenlijk overleg; daarin legt het routeteam verantwoording af over "
              "het afgelopen schooljaar. Gebeurt er iets bijzonders, dan belt het routeteam ons direct."),
        ("h", "Lessen, mensen en ruimtes"),
        ("p", "Leerjaar 3 en 4 zijn grotendeels bij ons in Bolsward, in de praktijkkeuken. Vanaf "
              "leerjaar 4 zijn de leerlingen één dag per week in jullie leerrestaurant De Waadkant in "
              "Sneek; leerjaar 5 en verder zijn in Sneek en in de bpv. Het programma en de examinering "
              "per leerjaar staan in het gezamenlijke PTA/OER dat wij allebei vóór 1 juli vaststellen. "
              "De leerlingen staan de eerste twee jaar van de route bij ons ingeschreven, daarna bij "
              "jullie. Het vmbo-examen wordt in leerjaar 4 afgenomen."),
        ("p", "Onze twee kookdocenten en twee docenten van jullie vormen één team. Een docent van "
              "jullie geeft in leerjaar 4 wekelijks een ochtend les in onze keuken; onze docent "
              "Nederlands begeleidt de groep ook in het eerste mbo-jaar. Voor het project "
              "'Streekproducten' in leerjaar 3 en 4 maken we gebruik van teambevoegdheid; iedere "
              "docent is verantwoordelijk voor het deel waarvoor hij bevoegd is. Iedereen blijft in "
              "dienst van zijn eigen werkgever."),
        ("p", "Wij stellen de praktijkkeuken en het theorielokaal beschikbaar, jullie het "
              "leerrestaurant, de bakkerijruimte en de koelcellen in Sneek. Het busvervoer naar Sneek "
              "in leerjaar 4 regelen en betalen wij. Klachten van leerlingen of ouders over iemand van "
              "de andere partij behandelen we volgens de klachtenregeling van de school waar de "
              "leerling staat ingeschreven, en de ander werkt daaraan mee."),
        ("h", "Als een leerling wil of moet stoppen"),
        ("p", "Geen leerling valt tussen wal en schip: wie de route niet afmaakt, krijgt van ons "
              "samen een plek waar hij of zij alsnog een diploma kan halen."),
        ("ul", [
            "Stopt een leerling in leerjaar 3 of 4, dan gaat hij terug naar een gewone kaderklas bij "
            "ons, in hetzelfde of een ander profiel, en doet hij daar vmbo-examen.",
            "Haalt een leerling het vmbo-diploma in leerjaar 4 niet, dan mag hij bij jullie toch door "
            "in de kokopleiding of in een andere opleiding op niveau 3; de vooropleidingseisen "
            "gelden dan niet. Hij kan ook het examenjaar bij ons overdoen.",
            "Blijkt de horeca niet bij hem te passen, dan zoeken we een andere opleiding op "
            "niveau 3 bij jullie, of bij een andere instelling in de regio via een "
            "geschiktheidsonderzoek.",
        ]),
        ("p", "Welke plek het wordt, beslissen onze teamleider en jullie opleidingsmanager samen, in "
              "gesprek met de leerling en zijn ouders, en met het oog op wat de leerling al heeft "
              "bereikt en op zijn leeftijd. De werkwijze zetten we ook in onze schoolgids."),
        ("h", "Over geld"),
        ("p", "Er gaat geen geld over en weer: we dragen geen bekostiging aan elkaar over. Ieder "
              "betaalt zijn eigen mensen, gebouwen en materialen."),
        ("h", "Als we het niet eens worden"),
        ("p", "Lukt het het routeteam niet om er samen uit te komen, dan leggen ze het aan ons tweeën "
              "voor. Komen wij er binnen vier weken niet uit, dan vragen we samen een mediator. Is er "
              "drie maanden na de start van de mediation nog geen oplossing, dan mag ieder van ons "
              "het geschil voorleggen aan de Rechtbank Noord-Nederland."),
        ("h", "Anderen erbij, wijzigen en stoppen"),
        ("p", "Een andere school of instelling (bijvoorbeeld een vmbo-school uit Workum) kan "
              "meedoen als wij allebei schriftelijk instemmen en die school deze brief ook voor "
              "akkoord tekent; de nieuwe school meldt zich daarna bij DUO. Wijzigingen in deze "
              "afspraken gelden alleen als wij ze allebei op papier hebben ondertekend."),
        ("p", "Willen we stoppen, dan zeggen we schriftelijk op vóór 1 februari; de overeenkomst "
              "eindigt dan op 1 augustus van het volgende schooljaar, zodat er altijd ruim een jaar "
              "tussen zit. Na een opzegging nemen we geen nieuwe leerlingen meer aan, maar iedereen "
              "die al in de route zit, maakt zijn route bij ons af zoals afgesproken. Ook bij een "
              "wijziging of als er een school bijkomt, houden leerlingen die al begonnen zijn de "
              "afspraken die voor hen golden."),
        ("p", "Als je akkoord bent, teken je beide exemplaren en stuur je er één terug. Ik kijk uit "
              "naar de eerste lichting koks!"),
        ("p", "Met hartelijke groet,"),
        ("sig", [["Voor akkoord, Stichting Onderwijs Súdwesthoek", "", "R. (Rinse) Hoekstra",
                  "directeur-bestuurder", "Bolsward, 30 juni 2025"],
                 ["Voor akkoord, ROC Waadkant", "", "S. de Vries", "voorzitter college van bestuur",
                  "Sneek, 30 juni 2025"]]),
    ],
    heading_style=False, font="Cambria", size=11, author="R. Hoekstra",
)


# ---------------------------------------------------------------- h75 -----
sample(
    "h75", "h75_zeer_kort_afsprakenblad_westelijke_mijnstreek", "txt",
    "Zeer kort afsprakenblad in platte tekst met onderwerpkoppen in hoofdletters, kb Produceren, "
    "installeren en energie -> mbo-3 Eerste monteur elektrotechnische installaties, Westelijke "
    "Mijnstreek; gebreken: geen wijze van benoeming van de stuurgroep (c weak), niets over "
    "bekostiging (g missing), geen toetreding (j weak).",
    {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
     "f": "present", "g": "missing", "h": "not_applicable", "i": "present", "j": "weak"},
    {"a": "DE ROUTE", "b": "BEDRIJVEN", "d": "RAPPORTAGE AAN DE BESTUREN", "e": "ONDERWIJS EN MENSEN",
     "f": "UITVAL EN OVERSTAP", "i": "GESCHILLEN"},
    [
        ("title", "Afsprakenblad doorlopende leerroute Installatietechniek"),
        ("p", "Partijen: Stichting Voortgezet Onderwijs Westelijke Mijnstreek, bevoegd gezag van het "
              "Geleenbeek College te Sittard (vmbo), en Stichting ROC Maasgouw te Geleen. Dit blad is "
              "de samenwerkingsovereenkomst van partijen voor deze route en is vastgesteld door beide "
              "colleges van bestuur."),
        ("h", "DE ROUTE"),
        ("p", "Vmbo kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie, naar mbo "
              "niveau 3: Eerste monteur elektrotechnische installaties in de woning en utiliteit "
              "(domein Installatie- en energietechniek). Eerste mbo-jaar bol, daarna bbl. Start 1 "
              "augustus 2025."),
        ("h", "BEDRIJVEN"),
        ("p", "Installatiebedrijven uit de regio die lid zijn van Techniek Nederland (onder meer "
              "Elektro Schinveld, Kessels Installatietechniek en Van Loo Energie) bieden vanaf "
              "leerjaar 4 bpv-plaatsen en vanaf het tweede mbo-jaar leerbanen voor de bbl, geven twee "
              "gastlessen per periode en nemen deel aan de adviesgroep die elk voorjaar het programma "
              "doorneemt."),
        ("h", "STUURGROEP"),
        ("p", "De route wordt aangestuurd door een stuurgroep, bestaande uit de teamleider techniek "
              "van het Geleenbeek College, de opleidingsmanager Elektrotechniek van ROC Maasgouw en "
              "een routecoördinator. De stuurgroep beslist over het rooster, de toelating van "
              "leerlingen, de inzet van docenten en de jaarlijkse aanpassing van het PTA/OER. Besluiten "
              "met personele gevolgen legt zij voor aan beide colleges van bestuur."),
        ("h", "RAPPORTAGE AAN DE BESTUREN"),
        ("p", "De stuurgroep rapporteert in januari en juli schriftelijk aan beide colleges van bestuur "
              "over in-, door- en uitstroom, examenresultaten en de inzet van de docenturen. In het "
              "bestuurlijk overleg van juli legt de stuurgroep verantwoording af over het afgelopen "
              "schooljaar."),
        ("h", "ONDERWIJS EN MENSEN"),
        ("p", "Leerjaar 3 en 4 op het Geleenbeek College; in leerjaar 4 één dag per week in het "
              "Techniekhuis van ROC Maasgouw in Geleen. Programma en examinering per leerjaar: "
              "gezamenlijk PTA/OER, jaarlijks vóór 1 juli vastgesteld. Eén docententeam: twee "
              "PIE-docenten van de school en een ROC-docent elektrotechniek die in leerjaar 4 acht uur "
              "per week op de school lesgeeft. De school stelt het installatielokaal beschikbaar, het "
              "ROC de elektrowerkplaats, de meetapparatuur en de NEN 3140-oefenruimte."),
        ("h", "UITVAL EN OVERSTAP"),
        ("p", "Wie de route verlaat, houdt uitzicht op een diploma. In leerjaar 3 en 4: terug naar de "
              "reguliere kaderklas, zelfde of ander profiel, met vmbo-examen. Vmbo-diploma niet "
              "gehaald: doorstroom naar de opleiding of een andere techniekopleiding op niveau 3 bij "
              "ROC Maasgouw zonder vooropleidingseisen, of het examenjaar overdoen. Welke optie, "
              "bepalen de teamleider en de opleidingsmanager samen met leerling en ouders, gelet op "
              "het bereikte niveau en de leeftijd."),
        ("h", "GESCHILLEN"),
        ("p", "Geschillen over de uitvoering gaan eerst naar de stuurgroep en daarna naar de colleges "
              "van bestuur. Zijn die er na zes weken niet uit, dan beslecht een door partijen samen "
              "aangewezen onafhankelijke deskundige het geschil bij bindend advies."),
        ("h", "DUUR EN EINDE"),
        ("p", "Looptijd vijf schooljaren, daarna telkens stilzwijgend verlengd met één schooljaar. "
              "Opzeggen kan schriftelijk, uiterlijk 1 januari tegen 1 augustus daaropvolgend. Wijzigen "
              "kan alleen schriftelijk, door beide colleges van bestuur getekend. Leerlingen die al in "
              "de route zitten, maken die af; na opzegging geen nieuwe instroom."),
        ("p", "Sittard, 30 juni 2025"),
        ("sig", [["Stichting VO Westelijke Mijnstreek - M.H. Dassen, voorzitter CvB"],
                 ["Stichting ROC Maasgouw - drs. P. Ramakers, voorzitter CvB"]]),
    ],
    underline=False,
)


# ---------------------------------------------------------------- h76 -----
_h76_std = "//Standaardtekst model ROC De Peelrand://"
_h76_inv = "//Invulling voor deze route://"
sample(
    "h76", "h76_roc_model_ingevuld_drie_partijen_de_peel", "pdf",
    "Lange PDF: standaardmodel van een ROC met per artikel standaardtekst en invulling, drie partijen "
    "(twee vmbo-scholen, een ROC), kb/gl Mobiliteit en transport -> mbo-3 Eerste autotechnicus en "
    "mbo-4 Technisch specialist personenauto's, De Peel; volledig, met overdracht van bekostiging "
    "met bedragen en bestemming en aanvullende medezeggenschap.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 3 Routes binnen deze overeenkomst", "b": "Artikel 4 Rol van het werkveld",
     "c": "Artikel 5 Regieteam", "d": "Artikel 6 Informatie en verantwoording",
     "e": "Artikel 8 Personeel", "f": "Artikel 11 Overstapoptie",
     "g": "Artikel 12 Financiële afspraken", "h": "Artikel 13 Medezeggenschap",
     "i": "Artikel 15 Geschillen", "j": "Artikel 16 Toetreding"},
    [
        ("small", "ROC De Peelrand · Model-samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo · "
                  "versie 2024.2 · ingevulde versie, grijze toelichtingen verwijderd"),
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("sub", "Route Mobiliteit – Peelhorst College, Kanaalzone Vakcollege en ROC De Peelrand"),
        ("h", "Partijen"),
        ("ol", [
            "Stichting Openbaar Voortgezet Onderwijs De Peel, statutair gevestigd te Deurne, bevoegd "
            "gezag van het Peelhorst College, school voor mavo en vbo, te dezen rechtsgeldig "
            "vertegenwoordigd door de heer drs. H.J.M. van Bussel, voorzitter van het college van "
            "bestuur, hierna te noemen: het Peelhorst College;",
            "Stichting Katholiek Voortgezet Onderwijs Helmond-Oost, statutair gevestigd te Helmond, "
            "bevoegd gezag van het Kanaalzone Vakcollege, school voor vbo, te dezen rechtsgeldig "
            "vertegenwoordigd door mevrouw M.C. Swinkels MEd, bestuurder, hierna te noemen: het "
            "Kanaalzone Vakcollege;",
            "Stichting ROC De Peelrand, statutair gevestigd te Helmond, instelling voor "
            "beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd door mevrouw ir. L. "
            "Verhagen-Coppens, lid van het college van bestuur, hierna te noemen: het ROC;",
        ]),
        ("p", "Het Peelhorst College en het Kanaalzone Vakcollege worden samen ook aangeduid als de "
              "scholen; de scholen en het ROC samen als partijen."),
        ("h", "Overwegingen"),
        ("ul", [
            "partijen werken sinds 2019 samen in de vakmanschapsroute Mobiliteit en willen deze "
            "samenwerking voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a "
            "WVO 2020 en artikel 9.1.2 WEB;",
            "de arbeidsmarkt in de regio Helmond-De Peel vraagt om meer autotechnici, onder meer door "
            "de groei van elektrisch rijden;",
            "partijen willen de afspraken die de wet in artikel 2.107b, tweede lid, WVO 2020 "
            "voorschrijft, vastleggen in één overeenkomst die voor alle drie partijen geldt.",
        ]),
        ("p", "Partijen komen het volgende overeen."),
        ("h", "Artikel 1 Begripsbepalingen"),
        ("p", _h76_std + " In deze overeenkomst wordt verstaan onder:"),
        ("ul", [
            "**route**: de doorlopende leerroute vmbo-mbo zoals beschreven in artikel 3;",
            "**vo-fase**: de eerste twee leerjaren van de route, waarin de deelnemer als leerling is "
            "ingeschreven bij een van de scholen;",
            "**mbo-fase**: het deel van de route vanaf het derde leerjaar van de route, waarin de "
            "deelnemer als student is ingeschreven bij het ROC;",
            "**deelnemer**: een leerling of student die de route volgt;",
            "**regieteam**: de leiding over de route als bedoeld in artikel 5;",
            "**PTA/OER**: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
            "examenregeling van de route;",
            "**bestuurlijk overleg**: het overleg van de bestuurders die deze overeenkomst tekenen.",
        ]),
        ("h", "Artikel 2 Doel en reikwijdte"),
        ("p", _h76_std + " Partijen verzorgen gezamenlijk de in artikel 3 genoemde route(s) en "
              "beschrijven voor de gehele route het onderwijsprogramma, de examinering en de "
              "beroepspraktijkvorming per leerjaar. Partijen melden de route gezamenlijk aan de "
              "minister via RIO. Elke school meldt haar eigen deelname."),
        ("p", _h76_inv + " De overeenkomst betreft de route Mobiliteit met twee uitstroomrichtingen. "
              "De scholen en het ROC melden de twee routes vóór 1 oktober 2025 afzonderlijk in RIO."),
        ("h", "Artikel 3 Routes binnen deze overeenkomst"),
        ("p", _h76_std + " De route(s) worden hieronder per leerweg beschreven met het vmbo-profiel, "
              "de mbo-kwalificatie, het niveau en de leerweg in het mbo."),
        ("p", _h76_inv),
        ("table", [
            ["Route", "Vmbo: leerweg en profiel", "Mbo: kwalificatie en niveau", "Mbo-leerweg",
             "Scholen"],
            ["Mobiliteit 3", "Kaderberoepsgerichte leerweg, profiel Mobiliteit en transport",
             "Eerste autotechnicus (vakopleiding, niveau 3), domein Mobiliteit en voertuigen",
             "bol; vanaf mbo-jaar 2 ook bbl", "Peelhorst College, Kanaalzone Vakcollege"],
            ["Mobiliteit 4", "Gemengde leerweg met het profiel Mobiliteit en transport",
             "Technisch specialist personenauto's (middenkaderopleiding, niveau 4), domein "
             "Mobiliteit en voertuigen", "bol", "Peelhorst College"],
        ], [0.13, 0.24, 0.3, 0.15, 0.18], True),
        ("p", "Deelnemers kiezen aan het eind van leerjaar 2 voor de route. Het ROC biedt in beide "
              "routes de keuzedelen Elektrisch rijden en Diagnose aan."),
        ("h", "Artikel 4 Rol van het werkveld"),
        ("p", _h76_std + " Het bedrijfsleven wordt betrokken bij de invulling van de route. De wijze "
              "waarop is hieronder ingevuld."),
        ("p", _h76_inv + " Bij de route zijn de BOVAG-afdeling Zuidoost-Brabant, acht erkende "
              "leerbedrijven uit Helmond, Deurne en Gemert (waaronder Autobedrijf Van den Heuvel, "
              "Peelland Truck & Van Service en Garage Berkvens) en SBB betrokken. Zij:"),
        ("ol", [
            "nemen met twee vertegenwoordigers zitting in de werkveldadviesraad van de route, die "
            "drie keer per schooljaar bijeenkomt en advies uitbrengt over de inhoud van het PTA/OER "
            "en de keuzedelen;",
            "stellen voor elke deelnemer in leerjaar 4 een oriëntatiestage van twee weken en in de "
            "mbo-fase bpv-plaatsen beschikbaar; SBB bewaakt de erkenning van de leerbedrijven;",
            "leveren per leerjaar ten minste drie praktijkopdrachten aan, waaronder een opdracht "
            "over onderhoud aan elektrische voertuigen in de werkplaats van de Mobiliteitscampus "
            "Helmond;",
            "leveren praktijkbeoordelaars voor de beroepsgerichte examens in de mbo-fase.",
        ]),
        ("h", "Artikel 5 Regieteam"),
        ("p", _h76_std + " De leiding over de route berust bij een regieteam. Samenstelling, "
              "benoeming, taken en bevoegdheden zijn hieronder vastgelegd."),
        ("p", _h76_inv),
        ("ol", [
            "Het regieteam bestaat uit de teamleider bovenbouw techniek van elk van de twee scholen, "
            "de opleidingsmanager Mobiliteit van het ROC (voorzitter) en een routecoördinator.",
            "Elk bevoegd gezag wijst zijn eigen leden van het regieteam schriftelijk aan. De "
            "routecoördinator wordt door de drie bestuurders gezamenlijk benoemd voor een periode "
            "van drie schooljaren, na een voordracht van de overige leden van het regieteam; "
            "herbenoeming is eenmaal mogelijk.",
            "Het regieteam heeft tot taak: de dagelijkse aansturing van de route; het opstellen van "
            "het jaarlijkse PTA/OER ter vaststelling door de bevoegde gezagsorganen; de "
            "roostering en de verdeling van de docentinzet over partijen; de toelating van "
            "deelnemers; het onderhouden van de contacten met het werkveld; de kwaliteitszorg.",
            "Partijen dragen aan het regieteam de bevoegdheid op om binnen de jaarlijks vastgestelde "
            "begroting en formatie zelfstandig te besluiten over rooster, inzet van docenten, "
            "toelating en bpv-plaatsing. Besluiten over benoeming of ontslag van personeel, "
            "uitgaven buiten de begroting en wijziging van de routes in artikel 3 blijven "
            "voorbehouden aan de bestuurders.",
            "Het regieteam besluit bij meerderheid; elk lid heeft één stem. Bij staken van de "
            "stemmen wordt het besluit voorgelegd aan het bestuurlijk overleg.",
        ]),
        ("h", "Artikel 6 Informatie en verantwoording"),
        ("p", _h76_std + " Het regieteam verstrekt de bevoegde gezagsorganen gevraagd en ongevraagd "
              "alle inlichtingen die zij nodig hebben."),
        ("p", _h76_inv + " Het regieteam stuurt elk van de drie bestuurders na afloop van ieder "
              "trimester een voortgangsrapportage met de kengetallen instroom, tussentijdse uitstroom, "
              "verzuim, examenresultaten en bpv. Uiterlijk 15 oktober legt het regieteam een "
              "jaarverslag over het afgelopen schooljaar voor, met een financiële verantwoording "
              "over de middelen uit artikel 12 en een evaluatie onder deelnemers, ouders en "
              "leerbedrijven. Het bestuurlijk overleg bespreekt het jaarverslag in november en "
              "verleent het regieteam al dan niet decharge."),
        ("h", "Artikel 7 Onderwijskundige en organisatorische inrichting"),
        ("p", _h76_std + " Het onderwijsprogramma en de examinering per leerjaar worden beschreven "
              "in het PTA/OER, dat jaarlijks vóór 1 juli door de bevoegde gezagsorganen wordt "
              "vastgesteld."),
        ("p", _h76_inv + " In leerjaar 3 volgen de deelnemers het programma op de eigen school, met "
              "één dag per week praktijk op de Mobiliteitscampus Helmond van het ROC. In leerjaar 4 "
              "zijn dat twee dagen, en leggen zij het centraal examen af. Mbo-onderdelen worden vanaf "
              "leerjaar 3 aangeboden en geëxamineerd volgens het PTA/OER. Het vmbo-examen kan "
              "worden gespreid over leerjaar 3 en 4. De vakken Nederlands en rekenen lopen als één "
              "leerlijn door tot het eind van het eerste mbo-jaar. De route Mobiliteit 3 duurt na "
              "leerjaar 2 vier jaar, de route Mobiliteit 4 vijf jaar."),
        ("h", "Artikel 8 Personeel"),
        ("p", _h76_std + " Partijen zetten voor de route personeel in zoals hieronder beschreven. Ieder "
              "personeelslid blijft in dienst van de eigen werkgever, die verantwoordelijk blijft "
              "voor zijn of haar bekwaamheid en functioneren."),
        ("p", _h76_inv + " Elke school zet voor de route ten minste twee docenten PIE/M&T in; het ROC "
              "zet drie docenten autotechniek en een instructeur in. De docenten van de drie partijen "
              "vormen één docententeam onder leiding van het regieteam. ROC-docenten geven in "
              "leerjaar 3 en 4 wekelijks in totaal tien uur les op de scholen; docenten van de "
              "scholen geven in het eerste mbo-jaar Nederlands, rekenen en loopbaanbegeleiding op "
              "de campus. Voor de vakoverstijgende projecten 'Werkplaats van de toekomst' (leerjaar "
              "3) en 'Eigen auto-check' (leerjaar 4) wordt teambevoegdheid toegepast als bedoeld in "
              "artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het PTA/OER vermeldt in welke "
              "programmaonderdelen dat gebeurt. Het ROC biedt de docenten van de scholen jaarlijks "
              "twee scholingsdagen aan over elektrisch rijden."),
        ("h", "Artikel 9 Locaties en faciliteiten"),
        ("p", _h76_std + " Partijen stellen elkaar de voor de route benodigde faciliteiten ter "
              "beschikking."),
        ("p", _h76_inv + " De route wordt verzorgd op de locaties van de scholen in Deurne en Helmond "
              "en op de Mobiliteitscampus Helmond van het ROC. Het ROC stelt de autowerkplaats, de "
              "hoogvoltwerkplek, de diagnoseapparatuur en het lesmateriaal voor de mbo-onderdelen "
              "ter beschikking; de scholen stellen hun M&T-praktijklokalen en hun "
              "ICT-voorzieningen ter beschikking. Deelnemers gebruiken de bibliotheek en de kantine "
              "van het ROC op dezelfde voet als studenten. Beschadiging van gebouwen of apparatuur "
              "door deelnemers wordt afgehandeld door de partij bij wie de deelnemer staat "
              "ingeschreven."),
        ("h", "Artikel 10 Inschrijving, verzuim en klachten"),
        ("p", _h76_std + " In de vo-fase is de deelnemer ingeschreven bij de school, in de mbo-fase "
              "bij het ROC. Het verzuim wordt gemeld door de partij bij wie de deelnemer staat "
              "ingeschreven. De klachtenregeling van elke partij is ook van toepassing op "
              "gedragingen van medewerkers van de andere partijen in het kader van de route; de "
              "voorzitter van de klachtencommissie is niet werkzaam bij een andere partij."),
        ("p", _h76_inv + " Geen aanvullingen op de standaardtekst."),
        ("h", "Artikel 11 Overstapoptie"),
        ("p", _h76_std + " Een deelnemer die de route niet met succes afrondt, wordt door partijen in "
              "staat gesteld een vmbo-diploma of een mbo-diploma te behalen dat past bij het "
              "bereikte onderwijsniveau, zoals partijen dat gezamenlijk beoordelen, en bij zijn of "
              "haar leeftijd."),
        ("p", _h76_inv + " Partijen hanteren de volgende kaders:"),
        ("ol", [
            "Stopt een deelnemer in de vo-fase, dan vervolgt hij of zij het onderwijs in de "
            "reguliere kaderberoepsgerichte of gemengde leerweg van de eigen school, in hetzelfde "
            "of een ander profiel, gericht op het vmbo-diploma.",
            "Wordt een deelnemer afgewezen voor het vmbo-eindexamen, dan kan hij of zij het "
            "examenjaar overdoen, of zonder vmbo-diploma doorstromen naar de mbo-fase van de route "
            "of naar een andere opleiding op hetzelfde niveau bij het ROC; de vooropleidingseisen "
            "zijn dan niet van toepassing.",
            "Blijkt in de route Mobiliteit 4 dat niveau 4 te hoog gegrepen is, dan stapt de "
            "deelnemer over naar de route Mobiliteit 3 met behoud van de behaalde onderdelen.",
            "Past de richting niet, dan zoeken partijen een opleiding op een vergelijkbaar niveau "
            "in een ander domein bij het ROC of, na een geschiktheidsonderzoek, bij een andere "
            "instelling in de regio.",
            "Het besluit over de overstap nemen de teamleider van de school en de "
            "opleidingsmanager van het ROC gezamenlijk, na een gesprek met de deelnemer en diens "
            "ouders. De routecoördinator zorgt voor een warme overdracht. De werkwijze wordt "
            "opgenomen in de schoolgids van de scholen en de studiewijzer van het ROC.",
        ]),
        ("h", "Artikel 12 Financiële afspraken"),
        ("p", _h76_std + " Partijen leggen vast of bekostiging wordt overgedragen met toepassing van "
              "artikel 5.42a WVO 2020 respectievelijk artikel 9.1.15 WEB, en zo ja, de omvang en "
              "de bestemming daarvan."),
        ("p", _h76_inv + " Er wordt bekostiging overgedragen, als volgt:"),
        ("ol", [
            "Elke school draagt jaarlijks aan het ROC € 1.250 over per deelnemer die op 1 oktober "
            "in leerjaar 3 of 4 van de route bij haar staat ingeschreven. Deze middelen zijn "
            "bestemd voor de inzet van ROC-docenten en de instructeur in de vo-fase en voor het "
            "gebruik van de autowerkplaats en het verbruiksmateriaal op de campus.",
            "Het ROC draagt jaarlijks aan elke school € 600 over per student uit die school die op "
            "1 oktober in het eerste jaar van de mbo-fase staat ingeschreven. Deze middelen zijn "
            "bestemd voor de lessen Nederlands, rekenen en loopbaanbegeleiding die docenten van de "
            "school in dat jaar verzorgen.",
            "Facturering vindt plaats in december; betaling binnen dertig dagen. Overige kosten "
            "draagt elke partij zelf.",
        ]),
        ("h", "Artikel 13 Medezeggenschap"),
        ("p", _h76_std + " In de vo-fase geldt de Wet medezeggenschap op scholen, in de mbo-fase "
              "hoofdstuk 8a van de WEB; voor het personeel van het ROC geldt de Wet op de "
              "ondernemingsraden. Partijen kunnen daarnaast aanvullende afspraken maken."),
        ("p", _h76_inv + " Partijen spreken aanvullend af:"),
        ("ul", [
            "deelnemers in leerjaar 4 kunnen zich verkiesbaar stellen voor de studentenraad van het "
            "college Techniek van het ROC en hebben daarin dezelfde rechten als studenten;",
            "het regieteam legt het jaarverslag uit artikel 6 elk jaar ter bespreking voor aan de "
            "medezeggenschapsraden van beide scholen en aan de studentenraad; zij kunnen een "
            "gezamenlijk advies uitbrengen, waarop het bestuurlijk overleg schriftelijk reageert;",
            "er is een ouderklankbordgroep met ouders uit beide fasen, die twee keer per jaar met "
            "het regieteam overlegt.",
        ]),
        ("h", "Artikel 14 Gegevensuitwisseling"),
        ("p", _h76_std + " Partijen wisselen alleen de persoonsgegevens uit die nodig zijn voor de "
              "uitvoering van de route en sluiten daartoe een gegevensuitwisselingsprotocol."),
        ("p", _h76_inv + " Het protocol van 24 juni 2025 is als bijlage 2 bij deze overeenkomst "
              "gevoegd."),
        ("h", "Artikel 15 Geschillen"),
        ("ol", [
            "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in het "
            "regieteam besproken.",
            "Leidt dat binnen vier weken niet tot een oplossing, dan legt elke betrokken partij het "
            "geschil voor aan het bestuurlijk overleg, dat binnen zes weken een besluit probeert te "
            "nemen.",
            "Komt het bestuurlijk overleg niet tot overeenstemming, dan starten partijen een "
            "mediation onder leiding van een door hen gezamenlijk aangewezen MfN-registermediator.",
            "Leidt de mediation binnen drie maanden niet tot een oplossing, dan is de bevoegde "
            "rechter van de Rechtbank Oost-Brabant bevoegd. Op deze overeenkomst is Nederlands recht "
            "van toepassing.",
        ]),
        ("h", "Artikel 16 Toetreding"),
        ("p", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot "
              "deze overeenkomst toetreden als alle partijen daarmee schriftelijk instemmen en de "
              "toetredende partij een toetredingsverklaring tekent waarin zij alle rechten en "
              "verplichtingen uit deze overeenkomst aanvaardt. Toetreding gaat in per 1 augustus. De "
              "toetredende partij meldt haar deelname in RIO. Toetreding mag geen gevolgen hebben "
              "voor de programma's van deelnemers die de route al volgen."),
        ("h", "Artikel 17 Duur, opzegging en ontbinding"),
        ("ol", [
            "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.",
            "Elke partij kan de overeenkomst voor zichzelf opzeggen bij aangetekende brief aan de "
            "andere partijen, met inachtneming van een opzegtermijn van ten minste twaalf maanden, "
            "uitsluitend tegen 1 augustus. Na opzegging neemt de route via de opzeggende partij "
            "geen nieuwe deelnemers meer op.",
            "Een partij kan de overeenkomst ontbinden als een andere partij ernstig tekortschiet en "
            "dit na schriftelijke ingebrekestelling niet binnen drie maanden herstelt.",
            "Bij opzegging of ontbinding blijven de verplichtingen jegens deelnemers die op dat "
            "moment in de route zijn ingeschreven, van kracht totdat zij de route hebben afgerond "
            "of met toepassing van artikel 11 zijn overgestapt. Partijen stellen binnen twee "
            "maanden een afbouwplan op dat de gevolgen voor deze deelnemers zoveel mogelijk "
            "beperkt.",
        ]),
        ("h", "Artikel 18 Wijziging"),
        ("p", "Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst tussen "
              "alle partijen, na advies van het regieteam. Een wijziging die het programma van "
              "deelnemers raakt, gaat niet eerder in dan het eerstvolgende schooljaar en geldt niet "
              "voor deelnemers in hun examenjaar. Partijen evalueren de overeenkomst elke drie jaar, "
              "voor het eerst in het voorjaar van 2028."),
        ("h", "Artikel 19 Slotbepalingen"),
        ("p", "Bijlage 1 (jaarkalender) en bijlage 2 (gegevensuitwisselingsprotocol) maken deel uit "
              "van deze overeenkomst. Bij strijd gaat de tekst van de overeenkomst voor. Deze "
              "overeenkomst vervangt de samenwerkingsovereenkomst vakmanschapsroute Mobiliteit van "
              "2019."),
        ("p", "Aldus overeengekomen en in drievoud getekend te Helmond op 30 juni 2025."),
        ("sig", [["Stichting Openbaar VO De Peel", "", "drs. H.J.M. van Bussel",
                  "voorzitter college van bestuur"],
                 ["Stichting Katholiek VO Helmond-Oost", "", "M.C. Swinkels MEd", "bestuurder"],
                 ["Stichting ROC De Peelrand", "", "ir. L. Verhagen-Coppens",
                  "lid college van bestuur"]]),
        ("pb",),
        ("h", "Bijlage 1 Jaarkalender van de route"),
        ("table", [
            ["Moment", "Wat", "Wie"],
            ["uiterlijk 1 oktober", "melding routes en deelname in RIO", "scholen en ROC"],
            ["na elk trimester", "voortgangsrapportage aan de drie bestuurders", "regieteam"],
            ["uiterlijk 15 oktober", "jaarverslag met financiële verantwoording", "regieteam"],
            ["november", "bestuurlijk overleg over het jaarverslag", "bestuurders"],
            ["december", "facturering overdracht bekostiging (artikel 12)", "scholen en ROC"],
            ["maart", "bespreking jaarverslag met MR's en studentenraad", "regieteam"],
            ["vóór 1 juli", "vaststelling PTA/OER volgend schooljaar", "bevoegde gezagsorganen"],
        ], [0.25, 0.5, 0.25], True),
        ("p", "Bijlage 2 (gegevensuitwisselingsprotocol, 4 pagina's) is bij de getekende exemplaren "
              "gevoegd en niet in deze versie opgenomen."),
    ],
    font="Times-Roman", size=10.5, justify=True,
    footer="ROC De Peelrand - Model SOK DLR v2024.2 - Route Mobiliteit",
)


# ---------------------------------------------------------------- h77 -----
sample(
    "h77", "h77_afsprakentabel_vijfheerenlanden", "docx",
    "DOCX met alle afspraken in een grote tabel (nr., onderwerp, afspraak, verantwoordelijk), kb Zorg "
    "en welzijn -> mbo-3 Verzorgende-IG, Vijfheerenlanden; gebreken: medezeggenschap alleen "
    "stippellijn/nader in te vullen (h weak), opzegging en toetreding zonder bescherming van "
    "leerlingen (j weak).",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "weak", "i": "present", "j": "weak"},
    {"a": "Opleiding en profiel", "b": "Zorgaanbieders in de regio", "c": "Routeleiding",
     "d": "Rapportage en verantwoording", "e": "Onderwijs en locaties",
     "f": "Overstap bij uitval", "g": "Bekostiging", "i": "Geschillen"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Zorg – Lekpoort College en ROC "
                  "Zederik"),
        ("p", "**Partijen:** Stichting Openbaar Voortgezet Onderwijs Vijfheerenlanden, bevoegd gezag "
              "van het Lekpoort College te Vianen, vertegenwoordigd door mevrouw J. Kooiman, "
              "voorzitter van het college van bestuur (hierna: het Lekpoort College), en Stichting ROC "
              "Zederik, gevestigd te Gorinchem, vertegenwoordigd door de heer A. de Bruijn MBA, "
              "voorzitter van het college van bestuur (hierna: ROC Zederik)."),
        ("p", "Partijen verzorgen vanaf 1 augustus 2025 samen een doorlopende leerroute vmbo-mbo "
              "als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Zij leggen hun afspraken "
              "vast in de onderstaande tabel. Elke rij is een bepaling van deze overeenkomst."),
        ("table", [
            ["Nr.", "Onderwerp", "Afspraak", "Verantwoordelijk"],
            ["1", "Opleiding en profiel",
             "De route verbindt het profiel Zorg en welzijn in de kaderberoepsgerichte leerweg met "
             "de mbo-opleiding Verzorgende-IG, niveau 3, uit het domein Zorg en welzijn, in de "
             "beroepsopleidende leerweg. Leerlingen kiezen aan het eind van leerjaar 2.",
             "beide CvB's"],
            ["2", "Zorgaanbieders in de regio",
             "Zorggroep Lingedal, Thuiszorg Vijfheerenlanden en Woonzorgcentrum De Schaapskooi "
             "nemen deel. Zij:\n"
             "- bieden in leerjaar 4 elke leerling een meeloopstage van drie weken en in de "
             "mbo-fase de bpv-plaatsen (erkend door SBB);\n"
             "- laten hun wijkverpleegkundigen vier keer per jaar een les in het skillslab "
             "verzorgen;\n"
             "- leveren praktijkopleiders die de beroepsgerichte examens in de bpv mee "
             "beoordelen;\n"
             "- zijn vertegenwoordigd in de werkveldcommissie Zorg, die twee keer per jaar het "
             "programma van de route bespreekt en daarover advies geeft.",
             "routeleiding"],
            ["3", "Routeleiding",
             "De route wordt geleid door een duo: de teamleider Zorg en welzijn van het Lekpoort "
             "College en de teamleider VIG van ROC Zederik. Elk college van bestuur wijst zijn "
             "eigen teamleider schriftelijk aan voor deze taak. Het duo stelt het rooster vast, "
             "verdeelt de docenturen, beslist over toelating tot de route en over bpv-plaatsing, "
             "en bereidt het gezamenlijke PTA/OER voor. Het duo beslist zelfstandig binnen het "
             "jaarlijks door beide colleges vastgestelde urenkader; besluiten daarbuiten en "
             "personele besluiten nemen de colleges van bestuur.",
             "beide CvB's (aanwijzing); duo (uitvoering)"],
            ["4", "Rapportage en verantwoording",
             "Het duo rapporteert in februari en september schriftelijk aan beide colleges van "
             "bestuur over instroom, uitval, examenresultaten en de besteding van het urenkader. "
             "In oktober legt het duo in een gezamenlijk gesprek met beide colleges verantwoording "
             "af over het afgelopen schooljaar.",
             "duo"],
            ["5", "Onderwijs en locaties",
             "Leerjaar 3 en 4 vinden plaats op het Lekpoort College in Vianen, met in leerjaar 4 "
             "wekelijks één dag op de zorglocatie van ROC Zederik in Leerdam. Het programma en de "
             "examinering per leerjaar staan in het gezamenlijke PTA/OER, dat beide colleges vóór "
             "1 juli vaststellen. De leerling staat de eerste twee jaar van de route ingeschreven "
             "bij het Lekpoort College, daarna bij ROC Zederik.",
             "duo; beide CvB's (vaststelling PTA/OER)"],
            ["6", "Personeel",
             "De docenten zorg en welzijn van beide partijen werken als één team. ROC Zederik zet "
             "in leerjaar 3 en 4 een docent verpleegtechnische handelingen in voor acht uur per "
             "week op het Lekpoort College. Voor het project 'Zorg in de wijk' in leerjaar 4 geldt "
             "teambevoegdheid; het PTA/OER vermeldt welke docent voor welk onderdeel bevoegd is. "
             "Docenten blijven in dienst van hun eigen werkgever.",
             "duo"],
            ["7", "Faciliteiten",
             "Het Lekpoort College stelt het zorglokaal en de huiskamer-oefenruimte beschikbaar; ROC "
             "Zederik het skillslab, de oefenpoppen en het tilmateriaal in Leerdam. Gebruik over en "
             "weer is kosteloos.",
             "beide partijen"],
            ["8", "Overstap bij uitval",
             "Een leerling die de route verlaat, kan altijd een diploma halen:\n"
             "- in leerjaar 3 en 4: terug naar de reguliere kaderklas van het Lekpoort College, "
             "zelfde of ander profiel;\n"
             "- zonder vmbo-diploma na leerjaar 4: doorstroom naar Verzorgende-IG of een andere "
             "opleiding op niveau 3 van ROC Zederik, zonder vooropleidingseisen, of herkansing van "
             "het examenjaar;\n"
             "- als de zorg niet blijkt te passen: een andere opleiding op niveau 3, bij ROC "
             "Zederik of via een geschiktheidsonderzoek bij een andere instelling.\n"
             "Het duo beslist samen met de leerling en de ouders, op basis van het bereikte niveau "
             "en de leeftijd.",
             "duo"],
            ["9", "Bekostiging",
             "Partijen dragen geen bekostiging aan elkaar over. Elke partij draagt haar eigen "
             "kosten.",
             "beide CvB's"],
            ["10", "Medezeggenschap",
             "Aanvullende afspraken over medezeggenschap: nader in te vullen na overleg met de MR "
             "en de studentenraad. ……………………………………………",
             "n.t.b."],
            ["11", "Geschillen",
             "Een geschil over de uitvoering gaat eerst naar het duo, daarna naar beide colleges "
             "van bestuur. Lukt een oplossing niet binnen acht weken, dan schakelen partijen een "
             "onafhankelijke bemiddelaar in. Blijft het geschil bestaan, dan beslist de Rechtbank "
             "Midden-Nederland.",
             "beide CvB's"],
            ["12", "Looptijd, toetreding, wijziging en opzegging",
             "Deze overeenkomst loopt vier jaar vanaf 1 augustus 2025 en wordt daarna telkens "
             "stilzwijgend met twee jaar verlengd. Een andere school of instelling kan toetreden "
             "als beide partijen schriftelijk instemmen en de nieuwe partij deze overeenkomst "
             "medeondertekent. Wijzigingen worden schriftelijk vastgelegd en door beide colleges "
             "getekend. Elke partij kan de overeenkomst schriftelijk opzeggen met een termijn van "
             "zes maanden.",
             "beide CvB's"],
        ], [0.06, 0.18, 0.56, 0.2], True),
        ("p", "Vianen, 30 juni 2025"),
        ("sig", [["Stichting Openbaar VO Vijfheerenlanden", "", "J. Kooiman",
                  "voorzitter college van bestuur"],
                 ["Stichting ROC Zederik", "", "A. de Bruijn MBA", "voorzitter college van bestuur"]]),
    ],
    font="Arial", size=10, author="Lekpoort College",
)


# ---------------------------------------------------------------- h78 -----
sample(
    "h78", "h78_interne_regeling_aoc_noord_veluwe", "md",
    "Markdown interne regeling van een AOC (een bevoegd gezag) met alleen ongenummerde koppen, kb "
    "Groen -> mbo-3 Dierverzorger, Noord-Veluwe; volledig voor a-g, h-j not_applicable (interne "
    "regeling), expliciet geen overdracht van bekostiging.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "not_applicable",
     "j": "not_applicable"},
    {"a": "Welke route", "b": "Ondernemers in de dierenbranche", "c": "Leiding van de route",
     "d": "Verantwoording aan het college van bestuur", "e": "Onderwijs, mensen en voorzieningen",
     "f": "Overstappen", "g": "Bekostiging"},
    [
        ("title", "Interne regeling doorlopende leerroute Groen – Dier"),
        ("p", "**Stichting Agrarisch Opleidingscentrum Veluwerand** · vmbo Groen Nunspeet en mbo "
              "Dier & Natuur Elburg"),
        ("p", "Besluit van het college van bestuur van 30 juni 2025, kenmerk CvB/2025/114."),
        ("h", "Waarom deze regeling"),
        ("p", "Stichting Agrarisch Opleidingscentrum Veluwerand (hierna: het AOC) verzorgt zowel "
              "vmbo als mbo en is voor beide het bevoegd gezag. Omdat de route volledig binnen één "
              "rechtspersoon wordt verzorgd, sluit het AOC geen samenwerkingsovereenkomst maar "
              "regelt het de onderwerpen van artikel 2.107b, tweede lid, WVO 2020 in deze interne "
              "regeling, zoals het derde lid van dat artikel en artikel 9.1.3, derde lid, WEB "
              "voorschrijven. Het AOC meldt de route in RIO. Zodra het AOC de route samen met een "
              "andere school of instelling gaat verzorgen, wordt een samenwerkingsovereenkomst "
              "gesloten."),
        ("h", "Welke route"),
        ("p", "Leerlingen van de vmbo-locatie Nunspeet die in de kaderberoepsgerichte leerweg het "
              "profiel Groen volgen, met de beroepsgerichte keuzevakken Dier en welzijn en Dier en "
              "gezondheid, kunnen instromen in de route naar de mbo-opleiding Dierverzorger, niveau "
              "3 (vakopleiding), uit het domein Dieren, die op de mbo-locatie Elburg in de "
              "beroepsopleidende leerweg wordt gegeven."),
        ("h", "Ondernemers in de dierenbranche"),
        ("p", "De route wordt samen met de branche vormgegeven:"),
        ("ul", [
            "Dierenpension De Hessenweg, Dierenspeciaalzaak Het Kwispelhuis, Kinderboerderij "
            "Het Bolletje en Paardenhouderij Zuiderzeehoeve leveren de bpv-plaatsen voor leerjaar 4 "
            "en de mbo-fase en zijn erkend leerbedrijf via SBB;",
            "de brancheorganisatie Dibevo regio Veluwe neemt deel aan de klankbordgroep Dier, die "
            "elk najaar het programma van de route beoordeelt en adviseert over keuzedelen;",
            "de leerbedrijven brengen per periode een praktijkvraag in die de leerlingen in het "
            "dierenverblijf van de school uitwerken, en beoordelen de presentatie daarvan mee.",
        ]),
        ("h", "Leiding van de route"),
        ("p", "De route staat onder leiding van een routeteam, bestaande uit de teamleider vmbo "
              "Groen van de locatie Nunspeet en de opleidingsmanager Dier & Natuur van de locatie "
              "Elburg, bijgestaan door een routecoördinator. Het college van bestuur benoemt de "
              "routecoördinator voor drie jaar, na advies van de twee locatiedirecteuren; de "
              "teamleider en de opleidingsmanager maken deel uit van het routeteam zolang zij hun "
              "functie vervullen."),
        ("p", "Het college van bestuur draagt het routeteam op: het gezamenlijke PTA/OER voor te "
              "bereiden, het rooster over beide locaties te maken, de docenten in te zetten, over "
              "toelating en bpv-plaatsing te beslissen en de overstap van leerlingen te begeleiden. "
              "Het routeteam besluit daarover zelf binnen het budget dat het college jaarlijks "
              "toekent; het college stelt het PTA/OER vast en beslist over alles wat daarbuiten "
              "valt."),
        ("h", "Verantwoording aan het college van bestuur"),
        ("p", "Het routeteam bespreekt elk kwartaal de voortgang met het lid van het college van "
              "bestuur dat onderwijs in portefeuille heeft, aan de hand van een korte notitie met "
              "instroom, uitval, verzuim en resultaten. Vóór 1 november levert het routeteam een "
              "jaarverslag over het afgelopen schooljaar aan het college van bestuur, met een "
              "verantwoording van het budget en de uitkomsten van de leerlingenquête."),
        ("h", "Onderwijs, mensen en voorzieningen"),
        ("p", "Leerjaar 3 wordt gegeven in Nunspeet; in leerjaar 4 zijn de leerlingen twee dagen per "
              "week in Elburg. Het programma en de examinering per leerjaar liggen vast in het "
              "gezamenlijke PTA/OER, dat vóór 1 juli wordt vastgesteld. De examens van het vmbo "
              "worden afgerond in leerjaar 4."),
        ("p", "Twee docenten Groen uit Nunspeet en drie docenten dierverzorging uit Elburg vormen "
              "samen één docententeam; de docenten uit Elburg geven in leerjaar 3 ook les in "
              "Nunspeet, en voor het vakoverstijgende project 'Dier in de wijk' wordt "
              "teambevoegdheid ingezet. Beide locaties stellen hun voorzieningen beschikbaar: "
              "Nunspeet het dierenverblijf en de kas, Elburg het dierenverzorgingscentrum met "
              "quarantaineruimte en het paardenterrein. Vervoer tussen de locaties regelt het AOC."),
        ("h", "Overstappen"),
        ("p", "Een leerling die de route niet afmaakt, krijgt altijd een passend vervolg met uitzicht "
              "op een diploma:"),
        ("ul", [
            "tijdens leerjaar 3 en 4 kan de leerling verder in de reguliere kaderberoepsgerichte "
            "leerweg Groen in Nunspeet;",
            "wie het vmbo-examen niet haalt, kan zonder vmbo-diploma verder in een mbo-opleiding op "
            "niveau 3 van het AOC; vooropleidingseisen gelden dan niet;",
            "past dierverzorging niet, dan kan de leerling overstappen naar een andere groene "
            "opleiding op niveau 3, zoals Vakbekwaam hovenier, of naar een opleiding elders in de "
            "regio.",
        ]),
        ("p", "De teamleider vmbo Groen en de opleidingsmanager Dier & Natuur besluiten samen over "
              "de overstap, na een gesprek met de leerling en de ouders, en houden rekening met wat "
              "de leerling al heeft behaald en met diens leeftijd."),
        ("h", "Bekostiging"),
        ("p", "Omdat vmbo en mbo onder hetzelfde bevoegd gezag vallen, wordt geen bekostiging "
              "overgedragen als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten "
              "van de route worden gedragen uit de begroting van het AOC."),
        ("h", "Inwerkingtreding"),
        ("p", "Deze regeling treedt in werking op 1 augustus 2025 en wordt elke drie jaar door het "
              "college van bestuur geëvalueerd."),
        ("p", "Elburg, 30 juni 2025 — het college van bestuur, ir. G.W. van 't Hul, voorzitter"),
    ],
)


# ---------------------------------------------------------------- h79 -----
sample(
    "h79", "h79_juridisch_considerans_begrippen_krimpenerwaard", "pdf",
    "Formele juridische PDF met uitgebreide considerans en begripsbepalingen, ARTIKEL-koppen in "
    "hoofdletters, gl Economie en ondernemen -> mbo-4 Manager retail, Krimpenerwaard; gebreken: "
    "bedrijfsleven alleen in considerans en begrippen (b missing), overstapopties zonder wie beslist "
    "(f weak); medezeggenschap alleen wet + 'kunnen' (h not_applicable); overdracht met omvang en "
    "bestemming.",
    {"a": "present", "b": "missing", "c": "present", "d": "present", "e": "present",
     "f": "weak", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "ARTIKEL 3 – DE LEERROUTE", "c": "ARTIKEL 4 – DE LEIDING", "d": "ARTIKEL 5 – VERANTWOORDING",
     "e": "ARTIKEL 6 – INRICHTING, PERSONEEL EN VOORZIENINGEN",
     "g": "ARTIKEL 8 – OVERDRACHT VAN BEKOSTIGING", "i": "ARTIKEL 10 – GESCHILLEN",
     "j": "ARTIKEL 11 – TOETREDING, WIJZIGING EN BEËINDIGING"},
    [
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("sub", "inzake de doorlopende leerroute vmbo-mbo Retail Krimpenerwaard"),
        ("h", "DE ONDERGETEKENDEN"),
        ("p", "1. de stichting Stichting Christelijk Voortgezet Onderwijs Krimpenerwaard, statutair "
              "gevestigd te Schoonhoven, ingeschreven in het handelsregister van de Kamer van "
              "Koophandel onder nummer 41176002, in haar hoedanigheid van bevoegd gezag van het "
              "Lekdijk College, school voor mavo en vbo te Schoonhoven, ten deze rechtsgeldig "
              "vertegenwoordigd door haar bestuurder, de heer mr. drs. W.A. Rijneveld, hierna te "
              "noemen: “de School”;"),
        ("p", "2. de stichting Stichting Regionaal Opleidingencentrum Lek en IJssel, statutair "
              "gevestigd te Gouda, ingeschreven in het handelsregister van de Kamer van Koophandel "
              "onder nummer 41177913, instelling voor beroepsonderwijs, ten deze rechtsgeldig "
              "vertegenwoordigd door de voorzitter van haar college van bestuur, mevrouw drs. E.M. "
              "Oosterom-Blaauw, hierna te noemen: “het ROC”;"),
        ("p", "de School en het ROC hierna gezamenlijk ook te noemen: “Partijen” en ieder "
              "afzonderlijk: “Partij”;"),
        ("h", "OVERWEGENDE DAT"),
        ("ol", [
            "de Wet doorlopende leerroutes vmbo-mbo (Stb. 2020, 157) het mogelijk maakt dat een "
            "school voor vbo en een instelling voor beroepsonderwijs op grond van een "
            "samenwerkingsovereenkomst gezamenlijk een doorlopende leerroute verzorgen;",
            "Partijen sedert het schooljaar 2022-2023 op kleine schaal samenwerken in een "
            "keuzedeel Ondernemerschap voor leerlingen van de School;",
            "het regionale bedrijfsleven, in het bijzonder de winkeliersverenigingen van "
            "Schoonhoven, Bergambacht en Lekkerkerk en de Koninklijke Nederlandse "
            "Juweliersvereniging, de totstandkoming van de leerroute van harte ondersteunt en heeft "
            "aangegeven bereid te zijn stageplaatsen en gastlessen aan te bieden;",
            "de krimp van het aantal leerlingen in de Krimpenerwaard Partijen noopt tot een "
            "doelmatige inzet van personeel en voorzieningen;",
            "Partijen hun afspraken over de leerroute, zoals bedoeld in artikel 2.107b, tweede lid, "
            "WVO 2020 en artikel 9.1.3 WEB, in deze overeenkomst wensen vast te leggen;",
        ]),
        ("p", "KOMEN OVEREEN ALS VOLGT:"),
        ("h", "ARTIKEL 1 – BEGRIPSBEPALINGEN"),
        ("p", "In deze overeenkomst en de daarbij behorende bijlagen wordt verstaan onder:"),
        ("ul", [
            "//Leerroute//: de doorlopende leerroute vmbo-mbo als omschreven in artikel 3;",
            "//Deelnemer//: de leerling van de School respectievelijk de student van het ROC die "
            "aan de Leerroute deelneemt;",
            "//Vo-fase//: de eerste twee leerjaren van de Leerroute;",
            "//Mbo-fase//: het gedeelte van de Leerroute na de Vo-fase;",
            "//Werkveld//: de ondernemingen in de detailhandel in de Krimpenerwaard en omgeving, "
            "alsmede hun branche- en belangenorganisaties;",
            "//Routeleiding//: de leiding over de Leerroute als bedoeld in artikel 4;",
            "//PTA/OER//: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
            "examenregeling van de Leerroute;",
            "//Bestuurlijk Overleg//: het overleg tussen de bestuurder van de School en de voorzitter "
            "van het college van bestuur van het ROC.",
        ]),
        ("h", "ARTIKEL 2 – ONDERWERP"),
        ("p", "2.1 Partijen verzorgen met ingang van 1 augustus 2025 gezamenlijk de Leerroute, met "
              "inachtneming van het bepaalde bij en krachtens de WVO 2020 en de WEB."),
        ("p", "2.2 Partijen melden de Leerroute gezamenlijk aan de Minister van Onderwijs, Cultuur en "
              "Wetenschap door registratie in RIO, uiterlijk op 1 oktober 2025."),
        ("h", "ARTIKEL 3 – DE LEERROUTE"),
        ("p", "3.1 De Leerroute verbindt de gemengde leerweg van de School, met het beroepsgerichte "
              "profiel Economie en ondernemen, met de middenkaderopleiding Manager retail, niveau 4, "
              "behorend tot het opleidingsdomein Handel en ondernemerschap, die het ROC aanbiedt in "
              "de beroepsopleidende leerweg op zijn locatie te Gouda."),
        ("p", "3.2 Deelnemers worden toegelaten aan het einde van het tweede leerjaar van de School, "
              "op basis van een advies van de mentor en een intakegesprek met de Routeleiding."),
        ("h", "ARTIKEL 4 – DE LEIDING"),
        ("p", "4.1 De Routeleiding bestaat uit de afdelingsleider bovenbouw van de School, de "
              "teamleider Retail van het ROC en een door Partijen gezamenlijk aan te stellen "
              "leerroutecoördinator."),
        ("p", "4.2 De afdelingsleider en de teamleider worden door hun eigen bevoegd gezag voor de "
              "Routeleiding aangewezen. De leerroutecoördinator wordt benoemd door het Bestuurlijk "
              "Overleg, voor de duur van twee schooljaren, na een openbare interne werving bij beide "
              "Partijen."),
        ("p", "4.3 Aan de Routeleiding worden door Partijen de volgende taken opgedragen: de "
              "dagelijkse organisatie van de Leerroute; het opstellen van het PTA/OER; de "
              "roostering; de toewijzing van docenten aan programmaonderdelen; de toelating van "
              "Deelnemers; de kwaliteitszorg. De Routeleiding is bevoegd binnen de door het "
              "Bestuurlijk Overleg jaarlijks vastgestelde begroting te beslissen; zij is niet bevoegd "
              "tot het aangaan van verplichtingen namens een Partij of tot personele besluiten."),
        ("h", "ARTIKEL 5 – VERANTWOORDING"),
        ("p", "5.1 De Routeleiding verstrekt aan beide bevoegde gezagsorganen desgevraagd en "
              "ongevraagd alle inlichtingen die voor de uitoefening van hun taak nodig zijn."),
        ("p", "5.2 De Routeleiding brengt halfjaarlijks, uiterlijk op 1 maart en op 1 oktober, een "
              "schriftelijke rapportage uit aan beide bevoegde gezagsorganen over de resultaten, de "
              "in-, door- en uitstroom van Deelnemers en de uitputting van de begroting. De "
              "rapportage van 1 oktober geldt als jaarverslag en wordt in het Bestuurlijk Overleg "
              "van oktober besproken, waarin de Routeleiding verantwoording aflegt."),
        ("h", "ARTIKEL 6 – INRICHTING, PERSONEEL EN VOORZIENINGEN"),
        ("p", "6.1 Het onderwijsprogramma en de examinering per leerjaar worden vastgelegd in het "
              "PTA/OER, dat jaarlijks vóór 1 juli door beide bevoegde gezagsorganen wordt vastgesteld. "
              "In de Vo-fase wordt het onderwijs verzorgd op de locatie van de School te Schoonhoven, "
              "met dien verstande dat Deelnemers in het tweede leerjaar van de Leerroute één dag per "
              "week onderwijs volgen op de locatie van het ROC te Gouda. In de Mbo-fase wordt het "
              "onderwijs verzorgd door het ROC."),
        ("p", "6.2 Het ROC stelt voor de Vo-fase een docent retail beschikbaar voor gemiddeld zes "
              "lesuren per week, die op de locatie van de School lesgeeft. De School stelt voor het "
              "eerste jaar van de Mbo-fase haar docent Nederlands beschikbaar voor twee lesuren per "
              "week. De docenten van beide Partijen vormen één team; voor het vakoverstijgende "
              "programmaonderdeel 'Eigen winkelconcept' wordt teambevoegdheid toegepast. Elk "
              "personeelslid blijft in dienst van de eigen werkgever."),
        ("p", "6.3 De School stelt haar praktijklokaal Economie en ondernemen ter beschikking; het "
              "ROC stelt zijn leerwinkel, het kassasysteem en het e-commercelab te Gouda ter "
              "beschikking. Het gebruik geschiedt om niet."),
        ("p", "6.4 Inschrijving, verzuimregistratie en klachtbehandeling geschieden door de Partij "
              "bij wie de Deelnemer staat ingeschreven; de andere Partij verleent daaraan haar "
              "medewerking."),
        ("h", "ARTIKEL 7 – OVERSTAPOPTIE"),
        ("p", "7.1 Een Deelnemer die de Leerroute voortijdig verlaat, heeft de volgende "
              "mogelijkheden:"),
        ("ol", [
            "in de Vo-fase: voortzetting van het onderwijs in de reguliere gemengde of "
            "kaderberoepsgerichte leerweg van de School, gericht op het behalen van het "
            "vmbo-diploma;",
            "na afwijzing voor het vmbo-eindexamen: doorstroom zonder vmbo-diploma naar de opleiding "
            "Manager retail of een andere opleiding op niveau 3 of 4 van het ROC, waarbij de "
            "vooropleidingseisen niet van toepassing zijn, dan wel herhaling van het examenjaar aan "
            "de School;",
            "bij een andere beroepskeuze: een opleiding in een ander domein op een vergelijkbaar "
            "niveau aan het ROC of, na een geschiktheidsonderzoek, aan een andere instelling.",
        ]),
        ("p", "7.2 De uitwerking van deze mogelijkheden wordt opgenomen in de schoolgids van de "
              "School en de studiegids van het ROC."),
        ("h", "ARTIKEL 8 – OVERDRACHT VAN BEKOSTIGING"),
        ("p", "8.1 Met toepassing van artikel 5.42a WVO 2020 draagt de School jaarlijks aan het ROC "
              "een bedrag over van € 850 per Deelnemer die op 1 oktober van het betreffende "
              "schooljaar in de Vo-fase bij de School staat ingeschreven."),
        ("p", "8.2 Het overgedragen bedrag is bestemd voor de inzet van de docent retail bedoeld in "
              "artikel 6.2 en voor het gebruik van de leerwinkel en het e-commercelab. Het ROC "
              "verantwoordt de besteding in de rapportage bedoeld in artikel 5.2."),
        ("p", "8.3 Het ROC draagt geen bekostiging over aan de School; de inzet van de docent "
              "Nederlands in de Mbo-fase komt voor rekening van de School."),
        ("h", "ARTIKEL 9 – MEDEZEGGENSCHAP"),
        ("p", "Op de medezeggenschap zijn in de Vo-fase de Wet medezeggenschap op scholen en in de "
              "Mbo-fase hoofdstuk 8a van de WEB en de Wet op de ondernemingsraden van toepassing. "
              "Partijen kunnen aanvullende afspraken maken over de medezeggenschap."),
        ("h", "ARTIKEL 10 – GESCHILLEN"),
        ("p", "10.1 Partijen trachten een geschil over de uitvoering van deze overeenkomst eerst in "
              "het Bestuurlijk Overleg op te lossen. Een Partij die een geschil aanhangig wil maken, "
              "doet daarvan schriftelijk en gemotiveerd mededeling aan de andere Partij."),
        ("p", "10.2 Is het geschil niet binnen acht weken na die mededeling opgelost, dan wordt het "
              "beslecht door arbitrage overeenkomstig het Arbitragereglement van het Nederlands "
              "Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter; de plaats van "
              "arbitrage is Rotterdam. Op deze overeenkomst is Nederlands recht van toepassing."),
        ("h", "ARTIKEL 11 – TOETREDING, WIJZIGING EN BEËINDIGING"),
        ("p", "11.1 Een andere school voor voortgezet onderwijs of instelling voor beroepsonderwijs "
              "kan tot deze overeenkomst toetreden indien beide Partijen daarmee schriftelijk "
              "instemmen en de toetredende partij de overeenkomst in haar geheel aanvaardt door "
              "ondertekening van een akte van toetreding. De toetredende partij doet melding in RIO."),
        ("p", "11.2 Wijziging van deze overeenkomst geschiedt uitsluitend schriftelijk en na "
              "ondertekening door beide Partijen."),
        ("p", "11.3 Deze overeenkomst wordt aangegaan voor onbepaalde tijd. Iedere Partij kan de "
              "overeenkomst bij aangetekende brief opzeggen tegen het einde van een schooljaar, met "
              "inachtneming van een opzegtermijn van ten minste een jaar. Iedere Partij kan de "
              "overeenkomst ontbinden indien de andere Partij in staat van faillissement wordt "
              "verklaard of, na ingebrekestelling, blijvend tekortschiet in de nakoming van haar "
              "verplichtingen."),
        ("p", "11.4 Toetreding, wijziging, opzegging of ontbinding laten de rechten van Deelnemers "
              "die op dat moment aan de Leerroute deelnemen onverlet: Partijen zorgen er gezamenlijk "
              "voor dat deze Deelnemers de Leerroute kunnen voltooien onder de voor hen geldende "
              "voorwaarden. Na opzegging of ontbinding worden geen nieuwe Deelnemers toegelaten."),
        ("h", "ARTIKEL 12 – SLOTBEPALINGEN"),
        ("p", "12.1 Deze overeenkomst treedt in werking op 1 augustus 2025."),
        ("p", "12.2 Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige "
              "bepalingen van kracht en treden Partijen in overleg over een vervangende bepaling "
              "die zoveel mogelijk aansluit bij de strekking van de nietige bepaling."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Schoonhoven op 30 juni 2025."),
        ("sig", [["Stichting Christelijk Voortgezet Onderwijs Krimpenerwaard", "", "",
                  "mr. drs. W.A. Rijneveld, bestuurder"],
                 ["Stichting Regionaal Opleidingencentrum Lek en IJssel", "", "",
                  "drs. E.M. Oosterom-Blaauw, voorzitter college van bestuur"]]),
    ],
    font="Times-Roman", size=11, justify=True, footer="SOK DLR Retail Krimpenerwaard",
)


# ---------------------------------------------------------------- h80 -----
sample(
    "h80", "h80_vakinstelling_maritiem_hoofdstukken_eemsdelta", "docx",
    "DOCX met hoofdstukken en decimale subkoppen (Word-kopstijlen) en een overstaptabel, school en "
    "maritieme vakinstelling, kb Maritiem en techniek -> mbo-3 Stuurman binnenvaart, Eemsdelta; "
    "volledig, met routeraad als aanvullende medezeggenschap en forfaitaire overdracht van "
    "bekostiging.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "2.1 Profiel en opleiding", "b": "2.3 Rederijen en havenbedrijven",
     "c": "3.1 Samenstelling en benoeming van de routeleiding",
     "d": "3.3 Rapportage aan de besturen", "e": "Hoofdstuk 4 Onderwijs en organisatie",
     "f": "Hoofdstuk 5 Overstapmogelijkheden", "g": "6.1 Bijdrage van de school",
     "h": "6.3 Routeraad", "i": "7.1 Geschillen",
     "j": "7.2 Toetreding, wijziging en beëindiging"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Binnenvaart"),
        ("sub", "Wadkant Scholengemeenschap Appingedam en Maritiem Vakcollege Eems Delfzijl"),
        ("h", "Hoofdstuk 1 Partijen en uitgangspunten"),
        ("h2", "1.1 Partijen"),
        ("p", "Stichting Openbaar Voortgezet Onderwijs Eemsdelta, gevestigd te Appingedam, bevoegd "
              "gezag van de Wadkant Scholengemeenschap (vmbo), vertegenwoordigd door de heer T. "
              "Mulder, voorzitter van het college van bestuur, hierna: de school; en Stichting "
              "Maritiem Vakcollege Eems, gevestigd te Delfzijl, vakinstelling voor beroepsonderwijs "
              "in de scheepvaart, vertegenwoordigd door mevrouw ing. A. Dijkhuis-Smit, bestuurder, "
              "hierna: de vakinstelling."),
        ("h2", "1.2 Uitgangspunten"),
        ("p", "Partijen verzorgen samen een doorlopende leerroute vmbo-mbo als bedoeld in artikel "
              "2.107a WVO 2020 en artikel 9.1.2 WEB. Jongeren uit de Eemsdelta moeten dicht bij huis "
              "kunnen kiezen voor een loopbaan aan boord. Partijen melden de route gezamenlijk in "
              "RIO."),
        ("h", "Hoofdstuk 2 De route en de sector"),
        ("h2", "2.1 Profiel en opleiding"),
        ("p", "De route verbindt het profiel Maritiem en techniek in de kaderberoepsgerichte leerweg "
              "van de school met de vakopleiding Stuurman binnenvaart, niveau 3, uit het "
              "opleidingsdomein Transport, scheepvaart en logistiek, die de vakinstelling verzorgt in "
              "de beroepsopleidende leerweg. In de mbo-fase kan de student kiezen voor de keuzedelen "
              "Radar en Rijnpatent."),
        ("h2", "2.2 Toelating"),
        ("p", "Leerlingen melden zich in leerjaar 2 aan. De routeleiding besluit over toelating na "
              "een kennismakingsdag aan boord van het opleidingsschip en een gesprek met leerling "
              "en ouders. Een medische keuring voor het werken aan boord is voorwaarde voor de "
              "bpv in de mbo-fase."),
        ("h2", "2.3 Rederijen en havenbedrijven"),
        ("p", "De vakinstelling brengt haar netwerk in. Rederij Damsterdiep, Sleepdienst Eemsmond, "
              "Tankvaart Noord en de afdeling Noord van de binnenvaartbranche zijn bij de route "
              "betrokken op de volgende manier:"),
        ("ul", [
            "zij bieden in leerjaar 4 elke leerling twee meevaardagen en in de mbo-fase de "
            "vaarstages (bpv) aan boord; SBB erkent de schepen als leerbedrijf;",
            "kapiteins en stuurlieden verzorgen gastlessen over veiligheid en lading, ten minste "
            "vijf per schooljaar;",
            "een vertegenwoordiger van de rederijen zit in de werkveldcommissie Binnenvaart, die jaarlijks in "
            "maart het PTA/OER van de route bespreekt en advies geeft over de inhoud;",
            "de rederijen beoordelen de vaarstage-opdrachten mee.",
        ]),
        ("h", "Hoofdstuk 3 Leiding en verantwoording"),
        ("h2", "3.1 Samenstelling en benoeming van de routeleiding"),
        ("p", "De routeleiding bestaat uit de teamleider techniek van de school en het hoofd "
              "opleidingen van de vakinstelling. Zij worden door hun eigen bestuur als lid van de "
              "routeleiding aangewezen; bij een vacature wijst het betreffende bestuur binnen twee "
              "maanden een opvolger aan en meldt het dit schriftelijk aan het andere bestuur."),
        ("h2", "3.2 Taken en bevoegdheden"),
        ("p", "De routeleiding is belast met de dagelijkse leiding van de route, het jaarrooster, "
              "de inzet van de docenten en instructeurs, de toelating, de planning van de vaarstages "
              "en de voorbereiding van het PTA/OER. Binnen de jaarbegroting van de route beslist de "
              "routeleiding zelfstandig. Zij heeft geen bevoegdheid tot personele besluiten en tot "
              "uitgaven buiten de jaarbegroting; daarover besluiten de besturen."),
        ("h2", "3.3 Rapportage aan de besturen"),
        ("p", "De routeleiding stuurt beide besturen elk jaar vóór 1 december een jaarrapportage "
              "over het afgelopen schooljaar met de kengetallen (instroom, tussentijdse uitstroom, "
              "diploma's), de besteding van de bijdragen uit hoofdstuk 6 en de evaluatie door "
              "leerlingen en rederijen. Daarnaast is er in april een tussentijds voortgangsoverleg "
              "tussen de routeleiding en beide bestuurders. De routeleiding informeert beide "
              "besturen onverwijld over incidenten aan boord."),
        ("h", "Hoofdstuk 4 Onderwijs en organisatie"),
        ("h2", "4.1 Programma en examinering"),
        ("p", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar "
              "staan in het gezamenlijke PTA/OER, dat beide besturen vóór 1 juli vaststellen. Het "
              "vmbo-examen wordt afgerond in leerjaar 4; mbo-onderdelen (onder meer "
              "Basisveiligheid en Marifonie) worden vanaf leerjaar 3 geëxamineerd."),
        ("h2", "4.2 Locaties en voorzieningen"),
        ("p", "Leerjaar 3 en 4 worden gegeven op de school in Appingedam, met wekelijks één dag "
              "op de vakinstelling in Delfzijl. De vakinstelling stelt de vaarsimulator, het "
              "opleidingsschip //Eemsster// en de werkplaats scheepstechniek beschikbaar, de school "
              "haar metaal- en elektrolokalen. Het vervoer tussen Appingedam en Delfzijl regelt de "
              "school."),
        ("h2", "4.3 Inzet van docenten en instructeurs"),
        ("p", "Twee docenten Maritiem en techniek van de school en twee nautische docenten en een "
              "simulatorinstructeur van de vakinstelling vormen één docententeam. De nautische "
              "docenten verzorgen in leerjaar 3 en 4 de lessen navigatie en scheepvaartregels, "
              "deels op de school. Voor het project 'Haven in bedrijf' in leerjaar 4 passen partijen "
              "teambevoegdheid toe. De docenten blijven in dienst van hun eigen werkgever."),
        ("h2", "4.4 Inschrijving, verzuim en klachten"),
        ("p", "De leerling staat de eerste twee jaar van de route ingeschreven bij de school, "
              "daarna bij de vakinstelling. Verzuim en klachten worden behandeld door de partij waar "
              "de leerling staat ingeschreven; de klachtenregeling van die partij geldt ook voor "
              "gedragingen van medewerkers van de andere partij."),
        ("h", "Hoofdstuk 5 Overstapmogelijkheden"),
        ("p", "Partijen zorgen er samen voor dat een leerling die de route verlaat een vervolg "
              "krijgt dat leidt tot een vmbo- of mbo-diploma. De routeleiding besluit gezamenlijk, "
              "na overleg met de leerling en diens ouders, en houdt rekening met het bereikte "
              "onderwijsniveau en de leeftijd. Daarbij gelden de volgende kaders:"),
        ("table", [
            ["Situatie", "Vervolg"],
            ["Stoppen in leerjaar 3 of 4",
             "Reguliere kaderberoepsgerichte leerweg van de school, Maritiem en techniek of een "
             "ander profiel, met vmbo-examen."],
            ["Vmbo-diploma niet behaald",
             "Herkansing van het examenjaar, of zonder vmbo-diploma verder in de opleiding Stuurman "
             "binnenvaart of een andere opleiding op niveau 3 van de vakinstelling; "
             "vooropleidingseisen gelden dan niet."],
            ["Medisch ongeschikt voor werk aan boord",
             "Opleiding op niveau 3 aan de wal, bijvoorbeeld in de logistiek of de havenoperatie, bij "
             "een instelling in de regio, na een geschiktheidsonderzoek; de vakinstelling begeleidt "
             "de overdracht."],
            ["Andere beroepskeuze in de mbo-fase",
             "Opleiding op vergelijkbaar niveau in een ander domein, bij de vakinstelling of elders "
             "in de regio."],
        ], [0.3, 0.7], True),
        ("p", "De uitwerking staat in de schoolgids van de school en de studiegids van de "
              "vakinstelling."),
        ("h", "Hoofdstuk 6 Geld en medezeggenschap"),
        ("h2", "6.1 Bijdrage van de school"),
        ("p", "De school draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks een vast bedrag "
              "van € 18.000 aan bekostiging over aan de vakinstelling, te betalen vóór 1 december. "
              "Dit bedrag is bestemd voor de inzet van de nautische docenten en de "
              "simulatorinstructeur in leerjaar 3 en 4 en voor het gebruik van de vaarsimulator en "
              "het opleidingsschip."),
        ("h2", "6.2 Overige kosten"),
        ("p", "De vakinstelling draagt geen bekostiging over aan de school. Alle overige kosten, "
              "waaronder het vervoer, draagt de partij die ze maakt."),
        ("h2", "6.3 Routeraad"),
        ("p", "Partijen stellen voor de route een routeraad in, bestaande uit twee leden die de "
              "leerlingenraad van de school aanwijst, twee leden die de studentenraad van de "
              "vakinstelling aanwijst en een ouder uit elk van beide fasen. De routeraad komt twee "
              "keer per jaar bijeen met de routeleiding, ontvangt de jaarrapportage en heeft "
              "adviesrecht over wijzigingen van het PTA/OER van de route en over het vaarstagebeleid. "
              "De bevoegdheden van de medezeggenschapsraad van de school en de studentenraad en "
              "ondernemingsraad van de vakinstelling blijven onverminderd van kracht."),
        ("h", "Hoofdstuk 7 Slotbepalingen"),
        ("h2", "7.1 Geschillen"),
        ("p", "Een geschil over de uitvoering van deze overeenkomst bespreekt de routeleiding binnen "
              "twee weken. Komt zij er niet uit, dan leggen de bestuurders het geschil in een "
              "bestuurlijk overleg op tafel. Is het geschil daarna niet binnen zes weken opgelost, "
              "dan vragen partijen bindend advies aan een door hen samen gekozen onafhankelijke "
              "deskundige; komen zij niet tot een keuze, dan wijzen de voorzitters van de MBO Raad en "
              "de VO-raad gezamenlijk die deskundige aan."),
        ("h2", "7.2 Toetreding, wijziging en beëindiging"),
        ("ol", [
            "Een andere vmbo-school of mbo-instelling kan partij worden als beide partijen "
            "schriftelijk instemmen, de nieuwe partij deze overeenkomst medeondertekent en haar "
            "deelname in RIO meldt.",
            "Deze overeenkomst wordt alleen gewijzigd bij een schriftelijk stuk dat beide besturen "
            "hebben getekend. Een wijziging die leerlingen raakt, gaat in bij het begin van een "
            "nieuw schooljaar.",
            "De overeenkomst geldt voor onbepaalde tijd en kan door elke partij worden opgezegd "
            "tegen 1 augustus, met een opzegtermijn van achttien maanden. Bij een ernstige "
            "tekortkoming die na ingebrekestelling niet binnen twee maanden is hersteld, kan de "
            "andere partij de overeenkomst ontbinden.",
            "Bij toetreding, wijziging, opzegging of ontbinding houden leerlingen en studenten die "
            "al in de route zijn begonnen het recht de route af te ronden zoals afgesproken; na "
            "opzegging of ontbinding vindt geen nieuwe instroom plaats.",
        ]),
        ("p", "Getekend te Delfzijl op 30 juni 2025."),
        ("sig", [["Stichting Openbaar VO Eemsdelta", "", "T. Mulder",
                  "voorzitter college van bestuur"],
                 ["Stichting Maritiem Vakcollege Eems", "", "ing. A. Dijkhuis-Smit", "bestuurder"]]),
    ],
    font="Calibri", size=10.5, author="Maritiem Vakcollege Eems",
)


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--check"]:
        sys.exit(0 if check() else 1)
    keys = args or sorted(SAMPLES)
    for k in keys:
        build(k)
