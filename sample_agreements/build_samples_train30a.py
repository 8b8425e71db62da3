#!/usr/bin/env python3
"""Build TRAINING sample agreements 461-468 for leerroute-check (split "train").

Written by an independent author (helper session "train30a"). The agreements were drafted from
the two official guidance documents in /work/shared/seeds (bouwsteen samenwerkingsovereenkomst and
bouwsteen overstapoptie), /work/shared/domain.md and sample_agreements/LABELS.md only, without
looking at the checker code, its models, tests or benchmarks, or at the texts or build scripts of
the other samples. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_samples_train30a.py              build all samples 461-468
    python3 build_samples_train30a.py 461 465      build only those
    python3 build_samples_train30a.py --check      open every produced file and verify it

Each agreement text is written in a tiny line markup (see parse()) and rendered to PDF
(reportlab, invariant), DOCX (python-docx, fixed core properties and zip timestamps) or TXT/MD.
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
LETTERS = "abcdefghij"
CODE = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
SAMPLES = {}


def sample(num, slug, fmt, description, codes, evidence, text, **opts):
    """Register one agreement. codes: ten letters p/w/m/n for items a..j."""
    codes = codes.replace(" ", "")
    assert len(codes) == 10, (num, codes)
    statuses = {k: CODE[c] for k, c in zip(LETTERS, codes)}
    SAMPLES[num] = dict(num=num, name="%d_%s" % (num, slug), fmt=fmt,
                        description=description, statuses=statuses,
                        evidence=evidence, text=text, opts=opts)


# --------------------------------------------------------------------------------------------
# markup
# --------------------------------------------------------------------------------------------
# "# x" title, "~ x" centred subtitle line, "## x" heading, "### x" sub-heading,
# "- x" bullet, "+ x" indented item (label written in the text), "++ x" deeper item,
# "> x" small italic note, "| a | b |" table row ("|! a | b |" header row),
# "===" page break, ">>>" frame break (two-column PDF: end of the full-width top block),
# blank line ends a paragraph; other lines are joined into paragraphs.
# Inline: **bold**.

def parse(text):
    blocks = []
    para = []

    def flush():
        if para:
            blocks.append(("p", " ".join(para)))
            para.clear()

    for raw in textwrap.dedent(text).strip("\n").split("\n"):
        s = raw.strip()
        if not s:
            flush()
            continue
        if s.startswith("# "):
            flush(); blocks.append(("title", s[2:]))
        elif s.startswith("## "):
            flush(); blocks.append(("h1", s[3:]))
        elif s.startswith("### "):
            flush(); blocks.append(("h2", s[4:]))
        elif s.startswith("~ "):
            flush(); blocks.append(("sub", s[2:]))
        elif s.startswith("- "):
            flush(); blocks.append(("bullet", s[2:]))
        elif s.startswith("++ "):
            flush(); blocks.append(("item2", s[3:]))
        elif s.startswith("+ "):
            flush(); blocks.append(("item", s[2:]))
        elif s.startswith("> "):
            flush(); blocks.append(("note", s[2:]))
        elif s.startswith("|"):
            flush()
            header = s.startswith("|!")
            cells = [c.strip() for c in s.lstrip("|!").rstrip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append((header, cells))
            else:
                blocks.append(("table", [(header, cells)]))
        elif s == "===":
            flush(); blocks.append(("pagebreak", ""))
        elif s == ">>>":
            flush(); blocks.append(("framebreak", ""))
        elif para == [] and blocks and blocks[-1][0] in ("bullet", "item", "item2") \
                and raw.startswith("  "):
            kind, t = blocks[-1]
            blocks[-1] = (kind, t + " " + s)
        else:
            para.append(s)
    flush()
    return blocks


def plain(t):
    return t.replace("**", "")


def rl_inline(t):
    t = escape(t)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------

def build_pdf(s, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                    Table, TableStyle, PageBreak, FrameBreak,
                                    NextPageTemplate)

    o = s["opts"]
    base = o.get("font_size", 10)
    font = o.get("font", "Helvetica")
    bold = o.get("font_bold", "Helvetica-Bold")
    ital = o.get("font_italic", "Helvetica-Oblique")
    align = TA_JUSTIFY if o.get("justify") else TA_LEFT
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=base + 5, leading=base + 9,
                                alignment=TA_CENTER, spaceAfter=4),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=base, leading=base + 4,
                              alignment=TA_CENTER, spaceAfter=2),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=base + 1.5, leading=base + 5,
                             spaceBefore=base, spaceAfter=3, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=base, leading=base + 4,
                             spaceBefore=base * 0.7, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=font, fontSize=base, leading=base * 1.35,
                            spaceAfter=base * 0.45, alignment=align),
        "bullet": ParagraphStyle("bullet", fontName=font, fontSize=base, leading=base * 1.35,
                                 leftIndent=14, bulletIndent=4, spaceAfter=2, alignment=align),
        "item": ParagraphStyle("item", fontName=font, fontSize=base, leading=base * 1.35,
                               leftIndent=16, firstLineIndent=-12, spaceAfter=3,
                               alignment=align),
        "item2": ParagraphStyle("item2", fontName=font, fontSize=base, leading=base * 1.35,
                                leftIndent=30, firstLineIndent=-12, spaceAfter=2,
                                alignment=align),
        "note": ParagraphStyle("note", fontName=ital, fontSize=base - 1.5,
                               leading=(base - 1.5) * 1.3, spaceAfter=3,
                               textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=base - 1, leading=(base - 1) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=base - 1,
                                leading=(base - 1) * 1.3),
    }
    two_col = o.get("columns") == 2
    W, H = A4
    lm = rm = o.get("margin_mm", 22) * mm
    tm = bm = 20 * mm
    header_text = o.get("header")
    footer_text = o.get("footer", "")

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        if header_text:
            canvas.drawString(lm, H - 12 * mm, header_text)
            canvas.line(lm, H - 13.5 * mm, W - rm, H - 13.5 * mm)
        label = "%s  pagina %d" % (footer_text, doc.page) if footer_text else "pagina %d" % doc.page
        canvas.drawRightString(W - rm, 11 * mm, label.strip())
        canvas.restoreState()

    story = []
    avail_w = W - lm - rm
    if two_col:
        gap = 8 * mm
        colw = (avail_w - gap) / 2
        top_h = o.get("top_mm", 60) * mm
        body_h = H - tm - bm
        first = PageTemplate(id="first", onPage=deco, frames=[
            Frame(lm, H - tm - top_h, avail_w, top_h, id="top", leftPadding=0, rightPadding=0),
            Frame(lm, bm, colw, body_h - top_h, id="c1", leftPadding=0, rightPadding=0),
            Frame(lm + colw + gap, bm, colw, body_h - top_h, id="c2", leftPadding=0,
                  rightPadding=0)])
        later = PageTemplate(id="later", onPage=deco, frames=[
            Frame(lm, bm, colw, body_h, id="l1", leftPadding=0, rightPadding=0),
            Frame(lm + colw + gap, bm, colw, body_h, id="l2", leftPadding=0, rightPadding=0)])
        templates = [first, later]
        story.append(NextPageTemplate("later"))
        col_w = colw
    else:
        templates = [PageTemplate(id="one", onPage=deco, frames=[
            Frame(lm, bm, avail_w, H - tm - bm, id="f", leftPadding=0, rightPadding=0)])]
        col_w = avail_w

    for kind, t in parse(s["text"]):
        if kind in ("title", "sub", "h1", "h2", "p", "note", "item", "item2"):
            story.append(Paragraph(rl_inline(t), st[kind]))
        elif kind == "bullet":
            story.append(Paragraph(rl_inline(t), st["bullet"], bulletText="\u2022"))
        elif kind == "table":
            rows = []
            for header, cells in t:
                sty = st["cellb"] if header else st["cell"]
                rows.append([Paragraph(rl_inline(c), sty) for c in cells])
            ncol = max(len(r) for r in rows)
            widths = s["opts"].get("col_widths")
            if widths and len(widths) == ncol:
                cw = [col_w * w for w in widths]
            else:
                cw = [col_w / ncol] * ncol
            tbl = Table(rows, colWidths=cw, repeatRows=1 if t[0][0] else 0)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 3),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if s["opts"].get("table_grid", True) and t[0][0]:
                style += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]
            tbl.setStyle(TableStyle(style))
            story.append(Spacer(1, 3))
            story.append(tbl)
            story.append(Spacer(1, 6))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "framebreak":
            story.append(FrameBreak())
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, invariant=1, title=o.get("pdf_title", s["name"]),
                          author=o.get("pdf_author", ""), creator=o.get("pdf_creator", ""),
                          subject="", producer="")
    doc.addPageTemplates(templates)
    doc.build(story)


# --------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------

def _add_runs(par, text, size=None, italic=False):
    from docx.shared import Pt
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            run = par.add_run(part[2:-2])
            run.bold = True
        else:
            run = par.add_run(part)
        if size:
            run.font.size = Pt(size)
        if italic:
            run.italic = True


def _autonumber_headings(doc):
    """Attach a multilevel list (1 / 1.1) to Heading 1 and Heading 2 (Word auto-numbering)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    numbering = doc.part.numbering_part.element
    abstract_id, num_id = 90, 90
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading2"/><w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), abstract_id))
    abstract = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), num_id, abstract_id)))
    for style_name, lvl in (("Heading 1", 0), ("Heading 2", 1)):
        style = doc.styles[style_name]
        ppr = style.element.get_or_add_pPr()
        numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                          % (nsdecls("w"), lvl, num_id))
        ppr.insert(0, numpr)


def build_docx(s, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    o = s["opts"]
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = o.get("docx_font", "Calibri")
    normal.font.size = Pt(o.get("docx_size", 10.5))
    for hn, size in (("Heading 1", 12.5), ("Heading 2", 11)):
        hs = doc.styles[hn]
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        hs.font.name = o.get("docx_font", "Calibri")
    if o.get("autonumber"):
        _autonumber_headings(doc)
    if o.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = o["header"]
        hp.runs[0].font.size = Pt(8)

    for kind, t in parse(s["text"]):
        if kind == "title":
            p = doc.add_paragraph(style="Title")
            _add_runs(p, t)
        elif kind == "sub":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _add_runs(p, t)
        elif kind == "h1":
            doc.add_heading(plain(t), level=1)
        elif kind == "h2":
            doc.add_heading(plain(t), level=2)
        elif kind == "p":
            p = doc.add_paragraph()
            _add_runs(p, t)
            if o.get("justify"):
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "bullet":
            p = doc.add_paragraph(style="List Bullet")
            _add_runs(p, t)
        elif kind in ("item", "item2"):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.9 if kind == "item" else 1.7)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            _add_runs(p, t)
        elif kind == "note":
            p = doc.add_paragraph()
            _add_runs(p, t, size=9, italic=True)
        elif kind == "table":
            ncol = max(len(c) for _, c in t)
            tbl = doc.add_table(rows=0, cols=ncol)
            if any(h for h, _ in t):
                tbl.style = doc.styles["Table Grid"]
            for header, cells in t:
                row = tbl.add_row()
                for i, c in enumerate(cells):
                    cp = row.cells[i].paragraphs[0]
                    _add_runs(cp, ("**%s**" % plain(c)) if header and c else c, size=9.5)
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_page_break()
    cp = doc.core_properties
    cp.author = o.get("docx_author", "")
    cp.last_modified_by = o.get("docx_author", "")
    cp.title = o.get("docx_title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = o.get("docx_revision", 1)
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


# --------------------------------------------------------------------------------------------
# TXT / MD
# --------------------------------------------------------------------------------------------

def _wrap(t, width, indent="", sub=""):
    return textwrap.fill(plain(t), width=width, initial_indent=indent, subsequent_indent=sub,
                         break_on_hyphens=False, break_long_words=False)


def build_txt(s, path):
    o = s["opts"]
    width = o.get("width", 88)
    out = []
    for kind, t in parse(s["text"]):
        if kind == "title":
            out += [plain(t).upper(), ""]
        elif kind == "sub":
            out += [plain(t)]
        elif kind == "h1":
            h = plain(t)
            out += ["", h, o.get("underline", "-") * len(h), ""]
        elif kind == "h2":
            out += ["", plain(t), ""]
        elif kind == "p":
            out += [_wrap(t, width), ""]
        elif kind == "bullet":
            out += [_wrap(t, width, "  - ", "    ")]
        elif kind == "item":
            out += [_wrap(t, width, "  ", "     ")]
        elif kind == "item2":
            out += [_wrap(t, width, "      ", "         ")]
        elif kind == "note":
            out += [_wrap(t, width), ""]
        elif kind == "table":
            for _, cells in t:
                out.append("   ".join(plain(c) for c in cells))
            out.append("")
        elif kind == "pagebreak":
            out += ["", ""]
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def build_md(s, path):
    out = []
    prev = None
    for kind, t in parse(s["text"]):
        if kind != prev and prev in ("bullet", "item", "item2"):
            out.append("")
        if kind == "title":
            out += ["# " + t, ""]
        elif kind == "sub":
            out += ["*" + plain(t) + "*", ""]
        elif kind == "h1":
            out += ["## " + t, ""]
        elif kind == "h2":
            out += ["### " + t, ""]
        elif kind == "p":
            out += [t, ""]
        elif kind == "bullet":
            out += ["- " + t]
        elif kind == "item":
            out += [t + "  "]
        elif kind == "item2":
            out += ["    " + t + "  "]
        elif kind == "note":
            out += ["> " + t, ""]
        elif kind == "table":
            ncol = max(len(c) for _, c in t)
            rows = [c + [""] * (ncol - len(c)) for _, c in t]
            if not t[0][0]:
                rows = [[""] * ncol] + rows
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * ncol)
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif kind == "pagebreak":
            out += ["---", ""]
        prev = kind
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


BUILDERS = {"pdf": build_pdf, "docx": build_docx, "txt": build_txt, "md": build_md}


# ============================================================================================
# AGREEMENTS
# ============================================================================================

