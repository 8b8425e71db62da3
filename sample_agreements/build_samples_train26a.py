#!/usr/bin/env python3
"""Build training samples 397-404 (samenwerkingsovereenkomsten doorlopende leerroute vmbo-mbo).

Written by an independent helper session (batch train26a). The agreements are invented from the two
official guidance documents (bouwsteen samenwerkingsovereenkomst and bouwsteen overstapoptie in
/work/shared/seeds), /work/shared/domain.md and sample_agreements/LABELS.md only, without looking at
the checker code, its tests or the texts of the other samples. Every school, instelling, company and
person is made up.

Usage:
    python3 build_samples_train26a.py            # build all samples
    python3 build_samples_train26a.py 397 401    # build only these numbers
    python3 build_samples_train26a.py --check    # open every produced file and verify it
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024

SAMPLES = {}  # number -> dict(name, fmt, content, opts, expected)


def sample(num, name, fmt, description, statuses, evidence, **opts):
    """Register a sample; the decorated function returns its content (blocks or a string)."""
    def deco(fn):
        SAMPLES[num] = dict(name=name, fmt=fmt, content=fn, opts=opts,
                            expected={"description": description, "split": "train",
                                      "statuses": statuses, "evidence": evidence})
        return fn
    return deco


def st(s):
    """'p p w m na ...' -> statuses dict a..j."""
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    parts = s.split()
    assert len(parts) == 10, s
    return {k: m[v] for k, v in zip("abcdefghij", parts)}


# --------------------------------------------------------------------------------------------
# Block model shared by the PDF and DOCX writers:
#   ("title", t) ("subtitle", t) ("h1", t) ("h2", t) ("p", t) ("small", t) ("center", t)
#   ("runin", title, text)  ("li", text)  ("ol", label, text)  ("table", rows, widths_cm)
#   ("sig", [left lines], [right lines])  ("pb",)  ("sp", points)  ("toc", [(entry, page), ...])
# Inline markup: **bold** and //italic//.
# --------------------------------------------------------------------------------------------

def _rl_inline(text):
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"//(.+?)//", r"<i>\1</i>", t)
    return t


def build_pdf(path, blocks, opts):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak)
    from reportlab.pdfgen import canvas as rl_canvas

    fam = opts.get("font", "Helvetica")
    regular, bold = {"Helvetica": ("Helvetica", "Helvetica-Bold"),
                     "Times": ("Times-Roman", "Times-Bold")}[fam]
    size = opts.get("size", 10)
    lead = size * 1.38
    align = TA_JUSTIFY if opts.get("justify") else TA_LEFT
    S = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=size + 9,
                                alignment=opts.get("title_align", TA_CENTER), spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", fontName=regular, fontSize=size + 1,
                                   leading=size + 5, alignment=opts.get("title_align", TA_CENTER),
                                   spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 1.5, leading=size + 5,
                             spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead, spaceBefore=6,
                             spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=regular, fontSize=size, leading=lead, spaceAfter=5,
                            alignment=align),
        "small": ParagraphStyle("small", fontName=regular, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.35, spaceAfter=4, alignment=align),
        "center": ParagraphStyle("center", fontName=regular, fontSize=size, leading=lead,
                                 alignment=TA_CENTER, spaceAfter=5),
        "li": ParagraphStyle("li", fontName=regular, fontSize=size, leading=lead, spaceAfter=2,
                             leftIndent=16, bulletIndent=5, alignment=align),
        "ol": ParagraphStyle("ol", fontName=regular, fontSize=size, leading=lead, spaceAfter=3,
                             leftIndent=22, bulletIndent=2, alignment=align),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=size - 1,
                               leading=(size - 1) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.3),
    }
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "subtitle", "h1", "h2", "p", "small", "center"):
            story.append(Paragraph(_rl_inline(b[1]), S[kind]))
        elif kind == "runin":
            story.append(Paragraph("<b>%s</b> %s" % (_rl_inline(b[1]), _rl_inline(b[2])), S["p"]))
        elif kind == "li":
            story.append(Paragraph(_rl_inline(b[1]), S["li"], bulletText="\u2022"))
        elif kind == "ol":
            story.append(Paragraph(_rl_inline(b[2]), S["ol"], bulletText=b[1]))
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(_rl_inline(c), S["cellb" if i == 0 else "cell"])
                             for c in row])
            t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            left = [Paragraph(_rl_inline(x), S["cell"]) for x in b[1]]
            right = [Paragraph(_rl_inline(x), S["cell"]) for x in b[2]]
            t = Table([[left, right]], colWidths=[8 * cm, 8 * cm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 10))
            story.append(t)
        elif kind == "toc":
            for entry, page in b[1]:
                story.append(Paragraph("%s ........ %s" % (_rl_inline(entry), page), S["p"]))
        else:
            raise ValueError(kind)

    header = opts.get("header")          # running header text (every page)
    footer = opts.get("footer")          # "n" -> page number; "nvan" -> pagina X van Y

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            rl_canvas.Canvas.__init__(self, *a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def _decorate(self, total):
            w, h = A4
            n = self._pageNumber
            self.saveState()
            self.setFont(regular, 8)
            if header:
                self.drawString(2.2 * cm, h - 1.3 * cm, header)
                self.setLineWidth(0.4)
                self.line(2.2 * cm, h - 1.45 * cm, w - 2.2 * cm, h - 1.45 * cm)
            if footer == "nvan":
                self.drawRightString(w - 2.2 * cm, 1.2 * cm, "pagina %d van %d" % (n, total))
            elif footer == "n":
                self.drawCentredString(w / 2, 1.2 * cm, "- %d -" % n)
            elif footer:
                self.drawString(2.2 * cm, 1.2 * cm, footer)
                self.drawRightString(w - 2.2 * cm, 1.2 * cm, str(n))
            self.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1,
                            leftMargin=opts.get("margin", 2.4) * cm,
                            rightMargin=opts.get("margin", 2.4) * cm,
                            topMargin=2.3 * cm, bottomMargin=2.2 * cm,
                            title=opts.get("doc_title", ""), author=opts.get("author", ""),
                            creator="", producer="")
    doc.build(story, canvasmaker=NumberedCanvas)


def _docx_runs(par, text, bold=False, size=None):
    from docx.shared import Pt
    parts = re.split(r"(\*\*.+?\*\*|//.+?//)", text)
    for part in parts:
        if not part:
            continue
        b, i = bold, False
        if part.startswith("**") and part.endswith("**"):
            part, b = part[2:-2], True
        elif part.startswith("//") and part.endswith("//"):
            part, i = part[2:-2], True
        r = par.add_run(part)
        r.bold = b or None
        r.italic = i or None
        if size:
            r.font.size = Pt(size)


def build_docx(path, blocks, opts):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(opts.get("size", 11))
    for hs in ("Heading 1", "Heading 2", "Title", "Subtitle"):
        d.styles[hs].font.name = opts.get("heading_font", opts.get("font", "Calibri"))
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)

    def add_field(par, instr, placeholder):
        r = par.add_run()
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._r.append(fc)
        r = par.add_run()
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
        r._r.append(it)
        r = par.add_run()
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r._r.append(fc)
        par.add_run(placeholder)
        r = par.add_run()
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._r.append(fc)

    if opts.get("footer_page"):
        sec.different_first_page_header_footer = bool(opts.get("cover"))
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if opts.get("footer_text"):
            fp.add_run(opts["footer_text"] + "  |  pagina ")
        add_field(fp, "PAGE", "1")
    if opts.get("header_text"):
        hp = sec.header.paragraphs[0]
        hp.add_run(opts["header_text"]).italic = True

    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph(style="Title"); _docx_runs(p, b[1])
        elif kind == "subtitle":
            p = d.add_paragraph(style="Subtitle"); _docx_runs(p, b[1])
        elif kind == "h1":
            p = d.add_heading(level=1); _docx_runs(p, b[1])
        elif kind == "h2":
            p = d.add_heading(level=2); _docx_runs(p, b[1])
        elif kind == "p":
            p = d.add_paragraph(); _docx_runs(p, b[1])
        elif kind == "small":
            p = d.add_paragraph(); _docx_runs(p, b[1], size=opts.get("size", 11) - 2)
        elif kind == "center":
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; _docx_runs(p, b[1])
        elif kind == "bigcenter":
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _docx_runs(p, b[1], bold=True, size=b[2] if len(b) > 2 else 20)
        elif kind == "runin":
            p = d.add_paragraph(); _docx_runs(p, "**%s** %s" % (b[1], b[2]))
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet"); _docx_runs(p, b[1])
        elif kind == "ol":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-0.7)
            _docx_runs(p, b[1] + "\t" + b[2])
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "pb":
            d.add_page_break()
        elif kind == "table":
            rows, widths = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(w)
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.width = Cm(widths[j])
                    _docx_runs(cell.paragraphs[0], c, bold=(i == 0))
            d.add_paragraph()
        elif kind == "sig":
            t = d.add_table(rows=1, cols=2)
            for j, lines in enumerate((b[1], b[2])):
                cell = t.cell(0, j)
                cell.paragraphs[0].add_run(lines[0])
                for ln in lines[1:]:
                    _docx_runs(cell.add_paragraph(), ln)
        elif kind == "toc":
            # A real TOC field whose cached result holds the entries (as Word stores it).
            entries = b[1]
            for k, (entry, page) in enumerate(entries):
                p = d.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT,
                                                          WD_TAB_LEADER.DOTS)
                if k == 0:
                    r = p.add_run()
                    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin")
                    r._r.append(fc)
                    r = p.add_run()
                    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
                    it.text = ' TOC \\o "1-1" \\z \\u '
                    r._r.append(it)
                    r = p.add_run()
                    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate")
                    r._r.append(fc)
                p.add_run(entry + "\t" + str(page))
                if k == len(entries) - 1:
                    r = p.add_run()
                    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end")
                    r._r.append(fc)
        else:
            raise ValueError(kind)

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
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# --------------------------------------------------------------------------------------------
# Text extraction for --check
# --------------------------------------------------------------------------------------------

def extract_text(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        return "\n".join(parts)
    if path.endswith(".docx"):
        import xml.etree.ElementTree as ET
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        lines = []
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag == W + "tab":
                    buf.append(" ")
            lines.append("".join(buf))
        return "\n".join(lines)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u2002", " ")
    return re.sub(r"\s+", " ", s).strip()


# ============================================================================================
# 397  PDF  numbered paragraphs with run-in titles; technical route with a regional
#           employers' association (Zeeuws-Vlaanderen, PIE kb -> Operator B niveau 3)
# ============================================================================================

@sample(397, "397_alineas_met_aanloopkop_procestechniek", "pdf",
        "PDF, elf genummerde alinea's die elk met een korte vetgedrukte aanloopkop beginnen, "
        "gewone taal; Zeeuws-Vlaanderen, PIE kader -> Operator B niveau 3 (Procestechniek) met een "
        "regionale werkgeversvereniging en een praktijkraad; volledig, geen overdracht van "
        "bekostiging, extra inspraak voor routeleerlingen in de studentenraad",
        st("p p p p p p p p p p"),
        {"a": "1. Waar het om gaat.", "b": "2. Wie meedoet uit de industrie.",
         "c": "3. Wie de route trekt.", "d": "4. Hoe de besturen op de hoogte blijven.",
         "e": "5. Hoe het onderwijs loopt.", "f": "6. Als het niet lukt.", "g": "7. Geld.",
         "h": "8. Inspraak.", "i": "9. Onenigheid.",
         "j": "10. Nieuwe partners, wijzigen en stoppen."},
        font="Times", size=11, justify=True, footer="n",
        doc_title="Samenwerkingsovereenkomst doorlopende leerroute Procestechniek Kanaalzone")
def s397():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Procestechniek Kanaalzone"),
        ("subtitle", "vmbo kaderberoepsgericht PIE \u2013 mbo Operator B (niveau 3)"),
        ("p", "**Partijen**"),
        ("ol", "1.", "Stichting voor Openbaar en Algemeen Bijzonder Voortgezet Onderwijs "
         "Zeeuws-Vlaanderen, gevestigd te Terneuzen, bevoegd gezag van het Reynaertcollege "
         "(vmbo), te dezen vertegenwoordigd door mevrouw drs. I.C. Verhaegen, voorzitter van het "
         "college van bestuur, hierna: de school;"),
        ("ol", "2.", "Stichting Regionaal Opleidingencentrum Westerschelde, gevestigd te "
         "Vlissingen, te dezen vertegenwoordigd door de heer ing. M.J. de Kraker, lid van het "
         "college van bestuur, hierna: het ROC."),
        ("p", "Beide besturen willen jongeren uit de Kanaalzone zonder knip tussen vmbo en mbo "
         "opleiden voor werk in de procesindustrie. De Werkgeverskring Kanaalzone, de vereniging "
         "van procesbedrijven langs het kanaal Gent-Terneuzen, heeft toegezegd daaraan mee te "
         "werken; wat zij doet, staat in alinea 2. De besturen spreken het volgende af."),
        ("runin", "1. Waar het om gaat.",
         "Vanaf het schooljaar 2025-2026 verzorgen de school en het ROC samen een doorlopende "
         "leerroute voor leerlingen van de kaderberoepsgerichte leerweg met het profiel "
         "Produceren, installeren en energie (PIE). De route loopt door in de mbo-opleiding "
         "Operator B, niveau 3, uit het opleidingsdomein Procestechniek, in de beroepsopleidende "
         "leerweg; in het laatste jaar kan een student naar de beroepsbegeleidende leerweg als "
         "een leerbedrijf daaraan meewerkt. De route begint in het derde leerjaar van het vmbo en "
         "duurt vijf jaar: twee jaar vo-fase op de school en drie jaar mbo-fase bij het ROC. De "
         "leerling haalt zijn vmbo-diploma aan het eind van het tweede routejaar en zijn "
         "mbo-diploma aan het eind van het vijfde."),
        ("runin", "2. Wie meedoet uit de industrie.",
         "De Werkgeverskring Kanaalzone wijst een praktijkraad aan van vier opleidingsadviseurs "
         "uit haar lidbedrijven. De praktijkraad zit twee keer per schooljaar met de routeleiding "
         "(alinea 3) aan tafel en adviseert dan over de inhoud van het programma en over de keuze "
         "van keuzedelen. Daarnaast zorgen de lidbedrijven voor: (a) een rondgang over een "
         "productielocatie voor iedere klas in elk semester van de vo-fase; (b) de storingsweek "
         "in het tweede routejaar, waarin operators van de bedrijven de leerlingen in het "
         "praktijkcentrum van het ROC begeleiden bij het opsporen en verhelpen van storingen; "
         "(c) ten minste twintig bpv-plaatsen per cohort bij erkende leerbedrijven in het derde "
         "tot en met het vijfde routejaar; (d) een beoordelaar uit het bedrijf bij iedere proeve "
         "van bekwaamheid die in de beroepspraktijk wordt afgenomen. De adviseur van SBB gaat "
         "vooraf na of de aangeboden plaatsen erkend zijn."),
        ("runin", "3. Wie de route trekt.",
         "De route heeft \u00e9\u00e9n leiding: het routeduo. Daarin zitten de afdelingsleider "
         "techniek van het Reynaertcollege en de teamleider Procestechniek van het ROC. Ieder "
         "bestuur wijst zijn eigen lid van het duo schriftelijk aan, nadat het andere bestuur is "
         "gehoord, en doet dat opnieuw zodra de functie een nieuwe bezetting krijgt. Het duo stelt "
         "elk jaar v\u00f3\u00f3r 1 juli het routeplan en de jaarroosters vast, verdeelt de lessen "
         "over de docenten die de besturen voor de route beschikbaar stellen, beslist aan het eind "
         "van het tweede leerjaar over de plaatsing van leerlingen in de route, onderhoudt het "
         "contact met de praktijkraad en neemt de besluiten over een overstap (alinea 6). Het duo "
         "mag uitgaven doen binnen het routebudget dat de besturen jaarlijks vaststellen. De "
         "aanstelling en het ontslag van personeel, uitgaven boven het budget en wijzigingen van "
         "deze overeenkomst blijven aan de besturen voorbehouden."),
        ("runin", "4. Hoe de besturen op de hoogte blijven.",
         "Het routeduo stuurt beide besturen elk jaar v\u00f3\u00f3r 1 november een verslag over "
         "het afgelopen schooljaar, met ten minste het aantal leerlingen dat instroomde, "
         "doorstroomde en uitviel, de examenresultaten vmbo en mbo, het aantal bpv-plaatsen en de "
         "besteding van het routebudget. In maart bespreekt het duo de stand van zaken in een "
         "voorjaarsoverleg met een lid van elk college van bestuur en legt het daar rekenschap af "
         "van de uitvoering van het routeplan. Dreigt er iets mis te gaan dat de route raakt, zoals "
         "een tekort aan bevoegde docenten of aan bpv-plaatsen, dan meldt het duo dat zonder "
         "uitstel aan beide besturen."),
        ("runin", "5. Hoe het onderwijs loopt.",
         "In de vo-fase krijgen de leerlingen les in het gebouw van het Reynaertcollege aan de "
         "Oostkolk in Terneuzen; \u00e9\u00e9n dag per week werken zij in de procestechniekhal van "
         "het ROC aan de Kanaalweg in Terneuzen. De mbo-fase vindt plaats in die hal en bij de "
         "leerbedrijven. Het programma en de examinering per leerjaar staan in een gezamenlijk "
         "PTA/OER, dat het routeduo elk jaar voorbereidt en dat beide besturen v\u00f3\u00f3r 1 "
         "oktober vaststellen; daarin staat ook welke onderdelen tot het vmbo, welke tot het mbo "
         "en welke tot beide behoren. Voor de route werkt \u00e9\u00e9n team van zes mensen: drie "
         "leraren van de school (techniek, Nederlands, wiskunde en natuurkunde) en drie docenten "
         "van het ROC (procestechniek, procesautomatisering en bpv-begeleiding). Iedereen blijft in "
         "dienst van zijn eigen werkgever. Voor het vakoverstijgende onderdeel Werken in de "
         "procesindustrie in de vo-fase zetten de besturen dit team in als team van leraren en "
         "docenten in de zin van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; ieder teamlid is "
         "bevoegd voor ten minste \u00e9\u00e9n onderdeel, en het PTA/OER vermeldt welk onderdeel "
         "het team verzorgt. De leerlingen gebruiken in de vo-fase de procestechniekhal, de "
         "proceskolom en de simulatorruimte van het ROC; de docenten van het ROC gebruiken voor de "
         "route de technieklokalen en de digitale leeromgeving van de school. Een klacht over "
         "iemand van de ene partij die bij de andere partij binnenkomt, wordt behandeld volgens de "
         "regeling van de partij waar zij binnenkomt; de andere partij werkt daaraan mee."),
        ("runin", "6. Als het niet lukt.",
         "Stopt een leerling in de vo-fase met de route, dan maakt hij de kaderberoepsgerichte "
         "leerweg PIE op de school gewoon af en doet hij het reguliere vmbo-examen; daarna kan hij "
         "zich aanmelden voor elke mbo-opleiding waartoe dat diploma toegang geeft. Heeft een "
         "leerling aan het eind van het derde routejaar zijn vmbo-diploma nog niet, dan kan hij "
         "het ontbrekende deel van het examen nog een jaar herkansen terwijl hij bij het ROC "
         "verder leert, of hij stapt zonder dat diploma over naar een andere opleiding van het ROC "
         "op niveau 2 of 3, bijvoorbeeld Operator C (niveau 2) of Monteur mechatronica (niveau 3); "
         "de eisen aan de vooropleiding gelden dan niet. Blijkt de procesindustrie niet bij de "
         "student te passen, dan zoeken school en ROC een opleiding op hetzelfde niveau in een "
         "andere richting, bij het ROC zelf of bij een andere mbo-school in de regio; die school "
         "kan de student na een geschiktheidsonderzoek toelaten. Welke weg het wordt, beslissen "
         "de afdelingsleider en de teamleider samen, na een gesprek met de leerling en zijn "
         "ouders, op grond van wat de leerling al heeft behaald en van zijn leeftijd. Zij leggen "
         "de uitkomst vast in een overstapplan; de mentor of studieloopbaanbegeleider blijft de "
         "leerling begeleiden tot hij op zijn nieuwe plek is begonnen. De schoolgids en de "
         "studiegids beschrijven deze werkwijze."),
        ("runin", "7. Geld.",
         "Geen van beide besturen draagt een deel van zijn rijksbijdrage over aan het andere. "
         "Ieder betaalt de salarissen van zijn eigen mensen en de materialen die het zelf "
         "aanschaft; het gebruik van elkaars lokalen wordt niet doorberekend."),
        ("runin", "8. Inspraak.",
         "De medezeggenschapsraad van het Reynaertcollege en de studentenraad van het ROC krijgen "
         "allebei het verslag van alinea 4. Eens per jaar, in het voorjaar, overleggen een "
         "afvaardiging van beide raden en het routeduo samen over de route. Leerlingen van het "
         "tweede routejaar mogen, hoewel zij nog bij de school staan ingeschreven, een "
         "vertegenwoordiger naar de studentenraad van het ROC sturen, die daar meepraat over alles "
         "wat de route raakt. Voordat een bestuur instemt met een wijziging van het routeplan die "
         "de leerlingen raakt, vraagt het zijn eigen raad om advies."),
        ("runin", "9. Onenigheid.",
         "Verschillen van inzicht over de uitvoering van deze afspraken probeert het routeduo "
         "eerst zelf op te lossen. Lukt dat niet binnen twee weken, dan legt ieder lid de kwestie "
         "voor aan zijn eigen bestuur en voeren de twee bestuurders binnen vier weken een gesprek. "
         "Zijn zij het daarna nog niet eens, dan schakelen zij samen een mediator in. Levert ook "
         "de mediation na drie maanden niets op, dan kan ieder bestuur de zaak voorleggen aan de "
         "rechtbank Zeeland-West-Brabant."),
        ("runin", "10. Nieuwe partners, wijzigen en stoppen.",
         "Een andere vmbo-school in Zeeuws-Vlaanderen met het profiel PIE, of een andere "
         "mbo-instelling, kan zich bij de route aansluiten als beide besturen daar schriftelijk "
         "mee instemmen en de nieuwkomer alle afspraken in dit stuk overneemt door een "
         "toetredingsverklaring te tekenen. Een aansluiting gaat pas in op 1 augustus, zodat een "
         "lopend schooljaar niet verandert, en de partijen melden haar samen bij DUO. Deze "
         "overeenkomst kan alleen schriftelijk worden veranderd, met de handtekening van beide "
         "besturen, nadat het routeduo advies heeft gegeven. Ieder bestuur kan de overeenkomst "
         "opzeggen met een brief aan het andere bestuur, met een termijn van ten minste twaalf "
         "maanden en alleen tegen 1 augustus. Komt een bestuur zijn afspraken ernstig en blijvend "
         "niet na, dan kan het andere de overeenkomst na een schriftelijke aanmaning ontbinden. "
         "Vanaf een opzegging of ontbinding nemen de partijen geen nieuwe leerlingen meer in de "
         "route op; wie er al in zit, maakt haar af volgens dit stuk en op dezelfde locaties. "
         "Lukt dat niet, bijvoorbeeld omdat een partij ophoudt te bestaan, dan zorgen de besturen "
         "er samen voor dat iedere leerling een plek krijgt volgens alinea 6."),
        ("runin", "11. Looptijd en melding.",
         "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. De besturen melden "
         "de route samen aan de minister via het Register Instellingen en Opleidingen (RIO)."),
        ("p", "Getekend in tweevoud te Terneuzen op 30 juni 2025."),
        ("sig", ["Voor de school", "", "drs. I.C. Verhaegen", "voorzitter college van bestuur"],
                ["Voor het ROC", "", "ing. M.J. de Kraker", "lid college van bestuur"]),
        ("small", "Voor gezien: Werkgeverskring Kanaalzone, mevrouw E. Dhondt, voorzitter."),
    ]


# ============================================================================================
# 398  DOCX  formal articles; the leiding is a 'kernteam' described in two places
#            (Twente, M&T basis -> Autotechnicus niveau 2)
# ============================================================================================

@sample(398, "398_kernteam_in_twee_artikelen_autotechniek", "docx",
        "DOCX, formele artikelen met leden; Twente, Mobiliteit en transport basis -> "
        "Autotechnicus niveau 2; de leiding (kernteam) staat verspreid over artikel 4 "
        "(samenstelling, taken) en artikel 10 (aanwijzing, mandaat); overdracht van bekostiging "
        "met bedrag en bestemming; bindend advies; volledig",
        st("p p p p p p p p p p"),
        {"a": "Artikel 2 De leerroute", "b": "Artikel 7 Werkgevers in de regio",
         "c": "Artikel 4 Het kernteam", "d": "Artikel 5 Informatie en rekenschap",
         "e": "Artikel 6 Personeel en voorzieningen", "f": "Artikel 8 Tussentijds uitstappen",
         "g": "Artikel 9 Middelen", "h": "Artikel 11 Medezeggenschap",
         "i": "Artikel 12 Geschillen", "j": "Artikel 13 Toetreding, wijziging en beëindiging"},
        font="Cambria", size=11, footer_page=True,
        footer_text="SOK DLR Autotechniek Twente",
        author="Bestuursbureau SCVO Noordoost-Twente",
        doc_title="Samenwerkingsovereenkomst doorlopende leerroute Autotechniek Twente")
def s398():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Autotechniek Twente"),
        ("p", "**De ondergetekenden:**"),
        ("ol", "1.", "de Stichting Christelijk Voortgezet Onderwijs Noordoost-Twente, statutair "
         "gevestigd te Almelo, bevoegd gezag van Het Esrein vmbo te Almelo, ingeschreven in het "
         "handelsregister onder nummer 41023876, rechtsgeldig vertegenwoordigd door de heer "
         "J.H. Oude Egberink, voorzitter van het college van bestuur, hierna te noemen: "
         "\u2018Het Esrein\u2019;"),
        ("ol", "2.", "de Stichting Twents Beroepsonderwijs, statutair gevestigd te Hengelo, "
         "bevoegd gezag van het Twents Vakcollege, regionaal opleidingencentrum, ingeschreven in "
         "het handelsregister onder nummer 41029911, rechtsgeldig vertegenwoordigd door mevrouw "
         "A.M. Kamphuis-ter Braak, voorzitter van het college van bestuur, hierna te noemen: "
         "\u2018het Vakcollege\u2019;"),
        ("p", "hierna gezamenlijk te noemen: \u2018partijen\u2019;"),
        ("p", "**in aanmerking nemende dat:**"),
        ("ol", "a.", "partijen sinds 2018 samenwerken in een vakmanschapsroute voor de "
         "motorvoertuigentechniek en die samenwerking willen voortzetten als doorlopende "
         "leerroute in de zin van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;"),
        ("ol", "b.", "de autobranche in Twente al jaren te weinig jonge monteurs kan vinden;"),
        ("ol", "c.", "partijen de vo-fase en de mbo-fase als \u00e9\u00e9n samenhangend programma "
         "willen aanbieden, zonder overlap en met vroege kennismaking met de werkplaats;"),
        ("p", "**komen overeen als volgt:**"),

        ("h1", "Artikel 1 Begrippen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("ol", "a.", "route: de doorlopende leerroute bedoeld in artikel 2;"),
        ("ol", "b.", "vo-fase: de eerste twee routejaren, waarin de deelnemer leerling is van "
         "Het Esrein;"),
        ("ol", "c.", "mbo-fase: het derde en vierde routejaar, waarin de deelnemer student is van "
         "het Vakcollege;"),
        ("ol", "d.", "kernteam: het team bedoeld in artikel 4;"),
        ("ol", "e.", "routeplan: het jaarlijkse plan voor de uitvoering van de route, met het "
         "gezamenlijke PTA/OER als onderdeel."),

        ("h1", "Artikel 2 De leerroute"),
        ("ol", "1.", "Partijen verzorgen samen een doorlopende leerroute die begint in het derde "
         "leerjaar van de basisberoepsgerichte leerweg, profiel Mobiliteit en transport, van "
         "Het Esrein en leidt tot het diploma van de basisberoepsopleiding Autotechnicus "
         "(niveau 2) in het opleidingsdomein Mobiliteit en voertuigen van het Vakcollege, in de "
         "beroepsopleidende leerweg."),
        ("ol", "2.", "De route duurt vier jaar. Het vmbo-examen wordt afgerond in het tweede "
         "routejaar; het mbo-diploma wordt behaald aan het eind van het vierde routejaar."),
        ("ol", "3.", "Tot de route worden leerlingen toegelaten die aan het eind van het tweede "
         "leerjaar voor het profiel Mobiliteit en transport kiezen en na een kennismakingsgesprek "
         "een positief advies van de mentor hebben."),

        ("h1", "Artikel 3 Onderwijs, examens en locatie"),
        ("ol", "1.", "Partijen beschrijven het onderwijsprogramma, de examinering en de "
         "beroepspraktijkvorming per routejaar in het gezamenlijke PTA/OER. Daarin is per "
         "onderdeel aangegeven of het een vo-onderdeel, een mbo-onderdeel of een gecombineerd "
         "onderdeel is, en welke onderdelen door een team van leraren en docenten worden verzorgd."),
        ("ol", "2.", "De vo-fase wordt gegeven op de locatie van Het Esrein aan de "
         "Wierdensestraat te Almelo en op twee middagen per week in het Mobiliteitscentrum van "
         "het Vakcollege aan de Twentepoort te Hengelo. De mbo-fase wordt gegeven in het "
         "Mobiliteitscentrum en bij de leerbedrijven."),
        ("ol", "3.", "Vanaf het eerste routejaar kunnen mbo-onderdelen worden geëxamineerd. Het "
         "Vakcollege blijft verantwoordelijk voor de mbo-examinering, Het Esrein voor de "
         "vmbo-examinering, ook als de deelnemer al student is van het Vakcollege."),

        ("h1", "Artikel 4 Het kernteam"),
        ("ol", "1.", "De route wordt geleid door een kernteam van vier personen:"),
        ("li", "de teamleider basisberoepsgerichte leerweg van Het Esrein (voorzitter in de "
         "oneven schooljaren);"),
        ("li", "de opleidingsmanager Mobiliteit van het Vakcollege (voorzitter in de even "
         "schooljaren);"),
        ("li", "een leraar Mobiliteit en transport van Het Esrein;"),
        ("li", "een praktijkinstructeur autotechniek van het Vakcollege."),
        ("ol", "2.", "Het kernteam is belast met de dagelijkse gang van zaken in de route: het "
         "opstellen van het routeplan, het rooster en de verdeling van de lessen, de toelating "
         "tot de route, het contact met de leerbedrijven en de begeleiding van deelnemers die "
         "willen uitstappen."),
        ("ol", "3.", "Hoe de leden van het kernteam worden aangewezen en welke beslissingen het "
         "kernteam zelfstandig mag nemen, is geregeld in artikel 10."),

        ("h1", "Artikel 5 Informatie en rekenschap"),
        ("ol", "1.", "Het kernteam zendt de colleges van bestuur van beide partijen twee keer per "
         "jaar een routerapportage: v\u00f3\u00f3r 15 februari over de eerste helft van het "
         "schooljaar en v\u00f3\u00f3r 15 september over het hele schooljaar. De rapportage "
         "vermeldt in ieder geval in-, door- en uitstroom per cohort, examenresultaten, "
         "ziekteverzuim en bezetting van het team, het aantal bpv-plaatsen en de uitgaven tegen "
         "het routebudget."),
        ("ol", "2.", "Jaarlijks in oktober bespreken de voorzitters van beide colleges van bestuur "
         "de septemberrapportage met het kernteam; het kernteam legt dan verantwoording af over "
         "het afgelopen jaar en legt het routeplan voor het volgende jaar ter goedkeuring voor."),
        ("ol", "3.", "Het kernteam informeert beide colleges onverwijld over zaken die de "
         "continuïteit van de route in gevaar brengen."),

        ("h1", "Artikel 6 Personeel en voorzieningen"),
        ("ol", "1.", "Het Esrein stelt voor de route ten minste 1,4 fte aan leraren beschikbaar, "
         "het Vakcollege ten minste 1,0 fte aan docenten en instructeurs. De leraren en docenten "
         "blijven in dienst van hun eigen werkgever; zij werken in de route samen als "
         "\u00e9\u00e9n docententeam."),
        ("ol", "2.", "Partijen maken voor de vakoverstijgende onderdelen Onderhoud en "
         "diagnose in de vo-fase gebruik van de teambevoegdheid (artikel 7.13a WVO 2020 en "
         "artikel 9.1.12 WEB). Elk teamlid is bevoegd of bekwaam voor ten minste \u00e9\u00e9n "
         "programmaonderdeel en is verantwoordelijk voor het onderdeel waarvoor hij bevoegd is."),
        ("ol", "3.", "Het Vakcollege stelt in de vo-fase twee middagen per week de werkplaats, "
         "de hefbruggen, de diagnoseapparatuur en de oefenvoertuigen van het Mobiliteitscentrum "
         "beschikbaar. Het Esrein stelt zijn praktijklokaal Mobiliteit en transport en zijn "
         "ICT-voorzieningen open voor docenten van het Vakcollege die in de route lesgeven."),
        ("ol", "4.", "Klachten over gedragingen van personeel van de ene partij die bij de andere "
         "partij worden ingediend, worden behandeld door de klachtencommissie van de partij waar "
         "de klacht is ingediend; de andere partij verleent haar medewerking."),

        ("h1", "Artikel 7 Werkgevers in de regio"),
        ("ol", "1.", "Partijen betrekken de autobranche in Twente via het Mobiliteitsplatform "
         "Twente, waarin de BOVAG-bedrijven uit de regio samenwerken. Het platform heeft "
         "toegezegd:"),
        ("li", "per schooljaar ten minste vier gastlessen te verzorgen in de vo-fase;"),
        ("li", "in het tweede routejaar voor iedere leerling een snuffelstage van vijf dagen "
         "te regelen bij een aangesloten garage;"),
        ("li", "in de mbo-fase bpv-plaatsen aan te bieden bij erkende leerbedrijven, waaronder "
         "Autobedrijf Nijhuis in Almelo, Garage Lohuis in Borne en Stegeman Bedrijfswagens in "
         "Hengelo;"),
        ("li", "twee praktijkopleiders af te vaardigen die meebeoordelen bij de proeven van "
         "bekwaamheid."),
        ("ol", "2.", "Het kernteam legt het concept-routeplan ieder voorjaar voor advies voor aan "
         "het platform."),

        ("h1", "Artikel 8 Tussentijds uitstappen"),
        ("ol", "1.", "Een deelnemer die de route niet afmaakt, krijgt van partijen een passend "
         "vervolg op weg naar een diploma."),
        ("ol", "2.", "In de vo-fase gaat hij verder in de reguliere basisberoepsgerichte leerweg "
         "van Het Esrein, in hetzelfde of een ander profiel, en doet hij daar eindexamen."),
        ("ol", "3.", "Is het vmbo-diploma aan het eind van het derde routejaar niet behaald, dan "
         "kan de deelnemer zonder dat diploma een andere basisberoepsopleiding van het Vakcollege "
         "volgen, zoals Fietstechnicus (niveau 2), of het ontbrekende vmbo-deel herkansen; de "
         "vooropleidingseisen zijn dan niet van toepassing."),
        ("ol", "4.", "Wil de deelnemer een andere richting of verhuist hij, dan zoeken partijen "
         "een opleiding op hetzelfde niveau bij het Vakcollege of bij een andere instelling in "
         "de regio."),
        ("ol", "5.", "Over het vervolg beslissen partijen gezamenlijk: de teamleider van "
         "Het Esrein en de opleidingsmanager van het Vakcollege stellen, na overleg met de "
         "deelnemer en zijn ouders, vast welke opleiding past bij het bereikte onderwijsniveau en "
         "de leeftijd van de deelnemer."),

        ("h1", "Artikel 9 Middelen"),
        ("ol", "1.", "Met toepassing van artikel 5.42a WVO 2020 draagt Het Esrein voor iedere "
         "leerling in de vo-fase per schooljaar \u20ac 1.150 van zijn bekostiging over aan het "
         "Vakcollege. Het aantal leerlingen op 1 oktober is bepalend."),
        ("ol", "2.", "Het overgedragen bedrag is bestemd voor de inzet van docenten en "
         "instructeurs van het Vakcollege in de vo-fase en voor het gebruik van het "
         "Mobiliteitscentrum, inclusief verbruiksmaterialen."),
        ("ol", "3.", "Het Vakcollege factureert in twee termijnen, op 1 december en 1 april. "
         "Overigens draagt ieder zijn eigen kosten."),

        ("h1", "Artikel 10 Mandaat en aanwijzing"),
        ("ol", "1.", "De leden van het kernteam worden voor drie schooljaren aangewezen: de leden "
         "uit Het Esrein door het college van bestuur van Het Esrein, de leden uit het "
         "Vakcollege door het college van bestuur van het Vakcollege. Een aanwijzing geschiedt "
         "na overleg met het andere college en kan worden herhaald."),
        ("ol", "2.", "De colleges van bestuur dragen het kernteam op, en verlenen het daartoe "
         "mandaat, om: het routeplan vast te stellen binnen het goedgekeurde budget; de lessen "
         "te verdelen over het docententeam; te beslissen over de toelating van leerlingen tot "
         "de route; overeenkomsten met leerbedrijven aan te gaan namens partijen; en te beslissen "
         "over het vervolg van een uitstappende deelnemer als bedoeld in artikel 8."),
        ("ol", "3.", "Het kernteam heeft geen bevoegdheid tot het aangaan van "
         "arbeidsovereenkomsten, tot uitgaven buiten het budget of tot het wijzigen van deze "
         "overeenkomst."),

        ("h1", "Artikel 11 Medezeggenschap"),
        ("ol", "1.", "De medezeggenschapsraad van Het Esrein en de studentenraad van het "
         "Vakcollege wijzen elk twee leden aan voor een routeberaad. Het routeberaad vergadert "
         "twee keer per jaar met het kernteam en kan beide colleges van bestuur gevraagd en "
         "ongevraagd adviseren over de route."),
        ("ol", "2.", "Een voorgenomen besluit over de inrichting van de route dat zowel de vo-fase "
         "als de mbo-fase raakt, leggen partijen voor aan zowel de medezeggenschapsraad als de "
         "studentenraad."),

        ("h1", "Artikel 12 Geschillen"),
        ("ol", "1.", "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt "
         "eerst besproken in een bestuurlijk overleg van beide voorzitters, binnen dertig dagen "
         "nadat een partij het schriftelijk heeft aangekaart."),
        ("ol", "2.", "Wordt het geschil niet binnen dertig dagen na dat overleg bijgelegd, dan "
         "wordt het ter beslechting bij wege van bindend advies voorgelegd aan een commissie van "
         "drie personen. Iedere partij wijst \u00e9\u00e9n lid aan; die twee leden kiezen samen "
         "een voorzitter die jurist is. De commissie doet uitspraak binnen acht weken. De kosten "
         "worden gelijk gedeeld."),

        ("h1", "Artikel 13 Toetreding, wijziging en be\u00ebindiging"),
        ("ol", "1.", "Een andere school voor vbo of een andere instelling kan partij worden als "
         "beide partijen schriftelijk instemmen en de nieuwe partij deze overeenkomst door "
         "ondertekening van een toetredingsakte aanvaardt. Toetreding gaat in bij het begin van "
         "een schooljaar en wordt gezamenlijk gemeld bij DUO."),
        ("ol", "2.", "Wijzigingen gelden alleen als zij schriftelijk zijn vastgelegd en door beide "
         "colleges van bestuur zijn ondertekend; wijzigingen die het programma raken, gaan in bij "
         "het begin van een schooljaar."),
        ("ol", "3.", "Iedere partij kan de overeenkomst schriftelijk opzeggen tegen het einde van "
         "een schooljaar, met een opzegtermijn van een jaar. Bij ernstige tekortkomingen kan de "
         "overeenkomst worden ontbonden na een ingebrekestelling met een hersteltermijn van "
         "drie maanden."),
        ("ol", "4.", "Bij toetreding, wijziging, opzegging en ontbinding zorgen partijen ervoor "
         "dat deelnemers die al in de route zijn begonnen, de route kunnen afmaken onder de "
         "voorwaarden waaronder zij zijn gestart. Na opzegging stroomt er geen nieuw cohort meer "
         "in."),

        ("h1", "Artikel 14 Slotbepalingen"),
        ("ol", "1.", "Partijen melden de route gezamenlijk bij de minister van OCW via RIO."),
        ("ol", "2.", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor "
         "onbepaalde tijd. Zij vervangt de overeenkomst vakmanschapsroute van 4 juli 2018."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Almelo op 30 juni 2025."),
        ("sig", ["Stichting Christelijk Voortgezet Onderwijs Noordoost-Twente", "",
                 "J.H. Oude Egberink", "voorzitter college van bestuur"],
                ["Stichting Twents Beroepsonderwijs", "",
                 "A.M. Kamphuis-ter Braak", "voorzitter college van bestuur"]),
    ]


# ============================================================================================
# 399  PDF  long, running header and 'pagina X van Y'; West-Brabant, E&O gemengde leerweg ->
#           Bedrijfsadministrateur niveau 4.  Defects: g transfer without omvang (weak),
#           j without any toetreding (weak).
# ============================================================================================

H399 = ("SOK doorlopende leerroute E&O \u2013 Bedrijfsadministrateur  |  "
        "Markiezaat College / ROC Baronie-Markiezaat  |  versie 1.0")


@sample(399, "399_loopkop_paginanummers_lang_administratie", "pdf",
        "PDF, lange artikelsgewijze overeenkomst met lopende kop en 'pagina X van Y', "
        "begripsbepalingen en twee bijlagen; West-Brabant, Economie en ondernemen gemengde "
        "leerweg -> Bedrijfsadministrateur niveau 4; defecten: overdracht van bekostiging met "
        "bestemming maar zonder omvang (jaarlijks in de begroting bepaald), en het artikel over "
        "duur, wijziging en beëindiging regelt geen toetreding",
        st("p p p p p p w p p w"),
        {"a": "Artikel 3 De route", "b": "Artikel 8 Betrokkenheid van het werkveld",
         "c": "Artikel 6 Stuurgroep", "d": "Artikel 7 Rapportage en verantwoording",
         "e": "Artikel 5 Inrichting van de route", "f": "Artikel 9 Overstapmogelijkheden",
         "h": "Artikel 11 Medezeggenschap", "i": "Artikel 15 Geschillen"},
        font="Helvetica", size=9.5, justify=True, header=H399, footer="nvan", margin=2.2,
        doc_title="Samenwerkingsovereenkomst doorlopende leerroute Economie en ondernemen - "
                  "Bedrijfsadministrateur")
def s399():
    B = []
    B += [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("subtitle", "Economie en ondernemen (gemengde leerweg) \u2013 Bedrijfsadministrateur "
         "(mbo niveau 4)"),
        ("p", "**Partijen**"),
        ("ol", "1.", "Stichting Katholiek Voortgezet Onderwijs West-Brabant, statutair gevestigd "
         "te Bergen op Zoom, bevoegd gezag van het Markiezaat College, school voor mavo en vbo, "
         "met brinnummer 17XK, ingeschreven in het handelsregister onder nummer 20114578, bij "
         "dit besluit rechtsgeldig vertegenwoordigd door de heer drs. P.A.M. Goossens, "
         "voorzitter van het college van bestuur, hierna te noemen: \u2018de school\u2019;"),
        ("ol", "2.", "Stichting Regionaal Opleidingencentrum Baronie-Markiezaat, statutair "
         "gevestigd te Breda, met brinnummer 25QT, ingeschreven in het handelsregister onder "
         "nummer 20117302, bij dit besluit rechtsgeldig vertegenwoordigd door mevrouw "
         "mr. C.J. van Dongen-Adriaansen, voorzitter van het college van bestuur, hierna te "
         "noemen: \u2018het ROC\u2019;"),
        ("p", "hierna gezamenlijk ook te noemen: \u2018partijen\u2019 en ieder afzonderlijk: "
         "\u2018partij\u2019."),
        ("p", "**Overwegende dat:**"),
        ("ol", "A.", "de school in Bergen op Zoom de gemengde leerweg aanbiedt met onder meer het "
         "profiel Economie en ondernemen, en het ROC op zijn locatie Bergen op Zoom de opleiding "
         "Bedrijfsadministrateur verzorgt;"),
        ("ol", "B.", "partijen sinds het schooljaar 2021-2022 ervaring hebben opgedaan met een "
         "pilot \u2018Versneld naar de administratie\u2019 waarin leerlingen van de school "
         "mbo-onderdelen volgden;"),
        ("ol", "C.", "uit de evaluatie van die pilot blijkt dat de leerlingen baat hebben bij "
         "\u00e9\u00e9n doorlopend programma zonder overlap en met een vroege kennismaking met "
         "de beroepspraktijk, en dat het regionale bedrijfsleven behoefte heeft aan goed "
         "opgeleide administratieve krachten;"),
        ("ol", "D.", "de Wet voortgezet onderwijs 2020 en de Wet educatie en beroepsonderwijs "
         "partijen in staat stellen samen een doorlopende leerroute vmbo-mbo te verzorgen op "
         "grond van een samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en "
         "artikel 9.1.3 WEB;"),
        ("ol", "E.", "partijen de voorgenomen samenwerking ter advisering hebben voorgelegd aan "
         "de medezeggenschapsraad van de school en aan de studentenraad en de "
         "ondernemingsraad van het ROC, die positief hebben geadviseerd;"),
        ("p", "**verklaren te zijn overeengekomen als volgt:**"),

        ("h1", "Artikel 1 Begripsbepalingen"),
        ("p", "In deze overeenkomst en de daarbij behorende bijlagen wordt verstaan onder:"),
        ("ol", "a.", "**route**: de doorlopende leerroute vmbo-mbo bedoeld in artikel 3;"),
        ("ol", "b.", "**routejaar**: een jaar van de route, te rekenen vanaf het derde leerjaar "
         "van de gemengde leerweg;"),
        ("ol", "c.", "**vo-fase**: routejaar 1 en 2, waarin de deelnemer als leerling is "
         "ingeschreven bij de school;"),
        ("ol", "d.", "**mbo-fase**: routejaar 3 en volgende, waarin de deelnemer als student is "
         "ingeschreven bij het ROC;"),
        ("ol", "e.", "**deelnemer**: een leerling of student die aan de route deelneemt;"),
        ("ol", "f.", "**stuurgroep**: de stuurgroep bedoeld in artikel 6;"),
        ("ol", "g.", "**routeteam**: het team van leraren en docenten dat het onderwijs in de "
         "route verzorgt;"),
        ("ol", "h.", "**PTA/OER**: het gezamenlijke programma van toetsing en afsluiting en "
         "de onderwijs- en examenregeling van de route;"),
        ("ol", "i.", "**werkveld**: de bedrijven en organisaties bedoeld in artikel 8;"),
        ("ol", "j.", "**schooljaar**: de periode van 1 augustus tot en met 31 juli;"),
        ("ol", "k.", "**besturen**: de colleges van bestuur van partijen."),

        ("h1", "Artikel 2 Onderwerp en doel"),
        ("ol", "2.1", "Deze overeenkomst regelt de samenwerking van partijen bij het gezamenlijk "
         "verzorgen van de route, alsmede de rechten en verplichtingen van partijen over en "
         "weer."),
        ("ol", "2.2", "Doel van de route is dat deelnemers in een ononderbroken leerweg zowel het "
         "diploma van de gemengde leerweg als het mbo-diploma Bedrijfsadministrateur behalen, in "
         "een kortere tijd dan bij een reguliere doorstroom en met een programma dat aansluit op "
         "de vraag van de administratieve beroepspraktijk in West-Brabant."),
        ("ol", "2.3", "Partijen verzorgen de route in gezamenlijkheid. Ieder van hen blijft "
         "verantwoordelijk voor de onderdelen die de wet aan hem toekent: de school voor het "
         "vmbo-deel, de vmbo-examinering en de diplomering daarvan, ook nadat een deelnemer "
         "student van het ROC is geworden; het ROC voor het mbo-deel, de beroepspraktijkvorming "
         "en de mbo-examinering en diplomering."),
    ]
    B += [
        ("h1", "Artikel 3 De route"),
        ("ol", "3.1", "De route wordt aangeboden aan leerlingen van de gemengde leerweg met het "
         "profiel Economie en ondernemen van de school."),
        ("ol", "3.2", "De route leidt naar de middenkaderopleiding Bedrijfsadministrateur "
         "(niveau 4), behorend tot het kwalificatiedossier Financieel-administratieve beroepen "
         "in het opleidingsdomein Economie en administratie, in de beroepsopleidende leerweg."),
        ("ol", "3.3", "De route omvat vijf routejaren: routejaar 1 en 2 in de vo-fase en "
         "routejaar 3 tot en met 5 in de mbo-fase. Het centraal examen van de gemengde leerweg "
         "wordt afgelegd aan het eind van routejaar 2; door het wegnemen van overlap is de "
         "mbo-fase met een half jaar verkort ten opzichte van de reguliere opleiding, zodat het "
         "mbo-diploma in de regel in januari van routejaar 5 wordt behaald."),
        ("ol", "3.4", "De keuzedelen in de route zijn in ieder geval Ondernemend gedrag en "
         "Excel voor gevorderden; de overige keuzedelen worden jaarlijks in het PTA/OER "
         "vastgelegd."),

        ("h1", "Artikel 4 Toelating en plaatsing"),
        ("ol", "4.1", "Leerlingen melden zich in het tweede leerjaar aan voor de route. De "
         "school organiseert in februari een voorlichtingsavond met het ROC."),
        ("ol", "4.2", "Plaatsing vindt plaats op grond van het advies van het mentoraat, de "
         "motivatie van de leerling en een oriënterend gesprek met een docent van het ROC. Er "
         "geldt geen numerus fixus; bij meer dan 32 aanmeldingen wordt een tweede groep "
         "gevormd."),
        ("ol", "4.3", "De overgang van de vo-fase naar de mbo-fase vindt plaats na het behalen "
         "van het vmbo-diploma; de deelnemer wordt dan ingeschreven bij het ROC en uitgeschreven "
         "bij de school, met inachtneming van de regels die DUO daarvoor stelt."),

        ("h1", "Artikel 5 Inrichting van de route"),
        ("h2", "5.1 Onderwijsprogramma en examinering"),
        ("p", "Partijen beschrijven voor de gehele route het onderwijsprogramma, de examinering "
         "per leerjaar en de beroepspraktijkvorming per leerjaar in het PTA/OER. Het PTA/OER "
         "vermeldt per onderdeel of het een vo-onderdeel, een mbo-onderdeel of een gecombineerd "
         "onderdeel betreft en welke onderdelen vakoverstijgend zijn. Het PTA/OER wordt jaarlijks "
         "v\u00f3\u00f3r 1 oktober door de besturen vastgesteld, na voorbereiding door de "
         "stuurgroep en na advies van de examencommissies van beide partijen. Bijlage 1 geeft "
         "het routeschema op hoofdlijnen."),
        ("h2", "5.2 Locaties en voorzieningen"),
        ("p", "De vo-fase vindt plaats in het gebouw van de school aan de Zoomweg te Bergen op "
         "Zoom; op donderdag volgen de deelnemers les op de locatie Bergen op Zoom van het ROC "
         "aan de Bredasestraat. De mbo-fase vindt plaats op die locatie van het ROC en bij "
         "erkende leerbedrijven. Het ROC stelt zijn leeromgeving \u2018Het Kantoor\u2019, een "
         "gesimuleerd administratiekantoor met boekhoudpakketten en werkplekken, op donderdag "
         "beschikbaar voor de deelnemers in de vo-fase. De school stelt haar mediatheek, "
         "examenruimte en de werkplekken van het profiel Economie en ondernemen beschikbaar "
         "voor activiteiten van het routeteam. Ieder van partijen draagt zorg voor de "
         "licenties die voor de eigen voorzieningen nodig zijn."),
        ("h2", "5.3 Inzet van personeel en teambevoegdheid"),
        ("p", "Het routeteam bestaat uit leraren van de school en docenten van het ROC. De school "
         "zet in de vo-fase ten minste de leraren economie, Nederlands, Engels en rekenen/"
         "wiskunde in; het ROC zet een docent bedrijfsadministratie en een docent "
         "loopbaanbegeleiding in die in de vo-fase samen ten minste acht lesuren per week "
         "verzorgen. Partijen maken voor het vakoverstijgende programmaonderdeel Administratieve "
         "processen in de vo-fase gebruik van de mogelijkheid van een team van leraren en "
         "docenten als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Ieder teamlid "
         "is bevoegd voor ten minste \u00e9\u00e9n vak of programmaonderdeel en is "
         "verantwoordelijk voor het onderdeel waarvoor hij bevoegd is; het PTA/OER vermeldt in "
         "welke onderdelen het team wordt ingezet. Personeelsleden blijven in dienst van hun "
         "eigen werkgever; de werkgever draagt zorg voor scholing en voor de inroostering in "
         "overleg met de stuurgroep. Partijen houden jaarlijks ten minste \u00e9\u00e9n "
         "gezamenlijke studiedag voor het routeteam."),
        ("h2", "5.4 Inschrijving en administratie"),
        ("p", "De school houdt de leerlingenadministratie bij in de vo-fase, het ROC in de "
         "mbo-fase. Partijen wisselen de gegevens die voor de uitvoering van de route nodig "
         "zijn uit met inachtneming van artikel 12."),
        ("h2", "5.5 Verzuim"),
        ("p", "In de vo-fase meldt de school verzuim, ook verzuim op de lesdag bij het ROC; het "
         "ROC geeft afwezigheid op die dag dezelfde dag aan de school door. In de mbo-fase "
         "meldt het ROC."),
        ("h2", "5.6 Begeleiding en ondersteuning"),
        ("p", "Iedere deelnemer heeft in de vo-fase een mentor van de school en vanaf routejaar "
         "2 daarnaast een studieloopbaanbegeleider van het ROC. Een deelnemer die extra "
         "ondersteuning nodig heeft, krijgt die volgens het ondersteuningsprofiel van de partij "
         "waar hij staat ingeschreven; bij de overgang naar de mbo-fase zorgen partijen voor "
         "een warme overdracht van het ontwikkelingsperspectief of de ondersteuningsafspraken."),
        ("h2", "5.7 Klachten"),
        ("p", "De klachtenregeling van de school is mede van toepassing op gedragingen van "
         "medewerkers van het ROC in de vo-fase, en de klachtenregeling van het ROC op "
         "gedragingen van medewerkers van de school in de mbo-fase. De voorzitter van een "
         "klachtencommissie die een zodanige klacht behandelt, is niet werkzaam bij of voor het "
         "bestuur van de andere partij."),
    ]
    B += [
        ("h1", "Artikel 6 Stuurgroep"),
        ("ol", "6.1", "Partijen stellen voor de route een stuurgroep in. De stuurgroep bestaat "
         "uit de directeur vmbo van de school, de directeur van het cluster Economie van het "
         "ROC, de afdelingsleider gemengde leerweg van de school en de opleidingsmanager "
         "Financieel-administratieve beroepen van het ROC. Een beleidsmedewerker van het ROC "
         "voert het secretariaat."),
        ("ol", "6.2", "Het college van bestuur van de school benoemt de leden van de school, het "
         "college van bestuur van het ROC de leden van het ROC, telkens voor een periode van "
         "vier jaar met de mogelijkheid van herbenoeming. Het bestuur dat een lid benoemt, kan "
         "dat lid ook ontslaan; het informeert het andere bestuur vooraf."),
        ("ol", "6.3", "De besturen dragen aan de stuurgroep de volgende taken op: het opstellen "
         "van het jaarplan en de routebegroting; de voorbereiding van het PTA/OER; de "
         "plaatsing van leerlingen in de route; de inzet van het routeteam in overleg met de "
         "werkgevers; het onderhouden van de contacten met het werkveld; het nemen van "
         "besluiten in het kader van de overstap (artikel 9); en de kwaliteitszorg van de "
         "route (artikel 13)."),
        ("ol", "6.4", "De stuurgroep is bevoegd binnen het door de besturen vastgestelde jaarplan "
         "en de routebegroting zelfstandig besluiten te nemen en verplichtingen aan te gaan tot "
         "een bedrag van \u20ac 10.000 per geval. Besluiten over de vaststelling van het "
         "PTA/OER, het personeelsbeleid en de rechtspositie van personeel, investeringen en "
         "wijziging van deze overeenkomst zijn voorbehouden aan de besturen."),
        ("ol", "6.5", "De stuurgroep vergadert ten minste zes keer per schooljaar en besluit bij "
         "consensus. Lukt dat niet, dan legt zij het punt voor aan de besturen."),

        ("h1", "Artikel 7 Rapportage en verantwoording"),
        ("ol", "7.1", "De stuurgroep verschaft beide besturen de inlichtingen die zij voor de "
         "uitoefening van hun taak nodig hebben, gevraagd en ongevraagd."),
        ("ol", "7.2", "De stuurgroep brengt jaarlijks v\u00f3\u00f3r 1 december een "
         "jaarrapportage uit aan beide besturen over het afgelopen schooljaar. De rapportage "
         "bevat in ieder geval de in-, door- en uitstroom per cohort, de examenresultaten in "
         "vo-fase en mbo-fase, het aantal overstappers en hun bestemming, de resultaten van "
         "tevredenheidsmetingen onder deelnemers en leerbedrijven, en de realisatie van de "
         "routebegroting."),
        ("ol", "7.3", "Daarnaast brengt de stuurgroep in mei een beknopte tussenrapportage uit "
         "met de stand van zaken en de plannen voor het volgende schooljaar."),
        ("ol", "7.4", "De jaarrapportage wordt besproken in het bestuurlijk overleg dat partijen "
         "jaarlijks in december houden en waarin de stuurgroep verantwoording aflegt over het "
         "gevoerde beleid. De besturen verlenen de stuurgroep in dat overleg decharge voor het "
         "afgelopen schooljaar."),

        ("h1", "Artikel 8 Betrokkenheid van het werkveld"),
        ("ol", "8.1", "Partijen betrekken het werkveld bij de invulling van de route via het "
         "Platform Financi\u00eble Beroepen West-Brabant, een netwerk van administratie- en "
         "accountantskantoren en financi\u00eble afdelingen van bedrijven in de regio, "
         "waarvan onder meer Administratiekantoor Van Loon & Rijnders, Accountancy Zoomstede "
         "en de financi\u00eble administratie van de Wouwse Zoetwarenfabriek deel uitmaken."),
        ("ol", "8.2", "Het werkveld levert een bijdrage aan de route door:"),
        ("li", "het jaarlijks aanleveren van ten minste drie praktijkopdrachten op basis van "
         "echte (geanonimiseerde) administraties voor de vo-fase;"),
        ("li", "het ontvangen van deelnemers voor een meeloopdag in routejaar 2;"),
        ("li", "het aanbieden van bpv-plaatsen bij erkende leerbedrijven in de mbo-fase;"),
        ("li", "het leveren van praktijkbeoordelaars voor de examens in de beroepspraktijk;"),
        ("li", "zitting in de beroepenveldcommissie van de route, die twee keer per jaar met "
         "de stuurgroep het programma bespreekt en adviseert over de keuzedelen."),
        ("ol", "8.3", "De opleidingsmanager van het ROC is aanspreekpunt voor het platform en "
         "voor SBB."),

        ("h1", "Artikel 9 Overstapmogelijkheden"),
        ("ol", "9.1", "Partijen bieden een deelnemer wiens deelname aan de route eindigt "
         "voordat hij de route met succes heeft afgerond, een passend alternatief dat leidt tot "
         "een vmbo-diploma of een mbo-diploma."),
        ("ol", "9.2", "Eindigt de deelname in routejaar 1 of 2, dan vervolgt de deelnemer zijn "
         "opleiding in de reguliere gemengde leerweg van de school, in hetzelfde profiel of, "
         "indien gewenst, een ander profiel, of in de kaderberoepsgerichte leerweg, en doet hij "
         "eindexamen volgens het reguliere PTA."),
        ("ol", "9.3", "Heeft de deelnemer aan het eind van routejaar 3 het vmbo-diploma niet "
         "behaald, dan kan hij bij het ROC een opleiding op niveau 3 of 4 in het domein Economie "
         "en administratie of in een verwant domein volgen; de vooropleidingseisen gelden in "
         "dat geval niet. Ook kan hij, als dat zijn kansen vergroot, het vmbo-examen bij de "
         "school opnieuw afleggen."),
        ("ol", "9.4", "Blijkt in de mbo-fase dat de deelnemer beter past in een andere richting "
         "of op een ander niveau, dan stapt hij over naar een andere opleiding van het ROC of, "
         "via een geschiktheidsonderzoek, naar een opleiding van een andere instelling in de "
         "regio."),
        ("ol", "9.5", "De stuurgroepleden van beide partijen beoordelen gezamenlijk, op basis van "
         "het bereikte onderwijsniveau en de leeftijd van de deelnemer en na een gesprek met "
         "hem en zijn ouders of verzorgers, welk alternatief het meest passend is. De mentor of "
         "studieloopbaanbegeleider begeleidt de deelnemer tot hij in de nieuwe opleiding is "
         "gestart. De schoolgids van de school en de studiegids van het ROC beschrijven deze "
         "werkwijze."),

        ("h1", "Artikel 10 Financi\u00eble afspraken"),
        ("ol", "10.1", "De school ontvangt in de vo-fase de bekostiging voor de deelnemers, het "
         "ROC in de mbo-fase. Er is geen aanvullende bekostiging voor de route."),
        ("ol", "10.2", "In afwijking van artikel 5.39 WVO 2020 draagt de school met toepassing van "
         "artikel 5.42a WVO 2020 jaarlijks een deel van de bekostiging die zij voor de "
         "deelnemers in de vo-fase ontvangt over aan het ROC. De over te dragen middelen zijn "
         "bestemd voor de inzet van docenten van het ROC in de vo-fase en voor het gebruik van "
         "de leeromgeving Het Kantoor."),
        ("ol", "10.3", "De omvang van de over te dragen middelen wordt jaarlijks bij de "
         "vaststelling van de routebegroting bepaald en door beide besturen bekrachtigd."),
        ("ol", "10.4", "Het ROC factureert het overeengekomen bedrag in twee gelijke termijnen, "
         "in november en in april; de school betaalt binnen dertig dagen na ontvangst van de "
         "factuur."),
        ("ol", "10.5", "Overige kosten die voortvloeien uit deze overeenkomst komen voor rekening "
         "van de partij die ze maakt, tenzij de besturen anders besluiten."),

        ("h1", "Artikel 11 Medezeggenschap"),
        ("ol", "11.1", "In de vo-fase is de Wet medezeggenschap op scholen van toepassing op de "
         "deelnemers, hun ouders en de leraren van de school; in de mbo-fase zijn hoofdstuk 8a "
         "WEB en de Wet op de ondernemingsraden van toepassing. Partijen spreken daarnaast het "
         "volgende af."),
        ("ol", "11.2", "Deelnemers in routejaar 2 zijn, hoewel zij nog leerling van de school "
         "zijn, verkiesbaar voor en stemgerechtigd bij de verkiezing van de studentenraad van "
         "de locatie Bergen op Zoom van het ROC."),
        ("ol", "11.3", "De jaarrapportage bedoeld in artikel 7.2 wordt na bespreking in het "
         "bestuurlijk overleg toegezonden aan de medezeggenschapsraad van de school en de "
         "studentenraad van het ROC. Beide raden kunnen de stuurgroep uitnodigen voor een "
         "toelichting."),
        ("ol", "11.4", "Een voorstel tot wijziging van het PTA/OER dat de vo-fase raakt, wordt "
         "ook ter advisering voorgelegd aan de studentenraad van het ROC, en een voorstel dat de "
         "mbo-fase raakt ook aan de medezeggenschapsraad van de school."),
    ]
    B += [
        ("h1", "Artikel 12 Privacy en gegevensuitwisseling"),
        ("p", "Partijen zijn ieder verwerkingsverantwoordelijke voor de persoonsgegevens van de "
         "deelnemers die bij hen staan ingeschreven. Zij wisselen alleen de gegevens uit die "
         "nodig zijn voor plaatsing, begeleiding, examinering en overstap, en leggen de "
         "afspraken daarover vast in een gegevensuitwisselingsprotocol dat de stuurgroep "
         "jaarlijks toetst."),

        ("h1", "Artikel 13 Kwaliteitszorg en evaluatie"),
        ("ol", "13.1", "De route maakt deel uit van de kwaliteitszorg van beide partijen. De "
         "stuurgroep voert jaarlijks een evaluatie uit onder deelnemers, routeteam en werkveld "
         "en verwerkt de uitkomsten in het jaarplan."),
        ("ol", "13.2", "Na drie schooljaren laten partijen de route extern evalueren. De "
         "uitkomsten worden besproken in het bestuurlijk overleg."),

        ("h1", "Artikel 14 Aansprakelijkheid en verzekering"),
        ("p", "Ieder van partijen is aansprakelijk voor schade die door haar personeel wordt "
         "veroorzaakt en zorgt voor een toereikende aansprakelijkheidsverzekering. Deelnemers "
         "zijn tijdens activiteiten op de locatie van de andere partij verzekerd via de "
         "collectieve ongevallenverzekering van de partij waar zij staan ingeschreven."),

        ("h1", "Artikel 15 Geschillen"),
        ("ol", "15.1", "Een geschil tussen partijen over de uitvoering van deze overeenkomst "
         "wordt eerst in de stuurgroep besproken."),
        ("ol", "15.2", "Komt de stuurgroep binnen vier weken niet tot een oplossing, dan wordt het "
         "geschil voorgelegd aan het bestuurlijk overleg van de voorzitters van de colleges van "
         "bestuur, dat binnen zes weken bijeenkomt."),
        ("ol", "15.3", "Leidt ook dat overleg niet tot een oplossing, dan trachten partijen het "
         "geschil op te lossen met behulp van een door hen gezamenlijk aan te wijzen mediator. "
         "Zijn partijen het binnen twee weken niet eens over de persoon van de mediator, dan "
         "wordt deze aangewezen door de voorzitter van de Mediatorsfederatie Nederland."),
        ("ol", "15.4", "Is het geschil drie maanden na de eerste mediationbijeenkomst niet "
         "opgelost, dan is ieder van partijen bevoegd het geschil voor te leggen aan de "
         "bevoegde rechter in het arrondissement Zeeland-West-Brabant."),

        ("h1", "Artikel 16 Duur, wijziging en be\u00ebindiging"),
        ("ol", "16.1", "Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan "
         "voor de duur van vijf schooljaren. Zij wordt daarna telkens stilzwijgend verlengd met "
         "vijf schooljaren, tenzij een partij uiterlijk twaalf maanden voor het einde van de "
         "lopende periode schriftelijk laat weten dat zij de overeenkomst niet wil voortzetten."),
        ("ol", "16.2", "Wijziging van deze overeenkomst of van de bijlagen is alleen mogelijk bij "
         "schriftelijk, door beide besturen ondertekend addendum, na advies van de stuurgroep. "
         "Een wijziging die gevolgen heeft voor het programma van deelnemers treedt niet eerder "
         "in werking dan bij het begin van het volgende schooljaar en geldt niet voor de lopende "
         "examenjaren."),
        ("ol", "16.3", "Iedere partij kan de overeenkomst tussentijds opzeggen tegen 1 augustus "
         "van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden, "
         "bij aangetekende brief aan de andere partij."),
        ("ol", "16.4", "Iedere partij kan de overeenkomst met onmiddellijke ingang ontbinden "
         "indien de andere partij in staat van faillissement wordt verklaard, haar "
         "rechtspersoonlijkheid verliest of ernstig tekortschiet in de nakoming van deze "
         "overeenkomst en die tekortkoming niet binnen drie maanden na ingebrekestelling "
         "herstelt."),
        ("ol", "16.5", "Bij het eindigen van de overeenkomst, op welke grond ook, stromen geen "
         "nieuwe leerlingen meer in de route in. Partijen blijven gehouden de route voor de "
         "deelnemers die op dat moment zijn ingeschreven volgens deze overeenkomst uit te voeren "
         "totdat zij de route hebben afgerond of met toepassing van artikel 9 een passend "
         "alternatief hebben gevonden. Partijen stellen daartoe uiterlijk drie maanden na de "
         "opzegging of ontbinding een afbouwplan vast."),

        ("h1", "Artikel 17 Melding en slotbepalingen"),
        ("ol", "17.1", "Partijen melden de route gezamenlijk aan de minister van Onderwijs, "
         "Cultuur en Wetenschap door registratie in RIO, ieder voor zijn eigen deel."),
        ("ol", "17.2", "De bijlagen maken deel uit van deze overeenkomst. Bij strijdigheid gaat "
         "de tekst van de overeenkomst voor."),
        ("ol", "17.3", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend,"),
        ("sig", ["te Bergen op Zoom, 30 juni 2025", "Stichting Katholiek Voortgezet Onderwijs "
                 "West-Brabant", "", "drs. P.A.M. Goossens", "voorzitter college van bestuur"],
                ["te Breda, 30 juni 2025", "Stichting Regionaal Opleidingencentrum "
                 "Baronie-Markiezaat", "", "mr. C.J. van Dongen-Adriaansen",
                 "voorzitter college van bestuur"]),
        ("pb",),
        ("h1", "Bijlage 1 Routeschema op hoofdlijnen"),
        ("p", "Het schema geeft de hoofdlijn; de precieze verdeling van onderdelen en toetsen "
         "staat in het PTA/OER."),
        ("table", [
            ["Routejaar", "Inschrijving", "Plaats", "Inhoud", "Examinering"],
            ["1 (leerjaar 3 gl)", "school", "school; donderdag ROC",
             "algemene vakken gl; profielvak Economie en ondernemen; start mbo-onderdeel "
             "Administratieve processen (team)", "schoolexamens gl; eerste mbo-toetsen "
             "boekhouden"],
            ["2 (leerjaar 4 gl)", "school", "school; donderdag ROC; meeloopdag werkveld",
             "afronding gl; mbo-onderdelen basisadministratie en Nederlands 2F-3F",
             "centraal examen gl; mbo-examen basisadministratie"],
            ["3", "ROC", "ROC; 8 weken bpv", "kerntaak Voert de financiële administratie; "
             "keuzedeel Excel voor gevorderden", "mbo-examens kerntaak 1; bpv-beoordeling"],
            ["4", "ROC", "ROC; 20 weken bpv", "kerntaak Stelt rapportages op; keuzedeel "
             "Ondernemend gedrag", "mbo-examens kerntaak 2; bpv-beoordeling"],
            ["5 (half jaar)", "ROC", "bpv-bedrijf", "afstudeeropdracht bij leerbedrijf",
             "proeve van bekwaamheid; diplomering januari"],
        ], [2.6, 2.0, 3.2, 5.0, 3.6]),
        ("h1", "Bijlage 2 Bezetting stuurgroep bij aanvang"),
        ("table", [
            ["Functie", "Naam", "Namens"],
            ["directeur vmbo", "mevrouw A. Rijnierse", "school"],
            ["afdelingsleider gemengde leerweg", "de heer K. Oomen", "school"],
            ["directeur cluster Economie", "de heer R. Verschuren", "ROC"],
            ["opleidingsmanager Financieel-administratieve beroepen", "mevrouw S. Kil", "ROC"],
            ["secretaris (geen lid)", "mevrouw Y. el Idrissi", "ROC"],
        ], [7.0, 5.0, 3.0]),
    ]
    return B


# ============================================================================================
# 400  DOCX  cover page + table of contents (TOC field); Groningen, geïntegreerde route
#            Groen basis -> Medewerker veehouderij niveau 2.  Defects: leiding at length without
#            any appointment rule (c weak); leavers go automatically to Entree (f weak).
# ============================================================================================

TOC400 = [
    ("1 Partijen en uitgangspunten", 3), ("2 Route en doelgroep", 3),
    ("3 Werkveld en leerbedrijven", 3), ("4 Routeco\u00f6rdinatie", 4),
    ("5 Rapportage aan de besturen", 4), ("6 Onderwijs, personeel en voorzieningen", 5),
    ("7 Als een leerling de route verlaat", 5), ("8 Financi\u00eble afspraken", 6),
    ("9 Medezeggenschap", 6), ("10 Geschillen", 6),
    ("11 Toetreding, wijziging en be\u00ebindiging", 6),
    ("12 Inwerkingtreding en melding", 7), ("Ondertekening", 7),
]


@sample(400, "400_voorblad_inhoudsopgave_geintegreerd_groen", "docx",
        "DOCX met voorblad, inhoudsopgave (TOC-veld) en paginanummers in de voettekst; "
        "Groningen (Eemsdelta), geïntegreerde route Groen basis -> Medewerker veehouderij "
        "niveau 2 met een AOC; defecten: routecoördinatie uitvoerig beschreven maar zonder "
        "wijze van benoeming, en wie de route verlaat gaat automatisch naar Entree",
        st("p p w p p w p p p p"),
        {"a": "2 Route en doelgroep", "b": "3 Werkveld en leerbedrijven",
         "d": "5 Rapportage aan de besturen", "e": "6 Onderwijs, personeel en voorzieningen",
         "g": "8 Financiële afspraken", "h": "9 Medezeggenschap", "i": "10 Geschillen",
         "j": "11 Toetreding, wijziging en beëindiging"},
        font="Calibri", heading_font="Calibri Light", size=11, cover=True, footer_page=True,
        footer_text="Geïntegreerde route Groen \u2013 Veehouderij",
        author="Fivelcollege, afdeling Groen",
        doc_title="Samenwerkingsovereenkomst geïntegreerde route Groen - Veehouderij")
def s400():
    return [
        ("sp",), ("sp",), ("sp",), ("sp",),
        ("bigcenter", "Samenwerkingsovereenkomst", 26),
        ("bigcenter", "Ge\u00efntegreerde route Groen \u2013 Veehouderij", 18),
        ("sp",),
        ("center", "vmbo basisberoepsgerichte leerweg, profiel Groen"),
        ("center", "naar mbo Medewerker veehouderij (niveau 2)"),
        ("sp",), ("sp",),
        ("center", "Fivelcollege, Appingedam"),
        ("center", "AOC Wadkust, Winsum"),
        ("sp",), ("sp",), ("sp",),
        ("center", "Definitieve versie \u2013 30 juni 2025"),
        ("pb",),
        ("h1", "Inhoud"),
        ("toc", TOC400),
        ("pb",),

        ("h1", "1 Partijen en uitgangspunten"),
        ("p", "Deze overeenkomst wordt gesloten tussen:"),
        ("li", "**Stichting Openbaar Voortgezet Onderwijs Eemsdelta**, gevestigd te Appingedam, "
         "bevoegd gezag van het Fivelcollege, school voor vbo en mavo, vertegenwoordigd door "
         "mevrouw G. Bakker-Mulder, bestuurder (hierna: het Fivelcollege), en"),
        ("li", "**Stichting Agrarisch Opleidingscentrum Wadkust**, gevestigd te Winsum, "
         "vertegenwoordigd door de heer ir. H.J. Tammeling, voorzitter van het college van "
         "bestuur (hierna: AOC Wadkust)."),
        ("p", "Het Fivelcollege en AOC Wadkust werken al jaren samen in de praktijkvakken van "
         "het profiel Groen. Veel leerlingen van de basisberoepsgerichte leerweg leren het best "
         "in de stal en op het erf, en minder goed in het lokaal. Voor hen richten partijen een "
         "geïntegreerde route in als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB: "
         "een programma dat vanaf het derde leerjaar rechtstreeks leidt naar een mbo-diploma op "
         "niveau 2, zonder dat de leerling eerst het vmbo-examen van de basisberoepsgerichte "
         "leerweg aflegt."),

        ("h1", "2 Route en doelgroep"),
        ("p", "De route is bestemd voor leerlingen van het Fivelcollege in de "
         "basisberoepsgerichte leerweg met het profiel Groen. Zij leidt naar de kwalificatie "
         "Medewerker veehouderij (niveau 2), in het opleidingsdomein Voedsel, natuur en "
         "leefomgeving, die AOC Wadkust aanbiedt in de beroepsopleidende leerweg."),
        ("p", "De route duurt drie jaar. In routejaar 1 en 2 staat de leerling ingeschreven bij "
         "het Fivelcollege; in routejaar 3 is hij student van AOC Wadkust. Een leerling komt in "
         "de route na overleg met hem en zijn ouders en na overleg tussen het Fivelcollege en "
         "AOC Wadkust. De route eindigt met het diploma Medewerker veehouderij; het "
         "Fivelcollege neemt in deze route geen eindexamen van de basisberoepsgerichte leerweg "
         "af."),

        ("h1", "3 Werkveld en leerbedrijven"),
        ("p", "De melkveehouderij en de akkerbouw in Noord-Groningen zijn vanaf het begin bij "
         "de route betrokken. De afdeling Eemsdelta van de regionale land- en "
         "tuinbouworganisatie heeft vijf bedrijven voorgedragen die als vaste leerbedrijven "
         "van de route fungeren: melkveebedrijf Van der Laan in Garrelsweer, melkgeitenbedrijf "
         "De Wierde in Loppersum, zorgboerderij Ter Borg in Wirdum, vleeskalverhouderij Dijkema "
         "in Tjamsweer en loonbedrijf Hovenkamp in Holwierde."),
        ("p", "Deze bedrijven:"),
        ("li", "ontvangen in routejaar 1 en 2 elke leerling \u00e9\u00e9n dag per week in een "
         "vaste leerwerkplek;"),
        ("li", "bieden in routejaar 3 bpv-plaatsen aan als erkend leerbedrijf;"),
        ("li", "leveren per schooljaar twee praktijkopdrachten, bijvoorbeeld het opstellen van "
         "een voerschema of het bijhouden van de diergezondheid;"),
        ("li", "beoordelen de proeve van bekwaamheid mee;"),
        ("li", "zitten met \u00e9\u00e9n afgevaardigde in het praktijkberaad, dat twee keer per "
         "jaar met de routecoördinatoren het programma doorneemt en advies geeft over de "
         "keuzedelen."),

        ("h1", "4 Routeco\u00f6rdinatie"),
        ("p", "De dagelijkse leiding van de route ligt bij twee routecoördinatoren: \u00e9\u00e9n "
         "vanuit het Fivelcollege en \u00e9\u00e9n vanuit AOC Wadkust. Samen vormen zij het "
         "coördinatieduo. Beide coördinatoren hebben ervaring in het praktijkonderwijs groen en "
         "zijn voor de route samen gemiddeld zes uur per week beschikbaar."),
        ("p", "Het coördinatieduo heeft de volgende taken:"),
        ("li", "het maken van het jaarprogramma en het rooster van de route, inclusief de "
         "dagen op de leerbedrijven;"),
        ("li", "de toelating van leerlingen tot de route, na het overleg met leerling en ouders "
         "bedoeld in hoofdstuk 2;"),
        ("li", "het verdelen van de lessen over de docenten en instructeurs die partijen "
         "beschikbaar stellen;"),
        ("li", "het onderhouden van de contacten met de leerbedrijven en het praktijkberaad;"),
        ("li", "het bewaken van de voortgang van iedere leerling en het organiseren van de "
         "overdracht als een leerling de route verlaat;"),
        ("li", "het voorbereiden van de rapportage bedoeld in hoofdstuk 5."),
        ("p", "Het coördinatieduo is bevoegd om binnen de jaarbegroting van de route "
         "zelfstandig uitgaven te doen tot \u20ac 2.500 per keer, om namens partijen "
         "afspraken te maken met leerbedrijven over leerwerkplekken en bpv, en om het "
         "jaarprogramma vast te stellen nadat de directeur van het Fivelcollege en de "
         "opleidingsmanager van AOC Wadkust daarmee hebben ingestemd. Besluiten over "
         "personeel, over de begroting zelf en over deze overeenkomst nemen de besturen."),
        ("p", "Het duo vergadert ten minste eens per twee weken en houdt eens per maand een "
         "routeoverleg met de mentoren en instructeurs."),

        ("h1", "5 Rapportage aan de besturen"),
        ("p", "Het coördinatieduo stuurt de besturen van beide partijen na afloop van ieder "
         "kwartaal een kort voortgangsbericht over het aantal leerlingen, verzuim, bijzondere "
         "voorvallen en de stand van de begroting. V\u00f3\u00f3r 1 oktober stuurt het duo "
         "beide besturen een jaarverslag over het afgelopen schooljaar, met de resultaten per "
         "leerling (geanonimiseerd), het aantal behaalde diploma\u2019s, het aantal leerlingen "
         "dat de route heeft verlaten en de uitgaven. In november bespreken de bestuurders het "
         "jaarverslag met het duo en stellen zij vast of het duo de route volgens de afspraken "
         "heeft uitgevoerd."),

        ("h1", "6 Onderwijs, personeel en voorzieningen"),
        ("p", "Het programma en de examinering per leerjaar staan in de gezamenlijke onderwijs- "
         "en examenregeling van de route, die partijen jaarlijks v\u00f3\u00f3r 1 september "
         "vaststellen. Daarin staat welke onderdelen in routejaar 1 en 2 vallen onder de "
         "verantwoordelijkheid van het Fivelcollege en welke mbo-onderdelen AOC Wadkust al in "
         "die jaren examineert."),
        ("p", "In routejaar 1 en 2 krijgt de leerling drie dagen les op het Fivelcollege, "
         "\u00e9\u00e9n dag op het praktijkbedrijf van AOC Wadkust in Winsum en \u00e9\u00e9n "
         "dag op zijn leerbedrijf. In routejaar 3 is hij twee dagen op AOC Wadkust en drie dagen "
         "in de bpv."),
        ("p", "Het Fivelcollege zet voor de route de mentor, de leraren Nederlands, rekenen en "
         "burgerschap en een praktijkdocent groen in. AOC Wadkust levert twee instructeurs "
         "veehouderij, die in routejaar 1 en 2 de praktijkdag in Winsum verzorgen, en in "
         "routejaar 3 de docenten van de opleiding. Voor het vak- en sectoroverstijgende "
         "onderdeel Dier en bedrijf werken de praktijkdocent van het Fivelcollege en de "
         "instructeurs als \u00e9\u00e9n team van leraren en docenten in de zin van artikel "
         "7.13a WVO 2020. Iedereen blijft in dienst van zijn eigen werkgever."),
        ("p", "AOC Wadkust stelt de melkveestal, de jongveestal, de werkplaats en de "
         "trekkerbaan van het praktijkbedrijf in Winsum open voor de route. Het Fivelcollege "
         "stelt het groenlokaal en de schooltuin in Appingedam beschikbaar voor de "
         "praktijklessen die de instructeurs daar verzorgen. Vervoer naar Winsum regelt het "
         "Fivelcollege."),
        ("p", "Een klacht over een medewerker van de ene partij die bij de andere partij wordt "
         "ingediend, wordt behandeld volgens de klachtenregeling van de partij waar zij is "
         "ingediend."),

        ("h1", "7 Als een leerling de route verlaat"),
        ("p", "Het kan gebeuren dat een leerling de route niet afmaakt, bijvoorbeeld omdat het "
         "werk met dieren hem toch niet ligt, omdat hij verhuist of omdat het niveau te hoog "
         "blijkt. Verlaat een leerling de geïntegreerde route voordat hij het diploma Medewerker "
         "veehouderij heeft behaald, dan stroomt hij door naar de Entree-opleiding van AOC "
         "Wadkust. Die plaatsing gebeurt automatisch: in deze route wordt immers geen "
         "vmbo-examen afgelegd, zodat de Entree-opleiding voor deze leerlingen de aangewezen "
         "vervolgstap is."),
        ("p", "Het coördinatieduo zorgt voor een warme overdracht: er is een "
         "overdrachtsgesprek met de leerling, zijn ouders, de mentor en de "
         "studieloopbaanbegeleider van de Entree-opleiding, en het dossier van de leerling gaat "
         "mee. Wie het Entree-diploma haalt, kan zich daarna aanmelden voor een opleiding op "
         "niveau 2. Deze werkwijze staat ook in de schoolgids van het Fivelcollege."),

        ("h1", "8 Financi\u00eble afspraken"),
        ("p", "Het Fivelcollege draagt op grond van artikel 5.42a WVO 2020 voor iedere "
         "leerling in routejaar 1 en 2 per schooljaar \u20ac 975 van zijn bekostiging over aan "
         "AOC Wadkust. Dit bedrag is bestemd voor de inzet van de instructeurs veehouderij op "
         "de praktijkdag en voor het gebruik van het praktijkbedrijf, inclusief voer, "
         "verbruiksmaterialen en beschermende kleding. Het aantal leerlingen op 1 oktober "
         "bepaalt het bedrag; AOC Wadkust factureert in januari. In routejaar 3 gaat er geen "
         "geld over en weer."),

        ("h1", "9 Medezeggenschap"),
        ("p", "Partijen spreken af dat de leerlingen van de route, ook als zij nog op het "
         "Fivelcollege staan ingeschreven, deelnemen aan het studentenpanel van de locatie "
         "Winsum van AOC Wadkust, dat de studentenraad adviseert. De medezeggenschapsraad van "
         "het Fivelcollege en de studentenraad van AOC Wadkust krijgen allebei het jaarverslag "
         "van hoofdstuk 5 en worden allebei om advies gevraagd voordat de onderwijs- en "
         "examenregeling van de route ingrijpend wordt gewijzigd. Eén keer per jaar nodigen "
         "partijen de ouders van de leerlingen in de route uit voor een ouderavond op het "
         "praktijkbedrijf, waar ook de ouderraad van het Fivelcollege vertegenwoordigd is."),

        ("h1", "10 Geschillen"),
        ("p", "Als partijen het oneens zijn over de uitvoering van deze overeenkomst, bespreken "
         "eerst de directeur van het Fivelcollege en de opleidingsmanager van AOC Wadkust de "
         "kwestie. Komen zij er binnen een maand niet uit, dan overleggen de bestuurders. Is "
         "het geschil twee maanden na dat overleg niet opgelost, dan wordt het beslecht door "
         "arbitrage volgens het arbitragereglement van het Nederlands Arbitrage Instituut, door "
         "\u00e9\u00e9n arbiter, in Groningen."),

        ("h1", "11 Toetreding, wijziging en be\u00ebindiging"),
        ("p", "Een andere school in de regio met de basisberoepsgerichte leerweg en het profiel "
         "Groen kan aan deze overeenkomst deelnemen als beide partijen daarmee schriftelijk "
         "instemmen en de nieuwe school de overeenkomst ondertekent. Deelname begint bij het "
         "begin van een schooljaar; partijen melden de uitbreiding bij DUO."),
        ("p", "Partijen wijzigen deze overeenkomst alleen schriftelijk en met handtekening van "
         "beide besturen. Een wijziging van het programma geldt pas voor leerlingen die na de "
         "wijziging met de route beginnen, tenzij de wijziging voor de leerlingen gunstig is."),
        ("p", "Elke partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een "
         "opzegtermijn van ten minste een jaar. Schiet een partij ernstig tekort, dan kan de "
         "andere de overeenkomst ontbinden. Leerlingen die op het moment van opzegging of "
         "ontbinding al in de route zitten, maken de route af onder dezelfde voorwaarden; na "
         "de opzegging begint er geen nieuwe groep meer."),

        ("h1", "12 Inwerkingtreding en melding"),
        ("p", "De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Partijen "
         "melden de geïntegreerde route samen bij de minister via RIO."),

        ("h1", "Ondertekening"),
        ("p", "Appingedam en Winsum, 30 juni 2025"),
        ("sig", ["Stichting Openbaar Voortgezet Onderwijs Eemsdelta", "",
                 "G. Bakker-Mulder, bestuurder"],
                ["Stichting Agrarisch Opleidingscentrum Wadkust", "",
                 "ir. H.J. Tammeling, voorzitter college van bestuur"]),
    ]


# ============================================================================================
# 401  TXT  wij-voice of two directors, plain language, hard-wrapped; Súdwest-Fryslân,
#           D&P kader -> Sport- en bewegingsbegeleider niveau 3.  Defects: disputes only
#           'in goed overleg' (i weak); medezeggenschap only describes the law and says
#           schools 'kunnen' add arrangements (h not_applicable).
# ============================================================================================

T401 = """\
SAMENWERKINGSAFSPRAKEN
Doorlopende leerroute Sport en bewegen Sneek
vmbo De Burd  -  ROC Fryske Marren

