#!/usr/bin/env python3
"""Build TRAINING sample agreements 389-396 for leerroute-check.

Written by an independent helper session (author of batch "train25b"). The agreements were
composed from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and
bouwsteen overstapoptie, in shared/seeds), shared/domain.md and sample_agreements/LABELS.md only,
without looking at the checker code, its models, tests or benchmarks, or at the texts or build
scripts of any other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_samples_train25b.py            # build all samples 389-396
    python3 build_samples_train25b.py 390 393    # build only those numbers
    python3 build_samples_train25b.py --check    # verify the produced files

Each agreement is held below as a small line-based markup:
    = title            ~ subtitle (centred)        ## heading        ### subheading
    - bullet           * label|text (hanging item) | a | b | c  (table row, first row = header)
    %cols 1,2,2        (relative column widths for the next table)
    !landscape / !portrait / !pagebreak            << left || right  (signature rows)
    other lines: paragraph text; consecutive lines are joined, a blank line ends a paragraph.
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

SAMPLES = {}


def register(num, slug, fmt, description, statuses, evidence, text):
    assert 389 <= num <= 396 and fmt in ("pdf", "docx", "txt", "md")
    assert set(statuses) == set("abcdefghij")
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    SAMPLES[num] = dict(name="%d_%s" % (num, slug), fmt=fmt, description=description,
                        statuses=statuses, evidence=evidence, text=text)


def st(s):
    """'ppwpm...' (10 letters a..j) -> status dict. p/w/m/n."""
    m = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    assert len(s) == 10
    return {k: m[c] for k, c in zip("abcdefghij", s)}


# ----------------------------------------------------------------------------------------------
# markup parser
# ----------------------------------------------------------------------------------------------

def parse(text):
    blocks = []
    para = []
    table = None
    cols = None
    sig = None
    in_item = False

    def flush():
        nonlocal para, table, sig, cols
        if para:
            blocks.append(("P", " ".join(para)))
            para = []
        if table is not None:
            blocks.append(("TBL", table, cols))
            table = None
            cols = None
        if sig is not None:
            blocks.append(("SIG", sig))
            sig = None

    for raw in textwrap.dedent(text).strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
            in_item = False
            continue
        if line.startswith("|"):
            in_item = False
            if table is None:
                flush_keep = cols
                if para:
                    blocks.append(("P", " ".join(para)))
                    para = []
                table = []
                cols = flush_keep
            table.append([c.strip() for c in line.strip("|").split(" | ")])
            continue
        if line.startswith("<<"):
            in_item = False
            if sig is None:
                if para:
                    blocks.append(("P", " ".join(para)))
                    para = []
                sig = []
            left, _, right = line[2:].partition("||")
            sig.append((left.strip(), right.strip()))
            continue
        if table is not None or sig is not None:
            flush()
        if line.startswith("%cols"):
            flush()
            cols = [float(x) for x in line[5:].split(",")]
        elif line.startswith("= "):
            flush(); blocks.append(("T", line[2:]))
        elif line.startswith("~ "):
            flush(); blocks.append(("ST", line[2:]))
        elif line.startswith("### "):
            flush(); blocks.append(("H2", line[4:]))
        elif line.startswith("## "):
            flush(); blocks.append(("H", line[3:]))
        elif line.startswith("- "):
            flush(); blocks.append(("B", line[2:]))
        elif line.startswith("* ") and "|" in line:
            flush()
            lab, _, body = line[2:].partition("|")
            blocks.append(("N", lab.strip(), body.strip()))
        elif line in ("!landscape", "!portrait", "!pagebreak"):
            flush(); blocks.append((line[1:].upper(),))
        elif in_item and blocks and blocks[-1][0] in ("B", "N") and not para:
            # continuation of a bullet / hanging item
            b = blocks[-1]
            blocks[-1] = b[:-1] + (b[-1] + " " + line,)
            continue
        else:
            para.append(line)
        in_item = bool(blocks) and blocks[-1][0] in ("B", "N") and not para
    flush()
    return blocks


# ----------------------------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------------------------

def render_pdf(blocks, path, title):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10,
                          leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
    tstyle = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=15, leading=19,
                            alignment=TA_CENTER, spaceAfter=6)
    ststyle = ParagraphStyle("st", parent=body, alignment=TA_CENTER, fontSize=10.5,
                             spaceAfter=8)
    hstyle = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11, leading=14,
                            spaceBefore=9, spaceAfter=4, alignment=0, keepWithNext=1)
    h2style = ParagraphStyle("h2", parent=hstyle, fontName="Helvetica-BoldOblique", fontSize=10,
                             spaceBefore=5)
    bstyle = ParagraphStyle("b", parent=body, leftIndent=14, bulletIndent=3, spaceAfter=2.5)
    nstyle = ParagraphStyle("n", parent=body, leftIndent=22, bulletIndent=0, spaceAfter=3)
    cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, alignment=0,
                          spaceAfter=0)
    cellh = ParagraphStyle("ch", parent=cell, fontName="Helvetica-Bold")

    story = []
    width = A4[0] - 44 * mm
    for b in blocks:
        k = b[0]
        if k == "T":
            story.append(Paragraph(escape(b[1]), tstyle))
        elif k == "ST":
            story.append(Paragraph(escape(b[1]), ststyle))
        elif k == "H":
            story.append(Paragraph(escape(b[1]), hstyle))
        elif k == "H2":
            story.append(Paragraph(escape(b[1]), h2style))
        elif k == "P":
            story.append(Paragraph(escape(b[1]), body))
        elif k == "B":
            story.append(Paragraph(escape(b[1]), bstyle, bulletText="\u2022"))
        elif k == "N":
            story.append(Paragraph(escape(b[2]), nstyle, bulletText=b[1]))
        elif k == "TBL":
            rows, cols = b[1], b[2]
            ncol = max(len(r) for r in rows)
            cols = cols or [1] * ncol
            tot = sum(cols)
            cw = [width * c / tot for c in cols]
            data = []
            for i, r in enumerate(rows):
                r = r + [""] * (ncol - len(r))
                data.append([Paragraph(escape(c), cellh if i == 0 else cell) for c in r])
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "SIG":
            data = [[Paragraph(escape(l), body), Paragraph(escape(r), body)] for l, r in b[1]]
            t = Table(data, colWidths=[width / 2, width / 2])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 8))
            story.append(t)
        elif k == "PAGEBREAK":
            story.append(PageBreak())
        elif k in ("LANDSCAPE", "PORTRAIT"):
            pass

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, "pagina %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=title,
                            author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def render_docx(blocks, path, title):
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)

    def avail():
        s = d.sections[-1]
        return s.page_width - s.left_margin - s.right_margin

    for b in blocks:
        k = b[0]
        if k == "T":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(15)
        elif k == "ST":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "H":
            d.add_heading(b[1], level=2)
        elif k == "H2":
            d.add_heading(b[1], level=3)
        elif k == "P":
            d.add_paragraph(b[1])
        elif k == "B":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "N":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            p.add_run(b[1] + "\t" + b[2])
        elif k == "TBL":
            rows, cols = b[1], b[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            cols = cols or [1] * ncol
            tot = sum(cols)
            w = avail()
            t.autofit = False
            for j in range(ncol):
                t.columns[j].width = int(w * cols[j] / tot)
            for i, r in enumerate(rows):
                for j in range(ncol):
                    c = t.cell(i, j)
                    c.width = int(w * cols[j] / tot)
                    c.text = ""
                    run = c.paragraphs[0].add_run(r[j] if j < len(r) else "")
                    run.font.size = Pt(9)
                    if i == 0:
                        run.bold = True
            d.add_paragraph()
        elif k == "SIG":
            t = d.add_table(rows=len(b[1]), cols=2)
            for i, (l, r) in enumerate(b[1]):
                t.cell(i, 0).text = l
                t.cell(i, 1).text = r
        elif k == "PAGEBREAK":
            d.add_page_break()
        elif k in ("LANDSCAPE", "PORTRAIT"):
            prev = d.sections[-1]
            s = d.add_section(WD_SECTION.NEW_PAGE)
            s.orientation = WD_ORIENT.LANDSCAPE if k == "LANDSCAPE" else WD_ORIENT.PORTRAIT
            if k == "LANDSCAPE":
                s.page_width, s.page_height = Cm(29.7), Cm(21.0)
                s.left_margin = s.right_margin = Cm(1.8)
            else:
                s.page_width, s.page_height = Cm(21.0), Cm(29.7)
                s.left_margin = s.right_margin = Cm(2.3)

    cp = d.core_properties
    cp.title = title
    cp.author = "Samenwerkingsverband"
    cp.last_modified_by = "Samenwerkingsverband"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    bio = io.BytesIO()
    d.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml",
                                                           i.filename)):
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(item.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _wrap(s, width=94, indent=""):
    return textwrap.fill(s, width=width, initial_indent=indent,
                         subsequent_indent=" " * len(indent), break_on_hyphens=False,
                         break_long_words=False)


def render_txt(blocks, path, md=False):
    out = []
    for b in blocks:
        k = b[0]
        if k == "T":
            out.append(("# " + b[1]) if md else (b[1] + "\n" + "=" * len(b[1])))
        elif k == "ST":
            out.append(("_%s_" % b[1]) if md else b[1])
        elif k == "H":
            out.append(("## " + b[1]) if md else (b[1] + "\n" + "-" * len(b[1])))
        elif k == "H2":
            out.append(("### " + b[1]) if md else b[1])
        elif k == "P":
            out.append(_wrap(b[1]))
        elif k == "B":
            out.append(_wrap(b[1], indent="- "))
            out.append(None)  # bullets stay together
        elif k == "N":
            out.append(_wrap(b[2], indent=(b[1] + " ").ljust(5)))
            out.append(None)
        elif k == "TBL":
            rows = b[1]
            if md:
                lines = ["| " + " | ".join(rows[0]) + " |",
                         "|" + "|".join(["---"] * len(rows[0])) + "|"]
                lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                lines = []
                for r in rows[1:]:
                    lines.append(_wrap("; ".join("%s: %s" % (h, c) for h, c in zip(rows[0], r)),
                                       indent="- "))
            out.append("\n".join(lines))
        elif k == "SIG":
            lines = []
            for l, r in b[1]:
                lines.append(("%-44s %s" % (l, r)).rstrip())
            out.append("\n".join(lines))
        elif k == "PAGEBREAK":
            out.append("---" if md else "")
    # join: bullets (followed by None) are separated by a single newline
    text = ""
    for i, chunk in enumerate(out):
        if chunk is None:
            continue
        if text:
            prev_is_list = out[i - 1] is None
            nxt_list = i + 1 < len(out) and out[i + 1] is None
            text += "\n" if (prev_is_list and nxt_list) else "\n\n"
        text += chunk
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.rstrip("\n") + "\n")


# ----------------------------------------------------------------------------------------------
# extraction (for --check)
# ----------------------------------------------------------------------------------------------

def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for page in pdf:
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
            p = re.sub(r"<w:tab/>", " ", p)
            paras.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
        import html
        return html.unescape("\n".join(paras))
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\ufffe", "").replace("\x02", "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def expected_json(s):
    return json.dumps({"description": s["description"], "split": "train",
                       "statuses": s["statuses"], "evidence": s["evidence"]},
                      ensure_ascii=False, indent=2) + "\n"


def build(num):
    s = SAMPLES[num]
    path = os.path.join(HERE, s["name"] + "." + s["fmt"])
    blocks = parse(s["text"])
    title = next((b[1] for b in blocks if b[0] == "T"), s["name"])
    if s["fmt"] == "pdf":
        render_pdf(blocks, path, title)
    elif s["fmt"] == "docx":
        render_docx(blocks, path, title)
    else:
        render_txt(blocks, path, md=(s["fmt"] == "md"))
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        f.write(expected_json(s))
    print("built", os.path.basename(path))


def check():
    ok = True
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa: BLE001
                errs.append("does not open: %r" % e)
                text = ""
            if len(text) < 300:
                errs.append("too little text extracted (%d chars)" % len(text))
            for k, ev in s["evidence"].items():
                if norm(ev) not in text and norm(ev) not in text.replace("- ", "-"):
                    errs.append("evidence %s not found: %r" % (k, ev))
        jp = os.path.join(HERE, s["name"] + ".expected.json")
        if not os.path.exists(jp):
            errs.append("missing expected.json")
        else:
            with open(jp, encoding="utf-8") as f:
                if f.read() != expected_json(s):
                    errs.append("expected.json differs from table")
        print("%-55s %s" % (s["name"] + "." + s["fmt"], "OK" if not errs else "FAIL"))
        for e in errs:
            print("    -", e)
        ok = ok and not errs
    fmts = [SAMPLES[n]["fmt"] for n in SAMPLES]
    print("formats:", {f: fmts.count(f) for f in sorted(set(fmts))})
    print("check", "passed" if ok else "FAILED")
    return ok


# ==============================================================================================
# SAMPLES
# ==============================================================================================

# ----------------------------------------------------------------------------------------------
# 389 - Friesland, Zorg en welzijn (kb) -> Verzorgende-IG niveau 3. PDF. Frisian flavour.
# Fully compliant, with extra medezeggenschap arrangements.
# ----------------------------------------------------------------------------------------------
register(
    389, "friese_inslag_zorg", "pdf",
    "PDF, article style with bilingual Dutch/Frisian headings and a Frisian 'Koart sein' summary "
    "line per article; Noordoost-Fryslan, Zorg en welzijn (kb) -> Verzorgende-IG niveau 3; fully "
    "compliant, per-pupil funding transfer with omvang and bestemming, extra medezeggenschap.",
    st("pppppppppp"),
    {"a": "Artikel 2 De route", "b": "Artikel 3 Betrokkenheid werkveld",
     "c": "Artikel 4 Routeleiding", "d": "Artikel 5 Verantwoording",
     "e": "Artikel 6 Inrichting, personeel en faciliteiten", "f": "Artikel 7 Overstapoptie",
     "g": "Artikel 8 Financiën", "h": "Artikel 9 Medezeggenschap",
     "i": "Artikel 10 Geschillen", "j": "Artikel 11 Toetreding, wijziging en opzegging"},
    """
= Gearwurkingsoerienkomst - Samenwerkingsovereenkomst
~ Doorlopende leerroute Zorg en welzijn (kader) - Verzorgende-IG niveau 3
~ Wâldsicht College, Burgum en Mienskip College, Drachten - cohorten vanaf 2025

## De ûndertekenen / De ondergetekenden

1. Stichting Christelijk Voortgezet Onderwijs Wâldsicht, statutair gevestigd te Burgum, gemeente
Tytsjerksteradiel, bevoegd gezag van Wâldsicht College, vmbo-locatie Burgum, rechtsgeldig
vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. G.T. Hoekstra-de Vries,
hierna te noemen: de school;

2. Stichting Mienskip Beroepsonderwijs Noordoost-Fryslân, statutair gevestigd te Drachten, gemeente
Smallingerland, bevoegd gezag van het regionaal opleidingencentrum Mienskip College, rechtsgeldig
vertegenwoordigd door de voorzitter van het college van bestuur, de heer ing. S.J. Wijnsma,
hierna te noemen: de instelling;

