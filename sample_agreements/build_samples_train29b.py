#!/usr/bin/env python3
"""Build training sample agreements 453-460 for leerroute-check (batch train29b).

Written by an independent helper session. The agreements, their wording and their labels were
composed from the two official guidance documents (bouwsteen samenwerkingsovereenkomst and
bouwsteen overstapoptie, /work/shared/seeds), /work/shared/domain.md and LABELS.md only, without
looking at checker code, models, tests, benchmarks or the texts/build scripts of other samples.
All schools, instellingen, companies and people are made up.

Usage:
    python3 build_samples_train29b.py            build all samples
    python3 build_samples_train29b.py 453 457    build only those numbers
    python3 build_samples_train29b.py --check    open every produced file and verify it
"""

import io
import json
import os
import re
import sys
import zipfile
import datetime

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)

SAMPLES = {}


def sample(num, name, fmt, description, statuses, evidence, **opts):
    """Register one sample; the text is attached afterwards with text()."""
    assert 453 <= num <= 460
    assert set(statuses) == set("abcdefghij")
    SAMPLES[num] = dict(num=num, name=name, fmt=fmt, opts=opts, text=None,
                        expected={"description": description, "split": "train",
                                  "statuses": statuses, "evidence": evidence})


def text(num, body):
    SAMPLES[num]["text"] = body.strip("\n") + "\n"


# ---------------------------------------------------------------------------------------------
# Mini markup used for PDF and DOCX samples
#   "# "  title            "#: " centred sub line        "## " heading 1     "### " heading 2
#   "- "  bullet           "~LABEL~ text" numbered lid (indent by depth of LABEL)
#   "| a | b |" table rows (first row is the header)     ": " line of a line-broken block
#   "<<PB>>" page break    blank line ends a block        **bold** inline
# ---------------------------------------------------------------------------------------------

def parse(markup):
    blocks = []
    cur = None

    def flush():
        nonlocal cur
        if cur is not None:
            blocks.append(cur)
            cur = None

    for raw in markup.split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        s = line.strip()
        if s == "<<PB>>":
            flush(); blocks.append(("pb",)); continue
        if s.startswith("#: "):
            flush(); blocks.append(("sub", s[3:])); continue
        if s.startswith("### "):
            flush(); blocks.append(("h2", s[4:])); continue
        if s.startswith("## "):
            flush(); blocks.append(("h1", s[3:])); continue
        if s.startswith("# "):
            flush(); blocks.append(("title", s[2:])); continue
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
            if cur is not None and cur[0] == "table":
                cur[1].append(cells)
            else:
                flush(); cur = ("table", [cells])
            continue
        if s.startswith(": ") or s == ":":
            if cur is not None and cur[0] == "lines":
                cur[1].append(s[2:])
            else:
                flush(); cur = ("lines", [s[2:]])
            continue
        m = re.match(r"~([^~]+)~\s*(.*)", s)
        if m:
            flush()
            cur = ("num", m.group(1), m.group(2))
            continue
        if s.startswith("- "):
            flush(); cur = ("li", s[2:]); continue
        # continuation of a paragraph / numbered item / bullet
        if cur is not None and cur[0] in ("p", "li"):
            cur = (cur[0], cur[1] + " " + s)
        elif cur is not None and cur[0] == "num":
            cur = ("num", cur[1], cur[2] + " " + s)
        else:
            flush(); cur = ("p", s)
    flush()
    return blocks


def num_depth(label):
    lab = label.strip().rstrip(".")
    if lab.startswith("("):
        return 3
    if re.fullmatch(r"[a-z]", lab):
        return 2
    return min(lab.count("."), 3)


# ------------------------------------------------------------------------------ PDF ----------