Wij,

Anne-Marije Hoekstra, directeur-bestuurder van de Stichting Openbaar Voortgezet
Onderwijs Sudwest-Fryslan, het bevoegd gezag van vmbo De Burd in Sneek,

en

Sjoerd de Boer, directeur van het college Sport, Veiligheid en Dienstverlening van
ROC Fryske Marren, die deze afspraken namens het college van bestuur van de Stichting
ROC Fryske Marren ondertekent op grond van het mandaatbesluit van 12 maart 2024,

leggen hieronder vast hoe onze twee scholen vanaf 1 augustus 2025 samen de
doorlopende leerroute Sport en bewegen verzorgen. We schrijven het op in gewone
woorden, zodat ook collega's, ouders en leerlingen kunnen lezen wat we hebben
afgesproken. Dit stuk is de samenwerkingsovereenkomst bedoeld in artikel 2.107b van
de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en
beroepsonderwijs.


WELKE ROUTE HET IS

De route is voor leerlingen van De Burd die in de kaderberoepsgerichte leerweg het
profiel Dienstverlening en producten volgen en die graag met sport en beweging bezig
zijn. Na het tweede leerjaar kunnen zij kiezen voor de route. Die loopt door in de
mbo-opleiding Sport- en bewegingsbegeleider op niveau 3, in het opleidingsdomein
Sport en bewegen, die ROC Fryske Marren in Sneek in de beroepsopleidende leerweg
geeft.

