#!/usr/bin/env python3
"""Build the second batch of train samples (17-28) of leerroute-check.

Twelve fictitious samenwerkingsovereenkomsten doorlopende leerroute vmbo-mbo, each written in a
style, region and sector that the first batch (``build_samples.py``, samples 00-16) does not use,
rendered to PDF, DOCX, TXT or Markdown, with a ``NAME.expected.json`` label file beside each one
(rules: ``LABELS.md``).

    python3 sample_agreements/build_samples_train2.py            # (re)write samples 17-28
    python3 sample_agreements/build_samples_train2.py 21 25      # only samples whose name starts so
    python3 sample_agreements/build_samples_train2.py --check    # open every file, verify evidence

All schools, instellingen, companies, people and crebo numbers are made up. The output is
deterministic: reportlab runs with ``invariant=1``; DOCX packages get fixed core properties and
are rewritten with fixed zip timestamps.

Content is written in a small line markup (see ``parse``):

    T: title            S: centred line          C: bold centred line (e.g. "KOMEN OVEREEN:")
    H1:/H2:/H3: headings                          P: paragraph (or any unprefixed line)
    LI: bullet item     IT: label | text          IT2: label | text (second indent level)
    RUN: heading | text (paragraph that starts with a bold run-in heading)
    TABLE: key          (a table passed to the renderer under that key)
    DOTS: n             (n dotted fill-in lines)
    SIG: party | name | function                  BR: page break
A blank line ends a block; an unprefixed line directly under a P/LI/IT/RUN block continues it.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import re
import sys
import textwrap
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
FIXED_DATE = _dt.datetime(2024, 9, 2, 10, 0, 0)
ZIP_DATE = (2024, 9, 2, 10, 0, 0)
LETTERS = "abcdefghij"

# --------------------------------------------------------------------------------------------
# markup
# --------------------------------------------------------------------------------------------
_PREFIX = re.compile(r"^(T|S|C|H1|H2|H3|P|LI|IT2|IT|RUN|TABLE|DOTS|SIG|BR):\s?(.*)$")
_CONTINUABLE = ("P", "LI", "IT", "IT2", "RUN")


def parse(src: str) -> list[tuple]:
    """Turn the line markup into a list of blocks ``(kind, *fields)``."""
    blocks: list[list] = []
    cur: list | None = None
    for raw in textwrap.dedent(src).splitlines():
        line = raw.strip()
        if not line:
            cur = None
            continue
        m = _PREFIX.match(line)
        if m:
            kind, rest = m.group(1), m.group(2).strip()
            if kind in ("IT", "IT2", "RUN", "SIG"):
                cur = [kind, *[p.strip() for p in rest.split("|")]]
            elif kind == "DOTS":
                cur = [kind, int(rest or "2")]
            elif kind == "BR":
                cur = [kind]
            else:
                cur = [kind, rest]
            blocks.append(cur)
            if kind not in _CONTINUABLE:
                cur = None
            continue
        if cur is not None and cur[0] in _CONTINUABLE:
            cur[-1] = (cur[-1] + " " + line).strip()
        else:
            cur = ["P", line]
            blocks.append(cur)
    return [tuple(b) for b in blocks]


# --------------------------------------------------------------------------------------------
# plain text
# --------------------------------------------------------------------------------------------
def render_txt(blocks, *, width=88, underline: str | None = None, title_box=False,
               tables: dict | None = None) -> str:
    out: list[str] = []

    def add(lines: list[str]):
        if out and out[-1] != "":
            out.append("")
        out.extend(lines)

    for b in blocks:
        k = b[0]
        if k == "T":
            if title_box:
                bar = "*" * min(width, len(b[1]) + 8)
                add([bar, "*** " + b[1] + " ***", bar])
            else:
                add([b[1]])
        elif k in ("S", "C"):
            add([ln.center(width).rstrip() for ln in textwrap.wrap(b[1], width)])
        elif k in ("H1", "H2", "H3"):
            lines = [b[1]]
            if underline and k == "H1":
                lines.append(underline * len(b[1]))
            add(lines)
        elif k == "P":
            add(textwrap.wrap(b[1], width))
        elif k == "LI":
            add(textwrap.wrap(b[1], width, initial_indent="  - ", subsequent_indent="    "))
        elif k in ("IT", "IT2"):
            ind = "    " if k == "IT2" else ""
            lab = ind + b[1] + " "
            add(textwrap.wrap(b[2], width, initial_indent=lab, subsequent_indent=" " * len(lab)))
        elif k == "RUN":
            add(textwrap.wrap(f"{b[1]} {b[2]}", width))
        elif k == "DOTS":
            add(["." * width for _ in range(b[1])])
        elif k == "TABLE":
            rows = tables[b[1]]
            ncol = len(rows[0])
            wid = [max(len(r[i]) for r in rows) for i in range(ncol)]
            lines = []
            for j, r in enumerate(rows):
                lines.append(" | ".join(r[i].ljust(wid[i]) for i in range(ncol)).rstrip())
                if j == 0:
                    lines.append("-+-".join("-" * wid[i] for i in range(ncol)))
            add(lines)
        elif k == "SIG":
            add([b[1], "", "", "_" * 36, b[2], b[3]])
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
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_styles(font, size, justify, h1_align, h1_caps, h1_color):
    bold = BOLD.get(font, font)
    base = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.32,
                          alignment=TA_JUSTIFY if justify else TA_LEFT, spaceAfter=size * 0.55)
    return {
        "T": ParagraphStyle("t", parent=base, fontName=bold, fontSize=size + 5,
                            leading=(size + 5) * 1.25, alignment=TA_CENTER, spaceAfter=size * 0.8),
        "S": ParagraphStyle("s", parent=base, alignment=TA_CENTER),
        "C": ParagraphStyle("c", parent=base, fontName=bold, alignment=TA_CENTER,
                            spaceBefore=size * 0.4),
        "H1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=size + 1.5,
                             leading=(size + 1.5) * 1.3, spaceBefore=size * 1.1,
                             spaceAfter=size * 0.45, alignment=h1_align, textColor=h1_color,
                             keepWithNext=1),
        "H2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=size,
                             spaceBefore=size * 0.6, spaceAfter=size * 0.3, alignment=TA_LEFT,
                             keepWithNext=1),
        "H3": ParagraphStyle("h3", parent=base, fontName=bold, fontSize=size,
                             spaceBefore=size * 0.3, spaceAfter=size * 0.2, alignment=TA_LEFT,
                             keepWithNext=1),
        "P": base,
        "LI": ParagraphStyle("li", parent=base, leftIndent=16, bulletIndent=5,
                             spaceAfter=size * 0.25),
        "IT": ParagraphStyle("it", parent=base, leftIndent=26, firstLineIndent=-26,
                             spaceAfter=size * 0.35),
        "IT2": ParagraphStyle("it2", parent=base, leftIndent=46, firstLineIndent=-18,
                              spaceAfter=size * 0.25),
        "CELL": ParagraphStyle("cell", parent=base, alignment=TA_LEFT, fontSize=size - 1,
                               leading=(size - 1) * 1.25, spaceAfter=0),
        "CELLB": ParagraphStyle("cellb", parent=base, alignment=TA_LEFT, fontName=bold,
                                fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0),
        "SIG": ParagraphStyle("sig", parent=base, alignment=TA_LEFT, spaceAfter=0),
        "_caps": h1_caps,
        "_bold": bold,
    }


def pdf_table(rows, st, width, col_fracs=None, header=True):
    ncol = len(rows[0])
    fr = col_fracs or [1 / ncol] * ncol
    data = []
    for j, r in enumerate(rows):
        sty = st["CELLB"] if (header and j == 0) else st["CELL"]
        data.append([Paragraph(_esc(c), sty) for c in r])
    t = Table(data, colWidths=[width * f for f in fr], repeatRows=1 if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    t.setStyle(TableStyle(cmds))
    return [Spacer(1, 3), t, Spacer(1, 8)]


def pdf_flowables(blocks, st, width, tables=None, col_fracs=None):
    fl = []
    sigs = [b for b in blocks if b[0] == "SIG"]
    for b in blocks:
        k = b[0]
        if k == "H1" and st["_caps"]:
            fl.append(Paragraph(_esc(b[1].upper()), st["H1"]))
        elif k in ("T", "S", "C", "H1", "H2", "H3", "P"):
            fl.append(Paragraph(_esc(b[1]), st[k]))
        elif k == "LI":
            fl.append(Paragraph(_esc(b[1]), st["LI"], bulletText="\u2022"))
        elif k in ("IT", "IT2"):
            fl.append(Paragraph(f"{_esc(b[1])}&nbsp;&nbsp;{_esc(b[2])}", st[k]))
        elif k == "RUN":
            fl.append(Paragraph(f"<font name='{st['_bold']}'>{_esc(b[1])}</font> {_esc(b[2])}",
                                st["P"]))
        elif k == "TABLE":
            fl.extend(pdf_table(tables[b[1]], st, width, (col_fracs or {}).get(b[1])))
        elif k == "DOTS":
            s = st["P"]
            n = int(width / stringWidth(".", s.fontName, s.fontSize)) - 4
            for _ in range(b[1]):
                fl.append(Paragraph("." * n, ParagraphStyle("d", parent=s, alignment=TA_LEFT,
                                                              spaceAfter=2)))
        elif k == "SIG" and b is sigs[0]:
            cells = []
            for sb in sigs:
                cells.append([Paragraph(_esc(sb[1]), st["SIG"]), Spacer(1, 26),
                              Paragraph("_" * 28, st["SIG"]), Paragraph(_esc(sb[2]), st["SIG"]),
                              Paragraph(_esc(sb[3]), st["SIG"])])
            rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
            for r in rows:
                r += [""] * (2 - len(r))
            t = Table(rows, colWidths=[width / 2] * 2)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 8)]))
            fl.append(KeepTogether([Spacer(1, 4), t]))
        elif k == "BR":
            fl.append(PageBreak())
    return fl


def build_pdf(path: Path, blocks, *, title: str, font="Helvetica", size=10.0, justify=True,
              header: str | None = None, footer: str | None = "{n}", h1_align=TA_LEFT,
              h1_caps=False, h1_color=colors.black, margins=(24, 22, 22, 22), tables=None,
              col_fracs=None):
    st = pdf_styles(font, size, justify, h1_align, h1_caps, h1_color)
    top, right, bottom, left = (m * mm for m in margins)
    width = A4[0] - left - right

    def deco(c, doc):
        c.saveState()
        c.setFont(font, 7.5)
        if header:
            c.drawRightString(A4[0] - right, A4[1] - 12 * mm, header)
        if footer:
            c.drawCentredString(A4[0] / 2, 10 * mm, footer.format(n=doc.page))
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=top, bottomMargin=bottom,
                            leftMargin=left, rightMargin=right, title=title,
                            author="leerroute-check samples", subject=title,
                            creator="build_samples_train2.py", invariant=1)
    doc.build(pdf_flowables(blocks, st, width, tables, col_fracs), onFirstPage=deco,
              onLaterPages=deco)


# --------------------------------------------------------------------------------------------
# DOCX (python-docx)
# --------------------------------------------------------------------------------------------
import docx  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402


def new_docx(title: str, font="Calibri", size=11, header: str | None = None):
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
    cp.category = ""
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    for s in d.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(2.4)
        s.top_margin = s.bottom_margin = Cm(2.2)
        if header:
            hp = s.header.paragraphs[0]
            hp.text = header
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for r in hp.runs:
                r.font.size = Pt(8)
    return d


def docx_table(d, rows, *, widths_cm=None, header=True, style="Table Grid", size=9.5):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j, txt in enumerate(r):
            cell = t.rows[i].cells[j]
            cell.paragraphs[0].text = ""
            run = cell.paragraphs[0].add_run(txt)
            run.font.size = Pt(size)
            if header and i == 0:
                run.bold = True
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    d.add_paragraph()
    return t


def docx_blocks(d, blocks, *, heading_styles=("Heading 1", "Heading 2", "Heading 3"),
                tables=None, widths=None, justify=False, item_indent=1.0):
    sigs = [b for b in blocks if b[0] == "SIG"]
    for b in blocks:
        k = b[0]
        if k == "T":
            d.add_paragraph(b[1], style="Title")
        elif k in ("S", "C"):
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = k == "C"
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k in ("H1", "H2", "H3"):
            d.add_paragraph(b[1], style=heading_styles[int(k[1]) - 1])
        elif k == "P":
            p = d.add_paragraph(b[1])
            if justify:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif k == "LI":
            d.add_paragraph(b[1], style="List Bullet")
        elif k in ("IT", "IT2"):
            ind = item_indent if k == "IT" else item_indent + 0.8
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(ind)
            p.paragraph_format.first_line_indent = Cm(-0.9 if k == "IT" else -0.7)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(ind))
            p.add_run(f"{b[1]}\t{b[2]}")
            if justify:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif k == "RUN":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
            p.add_run(" " + b[2])
        elif k == "TABLE":
            docx_table(d, tables[b[1]], widths_cm=(widths or {}).get(b[1]))
        elif k == "DOTS":
            for _ in range(b[1]):
                d.add_paragraph("." * 110)
        elif k == "SIG" and b is sigs[0]:
            t = d.add_table(rows=1, cols=len(sigs))
            for i, sb in enumerate(sigs):
                cell = t.rows[0].cells[i]
                cell.paragraphs[0].add_run(sb[1]).bold = True
                for line in ("", "", "_" * 26, sb[2], sb[3]):
                    cell.add_paragraph(line)
        elif k == "BR":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save_docx(d, path: Path):
    """Save, then rewrite the zip with fixed timestamps so the output is byte-stable."""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# --------------------------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------------------------
SAMPLES: list[dict] = []
CODES = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}


def sample(name: str, ext: str, description: str, statuses: str, evidence: dict):
    """Register a builder. ``statuses``: ten space-separated codes p/w/m/na for a..j."""
    st = statuses.split()
    assert len(st) == 10, (name, statuses)
    statuses_d = {LETTERS[i]: CODES[c] for i, c in enumerate(st)}
    assert set(evidence) == {k for k, v in statuses_d.items() if v == "present"}, name

    def deco(fn):
        SAMPLES.append({"name": name, "ext": ext, "builder": fn,
                        "expected": {"description": description, "split": "train",
                                     "statuses": statuses_d, "evidence": evidence}})
        return fn
    return deco


def write_expected(s):
    p = OUT / f"{s['name']}.expected.json"
    p.write_text(json.dumps(s["expected"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ============================================================================================
# 17  big law firm, DOCX, Gooi: MVI gl -> Mediavormgever 4 (fully compliant)
# ============================================================================================
TXT_17 = """
T: SAMENWERKINGSOVEREENKOMST
S: inzake de doorlopende leerroute Media, vormgeving en ICT - Mediavormgever (regio Gooi en Vechtstreek)

DEZE OVEREENKOMST is gedateerd 3 april 2024 en wordt aangegaan tussen:

IT: (1) | de stichting Stichting Gooise Scholenkring voor Voortgezet Onderwijs, statutair gevestigd
te
Hilversum, ingeschreven in het Handelsregister onder nummer 41198877, in haar hoedanigheid van
bevoegd gezag van Vakcollege Gooimeer te Huizen, te dezen rechtsgeldig vertegenwoordigd door mr.
drs. C.J. van Loenen-Bos, voorzitter van het college van bestuur (de "Schoolbeheerder"); en

IT: (2) | de stichting Stichting Regionaal Opleidingencentrum Gooi en Vecht, statutair gevestigd te
Hilversum, ingeschreven in het Handelsregister onder nummer 41203356, te dezen rechtsgeldig
vertegenwoordigd door ir. P.A. Ruijgrok, voorzitter van het college van bestuur (de "Instelling"),

hierna gezamenlijk aangeduid als "Partijen" en ieder afzonderlijk als een "Partij".

C: ACHTERGROND

IT: (A) | De Schoolbeheerder verzorgt op Vakcollege Gooimeer onder meer het profiel Media,
vormgeving
en ICT in de gemengde leerweg.
IT: (B) | De Instelling verzorgt binnen het opleidingsdomein ICT en creatieve industrie onder meer
de
beroepsopleiding Mediavormgever op niveau 4 (middenkaderopleiding).
IT: (C) | Partijen wensen, met toepassing van artikel 2.107a en volgende van de Wet voortgezet
onderwijs
2020 en artikel 9.1.2 en volgende van de Wet educatie en beroepsonderwijs, gezamenlijk een
doorlopende leerroute te verzorgen en hun afspraken daarover vast te leggen in deze Overeenkomst.

C: PARTIJEN KOMEN HIERBIJ OVEREEN ALS VOLGT:

H1: Artikel 1 Definities en interpretatie
IT: 1.1 | In deze Overeenkomst hebben de navolgende met een hoofdletter geschreven begrippen de
daarachter
vermelde betekenis, waarbij het enkelvoud het meervoud omvat en omgekeerd:
IT2: - | "Bestuurlijk Overleg": het overleg als bedoeld in artikel 5.5;
IT2: - | "Deelnemer": een leerling of student die is ingeschreven voor de Leerroute, ongeacht of die
inschrijving bij de Schoolbeheerder of bij de Instelling berust;
IT2: - | "Instroomcohort": het geheel van Deelnemers dat in hetzelfde Schooljaar in leerjaar 3 van
de
Leerroute is ingestroomd;
IT2: - | "Leerroute": de doorlopende leerroute als omschreven in artikel 2.1;
IT2: - | "Routedirectie": het orgaan als bedoeld in artikel 5.1;
IT2: - | "Routeprogramma": het programma als bedoeld in artikel 3.1;
IT2: - | "Schooljaar": het tijdvak van 1 augustus tot en met 31 juli van het daaropvolgende
kalenderjaar;
IT2: - | "Werkveldraad": het adviesorgaan als bedoeld in artikel 4.2.
IT: 1.2 | Verwijzingen naar artikelen en leden zijn verwijzingen naar artikelen en leden van deze
Overeenkomst, tenzij uitdrukkelijk anders vermeld. De opschriften boven de artikelen dienen
uitsluitend de leesbaarheid en zijn niet van invloed op de uitleg van de Overeenkomst.
IT: 1.3 | Voor zover een bepaling van deze Overeenkomst strijdig is met dwingend recht, laat dat de
geldigheid van de overige bepalingen onverlet en treden Partijen in overleg over een vervangende
bepaling die de strekking van de oorspronkelijke bepaling zo dicht mogelijk benadert.