# --------------------------------------------------------------------------------------------
# 461 - PDF - wijzigingsovereenkomst nr. 2 with the whole agreement restated (geconsolideerd)
# --------------------------------------------------------------------------------------------
sample(
    461, "wijzigingsovereenkomst_geconsolideerd_voorne_putten_havenlogistiek", "pdf",
    "PDF, bestuursjurist-stijl wijzigingsovereenkomst nr. 2 die de hele routeovereenkomst "
    "geconsolideerd opnieuw vaststelt; Voorne-Putten, maritiem en logistiek (kb Maritiem en "
    "techniek -> Logistiek teamleider niveau 3); leiding als 'stuurploeg', verantwoording in een "
    "voortgangsbrief, bijdrage per leerling met bestemming; volledig in orde.",
    "pppppppppp",
    {"a": "Artikel 2. Welke opleiding de route omvat",
     "b": "Artikel 3. Havenbedrijven in de route",
     "c": "Artikel 4. Stuurploeg",
     "d": "Artikel 5. Voortgangsbrief en bestuurlijk gesprek",
     "e": "Artikel 6. Onderwijs, personeel en voorzieningen",
     "f": "Artikel 7. Als de route niet past",
     "g": "Artikel 8. Bijdrage van de school",
     "h": "Artikel 9. Inspraak van leerlingen, ouders en personeel",
     "i": "Artikel 10. Verschillen van inzicht",
     "j": "Artikel 11. Nieuwe partners, aanpassing en einde"},
    '''
    # WIJZIGINGSOVEREENKOMST NR. 2
    ~ bij de samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo "Haven & Water"
    ~ met de integrale tekst van die overeenkomst zoals zij luidt per 1 augustus 2025

    ## DE ONDERGETEKENDEN

    + 1. Stichting Openbaar Voortgezet Onderwijs Nissewaard, statutair gevestigd te Spijkenisse,
      bevoegd gezag van het Maritiem Vakcollege Brielse Maas, te dezen rechtsgeldig vertegenwoordigd
      door mevrouw drs. H.J. Verduijn, voorzitter van het college van bestuur, hierna: "de school";

    + 2. Stichting Regionaal Opleidingencentrum Mondhaven, statutair gevestigd te Rotterdam, te dezen
      rechtsgeldig vertegenwoordigd door de heer ir. B. Kievit, lid van het college van bestuur,
      hierna: "Mondhaven";

    hierna gezamenlijk ook: "partijen".

    ## OVERWEGENDE DAT

    + A. partijen op 14 maart 2022 een samenwerkingsovereenkomst hebben gesloten op grond waarvan zij
      vanaf het schooljaar 2022-2023 gezamenlijk de doorlopende leerroute "Haven & Water" verzorgen,
      welke overeenkomst bij wijzigingsovereenkomst nr. 1 van 2 juni 2023 is aangepast;

    + B. uit de evaluatie over het schooljaar 2023-2024 is gebleken dat de aansturing van de route via
      een projectgroep met wisselende samenstelling te weinig slagkracht had, dat de bijdrage van de
      school aan Mondhaven niet meer aansloot bij de feitelijke inzet en dat de regeling voor het
      oplossen van geschillen onvoldoende houvast bood;

    + C. partijen de overeenkomst op deze punten willen aanpassen en haar, nu zij reeds eenmaal is
      gewijzigd, omwille van de kenbaarheid voor leerlingen, ouders, personeel en toezichthouder in
      haar geheel opnieuw willen vastleggen;

    + D. de medezeggenschapsraad van de school en de studentenraad van Mondhaven over deze wijziging
      advies hebben uitgebracht op respectievelijk 22 april 2025 en 6 mei 2025;

    ## KOMEN OVEREEN ALS VOLGT:

    ### Artikel I
    De samenwerkingsovereenkomst van 14 maart 2022, zoals gewijzigd op 2 juni 2023, wordt met
    ingang van 1 augustus 2025 zodanig gewijzigd dat zij in haar geheel komt te luiden als de hierna
    opgenomen geconsolideerde tekst. Artikelen die bij deze wijzigingsovereenkomst inhoudelijk zijn
    veranderd, zijn in de geconsolideerde tekst voorzien van de aantekening "gewijzigd bij nr. 2".

    ### Artikel II
    + 1. De projectgroep Haven & Water wordt per 31 juli 2025 opgeheven. Lopende besluiten van de
      projectgroep blijven van kracht totdat de stuurploeg anders besluit.
    + 2. Leerlingen en studenten die voor 1 augustus 2025 in de route zijn ingestroomd, vervolgen de
      route onder de geconsolideerde tekst; voor hen verandert het onderwijsprogramma van het
      lopende schooljaar niet.

    ### Artikel III
    Deze wijzigingsovereenkomst treedt in werking op 1 augustus 2025 en vormt met de geconsolideerde
    tekst een geheel. Bij strijd tussen beide gaat de geconsolideerde tekst voor.

    Aldus opgemaakt in tweevoud en ondertekend,

    | te Spijkenisse, 24 juni 2025 | te Rotterdam, 24 juni 2025 |
    | Stichting Openbaar Voortgezet Onderwijs Nissewaard | Stichting Regionaal Opleidingencentrum Mondhaven |
    | drs. H.J. Verduijn, voorzitter college van bestuur | ir. B. Kievit, lid college van bestuur |

    ===

    # GECONSOLIDEERDE TEKST
    ~ Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo "Haven & Water"
    ~ zoals deze luidt met ingang van 1 augustus 2025

    ### Artikel 1. Begrippen
    In deze overeenkomst wordt verstaan onder:
    - route: de doorlopende leerroute vmbo-mbo "Haven & Water", bedoeld in artikel 2.107a van de Wet
      voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs (WEB);
    - routejaar: elk van de vijf schooljaren van de route, te beginnen met het derde leerjaar van de
      school;
    - vo-fase en mbo-fase: de routejaren 1 en 2 respectievelijk de routejaren 3 tot en met 5;
    - leerling: een deelnemer aan de route die bij de school staat ingeschreven; student: een
      deelnemer die bij Mondhaven staat ingeschreven;
    - havencampus: de vestiging van Mondhaven aan de Stuurboordweg te Spijkenisse;
    - stuurploeg: de leiding over de route, bedoeld in artikel 4.

    ### Artikel 2. Welke opleiding de route omvat
    + 1. De route begint in de kaderberoepsgerichte leerweg, profiel Maritiem en techniek, van de
      school en leidt via het opleidingsdomein Transport, scheepvaart en logistiek naar het diploma
      van de vakopleiding Logistiek teamleider (niveau 3, beroepsopleidende leerweg) van Mondhaven.
    + 2. Binnen het profiel volgen de leerlingen de keuzevakken die op de haven- en logistieke
      beroepspraktijk zijn gericht; vanaf routejaar 2 volgen zij daarnaast onderdelen van de
      mbo-opleiding, waaronder het keuzedeel Heftruck en reachtruck.
    + 3. De leerling behaalt het vmbo-diploma kaderberoepsgerichte leerweg uiterlijk aan het eind van
      routejaar 3; in de regel legt hij het centraal examen af aan het eind van routejaar 2.
    + 4. Ieder van partijen meldt de route in het Register instellingen en opleidingen; partijen
      stemmen de melding vooraf met elkaar af.

    ### Artikel 3. Havenbedrijven in de route
    + 1. Partijen verzorgen de route samen met de bedrijven die zijn aangesloten bij de Stichting Haven
      Werkt Voorne-Putten, een samenwerkingsverband van werkgevers in op- en overslag, tankopslag,
      sleepvaart en warehousing. Op de datum van deze tekst doen in ieder geval Maasmond Bulk
      Terminal B.V., Tankopslag Rozenburg B.V., Sleepdienst Van Bommel & Zn. en Distributiecentrum
      Hartelkanaal B.V. mee.
    + 2. Deze bedrijven:
    ++ a. openen in routejaar 1 en 2 elk kwartaal hun terreinen voor een praktijkdag, waarop leerlingen
      onder begeleiding meelopen met operators, planners en schippers;
    ++ b. leveren per routejaar ten minste twee echte opdrachten aan, zoals een voorraadtelling of een
      laadplan, die in het programma worden uitgevoerd en door een medewerker van het bedrijf worden
      nabesproken;
    ++ c. stellen in de mbo-fase samen ten minste twintig plaatsen voor beroepspraktijkvorming
      beschikbaar bij door SBB erkende leerbedrijven;
    ++ d. leveren praktijkbeoordelaars die bij de proeve van bekwaamheid meebeoordelen.
    + 3. Twee keer per jaar, in oktober en maart, komt de werkveldtafel Haven & Water bijeen: twee
      vertegenwoordigers van Haven Werkt, de routecoördinator en twee docenten. De werkveldtafel
      adviseert de stuurploeg over de inhoud van het programma, de keuzedelen en de spreiding van de
      praktijkdagen. De stuurploeg laat schriftelijk weten wat zij met het advies doet.

    ### Artikel 4. Stuurploeg
    > gewijzigd bij nr. 2
    + 1. De route wordt geleid door de stuurploeg. Die bestaat uit:
    ++ a. de locatiedirecteur van het Maritiem Vakcollege Brielse Maas;
    ++ b. de onderwijsmanager van het cluster Haven & Logistiek van Mondhaven;
    ++ c. de routecoördinator, die de vergaderingen voorbereidt en het secretariaat voert, zonder stem.
    + 2. Het college van bestuur van de school wijst zijn lid van de stuurploeg aan, het college van
      bestuur van Mondhaven het zijne, elk bij schriftelijk besluit dat aan de andere partij wordt
      toegezonden. De routecoördinator wordt door beide colleges van bestuur gezamenlijk aangesteld op
      voordracht van de twee andere leden; hij blijft in dienst van een van partijen en wordt voor ten
      minste 0,4 fte voor de route vrijgesteld. Bij een vacature wijst het betrokken college binnen
      zes weken een opvolger aan; tot dan neemt de vaste plaatsvervanger waar.
    + 3. De colleges van bestuur dragen de stuurploeg op:
    ++ a. jaarlijks voor 1 juni de jaarplanning en de lessentabel per routejaar vast te stellen;
    ++ b. het gezamenlijke PTA/OER voor te bereiden en ter vaststelling aan de bevoegde organen van
      beide partijen voor te leggen;
    ++ c. de inzet van docenten van beide partijen over de routejaren te verdelen binnen de formatie die
      de colleges ter beschikking stellen;
    ++ d. te beslissen over de toelating van leerlingen tot de route;
    ++ e. het budget van de route te beheren en daaruit uitgaven te doen tot EUR 10.000 per
      afzonderlijke uitgave;
    ++ f. de contacten met Haven Werkt en de werkveldtafel te onderhouden.
    + 4. Beslissingen over de begroting als geheel, arbeidsvoorwaarden en aanstellingen, uitgaven boven
      EUR 10.000 en wijziging van deze overeenkomst blijven voorbehouden aan de colleges van bestuur.
      De stuurploeg besluit bij overeenstemming tussen de twee stemhebbende leden; bereiken zij die
      niet, dan leggen zij de kwestie voor aan de colleges.

    ### Artikel 5. Voortgangsbrief en bestuurlijk gesprek
    > gewijzigd bij nr. 2
    + 1. Ieder jaar voor 1 november stuurt de stuurploeg beide colleges van bestuur een voortgangsbrief
      over het afgelopen schooljaar. Daarin staan in elk geval het aantal leerlingen dat is
      ingestroomd, dat is doorgestroomd naar de mbo-fase en dat de route voortijdig heeft verlaten; de
      examenresultaten vmbo en mbo; de bezetting van de bpv-plaatsen; de besteding van de bijdrage,
      bedoeld in artikel 8; en de adviezen van de werkveldtafel.
    + 2. Voor 1 mei volgt een korte tussenstand over het lopende schooljaar.
    + 3. In december bespreken de colleges van bestuur de voortgangsbrief met de stuurploeg in een
      bestuurlijk gesprek; daarvan wordt een besluitenlijst gemaakt.
    + 4. Doet zich iets voor dat de continuïteit van de route raakt, zoals het wegvallen van een docent
      zonder vervanging of van een groot leerbedrijf, dan meldt de stuurploeg dat binnen een week aan
      beide colleges.

    ### Artikel 6. Onderwijs, personeel en voorzieningen
    + 1. Routejaar 1 en 2 worden gegeven in het gebouw van de school aan de Vaartweg te Spijkenisse;
      elke dinsdag werken de leerlingen op de havencampus. Routejaar 3 tot en met 5 worden gegeven op
      de havencampus en bij de leerbedrijven.
    + 2. Partijen leggen het onderwijsprogramma, de examinering en de beroepspraktijkvorming per
      routejaar vast in een gezamenlijk PTA/OER, dat jaarlijks voor 1 oktober door de daartoe bevoegde
      organen van beide partijen wordt vastgesteld. Daarin staat ook welke onderdelen tot het vmbo
      behoren, welke tot het mbo en welke door een team worden verzorgd.
    + 3. Een docententeam verzorgt de route. Twee docenten logistiek van Mondhaven geven in routejaar 2
      wekelijks vier lesuren op de havencampus; de docent maritiem van de school geeft in routejaar 3
      het onderdeel Vaarwegen en havens. Voor het Havenproject in routejaar 2 en 3 maken partijen
      gebruik van de teambevoegdheid: het team bestaat uit een leraar met een bevoegdheid voor het
      profielvak en twee docenten die voldoen aan artikel 4.2.1 WEB; ieder is verantwoordelijk voor het
      deel waarvoor hij bevoegd is. De docenten blijven in dienst van hun eigen werkgever; de uren
      worden in het taakbeleid van de eigen partij opgenomen.
    + 4. Mondhaven stelt de leerlingen van routejaar 1 en 2 kosteloos de scheepssimulator, de
      magazijnhal met reachtruck en scanapparatuur en het ICT-lokaal van de havencampus ter
      beschikking, onder begeleiding van een instructeur van Mondhaven. De school stelt haar
      metaalwerkplaats en het praktijklokaal Maritiem open voor studenten in routejaar 3 die
      vmbo-onderdelen herkansen. Elke partij blijft verantwoordelijk voor verzekering en onderhoud van
      de eigen voorzieningen.
    + 5. Een klacht over gedrag van een medewerker van de andere partij wordt behandeld volgens de
      klachtenregeling van de partij waar de klager staat ingeschreven; de andere partij werkt daaraan
      mee en neemt zo nodig zelf maatregelen tegenover de eigen medewerker.

    ### Artikel 7. Als de route niet past
    + 1. Wie de route niet afmaakt, krijgt altijd een passende weg naar een diploma aangeboden.
      Partijen onderscheiden daarbij:
    ++ a. vertrek in routejaar 1 of 2: de leerling maakt de kaderberoepsgerichte leerweg Maritiem en
      techniek of een ander profiel van de school af en doet daarin eindexamen; instroom in een andere
      doorlopende leerroute van de school is ook mogelijk;
    ++ b. geen vmbo-diploma aan het eind van routejaar 3: de student kan bij Mondhaven zonder
      vmbo-diploma verder in de opleiding Logistiek medewerker (niveau 2) of, als de combinatie van
      behaalde vo- en mbo-onderdelen dat toelaat, in een andere opleiding op niveau 3; de
      vooropleidingseisen worden daarbij niet tegengeworpen; het vmbo-examen kan daarnaast worden
      herkanst;
    ++ c. een andere richting: de leerling of student stapt over naar een opleiding van vergelijkbaar
      niveau in een ander domein bij Mondhaven, of bij een andere instelling in de regio; voor dat
      laatste vraagt Mondhaven de andere instelling om een geschiktheidsonderzoek en geeft zij het
      dossier mee;
    ++ d. uitval in de mbo-fase: de student stapt over naar een andere opleiding op niveau 3, of op
      niveau 2 als dat beter bij hem past.
    + 2. Welke weg het wordt, beoordelen de locatiedirecteur en de onderwijsmanager samen, op grond van
      het bereikte onderwijsniveau en de leeftijd van de leerling en na een gesprek met de leerling
      en zijn ouders. Het besluit wordt binnen vier weken na dat gesprek schriftelijk meegedeeld.
    + 3. De mentor of studieloopbaanbegeleider draagt de leerling warm over. De werkwijze staat ook in
      de schoolgids van de school en in de studiegids van Mondhaven.
    + 4. Entree is alleen aan de orde als een diploma op niveau 2 na dit alles redelijkerwijs niet
      haalbaar blijkt.

    ### Artikel 8. Bijdrage van de school
    > gewijzigd bij nr. 2
    + 1. Met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 draagt de school aan
      Mondhaven een deel van haar bekostiging over: EUR 640 per leerling die op 1 oktober in routejaar
      2 staat ingeschreven.
    + 2. Het bedrag is bestemd voor de lessen die docenten van Mondhaven in routejaar 2 geven en voor
      het gebruik van de simulator en de magazijnhal, bedoeld in artikel 6.
    + 3. Mondhaven factureert na 1 oktober; de school betaalt binnen dertig dagen. Mondhaven draagt geen
      bekostiging over aan de school.
    + 4. De stuurploeg legt in de voortgangsbrief verantwoording af over de besteding.

    ### Artikel 9. Inspraak van leerlingen, ouders en personeel
    + 1. Op leerlingen in de vo-fase, hun ouders en het personeel van de school is de Wet
      medezeggenschap op scholen van toepassing; op studenten, hun ouders en het personeel van
      Mondhaven de WEB en de Wet op de ondernemingsraden. Partijen spreken daarnaast het volgende af.
    + 2. Leerlingen in routejaar 2 mogen met twee vertegenwoordigers als toehoorder met spreekrecht
      deelnemen aan de vergaderingen van de studentenraad van de havencampus.
    + 3. Eenmaal per jaar, in februari, overleggen de leerlinggeleding van de medezeggenschapsraad van
      de school en de studentenraad van Mondhaven samen met de stuurploeg over de route.
    + 4. Een voorstel om deze overeenkomst te wijzigen of op te zeggen wordt voor advies voorgelegd aan
      de medezeggenschapsraad van de school en de studentenraad van Mondhaven.

    ### Artikel 10. Verschillen van inzicht
    > gewijzigd bij nr. 2
    + 1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst binnen vier
      weken in de stuurploeg besproken.
    + 2. Lost dat het geschil niet op, dan legt ieder lid van de stuurploeg het voor aan zijn college
      van bestuur. De colleges van bestuur overleggen binnen zes weken daarna.
    + 3. Komen ook zij er niet uit, dan schakelen zij een mediator in die zij samen kiezen; lukt die
      keuze niet binnen twee weken, dan vraagt de meest gerede partij de Mediatorsfederatie Nederland
      een mediator voor te dragen. Partijen dragen de kosten ieder voor de helft.
    + 4. Leidt de mediation niet binnen drie maanden tot een oplossing, dan kan ieder van partijen het
      geschil voorleggen aan de bevoegde rechter van de rechtbank Rotterdam.

    ### Artikel 11. Nieuwe partners, aanpassing en einde
    + 1. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze
      overeenkomst toetreden als zij een profiel of opleiding verzorgt die bij de route aansluit, de
      tekst van de overeenkomst aanvaardt en beide colleges van bestuur na advies van de stuurploeg
      instemmen. De toetreding wordt vastgelegd in een verklaring die alle partijen ondertekenen; de
      toetredende partij meldt haar deelname bij DUO. Toetreding gaat in op 1 augustus, zodat lopende
      groepen niet halverwege het jaar van samenstelling of rooster veranderen.
    + 2. Deze overeenkomst wordt alleen gewijzigd bij een geschrift dat door beide colleges van bestuur
      is ondertekend, na advies van de stuurploeg. Een wijziging die het onderwijs aan zittende
      leerlingen raakt, gaat pas in bij het begin van het volgende schooljaar.
    + 3. Ieder van partijen kan de overeenkomst bij aangetekende brief opzeggen met een termijn van ten
      minste twaalf maanden, tegen 31 juli van een schooljaar. Ontbinding wegens een tekortkoming is
      alleen mogelijk na een schriftelijke ingebrekestelling met een redelijke termijn voor herstel.
    + 4. Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen en studenten
      die al in de route zitten, maken haar af op dezelfde wijze en op dezelfde locaties; partijen
      blijven daartoe hun verplichtingen nakomen totdat de laatste van hen de route heeft afgerond.
      Lukt dat niet, dan geldt voor hen artikel 7, met een gegarandeerde plek bij een van partijen.

    ### Artikel 12. Duur
    Deze overeenkomst geldt voor onbepaalde tijd.
    ''',
    header="Wijzigingsovereenkomst nr. 2 - Haven & Water - Maritiem Vakcollege Brielse Maas / ROC Mondhaven",
    justify=True, font_size=9.5, pdf_title="Wijzigingsovereenkomst nr. 2 Haven & Water",
    pdf_author="Bestuursbureau SOVON", col_widths=[0.5, 0.5], table_grid=False)