De route duurt vier jaar. De eerste twee jaar zijn de jongeren leerling van De Burd
en halen ze daar hun vmbo-diploma. Daarna worden ze student bij het ROC en halen ze
in twee jaar hun mbo-diploma. Omdat we dubbel werk weghalen, is dat een jaar korter
dan de gewone weg.


WIE ER UIT HET WERKVELD MEEDOEN

Sport leer je niet alleen in de gymzaal. We werken daarom samen met:
- Sportbedrijf Sudwest-Fryslan en zijn buurtsportcoaches, die de leerlingen vanaf het
  eerste routejaar laten meedraaien bij naschoolse sportactiviteiten op basisscholen;
- Watersportcentrum Sneekermeer, waar de leerlingen in het tweede routejaar een
  zeilweek begeleiden;
- Fitnesscentrum Vitaal en zwembad De Kolk, allebei in Sneek, waar studenten in de
  mbo-fase hun beroepspraktijkvorming doen;
- de korfbalvereniging en de voetbalvereniging in Sneek, die hun jeugdtrainingen
  openstellen voor stages.
Deze partners bieden bpv-plaatsen, geven samen met onze docenten elk jaar vier
praktijklessen en beoordelen mee bij de proeven van bekwaamheid. Eens per jaar, in
februari, komen ze met de routeleider aan de werkveldtafel bijeen om het programma
van het komende jaar door te nemen en ons te adviseren over de keuzedelen.


