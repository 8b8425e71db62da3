#!/usr/bin/env python3
"""Build training samples 301-308 (batch train20a) for leerroute-check.

Written by an independent helper session. The texts were authored from the two official guidance
documents in shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie),
shared/domain.md and sample_agreements/LABELS.md only, without looking at the checker code, the
models, the tests or the texts/build scripts of other samples.

Focus of the batch: agreements that are compliant, but not where a checklist expects it (items split
over several articles, headings that never name the item, tables, included annexes, a general
"Slotbepalingen" article, long articles whose real arrangement sits in a later lid). Seven of the
eight are fully compliant; one (306) has one subtle defect.

Usage:
    python3 build_samples_train20a.py            build all
    python3 build_samples_train20a.py 301 305    build only those
    python3 build_samples_train20a.py --check    verify the produced files
"""

import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024

SAMPLES = []  # filled by the agreement sections below


def sample(number, slug, fmt, description, statuses, evidence, blocks, meta=None):
    SAMPLES.append(dict(number=number, name="%d_%s" % (number, slug), fmt=fmt,
                        description=description, statuses=statuses, evidence=evidence,
                        blocks=blocks, meta=meta or {}))


# ---------------------------------------------------------------------------------------------
# Block helpers. A document is a list of tuples:
#   ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text) ("li", text)
#   ("num", label, text) ("table", header, rows, widths) ("sig", [(party, name, function), ...])
#   ("small", text) ("pagebreak",)
# ---------------------------------------------------------------------------------------------

def T(text):
    return ("title", text)


def ST(text):
    return ("subtitle", text)


def H1(text):
    return ("h1", text)


def H2(text):
    return ("h2", text)


def P(text):
    return ("p", " ".join(text.split()))


def LI(text):
    return ("li", " ".join(text.split()))


def N(label, text):
    return ("num", label, " ".join(text.split()))


def TAB(header, rows, widths=None):
    rows = [[" ".join(c.split()) for c in r] for r in rows]
    return ("table", header, rows, widths)


def SIG(rows):
    return ("sig", rows)


def SMALL(text):
    return ("small", " ".join(text.split()))


def PB():
    return ("pagebreak",)


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------