# --------------------------------------------------------------------------------------------
# 462 - PDF in two columns - ICT, regio Zwolle - DEFECTIVE: c (no appointment), j (no joining)
# --------------------------------------------------------------------------------------------
sample(
    462, "twee_kolommen_wij_vorm_zwolle_it_systems", "pdf",
    "PDF in twee kolommen, 'wij'-stijl van twee schoolleiders; regio Zwolle, ICT (gl Media, "
    "vormgeving en ICT -> Expert IT systems and devices niveau 4); geen overdracht van bekostiging, "
    "niets over medezeggenschap; gebreken: routeteam uitvoerig beschreven maar zonder wijze van "
    "benoeming (c weak), looptijd/wijzigen/opzeggen met bescherming leerlingen maar geen toetreding "
    "(j weak).",
    "ppwppppnpw",
    {"a": "2. Voor wie en naar welk diploma",
     "b": "3. Bedrijven aan tafel",
     "d": "5. Verslag aan de besturen",
     "e": "6. Lessen, mensen en ruimtes",
     "f": "7. Als het anders loopt",
     "g": "8. Geld",
     "i": "9. Als we het niet eens worden"},
    '''
    # Samenwerkingsovereenkomst doorlopende route ICT
    ~ Van Het Vechtcollege naar het College ICT & Media - regio Zwolle - vanaf 1 augustus 2025

    Stichting Christelijk Voortgezet Onderwijs IJsselland, bevoegd gezag van Het Vechtcollege te
    Zwolle, vertegenwoordigd door de heer P. Mulder, voorzitter van het college van bestuur (hierna:
    het Vechtcollege), en Stichting Regionaal Opleidingscentrum IJssel-Vecht, vertegenwoordigd door
    mevrouw dr. S. Bosman-Aydin, voorzitter van het college van bestuur, voor haar College ICT &
    Media (hierna: het ROC), spreken het volgende af. Waar "wij" staat, bedoelen we beide partijen.

    >>>

    ## 1. Waarom deze route
    Wij willen leerlingen die graag met computers, netwerken en apparaten werken een route bieden
    zonder dubbele lesstof en zonder knip tussen vmbo en mbo. Deze overeenkomst legt vast hoe wij dat
    samen doen. Wij verzorgen de route op grond van artikel 2.107b van de Wet voortgezet onderwijs
    2020 en artikel 9.1.3 van de WEB, en ieder van ons meldt haar in RIO.

    ## 2. Voor wie en naar welk diploma
    De route is er voor leerlingen van de gemengde leerweg die het beroepsgerichte profiel Media,
    vormgeving en ICT volgen. Zij leidt naar het mbo-diploma Expert IT systems and devices
    (niveau 4, beroepsopleidende leerweg) in het opleidingsdomein ICT en creatieve industrie.

    De route duurt vijf jaar. In routejaar 1 en 2 (leerjaar 3 en 4 van het Vechtcollege) halen de
    leerlingen hun vmbo-diploma gemengde leerweg; al in routejaar 2 beginnen zij met de mbo-onderdelen
    Netwerken en Linux basis. Routejaar 3 tot en met 5 volgen zij bij het ROC.

    ## 3. Bedrijven aan tafel
    Het IT-werkveld doet mee via de IT-tafel van het Techniekpact regio Zwolle. Vaste deelnemers zijn
    Cloudhaven B.V., de Zwolse Systeembeheer Groep, de afdeling Informatievoorziening van de gemeente
    Zwolle en de servicedesk van Zorggroep Vechtdal. Deze organisaties:
    - geven in routejaar 1 vier gastlessen per jaar over het werk in de IT;
    - leveren elk half jaar een echte opdracht aan, bijvoorbeeld het inrichten van een klein
      kantoornetwerk, die de leerlingen in de hackweek uitvoeren en die hun medewerkers samen met de
      docenten beoordelen;
    - bieden in routejaar 4 en 5 samen ten minste vijftien stageplaatsen per jaar bij erkende
      leerbedrijven;
    - denken twee keer per jaar op de IT-tafel mee over het programma en de keuzedelen; het verslag
      daarvan gaat naar het routeteam.

    ## 4. Het routeteam
    Het routeteam geeft leiding aan de route. Het telt vijf leden: twee docenten ICT van het
    Vechtcollege, twee docenten van het College ICT & Media en een routecoördinator die de
    vergaderingen voorzit. Leden hebben zitting voor twee schooljaren. Het team komt elke drie weken
    bij elkaar en besluit bij meerderheid van stemmen.

    Beide besturen dragen het routeteam de volgende taken en beslissingen op:
    - de lessentabel en de jaarplanning per routejaar vaststellen;
    - het gezamenlijke PTA/OER en de toetskalender opstellen;
    - studenten koppelen aan stagebedrijven;
    - het routebudget besteden, tot EUR 5.000 per jaar;
    - beslissen over de toelating van leerlingen tot de route.

    Alles wat daarbuiten valt, zoals personeelszaken en uitgaven boven dat bedrag, beslissen de
    besturen zelf.

    ## 5. Verslag aan de besturen
    In januari en in juni stuurt het routeteam beide colleges van bestuur een schriftelijke
    rapportage over de stand van zaken: in-, door- en uitstroom, resultaten per routejaar, bezetting
    van de stageplaatsen en de besteding van het routebudget. Ieder jaar in september bespreken de
    bestuurders de route met het routeteam in een evaluatiegesprek. Dringende zaken meldt de
    routecoördinator direct per e-mail aan beide besturen.

    ## 6. Lessen, mensen en ruimtes
    **Waar.** Routejaar 1 en 2 vinden plaats in het gebouw van het Vechtcollege; op woensdagmiddag
    werken de leerlingen op de ICT-campus van het ROC. Routejaar 3 tot en met 5 vinden plaats op de
    ICT-campus en bij de stagebedrijven.

    **Wie.** Een docent netwerkbeheer van het ROC geeft in routejaar 2 vier uur per week les op het
    Vechtcollege. Een docent informatica van het Vechtcollege begeleidt in routejaar 3 het project
    Smart School op de campus. Dat project verzorgen wij met teambevoegdheid: in het team zit
    voor elk onderdeel een bevoegde docent. Iedereen blijft in dienst van de eigen werkgever. Het ROC
    schoolt de vmbo-docenten jaarlijks bij in het lesmateriaal voor netwerken.

    **Waarmee.** Het ROC stelt het serverlab, het netwerklokaal en de ICT-werkplaats open voor de
    leerlingen van routejaar 1 en 2. Het Vechtcollege stelt zijn maakplaats met 3D-printers en
    lasersnijder open voor studenten van routejaar 3. Het routeteam plant het gebruik; over en weer
    wordt niets in rekening gebracht.

    **Wat.** Programma en toetsing per routejaar staan in het gezamenlijke PTA/OER, dat ieder jaar
    voor 1 oktober door beide partijen wordt vastgesteld. Klachten over een medewerker van de andere
    partij behandelt de partij waar de leerling of student staat ingeschreven, met medewerking van
    de ander.

    ## 7. Als het anders loopt
    Niet elke leerling maakt de route af. Wie stopt, houdt altijd zicht op een diploma:
    - stopt een leerling in routejaar 1 of 2, dan maakt hij de gemengde leerweg op het Vechtcollege
      af en doet hij gewoon eindexamen;
    - heeft een leerling aan het eind van routejaar 3 zijn vmbo-diploma niet, dan kan hij bij het ROC
      zonder dat diploma verder in een ICT-opleiding op niveau 3 of 4, zonder dat
      vooropleidingseisen hem in de weg staan;
    - past ICT toch niet, dan stapt de leerling over naar een opleiding van vergelijkbaar niveau in
      een andere richting, bij het ROC of elders in de regio (daar na een geschiktheidsonderzoek);
    - is niveau 4 te hoog gegrepen, dan gaat de student verder in Medewerker ICT support (niveau 3).

    De afdelingsleider van het Vechtcollege en de opleidingsmanager van het College ICT & Media
    besluiten samen welke weg het wordt. Zij kijken daarbij naar het bereikte niveau en de leeftijd
    van de leerling en praten eerst met de leerling en zijn ouders. De mentor zorgt voor een warme
    overdracht.

    ## 8. Geld
    Er gaat geen bekostiging van het Vechtcollege naar het ROC of andersom. Elke partij draagt de
    kosten van het eigen personeel en de eigen ruimtes. De lesuren die docenten van de een bij de
    ander geven, strepen wij in uren tegen elkaar weg.

    ## 9. Als we het niet eens worden
    Verschillen over de uitvoering van deze overeenkomst bespreken we eerst in het routeteam. Lukt
    het daar niet binnen een maand, dan praten de twee bestuurders erover. Komen ook zij er binnen
    zes weken niet uit, dan vragen we een onafhankelijke deskundige om bindend advies. Die kiezen we
    samen; lukt dat niet binnen twee weken, dan wijst de deken van de Orde van Advocaten in het
    arrondissement Overijssel de deskundige aan. Zijn advies volgen we op.

    ## 10. Looptijd, aanpassen en stoppen
    Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030. Daarna loopt zij telkens vijf
    jaar door, tenzij een van ons uiterlijk een jaar voor het einde laat weten dat hij wil stoppen.

    Aanpassen kan alleen schriftelijk, met de handtekening van beide besturen. Een aanpassing die de
    lessen van zittende leerlingen raakt, gaat pas in bij het volgende schooljaar.

    Tussentijds opzeggen kan per aangetekende brief, met een termijn van twaalf maanden, tegen
    31 juli. Na opzegging starten er geen nieuwe leerlingen meer in de route. Wie al begonnen is, maakt
    de route bij ons af zoals afgesproken.

    Zo afgesproken en ondertekend te Zwolle op 19 juni 2025.

    | Stichting Christelijk Voortgezet Onderwijs IJsselland | Stichting Regionaal Opleidingscentrum IJssel-Vecht |
    | P. Mulder, voorzitter college van bestuur | dr. S. Bosman-Aydin, voorzitter college van bestuur |
    ''',
    columns=2, top_mm=40, font_size=9, margin_mm=18, col_widths=[0.5, 0.5], table_grid=False,
    footer="Route ICT Vechtcollege - ROC IJssel-Vecht", pdf_title="Samenwerkingsovereenkomst route ICT")


# --------------------------------------------------------------------------------------------
# 463 - DOCX - Word auto-numbered headings, long considerans - kinderopvang, Duin- en Bollenstreek
# --------------------------------------------------------------------------------------------
sample(
    463, "autonummering_lange_considerans_bollenstreek_kinderopvang", "docx",
    "DOCX met Word-autonummering van de koppen (1 / 1.1, nummers niet in de tekst) en een lange "
    "considerans (a-k); Duin- en Bollenstreek, kb Zorg en welzijn -> Pedagogisch medewerker "
    "kinderopvang niveau 3; leiding als 'kernteam', vaste overdracht met bestemming, eigen "
    "medezeggenschapsafspraken; volledig in orde.",
    "pppppppppp",
    {"a": "Het onderwijsaanbod van de route",
     "b": "Praktijk en werkveld",
     "c": "Het kernteam",
     "d": "Halfjaarlijkse stand van zaken",
     "e": "Vormgeving van het onderwijs",
     "f": "Als een leerling de route verlaat",
     "g": "Financiële afspraken",
     "h": "Medezeggenschap in de route",
     "i": "Oplossen van meningsverschillen",
     "j": "Looptijd, aanpassing en beëindiging"},
    '''
    # Samenwerkingsovereenkomst
    ~ doorlopende leerroute vmbo-mbo Kinderopvang "Klein Begin"
    ~ Scholengemeenschap Noordwijkse Duinen - ROC Oude Rijn

    **Partijen**

    + 1. Stichting Openbaar Voortgezet Onderwijs Duin- en Bollenstreek, gevestigd te Noordwijk,
      bevoegd gezag van Scholengemeenschap Noordwijkse Duinen, locatie vmbo De Zeereep te Katwijk,
      ten deze vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw M.C. van der
      Plas, hierna: "de vo-school";
    + 2. Stichting Regionaal Opleidingencentrum Oude Rijn, gevestigd te Leiden, ten deze
      vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. R.A. El Idrissi,
      hierna: "het ROC";

    **Overwegende dat:**

    + a. in de Duin- en Bollenstreek al enkele jaren een structureel tekort bestaat aan
      gekwalificeerde pedagogisch medewerkers in de dagopvang, de buitenschoolse opvang en de
      peuteropvang, en de kinderopvangorganisaties in de regio verwachten dat dit tekort de komende
      vijf jaar verder oploopt;
    + b. een aanzienlijk deel van de leerlingen van de kaderberoepsgerichte leerweg met het profiel
      Zorg en welzijn van de vo-school na het vmbo kiest voor een opleiding in het pedagogisch werk,
      maar de overgang naar het mbo voor een deel van hen leidt tot vertraging, herhaling van lesstof
      of uitval in het eerste mbo-jaar;
    + c. partijen in de schooljaren 2021-2022 tot en met 2023-2024 ervaring hebben opgedaan met het
      programma "Kansrijk Kind", waarin leerlingen van de vo-school in leerjaar 4 wekelijks lessen
      volgden bij het ROC en meeliepen op kinderdagverblijven, en de evaluatie van dat programma heeft
      laten zien dat deze leerlingen gemotiveerder en beter voorbereid aan de mbo-opleiding beginnen;
    + d. de Wet doorlopende leerroutes vmbo-mbo (Stb. 2020, 157) scholen en instellingen de
      mogelijkheid biedt een doorlopende leerroute te verzorgen waarin vmbo- en mbo-stof als een
      geheel worden aangeboden, en voor het verzorgen van zo'n route een samenwerkingsovereenkomst
      tussen de bevoegde gezagsorganen is vereist (artikel 2.107b van de Wet voortgezet onderwijs 2020
      en artikel 9.1.3 van de Wet educatie en beroepsonderwijs);
    + e. die wet vraagt dat de overeenkomst afspraken bevat over onder meer de leiding over de route,
      de verantwoording aan de besturen, de inrichting van het onderwijs, de overstapoptie en de
      medezeggenschap, en partijen die afspraken zo concreet willen maken dat zij ook bij wisseling
      van personen houvast bieden;
    + f. partijen het van belang vinden dat een leerling die de route niet kan of wil voortzetten
      altijd een kansrijk alternatief wordt geboden dat tot een diploma leidt;
    + g. de kinderopvangorganisaties die zijn verenigd in het Netwerk Kinderopvang Duin- en
      Bollenstreek hebben toegezegd de route te ondersteunen met praktijkplaatsen en inbreng in het
      programma, en de gemeenten Katwijk, Noordwijk en Teylingen de route in hun arbeidsmarktbeleid
      hebben opgenomen;
    + h. het college van bestuur van de vo-school op 11 maart 2025 en het college van bestuur van
      het ROC op 18 maart 2025 tot deze samenwerking hebben besloten, nadat de medezeggenschapsraad van
      de vo-school en de studentenraad en de ondernemingsraad van het ROC daarover advies hadden
      uitgebracht;
    + i. partijen de route gezamenlijk bij de Minister van Onderwijs, Cultuur en Wetenschap melden
      door registratie in het Register instellingen en opleidingen;
    + j. partijen hun samenwerking willen vastleggen op een wijze die recht doet aan ieders
      verantwoordelijkheid: die van de vo-school voor het vmbo-deel en de vmbo-examinering, en die van
      het ROC voor het mbo-deel, de beroepspraktijkvorming en de mbo-examinering;
    + k. partijen bij al hun afspraken het belang van de leerling voorop stellen;

    **verklaren te zijn overeengekomen als volgt:**

    ## Begripsomschrijvingen
    In deze overeenkomst wordt verstaan onder:
    - route: de doorlopende leerroute vmbo-mbo Kinderopvang "Klein Begin";
    - routejaar: een van de vijf schooljaren van de route; routejaar 1 is leerjaar 3 van de vo-school;
    - leerling: een deelnemer aan de route die bij de vo-school staat ingeschreven;
    - student: een deelnemer aan de route die bij het ROC staat ingeschreven;
    - kernteam: het team dat de leiding heeft over de route, bedoeld in artikel 4;
    - werkveld: de kinderopvangorganisaties, bedoeld in artikel 3.

    ## Het onderwijsaanbod van de route
    ### Profiel en opleiding
    De route verbindt de kaderberoepsgerichte leerweg van het vmbo, profiel Zorg en welzijn, met de
    mbo-opleiding Pedagogisch medewerker kinderopvang (niveau 3, kwalificatiedossier Pedagogisch
    werk) in het opleidingsdomein Zorg en welzijn. Het ROC biedt de opleiding aan in de
    beroepsopleidende leerweg; in routejaar 5 kan een student overgaan naar de beroepsbegeleidende
    leerweg als een leerbedrijf hem een arbeidsovereenkomst aanbiedt.

    ### Opbouw in routejaren
    Routejaar 1 en 2 zijn leerjaar 3 en 4 van de vo-school; de routejaren 3 tot en met 5 volgt de
    deelnemer als student van het ROC. In routejaar 2 volgen de leerlingen naast het vmbo-programma
    de mbo-onderdelen Ontwikkeling van het jonge kind en Veilig werken in de kinderopvang. De leerling
    behaalt het vmbo-diploma uiterlijk aan het eind van routejaar 3; het centraal examen wordt in de
    regel aan het eind van routejaar 2 afgenomen.

    ## Praktijk en werkveld
    ### Deelnemende organisaties
    Het werkveld neemt aan de route deel via het Netwerk Kinderopvang Duin- en Bollenstreek, waarvan in
    elk geval Kinderopvang Duinpieper, Stichting Peuterwerk Bollenstreek en BSO De Strandloper deel
    uitmaken. Andere leerbedrijven kunnen meedoen als zij door SBB zijn erkend.

    ### Rol in het onderwijs
    De organisaties uit het werkveld:
    + a. ontvangen iedere leerling in routejaar 1 voor een snuffelstage van tien dagdelen en in
      routejaar 2 voor een blokstage van twee weken;
    + b. bieden in routejaar 3 tot en met 5 de plaatsen voor beroepspraktijkvorming en leveren de
      praktijkopleiders die de studenten begeleiden en bij de examens in de praktijk meebeoordelen;
    + c. verzorgen per routejaar ten minste drie gastlessen door pedagogisch medewerkers of
      locatiemanagers;
    + d. nemen deel aan de werkveldraad, die tweemaal per jaar bijeenkomt en het kernteam adviseert
      over de keuzedelen, de opbouw van de stages en de aansluiting van het programma op de praktijk.

    Het kernteam beantwoordt elk advies van de werkveldraad binnen zes weken schriftelijk.

    ## Het kernteam
    ### Samenstelling
    Het kernteam heeft de leiding over de route. Het bestaat uit:
    - de teamleider Zorg en welzijn van de vo-school;
    - de opleidingsmanager Pedagogisch werk van het ROC;
    - een docent van de vo-school en een docent van het ROC;
    - de routecoördinator, die het kernteam voorzit.

    ### Aanwijzing van de leden
    Het college van bestuur van elk van partijen wijst de eigen leden van het kernteam bij schriftelijk
    besluit aan voor een periode van drie schooljaren; herbenoeming is mogelijk. De routecoördinator
    wordt door beide colleges van bestuur gezamenlijk benoemd na een interne vacature bij beide
    partijen. Elk college wijst voor zijn leden een vaste plaatsvervanger aan.

    ### Opdracht en mandaat
    Beide colleges van bestuur dragen het kernteam de dagelijkse aansturing van de route op. Het
    kernteam is in het bijzonder bevoegd:
    + a. het jaarprogramma en de roosters per routejaar vast te stellen;
    + b. de leerlingen over groepen en stageplaatsen te verdelen;
    + c. te beslissen over de toelating van leerlingen tot de route;
    + d. het concept van het gezamenlijke PTA/OER op te stellen;
    + e. het routebudget dat de colleges jaarlijks vaststellen te besteden.

    Het kernteam kan partijen niet verbinden tegenover derden voor bedragen boven EUR 2.500 en neemt
    geen besluiten over personeel; die blijven bij de colleges. Het kernteam beslist bij
    overeenstemming; lukt dat niet, dan beslissen de twee colleges.

    ## Halfjaarlijkse stand van zaken
    Het kernteam informeert beide colleges van bestuur twee keer per jaar schriftelijk: uiterlijk
    15 oktober over het afgelopen schooljaar, met een financieel overzicht, en uiterlijk 15 maart over
    het lopende jaar. Daarin staan in elk geval de instroom, de doorstroom naar het ROC, de uitval en
    de redenen daarvan, de examenresultaten en de bezetting van de stageplaatsen. Beide colleges
    kunnen daarnaast op elk moment inlichtingen vragen; het kernteam geeft die binnen twee weken.
    Jaarlijks in juni legt het kernteam in een bestuurlijk overleg met beide colleges verantwoording
    af over het gevoerde beleid, waarna de colleges de plannen voor het volgende jaar vaststellen.

    ## Vormgeving van het onderwijs
    ### Locaties en rooster
    Routejaar 1 en 2 worden gegeven op locatie De Zeereep in Katwijk; op donderdag volgen de
    leerlingen les op de vestiging van het ROC aan de Haagse Schouwweg in Leiden. Routejaar 3 tot en
    met 5 worden gegeven op die vestiging en bij de leerbedrijven.

    ### Inzet van docenten
    Het ROC zet in routejaar 1 en 2 twee docenten pedagogisch werk in, samen 0,4 fte, die op locatie
    De Zeereep lesgeven. Een docent verzorging van de vo-school geeft in routejaar 3 op het ROC het
    onderdeel Gezondheid en hygiëne. Voor het vakoverstijgende project Spelen en ontdekken in routejaar
    2 werken partijen met een team als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het
    PTA/OER vermeldt welke docent voor welk deel bevoegd en verantwoordelijk is. Docenten blijven in
    dienst van hun eigen werkgever, die ook hun taakbeleid en professionalisering regelt.

    ### Lokalen en materialen
    De vo-school stelt haar praktijklokaal Zorg en welzijn met babyverzorgingshoek beschikbaar voor de
    lessen van het ROC. Het ROC stelt zijn oefenruimte Kindcentrum, met slaap- en verschoonruimte, en
    de mediatheek open voor de leerlingen van routejaar 1 en 2. Verbruiksmaterialen schaft de partij
    aan op wier locatie de les plaatsvindt.

    ### Programma en examinering
    Partijen beschrijven het onderwijsprogramma, de examinering en de beroepspraktijkvorming per
    routejaar in een gezamenlijk PTA/OER, dat jaarlijks voor 1 oktober wordt vastgesteld door de
    bevoegde organen van beide partijen. De vo-school blijft verantwoordelijk voor de vmbo-examinering,
    het ROC voor de mbo-examinering.

    ### Klachten en veiligheid
    Een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van
    de partij waar de klager is ingeschreven; de andere partij verleent medewerking. Beide partijen
    hanteren voor leerlingen op stage hetzelfde veiligheidsprotocol.

    ## Als een leerling de route verlaat
    Partijen zorgen ervoor dat iedere leerling die de route voortijdig beëindigt, zijn weg naar een
    diploma kan vervolgen:
    + a. in routejaar 1 of 2 gaat de leerling verder in de reguliere kaderberoepsgerichte leerweg Zorg
      en welzijn of in een ander profiel van de vo-school, gericht op het vmbo-diploma;
    + b. heeft de leerling aan het eind van routejaar 3 het vmbo-diploma niet behaald, dan kan hij bij
      het ROC doorgaan in de opleiding Pedagogisch medewerker kinderopvang of in de opleiding Helpende
      zorg en welzijn (niveau 2); vooropleidingseisen staan dat niet in de weg; de vo-school biedt hem
      de gelegenheid het vmbo-examen alsnog af te ronden;
    + c. blijkt de kinderopvang niet bij de leerling te passen, dan kan hij overstappen naar een
      opleiding op hetzelfde niveau in een andere richting, bij het ROC of bij een andere instelling in
      de regio, die hem dan na een geschiktheidsonderzoek kan toelaten;
    + d. valt een student in routejaar 4 of 5 uit, dan wordt gezocht naar een andere opleiding op
      niveau 3 of, als dat beter past, op niveau 2.

    Welk alternatief passend is, bepalen de teamleider van de vo-school en de opleidingsmanager van het
    ROC gezamenlijk, aan de hand van het bereikte onderwijsniveau en de leeftijd van de leerling en na
    overleg met de leerling en zijn ouders. De vo-school neemt de werkwijze op in de schoolgids.

    ## Financiële afspraken
    De vo-school draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks een vast bedrag van
    EUR 48.500 van haar bekostiging over aan het ROC. Dit bedrag is bestemd voor de inzet van de twee
    docenten van het ROC in routejaar 1 en 2 en voor het gebruik van de oefenruimte Kindcentrum. Het
    bedrag wordt jaarlijks geïndexeerd met de loonkostenontwikkeling in het mbo en in twee gelijke
    termijnen, op 1 november en 1 april, betaald. Het ROC draagt geen bekostiging over aan de
    vo-school.

    ## Medezeggenschap in de route
    Voor leerlingen, ouders en personeel gelden de regels van de eigen school of instelling. Aanvullend
    spreken partijen af:
    + a. de leerlingen van routejaar 2 kiezen uit hun midden een vertegenwoordiger die als adviserend
      lid deelneemt aan de studentenraad van het ROC;
    + b. de oudergeleding van de medezeggenschapsraad van de vo-school en de ouderraad van het ROC
      komen jaarlijks in november samen bijeen over de route;
    + c. een voorstel tot wijziging van het routedeel van het PTA/OER wordt zowel aan de
      medezeggenschapsraad van de vo-school als aan de studentenraad van het ROC voor advies
      voorgelegd.

    ## Oplossen van meningsverschillen
    Een verschil van mening tussen partijen over de uitvoering van deze overeenkomst wordt schriftelijk
    aan de andere partij gemeld en eerst binnen drie weken in het kernteam besproken. Lukt het daar
    niet, dan overleggen de voorzitters van beide colleges van bestuur binnen vier weken. Leidt ook dat
    niet tot een oplossing, dan leggen partijen de kwestie voor aan een commissie van drie personen:
    elke partij wijst een lid aan en die twee kiezen samen een voorzitter. De commissie brengt binnen
    acht weken een voor beide partijen bindend advies uit.

    ## Nieuwe deelnemers
    Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij worden bij
    deze overeenkomst, mits zij een aansluitend profiel of aansluitende opleiding verzorgt, de
    afspraken in deze overeenkomst onverkort aanvaardt en beide colleges van bestuur schriftelijk
    instemmen. De toetreding gaat in op 1 augustus en wordt door de nieuwe partij bij DUO gemeld.

    ## Looptijd, aanpassing en beëindiging
    ### Looptijd
    Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd.

    ### Aanpassing
    Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend. Een
    wijziging die het programma van leerlingen raakt die al in de route zitten, gaat in bij het begin
    van het eerstvolgende schooljaar.

    ### Beëindiging
    Elk van partijen kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn
    van een jaar. Vanaf het moment van opzegging laten partijen geen nieuwe leerlingen meer tot de route
    toe. Leerlingen en studenten die op dat moment in de route zitten, kunnen haar volgens de afspraken
    in deze overeenkomst afronden; partijen blijven daarvoor samenwerken totdat de laatste student de
    route heeft afgerond of via artikel 7 een passend vervolg heeft gevonden.

    ## Slotbepalingen
    Op deze overeenkomst is Nederlands recht van toepassing. Zij is in tweevoud opgemaakt.

    | Voor Stichting Openbaar Voortgezet Onderwijs Duin- en Bollenstreek | Voor Stichting Regionaal Opleidingencentrum Oude Rijn |
    | Katwijk, 25 juni 2025 | Leiden, 25 juni 2025 |
    | M.C. van der Plas, voorzitter college van bestuur | drs. R.A. El Idrissi, voorzitter college van bestuur |
    ''',
    autonumber=True, docx_author="Bestuursbureau SOVO Duin- en Bollenstreek",
    docx_title="Samenwerkingsovereenkomst Klein Begin", justify=True)


