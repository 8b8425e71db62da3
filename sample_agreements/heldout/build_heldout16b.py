#!/usr/bin/env python3
"""Build held-out sample agreements h241-h248 for leerroute-check.

Written by an independent helper session (batch 16b). The texts were composed from the two official
guidance documents (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md
and sample_agreements/LABELS.md only, without looking at checker code, models, tests, benchmarks or the
texts of any other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout16b.py            build all samples
    python3 build_heldout16b.py 243 247    build only these numbers
    python3 build_heldout16b.py --check    open every produced file and verify it
"""
import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent
FIXED_ZIP_DT = (2025, 6, 30, 9, 0, 0)
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
SAMPLES = {}


def register(num, name, ext, description, statuses, evidence, builder):
    assert set(statuses) == set("abcdefghij"), name
    for k in evidence:
        assert statuses[k] == "present", (name, k)
    SAMPLES[num] = dict(name=name, ext=ext, description=description,
                        statuses=statuses, evidence=evidence, builder=builder)


def st(spec):
    """'a=present b=weak ...' -> dict"""
    out = {}
    for part in spec.split():
        k, v = part.split("=")
        out[k] = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}.get(v, v)
    return out


# ---------------------------------------------------------------------------------------------------
# PDF helpers (reportlab, invariant)
# ---------------------------------------------------------------------------------------------------
def _pdf_styles(base_size=10.0):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    lead = base_size * 1.32
    s = {}
    s["p"] = ParagraphStyle("p", fontName="Helvetica", fontSize=base_size, leading=lead,
                            spaceAfter=base_size * 0.55, alignment=TA_JUSTIFY)
    s["pl"] = ParagraphStyle("pl", parent=s["p"], alignment=0)
    s["small"] = ParagraphStyle("small", parent=s["p"], fontSize=base_size - 1.5,
                                leading=(base_size - 1.5) * 1.3)
    s["title"] = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=base_size + 6,
                                leading=(base_size + 6) * 1.25, alignment=TA_CENTER, spaceAfter=8)
    s["subtitle"] = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=base_size + 1.5,
                                   leading=(base_size + 1.5) * 1.3, alignment=TA_CENTER, spaceAfter=14)
    s["h1"] = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=base_size + 2,
                             leading=(base_size + 2) * 1.3, spaceBefore=10, spaceAfter=5, keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=base_size,
                             leading=lead, spaceBefore=6, spaceAfter=3, keepWithNext=1)
    s["h2i"] = ParagraphStyle("h2i", fontName="Helvetica-BoldOblique", fontSize=base_size,
                              leading=lead, spaceBefore=6, spaceAfter=3, keepWithNext=1)
    s["li"] = ParagraphStyle("li", parent=s["p"], leftIndent=16, bulletIndent=4, spaceAfter=2)
    s["ni"] = ParagraphStyle("ni", parent=s["p"], leftIndent=22, firstLineIndent=-22, spaceAfter=3)
    s["ni2"] = ParagraphStyle("ni2", parent=s["p"], leftIndent=44, firstLineIndent=-22, spaceAfter=2)
    s["center"] = ParagraphStyle("center", parent=s["p"], alignment=TA_CENTER)
    s["cell"] = ParagraphStyle("cell", fontName="Helvetica", fontSize=base_size - 1,
                               leading=(base_size - 1) * 1.3)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName="Helvetica-Bold")
    return s


def _md_inline(text):
    """escape for reportlab and turn **x** into bold."""
    t = escape(text).replace("&lt;br/&gt;", "<br/>")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return t


def pdf_flowables(blocks, s):
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle, PageBreak, CondPageBreak
    from reportlab.platypus.flowables import HRFlowable
    from reportlab.lib import colors
    fl = []
    for blk in blocks:
        kind, *rest = blk
        if kind in ("p", "pl", "small", "title", "subtitle", "h1", "h2", "h2i", "center"):
            fl.append(Paragraph(_md_inline(rest[0]), s[kind]))
        elif kind == "li":
            fl.append(Paragraph(_md_inline(rest[0]), s["li"], bulletText="\u2022"))
        elif kind in ("ni", "ni2"):
            fl.append(Paragraph(_md_inline(rest[0]), s[kind]))
        elif kind == "sp":
            fl.append(Spacer(1, rest[0]))
        elif kind == "hr":
            fl.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=4, spaceAfter=6))
        elif kind == "pagebreak":
            fl.append(PageBreak())
        elif kind == "cond":
            fl.append(CondPageBreak(rest[0]))
        elif kind == "framebreak":
            from reportlab.platypus import FrameBreak
            fl.append(FrameBreak())
        elif kind == "table":
            rows, widths = rest[0], rest[1]
            data = []
            for i, row in enumerate(rows):
                data.append([Paragraph(_md_inline(c), s["cellb"] if i == 0 else s["cell"]) for c in row])
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]))
            fl.append(t)
            fl.append(Spacer(1, 6))
        elif kind == "sig":
            # rest[0]: list of (left, right) text lines
            data = [[Paragraph(_md_inline(a), s["cell"]), Paragraph(_md_inline(b), s["cell"])]
                    for a, b in rest[0]]
            t = Table(data, colWidths=[None, None])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            fl.append(t)
        else:
            raise ValueError(kind)
    return fl


def build_pdf(path, blocks, title, author, columns=1, base_size=10.0, header=None, footer=None,
              first_page_single=False, top_height=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, NextPageTemplate
    s = _pdf_styles(base_size)
    W, H = A4
    lm, rm, tm, bm = 2.2 * cm, 2.2 * cm, 2.3 * cm, 2.2 * cm
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title=title, author=author, subject=title,
                          creator="Microsoft Word", invariant=1)

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        if header:
            canvas.drawString(lm, H - 1.4 * cm, header)
        txt = (footer or "") + ("   -   " if footer else "") + "pagina %d" % d.page
        canvas.drawRightString(W - rm, 1.2 * cm, txt)
        canvas.restoreState()

    fw = W - lm - rm
    fh = H - tm - bm
    single = Frame(lm, bm, fw, fh, id="single")
    templates = []
    if columns == 2:
        gap = 0.8 * cm
        cw = (fw - gap) / 2
        c1 = Frame(lm, bm, cw, fh, id="c1")
        c2 = Frame(lm + cw + gap, bm, cw, fh, id="c2")
        if first_page_single:
            templates.append(PageTemplate(id="first", frames=[single], onPage=deco))
        elif top_height:
            top = Frame(lm, bm + fh - top_height, fw, top_height, id="top")
            c1s = Frame(lm, bm, cw, fh - top_height, id="c1s")
            c2s = Frame(lm + cw + gap, bm, cw, fh - top_height, id="c2s")
            templates.append(PageTemplate(id="first", frames=[top, c1s, c2s], onPage=deco))
        templates.append(PageTemplate(id="two", frames=[c1, c2], onPage=deco))
    else:
        templates.append(PageTemplate(id="one", frames=[single], onPage=deco))
    doc.addPageTemplates(templates)
    story = []
    if columns == 2 and first_page_single:
        # blocks before ("switch",) go full width on page 1
        idx = blocks.index(("switch",))
        story += pdf_flowables(blocks[:idx], s)
        story.append(NextPageTemplate("two"))
        from reportlab.platypus import PageBreak
        story.append(PageBreak())
        story += pdf_flowables(blocks[idx + 1:], s)
    elif columns == 2 and top_height:
        story.append(NextPageTemplate("two"))
        story += pdf_flowables(blocks, s)
    else:
        story += pdf_flowables([b for b in blocks if b != ("switch",)], s)
    doc.build(story)


# ---------------------------------------------------------------------------------------------------
# DOCX helpers (python-docx, deterministic zip)
# ---------------------------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def new_docx(font="Calibri", size=11):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st_ = doc.styles["Normal"]
    st_.font.name = font
    st_.font.size = Pt(size)
    return doc


