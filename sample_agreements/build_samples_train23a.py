#!/usr/bin/env python3
"""Build training samples 349-356 for leerroute-check (batch train23a).

Written by an independent test-data author (a helper session), working only from the two
official guidance documents in shared/seeds (bouwsteen samenwerkingsovereenkomst and bouwsteen
overstapoptie), shared/domain.md and sample_agreements/LABELS.md. The checker code, its models,
tests and benchmarks, and the texts and build scripts of the other samples were NOT looked at.
All schools, instellingen, companies and people are invented.

Usage:
    python3 build_samples_train23a.py            build all samples of this batch
    python3 build_samples_train23a.py 349 352    build only those numbers
    python3 build_samples_train23a.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(num, slug, fmt, description, statuses, evidence, style=None):
    """Register a sample; the decorated function returns the list of blocks."""
    def deco(fn):
        SAMPLES[num] = dict(num=num, name="%03d_%s" % (num, slug), fmt=fmt,
                            description=description, statuses=statuses,
                            evidence=evidence, style=style or {}, blocks=fn)
        return fn
    return deco


# ---------------------------------------------------------------- block model
# ("title", text) ("sub", text) ("h", text) ("h2", text) ("p", text)
# ("li", text) / ("li2", text)  list item, label included in the text
# ("table", rows, widths)  first row is the header; widths are fractions
# ("sig", [lines_left], [lines_right])  signature block
# ("pb",)  page break        ("sp",)  small vertical space
# Inline markup: **bold** only.

BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def plain(text):
    return BOLD_RE.sub(r"\1", text)


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- PDF
def build_pdf(path, blocks, style, title):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, KeepTogether)
    from reportlab.lib import colors

    base = style.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}[base]
    size = style.get("size", 10)
    lead = size * 1.35
    align = TA_JUSTIFY if style.get("justify") else TA_LEFT
    body = ParagraphStyle("body", fontName=base, fontSize=size, leading=lead,
                          alignment=align, spaceAfter=size * 0.55)
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                                alignment=TA_CENTER, spaceAfter=8),
        "sub": ParagraphStyle("sub", fontName=base, fontSize=size + 1, leading=(size + 1) * 1.3,
                              alignment=TA_CENTER, spaceAfter=10),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                            spaceBefore=size * 0.9, spaceAfter=size * 0.4, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead,
                             spaceBefore=size * 0.5, spaceAfter=size * 0.3, keepWithNext=1),
        "p": body,
        "li": ParagraphStyle("li", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm),
        "li2": ParagraphStyle("li2", parent=body, leftIndent=15 * mm, firstLineIndent=-6 * mm),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellh": ParagraphStyle("cellh", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.3),
    }
    if style.get("caps_headings"):
        st["h"].fontSize = size
    header_text = style.get("header", "")
    footer_text = style.get("footer", "")

    def markup(text):
        return BOLD_RE.sub(r"<b>\1</b>", xml_escape(text))

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(base, 7.5)
        if header_text:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header_text)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, "%s%d" % (footer_text, doc.page))
        canvas.restoreState()

    story = []
    width = A4[0] - 44 * mm
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "h2", "p", "li", "li2"):
            text = b[1]
            if kind == "h" and style.get("caps_headings"):
                text = text.upper()
            story.append(Paragraph(markup(text), st[kind]))
        elif kind == "sp":
            story.append(Spacer(1, 4 * mm))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(markup(c), st["cellh" if i == 0 else "cell"]) for c in row])
            t = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        elif kind == "sig":
            left, right = b[1], b[2]
            cell = lambda lines: [Paragraph(markup(x), st["p"]) for x in lines]
            t = Table([[cell(left), cell(right)]], colWidths=[width / 2, width / 2])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([Spacer(1, 6 * mm), t]))
        else:
            raise ValueError(kind)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=title,
                            author=style.get("author", ""), subject="", creator="",
                            producer="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- DOCX
def build_docx(path, blocks, style, title):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    font = style.get("font", "Calibri")
    size = style.get("size", 10.5)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = Cm(2.0)
        sec.bottom_margin = Cm(2.0)
        if style.get("header"):
            sec.header.paragraphs[0].text = style["header"]
    cp = doc.core_properties
    cp.title = title
    cp.author = style.get("author", "")
    cp.last_modified_by = style.get("author", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""

    def add_runs(par, text, force_bold=False):
        pos = 0
        for m in BOLD_RE.finditer(text):
            if m.start() > pos:
                r = par.add_run(text[pos:m.start()])
                r.bold = force_bold or None
            r = par.add_run(m.group(1))
            r.bold = True
            pos = m.end()
        if pos < len(text):
            r = par.add_run(text[pos:])
            r.bold = force_bold or None

    heading_style = style.get("heading_style", True)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, b[1], True)
            for r in p.runs:
                r.font.size = Pt(size + 5)
        elif kind == "sub":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, b[1])
        elif kind in ("h", "h2"):
            if heading_style:
                p = doc.add_heading(level=1 if kind == "h" else 2)
                add_runs(p, b[1])
            else:
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(8)
                p.paragraph_format.keep_with_next = True
                add_runs(p, b[1], True)
        elif kind == "p":
            p = doc.add_paragraph()
            add_runs(p, b[1])
        elif kind in ("li", "li2"):
            p = doc.add_paragraph()
            ind = Cm(0.9 if kind == "li" else 1.7)
            p.paragraph_format.left_indent = ind
            p.paragraph_format.first_line_indent = Cm(-0.7)
            add_runs(p, b[1])
        elif kind == "sp":
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "table":
            rows, widths = b[1], b[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(16.4 * w)
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.width = Cm(16.4 * widths[j])
                    par = cell.paragraphs[0]
                    add_runs(par, c, i == 0)
            doc.add_paragraph()
        elif kind == "sig":
            t = doc.add_table(rows=1, cols=2)
            for j, lines in enumerate((b[1], b[2])):
                cell = t.cell(0, j)
                cell.paragraphs[0].text = ""
                add_runs(cell.paragraphs[0], lines[0])
                for x in lines[1:]:
                    add_runs(cell.add_paragraph(), x)
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so that rebuilds are byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- TXT / MD
def build_text(path, blocks, style, md):
    width = style.get("width", 92)
    out = []

    def wrap(text, indent="", sub=""):
        return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=sub,
                             break_long_words=False, break_on_hyphens=False)

    prev = None
    for b in blocks:
        kind = b[0]
        t = b[1] if len(b) > 1 and isinstance(b[1], str) else ""
        if not md:
            t = plain(t)
        if kind == "title":
            if md:
                out += ["# " + t, ""]
            else:
                out += [t.upper(), "=" * min(len(t), width), ""]
        elif kind == "sub":
            out += [wrap(t), ""]
        elif kind == "h":
            if md:
                out += ["## " + t, ""]
            else:
                head = t.upper() if style.get("caps_headings") else t
                out += ["", head, "-" * min(len(head), width) if style.get("underline") else "", ""]
                if not style.get("underline"):
                    out.pop()
        elif kind == "h2":
            out += [("### " + t) if md else t, ""]
        elif kind == "p":
            out += [wrap(t), ""]
        elif kind == "li":
            label, _, rest = t.partition(" ")
            if md and t.startswith("- "):
                if out and out[-1] == "" and prev == "li":
                    out.pop()
                out += [wrap(t, "", "  "), ""]
            else:
                pad = " " * (len(label) + 1)
                out += [wrap(t, "", pad), ""]
        elif kind == "li2":
            label, _, rest = t.partition(" ")
            pad = "    " + " " * (len(label) + 1)
            out += [wrap(t, "    ", pad), ""]
        elif kind == "sp":
            out += [""]
        elif kind == "pb":
            out += ["", ""]
        elif kind == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "|".join(["---"] * len(rows[0])) + "|")
                for r in rows[1:]:
                    out.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
                out.append("")
            else:
                for r in rows[1:]:
                    for h, c in zip(rows[0], r):
                        out.append(wrap(plain(h) + ": " + plain(c), "", "    "))
                    out.append("")
        elif kind == "sig":
            for side in (b[1], b[2]):
                lines = [x if md else plain(x) for x in side if x]
                if md:
                    lines = [x + "\\" for x in lines[:-1]] + lines[-1:]
                out += lines + [""]
        else:
            raise ValueError(kind)
        prev = kind
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- extraction for --check
def extract_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
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
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
        # also read the raw XML, to be sure text in any part is found
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        assert "<w:body>" in xml
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


def expected_of(s):
    return {"description": s["description"], "split": "train",
            "statuses": s["statuses"], "evidence": s["evidence"]}


def build(num):
    s = SAMPLES[num]
    blocks = s["blocks"]()
    path = os.path.join(HERE, s["name"] + "." + s["fmt"])
    title = plain(next(b[1] for b in blocks if b[0] == "title"))
    if s["fmt"] == "pdf":
        build_pdf(path, blocks, s["style"], title)
    elif s["fmt"] == "docx":
        build_docx(path, blocks, s["style"], title)
    else:
        build_text(path, blocks, s["style"], md=(s["fmt"] == "md"))
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected_of(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


def check():
    ok = True
    fmts = {}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        errs = []
        if not re.fullmatch(r"\d{3}_[a-z0-9_]+", s["name"]):
            errs.append("bad name")
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            text = norm(extract_text(path))
            if len(text) < 400:
                errs.append("text too short")
            for k, v in s["evidence"].items():
                if s["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(v) not in text:
                    errs.append("evidence %s not found: %r" % (k, v))
        st = s["statuses"]
        if sorted(st) != list("abcdefghij") or not set(st.values()) <= {
                "present", "weak", "missing", "not_applicable"}:
            errs.append("bad statuses")
        jp = os.path.join(HERE, s["name"] + ".expected.json")
        if not os.path.exists(jp):
            errs.append("missing expected.json")
        else:
            with open(jp, encoding="utf-8") as f:
                if json.load(f) != expected_of(s):
                    errs.append("expected.json differs from table")
        print("%-75s %s" % (s["name"] + "." + s["fmt"], "OK" if not errs else "; ".join(errs)))
        ok = ok and not errs
    print("formats:", fmts)
    return ok


P = lambda t: ("p", t)
H = lambda t: ("h", t)
H2 = lambda t: ("h2", t)
L = lambda t: ("li", t)
L2 = lambda t: ("li2", t)


# ================================================================ agreements

@sample(349, "juristencontract_subleden_techniekcollege_rijssen_verspaner", "pdf",
        "Long, dense lawyer's contract (PDF) with leden and sub-leden between a Rijssen vmbo school and a "
        "technical vakinstelling, PIE kb -> Allround CNC-verspaner niveau 3; fully compliant in its own "
        "legal vocabulary (Routebestuur, rekenschap, voortzetting, inspraak), funding transfer with "
        "amount and purpose, toetreding and beeindiging over two articles.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="present", i="present", j="present"),
        dict(a="Artikel 2 – Voorwerp en reikwijdte",
             b="Artikel 8 – Inbreng van de regionale maakindustrie",
             c="Artikel 4 – Routebestuur",
             d="Artikel 5 – Informatieplicht en rekenschap",
             e="Artikel 7 – Personeel en voorzieningen",
             f="Artikel 9 – Voortzetting bij voortijdig verlaten van de Route",
             g="Artikel 10 – Financiële bepalingen",
             h="Artikel 11 – Inspraak en vertegenwoordiging",
             i="Artikel 15 – Geschillen",
             j="Artikel 14 – Duur, opzegging, ontbinding en wijziging"),
        style=dict(font="Times-Roman", size=10, justify=True,
                   header="Reggestreek College / Techniek College Twente-Salland – SOK DLR Verspanen – "
                          "definitieve tekst 12 mei 2025",
                   footer="pagina ", author="Kamphuis & Brinkman Onderwijsrecht"))
def s349():
    return [
        ("title", "SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO"),
        ("sub", "Produceren, installeren en energie (kaderberoepsgerichte leerweg) – Allround "
                "CNC-verspaner (niveau 3)"),
        P("**DE ONDERGETEKENDEN:**"),
        L("1. de stichting **Stichting Voortgezet Onderwijs Reggestreek**, statutair gevestigd te Rijssen, "
          "kantoorhoudende aan de Haarstraat 41 (7462 AL) te Rijssen, ingeschreven in het handelsregister "
          "van de Kamer van Koophandel onder nummer 41023867, bevoegd gezag van het Reggestreek College, "
          "te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, "
          "mr. drs. H.J. Kamphuis, hierna: \"de School\";"),
        L("2. de stichting **Stichting Technisch Beroepsonderwijs Twente-Salland**, statutair gevestigd te "
          "Almelo, kantoorhoudende aan de Turbinestraat 8 (7609 RE) te Almelo, ingeschreven in het "
          "handelsregister van de Kamer van Koophandel onder nummer 08157734, bevoegd gezag van de "
          "vakinstelling Techniek College Twente-Salland, te dezen rechtsgeldig vertegenwoordigd door de "
          "voorzitter van de raad van bestuur, ing. M.A. ter Horst MBA, hierna: \"het College\";"),
        P("hierna gezamenlijk te noemen: \"Partijen\" en ieder afzonderlijk: \"Partij\","),
        P("**NEMEN HET VOLGENDE IN AANMERKING:**"),
        L("A. De School verzorgt voorbereidend middelbaar beroepsonderwijs in onder meer de "
          "kaderberoepsgerichte leerweg."),
        L("B. Het College is een instelling voor beroepsonderwijs als bedoeld in de Wet educatie en "
          "beroepsonderwijs en verzorgt onder meer beroepsopleidingen in de metaalbewerking."),
        L("C. Partijen beogen leerlingen vanaf het derde leerjaar van de School een ononderbroken leerweg "
          "naar een mbo-diploma op niveau 3 te bieden, zonder overlap in leerstof en met een vroegtijdige "
          "kennismaking met de beroepspraktijk."),
        L("D. Artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en "
          "beroepsonderwijs bepalen dat een doorlopende leerroute wordt verzorgd op grond van een "
          "samenwerkingsovereenkomst."),
        L("E. Partijen wensen hun afspraken daartoe in deze overeenkomst vast te leggen."),
        P("**VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:**"),

        H("Artikel 1 – Begrippen"),
        L("1.1 In deze overeenkomst wordt verstaan onder:"),
        L2("a. Route: de doorlopende leerroute vmbo-mbo als omschreven in artikel 2;"),
        L2("b. Deelnemer: de leerling die aan de Route deelneemt, alsmede, vanaf diens inschrijving bij "
           "het College, de student die aan de Route deelneemt;"),
        L2("c. vo-fase: de eerste twee leerjaren van de Route, waarin de Deelnemer bij de School is "
           "ingeschreven;"),
        L2("d. mbo-fase: het derde en de volgende leerjaren van de Route, waarin de Deelnemer bij het "
           "College is ingeschreven;"),
        L2("e. Routeprogramma: het door Partijen gezamenlijk vastgestelde programma van onderwijs, "
           "examinering en beroepspraktijkvorming per leerjaar, bestaande uit het programma van toetsing "
           "en afsluiting van de School en de onderwijs- en examenregeling van het College, voor zover "
           "die op de Route betrekking hebben;"),
        L2("f. Bestuurders: de organen die krachtens de statuten van Partijen het bevoegd gezag "
           "uitoefenen;"),
        L2("g. schooljaar: de periode van 1 augustus tot en met 31 juli van het daaropvolgende jaar."),

        H("Artikel 2 – Voorwerp en reikwijdte"),
        L("2.1 Partijen verzorgen gezamenlijk een Route die aanvangt in het derde leerjaar van de "
          "kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie, van de School en "
          "die leidt tot:"),
        L2("a. het diploma vmbo kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie; "
           "en"),
        L2("b. het diploma van de vakopleiding Allround CNC-verspaner, niveau 3, in het opleidingsdomein "
           "Techniek en procesindustrie, in de beroepsopleidende leerweg van het College."),
        L("2.2 De Route omvat ten hoogste vijf leerjaren, waarvan twee in de vo-fase. Voor Deelnemers "
          "voor wie dat naar het oordeel van het Routebestuur verantwoord is, kan de mbo-fase met ten "
          "hoogste één leerjaar worden verkort."),
        L("2.3 De jaarlijkse instroom bedraagt ten hoogste vierentwintig Deelnemers, tenzij de "
          "Bestuurders anders besluiten."),

        H("Artikel 3 – Kennisgeving en inschrijving"),
        L("3.1 Partijen geven de Route gezamenlijk kennis aan de Minister door registratie in het "
          "Register Instellingen en Opleidingen, uiterlijk voor de aanvang van het eerste schooljaar "
          "waarin Deelnemers instromen."),
        L("3.2 In de vo-fase is de Deelnemer ingeschreven bij de School; met ingang van het derde "
          "leerjaar van de Route wordt hij bij de School uitgeschreven en bij het College ingeschreven, "
          "met dien verstande dat een Deelnemer die het vmbo-diploma nog niet heeft behaald voor de "
          "afronding van het vmbo-examen bij de School ingeschreven blijft."),

        H("Artikel 4 – Routebestuur"),
        L("4.1 Partijen stellen een Routebestuur in, dat is belast met de dagelijkse leiding over de "
          "Route."),
        L("4.2 Het Routebestuur bestaat uit:"),
        L2("a. de afdelingsdirecteur vmbo-techniek van de School;"),
        L2("b. de teamdirecteur Metaal en Maakindustrie van het College; en"),
        L2("c. de routecoördinator, die het Routebestuur als secretaris ondersteunt en daarin een "
           "adviserende stem heeft."),
        L("4.3 De leden bedoeld in lid 2, onder a en b, worden aangewezen door de Bestuurder van de Partij "
          "bij wie zij in dienst zijn; bij een vacature voorziet die Bestuurder binnen acht weken in de "
          "vervulling daarvan. De routecoördinator wordt op gezamenlijke voordracht van de leden bedoeld "
          "onder a en b door de Bestuurders gezamenlijk aangesteld voor een periode van drie schooljaren, "
          "welke periode eenmaal kan worden verlengd."),
        L("4.4 De Bestuurders dragen aan het Routebestuur op:"),
        L2("a. het jaarlijks vóór 1 juni opstellen van het Routeprogramma voor het volgende schooljaar en "
           "het ter vaststelling voorleggen daarvan aan de Bestuurders;"),
        L2("b. de roostering, de verdeling van de lesgevende taken binnen het routeteam bedoeld in "
           "artikel 7 en de planning van de beroepspraktijkvorming;"),
        L2("c. de toelating van leerlingen tot de Route overeenkomstig de door de Bestuurders vastgestelde "
           "toelatingsprocedure;"),
        L2("d. het onderhouden van de contacten met de ondernemingen bedoeld in artikel 8; en"),
        L2("e. de kwaliteitszorg van de Route, waaronder een jaarlijkse evaluatie onder Deelnemers, "
           "ouders en leerbedrijven."),
        L("4.5 Het Routebestuur is bevoegd:"),
        L2("a. binnen het door de Bestuurders vastgestelde routebudget uitgaven te doen en verplichtingen "
           "aan te gaan tot een bedrag van € 15.000 per geval;"),
        L2("b. namens Partijen praktijkovereenkomsten met leerbedrijven te sluiten, voor zover deze geen "
           "financiële verplichtingen buiten het routebudget meebrengen; en"),
        L2("c. werkinstructies voor het routeteam vast te stellen."),
        L("4.6 Besluiten over de vaststelling van het Routeprogramma, het routebudget, de jaarlijkse "
          "instroomcapaciteit en de rechtspositie van individuele personeelsleden blijven voorbehouden "
          "aan de Bestuurders."),
        L("4.7 Het Routebestuur besluit bij consensus van de leden bedoeld in lid 2, onder a en b. Wordt "
          "over een onderwerp binnen twee vergaderingen geen consensus bereikt, dan wordt het onderwerp "
          "aan de Bestuurders voorgelegd."),

        H("Artikel 5 – Informatieplicht en rekenschap"),
        L("5.1 Het Routebestuur houdt de Bestuurders gevraagd en ongevraagd op de hoogte van alle "
          "ontwikkelingen die voor de Route van wezenlijk belang zijn."),
        L("5.2 Het Routebestuur legt over ieder schooljaar rekenschap af aan beide Bestuurders door "
          "middel van een schriftelijk routejaarverslag, dat uiterlijk op 1 november na afloop van het "
          "schooljaar wordt toegezonden en dat ten minste bevat:"),
        L2("a. de in-, door- en uitstroom van Deelnemers per leerjaar, waaronder het aantal Deelnemers "
           "dat de Route overeenkomstig artikel 9 heeft verlaten;"),
        L2("b. de examenresultaten vmbo en mbo;"),
        L2("c. de besteding van het routebudget en van de middelen bedoeld in artikel 10; en"),
        L2("d. de uitkomsten van de evaluatie bedoeld in artikel 4.4, onder e."),
        L("5.3 In de maand maart legt het Routebestuur aan de Bestuurders een beknopte tussenrapportage "
          "voor over de realisatie van het routebudget en de actuele aantallen Deelnemers."),
        L("5.4 Het routejaarverslag wordt besproken in het bestuurlijk overleg dat Partijen ten minste "
          "eenmaal per schooljaar, in de maand november of december, voeren. In dat overleg verlenen de "
          "Bestuurders het Routebestuur decharge voor het gevoerde beheer, dan wel geven zij het "
          "Routebestuur aanwijzingen."),

        H("Artikel 6 – Onderwijskundige en organisatorische vormgeving"),
        L("6.1 Het onderwijs in de vo-fase wordt verzorgd in het gebouw van de School aan de Haarstraat "
          "te Rijssen, met dien verstande dat de Deelnemers in het tweede leerjaar van de Route één dag "
          "per week praktijkonderwijs volgen in de leerwerkplaats Verspanen van het College te Almelo. "
          "Het onderwijs in de mbo-fase wordt verzorgd op de locatie van het College te Almelo en bij de "
          "leerbedrijven bedoeld in artikel 8."),
        L("6.2 Het Routeprogramma beschrijft per leerjaar welke onderdelen tot het vmbo-programma "
          "behoren, welke tot het mbo-programma en welke vakoverstijgend of gecombineerd zijn, alsmede "
          "de examinering en de beroepspraktijkvorming per leerjaar. Het Routeprogramma wordt jaarlijks "
          "vóór 1 juli door beide Bestuurders vastgesteld en aan Deelnemers en ouders bekendgemaakt."),
        L("6.3 Het centraal examen vmbo wordt in de regel afgenomen aan het einde van het tweede "
          "leerjaar van de Route. Het College kan vanaf het eerste leerjaar van de Route onderdelen van "
          "het mbo-examen afnemen."),
        L("6.4 De klachtenregeling van elk van Partijen is mede van toepassing op gedragingen van het "
          "personeel en de Bestuurder van de andere Partij die verband houden met de Route. Een klacht "
          "die bij de School wordt ingediend over een gedraging van een personeelslid van het College, "
          "zendt de School binnen vijf werkdagen door aan het College, dat de klacht mede behandelt en de "
          "School over de afhandeling informeert."),

        H("Artikel 7 – Personeel en voorzieningen"),
        L("7.1 Het onderwijs in de Route wordt verzorgd door één routeteam, bestaande uit docenten van de "
          "School (ten minste de docenten van het profielvak, Nederlands, wiskunde en Engels) en "
          "docenten en instructeurs van het College (verspanen, CNC-programmeren en technisch tekenen)."),
        L("7.2 Voor de onderdelen die in het Routeprogramma als vakoverstijgend zijn aangeduid, maken "
          "Partijen gebruik van de teambevoegdheid als bedoeld in artikel 7.13a van de Wet voortgezet "
          "onderwijs 2020 en artikel 9.1.12 van de Wet educatie en beroepsonderwijs, met dien verstande "
          "dat:"),
        L2("a. ieder lid van het routeteam:"),
        L2("(i) bevoegd is voor ten minste één vak van het vmbo-programma, of"),
        L2("(ii) voldoet aan de eisen van artikel 4.2.1 van de Wet educatie en beroepsonderwijs;"),
        L2("b. het routeteam gezamenlijk alle vakken en programmaonderdelen bestrijkt; en"),
        L2("c. ieder teamlid verantwoordelijk blijft voor het onderdeel waarvoor hij bevoegd is."),
        L("7.3 Het College stelt voor de vo-fase per schooljaar ten minste 0,6 fte instructeur verspanen "
          "beschikbaar; de School stelt voor de mbo-fase ten minste 0,2 fte docent Nederlands en rekenen "
          "beschikbaar ten behoeve van de generieke onderdelen. Personeelsleden blijven in dienst van "
          "de eigen Partij en vallen onder diens rechtspositieregeling; zij nemen de huisregels in acht "
          "van de Partij op wier locatie zij werkzaam zijn."),
        L("7.4 Het College stelt de leerwerkplaats Verspanen, waaronder het CNC-machinepark, de meetkamer "
          "en de CAD/CAM-werkplekken, kosteloos ter beschikking voor de praktijklessen van de Route, ook "
          "in de vo-fase. De School stelt haar praktijklokalen en haar mediatheek open voor Deelnemers "
          "in de mbo-fase die nog onderdelen van het vmbo-examen afronden."),
        L("7.5 Iedere Partij draagt zorg voor de verzekering van haar eigen personeel en voor de "
          "veiligheidsinstructie van Deelnemers op haar locatie. Persoonlijke beschermingsmiddelen "
          "worden door het College verstrekt."),

        H("Artikel 8 – Inbreng van de regionale maakindustrie"),
        L("8.1 Partijen betrekken bij de invulling van de Route de ondernemingen die deelnemen in de "
          "Kenniskring Verspaning Twente-Salland, een samenwerkingsverband van thans elf "
          "metaalbewerkingsbedrijven, waaronder Hulshof Precisietechniek B.V. te Rijssen, Machinefabriek "
          "Nijenhuis te Holten en Tubantia Fijnmechanica B.V. te Almelo."),
        L("8.2 De ondernemingen bedoeld in lid 1:"),
        L2("a. adviseren het Routebestuur tweemaal per schooljaar, in oktober en in april, over de inhoud "
           "van het Routeprogramma en de aansluiting daarvan op de ontwikkelingen in de branche;"),
        L2("b. bieden in de vo-fase bedrijfsbezoeken en snuffelstages aan en stellen in de mbo-fase "
           "plaatsen voor de beroepspraktijkvorming beschikbaar bij daartoe erkende leerbedrijven;"),
        L2("c. leveren ieder schooljaar ten minste twee praktijkopdrachten aan, die in het Routeprogramma "
           "worden verwerkt; en"),
        L2("d. leveren de praktijkbeoordelaar bij de proeve van bekwaamheid in het laatste leerjaar."),
        L("8.3 Het Routebestuur legt de afspraken bedoeld in lid 2 jaarlijks vast in een convenant met "
          "de Kenniskring, dat als bijlage 2 bij deze overeenkomst wordt gevoegd."),

        H("Artikel 9 – Voortzetting bij voortijdig verlaten van de Route"),
        L("9.1 Eindigt de deelname van een Deelnemer aan de Route voordat hij deze met goed gevolg heeft "
          "voltooid, dan bieden Partijen hem een vervolg dat leidt tot een vmbo-diploma of een diploma "
          "van een beroepsopleiding."),
        L("9.2 Welk vervolg passend is, wordt beoordeeld aan de hand van het door de Deelnemer bereikte "
          "onderwijsniveau en zijn leeftijd. Het oordeel wordt voorbereid door de routecoördinator en "
          "de mentor of studieloopbaanbegeleider van de Deelnemer, na een gesprek met de Deelnemer en, "
          "indien hij minderjarig is, met zijn ouders, en wordt namens beide Partijen schriftelijk "
          "vastgesteld door de leden van het Routebestuur bedoeld in artikel 4.2, onder a en b."),
        L("9.3 Daarbij gelden de volgende uitgangspunten:"),
        L2("a. verlaat de Deelnemer de Route in de vo-fase, dan zet hij zijn opleiding voort in de "
           "reguliere kaderberoepsgerichte leerweg van de School, in hetzelfde of, desgewenst, een ander "
           "profiel, gericht op het behalen van het vmbo-diploma;"),
        L2("b. heeft de Deelnemer het vmbo-diploma behaald maar kiest hij voor een andere richting, dan "
           "kan hij instromen in een andere vakopleiding op niveau 3 van het College of worden begeleid "
           "naar een vergelijkbare opleiding van een andere instelling in de regio;"),
        L2("c. heeft de Deelnemer aan het einde van het derde leerjaar van de Route het vmbo-diploma niet "
           "behaald, dan kan hij, afhankelijk van de behaalde vo- en mbo-onderdelen, hetzij het "
           "examenjaar bij de School herhalen, hetzij zonder vmbo-diploma de opleiding Verspaner "
           "(niveau 2) of een andere opleiding van vergelijkbaar niveau bij het College volgen; het "
           "College stelt daarbij geen vooropleidingseisen;"),
        L2("d. wenst de Deelnemer over te stappen naar een andere instelling, dan verleent het College "
           "medewerking aan een eventueel geschiktheidsonderzoek van die instelling en verstrekt het, "
           "met toestemming van de Deelnemer, een overzicht van de behaalde onderdelen."),
        L("9.4 De School blijft verantwoordelijk voor de afronding van het vmbo-eindexamen van een "
          "Deelnemer die reeds bij het College is ingeschreven."),

        H("Artikel 10 – Financiële bepalingen"),
        L("10.1 De School draagt met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 "
          "aan het College over een bedrag van € 1.250 (zegge: twaalfhonderdvijftig euro) per Deelnemer "
          "per schooljaar voor iedere Deelnemer in de vo-fase, naar de stand van de inschrijving op "
          "1 oktober."),
        L("10.2 Het bedrag bedoeld in lid 1 is bestemd voor de kosten van de door het College in de "
          "vo-fase verzorgde praktijklessen verspanen, te weten de inzet van de instructeur bedoeld in "
          "artikel 7.3, het gebruik van het machinepark en het verbruiksmateriaal."),
        L("10.3 Het College draagt in de mbo-fase geen bekostiging over aan de School; de inzet van de "
          "School bedoeld in artikel 7.3 wordt om niet verricht."),
        L("10.4 Het College factureert het bedrag bedoeld in lid 1 in twee gelijke termijnen, op "
          "1 december en op 1 mei. Het bedrag wordt jaarlijks per 1 augustus geïndexeerd met het "
          "percentage waarmee de lumpsumbekostiging voortgezet onderwijs is aangepast."),

        H("Artikel 11 – Inspraak en vertegenwoordiging"),
        L("11.1 Voor Deelnemers in de vo-fase en hun ouders is de medezeggenschapsraad van de School "
          "het aanspreekpunt, voor Deelnemers in de mbo-fase de studentenraad van het College. In "
          "aanvulling daarop komen Partijen het volgende overeen:"),
        L2("a. de Deelnemers in het tweede leerjaar van de Route kiezen uit hun midden één "
           "vertegenwoordiger, die de vergaderingen van de studentenraad van het College met spreekrecht "
           "bijwoont;"),
        L2("b. een voorgenomen besluit over een wezenlijke wijziging van de Route wordt gelijktijdig voor "
           "advies voorgelegd aan de medezeggenschapsraad van de School en aan de studentenraad van het "
           "College; en"),
        L2("c. eenmaal per schooljaar wordt een gezamenlijke bijeenkomst belegd van de personeelsgeleding "
           "van de medezeggenschapsraad van de School en de ondernemingsraad van het College, waarin het "
           "routejaarverslag wordt toegelicht."),

        H("Artikel 12 – Persoonsgegevens en aansprakelijkheid"),
        L("12.1 Partijen wisselen persoonsgegevens van Deelnemers uitsluitend uit voor zover dat voor de "
          "uitvoering van de Route noodzakelijk is en met inachtneming van de Algemene verordening "
          "gegevensbescherming. Zij leggen de uitwisseling vast in een afzonderlijke "
          "gegevensuitwisselingsovereenkomst."),
        L("12.2 Iedere Partij is aansprakelijk voor schade die voortvloeit uit handelen of nalaten van "
          "haar eigen personeel. Partijen vrijwaren elkaar voor aanspraken van derden ter zake."),

        H("Artikel 13 – Toetreding van nieuwe partijen"),
        L("13.1 Een andere school voor voorbereidend middelbaar beroepsonderwijs of een andere instelling "
          "voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien:"),
        L2("a. zij het profiel Produceren, installeren en energie aanbiedt dan wel een aan de Route "
           "verwante beroepsopleiding verzorgt;"),
        L2("b. de Bestuurders van alle Partijen schriftelijk met de toetreding instemmen; en"),
        L2("c. de toetredende partij door ondertekening van een toetredingsakte alle rechten en "
           "verplichtingen uit deze overeenkomst aanvaardt."),
        L("13.2 Toetreding geschiedt met ingang van een nieuw schooljaar en laat de rechten van "
          "Deelnemers die op dat moment aan de Route deelnemen onverlet; hun Routeprogramma wordt als "
          "gevolg van de toetreding niet gewijzigd."),
        L("13.3 Na toetreding dragen Partijen zorg voor de kennisgeving van de gewijzigde samenwerking "
          "overeenkomstig artikel 3.1."),

        H("Artikel 14 – Duur, opzegging, ontbinding en wijziging"),
        L("14.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
          "onbepaalde tijd."),
        L("14.2 Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen het einde van "
          "een schooljaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden."),
        L("14.3 Iedere Partij kan deze overeenkomst met onmiddellijke ingang geheel of gedeeltelijk "
          "ontbinden, indien de andere Partij:"),
        L2("a. de bekostiging of de bevoegdheid tot het verzorgen van het desbetreffende onderwijs "
           "verliest; of"),
        L2("b. in verzuim is en dat verzuim niet binnen zestig dagen na een schriftelijke "
           "ingebrekestelling heeft hersteld."),
        L("14.4 Na opzegging of ontbinding worden geen nieuwe Deelnemers meer toegelaten. Partijen blijven "
          "gehouden de Route te verzorgen voor de Deelnemers die op het tijdstip van beëindiging aan de "
          "Route deelnemen, totdat dezen de Route hebben voltooid of deze overeenkomstig artikel 9 hebben "
          "verlaten; de bepalingen van deze overeenkomst blijven daartoe van kracht. Is voortzetting "
          "feitelijk onmogelijk, dan bieden Partijen iedere Deelnemer een vervolg als bedoeld in "
          "artikel 9."),
        L("14.5 Een wijziging van deze overeenkomst is slechts geldig indien zij schriftelijk is "
          "overeengekomen en door de Bestuurders van alle Partijen is ondertekend. Een wijziging die het "
          "Routeprogramma van reeds ingeschreven Deelnemers raakt, treedt niet eerder in werking dan met "
          "ingang van het volgende schooljaar en niet voordat de Deelnemers en hun ouders ten minste drie "
          "maanden tevoren zijn geïnformeerd."),
        L("14.6 Partijen evalueren deze overeenkomst eenmaal per vier jaar, voor het eerst in het "
          "schooljaar 2028-2029."),

        H("Artikel 15 – Geschillen"),
        L("15.1 Een geschil tussen Partijen over de uitleg of de uitvoering van deze overeenkomst wordt "
          "eerst besproken in het Routebestuur."),
        L("15.2 Leidt de bespreking bedoeld in lid 1 niet binnen vier weken tot een oplossing, dan kan "
          "iedere Partij het geschil voorleggen aan de Bestuurders, die binnen vier weken na die "
          "voorlegging met elkaar in overleg treden."),
        L("15.3 Is het geschil binnen zes weken na het overleg bedoeld in lid 2 niet opgelost, dan "
          "leggen Partijen het voor aan een door hen gezamenlijk aan te wijzen registermediator."),
        L("15.4 Leidt de mediation niet binnen drie maanden tot een oplossing, dan wordt het geschil "
          "beslecht door de bevoegde rechter van de Rechtbank Overijssel, locatie Almelo."),
        L("15.5 Zolang een geschil aanhangig is, zetten Partijen de uitvoering van de Route voor de "
          "Deelnemers onverminderd voort."),

        H("Artikel 16 – Slotbepalingen"),
        L("16.1 Op deze overeenkomst is Nederlands recht van toepassing."),
        L("16.2 De volgende bijlagen maken deel uit van deze overeenkomst: Bijlage 1 Routeprogramma "
          "2025-2026; Bijlage 2 Convenant Kenniskring Verspaning Twente-Salland. Bij strijdigheid "
          "tussen een bijlage en deze overeenkomst prevaleert de overeenkomst."),
        L("16.3 Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige bepalingen "
          "onverkort van kracht en vervangen Partijen de nietige bepaling door een geldige bepaling die "
          "de strekking daarvan zo dicht mogelijk benadert."),
        P("Aldus overeengekomen en in tweevoud getekend,"),
        ("sig", ["Rijssen, 12 mei 2025", "**Stichting Voortgezet Onderwijs Reggestreek**",
                 "", "______________________", "mr. drs. H.J. Kamphuis", "voorzitter college van bestuur"],
                ["Almelo, 12 mei 2025", "**Stichting Technisch Beroepsonderwijs Twente-Salland**",
                 "", "______________________", "ing. M.A. ter Horst MBA", "voorzitter raad van bestuur"]),
    ]


@sample(350, "aoc_groene_route_westerwolde_groene_ruimte", "docx",
        "Green-sector DOCX agreement between a Westerwolde vmbo school and an AOC (Groen kb -> Vakbekwaam "
        "medewerker groene ruimte niveau 3), plain practical headings; defects: overstap inside the AOC "
        "made conditional on the vmbo diploma and decided by the AOC alone (f weak), lumpsum share "
        "transferred with a purpose but no amount, left to the yearly budget (g weak); medezeggenschap "
        "only described as the law (h not_applicable).",
        dict(a="present", b="present", c="present", d="present", e="present", f="weak",
             g="weak", h="not_applicable", i="present", j="present"),
        dict(a="2. Welke route",
             b="3. Praktijkpartners in de streek",
             c="4. Kernteam",
             d="5. Verslag aan de besturen",
             e="6. Uitvoering: plaats, mensen en middelen",
             i="10. Als we er samen niet uitkomen",
             j="11. Nieuwe deelnemers, stoppen en aanpassen"),
        style=dict(font="Calibri", size=10.5, author="AOC Veenkoloniën - onderwijsbureau",
                   header="Groene Leerroute Westerwolde - samenwerkingsovereenkomst 2025"))
def s350():
    return [
        ("title", "Samenwerkingsovereenkomst Groene Leerroute Westerwolde"),
        ("sub", "doorlopende leerroute vmbo-mbo, profiel Groen - groene ruimte"),
        H("1. Wie tekenen"),
        P("**Stichting Openbaar Voortgezet Onderwijs Westerwolde**, bevoegd gezag van het Ruiten-Aa "
          "College te Ter Apel, vertegenwoordigd door de rector-bestuurder, mevrouw drs. A.G. Huizing "
          "(verder: de school),"),
        P("en"),
        P("**Stichting Agrarisch Opleidingscentrum De Veenkoloniën**, bevoegd gezag van AOC "
          "Veenkoloniën, met een mbo-locatie te Vlagtwedde, vertegenwoordigd door de voorzitter van het "
          "college van bestuur, de heer ir. J.H. Bolhuis (verder: het AOC),"),
        P("spreken het volgende af over de doorlopende leerroute die zij vanaf het schooljaar 2025-2026 "
          "samen verzorgen. Beide partijen melden de route ieder voor zich bij DUO (RIO) aan."),

        H("2. Welke route"),
        P("Het gaat om de groene route: het profiel Groen in de kaderberoepsgerichte leerweg, leerjaar 3 "
          "en 4 van het Ruiten-Aa College, met daarop aansluitend de mbo-opleiding Vakbekwaam medewerker "
          "groene ruimte (niveau 3, BOL) van het AOC, in het opleidingsdomein Voedsel, natuur en "
          "leefomgeving. In het tweede jaar van de mbo-fase kan de student kiezen voor de uitstroom "
          "Vakbekwaam hovenier (eveneens niveau 3). De route duurt in totaal vijf jaar."),

        H("3. Praktijkpartners in de streek"),
        P("De route wordt gedragen door het Groen Akkoord Westerwolde, waarin op dit moment "
          "Hoveniersbedrijf Bosma & Zn. (Vlagtwedde), Loonbedrijf Kremer (Sellingen), Landgoed De Ruiten "
          "(Ter Apel) en de buitendienst van de gemeente Westerwolde samenwerken. Zij doen het volgende:"),
        L("a. zij ontvangen de leerlingen van leerjaar 3 en 4 op vier buitenlesdagen per jaar, waarin "
          "echte onderhoudsklussen worden uitgevoerd;"),
        L("b. zij bieden in de mbo-fase leerwerkplekken voor de beroepspraktijkvorming;"),
        L("c. een vakman van een van de bedrijven beoordeelt samen met de praktijkdocent de "
          "praktijkexamens in het laatste jaar;"),
        L("d. op de jaarlijkse werkveldavond in februari bespreken zij met het kernteam (zie 4) wat er "
          "in het programma moet veranderen; het kernteam legt vast wat het met die adviezen doet."),

        H("4. Kernteam"),
        P("De dagelijkse aansturing van de route ligt bij een kernteam van drie personen: de teamleider "
          "bovenbouw vmbo van het Ruiten-Aa College, de onderwijsmanager Groene Ruimte van het AOC en een "
          "routecoördinator uit het docententeam."),
        P("De teamleider en de onderwijsmanager worden door hun eigen bestuurder in het kernteam "
          "benoemd. De routecoördinator wordt na een interne sollicitatie binnen beide teams door de "
          "rector-bestuurder en de voorzitter van het college van bestuur samen aangewezen, telkens voor "
          "twee schooljaren."),
        P("Het kernteam beslist zelf over de roosters, de inzet van het team binnen de afgesproken "
          "formatie, de leerwerkplekken en de plaatsing van leerlingen in de route. Het kernteam stelt "
          "elk jaar het concept van het gezamenlijke PTA/OER op. Het vaststellen van het PTA/OER, de "
          "formatie en de begroting van de route blijft bij de besturen."),

        H("5. Verslag aan de besturen"),
        P("Het kernteam stuurt twee keer per jaar, eind januari en eind juni, een schriftelijk "
          "voortgangsverslag aan de rector-bestuurder van de school en het college van bestuur van het "
          "AOC. Daarin staan ten minste de aantallen leerlingen en studenten per leerjaar, de uitval en "
          "de reden daarvan, de examenresultaten en de uitgaven van de route. Het juniverslag bevat ook "
          "de jaarevaluatie en de voorstellen voor het volgende schooljaar. Beide verslagen worden "
          "besproken in het halfjaarlijkse bestuurlijk overleg van de twee partijen."),

        H("6. Uitvoering: plaats, mensen en middelen"),
        P("Leerjaar 3 wordt gegeven in het gebouw van het Ruiten-Aa College in Ter Apel. In leerjaar 4 "
          "volgen de leerlingen twee dagen per week les op de AOC-locatie Vlagtwedde. De mbo-fase vindt "
          "plaats op de AOC-locatie en bij de praktijkpartners. Het programma en de toetsing per leerjaar "
          "staan in het gezamenlijke PTA/OER, dat jaarlijks voor 1 juli door beide besturen wordt "
          "vastgesteld."),
        P("Het docententeam bestaat uit docenten van beide partijen. Praktijkdocenten van het AOC geven "
          "in leerjaar 3 en 4 samen met de docent Groen van de school het praktijkdeel; docenten van de "
          "school blijven verantwoordelijk voor de algemene vakken. Voor de vakoverstijgende projecten "
          "Beheer van de buitenruimte wordt gewerkt met teambevoegdheid: elk teamlid is bevoegd voor ten "
          "minste een onderdeel, het team dekt samen alle onderdelen en ieder blijft verantwoordelijk "
          "voor zijn eigen onderdeel. Medewerkers blijven in dienst van hun eigen werkgever."),
        P("Het AOC stelt in Vlagtwedde het praktijkterrein, de kas, de machineloods met trekkers en "
          "maaimachines en de werkplaats beschikbaar, ook voor de leerlingen in de vo-fase. De school "
          "stelt haar praktijklokaal Groen en de schooltuin beschikbaar voor gezamenlijke lessen. Het "
          "vervoer van leerlingen tussen Ter Apel en Vlagtwedde wordt door het AOC met eigen busjes "
          "verzorgd."),
        P("Een klacht over een medewerker van de ene partij die bij de andere partij binnenkomt, wordt "
          "direct doorgestuurd en volgens de klachtenregeling van de partij van die medewerker "
          "afgehandeld; beide partijen houden elkaar op de hoogte."),

        H("7. Als de route niet past"),
        P("Een leerling die in leerjaar 3 of 4 de route verlaat, maakt zijn vmbo-opleiding af in de "
          "reguliere kaderberoepsgerichte leerweg van het Ruiten-Aa College, in het profiel Groen of in "
          "een ander profiel."),
        P("Een student die in de mbo-fase met de route stopt, kan binnen het AOC overstappen naar een "
          "andere groene opleiding op niveau 2 of 3, zoals Medewerker groene ruimte (niveau 2) of "
          "Vakbekwaam medewerker dierverzorging (niveau 3), op voorwaarde dat hij in het bezit is van "
          "het diploma vmbo kaderberoepsgerichte leerweg en voldoet aan de toelatingseisen van die "
          "opleiding. Het AOC bepaalt na een intakegesprek met de student in welke opleiding hij wordt "
          "geplaatst."),

        H("8. Geld"),
        P("De school draagt voor de leerlingen in leerjaar 3 en 4 een deel van de ontvangen lumpsum over "
          "aan het AOC. Dat deel is bestemd voor de praktijklessen op de locatie Vlagtwedde, het gebruik "
          "van de machines en het leerlingenvervoer. Over de hoogte van de bijdrage besluiten de beide "
          "directies ieder jaar bij het opstellen van de begroting. Alle overige kosten draagt iedere "
          "partij zelf."),

        H("9. Medezeggenschap"),
        P("De medezeggenschap is wettelijk geregeld. Voor leerlingen, ouders en personeel van het "
          "Ruiten-Aa College geldt de Wet medezeggenschap op scholen; voor studenten van het AOC geldt "
          "de Wet educatie en beroepsonderwijs en voor het personeel van het AOC de Wet op de "
          "ondernemingsraden. Aanvullende afspraken zijn mogelijk, maar zijn op dit moment niet gemaakt."),

        H("10. Als we er samen niet uitkomen"),
        P("Een verschil van mening over de uitvoering van deze overeenkomst bespreekt het kernteam eerst "
          "zelf. Lukt het daar niet binnen een maand, dan gaat het naar de rector-bestuurder en de "
          "voorzitter van het college van bestuur. Komen ook zij er binnen zes weken niet uit, dan vragen "
          "partijen een bindend advies aan een onafhankelijke deskundige die zij samen kiezen; zijn zij "
          "het over die keuze niet eens, dan vraagt het AOC de voorzitter van de Onderwijsraad Noord "
          "Groningen-Drenthe een deskundige aan te wijzen. Partijen houden zich aan het advies. De "
          "kosten delen zij gelijk."),

        H("11. Nieuwe deelnemers, stoppen en aanpassen"),
        L("a. Een andere vmbo-school of mbo-instelling kan meedoen als beide partijen daar schriftelijk "
          "mee instemmen en de nieuwe partij de afspraken in deze overeenkomst overneemt door een "
          "aanvulling op deze overeenkomst mee te ondertekenen. Meedoen kan alleen vanaf het begin van "
          "een schooljaar, en de nieuwe partij meldt zich ook zelf bij DUO."),
        L("b. Iedere partij kan de overeenkomst schriftelijk opzeggen, met een termijn van ten minste een "
          "jaar en alleen tegen 1 augustus. Na een opzegging worden geen nieuwe leerlingen meer in de "
          "route geplaatst."),
        L("c. Leerlingen en studenten die al in de route zitten, maken de route af op de manier zoals in "
          "deze overeenkomst staat, ook als de overeenkomst is opgezegd of is geëindigd."),
        L("d. De overeenkomst wordt alleen aangepast met een schriftelijk stuk dat door beide besturen is "
          "ondertekend. Aanpassingen gaan in bij het begin van een schooljaar en worden vóór 1 april "
          "aan leerlingen en ouders bekendgemaakt."),

        H("12. Looptijd"),
        P("Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030 en wordt daarna telkens "
          "met vijf jaar verlengd, tenzij een partij volgens 11b opzegt."),
        P("Ter Apel / Vlagtwedde, 3 juni 2025"),
        ("sig", ["**Stichting Openbaar Voortgezet Onderwijs Westerwolde**", "", "drs. A.G. Huizing",
                 "rector-bestuurder"],
                ["**Stichting Agrarisch Opleidingscentrum De Veenkoloniën**", "", "ir. J.H. Bolhuis",
                 "voorzitter college van bestuur"]),
    ]


@sample(351, "teamleider_wij_zorgroute_lansingerland_persoonlijk_begeleider", "md",
        "Markdown agreement written by the vmbo teamleider in the first person plural ('wij'), "
        "Lansingerland, Zorg en welzijn gl -> Persoonlijk begeleider specifieke doelgroepen niveau 4; "
        "fully compliant in plain everyday wording (routeduo, voortgangsnotitie, van koers veranderen), "
        "explicit 'geen bekostiging over en weer', extra studentenraad seat.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="present", i="present", j="present"),
        dict(a="Wat we samen aanbieden",
             b="Met wie uit de zorg we dit doen",
             c="Wie de route trekt",
             d="Hoe de besturen het van ons horen",
             e="Hoe het onderwijs loopt",
             f="Als een leerling of student van koers verandert",
             g="Over geld",
             h="Meepraten en meebeslissen",
             i="Als wij het oneens zijn",
             j="Nieuwe partners, stoppen en bijstellen"),
        style=dict(width=100))
def s351():
    return [
        ("title", "Samenwerkingsovereenkomst Zorgroute Oostland"),
        P("*Doorlopende leerroute vmbo-mbo Zorg en welzijn – versie voor ondertekening, 20 mei 2025*"),
        P("Deze overeenkomst is geschreven door Marieke van der Sluis, teamleider Zorg en welzijn van het "
          "Oostland College, samen met Ahmed Bakkali, opleidingsmanager Zorg van ROC Rotte en Schie. Waar "
          "hieronder \"wij\" staat, bedoelen we de twee besturen die onderaan tekenen. Wij hebben bewust "
          "gewone taal gebruikt, zodat ook ouders en collega's kunnen lezen wat we hebben afgesproken. "
          "Wat hier staat, geldt als afspraak tussen de twee besturen."),

        H("Wie wij zijn"),
        L("- **Stichting Voortgezet Onderwijs Oostland**, bevoegd gezag van het Oostland College in "
          "Bergschenhoek (hierna: de school), vertegenwoordigd door bestuurder drs. P.C. Verweij;"),
        L("- **Stichting ROC Rotte en Schie**, gevestigd in Rotterdam (hierna: het ROC), vertegenwoordigd "
          "door de voorzitter van het college van bestuur, mevrouw E. Ouali MSc."),

        H("Wat we samen aanbieden"),
        P("Wij bieden samen één doorlopende route aan. Die begint in leerjaar 3 van de gemengde leerweg "
          "van de school, profiel Zorg en welzijn, en loopt zonder knip door naar de mbo-opleiding "
          "Persoonlijk begeleider specifieke doelgroepen (niveau 4, BOL) van het ROC, in het "
          "opleidingsdomein Zorg en welzijn. De leerling haalt onderweg eerst het vmbo-diploma gemengde "
          "leerweg en daarna het mbo-diploma. De route duurt vijf jaar: twee jaar op het vmbo, drie jaar "
          "op het mbo. Wij melden de route allebei in RIO bij DUO aan."),

        H("Met wie uit de zorg we dit doen"),
        P("Drie zorgorganisaties uit de regio doen vast mee: Stichting De Hofstede "
          "(gehandicaptenzorg, Bleiswijk), Zorggroep Oostland (ouderenzorg, Berkel en Rodenrijs) en "
          "Jeugdhulp Rotte-Noord (jeugdhulp). Met elk van hen hebben we een praktijkpartnerschap "
          "gesloten. Daarin hebben zij toegezegd dat zij:"),
        L("- in leerjaar 3 iedere leerling een meeloopweek laten lopen;"),
        L("- in de mbo-fase stageplaatsen bieden bij erkende leerbedrijven, met een vaste "
          "praktijkopleider;"),
        L("- elke lesperiode minstens één gastles verzorgen, vaak samen met een ervaringsdeskundige;"),
        L("- een praktijkopleider leveren voor de beoordeling van de proeve van bekwaamheid;"),
        L("- twee keer per jaar met ons in een klankbordgroep meedenken over wat er in het programma "
          "moet veranderen."),
        P("Wat de klankbordgroep adviseert en wat wij daarmee doen, leggen wij vast in het verslag "
          "dat we aan de besturen sturen."),

        H("Wie de route trekt"),
        P("De route wordt geleid door een routeduo: de teamleider Zorg en welzijn van de school en de "
          "opleidingsmanager Zorg van het ROC. Zij worden ondersteund door een routecoördinator, een "
          "docent met 0,2 fte voor deze taak."),
        P("De teamleider wordt door de bestuurder van de school aangewezen, de opleidingsmanager door "
          "het college van bestuur van het ROC. De routecoördinator kiest het duo samen; de twee "
          "bestuurders bevestigen die keuze schriftelijk. Wisselt er iemand, dan wijst het eigen bestuur "
          "binnen twee maanden een opvolger aan."),
        P("Het routeduo mag zelf beslissen over het rooster, de verdeling van lessen over het team "
          "binnen de afgesproken formatie, de toelating van leerlingen tot de route, de stages en de "
          "afspraken met de zorgpartners, zolang dat binnen het routebudget blijft. Het duo maakt elk "
          "jaar het voorstel voor het gezamenlijke PTA/OER. Over de begroting, de formatie, het aantal "
          "plaatsen en het vaststellen van het PTA/OER beslissen de besturen zelf."),

        H("Hoe de besturen het van ons horen"),
        P("Na elke lesperiode, dus drie keer per jaar, sturen wij beide bestuurders een "
          "voortgangsnotitie van hooguit twee kantjes: hoeveel leerlingen er zijn, wie er gestopt is en "
          "waarom, en wat er verder speelt. Elk jaar vóór 1 oktober schrijven wij een jaarverslag over "
          "het afgelopen schooljaar, met de resultaten, de uitstroom, de uitgaven en het advies van de "
          "klankbordgroep. Dat verslag lichten wij toe in het bestuurlijk overleg van oktober. De "
          "bestuurders stellen het verslag vast of vragen ons om bijsturing."),

        H("Hoe het onderwijs loopt"),
        P("**Waar.** In leerjaar 3 en 4 zitten de leerlingen op de school in Bergschenhoek. In leerjaar "
          "4 gaan zij één dag per week naar het Zorgleerhuis van het ROC in Rotterdam-Noord. In de "
          "mbo-fase krijgen zij les op de ROC-locatie en lopen zij stage bij de zorgpartners."),
        P("**Wat.** Het programma en de toetsing per leerjaar staan in ons gezamenlijke PTA/OER. Daarin "
          "staat ook welke onderdelen bij het vmbo horen, welke bij het mbo en welke bij allebei. De "
          "besturen stellen het elk jaar vóór 1 juli vast."),
        P("**Wie.** Docenten van beide kanten vormen één team. Docenten van het ROC (agogiek, "
          "verpleegtechnische handelingen) geven in leerjaar 4 elke week samen met onze docenten Zorg en "
          "welzijn les, ook op de school. Voor de projecten \"Mens en begeleiding\" werken we met "
          "teambevoegdheid: elke docent is bevoegd voor minstens één onderdeel, het team dekt samen alles "
          "af en iedereen blijft verantwoordelijk voor zijn eigen onderdeel. Iedereen blijft in dienst "
          "van zijn eigen werkgever."),
        P("**Waarmee.** Het ROC stelt zijn skillslab, het oefenappartement en de tilliften beschikbaar, "
          "ook voor leerlingen van leerjaar 4. De school stelt haar praktijklokaal Zorg en welzijn en de "
          "leskeuken beschikbaar voor de gezamenlijke lessen. Leerlingen krijgen vanaf leerjaar 4 ook "
          "een account op de leeromgeving van het ROC."),
        P("**Klachten.** Komt er bij de school een klacht binnen over een docent van het ROC (of "
          "andersom), dan sturen wij die binnen een week door en handelen wij die samen af."),

        H("Als een leerling of student van koers verandert"),
        P("Het kan gebeuren dat de route toch niet past. Dan zorgen wij er samen voor dat de leerling of "
          "student toch een diploma kan halen:"),
        L("- **Stopt iemand in leerjaar 3 of 4**, dan gaat hij verder in de gemengde leerweg op de "
          "school, in Zorg en welzijn of een ander profiel, en haalt hij daar zijn vmbo-diploma. Past "
          "de kaderberoepsgerichte leerweg beter, dan kan dat ook."),
        L("- **Stopt iemand in de mbo-fase met een vmbo-diploma**, dan kan hij bij het ROC verder in een "
          "andere opleiding op niveau 4, zoals Pedagogisch medewerker kinderopvang, of op niveau 3, "
          "zoals Begeleider gehandicaptenzorg."),
        L("- **Heeft iemand na het derde routejaar nog geen vmbo-diploma**, dan kan hij het examen op de "
          "school afmaken of bij het ROC instromen in een opleiding die past bij wat hij al gehaald "
          "heeft. Het ROC stelt dan geen vooropleidingseisen."),
        L("- **Wil iemand naar een andere school of instelling**, dan helpen wij bij de overstap en "
          "geven wij, met toestemming, een overzicht mee van wat al behaald is."),
        P("Welke plek het wordt, beslissen de teamleider en de opleidingsmanager samen, na een gesprek "
          "met de leerling en zijn ouders en op advies van de mentor of loopbaanbegeleider. Wij kijken "
          "daarbij naar het niveau dat de leerling al heeft bereikt en naar zijn leeftijd. De afspraak "
          "komt op papier in een overstapplan dat wij allebei ondertekenen."),

        H("Over geld"),
        P("Wij dragen geen bekostiging aan elkaar over, niet in de vmbo-fase en niet in de mbo-fase. "
          "Het ROC brengt de inzet van zijn docenten op de school niet in rekening en de school doet "
          "dat ook niet voor haar inzet. Iedere partij betaalt haar eigen personeel, gebouwen en "
          "materialen."),

        H("Meepraten en meebeslissen"),
        P("Leerlingen, ouders en personeel houden hun eigen medezeggenschapsraad of studentenraad. "
          "Daarbovenop spreken wij af:"),
        L("- Vanaf leerjaar 4 mogen de route-leerlingen één afgevaardigde kiezen die de vergaderingen "
          "van de studentenraad van het ROC bijwoont en daar mag meepraten, ook al staat hij nog op de "
          "school ingeschreven."),
        L("- Een voorstel om de route wezenlijk te veranderen leggen wij tegelijk voor advies voor aan "
          "de medezeggenschapsraad van de school en de studentenraad van het ROC."),
        L("- Beide raden krijgen elk jaar het jaarverslag van de route."),

        H("Als wij het oneens zijn"),
        P("Zijn wij het over de uitvoering van deze overeenkomst oneens, dan probeert eerst het routeduo "
          "het op te lossen. Lukt dat niet binnen vier weken, dan gaat het naar de twee bestuurders. "
          "Komen ook zij er binnen zes weken niet uit, dan schakelen wij samen een onafhankelijke "
          "mediator in. Levert ook dat binnen drie maanden niets op, dan kan ieder van ons het geschil "
          "voorleggen aan de rechter in Rotterdam. Tijdens een meningsverschil gaat het onderwijs "
          "gewoon door."),

        H("Nieuwe partners, stoppen en bijstellen"),
        L("- **Een nieuwe school of instelling** kan meedoen als beide besturen daar schriftelijk mee "
          "instemmen, de nieuwe partij een aanvulling op deze overeenkomst tekent waarin zij alle "
          "afspraken overneemt, en zij zich ook bij DUO meldt. Meedoen kan vanaf het begin van een "
          "schooljaar."),
        L("- **Stoppen** kan door schriftelijke opzegging, met minstens twaalf maanden opzegtermijn en "
          "alleen per 1 augustus. Na de opzegging nemen wij geen nieuwe leerlingen meer aan. Leerlingen "
          "en studenten die al in de route zitten, maken hun route bij ons af."),
        L("- **Bijstellen** doen wij alleen schriftelijk, met handtekening van beide bestuurders. "
          "Veranderingen die lopende leerlingen raken, gaan pas in bij een nieuw schooljaar, en wij "
          "laten het leerlingen en ouders vóór 1 april weten."),

        H("Looptijd en ondertekening"),
        P("Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Wij bekijken haar "
          "samen om de vier jaar."),
        ("sig", ["Bergschenhoek, 20 mei 2025", "Stichting Voortgezet Onderwijs Oostland",
                 "drs. P.C. Verweij, bestuurder"],
                ["Rotterdam, 20 mei 2025", "Stichting ROC Rotte en Schie",
                 "E. Ouali MSc, voorzitter college van bestuur"]),
    ]


@sample(352, "raamovereenkomst_afsprakenschema_bijlage_steenwijk_it_systems", "docx",
        "DOCX framework agreement whose substantive arrangements sit in a schedule table in Bijlage 1 "
        "(Afsprakenschema with thema/afspraak/wie/wanneer), only disputes and toetreding/opzegging in "
        "the articles; Steenwijk, Media, vormgeving en ICT kb -> Allround medewerker IT systems and "
        "devices niveau 3; fully compliant, leiding split over three table rows.",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="present", i="present", j="present"),
        dict(a="Opleidingen in de route",
             b="Inbreng van IT-bedrijven",
             c="Routeleiding: samenstelling",
             d="Informatie en rekenschap",
             e="Docenten en ondersteuning",
             f="Vervolg bij uitstappen",
             g="Bekostiging",
             h="Inspraak van leerlingen en personeel",
             i="Artikel 4 Verschillen van inzicht",
             j="Artikel 5 Toetreden, opzeggen en wijzigen"),
        style=dict(font="Arial", size=10, heading_style=False, author="Eekhorst College",
                   header="Raamovereenkomst IT-route Kop van Overijssel"))
def s352():
    rows = [
        ["Nr.", "Thema", "Afspraak", "Wie", "Wanneer"],
        ["S1", "Opleidingen in de route",
         "De route omvat leerjaar 3 en 4 van de kaderberoepsgerichte leerweg, profiel Media, vormgeving "
         "en ICT, van het Eekhorst College en de mbo-opleiding Allround medewerker IT systems and devices "
         "(niveau 3, BOL, opleidingsdomein ICT en creatieve industrie) van het Reestdal College, locatie "
         "Meppel. Leerlingen behalen het vmbo-diploma kb en het mbo-diploma niveau 3.",
         "Beide besturen", "Vanaf schooljaar 2025-2026"],
        ["S2", "Inbreng van IT-bedrijven",
         "Stichting IT-Kring Kop van Overijssel (thans 14 IT-bedrijven, onder meer Nexbit Steenwijk, "
         "CompuZorg Meppel en Datapoort Giethoorn) verzorgt vier gastlessen per jaar, levert echte "
         "klantcases voor de projectweken in leerjaar 3 en 4, biedt in de mbo-fase stageplaatsen bij "
         "erkende leerbedrijven en levert de praktijkbeoordelaars voor de proeve van bekwaamheid. Twee "
         "leden van de IT-Kring zitten in de werkveldcommissie, die elk semester het programma "
         "bespreekt en de routeleiding schriftelijk adviseert.",
         "Routeleiding met IT-Kring", "Gastlessen per periode; commissie in oktober en maart"],
        ["S3", "Routeleiding: samenstelling",
         "De routeleiding bestaat uit de afdelingsleider bovenbouw vmbo van het Eekhorst College, de "
         "teammanager ICT van het Reestdal College en de routecoördinator (docent, 0,3 fte).",
         "-", "Doorlopend"],
        ["S4", "Routeleiding: aanwijzing",
         "De afdelingsleider en de teammanager worden elk door hun eigen bestuur in de routeleiding "
         "aangewezen. De routecoördinator wordt door beide besturen gezamenlijk benoemd voor drie jaar, "
         "op voordracht van de afdelingsleider en de teammanager.",
         "Besturen", "Bij start en bij vacature"],
        ["S5", "Routeleiding: mandaat",
         "De routeleiding stelt het rooster en de lesverdeling vast, beslist over toelating tot de "
         "route, sluit stageovereenkomsten, beheert het routebudget tot € 10.000 per uitgave en stelt "
         "jaarlijks het concept van het gezamenlijke PTA/OER op. Vaststelling van PTA/OER, begroting, "
         "formatie en instroomcapaciteit is voorbehouden aan de besturen.",
         "Routeleiding", "Doorlopend; concept-PTA/OER vóór 1 mei"],
        ["S6", "Informatie en rekenschap",
         "De routeleiding stuurt elk kwartaal een korte stand van zaken (aantallen, uitval, "
         "bijzonderheden) aan beide besturen en legt jaarlijks schriftelijk verantwoording af in een "
         "jaarrapportage over resultaten, in-, door- en uitstroom, budget en het advies van de "
         "werkveldcommissie. De jaarrapportage wordt besproken in het bestuurlijk overleg in november.",
         "Routeleiding aan besturen", "Kwartaal; jaarrapportage vóór 15 oktober"],
        ["S7", "Lesplaatsen en programma",
         "Leerjaar 3 in Steenwijk; leerjaar 4 drie dagen in Steenwijk en twee dagen in het IT-lab van "
         "het Reestdal College in Meppel; mbo-fase in Meppel en bij leerbedrijven. Onderwijs en "
         "examinering per leerjaar staan in het gezamenlijke PTA/OER.",
         "Routeleiding; besturen stellen vast", "PTA/OER vastgesteld vóór 1 juli"],
        ["S8", "Docenten en ondersteuning",
         "Eén routeteam van docenten van beide partijen. Reestdal zet in leerjaar 4 een ICT-docent "
         "twee dagen per week in; het Eekhorst College levert in de mbo-fase de docent Nederlands voor "
         "de examenvoorbereiding. In de vakoverstijgende projectweken wordt met teambevoegdheid "
         "gewerkt: ieder teamlid is bevoegd voor ten minste één onderdeel, het team dekt samen alle "
         "onderdelen, ieder blijft verantwoordelijk voor het eigen onderdeel. Medewerkers blijven in "
         "dienst van hun eigen werkgever.",
         "Routeleiding", "Jaarlijks in de formatieplanning"],
        ["S9", "Ruimtes en apparatuur",
         "Reestdal stelt het IT-lab (serverruimte, netwerkrekken, werkplekken) en leenlaptops "
         "beschikbaar, ook voor leerjaar 4. Het Eekhorst College stelt zijn mediawerkplaats en "
         "lokalen beschikbaar voor gezamenlijke projectweken. Beide verlenen de route-leerlingen "
         "toegang tot hun leeromgeving.",
         "Beide partijen", "Doorlopend"],
        ["S10", "Klachten",
         "Een klacht over een medewerker van de andere partij wordt binnen vijf werkdagen "
         "doorgestuurd en door beide partijen samen afgehandeld volgens de klachtenregeling van de "
         "partij waar de medewerker werkt.",
         "Klachtfunctionarissen", "Binnen vijf werkdagen"],
        ["S11", "Vervolg bij uitstappen",
         "Wie in leerjaar 3 of 4 stopt, maakt de kaderberoepsgerichte leerweg af op het Eekhorst "
         "College (ook in een ander profiel) en haalt daar het vmbo-diploma. Wie in de mbo-fase stopt, "
         "kan bij het Reestdal College overstappen naar een andere opleiding op niveau 3 of, indien "
         "passend, Medewerker ICT support niveau 2; zonder vmbo-diploma gelden daarbij binnen "
         "Reestdal geen vooropleidingseisen. Een overstap naar een andere instelling wordt begeleid. "
         "Afdelingsleider en teammanager beoordelen samen, na gesprek met leerling en ouders, welk "
         "vervolg past bij het bereikte niveau en de leeftijd, en leggen dat schriftelijk vast.",
         "Afdelingsleider en teammanager samen", "Binnen vier weken na het besluit te stoppen"],
        ["S12", "Bekostiging",
         "Het Eekhorst College draagt op grond van artikel 5.42a WVO 2020 per leerling in leerjaar 4 "
         "een bedrag van € 900 per schooljaar over aan het Reestdal College, bestemd voor de inzet "
         "van de ICT-docent in leerjaar 4 en het gebruik van het IT-lab. Verder vindt geen "
         "overdracht van bekostiging plaats.",
         "Besturen", "Betaling in januari, peildatum 1 oktober"],
        ["S13", "Inspraak van leerlingen en personeel",
         "Naast de wettelijke regels spreken partijen af: route-leerlingen in leerjaar 4 kunnen "
         "deelnemen aan de ICT-commissie van de studentenraad van het Reestdal College; de "
         "medezeggenschapsraad van het Eekhorst College en de studentenraad van het Reestdal College "
         "houden jaarlijks een gezamenlijke vergadering over de route, waarin de jaarrapportage wordt "
         "besproken.",
         "Routeleiding organiseert", "Jaarlijks in december"],
    ]
    return [
        ("title", "Raamovereenkomst doorlopende leerroute IT-route Kop van Overijssel"),
        ("sub", "vmbo Media, vormgeving en ICT - mbo IT systems and devices"),
        H("Partijen"),
        P("1. Stichting Openbaar Onderwijs Noordwest-Overijssel, bevoegd gezag van het Eekhorst "
          "College te Steenwijk, vertegenwoordigd door de voorzitter van het college van bestuur, "
          "de heer W. Mulder;"),
        P("2. Stichting Regionaal Opleidingencentrum Reestdal, bevoegd gezag van het Reestdal College "
          "te Meppel, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw "
          "drs. S. Kuipers-Dam;"),
        P("komen het volgende overeen."),
        H("Artikel 1 Onderwerp"),
        P("1.1 Partijen verzorgen gezamenlijk de doorlopende leerroute vmbo-mbo \"IT-route Kop van "
          "Overijssel\" en melden deze ieder in RIO bij DUO aan."),
        P("1.2 De afspraken over de route zijn opgenomen in het Afsprakenschema (bijlage 1). Het "
          "Afsprakenschema maakt deel uit van deze overeenkomst en bindt partijen op dezelfde wijze als "
          "de artikelen. Een wijziging van het Afsprakenschema is een wijziging van deze overeenkomst."),
        H("Artikel 2 Looptijd"),
        P("Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd."),
        H("Artikel 3 Bestuurlijk overleg"),
        P("De bestuurders van partijen overleggen ten minste tweemaal per jaar over de route, in ieder "
          "geval in november over de jaarrapportage bedoeld in regel S6 van het Afsprakenschema."),
        H("Artikel 4 Verschillen van inzicht"),
        P("4.1 Een verschil van inzicht over de uitvoering van deze overeenkomst wordt eerst in de "
          "routeleiding besproken en, bij gebrek aan overeenstemming binnen vier weken, in het "
          "bestuurlijk overleg."),
        P("4.2 Leidt het bestuurlijk overleg niet binnen zes weken tot overeenstemming, dan leggen "
          "partijen het geschil ter bindend advies voor aan een commissie van drie personen: ieder "
          "partij wijst er één aan en die twee kiezen samen een onafhankelijke voorzitter. De commissie "
          "beslist binnen acht weken; partijen aanvaarden haar uitspraak als bindend."),
        H("Artikel 5 Toetreden, opzeggen en wijzigen"),
        P("5.1 Een andere vmbo-school of mbo-instelling kan partij worden indien beide partijen daar "
          "schriftelijk mee instemmen en de toetreder een toetredingsverklaring tekent waarin hij deze "
          "overeenkomst met het Afsprakenschema aanvaardt. Toetreding gaat in per 1 augustus; het "
          "programma van reeds ingeschreven leerlingen verandert daardoor niet."),
        P("5.2 Iedere partij kan deze overeenkomst schriftelijk opzeggen per 1 augustus van enig jaar, "
          "met een opzegtermijn van ten minste twaalf maanden. Na opzegging stromen geen nieuwe "
          "leerlingen meer in; leerlingen en studenten die op dat moment in de route zitten, kunnen "
          "de route volgens deze overeenkomst afronden."),
        P("5.3 Deze overeenkomst en het Afsprakenschema worden alleen schriftelijk en met handtekening "
          "van beide besturen gewijzigd. Een wijziging die lopende leerlingen raakt, gaat niet eerder "
          "in dan het volgende schooljaar en wordt hun en hun ouders vooraf meegedeeld."),
        H("Artikel 6 Slot"),
        P("Op deze overeenkomst is Nederlands recht van toepassing. Deze overeenkomst is opgemaakt "
          "in tweevoud."),
        P("Steenwijk, 16 juni 2025"),
        ("sig", ["Stichting Openbaar Onderwijs Noordwest-Overijssel", "", "W. Mulder"],
                ["Stichting Regionaal Opleidingencentrum Reestdal", "", "drs. S. Kuipers-Dam"]),
        ("pb",),
        H("Bijlage 1 Afsprakenschema IT-route Kop van Overijssel"),
        P("Dit schema is een onderdeel van de raamovereenkomst van 16 juni 2025. Elke regel is een "
          "afspraak tussen beide besturen."),
        ("table", rows, [0.06, 0.15, 0.47, 0.16, 0.16]),
    ]


@sample(353, "vernieuwing_alles_herhaald_sittard_geleen_eerste_autotechnicus", "pdf",
        "PDF renewal (2025) that replaces and restates the whole 2021 agreement, articles marked "
        "ongewijzigd/gewijzigd/nieuw plus a change table; Sittard-Geleen, Mobiliteit en transport kb -> "
        "Eerste autotechnicus niveau 3; defects: new medezeggenschap article left as a PM placeholder "
        "(h weak), toetreding/opzegging/wijziging arranged but nothing protects running pupils and "
        "notice shortened to six months (j weak).",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="weak", i="present", j="weak"),
        dict(a="Artikel 2. De route (ongewijzigd)",
             b="Artikel 7. Rol van de autobranche (ongewijzigd)",
             c="Artikel 4. Routeregiegroep (gewijzigd)",
             d="Artikel 5. Rapportage aan de besturen (gewijzigd)",
             e="Artikel 6. Inrichting van het onderwijs (gewijzigd)",
             f="Artikel 8. Andere weg naar een diploma (ongewijzigd)",
             g="Artikel 9. Financiën (gewijzigd)",
             i="Artikel 12. Geschillen (gewijzigd)"),
        style=dict(font="Helvetica", size=9.5,
                   header="Vernieuwde samenwerkingsovereenkomst DLR Autotechniek 2025 – vervangt versie 2021",
                   footer="blad ", author="Sint-Rosa College / Maasland College"))
def s353():
    changes = [
        ["Artikel", "Wijziging ten opzichte van 2021"],
        ["1", "Looptijd nu tot en met 31 juli 2029 (was: 31 juli 2025)."],
        ["4", "Routeregiegroep uitgebreid met twee docentleden."],
        ["5", "Rapportage halfjaarlijks in plaats van jaarlijks; vaste inhoud."],
        ["6", "Werkplaats elektrische voertuigen toegevoegd; aantal praktijkdagen leerjaar 4 verhoogd."],
        ["9", "Bijdrage per student verhoogd van € 600 naar € 750."],
        ["11", "Nieuw artikel over medezeggenschap."],
        ["12", "Arbitrage in plaats van gang naar de rechter."],
        ["13", "Opzegtermijn verkort van twaalf naar zes maanden."],
    ]
    return [
        ("title", "Vernieuwde samenwerkingsovereenkomst doorlopende leerroute Mobiliteit – Autotechniek"),
        ("sub", "Deze overeenkomst vervangt de samenwerkingsovereenkomst van 14 juni 2021 in haar geheel"),
        H("Partijen"),
        L("1. Stichting Katholiek Voortgezet Onderwijs Westelijke Mijnstreek, bevoegd gezag van het "
          "Sint-Rosa College, vmbo-locatie Geleen, vertegenwoordigd door de voorzitter van het college "
          "van bestuur, drs. R.M.J. Hendriks (hierna: de school);"),
        L("2. Stichting Beroepsonderwijs Maasland, bevoegd gezag van het Maasland College, School voor "
          "Mobiliteit te Sittard, vertegenwoordigd door de voorzitter van het college van bestuur, "
          "mevrouw ir. C.A.M. Dassen (hierna: het Maasland College)."),
        H("Overwegingen"),
        P("Partijen verzorgen sinds 1 augustus 2021 gezamenlijk een doorlopende leerroute autotechniek "
          "op grond van de samenwerkingsovereenkomst van 14 juni 2021. In het voorjaar van 2024 is de "
          "route met leerlingen, docenten en de betrokken autobedrijven geëvalueerd. Naar aanleiding "
          "daarvan hebben partijen een aantal afspraken aangepast. Omdat de overeenkomst van 2021 "
          "inmiddels op meerdere plaatsen was aangevuld, leggen partijen alle afspraken opnieuw vast, "
          "zodat deze overeenkomst zelfstandig leesbaar is. Bij ieder artikel is aangegeven of het "
          "ongewijzigd is overgenomen, is gewijzigd of nieuw is. Een overzicht van de wijzigingen is "
          "aan het slot opgenomen."),
        P("Partijen komen het volgende overeen."),

        H("Artikel 1. Vervanging en looptijd (gewijzigd)"),
        P("1.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en vervangt vanaf die datum de "
          "samenwerkingsovereenkomst van 14 juni 2021, die op die datum vervalt."),
        P("1.2 Deze overeenkomst loopt tot en met 31 juli 2029. Partijen besluiten uiterlijk op "
          "1 februari 2029 of zij haar vernieuwen."),

        H("Artikel 2. De route (ongewijzigd)"),
        P("2.1 De route omvat leerjaar 3 en 4 van de kaderberoepsgerichte leerweg, profiel Mobiliteit "
          "en transport, van de school en de mbo-opleiding Eerste autotechnicus, niveau 3, van het "
          "Maasland College, in het opleidingsdomein Mobiliteit en voertuigen."),
        P("2.2 Het mbo-deel wordt in de beroepsopleidende leerweg gevolgd; in het laatste jaar kan de "
          "student met instemming van het Maasland College overstappen naar de beroepsbegeleidende "
          "leerweg bij een leerbedrijf als bedoeld in artikel 7."),
        P("2.3 De route leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het diploma Eerste "
          "autotechnicus. Het vmbo-diploma wordt uiterlijk in het derde leerjaar van de route behaald."),

        H("Artikel 3. Melding en inschrijving (ongewijzigd)"),
        P("3.1 Partijen hebben de route gemeld in het Register Instellingen en Opleidingen en houden die "
          "melding actueel."),
        P("3.2 De eerste twee leerjaren van de route staat de leerling ingeschreven bij de school; "
          "daarna bij het Maasland College."),

        H("Artikel 4. Routeregiegroep (gewijzigd)"),
        P("4.1 De leiding over de route berust bij de routeregiegroep, die bestaat uit de afdelingsleider "
          "techniek van de school, de opleidingsmanager Mobiliteit van het Maasland College en één "
          "docent van elk van beide partijen."),
        P("4.2 De afdelingsleider en de opleidingsmanager worden door het college van bestuur van de "
          "eigen partij als lid aangewezen. De docentleden worden door het college van bestuur van de "
          "eigen partij benoemd op voordracht van de afdelingsleider respectievelijk de "
          "opleidingsmanager, voor een periode van twee schooljaren."),
        P("4.3 De routeregiegroep stelt het jaarrooster en de inzet van het docententeam vast, beslist "
          "over de plaatsing van leerlingen in de route, onderhoudt de contacten met de autobedrijven "
          "en bereidt het gezamenlijke PTA/OER voor. Zij beheert het routebudget dat de besturen "
          "jaarlijks vaststellen en mag daarbinnen zelfstandig uitgaven doen tot € 5.000 per uitgave. "
          "Het PTA/OER, de begroting en het aantal instroomplaatsen worden door de besturen "
          "vastgesteld."),
        P("4.4 De afdelingsleider en de opleidingsmanager zitten de routeregiegroep beurtelings een "
          "schooljaar voor."),

        H("Artikel 5. Rapportage aan de besturen (gewijzigd)"),
        P("5.1 De routeregiegroep brengt tweemaal per schooljaar, vóór 1 februari en vóór 1 augustus, "
          "een schriftelijke rapportage uit aan beide colleges van bestuur."),
        P("5.2 De rapportage bevat ten minste: het aantal leerlingen en studenten per leerjaar, de "
          "uitval met de redenen daarvan, de resultaten van examens en tussentijdse toetsen, de "
          "besteding van het routebudget en de bijdrage bedoeld in artikel 9, en knelpunten."),
        P("5.3 De rapportage van augustus wordt besproken in het bestuurlijk overleg van september, "
          "waarin de colleges van bestuur de routeregiegroep verantwoording laten afleggen over het "
          "afgelopen schooljaar."),

        H("Artikel 6. Inrichting van het onderwijs (gewijzigd)"),
        P("6.1 Leerjaar 3 wordt gegeven op de vmbo-locatie Geleen. In leerjaar 4 volgen de leerlingen "
          "twee dagen per week praktijkonderwijs in de autowerkplaats van het Maasland College te "
          "Sittard. De mbo-fase wordt verzorgd op de locatie Sittard en bij de leerbedrijven."),
        P("6.2 Onderwijs, examinering en beroepspraktijkvorming per leerjaar zijn beschreven in het "
          "gezamenlijke PTA/OER, dat de besturen jaarlijks vóór 1 juli vaststellen."),
        P("6.3 Het onderwijs wordt verzorgd door een gezamenlijk docententeam. Het Maasland College "
          "zet in leerjaar 4 twee praktijkdocenten autotechniek in; de school zet in het eerste jaar "
          "van de mbo-fase een docent Nederlands en een docent wiskunde in voor de afronding van het "
          "vmbo-examen. Voor het vakoverstijgende project Onderhoud en diagnose wordt gebruik gemaakt "
          "van teambevoegdheid; ieder teamlid is bevoegd voor ten minste één onderdeel en blijft "
          "verantwoordelijk voor dat onderdeel, en het team dekt samen alle onderdelen. Personeel "
          "blijft in dienst van de eigen werkgever."),
        P("6.4 Het Maasland College stelt de autowerkplaats met hefbruggen, diagnoseapparatuur en de "
          "werkplaats elektrische voertuigen (inclusief de veiligheidsvoorzieningen voor "
          "hoogvoltsystemen) beschikbaar. De school stelt haar metaalwerkplaats en het theorielokaal "
          "Mobiliteit beschikbaar voor gezamenlijke lessen."),

        H("Artikel 7. Rol van de autobranche (ongewijzigd)"),
        P("7.1 Bij de route zijn vijf autobedrijven uit de Westelijke Mijnstreek betrokken: Autobedrijf "
          "Lemmens (Sittard), Garage Vroemen (Geleen), Van Mulken Bedrijfswagens (Born), Autoschade "
          "Bouwens (Stein) en Automobielbedrijf Schrijnemakers (Beek)."),
        P("7.2 Deze bedrijven bieden de leerlingen in leerjaar 4 een snuffelstage van twee weken, "
          "stellen in de mbo-fase stage- en leerbanen beschikbaar als erkend leerbedrijf, verzorgen "
          "gastlessen over nieuwe aandrijftechniek en leveren een praktijkbeoordelaar bij de proeve van "
          "bekwaamheid."),
        P("7.3 Eenmaal per jaar, in maart, bespreekt de routeregiegroep met de bedrijven aan een "
          "branchetafel de inhoud van het programma. De uitkomsten worden in de rapportage bedoeld in "
          "artikel 5 opgenomen."),

        H("Artikel 8. Andere weg naar een diploma (ongewijzigd)"),
        P("8.1 Stopt een leerling of student voortijdig met de route, dan stellen partijen hem in staat "
          "langs een andere weg een diploma te halen."),
        P("8.2 In leerjaar 3 en 4 gaat de leerling verder in de reguliere kaderberoepsgerichte leerweg "
          "van de school, in hetzelfde of een ander profiel. Is de basisberoepsgerichte leerweg beter "
          "passend, dan is ook die overstap mogelijk."),
        P("8.3 In de mbo-fase kan de student bij het Maasland College overstappen naar een andere "
          "opleiding op niveau 3, zoals Eerste bedrijfsautotechnicus of Eerste "
          "mobiele-werktuigentechnicus, of naar de opleiding Autotechnicus op niveau 2. Heeft hij het "
          "vmbo-diploma nog niet, dan laat het Maasland College hem zonder vooropleidingseisen toe."),
        P("8.4 Welke weg wordt gekozen, bepalen de afdelingsleider en de opleidingsmanager samen in "
          "een gesprek met de leerling en zijn ouders, waarbij zij kijken naar het behaalde niveau en de "
          "leeftijd van de leerling. Wil de leerling naar een andere school of instelling, dan "
          "begeleiden zij die overstap."),

        H("Artikel 9. Financiën (gewijzigd)"),
        P("9.1 Het Maasland College draagt met toepassing van artikel 9.1.15 WEB jaarlijks € 750 over "
          "aan de school voor iedere student in het derde leerjaar van de route die het vmbo-diploma "
          "nog niet heeft behaald. Dit bedrag is bestemd voor de lessen, de examenbegeleiding en de "
          "afname van de resterende vmbo-examenonderdelen door de school."),
        P("9.2 Peildatum is 1 oktober; betaling vindt plaats vóór 1 december. Verder vindt tussen "
          "partijen geen overdracht van bekostiging plaats."),

        H("Artikel 10. Klachten (ongewijzigd)"),
        P("Een klacht over gedragingen van een medewerker van de andere partij in het kader van de "
          "route wordt door de partij waar de klacht binnenkomt binnen een week doorgezonden. De "
          "klachtenregeling van de partij waar de medewerker in dienst is, is van toepassing."),

        H("Artikel 11. Medezeggenschap (nieuw)"),
        P("In aanvulling op de wettelijke regeling maken partijen de volgende afspraken over de "
          "medezeggenschap binnen de route:"),
        P("[PM – tekst volgt na advies van de medezeggenschapsraad van het Sint-Rosa College en de "
          "studentenraad van het Maasland College]"),
        P("............................................................................................"),

        H("Artikel 12. Geschillen (gewijzigd)"),
        P("12.1 Geschillen over de uitvoering van deze overeenkomst worden eerst besproken in de "
          "routeregiegroep en, als dat binnen een maand geen oplossing oplevert, door de voorzitters "
          "van de colleges van bestuur."),
        P("12.2 Komen de voorzitters niet binnen twee maanden tot overeenstemming, dan wordt het geschil "
          "beslecht door arbitrage overeenkomstig het Arbitragereglement van het Nederlands Arbitrage "
          "Instituut. Het scheidsgerecht bestaat uit één arbiter; de plaats van arbitrage is Maastricht."),

        H("Artikel 13. Toetreding, beëindiging en wijziging (gewijzigd)"),
        P("13.1 Een andere vmbo-school of instelling voor beroepsonderwijs kan tot deze overeenkomst "
          "toetreden indien beide partijen daar schriftelijk mee instemmen. De toetredende partij "
          "aanvaardt alle bepalingen van deze overeenkomst door ondertekening van een "
          "toetredingsverklaring."),
        P("13.2 Iedere partij kan deze overeenkomst schriftelijk opzeggen met inachtneming van een "
          "opzegtermijn van zes maanden."),
        P("13.3 Iedere partij kan deze overeenkomst met onmiddellijke ingang ontbinden indien de andere "
          "partij na schriftelijke ingebrekestelling tekortschiet in de nakoming van haar "
          "verplichtingen, of indien zij haar bekostiging voor de betrokken opleiding verliest."),
        P("13.4 Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke, door beide colleges "
          "van bestuur ondertekende overeenkomst."),
        P("13.5 Bij het einde van deze overeenkomst rekenen partijen de financiële verplichtingen "
          "binnen drie maanden met elkaar af."),

        H("Artikel 14. Slotbepalingen (ongewijzigd)"),
        P("Op deze overeenkomst is Nederlands recht van toepassing. Deze overeenkomst is opgemaakt in "
          "tweevoud en door beide partijen ondertekend."),
        P("Geleen/Sittard, 26 juni 2025"),
        ("sig", ["Stichting Katholiek Voortgezet Onderwijs Westelijke Mijnstreek", "",
                 "drs. R.M.J. Hendriks", "voorzitter college van bestuur"],
                ["Stichting Beroepsonderwijs Maasland", "", "ir. C.A.M. Dassen",
                 "voorzitter college van bestuur"]),
        H("Overzicht van de wijzigingen ten opzichte van de overeenkomst van 2021"),
        ("table", changes, [0.15, 0.85]),
    ]


@sample(354, "lange_considerans_definities_valkenburg_zelfstandig_werkend_kok", "txt",
        "Plain-text agreement with a very long considerans (A-N) and a definitions article before the "
        "real articles; Valkenburg aan de Geul, Horeca, bakkerij en recreatie kb -> Zelfstandig werkend "
        "kok niveau 3; defects: the horeca sector and a Werkveldraad appear only in the considerans and "
        "the definitions, no operative article involves them (b missing), disputes only 'in der minne "
        "en in goed onderling overleg' (i weak).",
        dict(a="present", b="missing", c="present", d="present", e="present", f="present",
             g="present", h="present", i="weak", j="present"),
        dict(a="ARTIKEL 2 - ONDERWERP VAN DE OVEREENKOMST",
             c="ARTIKEL 4 - DE STUURGROEP",
             d="ARTIKEL 5 - VERSLAGLEGGING",
             e="ARTIKEL 6 - UITVOERING VAN HET ONDERWIJS",
             f="ARTIKEL 8 - VOORTIJDIG VERLATEN VAN DE ROUTE",
             g="ARTIKEL 10 - BIJDRAGE VAN DE SCHOOL",
             h="ARTIKEL 11 - ROUTEKLANKBORD",
             j="ARTIKEL 13 - TOETREDING, OPZEGGING EN WIJZIGING"),
        style=dict(width=88, underline=True))
def s354():
    return [
        ("title", "Overeenkomst inzake de doorlopende leerroute Horeca - Kok Heuvelland"),
        P("DE ONDERGETEKENDEN:"),
        L("1. Stichting Voortgezet Onderwijs Heuvelland, statutair gevestigd te Valkenburg aan de "
          "Geul, bevoegd gezag van het Geulland College, te dezen vertegenwoordigd door de voorzitter "
          "van het college van bestuur, drs. M.H.G. Ramakers, hierna te noemen: \"de School\";"),
        L("2. Stichting Beroepsonderwijs Gastvrijheid Zuid-Limburg, statutair gevestigd te Heerlen, "
          "bevoegd gezag van het Gastvrijheidscollege Zuid-Limburg, te dezen vertegenwoordigd door de "
          "voorzitter van het college van bestuur, mr. J.W.P. Huppertz, hierna te noemen: \"het "
          "Gastvrijheidscollege\";"),
        P("hierna gezamenlijk te noemen: \"Partijen\";"),
        P("OVERWEGENDE:"),
        L("(A) dat de School in Valkenburg aan de Geul onderwijs verzorgt in de basisberoepsgerichte "
          "en de kaderberoepsgerichte leerweg, onder meer in het profiel Horeca, bakkerij en "
          "recreatie;"),
        L("(B) dat het Gastvrijheidscollege een instelling voor beroepsonderwijs is die in Heerlen en "
          "Valkenburg aan de Geul opleidingen verzorgt in de horeca, de bakkerij en het toerisme;"),
        L("(C) dat het Heuvelland een van de belangrijkste toeristische regio's van Nederland is en "
          "dat het aantal vacatures voor vakbekwame koks in de regio de afgelopen jaren sterk is "
          "toegenomen;"),
        L("(D) dat een aanzienlijk deel van de leerlingen van de School na het behalen van het "
          "vmbo-diploma een opleiding in de horeca kiest, maar dat een deel van hen bij de overgang "
          "naar het mbo uitvalt;"),
        L("(E) dat Partijen de overgang tussen vmbo en mbo willen verbeteren door leerlingen een "
          "ononderbroken leerweg te bieden waarin de vmbo- en mbo-leerstof als één geheel wordt "
          "aangeboden;"),
        L("(F) dat de horecaondernemers in het Heuvelland, verenigd in onder meer de afdeling "
          "Heuvelland van de regionale horecavereniging, hebben laten weten behoefte te hebben aan goed "
          "opgeleide koks en bereid te zijn aan een dergelijke leerweg bij te dragen;"),
        L("(G) dat Partijen het werkveld nauw bij de leerroute willen betrekken, zodat het onderwijs "
          "aansluit bij de praktijk in keukens van hotels en restaurants in de regio;"),
        L("(H) dat Partijen sinds het schooljaar 2022-2023 ervaring hebben opgedaan met een "
          "gezamenlijke oriëntatiemodule koken voor leerlingen van leerjaar 3;"),
        L("(I) dat de Wet voortgezet onderwijs 2020 en de Wet educatie en beroepsonderwijs het mogelijk "
          "maken dat een school voor voortgezet onderwijs en een instelling voor beroepsonderwijs "
          "gezamenlijk een doorlopende leerroute vmbo-mbo verzorgen;"),
        L("(J) dat artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet "
          "educatie en beroepsonderwijs voorschrijven dat dit geschiedt op grond van een "
          "samenwerkingsovereenkomst, waarin in elk geval afspraken zijn opgenomen over de daar "
          "genoemde onderwerpen;"),
        L("(K) dat de medezeggenschapsraad van de School en de studentenraad van het "
          "Gastvrijheidscollege over het voornemen tot deze samenwerking hebben geadviseerd en dat "
          "Partijen die adviezen bij het opstellen van deze overeenkomst hebben betrokken;"),
        L("(L) dat Partijen de route met ingang van het schooljaar 2025-2026 gezamenlijk bij de "
          "Minister zullen melden;"),
        L("(M) dat Partijen het belang van de leerlingen en studenten bij een ononderbroken en "
          "kwalitatief goede leerweg voorop stellen, ook wanneer de samenwerking zou worden gewijzigd of "
          "beëindigd;"),
        L("(N) dat Partijen hun afspraken in deze overeenkomst wensen vast te leggen;"),
        P("KOMEN OVEREEN ALS VOLGT:"),

        H("ARTIKEL 1 - DEFINITIES"),
        P("In deze overeenkomst en de daarbij behorende bijlagen wordt verstaan onder:"),
        L("a. Route: de doorlopende leerroute vmbo-mbo als bedoeld in artikel 2;"),
        L("b. Leerling: een leerling van de School die aan de Route deelneemt;"),
        L("c. Student: een deelnemer aan de Route die bij het Gastvrijheidscollege is ingeschreven;"),
        L("d. Vo-fase: leerjaar 3 en 4 van de School, zijnde de eerste twee leerjaren van de Route;"),
        L("e. Mbo-fase: de leerjaren van de Route na de Vo-fase;"),
        L("f. Stuurgroep: het orgaan bedoeld in artikel 4;"),
        L("g. Routecoördinator: de functionaris bedoeld in artikel 4, derde lid;"),
        L("h. Routeplan: het gezamenlijke programma van toetsing en afsluiting en onderwijs- en "
          "examenregeling van de Route, waarin onderwijs en examinering per leerjaar zijn beschreven;"),
        L("i. Werkveldraad: het overleg van horecaondernemers uit het Heuvelland dat Partijen "
          "adviseert over de inhoud van de Route;"),
        L("j. Leerbedrijf: een door de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven "
          "erkend horecabedrijf;"),
        L("k. Leerrestaurant: het restaurant De Geulhoeve van het Gastvrijheidscollege te Valkenburg "
          "aan de Geul;"),
        L("l. Routeklankbord: het overleg bedoeld in artikel 11;"),
        L("m. Besturen: de colleges van bestuur van Partijen;"),
        L("n. Ouders: de ouders, voogden of verzorgers van een minderjarige Leerling of Student;"),
        L("o. Schooljaar: het tijdvak van 1 augustus tot en met 31 juli;"),
        L("p. Overeenkomst: deze overeenkomst met de daarbij behorende bijlagen."),

        H("ARTIKEL 2 - ONDERWERP VAN DE OVEREENKOMST"),
        L("1. Partijen verzorgen gezamenlijk de Route, die bestaat uit de kaderberoepsgerichte "
          "leerweg in het profiel Horeca, bakkerij en recreatie van de School en de opleiding "
          "Zelfstandig werkend kok (niveau 3, beroepsopleidende leerweg) van het "
          "Gastvrijheidscollege, in het opleidingsdomein Horeca en bakkerij."),
        L("2. De Route begint in leerjaar 3 van de School en leidt tot het vmbo-diploma "
          "kaderberoepsgerichte leerweg en het mbo-diploma Zelfstandig werkend kok. De nominale duur "
          "van de Route is vijf jaar."),
        L("3. Partijen melden de Route ieder in het Register Instellingen en Opleidingen."),

        H("ARTIKEL 3 - INSCHRIJVING"),
        L("1. In de Vo-fase staat de Leerling ingeschreven bij de School. Bij de aanvang van de "
          "Mbo-fase wordt hij bij het Gastvrijheidscollege ingeschreven."),
        L("2. Een Student die het vmbo-diploma nog niet heeft behaald, blijft voor de afronding van "
          "het vmbo-examen tevens bij de School ingeschreven."),

        H("ARTIKEL 4 - DE STUURGROEP"),
        L("1. De leiding over de Route berust bij een Stuurgroep, bestaande uit de directeur vmbo van "
          "de School, de directeur Horeca van het Gastvrijheidscollege en de Routecoördinator, de "
          "laatste zonder stemrecht."),
        L("2. De directeuren bedoeld in het eerste lid maken ambtshalve deel uit van de Stuurgroep; "
          "zij worden door het eigen bestuur als lid aangewezen. Bij afwezigheid wijst het bestuur een "
          "plaatsvervanger aan."),
        L("3. De Routecoördinator wordt door de Besturen gezamenlijk benoemd, op voordracht van de "
          "Stuurgroep, voor een termijn van drie Schooljaren die eenmaal kan worden verlengd."),
        L("4. De Besturen dragen aan de Stuurgroep op: de dagelijkse gang van zaken in de Route, de "
          "roostering, de verdeling van taken binnen het docententeam, de toelating van Leerlingen tot "
          "de Route, het opstellen van het concept-Routeplan en de bewaking van de kwaliteit van de "
          "Route. De Stuurgroep is bevoegd binnen de door de Besturen vastgestelde begroting "
          "uitgaven te doen tot € 7.500 per uitgave. Het Routeplan, de begroting en het aantal "
          "plaatsen worden door de Besturen vastgesteld."),

        H("ARTIKEL 5 - VERSLAGLEGGING"),
        L("1. De Stuurgroep brengt ieder Schooljaar vóór 15 oktober aan beide Besturen een schriftelijk "
          "jaarverslag uit over het voorafgaande Schooljaar, met daarin in elk geval de aantallen "
          "Leerlingen en Studenten, de uitval en de redenen daarvan, de examenresultaten en de "
          "besteding van de middelen bedoeld in artikel 10."),
        L("2. Halverwege het Schooljaar, in februari, informeert de Stuurgroep de Besturen in een "
          "tussentijdse notitie over de voortgang en eventuele knelpunten."),
        L("3. Het jaarverslag wordt besproken in een bestuurlijk overleg in november, waarin de "
          "Stuurgroep verantwoording aflegt over het gevoerde beleid."),

        H("ARTIKEL 6 - UITVOERING VAN HET ONDERWIJS"),
        L("1. Leerjaar 3 wordt verzorgd op de locatie van de School te Valkenburg aan de Geul. In "
          "leerjaar 4 volgen de Leerlingen twee dagen per week praktijkonderwijs in de keuken van het "
          "Leerrestaurant. De Mbo-fase wordt verzorgd op de locatie Valkenburg aan de Geul van het "
          "Gastvrijheidscollege."),
        L("2. Het onderwijs en de examinering per leerjaar zijn beschreven in het Routeplan, dat de "
          "Besturen jaarlijks vóór 1 juli vaststellen. Het Routeplan geeft aan welke onderdelen tot "
          "het vmbo-programma, welke tot het mbo-programma en welke tot beide behoren."),
        L("3. Het onderwijs wordt verzorgd door een gezamenlijk docententeam. Het Gastvrijheidscollege "
          "zet in leerjaar 4 een chef-kok/praktijkdocent in voor de praktijkdagen; de School zet een "
          "docent Horeca, bakkerij en recreatie in die in leerjaar 4 mede lesgeeft in het "
          "Leerrestaurant. Voor de vakoverstijgende module Gastronomie en gastvrijheid werken Partijen "
          "met teambevoegdheid, met dien verstande dat ieder teamlid bevoegd is voor ten minste één "
          "onderdeel en verantwoordelijk blijft voor dat onderdeel, en het team gezamenlijk alle "
          "onderdelen dekt. Personeelsleden blijven in dienst van de eigen werkgever."),
        L("4. Het Gastvrijheidscollege stelt de keuken, het restaurant en de koel- en vriescellen van "
          "het Leerrestaurant, alsmede koksbuizen en messensets in bruikleen, ter beschikking. De "
          "School stelt haar praktijkkeuken en het lokaal Recreatie ter beschikking voor de "
          "gezamenlijke lessen in leerjaar 3."),

        H("ARTIKEL 7 - KLACHTEN"),
        P("Een klacht die betrekking heeft op een gedraging van een personeelslid van de andere Partij "
          "wordt binnen vijf werkdagen aan die Partij doorgezonden en volgens haar klachtenregeling "
          "afgehandeld; de Partij die de klacht ontving, wordt over de uitkomst geïnformeerd."),

        H("ARTIKEL 8 - VOORTIJDIG VERLATEN VAN DE ROUTE"),
        L("1. Verlaat een Leerling de Route in de Vo-fase, dan vervolgt hij zijn opleiding in de "
          "kaderberoepsgerichte leerweg of, indien dat beter past, de basisberoepsgerichte leerweg van "
          "de School, met het oog op het behalen van het vmbo-diploma."),
        L("2. Verlaat een Student de Route in de Mbo-fase, dan kan hij bij het Gastvrijheidscollege "
          "instromen in een andere opleiding op niveau 2 of 3, zoals Gastheer/gastvrouw (niveau 2), "
          "Zelfstandig werkend gastheer/gastvrouw (niveau 3) of Zelfstandig werkend bakker "
          "(niveau 3). Het ontbreken van het vmbo-diploma staat daaraan niet in de weg."),
        L("3. Het vervolg wordt bepaald door de directeur vmbo van de School en de directeur Horeca van "
          "het Gastvrijheidscollege gezamenlijk, na overleg met de Leerling of Student en zijn Ouders, "
          "op basis van het bereikte onderwijsniveau en de leeftijd van de betrokkene. Wenst de "
          "betrokkene elders verder te gaan, dan begeleiden Partijen hem daarbij."),

        H("ARTIKEL 9 - DUUR"),
        P("Deze Overeenkomst wordt aangegaan voor onbepaalde tijd en treedt in werking op 1 augustus "
          "2025."),

        H("ARTIKEL 10 - BIJDRAGE VAN DE SCHOOL"),
        L("1. De School draagt met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 "
          "voor iedere Leerling in leerjaar 4 een bedrag over aan het Gastvrijheidscollege gelijk aan "
          "15 procent van het bedrag per leerling voor de kaderberoepsgerichte leerweg, zoals dat in "
          "de regeling bekostiging voortgezet onderwijs voor het betrokken kalenderjaar is "
          "vastgesteld."),
        L("2. Dit bedrag is bestemd voor de inzet van de chef-kok/praktijkdocent bedoeld in artikel 6, "
          "derde lid, en voor de grondstoffen die in het Leerrestaurant worden verbruikt."),
        L("3. Overigens vindt geen overdracht van bekostiging plaats."),

        H("ARTIKEL 11 - ROUTEKLANKBORD"),
        L("1. Partijen stellen een Routeklankbord in, bestaande uit twee Ouders (van wie ten minste "
          "één lid van de oudergeleding van de medezeggenschapsraad van de School), twee Leerlingen of "
          "Studenten uit de Route en één docent van elk van Partijen."),
        L("2. Het Routeklankbord brengt advies uit over het concept-Routeplan en over ieder voorstel "
          "tot wijziging van de Route. De Stuurgroep beantwoordt het advies schriftelijk."),
        L("3. De medezeggenschapsraad van de School en de studentenraad van het Gastvrijheidscollege "
          "ontvangen de adviezen van het Routeklankbord. Studenten in de Mbo-fase blijven tot het "
          "behalen van het vmbo-diploma verkiesbaar voor de leerlingengeleding van de "
          "medezeggenschapsraad van de School."),

        H("ARTIKEL 12 - GEGEVENS"),
        P("Partijen wisselen de gegevens van Leerlingen en Studenten uit die voor de uitvoering van de "
          "Route noodzakelijk zijn, met inachtneming van de privacywetgeving."),

        H("ARTIKEL 13 - TOETREDING, OPZEGGING EN WIJZIGING"),
        L("1. Een andere school of instelling kan tot deze Overeenkomst toetreden met schriftelijke "
          "instemming van beide Partijen, door ondertekening van een toetredingsakte waarin zij alle "
          "bepalingen van de Overeenkomst aanvaardt. Toetreding gaat in bij het begin van een "
          "Schooljaar."),
        L("2. Iedere Partij kan deze Overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, "
          "met een opzegtermijn van ten minste vijftien maanden. Vanaf de opzegging worden geen nieuwe "
          "Leerlingen meer tot de Route toegelaten."),
        L("3. Leerlingen en Studenten die op het moment van opzegging of ontbinding aan de Route "
          "deelnemen, kunnen de Route bij Partijen voltooien; Partijen blijven daartoe aan deze "
          "Overeenkomst gebonden."),
        L("4. Wijziging van deze Overeenkomst geschiedt uitsluitend schriftelijk, met handtekening van "
          "beide Besturen, na advies van het Routeklankbord. Een wijziging die lopende Leerlingen of "
          "Studenten raakt, gaat in bij het begin van een Schooljaar."),

        H("ARTIKEL 14 - GESCHILLEN"),
        P("Partijen zullen zich inspannen om geschillen over de uitvoering van deze Overeenkomst in der "
          "minne en in goed onderling overleg op te lossen, met inachtneming van de belangen van de "
          "Leerlingen en Studenten."),

        H("ARTIKEL 15 - SLOTBEPALING"),
        P("Deze Overeenkomst is in tweevoud opgemaakt en ondertekend te Valkenburg aan de Geul op "
          "4 juli 2025."),
        ("sig", ["Stichting Voortgezet Onderwijs Heuvelland", "drs. M.H.G. Ramakers",
                 "voorzitter college van bestuur", "handtekening: ______________"],
                ["Stichting Beroepsonderwijs Gastvrijheid Zuid-Limburg", "mr. J.W.P. Huppertz",
                 "voorzitter college van bestuur", "handtekening: ______________"]),
    ]


@sample(355, "zeer_kort_kernzinnen_schiedam_stukadoor", "docx",
        "Very short (about one page) but complete DOCX agreement: ten numbered paragraphs with bold "
        "lead-in words, no headings; Schiedam, Bouwen, wonen en interieur bb -> Stukadoor niveau 2; "
        "every item arranged in one or two dense sentences (small per-pupil transfer with purpose, "
        "studentenraad seat, mediation then rechter).",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="present", i="present", j="present"),
        dict(a="1. Route en diploma's.",
             b="2. Vakbedrijven.",
             c="3. Routeleiding.",
             d="4. Jaarverslag.",
             e="5. Lessen, docenten en werkplaats.",
             f="6. Ander vervolg.",
             g="7. Geld.",
             h="8. Stem van leerlingen.",
             i="9. Onenigheid.",
             j="10. Nieuwe partners, opzegging en wijziging."),
        style=dict(font="Cambria", size=10, author="Lorentz Vakcollege"))
def s355():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Afbouw Schiedam"),
        P("Stichting Christelijk Voortgezet Onderwijs Schiedam-Vlaardingen, bevoegd gezag van het "
          "Lorentz Vakcollege te Schiedam (de school), en Stichting ROC Schie en Maas, bevoegd gezag "
          "van het Bouwcollege Schie en Maas te Vlaardingen (het ROC), spreken af:"),
        P("**1. Route en diploma's.** De route loopt van leerjaar 3 van de basisberoepsgerichte "
          "leerweg, profiel Bouwen, wonen en interieur, van de school naar de opleiding Stukadoor "
          "(niveau 2, opleidingsdomein Bouw en infra) van het ROC en leidt tot beide diploma's. Beide "
          "partijen melden de route in RIO."),
        P("**2. Vakbedrijven.** Van Dijk Afbouw (Schiedam) en Stukadoorsbedrijf Gerritsen (Maassluis) "
          "bieden leerlingen in leerjaar 4 één praktijkdag per week op de bouwplaats, bieden in de "
          "mbo-fase leerbanen als erkend leerbedrijf, leveren een beoordelaar voor de proeve van "
          "bekwaamheid en bespreken elk jaar in maart met de routeleiding het programma."),
        P("**3. Routeleiding.** De teamleider bovenbouw van de school en de opleidingsmanager Afbouw "
          "van het ROC vormen samen de routeleiding; ieder bestuur wijst zijn eigen lid aan. De "
          "routeleiding regelt rooster, inzet van docenten, toelating en stages en stelt het "
          "concept-PTA/OER op; vaststelling van PTA/OER en begroting blijft bij de besturen."),
        P("**4. Jaarverslag.** De routeleiding stuurt beide besturen elk jaar vóór 1 november een "
          "schriftelijk verslag (aantallen, uitval, resultaten, uitgaven) en legt daarover in het "
          "bestuurlijk overleg van november verantwoording af; in april volgt een korte tussenstand."),
        P("**5. Lessen, docenten en werkplaats.** Leerjaar 3 is op de school; in leerjaar 4 zijn de "
          "leerlingen twee dagen in de stukadoorswerkplaats van het ROC in Vlaardingen; het programma "
          "per leerjaar staat in het gezamenlijke PTA/OER. De praktijkdocent stukadoren van het ROC "
          "en de BWI-docent van de school geven leerjaar 4 samen (teambevoegdheid voor het project "
          "Wand en plafond, ieder verantwoordelijk voor het eigen onderdeel); ieder blijft in dienst "
          "van de eigen werkgever. Het ROC stelt werkplaats, steigers, materiaal en "
          "beschermingsmiddelen ter beschikking, de school haar BWI-lokaal."),
        P("**6. Ander vervolg.** Wie in leerjaar 3 of 4 stopt, maakt het vmbo af op de school; wie in "
          "de mbo-fase stopt, kan bij het ROC zonder vooropleidingseisen verder in een andere "
          "niveau-2-opleiding, zoals Schilder of Tegelzetter, of wordt naar een andere instelling "
          "begeleid. Teamleider en opleidingsmanager beslissen dit samen met de leerling en zijn "
          "ouders, naar bereikt niveau en leeftijd."),
        P("**7. Geld.** De school draagt voor elke leerling in leerjaar 4 € 400 per jaar aan het ROC "
          "over voor materiaal en werkplaatsgebruik; verder gaat er geen bekostiging over."),
        P("**8. Stem van leerlingen.** Eén leerling van leerjaar 4 woont met spreekrecht de "
          "studentenraad van het ROC bij; de medezeggenschapsraad van de school en de studentenraad "
          "krijgen het jaarverslag en worden vooraf om advies gevraagd over wijzigingen van de route."),
        P("**9. Onenigheid.** Geschillen gaan van de routeleiding naar de bestuurders, daarna naar "
          "een gezamenlijk gekozen mediator en ten slotte naar de rechtbank Rotterdam."),
        P("**10. Nieuwe partners, opzegging en wijziging.** Een andere school of instelling kan per "
          "1 augustus toetreden als beide besturen schriftelijk instemmen en zij deze afspraken "
          "tekent. Opzeggen kan schriftelijk per 1 augustus met twaalf maanden termijn; daarna geen "
          "nieuwe instroom, maar wie al in de route zit maakt haar af. Wijzigen gebeurt schriftelijk "
          "door beide besturen en gaat voor lopende leerlingen pas in bij een nieuw schooljaar."),
        P("Ingang 1 augustus 2025, voor onbepaalde tijd. Schiedam, 10 juni 2025."),
        ("sig", ["Voor de school:", "K. de Graaf, voorzitter college van bestuur"],
                ["Voor het ROC:", "drs. L. Verhoef, voorzitter college van bestuur"]),
    ]


@sample(356, "drie_partijen_nominale_stijl_amstelland_accountmanager",
        "pdf",
        "PDF three-party agreement (two vmbo boards and one ROC), Amstelland, Economie en ondernemen gl "
        "-> Junior accountmanager niveau 4; cover page with inhoudsopgave, chapters, bureaucratic "
        "nominal style; leiding, inrichting, overstap and toetreding/opzegging each split over two "
        "articles with cross-references; compliant, explicit no funding transfer; silent on "
        "medezeggenschap (h not_applicable).",
        dict(a="present", b="present", c="present", d="present", e="present", f="present",
             g="present", h="not_applicable", i="present", j="present"),
        dict(a="Artikel 2 Routeomschrijving",
             b="Artikel 9 Inbreng van het werkveld",
             c="Artikel 5 Aanwijzing en mandaat",
             d="Artikel 6 Verantwoording aan de besturen",
             e="Artikel 8 Personeel en faciliteiten",
             f="Artikel 11 Voortzetting in de mbo-fase",
             g="Artikel 12 Geen verrekening van rijksbijdragen",
             i="Artikel 14 Beslechting van geschillen",
             j="Artikel 16 Opzegging, ontbinding en wijziging"),
        style=dict(font="Helvetica", size=9.5, justify=False,
                   header="Samenwerkingsovereenkomst Commerciële Route Amstelland",
                   footer="", author="Bureau Onderwijsontwikkeling Amstelland"))
def s356():
    toc = [
        "Hoofdstuk I Grondslag: Artikel 1 Begripsbepalingen; Artikel 2 Routeomschrijving; Artikel 3 "
        "Melding en inschrijving",
        "Hoofdstuk II Sturing: Artikel 4 Samenstelling routedirectie; Artikel 5 Aanwijzing en mandaat; "
        "Artikel 6 Verantwoording aan de besturen",
        "Hoofdstuk III Uitvoering: Artikel 7 Onderwijsprogramma en locaties; Artikel 8 Personeel en "
        "faciliteiten; Artikel 9 Inbreng van het werkveld",
        "Hoofdstuk IV Voortzetting elders: Artikel 10 Voortzetting in de vo-fase; Artikel 11 "
        "Voortzetting in de mbo-fase",
        "Hoofdstuk V Financiën en overige bepalingen: Artikel 12 Geen verrekening van rijksbijdragen; "
        "Artikel 13 Klachtbehandeling; Artikel 14 Beslechting van geschillen; Artikel 15 Toetreding; "
        "Artikel 16 Opzegging, ontbinding en wijziging; Artikel 17 Inwerkingtreding",
    ]
    return [
        ("title", "Samenwerkingsovereenkomst Commerciële Route Amstelland"),
        ("sub", "doorlopende leerroute vmbo-mbo Economie en ondernemen – Junior accountmanager"),
        ("sub", "Sint-Joris College Amstelveen · De Poelhorst Uithoorn · ROC Amstel en Venen"),
        ("sub", "Vastgesteld door de besturen op 24 juni 2025"),
        H2("Inhoud"),
    ] + [L("- " + t) for t in toc] + [
        ("pb",),
        H("Partijen"),
        L("1. Stichting Katholiek Onderwijs Amstelland, bevoegd gezag van het Sint-Joris College te "
          "Amstelveen, vertegenwoordigd door haar bestuurder, mevrouw drs. I.M. Schoonderwoerd;"),
        L("2. Stichting Openbaar Voortgezet Onderwijs Aalsmeer-Uithoorn, bevoegd gezag van De "
          "Poelhorst te Uithoorn, vertegenwoordigd door de voorzitter van het college van bestuur, de "
          "heer R. Tjon-A-Loi;"),
        L("3. Stichting ROC Amstel en Venen, bevoegd gezag van ROC Amstel en Venen te Amstelveen, "
          "vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw mr. F. de Jager;"),
        P("verder te noemen: de scholen (1 en 2), het ROC (3) en gezamenlijk: partijen."),

        H("Hoofdstuk I Grondslag"),
        H2("Artikel 1 Begripsbepalingen"),
        P("Route: de doorlopende leerroute bedoeld in artikel 2. Vo-fase: leerjaar 3 en 4 van de "
          "scholen. Mbo-fase: de daarop volgende leerjaren bij het ROC. Routedirectie: het orgaan "
          "bedoeld in artikel 4. Routegids: het gezamenlijke PTA/OER van de route."),
        H2("Artikel 2 Routeomschrijving"),
        P("2.1 Voorwerp van deze overeenkomst is de gezamenlijke verzorging van een route vanaf "
          "leerjaar 3 van de gemengde leerweg, profiel Economie en ondernemen, van elk van de scholen "
          "naar de middenkaderopleiding Junior accountmanager (niveau 4, beroepsopleidende leerweg) "
          "van het ROC, opleidingsdomein Handel."),
        P("2.2 Afronding van de route geschiedt met het diploma vmbo gemengde leerweg en het diploma "
          "Junior accountmanager. Nominale duur: vijf leerjaren."),
        H2("Artikel 3 Melding en inschrijving"),
        P("3.1 Melding van de route in het Register Instellingen en Opleidingen geschiedt door elk van "
          "partijen afzonderlijk, vóór 1 oktober 2025."),
        P("3.2 Inschrijving in de vo-fase bij de eigen school; in de mbo-fase bij het ROC."),

        H("Hoofdstuk II Sturing"),
        H2("Artikel 4 Samenstelling routedirectie"),
        P("4.1 Instelling van een routedirectie voor de leiding over de route."),
        P("4.2 Samenstelling: de teamleider bovenbouw vmbo van het Sint-Joris College, de teamleider "
          "bovenbouw vmbo van De Poelhorst en de onderwijsmanager Handel van het ROC, de laatste als "
          "voorzitter."),
        P("4.3 Ondersteuning door een routesecretaris uit het onderwijsbureau van het ROC, zonder "
          "stemrecht."),
        H2("Artikel 5 Aanwijzing en mandaat"),
        P("5.1 Aanwijzing van de leden van de routedirectie bedoeld in artikel 4.2 geschiedt door het "
          "bevoegd gezag van de partij waar het lid in dienst is, bij schriftelijk besluit dat aan de "
          "andere partijen wordt toegezonden. Aanwijzing van de routesecretaris geschiedt door het "
          "college van bestuur van het ROC, na instemming van de bestuurders van de scholen."),
        P("5.2 Opgedragen taken: planning en roostering van de gezamenlijke onderwijsdagen; verdeling "
          "van de docenteninzet bedoeld in artikel 8; toelating van leerlingen tot de route; "
          "onderhoud van de werkveldcontacten bedoeld in artikel 9; opstelling van de concept-Routegids; "
          "uitvoering van de jaarlijkse evaluatie."),
        P("5.3 Bevoegdheden: besluitvorming over de onder 5.2 genoemde onderwerpen; aangaan van "
          "uitgaven binnen het routebudget tot € 7.500 per uitgave; sluiting van "
          "praktijkovereenkomsten namens partijen. Voorbehouden aan de besturen: vaststelling van de "
          "Routegids, de begroting, de instroomcapaciteit en de wijziging van deze overeenkomst."),
        P("5.4 Besluitvorming binnen de routedirectie: bij meerderheid van stemmen, met dien verstande "
          "dat een besluit dat uitsluitend één school betreft de instemming van de teamleider van die "
          "school behoeft."),
        H2("Artikel 6 Verantwoording aan de besturen"),
        P("6.1 Verstrekking van informatie door de routedirectie aan de drie besturen: per kwartaal, "
          "door middel van een routemonitor met de actuele aantallen leerlingen en studenten per "
          "school en per leerjaar, verzuim en uitval."),
        P("6.2 Verantwoording over het afgelopen schooljaar: jaarlijks vóór 1 december, door middel van "
          "een schriftelijke verantwoordingsrapportage over resultaten, in-, door- en uitstroom, "
          "besteding van het routebudget, de uitkomsten van de evaluatie en het advies van het werkveld."),
        P("6.3 Bespreking van de verantwoordingsrapportage in het driepartijen-bestuursoverleg in "
          "december, met vaststelling van de rapportage en eventuele aanwijzingen aan de "
          "routedirectie."),

        H("Hoofdstuk III Uitvoering"),
        H2("Artikel 7 Onderwijsprogramma en locaties"),
        P("7.1 Verzorging van leerjaar 3 op de eigen school; in leerjaar 4 gezamenlijke onderwijsdagen "
          "(twee per week) voor de leerlingen van beide scholen op de ROC-locatie Amstelveen-Stadshart; "
          "mbo-fase op die locatie en bij de praktijkpartners bedoeld in artikel 9."),
        P("7.2 Beschrijving van onderwijs, examinering en beroepspraktijkvorming per leerjaar in de "
          "Routegids, met aanduiding van vo-, mbo- en gecombineerde onderdelen; vaststelling door de "
          "drie besturen jaarlijks vóór 1 juli."),
        P("7.3 Afname van het centraal examen vmbo aan het einde van leerjaar 4 door de eigen school."),
        H2("Artikel 8 Personeel en faciliteiten"),
        P("8.1 Uitvoering door één routeteam met docenten economie en ondernemen van beide scholen en "
          "docenten commercie, marketing en sales van het ROC. Inzet van ROC-docenten in leerjaar 4 "
          "op de gezamenlijke onderwijsdagen (ten minste 16 lesuren per week); inzet van "
          "schooldocenten Nederlands en Engels in het eerste jaar van de mbo-fase voor de "
          "examenvoorbereiding vmbo."),
        P("8.2 Toepassing van teambevoegdheid in de vakoverstijgende projecten Onderneming in "
          "bedrijf, onder de voorwaarden dat elk teamlid bevoegd is voor ten minste één onderdeel, het "
          "team gezamenlijk alle onderdelen omvat en elk teamlid verantwoordelijk blijft voor het "
          "onderdeel waarvoor hij bevoegd is."),
        P("8.3 Behoud van het dienstverband bij de eigen werkgever; naleving van de huisregels van de "
          "locatie waar wordt gewerkt."),
        P("8.4 Beschikbaarstelling door het ROC van het leerwarenhuis, de salestrainingsruimte met "
          "belstudio en de CRM-omgeving; beschikbaarstelling door de scholen van hun praktijklokalen "
          "economie en van de schoolbibliotheek voor route-leerlingen van de andere school."),
        H2("Artikel 9 Inbreng van het werkveld"),
        P("9.1 Betrokkenheid van de Ondernemerskring Amstelland en van de praktijkpartners Veenhuis "
          "Sierteelt Export B.V. (Aalsmeer), Kantoorhuis Amstel B.V. (Amstelveen) en Winkelcentrum "
          "Stadshart Beheer (Amstelveen)."),
        P("9.2 Bijdrage van de praktijkpartners: beoordeling door een ondernemerspanel van de "
          "ondernemingsplannen van de leerlingen aan het einde van leerjaar 4; beschikbaarstelling van "
          "stageplaatsen in de mbo-fase als erkend leerbedrijf; koppeling van iedere student aan een "
          "mentor uit het bedrijfsleven; aanlevering van een praktijkcase per semester."),
        P("9.3 Tweejaarlijkse programma-adviesronde door de Ondernemerskring, met schriftelijke "
          "reactie van de routedirectie."),

        H("Hoofdstuk IV Voortzetting elders"),
        H2("Artikel 10 Voortzetting in de vo-fase"),
        P("10.1 Bij beëindiging van de deelname aan de route in leerjaar 3 of 4: voortzetting in de "
          "gemengde of theoretische leerweg van de eigen school, in het profiel Economie en ondernemen "
          "of een ander profiel, met het oog op het vmbo-diploma."),
        P("10.2 Artikel 11.3 is van overeenkomstige toepassing."),
        H2("Artikel 11 Voortzetting in de mbo-fase"),
        P("11.1 Bij beëindiging van de deelname in de mbo-fase: overstap naar een andere opleiding op "
          "niveau 4 van het ROC, zoals Ondernemer retail of Medewerker marketing en communicatie, dan "
          "wel naar een opleiding op niveau 3, zoals Verkoopspecialist, afhankelijk van de behaalde "
          "onderdelen."),
        P("11.2 Geen toepassing van vooropleidingseisen binnen het ROC bij een student zonder "
          "vmbo-diploma; medewerking van het ROC aan een geschiktheidsonderzoek bij overstap naar een "
          "andere instelling."),
        P("11.3 Beoordeling van het passende vervolg: gezamenlijk door de teamleider van de betrokken "
          "school en de onderwijsmanager Handel van het ROC, na gesprek met de leerling of student en "
          "diens ouders, op basis van het bereikte onderwijsniveau en de leeftijd; schriftelijke "
          "vastlegging in een overstapdocument."),

        H("Hoofdstuk V Financiën en overige bepalingen"),
        H2("Artikel 12 Geen verrekening van rijksbijdragen"),
        P("12.1 Geen overdracht van bekostiging tussen partijen, noch van de scholen aan het ROC, noch "
          "van het ROC aan de scholen."),
        P("12.2 Verrekening van de wederzijdse docenteninzet bedoeld in artikel 8.1 in uren, volgens "
          "een jaarlijkse urenbalans; draging van overige kosten door iedere partij zelf."),
        H2("Artikel 13 Klachtbehandeling"),
        P("Doorzending binnen vijf werkdagen van een klacht over een medewerker van een andere partij "
          "naar die partij; afhandeling volgens de klachtenregeling van de werkgever van de medewerker, "
          "met terugkoppeling aan de partij die de klacht ontving."),
        H2("Artikel 14 Beslechting van geschillen"),
        P("14.1 Eerste bespreking van een geschil over de uitvoering van deze overeenkomst in de "
          "routedirectie; bij uitblijven van overeenstemming binnen vier weken: voorlegging aan het "
          "driepartijen-bestuursoverleg."),
        P("14.2 Bij uitblijven van overeenstemming binnen zes weken daarna: voorlegging aan een "
          "geschillencommissie van drie leden, van wie één aangewezen door de betrokken school of "
          "scholen, één door het ROC en een voorzitter door deze beide leden gezamenlijk. Uitspraak "
          "binnen acht weken, bij wijze van bindend advies."),
        H2("Artikel 15 Toetreding"),
        P("15.1 Toetreding van een andere school of instelling: mogelijk met schriftelijke instemming "
          "van alle partijen en door ondertekening van een toetredingsakte met aanvaarding van alle "
          "bepalingen van deze overeenkomst; ingangsdatum steeds 1 augustus."),
        P("15.2 Melding van de toetreding door de toetreder in RIO. Geen wijziging van de Routegids "
          "van reeds ingeschreven leerlingen als gevolg van de toetreding."),
        H2("Artikel 16 Opzegging, ontbinding en wijziging"),
        P("16.1 Opzegging: door iedere partij, schriftelijk, tegen 1 augustus, met een opzegtermijn "
          "van ten minste twaalf maanden. Voortzetting van de overeenkomst tussen de overige partijen "
          "indien ten minste één school en het ROC partij blijven."),
        P("16.2 Ontbinding: met onmiddellijke ingang bij verlies van bekostiging of bij ernstige "
          "tekortkoming van een partij die na schriftelijke ingebrekestelling niet binnen zestig "
          "dagen is hersteld."),
        P("16.3 Gevolgen voor leerlingen en studenten: geen nieuwe instroom na opzegging of ontbinding "
          "voor zover het de betrokken partij betreft; voltooiing van de route door de leerlingen en "
          "studenten die op dat moment deelnemen, onder de voorwaarden van deze overeenkomst; "
          "toepassing van hoofdstuk IV indien voltooiing onmogelijk blijkt."),
        P("16.4 Wijziging: uitsluitend bij schriftelijk besluit van alle besturen; inwerkingtreding van "
          "wijzigingen die lopende leerlingen raken niet eerder dan bij de aanvang van het volgende "
          "schooljaar, na tijdige mededeling aan leerlingen en ouders."),
        H2("Artikel 17 Inwerkingtreding"),
        P("Inwerkingtreding op 1 augustus 2025, voor onbepaalde tijd; evaluatie na vier jaar."),
        P("Aldus vastgesteld en ondertekend te Amstelveen op 24 juni 2025."),
        ("sig", ["Stichting Katholiek Onderwijs Amstelland", "drs. I.M. Schoonderwoerd",
                 "", "Stichting Openbaar Voortgezet Onderwijs Aalsmeer-Uithoorn", "R. Tjon-A-Loi"],
                ["Stichting ROC Amstel en Venen", "mr. F. de Jager"]),
    ]


# === END OF AGREEMENTS ===


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