hierna samen te noemen: partijen.

## Oerwagings / Overwegende dat

- in de zorg en het welzijn in de Friese Wouden een groot en groeiend tekort aan vakkrachten bestaat en
jongeren uit Burgum, Kollum en omstreken vaak buiten de regio gaan werken;
- partijen sinds 2019 samenwerken in de zogenoemde zorgklas, waarin leerlingen van de school lessen en
praktijkopdrachten volgen in de skills-lab van de instelling;
- partijen deze samenwerking willen omzetten in een doorlopende leerroute vmbo-mbo als bedoeld in
artikel 2.107a van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.2 van de Wet educatie en
beroepsonderwijs (WEB);
- partijen het Fries (Frysk) als tweede rijkstaal een vanzelfsprekende plaats willen geven in de
route, omdat veel cliënten in de regio in het Fries worden verzorgd;

komme oerien / komen als volgt overeen:

## Artikel 1 Begrippen (Begripen)

In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute bedoeld in artikel 2;
routejaar: een leerjaar van de route, te tellen vanaf leerjaar 3 van het vmbo; vo-fase: routejaar 1 en
2; mbo-fase: routejaar 3 tot en met 5; routeleiding: het in artikel 4 bedoelde team; PTA/OER: het
gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route.

Koart sein: wy brûke deselde wurden.

## Artikel 2 De route (De rûte)

2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute van het vmbo-profiel Zorg en welzijn in
de kaderberoepsgerichte leerweg naar de mbo-opleiding Verzorgende-IG, niveau 3 (vakopleiding),
behorend tot het opleidingsdomein Zorg en welzijn. De mbo-fase wordt in de beroepsopleidende leerweg
(BOL) verzorgd; vanaf routejaar 4 kan een student in overleg overstappen naar de
beroepsbegeleidende leerweg (BBL) bij een van de leerbedrijven bedoeld in artikel 3.

2.2 De route omvat vijf routejaren: routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van het vmbo,
routejaar 3 tot en met 5 met de eerste drie studiejaren van de mbo-opleiding. Doordat overlap tussen
vmbo- en mbo-stof vervalt, kan een student de route in vier en een half jaar afronden.

2.3 Per cohort worden ten hoogste 24 leerlingen geplaatst. Het eerste cohort start op 1 augustus 2025.

Koart sein: fan vmbo nei mbo 3 yn ien rûte, sûnder dûbel wurk.

## Artikel 3 Betrokkenheid werkveld (It wurkfjild docht mei)

3.1 De volgende door SBB erkende leerbedrijven nemen als werkveldpartner aan de route deel: Soarchgroep
Tsjongerdelta (ouderenzorg, locaties Gorredijk en Beetsterzwaag), Stichting Thuiszorg De Wâlden
(Burgum) en Zorgcentrum De Skalm (Kollum). Zij hebben dit bevestigd in een intentieverklaring die als
bijlage 2 bij deze overeenkomst is gevoegd.

3.2 De werkveldpartners leveren de volgende bijdragen: in routejaar 1 een snuffelstage van twee weken
voor iedere leerling; in routejaar 2 een beroepspraktijkvorming (bpv) van vier weken; in de mbo-fase
bpv-plaatsen overeenkomstig het PTA/OER; ten minste zes gastlessen per schooljaar door
praktijkopleiders; en het meebeoordelen van de proeven van bekwaamheid in routejaar 4 en 5.

3.3 Er is een werkveldcommissie, bestaande uit een vertegenwoordiger van iedere werkveldpartner en de
routecoördinator. De commissie komt twee keer per jaar bijeen (oktober en maart), adviseert over het
programma, de keuzedelen en de praktijkopdrachten, en ontvangt binnen zes weken een schriftelijke
reactie van de routeleiding op haar adviezen. Eenmaal per jaar wordt de adviseur praktijkleren van
SBB uitgenodigd.

Koart sein: de soarchorganisaasjes út de regio dogge folop mei.

## Artikel 4 Routeleiding (Liederskip fan de rûte)

4.1 De leiding over de route berust bij de routeleiding. Deze bestaat uit de teamleider Zorg en
welzijn van de school, de opleidingsmanager Zorg van de instelling en een routecoördinator.

4.2 De teamleider wordt aangewezen door het college van bestuur van de school en de
opleidingsmanager door het college van bestuur van de instelling. De routecoördinator wordt door
beide colleges van bestuur gezamenlijk benoemd, op voordracht van de teamleider en de
opleidingsmanager, voor een periode van twee jaar; herbenoeming is mogelijk.

4.3 De routeleiding is belast met: het opstellen van het PTA/OER en het voorleggen daarvan aan beide
colleges van bestuur; de roostering; de plaatsing van leerlingen in de route; de inzet van docenten
binnen de door de colleges toegekende formatie; de planning van de bpv met de werkveldpartners; het
opstellen van overstapadviezen (artikel 7) en de kwaliteitszorg van de route.

4.4 De routeleiding beslist zelfstandig over rooster, plaatsing, inzet van docenten binnen de formatie
en uitgaven tot een bedrag van EUR 15.000 per schooljaar. Besluiten over wijziging van het programma
met gevolgen voor de examinering, over de omvang van de formatie en over beëindiging van de route
blijven voorbehouden aan beide colleges van bestuur.

Koart sein: trije minsken, dúdlike taken, dúdlike grinzen.

## Artikel 5 Verantwoording (Ferantwurding)

5.1 De routeleiding zendt beide colleges van bestuur twee keer per jaar een schriftelijke
voortgangsrapportage: vóór 1 februari over het lopende schooljaar en vóór 1 september een
jaarrapportage over het afgelopen schooljaar. De jaarrapportage bevat in elk geval de in-, door- en
uitstroom per cohort, het aantal overstappen, de bpv-plaatsen, de uitkomsten van de
tevredenheidspeilingen en de besteding van de middelen bedoeld in artikel 8.

5.2 In oktober van ieder jaar vindt een bestuurlijk overleg plaats tussen beide colleges van bestuur,
waarin de routeleiding verantwoording aflegt over het afgelopen schooljaar.

5.3 De routeleiding meldt ernstige incidenten en dreigende tekorten aan bpv-plaatsen onverwijld aan
beide colleges. Elk college kan tussentijds inlichtingen vragen; de routeleiding verstrekt deze binnen
tien werkdagen.

Koart sein: twa kear yn it jier op papier, ien kear oan tafel.

## Artikel 6 Inrichting, personeel en faciliteiten

6.1 Locaties. Routejaar 1 en 2 worden verzorgd op de locatie van de school aan de Stasjonswei te
Burgum, met in routejaar 2 één dag per week in het skills-lab van de instelling te Drachten. De
mbo-fase wordt verzorgd op de locatie van de instelling aan de Splitting te Drachten en bij de
leerbedrijven.

6.2 Programma en examinering. Partijen beschrijven per routejaar het onderwijsprogramma, de
examinering en de bpv in een gezamenlijk PTA/OER (bijlage 1), waarin is aangegeven welke onderdelen
tot het vmbo-programma, welke tot het mbo-programma en welke tot beide behoren. Het beroepsgerichte
examen en het centraal examen vmbo worden in routejaar 2 afgenomen; één algemeen vormend vak mag in
routejaar 3 worden afgesloten. Examinering van mbo-onderdelen is mogelijk vanaf routejaar 2.

6.3 Personeel. Voor het vakoverstijgende programmaonderdeel Soarch tichtby (zorg dichtbij) in
routejaar 1 en 2 wordt een team van leraren en docenten ingezet als bedoeld in artikel 7.13a WVO 2020
en artikel 9.1.12 WEB, bestaande uit vier leraren van de school en twee docenten van de instelling;
ieder teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is. Een docent verpleegkunde van
de instelling verzorgt in routejaar 2 zes lesuren per week op de locatie Burgum. Een leraar Nederlands
van de school begeleidt in routejaar 3 de leerlingen die een vak in dat jaar afsluiten. Medewerkers
blijven in dienst van hun eigen werkgever.

6.4 Faciliteiten. De school stelt het praktijklokaal Zorg en welzijn en de instructiekeuken
beschikbaar; de instelling stelt het skills-lab (ingericht als zorgappartement), de
oefenmaterialen en haar elektronische leeromgeving beschikbaar. Leerlingen in de vo-fase ontvangen
een account van de instelling. Over het gebruik van elkaars faciliteiten wordt, behoudens artikel 8,
niets in rekening gebracht.

6.5 Taal. Lessen mogen gedeeltelijk in het Fries worden gegeven waar de leerdoelen dat toelaten;
examens worden in het Nederlands afgenomen.

6.6 Inschrijving, verzuim en klachten. In routejaar 1 en 2 staat de leerling ingeschreven bij de
school, vanaf routejaar 3 bij de instelling; verzuim wordt gemeld door de partij waar de leerling of
student is ingeschreven. De klachtenregeling van elke partij is ook van toepassing op gedragingen van
medewerkers van de andere partij in het kader van de route. Een klacht bij de school over een docent
van de instelling wordt binnen vijf werkdagen doorgezonden en in overleg met de instelling
afgehandeld.

Koart sein: wa docht wat, wêr en mei hokker middels.

## Artikel 7 Overstapoptie (Oerstapopsje)

7.1 Wanneer de deelname van een leerling of student aan de route eindigt voordat hij deze met succes
heeft afgerond, bijvoorbeeld door verhuizing, doordat het niveau niet past of doordat hij een andere
richting wil, bieden partijen hem een passend alternatief dat leidt tot een vmbo-diploma of een
mbo-diploma.

7.2 Het alternatief wordt bepaald door de teamleider en de opleidingsmanager gezamenlijk, na een
gesprek met de leerling en zijn ouders of verzorgers, op basis van het bereikte onderwijsniveau en de
leeftijd van de leerling en gehoord de mentor. Het overstapadvies wordt binnen vier weken schriftelijk
vastgelegd.

7.3 Daarbij gelden de volgende kaders:
* a.|Bij uitstap in routejaar 1 of 2 vervolgt de leerling het reguliere programma van de
    kaderberoepsgerichte leerweg Zorg en welzijn op de school, of een ander profiel of een andere
    doorlopende leerroute van de school, gericht op het vmbo-diploma.
* b.|Heeft de leerling aan het eind van routejaar 3 het vmbo-diploma niet behaald, dan kan hij de
    ontbrekende onderdelen in een extra jaar bij de school afronden, of, als de behaalde vmbo- en
    mbo-onderdelen dat rechtvaardigen, zonder vmbo-diploma doorgaan in een mbo-opleiding van de
    instelling op niveau 3 of niveau 2 (Helpende zorg en welzijn); de vooropleidingseisen gelden dan
    niet.
* c.|Bij uitval in de mbo-fase stapt de student over naar een andere opleiding van de instelling op
    hetzelfde niveau, zoals Pedagogisch medewerker kinderopvang of Medewerker maatschappelijke zorg
    (niveau 3), zonder vooropleidingseisen; blijkt niveau 3 te hoog, dan volgt plaatsing in Helpende
    zorg en welzijn (niveau 2).
* d.|Wil de leerling naar een andere school of instelling, bijvoorbeeld na verhuizing, dan zorgen
    partijen voor een warme overdracht en verstrekken zij de gegevens die nodig zijn voor een
    geschiktheidsonderzoek bij de ontvangende instelling.

7.4 Plaatsing in de Entree-opleiding komt alleen in beeld wanneer een startkwalificatie aantoonbaar
niet haalbaar is, en uitsluitend met instemming van de leerling en zijn ouders. De uitwerking van deze
kaders staat in de schoolgids van de school en de studiegids van de instelling.

Koart sein: gjin learling falt tusken wâl en skip.

## Artikel 8 Financiën (Jild)

8.1 In routejaar 1 en 2 draagt de school met toepassing van artikel 5.42a WVO 2020 een deel van haar
bekostiging over aan de instelling, ten bedrage van EUR 1.150 per leerling per schooljaar, berekend
naar het aantal leerlingen in de route op 1 oktober.

8.2 Deze middelen zijn bestemd voor de loonkosten van de docent verpleegkunde bedoeld in artikel 6.3
en voor het gebruik van het skills-lab en de oefenmaterialen door leerlingen in de vo-fase.

8.3 De instelling draagt geen bekostiging over aan de school. De overdracht wordt in twee termijnen
betaald, op 1 december en op 1 mei, en in de jaarrapportage (artikel 5.1) verantwoord.

Koart sein: it jild folget de learling.

## Artikel 9 Medezeggenschap (Meiprate)

9.1 In de vo-fase is de Wet medezeggenschap op scholen van toepassing, in de mbo-fase hoofdstuk 8a WEB
en, voor het personeel van de instelling, de Wet op de ondernemingsraden. Daarnaast spreken partijen
het volgende af.

9.2 Twee leerlingen uit routejaar 2 mogen de vergaderingen van de deelstudentenraad Zorg en welzijn
van de instelling bijwonen met spreekrecht, zodat de stem van de jongste deelnemers ook in het mbo
wordt gehoord.

9.3 De medezeggenschapsraad van de school en de deelstudentenraad ontvangen de jaarrapportage en
voeren eenmaal per jaar, in november, een gezamenlijk overleg met de routeleiding (het
mienskipsoerlis).

9.4 Voorstellen tot wijziging van deze overeenkomst worden voor advies voorgelegd aan zowel de
medezeggenschapsraad van de school als de studentenraad van de instelling.

Koart sein: learlingen en âlden prate mei, oan beide kanten.

## Artikel 10 Geschillen (Skeel)

10.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst binnen twee weken
besproken in de routeleiding.

10.2 Is het geschil na vier weken niet opgelost, dan leggen partijen het voor aan een bestuurlijk
overleg van beide colleges van bestuur.

10.3 Leidt dat overleg binnen zes weken niet tot overeenstemming, dan schakelen partijen een bij de
Mediatorsfederatie Nederland geregistreerde mediator in; de kosten worden gelijk gedeeld.

10.4 Slaagt de mediation niet, dan is uitsluitend de bevoegde rechter van de rechtbank
Noord-Nederland, locatie Leeuwarden, bevoegd. Op deze overeenkomst is Nederlands recht van toepassing.

Koart sein: earst prate, dan in bemiddeler, pas op it lêst de rjochter.

## Artikel 11 Toetreding, wijziging en opzegging

11.1 Duur. Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd. Partijen
evalueren haar elke drie jaar, voor het eerst in het voorjaar van 2028.

11.2 Toetreding. Een andere school voor vmbo in Noordoost-Fryslân die het profiel Zorg en welzijn in de
kaderberoepsgerichte leerweg aanbiedt, of een andere instelling die de opleiding Verzorgende-IG
verzorgt, kan partij worden als alle partijen daarmee schriftelijk instemmen en de nieuwe partij een
toetredingsverklaring ondertekent waarin zij deze overeenkomst volledig aanvaardt. Toetreding gaat in
op 1 augustus; partijen melden de toetreding bij DUO.

