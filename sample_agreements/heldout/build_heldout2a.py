#!/usr/bin/env python3
"""Held-out sample agreements h17-h24 for leerroute-check.

Written by an independent author (a helper session) AFTER the checker's decision rules were
fixed. Sources used: the two official guidance documents in /work/shared/seeds (bouwsteen
samenwerkingsovereenkomst and bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md. No checker code, models, tests or benchmarks were opened, the checker
was not run, and the texts and build scripts of the other samples were not read. Every school,
instelling, company and person in these texts is made up; qualification names and
opleidingsdomeinen are meant to be realistic but are not checked against the kwalificatiestructuur.

The script holds the full text of every agreement and writes, next to this file, each document
plus NAME.expected.json (split "heldout").

Usage:
    python3 build_heldout2a.py              build all samples
    python3 build_heldout2a.py h17 h20      build only these
    python3 build_heldout2a.py --check      verify every produced file

Output is deterministic: reportlab runs with invariant=1; DOCX files get fixed core properties
(created/modified 2025-06-30 09:00) and are re-zipped with fixed timestamps.
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


# --------------------------------------------------------------------------------------------
# A tiny line markup shared by the PDF and DOCX renderers.
#   @title / @sub / @h / @h2 / @p / @n LABEL|TEXT / @nn LABEL|TEXT / @b / @pb / @sp
#   @right / @center / @small / @head c1|c2 / @row c1|c2 (consecutive rows = one table)
#   @sig left|right            signature block
# Lines without a tag continue the previous item (headings @h/@h2 are always one line); an empty
# line ends it. A line without a tag after an empty line or a heading starts a plain paragraph.
# Inside text, **x** is bold and " // " separates paragraphs inside a table cell.
# --------------------------------------------------------------------------------------------

def parse(markup):
    items = []
    cur = None
    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("@"):
            tag, _, rest = line[1:].partition(" ")
            cur = [tag, rest.strip()]
            items.append(cur)
            if tag in ("h", "h2", "right", "center", "pb"):
                cur = None  # single-line items: the next untagged line starts a paragraph
        elif not line.strip():
            cur = None
        else:
            if cur is None:
                cur = ["p", line.strip()]
                items.append(cur)
            else:
                cur[1] = (cur[1] + " " + line.strip()).strip()
    # group table rows
    out = []
    for tag, arg in items:
        if tag in ("head", "row"):
            cells = [c.strip() for c in arg.split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append((tag, cells))
            else:
                out.append(["table", [(tag, cells)]])
        else:
            out.append([tag, arg])
    return out


def plain(text):
    """Text as it appears to a reader (markup removed)."""
    return text.replace("**", "")


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------

def build_pdf(path, markup, cfg):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)

    font = cfg.get("font", "Helvetica")
    bold = cfg.get("bold", "Helvetica-Bold")
    size = cfg.get("size", 10)
    lead = cfg.get("leading", size * 1.35)
    align = TA_JUSTIFY if cfg.get("justify") else TA_LEFT
    hcolor = colors.HexColor(cfg.get("hcolor", "#000000"))

    def esc(t):
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)

    base = ParagraphStyle("base", fontName=font, fontSize=size, leading=lead, alignment=align,
                          spaceAfter=size * 0.5)
    st = {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=size + 6,
                                leading=(size + 6) * 1.25, alignment=cfg.get("title_align", TA_CENTER),
                                textColor=hcolor, spaceAfter=6),
        "sub": ParagraphStyle("sub", parent=base, fontName=cfg.get("sub_font", font),
                              fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                              alignment=cfg.get("title_align", TA_CENTER), spaceAfter=12),
        "h": ParagraphStyle("h", parent=base, fontName=bold, fontSize=size + cfg.get("h_plus", 1),
                            leading=(size + 2) * 1.3, alignment=TA_LEFT, textColor=hcolor,
                            spaceBefore=size * 0.9, spaceAfter=size * 0.35, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size, alignment=TA_LEFT,
                             spaceBefore=size * 0.6, spaceAfter=size * 0.25, keepWithNext=1),
        "p": base,
        "n": ParagraphStyle("n", parent=base, leftIndent=0.8 * cm, firstLineIndent=0,
                            bulletIndent=0, spaceAfter=size * 0.35),
        "nn": ParagraphStyle("nn", parent=base, leftIndent=1.6 * cm, bulletIndent=0.8 * cm,
                             spaceAfter=size * 0.3),
        "b": ParagraphStyle("b", parent=base, leftIndent=0.6 * cm, bulletIndent=0.1 * cm,
                            spaceAfter=size * 0.25),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 1, leading=(size - 1) * 1.3,
                               alignment=TA_LEFT, spaceAfter=2),
        "cellh": ParagraphStyle("cellh", parent=base, fontName=bold, fontSize=size - 1,
                                leading=(size - 1) * 1.3, alignment=TA_LEFT, spaceAfter=2),
    }

    width = A4[0] - cfg.get("lm", 2.4 * cm) - cfg.get("rm", 2.4 * cm)
    story = []
    for tag, arg in parse(markup):
        if tag == "pb":
            story.append(PageBreak())
        elif tag == "sp":
            story.append(Spacer(1, float(arg or 8)))
        elif tag in ("n", "nn"):
            label, _, text = arg.partition("|")
            story.append(Paragraph(esc(text), st[tag], bulletText=label))
        elif tag == "b":
            story.append(Paragraph(esc(arg), st["b"], bulletText=cfg.get("bullet", "\u2013")))
        elif tag == "table":
            rows = arg
            ncol = max(len(c) for _, c in rows)
            data = []
            for kind, cells in rows:
                cells = cells + [""] * (ncol - len(cells))
                sty = st["cellh"] if kind == "head" else st["cell"]
                data.append([[Paragraph(esc(p), sty) for p in c.split(" // ")] for c in cells])
            fr = cfg.get("colfrac", {}).get(ncol)
            cw = [width * f for f in fr] if fr else [width / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1 if rows[0][0] == "head" else 0)
            ts = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
                  ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
            if rows[0][0] == "head":
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(cfg.get("thead", "#E6E6E6"))))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 8))
        elif tag == "sig":
            left, _, right = arg.partition("|")
            cell = lambda s: [Paragraph(esc(x), st["cell"]) for x in s.split(" // ")]
            t = Table([[cell(left), cell(right)],
                       [Paragraph("<br/><br/>______________________________", st["cell"]),
                        Paragraph("<br/><br/>______________________________", st["cell"])]],
                      colWidths=[width / 2, width / 2])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(KeepTogether([t, Spacer(1, 10)]))
        else:
            story.append(Paragraph(esc(arg), st.get(tag, base)))

    header = cfg.get("header")
    footer = cfg.get("footer")
    band = cfg.get("band")

    def decorate(canv, page, total):
        canv.saveState()
        w, h = A4
        if band and page == 1:
            canv.setFillColor(colors.HexColor(band[0]))
            canv.rect(0, h - 1.3 * cm, w, 1.3 * cm, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont(bold, 9)
            canv.drawString(cfg.get("lm", 2.4 * cm), h - 0.85 * cm, band[1])
        if header and (page > 1 or not band):
            canv.setFont(font, 7.5)
            canv.setFillColor(colors.HexColor("#555555"))
            canv.drawString(cfg.get("lm", 2.4 * cm), h - 1.2 * cm, header)
            canv.setStrokeColor(colors.HexColor("#999999"))
            canv.line(cfg.get("lm", 2.4 * cm), h - 1.35 * cm, w - cfg.get("rm", 2.4 * cm), h - 1.35 * cm)
        if footer:
            canv.setFont(font, 8)
            canv.setFillColor(colors.HexColor("#333333"))
            canv.drawCentredString(w / 2, 1.2 * cm, footer.format(page=page, total=total))
        if cfg.get("paraaf"):
            canv.setFont(font, 7)
            canv.drawRightString(w - cfg.get("rm", 2.4 * cm), 1.2 * cm, "paraaf: ______  ______")
        canv.restoreState()

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for i, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                decorate(self, i, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=cfg.get("lm", 2.4 * cm),
                            rightMargin=cfg.get("rm", 2.4 * cm), topMargin=cfg.get("tm", 2.2 * cm),
                            bottomMargin=cfg.get("bm", 2.2 * cm), invariant=1,
                            title=cfg.get("title", ""), author=cfg.get("author", ""),
                            subject="", creator=cfg.get("creator", ""))
    doc.build(story, canvasmaker=NumberedCanvas)


# --------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------

def _fixed_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build_docx(path, markup, cfg):
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(cfg.get("margin", 2.3))
    normal = d.styles["Normal"]
    normal.font.name = cfg.get("font", "Calibri")
    normal.font.size = Pt(cfg.get("size", 10.5))
    for sname in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3"):
        s = d.styles[sname]
        s.font.name = cfg.get("hfont", cfg.get("font", "Calibri"))
        if cfg.get("hcolor"):
            s.font.color.rgb = RGBColor.from_string(cfg["hcolor"])

    def add_runs(par, text, size=None):
        parts = re.split(r"(\*\*.+?\*\*)", text)
        for part in parts:
            if not part:
                continue
            if part.startswith("**") and part.endswith("**"):
                r = par.add_run(part[2:-2])
                r.bold = True
            else:
                r = par.add_run(part)
            if size:
                r.font.size = Pt(size)
        return par

    styles = {"title": "Title", "sub": "Subtitle", "h": cfg.get("h_style", "Heading 1"),
              "h2": cfg.get("h2_style", "Heading 2")}
    for tag, arg in parse(markup):
        if tag in styles:
            p = d.add_paragraph(style=styles[tag])
            add_runs(p, arg)
        elif tag == "pb":
            d.add_page_break()
        elif tag == "sp":
            d.add_paragraph()
        elif tag in ("n", "nn"):
            label, _, text = arg.partition("|")
            p = d.add_paragraph()
            ind = 0.8 if tag == "n" else 1.6
            p.paragraph_format.left_indent = Cm(ind)
            p.paragraph_format.first_line_indent = Cm(-0.8)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(ind))
            add_runs(p, label + "\t" + text)
        elif tag == "b":
            p = d.add_paragraph(style="List Bullet")
            add_runs(p, arg)
        elif tag in ("right", "center"):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if tag == "right" else WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, arg)
        elif tag == "small":
            p = d.add_paragraph()
            add_runs(p, arg, size=cfg.get("size", 10.5) - 1.5)
        elif tag == "table":
            rows = arg
            ncol = max(len(c) for _, c in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = d.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = cfg.get("colwidths", {}).get(ncol)
            if widths:
                t.autofit = False
                for ci, w in enumerate(widths):
                    t.columns[ci].width = Cm(w)
            for ri, (kind, cells) in enumerate(rows):
                cells = cells + [""] * (ncol - len(cells))
                for ci, text in enumerate(cells):
                    cell = t.cell(ri, ci)
                    if widths:
                        cell.width = Cm(widths[ci])
                    paras = text.split(" // ")
                    first = cell.paragraphs[0]
                    for pi, ptxt in enumerate(paras):
                        par = first if pi == 0 else cell.add_paragraph()
                        if kind == "head" or ci in cfg.get("bold_cols", ()):
                            add_runs(par, "**" + ptxt + "**" if ptxt else "")
                        else:
                            add_runs(par, ptxt)
            d.add_paragraph()
        elif tag == "sig":
            left, _, right = arg.partition("|")
            t = d.add_table(rows=2, cols=2)
            for ci, txt in enumerate((left, right)):
                c = t.cell(0, ci)
                for pi, ptxt in enumerate(txt.split(" // ")):
                    par = c.paragraphs[0] if pi == 0 else c.add_paragraph()
                    add_runs(par, ptxt)
                t.cell(1, ci).paragraphs[0].add_run("\n\n______________________________")
            d.add_paragraph()
        else:
            p = d.add_paragraph()
            add_runs(p, arg)

    if cfg.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = cfg["header"]
        hp.runs[0].font.size = Pt(8)
    if cfg.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.text = cfg["footer"]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.runs[0].font.size = Pt(8)

    cp = d.core_properties
    cp.author = cfg.get("author", "")
    cp.last_modified_by = cfg.get("author", "")
    cp.title = cfg.get("title", "")
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
    with open(path, "wb") as f:
        f.write(_fixed_zip(buf.getvalue()))


def build_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text.strip("\n") + "\n")


# ============================================================================================
# THE AGREEMENTS
# ============================================================================================

# --------------------------------------------------------------------------------------------
# h17 - notarial style with a long comparitie (Zwolle, Mobiliteit en transport kb -> niveau 3)
# --------------------------------------------------------------------------------------------
H17 = r"""
@title SAMENWERKINGSOVEREENKOMST
@sub doorlopende leerroute vmbo-mbo Mobiliteit en transport – Eerste autotechnicus
@right Kenmerk: JZ/2025/0417

DE ONDERGETEKENDEN:

@n 1.|de stichting **Stichting Christelijk Voortgezet Onderwijs IJsseldelta**, statutair gevestigd
te Zwolle, kantoorhoudende te (8017 JK) Zwolle aan de Assendorperdijk 112, ingeschreven in het
handelsregister van de Kamer van Koophandel onder nummer 41027736, in haar hoedanigheid van bevoegd
gezag van de school voor voorbereidend middelbaar beroepsonderwijs Het Dieze College, vestiging
Holtenbroek, brinnummer 14QW, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van haar
college van bestuur, de heer drs. Hendrik Jan Wessels, geboren te Kampen op vier maart
negentienhonderdachtenzestig, wonende te Hattem, die verklaart bij deze rechtshandeling op te treden
krachtens artikel 9, derde lid, van de statuten van de stichting, zoals deze laatstelijk zijn
gewijzigd bij akte op zeventien december tweeduizend negentien verleden voor mr. A.M. ter Haar,
notaris ter standplaats Zwolle, en ter uitvoering van het besluit van de raad van toezicht van de
stichting van vijfentwintig maart tweeduizend vijfentwintig, waarbij goedkeuring is verleend aan
het aangaan van deze overeenkomst, hierna te noemen: "de School";

@n 2.|de stichting **Stichting Regionaal Opleidingencentrum Vecht en IJssel**, statutair gevestigd te
Zwolle, kantoorhoudende te (8025 BV) Zwolle aan de Ankummer Es 3, ingeschreven in het
handelsregister van de Kamer van Koophandel onder nummer 05073318, in haar hoedanigheid van bevoegd
gezag van de instelling voor beroepsonderwijs ROC Vecht en IJssel, brinnummer 27PX, te dezen
rechtsgeldig vertegenwoordigd door mevrouw mr. Ingrid Marleen Bosschaart, voorzitter van het college
van bestuur, geboren te Deventer op negentien oktober negentienhonderdvierenzeventig, wonende te
Heino, en de heer ir. Gerrit Pieter Holtkamp, lid van het college van bestuur, geboren te
Ommen op twaalf juni negentienhonderdeenenzeventig, wonende te Dalfsen, die verklaren bij deze
rechtshandeling gezamenlijk op te treden krachtens artikel 11, tweede lid, van de statuten van de
stichting en ter uitvoering van het besluit van het college van bestuur van twaalf mei
tweeduizend vijfentwintig, hierna te noemen: "de Instelling";

de School en de Instelling hierna gezamenlijk ook te noemen: "Partijen" en ieder afzonderlijk:
"Partij";

IN AANMERKING NEMENDE DAT:

@n A.|de School in de kaderberoepsgerichte leerweg het beroepsgerichte profiel Mobiliteit en
transport verzorgt en de Instelling, binnen haar College Techniek en Mobiliteit, de beroepsopleiding
Eerste autotechnicus op niveau 3 aanbiedt;
@n B.|Partijen sedert het schooljaar 2018-2019 samenwerken in het kader van het experiment
vakmanschapsroute en zij deze samenwerking met ingang van het schooljaar 2025-2026 wensen voort te
zetten als doorlopende leerroute vmbo-mbo als bedoeld in artikel 2.107a van de Wet voortgezet
onderwijs 2020 (hierna: WVO 2020) en artikel 9.1.2 van de Wet educatie en beroepsonderwijs
(hierna: WEB);
@n C.|een doorlopende leerroute ingevolge artikel 2.107b WVO 2020 en artikel 9.1.3 WEB slechts kan
worden verzorgd op grond van een samenwerkingsovereenkomst waarin in elk geval afspraken zijn
opgenomen over de in het tweede lid van die artikelen genoemde onderwerpen, en Partijen met deze
overeenkomst aan dat vereiste uitvoering geven;
@n D.|de medezeggenschapsraad van de School op drie april tweeduizend vijfentwintig en de
studentenraad van de Instelling op tien april tweeduizend vijfentwintig advies hebben uitgebracht
over het voornemen tot het aangaan van deze overeenkomst, welk advies Partijen hebben overgenomen;
@n E.|Partijen het wenselijk achten hun rechten en verplichtingen jegens elkaar in deze
overeenkomst vast te leggen, waarbij het belang van de leerlingen en studenten voorop staat;

VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:

@h Artikel 1. Begripsbepalingen
In deze overeenkomst en de daarop berustende bepalingen wordt verstaan onder:
@n a.|route: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2;
@n b.|vo-fase: de eerste twee leerjaren van de route, samenvallend met het derde en vierde
leerjaar van de kaderberoepsgerichte leerweg, gedurende welke de deelnemer als leerling bij de
School staat ingeschreven;
@n c.|mbo-fase: het derde en de volgende leerjaren van de route, gedurende welke de deelnemer als
student bij de Instelling staat ingeschreven;
@n d.|deelnemer: de leerling of student die de route volgt;
@n e.|routeleiding: het orgaan, bedoeld in artikel 4;
@n f.|PTA/OER: het programma van toetsing en afsluiting van de School en de onderwijs- en
examenregeling van de Instelling, voor zover deze gezamenlijk voor de route zijn opgesteld;
@n g.|leerbedrijf: een door de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB)
erkend leerbedrijf in de motorvoertuigenbranche.

