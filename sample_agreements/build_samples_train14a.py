#!/usr/bin/env python3
"""Build training samples 205-212 (batch train14a) for leerroute-check.

Written by an independent author-helper from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie, in /work/shared/seeds), /work/shared/domain.md
and sample_agreements/LABELS.md only -- without looking at checker code, models, tests, benchmarks or
the texts of other samples. All schools, instellingen, companies and people are made up.

Voice of this batch: mixed drafting teams (a school's teamleider with the ROC's onderwijsmanager,
reviewed by a board secretary), so plain sentences sit next to formal clauses. Six agreements are
fully compliant with the core elements worded in the writers' own words; two (207 and 211) carry one
or two subtle defects each.

Usage:
    python3 build_samples_train14a.py            build all
    python3 build_samples_train14a.py 205 210    build only these numbers
    python3 build_samples_train14a.py --check    verify the produced files
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

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(num, slug, fmt, description, statuses, evidence, blocks, footer=None):
    assert 205 <= num <= 212
    assert set(statuses) == set("abcdefghij")
    SAMPLES[num] = dict(num=num, name="%03d_%s" % (num, slug), fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, blocks=blocks, footer=footer)


# ---------------------------------------------------------------------------------------------
# Block helpers. A document is a list of tuples:
#   ("title", text) ("subtitle", text) ("h", text) ("h2", text) ("p", text) ("ul", [items])
#   ("table", header, rows, widths) ("sig", [[lines], [lines]]) ("pb",)
# Paragraph text may use **bold** lead-ins.
# ---------------------------------------------------------------------------------------------
def T(t): return ("title", t)
def ST(t): return ("subtitle", t)
def H(t): return ("h", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def UL(*items): return ("ul", list(items))
def TBL(header, rows, widths=None): return ("table", header, rows, widths)
def SIG(*cols): return ("sig", [list(c) for c in cols])
def PB(): return ("pb",)


def strip_bold(t):
    return t.replace("**", "")


def is_lettered(t):
    """List items that carry their own letter ('a. ...') get no bullet in PDF/DOCX."""
    return re.match(r"^[a-z]\. ", strip_bold(t)) is not None


def bold_parts(t):
    """Split 'a **b** c' into [(a, False), (b, True), (c, False)]."""
    parts = t.split("**")
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------
def build_pdf(s, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    ss = getSampleStyleSheet()
    base = ParagraphStyle("base", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=13.5, spaceAfter=5)
    st = {
        "title": ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=15,
                                leading=19, alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("st", parent=base, fontSize=11, leading=14,
                                   alignment=TA_CENTER, spaceAfter=14),
        "h": ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=11.5,
                            leading=15, spaceBefore=9, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName="Helvetica-BoldOblique", fontSize=10.5,
                             leading=14, spaceBefore=6, spaceAfter=3),
        "p": base,
        "li": ParagraphStyle("li", parent=base, leftIndent=16, bulletIndent=5, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "cellh": ParagraphStyle("cellh", parent=base, fontName="Helvetica-Bold", fontSize=9,
                                leading=11.5, spaceAfter=0),
    }

    def para(text, style):
        out = []
        for chunk, b in bold_parts(text):
            e = escape(chunk)
            out.append("<b>%s</b>" % e if b else e)
        return Paragraph("".join(out), style)

    story = []
    width = A4[0] - 5 * cm
    for b in s["blocks"]:
        kind = b[0]
        if kind in ("title", "subtitle", "h", "h2", "p"):
            story.append(para(b[1], st[kind]))
        elif kind == "ul":
            for it in b[1]:
                p = para(it, st["li"])
                if not is_lettered(it):
                    p.bulletText = "\u2022"
                story.append(p)
        elif kind == "table":
            header, rows, widths = b[1], b[2], b[3]
            ncol = len(header) if header else len(rows[0])
            widths = widths or [1.0 / ncol] * ncol
            data = []
            if header:
                data.append([para(c, st["cellh"]) for c in header])
            for r in rows:
                data.append([para(c, st["cell"]) for c in r])
            t = Table(data, colWidths=[w * width for w in widths], repeatRows=1 if header else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if header:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e9ef")))
            t.setStyle(TableStyle(style))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "sig":
            cols = b[1]
            cells = []
            for c in cols:
                cells.append([para(line, st["p"]) for line in c])
            t = Table([cells], colWidths=[width / len(cols)] * len(cols))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 10))
            story.append(t)
        elif kind == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(kind)

    footer = s.get("footer") or ""

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2.5 * cm, 1.5 * cm, footer)
        canvas.drawRightString(A4[0] - 2.5 * cm, 1.5 * cm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.3 * cm, invariant=1,
                            title=strip_bold(s["blocks"][0][1]), author="leerroute-check samples",
                            subject=s["name"], creator="build_samples_train14a.py")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------------
def build_docx(s, path):
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)

    def add_par(text, style=None):
        p = d.add_paragraph(style=style)
        for chunk, b in bold_parts(text):
            r = p.add_run(chunk)
            r.bold = b
        return p

    for b in s["blocks"]:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "subtitle":
            add_par(b[1], "Subtitle")
        elif kind == "h":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            add_par(b[1])
        elif kind == "ul":
            for it in b[1]:
                if is_lettered(it):
                    add_par(it).paragraph_format.left_indent = Cm(0.63)
                else:
                    add_par(it, "List Bullet")
        elif kind == "table":
            header, rows = b[1], b[2]
            ncol = len(header) if header else len(rows[0])
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if header:
                cells = t.add_row().cells
                for i, c in enumerate(header):
                    cells[i].text = ""
                    r = cells[i].paragraphs[0].add_run(c)
                    r.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = ""
                    par = cells[i].paragraphs[0]
                    for chunk, bb in bold_parts(c):
                        r = par.add_run(chunk)
                        r.bold = bb
            d.add_paragraph()
        elif kind == "sig":
            cols = b[1]
            t = d.add_table(rows=1, cols=len(cols))
            for i, c in enumerate(cols):
                cell = t.rows[0].cells[i]
                cell.text = c[0]
                for line in c[1:]:
                    cell.add_paragraph(line)
        elif kind == "pb":
            d.add_page_break()
        else:
            raise ValueError(kind)

    cp = d.core_properties
    cp.author = "leerroute-check samples"
    cp.last_modified_by = "leerroute-check samples"
    cp.title = strip_bold(s["blocks"][0][1])
    cp.subject = s["name"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------------------------
# TXT / MD
# ---------------------------------------------------------------------------------------------
def build_text(s, path, md):
    out = []
    wrap = lambda t, ind="": textwrap.fill(t, width=96, initial_indent=ind,
                                           subsequent_indent=" " * len(ind),
                                           break_on_hyphens=False, break_long_words=False)
    for b in s["blocks"]:
        kind = b[0]
        if kind == "title":
            if md:
                out += ["# " + b[1], ""]
            else:
                out += [b[1].upper(), "=" * min(96, len(b[1])), ""]
        elif kind == "subtitle":
            out += [("*%s*" % b[1]) if md else b[1], ""]
        elif kind == "h":
            out += ["## " + b[1], ""] if md else [b[1], "-" * min(96, len(b[1])), ""]
        elif kind == "h2":
            out += [("### " + b[1]) if md else b[1], ""]
        elif kind == "p":
            t = b[1] if md else strip_bold(b[1])
            out += [wrap(t), ""]
        elif kind == "ul":
            for it in b[1]:
                t = it if md else strip_bold(it)
                out.append(wrap(t, "- "))
            out.append("")
        elif kind == "table":
            header, rows = b[1], b[2]
            if md:
                if header:
                    out.append("| " + " | ".join(header) + " |")
                    out.append("|" + "|".join("---" for _ in header) + "|")
                for r in rows:
                    out.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
                out.append("")
            else:
                for r in rows:
                    for i, c in enumerate(r):
                        lab = (header[i] + ": ") if header else ""
                        out.append(wrap(lab + strip_bold(c), "  " if i else ""))
                    out.append("")
        elif kind == "sig":
            for c in b[1]:
                out += [strip_bold(x) if not md else x for x in c]
                out.append("")
        elif kind == "pb":
            out += ["", ""]
    text = "\n".join(out).rstrip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


EXT = {"pdf": "pdf", "docx": "docx", "txt": "txt", "md": "md"}


def expected_json(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(s):
    path = os.path.join(HERE, s["name"] + "." + EXT[s["fmt"]])
    if s["fmt"] == "pdf":
        build_pdf(s, path)
    elif s["fmt"] == "docx":
        build_docx(s, path)
    else:
        build_text(s, path, md=(s["fmt"] == "md"))
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected_json(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


# ---------------------------------------------------------------------------------------------
# Check
# ---------------------------------------------------------------------------------------------
def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        n = len(pdf)
        pdf.close()
        return "\n".join(parts), n
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\n)", xml)
        raw = "".join(a or b for a, b in texts)
        raw = raw.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">") \
                 .replace("&quot;", '"').replace("&apos;", "'")
        return raw, None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def check():
    ok = True
    fmts = {}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(HERE, s["name"] + "." + EXT[s["fmt"]])
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        errs = []
        if not os.path.exists(path):
            errs.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text, pages = extract(path)
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text, pages = "", None
            nt = norm(text)
            for k, v in s["evidence"].items():
                if s["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(v) not in nt:
                    errs.append("evidence %s not found: %r" % (k, v))
            words = len(nt.split())
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as f:
                j = json.load(f)
            if j != expected_json(s):
                errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        for k, v in s["statuses"].items():
            if v not in ("present", "weak", "missing", "not_applicable"):
                errs.append("bad status %s=%s" % (k, v))
        info = "%s words" % words if os.path.exists(path) else ""
        if pages:
            info += ", %d pages" % pages
        print("%-60s %s %s" % (os.path.basename(path), "OK  " if not errs else "FAIL", info))
        for e in errs:
            print("    -", e)
        ok = ok and not errs
    print("formats:", fmts)
    return ok


# =============================================================================================
# 205  Friesland, horeca -- DOCX, table "Onderwerp | Wat spreken we af | Wie". Compliant.
# =============================================================================================
sample(
    205, "afsprakentabel_wie_trekt_de_kar_friesland_horeca", "docx",
    "DOCX, plain-language agreement whose arrangements sit in one table 'Onderwerp | Wat spreken we "
    "af | Wie' with colloquial topic names (Wie trekt de kar?, Geld, Ruzie, Erbij of eruit); "
    "Sneek/Friesland, kb Horeca, bakkerij en recreatie -> Zelfstandig werkend kok niveau 3; fully "
    "compliant, transfer per leerling with bestemming in the table, extra medezeggenschap arranged.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "De route", "b": "Het werkveld", "c": "Wie trekt de kar?", "d": "Verslag aan de besturen",
     "e": "Wie geeft les en waar?", "f": "Als het niet past", "g": "Geld", "h": "Inspraak",
     "i": "Ruzie", "j": "Erbij of eruit"},
    [
        T("Samenwerkingsovereenkomst doorlopende leerroute Horeca – Kok niveau 3"),
        ST("Greidhoeke College (vmbo, Sneek) en ROC Waadkust, School voor Horeca en Toerisme"),
        H("Partijen"),
        P("1. Stichting Christelijk Voortgezet Onderwijs De Greidhoeke, statutair gevestigd te Sneek, "
          "bevoegd gezag van het Greidhoeke College, vmbo-locatie Sneek, rechtsgeldig vertegenwoordigd "
          "door de voorzitter van het college van bestuur, mevrouw drs. J.W. Hoekstra, hierna: "
          "‘de Greidhoeke’;"),
        P("2. Stichting Beroepsonderwijs Waadkust, statutair gevestigd te Leeuwarden, bevoegd gezag van "
          "ROC Waadkust, rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, "
          "de heer ir. S. de Vries, hierna: ‘Waadkust’;"),
        P("hierna samen ‘partijen’ en ieder afzonderlijk ‘partij’."),
        H("Waarom deze overeenkomst"),
        P("Sinds 2021 werken de horecasectie van de Greidhoeke en de School voor Horeca en Toerisme van "
          "Waadkust samen in het ‘Keukenpad’. Leerlingen koken al in het derde leerjaar in het "
          "leerrestaurant van Waadkust en kennen de docenten daar. Met deze overeenkomst maken we van "
          "het Keukenpad een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107b van de Wet "
          "voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs."),
        P("Wij – de teamleider HBR van de Greidhoeke en de onderwijsmanager Horeca van Waadkust – hebben "
          "de afspraken zo kort mogelijk en in gewone taal opgeschreven, in de tabel hieronder. De kolom "
          "‘Wie’ zegt wie ervoor zorgt dat de afspraak wordt nagekomen. De bestuurssecretarissen van "
          "beide partijen hebben de tekst juridisch nagelezen; de artikelen 2 tot en met 4 onder de "
          "tabel zijn de formele bepalingen."),
        H("Artikel 1. De afspraken"),
        P("Partijen komen het volgende overeen. De tabel maakt volledig deel uit van deze overeenkomst; "
          "de termen ‘wij’ en ‘we’ in de tabel betekenen: beide partijen."),
        TBL(["Onderwerp", "Wat spreken we af", "Wie"], [
            ["De route",
             "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Horeca, "
             "bakkerij en recreatie (HBR), en loopt door in de mbo-opleiding Zelfstandig werkend kok, "
             "niveau 3 (BOL), kwalificatiedossier Kok, opleidingsdomein Horeca en bakkerij. Routejaar 1 "
             "en 2 zijn vmbo-jaren: de leerling staat ingeschreven bij de Greidhoeke. Vanaf routejaar 3 "
             "staat hij of zij als student ingeschreven bij Waadkust. Het vmbo-diploma kader HBR wordt "
             "uiterlijk aan het eind van routejaar 2 behaald. De hele route duurt vijf jaar; een "
             "leerling die het aankan, mag versnellen.",
             "Teamleider HBR en onderwijsmanager Horeca"],
            ["Het werkveld",
             "Horecaondernemers uit Súdwest-Fryslân doen actief mee. Hotel-restaurant De Wielen "
             "(Sneek), Brasserie It Heechhout (Joure) en Party- en Cateringservice Westergo (Bolsward) "
             "leveren elk jaar samen ten minste twaalf stageplaatsen (bpv) vanaf routejaar 2, geven elk "
             "halfjaar een gastles of masterclass en beoordelen als tweede beoordelaar mee bij de "
             "praktijkexamens koken in routejaar 3 tot en met 5. Twee keer per jaar (oktober en maart) "
             "komt de werkveldtafel bij elkaar: deze bedrijven, de regionale afdeling van de "
             "horecabranchevereniging en de adviseur praktijkleren van SBB. De werkveldtafel adviseert "
             "over het programma en de keuzedelen; het routeteam laat binnen zes weken schriftelijk "
             "weten wat het met dat advies doet.",
             "Routeteam; coördinator werkveld van Waadkust"],
            ["Wie trekt de kar?",
             "Het routeteam leidt de route. In het routeteam zitten de teamleider HBR van de "
             "Greidhoeke, de onderwijsmanager Horeca van Waadkust en één routecoördinator. De directeur "
             "van de Greidhoeke wijst namens zijn bestuur de teamleider aan; de directeur van de School "
             "voor Horeca en Toerisme doet dat namens het bestuur van Waadkust voor de "
             "onderwijsmanager. De routecoördinator wordt door beide directeuren samen aangewezen, "
             "telkens voor twee schooljaren. Het routeteam beslist zelf over het jaarrooster, de "
             "verdeling van de lessen over de docenten, de plaatsing van leerlingen bij leerbedrijven, "
             "de toelating tot de route en de uitgaven binnen het budget dat de besturen elk jaar "
             "vaststellen. Het maakt het voorstel voor het PTA en de OER. Het routeteam gaat niet over "
             "benoeming of ontslag van personeel, contracten met derden en uitgaven buiten het budget: "
             "dat blijft bij de besturen.",
             "Directeuren (aanwijzen); routeteam"],
            ["Verslag aan de besturen",
             "Het routeteam houdt de beide bestuurders op de hoogte en legt aan hen verantwoording af. "
             "Vóór 1 december stuurt het een korte tussenrapportage (aantallen leerlingen, verzuim, "
             "overstappers, stand van het budget) en vóór 1 juli een jaarverslag met de resultaten, de "
             "besteding van het geld en de adviezen van de werkveldtafel. Het jaarverslag bespreekt het "
             "routeteam in juli met beide bestuurders in het bestuurlijk overleg. Gebeurt er tussendoor "
             "iets bijzonders – een incident, een leerbedrijf dat afhaakt, een dreigend tekort – dan "
             "meldt het routeteam dat binnen een week aan beide bestuurders.",
             "Routeteam, aan beide bestuurders"],
            ["Wie geeft les en waar?",
             "Eén docententeam van beide partijen verzorgt de route. In routejaar 1 en 2 geven "
             "kookdocenten van Waadkust gemiddeld vier lesuren per week praktijk in de keuken van de "
             "Greidhoeke; docenten van de Greidhoeke geven de algemene vakken en het beroepsgerichte "
             "programma vmbo. Vanaf routejaar 3 verzorgt Waadkust het onderwijs; een HBR-docent van de "
             "Greidhoeke blijft één dag per week mentor van leerlingen die hun vmbo-diploma nog moeten "
             "halen. Voor het praktijkdeel werken we met teambevoegdheid (artikel 7.13a WVO 2020 en "
             "9.1.12 WEB): voor elk programmaonderdeel is een bevoegde docent verantwoordelijk. "
             "Leerlingen gebruiken vanaf routejaar 1 één dagdeel per week leerrestaurant De Waadkeuken "
             "van Waadkust aan de Oosterdijk in Sneek; Waadkust mag de praktijkkeuken van de Greidhoeke "
             "’s avonds gebruiken voor cursussen. Het onderwijsprogramma en de examinering per leerjaar "
             "staan in het gezamenlijke PTA/OER (bijlage 1), dat beide partijen elk jaar vóór 1 oktober "
             "vaststellen.",
             "Teamleider HBR en onderwijsmanager Horeca"],
            ["Als het niet past",
             "Stopt een leerling met de route, dan zoeken we samen een plek waar hij of zij toch een "
             "diploma haalt. Tijdens routejaar 1 of 2: verder in de gewone kaderberoepsgerichte leerweg "
             "HBR bij de Greidhoeke (in dezelfde klas waar dat kan) of in een ander profiel van de "
             "Greidhoeke, op weg naar het vmbo-diploma. Na routejaar 2 zonder vmbo-diploma: door in het "
             "mbo bij Waadkust, in de opleiding Zelfstandig werkend kok of een andere opleiding op "
             "niveau 2 of 3, zonder dat vooropleidingseisen in de weg staan; de Greidhoeke blijft "
             "verantwoordelijk voor het vmbo-examen. Andere richting in het mbo-deel: een andere "
             "opleiding op niveau 3 bij Waadkust (bijvoorbeeld Gastheer/gastvrouw of Zelfstandig "
             "werkend medewerker bakkerij), of bij een andere instelling in de regio na een "
             "geschiktheidsonderzoek. Wie beslist: de teamleider HBR en de onderwijsmanager Horeca "
             "samen, na een gesprek met de leerling en de ouders. Zij kijken naar wat de leerling al "
             "heeft gehaald en naar de leeftijd. Binnen vier weken ligt er een overstapplan met een "
             "warme overdracht. Deze werkwijze staat ook in de schoolgids.",
             "Teamleider HBR en onderwijsmanager Horeca samen, met leerling en ouders"],
            ["Geld",
             "De Greidhoeke draagt op grond van artikel 5.42a WVO 2020 een deel van haar bekostiging "
             "over aan Waadkust: € 1.150 per leerling per schooljaar in routejaar 1 en 2, bestemd voor "
             "de lessen van kookdocenten van Waadkust in de keuken van de Greidhoeke en voor het "
             "gebruik van De Waadkeuken (personeel, grondstoffen, schoonmaak). In schooljaar 2025-2026 "
             "komt daar eenmalig € 6.000 bij, bestemd voor het samen schrijven van het PTA/OER. Telling "
             "op 1 oktober; betaling in twee delen, in december en april. Verder gaat er geen geld "
             "over en draagt ieder de eigen kosten. De berekening staat in bijlage 2.",
             "Controllers van beide partijen"],
            ["Inspraak",
             "Voor de medezeggenschap gelden de wettelijke regels: de WMS in routejaar 1 en 2, de WEB "
             "en de WOR daarna. Daarbovenop spreken we af: leerlingen uit routejaar 1 en 2 vaardigen "
             "één vertegenwoordiger af naar de studentenraad van de School voor Horeca en Toerisme, met "
             "spreekrecht over alles wat de route raakt. De MR van de Greidhoeke en de studentenraad "
             "van Waadkust krijgen elk jaar het jaarverslag van het routeteam en mogen het routeteam "
             "uitnodigen voor een gesprek. Een plan om de route wezenlijk te veranderen leggen beide "
             "besturen voor advies voor aan de MR én aan de studentenraad.",
             "Routeteam; besturen"],
            ["Ruzie",
             "Een verschil van mening tussen partijen over de uitvoering van deze overeenkomst lossen "
             "we stap voor stap op. Stap 1: het routeteam probeert het binnen drie weken op te lossen. "
             "Stap 2: lukt dat niet, dan legt het routeteam het schriftelijk voor aan de twee "
             "directeuren, die binnen vier weken samen een oplossing zoeken. Stap 3: daarna gaat het "
             "naar de beide bestuurders. Stap 4: komen zij er binnen zes weken niet uit, dan schakelen "
             "zij samen een MfN-registermediator in. Stap 5: levert ook mediation binnen drie maanden "
             "geen oplossing op, dan kan elke partij het geschil voorleggen aan de bevoegde rechter van "
             "de rechtbank Noord-Nederland, locatie Leeuwarden. De lessen voor de leerlingen gaan "
             "tijdens een geschil gewoon door.",
             "Routeteam, dan directeuren, dan bestuurders"],
            ["Erbij of eruit",
             "Erbij: een andere vmbo-school of mbo-instelling kan meedoen als beide besturen daar "
             "schriftelijk mee instemmen, de nieuwe partij deze overeenkomst aanvaardt door een "
             "toetredingsverklaring te tekenen en er vooraf een sluitende afspraak ligt over geld en "
             "plaatsen voor leerlingen. Meedoen gaat in op 1 augustus; de nieuwe partij meldt de "
             "route zelf bij DUO. Eruit: elk bestuur kan deze overeenkomst schriftelijk opzeggen tegen "
             "1 augustus, met een opzegtermijn van ten minste twaalf maanden. Schiet een partij ernstig "
             "tekort, dan kan de andere partij de overeenkomst ontbinden nadat zij haar schriftelijk "
             "een termijn van ten minste twee maanden heeft gegeven om het te herstellen. Na opzegging "
             "of ontbinding worden geen nieuwe leerlingen meer toegelaten; wie al in de route zit, "
             "maakt die af bij partijen of krijgt via ‘Als het niet past’ een gelijkwaardige plek. "
             "Anders wijzigen: de tabel en de bijlagen veranderen alleen met een schriftelijk stuk dat "
             "door beide bestuurders is getekend. Wijzigingen die leerlingen raken gaan pas in bij het "
             "begin van een nieuw schooljaar en werken niet in het nadeel van leerlingen die al in de "
             "route zitten.",
             "Besturen"],
        ], [0.17, 0.63, 0.20]),
        H("Artikel 2. Ingang en duur"),
        P("Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde "
          "tijd. Zij vervangt de intentieverklaring ‘Keukenpad’ van 14 maart 2021."),
        H("Artikel 3. Melding"),
        P("Partijen melden de route vóór 1 oktober 2025 gezamenlijk aan de minister van Onderwijs, "
          "Cultuur en Wetenschap door registratie in RIO; iedere partij verzorgt de eigen registratie."),
        H("Artikel 4. Slotbepalingen"),
        P("4.1 Op deze overeenkomst is Nederlands recht van toepassing."),
        P("4.2 Bij deze overeenkomst horen bijlage 1 (PTA/OER doorlopende leerroute Horeca – Kok) en "
          "bijlage 2 (financiële uitwerking). Bij strijd gaat de tabel in artikel 1 voor."),
        P("Aldus overeengekomen en in tweevoud getekend te Sneek op 30 juni 2025."),
        SIG(["Stichting Christelijk Voortgezet Onderwijs De Greidhoeke", "", "",
             "mevrouw drs. J.W. Hoekstra", "voorzitter college van bestuur"],
            ["Stichting Beroepsonderwijs Waadkust", "", "",
             "de heer ir. S. de Vries", "voorzitter college van bestuur"]),
    ],
)


# =============================================================================================
# 206  Achterhoek, groen -- PDF, articles; leiding named "de Routetafel". Compliant.
# =============================================================================================
sample(
    206, "routetafel_achterhoek_groen_hovenier", "pdf",
    "PDF, article-style agreement where the leiding gets a proper name (de Routetafel) and later "
    "articles refer to it by that name only; Groenlo/Achterhoek, kb Groen -> Vakbekwaam hovenier "
    "niveau 3; fully compliant, explicit 'geen overdracht', 'de voorzitters hakken de knoop door' "
    "followed by bindend advies, extra medezeggenschap arranged.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 2. De route", "b": "Artikel 3. Wat de hoveniers doen",
     "c": "Artikel 4. De Routetafel", "d": "Artikel 5. Rekenschap",
     "e": "Artikel 6. Onderwijs, mensen en middelen", "f": "Artikel 8. Overstappen",
     "g": "Artikel 7. Geld", "h": "Artikel 9. Medezeggenschap",
     "i": "Artikel 11. Als we het oneens zijn", "j": "Artikel 12. Erbij komen, stoppen en aanpassen"},
    [
        T("Samenwerkingsovereenkomst doorlopende leerroute Groen – Hovenier"),
        ST("Slingecollege Groenlo en Groenacademie Achterhoek"),
        P("**De ondergetekenden:**"),
        P("1. de Stichting Onderwijsgroep Berkel en Slinge, statutair gevestigd te Groenlo, bevoegd gezag "
          "van het Slingecollege, school voor vmbo, te dezen rechtsgeldig vertegenwoordigd door de heer "
          "drs. H.J.M. Wennink, voorzitter van het college van bestuur, hierna te noemen: ‘het "
          "Slingecollege’;"),
        P("2. de Stichting Groenacademie Achterhoek, statutair gevestigd te Lichtenvoorde, bevoegd gezag "
          "van de gelijknamige instelling voor beroepsonderwijs, te dezen rechtsgeldig vertegenwoordigd "
          "door mevrouw ir. A.G. Klein Gunnewiek, voorzitter van het college van bestuur, hierna te "
          "noemen: ‘de Groenacademie’;"),
        P("**overwegende dat** partijen sinds 2022 samenwerken in het project ‘Buiten aan de slag’ en "
          "die samenwerking willen voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel "
          "2.107b WVO 2020 en artikel 9.1.3 WEB;"),
        P("**komen overeen als volgt:**"),
        H("Artikel 1. Begrippen"),
        P("In deze overeenkomst wordt verstaan onder: a. de route: de doorlopende leerroute bedoeld in "
          "artikel 2; b. de Routetafel: het overleg bedoeld in artikel 4; c. vo-fase: de eerste twee "
          "leerjaren van de route; d. mbo-fase: de leerjaren daarna; e. leerling: een deelnemer aan de "
          "route, ook als hij of zij als student bij de Groenacademie staat ingeschreven."),
        H("Artikel 2. De route"),
        P("2.1 De route verbindt de kaderberoepsgerichte leerweg met het profiel Groen van het "
          "Slingecollege met de mbo-opleiding Vakbekwaam hovenier, niveau 3 (kwalificatiedossier "
          "Hovenier, opleidingsdomein Voedsel, natuur en leefomgeving) van de Groenacademie."),
        P("2.2 De route begint in het derde leerjaar van het vmbo en duurt vijf jaar. In de vo-fase "
          "staat de leerling ingeschreven bij het Slingecollege en sluit hij of zij af met het "
          "vmbo-diploma kader Groen; in de mbo-fase is de leerling student van de Groenacademie (BOL; "
          "vanaf het vierde routejaar kan worden gekozen voor BBL)."),
        P("2.3 In de vo-fase kiest de leerling de beroepsgerichte keuzevakken die in het PTA als "
          "‘hovenierslijn’ zijn aangemerkt; in de mbo-fase ten minste één keuzedeel gericht op "
          "natuurinclusief ontwerpen."),
        H("Artikel 3. Wat de hoveniers doen"),
        P("Het hoveniersvak leer je buiten, bij echte klanten. Daarom doen de volgende bedrijven en "
          "organisaties mee: Hoveniersbedrijf Te Boekhorst (Lichtenvoorde), Groenvoorziening "
          "Berkelland B.V. (Borculo), Boomkwekerij Wolters (Eibergen) en de afdeling Buitenruimte van "
          "de gemeente Oost Gelre. Zij hebben zich in een bijgevoegde intentieverklaring (bijlage 3) "
          "daartoe verbonden. Concreet:"),
        UL("zij leveren per schooljaar ten minste twee levensechte opdrachten voor de vo-fase "
           "(aanleg van een schooltuin, onderhoud van een stukje openbaar groen);",
           "zij bieden in de mbo-fase bpv-plaatsen en leerwerkplekken voor BBL aan; Te Boekhorst en "
           "Groenvoorziening Berkelland zijn erkend leerbedrijf bij SBB;",
           "een vakman of vakvrouw van deze bedrijven beoordeelt mee bij de proeve van bekwaamheid;",
           "twee vertegenwoordigers nemen als adviseur, zonder stem, deel aan de vergaderingen van de "
           "Routetafel in oktober en maart, waarin het programma voor het volgende jaar wordt "
           "besproken."),
        H("Artikel 4. De Routetafel"),
        P("4.1 De leiding over de route berust bij de Routetafel."),
        P("4.2 De Routetafel bestaat uit drie leden: de afdelingsleider bovenbouw vmbo van het "
          "Slingecollege, de teamleider Hovenier van de Groenacademie en een routecoördinator. De "
          "routecoördinator is in dienst van een van beide partijen en heeft ten minste acht uur per "
          "week voor deze taak."),
        P("4.3 Het college van bestuur van elke partij benoemt het eigen lid. De routecoördinator wordt "
          "benoemd door beide colleges van bestuur gezamenlijk, op voordracht van de twee andere leden, "
          "voor een termijn van drie jaar die eenmaal kan worden verlengd."),
        P("4.4 De colleges van bestuur dragen aan de Routetafel op: a. de dagelijkse organisatie van de "
          "route, waaronder rooster en inzet van docenten binnen de afgesproken uren; b. het opstellen "
          "van het gezamenlijke PTA/OER, dat de colleges van bestuur vaststellen; c. de toelating van "
          "leerlingen tot de route; d. het beheer van het routebudget dat de colleges jaarlijks "
          "vaststellen; e. het besluit over een overstap (artikel 8); f. het onderhouden van de "
          "contacten met de bedrijven genoemd in artikel 3."),
        P("4.5 De Routetafel mag geen arbeidsrechtelijke besluiten nemen, geen verplichtingen aangaan "
          "boven € 5.000 per geval en deze overeenkomst niet wijzigen. Die bevoegdheden blijven bij de "
          "colleges van bestuur."),
        P("4.6 De Routetafel besluit met eenparigheid van stemmen. Lukt dat niet, dan geldt artikel 11."),
        H("Artikel 5. Rekenschap"),
        P("5.1 De Routetafel stuurt elk jaar vóór 1 november een schriftelijk verslag over het "
          "afgelopen schooljaar aan beide colleges van bestuur. Daarin staan in elk geval de in-, door- "
          "en uitstroom, de examenresultaten, het aantal overstappen, de uitkomsten van de "
          "tevredenheidspeiling en de besteding van het routebudget."),
        P("5.2 In februari geeft de Routetafel de colleges van bestuur een korte schriftelijke "
          "tussenstand."),
        P("5.3 In november en in mei is er een bestuurlijk overleg, waarin de Routetafel verantwoording "
          "aflegt over het verslag respectievelijk de tussenstand. De colleges van bestuur stellen "
          "daarna het budget en de prioriteiten voor het volgende jaar vast."),
        P("5.4 Ieder college van bestuur kan de Routetafel tussentijds om inlichtingen vragen; de "
          "Routetafel geeft die binnen twee weken."),
        H("Artikel 6. Onderwijs, mensen en middelen"),
        P("6.1 In de vo-fase krijgt de leerling les op het Slingecollege in Groenlo en werkt hij of zij "
          "één dag per week op het praktijkterrein van de Groenacademie aan de Zieuwentseweg in "
          "Lichtenvoorde. In de mbo-fase is de Groenacademie de hoofdlocatie; de bpv vindt plaats bij "
          "de bedrijven uit artikel 3."),
        P("6.2 De docenten van beide partijen vormen één team. Een docent hoveniersvak van de "
          "Groenacademie geeft in de vo-fase zes lesuren per week praktijkonderwijs; docenten van het "
          "Slingecollege begeleiden in de mbo-fase leerlingen die het vmbo-diploma nog niet hebben. Voor "
          "de vakoverstijgende praktijkmodules maken partijen gebruik van teambevoegdheid (artikel "
          "7.13a WVO 2020 en 9.1.12 WEB); in het PTA/OER staat per module welke docent bevoegd en "
          "verantwoordelijk is. Docenten blijven in dienst van hun eigen werkgever."),
        P("6.3 De Groenacademie stelt haar praktijkterrein, de kassen en de machines (minigraver, "
          "maaiers, bosmaaiers) beschikbaar; leerlingen werken daar alleen onder toezicht en na de "
          "veiligheidsinstructie. Het Slingecollege stelt het tekenlokaal en de ontwerpsoftware "
          "beschikbaar aan mbo-studenten van de route."),
        P("6.4 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar staan "
          "in het gezamenlijke PTA/OER (bijlage 1). Het vmbo-examen wordt in het tweede routejaar "
          "afgerond; mbo-examens zijn mogelijk vanaf het tweede routejaar."),
        P("6.5 Een klacht over een medewerker van de andere partij wordt behandeld volgens de "
          "klachtenregeling van de partij waar de klacht is ingediend; de andere partij werkt daaraan "
          "mee."),
        H("Artikel 7. Geld"),
        P("7.1 Er gaat geen bekostiging over tussen partijen. Ieder houdt de rijksbijdrage die zij voor "
          "de leerling ontvangt en betaalt daaruit de eigen inzet van personeel en middelen."),
        P("7.2 Het gebruik van elkaars lokalen, terrein en machines is over en weer kosteloos. Schade "
          "die door opzet of grove schuld ontstaat, komt voor rekening van de partij waarvan de leerling "
          "of de medewerker afkomstig is."),
        H("Artikel 8. Overstappen"),
        P("8.1 Stopt een leerling met de route voordat hij of zij die heeft afgerond, dan zorgt de "
          "Routetafel ervoor dat de leerling alsnog een vmbo-diploma of een mbo-diploma kan halen. De "
          "Routetafel besluit na een gesprek met de leerling en de ouders, en houdt rekening met het "
          "bereikte onderwijsniveau en de leeftijd."),
        P("8.2 Mogelijke vervolgen zijn in elk geval:"),
        UL("in de vo-fase: doorgaan in de reguliere kaderberoepsgerichte leerweg Groen of een ander "
           "profiel van het Slingecollege;",
           "aan het eind van de vo-fase zonder vmbo-diploma: doorstromen naar de mbo-fase of naar een "
           "andere opleiding op niveau 2 of 3 bij de Groenacademie (bijvoorbeeld Medewerker "
           "dierverzorging of Vakbekwaam medewerker teelt); de vooropleidingseisen gelden daarbij niet, "
           "en het Slingecollege biedt de leerling aan het vmbo-examen in het derde routejaar alsnog af "
           "te ronden;",
           "in de mbo-fase: een andere opleiding op hetzelfde niveau bij de Groenacademie, of – na een "
           "geschiktheidsonderzoek – bij een andere instelling in de regio, bijvoorbeeld na een "
           "verhuizing."),
        P("8.3 De leerling krijgt een vaste begeleider tot de overstap rond is. De werkwijze wordt "
          "opgenomen in de schoolgids van het Slingecollege en de studiegids van de Groenacademie."),
        H("Artikel 9. Medezeggenschap"),
        P("9.1 In de vo-fase geldt de Wet medezeggenschap op scholen, in de mbo-fase de WEB en, voor het "
          "personeel van de Groenacademie, de Wet op de ondernemingsraden."),
        P("9.2 Daarnaast spreken partijen af:"),
        UL("de MR van het Slingecollege en de studentenraad van de Groenacademie ontvangen het verslag "
           "bedoeld in artikel 5.1; de Routetafel nodigt beide raden jaarlijks in december uit voor "
           "een gezamenlijke bijeenkomst over de route;",
           "een leerling uit de vo-fase, gekozen door de leerlingen van de route, neemt als toehoorder "
           "met spreekrecht deel aan de vergaderingen van de studentenraad van de Groenacademie."),
        H("Artikel 10. Privacy"),
        P("Partijen wisselen alleen de leerlinggegevens uit die voor de route nodig zijn en leggen dat "
          "vast in een verwerkingsregister; de ouders worden daarover bij de aanmelding geïnformeerd."),
        H("Artikel 11. Als we het oneens zijn"),
        P("11.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de "
          "Routetafel besproken."),
        P("11.2 Komt de Routetafel er binnen vier weken niet uit, dan legt zij het geschil schriftelijk "
          "voor aan de voorzitters van beide colleges van bestuur. De voorzitters hakken binnen zes "
          "weken samen de knoop door."),
        P("11.3 Worden ook de voorzitters het niet eens, dan vragen zij bindend advies aan een "
          "onafhankelijke deskundige die zij samen kiezen. Partijen houden zich aan dat advies. Kunnen "
          "zij het over de deskundige niet eens worden, dan is uitsluitend de rechtbank Gelderland "
          "bevoegd."),
        H("Artikel 12. Erbij komen, stoppen en aanpassen"),
        P("12.1 Een andere vmbo-school of een andere instelling voor beroepsonderwijs kan partij worden "
          "als beide colleges van bestuur instemmen en de nieuwe partij schriftelijk verklaart deze "
          "overeenkomst na te leven. De toetreding gaat in bij het begin van een schooljaar, zodat de "
          "indeling van de leerlingen niet halverwege verandert. De nieuwe partij meldt de route bij "
          "DUO."),
        P("12.2 Elke partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, "
          "met inachtneming van een opzegtermijn van één jaar. Bij een ernstige tekortkoming die na "
          "schriftelijke aanmaning niet binnen twee maanden is hersteld, kan de overeenkomst worden "
          "ontbonden."),
        P("12.3 Na opzegging of ontbinding stroomt er geen nieuw cohort meer in. Leerlingen die al in de "
          "route zitten, maken die af onder de afspraken van deze overeenkomst; partijen blijven daarvoor "
          "zo lang als nodig aan de artikelen 4 tot en met 8 gebonden."),
        P("12.4 Deze overeenkomst wordt alleen gewijzigd bij schriftelijk stuk, ondertekend door beide "
          "colleges van bestuur, nadat de Routetafel is gehoord. Een wijziging die leerlingen raakt, gaat "
          "in bij het begin van een schooljaar."),
        H("Artikel 13. Duur, melding en slot"),
        P("13.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        P("13.2 Partijen melden de route gezamenlijk aan de minister via RIO, vóór de start van het "
          "eerste cohort."),
        P("13.3 Bijlagen: 1. PTA/OER route Groen – Hovenier; 2. jaarrooster; 3. intentieverklaring "
          "bedrijven."),
        P("Aldus overeengekomen en in tweevoud ondertekend te Groenlo op 24 juni 2025."),
        SIG(["Stichting Onderwijsgroep Berkel en Slinge", "", "", "drs. H.J.M. Wennink",
             "voorzitter college van bestuur"],
            ["Stichting Groenacademie Achterhoek", "", "", "ir. A.G. Klein Gunnewiek",
             "voorzitter college van bestuur"]),
    ],
    footer="SOK doorlopende leerroute Groen – Hovenier | Slingecollege / Groenacademie Achterhoek",
)


# =============================================================================================
# 207  Zuid-Kennemerland, zorg en welzijn -- DOCX, every article arranges two items at once.
#      Defect: c weak (samenstelling and taken/bevoegdheden at length, no wijze van benoeming).
#      h only describes the law and says arrangements "kunnen" later -> not_applicable.
# =============================================================================================
sample(
    207, "twee_onderwerpen_per_artikel_kennemerland_zorg", "docx",
    "DOCX, six articles that each arrange two items at once (route+werkveld, stuurgroep+rapportage, "
    "inzet+bekostiging, overstap+medezeggenschap, ...); Haarlem/Zuid-Kennemerland, bb/kb Zorg en "
    "welzijn -> Helpende zorg en welzijn 2 and Verzorgende-IG 3; subtle defect: the stuurgroep's "
    "samenstelling and taken/bevoegdheden are detailed but nobody appoints its members (c weak); "
    "medezeggenschap only describes the law (h not_applicable).",
    {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "Artikel 1. Routes en werkveld", "b": "Artikel 1. Routes en werkveld",
     "d": "Artikel 2. Stuurgroep en rapportage", "e": "Artikel 3. Inzet en bekostiging",
     "f": "Artikel 4. Overstap en medezeggenschap", "g": "Artikel 3. Inzet en bekostiging",
     "i": "Artikel 5. Geschillen en klachten", "j": "Artikel 6. Toetreding, wijziging en einde"},
    [
        T("Overeenkomst doorlopende leerroutes Zorg en welzijn Haarlem"),
        ST("Schalkwijker Vakschool en ROC Spaarnestad – versie voor ondertekening, juni 2025"),
        H("Partijen"),
        P("De Stichting Voortgezet Onderwijs Spaarne en Duin, gevestigd te Haarlem, bevoegd gezag van de "
          "Schalkwijker Vakschool, school voor vmbo, vertegenwoordigd door mevrouw M.C. Verbeek MEd, "
          "bestuurder, hierna ‘de Vakschool’,"),
        P("en"),
        P("de Stichting ROC Spaarnestad, gevestigd te Haarlem, bevoegd gezag van ROC Spaarnestad, "
          "vertegenwoordigd door de heer dr. P.L. Smit, voorzitter van het college van bestuur, hierna "
          "‘het ROC’,"),
        P("sluiten deze overeenkomst op grond van artikel 2.107b van de Wet voortgezet onderwijs 2020 en "
          "artikel 9.1.3 van de Wet educatie en beroepsonderwijs."),
        H("Leeswijzer"),
        P("Deze overeenkomst is opgesteld door de teamleider Zorg en welzijn van de Vakschool en de "
          "opleidingsmanager Zorg van het ROC, en nagelezen door de bestuurssecretaris van het ROC. Om "
          "haar kort te houden regelt elk artikel twee onderwerpen die in de praktijk bij elkaar horen. "
          "Het onderwijsprogramma per leerjaar staat in het gezamenlijke PTA/OER; dat is bijlage 1."),
        H("Artikel 1. Routes en werkveld"),
        P("1.1 Partijen bieden samen twee doorlopende leerroutes aan:"),
        UL("**Route A** – basisberoepsgerichte leerweg, profiel Zorg en welzijn, met doorstroom naar de "
           "mbo-opleiding Helpende zorg en welzijn, niveau 2 (BOL);",
           "**Route B** – kaderberoepsgerichte leerweg, profiel Zorg en welzijn, met doorstroom naar de "
           "mbo-opleiding Verzorgende-IG, niveau 3 (BOL; vanaf het vierde routejaar ook BBL)."),
        P("Beide opleidingen vallen onder het opleidingsdomein Zorg en welzijn. De routes beginnen in "
          "leerjaar 3 van het vmbo. In de eerste twee routejaren staat de leerling ingeschreven bij de "
          "Vakschool en behaalt hij of zij het vmbo-diploma; daarna is de leerling student van het ROC."),
        P("1.2 Het werkveld is vanaf het begin betrokken. Zorggroep Kennemerduin (verpleeg- en "
          "verzorgingshuizen in Haarlem en Heemstede), Woonzorgcentrum De Schalkenhof en Stichting "
          "Kinderopvang Spaarnekids hebben met partijen een bpv-convenant gesloten. Daarin zeggen zij "
          "toe: snuffelstages van twee dagen voor alle leerlingen in routejaar 1; bpv-plaatsen voor alle "
          "leerlingen in de mbo-fase, met een praktijkopleider die erkend is door SBB; en medewerking "
          "van de praktijkopleiders aan de beoordeling van de proeven van bekwaamheid. Drie keer per "
          "jaar komt de Zorgpraktijkraad bijeen, waarin deze organisaties, de stuurgroep en twee "
          "studenten zitten; de raad adviseert over de inhoud van het programma, de keuzedelen en de "
          "spreiding van de stages over het jaar."),
        H("Artikel 2. Stuurgroep en rapportage"),
        P("2.1 De leiding over beide routes ligt bij de stuurgroep Zorgroute."),
        P("2.2 De stuurgroep bestaat uit de teamleider Zorg en welzijn van de Vakschool, de "
          "opleidingsmanager Helpende en Verzorgende-IG van het ROC en een docent-coördinator van elk "
          "van beide partijen. De bpv-coördinator van het ROC is vaste adviseur. Het voorzitterschap "
          "wisselt elk schooljaar tussen de teamleider en de opleidingsmanager."),
        P("2.3 De stuurgroep heeft de volgende taken: het opstellen van het jaarrooster en de "
          "lessentabel van beide routes; het jaarlijks actualiseren van het PTA/OER en het ter "
          "vaststelling voorleggen daarvan; de intake en toelating van leerlingen; de afstemming met "
          "de Zorgpraktijkraad; het bewaken van de kwaliteit aan de hand van de kengetallen in lid 2.5. "
          "De stuurgroep is bevoegd om binnen de jaarlijks door de besturen vastgestelde formatie en "
          "het routebudget docenten in te roosteren, leermiddelen aan te schaffen en stageafspraken te "
          "maken. Besluiten over personeel in dienst van een partij, over investeringen boven € 10.000 "
          "en over deze overeenkomst neemt zij niet; die liggen bij de besturen."),
        P("2.4 De stuurgroep vergadert ten minste zes keer per schooljaar. Zij besluit bij consensus en "
          "legt haar besluiten vast in een besluitenlijst."),
        P("2.5 De stuurgroep rapporteert aan beide besturen. Elk jaar vóór 1 november stuurt zij hun "
          "een jaarrapportage over het afgelopen schooljaar, met in elk geval de instroom, de "
          "doorstroom naar de mbo-fase, het aantal diploma’s, de voortijdige uitval en de besteding "
          "van het routebudget. In maart volgt een korte voortgangsnotitie. In november legt de "
          "stuurgroep in het bestuurlijk overleg van beide besturen verantwoording af over de "
          "jaarrapportage."),
        H("Artikel 3. Inzet en bekostiging"),
        P("3.1 De routes worden in de vo-fase gegeven in het gebouw van de Vakschool aan de "
          "Briandlaan in Haarlem; voor praktijkvaardigheden gebruiken de leerlingen één dag per week het "
          "skillslab en het leercentrum van het ROC aan de Zijlweg. In de mbo-fase is het ROC de "
          "hoofdlocatie."),
        P("3.2 Docenten van beide partijen vormen per route één team. Twee docenten verpleegkunde van "
          "het ROC geven in de vo-fase samen acht lesuren per week; een docent zorg en welzijn van de "
          "Vakschool begeleidt in de mbo-fase leerlingen die nog vmbo-examenonderdelen moeten afronden. "
          "Voor de vakoverstijgende praktijklessen maken partijen gebruik van teambevoegdheid; het "
          "PTA/OER vermeldt per programmaonderdeel de bevoegde docent. Iedere docent blijft in dienst "
          "van de eigen werkgever."),
        P("3.3 Het ROC stelt het skillslab, de oefenmaterialen (hulpmiddelen, hoog-laagbedden, "
          "oefenpoppen) en de digitale leeromgeving beschikbaar. De Vakschool stelt in de vo-fase haar "
          "praktijklokaal verzorging en de mentoruren beschikbaar."),
        P("3.4 De Vakschool draagt op grond van artikel 5.42a WVO 2020 aan het ROC € 950 per leerling "
          "per schooljaar over voor elke leerling in de vo-fase van route A of B. Dit bedrag is bestemd "
          "voor de inzet van de ROC-docenten bedoeld in lid 3.2 en voor het gebruik van het skillslab "
          "en de oefenmaterialen bedoeld in lid 3.3. Peildatum is 1 oktober; het ROC factureert in "
          "januari. Andere bekostiging wordt niet overgedragen."),
        H("Artikel 4. Overstap en medezeggenschap"),
        P("4.1 Stopt een leerling tussentijds met de route, dan zorgen partijen er samen voor dat hij "
          "of zij alsnog een diploma kan halen. De teamleider van de Vakschool en de opleidingsmanager "
          "van het ROC beoordelen gezamenlijk, na een gesprek met de leerling en de ouders, welk "
          "vervolg past bij het bereikte niveau en de leeftijd. Mogelijke vervolgen zijn:"),
        UL("in de vo-fase: de reguliere basis- of kaderberoepsgerichte leerweg Zorg en welzijn of een "
           "ander profiel binnen de Vakschool, gericht op het vmbo-diploma;",
           "na de vo-fase zonder vmbo-diploma: instroom in een mbo-opleiding van het ROC op hetzelfde "
           "niveau (bijvoorbeeld Pedagogisch medewerker kinderopvang of Helpende zorg en welzijn), "
           "waarbij de vooropleidingseisen niet gelden;",
           "in de mbo-fase: een andere opleiding op hetzelfde niveau binnen het ROC, of bij een andere "
           "instelling na een geschiktheidsonderzoek;",
           "bij een leerling van route B die het niveau 3 niet haalt: overstap naar route A of "
           "rechtstreeks naar Helpende zorg en welzijn niveau 2."),
        P("De leerling houdt tot de overstap rond is dezelfde mentor. De werkwijze staat in de "
          "schoolgids van de Vakschool."),
        P("4.2 Op de medezeggenschap zijn de wettelijke regels van toepassing. Voor leerlingen in de "
          "vo-fase, hun ouders en het personeel van de Vakschool is dat de Wet medezeggenschap op "
          "scholen; voor studenten in de mbo-fase en hun ouders de WEB, en voor het personeel van het "
          "ROC de Wet op de ondernemingsraden. De wet laat ruimte voor aanvullende afspraken over de "
          "medezeggenschap; die kunnen partijen later maken als de raden daar behoefte aan hebben."),
        H("Artikel 5. Geschillen en klachten"),
        P("5.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst "
          "besproken in de stuurgroep. Lukt het daar niet binnen een maand, dan leggen de teamleider en "
          "de opleidingsmanager het schriftelijk voor aan de bestuurders van beide partijen, die binnen "
          "zes weken een besluit nemen. Komen de bestuurders er niet uit, dan schakelen zij een "
          "onafhankelijke mediator in. Blijft het geschil daarna bestaan, dan wordt het voorgelegd aan "
          "de bevoegde rechter van de rechtbank Noord-Holland, locatie Haarlem."),
        P("5.2 Een klacht van een leerling of ouder over een medewerker van de andere partij wordt "
          "behandeld volgens de klachtenregeling van de partij waar de leerling op dat moment "
          "staat ingeschreven; de andere partij verleent medewerking. De voorzitter van de "
          "klachtencommissie is niet in dienst van een van beide partijen."),
        H("Artikel 6. Toetreding, wijziging en einde"),
        P("6.1 Een andere vmbo-school of mbo-instelling uit Zuid-Kennemerland kan toetreden tot deze "
          "overeenkomst als beide besturen daarmee schriftelijk instemmen en de toetredende partij "
          "deze overeenkomst en de bijlagen aanvaardt. Toetreding gaat in per 1 augustus. Partijen en "
          "de toetredende partij melden de gewijzigde samenwerking bij DUO."),
        P("6.2 Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met handtekening van beide "
          "besturen. Wijzigingen in de routes gaan in bij het begin van een schooljaar en gelden niet "
          "ten nadele van leerlingen die al in een route zitten."),
        P("6.3 De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Elk van beide partijen "
          "kan haar schriftelijk opzeggen per 1 augustus van enig jaar, met een opzegtermijn van "
          "achttien maanden. Bij ernstige tekortkoming kan de overeenkomst worden ontbonden als de "
          "tekortkoming na schriftelijke ingebrekestelling niet binnen drie maanden is hersteld."),
        P("6.4 Na opzegging of ontbinding nemen partijen geen nieuwe leerlingen meer op in de routes. "
          "Leerlingen die al zijn ingestroomd, ronden hun route af bij partijen, onder de voorwaarden "
          "van deze overeenkomst."),
        H("Ondertekening"),
        P("Aldus overeengekomen en getekend te Haarlem op 27 juni 2025."),
        SIG(["Stichting Voortgezet Onderwijs Spaarne en Duin", "", "", "M.C. Verbeek MEd", "bestuurder"],
            ["Stichting ROC Spaarnestad", "", "", "dr. P.L. Smit",
             "voorzitter college van bestuur"]),
    ],
)


# =============================================================================================
# 208  Noord-Limburg, bouwen-wonen-interieur -- PDF, § sections; separate "Toelichting" after the
#      signatures that is declared not part of the agreement. Compliant; operative text silent on
#      medezeggenschap (the Toelichting only explains the law) -> h not_applicable.
# =============================================================================================
sample(
    208, "toelichting_na_ondertekening_noord_limburg_bwi", "pdf",
    "PDF, §-numbered agreement followed, after the signatures, by a 'Toelichting' that explains the "
    "clauses and is declared not part of the agreement; Venray/Noord-Limburg, kb Bouwen, wonen en "
    "interieur -> Allround timmerman niveau 3; fully compliant, leiding accounts to 'de twee directies "
    "namens de besturen', transfer per cohort with bestemming; medezeggenschap only explained in the "
    "Toelichting (h not_applicable).",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "§ 2 De route", "b": "§ 3 Bouwbedrijven in de route", "c": "§ 4 Leiding: het routeoverleg",
     "d": "§ 5 Informatie en verantwoording", "e": "§ 6 Organisatie van het onderwijs",
     "f": "§ 7 Als de route niet past", "g": "§ 8 Financiële afspraken",
     "i": "§ 9 Oplossen van geschillen", "j": "§ 10 Nieuwe partners, wijziging en opzegging"},
    [
        T("Samenwerkingsovereenkomst doorlopende leerroute Bouwen, wonen en interieur – Allround "
          "timmerman"),
        ST("Peelrand Vakcollege Venray en ROC Maas en Peel, Bouw & Infra college"),
        H("§ 1 Partijen"),
        P("1. Stichting Scholengroep De Peelrand, statutair gevestigd te Venray, bevoegd gezag van het "
          "Peelrand Vakcollege (vmbo), rechtsgeldig vertegenwoordigd door de heer drs. W.P.G. Janssen, "
          "lid van het college van bestuur, hierna: ‘De Peelrand’;"),
        P("2. Stichting ROC Maas en Peel, statutair gevestigd te Venlo, bevoegd gezag van ROC Maas en "
          "Peel, rechtsgeldig vertegenwoordigd door mevrouw mr. C.M.A. Hermans, voorzitter van het "
          "college van bestuur, hierna: ‘het ROC’."),
        P("Partijen verklaren overeen te komen wat in § 2 tot en met § 11 staat. De toelichting na de "
          "ondertekening hoort niet bij de overeenkomst."),
        H("§ 2 De route"),
        P("2.1 Partijen bieden samen een doorlopende leerroute aan van de kaderberoepsgerichte leerweg, "
          "profiel Bouwen, wonen en interieur (BWI), naar de mbo-opleiding Allround timmerman, niveau 3, "
          "kwalificatiedossier Timmerman, in het opleidingsdomein Bouw en infra."),
        P("2.2 De route start in leerjaar 3 van het Peelrand Vakcollege. Leerjaar 3 en 4 vmbo zijn "
          "routejaar 1 en 2; de leerling doet in routejaar 2 het centraal examen kader BWI. Routejaar 3 "
          "en 4 zijn mbo-jaren bij het ROC, in de BOL-variant of – vanaf routejaar 4 – de BBL-variant. "
          "De route duurt vier jaar, een jaar korter dan vmbo en mbo na elkaar."),
        H("§ 3 Bouwbedrijven in de route"),
        P("3.1 Bouwbedrijven uit de regio zijn mede-eigenaar van het programma. Bouwbedrijf Hendrix "
          "(Horst), Timmerfabriek Van de Pas (Venray) en Gebr. Verstegen Bouw (Gennep) stellen samen per "
          "schooljaar ten minste tien bpv-plaatsen beschikbaar en ontvangen elke klas van routejaar 1 "
          "twee keer per jaar op een bouwplaats. Zij zijn door SBB erkend als leerbedrijf."),
        P("3.2 Elk project in routejaar 2 is een echte opdracht van een van deze bedrijven (bijvoorbeeld "
          "het timmeren van een tuinhuis of het plaatsen van kozijnen in een renovatiewoning). De "
          "uitvoerder van het bedrijf beoordeelt het eindresultaat mee."),
        P("3.3 De bedrijven en Bouwend Nederland afdeling Limburg zitten in de adviescommissie Bouw van "
          "het ROC, die twee keer per jaar het programma van de route bespreekt en aan het routeoverleg "
          "adviseert over keuzedelen en nieuwe technieken (prefab, houtskeletbouw, circulair bouwen)."),
        H("§ 4 Leiding: het routeoverleg"),
        P("4.1 De route wordt geleid door het routeoverleg. Dat bestaat uit het sectiehoofd BWI van het "
          "Peelrand Vakcollege, de onderwijsmanager Bouw van het ROC en de praktijkcoördinator van de "
          "route."),
        P("4.2 De directeur van het Peelrand Vakcollege wijst het sectiehoofd aan en de directeur van "
          "het Bouw & Infra college de onderwijsmanager, elk namens het eigen bestuur. De "
          "praktijkcoördinator wordt door beide directeuren gezamenlijk aangewezen uit de docenten van "
          "de route."),
        P("4.3 De besturen dragen het routeoverleg op: de organisatie van het onderwijs in de route; het "
          "opstellen van het gezamenlijke PTA/OER; het maken van het rooster en het inzetten van de "
          "docenten uit het docententeam; de toelating van leerlingen; het besluiten over een overstap "
          "volgens § 7; het contact met de bouwbedrijven. Het routeoverleg beslist zelf over de "
          "uitgaven binnen het jaarbudget van de route. Het neemt geen besluiten over personeel in "
          "dienst van een partij, over investeringen of over uitgaven buiten het jaarbudget; daarover "
          "beslissen de besturen."),
        H("§ 5 Informatie en verantwoording"),
        P("5.1 Het routeoverleg rapporteert twee keer per jaar schriftelijk aan de twee directies, die "
          "daarbij namens de besturen optreden: vóór 15 januari over de start van het schooljaar en "
          "vóór 15 juli over het hele schooljaar (in-, door- en uitstroom, examenresultaten, "
          "overstappen, uitgaven)."),
        P("5.2 De directies sturen het julirapport als jaarverslag van de route door aan beide colleges "
          "van bestuur. In september bespreken de colleges van bestuur het jaarverslag met het "
          "routeoverleg en stellen zij het vast."),
        P("5.3 Het routeoverleg meldt iedere gebeurtenis die de continuïteit van de route raakt – "
          "zoals het wegvallen van een leerbedrijf of een docent die langdurig uitvalt – direct aan "
          "beide directies."),
        H("§ 6 Organisatie van het onderwijs"),
        P("6.1 In routejaar 1 en 2 is de leerling op het Peelrand Vakcollege en werkt hij of zij elke "
          "donderdag in de bouwhal van het ROC aan de Ringweg in Venlo. Vanaf routejaar 3 is het ROC de "
          "plaats van het onderwijs, afgewisseld met de bpv."),
        P("6.2 Eén docententeam van beide partijen verzorgt de route. Twee timmerdocenten van het ROC "
          "geven in routejaar 1 en 2 samen tien lesuren per week praktijk; de BWI-docenten van het "
          "Peelrand Vakcollege geven in routejaar 3 één dagdeel per week les aan leerlingen die nog "
          "vmbo-onderdelen moeten afronden. Voor het praktijkprogramma werken partijen met "
          "teambevoegdheid; voor elk onderdeel is een bevoegde docent verantwoordelijk. Iedere docent "
          "blijft in dienst van de eigen werkgever, die ook de professionalisering verzorgt."),
        P("6.3 Het ROC stelt de bouwhal, de machinale houtbewerking en de veiligheidsuitrusting "
          "beschikbaar. Het Peelrand Vakcollege stelt zijn BWI-praktijklokaal en de CAD-werkplekken "
          "beschikbaar voor de lessen bouwkundig tekenen in routejaar 3."),
        P("6.4 Het onderwijsprogramma, de examens en de bpv per routejaar staan in het gezamenlijke "
          "PTA/OER, dat beide besturen uiterlijk 1 oktober van elk schooljaar vaststellen."),
        H("§ 7 Als de route niet past"),
        P("7.1 Een leerling die de route niet afmaakt, krijgt altijd een passend vervolg naar een "
          "diploma. Het sectiehoofd BWI en de onderwijsmanager Bouw beslissen daarover samen, nadat zij "
          "de leerling en de ouders hebben gesproken, op grond van wat de leerling al heeft behaald en "
          "zijn of haar leeftijd."),
        P("7.2 Het vervolg is, afhankelijk van het moment:"),
        UL("in routejaar 1 of 2: de gewone kaderberoepsgerichte leerweg BWI (of een ander profiel) op "
           "het Peelrand Vakcollege, met het vmbo-diploma als doel;",
           "na routejaar 2 zonder vmbo-diploma: instroom bij het ROC in Allround timmerman of een "
           "andere bouwopleiding op niveau 2 of 3, zonder toetsing aan de vooropleidingseisen; het "
           "Peelrand Vakcollege biedt daarnaast de mogelijkheid het vmbo-examen in routejaar 3 af te "
           "ronden;",
           "in routejaar 3 of 4: een andere opleiding op niveau 3 binnen het ROC (bijvoorbeeld "
           "Allround schilder of Metselaar), of een opleiding elders na een geschiktheidsonderzoek."),
        H("§ 8 Financiële afspraken"),
        P("8.1 De Peelrand draagt voor elk cohort in routejaar 1 en 2 een bedrag van € 14.500 per "
          "schooljaar over aan het ROC (artikel 5.42a WVO 2020). Dat bedrag is bestemd voor de tien "
          "lesuren praktijk door ROC-docenten (§ 6.2) en voor het gebruik van de bouwhal en de "
          "materialen (§ 6.3)."),
        P("8.2 Het ROC draagt geen bekostiging over aan De Peelrand. De inzet van BWI-docenten in "
          "routejaar 3 komt voor rekening van De Peelrand."),
        P("8.3 Het ROC factureert in twee termijnen: november en april."),
        H("§ 9 Oplossen van geschillen"),
        P("9.1 Verschillen van inzicht tussen partijen over de uitvoering van deze overeenkomst worden "
          "eerst in het routeoverleg besproken, daarna door de twee directeuren en vervolgens in het "
          "bestuurlijk overleg van de colleges van bestuur."),
        P("9.2 Is het geschil drie maanden nadat het in het bestuurlijk overleg is gebracht niet "
          "opgelost, dan kan elke partij het voorleggen aan de bevoegde rechter van de rechtbank "
          "Limburg, zittingsplaats Venlo."),
        H("§ 10 Nieuwe partners, wijziging en opzegging"),
        P("10.1 Wil een andere vmbo-school of mbo-instelling aansluiten bij de route, dan kan dat als "
          "beide besturen schriftelijk akkoord gaan en de nieuwe partner zich schriftelijk aan deze "
          "overeenkomst bindt. Aansluiting gaat in bij de start van een schooljaar; de nieuwe partner "
          "meldt zich bij DUO."),
        P("10.2 Wijziging van deze overeenkomst gebeurt schriftelijk en wordt door beide besturen "
          "ondertekend. Een wijziging geldt niet ten nadele van leerlingen die al in de route zitten."),
        P("10.3 Elke partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een "
          "opzegtermijn van ten minste één jaar. Tekortkomingen die ondanks aanmaning niet binnen twee "
          "maanden worden hersteld, geven de andere partij het recht de overeenkomst te ontbinden."),
        P("10.4 Na opzegging of ontbinding start er geen nieuw cohort. Wie al in de route zit, maakt "
          "haar af; partijen blijven daarvoor aan § 6 tot en met § 8 gebonden."),
        H("§ 11 Looptijd en melding"),
        P("Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Partijen melden de route "
          "gezamenlijk aan de minister via RIO."),
        P("Aldus overeengekomen en getekend te Venray op 25 juni 2025."),
        SIG(["Stichting Scholengroep De Peelrand", "", "", "drs. W.P.G. Janssen",
             "lid college van bestuur"],
            ["Stichting ROC Maas en Peel", "", "", "mr. C.M.A. Hermans",
             "voorzitter college van bestuur"]),
        PB(),
        H("Toelichting"),
        P("Deze toelichting is geschreven door de werkgroep die de overeenkomst heeft voorbereid (het "
          "sectiehoofd BWI, de onderwijsmanager Bouw en de bestuurssecretaris van het ROC). Zij maakt "
          "geen deel uit van de overeenkomst en bindt partijen niet; bij verschil gaat de tekst van de "
          "overeenkomst voor."),
        H2("Algemeen"),
        P("De overeenkomst volgt het format van de bouwsteen samenwerkingsovereenkomst, maar is "
          "ingekort en in eigen woorden geschreven. Bijzonderheden, zoals het rooster en de precieze "
          "verdeling van de lesuren, staan in het PTA/OER en het jaarplan van de route."),
        H2("Bij § 4 en § 5"),
        P("Het routeoverleg is bewust klein gehouden. De directies zijn het eerste aanspreekpunt, "
          "maar de besturen blijven eindverantwoordelijk; daarom stellen de colleges van bestuur het "
          "jaarverslag zelf vast."),
        H2("Bij § 7"),
        P("De lijst met vervolgen is niet uitputtend. De bouwsteen ‘Altijd een passend vervolg’ noemt "
          "ook doubleren als mogelijkheid; dat blijft uiteraard mogelijk."),
        H2("Bij § 8"),
        P("Het bedrag per cohort is berekend op tien lesuren per week gedurende 38 weken en een "
          "opslag voor materiaal. Het wordt bij een evaluatie herzien via een wijziging volgens § 10."),
        H2("Medezeggenschap"),
        P("De overeenkomst bevat geen afspraken over medezeggenschap. Volgens de wet geldt in routejaar "
          "1 en 2 de Wet medezeggenschap op scholen en daarna de WEB en de WOR. De MR van het Peelrand "
          "Vakcollege en de studentenraad van het ROC zijn over het voornemen tot samenwerking om advies "
          "gevraagd; beide raden hebben positief geadviseerd."),
    ],
    footer="Samenwerkingsovereenkomst DLR BWI – Allround timmerman | De Peelrand / ROC Maas en Peel",
)


# =============================================================================================
# 209  Alblasserwaard, maritiem en techniek -- MD, very short (one page). Compliant; silent on
#      medezeggenschap -> h not_applicable.
# =============================================================================================
sample(
    209, "een_pagina_alblasserwaard_scheepsbouw", "md",
    "Markdown, very short one-page agreement with ten terse numbered clauses; Sliedrecht/"
    "Alblasserwaard, kb Maritiem en techniek -> Allround medewerker scheepsbouw niveau 3; fully "
    "compliant in few words (leiding appointed by each bestuur, explicit 'geen overdracht', rechtbank "
    "as last step); silent on medezeggenschap (h not_applicable).",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "1. Route", "b": "2. Werven", "c": "3. Leiding", "d": "4. Verantwoording",
     "e": "5. Onderwijs", "f": "6. Overstap", "g": "7. Geld", "i": "8. Geschillen",
     "j": "9. Toetreden, wijzigen, opzeggen"},
    [
        T("Samenwerkingsovereenkomst doorlopende leerroute Maritiem en techniek – Scheepsbouw"),
        P("**Partijen:** Stichting Christelijk Onderwijs Alblasserwaard, bevoegd gezag van het "
          "Waardcollege (vmbo, Sliedrecht), en Stichting Merwede Maritiem Vakonderwijs, bevoegd gezag van "
          "het Merwede Maritiem College (mbo, Hardinxveld-Giessendam), elk vertegenwoordigd door de "
          "voorzitter van het college van bestuur, spreken het volgende af."),
        H("1. Route"),
        P("Kaderberoepsgerichte leerweg, profiel Maritiem en techniek, doorlopend naar de mbo-opleiding "
          "Allround medewerker scheepsbouw, niveau 3 (BOL). Routejaar 1–2 bij het Waardcollege "
          "(vmbo-diploma uiterlijk eind routejaar 2), routejaar 3–4 bij het Merwede Maritiem College."),
        H("2. Werven"),
        P("Scheepswerf De Graaf (Kinderdijk), Jachtbouw Van Wijngaarden (Alblasserdam) en "
          "Sleepbootwerf Noordoever (Sliedrecht) ontvangen leerlingen in routejaar 1 één dag per maand op "
          "de werf, bieden vanaf routejaar 2 bpv-plaatsen en beoordelen de proeve van bekwaamheid mee. "
          "Twee keer per jaar adviseren zij in het werfoverleg over het programma."),
        H("3. Leiding"),
        P("De route wordt geleid door de routecoördinator van het Waardcollege en de opleidingsmanager "
          "scheepsbouw van het Merwede Maritiem College; ieder bestuur wijst zijn eigen lid aan. Samen "
          "beslissen zij over rooster, inzet van docenten, toelating, overstap en uitgaven tot € 20.000 "
          "per jaar. Personeel, contracten en hogere uitgaven blijven bij de besturen."),
        H("4. Verantwoording"),
        P("Zij sturen beide besturen in januari een korte stand van zaken en in juni een jaarverslag "
          "(leerlingen, resultaten, uitval, geld), dat in het bestuurlijk overleg van juni met hen wordt "
          "besproken."),
        H("5. Onderwijs"),
        P("Routejaar 1–2: les op het Waardcollege en één dag per week in de las- en plaatwerkerij van het "
          "Merwede Maritiem College. Een scheepsbouwdocent van Merwede geeft in die jaren zes uur per week "
          "praktijk; docenten van beide scholen vormen één team met teambevoegdheid voor de "
          "praktijkonderdelen. Programma en examens per leerjaar: gezamenlijk PTA/OER (bijlage)."),
        H("6. Overstap"),
        P("Wie stopt, krijgt een plek op weg naar een diploma: de gewone kaderberoepsgerichte leerweg "
          "(routejaar 1–2), een andere opleiding op niveau 2 of 3 bij Merwede zonder vooropleidingseisen "
          "(na routejaar 2, ook zonder "
          "vmbo-diploma), of na een geschiktheidsonderzoek een opleiding elders. Coördinator en "
          "opleidingsmanager kiezen samen, met leerling en ouders, op basis van behaald niveau en leeftijd."),
        H("7. Geld"),
        P("Er wordt geen bekostiging overgedragen. Ieder draagt de eigen kosten; werkplaatsgebruik is "
          "kosteloos."),
        H("8. Geschillen"),
        P("Eerst coördinator en opleidingsmanager, dan de besturen. Zijn die er na zes weken niet uit, dan "
          "beslist de bevoegde rechter van de rechtbank Rotterdam."),
        H("9. Toetreden, wijzigen, opzeggen"),
        P("Een andere school of instelling kan meedoen met schriftelijke instemming van beide besturen en "
          "door deze overeenkomst mee te tekenen, per 1 augustus. Wijzigen kan alleen schriftelijk door "
          "beide besturen. Opzeggen kan per 1 augustus met één jaar opzegtermijn. Daarna geen nieuwe "
          "instroom; leerlingen in de route maken die af."),
        H("10. Duur"),
        P("Vanaf 1 augustus 2025, voor onbepaalde tijd. Partijen melden de route samen via RIO."),
        P("Sliedrecht, 26 juni 2025 – voor Stichting Christelijk Onderwijs Alblasserwaard: "
          "ir. G.J. van der Plas; voor Stichting Merwede Maritiem Vakonderwijs: mevrouw A. Bos MBA."),
    ],
)


# =============================================================================================
# 210  Flevoland, economie en ondernemen -- PDF, LONG, three parties, chapters and articles;
#      leiding named "het Kernteam Economie", later only "het Kernteam"; money in a table with
#      omvang and bestemming; geschillencommissie with bindend advies. Compliant.
# =============================================================================================
sample(
    210, "lang_kernteam_flevoland_economie", "pdf",
    "PDF, long three-party agreement (two vmbo schools, one ROC) in chapters and articles; the leiding "
    "is named 'het Kernteam Economie' and referred to as 'het Kernteam' afterwards; Almere/Lelystad "
    "(Flevoland), kb and gl Economie en ondernemen -> Verkoopspecialist 3 and Junior accountmanager 4; "
    "fully compliant: accounts to 'de schoolbesturen', transfers in a table with amount and purpose, "
    "bindend advies by a geschillencommissie, extra medezeggenschap arranged.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 3. De routes", "b": "Artikel 5. Ondernemers in de route",
     "c": "Artikel 6. Het Kernteam Economie",
     "d": "Artikel 10. Verantwoording aan de schoolbesturen",
     "e": "Hoofdstuk 4. Onderwijs, personeel en voorzieningen", "f": "Artikel 18. Overstapoptie",
     "g": "Artikel 19. Overdracht van middelen", "h": "Artikel 20. Medezeggenschap",
     "i": "Artikel 21. Geschillencommissie",
     "j": "Hoofdstuk 9. Toetreding, wijziging en beëindiging"},
    [
        T("Samenwerkingsovereenkomst doorlopende leerroutes Economie en ondernemen Flevoland"),
        ST("Poortcollege Almere – Zuiderzee Vakcollege Lelystad – ROC Nieuw Land"),
        H("De ondergetekenden"),
        P("1. De Stichting Openbaar Voortgezet Onderwijs Almere-Poort, statutair gevestigd te Almere, "
          "bevoegd gezag van het Poortcollege, school voor vmbo, rechtsgeldig vertegenwoordigd door de "
          "heer drs. R.A. Koster, voorzitter van het college van bestuur, hierna: ‘het Poortcollege’;"),
        P("2. De Stichting Christelijk Voortgezet Onderwijs Lelystad, statutair gevestigd te Lelystad, "
          "bevoegd gezag van het Zuiderzee Vakcollege, school voor vmbo, rechtsgeldig vertegenwoordigd "
          "door mevrouw M. de Wit-Aydin MSc, bestuurder, hierna: ‘het Zuiderzee Vakcollege’;"),
        P("3. De Stichting ROC Nieuw Land, statutair gevestigd te Almere, bevoegd gezag van ROC Nieuw "
          "Land, rechtsgeldig vertegenwoordigd door de heer mr. drs. F.E. Boersma, voorzitter van het "
          "college van bestuur, en mevrouw ir. L. Kramer, lid van het college van bestuur, hierna: ‘het "
          "ROC’;"),
        P("het Poortcollege en het Zuiderzee Vakcollege hierna samen ook: ‘de scholen’; de scholen en "
          "het ROC hierna samen: ‘partijen’;"),
        H("Overwegingen"),
        P("A. Partijen werken sinds 2019 samen in het programma ‘Ondernemend Flevoland’, waarin "
          "vmbo-leerlingen met het profiel Economie en ondernemen al in het derde leerjaar lessen volgen "
          "bij het ROC."),
        P("B. De evaluatie van dat programma (maart 2025) laat zien dat leerlingen die vroeg met het "
          "mbo kennismaken minder vaak uitvallen in het eerste mbo-jaar."),
        P("C. Partijen willen deze samenwerking daarom vastleggen als doorlopende leerroutes vmbo-mbo "
          "in de zin van artikel 2.107a en volgende van de Wet voortgezet onderwijs 2020 (WVO 2020) en "
          "artikel 9.1.2 en volgende van de Wet educatie en beroepsonderwijs (WEB)."),
        P("D. Deze overeenkomst is voorbereid door de teamleiders Economie en ondernemen van beide "
          "scholen en de onderwijsmanager Commercie van het ROC, en juridisch nagezien door de "
          "bestuurssecretarissen van partijen."),
        P("**Partijen komen het volgende overeen.**"),
        H("Hoofdstuk 1. Algemeen"),
        H2("Artikel 1. Begrippen"),
        P("In deze overeenkomst wordt verstaan onder:"),
        UL("**routes**: de doorlopende leerroutes bedoeld in artikel 3;",
           "**het Kernteam**: het Kernteam Economie bedoeld in artikel 6;",
           "**vo-fase**: de eerste twee leerjaren van een route, waarin de leerling staat ingeschreven "
           "bij een van de scholen;",
           "**mbo-fase**: de leerjaren van een route na de vo-fase, waarin de leerling als student staat "
           "ingeschreven bij het ROC;",
           "**leerling**: een deelnemer aan een route, ongeacht de fase;",
           "**PTA/OER**: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
           "examenregeling van een route, bedoeld in artikel 14;",
           "**bestuurlijk overleg**: het overleg van de colleges van bestuur van partijen, bedoeld in "
           "artikel 10."),
        H2("Artikel 2. Doel"),
        P("2.1 Partijen bieden gezamenlijk de routes aan, zodat leerlingen zonder onnodige overlap en "
          "zonder breuk tussen vmbo en mbo een mbo-diploma op niveau 3 of 4 kunnen halen, met "
          "tussendoor het vmbo-diploma."),
        P("2.2 Partijen streven ernaar dat ten minste 80 procent van de leerlingen die aan een route "
          "beginnen, binnen de nominale duur plus één jaar een mbo-diploma behaalt."),
        H("Hoofdstuk 2. De routes en het werkveld"),
        H2("Artikel 3. De routes"),
        P("3.1 Partijen bieden de volgende twee routes aan:"),
        TBL(["Route", "vmbo (vo-fase)", "mbo (mbo-fase)", "Duur"], [
            ["Route Verkoop", "kaderberoepsgerichte leerweg, profiel Economie en ondernemen",
             "Verkoopspecialist, niveau 3 (vakopleiding), kwalificatiedossier Retail, BOL", "4 jaar"],
            ["Route Accountmanagement", "gemengde leerweg, profiel Economie en ondernemen",
             "Junior accountmanager, niveau 4 (middenkaderopleiding), kwalificatiedossier Commercie, "
             "BOL", "5 jaar"],
        ], [0.22, 0.30, 0.36, 0.12]),
        P("3.2 Beide mbo-opleidingen behoren tot het opleidingsdomein Handel en ondernemerschap en "
          "worden verzorgd door het ROC, College Commercie en Ondernemen."),
        P("3.3 Elke route begint in leerjaar 3 van de school. De leerling behaalt het vmbo-diploma aan "
          "het einde van het tweede routejaar; in de route Accountmanagement kan het centraal examen "
          "voor één vak al in het eerste routejaar worden afgelegd."),
        H2("Artikel 4. Toelating"),
        P("4.1 Een leerling kan aan het einde van leerjaar 2 kiezen voor een route als hij of zij is "
          "bevorderd naar de leerweg die bij de route hoort en het profiel Economie en ondernemen "
          "kiest."),
        P("4.2 Voorafgaand aan de keuze voeren de mentor en een docent van het ROC een "
          "loopbaangesprek met de leerling en de ouders. Het Kernteam besluit over de toelating."),
        H2("Artikel 5. Ondernemers in de route"),
        P("5.1 Ondernemers uit Almere en Lelystad werken mee aan de inhoud en uitvoering van de routes. "
          "Partijen hebben daartoe afspraken gemaakt met Ondernemersvereniging Almere Stad, het "
          "Winkelcentrum Lelycentre (vertegenwoordigd door de centrummanager) en de volgende "
          "leerbedrijven: Van Dam Wonen (Almere), Fietsplein Flevo (Lelystad), Groothandel "
          "Noordpolder B.V. (Almere) en Koelman Zakelijke Dienstverlening (Lelystad)."),
        P("5.2 De leerbedrijven verzorgen in elke route:"),
        UL("in de vo-fase: een ‘ondernemersopdracht’ per halfjaar, waarin leerlingen een echt probleem "
           "van een bedrijf uitwerken en aan de ondernemer presenteren;",
           "in de vo-fase: een snuffelstage van vijf dagen in het tweede routejaar;",
           "in de mbo-fase: bpv-plaatsen voor alle studenten van de routes; de bedrijven zijn door SBB "
           "erkend als leerbedrijf;",
           "deelname als tweede beoordelaar aan de praktijkexamens (proeven van bekwaamheid) in de "
           "mbo-fase."),
        P("5.3 Twee keer per jaar komt het Werkveldberaad Economie bijeen, bestaande uit "
          "vertegenwoordigers van de ondernemers genoemd in lid 1, een adviseur van SBB en het "
          "Kernteam. Het Werkveldberaad adviseert over de keuzedelen, de opzet van de "
          "ondernemersopdrachten en de aansluiting van de routes op de regionale arbeidsmarkt. Het "
          "Kernteam reageert binnen zes weken schriftelijk op ieder advies."),
        H("Hoofdstuk 3. Leiding en verantwoording"),
        H2("Artikel 6. Het Kernteam Economie"),
        P("6.1 Partijen stellen voor de routes een gezamenlijk leidinggevend orgaan in: het Kernteam "
          "Economie."),
        P("6.2 Het Kernteam bestaat uit vier leden:"),
        UL("de teamleider Economie en ondernemen van het Poortcollege;",
           "de teamleider Economie en ondernemen van het Zuiderzee Vakcollege;",
           "de onderwijsmanager Commercie van het ROC;",
           "de routecoördinator, die tevens secretaris is."),
        P("6.3 Het Kernteam kiest uit zijn midden een voorzitter voor de duur van twee schooljaren."),
        H2("Artikel 7. Benoeming"),
        P("7.1 Het college van bestuur van iedere partij benoemt het lid dat uit zijn organisatie "
          "afkomstig is, en wijst bij diens afwezigheid een plaatsvervanger aan."),
        P("7.2 De routecoördinator wordt benoemd door de drie colleges van bestuur gezamenlijk, na een "
          "openbare interne vacature bij partijen, voor een termijn van drie jaar. Herbenoeming is "
          "eenmaal mogelijk."),
        P("7.3 Het college van bestuur dat een lid heeft benoemd, kan dat lid ontslaan als Kernteamlid, "
          "na overleg met de andere colleges van bestuur."),
        H2("Artikel 8. Taken en bevoegdheden van het Kernteam"),
        P("8.1 De colleges van bestuur dragen aan het Kernteam de volgende taken op:"),
        UL("a. de dagelijkse leiding over de routes;",
           "b. het opstellen van het jaarplan van de routes en het jaarlijks voorstel voor het PTA/OER;",
           "c. het vaststellen van het rooster en de verdeling van de lessen over de docenten van het "
           "docententeam;",
           "d. het besluiten over toelating (artikel 4) en over een overstap (artikel 18);",
           "e. het beheer van het routebudget;",
           "f. het onderhouden van de contacten met het Werkveldberaad en de leerbedrijven;",
           "g. de kwaliteitszorg van de routes, waaronder de jaarlijkse tevredenheidspeiling."),
        P("8.2 Het Kernteam is bevoegd om, binnen het jaarplan en het routebudget dat de colleges van "
          "bestuur jaarlijks vaststellen, zelfstandig besluiten te nemen over de taken in lid 1 en "
          "uitgaven te doen tot € 15.000 per geval."),
        P("8.3 Het Kernteam is niet bevoegd tot: het aangaan van arbeidsovereenkomsten, het aangaan van "
          "verplichtingen boven € 15.000 per geval of buiten het routebudget, het vaststellen van het "
          "PTA/OER en het wijzigen van deze overeenkomst. Het Kernteam legt zulke besluiten met een "
          "advies voor aan de colleges van bestuur."),
        H2("Artikel 9. Werkwijze van het Kernteam"),
        P("9.1 Het Kernteam vergadert ten minste eenmaal per maand tijdens het schooljaar. De "
          "routecoördinator bereidt de vergaderingen voor en houdt een besluitenlijst bij."),
        P("9.2 Het Kernteam besluit bij meerderheid van stemmen, met dien verstande dat een besluit dat "
          "alleen één school raakt, niet tegen de stem van het lid van die school kan worden genomen. "
          "Staken de stemmen, dan wordt het voorstel in de volgende vergadering opnieuw behandeld; "
          "staken de stemmen dan weer, dan beslist het bestuurlijk overleg."),
        H2("Artikel 10. Verantwoording aan de schoolbesturen"),
        P("10.1 Het Kernteam houdt de schoolbesturen – daaronder wordt hier ook het college van bestuur "
          "van het ROC verstaan – geregeld op de hoogte en legt aan hen verantwoording af over de "
          "uitvoering van zijn taken."),
        P("10.2 Daartoe stuurt het Kernteam aan de drie colleges van bestuur:"),
        UL("na afloop van elk kwartaal een kwartaalbrief van ten hoogste twee pagina’s, met de "
           "aantallen leerlingen per route, het verzuim, de overstappen en de uitputting van het "
           "routebudget;",
           "vóór 1 november een jaarverslag over het afgelopen schooljaar, met in elk geval de in-, "
           "door- en uitstroom, de examen- en diplomaresultaten, de adviezen van het Werkveldberaad en "
           "de financiële verantwoording van het routebudget."),
        P("10.3 Het jaarverslag wordt besproken in het bestuurlijk overleg, dat ten minste twee keer "
          "per jaar (november en april) wordt gehouden. Het Kernteam is daarbij aanwezig en licht het "
          "verslag toe. De colleges van bestuur verlenen het Kernteam na bespreking decharge voor het "
          "gevoerde beheer."),
        P("10.4 Ieder college van bestuur kan het Kernteam op elk moment om inlichtingen vragen. Het "
          "Kernteam geeft die binnen tien werkdagen."),
        H("Hoofdstuk 4. Onderwijs, personeel en voorzieningen"),
        H2("Artikel 11. Locaties"),
        P("11.1 In de vo-fase volgt de leerling het onderwijs op de eigen school, met uitzondering van "
          "één dag per week, waarop de leerlingen van beide scholen samen les krijgen in het "
          "Ondernemersplein van het ROC aan de Louis Armstrongweg in Almere."),
        P("11.2 In de mbo-fase volgt de leerling het onderwijs bij het ROC, op de locatie Almere; "
          "leerlingen uit Lelystad kunnen de theorievakken volgen op de ROC-locatie Lelystad."),
        H2("Artikel 12. Personeel"),
        P("12.1 Voor elke route is er één docententeam, bestaande uit docenten van de scholen en van "
          "het ROC. In de vo-fase geven docenten van het ROC de lessen op de dag bedoeld in artikel "
          "11.1 (circa zeven lesuren per week per groep); de docenten van de scholen verzorgen de "
          "algemene vakken en het beroepsgerichte programma vmbo. In de mbo-fase geeft een docent "
          "Nederlands van elke school drie uur per week taalondersteuning aan leerlingen van de eigen "
          "school."),
        P("12.2 Voor het vakoverstijgende programmaonderdeel ‘Eigen onderneming’ werken partijen met "
          "teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Het PTA/OER "
          "vermeldt welke docenten in het team zitten en voor welk onderdeel ieder bevoegd is."),
        P("12.3 Iedere docent blijft in dienst van de eigen werkgever, die verantwoordelijk blijft "
          "voor de arbeidsvoorwaarden en de gesprekkencyclus. Het Kernteam deelt zijn bevindingen over "
          "het functioneren in de route met de leidinggevende."),
        P("12.4 Partijen organiseren jaarlijks twee gezamenlijke studiedagen voor het docententeam en "
          "stellen ieder hun docenten daarvoor vrij."),
        H2("Artikel 13. Voorzieningen"),
        P("13.1 Het ROC stelt het Ondernemersplein (winkelsimulatie, kassasystemen, "
          "presentatieruimte) en de digitale leeromgeving van het College Commercie en Ondernemen "
          "beschikbaar aan leerlingen in de vo-fase."),
        P("13.2 De scholen stellen hun praktijklokalen Economie en ondernemen en hun "
          "computerlokalen beschikbaar voor de taalondersteuning en voor examens in de mbo-fase, voor "
          "zover de leerling nog vmbo-onderdelen moet afronden."),
        P("13.3 Leerlingen krijgen in de vo-fase een ROC-account met toegang tot de bibliotheek en de "
          "studieruimtes van het ROC."),
        H2("Artikel 14. Programma en examinering"),
        P("14.1 Partijen beschrijven voor elke route het onderwijsprogramma, de examinering en de "
          "beroepspraktijkvorming per leerjaar in het PTA/OER. Daarin is per onderdeel aangegeven of "
          "het tot het vmbo-programma, het mbo-programma of beide behoort."),
        P("14.2 Het PTA/OER wordt elk jaar vóór 1 oktober vastgesteld door de colleges van bestuur, op "
          "voorstel van het Kernteam en na instemming van de examencommissies van partijen voor "
          "zover die is vereist."),
        P("14.3 De school blijft verantwoordelijk voor de vmbo-examinering en de diplomering, ook van "
          "een leerling die al in de mbo-fase zit. Het ROC is verantwoordelijk voor de mbo-examinering."),
        H2("Artikel 15. Begeleiding"),
        P("15.1 Elke leerling heeft een mentor van de school in de vo-fase en een studieloopbaanbegeleider "
          "van het ROC in de mbo-fase. Aan het einde van de vo-fase is er een overdrachtsgesprek tussen "
          "beide, met de leerling."),
        P("15.2 Extra ondersteuning volgt het ondersteuningsplan van de school, respectievelijk het "
          "ondersteuningsaanbod van het ROC; de ondersteuning loopt bij de overgang naar de mbo-fase "
          "door zonder nieuwe intake."),
        H2("Artikel 16. Klachten"),
        P("Een klacht over gedragingen van een medewerker van een andere partij in het kader van een "
          "route wordt behandeld door de klachtencommissie van de partij waar de klager is "
          "ingeschreven. De andere partij werkt mee aan het onderzoek. De voorzitter van de "
          "klachtencommissie is niet werkzaam bij of voor een van partijen."),
        H2("Artikel 17. Gegevens en privacy"),
        P("Partijen wisselen alleen de persoonsgegevens uit die nodig zijn voor de routes, op basis "
          "van een afzonderlijke gegevensuitwisselingsovereenkomst. De school registreert de leerling "
          "als deelnemer aan een doorlopende leerroute in de leerlingadministratie."),
        H("Hoofdstuk 5. Overstap"),
        H2("Artikel 18. Overstapoptie"),
        P("18.1 Beëindigt een leerling de deelname aan een route voordat hij of zij die met succes heeft "
          "afgerond, dan zorgen partijen er samen voor dat de leerling een vmbo-diploma of een "
          "mbo-diploma kan halen dat past bij het bereikte onderwijsniveau en de leeftijd."),
        P("18.2 Het besluit over het vervolg neemt het Kernteam, na een gesprek met de leerling en de "
          "ouders. Het lid van de school van de leerling en de onderwijsmanager van het ROC moeten met "
          "het besluit instemmen."),
        P("18.3 Het vervolg kan in elk geval zijn:"),
        UL("in het eerste routejaar: voortzetting in dezelfde leerweg en hetzelfde profiel buiten de "
           "route, of in een ander profiel van de eigen school;",
           "in het tweede routejaar: afronden van het vmbo-diploma in de reguliere leerweg, met "
           "behoud van de al behaalde mbo-onderdelen voor een latere mbo-opleiding;",
           "na de vo-fase zonder vmbo-diploma: instroom in een mbo-opleiding van het ROC op "
           "hetzelfde niveau; de vooropleidingseisen gelden dan niet, en de school biedt de leerling "
           "de gelegenheid om het vmbo-examen in het derde routejaar alsnog af te ronden;",
           "wisseling van route: een leerling uit de route Accountmanagement die niveau 4 niet haalt, "
           "kan overstappen naar de route Verkoop (niveau 3) of naar Verkoper, niveau 2;",
           "in de mbo-fase, bij een andere interesse: een andere opleiding op hetzelfde niveau binnen "
           "het ROC, of bij een andere instelling in de regio na een geschiktheidsonderzoek, "
           "bijvoorbeeld na een verhuizing."),
        P("18.4 Het Kernteam legt het vervolg binnen vier weken vast in een overstapplan en zorgt voor "
          "een warme overdracht. De werkwijze wordt opgenomen in de schoolgidsen en de studiegids."),
        H("Hoofdstuk 6. Financiën"),
        H2("Artikel 19. Overdracht van middelen"),
        P("19.1 Partijen dragen de volgende middelen aan elkaar over (artikel 5.42a WVO 2020 en artikel "
          "9.1.15 WEB). Andere bekostiging wordt niet overgedragen."),
        TBL(["Van", "Aan", "Hoeveel", "Waarvoor"], [
            ["Elke school", "ROC",
             "€ 1.400 per leerling in de vo-fase, per schooljaar (peildatum 1 oktober)",
             "inzet van ROC-docenten op de ROC-dag (artikel 11.1 en 12.1) en gebruik van het "
             "Ondernemersplein en de digitale leeromgeving (artikel 13.1)"],
            ["ROC", "Elke school",
             "€ 350 per leerling in het derde routejaar die nog vmbo-onderdelen moet afronden",
             "taalondersteuning door docenten Nederlands van de school en afname van de "
             "vmbo-examenonderdelen (artikel 12.1 en 13.2)"],
            ["Elke school en ROC", "Routebudget (beheer: ROC)",
             "€ 7.500 per partij per schooljaar",
             "ondernemersopdrachten, excursies, studiedagen docententeam en de uren van de "
             "routecoördinator"],
        ], [0.14, 0.16, 0.30, 0.40]),
        P("19.2 De bedragen worden jaarlijks per 1 augustus geïndexeerd met het percentage waarmee de "
          "rijksbijdrage voor het vo is aangepast. Facturering vindt plaats in december; betaling "
          "binnen dertig dagen."),
        P("19.3 Het ROC legt in het jaarverslag (artikel 10.2) verantwoording af over de besteding van "
          "het routebudget. Een overschot blijft beschikbaar voor het volgende schooljaar."),
        H("Hoofdstuk 7. Medezeggenschap"),
        H2("Artikel 20. Medezeggenschap"),
        P("20.1 Voor de medezeggenschap blijven de gewone regels gelden: de Wet medezeggenschap op "
          "scholen voor de leerlingen in de vo-fase, hun ouders en het personeel van de scholen, en de "
          "WEB en de Wet op de ondernemingsraden voor de studenten in de mbo-fase, hun ouders en het "
          "personeel van het ROC."),
        P("20.2 Aanvullend spreken partijen af:"),
        UL("a. de medezeggenschapsraden van beide scholen en de studentenraad van het ROC vormen samen "
           "het Routeberaad, dat ten minste eenmaal per jaar vergadert met het Kernteam over de "
           "uitvoering van de routes;",
           "b. het Routeberaad ontvangt het jaarverslag (artikel 10.2) en kan daarover gevraagd en "
           "ongevraagd advies uitbrengen aan de colleges van bestuur; de colleges reageren "
           "schriftelijk en gemotiveerd;",
           "c. leerlingen in de vo-fase mogen deelnemen aan de verkiezingen voor en vergaderingen van "
           "de studentenraad van het ROC als toehoorder met spreekrecht;",
           "d. de colleges van bestuur vragen het Routeberaad om advies voordat zij een route "
           "beëindigen of wezenlijk wijzigen."),
        H("Hoofdstuk 8. Geschillen"),
        H2("Artikel 21. Geschillencommissie"),
        P("21.1 Ontstaat tussen partijen een geschil over de uitvoering van deze overeenkomst, dan "
          "bespreken de leden van het Kernteam dat eerst binnen twee weken met elkaar."),
        P("21.2 Lukt een oplossing niet, dan wordt het geschil geagendeerd voor het eerstvolgende "
          "bestuurlijk overleg, of op verzoek van een partij voor een extra bestuurlijk overleg binnen "
          "vier weken."),
        P("21.3 Is het geschil zes weken na dat overleg niet opgelost, dan legt de meest gerede partij "
          "het voor aan een geschillencommissie van drie leden. Iedere betrokken partij wijst één lid "
          "aan; de aangewezen leden kiezen samen een onafhankelijke voorzitter, bij voorkeur een "
          "jurist met ervaring in het onderwijs. Zijn meer dan twee partijen bij het geschil "
          "betrokken, dan wijzen de partijen aan elke kant samen één lid aan."),
        P("21.4 De geschillencommissie hoort partijen en brengt binnen acht weken bindend advies uit. "
          "Partijen voeren het advies uit. De kosten van de commissie worden gedragen door de partijen "
          "die bij het geschil betrokken zijn, ieder voor een gelijk deel."),
        P("21.5 Tijdens een geschil zetten partijen de uitvoering van de routes ongewijzigd voort."),
        H("Hoofdstuk 9. Toetreding, wijziging en beëindiging"),
        H2("Artikel 22. Toetreding"),
        P("22.1 Een andere school voor vmbo of een andere mbo-instelling kan partij worden bij deze "
          "overeenkomst als:"),
        UL("a. alle partijen daarmee schriftelijk instemmen;",
           "b. de toetredende partij een of meer profielen of opleidingen aanbiedt die aansluiten bij de "
           "routes;",
           "c. de toetredende partij een toetredingsverklaring tekent waarin zij deze overeenkomst en "
           "het PTA/OER aanvaardt, en een lid voor het Kernteam laat benoemen volgens artikel 7;",
           "d. de financiële bijdrage van de toetredende partij in een aanvulling op artikel 19 is "
           "vastgelegd."),
        P("22.2 De toetreding gaat in op 1 augustus. De toetredende partij meldt de route zelf bij DUO; "
          "de bestaande partijen passen hun registratie zo nodig aan."),
        H2("Artikel 23. Wijziging"),
        P("23.1 Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst, "
          "ondertekend door alle partijen, na advies van het Kernteam en het Routeberaad."),
        P("23.2 Een wijziging die de inhoud of de duur van een route raakt, gaat in bij het begin van "
          "een schooljaar en geldt alleen voor leerlingen die daarna instromen, tenzij de wijziging "
          "voor de zittende leerlingen gunstig is."),
        H2("Artikel 24. Opzegging en ontbinding"),
        P("24.1 Elke partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, "
          "met een opzegtermijn van ten minste achttien maanden."),
        P("24.2 Een partij kan de overeenkomst met een andere partij ontbinden als die andere partij "
          "ernstig tekortschiet en de tekortkoming niet binnen drie maanden na een schriftelijke "
          "ingebrekestelling heeft hersteld, of als die partij ophoudt te bestaan of haar "
          "onderwijsaanbod in het betreffende profiel of de betreffende opleiding beëindigt."),
        P("24.3 Bij opzegging door of ontbinding met één school blijft de overeenkomst tussen de overige "
          "partijen van kracht."),
        H2("Artikel 25. Gevolgen voor leerlingen"),
        P("25.1 Bij opzegging of ontbinding stromen er bij de vertrekkende partij geen nieuwe leerlingen "
          "meer in een route. Leerlingen die al aan een route deelnemen, maken die af onder de "
          "voorwaarden van deze overeenkomst; de artikelen 6 tot en met 19 blijven voor hen van kracht "
          "tot de laatste leerling de route heeft afgerond of is overgestapt."),
        P("25.2 Lukt het afronden niet, dan geldt artikel 18. Partijen informeren de leerlingen en hun "
          "ouders uiterlijk drie maanden voor de ingangsdatum over de gevolgen."),
        H("Hoofdstuk 10. Slotbepalingen"),
        H2("Artikel 26. Evaluatie"),
        P("Partijen evalueren de routes in het schooljaar 2027-2028 aan de hand van de jaarverslagen. "
          "Een eventuele aanpassing verloopt via artikel 23."),
        H2("Artikel 27. Melding"),
        P("Partijen melden de routes gezamenlijk aan de minister van Onderwijs, Cultuur en Wetenschap. "
          "Iedere school en het ROC registreren iedere route afzonderlijk in RIO, vóór de start van "
          "het eerste cohort op 1 augustus 2025."),
        H2("Artikel 28. Duur"),
        P("Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        H2("Artikel 29. Toepasselijk recht"),
        P("Op deze overeenkomst is Nederlands recht van toepassing."),
        P("Aldus overeengekomen en in drievoud ondertekend te Almere op 1 juli 2025."),
        SIG(["Stichting Openbaar Voortgezet Onderwijs Almere-Poort", "", "", "drs. R.A. Koster",
             "voorzitter college van bestuur"],
            ["Stichting Christelijk Voortgezet Onderwijs Lelystad", "", "", "M. de Wit-Aydin MSc",
             "bestuurder"],
            ["Stichting ROC Nieuw Land", "", "", "mr. drs. F.E. Boersma, voorzitter",
             "ir. L. Kramer, lid college van bestuur"]),
    ],
    footer="Samenwerkingsovereenkomst DLR Economie en ondernemen Flevoland – versie 1.0",
)


# =============================================================================================
# 211  Zuidoost-Drenthe, produceren-installeren-energie -- TXT, numbered sections; leiding named
#      "de Driehoek" (school, ROC, installatiebranche). Defects: g weak (a transfer with its
#      bestemming, payment and accounting written out, but no amount, percentage or formula);
#      j weak (duur, wijziging, opzegging/ontbinding and cohort protection, but nothing about a new
#      school or instelling joining).
# =============================================================================================
sample(
    211, "driehoek_zuidoost_drenthe_installatietechniek", "txt",
    "Plain text, numbered sections with sub-clauses, leiding named 'de Driehoek' (school, ROC and an "
    "installatiebedrijf); Emmen/Zuidoost-Drenthe, kb Produceren, installeren en energie -> Eerste "
    "monteur elektrotechnische installaties niveau 3; two subtle defects: bekostiging transfer with "
    "bestemming, invoicing and accounting but no omvang (g weak), and an end-of-agreement section "
    "with duur, wijziging, opzegging and cohort protection but no toetreding (j weak).",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "weak", "h": "present", "i": "present", "j": "weak"},
    {"a": "2. Welke route", "b": "3. Installatiebedrijven", "c": "4. De Driehoek",
     "d": "5. Verantwoording aan de besturen", "e": "6. Onderwijs, docenten en werkplaatsen",
     "f": "8. Overstappen", "h": "9. Medezeggenschap", "i": "10. Verschil van mening"},
    [
        T("Samenwerkingsovereenkomst doorlopende leerroute Installatietechniek Emmen"),
        P("Hondsrug Vakcollege – ROC Drentse Aa, Techniekcollege Emmen"),
        P("Kenmerk: DLR-PIE/2025-03, definitieve tekst na bestuurlijke toets, 20 juni 2025"),
        H("1. Partijen"),
        P("1.1 Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe, gevestigd te Emmen, bevoegd "
          "gezag van het Hondsrug Vakcollege (vmbo), vertegenwoordigd door de heer J.H. Bakker, "
          "voorzitter van het college van bestuur (hierna: ‘de school’)."),
        P("1.2 Stichting ROC Drentse Aa, gevestigd te Assen, bevoegd gezag van ROC Drentse Aa, "
          "vertegenwoordigd door mevrouw drs. E.K. Mulder, voorzitter van het college van bestuur "
          "(hierna: ‘het ROC’)."),
        P("1.3 De school en het ROC sluiten deze overeenkomst op grond van artikel 2.107b WVO 2020 en "
          "artikel 9.1.3 WEB. Zij is geschreven door de teamleider PIE van de school en de "
          "onderwijsmanager Installatietechniek van het ROC en getoetst door de bestuurssecretaris van "
          "de school."),
        H("2. Welke route"),
        P("2.1 De route loopt van de kaderberoepsgerichte leerweg met het profiel Produceren, installeren "
          "en energie (PIE) naar de mbo-opleiding Eerste monteur elektrotechnische installaties, "
          "niveau 3, in het opleidingsdomein Installatie- en energietechniek."),
        P("2.2 Routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van het vmbo; de leerling staat dan "
          "ingeschreven bij de school en haalt het vmbo-diploma kader PIE. Vanaf routejaar 3 staat de "
          "leerling als student ingeschreven bij het ROC, in de BOL of – met een leerwerkplek – de BBL."),
        P("2.3 De route duurt vier jaar. Het keuzedeel ‘Zonnestroomsystemen’ is verplicht voor alle "
          "leerlingen van de route."),
        H("3. Installatiebedrijven"),
        P("3.1 De route is opgezet samen met de Kring Installatiebedrijven Zuidoost-Drenthe. De "
          "aangesloten bedrijven Installatietechniek Hoving (Emmen), Elektro Tiben (Klazienaveen) en "
          "Energie-installaties De Boer (Coevorden) hebben toegezegd:"),
        UL("elk schooljaar twee praktijkopdrachten voor routejaar 1 en 2 aan te leveren, uitgevoerd "
           "in de werkplaats van het ROC en op een echte bouwlocatie;",
           "vanaf routejaar 2 bpv-plaatsen en, voor de BBL, leerwerkplekken beschikbaar te stellen "
           "als erkend leerbedrijf;",
           "een praktijkopleider te leveren als lid van de Driehoek (artikel 4);",
           "mee te beoordelen bij de proeven van bekwaamheid in routejaar 3 en 4."),
        P("3.2 Eens per jaar, in januari, houden partijen met de Kring een werkveldavond waarop de "
          "bedrijven reageren op het programma van het komende schooljaar."),
        H("4. De Driehoek"),
        P("4.1 De leiding over de route ligt bij de Driehoek. Die bestaat uit de teamleider PIE van de "
          "school, de onderwijsmanager Installatietechniek van het ROC en een praktijkopleider van een "
          "van de bedrijven uit artikel 3."),
        P("4.2 Het college van bestuur van de school benoemt de teamleider als lid, het college van "
          "bestuur van het ROC de onderwijsmanager. De praktijkopleider wordt door de Kring "
          "Installatiebedrijven voorgedragen en door beide colleges van bestuur samen benoemd, voor "
          "twee jaar."),
        P("4.3 De Driehoek regelt de dagelijkse gang van zaken: rooster, verdeling van de lessen, "
          "toelating, de plaatsing in de bpv, de overstap (artikel 8) en het opstellen van het "
          "gezamenlijke PTA/OER. Zij beslist zelfstandig over de inzet van het routebudget dat de "
          "colleges van bestuur jaarlijks toekennen. Over personeel, over uitgaven buiten het "
          "routebudget en over deze overeenkomst beslissen de colleges van bestuur. De praktijkopleider "
          "heeft een adviserende stem bij besluiten over de toelating en de overstap van individuele "
          "leerlingen."),
        H("5. Verantwoording aan de besturen"),
        P("5.1 De Driehoek verantwoordt zich aan de beide besturen met een halfjaarrapportage in "
          "februari en een jaarrapportage in september. In de jaarrapportage staan de in-, door- en "
          "uitstroom, de resultaten van de examens, de overstappen en de besteding van het "
          "routebudget."),
        P("5.2 De jaarrapportage wordt in oktober besproken in het bestuurlijk overleg van beide "
          "colleges van bestuur, waar de Driehoek haar toelicht en vragen beantwoordt."),
        P("5.3 Dreigt een tekort aan bpv-plaatsen of docenten, dan informeert de Driehoek beide "
          "besturen meteen."),
        H("6. Onderwijs, docenten en werkplaatsen"),
        P("6.1 In routejaar 1 en 2 krijgen de leerlingen vier dagen per week les op de school aan de "
          "Statenweg en één dag per week in de installatiewerkplaats van het ROC, Techniekcollege "
          "Emmen. Vanaf routejaar 3 is het ROC de leerplek, afgewisseld met bpv."),
        P("6.2 Docenten PIE van de school en docenten en instructeurs installatietechniek van het ROC "
          "vormen één team. Twee ROC-instructeurs verzorgen in routejaar 1 en 2 de werkplaatsdag; een "
          "PIE-docent van de school begeleidt in routejaar 3 de leerlingen die nog vmbo-onderdelen "
          "moeten afronden. Voor het praktijkprogramma maken partijen gebruik van teambevoegdheid; het "
          "PTA/OER zegt per onderdeel wie bevoegd is. Alle docenten blijven in dienst van hun eigen "
          "werkgever."),
        P("6.3 Het ROC stelt de installatiewerkplaats, de meetapparatuur en de oefeninstallaties "
          "(meterkasten, laadpaal, omvormers) beschikbaar. De school stelt haar PIE-lokaal beschikbaar "
          "voor de NEN 3140-training en de theorielessen in routejaar 1 en 2."),
        P("6.4 Het onderwijsprogramma, de examinering en de bpv per leerjaar staan in het PTA/OER, dat "
          "beide besturen vóór 1 oktober vaststellen."),
        H("7. Geld"),
        P("7.1 In de vo-fase draagt de school een deel van de bekostiging die zij voor de leerlingen van "
          "de route ontvangt, over aan het ROC, op grond van artikel 5.42a WVO 2020."),
        P("7.2 Dat geld is bestemd voor:"),
        UL("a. de inzet van de ROC-instructeurs op de werkplaatsdag in routejaar 1 en 2;",
           "b. verbruiksmaterialen in de werkplaats (kabel, schakelmateriaal, beschermingsmiddelen);",
           "c. de examenkosten van de NEN 3140-training."),
        P("7.3 Het ROC stuurt de school twee facturen, in november en in april, en verantwoordt de "
          "besteding in de rapportages van de Driehoek (artikel 5)."),
        P("7.4 Verder wordt er geen bekostiging overgedragen. Iedere partij betaalt de eigen kosten."),
        H("8. Overstappen"),
        P("8.1 Een leerling die de route niet afmaakt, moet toch een diploma kunnen halen. De teamleider "
          "en de onderwijsmanager besluiten samen, na een gesprek met de leerling en de ouders, welk "
          "vervolg het best past bij wat de leerling al heeft gehaald en bij de leeftijd."),
        P("8.2 Mogelijk zijn:"),
        UL("tijdens routejaar 1 of 2: verder in de gewone kaderberoepsgerichte leerweg PIE of een ander "
           "profiel op de school, op weg naar het vmbo-diploma;",
           "na routejaar 2 zonder vmbo-diploma: een mbo-opleiding van het ROC op niveau 2 of 3 (zoals "
           "Monteur elektrotechnische installaties of Eerste monteur werktuigkundige installaties), "
           "zonder vooropleidingseisen, terwijl de school de leerling de kans geeft het vmbo-examen "
           "af te maken;",
           "in routejaar 3 of 4: een andere opleiding op hetzelfde niveau binnen het ROC of, na een "
           "geschiktheidsonderzoek, bij een instelling elders."),
        P("8.3 Tot de overstap rond is houdt de leerling zijn of haar mentor. De werkwijze staat in de "
          "schoolgids."),
        H("9. Medezeggenschap"),
        P("9.1 In de vo-fase geldt de WMS, in de mbo-fase de WEB; voor het ROC-personeel geldt de WOR."),
        P("9.2 Daarnaast richten partijen een routeklankbord op met twee leerlingen uit de vo-fase, twee "
          "studenten uit de mbo-fase en twee ouders. De Driehoek hoort het klankbord twee keer per jaar "
          "over de uitvoering van de route. Het klankbord kan de MR van de school en de studentenraad "
          "van het ROC adviseren; beide raden krijgen de jaarrapportage (artikel 5.1)."),
        H("10. Verschil van mening"),
        P("10.1 Partijen proberen een verschil van mening over de uitvoering van deze overeenkomst eerst "
          "in de Driehoek op te lossen, daarna tussen de directeur van de school en de directeur van "
          "het Techniekcollege, en vervolgens tussen de colleges van bestuur."),
        P("10.2 Is het geschil twee maanden na het eerste bestuurlijke gesprek niet opgelost, dan "
          "schakelen partijen een mediator in. Leidt mediation niet binnen drie maanden tot een "
          "oplossing, dan is de rechtbank Noord-Nederland, locatie Assen, bevoegd."),
        H("11. Duur, wijziging en einde"),
        P("11.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor zes schooljaren en wordt daarna "
          "telkens stilzwijgend met drie schooljaren verlengd."),
        P("11.2 Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur "
          "getekend, nadat de Driehoek is gehoord. Een wijziging gaat in bij het begin van een "
          "schooljaar."),
        P("11.3 Elke partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een "
          "opzegtermijn van twaalf maanden. Bij een ernstige tekortkoming die na schriftelijke "
          "aanmaning niet binnen twee maanden is hersteld, kan de andere partij de overeenkomst "
          "ontbinden."),
        P("11.4 Na opzegging of ontbinding stromen er geen nieuwe leerlingen meer in. Leerlingen die al "
          "in de route zitten, ronden die af bij partijen, onder de voorwaarden van deze "
          "overeenkomst."),
        P("11.5 Partijen evalueren de route na drie schooljaren."),
        H("12. Melding"),
        P("Partijen melden de route gezamenlijk aan de minister via RIO, vóór 1 oktober 2025."),
        H("Ondertekening"),
        P("Emmen, 20 juni 2025"),
        SIG(["Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe",
             "J.H. Bakker, voorzitter college van bestuur"],
            ["Stichting ROC Drentse Aa", "drs. E.K. Mulder, voorzitter college van bestuur"]),
    ],
)


# =============================================================================================
# 212  Gooi en Vechtstreek, media-vormgeving-ICT -- DOCX, headings phrased as plain questions
#      with formal answers underneath. Compliant.
# =============================================================================================
sample(
    212, "vraag_en_antwoord_gooi_vecht_media", "docx",
    "DOCX, agreement whose headings are plain questions ('Wie leidt de route?', 'Gaat er geld over?', "
    "'Wat als we het oneens zijn?') answered in formal clauses; Hilversum/Gooi en Vechtstreek, gl Media, "
    "vormgeving en ICT -> Mediavormgever niveau 4; fully compliant: per-leerling transfer with "
    "bestemming, a joint medezeggenschap committee with adviesrecht, kantonrechter/rechtbank as last "
    "step, toetreding in plain words.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Welke route bieden we aan?", "b": "Hoe doen mediabedrijven mee?",
     "c": "Wie leidt de route?", "d": "Hoe horen de besturen ervan?",
     "e": "Waar, door wie en met welke spullen?", "f": "Wat als een leerling wil of moet stoppen?",
     "g": "Gaat er geld over?", "h": "Wie praat er mee?", "i": "Wat als we het oneens zijn?",
     "j": "Wie kan erbij, en hoe veranderen of stoppen we?"},
    [
        T("Samenwerkingsovereenkomst doorlopende leerroute Media – Mediavormgever"),
        ST("Gooise Vakcollege Hilversum en ROC Gooi en Vecht, Mediacollege"),
        H("Wie sluiten deze overeenkomst?"),
        P("Stichting Openbaar Voortgezet Onderwijs Gooi en Vecht, gevestigd te Hilversum, bevoegd gezag "
          "van het Gooise Vakcollege (vmbo), te dezen vertegenwoordigd door mevrouw drs. N. Pronk, "
          "voorzitter van het college van bestuur (hierna: ‘het Vakcollege’); en Stichting ROC Gooi en "
          "Vecht, gevestigd te Hilversum, bevoegd gezag van ROC Gooi en Vecht, te dezen vertegenwoordigd "
          "door de heer drs. T.J. van Rossum, voorzitter van het college van bestuur (hierna: ‘het "
          "ROC’)."),
        P("Partijen gaan deze overeenkomst aan op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 "
          "WEB. Wij hebben de vragen gesteld die ouders, docenten en bedrijven ons het vaakst stellen; "
          "onder elke vraag staat wat partijen bindend afspreken."),
        H("Welke route bieden we aan?"),
        P("1.1 Partijen verzorgen samen een doorlopende leerroute van de gemengde leerweg met het "
          "profiel Media, vormgeving en ICT (MVI) van het Vakcollege naar de mbo-opleiding "
          "Mediavormgever, niveau 4 (middenkaderopleiding, BOL), van het Mediacollege van het ROC, in "
          "het opleidingsdomein Media en vormgeving."),
        P("1.2 De route begint in leerjaar 3. In routejaar 1 en 2 is de leerling leerling van het "
          "Vakcollege en haalt hij of zij het vmbo-diploma gemengde leerweg; in routejaar 3 tot en met "
          "5 is de leerling student van het ROC. Binnen het profiel MVI volgt de leerling de "
          "keuzevakken Ontwerpen en maken, Fotografie en Webdesign, die aansluiten op het "
          "mbo-programma."),
        H("Hoe doen mediabedrijven mee?"),
        P("2.1 Partijen werken met een vaste groep bedrijven uit het Mediapark en de regio: Studio "
          "Wijdemeren (vormgeving), Beeldhuis Hilversum (video en animatie), Drukkerij Van der Velden "
          "(Bussum) en het communicatieteam van de gemeente Gooise Meren."),
        P("2.2 Deze bedrijven leveren elk schooljaar voor elke routeklas een echte opdracht met een "
          "echte opdrachtgever (bijvoorbeeld een campagne of een huisstijl), geven in routejaar 1 en 2 "
          "samen vier gastlessen per jaar, bieden in routejaar 3 tot en met 5 stageplaatsen als door "
          "SBB erkend leerbedrijf en beoordelen het examenportfolio mee."),
        P("2.3 Twee mensen uit deze bedrijven zitten in de Beroepenveldcommissie Media van het ROC, die "
          "jaarlijks in februari het programma van de route beoordeelt en de routeleiding adviseert."),
        H("Wie leidt de route?"),
        P("3.1 De route wordt geleid door de routeleiding, bestaande uit de teamleider bovenbouw MVI "
          "van het Vakcollege, de opleidingsmanager Vormgeving van het ROC en een routeregisseur."),
        P("3.2 De teamleider en de opleidingsmanager worden als lid van de routeleiding benoemd door "
          "het college van bestuur van hun eigen organisatie. De routeregisseur wordt benoemd door de "
          "colleges van bestuur samen, op voordracht van de twee andere leden, voor ten hoogste vier "
          "jaar."),
        P("3.3 De besturen dragen aan de routeleiding op: het opstellen van het jaarplan en van het "
          "gezamenlijke PTA/OER; het rooster en de inzet van de docenten; de toelating tot de route; "
          "de beslissing over een overstap; het contact met de bedrijven. De routeleiding mag "
          "zelfstandig beslissen over de uitgaven uit het routebudget. Voor benoeming van personeel, "
          "voor nieuwe apparatuur boven het routebudget en voor alles wat deze overeenkomst verandert, "
          "is een besluit van de besturen nodig."),
        H("Hoe horen de besturen ervan?"),
        P("4.1 De routeleiding legt eenmaal per jaar, in juni, verantwoording af aan de colleges van "
          "bestuur van beide partijen in een verantwoordingsgesprek. Twee weken vooraf ontvangen de "
          "colleges van bestuur de routemonitor: een schriftelijk overzicht van de in-, door- en "
          "uitstroom, de examenresultaten, de stageplaatsen en de besteding van het routebudget."),
        P("4.2 Na elk trimester stuurt de routeleiding de colleges van bestuur een korte "
          "voortgangsnotitie. Vragen van een college van bestuur beantwoordt zij binnen tien "
          "werkdagen."),
        H("Waar, door wie en met welke spullen?"),
        P("5.1 Routejaar 1 en 2 vinden plaats in het Vakcollege aan de Larenseweg, met elke woensdag "
          "een dag in de mediastudio’s van het Mediacollege op het Mediapark. Vanaf routejaar 3 is het "
          "Mediacollege de vaste plek."),
        P("5.2 Eén docententeam verzorgt de route: docenten MVI van het Vakcollege en docenten "
          "vormgeving en beeld van het ROC. Docenten van het ROC geven in routejaar 1 en 2 de "
          "woensdagen (zes lesuren); een docent MVI van het Vakcollege blijft in routejaar 3 "
          "aanspreekpunt voor leerlingen die nog vmbo-onderdelen moeten halen. Voor de projectweken "
          "werken partijen met teambevoegdheid; het PTA/OER vermeldt per onderdeel de bevoegde "
          "docent. Docenten blijven in dienst van hun eigen werkgever."),
        P("5.3 Het ROC stelt de mediastudio’s, de fotostudio en de licenties voor vormgevingssoftware "
          "beschikbaar aan de leerlingen van routejaar 1 en 2. Het Vakcollege stelt zijn MVI-lokalen en "
          "laptops beschikbaar voor de examens die leerlingen in routejaar 3 nog bij het Vakcollege "
          "afleggen."),
        P("5.4 Het programma, de examens en de stages per leerjaar staan in het gezamenlijke PTA/OER "
          "dat de besturen elk jaar vóór 1 oktober vaststellen."),
        H("Wat als een leerling wil of moet stoppen?"),
        P("6.1 Dan zorgen partijen samen dat de leerling op een andere manier een diploma haalt. De "
          "teamleider en de opleidingsmanager beslissen gezamenlijk, na overleg met de leerling en de "
          "ouders, welk vervolg past bij het bereikte niveau en bij de leeftijd van de leerling."),
        P("6.2 Het vervolg kan zijn:"),
        UL("in routejaar 1 of 2: het reguliere programma van de gemengde leerweg MVI of een ander "
           "profiel op het Vakcollege, met het vmbo-diploma als doel;",
           "na routejaar 2 zonder vmbo-diploma: instroom in een mbo-opleiding van het ROC op niveau 3 "
           "of 4 (bijvoorbeeld Mediamaker of Allround medewerker ICT), waarbij de vooropleidingseisen "
           "niet gelden; het Vakcollege biedt de leerling aan het vmbo-examen af te ronden;",
           "als niveau 4 te hoog blijkt: overstap naar Mediamaker niveau 3, met behoud van behaalde "
           "onderdelen;",
           "bij een andere interesse of een verhuizing: een andere opleiding op hetzelfde niveau, bij "
           "het ROC of – na een geschiktheidsonderzoek – bij een andere instelling."),
        P("6.3 De afspraken over de overstap staan ook in de schoolgids van het Vakcollege."),
        H("Gaat er geld over?"),
        P("7.1 Ja. Het Vakcollege draagt op grond van artikel 5.42a WVO 2020 € 1.050 per leerling per "
          "schooljaar over aan het ROC voor elke leerling in routejaar 1 en 2 (peildatum 1 oktober)."),
        P("7.2 Dit geld is bestemd voor de woensdaglessen door ROC-docenten en voor het gebruik van de "
          "mediastudio’s, de fotostudio en de softwarelicenties (lid 5.2 en 5.3)."),
        P("7.3 Verder gaat er geen bekostiging over; iedere partij draagt de eigen kosten."),
        H("Wie praat er mee?"),
        P("8.1 Naast de wettelijke medezeggenschap (WMS in routejaar 1 en 2; WEB en WOR daarna) "
          "stellen partijen een gezamenlijke commissie DLR Media in. De MR van het Vakcollege en de "
          "studentenraad van het ROC wijzen elk twee leden aan."),
        P("8.2 De commissie heeft adviesrecht over het jaarplan en het PTA/OER van de route, en over "
          "ieder voorstel om de route te wijzigen of te beëindigen. De besturen reageren binnen vier "
          "weken schriftelijk op een advies."),
        H("Wat als we het oneens zijn?"),
        P("9.1 Partijen leggen een geschil over de uitvoering van deze overeenkomst eerst voor aan de "
          "routeleiding, daarna aan de twee directeuren en ten slotte aan de colleges van bestuur, die "
          "binnen zes weken een oplossing zoeken."),
        P("9.2 Lukt dat niet, dan kan elke partij het geschil voorleggen aan de rechter: aan de "
          "kantonrechter als het gaat om een geldvordering van ten hoogste € 25.000, en anders aan de "
          "rechtbank Midden-Nederland."),
        H("Wie kan erbij, en hoe veranderen of stoppen we?"),
        P("10.1 Een andere vmbo-school of mbo-instelling uit de regio kan zich bij de route aansluiten. "
          "Voorwaarden: beide besturen stemmen er schriftelijk mee in, de nieuwe partij tekent deze "
          "overeenkomst mee en er zijn vooraf afspraken gemaakt over haar aandeel in de kosten. "
          "Aansluiten kan per 1 augustus; de nieuwe partij meldt de route bij DUO."),
        P("10.2 Deze overeenkomst wordt alleen gewijzigd met een schriftelijk stuk dat beide besturen "
          "tekenen, na advies van de commissie DLR Media. Wijzigingen gaan in bij het begin van een "
          "schooljaar."),
        P("10.3 Elke partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus met een "
          "opzegtermijn van ten minste één jaar. Bij een ernstige tekortkoming die na schriftelijke "
          "ingebrekestelling niet binnen twee maanden is hersteld, kan de overeenkomst worden "
          "ontbonden."),
        P("10.4 Na opzegging of ontbinding worden geen nieuwe leerlingen toegelaten. Leerlingen die al "
          "in de route zitten, maken die af onder deze afspraken; lukt dat niet, dan geldt lid 6.1."),
        H("Sinds wanneer en hoe lang?"),
        P("Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Partijen melden de route "
          "samen aan de minister via RIO."),
        P("Aldus overeengekomen en getekend te Hilversum op 30 juni 2025."),
        SIG(["Stichting Openbaar Voortgezet Onderwijs Gooi en Vecht", "", "", "drs. N. Pronk",
             "voorzitter college van bestuur"],
            ["Stichting ROC Gooi en Vecht", "", "", "drs. T.J. van Rossum",
             "voorzitter college van bestuur"]),
    ],
)


# =============================================================================================
def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
        build(SAMPLES[n])


if __name__ == "__main__":
    main(sys.argv[1:])