def docx_runs(par, text):
    """add text to a paragraph; **bold** segments are supported."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**"):
            par.add_run(part[2:-2]).bold = True
        else:
            par.add_run(part)
    return par


def docx_add_abstract_numbering(doc, abstract_id, num_id, levels):
    """levels: list of (fmt, lvlText, indent_left_twips, hanging_twips). Returns num_id."""
    from docx.oxml import parse_xml
    numbering = doc.part.numbering_part.element
    lvls = []
    for i, (fmt, text, left, hang) in enumerate(levels):
        lvls.append(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
            % (i, fmt, escape(text, {'"': "&quot;"}), left, hang))
    absnum = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s'
                       '</w:abstractNum>' % (NSDECL, abstract_id, "".join(lvls)))
    first_num = numbering.find("{%s}num" % W_NS)
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (NSDECL, num_id, abstract_id))
    numbering.append(num)
    return num_id


def docx_set_num(par, num_id, ilvl):
    from docx.oxml import parse_xml
    pPr = par._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (NSDECL, ilvl, num_id))
    # numPr must come after pStyle
    pstyle = pPr.find("{%s}pStyle" % W_NS)
    if pstyle is not None:
        pstyle.addnext(numPr)
    else:
        pPr.insert(0, numPr)


def docx_textbox(doc, paragraphs, shape_id, fill="EEF3F8", line="4A6F8A", height_emu=1900000):
    """Append a paragraph holding a Word text box (DrawingML with VML fallback, as Word writes it).
    paragraphs: list of (text, bold)."""
    from docx.oxml import parse_xml

    def ps():
        out = []
        for text, bold in paragraphs:
            rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
            out.append('<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s'
                       '</w:t></w:r></w:p>' % (rpr, escape(text)))
        return "".join(out)
    cx = 5760000
    xml = (
        '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
        '<wp:docPr id="%d" name="Tekstvak %d"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/>'
        '</a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"'
        ' anchor="t"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shape id="Tekstvak_%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
        'style="width:453.5pt;height:%dpt;mso-wrap-style:square" fillcolor="#%s" strokecolor="#%s">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
        % (NSDECL, cx, height_emu, shape_id, shape_id, cx, height_emu, fill, line, ps(),
           shape_id, shape_id, height_emu // 12700, fill, line, ps()))
    par = doc.add_paragraph()
    par._p.append(parse_xml(xml))
    return par


def docx_table(doc, rows, style="Table Grid", bold_header=True):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = doc.styles[style]
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for c, text in zip(cells, row):
            c.paragraphs[0].text = ""
            r = c.paragraphs[0].add_run(text)
            if i == 0 and bold_header:
                r.bold = True
    return t


def save_docx(doc, path, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, zin.read(item.filename))
    Path(path).write_bytes(out.getvalue())


def docx_from_blocks(doc, blocks):
    """generic renderer: h1/h2/p/li/ni blocks into the document."""
    from docx.shared import Pt
    for blk in blocks:
        kind, *rest = blk
        if kind == "title":
            doc.add_heading(rest[0], level=0)
        elif kind == "h1":
            doc.add_heading(rest[0], level=1)
        elif kind in ("h2", "h2i"):
            doc.add_heading(rest[0], level=2)
        elif kind in ("p", "pl", "center", "subtitle"):
            docx_runs(doc.add_paragraph(), rest[0])
        elif kind == "small":
            par = docx_runs(doc.add_paragraph(), rest[0])
            for r in par.runs:
                r.font.size = Pt(9)
        elif kind == "li":
            docx_runs(doc.add_paragraph(style="List Bullet"), rest[0])
        elif kind in ("ni", "ni2"):
            par = docx_runs(doc.add_paragraph(), rest[0])
            par.paragraph_format.left_indent = Pt(18 if kind == "ni" else 36)
        elif kind == "sp":
            doc.add_paragraph()
        elif kind == "table":
            docx_table(doc, rest[0])
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------------------------------------------
# TXT / MD
# ---------------------------------------------------------------------------------------------------
def write_text(path, text):
    text = text.strip("\n") + "\n"
    Path(path).write_text(text, encoding="utf-8", newline="\n")


# ===================================================================================================
# SAMPLES
# ===================================================================================================

# ---------------------------------------------------------------------------------------------------
# h241  DOCX, Word auto-numbering ("Artikel %1" / "%1.%2") and text boxes
# ---------------------------------------------------------------------------------------------------
H241_ARTICLES = [
    ("Waar de route over gaat", [
        "Partijen verzorgen samen een doorlopende leerroute vmbo-mbo (hierna: de route) als bedoeld in "
        "artikel 2.107a WVO 2020 en artikel 9.1.2 WEB.",
        "De route begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Media, vormgeving en ICT, "
        "van Het Gouwe College, locatie Boskoop, en loopt door in de opleiding Mediavormgever, niveau 4 "
        "(middenkaderopleiding, BOL), van het ROC, uit het kwalificatiedossier Mediavormgeving in het "
        "opleidingsdomein Media en vormgeving.",
        "Een leerling die de route met succes doorloopt, behaalt het vmbo-diploma kaderberoepsgerichte "
        "leerweg uiterlijk aan het einde van het derde routejaar en het mbo-diploma Mediavormgever in het "
        "vijfde of zesde routejaar.",
        "Partijen melden de route gezamenlijk bij DUO via RIO, vóór het begin van het eerste schooljaar "
        "waarin leerlingen instromen.",
    ]),
    ("Samen met het werkveld", [
        "Het werkveld denkt en doet mee in de route. Hoe dat gaat, staat in het kader hieronder; dat kader "
        "maakt deel uit van dit artikel.",
        "@TEXTBOX_WERKVELD",
    ]),
    ("Wie de route leidt", [
        "De dagelijkse leiding van de route ligt bij de routeregie. De routeregie bestaat uit drie personen: "
        "de afdelingsleider bovenbouw kader van Het Gouwe College, de opleidingsmanager Media en vormgeving "
        "van het ROC en de routecoördinator.",
        "Ieder bevoegd gezag wijst zijn eigen lid van de routeregie aan en laat het andere bevoegd gezag "
        "schriftelijk weten wie dat is. De routecoördinator wordt door de beide colleges van bestuur samen "
        "benoemd, voor twee schooljaren, op voordracht van de andere twee leden van de routeregie; "
        "herbenoeming is mogelijk.",
        "Partijen dragen aan de routeregie de volgende taken op: het opstellen en uitvoeren van het "
        "gezamenlijke programma per leerjaar, het rooster, de intake en plaatsing van leerlingen, de inzet "
        "van het docententeam binnen de formatie die ieder bevoegd gezag daarvoor beschikbaar stelt, de "
        "contacten met de werkveldtafel en de voorbereiding van overstapbesluiten.",
        "De routeregie beslist binnen die taken zelfstandig en mag uitgaven doen tot € 5.000 per geval "
        "binnen het routebudget. Besluiten over formatie, over uitgaven boven dat bedrag en over wijziging "
        "van deze overeenkomst blijven voorbehouden aan de colleges van bestuur.",
    ]),
    ("Rapporteren aan beide besturen", [
        "De routeregie stelt elk jaar vóór 1 november een routeverslag op over het afgelopen schooljaar, "
        "met in elk geval de cijfers over instroom, doorstroom, uitval en overstap, de examenresultaten "
        "(vmbo en mbo), de bpv, de besteding van het routebudget en de uitkomsten van "
        "tevredenheidsonderzoek onder leerlingen, ouders en werkveld. Het verslag gaat tegelijk naar beide "
        "colleges van bestuur.",
        "In januari en in juni voert de routeregie een bestuurlijk overleg met een lid van elk college van "
        "bestuur. Daarin legt de routeregie verantwoording af over de uitvoering van het jaarplan en de "
        "besluiten die zij heeft genomen.",
        "Signaleert de routeregie tussentijds een ernstig risico, zoals een tekort aan stageplaatsen of "
        "docenten, dan meldt zij dat binnen tien werkdagen aan beide colleges. De colleges kunnen ook zelf "
        "op elk moment om informatie vragen; de routeregie levert die binnen tien werkdagen.",
    ]),
    ("Hoe het onderwijs is georganiseerd", [
        "Locatie. Leerjaar 3 en 4 (routejaar 1 en 2) worden gegeven op Het Gouwe College, locatie Boskoop; "
        "de leerlingen volgen daarnaast één dag per week onderwijs op de locatie Media en vormgeving van het "
        "ROC aan de Prins Bernhardlaan in Alphen aan den Rijn. Vanaf routejaar 3 vindt het onderwijs plaats "
        "op het ROC.",
        "Programma en examens. Partijen leggen het programma en de examinering per leerjaar vast in een "
        "gezamenlijk PTA/OER, waarin zichtbaar is welke onderdelen vo, mbo of gecombineerd zijn en welke "
        "onderdelen door een team worden verzorgd. De routeregie legt het PTA/OER jaarlijks vóór 1 oktober "
        "ter vaststelling voor aan beide bevoegde gezagen. Het vmbo-examen wordt uiterlijk in routejaar 3 "
        "afgerond; het ROC examineert mbo-onderdelen vanaf routejaar 1.",
        "Personeel. Het onderwijs wordt verzorgd door één docententeam van ten minste twee docenten van "
        "Het Gouwe College en drie docenten van het ROC. Voor het vakoverstijgende project 'Beeld en "
        "verhaal' in routejaar 1 en 2 maken partijen gebruik van teambevoegdheid; ieder teamlid is "
        "verantwoordelijk voor het deel waarvoor hij of zij bevoegd is. Docenten blijven in dienst van hun "
        "eigen werkgever; ROC-docenten die in Boskoop lesgeven, volgen daar de schoolregels. Partijen "
        "stellen jaarlijks samen een professionaliseringsplan voor het team op.",
        "Faciliteiten. Het ROC stelt de fotostudio, de Mac-werkplaats en de printstraat open voor de "
        "routeleerlingen, met licenties voor de gebruikte ontwerpsoftware. Het Gouwe College stelt zijn "
        "mediawerkplaats en het praktijklokaal beeld beschikbaar voor de lessen die ROC-docenten in Boskoop "
        "geven.",
        "Inschrijving, verzuim en klachten. In routejaar 1 en 2 staan de leerlingen ingeschreven bij Het "
        "Gouwe College, daarna bij het ROC. De school waar de leerling staat ingeschreven, registreert en "
        "volgt het verzuim. Een klacht over een medewerker van de andere partij wordt behandeld volgens de "
        "klachtenregeling van de partij waar de klacht is ingediend; de andere partij werkt volledig mee.",
    ]),
    ("Als de route niet (meer) past", [
        "Het kan gebeuren dat een leerling de route niet afmaakt, bijvoorbeeld na een verhuizing, omdat het "
        "niveau te hoog blijkt of omdat hij of zij een andere richting kiest. De leerling krijgt dan altijd "
        "een alternatief dat leidt naar een diploma.",
        "Wie in routejaar 1 of 2 stopt, gaat verder in de gewone kaderberoepsgerichte leerweg van Het Gouwe "
        "College, in hetzelfde of een ander profiel, of in de basisberoepsgerichte of gemengde leerweg als "
        "dat beter past, en rondt daar het vmbo af.",
        "Wie het vmbo-diploma heeft, maar voor wie niveau 4 niet haalbaar blijkt, kan binnen het ROC "
        "overstappen naar een opleiding op niveau 3 in het domein Media en vormgeving, of naar een "
        "opleiding in een andere richting op een vergelijkbaar niveau. De vooropleidingseisen van het ROC "
        "gelden daarbij niet.",
        "Wie aan het eind van routejaar 3 het vmbo-diploma niet heeft behaald, kan zonder dat diploma "
        "doorgaan in een mbo-opleiding van het ROC op een passend niveau, of het vmbo-examen opnieuw doen; "
        "beide scholen begeleiden de leerling daarbij.",
        "Wil de leerling naar een andere mbo-instelling, dan helpen partijen bij de aanmelding; die "
        "instelling kan de leerling na een geschiktheidsonderzoek toelaten.",
        "Welk alternatief het wordt, beslissen Het Gouwe College en het ROC samen, nadat zij met de leerling "
        "en de ouders hebben gesproken. Zij kijken daarbij naar het onderwijsniveau dat de leerling heeft "
        "bereikt, de leeftijd en de wensen van de leerling. De routeregie legt het besluit binnen vier weken "
        "na het eerste gesprek vast in een overstapplan. De praktische uitwerking staat in de schoolgids van "
        "Het Gouwe College en op de opleidingspagina van het ROC.",
    ]),
    ("Geldstromen", [
        "Partijen dragen geen bekostiging aan elkaar over als bedoeld in artikel 5.42a WVO 2020 of artikel "
        "9.1.15 WEB. Iedere partij betaalt haar eigen personeel en voorzieningen; het gebruik van elkaars "
        "lokalen en apparatuur wordt niet verrekend.",
    ]),
    ("Inspraak van leerlingen, ouders en medewerkers", [
        "In routejaar 1 en 2 geldt voor leerlingen, ouders en personeel van Het Gouwe College de Wet "
        "medezeggenschap op scholen; daarna gelden voor studenten de regels van de WEB en voor personeel van "
        "het ROC de Wet op de ondernemingsraden. Partijen spreken daarbovenop het volgende af.",
        "De leerlingen van routejaar 2 kiezen uit hun midden één vertegenwoordiger, die de vergaderingen van "
        "de studentenraad van het ROC-college Media en vormgeving bijwoont, met spreekrecht over onderwerpen "
        "die de route raken.",
        "Het routeverslag gaat ook naar de medezeggenschapsraad van Het Gouwe College en naar de "
        "studentenraad van het ROC. Eén keer per jaar vergaderen afvaardigingen van beide raden gezamenlijk "
        "over de route; de routeregie is daarbij aanwezig.",
        "Voorgenomen wijzigingen van deze overeenkomst die leerlingen of personeel raken, leggen partijen "
        "vooraf voor advies voor aan beide raden.",
    ]),
    ("Als we het niet eens worden", [
        "Een verschil van mening over de uitvoering van deze overeenkomst bespreekt de routeregie eerst "
        "zelf. Lukt het niet om er binnen vier weken uit te komen, dan legt de routeregie het voor aan het "
        "bestuurlijk overleg, dat binnen zes weken een besluit neemt.",
        "Komen ook de bestuurders er niet uit, dan schakelen partijen een onafhankelijke mediator in die zij "
        "samen kiezen; de kosten delen zij gelijk.",
        "Leidt mediation binnen drie maanden niet tot een oplossing, dan kan iedere partij het geschil "
        "voorleggen aan de bevoegde rechter in het arrondissement Den Haag. Op deze overeenkomst is "
        "Nederlands recht van toepassing.",
    ]),
    ("Nieuwe partners, wijzigen en stoppen", [
        "Een andere vmbo-school of mbo-instelling kan zich bij de route aansluiten als beide partijen daarmee "
        "schriftelijk instemmen en de nieuwe partner een toetredingsverklaring ondertekent waarin hij alle "
        "afspraken uit deze overeenkomst aanvaardt. Toetreding gaat in bij het begin van een schooljaar; de "
        "nieuwe partner meldt zijn deelname aan de route bij DUO.",
        "Deze overeenkomst wordt alleen gewijzigd bij een schriftelijk stuk dat door beide colleges van "
        "bestuur is ondertekend, na advies van de raden. Partijen evalueren de overeenkomst elke twee jaar en "
        "besluiten dan of zij iets willen aanpassen.",
        "Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar schriftelijk opzeggen tegen "
        "1 augustus van enig jaar, met een opzegtermijn van ten minste twaalf maanden. Een partij kan de "
        "overeenkomst ontbinden als de andere partij ernstig tekortschiet en dat na een schriftelijke "
        "ingebrekestelling niet binnen twee maanden herstelt.",
        "Bij toetreding, wijziging, opzegging of ontbinding zorgen partijen ervoor dat leerlingen daar zo "
        "weinig mogelijk van merken. Na een opzegging of ontbinding stromen geen nieuwe leerlingen meer in, "
        "maar leerlingen die al in de route zitten, maken haar af volgens de afspraken van deze overeenkomst. "
        "Een wijziging of een toetreding gaat voor lopende cohorten niet ten nadele van de leerlingen.",
    ]),
]


def build_241(path):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = new_docx("Calibri", 11)
    num = docx_add_abstract_numbering(doc, 241, 241, [
        ("decimal", "Artikel %1", 0, 0), ("decimal", "%1.%2", 567, 567)])
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Samenwerkingsovereenkomst\ndoorlopende leerroute Media & Vormgeving")
    r.bold = True
    r.font.size = Pt(18)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t2.add_run("Het Gouwe College  |  ROC Plassengebied").italic = True
    doc.add_paragraph()
    docx_runs(doc.add_paragraph(), "**Partijen**")
    docx_runs(doc.add_paragraph(),
              "1.  Stichting Openbaar Voortgezet Onderwijs Rijn en Gouwe, bevoegd gezag van Het Gouwe "
              "College (vmbo), gevestigd te Alphen aan den Rijn, rechtsgeldig vertegenwoordigd door "
              "mevrouw drs. A.M. Verhoef, voorzitter van het college van bestuur, hierna: Het Gouwe College;")
    docx_runs(doc.add_paragraph(),
              "2.  Stichting Regionaal Opleidingencentrum Plassengebied, bevoegd gezag van ROC Plassengebied, "
              "gevestigd te Alphen aan den Rijn, rechtsgeldig vertegenwoordigd door de heer ir. K.J. "
              "Brandsma, lid van het college van bestuur, hierna: het ROC;")
    doc.add_paragraph("hierna samen: partijen.")
    docx_textbox(doc, [
        ("In het kort", True),
        ("Vanaf schooljaar 2025-2026 kunnen leerlingen van de kaderberoepsgerichte leerweg Media, vormgeving "
         "en ICT in één doorgaande lijn doorleren tot Mediavormgever niveau 4. Geen knip tussen vmbo en mbo, "
         "geen dubbele stof, wel vanaf leerjaar 3 les op het ROC.", False),
        ("Contact: routecoördinator, via de receptie van Het Gouwe College of het ROC.", False),
    ], shape_id=1, height_emu=1250000)
    doc.add_paragraph("Partijen spreken het volgende af.")
    for title, paras in H241_ARTICLES:
        h = doc.add_heading(title, level=1)
        docx_set_num(h, num, 0)
        for ptxt in paras:
            if ptxt == "@TEXTBOX_WERKVELD":
                docx_textbox(doc, [
                    ("Werkveldtafel Beeld & Media", True),
                    ("- Partijen richten voor de route een werkveldtafel in. Het ROC nodigt daarvoor ten minste "
                     "vier bedrijven en organisaties uit de regio uit, onder wie in elk geval drukkerij en "
                     "signmaker Van Wijk Print & Sign (Boskoop), communicatiebureau Lichtkracht (Alphen aan den "
                     "Rijn) en de afdeling communicatie van de gemeente Alphen aan den Rijn, aangevuld met de "
                     "adviseur praktijkleren van SBB.", False),
                    ("- De werkveldtafel komt twee keer per schooljaar bijeen, in oktober en in maart, en "
                     "adviseert over het programma van het volgende schooljaar, de keuzedelen en de aansluiting "
                     "op wat bedrijven vragen.", False),
                    ("- Elk deelnemend bedrijf levert per schooljaar ten minste één levensechte "
                     "praktijkopdracht voor de leerlingen van routejaar 1 of 2 en is aanwezig bij de "
                     "presentatie daarvan.", False),
                    ("- Vanaf routejaar 3 lopen studenten stage bij erkende leerbedrijven; het ROC bemiddelt "
                     "en sluit de praktijkovereenkomsten. Praktijkopleiders van de bedrijven beoordelen de "
                     "proeves van bekwaamheid mee.", False),
                    ("- Eén keer per schooljaar verzorgen medewerkers van de bedrijven een gastles of "
                     "workshop op Het Gouwe College.", False),
                ], shape_id=2, height_emu=2700000)
                continue
            p = doc.add_paragraph(ptxt)
            docx_set_num(p, num, 1)
    doc.add_paragraph()
    doc.add_paragraph("Aldus overeengekomen en in tweevoud ondertekend te Alphen aan den Rijn op 24 juni 2025.")
    tb = doc.add_table(rows=4, cols=2)
    cells = [
        ("Stichting Openbaar Voortgezet Onderwijs Rijn en Gouwe", "Stichting Regionaal Opleidingencentrum Plassengebied"),
        ("", ""),
        ("drs. A.M. Verhoef", "ir. K.J. Brandsma"),
        ("voorzitter college van bestuur", "lid college van bestuur"),
    ]
    for row, (a, b) in zip(tb.rows, cells):
        row.cells[0].text = a
        row.cells[1].text = b
    save_docx(doc, path, "A. de Ruiter", "Samenwerkingsovereenkomst DLR Media & Vormgeving")


register(241, "h241_woordnummering_tekstvakken_rijn_en_gouwe", "docx",
         "DOCX met Word-autonummering (Artikel %1 / %1.%2, nummers niet in de tekst) en twee tekstvakken "
         "(samenvatting en werkveldafspraken in een tekstvak); Rijn en Gouwe, Media, vormgeving en ICT kb -> "
         "Mediavormgever niveau 4; volledig.",
         st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
         {"a": "Waar de route over gaat", "b": "Samen met het werkveld", "c": "Wie de route leidt",
          "d": "Rapporteren aan beide besturen", "e": "Hoe het onderwijs is georganiseerd",
          "f": "Als de route niet (meer) past", "g": "Geldstromen",
          "h": "Inspraak van leerlingen, ouders en medewerkers", "i": "Als we het niet eens worden",
          "j": "Nieuwe partners, wijzigen en stoppen"},
         build_241)

# ---------------------------------------------------------------------------------------------------
# h242  TXT, letter from both boards, plain prose without headings
# ---------------------------------------------------------------------------------------------------
H242_TEXT = """
Stichting Christelijk Voortgezet Onderwijs West-Betuwe
Bestuursbureau - Rijksstraatweg 12 - 4191 SB Geldermalsen

Stichting ROC Lingestroom
College van bestuur - Stationsweg 40 - 4001 ZR Tiel


Aan:         het routeteam Sport & Bewegen, de teamleiders van het Linge Vakcollege en van
             Lingestroom Sport & Bewegen
Afschrift:   medezeggenschapsraad Linge Vakcollege, studentenraad ROC Lingestroom

Geldermalsen / Tiel, 2 juli 2025
Ons kenmerk: CvB/2025/0713-LS
Betreft: onze afspraken over de doorlopende leerroute Sport & Bewegen


Beste collega's,

Na anderhalf jaar voorbereiden is het zover: vanaf het schooljaar 2025-2026 bieden het Linge Vakcollege
en ROC Lingestroom samen een doorlopende leerroute vmbo-mbo aan. In deze brief leggen wij, de besturen
van beide scholen, vast wat wij daarover met elkaar hebben afgesproken. De brief is door ons allebei
ondertekend en geldt als de samenwerkingsovereenkomst die de wet voor zo'n route voorschrijft (artikel
2.107b WVO 2020 en artikel 9.1.3 WEB). We kozen bewust voor een brief en niet voor een contract vol
artikelen: jullie moeten ermee werken, dus het moet leesbaar zijn. Waar hieronder "wij" staat, bedoelen
we Stichting Christelijk Voortgezet Onderwijs West-Betuwe (het bevoegd gezag van het Linge Vakcollege)
en Stichting ROC Lingestroom samen.

Eerst de route zelf. Leerlingen die in leerjaar 2 voor de route kiezen, volgen in leerjaar 3 en 4 op het
Linge Vakcollege de kaderberoepsgerichte leerweg in het profiel Dienstverlening en producten, met de
keuzevakken Sport, dienstverlening en veiligheid en Organiseren van een activiteit. Aansluitend gaan zij
zonder nieuwe aanmelding door in de opleiding Sport- en bewegingsbegeleider, niveau 3 (vakopleiding,
BOL), in het opleidingsdomein Sport en bewegen van ROC Lingestroom, locatie Tiel. Het vmbo-diploma halen
zij aan het eind van leerjaar 4, het mbo-diploma na in totaal vijf jaar. Wij melden de route samen aan bij
DUO.