11.3 Wijziging. Deze overeenkomst kan uitsluitend schriftelijk worden gewijzigd, bij een door beide
colleges van bestuur ondertekend besluit, na advies als bedoeld in artikel 9.4. Een wijziging die
nadelig is voor leerlingen geldt alleen voor cohorten die na de wijziging instromen.

11.4 Opzegging en ontbinding. Elke partij kan de overeenkomst bij aangetekende brief opzeggen met een
termijn van ten minste twaalf maanden, uitsluitend tegen 1 augustus. Ontbinding is mogelijk als een
partij na een ingebrekestelling met een hersteltermijn van drie maanden tekortschiet, of als een
partij de bevoegdheid verliest om het betrokken onderwijs te verzorgen.

11.5 Bescherming van leerlingen. Na opzegging of ontbinding worden geen nieuwe leerlingen meer
geplaatst. Leerlingen en studenten die op dat moment in de route zitten, ronden deze af onder de
voorwaarden van deze overeenkomst; de artikelen 6, 7 en 8 blijven voor hen van kracht. Is afronding
niet mogelijk, dan krijgen zij met voorrang een overstap volgens artikel 7.

Koart sein: wa't begûn is, makket it ôf.

## Artikel 12 Slotbepalingen

12.1 Partijen melden de route gezamenlijk aan de minister via het registratiesysteem van DUO.

12.2 Bij deze overeenkomst horen: bijlage 1 (PTA/OER per routejaar) en bijlage 2
(intentieverklaring werkveldpartners).

Sa oerienkommen en tekene / Aldus overeengekomen en ondertekend te Burgum op 30 juni 2025.

<< Namens de school || Namens de instelling
<< drs. G.T. Hoekstra-de Vries || ing. S.J. Wijnsma
<< voorzitter college van bestuur || voorzitter college van bestuur
""")

# ----------------------------------------------------------------------------------------------
# 391 - Drenthe, BWI (bb) -> Timmerman niveau 2. TXT, very short bullet list.
# Defects: b template gap left open (dots + bracket), i only "in goed overleg".
# ----------------------------------------------------------------------------------------------
register(
    391, "kort_in_opsommingen_bouw", "txt",
    "TXT, very short agreement written entirely in terse bullet points; Zuidoost-Drenthe, Bouwen, "
    "wonen en interieur (bb) -> Timmerman niveau 2; defects: bedrijfsleven left as template dots "
    "and a bracketed instruction (b weak), disputes only 'in goed overleg' (i weak); no "
    "medezeggenschap (h n/a), explicit no funding transfer.",
    st("pwpppppnwp"),
    {"a": "1. De route", "c": "3. Leiding", "d": "4. Verantwoording", "e": "5. Inrichting",
     "f": "6. Overstap", "g": "7. Geld", "j": "9. Looptijd, nieuwe partners, wijzigen, opzeggen"},
    """
= Samenwerkingsovereenkomst doorlopende leerroute BWI - Timmerman niveau 2
~ Hondsrug Vakcollege (Emmen) en Drenthe Vakcollege - versie 1.0, juni 2025

## Partijen

- Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe, bevoegd gezag van Hondsrug Vakcollege te Emmen, vertegenwoordigd door H. Lubbers, bestuurder ("de school").
- Stichting Drents Beroepsonderwijs, bevoegd gezag van Drenthe Vakcollege te Emmen en Assen, vertegenwoordigd door A. Kuik-Smit, voorzitter college van bestuur ("de instelling").

## 1. De route

- vmbo basisberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, naar de mbo-opleiding Timmerman, niveau 2 (basisberoepsopleiding, domein Bouw en infra).
- Vier routejaren: 1 en 2 = leerjaar 3 en 4 vmbo; 3 en 4 = mbo (BOL of BBL).
- Start 1 augustus 2025; maximaal 16 leerlingen per cohort.

## 2. Bedrijfsleven

- Betrokken leerbedrijven: .......................................................
- Rol van het bedrijfsleven: [invullen: gastlessen / bpv / meebeoordelen]

## 3. Leiding

- Stuurduo: afdelingsleider techniek van de school + teamleider bouw van de instelling.
- Beide aangewezen door de eigen bestuurder (schriftelijk aanwijzingsbesluit).
- Taken: programma, rooster, plaatsing, inzet docenten, bpv-planning, overstapadviezen.
- Beslist zelf over rooster, plaatsing en inzet van docenten binnen de formatie; geld, formatie en beëindiging blijven bij de bestuurders.

## 4. Verantwoording

- Schriftelijke voortgangsnotitie aan beide bestuurders, twee keer per jaar (januari en juli).
- Jaargesprek met beide bestuurders in september: in-, door- en uitstroom, bpv, knelpunten.

## 5. Inrichting

- Locaties: routejaar 1-2 Hondsrug Vakcollege; routejaar 3-4 bouwhal Drenthe Vakcollege Emmen + leerbedrijf.
- Programma, examinering en bpv per routejaar: gezamenlijk PTA/OER (bijlage 1). vmbo-examen in routejaar 2.
- Personeel: één mbo-docent bouw geeft in routejaar 2 vier uur per week les op de school; vmbo- en mbo-docenten vormen voor de praktijkvakken één team met teambevoegdheid (art. 7.13a WVO 2020).
- Faciliteiten: school stelt het machinale houtbewerkingslokaal beschikbaar; instelling de bouwhal, steigermateriaal en het VCA-lokaal. Over en weer kosteloos.
- Inschrijving: routejaar 1-2 bij de school, vanaf routejaar 3 bij de instelling.

## 6. Overstap

- Wie beslist: afdelingsleider en teamleider samen, na gesprek met leerling en ouders. Zij kijken naar het bereikte niveau en de leeftijd.
- Stopt in routejaar 1-2: verder in de gewone bb BWI of een ander bb-profiel op de school, op weg naar het vmbo-diploma.
- vmbo-examen niet gehaald: examen overdoen in routejaar 3 naast het mbo, of zonder vmbo-diploma door in een mbo-2-opleiding van de instelling (geen vooropleidingseis).
- Stopt in de mbo-fase: andere mbo-2-opleiding bij de instelling, bijvoorbeeld Metselaar of Schilder.
- Entree alleen als niveau 2 echt niet haalbaar blijkt.

## 7. Geld

- Geen overdracht van bekostiging tussen school en instelling. Ieder betaalt eigen personeel en lokalen.

## 8. Geschillen

- Onenigheid lossen we in goed overleg op.

## 9. Looptijd, nieuwe partners, wijzigen, opzeggen

- Looptijd: onbepaalde tijd, vanaf 1 augustus 2025.
- Nieuwe school of instelling kan aansluiten als alle partijen schriftelijk instemmen en de nieuwe partij deze afspraken tekent; melding bij DUO.
- Wijzigen: alleen schriftelijk, getekend door beide bestuurders.
- Opzeggen: schriftelijk, minstens een jaar vooraf, alleen per 1 augustus.
- Leerlingen die al in de route zitten, maken hem af, ook na opzegging.

## Ondertekening

Emmen, 30 juni 2025

<< H. Lubbers || A. Kuik-Smit
<< bestuurder, namens de school || voorzitter college van bestuur, namens de instelling
""")

# ----------------------------------------------------------------------------------------------
# 390 - Twente, Produceren, installeren en energie (kb) -> Eerste monteur elektrotechnische
# installaties niveau 3. PDF, long, written in very long sentences with many subordinate clauses.
# Defects: c weak (appointment and powers deferred to a later routeplan), g weak (transfer
# without omvang). h only describes the law / what "kan" -> not_applicable.
# ----------------------------------------------------------------------------------------------
register(
    390, "lange_volzinnen_installatietechniek", "pdf",
    "PDF, long agreement written in very long sentences with many subordinate clauses; Twente, "
    "Produceren, installeren en energie (kb) -> Eerste monteur elektrotechnische installaties "
    "niveau 3; defects: leiding names its members but defers benoeming and taken/bevoegdheden to a "
    "later routeplan (c weak), funding transfer with bestemming but amount left to yearly "
    "consultation (g weak); medezeggenschap only describes the law and what 'kan' (h n/a).",
    st("ppwpppwnpp"),
    {"a": "Artikel 2 Voorwerp en reikwijdte",
     "b": "Artikel 3 Betrokkenheid van het bedrijfsleven",
     "d": "Artikel 5 Inlichtingen en verantwoording",
     "e": "Artikel 8 Inzet van personeel en teambevoegdheid",
     "f": "Artikel 11 Overstapoptie",
     "i": "Artikel 16 Geschillen",
     "j": "Artikel 17 Duur, toetreding, wijziging en beëindiging"},
    """
= Samenwerkingsovereenkomst
~ inzake de doorlopende leerroute vmbo-mbo Installatietechniek Twente
~ Hofveld Vakcollege, Hengelo - ROC Twentekanaal, Enschede

## Partijen

De Stichting voor Voortgezet Onderwijs Het Hofveld, statutair gevestigd te Hengelo (Ov.), die als
bevoegd gezag in stand houdt het Hofveld Vakcollege, een school voor voorbereidend
middelbaar beroepsonderwijs gelegen aan de Tuindorpstraat te Hengelo, en die bij het aangaan van deze
overeenkomst rechtsgeldig wordt vertegenwoordigd door de heer drs. B.J.M. Oude Nijhuis, voorzitter
van het college van bestuur, hierna te noemen: de school,

en

de Stichting Regionaal Opleidingencentrum Twentekanaal, statutair gevestigd te Enschede, die als
bevoegd gezag in stand houdt het regionaal opleidingencentrum ROC Twentekanaal, waarvan het
Techniekcollege aan de Gieterij te Hengelo deel uitmaakt, en die bij het aangaan van deze overeenkomst
rechtsgeldig wordt vertegenwoordigd door mevrouw mr. E.A. Hesselink-Wiggers, lid van het college van
bestuur, hierna te noemen: de instelling,

hierna gezamenlijk te noemen: partijen, en ieder afzonderlijk: partij.

## Overwegingen

Partijen, die reeds sinds het schooljaar 2016-2017 in het kader van wat destijds de technologieroute
heette samenwerken bij de voorbereiding van leerlingen op een loopbaan in de installatietechniek, en
die hebben vastgesteld dat de installatiebedrijven in Hengelo, Borne en Almelo, mede als gevolg van de
energietransitie en de vergrijzing van hun personeelsbestand, in toenemende mate kampen met een
tekort aan vakbekwame monteurs, terwijl tegelijkertijd een te groot deel van de leerlingen die na het
vmbo een technische mbo-opleiding beginnen in het eerste jaar uitvalt of van richting verandert,
wensen, nu de Wet voortgezet onderwijs 2020 (hierna: WVO 2020) en de Wet educatie en
beroepsonderwijs (hierna: WEB) daartoe sinds 1 augustus 2020 de ruimte bieden, hun samenwerking te
bestendigen in een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020 en artikel
9.1.2 WEB, en leggen, nu artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat een zodanige
leerroute op grond van een samenwerkingsovereenkomst wordt verzorgd waarin in elk geval de daar
genoemde onderwerpen zijn geregeld, hun afspraken als volgt vast.

## Artikel 1 Begripsbepalingen

In deze overeenkomst, waarin begrippen die in de WVO 2020 of de WEB een wettelijke betekenis hebben
en die hieronder niet afzonderlijk worden omschreven steeds in die wettelijke betekenis worden
gebruikt, wordt verstaan onder de route de in artikel 2 omschreven doorlopende leerroute, onder
routejaar elk van de opeenvolgende leerjaren van de route, waarbij routejaar 1 samenvalt met het
derde leerjaar van de kaderberoepsgerichte leerweg, onder vo-fase de eerste twee routejaren waarin de
deelnemer als leerling van de school staat ingeschreven, onder mbo-fase de daarop volgende
routejaren waarin de deelnemer als student van de instelling staat ingeschreven, onder deelnemer
iedere leerling of student die aan de route deelneemt, onder stuurgroep het in artikel 4 bedoelde
orgaan, onder leerbedrijf een door de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB)
erkend leerbedrijf dat op grond van artikel 3 aan de route bijdraagt, en onder PTA/OER het
gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling die partijen voor
de gehele route vaststellen.

## Artikel 2 Voorwerp en reikwijdte

2.1 Partijen verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk een doorlopende leerroute
die aanvangt in het profiel Produceren, installeren en energie van de kaderberoepsgerichte leerweg
van het vmbo, zoals de school dat profiel in Hengelo aanbiedt, en die, nadat de deelnemer het
vmbo-diploma heeft behaald, wordt voortgezet in de mbo-opleiding Eerste monteur elektrotechnische
installaties, een vakopleiding op niveau 3 die behoort tot het opleidingsdomein Installatie- en
energietechniek, welke opleiding in de beroepsopleidende leerweg wordt verzorgd met de mogelijkheid
om, wanneer een deelnemer in de mbo-fase een arbeidsovereenkomst met een leerbedrijf sluit, het
laatste routejaar in de beroepsbegeleidende leerweg te volgen.

2.2 De route, die bij een normaal verloop vier routejaren omvat omdat partijen de overlap tussen het
beroepsgerichte programma van het vmbo en het eerste studiejaar van de mbo-opleiding hebben
weggenomen, staat open voor ten hoogste twintig nieuwe deelnemers per schooljaar, die worden
geplaatst nadat zij in het tweede leerjaar van het vmbo, in overleg met hun ouders en op advies van
hun mentor, voor de route hebben gekozen.

## Artikel 3 Betrokkenheid van het bedrijfsleven

3.1 Het bedrijfsleven, dat voor het welslagen van de route onmisbaar is omdat een monteur zijn vak
voor een groot deel op de bouwplaats en in de technische ruimte leert, wordt bij de invulling van de
route betrokken doordat de leerbedrijven Kuipers Oude Luttikhuis Installatietechniek B.V. te Borne,
Elektrotechniek Nijhuis-Wegdam B.V. te Almelo en Wolters Smart Building Services te Hengelo, die
zich daartoe in een bij deze overeenkomst gevoegde verklaring (bijlage 3) hebben verbonden, ieder
schooljaar gezamenlijk ten minste twintig bpv-plaatsen voor deelnemers in de mbo-fase beschikbaar
stellen, in routejaar 2 iedere deelnemer een meeloopweek van vijf dagen bieden, per schooljaar ten
minste vier praktijkopdrachten aanleveren die aan een werkelijk project zijn ontleend, en hun
praktijkopleiders laten meebeoordelen bij de proeven van bekwaamheid in routejaar 3 en 4.

3.2 Daarnaast wordt een adviesraad installatietechniek ingesteld, waarin naast een vertegenwoordiger
van ieder leerbedrijf ook de regionale afdeling Twente van Techniek Nederland en een adviseur van
SBB zitting hebben, die tweemaal per schooljaar, in oktober en in april, bijeenkomt om de stuurgroep
gevraagd en ongevraagd te adviseren over de inhoud van het programma, de keuze van de keuzedelen en de
aansluiting van de route op de ontwikkelingen in de branche, waarbij de stuurgroep binnen acht weken
schriftelijk en gemotiveerd laat weten wat zij met elk advies heeft gedaan.

## Artikel 4 Stuurgroep

