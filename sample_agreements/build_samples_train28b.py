#!/usr/bin/env python3
"""Build training samples 437-444 for leerroute-check (split: train).

Written by an independent author-helper. The agreements were composed from the two official
guidance documents in /work/shared/seeds (bouwsteen samenwerkingsovereenkomst, bouwsteen
overstapoptie), /work/shared/domain.md and sample_agreements/LABELS.md only, without looking at
the checker code, its models or tests, or the texts and build scripts of the other samples.
All schools, instellingen, companies and people are made up.

Usage:
    python3 build_samples_train28b.py            build all eight samples
    python3 build_samples_train28b.py 437 441    build only those numbers
    python3 build_samples_train28b.py --check    open every produced file and verify it
"""

import io
import json
import os
import re
import sys
import textwrap
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = (2025, 6, 30, 9, 0, 0)
MAX_BYTES = 200 * 1024

SAMPLES = {}


def sample(num, name, ext, description, statuses, evidence, style=None):
    """Register one agreement; the decorated function returns its list of blocks."""
    assert ext in ("pdf", "docx", "txt", "md")
    assert set(statuses) == set("abcdefghij")

    def deco(fn):
        SAMPLES[num] = dict(num=num, name=name, ext=ext, description=description,
                            statuses=statuses, evidence=evidence, style=style or {},
                            blocks=fn)
        return fn
    return deco


def expected_json(s):
    return {"description": s["description"], "split": "train",
            "statuses": dict(s["statuses"]), "evidence": dict(s["evidence"])}


# ---------------------------------------------------------------------------
# Inline markup: only <b>..</b> and <i>..</i> are used in the texts.
# ---------------------------------------------------------------------------
TAG_RE = re.compile(r"(</?[bi]>)")


def strip_tags(text):
    return TAG_RE.sub("", text)


def runs(text):
    """Split text with <b>/<i> into (chunk, bold, italic) runs."""
    out, bold, ital = [], False, False
    for part in TAG_RE.split(text):
        if part == "<b>":
            bold = True
        elif part == "</b>":
            bold = False
        elif part == "<i>":
            ital = True
        elif part == "</i>":
            ital = False
        elif part:
            out.append((part, bold, ital))
    return out


def md_inline(text):
    return text.replace("<b>", "**").replace("</b>", "**").replace("<i>", "*").replace("</i>", "*")


# ---------------------------------------------------------------------------
# PDF renderer (reportlab, invariant)
# ---------------------------------------------------------------------------
def render_pdf(s, blocks, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)

    st = s["style"]
    fam = st.get("font", "Helvetica")
    if fam == "Times":
        reg, bold, ital, boldital = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
    else:
        reg, bold, ital, boldital = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"
    size = st.get("size", 10)
    lead = size * 1.38
    align = TA_JUSTIFY if st.get("justify", True) else TA_LEFT

    P = ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, alignment=align,
                       spaceAfter=size * 0.55)
    TITLE = ParagraphStyle("t", parent=P, fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                           alignment=TA_CENTER, spaceAfter=size * 0.6)
    SUB = ParagraphStyle("s", parent=P, fontName=ital, alignment=TA_CENTER, spaceAfter=size)
    H1 = ParagraphStyle("h1", parent=P, fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                        spaceBefore=size * 0.9, spaceAfter=size * 0.4, alignment=TA_LEFT)
    H2 = ParagraphStyle("h2", parent=P, fontName=boldital, fontSize=size + 0.5, spaceBefore=size * 0.5,
                        spaceAfter=size * 0.3, alignment=TA_LEFT)
    NOTE = ParagraphStyle("n", parent=P, fontName=ital, fontSize=size - 0.8, leading=(size - 0.8) * 1.35,
                          leftIndent=0.6 * cm, textColor=colors.HexColor("#333333"))
    LI = ParagraphStyle("li", parent=P, leftIndent=0.9 * cm, bulletIndent=0.35 * cm, spaceAfter=size * 0.3,
                        bulletFontName=reg)
    OL = ParagraphStyle("ol", parent=P, leftIndent=1.0 * cm, bulletIndent=0.2 * cm, spaceAfter=size * 0.35,
                        bulletFontName=reg)
    OL2 = ParagraphStyle("ol2", parent=OL, leftIndent=1.8 * cm, bulletIndent=1.0 * cm)
    CELL = ParagraphStyle("c", parent=P, fontSize=size - 1, leading=(size - 1) * 1.3, alignment=TA_LEFT,
                          spaceAfter=0)
    CELLB = ParagraphStyle("cb", parent=CELL, fontName=bold)

    def esc(t):
        t = t.replace("&", "&amp;")
        t = re.sub(r"<(?!/?[bi]>)", "&lt;", t)
        return t

    story = []
    width = A4[0] - 2 * 2.3 * cm
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(esc(b[1]), TITLE))
        elif kind == "sub":
            story.append(Paragraph(esc(b[1]), SUB))
        elif kind == "h1":
            story.append(Paragraph(esc(b[1]), H1))
        elif kind == "h2":
            story.append(Paragraph(esc(b[1]), H2))
        elif kind == "p":
            story.append(Paragraph(esc(b[1]), P))
        elif kind == "note":
            story.append(Paragraph(esc(b[1]), NOTE))
        elif kind == "li":
            story.append(Paragraph(esc(b[1]), LI, bulletText="\u2022"))
        elif kind == "ol":
            story.append(Paragraph(esc(b[2]), OL2 if len(b) > 3 else OL, bulletText=b[1]))
        elif kind == "box":
            story.append(Paragraph(("[X] " if b[1] else "[  ] ") + esc(b[2]), LI))
        elif kind == "table":
            rows = b[1]
            fr = b[2] if len(b) > 2 and b[2] else [1.0 / len(rows[0])] * len(rows[0])
            data = [[Paragraph(esc(c), CELLB if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[width * f for f in fr], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            story.append(t)
            story.append(Spacer(1, size * 0.8))
        elif kind == "sig":
            cells = []
            for party, person, role in b[1]:
                cells.append(Paragraph("%s<br/><br/><br/>______________________________<br/>%s<br/>%s"
                                       % (esc(party), esc(person), esc(role)), CELL))
            rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
            if len(rows[-1]) == 1:
                rows[-1].append(Paragraph("", CELL))
            t = Table(rows, colWidths=[width / 2] * 2)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
            keep = [Spacer(1, size), t]
            if story and isinstance(story[-1], Paragraph):
                keep.insert(0, story.pop())
            story.append(KeepTogether(keep))
        elif kind == "space":
            story.append(Spacer(1, size * 1.2))
        elif kind == "pb":
            story.append(PageBreak())
        else:
            raise ValueError(kind)

    footer = st.get("footer", "")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(reg, 8)
        txt = "%s  -  pagina %d" % (footer, doc.page) if footer else "pagina %d" % doc.page
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, txt)
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, invariant=1,
                            title=strip_tags(st.get("doc_title", s["name"])), author=st.get("author", ""),
                            subject="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# DOCX renderer (python-docx, fixed core properties, fixed zip timestamps)
# ---------------------------------------------------------------------------
def render_docx(s, blocks, path):
    import datetime
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    st = s["style"]
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = st.get("font", "Calibri")
    normal.font.size = Pt(st.get("size", 10.5))
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.4)

    def add_runs(par, text):
        for chunk, b_, i_ in runs(text):
            r = par.add_run(chunk)
            if b_:
                r.bold = True
            if i_:
                r.italic = True

    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_heading(level=0)
            add_runs(p, b[1])
        elif kind == "sub":
            p = d.add_paragraph()
            add_runs(p, "<i>" + strip_tags(b[1]) + "</i>")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            p = d.add_heading(level=1)
            add_runs(p, b[1])
        elif kind == "h2":
            p = d.add_heading(level=2)
            add_runs(p, b[1])
        elif kind == "p":
            p = d.add_paragraph()
            add_runs(p, b[1])
        elif kind == "note":
            p = d.add_paragraph()
            add_runs(p, "<i>" + strip_tags(b[1]) + "</i>")
            p.paragraph_format.left_indent = Cm(0.8)
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet")
            add_runs(p, b[1])
        elif kind == "ol":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.8 if len(b) > 3 else 1.0)
            p.paragraph_format.first_line_indent = Cm(-0.8)
            add_runs(p, b[1] + "\t" + b[2])
        elif kind == "box":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.6)
            add_runs(p, ("\u2612 " if b[1] else "\u2610 ") + b[2])
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    add_runs(cell.paragraphs[0], ("<b>%s</b>" % strip_tags(c)) if i == 0 else c)
            d.add_paragraph()
        elif kind == "sig":
            items = b[1]
            nrows = (len(items) + 1) // 2
            t = d.add_table(rows=nrows, cols=2)
            for k, (party, person, role) in enumerate(items):
                cell = t.cell(k // 2, k % 2)
                cell.text = ""
                par = cell.paragraphs[0]
                add_runs(par, party)
                cell.add_paragraph("")
                cell.add_paragraph("______________________________")
                cell.add_paragraph(person)
                cell.add_paragraph(role)
        elif kind == "space":
            d.add_paragraph()
        elif kind == "pb":
            d.add_page_break()
        else:
            raise ValueError(kind)

    cp = d.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.author = st.get("author", "")
    cp.last_modified_by = st.get("author", "")
    cp.title = strip_tags(st.get("doc_title", ""))
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""

    raw = io.BytesIO()
    d.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# Plain text and Markdown renderers
# ---------------------------------------------------------------------------
def render_txt(s, blocks, path):
    width = s["style"].get("width", 78)
    ul1 = s["style"].get("h1_underline", "-")
    lines = []

    def wrap(text, indent="", first=None):
        first = indent if first is None else first
        return textwrap.wrap(strip_tags(text), width=width, initial_indent=first,
                             subsequent_indent=indent, break_long_words=False,
                             break_on_hyphens=False) or [first.rstrip()]

    for b in blocks:
        kind = b[0]
        if kind == "title":
            t = strip_tags(b[1])
            lines += [t, "=" * min(len(t), width), ""]
        elif kind == "sub":
            lines += wrap(b[1]) + [""]
        elif kind == "h1":
            t = strip_tags(b[1])
            lines += ["", t]
            if ul1:
                lines.append(ul1 * min(len(t), width))
            lines.append("")
        elif kind == "h2":
            lines += [strip_tags(b[1]), ""]
        elif kind == "p":
            lines += wrap(b[1]) + [""]
        elif kind == "note":
            lines += wrap(b[1], indent="    ") + [""]
        elif kind == "li":
            lines += wrap(b[1], indent="    ", first="  - ") + [""]
        elif kind == "ol":
            pre = "    " if len(b) > 3 else ""
            lab = pre + b[1] + " "
            lines += wrap(b[2], indent=" " * len(lab), first=lab) + [""]
        elif kind == "box":
            lines += wrap(b[2], indent="      ", first="  [X] " if b[1] else "  [ ] ") + [""]
        elif kind == "table":
            rows = b[1]
            head = [strip_tags(c) for c in rows[0]]
            for r in rows[1:]:
                first = True
                for h, c in zip(head, r):
                    lab = ("* " if first else "  ") + h + ": "
                    lines += wrap(c, indent="    ", first=lab)
                    first = False
                lines.append("")
        elif kind == "sig":
            for party, person, role in b[1]:
                lines += [strip_tags(party), "", "  handtekening: ______________________",
                          "  " + person + ", " + role, ""]
        elif kind == "space":
            lines.append("")
        elif kind == "pb":
            lines += ["", "-" * 40, ""]
        else:
            raise ValueError(kind)
    text = "\n".join(lines).rstrip() + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def render_md(s, blocks, path):
    lines = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines += ["# " + strip_tags(b[1]), ""]
        elif kind == "sub":
            lines += ["*" + strip_tags(b[1]) + "*", ""]
        elif kind == "h1":
            lines += ["## " + strip_tags(b[1]), ""]
        elif kind == "h2":
            lines += ["### " + strip_tags(b[1]), ""]
        elif kind == "p":
            lines += [md_inline(b[1]), ""]
        elif kind == "note":
            lines += ["> " + md_inline(b[1]), ""]
        elif kind == "li":
            lines += ["- " + md_inline(b[1])]
        elif kind == "ol":
            lines += [("    " if len(b) > 3 else "") + b[1] + " " + md_inline(b[2]), ""]
        elif kind == "box":
            lines += ["- [%s] %s" % ("x" if b[1] else " ", md_inline(b[2]))]
        elif kind == "table":
            rows = b[1]
            lines.append("| " + " | ".join(strip_tags(c) for c in rows[0]) + " |")
            lines.append("|" + "|".join("---" for _ in rows[0]) + "|")
            for r in rows[1:]:
                lines.append("| " + " | ".join(md_inline(c) for c in r) + " |")
            lines.append("")
        elif kind == "sig":
            lines.append("")
            for party, person, role in b[1]:
                lines += ["**" + strip_tags(party) + "**  ", person + ", " + role + "  ",
                          "handtekening: ____________________", ""]
        elif kind == "space":
            lines.append("")
        elif kind == "pb":
            lines += ["", "---", ""]
        else:
            raise ValueError(kind)
        if kind not in ("li", "box") and lines and lines[-1] != "":
            lines.append("")
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    # blank line after a run of list items
    text = re.sub(r"(\n- [^\n]*)\n(?=[^-\n])", r"\1\n\n", text)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


RENDER = {"pdf": render_pdf, "docx": render_docx, "txt": render_txt, "md": render_md}


# ===========================================================================
# THE AGREEMENTS
# ===========================================================================

# ---------------------------------------------------------------------------
# 437 - interne regeling of a verticale scholengemeenschap, PDF, Oost-Groningen,
#       PIE kader -> Eerste monteur elektrotechnische installaties (niveau 3). Compliant.
# ---------------------------------------------------------------------------
@sample(437, "interne_regeling_vsg_kanaalstreek_elektro", "pdf",
        "Interne regeling (reglementsstijl, paragrafen en artikelen) van een verticale scholengemeenschap "
        "met één bevoegd gezag, PDF, Oost-Groningen, PIE kader naar Eerste monteur elektrotechnische "
        "installaties niveau 3; volledig, h/i/j niet van toepassing voor een interne regeling",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "present", "g": "present", "h": "not_applicable", "i": "not_applicable",
         "j": "not_applicable"},
        {"a": "Artikel 2 De route", "b": "Artikel 3 Werkveld", "c": "Artikel 4 Routeleiding",
         "d": "Artikel 5 Informatie en verantwoording",
         "e": "Artikel 6 Onderwijs, personeel en voorzieningen", "f": "Artikel 7 Overstapoptie",
         "g": "Artikel 8 Geen overdracht van bekostiging"},
        style={"font": "Times", "size": 10.5, "footer": "Interne regeling DLR Elektrotechniek Kanaalstreek",
               "doc_title": "Interne regeling DLR Elektrotechniek Kanaalstreek",
               "author": "Stichting Onderwijsgemeenschap Westerwolde-Kanaalstreek"})