# --------------------------------------------------------------------------------------------
# 464 - MD - groen, AOC with a vmbo school of another board - Zundert (boomteelt)
# --------------------------------------------------------------------------------------------
sample(
    464, "markdown_aoc_routeduo_zundert_boomteelt", "md",
    "Markdown, zakelijke werkvorm met tabellen en werkwoorden ('de kwekers doen mee'); groene "
    "route van een AOC met een vmbo-school van een ander bestuur, West-Brabant/Zundert, kb Groen "
    "-> Vakbekwaam medewerker teelt niveau 3; leiding als 'routeduo', overdracht AOC -> school "
    "met bedrag en bestemming, 'beëindigen van de samenwerking'; volledig in orde.",
    "pppppppppp",
    {"a": "1. De route",
     "b": "2. De kwekers doen mee",
     "c": "3. Wie stuurt de route: het routeduo",
     "d": "4. Hoe het routeduo de besturen op de hoogte houdt",
     "e": "5. Lessen, docenten, kassen en machines",
     "f": "6. Een ander pad",
     "g": "7. Geld tussen AOC en Vakcollege",
     "h": "8. Inspraak",
     "i": "9. Als we er samen niet uitkomen",
     "j": "10. Meer partners, wijzigen en beëindigen van de samenwerking"},
    '''
    # Routeafspraken Boomteelt Zundert
    ~ Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Groen - Sint-Willibrord Vakcollege en AOC Brabantse Wal

    **Wie tekenen**

    + 1. Stichting Katholiek Voortgezet Onderwijs De Baronie te Breda, bevoegd gezag van het
      Sint-Willibrord Vakcollege in Zundert, vertegenwoordigd door mevrouw A. Rijnders, voorzitter van
      het college van bestuur. In deze tekst: **het Vakcollege**.
    + 2. Stichting Agrarisch Opleidingscentrum Brabantse Wal te Roosendaal, instelling voor
      beroepsonderwijs, vertegenwoordigd door de heer J. Goossens, voorzitter van het college van
      bestuur, namens haar mbo-locatie Groencollege Zundert. In deze tekst: **het AOC**.

    Het AOC verzorgt zelf ook vmbo-onderwijs, maar deze route verzorgt het samen met een school van
    een ander bestuur. Daarom leggen we de afspraken vast in een samenwerkingsovereenkomst als bedoeld
    in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB, en niet in een interne regeling. Beide partijen
    melden de route in RIO.

    ## 1. De route
    Leerlingen van de kaderberoepsgerichte leerweg met het profiel Groen stromen via deze route door
    naar de mbo-opleiding Vakbekwaam medewerker teelt (niveau 3), uitstroom boomkwekerij, in het
    opleidingsdomein Voedsel, natuur en leefomgeving. De route duurt vijf jaar:

    |! Routejaar | Waar | Wat |
    | 1 (leerjaar 3) | Vakcollege; vrijdag op de schoolkwekerij van het AOC | profiel Groen met de keuzevakken Boomkwekerij en Teelt in de volle grond |
    | 2 (leerjaar 4) | Vakcollege en schoolkwekerij | centraal examen vmbo; mbo-onderdelen Plantkennis en Gewasbescherming |
    | 3 | AOC | eerste mbo-jaar; zo nodig afronding van vmbo-onderdelen |
    | 4 | AOC en leerbedrijf | beroepspraktijkvorming in twee seizoenen |
    | 5 | leerbedrijf en AOC | examens; overstap naar de beroepsbegeleidende leerweg mogelijk |

    Het vmbo-diploma wordt uiterlijk aan het eind van routejaar 3 behaald.

    ## 2. De kwekers doen mee
    De Vereniging Boomkwekers Zundert-Rucphen en haar leden werken mee aan de route. Op dit moment
    zijn dat onder meer Kwekerij Van Gils Laanbomen, Boomkwekerij De Hoef en Rozen & Heesters Oomen.
    De kwekers:
    - ontvangen elke klas van routejaar 1 en 2 twee keer per jaar op hun bedrijf, in het plant- en in
      het rooiseizoen;
    - stellen elk jaar samen ten minste 25 stageplaatsen beschikbaar voor routejaar 4 en 5, met een
      erkend praktijkopleider per plaats;
    - beoordelen de proeve van bekwaamheid mee, samen met de examinatoren van het AOC;
    - stellen jaarlijks een proefveld van een halve hectare beschikbaar waarop de leerlingen van
      routejaar 2 een eigen teelt opzetten;
    - praten drie keer per jaar mee in de kwekersraad, die het routeduo adviseert over keuzedelen, de
      seizoensplanning en nieuwe teelttechnieken. Het routeduo zet de adviezen en wat ermee is gedaan
      in het routeverslag.

    ## 3. Wie stuurt de route: het routeduo
    De leiding over de route ligt bij twee routeleiders: een van het Vakcollege en een van het AOC.
    Samen vormen zij het routeduo. De voorzitter van elk college van bestuur wijst de eigen
    routeleider aan, voor drie schooljaren, en laat de ander dat schriftelijk weten. Valt een
    routeleider weg, dan wijst het betrokken bestuur binnen een maand een opvolger aan.

    Beide besturen geven het routeduo de opdracht en de bevoegdheid om:
    - het jaarrooster en de lessentabel per routejaar vast te stellen;
    - de docenturen van beide partijen over de routejaren te verdelen;
    - te beslissen over de toelating van leerlingen tot de route;
    - het routebudget te beheren, met uitgaven tot EUR 7.500 per post;
    - het contact met de kwekers en de kwekersraad te onderhouden.

    Uitgaven boven dat bedrag, personeelszaken en de inhoud van deze overeenkomst houden de besturen
    aan zichzelf. Zijn de twee routeleiders het oneens, dan beslissen de beide bestuursvoorzitters.

    ## 4. Hoe het routeduo de besturen op de hoogte houdt
    Het routeduo schrijft elk jaar voor 15 oktober een routeverslag voor beide colleges van bestuur,
    met de cijfers over in-, door- en uitstroom, de behaalde diploma's, de stageplaatsen, de
    besteding van het geld en de signalen van de kwekers. In februari stuurt het een stoplichtrapport
    van een pagina: per onderdeel groen, oranje of rood, met een toelichting bij elk oranje of rood
    onderdeel. Elk voorjaar bespreken de besturen het routeverslag met het routeduo en leggen zij vast
    wat er moet veranderen. Beide besturen kunnen tussendoor altijd om informatie vragen.

    ## 5. Lessen, docenten, kassen en machines
    **Docenten.** Een docent teelt van het AOC geeft in routejaar 1 en 2 zes uur per week les, op het
    Vakcollege en op de schoolkwekerij. De docent Groen van het Vakcollege begeleidt in routejaar 3
    de leerlingen die nog vmbo-onderdelen moeten afronden. Het Seizoensproject in routejaar 2
    verzorgen we met een team met teambevoegdheid; het PTA/OER vermeldt wie voor welk deel bevoegd is.
    Iedere docent blijft in dienst bij zijn eigen werkgever.

    **Kassen en machines.** Het AOC stelt de schoolkwekerij van vier hectare, de twee teeltkassen en
    de trekkers en spuitmachines open voor de leerlingen van routejaar 1 en 2; machines worden alleen
    gebruikt onder toezicht van een gecertificeerde instructeur van het AOC. Het Vakcollege stelt
    zijn practicumlokaal Groen en zijn schoolkas open voor de lessen van het AOC. Elk van ons
    verzekert en onderhoudt de eigen voorzieningen.

    **Programma en toetsing.** Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per
    routejaar staan in het gezamenlijke PTA/OER, dat beide partijen voor 1 oktober vaststellen.

    **Klachten.** Een klacht over een medewerker van de andere partij behandelen we volgens de
    klachtenregeling van de partij waar de leerling of student staat ingeschreven.

    ## 6. Een ander pad
    Elke leerling die de route niet afmaakt, moet een diploma kunnen halen. Wij bieden daarvoor de
    volgende wegen:
    - tijdens routejaar 1 of 2: verder in de gewone kaderberoepsgerichte leerweg Groen van het
      Vakcollege, met vmbo-eindexamen;
    - vmbo-diploma niet gehaald aan het eind van routejaar 3: verder bij het AOC in de opleiding
      Medewerker teelt (niveau 2) of, als de behaalde onderdelen dat toelaten, in de eigen opleiding op
      niveau 3; de vooropleidingseisen gelden dan niet; het Vakcollege laat de leerling daarnaast het
      vmbo-examen afmaken;
    - liever een andere groene richting: overstappen naar bijvoorbeeld Vakbekwaam medewerker groene
      ruimte (niveau 3) bij het AOC, of naar een vergelijkbare opleiding bij een andere instelling
      (daar na een geschiktheidsonderzoek);
    - uitval in routejaar 4 of 5: een andere opleiding op niveau 3 of 2 bij het AOC.

    Welk pad het wordt, beslissen de twee routeleiders samen. Zij kijken naar het niveau dat de
    leerling heeft bereikt en naar zijn leeftijd, en nemen het besluit pas na een gesprek met de
    leerling en zijn ouders. De mentor draagt de leerling over aan zijn nieuwe begeleider. De
    werkwijze staat in de schoolgids van het Vakcollege.

    ## 7. Geld tussen AOC en Vakcollege
    In routejaar 3 staan de studenten bij het AOC ingeschreven, maar ronden sommigen nog
    vmbo-onderdelen af bij het Vakcollege. Het AOC draagt daarom met toepassing van artikel 9.1.15 WEB
    EUR 410 per zo'n student per schooljaar over aan het Vakcollege. Dat geld is bestemd voor
    examenbegeleiding, surveillance en de uren van de examensecretaris. Het AOC maakt het bedrag voor
    1 december over op basis van de telling van 1 oktober. Het Vakcollege draagt niets over aan het
    AOC.

    ## 8. Inspraak
    Leerlingen, ouders en personeel houden de inspraak die zij bij hun eigen school of instelling
    hebben. Daarnaast spreken we af:
    - leerlingen van routejaar 2 mogen een vertegenwoordiger afvaardigen naar de deelnemersraad van
      Groencollege Zundert, met spreekrecht over alles wat de route aangaat;
    - de medezeggenschapsraad van het Vakcollege en de deelnemersraad van het AOC krijgen elk jaar het
      routeverslag en komen een keer per jaar samen bijeen met het routeduo;
    - over een voorstel om deze overeenkomst te wijzigen of te beëindigen vragen we vooraf advies aan
      beide raden.

    ## 9. Als we er samen niet uitkomen
    Verschillen over de uitvoering van deze afspraken leggen we eerst bij het routeduo neer. Lukt het
    daar niet binnen vier weken, dan praten de bestuursvoorzitters erover. Komen ook zij er binnen zes
    weken niet uit, dan vragen we samen een onafhankelijke bemiddelaar. Levert bemiddeling binnen drie
    maanden niets op, dan kan ieder van ons het geschil voorleggen aan de rechtbank
    Zeeland-West-Brabant.

    ## 10. Meer partners, wijzigen en beëindigen van de samenwerking
    **Meer partners.** Een andere vmbo-school of mbo-instelling kan aansluiten als zij een passend
    profiel of een passende opleiding heeft, deze afspraken overneemt en beide besturen schriftelijk
    instemmen. Aansluiten gebeurt per 1 augustus en de nieuwe partner meldt zich bij DUO.

    **Wijzigen.** Wijzigingen leggen we schriftelijk vast; beide bestuursvoorzitters tekenen. Wat de
    lessen van leerlingen in de route raakt, gaat pas in bij het volgende schooljaar.

    **Beëindigen van de samenwerking.** Ieder van ons kan de samenwerking beëindigen met een brief aan
    de ander, met een termijn van minimaal een jaar en altijd tegen het einde van een schooljaar. Na
    die brief laten we geen nieuwe leerlingen meer toe. Wie al in de route zit, maakt haar af zoals
    hier beschreven; we blijven daarvoor samenwerken tot de laatste student klaar is.

    **Duur.** Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd.

    ## Ondertekening
    Zundert, 26 juni 2025

    | Stichting Katholiek Voortgezet Onderwijs De Baronie | Stichting Agrarisch Opleidingscentrum Brabantse Wal |
    | A. Rijnders, voorzitter college van bestuur | J. Goossens, voorzitter college van bestuur |
    ''')