4.1 De leiding over de route, die partijen niet bij één persoon maar bij een gezamenlijk orgaan
willen beleggen opdat de belangen van de vo-fase en de mbo-fase gelijkelijk worden gewogen, berust
bij een stuurgroep, die bestaat uit de directeur onderwijs van de school, de opleidingsmanager
Installatietechniek van de instelling en een routecoördinator, met dien verstande dat de wijze waarop
de leden van de stuurgroep worden aangewezen of benoemd, de duur van hun lidmaatschap, alsmede de taken
en bevoegdheden die de besturen van partijen aan de stuurgroep opdragen, nader zullen worden
vastgelegd in het routeplan dat partijen binnen zes maanden na de ondertekening van deze overeenkomst
zullen opstellen.

4.2 Zolang het routeplan bedoeld in het vorige lid niet is vastgesteld, overleggen de leden van de
stuurgroep zo vaak als zij dat nodig achten.

## Artikel 5 Inlichtingen en verantwoording

5.1 De stuurgroep verstrekt de besturen van beide partijen, opdat zij hun verantwoordelijkheid voor de
kwaliteit van het onderwijs en de rechtmatige besteding van de middelen kunnen dragen, tweemaal per
schooljaar een schriftelijk voortgangsverslag, waarvan het eerste uiterlijk op 15 februari en het
tweede uiterlijk op 15 september wordt toegezonden, en waarin ten minste wordt gerapporteerd over het
aantal deelnemers per routejaar, de in-, door- en uitstroom, de overstappen op grond van artikel 11,
de resultaten van de examens, het aantal gerealiseerde bpv-plaatsen en de adviezen van de adviesraad
bedoeld in artikel 3.2.

5.2 In november van ieder jaar legt de stuurgroep, in een bestuurlijk overleg waaraan van beide
partijen een lid van het college van bestuur deelneemt, mondeling verantwoording af over het
afgelopen schooljaar, van welk overleg een verslag wordt gemaakt dat door beide besturen wordt
vastgesteld, terwijl ieder bestuur bovendien tussentijds alle inlichtingen kan verlangen die het voor
de uitoefening van zijn taak nodig heeft, welke inlichtingen de stuurgroep dan binnen tien werkdagen
verstrekt.

## Artikel 6 Onderwijskundige inrichting, programma en examinering

6.1 Partijen beschrijven, zoals artikel 2.107d WVO 2020 en artikel 9.1.8 WEB van hen verlangen, voor
de gehele route per routejaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming in
het PTA/OER, dat zij uiterlijk op 1 juli voorafgaand aan ieder schooljaar gezamenlijk vaststellen en
waarin bij ieder programmaonderdeel wordt aangegeven of het tot het vmbo-programma, tot het
mbo-programma of tot beide behoort, en welke onderdelen vakoverstijgend zijn.

6.2 Het centraal examen en het beroepsgerichte examen van het vmbo worden, tenzij de deelnemer met
instemming van de examencommissie van de school een of meer vakken in routejaar 3 afsluit, in
routejaar 2 afgenomen, terwijl de examinering van onderdelen van de mbo-opleiding, waaronder het
keuzedeel Domotica en het onderdeel Veiligheid (VCA), al in routejaar 2 kan plaatsvinden, waarbij de
school verantwoordelijk blijft voor de examinering en diplomering van het vmbo en de instelling voor
die van het mbo.

## Artikel 7 Organisatorische inrichting en locaties

7.1 De route wordt in de vo-fase verzorgd in het gebouw van de school aan de Tuindorpstraat te
Hengelo, met dien verstande dat de deelnemers in routejaar 2 één dag per week onderwijs volgen in de
installatiewerkplaats van het Techniekcollege aan de Gieterij te Hengelo, en wordt in de mbo-fase
verzorgd op die laatstgenoemde locatie en bij de leerbedrijven.

7.2 De deelnemer staat gedurende de vo-fase ingeschreven als leerling van de school en wordt met
ingang van routejaar 3 ingeschreven als student van de instelling, waarbij de deelnemer die het
vmbo-diploma dan nog niet heeft behaald ook bij de school ingeschreven blijft totdat de activiteiten
in het kader van het voortgezet onderwijs zijn afgerond, en waarbij partijen de daarvoor benodigde
gegevens, met inachtneming van de Algemene verordening gegevensbescherming en de tussen hen gesloten
verwerkersafspraken, tijdig aan elkaar verstrekken.

7.3 De uitwisseling van persoonsgegevens van deelnemers, die uitsluitend plaatsvindt voor zover die
voor de uitvoering van de route, de begeleiding van de deelnemer, de examinering of de toepassing van
de overstapoptie noodzakelijk is, geschiedt via de beveiligde koppeling tussen de
leerlingadministratie van de school en de studentadministratie van de instelling, waarbij iedere
partij voor de gegevens die zij verwerkt verwerkingsverantwoordelijke blijft, partijen elkaar
onverwijld en in ieder geval binnen 24 uur na ontdekking informeren over een inbreuk in verband met
persoonsgegevens die deelnemers aan de route betreft, en de functionarissen gegevensbescherming van
beide partijen eenmaal per schooljaar gezamenlijk nagaan of de uitwisseling nog aan de wettelijke
eisen voldoet.

7.4 Iedere partij draagt er zorg voor dat de deelnemers, wanneer zij onderwijs volgen op de locatie
van de andere partij of bij een leerbedrijf, verzekerd zijn tegen ongevallen en wettelijke
aansprakelijkheid op ten minste hetzelfde niveau als wanneer zij op de eigen locatie onderwijs zouden
volgen, terwijl schade die een deelnemer of een personeelslid van de ene partij toebrengt aan
gebouwen, installaties of materialen van de andere partij, behoudens opzet of bewuste roekeloosheid,
wordt gedragen door de partij bij wie de deelnemer op dat moment staat ingeschreven of bij wie het
personeelslid in dienst is, voor zover die schade niet door een verzekering wordt gedekt.

## Artikel 8 Inzet van personeel en teambevoegdheid

8.1 Voor het vakoverstijgende programmaonderdeel Installeren in de praktijk, dat in routejaar 1 en 2
wordt gegeven, zetten partijen een team van leraren en docenten in als bedoeld in artikel 7.13a WVO
2020 en artikel 9.1.12 WEB, dat bestaat uit drie leraren van de school die bevoegd zijn voor het
profiel Produceren, installeren en energie en twee docenten elektrotechniek van de instelling, waarbij
het team als geheel alle vakken en programmaonderdelen dekt en ieder lid verantwoordelijk is voor het
deel waarvoor hij bevoegd of bekwaam is.

8.2 De instelling stelt voor de duur van de vo-fase een docent elektrotechniek voor acht lesuren per
week beschikbaar op de locatie van de school, terwijl de school een leraar wiskunde en een leraar
Nederlands beschikbaar stelt die de deelnemers begeleiden die een vak in routejaar 3 afsluiten,
waarbij ieder personeelslid in dienst blijft van de partij die hem heeft aangesteld en onder het gezag
van die partij werkzaam blijft, en partijen jaarlijks gezamenlijk een studiedag organiseren opdat de
leraren en docenten van beide partijen elkaars programma leren kennen.

## Artikel 9 Gebruik van faciliteiten

Partijen stellen elkaar, zonder dat zij daarvoor, behoudens hetgeen in artikel 12 is bepaald,
over en weer kosten in rekening brengen, de faciliteiten ter beschikking die voor de route nodig zijn,
in die zin dat de school haar praktijklokaal installatietechniek, haar metaalwerkplaats en haar
computerlokaal beschikbaar stelt, en de instelling haar installatiewerkplaats met de
oefenopstellingen voor woning en utiliteit, haar zonnepanelen- en warmtepompopstelling, haar
meetapparatuur en haar elektronische leeromgeving, waartoe de deelnemers in de vo-fase een eigen
account ontvangen.

Deelnemers die in de vo-fase gebruikmaken van de installatiewerkplaats van de instelling, waarin met
netspanning en met draaiende machines wordt gewerkt, doen dat uitsluitend onder toezicht van een
docent van de instelling die daartoe als voldoende onderricht persoon is aangewezen, nadat zij de
veiligheidsinstructie van de instelling hebben gevolgd en met inachtneming van het
werkplaatsreglement dat de instelling voor haar eigen studenten hanteert, waarbij de school ervoor
zorgt dat haar leerlingen over de voorgeschreven persoonlijke beschermingsmiddelen beschikken.

## Artikel 10 Begeleiding, verzuim en klachten

10.1 De begeleiding van de deelnemer, de loopbaanoriëntatie en -begeleiding en de extra ondersteuning
worden verzorgd door de partij waar de deelnemer staat ingeschreven, die daarbij het
ontwikkelingsperspectief en de overdrachtsgegevens van de andere partij gebruikt, terwijl verzuim
wordt gemeld door de partij waar de deelnemer op dat moment staat ingeschreven.

10.2 De klachtenregeling van elk van partijen is mede van toepassing op gedragingen van het bestuur en
het personeel van de andere partij die verband houden met de route, en een klacht die bij de school
wordt ingediend over een docent van de instelling wordt binnen vijf werkdagen aan de instelling
doorgezonden, die haar in overleg met de school behandelt.

10.3 Partijen informeren de ouders van deelnemers, ook wanneer die deelnemers in de mbo-fase
meerderjarig worden maar daarmee hebben ingestemd, ten minste drie keer per schooljaar over de
voortgang, waarbij de mentor van de school in de vo-fase en de studieloopbaanbegeleider van de
instelling in de mbo-fase het aanspreekpunt is, en organiseren zij in routejaar 2 een gezamenlijke
ouderavond op de locatie van de instelling, opdat ouders zich een beeld kunnen vormen van de omgeving
waarin hun kind het volgende deel van de route zal doorbrengen.

10.4 Voor deelnemers die extra ondersteuning nodig hebben, stemmen het zorgteam van de school en het
studentensupportteam van de instelling uiterlijk in de laatste maand van routejaar 2 de overdracht af,
zodat de ondersteuning die in het ontwikkelingsperspectief of het ondersteuningsplan is beschreven
zonder onderbreking wordt voortgezet wanneer de deelnemer als student van de instelling wordt
ingeschreven, met dien verstande dat de ondersteuningsmiddelen van het samenwerkingsverband passend
onderwijs en die van de instelling ieder worden ingezet voor de fase waarvoor zij zijn bestemd.

## Artikel 11 Overstapoptie

11.1 Wanneer de deelname van een deelnemer aan de route, om welke reden ook, wordt beëindigd voordat
hij de route met goed gevolg heeft doorlopen, of wanneer hij is afgewezen voor het eindexamen vmbo,
stellen partijen hem in staat om een vmbo-diploma of het diploma van een beroepsopleiding te behalen
dat past bij het onderwijsniveau dat hij heeft bereikt en bij zijn leeftijd, welk onderwijsniveau
wordt beoordeeld door de directeur onderwijs van de school en de opleidingsmanager van de instelling
gezamenlijk, nadat zij de deelnemer en, indien hij minderjarig is, zijn ouders hebben gehoord, en
welk oordeel binnen vier weken schriftelijk en met redenen omkleed aan de deelnemer wordt meegedeeld.

11.2 Partijen gaan daarbij uit van de volgende kaders, zonder dat deze als uitputtend moeten worden
beschouwd: een deelnemer die in de vo-fase uitvalt, zet zijn opleiding voort in het reguliere
programma van de kaderberoepsgerichte leerweg van de school, in het profiel Produceren, installeren
en energie of in een ander profiel dat de school aanbiedt, gericht op het behalen van het
vmbo-diploma; een deelnemer die aan het einde van routejaar 3 het vmbo-diploma niet heeft behaald,
kan de ontbrekende vakken in een extra jaar bij de school afsluiten of, indien de behaalde vo- en
mbo-onderdelen dat rechtvaardigen, zonder vmbo-diploma zijn mbo-opleiding bij de instelling voortzetten,
waarbij de vooropleidingseisen niet van toepassing zijn; en een deelnemer die in de mbo-fase
ontdekt dat de elektrotechniek niet bij hem past, stapt over naar een andere opleiding van de
instelling op niveau 3, zoals Eerste monteur service en onderhoud werktuigkundige installaties, of,
indien niveau 3 niet haalbaar blijkt, naar een opleiding op niveau 2, zoals Monteur elektrotechnische
installaties, terwijl een deelnemer die naar een andere instelling wil overstappen door partijen
wordt ondersteund met een warme overdracht en met de gegevens die die instelling voor een
geschiktheidsonderzoek nodig heeft.

## Artikel 12 Bekostiging

Met toepassing van artikel 5.42a WVO 2020 draagt de school in de routejaren 1 en 2 een deel van de
door haar ontvangen bekostiging over aan de instelling, welk deel is bestemd voor de bestrijding van
de kosten van de inzet van de docent elektrotechniek bedoeld in artikel 8.2 en van het gebruik van de
installatiewerkplaats door de deelnemers in de vo-fase, en waarvan de hoogte jaarlijks bij de
voorbereiding van de begrotingen van partijen in onderling overleg wordt vastgesteld.

## Artikel 13 Medezeggenschap

Partijen stellen vast dat op de deelnemers in de vo-fase, hun ouders en het personeel van de school de
Wet medezeggenschap op scholen van toepassing is, dat op de deelnemers in de mbo-fase en hun ouders
hoofdstuk 8a WEB van toepassing is en op het personeel van de instelling de Wet op de
ondernemingsraden, en dat het partijen, voor zover zij dat ooit wenselijk zouden achten, op grond van
de wet vrijstaat daarbovenop aanvullende afspraken te maken, bijvoorbeeld over de deelname van
leerlingen aan de studentenraad van de instelling.

## Artikel 14 Melding

Partijen melden de route, zodra deze overeenkomst is ondertekend en in ieder geval vóór de start
van het eerste cohort, gezamenlijk aan de minister door registratie in het Register Instellingen en
Opleidingen van DUO, waarbij iedere partij de registratie verricht die haar aangaat.

## Artikel 15 Evaluatie

Partijen evalueren de route, op basis van de voortgangsverslagen bedoeld in artikel 5 en van een
tevredenheidspeiling onder deelnemers, ouders en leerbedrijven, voor het eerst in het schooljaar
2027-2028 en vervolgens telkens na drie schooljaren, waarbij de uitkomsten van die evaluatie
aanleiding kunnen zijn voor een wijziging van deze overeenkomst volgens artikel 17.3.

Partijen nemen de route bovendien op in hun eigen stelsel van kwaliteitszorg, in die zin dat de
school de route betrekt bij haar jaarlijkse zelfevaluatie en de instelling bij de
opleidingsevaluatie van de opleiding Eerste monteur elektrotechnische installaties, terwijl zij de
uitkomsten van de studenttevredenheidsonderzoeken en de leerlingtevredenheidspeilingen die
betrekking hebben op deelnemers aan de route met elkaar delen, zodat verbeterpunten die de ene partij
signaleert ook door de andere partij kunnen worden opgepakt, en zij de Inspectie van het Onderwijs,
wanneer die de route als eigenstandig object van toezicht onderzoekt, gezamenlijk de gevraagde
informatie verstrekken.

