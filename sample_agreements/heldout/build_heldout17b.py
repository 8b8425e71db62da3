#!/usr/bin/env python3
"""Held-out sample agreements h257-h264 for leerroute-check.

Written by an independent helper session acting as author of labelled test data. The texts
were composed from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and
bouwsteen overstapoptie, /work/shared/seeds), /work/shared/domain.md and
sample_agreements/LABELS.md only -- without looking at checker code, models, tests, benchmarks or
the texts/build scripts of any other sample. All schools, instellingen, companies and people are
made up.

Usage:
    python3 build_heldout17b.py            build all samples
    python3 build_heldout17b.py 257 260    build only these numbers
    python3 build_heldout17b.py --check    open every produced file and verify it
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
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Block model: a document is a list of tuples
#   ("title", s) ("sub", s) ("h", s) ("h2", s) ("p", s) ("li", s) ("small", s)
#   ("table", rows, col_widths_cm or None)  ("pb",)
#   DOCX only (auto-numbering): ("hn", s) numbered article heading, ("pn", s) numbered sub-clause
#   In txt/md/pdf "hn"/"pn" fall back to plain heading/paragraph (numbers then must be in s).
# ---------------------------------------------------------------------------------------------

SAMPLES = {}


def sample(num, name, fmt, description, statuses, evidence, **opts):
    def deco(fn):
        SAMPLES[num] = dict(num=num, name=name, fmt=fmt, description=description,
                            statuses=statuses, evidence=evidence, blocks=fn, opts=opts)
        return fn
    return deco


# ------------------------------------------------------------------------------ renderers ----

def render_txt(blocks, width=92):
    import textwrap
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += [b[1].upper(), ""]
        elif k == "sub":
            out += [b[1], ""]
        elif k in ("h", "hn"):
            out += ["", b[1], ""]
        elif k == "h2":
            out += [b[1], ""]
        elif k in ("p", "pn", "small"):
            out += textwrap.wrap(b[1], width, break_on_hyphens=False, break_long_words=False) + [""]
        elif k == "li":
            out += textwrap.wrap(b[1], width, initial_indent="  - ", subsequent_indent="    ",
                                break_on_hyphens=False, break_long_words=False)
        elif k == "table":
            for row in b[1]:
                out.append(" | ".join(row))
            out.append("")
        elif k == "pb":
            out.append("")
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    return txt.encode("utf-8")


def render_md(blocks):
    out = []
    prev = None
    for b in blocks:
        k = b[0]
        if k != "li" and prev == "li":
            out.append("")
        if k == "title":
            out += ["# " + b[1], ""]
        elif k == "sub":
            out += ["*" + b[1] + "*", ""]
        elif k in ("h", "hn"):
            out += ["## " + b[1], ""]
        elif k == "h2":
            out += ["### " + b[1], ""]
        elif k in ("p", "pn", "small"):
            out += [b[1], ""]
        elif k == "li":
            out.append("- " + b[1])
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "|".join(["---"] * len(rows[0])) + "|")
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        prev = k
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    return txt.encode("utf-8")


def render_pdf(blocks, columns=1, header="", footer=""):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                    Table, TableStyle, PageBreak, FrameBreak, NextPageTemplate)
    from reportlab.lib import colors

    buf = io.BytesIO()
    W, H = A4
    lm = rm = 2.2 * cm
    tm = 2.4 * cm
    bm = 2.2 * cm
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, invariant=1, title="", author="", creator="",
                          producer="")
    body_w = W - lm - rm
    body_h = H - tm - bm

    def deco(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 7.5)
        if header:
            canv.drawString(lm, H - 1.4 * cm, header)
        canv.drawRightString(W - rm, 1.3 * cm, "pagina %d" % d.page)
        if footer:
            canv.drawString(lm, 1.3 * cm, footer)
        canv.restoreState()

    full = Frame(lm, bm, body_w, body_h, id="full")
    templates = [PageTemplate(id="one", frames=[full], onPage=deco)]
    if columns == 2:
        gap = 0.7 * cm
        cw = (body_w - gap) / 2
        # first page: title area on top, then two columns
        top_h = 4.2 * cm
        f_top = Frame(lm, bm + body_h - top_h, body_w, top_h, id="top")
        f1a = Frame(lm, bm, cw, body_h - top_h, id="c1a")
        f2a = Frame(lm + cw + gap, bm, cw, body_h - top_h, id="c2a")
        f1 = Frame(lm, bm, cw, body_h, id="c1")
        f2 = Frame(lm + cw + gap, bm, cw, body_h, id="c2")
        templates = [PageTemplate(id="first", frames=[f_top, f1a, f2a], onPage=deco),
                     PageTemplate(id="two", frames=[f1, f2], onPage=deco)]
    doc.addPageTemplates(templates)

    fs = 9.2 if columns == 2 else 10
    st = {
        "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14.5, leading=18,
                                alignment=TA_CENTER, spaceAfter=6),
        "sub": ParagraphStyle("s", fontName="Helvetica", fontSize=10, leading=13,
                              alignment=TA_CENTER, spaceAfter=8),
        "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=fs + 1, leading=fs + 4,
                            spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=fs, leading=fs + 3,
                             spaceBefore=4, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName="Helvetica", fontSize=fs, leading=fs + 3.2,
                            spaceAfter=4, alignment=TA_JUSTIFY if columns == 2 else 0),
        "small": ParagraphStyle("sm", fontName="Helvetica-Oblique", fontSize=fs - 1.5,
                                leading=fs + 1.5, spaceAfter=3),
        "li": ParagraphStyle("li", fontName="Helvetica", fontSize=fs, leading=fs + 3.2,
                             leftIndent=12, bulletIndent=2, spaceAfter=2),
        "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=fs - 1, leading=fs + 1.5),
        "cellb": ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=fs - 1,
                                leading=fs + 1.5),
    }
    story = []
    if columns == 2:
        story.append(NextPageTemplate("two"))
    title_done = False
    for b in blocks:
        k = b[0]
        if columns == 2 and not title_done and k not in ("title", "sub"):
            story.append(FrameBreak())
            title_done = True
        if k == "title":
            story.append(Paragraph(escape(b[1]), st["title"]))
        elif k == "sub":
            story.append(Paragraph(escape(b[1]), st["sub"]))
        elif k in ("h", "hn"):
            story.append(Paragraph(escape(b[1]), st["h"]))
        elif k == "h2":
            story.append(Paragraph(escape(b[1]), st["h2"]))
        elif k in ("p", "pn"):
            story.append(Paragraph(escape(b[1]), st["p"]))
        elif k == "small":
            story.append(Paragraph(escape(b[1]), st["small"]))
        elif k == "li":
            story.append(Paragraph(escape(b[1]), st["li"], bulletText="-"))
        elif k == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            data = [[Paragraph(escape(c), st["cellb"] if i == 0 else st["cell"]) for c in r]
                    for i, r in enumerate(rows)]
            if widths:
                widths = [w * cm for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "pb":
            story.append(PageBreak())
    doc.build(story)
    return buf.getvalue()


NUM_ID = 77


def _add_numbering(doc, art_label):
    """Add a two-level auto-numbering definition: 'Artikel N' / 'N.M'."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    numbering = doc.part.numbering_part.element
    lvl0_text = (art_label + " %1") if art_label else "%1."
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1077" w:hanging="1077"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), NUM_ID, lvl0_text))
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), NUM_ID, NUM_ID))
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)


def _set_num(par, ilvl):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    pPr = par._p.get_or_add_pPr()
    pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), ilvl, NUM_ID)))


def render_docx(blocks, title="", author="", art_label="Artikel"):
    import docx
    from docx.shared import Pt, Cm
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    uses_num = any(b[0] in ("hn", "pn") for b in blocks)
    if uses_num:
        _add_numbering(d, art_label)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_paragraph(b[1], style="Title")
        elif k == "sub":
            d.add_paragraph(b[1], style="Subtitle")
        elif k == "h":
            d.add_paragraph(b[1], style="Heading 1")
        elif k == "h2":
            d.add_paragraph(b[1], style="Heading 2")
        elif k == "hn":
            par = d.add_paragraph(b[1], style="Heading 1")
            _set_num(par, 0)
        elif k == "pn":
            par = d.add_paragraph(b[1], style="Normal")
            _set_num(par, 1)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "small":
            par = d.add_paragraph()
            r = par.add_run(b[1])
            r.italic = True
            r.font.size = Pt(9)
        elif k == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = c
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif k == "pb":
            d.add_page_break()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    buf = io.BytesIO()
    d.save(buf)
    return _fix_zip(buf.getvalue())


def _fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ------------------------------------------------------------------------------ build/check --