H1: Artikel 2 Onderwerp
IT: 2.1 | Partijen verzorgen gezamenlijk een doorlopende leerroute die het profiel Media, vormgeving
en
ICT in de gemengde leerweg van Vakcollege Gooimeer verbindt met de beroepsopleiding Mediavormgever,
niveau 4, beroepsopleidende leerweg, van het opleidingsdomein ICT en creatieve industrie van de
Instelling.
IT: 2.2 | De Leerroute vangt aan in leerjaar 3 van het vmbo en omvat vijf leerjaren, waarvan de
eerste
twee worden verzorgd onder verantwoordelijkheid van de Schoolbeheerder en de laatste drie onder
verantwoordelijkheid van de Instelling, onverminderd het bepaalde in artikel 3.
IT: 2.3 | Partijen melden de Leerroute gezamenlijk aan Onze Minister door registratie in RIO,
onverminderd de eigen verplichtingen van iedere Partij jegens de Dienst Uitvoering Onderwijs.

H1: Artikel 3 Onderwijsprogramma en examinering
IT: 3.1 | Partijen stellen voor ieder Instroomcohort gezamenlijk een programma van toetsing en
afsluiting
en een onderwijs- en examenregeling vast (het "Routeprogramma"), waarin per leerjaar is bepaald
welke onderdelen van het vmbo-programma en van het kwalificatiedossier worden verzorgd en
geëxamineerd en welke beroepspraktijkvorming plaatsvindt.
IT: 3.2 | Het eindexamen vmbo wordt afgerond uiterlijk in het derde leerjaar van de Leerroute.
Onderdelen
van het mbo-examen kunnen vanaf het eerste leerjaar van de Leerroute worden afgenomen, voor zover de
examencommissie van de Instelling daarmee heeft ingestemd.
IT: 3.3 | Het onderwijs in leerjaar 3 en 4 wordt verzorgd in de gebouwen van Vakcollege Gooimeer te
Huizen; vanaf leerjaar 5 wordt het onderwijs verzorgd op de mediacampus van de Instelling aan de
Larenseweg te Hilversum en bij leerbedrijven.

H1: Artikel 4 Betrokkenheid van het werkveld
IT: 4.1 | Partijen betrekken bij de Leerroute de ondernemingen die zijn aangesloten bij de
vereniging
Mediaplatform Gooi en Vecht, waaronder in ieder geval Studio Zuiderheide B.V., Beeldhaven Producties
B.V. en Drukkerij Corvershof B.V., alsmede andere door SBB erkende leerbedrijven in de regio.
IT: 4.2 | Partijen stellen een Werkveldraad in, bestaande uit ten minste drie vertegenwoordigers van
de
in artikel 4.1 bedoelde ondernemingen. De Werkveldraad adviseert de Routedirectie desgevraagd of uit
eigen beweging over de inhoud van het Routeprogramma, in het bijzonder over de keuze van keuzedelen,
en
komt ten minste tweemaal per Schooljaar bijeen.
IT: 4.3 | De in artikel 4.1 genoemde ondernemingen stellen, voor zover hun capaciteit dat toelaat,
jaarlijks opdrachten uit de beroepspraktijk ter beschikking aan Deelnemers in leerjaar 4, leveren
gastdocenten voor het vak vormgeving en bieden Deelnemers vanaf leerjaar 5 plaatsen voor de
beroepspraktijkvorming aan. Hun medewerkers treden op als tweede beoordelaar bij de proeve van
bekwaamheid.

H1: Artikel 5 Routedirectie
IT: 5.1 | De leiding over de Leerroute berust bij de Routedirectie. De Routedirectie bestaat uit
twee
leden: een lid van de schoolleiding van Vakcollege Gooimeer en de opleidingsmanager die binnen de
Instelling verantwoordelijk is voor de opleiding Mediavormgever.
IT: 5.2 | Het college van bestuur van iedere Partij benoemt, schorst en ontslaat het lid van de
Routedirectie dat uit zijn organisatie afkomstig is, na de andere Partij daarover te hebben gehoord.
De benoeming geschiedt voor een termijn van drie Schooljaren en kan eenmaal worden verlengd.
IT: 5.3 | De colleges van bestuur belasten de Routedirectie met de volgende taken:
IT2: a. | het opstellen en jaarlijks actualiseren van het Routeprogramma als bedoeld in artikel 3.1;
IT2: b. | het roosteren en de verdeling van de lesopdrachten binnen het team als bedoeld in artikel
7.1;
IT2: c. | het besluiten over de toelating van Deelnemers tot de Leerroute;
IT2: d. | het besluiten over een overstap als bedoeld in artikel 8;
IT2: e. | het contact met de Werkveldraad.
IT: 5.4 | Ter uitvoering van de in artikel 5.3 opgedragen taken is de Routedirectie bevoegd om
binnen
het door de colleges van bestuur vastgestelde jaarbudget verbintenissen aan te gaan tot een maximum
van EUR 10.000 per geval. Voor zover een besluit gevolgen heeft voor de formatie of de huisvesting
van een Partij, behoeft het de voorafgaande instemming van het college van bestuur van die Partij.
IT: 5.5 | De Routedirectie besluit bij unanimiteit. Bereikt zij geen overeenstemming, dan legt zij
het
punt voor aan het Bestuurlijk Overleg, bestaande uit een lid van het college van bestuur van iedere
Partij.

H1: Artikel 6 Informatieverstrekking en verantwoording
IT: 6.1 | De Routedirectie legt over ieder Schooljaar rekening en verantwoording af aan ieder van de
beide colleges van bestuur door middel van een schriftelijk jaarverslag, dat uiterlijk op 1 november
na afloop
van dat Schooljaar wordt toegezonden. Het jaarverslag bevat ten minste de in-, door- en uitstroom
van Deelnemers, de examenresultaten, de besteding van de middelen als bedoeld in artikel 9 en de
adviezen van de Werkveldraad.
IT: 6.2 | Onverminderd artikel 6.1 zendt de Routedirectie de colleges van bestuur in februari van
ieder
Schooljaar een tussentijdse voortgangsnotitie en doet zij onverwijld mededeling van iedere
omstandigheid die de continuïteit van de Leerroute kan raken.
IT: 6.3 | Het jaarverslag wordt besproken in het Bestuurlijk Overleg als bedoeld in artikel 5.5, dat
daartoe ten minste eenmaal per jaar in december bijeenkomt.

H1: Artikel 7 Personeel en voorzieningen
IT: 7.1 | Het onderwijs in de Leerroute wordt gegeven door een gemengd team, bestaande uit leraren
en docenten die in dienst zijn van een van beide Partijen, met toepassing van de teambevoegdheid
ingevolge artikel 7.13a WVO
2020 en artikel 9.1.12 WEB. Voor ieder programmaonderdeel maakt ten minste één daartoe bevoegde
leraar of docent deel uit van het team.
IT: 7.2 | Iedere Partij blijft werkgever van haar eigen personeel. Voor zover personeel van de ene
Partij
werkzaamheden verricht in de gebouwen van de andere Partij, gelden de huisregels en de instructies
van laatstgenoemde Partij.
IT: 7.3 | De Instelling stelt Deelnemers in leerjaar 4 wekelijks één dagdeel haar fotostudio, haar
drukwerkplaats en haar licenties voor vormgevingssoftware ter beschikking. De Schoolbeheerder stelt
het mediaplein en de computerlokalen van Vakcollege Gooimeer open voor docenten van de Instelling
die in leerjaar 3 en 4 lesgeven.
IT: 7.4 | Klachten over een gedraging van een personeelslid van de ene Partij jegens een Deelnemer
die bij
de andere Partij is ingeschreven, worden afgehandeld overeenkomstig de klachtenregeling die geldt
bij de Partij waar de Deelnemer is ingeschreven; de werkgevende Partij verleent daaraan haar
volledige medewerking.

H1: Artikel 8 Overstap
IT: 8.1 | Een Deelnemer die de Leerroute niet voortzet of niet met succes kan afronden, wordt door
Partijen in staat gesteld een diploma te behalen langs een van de volgende wegen:
IT2: a. | tot en met leerjaar 4: voortzetting in de reguliere gemengde leerweg van Vakcollege
Gooimeer,
in het eigen dan wel een ander profiel, waarbij reeds behaalde resultaten behouden blijven voor
zover het examenreglement
dat toelaat;
IT2: b. | na het behalen van het vmbo-diploma: instroom in een andere opleiding van de Instelling op
niveau 4, dan wel op niveau 3 voor zover dat beter aansluit bij de mogelijkheden van de Deelnemer;
IT2: c. | indien het vmbo-diploma in het derde leerjaar van de Leerroute niet is behaald:
voortzetting
van de opleiding Mediavormgever of instroom in een andere opleiding van de Instelling van
vergelijkbaar niveau, zonder dat de vooropleidingseisen worden tegengeworpen, dan wel herkansing van
het vmbo-examen.
IT: 8.2 | Het besluit over de overstap wordt door de Routedirectie namens beide Partijen genomen,
nadat de Deelnemer en, indien deze minderjarig is, diens ouders of verzorgers zijn gehoord, en gelet
op het door de Deelnemer bereikte niveau en diens leeftijd.
IT: 8.3 | De nadere uitwerking van dit artikel wordt opgenomen in de schoolgids van Vakcollege
Gooimeer en
in de studiegids van de Instelling.

H1: Artikel 9 Financiële bepalingen
IT: 9.1 | Met toepassing van artikel 5.42a WVO 2020 draagt de Schoolbeheerder aan de Instelling een
bedrag
over van EUR 1.450 per Deelnemer die op 1 oktober van het betreffende Schooljaar in leerjaar 4 van
de
Leerroute is ingeschreven.
IT: 9.2 | De Instelling wendt het in artikel 9.1 bedoelde bedrag uitsluitend aan ter dekking van de
inzet van haar docenten in leerjaar 4 en ter vergoeding van het gebruik van de voorzieningen als
bedoeld in artikel 7.3.
IT: 9.3 | De Schoolbeheerder voldoet het bedrag in twee gelijke termijnen, op 1 december en op 1
mei.
Voor het overige draagt iedere Partij haar eigen kosten.

H1: Artikel 10 Medezeggenschap
IT: 10.1 | Onverminderd de Wet medezeggenschap op scholen, hoofdstuk 8a WEB en de Wet op de
ondernemingsraden komen Partijen aanvullend overeen dat de medezeggenschapsraad van Vakcollege
Gooimeer en de studentenraad van de Instelling ieder twee leden aanwijzen in een gezamenlijke
klankbordcommissie Leerroute. Deze commissie bespreekt ten minste eenmaal per Schooljaar het
jaarverslag als bedoeld in artikel 6.1 en kan de Routedirectie daarover schriftelijk advies
uitbrengen.
IT: 10.2 | De Routedirectie reageert binnen zes weken schriftelijk en gemotiveerd op een advies als
bedoeld in artikel 10.1.
IT: 10.3 | Deelnemers in leerjaar 4 zijn, naast hun rechten op grond van de Wet medezeggenschap op
scholen, gerechtigd als toehoorder aanwezig te zijn bij de zittingen van de studentenraad van de
Instelling.

H1: Artikel 11 Beslechting van geschillen
IT: 11.1 | Van een geschil in de zin van dit artikel is sprake zodra een Partij dat schriftelijk aan
de
andere Partij heeft medegedeeld.
IT: 11.2 | Partijen trachten een geschil eerst op te lossen in het Bestuurlijk Overleg als bedoeld
in
artikel 5.5, dat binnen vier weken na de mededeling als bedoeld in artikel 11.1 bijeenkomt.
IT: 11.3 | Voor zover het geschil niet binnen acht weken na die mededeling is opgelost, leggen
Partijen
het voor aan een door hen gezamenlijk aan te wijzen mediator die is ingeschreven in het register van
de Mediatorsfederatie Nederland.
IT: 11.4 | Leidt de mediation niet binnen drie maanden tot een oplossing, dan is uitsluitend de
bevoegde
rechter van de rechtbank Midden-Nederland bevoegd van het geschil kennis te nemen.

H1: Artikel 12 Toetreding van nieuwe partijen
IT: 12.1 | Tot deze Overeenkomst kan worden toegetreden door het bevoegd gezag van een andere school
voor voortgezet onderwijs of van een andere instelling voor beroepsonderwijs, mits:
IT2: a. | beide Partijen schriftelijk met de toetreding instemmen;
IT2: b. | de toetredende partij de Overeenkomst onverkort aanvaardt door ondertekening van een
toetredingsakte; en
IT2: c. | de toetreding ingaat per 1 augustus van een Schooljaar, zodat lopende Instroomcohorten
daarvan
geen hinder ondervinden.
IT: 12.2 | De toetredende partij draagt zorg voor de melding als bedoeld in artikel 2.3, voor zover
die
haar betreft.

H1: Artikel 13 Looptijd, opzegging en ontbinding
IT: 13.1 | Deze Overeenkomst vangt aan op 1 augustus 2024 en heeft een onbepaalde looptijd.
IT: 13.2 | Elk der Partijen is bevoegd de Overeenkomst bij aangetekend schrijven op te zeggen tegen
1 augustus van enig jaar, met een termijn van niet minder dan twaalf maanden.
IT: 13.3 | Een Partij kan de Overeenkomst met onmiddellijke ingang ontbinden indien de andere Partij
in
staat van faillissement wordt verklaard of indien de bekostiging van de andere Partij door Onze
Minister wordt beëindigd.
IT: 13.4 | Na opzegging of ontbinding worden met ingang van de datum van beëindiging geen nieuwe
Deelnemers meer toegelaten. Onverminderd artikel 13.3 blijven Partijen gehouden de Leerroute te
verzorgen voor Deelnemers die vóór die datum zijn ingestroomd, totdat zij de Leerroute hebben
afgerond of met toepassing van artikel 8 zijn overgestapt.

H1: Artikel 14 Wijziging van de Overeenkomst
IT: 14.1 | Een wijziging van deze Overeenkomst is slechts geldig indien zij schriftelijk is
overeengekomen
en door de colleges van bestuur van beide Partijen is ondertekend.
IT: 14.2 | Een wijziging die het Routeprogramma of de overstapmogelijkheden als bedoeld in artikel 8
raakt, treedt niet eerder in werking dan bij de aanvang van het eerstvolgende Schooljaar en geldt
niet ten nadele van Deelnemers die op dat moment reeds in de Leerroute zijn ingestroomd.

H1: Artikel 15 Slotbepalingen
IT: 15.1 | Op deze Overeenkomst is uitsluitend Nederlands recht van toepassing.
IT: 15.2 | Deze Overeenkomst bevat de volledige afspraken tussen Partijen over de Leerroute en
treedt in
de plaats van alle eerdere mondelinge of schriftelijke afspraken over hetzelfde onderwerp.

Aldus in tweevoud opgemaakt en ondertekend te Hilversum op 3 april 2024.

SIG: Stichting Gooise Scholenkring voor Voortgezet Onderwijs | mr. drs. C.J. van Loenen-Bos | voorzitter college van bestuur
SIG: Stichting Regionaal Opleidingencentrum Gooi en Vecht | ir. P.A. Ruijgrok | voorzitter college van bestuur
"""


@sample("17_advocatenkantoor_gooi", "docx",
        "Big-law-firm style DOCX (Word Heading 1 'Artikel N Titel', numbered leden 'N.M' with hanging "
        "indent, capitalised defined terms, recitals (A)-(C), cross references 'als bedoeld in artikel "
        "5.5', running header with a law-firm file number). Gooi, MVI gl -> Mediavormgever 4. Fully "
        "compliant: real extra medezeggenschap body, EUR 1.450 per-pupil transfer with bestemming, "
        "mediation then rechtbank, cohort protection.",
        "p p p p p p p p p p",
        {"a": "Artikel 2 Onderwerp", "b": "Artikel 4 Betrokkenheid van het werkveld",
         "c": "Artikel 5 Routedirectie", "d": "Artikel 6 Informatieverstrekking en verantwoording",
         "e": "Artikel 7 Personeel en voorzieningen", "f": "Artikel 8 Overstap",
         "g": "Artikel 9 Financiële bepalingen", "h": "Artikel 10 Medezeggenschap",
         "i": "Artikel 11 Beslechting van geschillen",
         "j": "Artikel 13 Looptijd, opzegging en ontbinding"})
def build_17(path):
    d = new_docx("Samenwerkingsovereenkomst DLR Mediavormgever Gooi", font="Times New Roman",
                 size=11, header="Kroon Verhulst Advocaten N.V. | ref. 24-0412/CvL | versie ter ondertekening")
    docx_blocks(d, parse(TXT_17), justify=True, item_indent=1.2)
    save_docx(d, path)


# ============================================================================================
# 18  Roman-numeral chapters with articles beneath, PDF, Noord-Limburg: groen kb -> teelt 3
#     b only in the considerans (missing), i only "in goed overleg" (weak), j without pupil
#     protection (weak)
# ============================================================================================
TXT_18 = """
T: Samenwerkingsovereenkomst Leerroute Teelt Noord-Limburg
S: doorlopende leerroute vmbo-mbo, profiel Groen - Vakbekwaam medewerker teelt

Ondergetekenden:

IT: 1. | Stichting Scholengroep Maas en Peel, gevestigd te Venray, bevoegd gezag van het Peelland
College te Horst aan de Maas, vertegenwoordigd door haar bestuurder, de heer H.W.M. Janssen,
hierna "het college";
IT: 2. | Stichting Groene Kennispoort Noord-Limburg, gevestigd te Venlo, instelling voor
beroepsonderwijs, vertegenwoordigd door de voorzitter van haar college van bestuur, mevrouw
ing. R.A.C. Verheijen, hierna "de Kennispoort";

in aanmerking nemende:

IT: A. | dat het college en de Kennispoort sinds 2021 samen lesmateriaal over teelttechniek
ontwikkelen;
IT: B. | dat de glastuinbouw- en vollegrondsbedrijven in Noord-Limburg dringend vakmensen zoeken en
dat
partijen deze bedrijven bij de leerroute willen betrekken, onder meer door stages, gastlessen en
een adviesraad van telers;
IT: C. | dat de wet voor een doorlopende leerroute een schriftelijke samenwerkingsovereenkomst
vereist;

zijn het volgende overeengekomen.

H1: I. ALGEMEEN

H2: Art. 1 Begrippen
In deze overeenkomst wordt verstaan onder: leerroute: de route beschreven in artikel 2; leerling:
iedere jongere die in de leerroute is ingeschreven; coördinatieteam: het
team als bedoeld in artikel 3; schooljaar: de periode van 1 augustus tot en met 31 juli.

H2: Art. 2 Doel en inhoud van de leerroute
2.1 In de leerroute van het college en de Kennispoort loopt het profiel Groen van de
kaderberoepsgerichte leerweg van het Peelland College, met de keuzevakken uit het cluster teelt,
door in de opleiding Vakbekwaam medewerker teelt, niveau 3 (bol), in het
opleidingsdomein Voedsel, natuur en leefomgeving van de Kennispoort.