def s437():
    return [
        ("title", "Interne regeling doorlopende leerroute Elektrotechniek Kanaalstreek"),
        ("sub", "vastgesteld door het college van bestuur van de Stichting Onderwijsgemeenschap "
                "Westerwolde-Kanaalstreek op 12 mei 2025"),
        ("p", "Het college van bestuur van de Stichting Onderwijsgemeenschap Westerwolde-Kanaalstreek, "
              "bevoegd gezag van de verticale scholengemeenschap Westerwolde-Kanaalstreek, waartoe behoren "
              "het Vakcollege Kanaalstreek te Stadskanaal (school voor vmbo) en het Techniekcollege "
              "Westerwolde te Ter Apel (instelling voor beroepsonderwijs);"),
        ("p", "gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, "
              "derde lid, van de Wet educatie en beroepsonderwijs;"),
        ("p", "overwegende dat de doorlopende leerroute volledig binnen de verticale scholengemeenschap "
              "wordt verzorgd, zodat in plaats van een samenwerkingsovereenkomst een interne regeling wordt "
              "vastgesteld;"),
        ("p", "gehoord de directeuren van beide scholen;"),
        ("p", "<b>besluit vast te stellen de volgende regeling.</b>"),

        ("h1", "§ 1 Algemene bepalingen"),
        ("h2", "Artikel 1 Begrippen"),
        ("p", "In deze regeling wordt verstaan onder:"),
        ("ol", "a.", "route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2;"),
        ("ol", "b.", "vakcollege: het Vakcollege Kanaalstreek te Stadskanaal;"),
        ("ol", "c.", "techniekcollege: het Techniekcollege Westerwolde te Ter Apel;"),
        ("ol", "d.", "college: het college van bestuur van de stichting;"),
        ("ol", "e.", "routeleiding: de leiding, bedoeld in artikel 4;"),
        ("ol", "f.", "routejaar: een leerjaar van de route; routejaar 1 en 2 vallen samen met leerjaar 3 en 4 "
                     "van het vmbo, routejaar 3 en 4 met leerjaar 1 en 2 van de mbo-opleiding."),
        ("h2", "Artikel 2 De route"),
        ("ol", "1.", "De route verbindt het profiel Produceren, installeren en energie in de "
                     "kaderberoepsgerichte leerweg van het vakcollege met de vakopleiding Eerste monteur "
                     "elektrotechnische installaties in de woning en utiliteit (mbo niveau 3, "
                     "beroepsopleidende leerweg) van het techniekcollege, behorend tot het opleidingsdomein "
                     "Installatie- en energietechniek."),
        ("ol", "2.", "De route duurt vier routejaren. De leerling legt het eindexamen kaderberoepsgerichte "
                     "leerweg af uiterlijk in routejaar 3 en sluit de route af met het diploma van de "
                     "mbo-opleiding."),
        ("ol", "3.", "Per cohort worden ten hoogste twintig leerlingen toegelaten. Toelating vindt plaats aan "
                     "het eind van leerjaar 2 van het vmbo, na een loopbaangesprek met leerling en ouders."),
        ("h2", "Artikel 3 Werkveld"),
        ("ol", "1.", "De installatiebranche in de regio wordt bij de route betrokken via het Werkveldoverleg "
                     "Elektro Kanaalstreek. Daarin hebben in elk geval zitting: Installatiebedrijf Bolhuis en "
                     "Zonen (Stadskanaal), Elektro Lubbers B.V. (Vlagtwedde), Netbeheer Veenkoloniën en een "
                     "adviseur praktijkleren van SBB."),
        ("ol", "2.", "Het werkveldoverleg komt twee keer per schooljaar bijeen en adviseert de routeleiding "
                     "over de inhoud van het programma, de keuzedelen en de verdeling van praktijkopdrachten "
                     "over de routejaren."),
        ("ol", "3.", "De bedrijven uit het werkveldoverleg bieden leerlingen in routejaar 2 een snuffelstage "
                     "van tien dagen en in routejaar 3 en 4 erkende bpv-plaatsen aan; hun praktijkopleiders "
                     "beoordelen de proeven van bekwaamheid mee."),
        ("ol", "4.", "Elk schooljaar verzorgen medewerkers van deze bedrijven ten minste vier gastlessen, onder "
                     "meer over laadpalen, warmtepompen en zonnestroominstallaties."),

        ("h1", "§ 2 Leiding en verantwoording"),
        ("h2", "Artikel 4 Routeleiding"),
        ("ol", "1.", "De routeleiding bestaat uit de teamleider Techniek van het vakcollege en de "
                     "opleidingsmanager Installatietechniek van het techniekcollege. Zij treden gezamenlijk op; "
                     "de opleidingsmanager is voorzitter."),
        ("ol", "2.", "Het college wijst de leden van de routeleiding aan voor een periode van drie schooljaren, "
                     "na de directeuren van beide scholen te hebben gehoord. Het college kan een aanwijzing "
                     "tussentijds intrekken."),
        ("ol", "3.", "De routeleiding is belast met de dagelijkse leiding over de route en het docententeam, "
                     "het voorbereiden van het gezamenlijke programma van toetsing en afsluiting en de onderwijs- "
                     "en examenregeling voor de hele route, de planning van roosters, praktijkperiodes en bpv, "
                     "en de toelating van leerlingen tot de route."),
        ("ol", "4.", "Het college mandateert aan de routeleiding de bevoegdheid om binnen de door het college "
                     "vastgestelde routebegroting verplichtingen aan te gaan tot € 15.000 per verplichting en om "
                     "de leden van het docententeam in te roosteren. Benoeming, ontslag en functiewijziging van "
                     "personeel blijven voorbehouden aan het college."),
        ("h2", "Artikel 5 Informatie en verantwoording"),
        ("ol", "1.", "De routeleiding zendt het college twee keer per jaar, vóór 15 februari en vóór 15 juli, "
                     "een voortgangsnotitie over instroom, doorstroom en uitval, examenresultaten, bpv, uitgaven "
                     "ten opzichte van de routebegroting en knelpunten. De directeuren van beide scholen "
                     "ontvangen een afschrift."),
        ("ol", "2.", "Jaarlijks vóór 1 oktober legt de routeleiding in een routeverslag verantwoording af over "
                     "het afgelopen schooljaar. Het college bespreekt het verslag met de routeleiding in het "
                     "eerstvolgende bestuursgesprek en neemt de hoofdpunten op in het jaarverslag van de "
                     "stichting."),
        ("ol", "3.", "De routeleiding meldt het college onverwijld voorvallen die de continuïteit van de route of "
                     "de veiligheid van leerlingen raken."),

        ("h1", "§ 3 Inrichting"),
        ("h2", "Artikel 6 Onderwijs, personeel en voorzieningen"),
        ("ol", "1.", "Routejaar 1 en 2 worden verzorgd op de locatie van het vakcollege aan de Navolaan te "
                     "Stadskanaal; de praktijkdagen elektrotechniek in routejaar 2 vinden plaats in het "
                     "installatielab van het techniekcollege. Routejaar 3 en 4 worden verzorgd op de locatie van "
                     "het techniekcollege te Ter Apel."),
        ("ol", "2.", "Het programma en de examinering per routejaar, met de aanduiding welke onderdelen tot het "
                     "vmbo, tot het mbo of tot beide behoren, worden vastgelegd in het gezamenlijke PTA/OER, dat "
                     "het college jaarlijks vóór 1 oktober vaststelt."),
        ("ol", "3.", "Het onderwijs wordt gegeven door één docententeam van vmbo-docenten PIE, mbo-docenten en "
                     "praktijkinstructeurs elektrotechniek, aangevuld met docenten Nederlands, Engels en "
                     "rekenen/wiskunde. Voor de vakoverstijgende onderdelen 'Installeren en monteren' en "
                     "'Loopbaan en burgerschap' wordt het team ingezet met toepassing van artikel 7.13a WVO 2020 "
                     "en artikel 9.1.12 WEB; voor elk onderdeel is ten minste één bevoegde docent "
                     "verantwoordelijk. Docenten van het techniekcollege geven in routejaar 2 wekelijks een "
                     "praktijkdagdeel op het vakcollege; docenten van het vakcollege begeleiden in routejaar 3 de "
                     "vmbo-vakken die nog openstaan."),
        ("ol", "4.", "Beide scholen stellen hun voorzieningen kosteloos voor de route beschikbaar: het "
                     "installatielab, de meetkamer en het materiaalmagazijn van het techniekcollege en de "
                     "PIE-werkplaats en theorielokalen van het vakcollege. De stichting verzorgt in routejaar 2 "
                     "het busvervoer tussen Stadskanaal en Ter Apel."),
        ("ol", "5.", "Klachten over gedragingen van medewerkers in het kader van de route worden behandeld "
                     "volgens de klachtenregeling van de stichting, die voor beide scholen geldt."),

        ("h1", "§ 4 Overstap"),
        ("h2", "Artikel 7 Overstapoptie"),
        ("ol", "1.", "Eindigt de deelname van een leerling aan de route voordat hij haar met succes heeft "
                     "afgerond, dan zorgen beide scholen ervoor dat hij een vmbo-diploma of een mbo-diploma kan "
                     "behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd."),
        ("ol", "2.", "Welke opleiding dat is, beslissen de directeuren van het vakcollege en het techniekcollege "
                     "gezamenlijk, op voorstel van de routeleiding en na een gesprek met de leerling en diens "
                     "ouders. Daarbij geldt het volgende:"),
        ("ol", "a.", "wie in routejaar 1 of 2 stopt, vervolgt het reguliere kaderprogramma PIE of, als de "
                     "leerling dat wenst en het bereikte niveau het toelaat, een ander profiel van het "
                     "vakcollege, gericht op het vmbo-diploma;", 2),
        ("ol", "b.", "wie aan het eind van routejaar 3 het vmbo-diploma niet heeft behaald, kan zonder dat "
                     "diploma de mbo-opleiding voortzetten of overstappen naar de opleiding Monteur "
                     "elektrotechnische installaties (niveau 2) van het techniekcollege, en kan daarnaast het "
                     "ontbrekende examenonderdeel opnieuw afleggen; bij een overstap binnen het techniekcollege "
                     "worden geen vooropleidingseisen gesteld;", 2),
        ("ol", "c.", "wie merkt dat de elektrotechniek niet bij hem past, kan overstappen naar een andere "
                     "opleiding op niveau 3 van het techniekcollege, zoals Eerste monteur service en onderhoud "
                     "werktuigbouw of Eerste monteur koudetechniek, waarbij behaalde onderdelen zoveel mogelijk "
                     "worden meegenomen;", 2),
        ("ol", "d.", "wie verhuist of elders verder wil, wordt geholpen bij de aanmelding en het "
                     "geschiktheidsonderzoek van een andere instelling; de routeleiding zorgt voor een warme "
                     "overdracht.", 2),
        ("ol", "3.", "De praktische uitwerking van dit artikel staat in de schoolgids van beide scholen."),

        ("h1", "§ 5 Financiën"),
        ("h2", "Artikel 8 Geen overdracht van bekostiging"),
        ("p", "Tussen het vakcollege en het techniekcollege wordt geen bekostiging overgedragen als bedoeld in "
              "artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van een routejaar komen ten laste van "
              "de begroting van de school die dat routejaar verzorgt; het busvervoer komt ten laste van de "
              "centrale middelen van de stichting."),

        ("h1", "§ 6 Slotbepalingen"),
        ("h2", "Artikel 9 Inwerkingtreding en citeertitel"),
        ("ol", "1.", "Deze regeling treedt in werking op 1 augustus 2025 en geldt voor het eerst voor het cohort "
                     "dat in schooljaar 2025-2026 in routejaar 1 begint."),
        ("ol", "2.", "Zij wordt aangehaald als: Interne regeling DLR Elektrotechniek Kanaalstreek."),
        ("space",),
        ("p", "Aldus vastgesteld te Stadskanaal op 12 mei 2025."),
        ("sig", [("Het college van bestuur", "drs. H.J. Mulder-Oosting", "voorzitter"),
                 ("", "ing. R. Bakker", "lid")]),
    ]


# ---------------------------------------------------------------------------
# 442 - very short Markdown, Noord-Veluwe, Economie en ondernemen kader ->
#       Financieel administratief medewerker (niveau 3). Compliant.
# ---------------------------------------------------------------------------
@sample(442, "zeer_kort_tien_punten_harderwijk_administratie", "md",
        "Zeer korte overeenkomst (één pagina, tien genummerde kopjes, telegramstijl), Markdown, "
        "Noord-Veluwe, Economie en ondernemen kader naar Financieel administratief medewerker niveau 3; "
        "volledig ondanks de beknoptheid",
        {k: "present" for k in "abcdefghij"},
        {"a": "1 Route", "b": "2 Werkveld", "c": "3 Leiding", "d": "4 Verantwoording",
         "e": "5 Onderwijs, mensen en middelen", "f": "6 Als het anders loopt", "g": "7 Geld",
         "h": "8 Inspraak", "i": "9 Onenigheid", "j": "10 Duur, nieuwe partners, wijzigen en opzeggen"})
def s442():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Financiële administratie Harderwijk"),
        ("p", "<b>Partijen:</b> de Stichting voor Christelijk Voortgezet Onderwijs Noord-Veluwe, bevoegd gezag "
              "van het Veluwemeer College (vmbo) te Harderwijk, vertegenwoordigd door J. Hoekstra, voorzitter "
              "van het college van bestuur (\"de school\"), en de Stichting Regionaal Opleidingencentrum "
              "Randmeren te Harderwijk, vertegenwoordigd door drs. M. el Idrissi, voorzitter van het college "
              "van bestuur (\"het ROC\"), spreken het volgende af."),
        ("h1", "1 Route"),
        ("p", "Het vmbo-profiel Economie en ondernemen (kaderberoepsgerichte leerweg) van de school loopt door "
              "in de opleiding Financieel administratief medewerker, niveau 3 (BOL), domein Economie en "
              "administratie, van het ROC. De route duurt vier jaar; het vmbo-examen wordt uiterlijk in jaar 3 "
              "afgelegd."),
        ("h1", "2 Werkveld"),
        ("p", "Accountantskantoor Van Dijk en Brouwer, de afdeling financiën van de gemeente Harderwijk en "
              "Zorggroep Veluwekust bieden samen elk jaar minstens vijftien stageplaatsen voor jaar 3 en 4, "
              "leveren jaarlijks een praktijkcasus voor jaar 2 en beoordelen de eindpresentaties mee. In een "
              "jaarlijks werkveldgesprek adviseren zij over het programma."),
        ("h1", "3 Leiding"),
        ("p", "Een routeduo leidt de route: de teamleider economie van de school en de teamleider Business en "
              "Finance van het ROC, beiden schriftelijk aangewezen door de twee colleges van bestuur samen. Het "
              "duo maakt het rooster en het gezamenlijke PTA/OER, beslist over toelating tot de route, zet het "
              "docententeam in en beheert het routebudget dat de besturen jaarlijks vaststellen."),
        ("h1", "4 Verantwoording"),
        ("p", "Het routeduo rapporteert elk halfjaar (januari en juli) schriftelijk aan beide colleges van "
              "bestuur over in-, door- en uitstroom, resultaten en budget, en bespreekt de jaarrapportage elk "
              "najaar in een bestuurlijk overleg."),
        ("h1", "5 Onderwijs, mensen en middelen"),
        ("p", "Jaar 1 en 2 op de school, jaar 3 en 4 op het ROC; programma en examens per leerjaar staan in het "
              "gezamenlijke PTA/OER. Docenten van beide partijen vormen één team, met teambevoegdheid voor het "
              "vakoverstijgende onderdeel 'Administratie in de praktijk'; een ROC-docent geeft in jaar 2 één dag "
              "per week les op de school. De school stelt haar oefenkantoor beschikbaar, het ROC zijn "
              "leerbedrijf Randmeren Office en de licenties van het boekhoudpakket, over en weer zonder "
              "vergoeding."),
        ("h1", "6 Als het anders loopt"),
        ("p", "Stopt een leerling voortijdig, dan bepalen school en ROC samen, met leerling en ouders, op basis "
              "van het bereikte niveau en de leeftijd het vervolg: in jaar 1 of 2 het gewone kaderprogramma op "
              "de school, met het vmbo-diploma als doel; daarna een andere opleiding op niveau 2 of 3 van het "
              "ROC, zonder vooropleidingseisen. Wie het vmbo-examen niet haalt, mag het in jaar 3 overdoen en "
              "de mbo-opleiding intussen voortzetten."),
        ("h1", "7 Geld"),
        ("p", "Er wordt geen bekostiging overgedragen; elke partij draagt haar eigen kosten."),
        ("h1", "8 Inspraak"),
        ("p", "Leerlingen van de route mogen vanaf jaar 2 lid worden van de studentenraad van het ROC. De "
              "medezeggenschapsraad van de school en de studentenraad van het ROC krijgen jaarlijks de "
              "jaarrapportage en kunnen daarover advies uitbrengen aan beide besturen."),
        ("h1", "9 Onenigheid"),
        ("p", "Komt het routeduo er niet uit, dan beslissen de colleges van bestuur samen. Lukt dat niet binnen "
              "zes weken, dan schakelen zij een mediator in; blijft het geschil bestaan, dan beslist de "
              "rechtbank Gelderland."),
        ("h1", "10 Duur, nieuwe partners, wijzigen en opzeggen"),
        ("p", "Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere school of "
              "instelling kan toetreden als beide partijen schriftelijk instemmen en de nieuwe partij deze "
              "afspraken aanvaardt. Wijzigen kan alleen schriftelijk, door beide besturen ondertekend. Opzeggen "
              "kan schriftelijk met een termijn van een jaar, altijd tegen 1 augustus; leerlingen die dan al in "
              "de route zitten, ronden haar af."),
        ("p", "Harderwijk, 20 juni 2025"),
        ("sig", [("Stichting voor Christelijk Voortgezet Onderwijs Noord-Veluwe", "J. Hoekstra",
                  "voorzitter college van bestuur"),
                 ("Stichting Regionaal Opleidingencentrum Randmeren", "drs. M. el Idrissi",
                  "voorzitter college van bestuur")]),
    ]