def build(num):
    s = SAMPLES[num]
    blocks = s["blocks"]()
    o = s["opts"]
    if s["fmt"] == "pdf":
        data = render_pdf(blocks, columns=o.get("columns", 1), header=o.get("header", ""),
                          footer=o.get("footer", ""))
    elif s["fmt"] == "docx":
        data = render_docx(blocks, title=o.get("title", ""), author=o.get("author", ""),
                           art_label=o.get("art_label", "Artikel"))
    elif s["fmt"] == "txt":
        data = render_txt(blocks)
    elif s["fmt"] == "md":
        data = render_md(blocks)
    else:
        raise ValueError(s["fmt"])
    base = os.path.join(OUT, "h%d_%s" % (num, s["name"]))
    with open(base + "." + s["fmt"], "wb") as f:
        f.write(data)
    with open(base + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(expected(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(base + "." + s["fmt"]), len(data), "bytes")


def expected(s):
    return {"description": s["description"], "split": "heldout", "statuses": s["statuses"],
            "evidence": s["evidence"]}


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
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check(nums):
    ok = True
    letters = "abcdefghij"
    valid = {"present", "weak", "missing", "not_applicable"}
    for num in nums:
        s = SAMPLES[num]
        base = os.path.join(OUT, "h%d_%s" % (num, s["name"]))
        path = base + "." + s["fmt"]
        problems = []
        if not os.path.exists(path):
            problems.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d" % size)
            if s["fmt"] == "docx":
                with zipfile.ZipFile(path) as z:
                    if z.testzip() is not None:
                        problems.append("bad zip")
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa
                problems.append("cannot open: %r" % e)
                text = ""
            for k, ev in s["evidence"].items():
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (k, ev))
                if s["statuses"].get(k) != "present":
                    problems.append("evidence for non-present item %s" % k)
        st = s["statuses"]
        if sorted(st) != list(letters) or not set(st.values()) <= valid:
            problems.append("bad statuses")
        for k in letters:
            if st.get(k) == "present" and k not in s["evidence"]:
                problems.append("no evidence for present item %s" % k)
        try:
            with open(base + ".expected.json", encoding="utf-8") as f:
                if json.load(f) != expected(s):
                    problems.append("expected.json differs from table")
        except FileNotFoundError:
            problems.append("expected.json missing")
        print("h%d %s: %s" % (num, s["fmt"], "OK" if not problems else "; ".join(problems)))
        ok = ok and not problems
    fmts = [SAMPLES[n]["fmt"] for n in SAMPLES]
    print("formats:", {f: fmts.count(f) for f in sorted(set(fmts))})
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        nums = [int(a) for a in argv[1:]] or sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = [int(a) for a in argv] or sorted(SAMPLES)
    for n in nums:
        build(n)


# =============================================================================================
# Agreements
# =============================================================================================

ALL_PRESENT = dict.fromkeys("abcdefghij", "present")


# ---------------------------------------------------------------------------------- h257 ----
@sample(257, "twee_kolommen_considerans_wetsartikelen_borsele_elektro", "pdf",
        "PDF in twee kolommen, formele stijl met lange considerans vol voornemens en wetsartikelen "
        "in de koppen; Borsele, vmbo kb Produceren, installeren en energie naar mbo-3 eerste monteur "
        "elektrotechnische installaties; volledig in orde, geen overdracht van bekostiging.",
        dict(ALL_PRESENT),
        {"a": "Artikel 2. De route (art. 2.107b lid 2 onder a WVO 2020)",
         "b": "Artikel 4. Inbreng van het installatiebedrijfsleven (art. 2.107b lid 2 onder g)",
         "c": "Artikel 5. Routeteam (art. 2.107b lid 2 onder b)",
         "d": "Artikel 6. Informatie en verantwoording (art. 2.107b lid 2 onder c)",
         "e": "Artikel 7. Inrichting, docenten en voorzieningen (art. 2.107b lid 2 onder d)",
         "f": "Artikel 8. Als de route niet wordt afgemaakt (art. 2.107k WVO 2020; art. 9.1.14 WEB)",
         "g": "Artikel 9. Geldstromen (art. 2.107b lid 2 onder e)",
         "h": "Artikel 10. Medezeggenschap (art. 2.107b lid 2 onder j)",
         "i": "Artikel 11. Geschillen (art. 2.107b lid 2 onder h)",
         "j": "Artikel 12. Toetreding, wijziging en einde (art. 2.107b lid 2 onder i)"},
        columns=2, header="Samenwerkingsovereenkomst DLR PIE - elektrotechniek | Sloewijk College / ROC Scheldemond",
        footer="Versie 1.0 - vastgesteld 24 juni 2025")
def h257():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("sub", "Produceren, installeren en energie (kader) - Eerste monteur elektrotechnische "
                "installaties (mbo niveau 3)"),
        ("sub", "Sloewijk College, Heinkenszand  |  ROC Scheldemond, Vlissingen"),
        ("h", "Partijen"),
        ("p", "1. Stichting Voortgezet Onderwijs De Bevelanden-Zuid, statutair gevestigd te Goes, "
              "bevoegd gezag van het Sloewijk College (school voor vbo en mavo, brinnummer 27QX), "
              "rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw "
              "drs. J.M. Koppejan, hierna: de school;"),
        ("p", "2. Stichting Regionaal Opleidingencentrum Scheldemond, statutair gevestigd te "
              "Vlissingen, bevoegd gezag van ROC Scheldemond, rechtsgeldig vertegenwoordigd door de "
              "voorzitter van het college van bestuur, de heer ing. P.A. de Rijcke MBA, hierna: het "
              "ROC;"),
        ("p", "hierna samen ook: partijen."),
        ("h", "Overwegingen"),
        ("p", "Partijen nemen het volgende in aanmerking:"),
        ("li", "dat partijen de ambitie delen om jongeren in de gemeente Borsele en omgeving een "
               "ononderbroken en uitdagende leerweg naar vakmanschap in de elektrotechniek te "
               "bieden;"),
        ("li", "dat de energietransitie in het Sloegebied en de kernenergiesector de komende jaren "
               "een groeiende vraag naar goed opgeleide monteurs zal veroorzaken, en dat partijen "
               "met de regionale werkgevers willen optrekken om die vraag te beantwoorden;"),
        ("li", "dat partijen streven naar minder overlap tussen vmbo- en mbo-stof, zodat er ruimte "
               "ontstaat voor verdieping en voor begeleiding op maat;"),
        ("li", "dat partijen willen voorkomen dat een leerling tussen wal en schip raakt en zich "
               "voornemen ervoor te zorgen dat iedere leerling een diploma haalt;"),
        ("li", "dat partijen het belang onderschrijven van goede medezeggenschap van leerlingen, "
               "studenten, ouders en personeel;"),
        ("li", "dat de Wet voortgezet onderwijs 2020 (art. 2.107a tot en met 2.107k) en de Wet "
               "educatie en beroepsonderwijs (hoofdstuk 9, titel 1) het gezamenlijk verzorgen van "
               "een doorlopende leerroute mogelijk maken op grond van een samenwerkingsovereenkomst "
               "als bedoeld in art. 2.107b WVO 2020 en art. 9.1.3 WEB;"),
        ("li", "dat de medezeggenschapsraad van de school en de studentenraad en de "
               "ondernemingsraad van het ROC over het voornemen tot deze samenwerking advies hebben "
               "uitgebracht;"),
        ("p", "en komen overeen als volgt."),
        ("h", "Artikel 1. Begrippen"),
        ("p", "In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute vmbo-mbo "
              "als bedoeld in art. 2.107a WVO 2020 die partijen op grond van deze overeenkomst "
              "verzorgen; routejaar: een leerjaar van de route, te tellen vanaf het derde leerjaar "
              "van het vmbo; vo-fase: routejaar 1 en 2; mbo-fase: routejaar 3 en volgende; "
              "routeteam: de leiding bedoeld in artikel 5; besturen: de colleges van bestuur van "
              "partijen."),
        ("h", "Artikel 2. De route (art. 2.107b lid 2 onder a WVO 2020)"),
        ("p", "2.1 Partijen verzorgen samen een doorlopende leerroute die begint in het derde "
              "leerjaar van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en "
              "energie (PIE), van het Sloewijk College."),
        ("p", "2.2 De route leidt tot het diploma vmbo kaderberoepsgerichte leerweg, profiel PIE, "
              "en tot het mbo-diploma van de vakopleiding Eerste monteur elektrotechnische "
              "installaties in de woning en utiliteit, niveau 3, beroepsopleidende leerweg, in het "
              "aanverwante opleidingsdomein Installatie- en energietechniek van het ROC."),
        ("p", "2.3 De beoogde cursusduur van de route is vijf jaar. De eerste instroom vindt plaats "
              "op 1 augustus 2025."),
        ("h", "Artikel 3. Melding"),
        ("p", "Partijen melden de route gezamenlijk aan de minister via het Register instellingen "
              "en opleidingen (RIO) vóór 1 oktober 2025. Ieder registreert de route voor het eigen "
              "deel."),
        ("h", "Artikel 4. Inbreng van het installatiebedrijfsleven (art. 2.107b lid 2 onder g)"),
        ("p", "4.1 Bij de invulling van de route werken partijen samen met de Zeeuwse afdeling van "
              "Techniek Nederland en met de erkende leerbedrijven die zijn verenigd in het "
              "Opleidingsplatform Installatietechniek Zeeland, waaronder Van Damme Elektro B.V., "
              "Installatiebedrijf Goedhart en Sloe Energy Services."),
        ("p", "4.2 Deze bedrijven zeggen toe dat zij:"),
        ("li", "per cohort ten minste twintig bpv-plaatsen voor de mbo-fase beschikbaar stellen;"),
        ("li", "in routejaar 1 en 2 per periode ten minste één praktijkopdracht uit een lopend "
               "project aanleveren en daarbij een bedrijfsbezoek ontvangen;"),
        ("li", "vakmensen leveren voor gastlessen en als praktijkbeoordelaar bij de proeven van "
               "bekwaamheid;"),
        ("li", "zitting nemen in de werkveldcommissie elektrotechniek, die tweemaal per jaar "
               "bijeenkomt en het routeteam gevraagd en ongevraagd adviseert over de inhoud van het "
               "programma en de keuze van keuzedelen."),
        ("p", "4.3 Het ROC onderhoudt het contact met de leerbedrijven en met SBB; de school "
              "organiseert de bedrijfsbezoeken in de vo-fase."),
        ("h", "Artikel 5. Routeteam (art. 2.107b lid 2 onder b)"),
        ("p", "5.1 De leiding over de route is in handen van een routeteam. Het routeteam bestaat "
              "uit de afdelingsleider techniek van de school, de teamleider elektrotechniek van het "
              "ROC en een routecoördinator."),
        ("p", "5.2 De afdelingsleider en de teamleider hebben zitting op grond van hun functie en "
              "worden door het eigen college van bestuur in het routeteam aangewezen. De "
              "routecoördinator wordt, op gezamenlijke voordracht van de afdelingsleider en de "
              "teamleider, door beide besturen samen benoemd voor een termijn van drie schooljaren; "
              "herbenoeming is mogelijk."),
        ("p", "5.3 De besturen dragen het routeteam de volgende taken op: het opstellen van het "
              "gezamenlijke PTA/OER per routejaar, het maken van de jaarplanning en het rooster, het "
              "plaatsen van leerlingen bij leerbedrijven, de intake en de toelating tot de route en "
              "het voorbereiden van besluiten over een overstap (artikel 8)."),
        ("p", "5.4 Het routeteam is bevoegd om binnen de door de besturen vastgestelde formatie en "
              "het jaarbudget zelfstandig te beslissen over de verdeling van de lesuren over de "
              "docenten van beide partijen, over de inkoop van leermiddelen tot € 10.000 per jaar en "
              "over de invulling van de praktijkperiodes. Besluiten over de begroting, over "
              "personeel in dienst van een partij en over wijziging van deze overeenkomst blijven "
              "voorbehouden aan de besturen."),
        ("h", "Artikel 6. Informatie en verantwoording (art. 2.107b lid 2 onder c)"),
        ("p", "6.1 Het routeteam stuurt beide besturen uiterlijk 1 november van ieder jaar een "
              "jaarverslag over het afgelopen schooljaar, met de in-, door- en uitstroom per cohort, "
              "de examenresultaten, het aantal overstappen, de besteding van het jaarbudget en de "
              "bevindingen van de werkveldcommissie."),
        ("p", "6.2 In februari ontvangen de besturen een korte voortgangsnotitie. Het jaarverslag en "
              "de voortgangsnotitie worden besproken in het bestuurlijk overleg tussen beide "
              "colleges van bestuur, dat ten minste tweemaal per jaar plaatsvindt."),
        ("p", "6.3 Vraagt een bestuur tussentijds om inlichtingen, dan verstrekt het routeteam die "
              "binnen tien werkdagen aan beide besturen tegelijk."),
        ("h", "Artikel 7. Inrichting, docenten en voorzieningen (art. 2.107b lid 2 onder d)"),
        ("p", "7.1 Locaties. Routejaar 1 en 2 worden verzorgd op het Sloewijk College in "
              "Heinkenszand; de leerlingen volgen daarnaast één dag per week praktijkonderwijs in de "
              "installatiewerkplaats van het ROC aan de Boulevard Bankert in Vlissingen. Vanaf "
              "routejaar 3 vindt het onderwijs plaats op het ROC en bij de leerbedrijven."),
        ("p", "7.2 Programma en examinering. Het onderwijsprogramma en de examinering per "
              "routejaar zijn beschreven in het gezamenlijke PTA/OER (bijlage 1), waarin per "
              "onderdeel staat of het tot het vmbo, tot het mbo of tot beide behoort. Het centraal "
              "examen vmbo wordt afgenomen in routejaar 2; de school blijft verantwoordelijk voor "
              "het examen en de diplomering vmbo, het ROC voor de mbo-examinering en diplomering."),
        ("p", "7.3 Personeel. De route wordt gegeven door één docententeam van vier docenten van de "
              "school en drie docenten van het ROC. Partijen maken gebruik van de teambevoegdheid "
              "(art. 7.13a WVO 2020; art. 9.1.12 WEB) voor de vakoverstijgende modules "
              "Installeren en Elektrotechniek in routejaar 1 en 2; voor ieder onderdeel is ten "
              "minste één bevoegde docent in het team. ROC-docenten verzorgen in routejaar 2 "
              "ongeveer 40 procent van het beroepsgerichte programma. Iedere docent blijft in dienst "
              "van de eigen werkgever en valt onder diens personeelsbeleid."),
        ("p", "7.4 Voorzieningen. Het ROC stelt zijn installatiewerkplaats, meetapparatuur en het "
              "PLC-lokaal op de praktijkdag kosteloos ter beschikking; de school stelt de "
              "theorielokalen en de digitale leeromgeving open voor ROC-docenten en -studenten. "
              "Materiaalverbruik komt voor rekening van de partij op wier locatie het wordt gebruikt."),
        ("p", "7.5 Klachten. Een klacht van een leerling of ouder over een ROC-docent wordt door de "
              "school in behandeling genomen in overleg met het ROC; het ROC werkt aan de "
              "afhandeling mee en draagt de verantwoordelijkheid voor eventuele maatregelen jegens "
              "zijn eigen medewerker."),
        ("h", "Artikel 8. Als de route niet wordt afgemaakt (art. 2.107k WVO 2020; art. 9.1.14 WEB)"),
        ("p", "8.1 Eindigt de deelname van een leerling aan de route voordat hij die met succes "
              "heeft afgerond, dan besluiten de afdelingsleider en de teamleider samen, na een "
              "gesprek met de leerling en zijn ouders, welk vervolg het beste past. Zij kijken "
              "daarbij naar het bereikte onderwijsniveau en de leeftijd van de leerling."),
        ("p", "8.2 Tijdens de vo-fase kan de leerling in elk geval de reguliere kaderberoepsgerichte "
              "leerweg PIE of een ander profiel op het Sloewijk College afmaken, met behoud van de "
              "behaalde cijfers, en daarmee het vmbo-diploma halen."),
        ("p", "8.3 In de mbo-fase kan de student binnen het ROC overstappen naar een andere "
              "opleiding op niveau 3 of, als dat beter past, naar de opleiding Monteur "
              "elektrotechnische installaties op niveau 2; vooropleidingseisen worden daarbij niet "
              "gesteld. Wil de student naar een andere instelling, dan helpt het ROC bij de "
              "aanmelding en het geschiktheidsonderzoek."),
        ("p", "8.4 Heeft de leerling aan het eind van routejaar 3 het vmbo-diploma niet behaald, dan "
              "kiezen school en ROC samen tussen voortzetting van de mbo-opleiding zonder dat "
              "diploma of een extra jaar om het vmbo-examen alsnog af te leggen."),
        ("p", "8.5 De uitwerking staat in de schoolgids en in de studiegids van het ROC."),
        ("h", "Artikel 9. Geldstromen (art. 2.107b lid 2 onder e)"),
        ("p", "Partijen dragen geen deel van hun bekostiging aan elkaar over, niet op grond van "
              "art. 5.42a WVO 2020 en niet op grond van art. 9.1.15 WEB. Iedere partij draagt de "
              "kosten van het eigen personeel en de eigen voorzieningen; het gebruik van elkaars "
              "lokalen en werkplaatsen wordt niet verrekend."),
        ("h", "Artikel 10. Medezeggenschap (art. 2.107b lid 2 onder j)"),
        ("p", "10.1 Voor leerlingen in de vo-fase, hun ouders en het personeel van de school geldt "
              "de WMS; voor studenten in de mbo-fase en het personeel van het ROC gelden de WEB en "
              "de WOR. Aanvullend spreken partijen af:"),
        ("li", "leerlingen van routejaar 2 mogen twee vertegenwoordigers aanwijzen die de "
               "vergaderingen van de studentenraad van het cluster Techniek van het ROC bijwonen "
               "met spreekrecht;"),
        ("li", "het jaarverslag van artikel 6 wordt aan de medezeggenschapsraad van de school en "
               "aan de studentenraad en de ondernemingsraad van het ROC gezonden;"),
        ("li", "eenmaal per jaar houden een delegatie van de medezeggenschapsraad en een delegatie "
               "van de studentenraad een gezamenlijke vergadering over de route, waarbij het "
               "routeteam aanwezig is."),
        ("h", "Artikel 11. Geschillen (art. 2.107b lid 2 onder h)"),
        ("p", "11.1 Een meningsverschil over de uitvoering van deze overeenkomst wordt eerst in het "
              "routeteam besproken. Komt het routeteam er niet binnen vier weken uit, dan leggen de "
              "leden het schriftelijk voor aan het bestuurlijk overleg, dat binnen vier weken "
              "bijeenkomt."),
        ("p", "11.2 Lukt het ook daar niet, dan schakelen partijen een mediator in die zij samen "
              "kiezen uit het register van de Mediatorsfederatie Nederland; de kosten worden gedeeld."),
        ("p", "11.3 Leidt mediation binnen drie maanden niet tot een oplossing, dan kan ieder van "
              "partijen het geschil voorleggen aan de bevoegde rechter van de rechtbank "
              "Zeeland-West-Brabant. Op deze overeenkomst is Nederlands recht van toepassing."),
        ("h", "Artikel 12. Toetreding, wijziging en einde (art. 2.107b lid 2 onder i)"),
        ("p", "12.1 Toetreding. Een andere school voor vbo of mavo of een andere instelling voor "
              "beroepsonderwijs kan partij worden als alle partijen daarmee schriftelijk instemmen, "
              "de nieuwe partij deze overeenkomst door ondertekening van een toetredingsverklaring "
              "aanvaardt en de nieuwe partij de route bij DUO meldt. Toetreding gaat in bij het "
              "begin van een schooljaar en verandert niets aan het programma van leerlingen die al "
              "in de route zitten."),
        ("p", "12.2 Wijziging. Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke "
              "overeenkomst tussen alle partijen, na advies van het routeteam. Een wijziging die "
              "het programma raakt, geldt pas voor het eerstvolgende cohort, tenzij de betrokken "
              "leerlingen er niet door worden benadeeld."),
        ("p", "12.3 Duur en opzegging. De overeenkomst geldt voor onbepaalde tijd. Iedere partij kan "
              "haar schriftelijk opzeggen tegen 1 augustus van enig jaar met inachtneming van een "
              "opzegtermijn van twaalf maanden. Bij ernstige tekortkoming van een partij, die na "
              "schriftelijke ingebrekestelling niet binnen acht weken is hersteld, kan de andere "
              "partij de overeenkomst ontbinden per het einde van het lopende schooljaar."),
        ("p", "12.4 Bescherming van leerlingen. Na opzegging of ontbinding stromen geen nieuwe "
              "leerlingen meer in. Leerlingen en studenten die dan in de route zitten, maken die "
              "onder dezelfde voorwaarden bij partijen af; partijen blijven daarvoor de nodige "
              "docenten en voorzieningen inzetten. Lukt dat in een uitzonderlijk geval niet, dan "
              "is artikel 8 van toepassing."),
        ("h", "Artikel 13. Slot"),
        ("p", "Bijlage 1 (PTA/OER per routejaar) maakt deel uit van deze overeenkomst. Aldus in "
              "tweevoud opgemaakt en ondertekend te Goes op 24 juni 2025."),
        ("p", "Voor Stichting Voortgezet Onderwijs De Bevelanden-Zuid: drs. J.M. Koppejan, "
              "voorzitter college van bestuur."),
        ("p", "Voor Stichting Regionaal Opleidingencentrum Scheldemond: ing. P.A. de Rijcke MBA, "
              "voorzitter college van bestuur."),
    ]


# ---------------------------------------------------------------------------------- h258 ----
@sample(258, "interne_regeling_aoc_autonummering_achtkarspelen_buitenruimte", "docx",
        "DOCX met automatische artikelnummering; interne regeling van een AOC (besluit van het "
        "college van bestuur), Achtkarspelen, vmbo gl Groen naar mbo-4 opzichter/uitvoerder groen, "
        "grond en infra; leiding zonder wijze van aanwijzing, overstap binnen de eigen instelling "
        "gebonden aan vooropleidingseisen.",
        {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "not_applicable", "i": "not_applicable",
         "j": "not_applicable"},
        {"a": "Reikwijdte en route",
         "b": "Hoveniers, aannemers en terreinbeheerders",
         "d": "Rapportage aan het college van bestuur",
         "e": "Onderwijs, locaties en inzet van medewerkers",
         "g": "Middelen"},
        author="Bestuursbureau AOC Noardlik Fryslân",
        title="Interne regeling doorlopende leerroute Groen - Buitenruimte")
