#!/usr/bin/env python3
"""Build the sample agreements of leerroute-check.

This script holds the full text of every sample samenwerkingsovereenkomst (and of the one
non-agreement and the empty template), renders each one in its own file format and writes the
matching ``NAME.expected.json`` label file beside it, following ``LABELS.md``.

    python3 sample_agreements/build_samples.py            # (re)writes every sample
    python3 sample_agreements/build_samples.py 05 06      # only samples whose name starts so

All texts are fictitious: schools, instellingen, companies and people do not exist. Output is
deterministic: reportlab runs with ``invariant=1`` and DOCX packages are rewritten with fixed
zip timestamps and fixed core properties.

Content is written in a tiny line markup (see ``parse``):

    T: title                  S: centred subtitle / sub-line
    H1: heading level 1       H2: heading level 2
    LI: bullet item           IT: label | text   (labelled, indented item such as "a." | "...")
    TOC: entry | page         DOTS: n (n dotted fill-in lines)
    SIG: party | name | function      (one line per signatory)
    BR:  page break           any other non-blank line: paragraph text
A blank line ends a block; an unprefixed line directly under a P/LI/IT block continues it.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import re
import sys
import textwrap
import zipfile
from copy import deepcopy
from pathlib import Path

OUT = Path(__file__).resolve().parent
FIXED_DATE = _dt.datetime(2024, 6, 1, 9, 0, 0)
ZIP_DATE = (2024, 6, 1, 9, 0, 0)
LETTERS = "abcdefghij"

# --------------------------------------------------------------------------------------------
# markup
# --------------------------------------------------------------------------------------------
PREFIXES = ("T", "S", "H1", "H2", "LI", "IT", "TOC", "DOTS", "SIG", "BR", "P")


def parse(src: str) -> list[tuple]:
    """Turn the line markup into a list of blocks ``(kind, *fields)``."""
    blocks: list[list] = []
    cur: list | None = None
    for raw in textwrap.dedent(src).splitlines():
        line = raw.strip()
        if not line:
            cur = None
            continue
        m = re.match(r"^(T|S|H1|H2|LI|IT|TOC|DOTS|SIG|BR|P):\s?(.*)$", line)
        if m:
            kind, rest = m.group(1), m.group(2).strip()
            if kind in ("IT", "TOC", "SIG"):
                parts = [p.strip() for p in rest.split("|")]
                cur = [kind, *parts]
            elif kind == "DOTS":
                cur = [kind, int(rest or "2")]
            elif kind == "BR":
                cur = [kind]
            else:
                cur = [kind, rest]
            blocks.append(cur)
            if kind not in ("P", "LI", "IT"):
                cur = None
            continue
        if cur is not None and cur[0] in ("P", "LI", "IT"):
            cur[-1] = (cur[-1] + " " + line).strip()
        else:
            cur = ["P", line]
            blocks.append(cur)
    return [tuple(b) for b in blocks]


def plain_lines(blocks, width=90, heading_style="plain", blank_between=True) -> str:
    """Render blocks as hard-wrapped plain text."""
    out: list[str] = []

    def add(par: list[str]):
        if blank_between and out and out[-1] != "":
            out.append("")
        out.extend(par)

    sigs = [b for b in blocks if b[0] == "SIG"]
    for b in blocks:
        k = b[0]
        if k == "T":
            add([b[1].upper() if heading_style == "caps" else b[1]])
        elif k == "S":
            add(textwrap.wrap(b[1], width))
        elif k in ("H1", "H2"):
            t = b[1].upper() if heading_style == "caps" else b[1]
            add([t])
        elif k == "P":
            add(textwrap.wrap(b[1], width))
        elif k == "LI":
            add(textwrap.wrap(b[1], width, initial_indent="- ", subsequent_indent="  "))
        elif k == "IT":
            lab = b[1] + " "
            add(textwrap.wrap(b[2], width, initial_indent=lab, subsequent_indent=" " * len(lab)))
        elif k == "DOTS":
            add(["." * width for _ in range(b[1])])
        elif k == "TOC":
            entry, page = b[1], b[2]
            dots = "." * max(3, width - len(entry) - len(page) - 2)
            out.append(f"{entry} {dots} {page}")
        elif k == "SIG":
            if b is sigs[0]:
                add([])
                out.pop()
            add([b[1], "", "", "_" * 34, b[2], b[3]])
        elif k == "BR":
            add([])
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------------------------
# PDF (reportlab)
# --------------------------------------------------------------------------------------------
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_styles(font="Helvetica", size=10, justify=True, heading_color=colors.black):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}.get(font, font)
    base = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35,
                          alignment=TA_JUSTIFY if justify else TA_LEFT, spaceAfter=size * 0.6)
    return {
        "T": ParagraphStyle("title", parent=base, fontName=bold, fontSize=size + 6,
                            leading=(size + 6) * 1.25, alignment=TA_CENTER, spaceAfter=size),
        "S": ParagraphStyle("sub", parent=base, alignment=TA_CENTER),
        "H1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size + 2,
                             leading=(size + 2) * 1.3, spaceBefore=size * 0.9, spaceAfter=size * 0.4,
                             alignment=TA_LEFT, textColor=heading_color),
        "H2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size,
                             spaceBefore=size * 0.5, spaceAfter=size * 0.3, alignment=TA_LEFT),
        "P": base,
        "LI": ParagraphStyle("li", parent=base, leftIndent=16, bulletIndent=4, spaceAfter=size * 0.3),
        "IT": ParagraphStyle("it", parent=base, leftIndent=22, firstLineIndent=-18,
                             spaceAfter=size * 0.35),
        "TOC": ParagraphStyle("toc", parent=base, alignment=TA_LEFT, spaceAfter=1),
        "SIG": ParagraphStyle("sig", parent=base, alignment=TA_LEFT, spaceAfter=0),
    }


def pdf_flowables(blocks, st, width):
    """Blocks -> platypus flowables (generic layout)."""
    fl = []
    sigs = [b for b in blocks if b[0] == "SIG"]
    for b in blocks:
        k = b[0]
        if k in ("T", "S", "H1", "H2", "P"):
            fl.append(Paragraph(_esc(b[1]), st[k]))
        elif k == "LI":
            fl.append(Paragraph(_esc(b[1]), st["LI"], bulletText="\u2022"))
        elif k == "IT":
            fl.append(Paragraph(f"{_esc(b[1])}&nbsp;&nbsp;{_esc(b[2])}", st["IT"]))
        elif k == "DOTS":
            s = st["P"]
            n = int(width / stringWidth("\u2026", s.fontName, s.fontSize)) - 3
            for _ in range(b[1]):
                fl.append(Paragraph("\u2026" * n, ParagraphStyle("d", parent=s, alignment=TA_LEFT,
                                                                   spaceAfter=2)))
            fl.append(Spacer(1, 4))
        elif k == "TOC":
            s = st["TOC"]
            entry, page = b[1], b[2]
            n = 3
            while stringWidth(f"{entry} {'.' * (n + 1)} {page}", s.fontName, s.fontSize) < width - 14:
                n += 1
            fl.append(Paragraph(_esc(f"{entry} {'.' * n} {page}"), s))
        elif k == "SIG" and b is sigs[0]:
            cells = []
            for sb in sigs:
                cells.append([Paragraph(_esc(sb[1]), st["SIG"]), Spacer(1, 28),
                              Paragraph("_" * 30, st["SIG"]), Paragraph(_esc(sb[2]), st["SIG"]),
                              Paragraph(_esc(sb[3]), st["SIG"])])
            ncol = 2 if len(cells) != 3 else 3
            rows = [cells[i:i + ncol] for i in range(0, len(cells), ncol)]
            for r in rows:
                r += [""] * (ncol - len(r))
            t = Table(rows, colWidths=[width / ncol] * ncol)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 10)]))
            fl.append(KeepTogether([Spacer(1, 6), t]))
        elif k == "BR":
            fl.append(PageBreak())
    return fl


def build_pdf(path: Path, blocks, *, title: str, font="Helvetica", size=10, justify=True,
              header: str | None = None, footer: str | None = "Pagina {n}",
              heading_color=colors.black, margins=(25, 22, 25, 22)):
    st = pdf_styles(font, size, justify, heading_color)
    top, right, bottom, left = (m * mm for m in margins)
    width = A4[0] - left - right

    def deco(c, doc):
        c.saveState()
        c.setFont(font, 8)
        if header:
            c.drawString(left, A4[1] - 14 * mm, header)
            c.setLineWidth(0.4)
            c.line(left, A4[1] - 15.5 * mm, A4[0] - right, A4[1] - 15.5 * mm)
        if footer:
            c.drawCentredString(A4[0] / 2, 12 * mm, footer.format(n=doc.page))
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=top, bottomMargin=bottom,
                            leftMargin=left, rightMargin=right, title=title,
                            author="leerroute-check samples", subject=title,
                            creator="build_samples.py", invariant=1)
    doc.build(pdf_flowables(blocks, st, width), onFirstPage=deco, onLaterPages=deco)


# --------------------------------------------------------------------------------------------
# DOCX (python-docx + raw XML)
# --------------------------------------------------------------------------------------------
import docx  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402


def new_docx(title: str, font="Calibri", size=11):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "leerroute-check samples"
    cp.last_modified_by = "leerroute-check samples"
    cp.title = title
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo (voorbeeld)"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    for s in d.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(2.5)
        s.top_margin = s.bottom_margin = Cm(2.3)
    return d


def docx_item(d, label, text, indent_cm=1.0):
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent_cm)
    p.paragraph_format.first_line_indent = Cm(-0.7)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent_cm))
    p.add_run(f"{label}\t{text}")
    return p


def docx_signatures(d, sigs):
    t = d.add_table(rows=1, cols=len(sigs))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, sb in enumerate(sigs):
        cell = t.rows[0].cells[i]
        cell.paragraphs[0].add_run(sb[1]).bold = True
        for line in ("", "", "_" * 28, sb[2], sb[3]):
            cell.add_paragraph(line)
    return t


def docx_blocks(d, blocks, *, heading_styles=("Heading 1", "Heading 2"), para_align=None,
                bold_headings_as_normal=False):
    sigs = [b for b in blocks if b[0] == "SIG"]
    for b in blocks:
        k = b[0]
        if k == "T":
            d.add_paragraph(b[1], style="Title")
        elif k == "S":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k in ("H1", "H2"):
            if bold_headings_as_normal:
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(12 if k == "H1" else 6)
                p.paragraph_format.keep_with_next = True
                r = p.add_run(b[1])
                r.bold = True
                if k == "H1":
                    r.font.size = Pt(12)
            else:
                d.add_paragraph(b[1], style=heading_styles[0 if k == "H1" else 1])
        elif k == "P":
            p = d.add_paragraph(b[1])
            if para_align is not None:
                p.alignment = para_align
        elif k == "LI":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "IT":
            docx_item(d, b[1], b[2])
        elif k == "DOTS":
            for _ in range(b[1]):
                d.add_paragraph("\u2026" * 60)
        elif k == "SIG" and b is sigs[0]:
            docx_signatures(d, sigs)
        elif k == "BR":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save_docx(d, path: Path):
    """Save, then rewrite the zip with fixed timestamps so the output is byte-stable."""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


# --------------------------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------------------------
SAMPLES: list[dict] = []


def sample(name: str, ext: str, description: str, statuses: str, evidence: dict | None = None,
           split: str = "train"):
    """Register a builder. ``statuses`` is ten space-separated codes p/w/m/na for a..j."""
    codes = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    st = statuses.split()
    assert len(st) == 10, (name, statuses)

    def deco(fn):
        SAMPLES.append({
            "name": name, "ext": ext, "builder": fn,
            "expected": {"description": description, "split": split,
                         "statuses": {LETTERS[i]: codes[c] for i, c in enumerate(st)},
                         **({"evidence": evidence} if evidence else {})},
        })
        return fn
    return deco


def write_expected(s):
    st = s["expected"]["statuses"]
    ev = s["expected"].get("evidence", {})
    for k in ev:
        assert st[k] == "present", (s["name"], k, "evidence only for present items")
    p = OUT / f"{s['name']}.expected.json"
    p.write_text(json.dumps(s["expected"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ============================================================================================
# 00  the empty format (template)
# ============================================================================================
TXT_00 = """
T: Format samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo
S: invulmodel - vul alle stippellijnen in en verwijder de instructies tussen vierkante haken

DOTS: 2
S: [naam en vestigingsplaats van het bevoegd gezag van de vmbo-school]
S: en
DOTS: 2
S: [naam en vestigingsplaats van het bevoegd gezag van de instelling voor beroepsonderwijs]

hierna samen te noemen "ondergetekenden", komen het volgende overeen.

H1: Doel en wijze van samenwerking
IT: 1. | Ondergetekenden verzorgen op basis van deze overeenkomst samen een doorlopende leerroute
vmbo-mbo dan wel een geïntegreerd onderwijsprogramma.
IT: 2. | Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute.
IT: 3. | Ondergetekenden leggen voor de hele route het onderwijsprogramma, de examinering per
leerjaar en de beroepspraktijkvorming per leerjaar vast en voeren deze samen uit.
IT: 4. | Ondergetekenden melden samen aan de minister van OCW dat zij deze doorlopende leerroute
aanbieden.

H1: Afspraken

H2: 1. De doorlopende leerroute
In deze doorlopende leerroute wordt het volgende onderwijsprogramma verzorgd:
[noem hier het vmbo-profiel en het aanverwante opleidingsdomein of de aanverwante kwalificatie
waarin de route wordt aangeboden]
DOTS: 2

H2: 2. Betrokkenheid bedrijfsleven
Het bedrijfsleven is of wordt op de volgende manier bij de invulling van dit onderwijsprogramma
betrokken:
DOTS: 2

H2: 3. Leiding en verantwoording
IT: a. | De leiding over de doorlopende leerroute wordt gevormd door: [samenstelling van de
leiding, wijze van benoeming, taken en bevoegdheden]
DOTS: 2
IT: b. | De leiding verstrekt inlichtingen en legt verantwoording af aan ondergetekenden op de
volgende manier: [hoe de leiding het bevoegd gezag van de school en dat van de instelling
informeert en aan beide verantwoording aflegt]
DOTS: 2

H2: 4. Organisatorische en onderwijskundige inrichting
IT: a. | De route wordt verzorgd op de volgende locatie(s): [de vmbo-school, de instelling
voor beroepsonderwijs en/of het leerbedrijf]
DOTS: 2
IT: b. | Over het gebruik van faciliteiten is het volgende afgesproken:
DOTS: 2
IT: c. | De inzet van personeel is als volgt georganiseerd:
DOTS: 2

H2: 5. Overstapoptie
Deelnemers die de doorlopende leerroute niet met succes afronden, worden door ondergetekenden in
staat gesteld om: [hier de inhoud van de overstapoptie(s) vermelden]
DOTS: 2

H2: 6. Financiën
Ondergetekenden leggen in een financiële overeenkomst, die als bijlage bij deze overeenkomst kan
worden gevoegd, vast welke afspraken gelden over de kosten van de doorlopende leerroute, over een
eventuele overdracht van bekostiging tussen ondergetekenden en over de omvang en de bestemming van
eventueel over te dragen middelen.

H2: 7. Aanvullende afspraken over medezeggenschap (optioneel)
Voor leerlingen die in de eerste twee jaar van de route op de vmbo-school staan ingeschreven, hun
ouders en het personeel van de vmbo-school geldt de Wet medezeggenschap op scholen (WMS). Voor
studenten die op de instelling staan ingeschreven, hun ouders en het personeel van de instelling
gelden de WEB en de Wet op de ondernemingsraden (WOR). Ondergetekenden kunnen voor de route
aanvullende afspraken maken over de medezeggenschap; zulke afspraken kunnen het geldende regime
alleen aanvullen.

H2: 8. Geschilbeslechting
De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de
overeenkomst.
DOTS: 1

H2: 9. Betrokkenheid andere partijen
De voorwaarden waaronder een andere school of een andere instelling voor beroepsonderwijs partij
kan worden bij de overeenkomst.
DOTS: 1

H2: 10. Beëindiging overeenkomst
De voorwaarden waaronder de overeenkomst kan worden opgezegd of ontbonden, alsmede de wijze waarop
de overeenkomst in andere gevallen kan worden gewijzigd, telkens met het oog op het zoveel mogelijk
beperken van de gevolgen voor de leerlingen en studenten.
DOTS: 1

Aldus overeengekomen en ondertekend te ………………………… op ………………………… (datum)

SIG: Namens het bevoegd gezag van de school | [naam] | [functie]
SIG: Namens het bevoegd gezag van de instelling | [naam] | [functie]
"""


@sample("00_format_leeg", "pdf",
        "Unfilled template in the official format's structure (Doel 1-4, Afspraken 1-10) with "
        "dotted fill-in lines and bracketed instructions; nothing is actually agreed.",
        "w w w w w w w na w w")
def build_00(path):
    build_pdf(path, parse(TXT_00), title="Format samenwerkingsovereenkomst doorlopende leerroute",
              footer="Format SOK doorlopende leerroute - pagina {n}")


# ============================================================================================
# 01  the official format, fully filled in (Groningen, zorg en welzijn)
# ============================================================================================
TXT_01 = """
T: Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo
S: Zorg en welzijn (kaderberoepsgerichte leerweg) - Verzorgende-IG (niveau 3)

Stichting Openbaar Voortgezet Onderwijs Hoogeland, statutair gevestigd te Winsum, gemeente Het
Hogeland, bevoegd gezag van het Hoogeland College, rechtsgeldig vertegenwoordigd door mevrouw
drs. A.J. Bakker-Wieringa, voorzitter van het college van bestuur, hierna te noemen: "de school",

S: en

Stichting Regionaal Opleidingencentrum Noorderhaven, statutair gevestigd te Groningen, rechtsgeldig
vertegenwoordigd door de heer ir. H.R. Tjoelker, voorzitter van het college van bestuur, hierna te
noemen: "de instelling",

hierna samen te noemen: "ondergetekenden",

overwegende dat ondergetekenden sinds 2019 samenwerken in het vm2-traject zorg in Noord-Groningen,
dat zij die samenwerking willen voortzetten als doorlopende leerroute in de zin van artikel 2.107a
WVO 2020 en hoofdstuk 9 WEB, en dat de zorgaanbieders in de regio dringend behoefte hebben aan goed
opgeleide verzorgenden,

verklaren te zijn overeengekomen:

H1: Doel en wijze van samenwerking
IT: 1. | Op grond van deze overeenkomst verzorgen ondergetekenden vanaf het schooljaar 2024-2025
samen de doorlopende leerroute "Zorgroute Hoogeland", die loopt van leerjaar 3 van het vmbo tot en
met het mbo-diploma Verzorgende-IG.
IT: 2. | Het bedrijfsleven, in het bijzonder de zorgaanbieders in Noord-Groningen, wordt betrokken
bij de invulling van de route op de wijze die in afspraak 2 is beschreven.
IT: 3. | Ondergetekenden beschrijven het onderwijsprogramma, de examinering per leerjaar en de
beroepspraktijkvorming per leerjaar voor de hele route in één gezamenlijk PTA/OER (bijlage 1) en
voeren dit programma samen uit.
IT: 4. | Ondergetekenden melden de route vóór 1 oktober 2024 gezamenlijk aan de minister van OCW
door registratie in RIO bij DUO.

H1: Afspraken

H2: 1. De betreffende doorlopende leerroute vmbo-mbo
De route verbindt het vmbo-profiel Zorg en welzijn in de kaderberoepsgerichte leerweg van het
Hoogeland College met de mbo-opleiding Verzorgende-IG (niveau 3, beroepsopleidende leerweg) binnen
het opleidingsdomein Zorg en welzijn van de instelling. Leerlingen kiezen aan het eind van leerjaar 2
voor de route. De route duurt vijf jaar: twee jaar vo-fase (leerjaar 3 en 4 vmbo) en drie jaar
mbo-fase. In de route volgen de deelnemers de keuzedelen Dementie en Palliatieve zorg.

H2: 2. Betrokkenheid bedrijfsleven
Ondergetekenden werken samen met Zorggroep Ommeland, Stichting Thuiszorg Wadkust en
Woonzorgcentrum De Kwelder, die erkend leerbedrijf zijn bij SBB. Deze zorgaanbieders:
IT: a. | stellen vanaf leerjaar 4 voor iedere deelnemer een snuffelstage van twee weken en vanaf de
mbo-fase bpv-plaatsen beschikbaar, met een praktijkopleider per locatie;
IT: b. | leveren per leerjaar ten minste twee praktijkopdrachten aan die in het PTA/OER zijn
opgenomen, en verzorgen gastlessen door verpleegkundigen en verzorgenden;
IT: c. | nemen met ieder één lid zitting in de werkveldcommissie zorg, die twee keer per jaar
bijeenkomt en het routeteam adviseert over de inhoud van het programma en de keuze van keuzedelen;
IT: d. | beoordelen als tweede beoordelaar mee bij de proeve van bekwaamheid in de bpv.

H2: 3. Inzet leiding en verantwoording
IT: a. | De leiding over de route berust bij het routeteam. Het routeteam bestaat uit de
afdelingsleider bovenbouw vmbo van de school, de teamleider Verzorgende-IG van de instelling en een
routecoördinator. De afdelingsleider en de teamleider worden door het college van bestuur van hun
eigen organisatie aangewezen; de routecoördinator wordt door beide colleges van bestuur gezamenlijk
benoemd voor een periode van drie schooljaren, op voordracht van de afdelingsleider en de
teamleider. Het routeteam heeft tot taak de dagelijkse leiding over de route, het opstellen van het
jaarlijkse PTA/OER, de roostering, de inzet van docenten binnen de vastgestelde formatie en de
toelating van leerlingen tot de route. Het routeteam is bevoegd om binnen het jaarbudget van de
route uitgaven te doen en om namens ondergetekenden afspraken met leerbedrijven te maken. Besluiten
over wijziging van deze overeenkomst, de begroting en het aantal te plaatsen leerlingen blijven
voorbehouden aan de colleges van bestuur.
IT: b. | Het routeteam stuurt beide colleges van bestuur twee keer per jaar een schriftelijke
voortgangsrapportage, uiterlijk op 1 februari en 1 juli, met de in-, door- en uitstroomcijfers, de
examenresultaten, de inzet van personeel en de uitputting van het budget. De rapportage van 1 juli
geldt als jaarverantwoording en wordt besproken in een bestuurlijk overleg van beide colleges met
het routeteam. Incidenten die de continuïteit van de route raken meldt het routeteam direct aan
beide colleges.

H2: 4. Organisatorische en onderwijskundige inrichting
IT: a. | De route wordt in leerjaar 3 en 4 verzorgd op de locatie van het Hoogeland College in
Winsum, waarbij de deelnemers vanaf leerjaar 4 één dag per week les hebben op de zorglocatie van
de instelling aan de Kempkensberg in Groningen. De mbo-fase wordt op die zorglocatie en bij de
leerbedrijven verzorgd.
IT: b. | De instelling stelt haar skillslab zorg, het oefenappartement en de digitale
leeromgeving beschikbaar aan de deelnemers in de vo-fase. De school stelt haar praktijklokaal
zorg en welzijn beschikbaar voor lessen die docenten van de instelling in Winsum geven. Ieder
draagt zorg voor onderhoud en verzekering van de eigen voorzieningen.
IT: c. | De route wordt verzorgd door één docententeam van zes docenten van de school en vier
docenten van de instelling. Het team maakt gebruik van de teambevoegdheid voor de vak- en
sectoroverstijgende programmaonderdelen die in het PTA/OER zijn aangewezen; voor elk
programmaonderdeel is ten minste één bevoegde docent verantwoordelijk. Docenten van de instelling
geven in leerjaar 4 zes lesuren per week in Winsum. De docenten blijven in dienst van hun eigen
werkgever; de leidinggevende van de eigen organisatie voert de gesprekscyclus na overleg met het
routeteam.