WIE DE ROUTE LEIDT

De route heeft een routeleider. Wij benoemen haar of hem samen, voor twee
schooljaren, na een open sollicitatie onder de docenten van onze beide scholen.
Herbenoeming kan. De routeleider werkt voor 0,3 fte in de route en blijft in dienst
van de eigen school. Onze eerste routeleider is Marrit Visser, docent lichamelijke
opvoeding bij De Burd.

De routeleider:
- maakt elk jaar het routeplan en het rooster;
- verdeelt de lessen over de docenten die wij voor de route vrijmaken;
- beslist wie in de route wordt toegelaten;
- onderhoudt het contact met de partners uit het werkveld;
- zit het overleg voor als een leerling wil overstappen.
De routeleider mag zelf beslissingen nemen binnen het routeplan en het budget dat
wij elk jaar vaststellen. Over personeel, over uitgaven boven het budget en over
veranderingen in deze afspraken beslissen wij zelf.


HOE WIJ OP DE HOOGTE BLIJVEN

Twee keer per jaar, in januari en in juli, stuurt de routeleider ons allebei een
voortgangsverslag: hoeveel leerlingen er in de route zitten, wie is gestopt en
waarom, hoe de examens zijn gegaan en hoe het budget ervoor staat. Sjoerd stuurt het
verslag door aan het college van bestuur van het ROC. In september hebben wij met de
routeleider een evaluatiegesprek; daarin legt zij uit wat er het afgelopen jaar is
bereikt en waar het beter moet, en stellen wij het routeplan voor het nieuwe jaar
vast.