# ---------------------------------------------------------------------------
# 438 - consortium of five (three vmbo schools, two ROCs) with a penvoerder, long DOCX,
#       West-Brabant, Zorg en welzijn -> Verzorgende-IG (3), Mbo-verpleegkundige (4),
#       Helpende zorg en welzijn (2). Compliant, with a funding transfer (omvang + bestemming).
# ---------------------------------------------------------------------------
@sample(438, "consortium_vijf_partijen_penvoerder_westbrabant_zorg", "docx",
        "Lange consortiumovereenkomst (advocatenstijl, hoofdstukken en genummerde leden, twee bijlagen) "
        "van drie vmbo-scholen en twee ROC's met één penvoerder, DOCX, West-Brabant, Zorg en welzijn naar "
        "Helpende zorg en welzijn 2, Verzorgende-IG 3 en Mbo-verpleegkundige 4; volledig, met overdracht "
        "van bekostiging per leerling en consortiumbudget",
        {k: "present" for k in "abcdefghij"},
        {"a": "Artikel 4 Profielen en opleidingen", "b": "Artikel 5 Rol van de zorgwerkgevers",
         "c": "Artikel 7 Routeregie", "d": "Artikel 8 Informatie en verantwoording",
         "e": "Hoofdstuk 5 Inrichting", "f": "Artikel 13 Overstapmogelijkheden",
         "g": "Artikel 14 Overdracht van middelen", "h": "Artikel 16 Medezeggenschap",
         "i": "Artikel 17 Geschillenregeling",
         "j": "Hoofdstuk 10 Duur, toetreding, uittreding en wijziging"},
        style={"font": "Cambria", "size": 10.5, "author": "Consortium Zorgroutes West-Brabant",
               "doc_title": "Consortiumovereenkomst doorlopende leerroutes Zorg en welzijn West-Brabant"})