def render_pdf(path, blocks, meta):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)

    font = meta.get("font", "Helvetica")
    bold = meta.get("bold", "Helvetica-Bold")
    size = meta.get("size", 10)
    st_title = ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=size + 9,
                              spaceAfter=4)
    st_sub = ParagraphStyle("s", fontName=font, fontSize=size + 1, leading=size + 5,
                            spaceAfter=10, textColor=colors.HexColor("#333333"))
    st_h1 = ParagraphStyle("h1", fontName=bold, fontSize=size + 2, leading=size + 6,
                           spaceBefore=12, spaceAfter=4)
    st_h2 = ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size + 4,
                           spaceBefore=8, spaceAfter=2)
    st_p = ParagraphStyle("p", fontName=font, fontSize=size, leading=size + 4, spaceAfter=4)
    st_li = ParagraphStyle("li", parent=st_p, leftIndent=14, bulletIndent=4)
    st_num = ParagraphStyle("num", parent=st_p, leftIndent=20, firstLineIndent=-16)
    st_cell = ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=size + 2)
    st_cellb = ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=size + 2)
    st_small = ParagraphStyle("sm", fontName=font, fontSize=size - 2, leading=size + 1,
                              textColor=colors.HexColor("#444444"), spaceAfter=3)

    story = []
    width = A4[0] - 50 * mm
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(escape(b[1]), st_title))
        elif kind == "subtitle":
            story.append(Paragraph(escape(b[1]), st_sub))
        elif kind == "h1":
            story.append(Paragraph(escape(b[1]), st_h1))
        elif kind == "h2":
            story.append(Paragraph(escape(b[1]), st_h2))
        elif kind == "p":
            story.append(Paragraph(escape(b[1]), st_p))
        elif kind == "li":
            story.append(Paragraph(escape(b[1]), st_li, bulletText="\u2022"))
        elif kind == "num":
            story.append(Paragraph(escape(b[1]) + "&nbsp;&nbsp;" + escape(b[2]), st_num))
        elif kind == "small":
            story.append(Paragraph(escape(b[1]), st_small))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            header, rows, widths = b[1], b[2], b[3]
            data = [[Paragraph(escape(c), st_cellb) for c in header]]
            data += [[Paragraph(escape(c), st_cell) for c in r] for r in rows]
            if widths:
                cw = [width * w for w in widths]
            else:
                cw = [width / len(header)] * len(header)
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            cells = []
            for party, name, func in b[1]:
                cells.append(Paragraph("%s<br/><br/><br/>______________________<br/>%s<br/>%s"
                                       % (escape(party), escape(name), escape(func)), st_p))
            rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
            if len(rows[-1]) == 1:
                rows[-1].append(Paragraph("", st_p))
            t = Table(rows, colWidths=[width / 2, width / 2])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 10)]))
            story.append(KeepTogether([Spacer(1, 8), t]))
        else:
            raise ValueError(kind)

    footer = meta.get("footer", "")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(25 * mm, 12 * mm, footer)
        canvas.drawRightString(A4[0] - 25 * mm, 12 * mm, "pagina %d" % doc.page)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, invariant=1,
                            title=meta.get("title", ""), author=meta.get("author", ""),
                            subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                            creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _fixed_zip(raw):
    """Rewrite a zip with fixed timestamps so the output is byte-identical on rebuild."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def render_docx(path, blocks, meta):
    import datetime
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = meta.get("docx_font", "Calibri")
    normal.font.size = Pt(meta.get("docx_size", 10.5))
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "subtitle":
            para = doc.add_paragraph()
            r = para.add_run(b[1])
            r.italic = True
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "li":
            doc.add_paragraph(b[1], style="List Bullet")
        elif kind == "num":
            doc.add_paragraph("%s\t%s" % (b[1], b[2]))
        elif kind == "small":
            para = doc.add_paragraph()
            r = para.add_run(b[1])
            r.font.size = Pt(8.5)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            header, rows = b[1], b[2]
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for i, c in enumerate(header):
                cell = t.rows[0].cells[i]
                cell.text = ""
                cell.paragraphs[0].add_run(c).bold = True
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    t.rows[ri + 1].cells[ci].text = c
            doc.add_paragraph("")
        elif kind == "sig":
            t = doc.add_table(rows=len(b[1]), cols=2)
            for i, (party, name, func) in enumerate(b[1]):
                t.rows[i].cells[0].text = "%s\n%s, %s" % (party, name, func)
                t.rows[i].cells[1].text = "handtekening: ______________________"
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("author", "")
    cp.title = meta.get("title", "")
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(_fixed_zip(buf.getvalue()))


def render_txt(path, blocks, meta):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [b[1], "=" * len(b[1]), ""]
        elif kind == "subtitle":
            out += [_wrap(b[1]), ""]
        elif kind == "h1":
            out += ["", b[1], "-" * len(b[1]), ""]
        elif kind == "h2":
            out += ["", b[1], ""]
        elif kind in ("p", "small"):
            out += [_wrap(b[1]), ""]
        elif kind == "li":
            out += [_wrap("- " + b[1], indent="  "), ""]
        elif kind == "num":
            out += [_wrap("%s %s" % (b[1], b[2]), indent="    "), ""]
        elif kind == "pagebreak":
            out += ["", ""]
        elif kind == "table":
            header, rows = b[1], b[2]
            for r in rows:
                for h, c in zip(header, r):
                    out.append(_wrap("%s: %s" % (h, c), indent="    "))
                out.append("")
        elif kind == "sig":
            for party, name, func in b[1]:
                out += [party, "%s, %s" % (name, func), "handtekening: ____________________", ""]
        else:
            raise ValueError(kind)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_md(path, blocks, meta):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += ["# " + b[1], ""]
        elif kind == "subtitle":
            out += ["_" + b[1] + "_", ""]
        elif kind == "h1":
            out += ["## " + b[1], ""]
        elif kind == "h2":
            out += ["### " + b[1], ""]
        elif kind in ("p", "small"):
            out += [b[1], ""]
        elif kind == "li":
            out += ["- " + b[1]]
        elif kind == "num":
            out += ["%s %s" % (b[1], b[2]), ""]
        elif kind == "pagebreak":
            out += ["---", ""]
        elif kind == "table":
            header, rows = b[1], b[2]
            if out and out[-1].startswith("- "):
                out.append("")
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "|".join(["---"] * len(header)) + "|")
            for r in rows:
                out.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
            out.append("")
        elif kind == "sig":
            if out and out[-1].startswith("- "):
                out.append("")
            for party, name, func in b[1]:
                out += ["%s  " % party, "%s, %s  " % (name, func), "handtekening: ____________", ""]
        else:
            raise ValueError(kind)
    # make sure a list is followed by an empty line
    text = []
    for i, line in enumerate(out):
        if i > 0 and out[i - 1].startswith("- ") and line and not line.startswith("- "):
            text.append("")
        text.append(line)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(text).rstrip() + "\n")


def _wrap(text, width=96, indent=""):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = indent + w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return "\n".join(lines)


RENDER = {"pdf": render_pdf, "docx": render_docx, "txt": render_txt, "md": render_md}


def expected_obj(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(s):
    path = os.path.join(HERE, "%s.%s" % (s["name"], s["fmt"]))
    RENDER[s["fmt"]](path, s["blocks"], s["meta"])
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(json.dumps(expected_obj(s), ensure_ascii=False, indent=2) + "\n")
    return path


# ---------------------------------------------------------------------------------------------
# Check
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
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = []
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            runs = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, flags=re.S)
            paras.append("".join(runs))
        txt = "\n".join(paras)
        for a, b in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"),
                     ("&amp;", "&")):
            txt = txt.replace(a, b)
        return txt
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return " ".join(s.split())


STATUS_VALUES = {"present", "weak", "missing", "not_applicable"}


def check():
    ok = True
    numbers = set()
    fmts = {}
    for s in SAMPLES:
        problems = []
        numbers.add(s["number"])
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        path = os.path.join(HERE, "%s.%s" % (s["name"], s["fmt"]))
        if not os.path.exists(path):
            print("MISSING FILE", path)
            ok = False
            continue
        size = os.path.getsize(path)
        if size >= MAX_BYTES:
            problems.append("too large: %d bytes" % size)
        try:
            text = norm(extract_text(path))
        except Exception as exc:  # noqa: BLE001
            problems.append("does not open: %r" % exc)
            text = ""
        if len(text) < 500:
            problems.append("extracted text suspiciously short (%d chars)" % len(text))
        for item, ev in s["evidence"].items():
            if norm(ev) not in text:
                problems.append("evidence %s not found: %r" % (item, ev))
            if s["statuses"].get(item) != "present":
                problems.append("evidence given for non-present item %s" % item)
        if sorted(s["statuses"]) != list("abcdefghij"):
            problems.append("statuses must cover a..j")
        if not set(s["statuses"].values()) <= STATUS_VALUES:
            problems.append("bad status value")
        for bad in ("\u2026\u2026", "[Hier", "[naam"):
            if bad in text:
                problems.append("template remnant %r in text" % bad)
        exp = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(exp, encoding="utf-8") as f:
                got = json.load(f)
            if got != expected_obj(s):
                problems.append("expected.json differs from the script's table")
        except Exception as exc:  # noqa: BLE001
            problems.append("expected.json unreadable: %r" % exc)
        words = len(text.split())
        status = "OK " if not problems else "ERR"
        print("%s %s (%s, %d bytes, %d words)" % (status, s["name"], s["fmt"], size, words))
        for p in problems:
            print("    -", p)
        ok = ok and not problems
    if not numbers <= set(range(301, 309)):
        print("numbers outside 301-308:", sorted(numbers))
        ok = False
    print("formats:", fmts)
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


# =============================================================================================
# AGREEMENTS
# =============================================================================================

# ---------------------------------------------------------------------------------------------
# 301  PDF, long. Drafted by a regional education platform (RPO) for two boards. Kromme
#      Rijnstreek, Groen (kb) -> Vakbekwaam medewerker teelt niveau 3 (fruitteelt).
#      Compliant. Leiding split: composition/appointment in "Organisatie", powers in "Mandaat",
#      reporting in "Planning- en controlcyclus" (a different chapter, next to the money).
# ---------------------------------------------------------------------------------------------

sample(
    301, "rpo_organisatie_mandaat_cyclus_kromme_rijn_fruitteelt", "pdf",
    "Long PDF drafted by a regional education platform (RPO) for a vmbo board and an AOC, Kromme "
    "Rijnstreek, Groen kb -> Vakbekwaam medewerker teelt niveau 3 (fruitteelt); fully compliant, "
    "leiding split over 'Organisatie', 'Mandaat' and a 'Planning- en controlcyclus' article in the "
    "money chapter, transfer of bekostiging per leerling with bestemming, annex tables",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 2 De route", "b": "Artikel 10 Telers en ketenpartners",
     "c": "Artikel 3 Organisatie", "d": "Artikel 12 Planning- en controlcyclus",
     "e": "Artikel 7 Mensen en middelen", "f": "Artikel 9 Als de route niet (meer) past",
     "g": "Artikel 11 Middelen", "h": "Artikel 13 Meepraten en meebeslissen",
     "i": "Artikel 17 Verschillen van inzicht", "j": "Artikel 16 Wijziging en beëindiging"},
    [
        T("Samenwerkingsovereenkomst Fruitroute Kromme Rijn"),
        ST("Doorlopende leerroute vmbo-mbo, profiel Groen (kaderberoepsgerichte leerweg) naar "
           "Vakbekwaam medewerker teelt, niveau 3. Opgesteld door het Regionaal Platform Onderwijs "
           "Kromme Rijn in opdracht van de besturen van partijen. Definitieve tekst, 12 juni 2025."),
        H1("Leeswijzer"),
        P("""Deze tekst is voorbereid door de werkgroep doorlopende leerroutes van het Regionaal
        Platform Onderwijs Kromme Rijn (hierna: het RPO). Het RPO is geen partij bij deze
        overeenkomst. Het heeft de afspraken die de school en het Groencollege in vier werksessies
        hebben gemaakt op schrift gezet en ondersteunt de uitvoering als secretariaat van het
        bestuurlijk overleg."""),
        P("""De werkgroep heeft de afspraken geordend naar de manier waarop de route in de praktijk
        werkt: eerst de route zelf, dan de sturing, het onderwijs, de leerling, het werkveld, het
        geld en de jaarcyclus, de stem van leerlingen en ouders, en ten slotte looptijd en
        slotbepalingen. Een onderwerp kan daardoor in meer dan één artikel terugkomen. De
        artikelen moeten in samenhang worden gelezen."""),
        H1("Partijen"),
        N("1.", """Stichting Openbaar Voortgezet Onderwijs Kromme Rijn, statutair gevestigd te
        Houten, bevoegd gezag van het Dorestad College te Wijk bij Duurstede, rechtsgeldig
        vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. H.J.
        Vermeulen-Bos, hierna te noemen: de school;"""),
        N("2.", """Stichting Groenonderwijs Utrecht-Oost, statutair gevestigd te Bunnik, bevoegd
        gezag van het agrarisch opleidingscentrum Groencollege Bunnik, rechtsgeldig
        vertegenwoordigd door de voorzitter van het college van bestuur, de heer ir. P.A. van
        Rossum, hierna te noemen: het Groencollege;"""),
        P("hierna gezamenlijk te noemen: partijen."),
        H1("Overwegingen"),
        LI("""de fruitteelt in de Kromme Rijnstreek en het aangrenzende rivierengebied kampt met
        een structureel tekort aan vakkrachten, terwijl jongeren uit de regio de sector vaak pas
        na hun vmbo-diploma leren kennen;"""),
        LI("""de school biedt in de kaderberoepsgerichte leerweg het profiel Groen aan; het
        Groencollege verzorgt de opleidingen in de teelt op niveau 2, 3 en 4;"""),
        LI("""partijen werken sinds 2022 samen in het praktijkprogramma "Van bloesem tot kist" en
        willen die samenwerking omzetten in een doorlopende leerroute als bedoeld in artikel
        2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en
        beroepsonderwijs;"""),
        LI("""partijen hun afspraken daartoe vastleggen in deze overeenkomst, zoals artikel 2.107b
        van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en
        beroepsonderwijs voorschrijven;"""),
        P("komen het volgende overeen."),

        H1("Hoofdstuk 1 Begrippen en reikwijdte"),
        H2("Artikel 1 Begrippen"),
        P("In deze overeenkomst wordt verstaan onder:"),
        N("a.", """route: de doorlopende leerroute vmbo-mbo die in artikel 2 is omschreven, in de
        regio bekend als Fruitroute Kromme Rijn;"""),
        N("b.", "vo-fase: de eerste twee leerjaren van de route (leerjaar 3 en 4 van het vmbo);"),
        N("c.", "mbo-fase: het derde en vierde leerjaar van de route;"),
        N("d.", "routeteam: het team dat de leiding heeft over de route, bedoeld in artikel 3;"),
        N("e.", "routecoördinator: de voorzitter van het routeteam;"),
        N("f.", "besturen: de colleges van bestuur van partijen;"),
        N("g.", """bestuurlijk overleg: het overleg tussen een lid van het college van bestuur van
        elke partij, bedoeld in artikel 12;"""),
        N("h.", """leerbedrijf: een door de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven
        (SBB) erkend leerbedrijf in de fruitteelt, de fruitverwerking of de boomkwekerij;"""),
        N("i.", """PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en
        examenregeling van de route."""),
        H2("Artikel 2 De route"),
        N("1.", """Partijen verzorgen gezamenlijk een doorlopende leerroute die begint in het derde
        leerjaar van de kaderberoepsgerichte leerweg, profiel Groen, van het Dorestad College. De
        route leidt tot het vmbo-diploma van de kaderberoepsgerichte leerweg en tot het
        mbo-diploma van de vakopleiding Vakbekwaam medewerker teelt, niveau 3, beroepsopleidende
        leerweg, met als uitstroomrichting fruitteelt, in het opleidingsdomein Voedsel, natuur en
        leefomgeving."""),
        N("2.", """De route duurt vier leerjaren: twee in de vo-fase en twee in de mbo-fase. Dat is
        één jaar korter dan de gebruikelijke weg via het vmbo-diploma naar de opleiding op niveau
        3. De keuzevakken in de vo-fase en de keuzedelen in de mbo-fase zijn per leerjaar
        opgenomen in bijlage 2."""),
        N("3.", """De route wordt gegeven op de locatie van de school aan de Zandweg in Wijk bij
        Duurstede en op de praktijklocatie van het Groencollege, Fruitcentrum De Hoge Boomgaard
        in Bunnik. De verdeling van de onderwijstijd over beide locaties staat in bijlage 2."""),
        N("4.", """Partijen melden de route gezamenlijk aan de minister van Onderwijs, Cultuur en
        Wetenschap door registratie in het Register Instellingen en Opleidingen, ieder voor het
        eigen deel, vóór de eerste instroom."""),
        N("5.", """De eerste leerlingen stromen in op 1 augustus 2025. Per cohort worden ten hoogste
        24 leerlingen tot de route toegelaten."""),

        H1("Hoofdstuk 2 Sturing"),
        H2("Artikel 3 Organisatie"),
        N("1.", """De route wordt in de dagelijkse praktijk gedragen door de docenten,
        instructeurs en mentoren van beide partijen. Uit de jaren van het praktijkprogramma weten
        partijen dat een samenwerking kwetsbaar is zolang zij afhangt van enkele enthousiaste
        personen. Daarom leggen partijen hieronder vast wie de route aanstuurt."""),
        N("2.", """De leiding over de route berust bij het routeteam. Het routeteam bestaat uit drie
        leden: a. de afdelingsleider bovenbouw kader van het Dorestad College; b. de
        opleidingsmanager Teelt en Fruit van het Groencollege; c. de routecoördinator, die het
        routeteam voorzit."""),
        N("3.", """De leden onder a en b worden aangewezen door het college van bestuur van de
        partij bij wie zij in dienst zijn; dat college wijst ook een vaste plaatsvervanger aan. De
        routecoördinator wordt door de besturen gezamenlijk benoemd voor drie schooljaren, op
        voordracht van de beide andere leden, en kan eenmaal worden herbenoemd. Benoeming,
        herbenoeming en ontslag van de routecoördinator worden vastgelegd in een besluit dat door
        beide besturen is ondertekend."""),
        N("4.", """De routecoördinator kan in dienst zijn van elk van beide partijen. De partij bij
        wie hij in dienst is, stelt hem voor 0,3 fte vrij voor zijn werk voor de route."""),
        N("5.", """Het routeteam vergadert in schoolweken ten minste eenmaal per maand en besluit bij
        consensus. Lukt dat niet, dan legt de routecoördinator het punt voor aan het bestuurlijk
        overleg."""),
        H2("Artikel 4 Mandaat"),
        N("1.", """De besturen dragen aan het routeteam de volgende taken op: a. het jaarlijks
        opstellen van het PTA/OER en het ter vaststelling voorleggen daarvan aan de besturen; b.
        het maken van het jaarrooster en de verdeling van de lessen over beide locaties; c. de
        werving, intake en plaatsing van leerlingen; d. het onderhouden van de contacten met de
        leerbedrijven en de werkveldcommissie; e. de kwaliteitszorg van de route; f. het
        voorbereiden van de stukken bedoeld in artikel 12."""),
        N("2.", """Het routeteam is bevoegd zelfstandig te besluiten over: a. de inzet van de
        docenten en instructeurs die partijen aan de route hebben toegewezen, binnen de formatie
        die de besturen jaarlijks vaststellen; b. het gebruik van de voorzieningen bedoeld in
        artikel 7; c. de toelating van leerlingen tot de route na de intake; d. uitgaven ten laste
        van het routebudget tot € 7.500 per uitgave; e. de overstapbesluiten bedoeld in artikel 9,
        vierde lid, die worden genomen door de daar genoemde leden van het routeteam."""),
        N("3.", """Besluiten over de formatie, over uitgaven boven het in het tweede lid genoemde
        bedrag, over aanstelling en ontslag van personeel, over wijziging van het PTA/OER na
        vaststelling en over de voortzetting van de route blijven voorbehouden aan de
        besturen."""),
        N("4.", """Het routeteam oefent zijn bevoegdheden uit binnen deze overeenkomst, het
        schoolplan van de school en het instellingsplan van het Groencollege."""),

        H1("Hoofdstuk 3 Onderwijs"),
        H2("Artikel 5 Programma en examinering"),
        N("1.", """Partijen beschrijven voor de hele route, per leerjaar, het onderwijsprogramma, de
        examinering en de beroepspraktijkvorming in één PTA/OER. Daarin is aangegeven welke
        onderdelen tot het vmbo-programma behoren, welke tot het mbo-programma en welke
        gecombineerd worden aangeboden."""),
        N("2.", """Het centraal examen van het vmbo wordt afgenomen in het tweede leerjaar van de
        route. Als het PTA/OER dat bepaalt, kan het centraal examen in een of twee algemene vakken
        in het eerste leerjaar van de route worden afgenomen."""),
        N("3.", """Het Groencollege verzorgt de examinering van de mbo-onderdelen vanaf het eerste
        leerjaar van de route; de examencommissie van het Groencollege is daarvoor
        verantwoordelijk. De school blijft verantwoordelijk voor het eindexamen vmbo, ook als een
        leerling al als student bij het Groencollege staat ingeschreven."""),
        N("4.", """In de vo-fase staat de leerling ingeschreven bij de school, in de mbo-fase bij het
        Groencollege. De leerlingenadministraties bereiden de overschrijving gezamenlijk voor. De
        school is in de vo-fase verantwoordelijk voor de verzuimregistratie, het Groencollege in de
        mbo-fase."""),
        N("5.", """Het PTA/OER vermeldt per leerjaar het aantal geprogrammeerde uren; partijen houden
        zich daarbij aan de wettelijke normen voor onderwijstijd en studieduur."""),
        H2("Artikel 6 Begeleiding en klachten"),
        N("1.", """Iedere leerling heeft gedurende de hele route een vaste coach: in de vo-fase een
        mentor van de school, in de mbo-fase een studieloopbaanbegeleider van het Groencollege. De
        overdracht vindt plaats in een driegesprek aan het eind van het tweede leerjaar."""),
        N("2.", """Een klacht die bij de ene partij wordt ingediend en die gaat over een gedraging van
        een medewerker van de andere partij, wordt behandeld volgens de klachtenregeling van de
        partij waar de klacht is ingediend. De andere partij verleent alle medewerking. De
        voorzitter van de klachtencommissie is niet werkzaam bij of voor de andere partij."""),
        H2("Artikel 7 Mensen en middelen"),
        N("1.", """Het onderwijs in de route vraagt om vakkennis die geen van beide partijen alleen in
        huis heeft. Partijen zetten daarom elkaars mensen en voorzieningen in, op de volgende
        wijze."""),
        N("2.", """In de vo-fase verzorgen docenten van de school de algemene vakken en het
        profieldeel. Praktijkdocenten en instructeurs van het Groencollege verzorgen vanaf het
        eerste leerjaar van de route twee dagdelen per week de teeltpraktijk op De Hoge Boomgaard.
        In de mbo-fase verzorgen docenten van het Groencollege het programma; een docent
        Nederlands en een docent wiskunde van de school blijven beschikbaar voor leerlingen die nog
        onderdelen van het vmbo-examen moeten afronden."""),
        N("3.", """Voor de vakoverstijgende programmaonderdelen "Teeltplan en oogst" en "Van bloesem
        tot kist" werken partijen met één team van leraren en docenten als bedoeld in artikel
        7.13a van de Wet voortgezet onderwijs 2020 en artikel 9.1.12 van de Wet educatie en
        beroepsonderwijs. Ieder teamlid is bevoegd voor ten minste één van de betrokken vakken of
        voldoet aan de eisen voor docenten in het mbo, het team als geheel dekt alle onderdelen en
        ieder teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is. Het PTA/OER
        vermeldt in welke onderdelen het team wordt ingezet."""),
        N("4.", """Medewerkers blijven in dienst van hun eigen werkgever en volgen op de locatie van de
        andere partij de huisregels van die locatie. Detachering van personeel vindt alleen plaats
        op grond van een afzonderlijke schriftelijke afspraak tussen de besturen."""),
        N("5.", """Het Groencollege stelt de fruitboomgaard van 4,5 hectare, de sorteer- en
        koelruimte, de machineloods en twee theorielokalen op De Hoge Boomgaard volgens het
        jaarrooster ter beschikking aan de leerlingen en docenten van de route. De school stelt
        haar praktijklokaal groen, de kas en het leerplein in Wijk bij Duurstede ter beschikking
        voor lessen die docenten van het Groencollege daar geven. Voor het gebruik van deze
        voorzieningen wordt niets in rekening gebracht naast hetgeen in artikel 11 is
        geregeld."""),
        N("6.", """Leerlingen werken op De Hoge Boomgaard met persoonlijke beschermingsmiddelen die
        het Groencollege verstrekt. Trekkers, hoogwerkers en spuitapparatuur worden door
        leerlingen alleen gebruikt onder direct toezicht van een instructeur. De school
        organiseert en betaalt het vervoer tussen beide locaties."""),

        H1("Hoofdstuk 4 De leerling centraal"),
        H2("Artikel 8 Toelating"),
        N("1.", """Een leerling van het tweede leerjaar van de kaderberoepsgerichte leerweg kan zich
        tot 1 maart aanmelden voor de route. Het routeteam voert met iedere aangemelde leerling en
        diens ouders een intakegesprek en besluit vóór 1 mei over toelating."""),
        N("2.", """Is er meer aanmelding dan plaats, dan geeft het routeteam voorrang aan leerlingen
        die de oriëntatieweek op De Hoge Boomgaard hebben gevolgd; daarna beslist loting."""),
        H2("Artikel 9 Als de route niet (meer) past"),
        N("1.", """Niet iedere leerling die in het tweede leerjaar voor de route kiest, maakt haar
        ook af. Het werk blijkt anders dan verwacht, het niveau sluit niet aan of een gezin
        verhuist. Partijen vinden dat een leerling in zo'n situatie vooraf moet weten waar hij aan
        toe is."""),
        N("2.", """Dit artikel is van toepassing als de deelname van een leerling aan de route
        eindigt voordat hij de route met succes heeft afgerond, en als een leerling is afgewezen
        voor het eindexamen vmbo of het vmbo-diploma aan het eind van het derde leerjaar van de
        route nog niet heeft behaald. Het is niet van toepassing op een leerling die definitief
        is verwijderd."""),
        N("3.", """Partijen bieden de leerling, afhankelijk van het moment van uitstappen, in elk geval
        de volgende mogelijkheden: a. in de vo-fase: voortzetting in de reguliere
        kaderberoepsgerichte leerweg van de school, in het profiel Groen of een ander profiel,
        met behoud van behaalde resultaten en gericht op het vmbo-diploma; b. na het behalen van
        het vmbo-diploma: instroom in een andere opleiding op niveau 3 van het Groencollege, zoals
        Vakbekwaam hovenier of Vakbekwaam medewerker groene ruimte, of in de reguliere opleiding
        Vakbekwaam medewerker teelt; c. zonder vmbo-diploma: een herkansingsjaar voor de
        ontbrekende vmbo-vakken op de school, zo mogelijk naast het mbo-deel, of instroom in een
        opleiding op niveau 2 of 3 van het Groencollege, zoals Medewerker teelt, niveau 2,
        waarbij het Groencollege geen vooropleidingseisen tegenwerpt; d. bij verhuizing of bij de
        wens een opleiding bij een andere instelling te volgen: begeleiding naar die instelling,
        met een overdrachtsdossier en zo nodig ondersteuning bij het onderzoek naar geschiktheid
        dat die instelling afneemt."""),
        N("4.", """Welke mogelijkheid het wordt, stellen de afdelingsleider van de school en de
        opleidingsmanager van het Groencollege namens beide besturen gezamenlijk vast, na een
        gesprek met de leerling en diens ouders of verzorgers. Zij gaan daarbij uit van het
        onderwijsniveau dat de leerling heeft bereikt, van zijn leeftijd en van zijn eigen wensen.
        Het besluit wordt binnen vier weken na het gesprek schriftelijk aan leerling en ouders
        meegedeeld."""),
        N("5.", """Geen leerling verlaat de route zonder dat een vervolgplek is afgesproken. Tot de
        overstap blijft de partij bij wie de leerling staat ingeschreven verantwoordelijk voor de
        begeleiding. De werkwijze wordt toegelicht in de schoolgids van de school en in de
        studiegids van het Groencollege."""),

        H1("Hoofdstuk 5 Werkveld"),
        H2("Artikel 10 Telers en ketenpartners"),
        N("1.", """De route is ontstaan op verzoek van telers uit de regio, die al jaren leerlingen
        van de school in de oogsttijd een bijbaan bieden."""),
        N("2.", """Partijen richten een werkveldcommissie in waarin ten minste zitting hebben: twee
        fruittelers namens de Fruittelersvereniging Kromme Rijn en Lek, een vertegenwoordiger van
        de coöperatieve afzetorganisatie FruitPoort U.A., een adviseur praktijkleren van SBB en de
        routecoördinator. De commissie komt tweemaal per jaar bijeen en adviseert het routeteam
        over de inhoud van het praktijkprogramma, de keuze van de keuzedelen en de aansluiting
        van de route op de arbeidsmarkt."""),
        N("3.", """Ten minste twaalf leerbedrijven nemen deel aan de route. Zij bieden in de vo-fase
        per leerjaar twee snuffelweken tijdens bloei en oogst, en in de mbo-fase de
        beroepspraktijkvorming. Iedere deelnemende teler levert per leerjaar ten minste één
        praktijkopdracht aan, zoals een snoeiplan of een oogstplanning, en de praktijkopleiders
        beoordelen mee bij de proeve van bekwaamheid. Telers verzorgen in de vo-fase ten minste
        vier gastlessen per schooljaar."""),
        N("4.", """De routecoördinator houdt een lijst bij van de deelnemende leerbedrijven; die lijst
        wordt met het jaarverslag bedoeld in artikel 12 meegezonden."""),

        H1("Hoofdstuk 6 Geld en jaarcyclus"),
        H2("Artikel 11 Middelen"),
        N("1.", """De school ontvangt de bekostiging voor de leerlingen in de vo-fase, het
        Groencollege voor de studenten in de mbo-fase. Voor de route is geen aanvullende
        bekostiging beschikbaar."""),
        N("2.", """Omdat het Groencollege in de vo-fase een deel van de praktijklessen verzorgt en zijn
        voorzieningen ter beschikking stelt, draagt de school met toepassing van artikel 5.42a van
        de Wet voortgezet onderwijs 2020 een deel van haar bekostiging over aan het
        Groencollege."""),
        N("3.", """De over te dragen middelen bedragen € 1.380 per leerling per schooljaar, voor
        iedere leerling die op 1 oktober van dat schooljaar in de vo-fase van de route staat
        ingeschreven. Het bedrag wordt ieder jaar per 1 augustus aangepast met het percentage van
        de loon- en prijsbijstelling van de rijksbijdrage voortgezet onderwijs."""),
        N("4.", """Het Groencollege besteedt deze middelen uitsluitend aan: a. de inzet van
        praktijkdocenten en instructeurs in de vo-fase; b. verbruiksmaterialen, gereedschap en
        persoonlijke beschermingsmiddelen voor de leerlingen; c. het onderhoud van de door de
        leerlingen gebruikte praktijkvoorzieningen."""),
        N("5.", """De school betaalt het bedrag in twee gelijke termijnen, op 1 november en op 1
        april. In de mbo-fase wordt geen bekostiging overgedragen. Bijlage 1 bevat een
        rekenvoorbeeld."""),
        H2("Artikel 12 Planning- en controlcyclus"),
        N("1.", """Beide besturen blijven ieder voor zich verantwoordelijk voor de kwaliteit van de
        route, tegenover de inspectie en tegenover hun eigen raad van toezicht. De
        informatievoorziening aan de besturen is daarom aan vaste momenten gebonden."""),
        N("2.", """Het routeteam stelt jaarlijks vóór 15 oktober een jaarverslag op over het
        afgelopen schooljaar. Het jaarverslag bevat ten minste: de in-, door- en uitstroom per
        cohort, de examenresultaten vmbo en mbo, de toegepaste overstapmogelijkheden, de
        ingediende klachten, de besteding van de middelen bedoeld in artikel 11 en de adviezen
        van de werkveldcommissie. Het routeteam zendt het jaarverslag aan beide besturen."""),
        N("3.", """Het bestuurlijk overleg vergadert twee keer per jaar: in november over het
        jaarverslag en het jaarplan, en in april over een voortgangsrapportage over het lopende
        schooljaar, de formatie en de begroting voor het volgende schooljaar. De routecoördinator
        licht de stukken toe, verstrekt de gevraagde inlichtingen en legt in het overleg van
        november verantwoording af over de uitoefening van de taken en bevoegdheden bedoeld in
        artikel 4. Het RPO verzorgt het secretariaat."""),
        N("4.", """Het routeteam informeert beide besturen onverwijld over zaken die de continuïteit
        of de kwaliteit van de route raken, zoals een dreigend tekort aan leerbedrijven, een
        bevinding van de inspectie of een ernstig incident."""),

        H1("Hoofdstuk 7 Leerlingen, ouders en medewerkers"),
        H2("Artikel 13 Meepraten en meebeslissen"),
        N("1.", """Voor leerlingen in de vo-fase, hun ouders en de medewerkers van de school geldt de
        Wet medezeggenschap op scholen; voor studenten in de mbo-fase, hun ouders en de
        medewerkers van het Groencollege gelden de regels over medezeggenschap in de Wet educatie
        en beroepsonderwijs en de Wet op de ondernemingsraden. Partijen spreken daarnaast het
        volgende af."""),
        N("2.", """Leerlingen in de vo-fase van de route kunnen met twee vertegenwoordigers, met
        spreekrecht, deelnemen aan vergaderingen van de studentenraad van het Groencollege waarin
        onderwerpen worden besproken die de route raken. Het Groencollege neemt dit op in het
        reglement van de studentenraad."""),
        N("3.", """Het PTA/OER van de route en ieder voornemen tot wijziging of beëindiging van deze
        overeenkomst worden voor advies voorgelegd aan de medezeggenschapsraad van de school, de
        studentenraad van het Groencollege en de ondernemingsraad van het Groencollege."""),
        N("4.", """Eenmaal per jaar houdt het routeteam een routeraadpleging met leerlingen,
        studenten en ouders uit alle cohorten. Het verslag daarvan wordt gezonden aan de
        medezeggenschapsorganen van beide partijen."""),

        H1("Hoofdstuk 8 Looptijd en verandering"),
        H2("Artikel 14 Looptijd"),
        P("""Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.
        Partijen evalueren de overeenkomst iedere drie jaar, voor het eerst in het voorjaar van
        2028, op basis van de jaarverslagen."""),
        H2("Artikel 15 Nieuwe deelnemers"),
        N("1.", """Een andere school voor vmbo die het profiel Groen aanbiedt, of een andere
        instelling voor beroepsonderwijs, kan partij worden bij deze overeenkomst als alle
        partijen daarmee schriftelijk instemmen."""),
        N("2.", """De toetreding vindt plaats door ondertekening van een toetredingsverklaring waarin
        de toetreder alle rechten en verplichtingen uit deze overeenkomst aanvaardt, nadat het
        routeteam heeft geadviseerd over de gevolgen voor de capaciteit van leerbedrijven en
        praktijkvoorzieningen. De toetreder meldt de route aan de minister. Toetreding gaat in
        per 1 augustus van een schooljaar."""),
        N("3.", """Toetreding heeft geen gevolgen voor leerlingen die op dat moment al in de route
        zitten: hun programma, locatie en begeleiding blijven ongewijzigd, tenzij zij er zelf voor
        kiezen gebruik te maken van een nieuwe mogelijkheid."""),
        H2("Artikel 16 Wijziging en beëindiging"),
        N("1.", """Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst
        tussen alle partijen, na advies van het routeteam en van de organen bedoeld in artikel
        13, derde lid. Een wijziging die het programma of de locatie raakt, gaat niet eerder in
        dan bij het begin van het volgende schooljaar en geldt niet voor een cohort dat al in de
        route zit, tenzij de wijziging voor die leerlingen gunstig is."""),
        N("2.", """Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig
        jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden."""),
        N("3.", """Een partij kan de overeenkomst ontbinden als de andere partij haar verplichtingen
        ernstig tekortschiet en dat niet binnen drie maanden na een schriftelijke ingebrekestelling
        herstelt, of als de andere partij de bevoegdheid verliest het betrokken onderwijs te
        verzorgen."""),
        N("4.", """Na opzegging worden geen nieuwe leerlingen meer tot de route toegelaten. Leerlingen
        die op de datum van opzegging in de route zitten, maken de route bij partijen af onder
        dezelfde voorwaarden; artikel 11 blijft voor hen van toepassing. Is afmaken na ontbinding
        niet mogelijk, dan zoeken partijen voor iedere leerling gezamenlijk een passende plek
        volgens artikel 9 en dragen zij de kosten daarvan ieder voor de helft."""),

        H1("Hoofdstuk 9 Slotbepalingen"),
        H2("Artikel 17 Verschillen van inzicht"),
        N("1.", """Onenigheid tussen partijen over de uitvoering van deze overeenkomst wordt eerst in
        het routeteam besproken. Komt het routeteam er binnen twee weken niet uit, dan legt de
        routecoördinator de kwestie schriftelijk voor aan het bestuurlijk overleg, dat binnen vier
        weken een oplossing zoekt."""),
        N("2.", """Slaagt ook het bestuurlijk overleg daar niet in, dan schakelen partijen een
        mediator in die voor beide partijen aanvaardbaar is; het RPO doet daarvoor op verzoek een
        voordracht. Partijen dragen de kosten van de mediation ieder voor de helft."""),
        N("3.", """Leidt de mediation niet binnen drie maanden tot een oplossing, dan kan iedere
        partij het geschil voorleggen aan de bevoegde rechter in het arrondissement
        Midden-Nederland."""),
        N("4.", """Zolang een geschil loopt, zetten partijen de uitvoering van de route voor de
        leerlingen ongewijzigd voort."""),
        H2("Artikel 18 Overige bepalingen"),
        N("1.", "Op deze overeenkomst is Nederlands recht van toepassing."),
        N("2.", """Partijen wisselen alleen de leerlinggegevens uit die voor de uitvoering van de
        route nodig zijn en leggen de afspraken daarover vast in een gegevensuitwisselingsprotocol
        dat voldoet aan de Algemene verordening gegevensbescherming."""),
        N("3.", """De bijlagen maken deel uit van deze overeenkomst. Bij strijd tussen een bijlage en
        de artikelen gaan de artikelen voor."""),
        P("Aldus overeengekomen en in tweevoud ondertekend te Bunnik op 12 juni 2025."),
        SIG([("Stichting Openbaar Voortgezet Onderwijs Kromme Rijn", "drs. H.J. Vermeulen-Bos",
              "voorzitter college van bestuur"),
             ("Stichting Groenonderwijs Utrecht-Oost", "ir. P.A. van Rossum",
              "voorzitter college van bestuur")]),

        PB(),
        H1("Bijlage 1 Jaarkalender en rekenvoorbeeld"),
        TAB(["Moment", "Wat", "Wie"], [
            ["1 maart", "Sluiting aanmelding nieuw cohort", "routeteam"],
            ["1 mei", "Besluit over toelating", "routeteam"],
            ["1 oktober", "Teldatum leerlingen vo-fase voor de overdracht van middelen",
             "leerlingenadministratie school"],
            ["15 oktober", "Jaarverslag aan beide besturen", "routeteam"],
            ["1 november", "Eerste termijn overdracht middelen (50%)", "school"],
            ["november", "Bestuurlijk overleg: jaarverslag en jaarplan",
             "bestuurlijk overleg, RPO"],
            ["1 april", "Tweede termijn overdracht middelen (50%)", "school"],
            ["april", "Bestuurlijk overleg: voortgangsrapportage, formatie, begroting",
             "bestuurlijk overleg, RPO"],
            ["mei", "Routeraadpleging leerlingen, studenten en ouders", "routeteam"],
        ], [0.18, 0.56, 0.26]),
        P("""Rekenvoorbeeld: staan op 1 oktober 2025 22 leerlingen in de vo-fase ingeschreven, dan
        draagt de school over het schooljaar 2025-2026 22 x € 1.380 = € 30.360 over aan het
        Groencollege, te betalen in twee termijnen van € 15.180."""),
        H1("Bijlage 2 Opbouw per leerjaar"),
        TAB(["Leerjaar", "Inschrijving", "Waar", "Programma", "Examinering"], [
            ["1 (vmbo 3)", "school", "Wijk bij Duurstede 3 dagen, De Hoge Boomgaard 2 dagdelen",
             "algemene vakken, profieldeel Groen, keuzevak teelt, praktijkblok bloei",
             "schoolexamen vmbo; eventueel CE in een of twee algemene vakken"],
            ["2 (vmbo 4)", "school", "Wijk bij Duurstede 3 dagen, De Hoge Boomgaard 2 dagdelen",
             "afronding vmbo, eerste mbo-werkprocessen, snuffelweken oogst",
             "centraal examen vmbo; eerste mbo-examens beroepsgericht"],
            ["3 (mbo 1)", "Groencollege", "De Hoge Boomgaard, bpv bij leerbedrijf",
             "kerntaken Vakbekwaam medewerker teelt, keuzedelen", "mbo-examens, bpv"],
            ["4 (mbo 2)", "Groencollege", "De Hoge Boomgaard, bpv bij leerbedrijf",
             "specialisatie fruitteelt, keuzedelen", "proeve van bekwaamheid, diplomering mbo"],
        ], [0.13, 0.15, 0.24, 0.26, 0.22]),
    ],
    {"title": "Samenwerkingsovereenkomst Fruitroute Kromme Rijn", "author": "RPO Kromme Rijn",
     "footer": "Samenwerkingsovereenkomst Fruitroute Kromme Rijn - definitieve tekst 12 juni 2025"},
)

# ---------------------------------------------------------------------------------------------
# 302  DOCX. A directeur-bestuurder of a one-school foundation writes the agreement in plain
#      language for parents and staff; both boards sign. Heerenveen (Zuidoost-Friesland), Horeca,
#      bakkerij en recreatie (bb) -> Gastheer/gastvrouw niveau 2. Compliant; headings never name
#      the statutory item ("Wie doet wat", "Geld", "Als het schuurt", ...).
# ---------------------------------------------------------------------------------------------

sample(
    302, "directeur_gewone_taal_kopjes_heerenveen_gastheer", "docx",
    "DOCX in plain language by a directeur-bestuurder addressing parents and staff, signed by both "
    "boards, Heerenveen, Horeca, bakkerij en recreatie bb -> Gastheer/gastvrouw niveau 2; fully "
    "compliant, headings never name the item ('Wie doet wat', 'Geld', 'Als het schuurt', 'Nieuwe "
    "partners en afscheid'), explicit no transfer of bekostiging",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Waar gaat dit over", "b": "Het restaurant om de hoek", "c": "Wie doet wat",
     "d": "Bijhouden of het werkt", "e": "Waar en met wie", "f": "Als de route niet past",
     "g": "Geld", "h": "Meepraten", "i": "Als het schuurt", "j": "Nieuwe partners en afscheid"},
    [
        T("Route Gastvrij Heerenveen"),
        ST("Afspraken tussen het Haskerbos College en ROC Zuidoost-Fryslân over de doorlopende "
           "leerroute vmbo-mbo in de horeca"),
        P("""Aan de ouders en verzorgers, de leerlingen en de medewerkers van het Haskerbos
        College."""),
        P("""Hieronder vindt u de overeenkomst die onze stichting en ROC Zuidoost-Fryslân hebben
        gesloten voor de route Gastvrij Heerenveen. De wet schrijft voor dat een school en een
        mbo-instelling zo'n overeenkomst sluiten voordat zij samen een doorlopende leerroute mogen
        aanbieden. Ik heb de tekst bewust in gewone taal geschreven, zodat u hem zonder juridische
        kennis kunt lezen. Dat maakt hem niet minder bindend: beide besturen hebben hem
        ondertekend en houden zich eraan."""),
        P("""Waar ik "wij" of "we" schrijf, bedoel ik beide besturen samen. Met "de school" bedoel
        ik de Stichting Haskerbos College te Heerenveen, bevoegd gezag van het Haskerbos College,
        die ik als directeur-bestuurder vertegenwoordig. Met "het ROC" bedoel ik de Stichting ROC
        Zuidoost-Fryslân te Heerenveen, vertegenwoordigd door de voorzitter van het college van
        bestuur, de heer J. de Vries."""),
        P("Marieke Hoekstra, directeur-bestuurder"),

        H1("Waar gaat dit over"),
        P("""Leerlingen die in klas 2 kiezen voor de basisberoepsgerichte leerweg met het profiel
        Horeca, bakkerij en recreatie, kunnen vanaf klas 3 de route Gastvrij Heerenveen volgen. De
        route eindigt met twee diploma's: het vmbo-diploma van de basisberoepsgerichte leerweg en
        het mbo-diploma Gastheer/gastvrouw op niveau 2 (basisberoepsopleiding, opleidingsdomein
        Horeca en bakkerij, beroepsopleidende leerweg)."""),
        P("""De route duurt drie schooljaren: klas 3 en klas 4 bij ons, en een derde jaar bij het ROC
        aan de Burgemeester Kuperusweg. Na klas 4 staat de leerling ingeschreven als student van
        het ROC. We melden de route samen aan bij DUO voordat de eerste leerlingen beginnen. Per
        jaar starten er hoogstens zestien leerlingen."""),

        H1("Wie doet wat"),
        P("""De route heeft een eigen leiding: het routeduo. Dat zijn de teamleider bovenbouw
        beroepsgericht van onze school en de opleidingsmanager Horeca van het ROC."""),
        P("""Ik wijs als directeur-bestuurder de teamleider aan; het college van bestuur van het ROC
        wijst de opleidingsmanager aan. Wie een ander in die rol zet, laat dat vooraf schriftelijk
        weten aan het andere bestuur. Valt een van beiden langer dan een maand uit, dan wijst
        hetzelfde bestuur binnen twee weken een vervanger aan."""),
        P("""Het routeduo zorgt samen voor de gang van zaken in de route. Het maakt het rooster,
        deelt de docenten in die wij en het ROC daarvoor beschikbaar stellen, zorgt voor genoeg
        stageplekken, schrijft het gezamenlijke PTA/OER (dat de besturen daarna vaststellen),
        houdt contact met ouders en bedrijven en beslist samen over de toelating tot de route en
        over een overstap (zie "Als de route niet past")."""),
        P("""Het routeduo mag zelf uitgaven doen uit het routebudget tot € 2.500 per keer. Wat
        daarboven gaat, het aannemen van personeel, de begroting en alles wat deze overeenkomst
        verandert, blijft bij de besturen."""),

        H1("Bijhouden of het werkt"),
        P("""Het routeduo stuurt beide besturen elk jaar vóór 1 juli een kort verslag: hoeveel
        leerlingen er begonnen en gestopt zijn en waarom, hoe de examens gingen, welke klachten er
        waren en wat de bedrijven ervan vinden. In september bespreekt het routeduo dat verslag
        met mij en met het lid van het college van bestuur van het ROC dat de horeca in zijn
        portefeuille heeft. In januari mailt het routeduo ons allebei een tussenstand met de
        aanmeldingen en de uitval tot dan toe."""),
        P("""Gaat er iets ernstig mis, bijvoorbeeld een ongeluk in de keuken of een leerbedrijf dat
        afhaakt, dan belt het routeduo ons dezelfde dag."""),

        H1("Waar en met wie"),
        P("""In klas 3 en 4 krijgen de leerlingen les in ons gebouw aan de Schoterlandseweg. Elke
        donderdag werken zij in het leerrestaurant De Kûle van het ROC, waar ze koken en gasten
        bedienen. In het derde jaar zijn ze drie dagen per week bij het ROC en twee dagen op
        stage."""),
        P("""Onze docenten horeca geven het profielvak en de algemene vakken. Twee docenten van het
        ROC geven samen met onze docenten de lessen in het leerrestaurant, en in het derde jaar
        nemen docenten van het ROC het onderwijs over. Voor de lessen in het leerrestaurant
        werken onze docenten en die van het ROC als één team, zoals de wet dat toestaat
        (teambevoegdheid): ieder teamlid is bevoegd voor ten minste één van de vakken die in die
        lessen samenkomen, samen dekken zij alle vakken, en ieder blijft verantwoordelijk voor het
        deel waarvoor hij bevoegd is. In het PTA/OER staat welke lessen dat zijn. Iedereen blijft
        in dienst van zijn eigen werkgever."""),
        P("""Het ROC stelt het leerrestaurant De Kûle en de barruimte op donderdag beschikbaar voor
        onze leerlingen. Wij stellen ons praktijklokaal keuken op dinsdagmiddag beschikbaar aan
        het ROC voor open lessen aan leerlingen uit klas 2. Koksbuizen, messen en schoenen krijgen
        de leerlingen van ons; het ROC zorgt voor de ingrediënten in het leerrestaurant."""),
        P("""Het vmbo-examen doen de leerlingen in klas 4 bij ons. De examens voor het mbo-diploma
        kunnen vanaf klas 3 beginnen en worden afgenomen door het ROC. Het gezamenlijke PTA/OER
        beschrijft per leerjaar wat de leerling leert, welke examens hij doet en wanneer hij op
        stage gaat."""),
        P("""Een klacht over een docent van het ROC die bij ons binnenkomt, behandelen we volgens
        onze eigen klachtenregeling, en het ROC werkt daaraan mee; andersom geldt hetzelfde."""),

        H1("Het restaurant om de hoek"),
        P("""De route is er gekomen omdat horecaondernemers in Heerenveen en omgeving ons vroegen
        om jongeren die het vak al kennen. Zij doen daarom volop mee:"""),
        LI("""vijf erkende leerbedrijven (Hotel De Oude Brouwerij, Grand Café Het Wapen van
        Schoterland, Restaurant Het Vliet, Brasserie De Kolk en Sportcafé De Schaatsbaan) bieden
        elk jaar snuffelstages van vijf dagen in klas 3 en stageplekken in klas 4 en het derde
        jaar;"""),
        LI("een ondernemer geeft elk kwartaal een gastles op school;"),
        LI("""bij de proeve van bekwaamheid in het derde jaar beoordeelt een praktijkopleider van het
        leerbedrijf mee;"""),
        LI("""twee keer per jaar zit het routeduo met de ondernemers en de adviseur van SBB aan de
        "horecatafel", waar de ondernemers advies geven over wat er in het programma moet."""),

        H1("Als de route niet past"),
        P("""Het kan gebeuren dat een leerling merkt dat de horeca toch niets voor hem is, dat het te
        zwaar of juist te makkelijk is, of dat het gezin verhuist. Dan gaan we zo te werk:"""),
        LI("""Stopt een leerling in klas 3 of 4, dan gaat hij bij ons verder in de gewone
        basisberoepsgerichte leerweg, in hetzelfde of een ander profiel, en haalt hij daar zijn
        vmbo-diploma. Wat hij al gehaald heeft, blijft staan."""),
        LI("""Stopt hij in het derde jaar, dan kan hij bij het ROC overstappen naar een andere
        opleiding op niveau 2, bijvoorbeeld Kok of Bakker, of naar een andere doorlopende route
        als die er is."""),
        LI("""Heeft hij aan het eind van het derde jaar zijn vmbo-diploma nog niet, dan mag hij toch
        bij het ROC verder in een opleiding op niveau 2; het ROC stelt dan geen eisen aan zijn
        vooropleiding. Hij kan er ook voor kiezen eerst bij ons zijn vmbo-diploma af te maken."""),
        LI("""Wil hij naar een ander ROC, bijvoorbeeld na een verhuizing, dan helpen we met een
        warme overdracht en met het toelatingsgesprek daar."""),
        P("""Welke plek het wordt, beslist het routeduo samen, na een gesprek met de leerling en zijn
        ouders. Het routeduo kijkt daarbij naar wat de leerling al heeft bereikt, hoe oud hij is en
        wat hij zelf wil. Een leerling verlaat de route pas als duidelijk is waar hij verder gaat.
        Naar de Entree-opleiding verwijzen we alleen als een diploma op niveau 2 er echt niet in
        zit en leerling en ouders het daarmee eens zijn. In de schoolgids leggen we deze
        werkwijze uit."""),

        H1("Geld"),
        P("""Voor deze route gaat er geen geld van de ene organisatie naar de andere. De school houdt
        de rijksbijdrage voor de leerlingen in klas 3 en 4, het ROC die voor het derde jaar, en we
        dragen niets van die bekostiging aan elkaar over. Ieder betaalt zijn eigen personeel en
        materialen. Het gebruik van het leerrestaurant en van ons praktijklokaal rekenen we niet
        met elkaar af."""),
        P("""Het routebudget van € 6.000 per jaar (voor excursies, wedstrijden en de horecatafel)
        komt voor klas 3 en 4 uit onze begroting en voor het derde jaar uit die van het ROC. Elk
        bestuur betaalt zijn eigen deel rechtstreeks."""),

        H1("Meepraten"),
        P("""Voor leerlingen in klas 3 en 4, hun ouders en onze medewerkers is onze
        medezeggenschapsraad het aanspreekpunt; in het derde jaar zijn dat de studentenraad en de
        ondernemingsraad van het ROC. Daarbovenop spreken we twee dingen af:"""),
        LI("""de medezeggenschapsraad van onze school en de studentenraad van het ROC krijgen elk
        jaar het verslag van het routeduo en bespreken dat in oktober in een gezamenlijke
        vergadering met het routeduo;"""),
        LI("""een leerling uit klas 4 van de route mag als toehoorder met spreekrecht meedoen aan de
        vergaderingen van de studentenraad van het ROC als het over de route gaat."""),

        H1("Als het schuurt"),
        P("""Als de school en het ROC het over de uitvoering van deze afspraken niet eens worden,
        proberen eerst de teamleider en de opleidingsmanager het samen op te lossen. Lukt dat niet
        binnen twee weken, dan gaan ik en het lid van het college van bestuur van het ROC binnen
        drie weken met elkaar om tafel."""),
        P("""Komen ook wij er niet uit, dan vragen we een mediator die we samen kiezen om te
        bemiddelen; de kosten delen we. Is het geschil twee maanden na de start van de mediation
        niet opgelost, dan kan ieder bestuur het voorleggen aan de rechtbank Noord-Nederland,
        locatie Leeuwarden. Wat er ook speelt: de lessen en stages van de leerlingen gaan
        intussen gewoon door."""),

        H1("Nieuwe partners en afscheid"),
        P("""Een andere vmbo-school of een andere mbo-instelling die wil meedoen, kan partij worden
        als beide besturen daar schriftelijk mee instemmen en de nieuwe partner een verklaring
        tekent waarin hij deze afspraken overneemt. Een nieuwe partner kan alleen instappen aan
        het begin van een schooljaar, meldt zich zelf bij DUO, en zijn komst mag niets veranderen
        voor leerlingen die al in de route zitten."""),
        P("""Deze afspraken veranderen alleen als beide besturen een wijziging schriftelijk
        ondertekenen, nadat de medezeggenschapsraad en de studentenraad om advies is gevraagd.
        Een wijziging in het programma geldt pas vanaf het volgende schooljaar en alleen voor
        nieuwe leerlingen, tenzij de wijziging voor de zittende leerlingen gunstig is."""),
        P("""Wil een van ons stoppen, dan zegt hij de overeenkomst schriftelijk op, uiterlijk 1
        augustus voor het schooljaar waarna de samenwerking eindigt; er zit dus altijd minstens
        een heel schooljaar tussen. Na de opzegging nemen we geen nieuwe leerlingen meer aan.
        Wie al in de route zit, maakt hem af, met dezelfde docenten, dezelfde plek en dezelfde
        examens. Houdt een van ons zich ernstig niet aan de afspraken, dan mag de ander de
        overeenkomst ontbinden, maar ook dan zorgen we er samen voor dat iedere leerling zijn
        diploma kan halen, zo nodig via de overstapmogelijkheden hierboven."""),

        H1("Ondertekening"),
        P("""Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd. Getekend in
        Heerenveen op 19 mei 2025."""),
        SIG([("Stichting Haskerbos College", "M. Hoekstra", "directeur-bestuurder"),
             ("Stichting ROC Zuidoost-Fryslân", "J. de Vries", "voorzitter college van bestuur")]),
    ],
    {"title": "Route Gastvrij Heerenveen", "author": "M. Hoekstra"},
)

# ---------------------------------------------------------------------------------------------
# 303  TXT. Drafted by the bedrijfsjurist of an ROC. Midden-Groningen (Hoogezand), Bouwen,
#      wonen en interieur (bb) -> Stukadoor / Tegelzetter niveau 2. Compliant. Long articles
#      whose first leden are background; the arrangement comes in lid 3 or 4. One general
#      "Slotbepalingen" article holds both geschilbeslechting and toetreding/opzegging/wijziging.
# ---------------------------------------------------------------------------------------------

sample(
    303, "roc_jurist_slotbepalingen_late_leden_hoogezand_afbouw", "txt",
    "Plain-text agreement drafted by an ROC's bedrijfsjurist, Midden-Groningen, Bouwen, wonen en "
    "interieur bb -> Stukadoor/Tegelzetter niveau 2; fully compliant, long articles whose first "
    "leden are background with the real arrangement in lid 3-5, one general 'Slotbepalingen' "
    "article holding geschilbeslechting and toetreding/opzegging/wijziging, transfer with omvang "
    "and bestemming",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 2. Voorwerp van de overeenkomst", "b": "Artikel 6. Samenwerking met de afbouwbranche",
     "c": "Artikel 3. Bestuurlijke inrichting", "d": "Artikel 4. Informatievoorziening",
     "e": "Artikel 5. Uitvoering van het onderwijs",
     "f": "Artikel 7. Voortzetting van de opleiding bij tussentijdse beëindiging",
     "g": "Artikel 8. Financiële bepalingen", "h": "Artikel 9. Medezeggenschap",
     "i": "Artikel 12. Slotbepalingen", "j": "Artikel 12. Slotbepalingen"},
    [
        T("SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE AFBOUW MIDDEN-GRONINGEN"),
        ST("Kenmerk JZ/2025/0417 - eindversie na bestuurlijk akkoord. Opgesteld door de afdeling "
           "Juridische Zaken van ROC Hunze en Dollard, mr. drs. E.M. Kuipers, bedrijfsjurist."),
        H1("DE ONDERGETEKENDEN"),
        N("1.", """de stichting Stichting Openbaar Voortgezet Onderwijs Midden-Groningen, statutair
        gevestigd te Midden-Groningen, kantoorhoudende aan de Gorecht-Oost te Hoogezand, bevoegd
        gezag van Vakcollege De Kalkwijk, te dezen rechtsgeldig vertegenwoordigd door haar
        bestuurder, de heer drs. R.J. Wubbolts, hierna te noemen: "de School";"""),
        N("2.", """de stichting Stichting Regionaal Opleidingencentrum Hunze en Dollard, statutair
        gevestigd te Veendam, bevoegd gezag van ROC Hunze en Dollard, te dezen rechtsgeldig
        vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw mr. A.G.
        Tammeling, hierna te noemen: "het ROC";"""),
        P("""de School en het ROC hierna gezamenlijk ook te noemen: "Partijen" en ieder afzonderlijk:
        "Partij";"""),
        H1("NEMEN HET VOLGENDE IN AANMERKING"),
        N("A.", """Partijen verzorgen sinds het schooljaar 2021-2022 in het kader van het programma
        Sterk Techniekonderwijs gezamenlijk praktijkonderwijs in de afbouw op de Bouwcampus van
        het ROC te Hoogezand."""),
        N("B.", """Partijen wensen deze samenwerking met ingang van het schooljaar 2025-2026 voort te
        zetten als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a Wet voortgezet
        onderwijs 2020 (hierna: WVO 2020) en artikel 9.1.2 Wet educatie en beroepsonderwijs
        (hierna: WEB)."""),
        N("C.", """Ingevolge artikel 2.107b WVO 2020 en artikel 9.1.3 WEB dient een doorlopende
        leerroute te worden verzorgd op grond van een samenwerkingsovereenkomst, waarin ten
        minste de in die artikelen genoemde onderwerpen zijn geregeld."""),
        P("VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:"),

        H2("Artikel 1. Definities"),
        P("""In deze overeenkomst hebben de navolgende, met een hoofdletter geschreven begrippen de
        daarachter vermelde betekenis:"""),
        N("a.", """Route: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2 lid 3;"""),
        N("b.", """Leerling: een leerling van de School of een student van het ROC die aan de Route
        deelneemt;"""),
        N("c.", """Stuurgroep: het in artikel 3 lid 3 bedoelde orgaan;"""),
        N("d.", """Bouwcampus: de praktijklocatie van het ROC aan de Kieldiep te Hoogezand;"""),
        N("e.", """PTA/OER: het gezamenlijk door Partijen vastgestelde programma van toetsing en
        afsluiting en de onderwijs- en examenregeling van de Route;"""),
        N("f.", """Schooljaar: de periode van 1 augustus tot en met 31 juli."""),

        H2("Artikel 2. Voorwerp van de overeenkomst"),
        N("1.", """De afbouwsector in Oost-Groningen heeft de komende jaren, mede door de
        versterkingsopgave in het aardbevingsgebied, een grote behoefte aan gekwalificeerde
        stukadoors en tegelzetters. Partijen constateren dat leerlingen van de basisberoepsgerichte
        leerweg in de huidige situatie na het behalen van het vmbo-diploma in aanzienlijke
        aantallen niet doorstromen naar een passende beroepsopleiding."""),
        N("2.", """Deze overeenkomst strekt ertoe de gezamenlijke verzorging van de Route te regelen,
        met inachtneming van het bepaalde bij en krachtens de WVO 2020 en de WEB."""),
        N("3.", """Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde
        leerjaar van de basisberoepsgerichte leerweg van de School, profiel Bouwen, wonen en
        interieur, en leidt tot het diploma vmbo basisberoepsgerichte leerweg en tot het
        mbo-diploma van een van de basisberoepsopleidingen Stukadoor (niveau 2) of Tegelzetter
        (niveau 2), beroepsopleidende leerweg, uit het kwalificatiedossier Afbouw, hout en
        onderhoud in het opleidingsdomein Bouw en infra. De Leerling kiest zijn kwalificatie
        uiterlijk op 1 februari van het tweede leerjaar van de Route."""),
        N("4.", """De Route heeft een duur van drie Schooljaren, waarvan de eerste twee Schooljaren de
        vo-fase vormen en het derde Schooljaar de mbo-fase. Partijen melden de Route gezamenlijk
        aan de Minister door registratie in het Register Instellingen en Opleidingen."""),

        H2("Artikel 3. Bestuurlijke inrichting"),
        N("1.", """Partijen blijven ieder afzonderlijk verantwoordelijk voor het onderwijs dat zij in
        het kader van de Route verzorgen: de School voor het vmbo-deel en de eindexaminering
        vmbo, het ROC voor het mbo-deel, de beroepspraktijkvorming en de examinering en
        diplomering mbo."""),
        N("2.", """Partijen achten het niettemin noodzakelijk dat de Route als één geheel wordt
        aangestuurd, teneinde versnippering van verantwoordelijkheden ten koste van de Leerling te
        voorkomen."""),
        N("3.", """Met het oog daarop wordt een Stuurgroep ingesteld, die de leiding heeft over de
        Route. De Stuurgroep bestaat uit de afdelingsleider bovenbouw van de School, de
        teamleider Afbouw van het ROC en een door beide Partijen gezamenlijk aan te wijzen
        routecoördinator. De afdelingsleider wordt in de Stuurgroep benoemd door de bestuurder
        van de School, de teamleider door het college van bestuur van het ROC, ieder voor een
        periode van drie Schooljaren met de mogelijkheid van herbenoeming. De routecoördinator
        wordt door de bestuurder van de School en het college van bestuur van het ROC bij
        gezamenlijk besluit benoemd en ontslagen."""),
        N("4.", """De Stuurgroep is belast met: a. de dagelijkse aansturing en de organisatie van de
        Route; b. het opstellen van het PTA/OER en de jaarplanning ter vaststelling door Partijen;
        c. de toedeling van onderwijstaken aan het personeel dat Partijen voor de Route
        beschikbaar stellen; d. de contacten met de afbouwbranche als bedoeld in artikel 6; e. de
        besluitvorming over toelating tot de Route en over de toepassing van artikel 7 lid 4."""),
        N("5.", """De bestuurder van de School en het college van bestuur van het ROC mandateren de
        Stuurgroep om binnen de door Partijen jaarlijks vastgestelde begroting en formatie van de
        Route zelfstandig besluiten te nemen over de onder lid 4 genoemde onderwerpen. Besluiten
        met financiële gevolgen buiten die begroting, besluiten over personeel in dienst van een
        Partij en besluiten tot wijziging van deze overeenkomst vallen buiten het mandaat."""),

        H2("Artikel 4. Informatievoorziening"),
        N("1.", """Partijen hebben ieder een eigen verantwoordingsplicht jegens de Inspectie van het
        Onderwijs en hun intern toezichthouder."""),
        N("2.", """Teneinde Partijen in staat te stellen aan die verplichtingen te voldoen, is het
        noodzakelijk dat de Stuurgroep hen tijdig en volledig informeert."""),
        N("3.", """De Stuurgroep verstrekt beide Partijen na afloop van ieder kwartaal binnen vier
        weken een schriftelijke voortgangsrapportage over aantallen Leerlingen, verzuim, uitval
        en de uitputting van de begroting van de Route. Vóór 1 december van ieder jaar legt de
        Stuurgroep schriftelijk verantwoording af over het voorgaande Schooljaar in een
        jaarverslag dat ten minste de resultaten, de toepassing van artikel 7 en de besteding
        van de middelen bedoeld in artikel 8 bevat."""),
        N("4.", """Het jaarverslag wordt besproken in een bestuurlijk overleg tussen de bestuurder van
        de School en een lid van het college van bestuur van het ROC, dat ten minste eenmaal per
        jaar in december plaatsvindt en waarin de Stuurgroep verantwoording aflegt over het
        gebruik van het mandaat bedoeld in artikel 3 lid 5. Iedere Partij kan de Stuurgroep
        tussentijds om aanvullende inlichtingen verzoeken; de Stuurgroep verstrekt deze binnen
        twee weken."""),

        H2("Artikel 5. Uitvoering van het onderwijs"),
        N("1.", """De Route beoogt een ononderbroken leerlijn zonder overlap tussen het vmbo- en het
        mbo-programma."""),
        N("2.", """De Route wordt verzorgd op de locatie van de School aan de Gorecht-Oost en op de
        Bouwcampus. Het PTA/OER beschrijft voor de gehele Route en per leerjaar het
        onderwijsprogramma, de examinering en de beroepspraktijkvorming en vermeldt welke
        onderdelen tot het vmbo-programma, welke tot het mbo-programma en welke tot beide
        behoren. Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de
        Route."""),
        N("3.", """Gedurende de vo-fase is de Leerling ingeschreven bij de School, gedurende de
        mbo-fase bij het ROC. Partijen dragen in de fase waarin de Leerling bij hen is
        ingeschreven zorg voor de verzuimregistratie en de melding aan de leerplichtambtenaar."""),
        N("4.", """Ten aanzien van de inzet van personeel geldt het volgende. De School zet voor de
        vo-fase haar docenten algemene vakken en twee docenten bouwtechniek in. Het ROC zet vanaf
        het eerste leerjaar van de Route twee praktijkinstructeurs stukadoren en tegelzetten in
        voor drie dagdelen per week. Voor het vak- en sectoroverstijgende onderdeel
        "Afbouwproject" wordt een team van leraren en docenten ingezet als bedoeld in artikel
        7.13a WVO 2020 en artikel 9.1.12 WEB, waarbij ieder teamlid verantwoordelijk is voor het
        programmaonderdeel waarvoor hij bevoegd of bekwaam is. Het personeel blijft in dienst van
        de eigen werkgever; de werkgever draagt zorg voor scholing in het werken in de
        Route."""),
        N("5.", """Ten aanzien van het gebruik van faciliteiten geldt het volgende. Het ROC stelt de
        afbouwhal van de Bouwcampus met de daarin aanwezige oefencabines, steigers, mengapparatuur
        en het gereedschap ter beschikking op de in de jaarplanning opgenomen dagdelen. De School
        stelt haar praktijklokaal bouw en haar computerlokaal beschikbaar voor de theorielessen
        die het ROC in de vo-fase verzorgt. Leerlingen maken gebruik van de kantine en de
        mediatheek van beide locaties."""),
        N("6.", """Een klacht over een gedraging van een medewerker van de ene Partij, ingediend bij de
        andere Partij, wordt behandeld overeenkomstig de klachtenregeling van de Partij waar de
        klacht is ingediend; de andere Partij verleent haar medewerking. De voorzitter van de
        klachtencommissie is niet werkzaam voor de andere Partij."""),

        H2("Artikel 6. Samenwerking met de afbouwbranche"),
        N("1.", """De Route kan slechts slagen indien zij aansluit bij de eisen die de beroepspraktijk
        stelt."""),
        N("2.", """Partijen hebben bij de voorbereiding van de Route overleg gevoerd met de
        regionale afbouwbranche."""),
        N("3.", """Partijen betrekken het bedrijfsleven bij de invulling van de Route door: a. een
        samenwerkingsafspraak met de vereniging Afbouwpartners Groningen, waarvan de leden
        jaarlijks ten minste tien bpv-plaatsen voor de mbo-fase en tien plaatsen voor
        oriëntatiestages van een week in de vo-fase aanbieden; b. deelname van twee
        vertegenwoordigers van Afbouwpartners Groningen en een adviseur van SBB aan een
        klankbordgroep die tweemaal per jaar met de Stuurgroep het programma en de keuzedelen
        bespreekt; c. het jaarlijks uitvoeren van ten minste één praktijkopdracht bij een
        versterkingsproject in de regio, in samenwerking met een erkend leerbedrijf; d. het
        meebeoordelen door praktijkopleiders van de proeve van bekwaamheid."""),

        H2("Artikel 7. Voortzetting van de opleiding bij tussentijdse beëindiging"),
        N("1.", """Artikel 2.107k WVO 2020 en artikel 9.1.14 WEB verplichten Partijen een Leerling
        wiens deelname aan de Route voortijdig eindigt, in staat te stellen een vmbo-diploma of
        een mbo-diploma te behalen."""),
        N("2.", """Partijen hechten eraan de uitwerking van die verplichting op voorhand vast te
        leggen, opdat Leerlingen en hun ouders weten wat zij kunnen verwachten."""),
        N("3.", """Indien de deelname van een Leerling aan de Route eindigt voordat hij deze met
        succes heeft afgerond, of indien hij aan het einde van het tweede leerjaar van de Route
        is afgewezen voor het eindexamen vmbo, staan de volgende mogelijkheden open: a. bij
        beëindiging in de vo-fase: voortzetting van de opleiding in de reguliere
        basisberoepsgerichte leerweg van de School, in het profiel Bouwen, wonen en interieur of
        een ander profiel dat de School aanbiedt, gericht op het behalen van het vmbo-diploma; b.
        bij afwijzing voor het eindexamen vmbo: het opnieuw afleggen van het eindexamen in het
        derde leerjaar van de Route, waarbij de Leerling het mbo-programma voortzet, of,
        wanneer de Leerling dat verkiest, instroom in een andere basisberoepsopleiding van het
        ROC zonder dat de vooropleidingseisen worden toegepast; c. bij beëindiging in de
        mbo-fase: overstap naar een andere opleiding op niveau 2 van het ROC, waaronder de
        opleidingen Schilder en Timmerman, met behoud van behaalde resultaten; d. bij de wens een
        opleiding te volgen bij een andere instelling: ondersteuning bij de aanmelding en het
        door die instelling af te nemen onderzoek naar de geschiktheid van de Leerling."""),
        N("4.", """Welke van deze mogelijkheden in een concreet geval wordt geboden, wordt door de
        School en het ROC in gezamenlijk overleg met de Leerling en diens ouders vastgesteld; het
        gezamenlijk oordeel van Partijen wordt uitgesproken door de Stuurgroep. Daarbij wordt
        rekening gehouden met het door de Leerling bereikte onderwijsniveau, zijn leeftijd en
        zijn voorkeur. Verwijzing naar de Entree-opleiding geschiedt uitsluitend indien het
        behalen van een diploma op niveau 2 redelijkerwijs niet haalbaar is."""),
        N("5.", """Het bepaalde in dit artikel is niet van toepassing op een Leerling die definitief
        is verwijderd. Partijen nemen de werkwijze op in de schoolgids respectievelijk de
        studiegids."""),

        H2("Artikel 8. Financiële bepalingen"),
        N("1.", """De School ontvangt de rijksbijdrage voor de Leerlingen in de vo-fase, het ROC
        voor de Leerlingen in de mbo-fase. De Route geeft geen recht op aanvullende
        bekostiging."""),
        N("2.", """Het ROC verzorgt in de vo-fase een substantieel deel van het praktijkonderwijs
        met eigen personeel en op eigen locatie."""),
        N("3.", """De School draagt, met toepassing van artikel 5.42a WVO 2020, jaarlijks aan het ROC
        over: een vast bedrag van € 24.000 per Schooljaar, vermeerderd met € 400 per Leerling die
        op 1 oktober van dat Schooljaar in de vo-fase van de Route is ingeschreven."""),
        N("4.", """De in lid 3 bedoelde middelen zijn bestemd voor de bekostiging van de inzet van de
        praktijkinstructeurs van het ROC in de vo-fase, het gebruik van de afbouwhal en de
        verbruiksmaterialen (gips, pleister, tegels en lijmen) die de Leerlingen in de vo-fase
        gebruiken. Het ROC verantwoordt de besteding in het jaarverslag bedoeld in artikel 4 lid
        3."""),
        N("5.", """Betaling geschiedt in één termijn vóór 1 december van het betreffende Schooljaar
        na ontvangst van een factuur. In de mbo-fase vindt geen overdracht van bekostiging
        plaats."""),

        H2("Artikel 9. Medezeggenschap"),
        N("1.", """Op de medezeggenschap van Leerlingen, ouders en personeel zijn van toepassing de
        Wet medezeggenschap op scholen voor zover het de School betreft en hoofdstuk 8a WEB en de
        Wet op de ondernemingsraden voor zover het het ROC betreft."""),
        N("2.", """Partijen onderkennen dat Leerlingen in de Route gedurende de vo-fase een groot deel
        van hun praktijkonderwijs op de Bouwcampus volgen."""),
        N("3.", """In aanvulling op de wettelijke regeling komen Partijen overeen dat: a. de School
        het voorgenomen PTA/OER van de Route ter advisering voorlegt aan haar
        medezeggenschapsraad en het ROC aan zijn studentenraad; b. Leerlingen in de vo-fase door
        het ROC worden uitgenodigd voor het jaarlijkse studentenpanel van de Bouwcampus en daar
        stemrecht hebben over onderwerpen die de Bouwcampus betreffen; c. het jaarverslag bedoeld
        in artikel 4 lid 3 ter kennisneming wordt gezonden aan de medezeggenschapsraad van de
        School en de studentenraad van het ROC."""),

        H2("Artikel 10. Gegevensverwerking en aansprakelijkheid"),
        N("1.", """Partijen verwerken persoonsgegevens van Leerlingen uitsluitend voor zover dat voor
        de uitvoering van de Route noodzakelijk is en treffen daartoe passende technische en
        organisatorische maatregelen."""),
        N("2.", """Iedere Partij is aansprakelijk voor schade die voortvloeit uit handelen of nalaten
        van haar eigen personeel en houdt een passende aansprakelijkheidsverzekering in stand,
        die ook de activiteiten van Leerlingen op haar locatie dekt."""),

        H2("Artikel 11. Inwerkingtreding en duur"),
        P("""Deze overeenkomst treedt in werking op 1 augustus 2025 en is aangegaan voor onbepaalde
        tijd. Partijen evalueren de overeenkomst in het Schooljaar 2027-2028."""),

        H2("Artikel 12. Slotbepalingen"),
        N("1.", """Op deze overeenkomst is Nederlands recht van toepassing."""),
        N("2.", """Geschillen tussen Partijen over de uitvoering van deze overeenkomst worden in eerste
        instantie voorgelegd aan de Stuurgroep. Indien de Stuurgroep niet binnen vier weken tot
        overeenstemming komt, wordt het geschil voorgelegd aan het bestuurlijk overleg bedoeld in
        artikel 4 lid 4. Indien ook dat overleg niet binnen zes weken tot een oplossing leidt,
        wordt het geschil beslecht door de bevoegde rechter van de rechtbank Noord-Nederland, tenzij
        Partijen binnen die termijn schriftelijk overeenkomen het geschil voor bindend advies voor
        te leggen aan een door hen gezamenlijk aan te wijzen onafhankelijke deskundige."""),
        N("3.", """Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot
        deze overeenkomst toetreden indien beide Partijen daarmee schriftelijk instemmen, de
        toetredende partij verklaart alle bepalingen van deze overeenkomst te aanvaarden en zij
        de Route gezamenlijk met Partijen aan de Minister meldt. Toetreding vindt plaats met
        ingang van een nieuw Schooljaar en laat de rechtspositie van de Leerlingen die op dat
        moment aan de Route deelnemen onverlet."""),
        N("4.", """Wijziging van deze overeenkomst is slechts geldig indien schriftelijk overeengekomen
        en door beide Partijen ondertekend. Een wijziging die het onderwijsprogramma of de
        examinering raakt, treedt niet eerder in werking dan bij de aanvang van het eerstvolgende
        Schooljaar en geldt niet ten nadele van Leerlingen die op dat moment aan de Route
        deelnemen."""),
        N("5.", """Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen het einde van een
        Schooljaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden. Iedere
        Partij kan deze overeenkomst voorts ontbinden indien de andere Partij, na een deugdelijke
        ingebrekestelling met een redelijke termijn voor nakoming, tekortschiet in de nakoming van
        een wezenlijke verplichting."""),
        N("6.", """Na een opzegging of ontbinding worden geen nieuwe Leerlingen tot de Route
        toegelaten. Partijen stellen de Leerlingen die op het moment van opzegging of ontbinding
        aan de Route deelnemen in staat de Route af te ronden overeenkomstig het geldende
        PTA/OER; de verplichtingen uit artikel 5 en artikel 8 blijven te dien einde van kracht.
        Indien afronding niet mogelijk is, is artikel 7 van overeenkomstige toepassing."""),
        P("""Aldus overeengekomen en in tweevoud ondertekend te Hoogezand op 3 juli 2025."""),
        SIG([("Stichting Openbaar Voortgezet Onderwijs Midden-Groningen", "drs. R.J. Wubbolts",
              "bestuurder"),
             ("Stichting Regionaal Opleidingencentrum Hunze en Dollard", "mr. A.G. Tammeling",
              "voorzitter college van bestuur")]),
    ],
)

# ---------------------------------------------------------------------------------------------
# 304  MD, very short. A covenant brokered by the municipality of Kampen; both boards sign, the
#      wethouder signs as witness only. Zorg en welzijn (kb) -> Verzorgende-IG niveau 3.
#      Compliant; every arrangement sits in one table (onderwerp | afspraak | wie).
# ---------------------------------------------------------------------------------------------

sample(
    304, "gemeente_convenant_een_tabel_kampen_verzorgende_ig", "md",
    "Very short Markdown covenant brokered by the municipality (wethouder signs as witness, both "
    "boards are the parties), Kampen, Zorg en welzijn kb -> Verzorgende-IG niveau 3; fully "
    "compliant, all arrangements in one table onderwerp | afspraak | wie with non-statutory "
    "labels, explicit no transfer of bekostiging",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Wat leren ze", "b": "Zorgaanbieders in de route", "c": "Regie over de route",
     "d": "Verslag aan de besturen", "e": "Les, stage en lokalen", "f": "Koers wijzigen",
     "g": "Geld tussen partijen", "h": "Inspraak", "i": "Onenigheid tussen partijen",
     "j": "Erbij, eraf of anders"},
    [
        T("Convenant Zorgroute Kampen"),
        ST("Doorlopende leerroute vmbo-mbo Zorg en welzijn - Verzorgende-IG. Tot stand gekomen "
           "op initiatief van de gemeente Kampen, 2 juli 2025."),
        P("""De gemeente Kampen heeft de gesprekken tussen de Stichting Voortgezet Onderwijs
        Kampen e.o. (bevoegd gezag van het Koggecollege, hierna: de school) en de Stichting ROC
        Salland-Noord (hierna: het ROC) begeleid. De gemeente ondertekent als getuige en is geen
        partij. De school en het ROC, beide vertegenwoordigd door hun bestuurder, sluiten dit
        convenant als samenwerkingsovereenkomst in de zin van artikel 2.107b WVO 2020 en artikel
        9.1.3 WEB en spreken het volgende af."""),
        TAB(["Onderwerp", "Afspraak", "Wie"], [
            ["Wat leren ze",
             """Profiel Zorg en welzijn, kaderberoepsgerichte leerweg (Koggecollege), doorlopend
             naar de mbo-opleiding Verzorgende-IG, niveau 3, opleidingsdomein Zorg en welzijn,
             BOL. Start in leerjaar 3, duur vier jaar, ten hoogste 20 leerlingen per jaar.""",
             "beide besturen"],
            ["Zorgaanbieders in de route",
             """Zorggroep IJsselkern en Woonzorg Buitenhaven bieden samen ten minste 20
             stageplaatsen per jaar, snuffelstages in het eerste routejaar en
             praktijkbegeleiders die bij de mbo-examens meebeoordelen. Zij bespreken twee keer
             per jaar het programma in een werkveldoverleg.""",
             "routecoördinator met de zorgaanbieders"],
            ["Regie over de route",
             """Het routeteam heeft de leiding: de teamleider zorg van de school en de
             onderwijsmanager zorg van het ROC, ieder aangewezen door het eigen bestuur, en een
             routecoördinator die beide besturen samen benoemen. Het routeteam beslist over
             rooster, inzet van de toegewezen docenten, stages, toelating en overstap; niet over
             uitgaven buiten het routebudget, personeel of dit convenant.""",
             "besturen wijzen aan, routeteam voert uit"],
            ["Verslag aan de besturen",
             """Schriftelijk jaarverslag vóór 1 november (in-, door- en uitstroom, examens,
             klachten), besproken met beide bestuurders in november; voortgangsgesprek in maart;
             ernstige incidenten direct melden.""",
             "routeteam aan beide besturen"],
            ["Les, stage en lokalen",
             """Gezamenlijk PTA/OER per leerjaar; centraal examen vmbo in het tweede routejaar;
             mbo-examens vanaf het eerste routejaar. Docenten zorg van beide partijen werken in
             de vo-fase als één team (teambevoegdheid, art. 7.13a WVO 2020), ieder blijft in
             dienst van de eigen werkgever. Het ROC stelt zijn skillslab beschikbaar, de school
             haar praktijklokalen verzorging. Inschrijving: eerste twee jaar school, daarna
             ROC.""",
             "routeteam"],
            ["Koers wijzigen",
             """Wie uitstapt in de vo-fase, gaat verder in de reguliere kaderberoepsgerichte
             leerweg (zelfde of ander profiel) naar het vmbo-diploma. Wie uitstapt in de
             mbo-fase of het vmbo-diploma niet haalt, stapt over naar een andere opleiding op
             niveau 2 of 3 van het ROC (zoals Helpende zorg en welzijn of Pedagogisch medewerker
             kinderopvang) zonder vooropleidingseisen. Bij verhuizing: warme overdracht naar een
             andere instelling. Het besluit nemen teamleider en onderwijsmanager samen, na een
             gesprek met leerling en ouders, op basis van bereikt niveau en leeftijd.""",
             "routeteam, met leerling en ouders"],
            ["Geld tussen partijen",
             """Er wordt geen bekostiging overgedragen. Ieder draagt de eigen kosten; het gebruik
             van elkaars lokalen wordt niet verrekend.""",
             "beide besturen"],
            ["Inspraak",
             """WMS in de vo-fase, WEB en WOR in de mbo-fase. Aanvullend: de MR van de school en
             de studentenraad van het ROC krijgen het jaarverslag en geven samen eenmaal per jaar
             advies over het routeplan; één leerling uit de vo-fase neemt als toehoorder deel
             aan de studentenraad.""",
             "MR en studentenraad"],
            ["Onenigheid tussen partijen",
             """Eerst routeteam; daarna de bestuurders binnen vier weken; dan mediation door een
             onafhankelijke mediator (de gemeente mag er een voordragen); daarna de rechtbank
             Overijssel.""",
             "besturen"],
            ["Erbij, eraf of anders",
             """Een andere school of instelling kan toetreden per 1 augustus, met schriftelijke
             instemming van beide besturen en ondertekening van dit convenant. Wijzigen kan
             alleen schriftelijk door beide besturen en niet ten nadele van zittende leerlingen.
             Opzeggen schriftelijk tegen 1 augustus met twaalf maanden termijn; daarna geen
             nieuwe instroom, zittende leerlingen maken de route af.""",
             "besturen"],
        ], [0.2, 0.6, 0.2]),
        P("Dit convenant geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        SIG([("Stichting Voortgezet Onderwijs Kampen e.o.", "W. Oosterhof", "bestuurder"),
             ("Stichting ROC Salland-Noord", "drs. L. Brinkman", "voorzitter college van bestuur"),
             ("Gemeente Kampen, als getuige", "H. Scholten", "wethouder onderwijs")]),
    ],
)

# ---------------------------------------------------------------------------------------------
# 305  PDF. A vakinstelling for the creative industry and a vmbo board in Den Haag; Media,
#      vormgeving en ICT (kb/gl) -> Podium- en evenemententechnicus niveau 4. Compliant. The body
#      is short; most arrangements sit in an included annex "Routeboek" (A.1-A.8), declared an
#      integral part of the agreement. Leiding split: composition/appointment in the body,
#      powers in A.2, reporting in A.3. Transfer instelling -> school under art. 9.1.15 WEB.
# ---------------------------------------------------------------------------------------------

sample(
    305, "creatieve_vakinstelling_routeboek_bijlage_den_haag_podiumtechniek", "pdf",
    "PDF between a vakinstelling for the creative industry and a vmbo board, Den Haag, Media, "
    "vormgeving en ICT kb/gl -> Podium- en evenemententechnicus niveau 4; fully compliant, short "
    "body with most arrangements in an included annex 'Routeboek' (declared integral part), "
    "leiding split between body and annex, transfer instelling -> school with omvang and bestemming, "
    "bindend advies for disputes",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 2 Wat we samen aanbieden", "b": "A.5 De zaal in: partners uit het werkveld",
     "c": "Artikel 3 Regie", "d": "A.3 Rekenschap en ritme",
     "e": "A.4 Studio's, zalen en mensen", "f": "A.6 Uitstappen en omzwaaien",
     "g": "A.7 Wie betaalt wat", "h": "A.8 Stem van leerlingen en studenten",
     "i": "Artikel 6 Als we er samen niet uitkomen",
     "j": "Artikel 5 Veranderen, aansluiten, stoppen"},
    [
        T("Samenwerkingsovereenkomst Backstage Route Haaglanden"),
        ST("Doorlopende leerroute vmbo-mbo Media, vormgeving en ICT naar Podium- en "
           "evenemententechnicus (niveau 4). Met Bijlage A: Routeboek."),
        H1("Wie tekenen"),
        N("1.", """Stichting Voortgezet Onderwijs Haaglanden-Zuid, gevestigd te Den Haag, bevoegd
        gezag van Vakcollege Loosduinen, vertegenwoordigd door de voorzitter van het college van
        bestuur, mevrouw S. el Amrani MEd, hierna: Vakcollege Loosduinen;"""),
        N("2.", """Stichting Vakschool voor de Creatieve Industrie Haaglanden, gevestigd te Den Haag,
        bevoegd gezag van het Creatief Vakcollege Haaglanden, een vakinstelling voor
        beroepsonderwijs, vertegenwoordigd door de voorzitter van het college van bestuur, de heer
        T. van der Lans, hierna: het CVH."""),
        H1("Waarom deze route"),
        P("""Achter elke voorstelling, elk festival en elk congres in de regio werkt een crew van
        licht-, geluids- en riggingtechnici. Die crews vergrijzen, terwijl veel leerlingen van
        Vakcollege Loosduinen al in klas 2 met licht en geluid bezig zijn bij de schoolshows.
        Vakcollege Loosduinen en het CVH willen die leerlingen in één doorlopende lijn naar het
        vak brengen. Daarom spreken zij het volgende af."""),

        H2("Artikel 1 Begrippen"),
        N("a.", "route: de Backstage Route Haaglanden, omschreven in artikel 2;"),
        N("b.", "routeduo: de leiding over de route, bedoeld in artikel 3;"),
        N("c.", "routeboek: Bijlage A bij deze overeenkomst;"),
        N("d.", "vo-fase: de eerste twee leerjaren van de route (vmbo-leerjaar 3 en 4);"),
        N("e.", "mbo-fase: het derde tot en met vijfde leerjaar van de route."),
        H2("Artikel 2 Wat we samen aanbieden"),
        N("1.", """Vakcollege Loosduinen en het CVH verzorgen samen een doorlopende leerroute die
        begint in leerjaar 3 van de kaderberoepsgerichte en de gemengde leerweg, profiel Media,
        vormgeving en ICT, en leidt tot het vmbo-diploma in de gevolgde leerweg en tot het
        mbo-diploma Podium- en evenemententechnicus, niveau 4 (middenkaderopleiding),
        beroepsopleidende leerweg, in het opleidingsdomein Media en vormgeving."""),
        N("2.", """De route duurt vijf leerjaren. Zij wordt gegeven in het gebouw van Vakcollege
        Loosduinen en op de campus van het CVH aan de Binckhorstlaan. Per jaar kunnen ten hoogste
        achttien leerlingen beginnen."""),
        N("3.", """Beide besturen melden de route aan de minister via het Register Instellingen en
        Opleidingen vóór de eerste instroom op 1 augustus 2025."""),
        H2("Artikel 3 Regie"),
        N("1.", """De leiding over de route ligt bij het routeduo: de teamleider Media, vormgeving en
        ICT van Vakcollege Loosduinen en de opleidingsmanager Live & Events van het CVH."""),
        N("2.", """Elk bestuur wijst zijn lid van het routeduo en diens vervanger aan bij schriftelijk
        besluit, dat het aan het andere bestuur toezendt. Een wijziging in de bezetting geldt pas
        nadat het andere bestuur het besluit heeft ontvangen."""),
        N("3.", """Het routeduo wordt ondersteund door een productiecoördinator in dienst van het CVH;
        deze heeft geen beslissende stem."""),
        N("4.", """De taken en bevoegdheden die de besturen aan het routeduo opdragen, staan in
        onderdeel A.2 van het routeboek; hoe het routeduo de besturen informeert en
        verantwoording aflegt, staat in onderdeel A.3."""),
        H2("Artikel 4 Het routeboek"),
        N("1.", """Het routeboek (Bijlage A) maakt integraal deel uit van deze overeenkomst. Wat in het
        routeboek staat, bindt beide besturen op dezelfde manier als de artikelen."""),
        N("2.", """Het routeboek wordt alleen gewijzigd op de manier die in artikel 5, eerste lid, is
        beschreven. Het routeduo mag wel de jaarplanning en het rooster binnen het routeboek
        aanpassen."""),
        H2("Artikel 5 Veranderen, aansluiten, stoppen"),
        N("1.", """Deze overeenkomst en het routeboek worden alleen gewijzigd bij een schriftelijk
        stuk dat door beide besturen is ondertekend, nadat het routeklankbord bedoeld in A.8
        advies heeft gegeven. Een wijziging gaat in bij het begin van een schooljaar en mag de
        positie van leerlingen en studenten die al in de route zitten niet verslechteren."""),
        N("2.", """Een andere school met het profiel Media, vormgeving en ICT of een andere instelling
        voor beroepsonderwijs kan zich bij de route aansluiten als beide besturen daar
        schriftelijk mee instemmen, de nieuwe partij deze overeenkomst met het routeboek
        ondertekent en de route zelf aan de minister meldt. Het routeduo adviseert vooraf over de
        gevolgen voor de studio's en de stageplaatsen. Aansluiting gaat in op 1 augustus en
        verandert niets voor wie al in de route zit."""),
        N("3.", """Elk bestuur kan de overeenkomst schriftelijk opzeggen tegen het einde van een
        schooljaar, met een termijn van ten minste één jaar. Schiet een bestuur ernstig tekort en
        herstelt het dat niet binnen acht weken na een schriftelijke aanmaning, dan kan het
        andere bestuur de overeenkomst ontbinden."""),
        N("4.", """Na opzegging of ontbinding beginnen er geen nieuwe leerlingen meer. Wie al in de
        route zit, rondt haar af volgens het geldende PTA/OER, zo nodig tot en met het vijfde
        leerjaar bij het CVH; beide besturen blijven tot dat moment gebonden aan het routeboek
        voor zover dat voor die leerlingen nodig is."""),
        H2("Artikel 6 Als we er samen niet uitkomen"),
        N("1.", """Een meningsverschil tussen de besturen over de uitvoering van deze overeenkomst of
        het routeboek wordt eerst in het routeduo besproken, daarna binnen drie weken tussen de
        twee voorzitters van de colleges van bestuur."""),
        N("2.", """Lukt het de voorzitters niet binnen zes weken, dan leggen zij het geschil voor aan
        een adviescommissie van drie leden: elk bestuur wijst een lid aan, en die twee kiezen
        samen een onafhankelijke voorzitter. De commissie brengt binnen acht weken advies uit.
        Beide besturen aanvaarden dat advies als bindend advies. De kosten worden gelijk
        gedeeld."""),
        N("3.", """Zolang het geschil loopt, gaat het onderwijs aan de leerlingen door zoals in het
        routeboek is afgesproken."""),
        H2("Artikel 7 Slot"),
        P("""Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd. Nederlands
        recht is van toepassing. Getekend in Den Haag op 26 juni 2025."""),
        SIG([("Stichting Voortgezet Onderwijs Haaglanden-Zuid", "S. el Amrani MEd",
              "voorzitter college van bestuur"),
             ("Stichting Vakschool voor de Creatieve Industrie Haaglanden", "T. van der Lans",
              "voorzitter college van bestuur")]),

        PB(),
        H1("Bijlage A Routeboek"),
        P("""Dit routeboek maakt integraal deel uit van de samenwerkingsovereenkomst (artikel 4). Het
        is geschreven voor iedereen die de route elke dag uitvoert: teamleiders, docenten,
        instructeurs en stagebegeleiders."""),
        H2("A.1 Opbouw per leerjaar"),
        TAB(["Leerjaar", "Ingeschreven bij", "Waar", "Inhoud", "Examens"], [
            ["1 (vmbo 3)", "Vakcollege Loosduinen", "4 dagen Vakcollege, 1 studiodag CVH",
             "profieldeel MVI, keuzevakken licht en geluid, schoolshows",
             "schoolexamen vmbo"],
            ["2 (vmbo 4)", "Vakcollege Loosduinen", "3 dagen Vakcollege, 2 dagen CVH",
             "afronding vmbo, eerste mbo-onderdelen veilig werken en rigging op de vloer",
             "centraal examen vmbo, eerste mbo-examens"],
            ["3 (mbo 1)", "CVH", "CVH-campus, meeloopdagen werkveld",
             "basis licht, geluid, beeld en podiumbouw; zo nodig afronding vmbo-vakken",
             "mbo-examens, resterende vmbo-onderdelen"],
            ["4 (mbo 2)", "CVH", "CVH-campus en bpv", "specialisatie en bpv", "mbo-examens"],
            ["5 (mbo 3)", "CVH", "bpv en eindproductie", "eindproductie, keuzedelen",
             "proeve van bekwaamheid, diplomering"],
        ], [0.12, 0.17, 0.22, 0.29, 0.20]),
        P("""Beide besturen stellen elk jaar vóór 1 juli één PTA/OER voor de hele route vast, waarin
        per leerjaar staat welke onderdelen vmbo, mbo of gecombineerd zijn. Vakcollege Loosduinen
        blijft verantwoordelijk voor het vmbo-examen, ook voor studenten die al bij het CVH staan
        ingeschreven; het CVH is verantwoordelijk voor de mbo-examens en de bpv."""),
        H2("A.2 Speelruimte van het routeduo"),
        P("""De besturen dragen het routeduo op: het opstellen van het concept-PTA/OER, de
        jaarplanning en het rooster; de werving en intake; het regelen van stages en
        meeloopdagen; de contacten met het werkveld; de kwaliteitszorg; en de besluiten over
        uitstappen en omzwaaien (A.6)."""),
        P("""Het routeduo mag zelfstandig beslissen over de toelating van leerlingen, de indeling van
        docenten en instructeurs die de besturen aan de route hebben toegewezen, het
        studiorooster en uitgaven uit het routebudget tot € 5.000 per keer. Over formatie,
        benoeming van personeel, uitgaven daarboven en wijziging van de overeenkomst of het
        routeboek beslissen de besturen."""),
        H2("A.3 Rekenschap en ritme"),
        P("""Na elke onderwijsperiode (vier keer per jaar) stuurt het routeduo beide besturen een
        dashboard van één pagina met aanmeldingen, aanwezigheid, uitval en studievoortgang per
        cohort."""),
        P("""Vóór 1 oktober legt het routeduo in een routejaarverslag aan beide besturen
        verantwoording af over het afgelopen schooljaar: resultaten, gebruik van de overstap- en
        omzwaaimogelijkheden, klachten, de besteding van het routebudget en van de middelen
        bedoeld in A.7, en de adviezen van de crewraad. Het routeduo licht het verslag toe in het
        bestuurdersoverleg van oktober. Het bestuurdersoverleg van de twee voorzitters komt
        daarnaast in maart bijeen, waar het routeduo de voortgang toelicht."""),
        H2("A.4 Studio's, zalen en mensen"),
        P("""Mensen. Vakcollege Loosduinen zet de docenten MVI en de docenten algemene vakken in. Het
        CVH zet vanaf het eerste leerjaar docenten podiumtechniek en instructeurs in voor de
        studiodag, en in het tweede leerjaar voor twee dagen per week. Voor het vakoverstijgende
        onderdeel Showproject werken docenten van beide partijen als één team (teambevoegdheid);
        ieder teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is, en het PTA/OER
        vermeldt in welke onderdelen het team werkt. Iedereen blijft in dienst van zijn eigen
        werkgever."""),
        P("""Studio's en zalen. Het CVH stelt de black box, de lichtstudio, de geluidsstudio, de
        riggingtrainingsruimte met valbeveiliging en de materiaaluitleen beschikbaar op de
        roosterdagen van de route. Vakcollege Loosduinen stelt het MVI-lokaal en het podium in de
        aula beschikbaar voor de schoolshows en voor lessen van CVH-docenten. Werken op hoogte
        gebeurt door leerlingen jonger dan achttien jaar alleen onder direct toezicht van een
        instructeur en binnen de regels van de arbeidstijden- en arbeidsomstandighedenwetgeving."""),
        P("""Klachten over een medewerker van de ene partij die bij de andere partij binnenkomen,
        worden behandeld volgens de klachtenregeling van de partij waar de klacht is ingediend,
        met medewerking van de andere partij."""),
        H2("A.5 De zaal in: partners uit het werkveld"),
        P("""Theater De Schuilkerk, Haagse Evenementenloods B.V., het verhuurbedrijf LichtLab Delft
        en het congrescentrum Zeeheldenhal werken mee aan de route. Samen bieden zij ten minste
        vijftien bpv-plaatsen per jaar in de mbo-fase en twee meeloopdagen per jaar (opbouw en
        afbouw van een productie) voor iedere leerling in de vo-fase. Zij leveren assessoren die
        bij de proeve van bekwaamheid meebeoordelen."""),
        P("""Een crewraad met een vertegenwoordiger van elke partner, een adviseur van SBB en het
        routeduo komt drie keer per jaar bijeen en adviseert over het programma, de keuzedelen en
        nieuwe technieken in de branche. Partners verzorgen per schooljaar ten minste zes
        masterclasses op de campus van het CVH."""),
        H2("A.6 Uitstappen en omzwaaien"),
        P("""Een leerling die in de vo-fase uit de route stapt, gaat verder in de reguliere
        kaderberoepsgerichte of gemengde leerweg van Vakcollege Loosduinen, in het profiel Media,
        vormgeving en ICT of een ander profiel, en rondt daar het vmbo-diploma af met behoud van
        wat hij al behaald heeft."""),
        P("""Wie na het vmbo-diploma merkt dat podiumtechniek niet bij hem past, kan bij het CVH
        overstappen naar een andere opleiding, zoals Mediamaker of AV-specialist, of naar een
        opleiding op niveau 3 als niveau 4 te hoog gegrepen blijkt. Wie aan het eind van het
        derde leerjaar van de route het vmbo-diploma niet heeft, kan bij het CVH verder in de
        route of in een andere opleiding op niveau 3 of 4 zonder dat vooropleidingseisen worden
        gesteld, of eerst de ontbrekende vmbo-onderdelen bij Vakcollege Loosduinen afronden. Wie
        naar een andere instelling wil, wordt geholpen met de aanmelding en het onderzoek naar
        geschiktheid bij die instelling."""),
        P("""Het routeduo besluit samen, namens beide besturen, welke mogelijkheid een leerling krijgt,
        na een gesprek met de leerling en zijn ouders. Het routeduo gaat uit van het bereikte
        onderwijsniveau, de leeftijd en de wens van de leerling en legt het besluit binnen drie
        weken schriftelijk vast. Leerling en ouders kunnen de twee voorzitters van de colleges
        van bestuur om heroverweging vragen. Beide partijen beschrijven deze werkwijze in hun
        schoolgids en studiegids."""),
        H2("A.7 Wie betaalt wat"),
        P("""Vakcollege Loosduinen ontvangt de bekostiging voor de vo-fase, het CVH voor de
        mbo-fase. De route levert geen extra geld op. Voor de studiodagen in de vo-fase brengt
        het CVH niets in rekening."""),
        P("""Het CVH draagt met toepassing van artikel 9.1.15 WEB aan Vakcollege Loosduinen € 820
        over per student die op 1 oktober in het derde leerjaar van de route staat ingeschreven
        en nog vmbo-onderdelen bij Vakcollege Loosduinen volgt. Dit bedrag is bestemd voor de
        lessen en de examinering van die vmbo-onderdelen door docenten van Vakcollege Loosduinen
        en voor de kosten van het centraal examen. Betaling vindt plaats vóór 1 december; het
        aantal studenten wordt vastgesteld in het routejaarverslag."""),
        H2("A.8 Stem van leerlingen en studenten"),
        P("""Zolang leerlingen bij Vakcollege Loosduinen staan ingeschreven, geldt de WMS en is de
        medezeggenschapsraad van Vakcollege Loosduinen bevoegd; daarna gelden de regels van de WEB
        en is de studentenraad van het CVH bevoegd. Voor medewerkers van het CVH geldt de WOR."""),
        P("""Daarbovenop spreken de besturen af: (a) de medezeggenschapsraad van Vakcollege
        Loosduinen en de studentenraad van het CVH wijzen elk twee leden aan voor een
        routeklankbord, dat twee keer per jaar met het routeduo vergadert en advies uitbrengt over
        het PTA/OER en over elke wijziging van de overeenkomst of het routeboek; (b) leerlingen in
        de vo-fase mogen met spreekrecht vergaderingen van de studentenraad van het CVH bijwonen
        als de route op de agenda staat."""),
    ],
    {"title": "Samenwerkingsovereenkomst Backstage Route Haaglanden", "author": "CVH / Vakcollege Loosduinen",
     "footer": "Backstage Route Haaglanden - samenwerkingsovereenkomst met routeboek", "font": "Times-Roman",
     "bold": "Times-Bold", "size": 10.5},
)

# ---------------------------------------------------------------------------------------------
# 306  DOCX. An aviation vakinstelling at Groningen Airport Eelde and a vmbo board (Tynaarlo);
#      Mobiliteit en transport (kb/gl) -> Vliegtuigonderhoudstechnicus B1 niveau 4. Decimal
#      numbering in the style of an aviation manual. The one DEFECTIVE agreement of the batch:
#      everything is arranged, split over articles, except that the "Slotbepalingen" (which hold
#      geschillen, wijziging, opzegging, ontbinding and pupil protection) never say under which
#      conditions another school or instelling can become party -> j weak.
# ---------------------------------------------------------------------------------------------

sample(
    306, "luchtvaart_vakinstelling_slotbepalingen_zonder_toetreding_eelde_vliegtuigonderhoud", "docx",
    "DOCX between an aviation vakinstelling and a vmbo board, Eelde/Tynaarlo, Mobiliteit en "
    "transport kb/gl -> Vliegtuigonderhoudstechnicus B1 niveau 4, decimal manual-style numbering, "
    "leiding split over 'Bemanning', 'Bevoegdheden' and 'Rapportage'; subtle defect: the "
    "Slotbepalingen arrange geschillen, wijziging, opzegging/ontbinding and pupil protection but "
    "never the conditions for another school/instelling to become party (j weak)",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "weak"},
    {"a": "Artikel 2 De route", "b": "Artikel 7 Luchtvaartbedrijven",
     "c": "Artikel 3 Bemanning van de route", "d": "Artikel 5 Rapportage",
     "e": "Artikel 6 Hangar, lokalen en instructeurs",
     "f": "Artikel 8 Begeleiding en uitstapmomenten", "g": "Artikel 9 Financiële afspraken",
     "h": "Artikel 10 Inspraak", "i": "Artikel 12 Slotbepalingen"},
    [
        T("Samenwerkingsovereenkomst Aviation Route Noord"),
        ST("Doorlopende leerroute vmbo-mbo Mobiliteit en transport - Vliegtuigonderhoudstechnicus. "
           "Document AR-N/SOK, revisie 1.0, 1 juli 2025."),
        H1("Partijen"),
        N("1.", """Stichting Openbaar Voortgezet Onderwijs Tynaarlo, gevestigd te Zuidlaren, bevoegd
        gezag van het Hunzedal College, vertegenwoordigd door de voorzitter van het college van
        bestuur, de heer drs. G. Bakker, hierna: de school;"""),
        N("2.", """Stichting Noordelijke Luchtvaartvakschool, gevestigd te Eelde, bevoegd gezag van de
        Noordelijke Luchtvaartvakschool (NLV), een vakinstelling voor beroepsonderwijs en een
        onder EASA Part-147 erkende opleidingsorganisatie, vertegenwoordigd door de directeur-
        bestuurder, mevrouw ing. C.M. Hofstee, hierna: de NLV."""),
        H1("Overwegingen"),
        P("""De onderhoudsbedrijven op en rond Groningen Airport Eelde kunnen hun vacatures voor
        technici moeilijk vervullen. De school en de NLV werken sinds 2023 samen in de
        techniekoriëntatie voor leerlingen van de school. Zij willen die samenwerking voortzetten
        als doorlopende leerroute in de zin van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB en
        leggen daartoe het volgende vast."""),

        H1("Artikel 1 Begrippen"),
        N("1.1", "Route: de doorlopende leerroute omschreven in artikel 2."),
        N("1.2", "Routeleiding: de leiding over de route, bedoeld in artikel 3."),
        N("1.3", """Hangar: de trainingshangar van de NLV op Groningen Airport Eelde met de
        bijbehorende werkplaatsen."""),
        N("1.4", "Vo-fase: de eerste twee leerjaren van de route; mbo-fase: de leerjaren drie tot en met vijf."),
        N("1.5", "Schooljaar: de periode van 1 augustus tot en met 31 juli."),
        H1("Artikel 2 De route"),
        N("2.1", """Partijen verzorgen gezamenlijk een doorlopende leerroute die begint in leerjaar 3
        van de kaderberoepsgerichte en de gemengde leerweg van de school, profiel Mobiliteit en
        transport, en leidt tot het vmbo-diploma in de gevolgde leerweg en tot het mbo-diploma
        Vliegtuigonderhoudstechnicus B1, niveau 4, beroepsopleidende leerweg, in het
        opleidingsdomein Mobiliteit en voertuigen."""),
        N("2.2", """De route duurt vijf leerjaren. In de mbo-fase legt de student tevens de
        basismodules af die nodig zijn voor een Part-66 licentie; de NLV neemt die examens af
        onder haar Part-147 erkenning."""),
        N("2.3", """Partijen melden de route gezamenlijk aan de minister via het Register Instellingen
        en Opleidingen vóór de eerste instroom op 1 augustus 2025. Per jaar worden ten hoogste
        zestien leerlingen toegelaten."""),
        H1("Artikel 3 Bemanning van de route"),
        N("3.1", """Partijen willen dat de route één aanspreekpunt heeft, ook als personen
        wisselen."""),
        N("3.2", """De routeleiding bestaat uit: a. de afdelingsleider bovenbouw techniek van de
        school; b. het hoofd opleidingen techniek van de NLV; c. een routecoördinator, die de
        vergaderingen voorzit en het aanspreekpunt is voor ouders en bedrijven."""),
        N("3.3", """De leden onder a en b worden aangewezen door het college van bestuur
        respectievelijk de directeur-bestuurder van hun eigen organisatie. De routecoördinator
        wordt door beide besturen gezamenlijk benoemd voor twee schooljaren en kan worden
        herbenoemd. Iedere aanwijzing of benoeming wordt schriftelijk aan het andere bestuur
        bevestigd."""),
        H1("Artikel 4 Bevoegdheden van de routeleiding"),
        N("4.1", """De besturen dragen de routeleiding op: het opstellen van het gezamenlijke PTA/OER
        en de jaarplanning; de intake en toelating; het plannen van de inzet van docenten en
        instructeurs; het organiseren van de beroepspraktijkvorming; het onderhouden van de
        contacten met de luchtvaartbedrijven; en de besluiten bedoeld in artikel 8.4."""),
        N("4.2", """De routeleiding beslist zelfstandig over toelating van leerlingen, het rooster, de
        indeling van de door partijen toegewezen docenten en instructeurs, het gebruik van de
        hangar en uitgaven uit het routebudget tot € 4.000 per geval."""),
        N("4.3", """Aan de besturen blijven voorbehouden: vaststelling van het PTA/OER, de formatie,
        aanstelling van personeel, uitgaven boven € 4.000 en elke wijziging van deze
        overeenkomst."""),
        H1("Artikel 5 Rapportage"),
        N("5.1", """Na ieder kwartaal stuurt de routeleiding beide besturen een statusrapport met de
        aantallen leerlingen, verzuim, uitval, examenresultaten en bijzonderheden uit de
        hangar."""),
        N("5.2", """Vóór 1 november van ieder jaar legt de routeleiding schriftelijk verantwoording af
        over het afgelopen schooljaar in een jaarrapport, dat ook de besteding van de middelen
        bedoeld in artikel 9 omvat. Het jaarrapport wordt in november besproken in een
        jaarlijkse review van beide besturen met de routeleiding."""),
        N("5.3", """Veiligheidsincidenten in de hangar en ongevallen met leerlingen meldt de
        routeleiding binnen 24 uur aan beide besturen."""),
        H1("Artikel 6 Hangar, lokalen en instructeurs"),
        N("6.1", """Het gezamenlijke PTA/OER beschrijft per leerjaar het onderwijsprogramma, de
        examinering en de beroepspraktijkvorming en geeft aan welke onderdelen tot het vmbo-,
        welke tot het mbo-programma en welke tot beide behoren. Het centraal examen vmbo wordt in
        het tweede leerjaar van de route afgenomen."""),
        N("6.2", """In de vo-fase geven docenten van de school de algemene vakken en het profieldeel
        Mobiliteit en transport op de locatie in Zuidlaren. Instructeurs van de NLV met een
        Part-66 licentie geven vanaf het eerste leerjaar één dag per week les in de hangar. In
        de mbo-fase verzorgt de NLV het onderwijs. Voor het onderdeel Techniek in de hangar
        werken docenten van de school en instructeurs van de NLV als één team in de zin van
        artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het PTA/OER vermeldt welke teamleden voor
        welk onderdeel verantwoordelijk zijn. Personeel blijft in dienst van de eigen
        werkgever."""),
        N("6.3", """De NLV stelt de hangar met twee lesvliegtuigen, de motorenwerkplaats, het
        composietlab en twee theorielokalen beschikbaar. De school stelt haar werkplaats
        motorvoertuigen en het techniekpracticum beschikbaar voor lessen van NLV-instructeurs in
        de vo-fase. Leerlingen krijgen van de NLV een toegangspas voor het trainingsterrein en
        werken alleen airside onder begeleiding."""),
        N("6.4", """In de vo-fase staat de leerling ingeschreven bij de school, daarna bij de NLV.
        Klachten over een medewerker van de ene partij die bij de andere partij worden ingediend,
        worden behandeld volgens de klachtenregeling van de partij waar de klacht binnenkomt; de
        andere partij werkt mee."""),
        H1("Artikel 7 Luchtvaartbedrijven"),
        N("7.1", """Noord Aero Maintenance B.V., Helikoptertechniek Noord B.V. en AvioParts Eelde B.V.
        nemen deel aan de route. Zij bieden samen ten minste twaalf bpv-plaatsen per jaar in de
        mbo-fase, ontvangen elke klas in de vo-fase twee keer per jaar voor een dag in hun
        hangar en leveren gastinstructeurs voor de module Human Factors."""),
        N("7.2", """Een Industry Advisory Board, bestaande uit een vertegenwoordiger van elk
        deelnemend bedrijf, een adviseur van SBB en de routeleiding, komt twee keer per jaar
        bijeen en adviseert over het programma en de keuzedelen. Certifying staff van de
        bedrijven beoordelen mee bij de praktijkexamens in de mbo-fase."""),
        H1("Artikel 8 Begeleiding en uitstapmomenten"),
        N("8.1", """Iedere leerling heeft in de vo-fase een mentor van de school en in de mbo-fase een
        studieloopbaanbegeleider van de NLV; zij dragen de leerling in een driegesprek over."""),
        N("8.2", """Eindigt de deelname aan de route voordat de leerling haar heeft afgerond, dan
        geldt het volgende. Wie in de vo-fase uitstapt, vervolgt zijn opleiding in de reguliere
        kaderberoepsgerichte of gemengde leerweg van de school, in het profiel Mobiliteit en
        transport of een ander profiel, en haalt daar het vmbo-diploma. Wie in de mbo-fase
        uitstapt of de medische of veiligheidseisen van de luchtvaart niet haalt, kan overstappen
        naar een andere technische opleiding op niveau 3 of 4, bij de NLV of via warme
        overdracht bij een andere instelling in de regio."""),
        N("8.3", """Wie het vmbo-diploma aan het eind van het derde leerjaar van de route niet heeft,
        mag bij de NLV in de mbo-fase blijven of overstappen naar een andere opleiding van de NLV
        zonder dat de vooropleidingseisen gelden, of kan de ontbrekende vmbo-onderdelen bij de
        school afronden."""),
        N("8.4", """De afdelingsleider van de school en het hoofd opleidingen techniek van de NLV
        stellen samen vast welke mogelijkheid de leerling krijgt, na een gesprek met de leerling
        en zijn ouders en op basis van het bereikte onderwijsniveau en de leeftijd van de
        leerling. De school en de NLV beschrijven deze werkwijze in de schoolgids en de
        studiegids."""),
        H1("Artikel 9 Financiële afspraken"),
        N("9.1", """De school ontvangt de bekostiging voor de vo-fase, de NLV voor de mbo-fase."""),
        N("9.2", """De school draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks € 36.000 over
        aan de NLV, in vier gelijke termijnen per kwartaal. Dit bedrag is bestemd voor de inzet
        van NLV-instructeurs in de vo-fase, het gebruik van de hangar en de persoonlijke
        veiligheidsuitrusting van de leerlingen. Verder wordt geen bekostiging overgedragen."""),
        H1("Artikel 10 Inspraak"),
        N("10.1", """Leerlingen in de vo-fase, hun ouders en het personeel van de school vallen onder de
        WMS; studenten in de mbo-fase en hun ouders onder de WEB en het personeel van de NLV
        onder de WOR."""),
        N("10.2", """Aanvullend spreken partijen af dat de medezeggenschapsraad van de school en de
        studentenraad van de NLV jaarlijks het jaarrapport ontvangen en in een gezamenlijke
        vergadering in december daarover advies kunnen geven aan beide besturen, en dat
        leerlingen uit de vo-fase met twee vertegenwoordigers aan de studentenraad van de NLV
        deelnemen als toehoorder met spreekrecht."""),
        H1("Artikel 11 Duur"),
        N("11.1", """Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor vijf
        schooljaren. Zij wordt daarna telkens stilzwijgend met vijf schooljaren verlengd."""),
        H1("Artikel 12 Slotbepalingen"),
        N("12.1", "Op deze overeenkomst is Nederlands recht van toepassing."),
        N("12.2", """Geschillen over de uitvoering van deze overeenkomst worden eerst in de
        routeleiding besproken, daarna binnen vier weken tussen de besturen. Komen zij er niet
        uit, dan schakelen partijen een gezamenlijk gekozen mediator in. Heeft mediation na drie
        maanden geen resultaat, dan kan ieder van beide het geschil voorleggen aan de bevoegde
        rechter van de rechtbank Noord-Nederland."""),
        N("12.3", """Deze overeenkomst kan alleen schriftelijk en met instemming van beide besturen
        worden gewijzigd. Een wijziging gaat in bij het begin van een schooljaar en geldt niet ten
        nadele van leerlingen die al aan de route deelnemen."""),
        N("12.4", """Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een
        opzegtermijn van twaalf maanden. De overeenkomst kan worden ontbonden als de NLV haar
        Part-147 erkenning verliest of als een partij ernstig tekortschiet en dat niet binnen
        acht weken na schriftelijke ingebrekestelling herstelt."""),
        N("12.5", """Na opzegging of ontbinding worden geen nieuwe leerlingen toegelaten. Leerlingen die
        op dat moment in de route zitten, ronden haar af onder de geldende voorwaarden; is dat
        niet mogelijk, dan bieden partijen hun een plek volgens artikel 8."""),
        N("12.6", """Deze overeenkomst bevat alle afspraken tussen partijen over de route."""),
        P("Getekend te Eelde op 1 juli 2025."),
        SIG([("Stichting Openbaar Voortgezet Onderwijs Tynaarlo", "drs. G. Bakker",
              "voorzitter college van bestuur"),
             ("Stichting Noordelijke Luchtvaartvakschool", "ing. C.M. Hofstee",
              "directeur-bestuurder")]),
    ],
    {"title": "Samenwerkingsovereenkomst Aviation Route Noord", "author": "NLV",
     "docx_font": "Arial", "docx_size": 10},
)

# ---------------------------------------------------------------------------------------------
# 307  PDF. A Catholic school board (De Peel, Deurne/Asten) with an ROC; Economie en ondernemen
#      (kb) -> Medewerker secretariaat en receptie niveau 3. Compliant. Identity-coloured
#      headings ("Zorg voor de leerroute", "Rekenschap", "Geen jongere tussen wal en schip");
#      the leiding's powers in a mandate table; toetreding/opzegging/wijziging spread over three
#      articles; arbitrage as final step; explicit no transfer.
# ---------------------------------------------------------------------------------------------

sample(
    307, "katholiek_bestuur_mandaattabel_rekenschap_peel_secretariaat", "pdf",
    "PDF by a Catholic school board with an ROC, De Peel (Asten/Deurne), Economie en ondernemen "
    "kb -> Medewerker secretariaat en receptie niveau 3; fully compliant, identity-coloured "
    "headings that never name the item, leiding's powers in a mandate table, j spread over 'Duur "
    "en einde', 'Verbreding' and 'Wijziging', arbitrage as final step, explicit no transfer",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 3 De leerroute", "b": "Artikel 7 Ondernemers uit de Peel",
     "c": "Artikel 4 Zorg voor de leerroute", "d": "Artikel 5 Rekenschap",
     "e": "Artikel 6 De dagelijkse gang van het onderwijs",
     "f": "Artikel 8 Geen jongere tussen wal en schip", "g": "Artikel 9 Bijdragen en kosten",
     "h": "Artikel 10 Stem van ouders, leerlingen en personeel",
     "i": "Artikel 12 Verschil van inzicht", "j": "Artikel 11 Duur en einde"},
    [
        T("Overeenkomst van samenwerking"),
        ST("inzake de doorlopende leerroute Economie en ondernemen - Secretariaat en receptie "
           "tussen de Stichting Katholiek Voortgezet Onderwijs De Peel en de Stichting "
           "Regionaal Opleidingencentrum De Peelhorst"),
        H1("Ondergetekenden"),
        N("1.", """de Stichting Katholiek Voortgezet Onderwijs De Peel, gevestigd te Deurne, bevoegd
        gezag van het Sint-Servaascollege te Asten, te dezen vertegenwoordigd door de voorzitter
        van het college van bestuur, de heer drs. F.W.M. van Bussel, hierna: de Stichting;"""),
        N("2.", """de Stichting Regionaal Opleidingencentrum De Peelhorst, gevestigd te Helmond,
        bevoegd gezag van ROC De Peelhorst, te dezen vertegenwoordigd door de voorzitter van het
        college van bestuur, mevrouw mr. I. Verhoeven-Smits, hierna: het ROC;"""),
        H1("Overwegende"),
        LI("""dat de Stichting haar scholen inricht vanuit de katholieke traditie, waarin de
        waardigheid van iedere jongere en de waarde van goed werk centraal staan, en dat zij
        het als haar opdracht ziet geen leerling aan zijn lot over te laten;"""),
        LI("""dat het ROC, als algemeen bijzonder instelling, de identiteit van de Stichting
        respecteert en in de samenwerking ruimte biedt aan de vieringen en bezinningsmomenten
        van het Sint-Servaascollege;"""),
        LI("""dat bedrijven, zorginstellingen en gemeenten in de Peel behoefte hebben aan
        medewerkers voor secretariaat, receptie en frontoffice, en dat partijen daarom een
        doorlopende leerroute willen verzorgen als bedoeld in artikel 2.107a WVO 2020 en artikel
        9.1.2 WEB;"""),
        P("komen overeen als volgt."),

        H2("Artikel 1 Begripsbepalingen"),
        P("""In deze overeenkomst wordt verstaan onder leerroute: de in artikel 3 omschreven
        doorlopende leerroute; routeraad: de leiding over de leerroute, bedoeld in artikel 4;
        bestuurlijk beraad: het overleg tussen de voorzitters van de colleges van bestuur van
        partijen; jongere: de leerling of student die aan de leerroute deelneemt."""),
        H2("Artikel 2 Identiteit en samenwerking"),
        P("""Partijen verzorgen de leerroute in een geest van wederzijds respect. Jongeren in de
        leerroute nemen in de vo-fase deel aan de vieringen en de bezinningsweek van het
        Sint-Servaascollege; in de mbo-fase worden zij daarvoor uitgenodigd. Medewerkers van het
        ROC die op het Sint-Servaascollege werken, hoeven de grondslag van de school niet te
        onderschrijven, maar respecteren haar."""),
        H2("Artikel 3 De leerroute"),
        N("1.", """De leerroute begint in het derde leerjaar van de kaderberoepsgerichte leerweg,
        profiel Economie en ondernemen, van het Sint-Servaascollege en leidt tot het vmbo-diploma
        kaderberoepsgerichte leerweg en tot het mbo-diploma van de vakopleiding Medewerker
        secretariaat en receptie, niveau 3, beroepsopleidende leerweg, in het opleidingsdomein
        Economie en administratie van het ROC."""),
        N("2.", """De leerroute duurt vier leerjaren; de eerste twee vormen de vo-fase op het
        Sint-Servaascollege in Asten, de laatste twee de mbo-fase op de locatie van het ROC aan de
        Kanaaldijk in Helmond. Partijen melden de leerroute gezamenlijk bij de minister door
        registratie in het Register Instellingen en Opleidingen."""),
        H2("Artikel 4 Zorg voor de leerroute"),
        N("1.", """Goed onderwijs vraagt om mensen die zich persoonlijk verantwoordelijk weten. De
        zorg voor de leerroute is daarom in handen gelegd van een routeraad."""),
        N("2.", """De routeraad bestaat uit de teamleider Economie van het Sint-Servaascollege, de
        opleidingsmanager Business Services van het ROC en de routecoördinator. De teamleider
        wordt in de routeraad benoemd door het college van bestuur van de Stichting, de
        opleidingsmanager door het college van bestuur van het ROC. De routecoördinator wordt
        door de beide colleges van bestuur gezamenlijk benoemd, telkens voor drie schooljaren."""),
        N("3.", """De colleges van bestuur dragen aan de routeraad de volgende taken en bevoegdheden
        op, met de verdeling die in onderstaande tabel is aangegeven."""),
        TAB(["Onderwerp", "Routeraad", "Colleges van bestuur"], [
            ["Rooster, lesverdeling over de locaties", "beslist", "-"],
            ["Inzet van docenten die partijen aan de leerroute toewijzen", "beslist", "-"],
            ["Toelating van jongeren tot de leerroute", "beslist", "-"],
            ["Overstap van een jongere (artikel 8)", "beslist", "-"],
            ["Stageplaatsen en contacten met ondernemers", "beslist", "-"],
            ["Uitgaven uit het routebudget tot € 3.000 per uitgave", "beslist", "-"],
            ["PTA/OER van de leerroute", "stelt op", "stellen vast"],
            ["Formatie en aanstelling van personeel", "adviseert", "beslissen"],
            ["Uitgaven boven € 3.000", "adviseert", "beslissen"],
            ["Wijziging of beëindiging van deze overeenkomst", "adviseert", "beslissen"],
        ], [0.52, 0.2, 0.28]),
        N("4.", """De routeraad vergadert ten minste zes keer per schooljaar en legt zijn besluiten
        vast in een besluitenlijst die aan beide colleges van bestuur wordt gezonden."""),
        H2("Artikel 5 Rekenschap"),
        N("1.", """De routeraad legt jaarlijks vóór 15 oktober schriftelijk rekenschap af aan beide
        colleges van bestuur in een verslag over het voorbije schooljaar, met de aantallen
        jongeren, de uitval en de overstappen, de examenresultaten, de klachten, het gebruik van
        het budget en de bevindingen van de beroepenveldcommissie."""),
        N("2.", """In februari zendt de routeraad beide colleges van bestuur een halfjaarbericht over
        de voortgang van het lopende schooljaar."""),
        N("3.", """Het verslag en het halfjaarbericht worden besproken in het bestuurlijk beraad, dat in
        november en maart bijeenkomt en waarin de routecoördinator desgevraagd inlichtingen
        verschaft."""),
        H2("Artikel 6 De dagelijkse gang van het onderwijs"),
        N("1.", """Partijen stellen voor de hele leerroute één PTA/OER vast, waarin per leerjaar het
        onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn beschreven en waarin
        staat welke onderdelen tot het vmbo, tot het mbo of tot beide behoren. Het centraal
        examen vmbo wordt in het tweede leerjaar afgenomen; het Sint-Servaascollege blijft
        verantwoordelijk voor het vmbo-examen, het ROC voor de mbo-examens en de
        beroepspraktijkvorming."""),
        N("2.", """In de vo-fase geven docenten van het Sint-Servaascollege de algemene vakken en het
        profielvak; een docent van het ROC verzorgt elke week vier lesuren secretariële en
        communicatieve vaardigheden in Asten. In de mbo-fase verzorgt het ROC het onderwijs, met
        een docent Nederlands van het Sint-Servaascollege voor jongeren die nog vmbo-onderdelen
        moeten afronden. Personeel blijft in dienst van de eigen werkgever."""),
        N("3.", """Het ROC stelt zijn leerbedrijf Frontoffice Helmond, met receptiebalie,
        telefooncentrale en vergaderruimten, in de vo-fase één dagdeel per week beschikbaar. Het
        Sint-Servaascollege stelt in Asten het computerlokaal en de schoolreceptie beschikbaar
        als oefenplek voor lessen van de ROC-docent."""),
        N("4.", """In de vo-fase is de jongere ingeschreven bij het Sint-Servaascollege, in de mbo-fase
        bij het ROC; ieder is in die fase verantwoordelijk voor verzuim en leerplicht. Een klacht
        over een medewerker van de ene partij die bij de andere partij wordt ingediend, wordt
        behandeld volgens de klachtenregeling van de partij waar zij binnenkomt, met medewerking
        van de andere partij."""),
        H2("Artikel 7 Ondernemers uit de Peel"),
        N("1.", """Partijen hebben de leerroute samen met het bedrijfsleven in de Peel
        ontworpen."""),
        N("2.", """Een beroepenveldcommissie, bestaande uit vertegenwoordigers van
        Ondernemersvereniging Asten-Someren, Peelland Accountants, Zorgcentrum Sint Anna, Hotel
        De Peelrand, de gemeente Asten en een adviseur van SBB, komt twee keer per jaar met de
        routeraad bijeen en adviseert over de inhoud van het programma en de keuzedelen."""),
        N("3.", """De leden van de ondernemersvereniging bieden jaarlijks ten minste vijftien
        stageplaatsen in de mbo-fase en een snuffeldag per jongere in de vo-fase. In het tweede
        leerjaar organiseren de jongeren onder begeleiding van een ondernemer de
        nieuwjaarsbijeenkomst van de ondernemersvereniging als praktijkopdracht.
        Praktijkopleiders van de leerbedrijven beoordelen mee bij de proeve van bekwaamheid."""),
        H2("Artikel 8 Geen jongere tussen wal en schip"),
        N("1.", """Partijen beschouwen het als hun gezamenlijke plicht dat iedere jongere die de
        leerroute verlaat, een diploma binnen bereik houdt."""),
        N("2.", """Een jongere die in de vo-fase stopt, vervolgt zijn opleiding in de reguliere
        kaderberoepsgerichte leerweg van het Sint-Servaascollege, in het profiel Economie en
        ondernemen of een ander profiel, en behaalt daar het vmbo-diploma."""),
        N("3.", """Een jongere die in de mbo-fase stopt, kan overstappen naar een andere opleiding op
        niveau 3 van het ROC, zoals Financieel administratief medewerker, of naar een opleiding op
        niveau 2 als niveau 3 te hoog blijkt. Een jongere die aan het eind van het derde leerjaar
        het vmbo-diploma nog niet heeft, mag zijn mbo-opleiding bij het ROC voortzetten of een
        andere mbo-opleiding kiezen zonder dat vooropleidingseisen worden gesteld, of kan de
        ontbrekende vakken bij het Sint-Servaascollege afronden. Wie naar een andere instelling
        gaat, wordt daarbij begeleid, ook bij een onderzoek naar zijn geschiktheid."""),
        N("4.", """De teamleider en de opleidingsmanager bepalen samen, namens beide partijen, welke
        weg een jongere gaat, na een gesprek met de jongere en zijn ouders, waarbij zij rekening
        houden met het bereikte onderwijsniveau, de leeftijd en de wensen van de jongere. Een
        jongere verlaat de leerroute niet voordat zijn vervolg is geregeld. De schoolgids en de
        studiegids beschrijven deze werkwijze."""),
        H2("Artikel 9 Bijdragen en kosten"),
        P("""Partijen dragen geen deel van hun bekostiging aan elkaar over. Ieder draagt de kosten van
        het eigen personeel en de eigen voorzieningen; het gebruik van elkaars ruimten wordt niet
        verrekend. De kosten van gezamenlijke activiteiten zoals de diploma-uitreiking draagt
        iedere partij voor de jongeren die bij haar zijn ingeschreven."""),
        H2("Artikel 10 Stem van ouders, leerlingen en personeel"),
        N("1.", """Voor de vo-fase geldt de Wet medezeggenschap op scholen, voor de mbo-fase de
        regeling in de WEB en voor het personeel van het ROC de Wet op de ondernemingsraden."""),
        N("2.", """Partijen spreken daarnaast af dat jongeren in de vo-fase, ingeschreven bij het
        Sint-Servaascollege, met één vertegenwoordiger met stemrecht deelnemen aan de
        studentenraad van het ROC bij onderwerpen die de leerroute betreffen, en dat de
        medezeggenschapsraad van het Sint-Servaascollege en de studentenraad van het ROC vooraf om
        advies worden gevraagd over iedere wijziging van deze overeenkomst. Eenmaal per jaar
        nodigt de routeraad een ouderpanel uit, waarvan het verslag aan beide
        medezeggenschapsorganen wordt gezonden."""),
        H2("Artikel 11 Duur en einde"),
        N("1.", """Deze overeenkomst geldt van 1 augustus 2025 tot 1 augustus 2029 en wordt daarna
        telkens met vier jaar verlengd, tenzij zij is opgezegd."""),
        N("2.", """Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus van enig
        jaar, met een termijn van ten minste twaalf maanden. Bij een ernstige tekortkoming die na
        schriftelijke ingebrekestelling niet binnen twee maanden wordt hersteld, kan de andere
        partij de overeenkomst ontbinden."""),
        N("3.", """Na opzegging of ontbinding worden geen nieuwe jongeren meer toegelaten. Wie op dat
        moment in de leerroute zit, rondt haar af onder de geldende afspraken; waar dat niet kan,
        geldt artikel 8."""),
        H2("Artikel 12 Verschil van inzicht"),
        N("1.", """Als partijen van mening verschillen over de uitvoering van deze overeenkomst,
        zoeken zij eerst het gesprek in de routeraad en vervolgens in het bestuurlijk beraad, dat
        binnen vier weken na een schriftelijk verzoek bijeenkomt."""),
        N("2.", """Blijft het verschil bestaan, dan vragen partijen een onafhankelijke bemiddelaar om
        hulp. Leidt ook dat binnen drie maanden niet tot overeenstemming, dan wordt het geschil
        beslecht door arbitrage volgens het Arbitragereglement van het Nederlands Arbitrage
        Instituut, door één arbiter, met 's-Hertogenbosch als plaats van arbitrage."""),
        H2("Artikel 13 Verbreding"),
        P("""Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij
        worden bij deze overeenkomst, als beide partijen daarmee schriftelijk instemmen, de nieuwe
        partij de overeenkomst ongewijzigd aanvaardt door mede-ondertekening en de leerroute aan
        de minister meldt. Toetreding gaat in bij het begin van een schooljaar en raakt de
        afspraken voor de jongeren die al in de leerroute zitten niet."""),
        H2("Artikel 14 Wijziging"),
        P("""Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke, door alle partijen
        ondertekende overeenkomst, na het advies bedoeld in artikel 10, tweede lid. Een wijziging
        geldt vanaf het volgende schooljaar en niet ten nadele van jongeren die al in de
        leerroute zitten."""),
        P("Aldus overeengekomen en ondertekend te Asten op de feestdag van Sint-Jan, 24 juni 2025."),
        SIG([("Stichting Katholiek Voortgezet Onderwijs De Peel", "drs. F.W.M. van Bussel",
              "voorzitter college van bestuur"),
             ("Stichting Regionaal Opleidingencentrum De Peelhorst", "mr. I. Verhoeven-Smits",
              "voorzitter college van bestuur")]),
    ],
    {"title": "Overeenkomst van samenwerking leerroute Secretariaat en receptie",
     "author": "SKVO De Peel",
     "footer": "SKVO De Peel - ROC De Peelhorst - overeenkomst van samenwerking leerroute"},
)