Het werkveld hoort er vanaf het begin bij. De route werkt samen met Sportservice West-Betuwe, de
korfbalvereniging Vitesse '22 in Geldermalsen, voetbalvereniging SV Linge, fitnesscentrum Vitaal in Tiel
en de buitenschoolse opvang van Kinderopvang Speelwerk. Zij vormen samen met de routeleider de
werkveldgroep, die twee keer per jaar bij elkaar komt en ons adviseert over de inhoud van het programma
en de keuzedelen. Leerlingen in leerjaar 4 lopen bij deze organisaties een snuffelstage van twee weken;
vanaf het eerste mbo-jaar bieden zij bpv-plaatsen, die Lingestroom via de gewone praktijkovereenkomst
regelt. Sportservice West-Betuwe levert ieder jaar de opdracht voor het praktijkproject "Sportdag
basisschool", en trainers en instructeurs van de organisaties beoordelen als praktijkbeoordelaar mee bij
de examens in de mbo-fase.

De route krijgt één gezicht: een routeleider, met een klein kernteam naast zich. Het kernteam bestaat
uit de routeleider, de teamleider bovenbouw van het Linge Vakcollege en twee docenten, één van elke
school. De routeleider benoemen wij samen, na een open interne sollicitatieronde op beide scholen; de
teamleider en de twee docenten worden aangewezen door de eigen directeur, die ons daarover informeert.
Wij dragen de routeleider en het kernteam op om het programma van de hele route samen te stellen en uit
te voeren, het rooster te maken, leerlingen toe te laten tot de route en de docenten in te zetten binnen
de uren die elk van ons daarvoor beschikbaar stelt. Binnen die grenzen en binnen het routebudget beslist
het kernteam zelf; over personeel, over geld buiten het budget en over deze afspraken beslissen wij.

Verantwoording loopt zo. De routeleider stuurt ons twee keer per jaar, in februari en in september, een
korte voortgangsrapportage met de cijfers over aanmelding, doorstroom, uitval, examenresultaten en
stages, en de uitgaven uit het routebudget. In oktober hebben wij een gesprek met de routeleider waarin
hij of zij verantwoording aflegt over het afgelopen schooljaar en het plan voor het komende jaar
voorlegt. Loopt er tussendoor iets ernstig mis, dan horen wij dat direct.

Over de praktische inrichting het volgende. Leerjaar 3 en 4 worden gegeven op het Linge Vakcollege,
het mbo-deel op de locatie Tiel van Lingestroom. Het programma en de examens leggen wij per leerjaar vast
in een gezamenlijk PTA/OER, dat het kernteam elk jaar voor 1 oktober opstelt en dat wij allebei
vaststellen. In leerjaar 4 geven twee docenten van Lingestroom vier uur per week les op het Linge
Vakcollege; in het project "Beweegmaatje" werken zij met de docent LO en de praktijkdocent D&P als één
team, op basis van teambevoegdheid. Iedere docent blijft in dienst van de eigen school. Het Linge
Vakcollege stelt zijn gymzalen en het praktijklokaal beschikbaar; Lingestroom stelt de sporthal, de
fitnessruimte en de testruimte in Tiel open voor leerlingen uit leerjaar 4, die daar twee middagen per
maand trainen. In de vo-fase zijn de leerlingen ingeschreven bij het Linge Vakcollege, in de mbo-fase bij
Lingestroom; die school houdt ook het verzuim bij. Klachten worden behandeld door de school waar ze
worden ingediend, ook als ze over een medewerker van de andere school gaan; de andere school werkt mee.

Niet elke leerling maakt de route af, en dat hoeft ook niet: wie stopt, heeft altijd een vervolg. In
leerjaar 3 en 4 is dat de gewone kaderberoepsgerichte leerweg van het Linge Vakcollege, in hetzelfde of
een ander profiel, met het vmbo-diploma als doel. Met een vmbo-diploma op zak kan een student bij
Lingestroom overstappen naar een andere opleiding op niveau 3, zonder extra toelatingseisen. Wie het
vmbo-diploma aan het eind van het eerste mbo-jaar nog niet heeft, kan bij Lingestroom een opleiding op
niveau 2 volgen of het vmbo-examen opnieuw doen. Een overstap naar een andere mbo-school loopt via de
gewone aanmelding en intake van die school.

Over geld. Het Linge Vakcollege draagt op grond van artikel 5.42a WVO 2020 elk jaar een deel van zijn
bekostiging over aan Lingestroom: 650 euro per routeleerling in leerjaar 4, geteld op 1 oktober. Dat
bedrag is bestemd voor de inzet van de mbo-docenten op het Linge Vakcollege en voor het gebruik van de
sporthal en de fitnessruimte in Tiel. Lingestroom ontvangt het in twee gelijke delen, op 1 december en
op 1 mei. Verder betalen we elkaar niets.

Wat de medezeggenschap betreft: de wet bepaalt dat in de vo-fase de Wet medezeggenschap op scholen geldt
voor leerlingen, ouders en personeel van de vmbo-school, en dat studenten in de mbo-fase onder de WEB
vallen; voor medewerkers van een ROC geldt de Wet op de ondernemingsraden. Scholen kunnen voor een route
daarbovenop aanvullende afspraken maken.

Mochten wij het over de uitvoering van deze afspraken een keer niet eens zijn, dan gaan wij met elkaar
in gesprek. Wij hebben er alle vertrouwen in dat we er in goed onderling overleg uitkomen.

Tot slot de spelregels voor later. Deze afspraken gelden voor onbepaalde tijd. Wil een andere school
voor vmbo of een andere mbo-instelling meedoen, dan kan dat als wij daar allebei schriftelijk mee
instemmen en de nieuwe partner een aanvulling op deze brief meeondertekent waarin hij de afspraken
overneemt; hij doet mee vanaf het begin van een schooljaar en meldt zich bij DUO. Wijzigen doen we alleen
schriftelijk, met de handtekening van ons beiden; elke twee jaar, in juni, kijken we samen of de
afspraken nog kloppen. Opzeggen kan ieder van ons schriftelijk, uiterlijk op 1 februari, en dan eindigt
de samenwerking op 1 augustus van het jaar daarna. Schiet een van ons ernstig tekort en wordt dat na een
schriftelijke aanmaning niet binnen drie maanden hersteld, dan kan de ander de afspraken ontbinden. In
al die gevallen staan de leerlingen voorop: na een opzegging of ontbinding nemen we geen nieuwe
leerlingen meer aan, maar wie al in de route zit, maakt die op de afgesproken manier af. Een wijziging
of de komst van een nieuwe partner mag niet ten koste gaan van leerlingen die al onderweg zijn.

Wij wensen jullie veel succes en plezier met de eerste groep.

Met vriendelijke groet,

namens Stichting Christelijk Voortgezet Onderwijs West-Betuwe,

drs. M. de Gruijter
voorzitter college van bestuur

namens Stichting ROC Lingestroom,

R.A. Kamphuis MBA
voorzitter college van bestuur
"""


def build_242(path):
    write_text(path, H242_TEXT)


register(242, "h242_brief_beide_besturen_lingegebied", "txt",
         "TXT-brief van beide colleges van bestuur aan het routeteam, doorlopend proza zonder koppen; "
         "Lingegebied, Dienstverlening en producten kb -> Sport- en bewegingsbegeleider niveau 3; overstap "
         "noemt alternatieven maar niet wie beslist (f weak), geschil alleen onderling overleg (i weak), "
         "medezeggenschap alleen wetsbeschrijving + 'kunnen' (h n.v.t.).",
         st("a=p b=p c=p d=p e=p f=w g=p h=n i=w j=p"),
         {"a": "Eerst de route zelf.", "b": "Het werkveld hoort er vanaf het begin bij.",
          "c": "De route krijgt één gezicht", "d": "Verantwoording loopt zo.",
          "e": "Over de praktische inrichting het volgende.", "g": "Over geld.",
          "j": "Tot slot de spelregels voor later."},
         build_242)

# ---------------------------------------------------------------------------------------------------
# h243  PDF in two columns, bilingual-flavoured technical sector (grensregio, German partners)
# ---------------------------------------------------------------------------------------------------
H243_BLOCKS = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute Mechatronica Grensregio"),
    ("subtitle", "Kooperationsvereinbarung durchgehender Bildungsweg Mechatronik - Rodahof Vakcollege / "
                 "ROC Euregio Zuid"),
    ("small", "De Nederlandse tekst is bindend. De Duitse vertaling van de kopjes is toegevoegd voor de "
              "partnerbedrijven aan de andere kant van de grens. / Maßgeblich ist der niederländische Text."),
    ("hr",),
    ("pl", "**Partijen / Vertragsparteien**"),
    ("ni", "1. Stichting Katholiek Voortgezet Onderwijs Land van Rode, bevoegd gezag van Rodahof Vakcollege "
           "(school voor vbo en mavo), gevestigd te Kerkrade, vertegenwoordigd door de heer drs. P.J.M. "
           "Offermans, voorzitter college van bestuur, hierna: Rodahof;"),
    ("ni", "2. Stichting ROC Euregio Zuid, bevoegd gezag van het regionaal opleidingencentrum ROC Euregio "
           "Zuid, gevestigd te Heerlen, vertegenwoordigd door mevrouw ing. S. Dautzenberg-Kessels, lid "
           "college van bestuur, hierna: het ROC."),
    ("framebreak",),
    ("h2", "§ 1 De route / Der Bildungsweg"),
    ("p", "1.1 Partijen bieden samen een doorlopende leerroute vmbo-mbo aan (hierna: de route). De route "
          "verbindt het profiel Produceren, installeren en energie (PIE) in de kaderberoepsgerichte leerweg van "
          "Rodahof met de opleiding Eerste monteur mechatronica, niveau 3 (vakopleiding), kwalificatiedossier "
          "Mechatronica, van het Technisch College van het ROC in Heerlen."),
    ("p", "1.2 De route duurt vijf jaar: leerjaar 3 en 4 van het vmbo (routejaar 1 en 2) en drie mbo-jaren. "
          "Het laatste jaar kan in de beroepsbegeleidende leerweg (BBL) worden gevolgd bij een leerbedrijf in "
          "Nederland of Duitsland."),
    ("p", "1.3 Partijen melden de route gezamenlijk bij DUO (RIO) en houden de registratie actueel."),
    ("h2", "§ 2 Bedrijfsleven / Einbindung der Wirtschaft"),
    ("p", "2.1 De route wordt gedragen door een Technologiebeirat (werkveldraad) waarin in elk geval "
          "Mechatron Parkstad B.V. (Kerkrade), Wijnen Verpakkingsmachines B.V. (Landgraaf), Krämer "
          "Antriebstechnik GmbH (Herzogenrath) en het werkgeversnetwerk Grenzland Technik Verbund e.V. zitting "
          "hebben. Het ROC nodigt de leden uit en zit de vergaderingen voor."),
    ("p", "2.2 De Technologiebeirat vergadert drie keer per schooljaar en adviseert de routeleiding over de "
          "inhoud van het programma, in het bijzonder over automatisering, PLC-programmering en onderhoud "
          "(maintenance) in het kader van Industrie 4.0, en over de keuze van keuzedelen."),
    ("p", "2.3 De partnerbedrijven ontvangen de leerlingen van routejaar 1 voor ten minste twee "
          "bedrijfsbezoeken (Betriebsbesichtigungen) per jaar, leveren in routejaar 2 de opdracht voor de "
          "'Maintenance Challenge' en bieden vanaf routejaar 3 stageplaatsen (Praktikumsplätze) en BBL-plaatsen. "
          "Duitse bedrijven die stageplaatsen aanbieden, laten zich daartoe via SBB erkennen als leerbedrijf."),
    ("p", "2.4 Praktijkopleiders van de partnerbedrijven beoordelen de proeves van bekwaamheid mee en "
          "verzorgen samen met de docent Duits een module technisch Duits (Fachsprache) in routejaar 2."),
    ("h2", "§ 3 Leiding / Leitung des Bildungswegs"),
    ("p", "3.1 De route wordt geleid door het routeboard. Het routeboard bestaat uit de teamleider techniek "
          "van Rodahof, de opleidingsmanager Mechatronica van het ROC en de routecoördinator. Een lid van de "
          "Technologiebeirat woont de vergaderingen bij als adviseur zonder stemrecht."),
    ("p", "3.2 Rodahof en het ROC wijzen ieder hun eigen lid van het routeboard aan. De routecoördinator wordt "
          "door beide colleges van bestuur gezamenlijk benoemd voor een periode van drie jaar; bij een vacature "
          "doet het routeboard een voordracht."),
    ("p", "3.3 De colleges van bestuur dragen het routeboard op: het gezamenlijke programma en het PTA/OER "
          "voor te bereiden en uit te voeren, het rooster en de inzet van docenten te regelen binnen de "
          "formatie die ieder bevoegd gezag beschikbaar stelt, leerlingen tot de route toe te laten, de "
          "contacten met de partnerbedrijven te onderhouden en overstapgesprekken te voeren (§ 6)."),
    ("p", "3.4 Het routeboard besluit zelfstandig over de uitvoering binnen het jaarplan en de jaarbegroting "
          "van de route. Het routeboard is niet bevoegd tot het aangaan van verplichtingen buiten de begroting, "
          "tot personele besluiten of tot wijziging van deze overeenkomst; daarover besluiten de colleges van "
          "bestuur."),
    ("h2", "§ 4 Informatie en verantwoording / Berichtswesen"),
    ("p", "4.1 Het routeboard stuurt beide colleges van bestuur na afloop van elk kwartaal een dashboard met "
          "de kerncijfers van de route: aantallen leerlingen per leerjaar, verzuim, uitval en overstap, "
          "stageplaatsen en uitputting van de begroting."),
    ("p", "4.2 Vóór 15 oktober legt het routeboard een jaarverslag over het afgelopen schooljaar voor aan beide "
          "colleges, met de examenresultaten, de evaluatie door leerlingen en bedrijven en het jaarplan voor het "
          "lopende jaar. In maart van elk jaar bespreken de colleges het jaarverslag met het routeboard; het "
          "routeboard legt daarin verantwoording af over de uitvoering."),
    ("h2", "§ 5 Inrichting / Organisation und Unterricht"),
    ("p", "5.1 Routejaar 1 en 2 vinden plaats op Rodahof in Kerkrade, met één dag per week praktijkonderwijs "
          "in het Smart Factory Lab van het ROC in Heerlen. Vanaf routejaar 3 vindt het onderwijs plaats op het "
          "Technisch College van het ROC en bij de leerbedrijven."),
    ("p", "5.2 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per leerjaar "
          "vastgelegd in een gezamenlijk PTA/OER, waarin staat welke onderdelen vo, mbo of gecombineerd zijn. "
          "Het vmbo-examen is uiterlijk in routejaar 3 afgerond; mbo-examens zijn mogelijk vanaf routejaar 1."),
    ("p", "5.3 Personeel: het onderwijs wordt verzorgd door één routeteam met docenten techniek, Nederlands en "
          "Duits van Rodahof en docenten mechatronica van het ROC. Het ROC stelt een docent mechatronica voor "
          "0,4 fte ter beschikking aan Rodahof. In het vakoverstijgende 'Project Smart Factory' (routejaar 2) "
          "werkt het team op basis van teambevoegdheid; elk teamlid blijft verantwoordelijk voor het deel "
          "waarvoor hij bevoegd is. Medewerkers blijven in dienst van hun eigen werkgever."),
    ("p", "5.4 Faciliteiten: het ROC stelt het Smart Factory Lab (PLC-testopstellingen, cobots, pneumatiek- en "
          "hydrauliekpanelen) en de bijbehorende software beschikbaar; Rodahof stelt zijn metaalwerkplaats en "
          "het elektrolokaal beschikbaar voor lessen van ROC-docenten. Het ROC regelt voor routejaar 1 en 2 het "
          "busvervoer naar Heerlen op de praktijkdag."),
    ("p", "5.5 In routejaar 1 en 2 zijn de leerlingen ingeschreven bij Rodahof, daarna bij het ROC; de school "
          "van inschrijving is verantwoordelijk voor verzuim en leerlingzorg. Klachten over een medewerker van "
          "de andere partij worden afgehandeld volgens de klachtenregeling van de partij waar de klacht is "
          "ingediend, met medewerking van de andere partij."),
    ("h2", "§ 6 Overstap / Umstieg"),
    ("p", "6.1 Een leerling die de route niet afmaakt, krijgt altijd een passend alternatief dat leidt tot een "
          "vmbo- of mbo-diploma. Rodahof en het ROC bepalen dat alternatief samen, na een gesprek met de "
          "leerling en de ouders, aan de hand van het bereikte onderwijsniveau en de leeftijd van de leerling."),
    ("p", "6.2 In routejaar 1 en 2 gaat de leerling verder in de reguliere kaderberoepsgerichte of "
          "basisberoepsgerichte leerweg van Rodahof, in hetzelfde of een ander profiel, en haalt daar het "
          "vmbo-diploma."),
    ("p", "6.3 Vanaf routejaar 3 kan de leerling binnen het ROC overstappen naar een andere technische "
          "opleiding op niveau 3 of naar Monteur mechatronica niveau 2, ook als het vmbo-diploma nog niet is "
          "behaald; de vooropleidingseisen gelden dan niet. Wie het vmbo-diploma aan het eind van routejaar 3 "
          "niet heeft, kan het examen opnieuw doen."),
    ("p", "6.4 Kiest de leerling voor een andere instelling, dan helpen partijen bij de overstap; die "
          "instelling kan de leerling toelaten na een geschiktheidsonderzoek. Bij verhuizing naar Duitsland "
          "ondersteunen partijen de leerling bij de aanmelding voor een Ausbildung of Berufsfachschule. De "
          "werkwijze staat in de schoolgids van Rodahof en in de studiegids van het ROC."),
    ("h2", "§ 7 Financiën / Finanzen"),
    ("p", "7.1 Rodahof draagt op grond van artikel 5.42a WVO 2020 jaarlijks € 38.000 van zijn bekostiging over "
          "aan het ROC. Dit bedrag is bestemd voor de 0,4 fte docent mechatronica (5.3) en het gebruik van het "
          "Smart Factory Lab door leerlingen in routejaar 1 en 2."),
    ("p", "7.2 Het bedrag wordt jaarlijks op 1 augustus geïndexeerd met de loonkostenontwikkeling volgens de "
          "cao mbo en in twee termijnen betaald (november en april). Verder vindt geen overdracht van "
          "bekostiging plaats."),
    ("h2", "§ 8 Medezeggenschap / Mitbestimmung"),
    ("p", "8.1 Naast de wettelijke regeling (WMS voor de vo-fase, WEB en WOR voor de mbo-fase) spreken partijen "
          "af dat er een routeklankbordgroep is met twee leerlingen, twee ouders en twee docenten uit de route. "
          "De klankbordgroep komt twee keer per jaar bijeen met het routeboard en brengt gevraagd en ongevraagd "
          "advies uit."),
    ("p", "8.2 Het jaarverslag (4.2) wordt ook toegezonden aan de medezeggenschapsraad van Rodahof, de "
          "studentenraad en de ondernemingsraad van het ROC. Voorgenomen besluiten over wijziging of beëindiging "
          "van deze overeenkomst leggen partijen vooraf voor advies voor aan de medezeggenschapsraad en de "
          "studentenraad."),
    ("h2", "§ 9 Geschillen / Streitigkeiten"),
    ("p", "9.1 Geschillen over de uitvoering van deze overeenkomst legt het routeboard binnen twee weken voor aan "
          "de beide colleges van bestuur, die binnen dertig dagen in een bestuurlijk overleg naar een oplossing "
          "zoeken."),
    ("p", "9.2 Blijft het geschil bestaan, dan wordt het beslecht door bindend advies van een commissie van "
          "drie personen: iedere partij wijst één lid aan en die twee kiezen samen een onafhankelijke "
          "voorzitter. De commissie beslist binnen acht weken; de kosten worden gelijk gedeeld."),
    ("h2", "§ 10 Toetreding, wijziging en beëindiging / Beitritt, Änderung, Kündigung"),
    ("p", "10.1 Een andere school voor vmbo of een andere mbo-instelling kan toetreden met schriftelijke "
          "instemming van beide partijen, door ondertekening van een toetredingsverklaring waarin zij deze "
          "overeenkomst aanvaardt, met ingang van een nieuw schooljaar."),
    ("p", "10.2 Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend. "
          "Partijen evalueren de overeenkomst in het voorjaar van 2027 en daarna om de twee jaar."),
    ("p", "10.3 Deze overeenkomst geldt voor onbepaalde tijd en kan door iedere partij schriftelijk worden "
          "opgezegd tegen het einde van een schooljaar, met inachtneming van een termijn van een jaar. Bij een "
          "ernstige tekortkoming die na ingebrekestelling niet binnen zestig dagen is hersteld, kan de andere "
          "partij de overeenkomst ontbinden."),
    ("p", "10.4 Na opzegging of ontbinding worden geen nieuwe leerlingen meer toegelaten; leerlingen die op dat "
          "moment in de route zitten, ronden haar af onder de voorwaarden van deze overeenkomst. Toetreding en "
          "wijziging mogen geen nadelige gevolgen hebben voor leerlingen die al aan de route deelnemen."),
    ("sp", 10),
    ("pl", "Aldus overeengekomen te Kerkrade, 12 mei 2025."),
    ("sp", 6),
    ("pl", "Stichting Katholiek Voortgezet Onderwijs Land van Rode<br/>drs. P.J.M. Offermans, voorzitter "
           "college van bestuur"),
    ("sp", 14),
    ("pl", "Stichting ROC Euregio Zuid<br/>ing. S. Dautzenberg-Kessels, lid college van bestuur"),
]


def build_243(path):
    blocks = []
    for b in H243_BLOCKS:
        blocks.append(b)
    build_pdf(path, blocks, "Samenwerkingsovereenkomst DLR Mechatronica Grensregio", "Rodahof Vakcollege",
              columns=2, base_size=9.2, top_height=230,
              header="SOK doorlopende leerroute Mechatronica Grensregio - versie 1.0 - 12 mei 2025",
              footer="Rodahof Vakcollege / ROC Euregio Zuid")


register(243, "h243_twee_kolommen_grensregio_mechatronica_kerkrade", "pdf",
         "PDF in twee kolommen met Nederlands-Duitse kopjes (grensregio, Duitse partnerbedrijven); Kerkrade, "
         "PIE kb -> Eerste monteur mechatronica niveau 3; volledig, met overdracht bekostiging (bedrag + "
         "bestemming).",
         st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
         {"a": "§ 1 De route / Der Bildungsweg", "b": "§ 2 Bedrijfsleven / Einbindung der Wirtschaft",
          "c": "§ 3 Leiding / Leitung des Bildungswegs", "d": "§ 4 Informatie en verantwoording / Berichtswesen",
          "e": "§ 5 Inrichting / Organisation und Unterricht", "f": "§ 6 Overstap / Umstieg",
          "g": "§ 7 Financiën / Finanzen", "h": "§ 8 Medezeggenschap / Mitbestimmung",
          "i": "§ 9 Geschillen / Streitigkeiten",
          "j": "§ 10 Toetreding, wijziging en beëindiging / Beitritt, Änderung, Kündigung"},
         build_243)

# ---------------------------------------------------------------------------------------------------
# h244  MD, interne regeling of a verticale scholengemeenschap (one bevoegd gezag)
# ---------------------------------------------------------------------------------------------------
H244_TEXT = """
# Interne regeling doorlopende leerroutes Zorg & Welzijn