HOE HET ONDERWIJS IS INGERICHT

In de eerste twee routejaren zijn de leerlingen drie dagen op De Burd en twee dagen
op de sportlocatie van het ROC aan de Oude Oppenhuizerweg. Daarna zijn ze student op
het ROC en twee dagen per week in de bpv. Wat er per leerjaar wordt geleerd en
getoetst, staat in het gezamenlijke PTA/OER van de route. De routeleider stelt dat
elk jaar op en wij stellen het voor 1 oktober vast.

Voor de route werken twee docenten lichamelijke opvoeding en een docent Nederlands
van De Burd samen met twee sportdocenten en een studieloopbaanbegeleider van het ROC.
Zij vormen een team. In het onderdeel Sport en beweging organiseren in de eerste twee
routejaren geven de docenten van beide scholen samen les als team van leraren en
docenten, zoals artikel 7.13a WVO 2020 en artikel 9.1.12 WEB dat mogelijk maken.
Iedereen blijft in dienst van de eigen school.

De leerlingen gebruiken de sporthal en het krachthonk van De Burd en het
bewegingslab, de fitnessruimte en de spelzaal van het ROC. Het ROC regelt ook de
uren in zwembad De Kolk. We brengen elkaar voor het gebruik van deze ruimtes niets
in rekening.