# --------------------------------------------------------------------------------------------
# 465 - DOCX - consortium of four boards (two vmbo, two mbo) - horeca/bakkerij, Noordoost-Twente
# --------------------------------------------------------------------------------------------
sample(
    465, "consortium_vier_besturen_geschillenadviseur_twente_kok_bakker", "docx",
    "DOCX, formele artikelen met leden, consortium van vier besturen (twee vmbo-scholen, een ROC en "
    "een bakkerijvakinstelling) met partijentabel; Noordoost-Twente, bb Horeca, bakkerij en "
    "recreatie -> Kok / Bakker niveau 2; leiding als 'routeberaad', geschillen naar een vooraf "
    "benoemde 'geschillenadviseur', uittreding met voortzetting tussen de overige partijen; "
    "volledig in orde.",
    "pppppppppp",
    {"a": "Artikel 2 Route en uitstroomrichtingen",
     "b": "Artikel 3 Werkgevers in horeca en bakkerij",
     "c": "Artikel 4 Routeberaad",
     "d": "Artikel 5 Informatie aan de besturen",
     "e": "Artikel 6 Uitvoering van het onderwijs",
     "f": "Artikel 7 Wisselen en overstappen",
     "g": "Artikel 8 Bijdragen van de vmbo-besturen",
     "h": "Artikel 9 Klankbordgroep medezeggenschap",
     "i": "Artikel 10 Geschillenadviseur",
     "j": "Artikel 12 Uittreding en beëindiging"},
    '''
    # Samenwerkingsovereenkomst Vakroute Keuken & Bakkerij Noordoost-Twente
    ~ doorlopende leerroute vmbo basisberoepsgerichte leerweg - mbo niveau 2

    **De partijen bij deze overeenkomst zijn:**

    |! | Bevoegd gezag | Voor | Vertegenwoordigd door |
    | 1 | Stichting Voortgezet Onderwijs Noordoost-Twente, Oldenzaal | Het Dinkelcollege, vmbo-locatie Oldenzaal | mevrouw I. Kamphuis, voorzitter college van bestuur |
    | 2 | Vereniging voor Christelijk Voortgezet Onderwijs Almelo en omstreken | Vakcollege De Esch, Almelo | de heer G.J. ter Horst, bestuurder |
    | 3 | Stichting Regionaal Opleidingencentrum Twentse Poort, Hengelo | Horeca & Toerisme College | de heer M. Yilmaz, voorzitter college van bestuur |
    | 4 | Stichting Bakkerijvakschool Oost-Nederland, Enschede | opleidingslocatie Enschede | mevrouw E. Nijhuis-Oude Lenferink, directeur-bestuurder |

    Partij 1 en partij 2 worden hierna samen "de vmbo-scholen" genoemd, partij 3 en partij 4 samen
    "de mbo-instellingen"; alle vier samen "partijen".

    **Partijen overwegen:**

    + a. dat de horeca- en bakkerijbedrijven in Noordoost-Twente moeilijk vakkrachten kunnen vinden en
      dat partijen leerlingen van de basisberoepsgerichte leerweg een ononderbroken weg naar een
      vakdiploma willen bieden;
    + b. dat een doorlopende leerroute kan worden verzorgd door een of meer scholen en een of meer
      instellingen samen, op grond van een samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO
      2020 en artikel 9.1.3 WEB;

    **en komen het volgende overeen.**

    ## Artikel 1 Begrippen
    + 1. Route: de doorlopende leerroute Vakroute Keuken & Bakkerij.
    + 2. Routejaar: een van de vier schooljaren van de route; routejaar 1 is leerjaar 3 van de
      vmbo-school.
    + 3. Uitstroomrichting: de mbo-opleiding waarin de route wordt afgerond, Kok of Bakker.
    + 4. Routeberaad: de leiding over de route als bedoeld in artikel 4.
    + 5. Bestuurstafel: het overleg van de vier bestuurders van partijen.

    ## Artikel 2 Route en uitstroomrichtingen
    + 1. De route begint in de basisberoepsgerichte leerweg van de vmbo-scholen met het profiel Horeca,
      bakkerij en recreatie en leidt in het opleidingsdomein Horeca en bakkerij naar een van de
      volgende basisberoepsopleidingen (niveau 2, beroepsopleidende leerweg):
    ++ a. Kok, verzorgd door partij 3;
    ++ b. Bakker, verzorgd door partij 4.
    + 2. De leerling kiest zijn uitstroomrichting in de loop van routejaar 1, na oriëntatie in beide
      richtingen. De leerling behaalt het vmbo-diploma basisberoepsgerichte leerweg uiterlijk aan het
      eind van routejaar 3, in de regel aan het eind van routejaar 2.
    + 3. Ieder van partijen meldt de route voor haar deel in RIO.

    ## Artikel 3 Werkgevers in horeca en bakkerij
    + 1. Partijen betrekken bij de route het Horecaplatform Noordoost-Twente en het Bakkersgilde Twente,
      en de door SBB erkende leerbedrijven die daarbij zijn aangesloten, waaronder Landgoedhotel De
      Bergvennen, Brasserie Het Oude Stadhuis te Oldenzaal, Bakkerij Morsink en Warme Bakker
      Lohuis.
    + 2. Deze bedrijven:
    ++ a. verzorgen in routejaar 1 snuffeldagen in de keuken en de bakkerij;
    ++ b. leveren per routejaar een opdracht uit de praktijk, zoals een menu voor een bedrijfsfeest of
      een seizoensassortiment, die de leerlingen op school uitvoeren en die een chef of meester-bakker
      van het bedrijf mee beoordeelt;
    ++ c. bieden in routejaar 3 en 4 de plaatsen voor beroepspraktijkvorming en leveren de
      praktijkopleiders;
    ++ d. leveren voor de proeve van bekwaamheid de tweede beoordelaar uit de praktijk.
    + 3. Het routeberaad overlegt tweemaal per jaar met een delegatie van het Horecaplatform en het
      Bakkersgilde over de inhoud van het programma, de keuzedelen en de stageplanning, en legt de
      uitkomst vast in een verslag dat aan de bestuurstafel wordt gezonden.

    ## Artikel 4 Routeberaad
    + 1. De route wordt geleid door het routeberaad. Het routeberaad bestaat uit de afdelingsleider
      basis/kader van elke vmbo-school, de teamleider van de opleiding Kok van partij 3, de
      teamleider van de opleiding Bakker van partij 4 en de routecoördinator.
    + 2. Elk van partijen wijst haar lid van het routeberaad schriftelijk aan en meldt dat aan de
      andere partijen. De routecoördinator wordt op voordracht van het routeberaad benoemd door de
      bestuurstafel, voor vier jaar; herbenoeming is mogelijk.
    + 3. Partijen dragen het routeberaad op:
    ++ a. de gezamenlijke onderwijsprogrammering en de jaarplanning per routejaar vast te stellen;
    ++ b. de PTA's en de OER-onderdelen van de route in concept op te stellen en af te stemmen;
    ++ c. de inzet van docenten van de mbo-instellingen op de vmbo-scholen te plannen;
    ++ d. te beslissen over toelating tot de route en over de verdeling over de uitstroomrichtingen;
    ++ e. het gezamenlijke routebudget te beheren binnen de begroting die de bestuurstafel vaststelt.
    + 4. Het routeberaad is niet bevoegd tot besluiten over personeel, over uitgaven buiten de
      begroting of over deze overeenkomst; die liggen bij de besturen. Het routeberaad besluit met
      algemene stemmen van de vier partijleden; is dat niet mogelijk, dan beslist de bestuurstafel.

    ## Artikel 5 Informatie aan de besturen
    + 1. De routecoördinator stuurt elke partij na afloop van ieder kwartaal een kwartaaloverzicht met
      de aantallen leerlingen per routejaar en uitstroomrichting, het verzuim, de uitval en de
      bezetting van de stageplaatsen.
    + 2. Het routeberaad legt jaarlijks voor 1 december in een verantwoordingsnotitie aan de vier
      bestuurders rekenschap af van het afgelopen schooljaar: resultaten, diploma's, besteding van het
      routebudget en de bijdragen bedoeld in artikel 8, en voorgenomen verbeteringen.
    + 3. De bestuurstafel bespreekt de verantwoordingsnotitie in januari met het routeberaad.

    ## Artikel 6 Uitvoering van het onderwijs
    + 1. In routejaar 1 en 2 volgen de leerlingen het onderwijs op hun eigen vmbo-school; een dag per
      week werken zij in de leerkeukens van partij 3 of de opleidingsbakkerij van partij 4. In
      routejaar 3 en 4 volgen zij het onderwijs bij de mbo-instelling van hun uitstroomrichting en bij
      de leerbedrijven.
    + 2. Partij 3 zet in routejaar 1 en 2 op elke vmbo-school een docent koken in voor drie lesuren per
      week; partij 4 zet een meester-bakker-docent in voor een dag per week. Docenten Nederlands en
      rekenen van de vmbo-scholen geven in routejaar 3 les aan de studenten van beide
      mbo-instellingen. Voor het project Van grondstof tot bord in routejaar 2 werken partijen met
      een team van leraren en docenten met teambevoegdheid. Iedere docent blijft in dienst van zijn
      eigen werkgever.
    + 3. Partij 3 stelt haar leerrestaurant en leerkeukens, partij 4 haar opleidingsbakkerij met
      ovens en deegverwerkingslijn, en de vmbo-scholen hun praktijklokalen horeca ter beschikking van
      de route. Het gebruik wordt door het routeberaad ingeroosterd.
    + 4. Per vmbo-school leggen de betrokken partijen het onderwijsprogramma, de examinering en de
      beroepspraktijkvorming per routejaar vast in een PTA/OER, dat voor 1 oktober van elk schooljaar
      door de bevoegde organen wordt vastgesteld.
    + 5. Een klacht over een medewerker van een andere partij wordt behandeld volgens de
      klachtenregeling van de partij waar de leerling of student is ingeschreven; de andere partijen
      verlenen medewerking.

    ## Artikel 7 Wisselen en overstappen
    + 1. Partijen zorgen ervoor dat een leerling die de route niet voortzet, een weg naar een diploma
      houdt. Daarbij gelden de volgende kaders:
    ++ a. wie in routejaar 1 of 2 stopt, maakt de basisberoepsgerichte leerweg van de eigen vmbo-school
      af, in hetzelfde of een ander profiel, en doet vmbo-eindexamen;
    ++ b. wie van uitstroomrichting wil wisselen, kan tot het einde van routejaar 3 overstappen van Kok
      naar Bakker of omgekeerd; de ontvangende mbo-instelling laat hem toe na een intakegesprek dat
      geldt als geschiktheidsonderzoek en rekent behaalde onderdelen zoveel mogelijk mee;
    ++ c. wie aan het eind van routejaar 3 geen vmbo-diploma heeft, gaat verder in de opleiding van
      zijn uitstroomrichting of in een andere opleiding op niveau 2 bij dezelfde instelling, zonder
      dat vooropleidingseisen worden gesteld; de vmbo-school biedt herkansing van het vmbo-examen;
    ++ d. wie een heel andere richting wil, wordt geholpen bij een overstap naar een opleiding op
      niveau 2 in een ander domein, bij een van de mbo-instellingen of elders in de regio.
    + 2. De afdelingsleider van de vmbo-school en de teamleider van de betrokken mbo-instelling
      besluiten gezamenlijk welk alternatief past, op grond van het bereikte onderwijsniveau en de
      leeftijd van de leerling, en na een gesprek met de leerling en zijn ouders.
    + 3. Alleen als een diploma op niveau 2 niet haalbaar blijkt, wordt de leerling begeleid naar
      Entree.

    ## Artikel 8 Bijdragen van de vmbo-besturen
    + 1. Partij 1 en partij 2 dragen elk, met toepassing van artikel 5.42a WVO 2020, EUR 780 per
      leerling per schooljaar in routejaar 2 over aan de mbo-instelling van de uitstroomrichting van
      die leerling, op basis van de telling van 1 oktober.
    + 2. De bijdrage is bestemd voor de inzet van de docenten van de mbo-instellingen op de
      vmbo-scholen en voor de grondstoffen die in de praktijklessen worden verwerkt.
    + 3. De mbo-instellingen dragen geen bekostiging over aan de vmbo-scholen.

    ## Artikel 9 Klankbordgroep medezeggenschap
    + 1. De medezeggenschapsorganen behouden hun bevoegdheden volgens de WMS, de WEB en de WOR.
    + 2. Partijen richten voor de route een klankbordgroep medezeggenschap in. De medezeggenschapsraad
      van elke vmbo-school en de studentenraad van elke mbo-instelling wijzen elk een lid aan. De
      klankbordgroep komt tweemaal per jaar bijeen met de routecoördinator, ontvangt de
      verantwoordingsnotitie en kan het routeberaad gevraagd en ongevraagd adviseren.
    + 3. Een voorstel tot wijziging van deze overeenkomst wordt voor advies aan de klankbordgroep
      voorgelegd voordat de besturen beslissen.

    ## Artikel 10 Geschillenadviseur
    + 1. Een geschil tussen twee of meer partijen over de uitvoering van deze overeenkomst wordt eerst
      in het routeberaad besproken en, als het daar niet binnen een maand is opgelost, op de
      bestuurstafel.
    + 2. Is het geschil zes weken nadat het op de bestuurstafel is gebracht niet opgelost, dan legt
      iedere betrokken partij het voor aan de geschillenadviseur. De bestuurstafel benoemt de
      geschillenadviseur, een onafhankelijke jurist met kennis van het onderwijs, vooraf voor vier
      jaar.
    + 3. De geschillenadviseur hoort de betrokken partijen en doet binnen zes weken een uitspraak die
      als bindend advies geldt. De kosten worden gelijk verdeeld over de betrokken partijen.

    ## Artikel 11 Toetreding
    + 1. Een andere school met een basisberoepsgerichte leerweg in het profiel Horeca, bakkerij en
      recreatie, of een andere instelling voor beroepsonderwijs met een aansluitende opleiding op
      niveau 2, kan tot deze overeenkomst toetreden met instemming van alle partijen.
    + 2. De toetredende partij aanvaardt deze overeenkomst, wijst haar lid van het routeberaad aan en
      meldt haar deelname in RIO. Toetreding gaat in op 1 augustus.

    ## Artikel 12 Uittreding en beëindiging
    + 1. Elk van partijen kan uit deze overeenkomst treden door schriftelijke opzegging aan de andere
      partijen, met een termijn van ten minste een jaar, tegen 31 juli.
    + 2. Na uittreding van een partij loopt de overeenkomst door tussen de overige partijen, zolang ten
      minste een vmbo-school en een mbo-instelling deelnemen. Zijn er minder over, dan eindigt de
      overeenkomst op de datum van uittreding.
    + 3. De uittredende partij laat vanaf de opzegging geen nieuwe leerlingen meer tot de route toe en
      blijft haar verplichtingen nakomen voor de leerlingen en studenten die dan al in de route zitten,
      totdat zij de route hebben afgerond of met toepassing van artikel 7 een ander passend vervolg
      hebben gevonden. Hetzelfde geldt voor alle partijen als de overeenkomst eindigt.

    ## Artikel 13 Wijziging
    Deze overeenkomst kan alleen worden gewijzigd bij een schriftelijk stuk dat door alle partijen is
    ondertekend, na advies van het routeberaad en de klankbordgroep medezeggenschap. Wijzigingen die
    het onderwijs van leerlingen in de route raken, gaan niet eerder in dan bij het begin van het
    volgende schooljaar.

    ## Artikel 14 Inwerkingtreding en duur
    Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.

    **Ondertekening**

    |! Partij | Naam en functie | Plaats en datum |
    | Stichting Voortgezet Onderwijs Noordoost-Twente | I. Kamphuis, voorzitter college van bestuur | Oldenzaal, 20 juni 2025 |
    | Vereniging voor Christelijk Voortgezet Onderwijs Almelo en omstreken | G.J. ter Horst, bestuurder | Almelo, 20 juni 2025 |
    | Stichting Regionaal Opleidingencentrum Twentse Poort | M. Yilmaz, voorzitter college van bestuur | Hengelo, 23 juni 2025 |
    | Stichting Bakkerijvakschool Oost-Nederland | E. Nijhuis-Oude Lenferink, directeur-bestuurder | Enschede, 23 juni 2025 |
    ''',
    docx_author="Routecoördinatie Vakroute Keuken & Bakkerij", docx_font="Arial", docx_size=10,
    docx_title="SOK Vakroute Keuken & Bakkerij")