@h Artikel 2. De leerroute
@n 1.|Partijen verzorgen gezamenlijk één doorlopende leerroute vmbo-mbo, die aanvangt in het derde
leerjaar van de kaderberoepsgerichte leerweg van de School in het profiel Mobiliteit en transport en
die leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het diploma van de beroepsopleiding
Eerste autotechnicus, niveau 3 (vakopleiding), in het opleidingsdomein Mobiliteit en voertuigen, in
de beroepsopleidende leerweg.
@n 2.|De route omvat vier leerjaren. Doordat onderdelen van de beroepsopleiding reeds in de vo-fase
worden verzorgd en afgesloten, bedraagt de mbo-fase twee studiejaren.
@n 3.|Partijen melden de route gezamenlijk aan de minister van Onderwijs, Cultuur en Wetenschap
door registratie in het Register Instellingen en Opleidingen. De School draagt er zorg voor dat de
registratie uiterlijk op één oktober tweeduizend vijfentwintig is voltooid; de Instelling verleent
daaraan haar medewerking.
@n 4.|Het eerste cohort deelnemers onder deze overeenkomst vangt aan op één augustus tweeduizend
vijfentwintig.

@h Artikel 3. Betrokkenheid van leerbedrijven
@n 1.|Partijen betrekken het regionale autobedrijf bij de invulling van de route op de navolgende
wijze:
@nn a.|er is een werkveldcommissie Mobiliteit, bestaande uit ten minste vier vertegenwoordigers
van in de regio Zwolle-Kampen gevestigde leerbedrijven, onder wie in elk geval een vertegenwoordiger
van Autobedrijf Van der Vegt Zwolle B.V. en van Garage Kamphuis en Zonen te Dalfsen, alsmede de
adviseur praktijkleren van SBB; de commissie komt ten minste tweemaal per schooljaar bijeen en
adviseert de routeleiding gevraagd en ongevraagd over de inhoud van het programma, de keuze van de
keuzedelen en de actualiteit van de praktijkopdrachten;
@nn b.|de leerbedrijven stellen voor iedere deelnemer in de mbo-fase een plaats voor de
beroepspraktijkvorming beschikbaar en ontvangen iedere deelnemer in de vo-fase ten minste twee
dagen per leerjaar voor een meeloopstage;
@nn c.|vakmensen uit de leerbedrijven verzorgen per leerjaar ten minste vier gastlessen in de
werkplaats van de School of de Instelling en treden bij de proeve van bekwaamheid op als tweede
beoordelaar.
@n 2.|De Instelling sluit met ieder leerbedrijf de praktijkovereenkomst en draagt zorg voor de
begeleiding van de deelnemer tijdens de beroepspraktijkvorming.

@h Artikel 4. Routeleiding
@n 1.|De leiding over de route berust bij een routeleiding, bestaande uit:
@nn a.|de teamleider techniek van de School;
@nn b.|de opleidingsmanager Mobiliteit van de Instelling;
@nn c.|een routecoördinator, die tevens als secretaris optreedt.
@n 2.|De leden, bedoeld in het eerste lid onder a en b, worden schriftelijk aangewezen door het
college van bestuur van de Partij bij wie zij in dienst zijn. De routecoördinator wordt door de
colleges van bestuur van beide Partijen gezamenlijk benoemd, op voordracht van de leden onder a en b,
voor een termijn van drie schooljaren; herbenoeming is mogelijk. Schorsing en ontslag als
routecoördinator geschieden eveneens door beide colleges gezamenlijk.
@n 3.|De colleges van bestuur dragen aan de routeleiding de volgende taken op:
@nn a.|het opstellen van het gezamenlijke PTA/OER en het jaarlijks uiterlijk op één juni ter
vaststelling voorleggen daarvan aan de colleges van bestuur;
@nn b.|het roosteren van de inzet van de docenten van beide Partijen binnen de daarvoor
beschikbaar gestelde formatie;
@nn c.|het plaatsen van deelnemers bij leerbedrijven en het onderhouden van de contacten met de
werkveldcommissie;
@nn d.|het uitvoeren van de overstapregeling van artikel 7;
@nn e.|de zorg voor de kwaliteit van de route, waaronder de jaarlijkse evaluatie onder deelnemers,
ouders en leerbedrijven.
@n 4.|De routeleiding is bevoegd tot het nemen van alle besluiten die de dagelijkse uitvoering van
de route betreffen, daaronder begrepen het doen van uitgaven binnen het door Partijen jaarlijks
vastgestelde routebudget. Besluiten over de aanstelling en het ontslag van personeel, over een
wijziging van het profiel of de beroepsopleiding en over uitgaven buiten het routebudget blijven
voorbehouden aan de colleges van bestuur.
@n 5.|De routeleiding besluit met eenparigheid van stemmen van de leden onder a en b. Komen zij
niet tot overeenstemming, dan wordt het onderwerp voorgelegd aan het bestuurlijk overleg, bedoeld
in artikel 5, derde lid.

@h Artikel 5. Rapportage aan de colleges van bestuur
@n 1.|De routeleiding brengt jaarlijks vóór één november aan de colleges van bestuur van beide
Partijen een schriftelijk jaarverslag uit over het afgelopen schooljaar. Het jaarverslag bevat ten
minste de in-, door- en uitstroom per cohort, de examenresultaten, het gebruik dat van de
overstapregeling is gemaakt, de besteding van het routebudget en de bevindingen van de
werkveldcommissie.
@n 2.|In de maand februari zendt de routeleiding de colleges van bestuur een beknopte
tussenrapportage over het lopende schooljaar.
@n 3.|Tweemaal per jaar, in maart en in november, vindt een bestuurlijk overleg plaats tussen een
lid van het college van bestuur van iedere Partij en de routeleiding. In dat overleg legt de
routeleiding verantwoording af over het gevoerde beleid en worden het jaarverslag en de
tussenrapportage besproken.
@n 4.|Onverminderd het voorgaande informeert de routeleiding beide colleges van bestuur onverwijld
over ernstige incidenten, over een aangekondigd onderzoek van de inspectie van het onderwijs en over
iedere omstandigheid die de voortzetting van de route in gevaar kan brengen.

@h Artikel 6. Uitvoering van het onderwijs
@n 1.|De vo-fase wordt verzorgd op de vestiging Holtenbroek van de School, met dien verstande dat
de deelnemers in de vo-fase één dag per week les hebben in het Mobiliteitscentrum van de Instelling
aan de Hanzelaan te Zwolle. De mbo-fase wordt verzorgd in het Mobiliteitscentrum en bij de
leerbedrijven.
@n 2.|Partijen beschrijven in het gezamenlijke PTA/OER voor de gehele route het onderwijsprogramma,
de examinering per leerjaar en de beroepspraktijkvorming per leerjaar, onder aanduiding van de
onderdelen die tot het vmbo-programma, tot de beroepsopleiding of tot beide behoren. Het centraal
examen vmbo wordt afgelegd in het tweede leerjaar van de route; examinering van de beroepsopleiding
vindt plaats vanaf het eerste leerjaar van de route.
@n 3.|De School zet voor de vo-fase de docenten algemene vakken, twee docenten Mobiliteit en
transport en een mentor per groep in. De Instelling stelt gedurende de vo-fase twee praktijkdocenten
autotechniek beschikbaar voor in totaal acht lesuren per week, op de vestiging van de School en in
het Mobiliteitscentrum. In de mbo-fase verzorgt de Instelling het onderwijs; de mentor van de
School blijft tot het behalen van het vmbo-diploma aanspreekpunt voor de deelnemer.
@n 4.|Voor de vakoverstijgende praktijkmodules in de vo-fase wordt gebruikgemaakt van een team van
leraren en docenten als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. In het PTA/OER
wordt aangegeven in welke onderdelen het team wordt ingezet; ieder teamlid is verantwoordelijk voor
het deel waarvoor hij bevoegd is. Iedere Partij blijft werkgever van haar eigen personeel.
@n 5.|De Instelling stelt haar werkplaats in het Mobiliteitscentrum met hefbruggen,
diagnoseapparatuur en twee elektrische trainingsvoertuigen op de lesdag van de vo-fase ter
beschikking. De School stelt haar praktijklokaal Mobiliteit en transport en haar theorielokalen ter
beschikking voor de lessen die docenten van de Instelling op de vestiging Holtenbroek verzorgen.
Over en weer krijgen de betrokken docenten toegang tot het leerlingvolgsysteem respectievelijk het
studentvolgsysteem, voor zover dat voor hun taak noodzakelijk is.
@n 6.|De klachtenregeling van iedere Partij is mede van toepassing op gedragingen van bestuur en
personeel van de andere Partij in het kader van de route. Een klacht die bij de School wordt
ingediend en betrekking heeft op een docent van de Instelling, wordt in overleg met de Instelling
behandeld; de Instelling verleent daaraan alle medewerking.

@h Artikel 7. Overstap bij voortijdige beëindiging
@n 1.|Wordt de deelname van een deelnemer aan de route beëindigd voordat hij deze met goed gevolg
heeft afgerond, dan stellen Partijen hem in staat een vmbo-diploma of een diploma van een
beroepsopleiding te behalen dat aansluit bij het door hem bereikte onderwijsniveau en zijn leeftijd.
Welk vervolg passend is, wordt door de School en de Instelling gezamenlijk beslist, nadat de
deelnemer en, indien hij minderjarig is, zijn ouders zijn gehoord. Het besluit wordt vastgelegd in
een overstapplan.
@n 2.|In elk geval staan de navolgende mogelijkheden open:
@nn a.|bij beëindiging in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg van
de School, in hetzelfde of een ander profiel, met behoud van de behaalde resultaten voor zover het
PTA dat toelaat, of, indien het niveau daartoe aanleiding geeft, in de basisberoepsgerichte leerweg;
@nn b.|indien het vmbo-diploma niet uiterlijk aan het einde van het derde leerjaar van de route is
behaald: een extra jaar om het vmbo-diploma te behalen, dan wel instroom zonder vmbo-diploma in de
beroepsopleiding Autotechnicus op niveau 2 of in een andere beroepsopleiding op niveau 2 of 3 van de
Instelling;
@nn c.|bij beëindiging in de mbo-fase: overstap naar een andere beroepsopleiding op niveau 3 van de
Instelling, zoals Eerste bedrijfsautotechnicus of Eerste monteur mobiele werktuigen, of naar een
andere doorlopende leerroute;
@nn d.|bij verhuizing of een voorkeur voor een opleiding elders: overstap naar een andere
instelling, waarbij de Instelling zorg draagt voor een warme overdracht.
@n 3.|Bij een overstap naar een opleiding van de Instelling gelden de vooropleidingseisen niet.
Een andere instelling kan de deelnemer toelaten nadat uit een onderzoek is gebleken dat hij
geschikt is voor de opleiding; Partijen verlenen aan dat onderzoek hun medewerking.
@n 4.|De nadere uitwerking van de overstapregeling wordt opgenomen in de schoolgids van de School en
de studiegids van de Instelling.

@h Artikel 8. Overdracht van middelen
@n 1.|Ter bestrijding van de kosten van de inzet van de praktijkdocenten van de Instelling en van
het gebruik van het Mobiliteitscentrum gedurende de vo-fase draagt de School, met toepassing van
artikel 5.42a WVO 2020, een deel van de door haar ontvangen bekostiging over aan de Instelling.
@n 2.|De over te dragen middelen bedragen € 1.450,- (zegge: veertienhonderdvijftig euro) per
deelnemer per schooljaar in de vo-fase, vast te stellen aan de hand van het aantal deelnemers op
één oktober van het betreffende schooljaar. Het bedrag wordt met ingang van één augustus
tweeduizend zesentwintig jaarlijks geïndexeerd met het percentage waarmee de bekostiging van de
School voor personeel is aangepast.
@n 3.|De Instelling besteedt de ontvangen middelen uitsluitend aan de in het eerste lid genoemde
doelen. De besteding wordt verantwoord in het jaarverslag, bedoeld in artikel 5.
@n 4.|De School voldoet het bedrag in twee gelijke termijnen, vóór één december en vóór één mei.
In de mbo-fase vindt geen overdracht van bekostiging plaats. Overige kosten komen voor rekening van
de Partij die ze maakt.

@h Artikel 9. Medezeggenschap en inspraak
@n 1.|Voor deelnemers in de vo-fase, hun ouders en het personeel van de School geldt de Wet
medezeggenschap op scholen; voor deelnemers in de mbo-fase en hun ouders gelden de bepalingen van
hoofdstuk 8a WEB en voor het personeel van de Instelling de Wet op de ondernemingsraden.
@n 2.|In aanvulling daarop komen Partijen het volgende overeen:
@nn a.|deelnemers in het tweede leerjaar van de route zijn gerechtigd de vergaderingen van de
studentenraad van het College Techniek en Mobiliteit bij te wonen, met spreekrecht;
@nn b.|een voorgenomen besluit tot wijziging van het gezamenlijke PTA/OER wordt zowel aan de
medezeggenschapsraad van de School als aan de studentenraad van de Instelling voor advies
voorgelegd;
@nn c.|de medezeggenschapsraad van de School wijst uit zijn midden een contactpersoon voor de
route aan, die het jaarverslag, bedoeld in artikel 5, ontvangt en eenmaal per jaar het bestuurlijk
overleg, bedoeld in artikel 5, derde lid, als toehoorder bijwoont;
@nn d.|de personeelsgeleding van de medezeggenschapsraad van de School en de ondernemingsraad van de
Instelling ontvangen jaarlijks vóór één juli een overzicht van de inzet van personeel in de route
voor het volgende schooljaar.

@h Artikel 10. Geschillenregeling
@n 1.|Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt in eerste
instantie in de routeleiding besproken.
@n 2.|Leidt dat niet tot een oplossing, dan meldt de meest gerede Partij het geschil schriftelijk
aan de andere Partij, waarna binnen vier weken een overleg plaatsvindt tussen de voorzitters van de
colleges van bestuur.
@n 3.|Is het geschil niet binnen zes weken na de melding opgelost, dan leggen Partijen het voor aan
een door hen gezamenlijk aan te wijzen mediator, ingeschreven in het register van de Mediatorsfederatie
Nederland. De kosten van de mediation worden door Partijen gelijkelijk gedragen.
@n 4.|Leidt de mediation niet binnen drie maanden tot een oplossing, dan is ieder van Partijen
bevoegd het geschil voor te leggen aan de bevoegde rechter van de Rechtbank Overijssel, locatie
Zwolle.
@n 5.|Zolang een geschil aanhangig is, zetten Partijen de uitvoering van de route onverminderd voort,
zodat het onderwijs aan de deelnemers geen onderbreking ondervindt.

@h Artikel 11. Toetreding van andere scholen en instellingen
@n 1.|Een andere school voor voorbereidend middelbaar beroepsonderwijs of een andere instelling voor
beroepsonderwijs kan tot deze overeenkomst toetreden, indien:
@nn a.|zij het profiel Mobiliteit en transport respectievelijk de beroepsopleiding Eerste
autotechnicus aanbiedt;
@nn b.|Partijen daarmee schriftelijk instemmen;
@nn c.|zij een toetredingsverklaring ondertekent waarin zij alle rechten en verplichtingen uit deze
overeenkomst aanvaardt; en
@nn d.|de aanpassingen van de routeleiding en van de financiële bepalingen die de toetreding
meebrengt, in een addendum zijn vastgelegd.
@n 2.|Toetreding geschiedt met ingang van een nieuw schooljaar. De toetredende partij meldt haar
deelname in het Register Instellingen en Opleidingen.
@n 3.|De toetreding leidt voor deelnemers die de route reeds volgen niet tot een wijziging van hun
programma of van de plaats waar zij onderwijs volgen.

@h Artikel 12. Looptijd, wijziging, opzegging en ontbinding
@n 1.|Deze overeenkomst wordt aangegaan voor onbepaalde tijd en treedt in werking op één augustus
tweeduizend vijfentwintig.
@n 2.|Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke, door alle Partijen
ondertekende overeenkomst, nadat de routeleiding is gehoord. Een wijziging die het programma
betreft, treedt niet eerder in werking dan bij het begin van het volgende schooljaar en geldt niet
voor deelnemers die zich in hun examenjaar bevinden, tenzij de wijziging in hun voordeel is.
@n 3.|Iedere Partij kan deze overeenkomst bij aangetekende brief opzeggen tegen één augustus van
enig jaar, met inachtneming van een opzegtermijn van ten minste achttien maanden. Na de opzegging
worden geen nieuwe deelnemers tot de route toegelaten. Deelnemers die vóór de datum waartegen is
opgezegd aan de route zijn begonnen, ronden de route af onder de voorwaarden van deze overeenkomst;
de verplichtingen van Partijen blijven te hunnen aanzien in stand.
@n 4.|Iedere Partij kan deze overeenkomst ontbinden indien de andere Partij, na deugdelijk in
gebreke te zijn gesteld, tekortschiet in de nakoming van haar verplichtingen. In dat geval, alsmede
bij het vervallen van de bekostiging van het profiel of de opleiding, stellen Partijen in gezamenlijk
overleg een afbouwregeling vast, waarbij iedere deelnemer de route kan afronden of met toepassing
van artikel 7 een passend vervolg krijgt.
@n 5.|Partijen evalueren deze overeenkomst eenmaal in de vier jaar, voor het eerst in het
schooljaar 2028-2029.

@h Artikel 13. Slotbepalingen
@n 1.|Op deze overeenkomst is Nederlands recht van toepassing.
@n 2.|Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige bepalingen van
kracht en vervangen Partijen de nietige bepaling door een bepaling die zoveel mogelijk aansluit bij
de strekking van de oorspronkelijke bepaling.

WAARVAN AKTE, in tweevoud opgemaakt en ondertekend te Zwolle op dertig juni tweeduizend
vijfentwintig.