def build_pdf(path, markup, opts):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)

    font = opts.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    size = opts.get("size", 10)
    lead = size * 1.38
    align = TA_JUSTIFY if opts.get("justify") else TA_LEFT
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                                alignment=TA_CENTER, spaceAfter=4),
        "sub": ParagraphStyle("s", fontName=font, fontSize=size, leading=lead, alignment=TA_CENTER,
                              spaceAfter=2),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                             spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead, spaceBefore=6,
                             spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=lead, alignment=align,
                            spaceAfter=5),
        "li": ParagraphStyle("li", fontName=font, fontSize=size, leading=lead, alignment=align,
                             leftIndent=14, bulletIndent=3, spaceAfter=2),
        "lines": ParagraphStyle("ln", fontName=font, fontSize=size, leading=lead, spaceAfter=0),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellb": ParagraphStyle("cb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.3),
    }
    head_color = colors.HexColor(opts.get("accent", "#1f3b5a"))
    if opts.get("accent"):
        st["h1"].textColor = head_color

    def fmt(t):
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)

    story = []
    for b in parse(markup):
        kind = b[0]
        if kind == "pb":
            story.append(PageBreak())
        elif kind in ("title", "sub", "h1", "h2", "p"):
            story.append(Paragraph(fmt(b[1]), st[kind]))
            if kind == "title":
                story.append(Spacer(1, 2))
        elif kind == "li":
            story.append(Paragraph(fmt(b[1]), st["li"], bulletText="\u2022"))
        elif kind == "num":
            depth = num_depth(b[1])
            ind = 30 + 18 * depth
            sty = ParagraphStyle("n%d" % depth, parent=st["p"], leftIndent=ind,
                                 bulletIndent=ind - 30,
                                 spaceAfter=3, bulletFontName=font, bulletFontSize=size)
            story.append(Paragraph(fmt(b[2]), sty, bulletText=b[1]))
        elif kind == "lines":
            story.append(Spacer(1, 2))
            for ln in b[1]:
                story.append(Paragraph(fmt(ln) if ln else "&nbsp;", st["lines"]))
            story.append(Spacer(1, 6))
        elif kind == "table":
            rows = b[1]
            data = [[Paragraph(re.sub(r"\s*//\s*", "<br/>", fmt(c)),
                               st["cellb"] if i == 0 else st["cell"]) for c in r]
                    for i, r in enumerate(rows)]
            ncol = len(rows[0])
            width = A4[0] - 50 * mm
            widths = opts.get("colwidths", {}).get(ncol)
            cw = [width * w for w in widths] if widths else [width / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ebf0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(Spacer(1, 4)); story.append(t); story.append(Spacer(1, 8))

    header = opts.get("header")
    footer = opts.get("footer")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        if header:
            canvas.drawString(25 * mm, A4[1] - 14 * mm, header)
        if footer:
            canvas.drawString(25 * mm, 12 * mm, footer)
        canvas.drawRightString(A4[0] - 25 * mm, 12 * mm, "%d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, invariant=1,
                            title=opts.get("pdf_title", ""), author=opts.get("pdf_author", ""),
                            subject="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ------------------------------------------------------------------------------ DOCX ---------

def _add_runs(par, t, size=None, bold_all=False):
    from docx.shared import Pt
    for i, part in enumerate(re.split(r"\*\*", t)):
        if not part:
            continue
        r = par.add_run(part)
        if i % 2 == 1 or bold_all:
            r.bold = True
        if size:
            r.font.size = Pt(size)
    return par


def _add_field(par, instr, size=None):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    if size:
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
        r.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def build_docx(path, markup, opts):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.table import WD_TABLE_ALIGNMENT

    d = docx.Document()
    base = d.styles["Normal"]
    base.font.name = opts.get("font", "Calibri")
    base.font.size = Pt(opts.get("size", 10.5))
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.4)
    sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.2)
    if opts.get("header"):
        hp = sec.header.paragraphs[0]
        _add_runs(hp, opts["header"], size=8)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if opts.get("footer"):
        fp = sec.footer.paragraphs[0]
        _add_runs(fp, opts["footer"] + "  \u2013  pagina ", size=8)
        _add_field(fp, "PAGE", size=8)
        _add_runs(fp, " van ", size=8)
        _add_field(fp, "NUMPAGES", size=8)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for b in parse(markup):
        kind = b[0]
        if kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "title":
            p = d.add_paragraph(style="Title")
            _add_runs(p, b[1])
        elif kind == "sub":
            p = d.add_paragraph()
            _add_runs(p, b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            p = d.add_paragraph(style="Heading 1")
            _add_runs(p, b[1])
        elif kind == "h2":
            p = d.add_paragraph(style="Heading 2")
            _add_runs(p, b[1])
        elif kind == "p":
            p = d.add_paragraph()
            _add_runs(p, b[1])
            p.paragraph_format.space_after = Pt(5)
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet")
            _add_runs(p, b[1])
        elif kind == "num":
            depth = num_depth(b[1])
            p = d.add_paragraph()
            pf = p.paragraph_format
            pf.left_indent = Cm(1.0 + 0.7 * depth)
            pf.first_line_indent = Cm(-1.0)
            pf.tab_stops.add_tab_stop(Cm(1.0 + 0.7 * depth))
            pf.space_after = Pt(3)
            _add_runs(p, b[1] + "\t" + b[2])
        elif kind == "lines":
            p = d.add_paragraph()
            for i, ln in enumerate(b[1]):
                if i:
                    p.add_run().add_break()
                _add_runs(p, ln)
        elif kind == "table":
            rows = b[1]
            ncol = len(rows[0])
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = opts.get("table_style", "Table Grid")
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = opts.get("colwidths", {}).get(ncol)
            if widths:
                t.autofit = False
                for j in range(ncol):
                    t.columns[j].width = Cm(16.2 * widths[j])
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cp = cell.paragraphs[0]
                    for k, piece in enumerate(re.split(r"\s*//\s*", c)):
                        if k:
                            cp = cell.add_paragraph()
                        _add_runs(cp, piece, size=opts.get("size", 10.5) - 1,
                                  bold_all=(i == 0 and opts.get("bold_header", True)))
                    if widths:
                        cell.width = Cm(16.2 * widths[j])
            d.add_paragraph()

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
    buf = io.BytesIO()
    d.save(buf)
    _rewrite_zip(buf.getvalue(), path)


def _rewrite_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ------------------------------------------------------------------------------ build/check --

def filename(s):
    return "%d_%s.%s" % (s["num"], s["name"], s["fmt"])


def build(s):
    path = os.path.join(OUT, filename(s))
    if s["fmt"] in ("txt", "md"):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(s["text"])
    elif s["fmt"] == "pdf":
        build_pdf(path, s["text"], s["opts"])
    elif s["fmt"] == "docx":
        build_docx(path, s["text"], s["opts"])
    else:
        raise ValueError(s["fmt"])
    jpath = os.path.join(OUT, "%d_%s.expected.json" % (s["num"], s["name"]))
    with open(jpath, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(s["expected"], ensure_ascii=False, indent=2) + "\n")
    print("wrote", filename(s))


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
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        for p in c.paragraphs:
                            parts.append(p.text)
                        cells(c.tables)
        cells(d.tables)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        # also confirm it is a well-formed zip with XML
        with zipfile.ZipFile(path) as z:
            assert "word/document.xml" in z.namelist()
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u00ad", "")).strip()


def check(nums):
    ok = True
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(OUT, filename(s))
        errs = []
        if not re.fullmatch(r"\d{3}_[a-z0-9_]+\.(pdf|docx|txt|md)", filename(s)):
            errs.append("bad file name")
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                txt = norm(extract(path))
            except Exception as e:  # noqa
                txt = ""
                errs.append("cannot open: %r" % e)
            for k, v in s["expected"]["evidence"].items():
                if s["expected"]["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(v) not in txt:
                    errs.append("evidence %s not found: %r" % (k, v))
            words = len(txt.split())
        jpath = os.path.join(OUT, "%d_%s.expected.json" % (s["num"], s["name"]))
        try:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != s["expected"]:
                    errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        if errs:
            ok = False
            print("FAIL", filename(s), "; ".join(errs))
        else:
            print("ok  ", filename(s), "(%d bytes, %d words)" % (os.path.getsize(path), words))
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        nums = [int(a) for a in argv[1:]] or sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = [int(a) for a in argv] or sorted(SAMPLES)
    for n in nums:
        build(SAMPLES[n])


# =============================================================================================
# The agreements
# =============================================================================================

# --------------------------------------------------------------------------------- 453 -------
sample(
    453, "besluitenlijst_oprichting_procestechniek", "txt",
    "Plain-text besluitenlijst of a founding meeting that the two boards sign as their "
    "samenwerkingsovereenkomst (Zeeuws-Vlaanderen, PIE kb -> mbo-3 Operator B); defects: the "
    "overstap demands the vmbo-diploma for a switch inside the same ROC and sends others to Entree "
    "(contradicts the statute), and there is no toetreding clause (only an aangehouden rondvraag "
    "point).",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "weak", "g": "present", "h": "present", "i": "present", "j": "weak"},
    {"a": "Agendapunt 1 - Welke route we samen aanbieden",
     "b": "Agendapunt 2 - Wat de procesbedrijven inbrengen",
     "c": "Agendapunt 3 - Het routeteam",
     "d": "Agendapunt 4 - Hoe de besturen op de hoogte blijven",
     "e": "Agendapunt 5 - Onderwijs, gebouwen, docenten en installaties",
     "g": "Agendapunt 7 - Geld",
     "h": "Agendapunt 8 - Inspraak",
     "i": "Agendapunt 9 - Als we het niet eens worden"},
)
text(453, r"""
KANAALCOLLEGE TERNEUZEN  |  ROC SCHELDE-ZUID

BESLUITENLIJST
Oprichtingsvergadering "Procesroute Kanaalzone"
Doorlopende leerroute vmbo-mbo Produceren, installeren en energie - Operator B

Datum:       dinsdag 3 juni 2025, 15.30 - 17.40 uur
Plaats:      Kanaalcollege, mediatheek, Oostelijke Kanaalweg 14, Terneuzen
Aanwezig:    mw. drs. H.M. (Hester) Verhulst, voorzitter college van bestuur Stichting
               Voortgezet Onderwijs Kanaalzone (voorzitter van deze vergadering)
             dhr. ir. P.J. (Pieter) de Kraker, lid college van bestuur Stichting ROC Schelde-Zuid
             dhr. M. (Marco) Dieleman, directeur Kanaalcollege
             mw. S. (Sanne) Bakx, directeur Techniek & Procesindustrie ROC Schelde-Zuid
             dhr. R. (Rudi) Van Hecke, afdelingsleider techniek Kanaalcollege
             mw. L. (Lotte) Hamelink, teamleider Procestechniek ROC Schelde-Zuid
             dhr. J. (Jan) Scheele, secretaris Kring Procesbedrijven Kanaalzone (punten 0 t/m 2)
Verslag:     mw. E. (Els) Meulblok, bestuurssecretaris ROC Schelde-Zuid

-------------------------------------------------------------------------------------------

Agendapunt 0 - Opening en status van deze besluitenlijst

Mevrouw Verhulst opent de vergadering en heet in het bijzonder de heer Scheele welkom. Zij
herinnert eraan dat de voorbereidingsgroep sinds september 2024 aan de route werkt en dat de
medezeggenschapsraad van het Kanaalcollege (4 maart 2025) en de studentenraad van ROC
Schelde-Zuid (11 maart 2025) positief hebben geadviseerd over het voornemen tot samenwerking.
Op voorstel van de heer De Kraker wordt geen aparte overeenkomst opgesteld: de besluiten van
vandaag worden in deze lijst zo geformuleerd dat zij zelf de overeenkomst vormen.

BESLUIT 0: Stichting Voortgezet Onderwijs Kanaalzone, bevoegd gezag van het Kanaalcollege
(school voor vbo en mavo, hierna: de school), en Stichting ROC Schelde-Zuid (hierna: het ROC)
komen overeen dat de besluiten 1 tot en met 11 in deze lijst, na ondertekening door beide
bestuurders, samen de samenwerkingsovereenkomst vormen als bedoeld in artikel 2.107b van de
Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs. De
tekst onder "Bespreking" is achtergrond; de tekst achter "BESLUIT" bindt beide partijen.


Agendapunt 1 - Welke route we samen aanbieden

Bespreking: De heer Dieleman schetst de aanleiding. Ieder jaar kiezen ongeveer vijftien
kaderleerlingen PIE voor een vervolg in de procesindustrie, maar een deel haakt tussen vmbo en
mbo af. Mevrouw Bakx bevestigt dat de opleiding Operator B nog plaats heeft voor een extra
groep. Er wordt kort gesproken over een variant naar niveau 2; die wordt voorlopig niet
aangeboden.

BESLUIT 1: Vanaf schooljaar 2025-2026 bieden de school en het ROC samen een doorlopende
leerroute aan die loopt van het profiel Produceren, installeren en energie in de
kaderberoepsgerichte leerweg van het Kanaalcollege naar de vakopleiding Operator B
(niveau 3, beroepsopleidende leerweg) in het opleidingsdomein Procestechniek van het ROC.
De route begint in leerjaar 3 van de school en duurt vier jaar. Het vmbo-diploma wordt in de
regel aan het eind van het tweede routejaar behaald en uiterlijk in het derde routejaar; het
mbo-diploma aan het eind van het vierde routejaar. Per cohort worden ten hoogste achttien
leerlingen toegelaten. De route heet in de communicatie "Procesroute Kanaalzone".


Agendapunt 2 - Wat de procesbedrijven inbrengen

Bespreking: De heer Scheele meldt dat het bestuur van de Kring heeft ingestemd. De bedrijven
willen vooral vroeg zichtbaar zijn voor leerlingen; veiligheid moet vanaf het begin een plek
krijgen. Over vergoedingen aan de bedrijven wordt niet gesproken.

BESLUIT 2: De Kring Procesbedrijven Kanaalzone, waarvan op dit moment Terneuzen Polymers
B.V., Scheldepoort Utilities B.V. en Axelse Tankopslag B.V. deel uitmaken, werkt als volgt
aan de route mee:
  a. in elk routejaar organiseren de bedrijven vier praktijkdagen op hun terrein, waarin
     leerlingen onder begeleiding van een operator een rondgang en een opdracht uitvoeren;
  b. operators en veiligheidskundigen van de bedrijven verzorgen per schooljaar ten minste zes
     gastlessen op de school of bij het ROC;
  c. vanaf het derde routejaar heeft iedere student een bpv-plaats bij een door SBB erkend
     leerbedrijf van de Kring; de Kring zorgt dat er voldoende plaatsen zijn en meldt een
     dreigend tekort vóór 1 maart aan het routeteam;
  d. twee praktijkopleiders van de bedrijven beoordelen samen met de docenten de "procesproef"
     waarmee het tweede routejaar wordt afgesloten;
  e. ieder jaar in maart bespreekt een klankbordtafel van de Kring het onderwijsprogramma met
     het routeteam en geeft het schriftelijk advies; het routeteam laat binnen zes weken weten
     wat het met dat advies doet.
De Kring wijst één vaste contactpersoon aan; tot nader bericht is dat de heer Scheele.


Agendapunt 3 - Het routeteam

Bespreking: Afgesproken wordt de aansturing klein te houden. Mevrouw Hamelink vraagt of het
routeteam ook over geld mag beslissen; dat wordt beperkt tot het eigen budget.

BESLUIT 3: De dagelijkse leiding van de route ligt bij een routeteam van drie personen: de
afdelingsleider techniek van de school, de teamleider Procestechniek van het ROC en een
routecoördinator.
  - Wie namens de school en namens het ROC in het routeteam zit, bepaalt ieder college van
    bestuur voor de eigen plaats bij schriftelijk besluit, dat aan de andere partij wordt
    toegezonden.
  - De routecoördinator wordt door beide bestuurders samen benoemd, telkens voor twee
    schooljaren; herbenoeming is mogelijk. Voor de eerste termijn (2025-2027) benoemen zij
    hierbij mw. A. (Anouk) de Rijcke, docent procestechniek bij het ROC.
  - De besturen dragen het routeteam op: het jaarlijks opstellen van het gezamenlijke PTA/OER
    per routejaar; het toelaten van leerlingen tot de route; het rooster en de verdeling van
    de docenturen binnen de door de besturen vastgestelde formatie; het contact met de Kring;
    en het uitvoeren van besluit 6.
  - Over deze zaken beslist het routeteam zelf, binnen een jaarlijks door beide besturen
    vastgesteld routebudget. Beslissingen over het aantal instroomplaatsen, het aannemen van
    personeel, uitgaven boven EUR 10.000 en het vaststellen van het PTA/OER houden de besturen
    aan zichzelf.


Agendapunt 4 - Hoe de besturen op de hoogte blijven

BESLUIT 4: Het routeteam stuurt beide colleges van bestuur twee keer per jaar, vóór 1 februari
en vóór 1 juli, een voortgangsnotitie over aanmeldingen, voortgang, verzuim, uitval, bpv en
klachten. Vóór 1 november brengt het routeteam een jaarverslag uit over het afgelopen
schooljaar, met de cijfers over in-, door- en uitstroom per cohort en een overzicht van de
besteding van het routebudget. Dat jaarverslag wordt besproken in het bestuurlijk overleg van
november, waar het routeteam uitleg geeft over en rekenschap aflegt van de gang van zaken.
Ieder bestuur kan tussentijds informatie opvragen; het routeteam levert die binnen tien
werkdagen.


Agendapunt 5 - Onderwijs, gebouwen, docenten en installaties

Bespreking: Mevrouw Bakx wijst erop dat de procestrainingsinstallatie op donderdag vrij is.
De heer Van Hecke zegt de PIE-werkplaats van de school open te stellen.

BESLUIT 5:
  a. Het eerste en tweede routejaar worden gegeven in het gebouw van het Kanaalcollege; vanaf
     het derde routejaar in het Procestechniekcentrum van het ROC aan de Sluiskilsedijk in
     Terneuzen.
  b. Leerlingen in het eerste en tweede routejaar werken elke donderdagmiddag op de
     procestrainingsinstallatie en in het meet- en regellab van het ROC. Het ROC zorgt voor
     begeleiding en persoonlijke beschermingsmiddelen. De school stelt haar PIE-werkplaats op
     woensdag beschikbaar voor lessen van ROC-docenten.
  c. Het ROC laat in het tweede routejaar twee docenten procestechniek elk één dag per week
     lesgeven op de school. De school stelt een docent PIE voor 0,2 fte beschikbaar voor lessen
     in het derde routejaar. Docenten blijven in dienst bij hun eigen werkgever.
  d. Het vakoverstijgende onderdeel "Proces en veiligheid" wordt gegeven door één team van
     docenten van beide partijen met toepassing van de teambevoegdheid (artikel 7.13a WVO 2020
     en artikel 9.1.12 WEB); voor ieder vak dat in dat onderdeel aan bod komt, zit een bevoegde
     docent in het team.
  e. Onderwijsprogramma, examinering en bpv worden per routejaar vastgelegd in één PTA/OER, dat
     het routeteam jaarlijks vóór 1 juli aan beide besturen ter vaststelling voorlegt. De
     school neemt het vmbo-examen af, het ROC de mbo-examens.
  f. Krijgt de school een klacht over gedrag van een medewerker van het ROC (of omgekeerd), dan
     stuurt zij die door; de werkgever van de betrokkene handelt de klacht af volgens de eigen
     klachtenregeling en meldt de uitkomst aan de andere partij.


Agendapunt 6 - Leerlingen die de route verlaten

Bespreking: Mevrouw Bakx benadrukt dat het ROC geen studenten zonder vooropleiding wil
plaatsen in opleidingen buiten de route. De heer Dieleman vraagt of dat past bij de wet; de
voorzitter stelt voor het punt zo vast te stellen en na een jaar te evalueren.

BESLUIT 6: Een leerling die in het eerste of tweede routejaar de route verlaat, gaat verder in
de reguliere kaderberoepsgerichte leerweg van het profiel PIE of, als dat beter past, in een
ander profiel van de school, en sluit af met het vmbo-examen. Een student die na het tweede
routejaar stopt, kan binnen het ROC overstappen naar een andere opleiding op niveau 2 of 3, op
voorwaarde dat hij het vmbo-diploma kaderberoepsgerichte leerweg heeft behaald; wie dat
diploma niet heeft, voldoet niet aan de toelatingseisen van het ROC en wordt aangemeld voor de
Entreeopleiding. Het routeteam beslist hierover na een gesprek met de leerling en diens
ouders.


Agendapunt 7 - Geld

BESLUIT 7: Partijen dragen geen bekostiging aan elkaar over; artikel 5.42a WVO 2020 en artikel
9.1.15 WEB worden niet toegepast. Ieder draagt de kosten van het eigen personeel, de eigen
gebouwen en de eigen leermiddelen, ook als die worden ingezet voor leerlingen of studenten van
de ander. De kosten van de praktijkdagen (besluit 2) komen voor rekening van de Kring.


Agendapunt 8 - Inspraak

BESLUIT 8: De medezeggenschapsraad van het Kanaalcollege en de studentenraad van het ROC houden
ieder jaar in november een gezamenlijke vergadering over de route, waarin het jaarverslag
(besluit 4) wordt besproken; zij kunnen daarover samen advies uitbrengen aan beide besturen.
Routeleerlingen die nog bij de school staan ingeschreven, mogen de vergaderingen van de
studentenraad van het ROC bijwonen en hebben daar spreekrecht over onderwerpen die de route
raken. Voorstellen om deze besluitenlijst te wijzigen worden eerst voor advies aan beide raden
voorgelegd.


Agendapunt 9 - Als we het niet eens worden

BESLUIT 9: Verschillen van inzicht over de uitvoering van deze afspraken worden eerst in het
routeteam besproken. Komt het routeteam er binnen vier weken niet uit, dan legt ieder lid het
punt voor aan de twee bestuurders, die binnen vier weken een bestuurlijk overleg houden. Leidt
ook dat niet tot een oplossing, dan schakelen partijen samen een mediator in; de kosten dragen
zij ieder voor de helft. Blijft het geschil daarna bestaan, dan kan ieder van beiden het
voorleggen aan de bevoegde rechter van de rechtbank Zeeland-West-Brabant.


Agendapunt 10 - Looptijd, aanpassen en stoppen

BESLUIT 10: Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd. Aanpassen kan
alleen bij een door beide bestuurders ondertekend besluit, genomen na het advies bedoeld in
besluit 8; een aanpassing gaat niet eerder in dan bij het begin van het volgende schooljaar.
Ieder bestuur kan de samenwerking schriftelijk opzeggen tegen 1 augustus van enig jaar, met
een opzegtermijn van ten minste twaalf maanden. Schiet een partij ernstig tekort en herstelt
zij dat niet binnen drie maanden na een schriftelijke aanmaning, dan kan de ander de
overeenkomst ontbinden. Na opzegging of ontbinding start geen nieuw cohort meer; leerlingen die
al in de route zitten, maken die af volgens het PTA/OER waarmee zij zijn begonnen, en beide
partijen blijven tot dat moment de afgesproken docenten, ruimtes en installaties leveren.


Agendapunt 11 - Melding

BESLUIT 11: De school en het ROC melden de route ieder vóór 1 oktober 2025 in RIO aan bij DUO.
De bestuurssecretaris van het ROC coördineert de melding.


Agendapunt 12 - Rondvraag

De heer Dieleman vraagt of de vmbo-locatie van Scholengemeenschap Hulst-Oost later ook aan de
route kan meedoen. De voorzitter antwoordt dat daar nu nog niets over wordt afgesproken; het
punt wordt aangehouden tot de evaluatie. Mevrouw Hamelink vraagt om de route op de open dag van
het ROC te presenteren; dat wordt toegezegd.


Agendapunt 13 - Sluiting

De voorzitter sluit de vergadering om 17.40 uur en dankt de aanwezigen.

Actielijst
  A1  Routeteam: concept PTA/OER routejaar 1 en 2                       vóór 1 juli 2025
  A2  Mw. De Rijcke: wervingsavond kaderleerlingen leerjaar 2            vóór 1 oktober 2025
  A3  Mw. Meulblok: melding in RIO (besluit 11)                          vóór 1 oktober 2025
  A4  Dhr. Scheele: lijst contactpersonen en bpv-plaatsen Kring          vóór 1 september 2025


ONDERTEKENING

Aldus vastgesteld in de vergadering van 3 juni 2025 en als samenwerkingsovereenkomst
ondertekend te Terneuzen op 10 juni 2025.

Voor Stichting Voortgezet Onderwijs Kanaalzone
mw. drs. H.M. Verhulst, voorzitter college van bestuur        w.g. H.M. Verhulst

Voor Stichting ROC Schelde-Zuid
dhr. ir. P.J. de Kraker, lid college van bestuur               w.g. P.J. de Kraker
""")


# --------------------------------------------------------------------------------- 454 -------
sample(
    454, "juridisch_genummerde_leden_handel_twente", "pdf",
    "Long PDF in strict legal style with numbered leden and sub-leden (1.1.1) and a "
    "considerans, Twente, Economie en ondernemen kb/gl -> mbo-4 Manager retail / Junior "
    "accountmanager; fully compliant with unusual headings (Regie, Informatie en rekenschap, "
    "Inspraak), transfer of EUR 1.150 per deelnemer with its purpose.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 2 Voorwerp van de overeenkomst",
     "b": "Artikel 6 Inbreng van ondernemers uit de regio",
     "c": "Artikel 3 Regie over de Route",
     "d": "Artikel 4 Informatie en rekenschap",
     "e": "Artikel 5 Inrichting van het onderwijs",
     "f": "Artikel 7 Voortzetting van de schoolloopbaan buiten de Route",
     "g": "Artikel 8 Financiële bepalingen",
     "h": "Artikel 9 Inspraak van deelnemers, ouders en personeel",
     "i": "Artikel 10 Geschillen",
     "j": "Artikel 11 Looptijd, toetreding, wijziging en beëindiging"},
    justify=True, font="Times-Roman", size=10.5,
    header="Samenwerkingsovereenkomst DLR Economie & Ondernemen - kenmerk SOK-DLR/2025/07",
    footer="Bornse Esch College / ROC Regge en Dinkel - paraaf: ____ / ____",
    colwidths={2: [0.5, 0.5]},
    pdf_title="Samenwerkingsovereenkomst doorlopende leerroute Economie en ondernemen",
)
text(454, r"""
# SAMENWERKINGSOVEREENKOMST
#: doorlopende leerroute vmbo-mbo
#: Economie en ondernemen - Handel en ondernemerschap (niveau 4)
#: Kenmerk SOK-DLR/2025/07

**DE ONDERGETEKENDEN:**

~1.~ **Stichting voor Katholiek en Protestants-Christelijk Voortgezet Onderwijs Hengelo en omstreken**, statutair gevestigd te Hengelo, ingeschreven in het handelsregister onder nummer 41029384, bevoegd gezag van het **Bornse Esch College**, scholengemeenschap voor vmbo en havo, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mr. drs. W.J.M. Oude Vrielink, hierna te noemen: "de Stichting", en voor wat betreft de school: "de School";

~2.~ **Stichting Regionaal Opleidingencentrum Regge en Dinkel**, statutair gevestigd te Enschede, ingeschreven in het handelsregister onder nummer 08112746, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, drs. A.C. Nijhuis-Tijhuis, hierna te noemen: "het ROC";

hierna gezamenlijk te noemen: "Partijen" en ieder afzonderlijk: "Partij";

**IN AANMERKING NEMENDE DAT:**

~A.~ Partijen sinds 2019 samenwerken in het programma "Ondernemend Twente", waarin leerlingen van de School mbo-onderdelen volgen bij het ROC;

~B.~ Partijen die samenwerking willen omzetten in een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.2 van de Wet educatie en beroepsonderwijs (WEB);

~C.~ het voornemen tot samenwerking op 12 mei 2025 positief is geadviseerd door de medezeggenschapsraad van de School en op 20 mei 2025 door de studentenraad van het ROC;

~D.~ Partijen in deze overeenkomst de afspraken willen vastleggen die artikel 2.107b, tweede lid, WVO 2020 en artikel 9.1.3 WEB voorschrijven, en daarnaast de afspraken die zij voor een goede uitvoering nodig achten;

**KOMEN OVEREEN ALS VOLGT:**

## Artikel 1 Begripsbepalingen

~1.1~ In deze overeenkomst en de bijlagen wordt verstaan onder:

~1.1.1~ **Route**: de doorlopende leerroute vmbo-mbo die Partijen op grond van deze overeenkomst gezamenlijk verzorgen, zoals omschreven in artikel 2;

~1.1.2~ **Vo-fase**: de eerste twee leerjaren van de Route, waarin de deelnemer als leerling bij de School is ingeschreven;

~1.1.3~ **Mbo-fase**: de leerjaren van de Route vanaf het derde routejaar, waarin de deelnemer als student bij het ROC is ingeschreven;

~1.1.4~ **Deelnemer**: een leerling of student die de Route volgt;

~1.1.5~ **Routeraad**: het orgaan bedoeld in artikel 3.1;

~1.1.6~ **Routemanager**: de functionaris bedoeld in artikel 3.1.1 onder (c);

~1.1.7~ **Programmadocument**: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling (PTA/OER) waarin het onderwijsprogramma, de examinering en de beroepspraktijkvorming per routejaar zijn beschreven;

~1.1.8~ **Schooljaar**: de periode van 1 augustus tot en met 31 juli daaraanvolgend.

~1.2~ De opschriften boven de artikelen dienen uitsluitend het leesgemak en hebben geen invloed op de uitleg.

## Artikel 2 Voorwerp van de overeenkomst

~2.1~ Partijen verzorgen met ingang van het schooljaar 2025-2026 gezamenlijk de Route, die bestaat uit:

~2.1.1~ het beroepsgerichte profiel **Economie en ondernemen** van de School, in de kaderberoepsgerichte leerweg en in de gemengde leerweg; en

~2.1.2~ de middenkaderopleidingen (niveau 4) **Manager retail** en **Junior accountmanager** in het opleidingsdomein **Handel en ondernemerschap** van het ROC, in de beroepsopleidende leerweg.

~2.2~ De Route duurt in beginsel vijf jaar: twee jaar in de vo-fase en drie jaar in de mbo-fase. De Deelnemer behaalt het vmbo-diploma aan het einde van het tweede routejaar en uiterlijk in het derde routejaar.

~2.3~ De Deelnemer kiest vóór 1 maart van het tweede routejaar tussen de opleidingen bedoeld in artikel 2.1.2. Tot die keuze volgt iedere Deelnemer een gemeenschappelijk programma.

~2.4~ Per cohort nemen ten hoogste twee groepen van zestien Deelnemers deel.

~2.5~ Partijen melden de Route gezamenlijk aan Onze Minister door registratie in RIO vóór 1 oktober 2025; de Stichting en het ROC registreren ieder voor zich.

## Artikel 3 Regie over de Route

~3.1~ **Samenstelling.**

~3.1.1~ De regie over de Route berust bij een Routeraad, bestaande uit:

~(a)~ de teamleider bovenbouw vmbo van de School;

~(b)~ de opleidingsmanager Handel & Ondernemerschap van het ROC;

~(c)~ de Routemanager, met raadgevende stem.

~3.1.2~ Het lidmaatschap van de Routeraad is persoonlijk; bij afwezigheid van meer dan zes weken wijst het college van bestuur van de betrokken Partij een plaatsvervanger aan.

~3.2~ **Aanwijzing en benoeming.**

~3.2.1~ De leden bedoeld in artikel 3.1.1 onder (a) en (b) worden door het college van bestuur van respectievelijk de Stichting en het ROC uit het eigen personeel aangewezen. De aanwijzing geschiedt schriftelijk en wordt binnen tien werkdagen aan de andere Partij meegedeeld.

~3.2.2~ De Routemanager wordt door de colleges van bestuur van beide Partijen gezamenlijk benoemd na een gezamenlijke selectieprocedure, voor een termijn van drie schooljaren. Herbenoeming is eenmaal mogelijk. De Routemanager blijft in dienst van de Partij bij wie hij in dienst was.

~3.2.3~ Een aanwijzing kan worden ingetrokken door het college dat haar heeft gedaan; een benoeming van de Routemanager uitsluitend door beide colleges gezamenlijk.

~3.3~ **Opgedragen taken.** De colleges van bestuur dragen de Routeraad op:

~3.3.1~ het jaarlijks opstellen van het Programmadocument en het vóór 1 juni ter vaststelling voorleggen daarvan aan beide colleges;

~3.3.2~ de toelating van leerlingen tot de Route en de plaatsing van Deelnemers in een van de opleidingen bedoeld in artikel 2.1.2;

~3.3.3~ de roostering en de verdeling van de inzet van docenten binnen de formatie bedoeld in artikel 5.4;

~3.3.4~ de uitvoering van artikel 7, voor zover het de voorbereiding van het gezamenlijk oordeel betreft;

~3.3.5~ het onderhouden van de contacten met de ondernemers bedoeld in artikel 6;

~3.3.6~ het beheer van het routebudget dat de colleges jaarlijks vóór 1 juli vaststellen.

~3.4~ **Bevoegdheden en grenzen.**

~3.4.1~ De Routeraad besluit met eenparigheid van stemmen van de leden bedoeld in artikel 3.1.1 onder (a) en (b). Binnen het routebudget is de Routeraad bevoegd verplichtingen aan te gaan tot een bedrag van EUR 7.500 per afzonderlijke verplichting.

~3.4.2~ Aan de colleges van bestuur blijven voorbehouden: de vaststelling van het Programmadocument, de omvang van de instroom, het aangaan van arbeidsovereenkomsten, het aangaan van verplichtingen boven het in artikel 3.4.1 genoemde bedrag en iedere wijziging van deze overeenkomst.

~3.4.3~ De Routemanager bereidt de vergaderingen van de Routeraad voor, voert de besluiten uit en is het eerste aanspreekpunt voor Deelnemers, ouders en ondernemers.

## Artikel 4 Informatie en rekenschap

~4.1~ De Routeraad houdt de colleges van bestuur van beide Partijen op de hoogte:

~4.1.1~ door binnen vier weken na afloop van elk kwartaal een beknopte kwartaalrapportage te zenden met ten minste het aantal Deelnemers per cohort, het verzuim, de voortijdige uitval en bijzonderheden;

~4.1.2~ door vóór 1 oktober van elk jaar een jaarverslag over het afgelopen schooljaar uit te brengen, met ten minste de in-, door- en uitstroom per cohort, de examenresultaten, de benutting van bpv-plaatsen, de ontvangen klachten, de toepassing van artikel 7 en de besteding van het routebudget en van de middelen bedoeld in artikel 8;

~4.1.3~ door onverwijld te melden: ernstige incidenten, een dreigend tekort aan bpv-plaatsen en een dreigende overschrijding van het routebudget.

~4.2~ Het jaarverslag wordt besproken in het bestuurlijk overleg dat Partijen jaarlijks in oktober houden. De Routeraad legt in dat overleg rekenschap af over het gevoerde beleid; de colleges stellen het jaarverslag vast of geven aan welke aanpassingen zij verlangen.

~4.3~ Ieder college van bestuur kan te allen tijde aanvullende inlichtingen verlangen. De Routeraad verstrekt die binnen tien werkdagen, aan beide colleges tegelijk.

## Artikel 5 Inrichting van het onderwijs

~5.1~ **Programma en examinering.**

~5.1.1~ Partijen beschrijven in het Programmadocument voor de gehele Route en per routejaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming, met aanduiding van de onderdelen die tot het voortgezet onderwijs, tot het beroepsonderwijs of tot beide behoren.

~5.1.2~ De School is verantwoordelijk voor het vmbo-deel van de Route en voor de examinering en diplomering daarvan, ook nadat de Deelnemer bij het ROC is ingeschreven. Het ROC is verantwoordelijk voor het mbo-deel, de beroepspraktijkvorming en de examinering en diplomering daarvan.

~5.1.3~ De mbo-onderdelen "Commerciële basis" en "Ondernemend gedrag" worden al in de vo-fase aangeboden en, voor zover het Programmadocument dat bepaalt, in de vo-fase geëxamineerd.

~5.2~ **Plaats van het onderwijs.**

~5.2.1~ In de vo-fase wordt het onderwijs gegeven in het gebouw van de School aan de Bornsestraat te Hengelo, met uitzondering van één dag per week, die de Deelnemers doorbrengen in de leerwinkel en de salesroom van het ROC op de campus Hengelo.

~5.2.2~ In de mbo-fase wordt het onderwijs gegeven op de campus Hengelo van het ROC en op de bpv-plaatsen.

~5.3~ **Voorzieningen.**

~5.3.1~ Het ROC stelt de leerwinkel, de salesroom, het kassasysteem en de digitale leeromgeving van de opleidingen Handel en ondernemerschap ter beschikking aan Deelnemers in de vo-fase.

~5.3.2~ De School stelt haar praktijklokaal Economie en ondernemen en haar mediatheek ter beschikking aan docenten van het ROC die in de vo-fase lesgeven.

~5.3.3~ Op het gebruik van ruimten van de andere Partij zijn de huisregels van die Partij van toepassing. Iedere Partij blijft aansprakelijk voor schade die door haar eigen personeel wordt veroorzaakt.

~5.4~ **Personeel.**

~5.4.1~ Het ROC zet in de vo-fase per schooljaar ten minste 0,6 fte aan docenten in, die lesgeven op de School en in de leerwinkel.

~5.4.2~ De School zet in het derde routejaar ten minste 0,2 fte aan docenten in voor Deelnemers die het vmbo-diploma nog niet hebben behaald.

~5.4.3~ Docenten blijven in dienst van hun eigen werkgever, die ook de werkgeversbevoegdheden uitoefent. De Partij op wier locatie zij werken, geeft functionele aanwijzingen over rooster en huisregels.

~5.4.4~ Voor het vakoverstijgende onderdeel "Ondernemersproject" in het tweede en derde routejaar zetten Partijen één team van leraren en docenten in met toepassing van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Het Programmadocument vermeldt welke onderdelen door het team worden verzorgd en welke teamleden voor welk onderdeel bevoegd zijn.

~5.4.5~ Partijen organiseren jaarlijks twee gezamenlijke studiedagen voor het team van de Route.

~5.5~ **Inschrijving, verzuim, begeleiding en klachten.**

~5.5.1~ De Deelnemer is in de vo-fase ingeschreven bij de School en vanaf het derde routejaar bij het ROC. De School houdt de Deelnemer die het vmbo-diploma nog niet heeft behaald ingeschreven voor zover dat voor het afronden van het vmbo-deel nodig is.

~5.5.2~ Verzuim wordt in de vo-fase gemeld door de School en in de mbo-fase door het ROC.

~5.5.3~ Iedere Partij behandelt een klacht over gedragingen van haar eigen personeel jegens een Deelnemer volgens haar eigen klachtenregeling, ook als de klacht bij de andere Partij is ingediend; die andere Partij stuurt de klacht binnen vijf werkdagen door.

## Artikel 6 Inbreng van ondernemers uit de regio

~6.1~ Partijen werken in de Route samen met Ondernemersvereniging Hengelo Centrum, de Winkeliersvereniging Enschede-Zuid en in ieder geval de leerbedrijven Mensink Bouwmarkten B.V., Kroeze Mode Twente B.V. en Regge Logistiek B.V., die een intentieverklaring hebben getekend (bijlage 3).

~6.2~ De inbreng van deze ondernemers bestaat uit:

~6.2.1~ een jaarlijkse ondernemersdag in het eerste routejaar, waarin Deelnemers in groepen een reëel vraagstuk van een deelnemend bedrijf uitwerken en presenteren;

~6.2.2~ een meeloopstage van vijf dagen in het tweede routejaar;

~6.2.3~ bpv-plaatsen in de mbo-fase bij door SBB erkende leerbedrijven; de verenigingen helpen actief bij het werven van die plaatsen;

~6.2.4~ het meebeoordelen van de eindpresentatie van het Ondernemersproject door ten minste één ondernemer per groep;

~6.2.5~ een Ondernemerspanel van ten minste vier ondernemers, dat twee keer per jaar met de Routeraad het programma bespreekt en advies uitbrengt over de keuzedelen. De Routeraad motiveert schriftelijk wanneer hij een advies niet volgt.

## Artikel 7 Voortzetting van de schoolloopbaan buiten de Route

~7.1~ Een Deelnemer van wie de deelname aan de Route voortijdig eindigt, op eigen verzoek, wegens verhuizing, omdat het niveau niet bij hem past, of omdat hij het vmbo-diploma niet uiterlijk in het derde routejaar heeft behaald, krijgt van Partijen de gelegenheid een diploma te behalen langs een van de volgende wegen:

~7.1.1~ in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte of gemengde leerweg van de School, in het profiel Economie en ondernemen of in een ander profiel dat de School aanbiedt, met afsluiting door het vmbo-examen;

~7.1.2~ na het behalen van het vmbo-diploma: instroom in een andere opleiding van het ROC op niveau 3 of 4, ook buiten het opleidingsdomein Handel en ondernemerschap, met behoud van de reeds behaalde resultaten;

~7.1.3~ in de mbo-fase zonder vmbo-diploma: voortzetting in een opleiding van het ROC op een vergelijkbaar niveau of op niveau 3; de vooropleidingseisen gelden daarbij niet; de School blijft de Deelnemer in staat stellen het vmbo-examen alsnog af te leggen;

~7.1.4~ overstap naar een andere school of instelling in de regio, waarbij Partijen zorgen voor een warme overdracht en, desgevraagd, voor informatie ten behoeve van een geschiktheidsonderzoek bij de ontvangende instelling.

~7.2~ Welke weg passend is, beoordelen de School en het ROC gezamenlijk, op voorstel van de Routemanager en op basis van het bereikte onderwijsniveau, de leeftijd en de wensen van de Deelnemer. De Deelnemer en, als hij minderjarig is, zijn ouders worden vooraf gehoord. Het gezamenlijk oordeel wordt binnen drie weken schriftelijk vastgelegd en aan de Deelnemer meegedeeld.

~7.3~ Verwijzing naar de Entreeopleiding is alleen aan de orde wanneer geen van de wegen uit artikel 7.1 redelijkerwijs tot een diploma kan leiden en de Deelnemer daarmee instemt.

~7.4~ De School neemt de uitwerking van dit artikel op in haar schoolgids en het ROC in zijn studiegids.

## Artikel 8 Financiële bepalingen

~8.1~ Gedurende de vo-fase draagt de Stichting, met toepassing van artikel 5.42a WVO 2020, jaarlijks aan het ROC een bedrag over van EUR 1.150 per Deelnemer per schooljaar, berekend naar het aantal Deelnemers in de vo-fase op 1 oktober van dat schooljaar.

~8.2~ Het bedrag bedoeld in artikel 8.1 is bestemd voor de inzet van docenten van het ROC in de vo-fase (artikel 5.4.1), het gebruik van de leerwinkel, de salesroom en de licenties (artikel 5.3.1) en de afname van mbo-examens in de vo-fase. Het ROC besteedt het niet aan andere doeleinden.

~8.3~ De Stichting betaalt in twee termijnen: zestig procent vóór 1 december en veertig procent vóór 1 mei van het betrokken schooljaar.

~8.4~ In de mbo-fase vindt geen overdracht van bekostiging van het ROC aan de Stichting plaats. De inzet van docenten van de School bedoeld in artikel 5.4.2 wordt niet doorbelast.

~8.5~ Het bedrag bedoeld in artikel 8.1 wordt per 1 augustus van ieder jaar geïndexeerd met het percentage waarmee de personele bekostiging voortgezet onderwijs in dat jaar is aangepast.

~8.6~ Het ROC verantwoordt de besteding van de overgedragen middelen in het jaarverslag bedoeld in artikel 4.1.2.

## Artikel 9 Inspraak van deelnemers, ouders en personeel

~9.1~ In de vo-fase geldt voor Deelnemers, hun ouders en het personeel van de School de Wet medezeggenschap op scholen; in de mbo-fase gelden voor Deelnemers en hun ouders hoofdstuk 8a WEB en voor het personeel van het ROC de Wet op de ondernemingsraden. In aanvulling daarop komen Partijen het volgende overeen.

~9.1.1~ Twee door de leerlingen gekozen Deelnemers uit de vo-fase wonen de vergaderingen van de studentenraad van het ROC bij als toehoorder, met spreekrecht over onderwerpen die de Route betreffen.

~9.1.2~ De medezeggenschapsraad van de School en de studentenraad van het ROC ontvangen ieder het jaarverslag bedoeld in artikel 4.1.2 en kunnen daarover gezamenlijk of afzonderlijk advies uitbrengen; de Routeraad reageert binnen zes weken schriftelijk.

~9.1.3~ Een voorgenomen wijziging van deze overeenkomst leggen Partijen vooraf ter advisering voor aan de medezeggenschapsraad van de School en aan de studentenraad van het ROC.

## Artikel 10 Geschillen

~10.1~ Een geschil in de zin van dit artikel is ieder verschil van mening tussen Partijen over de uitleg of de uitvoering van deze overeenkomst.

~10.2~ Een geschil wordt eerst binnen de Routeraad besproken. Leidt dat niet binnen drie weken tot overeenstemming, dan legt ieder lid het geschil voor aan de colleges van bestuur, die binnen vier weken een bestuurlijk overleg beleggen.

~10.3~ Wordt het geschil niet binnen zes weken na dat overleg bijgelegd, dan trachten Partijen het op te lossen met behulp van een door hen gezamenlijk gekozen registermediator.

~10.4~ Leidt mediation niet binnen drie maanden tot een oplossing, dan wordt het geschil beslecht door bindend advies van een commissie van drie leden. Iedere Partij wijst één lid aan; deze twee leden wijzen de voorzitter aan, die geen band heeft met een van beide Partijen. De kosten worden door Partijen gelijkelijk gedragen.

~10.5~ Zolang een geschil niet is beslecht, blijven Partijen hun verplichtingen jegens de Deelnemers onverkort nakomen.

## Artikel 11 Looptijd, toetreding, wijziging en beëindiging

~11.1~ **Looptijd.** Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.

~11.2~ **Toetreding.**

~11.2.1~ Het bevoegd gezag van een andere school voor vmbo of van een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien:

~(a)~ beide Partijen daarmee schriftelijk instemmen;

~(b)~ de toetreder het profiel Economie en ondernemen respectievelijk ten minste één van de opleidingen bedoeld in artikel 2.1.2 aanbiedt en het Programmadocument onderschrijft;

~(c)~ de toetreder een toetredingsverklaring ondertekent waarmee hij alle rechten en verplichtingen uit deze overeenkomst aanvaardt; en

~(d)~ de toetreding ingaat bij het begin van een schooljaar en tijdig in RIO is gemeld.

~11.2.2~ Een toetreding leidt niet tot wijziging van het programma van Deelnemers die op dat moment al in de Route zijn ingestroomd.

~11.3~ **Wijziging.**

~11.3.1~ Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke overeenkomst die door alle Partijen is ondertekend, na de advisering bedoeld in artikel 9.1.3. Een wijziging treedt in werking bij het begin van een schooljaar, tenzij een wettelijke verplichting een eerder tijdstip vereist.

~11.3.2~ Een wijziging die het programma of de examinering raakt, geldt alleen voor cohorten die na de inwerkingtreding van de wijziging instromen, tenzij de wijziging voor de zittende Deelnemers uitsluitend gunstig is.

~11.4~ **Opzegging en ontbinding.**

~11.4.1~ Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden.

~11.4.2~ Iedere Partij kan deze overeenkomst ontbinden indien de andere Partij tekortschiet in de nakoming van een wezenlijke verplichting en dat tekortkomen niet binnen drie maanden na schriftelijke ingebrekestelling heeft hersteld.

~11.5~ **Bescherming van Deelnemers.**

~11.5.1~ Na opzegging of ontbinding vindt geen nieuwe instroom in de Route meer plaats. Deelnemers die op dat moment in de Route zijn ingestroomd, ronden de Route bij Partijen af onder de voorwaarden die voor hun cohort golden. Partijen blijven daartoe personeel, voorzieningen en de middelen bedoeld in artikel 8 leveren totdat de laatste Deelnemer de Route heeft afgerond of met toepassing van artikel 7 elders is geplaatst.

~11.5.2~ Partijen informeren Deelnemers en hun ouders binnen een maand na de opzegging of ontbinding schriftelijk over de gevolgen voor hen.

## Artikel 12 Slotbepalingen

~12.1~ Partijen wisselen persoonsgegevens van Deelnemers uitsluitend uit voor zover dat voor de uitvoering van deze overeenkomst noodzakelijk is, overeenkomstig de afspraken in bijlage 2.

~12.2~ Op deze overeenkomst is Nederlands recht van toepassing.

~12.3~ Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige bepalingen van kracht; Partijen vervangen de nietige bepaling door een bepaling die zoveel mogelijk aansluit bij de strekking ervan.

~12.4~ De volgende bijlagen maken deel uit van deze overeenkomst: bijlage 1 Programmadocument 2025-2026; bijlage 2 Afspraken over gegevensuitwisseling; bijlage 3 Intentieverklaringen leerbedrijven.

**Aldus overeengekomen en in tweevoud opgemaakt en ondertekend te Hengelo op 24 juni 2025.**

| Stichting voor Katholiek en Protestants-Christelijk Voortgezet Onderwijs Hengelo en omstreken | Stichting Regionaal Opleidingencentrum Regge en Dinkel |
| mr. drs. W.J.M. Oude Vrielink, voorzitter college van bestuur | drs. A.C. Nijhuis-Tijhuis, voorzitter college van bestuur |
| handtekening: | handtekening: |
""")