## Artikel 16 Geschillen

16.1 Indien tussen partijen een geschil ontstaat over de uitlegging of de uitvoering van deze
overeenkomst, welk geschil zich naar het oordeel van een van hen niet in de stuurgroep laat oplossen,
legt de meest gerede partij het geschil schriftelijk voor aan de colleges van bestuur van beide
partijen, die binnen vier weken na ontvangst van dat verzoek in een bestuurlijk overleg trachten tot
een oplossing te komen.

16.2 Indien het bestuurlijk overleg niet binnen zes weken na het verzoek tot een oplossing leidt,
wordt het geschil, tenzij partijen anders overeenkomen, ter beslechting door middel van bindend
advies voorgelegd aan een commissie van drie personen, van wie elke partij er één aanwijst en de
beide aldus aangewezen personen samen de voorzitter, die geen band met een van partijen mag hebben,
waarbij de commissie binnen acht weken beslist en de kosten door partijen gelijkelijk worden
gedragen, en waarbij het partijen vrijstaat het bindend advies binnen drie maanden na de
verzending daarvan aan het oordeel van de bevoegde rechter van de rechtbank Overijssel, locatie Almelo, te
onderwerpen.

## Artikel 17 Duur, toetreding, wijziging en beëindiging

17.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd,
met dien verstande dat de verplichtingen van partijen jegens de deelnemers die vóór de beëindiging van
deze overeenkomst aan de route zijn begonnen, ook na die beëindiging blijven bestaan totdat die
deelnemers de route hebben afgerond of overeenkomstig artikel 11 zijn overgestapt.

17.2 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs in de regio Twente kan
tot deze overeenkomst toetreden indien zij het profiel Produceren, installeren en energie
respectievelijk de in artikel 2 genoemde opleiding verzorgt, alle partijen schriftelijk met de
toetreding instemmen en de toetredende partij een toetredingsverklaring ondertekent waarin zij de
rechten en verplichtingen uit deze overeenkomst aanvaardt, waarna de toetreding ingaat bij het begin
van het eerstvolgende schooljaar, de partijen die het aangaat de toetreding bij DUO melden en de
toetreding geen gevolgen heeft voor het programma van de deelnemers die al in de route zitten.

17.3 Deze overeenkomst kan uitsluitend worden gewijzigd bij een schriftelijke, door de colleges van
bestuur van alle partijen ondertekende aanvulling, waarbij een wijziging die voor deelnemers nadelig
is uitsluitend geldt voor deelnemers die na de inwerkingtreding van die wijziging met de route
beginnen.

17.4 Iedere partij kan deze overeenkomst bij aangetekende brief opzeggen tegen het einde van een
schooljaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden, terwijl iedere partij
de overeenkomst kan ontbinden indien de andere partij, na daartoe schriftelijk in gebreke te zijn
gesteld, haar verplichtingen niet binnen drie maanden alsnog nakomt, in welke gevallen na de
opzegging of ontbinding geen nieuwe deelnemers meer worden geplaatst en de deelnemers die al in de
route zitten deze bij partijen kunnen afronden, zo nodig met toepassing van artikel 11.

## Artikel 18 Slotbepalingen

Op deze overeenkomst, waarvan de bijlagen 1 (PTA/OER), 2 (routebeschrijving per routejaar) en 3
(verklaring leerbedrijven) deel uitmaken, is Nederlands recht van toepassing, en zij is in tweevoud
opgemaakt en ondertekend te Hengelo op 27 juni 2025.

<< Voor de Stichting voor Voortgezet Onderwijs Het Hofveld || Voor de Stichting Regionaal Opleidingencentrum Twentekanaal
<< drs. B.J.M. Oude Nijhuis || mr. E.A. Hesselink-Wiggers
<< voorzitter college van bestuur || lid college van bestuur
""")

# ----------------------------------------------------------------------------------------------
# 392 - Kop van Noord-Holland, Horeca, bakkerij en recreatie (kb) -> Zelfstandig werkend kok
# niveau 3. DOCX with a landscape section holding a table per routejaar. Fully compliant; silent on
# medezeggenschap (h n/a); explicit no funding transfer.
# ----------------------------------------------------------------------------------------------
register(
    392, "landschap_tabel_per_routejaar_horeca", "docx",
    "DOCX, short articles in portrait plus a landscape section with one table column per "
    "routejaar (location, programme, exams, bpv, staff, facilities, overstap per year); Kop van "
    "Noord-Holland, Horeca, bakkerij en recreatie (kb) -> Zelfstandig werkend kok niveau 3; fully "
    "compliant, explicit no funding transfer, silent on medezeggenschap (h n/a).",
    st("pppppppnpp"),
    {"a": "Artikel 1 De route", "b": "Artikel 2 Betrokkenheid horecabedrijven",
     "c": "Artikel 3 Regieteam", "d": "Artikel 4 Rapportage aan de besturen",
     "e": "Artikel 5 Inrichting per routejaar", "f": "Artikel 6 Overstapoptie",
     "g": "Artikel 7 Financiële afspraken", "i": "Artikel 8 Geschillen",
     "j": "Artikel 9 Looptijd, toetreding, wijziging en opzegging"},
    """
= Samenwerkingsovereenkomst doorlopende leerroute Horeca - Zelfstandig werkend kok
~ Marsdiep Vakcollege en ROC Zeekant - Den Helder, schooljaar 2025-2026 en volgende

## Partijen

1. Stichting Scholengroep Marsdiep, gevestigd te Den Helder, bevoegd gezag van Marsdiep Vakcollege
(vmbo), vertegenwoordigd door de directeur-bestuurder, de heer R.P. Zijp, hierna: de school.

2. Stichting Regionaal Opleidingencentrum Kop en Westfriesland, gevestigd te Hoorn, handelend onder de
naam ROC Zeekant, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw J.M.
Bakker-Tesselaar, hierna: de instelling.

Partijen willen jongeren uit Den Helder, Texel en de Schagen-regio een ononderbroken weg bieden naar
een vakdiploma in de keuken, omdat de toeristische sector in de Kop sterk groeit en vakkrachten
schaars zijn. Zij komen het volgende overeen.

## Artikel 1 De route

1.1 Partijen verzorgen samen een doorlopende leerroute van het vmbo-profiel Horeca, bakkerij en
recreatie in de kaderberoepsgerichte leerweg naar de mbo-opleiding Zelfstandig werkend kok, niveau 3
(vakopleiding), in het opleidingsdomein Horeca en bakkerij.

1.2 De route duurt vier routejaren: twee jaren in de vo-fase (leerjaar 3 en 4 vmbo) en twee jaren in de
mbo-fase. De overlap tussen het vmbo-profiel en het eerste mbo-jaar is weggenomen; de mbo-fase is
daardoor een jaar korter dan de reguliere opleiding.

1.3 Per cohort worden maximaal achttien leerlingen geplaatst. Het eerste cohort start op 1 augustus
2025.

## Artikel 2 Betrokkenheid horecabedrijven

2.1 De volgende erkende leerbedrijven werken aan de route mee: Hotel Zeeduin (De Koog, Texel),
Restaurant De Kaap (Den Helder), Strandpaviljoen Noorderhaven (Julianadorp) en Grand Café Het
Marinehuis (Den Helder). Koninklijke Horeca Nederland, afdeling Den Helder en Texel, treedt op als
aanspreekpunt voor de overige bedrijven in de regio.

2.2 De bedrijven bieden snuffeldagen, bpv-plaatsen en BBL-plaatsen zoals per routejaar aangegeven in
artikel 5, verzorgen per routejaar ten minste drie gastlessen of workshops door een chef-kok en
beoordelen als praktijkbeoordelaar mee bij de proeven van bekwaamheid in routejaar 3 en 4.

2.3 Eens per jaar runnen de leerlingen van routejaar 2 samen met de brigade van een leerbedrijf een
pop-uprestaurant tijdens de Helderse Havendagen.

2.4 Een praktijkcommissie, bestaande uit de chef-koks van de vier leerbedrijven en het regieteam,
komt drie keer per jaar bijeen en adviseert over het programma, de keuzedelen en de examenopdrachten.

## Artikel 3 Regieteam

3.1 De leiding over de route ligt bij het regieteam. Dat bestaat uit de afdelingsleider Horeca,
bakkerij en recreatie van de school, de onderwijsmanager Horeca van de instelling en een
trajectbegeleider.

3.2 De afdelingsleider wordt aangewezen door de directeur-bestuurder van de school, de
onderwijsmanager door het college van bestuur van de instelling. De trajectbegeleider wordt door de
directeur-bestuurder en het college van bestuur samen aangesteld, na een voordracht van de
afdelingsleider en de onderwijsmanager.

3.3 Het regieteam heeft tot taak: de uitvoering van het programma per routejaar, de roosters, de
planning van snuffeldagen en bpv, de plaatsing van leerlingen, het overstapadvies (artikel 6) en het
jaarlijks actualiseren van het PTA/OER. Het regieteam is bevoegd om binnen de vastgestelde formatie
docenten in te roosteren, leermiddelen aan te schaffen tot EUR 7.500 per jaar en afspraken met
leerbedrijven te maken. Besluiten over het aantal plaatsen, de formatie en het PTA/OER worden door de
besturen genomen, op voorstel van het regieteam.

## Artikel 4 Rapportage aan de besturen

4.1 Het regieteam stuurt de directeur-bestuurder en het college van bestuur ieder kwartaal een
beknopt dashboard met de aantallen leerlingen per routejaar, het verzuim, de voortgang in de bpv en de
uitval.

4.2 Vóór 1 oktober stelt het regieteam een jaarverslag op over het afgelopen schooljaar, met de
examenresultaten, de overstappen en de bevindingen van de praktijkcommissie. Het jaarverslag wordt in
een gezamenlijk overleg met beide besturen in oktober besproken; in dat overleg legt het regieteam
verantwoording af.

## Artikel 5 Inrichting per routejaar

5.1 De onderstaande tabel beschrijft per routejaar waar het onderwijs plaatsvindt, wat er wordt
gegeven en getoetst, welk personeel wordt ingezet en welke faciliteiten worden gebruikt. De tabel maakt
deel uit van deze overeenkomst; de uitgewerkte programma's staan in het gezamenlijke PTA/OER.

5.2 Voor het praktijkprogramma in routejaar 1 en 2 zetten partijen één team van leraren en docenten
in als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Ieder teamlid blijft in dienst van de
eigen werkgever en is verantwoordelijk voor het deel waarvoor hij bevoegd is.

!landscape

### Routeoverzicht per routejaar (onderdeel van artikel 5)

%cols 2.2,3,3,3,3
| Onderdeel | Routejaar 1 (vmbo leerjaar 3) | Routejaar 2 (vmbo leerjaar 4) | Routejaar 3 (mbo jaar 1) | Routejaar 4 (mbo jaar 2) |
| Inschrijving | leerling van de school | leerling van de school | student van de instelling | student van de instelling |
| Locatie | Marsdiep Vakcollege, Den Helder; om de week een middag in leerrestaurant De Zeekant van de instelling | Marsdiep Vakcollege (3 dagen) en leerrestaurant De Zeekant (2 dagen) | ROC Zeekant, Den Helder, en leerbedrijf | leerbedrijf (BOL-stage of BBL) en ROC Zeekant (1 dag per week) |
| Onderwijsprogramma | profielmodules HBR; keuzevakken Brood en banket en Gastheerschap; mbo-basis keukentechnieken | afronding profiel HBR; mbo-onderdelen Bereiden van gerechten en Hygiëne (HACCP) | keukenorganisatie, menuplanning, keuzedeel Streekproducten Noord-Holland | zelfstandig werken in de keuken, keuzedeel Ondernemerschap, afronding generieke vakken |
| Examinering | schoolexamens avo en beroepsgericht | centraal examen vmbo en beroepsgericht examen; mbo-examen Bereiden basis | mbo-proeve Bereiden; eventueel resterende vmbo-vakken | proeven van bekwaamheid Zelfstandig werkend kok; Nederlands, Engels, rekenen |
| Bpv en bedrijven | twee snuffeldagen; gastlessen chef-koks | vier weken bpv; pop-uprestaurant Havendagen | zestien weken bpv bij een leerbedrijf | twintig weken bpv of BBL-dienstverband |
| Personeel | vmbo-docenten HBR; één mbo-docent koken (4 uur per week op de school) | vmbo-docenten en twee mbo-docenten in één team (8 uur per week inzet instelling) | mbo-docenten; vmbo-docent Nederlands voor resterende vakken | mbo-docenten; praktijkopleiders leerbedrijven |
| Faciliteiten | praktijkkeuken van de school; leerrestaurant De Zeekant | leerrestaurant, patisserielokaal en elektronische leeromgeving van de instelling | leerrestaurant en koelcel/voorraadruimte van de instelling | leerrestaurant; examenkeuken van de instelling |
| Als de leerling de route in dit jaar verlaat | verder in de reguliere kaderberoepsgerichte leerweg HBR of een ander profiel van de school; doel vmbo-diploma | vmbo-examen afronden in de reguliere leerweg; daarna vrije keuze mbo-opleiding | vmbo-diploma niet behaald: vakken afronden bij de school naast het mbo, of doorgaan zonder vooropleidingseisen; of andere opleiding op niveau 3 (Zelfstandig werkend gastheer/gastvrouw, Zelfstandig werkend bakker) | andere opleiding niveau 3 binnen de instelling zonder vooropleidingseisen, of Kok niveau 2 als niveau 3 te hoog blijkt |

!portrait

## Artikel 6 Overstapoptie

6.1 Verlaat een leerling of student de route voordat hij deze heeft afgerond, dan bieden partijen hem
een alternatief dat leidt tot een vmbo-diploma of een mbo-diploma. Welke mogelijkheden er per
routejaar zijn, staat in de laatste rij van de tabel in artikel 5.

6.2 Het regieteam beslist over het alternatief. De afdelingsleider en de onderwijsmanager stellen
daarbij gezamenlijk vast welk onderwijsniveau de leerling heeft bereikt en houden rekening met zijn
leeftijd en zijn wensen; de leerling en zijn ouders worden vooraf gehoord. Het besluit wordt binnen
drie weken schriftelijk meegedeeld.

6.3 Een overstap naar een opleiding van de instelling vindt plaats zonder dat vooropleidingseisen
worden gesteld. Wil de leerling naar een andere instelling, dan zorgt het regieteam voor een warme
overdracht. Entree wordt alleen geadviseerd als een diploma op niveau 2 niet haalbaar is.

## Artikel 7 Financiële afspraken

Partijen dragen geen bekostiging aan elkaar over. Ieder draagt de kosten van het eigen personeel en
de eigen voorzieningen; de wederzijdse inzet van docenten en lokalen zoals beschreven in artikel 5
wordt niet verrekend.

## Artikel 8 Geschillen

8.1 Een verschil van mening tussen partijen over de uitvoering van deze overeenkomst wordt eerst in het
regieteam besproken.