@sig Stichting Christelijk Voortgezet Onderwijs IJsseldelta // drs. H.J. Wessels, voorzitter college van bestuur|Stichting Regionaal Opleidingencentrum Vecht en IJssel // mr. I.M. Bosschaart, voorzitter college van bestuur // ir. G.P. Holtkamp, lid college van bestuur
"""

# --------------------------------------------------------------------------------------------
# h18 - regional convenant, three vmbo schools and two ROC's (Twente, PIE kb -> niveau 3)
# --------------------------------------------------------------------------------------------
H18 = r"""
@title Convenant Techniekroute Twente 2025–2029
@sub Samenwerkingsovereenkomst doorlopende leerroutes vmbo-mbo in het profiel Produceren,
installeren en energie

@h Convenantpartners
@n 1.|**Stichting Voortgezet Onderwijs Oldenzaal en omstreken**, bevoegd gezag van het Esvelde
College, vmbo-locatie Oldenzaal, vertegenwoordigd door de heer M.G.J. Olde Monnikhof, bestuurder;
@n 2.|**Stichting Openbaar Onderwijs Hengelo-Borne**, bevoegd gezag van vmbo De Hasseler Es te
Hengelo, vertegenwoordigd door mevrouw dr. A. Veldhuis-Kroeze, voorzitter college van bestuur;
@n 3.|**Vereniging voor Christelijk Voortgezet Onderwijs Haaksbergen**, bevoegd gezag van het
Buurserzand College te Haaksbergen, vertegenwoordigd door de heer J.W. Tijhuis, directeur-bestuurder;
@n 4.|**Stichting Beroepsonderwijs Kanaalzone**, bevoegd gezag van ROC Kanaalzone te Enschede en
Hengelo, vertegenwoordigd door mevrouw drs. H. Nijenhuis, voorzitter college van bestuur;
@n 5.|**Stichting Regionaal Opleidingencentrum Reggeland**, bevoegd gezag van ROC Reggeland te Almelo,
vertegenwoordigd door de heer ing. R.B. Scholten MBA, lid college van bestuur;

hierna samen de partners; partners 1 tot en met 3 ook de scholen, partners 4 en 5 ook de ROC's.

@h Achtergrond
Twentse technische bedrijven kampen met een structureel tekort aan vakmensen. Tegelijk kiezen
leerlingen in de kaderberoepsgerichte leerweg vaak pas laat, en soms verkeerd, voor een vervolg.
Sinds 2019 werken de scholen en de ROC's in wisselende combinaties samen in techniekroutes. Met dit
convenant brengen de partners die samenwerking onder in één regionale afspraak die voldoet aan
artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en
beroepsonderwijs. De partners spreken het volgende af.

@h Afspraak 1 – Begrippen
In dit convenant betekent: **route**: een doorlopende leerroute vmbo-mbo zoals beschreven in
afspraak 2; **vo-fase**: de eerste twee leerjaren van een route (leerjaar 3 en 4 vmbo);
**mbo-fase**: de leerjaren daarna, waarin de deelnemer als student bij een ROC staat ingeschreven;
**regiegroep**: het orgaan uit afspraak 4; **PTA/OER**: het gezamenlijke programma van toetsing en
afsluiting en de onderwijs- en examenregeling van een route.

@h Afspraak 2 – Welke routes
@n 2.1|De partners bieden de volgende twee doorlopende leerroutes aan. Beide beginnen in leerjaar 3
van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie (PIE), en leiden tot
het vmbo-diploma kaderberoepsgerichte leerweg en een mbo-diploma op niveau 3 (vakopleiding) in het
opleidingsdomein Techniek en procesindustrie.
@head Route|Vmbo|Mbo-opleiding, niveau|ROC|Deelnemende scholen
@row A – Metaal|PIE, kb|Allround verspaner (niveau 3, BOL) of Allround constructiewerker (niveau 3, BOL)|ROC Kanaalzone, Techniekfabriek Hengelo|Esvelde College, De Hasseler Es
@row B – Installatie|PIE, kb|Eerste monteur woning en utiliteit (niveau 3, BOL)|ROC Reggeland, Installatieplein Almelo|De Hasseler Es, Buurserzand College
@n 2.2|Een route duurt vier jaar: twee jaar vo-fase en twee jaar mbo-fase. De keuze tussen de twee
uitstroomopleidingen van route A maakt de leerling uiterlijk aan het einde van het eerste jaar van de
route.
@n 2.3|Elke school meldt iedere route waaraan zij deelneemt, samen met het betrokken ROC, afzonderlijk
aan de minister via registratie in RIO, uiterlijk op 1 oktober van het eerste schooljaar waarin de
school aan die route deelneemt.

@h Afspraak 3 – Bedrijven aan boord
@n 3.1|Het Twentse technische bedrijfsleven is als volgt bij de invulling van de routes betrokken:
@nn a.|Per route is er een werkveldadviesraad met ten minste vijf bedrijven. Voor route A zijn dat
bij de start Metaalwerken Dinkeldal B.V. (Oldenzaal), Verspaningscentrum Hof van Twente B.V. (Goor)
en drie leden van het werkgeversnetwerk TechnoTwente; voor route B Installatiegroep Reggestroom
(Almelo), Nijverdal Klimaattechniek B.V. en drie leden van TechnoTwente. De raad komt twee keer per
schooljaar bijeen en adviseert de regiegroep over de inhoud van het programma, de keuzedelen en
nieuwe technieken.
@nn b.|De bedrijven uit de werkveldadviesraad en andere door SBB erkende leerbedrijven bieden in de
vo-fase per leerling ten minste drie bedrijfsdagen per schooljaar en in de mbo-fase de plaatsen voor
de beroepspraktijkvorming.
@nn c.|Bedrijven leveren elk schooljaar per route ten minste twee praktijkopdrachten uit hun eigen
productie of installatiewerk aan, en vakmensen beoordelen als tweede beoordelaar mee bij de
praktijkexamens in de mbo-fase.
@n 3.2|Het ROC van de route sluit de praktijkovereenkomsten en begeleidt de studenten bij hun
leerbedrijf.

@h Afspraak 4 – Regiegroep en routecoördinatoren
@n 4.1|De leiding over beide routes ligt bij de **regiegroep Techniekroute Twente**. Daarin zitten:
de directeur of locatiedirecteur vmbo van elk van de drie scholen en de collegedirecteur Techniek
van elk van de twee ROC's. De twee routecoördinatoren (afspraak 4.4) wonen de vergaderingen bij als
adviserend lid.
@n 4.2|Iedere partner wijst zijn lid van de regiegroep schriftelijk aan en meldt een wisseling
direct aan de andere partners. De regiegroep kiest uit haar midden voor twee jaar een voorzitter.
@n 4.3|De besturen dragen de regiegroep op: het jaarlijks opstellen van een jaarplan per route; het
opstellen van het PTA/OER per route en het voorleggen daarvan ter vaststelling aan de betrokken
besturen; het verdelen van de inzet van docenten over de locaties; het bewaken van onderwijstijd en
kwaliteit; en het onderhouden van de contacten met de werkveldadviesraden. De regiegroep beslist
zelfstandig over het rooster, de verdeling van de docenteninzet binnen het jaarplan en de
bedrijfsdagen. Beslissingen over personeelsformatie, investeringen en de opzet van een route als
zodanig nemen de besturen zelf, op voorstel van de regiegroep.
@n 4.4|Voor elke route is er een routecoördinator, die de dagelijkse uitvoering regelt. De
routecoördinator wordt benoemd door de besturen van de partners die aan de route deelnemen, op
voordracht van de regiegroep, voor vier jaar. De routecoördinator werkt binnen het jaarplan en legt
verantwoording af aan de regiegroep.

@h Afspraak 5 – Rapportage aan de besturen
@n 5.1|De regiegroep stuurt alle vijf besturen twee keer per jaar, vóór 15 februari en vóór
15 september, een voortgangsnotitie per route met de aantallen deelnemers, de bezetting van
bedrijfsdagen en bpv-plaatsen, het aantal overstappen en eventuele knelpunten.
@n 5.2|Vóór 1 december verschijnt de jaarmonitor Techniekroute Twente over het afgelopen schooljaar,
met de in-, door- en uitstroom per cohort, de examenresultaten vmbo en mbo, de uitkomsten van de
tevredenheidspeiling onder leerlingen en bedrijven en de uitvoering van het jaarplan.
@n 5.3|Eens per jaar, in januari, vindt een bestuurdersoverleg plaats waarin de regiegroep de
jaarmonitor toelicht en verantwoording aflegt over haar beleid. De besturen kunnen de regiegroep
daarbij opdrachten voor het volgende schooljaar meegeven.

@h Afspraak 6 – Onderwijs, personeel en voorzieningen
@n 6.1|In de vo-fase volgen de leerlingen hun onderwijs op de eigen school, met één dag per week op
de locatie van het ROC van hun route (Techniekfabriek Hengelo voor route A, Installatieplein Almelo
voor route B). De mbo-fase vindt plaats op die ROC-locatie en bij het leerbedrijf.
@n 6.2|Het PTA/OER van elke route beschrijft per leerjaar het onderwijsprogramma, de examinering en
de beroepspraktijkvorming, en geeft aan welke onderdelen vmbo, mbo of gecombineerd zijn.
@n 6.3|Het ROC van de route zet op de ROC-dag in de vo-fase eigen praktijkdocenten in en levert
daarnaast per school twee lesuren per week een docent voor de mbo-modules die op de school worden
gegeven. De scholen zetten hun docenten PIE, de avo-docenten en de mentoren in en leveren in het
eerste jaar van de mbo-fase een docent Nederlands en rekenen voor vier uur per week op de
ROC-locatie. Voor de praktijkmodules Verspanen, Plaatbewerken en Installeren werken docenten van
school en ROC als één team met gebruikmaking van de teambevoegdheid (artikel 7.13a WVO 2020, artikel
9.1.12 WEB); het PTA/OER vermeldt in welke onderdelen het team wordt ingezet. Ieder blijft in dienst
van de eigen werkgever.
@n 6.4|De ROC's stellen op de ROC-dag hun werkplaatsen, CNC-machines, lasboxen en
installatieopstellingen beschikbaar. De scholen stellen hun PIE-lokalen en -machines beschikbaar
voor de mbo-modules op school. De scholen regelen en betalen het busvervoer naar de ROC-locatie. De
partners gebruiken voor de routes één gedeelde digitale leeromgeving, die door ROC Kanaalzone wordt
beheerd.
@n 6.5|Voor klachten over gedragingen van personeel van een andere partner is de klachtenregeling
van de eigen school of het eigen ROC van toepassing; de betrokken partner werkt aan de behandeling
mee.

@h Afspraak 7 – Als een leerling wil of moet overstappen
@n 7.1|Een leerling die een route voortijdig verlaat, krijgt altijd een vervolg dat leidt tot een
vmbo-diploma of een mbo-diploma. Uitgangspunt is het onderwijsniveau dat de leerling heeft bereikt en
zijn leeftijd.
@n 7.2|De mogelijkheden zijn in elk geval:
@nn a.|**tijdens de vo-fase**: terug naar het reguliere programma PIE kaderberoepsgericht op de
eigen school, of naar een ander profiel of een andere leerweg op die school, met behoud van de
resultaten die in het PTA meetellen;
@nn b.|**overstap naar de andere route**: een leerling van route A kan naar route B en omgekeerd, ook
als dat een ander ROC betekent; de ROC's nemen elkaars leerlingen op na een kennismakingsgesprek;
@nn c.|**vmbo-diploma niet gehaald in het derde routejaar**: nog een jaar om het vmbo-diploma te
halen, of doorstromen naar een mbo-opleiding op niveau 2 in hetzelfde domein bij het ROC van de
route;
@nn d.|**tijdens de mbo-fase**: een andere opleiding op niveau 3 (of, als het niveau niet past,
niveau 2) bij het ROC van de route; bij dat ROC gelden de vooropleidingseisen niet. Kiest de student
voor een opleiding bij een ander ROC, dan kan dat ROC hem toelaten na een onderzoek naar zijn
geschiktheid.
@n 7.3|Over de overstap wordt gesproken in een overstapgesprek met de leerling, zijn ouders, de
mentor van de school en de loopbaancoach van het ROC. De locatiedirecteur van de school en de
teamleider van het ROC beslissen daarna samen over het vervolg en leggen dat schriftelijk vast.
@n 7.4|De scholen nemen de overstapmogelijkheden op in hun schoolgids.

@h Afspraak 8 – Geld
Tussen de partners wordt geen bekostiging overgedragen, ook niet met toepassing van artikel 5.42a
WVO 2020 of artikel 9.1.15 WEB. Iedere partner draagt zelf de kosten van zijn eigen personeel,
gebouwen en voorzieningen; over en weer wordt voor de inzet uit afspraak 6 niets in rekening
gebracht.

@h Afspraak 9 – Stem van leerlingen, ouders en personeel
@n 9.1|Het convenant en elke wijziging daarvan worden voor advies voorgelegd aan de
medezeggenschapsraden van de scholen en aan de studentenraden van de ROC's.
@n 9.2|Voor elke route wordt een routeraad ingesteld, bestaande uit een leerling uit de vo-fase, een
student uit de mbo-fase, een ouder en twee docenten (één van een school, één van het ROC). De leden
worden aangewezen door de medezeggenschapsraden en de studentenraad van de betrokken partners. De
routeraad vergadert twee keer per jaar met de routecoördinator en heeft adviesrecht over het
jaarplan en over wijzigingen van het PTA/OER van de route.
@n 9.3|Leerlingen in de vo-fase mogen zich verkiesbaar stellen voor de studentenraad van het ROC van
hun route.

@h Afspraak 10 – Verschillen van inzicht
@n 10.1|Een verschil van inzicht tussen partners over de uitvoering van dit convenant wordt eerst in
de regiegroep besproken.
@n 10.2|Komt de regiegroep er niet uit, dan bespreken de bestuurders van de betrokken partners het
geschil binnen dertig dagen in een bestuurdersoverleg.
@n 10.3|Blijft het geschil bestaan, dan wordt het voorgelegd aan een commissie van drie personen
voor bindend advies. Elke kant van het geschil wijst één lid aan; die twee leden wijzen samen een
voorzitter aan die jurist is. De commissie brengt binnen acht weken advies uit; de kosten worden
gelijk verdeeld tussen de partners die bij het geschil betrokken zijn.

@h Afspraak 11 – Nieuwe partners, uittreden en wijzigen
@n 11.1|Een andere school voor vmbo in Twente die het profiel PIE kaderberoepsgericht aanbiedt, of
een andere instelling voor beroepsonderwijs die een passende opleiding op niveau 3 aanbiedt, kan
partner worden. De nieuwe partner dient een schriftelijk verzoek in bij de regiegroep; na advies van
de regiegroep beslissen de besturen van alle partners unaniem. De nieuwe partner ondertekent een
toetredingsverklaring, doet de melding in RIO en neemt vanaf 1 augustus van het volgende schooljaar
deel.
@n 11.2|Een partner kan uittreden door schriftelijke opzegging tegen 1 augustus, met een
opzegtermijn van twaalf maanden. Het convenant blijft tussen de overige partners van kracht.
Leerlingen en studenten van de uittredende partner die al in een route zitten, maken die route af
bij dezelfde school en hetzelfde ROC; de uittredende partner blijft daarvoor zijn verplichtingen
nakomen.
@n 11.3|Wijzigingen van dit convenant worden schriftelijk vastgelegd en door alle partners
ondertekend. Een wijziging die het programma of de locatie van een route raakt, geldt alleen voor
nieuwe cohorten, tenzij de wijziging voor de zittende leerlingen gunstig is.
@n 11.4|Beëindigen alle partners het convenant samen, dan stellen zij een afbouwregeling vast
waarmee iedere deelnemer zijn route kan afmaken.

@h Afspraak 12 – Looptijd
Dit convenant geldt van 1 augustus 2025 tot en met 31 juli 2029 en wordt daarna telkens stilzwijgend
met vier jaar verlengd, tenzij de partners in het bestuurdersoverleg anders besluiten. In het
schooljaar 2027-2028 evalueren de partners het convenant.

@h Ondertekening
Getekend te Hengelo op 30 juni 2025.
@sig Stichting Voortgezet Onderwijs Oldenzaal en omstreken // M.G.J. Olde Monnikhof|Stichting Openbaar Onderwijs Hengelo-Borne // dr. A. Veldhuis-Kroeze
@sig Vereniging voor Christelijk Voortgezet Onderwijs Haaksbergen // J.W. Tijhuis|Stichting Beroepsonderwijs Kanaalzone // drs. H. Nijenhuis
@sig Stichting Regionaal Opleidingencentrum Reggeland // ing. R.B. Scholten MBA|
"""

# --------------------------------------------------------------------------------------------
# h19 - agreement drawn up as one Word table of articles (Zeeuws-Vlaanderen, HBR kb -> kok 3)
# --------------------------------------------------------------------------------------------
H19 = r"""
@title Samenwerkingsovereenkomst doorlopende leerroute Horeca Zeeuws-Vlaanderen
@sub vmbo kader Horeca, bakkerij en recreatie – mbo Zelfstandig werkend kok (niveau 3)

**Partijen**

@n 1.|Stichting Christelijk Voortgezet Onderwijs Zeeuws-Vlaanderen, gevestigd te Terneuzen, bevoegd
gezag van het Scheldemond College, vmbo-locatie Terneuzen, te dezen vertegenwoordigd door mevrouw
E.C. de Kraker-Verstraete, voorzitter van het college van bestuur (hierna: **de school**);
@n 2.|Stichting Regionaal Opleidingencentrum Zeeland-Zuid, gevestigd te Terneuzen, bevoegd gezag van
het Deltapoort College, te dezen vertegenwoordigd door de heer drs. L.F. Dhondt, voorzitter van het
college van bestuur (hierna: **het ROC**);