H2: 5. Overstapoptie
Deelnemers die deze doorlopende leerroute niet met succes afronden, worden door ondergetekenden in
staat gesteld een diploma te halen dat past bij hun bereikte onderwijsniveau en hun leeftijd.
Daarbij gelden de volgende kaders:
IT: a. | Wie in leerjaar 3 of 4 stopt met de route, zet zijn opleiding voort in de reguliere
kaderberoepsgerichte leerweg van het Hoogeland College, in het profiel Zorg en welzijn of een ander
profiel, en werkt toe naar het vmbo-diploma. Behaalde resultaten uit het PTA blijven staan.
IT: b. | Wie aan het eind van het vijfde jaar van de route (het eerste mbo-jaar) het vmbo-diploma
niet heeft behaald, kan zonder dat diploma bij de instelling doorgaan in de opleiding Verzorgende-IG
of overstappen naar Helpende zorg en welzijn (niveau 2); vooropleidingseisen worden dan niet
gesteld. De deelnemer kan ook kiezen voor het herkansen of opnieuw doen van het vmbo-examen.
IT: c. | Wie in de mbo-fase een andere richting wil, kan overstappen naar een andere
mbo-opleiding van hetzelfde niveau binnen de instelling; wie naar een andere instelling wil, wordt
door de instelling geholpen bij het geschiktheidsonderzoek van die instelling.
De keuze voor de overstap wordt gemaakt door de school en de instelling gezamenlijk, na een gesprek
met de deelnemer en zijn ouders of verzorgers. Het routeteam legt binnen vier weken een voorstel
voor en zorgt voor een warme overdracht. De werkwijze wordt in de schoolgids beschreven.

H2: 6. Financiën
In leerjaar 4 geven docenten van de instelling les in Winsum en gebruiken de deelnemers het
skillslab van de instelling. Daarom draagt de school met toepassing van artikel 5.42a WVO 2020 een
deel van haar bekostiging over aan de instelling: € 1.250 per deelnemer die op 1 oktober in leerjaar
4 van de route staat ingeschreven. Deze middelen zijn bestemd voor de inzet van de docenten van de
instelling in de vo-fase en voor het gebruik van het skillslab. De instelling draagt geen
bekostiging over aan de school. De school betaalt vóór 1 december van het lopende schooljaar. De
nadere uitwerking staat in de financiële overeenkomst (bijlage 2).

H2: 7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime
Naast de WMS, de WEB en de WOR spreken ondergetekenden het volgende af:
IT: a. | Deelnemers die in de vo-fase bij de school staan ingeschreven, mogen de vergaderingen van
de studentenraad van de instelling bijwonen en hebben daar spreekrecht over onderwerpen die de
route raken. De leerlinggeleding van de medezeggenschapsraad van de school wijst daartoe jaarlijks
een vaste vertegenwoordiger aan.
IT: b. | Een voorgenomen wijziging van deze overeenkomst wordt tegelijk voor advies voorgelegd aan
de medezeggenschapsraad van de school en aan de studentenraad en de ondernemingsraad van de
instelling.
IT: c. | Eén keer per schooljaar komen de medezeggenschapsraad van de school en de studentenraad
van de instelling samen in een gezamenlijk overleg over de route, waarin het routeteam de
jaarrapportage toelicht.

H2: 8. Geschilbeslechting
Een geschil tussen ondergetekenden over de uitvoering van deze overeenkomst wordt eerst in het
routeteam besproken. Komt het routeteam binnen vier weken niet tot een oplossing, dan wordt het
geschil voorgelegd aan een bestuurlijk overleg van beide voorzitters van de colleges van bestuur.
Leidt ook dat binnen zes weken niet tot overeenstemming, dan schakelen ondergetekenden een mediator
in die zij samen aanwijzen. Slaagt de mediation niet, dan is de rechtbank Noord-Nederland bevoegd.

H2: 9. Betrokkenheid andere partijen
Een andere vmbo-school of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden als
beide ondergetekenden daar schriftelijk mee instemmen en de toetreder alle bepalingen van deze
overeenkomst aanvaardt. De toetreding wordt vastgelegd in een toetredingsakte die door alle partijen
wordt ondertekend, gaat in bij het begin van een schooljaar en wordt door alle betrokken partijen
samen in RIO gemeld. Een toetreding mag geen gevolgen hebben voor de plaats en het programma van
leerlingen die al in de route zitten.

H2: 10. Beëindiging overeenkomst
IT: a. | Deze overeenkomst geldt voor onbepaalde tijd. Ieder van ondergetekenden kan de
overeenkomst schriftelijk opzeggen tegen 1 augustus van een kalenderjaar, met inachtneming van een
opzegtermijn van twaalf maanden. Wanneer een partij haar verplichtingen ernstig niet nakomt en dit
na een schriftelijke ingebrekestelling binnen twee maanden niet herstelt, kan de andere partij de
overeenkomst ontbinden per het einde van het lopende schooljaar.
IT: b. | Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Deelnemers die op dat
moment in de route zitten, ronden de route af onder de voorwaarden van deze overeenkomst; de
bepalingen over leiding, personeel, faciliteiten en financiën blijven voor hen van kracht tot de
laatste deelnemer de route heeft verlaten.
IT: c. | Wijzigingen van deze overeenkomst worden schriftelijk overeengekomen en door beide
colleges van bestuur ondertekend. Een wijziging gaat in bij het begin van een schooljaar en mag het
programma van deelnemers die al in de route zitten niet verzwaren.

Aldus overeengekomen en in tweevoud ondertekend te Groningen op 17 juni 2024.

SIG: Stichting Openbaar Voortgezet Onderwijs Hoogeland | drs. A.J. Bakker-Wieringa | voorzitter college van bestuur
SIG: Stichting Regionaal Opleidingencentrum Noorderhaven | ir. H.R. Tjoelker | voorzitter college van bestuur

Bijlagen: 1. PTA/OER Zorgroute Hoogeland 2024-2029; 2. Financiële overeenkomst.
"""


@sample("01_format_ingevuld", "pdf",
        "Official format structure (Doel 1-4, Afspraken 1-10 with sub-letters) fully and concretely "
        "filled in; Groningen, zorg en welzijn kb -> Verzorgende-IG niveau 3; real extra "
        "medezeggenschap arrangements.",
        "p p p p p p p p p p",
        {"a": "1. De betreffende doorlopende leerroute vmbo-mbo",
         "b": "2. Betrokkenheid bedrijfsleven",
         "c": "3. Inzet leiding en verantwoording (a: routeteam)",
         "d": "3. Inzet leiding en verantwoording (b: voortgangsrapportage 1 februari en 1 juli)",
         "e": "4. Organisatorische en onderwijskundige inrichting",
         "f": "5. Overstapoptie",
         "g": "6. Financiën (€ 1.250 per deelnemer)",
         "h": "7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime",
         "i": "8. Geschilbeslechting",
         "j": "9. Betrokkenheid andere partijen; 10. Beëindiging overeenkomst"})
def build_01(path):
    build_pdf(path, parse(TXT_01), title="Samenwerkingsovereenkomst Zorgroute Hoogeland",
              footer="Samenwerkingsovereenkomst Zorgroute Hoogeland - {n}")


# ============================================================================================
# 02  lawyer style, "Artikel N Titel" Word headings, three parties (Limburg, PIE + BWI)
# ============================================================================================
TXT_02 = """
T: SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTES VMBO-MBO TECHNIEK ZUID-LIMBURG
S: Installatietechniek en Bouw - kenmerk SOK/DLR/2024-07

DE ONDERGETEKENDEN:

IT: 1. | de stichting Stichting Katholiek Voortgezet Onderwijs Parkstad, statutair gevestigd te
Heerlen, kantoorhoudende aan de Akerstraat 112 te (6411 HD) Heerlen, ingeschreven in het
handelsregister onder nummer 14098823, bevoegd gezag van Vakcollege Parkstad, te dezen rechtsgeldig
vertegenwoordigd door de heer mr. J.M.H. Vroemen, voorzitter van het college van bestuur,
hierna te noemen: "Parkstad VO";
IT: 2. | de stichting Stichting Voortgezet Onderwijs Westelijke Mijnstreek, statutair gevestigd te
Sittard, kantoorhoudende aan de Rijksweg Zuid 44 te (6131 AP) Sittard, ingeschreven in het
handelsregister onder nummer 14120577, bevoegd gezag van Techniekcollege Graetheide, te dezen
rechtsgeldig vertegenwoordigd door mevrouw M.C.A. Smeets-Hermans MBA, lid van het college van
bestuur, hierna te noemen: "Westelijke Mijnstreek VO";
IT: 3. | de stichting Stichting Regionaal Opleidingencentrum Zuid-Limburg Mergelland, statutair
gevestigd te Maastricht, kantoorhoudende aan de Sibemaweg 3 te (6222 NH) Maastricht, ingeschreven
in het handelsregister onder nummer 14056901, te dezen rechtsgeldig vertegenwoordigd door de heer
dr. P.W.J. Lemmens, voorzitter van het college van bestuur, hierna te noemen: "het ROC";

Parkstad VO en Westelijke Mijnstreek VO hierna samen ook te noemen: "de Scholen"; de Scholen en het
ROC hierna samen te noemen: "Partijen" en ieder afzonderlijk: "Partij".

NEMEN IN AANMERKING DAT:

IT: A. | Partijen sinds 2016 samenwerken in de vakmanschapsroute techniek en die samenwerking met
ingang van het schooljaar 2024-2025 willen voortzetten als doorlopende leerroutes vmbo-mbo als
bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 (hierna: "WVO 2020") en artikel
9.1.2 van de Wet educatie en beroepsonderwijs (hierna: "WEB");
IT: B. | de Scholen ieder het profiel Produceren, installeren en energie aanbieden en Parkstad VO
daarnaast het profiel Bouwen, wonen en interieur;
IT: C. | de technische bedrijven in Zuid-Limburg een groot tekort aan vakmensen op niveau 3
ervaren en Partijen met deze leerroutes een ononderbroken en uitdagend leertraject willen bieden
aan leerlingen van de kaderberoepsgerichte leerweg;
IT: D. | artikel 2.107b WVO 2020 en artikel 9.1.3 WEB voorschrijven dat een doorlopende leerroute
wordt verzorgd op grond van een samenwerkingsovereenkomst en Partijen hun afspraken in deze
overeenkomst wensen vast te leggen;

EN KOMEN ALS VOLGT OVEREEN:

H1: Artikel 1 Begripsbepalingen
In deze overeenkomst wordt verstaan onder:
IT: a. | Leerroute: een doorlopende leerroute vmbo-mbo als omschreven in artikel 3 van deze
overeenkomst;
IT: b. | Deelnemer: een leerling van een van de Scholen of een student van het ROC die aan een
Leerroute deelneemt;
IT: c. | Vo-fase: de eerste twee leerjaren van een Leerroute, waarin de Deelnemer bij een van de
Scholen is ingeschreven;
IT: d. | Mbo-fase: het derde en de volgende leerjaren van een Leerroute, waarin de Deelnemer bij het
ROC is ingeschreven;
IT: e. | Stuurgroep: het orgaan dat op grond van artikel 5 de leiding over de Leerroutes heeft;
IT: f. | Routecoördinator: de medewerker die op grond van artikel 5 lid 5 de Stuurgroep ondersteunt;
IT: g. | PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en
examenregeling waarin het onderwijsprogramma en de examinering per leerjaar voor de gehele
Leerroute zijn beschreven;
IT: h. | Schooljaar: de periode van 1 augustus tot en met 31 juli van het daaropvolgende jaar.

H1: Artikel 2 Onderwerp en doel
IT: 1. | Partijen verzorgen gezamenlijk de in artikel 3 genoemde Leerroutes en dragen er gezamenlijk
zorg voor dat Deelnemers binnen de Leerroute zowel het vmbo-diploma als het mbo-diploma kunnen
behalen.
IT: 2. | Deze overeenkomst legt de afspraken vast die artikel 2.107b, tweede lid, WVO 2020 en artikel
9.1.3, tweede lid, WEB voorschrijven, voor zover deze op de samenwerking van toepassing zijn.
IT: 3. | Partijen melden de Leerroutes gezamenlijk aan de minister van Onderwijs, Cultuur en
Wetenschap door registratie in het Register Instellingen en Opleidingen (RIO); iedere School
registreert de Leerroutes die zij verzorgt afzonderlijk.

H1: Artikel 3 De Leerroutes
IT: 1. | Partijen verzorgen de volgende Leerroutes:
IT: a. | Leerroute Installatietechniek: het profiel Produceren, installeren en energie (PIE) in de
kaderberoepsgerichte leerweg, gevolgd door de mbo-opleiding Eerste monteur elektrotechnische
installaties in de woning en utiliteit, niveau 3, in het opleidingsdomein Installatie- en
energietechniek, in de beroepsopleidende en de beroepsbegeleidende leerweg. Deze Leerroute wordt
verzorgd door beide Scholen en het ROC;
IT: b. | Leerroute Bouw: het profiel Bouwen, wonen en interieur (BWI) in de kaderberoepsgerichte
leerweg, gevolgd door de mbo-opleiding Allround timmerman, niveau 3, in het opleidingsdomein Bouw en
infra, in de beroepsopleidende leerweg. Deze Leerroute wordt verzorgd door Parkstad VO en het ROC.
IT: 2. | Een Leerroute begint in leerjaar 3 van het vmbo en duurt in totaal vijf jaar. Het
vmbo-examen wordt afgenomen in het tweede leerjaar van de Leerroute; de vakken Nederlands en
wiskunde kunnen in het eerste leerjaar worden afgesloten.
IT: 3. | Per Leerroute starten jaarlijks ten hoogste 24 Deelnemers per School. De Stuurgroep kan
hiervan in overleg met de colleges van bestuur afwijken.

H1: Artikel 4 Betrokkenheid van het bedrijfsleven
IT: 1. | Partijen betrekken het bedrijfsleven bij de Leerroutes via de Stichting Praktijkopleidingen
Installatietechniek Limburg (PIL) en de vereniging Bouwopleidingen Mergelland, die namens de
aangesloten erkende leerbedrijven optreden.
IT: 2. | PIL en Bouwopleidingen Mergelland wijzen ieder twee vertegenwoordigers aan in de
Werkveldraad Techniek. De Werkveldraad komt ten minste drie keer per Schooljaar bijeen en adviseert
de Stuurgroep gevraagd en ongevraagd over de inhoud van het onderwijsprogramma, de keuze van
keuzedelen en de aansluiting op de regionale arbeidsmarkt.
IT: 3. | De aangesloten leerbedrijven, waaronder Installatiebedrijf Janssen-Coenen B.V. te Kerkrade,
Technische Unie Zuid B.V. te Geleen en Bouwbedrijf Hermans & Zn. te Brunssum:
IT: a. | bieden Deelnemers in het tweede leerjaar van de Leerroute een oriënterende stage van vier
weken en in de Mbo-fase bpv-plaatsen, onder begeleiding van een erkend praktijkopleider;
IT: b. | leveren jaarlijks ten minste drie levensechte praktijkopdrachten aan die in het PTA/OER
worden opgenomen;
IT: c. | stellen vakmensen beschikbaar voor gastlessen en voor het meebeoordelen van
praktijkexamens in de Mbo-fase.
IT: 4. | Het ROC draagt zorg voor de erkenning van de leerbedrijven door SBB en voor de
bpv-overeenkomsten.

H1: Artikel 5 Stuurgroep
IT: 1. | De leiding over de Leerroutes berust bij de Stuurgroep.
IT: 2. | De Stuurgroep bestaat uit drie leden: de directeur van Vakcollege Parkstad, de directeur
van Techniekcollege Graetheide en de directeur van het College Techniek van het ROC.
IT: 3. | Ieder lid wordt benoemd, geschorst en ontslagen door het college van bestuur van de Partij
die het lid vertegenwoordigt. Een benoeming wordt schriftelijk aan de andere Partijen meegedeeld.
Het voorzitterschap rouleert per Schooljaar tussen de leden, in de volgorde waarin Partijen in de
aanhef van deze overeenkomst zijn genoemd.
IT: 4. | De colleges van bestuur dragen aan de Stuurgroep de volgende taken op:
IT: a. | de dagelijkse leiding over de organisatie en de kwaliteit van de Leerroutes;
IT: b. | het jaarlijks vóór 1 juni vaststellen van het PTA/OER voor het volgende Schooljaar;
IT: c. | het bepalen van de inzet van personeel binnen de door iedere Partij beschikbaar gestelde
formatie en het vaststellen van de jaarroosters;
IT: d. | het beslissen over toelating van Deelnemers en over overstappen als bedoeld in artikel 11;
IT: e. | het onderhouden van de contacten met de Werkveldraad en de leerbedrijven.
IT: 5. | De Stuurgroep is bevoegd om binnen de vastgestelde begroting van de Leerroutes
verplichtingen aan te gaan tot een bedrag van € 25.000 per verplichting. De Stuurgroep wordt
ondersteund door een Routecoördinator, die door de Stuurgroep wordt aangesteld uit het personeel
van een van de Partijen.
IT: 6. | De Stuurgroep besluit bij unanimiteit. Besluiten over de begroting, over het aantal
Deelnemers en over wijziging van deze overeenkomst zijn voorbehouden aan de colleges van bestuur
van Partijen.

H1: Artikel 6 Informatie en verantwoording
IT: 1. | De Stuurgroep verstrekt de colleges van bestuur van alle Partijen binnen drie weken na
afloop van ieder kwartaal een beknopte kwartaalrapportage met de aantallen Deelnemers, het verzuim,
de voortijdige uitstroom en de uitputting van de begroting.
IT: 2. | De Stuurgroep legt jaarlijks vóór 1 november verantwoording af aan de colleges van bestuur
door middel van een jaarverslag over het afgelopen Schooljaar, met de examenresultaten, de
doorstroom naar de Mbo-fase, de resultaten van de evaluatie onder Deelnemers en leerbedrijven en de
financiële verantwoording. Het jaarverslag wordt besproken in een bestuurlijk overleg van de drie
colleges van bestuur.
IT: 3. | De Stuurgroep verstrekt de colleges van bestuur daarnaast op hun verzoek alle inlichtingen
die zij voor de uitoefening van hun taak nodig hebben.

H1: Artikel 7 Onderwijsprogramma en examinering
IT: 1. | Partijen beschrijven voor iedere Leerroute in het PTA/OER het onderwijsprogramma, de
examinering en de beroepspraktijkvorming per leerjaar, en geven daarbij aan welke onderdelen tot het
vmbo-programma, welke tot het mbo-programma en welke tot beide behoren.
IT: 2. | De Scholen zijn verantwoordelijk voor de vmbo-examinering en -diplomering; het ROC is
verantwoordelijk voor de mbo-examinering, de beroepspraktijkvorming en de mbo-diplomering.
IT: 3. | De Leerroutes worden verzorgd op de locaties van de Scholen in Heerlen en Sittard en in het
Techniekhuis van het ROC te Heerlen. In de Vo-fase volgen Deelnemers één dag per week onderwijs in
het Techniekhuis; in de Mbo-fase wordt het onderwijs in het Techniekhuis en bij de leerbedrijven
verzorgd.

H1: Artikel 8 Inzet van personeel
IT: 1. | Iedere Leerroute wordt verzorgd door één team van leraren van de betrokken School en docenten
van het ROC. Partijen maken gebruik van de teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en
artikel 9.1.12 WEB voor de vak- en sectoroverstijgende programmaonderdelen die in het PTA/OER zijn
aangeduid.
IT: 2. | Het ROC zet per Leerroute en per School ten minste 0,6 fte docent in de Vo-fase in; de
Scholen zetten per Leerroute ten minste 0,2 fte leraar algemene vakken in de Mbo-fase in.
IT: 3. | Personeel blijft in dienst van de eigen werkgever en wordt door die werkgever voor de
afgesproken omvang gedetacheerd; de werkgever blijft verantwoordelijk voor de rechtspositie, de
professionalisering en de beoordeling, waarbij de Stuurgroep wordt gehoord.

H1: Artikel 9 Huisvesting en faciliteiten
IT: 1. | Het ROC stelt de werkplaatsen elektrotechniek en bouw van het Techniekhuis, inclusief
gereedschap, materialen en persoonlijke beschermingsmiddelen, kosteloos ter beschikking aan
Deelnemers in de Vo-fase.
IT: 2. | De Scholen stellen hun praktijklokalen PIE en BWI ter beschikking voor lessen van
docenten van het ROC en voor de bijeenkomsten van de Werkveldraad.
IT: 3. | Iedere Partij blijft eigenaar van de eigen faciliteiten en draagt zorg voor onderhoud,
veiligheid en verzekering daarvan.

H1: Artikel 10 Inschrijving, verzuim en klachten
IT: 1. | In de Vo-fase is de Deelnemer ingeschreven bij de School; met ingang van het derde leerjaar
van de Leerroute wordt hij bij het ROC ingeschreven. Zolang de Deelnemer het vmbo-diploma niet heeft
behaald, blijft hij daarnaast bij de School ingeschreven voor de resterende vo-onderdelen.
IT: 2. | De School is in de Vo-fase verantwoordelijk voor de verzuimregistratie en -melding, het ROC
in de Mbo-fase.
IT: 3. | Een klacht over een gedraging van een medewerker van een andere Partij wordt behandeld
volgens de klachtenregeling van de Partij waar de klacht is ingediend. De Partij van de betrokken
medewerker verleent daarbij alle medewerking.

H1: Artikel 11 Overstapoptie
IT: 1. | Partijen stellen iedere Deelnemer die de Leerroute voortijdig verlaat of het vmbo-examen niet
haalt in staat een vmbo-diploma of een mbo-diploma te behalen dat past bij het door hem bereikte
onderwijsniveau en zijn leeftijd, naar het gezamenlijke oordeel van de betrokken School en het ROC.
IT: 2. | Daarbij gelden de volgende uitgangspunten:
IT: a. | verlaat de Deelnemer de Leerroute in de Vo-fase, dan vervolgt hij zijn opleiding in de
reguliere kaderberoepsgerichte leerweg van de School, in hetzelfde of een ander profiel, met behoud
van de behaalde resultaten;
IT: b. | heeft de Deelnemer aan het einde van het derde leerjaar van de Leerroute het vmbo-diploma
niet behaald, dan kan hij zonder vmbo-diploma een mbo-opleiding van niveau 2 of 3 bij het ROC volgen
in een aanverwant opleidingsdomein, of het vmbo-examen opnieuw afleggen; het ROC stelt in dat geval
geen vooropleidingseisen;
IT: c. | wil de Deelnemer in de Mbo-fase een andere richting kiezen, dan kan hij overstappen naar een
andere opleiding van hetzelfde niveau bij het ROC; bij een overstap naar een andere instelling
ondersteunt het ROC de Deelnemer bij het geschiktheidsonderzoek van die instelling.
IT: 3. | Het besluit over de overstap wordt genomen door de Stuurgroep op voorstel van de
Routecoördinator, na een gesprek met de Deelnemer en, als hij minderjarig is, zijn ouders. De
overstap wordt begeleid door de mentor of loopbaanbegeleider met een warme overdracht.

H1: Artikel 12 Financiële bepalingen
IT: 1. | In de Vo-fase draagt iedere School met toepassing van artikel 5.42a WVO 2020 aan het ROC
een bedrag over van € 900 per Deelnemer per Schooljaar, vastgesteld op basis van het aantal
Deelnemers op 1 oktober. Deze middelen zijn bestemd voor de inzet van docenten van het ROC in de
Vo-fase en voor het gebruik van de werkplaatsen en materialen van het Techniekhuis.
IT: 2. | Het ROC draagt geen bekostiging over aan de Scholen. De inzet van leraren van de Scholen in
de Mbo-fase wordt tegen de werkelijke loonkosten aan het ROC doorbelast.
IT: 3. | Het ROC factureert de bedragen uit lid 1 jaarlijks in december; betaling vindt plaats
binnen dertig dagen na factuurdatum.