def s438():
    return [
        ("title", "Consortiumovereenkomst doorlopende leerroutes Zorg en welzijn West-Brabant"),
        ("sub", "samenwerkingsovereenkomst als bedoeld in artikel 2.107b van de Wet voortgezet onderwijs 2020 "
                "en artikel 9.1.3 van de Wet educatie en beroepsonderwijs"),
        ("h1", "De ondergetekenden"),
        ("ol", "1.", "<b>Stichting Scholengroep De Vlietlanden</b>, statutair gevestigd te Roosendaal, bevoegd "
                     "gezag van het Vliethof College (vmbo: basis- en kaderberoepsgerichte leerweg en gemengde "
                     "leerweg), rechtsgeldig vertegenwoordigd door mevrouw drs. A.M. Verbraak, voorzitter van "
                     "het college van bestuur, hierna te noemen: 'Vliethof';"),
        ("ol", "2.", "<b>Stichting Openbaar Voortgezet Onderwijs Bergen op Zoom</b>, statutair gevestigd te "
                     "Bergen op Zoom, bevoegd gezag van de Markiezaatschool (vmbo), rechtsgeldig "
                     "vertegenwoordigd door de heer R.P. Claessens, bestuurder, hierna te noemen: "
                     "'Markiezaatschool';"),
        ("ol", "3.", "<b>Vereniging voor Christelijk Voortgezet Beroepsonderwijs Etten-Leur</b>, statutair "
                     "gevestigd te Etten-Leur, bevoegd gezag van De Leeuwerik vmbo, rechtsgeldig "
                     "vertegenwoordigd door mevrouw I. Nuijten-de Bruin, voorzitter van het bestuur, hierna te "
                     "noemen: 'De Leeuwerik';"),
        ("ol", "4.", "<b>Stichting Regionaal Opleidingencentrum Brabantse Wal</b>, statutair gevestigd te "
                     "Bergen op Zoom, rechtsgeldig vertegenwoordigd door de heer dr. K. Bouzian, voorzitter van "
                     "het college van bestuur, hierna te noemen: 'ROC Brabantse Wal' of 'de penvoerder';"),
        ("ol", "5.", "<b>Stichting ROC Markdal</b>, statutair gevestigd te Breda, rechtsgeldig vertegenwoordigd "
                     "door mevrouw M.J. van Gorp, lid van het college van bestuur, hierna te noemen: "
                     "'ROC Markdal';"),
        ("p", "hierna gezamenlijk te noemen: 'partijen'; Vliethof, Markiezaatschool en De Leeuwerik ook: 'de "
              "scholen'; ROC Brabantse Wal en ROC Markdal ook: 'de instellingen'."),
        ("h1", "Overwegende dat"),
        ("ol", "A.", "de zorg- en welzijnsorganisaties in West-Brabant een groeiend tekort hebben aan helpenden, "
                     "verzorgenden en verpleegkundigen;"),
        ("ol", "B.", "partijen sinds 2021 samenwerken in het Zorgpact West-Brabant en deze samenwerking willen "
                     "omzetten in doorlopende leerroutes vmbo-mbo;"),
        ("ol", "C.", "partijen één overeenkomst willen sluiten voor alle vijf deelnemers en een van hen willen "
                     "aanwijzen als penvoerder;"),
        ("ol", "D.", "de medezeggenschapsorganen van alle partijen over het voornemen tot deze samenwerking "
                     "advies hebben uitgebracht;"),
        ("p", "<b>komen het volgende overeen.</b>"),

        ("h1", "Hoofdstuk 1 Algemeen"),
        ("h2", "Artikel 1 Begrippen"),
        ("p", "In deze overeenkomst wordt verstaan onder:"),
        ("ol", "1.1", "<i>route</i>: elk van de doorlopende leerroutes vmbo-mbo, genoemd in artikel 4;"),
        ("ol", "1.2", "<i>consortiumraad</i>: het bestuurlijk overleg van partijen, bedoeld in artikel 6;"),
        ("ol", "1.3", "<i>routeregie</i>: de leiding over de routes, bedoeld in artikel 7;"),
        ("ol", "1.4", "<i>vo-fase</i>: de eerste twee leerjaren van een route, waarin de deelnemer leerling is "
                      "van een van de scholen;"),
        ("ol", "1.5", "<i>mbo-fase</i>: de leerjaren van een route waarin de deelnemer als student is "
                      "ingeschreven bij een van de instellingen;"),
        ("ol", "1.6", "<i>deelnemer</i>: een leerling of student die een route volgt;"),
        ("ol", "1.7", "<i>koppelinstelling</i>: de instelling waarmee een school voor een route is verbonden "
                      "volgens de tabel in artikel 4."),
        ("h2", "Artikel 2 Doel en reikwijdte"),
        ("ol", "2.1", "Partijen verzorgen gezamenlijk de routes, met als doel dat deelnemers zonder overlap of "
                      "onderbreking een vmbo-diploma en een mbo-diploma in het domein Zorg en welzijn behalen."),
        ("ol", "2.2", "Deze overeenkomst bevat de afspraken voor alle routes. Waar een afspraak alleen geldt voor "
                      "een bepaalde school en haar koppelinstelling, staat dat uitdrukkelijk vermeld."),
        ("ol", "2.3", "Partijen melden de routes gezamenlijk aan de minister van OCW; elke school en instelling "
                      "registreert de routes waarin zij deelneemt zelf in RIO. De penvoerder coördineert de "
                      "melding."),
        ("h2", "Artikel 3 Penvoerder"),
        ("ol", "3.1", "Partijen wijzen ROC Brabantse Wal aan als penvoerder."),
        ("ol", "3.2", "De penvoerder voert het secretariaat van de consortiumraad, beheert het consortiumbudget "
                      "(artikel 15), coördineert de melding en het gezamenlijke jaarverslag en is namens het "
                      "consortium aanspreekpunt voor DUO, de inspectie en derden."),
        ("ol", "3.3", "De penvoerder handelt uitsluitend binnen de besluiten van de consortiumraad en gaat geen "
                      "verplichtingen aan namens een andere partij zonder diens schriftelijke toestemming."),
        ("ol", "3.4", "Het penvoerderschap kan per 1 augustus van enig jaar bij besluit van de consortiumraad "
                      "overgaan op ROC Markdal."),

        ("h1", "Hoofdstuk 2 De routes"),
        ("h2", "Artikel 4 Profielen en opleidingen"),
        ("ol", "4.1", "Partijen bieden de volgende routes aan:"),
        ("table", [["Route", "Vmbo-profiel en leerweg", "Mbo-opleiding en niveau", "School", "Koppelinstelling"],
                   ["A", "Zorg en welzijn, kaderberoepsgerichte leerweg",
                    "Verzorgende-IG, niveau 3 (BOL; vanaf leerjaar 4 ook BBL)",
                    "Vliethof, Markiezaatschool, De Leeuwerik",
                    "ROC Brabantse Wal (Vliethof, Markiezaatschool); ROC Markdal (De Leeuwerik)"],
                   ["B", "Zorg en welzijn, gemengde leerweg", "Mbo-verpleegkundige, niveau 4 (BOL)",
                    "Vliethof, De Leeuwerik", "ROC Markdal"],
                   ["C", "Zorg en welzijn, basisberoepsgerichte leerweg", "Helpende zorg en welzijn, niveau 2 (BOL)",
                    "Markiezaatschool", "ROC Brabantse Wal"]],
         [0.08, 0.24, 0.26, 0.2, 0.22]),
        ("ol", "4.2", "De mbo-opleidingen behoren tot het opleidingsdomein Zorg en welzijn. Routes A en C duren "
                      "vier leerjaren, route B vijf leerjaren. Het vmbo-examen wordt in alle routes uiterlijk in "
                      "het derde leerjaar van de route afgelegd."),
        ("ol", "4.3", "Een school biedt alleen de routes aan die in de tabel bij haar naam staan. Uitbreiding met "
                      "een route of een school gebeurt volgens artikel 19 of artikel 21."),

        ("h1", "Hoofdstuk 3 Zorgwerkgevers"),
        ("h2", "Artikel 5 Rol van de zorgwerkgevers"),
        ("ol", "5.1", "Partijen betrekken het werkveld bij de routes via de Werkveldtafel Zorg West-Brabant. "
                      "Daarin hebben zitting: Stichting Thuiszorg Brabantse Wal, Zorggroep De Markiezaten, "
                      "Ziekenhuis Zuidwest-Brabant, Stichting Gehandicaptenzorg De Kempkens, de regionale "
                      "werkgeversvereniging Zorgwerkgevers West-Brabant en een adviseur praktijkleren van SBB. "
                      "De routecoördinator is secretaris."),
        ("ol", "5.2", "De werkveldtafel vergadert drie keer per schooljaar en heeft de volgende taken:"),
        ("ol", "a.", "zij adviseert jaarlijks vóór 1 maart over de keuzedelen en over de inhoud van de "
                     "praktijkopdrachten in de vo-fase;", 2),
        ("ol", "b.", "zij stelt samen met de routeregie de beoordelingscriteria voor de bpv vast;", 2),
        ("ol", "c.", "zij levert per route per schooljaar ten minste één zorgprofessional die in de vo-fase "
                     "veertig uur gastonderwijs verzorgt ('zorgprofessional voor de klas').", 2),
        ("ol", "5.3", "De aangesloten zorgorganisaties stellen in de vo-fase snuffel- en meeloopstages "
                      "beschikbaar en in de mbo-fase erkende bpv-plaatsen en BBL-leerbanen, volgens een "
                      "plaatsingsafspraak die de penvoerder jaarlijks vóór 1 juni met hen maakt."),
        ("ol", "5.4", "Werkbegeleiders van de zorgorganisaties beoordelen de proeven van bekwaamheid mee, met "
                      "een docent van de instelling als tweede beoordelaar."),

        ("h1", "Hoofdstuk 4 Bestuur, leiding en verantwoording"),
        ("h2", "Artikel 6 Consortiumraad"),
        ("ol", "6.1", "Elke partij wijst een lid van haar college van bestuur of bestuur aan als lid van de "
                      "consortiumraad. De vertegenwoordiger van de penvoerder is voorzitter."),
        ("ol", "6.2", "De consortiumraad stelt jaarlijks het jaarplan en de begroting van het consortiumbudget "
                      "vast, benoemt de routecoördinator, ontvangt de verantwoording van de routeregie en bereidt "
                      "wijzigingen van deze overeenkomst voor."),
        ("ol", "6.3", "De consortiumraad vergadert ten minste twee keer per jaar. Besluiten worden genomen met "
                      "ten minste vier stemmen; besluiten over toetreding en over de hoofdstukken 7 en 10 worden "
                      "met algemene stemmen genomen."),
        ("h2", "Artikel 7 Routeregie"),
        ("ol", "7.1", "De leiding over de routes berust bij de routeregie. Deze bestaat uit:"),
        ("ol", "a.", "de routecoördinator, die de routeregie voorzit;", 2),
        ("ol", "b.", "per school de afdelingsleider die verantwoordelijk is voor het profiel Zorg en welzijn;", 2),
        ("ol", "c.", "per instelling de opleidingsmanager van het team Zorg.", 2),
        ("ol", "7.2", "De consortiumraad benoemt de routecoördinator op voordracht van de penvoerder voor een "
                      "termijn van vier jaar; herbenoeming is eenmaal mogelijk. De overige leden worden door het "
                      "bevoegd gezag van hun eigen school of instelling aangewezen en bij de consortiumraad "
                      "aangemeld."),
        ("ol", "7.3", "De routeregie heeft tot taak:"),
        ("ol", "a.", "het opstellen en uitvoeren van het jaarplan;", 2),
        ("ol", "b.", "het opstellen van het gezamenlijke PTA/OER per route, ter vaststelling door de "
                     "bevoegde gezagen;", 2),
        ("ol", "c.", "het afstemmen van roosters, bpv-planning en toelating;", 2),
        ("ol", "d.", "het bewaken van de kwaliteit en van de in-, door- en uitstroom;", 2),
        ("ol", "e.", "het voorbereiden van overstapbesluiten (artikel 13).", 2),
        ("ol", "7.4", "De partijen dragen aan de routeregie de bevoegdheid op om zelfstandig te beslissen over "
                      "de inzet van docenten binnen de beschikbaar gestelde formatie, over roosters, over de "
                      "toelating van leerlingen tot een route en over uitgaven uit het consortiumbudget tot "
                      "€ 10.000 per uitgave binnen de vastgestelde begroting. Besluiten over formatie, huisvesting "
                      "en personeelsbeleid blijven bij de bevoegde gezagen."),
        ("h2", "Artikel 8 Informatie en verantwoording"),
        ("ol", "8.1", "De routeregie brengt elk kwartaal een beknopte voortgangsrapportage uit aan de "
                      "consortiumraad. De penvoerder zendt die binnen twee weken door aan alle vijf bevoegde "
                      "gezagen."),
        ("ol", "8.2", "Vóór 1 november legt de routeregie in een jaarverslag verantwoording af over het voorgaande "
                      "schooljaar, met ten minste: aantallen deelnemers per route en school, in-, door- en "
                      "uitstroom, diplomaresultaten vmbo en mbo, gebruik van de overstapmogelijkheden, bpv, "
                      "besteding van de middelen uit hoofdstuk 7, klachten en de tevredenheid van "
                      "deelnemers en werkveld. Het jaarverslag wordt besproken in de najaarsvergadering van de "
                      "consortiumraad en opgenomen in de jaarverslagen van alle partijen."),
        ("ol", "8.3", "Elk bevoegd gezag kan op elk moment aanvullende inlichtingen vragen; de routeregie "
                      "verstrekt die binnen tien werkdagen."),

        ("h1", "Hoofdstuk 5 Inrichting"),
        ("h2", "Artikel 9 Locaties en programma"),
        ("ol", "9.1", "In de vo-fase volgen deelnemers het onderwijs op hun eigen school; in het tweede leerjaar "
                      "van de route zijn zij één dag per week op hun koppelinstelling. In de mbo-fase wordt het "
                      "onderwijs verzorgd op de Zorgcampus Bergen op Zoom van ROC Brabantse Wal en op de locatie "
                      "Breda-Noord van ROC Markdal. Bijlage 1 bevat het overzicht van locaties en "
                      "contactpersonen."),
        ("ol", "9.2", "Voor elke route beschrijven partijen het onderwijsprogramma, de examinering en de "
                      "beroepspraktijkvorming per leerjaar in een gezamenlijk PTA/OER, waarin staat welke "
                      "onderdelen tot het vmbo, tot het mbo of tot beide behoren. De betrokken bevoegde gezagen "
                      "stellen het PTA/OER jaarlijks vóór 1 oktober vast."),
        ("ol", "9.3", "De school blijft verantwoordelijk voor de vmbo-examinering en diplomering, ook als de "
                      "deelnemer al bij de instelling is ingeschreven; de instelling is verantwoordelijk voor de "
                      "mbo-examinering, die vanaf het eerste leerjaar van de route kan plaatsvinden."),
        ("h2", "Artikel 10 Docenten en teambevoegdheid"),
        ("ol", "10.1", "Elke route heeft één docententeam met docenten van de betrokken school en "
                       "koppelinstelling. Elke instelling zet in de vo-fase per school per route ten minste 0,2 fte "
                       "verpleegkundig docent in; elke school zet in het derde leerjaar twee uur per week een "
                       "docent in voor deelnemers die nog vmbo-vakken moeten afronden."),
        ("ol", "10.2", "Voor de vakoverstijgende onderdelen 'Zorg in de praktijk' en 'Gezondheid en welzijn' "
                       "worden teams ingezet met toepassing van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Per "
                       "onderdeel is ten minste één daartoe bevoegde docent verantwoordelijk; het PTA/OER vermeldt "
                       "in welke onderdelen het team wordt ingezet."),
        ("ol", "10.3", "Docenten blijven in dienst van hun eigen werkgever. De routeregie roostert hen in; de "
                       "eigen leidinggevende blijft verantwoordelijk voor de gesprekscyclus. Partijen organiseren "
                       "jaarlijks twee gezamenlijke studiedagen voor de docententeams."),
        ("h2", "Artikel 11 Faciliteiten"),
        ("ol", "11.1", "De instellingen stellen hun skillslabs (verpleegkundig oefenlokaal met hoog-laagbedden, "
                       "tilliften en simulatiepoppen) volgens rooster beschikbaar voor deelnemers in de vo-fase. De "
                       "scholen stellen hun praktijklokalen Zorg en welzijn en hun instructiekeukens beschikbaar "
                       "voor gezamenlijke praktijkdagen."),
        ("ol", "11.2", "Deelnemers in de vo-fase krijgen toegang tot de elektronische leeromgeving en de "
                       "mediatheek van hun koppelinstelling."),
        ("ol", "11.3", "Partijen brengen elkaar voor dit gebruik geen huur in rekening. Schade die een deelnemer "
                       "veroorzaakt, valt onder de aansprakelijkheidsverzekering van de partij waar de deelnemer "
                       "op dat moment is ingeschreven."),
        ("h2", "Artikel 12 Inschrijving, verzuim, klachten en gegevens"),
        ("ol", "12.1", "In de vo-fase is de deelnemer ingeschreven bij zijn school, in de mbo-fase bij zijn "
                       "koppelinstelling. Verzuim wordt gemeld en gevolgd door de partij waar de deelnemer is "
                       "ingeschreven."),
        ("ol", "12.2", "De klachtenregeling van elke partij is ook van toepassing op gedragingen van medewerkers "
                       "van een andere partij in het kader van een route. Ontvangt een partij een klacht over een "
                       "medewerker van een andere partij, dan informeert zij die partij binnen vijf werkdagen; die "
                       "partij werkt mee aan de behandeling."),
        ("ol", "12.3", "Partijen wisselen alleen de persoonsgegevens uit die nodig zijn voor de uitvoering van de "
                       "routes, volgens de privacyregels die zij in een afzonderlijke gegevensafspraak hebben "
                       "vastgelegd."),

        ("h1", "Hoofdstuk 6 Overstap"),
        ("h2", "Artikel 13 Overstapmogelijkheden"),
        ("ol", "13.1", "Maakt een deelnemer de route niet af, dan zorgen de betrokken school en "
                       "koppelinstelling er samen voor dat hij een vmbo-diploma of een mbo-diploma kan behalen "
                       "dat past bij zijn bereikte onderwijsniveau en zijn leeftijd. Zij stellen het vervolg "
                       "gezamenlijk vast na een gesprek met de deelnemer en zijn ouders of verzorgers; de "
                       "routeregie bereidt het besluit voor."),
        ("ol", "13.2", "Daarbij gelden de volgende uitgangspunten:"),
        ("ol", "a.", "<i>vertrek in de vo-fase</i>: de deelnemer volgt het reguliere programma Zorg en welzijn "
                     "in dezelfde leerweg op zijn school, of een ander profiel, en behaalt daar het vmbo-diploma; "
                     "past een andere route beter bij zijn niveau, dan kan hij overstappen naar die route;", 2),
        ("ol", "b.", "<i>vmbo-diploma niet behaald aan het eind van het derde leerjaar</i>: de deelnemer zet de "
                     "mbo-opleiding voort of stapt over naar een andere opleiding op hetzelfde niveau bij "
                     "dezelfde instelling; vooropleidingseisen worden daarbij niet gesteld; de school biedt "
                     "gelegenheid het vmbo-examen alsnog af te ronden;", 2),
        ("ol", "c.", "<i>andere richting</i>: de deelnemer kan overstappen naar een opleiding op vergelijkbaar "
                     "niveau in een andere richting, zoals Pedagogisch medewerker kinderopvang (niveau 3) of "
                     "Sociaal werker (niveau 4), bij zijn eigen of de andere instelling;", 2),
        ("ol", "d.", "<i>niveau past niet</i>: een deelnemer van route B kan doorstromen naar route A, een "
                     "deelnemer van route A naar route C of naar een reguliere opleiding op niveau 2;", 2),
        ("ol", "e.", "<i>verhuizing of wens om elders verder te gaan</i>: de routeregie helpt bij de aanmelding "
                     "bij een andere instelling en levert de gegevens aan voor het geschiktheidsonderzoek; de "
                     "mentor zorgt voor een warme overdracht.", 2),
        ("ol", "13.3", "Verwijzing naar de Entree-opleiding komt alleen aan de orde als een startkwalificatie "
                       "ook na toepassing van lid 2 redelijkerwijs niet haalbaar is, en alleen na een gezamenlijk "
                       "besluit van school en instelling."),
        ("ol", "13.4", "De schoolgidsen van de scholen en de studiegidsen van de instellingen beschrijven de "
                       "werkwijze bij een overstap."),

        ("h1", "Hoofdstuk 7 Financiën"),
        ("h2", "Artikel 14 Overdracht van middelen"),
        ("ol", "14.1", "Omdat de instellingen in de vo-fase onderwijs verzorgen, draagt elke school met toepassing "
                       "van artikel 5.42a WVO 2020 voor elke deelnemer die op 1 oktober in het tweede leerjaar "
                       "van een route staat ingeschreven, een bedrag van € 1.150 per schooljaar over aan haar "
                       "koppelinstelling."),
        ("ol", "14.2", "Het bedrag is bestemd voor de loonkosten van de verpleegkundig docenten die de instelling "
                       "in de vo-fase inzet (artikel 10.1) en voor verbruiksmaterialen in het skillslab "
                       "(artikel 11.1). De instelling verantwoordt de besteding in het jaarverslag (artikel 8.2)."),
        ("ol", "14.3", "De instelling factureert in november; de school betaalt binnen dertig dagen. Het bedrag "
                       "wordt per 1 augustus geïndexeerd met de loonontwikkeling volgens de cao vo. Bijlage 2 bevat "
                       "een rekenvoorbeeld."),
        ("ol", "14.4", "In de mbo-fase dragen de instellingen geen bekostiging over aan de scholen; de inzet van "
                       "schooldocenten in het derde leerjaar (artikel 10.1) komt voor rekening van de school."),
        ("h2", "Artikel 15 Consortiumbudget"),
        ("ol", "15.1", "Elke partij draagt jaarlijks vóór 1 oktober € 4.000 bij aan een consortiumbudget dat de "
                       "penvoerder beheert."),
        ("ol", "15.2", "Het budget is bestemd voor de aanstelling van de routecoördinator (0,2 fte, in dienst van "
                       "de penvoerder), de gezamenlijke studiedagen en het voorlichtingsmateriaal."),
        ("ol", "15.3", "De penvoerder legt over het budget verantwoording af in het jaarverslag; een overschot "
                       "blijft in het budget."),

        ("h1", "Hoofdstuk 8 Medezeggenschap"),
        ("h2", "Artikel 16 Medezeggenschap"),
        ("ol", "16.1", "In de vo-fase geldt de Wet medezeggenschap op scholen, in de mbo-fase gelden de WEB en "
                       "de Wet op de ondernemingsraden. Daarnaast spreken partijen het volgende af:"),
        ("ol", "a.", "er is een Routeplatform Zorg, bestaande uit per school één lid van de leerling- of "
                     "oudergeleding van de medezeggenschapsraad en per instelling één lid van de studentenraad; "
                     "het platform komt twee keer per jaar bijeen met de routeregie, ontvangt het jaarverslag en "
                     "kan gevraagd en ongevraagd advies uitbrengen aan de consortiumraad, die binnen zes weken "
                     "schriftelijk en gemotiveerd reageert;", 2),
        ("ol", "b.", "deelnemers in het tweede leerjaar van een route kunnen zich verkiesbaar stellen voor de "
                     "studentenraad van hun koppelinstelling;", 2),
        ("ol", "c.", "voorgenomen besluiten over toetreding, uittreding of wijziging van een route worden vóór "
                     "de besluitvorming voor advies voorgelegd aan de medezeggenschapsraden van de scholen en de "
                     "studentenraden van de instellingen.", 2),

        ("h1", "Hoofdstuk 9 Geschillen"),
        ("h2", "Artikel 17 Geschillenregeling"),
        ("ol", "17.1", "Een geschil in de zin van dit artikel is een meningsverschil tussen twee of meer partijen "
                       "over de uitvoering van deze overeenkomst."),
        ("ol", "17.2", "Een geschil wordt eerst besproken in de routeregie. Is het niet binnen vier weken "
                       "opgelost, dan legt elke betrokken partij het voor aan de consortiumraad, die binnen zes "
                       "weken een voorstel tot oplossing doet. Leidt dat niet tot overeenstemming, dan schakelen de "
                       "betrokken partijen een mediator in die is ingeschreven in het register van de Mediators "
                       "federatie Nederland."),
        ("ol", "17.3", "Is het geschil drie maanden na de start van de mediation niet opgelost, dan kan elke "
                       "betrokken partij het voorleggen aan de bevoegde rechter van de rechtbank "
                       "Zeeland-West-Brabant."),
        ("ol", "17.4", "Zolang een geschil loopt, komen partijen hun verplichtingen tegenover de deelnemers "
                       "onverkort na."),

        ("h1", "Hoofdstuk 10 Duur, toetreding, uittreding en wijziging"),
        ("h2", "Artikel 18 Duur en evaluatie"),
        ("ol", "18.1", "Deze overeenkomst treedt in werking op 1 augustus 2025 en loopt tot en met 31 juli 2031. "
                       "Zij wordt daarna telkens stilzwijgend verlengd met drie schooljaren."),
        ("ol", "18.2", "In schooljaar 2028-2029 evalueert de consortiumraad de overeenkomst met de routeregie, de "
                       "werkveldtafel en het Routeplatform Zorg."),
        ("h2", "Artikel 19 Toetreding"),
        ("ol", "19.1", "Een andere school voor vmbo die het profiel Zorg en welzijn aanbiedt, of een andere "
                       "instelling die opleidingen in het domein Zorg en welzijn verzorgt, kan tot deze "
                       "overeenkomst toetreden."),
        ("ol", "19.2", "Toetreding is mogelijk als de kandidaat een schriftelijk verzoek indient bij de penvoerder, "
                       "alle bepalingen van deze overeenkomst aanvaardt, de bijdrage van artikel 15 voldoet en de "
                       "consortiumraad na het advies bedoeld in artikel 16.1 onder c met algemene stemmen "
                       "instemt."),
        ("ol", "19.3", "De toetreding gaat in op 1 augustus na ondertekening van een toetredingsverklaring en de "
                       "melding bij DUO. Leerlingen van de nieuwe partij stromen voor het eerst in bij het begin "
                       "van het schooljaar daarna; voor lopende cohorten verandert er door een toetreding niets."),
        ("h2", "Artikel 20 Uittreding en ontbinding"),
        ("ol", "20.1", "Elke partij kan deze overeenkomst voor zichzelf opzeggen tegen 1 augustus van enig jaar, "
                       "met inachtneming van een opzegtermijn van ten minste twaalf maanden, bij aangetekende "
                       "brief aan de penvoerder, die de andere partijen onverwijld informeert."),
        ("ol", "20.2", "Schiet een partij ernstig tekort in de nakoming van deze overeenkomst en herstelt zij dat "
                       "niet binnen drie maanden na een schriftelijke ingebrekestelling, dan kunnen de overige "
                       "partijen met algemene stemmen besluiten de overeenkomst ten aanzien van die partij te "
                       "ontbinden."),
        ("ol", "20.3", "Uittreding of ontbinding ten aanzien van één partij laat de overeenkomst tussen de overige "
                       "partijen in stand."),
        ("h2", "Artikel 21 Wijziging"),
        ("ol", "21.1", "Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst, ondertekend "
                       "door alle partijen, op voorstel van de consortiumraad en na het advies bedoeld in artikel "
                       "16.1 onder c."),
        ("ol", "21.2", "Een wijziging die het programma van een route verzwaart of de overstapmogelijkheden "
                       "beperkt, geldt alleen voor cohorten die na de wijziging instromen."),
        ("ol", "21.3", "Bijlage 1 kan bij besluit van de consortiumraad worden aangepast."),
        ("h2", "Artikel 22 Bescherming van deelnemers"),
        ("ol", "22.1", "Bij opzegging, ontbinding of beëindiging stopt de instroom van nieuwe deelnemers bij de "
                       "betrokken partij met ingang van het eerstvolgende schooljaar. Deelnemers die op dat "
                       "moment een route volgen, ronden die af volgens het geldende PTA/OER; de uittredende partij "
                       "komt haar verplichtingen tegenover hen na totdat zij de route hebben afgerond of met "
                       "toepassing van artikel 13 zijn overgestapt."),
        ("ol", "22.2", "Kan een uittredende instelling de mbo-fase niet langer verzorgen, dan neemt de andere "
                       "instelling de betrokken deelnemers op in dezelfde opleiding, zonder toelatingsonderzoek; "
                       "de instellingen regelen de financiële afwikkeling onderling."),

        ("h1", "Hoofdstuk 11 Slotbepalingen"),
        ("h2", "Artikel 23 Slotbepalingen"),
        ("ol", "23.1", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("ol", "23.2", "De bijlagen maken deel uit van deze overeenkomst. Bij strijd gaat de tekst van de artikelen "
                       "voor."),
        ("ol", "23.3", "Is een bepaling nietig of vernietigbaar, dan blijven de overige bepalingen van kracht en "
                       "vervangen partijen de bepaling door een geldige bepaling die zo veel mogelijk aansluit bij "
                       "doel en strekking."),
        ("p", "Aldus overeengekomen en in vijfvoud ondertekend te Roosendaal op 26 juni 2025."),
        ("sig", [("Stichting Scholengroep De Vlietlanden", "drs. A.M. Verbraak", "voorzitter college van bestuur"),
                 ("Stichting Openbaar Voortgezet Onderwijs Bergen op Zoom", "R.P. Claessens", "bestuurder"),
                 ("Vereniging voor Christelijk Voortgezet Beroepsonderwijs Etten-Leur", "I. Nuijten-de Bruin",
                  "voorzitter bestuur"),
                 ("Stichting Regionaal Opleidingencentrum Brabantse Wal", "dr. K. Bouzian",
                  "voorzitter college van bestuur"),
                 ("Stichting ROC Markdal", "M.J. van Gorp", "lid college van bestuur")]),
        ("pb",),
        ("h1", "Bijlage 1 Locaties en contactpersonen"),
        ("table", [["Partij", "Locatie route", "Contactpersoon (functie)"],
                   ["Vliethof", "Vliethof College, Roosendaal", "afdelingsleider Zorg en welzijn"],
                   ["Markiezaatschool", "Markiezaatschool, Bergen op Zoom", "afdelingsleider bovenbouw beroeps"],
                   ["De Leeuwerik", "De Leeuwerik vmbo, Etten-Leur", "teamleider Zorg en welzijn"],
                   ["ROC Brabantse Wal", "Zorgcampus Bergen op Zoom", "opleidingsmanager Zorg; routecoördinator"],
                   ["ROC Markdal", "Locatie Breda-Noord", "opleidingsmanager Verpleging en verzorging"]],
         [0.25, 0.4, 0.35]),
        ("h1", "Bijlage 2 Rekenvoorbeeld overdracht (artikel 14)"),
        ("p", "Stel dat op 1 oktober 2025 bij Vliethof 14 deelnemers in het tweede leerjaar van route A staan en "
              "6 in het tweede leerjaar van route B. Vliethof draagt dan 14 x € 1.150 = € 16.100 over aan ROC "
              "Brabantse Wal en 6 x € 1.150 = € 6.900 aan ROC Markdal. Beide instellingen verantwoorden de "
              "besteding aan verpleegkundig docenten en skillslabmaterialen in het jaarverslag over 2025-2026."),
    ]


# ---------------------------------------------------------------------------
# 439 - geintegreerde route vmbo-basis -> mbo-2, plain-language "wij" text, TXT,
#       Kop van Noord-Holland, BWI basis -> Timmerman (niveau 2).
#       Defects: f automatic Entree (contradicts the statute), i only "in goed overleg".
# ---------------------------------------------------------------------------
@sample(439, "geintegreerde_route_gewone_taal_denhelder_timmerman", "txt",
        "Geïntegreerde route vmbo-basis naar mbo-2 in gewone taal ('wij'-stijl, zinnen als kopjes), TXT, "
        "Kop van Noord-Holland, Bouwen, wonen en interieur basis naar Timmerman niveau 2; gebreken: "
        "overstap stuurt elke uitvaller automatisch naar Entree zonder gezamenlijk oordeel (f, in strijd met "
        "de wet), geschillen alleen in goed overleg (i); medezeggenschap niet genoemd",
        {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
         "f": "weak", "g": "present", "h": "not_applicable", "i": "weak", "j": "present"},
        {"a": "1. Om deze route gaat het", "b": "2. Zo doen de bouwbedrijven mee",
         "c": "3. Zo is de leiding geregeld", "d": "4. Zo houdt het routeteam de besturen op de hoogte",
         "e": "5. Zo ziet het onderwijs eruit", "g": "7. Geld",
         "j": "9. Nieuwe partners, veranderen en stoppen"},
        style={"width": 76, "h1_underline": ""})
def s439():
    return [
        ("title", "Samen op weg naar timmerman"),
        ("sub", "Afspraken over de geïntegreerde route Bouwen, wonen en interieur (basis) - Timmerman "
                "(mbo niveau 2) in Den Helder"),
        ("p", "Dit zijn de afspraken tussen:"),
        ("li", "de Stichting Scholengroep Helderse Kust, het bestuur van Vakschool Zeestraat in Den Helder "
               "(vmbo basis en kader). Hieronder heet die school 'de vakschool';"),
        ("li", "de Stichting Noordkop College, het bestuur van het Noordkop College in Den Helder en Schagen "
               "(mbo). Hieronder heet die instelling 'het Noordkop College'."),
        ("p", "Samen zijn wij 'wij'. Wij sluiten deze samenwerkingsovereenkomst omdat de wet dat vraagt voor "
              "een geïntegreerde route (artikel 2.107l WVO 2020 en artikel 9.1.17 WEB). Wij hebben de tekst "
              "bewust in gewone taal geschreven, zodat ook leerlingen en ouders hem kunnen lezen."),

        ("h1", "Waarom deze route?"),
        ("p", "In de Kop van Noord-Holland zijn te weinig timmerlieden. Veel leerlingen van de basisberoepsgerichte "
              "leerweg leren het best met hun handen en in het echte werk. In deze route gaan zij vanaf het "
              "derde leerjaar van het vmbo meteen aan de slag met het mbo-programma. Zij doen geen "
              "vmbo-eindexamen, maar halen aan het eind het mbo-diploma Timmerman."),

        ("h1", "1. Om deze route gaat het"),
        ("p", "De route begint in leerjaar 3 van het vmbo-profiel Bouwen, wonen en interieur in de "
              "basisberoepsgerichte leerweg van de vakschool. Zij leidt naar de basisberoepsopleiding "
              "Timmerman (mbo niveau 2, BOL) van het Noordkop College, in het opleidingsdomein Bouw en infra. "
              "De route duurt drie schooljaren. Een leerling begint pas na een gesprek met de leerling en de "
              "ouders, en nadat de vakschool met het Noordkop College heeft overlegd. Er is plek voor zestien "
              "leerlingen per jaar."),

        ("h1", "2. Zo doen de bouwbedrijven mee"),
        ("p", "Vier bedrijven doen vast mee: Bouwbedrijf Kroon in Julianadorp, Timmerfabriek De Dijk in Schagen, "
              "Aannemersbedrijf Zijlstra en Zonen in Den Helder en het Bouwopleidingscentrum Kop van "
              "Noord-Holland. Wat zij doen:"),
        ("li", "zij geven elke leerling vanaf het tweede jaar van de route een stageplaats, eerst tien weken, in "
               "het laatste jaar twintig weken;"),
        ("li", "zij leveren elk jaar het praktijkproject: de leerlingen bouwen samen een tuinhuis of tiny house "
               "op een echte bouwplaats, en de bedrijven beoordelen het resultaat;"),
        ("li", "hun leermeesters beoordelen het praktijkexamen mee;"),
        ("li", "twee keer per jaar praten zij met het routeteam over het programma en geven zij advies over "
               "wat een beginnend timmerman moet kunnen."),

        ("h1", "3. Zo is de leiding geregeld"),
        ("p", "Een routeteam leidt de route. Daarin zitten de afdelingsleider basis van de vakschool, de "
              "teamleider Bouw van het Noordkop College en een routecoördinator: een docent bouw die daar vier "
              "uur per week voor krijgt."),
        ("p", "De twee bestuurders wijzen de leden van het routeteam samen aan, elk jaar in juni voor het "
              "schooljaar daarna, en zetten dat op papier."),
        ("p", "Het routeteam maakt het rooster en het programma, beslist welke leerlingen in de route mogen "
              "beginnen, verdeelt het werk over de docenten en houdt contact met de bedrijven. Het routeteam mag "
              "zelf beslissen over de inzet van de docenten van de route en over het routebudget van € 8.000 per "
              "jaar. Docenten aannemen of ontslaan doen de besturen zelf."),

        ("h1", "4. Zo houdt het routeteam de besturen op de hoogte"),
        ("p", "Twee keer per jaar, in februari en in augustus, stuurt het routeteam beide besturen een kort "
              "schriftelijk verslag. Daarin staat hoeveel leerlingen zijn begonnen, gestopt en geslaagd, hoe de "
              "stages lopen en wat er met het budget is gedaan. Elk jaar in november praten de twee bestuurders "
              "met het routeteam over het verslag en over het jaar daarna."),

        ("h1", "5. Zo ziet het onderwijs eruit"),
        ("p", "In het eerste jaar van de route zitten de leerlingen vier dagen op de vakschool en één dag in de "
              "houtwerkplaats van het Noordkop College in Schagen. In het tweede jaar is dat drie dagen school, "
              "één dag werkplaats en één dag stage. Het derde jaar volgen zij op het Noordkop College in Den "
              "Helder, met twee dagen stage per week. Wat de leerlingen per jaar leren en hoe en wanneer zij "
              "examen doen, staat in het gezamenlijke PTA/OER. Dat stellen beide besturen elk jaar vóór "
              "1 oktober vast."),
        ("p", "Docenten van de vakschool en instructeurs van het Noordkop College vormen samen één team. Zij "
              "geven les in elkaars programma, volgens de regels voor teambevoegdheid (artikel 7.13a WVO 2020 "
              "en artikel 9.1.12 WEB); voor elk onderdeel is er één docent die er echt voor bevoegd is. Twee "
              "instructeurs van het Noordkop College geven samen zes uur per week les op de vakschool."),
        ("p", "Het Noordkop College laat de leerlingen de houtwerkplaats met de CNC-machine en de "
              "kozijnenstraat gebruiken. De vakschool stelt haar bouwhal en haar theorielokalen beschikbaar. "
              "Elke leerling krijgt bij de start een eigen gereedschapskist. De vakschool regelt en betaalt de "
              "bus naar Schagen."),

        ("h1", "6. Als een leerling stopt"),
        ("p", "Stopt een leerling met de geïntegreerde route, of blijkt de route niet te passen, dan gaat hij of "
              "zij automatisch door naar de Entree-opleiding van het Noordkop College. Dat gebeurt meteen, "
              "zodat de leerling geen tijd verliest. De vakschool schrijft de leerling dan uit."),

        ("h1", "7. Geld"),
        ("p", "Wij dragen geen bekostiging aan elkaar over. Iedere partij betaalt haar eigen docenten en haar "
              "eigen lokalen; de vakschool betaalt de bus en de gereedschapskisten, het Noordkop College het "
              "materiaal in de werkplaats."),

        ("h1", "8. Als wij het niet eens zijn"),
        ("p", "Zijn wij het over de uitvoering van deze afspraken niet eens, dan gaan de bestuurders met elkaar "
              "in gesprek. Wij lossen het samen op, in goed overleg."),

        ("h1", "9. Nieuwe partners, veranderen en stoppen"),
        ("p", "Een andere vmbo-school of mbo-instelling kan meedoen als wij allebei schriftelijk akkoord gaan, de "
              "nieuwe partner deze afspraken helemaal overneemt en zijn deelname bij DUO meldt. Een nieuwe "
              "partner begint altijd op 1 augustus."),
        ("p", "Deze afspraken veranderen kan alleen op papier, ondertekend door beide bestuurders. Een "
              "verandering die nadelig is voor leerlingen geldt alleen voor leerlingen die daarna met de route "
              "beginnen."),
        ("p", "Wij kunnen allebei stoppen met de route. Dat moet schriftelijk, minstens een jaar van tevoren, "
              "en altijd tegen 1 augustus. Vanaf dat moment laten wij geen nieuwe leerlingen meer toe, maar "
              "leerlingen die al in de route zitten, maken hun route bij ons af."),

        ("h1", "10. Looptijd"),
        ("p", "Deze afspraken gelden vanaf 1 augustus 2025 voor vier schooljaren. Wij bekijken in het voorjaar "
              "van 2029 samen of wij doorgaan; doen wij niets, dan lopen zij steeds een jaar door."),
        ("p", "Den Helder, 16 juni 2025"),
        ("sig", [("Stichting Scholengroep Helderse Kust", "M. Bakker-Dekker", "bestuurder"),
                 ("Stichting Noordkop College", "drs. W. Schipper", "voorzitter college van bestuur")]),
    ]


# ---------------------------------------------------------------------------
# 440 - renewal ("verlenging") changing a few articles and confirming the rest, PDF,
#       Noordoost-Brabant, Mobiliteit en transport -> Bedrijfsautotechniek (2 and 3).
#       Defects: c appointment of the routeteam missing; g transfer without omvang (deferred).
# ---------------------------------------------------------------------------
@sample(440, "verlenging_wijziging_oss_bedrijfsauto", "pdf",
        "Verlengings- en wijzigingsovereenkomst (artikelen I-IV, 'komt te luiden', bevestiging van de "
        "ongewijzigde artikelen), PDF, Noordoost-Brabant, Mobiliteit en transport naar Bedrijfsautotechnicus 2 "
        "en Eerste bedrijfsautotechnicus 3; gebreken: nieuw artikel over de leiding zonder wijze van "
        "benoeming (c), overdracht van bekostiging met bestemming maar omvang uitgesteld naar de begroting (g)",
        {"a": "present", "b": "present", "c": "weak", "d": "present", "e": "present",
         "f": "present", "g": "weak", "h": "present", "i": "present", "j": "present"},
        {"a": "Artikel 2 (Route)", "b": "Artikel 3 (Bedrijfsleven)", "d": "Artikel 5 (Verantwoording)",
         "e": "Artikel 6 (Inrichting)", "f": "Artikel 7 (Overstapoptie)", "h": "Artikel 11a Medezeggenschap",
         "i": "Artikel 10 (Geschillen)", "j": "Artikel 12 (Duur, wijziging en beëindiging)"},
        style={"font": "Helvetica", "size": 9.8, "footer": "Verlenging SOK Bedrijfsautotechniek 2025",
               "doc_title": "Verlengings- en wijzigingsovereenkomst SOK Bedrijfsautotechniek",
               "author": "Maaskant / Meierij College"})
def s440():
    return [
        ("title", "Verlengings- en wijzigingsovereenkomst"),
        ("sub", "bij de Samenwerkingsovereenkomst doorlopende leerroute Bedrijfsautotechniek van 4 juli 2022"),
        ("p", "<b>De ondergetekenden:</b>"),
        ("ol", "1.", "Stichting Openbaar Voortgezet Onderwijs Oss en omstreken, gevestigd te Oss, bevoegd "
                     "gezag van het Maaskant Vakcollege, te dezen vertegenwoordigd door mr. P.J. van den Heuvel, "
                     "voorzitter van het college van bestuur, hierna: 'Maaskant';"),
        ("ol", "2.", "Stichting Regionaal Opleidingencentrum Maas en Meierij, gevestigd te 's-Hertogenbosch, te dezen "
                     "vertegenwoordigd door ir. E.C. Verhagen-Smits, voorzitter van het college van bestuur, "
                     "hierna: 'Meierij College';"),
        ("p", "<b>Overwegende dat:</b>"),
        ("ol", "a.", "partijen op 4 juli 2022 een samenwerkingsovereenkomst hebben gesloten voor de doorlopende "
                     "leerroute Mobiliteit en transport - Bedrijfsautotechniek (hierna: 'de overeenkomst'), die "
                     "op 31 juli 2025 afloopt;"),
        ("ol", "b.", "de route in het voorjaar van 2025 is geëvalueerd met leerlingen, docenten en leerbedrijven; "
                     "de evaluatie was positief en leidde tot aanbevelingen over de leiding, de overstap, de "
                     "financiering en de medezeggenschap;"),
        ("ol", "c.", "partijen de overeenkomst willen verlengen, op die punten willen wijzigen en de overige "
                     "bepalingen willen bevestigen;"),
        ("p", "<b>verklaren het volgende te zijn overeengekomen.</b>"),

        ("h1", "Artikel I Verlenging"),
        ("p", "De looptijd van de overeenkomst wordt verlengd tot en met 31 juli 2030. Artikel 12, eerste lid, "
              "van de overeenkomst wordt dienovereenkomstig gelezen."),

        ("h1", "Artikel II Wijzigingen"),
        ("p", "De overeenkomst wordt met ingang van 1 augustus 2025 als volgt gewijzigd."),
        ("h2", "A. Artikel 4 komt te luiden:"),
        ("p", "<b>Artikel 4 Leiding</b>"),
        ("ol", "1.", "De leiding over de route berust bij een routeteam van drie leden: een lid afkomstig van "
                     "Maaskant, een lid afkomstig van Meierij College en een onafhankelijk voorzitter "
                     "met ervaring in de transportsector.", 2),
        ("ol", "2.", "Het routeteam stelt jaarlijks het routeplan, de bpv-planning en het gezamenlijke PTA/OER op; "
                     "het PTA/OER wordt door beide colleges van bestuur vastgesteld.", 2),
        ("ol", "3.", "Het routeteam beslist over de toelating van leerlingen tot de route en over de inzet van het "
                     "docententeam, beheert het routebudget binnen de door beide colleges van bestuur vastgestelde "
                     "begroting en maakt namens partijen afspraken met leerbedrijven over bpv-plaatsen.", 2),
        ("h2", "B. Aan artikel 7 wordt een vierde lid toegevoegd, luidende:"),
        ("ol", "4.", "Een leerling die aan het eind van het derde leerjaar van de route het vmbo-diploma niet heeft "
                     "behaald, kan de opleiding Bedrijfsautotechnicus of Eerste bedrijfsautotechnicus bij "
                     "Meierij College voortzetten zonder dat vooropleidingseisen worden gesteld; Maaskant "
                     "biedt hem gelegenheid het vmbo-examen in het volgende schooljaar alsnog af te ronden.", 2),
        ("h2", "C. Artikel 9 komt te luiden:"),
        ("p", "<b>Artikel 9 Financiën</b>"),
        ("ol", "1.", "Vanaf schooljaar 2025-2026 draagt Maaskant met toepassing van artikel 5.42a WVO 2020 een "
                     "deel van de door haar ontvangen bekostiging over aan Meierij College.", 2),
        ("ol", "2.", "De overgedragen middelen zijn bestemd voor de inzet van mbo-instructeurs in het tweede "
                     "leerjaar van de route en voor de huur van de bedrijfsautowerkplaats in het Transportcentrum "
                     "Heesch.", 2),
        ("ol", "3.", "De hoogte van het over te dragen bedrag wordt jaarlijks bij de vaststelling van de begroting "
                     "door beide colleges van bestuur bepaald.", 2),
        ("h2", "D. Na artikel 11 wordt een artikel ingevoegd, luidende:"),
        ("p", "<b>Artikel 11a Medezeggenschap</b>"),
        ("ol", "1.", "Leerlingen van de route kunnen vanaf het tweede leerjaar als volwaardig lid zitting nemen in "
                     "de studentenraad van Meierij College, ook zolang zij nog bij Maaskant staan "
                     "ingeschreven.", 2),
        ("ol", "2.", "Eenmaal per jaar bespreken de medezeggenschapsraad van Maaskant en de studentenraad van "
                     "Meierij College in een gezamenlijke vergadering het jaarverslag van de route; hun "
                     "gezamenlijke advies wordt aan beide colleges van bestuur uitgebracht, die daar binnen zes "
                     "weken schriftelijk op reageren.", 2),

        ("h1", "Artikel III Bevestiging van de overige bepalingen"),
        ("p", "De artikelen 1, 2, 3, 5, 6, 7 (eerste tot en met derde lid), 8, 10, 11 en 12 van de overeenkomst "
              "blijven ongewijzigd van kracht. Partijen bevestigen over en weer de volgende afspraken daaruit:"),
        ("p", "<b>Artikel 2 (Route).</b> Maaskant biedt het profiel Mobiliteit en transport aan in de "
              "kaderberoepsgerichte en de basisberoepsgerichte leerweg. De route loopt voor de kaderberoepsgerichte "
              "leerweg door in de opleiding Eerste bedrijfsautotechnicus (niveau 3) en voor de "
              "basisberoepsgerichte leerweg in de opleiding Bedrijfsautotechnicus (niveau 2) van Meierij "
              "College, beide in het opleidingsdomein Mobiliteit en voertuigen."),
        ("p", "<b>Artikel 3 (Bedrijfsleven).</b> Transportbedrijf Van Hoeve te Oss, Truckservice Heesch en "
              "Bedrijfswagencentrum Berghem bieden vanaf het derde leerjaar bpv-plaatsen aan, organiseren jaarlijks "
              "een truckdag voor de leerlingen van het eerste leerjaar, en hun werkplaatschefs beoordelen de "
              "praktijkexamens mee. Twee keer per jaar adviseren zij in het werkveldoverleg over de keuzedelen "
              "en de inhoud van de praktijkopdrachten."),
        ("p", "<b>Artikel 5 (Verantwoording).</b> Het routeteam brengt elk kwartaal een schriftelijke "
              "voortgangsnotitie uit aan beide colleges van bestuur en legt jaarlijks vóór 1 oktober in een "
              "jaarrapportage verantwoording af over in-, door- en uitstroom, examenresultaten en de besteding "
              "van het routebudget. De colleges van bestuur bespreken de jaarrapportage in november met het "
              "routeteam."),
        ("p", "<b>Artikel 6 (Inrichting).</b> Leerjaar 1 en 2 van de route worden verzorgd op Maaskant te "
              "Oss, met een wekelijkse werkplaatsdag in het Transportcentrum Heesch van Meierij "
              "College; leerjaar 3 en 4 worden verzorgd door Meierij College. Programma en examinering per "
              "leerjaar staan in het gezamenlijke PTA/OER. De docenten motorvoertuigentechniek van Maaskant "
              "en de instructeurs bedrijfsautotechniek van Meierij College vormen één docententeam, dat "
              "voor het vakoverstijgende onderdeel 'Onderhoud en diagnose' met teambevoegdheid werkt. "
              "Meierij College stelt de bedrijfsautowerkplaats met hefbruggen en diagnoseapparatuur "
              "beschikbaar, Maaskant haar motorenlokaal en theorielokalen."),
        ("p", "<b>Artikel 7 (Overstapoptie).</b> Stopt een leerling met de route, dan bepalen Maaskant en "
              "Meierij College gezamenlijk, na een gesprek met de leerling en zijn ouders en op basis van "
              "het bereikte onderwijsniveau en de leeftijd, het vervolg. In de eerste twee leerjaren is dat het "
              "reguliere programma Mobiliteit en transport op Maaskant, gericht op het vmbo-diploma; daarna "
              "een andere opleiding op hetzelfde niveau bij Meierij College, zoals Eerste autotechnicus of "
              "Monteur mobiele werktuigen. Wie verhuist, krijgt hulp bij de aanmelding en het "
              "geschiktheidsonderzoek bij een andere instelling."),
        ("p", "<b>Artikel 8 (Klachten en verzuim).</b> De klachtenregeling van elke partij geldt ook voor "
              "gedragingen van medewerkers van de andere partij in het kader van de route. Verzuim wordt "
              "gevolgd door de partij waar de leerling is ingeschreven."),
        ("p", "<b>Artikel 10 (Geschillen).</b> Een geschil over de uitvoering van de overeenkomst wordt eerst "
              "besproken in het routeteam en daarna binnen vier weken door de colleges van bestuur. Komen zij er "
              "niet uit, dan schakelen zij een mediator in; leidt mediation binnen drie maanden niet tot een "
              "oplossing, dan beslist de rechtbank Oost-Brabant, locatie 's-Hertogenbosch."),
        ("p", "<b>Artikel 11 (Toetreding).</b> Een andere school voor vmbo of een andere instelling kan tot de "
              "overeenkomst toetreden met schriftelijke instemming van beide partijen, door ondertekening van een "
              "toetredingsverklaring waarin zij de overeenkomst aanvaardt, en na melding bij DUO. Toetreding "
              "gaat in op 1 augustus."),
        ("p", "<b>Artikel 12 (Duur, wijziging en beëindiging).</b> Wijzigingen van de overeenkomst worden "
              "schriftelijk vastgelegd en door beide colleges van bestuur ondertekend. Elke partij kan de "
              "overeenkomst schriftelijk opzeggen met een termijn van twaalf maanden, tegen 1 augustus. Na een "
              "opzegging stromen geen nieuwe leerlingen meer in; leerlingen die al in de route zitten, ronden "
              "haar af bij dezelfde partijen. Wijzigingen die leerlingen benadelen, gelden alleen voor nieuwe "
              "cohorten."),

        ("h1", "Artikel IV Inwerkingtreding en melding"),
        ("p", "Deze verlengings- en wijzigingsovereenkomst treedt in werking op 1 augustus 2025. Partijen "
              "actualiseren de registratie van de route in RIO binnen een maand na ondertekening."),
        ("p", "Aldus overeengekomen en in tweevoud ondertekend te Oss op 10 juni 2025."),
        ("sig", [("Stichting Openbaar Voortgezet Onderwijs Oss en omstreken", "mr. P.J. van den Heuvel",
                  "voorzitter college van bestuur"),
                 ("Stichting Regionaal Opleidingencentrum Maas en Meierij", "ir. E.C. Verhagen-Smits",
                  "voorzitter college van bestuur")]),
    ]


# ---------------------------------------------------------------------------
# 441 - short framework agreement whose real arrangements sit in "Bijlage A Routeblad" inside the
#       same document, DOCX, Holland Rijnland (Leiden), Media, vormgeving en ICT -> IT systems and
#       devices (3 and 4). Compliant, with a transfer (omvang + bestemming) in the bijlage.
# ---------------------------------------------------------------------------
@sample(441, "raamtekst_met_routeblad_bijlage_leiden_ict", "docx",
        "Korte raamtekst met zes artikelen waarvan de inhoudelijke afspraken in 'Bijlage A Routeblad' in "
        "hetzelfde document staan, DOCX, Holland Rijnland, Media, vormgeving en ICT naar Allround medewerker "
        "IT systems and devices 3 en Expert IT systems and devices 4; volledig, met overdracht per leerling "
        "en vast bedrag in de bijlage, geschillen via bindend advies",
        {k: "present" for k in "abcdefghij"},
        {"a": "A.1 Route en opleidingen", "b": "A.2 Werkveld", "c": "A.3 Leiding",
         "d": "A.4 Informatievoorziening aan de besturen", "e": "A.5 Onderwijs, personeel en voorzieningen",
         "f": "A.6 Overstap", "g": "A.7 Bekostiging", "h": "A.8 Medezeggenschap",
         "i": "Artikel 4 Geschillen", "j": "Artikel 5 Duur, toetreding, wijziging en opzegging"},
        style={"font": "Arial", "size": 10, "author": "ROC Rijn en Lede",
               "doc_title": "Samenwerkingsovereenkomst doorlopende leerroute ICT Holland Rijnland"})
def s441():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute ICT Holland Rijnland"),
        ("p", "<b>Partijen</b>"),
        ("p", "1. Stichting voor Voortgezet Onderwijs Holland Rijnland, gevestigd te Leiden, bevoegd gezag van het "
              "Oude Rijn College (vmbo), vertegenwoordigd door drs. L.M. Jansen-Kok, voorzitter van het "
              "college van bestuur, hierna: 'de school';"),
        ("p", "2. Stichting ROC Rijn en Lede, gevestigd te Leiden, vertegenwoordigd door T.A. Rietveld MBA, "
              "voorzitter van het college van bestuur, hierna: 'het ROC', dat de route verzorgt via zijn "
              "College ICT;"),
        ("p", "komen het volgende overeen."),
        ("h1", "Artikel 1 Onderwerp"),
        ("p", "Partijen verzorgen gezamenlijk de doorlopende leerroute ICT zoals omschreven in het Routeblad "
              "(Bijlage A). Het Routeblad maakt deel uit van deze overeenkomst en bevat de afspraken over de "
              "route, het werkveld, de leiding, de informatievoorziening, de inrichting, de overstap, de "
              "bekostiging en de medezeggenschap."),
        ("h1", "Artikel 2 Rangorde"),
        ("p", "Bij strijd tussen de artikelen van deze overeenkomst en het Routeblad gaan de artikelen voor."),
        ("h1", "Artikel 3 Melding"),
        ("p", "Partijen melden de route gezamenlijk aan de minister van OCW en registreren haar ieder voor zich "
              "in RIO vóór de start van het eerste cohort."),
        ("h1", "Artikel 4 Geschillen"),
        ("p", "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken in het "
              "kernteam (A.3) en daarna door de beide voorzitters van de colleges van bestuur. Is het geschil "
              "acht weken nadat een partij het schriftelijk heeft aangekaart niet opgelost, dan leggen partijen "
              "het voor aan een onafhankelijke deskundige die zij samen aanwijzen; die brengt binnen zes weken "
              "bindend advies uit. Worden partijen het binnen twee weken niet eens over de deskundige, dan kan "
              "elk van hen het geschil voorleggen aan de rechtbank Den Haag."),
        ("h1", "Artikel 5 Duur, toetreding, wijziging en opzegging"),
        ("p", "5.1 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("p", "5.2 Een andere school voor vmbo of een andere instelling kan toetreden als beide partijen daarmee "
              "schriftelijk instemmen, de toetreder deze overeenkomst met het Routeblad aanvaardt en de "
              "toetreding bij DUO is gemeld. Toetreding gaat in op 1 augustus; voor leerlingen die al in de "
              "route zitten verandert daardoor niets."),
        ("p", "5.3 Deze overeenkomst en het Routeblad worden uitsluitend schriftelijk gewijzigd, met "
              "handtekening van beide colleges van bestuur. Het Routeblad wordt jaarlijks vóór 1 juni herzien; "
              "wijzigingen die leerlingen benadelen gelden alleen voor cohorten die daarna starten."),
        ("p", "5.4 Elke partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus, met een "
              "opzegtermijn van ten minste één jaar. Na opzegging worden geen nieuwe leerlingen meer toegelaten; "
              "leerlingen die al zijn begonnen, ronden de route af volgens het geldende PTA/OER en partijen "
              "blijven daartoe hun verplichtingen nakomen."),
        ("h1", "Artikel 6 Slotbepaling"),
        ("p", "Op deze overeenkomst is Nederlands recht van toepassing."),
        ("p", "Leiden, 24 juni 2025"),
        ("sig", [("Stichting voor Voortgezet Onderwijs Holland Rijnland", "drs. L.M. Jansen-Kok",
                  "voorzitter college van bestuur"),
                 ("Stichting ROC Rijn en Lede", "T.A. Rietveld MBA", "voorzitter college van bestuur")]),
        ("pb",),
        ("title", "Bijlage A Routeblad doorlopende leerroute ICT"),
        ("sub", "behorend bij de samenwerkingsovereenkomst van 24 juni 2025; versie 2025-2026"),
        ("h1", "A.1 Route en opleidingen"),
        ("table", [["Vmbo (school)", "Mbo (ROC, College ICT)", "Duur"],
                   ["Profiel Media, vormgeving en ICT, kaderberoepsgerichte leerweg",
                    "Allround medewerker IT systems and devices, niveau 3, BOL", "4 jaar"],
                   ["Profiel Media, vormgeving en ICT, gemengde leerweg",
                    "Expert IT systems and devices, niveau 4, BOL", "5 jaar"]],
         [0.42, 0.42, 0.16]),
        ("p", "Beide opleidingen horen bij het opleidingsdomein ICT en creatieve industrie. Leerlingen kiezen "
              "aan het eind van leerjaar 2 van het vmbo voor de route; het vmbo-examen wordt uiterlijk in het "
              "derde routejaar afgelegd."),
        ("h1", "A.2 Werkveld"),
        ("p", "Datacentrum Leidse Regio B.V., Bouwman Netwerken, de afdeling Informatievoorziening van de gemeente "
              "Leiden en de werkgeverskring ICT Holland Rijnland vormen samen de werkveldgroep van de route. Zij:"),
        ("li", "leveren per schooljaar vier praktijkopdrachten met een echte opdrachtgever voor routejaar 1 en 2;"),
        ("li", "organiseren in het voorjaar een hackathon waarin leerlingen in gemengde teams werken;"),
        ("li", "bieden in routejaar 3 en later bpv-plaatsen, die het ROC jaarlijks vóór 1 mei met hen vastlegt;"),
        ("li", "beoordelen de examenopdrachten van de beroepsgerichte onderdelen mee;"),
        ("li", "adviseren twee keer per jaar het kernteam over de keuzedelen en over nieuwe technieken die in het "
               "programma moeten komen."),
        ("h1", "A.3 Leiding"),
        ("p", "Het kernteam leidt de route. Het bestaat uit de trajectleider (voorzitter), de teamleider "
              "Media, vormgeving en ICT van de school en de onderwijsmanager van het College ICT. De beide "
              "colleges van bestuur benoemen de trajectleider gezamenlijk, op voordracht van de directeur vmbo "
              "en de directeur van het College ICT, voor drie schooljaren. De teamleider en de onderwijsmanager "
              "worden door hun eigen bestuur in het kernteam aangewezen."),
        ("p", "Het kernteam stelt het rooster, het gezamenlijke PTA/OER (ter vaststelling door beide besturen) "
              "en de bpv-planning op, beslist over de toelating van leerlingen, verdeelt de lessen over het "
              "docententeam en beheert het routebudget. Het kernteam mag binnen het door de besturen "
              "vastgestelde budget zelfstandig verplichtingen aangaan tot € 7.500; besluiten daarboven en "
              "besluiten over personeel nemen de besturen."),
        ("h1", "A.4 Informatievoorziening aan de besturen"),
        ("p", "De trajectleider stuurt beide colleges van bestuur elk kwartaal een kwartaalbericht met de "
              "kengetallen van de route (aantallen, verzuim, uitval, voortgang van de examens, budget). Vóór "
              "15 oktober legt het kernteam in een jaarverslag verantwoording af over het afgelopen schooljaar; "
              "in november bespreken beide besturen dat verslag met het kernteam in een bestuurlijk gesprek."),
        ("h1", "A.5 Onderwijs, personeel en voorzieningen"),
        ("p", "Routejaar 1 en 2 worden gegeven op de school, met elke week een praktijkdag in het ICT-lab van "
              "het College ICT op de locatie Lammenschans. Routejaar 3 en later "
              "worden gegeven op het College ICT. Het programma en de examinering per routejaar staan in het "
              "gezamenlijke PTA/OER, waarin per onderdeel staat of het vmbo, mbo of gecombineerd is."),
        ("p", "Docenten van beide partijen vormen één docententeam. Voor de vakoverstijgende onderdelen "
              "'Netwerken en beveiliging' en 'Werken in projecten' werkt het team met teambevoegdheid "
              "(artikel 7.13a WVO 2020, artikel 9.1.12 WEB), waarbij voor elk onderdeel een bevoegde docent "
              "eindverantwoordelijk is. Het College ICT zet in routejaar 1 en 2 een docent in voor 0,15 fte op "
              "de school; de school laat in routejaar 3 een docent Nederlands en wiskunde twee uur per week "
              "lesgeven op het College ICT."),
        ("p", "Het College ICT stelt zijn ICT-lab (serverrekken, netwerkapparatuur, werkplekken) en zijn "
              "examenruimte beschikbaar; de school haar mediaklas en het leerlingendeel van haar "
              "schoolnetwerk. Leerlingen krijgen vanaf routejaar 1 een account in de leeromgeving van het ROC."),
        ("h1", "A.6 Overstap"),
        ("p", "Verlaat een leerling de route voordat hij haar heeft afgerond, dan beslissen de school en het ROC "
              "samen, met de leerling en zijn ouders, welke opleiding hij gaat volgen. Zij kijken daarbij naar "
              "wat hij al heeft bereikt en naar zijn leeftijd, en zorgen dat hij een vmbo- of mbo-diploma kan "
              "halen:"),
        ("li", "in routejaar 1 en 2: het reguliere programma Media, vormgeving en ICT van de school (of een "
               "ander profiel), met het vmbo-diploma als doel;"),
        ("li", "vanaf routejaar 3 zonder vmbo-diploma: voortzetting van de opleiding of een andere opleiding op "
               "hetzelfde niveau van het ROC, zoals Medewerker ICT support (niveau 2) of Allround medewerker IT "
               "systems and devices (niveau 3) voor een leerling uit de niveau-4-route; vooropleidingseisen "
               "gelden hierbij niet;"),
        ("li", "bij een andere interesse: een opleiding op vergelijkbaar niveau in een andere richting, zoals "
               "Mediavormgever of Software developer, bij het ROC of elders in de regio;"),
        ("li", "bij verhuizing: begeleiding naar een andere instelling, inclusief de gegevens voor het "
               "geschiktheidsonderzoek."),
        ("h1", "A.7 Bekostiging"),
        ("p", "Met toepassing van artikel 5.42a WVO 2020 draagt de school aan het ROC over:"),
        ("li", "€ 600 per leerling die op 1 oktober in routejaar 2 staat ingeschreven, bestemd voor de "
               "examenvouchers van de IT-certificeringen en de leenlaptops met beheerlicenties van het College "
               "ICT;"),
        ("li", "een vast bedrag van € 12.500 per schooljaar, bestemd voor de inzet van de docent van het "
               "College ICT op de school (0,15 fte, zie A.5)."),
        ("p", "Het ROC factureert in november en verantwoordt de besteding in het jaarverslag (A.4). In de "
              "omgekeerde richting wordt geen bekostiging overgedragen."),
        ("h1", "A.8 Medezeggenschap"),
        ("p", "Leerlingen van de route mogen vanaf routejaar 2 lid worden van de studentenraad van het College "
              "ICT. De medezeggenschapsraad van de school en de studentenraad van het College ICT wijzen elk "
              "twee leden aan voor een gezamenlijke routecommissie, die het jaarverslag en elke herziening van "
              "dit Routeblad vooraf ontvangt en daarover advies uitbrengt aan beide besturen."),
    ]