gezamenlijk: partijen.

Partijen willen jongeren in Zeeuws-Vlaanderen die kiezen voor de horecakeuken een ononderbroken
opleiding bieden van leerjaar 3 vmbo tot en met het diploma kok op niveau 3. Zij leggen hun
afspraken vast in onderstaande artikelen. De tabel is de overeenkomst; de kolom "Onderwerp" geeft
het opschrift van het artikel.

@head Art.|Onderwerp|Afspraak
@row 1|Begrippen|**Route**: de doorlopende leerroute uit artikel 2. **Routejaar 1 en 2**: leerjaar 3 en 4 van het vmbo; de deelnemer is dan leerling van de school. **Routejaar 3 en 4**: de mbo-fase; de deelnemer is dan student van het ROC. **Kernteam**: de leiding uit artikel 4. **Examenplan**: het gezamenlijke PTA/OER van de route.
@row 2|De leerroute|2.1 Partijen verzorgen samen één doorlopende leerroute vmbo-mbo. De route start in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Horeca, bakkerij en recreatie, en leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en het mbo-diploma Zelfstandig werkend kok, niveau 3, opleidingsdomein Horeca en bakkerij, beroepsopleidende leerweg. // 2.2 De route duurt vier jaar. // 2.3 Partijen melden de route samen aan bij DUO via RIO, vóór 1 oktober 2025.
@row 3|Horecabedrijven in de route|3.1 De volgende bedrijven zijn bij de route betrokken: Hotel-restaurant De Westerschelde (Terneuzen), Brasserie Het Veerhuis (Breskens), Strandpaviljoen Noordzeezicht (Cadzand) en de cateringafdeling van Zorgcentrum Ter Schorre (Hulst); nieuwe bedrijven kunnen aansluiten als zij door SBB zijn erkend als leerbedrijf. // 3.2 Zij bieden in routejaar 1 en 2 meewerkdagen (vijf dagen per schooljaar per leerling) en in routejaar 3 en 4 de bpv-plaatsen. // 3.3 Chef-koks van deze bedrijven geven per schooljaar ten minste drie masterclasses in de leskeuken en jureren mee bij de kookproeve aan het eind van routejaar 2 en bij de proeve van bekwaamheid. // 3.4 Twee keer per jaar is er een keukentafeloverleg tussen het kernteam en de bedrijven, waarin de bedrijven adviseren over menu’s, technieken, seizoensproducten en keuzedelen.
@row 4|Routeleiding: het kernteam|4.1 De route wordt geleid door een kernteam van drie personen: de teamleider Horeca van de school, de opleidingsmanager Horeca en Toerisme van het ROC en een routecoördinator uit het docententeam. // 4.2 De teamleider en de opleidingsmanager worden door hun eigen college van bestuur aangewezen. De routecoördinator wordt door de directeur van de school en de collegedirecteur van het ROC samen benoemd, voor twee schooljaren, na een interne sollicitatie. // 4.3 Taken: het opstellen van het examenplan, de jaarplanning en het rooster; het indelen van leerlingen bij bedrijven; het organiseren van het keukentafeloverleg; het uitvoeren van de overstapregeling (artikel 8). // 4.4 Bevoegdheden: het kernteam beslist zelfstandig over rooster, groepsindeling, excursies en de besteding van het materiaalbudget van de route. Het examenplan stelt het kernteam vast na instemming van beide colleges van bestuur. Benoemingen en ontslag van personeel blijven bij de besturen.
@row 5|Informeren en verantwoorden|5.1 Het kernteam stuurt na elk kwartaal een kort voortgangsverslag (maximaal twee pagina’s) aan beide colleges van bestuur, met leerlingaantallen, verzuim, uitval en bijzonderheden. // 5.2 Elk jaar in juni legt het kernteam in een gezamenlijke vergadering met een lid van elk college van bestuur verantwoording af over het afgelopen schooljaar, op basis van een schriftelijke jaarevaluatie met resultaten vmbo- en mbo-examens, tevredenheid van leerlingen en bedrijven en de besteding van de middelen uit artikel 9.
@row 6|Inrichting: onderwijs, docenten en ruimtes|6.1 Routejaar 1 en 2 worden gegeven op de vmbo-locatie Terneuzen; op dinsdag en donderdagmiddag koken de leerlingen in het leerrestaurant Het Leerhuys van het ROC. Routejaar 3 en 4 zijn op het ROC en in het leerbedrijf. // 6.2 Het examenplan beschrijft per leerjaar het onderwijsprogramma, de examinering en de bpv en geeft aan wat vmbo, wat mbo en wat gecombineerd is. De algemene vakken Nederlands en Engels worden afgesloten met het centraal examen in routejaar 2; het mbo-examen keuken start in routejaar 2. // 6.3 Docenten: de school zet haar docenten koken en service, de avo-docenten en de mentoren in. Het ROC levert in routejaar 1 en 2 een praktijkdocent keuken voor zes lesuren per week. In routejaar 3 verzorgen twee docenten van de school op het ROC de lessen Engels en Nederlands voor studenten die hun vmbo-examen nog moeten afronden. Voor de keukenprojecten werkt het team met teambevoegdheid (artikel 7.13a WVO 2020 / 9.1.12 WEB); het examenplan zegt welke projecten dat zijn. // 6.4 Ruimtes en middelen: de school stelt haar leskeuken en restaurantlokaal beschikbaar, het ROC het leerrestaurant Het Leerhuys met de grootkeuken, de bakkerijhoek en de HACCP-koelcellen. Beide partijen geven de betrokken docenten toegang tot hun elektronische leeromgeving.
@row 7|Inschrijving, verzuim, klachten|7.1 In routejaar 1 en 2 staat de deelnemer ingeschreven bij de school, daarna bij het ROC. De school meldt verzuim in routejaar 1 en 2, het ROC daarna. // 7.2 Klachten over een medewerker van de andere partij worden behandeld volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere partij werkt mee en levert zo nodig informatie.
@row 8|Overstappen|8.1 Verlaat een deelnemer de route voordat hij klaar is, dan zorgen partijen samen dat hij toch een vmbo- of mbo-diploma kan halen dat past bij wat hij al heeft bereikt en bij zijn leeftijd. // 8.2 Mogelijkheden: (a) in routejaar 1 of 2: verder in de gewone kaderberoepsgerichte leerweg Horeca, bakkerij en recreatie of een ander profiel op de school; (b) wie na routejaar 2 het vmbo-diploma nog niet heeft: vmbo-examen in routejaar 3 herkansen terwijl hij in het mbo doorgaat, of instromen in Kok (niveau 2) of Medewerker bediening (niveau 2) bij het ROC zonder vmbo-diploma; (c) in routejaar 3 of 4: een andere opleiding op niveau 3 bij het ROC, bijvoorbeeld Gastheer/gastvrouw of Zelfstandig werkend medewerker bakkerij; de vooropleidingseisen gelden dan niet; (d) een opleiding bij een andere instelling, die de deelnemer kan toelaten na een geschiktheidsonderzoek. // 8.3 De mentor en de loopbaanbegeleider bereiden de overstap voor met de deelnemer en zijn ouders. De teamleider van de school en de opleidingsmanager van het ROC beslissen samen en leggen de keuze vast in een overstapformulier.
@row 9|Overdracht van bekostiging|9.1 Het ROC draagt op grond van artikel 9.1.15 WEB een deel van zijn bekostiging over aan de school voor de lessen Nederlands en Engels die docenten van de school in routejaar 3 verzorgen (artikel 6.3). // 9.2 Het bedrag is € 640 per student die op 1 oktober in routejaar 3 staat ingeschreven en het vmbo-examen nog moet afronden. Het ROC betaalt vóór 1 februari. // 9.3 Verder vindt geen overdracht van bekostiging plaats; de inzet van de praktijkdocent van het ROC in routejaar 1 en 2 wordt niet verrekend.
@row 10|Medezeggenschap|10.1 De WMS geldt voor leerlingen in routejaar 1 en 2, hun ouders en het personeel van de school; de WEB en de WOR gelden voor studenten, hun ouders en het personeel van het ROC. // 10.2 Aanvullend spreken partijen af: de leerlingenraad van de school en de studentenraad van het ROC houden één keer per jaar een gezamenlijke vergadering over de route en kunnen daarover gezamenlijk advies uitbrengen aan beide colleges van bestuur, dat schriftelijk wordt beantwoord. Wijzigingen van het examenplan worden aan de medezeggenschapsraad van de school en de studentenraad van het ROC ter advisering voorgelegd.
@row 11|Geschillen|11.1 Bij een geschil over de uitvoering van deze overeenkomst overleggen eerst de teamleider en de opleidingsmanager. Lukt het niet binnen twee weken, dan wordt het geschil schriftelijk voorgelegd aan de beide voorzitters van de colleges van bestuur, die binnen vier weken een besluit nemen. // 11.2 Komen de voorzitters niet tot overeenstemming, dan kan iedere partij het geschil voorleggen aan de bevoegde rechter van de Rechtbank Zeeland-West-Brabant, locatie Middelburg.
@row 12|Toetreding, wijziging en einde|12.1 Een andere school met het profiel Horeca, bakkerij en recreatie of een andere mbo-instelling kan toetreden als beide partijen schriftelijk instemmen en de toetreder deze overeenkomst ondertekent; de toetreding gaat in op 1 augustus en wordt bij DUO gemeld. // 12.2 Wijzigingen gelden alleen als ze schriftelijk zijn vastgelegd en door beide colleges van bestuur zijn getekend; wijzigingen in het programma gelden vanaf het volgende schooljaar. // 12.3 Deze overeenkomst geldt voor onbepaalde tijd. Opzeggen kan schriftelijk tegen 1 augustus, met een opzegtermijn van één jaar. Na opzegging stromen er geen nieuwe leerlingen meer in; deelnemers die al begonnen zijn, maken de route bij partijen af.
@row 13|Slot|Deze overeenkomst treedt in werking op 1 augustus 2025. Nederlands recht is van toepassing.

Aldus overeengekomen en ondertekend te Terneuzen, 30 juni 2025.

@sig Stichting Christelijk Voortgezet Onderwijs Zeeuws-Vlaanderen // E.C. de Kraker-Verstraete, voorzitter college van bestuur|Stichting Regionaal Opleidingencentrum Zeeland-Zuid // drs. L.F. Dhondt, voorzitter college van bestuur
"""

# --------------------------------------------------------------------------------------------
# h20 - very short plain afsprakenkader for one route (Drachten, E&O bb -> Verkoper 2)
# --------------------------------------------------------------------------------------------
H20 = """
AFSPRAKENKADER DOORLOPENDE LEERROUTE VERKOOP
vmbo basis Economie en ondernemen -> mbo Verkoper niveau 2
It Drachtster Hôf en Noordlân College, Drachten - vastgesteld 24 juni 2025

WIE TEKENEN
* Stichting Voortgezet Onderwijs Súdeast-Fryslân, bevoegd gezag van vmbo It Drachtster Hôf te
  Drachten (hierna: de school), vertegenwoordigd door mevrouw T. Hoekstra-de Vries, bestuurder.
* Stichting Fries Beroepsonderwijs, bevoegd gezag van het Noordlân College te Drachten (hierna:
  het ROC), vertegenwoordigd door de heer P.J. Nauta, voorzitter college van bestuur.

AANLEIDING
Winkels en supermarkten in Drachten en omgeving zoeken verkopers, en winkeliers hebben laten weten
de route te steunen. Veel leerlingen in de basisberoepsgerichte leerweg willen zo snel mogelijk aan
het werk. Daarom starten we deze route. Dit kader is onze samenwerkingsovereenkomst in de zin van
artikel 2.107b WVO 2020 en artikel 9.1.3 WEB.

1. DE ROUTE
Profiel Economie en ondernemen, basisberoepsgerichte leerweg (school) -> mbo-opleiding Verkoper,
niveau 2, kwalificatiedossier Retail, opleidingsdomein Handel en ondernemerschap, BOL (ROC). De
route begint in leerjaar 3, duurt drie jaar en eindigt met het vmbo-diploma (uiterlijk eind
leerjaar 4) en het mbo-diploma Verkoper. School en ROC melden de route samen in RIO.

2. ROUTETEAM
De route wordt aangestuurd door een routeteam van twee personen: een van de school en een van het
ROC. Het routeteam maakt het jaarrooster, stelt het gezamenlijke PTA/OER op, deelt leerlingen in
groepen in en is het eerste aanspreekpunt voor ouders. Het beslist zelf over rooster en
groepsindeling. Wat daarbuiten valt, legt het routeteam voor aan de directeur van de school en de
teamleider Retail van het ROC.

3. VERSLAG AAN DE BESTUREN
Het routeteam stuurt elk jaar vóór 1 juli een schriftelijk verslag aan beide besturen: aantal
leerlingen, overstappen, examenresultaten en knelpunten. In januari volgt een korte tussenstand per
e-mail aan beide besturen.

4. ONDERWIJS, MENSEN EN RUIMTES
- Leerjaar 3 en 4 op de vmbo-locatie aan de Splitting; elke woensdag les in de oefenwinkel van het
  ROC. Leerjaar 5 helemaal op het ROC.
- Twee docenten retail van het ROC geven in leerjaar 3 en 4 vier uur per week verkoop op de
  vmbo-locatie. De mentor en de avo-docenten van de school blijven de leerlingen begeleiden tot het
  vmbo-diploma binnen is.
- Voor het praktijkdeel werken de docenten van school en ROC als één team (teambevoegdheid); in het
  PTA/OER staat per leerjaar welk deel door wie wordt gegeven en hoe het wordt geëxamineerd.
- Het ROC stelt zijn oefenwinkel, kassasystemen en etaleerruimte open voor de route. De school stelt
  haar praktijklokaal E&O en een laptopkar beschikbaar voor de ROC-docenten.

5. ALS HET NIET LUKT
Een leerling die stopt met de route, krijgt altijd een vervolg dat naar een diploma leidt:
- in leerjaar 3 of 4: terug naar het gewone programma E&O basis of een ander profiel op de school;
  behaalde cijfers blijven staan;
- geen vmbo-diploma aan het eind van leerjaar 4: een extra jaar voor het vmbo-diploma, of toch door
  naar Verkoper niveau 2 of een andere opleiding op niveau 2 van het ROC, zonder vooropleidingseisen;
- in leerjaar 5: een andere opleiding op niveau 2 bij het ROC, of elders na een
  geschiktheidsonderzoek door die instelling.
De mentor en de loopbaancoach van het ROC bespreken het met de leerling en de ouders. De school en
het ROC beslissen samen, op basis van wat de leerling al heeft gehaald en zijn leeftijd.

6. ONENIGHEID
Komen school en ROC er samen niet uit, dan gaan de directeur van de school en de teamleider van het
ROC met elkaar om tafel en zoeken zij in goed overleg naar een oplossing.

7. MEEDOEN, WIJZIGEN, STOPPEN
- Een andere vmbo-school of mbo-instelling kan meedoen als beide besturen daar schriftelijk mee
  instemmen en de nieuwe partij dit kader ondertekent.
- Wijzigen kan alleen schriftelijk, met handtekening van beide besturen. Wijzigingen gelden vanaf
  het volgende schooljaar.
- Opzeggen kan alleen per 1 augustus, met een opzegtermijn van een jaar. Leerlingen die al in de
  route zitten, maken de route af.
- Dit kader geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

Drachten, 24 juni 2025

T. Hoekstra-de Vries                      P.J. Nauta
Stichting Voortgezet Onderwijs            Stichting Fries Beroepsonderwijs
Súdeast-Fryslân
"""

# --------------------------------------------------------------------------------------------
# h21 - long agreement with annexes carrying part of the arrangements
#       (Eindhoven, MVI gl -> Software developer 4)
# --------------------------------------------------------------------------------------------
H21 = r"""
@title Samenwerkingsovereenkomst
@sub Doorlopende leerroute vmbo-mbo ICT: van gemengde leerweg Media, vormgeving en ICT naar
Software developer (niveau 4)
@center versie 1.0 – 30 juni 2025

@h Partijen
@n 1.|**Stichting Openbaar Voortgezet Onderwijs Eindhoven-Zuid**, statutair gevestigd te Eindhoven,
ingeschreven in het handelsregister onder nummer 17254409, bevoegd gezag van het Genneper College,
vmbo-afdeling gemengde leerweg, Eindhoven, rechtsgeldig vertegenwoordigd door de heer drs. B.A.M.
van Kollenburg, voorzitter van het college van bestuur, hierna: "de School";
@n 2.|**Stichting Regionaal Opleidingencentrum Eindhoven-Helmond Zuidoost**, statutair gevestigd te
Eindhoven, ingeschreven in het handelsregister onder nummer 17098823, bevoegd gezag van ROC
Eindhoven-Helmond Zuidoost, rechtsgeldig vertegenwoordigd door mevrouw ir. S.J.M. Verhoeven,
voorzitter van het college van bestuur, en mevrouw drs. N. El Khattabi, lid van het college van
bestuur, hierna: "de Instelling";

hierna gezamenlijk "Partijen".

@h Overwegingen
@n a.|De School verzorgt de gemengde leerweg met het beroepsgerichte profiel Media, vormgeving en
ICT; de Instelling verzorgt binnen haar ICT College de opleiding Software developer op niveau 4.
@n b.|Partijen hebben in de jaren 2021–2024 een pilot "ICT-pad" uitgevoerd met drie cohorten. De
evaluatie daarvan (februari 2025) is positief en beveelt aan de pilot om te zetten in een
doorlopende leerroute als bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB.
@n c.|Partijen wensen hun samenwerking vast te leggen in een samenwerkingsovereenkomst die voldoet
aan artikel 2.107b WVO 2020 en artikel 9.1.3 WEB. De meer uitvoerende onderdelen worden in bijlagen
uitgewerkt, die deel uitmaken van deze overeenkomst.
@n d.|De medezeggenschapsraad van de School en de studentenraad en ondernemingsraad van de
Instelling hebben over het voornemen tot deze samenwerking geadviseerd.