def h258():
    return [
        ("title", "Interne regeling doorlopende leerroute vmbo-mbo Groen - Buitenruimte"),
        ("sub", "Besluit van het college van bestuur van Stichting Agrarisch Opleidingscentrum "
                "Noardlik Fryslân, d.d. 17 juni 2025, kenmerk CvB/2025/041"),
        ("p", "Het college van bestuur van Stichting Agrarisch Opleidingscentrum Noardlik Fryslân "
              "(hierna: AOC Noardlik Fryslân), bevoegd gezag van de vmbo-school Noardlik Fryslân "
              "vmbo Groen, locatie Buitenpost, en van de instelling voor beroepsonderwijs Noardlik "
              "Fryslân mbo, locatie Surhuisterveen;"),
        ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel "
              "9.1.3, derde lid, van de Wet educatie en beroepsonderwijs, op grond waarvan een "
              "bevoegd gezag dat zowel de school als de instelling in stand houdt de afspraken over "
              "een doorlopende leerroute vastlegt in een interne regeling;"),
        ("p", "gehoord de medezeggenschapsraad van de vmbo-school, de studentenraad en de "
              "ondernemingsraad;"),
        ("p", "besluit vast te stellen de volgende regeling."),
        ("hn", "Reikwijdte en route"),
        ("pn", "Deze regeling geldt voor de doorlopende leerroute die AOC Noardlik Fryslân verzorgt "
               "vanaf het derde leerjaar van de gemengde leerweg, profiel Groen, van de vmbo-school."),
        ("pn", "De route leidt tot het vmbo-diploma gemengde leerweg en tot het mbo-diploma van de "
               "middenkaderopleiding Opzichter/uitvoerder groen, grond en infra, niveau 4 (BOL), in "
               "het aanverwante opleidingsdomein Groen, grond en infra."),
        ("pn", "De route omvat vijf leerjaren. In leerjaar 1 en 2 van de route is de deelnemer "
               "ingeschreven als leerling van de vmbo-school, vanaf leerjaar 3 als student van de "
               "mbo-instelling."),
        ("hn", "Hoveniers, aannemers en terreinbeheerders"),
        ("pn", "Het onderwijs wordt vormgegeven met de leden van de Werkgroep Buitenruimte "
               "Noordoost-Fryslân, een samenwerkingsverband van hoveniers, cultuurtechnische "
               "aannemers en terreinbeheerders, onder wie It Fryske Gea, Hoveniersbedrijf De Wite "
               "Dobbe en Grondverzetbedrijf Hoekstra-Kootstra."),
        ("pn", "De leden van de werkgroep stellen ieder jaar de stageplaatsen voor leerjaar 3 en de "
               "bpv-plaatsen voor leerjaar 4 en 5 beschikbaar, leveren voor elk leerjaar twee "
               "projectopdrachten uit de eigen praktijk (zoals het herinrichten van een dorpsplein of "
               "het onderhoud van een elzensingel), en treden op als opdrachtgever en beoordelaar "
               "bij de presentatie van die projecten."),
        ("pn", "De werkgroep komt driemaal per jaar bijeen met de routeregisseur en adviseert over "
               "de keuzedelen en over de actualiteit van het programma."),
        ("hn", "Leiding van de route"),
        ("pn", "De leiding over de route berust bij het routeoverleg. Het routeoverleg bestaat uit de "
               "locatiedirecteur van de vmbo-school, de opleidingsmanager Groene ruimte van de "
               "mbo-instelling en een routeregisseur, die het overleg voorzit."),
        ("pn", "Het routeoverleg heeft tot taak: het jaarlijks opstellen van het gezamenlijke "
               "programma van toetsing en afsluiting en de onderwijs- en examenregeling per leerjaar, "
               "het rooster en de jaarplanning, de afstemming met de werkgroep, de intake van nieuwe "
               "leerlingen en de begeleiding van leerlingen die de route willen verlaten."),
        ("pn", "Het routeoverleg beslist zelfstandig over de verdeling van de lesuren tussen vmbo- "
               "en mbo-docenten binnen de vastgestelde formatie, over de excursies en over de "
               "besteding van het routebudget. Het routeoverleg beslist niet over benoeming of "
               "ontslag van personeel en niet over de begroting; die besluiten blijven bij het "
               "college van bestuur."),
        ("pn", "De routeregisseur is het aanspreekpunt voor leerlingen, ouders, bedrijven en "
               "collega's en bereidt de vergaderingen van het routeoverleg voor."),
        ("hn", "Rapportage aan het college van bestuur"),
        ("pn", "Het routeoverleg brengt tweemaal per jaar schriftelijk verslag uit aan het college "
               "van bestuur: in januari een voortgangsrapportage en uiterlijk 1 oktober een "
               "jaarrapportage over het afgelopen schooljaar."),
        ("pn", "De jaarrapportage bevat ten minste de aantallen leerlingen per leerjaar, de "
               "uitstroom en de overstappen, de examenresultaten vmbo en mbo, de besteding van het "
               "routebudget en een oordeel van de werkgroep. Het college van bestuur bespreekt de "
               "rapportage met het routeoverleg in het eerstvolgende managementoverleg."),
        ("hn", "Onderwijs, locaties en inzet van medewerkers"),
        ("pn", "Leerjaar 1 en 2 worden gegeven op de locatie Buitenpost; leerlingen werken daarnaast "
               "wekelijks een dag op het buitenterrein en in de machinehal van de locatie "
               "Surhuisterveen. Vanaf leerjaar 3 vindt het onderwijs plaats in Surhuisterveen en bij "
               "de bedrijven."),
        ("pn", "Het programma en de examinering per leerjaar zijn beschreven in het gezamenlijke "
               "PTA/OER, dat het college van bestuur jaarlijks vóór 1 oktober vaststelt. Het centraal "
               "examen vmbo wordt afgenomen in leerjaar 2 van de route."),
        ("pn", "De route wordt verzorgd door één team van vmbo- en mbo-docenten. Voor de "
               "vakoverstijgende onderdelen Groene ruimte en Ontwerpen wordt gewerkt met de "
               "teambevoegdheid; voor elk onderdeel is ten minste één bevoegde docent in het team. "
               "Mbo-docenten geven in leerjaar 2 de lessen landmeten en machinekunde."),
        ("pn", "Machines, de GPS-meetset, de ontwerpstudio en de kassen van beide locaties zijn voor "
               "alle leerlingen en studenten van de route beschikbaar; het routeoverleg maakt het "
               "gebruiksrooster."),
        ("hn", "Overstappen binnen en buiten het AOC"),
        ("pn", "Wil of kan een leerling de route niet afmaken, dan bespreekt het routeoverleg met de "
               "leerling en zijn ouders welk vervolg past bij het bereikte niveau en de leeftijd van "
               "de leerling. Het routeoverleg neemt daarover een besluit."),
        ("pn", "In leerjaar 1 en 2 kan de leerling de reguliere gemengde leerweg Groen in Buitenpost "
               "afmaken of overstappen naar de kaderberoepsgerichte leerweg Groen."),
        ("pn", "Vanaf leerjaar 3 kan de student overstappen naar een andere mbo-opleiding van het "
               "AOC op niveau 3 of 4, mits hij het diploma vmbo gemengde leerweg of kaderberoeps"
               "gerichte leerweg heeft behaald. Een student zonder vmbo-diploma wordt pas tot een "
               "andere mbo-opleiding van het AOC toegelaten nadat hij het vmbo-diploma alsnog heeft "
               "behaald."),
        ("pn", "Kiest de leerling voor een opleiding bij een andere instelling, dan verzorgt de "
               "routeregisseur een warme overdracht."),
        ("hn", "Middelen"),
        ("pn", "Omdat de vmbo-school en de mbo-instelling door hetzelfde bevoegd gezag in stand "
               "worden gehouden, vindt geen overdracht van bekostiging plaats als bedoeld in artikel "
               "5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de route worden gedragen uit de "
               "begroting van het AOC; het routeoverleg beheert een jaarlijks routebudget van "
               "€ 18.000."),
        ("hn", "Slotbepalingen"),
        ("pn", "Het college van bestuur meldt de route aan de minister via RIO."),
        ("pn", "Deze regeling treedt in werking op 1 augustus 2025 en kan worden aangehaald als "
               "Interne regeling DLR Groen - Buitenruimte."),
        ("p", "Vastgesteld te Buitenpost op 17 juni 2025."),
        ("p", "Het college van bestuur van Stichting Agrarisch Opleidingscentrum Noardlik Fryslân, "
              "mr. H. Dijkstra-Veenstra, voorzitter; S. Postma, lid."),
    ]


# ---------------------------------------------------------------------------------- h259 ----
@sample(259, "zeer_kort_geintegreerde_route_maasgouw_helpende_zorg", "txt",
        "Zeer korte platte tekst met tien genummerde punten; geintegreerde route vmbo bb Zorg en "
        "welzijn naar mbo-2 helpende zorg en welzijn, Maasgouw; uitstappers gaan automatisch naar "
        "Entree, geschillen alleen in onderling overleg, niets over geld, niets over "
        "medezeggenschap.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "missing", "h": "not_applicable", "i": "weak", "j": "present"},
        {"a": "1. Welke route",
         "b": "2. Zorg- en welzijnsorganisaties",
         "c": "3. Stuurgroep",
         "d": "4. Verslag aan de besturen",
         "e": "5. Lessen, docenten en lokalen",
         "j": "9. Looptijd, nieuwe partners en aanpassing"})
def h259():
    return [
        ("title", "Samenwerkingsovereenkomst geïntegreerde route Zorg en welzijn - Helpende zorg en "
                  "welzijn"),
        ("p", "Tussen Stichting Onderwijs Maasgouw, bevoegd gezag van Vakcollege Maasbracht (vbo), "
              "en Stichting ROC Midden-Maas te Roermond, beide vertegenwoordigd door de voorzitter "
              "van het college van bestuur. Ingangsdatum 1 augustus 2025."),
        ("h", "1. Welke route"),
        ("p", "Geïntegreerde route vanaf leerjaar 3 van de basisberoepsgerichte leerweg, profiel "
              "Zorg en welzijn, naar de basisberoepsopleiding Helpende zorg en welzijn, niveau 2 "
              "(BOL), domein Zorg en welzijn van het ROC. Er wordt geen vmbo-eindexamen afgenomen; "
              "de route eindigt met het mbo-diploma."),
        ("h", "2. Zorg- en welzijnsorganisaties"),
        ("p", "Zorggroep Maasoever, Kinderopvang De Tolbrug en Thuiszorg Heel-Thorn leveren vanaf "
              "het eerste routejaar een stageplek voor één dag per week, twee praktijkopdrachten "
              "per jaar en een praktijkopleider die de beroepsopdrachten mee beoordeelt."),
        ("h", "3. Stuurgroep"),
        ("p", "De stuurgroep bestaat uit de teamleider bovenbouw van het Vakcollege, de teamleider "
              "Zorg en welzijn van het ROC en een trajectbegeleider. De teamleiders worden door hun "
              "eigen college van bestuur aangewezen; de trajectbegeleider wordt door beide colleges "
              "samen aangewezen. De stuurgroep maakt het rooster, het gezamenlijke OER en de "
              "stageplanning en voert de intake; zij verdeelt zelfstandig de lesuren binnen de "
              "formatie. Personeelszaken blijven bij de besturen."),
        ("h", "4. Verslag aan de besturen"),
        ("p", "De stuurgroep stuurt beide colleges vóór 1 oktober een jaarverslag (instroom, "
              "uitval, diploma's, stageplekken) en licht dat toe in het bestuurlijk overleg in "
              "oktober en maart."),
        ("h", "5. Lessen, docenten en lokalen"),
        ("p", "Routejaar 1 en 2 op het Vakcollege, routejaar 3 op het ROC, locatie Roermond. Eén "
              "team van drie vmbo- en twee mbo-docenten, met teambevoegdheid voor de modules Zorg en "
              "Welzijn; ROC-docenten geven in routejaar 2 zes uur per week op het Vakcollege. Het "
              "Vakcollege stelt zijn praktijklokaal zorg beschikbaar, het ROC zijn skillslab. Het "
              "programma en de examinering per leerjaar staan in het gezamenlijke OER."),
        ("h", "6. Stoppen met de route"),
        ("p", "Stopt een leerling met de geïntegreerde route, om welke reden ook, dan stroomt hij "
              "door naar de Entreeopleiding van ROC Midden-Maas."),
        ("h", "7. Geschillen"),
        ("p", "Verschillen van inzicht over deze afspraken lossen partijen in onderling overleg op."),
        ("h", "8. Melding"),
        ("p", "Beide partijen melden de route in RIO vóór 1 oktober 2025."),
        ("h", "9. Looptijd, nieuwe partners en aanpassing"),
        ("p", "Onbepaalde tijd. Opzeggen kan alleen schriftelijk, tegen 1 augustus, met twaalf "
              "maanden opzegtermijn; daarna geen nieuwe instroom, en wie al in de route zit maakt "
              "die bij beide partijen af. Een andere vbo-school of mbo-instelling kan aansluiten als "
              "beide partijen schriftelijk instemmen en de nieuwe partner een addendum tekent. "
              "Wijzigingen alleen schriftelijk en door beide partijen getekend; ze gelden niet ten "
              "nadele van leerlingen die al in de route zitten."),
        ("h", "10. Ondertekening"),
        ("p", "Roermond, 26 juni 2025. Voor Stichting Onderwijs Maasgouw: drs. M. Hermans-Smeets. "
              "Voor Stichting ROC Midden-Maas: ir. J. Janssen."),
    ]


# ---------------------------------------------------------------------------------- h260 ----
@sample(260, "consortium_drie_partijen_lang_dalfsen_gww", "docx",
        "Lange DOCX met hoofdstukken en artikelen in kopstijlen; consortium van twee vmbo-scholen en "
        "een ROC, Dalfsen/Nieuwleusen, vmbo kb Bouwen, wonen en interieur naar mbo-3 allround "
        "vakman gww; geschillenregeling uitgesteld, slotartikel uitvoerig maar zonder bescherming "
        "van leerlingen.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "weak", "j": "weak"},
        {"a": "Artikel 3 Inhoud van de route",
         "b": "Artikel 5 Aannemers, waterschap en gemeenten als opleiders",
         "c": "Artikel 6 De routeraad",
         "d": "Artikel 7 Rapportage en bestuurlijk overleg",
         "e": "Hoofdstuk 4 Uitvoering van het onderwijs",
         "f": "Artikel 13 Leerlingen die de route verlaten",
         "g": "Artikel 14 Bijdrage van de scholen aan het ROC",
         "h": "Artikel 15 Inspraak van leerlingen, studenten, ouders en personeel"},
        author="Projectbureau Vakroute Infra Vechtdal",
        title="Samenwerkingsovereenkomst Vakroute Infra Dalfsen-Nieuwleusen")