# --------------------------------------------------------------------------------- 455 -------
sample(
    455, "doel_per_artikel_zorg_venlo", "docx",
    "DOCX in which every article opens with a 'Doel:' line before the arrangement, Noord-Limburg "
    "(Venlo), Zorg en welzijn kb -> mbo-3 Verzorgende-IG; fully compliant in plain wording "
    "(kernteam, routeverslag, leerafdeling, 'erbij komen'), explicit no funding transfer, "
    "routeklankbord of MR and studentenraad.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 1 – De route",
     "b": "Artikel 2 – Zorgaanbieders als mede-opleiders",
     "c": "Artikel 3 – Wie de route aanstuurt",
     "d": "Artikel 4 – Wat de besturen te horen krijgen",
     "e": "Artikel 5 – Lessen, lokalen en docenten",
     "f": "Artikel 6 – Als de route niet (meer) past",
     "g": "Artikel 7 – Kosten",
     "h": "Artikel 8 – Stem van leerlingen, studenten, ouders en personeel",
     "i": "Artikel 9 – Verschil van mening tussen de besturen",
     "j": "Artikel 10 – Erbij komen, veranderen en stoppen"},
    font="Calibri", size=10.5, author="Maasveld College", doc_title="Zorgroute Maas en Peel",
)
text(455, r"""
# Samenwerkingsovereenkomst Zorgroute Maas en Peel

#: doorlopende leerroute vmbo Zorg en welzijn (kaderberoepsgerichte leerweg) – mbo Verzorgende-IG (niveau 3)

**Partijen**

: 1. Stichting Openbaar en Algemeen Bijzonder Voortgezet Onderwijs Maas en Peel, gevestigd te Venlo, bevoegd gezag van het **Maasveld College** (vmbo), vertegenwoordigd door mevrouw drs. C.J.M. (Carla) Hendrix, voorzitter van het college van bestuur, hierna: **het Maasveld College**;
: 2. Stichting Regionaal Opleidingencentrum Peel en Maas, gevestigd te Venlo, vertegenwoordigd door de heer drs. T.H.G. (Twan) Peeters, voorzitter van het college van bestuur, hierna: **ROC Peel en Maas**.

**Waarom deze overeenkomst**

Sinds 2021 kiezen jaarlijks twintig tot dertig kaderleerlingen van het Maasveld College voor een zorgopleiding bij ROC Peel en Maas. De zorgaanbieders in Venlo, Tegelen en Blerick zoeken dringend verzorgenden. Partijen willen deze leerlingen zonder knip tussen vmbo en mbo opleiden en leggen daarom in deze overeenkomst vast hoe zij de doorlopende leerroute samen verzorgen (artikel 2.107b WVO 2020 en artikel 9.1.3 WEB). Elk artikel begint met het doel dat partijen ermee willen bereiken; daarna volgt wat zij afspreken. Bij twijfel over de uitleg gaat de tekst van de afspraak voor.

## Artikel 1 – De route

**Doel:** leerlingen, ouders en zorgaanbieders weten vooraf precies waar de route toe leidt.

**Afspraak:** Partijen verzorgen samen één doorlopende leerroute. Die begint in leerjaar 3 van het profiel **Zorg en welzijn** in de **kaderberoepsgerichte leerweg** van het Maasveld College en leidt naar het diploma van de vakopleiding **Verzorgende-IG (niveau 3)** in het opleidingsdomein **Zorg en welzijn** van ROC Peel en Maas, beroepsopleidende leerweg. De route duurt vier jaar: twee jaar waarin de leerling bij het Maasveld College staat ingeschreven (vo-fase) en twee jaar waarin hij of zij student is van ROC Peel en Maas (mbo-fase). Het vmbo-diploma wordt behaald aan het eind van het tweede routejaar, uiterlijk in het derde. De eerste groep start op 1 augustus 2025; per jaar zijn er ten hoogste 24 plaatsen. Beide besturen melden de route vóór 1 oktober 2025 in RIO.

## Artikel 2 – Zorgaanbieders als mede-opleiders

**Doel:** leerlingen leren het vak vanaf het begin ook op de werkvloer, en de zorg bepaalt mee wat zij moeten kunnen.

**Afspraak:** Partijen werken voor de route samen met Zorggroep Peelrand (ouderenzorg), Thuiszorg Venlo-Blerick en woonzorgcentrum De Lindeboom in Tegelen. Met deze zorgaanbieders is het volgende afgesproken, vastgelegd in een door hen ondertekende praktijkverklaring (bijlage 2):

- Vanaf het tweede routejaar werken routeleerlingen twee dagdelen per week op een leerafdeling van Zorggroep Peelrand, waar zij onder leiding van een praktijkopleider als team de zorg voor een groep bewoners verlenen.
- Verpleegkundigen en verzorgenden van de drie aanbieders geven per schooljaar ten minste acht praktijklessen in de vo-fase.
- Iedere student krijgt in de mbo-fase een bpv-plaats bij een van de drie aanbieders of bij een ander door SBB erkend leerbedrijf.
- Praktijkopleiders van de aanbieders beoordelen de proeven van bekwaamheid mee.
- Een werkveldtafel, met ten minste één leidinggevende van iedere aanbieder, komt twee keer per jaar bijeen met het kernteam (artikel 3). De tafel adviseert over de keuzedelen, de inhoud van de leerafdeling en de beoordelingsformulieren. Het kernteam laat schriftelijk weten wat het met het advies doet.

## Artikel 3 – Wie de route aanstuurt

**Doel:** één herkenbaar aanspreekpunt, dat snel kan beslissen over de dagelijkse gang van zaken.

**Afspraak:** De route wordt aangestuurd door een kernteam van drie mensen:

- de afdelingsleider bovenbouw vmbo van het Maasveld College;
- de opleidingsmanager Zorg van ROC Peel en Maas;
- een trajectbegeleider, die de dagelijkse coördinatie doet.

Ieder college van bestuur wijst zijn eigen vertegenwoordiger in het kernteam schriftelijk aan. De trajectbegeleider wordt door beide colleges samen benoemd, voor drie jaar, en kan door hen samen worden ontslagen uit die taak. Het kernteam heeft van de besturen de opdracht en de bevoegdheid om: leerlingen tot de route toe te laten; het jaarlijkse routeplan (programma, toetsing en bpv per routejaar) op te stellen; docenten in te roosteren binnen de uren die de besturen beschikbaar stellen; de contacten met de zorgaanbieders te onderhouden; en te beslissen over besteding van het routebudget van EUR 12.000 per jaar. Het routeplan zelf en alles wat meer kost dan het routebudget leggen zij ter goedkeuring aan beide colleges voor. Het kernteam beslist bij unanimiteit van de afdelingsleider en de opleidingsmanager.

## Artikel 4 – Wat de besturen te horen krijgen

**Doel:** beide besturen kunnen op ieder moment zien of de route doet wat zij belooft, en kunnen bijsturen.

**Afspraak:** Na elk trimester (in december, april en juli) stuurt het kernteam beide colleges een dashboard met instroom, doorstroom, uitval, verzuim en bijzonderheden. Uiterlijk op 15 oktober volgt een routeverslag over het afgelopen schooljaar, met een toelichting op de resultaten, de besteding van het routebudget en de adviezen van de werkveldtafel. In november bespreken de twee bestuursvoorzitters het verslag met het kernteam; het kernteam legt daar verantwoording af en de besturen leggen hun conclusies schriftelijk vast. Ernstige incidenten meldt het kernteam dezelfde dag aan beide besturen.

## Artikel 5 – Lessen, lokalen en docenten

**Doel:** één doorlopend programma zonder dubbelingen, gegeven door docenten van beide kanten, met gebruik van de beste lokalen van beide partners.

**Afspraak:**

- **Waar:** in de vo-fase volgen leerlingen hun lessen in het Maasveld College (Hogeweg, Venlo), met één dag per week in het skillslab van ROC Peel en Maas; in de mbo-fase op de zorgcampus van ROC Peel en Maas in Venlo en op de leerafdeling.
- **Wat en wanneer:** het routeplan legt per routejaar vast welke onderdelen vmbo zijn, welke mbo en welke gecombineerd, en wanneer welke examens worden afgenomen. Het Maasveld College neemt het vmbo-examen af en ROC Peel en Maas de mbo-examens.
- **Wie lesgeeft:** ROC Peel en Maas zet in de vo-fase een docent verpleegkunde vier lesuren per week in op het Maasveld College. Het Maasveld College zet in het derde routejaar twee uur per week een docent Zorg en welzijn in voor de begeleiding van de studenten die hun vmbo-diploma nog moeten afronden. Het onderdeel "Zorgen voor jezelf en de ander" wordt door een gemengd docententeam gegeven met toepassing van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); in het team zit voor elk vak van dat onderdeel een bevoegde docent. Docenten blijven in dienst van hun eigen werkgever.
- **Welke ruimtes:** ROC Peel en Maas stelt het skillslab, de oefenpoppen en de tillift beschikbaar; het Maasveld College stelt zijn praktijkwoning en de verzorgingsruimte beschikbaar aan ROC-docenten. Leermiddelen die een partner voor de route aanschaft, blijven van die partner.
- **Klachten:** een klacht bij de ene partner over een medewerker van de andere wordt binnen vijf werkdagen doorgestuurd en afgehandeld volgens de klachtenregeling van de werkgever van die medewerker.

## Artikel 6 – Als de route niet (meer) past

**Doel:** geen leerling valt tussen wal en schip; wie de route verlaat, heeft altijd een haalbare weg naar een diploma.

**Afspraak:** Stopt een leerling in de vo-fase met de route, dan gaat hij of zij verder in de gewone kaderberoepsgerichte leerweg van het Maasveld College, in Zorg en welzijn of een ander profiel, en doet daar het vmbo-examen. Stopt een student in de mbo-fase, dan kan hij of zij bij ROC Peel en Maas verder in een andere opleiding op niveau 2 of 3, bijvoorbeeld Maatschappelijke zorg (niveau 3) of Helpende Zorg en welzijn (niveau 2), ook als het vmbo-diploma nog niet is behaald; de gewone toelatingseisen gelden dan niet. Wie zijn vmbo-diploma aan het eind van het derde routejaar nog niet heeft, kan het examen bij het Maasveld College opnieuw doen en intussen bij ROC Peel en Maas doorstuderen. Wil iemand naar een andere school of instelling, bijvoorbeeld na een verhuizing, dan zorgen beide partners voor een warme overdracht en geven zij de ontvangende instelling de informatie die zij voor een toelatingsgesprek nodig heeft.

Welke weg het wordt, bepalen de afdelingsleider en de opleidingsmanager samen, na een gesprek met de leerling en diens ouders, op basis van wat de leerling al heeft bereikt, zijn of haar leeftijd en wensen. De Entreeopleiding komt alleen in beeld als een diploma op niveau 2 of hoger echt niet haalbaar is. De uitwerking staat in de schoolgids van het Maasveld College en de studiegids van ROC Peel en Maas.

## Artikel 7 – Kosten

**Doel:** duidelijkheid vooraf, zodat geld nooit een reden wordt om een leerling niet te helpen.

**Afspraak:** Er wordt geen bekostiging van de ene naar de andere partner overgedragen. Ieder draagt de kosten van eigen personeel, gebouwen en materialen, ook wanneer die voor de route worden ingezet. Het routebudget (artikel 3) wordt door beide partners voor de helft gevuld.

## Artikel 8 – Stem van leerlingen, studenten, ouders en personeel

**Doel:** wie de route volgt of er werkt, moet mee kunnen praten, ongeacht bij welke partner hij of zij ingeschreven of in dienst is.

**Afspraak:** Partijen spreken af dat in de vo-fase de medezeggenschapsraad van het Maasveld College bevoegd is en in de mbo-fase de studentenraad en de ondernemingsraad van ROC Peel en Maas, zonder dat de ene raad de bevoegdheden van de andere overneemt. Daarnaast wijzen de medezeggenschapsraad en de studentenraad ieder twee leden aan voor een routeklankbord dat twee keer per jaar met het kernteam spreekt en het routeverslag (artikel 4) vooraf ontvangt. Voorgenomen wijzigingen van deze overeenkomst leggen de besturen vooraf voor advies voor aan beide raden.

## Artikel 9 – Verschil van mening tussen de besturen

**Doel:** meningsverschillen worden snel en dicht bij de route opgelost, en de leerlingen merken er niets van.

**Afspraak:** Partners die het oneens zijn over de uitvoering van deze overeenkomst, bespreken dat eerst in het kernteam. Lukt het daar niet binnen drie weken, dan gaat het naar de twee bestuursvoorzitters, die binnen drie weken overleggen. Komen ook zij er niet uit, dan vragen zij samen een onafhankelijke mediator om te bemiddelen. Is het meningsverschil twee maanden na de start van de mediation niet opgelost, dan kan ieder van de partners het voorleggen aan de bevoegde rechter van de rechtbank Limburg. Tijdens het meningsverschil gaat het onderwijs aan de routeleerlingen gewoon door.

## Artikel 10 – Erbij komen, veranderen en stoppen

**Doel:** de route kan groeien of veranderen zonder dat leerlingen die al begonnen zijn daar last van hebben.

**Afspraak:**

- **Erbij komen.** Een andere vmbo-school of mbo-instelling kan aan deze overeenkomst gaan meedoen als beide huidige partners daarmee schriftelijk instemmen en het nieuwe bestuur een verklaring tekent waarin het alle afspraken aanvaardt. Meedoen kan alleen per 1 augustus, en de nieuwe partner meldt zijn deelname in RIO. Het programma van leerlingen die al in de route zitten, verandert daardoor niet.
- **Veranderen.** Deze overeenkomst verandert alleen met een schriftelijk, door beide besturen ondertekend stuk, na het advies bedoeld in artikel 8. Veranderingen gaan in per 1 augustus en gelden voor leerlingen die al in de route zitten alleen als die daar niet op achteruitgaan.
- **Stoppen.** Ieder bestuur kan de overeenkomst schriftelijk opzeggen per 1 augustus, met een opzegtermijn van ten minste een jaar. Bij een ernstige tekortkoming die na een schriftelijke aanmaning niet binnen drie maanden is opgelost, kan de andere partner de overeenkomst ontbinden.
- **Na het stoppen.** Er komen dan geen nieuwe leerlingen meer bij. Wie al in de route zit, maakt die af onder dezelfde voorwaarden; beide partners blijven tot de laatste leerling klaar is de afgesproken docenten en ruimtes leveren.

## Artikel 11 – Duur en ondertekening

Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd. Zij wordt in het voorjaar van 2027 voor het eerst samen geëvalueerd.

Aldus overeengekomen en getekend in tweevoud te Venlo op 19 juni 2025.

| Voor het Maasveld College | Voor ROC Peel en Maas |
| drs. C.J.M. Hendrix, voorzitter college van bestuur | drs. T.H.G. Peeters, voorzitter college van bestuur |
| handtekening: // // | handtekening: // // |

**Bijlagen:** 1. Routeplan 2025-2026; 2. Praktijkverklaring zorgaanbieders.
""")


