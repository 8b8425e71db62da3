#!/usr/bin/env python3
"""Training samples 277-284 for leerroute-check (batch train18b: defects that hide in length).

Written by an independent helper author from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie), /work/shared/domain.md and LABELS.md only,
without looking at the checker code, its models, tests or benchmarks, or at the texts or build scripts
of the other samples. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_samples_train18b.py            # build all eight samples
    python3 build_samples_train18b.py 277 281    # build only those
    python3 build_samples_train18b.py --check    # open every produced file and verify it

Two samples (278, 284) are fully compliant and long; the other six carry one or two defects hidden
in long, thorough text that uses many of the item's words.
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
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}  # number -> dict(name, fmt, blocks, opts, description, statuses, evidence)


def sample(num, name, fmt, description, statuses, evidence, **opts):
    """Register one agreement; the decorated function returns its list of blocks."""
    def deco(fn):
        assert set(statuses) == set("abcdefghij")
        SAMPLES[num] = dict(name=name, fmt=fmt, build=fn, opts=opts, description=description,
                            statuses=statuses, evidence=evidence)
        return fn
    return deco


def st(s):
    """Status string 'p w m na ...' (a..j) -> dict."""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10, s
    return {k: m[v] for k, v in zip("abcdefghij", parts)}


# Block kinds:
#   ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("p", text)
#   ("lid", text)  numbered paragraph whose number is part of the text
#   ("nlid", text) paragraph numbered automatically (DOCX auto-numbering; elsewhere "n." is prefixed)
#   ("bullet", text) ("table", rows, colwidths_cm_or_None) ("sig", rows) ("pagebreak",)
#   ("small", text)

# ----------------------------------------------------------------------------------------------
# PDF
# ----------------------------------------------------------------------------------------------

def build_pdf(path, blocks, opts):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                    Table, TableStyle, PageBreak, FrameBreak)

    base = opts.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    size = opts.get("size", 9.5)
    S = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=size + 8,
                                spaceAfter=6, alignment=1),
        "subtitle": ParagraphStyle("s", fontName=base, fontSize=size + 1, leading=size + 4,
                                   spaceAfter=10, alignment=1),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 1.5, leading=size + 4,
                             spaceBefore=9, spaceAfter=3, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=size + 3,
                             spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=size + 3.2, spaceAfter=4,
                            alignment=4 if opts.get("justify") else 0),
        "lid": ParagraphStyle("lid", fontName=base, fontSize=size, leading=size + 3.2, spaceAfter=3,
                              leftIndent=16, firstLineIndent=-16,
                              alignment=4 if opts.get("justify") else 0),
        "bullet": ParagraphStyle("b", fontName=base, fontSize=size, leading=size + 3.2, spaceAfter=2,
                                 leftIndent=24, bulletIndent=12),
        "cell": ParagraphStyle("c", fontName=base, fontSize=size - 1, leading=size + 1.5),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=size + 1.5),
        "small": ParagraphStyle("sm", fontName=base, fontSize=size - 1.5, leading=size + 1,
                                spaceAfter=3, textColor=colors.HexColor("#444444")),
    }
    two = opts.get("columns", 1) == 2
    W, H = A4
    lm = rm = 2.2 * cm
    tm, bm = 2.2 * cm, 2.0 * cm
    header = opts.get("header", "")
    footer = opts.get("footer", "")

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(base, 7.5)
        if header:
            canvas.drawString(lm, H - 1.3 * cm, header)
        canvas.drawRightString(W - rm, 1.1 * cm, "%s %d" % (footer or "pagina", doc.page))
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, invariant=1, title=opts.get("pdf_title", ""),
                          author=opts.get("pdf_author", ""), subject="", creator="")
    fw = W - lm - rm
    fh = H - tm - bm
    if two:
        gap = 0.7 * cm
        cw = (fw - gap) / 2
        # the first page has a full-width title frame above two columns
        th = opts.get("title_height", 4.2) * cm
        first = [Frame(lm, H - tm - th, fw, th, id="top", showBoundary=0),
                 Frame(lm, bm, cw, fh - th, id="c1"),
                 Frame(lm + cw + gap, bm, cw, fh - th, id="c2")]
        later = [Frame(lm, bm, cw, fh, id="c1b"), Frame(lm + cw + gap, bm, cw, fh, id="c2b")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=deco, autoNextPageTemplate="later"),
                              PageTemplate("later", later, onPage=deco)])
        avail = cw
    else:
        doc.addPageTemplates([PageTemplate("one", [Frame(lm, bm, fw, fh, id="f")], onPage=deco)])
        avail = fw

    def para(t, style):
        return Paragraph(escape(t).replace("\n", "<br/>"), S[style])

    story = []
    nl = 0
    for b in blocks:
        kind = b[0]
        if kind == "endtitle":
            if two:
                story.append(FrameBreak())
            continue
        if kind == "pagebreak":
            story.append(PageBreak())
            continue
        if kind in ("table", "sig"):
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            data = [[para(c, "cellb" if (i == 0 and kind == "table") else "cell") for c in r]
                    for i, r in enumerate(rows)]
            if widths:
                tot = sum(widths)
                cws = [avail * w / tot for w in widths]
            else:
                cws = [avail / len(rows[0])] * len(rows[0])
            t = Table(data, colWidths=cws, repeatRows=1 if kind == "table" else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if kind == "table":
                style += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
            t.setStyle(TableStyle(style))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 6))
            continue
        text = b[1]
        if kind == "nlid":
            nl += 1
            text = "%d. %s" % (nl, text)
            kind = "lid"
        elif kind == "h1":
            nl = 0
        if kind == "bullet":
            story.append(Paragraph(escape(text), S["bullet"], bulletText="\u2022"))
        else:
            story.append(para(text, kind))
    doc.build(story)


# ----------------------------------------------------------------------------------------------
# DOCX
# ----------------------------------------------------------------------------------------------

ABSTRACT_XML = (
    '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'w:abstractNumId="%(aid)d"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%(lvl0)s"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%(lvl1)s"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
    '</w:abstractNum>')


def _add_numbering(document, lvl0, lvl1):
    from docx.oxml import parse_xml
    numbering = document.part.numbering_part.element
    aid = 90
    absn = parse_xml(ABSTRACT_XML % dict(aid=aid, lvl0=lvl0, lvl1=lvl1))
    # abstractNum elements must precede num elements
    first_num = numbering.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                    'w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (aid, aid))
    numbering.append(num)
    return aid


def _set_num(paragraph, num_id, ilvl):
    from docx.oxml import parse_xml
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                         '<w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (ilvl, num_id)))


def build_docx(path, blocks, opts):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = opts.get("docx_font", "Calibri")
    normal.font.size = Pt(opts.get("docx_size", 10.5))
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.3)
    num_id = None
    if opts.get("autonum"):
        num_id = _add_numbering(d, opts.get("lvl0", "Artikel %1"), opts.get("lvl1", "%1.%2"))
    cp = d.core_properties
    cp.author = opts.get("docx_author", "")
    cp.last_modified_by = opts.get("docx_author", "")
    cp.title = opts.get("docx_title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    for b in blocks:
        kind = b[0]
        if kind == "endtitle":
            continue
        if kind == "title":
            p = d.add_paragraph(style="Title")
            p.add_run(b[1])
        elif kind == "subtitle":
            p = d.add_paragraph(style="Subtitle")
            p.add_run(b[1])
        elif kind == "h1":
            p = d.add_paragraph(style="Heading 1")
            p.add_run(b[1])
            if num_id:
                _set_num(p, num_id, 0)
        elif kind == "h2":
            p = d.add_paragraph(style="Heading 2")
            p.add_run(b[1])
        elif kind == "p" or kind == "lid" or kind == "small":
            p = d.add_paragraph(b[1])
            if kind == "small":
                for r in p.runs:
                    r.font.size = Pt(8.5)
        elif kind == "nlid":
            p = d.add_paragraph(b[1])
            if num_id:
                _set_num(p, num_id, 1)
        elif kind == "bullet":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind in ("table", "sig"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if kind == "table":
                t.style = d.styles["Table Grid"]
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    lines = c.split("\n")
                    cell.text = lines[0]
                    for extra in lines[1:]:
                        cell.add_paragraph(extra)
                    if i == 0 and kind == "table":
                        for r_ in cell.paragraphs[0].runs:
                            r_.bold = True
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the output is byte-identical on rebuild
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ----------------------------------------------------------------------------------------------
# TXT / MD
# ----------------------------------------------------------------------------------------------

def build_text(path, blocks, opts, md):
    out = []
    nl = 0
    for b in blocks:
        kind = b[0]
        if kind in ("endtitle", "pagebreak"):
            if kind == "pagebreak" and not md:
                out.append("\n" + "-" * 72 + "\n")
            continue
        if kind == "title":
            out.append(("# " + b[1]) if md else b[1].upper())
            if not md:
                out.append("=" * min(len(b[1]), 72))
            out.append("")
        elif kind == "subtitle":
            out.append(("*%s*" % b[1]) if md else b[1])
            out.append("")
        elif kind == "h1":
            nl = 0
            out.append(("## " + b[1]) if md else b[1])
            if not md:
                out.append("-" * min(len(b[1]), 72))
            out.append("")
        elif kind == "h2":
            out.append(("### " + b[1]) if md else b[1])
            out.append("")
        elif kind in ("p", "lid", "small"):
            out.append(wrap(b[1]) if opts.get("wrap", True) else b[1])
            out.append("")
        elif kind == "nlid":
            nl += 1
            out.append(wrap("%d. %s" % (nl, b[1])))
            out.append("")
        elif kind == "bullet":
            out.append(wrap(("- " if md else "  - ") + b[1], indent="    " if not md else "  "))
        elif kind in ("table", "sig"):
            rows = b[1]
            if md and kind == "table":
                out.append("| " + " | ".join(c.replace("\n", " ") for c in rows[0]) + " |")
                out.append("|" + "|".join("---" for _ in rows[0]) + "|")
                for r in rows[1:]:
                    out.append("| " + " | ".join(c.replace("\n", " ") for c in r) + " |")
                out.append("")
            else:
                for r in rows:
                    for c in r:
                        out.append(c)
                    out.append("")
        else:
            raise ValueError(kind)
        if kind == "bullet":
            pass
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def wrap(s, width=92, indent=""):
    import textwrap
    return textwrap.fill(s, width=width, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


# ----------------------------------------------------------------------------------------------
# extraction for --check
# ----------------------------------------------------------------------------------------------

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
        with zipfile.ZipFile(path) as z:
            assert "word/document.xml" in z.namelist()
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u2011", "-")
    return re.sub(r"\s+", " ", s).strip()


def expected_json(spec):
    return {"description": spec["description"], "split": "train", "statuses": spec["statuses"],
            "evidence": spec["evidence"]}


def build(num):
    spec = SAMPLES[num]
    blocks = spec["build"]()
    path = os.path.join(HERE, "%s.%s" % (spec["name"], spec["fmt"]))
    if spec["fmt"] == "pdf":
        build_pdf(path, blocks, spec["opts"])
    elif spec["fmt"] == "docx":
        build_docx(path, blocks, spec["opts"])
    else:
        build_text(path, blocks, spec["opts"], md=spec["fmt"] == "md")
    with open(os.path.join(HERE, spec["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected_json(spec), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


def check():
    ok = True
    fmts = {}
    for num in sorted(SAMPLES):
        spec = SAMPLES[num]
        assert re.match(r"^%s_[a-z0-9_]+$" % num, spec["name"]), spec["name"]
        assert 277 <= int(num) <= 284
        fmts[spec["fmt"]] = fmts.get(spec["fmt"], 0) + 1
        path = os.path.join(HERE, "%s.%s" % (spec["name"], spec["fmt"]))
        problems = []
        if not os.path.exists(path):
            problems.append("file missing")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa: BLE001
                text = ""
                problems.append("does not open: %r" % e)
            for k, v in spec["evidence"].items():
                if spec["statuses"][k] != "present":
                    problems.append("evidence for non-present item %s" % k)
                if norm(v) not in text:
                    problems.append("evidence %s not found: %r" % (k, v))
        jp = os.path.join(HERE, spec["name"] + ".expected.json")
        try:
            with open(jp, encoding="utf-8") as f:
                if json.load(f) != expected_json(spec):
                    problems.append("expected.json differs from table")
        except FileNotFoundError:
            problems.append("expected.json missing")
        words = len(text.split()) if "text" in dir() else 0
        print("%s %-5s %6d words  %s" % (num, spec["fmt"], words, "OK" if not problems else "; ".join(problems)))
        ok = ok and not problems
    print("formats:", fmts)
    return ok


# ==============================================================================================
# AGREEMENTS
# ==============================================================================================

# ----------------------------------------------------------------------------------------------
# 277  Lawyer's long contract, articles with leden, Twente, Zorg en welzijn kb -> Pedagogisch
#      medewerker kinderopvang niveau 3. Defect: the stuurgroep is described at length (members,
#      appointment, chair, secretary, meetings) but no taken en bevoegdheden are given to it -> c weak.
# ----------------------------------------------------------------------------------------------

@sample("277", "277_advocatenstuk_leden_twente_kinderopvang", "pdf",
        "Lang advocatencontract (PDF, artikelen met genummerde leden), Almelo/Twente, Zorg en welzijn kb -> "
        "Pedagogisch medewerker kinderopvang niveau 3; stuurgroep uitgebreid beschreven (leden, benoeming, "
        "voorzitter, secretaris, vergaderingen) maar zonder enige taken of bevoegdheden -> c weak; "
        "geen overdracht van bekostiging uitdrukkelijk vermeld",
        st("p p w p p p p p p p"),
        {"a": "Artikel 2. Onderwerp en reikwijdte",
         "b": "Artikel 4. Betrokkenheid van het werkveld",
         "d": "Artikel 6. Informatievoorziening en verantwoording",
         "e": "Artikel 7. Onderwijskundige inrichting",
         "f": "Artikel 11. Overstapoptie",
         "g": "Artikel 12. Financiële bepalingen",
         "h": "Artikel 13. Medezeggenschap",
         "i": "Artikel 16. Geschillen",
         "j": "Artikel 17. Toetreding van een nieuwe partij"},
        header="Kamphuis Ter Horst Advocaten  |  versie ter ondertekening  |  dossier 24.0318",
        footer="Samenwerkingsovereenkomst DLR Kinderopvang Almelo - pagina", justify=True,
        font="Times-Roman", size=10, pdf_title="Samenwerkingsovereenkomst DLR Kinderopvang Almelo")
def a277():
    B = []
    B += [("title", "SAMENWERKINGSOVEREENKOMST"),
          ("subtitle", "doorlopende leerroute vmbo-mbo Kinderopvang Almelo\n"
                       "(Zorg en welzijn, kaderberoepsgerichte leerweg - Pedagogisch medewerker kinderopvang)"),
          ("h2", "DE ONDERGETEKENDEN:"),
          ("lid", "1. de stichting Stichting Voortgezet Onderwijs Almelo en Omstreken, statutair gevestigd te "
                  "Almelo, kantoorhoudende aan de Wierdensestraat 212, 7607 GP Almelo, ingeschreven in het "
                  "handelsregister onder nummer 41027764, in deze rechtsgeldig vertegenwoordigd door de heer "
                  "drs. H.J.M. (Henk) Oude Luttikhuis, voorzitter van het college van bestuur, bevoegd gezag "
                  "van De Brugwachter, school voor vmbo (BRIN 17QX), hierna te noemen: \u201cde School\u201d;"),
          ("lid", "2. de stichting Stichting Regionaal Opleidingencentrum Oost-Twente, statutair gevestigd te "
                  "Hengelo, kantoorhoudende aan de Hazemeijerlaan 40, 7555 RK Hengelo, ingeschreven in het "
                  "handelsregister onder nummer 08215533, in deze rechtsgeldig vertegenwoordigd door mevrouw "
                  "mr. A.G. (Annelies) Nijhuis-Bolscher, lid van het college van bestuur, hierna te noemen: "
                  "\u201cde Instelling\u201d;"),
          ("p", "de School en de Instelling hierna gezamenlijk ook te noemen: \u201cPartijen\u201d en ieder "
                "afzonderlijk: \u201cPartij\u201d;"),
          ("h2", "OVERWEGENDE DAT:"),
          ("lid", "A. de School en de Instelling sinds 2016 samenwerken in het kader van de vakmanschapsroute "
                  "en het experiment vm2 in de sector zorg en welzijn, en zij deze samenwerking wensen voort "
                  "te zetten als een doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a Wet "
                  "voortgezet onderwijs 2020 (hierna: WVO 2020) en hoofdstuk 9, titel 1, paragraaf 1 van de "
                  "Wet educatie en beroepsonderwijs (hierna: WEB);"),
          ("lid", "B. de kinderopvangsector in Twente een structureel tekort aan gekwalificeerde pedagogisch "
                  "medewerkers kent en Partijen jongeren een ononderbroken, kansrijke en overzichtelijke route "
                  "naar dat beroep willen bieden;"),
          ("lid", "C. artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat een doorlopende leerroute "
                  "wordt verzorgd op grond van een samenwerkingsovereenkomst waarin ten minste afspraken zijn "
                  "opgenomen over de onderwerpen genoemd in het tweede lid van genoemd artikel 2.107b;"),
          ("lid", "D. Partijen hun afspraken daarom in deze overeenkomst wensen vast te leggen;"),
          ("h2", "KOMEN ALS VOLGT OVEREEN:"),
          ("endtitle",)]

    B += [("h1", "Artikel 1. Begripsbepalingen"),
          ("lid", "1.1 In deze overeenkomst wordt verstaan onder:"),
          ("bullet", "Route: de doorlopende leerroute vmbo-mbo Kinderopvang Almelo, bedoeld in artikel 2;"),
          ("bullet", "Leerling: een leerling van de School die aan de Route deelneemt en nog niet als "
                     "student bij de Instelling is ingeschreven;"),
          ("bullet", "Student: een deelnemer aan de Route die bij de Instelling is ingeschreven;"),
          ("bullet", "Deelnemer: een Leerling of een Student;"),
          ("bullet", "Vo-fase: de eerste twee leerjaren van de Route, samenvallend met leerjaar 3 en 4 van "
                     "de kaderberoepsgerichte leerweg;"),
          ("bullet", "Mbo-fase: het derde en volgende leerjaren van de Route;"),
          ("bullet", "Stuurgroep: het orgaan bedoeld in artikel 5;"),
          ("bullet", "Werkveldcommissie: de commissie bedoeld in artikel 4, derde lid;"),
          ("bullet", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
                     "examenregeling van de Route;"),
          ("bullet", "Schooljaar: de periode van 1 augustus tot en met 31 juli daaraanvolgend."),
          ("lid", "1.2 Waar in deze overeenkomst wordt verwezen naar een artikel van de WVO 2020 of de WEB, "
                  "wordt daaronder mede verstaan de bepaling die daarvoor in de plaats treedt.")]

    B += [("h1", "Artikel 2. Onderwerp en reikwijdte"),
          ("lid", "2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die aansluit op het "
                  "beroepsgerichte profiel Zorg en welzijn van de kaderberoepsgerichte leerweg van de School "
                  "en leidt tot de kwalificatie Pedagogisch medewerker kinderopvang (niveau 3, "
                  "kwalificatiedossier Pedagogisch werk, crebo 25698) in het opleidingsdomein Zorg en welzijn "
                  "van de Instelling, in de beroepsopleidende leerweg."),
          ("lid", "2.2 De Route begint in leerjaar 3 van de School en omvat in totaal vijf leerjaren: twee "
                  "leerjaren in de Vo-fase en drie leerjaren in de Mbo-fase. De Deelnemer behaalt uiterlijk "
                  "aan het einde van het derde leerjaar van de Route het diploma van de "
                  "kaderberoepsgerichte leerweg en aan het einde van de Route het mbo-diploma."),
          ("lid", "2.3 In de keuzeruimte van het mbo-deel worden ten minste de keuzedelen "
                  "Ondersteunen bij sport en bewegen en Taalontwikkeling jonge kinderen aangeboden."),
          ("lid", "2.4 Partijen melden de Route gezamenlijk aan de Minister van Onderwijs, Cultuur en "
                  "Wetenschap door registratie in het Register Instellingen en Opleidingen (RIO); ieder "
                  "Partij verzorgt de eigen registratie binnen vier weken na ondertekening."),
          ("lid", "2.5 Deze overeenkomst heeft geen betrekking op andere vormen van samenwerking tussen "
                  "Partijen, waaronder de samenwerking in het kader van de entreeopleiding en het "
                  "oriëntatieprogramma voor leerjaar 2.")]

    B += [("h1", "Artikel 3. Opbouw van de Route"),
          ("lid", "3.1 In de Vo-fase volgen Leerlingen het programma van de kaderberoepsgerichte leerweg, "
                  "waarin onderdelen van het mbo-programma zijn geïntegreerd. Overlap tussen het "
                  "profielprogramma Zorg en welzijn en de beroepsgerichte kerntaken van de kwalificatie wordt "
                  "weggenomen; de aldus vrijgekomen tijd wordt besteed aan verdieping en "
                  "beroepspraktijkvorming."),
          ("lid", "3.2 Het centraal examen van de kaderberoepsgerichte leerweg wordt afgenomen in het tweede "
                  "leerjaar van de Route. Voor Leerlingen die het centraal examen voor een of meer vakken in "
                  "het derde leerjaar afleggen, blijft de School verantwoordelijk voor het eindexamen, ook "
                  "wanneer de betrokkene reeds bij de Instelling is ingeschreven."),
          ("lid", "3.3 De Leerling wordt na twee leerjaren van de Route uitgeschreven bij de School en "
                  "ingeschreven bij de Instelling als Student. Partijen dragen zorg voor een tijdige en "
                  "juiste verwerking in BRON."),
          ("lid", "3.4 De onderwijstijd en de studieduur voldoen aan de artikelen 2.107g tot en met 2.107i "
                  "WVO 2020 en de artikelen 9.1.9 tot en met 9.1.11 WEB.")]

    B += [("h1", "Artikel 4. Betrokkenheid van het werkveld"),
          ("lid", "4.1 Partijen betrekken de kinderopvangorganisaties in de regio bij de inhoud en "
                  "uitvoering van de Route. Bij de ondertekening van deze overeenkomst hebben Kinderopvang "
                  "Het Speelkwartier B.V. (Almelo), Stichting Kinderwerk Noord-Twente (Vriezenveen) en "
                  "Kinderdagverblijf De Boomhut (Wierden) schriftelijk toegezegd aan de Route deel te nemen."),
          ("lid", "4.2 De deelnemende kinderopvangorganisaties:"),
          ("bullet", "stellen vanaf het tweede leerjaar van de Route jaarlijks samen ten minste twaalf "
                     "snuffel- en stageplaatsen beschikbaar en vanaf het derde leerjaar bpv-plaatsen bij een "
                     "door de SBB erkend leerbedrijf;"),
          ("bullet", "verzorgen per schooljaar ten minste vier gastlessen en twee praktijkopdrachten die in "
                     "overleg met de docenten worden ontworpen;"),
          ("bullet", "wijzen praktijkopleiders aan die als tweede beoordelaar deelnemen aan de beoordeling "
                     "van de proeve van bekwaamheid in de Mbo-fase."),
          ("lid", "4.3 Partijen stellen een Werkveldcommissie in, bestaande uit één vertegenwoordiger van "
                  "iedere deelnemende kinderopvangorganisatie, de adviseur praktijkleren van de SBB en de "
                  "opleidingscoördinator van de Instelling. De Werkveldcommissie komt ten minste twee maal per "
                  "schooljaar bijeen en brengt advies uit over het PTA/OER, de keuzedelen en de aansluiting "
                  "van het programma op de ontwikkelingen in de beroepspraktijk, waaronder de eisen uit de "
                  "Wet kinderopvang."),
          ("lid", "4.4 Partijen zenden de adviezen van de Werkveldcommissie met hun reactie daarop binnen zes "
                  "weken terug aan de Werkveldcommissie.")]

    B += [("h1", "Artikel 5. Stuurgroep"),
          ("lid", "5.1 Voor de Route bestaat een Stuurgroep. De Stuurgroep bestaat uit vijf leden, te weten:"),
          ("bullet", "de directeur van De Brugwachter;"),
          ("bullet", "de teamleider bovenbouw kaderberoepsgerichte leerweg van de School;"),
          ("bullet", "de opleidingsmanager Pedagogisch werk van de Instelling;"),
          ("bullet", "de opleidingscoördinator van de Instelling die tevens lid is van de Werkveldcommissie;"),
          ("bullet", "een vertegenwoordiger van de deelnemende kinderopvangorganisaties, met raadgevende stem."),
          ("lid", "5.2 De leden van de Stuurgroep worden benoemd door het college van bestuur van de Partij "
                  "bij wie zij in dienst zijn. Het lid dat de kinderopvangorganisaties vertegenwoordigt, wordt op voordracht "
                  "van de Werkveldcommissie benoemd door de colleges van bestuur van beide Partijen "
                  "gezamenlijk. Een benoeming geschiedt voor een termijn van drie schooljaren en kan twee maal "
                  "worden herhaald."),
          ("lid", "5.3 Het lidmaatschap van de Stuurgroep eindigt van rechtswege wanneer het lid de functie "
                  "op grond waarvan het is benoemd niet langer vervult. De betrokken Partij voorziet binnen "
                  "acht weken in de vacature met inachtneming van het tweede lid."),
          ("lid", "5.4 De directeur van De Brugwachter en de opleidingsmanager Pedagogisch werk zijn bij "
                  "toerbeurt voor de duur van een schooljaar voorzitter van de Stuurgroep; in het schooljaar "
                  "2025-2026 is de directeur van De Brugwachter voorzitter. De voorzitter die niet in functie "
                  "is, treedt op als plaatsvervangend voorzitter."),
          ("lid", "5.5 De Instelling stelt een ambtelijk secretaris beschikbaar die geen lid van de Stuurgroep "
                  "is. De secretaris stelt in overleg met de voorzitter de agenda op, verzendt de stukken ten "
                  "minste vijf werkdagen voor de vergadering en maakt van iedere vergadering een "
                  "verslag dat in de volgende vergadering wordt vastgesteld."),
          ("lid", "5.6 De Stuurgroep vergadert ten minste zes maal per schooljaar en voorts zo vaak als de "
                  "voorzitter of twee leden dat wenselijk achten. De vergaderingen vinden afwisselend plaats "
                  "op de locatie van de School te Almelo en op de locatie Almelo-Noord van de Instelling."),
          ("lid", "5.7 Een lid dat verhinderd is, kan zich laten vervangen door een door hem aangewezen "
                  "medewerker van dezelfde Partij. Een lid kan zich ook door een ander lid laten "
                  "vertegenwoordigen, mits schriftelijk en voor één vergadering."),
          ("lid", "5.8 De leden van de Stuurgroep verrichten hun werkzaamheden voor de Stuurgroep binnen hun "
                  "normjaartaak; Partijen brengen elkaar daarvoor geen kosten in rekening."),
          ("lid", "5.9 De Stuurgroep kan zich door deskundigen van buiten laten bijstaan, onder wie de "
                  "adviseur praktijkleren van de SBB en de zorgcoördinatoren van Partijen.")]

    B += [("h1", "Artikel 6. Informatievoorziening en verantwoording"),
          ("lid", "6.1 De Stuurgroep legt over de Route verantwoording af aan de colleges van bestuur van "
                  "beide Partijen. Zij doet dat door middel van:"),
          ("bullet", "een schriftelijke voortgangsrapportage, die vóór 1 februari en vóór 1 juli van ieder "
                     "schooljaar aan beide colleges van bestuur wordt gezonden en ten minste de instroom, "
                     "doorstroom en uitstroom per cohort, het aantal overstappers, het verzuim, de "
                     "examenresultaten en het aantal bpv-plaatsen bevat;"),
          ("bullet", "een jaarverslag over het afgelopen schooljaar, dat uiterlijk 1 november aan beide "
                     "colleges van bestuur wordt aangeboden en in het bestuurlijk overleg bedoeld in het "
                     "tweede lid wordt besproken."),
          ("lid", "6.2 De colleges van bestuur van Partijen voeren jaarlijks in de maand november een "
                  "bestuurlijk overleg over de Route, waarbij de voorzitter en de plaatsvervangend "
                  "voorzitter van de Stuurgroep aanwezig zijn."),
          ("lid", "6.3 De voorzitter van de Stuurgroep informeert beide colleges van bestuur onverwijld over "
                  "incidenten en ontwikkelingen die de continuïteit of de kwaliteit van de Route in gevaar "
                  "kunnen brengen, waaronder het wegvallen van bpv-plaatsen en signalen van de Inspectie van "
                  "het Onderwijs."),
          ("lid", "6.4 Ieder college van bestuur kan de Stuurgroep om aanvullende inlichtingen vragen; deze "
                  "worden binnen drie weken schriftelijk verstrekt.")]

    B += [("h1", "Artikel 7. Onderwijskundige inrichting"),
          ("lid", "7.1 Partijen beschrijven voor de gehele Route het onderwijsprogramma, de examinering per "
                  "leerjaar en de beroepspraktijkvorming per leerjaar in het PTA/OER. Daarin is aangegeven "
                  "welke onderdelen tot het vmbo-programma, welke tot het mbo-programma en welke tot beide "
                  "behoren en voor welke onderdelen teams van leraren en docenten worden ingezet."),
          ("lid", "7.2 Het PTA/OER wordt jaarlijks vóór 1 oktober door de bevoegde organen van beide Partijen "
                  "vastgesteld, na advies van de Werkveldcommissie. De examencommissie van de Instelling en de "
                  "examensecretaris van de School stemmen de examenplanning op elkaar af."),
          ("lid", "7.3 De Vo-fase wordt verzorgd op de locatie van de School, Wierdensestraat 212 te Almelo; "
                  "één dag per week volgen Leerlingen onderwijs in het praktijkcentrum Zorg en welzijn van de "
                  "Instelling, locatie Almelo-Noord. De Mbo-fase wordt verzorgd op de locatie Almelo-Noord "
                  "van de Instelling en bij de leerbedrijven."),
          ("lid", "7.4 Loopbaanoriëntatie en -begeleiding is doorlopend belegd bij een vaste mentor per "
                  "groep; bij de overgang naar de Mbo-fase vindt een warme overdracht plaats tussen de "
                  "mentor en de studieloopbaanbegeleider.")]

    B += [("h1", "Artikel 8. Inzet van personeel"),
          ("lid", "8.1 Het onderwijs in de Route wordt verzorgd door één docententeam, bestaande uit leraren "
                  "van de School en docenten van de Instelling. De School zet ten minste twee leraren "
                  "zorg en welzijn en de leraren algemene vakken in; de Instelling zet ten minste twee "
                  "docenten pedagogisch werk en een docent praktijkleren in."),
          ("lid", "8.2 Voor de in het PTA/OER aangewezen vak- en sectoroverstijgende programmaonderdelen wordt "
                  "het team ingezet als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Ieder "
                  "teamlid is verantwoordelijk voor het deel van het programma waarvoor hij bevoegd is; voor "
                  "ieder programmaonderdeel is ten minste één bevoegde leraar of docent betrokken."),
          ("lid", "8.3 Ieder personeelslid blijft in dienst van de eigen werkgever en valt onder diens "
                  "arbeidsvoorwaarden en personeelsbeleid. Er is geen sprake van detachering of "
                  "terbeschikkingstelling tegen vergoeding."),
          ("lid", "8.4 Partijen organiseren jaarlijks ten minste twee gezamenlijke studiedagen voor het "
                  "docententeam en bieden teamleden de gelegenheid om bij de andere Partij mee te lopen.")]

    B += [("h1", "Artikel 9. Gebruik van faciliteiten"),
          ("lid", "9.1 De Instelling stelt het praktijkcentrum Zorg en welzijn op de locatie Almelo-Noord, "
                  "met daarin de babyverzorgingsruimte, het oefenlokaal \u2018groepsruimte\u2019 en de "
                  "speel-leerhoek, op één vaste dag per week kosteloos ter beschikking voor de Vo-fase."),
          ("lid", "9.2 De School stelt haar praktijklokaal verzorging en het keukenlokaal ter beschikking "
                  "voor gezamenlijke lessen en voor gastlessen van de werkveldpartners."),
          ("lid", "9.3 Deelnemers krijgen vanaf het eerste leerjaar van de Route toegang tot de digitale "
                  "leeromgeving van de Instelling. De School gebruikt voor de leerlingadministratie Magister, "
                  "de Instelling Eduarte; de gegevensuitwisseling tussen beide systemen verloopt via de "
                  "routecoördinatoren met inachtneming van artikel 14."),
          ("lid", "9.4 Schade aan faciliteiten wordt afgewikkeld overeenkomstig artikel 15.")]

    B += [("h1", "Artikel 10. Inschrijving, verzuim, begeleiding en klachten"),
          ("lid", "10.1 In de Vo-fase is de School verantwoordelijk voor de verzuimregistratie en de melding "
                  "aan de leerplichtambtenaar; in de Mbo-fase is dat de Instelling."),
          ("lid", "10.2 Extra ondersteuning wordt in de Vo-fase geboden volgens het schoolondersteuningsprofiel "
                  "van de School en in de Mbo-fase volgens het ondersteuningsbeleid van de Instelling."),
          ("lid", "10.3 De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van "
                  "personeel of het bestuur van de andere Partij in het kader van de Route. Een klacht die bij "
                  "de School wordt ingediend over gedrag van een docent van de Instelling, wordt door de School "
                  "in behandeling genomen; de Instelling verleent daaraan volledige medewerking en draagt zorg "
                  "voor eventuele maatregelen jegens haar docent.")]

    B += [("h1", "Artikel 11. Overstapoptie"),
          ("lid", "11.1 Wanneer de deelname aan de Route wordt beëindigd voordat deze met goed gevolg is "
                  "afgerond, stellen Partijen de Deelnemer in staat een vmbo-diploma of een mbo-diploma te "
                  "behalen dat past bij het bereikte onderwijsniveau en de leeftijd van de Deelnemer."),
          ("lid", "11.2 Partijen hanteren daarbij in elk geval de volgende kaders:"),
          ("bullet", "bij beëindiging in de Vo-fase zet de Leerling het onderwijs voort in de reguliere "
                     "kaderberoepsgerichte leerweg van de School, in hetzelfde of een ander profiel, met het "
                     "oog op het behalen van het vmbo-diploma;"),
          ("bullet", "heeft de Deelnemer aan het einde van het derde leerjaar van de Route het vmbo-diploma "
                     "niet behaald, dan kan hij in overleg het examenjaar overdoen, of zonder vmbo-diploma "
                     "instromen in een andere opleiding op niveau 2 of 3 van de Instelling die aansluit bij de "
                     "behaalde onderdelen;"),
          ("bullet", "bij beëindiging in de Mbo-fase wordt de Student een opleiding op hetzelfde niveau in "
                     "het domein Zorg en welzijn of in een ander domein van de Instelling aangeboden, "
                     "waaronder Gespecialiseerd pedagogisch medewerker of Medewerker sport en recreatie;"),
          ("bullet", "wenst de Deelnemer een opleiding aan een andere instelling, dan ondersteunen Partijen "
                     "bij de aanmelding en bij een eventueel geschiktheidsonderzoek."),
          ("lid", "11.3 Bij een overstap naar een andere opleiding van de Instelling gelden de "
                  "vooropleidingseisen niet."),
          ("lid", "11.4 Over de concrete overstap beslissen de directeur van De Brugwachter en de "
                  "opleidingsmanager Pedagogisch werk gezamenlijk, nadat met de Deelnemer en, indien hij "
                  "minderjarig is, zijn ouders of verzorgers een gesprek is gevoerd. De beslissing wordt "
                  "binnen vier weken na dat gesprek schriftelijk en gemotiveerd aan de Deelnemer meegedeeld."),
          ("lid", "11.5 Partijen nemen de uitwerking van deze kaders op in de schoolgids en de studiegids.")]

    B += [("h1", "Artikel 12. Financiële bepalingen"),
          ("lid", "12.1 Iedere Partij ontvangt de rijksbijdrage voor de Deelnemers die bij haar zijn "
                  "ingeschreven en draagt de kosten van het eigen personeel en de eigen voorzieningen."),
          ("lid", "12.2 Er vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 "
                  "of artikel 9.1.15 WEB. Partijen brengen elkaar voor het gebruik van faciliteiten en de "
                  "inzet van personeel in het kader van de Route geen kosten in rekening."),
          ("lid", "12.3 Indien Partijen in de toekomst alsnog middelen willen overdragen, leggen zij de "
                  "omvang en de bestemming daarvan vast in een schriftelijke wijziging van deze overeenkomst "
                  "overeenkomstig artikel 18.")]

    B += [("h1", "Artikel 13. Medezeggenschap"),
          ("lid", "13.1 In de Vo-fase is de Wet medezeggenschap op scholen van toepassing, in de Mbo-fase "
                  "hoofdstuk 8a WEB en, voor het personeel van de Instelling, de Wet op de ondernemingsraden."),
          ("lid", "13.2 In aanvulling daarop komen Partijen overeen dat twee Leerlingen uit de Vo-fase als "
                  "toehoorder met spreekrecht deelnemen aan de vergaderingen van de studentenraad van de "
                  "locatie Almelo-Noord, en dat de studentenraad een Student uit de Mbo-fase mag afvaardigen "
                  "naar de leerlinggeleding van de medezeggenschapsraad van de School, eveneens met "
                  "spreekrecht."),
          ("lid", "13.3 Voorgenomen besluiten tot wijziging of beëindiging van deze overeenkomst worden door "
                  "iedere Partij ter advisering voorgelegd aan de eigen medezeggenschapsorganen. Partijen "
                  "organiseren ten minste eenmaal per schooljaar een gezamenlijke bijeenkomst van de "
                  "medezeggenschapsraad van de School en de studentenraad en ondernemingsraad van de "
                  "Instelling over de Route.")]

    B += [("h1", "Artikel 14. Persoonsgegevens"),
          ("lid", "14.1 Partijen zijn ieder zelfstandig verwerkingsverantwoordelijke voor de persoonsgegevens "
                  "van de Deelnemers die zij in het kader van de Route verwerken. Zij wisselen uitsluitend "
                  "gegevens uit die noodzakelijk zijn voor de uitvoering van het onderwijs, de examinering, "
                  "de begeleiding en de overstap."),
          ("lid", "14.2 Partijen sluiten binnen drie maanden na ondertekening een protocol "
                  "gegevensuitwisseling, dat als bijlage aan deze overeenkomst wordt gehecht.")]

    B += [("h1", "Artikel 15. Aansprakelijkheid en verzekering"),
          ("lid", "15.1 Iedere Partij is aansprakelijk voor schade die het gevolg is van een aan haar toe te "
                  "rekenen tekortkoming in de nakoming van deze overeenkomst, met een maximum van het bedrag "
                  "dat in het betreffende geval door haar aansprakelijkheidsverzekering wordt uitgekeerd."),
          ("lid", "15.2 Iedere Partij draagt zorg voor een adequate verzekering tegen wettelijke "
                  "aansprakelijkheid, die mede dekking biedt voor Deelnemers tijdens onderwijs op de locatie "
                  "van de andere Partij en bij leerbedrijven.")]

    B += [("h1", "Artikel 16. Geschillen"),
          ("lid", "16.1 Partijen spannen zich in om geschillen over de uitvoering van deze overeenkomst in "
                  "der minne op te lossen. Een Partij die meent dat een geschil bestaat, deelt dit "
                  "schriftelijk en gemotiveerd mee aan de andere Partij."),
          ("lid", "16.2 Binnen drie weken na die mededeling voeren de colleges van bestuur van Partijen "
                  "overleg. Leidt dat overleg niet binnen zes weken na de mededeling tot een oplossing, dan "
                  "leggen Partijen het geschil voor aan een mediator die is ingeschreven in het register van "
                  "de Mediatorsfederatie Nederland en die zij gezamenlijk aanwijzen. De kosten van de "
                  "mediation worden door Partijen bij helfte gedragen."),
          ("lid", "16.3 Is het geschil niet binnen drie maanden na aanvang van de mediation opgelost, dan is "
                  "ieder van Partijen bevoegd het geschil voor te leggen aan de bevoegde rechter van de "
                  "rechtbank Overijssel, zittingsplaats Almelo."),
          ("lid", "16.4 Op deze overeenkomst is Nederlands recht van toepassing.")]

    B += [("h1", "Artikel 17. Toetreding van een nieuwe partij"),
          ("lid", "17.1 Het bevoegd gezag van een andere school voor vmbo of van een andere instelling voor "
                  "beroepsonderwijs kan tot deze overeenkomst toetreden, mits:"),
          ("bullet", "de toetredende partij een schriftelijk verzoek doet aan beide Partijen, vergezeld van "
                     "een beschrijving van het aanbod waarmee zij wil deelnemen;"),
          ("bullet", "beide Partijen schriftelijk met de toetreding instemmen;"),
          ("bullet", "de toetredende partij een akte van toetreding ondertekent waarbij zij alle rechten en "
                     "verplichtingen uit deze overeenkomst aanvaardt;"),
          ("bullet", "de toetreding ingaat per 1 augustus van een schooljaar, zodat het onderwijs aan "
                     "Deelnemers in een lopend schooljaar ongewijzigd kan worden voortgezet."),
          ("lid", "17.2 Partijen en de toetredende partij melden de deelname van de toetredende partij aan "
                  "de Minister via RIO."),
          ("lid", "17.3 Een toetreding doet geen afbreuk aan de rechten van Deelnemers die op het moment van "
                  "toetreding reeds aan de Route deelnemen; hun onderwijsprogramma en hun plaats van onderwijs "
                  "worden niet zonder hun instemming gewijzigd.")]

    B += [("h1", "Artikel 18. Wijziging"),
          ("lid", "18.1 Deze overeenkomst kan uitsluitend worden gewijzigd bij een schriftelijke, door "
                  "beide Partijen rechtsgeldig ondertekende overeenkomst, na advies van de "
                  "medezeggenschapsorganen overeenkomstig artikel 13, derde lid."),
          ("lid", "18.2 Een wijziging die het onderwijsprogramma, de examinering of de locatie van de Route "
                  "raakt, treedt niet eerder in werking dan bij het begin van het eerstvolgende schooljaar en "
                  "geldt voor Deelnemers die al aan de Route deelnemen slechts voor zover dat hen niet in hun "
                  "studievoortgang benadeelt.")]

    B += [("h1", "Artikel 19. Duur, opzegging en ontbinding"),
          ("lid", "19.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
                  "onbepaalde tijd."),
          ("lid", "19.2 Iedere Partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig "
                  "jaar met inachtneming van een opzegtermijn van twaalf maanden. Na een opzegging worden geen "
                  "nieuwe Leerlingen meer tot de Route toegelaten."),
          ("lid", "19.3 Iedere Partij kan deze overeenkomst ontbinden indien de andere Partij ernstig tekort "
                  "schiet in de nakoming van haar verplichtingen en die tekortkoming niet binnen twee maanden "
                  "na schriftelijke ingebrekestelling heeft hersteld, of indien de andere Partij de "
                  "bekostiging voor de betrokken leerweg of opleiding verliest."),
          ("lid", "19.4 Bij opzegging of ontbinding blijven Partijen gehouden de Route voor de Deelnemers die "
                  "op dat moment aan de Route deelnemen volledig te verzorgen tot het moment waarop het laatste "
                  "cohort de Route heeft afgerond, tenzij de betrokken Deelnemers met een door Partijen "
                  "gezamenlijk aangeboden gelijkwaardig alternatief instemmen. Artikel 11 is van "
                  "overeenkomstige toepassing.")]

    B += [("h1", "Artikel 20. Slotbepalingen"),
          ("lid", "20.1 Deze overeenkomst vervangt de samenwerkingsovereenkomst vakmanschapsroute Zorg en "
                  "welzijn van 14 maart 2016."),
          ("lid", "20.2 Indien een bepaling van deze overeenkomst nietig of vernietigbaar blijkt, blijven de "
                  "overige bepalingen van kracht en vervangen Partijen de betreffende bepaling door een "
                  "geldige bepaling die zoveel mogelijk aansluit bij de strekking daarvan."),
          ("p", "Aldus overeengekomen en in tweevoud opgemaakt en ondertekend,"),
          ("sig", [["Stichting Voortgezet Onderwijs Almelo en Omstreken\n\nAlmelo, 30 juni 2025\n\n\n"
                    "drs. H.J.M. Oude Luttikhuis\nvoorzitter college van bestuur",
                    "Stichting Regionaal Opleidingencentrum Oost-Twente\n\nHengelo, 30 juni 2025\n\n\n"
                    "mr. A.G. Nijhuis-Bolscher\nlid college van bestuur"]], [1, 1])]
    return B


# ----------------------------------------------------------------------------------------------
# 278  Board secretary's text with Word auto-numbering (article and lid numbers exist only in the
#      numbering definitions) and a "Toelichting" under most articles. Haarlem / Zuid-Kennemerland,
#      Economie en ondernemen gl -> Medewerker marketing en communicatie niveau 4. Fully compliant.
# ----------------------------------------------------------------------------------------------

@sample("278", "278_bestuurssecretaris_autonummering_haarlem_marketing", "docx",
        "Lange overeenkomst van een bestuurssecretaris (DOCX, Word-autonummering van artikelen en leden, "
        "toelichting per artikel), Haarlem/Zuid-Kennemerland, Economie en ondernemen gl -> Medewerker "
        "marketing en communicatie niveau 4; volledig compliant, overdracht bekostiging met bedrag en "
        "bestemming",
        st("p p p p p p p p p p"),
        {"a": "Onderwerp: de route Marketing en communicatie",
         "b": "Inbreng van het werkveld",
         "c": "Routeleiding: samenstelling, benoeming, taken en mandaat",
         "d": "Rapportage en verantwoording aan de colleges van bestuur",
         "e": "Onderwijsprogramma, locaties en examinering",
         "f": "Overstap bij voortijdige beëindiging van de route",
         "g": "Overdracht van middelen",
         "h": "Medezeggenschap",
         "i": "Geschillenregeling",
         "j": "Toetreding, wijziging en beëindiging"},
        autonum=True, lvl0="Artikel %1", lvl1="%1.%2", docx_font="Cambria", docx_size=10.5,
        docx_author="Bestuurssecretariaat SOVOK", docx_title="SOK DLR Marketing en communicatie")
def a278():
    B = []
    B += [("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
          ("subtitle", "Route Marketing en communicatie Zuid-Kennemerland\n"
                       "Vastgesteld in de gezamenlijke vergadering van de colleges van bestuur van 24 juni 2025"),
          ("small", "Kenmerk: BS/2025/0417. Opgesteld door het bestuurssecretariaat van SOVOK in afstemming met de "
                    "afdeling Juridische Zaken van Stichting ROC Spaarnestad. De nummering van artikelen en leden "
                    "is automatisch; verwijzingen in de toelichting zijn naar de titel van het artikel."),
          ("h2", "Partijen"),
          ("p", "Het college van bestuur van de Stichting Openbaar Voortgezet Onderwijs Kennemerland (SOVOK), "
                "gevestigd te Haarlem, bevoegd gezag van het Spaarne Vakcollege, school voor vmbo, Leidsevaart "
                "300 te Haarlem, hierna: de school, rechtsgeldig vertegenwoordigd door mr. drs. C.E. (Carolien) "
                "van der Voort, voorzitter;"),
          ("p", "en"),
          ("p", "het college van bestuur van de Stichting ROC Spaarnestad, gevestigd te Haarlem, bevoegd gezag "
                "van het regionaal opleidingencentrum ROC Spaarnestad, hierna: het ROC, rechtsgeldig "
                "vertegenwoordigd door drs. M. (Mustafa) El Idrissi, voorzitter;"),
          ("p", "hierna samen: partijen,"),
          ("h2", "In aanmerking nemende"),
          ("bullet", "dat partijen sinds het schooljaar 2022-2023 een pilot uitvoeren waarin leerlingen van de "
                     "gemengde leerweg van de school mbo-onderdelen van de opleiding marketing en communicatie "
                     "volgen;"),
          ("bullet", "dat de pilot positief is geëvalueerd door de gezamenlijke projectgroep (evaluatierapport "
                     "van 12 maart 2025);"),
          ("bullet", "dat partijen de pilot per 1 augustus 2025 willen omzetten in een doorlopende leerroute "
                     "vmbo-mbo en deze overeenkomst daartoe sluiten;"),
          ("p", "komen het volgende overeen."),
          ("endtitle",)]

    B += [("h1", "Onderwerp: de route Marketing en communicatie"),
          ("nlid", "Partijen verzorgen gezamenlijk de doorlopende leerroute vmbo-mbo Marketing en "
                   "communicatie, hierna: de route. De route begint in leerjaar 3 van de gemengde leerweg, "
                   "profiel Economie en ondernemen, van de school en leidt tot de mbo-kwalificatie Medewerker "
                   "marketing en communicatie, niveau 4 (middenkaderopleiding), kwalificatiedossier Marketing, "
                   "communicatie en evenementen, opleidingsdomein Handel en ondernemerschap, van het ROC, "
                   "beroepsopleidende leerweg."),
          ("nlid", "De route duurt vijf jaar. In de eerste twee leerjaren (de vo-fase) staat de leerling "
                   "ingeschreven bij de school; vanaf het derde leerjaar (de mbo-fase) staat hij ingeschreven "
                   "als student bij het ROC."),
          ("nlid", "Leerlingen van de kaderberoepsgerichte leerweg, profiel Economie en ondernemen, kunnen "
                   "eveneens tot de route worden toegelaten als de toelatingscommissie van de school, na "
                   "advies van de routeleiding, vaststelt dat zij het niveau van de gemengde leerweg aankunnen."),
          ("nlid", "Partijen melden de route gezamenlijk aan de minister door elk de route vóór 1 oktober 2025 "
                   "in RIO te registreren."),
          ("p", "Toelichting: de route vervangt de pilot. Leerlingen die in de pilot zijn gestart, worden per "
                "1 augustus 2025 in de route opgenomen zonder dat hun programma verandert.")]

    B += [("h1", "Inbreng van het werkveld"),
          ("nlid", "Partijen werken voor de route samen met Haarlem Stadspromotie, het evenementenbureau "
                   "Spaarne Events B.V., de Ondernemersvereniging Haarlem-Centrum en de mediabureaus die in de "
                   "bijlage bij deze overeenkomst zijn vermeld; zij vormen samen het werkveldnetwerk."),
          ("nlid", "De leden van het werkveldnetwerk leveren per leerjaar ten minste één levensechte "
                   "opdracht, zoals een social-mediacampagne voor een evenement of een marktonderzoek onder "
                   "winkelbezoekers, en beoordelen de opleverwerken mee."),
          ("nlid", "Vanaf het tweede leerjaar lopen leerlingen een snuffelstage van vijf dagen bij een lid "
                   "van het werkveldnetwerk; in de mbo-fase verzorgen de erkende leerbedrijven van het "
                   "werkveldnetwerk de beroepspraktijkvorming."),
          ("nlid", "Het werkveldnetwerk komt tweemaal per jaar bijeen met de routeleiding als klankbordgroep en "
                   "adviseert over de inhoud van het programma, de keuzedelen en de examenopdrachten. De "
                   "routeleiding legt schriftelijk vast wat met de adviezen is gedaan."),
          ("p", "Toelichting: het netwerk is bewust breed samengesteld, zodat zowel commerciële als publieke "
                "opdrachtgevers in het programma terugkomen.")]

    B += [("h1", "Routeleiding: samenstelling, benoeming, taken en mandaat"),
          ("nlid", "De leiding over de route berust bij de routeleiding, bestaande uit de afdelingsleider "
                   "bovenbouw van de school en de opleidingsmanager Commercie, marketing en evenementen van het "
                   "ROC. Zij worden bijgestaan door een routecoördinator."),
          ("nlid", "De afdelingsleider wordt door het college van bestuur van SOVOK aangewezen en de "
                   "opleidingsmanager door het college van bestuur van het ROC. De routecoördinator wordt door "
                   "beide colleges gezamenlijk benoemd, op voordracht van de routeleiding, voor een periode van "
                   "drie jaar."),
          ("nlid", "De colleges van bestuur dragen de routeleiding de volgende taken op: de dagelijkse "
                   "aansturing van de route, het opstellen van het gezamenlijke PTA/OER, de roostering en de "
                   "inzet van het docententeam, de organisatie van de beroepspraktijkvorming, het "
                   "kwaliteitszorgplan van de route en het onderhouden van de contacten met het werkveldnetwerk."),
          ("nlid", "De routeleiding is bevoegd om, binnen de door de colleges van bestuur vastgestelde "
                   "begroting en formatie, zelfstandig te beslissen over de verdeling van lesuren over het "
                   "docententeam, over uitgaven tot € 15.000 per geval, over de toelating van leerlingen tot "
                   "de route en over de overstap van individuele leerlingen als bedoeld in het artikel over de "
                   "overstap."),
          ("nlid", "Voorbehouden aan de colleges van bestuur blijven: de vaststelling van de begroting van de "
                   "route, de vaststelling van het PTA/OER, de benoeming en het ontslag van personeel, en "
                   "besluiten die partijen financieel voor meer dan € 15.000 binden."),
          ("nlid", "Besluiten van de routeleiding worden in overeenstemming tussen beide leden genomen. "
                   "Bereiken zij geen overeenstemming, dan leggen zij de kwestie voor aan de directeur van de "
                   "school en de directeur van het cluster Economie van het ROC, die samen beslissen."),
          ("p", "Toelichting: met het mandaat in het vierde lid kan de routeleiding de praktische zaken van de "
                "route zelf afdoen; zaken met bestuurlijke of financiële gevolgen blijven bij de colleges.")]

    B += [("h1", "Rapportage en verantwoording aan de colleges van bestuur"),
          ("nlid", "De routeleiding stelt de colleges van bestuur van beide partijen op de hoogte van de gang "
                   "van zaken in de route door na afloop van elk kwartaal een korte voortgangsnotitie toe te "
                   "zenden met de stand van instroom, uitval, verzuim en bpv-plaatsen."),
          ("nlid", "Jaarlijks vóór 1 oktober legt de routeleiding schriftelijk verantwoording af over het "
                   "afgelopen schooljaar in een jaarrapportage, met daarin in elk geval de rendementen per "
                   "cohort, de examenresultaten, de besteding van het routebudget en de overgedragen middelen, "
                   "de adviezen van het werkveldnetwerk en de resultaten van de tevredenheidsonderzoeken."),
          ("nlid", "De jaarrapportage wordt besproken in het bestuurlijk overleg van beide colleges van "
                   "bestuur, dat tweemaal per jaar plaatsvindt, in oktober en in maart. De routeleiding is bij "
                   "dat overleg aanwezig."),
          ("nlid", "Ieder college kan tussentijds inlichtingen vragen; de routeleiding verstrekt deze binnen "
                   "tien werkdagen."),
          ("p", "Toelichting: de jaarrapportage wordt in beide bestuursverslagen verwerkt.")]

    B += [("h1", "Onderwijsprogramma, locaties en examinering"),
          ("nlid", "Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming "
                   "per leerjaar in een gezamenlijk PTA/OER, waarin is aangegeven welke onderdelen tot het "
                   "vmbo, welke tot het mbo en welke tot beide behoren."),
          ("nlid", "De vo-fase wordt gegeven in het gebouw van de school aan de Leidsevaart; in leerjaar 2 van "
                   "de route volgen leerlingen één dag per week les in de leerwerkplaats Marketing Lab van het "
                   "ROC aan het Zijlweg-complex. De mbo-fase wordt gegeven op de locatie Zijlweg van het ROC."),
          ("nlid", "Het centraal examen van de gemengde leerweg wordt afgenomen in het tweede leerjaar van de "
                   "route. Het ROC neemt vanaf het eerste leerjaar examens af voor de beroepsgerichte "
                   "onderdelen die in het PTA/OER zijn aangewezen."),
          ("nlid", "Voor de in het PTA/OER aangewezen vakoverstijgende onderdelen werken partijen met één "
                   "docententeam als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. De school levert "
                   "de docenten economie, Nederlands en Engels en een docent Economie en ondernemen; het ROC "
                   "levert twee docenten marketing en communicatie en een bpv-begeleider. Elk teamlid is "
                   "verantwoordelijk voor het onderdeel waarvoor hij bevoegd is."),
          ("nlid", "Het personeel blijft in dienst van de eigen werkgever. De routeleiding stelt jaarlijks een "
                   "teamplan op met de inzet in uren per teamlid."),
          ("nlid", "Het ROC stelt het Marketing Lab, de fotostudio en de licenties voor de ontwerpsoftware "
                   "beschikbaar; de school stelt haar mediatheek en de aula beschikbaar voor presentaties en "
                   "evenementen van de route. Leerlingen in de vo-fase krijgen een ROC-account en toegang tot "
                   "de digitale leeromgeving."),
          ("nlid", "De klachtenregeling van elke partij is mede van toepassing op gedragingen van het personeel "
                   "van de andere partij binnen de route. Verzuim wordt in de vo-fase door de school en in de "
                   "mbo-fase door het ROC gemeld.")]

    B += [("h1", "Overstap bij voortijdige beëindiging van de route"),
          ("nlid", "Een leerling of student die de route niet voortzet, krijgt van partijen een passend "
                   "vervolg waarmee hij een vmbo-diploma of een mbo-diploma kan behalen. Partijen beoordelen "
                   "gezamenlijk welk vervolg past bij het niveau dat hij heeft bereikt en bij zijn leeftijd."),
          ("nlid", "Wie in de vo-fase stopt, maakt de gemengde leerweg of de kaderberoepsgerichte leerweg van "
                   "de school af, in het profiel Economie en ondernemen of, als hij dat wil, in een ander "
                   "profiel van de school."),
          ("nlid", "Wie aan het einde van het derde leerjaar van de route het vmbo-diploma niet heeft, kan "
                   "het examenjaar overdoen, of zonder vmbo-diploma doorstromen naar een andere opleiding van "
                   "het ROC op niveau 3 of 4, waarbij de al behaalde onderdelen worden meegenomen. De "
                   "vooropleidingseisen gelden niet bij een overstap binnen het ROC."),
          ("nlid", "Wie in de mbo-fase wil overstappen naar een andere richting, kan instromen in een andere "
                   "opleiding van het ROC op hetzelfde niveau, bijvoorbeeld Commercieel medewerker of "
                   "Medewerker evenementenorganisatie. Een overstap naar een andere instelling wordt begeleid; "
                   "die instelling kan een geschiktheidsonderzoek houden."),
          ("nlid", "De routeleiding neemt het besluit over de overstap namens beide partijen, na een gesprek "
                   "met de leerling en zijn ouders. De mentor en de studieloopbaanbegeleider zorgen voor een "
                   "warme overdracht. De werkwijze staat ook in de schoolgids en de studiegids.")]

    B += [("h1", "Overdracht van middelen"),
          ("nlid", "De school draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks een deel van haar "
                   "bekostiging over aan het ROC. De omvang bedraagt € 950 per leerling die op 1 oktober in "
                   "het tweede leerjaar van de route staat ingeschreven."),
          ("nlid", "Het overgedragen bedrag is bestemd voor de inzet van de docenten marketing en "
                   "communicatie van het ROC in de vo-fase en voor de licenties en materialen van het Marketing "
                   "Lab die leerlingen in de vo-fase gebruiken. Het ROC verantwoordt de besteding in de "
                   "jaarrapportage."),
          ("nlid", "Het ROC factureert het bedrag in december; de school betaalt binnen dertig dagen. Er vindt "
                   "geen overdracht plaats van het ROC naar de school."),
          ("nlid", "Overige kosten worden gedragen door de partij die ze maakt.")]

    B += [("h1", "Medezeggenschap"),
          ("nlid", "Voor leerlingen in de vo-fase, hun ouders en het personeel van de school geldt de WMS; "
                   "voor studenten in de mbo-fase en het personeel van het ROC gelden hoofdstuk 8a WEB en de "
                   "WOR."),
          ("nlid", "Partijen spreken aanvullend af dat de medezeggenschapsraad van de school en de "
                   "studentenraad van het ROC een gezamenlijke routecommissie vormen van vier leden (twee uit "
                   "elke raad, waarvan ten minste één leerling of student van de route). De routecommissie "
                   "wordt door de routeleiding gehoord over het PTA/OER en de jaarrapportage, voordat die aan "
                   "de colleges worden voorgelegd."),
          ("nlid", "Een leerling in de vo-fase mag zich verkiesbaar stellen voor de studentenraad van het ROC."),
          ("p", "Toelichting: de routecommissie heeft geen eigen wettelijke bevoegdheden; de bevoegdheden van de "
                "raden zelf blijven onverlet.")]

    B += [("h1", "Geschillenregeling"),
          ("nlid", "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken "
                   "door de routeleiding en, als dat binnen vier weken geen oplossing geeft, in een bijzonder "
                   "bestuurlijk overleg van beide colleges."),
          ("nlid", "Is het geschil acht weken na het bijzonder bestuurlijk overleg niet opgelost, dan wordt het "
                   "voorgelegd aan een geschillencommissie van drie personen. Elke partij wijst één lid aan; "
                   "die twee leden kiezen samen een onafhankelijke voorzitter met juridische achtergrond."),
          ("nlid", "De geschillencommissie doet binnen twee maanden uitspraak in de vorm van een bindend "
                   "advies. De kosten worden door partijen gelijk gedeeld, tenzij de commissie anders bepaalt.")]

    B += [("h1", "Toetreding, wijziging en beëindiging"),
          ("nlid", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij "
                   "worden, als beide partijen schriftelijk instemmen en de nieuwe partij alle verplichtingen "
                   "uit deze overeenkomst schriftelijk aanvaardt. Toetreding gaat in per 1 augustus en wordt "
                   "door alle betrokkenen in RIO gemeld."),
          ("nlid", "Wijziging van deze overeenkomst gebeurt alleen schriftelijk, met handtekening van beide "
                   "colleges van bestuur, na het horen van de routecommissie."),
          ("nlid", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Elke partij kan de "
                   "overeenkomst schriftelijk opzeggen met een termijn van ten minste één schooljaar, tegen "
                   "het einde van een schooljaar."),
          ("nlid", "Na opzegging, ontbinding of bij toetreding of wijziging beperken partijen de gevolgen voor "
                   "leerlingen en studenten zoveel mogelijk: er stromen na een opzegging geen nieuwe "
                   "leerlingen meer in, en alle leerlingen en studenten die al in de route zitten, kunnen de "
                   "route bij partijen afmaken onder dezelfde voorwaarden. Een wijziging van het programma "
                   "geldt pas voor een nieuw cohort, tenzij de betrokkenen instemmen.")]

    B += [("h1", "Slotbepaling"),
          ("nlid", "Deze overeenkomst kan worden aangehaald als \u2018SOK Marketing en communicatie 2025\u2019."),
          ("p", "Aldus vastgesteld en ondertekend te Haarlem op 24 juni 2025."),
          ("sig", [["Namens het college van bestuur van SOVOK\n\n\nmr. drs. C.E. van der Voort, voorzitter",
                    "Namens het college van bestuur van Stichting ROC Spaarnestad\n\n\ndrs. M. El Idrissi, "
                    "voorzitter"]]),
          ("h2", "Bijlage: werkveldnetwerk (stand juni 2025)"),
          ("table", [["Organisatie", "Rol in de route", "Contactpersoon"],
                     ["Haarlem Stadspromotie", "levensechte opdrachten leerjaar 1 en 3; bpv", "J. Brouwer"],
                     ["Spaarne Events B.V.", "opdracht evenement leerjaar 2; snuffelstages; bpv", "S. Kok"],
                     ["Ondernemersvereniging Haarlem-Centrum", "marktonderzoek leerjaar 2; klankbord", "R. Tol"],
                     ["Bureau Kennemerblauw (communicatie)", "bpv; meebeoordelen opleverwerken", "L. de Wit"],
                     ["Studio Rozenprieel (fotografie en video)", "gastlessen; bpv", "D. Oerlemans"]],
           [3, 4, 2])]
    return B


# ----------------------------------------------------------------------------------------------
# 279  Consortium of four (three vmbo school boards + one ROC), plain text with decimal section
#      numbers, Voorne-Putten / Botlek, Produceren, installeren en energie kb/gl -> Operator B (3) and
#      Operator C (4), bilingual-flavoured process-industry jargon. Defects: a transfer of bekostiging
#      with an amount and payment mechanics but no bestemming -> g weak; toetreding, uittreding,
#      opzegging and wijziging arranged at length but without any word on pupils already in the route,
#      and notice not tied to the school year -> j weak.
# ----------------------------------------------------------------------------------------------

@sample("279", "279_consortium_vier_partijen_voorne_putten_procestechniek", "txt",
        "Consortiumovereenkomst van vier partijen (TXT, decimale paragraafnummers, Engelstalig "
        "procesindustrie-jargon), Voorne-Putten/Botlek, PIE kb/gl -> Operator B niveau 3 en Operator C "
        "niveau 4; overdracht van bekostiging met bedrag per leerling maar zonder bestemming -> g weak; "
        "toetreding, uittreding en opzegging uitgebreid geregeld zonder enig woord over leerlingen in de "
        "route -> j weak",
        st("p p p p p p w p p w"),
        {"a": "2. SCOPE: DE ROUTES",
         "b": "3. INDUSTRY PARTNERS EN HET BEDRIJFSLEVEN",
         "c": "4. GOVERNANCE: CONSORTIUMRAAD EN PROGRAMME BOARD",
         "d": "5. REPORTING EN VERANTWOORDING",
         "e": "6. ONDERWIJS, LOCATIES, STAFF EN FACILITEITEN",
         "f": "7. SWITCHEN: DE OVERSTAPOPTIE",
         "h": "9. MEDEZEGGENSCHAP EN STUDENT VOICE",
         "i": "10. ESCALATIE EN GESCHILLEN"},
        wrap=True)
def a279():
    B = []
    B += [("title", "Consortiumovereenkomst Procestechniek Voorne-Putten"),
          ("p", "Samenwerkingsovereenkomst doorlopende leerroutes vmbo-mbo \u2018Process Operator Pathway\u2019"),
          ("p", "Versie 1.0 - definitief - juni 2025"),
          ("h1", "PARTIJEN"),
          ("lid", "1) Stichting Christelijk Voortgezet Onderwijs Voorne, gevestigd te Brielle, bevoegd gezag van "
                  "Het Baken College (vmbo), vertegenwoordigd door de voorzitter van het college van bestuur, "
                  "mevrouw drs. I. (Inge) Verhoef;"),
          ("lid", "2) Stichting Openbaar Voortgezet Onderwijs Nissewaard, gevestigd te Spijkenisse, bevoegd gezag "
                  "van het Nissewaard Vakcollege, vertegenwoordigd door de bestuurder, de heer R. (Ruud) "
                  "Zevenbergen MBA;"),
          ("lid", "3) Stichting Scholengroep Hellevoetsluis, gevestigd te Hellevoetsluis, bevoegd gezag van het "
                  "Fort Haerlem College, locatie vmbo, vertegenwoordigd door de voorzitter van het college "
                  "van bestuur, de heer dr. A. (Anwar) Chaouch;"),
          ("lid", "4) Stichting ROC Rijnmond-Zuid, gevestigd te Rotterdam, bevoegd gezag van het regionaal "
                  "opleidingencentrum ROC Rijnmond-Zuid met de Process Academy Botlek, vertegenwoordigd door "
                  "de voorzitter van het college van bestuur, mevrouw ir. M. (Marjolein) de Bruijn-Kuipers;"),
          ("p", "partijen 1 tot en met 3 hierna samen: de scholen; partij 4 hierna: het ROC; alle partijen samen: "
                "het consortium."),
          ("h1", "PREAMBULE"),
          ("p", "De procesindustrie in het Botlek- en Europoortgebied zoekt voortdurend nieuwe operators. De "
                "scholen en het ROC werken sinds 2019 samen in het Techniekpact Voorne-Putten. Met deze "
                "overeenkomst zetten zij die samenwerking om in twee doorlopende leerroutes in de zin van "
                "artikel 2.107a WVO 2020. Waar in deze overeenkomst Engelstalige termen worden gebruikt, "
                "zijn dat de termen die in de sector gangbaar zijn; de Nederlandse tekst is beslissend."),
          ("endtitle",)]

    B += [("h1", "1. DEFINITIES"),
          ("lid", "1.1 Route: elk van de doorlopende leerroutes bedoeld in paragraaf 2."),
          ("lid", "1.2 Pathway-leerling: een leerling van een van de scholen die aan een route deelneemt; "
                  "Pathway-student: een deelnemer die bij het ROC is ingeschreven."),
          ("lid", "1.3 Consortiumraad: het bestuurlijk orgaan bedoeld in paragraaf 4.1."),
          ("lid", "1.4 Programme board: de routeleiding bedoeld in paragraaf 4.3."),
          ("lid", "1.5 BPIN: Botlek Process Industry Network, de vereniging van procesbedrijven in het "
                  "havengebied die als industry partner aan het consortium deelneemt.")]

    B += [("h1", "2. SCOPE: DE ROUTES"),
          ("lid", "2.1 Het consortium verzorgt de volgende doorlopende leerroutes vmbo-mbo:"),
          ("bullet", "Route A: kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie (PIE) "
                     "-> mbo-opleiding Operator B, niveau 3 (vakopleiding), kwalificatiedossier Operator, "
                     "opleidingsdomein Procesindustrie;"),
          ("bullet", "Route B: gemengde leerweg met het profiel Produceren, installeren en energie -> "
                     "mbo-opleiding Operator C (allround operator), niveau 4 (middenkaderopleiding), zelfde "
                     "kwalificatiedossier en domein."),
          ("lid", "2.2 Beide routes starten in leerjaar 3 van het vmbo. Na twee leerjaren (vo-fase) worden "
                  "de deelnemers ingeschreven bij het ROC (mbo-fase). Route A duurt in totaal vijf jaar, route "
                  "B zes jaar."),
          ("lid", "2.3 Iedere school biedt beide routes aan voor haar eigen leerlingen. Elke partij "
                  "registreert iedere route afzonderlijk in RIO; de scholen doen dat voor hun eigen vestiging."),
          ("lid", "2.4 In de routes worden in elk geval de keuzedelen Veiligheid in de procesindustrie "
                  "(VCA-VOL) en Duurzame energie in de procesindustrie aangeboden.")]

    B += [("h1", "3. INDUSTRY PARTNERS EN HET BEDRIJFSLEVEN"),
          ("lid", "3.1 Het bedrijfsleven is in de routes vertegenwoordigd door BPIN en door de volgende "
                  "procesbedrijven, die een letter of intent hebben getekend: Maasvlakte Chemicals B.V., "
                  "Rozenburg Refining B.V., Europoort Tank Terminals B.V. en BioFuels Botlek C.V."),
          ("lid", "3.2 De industry partners:"),
          ("bullet", "organiseren in leerjaar 1 en 2 van de route per jaar ten minste twee plant tours en een "
                     "\u2018day in the life of an operator\u2019 met een shift in de control room (onder "
                     "begeleiding, zonder operationele taken);"),
          ("bullet", "leveren gastdocenten voor de lessen procesveiligheid en HSE;"),
          ("bullet", "stellen per cohort samen ten minste vijftien BOL-stageplaatsen en acht BBL-plaatsen "
                     "beschikbaar bij SBB-erkende leerbedrijven;"),
          ("bullet", "leveren assessoren voor de proeve van bekwaamheid in de mbo-fase en nemen deel aan de "
                     "turnaround-case die in leerjaar 4 als examenopdracht wordt gebruikt."),
          ("lid", "3.3 Er is een Industry Advisory Board, bestaande uit vijf vertegenwoordigers van de "
                  "industry partners en de adviseur van SBB. De board komt drie keer per schooljaar bijeen met "
                  "de programme board en adviseert over het curriculum, de inzet van de mini-plant en de "
                  "ontwikkelingen in de sector (elektrificatie, waterstof, digital twins). De programme board "
                  "reageert schriftelijk op ieder advies.")]

    B += [("h1", "4. GOVERNANCE: CONSORTIUMRAAD EN PROGRAMME BOARD"),
          ("lid", "4.1 De consortiumraad bestaat uit de vier bestuurders die deze overeenkomst namens partijen "
                  "ondertekenen, of hun aangewezen plaatsvervangers. De voorzitter van het college van bestuur "
                  "van het ROC is voorzitter. De consortiumraad komt twee keer per jaar bijeen."),
          ("lid", "4.2 De consortiumraad stelt de jaarbegroting van de routes en het meerjarenplan vast en "
                  "besluit over voorstellen van de programme board die de afzonderlijke partijen financieel of "
                  "organisatorisch binden."),
          ("lid", "4.3 De dagelijkse leiding over de routes berust bij de programme board. Die bestaat uit "
                  "de drie teamleiders techniek van de scholen en de opleidingsmanager Procestechniek van het "
                  "ROC, die voorzitter is. Een pathway-coördinator van het ROC ondersteunt de programme board "
                  "als secretaris."),
          ("lid", "4.4 Elk college van bestuur wijst het eigen lid van de programme board aan. De "
                  "pathway-coördinator wordt door de consortiumraad benoemd op voordracht van de programme "
                  "board."),
          ("lid", "4.5 De programme board heeft de volgende taken: het opstellen en bijhouden van het "
                  "gezamenlijke PTA/OER, de planning en roostering van de lessen in de mini-plant, de "
                  "verdeling van de bpv-plaatsen over de scholen, de coördinatie van de examens, de "
                  "contacten met de industry partners en de bewaking van de kwaliteit (PDCA)."),
          ("lid", "4.6 De programme board is bevoegd om binnen de vastgestelde begroting zelfstandig "
                  "verplichtingen aan te gaan tot EUR 10.000 per geval, om over de toelating van leerlingen "
                  "tot de routes te beslissen en om de overstap van individuele deelnemers te regelen (zie "
                  "paragraaf 7). Besluiten worden bij meerderheid genomen; bij staking van stemmen beslist de "
                  "voorzitter.")]

    B += [("h1", "5. REPORTING EN VERANTWOORDING"),
          ("lid", "5.1 De programme board verstrekt de colleges van bestuur van alle partijen elk half jaar, "
                  "uiterlijk op 15 februari en 15 september, een dashboard met de KPI's van de routes: "
                  "instroom per school, uitval, overstappen, verzuim, bpv-plaatsen en examenresultaten."),
          ("lid", "5.2 Jaarlijks vóór 1 december legt de programme board in een jaarverslag verantwoording af "
                  "over het afgelopen schooljaar aan de vier colleges van bestuur. Het jaarverslag wordt "
                  "besproken in de eerstvolgende vergadering van de consortiumraad."),
          ("lid", "5.3 Bij incidenten met gevolgen voor de veiligheid van deelnemers (bijvoorbeeld tijdens "
                  "de plant tours of de bpv) informeert de voorzitter van de programme board alle colleges "
                  "binnen 24 uur.")]

    B += [("h1", "6. ONDERWIJS, LOCATIES, STAFF EN FACILITEITEN"),
          ("lid", "6.1 Het consortium beschrijft het onderwijsprogramma, de examinering en de "
                  "beroepspraktijkvorming per leerjaar in één PTA/OER per route, met aanduiding van de vmbo-, "
                  "mbo- en gecombineerde onderdelen en van de onderdelen waarvoor een team wordt ingezet."),
          ("lid", "6.2 In de vo-fase krijgen de leerlingen hun algemene vakken en het profielvak PIE op de "
                  "eigen school. Eén dag per week volgen alle pathway-leerlingen van de drie scholen samen "
                  "les in de Process Academy Botlek van het ROC, waar de mini-plant, de VR-procesomgeving en "
                  "het safety lab staan. De mbo-fase wordt gegeven in de Process Academy en bij de "
                  "leerbedrijven."),
          ("lid", "6.3 Staff: elke school zet ten minste één docent PIE en de docenten natuur- en "
                  "scheikunde en wiskunde in; het ROC zet twee docenten procestechniek en een "
                  "praktijkinstructeur in, die ook op de scholen lesgeven. Voor de onderdelen procestechniek "
                  "en procesveiligheid werkt het consortium met teams als bedoeld in artikel 7.13a WVO 2020 "
                  "en artikel 9.1.12 WEB; ieder teamlid is verantwoordelijk voor het onderdeel waarvoor hij "
                  "bevoegd is. Iedereen blijft in dienst van de eigen werkgever."),
          ("lid", "6.4 Facilities: het ROC stelt de mini-plant, de VR-procesomgeving, het safety lab en de "
                  "persoonlijke beschermingsmiddelen ter beschikking; de scholen stellen hun techniekruimtes en "
                  "practicumlokalen beschikbaar voor lessen van de ROC-docenten. Vervoer van leerlingen naar de "
                  "Process Academy wordt door iedere school voor eigen leerlingen geregeld."),
          ("lid", "6.5 Het centraal examen van de leerweg wordt in het tweede leerjaar van de route "
                  "afgenomen. Het ROC examineert vanaf het eerste leerjaar de in het PTA/OER aangewezen "
                  "mbo-onderdelen."),
          ("lid", "6.6 De klachtenregelingen van alle partijen gelden mede voor gedragingen van personeel van "
                  "een andere partij in het kader van de routes. De verzuimmelding ligt in de vo-fase bij de "
                  "school en in de mbo-fase bij het ROC.")]

    B += [("h1", "7. SWITCHEN: DE OVERSTAPOPTIE"),
          ("lid", "7.1 Een deelnemer die een route verlaat voordat hij deze heeft afgerond, krijgt altijd een "
                  "alternatief dat leidt tot een vmbo-diploma of een mbo-diploma. Welk alternatief past, wordt "
                  "bepaald op basis van het bereikte onderwijsniveau en de leeftijd van de deelnemer."),
          ("lid", "7.2 Opties die in elk geval openstaan:"),
          ("bullet", "switch in de vo-fase: terug naar het reguliere programma van de eigen school, in "
                     "hetzelfde profiel of een ander profiel, gericht op het vmbo-diploma;"),
          ("bullet", "switch van route B naar route A (of omgekeerd) als het niveau beter past;"),
          ("bullet", "vmbo-diploma niet gehaald aan het einde van het derde leerjaar van de route: het "
                     "examenjaar overdoen, of doorstromen zonder vmbo-diploma naar een opleiding van het ROC "
                     "op niveau 2 of 3, zoals Procesoperator niveau 2 of Monteur mechatronica;"),
          ("bullet", "switch in de mbo-fase naar een andere opleiding op hetzelfde niveau binnen het ROC, "
                     "bijvoorbeeld Eerste monteur elektrotechnische installaties of Laboratoriumanalist."),
          ("lid", "7.3 Voor een overstap binnen het ROC gelden de vooropleidingseisen niet. Bij een overstap "
                  "naar een andere instelling helpt het ROC bij het geschiktheidsonderzoek."),
          ("lid", "7.4 De beslissing over de overstap wordt gezamenlijk genomen door de teamleider van de "
                  "school en de opleidingsmanager van het ROC (als leden van de programme board), na een "
                  "gesprek met de deelnemer en zijn ouders. De mentor zorgt voor een warme overdracht.")]

    B += [("h1", "8. FINANCIELE BIJDRAGE"),
          ("lid", "8.1 Iedere school draagt met toepassing van artikel 5.42a WVO 2020 een deel van de door "
                  "haar ontvangen bekostiging over aan het ROC. De bijdrage bedraagt EUR 1.400 per "
                  "pathway-leerling per schooljaar, voor iedere leerling die op de teldatum 1 oktober in de "
                  "vo-fase van een route staat ingeschreven."),
          ("lid", "8.2 Het bedrag wordt jaarlijks per 1 januari geïndexeerd met het percentage van de "
                  "loonkostenontwikkeling volgens de cao vo."),
          ("lid", "8.3 Het ROC zendt iedere school uiterlijk op 1 november een factuur op basis van de "
                  "BRON-telling; de school betaalt binnen dertig dagen na ontvangst. Bij een afwijking in de "
                  "telling vindt verrekening plaats bij de factuur van het volgende schooljaar."),
          ("lid", "8.4 De besteding van de overgedragen middelen valt onder de eigen verantwoordelijkheid van "
                  "het ROC. Het ROC neemt de ontvangen bedragen op in de jaarrekening; de accountants van "
                  "partijen kunnen de onderliggende tellingen inzien."),
          ("lid", "8.5 Overige kosten worden gedragen door de partij die ze maakt. Er vindt geen overdracht "
                  "van het ROC naar de scholen plaats.")]

    B += [("h1", "9. MEDEZEGGENSCHAP EN STUDENT VOICE"),
          ("lid", "9.1 Partijen leggen het voornemen tot deze overeenkomst en tot iedere wijziging daarvan ter "
                  "advisering voor aan hun medezeggenschapsraad respectievelijk studentenraad en "
                  "ondernemingsraad."),
          ("lid", "9.2 Aanvullend richten partijen een Pathway Student Panel op: per school twee "
                  "pathway-leerlingen en drie pathway-studenten van het ROC. Het panel komt twee keer per jaar "
                  "bijeen met de programme board en heeft het recht gevraagd en ongevraagd advies te geven "
                  "over het PTA/OER en het rooster. De programme board reageert schriftelijk."),
          ("lid", "9.3 Eén lid van het panel uit de vo-fase mag als toehoorder de vergaderingen van de "
                  "studentenraad van het ROC bijwonen.")]

    B += [("h1", "10. ESCALATIE EN GESCHILLEN"),
          ("lid", "10.1 Geschillen tussen partijen over de uitvoering van deze overeenkomst worden eerst "
                  "besproken in de programme board, daarna in de consortiumraad."),
          ("lid", "10.2 Is het geschil zes weken na behandeling in de consortiumraad niet opgelost, dan "
                  "schakelen de betrokken partijen een mediator in die zij samen kiezen."),
          ("lid", "10.3 Levert de mediation binnen drie maanden geen oplossing op, dan wordt het geschil "
                  "beslecht door de bevoegde rechter van de rechtbank Rotterdam.")]

    B += [("h1", "11. NIEUWE PARTNERS, UITTREDING EN WIJZIGING"),
          ("lid", "11.1 Het bevoegd gezag van een andere school voor vmbo in de regio Voorne-Putten of "
                  "Goeree-Overflakkee, of van een andere instelling voor beroepsonderwijs, kan tot het "
                  "consortium toetreden als:"),
          ("bullet", "het een schriftelijk verzoek richt aan de voorzitter van de consortiumraad;"),
          ("bullet", "het aantoonbaar beschikt over een profiel Produceren, installeren en energie of een "
                     "opleiding in het domein Procesindustrie;"),
          ("bullet", "alle partijen schriftelijk instemmen; en"),
          ("bullet", "het een toetredingsakte ondertekent waarin het alle rechten en plichten uit deze "
                     "overeenkomst aanvaardt, inclusief de financiële bijdrage van paragraaf 8."),
          ("lid", "11.2 De toetreding gaat in op de datum die in de toetredingsakte staat. De toetredende partij "
                  "en de bestaande partijen melden de deelname aan DUO via RIO."),
          ("lid", "11.3 Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar deelname "
                  "schriftelijk opzeggen met een opzegtermijn van zes maanden, te rekenen vanaf de eerste dag "
                  "van de maand volgend op de opzegging. Na de uittreding blijft de overeenkomst tussen de "
                  "overige partijen van kracht, tenzij alleen het ROC of alleen één school overblijft."),
          ("lid", "11.4 Een partij kan met onmiddellijke ingang uit het consortium worden gezet als zij haar "
                  "verplichtingen ernstig niet nakomt en dat na een schriftelijke ingebrekestelling met een "
                  "termijn van vier weken niet herstelt, of als zij haar bekostiging verliest. Het besluit "
                  "daartoe wordt genomen door de overige partijen gezamenlijk."),
          ("lid", "11.5 Wijzigingen van deze overeenkomst worden schriftelijk vastgelegd en door alle "
                  "partijen ondertekend. Wijzigingen van de bijlagen kunnen door de consortiumraad worden "
                  "vastgesteld."),
          ("lid", "11.6 Een uittredende partij blijft de financiële bijdrage verschuldigd over het schooljaar "
                  "waarin de uittreding ingaat, naar rato van het aantal maanden.")]

    B += [("h1", "12. OVERIG"),
          ("lid", "12.1 Partijen verwerken persoonsgegevens van deelnemers alleen voor zover nodig voor de "
                  "routes en sluiten daarover een apart privacyprotocol."),
          ("lid", "12.2 Op deze overeenkomst is Nederlands recht van toepassing."),
          ("p", "Aldus overeengekomen en in viervoud ondertekend te Spijkenisse op 26 juni 2025."),
          ("sig", [["Stichting Christelijk Voortgezet Onderwijs Voorne - drs. I. Verhoef",
                    "Stichting Openbaar Voortgezet Onderwijs Nissewaard - R. Zevenbergen MBA"],
                   ["Stichting Scholengroep Hellevoetsluis - dr. A. Chaouch",
                    "Stichting ROC Rijnmond-Zuid - ir. M. de Bruijn-Kuipers"]])]
    return B


# ----------------------------------------------------------------------------------------------
# 280  Geïntegreerde route written by a vmbo teamleider with many tables (DOCX), Achterhoek,
#      Bouwen, wonen en interieur bb -> Schilder niveau 2. Defect: a pupil leaving the
#      geïntegreerde route goes, in every case, to the Entree-opleiding (long text on signals,
#      talks, who decides, warm handover) -> f weak. Everything else present.
# ----------------------------------------------------------------------------------------------

@sample("280", "280_geintegreerde_route_tabellen_achterhoek_schilder", "docx",
        "Geïntegreerde route door een vmbo-teamleider met veel tabellen (DOCX), Doetinchem/Achterhoek, "
        "Bouwen, wonen en interieur bb -> Schilder niveau 2; een leerling die de route verlaat gaat altijd "
        "naar de Entree-opleiding (uitgebreid beschreven: signalen, gesprek, besluit, overdracht) -> f weak",
        st("p p p p p w p p p p"),
        {"a": "1 Wat voor route is dit?",
         "b": "3 Samenwerking met schildersbedrijven",
         "c": "4 Het routeteam",
         "d": "5 Verslag aan de besturen",
         "e": "6 Hoe het onderwijs is georganiseerd",
         "g": "8 Geld",
         "h": "9 Medezeggenschap",
         "i": "10 Als we het niet eens worden",
         "j": "11 Nieuwe partners, wijzigen en stoppen"},
        docx_font="Arial", docx_size=10, docx_author="Teamleider bb Vakcollege De Oude IJssel",
        docx_title="Samenwerkingsovereenkomst geïntegreerde route Schilder")
def a280():
    B = []
    B += [("title", "Samenwerkingsovereenkomst geïntegreerde route vmbo-mbo Schilder"),
          ("subtitle", "Vakcollege De Oude IJssel en ROC Achterhoek-Liemers - ingang schooljaar 2025-2026"),
          ("p", "Deze overeenkomst is geschreven door het routeteam en besproken met beide besturen. We hebben "
                "geprobeerd de afspraken zo te schrijven dat ook leerlingen, ouders en collega's ze begrijpen. "
                "Waar nodig staan de afspraken in een tabel."),
          ("h2", "Wie sluiten deze overeenkomst?"),
          ("table", [["Partij", "Bevoegd gezag", "Vertegenwoordigd door"],
                     ["De school: Vakcollege De Oude IJssel, school voor vmbo, Doetinchem",
                      "Stichting Christelijk Voortgezet Onderwijs Oude IJssel, Doetinchem",
                      "mevrouw G. (Gerdien) Wassink, voorzitter college van bestuur"],
                     ["Het ROC: ROC Achterhoek-Liemers, cluster Bouw en Afbouw, Doetinchem",
                      "Stichting ROC Achterhoek-Liemers, Doetinchem",
                      "de heer B. (Bart) Ter Haar, lid college van bestuur"]], [3, 3, 3]),
          ("p", "De school en het ROC spreken het volgende af."),
          ("endtitle",)]

    B += [("h1", "1 Wat voor route is dit?"),
          ("p", "School en ROC verzorgen samen een geïntegreerde route als bedoeld in artikel 2.107l WVO 2020 en "
                "artikel 9.1.17 WEB. De route is bedoeld voor leerlingen van de basisberoepsgerichte leerweg, "
                "profiel Bouwen, wonen en interieur (BWI), voor wie een praktische route naar het vak van "
                "schilder het beste past. De route leidt naar het mbo-diploma Schilder, niveau 2 "
                "(basisberoepsopleiding), kwalificatiedossier Schilderen, opleidingsdomein Afbouw, hout en "
                "onderhoud, in de beroepsbegeleidende leerweg (BBL) vanaf het vierde leerjaar van de route."),
          ("p", "De school neemt in deze route geen eindexamen basisberoepsgerichte leerweg af. De leerling "
                "haalt dus alleen het mbo-diploma. Een leerling kan de route alleen beginnen na een gesprek met "
                "de leerling en de ouders en nadat de school met het ROC heeft overlegd."),
          ("table", [["Leerjaar route", "Leerjaar school", "Ingeschreven bij", "Waar", "Wat"],
                     ["1", "vmbo 3 bb", "school", "school + leerwerkplaats ROC (1 dag)",
                      "algemene vakken, BWI-profielvak, basis schilderen"],
                     ["2", "vmbo 4 bb", "school", "school + leerwerkplaats ROC (2 dagen)",
                      "algemene vakken, eerste mbo-examens schilderen"],
                     ["3", "mbo 1", "ROC", "ROC + leerbedrijf (BOL)", "mbo-programma, bpv 2 dagen"],
                     ["4", "mbo 2", "ROC", "leerbedrijf + ROC (BBL)", "werken en leren, proeve van bekwaamheid"]],
           [1, 1, 1, 2, 3]),
          ("p", "Beide partijen registreren de route in RIO, elk voor het eigen deel.")]

    B += [("h1", "2 Doel"),
          ("p", "We willen dat meer jongeren uit de Achterhoek met een diploma aan de slag gaan in het "
                "schildersvak, waar veel werk is. Leerlingen die vooral met hun handen leren, leren in deze "
                "route vanaf het begin in de praktijk.")]

    B += [("h1", "3 Samenwerking met schildersbedrijven"),
          ("p", "De route wordt samen met het bedrijfsleven uitgevoerd. De volgende partners hebben toegezegd "
                "mee te doen:"),
          ("table", [["Partner", "Wat doen ze?", "Hoe vaak?"],
                     ["Schildersbedrijf Te Braake (Doetinchem)", "gastlessen, bpv-plaatsen BOL en BBL",
                      "2 gastlessen per jaar, 3 plaatsen"],
                     ["Vos Afbouw B.V. (Ulft)", "praktijkopdracht \u2018buurthuis opknappen\u2019, bpv-plaatsen",
                      "1 opdracht per jaar, 2 plaatsen"],
                     ["Afbouwbedrijf Lammers & Zn (Zelhem)", "meebeoordelen proeve van bekwaamheid", "ieder examen"],
                     ["Regionale afdeling van de brancheorganisatie voor schilders- en afbouwbedrijven",
                      "werkveldoverleg over het programma", "2 keer per jaar"],
                     ["SBB, adviseur praktijkleren", "erkenning leerbedrijven, advies over bpv", "doorlopend"]],
           [3, 4, 2]),
          ("p", "Het werkveldoverleg geeft advies over het programma en de examenopdrachten. Het routeteam "
                "bespreekt dat advies en laat de partners weten wat ermee gebeurt.")]

    B += [("h1", "4 Het routeteam"),
          ("p", "De leiding over de route ligt bij het routeteam. Het routeteam bestaat uit:"),
          ("bullet", "de teamleider basisberoepsgerichte leerweg van de school (voorzitter);"),
          ("bullet", "de opleidingsmanager Bouw en Afbouw van het ROC;"),
          ("bullet", "de praktijkcoördinator schilderen van het ROC."),
          ("p", "De teamleider wordt aangewezen door het college van bestuur van de school, de "
                "opleidingsmanager en de praktijkcoördinator door het college van bestuur van het ROC. Bij een "
                "wisseling melden de besturen elkaar binnen twee weken wie de nieuwe persoon is."),
          ("table", [["Taak of bevoegdheid van het routeteam", "Zelf beslissen?"],
                     ["Rooster en verdeling van lesdagen school/ROC", "ja"],
                     ["Opstellen PTA/OER van de route", "voorbereiden; vaststelling door beide besturen"],
                     ["Toelating van leerlingen tot de route", "ja, na gesprek met leerling en ouders"],
                     ["Inzet van docenten binnen de afgesproken uren", "ja"],
                     ["Uitgaven uit het routebudget tot € 5.000 per keer", "ja"],
                     ["Uitgaven boven € 5.000, personeel aannemen, contracten met bedrijven", "nee, besturen"],
                     ["Contacten met leerbedrijven en werkveldoverleg", "ja"]], [5, 3]),
          ("p", "Het routeteam vergadert elke zes weken. De praktijkcoördinator maakt een kort verslag.")]

    B += [("h1", "5 Verslag aan de besturen"),
          ("p", "Het routeteam stuurt twee keer per jaar, in januari en in juni, een schriftelijk "
                "voortgangsverslag aan de colleges van bestuur van de school en het ROC. Daarin staan in elk "
                "geval: het aantal leerlingen per leerjaar, wie de route heeft verlaten en waarom, verzuim, "
                "behaalde examenonderdelen, bpv-plaatsen en de uitgaven. Het verslag van juni is tegelijk het "
                "jaarverslag. Eén keer per jaar, in september, bespreken beide besturen het jaarverslag met "
                "het routeteam. Een bestuur mag altijd extra informatie vragen; het routeteam geeft die binnen "
                "twee weken.")]

    B += [("h1", "6 Hoe het onderwijs is georganiseerd"),
          ("h2", "Programma en examens"),
          ("p", "School en ROC leggen het programma, de examens en de bpv per leerjaar vast in één gezamenlijk "
                "PTA/OER. Daarin staat welke onderdelen van de school zijn, welke van het ROC en welke samen. "
                "Het ROC neemt vanaf het eerste leerjaar van de route mbo-examens af. Er is geen centraal "
                "examen van de basisberoepsgerichte leerweg."),
          ("h2", "Personeel"),
          ("table", [["Wie", "Van", "Inzet"],
                     ["Docent BWI", "school", "profielvak en basis schilderen, leerjaar 1 en 2"],
                     ["Docenten Nederlands, rekenen, burgerschap", "school", "leerjaar 1 en 2"],
                     ["Praktijkdocent schilderen", "ROC", "leerwerkplaats leerjaar 1 t/m 4; ook op school"],
                     ["Docent Nederlands/rekenen mbo", "ROC", "leerjaar 3 en 4"],
                     ["Bpv-begeleider", "ROC", "leerjaar 3 en 4"]], [3, 1, 4]),
          ("p", "Voor het vakoverstijgende deel \u2018schilderen en afbouw\u2019 werken de docent BWI en de "
                "praktijkdocent als één team (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB). Ieder is "
                "verantwoordelijk voor het deel waarvoor hij bevoegd is. Iedereen blijft in dienst van de eigen "
                "werkgever."),
          ("h2", "Gebouwen en spullen"),
          ("p", "Het ROC stelt de leerwerkplaats schilderen (spuitcabine, steigermateriaal, gereedschap) "
                "beschikbaar. De school stelt haar BWI-lokaal en het houtbewerkingslokaal beschikbaar. "
                "Werkkleding en persoonlijke beschermingsmiddelen worden in leerjaar 1 en 2 door de school en "
                "daarna door het ROC verstrekt."),
          ("h2", "Begeleiding, verzuim en klachten"),
          ("p", "In leerjaar 1 en 2 is de mentor van de school het aanspreekpunt en meldt de school verzuim; "
                "daarna doet de studieloopbaanbegeleider van het ROC dat. De klachtenregeling van de school en "
                "die van het ROC gelden ook voor gedrag van personeel van de andere partij.")]

    B += [("h1", "7 Als een leerling de route verlaat"),
          ("p", "Soms blijkt dat de route niet past. Dat kan komen doordat het schildersvak toch niet bij de "
                "leerling past, doordat hij verhuist, doordat het tempo te hoog is of door persoonlijke "
                "omstandigheden. We willen dat zo vroeg mogelijk zien en samen met de leerling en zijn ouders "
                "een goede volgende stap zetten."),
          ("table", [["Stap", "Wat gebeurt er?", "Wie?"],
                     ["1. Signaal", "mentor, praktijkdocent of leerbedrijf ziet dat het niet goed gaat",
                      "iedereen"],
                     ["2. Gesprek", "gesprek met leerling en ouders over wat er aan de hand is; afspraken over "
                      "extra hulp", "mentor of studieloopbaanbegeleider"],
                     ["3. Besluit", "als verbeteren niet lukt, besluiten school en ROC samen dat de leerling "
                      "de route verlaat", "teamleider en opleidingsmanager"],
                     ["4. Overstap", "de leerling wordt ingeschreven bij de Entree-opleiding van het ROC",
                      "opleidingsmanager"],
                     ["5. Overdracht", "warme overdracht van dossier en ondersteuningsbehoefte",
                      "mentor naar Entree-coach"]], [1, 5, 2]),
          ("p", "Omdat de leerling in de geïntegreerde route geen examen basisberoepsgerichte leerweg "
                "voorbereidt, gaat een leerling die de route verlaat in alle gevallen naar de Entree-opleiding "
                "(niveau 1) van het ROC, uitstroomrichting Assistent bouwen, wonen en onderhoud. Dat geldt "
                "zowel voor een leerling die in de schoolfase stopt als voor een student die in het mbo-deel "
                "stopt. De leerling begint in de Entree-opleiding op het moment dat het besluit is genomen; er "
                "is geen wachttijd."),
          ("p", "In de Entree-opleiding krijgt de leerling een eigen coach. Na het behalen van het "
                "Entree-diploma kan hij, net als iedere andere Entree-student, kijken naar een vervolg. De "
                "uitvoering van deze werkwijze staat in de schoolgids en in de studiegids.")]

    B += [("h1", "8 Geld"),
          ("p", "De school draagt met toepassing van artikel 5.42a WVO 2020 een deel van haar bekostiging over "
                "aan het ROC. Dat is € 1.100 per leerling per schooljaar voor iedere leerling die op 1 oktober "
                "in leerjaar 1 of 2 van de route staat ingeschreven."),
          ("p", "Het geld is bedoeld voor de inzet van de praktijkdocent schilderen van het ROC in leerjaar 1 "
                "en 2 en voor de verbruiksmaterialen (verf, kwasten, afplakmateriaal) die de leerlingen in die "
                "jaren in de leerwerkplaats gebruiken. Het ROC stuurt in november een factuur en laat in het "
                "jaarverslag zien waaraan het geld is besteed. Andere kosten betaalt iedere partij zelf.")]

    B += [("h1", "9 Medezeggenschap"),
          ("p", "Voor leerlingen in leerjaar 1 en 2, hun ouders en het personeel van de school geldt de Wet "
                "medezeggenschap op scholen; voor studenten in leerjaar 3 en 4 en het ROC-personeel gelden de "
                "regels van de WEB en de WOR. Daarnaast spreken we af:"),
          ("bullet", "de medezeggenschapsraad van de school en de studentenraad van het ROC krijgen allebei het "
                     "PTA/OER van de route ter advisering voordat de besturen het vaststellen;"),
          ("bullet", "één leerling uit leerjaar 1 of 2 van de route mag aanschuiven bij de studentenraad van het "
                     "ROC, cluster Bouw en Afbouw, met spreekrecht;"),
          ("bullet", "eens per jaar praten de ouders van leerlingen in de route met het routeteam in een "
                     "ouderavond die ook als klankbord dient.")]

    B += [("h1", "10 Als we het niet eens worden"),
          ("p", "Als school en ROC het niet eens zijn over de uitvoering van deze overeenkomst, bespreekt het "
                "routeteam dat eerst. Lukt dat niet binnen vier weken, dan gaan de twee colleges van bestuur met "
                "elkaar in gesprek. Als ook dat binnen zes weken niets oplevert, vragen de besturen samen een "
                "mediator om te helpen. Komen we er dan nog niet uit, dan kan ieder het geschil voorleggen aan de "
                "bevoegde rechter in de rechtbank Gelderland, locatie Zutphen.")]

    B += [("h1", "11 Nieuwe partners, wijzigen en stoppen"),
          ("table", [["Onderwerp", "Afspraak"],
                     ["Een andere school of instelling wil meedoen",
                      "Kan als beide besturen schriftelijk akkoord gaan en de nieuwe partner alle afspraken "
                      "overneemt; ingang 1 augustus; melding in RIO door alle partijen. Leerlingen die al in "
                      "de route zitten houden hun rooster en hun leerwerkplaats."],
                     ["Wijzigen van de overeenkomst",
                      "Alleen schriftelijk en door beide besturen getekend. Een wijziging van het programma "
                      "geldt pas voor leerlingen die daarna instromen, tenzij de leerling en ouders ermee "
                      "instemmen."],
                     ["Duur en opzeggen",
                      "De overeenkomst geldt voor onbepaalde tijd. Opzeggen kan schriftelijk, met een termijn "
                      "van een heel schooljaar, per 1 augustus."],
                     ["Ontbinding",
                      "Als een partij haar afspraken ernstig niet nakomt en dat na een schriftelijke "
                      "waarschuwing niet binnen twee maanden herstelt."],
                     ["Wat gebeurt er met leerlingen bij stoppen?",
                      "Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen die al "
                      "in de route zitten, maken die af bij school en ROC zoals afgesproken."]], [2, 5])]

    B += [("h1", "12 Ondertekening"),
          ("p", "Getekend in tweevoud in Doetinchem op 27 juni 2025."),
          ("sig", [["Voor de school\n\n\nG. Wassink\nvoorzitter college van bestuur",
                    "Voor het ROC\n\n\nB. Ter Haar\nlid college van bestuur"]])]
    return B


# ----------------------------------------------------------------------------------------------
# 281  Interne regeling of a verticale scholengemeenschap (one bevoegd gezag), Markdown with
#      unnumbered headings, Sneek / Súdwest-Fryslân, Mobiliteit en transport kb -> Eerste
#      fietstechnicus niveau 3. Shorter than the others. Defect: verantwoording with a form
#      (voortgangsrapportage with kengetallen) and recipients but no moment or frequency at all
#      -> d weak. h, i, j not applicable (interne regeling).
# ----------------------------------------------------------------------------------------------

@sample("281", "281_interne_regeling_vsg_sneek_fietstechniek", "md",
        "Interne regeling van een verticale scholengemeenschap (MD, ongenummerde kopjes, korter), "
        "Sneek/Súdwest-Fryslân, Mobiliteit en transport kb -> Eerste fietstechnicus niveau 3; verantwoording "
        "met vorm en ontvangers maar zonder enig moment of frequentie -> d weak; h, i, j n.v.t. (interne "
        "regeling); geen overdracht van bekostiging",
        st("p p p w p p p na na na"),
        {"a": "Welke route",
         "b": "Fietsbranche en leerbedrijven",
         "c": "Leiding: routecoördinator en kernteam",
         "e": "Inrichting van het onderwijs",
         "f": "Overstappen",
         "g": "Bekostiging"})
def a281():
    B = []
    B += [("title", "Interne regeling doorlopende leerroute Fietstechniek"),
          ("subtitle", "Stichting Súdwest Vakcampus - verticale scholengemeenschap vmbo-mbo, Sneek"),
          ("p", "Het college van bestuur van de Stichting Súdwest Vakcampus, bevoegd gezag van de verticale "
                "scholengemeenschap Súdwest Vakcampus, bestaande uit de afdeling vmbo (school voor vbo) en de "
                "afdeling mbo (instelling voor beroepsonderwijs), beide gevestigd aan de Oppenhuizerweg 61 te "
                "Sneek;"),
          ("p", "gelet op artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB, op grond "
                "waarvan een doorlopende leerroute die geheel binnen een verticale scholengemeenschap wordt "
                "verzorgd, bij interne regeling wordt geregeld;"),
          ("p", "besluit de volgende interne regeling vast te stellen."),
          ("endtitle",)]

    B += [("h1", "Welke route"),
          ("p", "De Súdwest Vakcampus verzorgt de doorlopende leerroute Fietstechniek. De route begint in "
                "leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, van de "
                "afdeling vmbo en leidt tot het diploma Eerste fietstechnicus, niveau 3 (vakopleiding), "
                "kwalificatiedossier Tweewielertechniek, opleidingsdomein Mobiliteit en voertuigen, van de "
                "afdeling mbo (BOL, in het laatste jaar ook BBL mogelijk). De route duurt vijf jaar; het "
                "centraal examen van de kaderberoepsgerichte leerweg wordt in het tweede leerjaar van de route "
                "afgenomen. De route wordt in RIO geregistreerd voor de afdeling vmbo en de afdeling mbo.")]

    B += [("h1", "Fietsbranche en leerbedrijven"),
          ("p", "De route wordt uitgevoerd samen met vijf fietsspeciaalzaken en werkplaatsen in "
                "Súdwest-Fryslân, onder wie Tweewielers Hylkema (Sneek), Fietsplus Bolsward en de "
                "e-bikewerkplaats van Frisia Bikes (Joure), en met de regionale adviseur van SBB. Deze bedrijven "
                "bieden vanaf leerjaar 2 van de route werkplekleren van een halve dag per week en in de "
                "mbo-fase bpv-plaatsen, leveren elk schooljaar twee reparatieopdrachten uit de praktijk (onder "
                "meer onderhoud aan deelfietsen van de gemeente) en beoordelen de proeve van bekwaamheid mee. "
                "Zij komen tweemaal per schooljaar bijeen in de branchetafel, die advies geeft over de "
                "keuzedelen (onder meer E-bike-technologie) en het examenplan.")]

    B += [("h1", "Leiding: routecoördinator en kernteam"),
          ("p", "De leiding over de route berust bij een kernteam, bestaande uit de routecoördinator, de "
                "teamleider techniek van de afdeling vmbo en de opleidingsmanager mobiliteit van de afdeling "
                "mbo. De routecoördinator en de leden van het kernteam worden door het college van bestuur "
                "benoemd, na advies van de directeuren van beide afdelingen."),
          ("p", "Het college draagt het kernteam op: het opstellen van het gezamenlijke PTA/OER, de roostering, "
                "de inzet van het docententeam, de contacten met de branchetafel en de leerbedrijven en de "
                "uitvoering van de overstapregeling. Het kernteam is bevoegd om binnen de begroting van de "
                "route zelfstandig te beslissen over de verdeling van de lesuren, over aanschaf van "
                "gereedschap en onderdelen tot € 7.500 per keer en over toelating tot de route. Besluiten over "
                "formatie, huisvesting en de begroting neemt het college zelf. Het kernteam vergadert maandelijks.")]

    B += [("h1", "Verantwoording"),
          ("p", "Het kernteam legt over de route verantwoording af aan het college van bestuur door middel van "
                "een schriftelijke voortgangsrapportage. Daarin staan ten minste de instroom, de "
                "doorstroom van de vo-fase naar de mbo-fase, de uitval en de overstappen, het verzuim, de "
                "examenresultaten, de beschikbaarheid van werkplek- en bpv-plaatsen en de besteding van het "
                "routebudget, telkens afgezet tegen de streefwaarden in het routeplan. De rapportage wordt "
                "opgesteld door de routecoördinator en ondertekend door alle leden van het kernteam."),
          ("p", "Een afschrift van de voortgangsrapportage gaat naar de directeur van de afdeling vmbo en de "
                "directeur van de afdeling mbo, die de rapportage betrekken bij hun eigen managementrapportage. "
                "Het college bespreekt de voortgangsrapportage met het kernteam en legt de uitkomst vast in een "
                "kort verslag.")]

    B += [("h1", "Inrichting van het onderwijs"),
          ("p", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar staan in het "
                "PTA/OER van de route, met aanduiding van de vmbo-, mbo- en gezamenlijke onderdelen. In de "
                "vo-fase krijgen leerlingen algemene vakken in het vmbo-gebouw en drie dagdelen per week "
                "praktijk in de fietswerkplaats van de afdeling mbo; de mbo-fase wordt in de fietswerkplaats, "
                "het diagnoselokaal en bij de leerbedrijven gegeven."),
          ("p", "Het docententeam bestaat uit de docent Mobiliteit en transport en de docenten algemene vakken "
                "van de afdeling vmbo en twee docenten tweewielertechniek en een instructeur van de afdeling "
                "mbo. Voor het onderdeel werkplaatspraktijk werkt het team als bedoeld in artikel 7.13a WVO 2020 "
                "en artikel 9.1.12 WEB. De fietswerkplaats, het diagnoselokaal met e-bike-testbank, de "
                "onderdelenvoorraad en de digitale leeromgeving staan ter beschikking van alle leerlingen in "
                "de route.")]

    B += [("h1", "Overstappen"),
          ("p", "Een leerling die de route niet afmaakt, krijgt een passend vervolg gericht op een vmbo- of "
                "mbo-diploma. In de vo-fase is dat de reguliere kaderberoepsgerichte leerweg in het profiel "
                "Mobiliteit en transport of een ander profiel; wie het vmbo-diploma aan het einde van het "
                "derde leerjaar van de route niet heeft, kan zonder dat diploma doorstromen naar een opleiding "
                "van de afdeling mbo op niveau 2 of 3, bijvoorbeeld Fietstechnicus niveau 2, of het examenjaar "
                "overdoen; in de mbo-fase is een opleiding op hetzelfde niveau in een andere richting mogelijk, "
                "zoals Eerste autotechnicus. Vooropleidingseisen gelden daarbij niet. De teamleider techniek en "
                "de opleidingsmanager mobiliteit beslissen gezamenlijk, na een gesprek met de leerling en zijn "
                "ouders, op basis van het bereikte niveau en de leeftijd.")]

    B += [("h1", "Bekostiging"),
          ("p", "Omdat de route binnen één rechtspersoon wordt verzorgd, vindt geen overdracht van bekostiging "
                "plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de route "
                "worden in de begroting van de Súdwest Vakcampus als apart routebudget opgenomen.")]

    B += [("h1", "Slot"),
          ("p", "Deze regeling treedt in werking op 1 augustus 2025 en wordt gepubliceerd in de schoolgids en "
                "de studiegids. Vastgesteld door het college van bestuur op 23 juni 2025."),
          ("p", "drs. T. (Tjitske) Hoekstra-de Vries, voorzitter college van bestuur")]
    return B


# ----------------------------------------------------------------------------------------------
# 282  Renewal (verlenging en herziening) of a 2021 agreement, full restated text in two columns
#      (PDF), Harderwijk / Noord-Veluwe, Horeca, bakkerij en recreatie kb -> Zelfstandig werkend
#      gastheer/gastvrouw niveau 3. Defect: the geschillen article has three leden that only ever
#      lead to more talks between the same bestuurders -> i weak.
# ----------------------------------------------------------------------------------------------

@sample("282", "282_verlenging_twee_kolommen_harderwijk_gastheer", "pdf",
        "Verlengings- en herzieningsovereenkomst met volledig herziene tekst in twee kolommen (PDF), "
        "Harderwijk/Noord-Veluwe, Horeca, bakkerij en recreatie kb -> Zelfstandig werkend gastheer/gastvrouw "
        "niveau 3; geschillenartikel van drie leden dat alleen uitloopt op steeds meer overleg tussen "
        "dezelfde bestuurders -> i weak",
        st("p p p p p p p p w p"),
        {"a": "Artikel 2 De route",
         "b": "Artikel 3 Horecabedrijven",
         "c": "Artikel 4 Stuurgroep",
         "d": "Artikel 5 Verantwoording",
         "e": "Artikel 6 Inrichting",
         "f": "Artikel 7 Overstapmogelijkheden",
         "g": "Artikel 8 Overdracht van middelen",
         "h": "Artikel 9 Medezeggenschap",
         "j": "Artikel 11 Toetreding, duur en einde"},
        columns=2, title_height=3.4, size=8.8,
        header="Verlenging SOK Gastheer/gastvrouw Noord-Veluwe 2025-2030",
        footer="Verlenging SOK 2025 - blad", pdf_title="Verlenging samenwerkingsovereenkomst 2025")
def a282():
    B = []
    B += [("title", "Verlenging en herziening samenwerkingsovereenkomst"),
          ("subtitle", "doorlopende leerroute vmbo-mbo Gastheer/gastvrouw Noord-Veluwe\n"
                       "Christelijk Vmbo Harderwijk - ROC Veluwe-Flevoland\n"
                       "looptijd 1 augustus 2025 tot en met 31 juli 2030"),
          ("endtitle",),
          ("h2", "Partijen"),
          ("lid", "1. Vereniging voor Christelijk Voortgezet Onderwijs Noord-Veluwe, gevestigd te Harderwijk, "
                  "bevoegd gezag van het Christelijk Vmbo Harderwijk, vertegenwoordigd door de voorzitter van "
                  "het college van bestuur, de heer ing. W. (Wouter) van den Brink, hierna: de school;"),
          ("lid", "2. Stichting ROC Veluwe-Flevoland, gevestigd te Harderwijk, vertegenwoordigd door de "
                  "voorzitter van het college van bestuur, mevrouw drs. F. (Fatma) Yilmaz, hierna: het ROC;"),
          ("h2", "Overwegingen"),
          ("lid", "a. partijen hebben op 1 juli 2021 een samenwerkingsovereenkomst gesloten voor de "
                  "doorlopende leerroute Gastheer/gastvrouw, aangegaan voor vier schooljaren, die eindigt op "
                  "31 juli 2025;"),
          ("lid", "b. de route is in het schooljaar 2024-2025 geëvalueerd; de evaluatie heeft geleid tot "
                  "aanpassingen in de stuurgroep, de bijdrage van de horecabedrijven en de financiële "
                  "afspraken;"),
          ("lid", "c. partijen de overeenkomst willen verlengen en de tekst in zijn geheel opnieuw willen "
                  "vaststellen, zodat één leesbare tekst geldt;"),
          ("p", "komen overeen:")]

    B += [("h1", "Artikel 1 Verlenging"),
          ("lid", "1. De samenwerkingsovereenkomst van 1 juli 2021 wordt verlengd tot en met 31 juli 2030."),
          ("lid", "2. Met ingang van 1 augustus 2025 luidt de overeenkomst zoals in de artikelen 2 tot en met "
                  "12 is bepaald. De tekst van 2021 vervalt per die datum."),
          ("lid", "3. Leerlingen en studenten die vóór 1 augustus 2025 in de route zijn gestart, zetten hun "
                  "route voort volgens het PTA/OER van hun cohort."),
          ("table", [["Onderdeel", "Wijziging t.o.v. 2021"],
                     ["Stuurgroep", "werkveldlid toegevoegd"],
                     ["Bedrijven", "vaste opdrachten per leerjaar"],
                     ["Financiën", "vast bedrag i.p.v. uurtarief"],
                     ["Medezeggenschap", "leerlingpanel nieuw"]], [1, 1])]

    B += [("h1", "Artikel 2 De route"),
          ("lid", "1. Partijen verzorgen gezamenlijk de doorlopende leerroute vmbo-mbo Gastheer/gastvrouw. "
                  "De route sluit aan op het profiel Horeca, bakkerij en recreatie (HBR) van de "
                  "kaderberoepsgerichte leerweg van de school."),
          ("lid", "2. De route leidt tot het mbo-diploma Zelfstandig werkend gastheer/gastvrouw, niveau 3, "
                  "opleidingsdomein Horeca en bakkerij, beroepsopleidende leerweg, van het ROC."),
          ("lid", "3. De route duurt vijf schooljaren. In leerjaar 1 en 2 van de route is de deelnemer "
                  "leerling van de school, daarna student van het ROC. Het centraal examen van de "
                  "kaderberoepsgerichte leerweg wordt in leerjaar 2 van de route afgenomen."),
          ("lid", "4. Partijen registreren de route ieder voor zich in RIO en houden de registratie actueel.")]

    B += [("h1", "Artikel 3 Horecabedrijven"),
          ("lid", "1. Partijen werken samen met Hotel Het Veluwemeer, Restaurant De Vischmarkt, Recreatiepark "
                  "Hulshorster Heide en Kasteel Staverden Events, en met de plaatselijke afdeling van de "
                  "horecabrancheorganisatie."),
          ("lid", "2. Deze bedrijven verzorgen per leerjaar van de route een vaste opdracht (in leerjaar 1 "
                  "een diner voor ouders, in leerjaar 2 een zomerevenement op het recreatiepark), bieden "
                  "snuffelstages in leerjaar 2 en bpv-plaatsen vanaf leerjaar 3 bij door SBB erkende "
                  "leerbedrijven, en leveren beoordelaars voor de proeve van bekwaamheid."),
          ("lid", "3. Eén vertegenwoordiger van de bedrijven neemt zitting in de stuurgroep (artikel 4). "
                  "Tweemaal per jaar vindt een werkveldbijeenkomst plaats waarin de bedrijven het "
                  "programma en de keuzedelen bespreken en advies geven.")]

    B += [("h1", "Artikel 4 Stuurgroep"),
          ("lid", "1. De leiding over de route berust bij de stuurgroep. Deze bestaat uit de directeur "
                  "onderwijs van de school, de teamleider HBR van de school, de opleidingsmanager Horeca van "
                  "het ROC en een vertegenwoordiger van de horecabedrijven."),
          ("lid", "2. Het college van bestuur van elke partij wijst de eigen leden aan. Het werkveldlid wordt "
                  "op voordracht van de werkveldbijeenkomst door beide colleges samen benoemd, voor drie jaar."),
          ("lid", "3. De stuurgroep is belast met de uitvoering van de route: het PTA/OER voorbereiden, de "
                  "rooster- en lokaalplanning, de inzet van docenten, de bpv, de kwaliteitszorg en de overstap "
                  "van individuele deelnemers."),
          ("lid", "4. De stuurgroep beslist zelfstandig binnen de vastgestelde jaarbegroting van de route. "
                  "Besluiten over personeel, investeringen boven € 10.000 en wijziging van deze overeenkomst "
                  "zijn voorbehouden aan de colleges van bestuur. Het werkveldlid heeft een raadgevende stem.")]

    B += [("h1", "Artikel 5 Verantwoording"),
          ("lid", "1. De stuurgroep zendt elk jaar vóór 15 oktober een schriftelijk jaarverslag over het "
                  "voorgaande schooljaar aan beide colleges van bestuur, met de instroom, de uitval, de "
                  "overstappen, de examenresultaten, de besteding van de overgedragen middelen en de "
                  "adviezen van de bedrijven."),
          ("lid", "2. In maart brengt de stuurgroep een korte tussenrapportage uit."),
          ("lid", "3. Beide colleges bespreken het jaarverslag in hun bestuurlijk overleg in november.")]

    B += [("h1", "Artikel 6 Inrichting"),
          ("lid", "1. Programma, examinering en bpv per leerjaar staan in het gezamenlijke PTA/OER."),
          ("lid", "2. De vo-fase wordt gegeven in het gebouw van de school aan de Stationslaan; twee dagdelen "
                  "per week werken leerlingen in het leerrestaurant De Zuiderzee van het ROC. De mbo-fase "
                  "wordt gegeven op de campus van het ROC en bij de leerbedrijven."),
          ("lid", "3. De school zet de docent HBR en de docenten algemene vakken in; het ROC een praktijkdocent "
                  "horeca (acht uur per week in de vo-fase) en de docenten van de mbo-fase. Voor het onderdeel "
                  "\u2018gastvrijheid in de praktijk\u2019 werken zij als team in de zin van artikel 7.13a WVO "
                  "2020. Ieder blijft in dienst van de eigen werkgever."),
          ("lid", "4. Het ROC stelt het leerrestaurant, de bar-trainingsruimte en de keuken ter beschikking; "
                  "de school haar HBR-praktijklokaal en de aula voor evenementen."),
          ("lid", "5. De klachtenregelingen van beide partijen gelden ook voor gedragingen van personeel van "
                  "de andere partij.")]

    B += [("h1", "Artikel 7 Overstapmogelijkheden"),
          ("lid", "1. Een deelnemer die de route verlaat, krijgt een alternatief dat leidt tot een vmbo- of "
                  "mbo-diploma, passend bij zijn bereikte niveau en leeftijd."),
          ("lid", "2. In de vo-fase stapt de leerling over naar de reguliere kaderberoepsgerichte leerweg van "
                  "de school, HBR of een ander profiel. Wie aan het einde van leerjaar 3 van de route het "
                  "vmbo-diploma mist, kan het examen opnieuw doen of zonder vmbo-diploma verder in een andere "
                  "opleiding van het ROC op niveau 2 of 3; vooropleidingseisen gelden dan niet."),
          ("lid", "3. In de mbo-fase kan de student overstappen naar een andere opleiding op hetzelfde "
                  "niveau, bijvoorbeeld Zelfstandig werkend kok of Leidinggevende recreatie."),
          ("lid", "4. De teamleider HBR en de opleidingsmanager Horeca beslissen samen, na een gesprek met de "
                  "deelnemer en zijn ouders.")]

    B += [("h1", "Artikel 8 Overdracht van middelen"),
          ("lid", "1. De school draagt op grond van artikel 5.42a WVO 2020 jaarlijks een vast bedrag van "
                  "€ 18.500 van haar bekostiging over aan het ROC."),
          ("lid", "2. Dit bedrag is bestemd voor de inzet van de praktijkdocent horeca in de vo-fase en de "
                  "grondstoffen van het leerrestaurant die leerlingen in de vo-fase verbruiken."),
          ("lid", "3. Het ROC factureert in januari; betaling binnen dertig dagen.")]

    B += [("h1", "Artikel 9 Medezeggenschap"),
          ("lid", "1. Naast de wettelijke regels (WMS in de vo-fase, WEB en WOR in de mbo-fase) richten partijen "
                  "een leerlingpanel in met twee leerlingen en twee studenten uit de route."),
          ("lid", "2. Het panel geeft advies over het PTA/OER; de stuurgroep betrekt het advies bij haar "
                  "voorstel aan de colleges."),
          ("lid", "3. De medezeggenschapsraad van de school en de studentenraad van het ROC ontvangen het "
                  "jaarverslag en worden gehoord voordat een wijziging van deze overeenkomst wordt gesloten.")]

    B += [("h1", "Artikel 10 Geschillen"),
          ("lid", "1. Partijen lossen meningsverschillen over de uitvoering van deze overeenkomst op in "
                  "onderling overleg tussen de voorzitters van beide colleges van bestuur."),
          ("lid", "2. Een partij die een geschil wil bespreken, meldt dit schriftelijk aan de andere partij "
                  "en omschrijft daarbij het geschilpunt. Binnen vier weken daarna vindt het overleg plaats; "
                  "de voorzitters kunnen zich laten bijstaan door de directeur onderwijs van de school en de "
                  "sectordirecteur van het ROC."),
          ("lid", "3. Leidt het overleg niet tot overeenstemming, dan plannen de voorzitters binnen zes weken "
                  "een volgend overleg en zetten zij het overleg voort totdat zij samen een oplossing hebben "
                  "gevonden.")]

    B += [("h1", "Artikel 11 Toetreding, duur en einde"),
          ("lid", "1. Een andere school voor vmbo of instelling voor beroepsonderwijs kan toetreden met "
                  "schriftelijke instemming van beide partijen, per 1 augustus, door ondertekening van een "
                  "toetredingsverklaring; partijen melden dit in RIO. Het programma van deelnemers die al in "
                  "de route zitten verandert door de toetreding niet."),
          ("lid", "2. Deze overeenkomst loopt tot en met 31 juli 2030. Uiterlijk op 1 februari 2030 besluiten "
                  "partijen over een nieuwe verlenging."),
          ("lid", "3. Tussentijdse opzegging is mogelijk per 1 augustus van een jaar, met een termijn van ten "
                  "minste twaalf maanden. Ontbinding is mogelijk bij een ernstige tekortkoming die na een "
                  "schriftelijke aanmaning niet binnen twee maanden is hersteld."),
          ("lid", "4. Eindigt de overeenkomst, om welke reden ook, dan stromen geen nieuwe leerlingen meer in "
                  "en maken alle leerlingen en studenten die al in de route zitten die af volgens het PTA/OER "
                  "van hun cohort. Partijen houden daarvoor de nodige docenten en voorzieningen beschikbaar."),
          ("lid", "5. Wijzigingen worden schriftelijk overeengekomen en door beide colleges ondertekend; zij "
                  "gelden alleen voor nieuwe cohorten, tenzij de betrokken deelnemers ermee instemmen.")]

    B += [("h1", "Artikel 12 Slot"),
          ("lid", "1. Op deze overeenkomst is Nederlands recht van toepassing."),
          ("p", "Aldus overeengekomen te Harderwijk op 25 juni 2025."),
          ("sig", [["Voor de school\n\n\ning. W. van den Brink"],
                   ["Voor het ROC\n\n\ndrs. F. Yilmaz"]])]
    return B


# ----------------------------------------------------------------------------------------------
# 283  Agreement with many annexes (A-G) and tables (PDF), Helmond / De Peel, Media, vormgeving en
#      ICT gl -> Expert IT systems and devices niveau 4. Defect: the overstap article (and its annex)
#      offer alternatives and a joint decision, but impose the vooropleidingseisen for a switch to
#      another opleiding within the same ROC -> f weak.
# ----------------------------------------------------------------------------------------------

@sample("283", "283_veel_bijlagen_helmond_it_systems", "pdf",
        "Overeenkomst met zeven bijlagen en veel tabellen (PDF), Helmond/De Peel, Media, vormgeving en ICT gl "
        "-> Expert IT systems and devices niveau 4; overstapartikel en overstapprotocol met alternatieven en "
        "gezamenlijk besluit, maar met vooropleidingseisen voor een overstap binnen hetzelfde ROC -> f weak",
        st("p p p p p w p p p p"),
        {"a": "Artikel 2 Route en opleiding",
         "b": "Artikel 3 Bedrijfsleven",
         "c": "Artikel 4 Routeregie",
         "d": "Artikel 5 Informatie en verantwoording",
         "e": "Artikel 6 Onderwijs, personeel en voorzieningen",
         "g": "Artikel 8 Financiën",
         "h": "Artikel 9 Medezeggenschap",
         "i": "Artikel 10 Geschillen",
         "j": "Artikel 11 Toetreding, wijziging, opzegging"},
        size=9.5, header="SOK DLR IT Systems & Devices Helmond  -  hoofdtekst en bijlagen A t/m G",
        footer="pagina", pdf_title="SOK doorlopende leerroute IT Systems and Devices")
def a283():
    B = []
    B += [("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
          ("subtitle", "Route IT Systems & Devices Helmond\n(Media, vormgeving en ICT - Expert IT systems and devices)"),
          ("p", "Deze overeenkomst bestaat uit een hoofdtekst en zeven bijlagen. De bijlagen maken deel uit van "
                "de overeenkomst. Bij strijdigheid gaat de hoofdtekst voor."),
          ("table", [["Bijlage", "Onderwerp"],
                     ["A", "Routeplan: programma, examinering en bpv per leerjaar"],
                     ["B", "Routeregie: samenstelling, benoeming, taken en mandaat"],
                     ["C", "Partners uit het bedrijfsleven en hun rol"],
                     ["D", "Financiële bijlage"],
                     ["E", "Overstapprotocol"],
                     ["F", "Jaarkalender informatie en verantwoording"],
                     ["G", "Contactpersonen"]], [1, 6]),
          ("h2", "Partijen"),
          ("lid", "1. Stichting Openbaar Voortgezet Onderwijs De Peel, gevestigd te Helmond, bevoegd gezag van het "
                  "Vakcollege Helmond-Oost, school voor vmbo, rechtsgeldig vertegenwoordigd door de heer "
                  "drs. P.J. (Peter) van Bommel, voorzitter van het college van bestuur, hierna: de school;"),
          ("lid", "2. Stichting ROC De Peel, gevestigd te Helmond, rechtsgeldig vertegenwoordigd door mevrouw "
                  "dr. S. (Sanne) Verhagen-Timmermans, voorzitter van het college van bestuur, hierna: het ROC;"),
          ("p", "verklaren te zijn overeengekomen:")]

    B += [("h1", "Artikel 1 Doel"),
          ("p", "Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo in de ICT, omdat de regio "
                "Helmond-De Peel een groot tekort heeft aan technici die netwerken, systemen en apparaten "
                "kunnen installeren en beheren. Partijen beschrijven het programma, de examinering en de "
                "beroepspraktijkvorming per leerjaar gezamenlijk en melden de route gezamenlijk aan de minister "
                "door registratie in RIO.")]

    B += [("h1", "Artikel 2 Route en opleiding"),
          ("lid", "1. De route sluit aan op het profiel Media, vormgeving en ICT van de gemengde leerweg van de "
                  "school en leidt tot de mbo-kwalificatie Expert IT systems and devices, niveau 4 "
                  "(middenkaderopleiding), opleidingsdomein ICT en creatieve industrie, BOL, van het ROC."),
          ("lid", "2. De route begint in leerjaar 3 van de school en duurt zes jaar: twee jaar vo-fase en vier "
                  "jaar mbo-fase. In het derde en vierde jaar van de mbo-fase kan de student kiezen voor de "
                  "BBL-variant bij een van de partners uit bijlage C."),
          ("lid", "3. Het routeplan in bijlage A geeft per leerjaar de vakken, de mbo-onderdelen, de examens "
                  "en de bpv weer.")]

    B += [("h1", "Artikel 3 Bedrijfsleven"),
          ("lid", "1. Partijen voeren de route uit samen met de partners uit het bedrijfsleven die in bijlage C "
                  "zijn vermeld, waaronder de vereniging Peelland Tech Community en de bedrijven Van Doorne IT "
                  "Services, Brandevoort Networks en DataCenter Helmond."),
          ("lid", "2. De partners leveren in elk leerjaar van de vo-fase een praktijkproject (bijvoorbeeld het "
                  "inrichten van een netwerk voor een sportvereniging), verzorgen gastlessen over "
                  "cybersecurity en cloud, bieden vanaf het tweede jaar van de mbo-fase stageplaatsen en "
                  "BBL-plaatsen, en leveren assessoren voor de examens van de kerntaken."),
          ("lid", "3. De partners zitten met één vertegenwoordiger in de routeregie (artikel 4) en komen tweemaal "
                  "per jaar bijeen in een werkveldcommissie die advies uitbrengt over het routeplan.")]

    B += [("h1", "Artikel 4 Routeregie"),
          ("lid", "1. De leiding over de route berust bij de routeregie. Deze bestaat uit de teamleider "
                  "bovenbouw gemengde leerweg van de school, de opleidingsmanager ICT van het ROC en, met "
                  "raadgevende stem, een vertegenwoordiger van de partners."),
          ("lid", "2. De teamleider wordt aangewezen door het college van bestuur van de school, de "
                  "opleidingsmanager door het college van bestuur van het ROC. De vertegenwoordiger van de "
                  "partners wordt door de werkveldcommissie voorgedragen en door beide colleges benoemd."),
          ("lid", "3. De routeregie heeft tot taak de route dagelijks aan te sturen, het routeplan voor te "
                  "bereiden, het rooster en de inzet van docenten te regelen, de bpv te organiseren en de "
                  "overstap van deelnemers te begeleiden. Zij beslist zelfstandig binnen het routebudget en "
                  "over toelating tot de route. Bijlage B bevat het volledige mandaat.")]

    B += [("h1", "Artikel 5 Informatie en verantwoording"),
          ("lid", "1. De routeregie informeert beide colleges van bestuur per kwartaal met een dashboard en "
                  "legt jaarlijks vóór 1 november verantwoording af in een jaarverslag over het afgelopen "
                  "schooljaar."),
          ("lid", "2. Het jaarverslag wordt besproken in het bestuurlijk overleg in november. De jaarkalender "
                  "in bijlage F bevat alle data.")]

    B += [("h1", "Artikel 6 Onderwijs, personeel en voorzieningen"),
          ("lid", "1. De vo-fase wordt gegeven op de locatie van de school aan de Mierloseweg; de lessen "
                  "systemen en netwerken worden in het IT-lab van het ROC op de Automotive-campus gegeven "
                  "(twee dagdelen per week). De mbo-fase wordt op de campus van het ROC gegeven."),
          ("lid", "2. De school zet een docent Media, vormgeving en ICT en de docenten algemene vakken in; het "
                  "ROC twee docenten ICT en een technisch onderwijsassistent. Voor het vakoverstijgende "
                  "onderdeel \u2018IT in de praktijk\u2019 werken zij als team als bedoeld in artikel 7.13a "
                  "WVO 2020 en artikel 9.1.12 WEB. Ieder blijft in dienst van de eigen werkgever."),
          ("lid", "3. Het ROC stelt het IT-lab, het netwerklab, de serverruimte en de licenties beschikbaar; de "
                  "school haar ICT-lokaal en de makerspace. Leerlingen krijgen in de vo-fase een account op de "
                  "leeromgeving van het ROC."),
          ("lid", "4. Het centraal examen van de gemengde leerweg wordt in het tweede jaar van de route "
                  "afgenomen; de mbo-examens volgens bijlage A. De klachtenregelingen van beide partijen gelden "
                  "ook voor gedrag van personeel van de andere partij.")]

    B += [("h1", "Artikel 7 Overstap"),
          ("lid", "1. Een deelnemer die de route verlaat voordat hij haar met goed gevolg heeft afgerond, wordt "
                  "door partijen geholpen om een vmbo-diploma of een mbo-diploma te halen dat past bij zijn "
                  "bereikte niveau en zijn leeftijd. Het overstapprotocol in bijlage E werkt dit uit."),
          ("lid", "2. Mogelijke alternatieven zijn: de reguliere gemengde of kaderberoepsgerichte leerweg van "
                  "de school (in de vo-fase), het examenjaar overdoen, een andere opleiding van het ROC op "
                  "niveau 3 of 4, zoals Allround medewerker IT systems and devices of Software developer, of "
                  "een opleiding bij een andere instelling in de regio."),
          ("lid", "3. Voor instroom in een andere opleiding van het ROC gelden de vooropleidingseisen van die "
                  "opleiding op de gebruikelijke wijze. Een deelnemer die het vmbo-diploma nog niet heeft "
                  "behaald, kan daarom pas in een andere opleiding van het ROC instromen nadat hij dat diploma "
                  "heeft behaald."),
          ("lid", "4. Over de overstap besluiten de teamleider en de opleidingsmanager gezamenlijk, na een gesprek "
                  "met de deelnemer en zijn ouders.")]

    B += [("h1", "Artikel 8 Financiën"),
          ("lid", "1. De school draagt op grond van artikel 5.42a WVO 2020 een deel van haar bekostiging over "
                  "aan het ROC. Omvang en bestemming staan in bijlage D."),
          ("lid", "2. Overige kosten komen voor rekening van de partij die ze maakt.")]

    B += [("h1", "Artikel 9 Medezeggenschap"),
          ("lid", "1. In aanvulling op de WMS, hoofdstuk 8a WEB en de WOR spreken partijen af dat de "
                  "medezeggenschapsraad van de school en de studentenraad van het ROC ieder adviesrecht hebben "
                  "over het routeplan (bijlage A) en het overstapprotocol (bijlage E)."),
          ("lid", "2. Twee leerlingen uit de vo-fase worden uitgenodigd voor de vergaderingen van de "
                  "studentenraad waarin de route wordt besproken.")]

    B += [("h1", "Artikel 10 Geschillen"),
          ("lid", "1. Geschillen over de uitvoering van deze overeenkomst worden eerst besproken in de "
                  "routeregie, daarna tussen de colleges van bestuur."),
          ("lid", "2. Is er zes weken na het overleg tussen de colleges geen oplossing, dan wordt het geschil "
                  "beslecht door arbitrage volgens het arbitragereglement van het Nederlands Arbitrage "
                  "Instituut. Het scheidsgerecht bestaat uit één arbiter; plaats van arbitrage is Eindhoven.")]

    B += [("h1", "Artikel 11 Toetreding, wijziging, opzegging"),
          ("lid", "1. Een andere school voor vmbo of instelling voor beroepsonderwijs kan toetreden met "
                  "schriftelijke instemming van beide partijen en aanvaarding van deze overeenkomst, per "
                  "1 augustus; partijen melden de toetreding in RIO."),
          ("lid", "2. Wijzigingen van de hoofdtekst en van de bijlagen worden schriftelijk door beide colleges "
                  "overeengekomen."),
          ("lid", "3. Deze overeenkomst geldt voor onbepaalde tijd vanaf 1 augustus 2025. Opzegging is mogelijk "
                  "tegen 1 augustus met een termijn van ten minste twaalf maanden."),
          ("lid", "4. Bij toetreding, wijziging, opzegging of ontbinding beperken partijen de gevolgen voor "
                  "leerlingen en studenten zoveel mogelijk. Na opzegging worden geen nieuwe leerlingen "
                  "toegelaten; deelnemers die al in de route zitten, ronden haar af. Wijzigingen van het "
                  "programma gelden alleen voor nieuwe cohorten."),
          ("p", "Aldus overeengekomen en ondertekend te Helmond op 30 juni 2025."),
          ("sig", [["Stichting Openbaar Voortgezet Onderwijs De Peel\n\n\ndrs. P.J. van Bommel",
                    "Stichting ROC De Peel\n\n\ndr. S. Verhagen-Timmermans"]])]

    B += [("pagebreak",),
          ("h1", "Bijlage A Routeplan"),
          ("table", [["Jaar", "Fase", "Programma", "Examens", "Bpv"],
                     ["1 (vmbo 3)", "vo", "algemene vakken; profielvak MVI; mbo: hardware en besturingssystemen",
                      "schoolexamens MVI; mbo-toets hardware", "snuffelstage 3 dagen"],
                     ["2 (vmbo 4)", "vo", "algemene vakken; mbo: netwerken basis, klantcontact",
                      "centraal examen gl; mbo-toets netwerken", "projectweek bij partner"],
                     ["3 (mbo 1)", "mbo", "systemen en netwerken, scripting, Engels", "kerntaak 1",
                      "2 dagen per week vanaf periode 3"],
                     ["4 (mbo 2)", "mbo", "cloud, security, servicedesk", "kerntaak 2", "20 weken"],
                     ["5 (mbo 3)", "mbo", "projecten, keuzedelen", "kerntaak 3 en 4", "20 weken (of BBL)"],
                     ["6 (mbo 4)", "mbo", "afstudeerproject", "proeve van bekwaamheid", "BOL of BBL"]],
           [1.2, 0.8, 3.5, 2.3, 2]),
          ("h1", "Bijlage B Routeregie: samenstelling, benoeming, taken en mandaat"),
          ("table", [["Lid", "Benoemd door", "Termijn", "Stem"],
                     ["teamleider bovenbouw gl (school)", "college van bestuur school", "zolang in functie", "ja"],
                     ["opleidingsmanager ICT (ROC)", "college van bestuur ROC", "zolang in functie", "ja"],
                     ["vertegenwoordiger partners", "beide colleges, op voordracht werkveldcommissie", "2 jaar",
                      "raadgevend"]], [3, 3, 1.5, 1]),
          ("table", [["Mandaat routeregie", "Voorbehouden aan de colleges"],
                     ["rooster, inzet docenten binnen formatie, bpv, toelating, uitgaven tot € 8.000",
                      "formatie, benoeming personeel, uitgaven boven € 8.000, vaststelling routeplan, wijziging "
                      "overeenkomst"]], [1, 1]),
          ("h1", "Bijlage C Partners uit het bedrijfsleven"),
          ("table", [["Partner", "Rol"],
                     ["Peelland Tech Community", "werkveldcommissie; vertegenwoordiger in routeregie"],
                     ["Van Doorne IT Services", "praktijkproject jaar 1; stage- en BBL-plaatsen; assessoren"],
                     ["Brandevoort Networks", "gastlessen netwerken; stageplaatsen"],
                     ["DataCenter Helmond", "rondleidingen; praktijkproject jaar 2; BBL-plaatsen"],
                     ["Gemeente Helmond, team I&A", "gastlessen cybersecurity; stageplaatsen"]], [1, 2]),
          ("h1", "Bijlage D Financiële bijlage"),
          ("table", [["Overdracht", "Omvang", "Bestemming"],
                     ["school naar ROC (art. 5.42a WVO 2020)", "€ 1.250 per leerling in de vo-fase, peildatum "
                      "1 oktober", "inzet docenten ICT van het ROC in de vo-fase en licenties IT-lab"],
                     ["ROC naar school", "geen", "-"]], [2, 2, 3]),
          ("p", "Het ROC factureert jaarlijks in december. De besteding wordt verantwoord in het jaarverslag."),
          ("h1", "Bijlage E Overstapprotocol"),
          ("table", [["Moment", "Alternatief", "Voorwaarde"],
                     ["vo-fase", "reguliere gl of kb van de school, zelfde of ander profiel", "geen"],
                     ["einde jaar 3 zonder vmbo-diploma", "examen opnieuw; daarna andere opleiding ROC",
                      "vmbo-diploma vereist voor instroom in andere ROC-opleiding"],
                     ["mbo-fase", "andere opleiding ROC op niveau 3 of 4",
                      "vooropleidingseisen van de nieuwe opleiding"],
                     ["verhuizing", "opleiding bij andere instelling", "geschiktheidsonderzoek door die instelling"]],
           [2, 3, 3]),
          ("p", "Werkwijze: signaal door mentor of studieloopbaanbegeleider; gesprek met deelnemer en ouders "
                "binnen twee weken; besluit teamleider en opleidingsmanager; warme overdracht; vastlegging in "
                "het dossier."),
          ("h1", "Bijlage F Jaarkalender informatie en verantwoording"),
          ("table", [["Wanneer", "Wat", "Aan wie"],
                     ["januari, april, juli, oktober", "kwartaaldashboard", "beide colleges van bestuur"],
                     ["vóór 1 november", "jaarverslag", "beide colleges van bestuur"],
                     ["november", "bestuurlijk overleg", "colleges en routeregie"],
                     ["maart", "advies werkveldcommissie", "routeregie"]], [2, 2, 2]),
          ("h1", "Bijlage G Contactpersonen"),
          ("table", [["Functie", "Naam"],
                     ["teamleider bovenbouw gl", "M. Swinkels"],
                     ["opleidingsmanager ICT", "R. Hendriks"],
                     ["vertegenwoordiger partners", "E. Bakker (Peelland Tech Community)"]], [1, 1])]
    return B


# ----------------------------------------------------------------------------------------------
# 284  Plain-language agreement ("in gewone taal") with unnumbered headings and tables (DOCX),
#      Westland, Groen kb -> Vakbekwaam medewerker teelt niveau 3. Long and fully compliant;
#      funding flows both ways, each with omvang and bestemming.
# ----------------------------------------------------------------------------------------------

@sample("284", "284_gewone_taal_kopjes_westland_teelt", "docx",
        "Lange overeenkomst in gewone taal met ongenummerde kopjes en tabellen (DOCX), Naaldwijk/Westland, "
        "Groen kb -> Vakbekwaam medewerker teelt niveau 3; volledig compliant, overdracht van bekostiging "
        "in beide richtingen met omvang en bestemming",
        st("p p p p p p p p p p"),
        {"a": "Over welke route gaat het?",
         "b": "Wie doen er mee uit de tuinbouw?",
         "c": "Wie heeft de leiding?",
         "d": "Hoe houdt het routeteam de besturen op de hoogte?",
         "e": "Waar en door wie wordt er lesgegeven?",
         "f": "Wat als de route niet past?",
         "g": "Geld tussen school en Groencollege",
         "h": "Inspraak van leerlingen, ouders en personeel",
         "i": "Als school en Groencollege het oneens zijn",
         "j": "Nieuwe partners, veranderingen en stoppen"},
        docx_font="Verdana", docx_size=9.5, docx_author="Westland Vakcollege",
        docx_title="Samenwerkingsovereenkomst Groene route Teelt")
def a284():
    B = []
    B += [("title", "Samenwerkingsovereenkomst Groene route Teelt"),
          ("subtitle", "Doorlopende leerroute vmbo-mbo van Westland Vakcollege en Groencollege Naaldwijk"),
          ("p", "Deze overeenkomst is geschreven in gewone taal. Dat hebben we bewust gedaan: leerlingen, ouders, "
                "docenten en kwekers moeten kunnen lezen wat we afspreken. Waar \u2018we\u2019 staat, bedoelen we "
                "de school en het Groencollege samen. Wat hier staat, is bindend voor beide besturen."),
          ("h2", "Wie tekenen deze overeenkomst?"),
          ("table", [["", "School", "Groencollege"],
                     ["Naam", "Westland Vakcollege (vmbo)", "Groencollege Naaldwijk (mbo)"],
                     ["Bevoegd gezag", "Stichting Christelijk Voortgezet Onderwijs Westland, Naaldwijk",
                      "Stichting Groen Onderwijs Zuid-Holland, Naaldwijk"],
                     ["Tekent namens het bestuur", "mevrouw J. (Jolanda) Zwinkels, voorzitter college van bestuur",
                      "de heer K. (Koen) van Staalduinen, voorzitter college van bestuur"]], [2, 3, 3]),
          ("endtitle",)]

    B += [("h1", "Waarom deze route?"),
          ("p", "In het Westland worden groenten, fruit en bloemen gekweekt in kassen vol techniek. Kwekers "
                "zoeken mensen die verstand hebben van planten én van klimaatcomputers, belichting en "
                "watergift. Veel leerlingen van de school kiezen het profiel Groen, maar haken af bij de "
                "overstap naar het mbo. Met deze route willen we dat voorkomen: leerlingen leren vanaf leerjaar "
                "3 in één doorlopend programma, zonder harde knip tussen vmbo en mbo.")]

    B += [("h1", "Over welke route gaat het?"),
          ("p", "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Groen, van het "
                "Westland Vakcollege. De route eindigt met het mbo-diploma Vakbekwaam medewerker teelt, niveau 3 "
                "(vakopleiding), opleidingsdomein Voedsel, natuur en leefomgeving, van het Groencollege. "
                "Leerlingen halen onderweg ook hun vmbo-diploma kaderberoepsgerichte leerweg."),
          ("table", [["Jaar in de route", "Je bent ingeschreven bij", "Waar leer je?", "Diploma/examen"],
                     ["1 (vmbo 3)", "school", "school, 1 dag per week in de leerkas van het Groencollege",
                      "schoolexamens Groen"],
                     ["2 (vmbo 4)", "school", "school, 1,5 dag leerkas, stage bij een kweker",
                      "centraal examen kb; eerste mbo-examen"],
                     ["3 (mbo 1)", "Groencollege", "Groencollege en kwekerij (BOL)", "mbo-examens teelt"],
                     ["4 (mbo 2)", "Groencollege", "kwekerij en Groencollege (BOL of BBL)",
                      "proeve van bekwaamheid; mbo-diploma"]], [2, 2, 4, 3]),
          ("p", "Beide besturen registreren de route in RIO, ieder voor het eigen deel. Zo melden we de route "
                "samen aan de minister.")]

    B += [("h1", "Wie doen er mee uit de tuinbouw?"),
          ("p", "De route wordt samen met de tuinbouw gemaakt. Deze bedrijven en organisaties doen mee:"),
          ("table", [["Wie", "Wat doen ze?"],
                     ["Tomatenkwekerij Van der Arend (Honselersdijk)",
                      "leerkasdag op de kwekerij in jaar 1; stageplaatsen jaar 2; bpv- en BBL-plaatsen"],
                     ["Orchideeën De Lier B.V.", "praktijkopdracht \u2018van stek tot veiling\u2019 in jaar 2; "
                      "bpv-plaatsen"],
                     ["Paprikakwekerij Westerlee", "gastlessen klimaatbeheersing; meebeoordelen proeve"],
                     ["Westland Greenport Innovatieplatform",
                      "plek in het routeteam (zonder stemrecht); organiseert de kwekersbijeenkomst"],
                     ["SBB, adviseur Groen", "erkennen leerbedrijven; advies over bpv"]], [3, 5]),
          ("p", "Twee keer per jaar is er een kwekersbijeenkomst. Daar vertellen de kwekers wat zij van nieuwe "
                "medewerkers nodig hebben en geven zij advies over het programma, de keuzedelen en de "
                "praktijkopdrachten. Het routeteam schrijft op wat het met dat advies doet en laat dat de "
                "kwekers weten.")]

    B += [("h1", "Wie heeft de leiding?"),
          ("p", "De route wordt geleid door het routeteam. In het routeteam zitten:"),
          ("table", [["Wie", "Van", "Wie wijst aan?"],
                     ["Teamleider Groen (voorzitter)", "school", "college van bestuur van de school"],
                     ["Opleidingsmanager Teelt en techniek", "Groencollege", "college van bestuur van het Groencollege"],
                     ["Routecoördinator", "Groencollege", "beide besturen samen, voor drie jaar"],
                     ["Vertegenwoordiger Westland Greenport Innovatieplatform (adviseert, stemt niet)", "werkveld",
                      "beide besturen samen, op voordracht van de kwekersbijeenkomst"]], [4, 2, 4]),
          ("p", "Wat het routeteam moet doen (de taken die de besturen aan het routeteam geven):"),
          ("bullet", "het programma en het gezamenlijke PTA/OER maken en ieder jaar bijwerken;"),
          ("bullet", "het rooster maken en bepalen welke docent wat geeft;"),
          ("bullet", "stages en bpv regelen met de kwekers;"),
          ("bullet", "de kwaliteit van de route bewaken en verbeteren;"),
          ("bullet", "leerlingen begeleiden die willen overstappen."),
          ("p", "Wat het routeteam zelf mag beslissen (de bevoegdheden): welke leerlingen in de route mogen "
                "starten, hoe de lesuren over de docenten worden verdeeld, en uitgaven uit het routebudget tot "
                "€ 6.000 per keer. Het PTA/OER legt het routeteam ter vaststelling voor aan beide besturen. "
                "Over personeel aannemen, grotere uitgaven en het veranderen van deze overeenkomst beslissen de "
                "besturen zelf. Als het routeteam het onderling niet eens wordt, beslissen de directeur van de "
                "school en de directeur van het Groencollege samen.")]

    B += [("h1", "Hoe houdt het routeteam de besturen op de hoogte?"),
          ("table", [["Wanneer", "Wat", "Voor wie"],
                     ["januari en juni", "korte voortgangsrapportage: aantallen leerlingen, uitval, overstappen, "
                      "verzuim, stages", "beide colleges van bestuur"],
                     ["vóór 15 oktober", "jaarverslag over het vorige schooljaar met examenresultaten en "
                      "besteding van het geld", "beide colleges van bestuur"],
                     ["november", "bestuurlijk overleg over het jaarverslag, met het routeteam erbij",
                      "beide colleges van bestuur"],
                     ["direct", "melding bij ernstige problemen, zoals een ongeluk in de kas of het wegvallen "
                      "van stageplaatsen", "beide colleges van bestuur"]], [2, 5, 3]),
          ("p", "Een bestuur mag het routeteam altijd om extra informatie vragen. Het routeteam geeft die binnen "
                "drie weken. Met het jaarverslag legt het routeteam verantwoording af over hoe de route is "
                "gegaan.")]

    B += [("h1", "Waar en door wie wordt er lesgegeven?"),
          ("h2", "Programma en examens"),
          ("p", "We leggen het programma, de examens en de bpv per leerjaar vast in één PTA/OER. Daarin staat "
                "welk deel bij het vmbo hoort, welk deel bij het mbo en welk deel bij allebei. Het centraal "
                "examen kaderberoepsgerichte leerweg is in jaar 2 van de route. Wie dan nog een vak moet "
                "afronden, doet dat in jaar 3; de school blijft daarvoor verantwoordelijk, ook als de leerling "
                "dan al bij het Groencollege staat ingeschreven."),
          ("h2", "Docenten"),
          ("table", [["Wie", "Van", "Wat"],
                     ["Docent Groen", "school", "profielvak Groen, leerkaslessen jaar 1 en 2"],
                     ["Docenten Nederlands, Engels, wiskunde, biologie", "school", "algemene vakken jaar 1 en 2"],
                     ["Docent teelt", "Groencollege", "teeltlessen in de leerkas, jaar 1 t/m 4"],
                     ["Docent kastechniek", "Groencollege", "klimaat, water, belichting, jaar 2 t/m 4"],
                     ["Praktijkbegeleider", "Groencollege", "bpv-begeleiding, jaar 3 en 4"]], [3, 2, 4]),
          ("p", "Voor het deel \u2018teelt in de praktijk\u2019 werken de docent Groen en de docent teelt als één "
                "team, zoals artikel 7.13a WVO 2020 en artikel 9.1.12 WEB toestaan. Ieder is verantwoordelijk "
                "voor het deel waarvoor hij bevoegd is. Iedereen blijft in dienst van de eigen werkgever. Twee "
                "keer per jaar is er een gezamenlijke studiedag."),
          ("h2", "Gebouwen en spullen"),
          ("p", "Het Groencollege stelt de leerkas, het teeltlab en de klimaatcomputer-oefenruimte beschikbaar. "
                "De school stelt haar praktijklokaal Groen en de schooltuin beschikbaar. Leerlingen krijgen in "
                "jaar 1 een account voor de leeromgeving van het Groencollege. Werkkleding betaalt in jaar 1 en "
                "2 de school, daarna het Groencollege."),
          ("h2", "Begeleiding, verzuim en klachten"),
          ("p", "In jaar 1 en 2 is de mentor van de school het aanspreekpunt en meldt de school verzuim. Vanaf "
                "jaar 3 doet de studieloopbaanbegeleider van het Groencollege dat. Bij de overgang is er een "
                "overdrachtsgesprek. De klachtenregeling van de school en die van het Groencollege gelden ook "
                "voor gedrag van personeel van de andere partij. Een klacht bij de school over een docent van "
                "het Groencollege wordt door de school behandeld; het Groencollege werkt mee.")]

    B += [("h1", "Wat als de route niet past?"),
          ("p", "Soms past de route niet, bijvoorbeeld omdat een leerling verhuist, het niveau niet past of hij "
                "toch iets anders wil. Dan zorgen we samen dat hij op een andere manier een diploma kan halen. "
                "We kijken daarbij naar wat hij al heeft bereikt en naar zijn leeftijd."),
          ("table", [["Wanneer?", "Wat zijn de mogelijkheden?"],
                     ["In jaar 1 of 2", "verder in de gewone kaderberoepsgerichte leerweg van de school, in Groen "
                      "of een ander profiel, op weg naar het vmbo-diploma; of overstappen naar de basisberoepsgerichte "
                      "leerweg als dat beter past"],
                     ["Geen vmbo-diploma aan het eind van jaar 3", "het examen opnieuw doen, of zonder vmbo-diploma "
                      "verder in een andere opleiding van het Groencollege op niveau 2 of 3, waarbij behaalde "
                      "onderdelen meetellen"],
                     ["In jaar 3 of 4", "een andere opleiding van het Groencollege op hetzelfde niveau, zoals "
                      "Vakbekwaam hovenier of Vakbekwaam medewerker bloem, groen en styling"],
                     ["Liever naar een andere school of instelling", "we helpen bij de aanmelding; die instelling "
                      "kan een geschiktheidsonderzoek doen"]], [3, 6]),
          ("p", "Voor een overstap naar een andere opleiding van het Groencollege gelden de vooropleidingseisen "
                "niet. Wie het beste alternatief is, besluiten de teamleider Groen en de opleidingsmanager samen, "
                "na een gesprek met de leerling en zijn ouders. De leerling en ouders krijgen het besluit "
                "binnen drie weken op papier. De Entree-opleiding is alleen aan de orde als een diploma op "
                "niveau 2 echt niet haalbaar is. Dit staat ook in de schoolgids en de studiegids.")]

    B += [("h1", "Geld tussen school en Groencollege"),
          ("table", [["Van - naar", "Hoeveel?", "Waarvoor?"],
                     ["school naar Groencollege (artikel 5.42a WVO 2020)",
                      "€ 900 per leerling die op 1 oktober in jaar 1 of 2 van de route staat",
                      "lessen van de docent teelt en de docent kastechniek in jaar 1 en 2, en plantmateriaal en "
                      "substraat in de leerkas"],
                     ["Groencollege naar school (artikel 9.1.15 WEB)",
                      "€ 450 per student die in jaar 3 nog vmbo-examenonderdelen bij de school aflegt",
                      "lessen en examenafname door de school voor die studenten"]], [3, 3, 4]),
          ("p", "Beide partijen sturen in december een factuur en laten in het jaarverslag zien waaraan het geld "
                "is besteed. Andere kosten betaalt iedere partij zelf.")]

    B += [("h1", "Inspraak van leerlingen, ouders en personeel"),
          ("p", "De wet regelt de medezeggenschap al: in jaar 1 en 2 de Wet medezeggenschap op scholen, daarna de "
                "WEB en voor personeel van het Groencollege de WOR. Daarbovenop spreken we af:"),
          ("bullet", "de medezeggenschapsraad van de school en de studentenraad van het Groencollege vormen samen "
                     "een klankbordgroep van vier personen, met minstens één leerling en één student uit de route;"),
          ("bullet", "het routeteam vraagt deze klankbordgroep om advies over het PTA/OER en het jaarverslag, "
                     "voordat die naar de besturen gaan;"),
          ("bullet", "studenten in jaar 3 die nog vmbo-examen doen, mogen meedoen aan de leerlingenraad van de "
                     "school;"),
          ("bullet", "de ondernemingsraad van het Groencollege en de personeelsgeleding van de MR krijgen allebei "
                     "de afspraken over het docententeam ter advisering.")]

    B += [("h1", "Als school en Groencollege het oneens zijn"),
          ("p", "Zijn de school en het Groencollege het oneens over de uitvoering van deze overeenkomst, dan "
                "bespreekt het routeteam dat eerst. Is het na vier weken niet opgelost, dan praten de twee "
                "colleges van bestuur erover. Lukt het ook hen binnen acht weken niet, dan vragen zij samen een "
                "onafhankelijke deskundige om bindend advies. Beide besturen houden zich aan dat advies. Gaat "
                "het om een geschil waarover geen bindend advies mogelijk is, dan beslist de rechtbank Den Haag.")]

    B += [("h1", "Nieuwe partners, veranderingen en stoppen"),
          ("table", [["Onderwerp", "Wat spreken we af?"],
                     ["Een andere school of instelling wil meedoen",
                      "Dat kan als beide besturen schriftelijk ja zeggen en de nieuwe partner alle afspraken "
                      "overneemt. Meedoen begint op 1 augustus en wordt in RIO gemeld. Voor leerlingen die al in "
                      "de route zitten verandert er niets."],
                     ["Deze overeenkomst veranderen",
                      "Alleen op papier en getekend door beide besturen, na advies van de klankbordgroep. "
                      "Veranderingen in het programma gelden pas voor nieuwe leerlingen, tenzij leerling en "
                      "ouders het ermee eens zijn."],
                     ["Hoe lang geldt de overeenkomst?",
                      "Vanaf 1 augustus 2025, voor onbepaalde tijd."],
                     ["Opzeggen",
                      "Schriftelijk, met een termijn van minstens één heel schooljaar, tegen 1 augustus."],
                     ["Ontbinden",
                      "Als een partij haar afspraken ernstig niet nakomt en dat na een schriftelijke waarschuwing "
                      "niet binnen twee maanden herstelt."],
                     ["Wat gebeurt er met leerlingen als we stoppen?",
                      "Er starten dan geen nieuwe leerlingen meer. Alle leerlingen en studenten die al in de "
                      "route zitten, maken die af zoals afgesproken. We houden daarvoor docenten, leerkas en "
                      "stageplaatsen beschikbaar."]], [3, 6])]

    B += [("h1", "Privacy"),
          ("p", "We delen alleen gegevens van leerlingen die nodig zijn voor de lessen, de examens, de "
                "begeleiding en een overstap. Daarover maken we een apart privacyprotocol.")]

    B += [("h1", "Ondertekening"),
          ("p", "Getekend in Naaldwijk op 30 juni 2025."),
          ("sig", [["Voor Stichting Christelijk Voortgezet Onderwijs Westland\n\n\nJ. Zwinkels",
                    "Voor Stichting Groen Onderwijs Zuid-Holland\n\n\nK. van Staalduinen"]])]
    return B


# === END OF AGREEMENTS ===


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [a for a in argv if not a.startswith("-")] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %s" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