def h260():
    return [
        ("title", "Samenwerkingsovereenkomst Vakroute Infra"),
        ("sub", "Doorlopende leerroute vmbo-mbo Bouwen, wonen en interieur - Allround vakman gww "
                "(niveau 3)"),
        ("p", "Versie 2.0 (definitief), 20 juni 2025"),
        ("h", "Partijen"),
        ("p", "1. Stichting Christelijk Voortgezet Onderwijs Dalfsen-Lemelerveld, gevestigd te "
              "Dalfsen, bevoegd gezag van het Ter Horst College, school voor vbo en mavo, hierbij "
              "vertegenwoordigd door de heer A.J. Mulder, voorzitter van het college van bestuur, "
              "hierna: Ter Horst College;"),
        ("p", "2. Stichting Openbaar Voortgezet Onderwijs Salland-Noord, gevestigd te Nieuwleusen, "
              "bevoegd gezag van het Nieuwleusen Vakcollege, school voor vbo, hierbij "
              "vertegenwoordigd door mevrouw drs. E.H. Schuurman, directeur-bestuurder, hierna: het "
              "Vakcollege;"),
        ("p", "3. Stichting Regionaal Opleidingencentrum IJssel-Vecht, gevestigd te Zwolle, bevoegd "
              "gezag van ROC IJssel-Vecht, hierbij vertegenwoordigd door de heer dr. R. Bosch, lid "
              "van het college van bestuur, hierna: het ROC;"),
        ("p", "Ter Horst College en het Vakcollege hierna samen ook: de scholen; de scholen en het "
              "ROC samen: partijen."),
        ("h", "Overwegingen"),
        ("p", "A. Partijen werken sinds 2019 samen in de vakmanschapsroute Bouw van het Vechtdal. "
              "Met deze overeenkomst zetten zij die samenwerking voort als doorlopende leerroute in "
              "de zin van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB, gericht op de grond-, weg- "
              "en waterbouw (gww)."),
        ("p", "B. In de regio is een groot tekort aan vakmensen in de infra; door de dijkversterking "
              "langs de Vecht en de vervanging van riolering in de kernen blijft die vraag de "
              "komende tien jaar bestaan."),
        ("p", "C. Een doorlopende route biedt leerlingen die graag buiten en met machines werken "
              "een herkenbare weg naar een vak, zonder dubbel werk en zonder knip tussen vmbo en mbo."),
        ("p", "D. De medezeggenschapsorganen van partijen zijn over het voornemen tot deze "
              "samenwerking om advies gevraagd en hebben positief geadviseerd."),
        ("p", "Partijen komen het volgende overeen."),
        ("h", "Hoofdstuk 1 Algemeen"),
        ("h2", "Artikel 1 Begrippen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("li", "Vakroute Infra: de doorlopende leerroute die partijen op grond van deze "
               "overeenkomst verzorgen;"),
        ("li", "routejaar: een leerjaar van de Vakroute Infra; routejaar 1 is het derde leerjaar "
               "van het vmbo;"),
        ("li", "deelnemer: een leerling of student die aan de Vakroute Infra deelneemt;"),
        ("li", "routeraad: de leiding over de Vakroute Infra, bedoeld in artikel 6;"),
        ("li", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
               "examenregeling voor de hele route;"),
        ("li", "besturen: de bevoegde gezagsorganen van partijen."),
        ("h2", "Artikel 2 Doel"),
        ("p", "Partijen verzorgen gezamenlijk een doorlopende leerroute waarin vmbo- en mbo-stof als "
              "één geheel worden aangeboden, zodat deelnemers in vijf jaar een vmbo-diploma en een "
              "mbo-diploma op niveau 3 behalen."),
        ("h2", "Artikel 3 Inhoud van de route"),
        ("p", "1. De Vakroute Infra start in het derde leerjaar van de kaderberoepsgerichte leerweg, "
              "profiel Bouwen, wonen en interieur (BWI), op beide scholen. In het beroepsgerichte "
              "programma van routejaar 1 en 2 kiezen de deelnemers de keuzevakken Infra en "
              "Bestratingen en Meten en uitzetten."),
        ("p", "2. Het mbo-deel leidt op voor de kwalificatie Allround vakman gww, niveau 3, uit het "
              "kwalificatiedossier Vakman gww, in het opleidingsdomein Bouw en infra van het ROC, "
              "college Bouw & Infra te Zwolle. De opleiding wordt in de beroepsopleidende leerweg "
              "aangeboden."),
        ("p", "3. Partijen kunnen in onderling overleg een tweede kwalificatie uit hetzelfde domein "
              "toevoegen; dat gebeurt door wijziging van deze overeenkomst."),
        ("h2", "Artikel 4 Melding"),
        ("p", "Partijen melden de Vakroute Infra gezamenlijk aan de minister door registratie in "
              "RIO. Iedere school registreert de route voor haar eigen vestiging; het ROC "
              "registreert de opleiding. De eerste registratie vindt plaats vóór 1 oktober 2025."),
        ("h2", "Artikel 5 Aannemers, waterschap en gemeenten als opleiders"),
        ("p", "1. De Vakroute Infra wordt samen met het werkveld vormgegeven. Partijen hebben "
              "daarover afspraken gemaakt met de Vereniging Infrabedrijven Vechtdal, waarbij onder "
              "meer Stegeman Grond- en Wegenbouw, Kroeze Infra en Rioleringsbedrijf Van der Vegt "
              "zijn aangesloten, met het Waterschap Vecht en Reest en met de gemeenten Dalfsen en "
              "Staphorst-Noord."),
        ("p", "2. De aangesloten bedrijven en overheden:"),
        ("li", "nemen in routejaar 1 en 2 per klas ten minste drie keer per jaar deelnemers mee naar "
               "een werk in uitvoering en geven op het werk uitleg;"),
        ("li", "leveren per routejaar ten minste één levensechte opdracht, bijvoorbeeld het "
               "uitzetten en bestraten van een parkeerterrein op het eigen depot;"),
        ("li", "bieden in routejaar 3 tot en met 5 de beroepspraktijkvormingsplaatsen als erkend "
               "leerbedrijf en wijzen per deelnemer een praktijkopleider aan;"),
        ("li", "leveren twee leden voor de examencommissie-praktijk, die de proeve van bekwaamheid "
               "mee beoordelen;"),
        ("li", "vaardigen twee vertegenwoordigers af naar het werkveldoverleg, dat in oktober en "
               "april plaatsvindt en waarin het programma, de keuzedelen en de machines worden "
               "besproken."),
        ("p", "3. Het ROC sluit voor iedere bpv-periode de praktijkovereenkomst met het leerbedrijf "
              "en de student."),
        ("h", "Hoofdstuk 2 Leiding en verantwoording"),
        ("h2", "Artikel 6 De routeraad"),
        ("p", "1. De leiding over de Vakroute Infra berust bij de routeraad. De routeraad bestaat "
              "uit:"),
        ("li", "de afdelingsleider bovenbouw beroepsgericht van het Ter Horst College;"),
        ("li", "de afdelingsleider techniek van het Vakcollege;"),
        ("li", "de onderwijsmanager Infra van het ROC, die de routeraad voorzit;"),
        ("li", "de routecoördinator, als secretaris zonder stemrecht."),
        ("p", "2. Ieder bestuur wijst het eigen lid van de routeraad aan en kan die aanwijzing "
              "intrekken. De routecoördinator wordt na een gezamenlijke selectieprocedure door de "
              "drie besturen samen benoemd, voor onbepaalde tijd, en is in dienst van het ROC."),
        ("p", "3. De besturen dragen de routeraad op:"),
        ("li", "het jaarlijks opstellen van het PTA/OER en van het jaarrooster;"),
        ("li", "de verdeling van de lessen over de docenten van partijen;"),
        ("li", "de toelating van nieuwe deelnemers tot de route, volgens de toelatingsprocedure in "
               "bijlage 2;"),
        ("li", "het onderhouden van de contacten met het werkveld;"),
        ("li", "het beheer van het routebudget."),
        ("p", "4. De routeraad is bevoegd om binnen het vastgestelde routebudget en de formatie "
              "zelfstandig besluiten te nemen over de onderwerpen genoemd in lid 3, met uitzondering "
              "van de vaststelling van het PTA/OER, die aan de besturen is voorbehouden. De "
              "routeraad besluit bij meerderheid van stemmen."),
        ("h2", "Artikel 7 Rapportage en bestuurlijk overleg"),
        ("p", "1. De routeraad stuurt de drie besturen na afloop van ieder kwartaal een beknopte "
              "voortgangsrapportage met de actuele aantallen deelnemers per routejaar, de uitval, "
              "de besteding van het routebudget en knelpunten."),
        ("p", "2. Vóór 15 oktober van ieder jaar stelt de routeraad een jaarverslag over het "
              "afgelopen schooljaar op, met de resultaten van de examens vmbo en mbo, de "
              "overstappen, een evaluatie door deelnemers en werkveld en een voorstel voor het "
              "routebudget van het volgende jaar."),
        ("p", "3. Het jaarverslag wordt besproken in het bestuurlijk overleg van de drie besturen, "
              "dat ieder jaar in november plaatsvindt. De routeraad beantwoordt vragen van een "
              "bestuur binnen twee weken en stuurt het antwoord ook aan de andere besturen."),
        ("h", "Hoofdstuk 3 Deelnemers"),
        ("h2", "Artikel 8 Toelating en inschrijving"),
        ("p", "1. Leerlingen van het tweede leerjaar van beide scholen kunnen zich voor de route "
              "aanmelden. Toelating volgt op een loopbaangesprek en een meeloopdag."),
        ("p", "2. In routejaar 1 en 2 staan de deelnemers ingeschreven bij hun eigen school; vanaf "
              "routejaar 3 bij het ROC. Het ROC schrijft de deelnemer in zodra hij routejaar 3 "
              "begint; wie het vmbo-diploma dan nog niet heeft, blijft voor het vmbo-examen "
              "ingeschreven bij de eigen school."),
        ("h2", "Artikel 9 Begeleiding en verzuim"),
        ("p", "Iedere deelnemer heeft een mentor van de eigen school in routejaar 1 en 2 en een "
              "studieloopbaanbegeleider van het ROC vanaf routejaar 3; in routejaar 2 zijn beiden "
              "betrokken. Verzuim wordt gemeld bij de instelling waar de deelnemer is ingeschreven."),
        ("h", "Hoofdstuk 4 Uitvoering van het onderwijs"),
        ("h2", "Artikel 10 Programma, examens en locaties"),
        ("p", "1. Het onderwijsprogramma en de examinering per routejaar zijn vastgelegd in het "
              "PTA/OER (bijlage 1). Daarin is per onderdeel aangegeven of het tot het vmbo, tot het "
              "mbo of tot beide behoort. Het centraal examen vmbo wordt in routejaar 2 afgenomen; "
              "de scholen blijven verantwoordelijk voor de vmbo-examinering en -diplomering, het "
              "ROC voor die van het mbo."),
        ("p", "2. Routejaar 1 en 2 worden op de eigen school gegeven. Eén dag per week volgen de "
              "deelnemers van beide scholen samen praktijkonderwijs op het buitenterrein van het "
              "Vakcollege in Nieuwleusen, dat daarvoor is ingericht met een bestratingsveld en een "
              "rioleringsbak. Vanaf routejaar 3 vindt het onderwijs plaats op het ROC in Zwolle en "
              "bij de leerbedrijven."),
        ("h2", "Artikel 11 Docenten"),
        ("p", "1. De route wordt verzorgd door één docententeam, samengesteld uit docenten van de "
              "drie partijen. Elke school levert ten minste twee docenten voor het beroepsgerichte "
              "deel; het ROC levert twee docenten gww die in routejaar 2 acht lesuren per week op "
              "het buitenterrein verzorgen."),
        ("p", "2. Voor de vakoverstijgende onderdelen Infra-praktijk en Meten en uitzetten werkt het "
              "team met de teambevoegdheid van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. In het "
              "PTA/OER staat bij welke onderdelen het team wordt ingezet; voor elk onderdeel is ten "
              "minste één bevoegde docent lid van het team."),
        ("p", "3. Docenten blijven in dienst van hun eigen werkgever. Wordt een docent van het ROC "
              "op een school ingezet, dan volgt hij daar de huisregels en het veiligheidsprotocol."),
        ("p", "4. Het team heeft jaarlijks twee gezamenlijke studiedagen, georganiseerd door de "
              "routecoördinator."),
        ("h2", "Artikel 12 Gebouwen, terrein en materieel"),
        ("p", "1. Het Vakcollege stelt het buitenterrein en de bijbehorende loods op de praktijkdag "
              "beschikbaar aan de deelnemers van beide scholen."),
        ("p", "2. Het ROC stelt zijn meetapparatuur (GPS-rover, waterpasinstrumenten), de "
              "minigraver-simulator en, in routejaar 2, op vijf dagen per jaar de machinehal in "
              "Zwolle beschikbaar."),
        ("p", "3. Persoonlijke beschermingsmiddelen worden in routejaar 1 en 2 door de eigen school "
              "verstrekt, daarna door het ROC."),
        ("p", "4. Iedere partij is verzekerd voor de aansprakelijkheid voor schade die deelnemers "
              "lijden of veroorzaken op haar terrein."),
        ("h", "Hoofdstuk 5 Overstap, geld en inspraak"),
        ("h2", "Artikel 13 Leerlingen die de route verlaten"),
        ("p", "1. Een deelnemer die de route niet afmaakt, krijgt altijd een passende plek waar hij "
              "een diploma kan halen. Welke plek dat is, bepalen de afdelingsleider van de eigen "
              "school en de onderwijsmanager Infra samen, nadat zij met de deelnemer en zijn ouders "
              "hebben gesproken, op grond van wat de deelnemer al heeft bereikt en zijn leeftijd."),
        ("p", "2. Stopt een deelnemer in routejaar 1 of 2, dan gaat hij verder in de reguliere "
              "kaderberoepsgerichte leerweg BWI of een ander profiel op de eigen school."),
        ("p", "3. Stopt een deelnemer vanaf routejaar 3, dan kan hij binnen het ROC kiezen voor een "
              "andere opleiding op niveau 3, zoals Allround timmerman of Allround metselaar, of voor "
              "Vakman gww op niveau 2. Vooropleidingseisen gelden dan niet."),
        ("p", "4. Heeft een deelnemer aan het einde van routejaar 3 zijn vmbo-diploma niet, dan kan "
              "hij de mbo-opleiding toch voortzetten, of een extra jaar op de eigen school doen om "
              "het diploma alsnog te halen; de keuze wordt volgens lid 1 gemaakt."),
        ("p", "5. Wil een deelnemer naar een andere instelling, dan geeft het ROC hem een "
              "studieadvies mee voor het geschiktheidsonderzoek."),
        ("h2", "Artikel 14 Bijdrage van de scholen aan het ROC"),
        ("p", "1. Met toepassing van artikel 5.42a WVO 2020 draagt iedere school voor elke deelnemer "
              "in routejaar 2 een bedrag van € 950 per schooljaar van de ontvangen bekostiging over "
              "aan het ROC."),
        ("p", "2. Het ROC besteedt dit bedrag aan de lesuren die de ROC-docenten in routejaar 2 op "
              "de scholen verzorgen en aan het gebruik van de machinehal en de meetapparatuur."),
        ("p", "3. Het ROC factureert in januari op basis van de telling van 1 oktober. Voor het "
              "overige dragen partijen hun eigen kosten; het routebudget van € 12.000 per jaar wordt "
              "door partijen gelijkelijk gedragen."),
        ("h2", "Artikel 15 Inspraak van leerlingen, studenten, ouders en personeel"),
        ("p", "1. Voor deelnemers die bij een school staan ingeschreven en hun ouders geldt de "
              "medezeggenschap van die school (WMS); voor deelnemers in het mbo geldt de "
              "studentenraad van het ROC (WEB). Bovenop die regels spreken partijen het volgende af."),
        ("p", "2. Er is een klankbordgroep Vakroute Infra, bestaande uit één ouder- of "
              "leerlinglid uit de medezeggenschapsraad van elke school, twee leden van de "
              "studentenraad van het college Bouw & Infra en één personeelslid per partij. De "
              "klankbordgroep komt tweemaal per jaar bijeen met de routeraad."),
        ("p", "3. Voordat de besturen het PTA/OER of het routebudget vaststellen, vragen zij de "
              "klankbordgroep om advies. Het advies wordt aan de medezeggenschapsraden en de "
              "studentenraad doorgestuurd."),
        ("h", "Hoofdstuk 6 Slotbepalingen"),
        ("h2", "Artikel 16 Geschillen"),
        ("p", "Partijen stellen binnen zes maanden na ondertekening gezamenlijk een regeling vast "
              "voor de beslechting van geschillen over de uitvoering van deze overeenkomst, die als "
              "bijlage 4 aan deze overeenkomst wordt gehecht. Tot die tijd treden partijen bij een "
              "geschil met elkaar in overleg."),
        ("h2", "Artikel 17 Duur, toetreding, wijziging en opzegging"),
        ("p", "1. Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("p", "2. Een andere school voor vbo of mavo in de regio Vechtdal kan tot deze overeenkomst "
              "toetreden, mits (a) zij de kaderberoepsgerichte leerweg BWI aanbiedt, (b) zij beschikt "
              "over een praktijkruimte die geschikt is voor infra-onderwijs of gebruik kan maken "
              "van die van het Vakcollege, (c) alle partijen schriftelijk instemmen, en (d) zij een "
              "toetredingsverklaring ondertekent waarin zij alle rechten en plichten uit deze "
              "overeenkomst aanvaardt. Dezelfde voorwaarden gelden voor een andere instelling voor "
              "beroepsonderwijs. De toetredende partij meldt de route in RIO."),
        ("p", "3. Wijzigingen van deze overeenkomst en van de bijlagen worden schriftelijk "
              "vastgelegd en door alle partijen ondertekend. Een voorstel tot wijziging kan door "
              "iedere partij en door de routeraad worden gedaan."),
        ("p", "4. Iedere partij kan de overeenkomst voor zichzelf opzeggen bij aangetekende brief "
              "aan de andere partijen, met een opzegtermijn van zes maanden, tegen de eerste dag "
              "van een kalendermaand. Een partij kan de overeenkomst voor zichzelf ontbinden "
              "wanneer een andere partij haar verplichtingen ernstig en herhaald niet nakomt."),
        ("p", "5. Zegt één partij op, dan eindigt de overeenkomst alleen voor die partij en zetten "
              "de overige partijen haar voort, zolang ten minste één school en het ROC partij zijn. "
              "Zegt het ROC op, dan eindigt de overeenkomst voor alle partijen."),
        ("h2", "Artikel 18 Bijlagen en ondertekening"),
        ("p", "Bijlagen: 1 PTA/OER Vakroute Infra 2025-2026; 2 toelatingsprocedure; 3 lijst van "
              "aangesloten werkveldpartners."),
        ("p", "Aldus in drievoud getekend te Dalfsen op 20 juni 2025."),
        ("p", "A.J. Mulder, Stichting Christelijk Voortgezet Onderwijs Dalfsen-Lemelerveld"),
        ("p", "drs. E.H. Schuurman, Stichting Openbaar Voortgezet Onderwijs Salland-Noord"),
        ("p", "dr. R. Bosch, Stichting Regionaal Opleidingencentrum IJssel-Vecht"),
    ]