H1: Artikel 13 Kwaliteitszorg en evaluatie
Partijen evalueren de Leerroutes jaarlijks aan de hand van het jaarverslag bedoeld in artikel 6 en
eens in de drie jaar aan de hand van een externe audit. De uitkomsten worden verwerkt in het PTA/OER
en, zo nodig, in een voorstel tot wijziging van deze overeenkomst.

H1: Artikel 14 Gegevensuitwisseling
Partijen wisselen alleen de persoonsgegevens van Deelnemers uit die nodig zijn voor de uitvoering
van deze overeenkomst. Zij sluiten daartoe een gegevensuitwisselingsovereenkomst die als bijlage 3
bij deze overeenkomst wordt gevoegd.

H1: Artikel 15 Aansprakelijkheid
Iedere Partij is aansprakelijk voor schade die het gevolg is van het eigen handelen of nalaten en
van het handelen of nalaten van het eigen personeel, en zorgt voor een passende
aansprakelijkheidsverzekering.

H1: Artikel 16 Toelating en plaatsing
IT: 1. | Een leerling van een van de Scholen kan aan het einde van leerjaar 2 worden toegelaten tot
een Leerroute als hij de kaderberoepsgerichte leerweg volgt, het advies van de mentor en de decaan
positief is en hij en zijn ouders een intakegesprek met de Routecoördinator hebben gevoerd.
IT: 2. | Zijn er meer aanmeldingen dan plaatsen, dan beslist de Stuurgroep op basis van het advies
van de mentor en de motivatie van de leerling; loting vindt niet plaats.
IT: 3. | De toelating tot de Mbo-fase is voor Deelnemers die de Vo-fase met een vmbo-diploma hebben
afgesloten gegarandeerd; een aanvullend intakegesprek bij het ROC is niet vereist.

H1: Artikel 17 Begeleiding en loopbaanoriëntatie
IT: 1. | Iedere Deelnemer heeft in de Vo-fase een mentor van de School en vanaf het tweede leerjaar van
de Leerroute daarnaast een studieloopbaanbegeleider van het ROC. Mentor en studieloopbaanbegeleider
voeren ten minste drie keer per Schooljaar samen een voortgangsgesprek met de Deelnemer.
IT: 2. | Partijen stemmen hun zorgstructuur af. De ondersteuning die een Deelnemer in de Vo-fase
ontvangt op grond van het ontwikkelingsperspectief of het ondersteuningsplan, wordt bij de overgang
naar de Mbo-fase met toestemming van de Deelnemer en zijn ouders warm overgedragen.
IT: 3. | Het programma voor loopbaanoriëntatie en -begeleiding is in het PTA/OER opgenomen en loopt
zonder onderbreking door van de Vo-fase naar de Mbo-fase.

H1: Artikel 18 Examencommissies
IT: 1. | De examencommissie van iedere School is verantwoordelijk voor de vmbo-examinering binnen de
Leerroute; de examencommissie van het College Techniek van het ROC voor de mbo-examinering.
IT: 2. | De examencommissies overleggen ten minste twee keer per Schooljaar over de afstemming van de
toetsing, de beoordeling van gecombineerde opdrachten en de borging van de kwaliteit van de
examinering. Zij stellen een gezamenlijk examenreglement voor de Leerroutes op.
IT: 3. | Een Deelnemer die bezwaar heeft tegen een beslissing over een vmbo-onderdeel, wendt zich tot
de School; bij een mbo-onderdeel tot het ROC. De Partijen verwijzen een bij de verkeerde Partij
ingediend bezwaar onverwijld door.

H1: Artikel 19 Communicatie en voorlichting
IT: 1. | Partijen verzorgen gezamenlijk de voorlichting over de Leerroutes aan leerlingen van leerjaar
2 en hun ouders, onder meer door een gezamenlijke voorlichtingsavond in januari en een gezamenlijke
brochure.
IT: 2. | Publicaties over de Leerroutes vermelden alle betrokken Partijen. Een Partij die zich in de
media over de Leerroutes uitlaat, stemt dat vooraf af met de voorzitter van de Stuurgroep.

H1: Artikel 20 Overmacht
IT: 1. | Een Partij is niet aansprakelijk voor een tekortkoming die het gevolg is van overmacht,
waaronder in ieder geval wordt verstaan: brand, overstroming, een pandemie en overheidsmaatregelen
die het geven van onderwijs op een locatie onmogelijk maken.
IT: 2. | In geval van overmacht overleggen Partijen binnen een week over een vervangende voorziening,
zodat het onderwijs aan Deelnemers zo min mogelijk wordt onderbroken.

H1: Artikel 21 Geschillen
IT: 1. | Geschillen tussen Partijen over de uitvoering van deze overeenkomst worden eerst in de
Stuurgroep besproken.
IT: 2. | Komt de Stuurgroep niet binnen vier weken tot een oplossing, dan legt iedere Partij het
geschil voor aan een bestuurlijk overleg van de voorzitters van de colleges van bestuur van
Partijen, dat binnen zes weken een besluit neemt.
IT: 3. | Leidt het bestuurlijk overleg niet tot een oplossing, dan wordt het geschil voorgelegd aan
een geschillencommissie van drie leden. Iedere bij het geschil betrokken Partij wijst een lid aan;
die leden wijzen samen een onafhankelijke voorzitter aan. De commissie doet binnen acht weken een
uitspraak, die geldt als bindend advies.
IT: 4. | Op deze overeenkomst is Nederlands recht van toepassing.

H1: Artikel 22 Toetreding
IT: 1. | Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan als Partij
tot deze overeenkomst toetreden, mits:
IT: a. | alle Partijen schriftelijk met de toetreding instemmen;
IT: b. | de toetreder het betrokken profiel of de betrokken opleiding aanbiedt en alle bepalingen
van deze overeenkomst aanvaardt;
IT: c. | de toetreding ingaat op 1 augustus van een Schooljaar en vóór 1 februari daaraan voorafgaand
schriftelijk is overeengekomen in een door alle Partijen ondertekende toetredingsverklaring.
IT: 2. | De toetreder meldt de Leerroute in RIO. Een toetreding laat de positie en het
onderwijsprogramma van zittende Deelnemers onverlet.

H1: Artikel 23 Duur, opzegging en ontbinding
IT: 1. | Deze overeenkomst treedt in werking op 1 augustus 2024 en wordt aangegaan voor onbepaalde
tijd.
IT: 2. | Iedere Partij kan de overeenkomst voor wat haar betreft opzeggen tegen het einde van een
Schooljaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden, bij aangetekende
brief aan de andere Partijen. Na opzegging door een School blijft de overeenkomst tussen de overige
Partijen van kracht.
IT: 3. | Een Partij kan de overeenkomst ontbinden indien een andere Partij, na schriftelijk in
gebreke te zijn gesteld, haar verplichtingen niet binnen drie maanden nakomt, of indien een andere
Partij haar erkenning of bekostiging voor de betrokken opleiding verliest.
IT: 4. | Na opzegging of ontbinding worden geen nieuwe Deelnemers meer toegelaten tot de betrokken
Leerroute. Partijen garanderen dat alle Deelnemers die op dat moment in de Leerroute zijn
ingeschreven, de Leerroute onder dezelfde voorwaarden kunnen afronden; daartoe blijven de
artikelen 5 tot en met 12 voor hen van kracht. Kan een Partij haar bijdrage niet meer leveren, dan
treffen de overige Partijen een voorziening, zodat de Deelnemer zonder vertraging een diploma kan
behalen.

H1: Artikel 24 Wijziging
IT: 1. | Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst die door alle
Partijen is ondertekend. Iedere Partij kan een voorstel tot wijziging doen via de Stuurgroep.
IT: 2. | Een wijziging gaat in bij het begin van een Schooljaar. Wijzigingen die het
onderwijsprogramma of de examinering raken, gelden alleen voor Deelnemers die na de ingangsdatum in
de Leerroute instromen, tenzij de wijziging voor zittende Deelnemers uitsluitend gunstig is.

H1: Artikel 25 Slotbepalingen
IT: 1. | De bijlagen maken deel uit van deze overeenkomst: bijlage 1 PTA/OER Leerroute
Installatietechniek, bijlage 2 PTA/OER Leerroute Bouw, bijlage 3 Gegevensuitwisselingsovereenkomst.
IT: 2. | Bij strijdigheid tussen de overeenkomst en een bijlage gaat de overeenkomst voor.
IT: 3. | Deze overeenkomst kan worden aangehaald als "SOK Techniek Zuid-Limburg 2024".

Aldus overeengekomen en in drievoud opgemaakt en ondertekend te Heerlen op 3 juli 2024.

SIG: Stichting Katholiek Voortgezet Onderwijs Parkstad | mr. J.M.H. Vroemen | voorzitter college van bestuur
SIG: Stichting Voortgezet Onderwijs Westelijke Mijnstreek | M.C.A. Smeets-Hermans MBA | lid college van bestuur
SIG: Stichting Regionaal Opleidingencentrum Zuid-Limburg Mergelland | dr. P.W.J. Lemmens | voorzitter college van bestuur

BR:

H1: Bijlage 1 Samenvatting PTA/OER Leerroute Installatietechniek
IT: Jaar 1 | (leerjaar 3 vmbo) Profielmodules PIE en algemene vakken; mbo-module Basis elektrotechniek
in het Techniekhuis, één dag per week; examinering van de profielmodules in het schoolexamen.
IT: Jaar 2 | (leerjaar 4 vmbo) Centraal examen vmbo; mbo-modules Installeren in de woning en
Veilig werken (VCA); oriënterende stage van vier weken bij een leerbedrijf.
IT: Jaar 3 | (mbo) Beroepspraktijkvorming twee dagen per week; mbo-examens Aanleggen installaties en
Nederlands 2F.
IT: Jaar 4 | (mbo) Beroepspraktijkvorming drie dagen per week; keuzedelen Domotica en Zonne-energie.
IT: Jaar 5 | (mbo) Proeve van bekwaamheid Eerste monteur; examens Nederlands en rekenen 3F; diplomering.

H1: Bijlage 2 Samenvatting PTA/OER Leerroute Bouw
IT: Jaar 1 | (leerjaar 3 vmbo) Profielmodules BWI en algemene vakken; mbo-module Basis timmeren in de
bouwhal van het Techniekhuis, één dag per week.
IT: Jaar 2 | (leerjaar 4 vmbo) Centraal examen vmbo; mbo-modules Bouwkundig tekenen en Veilig werken
(VCA); oriënterende stage van vier weken.
IT: Jaar 3 | (mbo) Beroepspraktijkvorming twee dagen per week; mbo-examens Ruwbouw en Nederlands 2F.
IT: Jaar 4 | (mbo) Beroepspraktijkvorming drie dagen per week; keuzedelen Duurzaam bouwen en BIM.
IT: Jaar 5 | (mbo) Proeve van bekwaamheid Allround timmerman; examens Nederlands en rekenen 3F;
diplomering.

H1: Bijlage 3 Gegevensuitwisselingsovereenkomst (hoofdpunten)
IT: 1. | Partijen wisselen uitsluitend naam, geboortedatum, onderwijsnummer, cijfers en
studievoortgang, verzuim en, met toestemming, gegevens over ondersteuning uit.
IT: 2. | Gegevens worden uitgewisseld via de beveiligde koppeling tussen de leerlingadministratie van
de Scholen en de studentadministratie van het ROC; e-mail wordt daarvoor niet gebruikt.
IT: 3. | Iedere Partij is verwerkingsverantwoordelijke voor de eigen verwerkingen; gegevens worden
niet langer bewaard dan de wettelijke bewaartermijnen.
IT: 4. | Een datalek wordt binnen 24 uur gemeld aan de functionaris gegevensbescherming van de andere
Partijen.
"""


@sample("02_artikelen_drie_partijen", "docx",
        "Lawyer style, 'Artikel N Titel' typed into Word Heading 1 paragraphs, three parties (two vmbo "
        "boards + one ROC), two routes (PIE, BWI) in Zuid-Limburg; long; no medezeggenschap text at all.",
        "p p p p p p p na p p",
        {"a": "Artikel 3 De Leerroutes", "b": "Artikel 4 Betrokkenheid van het bedrijfsleven",
         "c": "Artikel 5 Stuurgroep", "d": "Artikel 6 Informatie en verantwoording",
         "e": "Artikel 7 Onderwijsprogramma en examinering; Artikel 8 Inzet van personeel; "
              "Artikel 9 Huisvesting en faciliteiten",
         "f": "Artikel 11 Overstapoptie", "g": "Artikel 12 Financiële bepalingen",
         "i": "Artikel 21 Geschillen",
         "j": "Artikel 22 Toetreding; Artikel 23 Duur, opzegging en ontbinding; Artikel 24 Wijziging"})
def build_02(path):
    d = new_docx("SOK Techniek Zuid-Limburg 2024", font="Times New Roman", size=12)
    pf = d.styles["Normal"].paragraph_format
    pf.space_after = Pt(6)
    pf.line_spacing = 1.15
    docx_blocks(d, parse(TXT_02), para_align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    save_docx(d, path)


# ============================================================================================
# 03  plain prose without any headings, hard-wrapped (Zeeland, horeca)
# ============================================================================================
TXT_03 = """
Deze samenwerkingsovereenkomst over een doorlopende leerroute vmbo-mbo wordt gesloten tussen
Stichting Christelijk Voortgezet Onderwijs De Bevelanden, statutair gevestigd te Goes, bevoegd
gezag van het Oosterschelde Vakcollege, rechtsgeldig vertegenwoordigd door mevrouw J.C. de
Kam-Verhage, bestuurder, hierna te noemen de school, en Stichting ROC Westerschelde, statutair
gevestigd te Vlissingen, rechtsgeldig vertegenwoordigd door de heer M.P. Louwerse, voorzitter van de
raad van bestuur, hierna te noemen het ROC.

Overwegende dat de horeca en de recreatiesector in Zeeland jaarrond gekwalificeerde medewerkers
nodig hebben, dat veel leerlingen van de basisberoepsgerichte leerweg gebaat zijn bij een route
zonder knip tussen vmbo en mbo, en dat de school en het ROC al enkele jaren samen
praktijkonderwijs verzorgen in het leerrestaurant van het ROC in Goes, komen partijen het
volgende overeen.

De school en het ROC verzorgen met ingang van 1 augustus 2024 samen de doorlopende leerroute
Horeca Bevelanden. De route begint in leerjaar 3 van het profiel Horeca, bakkerij en recreatie in
de basisberoepsgerichte leerweg van het Oosterschelde Vakcollege en leidt naar de mbo-opleidingen
Kok (niveau 2) en Gastheer/gastvrouw (niveau 2) in het opleidingsdomein Horeca en bakkerij van het
ROC. De leerling kiest aan het eind van leerjaar 3 voor een van beide opleidingen. Partijen melden
de route samen aan bij DUO door registratie in RIO.

Het bedrijfsleven doet op drie manieren mee. Het Horecaplatform Bevelanden, een samenwerkingsverband
van twaalf erkende leerbedrijven waaronder Hotel-Restaurant De Schelde in Goes en Strandpaviljoen
De Zeeuwse Kust in Vrouwenpolder, biedt iedere deelnemer vanaf het tweede jaar van de route een
bpv-plaats aan met een vaste praktijkopleider. Koks en bedrijfsleiders van deze bedrijven geven
iedere periode een gastles of masterclass in het leerrestaurant en beoordelen mee bij de
praktijkexamens. Twee keer per jaar, in oktober en in maart, bespreken de platformleden met het
kernteam het programma en geven zij advies over de keuzedelen en over de eisen die de sector aan
beginnende medewerkers stelt.

De leiding over de route ligt bij een kernteam van drie personen: de teamleider Horeca, bakkerij en
recreatie van de school, de opleidingsmanager Horeca van het ROC en een routecoördinator. De
teamleider wordt aangewezen door de bestuurder van de school en de opleidingsmanager door de raad
van bestuur van het ROC; de routecoördinator wordt door beide samen benoemd, telkens voor twee
schooljaren. Het kernteam stelt het gezamenlijke PTA/OER op, regelt het rooster, verdeelt de lessen
over de docenten, beslist over de toelating van leerlingen tot de route en over overstappen, en
onderhoudt het contact met het Horecaplatform. Het kernteam mag binnen het jaarbudget van de route
zelf uitgaven doen; voor uitgaven daarboven, voor het aantal plaatsen en voor wijzigingen van deze
overeenkomst is toestemming van de beide besturen nodig.

Het kernteam houdt de besturen van de school en het ROC op de hoogte van hoe het met de route gaat.

In het eerste en tweede jaar van de route zijn de deelnemers ingeschreven bij de school en volgen
zij de algemene vakken in Goes. Het praktijkgedeelte vindt vanaf het begin plaats in het
leerrestaurant en de bakkerijpraktijkruimte van het ROC aan het Stationspark in Goes, die het ROC
daarvoor zonder kosten beschikbaar stelt, evenals de keukenuitrusting, de werkkleding en de
digitale leeromgeving. De school stelt haar praktijkkeuken open voor lessen die docenten van het ROC
op de school geven. Vanaf het derde jaar zijn de deelnemers student van het ROC. De lessen worden
gegeven door één team van leraren van de school en praktijkdocenten van het ROC. Voor de
programmaonderdelen die beide opleidingen raken, maken partijen gebruik van de teambevoegdheid, zoals
in het PTA/OER is vastgelegd; voor elk onderdeel blijft een bevoegde docent verantwoordelijk. Het ROC
zet in de eerste twee jaar wekelijks acht lesuren praktijkdocent in; de school levert in het derde
jaar vier lesuren Nederlands en rekenen. Iedereen blijft in dienst van de eigen werkgever. Het
PTA/OER beschrijft per leerjaar welke vmbo- en welke mbo-onderdelen worden onderwezen en
geëxamineerd; het vmbo-examen wordt in het tweede jaar van de route afgenomen.

Stopt een deelnemer in het eerste of tweede jaar met de route, dan gaat hij verder in de reguliere
basisberoepsgerichte leerweg van de school, in hetzelfde profiel of een ander profiel, zodat hij
het vmbo-diploma kan halen. Heeft hij aan het eind van het tweede jaar zijn vmbo-diploma niet
gehaald, dan kan hij zonder dat diploma beginnen aan een mbo-opleiding van niveau 2 bij het ROC,
binnen of buiten de horeca, of het examenjaar overdoen. Past de horeca in het derde jaar toch niet
bij hem, dan kan hij overstappen naar een andere opleiding op niveau 2 van het ROC, bijvoorbeeld in
de logistiek of de detailhandel; het ROC vraagt dan geen vooropleidingseisen. De school en het ROC
beslissen samen over de overstap, op basis van wat de deelnemer heeft bereikt en zijn leeftijd en na
een gesprek met de deelnemer en zijn ouders. De mentor zorgt voor een warme overdracht. De
uitwerking staat in de schoolgids van de school en de studiegids van het ROC.

De school en het ROC dragen geen bekostiging aan elkaar over. Ieder draagt de kosten van het eigen
personeel en de eigen voorzieningen.

Bovenop wat de WMS en de WEB regelen spreken partijen af dat de medezeggenschapsraad van de school en
de studentenraad van het ROC ieder twee leden afvaardigen naar een gezamenlijke klankbordgroep
horecaroute. Deze klankbordgroep komt twee keer per jaar samen en wordt om advies gevraagd voordat het
PTA/OER of deze overeenkomst wordt gewijzigd. Deelnemers die nog bij de school staan ingeschreven,
mogen zich verkiesbaar stellen voor de studentenraad van het ROC.

Als partijen het over de uitvoering van deze overeenkomst niet eens worden, bespreekt eerst het
kernteam het probleem. Lukt het daar niet binnen een maand, dan overleggen de bestuurder van de
school en de voorzitter van de raad van bestuur van het ROC. Komen ook zij er niet uit, dan vragen zij
samen een onafhankelijke mediator. Blijft het geschil bestaan, dan beslist de rechtbank
Zeeland-West-Brabant.

Een andere school of een andere instelling voor beroepsonderwijs kan zich bij deze overeenkomst
aansluiten als beide partijen daar schriftelijk mee akkoord gaan en de nieuwe partij de afspraken in
deze overeenkomst overneemt; de aansluiting gaat in bij het begin van een schooljaar en wordt samen
in RIO gemeld. Deze overeenkomst geldt voor onbepaalde tijd. Ieder van partijen kan haar schriftelijk
opzeggen tegen het einde van een schooljaar, met een termijn van ten minste een jaar. Na een
opzegging worden geen nieuwe leerlingen meer toegelaten, maar alle deelnemers die al in de route
zitten, kunnen die onder dezelfde voorwaarden afmaken. Wijzigingen worden alleen schriftelijk en
met handtekening van beide besturen afgesproken; ze gaan in bij het begin van een schooljaar en
mogen deelnemers die al in de route zitten niet benadelen.

Aldus overeengekomen en in tweevoud getekend te Goes op 28 mei 2024.

SIG: Stichting Christelijk Voortgezet Onderwijs De Bevelanden | J.C. de Kam-Verhage | bestuurder
SIG: Stichting ROC Westerschelde | M.P. Louwerse | voorzitter raad van bestuur
"""


@sample("03_proza_zonder_kopjes", "txt",
        "Plain prose paragraphs without any headings, hard-wrapped at ~90 characters; Zeeland, "
        "horeca bakkerij en recreatie bb -> Kok / Gastheer-gastvrouw niveau 2. Verantwoording is one "
        "bare sentence (no form, no frequency).",
        "p p p w p p p p p p",
        {"a": "De school en het ROC verzorgen met ingang van 1 augustus 2024 samen de doorlopende "
              "leerroute Horeca Bevelanden",
         "b": "Het bedrijfsleven doet op drie manieren mee",
         "c": "De leiding over de route ligt bij een kernteam van drie personen",
         "e": "In het eerste en tweede jaar van de route zijn de deelnemers ingeschreven bij de school",
         "f": "Stopt een deelnemer in het eerste of tweede jaar met de route",
         "g": "De school en het ROC dragen geen bekostiging aan elkaar over",
         "h": "gezamenlijke klankbordgroep horecaroute",
         "i": "Als partijen het over de uitvoering van deze overeenkomst niet eens worden",
         "j": "Een andere school of een andere instelling voor beroepsonderwijs kan zich bij deze "
              "overeenkomst aansluiten"})
def build_03(path):
    path.write_text(plain_lines(parse(TXT_03), width=90), encoding="utf-8")


# ============================================================================================
# 04  clauses in a two-column table (Rotterdam, economie en ondernemen)
# ============================================================================================
HEAD_04 = """
T: Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Retail Rotterdam-Zuid

De ondergetekenden:

Stichting Openbaar Voortgezet Onderwijs Maasoever, statutair gevestigd te Rotterdam, bevoegd gezag
van Maasoever College locatie Charlois, rechtsgeldig vertegenwoordigd door de heer R.A. Bouzid,
voorzitter van het college van bestuur, hierna te noemen: "de school";

en

Stichting ROC Nieuwe Maas, statutair gevestigd te Rotterdam, rechtsgeldig vertegenwoordigd door
mevrouw ir. L.M. van der Stoep, lid van het college van bestuur, hierna te noemen: "het ROC";

overwegende dat partijen jongeren uit Rotterdam-Zuid een ononderbroken route naar een diploma op
niveau 4 in de handel willen bieden en dat zij deze route willen verzorgen als doorlopende leerroute
in de zin van de WVO 2020 en de WEB,