# ---------------------------------------------------------------------------
# 443 - checklist form with checkboxes filled in by the schools, DOCX, West-Friesland (Hoorn),
#       Horeca, bakkerij en recreatie kader -> Zelfstandig werkend gastheer/gastvrouw (3).
#       Defects: b only the statutory sentence, no box ticked; d form and frequency left as dotted
#       lines; j no protection of pupils on opzegging/wijziging.
# ---------------------------------------------------------------------------
DOTS = "\u2026" * 40


@sample(443, "invulformulier_aankruisvakjes_hoorn_gastheer", "docx",
        "Invulformulier op basis van het format met aankruisvakjes (☒/☐) en invulvelden, DOCX, "
        "West-Friesland, Horeca, bakkerij en recreatie kader naar Zelfstandig werkend gastheer/gastvrouw 3; "
        "gebreken: bedrijfsleven alleen de wettekst zonder aangekruiste rol (b), vorm en frequentie van de "
        "verantwoording als stippellijnen open (d), opzegging en wijziging zonder bescherming van leerlingen (j)",
        {"a": "present", "b": "weak", "c": "present", "d": "weak", "e": "present",
         "f": "present", "g": "present", "h": "present", "i": "present", "j": "weak"},
        {"a": "1. De betreffende doorlopende leerroute vmbo-mbo", "c": "3a. Leiding",
         "e": "4. Organisatorische en onderwijskundige inrichting", "f": "5. Overstapoptie",
         "g": "6. Financiën", "h": "7. Aanvullende afspraken medezeggenschap", "i": "8. Geschilbeslechting"},
        style={"font": "Calibri", "size": 10.5, "author": "Westfries Vakcollege",
               "doc_title": "Invulformulier samenwerkingsovereenkomst DLR West-Friesland"})