# ---------------------------------------------------------------------------------- h261 ----
@sample(261, "paragrafen_kan_mag_bevoegdheden_zundert_commercie", "pdf",
        "PDF met paragraafkoppen, bevoegdheden geformuleerd met kan en mag, nominale stijl; "
        "Zundert, vmbo gl Economie en ondernemen naar mbo-4 junior accountmanager; volledig in "
        "orde, overdracht met bedrag en doel; medezeggenschap alleen wettelijke beschrijving.",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
        {"a": "§ 2 Route en diploma's",
         "b": "§ 4 Rol van de partnerbedrijven",
         "c": "§ 5 Kernploeg",
         "d": "§ 6 Rekenschap aan de colleges",
         "e": "§ 7 Uitvoering",
         "f": "§ 8 Wisselen van koers",
         "g": "§ 9 Overheveling van middelen",
         "i": "§ 11 Verschil van mening tussen partijen",
         "j": "§ 12 Aansluiting, aanpassing en beëindiging"},
        header="Route Handel & Export Zundert - samenwerkingsovereenkomst",
        footer="Wildert Vakcollege / ROC Markiezaat")
def h261():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Handel & Export"),
        ("sub", "vmbo gemengde leerweg Economie en ondernemen - mbo niveau 4 Junior accountmanager"),
        ("h", "§ 1 Partijen"),
        ("p", "Stichting Katholiek Voortgezet Onderwijs Zundert-Rucphen, bevoegd gezag van het "
              "Wildert Vakcollege te Zundert (vbo en mavo), vertegenwoordigd door de heer drs. "
              "L.P.M. van Gorp, voorzitter van het college van bestuur (hierna: de school), en "
              "Stichting Regionaal Opleidingencentrum Markiezaat, bevoegd gezag van ROC Markiezaat "
              "te Etten-Leur, vertegenwoordigd door mevrouw M.C. Verschuren MSc, voorzitter van het "
              "college van bestuur (hierna: het ROC), spreken het volgende af."),
        ("h", "§ 2 Route en diploma's"),
        ("p", "Onderwerp van deze overeenkomst is de doorlopende leerroute Handel & Export, met "
              "aanvang in het derde leerjaar van de gemengde leerweg van de school, profiel Economie "
              "en ondernemen. Afsluiting van de route vindt plaats met het diploma vmbo gemengde "
              "leerweg en het mbo-diploma Junior accountmanager, niveau 4, kwalificatiedossier "
              "Commercie, opleidingsdomein Handel en ondernemerschap van het ROC (BOL). Eerste "
              "instroom: schooljaar 2025-2026."),
        ("h", "§ 3 Melding"),
        ("p", "Registratie van de route in RIO door beide partijen, ieder voor het eigen deel, vóór "
              "1 oktober 2025."),
        ("h", "§ 4 Rol van de partnerbedrijven"),
        ("p", "4.1 Inbreng van het werkveld loopt via Ondernemersvereniging Zundert Zakelijk en drie "
              "vaste partnerbedrijven: Boomkwekerij Van den Oever Export B.V., Tuincentrum De "
              "Pannenhoef en Handelsonderneming Zundert Plant Logistics."),
        ("p", "4.2 De partnerbedrijven leveren in routejaar 1 en 2 per semester een "
              "bedrijfscase voor het vak Ondernemen, met een medewerker die de presentaties van "
              "de leerlingen mee beoordeelt. Vanaf routejaar 3 bieden zij samen ten minste twaalf "
              "bpv-plaatsen per cohort en begeleiden zij de exportstage."),
        ("p", "4.3 Twee vertegenwoordigers van de ondernemersvereniging vormen met de kernploeg de "
              "werkveldraad. De werkveldraad mag het programma jaarlijks toetsen aan de praktijk en "
              "kan voorstellen doen voor keuzedelen; de kernploeg is verplicht daarop binnen zes "
              "weken schriftelijk te reageren."),
        ("h", "§ 5 Kernploeg"),
        ("p", "5.1 Leiding over de route: de kernploeg, bestaande uit de teamleider bovenbouw "
              "Economie en ondernemen van de school, de opleidingsmanager Commercie van het ROC en "
              "een routecoördinator."),
        ("p", "5.2 Aanwijzing van de teamleider en de opleidingsmanager als lid van de kernploeg "
              "geschiedt door het college van bestuur van de eigen partij. Aanstelling van de "
              "routecoördinator geschiedt door beide colleges gezamenlijk, op voordracht van de "
              "teamleider en de opleidingsmanager, voor de duur van vier schooljaren."),
        ("p", "5.3 De kernploeg mag zelfstandig besluiten over het rooster, de inzet van docenten "
              "binnen de door de colleges toegekende formatie, de toelating van leerlingen tot de "
              "route, de plaatsing in de bpv en uitgaven uit het routebudget tot € 7.500 per "
              "schooljaar. De kernploeg kan een ontwerp-PTA/OER vaststellen en ter goedkeuring aan "
              "de colleges voorleggen. Voor al het andere, waaronder de begroting en "
              "arbeidsrechtelijke besluiten, is de instemming van de colleges vereist."),
        ("h", "§ 6 Rekenschap aan de colleges"),
        ("p", "6.1 Schriftelijke rapportage door de kernploeg aan beide colleges vóór 1 december "
              "(over het afgelopen schooljaar: instroom, doorstroom, uitval, overstappen, "
              "examenresultaten, besteding routebudget, oordeel werkveldraad) en vóór 1 juni "
              "(tussenstand lopend jaar)."),
        ("p", "6.2 Bespreking van beide rapportages in een verantwoordingsgesprek tussen de "
              "kernploeg en een vertegenwoordiging van beide colleges, binnen een maand na "
              "ontvangst. Elk college mag daarnaast op ieder moment inlichtingen vragen; de "
              "kernploeg verstrekt die aan beide colleges tegelijk."),
        ("h", "§ 7 Uitvoering"),
        ("p", "7.1 Locaties: routejaar 1 en 2 op het Wildert Vakcollege, met vanaf routejaar 2 "
              "wekelijks een dagdeel in het Ondernemerslab van het ROC te Etten-Leur; routejaar 3 "
              "tot en met 5 op het ROC en bij de partnerbedrijven."),
        ("p", "7.2 Programma: vastlegging van het onderwijsprogramma en de examinering per "
              "routejaar in een gezamenlijk PTA/OER, met per onderdeel de vermelding vmbo, mbo of "
              "gecombineerd. Centraal examen vmbo in routejaar 2; vmbo-diplomering door de school, "
              "mbo-examinering en -diplomering door het ROC."),
        ("p", "7.3 Personeel: één routeteam van drie docenten van de school en twee docenten "
              "Commercie van het ROC. Voor de vakoverstijgende leerlijn Handel & Export mag het "
              "team gebruikmaken van de teambevoegdheid (art. 7.13a WVO 2020 / art. 9.1.12 WEB), "
              "mits per onderdeel een bevoegde docent in het team zit. ROC-docenten verzorgen in "
              "routejaar 2 vier lesuren per week op de school. Alle docenten blijven in dienst van "
              "hun eigen werkgever."),
        ("p", "7.4 Faciliteiten: de leerlingen mogen het Ondernemerslab (webshopomgeving, "
              "kassasysteem, CRM-software) van het ROC gebruiken; ROC-docenten mogen de "
              "praktijklokalen en de schoolwinkel van de school gebruiken. Beide partijen geven "
              "elkaars docenten toegang tot de eigen elektronische leeromgeving."),
        ("p", "7.5 Klachten: een klacht over gedrag van een medewerker van de andere partij kan "
              "worden ingediend bij de partij waar de leerling is ingeschreven; die partij "
              "behandelt de klacht in samenwerking met de andere partij."),
        ("h", "§ 8 Wisselen van koers"),
        ("p", "8.1 Bij beëindiging van de deelname aan de route vóór de afronding: beslissing over "
              "het vervolg door de teamleider en de opleidingsmanager gezamenlijk, na een gesprek "
              "met de leerling en de ouders, op basis van het bereikte onderwijsniveau en de "
              "leeftijd van de leerling."),
        ("p", "8.2 Een leerling in routejaar 1 of 2 kan de reguliere gemengde leerweg of de "
              "kaderberoepsgerichte leerweg Economie en ondernemen op de school afmaken."),
        ("p", "8.3 Een student vanaf routejaar 3 kan binnen het ROC doorstromen naar een andere "
              "opleiding in het domein Handel en ondernemerschap op niveau 4 of 3, bijvoorbeeld "
              "Manager retail of Commercieel medewerker, zonder dat vooropleidingseisen worden "
              "gesteld; ook een overstap naar een opleiding in een ander domein is mogelijk."),
        ("p", "8.4 Een leerling die aan het eind van routejaar 3 geen vmbo-diploma heeft, mag de "
              "mbo-opleiding voortzetten of kan het vmbo-examen in een extra jaar op de school "
              "afleggen; de beslissing valt onder 8.1."),
        ("h", "§ 9 Overheveling van middelen"),
        ("p", "9.1 Overdracht door de school aan het ROC, met toepassing van art. 5.42a WVO 2020, "
              "van € 1.100 per leerling in routejaar 2, op basis van de telling per 1 oktober."),
        ("p", "9.2 Bestemming: bekostiging van de vier lesuren per week die ROC-docenten in "
              "routejaar 2 op de school verzorgen en van het gebruik van het Ondernemerslab. "
              "Verdere overdracht van bekostiging vindt niet plaats."),
        ("h", "§ 10 Medezeggenschap"),
        ("p", "In de vo-fase is de Wet medezeggenschap op scholen van toepassing, in de mbo-fase "
              "gelden de regels van de WEB en de Wet op de ondernemingsraden. Partijen kunnen "
              "aanvullende afspraken over medezeggenschap maken."),
        ("h", "§ 11 Verschil van mening tussen partijen"),
        ("p", "11.1 Bespreking van een geschil over de uitvoering van deze overeenkomst eerst in de "
              "kernploeg en, bij uitblijven van een oplossing binnen een maand, tussen de beide "
              "voorzitters van de colleges van bestuur."),
        ("p", "11.2 Is het geschil daarna niet binnen zes weken opgelost, dan kan elke partij het "
              "voorleggen aan een commissie van drie leden: één lid per partij aangewezen en een "
              "voorzitter die door die twee leden wordt gekozen. De commissie brengt binnen acht "
              "weken een bindend advies uit; partijen zijn daaraan gebonden."),
        ("h", "§ 12 Aansluiting, aanpassing en beëindiging"),
        ("p", "12.1 Een andere school voor vbo of mavo of een andere instelling kan tot deze "
              "overeenkomst toetreden bij schriftelijke instemming van beide partijen en "
              "ondertekening van een toetredingsakte, met ingang van een nieuw schooljaar; de "
              "toetreder meldt zich in RIO."),
        ("p", "12.2 Aanpassing van deze overeenkomst mag alleen schriftelijk en met handtekening "
              "van beide colleges; een aanpassing van het programma geldt alleen voor nieuwe "
              "cohorten, tenzij de kernploeg vaststelt dat zittende leerlingen er geen nadeel van "
              "hebben."),
        ("p", "12.3 Elke partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een "
              "schooljaar, met een opzegtermijn van ten minste één jaar. Bij ernstige "
              "wanprestatie kan de andere partij de overeenkomst ontbinden."),
        ("p", "12.4 Na opzegging of ontbinding: geen nieuwe instroom meer; leerlingen die al in de "
              "route zitten, mogen haar bij beide partijen afmaken en de partijen blijven daarvoor "
              "de nodige docenten en faciliteiten inzetten."),
        ("h", "§ 13 Ondertekening"),
        ("p", "Zundert, 19 juni 2025"),
        ("p", "drs. L.P.M. van Gorp, Stichting Katholiek Voortgezet Onderwijs Zundert-Rucphen"),
        ("p", "M.C. Verschuren MSc, Stichting Regionaal Opleidingencentrum Markiezaat"),
    ]


# ---------------------------------------------------------------------------------- h262 ----
@sample(262, "projectleider_wij_vorm_uithoorn_logistiek", "md",
        "Markdown in gewone taal (wij-vorm), opgesteld door een projectleider; Uithoorn, vmbo bb "
        "Mobiliteit en transport naar mbo-2 logistiek medewerker; verantwoording alleen als "
        "herhaling van de wet, overdracht van bekostiging zonder bedrag, medezeggenschap als "
        "niet-ingevulde plaatshouder.",
        {"a": "present", "b": "present", "c": "present", "d": "weak", "e": "present",
         "f": "present", "g": "weak", "h": "weak", "i": "present", "j": "present"},
        {"a": "Om welke route gaat het?",
         "b": "Wat doen de bedrijven?",
         "c": "Wie leidt de route?",
         "e": "Hoe ziet het onderwijs eruit?",
         "f": "Wat als een leerling wil of moet stoppen?",
         "i": "Als we het niet eens worden",
         "j": "Nieuwe partners, wijzigen en stoppen"})