2.2 De leerroute duurt vijf jaar. Zij vangt aan in het derde leerjaar vmbo; het vmbo-diploma wordt
uiterlijk in het derde routejaar behaald, het mbo-diploma na vijf jaar. Partijen registreren de
leerroute samen in RIO.

H1: II. BESTUUR EN ORGANISATIE

H2: Art. 3 Routecoördinatie
3.1 De leiding over de leerroute ligt bij een coördinatieteam van drie personen: de afdelingsleider
bovenbouw kader van het Peelland College, de teamleider teelt van de Kennispoort en een
routecoördinator.

3.2 Elk bestuur wijst zijn eigen lid aan: het college de afdelingsleider, de Kennispoort de
teamleider. Beide besturen benoemen samen de routecoördinator, voor twee schooljaren, nadat
afdelingsleider en teamleider een kandidaat hebben voorgedragen.

3.3 Het coördinatieteam stelt het jaarrooster en de verdeling van de lesuren vast, beslist over de
toelating van leerlingen en over een overstap als bedoeld in artikel 7, bewaakt de kwaliteit van
het onderwijs en beheert het routebudget dat de besturen jaarlijks vaststellen. Besluiten die de
formatie van een van partijen raken, legt het team vooraf ter goedkeuring voor aan dat bestuur.

H2: Art. 4 Rapportage aan de besturen
Het coördinatieteam zendt beide besturen twee keer per jaar, uiterlijk op 15 februari en op 15
september, een schriftelijke rapportage met het aantal leerlingen per leerjaar, de
examenresultaten, de uitval en de knelpunten in de uitvoering. De rapportage van september wordt
besproken in een overleg van het coördinatieteam met beide bestuurders.

H2: Art. 5 Onderwijs, personeel en accommodatie
5.1 De docenten van het Peelland College en van de Kennispoort die in de leerroute lesgeven, vormen
één docententeam. Zij verzorgen met gebruikmaking van de teambevoegdheid ook programmaonderdelen van
de andere partij, mits voor ieder onderdeel een bevoegde docent aan het team is verbonden. In
leerjaar 4 geven twee teeltdocenten van de Kennispoort in totaal zes uur per week les.

5.2 Leerjaar 3 wordt verzorgd op het Peelland College. In leerjaar 4 volgen de leerlingen twee dagen
per week les in het Tuinbouwleercentrum van de Kennispoort in Venlo, waar zij de leskassen, het
klimaatlab en de oogst- en sorteerapparatuur gebruiken. Het Peelland College stelt zijn
biologielokaal en practicumruimte beschikbaar aan docenten van de Kennispoort. Vanaf leerjaar 5
vindt het onderwijs plaats bij de Kennispoort.

5.3 In het PTA en de OER van de leerroute staat voor elk leerjaar welke onderdelen uit het vmbo en
uit het mbo aan bod komen en hoe zij worden afgesloten.

H1: III. LEERLINGEN

H2: Art. 6 Toelating
Leerlingen melden zich in leerjaar 2 aan voor de leerroute. Het coördinatieteam beslist over
toelating na een kennismakingsgesprek en op advies van de mentor.

H2: Art. 7 Alternatieven bij uitval
7.1 Partijen zorgen ervoor dat een leerling die de leerroute verlaat, een diploma kan halen:
IT2: a. | in leerjaar 3 of 4 door de kaderberoepsgerichte leerweg van het Peelland College af te
maken,
in het profiel Groen of in een ander profiel;
IT2: b. | met een vmbo-diploma door in te stromen in een andere opleiding op niveau 3 van de
Kennispoort of, als de leerling dat wil, van een andere instelling elders in Noord-Limburg;
IT2: c. | zonder vmbo-diploma na het derde jaar van de leerroute door bij de Kennispoort verder te
gaan in een niveau 2- of niveau 3-opleiding, zonder dat vooropleidingseisen worden gesteld, of door
het
examenjaar vmbo te herhalen.

7.2 Het coördinatieteam kiest het alternatief samen met de leerling en diens ouders, waarbij het let
op de cijfers en de leeftijd van de leerling.

H2: Art. 8 Inspraak
Aanvullend op de WMS en de WEB geldt het volgende. De medezeggenschapsraad van het Peelland College
krijgt adviesrecht over iedere wijziging van het programma van de leerroute, ook als die
wijziging alleen het mbo-deel betreft. Ouders van leerlingen die al bij de Kennispoort staan
ingeschreven kunnen zitting nemen in de ouderkring van de Kennispoort.

H1: IV. FINANCIËN

H2: Art. 9 Kosten
Partijen dragen geen rijksbijdrage aan elkaar over. Elk bestuur betaalt zijn eigen personeel en
gebouwen; het gebruik van het Tuinbouwleercentrum door leerlingen in leerjaar
4 wordt niet doorberekend.

H1: V. SLOTBEPALINGEN

H2: Art. 10 Meningsverschillen
Verschillen partijen van mening over de uitvoering van deze overeenkomst, dan zoeken zij in goed
overleg naar een oplossing.

H2: Art. 11 Nieuwe deelnemers, wijziging en beëindiging
11.1 Aansluiting van een nieuwe school of instelling is mogelijk met schriftelijke toestemming van
beide besturen, mits de nieuwkomer alle bepalingen van deze overeenkomst aanvaardt.

11.2 Wijzigingen worden schriftelijk vastgelegd en door beide besturen ondertekend.

11.3 Ieder bestuur kan de overeenkomst per brief beëindigen; daarbij geldt een termijn van drie
maanden.

H2: Art. 12 Inwerkingtreding
Deze overeenkomst gaat in op 1 augustus 2024 en loopt voor onbepaalde tijd.

Getekend te Horst aan de Maas op 28 maart 2024.

SIG: Stichting Scholengroep Maas en Peel | H.W.M. Janssen | bestuurder
SIG: Stichting Groene Kennispoort Noord-Limburg | ing. R.A.C. Verheijen | voorzitter college van bestuur
"""


@sample("18_romeinse_hoofdstukken", "pdf",
        "Roman-numeral chapters ('I. ALGEMEEN' ... 'V. SLOTBEPALINGEN') with 'Art. N Titel' articles "
        "beneath, Times, sub-clauses '2.1' as running text. Noord-Limburg, groen kb -> Vakbekwaam "
        "medewerker teelt 3 at a groene instelling. The bedrijfsleven appears only in considerans B; "
        "geschillen only 'in goed overleg'; opzegging any time on three months' notice without "
        "protection of pupils. Explicitly no transfer of rijksbijdrage; extra medezeggenschap rights.",
        "p m p p p p p p w w",
        {"a": "Art. 2 Doel en inhoud van de leerroute", "c": "Art. 3 Routecoördinatie",
         "d": "Art. 4 Rapportage aan de besturen", "e": "Art. 5 Onderwijs, personeel en accommodatie",
         "f": "Art. 7 Alternatieven bij uitval", "g": "Art. 9 Kosten", "h": "Art. 8 Inspraak"})
def build_18(path):
    build_pdf(path, parse(TXT_18), title="SOK Leerroute Teelt Noord-Limburg", font="Times-Roman",
              size=10.5, h1_align=TA_CENTER, footer="- {n} -", margins=(24, 24, 22, 24))


# ============================================================================================
# 19  school director's plain language, TXT with underlined headings, Achterhoek:
#     PIE bb -> Monteur elektrotechnische installaties 2 (fully compliant)
# ============================================================================================
TXT_19 = """
T: Afspraken over onze doorlopende leerroute Elektro (Doetinchem)

H1: Waarom deze afspraken
Deze afspraken zijn gemaakt door de Vakschool Oude IJssel in Doetinchem en het ROC Oude IJssel en
Berkel. Ik ben directeur van de Vakschool en heb deze tekst samen met de opleidingsmanager van het
ROC geschreven. We hebben het zo eenvoudig mogelijk gehouden, zodat ook docenten, ouders en
leerlingen kunnen lezen wat we samen beloven.

Officieel tekenen twee besturen: Stichting Voortgezet Onderwijs Oost-Achterhoek, gevestigd in
Doetinchem, het bestuur van de Vakschool (namens haar tekent bestuurder drs. M.A. Wolters), en
Stichting ROC Oude IJssel en Berkel, gevestigd in Doetinchem (namens haar tekent de voorzitter van
het college van bestuur, mevrouw E. Hulshof-Tiemessen). Als hieronder "wij" staat, bedoelen we die
twee samen.

H1: De route
Leerlingen van de Vakschool met het profiel Produceren, installeren en energie in de
basisberoepsgerichte leerweg kunnen aan het eind van leerjaar 2 kiezen voor een route die
doorloopt tot het mbo-diploma Monteur elektrotechnische installaties, niveau 2, van het ROC (in de
bbl of de bol). De route duurt vier jaar: twee jaar bij ons, daarna twee jaar bij het ROC en een
leerbedrijf. We zetten de route samen in RIO.

H1: Bedrijven
Installatiebedrijf Hengelman en Zonen uit Zelhem, Elektro Wissink B.V. uit Varsseveld en
Techniekbedrijf Aaltink uit Lichtenvoorde doen mee. Elke leerling loopt in leerjaar 4 tien dagen
mee bij een van deze drie bedrijven. Ieder jaar levert één van hen een echte klus waar de klas een
periode aan werkt, bijvoorbeeld het bouwen van een groepenkast in een proefopstelling. In de
mbo-fase bieden de bedrijven leerbanen en stageplekken, en een monteur van elk bedrijf beoordeelt
mee bij de praktijkexamens. De Ondernemerskring Achterhoek Techniek komt in oktober en in maart bij
ons aan tafel om te bespreken wat er in het lesprogramma moet veranderen.

H1: De routeleiding
Een duo leidt de route: onze teamleider techniek en de teamleider installatietechniek
van het ROC. Namens ons bestuur wijs ik onze teamleider aan; het college van bestuur van het ROC
wijst die van het ROC aan. Het duo maakt het lesprogramma en het rooster, verdeelt het werk over
de docenten, neemt leerlingen aan, beslist over een overstap en regelt de contacten met de
bedrijven. Samen beheren ze het routebudget van 12.000 euro per jaar. Wat daarboven gaat, of wat
gevolgen heeft voor het aantal banen op een van beide scholen, leggen ze eerst voor aan mij en aan
de directeur techniek van het ROC.

H1: Hoe we de besturen bijpraten
Het duo schrijft elk jaar in juni een kort verslag, hooguit vijf bladzijden, voor beide besturen:
hoeveel leerlingen er zijn, hoe ze presteren, wie er gestopt is en waarom, wat de bedrijven vinden
en waaraan het budget is uitgegeven. In september bespreekt het duo dat verslag met beide
besturen. Gaat er tussendoor iets goed mis, dan melden ze dat meteen.

H1: Lessen, docenten en lokalen
Leerjaar 3 en 4 krijgen les bij ons. Vanaf leerjaar 4 zijn de leerlingen één dag per week in de
installatiehal van het ROC aan de Keppelseweg. In leerjaar 5 en 6 zitten ze op het ROC en bij hun
leerbedrijf. De docenten van beide scholen werken als één team en maken gebruik van de
teambevoegdheid; voor ieder onderdeel zit er een bevoegde docent in het team. Een docent
elektrotechniek van het ROC geeft in leerjaar 4 vier uur per week bij ons les. Wij lenen het ROC
onze metaalwerkplaats voor lassen en plaatbewerking; het ROC laat onze leerlingen de
installatiehal, de meetapparatuur en de opstelling met zonnepanelen gebruiken. Welke vakken en
welke examens in welk leerjaar vallen, staat in ons gezamenlijke PTA/OER.

H1: Als het niet lukt
Geen leerling valt tussen wal en schip. Stopt iemand in leerjaar 3 of 4 met de route, dan maakt
hij bij ons gewoon de basisberoepsgerichte leerweg af, in PIE of in een ander profiel. Lukt het
vmbo-diploma niet, dan kan de leerling bij het ROC alsnog een niveau 2-opleiding volgen - de gewone
toelatingseisen gelden dan niet - of hij doet het examenjaar opnieuw. Wil een student in
het mbo een andere kant op, dan zoeken we een andere opleiding op niveau 2 bij het ROC, of bij een
ander ROC in de buurt als dat beter past. Welke keus het wordt, beslissen het duo en de mentor, met
de leerling en zijn ouders aan tafel. We kijken daarbij naar wat hij al gehaald heeft en naar zijn
leeftijd.

H1: Wat het kost en wie wat betaalt
Wij betalen het ROC voor iedere leerling in leerjaar 4 een bedrag van 800 euro per schooljaar uit
onze bekostiging. Het ROC gebruikt dat geld alleen voor de docent die bij ons lesgeeft en voor de
materialen in de installatiehal. We maken het bedrag in januari over. Verder betaalt elke school
haar eigen kosten.

H1: Meepraten
Bovenop wat de wet regelt, spreken we het volgende af. De medezeggenschapsraad van de Vakschool en
de studentenraad van het ROC krijgen allebei het jaarverslag van het duo en mogen daarover advies
geven; het duo antwoordt binnen een maand op papier. Leerlingen uit leerjaar 4 mogen één klasgenoot
naar de studentenraad van het ROC sturen, zodat ze al meepraten voordat ze daar ingeschreven
staan.

H1: Als we het oneens zijn
Komen de twee teamleiders er samen niet uit, dan gaat de kwestie naar mij en naar de directeur
techniek van het ROC. Lukt het ons binnen een maand niet, dan praten de twee besturen erover. En
als ook de besturen het binnen zes weken niet oplossen, kan elk van hen de zaak voorleggen aan de
rechter in Arnhem.

H1: Anderen die willen meedoen, wijzigen en stoppen
Een andere vmbo-school of mbo-school uit de Achterhoek mag meedoen als beide besturen dat op papier
goedkeuren en de nieuwe school deze afspraken ondertekent; instappen kan alleen per 1 augustus. De
afspraken gelden vanaf 1 augustus 2024 zolang niemand opzegt. Opzeggen gaat schriftelijk, minstens
een jaar van tevoren, en alleen tegen het eind van een schooljaar. Wie dan al in de route zit, mag
die afmaken; er komen alleen geen nieuwe leerlingen meer bij. Veranderen kan
alleen als beide besturen het op papier zetten en tekenen. Een verandering mag niet nadelig
uitpakken voor wie al in de route zit.

H1: Zo afgesproken
Doetinchem, 14 mei 2024

SIG: Stichting Voortgezet Onderwijs Oost-Achterhoek | drs. M.A. Wolters | bestuurder
SIG: Stichting ROC Oude IJssel en Berkel | E. Hulshof-Tiemessen | voorzitter college van bestuur
"""


@sample("19_directeur_eenvoudig", "txt",
        "A school director's plain first-person text ('Ik ben directeur van de Vakschool ...', 'wij'), "
        "TXT with headings underlined by '=' and no numbers. Achterhoek, PIE bb -> Monteur "
        "elektrotechnische installaties 2. Fully compliant in plain words: EUR 800 per pupil for a "
        "named purpose, extra advice rights for MR and studentenraad, escalation ending at the rechter.",
        "p p p p p p p p p p",
        {"a": "De route", "b": "Bedrijven", "c": "De routeleiding",
         "d": "Hoe we de besturen bijpraten", "e": "Lessen, docenten en lokalen",
         "f": "Als het niet lukt", "g": "Wat het kost en wie wat betaalt", "h": "Meepraten",
         "i": "Als we het oneens zijn", "j": "Anderen die willen meedoen, wijzigen en stoppen"})
def build_19(path):
    path.write_text(render_txt(parse(TXT_19), width=96, underline="="), encoding="utf-8")


# ============================================================================================
# 20  English-influenced bureaucratic style, DOCX, Haarlemmermeer: E&O kb -> Financieel
#     administratief medewerker 3. b intention only, c without benoeming, d deferred, h "p.m."
# ============================================================================================
TXT_20 = """
T: Memorandum of Agreement
S: Samenwerkingsovereenkomst Doorlopende Leerroute Finance & Administration Haarlemmermeer
S: versie 1.3 - final - status: approved by both Boards