Een klacht over een docent van de andere school wordt behandeld door de school waar
de klacht binnenkomt, volgens haar eigen klachtenregeling. De andere school werkt
mee.


ALS EEN LEERLING WIL OF MOET STOPPEN

Niet iedereen maakt de route af. Soms past sport toch niet, soms is het niveau te
hoog of verhuist een gezin. Wij spreken af:
- Stopt een leerling in de eerste twee routejaren, dan maakt hij de
  kaderberoepsgerichte leerweg bij De Burd af, in hetzelfde of een ander profiel, en
  haalt hij daar zijn vmbo-diploma.
- Heeft een leerling na het derde routejaar nog geen vmbo-diploma, dan mag hij
  zonder dat diploma doorgaan in een andere mbo-opleiding van het ROC op niveau 2 of
  3, bijvoorbeeld Medewerker sport en recreatie. De gewone toelatingseisen gelden dan
  niet. Hij kan ook het vmbo-examen opnieuw doen.
- Wil een student in het mbo een andere kant op, dan zoeken we samen een opleiding op
  hetzelfde niveau, bij het ROC of bij een andere mbo-school in de buurt.
Welke oplossing het wordt, bepalen de teamleider van De Burd en de opleidingsmanager
van het ROC samen met de routeleider, nadat zij met de leerling en zijn ouders hebben
gepraat. Zij kijken daarbij naar wat de leerling al heeft gehaald en naar zijn
leeftijd. Het doel is altijd dat de leerling een diploma haalt.


GELD

Geen van onze scholen draagt een deel van haar rijksbijdrage over aan de andere. Elke
school betaalt haar eigen docenten en materialen.


MEDEZEGGENSCHAP

Over medezeggenschap regelt de wet het nodige. Zolang de leerlingen bij De Burd staan
ingeschreven, geldt de Wet medezeggenschap op scholen en praten zij en hun ouders mee
via de medezeggenschapsraad van De Burd. Vanaf hun inschrijving bij het ROC geldt de
Wet educatie en beroepsonderwijs en gaat dat via de studentenraad. Voor de
medewerkers geldt de WMS bij De Burd en de Wet op de ondernemingsraden bij het ROC.
Scholen kunnen daarbovenop nog aanvullende afspraken maken.


ALS WE HET NIET EENS ZIJN

Wij kennen elkaar al jaren en lossen meningsverschillen over deze afspraken op in
goed overleg met elkaar. Een ingewikkelde procedure hoort daar wat ons betreft niet
bij.


ERBIJ KOMEN, VERANDEREN EN STOPPEN

Een andere vmbo-school in de regio met het profiel Dienstverlening en producten kan
meedoen als wij allebei schriftelijk akkoord geven en die school deze afspraken
ondertekent. Zo'n school doet mee vanaf het begin van een schooljaar; we melden dat
samen bij DUO.

Deze afspraken veranderen we alleen op papier, met onze beider handtekening. Een
verandering in het programma geldt pas vanaf het volgende schooljaar, zodat niemand
halverwege het jaar voor verrassingen komt te staan.

Elk van ons kan de afspraken opzeggen met een brief, tegen het einde van een
schooljaar en met een jaar opzegtermijn. Doet een school haar deel ernstig niet, dan
kan de ander de afspraken ontbinden. In beide gevallen begint er geen nieuwe groep
meer, maar maken de leerlingen die al in de route zitten haar gewoon af.


MELDING EN LOOPTIJD

Wij melden de route samen bij de minister via RIO. De afspraken gelden vanaf
1 augustus 2025 zolang niemand ze opzegt.


Sneek, 30 juni 2025