# --------------------------------------------------------------------------------- 456 -------
sample(
    456, "paragrafen_kop_voettekst_auto_drechtsteden", "docx",
    "DOCX with running header, footer with page numbers, paragraph-sign (§) sections and a "
    "signature table, Drechtsteden, Mobiliteit en transport bb -> mbo-2 Autotechnicus; defects: "
    "bedrijfsleven only as an intention (streven, inspannen), funding transfer whose amount is "
    "deferred inside one long sentence; medezeggenschap only describes the law and says "
    "arrangements 'kunnen' be made.",
    {"a": "present", "b": "weak", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "weak", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "§ 2 De Autoroute",
     "c": "§ 4 Routestuurgroep",
     "d": "§ 5 Informatie aan de besturen",
     "e": "§ 6 Organisatie van het onderwijs",
     "f": "§ 7 Verder na de Autoroute",
     "i": "§ 10 Geschillen",
     "j": "§ 11 Nieuwe partners, wijziging en einde"},
    font="Arial", size=10, author="Stafbureau CVO Drechtsteden",
    doc_title="Samenwerkingsovereenkomst Autoroute Drechtsteden",
    header="Samenwerkingsovereenkomst Autoroute Drechtsteden  |  Merwede Vakcollege – ROC Oude Maas",
    footer="Versie 1.3 definitief – 27 juni 2025",
    colwidths={3: [0.34, 0.36, 0.30]},
)
text(456, r"""
# Samenwerkingsovereenkomst Autoroute Drechtsteden

#: doorlopende leerroute Mobiliteit en transport (basis) – Autotechnicus (mbo niveau 2)

## § 1 Partijen

: **Stichting Christelijk Voortgezet Onderwijs Drechtsteden**, gevestigd te Dordrecht, bevoegd gezag van het Merwede Vakcollege, school voor vmbo, Noordendijk, Dordrecht, in deze vertegenwoordigd door de heer ing. B.A. (Bart) Sliedrecht MBA, voorzitter college van bestuur, hierna: **de school**,
: en
: **Stichting Regionaal Opleidingencentrum Oude Maas**, gevestigd te Zwijndrecht, in deze vertegenwoordigd door mevrouw mr. Y. (Yasmina) El Idrissi, lid college van bestuur, hierna: **het ROC**,

hierna samen: partijen. Partijen sluiten deze overeenkomst op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB.

## § 2 De Autoroute

2.1 Partijen verzorgen samen de doorlopende leerroute "Autoroute Drechtsteden". De route loopt van het profiel **Mobiliteit en transport** in de **basisberoepsgerichte leerweg** van de school naar de basisberoepsopleiding **Autotechnicus (niveau 2)** in het opleidingsdomein **Mobiliteit en voertuigen** van het ROC.

2.2 De route start in leerjaar 3 van de school en omvat vier leerjaren: twee jaar vo-fase en twee jaar mbo-fase, in de beroepsopleidende leerweg. Vanaf het vierde routejaar kan een student met instemming van het ROC overstappen naar de beroepsbegeleidende leerweg van dezelfde opleiding.

2.3 De leerlingen doen het vmbo-examen basisberoepsgerichte leerweg aan het einde van het tweede routejaar en uiterlijk in het derde routejaar.

2.4 Partijen melden de route ieder voor zich vóór 1 oktober 2025 in RIO.

## § 3 Aansluiting op de autobranche

3.1 Partijen hechten grote waarde aan een goede aansluiting van de route op de praktijk van de autobranche in de Drechtsteden.

3.2 Zij streven ernaar garagebedrijven en dealers uit de regio bij de route te betrekken en zullen zich inspannen om in de loop van de eerste jaren van de route duurzame contacten met de branche op te bouwen. De vorm van die betrokkenheid zal afhangen van de wensen en mogelijkheden van de bedrijven.

## § 4 Routestuurgroep

4.1 De leiding over de route berust bij de routestuurgroep. Daarin hebben zitting: de locatiedirecteur van het Merwede Vakcollege, de sectordirecteur Techniek & Mobiliteit van het ROC en de routecoördinator.

4.2 De locatiedirecteur en de sectordirecteur zijn lid uit hoofde van hun functie; het college van bestuur van iedere partij kan in plaats van hen een ander lid uit het eigen personeel aanwijzen. De routecoördinator wordt op voordracht van de routestuurgroep door beide colleges van bestuur gezamenlijk benoemd voor een periode van twee jaar.

4.3 De colleges van bestuur dragen de routestuurgroep op:

~a.~ het vaststellen van het rooster en de verdeling van lesuren over docenten van beide partijen;

~b.~ het besluiten over toelating van leerlingen tot de route, met ten hoogste twintig plaatsen per cohort;

~c.~ het opstellen van het gezamenlijke PTA/OER per routejaar en het voorleggen daarvan aan beide colleges;

~d.~ het beslissen over de weg die een leerling na het verlaten van de route volgt (§ 7);

~e.~ het beheren van het materiaalbudget van de route.

4.4 De routestuurgroep is bevoegd zelfstandig te besluiten over de onder a, b, d en e genoemde zaken. Het PTA/OER wordt vastgesteld door beide colleges. Besluiten met financiële gevolgen boven EUR 5.000 vergen de voorafgaande instemming van beide colleges.

## § 5 Informatie aan de besturen

5.1 De routestuurgroep stuurt beide colleges van bestuur twee keer per jaar, in februari en in september, een schriftelijke rapportage over instroom, voortgang, examenresultaten, uitval en de besteding van het materiaalbudget.

5.2 Eenmaal per jaar, in oktober, voert de routestuurgroep met beide colleges een evaluatiegesprek, waarin zij verantwoording aflegt over de uitvoering van deze overeenkomst. Van dat gesprek wordt een verslag gemaakt dat beide colleges vaststellen.

5.3 Op verzoek van een college verstrekt de routestuurgroep binnen twee weken alle gevraagde inlichtingen.

## § 6 Organisatie van het onderwijs

6.1 In de vo-fase vindt het onderwijs plaats in het Merwede Vakcollege, aangevuld met één dag per week in de autowerkplaats van het ROC aan de Mijlweg in Dordrecht. In de mbo-fase vindt het onderwijs plaats bij het ROC.

6.2 Het ROC stelt de autowerkplaats, de diagnoseapparatuur en de hefbruggen beschikbaar voor leerlingen in de vo-fase, onder toezicht van een instructeur van het ROC. De school stelt haar werkplaats Mobiliteit en transport en haar theorielokaal beschikbaar voor lessen van docenten van het ROC.

6.3 Het ROC zet in de vo-fase per week zes lesuren van een docent autotechniek in. De school zet in de mbo-fase per week twee lesuren van een docent Nederlands en rekenen in voor studenten die het vmbo-examen nog moeten afronden. Iedere docent blijft in dienst van de eigen werkgever.

6.4 Voor het praktijkonderdeel "Onderhoud en APK-voorbereiding" werken docenten van beide partijen als één team met toepassing van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB). Het PTA/OER vermeldt welke docent voor welk onderdeel bevoegd is.

6.5 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per routejaar beschreven in het gezamenlijke PTA/OER. De school is verantwoordelijk voor het vmbo-examen, het ROC voor de mbo-examens en de diplomering van de opleiding Autotechnicus.

6.6 Een klacht over een medewerker van de andere partij wordt doorgestuurd aan en afgehandeld door de werkgever van die medewerker, volgens diens klachtenregeling.

## § 7 Verder na de Autoroute

7.1 Een leerling die de route in de vo-fase verlaat, kan zijn opleiding voortzetten in de reguliere basisberoepsgerichte leerweg van de school, in het profiel Mobiliteit en transport of een ander profiel, en sluit af met het vmbo-examen.

7.2 Een student die de route in de mbo-fase verlaat, kan binnen het ROC instromen in een andere opleiding op niveau 2, bijvoorbeeld Medewerker fietstechniek of Logistiek medewerker, ook zonder vmbo-diploma; de vooropleidingseisen zijn dan niet van toepassing. Wie het vmbo-diploma niet aan het einde van het derde routejaar heeft behaald, kan bij de school herexamen doen en intussen de mbo-opleiding voortzetten.

7.3 Bij overstap naar een andere instelling verzorgen partijen een warme overdracht.

7.4 Welke vervolgstap passend is, beoordelen de school en het ROC gezamenlijk in de routestuurgroep, na een gesprek met de leerling en de ouders, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling. Verwijzing naar de Entreeopleiding vindt alleen plaats als een diploma op niveau 2 redelijkerwijs niet haalbaar is.

## § 8 Bekostiging

8.1 Partijen komen overeen dat de school gedurende de vo-fase, met toepassing van artikel 5.42a WVO 2020, een deel van de door haar ontvangen bekostiging aan het ROC overdraagt ter dekking van de inzet van de docent autotechniek en het gebruik van de autowerkplaats van het ROC (§ 6), waarbij de hoogte van de over te dragen bijdrage, die mede afhangt van het aantal leerlingen per cohort, de daadwerkelijk door het ROC ingezette lesuren en de ontwikkeling van de personele lasten, jaarlijks vóór de begrotingsbehandeling in het bestuurlijk overleg in onderling overleg wordt vastgesteld en vervolgens in een financiële bijlage bij deze overeenkomst wordt opgenomen, met dien verstande dat de betaling telkens in één termijn vóór 1 maart van het betrokken schooljaar plaatsvindt.

8.2 In de mbo-fase draagt het ROC geen bekostiging over aan de school.

## § 9 Medezeggenschap

9.1 Voor de medezeggenschap gelden de wettelijke regels. Voor leerlingen die bij de school zijn ingeschreven, hun ouders en het personeel van de school is de Wet medezeggenschap op scholen van toepassing; voor studenten van het ROC en hun ouders geldt hoofdstuk 8a van de WEB en voor het personeel van het ROC de Wet op de ondernemingsraden.

9.2 Partijen kunnen aanvullende afspraken maken over de medezeggenschap indien zij dat wenselijk achten.

## § 10 Geschillen

10.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken in de routestuurgroep.

10.2 Is het geschil niet binnen vier weken opgelost, dan wordt het voorgelegd aan de colleges van bestuur, die binnen vier weken samen overleggen.

10.3 Als ook dat overleg binnen zes weken niet tot een oplossing leidt, kan iedere partij het geschil voorleggen aan de bevoegde rechter in het arrondissement Rotterdam.

## § 11 Nieuwe partners, wijziging en einde

11.1 Een andere school voor vmbo of instelling voor beroepsonderwijs kan partij worden bij deze overeenkomst, als beide partijen daarmee schriftelijk instemmen en de nieuwe partij alle verplichtingen uit deze overeenkomst aanvaardt. Toetreding gaat in bij het begin van een schooljaar en heeft geen gevolgen voor het programma van leerlingen die de route al volgen.

11.2 Wijziging van deze overeenkomst is alleen mogelijk schriftelijk en met instemming van beide colleges van bestuur. Een wijziging gaat in bij het begin van een schooljaar; zij geldt niet voor leerlingen die de route al volgen als zij voor hen nadelig is.

11.3 Iedere partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van ten minste twaalf maanden. Partijen kunnen de overeenkomst ook met wederzijds goedvinden beëindigen.

11.4 Na opzegging of beëindiging worden geen nieuwe leerlingen meer toegelaten. Leerlingen en studenten die op dat moment de route volgen, krijgen de gelegenheid de route bij partijen af te ronden; partijen blijven daarvoor docenten en voorzieningen beschikbaar stellen.

## § 12 Inwerkingtreding en ondertekening

Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

| Partij | Naam en functie | Plaats, datum en handtekening |
| Stichting Christelijk Voortgezet Onderwijs Drechtsteden | ing. B.A. Sliedrecht MBA, voorzitter college van bestuur | Dordrecht, 27 juni 2025 // // |
| Stichting Regionaal Opleidingencentrum Oude Maas | mr. Y. El Idrissi, lid college van bestuur | Zwijndrecht, 27 juni 2025 // // |
""")