# --------------------------------------------------------------------------------------------
# 466 - DOCX - short body, everything in annex "Uitwerking" - installatietechniek, Heerenveen
#       DEFECTIVE: f (no who decides), g (transfer with omvang but without bestemming)
# --------------------------------------------------------------------------------------------
sample(
    466, "korte_romp_bijlage_uitwerking_heerenveen_installatietechniek", "docx",
    "DOCX met een korte romp van vijf artikelen en alle afspraken in de bijlage 'Uitwerking' "
    "(U1-U11); Zuidoost-Fryslân/Heerenveen, kb Produceren, installeren en energie -> Eerste monteur "
    "woning en utiliteit niveau 3; leiding als 'trajectleiding'; gebreken: overstap met uitgewerkte "
    "opties maar zonder wie beslist (f weak), overdracht met bedrag maar zonder bestemming (g weak).",
    "pppppwwppp",
    {"a": "U1 Route en diploma",
     "b": "U2 Installatiebedrijven",
     "c": "U3 Trajectleiding",
     "d": "U4 Informatie en rekenschap",
     "e": "U5 Onderwijs, personeel en voorzieningen",
     "h": "U8 Medezeggenschap",
     "i": "U9 Geschillen",
     "j": "U10 Toetreding"},
    '''
    # Samenwerkingsovereenkomst
    ~ doorlopende leerroute Installatietechniek Heerenveen

    **Ondergetekenden:**

    + 1. Stichting Christelijk Voortgezet Onderwijs Zuidoost-Fryslân, gevestigd te Heerenveen, bevoegd
      gezag van CSG De Tjonger, locatie Vakcollege Heerenveen, rechtsgeldig vertegenwoordigd door de
      heer W. de Boer, voorzitter van het college van bestuur (hierna: de school);
    + 2. Stichting Regionaal Opleidingencentrum Friese Wouden, gevestigd te Drachten, rechtsgeldig
      vertegenwoordigd door mevrouw T. Hoekstra-Bouma, voorzitter van het college van bestuur (hierna:
      het ROC);

    **verklaren te zijn overeengekomen:**

    ## Artikel 1 Onderwerp
    Partijen verzorgen met ingang van 1 augustus 2025 gezamenlijk een doorlopende leerroute vmbo-mbo
    als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. De route en alle afspraken over de
    uitvoering daarvan zijn opgenomen in de bijlage Uitwerking.

    ## Artikel 2 Bijlage
    De bijlage Uitwerking maakt onlosmakelijk deel uit van deze overeenkomst. Bij strijdigheid gaat de
    tekst van de artikelen 1 tot en met 5 voor.

    ## Artikel 3 Melding
    Ieder van partijen registreert de route in RIO.

    ## Artikel 4 Duur
    Deze overeenkomst geldt voor onbepaalde tijd.

    ## Artikel 5 Recht
    Op deze overeenkomst is Nederlands recht van toepassing.

    Aldus overeengekomen en in tweevoud getekend te Heerenveen op 27 juni 2025.

    | Stichting Christelijk Voortgezet Onderwijs Zuidoost-Fryslân | Stichting Regionaal Opleidingencentrum Friese Wouden |
    | W. de Boer, voorzitter college van bestuur | T. Hoekstra-Bouma, voorzitter college van bestuur |

    ===

    # Bijlage Uitwerking
    ~ bij de samenwerkingsovereenkomst doorlopende leerroute Installatietechniek Heerenveen

    ## U1 Route en diploma
    U1.1 Leerweg en profiel: kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie,
    van het Vakcollege Heerenveen.

    U1.2 Mbo-opleiding: Eerste monteur woning en utiliteit, niveau 3, kwalificatiedossier
    Installatie- en energietechniek, beroepsopleidende leerweg, ROC locatie Heerenveen.

    U1.3 Duur: vijf routejaren. Routejaar 1 en 2 = leerjaar 3 en 4 van de school; routejaar 3 tot en
    met 5 bij het ROC. Vmbo-diploma uiterlijk eind routejaar 3.

    ## U2 Installatiebedrijven
    U2.1 Betrokken: Vereniging Installatiebedrijven Zuidoost-Fryslân en haar leden, waaronder
    Installatiebedrijf Van der Meer & Zn., Warmtepomp Noord B.V. en Elektro De Feart.

    U2.2 Inzet:
    - bedrijfsbezoek per klas, tweemaal per routejaar in routejaar 1 en 2;
    - echte klus per half jaar (bijvoorbeeld het inregelen van een warmtepomp in de proefwoning),
      uitgevoerd door leerlingen, nabesproken door een monteur van het bedrijf;
    - minimaal twaalf bpv-plaatsen per jaar in routejaar 3 tot en met 5 bij door SBB erkende
      leerbedrijven;
    - praktijkbeoordelaar bij de proeve van bekwaamheid.

    U2.3 Adviesoverleg: tweemaal per jaar met de trajectleiding over programma, keuzedelen en nieuwe
    technieken (warmtepompen, zonnestroom, ventilatie).

    ## U3 Trajectleiding
    U3.1 Samenstelling: teamleider techniek van de school, teamleider installatietechniek van het ROC,
    praktijkcoördinator (voorzitter).

    U3.2 Benoeming: elk college van bestuur wijst de eigen teamleider aan; de praktijkcoördinator wordt
    door beide colleges van bestuur gezamenlijk benoemd voor drie jaar.

    U3.3 Taken en bevoegdheden (opgedragen door beide colleges van bestuur):
    - vaststellen lessentabel en jaarplanning per routejaar;
    - opstellen concept-PTA/OER;
    - plannen inzet docenten binnen de door de colleges vastgestelde formatie;
    - toelating van leerlingen tot de route;
    - beheer routebudget tot EUR 5.000 per uitgave.

    U3.4 Voorbehouden aan de colleges: begroting, personeelsbesluiten, wijziging van de overeenkomst.
    Bij verschil van mening binnen de trajectleiding beslissen de colleges.

    ## U4 Informatie en rekenschap
    U4.1 Trajectrapport: jaarlijks in september aan beide colleges van bestuur, met in-, door- en
    uitstroom, examenresultaten, bpv-plaatsen en een financieel overzicht.

    U4.2 Halfjaarbericht: in maart, kort, aan beide colleges.

    U4.3 Bestuurlijk overleg: jaarlijks in oktober; de trajectleiding legt daarin verantwoording af over
    het afgelopen schooljaar.

    ## U5 Onderwijs, personeel en voorzieningen
    U5.1 Locaties: routejaar 1 en 2 op het Vakcollege, met op maandag praktijk in het installatielab van
    het ROC; routejaar 3 tot en met 5 op het ROC en bij de leerbedrijven.

    U5.2 Personeel: een docent installatietechniek van het ROC geeft in routejaar 2 vier uur per week
    les op het Vakcollege; een docent PIE van het Vakcollege geeft in routejaar 3 het onderdeel
    Tekenen en schema's lezen op het ROC. Het project Proefwoning (routejaar 2) wordt verzorgd door een
    team met teambevoegdheid. Docenten blijven in dienst van hun eigen werkgever.

    U5.3 Voorzieningen: het ROC stelt het installatielab met proefwoning, warmtepompopstelling en
    meetapparatuur beschikbaar; de school haar metaal- en elektrolokaal. Gebruik kosteloos, planning
    door de trajectleiding.

    U5.4 Programma en examinering per routejaar: in het gezamenlijke PTA/OER, vastgesteld voor
    1 oktober.

    U5.5 Klachten: afhandeling volgens de klachtenregeling van de partij waar de leerling of student is
    ingeschreven; de andere partij werkt mee.

    ## U6 Overstap
    U6.1 Verlaten in routejaar 1 of 2: voortzetting in de reguliere kaderberoepsgerichte leerweg PIE of
    een ander profiel van de school, gericht op het vmbo-diploma.

    U6.2 Geen vmbo-diploma eind routejaar 3: voortzetting bij het ROC in de opleiding Monteur woning en
    utiliteit (niveau 2) of, als de behaalde onderdelen dat toelaten, in de eigen opleiding; geen
    vooropleidingseisen; herkansing van het vmbo-examen blijft mogelijk.

    U6.3 Andere richting: opleiding op vergelijkbaar niveau in een ander domein bij het ROC of bij een
    andere instelling in de regio (toelating daar na geschiktheidsonderzoek).

    U6.4 Uitval in routejaar 4 of 5: overstap naar een andere opleiding op niveau 3 of 2 bij het ROC.

    U6.5 De mentor bespreekt de mogelijkheden met de leerling en zijn ouders en zorgt voor een warme
    overdracht. De werkwijze staat in de schoolgids.

    ## U7 Financiën
    U7.1 De school draagt met toepassing van artikel 5.42a WVO 2020 een deel van haar bekostiging over
    aan het ROC: EUR 23.400 per schooljaar.

    U7.2 Betaling in twee termijnen van EUR 11.700, op 1 november en 1 april.

    U7.3 Het ROC draagt geen bekostiging over aan de school.

    ## U8 Medezeggenschap
    U8.1 De wettelijke regels van de WMS, de WEB en de WOR blijven onverkort van toepassing.

    U8.2 Aanvullend: routeleerlingen in routejaar 2 vaardigen een vertegenwoordiger af naar de
    studentenraad van het ROC, met spreekrecht over de route; de medezeggenschapsraad van de school en
    de studentenraad van het ROC ontvangen het trajectrapport en bespreken het eenmaal per jaar samen
    met de trajectleiding.

    ## U9 Geschillen
    U9.1 Eerst overleg in de trajectleiding, binnen drie weken.

    U9.2 Daarna bestuurlijk overleg tussen de voorzitters van de colleges van bestuur, binnen vier
    weken.

    U9.3 Daarna arbitrage volgens het reglement van het Nederlands Arbitrage Instituut, door een
    arbiter, plaats van arbitrage Leeuwarden.

    ## U10 Toetreding
    Een andere vmbo-school of mbo-instelling kan toetreden als zij een aansluitend profiel of
    aansluitende opleiding heeft, de overeenkomst met bijlage aanvaardt en beide colleges van bestuur
    schriftelijk instemmen. Ingang per 1 augustus; melding in RIO door de toetredende partij.

    ## U11 Wijziging en opzegging
    U11.1 Wijziging van de overeenkomst of deze bijlage: schriftelijk, getekend door beide colleges van
    bestuur; wijzigingen die het onderwijs van zittende leerlingen raken pas per volgend schooljaar.

    U11.2 Opzegging: schriftelijk, termijn een jaar, tegen 31 juli.

    U11.3 Na opzegging geen nieuwe instroom; leerlingen en studenten in de route ronden haar af onder
    deze afspraken; partijen blijven daartoe samenwerken tot de laatste student klaar is.
    ''',
    docx_author="T. Hoekstra-Bouma", docx_title="SOK DLR Installatietechniek Heerenveen",
    docx_size=10)


# --------------------------------------------------------------------------------------------
# 467 - TXT - very short, plain language - retail, Gooi en Vechtstreek
# --------------------------------------------------------------------------------------------
sample(
    467, "zeer_kort_gewone_taal_hilversum_verkoopspecialist", "txt",
    "TXT, zeer kort (een pagina) in gewone taal met tien korte punten; Gooi en Vechtstreek, kb "
    "Economie en ondernemen -> Verkoopspecialist niveau 3; elk punt kort maar compleet, geen "
    "geldoverdracht, ruzie via mediator naar de rechter; volledig in orde.",
    "pppppppppp",
    {"a": "1. Welke route",
     "b": "2. Winkels doen mee",
     "c": "3. Wie de route leidt",
     "d": "4. Verslag aan de bestuurders",
     "e": "5. Lessen, docenten en ruimtes",
     "f": "6. Stoppen of wisselen",
     "g": "7. Geld",
     "h": "8. Inspraak",
     "i": "9. Onenigheid",
     "j": "10. Erbij komen, iets veranderen of stoppen"},
    '''
    # Samenwerkingsovereenkomst route Retail Hilversum

    Wij, Stichting Openbaar Voortgezet Onderwijs Gooi en Vechtstreek (bestuur van vmbo De Meent in
    Hilversum) en Stichting Regionaal Opleidingencentrum Gooi-Eem (College Handel & Ondernemen),
    verzorgen samen een doorlopende leerroute vmbo-mbo. Dit spreken we af.

    ### 1. Welke route
    Leerlingen van de kaderberoepsgerichte leerweg met het profiel Economie en ondernemen gaan door naar
    de mbo-opleiding Verkoopspecialist (niveau 3) in het domein Handel. De route duurt vijf jaar. De
    eerste twee jaar zitten de leerlingen op De Meent, daarna op het ROC. Wij melden de route allebei
    in RIO.

    ### 2. Winkels doen mee
    De Ondernemersvereniging Hilversum Centrum en haar winkels (onder meer Modehuis Bakker, Sportshop
    Kerkbrink en Boekhandel De Gooische Bladwijzer) geven snuffelstages in jaar 1, leveren elk jaar
    een winkelproject, bieden stageplaatsen in jaar 3 tot en met 5 en beoordelen de praktijkexamens
    mee. Twee keer per jaar praten zij met het routeteam over het programma.

    ### 3. Wie de route leidt
    Het routeteam: de teamleider Economie van De Meent, de opleidingsmanager Handel van het ROC en een
    coördinator. Elk bestuur wijst zijn eigen teamleider of manager aan; de coördinator wijzen de twee
    bestuurders samen aan. Het team beslist over rooster, lessentabel, toelating, de verdeling van
    docenten en het routebudget. Over geld daarboven, personeel en deze afspraken beslissen de
    bestuurders zelf.

    ### 4. Verslag aan de bestuurders
    Elk jaar voor de herfstvakantie schrijft het routeteam een kort verslag voor beide bestuurders:
    aanmeldingen, uitval, diploma's, stages en geld. In mei bespreken de bestuurders het verslag met
    het team.

    ### 5. Lessen, docenten en ruimtes
    Twee docenten van het ROC geven in jaar 2 drie uur per week les op De Meent. Een docent van De Meent
    geeft in jaar 3 rekenen op het ROC. Het project Eigen webwinkel geven docenten van beide scholen
    samen, met teambevoegdheid. Iedereen blijft in dienst van de eigen school. De leerlingen gebruiken
    gratis de leerwinkel en de kassasystemen van het ROC; het ROC gebruikt het praktijklokaal van De
    Meent. Programma en examens per leerjaar staan in ons gezamenlijke PTA/OER.

    ### 6. Stoppen of wisselen
    Wie in jaar 1 of 2 stopt, maakt het vmbo op De Meent af. Wie na jaar 3 zijn vmbo-diploma nog niet
    heeft, mag op het ROC verder in Verkoper (niveau 2) of in de eigen opleiding, zonder
    toelatingseisen, en kan het vmbo-examen nog afmaken. Wie iets anders wil, kan naar een opleiding
    van hetzelfde niveau in een andere richting, bij het ROC of elders. De teamleider en de
    opleidingsmanager beslissen samen wat het beste past, op basis van het niveau en de leeftijd van de
    leerling en na een gesprek met leerling en ouders.

    ### 7. Geld
    Er gaat geen geld van de een naar de ander. Ieder betaalt zijn eigen kosten.

    ### 8. Inspraak
    De leerlingenraad van De Meent en de studentenraad van het ROC praten een keer per jaar samen over de
    route. Voor elke wijziging van deze afspraken vragen wij eerst advies aan de
    medezeggenschapsraad van De Meent en de studentenraad van het ROC.

    ### 9. Onenigheid
    Zijn we het oneens over deze afspraken, dan praat eerst het routeteam, daarna de bestuurders. Lukt
    het niet binnen twee maanden, dan vragen we een mediator. Helpt dat niet, dan beslist de rechtbank
    Midden-Nederland.

    ### 10. Erbij komen, iets veranderen of stoppen
    Een andere school of mbo-instelling mag meedoen als wij allebei schriftelijk ja zeggen en zij deze
    afspraken overneemt. Veranderen kan alleen op papier, getekend door beide bestuurders, en nooit
    midden in een schooljaar. Stoppen kan per 1 augustus, als je het een jaar van tevoren schriftelijk
    laat weten. Daarna komen er geen nieuwe leerlingen bij; wie al begonnen is, maakt de route af.

    Hilversum, 30 juni 2025

    | S. de Graaf, bestuurder Stichting Openbaar Voortgezet Onderwijs Gooi en Vechtstreek |
    | K. van Veen, voorzitter college van bestuur Stichting ROC Gooi-Eem |
    ''',
    width=84)