8.2 Lukt het niet om binnen een maand tot een oplossing te komen, dan bespreken de directeur-bestuurder
en de voorzitter van het college van bestuur het geschil.

8.3 Is het geschil twee maanden na het eerste bestuurlijke gesprek niet opgelost, dan leggen partijen
het voor aan een geschillenadviescommissie van drie leden: ieder bestuur wijst één lid aan en deze
twee kiezen samen een onafhankelijke voorzitter. Partijen verbinden zich vooraf aan het advies van
de commissie (bindend advies).

## Artikel 9 Looptijd, toetreding, wijziging en opzegging

9.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor vijf jaar en wordt daarna telkens stilzwijgend
met vijf jaar verlengd.

9.2 Een andere vmbo-school of mbo-instelling in de Kop van Noord-Holland kan tot de overeenkomst
toetreden als de huidige partijen daar schriftelijk mee instemmen en de nieuwe partij de overeenkomst
mede ondertekent. Toetreding gaat in bij de start van een schooljaar en wordt bij DUO gemeld.

9.3 Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend. Een wijziging van
de tabel in artikel 5 geldt niet voor een cohort dat al is begonnen, tenzij dat cohort er beter van
wordt.

9.4 Opzeggen kan schriftelijk met een termijn van een jaar, tegen het einde van een schooljaar. Na de
opzegging worden geen nieuwe leerlingen geplaatst; leerlingen en studenten die al in de route
zitten, kunnen hun route volgens deze overeenkomst afmaken.

## Ondertekening

Den Helder, 1 juli 2025

<< Stichting Scholengroep Marsdiep || Stichting Regionaal Opleidingencentrum Kop en Westfriesland
<< R.P. Zijp, directeur-bestuurder || J.M. Bakker-Tesselaar, voorzitter college van bestuur
""")

# ----------------------------------------------------------------------------------------------
# 393 - Amersfoort, Economie en ondernemen (bb) -> Verkoper niveau 2. DOCX, every item answered
# under a numbered question. Defects: b intention only, g nothing about finances (missing),
# j without toetreding.
# ----------------------------------------------------------------------------------------------
register(
    393, "vragen_en_antwoorden_retail", "docx",
    "DOCX, agreement built as numbered questions each followed by a binding answer; Amersfoort, "
    "Economie en ondernemen (bb) -> Verkoper niveau 2; defects: bedrijfsleven only an intention "
    "(b weak), nothing at all about finances (g missing), duration/change/notice without "
    "toetreding of other schools (j weak); medezeggenschap arranged (h present).",
    st("pwppppmppw"),
    {"a": "Vraag 2. Om welke leerroute gaat het?",
     "c": "Vraag 4. Wie geeft leiding aan de route?",
     "d": "Vraag 5. Hoe houdt de leiding de besturen op de hoogte?",
     "e": "Vraag 6. Waar en door wie krijgen de leerlingen les?",
     "f": "Vraag 7. Wat gebeurt er als een leerling wil of moet stoppen?",
     "h": "Vraag 8. Hoe praten leerlingen, ouders en personeel mee?",
     "i": "Vraag 9. Wat doen we als we het niet eens zijn?"},
    """
= Samenwerkingsovereenkomst doorlopende leerroute Retail Amersfoort
~ in vragen en antwoorden - Vakcollege De Kei en Eemvallei College

## Waarom deze vorm?

Ouders, docenten en de inspectie stelden ons bij de voorbereiding van deze route steeds dezelfde
vragen. Wij hebben onze afspraken daarom opgeschreven als antwoorden op die vragen. Elk antwoord is
een afspraak die beide besturen bindt; "wij" betekent steeds: beide partijen samen.

## Vraag 1. Wie sluiten deze overeenkomst?

Stichting Eemland Voortgezet Onderwijs, gevestigd te Amersfoort, bevoegd gezag van Vakcollege De Kei
(vmbo), vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw T.A. van Dijk,
hierna: de school; en Stichting Eemvallei Beroepsonderwijs, gevestigd te Amersfoort, bevoegd gezag
van het Eemvallei College (mbo), vertegenwoordigd door de voorzitter van het college van bestuur, de
heer M.F. Aydın-Brouwer, hierna: de instelling.

## Vraag 2. Om welke leerroute gaat het?

Om een doorlopende leerroute van de basisberoepsgerichte leerweg van het vmbo, profiel Economie en
ondernemen, naar de mbo-opleiding Verkoper, niveau 2 (basisberoepsopleiding), binnen het
opleidingsdomein Handel en ondernemerschap. De route duurt vier routejaren: twee jaren op de school
(leerjaar 3 en 4) en twee jaren op de instelling. De leerling kiest voor de route aan het eind van
leerjaar 2. Per cohort is plaats voor twintig leerlingen; het eerste cohort begint op 1 augustus
2025.

## Vraag 3. Hoe is het bedrijfsleven betrokken?

Wij vinden de betrokkenheid van winkeliers erg belangrijk. Wij streven ernaar om de komende jaren
ondernemers uit de binnenstad van Amersfoort en uit winkelcentrum De Eemhof bij de route te betrekken,
bijvoorbeeld bij stages, gastlessen of praktijkopdrachten. Hoe en met welke bedrijven dat precies
gebeurt, bespreken wij nog met de ondernemersvereniging.

## Vraag 4. Wie geeft leiding aan de route?

Een routeteam, bestaande uit de teamleider Economie van de school, de teamleider Retail van de
instelling en een routecoördinator. De teamleiders worden door het college van bestuur van hun
eigen stichting aangewezen; de routecoördinator wordt door beide colleges samen benoemd voor drie
schooljaren, op voordracht van de teamleiders. Het routeteam stelt het gezamenlijke PTA/OER op, maakt
de roosters, plaatst leerlingen in de route, zet binnen de toegekende formatie docenten in en adviseert
over overstappen. Het routeteam beslist zelf over roosters, plaatsing en de inzet van docenten;
over formatie, het aantal plaatsen en de vaststelling van het PTA/OER beslissen de colleges van
bestuur.

## Vraag 5. Hoe houdt de leiding de besturen op de hoogte?

Het routeteam stuurt beide colleges van bestuur elk kwartaal een korte voortgangsrapportage met de
aantallen leerlingen, verzuim, uitval en examenresultaten. Elk jaar vóór 1 november legt het routeteam
in een gezamenlijk bestuursoverleg verantwoording af over het afgelopen schooljaar, aan de hand van
een schriftelijk jaarverslag.

## Vraag 6. Waar en door wie krijgen de leerlingen les?

In routejaar 1 en 2 op de school aan de Kersenbaan in Amersfoort, met in routejaar 2 elke dinsdag les
in het retaillab van de instelling aan de Stationsplein-locatie; in routejaar 3 en 4 op de instelling.
Het onderwijsprogramma en de examinering per routejaar staan in het gezamenlijke PTA/OER, waarin ook
staat welke onderdelen vmbo, mbo of beide zijn. Het vmbo-examen wordt in routejaar 2 afgenomen.

Personeel: in routejaar 1 en 2 geven twee docenten retail van de instelling samen zes lesuren per
week op de school; de leraren economie van de school en deze docenten vormen voor het programma
Winkel en klant één team als bedoeld in artikel 7.13a WVO 2020, waarin ieder verantwoordelijk blijft
voor het deel waarvoor hij bevoegd is. Iedereen blijft in dienst van de eigen werkgever.

Faciliteiten: de school stelt haar oefenwinkel en het computerlokaal beschikbaar; de instelling het
retaillab met kassasystemen en visual-merchandising-ruimte en haar elektronische leeromgeving.
Leerlingen van routejaar 2 krijgen een studentenpas van de instelling.

Inschrijving: in routejaar 1 en 2 bij de school, vanaf routejaar 3 bij de instelling.

## Vraag 7. Wat gebeurt er als een leerling wil of moet stoppen?

Dan krijgt hij altijd een andere weg naar een diploma. De teamleiders van de school en de
instelling beslissen samen welke weg dat is, na een gesprek met de leerling en zijn ouders, en kijken
daarbij naar het niveau dat de leerling heeft bereikt en naar zijn leeftijd.

- Stopt hij in routejaar 1 of 2: dan gaat hij verder in de reguliere basisberoepsgerichte leerweg
  Economie en ondernemen of een ander profiel van de school, met het vmbo-diploma als doel.
- Haalt hij het vmbo-diploma niet: dan kan hij in routejaar 3 het examen opnieuw doen naast zijn
  mbo-programma, of zonder vmbo-diploma doorgaan in een mbo-2-opleiding van de instelling; de
  vooropleidingseisen gelden dan niet.
- Past retail niet bij hem in routejaar 3 of 4: dan stapt hij over naar een andere opleiding op niveau
  2 van de instelling, bijvoorbeeld Logistiek medewerker of Medewerker facilitaire dienstverlening.
- Wil hij naar een andere school of instelling: dan zorgen wij voor een warme overdracht.

## Vraag 8. Hoe praten leerlingen, ouders en personeel mee?

De gewone regels blijven gelden: de Wet medezeggenschap op scholen zolang de leerling op de school staat
ingeschreven, en de WEB en de Wet op de ondernemingsraden aan de kant van de instelling. Daarbovenop
spreken wij af dat de medezeggenschapsraad van de school en de studentenraad van de instelling elk
jaar vóór 1 mei advies uitbrengen over het routejaarplan, en dat een leerling uit routejaar 2 als
vaste toehoorder met spreekrecht deelneemt aan de vergaderingen van de studentenraad.

## Vraag 9. Wat doen we als we het niet eens zijn?

Eerst praat het routeteam erover. Lukt dat niet binnen drie weken, dan komen de twee colleges van
bestuur bij elkaar. Komen ook zij er binnen zes weken niet uit, dan vragen zij een onafhankelijke
mediator om te bemiddelen. Levert ook dat geen oplossing op, dan beslist de bevoegde rechter van de
rechtbank Midden-Nederland.

## Vraag 10. Hoe lang geldt de overeenkomst en hoe kan die veranderen of stoppen?

De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Veranderen kan alleen schriftelijk,
met handtekening van beide colleges van bestuur. Elk van beide partijen kan de overeenkomst schriftelijk
opzeggen met een termijn van twaalf maanden, tegen 1 augustus. Na een opzegging starten er geen nieuwe
leerlingen meer; leerlingen die al in de route zitten, maken hun route af zoals in deze overeenkomst
staat.

## Vraag 11. Wat is er verder geregeld?

Wij melden de route samen bij DUO. De klachtenregeling van elke partij geldt ook voor gedragingen van
medewerkers van de andere partij binnen de route. De gegevens van leerlingen worden alleen
uitgewisseld voor zover dat voor de route nodig is.

## Ondertekening

Amersfoort, 26 juni 2025

<< Stichting Eemland Voortgezet Onderwijs || Stichting Eemvallei Beroepsonderwijs
<< T.A. van Dijk, voorzitter college van bestuur || M.F. Aydın-Brouwer, voorzitter college van bestuur
""")

# ----------------------------------------------------------------------------------------------
# 394 - Zeeland, verticale scholengemeenschap, Maritiem en techniek (bb) -> Matroos binnenvaart
# niveau 2. MD, interne regeling with paragraph signs. Compliant for a-g; h, i, j not applicable
# (interne regeling) even though it arranges internal disagreements, GMR advice and amendment.
# ----------------------------------------------------------------------------------------------
register(
    394, "interne_regeling_vsg_maritiem", "md",
    "MD, interne regeling of a verticale scholengemeenschap (one bevoegd gezag) with paragraph "
    "signs; Zeeland, Maritiem en techniek (bb) -> Matroos binnenvaart niveau 2; a-g fully "
    "arranged incl. explicit no funding transfer; nevertheless arranges internal disagreements "
    "(CvB decides), GMR advice and amendment, which do not count: h, i, j not applicable.",
    st("pppppppnnn"),
    {"a": "§ 2 De route", "b": "§ 3 Rederijen en binnenvaartondernemers",
     "c": "§ 4 Routeleiding", "d": "§ 5 Verantwoording aan het college van bestuur",
     "e": "§ 6 Inrichting van het onderwijs", "f": "§ 7 Overstap",
     "g": "§ 8 Middelen"},
    """
= Interne regeling doorlopende leerroute Maritiem - Matroos binnenvaart
~ Stichting Scheldemond Onderwijs - Scheldemond Vakcollege en Scheldemond Maritiem Instituut, Vlissingen

Vastgesteld door het college van bestuur van Stichting Scheldemond Onderwijs op 24 juni 2025, na
advies van de gemeenschappelijke medezeggenschapsraad.

## § 1 Grondslag en reikwijdte

1. Stichting Scheldemond Onderwijs, gevestigd te Vlissingen, is het bevoegd gezag van zowel het
Scheldemond Vakcollege (school voor vmbo) als het Scheldemond Maritiem Instituut (instelling voor
beroepsonderwijs). Beide vormen samen een verticale scholengemeenschap.

2. Omdat de route geheel binnen deze verticale scholengemeenschap wordt verzorgd, sluit de stichting
geen samenwerkingsovereenkomst met zichzelf, maar regelt zij de onderwerpen van artikel 2.107b,
tweede lid, WVO 2020 en artikel 9.1.3 WEB in deze interne regeling, zoals het derde lid van die
artikelen voorschrijft.

3. In deze regeling heet het Scheldemond Vakcollege "het Vakcollege" en het Scheldemond Maritiem
Instituut "het Instituut".

## § 2 De route

1. De route begint in het profiel Maritiem en techniek van de basisberoepsgerichte leerweg van het
Vakcollege en leidt naar de mbo-opleiding Matroos binnenvaart, niveau 2 (basisberoepsopleiding), van
het Instituut, in het opleidingsdomein Transport, scheepvaart en logistiek.

2. De route telt vier routejaren: routejaar 1 en 2 zijn leerjaar 3 en 4 van het Vakcollege, routejaar
3 en 4 zijn de twee studiejaren van de opleiding. De mbo-fase wordt in de beroepsopleidende leerweg
verzorgd, met varende bpv-perioden.

3. Per schooljaar worden ten hoogste zestien leerlingen toegelaten.

## § 3 Rederijen en binnenvaartondernemers

1. Aan de route werken mee: Binnenvaartrederij Walcheren B.V. (Vlissingen), Tankvaart Schelde-Rijn
C.V. (Terneuzen) en de Vereniging Binnenvaartondernemers Zeeland namens haar leden. Zij zijn door SBB
erkend als leerbedrijf of verenigen erkende leerbedrijven.

2. Zij bieden leerlingen in routejaar 2 een meevaarweek aan boord, studenten in de mbo-fase twee
varende bpv-perioden van elk tien weken, en verzorgen per schooljaar ten minste vier gastlessen door
schippers. Een schipper van een van de rederijen beoordeelt de praktijkexamens in routejaar 4 mee.

3. De werkveldraad Maritiem, waarin de drie partners en de routeleider zitten, komt twee keer per jaar
bijeen en adviseert over het programma en de keuzedelen. De routeleider legt de adviezen met zijn
reactie voor aan het college van bestuur.

## § 4 Routeleiding