komen het volgende overeen, zoals in onderstaande tabel per onderwerp uitgewerkt:
"""

ROWS_04 = [
    ("Doel",
     "Partijen verzorgen met ingang van het schooljaar 2024-2025 samen de doorlopende leerroute "
     "Retail Rotterdam-Zuid en melden deze gezamenlijk aan de minister door registratie in RIO. Het "
     "onderwijsprogramma en de examinering per leerjaar worden voor de hele route beschreven in het "
     "gezamenlijke PTA/OER (bijlage A)."),
    ("Route en opleiding",
     "De route verbindt het profiel Economie en ondernemen in de gemengde leerweg van het Maasoever "
     "College met de mbo-opleiding Manager retail (niveau 4, beroepsopleidende leerweg) in het "
     "opleidingsdomein Handel en ondernemerschap van het ROC. De route duurt zes jaar: twee jaar "
     "vo-fase en vier jaar mbo-fase."),
    ("Bedrijfsleven",
     "Het bedrijfsleven wordt betrokken bij de invulling van de route. Partijen streven ernaar "
     "ondernemers uit de regio een bijdrage te laten leveren aan het onderwijs."),
    ("Regiegroep",
     "De leiding over de route berust bij de regiegroep, bestaande uit de teamleider bovenbouw van "
     "de school, de opleidingsmanager Handel van het ROC en een routecoördinator. De teamleider en "
     "de opleidingsmanager worden door het eigen college van bestuur aangewezen; de "
     "routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd. De regiegroep "
     "stelt jaarlijks het PTA/OER vast, maakt het rooster, verdeelt de lesuren over het "
     "docententeam en beslist over toelating en overstap van leerlingen. Zij mag binnen de "
     "jaarbegroting van de route zelfstandig verplichtingen aangaan tot € 10.000; andere besluiten "
     "met financiële gevolgen zijn aan de colleges van bestuur voorbehouden."),
    ("Verantwoording",
     "De regiegroep brengt halfjaarlijks, in januari en in juli, een schriftelijke rapportage uit "
     "aan beide colleges van bestuur over het aantal leerlingen, de resultaten, de uitval en de "
     "besteding van het budget. De julirapportage wordt besproken in een gezamenlijk overleg van de "
     "regiegroep met een lid van ieder college van bestuur."),
    ("Locatie, personeel en faciliteiten",
     "De vo-fase wordt verzorgd in het gebouw van de school aan de Wolphaertsbocht; vanaf het tweede "
     "leerjaar volgen de leerlingen wekelijks een dagdeel onderwijs in de leerwinkel van het ROC aan "
     "de Slinge. De mbo-fase wordt op die ROC-locatie verzorgd. De route wordt gegeven door één team "
     "van docenten van beide partijen, dat voor de vakoverstijgende onderdelen gebruik maakt van de "
     "teambevoegdheid; het ROC zet in de vo-fase per week zes lesuren docent retail in. De docenten "
     "blijven in dienst van hun eigen werkgever. Het ROC stelt de leerwinkel, het kassasysteem en "
     "de webshopomgeving beschikbaar; de school stelt haar computerlokalen beschikbaar voor de "
     "lessen van ROC-docenten."),
    ("Overstapoptie",
     "Een leerling die in de vo-fase met de route stopt, gaat verder in de reguliere gemengde "
     "leerweg van de school en haalt daar zijn vmbo-diploma. Wie aan het eind van het derde "
     "leerjaar van de route geen vmbo-diploma heeft, kan zonder vooropleidingseisen instromen in een "
     "opleiding van niveau 3 of 4 van het ROC in de handel of de logistiek, of het vmbo-examen "
     "opnieuw doen. Wie in de mbo-fase een andere richting kiest, kan overstappen naar een andere "
     "opleiding van niveau 4 van het ROC. De school en het ROC besluiten samen over de overstap op "
     "basis van het bereikte niveau en de leeftijd, in overleg met de leerling en zijn ouders."),
    ("Bekostiging",
     "De school draagt in het tweede leerjaar van de route een deel van haar bekostiging over aan "
     "het ROC ten behoeve van de lessen die docenten van het ROC in de vo-fase verzorgen. De hoogte "
     "van het over te dragen bedrag stelt de regiegroep jaarlijks vast."),
    ("Geschillen",
     "Een geschil over de uitvoering van deze overeenkomst wordt eerst besproken in de regiegroep "
     "en daarna in een overleg van de voorzitters van beide colleges van bestuur. Is het geschil "
     "acht weken na de eerste bespreking niet opgelost, dan kan iedere partij het voorleggen aan de "
     "bevoegde rechter van de rechtbank Rotterdam."),
    ("Looptijd en beëindiging",
     "Deze overeenkomst geldt voor vijf schooljaren en wordt daarna steeds stilzwijgend met vijf "
     "schooljaren verlengd. Iedere partij kan haar opzeggen tegen 1 augustus met een opzegtermijn "
     "van twaalf maanden. Na opzegging stromen geen nieuwe leerlingen meer in; leerlingen die al in "
     "de route zitten, maken de route bij partijen af. Wijziging van deze overeenkomst gebeurt "
     "alleen schriftelijk, met instemming van beide colleges van bestuur, en gaat in bij het begin "
     "van een schooljaar."),
]

TAIL_04 = """
Aldus overeengekomen en ondertekend te Rotterdam op 24 juni 2024.

SIG: Stichting Openbaar Voortgezet Onderwijs Maasoever | R.A. Bouzid | voorzitter college van bestuur
SIG: Stichting ROC Nieuwe Maas | ir. L.M. van der Stoep | lid college van bestuur
"""


@sample("04_tabel", "docx",
        "Clauses in a two-column Word table (left cell topic, right cell arrangement), parties above "
        "the table; Rotterdam, economie en ondernemen gl -> Manager retail niveau 4. Bedrijfsleven "
        "only an intention, bekostiging transfer without amount, no toetreding; no medezeggenschap.",
        "p w p p p p w na p w",
        {"a": "Route en opleiding", "c": "Regiegroep", "d": "Verantwoording",
         "e": "Locatie, personeel en faciliteiten", "f": "Overstapoptie", "i": "Geschillen"})
def build_04(path):
    d = new_docx("SOK Retail Rotterdam-Zuid", font="Arial", size=10)
    docx_blocks(d, parse(HEAD_04))
    t = d.add_table(rows=0, cols=2)
    t.style = d.styles["Table Grid"]
    for left, right in ROWS_04:
        cells = t.add_row().cells
        cells[0].width, cells[1].width = Cm(4.2), Cm(11.8)
        cells[0].paragraphs[0].add_run(left).bold = True
        cells[1].paragraphs[0].add_run(right)
    for col, w in zip(t.columns, (Cm(4.2), Cm(11.8))):
        for c in col.cells:
            c.width = w
    d.add_paragraph()
    docx_blocks(d, parse(TAIL_04))
    save_docx(d, path)


# ============================================================================================
# 05  Word automatic numbering: "Artikel %1" lives only in numbering.xml (Twente, M&T)
# ============================================================================================
# kinds: T title, C centred line, P plain paragraph, H heading (Heading 1, auto "Artikel N"),
# N numbered sub-paragraph ("%1.%2", ilvl 1), L lettered item (ilvl 2, list instance 20),
# R lettered item in the second list instance 21 (restarts via lvlOverride/startOverride),
# SIG signature (party, name, function). No text may contain the article numbers or the word
# "artikel": the numbers exist only in numbering.xml.
CONTENT_05 = [
    ("T", "Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit Twente"),
    ("C", "vmbo Mobiliteit en transport (kader) - mbo Eerste autotechnicus (niveau 3)"),
    ("P", "Partijen:"),
    ("P", "Stichting Openbaar Voortgezet Onderwijs Twentekanaal, statutair gevestigd te Hengelo, "
          "bevoegd gezag van het Twentekanaal Vakcollege, rechtsgeldig vertegenwoordigd door de heer "
          "drs. G.J. Oude Luttikhuis, voorzitter van het college van bestuur, hierna te noemen: "
          "\u201cde school\u201d;"),
    ("P", "Stichting Regionaal Opleidingencentrum Twente Poort, statutair gevestigd te Enschede, "
          "rechtsgeldig vertegenwoordigd door mevrouw M.H. Nijhuis-Rouwhorst, voorzitter van het "
          "college van bestuur, hierna te noemen: \u201cde instelling\u201d;"),
    ("P", "Overwegende dat de autobranche in Twente jaarlijks meer technici nodig heeft dan er "
          "instromen, dat de school en de instelling sinds 2018 samen de technologieroute mobiliteit "
          "verzorgen, en dat zij deze samenwerking willen omzetten in een doorlopende leerroute als "
          "bedoeld in de WVO 2020 en de WEB;"),
    ("P", "komen overeen als volgt:"),

    ("H", "Begripsbepalingen"),
    ("N", "In deze overeenkomst wordt verstaan onder:"),
    ("L", "route: de doorlopende leerroute Mobiliteit Twente zoals hierna omschreven;"),
    ("L", "deelnemer: een leerling of student die aan de route deelneemt;"),
    ("L", "routeteam: het team dat de leiding over de route heeft;"),
    ("L", "PTA/OER: de gezamenlijke beschrijving van het onderwijsprogramma, de examinering en de "
          "beroepspraktijkvorming per leerjaar voor de hele route."),

    ("H", "Onderwerp en route"),
    ("N", "De school en de instelling verzorgen samen de route. De route verbindt het profiel "
          "Mobiliteit en transport in de kaderberoepsgerichte leerweg van het Twentekanaal Vakcollege "
          "met de mbo-opleiding Eerste autotechnicus, niveau 3, in het opleidingsdomein Mobiliteit "
          "en voertuigen van de instelling, in de beroepsopleidende leerweg."),
    ("N", "De route begint in leerjaar 3 van het vmbo en duurt vijf jaar. De deelnemer legt het "
          "vmbo-examen af in het tweede jaar van de route."),
    ("N", "Partijen melden de route gezamenlijk aan de minister door registratie in RIO, uiterlijk "
          "op 1 oktober voorafgaand aan de eerste instroom."),

    ("H", "Rol van het bedrijfsleven"),
    ("N", "Partijen werken voor de route samen met de Autobranche Twente, een regionale vereniging "
          "van dertig autobedrijven en schadeherstelbedrijven, en met de bedrijven Garage Lansink "
          "B.V. te Hengelo en Truckservice Oost B.V. te Almelo."),
    ("N", "Deze bedrijven:"),
    ("L", "bieden iedere deelnemer in het tweede jaar van de route een werkplekleerperiode van zes "
          "weken en in de mbo-fase een bpv-plaats bij een erkend leerbedrijf;"),
    ("L", "stellen diagnoseapparatuur en actuele voertuigen beschikbaar voor praktijkopdrachten;"),
    ("L", "nemen deel aan de adviescommissie mobiliteit, die twee keer per schooljaar het PTA/OER "
          "bespreekt en het routeteam adviseert over nieuwe technieken zoals elektrisch rijden;"),
    ("L", "beoordelen mee bij de praktijkexamens in de mbo-fase."),

    ("H", "Routeteam"),
    ("N", "De leiding over de route berust bij het routeteam. Het routeteam bestaat uit de "
          "teamleider techniek van de school, de opleidingsmanager mobiliteit van de instelling en "
          "de routecoördinator."),
    ("N", "De teamleider en de opleidingsmanager maken deel uit van het routeteam zolang zij door het "
          "college van bestuur van hun eigen organisatie daartoe zijn aangewezen. De "
          "routecoördinator wordt door de beide colleges van bestuur gezamenlijk benoemd en kan door "
          "hen gezamenlijk worden ontslagen."),
    ("N", "De colleges van bestuur dragen aan het routeteam de volgende taken en bevoegdheden op:"),
    ("R", "het jaarlijks vaststellen van het PTA/OER, na advies van de adviescommissie mobiliteit;"),
    ("R", "het inroosteren en verdelen van de lessen over het docententeam;"),
    ("R", "het toelaten van deelnemers en het beslissen over een overstap;"),
    ("R", "het beheren van het routebudget, waarbij het routeteam verplichtingen mag aangaan tot "
          "\u20ac 15.000 per jaar zonder voorafgaande toestemming van de colleges."),

    ("H", "Verantwoording"),
    ("N", "Het routeteam stuurt beide colleges van bestuur ieder jaar vóór 15 oktober een "
          "jaarverslag over het afgelopen schooljaar, met de aantallen deelnemers, de "
          "examenresultaten, de uitval en de besteding van het routebudget."),
    ("N", "Daarnaast bespreekt het routeteam drie keer per jaar de voortgang in het bestuurlijk "
          "overleg van beide colleges, aan de hand van een korte voortgangsnotitie."),

    ("H", "Inrichting van het onderwijs"),
    ("N", "In de vo-fase krijgen de deelnemers les op de locatie van de school aan de Enschedesestraat "
          "in Hengelo en één dag per week in het Mobiliteitscentrum van de instelling in Enschede; "
          "de mbo-fase vindt plaats in het Mobiliteitscentrum en bij de leerbedrijven."),
    ("N", "De route wordt verzorgd door één team van vijf docenten van de school en vier docenten "
          "van de instelling, dat voor de vak- en sectoroverstijgende onderdelen gebruikmaakt van de "
          "teambevoegdheid. De instelling zet in de vo-fase per groep acht lesuren per week in; "
          "docenten blijven in dienst van de eigen werkgever."),
    ("N", "De instelling stelt de werkplaats, de hefbruggen, de hoogvoltwerkplek en de "
          "diagnoseapparatuur van het Mobiliteitscentrum ter beschikking; de school stelt haar "
          "praktijklokaal motorvoertuigentechniek ter beschikking voor lessen van docenten van de "
          "instelling."),
    ("N", "Het PTA/OER legt voor ieder leerjaar vast welke onderdelen tot het vmbo-programma en "
          "welke tot het mbo-programma behoren en wanneer zij worden geëxamineerd."),

    ("H", "Overstapoptie"),
    ("N", "Een deelnemer die de route niet met succes afmaakt, krijgt altijd een alternatief dat "
          "leidt tot een diploma. De school en de instelling bepalen samen welk alternatief past bij "
          "het bereikte onderwijsniveau en de leeftijd van de deelnemer, na een gesprek met de "
          "deelnemer en zijn ouders."),
    ("N", "Stopt de deelnemer in de vo-fase, dan gaat hij verder in de reguliere kaderberoepsgerichte "
          "leerweg van de school. Haalt hij het vmbo-examen niet, dan kan hij bij de instelling "
          "zonder vmbo-diploma doorgaan in een opleiding van niveau 2 of 3 in de mobiliteit of de "
          "techniek, of het examen opnieuw doen. Kiest hij in de mbo-fase voor een andere richting, "
          "dan kan hij overstappen naar een andere opleiding van niveau 3 van de instelling."),

    ("H", "Bekostiging"),
    ("N", "Partijen dragen geen bekostiging aan elkaar over. Iedere partij draagt de kosten van het "
          "eigen personeel en de eigen faciliteiten; de inzet van docenten van de instelling in de "
          "vo-fase wordt verrekend met de inzet van docenten van de school in de mbo-fase."),

    ("H", "Medezeggenschap"),
    ("N", "Bovenop de WMS, de WEB en de WOR spreken partijen af dat deelnemers die nog bij de school "
          "staan ingeschreven, met één vertegenwoordiger met spreekrecht deelnemen aan de "
          "vergaderingen van de deelraad van het Mobiliteitscentrum van de instelling."),
    ("N", "Een voorgenomen wijziging van deze overeenkomst wordt voor advies voorgelegd aan zowel de "
          "medezeggenschapsraad van de school als de studentenraad van de instelling."),

    ("H", "Geschillen"),
    ("N", "Geschillen over de uitvoering van deze overeenkomst bespreken partijen eerst in het "
          "routeteam en daarna in het bestuurlijk overleg van de colleges van bestuur."),
    ("N", "Is een geschil binnen twee maanden niet opgelost, dan leggen partijen het voor aan een "
          "bindend adviseur die zij samen aanwijzen; komen zij over die aanwijzing niet overeen, dan "
          "wijst de voorzitter van de rechtbank Overijssel de adviseur aan."),

    ("H", "Toetreding"),
    ("N", "Een andere vmbo-school of instelling voor beroepsonderwijs kan toetreden als beide "
          "partijen daar schriftelijk mee instemmen en de toetreder deze overeenkomst volledig "
          "aanvaardt. De toetreding gaat in op 1 augustus en wordt door alle partijen samen in RIO "
          "gemeld. Zittende deelnemers behouden hun programma."),

    ("H", "Looptijd, opzegging en wijziging"),
    ("N", "Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar opzeggen tegen het "
          "einde van een schooljaar met een termijn van ten minste twaalf maanden."),
    ("N", "Na opzegging stromen geen nieuwe deelnemers in en maken alle deelnemers die al zijn "
          "begonnen de route af onder de voorwaarden van deze overeenkomst."),
    ("N", "Wijzigingen worden schriftelijk overeengekomen door beide colleges van bestuur en gaan "
          "in bij het begin van een schooljaar, zonder nadeel voor zittende deelnemers."),

    ("H", "Slotbepaling"),
    ("N", "Op deze overeenkomst is Nederlands recht van toepassing."),
    ("P", "Aldus overeengekomen en ondertekend te Hengelo op 9 juli 2024."),
    ("SIG", [("Stichting Openbaar Voortgezet Onderwijs Twentekanaal", "drs. G.J. Oude Luttikhuis",
              "voorzitter college van bestuur"),
             ("Stichting Regionaal Opleidingencentrum Twente Poort", "M.H. Nijhuis-Rouwhorst",
              "voorzitter college van bestuur")]),
]


def _numbering_05(d):
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="20">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading1"/><w:suff w:val="space"/><w:lvlText w:val="Artikel %1"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs>'
        '<w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%3."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:tabs><w:tab w:val="num" w:pos="1134"/></w:tabs>'
        '<w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    numbering.find(qn("w:num")).addprevious(abstract)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="20"><w:abstractNumId w:val="20"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="21"><w:abstractNumId w:val="20"/>'
        '<w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    # attach level 0 to the Heading 1 style: the style carries the numPr
    h1 = d.styles["Heading 1"].element
    ppr = h1.get_or_add_pPr()
    ppr.find(qn("w:keepLines")).addnext(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="20"/></w:numPr>'))


def _num(p, num_id, ilvl):
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def _field(p, instr, shown):
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} ">'
                          f'<w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'))


@sample("05_automatische_nummering", "docx",
        "Word automatic numbering: 'Artikel %1' exists only in numbering.xml (Heading 1 style numPr), "
        "sub-paragraphs '%1.%2' and lettered items '%3.' via direct numPr, second list instance "
        "restarting via lvlOverride/startOverride; running header and 'Pagina X van Y' footer; "
        "Twente, mobiliteit en transport kb -> Eerste autotechnicus niveau 3.",
        "p p p p p p p p p p",
        {"a": "Artikel 2 Onderwerp en route (auto-numbered)",
         "b": "Artikel 3 Rol van het bedrijfsleven (auto-numbered)",
         "c": "Artikel 4 Routeteam (auto-numbered)", "d": "Artikel 5 Verantwoording (auto-numbered)",
         "e": "Artikel 6 Inrichting van het onderwijs (auto-numbered)",
         "f": "Artikel 7 Overstapoptie (auto-numbered)",
         "g": "Artikel 8 Bekostiging: Partijen dragen geen bekostiging aan elkaar over",
         "h": "Artikel 9 Medezeggenschap (auto-numbered)", "i": "Artikel 10 Geschillen (auto-numbered)",
         "j": "Artikel 11 Toetreding; Artikel 12 Looptijd, opzegging en wijziging (auto-numbered)"})
def build_05(path):
    d = new_docx("SOK Mobiliteit Twente", font="Calibri", size=11)
    _numbering_05(d)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Samenwerkingsovereenkomst DLR \u2013 vertrouwelijk"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Pagina ")
    _field(fp, "PAGE", "1")
    fp.add_run(" van ")
    _field(fp, "NUMPAGES", "3")
    for item in CONTENT_05:
        k = item[0]
        if k == "T":
            d.add_paragraph(item[1], style="Title")
        elif k == "C":
            p = d.add_paragraph(item[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "P":
            d.add_paragraph(item[1])
        elif k == "H":
            d.add_paragraph(item[1], style="Heading 1")
        elif k == "N":
            _num(d.add_paragraph(item[1]), 20, 1)
        elif k == "L":
            _num(d.add_paragraph(item[1]), 20, 2)
        elif k == "R":
            _num(d.add_paragraph(item[1]), 21, 2)
        elif k == "SIG":
            docx_signatures(d, [("SIG", *s) for s in item[1]])
    save_docx(d, path)


# ============================================================================================
# 06  two-column PDF with running header, "Pagina N van M" footer and hyphenation (Utrecht, MVI)
# ============================================================================================
TXT_06 = """
T: Samenwerkingsovereenkomst doorlopende leerroute Media & ICT Eemland
S: vmbo Media, vormgeving en ICT (gemengde leerweg) - mbo Software developer en Mediavormgever (niveau 4)

H1: Partijen
Stichting Openbaar Voortgezet Onderwijs Eemland, statutair gevestigd te Amersfoort, bevoegd gezag van
het Eemland Vakcollege, rechtsgeldig vertegenwoordigd door mevrouw drs. S.E. van Wijngaarden,
voorzitter van het college van bestuur, hierna te noemen: de school;

Stichting Regionaal Opleidingencentrum Utrechtse Heuvelrug, statutair gevestigd te Utrecht,
rechtsgeldig vertegenwoordigd door de heer K.J. Demirci MSc, voorzitter van het college van bestuur,
hierna te noemen: het ROC;

hierna samen te noemen: partijen.

H1: Overwegingen
Partijen overwegen dat de vraag naar medewerkers in de digitale en creatieve sector in de regio
Amersfoort-Utrecht sterk groeit, dat veel leerlingen van de gemengde leerweg al in het vmbo met
programmeren en vormgeving werken en dat een doorlopende leerroute hen in staat stelt zonder
onnodige overlap in zes jaar een diploma op niveau 4 te behalen. Zij willen hun samenwerking vastleggen
in deze samenwerkingsovereenkomst, zoals de WVO 2020 en de WEB voorschrijven.

H1: 1. Begrippen
In deze samenwerkingsovereenkomst wordt verstaan onder route: de doorlopende leerroute Media & ICT
Eemland; deelnemer: de leerling of student in de route; routeleiding: de leiding over de route als
bedoeld in paragraaf 4; PTA/OER: de gezamenlijke beschrijving van het onderwijsprogramma, de
examinering en de beroepspraktijkvorming per leerjaar.

H1: 2. Route en opleidingen
De route verbindt het profiel Media, vormgeving en ICT in de gemengde leerweg van het Eemland
Vakcollege met twee opleidingen van het ROC in het opleidingsdomein ICT en creatieve industrie:
Software developer (niveau 4) en Mediavormgever (niveau 4), beide in de beroepsopleidende leerweg. De
deelnemer kiest aan het eind van het eerste jaar van de route voor een van beide uitstroomrichtingen.
De route duurt zes jaar. Partijen melden de route samen aan in RIO.

H1: 3. Betrokkenheid van het bedrijfsleven
Partijen betrekken het bedrijfsleven op de volgende manieren bij de route:
IT: a. | De Digitale Werkplaats Eemland, een netwerk van achttien software- en designbureaus in
Amersfoort en omgeving, levert ieder semester twee echte opdrachten van klanten aan, die deelnemers
in projectteams uitvoeren en aan de opdrachtgever presenteren.
IT: b. | De aangesloten bedrijven, waaronder Pixelhaven B.V. en Codekade Amersfoort B.V., bieden
in de mbo-fase bpv-plaatsen als erkend leerbedrijf en in het tweede jaar van de route korte
meeloopstages.
IT: c. | Twee vertegenwoordigers van het netwerk en een adviseur van SBB vormen met de routeleiding
de werkveldcommissie, die twee keer per jaar het PTA/OER beoordeelt en advies geeft over de keuzedelen
en de gebruikte software.
IT: d. | Medewerkers van de bedrijven beoordelen mee bij de presentaties van de praktijkopdrachten
en bij de proeve van bekwaamheid.