# --------------------------------------------------------------------------------------------
# 468 - PDF - long (hoofdstukken, 31 artikelen, three annexes) - autotechniek, Parkstad Limburg
# --------------------------------------------------------------------------------------------
TEXT_468_A = '''
# ROUTEOVEREENKOMST AUTOTECHNIEK PARKSTAD
~ Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo
~ Mobiliteit en transport (basisberoepsgerichte leerweg) - Autotechnicus (niveau 2)
~ Versie 1.0 - vastgesteld 27 juni 2025

**Inhoud**

+ Hoofdstuk 1 Algemene bepalingen (artikel 1 tot en met 4)
+ Hoofdstuk 2 Werkveld (artikel 5)
+ Hoofdstuk 3 Leiding en verantwoording (artikel 6 tot en met 9)
+ Hoofdstuk 4 Inrichting van de route (artikel 10 tot en met 16)
+ Hoofdstuk 5 Overstap (artikel 17 tot en met 19)
+ Hoofdstuk 6 Financiën (artikel 20 tot en met 22)
+ Hoofdstuk 7 Medezeggenschap (artikel 23)
+ Hoofdstuk 8 Geschillen (artikel 24)
+ Hoofdstuk 9 Toetreding, wijziging en beëindigen van de samenwerking (artikel 25 tot en met 29)
+ Hoofdstuk 10 Slotbepalingen (artikel 30 en 31)
+ Bijlage 1 Programma per routejaar; Bijlage 2 Financiële afspraken; Bijlage 3 Overstapschema

## PARTIJEN

+ 1. De stichting: Stichting Katholiek Onderwijs Oostelijk Zuid-Limburg, statutair gevestigd te
  Heerlen, ingeschreven in het handelsregister onder nummer 14092255, bevoegd gezag van het
  Vakcollege Bleijerheide te Kerkrade, te dezen vertegenwoordigd door de heer drs. L.M.J. Houben,
  voorzitter van het college van bestuur, hierna te noemen: "het Vakcollege";
+ 2. De stichting: Stichting Regionaal Opleidingencentrum Heuvelland-Parkstad, statutair gevestigd te
  Heerlen, ingeschreven in het handelsregister onder nummer 14067731, te dezen vertegenwoordigd door
  mevrouw mr. C.A.M. Vliegen-Schoonbrood, voorzitter van het college van bestuur, handelend namens
  haar Mobiliteitscollege te Heerlen, hierna te noemen: "het ROC";

hierna gezamenlijk te noemen: "partijen" en ieder afzonderlijk: "partij".

## OVERWEGINGEN

+ A. Partijen werken sinds 2016 samen in de voorbereidende techniekroute autotechniek, waarin
  leerlingen van het Vakcollege praktijklessen volgden in de werkplaatsen van het ROC.
+ B. De autobranche in Parkstad Limburg kampt met een groot tekort aan monteurs, terwijl de
  technologie in de voertuigen (elektrisch rijden, rijhulpsystemen, diagnose op afstand) snel
  verandert en vakmensen vraagt die vroeg met die technologie vertrouwd raken.
+ C. Partijen willen deze samenwerking omzetten in een doorlopende leerroute vmbo-mbo als bedoeld in
  artikel 2.107a van de Wet voortgezet onderwijs 2020 (WVO 2020) en artikel 9.1.2 van de Wet educatie
  en beroepsonderwijs (WEB), en leggen daartoe hun afspraken vast in deze overeenkomst.
+ D. Het college van bestuur van elk van partijen heeft over het voornemen tot deze samenwerking
  advies gevraagd aan de betrokken medezeggenschapsorganen en dat advies in zijn besluit betrokken.

## VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:

## HOOFDSTUK 1 ALGEMENE BEPALINGEN

### Artikel 1 Begripsbepalingen
In deze overeenkomst en de bijlagen wordt verstaan onder:
+ a. route: de doorlopende leerroute Autotechniek Parkstad, bedoeld in artikel 3;
+ b. routejaar: elk van de vier schooljaren van de route; routejaar 1 is het derde leerjaar van
  het Vakcollege;
+ c. vo-fase: routejaar 1 en 2, waarin de deelnemer als leerling bij het Vakcollege is ingeschreven;
+ d. mbo-fase: routejaar 3 en 4, waarin de deelnemer als student bij het ROC is ingeschreven;
+ e. deelnemer: een leerling of student die aan de route deelneemt;
+ f. routecommissie: de leiding over de route, bedoeld in artikel 6;
+ g. routecoördinator: de functionaris, bedoeld in artikel 7, derde lid;
+ h. PTA/OER: het programma van toetsing en afsluiting en de onderwijs- en examenregeling van de
  route, waarin partijen het onderwijsprogramma, de examinering en de beroepspraktijkvorming per
  routejaar beschrijven;
+ i. werkveld: de autobedrijven en organisaties, bedoeld in artikel 5;
+ j. bestuurlijk overleg: het overleg tussen de voorzitters van de colleges van bestuur van partijen.

### Artikel 2 Doel en reikwijdte
+ 1. Doel van de route is deelnemers zonder onderbreking, zonder overlap in lesstof en met een
  herkenbaar beroepsperspectief op te leiden tot het vmbo-diploma en het mbo-diploma Autotechnicus.
+ 2. Deze overeenkomst regelt de samenwerking van partijen bij het verzorgen van de route. Zij laat
  de wettelijke verantwoordelijkheden van partijen onverlet: het Vakcollege is verantwoordelijk voor
  het vmbo-deel en de vmbo-examinering, ook van deelnemers die al bij het ROC zijn ingeschreven; het
  ROC voor het mbo-deel, de beroepspraktijkvorming en de mbo-examinering.

### Artikel 3 De route
+ 1. De route begint in de basisberoepsgerichte leerweg van het Vakcollege met het profiel
  Mobiliteit en transport en leidt naar het diploma van de basisberoepsopleiding Autotechnicus
  (niveau 2), kwalificatiedossier Autotechniek, in het opleidingsdomein Mobiliteit en voertuigen,
  verzorgd door het Mobiliteitscollege van het ROC.
+ 2. De mbo-opleiding wordt in de vo-fase en in routejaar 3 in de beroepsopleidende leerweg
  verzorgd. In routejaar 4 kan de student overstappen naar de beroepsbegeleidende leerweg, als een
  erkend leerbedrijf hem een arbeidsovereenkomst aanbiedt.
+ 3. In de vo-fase kiest de leerling binnen het profiel de keuzevakken Onderhoud en reparatie van
  voertuigen en Elektrotechniek in voertuigen. Vanaf routejaar 2 volgt hij mbo-onderdelen uit de
  kwalificatie Autotechnicus, waaronder het keuzedeel Elektrisch en hybride rijden.
+ 4. De deelnemer legt het centraal examen vmbo in de regel af aan het eind van routejaar 2 en
  behaalt het vmbo-diploma uiterlijk aan het eind van routejaar 3. De opbouw van de route per
  routejaar is weergegeven in bijlage 1.

### Artikel 4 Melding en registratie
+ 1. Partijen melden de route gezamenlijk aan de minister door registratie in het Register
  instellingen en opleidingen; ieder van partijen verzorgt de registratie voor zijn deel voor
  1 oktober 2025.
+ 2. Het Vakcollege registreert in de leerlingadministratie dat een leerling aan de route deelneemt
  en in welke fase hij zich bevindt; het ROC doet hetzelfde voor studenten.

## HOOFDSTUK 2 WERKVELD

### Artikel 5 Betrokkenheid van autobedrijven
+ 1. Partijen verzorgen de route in nauwe samenwerking met de Vereniging Autobedrijven Parkstad en de
  daarbij aangesloten, door SBB erkende leerbedrijven. Op de datum van ondertekening zijn dat onder
  meer Autobedrijf Crutzen te Heerlen, Garage Wetzels & Zn. te Kerkrade, Truckservice Kerkrade-West
  en het onderhoudsbedrijf van Busvervoer Parkstad.
+ 2. Het werkveld draagt op de volgende wijze bij aan de route:
++ a. in routejaar 1 brengt elke klas ten minste drie werkplaatsbezoeken, waarbij monteurs en
  werkplaatschefs de leerlingen rondleiden en demonstraties geven;
++ b. in routejaar 2 lopen leerlingen twee aaneengesloten werkplaatsweken mee in een leerbedrijf;
++ c. in routejaar 3 en 4 stellen de leerbedrijven de plaatsen voor beroepspraktijkvorming
  beschikbaar, met een praktijkopleider per student; de Vereniging Autobedrijven Parkstad zegt toe
  jaarlijks voor ten minste dertig studenten een plaats te organiseren;
++ d. leerbedrijven stellen praktijkbeoordelaars beschikbaar voor de examens in de beroepspraktijk;
++ e. het werkveld stelt jaarlijks ten minste twee voertuigen met een actuele aandrijflijn,
  waaronder een elektrisch voertuig, in bruikleen ter beschikking voor de praktijklessen.
+ 3. Partijen stellen samen met het werkveld een adviesraad Mobiliteit in, die driemaal per jaar
  bijeenkomt. In de adviesraad hebben zitting: drie vertegenwoordigers van het werkveld, de
  routecoördinator en een docent van elk van partijen. De adviesraad adviseert de routecommissie over
  de inhoud en actualiteit van het programma, de keuze van keuzedelen en de aansluiting op de
  arbeidsmarkt. De routecommissie vermeldt in de jaarverantwoording, bedoeld in artikel 9, welke
  adviezen zij heeft gekregen en wat zij daarmee heeft gedaan.

## HOOFDSTUK 3 LEIDING EN VERANTWOORDING

### Artikel 6 Routecommissie
+ 1. De leiding over de route berust bij de routecommissie.
+ 2. De routecommissie bestaat uit:
++ a. de afdelingsleider basisberoepsgerichte leerweg van het Vakcollege;
++ b. de opleidingsmanager Mobiliteit van het ROC;
++ c. een docent van het Vakcollege die lesgeeft in de route;
++ d. een docent van het ROC die lesgeeft in de route.
+ 3. De routecoördinator woont de vergaderingen van de routecommissie bij als secretaris, met
  raadgevende stem.
+ 4. De routecommissie kiest uit de leden genoemd in het tweede lid onder a en b voor de duur van een
  schooljaar een voorzitter; het voorzitterschap wisselt jaarlijks tussen die twee leden.

### Artikel 7 Benoeming en zittingsduur
+ 1. Het college van bestuur van het Vakcollege benoemt de leden, bedoeld in artikel 6, tweede lid,
  onder a en c; het college van bestuur van het ROC benoemt de leden, bedoeld onder b en d. De
  benoeming geschiedt schriftelijk en wordt aan de andere partij meegedeeld.
+ 2. De leden worden benoemd voor drie schooljaren en kunnen eenmaal worden herbenoemd. Het college
  dat een lid heeft benoemd, kan hem tussentijds ontslaan en voorziet binnen zes weken in de
  vacature. Elk college wijst voor zijn leden een plaatsvervanger aan.
+ 3. De routecoördinator wordt door de colleges van bestuur van beide partijen gezamenlijk benoemd,
  na advies van de routecommissie. Hij is in dienst van het ROC en wordt voor 0,5 fte voor de route
  ingezet; het Vakcollege draagt de helft van de kosten daarvan, zoals geregeld in bijlage 2.

### Artikel 8 Taken en bevoegdheden
+ 1. De colleges van bestuur van beide partijen dragen de routecommissie de volgende taken op:
++ a. het voorbereiden en bewaken van het meerjarig routeplan en de jaarplanning;
++ b. het opstellen van het concept-PTA/OER en het voorleggen daarvan aan de bevoegde organen van
  partijen;
++ c. het afstemmen van de roosters van de vo-fase en de mbo-fase;
++ d. het organiseren van de samenwerking met het werkveld en het ondersteunen van de adviesraad
  Mobiliteit;
++ e. het bewaken van de kwaliteit van de route en het uitvoeren van de jaarlijkse evaluatie.
+ 2. De routecommissie is bevoegd om, binnen de kaders van deze overeenkomst en de door de colleges
  vastgestelde begroting:
++ a. de lessentabel per routejaar vast te stellen;
++ b. de inzet van docenten van beide partijen over de routejaren te verdelen, binnen de formatie
  die ieder college ter beschikking stelt;
++ c. te beslissen over de toelating van leerlingen tot de route, gehoord de mentor;
++ d. verplichtingen aan te gaan ten laste van het routebudget tot een bedrag van EUR 15.000 per
  verplichting;
++ e. afspraken te maken met leerbedrijven over werkplaatsweken en beroepspraktijkvorming.
+ 3. Besluiten over de begroting, over arbeidsvoorwaarden, aanstelling en ontslag van personeel,
  over verplichtingen boven het in het tweede lid onder d genoemde bedrag en over wijziging of
  beëindiging van deze overeenkomst zijn voorbehouden aan de colleges van bestuur.
+ 4. De routecommissie vergadert ten minste eenmaal per maand en besluit bij gewone meerderheid
  van stemmen, mits ten minste een lid van elk van partijen voor het besluit heeft gestemd. Van elke
  vergadering wordt een besluitenlijst gemaakt, die aan beide colleges wordt gezonden.

### Artikel 9 Informatie en verantwoording
+ 1. De routecommissie verstrekt de colleges van bestuur van beide partijen binnen drie weken na
  afloop van elk kwartaal een kwartaalbericht, met daarin ten minste het aantal deelnemers per
  routejaar, instroom en uitstroom, verzuim, de voortgang van de begroting en bijzonderheden.
+ 2. Jaarlijks voor 1 november legt de routecommissie aan beide colleges schriftelijk verantwoording
  af over het afgelopen schooljaar in een jaarverantwoording. Deze bevat ten minste: de in-, door-
  en uitstroom, de examenresultaten vmbo en mbo, het aantal deelnemers dat gebruik heeft gemaakt van
  de overstap, bedoeld in hoofdstuk 5, de besteding van het routebudget en van de overgedragen
  middelen, de adviezen van de adviesraad Mobiliteit, de uitkomsten van de evaluatie en voorstellen
  voor het volgende schooljaar.
+ 3. De jaarverantwoording wordt in november besproken in het bestuurlijk overleg, in aanwezigheid
  van de voorzitter van de routecommissie en de routecoördinator. De colleges stellen daarna
  gezamenlijk de kaders voor het volgende schooljaar vast.
+ 4. Ieder college kan de routecommissie te allen tijde om inlichtingen verzoeken; de routecommissie
  verstrekt die binnen tien werkdagen.
'''