**Stichting Onderwijsgroep Fivelingo** - besluit CvB 2025-031

*Vastgesteld op 17 juni 2025, in werking met ingang van 1 augustus 2025*

---

Het college van bestuur van Stichting Onderwijsgroep Fivelingo, bevoegd gezag van de verticale
scholengemeenschap Fivelingo, die bestaat uit de school voor voortgezet onderwijs **Fivelingo College**
(vmbo, locatie Delfzijl) en de instelling voor beroepsonderwijs **Fivelingo mbo** (locatie Appingedam);

gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, van
de Wet educatie en beroepsonderwijs;

overwegende dat de doorlopende leerroutes volledig binnen de verticale scholengemeenschap worden verzorgd,
zodat in plaats van een samenwerkingsovereenkomst een interne regeling wordt vastgesteld;

gehoord de gemeenschappelijke medezeggenschapsraad en de studentenraad;

**besluit** vast te stellen de volgende regeling.

## Artikel 1 - Begrippen

In deze regeling wordt verstaan onder:

- **route**: een doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a WVO 2020;
- **vo-fase**: de eerste twee leerjaren van de route (leerjaar 3 en 4 vmbo);
- **mbo-fase**: de leerjaren van de route na de vo-fase;
- **routeleiding**: de leiding over de routes, bedoeld in artikel 4;
- **CvB**: het college van bestuur van Stichting Onderwijsgroep Fivelingo.

## Artikel 2 - Routes

1. Fivelingo College en Fivelingo mbo verzorgen de volgende routes:
   - **Route A**: basisberoepsgerichte leerweg, profiel Zorg en welzijn, doorlopend in de opleiding
     Helpende zorg en welzijn, niveau 2 (basisberoepsopleiding, BOL), opleidingsdomein Zorg en welzijn;
   - **Route B**: kaderberoepsgerichte leerweg, profiel Zorg en welzijn, doorlopend in de opleiding
     Verzorgende-IG, niveau 3 (vakopleiding, BOL of BBL), opleidingsdomein Zorg en welzijn.
2. Route A duurt vier jaar, route B vijf jaar. Het vmbo-diploma wordt in beide routes aan het einde van
   leerjaar 4 behaald.
3. De routes worden bij DUO gemeld en in RIO geregistreerd; de afdeling onderwijsbureau draagt daarvoor zorg.

## Artikel 3 - Werkveld

1. Voor beide routes is er een werkveldcommissie Zorg & Welzijn. Daarin hebben zitting een
   praktijkopleider of leidinggevende van Zorggroep Dollardzicht (ouderenzorg), Thuiszorg Eemsmond,
   Stichting Wijkwerk Delfzijl (welzijn) en Kinderopvang De Wadwiekels, en de adviseur van SBB.
2. De werkveldcommissie vergadert vier keer per schooljaar en adviseert de routeleiding over het
   programma, de keuzedelen en de invulling van de beroepspraktijkvorming.
3. De werkveldorganisaties bieden:
   - in leerjaar 3 meeloopdagen en in leerjaar 4 een beroepsoriënterende stage van vier weken;
   - in de mbo-fase bpv-plaatsen en, voor route B, BBL-plaatsen;
   - elk jaar twee praktijkopdrachten die leerlingen in het skillslab uitvoeren, met terugkoppeling door
     een wijkverpleegkundige of begeleider van de organisatie;
   - praktijkbeoordelaars voor de examens in de mbo-fase.

## Artikel 4 - Routeleiding

1. De routeleiding bestaat uit de sectordirecteur vmbo van Fivelingo College, de directeur Zorg & Welzijn
   van Fivelingo mbo en de routecoördinator zorg.
2. De leden van de routeleiding worden benoemd door het CvB. De routecoördinator wordt benoemd voor drie
   schooljaren, na advies van de beide directeuren.
3. Het CvB mandateert aan de routeleiding:
   1. het vaststellen van het jaarrooster en de lessentabel per leerjaar;
   2. het opstellen van het PTA/OER voor de route, ter vaststelling door het CvB;
   3. de toelating van leerlingen tot de route en de plaatsing in route A of B;
   4. de inzet van docenten binnen de formatie die in de begroting aan de routes is toegekend;
   5. besluiten over overstap als bedoeld in artikel 7.
4. Besluiten met financiële gevolgen buiten de routebegroting en benoemingen van personeel blijven
   voorbehouden aan het CvB.

## Artikel 5 - Informatie en verantwoording

1. De routeleiding brengt drie keer per jaar (in december, april en augustus) een tertiaalrapportage uit
   aan het CvB over leerlingaantallen, verzuim, uitval en overstap, examenresultaten, stages en de
   uitputting van de routebegroting.
2. Jaarlijks in juni voert het CvB met de routeleiding een kwaliteitsgesprek, waarin de routeleiding
   verantwoording aflegt over het afgelopen schooljaar en het jaarplan voor het volgende schooljaar
   presenteert.
3. De routeleiding informeert het CvB onmiddellijk over incidenten of risico's die de continuïteit van de
   routes raken.

## Artikel 6 - Inrichting van het onderwijs

1. De vo-fase wordt verzorgd op de locatie Delfzijl, de mbo-fase op de locatie Appingedam. Leerlingen in
   leerjaar 4 volgen één dag per week onderwijs in Appingedam.
2. Programma en examinering per leerjaar worden vastgelegd in het PTA/OER van de route. Op hoofdlijnen:

| Leerjaar | Plaats | Onderwijs | Examinering |
|---|---|---|---|
| 3 vmbo | Delfzijl | vmbo-programma Zorg en welzijn, start mbo-beroepstaken | schoolexamen vmbo |
| 4 vmbo | Delfzijl + 1 dag Appingedam | vmbo-programma, mbo-beroepstaken, oriënterende stage | centraal examen vmbo, eerste mbo-examens |
| 1-3 mbo | Appingedam + bpv | mbo-programma route A of B | mbo-examens, proeve van bekwaamheid |

3. Het onderwijs wordt verzorgd door één routeteam van vmbo-docenten Zorg en welzijn en mbo-docenten
   verpleging en verzorging. In leerjaar 4 werkt het team bij de vakoverstijgende module "Zorgen voor de
   ander" op basis van teambevoegdheid; het PTA/OER vermeldt welke onderdelen dat zijn. Mbo-docenten geven
   in leerjaar 4 wekelijks zes lesuren op de locatie Delfzijl.
4. De leerlingen van beide fasen gebruiken het skillslab en het oefenzorgappartement in Appingedam; de
   praktijklokalen Zorg en welzijn in Delfzijl worden ook gebruikt door mbo-docenten. Leerlingen in de
   vo-fase krijgen een toegangspas en een account voor de leeromgeving van Fivelingo mbo.
5. In de vo-fase staat de leerling ingeschreven bij Fivelingo College, in de mbo-fase bij Fivelingo mbo.
   De klachtenregeling van de stichting is op beide fasen van toepassing.

## Artikel 7 - Overstap

1. Een leerling die een route niet met succes kan of wil afronden, wordt in staat gesteld een vmbo-diploma
   of een mbo-diploma te behalen op een niveau dat past bij wat hij of zij heeft bereikt.
2. Over het alternatief beslist de routeleiding, na een gesprek met de leerling en de ouders, op basis van
   het bereikte onderwijsniveau, de leeftijd en de voorkeur van de leerling. De mentor en de
   loopbaanbegeleider van de mbo-fase bereiden het gesprek samen voor.
3. Mogelijke alternatieven zijn in ieder geval:
   - in de vo-fase: voortzetting in de reguliere basis- of kaderberoepsgerichte leerweg van Fivelingo
     College, in het profiel Zorg en welzijn of een ander profiel;
   - overstap van route B naar route A, of omgekeerd als de resultaten dat rechtvaardigen;
   - in de mbo-fase: een andere opleiding van Fivelingo mbo op hetzelfde niveau, ook in een ander domein;
   - als het vmbo-diploma aan het einde van het derde routejaar niet is behaald: doorgaan in een
     mbo-opleiding op niveau 2 van Fivelingo mbo zonder vmbo-diploma, of het vmbo-examen opnieuw afleggen.
4. Bij een overstap binnen Fivelingo mbo gelden de vooropleidingseisen niet. Wil de leerling naar een
   andere instelling, dan ondersteunt Fivelingo mbo de aanmelding en levert het de gegevens die voor een
   geschiktheidsonderzoek nodig zijn.
5. De schoolgids en de studiegids beschrijven de werkwijze bij overstap.

## Artikel 8 - Middelen

1. De routes worden binnen één bevoegd gezag verzorgd. Er vindt geen overdracht van bekostiging plaats als
   bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB.
2. In de begroting van de stichting wordt voor de routes een afzonderlijke routebegroting opgenomen, gevoed
   uit de vo-bekostiging voor de vo-fase en de mbo-bekostiging voor de mbo-fase.

## Artikel 9 - Slotbepalingen

1. Deze regeling treedt in werking op 1 augustus 2025 en wordt in het schooljaar 2027-2028 geëvalueerd.
2. Deze regeling wordt aangehaald als: Interne regeling DLR Zorg & Welzijn Fivelingo.

Aldus vastgesteld door het college van bestuur van Stichting Onderwijsgroep Fivelingo op 17 juni 2025.