def h262():
    return [
        ("title", "Samenwerkingsovereenkomst Logistiekroute Uithoorn"),
        ("sub", "Doorlopende leerroute vmbo-mbo - vastgesteld door beide besturen op 23 juni 2025"),
        ("p", "**Wie tekenen?** Stichting Openbaar Voortgezet Onderwijs Amstelscheg, het bestuur "
              "van het Thamen Vakcollege in Uithoorn (vbo), en Stichting ROC Groot-Amstel, het "
              "bestuur van ROC Groot-Amstel met de Logistiek Campus in Aalsmeer. Hieronder noemen we "
              "ze *de school* en *het ROC*, en samen *wij*."),
        ("p", "Deze tekst is opgesteld door de projectleider van de route, Nadia El Amrani, en "
              "besproken met de teamleiders en de besturen. We hebben geprobeerd alles in gewone "
              "taal op te schrijven."),
        ("h", "Om welke route gaat het?"),
        ("p", "De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel "
              "Mobiliteit en transport, op het Thamen Vakcollege. Leerlingen halen eerst hun "
              "vmbo-diploma basis en daarna het mbo-diploma Logistiek medewerker (niveau 2, BOL), "
              "uit het opleidingsdomein Transport, scheepvaart en logistiek van het ROC. De route "
              "duurt vier jaar."),
        ("h", "Wat doen de bedrijven?"),
        ("p", "We werken samen met drie bedrijven uit de sierteeltlogistiek: Floriport Logistics "
              "(Aalsmeer), Koel- en Vrieshuis De Kwakel en Transportbedrijf Van Leeuwen "
              "(Kudelstaart). Zij hebben toegezegd dat ze:"),
        ("li", "elk jaar alle leerlingen van leerjaar 1 van de route een dag laten meelopen in het "
               "distributiecentrum;"),
        ("li", "in leerjaar 2 de heftruckinstructie op hun eigen terrein verzorgen, met een eigen "
               "instructeur;"),
        ("li", "vanaf leerjaar 3 samen minstens vijftien bpv-plaatsen per jaar aanbieden en per "
               "student een praktijkopleider aanwijzen;"),
        ("li", "twee keer per jaar met ons om tafel gaan om te kijken of het programma nog "
               "aansluit bij wat er in de magazijnen gebeurt."),
        ("h", "Wie leidt de route?"),
        ("p", "De route wordt geleid door een routeteam van drie mensen: de teamleider bovenbouw "
              "van de school, de teamleider logistiek van het ROC en de projectleider. Het bestuur "
              "van de school wijst zijn teamleider aan, het bestuur van het ROC de zijne; de "
              "projectleider wordt door de twee besturen samen benoemd, voor twee jaar."),
        ("p", "Het routeteam mag:"),
        ("li", "het rooster en de jaarplanning maken;"),
        ("li", "bepalen welke docent welk deel van het programma geeft, binnen de uren die de "
               "besturen beschikbaar stellen;"),
        ("li", "leerlingen toelaten tot de route en plaatsen bij de bedrijven;"),
        ("li", "het PTA/OER voorbereiden, dat de besturen vaststellen."),
        ("p", "Over geld en over personeel in dienst beslissen de besturen zelf."),
        ("h", "Verantwoording"),
        ("p", "De routeleiding verstrekt de besturen van de school en het ROC de inlichtingen die "
              "zij nodig hebben en legt aan hen verantwoording af over de route."),
        ("h", "Hoe ziet het onderwijs eruit?"),
        ("li", "**Waar:** leerjaar 1 en 2 op het Thamen Vakcollege; vanaf leerjaar 2 elke "
               "donderdag op de Logistiek Campus in Aalsmeer. Leerjaar 3 en 4 op de campus en bij "
               "de bedrijven."),
        ("li", "**Wat:** het programma en de toetsen per leerjaar staan in ons gezamenlijke "
               "PTA/OER. Het centraal examen vmbo is in leerjaar 2."),
        ("li", "**Wie:** één team van twee docenten van de school en twee docenten logistiek van "
               "het ROC. In leerjaar 2 geven de ROC-docenten de donderdag helemaal zelf. Voor de "
               "praktijkvakken Magazijn en Transport gebruiken we de teambevoegdheid (een bevoegde "
               "docent per onderdeel in het team). Iedereen blijft in dienst bij zijn eigen "
               "werkgever."),
        ("li", "**Met welke spullen:** de leerlingen gebruiken het oefenmagazijn, de scanners en "
               "de WMS-software van de campus; de ROC-docenten kunnen de praktijkhal van de school "
               "gebruiken. We zetten de lokalen in één gezamenlijk rooster."),
        ("h", "Wat als een leerling wil of moet stoppen?"),
        ("p", "Niemand valt tussen wal en schip. Als een leerling de route niet kan of wil "
              "afmaken, kijken de teamleider van de school en de teamleider van het ROC samen met "
              "de leerling en zijn ouders naar wat hij al heeft gehaald en hoe oud hij is. Zij "
              "besluiten dan samen:"),
        ("li", "in leerjaar 1 of 2: de leerling maakt het gewone vmbo basis af, in Mobiliteit en "
               "transport of een ander profiel op de school;"),
        ("li", "vanaf leerjaar 3: de leerling kan binnen het ROC naar een andere opleiding op "
               "niveau 2, bijvoorbeeld Medewerker retail of Chauffeur wegvervoer, zonder extra "
               "toelatingseisen;"),
        ("li", "heeft de leerling na leerjaar 3 nog geen vmbo-diploma, dan kan hij toch "
               "doorgaan in het mbo of het vmbo-examen nog een keer doen;"),
        ("li", "wil de leerling naar een andere school of ROC, dan helpen we met de overstap en "
               "geven we een advies mee."),
        ("h", "Geld"),
        ("p", "De school draagt voor leerlingen in leerjaar 1 en 2 een deel van haar bekostiging "
              "over aan het ROC, voor de lessen die ROC-docenten op donderdag geven en voor de "
              "heftruckinstructie. Hoeveel dat is, spreken we elk jaar af in het routeteam."),
        ("h", "Medezeggenschap"),
        ("p", "[in te vullen na het advies van de MR van de school en de studentenraad van het "
              "ROC - tekstvoorstel volgt]"),
        ("h", "Als we het niet eens worden"),
        ("p", "Hebben we ruzie over hoe we deze afspraken uitvoeren, dan praten eerst de "
              "teamleiders erover. Lukt het niet binnen drie weken, dan gaan de twee bestuurders "
              "met elkaar in gesprek. Komen zij er binnen zes weken niet uit, dan vragen we samen "
              "een mediator. Werkt dat ook niet, dan mag ieder van ons naar de rechter in "
              "Amsterdam."),
        ("h", "Nieuwe partners, wijzigen en stoppen"),
        ("li", "Een andere vmbo-school of mbo-instelling mag meedoen als beide besturen dat "
               "schriftelijk goed vinden, de nieuwe partner deze overeenkomst tekent en zich bij "
               "DUO meldt."),
        ("li", "Veranderen kan alleen op papier, met de handtekening van beide besturen. "
               "Veranderingen in het programma gelden pas voor de volgende groep leerlingen."),
        ("li", "Stoppen kan per 1 augustus, als je dat minstens een jaar van tevoren schriftelijk "
               "laat weten. Daarna nemen we geen nieuwe leerlingen meer aan, en iedereen die al in "
               "de route zit, maakt de route bij ons af."),
        ("h", "Handtekeningen"),
        ("p", "Uithoorn, 23 juni 2025 - voor Stichting Openbaar Voortgezet Onderwijs Amstelscheg: "
              "drs. P. Hoogendoorn, voorzitter college van bestuur; voor Stichting ROC Groot-Amstel: "
              "mr. C.A. Brouwer, voorzitter college van bestuur."),
    ]


# ---------------------------------------------------------------------------------- h263 ----
@sample(263, "lang_titels_toelichting_bijlage_aalten_gastheer", "pdf",
        "Lange PDF-akte met titels, artikelen en leden, artikelsgewijze toelichting en een "
        "programmatabel in de bijlage; Aalten, vmbo kb Horeca, bakkerij en recreatie naar mbo-3 "
        "zelfstandig werkend gastheer/-vrouw; volledig in orde, overdracht van ROC naar school met "
        "bedrag en doel, aanvullende medezeggenschapsafspraken, arbitrage.",
        dict(ALL_PRESENT),
        {"a": "Artikel 3 Profiel, opleiding en kwalificatie",
         "b": "Artikel 5 Samenwerking met de gastvrijheidssector",
         "c": "Artikel 6 Samenstelling, aanwijzing en opdracht van de routedirectie",
         "d": "Artikel 8 Informatieplicht en verantwoording",
         "e": "TITEL III UITVOERING VAN DE ROUTE",
         "f": "Artikel 15 Overstapmogelijkheden",
         "g": "Artikel 17 Overdracht van bekostiging door het ROC",
         "h": "Artikel 18 Medezeggenschap",
         "i": "Artikel 19 Geschillenregeling",
         "j": "TITEL VI DUUR, TOETREDING, WIJZIGING EN BEËINDIGING"},
        header="Samenwerkingsakte Gastvrijheidsroute Aalten - Winterswijk",
        footer="Hamalandt Vakcollege | ROC Achterhoek-Zuid")