H1: 0 Partijen
Stichting Meerlanden Onderwijsgroep, gevestigd te Hoofddorp, bevoegd gezag van het Spaarnepolder
College, in deze vertegenwoordigd door de heer drs. T.J. Bakker-Ramdin, CEO / voorzitter college van
bestuur (hierna: "de Vo-partner"), en Stichting ROC Amstelland-Meer, gevestigd te Amstelveen, in
deze
vertegenwoordigd door mevrouw C.M. de Groot MBA, voorzitter college van bestuur (hierna: "de
Mbo-partner"), hierna samen: "Partners".

H1: 1 Scope
1.1 Dit Memorandum of Agreement (MoA) heeft betrekking op de doorlopende leerroute Finance &
Administration (hierna: "de Leerroute").

1.2 In scope is het profiel Economie en ondernemen in de kaderberoepsgerichte leerweg van het
Spaarnepolder College, in aansluiting op de mbo-opleiding Financieel administratief medewerker,
niveau 3 (bol), binnen het opleidingsdomein Economie en administratie van de Mbo-partner. De
Leerroute start in leerjaar 3 en heeft een doorlooptijd van vijf jaar. Out of scope zijn de overige
opleidingen van het domein.

1.3 Partners realiseren de registratie van de Leerroute in RIO middels een gezamenlijke melding.

H1: 2 Stakeholders uit het bedrijfsleven
Partners streven ernaar om het regionale bedrijfsleven, in het bijzonder financiële dienstverleners
en bedrijven in de luchthavenregio, actief te engageren bij de Leerroute. Het creëren van commitment
bij werkgevers wordt gezien als key success factor. Partners zullen zich inspannen om op termijn een
stakeholdernetwerk op te bouwen.

H1: 3 Governance
3.1 De Leerroute wordt aangestuurd door een Steering Committee, bestaande uit de sectordirecteur
Economie van de Mbo-partner, de afdelingsleider bovenbouw van het Spaarnepolder College en de
programmamanager Leerroute.

3.2 De Steering Committee is owner van het programma en is verantwoordelijk voor de planning, de
allocatie van docentcapaciteit, het toelatingsbeleid en de go/no-go-besluiten over de instroom van
een nieuw cohort. De Steering Committee is gemandateerd om binnen het door de Boards goedgekeurde
jaarbudget uitgaven te doen. De programmamanager is verantwoordelijk voor de day-to-day operatie en
rapporteert aan de Steering Committee.

H1: 4 Reporting en accountability
De Steering Committee is accountable richting beide Boards en houdt hen geïnformeerd over de
voortgang. Het format van de rapportage, de te hanteren KPI's en de rapportagefrequentie
worden in een later stadium vastgesteld.

H1: 5 Operating model
5.1 Locaties. Leerjaar 3 en 4 worden uitgevoerd op de campus van het Spaarnepolder College; leerjaar
5
tot en met 7 op de locatie Hoofddorp-Centrum van de Mbo-partner.

5.2 Resources. Partners werken met één geïntegreerd docententeam op basis van de teambevoegdheid
(artikel 7.13a WVO 2020), met per programmaonderdeel minimaal één bevoegde docent. De Mbo-partner
zet in leerjaar 4 een docent bedrijfsadministratie in voor 0,2 fte op de locatie van de Vo-partner.

5.3 Facilities. Deelnemers maken in leerjaar 4 gebruik van het oefenkantoor "Practice Office" en van
de licenties voor het boekhoudpakket van de Mbo-partner. De Vo-partner faciliteert haar ICT-lokalen
en de mediatheek voor lessen die docenten van de Mbo-partner verzorgen.

5.4 Programma en examinering per leerjaar zijn vastgelegd in het gezamenlijke PTA/OER-document, dat
jaarlijks vóór 1 juli door beide Partners wordt vastgesteld.

H1: 6 Exit-opties en switching
6.1 Deelnemers die de Leerroute verlaten, krijgen gegarandeerd een alternatief traject richting een
diploma:
IT: (i) | switch naar de reguliere kaderberoepsgerichte leerweg van het Spaarnepolder College, same
of ander profiel (leerjaar 3 en 4);
IT: (ii) | bij het niet behalen van het vmbo-diploma: doorstroom naar een mbo-opleiding van de
Mbo-partner op niveau 2 of 3 zonder toepassing van de vooropleidingseisen, dan wel herhaling van het
examenjaar;
IT: (iii) | in de mbo-fase: switch naar een andere opleiding op niveau 3 van de Mbo-partner, zoals
Medewerker secretariaat en receptie.

6.2 Het switch-besluit wordt genomen in een casusoverleg van de mentor vmbo, de
studieloopbaanbegeleider van de Mbo-partner en de programmamanager, na een intake met deelnemer en
ouders, op basis van track record (behaalde resultaten) en leeftijd van de deelnemer.

H1: 7 Financial arrangements
Er vindt geen transfer van bekostiging plaats tussen Partners. Iedere Partner financiert de eigen
personele en materiële inzet. De inzet van 0,2 fte docent van de Mbo-partner in leerjaar 4 wordt
gecompenseerd doordat de Vo-partner in leerjaar 5 een docent Nederlands levert (uitruil in natura).

H1: 8 Medezeggenschap
P.m.

H1: 9 Escalatie en dispute resolution
Issues over de uitvoering van dit MoA worden opgelost volgens de onderstaande escalatieladder. Elk
volgend niveau wordt pas ingeschakeld als het vorige binnen de genoemde termijn geen resolutie
heeft opgeleverd.

TABLE: escalatie

De uitspraak van de geschillencommissie is voor Partners bindend. De kosten van de commissie worden
door Partners gelijkelijk gedragen.

H1: 10 Onboarding van nieuwe partners, change en exit
10.1 Onboarding. Een andere vo-school of mbo-instelling kan Partner worden na een positief besluit
van
beide colleges van bestuur en ondertekening van een toetredingsverklaring (joinder). Toetreding is
effectief per 1 augustus van een schooljaar.

10.2 Change. Wijzigingen van dit MoA verlopen via een schriftelijk change request en zijn pas
effectief na ondertekening door beide colleges van bestuur, met ingang van 1 augustus.

10.3 Exit. Opzegging geschiedt per aangetekende brief met een opzegtermijn van twaalf maanden, tegen
1
augustus van enig jaar.

10.4 Impact op deelnemers. Na een exit start geen nieuw cohort meer. Lopende deelnemers worden door
beide Partners tot hun diploma of hun switch bediend (phase-out).
Changes worden zo geïmplementeerd dat zittende deelnemers er geen nadeel van ondervinden.

H1: 11 Sign-off
Hoofddorp, 2 juli 2024

SIG: Stichting Meerlanden Onderwijsgroep | drs. T.J. Bakker-Ramdin | voorzitter college van bestuur
SIG: Stichting ROC Amstelland-Meer | C.M. de Groot MBA | voorzitter college van bestuur
"""

TABLES_20 = {
    "escalatie": [
        ["Niveau", "Wie", "Termijn"],
        ["1. Werkniveau", "programmamanager met de betrokken teamleiders", "10 werkdagen"],
        ["2. Management", "Steering Committee", "4 weken"],
        ["3. Executive", "voorzitters van beide colleges van bestuur", "6 weken"],
        ["4. Geschillencommissie", "drie leden: ieder college van bestuur benoemt één lid, die twee "
         "kiezen samen een onafhankelijke voorzitter; uitspraak na hoor en wederhoor",
         "uitspraak binnen 8 weken"],
    ],
}


@sample("20_engels_bureaucratisch", "docx",
        "English-influenced bureaucratic Dutch ('Memorandum of Agreement', 'Scope', 'Governance', "
        "'Operating model', 'Exit-opties en switching', 'Sign-off'), DOCX headings '1 Scope' without "
        "a period, escalation ladder in a Word table. Haarlemmermeer, E&O kb -> Financieel "
        "administratief medewerker 3. Bedrijfsleven is only an intention ('Partners streven ernaar'); "
        "the Steering Committee has composition, tasks and a mandate but nothing on who appoints its "
        "members or the programmamanager; the reporting format "
        "and frequency are deferred ('in een later stadium'); medezeggenschap is 'P.m.'. Explicitly "
        "no transfer of bekostiging.",
        "p w w w p p p w p p",
        {"a": "1 Scope", "e": "5 Operating model", "f": "6 Exit-opties en switching",
         "g": "7 Financial arrangements", "i": "9 Escalatie en dispute resolution",
         "j": "10 Onboarding van nieuwe partners, change en exit"})
def build_20(path):
    d = new_docx("Memorandum of Agreement DLR Finance & Administration", font="Calibri", size=10.5,
                 header="MoA DLR F&A Haarlemmermeer | v1.3 final")
    docx_blocks(d, parse(TXT_20), tables=TABLES_20, widths={"escalatie": [3.5, 9.0, 3.5]})
    save_docx(d, path)


# ============================================================================================
# 21  long agreement (6+ pages) with annexes; the funding arrangement lives in Bijlage 1.
#     Drenthe (Hoogeveen): Z&W kb -> Pedagogisch medewerker kinderopvang 3 (fully compliant)
# ============================================================================================
TXT_21 = """
T: Samenwerkingsovereenkomst doorlopende leerroute Pedagogisch werk Hoogeveen
S: Zorg en welzijn (kaderberoepsgerichte leerweg) en Pedagogisch medewerker kinderopvang (niveau 3)
S: schooljaren 2024-2025 en volgende

H1: De partijen bij deze overeenkomst
IT: 1. | Stichting Voortgezet Onderwijs Het Reestdal, statutair gevestigd te Hoogeveen, bevoegd
gezag
van het Reestdal College, vertegenwoordigd door mevrouw drs. A.M. Zuidersma, voorzitter van het
college van bestuur, hierna: de school;
IT: 2. | Stichting ROC Zuidwest-Drenthe, statutair gevestigd te Hoogeveen, vertegenwoordigd door de
heer
J. Brinkman MEd, voorzitter van het college van bestuur, hierna: de instelling;
samen: partijen.

H1: Achtergrond van deze overeenkomst
Partijen overwegen het volgende.
IT: 1. | In Zuidwest-Drenthe is de vraag naar pedagogisch medewerkers in de dagopvang, de
peuteropvang
en de buitenschoolse opvang sinds 2021 sterk gegroeid, terwijl veel organisaties moeite hebben hun
vacatures te vervullen.
IT: 2. | Leerlingen van de kaderberoepsgerichte leerweg met het profiel Zorg en welzijn hebben baat
bij
een ononderbroken leerweg naar het mbo, met minder overlap in de lesstof en meer praktijk.
IT: 3. | Partijen werken sinds 2019 samen in het project Kind en Zorg en willen die samenwerking
voortzetten als doorlopende leerroute als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs
2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs.
IT: 4. | De wet eist dat partijen hun afspraken vastleggen in een samenwerkingsovereenkomst die ten
minste de onderwerpen van artikel 2.107b, tweede lid, WVO 2020 regelt.

Partijen komen daarom het volgende overeen.

H1: Artikel 1: Begrippen
In deze overeenkomst en de bijlagen wordt verstaan onder:
IT: a. | leerroute: de doorlopende leerroute als bedoeld in artikel 2;
IT: b. | deelnemer: een leerling van de school of een student van de instelling die aan de leerroute
deelneemt;
IT: c. | vo-fase: leerjaar 3 en 4 van de leerroute, waarin de deelnemer bij de school is
ingeschreven;
IT: d. | mbo-fase: het derde, vierde en vijfde jaar van de leerroute, waarin de deelnemer bij de
instelling is ingeschreven;
IT: e. | routeleiding: de routeleiding als bedoeld in artikel 5;
IT: f. | bestuurlijk overleg: het periodieke beraad van de twee bestuursvoorzitters;
IT: g. | praktijkpartners: de organisaties voor kinderopvang als bedoeld in artikel 4;
IT: h. | PTA/OER: het voor de leerroute samen vastgestelde examenprogramma (PTA) en de OER;
IT: i. | schooljaar: de periode van 1 augustus tot en met 31 juli.

H1: Artikel 2: Voorwerp van de overeenkomst
IT: 2.1 | Partijen verzorgen samen een doorlopende leerroute van het profiel Zorg en welzijn in de
kaderberoepsgerichte leerweg van het Reestdal College naar de beroepsopleiding Pedagogisch
medewerker kinderopvang van de instelling (niveau 3, bol, opleidingsdomein Zorg en welzijn).
IT: 2.2 | In de vo-fase kiezen deelnemers binnen het profiel de beroepsgerichte keuzevakken
Kinderopvang, Mens en gezondheid en Welzijn kind en jongere. In de mbo-fase volgen zij daarnaast
de keuzedelen Meertaligheid en Spelbegeleiding.
IT: 2.3 | De melding van de leerroute in het Registratie Instellingen en Opleidingen (RIO) doen
partijen samen, en dragen zorg voor een juiste inschrijving van de deelnemers in BRON.

H1: Artikel 3: Duur en opbouw van de leerroute
IT: 3.1 | De leerroute start in het derde vmbo-leerjaar en beslaat vijf jaren. De deelnemer is in de
vo-fase ingeschreven bij de school en in de mbo-fase bij de instelling.
IT: 3.2 | De deelnemer legt het eindexamen vmbo af aan het einde van leerjaar 4. Partijen kunnen
besluiten het examen te spreiden, waarbij het examen uiterlijk in het derde jaar van de leerroute
is afgerond.
IT: 3.3 | Al vanaf het eerste routejaar mogen mbo-examenonderdelen worden afgenomen, onder
verantwoordelijkheid van de examencommissie van de instelling.
IT: 3.4 | Het overzicht van de leerjaren, de lesplaatsen en de examenonderdelen is opgenomen in
Bijlage 2.

H1: Artikel 4: Betrokkenheid van de kinderopvang
IT: 4.1 | De volgende organisaties zijn praktijkpartner van de leerroute: Kinderopvang Het Blauwe
Tuintje B.V., Stichting Kindcentra Hoogeveen-Oost en Peuterwerk De Wolden. Zij zijn alle drie door
SBB erkend als leerbedrijf.
IT: 4.2 | De praktijkpartners bieden iedere deelnemer in leerjaar 4 een snuffelstage van twintig
dagdelen en vanaf het derde routejaar een plaats voor beroepspraktijkvorming. Zij wijzen per
deelnemer een praktijkopleider aan.
IT: 4.3 | Pedagogisch medewerkers van de praktijkpartners verzorgen in de vo-fase ten minste vier
gastlessen per schooljaar, onder meer over veiligheid, gezondheid en de meldcode huiselijk geweld.
IT: 4.4 | De praktijkpartners nemen deel aan de beoordeling van de proeve van bekwaamheid in het
vijfde
jaar van de leerroute en leveren een assessor voor het examen van de keuzedelen.
IT: 4.5 | Eén vertegenwoordiger van iedere praktijkpartner heeft zitting in het praktijkberaad. Het
praktijkberaad vergadert in september en maart en geeft de routeleiding advies over de inhoud van
het programma, de stages en de keuze van keuzedelen.

H1: Artikel 5: Routeleiding
IT: 5.1 | In de routeleiding hebben zitting: de afdelingsleider bovenbouw van het Reestdal College,
de
opleidingsmanager Pedagogisch werk van de instelling en de routecoördinator.
IT: 5.2 | De afdelingsleider en de opleidingsmanager hebben zitting op grond van hun functie; hun
werkgever, het betrokken college van bestuur, wijst hen als lid aan. De routecoördinator wordt na
een
gezamenlijke selectieprocedure door het bestuurlijk overleg benoemd voor vier jaar; herbenoeming is
eenmaal mogelijk.
IT: 5.3 | Partijen dragen aan de routeleiding op:
IT2: a. | het opstellen van het PTA/OER en het jaarrooster;
IT2: b. | de verdeling van de lesuren over de docenten van het routeteam;
IT2: c. | de toelating van deelnemers en het nemen van besluiten over overstap als bedoeld in
artikel 13;
IT2: d. | de contacten met de praktijkpartners en het voorzitten van het praktijkberaad;
IT2: e. | de uitvoering van de kwaliteitszorg als bedoeld in artikel 16.
IT: 5.4 | De routeleiding is bevoegd om binnen de begroting van de leerroute uitgaven te doen tot
15.000
euro per schooljaar en om namens partijen afspraken te maken met praktijkpartners over
stageplaatsen.
Voor andere uitgaven en voor besluiten over personeel is toestemming van het betrokken college van
bestuur nodig.
IT: 5.5 | De routeleiding vergadert ten minste eens per maand. Zij besluit bij meerderheid van
stemmen;
over toelating en overstap is instemming van de afdelingsleider en de opleidingsmanager samen
vereist.

H1: Artikel 6: Informatie en verantwoording
IT: 6.1 | De routeleiding stelt elk jaar vóór 1 oktober een jaarverslag op over het afgelopen
schooljaar en zendt dat aan beide colleges van bestuur. Het jaarverslag bevat in elk geval de
instroom, de doorstroom en de uitval per leerjaar, de resultaten van de examens, de uitkomsten van
de
tevredenheidsmeting onder deelnemers en praktijkpartners en een overzicht van de uitgaven uit de
middelen van Bijlage 1.
IT: 6.2 | Daarnaast stuurt de routeleiding beide colleges van bestuur in februari een beknopte
tussenrapportage met de actuele aantallen deelnemers en de voortgang van het lopende schooljaar.
IT: 6.3 | Het jaarverslag wordt in november besproken in het bestuurlijk overleg, in aanwezigheid
van de
routeleiding. De colleges van bestuur kunnen de routeleiding daarnaast op ieder moment om
inlichtingen vragen.

H1: Artikel 7: Onderwijsprogramma en examinering
IT: 7.1 | Partijen stellen het PTA/OER jaarlijks vóór 1 juli vast voor het volgende schooljaar. Het
PTA/OER bepaalt voor elk leerjaar de onderdelen uit vmbo en mbo die aan bod komen, de toetsen en
examens die worden afgenomen en hoe de beroepspraktijkvorming is ingericht.
IT: 7.2 | De examencommissie van de school is verantwoordelijk voor het eindexamen vmbo; de
examencommissie van de instelling voor de mbo-examens. Beide commissies stemmen jaarlijks hun
examenplanning af.
IT: 7.3 | Partijen voorkomen dat stof dubbel wordt aangeboden. Mbo-onderdelen die in de vo-fase zijn
behaald, worden in de mbo-fase niet opnieuw getoetst.

H1: Artikel 8: Personeel en faciliteiten
IT: 8.1 | Het onderwijs is in handen van één routeteam waarin docenten van beide partijen
samenwerken. Partijen passen de teambevoegdheid toe op de programmaonderdelen die vmbo en mbo
combineren; aan elk programmaonderdeel is minstens één docent met de vereiste bevoegdheid verbonden.
IT: 8.2 | De instelling zet in leerjaar 4 twee docenten pedagogisch werk in voor samen zes lesuren
per
week op de locatie van de school. In het derde routejaar levert de school een docent Nederlands voor
twee lesuren per week op de locatie van de instelling.
IT: 8.3 | Elke docent blijft in dienst bij zijn eigen werkgever, die ook verantwoordelijk blijft
voor hun bekwaamheid en professionalisering. Partijen organiseren jaarlijks twee gezamenlijke
studiedagen voor het routeteam.
IT: 8.4 | De vo-fase wordt verzorgd op het Reestdal College aan de Buitenvaart; de mbo-fase op de
locatie Voorkanaal van de instelling en bij de praktijkpartners.
IT: 8.5 | De instelling stelt haar praktijkruimte Kindlab, met een ingerichte groepsruimte, een
verschoonruimte en een slaapkamer, gedurende één dag per week beschikbaar voor deelnemers in
leerjaar 4. De school opent haar theorielokalen en haar keuken wanneer docenten van de instelling
daar lesgeven. Leermiddelen en digitale leeromgeving worden door beide partijen gedeeld.

H1: Artikel 9: Beroepspraktijkvorming
IT: 9.1 | De beroepspraktijkvorming vindt plaats bij de praktijkpartners of bij andere erkende
leerbedrijven. De instelling sluit de praktijkovereenkomsten; in de vo-fase sluit de school een
stageovereenkomst.
IT: 9.2 | De praktijkopleider en de stagebegeleider van de betrokken partij voeren ten minste drie
voortgangsgesprekken per stageperiode.

H1: Artikel 10: Bekostiging
De school draagt jaarlijks een deel van de door haar ontvangen bekostiging over aan de instelling
voor het mbo-onderwijs dat de instelling in de vo-fase verzorgt. De omvang, de bestemming, de
peildatum en de wijze van betaling zijn geregeld in Bijlage 1, die onlosmakelijk deel uitmaakt van
deze overeenkomst.

H1: Artikel 11: Toelating en inschrijving
IT: 11.1 | Leerlingen van leerjaar 2 van het Reestdal College kunnen zich vóór 1 maart aanmelden
voor
de leerroute. De routeleiding voert met iedere aangemelde leerling en diens ouders een
intakegesprek.
IT: 11.2 | Voor de toelating geldt het advies van het mentorteam. Een leerling die niet wordt
toegelaten, gaat verder in de reguliere kaderberoepsgerichte leerweg.
IT: 11.3 | De instelling schrijft de deelnemer aan het begin van de mbo-fase in zonder aanvullende
toelatingseisen, mits het vmbo-diploma is behaald; artikel 13 blijft van toepassing.

H1: Artikel 12: Begeleiding en ondersteuning
IT: 12.1 | Elke deelnemer wordt in de vo-fase begeleid door een mentor van de school en daarna door
een studieloopbaanbegeleider van de instelling. In leerjaar 4 hebben beide gezamenlijk een gesprek
met
iedere deelnemer over de voortgang.
IT: 12.2 | Wanneer de deelnemer naar de instelling overgaat, dragen de zorgcoördinator van de school
en het
ondersteuningsteam van de instelling de gegevens over ondersteuningsbehoeften warm over, met
toestemming van de deelnemer of diens ouders.

H1: Artikel 13: Overstapmogelijkheden
IT: 13.1 | Partijen zorgen ervoor dat iedere deelnemer die de leerroute verlaat, een passend vervolg
krijgt dat leidt tot een diploma.
IT: 13.2 | Een deelnemer die in de vo-fase de leerroute verlaat, rondt de kaderberoepsgerichte
leerweg
van de school af in het profiel Zorg en welzijn zonder de mbo-onderdelen, of in een ander profiel
als
dat beter aansluit.
IT: 13.3 | Een deelnemer die het derde routejaar zonder vmbo-diploma afsluit, kan de opleiding bij
de instelling voortzetten of overstappen naar een niveau 2- of 3-opleiding binnen de instelling; de
vooropleidingseisen gelden daarbij niet. Ook kan de
deelnemer het examen vmbo opnieuw afleggen.
IT: 13.4 | Een deelnemer die in de mbo-fase kiest voor een andere richting, kan de overstap maken
naar een andere niveau 3-opleiding binnen de instelling, zoals Gespecialiseerd pedagogisch
medewerker of
Medewerker maatschappelijke zorg, of naar een passende opleiding bij een andere mbo-school in
Drenthe.
IT: 13.5 | De keuze wordt gemaakt door de routeleiding in een gesprek met de deelnemer en, bij een
minderjarige, de ouders, gelet op wat de deelnemer al heeft behaald en hoe oud hij is. De uitwerking
staat in de schoolgids en de studiegids.

H1: Artikel 14: Klachten en veiligheid
IT: 14.1 | Een klacht over een docent of medewerker van de ene partij, ingediend door een deelnemer
van de andere partij, valt onder de klachtenregeling van de partij bij wie de deelnemer ingeschreven
staat. De werkgever van de betrokkene werkt aan de behandeling mee.
IT: 14.2 | Partijen hanteren dezelfde gedragscode en informeren elkaar direct over incidenten die de
veiligheid van deelnemers raken.

H1: Artikel 15: Privacy en gegevensuitwisseling
IT: 15.1 | Partijen wisselen alleen persoonsgegevens van deelnemers uit voor zover dat nodig is voor
de
uitvoering van de leerroute. Iedere partij is zelf verwerkingsverantwoordelijke.
IT: 15.2 | Partijen leggen in een afzonderlijk protocol vast welke gegevens zij uitwisselen en hoe
lang
zij deze bewaren.

H1: Artikel 16: Kwaliteitszorg en evaluatie
IT: 16.1 | De routeleiding evalueert de leerroute elk schooljaar met deelnemers, docenten en
praktijkpartners. De uitkomsten worden verwerkt in het jaarverslag.
IT: 16.2 | Na drie schooljaren laten partijen de leerroute extern evalueren.

H1: Artikel 17: Medezeggenschap
IT: 17.1 | Partijen vullen de medezeggenschap op grond van de WMS, de WEB en de WOR als volgt aan.
IT: 17.2 | MR en studentenraad vaardigen elk twee leden af naar de commissie Leerroute. De commissie
mag advies geven voordat het PTA/OER of Bijlage 1 wordt gewijzigd; partijen wijken daar alleen
gemotiveerd van af.
IT: 17.3 | Deelnemers in leerjaar 4 kiezen één vertegenwoordiger die als toehoorder aanschuift bij
de studentenraad van de instelling.
IT: 17.4 | De commissie Leerroute ontvangt een exemplaar van het jaarverslag (artikel 6.1).

H1: Artikel 18: Geschillenregeling
IT: 18.1 | Bij een geschil tussen partijen over de naleving van deze overeenkomst is de eerste stap
het bestuurlijk overleg, dat binnen vier weken bijeenkomt.
IT: 18.2 | Komt het bestuurlijk overleg niet binnen acht weken tot een oplossing, dan leggen
partijen
het geschil voor aan één bindend adviseur, die zij samen kiezen. Worden zij het niet binnen twee
weken eens over de keuze, dan wijst de voorzitter van de Raad van Toezicht van de school, in
overleg met die van de instelling, de adviseur aan.
IT: 18.3 | Het advies van de bindend adviseur is voor partijen bindend. De kosten worden door
partijen
ieder voor de helft gedragen.

H1: Artikel 19: Aansluiting van andere scholen of instellingen
IT: 19.1 | Toetreding staat open voor een ander schoolbestuur of een andere mbo-instelling, op
voorwaarde dat beide colleges van bestuur dat schriftelijk goedkeuren en de toetreder de verklaring
uit Bijlage 4 tekent.
IT: 19.2 | Aansluiting gaat in op 1 augustus van een schooljaar. De nieuwe partij meldt de leerroute
in
RIO.

H1: Artikel 20: Looptijd, wijziging en beëindiging
IT: 20.1 | De overeenkomst wordt aangegaan met ingang van 1 augustus 2024, zonder einddatum.
IT: 20.2 | Iedere partij kan de overeenkomst opzeggen per 1 augustus van een jaar, met een
opzegtermijn
van ten minste achttien maanden. De opzegging gebeurt met een aangetekende brief.
IT: 20.3 | Zodra is opgezegd, laten partijen geen nieuwe leerlingen meer toe. Wie al deelneemt, kan
de leerroute bij partijen voltooien; partijen blijven daarvoor de afspraken in deze
overeenkomst nakomen.
IT: 20.4 | Ontbinding is alleen mogelijk als een partij haar verplichtingen ernstig en blijvend niet
nakomt en na een schriftelijke ingebrekestelling met een termijn van drie maanden; artikel 20.3 is
van overeenkomstige toepassing.
IT: 20.5 | Partijen kunnen de overeenkomst en de bijlagen alleen schriftelijk wijzigen, ondertekend
door beide colleges. Wijzigingen werken pas vanaf een nieuw schooljaar en mogen de positie van
huidige deelnemers niet verslechteren.

H1: Artikel 21: Slotbepaling
Deze overeenkomst is opgemaakt in twee exemplaren. De bijlagen 1 tot en met 4 maken deel uit van de
overeenkomst.

Hoogeveen, 6 juni 2024

SIG: Stichting Voortgezet Onderwijs Het Reestdal | drs. A.M. Zuidersma | voorzitter college van bestuur
SIG: Stichting ROC Zuidwest-Drenthe | J. Brinkman MEd | voorzitter college van bestuur

BR:
H1: Bijlage 1 Financiële afspraken
IT: 1. | Grondslag. De school draagt op grond van artikel 5.42a WVO 2020 een deel van haar
bekostiging
over aan de instelling.
IT: 2. | Omvang en bestemming. De over te dragen middelen bedragen per deelnemer in leerjaar 4 per
schooljaar:

TABLE: financien

IT: 3. | Peildatum. Het aantal deelnemers wordt bepaald op 1 oktober van het schooljaar.
IT: 4. | Betaling. De instelling stuurt de school in november een factuur. De school betaalt in twee
gelijke termijnen, uiterlijk op 15 december en op 15 april.
IT: 5. | Indexering. De bedragen worden per 1 augustus aangepast met het percentage waarmee de
lumpsumbekostiging van de school voor dat schooljaar wordt bijgesteld.
IT: 6. | Besteding en verantwoording. De instelling besteedt de middelen alleen aan de in de tabel
genoemde bestemming en verantwoordt de besteding in het jaarverslag (artikel 6.1). Middelen die in
een schooljaar niet worden besteed, worden in het volgende schooljaar voor dezelfde bestemming
ingezet.
IT: 7. | Overige kosten. Alle andere kosten, waaronder de inzet van de docent Nederlands van de
school in
de mbo-fase, komen voor rekening van de partij die ze maakt.

H1: Bijlage 2 Programma per leerjaar
TABLE: programma

H1: Bijlage 3 Overlegkalender
TABLE: kalender

H1: Bijlage 4 Model verklaring van toetreding
Ondergetekende, [naam bevoegd gezag], gevestigd te [plaats], vertegenwoordigd door [naam, functie],
verklaart met ingang van 1 augustus [jaar] toe te treden tot de samenwerkingsovereenkomst
doorlopende leerroute Pedagogisch werk Hoogeveen van 6 juni 2024 en alle rechten en verplichtingen
daaruit te aanvaarden.
Plaats, datum en handtekening: [in te vullen bij toetreding]
"""

TABLES_21 = {
    "financien": [
        ["Onderdeel", "Bedrag per deelnemer", "Bestemming"],
        ["Inzet docenten van de instelling in leerjaar 4", "EUR 780",
         "salariskosten van twee docenten pedagogisch werk, samen zes lesuren per week op de locatie "
         "van de school"],
        ["Gebruik praktijkruimte Kindlab", "EUR 240",
         "onderhoud van het Kindlab en verbruiksmateriaal (speelgoed, verzorgingsmateriaal, "
         "hygiënemiddelen)"],
        ["Certificaat kinder-EHBO", "EUR 60", "cursus en examen kinder-EHBO in leerjaar 4"],
        ["Totaal", "EUR 1.080 per schooljaar", ""],
    ],
    "programma": [
        ["Leerjaar", "Waar", "Onderwijs", "Examens en praktijk"],
        ["3 (vmbo)", "Reestdal College", "profieldeel Zorg en welzijn, algemene vakken, keuzevak "
         "Kinderopvang", "schoolexamens; vijf meeloopdagen"],
        ["4 (vmbo)", "Reestdal College en één dag Kindlab", "profieldeel, keuzevakken, eerste "
         "mbo-onderdelen pedagogisch werk", "centraal examen vmbo; snuffelstage 20 dagdelen"],
        ["5 (mbo 1)", "instelling, locatie Voorkanaal", "kerntaken pedagogisch werk, Nederlands, "
         "rekenen", "eerste bpv-periode; eerste examens kerntaak 1"],
        ["6 (mbo 2)", "instelling en praktijkpartner", "kerntaken, keuzedeel Spelbegeleiding",
         "bpv drie dagen per week; examens kerntaak 2"],
        ["7 (mbo 3)", "praktijkpartner en instelling", "keuzedeel Meertaligheid, "
         "loopbaan en burgerschap", "proeve van bekwaamheid; diplomering"],
    ],
    "kalender": [
        ["Wanneer", "Overleg", "Wie"],
        ["september en maart", "praktijkberaad", "routeleiding en praktijkpartners"],
        ["februari", "tussenrapportage (artikel 6.2)", "routeleiding aan beide colleges van bestuur"],
        ["vóór 1 oktober", "jaarverslag (artikel 6.1)", "routeleiding aan beide colleges van bestuur"],
        ["november", "bestuurlijk overleg over het jaarverslag", "voorzitters colleges van bestuur, "
         "routeleiding"],
        ["december", "commissie Leerroute", "leden MR en studentenraad"],
    ],
}


@sample("21_lang_met_bijlagen", "pdf",
        "Long agreement (7+ pages): 'Artikel N: Titel' headings with a colon, 21 articles plus four "
        "annexes with tables. The funding arrangement (EUR 1.080 per deelnemer split over three "
        "bestemmingen, peildatum, payment terms) sits only in 'Bijlage 1 Financiële afspraken'; "
        "article 10 refers to it. Drenthe (Hoogeveen), Z&W kb -> Pedagogisch medewerker kinderopvang "
        "3. Fully compliant, bindend advies, joint medezeggenschap committee.",
        "p p p p p p p p p p",
        {"a": "Artikel 2: Voorwerp van de overeenkomst", "b": "Artikel 4: Betrokkenheid van de kinderopvang",
         "c": "Artikel 5: Routeleiding", "d": "Artikel 6: Informatie en verantwoording",
         "e": "Artikel 8: Personeel en faciliteiten", "f": "Artikel 13: Overstapmogelijkheden",
         "g": "Bijlage 1 Financiële afspraken", "h": "Artikel 17: Medezeggenschap",
         "i": "Artikel 18: Geschillenregeling", "j": "Artikel 20: Looptijd, wijziging en beëindiging"})
def build_21(path):
    build_pdf(path, parse(TXT_21), title="SOK DLR Pedagogisch werk Hoogeveen", font="Helvetica",
              size=10, header="SOK doorlopende leerroute Pedagogisch werk Hoogeveen",
              footer="pagina {n}", h1_color=colors.Color(0.1, 0.25, 0.45), tables=TABLES_21,
              col_fracs={"financien": [0.34, 0.2, 0.46], "programma": [0.13, 0.25, 0.34, 0.28],
                         "kalender": [0.22, 0.4, 0.38]})


# ============================================================================================
# 22  VSO variant, PDF, lettered headings A.-K. that do not match the statutory letters;
#     overstap inside "G. Zorg en begeleiding", medezeggenschap inside "H. Ouders en
#     leerlingen". Apeldoorn: VSO vervolgonderwijs, D&P (bb-programma) -> Facilitair
#     medewerker 2 (fully compliant, no transfer)
# ============================================================================================
TXT_22 = """
T: Samenwerkingsovereenkomst doorlopende leerroute VSO-mbo Facilitaire dienstverlening
S: De Sprengen (voortgezet speciaal onderwijs) en ROC Veluwe-IJssel, Apeldoorn

H1: A. Samenwerkende partijen
Stichting Speciaal Onderwijs Veluwezoom, gevestigd te Apeldoorn, bevoegd gezag van De Sprengen,
school voor voortgezet speciaal onderwijs (cluster 4), vertegenwoordigd door de heer R.F. Kuipers,
voorzitter van het college van bestuur (hierna: De Sprengen),

en Stichting ROC Veluwe-IJssel, gevestigd te Apeldoorn, vertegenwoordigd door mevrouw dr. L.
Mulder-Osei, lid van het college van bestuur (hierna: het ROC),

sluiten de volgende overeenkomst.

H1: B. Grondslag en doelgroep
De Sprengen verzorgt binnen het uitstroomprofiel vervolgonderwijs het programma van de
basisberoepsgerichte leerweg, waarmee leerlingen het eindexamen vmbo kunnen afleggen. Partijen
verzorgen op grond van artikel 9.1.18 WEB en artikel 14a van de Wet op de expertisecentra een
doorlopende leerroute VSO-mbo. De route is bedoeld voor leerlingen met een
ondersteuningsbehoefte die met extra begeleiding een mbo-diploma kunnen halen.

H1: C. De leerroute
De route verbindt het profiel Dienstverlening en producten, zoals De Sprengen dat in de
basisberoepsgerichte leerweg aanbiedt, met de opleiding Facilitair medewerker, niveau 2 (bbl en
bol), in het opleidingsdomein Facilitaire dienstverlening van het ROC. De route start in het derde
leerjaar van De Sprengen en neemt vier jaar in beslag; een verlenging met één jaar is mogelijk als
het
ontwikkelingsperspectiefplan (OPP) daarom vraagt. Partijen registreren de route samen in RIO.

H1: D. Leerbedrijven en werkgevers
Drie werkgevers nemen deel: Schoonmaakbedrijf Veluwe Facilitair B.V., Zorgcentrum De Parkrand
(afdeling facilitair) en het Stadhuis Apeldoorn (facilitair bedrijf van de gemeente). Zij bieden
leerlingen in leerjaar 4 een begeleide werkplek van een dag per week en in de mbo-fase een bbl-baan
of bpv-plaats, met een vaste werkbegeleider die een training van De Sprengen heeft gevolgd. Zij
denken mee over de praktijkopdrachten in het programma en beoordelen mee bij de proeve van
bekwaamheid. Eens per jaar, in april, bespreken zij met het routeteam of de werkplekken passen bij
de leerlingen.

H1: E. Regie en verslaglegging
De regie over de route ligt bij een routeteam van drie personen: de teamleider vervolgonderwijs van
De Sprengen, de opleidingsmanager Facilitaire dienstverlening van het ROC en de orthopedagoog van De
Sprengen. Het college van bestuur van elke partij wijst zijn eigen vertegenwoordiger aan (de
teamleider respectievelijk de opleidingsmanager); de orthopedagoog wordt aangewezen door de
directeur van De Sprengen, nadat het ROC
heeft ingestemd. Alle drie worden aangewezen voor twee jaar.

Het routeteam stemt het programma af op het OPP van iedere leerling, plaatst leerlingen en beslist
over hun toelating, maakt de examenplanning, neemt besluiten over een overstap en onderhoudt het
contact met de werkgevers. Het mag namens beide besturen besluiten over de toelating en plaatsing
van leerlingen en over de besteding van het leermiddelenbudget van ten hoogste 5.000 euro per
schooljaar.

Het routeteam stuurt beide besturen ieder kwartaal een korte voortgangsnotitie en schrijft elk jaar
vóór 1 oktober een evaluatieverslag, dat in een gezamenlijk bestuurlijk overleg in oktober wordt
besproken.

H1: F. Lesplaatsen, team en voorzieningen
Voor leerjaar 3 en 4 zitten de leerlingen op De Sprengen; in leerjaar 4 hebben de leerlingen
wekelijks een lesdag op de facilitaire leerafdeling van het ROC. Daarna volgen zij onderwijs op het
ROC en werken zij bij de werkgever. De leraren van De Sprengen en de docenten van het ROC vormen één
team met teambevoegdheid;
voor elk programmaonderdeel is een bevoegde docent betrokken. Een ambulant begeleider van De
Sprengen begeleidt de leerlingen ook in de mbo-fase, twee uur per leerling per maand. Het ROC stelt
zijn facilitaire leerafdeling met wasserij, schoonmaakmachines en receptiebalie beschikbaar; De
Sprengen stelt zijn prikkelarme stilteruimte en zijn trainingskeuken open voor ROC-studenten uit de
route. Het PTA/OER van de route legt per leerjaar de vakken, examens en praktijkperiodes vast.

H1: G. Zorg en begeleiding
Iedere leerling houdt gedurende de hele route een vaste mentor. Het OPP wordt bij de overgang naar
het ROC met toestemming van de ouders overgedragen en in de mbo-fase voortgezet als
ondersteuningsplan.

Als de route voor een leerling niet haalbaar blijkt, zorgen partijen voor een vervolg dat tot een
diploma leidt. In leerjaar 3 en 4 gaat de leerling verder in het basisberoepsgerichte programma van
De Sprengen en doet hij daar eindexamen vmbo, in het profiel Dienstverlening en producten of een
ander profiel. Zonder vmbo-diploma mag een leerling toch bij het ROC aan een niveau 2-opleiding
beginnen - vooropleidingseisen worden dan niet gesteld - of op De Sprengen een extra examenjaar
doen. Tijdens de mbo-jaren kan de student een andere richting op niveau 2 kiezen binnen het ROC,
bijvoorbeeld Medewerker schoonmaak en glazenwassen of Logistiek medewerker. Alleen als een
diploma op niveau 2 echt niet haalbaar is, wordt de Entree-opleiding besproken. Het routeteam neemt
het besluit samen met de leerling, de ouders en de commissie van begeleiding van De Sprengen, met
inachtneming van het OPP, de behaalde resultaten en de leeftijd.

H1: H. Ouders en leerlingen
Ouders worden drie keer per jaar uitgenodigd voor een voortgangsgesprek. Voor de medezeggenschap
spreken partijen bovendien af dat de medezeggenschapsraad van De Sprengen adviesrecht houdt over het
programma van de route zolang leerlingen bij De Sprengen zijn ingeschreven, ook voor de onderdelen
die het ROC verzorgt, en dat het ROC een lid van zijn studentenraad aanwijst als vast aanspreekpunt
voor routeleerlingen, dat eens per half jaar met de leerlingenraad van De Sprengen overlegt.

H1: I. Kosten
Tussen partijen wordt geen bekostiging overgedragen. Elk bestuur betaalt zelf voor zijn personeel,
lokalen en materialen; de ambulant begeleider van De Sprengen blijft ook in de mbo-fase in
dienst en voor rekening van De Sprengen.

H1: J. Verschil van inzicht
Een verschil van inzicht over de uitvoering van deze overeenkomst bespreekt het routeteam eerst
binnen twee weken. Lukt een oplossing niet, dan leggen de bestuurders het binnen vier weken aan
elkaar voor. Blijft het verschil bestaan, dan schakelen partijen een onafhankelijke mediator in die
zij samen kiezen; de kosten delen zij. Leidt mediation niet binnen twee maanden tot een oplossing,
dan kan ieder van partijen het verschil voorleggen aan de bevoegde rechter in de rechtbank
Gelderland.

H1: K. Slotbepalingen
De samenwerking gaat in op 1 augustus 2024 en loopt door totdat zij wordt opgezegd. Toetreding door
een andere school voor (voortgezet) speciaal onderwijs, een vmbo-school of een mbo-instelling is
mogelijk met schriftelijke goedkeuring van beide besturen en door medeondertekening van deze
overeenkomst, met ingang van een nieuw schooljaar. Opzegging gebeurt per brief, met ingang van 1
augustus en ten minste een jaar vooraf. Daarna start geen nieuwe groep; de leerlingen die al
begonnen zijn, ronden de route af met de begeleiding uit hun OPP. Wat partijen willen veranderen,
leggen zij vast in een door beide besturen ondertekend stuk; zulke wijzigingen werken vanaf het
volgende schooljaar en gaan niet ten koste van de leerlingen die de route al volgen.

Apeldoorn, 20 juni 2024

SIG: Stichting Speciaal Onderwijs Veluwezoom | R.F. Kuipers | voorzitter college van bestuur
SIG: Stichting ROC Veluwe-IJssel | dr. L. Mulder-Osei | lid college van bestuur
"""


@sample("22_vso_mbo", "pdf",
        "VSO variant (doorlopende leerroute VSO-mbo, art. 9.1.18 WEB): a VSO school (uitstroomprofiel "
        "vervolgonderwijs, bb-programma) and an ROC. Lettered headings 'A.'-'K.' whose letters do "
        "not match the statutory letters. The overstapoptie sits inside 'G. Zorg en begeleiding', "
        "medezeggenschap inside 'H. Ouders en leerlingen', toetreding/opzegging/wijziging inside 'K. "
        "Slotbepalingen'; leiding and verantwoording share 'E. Regie en verslaglegging'. Apeldoorn, "
        "D&P -> Facilitair medewerker 2. Fully compliant; explicitly no transfer of bekostiging.",
        "p p p p p p p p p p",
        {"a": "C. De leerroute", "b": "D. Leerbedrijven en werkgevers", "c": "E. Regie en verslaglegging",
         "d": "E. Regie en verslaglegging", "e": "F. Lesplaatsen, team en voorzieningen",
         "f": "G. Zorg en begeleiding", "g": "I. Kosten", "h": "H. Ouders en leerlingen",
         "i": "J. Verschil van inzicht", "j": "K. Slotbepalingen"})
def build_22(path):
    build_pdf(path, parse(TXT_22), title="SOK DLR VSO-mbo Facilitaire dienstverlening Apeldoorn",
              font="Helvetica", size=10, justify=False, footer="De Sprengen / ROC Veluwe-IJssel - {n}",
              h1_color=colors.Color(0.35, 0.15, 0.35))


# ============================================================================================
# 23  multi-route agreement: three routes in a Word table (profiel -> opleiding -> niveau ->
#     crebo), unnumbered headings. Friesland (Heerenveen). Dotted lines left under
#     "Verslaglegging" (d weak); nothing at all on money (g missing).
# ============================================================================================
TXT_23 = """
T: Samenwerkingsovereenkomst Routes Zuid-Friesland
S: drie doorlopende leerroutes vmbo-mbo: Zorg, ICT en Mobiele werktuigen

H1: Wie deze overeenkomst sluiten
Stichting Christelijk Voortgezet Onderwijs Boarnsterhim, gevestigd te Heerenveen, bevoegd gezag van
Vakcollege De Feart, vertegenwoordigd door mevrouw S. de Boer-Hoekstra, voorzitter college van
bestuur, en Stichting Beroepsonderwijs Fryslân Súd, gevestigd te Heerenveen, vertegenwoordigd door
de heer T. Nauta, voorzitter college van bestuur (hierna: het ROC), verklaren het volgende te zijn
overeengekomen.

H1: Reikwijdte
Deze overeenkomst regelt de samenwerking van De Feart en het ROC in drie doorlopende leerroutes. Wat
hieronder over "de routes" wordt gezegd, geldt voor alle drie, tenzij een route uitdrukkelijk wordt
genoemd.

H1: De drie routes
De routes verbinden telkens een profiel in de kaderberoepsgerichte leerweg van De Feart met een
opleiding op niveau 3 van het ROC:

TABLE: routes

Alle drie de routes starten in leerjaar 3 en nemen vijf jaar in beslag; elke route wordt apart in
RIO gemeld.

H1: Inbreng van werkgevers
Voor iedere route is een vaste groep erkende leerbedrijven verbonden. Voor de zorgroute zijn dat
Zorggroep Tjongerwâld en Thuiszorg De Wâlden; voor de ICT-route ICT-bedrijf Skrep B.V. en de
afdeling automatisering van de gemeente Heerenveen; voor de route Mobiele werktuigen
Mechanisatiebedrijf Van der Wal Oudehaske B.V. en Loonbedrijf Jorwert. Deze bedrijven ontvangen
leerlingen van leerjaar 4 voor een oriëntatiestage van een maand en bieden studenten later
bpv-plaatsen en leerbanen. Zij
leveren per schooljaar per route minstens één praktijkopdracht en één gastdocent, en een
praktijkbeoordelaar voor de proeve van bekwaamheid. De leerbedrijven van de drie routes vormen samen
de werkveldcommissie, die in november en mei bijeenkomt en advies geeft over de inhoud van de routes
en de keuze van keuzedelen.

H1: Routeregie
Elke route heeft een routecoördinator. De drie routecoördinatoren vormen samen met de
locatiedirecteur van De Feart en de clusterdirecteur Techniek en Zorg van het ROC de regiegroep. De
locatiedirecteur zit de regiegroep voor. De routecoördinatoren worden door de regiegroep
voorgedragen
en benoemd door het bestuur van hun werkgever, voor drie jaar.

De regiegroep stelt voor iedere route het programma, de examenplanning en het rooster vast, verdeelt
de docenturen tussen de partijen, besluit over toelating en overstap en beslist over het starten of
niet starten van een nieuw cohort in een route. De regiegroep kan binnen het jaarplan dat de
besturen
goedkeuren zelfstandig beslissen; besluiten over personeel en huisvesting blijven bij de besturen.

H1: Verslaglegging
De regiegroep verstrekt de besturen inlichtingen en legt verantwoording af op de volgende wijze:
DOTS: 3

H1: Onderwijs, personeel en voorzieningen
Leerjaar 3 en 4 van alle routes vinden plaats op De Feart. In leerjaar 4 hebben de leerlingen van de
zorgroute één dag per week les in het zorgsimulatiecentrum van het ROC, die van de ICT-route in het
IT-lab en die van de route Mobiele werktuigen in de werktuigenhal van het ROC in Heerenveen-Noord.
De
mbo-fase vindt plaats op het ROC en bij de leerbedrijven. Per route werken docenten van beide
partijen in één team, met toepassing van de teambevoegdheid; voor ieder onderdeel is een bevoegde
docent in het team opgenomen. Het ROC zet in leerjaar 4 per route vier lesuren per week een
vakdocent in op De Feart. De Feart stelt zijn techniekwerkplaats en verzorgingslokaal beschikbaar
voor lessen van ROC-docenten. Per route staat in een gezamenlijk PTA/OER wat er in elk leerjaar
wordt onderwezen en geëxamineerd.

H1: Overstappen tussen routes en daarbuiten
Een leerling kan in leerjaar 3 tot 1 februari overstappen naar een van de andere twee routes. Een
leerling die de routes verlaat, maakt de kaderberoepsgerichte leerweg van De Feart af in zijn eigen
of een ander profiel. Wie zakt voor het vmbo-examen, mag bij het ROC met een niveau 2- of
3-opleiding beginnen, vrij van vooropleidingseisen, of zijn examenjaar herhalen. In de mbo-fase kan
een student switchen naar een ander niveau 3-programma van het ROC. De
coördinator van de route die de leerling verlaat, de coördinator van de nieuwe route of opleiding en
de mentor beslissen samen, nadat zij de leerling en zijn ouders hebben gesproken; zij letten op zijn
resultaten tot dan toe en zijn leeftijd.

H1: Medezeggenschap in de routes
Naast de wettelijke medezeggenschap vormen de medezeggenschapsraad van De Feart en de
studentenraad van het ROC een gezamenlijke routecommissie van vier leden, twee uit iedere raad.
Leerlingen van leerjaar 4 kiezen daarnaast één vertegenwoordiger in de routecommissie. De
routecommissie heeft adviesrecht over het jaarplan van de regiegroep en over het starten of stoppen
van een route.

H1: Verschillen van mening
Meningsverschillen tussen De Feart en het ROC over deze overeenkomst gaan eerst naar de regiegroep.
Komt de regiegroep er niet uit, dan pakken de twee bestuursvoorzitters het binnen zes weken op. Lukt
het ook hun niet, dan wordt het geschil definitief beslecht door één arbiter volgens het
NAI-arbitragereglement; de arbitrage vindt plaats in Leeuwarden.

H1: Aansluiten, duur en wijzigen
Een nieuwe school of instelling kan zich aansluiten, bij alle routes of bij één route, na
schriftelijk akkoord van beide besturen en ondertekening van een toetredingsverklaring; aansluiten
kan per 1 augustus. Deze overeenkomst loopt vijf jaar vanaf 1 augustus 2024
en wordt daarna telkens met vijf jaar verlengd. Een partij kan de overeenkomst als geheel of voor
één route beëindigen met ingang van het nieuwe schooljaar, mits zij dat twaalf maanden van tevoren
schriftelijk meldt. In
een opgezegde route start geen nieuw cohort meer; leerlingen die er al in zitten, ronden de route
af. Het toevoegen of beëindigen van een route en iedere andere wijziging gebeuren schriftelijk, met
handtekening van beide besturen, en worden van kracht op 1 augustus.

H1: Handtekeningen van de besturen
Heerenveen, 25 april 2024

SIG: Stichting Christelijk Voortgezet Onderwijs Boarnsterhim | S. de Boer-Hoekstra | voorzitter college van bestuur
SIG: Stichting Beroepsonderwijs Fryslân Súd | T. Nauta | voorzitter college van bestuur
"""

TABLES_23 = {
    "routes": [
        ["Route", "Vmbo-profiel (leerweg)", "Mbo-opleiding", "Niveau", "Crebo", "Domein"],
        ["Zorgroute", "Zorg en welzijn (kb)", "Medewerker maatschappelijke zorg", "3", "25657",
         "Zorg en welzijn"],
        ["ICT-route", "Media, vormgeving en ICT (kb)", "Allround medewerker IT systems and devices",
         "3", "25606", "ICT en creatieve industrie"],
        ["Route Mobiele werktuigen", "Mobiliteit en transport (kb)",
         "Eerste monteur mobiele werktuigen", "3", "25585", "Mobiliteit en voertuigen"],
    ],
}


@sample("23_drie_routes_tabel", "docx",
        "Multi-route agreement: three routes in a Word table (route | vmbo-profiel (leerweg) | "
        "mbo-opleiding | niveau | crebo | domein), unnumbered Heading 1 headings, Arial. Friesland "
        "(Heerenveen), Z&W / MVI / M&T kb -> three level-3 qualifications. The 'Verslaglegging' "
        "section is the template sentence followed by dotted lines. There is no text at all on "
        "finances. Arbitrage (NAI) for disputes; opzegging per route with cohort protection.",
        "p p p w p p m p p p",
        {"a": "De drie routes", "b": "Inbreng van werkgevers", "c": "Routeregie",
         "e": "Onderwijs, personeel en voorzieningen", "f": "Overstappen tussen routes en daarbuiten",
         "h": "Medezeggenschap in de routes", "i": "Verschillen van mening",
         "j": "Aansluiten, duur en wijzigen"})
def build_23(path):
    d = new_docx("SOK Routes Zuid-Friesland", font="Arial", size=10)
    docx_blocks(d, parse(TXT_23), tables=TABLES_23,
                widths={"routes": [2.6, 3.4, 4.2, 1.3, 1.5, 3.2]})
    save_docx(d, path)


# ============================================================================================
# 24  old experiment-era agreement (vakmanschapsroute, terugvaloptie) converted to a DLR by an
#     addendum; consolidated text, Courier. Helmond: BWI kb -> Allround timmerman 3.
#     g transfer without bestemming (weak), i restates the law (weak), j without toetreding
#     (weak), no medezeggenschap text (na).
# ============================================================================================
TXT_24 = """
T: Samenwerkingsovereenkomst Vakmanschapsroute Bouw Helmond
S: geconsolideerde tekst: overeenkomst van 12 maart 2014, zoals gewijzigd bij het addendum van 30 juni 2022
S: (omzetting naar doorlopende leerroute vmbo-mbo)

Leeswijzer. Deze tekst bevat de oorspronkelijke overeenkomst uit de experimentperiode. Bepalingen
die bij het addendum van 30 juni 2022 zijn gewijzigd of ingevoegd, zijn in het opschrift gemarkeerd
met "(gewijzigd 2022)" of "(ingevoegd 2022)". Met het addendum hebben partijen de vakmanschapsroute
met ingang van 1 augustus 2022 voortgezet als doorlopende leerroute vmbo-mbo in de zin van de Wet
doorlopende leerroutes vmbo-mbo. Waar hieronder "vakmanschapsroute" of "route" staat, wordt die
doorlopende leerroute bedoeld.

Partijen:

Stichting Katholiek Onderwijs Peelrand, gevestigd te Helmond, bevoegd gezag van het Peelrand
College, vertegenwoordigd door haar voorzitter college van bestuur, de heer A.J.M. van Lierop (2014) en
mevrouw drs. K. Brouwers (2022), hierna: de school;

Stichting ROC De Kempen-Peel, gevestigd te Helmond, vertegenwoordigd door de heer F. Raaijmakers,
lid van het college van bestuur, hierna: het ROC.

H1: Artikel 1 Sector, profiel en opleiding (gewijzigd 2022)
De route verbindt het profiel Bouwen, wonen en interieur in de kaderberoepsgerichte leerweg van het
Peelrand College met de bouwopleiding Allround timmerman van het ROC (niveau 3, domein Bouw en
infra). Tot 1 augustus 2022 luidde dit artikel: "De vakmanschapsroute betreft de sector
techniek, afdeling bouwtechniek, en de opleiding timmerman niveau 2 en 3."

H1: Artikel 2 Bedrijfsleven
Partijen hebben de kwalificatie en de opzet van de route gekozen samen met de Bouwkring De Peel, een
vereniging van aannemers en timmerfabrieken in Helmond en omgeving. Bouwbedrijf Van den Eijnde
Helmond B.V., Timmerfabriek Mierlo-Hout B.V. en Aannemersbedrijf Van Gerwen uit Deurne bieden de
deelnemers vanaf routejaar 3 een leerbaan in de bbl, verzorgen in leerjaar 4 een
bouwplaatsweek en leveren een vakman voor de jury van de proeve van bekwaamheid. De Bouwkring wordt
elk voorjaar gevraagd om te beoordelen of het programma nog aansluit bij het werk op de bouwplaats.

H1: Artikel 3 Faciliteiten
Het ROC stelt de bouwhal aan de Kasteel Traverse met de houtbewerkingsmachines en de
steigeroefenplaats open voor deelnemers vanaf leerjaar 4, op twee dagdelen per week. De school stelt
haar bouwlokaal en de machinale werkplaats beschikbaar aan ROC-docenten met lessen in de eerste twee
routejaren.

H1: Artikel 4 Vorm van samenwerking en bestuurlijke verantwoordelijkheid
De bestuurlijke verantwoordelijkheid voor de route berust bij beide colleges van bestuur. De school
is verantwoordelijk voor de leerjaren 3 en 4, het ROC voor de volgende leerjaren.

H1: Artikel 4a Routeleiding (ingevoegd 2022)
De leiding over de route is opgedragen aan de routeleider en de teamleider bouw van de school. De
routeleider (tot 2022: projectleider vakmanschapsroute) is een medewerker van het ROC die door het
college van bestuur van het ROC wordt benoemd na instemming van het college van bestuur van de
school;
de teamleider bouw wijst het schoolbestuur aan. Zij stellen samen het
programma en het rooster vast, zetten de docenten in, beslissen over toelating, terugvaloptie en
examenplanning, en beheren het budget van de route. Uitgaven boven 5.000 euro en besluiten over
personeel leggen zij voor aan de colleges van bestuur.

H1: Artikel 4b Verantwoording (ingevoegd 2022)
De routeleider en de teamleider bouw leveren twee keer per jaar een schriftelijke rapportage aan
beide bestuurscolleges: in januari over de lopende instroom en de tussentijdse resultaten, en in
juli
over de examens, de uitval en de uitputting van het budget. Het verslag van juli wordt in september
met beide colleges besproken.

H1: Artikel 5 Onderwijsprogramma en docenten (gewijzigd 2022)
De route duurt vijf jaar vanaf leerjaar 3. Wat per leerjaar wordt onderwezen en geëxamineerd, staat
in het gezamenlijke PTA/OER van de route. Docenten van de school en het ROC werken in één
docententeam en maken sinds 2022 gebruik van de teambevoegdheid; voor elk onderdeel is een bevoegde
docent betrokken. Het ROC levert in leerjaar 4 een
docent bouwtechniek voor vijf lesuren per week op de school.

H1: Artikel 6 Terugvaloptie
Een deelnemer die de route niet kan afmaken, krijgt een terugvaloptie die leidt tot een diploma. Tot
en met leerjaar 4 gaat hij door in de gewone kaderberoepsgerichte leerweg, in het profiel
Bouwen, wonen en interieur of een ander profiel. Is het vmbo-diploma in routejaar 3 nog niet binnen,
dan kan hij bij het ROC instromen in de opleiding Timmerman op niveau 2 of
een andere opleiding op niveau 2 of 3, zonder dat de vooropleidingseisen gelden, of een herexamen
doen. Wie in de mbo-fase vastloopt, kan kiezen voor een andere bouwopleiding van het ROC op niveau
3. De routeleider en de teamleider bouw beslissen gezamenlijk, nadat zij met de deelnemer en zijn
ouders hebben gesproken, op basis van de behaalde resultaten en de leeftijd van de deelnemer.

H1: Artikel 7 Klachten
Voor klachten van deelnemers of ouders geldt de regeling van de school zolang de deelnemer daar
staat ingeschreven, en daarna die van het ROC.

H1: Artikel 8 Bekostiging
De school draagt voor iedere deelnemer in leerjaar 4 jaarlijks 1.000 euro over aan het ROC. Het
bedrag
wordt in maart betaald.

H1: Artikel 9 Looptijd, opzegging en wijziging (gewijzigd 2022)
De overeenkomst heeft geen einddatum. Beëindiging door een partij kan per 1 augustus, met een
opzegtermijn van minstens een jaar. Deelnemers die dan al zijn begonnen, ronden de route af; nieuwe
deelnemers worden dan niet meer toegelaten. Een wijziging vereist een schriftelijk stuk dat beide
colleges ondertekenen. Tot 1 augustus 2022
luidde dit artikel: "Deze overeenkomst geldt voor de duur van het experiment."

H1: Artikel 10 Geschilbeslechting (ingevoegd 2022)
In deze overeenkomst worden afspraken opgenomen over de wijze van geschilbeslechting tussen de
deelnemende partijen over de uitvoering van de overeenkomst.

Oorspronkelijk ondertekend te Helmond op 12 maart 2014; het addendum is ondertekend te Helmond op 30
juni 2022.

SIG: Stichting Katholiek Onderwijs Peelrand | drs. K. Brouwers | voorzitter college van bestuur (2022)
SIG: Stichting ROC De Kempen-Peel | F. Raaijmakers | lid college van bestuur
"""


@sample("24_experiment_omgezet", "pdf",
        "Experiment-era 'Vakmanschapsroute' agreement (2014) converted to a DLR by a 2022 addendum, "
        "shown as a consolidated text in Courier with '(gewijzigd 2022)' / '(ingevoegd 2022)' "
        "markers in the headings and the former wording quoted. Helmond, BWI kb -> Allround "
        "timmerman 3. The overstap is still called 'Terugvaloptie' but is complete. The EUR 1.000 "
        "transfer has no bestemming; the inserted geschil article only restates the statute; "
        "article 9 covers opzegging, cohort protection and wijziging but not toetreding; no "
        "medezeggenschap text.",
        "p p p p p p w na w w",
        {"a": "Artikel 1 Sector, profiel en opleiding (gewijzigd 2022)", "b": "Artikel 2 Bedrijfsleven",
         "c": "Artikel 4a Routeleiding (ingevoegd 2022)", "d": "Artikel 4b Verantwoording (ingevoegd 2022)",
         "e": "Artikel 5 Onderwijsprogramma en docenten (gewijzigd 2022)", "f": "Artikel 6 Terugvaloptie"})
def build_24(path):
    build_pdf(path, parse(TXT_24), title="Vakmanschapsroute Bouw Helmond (geconsolideerd 2022)",
              font="Courier", size=9, justify=False, footer="blad {n}", margins=(22, 20, 20, 20))


# ============================================================================================
# 25  very short (one page) agreement with bold run-in headings, PDF. Flevoland (Lelystad):
#     HBR bb -> Bakker 2. Everything arranged in few words; no medezeggenschap text (na).
# ============================================================================================
TXT_25 = """
T: Overeenkomst doorlopende leerroute Bakkerij Lelystad

Stichting Openbaar Voortgezet Onderwijs Lelystad-Dronten (bevoegd gezag van het Zuiderzee
Vakcollege), vertegenwoordigd door J.P. Hoekstra, bestuurder, en Stichting Flevo Vakopleidingen
(instelling voor beroepsonderwijs), vertegenwoordigd door A. Benali, voorzitter college van bestuur,
spreken af:

RUN: 1. Route. | Het profiel Horeca, bakkerij en recreatie in de basisberoepsgerichte leerweg van
het
Zuiderzee Vakcollege loopt door in de mbo-opleiding Bakker, niveau 2 (bbl), domein Horeca en
bakkerij, van Flevo Vakopleidingen. Start in leerjaar 3, duur vier jaar; melding samen in RIO.

RUN: 2. Bakkerijen. | Bakkerij Kroes (Lelystad-Haven), Broodhuys Warande en Banketbakkerij De
Meerkoet
bieden praktijkdagen in leerjaar 4 en leerbanen in de mbo-fase, beoordelen de proeve van bekwaamheid
mee en bespreken elk voorjaar het programma met de routeleiding.

RUN: 3. Leiding. | De teamleider HBR van de school en de opleidingsmanager Food van Flevo
Vakopleidingen vormen de routeleiding; ieder wordt door het eigen bestuur aangewezen. Zij stellen
programma en rooster vast, verdelen de docenturen, beslissen over toelating en overstap en beheren
het leermiddelenbudget van 4.000 euro per jaar.

RUN: 4. Verantwoording. | De routeleiding stuurt beide besturen elk jaar vóór 1 juli een
schriftelijk
verslag over instroom, uitval, resultaten en budget en bespreekt dat in september met hen.

RUN: 5. Onderwijs. | Leerjaar 3 en 4 op school, in leerjaar 4 bovendien wekelijks een dag in de
leerbakkerij van Flevo Vakopleidingen; daarna op de instelling en in het leerbedrijf. Docenten van
beide partijen
vormen één team met teambevoegdheid; de instelling levert in leerjaar 4 een praktijkdocent bakken
voor vier uur per week. De instelling stelt haar leerbakkerij met ovens en deegmachines open, de
school haar keuken en theorielokaal. Programma en examens per leerjaar staan in het gezamenlijke
PTA/OER.

RUN: 6. Overstap. | Wie de route verlaat, maakt in leerjaar 3 of 4 de basisberoepsgerichte leerweg
op
school af, in dit of een ander profiel. Zonder vmbo-diploma kan de leerling bij de instelling toch
aan een opleiding op niveau 2 beginnen of het examen overdoen. Later is een switch mogelijk naar een
ander niveau 2-programma van de instelling. De routeleiding besluit na een gesprek met
leerling en ouders, met oog voor behaalde resultaten en leeftijd.

RUN: 7. Bekostiging. | Er wordt geen bekostiging overgedragen; ieder betaalt de eigen inzet.

RUN: 8. Geschillen. | Komen de routeleiders er niet uit, dan beslissen de bestuurders samen; lukt
dat
niet binnen zes weken, dan legt een van beide het geschil voor aan de rechtbank Midden-Nederland.

RUN: 9. Nieuwe partijen, duur en wijziging. | Een nieuwe school of instelling kan per 1 augustus
toetreden als beide besturen schriftelijk instemmen en zij deze overeenkomst tekent. Looptijd:
onbepaald. Opzeggen kan schriftelijk, per einde schooljaar en een jaar vooraf; zittende leerlingen
maken de route af. Wijzigen kan alleen schriftelijk
door beide besturen, en niet ten nadele van zittende leerlingen.

Lelystad, 8 mei 2024

SIG: Stichting Openbaar Voortgezet Onderwijs Lelystad-Dronten | J.P. Hoekstra | bestuurder
SIG: Stichting Flevo Vakopleidingen | A. Benali | voorzitter college van bestuur
"""


@sample("25_een_pagina", "pdf",
        "Very short agreement on a single page: nine clauses with bold run-in headings ('3. Leiding.' "
        "followed by the text on the same line), 8.5 pt. Flevoland (Lelystad), HBR bb -> Bakker 2. "
        "Every core element is there in few words; explicitly no transfer of bekostiging; nothing on "
        "medezeggenschap.",
        "p p p p p p p na p p",
        {"a": "1. Route.", "b": "2. Bakkerijen.", "c": "3. Leiding.", "d": "4. Verantwoording.",
         "e": "5. Onderwijs.", "f": "6. Overstap.", "g": "7. Bekostiging.", "i": "8. Geschillen.",
         "j": "9. Nieuwe partijen, duur en wijziging."})
def build_25(path):
    build_pdf(path, parse(TXT_25), title="Overeenkomst DLR Bakkerij Lelystad", font="Helvetica",
              size=8.5, footer=None, margins=(16, 18, 14, 18))


# ============================================================================================
# 26  "Hoofdstuk" / "Paragraaf" headings, DOCX with tables for the leiding and the funding
#     transfer. Gouda: Z&W gl -> Doktersassistent 4. Medezeggenschap only describes the law
#     ("kunnen") -> not_applicable; everything else present.
# ============================================================================================
TXT_26 = """
T: Samenwerkingsovereenkomst doorlopende leerroute Doktersassistent Gouda

H1: Hoofdstuk 1 Algemeen

H2: Paragraaf 1.1 Partijen
Stichting Goudse Scholengroep Hollandse IJssel, gevestigd te Gouda, bevoegd gezag van het
IJsselpoort
College, vertegenwoordigd door mevrouw M.C. Verkerk, voorzitter college van bestuur (hierna: het
IJsselpoort College), en Stichting ROC Groene Hart-West, gevestigd te Gouda, vertegenwoordigd door
de
heer drs. B. Yilmaz, lid college van bestuur (hierna: het ROC), hierna tezamen: partijen.

H2: Paragraaf 1.2 Begrippen
Leerroute: de doorlopende leerroute uit paragraaf 1.3. Routeleiding: de leiding uit paragraaf 3.1.
Leerling: iedere deelnemer aan de leerroute, ook na inschrijving bij het ROC.

H2: Paragraaf 1.3 De leerroute
Partijen bieden samen een doorlopende leerroute aan van het profiel Zorg en welzijn in de gemengde
leerweg van het IJsselpoort College naar de middenkaderopleiding Doktersassistent, niveau 4 (bol),
in het opleidingsdomein Gezondheidszorg van het ROC. De leerroute begint in leerjaar 3, duurt vijf
jaar en wordt door partijen gezamenlijk gemeld in RIO.

H1: Hoofdstuk 2 Samenwerking met het werkveld

H2: Paragraaf 2.1 Praktijkpartners
Zorggroep Goudse Waarden (zes huisartsenpraktijken), Gezondheidscentrum Bloemendaal en de
polikliniek van het Streekziekenhuis Midden-Holland zijn praktijkpartner. Zij ontvangen leerlingen
in leerjaar 4 voor een meeloopstage van vijf dagen, stellen in de mbo-fase stageplaatsen (bpv)
beschikbaar en
leveren jaarlijks twee gastlessen, onder meer over triage aan de telefoon. Een doktersassistent van
iedere praktijkpartner neemt de praktijkexamens mee af. De praktijkpartners hebben zitting in de
adviesraad zorg van het ROC, die eens per jaar het programma van de leerroute toetst aan de
praktijk.

H1: Hoofdstuk 3 Sturing

H2: Paragraaf 3.1 De routeleiding
De leiding over de leerroute is in handen van de routeleiding. Samenstelling en benoeming staan in
de tabel.

TABLE: leiding

De routeleiding is belast met het programma en het rooster, de inzet van docenten, de toelating van
leerlingen, de besluiten over overstap en de contacten met de praktijkpartners. Zij is bevoegd om
binnen de jaarbegroting van de leerroute zelfstandig uitgaven te doen en om namens partijen
bpv-afspraken met praktijkpartners te maken. Over personeelsformatie en gebouwen beslist elk college
van bestuur zelf.

H2: Paragraaf 3.2 Informatievoorziening aan de besturen
De routeleiding rapporteert tweemaal per jaar schriftelijk aan beide colleges van bestuur: in maart
over de voortgang van het lopende schooljaar en in oktober over het afgelopen schooljaar, met de
cijfers over instroom, uitval en examens en een overzicht van de besteding van de overgedragen
middelen. De oktoberrapportage komt aan de orde in het bestuurlijk overleg dat twee keer per jaar
plaatsvindt.

H1: Hoofdstuk 4 Onderwijs en organisatie

H2: Paragraaf 4.1 Programma en examinering
Leerjaar 3 en 4 vinden plaats op het IJsselpoort College, de mbo-fase op de zorglocatie van het ROC
aan de Burgemeester Jamessingel en bij de praktijkpartners. In het gezamenlijke PTA/OER staat voor
elk leerjaar wat er wordt gegeven en getoetst. Het vmbo-examen is uiterlijk in routejaar 3 afgerond.

H2: Paragraaf 4.2 Docenten, ruimten en middelen
Het IJsselpoort College en het ROC laten hun docenten samenwerken als één team dat de
teambevoegdheid toepast; elk programmaonderdeel heeft minimaal één bevoegde docent in het team. In
leerjaar 4 levert het ROC een docent medische vakken voor vijf lesuren per week op het IJsselpoort
College. Leerlingen van leerjaar 4 gebruiken
één middag per week de oefenspreekkamers en het laboratorium van het ROC; het IJsselpoort College
stelt zijn zorglokaal met verpleegbedden open voor ROC-docenten.

H2: Paragraaf 4.3 Overstap
Een leerling die de leerroute niet afmaakt, kan: in leerjaar 3 en 4 de gemengde leerweg van het
IJsselpoort College afronden; zonder vmbo-diploma toch bij het ROC starten in een niveau 3- of
4-opleiding, zonder dat vooropleidingseisen gelden, of het examenjaar herhalen; in de mbo-fase
overstappen naar een andere opleiding van het ROC op niveau 4 of, als dat beter past, niveau 3,
zoals Apothekersassistent of Medewerker maatschappelijke zorg. Het IJsselpoort College en het ROC
nemen het besluit samen via de routeleiding, in overleg met leerling en ouders en gelet op het
bereikte niveau en de leeftijd.

H1: Hoofdstuk 5 Financiën en medezeggenschap

H2: Paragraaf 5.1 Overdracht van middelen
Het IJsselpoort College draagt middelen over aan het ROC volgens de tabel.

TABLE: geld

H2: Paragraaf 5.2 Medezeggenschap
Op leerlingen van het IJsselpoort College, hun ouders en de medewerkers van die school is de WMS van
toepassing. Voor studenten van het ROC geldt de WEB en voor het personeel
van het ROC de WOR. Partijen kunnen aanvullende afspraken maken over de medezeggenschap in de
leerroute.

H1: Hoofdstuk 6 Slotbepalingen

H2: Paragraaf 6.1 Oplossen van geschillen
Een geschil tussen partijen over deze overeenkomst bespreekt de routeleiding eerst onderling. Lukt
een oplossing niet binnen een maand, dan komt het geschil in het bestuurlijk overleg. Blijft het
daarna nog zes weken onopgelost, dan schakelen partijen samen een mediator in; daarna staat de gang
naar de rechtbank Den Haag open.

H2: Paragraaf 6.2 Toetreding en uittreding
Toetreden kan een ander bevoegd gezag door deze overeenkomst mede te ondertekenen, nadat beide
partijen schriftelijk hebben ingestemd; steeds per 1 augustus. Een partij kan uittreden per 1
augustus, mits zij dat een jaar vooraf schriftelijk aankondigt. Na de uittreding
stromen geen nieuwe leerlingen in; zittende leerlingen maken de leerroute af.

H2: Paragraaf 6.3 Looptijd en wijziging
Deze overeenkomst werkt vanaf 1 augustus 2024 en is niet aan een termijn gebonden. Wijzigen gebeurt
op papier, getekend door beide colleges; een wijziging geldt vanaf het volgende schooljaar
en niet ten nadele van leerlingen die al in de leerroute zitten.

Gouda, 17 juni 2024

SIG: Stichting Goudse Scholengroep Hollandse IJssel | M.C. Verkerk | voorzitter college van bestuur
SIG: Stichting ROC Groene Hart-West | drs. B. Yilmaz | lid college van bestuur
"""

TABLES_26 = {
    "leiding": [
        ["Lid", "Functie", "Benoemd door", "Termijn"],
        ["1", "afdelingsleider bovenbouw gemengde leerweg", "college van bestuur IJsselpoort College",
         "zolang de functie wordt vervuld"],
        ["2", "teamleider Gezondheidszorg", "college van bestuur ROC", "zolang de functie wordt vervuld"],
        ["3", "routecoördinator (voorzitter)", "beide colleges van bestuur gezamenlijk",
         "drie jaar, eenmaal verlengbaar"],
    ],
    "geld": [
        ["Wat", "Omvang", "Bestemming", "Betaling"],
        ["Bijdrage per leerling in leerjaar 4 (telling 1 oktober)",
         "15% van de gemiddelde bekostiging per vmbo-leerling van het IJsselpoort College",
         "docent medische vakken in leerjaar 4 en gebruik oefenspreekkamers en laboratorium",
         "in één keer, vóór 1 februari"],
    ],
}


@sample("26_hoofdstuk_paragraaf", "docx",
        "'Hoofdstuk N' (Heading 1) and 'Paragraaf N.M' (Heading 2) structure; the composition and "
        "appointment of the routeleiding and the funding transfer (15% per pupil, with bestemming) "
        "are in Word tables. Gouda, Z&W gl -> Doktersassistent 4. 'Paragraaf 5.2 Medezeggenschap' "
        "only describes the law and that parties 'kunnen' make extra arrangements "
        "(not_applicable). Everything else present.",
        "p p p p p p p na p p",
        {"a": "Paragraaf 1.3 De leerroute", "b": "Paragraaf 2.1 Praktijkpartners",
         "c": "Paragraaf 3.1 De routeleiding", "d": "Paragraaf 3.2 Informatievoorziening aan de besturen",
         "e": "Paragraaf 4.2 Docenten, ruimten en middelen", "f": "Paragraaf 4.3 Overstap",
         "g": "Paragraaf 5.1 Overdracht van middelen", "i": "Paragraaf 6.1 Oplossen van geschillen",
         "j": "Paragraaf 6.2 Toetreding en uittreding"})
def build_26(path):
    d = new_docx("SOK DLR Doktersassistent Gouda", font="Cambria", size=10.5)
    docx_blocks(d, parse(TXT_26), tables=TABLES_26,
                widths={"leiding": [1.0, 5.2, 5.2, 4.6], "geld": [4.0, 4.4, 4.6, 3.0]})
    save_docx(d, path)


# ============================================================================================
# 27  decimal numbered headings "1." / "1.1" / "1.1.1", TXT. Zwolle: E&O bb -> Verkoper 2.
#     Reporting without a frequency (d weak); no faciliteiten (e weak); the heading
#     "5.3 Geschillen" covers pupils' complaints, not disputes between the parties (i weak).
# ============================================================================================
TXT_27 = """
T: SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE RETAIL ZWOLLE

H1: 1. Algemeen

H2: 1.1 Partijen
IT: 1.1.1 | Stichting Voortgezet Onderwijs IJssel en Vecht, gevestigd te Zwolle, bevoegd gezag van
het
Hanzeweg College, vertegenwoordigd door de heer W. Jonker, voorzitter college van bestuur, hierna:
de school.
IT: 1.1.2 | Stichting ROC Salland-Vechtdal, gevestigd te Zwolle, vertegenwoordigd door mevrouw
drs. F. Algra, lid college van bestuur, hierna: het ROC.

H2: 1.2 Onderwerp
IT: 1.2.1 | Profiel en opleiding. De school en het ROC verzorgen samen een doorlopende leerroute die
loopt van het profiel Economie en ondernemen in de basisberoepsgerichte leerweg van het Hanzeweg
College naar de opleiding Verkoper, niveau 2 (bol en bbl), in het opleidingsdomein Handel van het
ROC.
IT: 1.2.2 | Duur. Start in leerjaar 3; de route neemt vier jaar in beslag. De gezamenlijke melding
in RIO verzorgt het ROC namens beide partijen.

H1: 2. Organisatie

H2: 2.1 Routeleiding
IT: 2.1.1 | Samenstelling. De routeleiding bestaat uit de teamleider basis-kader van de school en de
teamleider Handel van het ROC.
IT: 2.1.2 | Aanwijzing. Ieder college van bestuur wijst de eigen teamleider aan als lid van de
routeleiding en deelt dat schriftelijk mee aan het andere college.
IT: 2.1.3 | Taken en bevoegdheden. De routeleiding stelt het programma en het rooster op, verdeelt
de
lessen, beslist over toelating en overstap (zie 4.2), en onderhoudt de contacten
met de leerbedrijven. Zij mag binnen de door de besturen goedgekeurde begroting uitgaven doen tot
2.500 euro per keer.

H2: 2.2 Informatie aan de besturen
De routeleiding houdt beide besturen op de hoogte door middel van een schriftelijke
voortgangsrapportage over leerlingaantallen, behaalde resultaten en voortijdig vertrek, en legt
daarin
verantwoording af over de uitvoering van haar taken.

H1: 3. Onderwijs

H2: 3.1 Programma en examens
De leerjaren 3 en 4 volgen de leerlingen op het Hanzeweg College, leerjaar 5 en 6 op het ROC en in
de bpv. Welke vmbo- en mbo-onderdelen in welk leerjaar aan bod komen en hoe die getoetst worden,
regelt het gezamenlijke PTA/OER.

H2: 3.2 Docenten
Het lesgeven gebeurt door een gezamenlijk docententeam dat de teambevoegdheid benut; elk
programmaonderdeel heeft een bevoegde docent. Het ROC zet in leerjaar 4 een docent
retail in voor drie lesuren per week op de school; de school levert in leerjaar 5 een docent rekenen
voor twee lesuren per week op het ROC.

H2: 3.3 Werkveld
IT: 3.3.1 | Leerbedrijven. Supermarkt Dekker Stadshagen, Modehuis Van Wijhe en Bouwmarkt Holtenbroek
zijn erkend leerbedrijf en bieden een driewekenstage in leerjaar 4 en later bpv-plaatsen en
bbl-banen.
IT: 3.3.2 | Winkelcentrum. De ondernemersvereniging Winkelcentrum Zwolle-Zuid stelt elk schooljaar
een praktijkopdracht beschikbaar, bijvoorbeeld het inrichten van een etalage, en levert twee
beoordelaars voor de praktijkexamens.
IT: 3.3.3 | Overleg. De routeleiding bespreekt het programma elk najaar met de leerbedrijven en de
ondernemersvereniging.

H1: 4. Leerlingen

H2: 4.1 Toelating
Aanmelden doen leerlingen in leerjaar 2. De routeleiding beslist na een kennismaking met leerling en
ouders.

H2: 4.2 Overstap
IT: 4.2.1 | Tijdens het vmbo-deel. Een leerling die de route verlaat, maakt de basisberoepsgerichte
leerweg van de school af, in Economie en ondernemen of een ander profiel.
IT: 4.2.2 | Zonder vmbo-diploma. Een leerling die het vmbo-diploma niet haalt, kan bij het ROC toch
beginnen aan een opleiding op niveau 2, zonder dat de vooropleidingseisen gelden, of het examenjaar
overdoen.
IT: 4.2.3 | In het mbo-deel. Een student die van richting wil veranderen, kan een andere niveau
2-opleiding van het ROC kiezen, bijvoorbeeld Logistiek medewerker of Medewerker evenementen.
IT: 4.2.4 | Besluit. De routeleiding neemt het besluit in overleg met leerling en ouders, gelet op
wat er al is behaald en op de leeftijd.

H2: 4.3 Inspraak
Partijen spreken af dat leerlingen van de route in leerjaar 4 een vertegenwoordiger kiezen die met
stemrecht deelneemt aan de leerlingenraad van de school en als toehoorder aan de studentenraad van
het ROC. MR (school) en studentenraad (ROC) hebben allebei adviesrecht over wijzigingen van het
PTA/OER van de route.

H1: 5. Financiële en overige bepalingen

H2: 5.1 Bekostiging
Er gaat geen geld van de ene naar de andere partij: bekostiging wordt niet overgedragen. De
uitwisseling van docenturen in 3.2 wordt niet
verrekend.

H2: 5.2 Privacy
Leerlinggegevens worden alleen gedeeld als de route dat vraagt.

H2: 5.3 Geschillen
Heeft een leerling of ouder een klacht over een docent van het ROC terwijl de leerling nog op de
school staat ingeschreven, dan behandelt de klachtencommissie van de school de klacht. Het ROC
verleent alle medewerking en voert de maatregelen uit die de commissie aanbeveelt.

H1: 6. Slotbepalingen

H2: 6.1 Toetreding
Nieuwe partijen kunnen aanschuiven met schriftelijk akkoord van beide besturen en door deze
overeenkomst te tekenen; ingangsdatum is 1 augustus.

H2: 6.2 Looptijd en opzegging
Ingangsdatum is 1 augustus 2024; een einddatum is er niet. Beide besturen kunnen schriftelijk
opzeggen; de opzegging werkt per 1 augustus en moet twaalf maanden eerder zijn gedaan. Wie op dat
moment al in de route zit, rondt die af; de instroom stopt.

H2: 6.3 Wijziging
Aanpassingen van deze tekst zijn alleen geldig als beide besturen ze op schrift hebben gezet en
getekend. Zij gaan in op 1 augustus en benadelen geen zittende routeleerlingen.

Zwolle, 29 mei 2024

SIG: Stichting Voortgezet Onderwijs IJssel en Vecht | W. Jonker | voorzitter college van bestuur
SIG: Stichting ROC Salland-Vechtdal | drs. F. Algra | lid college van bestuur
"""


@sample("27_decimale_nummering", "txt",
        "Decimal numbering '1.' / '1.1' / '1.1.1' (third level as labelled items with a run-in "
        "title), TXT with the title in capitals. Zwolle, E&O bb -> Verkoper 2. The reporting "
        "clause has a form but no frequency or moment; teachers are arranged but no use of "
        "faciliteiten; '5.3 Geschillen' is about pupils' complaints, not about disputes between the "
        "parties. Explicitly no transfer; extra medezeggenschap arrangements.",
        "p p p w w p p p w p",
        {"a": "1.2 Onderwerp", "b": "3.3 Werkveld", "c": "2.1 Routeleiding", "f": "4.2 Overstap",
         "g": "5.1 Bekostiging", "h": "4.3 Inspraak", "j": "6. Slotbepalingen"})
def build_27(path):
    path.write_text(render_txt(parse(TXT_27), width=92), encoding="utf-8")


# ============================================================================================
# 28  Markdown with question headings. Drechtsteden (Dordrecht): HBR kb -> Zelfstandig werkend
#     kok 3. The overstap is only "naar de Entree-opleiding" (weak); nothing on medezeggenschap
#     (na); bindend advies; transfer with omvang and bestemming.
# ============================================================================================
MD_28 = """\
# Samenwerkingsovereenkomst doorlopende leerroute Keuken Drechtsteden

_Horeca, bakkerij en recreatie (kaderberoepsgerichte leerweg) - Zelfstandig werkend kok (niveau 3)_

## Wie sluiten deze overeenkomst?

1. Stichting Scholengroep Merwede-Oevers, gevestigd te Dordrecht, bevoegd gezag van het Merwede
   Vakcollege, vertegenwoordigd door mevrouw J.A. Lagendijk, voorzitter van het college van
   bestuur (hierna: _het Vakcollege_);
2. Stichting ROC Drechtland, gevestigd te Dordrecht, vertegenwoordigd door de heer K. van der
   Giessen, voorzitter van het college van bestuur (hierna: _Drechtland_).

## Om welke leerroute gaat het?

Het Vakcollege en Drechtland verzorgen samen een doorlopende leerroute die het profiel Horeca,
bakkerij en recreatie in de kaderberoepsgerichte leerweg van het Vakcollege verbindt met de
opleiding Zelfstandig werkend kok, niveau 3 (bol), in het opleidingsdomein Horeca en bakkerij van
Drechtland. Start: leerjaar 3. Duur: vijf jaar. Beide partijen melden de route samen in RIO.

## Hoe werken de restaurants en cateraars mee?

- Restaurant De Stadswerven, Hotel-restaurant Merwezicht en cateraar Smaak van Dordt zijn erkend
  leerbedrijf en bieden leerlingen in leerjaar 4 een keukenstage van een maand en later
  stageplaatsen (bpv).
- Hun chef-koks verzorgen per schooljaar drie masterclasses en schrijven samen met de docenten de
  opdracht voor het examengerecht in leerjaar 4.
- Bij de proeve van bekwaamheid beoordeelt een chef van een van deze bedrijven mee.
- In juni bespreken de leerbedrijven met de routeleiding welke technieken en keuzedelen in het
  volgende jaar meer aandacht moeten krijgen.

## Wie stuurt de route aan?

De route wordt aangestuurd door de routeleiding: de sectieleider horeca van het Vakcollege en de
teamleider Food & hospitality van Drechtland. Het college van bestuur van het Vakcollege benoemt de
sectieleider als lid, het college van bestuur van Drechtland de teamleider. De routeleiding:

- stelt het programma, het rooster en de examenplanning vast;
- verdeelt de lesuren over het keukenteam;
- besluit over toelating en over een overstap;
- onderhoudt het contact met de leerbedrijven;
- mag binnen de jaarbegroting zelf bestellingen doen tot 3.000 euro; grotere uitgaven keuren de
  colleges van bestuur goed.

## Hoe horen de besturen hoe het gaat?

De routeleiding stuurt elk jaar vóór 15 juli een jaarverslag aan beide colleges van bestuur, met
leerlingaantallen, behaalde examens, voortijdige uitstroom en een overzicht van waaraan de
overgedragen middelen zijn uitgegeven. In oktober bespreekt zij het verslag met beide colleges.

## Waar, door wie en met welke middelen wordt lesgegeven?

| Leerjaar | Waar | Wie geeft les | Voorzieningen |
|---|---|---|---|
| 3 | Merwede Vakcollege | docenten van het Vakcollege | schoolkeuken en restaurantlokaal van het Vakcollege |
| 4 | Merwede Vakcollege, twee middagen per week bij Drechtland | één keukenteam van beide partijen (teambevoegdheid), met een kok-docent van Drechtland voor vijf uur per week | leerrestaurant en banqueting-keuken van Drechtland |
| 5 t/m 7 | Drechtland en leerbedrijf | docenten van Drechtland; het Vakcollege levert in leerjaar 5 een docent Engels | leerrestaurant van Drechtland; het Vakcollege stelt zijn schoolkeuken open voor extra oefenuren |

Elk vak en elk praktijkonderdeel heeft een bevoegde docent in het keukenteam. Vakken, examens en
stages per leerjaar staan in het PTA/OER van de route.

## Wat gebeurt er als een leerling uitvalt?

Een leerling die de route verlaat, kan worden aangemeld bij de Entree-opleiding van Drechtland.

## Wie betaalt wat?

Het Vakcollege draagt 950 euro over aan Drechtland voor elke leerling die op de teldatum 1 oktober
in leerjaar 4 van de route zit. Drechtland gebruikt dit bedrag voor de inzet van de kok-docent
in leerjaar 4 en voor de ingrediënten en het gebruik van het leerrestaurant. Betaling
volgt in januari. Alle andere kosten draagt iedere partij zelf.

## Hoe lossen we meningsverschillen op?

1. De routeleiding probeert een meningsverschil binnen drie weken zelf op te lossen.
2. Lukt dat niet, dan overleggen beide bestuursvoorzitters binnen vier weken.
3. Blijft het verschil bestaan, dan wordt een bindend advies gevraagd aan een onafhankelijke
   deskundige uit het onderwijs die beide voorzitters samen kiezen. Beide partijen houden zich aan
   dat advies.

## Kan de overeenkomst veranderen of stoppen, en kunnen anderen aansluiten?

- **Aansluiten:** een nieuwe school of mbo-instelling kan partij worden als beide colleges
  van bestuur schriftelijk instemmen en de nieuwe partij deze overeenkomst ondertekent, met
  ingang van 1 augustus.
- **Veranderen:** wijzigingen komen op papier en worden door beide colleges getekend; ze gaan in
  per nieuw schooljaar en mogen leerlingen in de route niet benadelen.
- **Stoppen:** de overeenkomst geldt vanaf 1 augustus 2024 voor onbepaalde tijd. Opzeggen kan
  schriftelijk tegen 1 augustus met een opzegtermijn van een jaar. Daarna begint er geen nieuwe
  groep; de huidige routeleerlingen ronden hun opleiding af.

## Wie tekenen?

Dordrecht, 4 juli 2024

| Stichting Scholengroep Merwede-Oevers | Stichting ROC Drechtland |
|---|---|
| J.A. Lagendijk, voorzitter college van bestuur | K. van der Giessen, voorzitter college van bestuur |
| handtekening: ______________________ | handtekening: ______________________ |
"""


@sample("28_vraagkoppen_markdown", "md",
        "Markdown with question headings ('## Wie stuurt de route aan?', '## Wie betaalt wat?'), "
        "bullet lists, bold run-in labels and a Markdown table for teaching places, staff and "
        "facilities. Drechtsteden (Dordrecht), HBR kb -> Zelfstandig werkend kok 3. The overstap "
        "section only says a pupil can be referred to the Entree-opleiding. No medezeggenschap text. "
        "Bindend advies; EUR 950 per pupil with bestemming.",
        "p p p p p w p na p p",
        {"a": "Om welke leerroute gaat het?", "b": "Hoe werken de restaurants en cateraars mee?",
         "c": "Wie stuurt de route aan?", "d": "Hoe horen de besturen hoe het gaat?",
         "e": "Waar, door wie en met welke middelen wordt lesgegeven?", "g": "Wie betaalt wat?",
         "i": "Hoe lossen we meningsverschillen op?",
         "j": "Kan de overeenkomst veranderen of stoppen, en kunnen anderen aansluiten?"})
def build_28(path):
    path.write_text(MD_28, encoding="utf-8")


# ============================================================================================
# check and main
# ============================================================================================
def extract_text(path: Path) -> tuple[str, int]:
    """Plain text of a generated file and its page count (1 for non-PDF)."""
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages), len(pdf.pages)
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts), 1
    return path.read_text(encoding="utf-8"), 1


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("*", "").replace("#", "")).strip()


def check(selected) -> None:
    for s in selected:
        path = OUT / f"{s['name']}.{s['ext']}"
        exp = json.loads((OUT / f"{s['name']}.expected.json").read_text(encoding="utf-8"))
        assert list(exp["statuses"]) == list(LETTERS), path
        assert exp["split"] == "train"
        assert path.stat().st_size < 200_000, path
        text, pages = extract_text(path)
        flat = _norm(text)
        for k, heading in exp.get("evidence", {}).items():
            assert exp["statuses"][k] == "present", (path.name, k)
            assert _norm(heading) in flat, f"{path.name}: evidence {k} {heading!r} not found"
        if path.suffix == ".pdf":
            import pdfplumber
            with pdfplumber.open(path) as pdf:
                first = (pdf.pages[0].extract_text() or "").strip()
            assert first, path
        elif path.suffix == ".docx":
            d = docx.Document(str(path))
            first = d.paragraphs[0].text
            assert first.strip(), path
        else:
            first = text[:80]
        if s["name"].startswith("21"):
            assert pages >= 6, pages
        if s["name"].startswith("25"):
            assert pages == 1, pages
        print(f"ok  {path.name:36s} {path.stat().st_size:7d} B  {pages:2d} p.  "
              f"{' '.join(v[0] if v != 'not_applicable' else 'na' for v in exp['statuses'].values())}"
              f"  | {first[:60]!r}")
    print("all checks passed")


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "--check"]
    selected = [s for s in SAMPLES if not args or any(s["name"].startswith(a) for a in args)]
    if "--check" not in argv:
        for s in selected:
            path = OUT / f"{s['name']}.{s['ext']}"
            s["builder"](path)
            write_expected(s)
    check(selected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