Partijen komen het volgende overeen.

@h HOOFDSTUK 1 – ALGEMENE BEPALINGEN

@h2 Artikel 1 Begrippen
In deze overeenkomst en de bijlagen wordt verstaan onder:
@n 1.1|**Route**: de doorlopende leerroute vmbo-mbo ICT, beschreven in artikel 4 en Bijlage 1.
@n 1.2|**Deelnemer**: een leerling van de School of een student van de Instelling die de route volgt.
@n 1.3|**Vo-fase**: routejaar 1 en 2, samenvallend met leerjaar 3 en 4 van de gemengde leerweg; de
deelnemer is dan ingeschreven als leerling van de School.
@n 1.4|**Mbo-fase**: routejaar 3 en verder; de deelnemer is dan ingeschreven als student van de
Instelling.
@n 1.5|**Routeberaad**: de leiding over de route als bedoeld in artikel 8.
@n 1.6|**Routemanager**: de dagelijks leidinggevende van de route als bedoeld in artikel 8.
@n 1.7|**Werkveldcommissie**: de commissie als bedoeld in artikel 7.
@n 1.8|**Routeplan**: het gezamenlijke document waarin het PTA van de School en de OER van de
Instelling voor de route zijn samengebracht, met het programma, de examinering en de
beroepspraktijkvorming per leerjaar.
@n 1.9|**Overstapprotocol**: de uitwerking van de overstapoptie in Bijlage 3.

@h2 Artikel 2 Doel en reikwijdte
@n 2.1|Partijen verzorgen op grond van deze overeenkomst gezamenlijk de route en voeren daartoe de
afspraken in deze overeenkomst en de bijlagen uit.
@n 2.2|Doel van de route is dat deelnemers zonder onderbreking, zonder dubbeling van lesstof en met
een vroege kennismaking met het beroep het vmbo-diploma en het mbo-diploma Software developer
behalen.
@n 2.3|Deze overeenkomst regelt uitsluitend de route. Andere vormen van samenwerking tussen Partijen,
zoals het keuzedeel Programmeren voor vmbo-leerlingen buiten de route, vallen erbuiten.

@h2 Artikel 3 Bijlagen en rangorde
@n 3.1|De volgende bijlagen maken deel uit van deze overeenkomst: Bijlage 1 Routebeschrijving en
programma per leerjaar; Bijlage 2 Financiële uitwerking; Bijlage 3 Overstapprotocol; Bijlage 4
Samenstelling routeberaad en werkveldcommissie per 1 augustus 2025.
@n 3.2|Bij strijdigheid tussen de tekst van de overeenkomst en een bijlage gaat de overeenkomst voor.
@n 3.3|Het routeberaad kan Bijlage 1 en Bijlage 4 jaarlijks actualiseren binnen de kaders van deze
overeenkomst. Wijziging van Bijlage 2 en Bijlage 3 geschiedt volgens artikel 18.

@h HOOFDSTUK 2 – DE ROUTE

@h2 Artikel 4 Profiel, leerweg en kwalificatie
@n 4.1|De route begint in leerjaar 3 van de gemengde leerweg van de School, beroepsgericht profiel
Media, vormgeving en ICT, en leidt tot:
@nn a.|het diploma vmbo gemengde leerweg; en
@nn b.|het diploma van de middenkaderopleiding Software developer, niveau 4, opleidingsdomein ICT en
creatieve industrie, beroepsopleidende leerweg, van de Instelling.
@n 4.2|In de vo-fase volgen deelnemers de keuzevakken Programmeren, Applicatieontwikkeling en
Netwerkbeheer, die zijn afgestemd op de kerntaken van de mbo-opleiding. De afstemming is uitgewerkt
in Bijlage 1.
@n 4.3|De route heeft een cursusduur van vijf jaar: twee jaar vo-fase en drie jaar mbo-fase.

@h2 Artikel 5 Fasering, inschrijving en toelating
@n 5.1|Leerlingen kiezen in het voorjaar van leerjaar 2 voor de route. Toelating tot de route
geschiedt door de School na een oriëntatiegesprek met leerling en ouders, waarbij een medewerker
van de Instelling aanwezig is.
@n 5.2|De deelnemer staat in de vo-fase ingeschreven bij de School en wordt met ingang van routejaar
3 ingeschreven bij de Instelling. Heeft hij op dat moment het vmbo-diploma nog niet behaald, dan
blijft hij voor de vo-activiteiten tevens bij de School bekend totdat het vmbo-examen is afgerond.
@n 5.3|De School is verantwoordelijk voor het vmbo-deel en voor de examinering en diplomering vmbo,
ook wanneer de deelnemer inmiddels bij de Instelling staat ingeschreven. De Instelling is
verantwoordelijk voor het mbo-deel, waaronder de beroepspraktijkvorming, en voor de examinering en
diplomering mbo.

@h2 Artikel 6 Melding en registratie
@n 6.1|Partijen melden de route gezamenlijk aan de minister door registratie in RIO. De School
verricht de registratie vóór 1 oktober 2025; de Instelling controleert de gegevens.
@n 6.2|De School registreert deelname aan de route in haar leerlingenadministratie ten behoeve van
de uitwisseling met DUO.

@h HOOFDSTUK 3 – WERKVELD

@h2 Artikel 7 Betrokkenheid van het ICT-werkveld
@n 7.1|Partijen stellen een werkveldcommissie ICT in van vijf tot zeven leden uit het regionale
bedrijfsleven. Bij de start bestaat zij uit vertegenwoordigers van Kempenaar Software B.V.
(Veldhoven), Sensorix Eindhoven B.V., Datawerf Helmond B.V., de gemeentelijke ICT-dienst van een
Zuidoost-Brabantse gemeente als grote werkgever, en het werkgeversnetwerk ICT Zuidoost-Brabant. De
samenstelling per 1 augustus 2025 staat in Bijlage 4.
@n 7.2|De werkveldcommissie:
@nn a.|adviseert het routeberaad jaarlijks vóór 1 april over het routeplan, de keuzedelen en de
programmeertalen en -omgevingen die worden onderwezen;
@nn b.|levert per schooljaar ten minste twee levensechte projectopdrachten voor de vo-fase en drie
voor de mbo-fase;
@nn c.|organiseert jaarlijks een hackathon voor alle deelnemers van routejaar 2 en 3, waarbij
ontwikkelaars van de bedrijven als coach en jurylid optreden.
@n 7.3|De bedrijven uit de werkveldcommissie en andere door SBB erkende leerbedrijven bieden
deelnemers in routejaar 2 een oriëntatiestage van twee weken en in de mbo-fase de plaatsen voor de
beroepspraktijkvorming. Praktijkopleiders van de leerbedrijven beoordelen mee bij de examens in de
beroepspraktijk.

@h HOOFDSTUK 4 – LEIDING EN VERANTWOORDING

@h2 Artikel 8 Routeberaad en routemanager
@n 8.1|De leiding over de route berust bij het routeberaad. Het routeberaad bestaat uit:
@nn a.|de afdelingsdirecteur vmbo van de School;
@nn b.|de directeur ICT College van de Instelling;
@nn c.|de routemanager, als lid zonder stemrecht en secretaris.
@n 8.2|De leden onder a en b zijn lid uit hoofde van hun functie; hun college van bestuur wijst bij
afwezigheid een plaatsvervanger aan. De routemanager wordt benoemd, geschorst en ontslagen door de
colleges van bestuur van beide Partijen gezamenlijk, op voordracht van het routeberaad, en is in
dienst van de Instelling. De Instelling detacheert de routemanager voor 0,2 fte bij de School.
@n 8.3|De colleges van bestuur dragen aan het routeberaad op:
@nn a.|het vaststellen van het jaarplan van de route en het routebudget, binnen het in Bijlage 2
opgenomen financiële kader;
@nn b.|het opstellen van het routeplan en het jaarlijks vóór 1 juni voorleggen ervan aan beide
colleges van bestuur ter vaststelling van het PTA en de OER;
@nn c.|het besluiten over de inzet van personeel van beide Partijen in de route, binnen de door de
colleges vastgestelde formatie;
@nn d.|het toezien op de uitvoering van het overstapprotocol;
@nn e.|het onderhouden van de relatie met de werkveldcommissie.
@n 8.4|Het routeberaad neemt besluiten bij consensus van de leden onder a en b. Het routeberaad is
niet bevoegd tot het aangaan van verplichtingen boven € 25.000 per geval, tot het wijzigen van
de route zelf of tot het aangaan van arbeidsovereenkomsten; die bevoegdheden blijven bij de colleges
van bestuur.
@n 8.5|De routemanager is belast met de dagelijkse leiding, waaronder rooster, planning,
contacten met ouders en leerbedrijven en de voorbereiding van de vergaderingen van het routeberaad.
De routemanager kan binnen het jaarplan zelfstandig beslissen over roosterzaken, groepsindelingen en
uitgaven tot € 2.500.
@n 8.6|Het routeberaad vergadert ten minste zesmaal per schooljaar. Het reglement van orde is
opgenomen in Bijlage 4.

@h2 Artikel 9 Informatie en verantwoording
@n 9.1|Het routeberaad verstrekt de colleges van bestuur van beide Partijen de volgende informatie:
@nn a.|per trimester een managementrapportage met de kengetallen uit Bijlage 1, paragraaf 4 (instroom,
verzuim, voortijdige uitstroom, voortgang examinering);
@nn b.|jaarlijks vóór 15 oktober een jaarverslag over het afgelopen schooljaar, met de
examenresultaten vmbo en mbo, het aantal en de aard van de overstappen, de besteding van de
overgedragen middelen en het advies van de werkveldcommissie.
@n 9.2|Het routeberaad legt verantwoording af in het bestuurlijk overleg dat tweemaal per jaar
(november en mei) plaatsvindt tussen de voorzitters van beide colleges van bestuur en het
routeberaad. Van het overleg wordt een besluitenlijst gemaakt.
@n 9.3|Het routeberaad informeert beide colleges van bestuur binnen vijf werkdagen over
calamiteiten, klachten met een bestuurlijke dimensie en aankondigingen van onderzoek door de
inspectie van het onderwijs.

@h HOOFDSTUK 5 – ONDERWIJS EN UITVOERING

@h2 Artikel 10 Inrichting van de route
@n 10.1|**Locaties.** De vo-fase wordt verzorgd op de locatie van de School aan de Gennepweg te
Eindhoven; deelnemers volgen vanaf routejaar 1 elke vrijdag onderwijs op de campus Strijp van de
Instelling. De mbo-fase wordt verzorgd op de campus Strijp en bij de leerbedrijven.
@n 10.2|**Programma en examinering.** Het routeplan beschrijft voor de gehele route per leerjaar het
onderwijsprogramma, de examinering en de beroepspraktijkvorming, en geeft aan welke onderdelen tot
het vmbo-programma, tot de mbo-opleiding of tot beide behoren. Het centraal examen vmbo wordt
afgenomen in routejaar 2; mbo-examens worden afgenomen vanaf routejaar 1. De examencommissies van
beide Partijen stemmen de examinering van gecombineerde onderdelen met elkaar af.
@n 10.3|**Onderwijstijd.** Partijen zorgen dat de onderwijstijd voldoet aan de normen van de WVO 2020
en de WEB. De verdeling per leerjaar staat in Bijlage 1.
@n 10.4|**Inzet van personeel.** Het onderwijs wordt verzorgd door één routeteam van docenten van
beide Partijen. De School zet in de vo-fase de docenten algemene vakken, twee docenten Media,
vormgeving en ICT en de mentoren in. De Instelling zet in de vo-fase op de vrijdag twee docenten
software development in en verzorgt daarnaast op de School vier lesuren per week Programmeren. In
routejaar 3 verzorgt een docent van de School op de campus Strijp het onderdeel Nederlands voor
deelnemers die hun vmbo-examen nog moeten afronden. De verdeling van de uren per leerjaar staat in
Bijlage 1.
@n 10.5|**Teambevoegdheid.** Voor de vakoverstijgende projecten in routejaar 1 en 2 wordt gebruik
gemaakt van een team van leraren en docenten als bedoeld in artikel 7.13a WVO 2020 en artikel
9.1.12 WEB. Het routeplan geeft aan in welke onderdelen het team wordt ingezet. Ieder teamlid is
verantwoordelijk voor het deel waarvoor hij bevoegd is, en het team als geheel dekt alle vakken en
programmaonderdelen.
@n 10.6|**Werkgeverschap en professionalisering.** Iedere Partij blijft werkgever van het eigen
personeel en draagt de verantwoordelijkheid voor diens functioneren. Het routeteam heeft jaarlijks
twee gezamenlijke studiedagen, waarvan de kosten uit het routebudget worden betaald.
@n 10.7|**Faciliteiten.** De Instelling stelt het softwarelab en het serverlab op de campus Strijp,
inclusief licenties voor ontwikkelomgevingen en cloudaccounts, ter beschikking aan deelnemers in
beide fasen. De School stelt haar ICT-praktijklokaal en haar mediastudio ter beschikking voor de
lessen van docenten van de Instelling op de School. Deelnemers in de vo-fase krijgen een account in
de elektronische leeromgeving van de Instelling. Gebruik van de faciliteiten van de andere Partij
wordt niet afzonderlijk in rekening gebracht, behoudens de vergoeding in artikel 14.

@h2 Artikel 11 Begeleiding, verzuim en klachten
@n 11.1|Iedere deelnemer heeft in de vo-fase een mentor van de School en vanaf routejaar 2 daarnaast
een studieloopbaanbegeleider van de Instelling.
@n 11.2|In de vo-fase is de School verantwoordelijk voor de verzuimregistratie en melding aan de
leerplichtambtenaar, in de mbo-fase de Instelling. Verzuim op de campus wordt dagelijks aan de School
doorgegeven.
@n 11.3|De klachtenregeling van de School is mede van toepassing op gedragingen van personeel van de
Instelling in de route, en omgekeerd. De voorzitter van de klachtencommissie mag niet werkzaam zijn
bij de andere Partij. Partijen verlenen elkaar medewerking bij de behandeling van klachten.
@n 11.4|Ondersteuning in het kader van passend onderwijs wordt geboden door de Partij bij wie de
deelnemer is ingeschreven; bij de overgang naar de mbo-fase vindt een warme overdracht plaats.

@h2 Artikel 12 Gegevensuitwisseling
@n 12.1|Partijen wisselen persoonsgegevens van deelnemers uit voor zover dat noodzakelijk is voor de
uitvoering van de route. Zij sluiten daartoe een gegevensuitwisselingsovereenkomst conform de AVG.
@n 12.2|Ouders en deelnemers worden in de schoolgids en de studiegids geïnformeerd over de
gegevensuitwisseling.

@h HOOFDSTUK 6 – OVERSTAPOPTIE

@h2 Artikel 13 Overstapoptie
@n 13.1|Wordt de deelname aan de route beëindigd voordat de deelnemer deze met succes heeft
afgerond, dan stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te behalen dat past
bij het bereikte onderwijsniveau en zijn leeftijd.
@n 13.2|Partijen bieden daartoe ten minste de volgende alternatieven:
@nn a.|**in de vo-fase**: voortzetting in de reguliere gemengde leerweg of de kaderberoepsgerichte
leerweg van de School, in het profiel Media, vormgeving en ICT of een ander profiel, met behoud van
behaalde resultaten voor zover het PTA dat toelaat;
@nn b.|**vmbo-diploma niet behaald uiterlijk in routejaar 3**: herkansing van het vmbo-examen in
routejaar 3 met voortzetting van het mbo-programma, of instroom zonder vmbo-diploma in een
mbo-opleiding op niveau 3 van de Instelling, zoals Allround medewerker IT systems and devices;
@nn c.|**in de mbo-fase**: overstap naar een andere opleiding op niveau 4 of, als het niveau niet
past, op niveau 3 van de Instelling; ook een andere richting, zoals Mediavormgever of Expert IT
systems and devices, is mogelijk;
@nn d.|**opleiding elders**: bij verhuizing of een voorkeur voor een opleiding die de Instelling niet
aanbiedt, begeleiden Partijen de deelnemer naar een andere instelling, die hem kan toelaten na een
onderzoek naar zijn geschiktheid.
@n 13.3|Bij overstap naar een opleiding van de Instelling zijn de vooropleidingseisen niet van
toepassing.
@n 13.4|Het besluit over het passende alternatief wordt gezamenlijk genomen door de afdelingsdirecteur
vmbo van de School en de directeur ICT College van de Instelling, op advies van de routemanager en
na een gesprek met de deelnemer en, als hij minderjarig is, zijn ouders. De stappen, termijnen en
formulieren staan in het overstapprotocol (Bijlage 3).

@h HOOFDSTUK 7 – FINANCIËN

@h2 Artikel 14 Overdracht van bekostiging
@n 14.1|De School draagt met toepassing van artikel 5.42a WVO 2020 een deel van haar bekostiging over
aan de Instelling. De overdracht bedraagt een vast bedrag per deelnemer in de vo-fase per schooljaar,
gebaseerd op het aantal deelnemers op 1 oktober; voor het schooljaar 2025-2026 is dat € 1.275. De
opbouw van het bedrag en de indexering staan in Bijlage 2.
@n 14.2|De overgedragen middelen zijn bestemd voor de inzet van docenten van de Instelling in de
vo-fase, het gebruik van het softwarelab en het serverlab met de bijbehorende licenties, en de
coördinatie van de route. De Instelling verantwoordt de besteding in het jaarverslag (artikel 9).
@n 14.3|In de mbo-fase vindt geen overdracht van bekostiging plaats, behoudens de vergoeding voor
de inzet van de docent Nederlands van de School in routejaar 3, die in Bijlage 2 is opgenomen.
@n 14.4|Overige kosten komen voor rekening van de Partij die ze maakt, tenzij het routeberaad binnen
het routebudget anders besluit.