H1: 4. Routeleiding
De routeleiding bestaat uit de afdelingsleider bovenbouw van de school en de teamleider ICT en Media
van het ROC, bijgestaan door een routecoördinator als secretaris. De afdelingsleider wordt benoemd door
het college van bestuur van de school, de teamleider door het college van bestuur van het ROC; de
routecoördinator wordt door beide colleges gezamenlijk aangewezen voor een periode van twee jaar, die
telkens kan worden verlengd. De routeleiding is belast met de dagelijkse leiding over de route, het
vaststellen van het PTA/OER, de verdeling van de lessen over het docententeam, het contact met de
Digitale Werkplaats Eemland en de besluiten over toelating en overstap van deelnemers. Zij beheert het
routebudget en mag daarbinnen uitgaven doen; besluiten over de omvang van de formatie, de begroting
en de samenwerkingsovereenkomst zelf blijven bij de colleges van bestuur.

H1: 5. Verantwoording aan de besturen
De routeleiding legt verantwoording af aan de colleges van bestuur van beide partijen. Zij levert
ieder jaar vóór 1 december een verantwoordingsrapportage over het afgelopen schooljaar, met instroom,
doorstroom, uitval, examenresultaten, tevredenheid van deelnemers en bedrijven en de besteding van het
budget. In februari en juni brengt de routeleiding in het bestuurlijk overleg van beide colleges
mondeling verslag uit over de voortgang. Ernstige incidenten meldt zij direct.

H1: 6. Onderwijskundige en organisatorische inrichting
IT: a. | Locatie. De eerste twee jaar van de route volgen de deelnemers op het Eemland Vakcollege,
met vanaf het tweede jaar één dag per week les in de Mediafabriek van het ROC aan de Hogeweg in
Amersfoort. Vanaf het derde jaar vindt het onderwijs plaats in de Mediafabriek en bij de
leerbedrijven.
IT: b. | Programma en examinering. Het PTA/OER beschrijft per leerjaar welke onderdelen tot het
vmbo-programma en welke tot het mbo-programma behoren. Het vmbo-examen wordt in het tweede jaar van
de route afgenomen; mbo-onderdelen kunnen vanaf het eerste jaar worden geëxamineerd.
IT: c. | Personeel. De route wordt verzorgd door één team van acht docenten, vier van elke partij.
Voor de projectonderwijsonderdelen die zowel vmbo- als mbo-stof bevatten, wordt de teambevoegdheid
gebruikt; per onderdeel blijft een bevoegde docent eindverantwoordelijk. Het ROC zet in de vo-fase
wekelijks tien lesuren in, de school in het derde jaar vier lesuren Nederlands en Engels. Iedere
docent blijft in dienst van de eigen werkgever.
IT: d. | Faciliteiten. Het ROC stelt de Mediafabriek met de fotostudio, de geluidsstudio en de
ontwikkelomgeving en softwarelicenties ter beschikking. De school stelt haar ICT-lokaal en de
laptopkarren ter beschikking voor lessen van docenten van het ROC. Iedere partij blijft
verantwoordelijk voor beheer en verzekering van de eigen voorzieningen.

IT: e. | Inschrijving en verzuim. In de eerste twee jaar van de route is de deelnemer ingeschreven
bij de school, die dan ook de verzuimregistratie verzorgt; vanaf het derde jaar is hij student van
het ROC. Partijen wisselen alleen de gegevens uit die voor de route nodig zijn.
IT: f. | Klachten. Een klacht over een medewerker van de andere partij wordt behandeld volgens de
klachtenregeling van de partij waar de klacht is ingediend; de andere partij werkt daaraan mee.
IT: g. | Evaluatie. Partijen evalueren de route ieder voorjaar met deelnemers, docenten en de
Digitale Werkplaats Eemland. De uitkomsten worden verwerkt in het PTA/OER van het volgende
schooljaar.

H1: 7. Overstapoptie
Een deelnemer die de route verlaat voordat hij haar met succes heeft afgerond, krijgt altijd een
passend alternatief dat leidt tot een diploma:
LI: in de vo-fase gaat hij verder in de reguliere gemengde leerweg van de school of in een ander
profiel, gericht op het vmbo-diploma;
LI: wie aan het eind van het derde jaar geen vmbo-diploma heeft, kan zonder vooropleidingseisen
doorgaan in een opleiding van niveau 3 of 4 van het ROC in het domein ICT en creatieve industrie, of
het vmbo-examen opnieuw doen;
LI: wie in de mbo-fase een andere richting wil, kan overstappen naar een andere opleiding van niveau 4
van het ROC of, na een geschiktheidsonderzoek, naar een opleiding van een andere instelling in de regio.
De school en het ROC beslissen samen welk alternatief past, op grond van het bereikte onderwijsniveau
en de leeftijd van de deelnemer en na een gesprek met de deelnemer en zijn ouders. De mentor zorgt voor
een warme overdracht.

H1: 8. Bekostiging
In de vo-fase draagt de school met toepassing van artikel 5.42a WVO 2020 jaarlijks € 1.100 per deelnemer
over aan het ROC, gerekend naar het aantal deelnemers op 1 oktober. Deze middelen zijn bestemd voor de
lessen die docenten van het ROC in de vo-fase geven en voor het gebruik van de Mediafabriek. Het ROC
draagt geen bekostiging over aan de school.

H1: 9. Medezeggenschap
Naast de wettelijke regels spreken partijen af dat de medezeggenschapsraad van de school en de
studentenraad van het ROC ieder één lid aanwijzen voor de werkveldcommissie, met spreekrecht. Deelnemers
die in de vo-fase bij de school zijn ingeschreven, kunnen deelnemen aan de verkiezingen voor de
studentenraad van het ROC.

H1: 10. Geschillen
Een meningsverschil over deze samenwerkingsovereenkomst of over de uitvoering daarvan wordt eerst
in de routeleiding besproken. Lukt het daar niet binnen vier weken, dan wordt het voorgelegd aan de voorzitters van
beide colleges van bestuur. Blijft het geschil daarna bestaan, dan wordt het beslecht door arbitrage
volgens het reglement van het Nederlands Arbitrage Instituut, door één arbiter, te Utrecht.

H1: 11. Toetreding
Een andere vmbo-school of een andere instelling voor beroepsonderwijs kan partij worden bij deze
samenwerkingsovereenkomst als beide partijen daarmee schriftelijk instemmen en de nieuwe partij de
samenwerkingsovereenkomst ondertekent. De nieuwe partij meldt haar deelname in RIO.

H1: 12. Duur, opzegging en wijziging
Deze samenwerkingsovereenkomst gaat in op 1 augustus 2024 en geldt voor onbepaalde tijd. Iedere partij
kan haar op elk moment schriftelijk opzeggen met een opzegtermijn van drie maanden. Na afloop van de
opzegtermijn eindigt de samenwerking. Wijzigingen van de samenwerkingsovereenkomst worden schriftelijk
vastgelegd en door beide colleges van bestuur ondertekend.

H1: 13. Ondertekening
Aldus overeengekomen en in tweevoud ondertekend te Amersfoort op 12 juni 2024.

SIG: Stichting Openbaar Voortgezet Onderwijs Eemland | drs. S.E. van Wijngaarden | voorzitter college van bestuur
SIG: Stichting Regionaal Opleidingencentrum Utrechtse Heuvelrug | K.J. Demirci MSc | voorzitter college van bestuur
"""

HYPHENATION = {  # word -> allowed break points, marked with "-"
    "samenwerkingsovereenkomst": "samenwerkings-overeenkomst",
    "beroepspraktijkvorming": "beroeps-praktijk-vorming",
    "onderwijsprogramma": "onderwijs-programma",
    "verantwoordingsrapportage": "verantwoordings-rapportage",
    "opleidingsdomein": "opleidings-domein",
    "projectonderwijsonderdelen": "project-onderwijs-onderdelen",
    "teambevoegdheid": "team-bevoegdheid",
    "geschiktheidsonderzoek": "geschiktheids-onderzoek",
    "werkveldcommissie": "werkveld-commissie",
    "medezeggenschapsraad": "medezeggenschaps-raad",
    "vooropleidingseisen": "vooropleidings-eisen",
    "beroepsonderwijs": "beroeps-onderwijs",
    "uitstroomrichtingen": "uitstroom-richtingen",
    "softwarelicenties": "software-licenties",
    "ontwikkelomgeving": "ontwikkel-omgeving",
    "leerbedrijven": "leer-bedrijven",
    "studentenraad": "studenten-raad",
}


def _soft(word: str) -> str:
    core = word.strip(".,;:()")
    key = core.lower()
    if key in HYPHENATION:
        pattern = HYPHENATION[key]
        out, i = [], 0
        for ch in pattern:
            if ch == "-":
                out.append("\xad")
            else:
                out.append(core[i])
                i += 1
        return word.replace(core, "".join(out))
    return word


def _wrap(text, font, size, width, first_prefix=""):
    """Greedy line breaking with hyphenation at soft hyphens. Returns list of strings."""
    words = [_soft(w) for w in text.split()]
    lines, cur = [], first_prefix
    sw = lambda s: stringWidth(s.replace("\xad", ""), font, size)  # noqa: E731
    queue = list(words)
    while queue:
        w = queue.pop(0)
        cand = (cur + " " + w) if cur.strip() else (cur + w)
        if sw(cand) <= width:
            cur = cand
            continue
        # try to hyphenate: longest prefix at a soft hyphen that still fits
        parts = w.split("\xad")
        done = False
        for k in range(len(parts) - 1, 0, -1):
            pre = "".join(parts[:k]) + "-"
            cand = (cur + " " + pre) if cur.strip() else (cur + pre)
            if sw(cand) <= width:
                lines.append(cand)
                queue.insert(0, "\xad".join(parts[k:]))
                cur = ""
                done = True
                break
        if not done:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return [ln.replace("\xad", "") for ln in lines]


def build_two_column_pdf(path: Path, blocks, *, header: str, title: str):
    W, H = A4
    ml = mr = 18 * mm
    gap = 9 * mm
    col_w = (W - ml - mr - gap) / 2
    col_x = [ml, ml + col_w + gap]
    y_top, y_bot = H - 24 * mm, 20 * mm
    BODY, BOLD = "Helvetica", "Helvetica-Bold"
    FS, LD = 10, 13.2
    pages: list[list] = [[]]
    state = {"col": 0, "y": y_top}

    def new_col():
        if state["col"] == 0:
            state["col"] = 1
            state["y"] = body_top_p1 if len(pages) == 1 else y_top
        else:
            pages.append([])
            state["col"] = 0
            state["y"] = y_top

    def put(font, size, lead, text, indent=0.0):
        if state["y"] - lead < y_bot:
            new_col()
        state["y"] -= lead
        pages[-1].append((font, size, col_x[state["col"]] + indent, state["y"], text))

    # full-width title block on page 1
    tb = [b for b in blocks if b[0] in ("T", "S")]
    for b in tb:
        font, size = (BOLD, 15) if b[0] == "T" else (BODY, 9.5)
        for ln in _wrap(b[1], font, size, W - ml - mr):
            state["y"] -= size * 1.35
            pages[0].append((font, size, "C", state["y"], ln))
    state["y"] -= 10
    body_top_p1 = state["y"]  # right column of page 1 starts here too (see new_col)

    sigs = [b for b in blocks if b[0] == "SIG"]
    for b in blocks:
        k = b[0]
        if k in ("T", "S"):
            continue
        if k == "H1":
            size, lead = 11.5, 15
            if state["y"] - 3 * lead < y_bot:   # keep heading with its text
                new_col()
            state["y"] -= 5
            for ln in _wrap(b[1], BOLD, size, col_w):
                put(BOLD, size, lead, ln)
            state["y"] -= 2
        elif k == "P":
            for ln in _wrap(b[1], BODY, FS, col_w):
                put(BODY, FS, LD, ln)
            state["y"] -= 5
        elif k in ("IT", "LI"):
            label, text = (b[1], b[2]) if k == "IT" else ("\u2022", b[1])
            lines = _wrap(text, BODY, FS, col_w - 14)
            for i, ln in enumerate(lines):
                if i == 0:
                    put(BODY, FS, LD, label)
                    pages[-1][-1] = (BODY, FS, col_x[state["col"]], state["y"], label)
                    pages[-1].append((BODY, FS, col_x[state["col"]] + 14, state["y"], ln))
                else:
                    put(BODY, FS, LD, ln, indent=14)
            state["y"] -= 4
        elif k == "SIG":
            if state["y"] - 80 < y_bot:
                new_col()
            state["y"] -= 10
            for ln in _wrap(b[1], BOLD, 9.5, col_w):
                put(BOLD, 9.5, 12.4, ln)
            state["y"] -= 24
            put(BODY, 9.5, 12.4, "_" * 40)
            put(BODY, 9.5, 12.4, b[2])
            put(BODY, 9.5, 12.4, b[3])
    assert body_top_p1 < y_top
    n = len(pages)
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("leerroute-check samples")
    c.setCreator("build_samples.py")
    for i, ops in enumerate(pages, start=1):
        c.setFont(BODY, 8)
        c.drawString(ml, H - 13 * mm, header)
        c.setLineWidth(0.4)
        c.line(ml, H - 14.5 * mm, W - mr, H - 14.5 * mm)
        c.drawCentredString(W / 2, 11 * mm, f"Pagina {i} van {n}")
        for font, size, x, y, text in ops:
            c.setFont(font, size)
            if x == "C":
                c.drawCentredString(W / 2, y, text)
            else:
                c.drawString(x, y, text)
        c.showPage()
    c.save()
    return pages


@sample("06_twee_kolommen", "pdf",
        "Two-column PDF layout (text flows down the left then the right column), running header and "
        "'Pagina N van M' footer, words hyphenated across line ends; Utrecht/Amersfoort, media "
        "vormgeving en ICT gl -> Software developer / Mediavormgever niveau 4. Opzegging at any moment "
        "without any protection of pupils.",
        "p p p p p p p p p w",
        {"a": "2. Route en opleidingen", "b": "3. Betrokkenheid van het bedrijfsleven",
         "c": "4. Routeleiding", "d": "5. Verantwoording aan de besturen",
         "e": "6. Onderwijskundige en organisatorische inrichting", "f": "7. Overstapoptie",
         "g": "8. Bekostiging", "h": "9. Medezeggenschap", "i": "10. Geschillen"})
def build_06(path):
    pages = build_two_column_pdf(
        path, parse(TXT_06), title="SOK Media & ICT Eemland",
        header="Samenwerkingsovereenkomst DLR Media & ICT Eemland \u2013 Eemland Vakcollege / "
               "ROC Utrechtse Heuvelrug")
    ends = [op[4] for pg in pages for op in pg if isinstance(op[4], str)]
    assert len(pages) >= 3, f"06 must have 3+ pages, has {len(pages)}"
    assert any(t.endswith("samenwerkings-") for t in ends), "06: no 'samenwerkings-' line end"


# ============================================================================================
# 07  Markdown (no bold), geïntegreerde route vmbo-basis -> mbo-2 (Tilburg, D&P)
# ============================================================================================
MD_07 = """\
# Samenwerkingsovereenkomst geïntegreerde route vmbo-basis - mbo-2 Dienstverlening Tilburg

Versie 1.0 - vastgesteld op 20 juni 2024

## Partijen

1. Stichting Katholiek Voortgezet Onderwijs Midden-Brabant, statutair gevestigd te Tilburg, bevoegd
   gezag van Vakcollege De Reeshof, rechtsgeldig vertegenwoordigd door de heer drs. P.A.M. van
   Gorp, voorzitter van het college van bestuur, hierna te noemen: de school;
2. Stichting Regionaal Opleidingencentrum Hart van Brabant, statutair gevestigd te Tilburg,
   rechtsgeldig vertegenwoordigd door mevrouw E. Ait Taleb-de Leeuw, lid van het college van
   bestuur, hierna te noemen: het ROC.

## Overwegingen

- De school en het ROC willen leerlingen van de basisberoepsgerichte leerweg die vooral leren door
  te doen een route bieden die rechtstreeks leidt naar een mbo-diploma op niveau 2, zonder
  tussentijds vmbo-examen.
- De WVO 2020 en de WEB maken zo'n geïntegreerde route vmbo-basisberoepsopleiding mogelijk op grond
  van een samenwerkingsovereenkomst.
- Partijen willen dat iedere leerling die de route verlaat, altijd een passende plek krijgt.

Partijen komen daarom het volgende overeen.

## 1. Begrippen

- Route: de geïntegreerde route Dienstverlening Tilburg zoals beschreven in paragraaf 2.
- Deelnemer: een leerling of student die de route volgt.
- Routeregie: de leiding over de route (paragraaf 4).
- Programmaboek: de gezamenlijke beschrijving van het onderwijsprogramma, de examinering en de
  beroepspraktijkvorming per leerjaar van de route.

## 2. De geïntegreerde route

1. De route begint in leerjaar 3 van het profiel Dienstverlening en producten in de
   basisberoepsgerichte leerweg van Vakcollege De Reeshof en leidt tot een van de mbo-opleidingen
   Medewerker facilitaire dienstverlening (niveau 2) of Logistiek medewerker (niveau 2) van het ROC,
   beide in de beroepsopleidende leerweg.
2. In de route wordt geen eindexamen van de basisberoepsgerichte leerweg afgenomen. Een deelnemer die
   dat wil, kan het vmbo-examen wel afleggen; de school maakt dat mogelijk.
3. De route duurt vier jaar. Partijen melden de route gezamenlijk aan door registratie in RIO.
4. Toelating tot de route gebeurt na overleg met de leerling en zijn ouders en na een advies van de
   mentor en de loopbaanbegeleider van het ROC.

## 3. Betrokkenheid van het bedrijfsleven

1. Partijen werken samen met het Facilitair Netwerk Midden-Brabant, waarin zestien werkgevers
   samenwerken, onder wie Zorgcentrum De Hazelaar, Hotel Spoorzone Tilburg en Logistiek Centrum
   Vossenberg B.V.
2. De werkgevers in het netwerk:
   - bieden iedere deelnemer vanaf leerjaar 3 een vaste werkplek voor één dag per week
     (werkplekleren) en in leerjaar 5 en 6 een bpv-plaats als erkend leerbedrijf;
   - brengen per periode een praktijkopdracht in, zoals het inrichten van een vergaderzaal of
     het organiseren van een voorraadtelling;
   - beoordelen mee bij de praktijkexamens van het ROC;
   - bespreken ieder voorjaar met de routeregie het programmaboek en adviseren over aanpassingen.

## 4. Routeregie

1. De leiding over de route ligt bij de routeregie. Die bestaat uit de afdelingsleider
   basisberoepsgerichte leerweg van de school, de teamleider Dienstverlening van het ROC en de
   coördinator geïntegreerde route.
2. De afdelingsleider en de teamleider worden door het eigen college van bestuur aangewezen. De
   coördinator wordt door de beide colleges van bestuur samen benoemd, na een
   sollicitatieprocedure met een gezamenlijke commissie.
3. De routeregie heeft tot taak:
   - het jaarlijks vaststellen van het programmaboek;
   - het roosteren en het verdelen van de docenten over de groepen;
   - de toelating tot de route en de beslissing over een overstap (paragraaf 7);
   - het contact met het Facilitair Netwerk Midden-Brabant.
4. De routeregie beslist zelfstandig over uitgaven binnen het routebudget. Over de begroting, de
   omvang van de formatie en wijziging van deze overeenkomst beslissen de colleges van bestuur.

## 5. Informatie en verantwoording

1. De routeregie stuurt ieder kwartaal een dashboard met de aantallen deelnemers, verzuim en uitval
   aan beide colleges van bestuur.
2. Ieder jaar vóór 1 oktober legt de routeregie in een evaluatieverslag verantwoording af over het
   afgelopen schooljaar: resultaten, diploma's, overstappen, inzet van personeel en besteding van
   het budget. Het verslag wordt besproken in het halfjaarlijkse bestuurlijk overleg van beide
   colleges.

## 6. Inrichting van het onderwijs

1. Locatie: leerjaar 3 en 4 worden gegeven in Vakcollege De Reeshof, met één dag per week
   praktijkonderwijs op de Dienstverleningscampus van het ROC aan de Stappegoorweg in Tilburg;
   leerjaar 5 en 6 worden gegeven op die campus en bij de leerbedrijven.
2. Programma: het programmaboek beschrijft per leerjaar het onderwijsprogramma, de examinering en de
   beroepspraktijkvorming, en welk deel door welke partij wordt verzorgd.
3. Personeel: de route wordt gegeven door één team van docenten van beide partijen. Het team maakt
   gebruik van de teambevoegdheid voor de vakoverstijgende onderdelen; per onderdeel blijft een
   bevoegde docent verantwoordelijk. Het ROC zet vanaf leerjaar 3 wekelijks acht lesuren
   praktijkdocenten in; de school zet in leerjaar 5 wekelijks twee lesuren Nederlands en rekenen in.
4. Faciliteiten: het ROC stelt de facilitaire leerruimten, het oefenmagazijn en de heftruckbaan
   beschikbaar; de school stelt haar praktijklokaal Dienstverlening en producten beschikbaar voor
   lessen van ROC-docenten.
5. Inschrijving: in leerjaar 3 en 4 is de deelnemer leerling van de school, vanaf leerjaar 5 student
   van het ROC.

## 7. Overstapoptie: altijd een passende plek

1. Iedere deelnemer die de route verlaat, krijgt een passende plek waarmee hij een diploma kan halen.
   Dat betekent niet dat hij automatisch naar de Entree-opleiding gaat.
2. Stopt een deelnemer in leerjaar 3 of 4, dan kan hij instromen in een ander profiel of een andere
   route in de basisberoepsgerichte leerweg van de school en daar het vmbo-diploma halen, of een
   vmbo-examen afleggen om daarna een andere mbo-opleiding te kiezen.
3. Stopt een deelnemer in leerjaar 5 of 6, dan kan hij overstappen naar een andere opleiding van
   niveau 2 van het ROC, ook zonder vmbo-diploma. Het ROC stelt dan geen vooropleidingseisen. Ook kan
   hij de huidige opleiding afmaken en daarna een opleiding op niveau 2 of 3 in een andere richting
   kiezen.
4. Alleen wanneer een startkwalificatie echt niet haalbaar blijkt, kan de deelnemer in overleg naar de
   Entree-opleiding, met begeleiding naar werk.
5. De school en het ROC beoordelen samen welk alternatief past bij het bereikte onderwijsniveau en de
   leeftijd van de deelnemer. Zij beslissen pas na een gesprek met de deelnemer en zijn ouders. De
   coördinator zorgt voor een warme overdracht.

## 8. Financiën

1. In leerjaar 3 en 4 draagt de school met toepassing van artikel 5.42a WVO 2020 per deelnemer per
   schooljaar EUR 1.400 van haar bekostiging over aan het ROC, op basis van het aantal deelnemers op
   1 oktober.
2. Deze middelen zijn bestemd voor de lessen van de praktijkdocenten van het ROC in leerjaar 3 en 4
   en voor het gebruik van de leerruimten van het ROC.
3. Het ROC draagt geen bekostiging over aan de school. De financiële uitwerking staat in bijlage 2.

## 9. Medezeggenschap

Bovenop de wettelijke medezeggenschap spreken partijen af:

1. Er is een routeraad van twee ouders, twee deelnemers en een docent van iedere partij. De
   medezeggenschapsraad van de school en de studentenraad van het ROC wijzen de leden aan. De
   routeraad komt twee keer per jaar bij elkaar en adviseert de routeregie over het programmaboek.