def s443():
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
        ("sub", "Invulformulier regio West-Friesland, versie 2025-1, ingevuld door de scholen op 2 juni 2025"),
        ("p", "Toelichting bij het formulier: dit formulier volgt het format uit de bouwsteen "
              "samenwerkingsovereenkomst. Een aangekruist vakje (\u2612) betekent dat de afspraak geldt; een "
              "leeg vakje (\u2610) betekent dat de afspraak niet geldt. Ingevulde velden zijn afspraken tussen "
              "partijen."),
        ("h1", "Partijen"),
        ("table", [["Rol", "Bevoegd gezag", "School / instelling", "Vertegenwoordigd door"],
                   ["vmbo", "Stichting Openbaar Voortgezet Onderwijs West-Friesland", "Westfries Vakcollege, Hoorn",
                    "F.J. Kaag, bestuurder"],
                   ["mbo", "Stichting ROC Westfriesland-Noord", "Horeca- en Toerismecollege, Hoorn",
                    "A. Schouten-Visser, voorzitter college van bestuur"]],
         [0.1, 0.35, 0.27, 0.28]),
        ("p", "verklaren te zijn overeengekomen:"),
        ("h1", "Doel en wijze van samenwerking"),
        ("box", True, "Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende leerroute "
                      "vmbo-mbo verzorgd door ondergetekenden."),
        ("box", False, "Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een geïntegreerd "
                       "onderwijsprogramma (vmbo-basis - mbo niveau 2) verzorgd."),
        ("box", True, "Ondergetekenden beschrijven voor de gehele route het onderwijsprogramma, de examinering per "
                      "leerjaar en de beroepspraktijkvorming per leerjaar (gezamenlijk PTA/OER) en voeren dit "
                      "gezamenlijk uit."),
        ("box", True, "Ondergetekenden melden gezamenlijk aan de minister van OCW (via RIO) dat zij de route "
                      "aanbieden."),

        ("h1", "Afspraken"),
        ("h2", "1. De betreffende doorlopende leerroute vmbo-mbo"),
        ("p", "Vmbo-profiel:"),
        ("box", False, "Bouwen, wonen en interieur"),
        ("box", False, "Economie en ondernemen"),
        ("box", True, "Horeca, bakkerij en recreatie"),
        ("box", False, "Zorg en welzijn"),
        ("p", "Leerweg:"),
        ("box", False, "basisberoepsgerichte leerweg"),
        ("box", True, "kaderberoepsgerichte leerweg"),
        ("box", False, "gemengde leerweg"),
        ("p", "Mbo-opleiding en niveau: <b>Zelfstandig werkend gastheer/gastvrouw, niveau 3 (BOL), "
              "opleidingsdomein Horeca en bakkerij</b>"),
        ("p", "Duur van de route: <b>4 leerjaren; vmbo-examen in leerjaar 3 van de route</b>"),

        ("h2", "2. Betrokkenheid bedrijfsleven"),
        ("p", "Het bedrijfsleven is/wordt als volgt betrokken bij de invulling van dit onderwijsprogramma:"),
        ("p", "<i>Het bedrijfsleven wordt betrokken bij de invulling van de doorlopende leerroute, conform de "
              "wettelijke bepalingen en het beleid van beide partijen.</i>"),
        ("box", False, "werkveldcommissie / adviesraad met vaste bedrijven (namen: " + "\u2026" * 20 + ")"),
        ("box", False, "stage- en bpv-plaatsen bij erkende leerbedrijven"),
        ("box", False, "gastlessen en bedrijfsbezoeken"),
        ("box", False, "meebeoordelen van examens door praktijkopleiders"),

        ("h2", "3. Inzet leiding en verantwoording"),
        ("p", "<b>3a. Leiding</b>"),
        ("p", "Samenstelling van de leiding:"),
        ("box", True, "coördinator vmbo: de teamleider Horeca, bakkerij en recreatie van het Westfries "
                      "Vakcollege"),
        ("box", True, "coördinator mbo: de opleidingsmanager Horeca van het Horeca- en Toerismecollege"),
        ("box", False, "stuurgroep met bestuurders"),
        ("p", "Wijze van benoeming:"),
        ("box", True, "de coördinatoren worden door de bestuurder van de school en het college van bestuur van "
                      "het ROC gezamenlijk schriftelijk aangewezen, telkens voor twee schooljaren"),
        ("p", "Taken en bevoegdheden: <b>de coördinatoren hebben samen de dagelijkse leiding over de route; zij "
              "stellen het gezamenlijke PTA/OER op ter vaststelling door beide besturen, maken het rooster, "
              "beslissen over toelating van leerlingen tot de route en over de inzet van de docenten van het "
              "routeteam, en mogen het routebudget besteden tot € 5.000 per uitgave. Besluiten over personeel "
              "en huisvesting blijven bij de besturen.</b>"),
        ("p", "<b>3b. Inlichtingen en verantwoording</b>"),
        ("p", "Het verstrekken van inlichtingen en afleggen van verantwoording door de leiding aan "
              "ondergetekenden wordt als volgt georganiseerd:"),
        ("p", "Vorm:"),
        ("box", False, "schriftelijke rapportage"),
        ("box", False, "bestuurlijk overleg"),
        ("box", False, "anders, namelijk: " + DOTS),
        ("p", "Frequentie: " + DOTS),
        ("p", "Aan:"),
        ("box", True, "de bestuurder van de Stichting Openbaar Voortgezet Onderwijs West-Friesland"),
        ("box", True, "het college van bestuur van de Stichting ROC Westfriesland-Noord"),

        ("h2", "4. Organisatorische en onderwijskundige inrichting"),
        ("p", "a. Locatie(s):"),
        ("box", True, "Westfries Vakcollege, Hoorn: leerjaar 1 en 2 van de route, met één dag per week in het "
                      "leerrestaurant van het Horeca- en Toerismecollege"),
        ("box", True, "Horeca- en Toerismecollege, Hoorn: leerjaar 3 en 4 van de route"),
        ("p", "b. Gebruik van faciliteiten:"),
        ("box", True, "het ROC stelt zijn leerrestaurant De Roode Steen, de bar en de kassasystemen "
                      "beschikbaar voor de leerlingen in leerjaar 1 en 2"),
        ("box", True, "de school stelt haar praktijkkeuken en haar leslokalen beschikbaar voor gezamenlijke "
                      "praktijkdagen"),
        ("box", True, "partijen brengen elkaar voor dit gebruik niets in rekening"),
        ("p", "c. Inzet van personeel:"),
        ("box", True, "docenten van beide partijen vormen één docententeam"),
        ("box", True, "voor het vakoverstijgende onderdeel 'Gastvrijheid en service' wordt gewerkt met "
                      "teambevoegdheid (artikel 7.13a WVO 2020 / artikel 9.1.12 WEB), met per onderdeel een "
                      "bevoegde docent als eindverantwoordelijke"),
        ("box", True, "een mbo-docent horeca geeft in leerjaar 2 vier uur per week les op de school; een "
                      "vmbo-docent Nederlands begeleidt in leerjaar 3 twee uur per week de leerlingen die nog "
                      "vmbo-vakken afronden"),

        ("h2", "5. Overstapoptie"),
        ("p", "Deelnemers die deze doorlopende leerroute niet met succes afronden worden door ondergetekenden in "
              "staat gesteld om:"),
        ("box", True, "bij vertrek in leerjaar 1 of 2: het reguliere kaderprogramma Horeca, bakkerij en recreatie "
                      "(of een ander profiel) op het Westfries Vakcollege te volgen en het vmbo-diploma te halen"),
        ("box", True, "bij het ontbreken van het vmbo-diploma na leerjaar 3: zonder vooropleidingseisen verder "
                      "te gaan in de opleiding of over te stappen naar Gastheer/gastvrouw (niveau 2) bij het "
                      "Horeca- en Toerismecollege"),
        ("box", True, "bij een andere interesse: over te stappen naar een andere opleiding op niveau 3 van het "
                      "ROC, zoals Zelfstandig werkend kok of Zelfstandig medewerker leisure and hospitality"),
        ("box", True, "het vervolg wordt door school en ROC gezamenlijk vastgesteld, na een gesprek met leerling "
                      "en ouders, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling"),
        ("box", False, "doorverwijzing naar de Entree-opleiding"),

        ("h2", "6. Financiën"),
        ("box", True, "Er vindt geen overdracht van bekostiging plaats tussen ondergetekenden; iedere partij "
                      "draagt haar eigen kosten."),
        ("box", False, "Er vindt overdracht van bekostiging plaats. Omvang: " + "\u2026" * 15 +
                       " Bestemming: " + "\u2026" * 15),

        ("h2", "7. Aanvullende afspraken medezeggenschap"),
        ("box", True, "Leerlingen in leerjaar 2 van de route kunnen zich verkiesbaar stellen voor en lid worden "
                      "van de studentenraad van het Horeca- en Toerismecollege."),
        ("box", True, "De medezeggenschapsraad van het Westfries Vakcollege en de studentenraad van het Horeca- "
                      "en Toerismecollege bespreken jaarlijks in mei samen de route en kunnen daarover "
                      "gezamenlijk advies uitbrengen aan beide besturen."),
        ("box", False, "Geen aanvullende afspraken."),

        ("h2", "8. Geschilbeslechting"),
        ("box", True, "een geschil over de uitvoering van deze overeenkomst wordt eerst besproken door de "
                      "coördinatoren"),
        ("box", True, "lukt dat niet, dan overleggen de bestuurders binnen vier weken"),
        ("box", True, "daarna schakelen partijen een mediator in"),
        ("box", True, "leidt mediation binnen drie maanden niet tot een oplossing, dan beslist de rechtbank "
                      "Noord-Holland"),

        ("h2", "9. Betrokkenheid andere partijen"),
        ("box", True, "Een andere school of instelling voor beroepsonderwijs kan partij worden als beide "
                      "ondertekenaars schriftelijk instemmen, de toetreder deze overeenkomst ongewijzigd "
                      "aanvaardt en de toetreding bij DUO wordt gemeld."),

        ("h2", "10. Looptijd, wijziging en beëindiging"),
        ("box", True, "Looptijd: vanaf 1 augustus 2025 voor onbepaalde tijd."),
        ("box", True, "Wijziging van deze overeenkomst alleen schriftelijk, ondertekend door beide partijen."),
        ("box", True, "Opzegging door elk van partijen is mogelijk met een opzegtermijn van drie maanden, "
                      "schriftelijk, per de eerste dag van een kalendermaand."),
        ("box", True, "Ontbinding is mogelijk als een partij haar verplichtingen ernstig niet nakomt en dat na "
                      "schriftelijke aanmaning niet binnen een maand herstelt."),

        ("h1", "Ondertekening"),
        ("p", "Hoorn, 2 juni 2025"),
        ("sig", [("Stichting Openbaar Voortgezet Onderwijs West-Friesland", "F.J. Kaag", "bestuurder"),
                 ("Stichting ROC Westfriesland-Noord", "A. Schouten-Visser", "voorzitter college van bestuur")]),
    ]