1. De leiding over de route berust bij de routeleider, bijgestaan door een routeraad. De routeraad
bestaat uit de afdelingsleider techniek van het Vakcollege, de opleidingsmanager maritiem van het
Instituut en de routeleider als voorzitter.

2. Het college van bestuur benoemt de routeleider voor vier jaar, na het horen van de directeuren van
het Vakcollege en het Instituut. De afdelingsleider en de opleidingsmanager hebben zitting in de
routeraad uit hoofde van hun functie.

3. Het college van bestuur draagt de routeleider op: de samenhang van het programma over de vier
routejaren, het gezamenlijke PTA/OER, de roostering en de inzet van docenten over beide onderdelen,
de plaatsing van leerlingen en het overstapadvies. De routeleider is bevoegd om binnen het
routebudget verplichtingen aan te gaan tot EUR 10.000 per geval en docenten van het Vakcollege en het
Instituut in te roosteren binnen de vastgestelde formatie. Over formatie, budget en het PTA/OER
besluit het college van bestuur.

## § 5 Verantwoording aan het college van bestuur

1. De routeleider brengt twee keer per jaar, in januari en in juli, een schriftelijke
semesterrapportage uit aan het college van bestuur over aantallen, doorstroom, uitval,
examenresultaten, bpv-plaatsen en besteding van het routebudget.

2. De route is een vast onderdeel van de jaarlijkse planning-en-controlcyclus van de stichting: in het
voorjaarsgesprek met het college van bestuur legt de routeleider verantwoording af over het vorige
schooljaar en wordt het routejaarplan vastgesteld.

## § 6 Inrichting van het onderwijs

1. Routejaar 1 en 2 worden gegeven op de locatie van het Vakcollege aan de Boulevard Bankert te
Vlissingen, routejaar 3 en 4 op de locatie van het Instituut aan de Scheldekade en aan boord.

2. Het onderwijsprogramma, de examinering en de bpv per routejaar staan in het gezamenlijke PTA/OER,
dat per onderdeel aangeeft of het tot het vmbo, het mbo of beide behoort. Het vmbo-examen wordt in
routejaar 2 afgenomen; mbo-onderdelen Veiligheid aan boord en Marifonie kunnen al in routejaar 2
worden geëxamineerd.

3. Personeel: docenten van het Vakcollege en het Instituut vormen voor het programmaonderdeel Varen en
vastmaken in routejaar 1 en 2 één team als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB.
Twee nautische docenten van het Instituut geven in routejaar 2 samen acht lesuren per week op het
Vakcollege. Alle docenten zijn in dienst van de stichting; de inzet wordt in de formatieplannen van
beide onderdelen opgenomen.

4. Faciliteiten: leerlingen van het Vakcollege gebruiken vanaf routejaar 2 het lesschip Zeeuwse Stroom,
de radarsimulator en de motorenwerkplaats van het Instituut; studenten in de mbo-fase kunnen het
metaallokaal van het Vakcollege blijven gebruiken.

5. In routejaar 1 en 2 staat de leerling ingeschreven bij het Vakcollege, daarna bij het Instituut.

## § 7 Overstap

1. Verlaat een leerling de route voordat hij die heeft afgerond, dan zorgt de stichting ervoor dat
hij een vmbo-diploma of een mbo-diploma kan halen.

2. De afdelingsleider en de opleidingsmanager bepalen samen, na een gesprek met de leerling en zijn
ouders, welke weg daarbij past; zij kijken naar het bereikte onderwijsniveau en de leeftijd van de
leerling. Bij verschil van mening beslist de routeleider.

3. Kaders: wie in routejaar 1 of 2 stopt, gaat verder in de reguliere basisberoepsgerichte leerweg van
het Vakcollege, in Maritiem en techniek of een ander profiel; wie het vmbo-diploma niet haalt, kan
het examen in routejaar 3 naast de opleiding opnieuw afleggen of zonder vmbo-diploma de opleiding
voortzetten; wie in de mbo-fase ontdekt dat varen niet bij hem past, stapt zonder vooropleidingseisen
over naar een andere opleiding op niveau 2 van het Instituut, zoals Medewerker havenlogistiek of
Scheepsbouwer.

4. De uitwerking staat in de schoolgids van het Vakcollege en de studiegids van het Instituut.

## § 8 Middelen

Er vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel
9.1.15 WEB. De vo-bekostiging en de mbo-bekostiging blijven elk op de begroting van het eigen
onderdeel; de stichting stelt jaarlijks een routebudget vast in de begroting.

## § 9 Medezeggenschap

De gemeenschappelijke medezeggenschapsraad adviseert over deze regeling en over wijzigingen ervan. De
deelraad van het Vakcollege en de studentenraad van het Instituut ontvangen de semesterrapportages.

## § 10 Verschillen van inzicht

Verschillen van inzicht tussen het Vakcollege en het Instituut over de uitvoering van deze regeling
legt de routeleider voor aan de directeuren van beide onderdelen. Komen zij er binnen drie weken niet
uit, dan beslist het college van bestuur; dat besluit is bindend.

## § 11 Wijziging en intrekking

Het college van bestuur kan deze regeling wijzigen of intrekken na advies van de gemeenschappelijke
medezeggenschapsraad. Leerlingen die op dat moment in de route zitten, ronden de route af onder de
regels die golden toen zij begonnen.

## § 12 Inwerkingtreding

Deze regeling treedt in werking op 1 augustus 2025. De stichting meldt de route aan de minister via
DUO.

Vlissingen, 24 juni 2025

<< Het college van bestuur van Stichting Scheldemond Onderwijs ||
<< drs. M.C. Boone-Verhulst, voorzitter || ir. P.J. de Kam, lid
""")

# ----------------------------------------------------------------------------------------------
# 395 - Midden-Brabant, Mobiliteit en transport (kb) -> Eerste autotechnicus niveau 3. DOCX,
# renewal whose considerans recounts the defects of the 2021 agreement. Defects: d weak (no form
# or frequency), i weak (only repeats the statutory phrase).
# ----------------------------------------------------------------------------------------------
register(
    395, "vernieuwing_considerans_mobiliteit", "docx",
    "DOCX, renewal agreement whose long considerans recounts the defects of the 2021 agreement "
    "(in the considerans, so not counting); Langstraat/Midden-Brabant, Mobiliteit en transport (kb) "
    "-> Eerste autotechnicus niveau 3; defects: leiding 'houdt op de hoogte' without form or "
    "frequency (d weak), geschilbeslechting only repeats the statute (i weak); two-way funding "
    "transfer with amounts and purposes, medezeggenschap arranged.",
    st("pppwppppwp"),
    {"a": "Artikel 2 De route", "b": "Artikel 3 Rol van de autobranche",
     "c": "Artikel 4 Routeleiding", "e": "Artikel 6 Onderwijs, personeel en faciliteiten",
     "f": "Artikel 7 Overstap", "g": "Artikel 8 Overdracht van middelen",
     "h": "Artikel 9 Medezeggenschap",
     "j": "Artikel 11 Toetreding, wijziging en beëindiging"},
    """
= Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit - Eerste autotechnicus
~ Herziene overeenkomst, ter vervanging van de overeenkomst van 12 maart 2021

## Partijen

1. Stichting Katholiek Voortgezet Onderwijs De Langstraat, gevestigd te Waalwijk, bevoegd gezag van
het Sint-Crispijn Vakcollege, vertegenwoordigd door de voorzitter van het college van bestuur, de heer
drs. L.A.M. van Hulten, hierna: de school;

2. Stichting Regionaal Opleidingencentrum Hart van Brabant, gevestigd te Tilburg, bevoegd gezag van het
ROC Hart van Brabant, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw C.J.
Smulders-Akkermans MBA, hierna: de instelling.

## Overwegingen

A. Partijen hebben op 12 maart 2021 een samenwerkingsovereenkomst gesloten voor een doorlopende
leerroute van het vmbo-profiel Mobiliteit en transport naar de opleiding Eerste autotechnicus, die
sindsdien met drie cohorten is uitgevoerd.

B. Bij de evaluatie in het voorjaar van 2025, waaraan ook een extern adviesbureau heeft meegewerkt, is
gebleken dat die overeenkomst op een aantal punten tekortschoot:
- de leiding was alleen omschreven als "het projectteam", zonder vast te leggen wie daarin zat, wie
  de leden aanwees en wat het projectteam mocht beslissen;
- er was niets geregeld over de beslechting van geschillen, waardoor een meningsverschil over de
  werkplaatsroosters in 2023 bijna een half jaar onopgelost bleef;
- de overstapregeling beperkte zich tot doorverwijzing naar de Entree-opleiding;
- er was niets geregeld over de toetreding van andere scholen, terwijl een vmbo-school uit Kaatsheuvel
  wilde aansluiten;
- er waren geen afspraken over medezeggenschap;
- de financiële bijlage noemde een overdracht van bekostiging zonder bedrag of bestemming.

C. Partijen willen de route voortzetten en deze gebreken herstellen, en vervangen daarom de
overeenkomst van 2021 door deze overeenkomst.

Partijen komen het volgende overeen.

## Artikel 1 Vervanging

1.1 Deze overeenkomst vervangt met ingang van 1 augustus 2025 de overeenkomst van 12 maart 2021.

1.2 Leerlingen en studenten die onder de oude overeenkomst aan de route zijn begonnen, vallen vanaf
die datum onder deze overeenkomst, met dien verstande dat zij hun programma en examenregeling volgens
het PTA/OER van hun cohort afronden.

## Artikel 2 De route

2.1 Partijen verzorgen gezamenlijk een doorlopende leerroute van het vmbo-profiel Mobiliteit en
transport, kaderberoepsgerichte leerweg, naar de mbo-opleiding Eerste autotechnicus, niveau 3
(vakopleiding), in het opleidingsdomein Mobiliteit en voertuigen.

2.2 De route omvat vijf routejaren: leerjaar 3 en 4 van het vmbo en drie studiejaren mbo, die in de
beroepsopleidende leerweg of, vanaf routejaar 4, in de beroepsbegeleidende leerweg worden gevolgd.

## Artikel 3 Rol van de autobranche

3.1 Autobedrijf Van Esch Waalwijk B.V., Truck- en Trailerservice Kaatsheuvel en de leden van de
BOVAG-afdeling Midden-Brabant die als leerbedrijf zijn erkend, werken aan de route mee.

3.2 Zij stellen in routejaar 2 voor iedere leerling twee werkplaatsdagen per maand beschikbaar,
bieden in de mbo-fase bpv- en BBL-plaatsen, leveren jaarlijks een diagnoseopdracht aan op basis van
een werkelijk storingsgeval, en laten een eigen technicus de praktijkexamens in routejaar 4 en 5
meebeoordelen.

3.3 Twee keer per jaar overlegt de routeleiding met een vertegenwoordiging van deze bedrijven over
de aansluiting van het programma op nieuwe aandrijftechnieken, zoals elektrisch rijden.

## Artikel 4 Routeleiding

4.1 De leiding over de route berust bij de routeleiding, bestaande uit de sectordirecteur techniek van
de school, de opleidingsmanager Mobiliteit van de instelling en een routecoördinator die in dienst is
van een van beide partijen.

4.2 De sectordirecteur en de opleidingsmanager worden door hun eigen college van bestuur aangewezen.
De routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd, op voordracht van de
sectordirecteur en de opleidingsmanager, voor drie schooljaren.

4.3 De colleges van bestuur dragen aan de routeleiding op: de uitvoering en samenhang van het
programma, het opstellen van het PTA/OER, de roosters, de plaatsing van leerlingen, de inzet van
docenten en de contacten met de leerbedrijven. De routeleiding is bevoegd daarover zelfstandig te
beslissen binnen de begroting die de colleges jaarlijks voor de route vaststellen. Besluiten over het
aantal plaatsen, de vaststelling van het PTA/OER en de beëindiging van de route nemen de colleges van
bestuur zelf.

## Artikel 5 Informatie aan de besturen

De routeleiding houdt beide colleges van bestuur op de hoogte van de gang van zaken in de route en legt
aan hen verantwoording af over de uitvoering van deze overeenkomst.

## Artikel 6 Onderwijs, personeel en faciliteiten

6.1 Routejaar 1 en 2 worden verzorgd op het Sint-Crispijn Vakcollege te Waalwijk; routejaar 3 tot en
met 5 op de Automotive-locatie van de instelling aan de Ringbaan-Oost te Tilburg en bij de
leerbedrijven.

6.2 Het onderwijsprogramma, de examinering en de bpv per routejaar zijn beschreven in het
gezamenlijke PTA/OER. Het vmbo-examen wordt in routejaar 2 afgenomen, met uitzondering van ten hoogste
twee algemeen vormende vakken die in routejaar 3 kunnen worden afgesloten.

6.3 Een docent autotechniek van de instelling verzorgt in routejaar 2 tien lesuren per week op de
school. Leraren van de school en docenten van de instelling vormen voor het praktijkprogramma
Voertuigtechniek in routejaar 1 en 2 één team als bedoeld in artikel 7.13a WVO 2020; ieder teamlid is
verantwoordelijk voor het deel waarvoor hij bevoegd is. Een leraar van de school begeleidt de
studenten die in routejaar 3 nog een vmbo-vak afsluiten.

6.4 De school stelt haar voertuigwerkplaats en het lokaal motorentechniek beschikbaar; de instelling
haar diagnosecentrum, de hoogvoltwerkplaats voor elektrische voertuigen en haar elektronische
leeromgeving.

6.5 In routejaar 1 en 2 is de leerling ingeschreven bij de school, daarna bij de instelling.

## Artikel 7 Overstap

7.1 Een leerling die de route verlaat voordat hij die heeft afgerond, krijgt van partijen een
alternatief dat leidt tot een vmbo-diploma of een mbo-diploma, passend bij het bereikte onderwijsniveau
en zijn leeftijd.

7.2 De sectordirecteur en de opleidingsmanager bepalen het alternatief gezamenlijk, nadat zij de
leerling en diens ouders hebben gehoord.

7.3 Daarbij gelden de volgende kaders: uitstap in routejaar 1 of 2 leidt tot voortzetting in de
reguliere kaderberoepsgerichte leerweg van de school; wie het vmbo-diploma niet behaalt, kan het
examen in routejaar 3 alsnog afleggen of zonder vmbo-diploma doorgaan in een mbo-opleiding van de
instelling, zonder vooropleidingseisen; wie in de mbo-fase uitvalt, stapt over naar een andere
opleiding van de instelling op niveau 3, zoals Eerste bedrijfsautotechnicus of Eerste
fietstechnicus, of, als niveau 3 niet haalbaar blijkt, naar Autotechnicus op niveau 2. De Entree-
opleiding is uitsluitend een laatste mogelijkheid.

## Artikel 8 Overdracht van middelen

8.1 De school draagt met toepassing van artikel 5.42a WVO 2020 in routejaar 1 en 2 een bedrag van EUR
900 per leerling per schooljaar over aan de instelling, bestemd voor de inzet van de docent
autotechniek bedoeld in artikel 6.3 en voor het gebruik van het diagnosecentrum.