2. Voorgenomen besluiten over wijziging van deze overeenkomst worden voor advies voorgelegd aan de
   medezeggenschapsraad van de school en de studentenraad van het ROC.

## 10. Geschillen

1. Bij een geschil over de uitvoering van deze overeenkomst overleggen eerst de leden van de
   routeregie. Lukt dat niet binnen drie weken, dan spreken de colleges van bestuur erover.
2. Komen de colleges binnen zes weken niet tot een oplossing, dan schakelen zij samen een mediator
   in.
3. Als mediation niet tot een oplossing leidt, legt de meest gerede partij het geschil voor aan de
   rechtbank Zeeland-West-Brabant.

## 11. Toetreding

Een andere vmbo-school of mbo-instelling kan toetreden als beide partijen schriftelijk instemmen, de
nieuwe partij deze overeenkomst aanvaardt en de toetreding ingaat bij het begin van een schooljaar.
Deelnemers die al in de route zitten, houden hun programma en hun plek.

## 12. Looptijd en einde

1. Deze overeenkomst gaat in op 1 augustus 2024 en geldt voor onbepaalde tijd.
2. Opzeggen kan alleen schriftelijk, tegen 1 augustus, met een opzegtermijn van twaalf maanden.
3. Na opzegging worden geen nieuwe deelnemers meer toegelaten. Deelnemers die al in de route zitten,
   maken die af onder dezelfde voorwaarden; partijen blijven daarvoor samenwerken.

## 13. Wijziging

Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met handtekening van beide colleges van
bestuur. Wijzigingen gaan in bij het begin van een schooljaar en gelden niet ten nadele van
deelnemers die al in de route zitten.

## Ondertekening

Aldus overeengekomen te Tilburg op 20 juni 2024.

Namens Stichting Katholiek Voortgezet Onderwijs Midden-Brabant:
drs. P.A.M. van Gorp, voorzitter college van bestuur

Namens Stichting Regionaal Opleidingencentrum Hart van Brabant:
E. Ait Taleb-de Leeuw, lid college van bestuur

Bijlagen: 1. Programmaboek geïntegreerde route; 2. Financiële uitwerking.
"""


@sample("07_geintegreerde_route", "md",
        "Markdown without bold (# headings, lists); geïntegreerde route vmbo-basis -> mbo-2 in "
        "Tilburg, dienstverlening en producten bb -> Medewerker facilitaire dienstverlening / "
        "Logistiek medewerker niveau 2; overstap guarantees a passende plek, not automatically Entree.",
        "p p p p p p p p p p",
        {"a": "2. De geïntegreerde route", "b": "3. Betrokkenheid van het bedrijfsleven",
         "c": "4. Routeregie", "d": "5. Informatie en verantwoording",
         "e": "6. Inrichting van het onderwijs", "f": "7. Overstapoptie: altijd een passende plek",
         "g": "8. Financiën", "h": "9. Medezeggenschap", "i": "10. Geschillen",
         "j": "11. Toetreding; 12. Looptijd en einde; 13. Wijziging"})
def build_07(path):
    assert "**" not in MD_07
    path.write_text(MD_07, encoding="utf-8")


# ============================================================================================
# 08  interne regeling of one AOC (one bevoegd gezag; Friesland, groen)
# ============================================================================================
TXT_08 = """
T: Interne regeling doorlopende leerroute vmbo-mbo Groen
S: Stichting Agrarisch Opleidingscentrum Lauwersland

Het college van bestuur van Stichting Agrarisch Opleidingscentrum Lauwersland, statutair gevestigd
te Leeuwarden, bevoegd gezag van de vmbo-school Lauwersland Vmbo Buitenpost en van de agrarische
opleidingen van Lauwersland Mbo Leeuwarden, hierna te noemen: het college;

gelet op artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid,
van de Wet educatie en beroepsonderwijs;

overwegende dat de doorlopende leerroute geheel binnen de eigen organisatie wordt verzorgd, zodat in
plaats van een samenwerkingsovereenkomst een interne regeling wordt vastgesteld, en dat het college
de afspraken tussen de vmbo- en de mbo-afdeling eenduidig wil vastleggen;

stelt de volgende regeling vast.

H1: Artikel 1 Begrippen
In deze regeling wordt verstaan onder:
IT: a. | vmbo-afdeling: Lauwersland Vmbo Buitenpost;
IT: b. | mbo-afdeling: Lauwersland Mbo Leeuwarden;
IT: c. | route: de doorlopende leerroute Groen Lauwersland als bedoeld in artikel 2;
IT: d. | routemanager: de functionaris die de leiding heeft over de route;
IT: e. | PTA/OER: de gezamenlijke beschrijving van het programma en de examinering per leerjaar.

H1: Artikel 2 De route
IT: 1. | De route verbindt het profiel Groen in de kaderberoepsgerichte leerweg van de vmbo-afdeling
met de mbo-opleidingen Vakbekwaam hovenier (niveau 3) en Dierverzorger (niveau 3) van de
mbo-afdeling, in het opleidingsdomein Groen, voedsel en leefomgeving (bol en bbl).
IT: 2. | De route begint in leerjaar 3 en duurt vijf jaar. Het vmbo-examen wordt in het tweede jaar
van de route afgelegd.
IT: 3. | Het college meldt de route aan in RIO.

H1: Artikel 3 Betrokkenheid van het bedrijfsleven
IT: 1. | Het bedrijfsleven is betrokken via de Groene Tafel Noordoost-Fryslân, waarin hoveniers,
loonwerkers, een dierenpension en twee kinderboerderijen samenwerken met de route. Deelnemende
bedrijven zijn onder meer Hoveniersbedrijf Hoekstra-de Vries te Kollum en Dierenpension It Wâld te
Buitenpost.
IT: 2. | De deelnemende bedrijven bieden werkplekleren in het tweede jaar van de route en bpv-plaatsen
als erkend leerbedrijf in de mbo-fase, leveren praktijkopdrachten aan (zoals het ontwerpen en
aanleggen van een schooltuin), en beoordelen mee bij de proeven van bekwaamheid.
IT: 3. | De Groene Tafel komt twee keer per jaar bijeen met de routemanager en adviseert over het
PTA/OER en over de keuzedelen.

H1: Artikel 4 Leiding
IT: 1. | De leiding over de route berust bij het routeteam, bestaande uit de routemanager, de
teamleider vmbo groen en de teamleider mbo hovenier en dier.
IT: 2. | Het college benoemt de routemanager voor een periode van vier jaar, na advies van beide
teamleiders. De teamleiders maken op grond van hun functie deel uit van het routeteam.
IT: 3. | Het routeteam stelt jaarlijks het PTA/OER vast, stelt de jaarroosters op, zet de docenten
in binnen de toegekende formatie, beslist over toelating en overstap en onderhoudt de contacten met
de Groene Tafel. De routemanager beheert het routebudget en mag daarbinnen verplichtingen aangaan tot
€ 20.000; daarboven beslist het college.

H1: Artikel 5 Verantwoording
De routemanager verstrekt het college per semester, in februari en september, een schriftelijke
voortgangsrapportage met de in-, door- en uitstroom, de examenresultaten en de budgetuitputting. De
septemberrapportage geldt als jaarverantwoording en wordt besproken in de managementgesprekken van
het college met de directies van beide afdelingen.

H1: Artikel 6 Inrichting
IT: 1. | De eerste twee jaar van de route worden gegeven in Buitenpost, met wekelijks één dag les op
het praktijkterrein van de mbo-afdeling in Leeuwarden; de mbo-fase wordt in Leeuwarden en bij de
leerbedrijven verzorgd.
IT: 2. | Eén team van docenten van beide afdelingen verzorgt de route en maakt gebruik van de
teambevoegdheid voor vak- en sectoroverstijgende onderdelen. De mbo-afdeling levert in de vo-fase
wekelijks zes lesuren praktijkdocent; de vmbo-afdeling levert in de mbo-fase twee lesuren
Nederlands.
IT: 3. | Deelnemers gebruiken in de vo-fase het praktijkterrein, de dierenverblijven, de kassen en
de machines van de mbo-afdeling; docenten van de mbo-afdeling gebruiken voor hun lessen in Buitenpost
de praktijklokalen van de vmbo-afdeling.
IT: 4. | Het PTA/OER beschrijft per leerjaar welke onderdelen tot het vmbo-programma en welke tot
het mbo-programma behoren.

H1: Artikel 7 Overstapoptie
IT: 1. | Een deelnemer die de route niet met succes afrondt, wordt in staat gesteld een vmbo-diploma
of een mbo-diploma te halen dat past bij het door hem bereikte onderwijsniveau en zijn leeftijd.
IT: 2. | In de vo-fase gaat hij verder in de reguliere kaderberoepsgerichte leerweg van de
vmbo-afdeling. Heeft hij aan het eind van het derde jaar van de route geen vmbo-diploma, dan kan hij
zonder vooropleidingseisen doorgaan in een opleiding op niveau 2 of 3 van de mbo-afdeling, of het
vmbo-examen opnieuw afleggen. In de mbo-fase kan hij overstappen naar een andere opleiding van
hetzelfde niveau van de mbo-afdeling.
IT: 3. | De teamleiders van beide afdelingen beslissen samen over de overstap, na een gesprek met de
deelnemer en zijn ouders.

H1: Artikel 8 Bekostiging
Omdat de vmbo-afdeling en de mbo-afdeling onder hetzelfde bevoegd gezag vallen, vindt geen
overdracht van bekostiging plaats in de zin van artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De
kosten van de route worden binnen de begroting van de stichting aan de afdelingen toegerekend.

H1: Artikel 9 Vaststelling en inwerkingtreding
Deze regeling treedt in werking op 1 augustus 2024. Het college kan de regeling wijzigen; een
wijziging gaat in bij het begin van een schooljaar.

Aldus vastgesteld door het college van bestuur te Leeuwarden op 2 april 2024.

SIG: Stichting Agrarisch Opleidingscentrum Lauwersland | ing. T.S. Dijkstra | voorzitter college van bestuur
"""


@sample("08_interne_regeling_aoc", "pdf",
        "Interne regeling of one AOC (one bevoegd gezag, vmbo and mbo department; Friesland, groen "
        "kb -> Vakbekwaam hovenier / Dierverzorger niveau 3): geschil, toetreding and medezeggenschap "
        "are not required.",
        "p p p p p p p na na na",
        {"a": "Artikel 2 De route", "b": "Artikel 3 Betrokkenheid van het bedrijfsleven",
         "c": "Artikel 4 Leiding", "d": "Artikel 5 Verantwoording", "e": "Artikel 6 Inrichting",
         "f": "Artikel 7 Overstapoptie", "g": "Artikel 8 Bekostiging (geen overdracht)"})
def build_08(path):
    build_pdf(path, parse(TXT_08), title="Interne regeling doorlopende leerroute Groen Lauwersland",
              font="Times-Roman", size=11, footer="- {n} -")


# ============================================================================================
# 09  short agreement with several items missing (Drenthe, BWI)
# ============================================================================================
TXT_09 = """
T: Samenwerkingsovereenkomst doorlopende leerroute Bouw Emmen

Partijen:
LI: Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe, statutair gevestigd te Emmen, bevoegd
gezag van het Hondsrug Vakcollege, rechtsgeldig vertegenwoordigd door de heer A. Nijenhuis,
directeur-bestuurder, hierna: de school;
LI: Stichting Drents Opleidingencentrum, statutair gevestigd te Assen, rechtsgeldig vertegenwoordigd
door mevrouw C.W. Oldenhof-Kruit, voorzitter van de raad van bestuur, hierna: het DOC.

Overwegende dat partijen leerlingen van de basisberoepsgerichte leerweg een snellere en soepelere
weg naar een bouwdiploma willen bieden, komen zij het volgende overeen.

H2: 1. De route
De school en het DOC verzorgen samen een doorlopende leerroute van het profiel Bouwen, wonen en
interieur (basisberoepsgerichte leerweg) naar de mbo-opleiding Timmerman, niveau 2, in het
opleidingsdomein Bouw en infra, beroepsopleidende leerweg. De route start op 1 augustus 2024 in
leerjaar 3 en wordt door partijen samen in RIO gemeld.

H2: 2. Leiding
De route wordt geleid door een duo: de teamleider BWI van de school en de teamleider Bouw van het
DOC. Ieder wordt aangewezen door het eigen bestuur. Het duo stelt het gezamenlijke PTA/OER op, maakt
het rooster, zet de docenten in en beslist over toelating en overstap. Het duo mag binnen het
vastgestelde jaarplan zelf beslissen; afwijkingen van het jaarplan legt het voor aan beide besturen.

H2: 3. Verantwoording
Het duo stuurt beide besturen na afloop van ieder schooljaar, uiterlijk op 1 oktober, een kort
verslag over de aantallen leerlingen, de resultaten en de uitval, en bespreekt dat verslag in het
jaarlijkse bestuurlijk overleg.

H2: 4. Onderwijs, personeel en faciliteiten
In leerjaar 3 en 4 krijgen de leerlingen les op de school in Emmen en twee middagen per week in de
bouwhal van het DOC aan de Statenweg. Het DOC stelt de bouwhal, het gereedschap en de materialen
beschikbaar; de school stelt haar praktijklokaal hout beschikbaar voor de lessen van DOC-docenten.
Eén team van vier docenten van de school en twee van het DOC verzorgt de route; voor de
vakoverstijgende praktijkonderdelen gebruikt het team de teambevoegdheid. Het PTA/OER legt per
leerjaar vast welke vmbo- en mbo-onderdelen worden gegeven en geëxamineerd.

H2: 5. Overstap
Een leerling die de route niet afmaakt, kan in de vo-fase verder in de reguliere
basisberoepsgerichte leerweg van de school en daar zijn vmbo-diploma halen. Heeft hij aan het eind
van het derde leerjaar van de route geen vmbo-diploma, dan kan hij bij het DOC zonder
vooropleidingseisen een andere opleiding op niveau 2 volgen, of het vmbo-examen overdoen. Het duo
beslist samen met de leerling en zijn ouders, op basis van het bereikte niveau en de leeftijd.

H2: 6. Duur
Deze overeenkomst geldt voor onbepaalde tijd en kan door ieder van partijen schriftelijk worden
opgezegd met een termijn van zes maanden.

Emmen, 4 juni 2024

SIG: Stichting Openbaar Voortgezet Onderwijs Zuidoost-Drenthe | A. Nijenhuis | directeur-bestuurder
SIG: Stichting Drents Opleidingencentrum | C.W. Oldenhof-Kruit | voorzitter raad van bestuur
"""


@sample("09_veel_ontbrekend", "docx",
        "Short agreement (Drenthe, bouwen wonen en interieur bb -> Timmerman niveau 2) with no "
        "bedrijfsleven, no finances at all, no geschillen and no medezeggenschap; duration clause "
        "only covers opzegging.",
        "p m p p p p m na m w",
        {"a": "1. De route", "c": "2. Leiding", "d": "3. Verantwoording",
         "e": "4. Onderwijs, personeel en faciliteiten", "f": "5. Overstap"})
def build_09(path):
    d = new_docx("SOK Bouw Emmen", font="Calibri", size=11)
    docx_blocks(d, parse(TXT_09))
    save_docx(d, path)


# ============================================================================================
# 10  items addressed only by deferral, restatement or with a core element missing (Zaanstad)
# ============================================================================================
TXT_10 = """
T: Samenwerkingsovereenkomst doorlopende leerroute Zorg Zaanstreek
S: Zorg en welzijn (basisberoepsgerichte leerweg) - Helpende zorg en welzijn (niveau 2)

De ondergetekenden:

Stichting Voortgezet Onderwijs Zaanstreek, statutair gevestigd te Zaandam, bevoegd gezag van het
Zaanland Vakcollege, rechtsgeldig vertegenwoordigd door mevrouw I. Koç-Verburg, bestuurder,
hierna te noemen: de school,

en

Stichting ROC Zaan en IJ, statutair gevestigd te Zaandam, rechtsgeldig vertegenwoordigd door de
heer dr. W.F. Kramer, voorzitter van het college van bestuur, hierna te noemen: het ROC,

overwegende dat partijen vanaf het schooljaar 2024-2025 een doorlopende leerroute in de zorg willen
aanbieden en dat de samenwerking in de loop van het eerste jaar verder wordt uitgewerkt,

verklaren te zijn overeengekomen als volgt.

H1: Artikel 1 De doorlopende leerroute
Partijen verzorgen samen een doorlopende leerroute van het profiel Zorg en welzijn in de
basisberoepsgerichte leerweg van het Zaanland Vakcollege naar de mbo-opleiding Helpende zorg en
welzijn, niveau 2, in het opleidingsdomein Zorg en welzijn van het ROC. De route begint in leerjaar 3
en duurt vier jaar. Partijen melden de route gezamenlijk aan in RIO.

H1: Artikel 2 Bedrijfsleven
Het bedrijfsleven wordt betrokken bij de invulling van de doorlopende leerroute. De wijze waarop dat
gebeurt, wordt in het eerste jaar van de samenwerking nader uitgewerkt.

H1: Artikel 3 Leiding
De leiding over de route berust bij een stuurgroep, bestaande uit de teamleider Zorg en welzijn van
de school en de opleidingsmanager Zorg van het ROC. De stuurgroep is verantwoordelijk voor de
dagelijkse gang van zaken, het rooster en de afstemming van het programma, en beslist over de
toelating van leerlingen. Hoe de leden van de stuurgroep worden benoemd, wordt later door partijen
bepaald.

H1: Artikel 4 Verantwoording
De stuurgroep verstrekt inlichtingen en legt verantwoording af aan de besturen van beide partijen.
De wijze waarop dat gebeurt, wordt nader uitgewerkt.

H1: Artikel 5 Inrichting
De route wordt de eerste twee jaar verzorgd op de locatie van de school aan de Poelenburg in Zaandam
en daarna op de zorglocatie van het ROC. Docenten van beide partijen werken samen in één team; het
ROC zet in de vo-fase wekelijks vier lesuren docent zorg in. Partijen maken nadere afspraken over het
gebruik van elkaars lokalen, praktijkruimten en leermiddelen.

H1: Artikel 6 Overstapoptie
Een leerling die de route niet afmaakt, krijgt een overstapoptie. In de regel stroomt hij door naar
de Entree-opleiding van het ROC. De verdere inhoud van de overstapoptie wordt nader uitgewerkt.

H1: Artikel 7 Financiën
De school draagt een deel van haar bekostiging over aan het ROC. De omvang en de bestemming van de
over te dragen middelen worden nog nader bepaald.

H1: Artikel 8 Medezeggenschap
Partijen maken nadere afspraken over de inrichting van de medezeggenschap voor de leerlingen en
studenten in de route.

H1: Artikel 9 Geschilbeslechting
Over de wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de
overeenkomst maken partijen te zijner tijd nadere afspraken.

H1: Artikel 10 Duur, opzegging, wijziging en toetreding
IT: 1. | Deze overeenkomst wordt aangegaan voor onbepaalde tijd. Ieder van partijen kan haar opzeggen
tegen het einde van een schooljaar met een opzegtermijn van een jaar; leerlingen die op dat moment
in de route zitten, kunnen de route afmaken.
IT: 2. | Wijzigingen worden schriftelijk overeengekomen door beide besturen.
IT: 3. | De voorwaarden waaronder een andere school of instelling partij kan worden bij deze
overeenkomst, worden nader bepaald.

Aldus overeengekomen en ondertekend te Zaandam op 15 mei 2024.

SIG: Stichting Voortgezet Onderwijs Zaanstreek | I. Koç-Verburg | bestuurder
SIG: Stichting ROC Zaan en IJ | dr. W.F. Kramer | voorzitter college van bestuur
"""


@sample("10_zwak_uitgesteld", "pdf",
        "Zaanstad, zorg en welzijn bb -> Helpende zorg en welzijn niveau 2: only the route itself is "
        "arranged; every other item is deferred ('wordt nader uitgewerkt'), restates the law, or lacks "
        "a core element (leiding without benoeming, faciliteiten deferred, only Entree, transfer "
        "without omvang, toetreding deferred).",
        "p w w w w w w w w w",
        {"a": "Artikel 1 De doorlopende leerroute"})
def build_10(path):
    build_pdf(path, parse(TXT_10), title="SOK Zorg Zaanstreek", size=10.5,
              header="Samenwerkingsovereenkomst DLR Zorg Zaanstreek", footer="{n}")


# ============================================================================================
# 11  table of contents + considerans mention everything; the operative text lacks b, f, i
# ============================================================================================
TXT_11 = """
T: Samenwerkingsovereenkomst doorlopende leerroute Mechatronica Almere
S: Produceren, installeren en energie (kaderberoepsgerichte leerweg) - Eerste monteur mechatronica (niveau 3)
S: Definitieve versie, 1 juli 2024

H1: Inhoudsopgave
TOC: Partijen en considerans | 2
TOC: Artikel 1 Begripsbepalingen | 2
TOC: Artikel 2 Profiel en opleiding | 2
TOC: Artikel 3 Betrokkenheid bedrijfsleven | 3
TOC: Artikel 4 Leiding over de route | 3
TOC: Artikel 5 Verantwoording | 3
TOC: Artikel 6 Organisatie en inrichting | 4
TOC: Artikel 7 Overstapoptie | 4
TOC: Artikel 8 Financiële afspraken | 5
TOC: Artikel 9 Medezeggenschap | 5
TOC: Artikel 10 Geschilbeslechting | 5
TOC: Artikel 11 Toetreding van andere partijen | 6
TOC: Artikel 12 Opzegging en wijziging | 6
TOC: Ondertekening | 6
BR:

H1: Partijen en considerans
De ondergetekenden:

IT: 1. | Stichting Openbare Scholengemeenschap Almere Poort, statutair gevestigd te Almere, bevoegd
gezag van het Poort Techniek College, rechtsgeldig vertegenwoordigd door de heer ing. D.R.
Soekhlal, voorzitter van het college van bestuur, hierna te noemen: de school;
IT: 2. | Stichting Regionaal Opleidingencentrum Flevoland Techniek, statutair gevestigd te Lelystad,
rechtsgeldig vertegenwoordigd door mevrouw mr. A.G. Hoekstra-Brandsma, voorzitter van het college van
bestuur, hierna te noemen: het ROC;

Overwegende dat:
IT: a. | partijen leerlingen van de kaderberoepsgerichte leerweg een doorlopende leerroute naar een
diploma mechatronica op niveau 3 willen bieden;
IT: b. | partijen het bedrijfsleven in Flevoland nauw bij de route willen betrekken, omdat de
maakindustrie in de regio om goed opgeleide monteurs vraagt;
IT: c. | partijen iedere leerling die de route niet afmaakt, een passende overstapoptie willen
bieden;
IT: d. | partijen eventuele geschillen over hun samenwerking snel en zorgvuldig willen oplossen;
IT: e. | de wet voorschrijft dat de afspraken over de route in een samenwerkingsovereenkomst worden
vastgelegd;

komen het volgende overeen.

H1: Artikel 1 Begripsbepalingen
In deze overeenkomst wordt verstaan onder:
IT: a. | route: de doorlopende leerroute Mechatronica Almere;
IT: b. | deelnemer: een leerling of student die de route volgt;
IT: c. | stuurgroep: de leiding over de route als bedoeld in artikel 3;
IT: d. | overstapoptie: de mogelijkheid voor een deelnemer die de route niet met succes afrondt om
een ander diploma te halen, als bedoeld in artikel 2.107k WVO 2020;
IT: e. | werkveld: de bedrijven en organisaties in Flevoland waar mechatronici werkzaam zijn;
IT: f. | PTA/OER: de gezamenlijke beschrijving van het onderwijsprogramma en de examinering per
leerjaar.