# ---------------------------------------------------------------------------
# 444 - agreement with a "Toelichting" under every article, PDF, Westland, Groen kader ->
#       Vakbekwaam medewerker teelt (3), vmbo school + AOC as separate legal persons. Compliant.
# ---------------------------------------------------------------------------
@sample(444, "artikelen_met_toelichting_westland_teelt", "pdf",
        "Overeenkomst met onder elk artikel een cursieve toelichting, PDF, Westland, Groen kader naar "
        "Vakbekwaam medewerker teelt niveau 3 (vmbo-school met een AOC als aparte rechtspersoon); volledig, "
        "routecommissie met adviserend lid uit de glastuinbouw, arbitrage als laatste stap",
        {k: "present" for k in "abcdefghij"},
        {"a": "Artikel 1 Onderwerp", "b": "Artikel 2 Inbreng van de tuinbouwbedrijven",
         "c": "Artikel 3 De routecommissie", "d": "Artikel 4 Rekenschap aan de besturen",
         "e": "Artikel 5 Onderwijs, docenten en voorzieningen", "f": "Artikel 6 Overstap",
         "g": "Artikel 7 Kosten", "h": "Artikel 8 Medezeggenschap", "i": "Artikel 9 Geschillen",
         "j": "Artikel 12 Looptijd, opzegging en bescherming van leerlingen"},
        style={"font": "Times", "size": 10.5, "footer": "SOK DLR Teelt Westland",
               "doc_title": "Samenwerkingsovereenkomst doorlopende leerroute Teelt Westland",
               "author": "Glasgaarde College / Groencollege Westland"})