# ---------------------------------------------------------------------------------------------
# 308  DOCX. Bilingual border region Kerkrade-Herzogenrath (Eurode); Dutch text is binding, the
#      headings carry German equivalents and a German summary is added for parents and firms on
#      the other side. Produceren, installeren en energie (kb) -> Eerste monteur
#      elektrotechnische industriële installaties en systemen niveau 3. Compliant. Leiding and
#      reporting in one "Organisatie" paragraph; overstap split into "Andere wegen" (options) and
#      "Wie beslist" (decision); money in a table with two transfers (omvang + bestemming).
# ---------------------------------------------------------------------------------------------

sample(
    308, "tweetalig_grensregio_geldtabel_overstap_gesplitst_kerkrade_elektrotechniek", "docx",
    "DOCX in a bilingual border region (Kerkrade-Herzogenrath), Dutch binding text with German "
    "headings and a German summary, Produceren, installeren en energie kb -> Eerste monteur "
    "elektrotechnische industriële installaties en systemen niveau 3; fully compliant, leiding and "
    "reporting in one 'Organisatie' paragraph, overstap split over two paragraphs (options / who "
    "decides), two transfers of bekostiging in a money table, bpv on both sides of the border",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "§ 2 De route / Der Bildungsweg", "b": "§ 6 Bedrijven over de grens / Betriebe über die Grenze",
     "c": "§ 3 Organisatie / Organisation", "d": "§ 3 Organisatie / Organisation",
     "e": "§ 5 Mensen en ruimten / Personal und Räume", "f": "§ 7 Andere wegen / Andere Wege",
     "g": "§ 9 Geldstromen / Geldflüsse", "h": "§ 10 Stem / Mitsprache",
     "i": "§ 11 Meningsverschillen / Meinungsverschiedenheiten",
     "j": "§ 12 Uitbreiding en afscheid / Erweiterung und Abschied"},
    [
        T("Samenwerkingsovereenkomst Eurode Techniekroute"),
        ST("Kooperationsvertrag Eurode Technikweg - doorlopende leerroute vmbo-mbo Produceren, "
           "installeren en energie naar Eerste monteur elektrotechnische industriële installaties "
           "en systemen. Kerkrade, 10 juli 2025."),
        H1("Kurzfassung für Eltern und Betriebe in Deutschland"),
        SMALL("""Viele Schülerinnen und Schüler des Eurode Vakcollege wohnen in Herzogenrath. Dieser
        Vertrag regelt, wie die Schule und das Grensland College gemeinsam einen durchgehenden
        Bildungsweg vom vmbo bis zum niederländischen Berufsabschluss Niveau 3 in der
        Elektrotechnik anbieten, mit Praktika auf beiden Seiten der Grenze. Die deutsche
        Zusammenfassung dient nur der Information; rechtlich maßgeblich ist der niederländische
        Text."""),
        H1("§ 1 Partijen / Vertragsparteien"),
        N("1.", """Stichting Voortgezet Onderwijs Parkstad-Oost, gevestigd te Kerkrade, bevoegd gezag
        van het Eurode Vakcollege, vertegenwoordigd door de voorzitter van het college van
        bestuur, mevrouw drs. M.H. Quaedvlieg, hierna: de school;"""),
        N("2.", """Stichting Grensland College voor Beroepsonderwijs, gevestigd te Kerkrade, bevoegd
        gezag van het Grensland College, een regionaal opleidingencentrum, vertegenwoordigd door
        de voorzitter van het college van bestuur, de heer ir. J.P. Schiffelers, hierna: het
        college."""),
        H1("§ 2 De route / Der Bildungsweg"),
        N("1.", """De school en het college verzorgen gezamenlijk een doorlopende leerroute die begint
        in leerjaar 3 van de kaderberoepsgerichte leerweg van het Eurode Vakcollege, profiel
        Produceren, installeren en energie, en die leidt tot het vmbo-diploma kaderberoepsgerichte
        leerweg en het mbo-diploma Eerste monteur elektrotechnische industriële installaties en
        systemen, niveau 3 (vakopleiding), beroepsopleidende leerweg, uit het kwalificatiedossier
        Elektrotechnische industriële installaties en systemen."""),
        N("2.", """De route duurt vier leerjaren en wordt gegeven in het gebouw van het Eurode
        Vakcollege aan de Nieuwstraat en in het Technicum van het college aan de Dentgenbachweg,
        beide in Kerkrade. De school en het college melden de route vóór 1 augustus 2025
        gezamenlijk aan de minister via het Register Instellingen en Opleidingen."""),
        N("3.", """Leerlingen die in Duitsland wonen, kunnen aan de route deelnemen onder dezelfde
        voorwaarden als leerlingen uit Nederland."""),
        H1("§ 3 Organisatie / Organisation"),
        N("1.", """Over de grens samenwerken vraagt om korte lijnen. De leiding over de route ligt
        daarom bij een grensteam van twee personen: de teamleider techniek van het Eurode
        Vakcollege en de opleidingsmanager elektrotechniek van het college."""),
        N("2.", """Elk college van bestuur wijst zijn lid van het grensteam aan en meldt dat
        schriftelijk aan het andere college van bestuur; het wijst tegelijk een vaste vervanger
        aan."""),
        N("3.", """De colleges van bestuur dragen het grensteam op het gezamenlijke PTA/OER voor te
        bereiden, het rooster en de inzet van het aan de route toegewezen personeel te regelen,
        stageplaatsen aan beide kanten van de grens te werven, leerlingen toe te laten en de
        contacten met bedrijven te onderhouden. Het grensteam beslist daarover zelfstandig,
        evenals over uitgaven uit het routebudget tot € 4.000 per keer. Over personeel,
        formatie, hogere uitgaven, de vaststelling van het PTA/OER en deze overeenkomst beslissen
        de colleges van bestuur."""),
        N("4.", """Het grensteam stuurt beide colleges van bestuur in januari en in juli een
        schriftelijke voortgangsrapportage (instroom, uitval, examenresultaten, stages in
        Nederland en Duitsland, besteding van de middelen van § 9). In september legt het
        grensteam in het Eurode-bestuurdersoverleg van beide voorzitters verantwoording af over het
        afgelopen schooljaar; van dat overleg wordt een verslag gemaakt."""),
        H1("§ 4 Onderwijs en examens / Unterricht und Prüfungen"),
        N("1.", """Eén PTA/OER beschrijft voor de hele route, per leerjaar, het onderwijsprogramma, de
        examinering en de beroepspraktijkvorming, met aanduiding van wat vmbo, wat mbo en wat
        gecombineerd is. Het centraal examen vmbo vindt plaats in het tweede leerjaar van de
        route."""),
        N("2.", """In de eerste twee leerjaren is de leerling ingeschreven bij de school, daarna bij
        het college. De school blijft verantwoordelijk voor het vmbo-examen, het college voor de
        mbo-examens en de beroepspraktijkvorming."""),
        H1("§ 5 Mensen en ruimten / Personal und Räume"),
        N("1.", """Docenten van de school geven de algemene vakken, het profieldeel en in alle vier
        leerjaren wekelijks een les technisch Duits. Docenten en instructeurs van het college
        geven vanaf het eerste leerjaar een dag per week elektrotechniek in het Technicum en
        verzorgen in de laatste twee leerjaren het mbo-programma. Voor het project Slimme
        Fabriek werken docenten van beide partijen als één team (teambevoegdheid), waarbij ieder
        verantwoordelijk blijft voor het onderdeel waarvoor hij bevoegd is; het PTA/OER geeft aan
        welk onderdeel dat is. Personeel blijft in dienst van de eigen werkgever."""),
        N("2.", """Het college stelt het E-lab met PLC-opstellingen, schakelkasten en de
        meetapparatuur in het Technicum beschikbaar. De school stelt haar praktijklokaal
        installatietechniek en het talenlab beschikbaar, ook voor lessen van docenten van het
        college."""),
        N("3.", """Een klacht over een medewerker van de ene partij die bij de andere partij wordt
        ingediend, wordt afgehandeld volgens de klachtenregeling van de partij waar de klacht
        binnenkomt; de andere partij verleent medewerking."""),
        H1("§ 6 Bedrijven over de grens / Betriebe über die Grenze"),
        N("1.", """Anlagenbau Eurode GmbH (Herzogenrath), Elektro Wurmtal GmbH (Würselen), Kerkrade
        Industrial Services B.V. en Parkstad Energietechniek B.V. nemen deel aan de route. Zij
        bieden samen jaarlijks ten minste veertien bpv-plaatsen in de laatste twee leerjaren,
        verdeeld over beide kanten van de grens. Een Duits bedrijf biedt alleen bpv-plaatsen aan
        als het door SBB als leerbedrijf is erkend."""),
        N("2.", """De bedrijven ontvangen iedere klas in de eerste twee leerjaren twee keer per jaar
        voor een bedrijfsdag, leveren jaarlijks een praktijkopdracht voor het project Slimme
        Fabriek en laten hun praktijkopleiders meebeoordelen bij de proeve van bekwaamheid."""),
        N("3.", """Een grensoverschrijdende werkveldraad, met een vertegenwoordiger van elk bedrijf,
        van de Grenzregionaler Arbeitgeberverband Wurmtal e.V. en van SBB, adviseert het grensteam
        twee keer per jaar over het programma en de keuzedelen."""),
        H1("§ 7 Andere wegen / Andere Wege"),
        N("1.", """Deze paragraaf geldt als de deelname van een leerling aan de route eindigt voordat
        hij haar heeft afgerond, en als hij aan het eind van het derde leerjaar het vmbo-diploma
        niet heeft."""),
        N("2.", """In de eerste twee leerjaren gaat de leerling verder in de reguliere
        kaderberoepsgerichte leerweg van de school, in hetzelfde of een ander profiel, en haalt
        daar het vmbo-diploma."""),
        N("3.", """In de laatste twee leerjaren kan de leerling bij het college overstappen naar een
        andere opleiding op niveau 3, zoals Eerste monteur elektrotechnische installaties in de
        woning en utiliteit, of naar een opleiding op niveau 2. Heeft hij het vmbo-diploma niet,
        dan gelden de vooropleidingseisen van het college niet; hij kan ook eerst het vmbo-diploma
        bij de school afronden."""),
        N("4.", """Wil de leerling een opleiding in Duitsland of bij een andere Nederlandse instelling
        volgen, dan helpen de school en het college hem met de overstap, met een overdrachtsdossier
        en, waar nodig, met een vertaling van zijn resultaten."""),
        H1("§ 8 Wie beslist / Wer entscheidet"),
        P("""Welke weg uit § 7 een leerling gaat, stelt het grensteam namens beide partijen samen
        vast, na een gesprek met de leerling en zijn ouders, in het Nederlands of in het Duits.
        Het grensteam houdt rekening met het onderwijsniveau dat de leerling heeft bereikt, zijn
        leeftijd en zijn wensen. De leerling verlaat de route pas als de vervolgplek vaststaat.
        De werkwijze staat in de schoolgids en de studiegids, in beide talen."""),
        H1("§ 9 Geldstromen / Geldflüsse"),
        P("""De school ontvangt de bekostiging voor de eerste twee leerjaren, het college voor de
        laatste twee. Partijen dragen de volgende delen van hun bekostiging aan elkaar over:"""),
        TAB(["Van", "Naar", "Omvang", "Bestemming"], [
            ["school (art. 5.42a WVO 2020)", "college",
             "€ 950 per leerling in leerjaar 1 en 2, teldatum 1 oktober",
             "lessen van docenten en instructeurs van het college in het E-lab, verbruiksmateriaal"],
            ["college (art. 9.1.15 WEB)", "school",
             "€ 300 per student in leerjaar 3 en 4, teldatum 1 oktober",
             "lessen technisch Duits door de docent Duits van de school in de mbo-fase"],
        ], [0.2, 0.12, 0.3, 0.38]),
        P("""Beide bedragen worden vóór 1 december van het schooljaar betaald en worden in de
        septemberverantwoording van § 3 verantwoord. Verder dragen partijen geen bekostiging
        over."""),
        H1("§ 10 Stem / Mitsprache"),
        P("""Voor de eerste twee leerjaren geldt de WMS, voor de laatste twee de WEB, en voor het
        personeel van het college de WOR. Partijen spreken aanvullend af dat de
        medezeggenschapsraad van de school en de studentenraad van het college elk jaar in
        oktober een gezamenlijke routevergadering houden met het grensteam, waarin zij de
        voortgangsrapportages bespreken en advies geven over het PTA/OER, en dat ouders uit
        Duitsland in die vergadering in het Duits het woord mogen voeren."""),
        H1("§ 11 Meningsverschillen / Meinungsverschiedenheiten"),
        P("""Verschillen van inzicht tussen partijen over de uitvoering van deze overeenkomst worden
        eerst door het grensteam besproken en daarna binnen vier weken door de beide voorzitters
        van de colleges van bestuur. Lukt dat niet, dan schakelen partijen een mediator in die
        bij de Mediatorsfederatie Nederland is ingeschreven. Leidt mediation niet binnen drie
        maanden tot een oplossing, dan is de rechtbank Limburg, locatie Maastricht, bevoegd.
        Nederlands recht is van toepassing, ook waar bedrijven in Duitsland bij de route zijn
        betrokken."""),
        H1("§ 12 Uitbreiding en afscheid / Erweiterung und Abschied"),
        N("1.", """Een andere Nederlandse school voor vmbo of instelling voor beroepsonderwijs kan partij
        worden bij deze overeenkomst, als beide partijen schriftelijk instemmen en de nieuwe
        partij de overeenkomst mede ondertekent en de route zelf meldt. Een Duitse school kan
        geen partij worden, maar kan via een afzonderlijke samenwerkingsafspraak met het
        grensteam betrokken worden. Een nieuwe partij treedt toe bij de start van een schooljaar
        en haar komst verandert niets voor leerlingen die al in de route zitten."""),
        N("2.", """Deze overeenkomst wordt alleen schriftelijk en met handtekening van beide colleges
        van bestuur gewijzigd, na advies van de routevergadering van § 10. Een wijziging geldt
        vanaf het volgende schooljaar en nooit ten nadele van leerlingen die al in de route
        zitten."""),
        N("3.", """Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een
        termijn van ten minste twaalf maanden. Bij een ernstige tekortkoming die niet binnen
        twee maanden na ingebrekestelling is hersteld, kan de andere partij de overeenkomst
        ontbinden."""),
        N("4.", """Na opzegging of ontbinding start er geen nieuw cohort meer. Leerlingen die al in de
        route zitten, ronden haar af onder de bestaande afspraken, inclusief de bedragen van
        § 9; lukt dat niet, dan geldt § 7."""),
        H1("§ 13 Taal / Sprache"),
        P("""Deze overeenkomst is opgesteld in het Nederlands. De Duitse teksten dienen alleen ter
        informatie; bij verschil gaat de Nederlandse tekst voor. De overeenkomst geldt vanaf 1
        augustus 2025 voor onbepaalde tijd."""),
        SIG([("Stichting Voortgezet Onderwijs Parkstad-Oost", "drs. M.H. Quaedvlieg",
              "voorzitter college van bestuur"),
             ("Stichting Grensland College voor Beroepsonderwijs", "ir. J.P. Schiffelers",
              "voorzitter college van bestuur")]),
    ],
    {"title": "Samenwerkingsovereenkomst Eurode Techniekroute", "author": "Grensteam Eurode",
     "docx_font": "Cambria", "docx_size": 10.5},
)

# === AGREEMENTS END ===


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    wanted = {int(a) for a in argv} if argv else None
    for s in SAMPLES:
        if wanted is None or s["number"] in wanted:
            print("built", build(s))


if __name__ == "__main__":
    main(sys.argv[1:])