H1: Artikel 2 Profiel en opleiding
IT: 1. | De route verbindt het profiel Produceren, installeren en energie in de
kaderberoepsgerichte leerweg van het Poort Techniek College met de mbo-opleiding Eerste monteur
mechatronica (niveau 3), beroepsopleidende leerweg, in het opleidingsdomein Techniek en
procesindustrie van het ROC.
IT: 2. | De route start op 1 augustus 2024 in leerjaar 3 en duurt vijf jaar. Partijen melden de
route samen aan in RIO.

H1: Artikel 3 Leiding over de route
IT: 1. | De leiding over de route berust bij een stuurgroep van drie leden: de teamleider techniek
van de school, de opleidingsmanager mechatronica van het ROC en een onafhankelijke voorzitter.
IT: 2. | De teamleider en de opleidingsmanager worden door het eigen college van bestuur aangewezen;
de voorzitter wordt door beide colleges van bestuur gezamenlijk benoemd voor drie jaar.
IT: 3. | De stuurgroep is belast met de dagelijkse leiding, stelt het PTA/OER vast, beslist over de
inzet van docenten en over toelating tot de route, en beheert het routebudget. Zij kan binnen dat
budget zelfstandig verplichtingen aangaan; over de begroting en over wijziging van deze
overeenkomst beslissen de colleges van bestuur.

H1: Artikel 4 Verantwoording
De stuurgroep brengt ieder halfjaar, in januari en in juli, schriftelijk verslag uit aan beide
colleges van bestuur over de aantallen deelnemers, de studieresultaten, het verzuim en de
besteding van het routebudget. Het julirapport bevat de jaarverantwoording en wordt besproken in
een bestuurlijk overleg van beide colleges.

H1: Artikel 5 Organisatie en inrichting
IT: 1. | In leerjaar 3 en 4 wordt de route verzorgd op het Poort Techniek College in Almere, met
wekelijks één dag les in het Mechatronicalab van het ROC in Almere Buiten; vanaf het derde jaar van
de route vindt het onderwijs plaats in het Mechatronicalab.
IT: 2. | Het ROC stelt het Mechatronicalab, de PLC-trainers en de robotcel beschikbaar; de school
stelt haar praktijklokaal PIE beschikbaar voor lessen van ROC-docenten.
IT: 3. | Eén docententeam van beide partijen verzorgt de route en gebruikt de teambevoegdheid voor de
vakoverstijgende onderdelen. Het ROC zet in de vo-fase per week zes lesuren in; de school zet in het
derde jaar van de route twee lesuren wiskunde in. Docenten blijven in dienst van de eigen werkgever.
IT: 4. | Het PTA/OER beschrijft per leerjaar welke vmbo- en mbo-onderdelen worden onderwezen en
geëxamineerd.

H1: Artikel 6 Financiële afspraken
IT: 1. | In leerjaar 3 en 4 draagt de school met toepassing van artikel 5.42a WVO 2020 per deelnemer
per schooljaar € 950 van haar bekostiging over aan het ROC, op basis van de telling op 1 oktober.
IT: 2. | Deze middelen zijn bestemd voor de lesuren van ROC-docenten in de vo-fase en voor het
gebruik van het Mechatronicalab en de verbruiksmaterialen.

H1: Artikel 7 Medezeggenschap
Partijen spreken af dat deelnemers die in de vo-fase bij de school staan ingeschreven, een
vertegenwoordiger met spreekrecht mogen afvaardigen naar de studentenraad van het ROC, en dat de
medezeggenschapsraad van de school en de studentenraad van het ROC ieder jaar in een gezamenlijke
vergadering het verslag van de stuurgroep bespreken.

H1: Artikel 8 Toetreding van andere partijen
Een andere vmbo-school of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst
toetreden met schriftelijke instemming van beide partijen, door ondertekening van een
toetredingsverklaring waarin de toetreder alle bepalingen van deze overeenkomst aanvaardt. Een
toetreding gaat in bij het begin van een schooljaar en laat de positie van zittende deelnemers
ongemoeid.

H1: Artikel 9 Opzegging en wijziging
IT: 1. | Deze overeenkomst geldt voor onbepaalde tijd. Iedere partij kan haar schriftelijk opzeggen
tegen 1 augustus met een opzegtermijn van ten minste twaalf maanden.
IT: 2. | Na opzegging stromen geen nieuwe deelnemers meer in; deelnemers die de route al volgen,
ronden die onder dezelfde voorwaarden af.
IT: 3. | Wijzigingen worden schriftelijk overeengekomen en door beide colleges van bestuur
ondertekend. Zij gaan in bij het begin van een schooljaar en gelden niet ten nadele van zittende
deelnemers.

H1: Ondertekening
Aldus overeengekomen en in tweevoud ondertekend te Almere op 1 juli 2024.

SIG: Stichting Openbare Scholengemeenschap Almere Poort | ing. D.R. Soekhlal | voorzitter college van bestuur
SIG: Stichting Regionaal Opleidingencentrum Flevoland Techniek | mr. A.G. Hoekstra-Brandsma | voorzitter college van bestuur
"""


@sample("11_inhoudsopgave_en_considerans", "pdf",
        "Almere, produceren installeren en energie kb -> Eerste monteur mechatronica niveau 3. A "
        "(stale) table of contents with dotted leaders lists all ten topics and the considerans and "
        "definitions mention bedrijfsleven, overstapoptie and geschillen, but no operative article "
        "arranges them.",
        "p m p p p m p p m p",
        {"a": "Artikel 2 Profiel en opleiding", "c": "Artikel 3 Leiding over de route",
         "d": "Artikel 4 Verantwoording", "e": "Artikel 5 Organisatie en inrichting",
         "g": "Artikel 6 Financiële afspraken", "h": "Artikel 7 Medezeggenschap",
         "j": "Artikel 8 Toetreding van andere partijen; Artikel 9 Opzegging en wijziging"})
def build_11(path):
    build_pdf(path, parse(TXT_11), title="SOK Mechatronica Almere", size=10.5,
              header="SOK doorlopende leerroute Mechatronica Almere", footer="pagina {n}")


# ============================================================================================
# 12  not an agreement: a letter to parents about open days (Zwolle)
# ============================================================================================
TXT_12 = """\
Vakcollege IJsseldelta
Dokter Van Thienenweg 40
8025 AL Zwolle
telefoon 038 - 455 12 00

Aan de ouders en verzorgers van de leerlingen van leerjaar 2

Zwolle, 14 januari 2025

Betreft: profielkeuze, open lesmiddagen en informatieavond over de doorlopende leerroutes

Beste ouders en verzorgers,

Over een paar maanden kiest uw zoon of dochter een profiel voor de bovenbouw. Dat is een
belangrijke stap, en we helpen daar graag bij. In deze brief leest u wat er de komende weken
gebeurt en hoe u zich kunt aanmelden voor de activiteiten.

Open lesmiddagen. Op woensdag 5 februari en woensdag 12 februari, van 13.30 tot 16.00 uur, kunnen
leerlingen meedraaien in de praktijklessen van alle profielen: Zorg en welzijn, Bouwen, wonen en
interieur, Produceren, installeren en energie, Economie en ondernemen en Groen. Uw kind kiest
vooraf twee profielen via de app van de school. Ouders zijn om 15.30 uur welkom voor een kop koffie
en een rondleiding.

Informatieavond doorlopende leerroutes. Samen met het ROC in Zwolle bieden wij in de profielen Zorg
en welzijn en Bouwen, wonen en interieur een doorlopende leerroute aan, waarin uw kind zonder
overstap doorleert tot een mbo-diploma. Op donderdag 20 februari om 19.30 uur vertellen docenten van
de school en van het ROC hoe zo'n route eruitziet, hoe de stage werkt en wat er gebeurt als een
route toch niet past. Ook een leerbedrijf uit de bouw vertelt over zijn ervaringen met leerlingen.
Aanmelden kan tot 17 februari via de website.

Gesprekken met de mentor. In maart voert de mentor met iedere leerling en zijn ouders een
keuzegesprek. U ontvangt hiervoor in februari een uitnodiging met een tijdstip. Kunt u op dat
moment niet, neem dan contact op met de mentor.

Inleveren van de keuze. Het keuzeformulier moet uiterlijk vrijdag 4 april zijn ingeleverd bij de
mentor. Heeft u twijfels, dan kunt u altijd een afspraak maken met onze decaan, mevrouw L. Brinkman
(l.brinkman@ijsseldelta-vakcollege.example).

We kijken ernaar uit u te ontmoeten op een van de activiteiten.

Met vriendelijke groet,

J.W. ter Horst
afdelingsleider onderbouw Vakcollege IJsseldelta

Bijlage: programma open lesmiddagen
"""


@sample("12_geen_overeenkomst", "txt",
        "Not an agreement: a letter from a vmbo school to parents about profielkeuze, open lesmiddagen "
        "and an information evening that mentions the doorlopende leerroutes in passing.",
        "m m m m m m m m m m")
def build_12(path):
    path.write_text(TXT_12, encoding="utf-8")


# ============================================================================================
# 13  arrangements placed under unrelated headings (Den Helder, maritiem en techniek)
# ============================================================================================
TXT_13 = """
T: Samenwerkingsovereenkomst Maritieme Vakroute Kop van Noord-Holland

Ondergetekenden:

Stichting Openbaar Voortgezet Onderwijs Kop van Noord-Holland, statutair gevestigd te Den Helder,
bevoegd gezag van het Helders Maritiem Vakcollege, rechtsgeldig vertegenwoordigd door mevrouw
drs. F.M. Zijlstra, voorzitter van het college van bestuur, hierna te noemen: "HMV";

en

Stichting Maritiem en Technisch Opleidingsinstituut Noorderkwartier, statutair gevestigd te Den
Helder, instelling voor beroepsonderwijs, rechtsgeldig vertegenwoordigd door de heer kapt. B.J.
Ooms, voorzitter van het college van bestuur, hierna te noemen: "MTON";

overwegende dat HMV en MTON een doorlopende leerroute vmbo-mbo in de maritieme sector willen
verzorgen, omdat de binnenvaart en de haven van Den Helder jonge vakmensen nodig hebben, en dat
zij hun samenwerking in een samenwerkingsovereenkomst vastleggen,

komen overeen als volgt.

H1: 1. Algemeen
IT: 1.1 | In deze overeenkomst wordt onder "de vakroute" verstaan: de doorlopende leerroute die in
paragraaf 2 wordt beschreven, en onder "deelnemer": iedere leerling of student die de vakroute
volgt.
IT: 1.2 | HMV en MTON melden de vakroute gezamenlijk aan bij de minister door registratie in RIO.
IT: 1.3 | De vakroute start op 1 augustus 2024.

H1: 2. Het onderwijs
IT: 2.1 | De vakroute verbindt het profiel Maritiem en techniek van HMV met de volgende opleidingen
van MTON in het opleidingsdomein Transport, scheepvaart en logistiek: voor leerlingen van de
basisberoepsgerichte leerweg de opleiding Matroos binnenvaart (niveau 2), voor leerlingen van de
kaderberoepsgerichte leerweg de opleiding Schipper binnenvaart (niveau 3).
IT: 2.2 | De eerste twee jaar van de vakroute worden gegeven in het gebouw van HMV aan de
Marsdiepstraat, met iedere week een dag praktijk op het opleidingsschip "Noorderkwartier II" van
MTON in de Nieuwe Haven. Daarna vindt het onderwijs plaats bij MTON en aan boord van
binnenvaartschepen.
IT: 2.3 | De lessen worden verzorgd door één team van leraren van HMV en docenten van MTON. Het team
gebruikt de teambevoegdheid voor de onderdelen die zowel vmbo- als mbo-stof bevatten; voor ieder
onderdeel blijft een bevoegde docent verantwoordelijk. MTON zet in de eerste twee jaar per week acht
lesuren docent scheepvaart in; HMV zet in het derde jaar drie lesuren Nederlands en Engels in.
Iedereen blijft in dienst van de eigen werkgever.
IT: 2.4 | MTON stelt het opleidingsschip, de navigatiesimulator en de machinekamersimulator
beschikbaar; HMV stelt haar praktijklokaal maritiem en haar werkplaats beschikbaar voor lessen van
MTON-docenten.
IT: 2.5 | Een gezamenlijk PTA/OER beschrijft per leerjaar het onderwijsprogramma, de examinering en
de beroepspraktijkvorming.

H1: 3. Organisatie
IT: 3.1 | De vakroute wordt geleid door de stuurgroep maritiem. De stuurgroep bestaat uit de
sectordirecteur techniek van HMV, de directeur opleidingen van MTON en een vakroutecoördinator.
IT: 3.2 | De sectordirecteur en de directeur opleidingen worden door het college van bestuur van hun
eigen organisatie benoemd. De vakroutecoördinator wordt benoemd door de beide colleges samen.
IT: 3.3 | De stuurgroep heeft als taak het vaststellen van het PTA/OER, de roostering, de inzet van
het docententeam, de toelating van deelnemers en het onderhouden van het contact met het Maritiem
Platform. Zij beslist zelfstandig binnen het jaarbudget van de vakroute; besluiten over de begroting
en over deze overeenkomst nemen de colleges van bestuur.
IT: 3.4 | De stuurgroep stuurt beide colleges van bestuur ieder jaar vóór 1 november een
jaarrapportage met de resultaten, de uitstroom, de inzet van personeel en de financiële
verantwoording. Halverwege het schooljaar, in maart, brengt zij in een gezamenlijk overleg met
beide colleges een tussenrapportage uit.

H1: 4. Praktijkleren
IT: 4.1 | Het bedrijfsleven is bij de vakroute betrokken via het Maritiem Platform Kop van
Noord-Holland, waarin rederijen, sleepdiensten en havenbedrijven samenwerken, onder wie Rederij
Marsdiep B.V., Sleepdienst Den Helder B.V. en het havenbedrijf Port of Den Helder.
IT: 4.2 | De leden van het Maritiem Platform bieden deelnemers meevaardagen in het tweede jaar en
bpv-plaatsen aan boord in de mbo-fase, als erkend leerbedrijf, met een praktijkopleider aan boord.
IT: 4.3 | Zij brengen jaarlijks praktijkopdrachten in, zoals het uitvoeren van een
veiligheidsoefening of het plannen van een vaarroute, en beoordelen mee bij de praktijkexamens.
IT: 4.4 | Het Maritiem Platform adviseert de stuurgroep twee keer per jaar over de inhoud van het
programma en de keuzedelen.

H1: 5. Begeleiding van leerlingen
IT: 5.1 | Iedere deelnemer heeft een mentor van HMV en vanaf het derde jaar een studieloopbaanbegeleider
van MTON.
IT: 5.2 | Als de vakroute niet (meer) bij een deelnemer past, zorgen HMV en MTON ervoor dat hij toch
een diploma kan halen dat past bij zijn bereikte niveau en zijn leeftijd. In de eerste twee jaar gaat
hij verder in de reguliere basis- of kaderberoepsgerichte leerweg van HMV, in het profiel Maritiem en
techniek of een ander profiel. Haalt hij het vmbo-diploma niet, dan kan hij zonder dat diploma bij
MTON verder in een opleiding van niveau 2 of 3, of het vmbo-examen opnieuw doen. In de mbo-fase kan
hij overstappen naar een andere opleiding van hetzelfde niveau bij MTON, of met hulp van MTON naar een
opleiding bij een andere instelling in de regio.
IT: 5.3 | De mentor en de studieloopbaanbegeleider stellen samen, na een gesprek met de deelnemer en
zijn ouders, een voorstel op; HMV en MTON beslissen er gezamenlijk over. Er is altijd een warme
overdracht.

H1: 6. Communicatie met ouders en leerlingen
IT: 6.1 | HMV en MTON informeren ouders en deelnemers via een gezamenlijke nieuwsbrief die vier keer per
jaar verschijnt.
IT: 6.2 | Aanvullend op de WMS en de WEB spreken HMV en MTON af dat de medezeggenschapsraad van HMV en
de studentenraad van MTON ieder jaar in november gezamenlijk vergaderen over de vakroute, en dat een
deelnemer die nog bij HMV staat ingeschreven als toehoorder met spreekrecht mag deelnemen aan de
vergaderingen van de studentenraad van MTON. Een voorgenomen wijziging van het PTA/OER wordt aan beide
raden voor advies voorgelegd.

H1: 7. Duur, wijziging en beëindiging
IT: 7.1 | Deze overeenkomst geldt voor onbepaalde tijd.
IT: 7.2 | Een andere school of instelling voor beroepsonderwijs kan aan de overeenkomst deelnemen als
HMV en MTON daar beide schriftelijk mee instemmen en de nieuwe partij de overeenkomst mede
ondertekent. De nieuwe partij neemt deel met ingang van een nieuw schooljaar.
IT: 7.3 | Ieder van HMV en MTON kan de overeenkomst schriftelijk opzeggen tegen het einde van een
schooljaar, met een opzegtermijn van een jaar. De overeenkomst kan bovendien worden ontbonden als
een partij, na een schriftelijke aanmaning, haar verplichtingen niet binnen twee maanden nakomt.
IT: 7.4 | Wijzigingen van deze overeenkomst worden schriftelijk door beide colleges van bestuur
overeengekomen en gaan in bij het begin van een schooljaar.
IT: 7.5 | Bij toetreding, wijziging, opzegging of ontbinding zorgen HMV en MTON ervoor dat de
gevolgen voor deelnemers zo klein mogelijk zijn: deelnemers die al zijn begonnen, kunnen de vakroute
onder dezelfde voorwaarden afmaken, en na opzegging of ontbinding worden geen nieuwe deelnemers meer
toegelaten.

H1: 8. Overige bepalingen
IT: 8.1 | HMV draagt met toepassing van artikel 5.42a WVO 2020 in de eerste twee jaar van de
vakroute jaarlijks € 1.300 per deelnemer van haar bekostiging over aan MTON. Dit bedrag is bestemd
voor de lessen van MTON-docenten bij HMV en voor het gebruik van het opleidingsschip en de
simulatoren. MTON draagt geen bekostiging over aan HMV.
IT: 8.2 | Partijen verwerken persoonsgegevens van deelnemers volgens de AVG en sluiten daarvoor zo
nodig een verwerkersovereenkomst.
IT: 8.3 | Iedere partij is verzekerd voor de aansprakelijkheid voor schade door eigen personeel.

H1: 9. Slotbepalingen
IT: 9.1 | Op deze overeenkomst is Nederlands recht van toepassing.
IT: 9.2 | Verschillen van mening tussen HMV en MTON over de uitvoering van deze overeenkomst worden
eerst in de stuurgroep besproken en, als dat niet tot een oplossing leidt, binnen vier weken in een
overleg van de voorzitters van beide colleges van bestuur. Is ook daarna geen oplossing bereikt, dan
leggen HMV en MTON het geschil voor aan een mediator. Als mediation binnen drie maanden niet tot een
oplossing leidt, is de rechtbank Noord-Holland bevoegd.

Aldus overeengekomen en in tweevoud ondertekend te Den Helder op 26 juni 2024.

SIG: Stichting Openbaar Voortgezet Onderwijs Kop van Noord-Holland | drs. F.M. Zijlstra | voorzitter college van bestuur
SIG: Stichting Maritiem en Technisch Opleidingsinstituut Noorderkwartier | kapt. B.J. Ooms | voorzitter college van bestuur
"""


@sample("13_onder_andere_kop", "docx",
        "Den Helder, maritiem en techniek bb/kb -> Matroos binnenvaart 2 / Schipper binnenvaart 3: "
        "arrangements under unrelated headings (overstap in 'Begeleiding van leerlingen', "
        "bekostiging in 'Overige bepalingen', geschillen in 'Slotbepalingen', medezeggenschap in "
        "'Communicatie met ouders en leerlingen', toetreding/opzegging/wijziging in 'Duur, wijziging "
        "en beëindiging').",
        "p p p p p p p p p p",
        {"a": "2. Het onderwijs (2.1)", "b": "4. Praktijkleren", "c": "3. Organisatie (3.1-3.3)",
         "d": "3. Organisatie (3.4 jaarrapportage vóór 1 november)",
         "e": "2. Het onderwijs (2.2-2.5)", "f": "5. Begeleiding van leerlingen (5.2-5.3)",
         "g": "8. Overige bepalingen (8.1)", "h": "6. Communicatie met ouders en leerlingen (6.2)",
         "i": "9. Slotbepalingen (9.2)", "j": "7. Duur, wijziging en beëindiging"})
def build_13(path):
    d = new_docx("SOK Maritieme Vakroute Kop van Noord-Holland", font="Cambria", size=11)
    docx_blocks(d, parse(TXT_13), heading_styles=("Heading 2", "Heading 3"))
    save_docx(d, path)


# ============================================================================================
# 14  plain school style, numbered headings "1." ..., explicit no transfer (Nijmegen, M&T)
# ============================================================================================
TXT_14 = """
T: Samenwerkingsovereenkomst doorlopende leerroute Logistiek Nijmegen

H1: 1. Wie maken deze afspraken?
Stichting Voortgezet Onderwijs Rijk van Nijmegen, statutair gevestigd te Nijmegen, bevoegd gezag van
het Waalhaven Vakcollege, rechtsgeldig vertegenwoordigd door mevrouw G.H. Peters, voorzitter van het
college van bestuur (hierna: de school), en Stichting ROC Gelderse Poort, statutair gevestigd te
Arnhem, rechtsgeldig vertegenwoordigd door de heer S. el Amrani MBA, lid van het college van bestuur
(hierna: het ROC). Samen heten zij in deze overeenkomst: partijen.

H1: 2. Waarom een doorlopende leerroute?
Overwegende dat veel leerlingen van de basisberoepsgerichte leerweg na het vmbo de weg naar het mbo
niet vinden, dat de logistieke bedrijven rond de Waalhaven en in het Gelderse rivierengebied om
vakmensen vragen en dat de wet een samenwerkingsovereenkomst voorschrijft, spreken partijen het
volgende af.

H1: 3. Welke opleiding?
De route verbindt het profiel Mobiliteit en transport in de basisberoepsgerichte leerweg van het
Waalhaven Vakcollege met de mbo-opleiding Logistiek medewerker, niveau 2, in het opleidingsdomein
Transport, scheepvaart en logistiek van het ROC (bbl en bol). De route begint in leerjaar 3 en duurt
vier jaar. Partijen melden de route samen aan in RIO.

H1: 4. Wie helpen er uit het bedrijfsleven?
Vijf logistieke bedrijven die erkend leerbedrijf zijn, onder wie Distributiecentrum Waalkade B.V. en
Transportbedrijf Gerritsen Beuningen B.V., en de brancheorganisatie Logistiek Rijk van Nijmegen doen
mee. Zij bieden elke leerling in leerjaar 4 een snuffelstage van drie weken en in de mbo-fase een
leerbaan (bbl) of een bpv-plaats (bol). Zij geven gastlessen over veiligheid en heftruckrijden,
stellen hun magazijnen open voor praktijkopdrachten en beoordelen mee bij het praktijkexamen. Eén
keer per jaar, in mei, bespreken zij met de routeleiders wat er in het programma beter kan.

H1: 5. Wie heeft de leiding?
De route heeft twee routeleiders: de teamleider techniek van de school en de teamleider logistiek
van het ROC. Het college van bestuur van de school wijst de eerste aan, het college van bestuur van
het ROC de tweede. Zij maken samen het PTA/OER, het rooster en de stageplanning, verdelen de lessen
over de docenten, beslissen over toelating en overstap en houden contact met de bedrijven. Zij
mogen zelf uitgaven doen tot € 7.500 per schooljaar; daarboven beslissen de colleges van bestuur.

H1: 6. Hoe houden we de besturen op de hoogte?
De routeleiders schrijven elk jaar vóór 1 juli een verslag voor beide colleges van bestuur: hoeveel
leerlingen er zijn, hoe zij het doen, wie er is gestopt en waarom, en hoe het met de stages gaat. In
oktober bespreken zij dit verslag met de beide colleges.