# --------------------------------------------------------------------------------- 457 -------
sample(
    457, "afsprakentabel_wie_media_zaanstreek", "docx",
    "DOCX whose operative part is one three-column table (onderwerp | afspraak | wie), "
    "Zaanstreek, Media, vormgeving en ICT gl/tl -> mbo-4 Mediavormgever; fully compliant in "
    "terse table wording (routeduo, klantopdrachten, jaarbeeld), transfer EUR 600 per leerling "
    "for licences and studio use, arbitrage as final step.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Route en diploma",
     "b": "Opdrachtgevers uit de creatieve sector",
     "c": "Wie de route aanstuurt",
     "d": "Verslag aan de besturen",
     "e": "Lessen, studio's en docenten",
     "f": "Stoppen of overstappen",
     "g": "Geld",
     "h": "Inspraak",
     "i": "Onenigheid tussen de partners",
     "j": "Aansluiten, aanpassen, opzeggen"},
    font="Calibri", size=10, author="Routeregie Zaan en IJ", doc_title="Afsprakenkader Mediaroute",
    colwidths={3: [0.21, 0.59, 0.20], 2: [0.5, 0.5]},
    header="Mediaroute Zaanstreek – samenwerkingsovereenkomst",
    footer="Westzijde College / ROC Zaan en IJ",
)
text(457, r"""
# Mediaroute Zaanstreek

#: Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo – Media, vormgeving en ICT / Mediavormgever

**Wie sluiten deze overeenkomst?**

: **Stichting Openbaar Voortgezet Onderwijs Zaanstreek**, Zaandam, bevoegd gezag van het **Westzijde College** (vmbo gemengde en theoretische leerweg), vertegenwoordigd door drs. M.E. (Marloes) Kuiper, voorzitter college van bestuur – hierna: **de school**;
: **Stichting ROC Zaan en IJ**, Zaandam, met het Mediacollege Zaan en IJ, vertegenwoordigd door J.P. (Joost) Baltus MSc, voorzitter college van bestuur – hierna: **het college**.

De school en het college (samen: de partners) verzorgen vanaf 1 augustus 2025 samen een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020. Alles wat zij daarover afspreken, staat in de tabel hieronder. De kolom "wie" zegt wie voor de uitvoering van de afspraak zorgt; gebonden zijn altijd beide partners. Afkortingen: RR = routeregisseur, AL = afdelingsleider vmbo van de school, OM = opleidingsmanager Media van het college.

| Onderwerp | Afspraak | Wie |
| Route en diploma | Leerlingen die in het profiel **Media, vormgeving en ICT** van de school de **gemengde of theoretische leerweg** volgen, kunnen vanaf leerjaar 3 kiezen voor de route naar de middenkaderopleiding **Mediavormgever (niveau 4)** in het opleidingsdomein **Media en vormgeving** van het college, beroepsopleidende leerweg. Na de route hebben zij het vmbo-diploma (uiterlijk in het derde routejaar) en het mbo-diploma Mediavormgever. | Beide besturen |
| Start, duur en plaatsen | Eerste instroom 1 augustus 2025. Duur: vijf jaar (twee jaar op de school, drie jaar op het college). Maximaal 20 leerlingen per jaar. | AL en OM |
| Melding | Ieder van de partners meldt de route vóór 1 oktober 2025 in RIO. | Beide besturen |
| Opdrachtgevers uit de creatieve sector | Vaste opdrachtgevers zijn Studio Hemhaven (grafisch ontwerp), Drukkerij Vermeulen & Zn (Wormerveer) en Omroep Zaanstreek. Zij leveren per semester ten minste één echte klantopdracht aan, briefen de leerlingen zelf en beoordelen het resultaat mee. // In het tweede routejaar loopt iedere leerling tien dagen mee bij een van deze bedrijven; in de mbo-fase zorgt het college voor een stageplaats bij een door SBB erkend leerbedrijf. // De opdrachtgevers vormen samen met twee zzp-ontwerpers de Creatieve Raad, die twee keer per jaar het programma en de keuzedelen bespreekt en schriftelijk advies geeft. | RR |
| Wie de route aanstuurt | De route wordt aangestuurd door het routeduo: de AL en de OM. Zij worden ieder door hun eigen college van bestuur schriftelijk in die rol aangewezen. De RR wordt door beide colleges van bestuur samen benoemd, voor twee jaar, en ondersteunt het duo. // Het routeduo beslist over toelating tot de route, rooster, inzet van docenten binnen de afgesproken uren, de jaarplanning van klantopdrachten en de besteding van het routebudget (EUR 15.000 per jaar). // Niet aan het routeduo: het vaststellen van het gezamenlijke PTA/OER, het aantal plaatsen, personeel aannemen, uitgaven boven het routebudget. Die blijven bij de besturen. | Beide besturen (aanwijzen en benoemen); AL en OM (uitvoeren) |
| Verslag aan de besturen | Na iedere onderwijsperiode (vier keer per jaar) stuurt het routeduo beide colleges van bestuur een voortgangsbrief: aantallen, voortgang, uitval, bijzonderheden. // Vóór 1 december een jaarbeeld over het afgelopen schooljaar met in-, door- en uitstroom, examenresultaten en besteding van budget en overgedragen geld; dat jaarbeeld bespreken en stellen de besturen vast in hun overleg in december, waar het routeduo het toelicht en zich verantwoordt. // Op verzoek van een bestuur: extra informatie binnen tien werkdagen. | Routeduo |
| Programma en examens | Het gezamenlijke PTA/OER beschrijft per routejaar welke onderdelen vmbo, mbo of gecombineerd zijn, en wanneer welke examens zijn. De school neemt het vmbo-examen af, het college de mbo-examens. Het PTA/OER wordt jaarlijks vóór 1 juli door beide besturen vastgesteld. | Routeduo stelt op; besturen stellen vast |
| Lessen, studio's en docenten | Jaar 1 en 2: lessen in het Westzijde College, plus elke vrijdag in de fotostudio, de geluidsstudio en het Mac-lokaal van het Mediacollege. Jaar 3 tot en met 5: op het Mediacollege. // Het college stelt zijn studio's, camera's en licenties voor ontwerpsoftware beschikbaar aan leerlingen in jaar 1 en 2; de school stelt haar mediapraktijklokaal beschikbaar aan docenten van het college. // Het college zet in jaar 1 en 2 een docent mediavormgeving 0,4 fte in op de school. De school zet in jaar 3 twee uur per week een docent Nederlands in voor wie het vmbo-examen nog moet afronden. Iedereen blijft in dienst van de eigen werkgever. // Het projectvak "Beeld & Boodschap" wordt gegeven door één team van docenten van beide partners, met teambevoegdheid (art. 7.13a WVO 2020 / art. 9.1.12 WEB); voor elk vak in dat projectvak zit een bevoegde docent in het team. | RR (rooster); OM en AL (inzet docenten) |
| Stoppen of overstappen | Stopt een leerling in jaar 1 of 2: verder in de gewone gemengde of theoretische leerweg van de school, eventueel in een ander profiel, met vmbo-examen. // Stopt een student in jaar 3 of later, of blijkt mediavormgeving niet te passen: verder in een andere opleiding van het college op niveau 3 of 4 (bijvoorbeeld Mediamaker of Allround medewerker IT systems and devices), ook zonder vmbo-diploma; de toelatingseisen gelden dan niet. Wie naar een andere mbo-instelling wil: warme overdracht en een advies voor het toelatingsonderzoek daar. // Welke stap past, besluiten school en college samen, na gesprek met leerling en ouders, op grond van wat de leerling al heeft gehaald en zijn of haar leeftijd. Entree alleen als een diploma op niveau 2 of hoger echt niet haalbaar is. De uitwerking staat in de schoolgids. | AL en OM samen |
| Geld | De school draagt voor iedere leerling in jaar 1 en 2 EUR 600 per schooljaar over aan het college (art. 5.42a WVO 2020), te betalen vóór 1 februari. Het geld is alleen bestemd voor softwarelicenties, studiogebruik en materiaal van leerlingen in jaar 1 en 2. Het college draagt niets over aan de school. Het routebudget betalen de partners ieder voor de helft. | Besturen; college verantwoordt in het jaarbeeld |
| Inspraak | In jaar 1 en 2 geldt de medezeggenschapsraad van de school, daarna de studentenraad van het college. Extra afspraak: routeleerlingen in jaar 1 en 2 kiezen uit hun midden één vertegenwoordiger die als adviserend lid meedoet aan de studentenraad van het college. Wijzigingen van deze overeenkomst gaan eerst voor advies naar de medezeggenschapsraad en de studentenraad. | RR organiseert de verkiezing |
| Klachten | Klacht over een medewerker van de andere partner: binnen vijf werkdagen doorsturen; de werkgever van de medewerker handelt af volgens de eigen klachtenregeling. | AL en OM |
| Onenigheid tussen de partners | Eerst in het routeduo (twee weken), dan tussen de twee voorzitters van de colleges van bestuur (vier weken). Lukt het dan niet, dan beslist één arbiter volgens het Arbitragereglement van het Nederlands Arbitrage Instituut; plaats van arbitrage is Amsterdam. Lessen en stages gaan intussen gewoon door. | Beide besturen |
| Aansluiten, aanpassen, opzeggen | **Aansluiten:** een andere vmbo-school of mbo-instelling kan meedoen als beide partners schriftelijk instemmen en het nieuwe bestuur alle afspraken in deze tabel aanvaardt; ingang per 1 augustus, melding in RIO. // **Aanpassen:** alleen schriftelijk, getekend door beide besturen, na advies van de raden (zie Inspraak); ingang per 1 augustus. // **Opzeggen:** schriftelijk, per 1 augustus, met minstens een jaar opzegtermijn; bij een ernstige tekortkoming die na aanmaning drie maanden blijft bestaan, mag de ander ontbinden. // **Leerlingen die al in de route zitten:** na opzegging of ontbinding geen nieuwe instroom; wie al begonnen is, maakt de route af op de oude voorwaarden, en aanpassingen gelden voor hen alleen als ze daar niet op achteruitgaan. | Beide besturen |
| Privacy | Partners wisselen alleen de leerlinggegevens uit die nodig zijn voor deze route; afspraken staan in de bijlage gegevensuitwisseling. | Functionaris gegevensbescherming |

Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

Getekend te Zaandam op 26 juni 2025.

| Voor de school | Voor het college |
| drs. M.E. Kuiper, voorzitter college van bestuur // // handtekening | J.P. Baltus MSc, voorzitter college van bestuur // // handtekening |
""")