def s444():
    T = "note"
    return [
        ("title", "Samenwerkingsovereenkomst doorlopende leerroute Teelt Westland"),
        ("sub", "met artikelsgewijze toelichting"),
        ("p", "<b>Partijen</b>"),
        ("p", "De <b>Stichting Christelijk Voortgezet Onderwijs Westland</b>, gevestigd te Naaldwijk, bevoegd gezag "
              "van het Glasgaarde College (vmbo), vertegenwoordigd door haar bestuurder drs. C.W. Zuijderwijk, "
              "hierna 'Glasgaarde', en"),
        ("p", "de <b>Stichting Agrarisch Opleidingscentrum Delta</b>, gevestigd te Naaldwijk, instelling voor "
              "beroepsonderwijs die de route verzorgt onder de naam Groencollege Westland, vertegenwoordigd door "
              "de voorzitter van het college van bestuur ing. S.M. van der Knaap, hierna 'het Groencollege',"),
        ("p", "nemen in aanmerking dat de glastuinbouw in het Westland vakmensen nodig heeft die de teelt en de "
              "techniek in de kas beheersen, en dat zij de overgang van vmbo naar mbo voor deze leerlingen willen "
              "laten verdwijnen, en komen het volgende overeen."),
        (T, "Toelichting. Glasgaarde en het Groencollege zijn twee afzonderlijke rechtspersonen. Daarom is een "
            "samenwerkingsovereenkomst nodig en volstaat een interne regeling niet."),

        ("h2", "Artikel 1 Onderwerp"),
        ("p", "1. Partijen verzorgen samen een doorlopende leerroute vmbo-mbo die het profiel Groen in de "
              "kaderberoepsgerichte leerweg van Glasgaarde verbindt met de opleiding Vakbekwaam medewerker teelt "
              "(niveau 3, BOL) van het Groencollege, in het opleidingsdomein Voedsel, natuur en leefomgeving."),
        ("p", "2. De route omvat vier leerjaren. Het vmbo-examen wordt uiterlijk in het derde leerjaar afgelegd; "
              "de route eindigt met het mbo-diploma. Partijen melden de route gezamenlijk aan de minister."),
        (T, "Toelichting. De keuze voor teelt op niveau 3 volgt uit de vraag van de kwekerijen naar "
            "teeltmedewerkers die zelfstandig een afdeling kunnen draaien. Leerlingen die liever met bloemen "
            "en styling werken, blijven in het reguliere programma."),

        ("h2", "Artikel 2 Inbreng van de tuinbouwbedrijven"),
        ("p", "1. Kwekerij Van der Arend B.V. (tomaten, Honselersdijk), Orchideeënkwekerij Zuidweg (Maasland), "
              "Teeltcoöperatie Westland Vers en de Opleidingsbedrijvenkring Glastuinbouw Westland nemen deel aan "
              "de route."),
        ("p", "2. Deze bedrijven ontvangen de leerlingen in elk leerjaar gedurende ten minste zes kasweken, "
              "stellen in het derde en vierde leerjaar bpv-plaatsen beschikbaar met een erkende "
              "praktijkopleider, leveren jaarlijks een teeltproject waarin leerlingen een gewas van zaai tot "
              "oogst begeleiden, en beoordelen de praktijkexamens mee."),
        ("p", "3. De Opleidingsbedrijvenkring draagt een lid voor van de routecommissie (artikel 3) en komt "
              "twee keer per jaar bijeen met die commissie om het programma te toetsen aan de ontwikkelingen in "
              "de sector."),
        (T, "Toelichting. Het lid van de kring heeft een adviserende stem; de beslissingen blijven bij de "
            "onderwijspartners. Door de vaste kasweken kennen leerlingen na vier jaar de bedrijven van "
            "binnenuit."),

        ("h2", "Artikel 3 De routecommissie"),
        ("p", "1. De leiding over de route ligt bij de routecommissie. Leden zijn: de afdelingsleider Groen van "
              "Glasgaarde, de teamleider Teelt van het Groencollege en de praktijkcoördinator van de route; een "
              "vertegenwoordiger van de Opleidingsbedrijvenkring neemt deel als adviserend lid."),
        ("p", "2. De bestuurder van Glasgaarde en het college van bestuur van het Groencollege benoemen de leden "
              "gezamenlijk, het adviserend lid op voordracht van de kring, voor een termijn van drie jaar."),
        ("p", "3. De routecommissie bereidt het gezamenlijke PTA/OER voor, stelt de roosters en de "
              "praktijkplanning vast, beslist over de toelating van leerlingen en over overstapvoorstellen "
              "(artikel 6), en stuurt het docententeam aan. Zij beschikt over het routebudget en mag daaruit "
              "zelfstandig uitgaven doen tot € 6.000 per uitgave. Personeelsbesluiten nemen de besturen."),
        (T, "Toelichting. Een routecommissie van drie personen is klein genoeg om snel te beslissen. Het "
            "budgetmandaat is afgestemd op de kosten van een teeltproject."),

        ("h2", "Artikel 4 Rekenschap aan de besturen"),
        ("p", "1. De routecommissie informeert beide besturen na elk semester met een schriftelijke "
              "semesterrapportage over instroom, voortgang, uitval, examenresultaten en uitgaven."),
        ("p", "2. Jaarlijks vóór 1 november legt zij in een jaarverslag verantwoording af; de besturen "
              "bespreken het verslag met de commissie in een gezamenlijk bestuursoverleg in december en nemen "
              "de kern op in hun eigen jaarverslag."),
        (T, "Toelichting. De semesterrapportage valt samen met de rapportperiodes van Glasgaarde, zodat geen "
            "extra administratieve momenten ontstaan."),

        ("h2", "Artikel 5 Onderwijs, docenten en voorzieningen"),
        ("p", "1. Het eerste en tweede leerjaar worden verzorgd op Glasgaarde; het derde en vierde op het "
              "Groencollege. In het tweede leerjaar volgen leerlingen elke week een dag les in de onderwijskas "
              "van het Groencollege."),
        ("p", "2. Het programma, de examinering en de beroepspraktijkvorming per leerjaar worden vastgelegd in een "
              "gezamenlijk PTA/OER dat beide besturen jaarlijks vóór 1 oktober vaststellen."),
        ("p", "3. Docenten Groen van Glasgaarde en docenten teelt van het Groencollege werken als één team. Voor "
              "het vakoverstijgende onderdeel 'Teelt en kasklimaat' zetten partijen het team in met toepassing "
              "van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; elk deel valt onder een daartoe bevoegde "
              "docent. Het Groencollege levert in het tweede leerjaar acht lesuren per week, Glasgaarde in het "
              "derde leerjaar twee uur begeleiding voor de afronding van de vmbo-vakken."),
        ("p", "4. Het Groencollege stelt zijn onderwijskas, het teeltlab met klimaatcomputer en zijn "
              "gewasbeschermingsruimte beschikbaar; Glasgaarde haar practicumlokaal biologie en haar schooltuin. "
              "Partijen vragen elkaar daarvoor geen vergoeding."),
        (T, "Toelichting. Het teeltlab is de enige plek in de regio waar leerlingen zelf met een klimaatcomputer "
            "kunnen oefenen; daarom begint het gebruik al in het tweede leerjaar."),

        ("h2", "Artikel 6 Overstap"),
        ("p", "1. Beëindigt een leerling de route voortijdig, dan stellen Glasgaarde en het Groencollege hem in "
              "staat een vmbo-diploma of mbo-diploma te behalen dat past bij zijn bereikte niveau en leeftijd. "
              "Zij beslissen daarover gezamenlijk, op voorstel van de routecommissie en na overleg met de "
              "leerling en zijn ouders."),
        ("p", "2. Tijdens de eerste twee leerjaren is het uitgangspunt het reguliere programma Groen of een ander "
              "profiel op Glasgaarde; daarna een andere opleiding van het Groencollege op niveau 2 of 3, zoals "
              "Medewerker teelt of Vakbekwaam hovenier, zonder dat vooropleidingseisen worden gesteld. Een "
              "leerling die het vmbo-diploma niet heeft gehaald, kan het examen in het vierde leerjaar opnieuw "
              "afleggen en intussen de mbo-opleiding voortzetten."),
        ("p", "3. Wie buiten de regio verder wil, krijgt een warme overdracht en de gegevens voor een "
              "geschiktheidsonderzoek bij de nieuwe instelling."),
        (T, "Toelichting. De werkwijze wordt verder beschreven in de schoolgids van Glasgaarde en de "
            "studiegids van het Groencollege."),

        ("h2", "Artikel 7 Kosten"),
        ("p", "Partijen dragen geen bekostiging aan elkaar over. Ieder draagt de kosten van het eigen personeel "
              "en de eigen voorzieningen; de kosten van teeltprojecten komen ten laste van het routebudget, "
              "waaraan beide partijen jaarlijks € 3.000 bijdragen."),
        (T, "Toelichting. Omdat de inzet over en weer ongeveer in evenwicht is, hebben partijen afgezien van een "
            "overdracht van rijksbijdrage."),

        ("h2", "Artikel 8 Medezeggenschap"),
        ("p", "1. Leerlingen van de route kunnen vanaf het tweede leerjaar zitting nemen in de studentenraad van "
              "het Groencollege, ook zolang zij bij Glasgaarde zijn ingeschreven."),
        ("p", "2. De medezeggenschapsraad van Glasgaarde en de studentenraad van het Groencollege wijzen elk een "
              "lid aan dat met spreekrecht de jaarlijkse evaluatievergadering van de routecommissie bijwoont."),
        (T, "Toelichting. Zo horen leerlingen in beide fasen van de route bij een medezeggenschapsorgaan dat "
            "over de route kan meepraten."),

        ("h2", "Artikel 9 Geschillen"),
        ("p", "1. Ontstaat tussen partijen een geschil over de uitvoering van deze overeenkomst, dan bespreken "
              "eerst de leden van de routecommissie en vervolgens, binnen vier weken, de bestuurders het "
              "geschil."),
        ("p", "2. Blijft het geschil bestaan, dan wordt het beslecht door arbitrage volgens het "
              "Arbitragereglement van het Nederlands Arbitrage Instituut, door één arbiter, te Den Haag."),
        (T, "Toelichting. Partijen kiezen voor arbitrage omdat die sneller en minder openbaar is dan een "
            "procedure bij de rechter."),

        ("h2", "Artikel 10 Toetreding"),
        ("p", "Een andere school voor vmbo met het profiel Groen, of een andere instelling die teeltopleidingen "
              "verzorgt, kan tot deze overeenkomst toetreden met schriftelijke instemming van beide partijen en "
              "na ondertekening van een toetredingsverklaring. Toetreding gaat in per 1 augustus en wordt bij "
              "DUO gemeld."),
        (T, "Toelichting. Scholen uit Midden-Delfland hebben belangstelling getoond."),

        ("h2", "Artikel 11 Wijziging"),
        ("p", "Deze overeenkomst kan alleen bij schriftelijke, door beide besturen ondertekende akte worden "
              "gewijzigd. Een wijziging die het programma of de overstapmogelijkheden voor leerlingen ongunstig "
              "verandert, geldt alleen voor leerlingen die na de wijziging instromen."),

        ("h2", "Artikel 12 Looptijd, opzegging en bescherming van leerlingen"),
        ("p", "1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."),
        ("p", "2. Elke partij kan de overeenkomst opzeggen per 1 augustus, met een opzegtermijn van ten minste "
              "twaalf maanden, bij aangetekende brief."),
        ("p", "3. Na opzegging worden geen nieuwe leerlingen meer in de route opgenomen. Leerlingen die al in de "
              "route zitten, ronden haar af; beide partijen blijven hun verplichtingen tegenover die leerlingen "
              "nakomen tot de laatste leerling de route heeft afgerond of met toepassing van artikel 6 is "
              "overgestapt."),
        (T, "Toelichting. De lange opzegtermijn geeft leerlingen en ouders in leerjaar 2 van het vmbo zekerheid "
            "bij hun keuze voor de route."),
        ("p", "Aldus overeengekomen en ondertekend te Naaldwijk op 19 juni 2025."),
        ("sig", [("Stichting Christelijk Voortgezet Onderwijs Westland", "drs. C.W. Zuijderwijk", "bestuurder"),
                 ("Stichting Agrarisch Opleidingscentrum Delta", "ing. S.M. van der Knaap",
                  "voorzitter college van bestuur")]),
    ]


# === AGREEMENTS END ===


# ---------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------
def out_path(s):
    return os.path.join(HERE, "%d_%s.%s" % (s["num"], s["name"], s["ext"]))


def json_path(s):
    return os.path.join(HERE, "%d_%s.expected.json" % (s["num"], s["name"]))


def build(s):
    blocks = s["blocks"]()
    RENDER[s["ext"]](s, blocks, out_path(s))
    with open(json_path(s), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected_json(s), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(out_path(s)))


def extract(path):
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
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(t):
    return " ".join(t.replace("\u00ad", "").split())


def check(nums):
    ok = True
    for n in nums:
        s = SAMPLES[n]
        p, jp = out_path(s), json_path(s)
        errs = []
        if not os.path.exists(p):
            errs.append("missing file")
        else:
            size = os.path.getsize(p)
            if size >= MAX_BYTES:
                errs.append("too big: %d bytes" % size)
            try:
                text = norm(extract(p))
            except Exception as e:  # noqa
                errs.append("does not open: %r" % e)
                text = ""
            if len(text) < 500:
                errs.append("too little text extracted (%d chars)" % len(text))
            for k, v in s["evidence"].items():
                if s["statuses"][k] != "present":
                    errs.append("evidence given for non-present item %s" % k)
                if norm(v) not in text:
                    errs.append("evidence %s not found: %r" % (k, v))
        if not os.path.exists(jp):
            errs.append("missing expected.json")
        else:
            with open(jp, encoding="utf-8") as f:
                if json.load(f) != expected_json(s):
                    errs.append("expected.json differs from script table")
        for k, v in s["statuses"].items():
            if v not in ("present", "weak", "missing", "not_applicable"):
                errs.append("bad status %s=%s" % (k, v))
        print("%-70s %s" % (os.path.basename(p), "OK" if not errs else "FAIL"))
        for e in errs:
            print("    -", e)
        ok = ok and not errs
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        nums = [int(a) for a in argv[1:]] or sorted(SAMPLES)
        sys.exit(0 if check(nums) else 1)
    nums = [int(a) for a in argv] or sorted(SAMPLES)
    for n in nums:
        if n not in SAMPLES:
            sys.exit("unknown sample %d" % n)
        build(SAMPLES[n])


if __name__ == "__main__":
    main(sys.argv[1:])
