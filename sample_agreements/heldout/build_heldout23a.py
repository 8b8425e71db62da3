#!/usr/bin/env python3
"""Build held-out sample agreements h345-h352 for leerroute-check.

Written by an independent author (a helper session) from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst and bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at checker code, tests, models or the texts of
any other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout23a.py            build all samples
    python3 build_heldout23a.py 345 352    build only these (full number or last two digits)
    python3 build_heldout23a.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import textwrap
import zipfile
import datetime

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
ITEMS = "abcdefghij"

SAMPLES = {}


def add(num, slug, fmt, description, statuses, evidence, blocks, **opts):
    assert fmt in ("pdf", "docx", "txt", "md")
    assert sorted(statuses) == list(ITEMS), num
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    SAMPLES[str(num)] = dict(num=str(num), name="h%s_%s" % (num, slug), fmt=fmt,
                             description=description, statuses=statuses,
                             evidence=evidence, blocks=blocks, opts=opts)


def st(s):
    """'a=present b=weak ...' -> dict"""
    d = {}
    for part in s.split():
        k, v = part.split("=")
        d[k] = {"P": "present", "W": "weak", "M": "missing", "N": "not_applicable"}.get(v, v)
    return d


# Block types used in the agreement texts:
#   ("title", t) ("subtitle", t) ("h1", t) ("h2", t) ("p", t) ("runin", head, t)
#   ("li", t) ("ol", label, t) ("table", rows[, widths]) ("pb",) ("toc", [(t, page)])
#   ("sig", [lines_left], [lines_right]) ("small", t) ("center", t) ("space",)

# ---------------------------------------------------------------- PDF

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_pdf(sample, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table,
                                    TableStyle, ListFlowable, ListItem)
    o = sample["opts"]
    font = o.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}[font]
    size = o.get("size", 10)
    lead = size * 1.35
    align = TA_JUSTIFY if o.get("justify") else TA_LEFT
    S = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 6, leading=size + 10,
                                alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", fontName=font, fontSize=size + 1,
                                   leading=size + 5, alignment=TA_CENTER, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 3, leading=size + 7,
                             spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1, leading=size + 5,
                             spaceBefore=7, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=lead, spaceAfter=5,
                            alignment=align),
        "li": ParagraphStyle("li", fontName=font, fontSize=size, leading=lead, spaceAfter=2,
                             leftIndent=16, bulletIndent=6, alignment=align),
        "ol": ParagraphStyle("ol", fontName=font, fontSize=size, leading=lead, spaceAfter=3,
                             leftIndent=22, firstLineIndent=-16, alignment=align),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=size + 1,
                                spaceAfter=3),
        "center": ParagraphStyle("center", fontName=font, fontSize=size + 1, leading=size + 6,
                                 alignment=TA_CENTER, spaceAfter=4),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=size + 2),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=size + 2),
        "sig": ParagraphStyle("sig", fontName=font, fontSize=size, leading=lead),
    }
    story = []
    for b in sample["blocks"]:
        k = b[0]
        if k in ("title", "subtitle", "h1", "h2", "p", "small", "center"):
            story.append(Paragraph(esc(b[1]), S[k]))
        elif k == "runin":
            story.append(Paragraph("<font name='%s'>%s</font> %s" % (bold, esc(b[1]), esc(b[2])),
                                   S["p"]))
        elif k == "li":
            story.append(Paragraph(esc(b[1]), S["li"], bulletText="\u2022"))
        elif k == "ol":
            story.append(Paragraph("%s&nbsp;&nbsp;%s" % (esc(b[1]), esc(b[2])), S["ol"]))
        elif k == "space":
            story.append(Spacer(1, 8 * mm))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "toc":
            rows = [[Paragraph(esc(t), S["cell"]), Paragraph(esc(str(p)), S["cell"])]
                    for t, p in b[1]]
            tb = Table(rows, colWidths=[140 * mm, 15 * mm])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
        elif k == "table":
            rows = b[1]
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(esc(c), S["cellb" if i == 0 else "cell"]) for c in r])
            total = 165 * mm
            widths = b[2] if len(b) > 2 else [1.0 / len(rows[0])] * len(rows[0])
            tb = Table(data, colWidths=[w * total for w in widths], repeatRows=1)
            tb.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 4 * mm))
        elif k == "sig":
            left = "<br/>".join(esc(x) for x in b[1])
            right = "<br/>".join(esc(x) for x in b[2])
            tb = Table([[Paragraph(left, S["sig"]), Paragraph(right, S["sig"])]],
                       colWidths=[82 * mm, 82 * mm])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 6 * mm))
            story.append(tb)
        else:
            raise ValueError(k)

    header = o.get("header")
    footer = o.get("footer")

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(font, 8)
        if header:
            canv.drawString(20 * mm, A4[1] - 12 * mm, header)
            canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        if footer:
            canv.drawRightString(A4[0] - 20 * mm, 10 * mm, footer % doc.page)
        canv.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                            title=o.get("doc_title", sample["name"]), author=o.get("author", ""),
                            creator="", producer="", subject="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- DOCX

def build_docx(sample, path):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    o = sample["opts"]
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    normal = d.styles["Normal"]
    normal.font.name = o.get("font", "Calibri")
    normal.font.size = Pt(o.get("size", 10.5))
    if o.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = o["header"]
        hp.runs[0].font.size = Pt(8)
    if o.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = fp.add_run(o["footer"])
        r.font.size = Pt(8)
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        rr = OxmlElement("w:r")
        tt = OxmlElement("w:t")
        tt.text = "1"
        rr.append(tt)
        fld.append(rr)
        fp._p.append(fld)

    for b in sample["blocks"]:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(18)
        elif k == "subtitle":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.font.size = Pt(12)
        elif k == "center":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
        elif k == "runin":
            p = d.add_paragraph()
            r = p.add_run(b[1] + " ")
            r.bold = True
            p.add_run(b[2])
        elif k == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "ol":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Mm(8)
            p.paragraph_format.first_line_indent = Mm(-8)
            p.add_run(b[1] + "\t" + b[2])
        elif k == "space":
            d.add_paragraph("")
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "toc":
            for t, pg in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Mm(155))
                p.add_run("%s\t%s" % (t, pg))
        elif k == "table":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = tb.cell(i, j)
                    cell.text = c
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif k == "sig":
            tb = d.add_table(rows=1, cols=2)
            for j, lines in enumerate((b[1], b[2])):
                cell = tb.cell(0, j)
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
        else:
            raise ValueError(k)

    cp = d.core_properties
    cp.author = o.get("author", "")
    cp.last_modified_by = o.get("author", "")
    cp.title = o.get("doc_title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- TXT / MD

def wrap(t, width=78, indent=""):
    return textwrap.fill(t, width=width, initial_indent=indent,
                         subsequent_indent=" " * len(indent), break_on_hyphens=False,
                         break_long_words=False)


def build_text(sample, path):
    md = sample["fmt"] == "md"
    width = sample["opts"].get("width", 78)
    out = []
    for b in sample["blocks"]:
        k = b[0]
        if k == "title":
            out.append(("# " + b[1]) if md else (b[1].upper() + "\n" + "=" * min(len(b[1]), width)))
        elif k in ("subtitle", "center"):
            out.append(("*%s*" % b[1]) if md and k == "subtitle" else wrap(b[1], width))
        elif k == "h1":
            out.append(("## " + b[1]) if md else ("\n" + b[1] + "\n" + "-" * min(len(b[1]), width)))
        elif k == "h2":
            out.append(("### " + b[1]) if md else b[1])
        elif k in ("p", "small"):
            out.append(b[1] if md else wrap(b[1], width))
        elif k == "runin":
            out.append(("**%s** %s" % (b[1], b[2])) if md else wrap(b[1] + " " + b[2], width))
        elif k == "li":
            out.append(("- " + b[1]) if md else wrap(b[1], width, "  - "))
        elif k == "ol":
            out.append(("%s %s" % (b[1], b[2])) if md else wrap(b[2], width, "  %s " % b[1]))
        elif k == "space":
            out.append("")
        elif k == "pb":
            out.append("---" if md else "")
        elif k == "toc":
            out.append("\n".join(("- %s" % t) if md else ("  %s" % t) for t, _ in b[1]))
        elif k == "table":
            rows = b[1]
            if md:
                lines = ["| " + " | ".join(rows[0]) + " |",
                         "|" + "|".join("---" for _ in rows[0]) + "|"]
                lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            else:
                lines = [" | ".join(r) for r in rows]
            out.append("\n".join(lines))
        elif k == "sig":
            out.append("\n".join(b[1]) + "\n\n" + "\n".join(b[2]))
        else:
            raise ValueError(k)
    text = "\n\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    if md:
        # a blank line between consecutive list items is fine, but keep lists compact
        text = re.sub(r"(\n- [^\n]*)\n\n(?=- )", r"\1\n", text)
        text = re.sub(r"(\n- [^\n]*)\n\n(?=- )", r"\1\n", text)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- build / check

def expected(sample):
    return {"description": sample["description"], "split": "heldout",
            "statuses": sample["statuses"], "evidence": sample["evidence"]}


def build(sample):
    path = os.path.join(OUT, "%s.%s" % (sample["name"], sample["fmt"]))
    if sample["fmt"] == "pdf":
        build_pdf(sample, path)
    elif sample["fmt"] == "docx":
        build_docx(sample, path)
    else:
        build_text(sample, path)
    with open(os.path.join(OUT, sample["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(expected(sample), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


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
        z = zipfile.ZipFile(path)
        texts = []
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
                xml = z.read(name).decode("utf-8")
                xml = re.sub(r"</w:p>", "\n", xml)
                xml = re.sub(r"<w:tab/>", "\t", xml)
                texts.append(re.sub(r"<[^>]+>", "", xml))
        import html
        return html.unescape("\n".join(texts)), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u00ad", "")).strip()


def check():
    ok = True
    for num, s in sorted(SAMPLES.items()):
        path = os.path.join(OUT, "%s.%s" % (s["name"], s["fmt"]))
        jpath = os.path.join(OUT, s["name"] + ".expected.json")
        problems = []
        if not os.path.exists(path):
            problems.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                problems.append("too large: %d" % size)
            try:
                text, pages = extract(path)
            except Exception as e:  # noqa
                problems.append("cannot open: %r" % e)
                text, pages = "", None
            nt = norm(text)
            for k, ev in s["evidence"].items():
                if norm(ev) not in nt:
                    problems.append("evidence %s not found: %r" % (k, ev))
            words = len(nt.split())
        if not os.path.exists(jpath):
            problems.append("missing expected.json")
        else:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != expected(s):
                    problems.append("expected.json differs from table")
        status = "OK " if not problems else "ERR"
        ok = ok and not problems
        extra = ""
        if os.path.exists(path):
            extra = "%6d bytes %5d words%s" % (os.path.getsize(path), words,
                                                ("" if pages is None else " %d pages" % pages))
        print(status, s["name"] + "." + s["fmt"], extra)
        for p in problems:
            print("    ", p)
    print("check passed" if ok else "CHECK FAILED")
    return ok


# ================================================================= SAMPLES

# ---------------------------------------------------------------- h345
add(345, "genummerde_alineas_installatie_achterhoek", "pdf",
    "PDF, numbered paragraphs with run-in titles, Achterhoek, PIE kader -> mbo-3 eerste monteur "
    "elektrotechnische installaties, employers' association co-signs; fully compliant (funding "
    "transfer with amount and purpose, extra medezeggenschap arrangements)",
    st("a=P b=P c=P d=P e=P f=P g=P h=P i=P j=P"),
    {"a": "2. Route en opleiding.", "b": "3. Werkgevers in de route.", "c": "4. Routeregie.",
     "d": "5. Informatie en verantwoording.", "e": "6. Onderwijs, mensen en middelen.",
     "f": "7. Als de route niet past.", "g": "8. Geldstromen.", "h": "9. Inspraak.",
     "i": "10. Meningsverschillen.", "j": "11. Looptijd, nieuwe partners, wijziging en einde."},
    [
        ("title", "Samenwerkingsovereenkomst"),
        ("subtitle", "Doorlopende leerroute Installatietechniek Achterhoek "
                     "(vmbo kaderberoepsgericht \u2013 mbo niveau 3)"),
        ("p", "De ondergetekenden:"),
        ("ol", "1.", "Stichting Christelijk Voortgezet Onderwijs Berkelland, statutair gevestigd te "
               "Borculo, bevoegd gezag van het Berkelcollege (school voor vbo en mavo), rechtsgeldig "
               "vertegenwoordigd door mevrouw drs. H.J. Wolters, voorzitter van het college van "
               "bestuur, hierna: \u201cde school\u201d;"),
        ("ol", "2.", "Stichting Regionaal Opleidingencentrum Zutphen-Doetinchem, handelend onder de "
               "naam ROC Berkelstroom, statutair gevestigd te Doetinchem, rechtsgeldig "
               "vertegenwoordigd door de heer ing. M.A. te Brake, lid van het college van bestuur, "
               "hierna: \u201cROC Berkelstroom\u201d;"),
        ("p", "samen: \u201cpartijen\u201d, leggen in de volgende genummerde alinea\u2019s vast hoe zij "
              "vanaf het schooljaar 2025-2026 samen een doorlopende leerroute vmbo-mbo verzorgen als "
              "bedoeld in artikel 2.107a en 2.107b van de Wet voortgezet onderwijs 2020 en artikel "
              "9.1.2 en 9.1.3 van de Wet educatie en beroepsonderwijs."),
        ("runin", "1. Aanleiding.", "In de Achterhoek staan al jaren meer vacatures voor "
                  "installatiemonteurs open dan er vakmensen van school komen. Leerlingen die in het "
                  "tweede leerjaar al weten dat zij monteur willen worden, verliezen nu tijd en "
                  "motivatie op de overgang van vmbo naar mbo. Partijen willen die overgang "
                  "wegnemen door het vmbo- en het mbo-deel als \u00e9\u00e9n programma aan te bieden."),
        ("runin", "2. Route en opleiding.", "De route begint in leerjaar 3 van de "
                  "kaderberoepsgerichte leerweg van het Berkelcollege, profiel Produceren, "
                  "installeren en energie (PIE). Zij leidt op tot het vmbo-diploma kader PIE en "
                  "daarna tot het mbo-diploma Eerste monteur elektrotechnische installaties woning en "
                  "utiliteit, niveau 3, in het opleidingsdomein Installatie- en energietechniek van "
                  "ROC Berkelstroom (BOL; vanaf het vierde routejaar kan de leerling desgewenst naar "
                  "de BBL-variant). De route telt vijf routejaren: routejaar 1 en 2 vallen samen met "
                  "leerjaar 3 en 4 van het vmbo, routejaar 3 tot en met 5 met de mbo-jaren. De "
                  "leerling doet het centraal examen vmbo uiterlijk in routejaar 3."),
        ("runin", "3. Werkgevers in de route.", "De Vereniging Installatiebedrijven Achterhoek "
                  "(VIA), waarin 23 installatiebedrijven uit de regio zijn verenigd, is bij de "
                  "opzet van deze route betrokken geweest en tekent deze overeenkomst mee voor wat "
                  "deze alinea betreft. VIA en haar leden zeggen toe: (a) voor iedere routeleerling "
                  "vanaf routejaar 3 een plaats voor beroepspraktijkvorming bij een door SBB erkend "
                  "leerbedrijf, met een minimum van twintig plaatsen per jaar; (b) in routejaar 1 en "
                  "2 per leerjaar twee praktijkopdrachten aan te leveren die ontleend zijn aan "
                  "lopende projecten van de leden, en de leerlingen daarbij op locatie te ontvangen; "
                  "(c) per examenperiode twee vakmensen beschikbaar te stellen die samen met de "
                  "examinatoren van ROC Berkelstroom de proeve van bekwaamheid beoordelen; en (d) "
                  "zitting te nemen in de Adviesraad Installatieroute, die twee keer per jaar "
                  "bijeenkomt en de routeregie adviseert over de inhoud van het programma en de "
                  "keuze van keuzedelen, zoals Zonne-energie en Warmtepomptechniek. De routeregie "
                  "laat in haar jaarverantwoording zien wat met die adviezen is gedaan."),
        ("runin", "4. Routeregie.", "De dagelijkse leiding over de route ligt bij een regieteam "
                  "van drie personen: de afdelingsleider bovenbouw techniek van het Berkelcollege, "
                  "de teamleider Installatietechniek van ROC Berkelstroom en een routecoördinator. "
                  "De colleges van bestuur wijzen de leden van het regieteam bij gezamenlijk "
                  "schriftelijk besluit aan, voor een periode van twee schooljaren die telkens kan "
                  "worden verlengd. De routecoördinator wordt na een interne sollicitatieronde onder "
                  "het personeel van beide partijen door de colleges van bestuur gezamenlijk "
                  "aangesteld voor 0,4 fte en blijft in dienst van de eigen werkgever. Het regieteam "
                  "stelt het gezamenlijke routeboek op, maakt het rooster, regelt de intake en de "
                  "plaatsing in de beroepspraktijkvorming, onderhoudt het contact met VIA en bewaakt "
                  "de kwaliteit. Het regieteam beslist zelfstandig over de verdeling van de "
                  "afgesproken docenturen over de leerjaren, over de toelating van leerlingen tot "
                  "de route en over uitgaven tot \u20ac 15.000 per schooljaar binnen de vastgestelde "
                  "routebegroting. Besluiten over personeel, over uitgaven boven dat bedrag en over "
                  "wijziging van de opzet van de route blijven voorbehouden aan de colleges van "
                  "bestuur."),
        ("runin", "5. Informatie en verantwoording.", "Het regieteam stuurt beide colleges van "
                  "bestuur na afloop van elk kwartaal een kort kwartaalbericht met de aantallen "
                  "leerlingen per routejaar, het verzuim, de uitval en bijzonderheden. V\u00f3\u00f3r 1 "
                  "november legt het regieteam over het afgelopen schooljaar schriftelijk "
                  "verantwoording af in een jaarverantwoording, met de in-, door- en uitstroom, de "
                  "examenresultaten, de besteding van de routebegroting en de opvolging van de "
                  "adviezen van de Adviesraad. De jaarverantwoording wordt besproken in het "
                  "bestuurlijk overleg van partijen, dat in maart en oktober plaatsvindt en waarin "
                  "het regieteam vragen van de bestuurders beantwoordt. Incidenten die de "
                  "continu\u00efteit van de route raken, meldt het regieteam direct aan beide colleges."),
        ("runin", "6. Onderwijs, mensen en middelen.", "Het onderwijs in routejaar 1 en 2 wordt "
                  "gegeven op de locatie van het Berkelcollege in Borculo, met \u00e9\u00e9n dag per week "
                  "in de installatiehal van ROC Berkelstroom aan de Keppelseweg in Doetinchem; vanaf "
                  "routejaar 3 volgt de leerling het onderwijs bij ROC Berkelstroom en in het "
                  "leerbedrijf. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming "
                  "per routejaar staan in het gezamenlijke routeboek (PTA/OER), dat beide partijen "
                  "v\u00f3\u00f3r 1 juli voorafgaand aan elk schooljaar vaststellen; daarin is ook "
                  "aangegeven welke onderdelen vo-onderdelen zijn, welke mbo-onderdelen en welke "
                  "gecombineerd. Docenten van beide partijen vormen \u00e9\u00e9n routeteam. Voor het "
                  "vakoverstijgende project Installeren in de praktijk in routejaar 2 en 3 maken "
                  "partijen gebruik van de teambevoegdheid (artikel 7.13a WVO 2020 en artikel 9.1.12 "
                  "WEB); het routeboek vermeldt welke docenten dat deel verzorgen en voor welk "
                  "onderdeel ieder bevoegd is. ROC Berkelstroom zet in routejaar 1 en 2 zes "
                  "lesuren per week een eigen docent elektrotechniek in op de school; de school zet "
                  "in routejaar 3 vier uur per week een docent Nederlands en rekenen in bij het "
                  "ROC. Iedere docent blijft in dienst van zijn eigen werkgever, die ook de "
                  "professionalisering regelt. De school stelt haar praktijklokaal PIE en twee "
                  "theorielokalen ter beschikking, ROC Berkelstroom de installatiehal, de "
                  "meetapparatuur en de elektronische leeromgeving. De klachtenregeling van elke "
                  "partij geldt ook voor gedragingen van medewerkers van de andere partij in het "
                  "kader van de route; de partij wier medewerker het betreft, werkt mee aan de "
                  "afhandeling."),
        ("runin", "7. Als de route niet past.", "Het kan gebeuren dat een leerling de route niet "
                  "kan of wil afmaken, bijvoorbeeld door een verhuizing, omdat het niveau niet "
                  "aansluit of omdat hij toch een ander vak wil leren. Partijen zorgen er dan samen "
                  "voor dat hij op een andere weg een diploma kan halen. Stopt de leerling in "
                  "routejaar 1 of 2, dan gaat hij verder in de reguliere kaderberoepsgerichte "
                  "leerweg van het Berkelcollege, in het profiel PIE of een ander profiel, op weg "
                  "naar het vmbo-diploma; afgeronde mbo-onderdelen worden vastgelegd en bij een "
                  "latere mbo-opleiding meegenomen. Heeft de leerling aan het einde van routejaar 3 "
                  "het vmbo-diploma niet, dan kan hij het jaar overdoen of zonder dat diploma bij ROC "
                  "Berkelstroom doorgaan in een mbo-opleiding op niveau 2 of 3 die past bij wat hij "
                  "al heeft bereikt; vooropleidingseisen gelden daarbij niet. Wil een leerling in de "
                  "mbo-fase een andere richting, dan kan hij binnen ROC Berkelstroom overstappen naar "
                  "een opleiding op hetzelfde niveau in een ander domein, of elders in de regio; een "
                  "andere instelling kan hem dan na een geschiktheidsonderzoek toelaten. Welke weg "
                  "wordt gekozen, beslissen de afdelingsleider van de school en de teamleider van ROC "
                  "Berkelstroom samen, binnen vier weken na het signaal, op voorstel van mentor en "
                  "loopbaanbegeleider, met oog voor het bereikte onderwijsniveau, de leeftijd en de "
                  "wensen van de leerling en zijn ouders. Beide partijen dragen zorg voor een warme "
                  "overdracht. De schoolgids werkt dit uit voor leerlingen en ouders."),
        ("runin", "8. Geldstromen.", "Met toepassing van artikel 5.42a WVO 2020 draagt de school "
                  "voor iedere leerling in routejaar 1 en 2 een bedrag van \u20ac 1.250 per schooljaar "
                  "over aan ROC Berkelstroom. Het bedrag is bestemd voor de inzet van de docent "
                  "elektrotechniek van ROC Berkelstroom op de school en voor het gebruik van de "
                  "installatiehal en het verbruiksmateriaal daarin. Het aantal leerlingen op 1 "
                  "oktober is bepalend; de school betaalt v\u00f3\u00f3r 1 februari van het lopende "
                  "schooljaar. ROC Berkelstroom draagt geen bekostiging over aan de school; de inzet "
                  "van de docent Nederlands en rekenen in routejaar 3 wordt niet verrekend."),
        ("runin", "9. Inspraak.", "De medezeggenschapsraad van het Berkelcollege en de "
                  "ondernemingsraad en studentenraad van ROC Berkelstroom behouden hun wettelijke "
                  "rechten. Daarnaast spreken partijen af: (a) routeleerlingen die nog bij de school "
                  "staan ingeschreven, kiezen uit hun midden twee leerlingen die de vergaderingen van "
                  "de studentenraad van de unit Techniek van ROC Berkelstroom bijwonen, met "
                  "spreekrecht over alles wat de route betreft; (b) een voorgenomen wijziging van "
                  "het routeboek wordt ter advisering voorgelegd aan zowel de "
                  "medezeggenschapsraad van de school als de studentenraad van ROC Berkelstroom; en "
                  "(c) het regieteam organiseert eenmaal per jaar een gezamenlijke "
                  "informatiebijeenkomst voor de leden van deze raden."),
        ("runin", "10. Meningsverschillen.", "Verschillen van inzicht over de uitvoering van deze "
                  "overeenkomst worden eerst in het regieteam besproken. Komt het regieteam er "
                  "binnen twee weken niet uit, dan legt ieder van de partijen de kwestie voor aan "
                  "het bestuurlijk overleg, dat binnen vier weken bijeenkomt. Blijft het geschil "
                  "daarna bestaan, dan schakelen partijen een bij de Mediatorsfederatie Nederland "
                  "geregistreerde mediator in, wiens kosten zij elk voor de helft dragen. Leidt "
                  "mediation niet binnen drie maanden tot een oplossing, dan kan ieder van hen het "
                  "geschil voorleggen aan de bevoegde rechter van de Rechtbank Gelderland."),
        ("runin", "11. Looptijd, nieuwe partners, wijziging en einde.", "Deze overeenkomst geldt "
                  "vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere school voor vbo of mavo "
                  "of een andere instelling voor beroepsonderwijs kan zich bij de route aansluiten "
                  "als zij het profiel PIE onderscheidenlijk de opleiding aanbiedt, beide partijen "
                  "schriftelijk instemmen en zij een toetredingsverklaring tekent waarmee zij deze "
                  "overeenkomst aanvaardt; aansluiting gaat in bij het begin van een schooljaar en "
                  "wordt gezamenlijk aan DUO gemeld. De overeenkomst kan alleen worden gewijzigd bij "
                  "schriftelijke, door beide colleges van bestuur ondertekende afspraak, na advies "
                  "van het regieteam; een wijziging van het programma geldt pas voor het cohort dat "
                  "na de wijziging instroomt. Opzegging is alleen mogelijk bij aangetekende brief "
                  "v\u00f3\u00f3r 1 februari, met ingang van 1 augustus van het daaropvolgende "
                  "schooljaar. Ontbinding is mogelijk als een partij na schriftelijke "
                  "ingebrekestelling en een redelijke termijn haar verplichtingen wezenlijk blijft "
                  "schenden. Bij toetreding, wijziging, opzegging en ontbinding houden partijen de "
                  "gevolgen voor leerlingen en studenten zo klein mogelijk: na opzegging of "
                  "ontbinding stroomt er geen nieuwe leerling meer in, maar iedere leerling die al "
                  "in de route zit, kan haar onder de voorwaarden van deze overeenkomst afmaken, en "
                  "partijen blijven tot dat moment hun verplichtingen nakomen."),
        ("runin", "12. Melding.", "Partijen melden de route gezamenlijk aan de minister van "
                  "Onderwijs, Cultuur en Wetenschap door registratie in RIO; de school zorgt v\u00f3\u00f3r "
                  "1 oktober 2025 voor de registratie."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Borculo op 27 juni 2025."),
        ("sig", ["Stichting Christelijk Voortgezet Onderwijs Berkelland", "", "",
                 "drs. H.J. Wolters", "voorzitter college van bestuur"],
                ["Stichting Regionaal Opleidingencentrum Zutphen-Doetinchem (ROC Berkelstroom)",
                 "", "", "ing. M.A. te Brake", "lid college van bestuur"]),
        ("p", "Voor akkoord met de toezeggingen in alinea 3:"),
        ("sig", ["Vereniging Installatiebedrijven Achterhoek", "", "", "J. Heuvelink",
                 "voorzitter"], ["", "", "", "", ""]),
    ],
    font="Helvetica", size=10, justify=True, doc_title="SOK Installatietechniek Achterhoek",
    footer="Samenwerkingsovereenkomst installatieroute Achterhoek - pagina %d")

# ---------------------------------------------------------------- h346
_T346 = [
    "Artikel 1 \u2013 Begrippen",
    "Artikel 2 \u2013 De route Horeca & Gastvrijheid",
    "Artikel 3 \u2013 Samenwerking met het horecawerkveld",
    "Artikel 4 \u2013 Stuurgroep",
    "Artikel 5 \u2013 Rapportage aan de besturen",
    "Artikel 6 \u2013 Onderwijs, personeel en voorzieningen",
    "Artikel 7 \u2013 Overstappen",
    "Artikel 8 \u2013 Financi\u00eble afspraken",
    "Artikel 9 \u2013 Stem van leerlingen, studenten en personeel",
    "Artikel 10 \u2013 Geschillen",
    "Artikel 11 \u2013 Duur, toetreding, wijziging en opzegging",
    "Artikel 12 \u2013 Slotbepalingen",
]
add(346, "voorblad_inhoudsopgave_horeca_kop_van_noord_holland", "docx",
    "DOCX, cover page + table of contents, formal articles, Kop van Noord-Holland, HBR kader -> "
    "mbo-3 kok/gastheer, small horeca firms; defects: funding transfer with amount but no "
    "purpose (g weak), toetreding/opzegging/wijziging without any pupil protection (j weak)",
    st("a=P b=P c=P d=P e=P f=P g=W h=P i=P j=W"),
    {"a": _T346[1], "b": _T346[2], "c": _T346[3], "d": _T346[4], "e": _T346[5],
     "f": _T346[6], "h": _T346[8], "i": _T346[9]},
    [
        ("space",), ("space",), ("space",),
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("subtitle", "Doorlopende leerroute Horeca & Gastvrijheid Kop van Noord-Holland"),
        ("center", "vmbo kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie"),
        ("center", "mbo niveau 3, opleidingsdomein Horeca en bakkerij"),
        ("space",),
        ("center", "tussen"),
        ("center", "Stichting Openbaar Voortgezet Onderwijs Den Helder en omstreken "
                   "(Zeeveldcollege)"),
        ("center", "en"),
        ("center", "Stichting ROC Helderkust"),
        ("space",), ("space",),
        ("center", "Versie 1.0 \u2013 vastgesteld op 24 juni 2025"),
        ("pb",),
        ("h1", "Inhoud"),
        ("toc", [("Partijen en overwegingen", 3)] + [(t, p) for t, p in
                 zip(_T346, [3, 3, 4, 4, 5, 5, 6, 7, 7, 7, 8, 8])] + [("Ondertekening", 9)]),
        ("pb",),
        ("h1", "Partijen en overwegingen"),
        ("p", "De ondergetekenden:"),
        ("ol", "1.", "Stichting Openbaar Voortgezet Onderwijs Den Helder en omstreken, gevestigd "
               "te Den Helder, bevoegd gezag van het Zeeveldcollege, school voor vbo en mavo, te "
               "dezen vertegenwoordigd door de heer R. Bakker, bestuurder, hierna te noemen: het "
               "Zeeveldcollege;"),
        ("ol", "2.", "Stichting ROC Helderkust, gevestigd te Den Helder, instelling voor "
               "beroepsonderwijs, te dezen vertegenwoordigd door mevrouw I.M. Zwaan-de Vries, "
               "voorzitter van het college van bestuur, hierna te noemen: het ROC;"),
        ("p", "overwegende dat:"),
        ("li", "de horeca in de Kop van Noord-Holland en op Texel structureel te weinig "
               "gekwalificeerde koks en gastheren en gastvrouwen kan vinden;"),
        ("li", "partijen sinds 2021 samenwerken in een keuzedeelprogramma horeca en die "
               "samenwerking willen omzetten in een doorlopende leerroute in de zin van artikel "
               "2.107a WVO 2020 en artikel 9.1.2 WEB;"),
        ("li", "het werkveld grotendeels bestaat uit kleine, vaak familiegebonden bedrijven zonder "
               "eigen opleidingsafdeling, zodat de route de drempel voor deze bedrijven laag moet "
               "houden;"),
        ("p", "komen het volgende overeen."),
        ("h2", _T346[0]),
        ("p", "In deze overeenkomst wordt verstaan onder: route: de doorlopende leerroute bedoeld "
              "in artikel 2; routeleerling: een leerling of student die aan de route deelneemt; "
              "vo-fase: de eerste twee routejaren, waarin de routeleerling bij het Zeeveldcollege "
              "staat ingeschreven; mbo-fase: de routejaren daarna; Horeca Kring: de vereniging "
              "Horeca Kring Kop & Texel; leerbedrijf: een door SBB erkend leerbedrijf."),
        ("h2", _T346[1]),
        ("p", "1. Partijen verzorgen gezamenlijk een route die begint in leerjaar 3 van de "
              "kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, van het "
              "Zeeveldcollege en leidt naar een diploma op niveau 3 in het opleidingsdomein Horeca "
              "en bakkerij van het ROC: Zelfstandig werkend kok of Zelfstandig werkend gastheer/"
              "gastvrouw (beide BOL)."),
        ("p", "2. De keuze tussen keuken en bediening maakt de routeleerling aan het einde van "
              "routejaar 2. Het vmbo-diploma wordt uiterlijk in routejaar 3 behaald."),
        ("p", "3. De route start op 1 augustus 2025 met ten hoogste 24 leerlingen per cohort."),
        ("h2", _T346[2]),
        ("p", "1. De Horeca Kring, waarbij ongeveer dertig restaurants, hotels, strandpaviljoens en "
              "cateraars uit Den Helder, Schagen en Texel zijn aangesloten, is partner van de route. "
              "Omdat de meeste leden kleine ondernemers zijn, loopt alle contact met de bedrijven "
              "via het bedrijvenloket van het ROC, dat ook de administratie rond stages voor de "
              "bedrijven verzorgt."),
        ("p", "2. De leden van de Horeca Kring bieden in routejaar 1 meeloopdagen aan, vanaf "
              "routejaar 2 stageplaatsen en vanaf routejaar 3 bpv-plaatsen bij erkende "
              "leerbedrijven. Elk schooljaar verzorgt een chef of ondernemer uit de Kring ten minste "
              "zes gastlessen."),
        ("p", "3. Eenmaal per jaar runnen de routeleerlingen gedurende een week een pop-uprestaurant "
              "in het bedrijf van een van de leden; de ondernemer beoordeelt mee."),
        ("p", "4. Bij de proeve van bekwaamheid in de mbo-fase beoordeelt een door de Horeca Kring "
              "voorgedragen vakman mee, naast de examinator van het ROC."),
        ("p", "5. Twee keer per jaar komt de werkveldtafel Horeca bijeen, met drie ondernemers uit "
              "de Kring en de stuurgroep. De werkveldtafel geeft advies over de inhoud van het "
              "programma, de keuzedelen en de spreiding van stages over het seizoen."),
        ("h2", _T346[3]),
        ("p", "1. De leiding over de route berust bij een stuurgroep, bestaande uit de "
              "locatiedirecteur Beroepsgericht van het Zeeveldcollege, de opleidingsmanager Horeca "
              "van het ROC en de trajectbegeleider van de route, die als secretaris optreedt en geen "
              "stem heeft."),
        ("p", "2. Het bestuur van het Zeeveldcollege wijst zijn lid van de stuurgroep aan, het "
              "college van bestuur van het ROC het zijne. De trajectbegeleider wordt op voordracht "
              "van de stuurgroep door beide besturen gezamenlijk benoemd."),
        ("p", "3. De stuurgroep heeft tot taak het routeprogramma en de jaarplanning vast te "
              "stellen, de inzet van docenten over beide locaties te verdelen, de samenwerking met "
              "de Horeca Kring te onderhouden en de kwaliteit van de route te bewaken. Zij is "
              "bevoegd tot het nemen van besluiten over de toelating van leerlingen, het rooster en "
              "de besteding van het jaarlijkse routebudget. Besluiten met gevolgen voor de "
              "formatie of de begroting van een partij neemt de stuurgroep niet zonder "
              "voorafgaande instemming van het betrokken bestuur."),
        ("h2", _T346[4]),
        ("p", "1. De stuurgroep brengt op 1 februari en 1 augustus van elk jaar een "
              "halfjaarrapportage uit aan beide besturen. Daarin staan ten minste het aantal "
              "routeleerlingen per routejaar, de uitval en de overstappen, de resultaten van "
              "examens en de stand van het routebudget."),
        ("p", "2. In september van elk jaar legt de stuurgroep in een gezamenlijk overleg met beide "
              "besturen verantwoording af over het voorgaande schooljaar. Van dat overleg wordt een "
              "verslag gemaakt dat door beide besturen wordt vastgesteld."),
        ("h2", _T346[5]),
        ("p", "1. In de vo-fase krijgen de routeleerlingen les in het Zeeveldcollege; twee dagdelen "
              "per week werken zij in de leerkeuken en het leerrestaurant De Kaap van het ROC. In de "
              "mbo-fase volgen zij het onderwijs bij het ROC en in het leerbedrijf."),
        ("p", "2. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per "
              "routejaar zijn beschreven in het gezamenlijke PTA/OER van de route, dat partijen "
              "jaarlijks v\u00f3\u00f3r 1 juli vaststellen."),
        ("p", "3. De docenten koken en gastheerschap van het ROC geven in de vo-fase acht uur per "
              "week les aan de routeleerlingen; de docent Nederlands van het Zeeveldcollege "
              "begeleidt de routeleerlingen in routejaar 3 bij het ROC. Voor de praktijkvakken "
              "werken docenten van beide partijen als \u00e9\u00e9n team op grond van artikel 7.13a WVO "
              "2020 en artikel 9.1.12 WEB; het PTA/OER vermeldt welk onderdeel in teamverband "
              "wordt verzorgd. Elke docent blijft in dienst van zijn eigen werkgever."),
        ("p", "4. Het ROC stelt de leerkeuken, het leerrestaurant en de bijbehorende apparatuur "
              "beschikbaar; het Zeeveldcollege zijn practicumlokaal consumptief en de "
              "mediatheek. Beide partijen geven de routeleerlingen toegang tot hun "
              "elektronische leeromgeving."),
        ("p", "5. De klachtenregeling van elke partij is mede van toepassing op gedragingen van "
              "medewerkers van de andere partij binnen de route."),
        ("h2", _T346[6]),
        ("p", "1. Een routeleerling die de route niet afmaakt, krijgt een passend vervolg waarmee "
              "hij alsnog een diploma kan halen. Stopt hij in de vo-fase, dan vervolgt hij zijn "
              "opleiding in de reguliere kaderberoepsgerichte leerweg van het Zeeveldcollege, in "
              "het profiel Horeca, bakkerij en recreatie of een ander profiel, gericht op het "
              "vmbo-diploma."),
        ("p", "2. Stopt hij in de mbo-fase, dan kan hij bij het ROC doorstromen naar een andere "
              "opleiding op niveau 2 of 3, in de horeca (zoals Kok of Medewerker bediening) of in "
              "een ander domein, zoals Toerisme en recreatie. Heeft hij het vmbo-diploma nog niet "
              "behaald, dan gelden bij het ROC de vooropleidingseisen niet; hij kan ook het vmbo-"
              "examen alsnog afleggen bij het Zeeveldcollege."),
        ("p", "3. Over de keuze beslissen de locatiedirecteur van het Zeeveldcollege en de "
              "opleidingsmanager van het ROC gezamenlijk, na een gesprek met de routeleerling en "
              "zijn ouders, op basis van het bereikte onderwijsniveau en de leeftijd van de "
              "routeleerling."),
        ("h2", _T346[7]),
        ("p", "1. Met toepassing van artikel 5.42a WVO 2020 draagt het Zeeveldcollege voor elke "
              "routeleerling in de vo-fase een bedrag van \u20ac 950 per schooljaar over aan het ROC. "
              "Het bedrag wordt in twee gelijke termijnen betaald, op 1 november en 1 april."),
        ("p", "2. Het ROC bepaalt zelf waaraan het ontvangen bedrag wordt besteed; partijen leggen "
              "daarover in deze overeenkomst niets vast."),
        ("p", "3. Overige kosten draagt iedere partij zelf."),
        ("h2", _T346[8]),
        ("p", "1. Naast de rechten die de medezeggenschapsraad van het Zeeveldcollege, de "
              "studentenraad en de ondernemingsraad van het ROC op grond van de wet hebben, spreken "
              "partijen het volgende af."),
        ("p", "2. De routeleerlingen in de vo-fase kiezen vanaf routejaar 2 \u00e9\u00e9n vertegenwoordiger "
              "die als lid met spreekrecht deelneemt aan de vergaderingen van de studentenraad van "
              "het ROC waar het de route betreft."),
        ("p", "3. Voorstellen tot wijziging van het PTA/OER van de route worden voor advies "
              "voorgelegd aan de medezeggenschapsraad van het Zeeveldcollege en aan de "
              "studentenraad van het ROC."),
        ("h2", _T346[9]),
        ("p", "1. Een geschil over de uitvoering van deze overeenkomst wordt eerst besproken in de "
              "stuurgroep en, als dat binnen vier weken geen oplossing geeft, in een overleg tussen "
              "de bestuurder van het Zeeveldcollege en de voorzitter van het college van bestuur "
              "van het ROC."),
        ("p", "2. Leidt dat overleg binnen zes weken niet tot overeenstemming, dan vragen partijen "
              "een onafhankelijke bemiddelaar, die zij samen kiezen, om te bemiddelen."),
        ("p", "3. Blijft het geschil daarna bestaan, dan wordt het voorgelegd aan de bevoegde "
              "rechter van de Rechtbank Noord-Holland, locatie Alkmaar."),
        ("h2", _T346[10]),
        ("p", "1. Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("p", "2. Een andere school voor vbo of mavo of een andere instelling voor "
              "beroepsonderwijs kan tot deze overeenkomst toetreden, indien beide partijen daarmee "
              "schriftelijk instemmen en de toetreder een toetredingsverklaring ondertekent waarin "
              "hij de inhoud van deze overeenkomst aanvaardt."),
        ("p", "3. Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke overeenkomst "
              "tussen beide besturen."),
        ("p", "4. Elke partij kan deze overeenkomst schriftelijk opzeggen met inachtneming van een "
              "opzegtermijn van zes maanden. Partijen kunnen de overeenkomst ontbinden indien de "
              "andere partij na schriftelijke ingebrekestelling tekortschiet in de nakoming."),
        ("p", "5. Na het einde van de overeenkomst vervallen de verplichtingen van partijen uit deze "
              "overeenkomst, met uitzondering van betalingsverplichtingen over de periode "
              "daarvoor."),
        ("h2", _T346[11]),
        ("p", "1. Partijen melden de route gezamenlijk aan de minister van OCW via registratie in "
              "RIO."),
        ("p", "2. Op deze overeenkomst is Nederlands recht van toepassing."),
        ("h1", "Ondertekening"),
        ("p", "Aldus overeengekomen en in tweevoud getekend te Den Helder op 24 juni 2025."),
        ("sig", ["Stichting Openbaar Voortgezet Onderwijs Den Helder en omstreken", "", "",
                 "R. Bakker, bestuurder"],
                ["Stichting ROC Helderkust", "", "",
                 "I.M. Zwaan-de Vries, voorzitter college van bestuur"]),
    ],
    font="Calibri", size=10.5, doc_title="SOK Horeca & Gastvrijheid Kop van Noord-Holland",
    author="Zeeveldcollege", footer="SOK Horeca & Gastvrijheid \u2013 pagina ")

# ---------------------------------------------------------------- h347
add(347, "zeer_kort_wij_twee_bestuurders_zorg_zeeuws_vlaanderen", "txt",
    "TXT, very short, two directors' wij-voice with plain-language headings, Zeeuws-Vlaanderen, "
    "Zorg en welzijn basis -> mbo-2 Helpende zorg en welzijn; fully compliant (explicitly no "
    "funding transfer, small extra medezeggenschap arrangement)",
    st("a=P b=P c=P d=P e=P f=P g=P h=P i=P j=P"),
    {"a": "1 Welke route", "b": "2 Wie uit de zorg meedoet", "c": "3 Wie de route leidt",
     "d": "4 Hoe het duo ons bijpraat", "e": "5 Hoe het onderwijs loopt",
     "f": "6 Als een leerling stopt of wil wisselen", "g": "7 Geld", "h": "8 Inspraak",
     "i": "9 Als wij het oneens zijn", "j": "10 Nieuwe partners, wijzigen en stoppen"},
    [
        ("title", "Afspraken doorlopende leerroute Zorg Hulst-Terneuzen"),
        ("p", "Wij, Marjolein de Kraker, directeur-bestuurder van Stichting Voortgezet Onderwijs "
              "Hulst-Axel (bevoegd gezag van vmbo De Polderhoek in Hulst), en Ahmed Bouzian, "
              "voorzitter van het college van bestuur van Stichting ROC Deltakust in Terneuzen, "
              "leggen hieronder vast wat onze besturen afspreken over de doorlopende leerroute "
              "vmbo-mbo die wij samen aanbieden (artikel 2.107b WVO 2020, artikel 9.1.3 WEB)."),
        ("h2", "1 Welke route"),
        ("p", "Vanaf 1 augustus 2025 loopt de route van de basisberoepsgerichte leerweg van De "
              "Polderhoek, profiel Zorg en welzijn, naar de opleiding Helpende zorg en welzijn, "
              "niveau 2 (BOL), in het domein Zorg en welzijn van ROC Deltakust. Leerlingen halen "
              "uiterlijk in routejaar 3 hun vmbo-diploma."),
        ("h2", "2 Wie uit de zorg meedoet"),
        ("p", "Zorgcentrum Ter Schelde, Thuiszorg De Kreek en kinderopvang Klein Duimpje doen mee. "
              "Zij bieden in routejaar 1 snuffeldagen en vanaf routejaar 2 stageplaatsen, leveren "
              "elk jaar een praktijkopdracht aan, en hun praktijkopleiders beoordelen de proeve van "
              "bekwaamheid mee. Twee keer per jaar bespreken zij met de route het programma."),
        ("h2", "3 Wie de route leidt"),
        ("p", "Een duo leidt de route: de teamleider bovenbouw van De Polderhoek en de "
              "opleidingsmanager Zorg van ROC Deltakust. Ieder van ons wijst zijn eigen lid van het "
              "duo schriftelijk aan. Het duo stelt het gezamenlijke PTA/OER op, roostert, beslist "
              "over toelating tot de route en verdeelt de docenturen die wij vooraf toekennen. Over "
              "personeel en over uitgaven buiten het routebudget beslissen wij zelf."),
        ("h2", "4 Hoe het duo ons bijpraat"),
        ("p", "Het duo stuurt ons allebei in januari en juli een kort verslag over aantallen, "
              "voortgang, uitval en knelpunten. In oktober legt het duo in een gesprek met ons "
              "beiden verantwoording af over het afgelopen schooljaar."),
        ("h2", "5 Hoe het onderwijs loopt"),
        ("p", "Routejaar 1 en 2 zijn op De Polderhoek, met \u00e9\u00e9n dag per week in het skillslab van "
              "ROC Deltakust; vanaf routejaar 3 zijn de lessen bij ROC Deltakust en in de stage. "
              "Programma en examens per routejaar staan in het PTA/OER. Twee docenten van ROC "
              "Deltakust geven vijf uur per week les op De Polderhoek. De docenten van beide "
              "scholen vormen \u00e9\u00e9n team en werken met teambevoegdheid in het project Zorgen voor "
              "jezelf en de ander. Iedereen blijft bij de eigen werkgever in dienst. Wij lenen "
              "elkaar om niet lokalen, het skillslab en leermiddelen."),
        ("h2", "6 Als een leerling stopt of wil wisselen"),
        ("p", "Stopt een leerling in routejaar 1 of 2, dan gaat hij verder in de gewone "
              "basisberoepsgerichte leerweg van De Polderhoek, in dit of een ander profiel, tot "
              "het vmbo-diploma. Heeft hij aan het eind van routejaar 3 geen vmbo-diploma, dan "
              "kan hij het examen overdoen, of zonder dat diploma een andere opleiding op niveau 2 "
              "bij ROC Deltakust volgen; vooropleidingseisen gelden dan niet. Wil hij later een "
              "ander vak, dan zoeken wij bij ROC Deltakust of elders in de regio een opleiding op "
              "hetzelfde niveau. Het duo beslist samen, na een gesprek met de leerling en zijn "
              "ouders, en kijkt daarbij naar wat de leerling al bereikt heeft en naar zijn leeftijd."),
        ("h2", "7 Geld"),
        ("p", "Er gaat geen bekostiging van de ene school naar de andere. Elk bestuur draagt zijn "
              "eigen kosten."),
        ("h2", "8 Inspraak"),
        ("p", "De medezeggenschapsraad van De Polderhoek en de studentenraad van ROC Deltakust "
              "houden hun rechten. Bovendien sturen de leerlingen uit routejaar 1 en 2 \u00e9\u00e9n "
              "vertegenwoordiger naar de studentenraad van ROC Deltakust, en leggen wij elke "
              "wijziging van het PTA/OER eerst voor advies aan beide raden voor."),
        ("h2", "9 Als wij het oneens zijn"),
        ("p", "Komen wij er samen niet binnen een maand uit, dan schakelen wij een mediator in. "
              "Lukt het daarmee niet binnen drie maanden, dan beslist de Rechtbank "
              "Zeeland-West-Brabant."),
        ("h2", "10 Nieuwe partners, wijzigen en stoppen"),
        ("p", "Een andere vmbo-school of mbo-instelling kan meedoen als wij allebei schriftelijk "
              "instemmen en zij deze afspraken mee ondertekent. Wijzigen gebeurt alleen "
              "schriftelijk, door ons beiden getekend. Opzeggen kan schriftelijk v\u00f3\u00f3r 1 februari, "
              "met ingang van 1 augustus van het volgende jaar. Leerlingen die al in de route "
              "zitten, maken die altijd af; na een opzegging nemen wij geen nieuwe leerlingen meer "
              "aan."),
        ("p", "Wij melden de route samen bij DUO (RIO)."),
        ("p", "Hulst, 19 juni 2025"),
        ("sig", ["M. de Kraker", "directeur-bestuurder Stichting Voortgezet Onderwijs Hulst-Axel"],
                ["A. Bouzian", "voorzitter college van bestuur Stichting ROC Deltakust"]),
    ], width=80)

# ---------------------------------------------------------------- h348
add(348, "zorgcluster_drie_partijen_zuidoost_drenthe", "pdf",
    "PDF, formal articles with leden, three parties (two vmbo schools + ROC) in a care cluster, "
    "Zuidoost-Drenthe, Zorg en welzijn kader -> mbo-3 VIG / begeleider gehandicaptenzorg; "
    "defects: leiding described at length but no appointment rule (c weak), overstap imposes "
    "vooropleidingseisen within the same instelling (f weak), medezeggenschap PM placeholder "
    "(h weak)",
    st("a=P b=P c=W d=P e=P f=W g=P h=W i=P j=P"),
    {"a": "Artikel 2 Onderwerp en opleidingen", "b": "Artikel 3 Zorgpartners",
     "d": "Artikel 5 Informatie aan de besturen",
     "e": "Artikel 6 Programma, locaties, personeel en voorzieningen",
     "g": "Artikel 8 Bekostiging", "i": "Artikel 11 Geschillen",
     "j": "Artikel 12 Duur, toetreding, wijziging en beëindiging"},
    [
        ("title", "Samenwerkingsovereenkomst Zorgroute Zuidoost-Drenthe"),
        ("subtitle", "doorlopende leerroute vmbo-mbo Zorg en welzijn"),
        ("h2", "Partijen"),
        ("ol", "1.", "Stichting Openbaar Voortgezet Onderwijs Emmen, bevoegd gezag van het "
               "Hunzecollege te Emmen, school voor vbo en mavo, vertegenwoordigd door de heer "
               "drs. J.H. Kuipers, voorzitter van het college van bestuur;"),
        ("ol", "2.", "Stichting Christelijk Voortgezet Onderwijs Coevorden, bevoegd gezag van het "
               "Kasteelcollege te Coevorden, school voor vbo en mavo, vertegenwoordigd door mevrouw "
               "A. Lubbers-Oosting, directeur-bestuurder;"),
        ("ol", "3.", "Stichting Regionaal Opleidingencentrum Drenthe-Zuidoost, handelend onder de "
               "naam ROC Hondsrug, gevestigd te Emmen, vertegenwoordigd door mevrouw mr. E. "
               "Snippe, voorzitter van het college van bestuur;"),
        ("p", "hierna gezamenlijk te noemen: partijen, en partijen sub 1 en 2 ook: de scholen;"),
        ("h2", "Overwegingen"),
        ("p", "Partijen werken sinds 2019 samen in het Zorgcluster Zuidoost-Drenthe met "
              "zorgorganisaties uit de regio, om meer jongeren op te leiden voor de ouderenzorg en "
              "de gehandicaptenzorg. Zij willen deze samenwerking vastleggen in een doorlopende "
              "leerroute als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB, en komen "
              "daartoe het volgende overeen."),
        ("h2", "Artikel 1 Begripsbepalingen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("ol", "a.", "Zorgroute: de doorlopende leerroute als omschreven in artikel 2;"),
        ("ol", "b.", "Zorgcluster: het samenwerkingsverband van partijen en de zorgpartners, "
               "genoemd in artikel 3;"),
        ("ol", "c.", "routeleerling: een leerling of student die aan de Zorgroute deelneemt;"),
        ("ol", "d.", "Clusterraad: het orgaan, bedoeld in artikel 4;"),
        ("ol", "e.", "routeplan: de gezamenlijke beschrijving van het onderwijsprogramma, de "
               "examinering en de beroepspraktijkvorming per leerjaar (PTA/OER)."),
        ("h2", "Artikel 2 Onderwerp en opleidingen"),
        ("ol", "1.", "Partijen verzorgen gezamenlijk de Zorgroute. De Zorgroute begint in leerjaar 3 "
               "van de kaderberoepsgerichte leerweg, profiel Zorg en welzijn, van het Hunzecollege "
               "en het Kasteelcollege."),
        ("ol", "2.", "De Zorgroute leidt naar het vmbo-diploma kaderberoepsgerichte leerweg en "
               "vervolgens naar een van de volgende opleidingen op niveau 3 in het "
               "opleidingsdomein Zorg en welzijn van ROC Hondsrug: Verzorgende-IG (BOL en BBL) of "
               "Begeleider gehandicaptenzorg (BOL)."),
        ("ol", "3.", "De keuze voor een van beide opleidingen maakt de routeleerling in routejaar 2, "
               "na loopbaanbegeleiding en twee oriëntatiestages."),
        ("h2", "Artikel 3 Zorgpartners"),
        ("ol", "1.", "Aan het Zorgcluster nemen als zorgpartners deel: Zorggroep Hunzedal "
               "(ouderenzorg, vijf locaties), Stichting Het Veenhuis (gehandicaptenzorg) en "
               "Thuiszorg Drents Zand."),
        ("ol", "2.", "De zorgpartners stellen vanaf routejaar 1 oriëntatiestages beschikbaar en "
               "vanaf routejaar 3 leerwerkplaatsen voor beroepspraktijkvorming en voor de BBL. Zij "
               "zorgen voor een praktijkopleider per leerwerkplaats."),
        ("ol", "3.", "Verpleegkundigen en begeleiders van de zorgpartners verzorgen in routejaar 1 "
               "en 2 gastlessen en demonstraties in de skillslabs, en leveren per schooljaar ten "
               "minste drie casussen uit de praktijk aan voor het routeplan."),
        ("ol", "4.", "Een vertegenwoordiger van elke zorgpartner neemt deel aan het halfjaarlijkse "
               "Werkveldberaad Zorg, dat de Clusterraad adviseert over het routeplan en over "
               "de keuzedelen. Praktijkopleiders van de zorgpartners beoordelen mee bij de "
               "examens in de beroepspraktijk."),
        ("h2", "Artikel 4 Clusterraad"),
        ("ol", "1.", "De leiding over de Zorgroute berust bij de Clusterraad. De Clusterraad bestaat "
               "uit de teamleiders Zorg en welzijn van het Hunzecollege en het Kasteelcollege, de "
               "opleidingsmanager Zorg van ROC Hondsrug en de clustercoördinator, die de "
               "vergaderingen voorzit."),
        ("ol", "2.", "De Clusterraad draagt zorg voor de voorbereiding en de uitvoering van het "
               "routeplan, de afstemming van roosters tussen de drie locaties, de plaatsing van "
               "routeleerlingen bij de zorgpartners, de loopbaanbegeleiding, de kwaliteitszorg "
               "en de contacten met het Werkveldberaad Zorg."),
        ("ol", "3.", "De Clusterraad is bevoegd om binnen de door partijen jaarlijks vastgestelde "
               "begroting en formatie zelfstandig te besluiten over de verdeling van lesuren, de "
               "toelating van leerlingen tot de Zorgroute, de aanschaf van leermiddelen tot een "
               "bedrag van \u20ac 10.000 per jaar en de inzet van gastdocenten."),
        ("ol", "4.", "Besluiten die de begroting of de formatie van een partij te boven gaan, of die "
               "de opzet van de Zorgroute wijzigen, legt de Clusterraad ter besluitvorming voor "
               "aan de besturen van partijen."),
        ("ol", "5.", "De Clusterraad besluit bij meerderheid van stemmen. Bij staking van stemmen "
               "beslist de clustercoördinator."),
        ("h2", "Artikel 5 Informatie aan de besturen"),
        ("ol", "1.", "De Clusterraad zendt elk kwartaal een voortgangsoverzicht aan de besturen "
               "van partijen, met de aantallen routeleerlingen per locatie, verzuim, uitval en "
               "lopende knelpunten."),
        ("ol", "2.", "V\u00f3\u00f3r 15 oktober van elk jaar legt de Clusterraad aan de besturen een "
               "jaarverslag voor over het afgelopen schooljaar, met de resultaten, de besteding van "
               "het routebudget en een voorstel voor het komende jaar. De Clusterraad licht het "
               "jaarverslag toe in het jaarlijkse bestuurlijk overleg van partijen in november en "
               "legt daar verantwoording af."),
        ("h2", "Artikel 6 Programma, locaties, personeel en voorzieningen"),
        ("ol", "1.", "Routejaar 1 en 2 worden verzorgd op de locaties van de scholen; routejaar 3 "
               "en verder bij ROC Hondsrug te Emmen en bij de zorgpartners. In routejaar 2 volgen "
               "de routeleerlingen wekelijks \u00e9\u00e9n dag les bij ROC Hondsrug."),
        ("ol", "2.", "Het routeplan wordt jaarlijks v\u00f3\u00f3r 1 juni door partijen vastgesteld. Daarin "
               "is per leerjaar bepaald welke onderdelen tot het vmbo-programma, welke tot het "
               "mbo-programma en welke tot beide behoren, en hoe de examinering verloopt."),
        ("ol", "3.", "Docenten van ROC Hondsrug verzorgen in routejaar 1 en 2 de lessen "
               "verpleegtechnische handelingen en begeleiden, in totaal zes uur per week per "
               "school. Docenten van de scholen verzorgen in routejaar 3 de lessen Nederlands. De "
               "docenten werken als \u00e9\u00e9n team; voor het vakoverstijgende onderdeel Zorg in de "
               "wijk wordt gebruik gemaakt van de teambevoegdheid, met vermelding in het routeplan "
               "van de bevoegdheid van elk teamlid. Docenten blijven in dienst van hun eigen "
               "werkgever."),
        ("ol", "4.", "Partijen stellen over en weer hun skillslabs, praktijklokalen zorg, "
               "oefenmaterialen en digitale leeromgeving ter beschikking aan routeleerlingen en "
               "docenten van de Zorgroute."),
        ("ol", "5.", "De klachtenregeling van iedere partij is mede van toepassing op gedragingen "
               "van bestuurders en personeel van de andere partijen in het kader van de Zorgroute."),
        ("h2", "Artikel 7 Overstap"),
        ("ol", "1.", "Een routeleerling die tijdens routejaar 1 of 2 de Zorgroute verlaat, vervolgt "
               "zijn opleiding in de reguliere kaderberoepsgerichte leerweg van zijn school, in het "
               "profiel Zorg en welzijn of een ander profiel, met het oog op het behalen van het "
               "vmbo-diploma."),
        ("ol", "2.", "Een routeleerling die na routejaar 2 de Zorgroute verlaat of het vmbo-diploma "
               "niet heeft behaald, kan bij ROC Hondsrug worden toegelaten tot een andere "
               "mbo-opleiding, mits hij voldoet aan de vooropleidingseisen die voor die "
               "opleiding gelden, waaronder het bezit van een vmbo-diploma. Voldoet hij daar niet "
               "aan, dan vervolgt hij zijn opleiding op de school tot hij het vmbo-diploma heeft "
               "behaald."),
        ("ol", "3.", "Over de overstap besluiten de teamleider van de school en de opleidingsmanager "
               "van ROC Hondsrug gezamenlijk, na overleg met de routeleerling en zijn ouders en met "
               "inachtneming van het bereikte onderwijsniveau en de leeftijd."),
        ("h2", "Artikel 8 Bekostiging"),
        ("ol", "1.", "Partijen dragen geen bekostiging aan elkaar over als bedoeld in artikel 5.42a "
               "WVO 2020 of artikel 9.1.15 WEB."),
        ("ol", "2.", "Iedere partij draagt de kosten van het eigen personeel en de eigen "
               "voorzieningen; het wederzijds gebruik van skillslabs en lokalen wordt niet in "
               "rekening gebracht."),
        ("h2", "Artikel 9 Melding"),
        ("p", "Partijen melden de Zorgroute gezamenlijk aan de minister via RIO; iedere school "
              "registreert de route voor de eigen vestiging."),
        ("h2", "Artikel 10 Medezeggenschap"),
        ("p", "[PM \u2013 aanvullende afspraken over de medezeggenschap worden ingevuld na advies van "
              "de medezeggenschapsraden van de scholen en de studentenraad van ROC Hondsrug.]"),
        ("h2", "Artikel 11 Geschillen"),
        ("ol", "1.", "Geschillen tussen partijen over de uitvoering van deze overeenkomst worden "
               "eerst voorgelegd aan het bestuurlijk overleg van partijen, dat binnen vier weken "
               "bijeenkomt."),
        ("ol", "2.", "Leidt het bestuurlijk overleg niet binnen acht weken tot een oplossing, dan "
               "wordt het geschil voorgelegd aan een commissie van drie deskundigen, van wie de "
               "partijen bij het geschil er ieder één aanwijzen en deze twee samen de voorzitter "
               "kiezen. De commissie doet een bindend advies binnen drie maanden."),
        ("ol", "3.", "De kosten van de commissie worden gelijkelijk gedragen door de partijen bij "
               "het geschil."),
        ("h2", "Artikel 12 Duur, toetreding, wijziging en beëindiging"),
        ("ol", "1.", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor "
               "onbepaalde tijd."),
        ("ol", "2.", "Een andere school voor vbo of mavo of een andere instelling voor "
               "beroepsonderwijs kan tot deze overeenkomst toetreden met instemming van alle "
               "partijen, door ondertekening van een toetredingsverklaring. Toetreding gaat in "
               "per 1 augustus; de toetreder meldt zich bij DUO aan."),
        ("ol", "3.", "Wijziging van deze overeenkomst geschiedt schriftelijk en behoeft de "
               "instemming van alle partijen."),
        ("ol", "4.", "Iedere partij kan de overeenkomst voor zichzelf opzeggen tegen 1 augustus, "
               "met een opzegtermijn van ten minste twaalf maanden. De overeenkomst kan worden "
               "ontbonden indien een partij na ingebrekestelling toerekenbaar tekortschiet."),
        ("ol", "5.", "Bij toetreding, wijziging, opzegging of ontbinding blijven de gevolgen voor "
               "routeleerlingen zo beperkt mogelijk. Routeleerlingen die op het moment van "
               "opzegging of ontbinding al zijn ingestroomd, kunnen de Zorgroute afronden bij "
               "de overblijvende partijen of, zo dat niet mogelijk is, onder de voorwaarden van "
               "deze overeenkomst; de uittredende partij werkt daaraan mee tot de laatste van hen "
               "de route heeft verlaten. Na opzegging vindt geen nieuwe instroom plaats bij de "
               "uittredende partij."),
        ("p", "Aldus overeengekomen en in drievoud ondertekend te Emmen, 2 juli 2025."),
        ("sig", ["Stichting Openbaar Voortgezet Onderwijs Emmen", "", "drs. J.H. Kuipers", "",
                 "Stichting Christelijk Voortgezet Onderwijs Coevorden", "",
                 "A. Lubbers-Oosting"],
                ["Stichting Regionaal Opleidingencentrum Drenthe-Zuidoost (ROC Hondsrug)", "",
                 "mr. E. Snippe"]),
    ],
    font="Times-Roman", size=11, justify=True, doc_title="SOK Zorgroute Zuidoost-Drenthe",
    header="Samenwerkingsovereenkomst Zorgroute Zuidoost-Drenthe")

# ---------------------------------------------------------------- h349
add(349, "paragrafen_nominale_stijl_groen_westfriesland", "docx",
    "DOCX, paragraph-sign sections in nominal/passive style with a leerjaar table annex, "
    "West-Friesland, Groen kader -> mbo-3 hovenier/teelt at an AOC partner; fully compliant "
    "(funding transfer both directions with amounts and purposes, joint klankbord for "
    "medezeggenschap, arbitration)",
    st("a=P b=P c=P d=P e=P f=P g=P h=P i=P j=P"),
    {"a": "\u00a7 2 Reikwijdte van de route", "b": "\u00a7 3 Inbreng van het groene werkveld",
     "c": "\u00a7 4 Routeleiding", "d": "\u00a7 5 Verantwoording en informatievoorziening",
     "e": "\u00a7 6 Uitvoering", "f": "\u00a7 7 Voortzetting buiten de route",
     "g": "\u00a7 8 Middelen", "h": "\u00a7 9 Zeggenschap van leerlingen, ouders en personeel",
     "i": "\u00a7 10 Beslechting van geschillen",
     "j": "\u00a7 11 Looptijd, toetreding, wijziging en be\u00ebindiging"},
    [
        ("title", "Samenwerkingsafspraken Groene Route West-Friesland"),
        ("subtitle", "doorlopende leerroute vmbo kader Groen \u2013 mbo niveau 3"),
        ("h2", "\u00a7 1 Partijen en grondslag"),
        ("p", "(1) Deze afspraken worden gemaakt tussen Stichting Openbaar Voortgezet Onderwijs "
              "West-Friesland, bevoegd gezag van het Dijkzicht College te Hoorn (school voor vbo "
              "en mavo), vertegenwoordigd door de heer P.C. Ooievaar, voorzitter college van "
              "bestuur (hierna: het Dijkzicht College), en Stichting Agrarisch Opleidingscentrum "
              "Westfries Groen, gevestigd te Hoorn, instelling voor beroepsonderwijs, "
              "vertegenwoordigd door mevrouw ir. G. Schouten, voorzitter college van bestuur "
              "(hierna: Westfries Groen)."),
        ("p", "(2) De afspraken vormen de samenwerkingsovereenkomst als bedoeld in artikel 2.107b "
              "WVO 2020 en artikel 9.1.3 WEB. Omdat partijen verschillende rechtspersonen zijn, is "
              "geen sprake van een interne regeling."),
        ("p", "(3) Partijen verbinden zich over en weer tot hetgeen in de volgende paragrafen is "
              "bepaald."),
        ("h2", "\u00a7 2 Reikwijdte van de route"),
        ("p", "(1) Gezamenlijke verzorging door partijen van een doorlopende leerroute vanaf leerjaar "
              "3 van de kaderberoepsgerichte leerweg, profiel Groen, van het Dijkzicht College, "
              "met als eindpunt een diploma op niveau 3 van Westfries Groen in het "
              "opleidingsdomein Voedsel, natuur en leefomgeving: Vakbekwaam hovenier of Vakbekwaam "
              "medewerker teelt (BOL, vanaf routejaar 4 ook BBL)."),
        ("p", "(2) Afname van het centraal examen vmbo in routejaar 2; herkansing en afronding "
              "uiterlijk in routejaar 3. Bepaling van de uitstroomrichting (hovenier of teelt) in "
              "routejaar 2, op basis van de resultaten van de oriëntatieperiodes."),
        ("h2", "\u00a7 3 Inbreng van het groene werkveld"),
        ("p", "(1) Betrokkenheid van het werkveld via de Stichting Greenport West-Friesland Werkt, "
              "het netwerk van teeltbedrijven en veredelaars in de regio, en de regioafdeling "
              "van de branchevereniging van hoveniers en groenvoorzieners."),
        ("p", "(2) Beschikbaarstelling door de aangesloten bedrijven van: excursies en "
              "meewerkdagen in routejaar 1; ten minste vijftien stageplaatsen per jaar vanaf "
              "routejaar 2 bij door SBB erkende leerbedrijven; een seizoensopdracht per "
              "leerjaar (aanleg van een tuin of teelt van een gewas van zaai tot oogst)."),
        ("p", "(3) Medebeoordeling van de proeven van bekwaamheid door praktijkopleiders van de "
              "leerbedrijven."),
        ("p", "(4) Advisering over programma, keuzedelen en technologische ontwikkelingen "
              "(bijvoorbeeld sensortechniek in de kas) door de Werkveldraad Groen, die driemaal "
              "per jaar met de routeleider overlegt; terugkoppeling van het gevolg dat aan de "
              "adviezen is gegeven in de jaarrapportage (\u00a7 5)."),
        ("h2", "\u00a7 4 Routeleiding"),
        ("p", "(1) Leiding van de route door een routeleider, bijgestaan door een routeoverleg. "
              "Samenstelling van het routeoverleg: de routeleider (voorzitter), de teamleider "
              "bovenbouw beroepsgericht van het Dijkzicht College en de opleidingsmanager Hoveniers "
              "en Teelt van Westfries Groen."),
        ("p", "(2) Benoeming van de routeleider door de colleges van bestuur gezamenlijk, op "
              "voordracht van de teamleider en de opleidingsmanager, voor een termijn van drie "
              "jaar; herbenoeming eenmaal mogelijk. Deelname van de teamleider en de "
              "opleidingsmanager aan het routeoverleg uit hoofde van hun functie, na aanwijzing "
              "door het eigen college van bestuur."),
        ("p", "(3) Opgedragen taken: opstelling van het jaarlijkse routeplan en het gezamenlijke "
              "PTA/OER; roostering en toewijzing van lessen aan docenten; organisatie van stages "
              "en seizoensopdrachten; contacten met de Werkveldraad Groen; kwaliteitszorg en "
              "uitvoering van de overstapregeling."),
        ("p", "(4) Bevoegdheden: vaststelling van het rooster; toelating tot de route; besteding "
              "van het routebudget tot \u20ac 20.000 per schooljaar; aanvaarding van stageplaatsen. "
              "Voorbehouden aan de colleges van bestuur: vaststelling van het PTA/OER, "
              "personele besluiten en uitgaven boven genoemd bedrag."),
        ("h2", "\u00a7 5 Verantwoording en informatievoorziening"),
        ("p", "(1) Toezending door de routeleider aan beide colleges van bestuur van een "
              "trimesterrapportage (december, april, juli) met kengetallen over instroom, "
              "doorstroom, uitval, verzuim en stages."),
        ("p", "(2) Aanbieding v\u00f3\u00f3r 1 december van een jaarrapportage over het afgelopen "
              "schooljaar, met examenresultaten, financiële verantwoording van het routebudget "
              "en de middelen van \u00a7 8, en een evaluatie; bespreking daarvan in het bestuurlijk "
              "overleg in december, waarin de routeleider verantwoording aflegt."),
        ("p", "(3) Onverwijlde melding aan beide colleges van bestuur van ontwikkelingen die de "
              "continuïteit van de route of de veiligheid van leerlingen raken."),
        ("h2", "\u00a7 6 Uitvoering"),
        ("p", "(1) Verzorging van routejaar 1 en 2 op de locatie van het Dijkzicht College, met "
              "\u00e9\u00e9n dag per week op de campus van Westfries Groen aan de Berkhouterweg te Hoorn; "
              "vanaf routejaar 3 onderwijs op de campus van Westfries Groen en in het leerbedrijf. "
              "Verdeling van programma, examinering en stages per leerjaar: zie de tabel in "
              "bijlage 1 en het jaarlijks v\u00f3\u00f3r 1 juli vastgestelde PTA/OER."),
        ("p", "(2) Inzet van personeel: twee docenten plant- en tuinteelt van Westfries Groen "
              "geven in routejaar 1 en 2 samen acht uur per week les aan routeleerlingen; de "
              "docent biologie en de docent Nederlands van het Dijkzicht College verzorgen in "
              "routejaar 3 de resterende vmbo-onderdelen. Gebruik van de teambevoegdheid "
              "(artikel 7.13a WVO 2020, artikel 9.1.12 WEB) voor het vakoverstijgende onderdeel "
              "Groen ondernemen; vermelding in het PTA/OER van de samenstelling van dat team. "
              "Geen wijziging van werkgeverschap."),
        ("p", "(3) Gebruik van faciliteiten: kassencomplex, proeftuin, machinepark en "
              "trekkersimulator van Westfries Groen; praktijklokaal Groen, schooltuin en "
              "lokalen van het Dijkzicht College; wederzijdse toegang tot de digitale "
              "leeromgeving."),
        ("p", "(4) Toepasselijkheid van de klachtenregeling van iedere partij op gedragingen van "
              "medewerkers van de andere partij in de route."),
        ("h2", "\u00a7 7 Voortzetting buiten de route"),
        ("p", "(1) Uitgangspunt: voor iedere leerling die de route voortijdig verlaat, een "
              "passende voortzetting met zicht op een diploma."),
        ("p", "(2) Beëindiging in routejaar 1 of 2: voortzetting in de reguliere "
              "kaderberoepsgerichte of basisberoepsgerichte leerweg van het Dijkzicht College, "
              "profiel Groen of een ander profiel, gericht op het vmbo-diploma."),
        ("p", "(3) Geen vmbo-diploma aan het einde van routejaar 3: keuze tussen herhaling van het "
              "examenjaar en instroom zonder vmbo-diploma in een opleiding op niveau 2 of 3 van "
              "Westfries Groen, zonder toepassing van vooropleidingseisen."),
        ("p", "(4) Andere beroepskeuze in de mbo-fase: overstap naar een andere opleiding van "
              "gelijk niveau binnen Westfries Groen (bijvoorbeeld Dierenverzorging of "
              "Bloemsierkunst) of bij een instelling elders in de regio, die na een "
              "geschiktheidsonderzoek tot toelating kan besluiten."),
        ("p", "(5) Beslissing over de voortzetting door de teamleider van het Dijkzicht College en "
              "de opleidingsmanager van Westfries Groen gezamenlijk, binnen drie weken, na "
              "gesprekken met leerling en ouders, aan de hand van het bereikte onderwijsniveau en "
              "de leeftijd; begeleiding door de mentor tot de plaatsing rond is."),
        ("h2", "\u00a7 8 Middelen"),
        ("p", "(1) Overdracht door het Dijkzicht College aan Westfries Groen (artikel 5.42a WVO "
              "2020): \u20ac 1.400 per routeleerling in routejaar 2, ter dekking van de inzet van de "
              "docenten plant- en tuinteelt en het gebruik van kassencomplex en machinepark."),
        ("p", "(2) Overdracht door Westfries Groen aan het Dijkzicht College (artikel 9.1.15 WEB): "
              "\u20ac 600 per routeleerling in routejaar 3 die op dat moment nog vmbo-onderdelen "
              "volgt, ter dekking van de inzet van de docenten biologie en Nederlands en de "
              "afname van de resterende vmbo-examens."),
        ("p", "(3) Peildatum: 1 oktober; betaling v\u00f3\u00f3r 1 maart van het lopende schooljaar."),
        ("h2", "\u00a7 9 Zeggenschap van leerlingen, ouders en personeel"),
        ("p", "(1) Onverkorte gelding van de rechten van de medezeggenschapsraad van het Dijkzicht "
              "College en van de studentenraad, de ouderraad en de ondernemingsraad van Westfries "
              "Groen."),
        ("p", "(2) Aanvullend: instelling van een Klankbord Groene Route, bestaande uit twee leden "
              "van de medezeggenschapsraad van het Dijkzicht College (een ouder en een leraar) en "
              "twee leden van de studentenraad van Westfries Groen, van wie ten minste \u00e9\u00e9n "
              "routeleerling. Adviesrecht van het Klankbord over het jaarlijkse routeplan en over "
              "iedere wijziging van deze afspraken, voorafgaand aan besluitvorming door de colleges "
              "van bestuur."),
        ("h2", "\u00a7 10 Beslechting van geschillen"),
        ("p", "(1) Behandeling van een geschil over de uitvoering van deze afspraken eerst in het "
              "routeoverleg, vervolgens binnen vier weken in het bestuurlijk overleg van de "
              "colleges van bestuur."),
        ("p", "(2) Bij uitblijven van overeenstemming binnen acht weken daarna: beslechting door "
              "arbitrage overeenkomstig het Arbitragereglement van het Nederlands Arbitrage "
              "Instituut, door \u00e9\u00e9n arbiter; plaats van arbitrage: Alkmaar."),
        ("h2", "\u00a7 11 Looptijd, toetreding, wijziging en be\u00ebindiging"),
        ("p", "(1) Inwerkingtreding per 1 augustus 2025, voor onbepaalde tijd."),
        ("p", "(2) Toetreding van een andere school voor vbo of mavo of een andere instelling "
              "voor beroepsonderwijs: mogelijk per 1 augustus, na schriftelijke instemming van "
              "beide partijen en ondertekening van een toetredingsakte waarin de toetreder deze "
              "afspraken aanvaardt; gezamenlijke melding van de toetreding aan DUO."),
        ("p", "(3) Wijziging: uitsluitend schriftelijk, na advies van het Klankbord, met "
              "handtekening van beide colleges van bestuur; inwerkingtreding van programmatische "
              "wijzigingen alleen voor nieuw instromende cohorten."),
        ("p", "(4) Opzegging: schriftelijk, uiterlijk 1 maart, met ingang van 1 augustus van het "
              "daaropvolgende kalenderjaar. Ontbinding: bij ernstige tekortkoming na "
              "ingebrekestelling, of bij intrekking van de erkenning van de opleiding."),
        ("p", "(5) Bescherming van leerlingen bij toetreding, wijziging, opzegging en "
              "ontbinding: geen nieuwe instroom na opzegging; afronding van de route door alle "
              "reeds ingestroomde leerlingen onder deze afspraken; voortzetting van de "
              "verplichtingen van partijen, waaronder \u00a7 8, tot de laatste routeleerling de "
              "route heeft verlaten."),
        ("h2", "\u00a7 12 Melding"),
        ("p", "Gezamenlijke melding van de route aan de minister van OCW via RIO, v\u00f3\u00f3r 1 oktober "
              "2025."),
        ("p", "Hoorn, 26 juni 2025"),
        ("sig", ["Stichting Openbaar Voortgezet Onderwijs West-Friesland", "", "",
                 "P.C. Ooievaar, voorzitter college van bestuur"],
                ["Stichting Agrarisch Opleidingscentrum Westfries Groen", "", "",
                 "ir. G. Schouten, voorzitter college van bestuur"]),
        ("pb",),
        ("h2", "Bijlage 1 \u2013 Routeopbouw per leerjaar"),
        ("table", [["Routejaar", "Leerjaar", "Locatie", "Programma", "Examinering"],
                   ["1", "vmbo 3", "Dijkzicht College; 1 dag campus Westfries Groen",
                    "beroepsgericht profiel Groen, avo-vakken, oriëntatie hovenier/teelt",
                    "schoolexamens vmbo"],
                   ["2", "vmbo 4", "Dijkzicht College; 1 dag campus Westfries Groen",
                    "afronding profiel Groen, eerste mbo-onderdelen, stage",
                    "centraal examen vmbo; eerste mbo-beoordelingen"],
                   ["3", "mbo 1", "Westfries Groen en leerbedrijf",
                    "mbo-programma niveau 3, resterende vmbo-onderdelen",
                    "herkansingen vmbo; mbo-examens"],
                   ["4", "mbo 2", "Westfries Groen en leerbedrijf (BOL of BBL)",
                    "mbo-programma, keuzedelen", "mbo-examens"],
                   ["5", "mbo 3", "leerbedrijf en Westfries Groen",
                    "afronding, proeve van bekwaamheid", "mbo-diploma niveau 3"]],
         [0.1, 0.1, 0.27, 0.33, 0.2]),
    ],
    font="Arial", size=10, doc_title="Samenwerkingsafspraken Groene Route West-Friesland",
    author="Westfries Groen")

# ---------------------------------------------------------------- h350
add(350, "geintegreerde_route_kopregel_bouw_noordoost_friesland", "docx",
    "DOCX, running header, chapters with decimal sub-clauses, geintegreerde route Bouwen, wonen "
    "en interieur basis -> mbo-2 timmerman/metselaar, Noordoost-Friesland; defects: pupil who "
    "leaves is placed in Entree automatically (f weak), nothing at all on finances (g missing); "
    "medezeggenschap only describes the law (h not_applicable)",
    st("a=P b=P c=P d=P e=P f=W g=M h=N i=P j=P"),
    {"a": "2 De geïntegreerde route", "b": "3 Bouwbedrijven in de route",
     "c": "4 Aansturing van de route", "d": "5 Rapportage en verantwoording",
     "e": "6 Inrichting van het onderwijs", "i": "10 Oplossen van geschillen",
     "j": "11 Looptijd, uitbreiding, wijziging en opzegging"},
    [
        ("title", "Samenwerkingsovereenkomst"),
        ("subtitle", "Geïntegreerde route vmbo basis \u2013 mbo niveau 2 Bouw"),
        ("h1", "1 Partijen en uitgangspunten"),
        ("p", "1.1 Partijen bij deze overeenkomst zijn:"),
        ("li", "Stichting Christelijk Voortgezet Onderwijs Noordoost-Fryslân, gevestigd te Dokkum, "
               "bevoegd gezag van CSG De Dokkumer Wâl, school voor vbo en mavo, vertegenwoordigd "
               "door de heer S. Hoekstra, bestuurder (hierna: De Dokkumer Wâl);"),
        ("li", "Stichting ROC Friese Wâlden, gevestigd te Drachten, vertegenwoordigd door mevrouw "
               "drs. T. van der Meer, voorzitter van het college van bestuur (hierna: het ROC)."),
        ("p", "1.2 Partijen verzorgen samen een geïntegreerde route als bedoeld in artikel 2.107l "
              "WVO 2020 en artikel 9.1.17 WEB. De route is bedoeld voor leerlingen van de "
              "basisberoepsgerichte leerweg voor wie, in overleg met hen en hun ouders, een "
              "programma zonder eindexamen vmbo het meest kansrijk is."),
        ("p", "1.3 Deze overeenkomst geldt als samenwerkingsovereenkomst in de zin van artikel "
              "2.107b WVO 2020 en artikel 9.1.3 WEB."),
        ("h1", "2 De geïntegreerde route"),
        ("p", "2.1 De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel "
              "Bouwen, wonen en interieur (BWI), van De Dokkumer Wâl."),
        ("p", "2.2 De route leidt op tot het diploma Timmerman of het diploma Metselaar, beide "
              "niveau 2, in het opleidingsdomein Bouw en infra van het ROC, locatie Dokkum."),
        ("p", "2.3 De Dokkumer Wâl neemt in deze route geen eindexamen vmbo af. De leerling "
              "verlaat de route met een mbo-diploma op niveau 2."),
        ("p", "2.4 De route duurt vier jaar. De keuze tussen timmeren en metselen maakt de "
              "leerling halverwege het tweede routejaar."),
        ("h1", "3 Bouwbedrijven in de route"),
        ("p", "3.1 Partijen werken samen met Bouwmeesters Noordoost, een samenwerkingsverband van "
              "twaalf aannemers en bouwbedrijven uit Dokkum, Kollum en omgeving, en met "
              "opleidingsbedrijf Bouwvak Noord, dat leerlingen in de BBL in dienst neemt."),
        ("p", "3.2 De bouwbedrijven ontvangen de leerlingen vanaf het eerste routejaar op hun "
              "bouwplaatsen voor excursies en meewerkdagen en bieden vanaf het tweede routejaar "
              "leerwerkplekken. Bouwvak Noord biedt vanaf het derde routejaar ten minste tien "
              "BBL-plaatsen per jaar."),
        ("p", "3.3 Elk schooljaar bouwen de leerlingen onder leiding van een uitvoerder van een "
              "van de bedrijven een tiny house of tuinhuis dat na oplevering aan een lokale "
              "vereniging wordt geschonken."),
        ("p", "3.4 Een uitvoerder of leermeester van een van de bedrijven beoordeelt mee bij de "
              "praktijkexamens. Een vertegenwoordiger van Bouwmeesters Noordoost neemt deel aan "
              "het jaarlijkse evaluatiegesprek over het programma (zie 5.2) en kan daar voorstellen "
              "doen over de inhoud."),
        ("h1", "4 Aansturing van de route"),
        ("p", "4.1 De route wordt aangestuurd door een kernteam, bestaande uit de afdelingsleider "
              "bovenbouw basis van De Dokkumer Wâl, de teamleider Bouw van het ROC en een "
              "routecoördinator."),
        ("p", "4.2 De afdelingsleider en de teamleider nemen zitting in het kernteam op grond van "
              "hun functie. De routecoördinator wordt benoemd door de bestuurder van De Dokkumer "
              "Wâl en het college van bestuur van het ROC samen, voor twee jaar."),
        ("p", "4.3 Het kernteam is belast met het opstellen van het gezamenlijke programma- en "
              "examenplan per leerjaar, de roosters, de plaatsing van leerlingen bij de "
              "bouwbedrijven, de begeleiding van leerlingen en de contacten met ouders. Het "
              "kernteam beslist over toelating tot de route, de indeling van docenten binnen de "
              "door partijen vastgestelde formatie en de inrichting van de praktijkweken. Andere "
              "besluiten neemt het kernteam niet zonder instemming van beide besturen."),
        ("h1", "5 Rapportage en verantwoording"),
        ("p", "5.1 Het kernteam stelt beide besturen in februari en september schriftelijk op de "
              "hoogte van het aantal leerlingen, het verzuim, de uitstroom en de "
              "examenresultaten."),
        ("p", "5.2 Jaarlijks in oktober legt het kernteam in een evaluatiegesprek met beide "
              "besturen verantwoording af over het afgelopen schooljaar, aan de hand van een "
              "jaarverslag dat uiterlijk twee weken vooraf aan de besturen wordt gezonden."),
        ("h1", "6 Inrichting van het onderwijs"),
        ("p", "6.1 In de eerste twee routejaren krijgen de leerlingen les op De Dokkumer Wâl en "
              "twee dagen per week in de bouwhal van het ROC in Dokkum. Vanaf het derde routejaar "
              "volgen zij het onderwijs bij het ROC en in het leerbedrijf."),
        ("p", "6.2 Het programma en de examinering per leerjaar zijn vastgelegd in het gezamenlijke "
              "programma- en examenplan (OER), dat partijen v\u00f3\u00f3r 1 juli voor het volgende "
              "schooljaar vaststellen."),
        ("p", "6.3 Docenten bouwtechniek van het ROC geven in de eerste twee routejaren tien uur per "
              "week les aan de routeleerlingen; docenten Nederlands en rekenen van De Dokkumer Wâl "
              "geven in het derde routejaar les op de ROC-locatie. Voor het vakoverstijgende "
              "bouwproject werken de docenten van beide partijen als team met teambevoegdheid "
              "(artikel 7.13a WVO 2020; artikel 9.1.12 WEB). Docenten blijven in dienst bij hun "
              "eigen werkgever."),
        ("p", "6.4 Het ROC stelt de bouwhal, het gereedschap en de steigermaterialen beschikbaar; "
              "De Dokkumer Wâl het praktijklokaal BWI en de theorielokalen."),
        ("p", "6.5 Klachten over medewerkers van de andere partij worden behandeld volgens de "
              "klachtenregeling van de partij waar de klacht is ingediend; de andere partij "
              "verleent medewerking."),
        ("h1", "7 Tussentijds stoppen"),
        ("p", "7.1 Een leerling die de geïntegreerde route voortijdig verlaat, wordt ingeschreven "
              "in de Entreeopleiding (niveau 1) van het ROC, richting Bouw."),
        ("p", "7.2 De routecoördinator zorgt voor de inschrijving en informeert de leerling en "
              "zijn ouders schriftelijk."),
        ("h1", "8 Medezeggenschap"),
        ("p", "8.1 Voor leerlingen die bij De Dokkumer Wâl zijn ingeschreven, hun ouders en het "
              "personeel van De Dokkumer Wâl geldt de Wet medezeggenschap op scholen. Voor "
              "studenten die bij het ROC zijn ingeschreven en hun ouders geldt de WEB, voor het "
              "personeel van het ROC de Wet op de ondernemingsraden."),
        ("p", "8.2 Partijen kunnen in aanvulling daarop afspraken maken over de medezeggenschap "
              "binnen de route."),
        ("h1", "9 Melding"),
        ("p", "9.1 Partijen melden de route gezamenlijk aan de minister via RIO."),
        ("h1", "10 Oplossen van geschillen"),
        ("p", "10.1 Een geschil over de uitvoering van deze overeenkomst wordt eerst in het "
              "kernteam besproken en daarna, als het niet binnen een maand is opgelost, in een "
              "overleg van beide besturen."),
        ("p", "10.2 Als het overleg van de besturen niet binnen zes weken tot een oplossing leidt, "
              "vragen partijen bindend advies aan een onafhankelijke deskundige die zij samen "
              "aanwijzen. Komen zij niet tot overeenstemming over die deskundige, dan is de "
              "Rechtbank Noord-Nederland bevoegd."),
        ("h1", "11 Looptijd, uitbreiding, wijziging en opzegging"),
        ("p", "11.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "11.2 Een andere school voor vbo of een andere instelling voor beroepsonderwijs kan "
              "partij worden als beide partijen daarmee schriftelijk instemmen en de nieuwe partij "
              "deze overeenkomst mede ondertekent. De nieuwe partij doet zelf melding bij DUO."),
        ("p", "11.3 Wijzigingen worden schriftelijk vastgelegd en door beide besturen "
              "ondertekend. Wijzigingen in het programma gelden alleen voor leerlingen die daarna "
              "instromen."),
        ("p", "11.4 Opzeggen kan alleen schriftelijk, uiterlijk 1 januari, met ingang van 1 augustus "
              "van hetzelfde jaar. Ontbinding is mogelijk als een partij na een schriftelijke "
              "waarschuwing haar verplichtingen niet nakomt."),
        ("p", "11.5 Na opzegging of ontbinding stromen er geen nieuwe leerlingen meer in. Leerlingen "
              "die al in de route zitten, maken de route af; partijen blijven hun verplichtingen "
              "daarvoor nakomen. Ook bij uitbreiding en wijziging zorgen partijen dat zittende "
              "leerlingen hun route ongestoord kunnen vervolgen."),
        ("p", "Aldus ondertekend te Dokkum op 20 juni 2025."),
        ("sig", ["Stichting Christelijk Voortgezet Onderwijs Noordoost-Fryslân", "", "",
                 "S. Hoekstra, bestuurder"],
                ["Stichting ROC Friese Wâlden", "", "",
                 "drs. T. van der Meer, voorzitter college van bestuur"]),
    ],
    font="Cambria", size=10.5, doc_title="SOK geïntegreerde route Bouw Noordoost-Fryslân",
    author="CSG De Dokkumer Wâl",
    header="Samenwerkingsovereenkomst geïntegreerde route Bouw  |  De Dokkumer Wâl \u2013 ROC "
           "Friese Wâlden  |  versie 2025-1",
    footer="pagina ")

# ---------------------------------------------------------------- h351
add(351, "lang_hoofdstukken_bijlagen_twee_routes_noord_limburg", "pdf",
    "PDF, long legal agreement with considerans, definitions, chapters and two annexes, two "
    "routes (E&O gemengd -> mbo-4 junior accountmanager; M&T kader -> mbo-3 logistiek "
    "teamleider), Noord-Limburg; fully compliant (transfer with amount and purpose, "
    "studentenraad seat and advice rights, mediation then court)",
    st("a=P b=P c=P d=P e=P f=P g=P h=P i=P j=P"),
    {"a": "Artikel 3 Routes, profielen en opleidingen",
     "b": "Artikel 4 Inbreng van werkgevers en branches",
     "c": "Artikel 6 Routebestuur en routemanager",
     "d": "Artikel 7 Informatieverstrekking en verantwoording",
     "e": "Artikel 8 Onderwijskundige inrichting",
     "f": "Artikel 13 Overstapmogelijkheden",
     "g": "Artikel 15 Overdracht van bekostiging",
     "h": "Artikel 17 Medezeggenschap",
     "i": "Artikel 19 Geschillenregeling",
     "j": "Artikel 22 Duur, opzegging en ontbinding"},
    [
        ("title", "SAMENWERKINGSOVEREENKOMST"),
        ("subtitle", "Doorlopende leerroutes Commercie & Logistiek Noord-Limburg"),
        ("center", "Fenikscollege Venlo \u2013 Maaspoort Vakopleidingen"),
        ("h2", "DE ONDERGETEKENDEN"),
        ("ol", "1.", "de stichting Stichting Onderwijsgroep Maas en Peel, statutair gevestigd te "
               "Venlo, kantoorhoudende aan de Eindhovenseweg 40 te Venlo, bevoegd gezag van het "
               "Fenikscollege, school voor vbo en mavo, te dezen rechtsgeldig vertegenwoordigd door "
               "de heer drs. L.W.M. Hermans, voorzitter van het college van bestuur, hierna te "
               "noemen: \u201chet Fenikscollege\u201d;"),
        ("ol", "2.", "de stichting Stichting Regionaal Opleidingencentrum Noord-Limburg, handelend "
               "onder de naam Maaspoort Vakopleidingen, statutair gevestigd te Venlo, te dezen "
               "rechtsgeldig vertegenwoordigd door mevrouw dr. C.A. Peeters, voorzitter van het "
               "college van bestuur, en de heer R. Janssen MBA, lid van het college van bestuur, "
               "hierna te noemen: \u201cMaaspoort\u201d;"),
        ("p", "hierna gezamenlijk te noemen: \u201cpartijen\u201d en ieder afzonderlijk: \u201cpartij\u201d;"),
        ("h2", "IN AANMERKING NEMENDE DAT"),
        ("ol", "A.", "Noord-Limburg een van de grootste logistieke knooppunten van Europa is en de "
               "regionale detailhandel en groothandel, evenals de logistieke dienstverleners, een "
               "aanhoudend tekort hebben aan goed opgeleide commerciële en logistieke "
               "medewerkers;"),
        ("ol", "B.", "het Fenikscollege en Maaspoort sinds het schooljaar 2018-2019 samenwerken in "
               "de vakmanschapsroute Logistiek en deze samenwerking, verbreed met een commerciële "
               "route, willen voortzetten als doorlopende leerroutes vmbo-mbo in de zin van artikel "
               "2.107a WVO 2020 en artikel 9.1.2 WEB;"),
        ("ol", "C.", "de wet voorschrijft dat een doorlopende leerroute wordt verzorgd op grond van "
               "een samenwerkingsovereenkomst waarin in elk geval de in artikel 2.107b, tweede lid, "
               "WVO 2020 genoemde onderwerpen zijn geregeld;"),
        ("ol", "D.", "de medezeggenschapsraad van het Fenikscollege en de ondernemingsraad en de "
               "studentenraad van Maaspoort over het voornemen tot deze samenwerking advies hebben "
               "uitgebracht, dat partijen bij het opstellen van deze overeenkomst hebben betrokken;"),
        ("h2", "KOMEN OVEREEN ALS VOLGT"),
        ("h1", "Hoofdstuk 1 Algemene bepalingen"),
        ("h2", "Artikel 1 Begripsbepalingen"),
        ("p", "In deze overeenkomst en de bijlagen wordt verstaan onder:"),
        ("ol", "a.", "route: elk van de doorlopende leerroutes, genoemd in artikel 3;"),
        ("ol", "b.", "routeleerling: een leerling van het Fenikscollege of een student van Maaspoort "
               "die aan een route deelneemt;"),
        ("ol", "c.", "routejaar: een leerjaar van een route, te tellen vanaf leerjaar 3 van het "
               "vmbo;"),
        ("ol", "d.", "vo-fase: routejaar 1 en 2; mbo-fase: routejaar 3 en volgende;"),
        ("ol", "e.", "routebestuur en routemanager: de organen, bedoeld in artikel 6;"),
        ("ol", "f.", "routedocument: het per route en per routejaar vastgestelde gezamenlijke "
               "programma van toetsing en afsluiting en onderwijs- en examenregeling (PTA/OER);"),
        ("ol", "g.", "werkveldraad: de raad, bedoeld in artikel 4, vijfde lid;"),
        ("ol", "h.", "bestuurlijk overleg: het overleg tussen de colleges van bestuur van "
               "partijen."),
        ("h2", "Artikel 2 Doel"),
        ("p", "1. Partijen beogen met deze overeenkomst jongeren uit Noord-Limburg een "
              "ononderbroken leerweg te bieden naar een mbo-diploma in de commercie of de "
              "logistiek, zonder overbodige herhaling van leerstof en met een vroege en "
              "intensieve kennismaking met de beroepspraktijk."),
        ("p", "2. Partijen verzorgen de routes gezamenlijk, elk vanuit de eigen "
              "verantwoordelijkheid: het Fenikscollege voor het vmbo-deel en de examinering en "
              "diplomering daarvan, Maaspoort voor het mbo-deel, de beroepspraktijkvorming en de "
              "examinering en diplomering van het mbo-deel."),
        ("h2", "Artikel 3 Routes, profielen en opleidingen"),
        ("p", "1. Partijen verzorgen de volgende routes:"),
        ("ol", "a.", "Route Commercie: vanaf leerjaar 3 van de gemengde leerweg, profiel Economie "
               "en ondernemen, van het Fenikscollege naar de middenkaderopleiding Junior "
               "accountmanager, niveau 4 (BOL), in het opleidingsdomein Handel en ondernemerschap "
               "van Maaspoort;"),
        ("ol", "b.", "Route Logistiek: vanaf leerjaar 3 van de kaderberoepsgerichte leerweg, profiel "
               "Mobiliteit en transport, van het Fenikscollege naar de vakopleiding Logistiek "
               "teamleider, niveau 3 (BOL en BBL), in het opleidingsdomein Transport, scheepvaart "
               "en logistiek van Maaspoort."),
        ("p", "2. De routeleerling behaalt het vmbo-diploma in routejaar 2, of uiterlijk in "
              "routejaar 3. De opbouw van elke route per routejaar is beschreven in bijlage 1."),
        ("p", "3. Een route start alleen als zich ten minste twaalf leerlingen hebben aangemeld; "
              "het routebestuur kan in overleg met de colleges van bestuur hiervan afwijken."),
        ("h2", "Artikel 4 Inbreng van werkgevers en branches"),
        ("p", "1. Voor de Route Logistiek werken partijen samen met het Logistiek Platform "
              "Venlo-Venray, waarin ruim veertig logistieke dienstverleners, verladers en "
              "distributiecentra samenwerken. Voor de Route Commercie werken zij samen met de "
              "Ondernemersvereniging Venlo Centrum en met vijf groothandels uit de regio, onder "
              "wie Maasdal Groothandel BV en Technische Unie Venlo-Blerick."),
        ("p", "2. De aangesloten bedrijven bieden in de vo-fase bedrijfsbezoeken, gastlessen en "
              "\u00e9\u00e9n praktijkopdracht per periode aan, gebaseerd op een werkelijk vraagstuk uit het "
              "bedrijf, zoals de inrichting van een orderpickproces of een verkoopcampagne."),
        ("p", "3. Vanaf routejaar 2 stellen zij stageplaatsen en vanaf routejaar 3 bpv-plaatsen en "
              "BBL-arbeidsplaatsen beschikbaar bij door SBB erkende leerbedrijven, met een "
              "minimum van dertig plaatsen per jaar voor beide routes samen. Maaspoort draagt zorg "
              "voor de matching en de begeleiding van praktijkopleiders."),
        ("p", "4. Praktijkopleiders en medewerkers van de bedrijven beoordelen mee bij de "
              "examens in de beroepspraktijk en bij de eindpresentaties in de vo-fase."),
        ("p", "5. Per route is er een werkveldraad, bestaande uit ten minste drie "
              "vertegenwoordigers van de bedrijven, die ten minste driemaal per jaar met de "
              "routemanager bijeenkomt. De werkveldraad adviseert gevraagd en ongevraagd over het "
              "routedocument, de keuze van keuzedelen en de aansluiting op ontwikkelingen in de "
              "branche, zoals automatisering van warehouses en online verkoop. Het routebestuur "
              "reageert schriftelijk en gemotiveerd op de adviezen."),
        ("h2", "Artikel 5 Melding"),
        ("p", "Partijen melden elke route afzonderlijk en gezamenlijk aan de minister van OCW door "
              "registratie in RIO, uiterlijk 1 oktober 2025. Het Fenikscollege registreert de "
              "routes voor de eigen vestiging; Maaspoort bevestigt de registratie."),
        ("h1", "Hoofdstuk 2 Leiding en verantwoording"),
        ("h2", "Artikel 6 Routebestuur en routemanager"),
        ("p", "1. De leiding over de routes berust bij het routebestuur. Het routebestuur bestaat "
              "uit de directeur onderwijs van het Fenikscollege en de directeur van het college "
              "Economie & Logistiek van Maaspoort. De dagelijkse uitvoering is opgedragen aan een "
              "routemanager, die het routebestuur ondersteunt en de vergaderingen bijwoont."),
        ("p", "2. De leden van het routebestuur worden door het college van bestuur van de eigen "
              "partij aangewezen. De routemanager wordt, na een gezamenlijke selectieprocedure, "
              "door beide colleges van bestuur gezamenlijk benoemd voor een periode van vier jaar, "
              "en kan op dezelfde wijze worden geschorst of ontslagen uit deze functie. De "
              "routemanager is in dienst van Maaspoort."),
        ("p", "3. Het routebestuur heeft tot taak: a. het vaststellen van het jaarplan en de "
              "routebegroting binnen de kaders die de colleges van bestuur jaarlijks geven; b. het "
              "voorbereiden van het routedocument ter vaststelling door de colleges van bestuur; "
              "c. het toezien op de kwaliteit en de uitvoering van de routes; d. het onderhouden "
              "van de betrekkingen met de werkveldraden; e. het uitvoeren van de "
              "overstapregeling, bedoeld in artikel 13."),
        ("p", "4. Het routebestuur is bevoegd: a. besluiten te nemen over toelating tot de routes; "
              "b. de beschikbare docenturen over de routejaren te verdelen; c. verplichtingen aan "
              "te gaan tot een bedrag van \u20ac 25.000 per geval, binnen de routebegroting; d. "
              "namens partijen afspraken te maken met leerbedrijven over stages. De routemanager "
              "oefent de onder a, b en d genoemde bevoegdheden uit in mandaat van het routebestuur."),
        ("p", "5. Niet aan het routebestuur opgedragen zijn: het vaststellen van het "
              "routedocument, besluiten over werkgeverschap en rechtspositie van personeel, "
              "uitgaven buiten de routebegroting en besluiten die de opzet van een route wijzigen. "
              "Deze besluiten blijven bij de colleges van bestuur."),
        ("p", "6. Het routebestuur besluit bij consensus. Bereikt het geen consensus, dan legt het "
              "de kwestie voor aan het bestuurlijk overleg."),
        ("h2", "Artikel 7 Informatieverstrekking en verantwoording"),
        ("p", "1. De routemanager stelt namens het routebestuur elk kwartaal een "
              "managementrapportage op met ten minste: het aantal routeleerlingen per route en "
              "routejaar, verzuim, voortijdige uitstroom en overstappen, de stand van de "
              "routebegroting en risico's. De rapportage wordt binnen vier weken na afloop van het "
              "kwartaal aan beide colleges van bestuur gezonden."),
        ("p", "2. Het routebestuur legt jaarlijks v\u00f3\u00f3r 1 november verantwoording af over het "
              "afgelopen schooljaar door middel van een jaardocument, dat ingaat op de "
              "onderwijsresultaten, de tevredenheid van leerlingen en leerbedrijven, de "
              "uitvoering van het jaarplan, de besteding van de middelen, bedoeld in artikel 15, en "
              "de adviezen van de werkveldraden."),
        ("p", "3. Het bestuurlijk overleg vindt ten minste tweemaal per jaar plaats, in december "
              "en in juni. In de decembervergadering wordt het jaardocument besproken en verleent "
              "het bestuurlijk overleg het routebestuur al dan niet decharge."),
        ("p", "4. Het routebestuur informeert beide colleges van bestuur onverwijld over "
              "gebeurtenissen die de continuïteit, de kwaliteit of de reputatie van een route "
              "ernstig kunnen raken, en verstrekt op verzoek van een college van bestuur alle "
              "gevraagde inlichtingen."),
        ("h1", "Hoofdstuk 3 Inrichting van de routes"),
        ("h2", "Artikel 8 Onderwijskundige inrichting"),
        ("p", "1. Voor elke route stellen partijen jaarlijks v\u00f3\u00f3r 1 juni het routedocument "
              "vast voor het volgende schooljaar. Het routedocument beschrijft per routejaar het "
              "onderwijsprogramma, de examinering en de beroepspraktijkvorming, en geeft aan "
              "welke onderdelen tot het vo-programma, welke tot het mbo-programma en welke tot "
              "beide behoren, en welke onderdelen vak- of sectoroverstijgend zijn."),
        ("p", "2. Overlap tussen vmbo- en mbo-stof wordt weggenomen; de vrijkomende tijd wordt "
              "besteed aan verdieping, keuzedelen en praktijkopdrachten. De onderwijstijd voldoet "
              "aan de wettelijke normen voor de routes."),
        ("p", "3. In de vo-fase volgen routeleerlingen vanaf routejaar 2 mbo-onderdelen en mbo-"
              "examens, voor zover het routedocument dat bepaalt."),
        ("h2", "Artikel 9 Organisatorische inrichting en locaties"),
        ("p", "1. De vo-fase wordt verzorgd in het gebouw van het Fenikscollege aan de "
              "Eindhovenseweg te Venlo; de routeleerlingen volgen daarnaast in routejaar 1 "
              "\u00e9\u00e9n en in routejaar 2 twee dagdelen per week onderwijs op de campus van "
              "Maaspoort aan de Noorderpoort te Venlo. De mbo-fase wordt verzorgd op de campus van "
              "Maaspoort en in het leerbedrijf."),
        ("p", "2. Routeleerlingen staan in de vo-fase ingeschreven bij het Fenikscollege en vanaf "
              "routejaar 3 bij Maaspoort. Een routeleerling die bij de overgang naar routejaar 3 "
              "zijn vmbo-diploma nog niet heeft, blijft daarnaast bij het Fenikscollege "
              "ingeschreven totdat de vmbo-examenactiviteiten zijn afgerond."),
        ("p", "3. Het verzuim wordt in de vo-fase gemeld en opgevolgd door het Fenikscollege, in de "
              "mbo-fase door Maaspoort. Partijen wisselen de daarvoor noodzakelijke gegevens uit."),
        ("h2", "Artikel 10 Inzet van personeel"),
        ("p", "1. Maaspoort zet in de vo-fase docenten commercie en logistiek in: in routejaar 1 "
              "vier en in routejaar 2 acht lesuren per week per route. Het Fenikscollege zet in "
              "routejaar 3 docenten Nederlands, Engels en economie in voor de afronding van het "
              "vmbo-programma, voor ten hoogste zes lesuren per week."),
        ("p", "2. Voor de vak- en sectoroverstijgende onderdelen die in het routedocument als "
              "zodanig zijn aangeduid, werken de docenten van beide partijen als team van leraren "
              "en docenten als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Elk teamlid "
              "is verantwoordelijk voor het deel waarvoor hij bevoegd of bekwaam is; het "
              "routedocument vermeldt de samenstelling van de teams."),
        ("p", "3. Docenten blijven in dienst van hun eigen werkgever en werken onder diens "
              "rechtspositie. Waar een docent meer dan acht uur per week bij de andere partij "
              "werkt, sluiten partijen een detacheringsovereenkomst."),
        ("p", "4. Partijen organiseren jaarlijks ten minste twee gezamenlijke "
              "professionaliseringsdagen voor het routeteam."),
        ("h2", "Artikel 11 Gebruik van faciliteiten"),
        ("p", "1. Maaspoort stelt voor de routes beschikbaar: het Logistiek Skillslab met "
              "magazijnsimulatie en heftruckbaan, de oefenwinkel Maaspoort Store, het "
              "verkooplab en de digitale leeromgeving."),
        ("p", "2. Het Fenikscollege stelt beschikbaar: het praktijklokaal Mobiliteit en transport, "
              "de praktijklokalen Economie en ondernemen en de mediatheek."),
        ("p", "3. Partijen maken de faciliteiten toegankelijk volgens een jaarlijks af te stemmen "
              "rooster; iedere partij blijft verantwoordelijk voor onderhoud en veiligheid van de "
              "eigen faciliteiten."),
        ("h2", "Artikel 12 Klachten, veiligheid en gegevens"),
        ("p", "1. De klachtenregeling van iedere partij is mede van toepassing op gedragingen van "
              "bestuurders en personeel van de andere partij in het kader van de routes. De "
              "voorzitter van een klachtencommissie is niet werkzaam bij of voor de andere partij."),
        ("p", "2. Partijen wisselen uitsluitend die persoonsgegevens van routeleerlingen uit die "
              "nodig zijn voor de uitvoering van deze overeenkomst, met inachtneming van de "
              "Algemene verordening gegevensbescherming."),
        ("h1", "Hoofdstuk 4 Overstap en begeleiding"),
        ("h2", "Artikel 13 Overstapmogelijkheden"),
        ("p", "1. Partijen zorgen er samen voor dat iedere routeleerling wiens deelname aan een "
              "route eindigt voordat hij de route met succes heeft afgerond, in staat wordt gesteld "
              "een vmbo-diploma of een mbo-diploma te behalen dat past bij het bereikte "
              "onderwijsniveau en zijn leeftijd."),
        ("p", "2. Daarbij gelden de volgende kaders:"),
        ("ol", "a.", "beëindiging in routejaar 1 of 2: voortzetting in de reguliere gemengde of "
               "kaderberoepsgerichte leerweg van het Fenikscollege, in hetzelfde of een ander "
               "profiel, of overstap naar de andere route, met het vmbo-diploma als doel;"),
        ("ol", "b.", "geen vmbo-diploma aan het einde van routejaar 3, of afwijzing voor het "
               "eindexamen: de routeleerling kan het examenjaar herhalen, of zonder vmbo-diploma "
               "instromen in een opleiding van Maaspoort op niveau 2, 3 of, in de Route Commercie, "
               "4, die aansluit bij de behaalde vo- en mbo-onderdelen; de vooropleidingseisen zijn "
               "daarbij niet van toepassing;"),
        ("ol", "c.", "andere richting in de mbo-fase: overstap naar een opleiding op hetzelfde "
               "niveau in een ander domein van Maaspoort, of naar een andere instelling in de "
               "regio; partijen ondersteunen de routeleerling bij het geschiktheidsonderzoek dat "
               "die instelling kan instellen;"),
        ("ol", "d.", "niveau blijkt te hoog: overstap van de Route Commercie naar een opleiding op "
               "niveau 3, of van de Route Logistiek naar de opleiding Logistiek medewerker "
               "niveau 2, zonder verlies van behaalde resultaten."),
        ("p", "3. De overstap wordt voorbereid door de mentor of studieloopbaanbegeleider samen "
              "met de routeleerling en diens ouders. Het besluit wordt genomen door het "
              "routebestuur, waarin beide partijen vertegenwoordigd zijn, binnen vier weken na "
              "het eerste gesprek. Partijen zorgen voor een warme overdracht naar de nieuwe "
              "opleiding."),
        ("p", "4. Dit artikel is niet van toepassing bij definitieve verwijdering. Partijen "
              "beschrijven de werkwijze voor leerlingen en ouders in de schoolgids en de "
              "studiegids."),
        ("h2", "Artikel 14 Begeleiding en loopbaanoriëntatie"),
        ("p", "Iedere routeleerling heeft gedurende de hele route \u00e9\u00e9n vaste coach, die in de vo-"
              "fase van het Fenikscollege en in de mbo-fase van Maaspoort is. Bij de overgang "
              "naar de mbo-fase vindt een overdrachtsgesprek plaats in aanwezigheid van de "
              "routeleerling. Ondersteuning in het kader van passend onderwijs wordt in de vo-fase "
              "geboden door het Fenikscollege en in de mbo-fase door Maaspoort."),
        ("h1", "Hoofdstuk 5 Financiën"),
        ("h2", "Artikel 15 Overdracht van bekostiging"),
        ("p", "1. Het Fenikscollege draagt met toepassing van artikel 5.42a WVO 2020 een deel van "
              "de ontvangen bekostiging over aan Maaspoort, te weten \u20ac 1.100 per routeleerling "
              "in routejaar 2, per schooljaar."),
        ("p", "2. De overgedragen middelen zijn bestemd voor de inzet van docenten van Maaspoort in "
              "de vo-fase, bedoeld in artikel 10, eerste lid, en voor het gebruik van het Logistiek "
              "Skillslab en de oefenwinkel door routeleerlingen in de vo-fase."),
        ("p", "3. Maaspoort draagt geen bekostiging over aan het Fenikscollege. De inzet van "
              "docenten van het Fenikscollege in routejaar 3 komt voor rekening van het "
              "Fenikscollege."),
        ("p", "4. De wijze van berekening, facturering en betaling is uitgewerkt in bijlage 2."),
        ("h2", "Artikel 16 Overige kosten"),
        ("p", "Overige kosten draagt iedere partij zelf, tenzij het routebestuur binnen de "
              "routebegroting anders besluit. De routebegroting wordt door partijen ieder voor de "
              "helft gevoed."),
        ("h1", "Hoofdstuk 6 Medezeggenschap"),
        ("h2", "Artikel 17 Medezeggenschap"),
        ("p", "1. Voor routeleerlingen in de vo-fase, hun ouders en het personeel van het "
              "Fenikscollege geldt de Wet medezeggenschap op scholen; voor routeleerlingen in de "
              "mbo-fase, hun ouders en het personeel van Maaspoort gelden hoofdstuk 8a van de WEB en "
              "de Wet op de ondernemingsraden. Partijen maken daarnaast de volgende afspraken."),
        ("p", "2. Twee routeleerlingen in de vo-fase, gekozen door en uit de routeleerlingen van "
              "routejaar 2, nemen als volwaardig lid deel aan de studentenraad van het college "
              "Economie & Logistiek van Maaspoort, voor zover het onderwerpen betreft die de routes "
              "raken."),
        ("p", "3. Het routebestuur legt het voorgenomen routedocument en voorgenomen wijzigingen "
              "van deze overeenkomst voor advies voor aan de medezeggenschapsraad van het "
              "Fenikscollege en aan de studentenraad en de ondernemingsraad van Maaspoort. Wordt "
              "een advies niet gevolgd, dan motiveert het routebestuur dat schriftelijk."),
        ("p", "4. Eenmaal per jaar vindt een gezamenlijke vergadering plaats van afvaardigingen van "
              "deze raden met het routebestuur, waarin het jaardocument wordt besproken."),
        ("h1", "Hoofdstuk 7 Geschillen, duur en beëindiging"),
        ("h2", "Artikel 18 Evaluatie"),
        ("p", "Partijen evalueren deze overeenkomst elke drie jaar, voor het eerst in het "
              "voorjaar van 2028, mede op basis van de jaardocumenten en de adviezen van de "
              "werkveldraden."),
        ("h2", "Artikel 19 Geschillenregeling"),
        ("p", "1. Indien tussen partijen een geschil ontstaat over de uitleg of de uitvoering van "
              "deze overeenkomst, meldt de meest gerede partij dit schriftelijk aan de andere "
              "partij. Het geschil wordt binnen twee weken besproken in het routebestuur."),
        ("p", "2. Wordt het geschil niet binnen vier weken na de melding opgelost, dan wordt het "
              "voorgelegd aan het bestuurlijk overleg, dat binnen vier weken bijeenkomt."),
        ("p", "3. Leidt het bestuurlijk overleg niet tot een oplossing, dan zullen partijen het "
              "geschil trachten op te lossen door mediation, met een door hen gezamenlijk "
              "aangewezen mediator. De kosten worden door partijen gelijk gedeeld."),
        ("p", "4. Is het geschil niet binnen drie maanden na aanvang van de mediation opgelost, "
              "dan kan iedere partij het geschil voorleggen aan de bevoegde rechter in het "
              "arrondissement Limburg."),
        ("h2", "Artikel 20 Toetreding van nieuwe partijen"),
        ("p", "1. Een ander bevoegd gezag van een school voor vbo of mavo of van een instelling "
              "voor beroepsonderwijs kan tot deze overeenkomst toetreden indien: a. het een van de "
              "profielen of opleidingen, genoemd in artikel 3, aanbiedt of gaat aanbieden; b. alle "
              "partijen schriftelijk instemmen; c. het een toetredingsakte ondertekent waarin het "
              "deze overeenkomst met bijlagen aanvaardt; d. de financiële gevolgen in een "
              "aanvulling op bijlage 2 zijn vastgelegd."),
        ("p", "2. Toetreding gaat in op 1 augustus van een schooljaar. De toetredende partij meldt "
              "haar deelname aan de route bij DUO."),
        ("p", "3. Toetreding laat de rechten en de route van de zittende routeleerlingen onverlet."),
        ("h2", "Artikel 21 Wijziging"),
        ("p", "1. Wijzigingen van deze overeenkomst, met inbegrip van de bijlagen, worden "
              "uitsluitend schriftelijk overeengekomen en door de colleges van bestuur van alle "
              "partijen ondertekend, na advies als bedoeld in artikel 17, derde lid."),
        ("p", "2. Wijzigingen die het onderwijsprogramma raken, gaan in per het begin van een "
              "schooljaar en gelden niet voor routeleerlingen die al zijn ingestroomd, tenzij "
              "die wijziging voor hen gunstig is."),
        ("h2", "Artikel 22 Duur, opzegging en ontbinding"),
        ("p", "1. Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor "
              "onbepaalde tijd."),
        ("p", "2. Iedere partij kan deze overeenkomst, of de afspraken over \u00e9\u00e9n route, opzeggen "
              "bij aangetekende brief, uiterlijk op 1 december, met ingang van 1 augustus van het "
              "daaropvolgende jaar."),
        ("p", "3. Iedere partij kan de overeenkomst met onmiddellijke ingang ontbinden indien de "
              "andere partij in staat van faillissement wordt verklaard, of indien zij na "
              "schriftelijke ingebrekestelling en een hersteltermijn van ten minste zestig dagen "
              "tekort blijft schieten."),
        ("p", "4. Na opzegging of ontbinding worden geen nieuwe leerlingen meer tot de betrokken "
              "route toegelaten. Routeleerlingen die al zijn ingestroomd, kunnen de route "
              "afronden; partijen blijven hun verplichtingen uit deze overeenkomst, waaronder "
              "artikel 13 en artikel 15, jegens hen nakomen totdat de laatste van hen de route heeft "
              "verlaten. Ook overigens beperken partijen de gevolgen van opzegging en ontbinding "
              "voor routeleerlingen zoveel mogelijk."),
        ("h2", "Artikel 23 Slotbepalingen"),
        ("p", "1. De bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de "
              "overeenkomst voor."),
        ("p", "2. Op deze overeenkomst is Nederlands recht van toepassing."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Venlo op 30 juni 2025."),
        ("sig", ["Stichting Onderwijsgroep Maas en Peel", "", "", "drs. L.W.M. Hermans",
                 "voorzitter college van bestuur"],
                ["Stichting Regionaal Opleidingencentrum Noord-Limburg (Maaspoort Vakopleidingen)",
                 "", "", "dr. C.A. Peeters, voorzitter college van bestuur", "",
                 "R. Janssen MBA, lid college van bestuur"]),
        ("pb",),
        ("h1", "Bijlage 1 Opbouw van de routes"),
        ("table", [["Routejaar", "Route Commercie (gl E&O \u2013 mbo 4)",
                    "Route Logistiek (kb M&T \u2013 mbo 3)"],
                   ["1 (vmbo 3)", "Fenikscollege; 1 dagdeel verkooplab Maaspoort; "
                    "praktijkopdracht retail", "Fenikscollege; 1 dagdeel Logistiek Skillslab; "
                    "bedrijfsbezoeken"],
                   ["2 (vmbo 4)", "centraal examen vmbo; eerste mbo-onderdelen commercie; "
                    "snuffelstage", "centraal examen vmbo; heftruckcertificaat; stage 2 weken"],
                   ["3 (mbo 1)", "Maaspoort; bpv 8 weken; eventuele vmbo-herkansing",
                    "Maaspoort of BBL; bpv 10 weken"],
                   ["4 (mbo 2)", "bpv; keuzedelen Online marketing en Internationaal zakendoen",
                    "bpv; keuzedelen Warehousemanagement en Leidinggeven"],
                   ["5 (mbo 3)", "afstuderen; proeve van bekwaamheid; diploma niveau 4",
                    "proeve van bekwaamheid; diploma niveau 3"]],
         [0.16, 0.42, 0.42]),
        ("h1", "Bijlage 2 Uitwerking financiële afspraken"),
        ("p", "1. Het aantal routeleerlingen in routejaar 2 wordt bepaald op de teldatum 1 oktober "
              "van het lopende schooljaar."),
        ("p", "2. Maaspoort zendt het Fenikscollege v\u00f3\u00f3r 1 december een factuur ter hoogte van het "
              "aantal routeleerlingen maal \u20ac 1.100; het Fenikscollege betaalt binnen dertig "
              "dagen."),
        ("p", "3. Het bedrag per routeleerling wordt jaarlijks per 1 augustus geïndexeerd met het "
              "percentage van de loon- en prijsbijstelling van de rijksbijdrage voortgezet "
              "onderwijs."),
        ("p", "4. Maaspoort verantwoordt de besteding in het jaardocument, bedoeld in artikel 7, "
              "tweede lid."),
    ],
    font="Times-Roman", size=10.5, justify=True,
    doc_title="Samenwerkingsovereenkomst Commercie & Logistiek Noord-Limburg",
    footer="SOK Commercie & Logistiek Noord-Limburg  -  %d")

# ---------------------------------------------------------------- h352
_D = "\u2026" * 60
add(352, "ingevuld_format_markdown_ict_midden_holland", "md",
    "Markdown, the official bouwsteen format partly filled in, Midden-Holland (Gouda), MVI "
    "kader -> mbo-3 allround medewerker IT systems and devices; defects: business involvement "
    "only in the considerans (b missing), verantwoording left as template brackets and dotted "
    "lines (c filled but d weak), geschilbeslechting only restates the statute (i weak)",
    st("a=P b=M c=P d=W e=P f=P g=P h=P i=W j=P"),
    {"a": "1. De betreffende doorlopende leerroute vmbo-mbo",
     "c": "a. De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet van:",
     "e": "3. Organisatorische en onderwijskundige inrichting", "f": "4. Overstapoptie",
     "g": "5. Financiën",
     "h": "6. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime",
     "j": "9. Beëindiging en wijziging overeenkomst"},
    [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("subtitle", "Route ICT \u2013 Goudse Poort College en ROC De Gouwe \u2013 concept 3, "
                     "ter ondertekening"),
        ("p", "**Stichting Openbaar Voortgezet Onderwijs Gouda en Krimpenerwaard**, bevoegd gezag "
              "van het Goudse Poort College (school voor vbo en mavo) te Gouda, vertegenwoordigd "
              "door mevrouw J.A. Verboom, voorzitter van het college van bestuur"),
        ("p", "en"),
        ("p", "**Stichting ROC De Gouwe**, instelling voor beroepsonderwijs te Gouda, "
              "vertegenwoordigd door de heer dr. B. Hoogendoorn, voorzitter van het college van "
              "bestuur"),
        ("p", "overwegende dat partijen in Midden-Holland een doorlopende leerroute ICT willen "
              "aanbieden, die zij in nauwe samenspraak met het regionale ICT-bedrijfsleven willen "
              "vormgeven, omdat bedrijven in de regio dringend behoefte hebben aan allround "
              "medewerkers IT;"),
        ("p", "verklaren te zijn overeengekomen:"),
        ("h1", "Doel en wijze van samenwerking"),
        ("ol", "1.", "Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende "
               "leerroute vmbo-mbo verzorgd door ondergetekenden."),
        ("ol", "2.", "Ondergetekenden beschrijven voor de gehele doorlopende leerroute vmbo-mbo het "
               "onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per "
               "leerjaar en voeren dit in gezamenlijkheid uit."),
        ("ol", "3.", "Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij een "
               "gezamenlijke doorlopende leerroute vmbo-mbo aanbieden."),
        ("h1", "Afspraken"),
        ("h2", "1. De betreffende doorlopende leerroute vmbo-mbo"),
        ("p", "Het volgende onderwijsprogramma wordt in deze doorlopende leerroute vmbo-mbo "
              "aangeboden: de kaderberoepsgerichte leerweg van het Goudse Poort College, profiel "
              "Media, vormgeving en ICT (MVI), leerjaar 3 en 4, met aansluitend de opleiding "
              "Allround medewerker IT systems and devices, niveau 3 (BOL), in het opleidingsdomein "
              "ICT en creatieve industrie van ROC De Gouwe. De leerling behaalt het vmbo-diploma "
              "uiterlijk in het derde jaar van de route."),
        ("h2", "2. Inzet leiding en verantwoording"),
        ("p", "a. De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet "
              "van:"),
        ("p", "een routeteam, bestaande uit de teamleider bovenbouw vmbo van het Goudse Poort "
              "College, de teamleider ICT van ROC De Gouwe en een routecoördinator. De beide "
              "teamleiders worden door het eigen college van bestuur aangewezen; de "
              "routecoördinator wordt door de colleges van bestuur gezamenlijk benoemd voor drie "
              "schooljaren. Het routeteam draagt zorg voor het gezamenlijke PTA/OER, de roosters, "
              "de intake en de begeleiding van leerlingen, en beslist binnen het jaarlijks door "
              "beide besturen toegekende routebudget en urenkader zelfstandig over de inzet van "
              "docenten, de toelating tot de route en de aanschaf van leermiddelen. Andere "
              "besluiten legt het routeteam voor aan de colleges van bestuur."),
        ("p", "b. Het verstrekken van inlichtingen en afleggen van verantwoording door deze leiding "
              "aan ondergetekenden wordt als volgt georganiseerd:"),
        ("p", "[de wijze van het verstrekken van inlichtingen en verantwoording aan het bevoegd "
              "gezag van de school en het bevoegd gezag van de instelling voor beroepsonderwijs]"),
        ("p", _D),
        ("p", _D),
        ("h2", "3. Organisatorische en onderwijskundige inrichting"),
        ("p", "a. De betreffende doorlopende leerroute wordt aangeboden op volgende locatie(s): "
              "het Goudse Poort College, Burgemeester Jamessingel, Gouda (routejaar 1 en 2) en ROC "
              "De Gouwe, locatie Goudse Poort, Gouda (routejaar 1 en 2 \u00e9\u00e9n dag per week; vanaf "
              "routejaar 3 volledig)."),
        ("p", "b. Er zijn afspraken gemaakt over het gebruik van verschillende faciliteiten zoals: "
              "het ICT-servicelab en de netwerkruimte van ROC De Gouwe, de MVI-werkplaats en de "
              "mediastudio van het Goudse Poort College; leerlingen en docenten van de route "
              "krijgen toegang tot beide elektronische leeromgevingen. Elke partij stelt haar "
              "faciliteiten volgens het routerooster ter beschikking."),
        ("p", "c. De inzet van personeel is als volgt georganiseerd: twee docenten ICT van ROC De "
              "Gouwe verzorgen in routejaar 1 en 2 zes lesuren per week op het Goudse Poort "
              "College; de docenten Nederlands en Engels van het Goudse Poort College verzorgen in "
              "routejaar 3 de nog openstaande vmbo-onderdelen. Voor het vakoverstijgende project "
              "Bouw je eigen netwerk werken de docenten als \u00e9\u00e9n team met teambevoegdheid; het "
              "PTA/OER vermeldt de samenstelling van dit team. De docenten blijven in dienst van "
              "hun eigen werkgever."),
        ("h2", "4. Overstapoptie"),
        ("p", "Deelnemers die deze doorlopende leerroute niet met succes afronden worden door "
              "ondergetekenden in staat gesteld om:"),
        ("li", "bij uitval in routejaar 1 of 2: de opleiding voort te zetten in de reguliere "
               "kaderberoepsgerichte leerweg van het Goudse Poort College, in het profiel MVI of "
               "een ander profiel, en daar het vmbo-diploma te behalen;"),
        ("li", "bij het niet behalen van het vmbo-diploma aan het einde van routejaar 3: het "
               "examenjaar over te doen, of zonder vmbo-diploma bij ROC De Gouwe door te gaan in "
               "een opleiding op niveau 2 of 3 die past bij de behaalde onderdelen, zonder dat "
               "vooropleidingseisen worden gesteld;"),
        ("li", "bij een andere beroepskeuze in de mbo-fase: over te stappen naar een opleiding op "
               "hetzelfde niveau in een ander domein van ROC De Gouwe, of naar een andere instelling "
               "in de regio, waarbij het routeteam helpt bij het geschiktheidsonderzoek."),
        ("p", "Welke mogelijkheid wordt gekozen, bepalen de beide teamleiders samen met de "
              "leerling en zijn ouders, op grond van het bereikte onderwijsniveau en de leeftijd "
              "van de leerling. De werkwijze wordt in de schoolgids beschreven."),
        ("h2", "5. Financiën"),
        ("p", "Tussen ondergetekenden vindt geen overdracht van bekostiging plaats. Ieder draagt de "
              "kosten van het eigen personeel en de eigen faciliteiten; een financiële "
              "overeenkomst als bijlage is daarom niet opgesteld."),
        ("h2", "6. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime"),
        ("p", "In aanvulling op het geldende regime spreken ondergetekenden af dat leerlingen van "
              "de route die nog op het Goudse Poort College staan ingeschreven, zich verkiesbaar "
              "mogen stellen voor de studentenraad van ROC De Gouwe en daarin de "
              "medezeggenschapsrechten uit de WEB kunnen uitoefenen. Daarnaast wordt het jaarlijkse "
              "PTA/OER van de route voor advies voorgelegd aan zowel de medezeggenschapsraad van "
              "het Goudse Poort College als de studentenraad van ROC De Gouwe."),
        ("h2", "7. Geschilbeslechting"),
        ("p", "Partijen regelen de wijze van geschilbeslechting tussen de deelnemende partijen "
              "over de uitvoering van de overeenkomst."),
        ("h2", "8. Betrokkenheid andere partijen"),
        ("p", "Een andere school voor vbo of mavo of een andere instelling voor beroepsonderwijs kan "
              "partij worden bij deze overeenkomst indien beide ondergetekenden daarmee "
              "schriftelijk instemmen, de nieuwe partij een profiel of opleiding aanbiedt die op "
              "deze route aansluit en zij deze overeenkomst door mede-ondertekening aanvaardt. "
              "Toetreding gaat in bij de start van een schooljaar en wordt bij DUO gemeld; voor "
              "leerlingen die al in de route zitten, verandert daardoor niets."),
        ("h2", "9. Beëindiging en wijziging overeenkomst"),
        ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Zij kan door "
              "ieder van ondergetekenden schriftelijk worden opgezegd tegen het einde van een "
              "schooljaar, met een opzegtermijn van ten minste twaalf maanden, en kan worden "
              "ontbonden als een partij haar verplichtingen na ingebrekestelling niet nakomt. "
              "Wijzigingen worden alleen schriftelijk en met handtekening van beide colleges van "
              "bestuur aangebracht, en gaan in bij het begin van een schooljaar. Na opzegging of "
              "ontbinding worden geen nieuwe leerlingen meer toegelaten; leerlingen die al in de "
              "route zitten, ronden de route af onder deze overeenkomst. Een wijziging van het "
              "programma geldt alleen voor nieuwe cohorten."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Gouda op ____ juli 2025."),
        ("sig", ["Stichting Openbaar Voortgezet Onderwijs Gouda en Krimpenerwaard",
                 "J.A. Verboom, voorzitter college van bestuur"],
                ["Stichting ROC De Gouwe", "dr. B. Hoogendoorn, voorzitter college van bestuur"]),
    ])

# === END OF SAMPLES ===


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    wanted = [a for a in argv if not a.startswith("-")]
    for num, s in sorted(SAMPLES.items()):
        if wanted and not any(num == w or num.endswith(w) for w in wanted):
            continue
        build(s)


if __name__ == "__main__":
    main(sys.argv[1:])