H1: 7. Waar en door wie wordt lesgegeven?
Leerjaar 3 en 4 zijn op het Waalhaven Vakcollege. De leerlingen hebben vanaf leerjaar 4 elke
donderdag les in het oefenmagazijn van het ROC in Nijmegen-West. Leerjaar 5 en 6 zijn bij het ROC en
bij de leerbedrijven. Eén team van docenten van de school en van het ROC geeft de lessen en gebruikt
de teambevoegdheid voor de onderdelen die vmbo en mbo combineren. Het ROC zet in leerjaar 4 vier
lesuren per week in, de school in leerjaar 5 twee lesuren Nederlands. Het ROC laat de leerlingen het
oefenmagazijn, de heftrucksimulator en het magazijnbeheersysteem gebruiken; de school stelt haar
praktijklokaal transport open voor ROC-docenten. Het PTA/OER zegt per leerjaar welke vmbo- en
mbo-onderdelen worden gegeven en getoetst.

H1: 8. Wat als een leerling stopt?
Een leerling die de route niet afmaakt, krijgt altijd een kans op een diploma. In leerjaar 3 of 4
gaat hij verder in de gewone basisberoepsgerichte leerweg van de school. Haalt hij zijn vmbo-diploma
niet, dan kan hij bij het ROC toch verder in een opleiding op niveau 2, zonder vooropleidingseisen,
of het examenjaar overdoen. Wil hij in de mbo-fase iets anders, dan kan hij naar een andere opleiding
op niveau 2 van het ROC. De school en het ROC kijken samen naar wat de leerling al heeft bereikt en
naar zijn leeftijd, en beslissen na een gesprek met de leerling en zijn ouders.

H1: 9. Geld
Partijen dragen geen bekostiging aan elkaar over. Ieder betaalt zijn eigen docenten, lokalen en
materialen.

H1: 10. Inspraak van leerlingen, ouders en personeel
Voor de route gelden de gewone regels van de WMS en de WEB. Daarbovenop spreken partijen af dat
leerlingen uit leerjaar 3 en 4 van de route één vertegenwoordiger mogen sturen naar de
studentenraad van het ROC, die daar mag meepraten. De medezeggenschapsraad van de school krijgt het
jaarverslag van de routeleiders ook, en mag daarover advies geven aan beide colleges.

H1: 11. Conflicten
Als de school en het ROC het over de uitvoering van deze overeenkomst niet eens worden, lossen zij
dat in onderling overleg op.

H1: 12. Nieuwe partners, opzeggen en veranderen
Wil een andere school of een ander ROC meedoen, dan kan dat als beide partijen het daarmee
schriftelijk eens zijn en de nieuwe partner deze overeenkomst tekent; meedoen kan vanaf het begin
van een schooljaar. Partijen kunnen deze overeenkomst opzeggen tegen het einde van een schooljaar,
met een opzegtermijn van een jaar. Daarna stromen er geen nieuwe leerlingen meer in, maar leerlingen
die al in de route zitten, maken hun route af. Veranderingen in deze overeenkomst worden op papier
gezet en door beide colleges getekend; ze gelden vanaf het volgende schooljaar en mogen leerlingen
die al in de route zitten niet benadelen.

H1: 13. Handtekeningen
Nijmegen, 11 juni 2024

SIG: Stichting Voortgezet Onderwijs Rijk van Nijmegen | G.H. Peters | voorzitter college van bestuur
SIG: Stichting ROC Gelderse Poort | S. el Amrani MBA | lid college van bestuur
"""


@sample("14_geen_overdracht_bekostiging", "txt",
        "Plain school style with numbered question headings ('8. Wat als een leerling stopt?'); "
        "Nijmegen, mobiliteit en transport bb -> Logistiek medewerker niveau 2; states explicitly "
        "that no bekostiging is transferred; geschillen only 'in onderling overleg'.",
        "p p p p p p p p w p",
        {"a": "3. Welke opleiding?", "b": "4. Wie helpen er uit het bedrijfsleven?",
         "c": "5. Wie heeft de leiding?", "d": "6. Hoe houden we de besturen op de hoogte?",
         "e": "7. Waar en door wie wordt lesgegeven?", "f": "8. Wat als een leerling stopt?",
         "g": "9. Geld: Partijen dragen geen bekostiging aan elkaar over",
         "h": "10. Inspraak van leerlingen, ouders en personeel",
         "j": "12. Nieuwe partners, opzeggen en veranderen"})
def build_14(path):
    path.write_text(plain_lines(parse(TXT_14), width=92), encoding="utf-8")


# ============================================================================================
# 15  "§ N" headings as bold direct-formatted paragraphs, no heading styles (Den Haag)
# ============================================================================================
TXT_15 = """
T: Samenwerkingsovereenkomst doorlopende leerroute Onderwijsassistent Den Haag

Tussen

Stichting Haagse Scholengroep Zuidwest, statutair gevestigd te 's-Gravenhage, bevoegd gezag van het
Loosduinen College, rechtsgeldig vertegenwoordigd door de heer M.J. Verbeek, voorzitter van het
college van bestuur, hierna: "het Loosduinen College",

en

Stichting Regionaal Opleidingencentrum Hofstad, statutair gevestigd te 's-Gravenhage, rechtsgeldig
vertegenwoordigd door mevrouw dr. N. Rampersad, voorzitter van het college van bestuur, hierna: "ROC
Hofstad",

wordt, in aanmerking nemende dat het primair onderwijs in Den Haag een groot tekort aan
onderwijsassistenten heeft en dat partijen leerlingen van de gemengde leerweg een route naar dat
beroep willen bieden, het volgende overeengekomen.

H1: § 1 Begrippen
In deze overeenkomst betekent "route": de doorlopende leerroute Onderwijsassistent Den Haag;
"deelnemer": de leerling of student in de route; "routeleiders": de leiding over de route als
bedoeld in § 4.

H1: § 2 De route
De route verbindt het profiel Zorg en welzijn in de gemengde leerweg van het Loosduinen College met de mbo-opleiding Onderwijsassistent, niveau 4, in het opleidingsdomein
Zorg en welzijn van ROC Hofstad, beroepsopleidende leerweg. De route begint in leerjaar 3 en duurt
zes jaar. Partijen melden de route samen aan in RIO.

H1: § 3 Praktijk en werkveld
Partijen werken samen met de Haagse Stichting voor Katholiek en Openbaar Primair Onderwijs (HSKOP)
en met vier kinderopvangorganisaties, waaronder Kinderopvang Duinrand. Deze organisaties zijn erkend
leerbedrijf. Zij bieden deelnemers in het tweede jaar van de route een oriëntatiestage van vier
weken op een basisschool en in de mbo-fase bpv-plaatsen met een vaste werkplekbegeleider, leveren
praktijkopdrachten aan (zoals het voorbereiden van een leesles), beoordelen mee bij de
beroepsproeven en bespreken ieder jaar in juni met de routeleiders het programma.

H1: § 4 Leiding
De leiding over de route berust bij twee routeleiders: de afdelingsleider bovenbouw van het
Loosduinen College en de opleidingsmanager Onderwijs van ROC Hofstad. Zij worden benoemd door de
directie van hun eigen organisatie, met instemming van het eigen college van bestuur. De taken en
bevoegdheden van de routeleiders worden in een later stadium in een taakomschrijving vastgelegd.

H1: § 5 Informatie aan de besturen
De routeleiders informeren beide colleges van bestuur ieder schooljaar twee keer schriftelijk, in
december en in juni, over het aantal deelnemers, de resultaten, het verzuim en de uitval. Het
junirapport is tevens hun jaarlijkse verantwoording en wordt in een overleg met beide colleges
besproken.

H1: § 6 Onderwijs en personeel
De eerste twee jaar van de route vinden plaats in het Loosduinen College, met in het tweede jaar
één dag per week les op de Onderwijscampus van ROC Hofstad in Den Haag-Zuidwest; daarna volgt
de deelnemer het onderwijs bij ROC Hofstad en in de bpv. De route wordt verzorgd door één team van
docenten van beide partijen, dat voor de pedagogische en didactische onderdelen de teambevoegdheid
gebruikt. ROC Hofstad zet in de vo-fase vier lesuren per week in; het Loosduinen College zet in het
derde jaar drie lesuren Nederlands en rekenen in. Docenten blijven in dienst van hun eigen werkgever.
Het PTA/OER beschrijft per leerjaar de vmbo- en mbo-onderdelen en de examinering. Afspraken over het
gebruik van lokalen, praktijkruimten en leermiddelen van partijen volgen nog.

H1: § 7 Overstappen
Wie de route niet afmaakt, krijgt altijd een alternatief dat leidt tot een diploma:
LI: in de vo-fase de reguliere gemengde leerweg van het Loosduinen College, in hetzelfde of een
ander profiel;
LI: zonder vmbo-diploma aan het eind van het derde jaar: een opleiding op niveau 3 of 4 van ROC
Hofstad zonder vooropleidingseisen, of het vmbo-examen opnieuw afleggen;
LI: in de mbo-fase: een andere opleiding op niveau 4, of Pedagogisch medewerker kinderopvang op
niveau 3, bij ROC Hofstad.
Het Loosduinen College en ROC Hofstad bepalen samen welk alternatief past bij het bereikte niveau en
de leeftijd, na een gesprek met de deelnemer en zijn ouders.

H1: § 8 Medezeggenschap
Aanvullend op de WMS en de WEB geldt: de medezeggenschapsraad van het Loosduinen College en de
studentenraad van ROC Hofstad vormen samen een commissie doorlopende leerroute van vier leden, die de
routeleiders twee keer per jaar gevraagd en ongevraagd adviseert. Voorgenomen wijzigingen van deze
overeenkomst worden aan die commissie voor advies voorgelegd.

H1: § 9 Geschillen
Een geschil over de uitvoering van deze overeenkomst wordt eerst besproken door de routeleiders en
daarna door de voorzitters van beide colleges van bestuur. Is het geschil na zes weken niet
opgelost, dan wordt het voorgelegd aan een commissie van drie deskundigen die bindend advies
uitbrengt; iedere partij wijst één lid aan, die samen de voorzitter kiezen.

H1: § 10 Toetreding, looptijd en wijziging
Een andere school of instelling kan toetreden als beide partijen schriftelijk instemmen en de
toetreder deze overeenkomst aanvaardt; toetreding gaat in bij het begin van een schooljaar. De
overeenkomst geldt voor onbepaalde tijd en kan tegen 1 augustus worden opgezegd met een termijn van
twaalf maanden. Wijzigingen worden schriftelijk door beide colleges van bestuur overeengekomen. Bij
toetreding, opzegging en wijziging houden deelnemers die al in de route zitten hun plaats en
programma en maken zij de route onder dezelfde voorwaarden af; na opzegging stromen geen nieuwe
deelnemers meer in.

Aldus overeengekomen te 's-Gravenhage op 5 juli 2024.

SIG: Stichting Haagse Scholengroep Zuidwest | M.J. Verbeek | voorzitter college van bestuur
SIG: Stichting Regionaal Opleidingencentrum Hofstad | dr. N. Rampersad | voorzitter college van bestuur
"""


@sample("15_paragraaf_kopjes", "docx",
        "'§ N' headings as bold direct-formatted Normal paragraphs (no Word heading styles); Den Haag, "
        "zorg en welzijn gl -> Onderwijsassistent niveau 4. Tasks of the leiding deferred, "
        "faciliteiten deferred, nothing on finances.",
        "p p w p w p m p p p",
        {"a": "§ 2 De route", "b": "§ 3 Praktijk en werkveld", "d": "§ 5 Informatie aan de besturen",
         "f": "§ 7 Overstappen", "h": "§ 8 Medezeggenschap", "i": "§ 9 Geschillen",
         "j": "§ 10 Toetreding, looptijd en wijziging"})
def build_15(path):
    d = new_docx("SOK Onderwijsassistent Den Haag", font="Verdana", size=10)
    docx_blocks(d, parse(TXT_15), bold_headings_as_normal=True)
    save_docx(d, path)


# ============================================================================================
# 16  ALL-CAPS headings without numbers (West-Friesland, groen, vmbo school + AOC)
# ============================================================================================
TXT_16 = """
T: SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE GROEN WEST-FRIESLAND

H1: PARTIJEN
Stichting Openbaar Voortgezet Onderwijs Hoorn en omstreken, statutair gevestigd te Hoorn, bevoegd
gezag van Vakcollege Hoorn, rechtsgeldig vertegenwoordigd door de heer R.J. Schouten, voorzitter van
het college van bestuur, hierna: de school;

Stichting Agrarisch Opleidingscentrum West-Friesland, statutair gevestigd te Schagen, rechtsgeldig
vertegenwoordigd door mevrouw J.A.M. Kaag-Visser, voorzitter van het college van bestuur, hierna:
het AOC;

IN AANMERKING NEMENDE dat de tuinbouw en de groenvoorziening in West-Friesland behoefte hebben aan
praktisch opgeleide vakmensen en dat partijen daarvoor samen een doorlopende leerroute willen
verzorgen, KOMEN PARTIJEN OVEREEN ALS VOLGT.

H1: DE ROUTE
De route begint in leerjaar 3 van het profiel Groen in de basisberoepsgerichte leerweg van Vakcollege
Hoorn en loopt door in aansluitende mbo-opleidingen van het AOC. Partijen melden de route samen aan
in RIO.

H1: BEDRIJFSLEVEN
De Vereniging Glastuinbouw West-Friesland en het Hoveniersplatform Noord-Holland Noord zijn bij de
route betrokken. Hun leden, waaronder Kwekerij Zwaag B.V. en Hoveniersbedrijf De Groene Vinger te
Wognum, zijn erkend leerbedrijf en bieden de deelnemers vanaf het tweede jaar van de route een vaste
stageplaats en in de mbo-fase bpv-plaatsen. Zij leveren praktijkopdrachten aan, zoals het aanleggen
van een border of het oogsten en verwerken van een teelt, en beoordelen mee bij de praktijkexamens.
Twee keer per jaar adviseert een vertegenwoordiger van beide organisaties het routeteam over de
inhoud van het programma.

H1: LEIDING
De leiding over de route ligt bij het routeteam: de afdelingsleider basis/kader van de school, de
teamleider groen van het AOC en een routecoördinator. De afdelingsleider en de teamleider worden
aangewezen door hun eigen college van bestuur; de routecoördinator wordt door beide colleges samen
benoemd. Het routeteam stelt jaarlijks het PTA/OER vast, maakt het rooster, verdeelt de lesuren over
de docenten, beslist over toelating van deelnemers en beheert het routebudget, waarbinnen het
zelfstandig uitgaven mag doen. Over de begroting, het aantal plaatsen en deze overeenkomst beslissen
de colleges van bestuur.

H1: ONDERWIJS EN ORGANISATIE
In de eerste twee jaar van de route krijgen de deelnemers les op Vakcollege Hoorn en twee dagdelen
per week op het praktijkterrein van het AOC in Hoorn; daarna volgen zij het onderwijs bij het AOC en
bij de leerbedrijven. Eén team van docenten van beide partijen verzorgt de route en gebruikt de
teambevoegdheid voor de praktijkvakken. Het AOC zet in de vo-fase wekelijks zes lesuren docent groen
in. Het AOC stelt zijn kassen, tuinen en machines beschikbaar; de school stelt haar praktijklokaal
groen en haar schooltuin open voor lessen van AOC-docenten. Het PTA/OER beschrijft per leerjaar het
programma en de examinering.

H1: OVERSTAP
Een deelnemer die de route tussentijds verlaat, wordt aangemeld voor de Entree-opleiding van het
AOC.

H1: BEKOSTIGING
De school draagt met toepassing van artikel 5.42a WVO 2020 in de vo-fase jaarlijks EUR 750 per
deelnemer van haar bekostiging over aan het AOC. Dat bedrag is bestemd voor het gebruik van de
kassen, tuinen en machines van het AOC en voor de lesuren van de AOC-docenten in de vo-fase.

H1: MEDEZEGGENSCHAP
p.m.

H1: GESCHILLEN
Partijen bespreken een geschil over de uitvoering van deze overeenkomst eerst in het routeteam en
daarna in een overleg van beide voorzitters van de colleges van bestuur. Leidt dat binnen twee
maanden niet tot een oplossing, dan wordt het geschil beslecht door de bevoegde rechter van de
rechtbank Noord-Holland.

H1: LOOPTIJD, TOETREDING, OPZEGGING EN WIJZIGING
Deze overeenkomst geldt voor onbepaalde tijd. Een andere vmbo-school of instelling voor
beroepsonderwijs kan toetreden als beide partijen schriftelijk instemmen en de nieuwe partij de
overeenkomst mede ondertekent, met ingang van een nieuw schooljaar. Iedere partij kan de
overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met een opzegtermijn van
twaalf maanden. De overeenkomst wordt alleen gewijzigd bij schriftelijke overeenkomst van beide
colleges van bestuur. Bij opzegging of wijziging kunnen deelnemers die al in de route zitten de route
onder dezelfde voorwaarden afmaken; na opzegging worden geen nieuwe deelnemers toegelaten.

H1: ONDERTEKENING
Aldus overeengekomen en ondertekend te Hoorn op 19 juni 2024.

SIG: Stichting Openbaar Voortgezet Onderwijs Hoorn en omstreken | R.J. Schouten | voorzitter college van bestuur
SIG: Stichting Agrarisch Opleidingscentrum West-Friesland | J.A.M. Kaag-Visser | voorzitter college van bestuur
"""


@sample("16_hoofdletterkoppen", "pdf",
        "ALL-CAPS headings without numbers; West-Friesland, vmbo school + AOC, groen bb. The mbo side "
        "of the route is not named, there is no verantwoording at all, the overstap is only 'naar "
        "Entree' and medezeggenschap is 'p.m.'.",
        "w p p m p w p w p p",
        {"b": "BEDRIJFSLEVEN", "c": "LEIDING", "e": "ONDERWIJS EN ORGANISATIE",
         "g": "BEKOSTIGING", "i": "GESCHILLEN", "j": "LOOPTIJD, TOETREDING, OPZEGGING EN WIJZIGING"})
def build_16(path):
    build_pdf(path, parse(TXT_16), title="SOK Groen West-Friesland", size=10, justify=False,
              footer="{n}")


# ============================================================================================
# sanity checks (python3 build_samples.py --check)
# ============================================================================================
def check() -> None:
    """Open every generated file and verify the format-specific promises made in README.md."""
    import pdfplumber
    from lxml import etree

    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for s in SAMPLES:
        path = OUT / f"{s['name']}.{s['ext']}"
        exp = json.loads((OUT / f"{s['name']}.expected.json").read_text(encoding="utf-8"))
        assert set(exp) <= {"description", "split", "statuses", "evidence"}, path
        assert list(exp["statuses"]) == list(LETTERS), path
        assert path.stat().st_size < 200_000, path
        if s["ext"] == "pdf":
            with pdfplumber.open(path) as pdf:
                first = (pdf.pages[0].extract_text() or "")[:300]
                print(f"--- {path.name} ({len(pdf.pages)} p.)\n{first}\n")
                assert first.strip(), path
                if s["name"].startswith("06"):
                    assert len(pdf.pages) >= 3
                    for pg in pdf.pages:
                        xs = {round(w["x0"]) for w in pg.extract_words() if w["top"] > 80}
                        left = [x for x in xs if x < 290]
                        right = [x for x in xs if x > 300]
                        assert left and (right or pg is pdf.pages[-1]), f"06 page {pg.page_number}"
                        txt = pg.extract_text()
                        assert f"Pagina {pg.page_number} van {len(pdf.pages)}" in txt
                    words = [w["text"] for pg in pdf.pages for w in pg.extract_words()]
                    assert "samenwerkings-" in words, "06: hyphenated word not found"
                    print("    06: two columns (x0 < 290 and x0 > 300 on every page), "
                          "'Pagina N van M' on every page, 'samenwerkings-' hyphenated\n")
        elif s["ext"] == "docx":
            d = docx.Document(str(path))
            n_head = sum(1 for p in d.paragraphs if p.style.name.startswith("Heading"))
            print(f"--- {path.name}: {len(d.paragraphs)} paragraphs, {len(d.tables)} tables, "
                  f"{n_head} heading-style paragraphs; first: {d.paragraphs[0].text[:70]!r}\n")
            if s["name"].startswith("05"):
                with zipfile.ZipFile(path) as z:
                    doc = etree.fromstring(z.read("word/document.xml"))
                    numbering = etree.fromstring(z.read("word/numbering.xml"))
                    styles = etree.fromstring(z.read("word/styles.xml"))
                    header = z.read("word/header1.xml").decode("utf-8") if "word/header1.xml" in z.namelist() else ""
                    footers = [z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/footer")]
                texts = "".join(t.text or "" for t in doc.iter(W + "t"))
                assert "artikel" not in texts.lower(), "05: 'Artikel' typed in document.xml"
                for p_el in doc.iter(W + "p"):
                    ptxt = "".join(t.text or "" for t in p_el.iter(W + "t"))
                    assert not re.match(r"\s*(\d+(\.\d+)*\.?|[a-z][.)])\s", ptxt), ptxt
                lvl0 = numbering.xpath("//w:abstractNum[@w:abstractNumId='20']/w:lvl[@w:ilvl='0']"
                                       "/w:lvlText/@w:val", namespaces={"w": W[1:-1]})
                assert lvl0 == ["Artikel %1"], lvl0
                assert numbering.xpath("//w:num[@w:numId='21']/w:lvlOverride/w:startOverride",
                                       namespaces={"w": W[1:-1]})
                h1 = styles.xpath("//w:style[@w:styleId='Heading1']/w:pPr/w:numPr/w:numId/@w:val",
                                  namespaces={"w": W[1:-1]})
                assert h1 == ["20"], h1
                paras = list(doc.iter(W + "p"))
                direct = [p for p in paras if p.find(f"{W}pPr/{W}numPr") is not None]
                styled = [p for p in paras
                          if (p.find(f"{W}pPr/{W}pStyle") is not None
                              and p.find(f"{W}pPr/{W}pStyle").get(W + "val") == "Heading1")]
                ids = {p.find(f"{W}pPr/{W}numPr/{W}numId").get(W + "val") for p in direct}
                assert len(styled) >= 10 and len(direct) >= 30 and ids == {"20", "21"}, (len(styled), len(direct), ids)
                assert "vertrouwelijk" in header and any("NUMPAGES" in f for f in footers)
                print(f"    05: {len(styled)} Heading1 paragraphs numbered through the style, "
                      f"{len(direct)} paragraphs with direct numPr (numIds {sorted(ids)}), "
                      "no 'Artikel' in document.xml text, header/footer present\n")
        else:
            text = path.read_text(encoding="utf-8")
            longest = max(len(x) for x in text.splitlines())
            print(f"--- {path.name}: {len(text.splitlines())} lines, longest {longest} chars\n"
                  f"{text[:300]}\n")
            if s["ext"] == "md":
                assert "**" not in text
    print("all checks passed")


# ============================================================================================
# main
# ============================================================================================
def main(argv: list[str]) -> int:
    if "--check" in argv:
        check()
        return 0
    wanted = argv[1:]
    names = [s["name"] for s in SAMPLES]
    assert len(names) == len(set(names)), "duplicate sample names"
    for s in SAMPLES:
        if wanted and not any(s["name"].startswith(w) for w in wanted):
            continue
        path = OUT / f"{s['name']}.{s['ext']}"
        s["builder"](path)
        write_expected(s)
        size = path.stat().st_size
        assert size < 200_000, f"{path.name} is {size} bytes (limit 200 KB)"
        print(f"{path.name:45s} {size:7d} bytes  {' '.join(s['expected']['statuses'].values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