@h HOOFDSTUK 8 – MEDEZEGGENSCHAP

@h2 Artikel 15 Medezeggenschap
@n 15.1|Partijen stellen vast dat voor deelnemers in de vo-fase, hun ouders en het personeel van de
School de Wet medezeggenschap op scholen geldt, en voor deelnemers in de mbo-fase, hun ouders en het
personeel van de Instelling hoofdstuk 8a WEB respectievelijk de Wet op de ondernemingsraden.
@n 15.2|In aanvulling daarop spreken Partijen af:
@nn a.|deelnemers in routejaar 2 zijn kiesgerechtigd en verkiesbaar voor de studentenraad van het ICT
College van de Instelling;
@nn b.|er is een klankbordgroep route, bestaande uit twee deelnemers uit de vo-fase, twee uit de
mbo-fase, twee ouders en twee docenten; de leden worden door de medezeggenschapsraad van de School en
de studentenraad van de Instelling aangewezen; de klankbordgroep overlegt driemaal per jaar met het
routeberaad;
@nn c.|voorstellen tot wijziging van het routeplan worden voor advies voorgelegd aan de
medezeggenschapsraad van de School en de studentenraad van de Instelling.

@h HOOFDSTUK 9 – SLOTBEPALINGEN

@h2 Artikel 16 Aansprakelijkheid en verzekering
@n 16.1|Iedere Partij is aansprakelijk voor schade die voortvloeit uit haar eigen handelen of
nalaten en dat van haar personeel.
@n 16.2|Iedere Partij zorgt voor een adequate aansprakelijkheids- en ongevallenverzekering die ook de
deelnemers dekt wanneer zij onderwijs volgen op de locatie van de andere Partij.

@h2 Artikel 17 Geschillen
@n 17.1|Geschillen tussen Partijen over de uitvoering van deze overeenkomst worden eerst besproken in
het routeberaad en, als dat niet tot overeenstemming leidt, binnen vier weken in het bestuurlijk
overleg.
@n 17.2|Lukt het niet om het geschil binnen acht weken na het eerste overleg in het routeberaad op te
lossen, dan wordt het beslecht door arbitrage volgens het Arbitragereglement van het Nederlands
Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter, zetelt te Eindhoven en beslist naar
de regelen des rechts.
@n 17.3|Tijdens een geschil zetten Partijen de uitvoering van de route voort.

@h2 Artikel 18 Toetreding, wijziging en beëindiging
@n 18.1|**Toetreding.** Een andere school met de gemengde of kaderberoepsgerichte leerweg in het
profiel Media, vormgeving en ICT, of een andere instelling voor beroepsonderwijs, kan tot deze
overeenkomst toetreden als (a) Partijen daarmee schriftelijk instemmen, (b) de toetreder alle
verplichtingen uit deze overeenkomst aanvaardt door ondertekening van een toetredingsverklaring, en
(c) de gevolgen voor de leiding en de financiële uitwerking in een addendum zijn geregeld.
Toetreding gaat in op 1 augustus; de toetreder meldt de route in RIO.
@n 18.2|**Wijziging.** Deze overeenkomst en de Bijlagen 2 en 3 kunnen alleen worden gewijzigd bij
schriftelijke overeenkomst tussen Partijen, na advies van het routeberaad. Wijzigingen die gevolgen
hebben voor het programma van deelnemers gaan in bij het begin van een schooljaar en gelden niet
voor deelnemers in hun examenjaar, tenzij de wijziging in hun voordeel is.
@n 18.3|**Looptijd en opzegging.** Deze overeenkomst geldt van 1 augustus 2025 voor onbepaalde tijd.
Iedere Partij kan haar schriftelijk opzeggen tegen 1 augustus van enig jaar met een opzegtermijn van
twaalf maanden. Vanaf de opzegging worden geen nieuwe deelnemers toegelaten.
@n 18.4|**Ontbinding.** Iedere Partij kan de overeenkomst ontbinden als de andere Partij
toerekenbaar tekortschiet en die tekortkoming niet binnen zestig dagen na een schriftelijke
ingebrekestelling herstelt.
@n 18.5|**Bescherming van deelnemers.** Bij opzegging of ontbinding ronden deelnemers die al aan de
route zijn begonnen deze af onder de voorwaarden van deze overeenkomst; Partijen blijven te hunnen
aanzien gebonden. Is afronding niet mogelijk, dan passen Partijen het overstapprotocol toe.

@h2 Artikel 19 Slot
@n 19.1|Op deze overeenkomst is Nederlands recht van toepassing.
@n 19.2|Deze overeenkomst wordt aangehaald als "SOK DLR ICT Genneper-ROC EHZ 2025".

Aldus in tweevoud opgemaakt en ondertekend te Eindhoven op 30 juni 2025.

@sig Stichting Openbaar Voortgezet Onderwijs Eindhoven-Zuid // drs. B.A.M. van Kollenburg, voorzitter college van bestuur|Stichting Regionaal Opleidingencentrum Eindhoven-Helmond Zuidoost // ir. S.J.M. Verhoeven, voorzitter college van bestuur // drs. N. El Khattabi, lid college van bestuur

@pb
@h Bijlage 1 – Routebeschrijving en programma per leerjaar

@h2 1. Opbouw
De route bestaat uit vijf routejaren. Onderstaande tabel geeft per routejaar de hoofdlijn van het
programma, de locatie en het aandeel vmbo/mbo. De volledige uitwerking staat in het routeplan.

@head Jaar|Leerjaar|Programma (hoofdlijn)|Locatie|Examinering
@row 1|Leerjaar 3 gl|Avo-vakken; profielvak MVI; keuzevakken Programmeren en Applicatieontwikkeling; projecten met teambevoegdheid|School (4 dagen), campus Strijp (vrijdag)|Schoolexamens vmbo; eerste mbo-examen Basisvaardigheden programmeren
@row 2|Leerjaar 4 gl|Avo-vakken; keuzevak Netwerkbeheer; oriëntatiestage 2 weken; hackathon|School (4 dagen), campus Strijp (vrijdag)|Centraal examen vmbo; mbo-examen kerntaak 1 (deel)
@row 3|Mbo-jaar 1|Kerntaak 1 Realiseert software; Nederlands (voor wie nog vmbo-examen doet); keuzedeel|Campus Strijp|Mbo-examens kerntaak 1; eventueel herkansing vmbo
@row 4|Mbo-jaar 2|Kerntaak 2 Werkt in een ontwikkelteam; bpv 20 weken|Campus Strijp en leerbedrijf|Mbo-examens kerntaak 2
@row 5|Mbo-jaar 3|Afstudeerproject bij leerbedrijf; keuzedelen; bpv 20 weken|Leerbedrijf en campus Strijp|Proeve van bekwaamheid; diplomering mbo

@h2 2. Inzet van docenten (uren per week, richtlijn)
@head Routejaar|School|Instelling
@row 1|circa 26 lesuren (avo, MVI, mentoraat)|8 uur op vrijdag + 4 lesuren Programmeren op school
@row 2|circa 24 lesuren|8 uur op vrijdag + 4 lesuren Programmeren op school
@row 3|2 lesuren Nederlands op de campus (alleen voor deelnemers zonder vmbo-diploma)|volledig programma
@row 4–5|–|volledig programma en bpv-begeleiding

@h2 3. Onderwijstijd
De onderwijstijd per routejaar wordt jaarlijks in het routeplan vastgelegd en getoetst aan de
normen van de WVO 2020 en de WEB. Uitgangspunt is dat de vrijdag op de campus volledig meetelt als
onderwijstijd van de School.

@h2 4. Kengetallen voor de managementrapportage
Instroom per cohort; aanwezigheid en ongeoorloofd verzuim per trimester; aantal deelnemers dat de
route verlaat, met reden en gekozen alternatief; behaalde examenonderdelen vmbo en mbo; tevredenheid
deelnemers en leerbedrijven (jaarlijks).

@h Bijlage 2 – Financiële uitwerking

@h2 1. Bedrag per deelnemer in de vo-fase (overdracht School aan Instelling, artikel 14.1)
@head Onderdeel|Bedrag per deelnemer per schooljaar 2025-2026
@row Inzet docenten van de Instelling in de vo-fase|€ 880
@row Gebruik softwarelab en serverlab, licenties en cloudaccounts|€ 245
@row Coördinatie (aandeel routemanager)|€ 150
@row **Totaal**|**€ 1.275**

@h2 2. Vergoeding docent Nederlands (artikel 14.3)
De Instelling vergoedt de School voor de inzet van de docent Nederlands in routejaar 3 een bedrag van
€ 310 per deelnemer die op 1 oktober in routejaar 3 het vmbo-examen nog moet afronden.

@h2 3. Peildatum, betaling en indexering
Peildatum is 1 oktober. De School betaalt het bedrag uit paragraaf 1 in twee termijnen: 60% vóór
1 december en 40% vóór 1 april. De Instelling betaalt de vergoeding uit paragraaf 2 vóór 1 maart.
Met ingang van 1 augustus 2026 worden de bedragen jaarlijks geïndexeerd met de loon- en
prijsbijstelling die het ministerie van OCW op de lumpsum vo toepast.

@h Bijlage 3 – Overstapprotocol

@h2 Stap 1 – Signaleren
De mentor of studieloopbaanbegeleider bespreekt twijfel over de route met de deelnemer zodra die
zich aandient, en meldt dit aan de routemanager.
@h2 Stap 2 – Overstapgesprek
Binnen twee weken voert de routemanager een overstapgesprek met de deelnemer, zijn ouders, de mentor
en de studieloopbaanbegeleider. Besproken worden de behaalde resultaten, de wensen van de deelnemer
en de alternatieven uit artikel 13.2.
@h2 Stap 3 – Advies en besluit
De routemanager stelt binnen een week een schriftelijk advies op. De afdelingsdirecteur vmbo en de
directeur ICT College besluiten samen binnen een week na het advies. Het besluit wordt schriftelijk
aan de deelnemer en ouders meegedeeld en gemotiveerd.
@h2 Stap 4 – Overdracht
Bij overstap binnen de School of de Instelling wordt een overdrachtsdossier opgesteld. Bij overstap
naar een andere instelling verzorgt de routemanager een warme overdracht en levert hij, met
toestemming van deelnemer en ouders, de informatie voor het geschiktheidsonderzoek aan.
@h2 Stap 5 – Nazorg
De mentor of studieloopbaanbegeleider neemt drie maanden na de overstap contact op met de
deelnemer. De overstappen worden geanonimiseerd opgenomen in het jaarverslag.

@h Bijlage 4 – Samenstelling routeberaad en werkveldcommissie per 1 augustus 2025

@head Orgaan|Functie|Naam
@row Routeberaad|Afdelingsdirecteur vmbo Genneper College|mevrouw M. Swinkels
@row Routeberaad|Directeur ICT College ROC EHZ|de heer T. van der Heijden
@row Routeberaad|Routemanager (secretaris, zonder stemrecht)|de heer K. Aydin
@row Werkveldcommissie|Kempenaar Software B.V.|mevrouw L. Beerens, teamlead development
@row Werkveldcommissie|Sensorix Eindhoven B.V.|de heer P. Coolen, CTO
@row Werkveldcommissie|Datawerf Helmond B.V.|mevrouw R. Martens, HR-adviseur
@row Werkveldcommissie|ICT-dienst gemeente|de heer J. Smulders, teamleider applicatiebeheer
@row Werkveldcommissie|Werkgeversnetwerk ICT Zuidoost-Brabant|mevrouw A. de Groot, secretaris

**Reglement van orde routeberaad (hoofdlijn).** Het routeberaad vergadert volgens een jaarschema dat
voor 1 juli wordt vastgesteld. De routemanager verzendt de agenda een week voor de vergadering.
Besluiten worden genomen bij consensus van de stemgerechtigde leden en in een besluitenlijst
vastgelegd. Bij verhindering van een stemgerechtigd lid neemt de door het college van bestuur
aangewezen plaatsvervanger deel.
"""

# --------------------------------------------------------------------------------------------
# h22 - interne regeling of an AOC (Zuidoost-Drenthe, Groen kb -> Vakbekwaam hovenier 3)
# --------------------------------------------------------------------------------------------
H22 = r"""
@title Interne regeling doorlopende leerroute Groen – Vakbekwaam hovenier
@sub AOC De Esdorpen, Emmen · vastgesteld door het college van bestuur op 17 juni 2025

@h Waarom deze regeling
Stichting Groen Onderwijs Zuidoost-Drenthe (AOC De Esdorpen) verzorgt onder één bevoegd gezag zowel
vmbo groen als mbo groen. Wanneer een doorlopende leerroute geheel binnen één rechtspersoon wordt
verzorgd, sluit het bestuur geen samenwerkingsovereenkomst met zichzelf, maar regelt het de
onderwerpen daarvan in een interne regeling (artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3,
derde lid, WEB). Deze regeling is opgesteld door de afdeling Onderwijs en Kwaliteit, besproken met
de directeuren van de vmbo- en de mbo-afdeling en voorgelegd aan de medezeggenschapsraad vmbo en de
studentenraad mbo.

Het college van bestuur van Stichting Groen Onderwijs Zuidoost-Drenthe stelt de volgende regeling
vast.

@h § 1 Begrippen
In deze regeling wordt verstaan onder:
@b **het AOC**: Stichting Groen Onderwijs Zuidoost-Drenthe, handelend onder de naam AOC De Esdorpen;
@b **de vmbo-afdeling**: de school voor voorbereidend middelbaar beroepsonderwijs van het AOC,
locatie Emmen-Angelslo;
@b **de mbo-afdeling**: de instelling voor beroepsonderwijs van het AOC, locatie Emmen-Weerdinge;
@b **de route**: de doorlopende leerroute uit § 2;
@b **deelnemer**: een leerling of student in de route.

@h § 2 De route
@n 1.|Het AOC verzorgt een doorlopende leerroute vmbo-mbo die begint in leerjaar 3 van de
kaderberoepsgerichte leerweg, profiel Groen, en leidt tot het diploma vmbo kaderberoepsgerichte
leerweg en het diploma Vakbekwaam hovenier, niveau 3, in het opleidingsdomein Voedsel, natuur en
leefomgeving, beroepsopleidende leerweg.
@n 2.|In de vo-fase (leerjaar 3 en 4) kiezen deelnemers binnen het profiel Groen de keuzevakken
Tuinaanleg, Groen in de stad en Werken met machines, die aansluiten op de mbo-opleiding.
@n 3.|De route duurt vier jaar: twee jaar vo-fase en twee jaar mbo-fase.
@n 4.|De directeur vmbo en de directeur mbo zorgen samen dat de route vóór 1 oktober 2025 in RIO is
gemeld.

@h § 3 Hoveniers en groenbedrijven
@n 1.|Het AOC betrekt de regionale groensector bij de route via de Groenkring Zuidoost-Drenthe, een
vereniging van ongeveer vijfentwintig hoveniers- en groenvoorzieningsbedrijven. Met de Groenkring,
Hoveniersbedrijf Lubbers & Boer (Klazienaveen) en Kwekerij De Drentse Es (Odoorn) zijn de volgende
afspraken gemaakt:
@n 2.|Elk schooljaar voeren deelnemers in de vo-fase een praktijkopdracht "tuin van de klant" uit
voor een echte opdrachtgever, begeleid door een hovenier uit de Groenkring.
@n 3.|Leden van de Groenkring bieden in leerjaar 4 een snuffelstage van tien dagen en in de
mbo-fase de plaatsen voor de beroepspraktijkvorming; zij zijn door SBB erkend.
@n 4.|Twee vakmensen uit de Groenkring beoordelen mee bij de proeve van bekwaamheid.
@n 5.|Eenmaal per jaar, in oktober, bespreekt de routeleider het programma met het bestuur van de
Groenkring; de adviezen worden meegenomen bij de herziening van het PTA/OER.

@h § 4 Leiding van de route
@n 1.|De route staat onder leiding van een routeleider, bijgestaan door een kernteam dat bestaat uit
de teamleider vmbo groen en de teamleider mbo groen.
@n 2.|Het college van bestuur benoemt de routeleider op gezamenlijke voordracht van de directeur
vmbo en de directeur mbo, voor een periode van vier jaar. De teamleiders maken deel uit van het
kernteam uit hoofde van hun functie; zij worden door hun directeur aangewezen.
@n 3.|De routeleider heeft de volgende taken: het opstellen van het gezamenlijke PTA/OER voor de
route; het maken van het jaarrooster; het verdelen van de docenteninzet over vo- en mbo-fase; het
plaatsen van deelnemers bij leerbedrijven; het voorzitten van het overstapoverleg (§ 7) en het
onderhouden van de contacten met de Groenkring.
@n 4.|De routeleider is bevoegd om binnen de formatie die de directeuren jaarlijks voor de route
vaststellen de inzet van docenten van beide afdelingen te bepalen, en om uitgaven te doen tot
€ 5.000 per geval binnen het routebudget. Het PTA/OER wordt op voorstel van de routeleider
vastgesteld door het college van bestuur. Aanstelling en ontslag van personeel en wijziging van de
route zelf blijven voorbehouden aan het college van bestuur.

@h § 5 Verantwoording
De routeleider houdt het college van bestuur en de beide directeuren op de hoogte van de gang van
zaken in de route en legt over zijn handelen verantwoording af aan het college van bestuur. De wijze
waarop en de momenten waarop dat gebeurt, worden nader uitgewerkt in het managementstatuut van het
AOC, dat in de loop van schooljaar 2025-2026 wordt herzien.