# --------------------------------------------------------------------------------- 458 -------
sample(
    458, "brief_platform_bevestiging_horeca_fryslan", "pdf",
    "PDF letter from a regional platform confirming what two boards agreed, countersigned by "
    "both boards 'voor akkoord en als samenwerkingsovereenkomst' (Zuidoost-Fryslân, Horeca, "
    "bakkerij en recreatie kb -> mbo-3 Zelfstandig werkend kok / gastheer-gastvrouw); fully "
    "compliant in letter prose, fixed annual transfer of EUR 18.500 with its purpose, platform "
    "chair as bemiddelaar before the rechter.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "1. Om welke route het gaat",
     "b": "2. De rol van de horeca",
     "c": "3. Het routeoverleg",
     "d": "4. Rapporteren aan uw besturen",
     "e": "5. Keukens, lokalen en docenten",
     "f": "6. Leerlingen voor wie de route niet (meer) werkt",
     "g": "7. De financiële afspraak",
     "h": "8. Medezeggenschap",
     "i": "9. Wanneer uw besturen het oneens zijn",
     "j": "10. Uitbreiding, wijziging en beëindiging"},
    font="Helvetica", size=9.5, accent="#7a2e1f",
    header="Platform Beroepsonderwijs Zuidoost-Fryslân  -  Jaagpad 3  -  9203 AB Drachten",
    footer="Bevestiging afspraken Horecaroute - kenmerk PBZF/2025-041",
    colwidths={2: [0.5, 0.5]},
    pdf_title="Bevestiging afspraken doorlopende leerroute Horeca",
)
text(458, r"""
**PLATFORM BEROEPSONDERWIJS ZUIDOOST-FRYSLÂN**

: Aan de colleges van bestuur van
: Stichting Voortgezet Onderwijs De Wâlden
: t.a.v. de heer drs. S. Hoekstra, voorzitter
: en
: Stichting ROC Fryslân Oost
: t.a.v. mevrouw M. de Boer-Zandstra MBA, voorzitter

: Drachten, 2 juli 2025
: Kenmerk: PBZF/2025-041
: Betreft: bevestiging afspraken doorlopende leerroute Horeca (Wâldpoarte College - ROC Fryslân Oost)

Geachte heer Hoekstra, geachte mevrouw De Boer-Zandstra,

In het bestuurlijk overleg van 14 mei 2025, dat het platform voor u heeft voorbereid en voorgezeten, hebben uw besturen overeenstemming bereikt over een doorlopende leerroute vmbo-mbo in de horeca. U hebt het platform gevraagd die afspraken op te schrijven. Dat doen wij in deze brief. Zoals afgesproken gelden de afspraken, zodra u beiden deze brief voor akkoord hebt ondertekend, als de samenwerkingsovereenkomst tussen Stichting Voortgezet Onderwijs De Wâlden (bevoegd gezag van het Wâldpoarte College te Drachten, hierna: de school) en Stichting ROC Fryslân Oost (hierna: het ROC) als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. Het platform zelf is geen partij en neemt met deze brief geen verplichtingen op zich, behalve de bemiddelende rol onder punt 9.

**1. Om welke route het gaat.** Uw besturen verzorgen vanaf 1 augustus 2025 samen een doorlopende leerroute van het profiel Horeca, bakkerij en recreatie in de kaderberoepsgerichte leerweg van het Wâldpoarte College naar de vakopleidingen Zelfstandig werkend kok en Zelfstandig werkend gastheer/gastvrouw (beide niveau 3) in het opleidingsdomein Horeca en bakkerij van het ROC, beroepsopleidende leerweg. De route begint in leerjaar 3 en duurt vier jaar; het vmbo-diploma wordt aan het eind van het tweede routejaar behaald, uiterlijk in het derde. Leerlingen kiezen vóór 1 februari van het tweede routejaar tussen keuken en bediening. Per jaar starten ten hoogste achttien leerlingen. Beide besturen melden de route vóór 1 oktober 2025 in RIO.

**2. De rol van de horeca.** Koninklijke Horeca Nederland, afdeling Drachten-Smallingerland, en de leerbedrijven Hotel Lauwerswâld, Restaurant It Wapen fan Drachten en Banketbakkerij Dijkstra hebben toegezegd mee te doen, zoals vastgelegd in hun brief van 30 april 2025. Afgesproken is dat de koks en gastheren van deze bedrijven in ieder routejaar drie praktijkdagen in hun eigen bedrijf verzorgen, dat zij in de vo-fase per schooljaar zes gastlessen geven, dat iedere student in de mbo-fase een stageplaats krijgt bij een door SBB erkend leerbedrijf uit de afdeling, en dat twee chef-koks het examendiner aan het eind van het tweede routejaar mee beoordelen. Een horecaklankbord van vier ondernemers bespreekt twee keer per jaar het programma met het routeoverleg en adviseert over keuzedelen en stageperiodes.

**3. Het routeoverleg.** De dagelijkse leiding over de route ligt bij een routeoverleg. Daarin zitten de teamleider bovenbouw Horeca, bakkerij en recreatie van de school, de opleidingsmanager Horeca & Toerisme van het ROC en een routecoördinator. Uw beide besturen wijzen ieder schriftelijk hun eigen lid aan; de routecoördinator benoemt u samen, voor twee schooljaren. Het routeoverleg heeft van u de taak en de bevoegdheid gekregen om leerlingen toe te laten, de roosters en de inzet van docenten te regelen binnen de afgesproken uren, het gezamenlijke PTA/OER per routejaar voor te bereiden, de contacten met de horeca te onderhouden, de overstapbeslissingen onder punt 6 te nemen en te beslissen over het routebudget van EUR 9.000 per jaar. Het vaststellen van het PTA/OER, het aantal plaatsen en uitgaven buiten het routebudget hebt u aan uzelf voorbehouden.

**4. Rapporteren aan uw besturen.** Het routeoverleg stuurt u beiden in januari en in juni een halfjaarrapportage over aanmeldingen, voortgang, uitval, stages en klachten, en vóór 1 november een jaarrapport over het afgelopen schooljaar, met in-, door- en uitstroom per cohort en de besteding van het routebudget en van het bedrag onder punt 7. Het jaarrapport wordt besproken in uw bestuurlijk overleg in november, waarin het routeoverleg er verantwoording over aflegt. Het platform ontvangt een afschrift. Tussentijds kunt u ieder alle informatie opvragen; het routeoverleg levert die binnen tien werkdagen.

**5. Keukens, lokalen en docenten.** In de vo-fase krijgen de leerlingen les in het Wâldpoarte College, met één dag per week in de leskeukens en het leerrestaurant van het ROC aan de Splitting in Drachten; in de mbo-fase in het ROC. De school stelt haar praktijkkeuken en het schoolrestaurant De Gouden Lepel beschikbaar voor lessen van ROC-docenten. Het ROC zet in de vo-fase een chef-docent één dag per week in op de school; de school zet in het derde routejaar twee uur per week een docent in voor studenten die het vmbo-examen nog moeten afronden. Iedereen blijft in dienst van de eigen werkgever. Het onderdeel "Gastvrij ondernemen" wordt gegeven door één team van docenten van beide besturen met toepassing van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 WEB); voor ieder vak in dat onderdeel is een bevoegde docent in het team. Het programma, de examens en de stages per routejaar staan in het gezamenlijke PTA/OER; de school neemt het vmbo-examen af, het ROC de mbo-examens. Een klacht over een medewerker van de ander wordt doorgestuurd en behandeld volgens de klachtenregeling van de werkgever van die medewerker.

**6. Leerlingen voor wie de route niet (meer) werkt.** Wie in de vo-fase stopt, gaat verder in de reguliere kaderberoepsgerichte leerweg van de school, in hetzelfde of een ander profiel, en doet daar het vmbo-examen. Wie in de mbo-fase stopt of merkt dat de horeca niet past, kan binnen het ROC overstappen naar een andere opleiding op niveau 2 of 3, bijvoorbeeld Zelfstandig werkend medewerker evenementen of Medewerker bakkerij, ook zonder vmbo-diploma; de vooropleidingseisen gelden dan niet. Wie het vmbo-diploma aan het eind van het derde routejaar niet heeft, kan het examen herkansen en intussen doorgaan met de mbo-opleiding. Bij overstap naar een andere instelling, bijvoorbeeld na een verhuizing, zorgen school en ROC voor een warme overdracht. Welke weg passend is, besluiten de school en het ROC samen in het routeoverleg, na een gesprek met de leerling en de ouders, op basis van het bereikte onderwijsniveau, de leeftijd en de wensen van de leerling. De Entreeopleiding komt alleen in beeld als een diploma op niveau 2 of hoger niet haalbaar is.

**7. De financiële afspraak.** Op grond van artikel 5.42a WVO 2020 draagt de school ieder schooljaar een vast bedrag van EUR 18.500 over aan het ROC, te betalen vóór 1 december. Dat bedrag is bestemd voor de inzet van de chef-docent in de vo-fase en voor ingrediënten en het gebruik van de leskeukens door leerlingen in de vo-fase. Het ROC draagt niets over aan de school. Het routebudget onder punt 3 wordt door beide besturen voor de helft gedragen.

**8. Medezeggenschap.** U hebt afgesproken dat de medezeggenschapsraad van het Wâldpoarte College en de studentenraad van het ROC ieder het jaarrapport ontvangen en dat zij één keer per jaar samen vergaderen over de route. Twee routeleerlingen uit de vo-fase nemen als toehoorder met spreekrecht deel aan de vergaderingen van de studentenraad. Elk voorstel om deze afspraken te wijzigen, legt u eerst voor advies aan beide raden voor.

**9. Wanneer uw besturen het oneens zijn.** Een meningsverschil over de uitvoering van deze afspraken bespreekt u eerst in het routeoverleg en daarna, als het binnen drie weken niet is opgelost, tussen de twee voorzitters van de colleges van bestuur. Lukt het ook dan niet binnen vier weken, dan kan ieder van u de voorzitter van het platform vragen te bemiddelen; het platform doet dan binnen zes weken een voorstel. Wordt dat voorstel niet door beide besturen aanvaard, dan kan ieder van u het geschil voorleggen aan de bevoegde rechter van de rechtbank Noord-Nederland, locatie Leeuwarden.

**10. Uitbreiding, wijziging en beëindiging.** Een andere vmbo-school of mbo-instelling kan tot deze afspraken toetreden als beide besturen schriftelijk instemmen en het nieuwe bestuur alle afspraken aanvaardt; toetreding gaat in op 1 augustus en wordt in RIO gemeld. Wijzigen gebeurt alleen schriftelijk, met handtekening van beide besturen en na het advies onder punt 8, en gaat in op 1 augustus. Ieder bestuur kan de samenwerking opzeggen per 1 augustus, schriftelijk en met een opzegtermijn van ten minste een jaar; schiet een bestuur ernstig tekort en herstelt het dat niet binnen drie maanden na een aanmaning, dan mag de ander de overeenkomst ontbinden. Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in; wie al in de route zit, maakt die af op de afgesproken voorwaarden, en wijzigingen gelden voor hen alleen als zij er niet op achteruitgaan.

De afspraken gelden met ingang van 1 augustus 2025 voor onbepaalde tijd. Wij verzoeken u beiden deze brief te ondertekenen en één exemplaar aan het platform terug te zenden.

: Met vriendelijke groet,
: 
: ir. G. Wijnja
: voorzitter Platform Beroepsonderwijs Zuidoost-Fryslân

**Voor akkoord en als samenwerkingsovereenkomst aangegaan:**

| Stichting Voortgezet Onderwijs De Wâlden | Stichting ROC Fryslân Oost |
| drs. S. Hoekstra, voorzitter college van bestuur // Drachten, 8 juli 2025 // // handtekening | M. de Boer-Zandstra MBA, voorzitter college van bestuur // Heerenveen, 9 juli 2025 // // handtekening |
""")