8.2 De instelling draagt met toepassing van artikel 9.1.15 WEB in routejaar 3 een bedrag van EUR 640
per student die nog een vmbo-vak afsluit over aan de school, bestemd voor de begeleiding door de
leraar bedoeld in artikel 6.3 en voor de afname van het examen.

8.3 De bedragen worden vastgesteld op basis van de telling van 1 oktober en vóór 1 januari betaald.

## Artikel 9 Medezeggenschap

9.1 Naast de regels die voor de school (Wet medezeggenschap op scholen) en de instelling (WEB en Wet op
de ondernemingsraden) gelden, spreken partijen het volgende af.

9.2 De medezeggenschapsraad van de school en de studentenraad van de instelling wijzen elk twee leden
aan voor een routeoverleg medezeggenschap, dat eenmaal per jaar met de routeleiding vergadert en
advies uitbrengt over het jaarplan van de route.

9.3 Leerlingen in routejaar 2 mogen zich kandidaat stellen voor de studentenraad van de instelling.

## Artikel 10 Geschilbeslechting

Deze overeenkomst voorziet in de wijze van geschilbeslechting tussen de deelnemende partijen over de
uitvoering van de overeenkomst, als bedoeld in artikel 2.107b, tweede lid, WVO 2020.

## Artikel 11 Toetreding, wijziging en beëindiging

11.1 Een andere vmbo-school of mbo-instelling kan tot deze overeenkomst toetreden, indien zij het
profiel Mobiliteit en transport respectievelijk de opleiding Eerste autotechnicus aanbiedt en
partijen schriftelijk met de toetreding instemmen. De toetredende partij ondertekent deze
overeenkomst; toetreding gaat in bij de start van een schooljaar en wordt bij DUO gemeld.

11.2 Wijzigingen van deze overeenkomst worden schriftelijk overeengekomen en door alle colleges van
bestuur ondertekend, na advies van het routeoverleg medezeggenschap.

11.3 Elke partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn
van ten minste een jaar. Na opzegging worden geen nieuwe leerlingen meer geplaatst; leerlingen en
studenten die al in de route zitten, ronden deze af onder de voorwaarden van deze overeenkomst.

## Artikel 12 Slot

Deze overeenkomst wordt aangegaan voor onbepaalde tijd. Partijen melden de wijzigingen in de route
bij DUO.

Waalwijk, 30 juni 2025

<< Stichting Katholiek Voortgezet Onderwijs De Langstraat || Stichting Regionaal Opleidingencentrum Hart van Brabant
<< drs. L.A.M. van Hulten, voorzitter college van bestuur || C.J. Smulders-Akkermans MBA, voorzitter college van bestuur
""")

# ----------------------------------------------------------------------------------------------
# 396 - Midden-Holland (Gouda), gemengde/theoretische leerweg -> mbo 4 Software developer and
# Mediavormgever. PDF, plain-language "we" style with decimal numbering and a summary table.
# Fully compliant, fixed-sum funding transfer, medezeggenschap arranged.
# ----------------------------------------------------------------------------------------------
register(
    396, "gemengde_theoretische_leerweg_mbo4_ict", "pdf",
    "PDF, plain-language 'we spreken af' style with decimal numbering and an at-a-glance table; "
    "Midden-Holland (Gouda), gemengde leerweg Media, vormgeving en ICT and theoretische leerweg -> "
    "mbo 4 Software developer / Mediavormgever (middenkaderopleiding); fully compliant, fixed-sum "
    "funding transfer with purpose, mbo studentenraad open to route pupils in the vo-fase.",
    st("pppppppppp"),
    {"a": "2 Welke route we aanbieden", "b": "3 Samen met bedrijven",
     "c": "4 Wie de route leidt", "d": "5 Hoe de leiding verantwoording aflegt",
     "e": "6 Hoe de route is ingericht", "f": "7 Als een leerling overstapt",
     "g": "8 Geld", "h": "9 Meepraten", "i": "10 Als we het oneens zijn",
     "j": "11 Erbij komen, veranderen en stoppen"},
    """
= Samenwerkingsovereenkomst Doorlopende leerroute Digitaal Vakmanschap
~ van mavo naar mbo 4 - Gouwe College (Gouda) en MBO Goudse Waard

### In één oogopslag

%cols 1,3
| Onderwerp | Afspraak (uitgewerkt in de artikelen hieronder) |
| Voor wie | leerlingen van de gemengde en theoretische leerweg die in leerjaar 2 voor ICT of media kiezen |
| Diploma's | vmbo-diploma (gl of tl) en mbo-diploma niveau 4 |
| Duur | vijf routejaren in plaats van zes |
| Start | 1 augustus 2025, maximaal 30 leerlingen per cohort |

## 1 Wie we zijn

1.1 Stichting Openbaar Voortgezet Onderwijs Midden-Holland, gevestigd te Gouda, bevoegd gezag van het
Gouwe College, mavo-afdeling (gemengde en theoretische leerweg), vertegenwoordigd door de voorzitter
van het college van bestuur, mevrouw dr. I.H. Verkerk. In deze overeenkomst: de school.

1.2 Stichting Beroepsonderwijs Midden-Holland, gevestigd te Gouda, bevoegd gezag van het regionaal
opleidingencentrum MBO Goudse Waard, vertegenwoordigd door de voorzitter van het college van bestuur,
de heer K. Ouali. In deze overeenkomst: het mbo.

1.3 Met "we" bedoelen we in deze overeenkomst de school en het mbo samen. Alles wat we hier opschrijven,
is een afspraak waar we ons allebei aan houden.

## 2 Welke route we aanbieden

2.1 We bieden samen een doorlopende leerroute aan voor leerlingen in de gemengde leerweg met het
profiel Media, vormgeving en ICT, en voor leerlingen in de theoretische leerweg die het
beroepsgerichte programma van dat profiel als extra vak volgen.

2.2 De route leidt naar een van twee middenkaderopleidingen (niveau 4) van het mbo in het
opleidingsdomein ICT en creatieve industrie: Software developer of Mediavormgever. De leerling kiest
in routejaar 2 welke van de twee.

2.3 De route duurt vijf routejaren: leerjaar 3 en 4 van de mavo (routejaar 1 en 2) en drie studiejaren
mbo (routejaar 3 tot en met 5). Omdat we de overlap tussen het profiel en het eerste mbo-jaar hebben
weggehaald, is de route een jaar korter dan vmbo plus regulier mbo.

## 3 Samen met bedrijven

3.1 We werken samen met Pixelpolder (digitaal bureau, Gouda), Kaasmarkt Solutions (softwarebedrijf,
Gouda), Mediahuis Van Goor (drukkerij en vormgeving, Reeuwijk) en het ICT-werkgeversnetwerk
Midden-Holland. Deze partners hebben hun bijdrage bevestigd in een partnerverklaring (bijlage 2).

3.2 Wat zij doen:
- In routejaar 1 en 2 leveren zij per semester een echte opdracht aan (bijvoorbeeld een website of
  een campagne), die de leerlingen in groepjes uitvoeren en aan het bedrijf presenteren.
- Zij geven per schooljaar ten minste vier gastlessen en ontvangen elke klas één keer op hun kantoor.
- In de mbo-fase bieden zij stageplaatsen (bpv) en beoordelen zij de eindopdracht in routejaar 5 mee.
- Twee keer per jaar zitten zij in de adviesraad Digitaal Vakmanschap, die adviseert over de inhoud
  van het programma en de keuzedelen. De routeleiding reageert binnen een maand schriftelijk.

## 4 Wie de route leidt

4.1 De route wordt geleid door een routeleiding van drie personen: de afdelingsleider mavo van de
school, de teammanager ICT en media van het mbo, en een routecoördinator.

4.2 Het college van bestuur van de school wijst de afdelingsleider aan; het college van bestuur van
het mbo wijst de teammanager aan. De routecoördinator benoemen beide colleges samen, op voorstel van de
afdelingsleider en de teammanager, steeds voor twee schooljaren.

4.3 De routeleiding regelt het programma en het PTA/OER, het rooster, de toelating tot de route, de
inzet van leraren en docenten, de contacten met bedrijven en de overstapadviezen. Zij beslist daarover
zelf, binnen de formatie en het budget die de colleges ieder jaar vaststellen. Over het aantal
plaatsen, de formatie, het budget en het stoppen met de route beslissen de colleges van bestuur.

## 5 Hoe de leiding verantwoording aflegt

5.1 De routeleiding stuurt beide colleges van bestuur vóór 1 december en vóór 1 juli een schriftelijke
voortgangsrapportage met de aantallen leerlingen per routejaar, de doorstroom en uitval, de
examenresultaten, de stages en de besteding van het bedrag uit artikel 8.

5.2 Eén keer per jaar, in september, bespreken de colleges van bestuur met de routeleiding het
afgelopen schooljaar. De routeleiding legt daar verantwoording af; de colleges stellen daarna het
budget voor het volgende jaar vast.

5.3 Als er iets ernstigs gebeurt, zoals een sterke daling van het aantal stageplaatsen, meldt de
routeleiding dat meteen aan beide colleges.

## 6 Hoe de route is ingericht

6.1 Waar: routejaar 1 en 2 op het Gouwe College aan de Burgemeester Jamessingel in Gouda, met in
routejaar 2 elke vrijdag les in het mediahuis van het mbo aan de Goudse Waard. Routejaar 3 tot en met 5
op het mbo en bij de bedrijven.

6.2 Programma en examens: het onderwijsprogramma en de examinering per routejaar staan in ons
gezamenlijke PTA/OER (bijlage 1), met per onderdeel de vermelding vmbo, mbo of beide. Het vmbo-examen
doet de leerling in routejaar 2. In routejaar 2 doet hij ook al het mbo-examen van het onderdeel
Basis programmeren of Basis vormgeving.

6.3 Personeel: voor het profielprogramma in routejaar 1 en 2 werken twee leraren van de school en drie
docenten van het mbo als één team met teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB).
Ieder blijft verantwoordelijk voor het deel waarvoor hij bevoegd is en blijft in dienst van zijn eigen
werkgever. Het mbo zet in routejaar 1 en 2 samen 0,2 fte docent in op de school.

6.4 Faciliteiten: de school stelt het mediatheeklokaal en de laptopkarren beschikbaar; het mbo het
mediahuis met de fotostudio, de licenties voor ontwerp- en ontwikkelsoftware en het eigen
studentportaal. Leerlingen krijgen in routejaar 2 een mbo-account.

6.5 Inschrijving: in routejaar 1 en 2 staat de leerling ingeschreven bij de school, vanaf routejaar 3
bij het mbo.

## 7 Als een leerling overstapt

7.1 Soms past de route toch niet, of verhuist een leerling. Dan zorgen we er samen voor dat hij een
andere weg naar een diploma krijgt.

7.2 De afdelingsleider en de teammanager kijken samen naar het niveau dat de leerling heeft bereikt en
naar zijn leeftijd, praten met de leerling en zijn ouders en geven binnen drie weken een schriftelijk
advies. Zij nemen het besluit samen.

7.3 De mogelijkheden:
- Stopt de leerling in routejaar 1 of 2, dan maakt hij de gemengde of theoretische leerweg gewoon af op
  de school, met het vmbo-diploma als doel, en kiest hij daarna vrij een mbo-opleiding.
- Haalt hij het vmbo-diploma niet, dan kan hij het examen in routejaar 3 opnieuw doen naast het mbo, of
  zakt hij een jaar terug op de school; als zijn mbo-resultaten goed zijn, kan hij ook zonder
  vmbo-diploma verder in een opleiding van het mbo.
- Past de richting niet, dan stapt hij over naar de andere opleiding van de route of naar een andere
  opleiding op niveau 4 van het mbo, zoals Expert IT systems and devices; blijkt niveau 4 te hoog, dan
  naar een opleiding op niveau 3, zoals Allround medewerker IT systems and devices. Binnen het mbo
  gelden daarbij geen vooropleidingseisen.
- Wil hij naar een andere mbo-instelling, dan zorgen we voor een warme overdracht en geven we de
  informatie mee die nodig is voor het toelatingsonderzoek daar.

## 8 Geld

8.1 De school draagt met toepassing van artikel 5.42a WVO 2020 ieder schooljaar een vast bedrag van
EUR 18.500 over aan het mbo.

8.2 Dat bedrag is bestemd voor de 0,2 fte docent uit artikel 6.3 en voor de softwarelicenties die de
leerlingen in routejaar 1 en 2 gebruiken. Het mbo draagt niets over aan de school. Betaling vindt
plaats vóór 1 november van het lopende schooljaar.

## 9 Meepraten

9.1 Op leerlingen in de mavo-jaren en hun ouders is de Wet medezeggenschap op scholen van toepassing; op
studenten van het mbo hoofdstuk 8a WEB, en op het personeel van het mbo de Wet op de
ondernemingsraden. We spreken daar bovenop af:
- Leerlingen in routejaar 2, die al een dag per week op het mbo les hebben, mogen zich kandidaat
  stellen voor de studentenraad van het mbo en daar meebeslissen zoals andere studenten.
- De medezeggenschapsraad van de school en de studentenraad van het mbo houden één keer per jaar een
  gezamenlijke vergadering over de route, met de routeleiding erbij.

## 10 Als we het oneens zijn

10.1 Zijn we het oneens over hoe we deze overeenkomst uitvoeren, dan praat eerst de routeleiding
erover.

10.2 Is er na vier weken geen oplossing, dan gaan de twee colleges van bestuur met elkaar in gesprek.

10.3 Lukt het de colleges niet binnen acht weken, dan vragen we de Geschillencommissie
Samenwerking Onderwijs Midden-Holland (een commissie van drie onafhankelijke leden die we samen
aanwijzen) om een bindend advies. Daar houden we ons aan.

## 11 Erbij komen, veranderen en stoppen

11.1 Deze overeenkomst geldt vanaf 1 augustus 2025 zolang we haar niet opzeggen.

11.2 Een andere vo-school of mbo-instelling in Midden-Holland kan meedoen als zij het profiel of de
opleidingen uit artikel 2 aanbiedt, als we daar allebei schriftelijk mee instemmen en als zij deze
overeenkomst tekent. Zij doet dan mee vanaf het begin van een schooljaar. We melden dit bij DUO.

11.3 Veranderen doen we alleen schriftelijk, met de handtekening van beide colleges van bestuur, en
pas nadat de gezamenlijke vergadering uit artikel 9 ernaar heeft gekeken. Leerlingen die al in de
route zitten, krijgen door een verandering nooit een langere of zwaardere route.

11.4 Stoppen kan door schriftelijke opzegging, minstens twaalf maanden van tevoren, tegen het einde van
een schooljaar. Na de opzegging laten we geen nieuwe leerlingen meer toe. Wie al in de route zit, maakt
die af; lukt dat niet, dan geldt artikel 7.

## 12 Ondertekening

Gouda, 2 juli 2025

<< Stichting Openbaar Voortgezet Onderwijs Midden-Holland || Stichting Beroepsonderwijs Midden-Holland
<< dr. I.H. Verkerk, voorzitter college van bestuur || K. Ouali, voorzitter college van bestuur
""")

# === END SAMPLES ===


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