TEXT_468_B = '''
## HOOFDSTUK 4 INRICHTING VAN DE ROUTE

### Artikel 10 Onderwijsprogramma en examinering
+ 1. Partijen beschrijven voor de gehele route in het PTA/OER het onderwijsprogramma, de examinering
  en de beroepspraktijkvorming per routejaar. Daarin wordt aangegeven welke onderdelen tot het
  vmbo-programma behoren, welke tot het mbo-programma en welke onderdelen door een team van leraren
  en docenten worden verzorgd.
+ 2. Het PTA/OER wordt jaarlijks voor 1 oktober vastgesteld door de daartoe bevoegde organen van
  beide partijen, na afstemming in de routecommissie.
+ 3. Het Vakcollege neemt de vmbo-examens af, ook bij deelnemers die in routejaar 3 al bij het ROC
  zijn ingeschreven. Het ROC neemt de mbo-examens af; examens in de beroepspraktijk worden afgenomen
  bij de leerbedrijven, met een praktijkbeoordelaar uit het werkveld.
+ 4. De examencommissies van beide partijen overleggen ten minste tweemaal per jaar over de
  examenplanning en de kwaliteit van de examinering in de route.

### Artikel 11 Locaties en rooster
+ 1. De vo-fase wordt verzorgd in het gebouw van het Vakcollege aan de Pannesheiderstraat te
  Kerkrade, met uitzondering van twee dagdelen per week in routejaar 1 en drie dagdelen per week
  in routejaar 2, die de leerlingen doorbrengen in de werkplaatsen van het Mobiliteitscollege te
  Heerlen.
+ 2. De mbo-fase wordt verzorgd op het Mobiliteitscollege en bij de leerbedrijven.
+ 3. Het Vakcollege verzorgt in de vo-fase het vervoer van de leerlingen tussen beide locaties met
  een gecontracteerde bus; de kosten daarvan komen voor rekening van het Vakcollege.

### Artikel 12 Inzet van personeel
+ 1. De route wordt verzorgd door een docententeam waarin leraren van het Vakcollege en docenten
  van het ROC samenwerken. De routecommissie stelt jaarlijks de samenstelling van het team vast.
+ 2. In de vo-fase verzorgen twee docenten autotechniek van het ROC, samen 0,6 fte, de praktijklessen
  in de werkplaatsen van het Mobiliteitscollege en een deel van de profiellessen op het Vakcollege.
  In routejaar 3 verzorgen leraren Nederlands en rekenen van het Vakcollege de generieke onderdelen
  voor de studenten van de route.
+ 3. Partijen maken gebruik van de mogelijkheid om teams in te zetten als bedoeld in artikel 7.13a
  WVO 2020 en artikel 9.1.12 WEB voor het vakoverstijgende onderdeel Werkplaatspraktijk in routejaar
  1 en 2. Het team is zo samengesteld dat voor elk onderdeel ten minste een bevoegde leraar of
  docent betrokken is; ieder teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is. Het
  PTA/OER vermeldt de samenstelling van het team.
+ 4. De leraren en docenten blijven in dienst van hun eigen werkgever, die verantwoordelijk blijft
  voor arbeidsvoorwaarden, taakbeleid, functioneren en professionalisering. Partijen organiseren
  jaarlijks ten minste twee gezamenlijke scholingsdagen voor het docententeam, onder meer over
  veilig werken aan elektrische voertuigen.

### Artikel 13 Faciliteiten
+ 1. Het ROC stelt de deelnemers in de vo-fase de werkplaatsen van het Mobiliteitscollege ter
  beschikking, met inbegrip van de hefbruggen, de diagnoseapparatuur, de uitlijnapparatuur en de
  werkplaats voor elektrische en hybride voertuigen met de bijbehorende veiligheidsuitrusting.
+ 2. Het Vakcollege stelt zijn praktijklokaal Mobiliteit en transport met motorenopstellingen en
  zijn theorielokalen ter beschikking voor lessen van docenten van het ROC en voor herkansingen van
  deelnemers in routejaar 3.
+ 3. Leerlingen werken in de werkplaatsen van het ROC alleen onder toezicht van een docent of
  instructeur van het ROC en met inachtneming van de werkplaatsreglementen van het ROC, die partijen
  vooraf aan leerlingen en ouders bekendmaken.
+ 4. De vergoeding voor het gebruik van de werkplaatsen is begrepen in de overdracht, bedoeld in
  artikel 21. Elk van partijen draagt zorg voor onderhoud en verzekering van de eigen voorzieningen.

### Artikel 14 Inschrijving, verzuim en begeleiding
+ 1. In de vo-fase is de deelnemer ingeschreven bij het Vakcollege; met ingang van routejaar 3 wordt
  hij bij het Vakcollege uitgeschreven en bij het ROC ingeschreven. Een deelnemer die aan het begin
  van routejaar 3 het vmbo-diploma nog niet heeft, blijft voor de vmbo-onderdelen bij het Vakcollege
  geregistreerd totdat die zijn afgerond.
+ 2. Het verzuim wordt in de vo-fase geregistreerd en gemeld door het Vakcollege en in de mbo-fase
  door het ROC, ook als de deelnemer les volgt op de locatie van de andere partij. Partijen wisselen
  daartoe dagelijks de aanwezigheidsgegevens uit.
+ 3. Iedere deelnemer heeft een mentor (vo-fase) of studieloopbaanbegeleider (mbo-fase). Bij de
  overgang naar routejaar 3 vindt een warme overdracht plaats, waarbij ook afspraken over extra
  ondersteuning worden overgedragen.

### Artikel 15 Klachten
+ 1. Een klacht over een gedraging van een medewerker van de andere partij die verband houdt met de
  route, wordt behandeld volgens de klachtenregeling van de partij waar de klager is ingeschreven.
+ 2. De andere partij verleent aan de behandeling alle medewerking en neemt naar aanleiding van een
  gegrond verklaarde klacht zo nodig zelf maatregelen tegenover de eigen medewerker. Partijen
  informeren elkaar over de afloop.

### Artikel 16 Gegevensuitwisseling
Partijen wisselen persoonsgegevens van deelnemers alleen uit voor zover dat voor de uitvoering van
de route nodig is. Zij leggen de afspraken daarover vast in een gegevensuitwisselingsprotocol dat de
functionarissen gegevensbescherming van beide partijen hebben goedgekeurd.

## HOOFDSTUK 5 OVERSTAP

### Artikel 17 Uitgangspunten
+ 1. Een deelnemer wiens deelname aan de route eindigt voordat hij haar met succes heeft afgerond,
  moet een diploma kunnen behalen dat past bij het onderwijsniveau dat hij heeft bereikt en bij zijn
  leeftijd.
+ 2. Partijen zoeken voor iedere deelnemer het meest kansrijke alternatief. Doorverwijzing naar de
  Entreeopleiding komt alleen in beeld als een diploma op niveau 2 na zorgvuldige afweging niet
  haalbaar blijkt.

### Artikel 18 Wegen naar een diploma
+ 1. Partijen bieden in elk geval de volgende mogelijkheden, die in bijlage 3 schematisch zijn
  weergegeven:
++ a. eindigt de deelname in routejaar 1 of 2, dan zet de leerling zijn opleiding voort in de
  reguliere basisberoepsgerichte leerweg van het Vakcollege, in het profiel Mobiliteit en transport
  of, als dat beter past, in een ander profiel, met als doel het vmbo-diploma; overstap naar een
  andere doorlopende leerroute van het Vakcollege is eveneens mogelijk;
++ b. heeft de deelnemer aan het eind van routejaar 3 het vmbo-diploma niet behaald, dan kan hij bij
  het ROC doorgaan in de opleiding Autotechnicus of in een andere opleiding op niveau 2 van het ROC,
  zonder dat de vooropleidingseisen worden toegepast; daarnaast biedt het Vakcollege hem de
  gelegenheid het vmbo-examen te herkansen of in een extra jaar af te ronden;
++ c. blijkt de autotechniek niet bij de deelnemer te passen, dan kan hij overstappen naar een
  opleiding op niveau 2 in een andere richting, bijvoorbeeld Fietstechnicus of Medewerker logistiek,
  bij het ROC of bij een andere instelling in de regio; een andere instelling kan hem toelaten na een
  geschiktheidsonderzoek, waarvoor het ROC de benodigde gegevens aanlevert;
++ d. valt een student in routejaar 4 uit, dan onderzoeken partijen met hem of afronding in de
  beroepsbegeleidende leerweg mogelijk is, of een overstap naar een andere opleiding op niveau 2.
+ 2. Bij verhuizing helpen partijen de deelnemer bij het vinden van een vergelijkbare route of
  opleiding in zijn nieuwe woonplaats.

### Artikel 19 Besluitvorming en begeleiding
+ 1. Welk alternatief voor een deelnemer het meest passend is, beoordelen het Vakcollege en het ROC
  gezamenlijk, vertegenwoordigd door de afdelingsleider en de opleidingsmanager, bedoeld in artikel
  6, tweede lid, onder a en b. Zij betrekken daarbij het bereikte onderwijsniveau, de leeftijd, de
  behaalde vo- en mbo-onderdelen en de wensen van de deelnemer, en nemen hun besluit na een gesprek
  met de deelnemer en, als hij minderjarig is, zijn ouders.
+ 2. Het besluit wordt binnen vier weken na het gesprek schriftelijk en gemotiveerd aan de deelnemer
  en zijn ouders meegedeeld.
+ 3. De mentor of studieloopbaanbegeleider begeleidt de deelnemer tot hij op zijn nieuwe plek is
  begonnen. Partijen nemen de werkwijze op in de schoolgids van het Vakcollege en de studiegids van
  het ROC.

## HOOFDSTUK 6 FINANCIËN

### Artikel 20 Uitgangspunten
+ 1. Behoudens het bepaalde in artikel 21 draagt ieder van partijen de kosten van het eigen personeel,
  de eigen huisvesting en de eigen voorzieningen.
+ 2. Partijen stellen jaarlijks gezamenlijk een routebudget vast voor gemeenschappelijke activiteiten,
  zoals excursies, scholing van het docententeam en werving. Ieder draagt daaraan de helft bij.

### Artikel 21 Overdracht van bekostiging
+ 1. Het Vakcollege draagt, met toepassing van artikel 5.42a WVO 2020, jaarlijks aan het ROC over:
++ a. EUR 1.150 per leerling die op 1 oktober in routejaar 1 of 2 staat ingeschreven, bestemd voor de
  inzet van de docenten van het ROC in de vo-fase en het gebruik van de werkplaatsen, bedoeld in
  artikel 13, eerste lid;
++ b. de helft van de loonkosten van de routecoördinator, met een maximum van EUR 32.500 per jaar.
+ 2. Het ROC draagt, met toepassing van artikel 9.1.15 WEB, jaarlijks aan het Vakcollege over:
  EUR 425 per student die op 1 oktober in routejaar 3 staat ingeschreven en nog vmbo-onderdelen
  moet afronden, bestemd voor de inzet van leraren van het Vakcollege in routejaar 3 en de kosten
  van de vmbo-examinering van deze studenten.
+ 3. De bedragen worden jaarlijks per 1 januari geïndexeerd overeenkomstig de ontwikkeling van de
  rijksbijdrage. De uitwerking, een rekenvoorbeeld en de betaaltermijnen staan in bijlage 2.

### Artikel 22 Betaling en verantwoording
+ 1. Partijen brengen de bedragen, bedoeld in artikel 21, na de telling van 1 oktober bij elkaar in
  rekening; betaling vindt plaats voor 1 december.
+ 2. In de jaarverantwoording, bedoeld in artikel 9, wordt verantwoord hoe de overgedragen middelen
  zijn besteed. De accountants van partijen krijgen desgevraagd inzage in de onderliggende stukken.

## HOOFDSTUK 7 MEDEZEGGENSCHAP

### Artikel 23 Medezeggenschap
+ 1. Voor deelnemers in de vo-fase, hun ouders en het personeel van het Vakcollege geldt de Wet
  medezeggenschap op scholen; voor studenten, hun ouders en het personeel van het ROC gelden de WEB
  en de Wet op de ondernemingsraden. Partijen maken daarnaast de volgende afspraken.
+ 2. Deelnemers in routejaar 2 kunnen een vertegenwoordiger kiezen die als lid met raadgevende stem
  deelneemt aan de vergaderingen van de studentenraad van het Mobiliteitscollege.
+ 3. Deelnemers in routejaar 3 die nog vmbo-onderdelen afronden, blijven verkiesbaar voor de
  leerlingenraad van het Vakcollege tot het einde van dat schooljaar.
+ 4. Partijen organiseren jaarlijks in maart een routeoverleg waarvoor de medezeggenschapsraad van
  het Vakcollege, de studentenraad van het ROC en de ondernemingsraad van het ROC elk twee leden
  afvaardigen. In dat overleg worden de jaarverantwoording en de voorgenomen wijzigingen van de route
  besproken.
+ 5. Een voornemen tot wijziging of beëindiging van deze overeenkomst wordt voor advies voorgelegd
  aan de medezeggenschapsraad van het Vakcollege en aan de studentenraad van het ROC.

## HOOFDSTUK 8 GESCHILLEN

### Artikel 24 Geschillenregeling
+ 1. Er is een geschil zodra een partij dat schriftelijk aan de andere partij meedeelt, met
  vermelding van het punt waarover partijen van mening verschillen over de uitvoering van deze
  overeenkomst.
+ 2. Partijen bespreken het geschil eerst in de routecommissie, binnen drie weken na de mededeling.
+ 3. Is het geschil niet binnen zes weken na de mededeling opgelost, dan wordt het voorgelegd aan
  het bestuurlijk overleg, dat binnen vier weken bijeenkomt.
+ 4. Leidt ook het bestuurlijk overleg niet tot een oplossing, dan beproeven partijen mediation door
  een mediator die is ingeschreven in het register van de Mediatorsfederatie Nederland en die zij
  gezamenlijk aanwijzen.
+ 5. Is het geschil drie maanden na de aanvang van de mediation niet opgelost, dan wordt het
  beslecht door de bevoegde rechter van de rechtbank Limburg.
+ 6. Gedurende een geschil zetten partijen de uitvoering van de route onverminderd voort.

## HOOFDSTUK 9 TOETREDING, WIJZIGING EN BEËINDIGEN VAN DE SAMENWERKING

### Artikel 25 Toetreding
+ 1. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan partij worden bij
  deze overeenkomst, mits:
++ a. zij een profiel of opleiding verzorgt die aansluit bij de route;
++ b. zij de bepalingen van deze overeenkomst en de bijlagen aanvaardt, eventueel met aanvullende
  afspraken die alle partijen schriftelijk aanvaarden;
++ c. de colleges van bestuur van alle partijen schriftelijk met de toetreding instemmen.
+ 2. Toetreding geschiedt bij een akte van toetreding, gaat in per 1 augustus en wordt door de
  toetredende partij gemeld in het Register instellingen en opleidingen.
+ 3. De toetreding mag er niet toe leiden dat het programma van deelnemers die al in de route zitten,
  tijdens het lopende schooljaar wordt gewijzigd.

### Artikel 26 Wijziging
+ 1. Deze overeenkomst en de bijlagen kunnen alleen worden gewijzigd bij een schriftelijke
  overeenkomst die door de colleges van bestuur van alle partijen is ondertekend. De routecommissie
  kan wijzigingen voorstellen.
+ 2. Wijzigingen die gevolgen hebben voor het onderwijsprogramma van deelnemers gaan in bij het
  begin van een schooljaar en gelden niet voor het lopende schooljaar.

### Artikel 27 Duur en evaluatie
+ 1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.
+ 2. Partijen evalueren de overeenkomst voor het eerst in het schooljaar 2027-2028 en daarna
  eenmaal per vier jaar.

### Artikel 28 Beëindigen van de samenwerking
+ 1. Ieder van partijen kan de samenwerking beëindigen door opzegging bij aangetekende brief, met
  inachtneming van een opzegtermijn van ten minste twaalf maanden, tegen 1 augustus van enig jaar.
+ 2. Partijen kunnen de samenwerking met wederzijds goedvinden beëindigen op een door hen te bepalen
  datum, die steeds samenvalt met het einde van een schooljaar.
+ 3. Ieder van partijen kan de overeenkomst ontbinden als de andere partij haar verplichtingen
  ernstig en herhaaldelijk niet nakomt en een schriftelijke ingebrekestelling met een termijn van ten
  minste twee maanden zonder resultaat is gebleven.
+ 4. Op de beëindiging zijn de afspraken in artikel 29 van toepassing.

### Artikel 29 Gevolgen voor leerlingen en studenten
+ 1. Vanaf het moment van opzegging of het besluit tot beëindiging worden geen nieuwe leerlingen
  meer tot de route toegelaten.
+ 2. Deelnemers die op dat moment in de route zitten, ronden haar af volgens deze overeenkomst.
  Partijen blijven de bepalingen van deze overeenkomst, inclusief de financiële afspraken, op hen
  toepassen totdat de laatste deelnemer de route heeft verlaten (afbouwregeling).
+ 3. Is afronding van de route voor een deelnemer niet mogelijk, dan biedt het ROC of het Vakcollege
  hem een plaats aan volgens hoofdstuk 5.
+ 4. Partijen informeren deelnemers en hun ouders binnen een maand na de opzegging of het besluit
  tot beëindiging over de gevolgen voor hen.

## HOOFDSTUK 10 SLOTBEPALINGEN

### Artikel 30 Aansprakelijkheid en verzekering
Iedere partij is aansprakelijk voor schade die door haar eigen medewerkers wordt veroorzaakt en
verzekert zich daartegen. Deelnemers zijn tijdens lessen op de locatie van de andere partij
verzekerd via de collectieve ongevallenverzekering van de partij waar zij zijn ingeschreven.

### Artikel 31 Slot
+ 1. Op deze overeenkomst is Nederlands recht van toepassing.
+ 2. De bijlagen 1 tot en met 3 maken deel uit van deze overeenkomst. Bij strijdigheid gaat de tekst
  van de artikelen voor.

Aldus overeengekomen en in tweevoud ondertekend.

| Heerlen, 27 juni 2025 | Heerlen, 27 juni 2025 |
| Stichting Katholiek Onderwijs Oostelijk Zuid-Limburg | Stichting Regionaal Opleidingencentrum Heuvelland-Parkstad |
| drs. L.M.J. Houben, voorzitter college van bestuur | mr. C.A.M. Vliegen-Schoonbrood, voorzitter college van bestuur |

===

## BIJLAGE 1 PROGRAMMA PER ROUTEJAAR

|! Routejaar | Inschrijving | Locatie | Inhoud | Examinering |
| 1 | Vakcollege | Vakcollege; twee dagdelen per week Mobiliteitscollege | profiel Mobiliteit en transport; keuzevak Onderhoud en reparatie van voertuigen; Werkplaatspraktijk (team) | schoolexamens vmbo |
| 2 | Vakcollege | Vakcollege; drie dagdelen per week Mobiliteitscollege | profiel afronden; keuzevak Elektrotechniek in voertuigen; mbo-onderdelen Autotechnicus; werkplaatsweken | centraal examen vmbo; eerste mbo-examens |
| 3 | ROC (vmbo-onderdelen bij het Vakcollege) | Mobiliteitscollege en leerbedrijf | kwalificatie Autotechnicus; keuzedeel Elektrisch en hybride rijden; bpv 16 weken | mbo-examens; zo nodig afronding vmbo |
| 4 | ROC | leerbedrijf en Mobiliteitscollege | bpv (BOL of BBL); proeve van bekwaamheid | mbo-diploma Autotechnicus |

## BIJLAGE 2 FINANCIËLE AFSPRAKEN

|! Stroom | Van - naar | Bedrag (prijspeil 2025) | Bestemming | Betaling |
| Bijdrage vo-fase | Vakcollege - ROC | EUR 1.150 per leerling routejaar 1 en 2 | docenten ROC in de vo-fase; gebruik werkplaatsen | factuur na 1 oktober, betaling voor 1 december |
| Routecoördinator | Vakcollege - ROC | 50% loonkosten, maximaal EUR 32.500 | routecoördinatie 0,5 fte | idem |
| Bijdrage routejaar 3 | ROC - Vakcollege | EUR 425 per student met vmbo-onderdelen | leraren Vakcollege in routejaar 3; vmbo-examinering | idem |
| Routebudget | beide partijen | ieder 50% van het vastgestelde budget | gezamenlijke activiteiten | bij vaststelling begroting |

Rekenvoorbeeld schooljaar 2025-2026: 44 leerlingen in routejaar 1 en 2 geeft een bijdrage van het
Vakcollege van 44 x EUR 1.150 = EUR 50.600, vermeerderd met de bijdrage in de kosten van de
routecoördinator. Bij 6 studenten in routejaar 3 met vmbo-onderdelen draagt het ROC 6 x EUR 425 =
EUR 2.550 over aan het Vakcollege.

## BIJLAGE 3 OVERSTAPSCHEMA

|! Moment | Situatie | Mogelijkheden | Wie besluit |
| routejaar 1-2 | route past niet | reguliere bb Mobiliteit en transport of ander profiel Vakcollege; andere route | afdelingsleider en opleidingsmanager samen, na gesprek met deelnemer en ouders |
| einde routejaar 3 | geen vmbo-diploma | Autotechnicus of andere opleiding niveau 2 bij het ROC zonder vooropleidingseisen; herkansing vmbo | idem |
| elk moment | andere richting gewenst | opleiding niveau 2 in andere richting bij het ROC of elders (geschiktheidsonderzoek) | idem |
| routejaar 4 | uitval | afronding in BBL of andere opleiding niveau 2 | idem |
'''

sample(
    468, "lang_hoofdstukken_routecommissie_parkstad_autotechnicus", "pdf",
    "PDF, lang (hoofdstukken, 31 artikelen, inhoudsopgave en drie bijlagen met tabellen) in "
    "juridische ROC-stijl; Parkstad Limburg, bb Mobiliteit en transport -> Autotechnicus niveau 2; "
    "leiding als 'routecommissie', kwartaalbericht en jaarverantwoording, overdracht in beide "
    "richtingen met bedragen en bestemming, 'beëindigen van de samenwerking' met afbouwregeling; "
    "volledig in orde.",
    "pppppppppp",
    {"a": "Artikel 3 De route",
     "b": "Artikel 5 Betrokkenheid van autobedrijven",
     "c": "Artikel 6 Routecommissie",
     "d": "Artikel 9 Informatie en verantwoording",
     "e": "HOOFDSTUK 4 INRICHTING VAN DE ROUTE",
     "f": "Artikel 18 Wegen naar een diploma",
     "g": "Artikel 21 Overdracht van bekostiging",
     "h": "Artikel 23 Medezeggenschap",
     "i": "Artikel 24 Geschillenregeling",
     "j": "Artikel 28 Beëindigen van de samenwerking"},
    TEXT_468_A + TEXT_468_B,
    justify=True, font_size=10, header="Routeovereenkomst Autotechniek Parkstad - versie 1.0",
    footer="Vakcollege Bleijerheide / ROC Heuvelland-Parkstad", pdf_title="Routeovereenkomst Autotechniek Parkstad",
    pdf_author="Juridische Zaken ROC Heuvelland-Parkstad")


# ==== END OF AGREEMENTS ====


# --------------------------------------------------------------------------------------------
# build / check
# --------------------------------------------------------------------------------------------

def expected_of(s):
    return {"description": s["description"], "split": "train", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(nums):
    for n in nums:
        s = SAMPLES[n]
        path = os.path.join(HERE, "%s.%s" % (s["name"], s["fmt"]))
        BUILDERS[s["fmt"]](s, path)
        with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8",
                  newline="\n") as f:
            json.dump(expected_of(s), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("built", os.path.basename(path), os.path.getsize(path), "bytes")


def norm(t):
    t = t.replace("\u00ad", "").replace("\u00a0", " ").replace("\ufffe", "")
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    t = t.replace("\u201d", '"')
    return re.sub(r"\s+", " ", t).strip()


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            texts.append(tp.get_text_range())
            tp.close()
            page.close()
        n = len(pdf)
        pdf.close()
        return "\n".join(texts), n
    if path.endswith(".docx"):
        from xml.etree import ElementTree as ET
        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            assert "word/document.xml" in names
            root = ET.fromstring(z.read("word/document.xml"))
        paras = []
        for p in root.iter(w + "p"):
            paras.append("".join(x.text or "" for x in p.iter(w + "t")))
        import docx  # also make sure python-docx opens it
        docx.Document(path)
        return "\n".join(paras), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def check():
    ok = True
    fmts = {}
    for n in sorted(SAMPLES):
        s = SAMPLES[n]
        assert 461 <= n <= 468
        assert re.fullmatch(r"%d_[a-z0-9_]+" % n, s["name"]), s["name"]
        path = os.path.join(HERE, "%s.%s" % (s["name"], s["fmt"]))
        fmts[s["fmt"]] = fmts.get(s["fmt"], 0) + 1
        problems = []
        if not os.path.exists(path):
            print("MISSING", path)
            ok = False
            continue
        size = os.path.getsize(path)
        if size >= 200 * 1024:
            problems.append("too large: %d" % size)
        try:
            text, pages = extract(path)
        except Exception as e:  # noqa
            problems.append("does not open: %r" % e)
            text, pages = "", None
        nt = norm(text)
        for k, v in s["evidence"].items():
            if s["statuses"][k] != "present":
                problems.append("evidence for non-present item %s" % k)
            if norm(v) not in nt:
                problems.append("evidence %s not found: %r" % (k, v))
        with open(os.path.join(HERE, s["name"] + ".expected.json"), encoding="utf-8") as f:
            exp = json.load(f)
        if exp != expected_of(s):
            problems.append("expected.json differs from the table")
        words = len(nt.split())
        info = "%s: %d bytes, %s words%s" % (os.path.basename(path), size, words,
                                              ", %d pages" % pages if pages else "")
        if problems:
            ok = False
            print("FAIL", info)
            for p in problems:
                print("   ", p)
        else:
            print("ok  ", info)
    print("formats:", fmts)
    if not ok:
        sys.exit(1)
    print("check passed")


def main(argv):
    if argv and argv[0] == "--check":
        check()
        return
    nums = [int(a) for a in argv] if argv else sorted(SAMPLES)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