# --------------------------------------------------------------------------------- 459 -------
sample(
    459, "aoc_andere_school_geintegreerd_groen_achterhoek", "md",
    "Markdown agreement in plain 'wij'-language with question headings between an AOC and a vmbo "
    "school of another board (so a samenwerkingsovereenkomst, not an interne regeling), "
    "Achterhoek, geïntegreerde route Groen bb -> mbo-2 Medewerker hovenier; fully compliant, "
    "overstap guarantees a passende plek without automatic Entree, joint routeraad as extra "
    "medezeggenschap, no funding transfer.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "1. Welke route bieden we aan?",
     "b": "2. Wat doen de groene bedrijven?",
     "c": "3. Wie houdt de regie?",
     "d": "4. Hoe weten onze besturen hoe het gaat?",
     "e": "5. Waar, met wie en met welke spullen?",
     "f": "6. Wat als de route niet past?",
     "g": "7. Wie betaalt wat?",
     "h": "8. Hoe praten leerlingen, ouders en personeel mee?",
     "i": "9. Wat doen we als we het oneens zijn?",
     "j": "10. Kan er iemand bij, kan het anders, kan het stoppen?"},
)
text(459, r"""
# Samenwerkingsovereenkomst Groene Route Achterhoek

*Geïntegreerde route vmbo basisberoepsgerichte leerweg Groen – mbo Medewerker hovenier (niveau 2)*

**Wij, de ondertekenaars:**

- **Stichting Openbaar Voortgezet Onderwijs Oost-Gelderland**, gevestigd in Doetinchem, het bevoegd gezag van **Scholengemeenschap Het Keppelveld** (vmbo), vertegenwoordigd door mevrouw H.J. (Hanneke) Wissink, voorzitter van het college van bestuur – hierna: **Het Keppelveld**;
- **Stichting Agrarisch Opleidingscentrum Graafschap Groen**, gevestigd in Zelhem, vertegenwoordigd door de heer ir. G.W. (Gert-Willem) Ten Have, directeur-bestuurder – hierna: **Graafschap Groen**.

Graafschap Groen is een agrarisch opleidingscentrum met eigen vmbo- en mbo-afdelingen. Deze route bieden wij echter aan met Het Keppelveld, dat onder een ander bestuur valt. Daarom leggen wij onze afspraken vast in een samenwerkingsovereenkomst (artikel 2.107b en 2.107l WVO 2020, artikel 9.1.17 WEB) en niet in een interne regeling. Waar "wij" staat, bedoelen we beide besturen samen; wat wij hieronder schrijven, zijn afspraken waaraan wij ons allebei binden.

## 1. Welke route bieden we aan?

Wij bieden samen een **geïntegreerde route** aan voor leerlingen van Het Keppelveld die in de **basisberoepsgerichte leerweg** het profiel **Groen** volgen. De route begint in leerjaar 3 en leidt in drie jaar naar het diploma van de basisberoepsopleiding **Medewerker hovenier (niveau 2)** in het opleidingsdomein **Voedsel, natuur en leefomgeving** van Graafschap Groen. De leerlingen doen in deze route in beginsel geen vmbo-examen; wie dat wel wil of nodig heeft, kan het alsnog afleggen (zie vraag 6). Een leerling doet alleen mee na overleg met hem of haar en de ouders, en nadat Het Keppelveld daarover met Graafschap Groen heeft overlegd. In de eerste twee routejaren staat de leerling ingeschreven bij Het Keppelveld, in het derde bij Graafschap Groen. Per jaar zijn er twaalf plaatsen. Wij melden de route allebei vóór 1 oktober 2025 in RIO.

## 2. Wat doen de groene bedrijven?

Hoveniersbedrijf Ten Dam in Doetinchem, Kwekerij De Slinge in Varsseveld en de regio Oost van de Vereniging van Hoveniers en Groenvoorzieners (VHG) doen mee. Zij hebben ons het volgende toegezegd in hun deelnameverklaring (bijlage 1):

- vanaf het eerste routejaar werkt iedere leerling één dag per week mee in een van de bedrijven, onder begeleiding van een vaste praktijkbegeleider;
- de bedrijven leveren per schooljaar twee echte opdrachten aan (bijvoorbeeld de aanleg van een tuin bij een zorginstelling), die de leerlingen onder leiding van een docent en een hovenier uitvoeren;
- in het derde routejaar bieden zij de stageplaatsen; zij zijn door SBB erkend als leerbedrijf;
- een hovenier van de VHG beoordeelt de proeve van bekwaamheid mee;
- twee keer per jaar zit een afvaardiging van de bedrijven aan tafel met het coördinatieteam (vraag 3) om het programma en de planning te bespreken. Het coördinatieteam laat schriftelijk weten wat het met hun adviezen doet.

## 3. Wie houdt de regie?

Het dagelijkse werk ligt bij een **coördinatieteam**. Daarin zitten de teamleider basisberoepsgerichte leerweg van Het Keppelveld, de teamleider Hovenier van Graafschap Groen en een routecoach.

- Ieder bestuur wijst zijn eigen teamleider voor het coördinatieteam aan, met een brief aan het andere bestuur.
- De routecoach wordt door de directeur-bestuurder van Graafschap Groen benoemd, maar alleen met schriftelijke instemming van het college van bestuur van Het Keppelveld. De benoeming geldt voor twee jaar en kan worden verlengd.
- Wij geven het coördinatieteam de opdracht en de bevoegdheid om leerlingen toe te laten, het rooster te maken, de docenten in te zetten binnen de uren die wij beschikbaar stellen, het gezamenlijke PTA/OER per routejaar voor te bereiden, de contacten met de bedrijven te onderhouden, te beslissen over een overstap (vraag 6) en het routebudget van EUR 6.000 per jaar te besteden.
- Het PTA/OER stellen wij als besturen zelf vast. Ook het aantal plaatsen, het aannemen van personeel en uitgaven buiten het routebudget houden wij zelf in handen.

## 4. Hoe weten onze besturen hoe het gaat?

Elk kwartaal stuurt het coördinatieteam ons allebei een korte stand van zaken met cijfers over aanmelding, aanwezigheid, voortgang en uitval. Vóór 15 september schrijft het een evaluatieverslag over het afgelopen schooljaar, met de resultaten, de ervaringen van de bedrijven en de besteding van het routebudget. In oktober bespreken wij dat verslag in ons bestuurlijk overleg met het coördinatieteam, dat er daar verantwoording over aflegt. Willen wij tussendoor iets weten, dan krijgen wij binnen tien werkdagen antwoord.

## 5. Waar, met wie en met welke spullen?

- **Waar:** in het eerste en tweede routejaar op Het Keppelveld en twee dagdelen per week op de praktijktuin van Graafschap Groen in Zelhem; in het derde routejaar bij Graafschap Groen en in het leerbedrijf.
- **Spullen:** Graafschap Groen stelt de praktijktuin, de kas, de minigraver en het klein materieel met de bijbehorende veiligheidsinstructie beschikbaar. Het Keppelveld stelt zijn schooltuin en het praktijklokaal Groen beschikbaar voor lessen van docenten van Graafschap Groen.
- **Met wie:** Graafschap Groen zet in het eerste en tweede routejaar acht lesuren per week een docent hovenier in op Het Keppelveld. Het Keppelveld zet in het derde routejaar twee uur per week een docent in voor Nederlands en rekenen. Voor het onderdeel "Tuin in uitvoering" vormen docenten van beide scholen één team met teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB); voor ieder vak in dat onderdeel zit er een bevoegde docent in het team. Iedereen blijft bij de eigen werkgever in dienst.
- **Programma:** het PTA/OER beschrijft per routejaar welke onderdelen vmbo zijn, welke mbo en welke samen, en wanneer er examens zijn. Graafschap Groen neemt de mbo-examens af; als een leerling toch het vmbo-examen doet, neemt Het Keppelveld dat af.
- **Klachten:** een klacht over een medewerker van de ander sturen wij binnen vijf werkdagen door; de werkgever van die medewerker handelt haar af volgens de eigen klachtenregeling.

## 6. Wat als de route niet past?

Iedere leerling die de route verlaat, krijgt van ons een passende plek. Dat betekent niet dat hij of zij vanzelf naar de Entreeopleiding gaat. Afhankelijk van het moment zijn er deze mogelijkheden:

- in het eerste of tweede routejaar: verder in de basisberoepsgerichte leerweg van Het Keppelveld, in het profiel Groen of een ander profiel, of in een andere route; de leerling doet dan het vmbo-examen;
- de leerling doet alsnog het vmbo-examen basisberoepsgerichte leerweg, zodat hij of zij het laatste jaar niet hoeft af te maken en een andere mbo-opleiding kan kiezen;
- een andere opleiding op niveau 2 bij Graafschap Groen, bijvoorbeeld Medewerker dierverzorging, ook zonder vmbo-diploma, want de vooropleidingseisen gelden dan niet;
- de route afmaken en daarna een opleiding op niveau 2 of 3 in een andere richting kiezen;
- bij een verhuizing of een andere wens: een opleiding bij een andere school of instelling, waarbij wij zorgen voor een warme overdracht en voor de informatie die die instelling nodig heeft om te onderzoeken of de opleiding past.

Welke mogelijkheid het wordt, beslissen Het Keppelveld en Graafschap Groen samen in het coördinatieteam, na een gesprek met de leerling en de ouders, en op grond van wat de leerling al heeft bereikt, zijn of haar leeftijd en wensen. Alleen als een startkwalificatie echt niet haalbaar blijkt, bespreken wij met leerling en ouders de Entreeopleiding als weg naar werk. De uitwerking staat in de schoolgids van Het Keppelveld.

## 7. Wie betaalt wat?

Wij dragen geen bekostiging aan elkaar over. Ieder betaalt het eigen personeel, de eigen gebouwen en het eigen materiaal, ook als dat voor leerlingen van de ander wordt gebruikt. Het routebudget (vraag 3) betalen wij ieder voor de helft.

## 8. Hoe praten leerlingen, ouders en personeel mee?

De medezeggenschapsraad van Het Keppelveld, de studentenraad van Graafschap Groen en de ondernemingsraad van Graafschap Groen houden hun wettelijke bevoegdheden. Daarnaast richten wij een **routeraad** op, met twee routeleerlingen, twee ouders en één personeelslid van iedere school. De routeraad vergadert drie keer per jaar met het coördinatieteam, krijgt het evaluatieverslag en wordt vooraf om advies gevraagd over iedere wijziging van deze overeenkomst en over het aantal plaatsen. Wij reageren schriftelijk op dat advies.

## 9. Wat doen we als we het oneens zijn?

Zijn wij het oneens over de uitvoering van deze overeenkomst, dan bespreken wij dat eerst in het coördinatieteam. Lukt het daar niet binnen drie weken, dan praten de voorzitter van het college van bestuur van Het Keppelveld en de directeur-bestuurder van Graafschap Groen erover. Komen zij er binnen vier weken niet uit, dan vragen wij samen een mediator. Helpt ook dat niet binnen twee maanden, dan kan ieder van ons naar de bevoegde rechter van de rechtbank Gelderland. Intussen gaat het onderwijs aan de leerlingen gewoon door.

## 10. Kan er iemand bij, kan het anders, kan het stoppen?

- **Iemand erbij:** een andere vmbo-school of mbo-instelling kan partij worden als wij allebei schriftelijk instemmen en het nieuwe bestuur alle afspraken in deze overeenkomst aanvaardt. Dat gaat in op 1 augustus en wordt in RIO gemeld. Voor leerlingen die al in de route zitten, verandert er niets.
- **Anders:** wij wijzigen deze overeenkomst alleen schriftelijk, met de handtekening van beide besturen en na advies van de routeraad. Een wijziging gaat in op 1 augustus en geldt voor leerlingen die al in de route zitten alleen als zij er niet op achteruitgaan.
- **Stoppen:** ieder van ons kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van minstens een jaar. Komt een van ons een belangrijke afspraak niet na en herstelt hij dat niet binnen drie maanden na een schriftelijke aanmaning, dan mag de ander de overeenkomst ontbinden.
- **Leerlingen eerst:** na opzeggen of ontbinden laten wij geen nieuwe leerlingen meer toe. Wie al in de route zit, maakt die bij ons af onder dezelfde voorwaarden, en wij blijven daarvoor docenten, tuin en materieel leveren.

## Ingang en ondertekening

Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Wij evalueren haar voor het eerst in het najaar van 2027.

Getekend in Doetinchem op 1 juli 2025.

| Voor Het Keppelveld | Voor Graafschap Groen |
|---|---|
| H.J. Wissink, voorzitter college van bestuur | ir. G.W. Ten Have, directeur-bestuurder |

*Bijlagen: 1. Deelnameverklaring groene bedrijven; 2. PTA/OER 2025-2026.*
""")