@h § 6 Onderwijs, personeel en voorzieningen
@n 1.|De vo-fase wordt gegeven op de locatie Emmen-Angelslo; deelnemers werken daarnaast elke
donderdag op het praktijkterrein van de locatie Emmen-Weerdinge. De mbo-fase wordt gegeven op de
locatie Emmen-Weerdinge en bij het leerbedrijf.
@n 2.|Het PTA/OER beschrijft per leerjaar het programma, de examinering en de
beroepspraktijkvorming, en geeft aan welke onderdelen vmbo, mbo of gecombineerd zijn. Het centraal
examen vmbo valt in leerjaar 4; mbo-examens zijn mogelijk vanaf leerjaar 3.
@n 3.|In de vo-fase geven de docenten groen en de avo-docenten van de vmbo-afdeling les; twee
praktijkdocenten hovenier van de mbo-afdeling verzorgen de donderdag. In de mbo-fase geeft de
mbo-afdeling les; de vmbo-mentor blijft betrokken tot het vmbo-diploma is behaald. Voor de
praktijkprojecten werken docenten van beide afdelingen als één team met teambevoegdheid; het
PTA/OER vermeldt welke projecten dat zijn.
@n 4.|De vmbo-afdeling en de mbo-afdeling delen hun voorzieningen: de kassen en de schooltuin van
Angelslo, het praktijkterrein, de machineloods met minigravers en bosmaaiers en de
theorielokalen in Weerdinge. Vervoer tussen de locaties gaat per pendelbus van het AOC.

@h § 7 Overstap
@n 1.|Een leerling die in de vo-fase de route verlaat, vervolgt zijn opleiding in het reguliere
programma van de kaderberoepsgerichte leerweg, profiel Groen, van de vmbo-afdeling.
@n 2.|Een leerling of student die na de vo-fase de route verlaat, kan worden toegelaten tot een
andere opleiding van de mbo-afdeling, op voorwaarde dat hij het diploma vmbo
kaderberoepsgerichte leerweg heeft behaald en voldoet aan de toelatingseisen van die opleiding.
Leerlingen zonder vmbo-diploma worden niet tot een mbo-opleiding toegelaten; zij ronden eerst het
vmbo af.
@n 3.|Over de overstap beslissen de directeur vmbo en de directeur mbo samen, na een gesprek met de
leerling en zijn ouders, waarbij het bereikte niveau en de leeftijd worden meegewogen.

@h § 8 Bekostiging
Omdat de vmbo-afdeling en de mbo-afdeling onder één bevoegd gezag vallen, vindt geen overdracht van
bekostiging plaats in de zin van artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de
route worden in de interne begroting van het AOC toegerekend aan de afdeling die ze maakt.

@h § 9 Inschrijving, verzuim en klachten
In de vo-fase staat de deelnemer ingeschreven bij de vmbo-afdeling, daarna bij de mbo-afdeling. De
afdeling waar de deelnemer staat ingeschreven, registreert het verzuim. Klachten worden behandeld
volgens de klachtenregeling van het AOC.

@h § 10 Inwerkingtreding
Deze regeling treedt in werking op 1 augustus 2025. Het college van bestuur evalueert de regeling in
het voorjaar van 2027.

Emmen, 17 juni 2025

Het college van bestuur van Stichting Groen Onderwijs Zuidoost-Drenthe,
drs. W. Lanting-Bruins, voorzitter
"""

# --------------------------------------------------------------------------------------------
# h23 - geïntegreerde route (Venlo, Z&W bb -> Helpende zorg en welzijn 2)
# --------------------------------------------------------------------------------------------
H23 = r"""
@title Samenwerkingsovereenkomst geïntegreerde route
@sub vmbo basis Zorg en welzijn – mbo Helpende zorg en welzijn (niveau 2) · Venlo

**Ondergetekenden**

@n 1.|Stichting Voortgezet Onderwijs Noord-Limburg, gevestigd te Venlo, bevoegd gezag van vmbo Het
Maaskwartier, vertegenwoordigd door de heer drs. F.H.M. Peeters, voorzitter college van bestuur,
hierna: de school;
@n 2.|Stichting Regionaal Opleidingencentrum Maas en Peel, gevestigd te Venlo, bevoegd gezag van ROC
Maas en Peel, vertegenwoordigd door mevrouw mr. C.A.J. Hendrikx, voorzitter college van bestuur,
hierna: het ROC;

**Overwegingen**

@n A.|Voor een deel van de leerlingen in de basisberoepsgerichte leerweg is het vmbo-examen een
drempel die weinig toevoegt, terwijl zij goed op hun plek zijn in de zorgpraktijk.
@n B.|Artikel 2.107l WVO 2020 en artikel 9.1.17 WEB maken het mogelijk deze leerlingen vanaf leerjaar 3
een geïntegreerd programma te bieden dat leidt tot een diploma op niveau 2, zonder vmbo-examen.
@n C.|Voor dit programma is een samenwerkingsovereenkomst nodig die voldoet aan artikel 2.107b WVO
2020.

**komen overeen:**

@h2 Artikel 1 | Begrippen
Geïntegreerde route (GLR): het programma uit artikel 2. Deelnemer: de leerling of student in de
GLR. Stuurduo: de routeleiding uit artikel 4. Examenplan: het gezamenlijke examenplan vo/mbo van de
GLR.

@h2 Artikel 2 | De geïntegreerde route
@n 2.1|Partijen verzorgen samen een geïntegreerde route vmbo-basisberoepsopleiding. De route begint
in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Zorg en welzijn, en leidt tot het
mbo-diploma Helpende zorg en welzijn, niveau 2 (basisberoepsopleiding), opleidingsdomein Zorg en
welzijn, beroepsopleidende leerweg.
@n 2.2|De school neemt bij deelnemers aan de GLR geen eindexamen basisberoepsgerichte leerweg af.
Een deelnemer die dat wil, kan wel deelnemen aan het centraal examen Nederlands.
@n 2.3|Plaatsing in de GLR gebeurt door de school aan het eind van leerjaar 2, in overleg met de
leerling en zijn ouders en na overleg met het ROC.
@n 2.4|De route duurt drie jaar: leerjaar 3 en 4 (vo-fase) en één jaar mbo-fase.
@n 2.5|Partijen melden de GLR samen in RIO vóór 1 oktober 2025.

@h2 Artikel 3 | Praktijk en werkveld
@n 3.1|Bij de GLR zijn de volgende zorg- en welzijnsorganisaties betrokken, alle erkend als
leerbedrijf door SBB: Zorggroep Maasoevers (verpleeg- en verzorgingshuizen in Venlo en Tegelen),
Kinderopvang De Rode Beuk (Blerick) en Buurtzorgteam Venlo-Oost.
@n 3.2|Vanaf leerjaar 3 lopen deelnemers elke dinsdagmiddag mee in een van deze organisaties; in de
mbo-fase vindt de beroepspraktijkvorming daar plaats.
@n 3.3|Praktijkbegeleiders van deze organisaties beoordelen mee bij de praktijkexamens en verzorgen
per schooljaar ten minste vier gastlessen (bijvoorbeeld tilinstructie, omgaan met dementie,
hygiëne in de kinderopvang).
@n 3.4|Twee keer per jaar is er een werkveldtafel waarin de organisaties het stuurduo adviseren over
het programma en de examenopdrachten.

@h2 Artikel 4 | Stuurduo
@n 4.1|De GLR wordt geleid door een stuurduo: de teamleider Zorg en welzijn van de school en de
onderwijsmanager Zorg van het ROC.
@n 4.2|Ieder lid van het stuurduo wordt schriftelijk aangewezen door het college van bestuur van de
eigen organisatie. Bij vertrek van een lid wijst dat college binnen zes weken een opvolger aan.
@n 4.3|Het stuurduo stelt het examenplan en het jaarrooster op, verdeelt de inzet van docenten,
onderhoudt de contacten met de werkveldtafel en bewaakt de voortgang van de deelnemers.
@n 4.4|Het stuurduo beslist zelfstandig over het rooster, de groepsindeling, de invulling van de
praktijkmiddagen en uitgaven uit het routebudget tot € 3.000. Het examenplan wordt vastgesteld door
beide colleges van bestuur. Over personeel beslist iedere partij zelf.

@h2 Artikel 5 | Verantwoording
@n 5.1|Het stuurduo stuurt beide colleges van bestuur na elk kwartaal een dashboard met aantallen
deelnemers, verzuim, uitval en voortgang in de examinering.
@n 5.2|Elk jaar in juni maakt het stuurduo een schriftelijke jaarevaluatie, die het in een
gezamenlijk overleg met een lid van elk college van bestuur toelicht en verantwoordt.

@h2 Artikel 6 | Inrichting van het onderwijs
@n 6.1|Leerjaar 3 en 4 worden gegeven op de locatie van de school aan de Prof. Gelissensingel te
Venlo, met op donderdag les in het skillslab van het ROC. De mbo-fase wordt gegeven op het ROC en in de praktijk.
@n 6.2|Het examenplan beschrijft per leerjaar het programma, de examinering en de
beroepspraktijkvorming, en welke onderdelen door de school en welke door het ROC worden verzorgd.
@n 6.3|De school zet haar docenten Zorg en welzijn, de docent Nederlands en de mentoren in. Het ROC
levert in leerjaar 3 en 4 een docent zorg voor zes lesuren per week (donderdag en twee uur op de
school). Voor de praktijkonderdelen werken de docenten als één team met teambevoegdheid; het
examenplan zegt welke onderdelen dat zijn.
@n 6.4|Het ROC stelt zijn skillslab (verpleegbedden, tillift, oefenpoppen, keuken) beschikbaar;
de school stelt haar praktijklokaal Zorg en welzijn en het leerlingrestaurant beschikbaar voor
lessen van ROC-docenten.

@h2 Artikel 7 | Uitstappen uit de route
@n 7.1|Een deelnemer die de geïntegreerde route niet afmaakt of niet wil afmaken, stroomt door naar
de Entree-opleiding (niveau 1) van het ROC, zodat hij alsnog een diploma kan behalen.
@n 7.2|Het ROC zorgt dat deze deelnemer zonder wachttijd in de Entree-opleiding kan starten. De
mentor en de loopbaanbegeleider van het ROC zorgen voor een warme overdracht.

@h2 Artikel 8 | Financiën
@n 8.1|De school draagt met toepassing van artikel 5.42a WVO 2020 per deelnemer in leerjaar 3 en 4 een
bedrag van € 1.050 per schooljaar over aan het ROC, op basis van het aantal deelnemers op 1 oktober.
@n 8.2|Dit bedrag is bestemd voor de inzet van de docent zorg van het ROC (artikel 6.3) en het gebruik
van het skillslab (artikel 6.4). Het ROC verantwoordt de besteding in de jaarevaluatie.
@n 8.3|De school betaalt vóór 1 januari. In de mbo-fase vindt geen overdracht plaats.

@h2 Artikel 9 | Medezeggenschap
[aanvullende afspraken medezeggenschap – nog in te vullen na advies van de MR en de studentenraad,
uiterlijk 1 oktober 2025]

@h2 Artikel 10 | Klachten en privacy
@n 10.1|Klachten over een medewerker van de andere partij worden behandeld volgens de
klachtenregeling van de partij waar de klacht is ingediend; de andere partij werkt mee.
@n 10.2|Partijen wisselen alleen de leerlinggegevens uit die nodig zijn voor de GLR, volgens de AVG.

@h2 Artikel 11 | Geschillen
@n 11.1|Ontstaat tussen partijen een geschil over de uitvoering van deze overeenkomst, dan bespreekt
het stuurduo dit binnen twee weken. Lukt het niet, dan overleggen de voorzitters van de colleges van
bestuur binnen vier weken.
@n 11.2|Komen de voorzitters er niet uit, dan leggen partijen het geschil voor aan een mediator die zij
samen kiezen. Als ook de mediation niet binnen drie maanden tot een oplossing leidt, beslist de
bevoegde rechter van de Rechtbank Limburg.

@h2 Artikel 12 | Duur, wijziging en beëindiging
@n 12.1|Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
@n 12.2|Wijzigingen worden schriftelijk vastgelegd en door beide colleges van bestuur ondertekend.
Een wijziging van het programma geldt pas vanaf het volgende schooljaar.
@n 12.3|Iedere partij kan de overeenkomst schriftelijk opzeggen tegen 1 augustus, met een
opzegtermijn van twaalf maanden. Na de opzegging worden geen nieuwe deelnemers geplaatst;
deelnemers die al in de GLR zitten, maken de route af.

Venlo, 30 juni 2025

@sig Stichting Voortgezet Onderwijs Noord-Limburg // drs. F.H.M. Peeters|Stichting Regionaal Opleidingencentrum Maas en Peel // mr. C.A.J. Hendrikx
"""

# --------------------------------------------------------------------------------------------
# h24 - the official format, partly filled in (Almere, D&P kb -> Sport- en bewegingsleider 3)
# --------------------------------------------------------------------------------------------
H24 = """
# Format samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo

*Ingevuld concept – route Sport en bewegen Almere – versie 3 (27 juni 2025), ter ondertekening*

**Stichting Voortgezet Onderwijs Almere-Haven**, gevestigd te Almere, bevoegd gezag van het
Vakcollege Poldersingel te Almere, vertegenwoordigd door mevrouw drs. J.M. Koopmans-Baars,
voorzitter college van bestuur

*[Bevoegd gezag van de school]*

en

**Stichting Beroepsonderwijs Flevoland-Gooi**, gevestigd te Almere, bevoegd gezag van het
Horsterwold College, vertegenwoordigd door de heer R. Doornbos MBA, lid college van bestuur

*[Bevoegd gezag van de instelling voor beroepsonderwijs]*

verklaren te zijn overeengekomen:

## Doel en wijze van samenwerking

1. Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende leerroute
   vmbo-mbo, dan wel een geïntegreerd onderwijsprogramma verzorgd door ondergetekenden.
2. Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute.
3. Ondergetekenden beschrijven voor de gehele doorlopende leerroute vmbo-mbo het
   onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per leerjaar en
   voeren dit in gezamenlijkheid uit.
4. Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij een gezamenlijke doorlopende
   leerroute vmbo-mbo aanbieden.

## Afspraken

### 1. De betreffende doorlopende leerroute vmbo-mbo

Het volgende onderwijsprogramma wordt in deze doorlopende leerroute vmbo-mbo aangeboden:

De route start in leerjaar 3 van de kaderberoepsgerichte leerweg van het Vakcollege Poldersingel,
profiel Dienstverlening en producten, met de keuzevakken Sport en bewegen en Voorkomen van
ongevallen en EHBO, en leidt tot het vmbo-diploma kaderberoepsgerichte leerweg en het mbo-diploma
Sport- en bewegingsleider, niveau 3 (vakopleiding), opleidingsdomein Sport en bewegen, BOL, van het
Horsterwold College. De route duurt vier jaar (twee jaar vo-fase, twee jaar mbo-fase).

### 2. Betrokkenheid bedrijfsleven

Het bedrijfsleven is/wordt als volgt betrokken bij de invulling van dit onderwijsprogramma:

- Sportfondsen Almere-Poort B.V. (zwembad en sporthal), Fitnessclub FitPolder (Almere Buiten) en
  de omnisportvereniging AVV Flevodreef leveren elk schooljaar praktijkopdrachten (clinics,
  toernooien, kampen) voor de deelnemers;
- zij bieden in leerjaar 4 een meeloopstage van tien dagen en in de mbo-fase bpv-plaatsen; alle drie
  zijn door SBB erkend als leerbedrijf;
- hun instructeurs beoordelen mee bij de praktijkexamens van de mbo-fase;
- twee keer per jaar adviseren zij in een werkveldoverleg over het programma en de keuzedelen.

### 3. Inzet leiding en verantwoording

a. De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet van:

Een routeteam, bestaande uit de afdelingsleider kader van het Vakcollege Poldersingel, de
teamleider Sport en bewegen van het Horsterwold College en een routecoördinator. De afdelingsleider
en de teamleider worden aangewezen door het eigen college van bestuur; de routecoördinator wordt
door beide colleges van bestuur samen benoemd voor drie jaar. Het routeteam stelt het gezamenlijke
PTA/OER op (ter vaststelling door beide besturen), maakt het rooster, verdeelt de docenteninzet en
voert de overstapregeling uit. Het routeteam beslist zelfstandig over rooster, groepsindeling en
praktijkopdrachten; besluiten over personeel en geld blijven bij de besturen.

b. Het verstrekken van inlichtingen en afleggen van verantwoording door deze leiding aan
ondergetekenden wordt als volgt georganiseerd:

Het routeteam stuurt beide colleges van bestuur twee keer per jaar (februari en september) een
voortgangsrapportage en legt jaarlijks in oktober in een bestuurlijk overleg verantwoording af over
het afgelopen schooljaar aan de hand van een jaarverslag met in-, door- en uitstroom en
examenresultaten.

### 4. Organisatorische en onderwijskundige inrichting

a. De betreffende doorlopende leerroute wordt aangeboden op volgende locatie(s):

Vo-fase: Vakcollege Poldersingel, Almere-Haven; elke woensdag op de sportcampus van het
Horsterwold College in Almere-Stad. Mbo-fase: sportcampus Horsterwold College en leerbedrijven.

b. Er zijn afspraken gemaakt over het gebruik van verschillende faciliteiten zoals:

……………………………………………………………………………………………………………………

……………………………………………………………………………………………………………………

c. De inzet van personeel is als volgt georganiseerd:

De school zet de docenten lichamelijke opvoeding, D&P en de mentoren in. Het Horsterwold College
levert in de vo-fase twee docenten sport en bewegen voor de woensdag en voor twee lesuren per week op
de school. In de praktijkmodules werken de docenten als één team met teambevoegdheid; het PTA/OER
vermeldt welke modules dat zijn. Iedere partij blijft werkgever van het eigen personeel.

### 5. Overstapoptie