Anne-Marije Hoekstra                      Sjoerd de Boer
directeur-bestuurder                      directeur college Sport, Veiligheid en
Stichting Openbaar Voortgezet Onderwijs   Dienstverlening, namens het college van
Sudwest-Fryslan                           bestuur van ROC Fryske Marren
"""


@sample(401, "401_wij_twee_directeuren_sport", "txt",
        "TXT in de wij-vorm van twee directeuren, gewone taal met hoofdletterkoppen en harde "
        "regelafbreking; Súdwest-Fryslân, Dienstverlening en producten kader -> Sport- en "
        "bewegingsbegeleider niveau 3; defecten: geschillen alleen 'in goed overleg', en de "
        "medezeggenschapsparagraaf beschrijft alleen de wet en zegt dat scholen aanvullende "
        "afspraken 'kunnen' maken",
        st("p p p p p p p na w p"),
        {"a": "WELKE ROUTE HET IS", "b": "WIE ER UIT HET WERKVELD MEEDOEN",
         "c": "WIE DE ROUTE LEIDT", "d": "HOE WIJ OP DE HOOGTE BLIJVEN",
         "e": "HOE HET ONDERWIJS IS INGERICHT", "f": "ALS EEN LEERLING WIL OF MOET STOPPEN",
         "g": "GELD", "j": "ERBIJ KOMEN, VERANDEREN EN STOPPEN"})
def s401():
    return T401


# ============================================================================================
# 402  DOCX  '§' sections, a table naming twelve small hospitality firms one by one;
#            Zuid-Limburg (Heuvelland), HBR basis -> Kok / Gastheer-gastvrouw niveau 2;
#            regiegroep with an advisory member from the firms. Fully compliant.
# ============================================================================================

@sample(402, "402_paragrafen_twaalf_horecabedrijven_heuvelland", "docx",
        "DOCX met paragraaftekens en een tabel die twaalf kleine horecabedrijven één voor één "
        "noemt met hun rol; Zuid-Limburg (Heuvelland), Horeca, bakkerij en recreatie basis -> "
        "Kok en Gastheer/gastvrouw niveau 2; regiegroep met een adviserend lid uit de "
        "horeca; bindend advies door een onafhankelijk deskundige; volledig",
        st("p p p p p p p p p p"),
        {"a": "§ 1 Doel en route", "b": "§ 2 De horecabedrijven", "c": "§ 3 De regiegroep",
         "d": "§ 4 Verslag en verantwoording", "e": "§ 5 Organisatie van het onderwijs",
         "f": "§ 6 Overstappen", "g": "§ 7 Kosten", "h": "§ 8 Stem van leerlingen, ouders en personeel",
         "i": "§ 9 Meningsverschillen", "j": "§ 10 Nieuwe deelnemers, wijziging en einde"},
        font="Georgia", size=10.5, footer_page=True, header_text="Leerroute Gastvrij Heuvelland",
        author="Vakschool Maas en Heuvelland",
        doc_title="Samenwerkingsovereenkomst leerroute Gastvrij Heuvelland")
def s402():
    firms = [
        ["Bedrijf", "Plaats", "Wat het bedrijf doet in de route"],
        ["Hotel De Geulhoeve", "Valkenburg aan de Geul",
         "leerwerkplek keuken en ontbijtservice; 2 bpv-plaatsen Kok"],
        ["Restaurant Sint-Remigius", "Schin op Geul",
         "gastles \u2018Limburgse streekkeuken\u2019 in routejaar 1; 1 bpv-plaats Kok"],
        ["Herberg De Kapelaan", "Epen",
         "leerwerkplek bediening en terras; meebeoordelen proeve Gastheer/gastvrouw"],
        ["Brasserie \u2019t Aw Wachhoes", "Gulpen",
         "2 bpv-plaatsen Gastheer/gastvrouw; gastles wijn en bier"],
        ["Vlaaienhoes Kleijnen", "Wijlre",
         "snuffeldagen bakkerij-lunchroom in routejaar 1; praktijkopdracht vlaai"],
        ["Recreatiepark Hoogveld", "Mechelen",
         "zomerstage snackbar en animatie; 1 bpv-plaats Gastheer/gastvrouw"],
        ["Landgoedhotel Slenakerhof", "Slenaken",
         "banqueting-opdracht in routejaar 2; 2 bpv-plaatsen Kok; praktijkbeoordelaar"],
        ["Grand Caf\u00e9 Pelgrim", "Vaals", "leerwerkplek bediening; 1 bpv-plaats"],
        ["Partycentrum De Kroon", "Eys",
         "cateringopdracht bij een bruiloft of jubileum per cohort"],
        ["Pension Noorbeekerdal", "Noorbeek",
         "leerwerkplek ontbijt en huishouding in routejaar 1"],
        ["Koffiebranderij Gulperberg", "Gulpen", "baristaworkshop voor iedere klas"],
        ["Kasteelhoeve Oost", "Valkenburg aan de Geul",
         "2 bpv-plaatsen Kok; lid werkveldpanel; praktijkbeoordelaar"],
    ]
    return [
        ("title", "Samenwerkingsovereenkomst leerroute Gastvrij Heuvelland"),
        ("subtitle", "doorlopende leerroute vmbo basis Horeca, bakkerij en recreatie \u2013 "
         "mbo niveau 2 Kok en Gastheer/gastvrouw"),
        ("p", "**Ondergetekenden**"),
        ("p", "Stichting Voortgezet Onderwijs Heuvelland, gevestigd te Valkenburg aan de Geul, "
         "bevoegd gezag van het Geulland College (vmbo), hier vertegenwoordigd door de heer "
         "drs. L.M.J. Sporken, voorzitter van het college van bestuur (hierna: het Geulland "
         "College),"),
        ("p", "en"),
        ("p", "Stichting Beroepsonderwijs Maas en Heuvelland, gevestigd te Maastricht, bevoegd "
         "gezag van de Vakschool Maas en Heuvelland, hier vertegenwoordigd door mevrouw "
         "M.A.G. Ramakers, lid van het college van bestuur (hierna: de Vakschool),"),
        ("p", "stellen vast dat de horeca in het Heuvelland draait op kleine familiebedrijven "
         "die moeite hebben jonge vakmensen te vinden, en dat leerlingen van de "
         "basisberoepsgerichte leerweg het meeste leren in een echte keuken en aan een echt "
         "terras. Zij maken daarom de volgende afspraken."),

        ("h1", "\u00a7 1 Doel en route"),
        ("p", "1.1 Het Geulland College en de Vakschool verzorgen samen de leerroute Gastvrij "
         "Heuvelland: een doorlopende leerroute vanaf het derde leerjaar van de "
         "basisberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, naar de "
         "basisberoepsopleidingen Kok (niveau 2) en Gastheer/gastvrouw (niveau 2) van de "
         "Vakschool, beide in het opleidingsdomein Horeca en bakkerij."),
        ("p", "1.2 De leerling kiest aan het eind van routejaar 1 voor de keuken (Kok) of voor "
         "de bediening (Gastheer/gastvrouw). De route duurt drie jaar en eindigt met het "
         "vmbo-diploma (routejaar 2) en het mbo-diploma (routejaar 3); de mbo-fase wordt in "
         "de beroepsbegeleidende leerweg gevolgd als een leerbedrijf uit \u00a7 2 een "
         "leerarbeidsovereenkomst aanbiedt, en anders in de beroepsopleidende leerweg."),

        ("h1", "\u00a7 2 De horecabedrijven"),
        ("p", "2.1 De route wordt gedragen door de horecabedrijven in de tabel hieronder. Elk "
         "bedrijf heeft een intentieverklaring getekend waarin het zijn bijdrage toezegt. "
         "Alle bedrijven met bpv-plaatsen zijn door SBB erkend als leerbedrijf."),
        ("table", firms, [4.5, 3.8, 7.7]),
        ("p", "2.2 Drie eigenaren uit deze bedrijven vormen samen het werkveldpanel. Het panel "
         "bekijkt elk voorjaar het routeplan, adviseert over het menu van keuzedelen en "
         "beoordeelt of de praktijkopdrachten nog passen bij wat de bedrijven vragen. Een lid "
         "van het panel neemt als adviserend lid deel aan de regiegroep (\u00a7 3)."),
        ("p", "2.3 Vallen bedrijven af, dan zoekt de regiegroep met de afdeling Heuvelland van "
         "Koninklijke Horeca Nederland vervangers, zodat er per cohort ten minste tien "
         "bpv-plaatsen zijn."),

        ("h1", "\u00a7 3 De regiegroep"),
        ("p", "3.1 De leiding over de route berust bij de regiegroep. Daarin zitten de "
         "teamleider basisberoepsgerichte leerweg en een docent Horeca, bakkerij en recreatie "
         "van het Geulland College, de opleidingsmanager Horeca en een praktijkopleider "
         "keuken van de Vakschool, en, als adviserend lid zonder stem, \u00e9\u00e9n lid van "
         "het werkveldpanel."),
        ("p", "3.2 Elk college van bestuur wijst de twee leden uit zijn eigen organisatie aan. "
         "Het adviserende lid wordt door beide colleges samen benoemd op voordracht van het "
         "werkveldpanel, voor twee jaar."),
        ("p", "3.3 De regiegroep stelt het routeplan en de roosters op, verdeelt de docenten "
         "over de lessen, plaatst leerlingen in de route, sluit namens beide partijen de "
         "praktijkovereenkomsten met de bedrijven uit \u00a7 2, beslist over overstappen "
         "(\u00a7 6) en beheert het routebudget. Zij beslist zelfstandig binnen het budget en "
         "het routeplan die de colleges jaarlijks goedkeuren; voor al het andere is een besluit "
         "van beide colleges nodig."),

        ("h1", "\u00a7 4 Verslag en verantwoording"),
        ("p", "4.1 De regiegroep legt na ieder semester, uiterlijk op 15 februari en 15 "
         "augustus, een beknopte notitie over de voortgang voor aan beide colleges van "
         "bestuur."),
        ("p", "4.2 Uiterlijk op 15 oktober brengt de regiegroep een jaarbericht uit aan beide "
         "colleges met cijfers over instroom, doorstroom, uitval en diploma\u2019s, de inzet "
         "van de bedrijven en de uitgaven. De colleges bespreken het jaarbericht met de "
         "regiegroep in het bestuurlijk overleg van november, waarin de regiegroep zich "
         "verantwoordt over het gevoerde beleid."),

        ("h1", "\u00a7 5 Organisatie van het onderwijs"),
        ("p", "5.1 Routejaar 1 en 2 worden gegeven op het Geulland College in Valkenburg, met "
         "\u00e9\u00e9n dag per week in het leerrestaurant De Proeverij van de Vakschool in "
         "Maastricht en, vanaf routejaar 2, \u00e9\u00e9n dag per week op een leerwerkplek. "
         "Routejaar 3 vindt plaats bij de Vakschool en in de bpv."),
        ("p", "5.2 Het programma, de toetsen en de examens per leerjaar staan in het "
         "gezamenlijke PTA/OER, dat de regiegroep voorbereidt en beide colleges "
         "v\u00f3\u00f3r 1 oktober vaststellen."),
        ("p", "5.3 Het Geulland College zet voor de route twee docenten horeca, de mentor en de "
         "leraren Nederlands en rekenen in; de Vakschool een praktijkopleider keuken, een "
         "docent bediening en een loopbaanbegeleider. Voor het onderdeel Gastvrij werken in "
         "routejaar 1 en 2 geven zij samen les als team van leraren en docenten (artikel "
         "7.13a WVO 2020, artikel 9.1.12 WEB); ieder teamlid is bevoegd voor ten minste "
         "\u00e9\u00e9n deel en het PTA/OER vermeldt waar het team wordt ingezet. Iedereen "
         "blijft bij de eigen werkgever in dienst."),
        ("p", "5.4 Het Geulland College stelt zijn praktijkkeuken, bakkerijlokaal en "
         "schoolkantine open voor de route; de Vakschool het leerrestaurant De Proeverij, de "
         "grootkeuken en de barista-bar."),
        ("p", "5.5 Klachten over personeel van de andere partij worden behandeld volgens de "
         "regeling van de partij waar de klacht is ingediend; de voorzitter van de "
         "klachtencommissie werkt niet voor het bestuur van de andere partij."),

        ("h1", "\u00a7 6 Overstappen"),
        ("p", "6.1 Een leerling die in routejaar 1 of 2 uit de route stapt, maakt de "
         "basisberoepsgerichte leerweg op het Geulland College af in het profiel Horeca, "
         "bakkerij en recreatie of een ander profiel dat de school aanbiedt, en behaalt daar "
         "zijn vmbo-diploma."),
        ("p", "6.2 Wie aan het eind van routejaar 2 zijn vmbo-diploma niet haalt, mag in "
         "routejaar 3 toch aan een opleiding op niveau 2 van de Vakschool beginnen, bijvoorbeeld "
         "Medewerker bakkerij of Kok, zonder vooropleidingseisen, of het vmbo-examen overdoen "
         "terwijl hij een deel van het mbo-programma volgt."),
        ("p", "6.3 Past horeca niet, dan zoeken de partijen een opleiding op niveau 2 in een "
         "andere richting bij de Vakschool of bij een andere instelling in Zuid-Limburg."),
        ("p", "6.4 De regiegroepleden van beide scholen beslissen samen over de overstap, na "
         "een gesprek met leerling en ouders, en houden daarbij rekening met wat de leerling "
         "al heeft bereikt en met zijn leeftijd. Entree is alleen aan de orde als een diploma "
         "op niveau 2 echt niet haalbaar blijkt."),

        ("h1", "\u00a7 7 Kosten"),
        ("p", "7.1 Er vindt geen overdracht van bekostiging plaats tussen de partijen. Iedere "
         "partij draagt de kosten van haar eigen personeel."),
        ("p", "7.2 De grondstoffen voor praktijklessen betaalt de partij op wier locatie de les "
         "plaatsvindt."),

        ("h1", "\u00a7 8 Stem van leerlingen, ouders en personeel"),
        ("p", "8.1 Naast wat de wet voorschrijft, spreken partijen af dat de "
         "medezeggenschapsraad van het Geulland College en de studentenraad van de Vakschool "
         "ieder jaar advies mogen geven over het routeplan v\u00f3\u00f3r de colleges het "
         "goedkeuren."),
        ("p", "8.2 Eén routeleerling uit routejaar 2 mag als toehoorder met spreekrecht de "
         "vergaderingen van de studentenraad van de Vakschool bijwonen."),
        ("p", "8.3 De personeelsgeleding van de medezeggenschapsraad en de ondernemingsraad "
         "van de Vakschool houden eens per jaar een gezamenlijke bijeenkomst over de werkdruk "
         "en de samenwerking in het team van de route."),

        ("h1", "\u00a7 9 Meningsverschillen"),
        ("p", "9.1 Meningsverschillen over de uitvoering van deze overeenkomst worden eerst "
         "in de regiegroep besproken en daarna, als dat niet helpt, door de twee "
         "bestuurders."),
        ("p", "9.2 Zijn de bestuurders het zes weken na hun eerste gesprek nog niet eens, dan "
         "leggen zij het verschil voor aan een onafhankelijk deskundige die zij samen kiezen "
         "en die bindend adviseert. Komen zij niet tot een keuze, dan wordt de deskundige "
         "aangewezen door de deken van de Orde van Advocaten in het arrondissement Limburg."),

        ("h1", "\u00a7 10 Nieuwe deelnemers, wijziging en einde"),
        ("p", "10.1 Een andere vmbo-school of mbo-instelling kan toetreden met schriftelijke "
         "instemming van beide partijen, door ondertekening van deze overeenkomst. Toetreding "
         "gaat in op 1 augustus en wordt gezamenlijk bij DUO gemeld; de lopende cohorten "
         "houden hun programma."),
        ("p", "10.2 Wijzigingen worden schriftelijk vastgelegd en door beide colleges "
         "ondertekend. Wijzigingen in het programma gaan in bij een nieuw schooljaar."),
        ("p", "10.3 Opzegging kan schriftelijk, tegen 1 augustus, met een termijn van ten "
         "minste twaalf maanden. Bij een ernstige tekortkoming kan een partij de overeenkomst "
         "na ingebrekestelling ontbinden."),
        ("p", "10.4 Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten. "
         "Leerlingen die al in de route zitten, maken haar af zoals afgesproken; waar dat "
         "niet kan, zorgen de partijen samen voor een plek volgens \u00a7 6."),

        ("h1", "\u00a7 11 Slot"),
        ("p", "11.1 De partijen melden de route gezamenlijk aan de minister via RIO."),
        ("p", "11.2 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "Valkenburg aan de Geul, 30 juni 2025"),
        ("sig", ["Stichting Voortgezet Onderwijs Heuvelland", "", "drs. L.M.J. Sporken"],
                ["Stichting Beroepsonderwijs Maas en Heuvelland", "", "M.A.G. Ramakers"]),
    ]


# ============================================================================================
# 403  PDF  'Hoofdstuk / artikel 2.1' convenant with three parties (two vmbo schools, one ROC)
#           and a cluster of care institutions; Achterhoek, Z&W kader -> Verzorgende-IG
#           niveau 3. Fully compliant.
# ============================================================================================

@sample(403, "403_convenant_zorgcluster_achterhoek", "pdf",
        "PDF, convenant in hoofdstukken met decimale artikelen, drie partijen (twee "
        "vmbo-scholen en een ROC) en een cluster van vijf zorgorganisaties met leerafdelingen "
        "in een bijlage; Achterhoek, Zorg en welzijn kader -> Verzorgende-IG niveau 3; "
        "routeraad, overdracht per leerling met bestemming, gezamenlijke "
        "medezeggenschapscommissie; volledig",
        st("p p p p p p p p p p"),
        {"a": "Artikel 2.1 Profiel en opleiding", "b": "Artikel 4.1 Het Zorgcluster Achterhoek",
         "c": "Artikel 3.1 Routeraad", "d": "Artikel 3.2 Informatie en verantwoording",
         "e": "Hoofdstuk 5 Inrichting van het onderwijs", "f": "Artikel 6.1 Overstap",
         "g": "Artikel 7.1 Overdracht van middelen",
         "h": "Artikel 7.2 Medezeggenschap",
         "i": "Artikel 8.1 Geschillen",
         "j": "Artikel 8.2 Toetreding, uittreding en wijziging"},
        font="Helvetica", size=10, justify=False, footer="Convenant Zorgroute Achterhoek 2025",
        doc_title="Convenant Zorgroute Achterhoek")
def s403():
    cluster = [
        ["Zorgorganisatie", "Vestiging", "Bijdrage aan de route"],
        ["Stichting Woonzorg Het Slingehuis", "Winterswijk",
         "leerafdeling psychogeriatrie (8 plaatsen); werkbegeleiders; gastlessen dementie"],
        ["Zorgcentrum De Bleijke Hof", "Doetinchem",
         "leerafdeling somatiek (6 plaatsen); meeloopdagen routejaar 1"],
        ["Thuiszorg Achterhoek-Oost", "Groenlo",
         "bpv in de wijk (4 plaatsen); meebeoordelen proeve van bekwaamheid"],
        ["Stichting Het Akkerhuys", "Aalten",
         "gehandicaptenzorg: snuffelstage routejaar 2; 3 bpv-plaatsen"],
        ["Revalidatiecentrum De Slinge", "Lichtenvoorde",
         "skillstraining tiltechnieken; 2 bpv-plaatsen; lid Zorgtafel"],
    ]
    return [
        ("title", "Convenant Zorgroute Achterhoek"),
        ("subtitle", "samenwerkingsovereenkomst doorlopende leerroute vmbo Zorg en welzijn \u2013 "
         "mbo Verzorgende-IG"),
        ("h2", "Partijen"),
        ("ol", "1.", "Stichting Scholengroep Achterhoek-Oost, gevestigd te Winterswijk, bevoegd "
         "gezag van het Kottense College, school voor vbo en mavo, vertegenwoordigd door "
         "mevrouw J.W. Hulshof-Wassink, bestuurder;"),
        ("ol", "2.", "Stichting Christelijk Voortgezet Onderwijs Oude IJssel, gevestigd te "
         "Doetinchem, bevoegd gezag van het Ludgercollege vmbo, vertegenwoordigd door de heer "
         "R.G.M. Ebbers, voorzitter van het college van bestuur;"),
        ("ol", "3.", "Stichting Regionaal Opleidingencentrum Graafschap en Liemers, gevestigd te "
         "Doetinchem, vertegenwoordigd door mevrouw dr. E. Nijenhuis, voorzitter van het college "
         "van bestuur, hierna: het ROC;"),
        ("p", "de partijen sub 1 en 2 hierna samen ook: de vmbo-scholen."),
        ("h2", "Overwegingen"),
        ("p", "De zorg in de Achterhoek vergrijst sneller dan elders in Gelderland, en de "
         "zorgorganisaties in de regio hebben zich verenigd in het Zorgcluster Achterhoek om "
         "samen de instroom van jonge zorgmedewerkers te vergroten. De vmbo-scholen en het ROC "
         "willen daaraan bijdragen met een doorlopende leerroute en hebben daarover met het "
         "cluster afspraken gemaakt, die in dit convenant zijn opgenomen."),

        ("h1", "Hoofdstuk 1 Algemeen"),
        ("h2", "Artikel 1.1 Karakter"),
        ("p", "Dit convenant is de samenwerkingsovereenkomst bedoeld in artikel 2.107b WVO 2020 "
         "en artikel 9.1.3 WEB. Het bindt de partijen; het Zorgcluster Achterhoek is geen "
         "partij, maar heeft de afspraken in hoofdstuk 4 medeondertekend voor gezien."),

        ("h1", "Hoofdstuk 2 De route"),
        ("h2", "Artikel 2.1 Profiel en opleiding"),
        ("p", "De route begint in het derde leerjaar van de kaderberoepsgerichte leerweg met "
         "het profiel Zorg en welzijn op het Kottense College en op het Ludgercollege, en leidt "
         "tot het diploma van de vakopleiding Verzorgende-IG (niveau 3) van het ROC, "
         "opleidingsdomein Zorg en welzijn. Het vmbo-diploma wordt behaald aan het eind van "
         "routejaar 2. In routejaar 3 volgt de student de beroepsopleidende leerweg; vanaf "
         "routejaar 4 kan hij, als een organisatie uit het cluster hem in dienst neemt, de "
         "opleiding in de beroepsbegeleidende leerweg afmaken. De route duurt vier en een half "
         "jaar."),

        ("h1", "Hoofdstuk 3 Leiding"),
        ("h2", "Artikel 3.1 Routeraad"),
        ("p", "1. De route staat onder leiding van de routeraad. Deze bestaat uit de "
         "teamleider Zorg en welzijn van het Kottense College, de teamleider Zorg en welzijn "
         "van het Ludgercollege en de onderwijsmanager Verzorging van het ROC, die de "
         "vergaderingen voorzit."),
        ("p", "2. Het bevoegd gezag van iedere partij wijst het eigen lid van de routeraad aan "
         "en wijst tegelijk een plaatsvervanger aan. De aanwijzing geldt tot zij wordt "
         "ingetrokken; een partij die haar lid vervangt, meldt dat schriftelijk aan de andere "
         "partijen."),
        ("p", "3. De routeraad heeft tot taak: het vaststellen van het jaarlijkse routeplan en "
         "de jaarroosters; het afstemmen van de inzet van personeel tussen de partijen; het "
         "plaatsen van leerlingen in de route; het onderhouden van de contacten met het "
         "Zorgcluster Achterhoek; en het beslissen over overstappen volgens artikel 6.1."),
        ("p", "4. De besturen mandateren de routeraad om binnen het routeplan en het "
         "routebudget besluiten te nemen en om namens de partijen stageovereenkomsten te "
         "sluiten met de organisaties van het cluster. Besluiten over de begroting, over "
         "personele aangelegenheden en over wijziging van dit convenant blijven bij de "
         "besturen. De routeraad besluit met eenparigheid van stemmen."),
        ("h2", "Artikel 3.2 Informatie en verantwoording"),
        ("p", "1. De routeraad zendt de drie besturen ieder halfjaar, in februari en in "
         "augustus, een dashboard met de kerncijfers van de route: aantallen leerlingen per "
         "routejaar, uitval en overstap, verzuim, examenresultaten en bezetting van de "
         "leerafdelingen."),
        ("p", "2. V\u00f3\u00f3r 1 november legt de routeraad in een verantwoordingsdocument "
         "rekenschap af over het afgelopen schooljaar, inclusief de besteding van de middelen "
         "bedoeld in artikel 7.1. De besturen bespreken dit document in hun jaarlijkse "
         "bestuurlijk overleg in december en stellen het daarna vast."),

        ("h1", "Hoofdstuk 4 De zorgorganisaties"),
        ("h2", "Artikel 4.1 Het Zorgcluster Achterhoek"),
        ("p", "1. De vijf organisaties van het Zorgcluster Achterhoek, genoemd in de tabel "
         "hieronder, zijn bij de route betrokken. Iedere organisatie levert de bijdrage die "
         "achter haar naam staat."),
        ("table", cluster, [5.0, 3.0, 8.2]),
        ("p", "2. De leerafdelingen zijn afdelingen waar een groep studenten onder leiding van "
         "een werkbegeleider van de organisatie en een praktijkdocent van het ROC samen de "
         "zorg verleent. Routeleerlingen lopen vanaf routejaar 2 \u00e9\u00e9n dag per week "
         "mee op een leerafdeling."),
        ("p", "3. Het cluster vaardigt twee leden af naar de Zorgtafel, die twee keer per jaar "
         "met de routeraad het programma bespreekt en adviseert over de keuzedelen en over "
         "nieuwe ontwikkelingen in de zorg, zoals zorgtechnologie."),

        ("h1", "Hoofdstuk 5 Inrichting van het onderwijs"),
        ("p", "5.1 **Locaties.** Routejaar 1 en 2 vinden plaats op de eigen vmbo-school, met op "
         "woensdag lessen in het skillslab van het ROC in Doetinchem. De mbo-fase vindt "
         "plaats op het ROC en op de leerafdelingen."),
        ("p", "5.2 **Programma en examinering.** Partijen leggen het programma, de examinering "
         "en de beroepspraktijkvorming per leerjaar vast in een gezamenlijk PTA/OER, met "
         "vermelding van vo-onderdelen, mbo-onderdelen en gecombineerde onderdelen. De "
         "routeraad bereidt het voor; de besturen stellen het v\u00f3\u00f3r 1 oktober vast."),
        ("p", "5.3 **Personeel.** Iedere vmbo-school zet voor haar leerlingen een docent "
         "zorg en welzijn, een mentor en de leraren Nederlands en biologie in. Het ROC zet "
         "twee praktijkdocenten verpleegtechnische handelingen in die op woensdag in het "
         "skillslab lesgeven, en vanaf routejaar 3 het volledige opleidingsteam. Voor het "
         "programmaonderdeel Zorg in de praktijk in routejaar 1 en 2 werken de docent zorg en "
         "welzijn en de praktijkdocenten als team van leraren en docenten (artikel 7.13a WVO "
         "2020, artikel 9.1.12 WEB). Personeel blijft in dienst van de eigen werkgever; de "
         "partijen scholen hun teamleden jaarlijks samen op een gezamenlijke studiedag."),
        ("p", "5.4 **Faciliteiten.** Het ROC stelt het skillslab, de oefenzorgwoning en het "
         "instrumentarium beschikbaar; het Kottense College zijn zorgdemonstratiewoning, waar "
         "ook studenten van het ROC mogen oefenen. Het Ludgercollege regelt het busvervoer "
         "van zijn leerlingen naar de leerafdelingen."),
        ("p", "5.5 **Klachten en verzuim.** Een klacht over een medewerker van een andere "
         "partij wordt behandeld door de klachtencommissie van de partij waar zij binnenkomt; "
         "de voorzitter van die commissie werkt niet voor het bestuur van de andere partij. "
         "Verzuim in de vo-fase meldt de vmbo-school, in de mbo-fase het ROC."),

        ("h1", "Hoofdstuk 6 Uitstroom en overstap"),
        ("h2", "Artikel 6.1 Overstap"),
        ("p", "1. Een leerling of student die de route verlaat zonder haar af te ronden, wordt "
         "door de partijen geholpen een diploma te halen dat past bij wat hij al heeft "
         "bereikt."),
        ("p", "2. In routejaar 1 en 2 is dat het diploma van de kaderberoepsgerichte leerweg "
         "op de eigen vmbo-school, in het profiel Zorg en welzijn of in een ander profiel."),
        ("p", "3. Na routejaar 2 zonder vmbo-diploma kan de student bij het ROC verder in de "
         "opleiding Helpende zorg en welzijn (niveau 2) of, als zijn resultaten dat toelaten, in "
         "de route blijven en het vmbo-examen herkansen. De vooropleidingseisen zijn daarbij "
         "niet van toepassing."),
        ("p", "4. Een student die een andere richting wil, bijvoorbeeld Pedagogisch medewerker "
         "of Medewerker maatschappelijke zorg, kan op hetzelfde niveau overstappen binnen het "
         "ROC of, na een geschiktheidsonderzoek, naar een andere instelling."),
        ("p", "5. Welk alternatief wordt geboden, beslissen de betrokken vmbo-school en het ROC "
         "samen in de routeraad, na een gesprek met de leerling en zijn ouders, op basis van "
         "het bereikte onderwijsniveau en de leeftijd. De schoolgidsen vermelden deze werkwijze."),

        ("h1", "Hoofdstuk 7 Middelen en medezeggenschap"),
        ("h2", "Artikel 7.1 Overdracht van middelen"),
        ("p", "Iedere vmbo-school draagt met toepassing van artikel 5.42a WVO 2020 per leerling "
         "in routejaar 1 en 2 een bedrag van \u20ac 640 per schooljaar over aan het ROC, ter "
         "bekostiging van de lessen in het skillslab en van het verbruiksmateriaal. Peildatum "
         "is 1 oktober; het ROC factureert in december. Verder draagt iedere partij haar eigen "
         "kosten."),
        ("h2", "Artikel 7.2 Medezeggenschap"),
        ("p", "1. De medezeggenschapsraden van de vmbo-scholen en de studentenraad van het ROC "
         "vormen samen een commissie medezeggenschap Zorgroute, met \u00e9\u00e9n lid uit elke "
         "raad en \u00e9\u00e9n routeleerling als lid. De commissie ontvangt het "
         "verantwoordingsdocument van artikel 3.2 en mag de besturen over de route "
         "adviseren."),
        ("p", "2. De bevoegdheden van de afzonderlijke raden volgens de WMS en de WEB blijven "
         "onverlet; de besturen leggen een voorgenomen wijziging van het PTA/OER ook voor aan "
         "de commissie."),

        ("h1", "Hoofdstuk 8 Geschillen, toetreding en einde"),
        ("h2", "Artikel 8.1 Geschillen"),
        ("p", "Partijen leggen een geschil over de uitvoering van dit convenant eerst voor aan "
         "het bestuurlijk overleg. Is het geschil binnen acht weken niet opgelost, dan "
         "schakelen zij een mediator in die is ingeschreven in het register van de "
         "Mediatorsfederatie Nederland. Blijft mediation zonder resultaat, dan beslist de "
         "rechtbank Gelderland, locatie Zutphen."),
        ("h2", "Artikel 8.2 Toetreding, uittreding en wijziging"),
        ("p", "1. Een school voor vbo in de Achterhoek met het profiel Zorg en welzijn kan tot "
         "dit convenant toetreden als alle partijen schriftelijk instemmen. De toetreding gaat "
         "in bij het begin van een schooljaar en wordt bij DUO gemeld."),
        ("p", "2. Een partij kan het convenant voor zichzelf opzeggen met een termijn van een "
         "jaar, tegen het einde van een schooljaar. Het convenant blijft tussen de overige "
         "partijen van kracht, tenzij het ROC opzegt. Een partij die ernstig tekortschiet, kan "
         "door de andere partijen na ingebrekestelling uit het convenant worden gezet."),
        ("p", "3. Bij opzegging of uitsluiting stroomt bij de betrokken school geen nieuw "
         "cohort meer in; leerlingen en studenten die al in de route zitten, ronden haar af "
         "zoals afgesproken. Bij toetreding blijven de afspraken voor de lopende cohorten "
         "ongewijzigd."),
        ("p", "4. Wijzigingen komen schriftelijk tot stand met instemming van alle partijen en "
         "gaan in bij het begin van een schooljaar."),
        ("h2", "Artikel 8.3 Melding en duur"),
        ("p", "Iedere partij registreert de route in RIO; de melding aan de minister gebeurt "
         "gezamenlijk. Dit convenant geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "Ondertekend te Doetinchem op 30 juni 2025."),
        ("sig", ["Stichting Scholengroep Achterhoek-Oost", "J.W. Hulshof-Wassink", "",
                 "Stichting Christelijk Voortgezet Onderwijs Oude IJssel", "R.G.M. Ebbers"],
                ["Stichting Regionaal Opleidingencentrum Graafschap en Liemers",
                 "dr. E. Nijenhuis", "", "Voor gezien, Zorgcluster Achterhoek:",
                 "H. te Winkel, voorzitter"]),
    ]


# ============================================================================================
# 404  MD  very short, terse markdown; Flevoland (Lelystad), BWI kader -> Allround schilder
#          niveau 3. Fully compliant in very few words.
# ============================================================================================

T404 = """\
# Samenwerkingsovereenkomst doorlopende leerroute Schilderen Lelystad