def h263():
    B = []
    B += [
        ("title", "SAMENWERKINGSAKTE GASTVRIJHEIDSROUTE ACHTERHOEK"),
        ("sub", "Doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en artikel "
                "9.1.2 WEB"),
        ("sub", "Horeca, bakkerij en recreatie (kaderberoepsgerichte leerweg) - Zelfstandig werkend "
                "gastheer/-vrouw (mbo niveau 3)"),
        ("h", "DE ONDERGETEKENDEN"),
        ("p", "1. de stichting Stichting Achterhoekse Scholengroep Oost, statutair gevestigd te "
              "Aalten, kantoorhoudende aan de Hogestraat 14 te Aalten, ingeschreven in het "
              "handelsregister onder nummer 41036522, in deze rechtsgeldig vertegenwoordigd door "
              "haar voorzitter van het college van bestuur, de heer drs. G.J. Wissink, handelend "
              "als bevoegd gezag van het Hamalandt Vakcollege, school voor vbo en mavo te Aalten, "
              "hierna te noemen: 'de School';"),
        ("p", "2. de stichting Stichting Regionaal Opleidingencentrum Achterhoek-Zuid, statutair "
              "gevestigd te Winterswijk, kantoorhoudende aan de Laan van Hilbelink 30 te "
              "Winterswijk, ingeschreven in het handelsregister onder nummer 09138874, in deze "
              "rechtsgeldig vertegenwoordigd door mevrouw dr. A.M. te Winkel-Bussink, voorzitter "
              "van het college van bestuur, handelend als bevoegd gezag van ROC Achterhoek-Zuid, "
              "hierna te noemen: 'het ROC';"),
        ("p", "de School en het ROC hierna gezamenlijk te noemen: 'Partijen' en ieder afzonderlijk: "
              "'Partij';"),
        ("h", "IN AANMERKING NEMENDE DAT"),
        ("p", "A. Partijen sinds het schooljaar 2020-2021 samenwerken in een experimentele "
              "gastvrijheidsroute en deze samenwerking willen omzetten in een doorlopende leerroute "
              "die voldoet aan de Wet voortgezet onderwijs 2020 en de Wet educatie en "
              "beroepsonderwijs;"),
        ("p", "B. de horeca- en recreatiesector in de Oost-Achterhoek een structureel tekort aan "
              "vakkrachten kent en Partijen met de sector een aantrekkelijke route naar het beroep "
              "willen bieden;"),
        ("p", "C. Partijen op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB verplicht zijn "
              "hun afspraken over de route vast te leggen in een samenwerkingsovereenkomst;"),
        ("p", "D. de medezeggenschapsraad van de School, de studentenraad en de ondernemingsraad "
              "van het ROC over het voorgenomen besluit tot deze samenwerking hebben geadviseerd;"),
        ("h", "KOMEN OVEREEN ALS VOLGT"),
        ("h", "TITEL I ALGEMENE BEPALINGEN"),
        ("h2", "Artikel 1 Definities"),
        ("p", "In deze akte en de bijlagen wordt verstaan onder:"),
        ("li", "Route: de doorlopende leerroute vmbo-mbo Gastvrijheidsroute Achterhoek, bedoeld in "
               "artikel 3;"),
        ("li", "Routejaar: een leerjaar van de Route; routejaar 1 valt samen met het derde leerjaar "
               "van het vmbo;"),
        ("li", "Deelnemer: een leerling van de School of student van het ROC die aan de Route "
               "deelneemt;"),
        ("li", "Routedirectie: de leiding over de Route, bedoeld in artikel 6;"),
        ("li", "Bestuurlijk Overleg: het overleg tussen de colleges van bestuur van Partijen, "
               "bedoeld in artikel 9;"),
        ("li", "Sectorraad: het overleg met de gastvrijheidssector, bedoeld in artikel 5;"),
        ("li", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
               "examenregeling van de Route;"),
        ("li", "Schooljaar: de periode van 1 augustus tot en met 31 juli."),
        ("h2", "Artikel 2 Strekking"),
        ("p", "1. Partijen verzorgen op grond van deze akte gezamenlijk de Route."),
        ("p", "2. Deze akte bevat de afspraken bedoeld in artikel 2.107b, tweede lid, WVO 2020. "
              "Waar deze akte naar een bijlage verwijst, maakt die bijlage deel uit van de akte."),
        ("h2", "Artikel 3 Profiel, opleiding en kwalificatie"),
        ("p", "1. De Route vangt aan in het derde leerjaar van de kaderberoepsgerichte leerweg, "
              "profiel Horeca, bakkerij en recreatie (HBR), van de School."),
        ("p", "2. De Route leidt op tot het diploma vmbo kaderberoepsgerichte leerweg, profiel HBR, "
              "en tot het diploma van de vakopleiding Zelfstandig werkend gastheer/-vrouw, niveau "
              "3, uit het kwalificatiedossier Gastheer/-vrouw, in het aanverwante opleidingsdomein "
              "Horeca en bakkerij van het ROC. De opleiding wordt aangeboden in de "
              "beroepsopleidende leerweg."),
        ("p", "3. De Route kent een cursusduur van vijf schooljaren, waarvan routejaar 1 en 2 de "
              "vo-fase en routejaar 3 tot en met 5 de mbo-fase vormen."),
        ("h2", "Artikel 4 Melding"),
        ("p", "Partijen melden de Route gezamenlijk aan de minister van Onderwijs, Cultuur en "
              "Wetenschap door registratie in RIO, vóór 1 oktober 2025. Iedere Partij draagt zorg "
              "voor de juiste registratie van de Deelnemers in BRON."),
        ("h2", "Artikel 5 Samenwerking met de gastvrijheidssector"),
        ("p", "1. Partijen betrekken de gastvrijheidssector bij de invulling van de Route via het "
              "Horecaplatform Achterhoek, waarin onder meer Hotel De Vier Marken, Partycentrum "
              "Landgoed Heelweg, Brasserie Het Aaltense Goor en Recreatiepark Het Winkelse Veen "
              "zijn vertegenwoordigd."),
        ("p", "2. Partijen hebben met het Horecaplatform afgesproken dat de aangesloten bedrijven:"),
        ("li", "a. in routejaar 1 en 2 gastlessen en demonstraties verzorgen, ten minste vier per "
               "schooljaar, en de Deelnemers een snuffelstage van twee weken bieden;"),
        ("li", "b. in routejaar 2 het proefevenement 'Achterhoekse Tafel' mee organiseren, waarbij "
               "Deelnemers een diner voor tachtig gasten verzorgen onder begeleiding van een "
               "chef en een bedrijfsleider uit de sector;"),
        ("li", "c. vanaf routejaar 3 als erkend leerbedrijf beroepspraktijkvormingsplaatsen "
               "aanbieden, ten minste vijftien per cohort, en per Deelnemer een praktijkopleider "
               "aanwijzen;"),
        ("li", "d. deskundigen leveren die als tweede beoordelaar optreden bij de proeven van "
               "bekwaamheid."),
        ("p", "3. De Sectorraad bestaat uit drie vertegenwoordigers van het Horecaplatform en twee "
              "leden van de Routedirectie. De Sectorraad komt ten minste driemaal per schooljaar "
              "bijeen en adviseert de Routedirectie over de inhoud van het programma, de keuzedelen "
              "en de spreiding van de praktijkperiodes over het seizoen."),
        ("h", "TITEL II LEIDING EN VERANTWOORDING"),
        ("h2", "Artikel 6 Samenstelling, aanwijzing en opdracht van de routedirectie"),
        ("p", "1. De leiding over de Route berust bij de Routedirectie, bestaande uit:"),
        ("li", "a. de teamleider beroepsgericht van de School;"),
        ("li", "b. de opleidingsmanager Horeca van het ROC;"),
        ("li", "c. de routeleider, die de vergaderingen voorzit."),
        ("p", "2. Het lid bedoeld onder a wordt aangewezen door het college van bestuur van de "
              "School, het lid bedoeld onder b door het college van bestuur van het ROC. De "
              "routeleider wordt, na een gezamenlijke selectieprocedure, door de colleges van "
              "bestuur gezamenlijk benoemd voor een periode van vier jaar, welke benoeming "
              "eenmaal kan worden verlengd. De routeleider is in dienst van de School en wordt voor "
              "de helft van zijn betrekking aan de Route toegewezen."),
        ("p", "3. De colleges van bestuur dragen de Routedirectie de volgende taken op:"),
        ("li", "a. het opstellen van het ontwerp-PTA/OER en het voorleggen daarvan aan de colleges "
               "van bestuur ter vaststelling vóór 1 juli voorafgaand aan het schooljaar;"),
        ("li", "b. het vaststellen van het jaarrooster en de lessentabel per routejaar;"),
        ("li", "c. de toelating van Deelnemers tot de Route en de plaatsing bij leerbedrijven;"),
        ("li", "d. de dagelijkse aansturing van het docententeam, onverminderd de "
               "werkgeversbevoegdheden van iedere Partij;"),
        ("li", "e. de voorbereiding van besluiten over een overstap als bedoeld in artikel 15;"),
        ("li", "f. het beheer van het routebudget."),
        ("p", "4. De Routedirectie is bevoegd om binnen het door het Bestuurlijk Overleg "
              "vastgestelde routebudget verplichtingen aan te gaan tot een bedrag van € 15.000 per "
              "schooljaar en om binnen de door Partijen beschikbaar gestelde formatie de lesuren "
              "over de docenten te verdelen. Besluiten over de begroting, over benoeming, schorsing "
              "en ontslag van personeel en over wijziging van deze akte zijn voorbehouden aan de "
              "colleges van bestuur."),
        ("h2", "Artikel 7 Besluitvorming binnen de routedirectie"),
        ("p", "De Routedirectie besluit bij consensus. Wordt geen consensus bereikt, dan legt de "
              "routeleider het onderwerp voor aan het Bestuurlijk Overleg, dat binnen drie weken "
              "beslist."),
        ("h2", "Artikel 8 Informatieplicht en verantwoording"),
        ("p", "1. De Routedirectie legt over ieder schooljaar verantwoording af aan beide colleges "
              "van bestuur door middel van een schriftelijk routeverslag, dat uiterlijk 15 november "
              "wordt toegezonden. Het routeverslag bevat ten minste: de in-, door- en uitstroom per "
              "cohort, de examen- en diplomaresultaten vmbo en mbo, het aantal overstappen en de "
              "bestemming daarvan, de besteding van het routebudget, de resultaten van de "
              "tevredenheidsmeting onder Deelnemers en leerbedrijven en het advies van de Sectorraad."),
        ("p", "2. Daarnaast verstrekt de Routedirectie de colleges van bestuur per kwartaal een "
              "beknopte stand van zaken met de actuele aantallen Deelnemers, het verzuim en "
              "bijzonderheden."),
        ("p", "3. Ieder college van bestuur kan de Routedirectie te allen tijde om nadere "
              "inlichtingen vragen. De Routedirectie verstrekt deze binnen tien werkdagen en "
              "stelt het andere college daarvan gelijktijdig in kennis."),
        ("h2", "Artikel 9 Bestuurlijk Overleg"),
        ("p", "Het Bestuurlijk Overleg komt ten minste tweemaal per schooljaar bijeen, in december "
              "ter bespreking van het routeverslag en in mei ter vaststelling van het routebudget "
              "voor het volgende schooljaar. De routeleider woont het overleg bij."),
        ("h", "TITEL III UITVOERING VAN DE ROUTE"),
        ("h2", "Artikel 10 Locaties"),
        ("p", "1. Routejaar 1 en 2 worden verzorgd in het gebouw van de School aan de Hogestraat te "
              "Aalten, waar een leerrestaurant met veertig couverts en een bedieningsbar "
              "beschikbaar zijn."),
        ("p", "2. Vanaf routejaar 2 volgen de Deelnemers één dag per week les in het Hotelschool "
              "Praktijkhuis van het ROC te Winterswijk."),
        ("p", "3. Routejaar 3 tot en met 5 worden verzorgd in het ROC te Winterswijk en bij de "
              "leerbedrijven."),
        ("h2", "Artikel 11 Onderwijsprogramma en examinering"),
        ("p", "1. Het onderwijsprogramma en de examinering per routejaar zijn vastgelegd in het "
              "PTA/OER. Bijlage 1 geeft een overzicht per routejaar. In het PTA/OER is per "
              "programmaonderdeel aangegeven of het tot het vmbo-deel, tot het mbo-deel of tot "
              "beide behoort en bij welke onderdelen een team als bedoeld in artikel 12 wordt "
              "ingezet."),
        ("p", "2. Het centraal examen vmbo wordt afgenomen in routejaar 2. De School blijft "
              "verantwoordelijk voor de examinering en diplomering vmbo, ook voor een Deelnemer "
              "die reeds bij het ROC is ingeschreven. Het ROC is verantwoordelijk voor de "
              "examinering en diplomering mbo, inclusief de beroepspraktijkvorming."),
        ("p", "3. Mbo-examens kunnen vanaf routejaar 1 worden afgenomen."),
        ("h2", "Artikel 12 Inzet van personeel"),
        ("p", "1. De Route wordt verzorgd door één docententeam, bestaande uit vijf docenten van de "
              "School (waaronder twee praktijkdocenten horeca) en vier docenten van het ROC "
              "(waaronder een chef-kok en een docent bediening en gastheerschap)."),
        ("p", "2. Voor de vakoverstijgende programmaonderdelen Gastvrijheid en Keuken en bediening "
              "maken Partijen gebruik van de teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 "
              "en artikel 9.1.12 WEB. Voor elk onderdeel maakt ten minste één docent deel uit van "
              "het team die daarvoor bevoegd is dan wel aan de bekwaamheidseisen van de WEB voldoet."),
        ("p", "3. In routejaar 2 verzorgen docenten van het ROC zes lesuren per week op de School. "
              "Docenten van de School verzorgen in routejaar 3 het vmbo-deel voor Deelnemers die "
              "het vmbo-diploma nog niet hebben behaald."),
        ("p", "4. Iedere docent blijft in dienst van de eigen werkgever; Partijen stellen hun "
              "docenten over en weer om niet ter beschikking voor de uren die in het jaarrooster "
              "zijn opgenomen. Het team krijgt jaarlijks ten minste twee gezamenlijke "
              "scholingsdagen."),
        ("h2", "Artikel 13 Gebruik van faciliteiten"),
        ("p", "1. De School stelt het leerrestaurant, de bedieningsbar en de praktijkkeuken op de "
              "dagen die in het jaarrooster zijn opgenomen ter beschikking aan docenten en "
              "Deelnemers van het ROC."),
        ("p", "2. Het ROC stelt het Hotelschool Praktijkhuis, de kassa- en reserveringssoftware en "
              "de wijnkelder voor lesdoeleinden ter beschikking aan de Deelnemers in de vo-fase."),
        ("p", "3. Verbruiksmaterialen (levensmiddelen, dranken) komen voor rekening van de Partij "
              "op wier locatie zij worden gebruikt. Schade aan inventaris wordt gemeld aan de "
              "eigenaar en, indien door een Deelnemer veroorzaakt, afgehandeld volgens het "
              "reglement van de Partij waar de Deelnemer is ingeschreven."),
        ("h2", "Artikel 14 Begeleiding, verzuim en klachten"),
        ("p", "1. In de vo-fase is de mentor van de School het eerste aanspreekpunt, in de "
              "mbo-fase de studieloopbaanbegeleider van het ROC. In routejaar 2 voeren zij samen "
              "het loopbaangesprek."),
        ("p", "2. Verzuim wordt in de vo-fase door de School en in de mbo-fase door het ROC "
              "geregistreerd en gemeld."),
        ("p", "3. Een klacht over gedragingen van een medewerker van de andere Partij wordt "
              "behandeld volgens de klachtenregeling van de Partij waar de Deelnemer staat "
              "ingeschreven; de andere Partij verleent haar medewerking en neemt zo nodig "
              "maatregelen jegens haar medewerker."),
        ("h", "TITEL IV OVERSTAP EN FINANCIËN"),
        ("h2", "Artikel 15 Overstapmogelijkheden"),
        ("p", "1. Eindigt de deelname van een Deelnemer aan de Route voordat hij haar met succes "
              "heeft afgerond, dan stellen Partijen hem in staat een vmbo-diploma of een "
              "mbo-diploma te behalen dat past bij het door hem bereikte onderwijsniveau en zijn "
              "leeftijd."),
        ("p", "2. Het oordeel over het passende vervolg wordt gezamenlijk gegeven door de "
              "teamleider beroepsgericht van de School en de opleidingsmanager Horeca van het ROC, "
              "nadat de Deelnemer en, indien hij minderjarig is, zijn ouders zijn gehoord."),
        ("p", "3. Daarbij gelden de volgende kaders:"),
        ("li", "a. bij beëindiging in routejaar 1 of 2: voortzetting in de reguliere "
               "kaderberoepsgerichte leerweg HBR of in een ander profiel of andere leerweg op de "
               "School, met behoud van de behaalde resultaten;"),
        ("li", "b. bij beëindiging vanaf routejaar 3: overstap binnen het ROC naar een andere "
               "opleiding op niveau 3, zoals Zelfstandig werkend kok of Gespecialiseerd "
               "medewerker recreatie, of naar Medewerker bediening op niveau 2, zonder dat "
               "vooropleidingseisen worden gesteld;"),
        ("li", "c. heeft de Deelnemer aan het einde van routejaar 3 het vmbo-diploma niet behaald, "
               "dan wordt bepaald of hij de mbo-opleiding zonder vmbo-diploma voortzet of een extra "
               "jaar het vmbo-deel volgt om het diploma alsnog te behalen;"),
        ("li", "d. kiest de Deelnemer voor een opleiding bij een andere instelling, dan verstrekt "
               "het ROC een advies ten behoeve van het geschiktheidsonderzoek van die instelling "
               "en zorgt de routeleider voor een warme overdracht."),
        ("p", "4. De uitwerking van deze kaders wordt opgenomen in de schoolgids van de School en "
              "de studiegids van het ROC."),
        ("h2", "Artikel 16 Kosten"),
        ("p", "Iedere Partij draagt de kosten van haar eigen personeel en haar eigen gebouwen, "
              "behoudens het bepaalde in artikel 17. Het routebudget wordt door Partijen ieder voor "
              "de helft gevuld."),
        ("h2", "Artikel 17 Overdracht van bekostiging door het ROC"),
        ("p", "1. Met toepassing van artikel 9.1.15 WEB draagt het ROC aan de School over een "
              "bedrag van € 800 per schooljaar voor iedere Deelnemer die in routejaar 3 bij het ROC "
              "is ingeschreven en het vmbo-diploma nog niet heeft behaald."),
        ("p", "2. Het bedrag is bestemd voor de lessen die docenten van de School in routejaar 3 "
              "aan deze Deelnemers verzorgen en voor de afname van het vmbo-examen."),
        ("p", "3. De School zendt het ROC jaarlijks vóór 1 december een opgave van het aantal "
              "Deelnemers per peildatum 1 oktober; het ROC betaalt binnen dertig dagen na "
              "ontvangst van de factuur."),
        ("h", "TITEL V MEDEZEGGENSCHAP EN GESCHILLEN"),
        ("h2", "Artikel 18 Medezeggenschap"),
        ("p", "1. Op Deelnemers in de vo-fase, hun ouders en het personeel van de School is de Wet "
              "medezeggenschap op scholen van toepassing; op Deelnemers in de mbo-fase en het "
              "personeel van het ROC de WEB en de Wet op de ondernemingsraden."),
        ("p", "2. In aanvulling daarop komen Partijen overeen dat:"),
        ("li", "a. Deelnemers in routejaar 2 zich kandidaat mogen stellen voor en deel mogen nemen "
               "aan de studentenraad van het ROC, met dezelfde rechten als de overige leden;"),
        ("li", "b. het ontwerp-PTA/OER van de Route, alvorens het wordt vastgesteld, voor advies "
               "wordt voorgelegd aan zowel de medezeggenschapsraad van de School als de "
               "studentenraad van het ROC;"),
        ("li", "c. de leerling- en oudergeleding van de medezeggenschapsraad van de School en de "
               "studentenraad van het ROC eenmaal per schooljaar een gezamenlijke vergadering "
               "over de Route houden, waarvoor de routeleider het routeverslag toelicht."),
        ("h2", "Artikel 19 Geschillenregeling"),
        ("p", "1. Een geschil tussen Partijen over de uitvoering van deze akte wordt eerst "
              "besproken in de Routedirectie."),
        ("p", "2. Wordt het geschil niet binnen vier weken opgelost, dan legt iedere Partij het "
              "schriftelijk voor aan het Bestuurlijk Overleg, dat binnen zes weken na de "
              "voorlegging een oplossing beproeft."),
        ("p", "3. Slaagt dit niet, dan wordt het geschil beslecht door arbitrage overeenkomstig het "
              "Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht "
              "bestaat uit één arbiter; de plaats van arbitrage is Arnhem. Het scheidsgerecht "
              "beslist naar de regelen des rechts."),
        ("p", "4. Op deze akte is Nederlands recht van toepassing."),
        ("h", "TITEL VI DUUR, TOETREDING, WIJZIGING EN BEËINDIGING"),
        ("h2", "Artikel 20 Duur"),
        ("p", "Deze akte treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde "
              "tijd."),
        ("h2", "Artikel 21 Toetreding van nieuwe partijen"),
        ("p", "1. Een andere school voor vbo of mavo of een andere instelling voor "
              "beroepsonderwijs kan tot deze akte toetreden, indien:"),
        ("li", "a. zij een profiel dan wel opleiding aanbiedt die aansluit op de Route;"),
        ("li", "b. beide Partijen schriftelijk met de toetreding instemmen;"),
        ("li", "c. de toetredende partij een toetredingsverklaring ondertekent waarin zij de akte "
               "met bijlagen aanvaardt; en"),
        ("li", "d. de toetredende partij de Route meldt in RIO."),
        ("p", "2. Toetreding gaat in per 1 augustus van een schooljaar. De toetreding heeft geen "
              "gevolgen voor het programma en de begeleiding van Deelnemers die op dat moment al in "
              "de Route zijn ingeschreven."),
        ("h2", "Artikel 22 Wijziging"),
        ("p", "1. Deze akte kan slechts worden gewijzigd bij schriftelijke, door alle Partijen "
              "ondertekende overeenkomst. Een voorstel tot wijziging kan worden gedaan door iedere "
              "Partij en door de Routedirectie."),
        ("p", "2. Een wijziging die het onderwijsprogramma of de examinering raakt, treedt in "
              "werking voor het eerstvolgende cohort, tenzij zij voor de zittende Deelnemers "
              "uitsluitend voordelig is."),
        ("h2", "Artikel 23 Opzegging en ontbinding"),
        ("p", "1. Iedere Partij kan deze akte schriftelijk opzeggen tegen 1 augustus van enig jaar, "
              "met inachtneming van een opzegtermijn van ten minste twaalf maanden."),
        ("p", "2. Iedere Partij kan de akte ontbinden indien de andere Partij, na schriftelijke "
              "ingebrekestelling met een redelijke termijn van ten minste zes weken, in de "
              "nakoming van een wezenlijke verplichting tekortschiet. Ontbinding gaat in per het "
              "einde van het lopende schooljaar."),
        ("p", "3. Na opzegging of ontbinding worden geen nieuwe Deelnemers meer toegelaten. "
              "Deelnemers die op de datum van beëindiging in de Route zijn ingeschreven, ronden de "
              "Route af volgens het voor hen geldende PTA/OER; Partijen blijven hun verplichtingen "
              "uit deze akte jegens deze Deelnemers nakomen totdat de laatste van hen de Route "
              "heeft afgerond of op grond van artikel 15 is overgestapt."),
        ("h2", "Artikel 24 Slotbepalingen"),
        ("p", "1. Van deze akte maken deel uit: bijlage 1 (programma per routejaar) en bijlage 2 "
              "(lijst van leerbedrijven aangesloten bij het Horecaplatform)."),
        ("p", "2. Bij strijd tussen de akte en een bijlage prevaleert de akte."),
        ("p", "ALDUS OVEREENGEKOMEN en in tweevoud ondertekend te Aalten op 25 juni 2025."),
        ("p", "Stichting Achterhoekse Scholengroep Oost - drs. G.J. Wissink, voorzitter college "
              "van bestuur"),
        ("p", "Stichting Regionaal Opleidingencentrum Achterhoek-Zuid - dr. A.M. te "
              "Winkel-Bussink, voorzitter college van bestuur"),
        ("pb",),
        ("h", "ARTIKELSGEWIJZE TOELICHTING"),
        ("h2", "Bij artikel 3"),
        ("p", "De koppeling van de kaderberoepsgerichte leerweg aan een vakopleiding op niveau 3 "
              "volgt uit artikel 2.107a WVO 2020. Het kwalificatiedossier Gastheer/-vrouw is "
              "gekozen omdat de sector in de Oost-Achterhoek vooral vraagt om medewerkers die "
              "zowel in de bediening als aan de receptie en op het recreatieterrein inzetbaar "
              "zijn. Keuzedelen die aansluiten op de regio (streekproducten, evenementen) worden "
              "in het PTA/OER opgenomen."),
        ("h2", "Bij artikel 5"),
        ("p", "Het Horecaplatform Achterhoek is een informeel samenwerkingsverband van circa "
              "dertig bedrijven. De bedrijven die zich verbinden, staan in bijlage 2. Het "
              "proefevenement 'Achterhoekse Tafel' bestaat sinds 2021 en wordt door deelnemers en "
              "gasten hoog gewaardeerd."),
        ("h2", "Bij artikelen 6 tot en met 9"),
        ("p", "De Routedirectie is bewust klein gehouden. De routeleider is het gezicht van de "
              "Route voor Deelnemers, ouders en bedrijven. Door de verantwoording te koppelen aan "
              "het Bestuurlijk Overleg van december blijven beide besturen ieder jaar op dezelfde "
              "wijze en met dezelfde gegevens geïnformeerd."),
        ("h2", "Bij artikel 12"),
        ("p", "De teambevoegdheid stelt Partijen in staat om docenten van de School en het ROC "
              "samen les te laten geven in de vakoverstijgende onderdelen. Het PTA/OER vermeldt "
              "per onderdeel welke docenten het team vormen; de eisen van artikel 7.13a WVO 2020 "
              "worden jaarlijks door de Routedirectie gecontroleerd."),
        ("h2", "Bij artikel 15"),
        ("p", "Dit artikel bevat de algemene kaders van de overstapoptie van artikel 2.107k WVO "
              "2020 en artikel 9.1.14 WEB. Bij een overstap binnen het ROC gelden de "
              "vooropleidingseisen niet. Bij een overstap naar een andere instelling kan die "
              "instelling een geschiktheidsonderzoek verrichten."),
        ("h2", "Bij artikel 17"),
        ("p", "Het bedrag van € 800 is gebaseerd op een gemiddelde van zes lesuren per week "
              "gedurende twintig weken en de kosten van examenafname. Partijen evalueren het "
              "bedrag jaarlijks in het Bestuurlijk Overleg van mei; een aanpassing geschiedt door "
              "wijziging van deze akte."),
        ("h2", "Bij artikel 18"),
        ("p", "De mogelijkheid voor Deelnemers in routejaar 2 om deel te nemen aan de "
              "studentenraad van het ROC sluit aan bij de suggestie in de bouwsteen "
              "samenwerkingsovereenkomst. Zij blijven daarnaast vertegenwoordigd via de "
              "leerlinggeleding van de medezeggenschapsraad van de School."),
        ("h2", "Bij artikelen 21 tot en met 23"),
        ("p", "Bij alle vormen van toetreding, wijziging en beëindiging staat voorop dat Deelnemers "
              "er zo weinig mogelijk van merken. Daarom gaan toetreding en opzegging steeds in per "
              "begin of einde van een schooljaar en maken zittende Deelnemers de Route af."),
        ("pb",),
        ("h", "BIJLAGE 1 PROGRAMMA PER ROUTEJAAR"),
        ("table", [
            ["Routejaar", "Inschrijving / locatie", "Programma", "Examinering"],
            ["1 (vmbo 3)", "School, Aalten", "Algemene vakken vmbo; profielvak HBR; "
             "keuzevakken Gastheerschap en Bijzondere keuken; gastlessen sector",
             "schoolexamen vmbo volgens PTA"],
            ["2 (vmbo 4)", "School, Aalten; 1 dag p.w. Praktijkhuis ROC",
             "afronding vmbo; start mbo-onderdelen Gastvrijheid en Keuken en bediening (team); "
             "Achterhoekse Tafel", "centraal examen vmbo; eerste mbo-examens"],
            ["3 (mbo 1)", "ROC, Winterswijk", "kerntaken gastheerschap; bpv 8 weken; zo nodig "
             "vmbo-deel door docenten School", "mbo-examens; vmbo-herexamen indien nodig"],
            ["4 (mbo 2)", "ROC en leerbedrijf", "bpv 20 weken; keuzedelen Streekproducten en "
             "Evenementen", "proeven van bekwaamheid deel 1"],
            ["5 (mbo 3)", "ROC en leerbedrijf", "leidinggevende taken; bpv 20 weken",
             "proeven van bekwaamheid deel 2; diplomering mbo"],
        ], [2.2, 3.6, 6.6, 4.0]),
    ]
    return B