*drs. H.J. Bolhuis, voorzitter college van bestuur*
*mr. E. Wieringa-Tammeling, lid college van bestuur*
"""


def build_244(path):
    write_text(path, H244_TEXT)


register(244, "h244_interne_regeling_vsg_fivelingo", "md",
         "MD-besluit van één college van bestuur: interne regeling van een verticale scholengemeenschap (vmbo "
         "+ mbo in één stichting), met tabel per leerjaar; Fivelingo, Zorg en welzijn bb/kb -> Helpende zorg "
         "en welzijn 2 / Verzorgende-IG 3; a-g volledig, h-j n.v.t. (interne regeling).",
         st("a=p b=p c=p d=p e=p f=p g=p h=n i=n j=n"),
         {"a": "Artikel 2 - Routes", "b": "Artikel 3 - Werkveld", "c": "Artikel 4 - Routeleiding",
          "d": "Artikel 5 - Informatie en verantwoording", "e": "Artikel 6 - Inrichting van het onderwijs",
          "f": "Artikel 7 - Overstap", "g": "Artikel 8 - Middelen"},
         build_244)

# ---------------------------------------------------------------------------------------------------
# h245  DOCX, geïntegreerde route; short main text, the arrangements sit in an included annex
# ---------------------------------------------------------------------------------------------------
H245_MAIN = [
    ("h1", "Artikel 1  Onderwerp"),
    ("p", "1.1  Partijen verzorgen samen een geïntegreerde route vmbo-basisberoepsopleiding (hierna: de route) "
          "als bedoeld in artikel 2.107l WVO 2020 en artikel 9.1.17 WEB."),
    ("p", "1.2  De uitwerking van de afspraken is opgenomen in Bijlage 1 (Uitwerkingsafspraken). Bijlage 1 "
          "maakt deel uit van deze overeenkomst; bij tegenstrijdigheid gaat de hoofdtekst voor."),
    ("p", "1.3  Partijen melden de route gezamenlijk bij DUO."),
    ("h1", "Artikel 2  Route en werkveld"),
    ("p", "De opleiding waarin de route uitmondt en de wijze waarop het werkveld wordt betrokken, zijn "
          "beschreven in de onderdelen B1 en B2 van Bijlage 1."),
    ("h1", "Artikel 3  Leiding en verantwoording"),
    ("p", "De leiding over de route en de wijze waarop die leiding de besturen informeert en verantwoording "
          "aflegt, zijn geregeld in de onderdelen B3 en B4 van Bijlage 1."),
    ("h1", "Artikel 4  Organisatie van het onderwijs"),
    ("p", "De organisatorische en onderwijskundige inrichting van de route, waaronder de inzet van personeel en "
          "het gebruik van faciliteiten, is uitgewerkt in onderdeel B5 van Bijlage 1."),
    ("h1", "Artikel 5  Overstap en financiën"),
    ("p", "De afspraken over leerlingen die de route verlaten, staan in onderdeel B6 van Bijlage 1. De "
          "financiële afspraken staan in onderdeel B7 van Bijlage 1."),
    ("h1", "Artikel 6  Medezeggenschap"),
    ("p", "Aanvullende afspraken over de inrichting van de medezeggenschap: [p.m. - in te vullen na advies van "
          "de MR en de studentenraad, uiterlijk 1 oktober 2025]"),
    ("h1", "Artikel 7  Geschillen"),
    ("p", "7.1  Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken in "
          "het trajectoverleg (onderdeel B3 van Bijlage 1)."),
    ("p", "7.2  Bereikt het trajectoverleg binnen dertig dagen geen overeenstemming, dan wordt het geschil "
          "voorgelegd aan de colleges van bestuur van partijen, die het in een gezamenlijke vergadering "
          "bespreken."),
    ("p", "7.3  Komen de colleges van bestuur niet binnen zestig dagen tot een oplossing, dan wordt het geschil "
          "voorgelegd aan de bevoegde rechter van de rechtbank Limburg, locatie Maastricht."),
    ("h1", "Artikel 8  Duur, toetreding, wijziging en beëindiging"),
    ("p", "8.1  Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd."),
    ("p", "8.2  Een andere school voor vbo of een andere instelling voor beroepsonderwijs kan partij worden "
          "als beide partijen daarmee schriftelijk instemmen en de toetredende partij deze overeenkomst "
          "inclusief Bijlage 1 ondertekent. Toetreding gaat in bij het begin van een schooljaar."),
    ("p", "8.3  Wijziging van de hoofdtekst of van Bijlage 1 is alleen mogelijk bij schriftelijke "
          "overeenkomst tussen beide colleges van bestuur."),
    ("p", "8.4  Iedere partij kan de overeenkomst schriftelijk opzeggen met ingang van 1 augustus van een "
          "jaar, met een opzegtermijn van twaalf maanden."),
    ("p", "8.5  Bij toetreding, wijziging en opzegging beperken partijen de gevolgen voor leerlingen zoveel "
          "mogelijk. Leerlingen die op het moment van opzegging in de route zijn ingestroomd, kunnen de route "
          "bij het ROC afronden; na de opzegging neemt de school geen nieuwe leerlingen meer in de route op. "
          "Een wijziging wordt pas van toepassing op een cohort dat na de wijziging instroomt, tenzij die "
          "wijziging voor de leerlingen gunstig is."),
]

H245_ANNEX = [
    ("h1", "Bijlage 1  Uitwerkingsafspraken"),
    ("h2", "B1  De route"),
    ("p", "De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Horeca, bakkerij en "
          "recreatie, van Vakcollege Beekdaelen. Vanaf leerjaar 3 volgen de leerlingen het programma van de "
          "opleiding Medewerker bediening, niveau 2 (basisberoepsopleiding), kwalificatiedossier "
          "Gastheer/-vrouw, in het opleidingsdomein Horeca en bakkerij van het ROC. De school neemt geen "
          "vmbo-eindexamen af. De leerling sluit de route na drie jaar af met het mbo-diploma."),
    ("h2", "B2  Werkveld"),
    ("p", "Bij de route zijn de leerbedrijven Hotel De Geulhoeve (Valkenburg aan de Geul), Brasserie Op de "
          "Markt (Sittard) en Partycentrum Schinveld betrokken, met de afdeling Heuvelland van de regionale "
          "horecavereniging. Deze partners:"),
    ("li", "bieden vanaf leerjaar 3 iedere week een praktijkdag in het bedrijf, onder begeleiding van een "
           "praktijkopleider;"),
    ("li", "adviseren twee keer per jaar in de 'horecatafel' over het programma en de keuzedelen;"),
    ("li", "verzorgen per schooljaar ten minste drie gastlessen (barista, wijn en bier, gastheerschap);"),
    ("li", "leveren praktijkbeoordelaars voor de proeve van bekwaamheid."),
    ("h2", "B3  Leiding van de route"),
    ("p", "De route wordt geleid door het trajectoverleg, bestaande uit de teamleider basisberoepsgerichte "
          "leerweg van de school, de teamleider horeca van het ROC en de trajectbegeleider. De teamleiders worden "
          "door het eigen college van bestuur aangewezen; de trajectbegeleider wordt door beide colleges van "
          "bestuur gezamenlijk benoemd. Het trajectoverleg stelt het programma en het rooster vast, plant de "
          "praktijkdagen, plaatst leerlingen bij leerbedrijven en zet de docenten in binnen de uren die partijen "
          "daarvoor beschikbaar stellen. Het trajectoverleg beslist zelfstandig over de uitvoering, binnen de "
          "jaarbegroting van de route; overige besluiten nemen de colleges van bestuur."),
    ("h2", "B4  Verantwoording"),
    ("p", "Het trajectoverleg stuurt in februari en in augustus een voortgangsnotitie aan beide colleges van "
          "bestuur met de aantallen leerlingen, uitval, resultaten en de besteding van de begroting. In november "
          "voeren de colleges een jaargesprek met het trajectoverleg, waarin dit verantwoording aflegt over het "
          "voorgaande schooljaar."),
    ("h2", "B5  Onderwijs en organisatie"),
    ("table", [
        ["Leerjaar", "Waar", "Wie geeft les"],
        ["3", "3 dagen school, 1 dag leerrestaurant ROC, 1 dag leerbedrijf",
         "docenten school; ROC-docent bediening 2 dagdelen per week op school"],
        ["4", "2 dagen school, 1 dag ROC, 2 dagen leerbedrijf", "gezamenlijk team school en ROC"],
        ["5", "ROC en leerbedrijf (bpv)", "docenten ROC"],
    ]),
    ("p", "Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER, dat het trajectoverleg elk "
          "jaar vóór 1 oktober ter vaststelling aan beide besturen voorlegt. In leerjaar 3 en 4 werken de "
          "docenten van school en ROC als één team; in het project 'Gastvrij Beekdaelen' maken zij gebruik van "
          "teambevoegdheid. Het ROC stelt het leerrestaurant Het Proeflokaal en de barinstructieruimte "
          "beschikbaar; de school stelt haar praktijklokaal horeca en keuken beschikbaar voor lessen van "
          "ROC-docenten. Leerlingen staan in leerjaar 3 en 4 ingeschreven bij de school en daarna bij het ROC."),
    ("h2", "B6  Verlaten van de route"),
    ("p", "Een leerling die de route voortijdig verlaat, stroomt door naar de Entreeopleiding van het ROC, "
          "uitstroomrichting horeca. De trajectbegeleider regelt de plaatsing; een nieuwe intake is niet nodig. "
          "De leerling houdt zijn of haar behaalde resultaten."),
    ("h2", "B7  Financiële afspraken"),
    ("p", "De school draagt op grond van artikel 5.42a WVO 2020 voor iedere leerling die in leerjaar 3 of 4 "
          "aan de route deelneemt € 1.150 per schooljaar over aan het ROC. Het ROC factureert jaarlijks in "
          "januari op basis van de telling van 1 oktober; de school betaalt binnen dertig dagen."),
]


def build_245(path):
    from docx.shared import Pt
    doc = new_docx("Arial", 10)
    doc.add_heading("Samenwerkingsovereenkomst geïntegreerde route Horeca Beekdaelen", level=0)
    docx_runs(doc.add_paragraph(), "**De ondergetekenden:**")
    docx_runs(doc.add_paragraph(),
              "1.  Stichting Voortgezet Onderwijs Beekdaelen, bevoegd gezag van Vakcollege Beekdaelen (school voor "
              "vbo), gevestigd te Nuth, vertegenwoordigd door de heer M.H. Janssen-Coenen, voorzitter college "
              "van bestuur, hierna: 'de school';")
    docx_runs(doc.add_paragraph(),
              "2.  Stichting ROC Heuvelland Zuid, bevoegd gezag van ROC Heuvelland Zuid, gevestigd te Valkenburg "
              "aan de Geul, vertegenwoordigd door mevrouw drs. L.G.M. Smeets, voorzitter college van bestuur, "
              "hierna: 'het ROC';")
    docx_runs(doc.add_paragraph(), "**Overwegende dat:**")
    for t in ["a.  in Zuid-Limburg grote vraag is naar vakkrachten in hotels en restaurants;",
              "b.  een deel van de leerlingen in de basisberoepsgerichte leerweg gebaat is bij een route zonder "
              "vmbo-eindexamen;",
              "c.  partijen in het schooljaar 2024-2025 een proef met een gezamenlijk programma hebben gehouden;"]:
        par = doc.add_paragraph(t)
        par.paragraph_format.left_indent = Pt(18)
    docx_runs(doc.add_paragraph(), "**komen het volgende overeen:**")
    docx_from_blocks(doc, H245_MAIN)
    doc.add_paragraph()
    doc.add_paragraph("Aldus overeengekomen en in tweevoud ondertekend te Nuth op 30 juni 2025.")
    tb = doc.add_table(rows=3, cols=2)
    for row, (a, b) in zip(tb.rows, [
            ("Stichting Voortgezet Onderwijs Beekdaelen", "Stichting ROC Heuvelland Zuid"),
            ("M.H. Janssen-Coenen", "drs. L.G.M. Smeets"),
            ("voorzitter college van bestuur", "voorzitter college van bestuur")]):
        row.cells[0].text = a
        row.cells[1].text = b
    doc.add_page_break()
    docx_from_blocks(doc, H245_ANNEX)
    save_docx(doc, path, "J. Vliegen", "SOK geintegreerde route Horeca Beekdaelen")


register(245, "h245_geintegreerde_route_bijlage_beekdaelen", "docx",
         "DOCX, geïntegreerde route; korte hoofdtekst die per onderwerp naar Bijlage 1 verwijst, afspraken "
         "staan in de bijlage; Beekdaelen, Horeca, bakkerij en recreatie bb -> Medewerker bediening niveau 2; "
         "overstap alleen automatisch naar Entree (f weak), overdracht met bedrag maar zonder bestemming "
         "(g weak), medezeggenschap p.m.-placeholder (h weak).",
         st("a=p b=p c=p d=p e=p f=w g=w h=w i=p j=p"),
         {"a": "B1 De route", "b": "B2 Werkveld", "c": "B3 Leiding van de route", "d": "B4 Verantwoording",
          "e": "B5 Onderwijs en organisatie", "i": "Artikel 7 Geschillen",
          "j": "Artikel 8 Duur, toetreding, wijziging en beëindiging"},
         build_245)

# ---------------------------------------------------------------------------------------------------
# h246  PDF, long lawyer-style contract, three parties, articles referring to each other
# ---------------------------------------------------------------------------------------------------
def _art(num, title, leden):
    out = [("h1", "Artikel %d – %s" % (num, title))]
    for i, lid in enumerate(leden, 1):
        if isinstance(lid, tuple):  # (text, [sub items])
            out.append(("ni", "%d.%d %s" % (num, i, lid[0])))
            for sub in lid[1]:
                out.append(("ni2", sub))
        else:
            out.append(("ni", "%d.%d %s" % (num, i, lid)))
    return out


H246_HEAD = [
    ("title", "SAMENWERKINGSOVEREENKOMST"),
    ("subtitle", "doorlopende leerroute vmbo-mbo Economie & Ondernemen – Junior accountmanager<br/>"
                 "regio Lekstroom"),
    ("center", "Kenmerk LV/2025/0412 – definitieve versie d.d. 3 juni 2025"),
    ("sp", 12),
    ("pl", "**DE ONDERGETEKENDEN:**"),
    ("ni", "1. de stichting **Stichting Openbaar Voortgezet Onderwijs Lekstroom**, statutair gevestigd te "
           "Nieuwegein, kantoorhoudende aan de Zuidstedeweg 4, 3431 HG Nieuwegein, in haar hoedanigheid van "
           "bevoegd gezag van de school voor vbo en mavo **Lekdijk College**, te dezen rechtsgeldig "
           "vertegenwoordigd door de heer mr. drs. J.W. van Vliet, voorzitter van het college van bestuur, "
           "hierna te noemen: '**Lekdijk College**';"),
    ("ni", "2. de vereniging **Vereniging voor Christelijk Voortgezet Onderwijs IJsselstein**, statutair "
           "gevestigd te IJsselstein, kantoorhoudende aan de Baron van Wassenaerlaan 2, 3401 CK IJsselstein, in "
           "haar hoedanigheid van bevoegd gezag van de school voor vbo en mavo **De Hollandse IJssel**, te "
           "dezen rechtsgeldig vertegenwoordigd door mevrouw drs. C.E. Hoogendoorn-Bakker, bestuurder, hierna "
           "te noemen: '**De Hollandse IJssel**';"),
    ("ni", "3. de stichting **Stichting Regionaal Opleidingencentrum Lek en IJssel**, statutair gevestigd te "
           "Nieuwegein, kantoorhoudende aan het Stadsplein 60, 3431 LZ Nieuwegein, in haar hoedanigheid van "
           "bevoegd gezag van de instelling voor beroepsonderwijs **ROC Lek en IJssel**, te dezen rechtsgeldig "
           "vertegenwoordigd door de heer drs. R.F. Pasman, voorzitter van het college van bestuur, hierna te "
           "noemen: '**het ROC**';"),
    ("pl", "Lekdijk College en De Hollandse IJssel hierna ook gezamenlijk te noemen: de '**Scholen**' en ieder "
           "afzonderlijk: een '**School**'; de Scholen en het ROC hierna gezamenlijk te noemen: '**Partijen**' "
           "en ieder afzonderlijk: een '**Partij**'."),
    ("sp", 6),
    ("pl", "**IN AANMERKING NEMENDE DAT:**"),
    ("ni", "A. Partijen sinds het schooljaar 2021-2022 samenwerken in het programma 'Lekstroom Werkt!', gericht "
           "op een betere aansluiting tussen vmbo en mbo in de economische sector;"),
    ("ni", "B. Partijen die samenwerking willen voortzetten in de vorm van een doorlopende leerroute vmbo-mbo "
           "als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB;"),
    ("ni", "C. artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat een doorlopende leerroute wordt "
           "verzorgd op grond van een samenwerkingsovereenkomst die in elk geval afspraken bevat over de in die "
           "artikelen genoemde onderwerpen;"),
    ("ni", "D. de medezeggenschapsraden van de Scholen en de studentenraad en ondernemingsraad van het ROC over "
           "het voornemen tot deze samenwerking advies hebben uitgebracht;"),
    ("pl", "**KOMEN OVEREEN ALS VOLGT:**"),
]

H246_ARTS = [
    (1, "Definities", [
        ("In deze Overeenkomst hebben de navolgende met een hoofdletter geschreven begrippen de daarachter "
         "vermelde betekenis:", [
            "a. **Overeenkomst**: deze samenwerkingsovereenkomst met inbegrip van de Bijlagen;",
            "b. **Route**: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 3;",
            "c. **Leerling**: een leerling die aan de Route deelneemt en staat ingeschreven bij een School;",
            "d. **Student**: een deelnemer aan de Route die staat ingeschreven bij het ROC;",
            "e. **Vo-fase**: de eerste twee leerjaren van de Route (leerjaar 3 en 4 vmbo);",
            "f. **Mbo-fase**: de leerjaren van de Route na de Vo-fase;",
            "g. **Stuurgroep**: het orgaan, bedoeld in artikel 6;",
            "h. **Routecoördinator**: de functionaris, bedoeld in artikel 7;",
            "i. **PTA/OER**: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en "
            "examenregeling voor de Route, bedoeld in artikel 9;",
            "j. **Schooljaar**: de periode van 1 augustus tot en met 31 juli daaropvolgend;",
            "k. **Bijlagen**: Bijlage A (financiële uitwerking) en Bijlage B (model toetredingsverklaring).",
        ]),
        "Begrippen in het enkelvoud omvatten het meervoud en omgekeerd.",
    ]),
    (2, "Onderwerp en doel", [
        "Partijen verzorgen met ingang van Schooljaar 2025-2026 gezamenlijk de Route op de voet van deze "
        "Overeenkomst.",
        "Doel van de Route is dat Leerlingen zonder onderbreking en zonder overlap in de leerstof doorleren "
        "van het vmbo naar een diploma op niveau 4, in nauwe samenwerking met het regionale bedrijfsleven "
        "(artikel 5).",
        "Deze Overeenkomst vervangt de intentieverklaring 'Lekstroom Werkt!' van 14 september 2021.",
    ]),
    (3, "De Route", [
        "De Route verbindt het profiel Economie en ondernemen in de kaderberoepsgerichte leerweg en de "
        "gemengde leerweg van Lekdijk College en in de gemengde leerweg van De Hollandse IJssel met de "
        "opleiding Junior accountmanager, niveau 4 (middenkaderopleiding), van het ROC, behorend tot het "
        "opleidingsdomein Handel en ondernemerschap.",
        "De Route begint in leerjaar 3 van het vmbo en duurt in totaal vijf Schooljaren. Het vmbo-diploma "
        "wordt behaald aan het einde van de Vo-fase, uiterlijk aan het einde van het derde leerjaar van de "
        "Route. De Mbo-fase wordt gevolgd in de beroepsopleidende leerweg (BOL).",
        "In de Vo-fase kiezen Leerlingen ten minste twee beroepsgerichte keuzevakken uit het aanbod "
        "Ondernemen, Commercieel, Marketing en communicatie en Webshop, in aansluiting op de keuzedelen van "
        "de opleiding, bedoeld in lid 1.",
    ]),
    (4, "Melding en registratie", [
        "Partijen melden de Route gezamenlijk aan de Minister van Onderwijs, Cultuur en Wetenschap door "
        "registratie in RIO. Iedere Partij registreert de Route voor zichzelf.",
        "Het ROC coördineert de melding en informeert de Scholen over de registratie. Bij toetreding als "
        "bedoeld in artikel 19 zorgt de toetredende Partij voor haar eigen melding.",
    ]),
    (5, "Betrokkenheid van het bedrijfsleven", [
        "Partijen stellen een Werkveldraad Commercie Lekstroom in. In de Werkveldraad hebben ten minste zitting: "
        "een vertegenwoordiger van Ondernemersvereniging Nieuwegein-Zuid, een vertegenwoordiger van het "
        "winkelcentrum Cityplaza, de commercieel directeur van groothandel Van Schaik Kantoorcentrum B.V., "
        "een accountmanager van het regionale verzekeringskantoor Lekpoort Assuradeuren en een adviseur van "
        "SBB. Het ROC draagt zorg voor de samenstelling en het secretariaat.",
        ("De Werkveldraad:", [
            "a. adviseert de Stuurgroep ten minste twee maal per Schooljaar over de inhoud van het programma, "
            "de keuzedelen en de aansluiting op de regionale arbeidsmarkt;",
            "b. levert jaarlijks ten minste vier levensechte opdrachten (business cases) voor de Vo-fase;",
            "c. zorgt voor voldoende erkende leerbedrijven voor de beroepspraktijkvorming in de Mbo-fase, met "
            "een richtgetal van één bpv-plaats per Student per Schooljaar;",
            "d. levert praktijkbeoordelaars voor de examens in de beroepspraktijk en voor de jaarlijkse "
            "'pitchdag' van de Route.",
        ]),
        "De Stuurgroep bespreekt de adviezen van de Werkveldraad en motiveert in haar jaarverslag (artikel 8.2) "
        "wat zij met die adviezen heeft gedaan.",
    ]),
    (6, "Stuurgroep", [
        "De leiding over de Route berust bij de Stuurgroep.",
        ("De Stuurgroep bestaat uit vier leden:", [
            "a. de teamleider bovenbouw van Lekdijk College;",
            "b. de teamleider bovenbouw van De Hollandse IJssel;",
            "c. de opleidingsmanager Commercie van het ROC, die de Stuurgroep voorzit;",
            "d. de Routecoördinator (artikel 7), als lid met raadgevende stem.",
        ]),
        "De leden, bedoeld in lid 2 onder a tot en met c, worden benoemd door het college van bestuur "
        "onderscheidenlijk de bestuurder van de Partij waarvan zij deel uitmaken, die de andere Partijen "
        "schriftelijk van de benoeming in kennis stelt. Bij ontstentenis of belet wijst het betrokken bevoegd "
        "gezag een plaatsvervanger aan.",
        ("Partijen dragen aan de Stuurgroep de volgende taken op:", [
            "a. het opstellen en uitvoeren van het jaarplan van de Route;",
            "b. het opstellen van het PTA/OER (artikel 9) ter vaststelling door de bevoegde gezagen;",
            "c. de toelating van Leerlingen tot de Route;",
            "d. de verdeling van de inzet van personeel binnen de formatie die iedere Partij op grond van "
            "artikel 10 beschikbaar stelt;",
            "e. het beheer van het routebudget, bedoeld in artikel 14.4;",
            "f. het nemen van overstapbesluiten als bedoeld in artikel 13.3;",
            "g. de contacten met de Werkveldraad (artikel 5).",
        ]),
        "De Stuurgroep is bevoegd om binnen het door Partijen vastgestelde jaarplan en routebudget zelfstandig "
        "besluiten te nemen. Zij is niet bevoegd Partijen in rechte te vertegenwoordigen, verplichtingen aan te "
        "gaan die het routebudget te boven gaan, of besluiten te nemen over benoeming, ontslag of "
        "rechtspositie van personeel; die bevoegdheden blijven bij de bevoegde gezagen.",
        "De Stuurgroep besluit bij meerderheid van stemmen van de stemgerechtigde leden. Zij vergadert ten "
        "minste zes maal per Schooljaar.",
    ]),
    (7, "Routecoördinator", [
        "De Routecoördinator wordt, op voordracht van de Stuurgroep, door de bevoegde gezagen van Partijen "
        "gezamenlijk benoemd voor een termijn van drie Schooljaren, die eenmaal kan worden verlengd.",
        "De Routecoördinator is belast met de dagelijkse coördinatie van de Route, de planning van het "
        "onderwijs en de beroepspraktijkvorming, de begeleiding van overstapgesprekken (artikel 13) en het "
        "opstellen van de rapportages, bedoeld in artikel 8.",
        "De Routecoördinator is in dienst van het ROC; de Scholen dragen bij in de kosten op de wijze als "
        "bepaald in artikel 14 juncto Bijlage A.",
    ]),
    (8, "Informatieverstrekking en verantwoording", [
        "De Stuurgroep verstrekt de bevoegde gezagen van Partijen halfjaarlijks, uiterlijk op 1 maart en 1 "
        "september, een voortgangsrapportage over de uitvoering van het jaarplan, de leerlingaantallen per "
        "leerjaar, verzuim, uitval en overstap, en de uitputting van het routebudget.",
        "De Stuurgroep stelt jaarlijks vóór 1 november een jaarverslag op over het voorafgaande Schooljaar, "
        "met daarin in ieder geval de examenresultaten in Vo-fase en Mbo-fase, de tevredenheid van Leerlingen, "
        "ouders en Werkveldraad, en de verantwoording van de besteding van het routebudget.",
        "Het jaarverslag wordt besproken in het Bestuurlijk Overleg, bestaande uit een lid van elk van de "
        "bevoegde gezagen, dat ten minste tweemaal per Schooljaar bijeenkomt. In het Bestuurlijk Overleg legt "
        "de Stuurgroep verantwoording af over het gevoerde beleid. Het Bestuurlijk Overleg kan de Stuurgroep "
        "aanwijzingen geven.",
        "Ieder bevoegd gezag kan de Stuurgroep te allen tijde om aanvullende inlichtingen verzoeken; de "
        "Stuurgroep verstrekt deze binnen tien werkdagen.",
    ]),
    (9, "Onderwijsprogramma en examinering", [
        "Partijen beschrijven voor de gehele Route het onderwijsprogramma, de examinering per leerjaar en de "
        "beroepspraktijkvorming per leerjaar in het PTA/OER, met vermelding van de onderdelen die tot het "
        "vmbo-programma, het mbo-programma of beide behoren en van de onderdelen die door een team als bedoeld "
        "in artikel 10.3 worden verzorgd.",
        "Het PTA/OER wordt jaarlijks vóór 1 oktober door de bevoegde gezagen vastgesteld, op voorstel van de "
        "Stuurgroep (artikel 6.4 onder b).",
        "Iedere School blijft verantwoordelijk voor de vmbo-examinering en diplomering van haar Leerlingen; "
        "het ROC is verantwoordelijk voor de mbo-examinering, de beroepspraktijkvorming en de diplomering van "
        "Studenten.",
        "De Vo-fase wordt verzorgd op de locaties van de Scholen, met ingang van leerjaar 4 aangevuld met één "
        "dag per week op het ROC, locatie Stadsplein. De Mbo-fase wordt verzorgd op het ROC en bij de "
        "leerbedrijven.",
    ]),
    (10, "Personeel", [
        "Iedere Partij zet voor de Route eigen personeel in. Het personeel blijft in dienst van de Partij die "
        "werkgever is; de werkgever blijft verantwoordelijk voor de rechtspositie, de beoordeling en de "
        "professionalisering.",
        "Het ROC zet in de Vo-fase per School ten minste 0,3 fte docent commercie in, die op de locatie van de "
        "School lesgeeft. De Scholen zetten in leerjaar 4 per School ten minste 0,2 fte docent economie in voor "
        "gezamenlijke lessen op het ROC.",
        "Voor de vakoverstijgende programmaonderdelen 'Eigen onderneming' en 'Klant en markt' maken Partijen "
        "gebruik van teams van leraren en docenten als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 "
        "WEB. Ieder teamlid is bevoegd voor ten minste één van de betrokken vakken of programmaonderdelen en "
        "draagt verantwoordelijkheid voor het deel waarvoor hij bevoegd is.",
        "Docenten die op de locatie van een andere Partij werkzaam zijn, volgen de aanwijzingen van die Partij "
        "ten aanzien van orde, veiligheid en gebruik van voorzieningen.",
    ]),
    (11, "Faciliteiten en huisvesting", [
        "Het ROC stelt voor de Route ter beschikking: het leerbedrijf 'Lekstroom Store' (oefenwinkel met "
        "kassasystemen), de salesroom met belopstelling en de CRM-leeromgeving, een en ander volgens een door "
        "de Stuurgroep vastgesteld rooster.",
        "De Scholen stellen hun praktijklokalen Economie en ondernemen en hun computerlokalen ter beschikking "
        "voor de lessen van docenten van het ROC.",
        "Het gebruik van faciliteiten door Leerlingen en Studenten van andere Partijen wordt niet afzonderlijk "
        "verrekend, behoudens het bepaalde in artikel 14 juncto Bijlage A.",
    ]),
    (12, "Leerlingen: inschrijving, begeleiding en klachten", [
        "In de Vo-fase staat de Leerling ingeschreven bij een School; met ingang van de Mbo-fase wordt hij "
        "ingeschreven bij het ROC. De School van inschrijving is verantwoordelijk voor verzuimregistratie, "
        "leerlingbegeleiding en ondersteuning in het kader van passend onderwijs.",
        "Een klacht over gedragingen van een medewerker of het bevoegd gezag van een andere Partij wordt "
        "behandeld volgens de klachtenregeling van de Partij waar de klacht is ingediend; de andere Partij "
        "verleent alle medewerking. De voorzitter van de klachtencommissie is niet werkzaam voor de andere "
        "Partij.",
    ]),
    (13, "Overstapoptie", [
        "Indien de deelname van een Leerling of Student aan de Route eindigt voordat hij de Route met succes "
        "heeft afgerond, of indien hij is afgewezen voor het eindexamen vmbo, stellen Partijen hem in staat "
        "een vmbo-diploma of het diploma van een beroepsopleiding te behalen.",
        ("Partijen bieden daartoe in ieder geval de volgende mogelijkheden:", [
            "a. in de Vo-fase: voortzetting van de opleiding in de reguliere kaderberoepsgerichte of gemengde "
            "leerweg van de School, in hetzelfde of een ander profiel;",
            "b. na het behalen van het vmbo-diploma: overstap naar een andere opleiding van het ROC op niveau 3 "
            "of 4 in het domein Handel en ondernemerschap of in een ander domein;",
            "c. zonder vmbo-diploma na het derde leerjaar van de Route: voortzetting in een opleiding van het "
            "ROC op een passend niveau of herkansing van het vmbo-examen, met begeleiding door de School;",
            "d. overstap naar een andere instelling voor beroepsonderwijs, waarbij Partijen de toelating "
            "ondersteunen en de gegevens verstrekken die voor een geschiktheidsonderzoek nodig zijn.",
        ]),
        "Welke mogelijkheid wordt geboden, wordt bepaald door de betrokken School en het ROC gezamenlijk, op "
        "voorbereiding van de Routecoördinator en na overleg met de Leerling en zijn ouders of verzorgers, met "
        "inachtneming van het bereikte onderwijsniveau en de leeftijd van de Leerling. Het besluit wordt "
        "schriftelijk vastgelegd in een overstapplan.",
        "Bij overstap naar een andere opleiding van het ROC zijn de vooropleidingseisen niet van toepassing.",
        "Het bepaalde in dit artikel is niet van toepassing in geval van definitieve verwijdering van de "
        "Leerling of Student. Partijen nemen de werkwijze op in de schoolgidsen en de studiegids.",
    ]),
    (14, "Financiële bepalingen", [
        "De kosten van de inzet van eigen personeel en eigen voorzieningen komen voor rekening van de Partij "
        "die het personeel inzet of de voorziening beschikbaar stelt, behoudens het bepaalde in de leden 2 en 3.",
        "Iedere School draagt op grond van artikel 5.42a WVO 2020 per Schooljaar een bedrag van € 900 per "
        "Leerling in leerjaar 4 van de Route over aan het ROC, vastgesteld aan de hand van de telling op 1 "
        "oktober. Dit bedrag is bestemd voor de inzet van docenten van het ROC in de Vo-fase (artikel 10.2) en "
        "voor het gebruik van de faciliteiten, bedoeld in artikel 11.1.",
        "Iedere School draagt daarnaast per Schooljaar € 6.500 bij in de kosten van de Routecoördinator "
        "(artikel 7.3).",
        "Het ROC beheert een routebudget, gevoed uit de bedragen bedoeld in de leden 2 en 3, waarover de "
        "Stuurgroep verantwoording aflegt op de wijze bepaald in artikel 8.",
        "De nadere uitwerking, de indexering en de betalingstermijnen zijn opgenomen in Bijlage A. Verder vindt "
        "tussen Partijen geen overdracht van bekostiging plaats.",
    ]),
    (15, "Medezeggenschap", [
        "Onverminderd de rechten van de medezeggenschapsraden van de Scholen op grond van de Wet medezeggenschap "
        "op scholen en van de studentenraad en de ondernemingsraad van het ROC op grond van de WEB en de Wet op "
        "de ondernemingsraden, komen Partijen het in dit artikel bepaalde overeen.",
        "Partijen richten een Routemedezeggenschapsoverleg in, bestaande uit twee leden van elk van de "
        "medezeggenschapsraden van de Scholen (van wie ten minste één uit de ouder- of leerlinggeleding) en "
        "twee leden van de studentenraad van het ROC. Het Routemedezeggenschapsoverleg vergadert ten minste "
        "tweemaal per Schooljaar met de Stuurgroep.",
        "Het Routemedezeggenschapsoverleg ontvangt het jaarplan en het jaarverslag (artikel 8.2) en kan daarover "
        "advies uitbrengen aan het Bestuurlijk Overleg. Een voornemen tot wijziging als bedoeld in artikel 20 "
        "of tot opzegging als bedoeld in artikel 21 wordt vooraf voor advies aan het "
        "Routemedezeggenschapsoverleg voorgelegd.",
        "Leerlingen in leerjaar 4 van de Route hebben actief en passief kiesrecht voor de studentenraad van het "
        "ROC, voor zover het reglement van de studentenraad dit toelaat; het ROC past het reglement daartoe aan.",
    ]),
    (16, "Privacy en gegevensuitwisseling", [
        "Partijen wisselen persoonsgegevens van Leerlingen en Studenten uit voor zover dat noodzakelijk is voor "
        "de uitvoering van de Route. Zij zijn ieder zelfstandig verwerkingsverantwoordelijke en leggen de "
        "uitwisseling vast in een gegevensuitwisselingsprotocol.",
    ]),
    (17, "Aansprakelijkheid en verzekering", [
        "Iedere Partij is aansprakelijk voor schade die voortvloeit uit een aan haar toerekenbare tekortkoming "
        "in de nakoming van deze Overeenkomst. Iedere Partij draagt zorg voor een adequate "
        "aansprakelijkheidsverzekering die ook activiteiten in het kader van de Route dekt.",
    ]),
    (18, "Geschillen", [
        "Een geschil tussen Partijen over de uitvoering van deze Overeenkomst wordt door de meest gerede Partij "
        "schriftelijk aan de Stuurgroep voorgelegd, die binnen vier weken tracht tot een oplossing te komen.",
        "Indien de Stuurgroep niet tot een oplossing komt, wordt het geschil voorgelegd aan het Bestuurlijk "
        "Overleg (artikel 8.3), dat binnen zes weken na de voorlegging bijeenkomt.",
        "Leidt ook het Bestuurlijk Overleg niet tot een oplossing, dan zullen Partijen het geschil voorleggen "
        "aan een mediator, aangewezen door Partijen gezamenlijk of, bij gebreke van overeenstemming binnen twee "
        "weken, door de Mediatorsfederatie Nederland.",
        "Indien het geschil niet binnen drie maanden na aanvang van de mediation is opgelost, is iedere Partij "
        "bevoegd het geschil voor te leggen aan de bevoegde rechter in het arrondissement Midden-Nederland.",
        "Op deze Overeenkomst is Nederlands recht van toepassing.",
    ]),
    (19, "Toetreding", [
        ("Een andere school voor vbo of mavo of een andere instelling voor beroepsonderwijs kan tot deze "
         "Overeenkomst toetreden, mits:", [
            "a. alle Partijen schriftelijk met de toetreding instemmen;",
            "b. de toetredende partij het bevoegd gezag is van een school die het profiel Economie en "
            "ondernemen aanbiedt, onderscheidenlijk van een instelling die een aanverwante opleiding verzorgt;",
            "c. de toetredende partij een toetredingsverklaring conform Bijlage B ondertekent, waarmee zij alle "
            "rechten en verplichtingen uit deze Overeenkomst aanvaardt;",
            "d. de toetreding ingaat bij de aanvang van een Schooljaar.",
        ]),
        "Toetreding leidt niet tot wijziging van het programma van Leerlingen die al aan de Route deelnemen, "
        "tenzij de Stuurgroep met instemming van de betrokken Leerlingen en ouders anders besluit.",
    ]),
    (20, "Wijziging en evaluatie", [
        "Deze Overeenkomst, daaronder begrepen de Bijlagen, kan uitsluitend worden gewijzigd bij schriftelijke "
        "overeenkomst, ondertekend door alle Partijen, met inachtneming van artikel 15.3.",
        "Partijen evalueren deze Overeenkomst in het Schooljaar 2027-2028 en vervolgens eens in de drie jaar. "
        "De Stuurgroep bereidt de evaluatie voor.",
        "Een wijziging die het programma of de examinering raakt, wordt niet eerder van kracht dan bij de "
        "aanvang van het eerstvolgende Schooljaar en geldt niet ten nadele van Leerlingen en Studenten die al "
        "aan de Route deelnemen.",
    ]),
    (21, "Duur, opzegging en ontbinding", [
        "Deze Overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.",
        "Iedere Partij kan de Overeenkomst voor wat haar betreft schriftelijk opzeggen tegen 1 augustus van enig "
        "jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden. Opzegging door een Partij "
        "laat de Overeenkomst tussen de overige Partijen onverlet, tenzij daardoor geen school of geen "
        "instelling meer partij is.",
        "Iedere Partij kan de Overeenkomst met onmiddellijke ingang buitengerechtelijk ontbinden indien een "
        "andere Partij toerekenbaar tekortschiet in de nakoming van een wezenlijke verplichting en die "
        "tekortkoming niet binnen zestig dagen na een schriftelijke ingebrekestelling heeft hersteld.",
    ]),
    (22, "Bescherming van Leerlingen en Studenten", [
        "Bij opzegging of ontbinding als bedoeld in artikel 21 dragen Partijen er zorg voor dat de gevolgen "
        "voor Leerlingen en Studenten zoveel mogelijk worden beperkt.",
        "Vanaf het moment van opzegging of ontbinding worden geen nieuwe Leerlingen meer tot de Route "
        "toegelaten. Leerlingen en Studenten die op dat moment aan de Route deelnemen, kunnen de Route "
        "afronden onder de voorwaarden van deze Overeenkomst; de verplichtingen van Partijen uit de artikelen "
        "9 tot en met 14 blijven voor hen van kracht totdat de laatste Student de Route heeft afgerond of is "
        "overgestapt op de voet van artikel 13.",
    ]),
    (23, "Slotbepalingen", [
        "Indien een bepaling van deze Overeenkomst nietig blijkt, blijven de overige bepalingen van kracht en "
        "treden Partijen in overleg over een vervangende bepaling die zoveel mogelijk aansluit bij de strekking "
        "van de nietige bepaling.",
        "Deze Overeenkomst wordt aangehaald als 'SOK DLR Economie & Ondernemen Lekstroom 2025'.",
    ]),
]

H246_TAIL = [
    ("sp", 8),
    ("pl", "Aldus overeengekomen en in drievoud ondertekend te Nieuwegein op 3 juni 2025."),
    ("sp", 8),
    ("sig", [
        ("**Stichting Openbaar Voortgezet Onderwijs Lekstroom**",
         "**Vereniging voor Christelijk Voortgezet Onderwijs IJsselstein**"),
        ("<br/><br/>______________________________", "<br/><br/>______________________________"),
        ("mr. drs. J.W. van Vliet, voorzitter college van bestuur", "drs. C.E. Hoogendoorn-Bakker, bestuurder"),
        ("<br/>**Stichting Regionaal Opleidingencentrum Lek en IJssel**", ""),
        ("<br/><br/>______________________________", ""),
        ("drs. R.F. Pasman, voorzitter college van bestuur", ""),
    ]),
    ("pagebreak",),
    ("h1", "Bijlage A – Financiële uitwerking (behorende bij artikel 14)"),
    ("p", "Deze bijlage werkt de bedragen uit artikel 14 uit. Bij strijd gaat artikel 14 voor."),
    ("table", [
        ["Post", "Grondslag", "Bedrag 2025-2026", "Bestemming"],
        ["Overdracht bekostiging (art. 14.2)", "per Leerling leerjaar 4, telling 1 oktober", "€ 900",
         "inzet ROC-docenten Vo-fase; gebruik Lekstroom Store, salesroom, CRM-omgeving"],
        ["Bijdrage Routecoördinator (art. 14.3)", "per School per Schooljaar", "€ 6.500",
         "salariskosten Routecoördinator (0,5 fte, in dienst ROC)"],
        ["Eigen personeel en voorzieningen (art. 14.1)", "-", "geen verrekening", "-"],
    ], [100, 120, 70, 170]),
    ("ni", "A.1 De bedragen worden jaarlijks per 1 augustus geïndexeerd met het percentage van de "
           "prijsbijstelling van de rijksbijdrage voortgezet onderwijs."),
    ("ni", "A.2 Het ROC factureert de bedragen uit artikel 14.2 en 14.3 in twee gelijke termijnen, in december "
           "en in mei. Betaling geschiedt binnen dertig dagen na factuurdatum."),
    ("ni", "A.3 Een onderbesteding van het routebudget aan het einde van een Schooljaar blijft beschikbaar voor "
           "de Route in het volgende Schooljaar."),
    ("sp", 10),
    ("h1", "Bijlage B – Model toetredingsverklaring (behorende bij artikel 19)"),
    ("p", "Ondergetekende, [naam rechtspersoon], bevoegd gezag van [naam school/instelling], verklaart hierbij "
          "met ingang van 1 augustus [jaar] toe te treden tot de SOK DLR Economie & Ondernemen Lekstroom 2025 en "
          "alle daaruit voortvloeiende rechten en verplichtingen te aanvaarden."),
    ("p", "Plaats en datum: ______________     Handtekening: ______________"),
    ("p", "Voor instemming, namens de Partijen: ______________"),
]


def build_246(path):
    blocks = list(H246_HEAD)
    for num, title, leden in H246_ARTS:
        blocks += _art(num, title, leden)
    blocks += H246_TAIL
    build_pdf(path, blocks, "SOK DLR Economie & Ondernemen Lekstroom 2025", "Juridische Zaken ROC Lek en IJssel",
              base_size=10.0, header="SOK DLR Economie & Ondernemen Lekstroom 2025 – kenmerk LV/2025/0412",
              footer="Paraaf: ____ / ____ / ____")


register(246, "h246_advocatenstijl_kruisverwijzingen_lekstroom", "pdf",
         "Lange PDF in advocatenstijl (comparitie, considerans, definities, 23 artikelen met leden en "
         "kruisverwijzingen, bijlagen A en B), drie partijen; Lekstroom, Economie en ondernemen kb/gl -> Junior "
         "accountmanager niveau 4; volledig, overdracht met bedrag en bestemming, toetreding/wijziging/"
         "opzegging verspreid over art. 19-22.",
         st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
         {"a": "Artikel 3 – De Route", "b": "Artikel 5 – Betrokkenheid van het bedrijfsleven",
          "c": "Artikel 6 – Stuurgroep", "d": "Artikel 8 – Informatieverstrekking en verantwoording",
          "e": "Artikel 9 – Onderwijsprogramma en examinering", "f": "Artikel 13 – Overstapoptie",
          "g": "Artikel 14 – Financiële bepalingen", "h": "Artikel 15 – Medezeggenschap",
          "i": "Artikel 18 – Geschillen", "j": "Artikel 21 – Duur, opzegging en ontbinding"},
         build_246)

# ---------------------------------------------------------------------------------------------------
# h247  DOCX, very short one-page "afsprakenblad" with bold run-in questions
# ---------------------------------------------------------------------------------------------------
H247_PARAS = [
    "**Welke route?** De basisberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, van Vakcollege "
    "Azelo loopt vanaf leerjaar 3 door in de opleiding Timmerman, niveau 2 (basisberoepsopleiding), domein "
    "Bouw en infra, van ROC Twente-Midden, Bouwcampus Hengelo. De route duurt vier jaar.",
    "**Werkveld?** De route wordt ontwikkeld in samenspraak met het bedrijfsleven. Partijen betrekken de "
    "regionale bouwbedrijven bij de invulling van de route.",
    "**Wie leidt?** Een routeteam van drie: de teamleider BWI van Azelo en de teamleider bouw van het ROC, "
    "elk aangewezen door het eigen bestuur, en een trajectcoördinator die de twee besturen samen benoemen. "
    "Het routeteam bepaalt programma, rooster, toelating en de inzet van docenten, binnen het budget dat de "
    "besturen toekennen. Andere besluiten blijven bij de besturen.",
    "**Verantwoording?** Het routeteam stuurt beide besturen elk jaar vóór 1 december een verslag over "
    "leerlingaantallen, uitval en examenresultaten, en licht dat toe in het bestuursoverleg in januari.",
    "**Organisatie?** Leerjaar 3 en 4 op Azelo, met één dag per week in de bouwhal van de Bouwcampus; daarna "
    "op de Bouwcampus. Programma en examens per leerjaar staan in één gezamenlijk PTA/OER. Twee ROC-docenten "
    "bouw geven in leerjaar 4 les op Azelo; de docenten BWI van Azelo draaien mee in de projectweken op de "
    "Bouwcampus. Azelo stelt zijn houtwerkplaats beschikbaar, het ROC de bouwhal en het machinepark.",
    "**Als het niet lukt?** Wie de route verlaat, gaat in leerjaar 3 of 4 verder in de gewone "
    "basisberoepsgerichte leerweg, in BWI of een ander profiel, richting vmbo-diploma. Later kan de leerling "
    "binnen het ROC naar een andere opleiding op niveau 2, zonder vooropleidingseisen en ook zonder "
    "vmbo-diploma als dat aan het eind van het derde routejaar ontbreekt. Azelo en het ROC beslissen daarover "
    "samen, met de leerling en de ouders, op grond van het bereikte niveau en de leeftijd.",
    "**Onenigheid?** Eerst in het routeteam, dan tussen de besturen. Lukt het dan niet binnen twee maanden, "
    "dan beslist een onafhankelijke jurist die de besturen samen aanwijzen, bij bindend advies.",
    "**Meedoen, wijzigen, stoppen?** Een andere school of instelling kan aansluiten als beide besturen "
    "schriftelijk instemmen en de nieuwe partner dit afsprakenblad ondertekent, steeds per 1 augustus. "
    "Wijzigen kan alleen schriftelijk, door beide besturen. Opzeggen kan schriftelijk tegen 1 augustus, met "
    "een termijn van twaalf maanden. Na opzegging stromen geen nieuwe leerlingen meer in; wie al in de route "
    "zit, maakt haar af. Wijzigingen gaan niet ten koste van leerlingen die al onderweg zijn.",
]


def build_247(path):
    from docx.shared import Pt, Cm
    doc = new_docx("Calibri", 10)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(1.8)
    h = doc.add_paragraph()
    r = h.add_run("Afsprakenblad doorlopende leerroute Bouw – Borne")
    r.bold = True
    r.font.size = Pt(15)
    sub = doc.add_paragraph()
    sub.add_run("Samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 tussen Stichting Voortgezet "
                "Onderwijs Twentekanaal, bevoegd gezag van Vakcollege Azelo te Borne, en Stichting ROC "
                "Twente-Midden te Hengelo.").italic = True
    for ptxt in H247_PARAS:
        par = docx_runs(doc.add_paragraph(), ptxt)
        par.paragraph_format.space_after = Pt(4)
    doc.add_paragraph("Borne, 19 juni 2025")
    tb = doc.add_table(rows=2, cols=2)
    for row, (a, b) in zip(tb.rows, [
            ("Stichting Voortgezet Onderwijs Twentekanaal", "Stichting ROC Twente-Midden"),
            ("G.J. Nijhuis, bestuurder", "drs. I. ter Horst-Wessels, voorzitter college van bestuur")]):
        row.cells[0].text = a
        row.cells[1].text = b
    save_docx(doc, path, "G.J. Nijhuis", "Afsprakenblad DLR Bouw Borne")


register(247, "h247_zeer_kort_afsprakenblad_borne", "docx",
         "Zeer korte DOCX (één pagina) met vetgedrukte vraagwoorden als aanloop; Borne, Bouwen, wonen en "
         "interieur bb -> Timmerman niveau 2; werkveld alleen intentie zonder wie/rol (b weak), niets over "
         "financiën (g missing), niets over medezeggenschap (h n.v.t.).",
         st("a=p b=w c=p d=p e=p f=p g=m h=n i=p j=p"),
         {"a": "Welke route?", "c": "Wie leidt?", "d": "Verantwoording?", "e": "Organisatie?",
          "f": "Als het niet lukt?", "i": "Onenigheid?", "j": "Meedoen, wijzigen, stoppen?"},
         build_247)

# ---------------------------------------------------------------------------------------------------
# h248  PDF, the official format filled in by a school, with a considerans added
# ---------------------------------------------------------------------------------------------------
H248_BLOCKS = [
    ("title", "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"),
    ("subtitle", "Mobiliteit en transport – Bedrijfsautotechniek | Oost-Gelre"),
    ("pl", "**Stichting Katholiek Voortgezet Onderwijs Oost-Gelre**, bevoegd gezag van Sint-Calixtus Vakcollege "
           "te Groenlo, vertegenwoordigd door de heer drs. B.A.M. Heijink, voorzitter college van bestuur"),
    ("pl", "en"),
    ("pl", "**Stichting Regionaal Opleidingencentrum IJssel-Berkel**, bevoegd gezag van ROC IJssel-Berkel, "
           "waaronder het Mobiliteitscollege te Lichtenvoorde, vertegenwoordigd door mevrouw M.J. "
           "Wolters-Beernink MSc, lid college van bestuur"),
    ("pl", "overwegende dat:"),
    ("li", "transport- en logistieke bedrijven in Oost-Gelre een structureel tekort hebben aan technici voor "
           "vrachtwagens, trekkers en opleggers;"),
    ("li", "partijen jongeren een ononderbroken leerweg willen bieden van het vmbo naar een vakdiploma;"),
    ("li", "de leiding van de route de besturen periodiek informeert en verantwoording aflegt over de "
           "resultaten van de route;"),
    ("pl", "verklaren te zijn overeengekomen:"),
    ("h1", "Doel en wijze van samenwerking"),
    ("ni", "1. Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende leerroute vmbo-mbo "
           "verzorgd door ondergetekenden."),
    ("ni", "2. Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute."),
    ("ni", "3. Ondergetekenden beschrijven voor de gehele doorlopende leerroute vmbo-mbo het "
           "onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per leerjaar en voeren "
           "dit in gezamenlijkheid uit."),
    ("ni", "4. Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij een gezamenlijke doorlopende "
           "leerroute vmbo-mbo aanbieden."),
    ("h1", "Afspraken"),
    ("h2", "1. De betreffende doorlopende leerroute vmbo-mbo"),
    ("p", "Het volgende onderwijsprogramma wordt in deze doorlopende leerroute vmbo-mbo aangeboden: de "
          "kaderberoepsgerichte leerweg, profiel Mobiliteit en transport, van Sint-Calixtus Vakcollege, "
          "doorlopend in de opleiding Eerste bedrijfsautotechnicus, niveau 3 (vakopleiding), "
          "kwalificatiedossier Bedrijfsautotechniek, opleidingsdomein Mobiliteit en voertuigen, van het "
          "Mobiliteitscollege van ROC IJssel-Berkel. De route start in leerjaar 3 van het vmbo en duurt vijf "
          "jaar; vanaf het tweede mbo-jaar kan de student de opleiding in de BBL volgen."),
    ("h2", "2. Betrokkenheid bedrijfsleven"),
    ("p", "Het bedrijfsleven is als volgt betrokken bij de invulling van dit onderwijsprogramma:"),
    ("li", "Transportbedrijf Wissink (Groenlo), Ebbers Truck & Trailer Service (Lichtenvoorde) en Achterhoek "
           "Trucks (dealerbedrijf, Winterswijk) vormen samen met het Mobiliteitscollege de bedrijvenkring "
           "Bedrijfsauto. De bedrijvenkring komt twee keer per jaar bijeen en adviseert over de inhoud van het "
           "programma en de keuzedelen."),
    ("li", "De bedrijven ontvangen leerlingen van leerjaar 3 voor bedrijfsbezoeken en bieden in leerjaar 4 "
           "tien werkplekleerdagen per leerling."),
    ("li", "In de mbo-fase bieden de bedrijven bpv- en BBL-plaatsen; hun praktijkopleiders nemen de "
           "praktijkexamens mede af."),
    ("li", "Achterhoek Trucks verzorgt jaarlijks twee gastlessen over diagnose en elektronica en stelt "
           "lesmotoren en diagnoseapparatuur in bruikleen beschikbaar."),
    ("h2", "3. Leiding van de route"),
    ("p", "De leiding over de doorlopende leerroute ligt bij het kernteam Bedrijfsauto. Het kernteam bestaat "
          "uit de afdelingsleider techniek van Sint-Calixtus Vakcollege, de teamleider mobiliteit van het "
          "Mobiliteitscollege en de trajectbegeleider van de route."),
    ("p", "Het kernteam heeft de volgende taken:"),
    ("li", "het opstellen en bewaken van het gezamenlijke programma, de examinering en de "
           "beroepspraktijkvorming per leerjaar;"),
    ("li", "het vaststellen van het rooster en de indeling van de praktijkdagen;"),
    ("li", "de intake van leerlingen en het besluit over toelating tot de route;"),
    ("li", "de verdeling van de lesuren over de docenten van beide partijen;"),
    ("li", "het onderhouden van de contacten met de bedrijvenkring."),
    ("p", "Het kernteam is bevoegd om binnen de door de besturen vastgestelde formatie en de jaarbegroting van "
          "de route zelfstandig te besluiten over de uitvoering. Besluiten over investeringen, personeel en "
          "wijziging van deze overeenkomst blijven bij de colleges van bestuur."),
    ("h2", "4. Organisatorische en onderwijskundige inrichting"),
    ("p", "a. De doorlopende leerroute wordt aangeboden op de volgende locaties: leerjaar 3 en 4 op Sint-Calixtus "
          "Vakcollege in Groenlo, met één dag per week op het Mobiliteitscollege in Lichtenvoorde; de mbo-fase "
          "op het Mobiliteitscollege en bij de leerbedrijven."),
    ("p", "b. Er zijn afspraken gemaakt over het gebruik van faciliteiten: het Mobiliteitscollege stelt de "
          "truckwerkplaats met brug, de remmentestbank en de diagnoseruimte beschikbaar voor leerlingen in "
          "leerjaar 3 en 4; Sint-Calixtus stelt zijn motorenlokaal en het lokaal elektrotechniek beschikbaar "
          "voor lessen van docenten van het Mobiliteitscollege."),
    ("p", "c. De inzet van personeel is als volgt georganiseerd: twee docenten bedrijfsautotechniek van het "
          "Mobiliteitscollege geven in leerjaar 4 elk vier uur per week les op Sint-Calixtus; de docenten "
          "mobiliteit en transport van Sint-Calixtus verzorgen samen met hen het vakoverstijgende project "
          "'Van werkorder tot oplevering', waarvoor teambevoegdheid wordt toegepast. Docenten blijven in "
          "dienst van hun eigen werkgever."),
    ("p", "d. Het programma en de examinering per leerjaar worden vastgelegd in een gezamenlijk PTA/OER. In de "
          "vo-fase staan de leerlingen ingeschreven bij Sint-Calixtus, daarna bij ROC IJssel-Berkel."),
    ("h2", "5. Overstapoptie"),
    ("p", "Deelnemers die deze doorlopende leerroute niet met succes afronden, worden door ondergetekenden in "
          "staat gesteld om:"),
    ("li", "in leerjaar 3 of 4 de reguliere kaderberoepsgerichte of basisberoepsgerichte leerweg van "
           "Sint-Calixtus te vervolgen, in het profiel Mobiliteit en transport of een ander profiel, en daar het "
           "vmbo-diploma te behalen;"),
    ("li", "binnen ROC IJssel-Berkel over te stappen naar Bedrijfsautotechnicus niveau 2 of naar een andere "
           "opleiding op niveau 2 of 3, zonder dat de vooropleidingseisen gelden, ook als het vmbo-diploma aan "
           "het einde van het derde routejaar niet is behaald;"),
    ("li", "met ondersteuning van beide partijen over te stappen naar een andere instelling, die de deelnemer na "
           "een geschiktheidsonderzoek kan toelaten."),
    ("p", "Sint-Calixtus en het Mobiliteitscollege bepalen in een gezamenlijk gesprek met de deelnemer en de "
          "ouders welke overstap past, op basis van het bereikte onderwijsniveau en de leeftijd van de "
          "deelnemer. De werkwijze wordt opgenomen in de schoolgids."),
    ("h2", "6. Financiën"),
    ("p", "Er vindt tussen ondergetekenden geen overdracht van bekostiging plaats. Iedere partij draagt de kosten "
          "van het eigen personeel en de eigen voorzieningen; het wederzijds gebruik van faciliteiten (4b) wordt "
          "niet verrekend."),
    ("h2", "7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime"),
    ("p", "Bovenop de WMS en de WEB/WOR spreken partijen af dat leerlingen van de route in leerjaar 4, hoewel zij "
          "nog bij Sint-Calixtus staan ingeschreven, mogen deelnemen aan de studentenraad van het "
          "Mobiliteitscollege, met dezelfde rechten als studenten. De medezeggenschapsraad van Sint-Calixtus "
          "wordt jaarlijks om advies gevraagd over het vo-deel van het gezamenlijke PTA/OER."),
    ("h2", "8. Geschilbeslechting"),
    ("p", "Geschillen over de uitvoering van deze overeenkomst worden eerst besproken in het kernteam en, als dat "
          "binnen een maand geen oplossing geeft, in een overleg tussen beide colleges van bestuur. Is het "
          "geschil twee maanden na dat overleg niet opgelost, dan wordt het beslecht door arbitrage volgens het "
          "reglement van het Nederlands Arbitrage Instituut, door één arbiter, met Arnhem als plaats van "
          "arbitrage."),
    ("h2", "9. Betrokkenheid andere partijen"),
    ("p", "Een andere school voor vmbo of instelling voor beroepsonderwijs kan partij worden bij deze "
          "overeenkomst als beide ondergetekenden daarmee schriftelijk instemmen en de nieuwe partij deze "
          "overeenkomst medeondertekent. Toetreding gaat in op 1 augustus; de nieuwe partij meldt de route bij "
          "DUO."),
    ("h2", "10. Beëindiging overeenkomst"),
    ("p", "Deze overeenkomst kan door elk van de partijen worden opgezegd met een opzegtermijn van ………… "
          "maanden, tegen ……………………………… ."),
    ("p", "Wijziging van deze overeenkomst geschiedt schriftelijk en wordt door beide colleges van bestuur "
          "ondertekend."),
    ("p", "Leerlingen die op het moment van opzegging of wijziging aan de route deelnemen, kunnen de route "
          "afronden op de voorwaarden die bij hun instroom golden."),
    ("sp", 14),
    ("pl", "Groenlo, 26 juni 2025"),
    ("sp", 8),
    ("sig", [
        ("Stichting Katholiek Voortgezet Onderwijs Oost-Gelre", "Stichting Regionaal Opleidingencentrum IJssel-Berkel"),
        ("<br/><br/>drs. B.A.M. Heijink", "<br/><br/>M.J. Wolters-Beernink MSc"),
        ("voorzitter college van bestuur", "lid college van bestuur"),
    ]),
]


def build_248(path):
    build_pdf(path, H248_BLOCKS, "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo", "Sint-Calixtus",
              base_size=10.5)


register(248, "h248_format_ingevuld_bedrijfsauto_oost_gelre", "pdf",
         "PDF op basis van het officiële format, ingevuld, met toegevoegde 'overwegende dat'; Oost-Gelre, "
         "Mobiliteit en transport kb -> Eerste bedrijfsautotechnicus niveau 3; leiding uitgebreid maar zonder "
         "wijze van benoeming (c weak), verantwoording alleen in de considerans (d missing), opzegtermijn en "
         "-moment als stippellijnen uit het format (j weak).",
         st("a=p b=p c=w d=m e=p f=p g=p h=p i=p j=w"),
         {"a": "1. De betreffende doorlopende leerroute vmbo-mbo", "b": "2. Betrokkenheid bedrijfsleven",
          "e": "4. Organisatorische en onderwijskundige inrichting", "f": "5. Overstapoptie",
          "g": "6. Financiën", "h": "7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime",
          "i": "8. Geschilbeslechting"},
         build_248)

# === END SAMPLES ===


# ---------------------------------------------------------------------------------------------------
# build / check
# ---------------------------------------------------------------------------------------------------
def expected_json(smp):
    return {"description": smp["description"], "split": "heldout",
            "statuses": smp["statuses"], "evidence": smp["evidence"]}


def build(nums):
    for n in nums:
        smp = SAMPLES[n]
        path = OUT / (smp["name"] + "." + smp["ext"])
        smp["builder"](path)
        (OUT / (smp["name"] + ".expected.json")).write_text(
            json.dumps(expected_json(smp), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("built", path.name, path.stat().st_size, "bytes")


def extract_text(path):
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(str(path))
        parts = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        pdf.close()
        return "\n".join(parts)
    if ext == ".docx":
        import xml.etree.ElementTree as ET
        from docx import Document
        Document(str(path))  # must open with python-docx
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
            root = ET.fromstring(z.read("word/document.xml"))
        out = []
        for el in root.iter():
            tag = el.tag.split("}")[-1]
            if tag == "p":
                out.append("\n")
            elif tag == "t" and el.text:
                out.append(el.text)
            elif tag in ("tab", "br"):
                out.append(" ")
        return "".join(out)
    return path.read_text(encoding="utf-8")


def norm(s):
    s = s.replace("\u00ad", "").replace("\r", " ").replace("\ufffe", "")
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for n in sorted(SAMPLES):
        smp = SAMPLES[n]
        path = OUT / (smp["name"] + "." + smp["ext"])
        ej = OUT / (smp["name"] + ".expected.json")
        problems = []
        if not path.exists():
            problems.append("file missing")
        else:
            size = path.stat().st_size
            if size >= 200 * 1024:
                problems.append("too large: %d" % size)
            try:
                text = norm(extract_text(path))
            except Exception as e:  # noqa
                problems.append("cannot open: %r" % e)
                text = ""
            for k, ev in smp["evidence"].items():
                if norm(ev) not in text:
                    problems.append("evidence %s not found: %r" % (k, ev))
            if len(text) < 800:
                problems.append("text suspiciously short (%d chars)" % len(text))
        if not ej.exists():
            problems.append("expected.json missing")
        else:
            if json.loads(ej.read_text(encoding="utf-8")) != expected_json(smp):
                problems.append("expected.json differs from table")
        status = "OK" if not problems else "FAIL"
        print("%s h%d %s.%s" % (status, n, smp["name"], smp["ext"]), "" if not problems else problems)
        ok = ok and not problems
    print("ALL OK" if ok else "CHECK FAILED")
    return ok


def main(argv):
    if argv and argv[0] == "--check":
        sys.exit(0 if check() else 1)
    nums = [int(a.lstrip("h")) for a in argv] if argv else sorted(SAMPLES)
    build(nums)


if __name__ == "__main__":
    main(sys.argv[1:])