Deelnemers die deze doorlopende leerroute niet met succes afronden worden door ondergetekenden in
staat gesteld om:

- tijdens de vo-fase het reguliere programma D&P kaderberoepsgericht (of een ander profiel) op het
  Vakcollege Poldersingel af te maken en het vmbo-diploma te halen, met behoud van behaalde
  PTA-resultaten;
- zonder vmbo-diploma aan het eind van het derde routejaar: het vmbo-diploma alsnog te halen met
  een extra jaar, of zonder vmbo-diploma in te stromen in een opleiding op niveau 2 of 3 van het
  Horsterwold College (bijvoorbeeld Medewerker sport en recreatie, niveau 2); vooropleidingseisen
  gelden daarbij niet;
- tijdens de mbo-fase over te stappen naar een andere opleiding op niveau 3 van het Horsterwold
  College, of naar een opleiding bij een andere instelling, die hem kan toelaten na een
  geschiktheidsonderzoek.

De afdelingsleider en de teamleider beslissen samen over het passende vervolg, na een gesprek met de
deelnemer en zijn ouders en op basis van het bereikte niveau en de leeftijd van de deelnemer.

### 6. Financiën

In de financiële overeenkomst, die als bijlage bij deze overeenkomst kan worden toegevoegd, is door
ondergetekenden vastgelegd welke afspraken zijn gemaakt over de kosten van de doorlopende leerlijn.
Er zijn afspraken gemaakt over eventuele overdracht van de bekostiging tussen ondergetekende
partijen, de omvang en bestemming van evt. over te dragen middelen.

Aanvulling partijen: de school draagt per deelnemer in de vo-fase een bedrag van € 850 per schooljaar
over aan het Horsterwold College.

### 7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime (optioneel)

Voor de doorlopende leerroutes geldt de WMS voor leerlingen die ingeschreven staan op het vmbo en
hun ouders (de eerste 2 jaar van de doorlopende leerroute) en leraren die in dienst zijn van de
vmbo-school. De WEB en WOR gelden voor studenten die ingeschreven staan op het mbo en hun ouders (na
de eerste 2 jaar van de route) en docenten die in dienst zijn van de mbo-school. Indien gewenst
kunnen er voor een doorlopende leerroute aanvullende afspraken worden gemaakt op het toepasselijke
medezeggenschapsregime, dit kunnen alleen aanvullingen zijn op het geldende regime.

### 8. Geschilbeslechting

De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de
overeenkomst.

### 9. Betrokkenheid andere partijen

De voorwaarden waaronder een andere school of een andere instelling voor beroepsonderwijs partij
kan worden bij de overeenkomst.

### 10. Beëindiging overeenkomst

De voorwaarden waaronder de overeenkomst kan worden opgezegd of ontbonden, alsmede de wijze waarop
de overeenkomst in andere gevallen kan worden gewijzigd, telkens met het oog op het zoveel mogelijk
beperken van de gevolgen voor de leerlingen en studenten.

---

Almere, 30 juni 2025

| Stichting Voortgezet Onderwijs Almere-Haven | Stichting Beroepsonderwijs Flevoland-Gooi |
|---|---|
| drs. J.M. Koopmans-Baars, voorzitter college van bestuur | R. Doornbos MBA, lid college van bestuur |
| handtekening: | handtekening: |
"""


# ============================================================================================
# TABLE: file names, formats, layout, labels
# ============================================================================================

def _st(code):
    names = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    vals = code.split()
    assert len(vals) == 10, code
    return {k: names[v] for k, v in zip("abcdefghij", vals)}


_CM = 28.3465  # points per cm

SAMPLES = {
    "h17": dict(
        name="h17_notariele_comparitie_zwolle", fmt="pdf", text=H17,
        cfg=dict(font="Times-Roman", bold="Times-Bold", size=10.5, justify=True, lm=2.8 * _CM,
                 rm=2.5 * _CM, footer="Blad {page} van {total}", paraaf=True,
                 title="Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit en transport",
                 author="Afdeling Juridische Zaken ROC Vecht en IJssel"),
        description="Notarial-style PDF (Times, justified, long comparitie with dates of birth and "
                    "statutory powers, 'in aanmerking nemende', footer 'Blad N van M' with parafen); "
                    "Zwolle, Mobiliteit en transport kb -> Eerste autotechnicus 3; fully compliant: "
                    "EUR 1.450 per pupil transfer with bestemming, extra medezeggenschap "
                    "arrangements, escalation-mediation-rechtbank, separate toetreding article.",
        statuses=_st("p p p p p p p p p p"),
        evidence={"a": "Artikel 2. De leerroute",
                  "b": "Artikel 3. Betrokkenheid van leerbedrijven",
                  "c": "Artikel 4. Routeleiding",
                  "d": "Artikel 5. Rapportage aan de colleges van bestuur",
                  "e": "Artikel 6. Uitvoering van het onderwijs",
                  "f": "Artikel 7. Overstap bij voortijdige beëindiging",
                  "g": "Artikel 8. Overdracht van middelen",
                  "h": "Artikel 9. Medezeggenschap en inspraak",
                  "i": "Artikel 10. Geschillenregeling",
                  "j": "Artikel 12. Looptijd, wijziging, opzegging en ontbinding"},
    ),
    "h18": dict(
        name="h18_convenant_twente", fmt="pdf", text=H18,
        cfg=dict(font="Helvetica", bold="Helvetica-Bold", size=9.5, hcolor="#1F5C5C",
                 band=("#1F5C5C", "CONVENANT TECHNIEKROUTE TWENTE"), header="Convenant Techniekroute Twente 2025–2029",
                 footer="pagina {page}", title_align=0, thead="#D5E8E8",
                 colfrac={5: [0.13, 0.17, 0.28, 0.2, 0.22]},
                 title="Convenant Techniekroute Twente 2025-2029", author="Regiegroep Techniekroute Twente"),
        description="Regional convenant PDF (Helvetica, coloured band, 'Afspraak N – ...' headings, "
                    "route table) between three vmbo schools and two ROC's; Twente, PIE kb -> "
                    "Allround verspaner / Allround constructiewerker / Eerste monteur woning en "
                    "utiliteit 3; fully compliant: regiegroep plus routecoördinatoren, explicitly no "
                    "transfer, routeraad, bindend advies, toetreding of new partners.",
        statuses=_st("p p p p p p p p p p"),
        evidence={"a": "Afspraak 2 – Welke routes",
                  "b": "Afspraak 3 – Bedrijven aan boord",
                  "c": "Afspraak 4 – Regiegroep en routecoördinatoren",
                  "d": "Afspraak 5 – Rapportage aan de besturen",
                  "e": "Afspraak 6 – Onderwijs, personeel en voorzieningen",
                  "f": "Afspraak 7 – Als een leerling wil of moet overstappen",
                  "g": "Afspraak 8 – Geld",
                  "h": "Afspraak 9 – Stem van leerlingen, ouders en personeel",
                  "i": "Afspraak 10 – Verschillen van inzicht",
                  "j": "Afspraak 11 – Nieuwe partners, uittreden en wijzigen"},
    ),
    "h19": dict(
        name="h19_artikeltabel_terneuzen", fmt="docx", text=H19,
        cfg=dict(font="Arial", size=10, colwidths={3: [1.2, 3.6, 11.6]}, bold_cols=(1,),
                 footer="SOK DLR Horeca Zeeuws-Vlaanderen – 30 juni 2025",
                 title="Samenwerkingsovereenkomst DLR Horeca Zeeuws-Vlaanderen",
                 author="Beleidsmedewerker onderwijs Scheldemond College"),
        description="DOCX in which the agreement is one Word table 'Art. | Onderwerp | Afspraak'; "
                    "Zeeuws-Vlaanderen (Terneuzen), HBR kb -> Zelfstandig werkend kok 3; fully "
                    "compliant: transfer from the ROC to the school (EUR 640 per student, art. 9.1.15 "
                    "WEB) with bestemming, joint leerlingenraad/studentenraad meeting, escalation "
                    "then rechter.",
        statuses=_st("p p p p p p p p p p"),
        evidence={"a": "De leerroute",
                  "b": "Horecabedrijven in de route",
                  "c": "Routeleiding: het kernteam",
                  "d": "Informeren en verantwoorden",
                  "e": "Inrichting: onderwijs, docenten en ruimtes",
                  "f": "Overstappen",
                  "g": "Overdracht van bekostiging",
                  "h": "Medezeggenschap",
                  "i": "Geschillen",
                  "j": "Toetreding, wijziging en einde"},
    ),
    "h20": dict(
        name="h20_afsprakenkader_drachten", fmt="txt", text=H20,
        cfg={},
        description="Very short plain-text afsprakenkader (uppercase headings, dashes) for one "
                    "route; Drachten, E&O bb -> Verkoper 2; bedrijfsleven only in the 'Aanleiding', "
                    "routeteam without any appointment rule, not a word on money, disputes only "
                    "'in goed overleg', no medezeggenschap.",
        statuses=_st("p m w p p p m na w p"),
        evidence={"a": "1. DE ROUTE",
                  "d": "3. VERSLAG AAN DE BESTUREN",
                  "e": "4. ONDERWIJS, MENSEN EN RUIMTES",
                  "f": "5. ALS HET NIET LUKT",
                  "j": "7. MEEDOEN, WIJZIGEN, STOPPEN"},
    ),
    "h21": dict(
        name="h21_lang_met_bijlagen_eindhoven", fmt="pdf", text=H21,
        cfg=dict(font="Helvetica", bold="Helvetica-Bold", size=9.5, hcolor="#23395B",
                 header="Samenwerkingsovereenkomst DLR Software developer  |  Genneper College – ROC EHZ  |  versie 1.0",
                 footer="pagina {page} van {total}", thead="#DDE4EE",
                 colfrac={5: [0.1, 0.14, 0.34, 0.2, 0.22], 3: [0.22, 0.4, 0.38], 2: [0.6, 0.4]},
                 title="Samenwerkingsovereenkomst DLR ICT", author="ROC Eindhoven-Helmond Zuidoost"),
        description="Long PDF (chapters, 19 articles with decimal sub-clauses, four annexes with "
                    "tables; header and 'pagina N van M'); Eindhoven, MVI gl -> Software developer 4; "
                    "fully compliant: amounts and overstap steps partly in annexes with the kaders "
                    "in the body, EUR 1.275 transfer with bestemming, klankbordgroep, NAI arbitration.",
        statuses=_st("p p p p p p p p p p"),
        evidence={"a": "Artikel 4 Profiel, leerweg en kwalificatie",
                  "b": "Artikel 7 Betrokkenheid van het ICT-werkveld",
                  "c": "Artikel 8 Routeberaad en routemanager",
                  "d": "Artikel 9 Informatie en verantwoording",
                  "e": "Artikel 10 Inrichting van de route",
                  "f": "Artikel 13 Overstapoptie",
                  "g": "Artikel 14 Overdracht van bekostiging",
                  "h": "Artikel 15 Medezeggenschap",
                  "i": "Artikel 17 Geschillen",
                  "j": "Artikel 18 Toetreding, wijziging en beëindiging"},
    ),
    "h22": dict(
        name="h22_interne_regeling_aoc_emmen", fmt="docx", text=H22,
        cfg=dict(font="Calibri", size=10.5, h_style="Heading 2", hcolor="2E6B30",
                 header="AOC De Esdorpen – Interne regeling DLR Groen",
                 title="Interne regeling doorlopende leerroute Groen", author="Afdeling Onderwijs en Kwaliteit"),
        description="Interne regeling of an AOC (DOCX, '§ N' headings in Heading 2, bullets, "
                    "written by a policy officer); Zuidoost-Drenthe (Emmen), Groen kb -> Vakbekwaam "
                    "hovenier 3; reporting to the board deferred to a management statute still to be "
                    "revised; overstap to another mbo opleiding of the same AOC requires the vmbo "
                    "diploma and toelatingseisen; explicitly no transfer.",
        statuses=_st("p p p w p w p na na na"),
        evidence={"a": "§ 2 De route",
                  "b": "§ 3 Hoveniers en groenbedrijven",
                  "c": "§ 4 Leiding van de route",
                  "e": "§ 6 Onderwijs, personeel en voorzieningen",
                  "g": "§ 8 Bekostiging"},
    ),
    "h23": dict(
        name="h23_geintegreerde_route_venlo", fmt="docx", text=H23,
        cfg=dict(font="Verdana", size=9.5, h2_style="Heading 2",
                 footer="Samenwerkingsovereenkomst GLR Helpende zorg en welzijn – Venlo – 30-06-2025",
                 title="Samenwerkingsovereenkomst geïntegreerde route Zorg en welzijn",
                 author="Teamleider Zorg en welzijn Het Maaskwartier"),
        description="Geïntegreerde route (DOCX, 'Artikel N | Titel' in Heading 2); Venlo, Z&W bb "
                    "-> Helpende zorg en welzijn 2 without vmbo exam; pupils who leave the route go "
                    "automatically to Entree; medezeggenschap article is a bracketed placeholder; "
                    "duration clause with opzegging, protection and wijziging but no toetreding.",
        statuses=_st("p p p p p w p w p w"),
        evidence={"a": "Artikel 2 | De geïntegreerde route",
                  "b": "Artikel 3 | Praktijk en werkveld",
                  "c": "Artikel 4 | Stuurduo",
                  "d": "Artikel 5 | Verantwoording",
                  "e": "Artikel 6 | Inrichting van het onderwijs",
                  "g": "Artikel 8 | Financiën",
                  "i": "Artikel 11 | Geschillen"},
    ),
    "h24": dict(
        name="h24_format_deels_ingevuld_almere", fmt="md", text=H24,
        cfg={},
        description="Markdown copy of the official format, partly filled in; Almere, D&P kb -> "
                    "Sport- en bewegingsleider 3; faciliteiten left as dotted lines; Financiën keeps "
                    "the template sentence plus a per-pupil amount without bestemming; optional "
                    "medezeggenschap text of the format left as is; items 8-10 only the statutory "
                    "sentences.",
        statuses=_st("p p p p w p w na w w"),
        evidence={"a": "1. De betreffende doorlopende leerroute vmbo-mbo",
                  "b": "2. Betrokkenheid bedrijfsleven",
                  "c": "3. Inzet leiding en verantwoording",
                  "d": "3. Inzet leiding en verantwoording",
                  "f": "5. Overstapoptie"},
    ),
}


def expected_json(key):
    s = SAMPLES[key]
    return {"description": s["description"], "split": "heldout", "statuses": s["statuses"],
            "evidence": s["evidence"]}


def build(key):
    s = SAMPLES[key]
    path = os.path.join(HERE, s["name"] + "." + s["fmt"])
    if s["fmt"] == "pdf":
        build_pdf(path, s["text"], s["cfg"])
    elif s["fmt"] == "docx":
        build_docx(path, s["text"], s["cfg"])
    else:
        build_text(path, s["text"])
    with open(os.path.join(HERE, s["name"] + ".expected.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected_json(key), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.basename(path))


# --------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------

def extract_text(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        out = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            out.append(tp.get_text_range())
            tp.close()
        n = len(pdf)
        pdf.close()
        return "\n".join(out), n
    if ext == "docx":
        import docx
        with zipfile.ZipFile(path) as z:
            assert z.testzip() is None
            assert "word/document.xml" in z.namelist()
        d = docx.Document(path)
        out = []

        def walk_table(t):
            for row in t.rows:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        out.append(p.text)
                    for t2 in cell.tables:
                        walk_table(t2)

        body = d.element.body
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(Paragraph(child, d).text)
            elif tag == "tbl":
                walk_table(Table(child, d))
        for sec in d.sections:
            out.extend(p.text for p in sec.header.paragraphs)
            out.extend(p.text for p in sec.footer.paragraphs)
        return "\n".join(out), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u00ad", "")).strip()


def check():
    ok = True
    valid = {"present", "weak", "missing", "not_applicable"}
    for key, s in SAMPLES.items():
        path = os.path.join(HERE, s["name"] + "." + s["fmt"])
        jpath = os.path.join(HERE, s["name"] + ".expected.json")
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d bytes" % size)
            try:
                text, pages = extract_text(path)
            except Exception as e:  # noqa: BLE001
                errs.append("does not open: %r" % e)
                text, pages = "", None
            nt = norm(text)
            if len(nt) < 1500:
                errs.append("too little text (%d chars)" % len(nt))
            for item, ev in s["evidence"].items():
                if s["statuses"][item] != "present":
                    errs.append("evidence for non-present item %s" % item)
                if norm(ev) not in nt:
                    errs.append("evidence %s not found: %r" % (item, ev))
            for bad in ("\ufffd", "?? ", " Nee:"):
                if bad in text:
                    errs.append("suspicious text %r" % bad)
            if key == "h21" and (pages or 0) < 8:
                errs.append("h21 should be long (>= 8 pages), has %s" % pages)
            if key == "h20" and len(nt) > 6000:
                errs.append("h20 should be very short")
            if s["fmt"] == "docx" and key == "h19":
                import docx
                if not docx.Document(path).tables:
                    errs.append("h19 has no table")
            info = "%d bytes" % size + (", %d pages" % pages if pages else "")
        if set(s["statuses"]) != set("abcdefghij") or not set(s["statuses"].values()) <= valid:
            errs.append("bad statuses")
        if not os.path.exists(jpath):
            errs.append("missing expected.json")
        else:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != expected_json(key):
                    errs.append("expected.json differs from the table")
        if errs:
            ok = False
            print("FAIL", s["name"], "; ".join(errs))
        else:
            print("ok  ", s["name"], "(%s)" % info)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    keys = [a for a in argv if not a.startswith("-")] or list(SAMPLES)
    for k in keys:
        if k not in SAMPLES:
            sys.exit("unknown sample %s (choose from %s)" % (k, ", ".join(SAMPLES)))
        build(k)


if __name__ == "__main__":
    main(sys.argv[1:])