# --------------------------------------------------------------------------------- 460 -------
sample(
    460, "kort_bouw_oost_groningen", "pdf",
    "Very short one-page PDF with run-in numbered clauses, Oost-Groningen, Bouwen, wonen en "
    "interieur kb -> mbo-3 Allround timmerman; defects: leiding has members and tasks but no "
    "appointment rule, the reporting clause keeps a bracketed template gap for form and frequency, and the geschillen "
    "clause only repeats the statute.",
    {"a": "present", "b": "present", "c": "weak", "d": "weak", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "weak", "j": "present"},
    {"a": "1. Route.",
     "b": "2. Bouwbedrijven.",
     "e": "5. Onderwijs.",
     "f": "6. Overstap.",
     "g": "7. Kosten.",
     "h": "8. Medezeggenschap.",
     "j": "10. Toetreding, wijziging en einde."},
    font="Helvetica", size=9,
    pdf_title="Samenwerkingsovereenkomst Bouwroute Oldambt",
)
text(460, r"""
# Samenwerkingsovereenkomst Bouwroute Oldambt

#: doorlopende leerroute vmbo-mbo

Stichting Voortgezet Onderwijs Oldambt-Westerwolde, bevoegd gezag van het Reiderland College te Winschoten, vertegenwoordigd door de heer J. Mulder, voorzitter college van bestuur, en Stichting ROC Eems-Dollard te Veendam, vertegenwoordigd door mevrouw drs. R. Bakker-Oosting, voorzitter college van bestuur, spreken op grond van artikel 2.107b WVO 2020 het volgende af.

**1. Route.** Partijen verzorgen samen een doorlopende leerroute van het profiel Bouwen, wonen en interieur, kaderberoepsgerichte leerweg (Reiderland College), naar de vakopleiding Allround timmerman, niveau 3, opleidingsdomein Bouw en infra (ROC Eems-Dollard). Start: 1 augustus 2025; vier jaar; ten hoogste vijftien leerlingen per jaar; vmbo-diploma uiterlijk in het derde routejaar. Beide partijen melden de route in RIO.

**2. Bouwbedrijven.** Bouwbedrijf Huizinga (Winschoten), Timmerfabriek Oldambt B.V. en Opleidingsbedrijf Bouw Oost-Groningen verzorgen elke maand een werkplaatsdag op de bouwplaats, bieden vanaf het derde routejaar de bpv-plaatsen als erkend leerbedrijf en leveren twee beoordelaars voor de proeve van bekwaamheid.

**3. Routeteam.** De route wordt geleid door een routeteam van twee personen: een medewerker van het Reiderland College en een medewerker van ROC Eems-Dollard, beiden met ervaring in de bouwopleidingen. Het routeteam beslist over toelating, rooster en inzet van docenten en stelt het gezamenlijke PTA/OER op; uitgaven boven EUR 2.500 en de vaststelling van het PTA/OER blijven bij de besturen.

**4. Rapportage.** Het routeteam informeert beide besturen over de voortgang van de route en legt aan hen verantwoording af door middel van: [wijze en frequentie van rapportage invullen].

**5. Onderwijs.** Routejaar 1 en 2: Reiderland College, met één dag per week in de timmerwerkplaats van het ROC in Winschoten; vanaf routejaar 3: ROC. Het ROC stelt zijn timmerwerkplaats en machines beschikbaar, de school haar BWI-lokaal. Het ROC zet in routejaar 1 en 2 zes lesuren per week een docent bouw in op de school; docenten blijven in dienst van hun werkgever. Programma en examinering per routejaar staan in het PTA/OER.

**6. Overstap.** Wie in routejaar 1 of 2 stopt, gaat verder in de reguliere kaderberoepsgerichte leerweg van de school en doet vmbo-examen. Wie later stopt, kan bij het ROC verder in een andere opleiding op niveau 2 of 3 (bijvoorbeeld Timmerman of Schilder), ook zonder vmbo-diploma. School en ROC besluiten samen, na gesprek met leerling en ouders, op basis van bereikt niveau en leeftijd.

**7. Kosten.** Er wordt geen bekostiging overgedragen; ieder draagt de eigen kosten.

**8. Medezeggenschap.** De MR van het Reiderland College en de studentenraad van het ROC ontvangen de informatie die het routeteam aan de besturen geeft en worden vooraf om advies gevraagd over wijziging van deze overeenkomst.

**9. Geschillen.** Partijen regelen hierbij de wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de overeenkomst.

**10. Toetreding, wijziging en einde.** Een andere school of instelling kan toetreden met schriftelijke instemming van beide partijen, per 1 augustus. Wijziging alleen schriftelijk en door beide besturen getekend. Opzegging schriftelijk per 1 augustus met twaalf maanden opzegtermijn. Na opzegging geen nieuwe instroom; zittende leerlingen ronden de route af onder de oude voorwaarden.

Winschoten, 30 juni 2025

| Voor Stichting VO Oldambt-Westerwolde | Voor Stichting ROC Eems-Dollard |
| J. Mulder // // handtekening | drs. R. Bakker-Oosting // // handtekening |
""")


if __name__ == "__main__":
    main(sys.argv[1:])