# ---------------------------------------------------------------------------------- h264 ----
@sample(264, "bestuurssecretaris_werkwoordkoppen_tabel_zeist_it_systems", "docx",
        "DOCX met kopstijlen in werkwoordsvorm en een tabel per leerjaar, geschreven door een "
        "bestuurssecretaris in gewone woorden; Zeist/Amersfoort, vmbo kb Media, vormgeving en ICT "
        "naar mbo-3 allround medewerker IT systems and devices; volledig in orde, geen overdracht "
        "van bekostiging, eigen afspraken over medezeggenschap.",
        dict(ALL_PRESENT),
        {"a": "1. Waar deze overeenkomst over gaat",
         "b": "2. Samen met IT-bedrijven opleiden",
         "c": "3. Sturen en beslissen",
         "d": "4. Laten weten hoe het gaat",
         "e": "5. Lesgeven, lokalen en apparatuur delen",
         "f": "6. Een andere weg inslaan",
         "g": "7. Geld",
         "h": "8. Meepraten over de route",
         "i": "9. Als we het oneens zijn",
         "j": "10. Erbij komen, veranderen, ophouden"},
        author="Bestuurssecretariaat SOVO Zeist",
        title="Samenwerkingsovereenkomst Route IT-Vakmanschap")
def h264():
    return [
        ("title", "Samenwerkingsovereenkomst Route IT-Vakmanschap"),
        ("sub", "Doorlopende leerroute vmbo-mbo Slotlaan Vakcollege Zeist - ROC Eemvallei Amersfoort"),
        ("p", "De ondergetekenden:"),
        ("p", "Stichting Openbaar Voortgezet Onderwijs Zeist en omstreken, het bevoegd gezag van "
              "het Slotlaan Vakcollege (school voor vbo en mavo), vertegenwoordigd door mevrouw "
              "drs. K. Vermeulen-de Haan, voorzitter van het college van bestuur, hierna: de school;"),
        ("p", "Stichting Regionaal Opleidingencentrum Eemvallei, het bevoegd gezag van ROC "
              "Eemvallei, vertegenwoordigd door de heer ir. T. van Beek, voorzitter van het college "
              "van bestuur, hierna: het ROC;"),
        ("p", "spreken het volgende af. Waar 'we' staat, zijn dat de school en het ROC samen. De "
              "tekst is opgesteld door het bestuurssecretariaat van de school en afgestemd met de "
              "juridische afdeling van het ROC."),
        ("h", "1. Waar deze overeenkomst over gaat"),
        ("p", "We bieden samen een doorlopende leerroute aan. Leerlingen stappen in aan het begin "
              "van leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Media, vormgeving en ICT, "
              "van het Slotlaan Vakcollege. Aan het eind hebben zij twee diploma's: vmbo kader, "
              "profiel Media, vormgeving en ICT, en het mbo-diploma Allround medewerker IT systems "
              "and devices (niveau 3, BOL) van het ROC, uit het opleidingsdomein ICT en creatieve "
              "industrie. De route duurt vijf jaar; de eerste groep begint op 1 augustus 2025."),
        ("h", "2. Samen met IT-bedrijven opleiden"),
        ("p", "De IT-bedrijven uit de regio doen actief mee. Het gaat om de leden van de Stichting "
              "ICT-Werkgevers Utrechtse Heuvelrug, met als vaste partners Heuvelrug IT Services, "
              "Dataflow Zeist B.V. en Kerckebosch Systeembeheer. Met hen is afgesproken:"),
        ("li", "zij organiseren elk jaar voor routejaar 1 en 2 een Reparatiedag en een "
               "netwerkchallenge, met hun eigen technici als begeleider;"),
        ("li", "zij nemen leerlingen van routejaar 2 twee weken op voor een kennismakingsstage;"),
        ("li", "vanaf routejaar 3 stellen zij samen minstens tien plaatsen voor "
               "beroepspraktijkvorming beschikbaar, erkend door SBB, met een vaste praktijkopleider;"),
        ("li", "zij leveren assessoren die de examens in de beroepspraktijk mee afnemen;"),
        ("li", "twee keer per jaar zitten zij met ons in de beroepenveldcommissie ICT, die adviseert "
               "welke keuzedelen en certificaten (bijvoorbeeld voor netwerken en cloud) in het "
               "programma komen."),
        ("h", "3. Sturen en beslissen"),
        ("p", "De route wordt aangestuurd door het routeberaad. Daarin zitten de teamleider "
              "bovenbouw Media, vormgeving en ICT van de school, de onderwijsmanager IT van het ROC "
              "en een routeregisseur. De school en het ROC wijzen elk via hun college van bestuur "
              "hun eigen lid aan. De routeregisseur wordt door beide colleges samen gekozen en "
              "benoemd, voor drie jaar, na een gesprek met een commissie van beide partijen."),
        ("p", "Beide colleges geven het routeberaad de opdracht om het gezamenlijke PTA/OER voor te "
              "bereiden, het rooster en de jaarplanning te maken, leerlingen toe te laten en te "
              "plaatsen bij bedrijven, en de contacten met de bedrijven te onderhouden. Het "
              "routeberaad mag zelf beslissen hoe de lesuren over de docenten van beide partijen "
              "worden verdeeld (binnen de uren die de colleges toekennen) en mag tot € 6.000 per "
              "jaar uitgeven aan materialen en excursies. Alles wat verder gaat, zoals de begroting "
              "en beslissingen over personeel, blijft bij de colleges."),
        ("h", "4. Laten weten hoe het gaat"),
        ("p", "Het routeberaad schrijft beide colleges elk jaar vóór 1 november een verslag over "
              "het afgelopen schooljaar: hoeveel leerlingen zijn begonnen, doorgegaan, gestopt of "
              "overgestapt, hoe de examens zijn gegaan, waar het geld aan is besteed en wat de "
              "bedrijven ervan vinden. In maart volgt een korte tussenstand. De colleges bespreken "
              "beide stukken met het routeberaad in hun bestuurlijk overleg, dat in november en in "
              "april wordt gehouden. Wil een college tussendoor iets weten, dan krijgt het binnen "
              "twee weken antwoord, met een kopie aan het andere college."),
        ("h", "5. Lesgeven, lokalen en apparatuur delen"),
        ("p", "Waar: routejaar 1 en 2 op het Slotlaan Vakcollege in Zeist, met vanaf routejaar 2 "
              "elke woensdag les op de ICT-school van het ROC in Amersfoort. Routejaar 3 tot en met "
              "5 op het ROC en bij de bedrijven."),
        ("p", "Wie: één team van drie docenten van de school en drie docenten IT van het ROC. ROC-"
              "docenten geven in routejaar 2 de woensdag volledig. Voor de vakoverstijgende "
              "onderdelen Hardware en netwerken en Digitale veiligheid werken we met de "
              "teambevoegdheid (art. 7.13a WVO 2020 en art. 9.1.12 WEB); in elk onderdeel zit ten "
              "minste één bevoegde docent. Iedereen blijft in dienst bij de eigen werkgever."),
        ("p", "Waarmee: leerlingen gebruiken op woensdag het netwerklab, het serverlokaal en de "
              "testomgeving van het ROC; ROC-docenten mogen de makerspace en de 3D-printers van de "
              "school gebruiken. We geven elkaars docenten toegang tot de eigen leeromgeving."),
        ("p", "Wat: het programma en de toetsing per leerjaar staan in ons gezamenlijke PTA/OER. "
              "Het centraal examen vmbo is in routejaar 2. In het kort:"),
        ("table", [
            ["Routejaar", "Waar", "Belangrijkste inhoud"],
            ["1", "Slotlaan Vakcollege", "vmbo-vakken; profielvak MVI; Reparatiedag"],
            ["2", "Slotlaan Vakcollege + woensdag ROC",
             "centraal examen vmbo; Hardware en netwerken (team); kennismakingsstage"],
            ["3", "ROC", "systeembeheer, werkplekondersteuning; eerste bpv"],
            ["4", "ROC + bedrijf", "bpv; keuzedelen netwerken en cloud"],
            ["5", "ROC + bedrijf", "examens in de beroepspraktijk; diploma mbo"],
        ]),
        ("p", "Klachten: klaagt een leerling of ouder over een medewerker van de andere partij, "
              "dan neemt de partij waar de leerling staat ingeschreven de klacht in behandeling en "
              "werkt de andere partij mee."),
        ("h", "6. Een andere weg inslaan"),
        ("p", "Soms blijkt de route niet de goede keuze. Dan beslissen de teamleider van de school "
              "en de onderwijsmanager van het ROC samen, nadat zij met de leerling en zijn ouders "
              "hebben gepraat, welke plek het beste past bij wat de leerling al kan en bij zijn "
              "leeftijd. Het doel is altijd een diploma."),
        ("li", "Stopt de leerling in routejaar 1 of 2, dan maakt hij de gewone kaderberoepsgerichte "
               "leerweg af op de school, in hetzelfde of een ander profiel."),
        ("li", "Stopt de student vanaf routejaar 3, dan kan hij op het ROC verder in een andere "
               "opleiding op niveau 3 of in Medewerker ICT support op niveau 2. Het ROC stelt dan "
               "geen vooropleidingseisen."),
        ("li", "Heeft de student na routejaar 3 zijn vmbo-diploma nog niet, dan gaat hij verder in "
               "het mbo of doet hij op de school een extra jaar om het diploma alsnog te halen."),
        ("li", "Wil hij naar een andere mbo-school, dan geeft het ROC een advies mee voor het "
               "toelatingsonderzoek daar."),
        ("h", "7. Geld"),
        ("p", "Er gaat geen bekostiging van de een naar de ander: de school draagt niets over aan "
              "het ROC en het ROC niets aan de school. Elke partij betaalt zijn eigen docenten, "
              "lokalen en apparatuur. Het gebruik van elkaars lokalen rekenen we niet door."),
        ("h", "8. Meepraten over de route"),
        ("p", "Voor leerlingen in de vo-fase en hun ouders geldt de medezeggenschapsraad van de "
              "school, voor studenten vanaf routejaar 3 de studentenraad van het ROC. Daarbovenop "
              "hebben we het volgende afgesproken:"),
        ("li", "leerlingen uit routejaar 2 mogen twee vertegenwoordigers sturen naar de "
               "vergaderingen van de studentenraad van de ICT-school, met spreekrecht;"),
        ("li", "de medezeggenschapsraad en de studentenraad krijgen elk jaar het verslag van "
               "artikel 4 en mogen daarover samen of apart advies geven aan beide colleges;"),
        ("li", "voordat we deze overeenkomst veranderen, vragen we beide raden om advies."),
        ("h", "9. Als we het oneens zijn"),
        ("p", "Zijn we het oneens over hoe we deze overeenkomst uitvoeren, dan bespreekt eerst het "
              "routeberaad het probleem. Is het na vier weken niet opgelost, dan gaat het naar de "
              "twee voorzitters van de colleges. Helpt dat binnen zes weken niet, dan vragen we een "
              "onafhankelijke mediator. Lukt het ook dan niet, dan kan elke partij de zaak "
              "voorleggen aan de rechtbank Midden-Nederland."),
        ("h", "10. Erbij komen, veranderen, ophouden"),
        ("li", "Een andere vmbo-school of mbo-instelling kan meedoen als beide colleges daar "
               "schriftelijk mee instemmen, de nieuwe partij deze overeenkomst ondertekent en de "
               "route bij DUO meldt. Meedoen begint altijd bij de start van een schooljaar."),
        ("li", "De overeenkomst veranderen kan alleen schriftelijk en met de handtekening van beide "
               "colleges. Verandert daardoor het programma, dan geldt dat pas voor de volgende "
               "groep leerlingen."),
        ("li", "De overeenkomst geldt voor onbepaalde tijd. Elke partij kan haar schriftelijk "
               "opzeggen tegen 1 augustus, met minstens twaalf maanden opzegtermijn. Komt een "
               "partij haar afspraken ernstig niet na, dan kan de ander de overeenkomst ontbinden "
               "tegen het einde van het schooljaar."),
        ("li", "Na opzegging of ontbinding laten we geen nieuwe leerlingen meer toe. Leerlingen die "
               "al in de route zitten, maken die bij ons af; we blijven daarvoor docenten, lokalen "
               "en stageplaatsen regelen."),
        ("h", "11. Aan DUO doorgeven"),
        ("p", "Beide partijen melden de route vóór 1 oktober 2025 in RIO."),
        ("h", "12. Ondertekening"),
        ("p", "Zeist, 27 juni 2025"),
        ("p", "Voor de school: drs. K. Vermeulen-de Haan"),
        ("p", "Voor het ROC: ir. T. van Beek"),
    ]


if __name__ == "__main__":
    main(sys.argv[1:])