**Partijen:** Stichting Openbaar Voortgezet Onderwijs Flevoland-Noord, bevoegd gezag van het
Batavia Vakcollege (vmbo) te Lelystad, vertegenwoordigd door R. Sahin, bestuurder ("de school"),
en Stichting MBO Polderland, bevoegd gezag van ROC Polderland, vertegenwoordigd door
drs. W.F. Kuipers, voorzitter college van bestuur ("het ROC"). Zij komen het volgende overeen.

## 1. Route
Kaderberoepsgerichte leerweg, profiel **Bouwen, wonen en interieur**, door naar **Allround
schilder, niveau 3** (domein Afbouw, hout en onderhoud). Vier jaar: twee jaar vmbo (diploma eind
jaar 2), twee jaar mbo, vanaf jaar 3 bbl.

## 2. Schildersbedrijven
De acht leden van de Schildersgilde Flevoland (o.a. Schildersbedrijf Kooistra, Van Wijk
Afbouw en Kleurwerk Dronten) bieden per leerling twee praktijkweken per jaar in de vo-fase en
een bbl-leerbaan in jaar 3-4, beoordelen de proeve mee en bespreken elk voorjaar het programma
met de routeleiding.

## 3. Routeleiding
Duo: docent BWI van de school + opleidingsmanager Bouw van het ROC, ieder aangewezen door het
eigen bestuur. Doet rooster, plaatsing, bpv en overstapbesluiten; beslist binnen het
jaarbudget. Personeel, budget en deze tekst blijven bij de besturen.

## 4. Verantwoording
Jaarverslag (cijfers in/door/uitstroom, examens, geld) aan beide besturen voor 1 november;
bespreking in het bestuurlijk overleg van december.

## 5. Uitvoering
- Jaar 1-2 op de school, woensdag in de schilderswerkplaats van het ROC; jaar 3-4 ROC + leerbaan.
- PTA/OER per leerjaar, jaarlijks door beide besturen vastgesteld voor 1 oktober.
- Team: twee BWI-docenten (school) en een praktijkdocent schilderen (ROC), samen als team van
  leraren en docenten (art. 7.13a WVO 2020) voor het onderdeel Afwerken; ieder blijft bij de
  eigen werkgever.
- Het ROC stelt werkplaats, spuitcabine en steigerbaan open; de school haar praktijklokaal BWI.

## 6. Uitstappen
Stopt een leerling voor zijn vmbo-diploma, dan gaat hij verder in de gewone kaderberoepsgerichte
leerweg van de school. Na jaar
3 zonder vmbo-diploma: zonder vooropleidingseisen door in een andere ROC-opleiding op niveau 2
of 3 (bijv. Schilder, niveau 2), of het vmbo-examen herkansen. Andere richting: opleiding op
hetzelfde niveau bij het ROC of elders in de regio. Het duo kiest samen met leerling en ouders,
naar bereikt niveau en leeftijd.

## 7. Geld
Geen overdracht van bekostiging; ieder draagt eigen kosten.

## 8. Medezeggenschap
Routeleerlingen in jaar 2 mogen meedoen in de studentenraad van het ROC; MR en studentenraad
krijgen het jaarverslag en adviseren over wijzigingen van de route.

## 9. Geschillen
Duo, dan bestuurders (binnen 4 weken), dan mediator; daarna rechtbank Midden-Nederland.

## 10. Toetreding, wijziging, einde
Een nieuwe school of instelling treedt toe met schriftelijke instemming van beide partijen per
1 augustus. Wijzigen alleen schriftelijk door beide besturen. Opzeggen per 1 augustus met 12
maanden termijn; dan geen nieuwe instroom en lopende leerlingen maken de route af.

Ingang 1 augustus 2025, onbepaalde tijd; melding in RIO door beide partijen.

Lelystad, 30 juni 2025 - R. Sahin - W.F. Kuipers
"""


@sample(404, "404_zeer_kort_markdown_schilderen", "md",
        "MD, zeer korte en telegrafische overeenkomst van ongeveer één pagina met genummerde "
        "kopjes; Flevoland (Lelystad), Bouwen, wonen en interieur kader -> Allround schilder "
        "niveau 3 met een schildersgilde; elk onderdeel in een paar zinnen, toch volledig",
        st("p p p p p p p p p p"),
        {"a": "1. Route", "b": "2. Schildersbedrijven", "c": "3. Routeleiding",
         "d": "4. Verantwoording", "e": "5. Uitvoering", "f": "6. Uitstappen",
         "g": "7. Geld", "h": "8. Medezeggenschap", "i": "9. Geschillen",
         "j": "10. Toetreding, wijziging, einde"})
def s404():
    return T404


# ============================================================================================
# driver
# ============================================================================================

def out_path(num):
    s = SAMPLES[num]
    return os.path.join(HERE, "%s.%s" % (s["name"], s["fmt"]))


def build(num):
    s = SAMPLES[num]
    content = s["content"]()
    path = out_path(num)
    if s["fmt"] == "pdf":
        build_pdf(path, content, s["opts"])
    elif s["fmt"] == "docx":
        build_docx(path, content, s["opts"])
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(s["expected"], f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


def check():
    ok = True
    fmts = {}
    for num in sorted(SAMPLES):
        s = SAMPLES[num]
        path = out_path(num)
        errs = []
        assert re.match(r"^%d_[a-z0-9_]+$" % num, s["name"]), s["name"]
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= MAX_BYTES:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa
                text = ""
                errs.append("cannot open: %r" % e)
            if len(text) < 500:
                errs.append("too little text")
            for k, v in s["expected"]["evidence"].items():
                if s["expected"]["statuses"][k] != "present":
                    errs.append("evidence for non-present item %s" % k)
                if norm(v) not in text:
                    errs.append("evidence %s not found: %r" % (k, v))
            for k, v in s["expected"]["statuses"].items():
                if v == "present" and k not in s["expected"]["evidence"]:
                    errs.append("no evidence for present item %s" % k)
            if s["fmt"] in ("pdf", "docx") and ("**" in text or "//" in text):
                errs.append("markup remnant")
        jp = os.path.join(HERE, s["name"] + ".expected.json")
        try:
            with open(jp, encoding="utf-8") as f:
                if json.load(f) != s["expected"]:
                    errs.append("expected.json differs from table")
        except Exception as e:  # noqa
            errs.append("expected.json unreadable: %r" % e)
        print("%s %s %s" % ("OK  " if not errs else "FAIL", os.path.basename(path),
                            "; ".join(errs)))
        ok = ok and not errs
    print("formats:", fmts)
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
