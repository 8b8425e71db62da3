#!/usr/bin/env python3
"""Build held-out sample agreements h121-h128 for leerroute-check.

Written by an independent author session (a helper started by the project), working only from the
two official guidance documents in /work/shared/seeds (bouwsteen samenwerkingsovereenkomst and
bouwsteen overstapoptie), /work/shared/domain.md and sample_agreements/LABELS.md. The author did not
look at the checker code, its models or tests, or at the text, labels or build scripts of any other
sample. Every school, instelling, company and person is made up.

Usage:
    python3 build_heldout9a.py              build all samples
    python3 build_heldout9a.py h121 h123    build only these
    python3 build_heldout9a.py --check      open every produced file and verify it
"""
import html
import io
import json
import os
import re
import sys
import textwrap
import zipfile
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ITEMS = "abcdefghij"
SAMPLES = []


def sample(num, slug, fmt, description, statuses, evidence, text, style=None):
    """Register one agreement. statuses: dict a..j -> present/weak/missing/not_applicable."""
    assert set(statuses) == set(ITEMS), num
    for k, v in statuses.items():
        assert v in ("present", "weak", "missing", "not_applicable"), (num, k, v)
    for k in evidence:
        assert statuses[k] == "present", (num, k)
    SAMPLES.append(dict(id="h%d" % num, name="h%d_%s" % (num, slug), fmt=fmt,
                        description=description, statuses=statuses, evidence=evidence,
                        text=text, style=style or {}))


# --------------------------------------------------------------------------------------------
# A tiny markup shared by all renderers
#   "# "  title            "## " heading 1        "### " heading 2
#   "- "  bullet           "> "  bold lead line    "| a | b |" table row
#   "===" page break       blank line ends a paragraph; lines of a paragraph are joined
#   "**x**" inline bold inside paragraphs and bullets
# --------------------------------------------------------------------------------------------

def parse(text):
    blocks = []
    para = []

    def flush():
        if para:
            blocks.append(["p", " ".join(para)])
            para.clear()

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        s = line.strip()
        if not s:
            flush()
            continue
        if line.startswith("# "):
            flush(); blocks.append(["title", line[2:].strip()])
        elif line.startswith("## "):
            flush(); blocks.append(["h1", line[3:].strip()])
        elif line.startswith("### "):
            flush(); blocks.append(["h2", line[4:].strip()])
        elif line.startswith("- "):
            flush(); blocks.append(["li", line[2:].strip()])
        elif line.startswith("> "):
            flush(); blocks.append(["lead", line[2:].strip()])
        elif line.startswith("|"):
            flush()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(["table", [cells]])
        elif s == "===":
            flush(); blocks.append(["pagebreak", ""])
        elif line.startswith("  ") and not para and blocks and blocks[-1][0] in ("li", "lead"):
            blocks[-1][1] += " " + s
        else:
            para.append(s)
    flush()
    return blocks


def strip_bold(s):
    return s.replace("**", "")


# ---------------------------------------------------------------- TXT / MD

def render_txt(blocks, style):
    width = style.get("width", 78)
    out = []

    def wrap(s, indent="", sub=""):
        return textwrap.fill(s, width=width, initial_indent=indent, subsequent_indent=sub,
                             break_on_hyphens=False, break_long_words=False)

    for kind, val in blocks:
        if kind == "title":
            t = strip_bold(val)
            out.append(t)
            out.append("=" * min(len(t), width))
            out.append("")
        elif kind == "h1":
            t = strip_bold(val)
            if out and out[-1] != "":
                out.append("")
            out.append(t)
            out.append(style.get("h1_underline", "-") * min(len(t), width))
        elif kind == "h2":
            out.append(strip_bold(val))
        elif kind == "p":
            out.append(wrap(strip_bold(val)))
            out.append("")
        elif kind == "lead":
            out.append(wrap(strip_bold(val)))
            out.append("")
        elif kind == "li":
            out.append(wrap(strip_bold(val), "  - ", "    "))
        elif kind == "table":
            for row in val:
                out.append(" | ".join(strip_bold(c) for c in row))
            out.append("")
        elif kind == "pagebreak":
            out.append("")
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    # a bullet list is followed by a blank line
    return txt


def render_md(blocks, style):
    out = []
    prev = None
    for kind, val in blocks:
        if kind != "li" and prev == "li":
            out.append("")
        if kind == "title":
            out.append("# " + val)
            out.append("")
        elif kind == "h1":
            out.append("## " + val)
            out.append("")
        elif kind == "h2":
            out.append("### " + val)
            out.append("")
        elif kind == "p":
            out.append(val)
            out.append("")
        elif kind == "lead":
            out.append("**" + strip_bold(val) + "**")
            out.append("")
        elif kind == "li":
            out.append("- " + val)
        elif kind == "table":
            head = val[0]
            out.append("| " + " | ".join(head) + " |")
            out.append("|" + "|".join(["---"] * len(head)) + "|")
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        elif kind == "pagebreak":
            out.append("---")
            out.append("")
        prev = kind
    txt = "\n".join(out)
    txt = re.sub(r"\n{3,}", "\n\n", txt).strip() + "\n"
    return txt


# ---------------------------------------------------------------- PDF

def _rl_inline(s):
    s = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def render_pdf(blocks, style, path, title):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)

    fam = style.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
            "Courier": "Courier-Bold"}[fam]
    size = style.get("size", 10)
    lead = size * 1.35
    align = TA_JUSTIFY if style.get("justify") else TA_LEFT
    st_title = ParagraphStyle("t", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25,
                              alignment=TA_CENTER if style.get("center_title") else TA_LEFT,
                              spaceAfter=8)
    st_h1 = ParagraphStyle("h1", fontName=bold, fontSize=size + 2, leading=(size + 2) * 1.3,
                           spaceBefore=10, spaceAfter=4,
                           keepWithNext=1,
                           textColor=colors.HexColor(style.get("h1_color", "#000000")))
    st_h2 = ParagraphStyle("h2", fontName=bold, fontSize=size + 0.5, leading=lead,
                           spaceBefore=6, spaceAfter=2, keepWithNext=1)
    st_p = ParagraphStyle("p", fontName=fam, fontSize=size, leading=lead, alignment=align,
                          spaceAfter=5)
    st_lead = ParagraphStyle("lead", parent=st_p, fontName=bold, spaceAfter=3, keepWithNext=1,
                             backColor=colors.HexColor(style["lead_bg"]) if style.get("lead_bg") else None)
    st_li = ParagraphStyle("li", parent=st_p, leftIndent=14, bulletIndent=4, spaceAfter=2)
    st_cell = ParagraphStyle("c", fontName=fam, fontSize=size - 1, leading=(size - 1) * 1.3)

    story = []
    for kind, val in blocks:
        if kind == "title":
            story.append(Paragraph(_rl_inline(val), st_title))
        elif kind == "h1":
            story.append(Paragraph(_rl_inline(val), st_h1))
        elif kind == "h2":
            story.append(Paragraph(_rl_inline(val), st_h2))
        elif kind == "p":
            story.append(Paragraph(_rl_inline(val), st_p))
        elif kind == "lead":
            story.append(Paragraph(_rl_inline(strip_bold(val)), st_lead))
        elif kind == "li":
            story.append(Paragraph(_rl_inline(val), st_li, bulletText="\u2022"))
        elif kind == "table":
            data = [[Paragraph(_rl_inline(c), st_cell) for c in row] for row in val]
            ncol = len(val[0])
            avail = A4[0] - 2 * style.get("margin", 25) * mm
            widths = style.get("col_widths")
            if widths and len(widths) == ncol:
                colw = [avail * w for w in widths]
            else:
                colw = [avail / ncol] * ncol
            t = Table(data, colWidths=colw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "pagebreak":
            story.append(PageBreak())

    footer = style.get("footer", "")

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(fam, 7.5)
        canvas.drawString(style.get("margin", 25) * mm, 12 * mm, footer)
        canvas.drawRightString(A4[0] - style.get("margin", 25) * mm, 12 * mm,
                               "pagina %d" % doc.page)
        canvas.restoreState()

    m = style.get("margin", 25) * mm
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=m, rightMargin=m, topMargin=22 * mm,
                            bottomMargin=22 * mm, title=title, author=style.get("author", ""),
                            subject="Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo",
                            creator="build_heldout9a", producer="build_heldout9a", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- DOCX

def _docx_runs(par, text, bold_all=False):
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2])
            r.bold = True
        else:
            r = par.add_run(part)
            if bold_all:
                r.bold = True


def render_docx(blocks, style, path, title):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = style.get("font", "Calibri")
    normal.font.size = Pt(style.get("size", 11))
    heading_as_bold = style.get("heading_as_bold", False)
    for kind, val in blocks:
        if kind == "title":
            if heading_as_bold:
                p = d.add_paragraph()
                _docx_runs(p, val, bold_all=True)
                p.runs[0].font.size = Pt(style.get("size", 11) + 4)
            else:
                d.add_heading(strip_bold(val), level=0)
        elif kind in ("h1", "h2"):
            if heading_as_bold:
                p = d.add_paragraph()
                _docx_runs(p, val, bold_all=True)
            else:
                d.add_heading(strip_bold(val), level=1 if kind == "h1" else 2)
        elif kind == "p":
            p = d.add_paragraph()
            _docx_runs(p, val)
        elif kind == "lead":
            p = d.add_paragraph()
            _docx_runs(p, strip_bold(val), bold_all=True)
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet")
            _docx_runs(p, val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = ""
                    _docx_runs(cell.paragraphs[0], c, bold_all=(i == 0))
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    cp = d.core_properties
    cp.title = title
    cp.author = style.get("author", "")
    cp.last_modified_by = style.get("author", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.subject = "Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo"
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps and a fixed member order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------- build and check

def expected_for(s):
    return {"description": s["description"], "split": "heldout",
            "statuses": {k: s["statuses"][k] for k in ITEMS},
            "evidence": dict(sorted(s["evidence"].items()))}


def first_title(blocks):
    for kind, val in blocks:
        if kind == "title":
            return strip_bold(val)
    return ""


def build(s):
    blocks = parse(s["text"])
    base = os.path.join(HERE, s["name"])
    path = base + "." + s["fmt"]
    title = first_title(blocks)
    if s["fmt"] == "txt":
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(render_txt(blocks, s["style"]))
    elif s["fmt"] == "md":
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(render_md(blocks, s["style"]))
    elif s["fmt"] == "pdf":
        render_pdf(blocks, s["style"], path, title)
    elif s["fmt"] == "docx":
        render_docx(blocks, s["style"], path, title)
    else:
        raise ValueError(s["fmt"])
    with open(base + ".expected.json", "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(expected_for(s), ensure_ascii=False, indent=2) + "\n")
    print("wrote", os.path.basename(path))


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        pdf.close()
        return "\n".join(parts)
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = []
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            ts = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, flags=re.S)
            paras.append(html.unescape("".join(ts)))
        return "\n".join(paras)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    names = set()
    for s in SAMPLES:
        assert s["name"] not in names
        names.add(s["name"])
        base = os.path.join(HERE, s["name"])
        path = base + "." + s["fmt"]
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                text = norm(extract(path))
            except Exception as e:  # noqa
                text = ""
                errs.append("cannot open: %r" % e)
            for k, ev in s["evidence"].items():
                if norm(ev) not in text:
                    errs.append("evidence %s not found: %r" % (k, ev))
            for k in ITEMS:
                if s["statuses"][k] == "present" and k not in s["evidence"]:
                    errs.append("no evidence for present item %s" % k)
            try:
                with open(base + ".expected.json", encoding="utf-8") as f:
                    exp = json.load(f)
                if exp != expected_for(s):
                    errs.append("expected.json differs from table")
            except Exception as e:  # noqa
                errs.append("expected.json: %r" % e)
            words = len(text.split())
        print("%-70s %s" % (os.path.basename(path),
                            "OK (%d words, %d bytes)" % (words, os.path.getsize(path))
                            if not errs else "FAIL"))
        for e in errs:
            print("   ", e)
        ok = ok and not errs
    fmts = [s["fmt"] for s in SAMPLES]
    print("formats:", {f: fmts.count(f) for f in sorted(set(fmts))})
    return ok


# ============================================================================================
# THE AGREEMENTS
# ============================================================================================

# --------------------------------------------------------------------------------------------
# h121 - long agreement drafted by the school board's in-house jurist, with considerans,
#        definitions, chapters, a juridische toelichting and a financial annex.
# --------------------------------------------------------------------------------------------
H121 = r"""
# Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Elektrotechniek en Installatietechniek Brabantse Wal

Kenmerk: SBW/JZ/2025-041. Opgesteld door de afdeling Juridische Zaken van Stichting Brabantse Wal Onderwijs in afstemming met de bestuurssecretaris van Stichting Regionaal Opleidingencentrum Zoom en Schelde. Definitieve tekst na bestuurlijk overleg van 12 juni 2025.

## De ondergetekenden

1. **Stichting Brabantse Wal Onderwijs**, statutair gevestigd te Bergen op Zoom, kantoorhoudende aan de Ravelstraat 14 te (4611 AX) Bergen op Zoom, ingeschreven in het handelsregister onder nummer 60412978, bevoegd gezag van de scholengemeenschap voor vmbo De Ravelijn (brinnummer 31QZ), te dezen rechtsgeldig vertegenwoordigd door mr. drs. A.C. van Gastel-Verbraak, voorzitter van het college van bestuur, hierna te noemen: "de School";

2. **Stichting Regionaal Opleidingencentrum Zoom en Schelde**, statutair gevestigd te Roosendaal, kantoorhoudende aan de Bovendonk 101 te (4707 ZH) Roosendaal, ingeschreven in het handelsregister onder nummer 41103387, bevoegd gezag van de instelling voor beroepsonderwijs ROC Zoom en Schelde (brinnummer 27KW), te dezen rechtsgeldig vertegenwoordigd door drs. R.J.M. Oomen, voorzitter van het college van bestuur, hierna te noemen: "de Instelling";

hierna gezamenlijk te noemen: "Partijen" en ieder afzonderlijk: "Partij".

## Overwegende dat

a. Partijen sinds het schooljaar 2017-2018 samenwerken in de technologieroute Installatietechniek, die is uitgevoerd op grond van een samenwerkingsovereenkomst van 4 juli 2017 onder het Besluit experimenten doorlopende leerlijnen vmbo-mbo;

b. sinds de inwerkingtreding van de Wet doorlopende leerroutes vmbo-mbo (Stb. 2020, 157) een doorlopende leerroute slechts kan worden verzorgd op grond van een samenwerkingsovereenkomst als bedoeld in artikel 2.107b van de Wet voortgezet onderwijs 2020 (hierna: WVO 2020) en artikel 9.1.3 van de Wet educatie en beroepsonderwijs (hierna: WEB), waarin ten minste de in het tweede lid van die artikelen genoemde onderwerpen worden geregeld;

c. Partijen de experimentele samenwerking willen voortzetten als doorlopende leerroute in de zin van de wet en daartoe de overeenkomst van 4 juli 2017 in haar geheel wensen te vervangen;

d. de medezeggenschapsraad van de School en de studentenraad en de ondernemingsraad van de Instelling over het voornemen tot het aangaan van deze samenwerking advies hebben uitgebracht, respectievelijk op 22 april 2025, 6 mei 2025 en 13 mei 2025;

e. Partijen in deze overeenkomst de hoofdlijnen vastleggen en de nadere uitwerking van het onderwijsprogramma opnemen in het gezamenlijke PTA/OER;

verklaren te zijn overeengekomen als volgt.

## Hoofdstuk 1. Algemene bepalingen

### Artikel 1. Begripsbepalingen

In deze overeenkomst wordt verstaan onder:

- **Route**: de doorlopende leerroute vmbo-mbo, bedoeld in artikel 2.107a WVO 2020 en artikel 9.1.2 WEB, die Partijen op grond van deze overeenkomst gezamenlijk verzorgen;
- **Deelnemer**: de jongere die aan de Route deelneemt, in de vo-fase als leerling van de School en in de mbo-fase als student van de Instelling;
- **vo-fase**: het eerste en tweede leerjaar van de Route, zijnde het derde en vierde leerjaar van de kaderberoepsgerichte leerweg;
- **mbo-fase**: het derde en vierde leerjaar van de Route;
- **Routeraad**: de leiding over de Route, bedoeld in artikel 5;
- **Routecoördinator**: de functionaris, bedoeld in artikel 5, derde lid;
- **Werkveldraad**: het adviesorgaan, bedoeld in artikel 4, tweede lid;
- **PTA/OER**: het door Partijen gezamenlijk vastgestelde programma van toetsing en afsluiting en de onderwijs- en examenregeling voor de gehele Route;
- **Besturen**: de colleges van bestuur van Partijen.

### Artikel 2. Onderwerp: de Route

1. Partijen verzorgen gezamenlijk een doorlopende leerroute vmbo-mbo die aansluit op het profiel Produceren, installeren en energie (PIE) in de kaderberoepsgerichte leerweg van de School en leidt tot een vakopleiding (niveau 3) in het aanverwante opleidingsdomein Installatie- en energietechniek van de Instelling.

2. Binnen de Route kan de Deelnemer bij de overgang naar de mbo-fase kiezen uit de kwalificaties Eerste monteur elektrotechnische installaties woning en utiliteit (niveau 3) en Eerste monteur installatietechniek woning en utiliteit (niveau 3), beide in de beroepsopleidende leerweg.

3. De Route leidt tot het diploma vmbo kaderberoepsgerichte leerweg, profiel PIE, en tot het mbo-diploma van de gekozen kwalificatie. De nominale duur van de Route bedraagt vier leerjaren.

### Artikel 3. Doel van de samenwerking

Partijen beogen met de Route een ononderbroken, inhoudelijk samenhangend programma zonder dubbelingen tussen vmbo- en mbo-stof, dat Deelnemers opleidt voor de regionale installatiebranche, waar een groot tekort aan vakmensen bestaat. Partijen melden de Route gezamenlijk aan Onze Minister overeenkomstig artikel 20.

## Hoofdstuk 2. Het bedrijfsleven

### Artikel 4. Betrokkenheid van het bedrijfsleven

1. Partijen betrekken het regionale bedrijfsleven bij de invulling van de Route op de wijze die in dit artikel is beschreven.

2. Partijen stellen een Werkveldraad Installatietechniek Brabantse Wal in. Deze bestaat uit ten minste vier vertegenwoordigers van erkende leerbedrijven in de regio, een vertegenwoordiger van de regionale afdeling van de brancheorganisatie Techniek Nederland en de adviseur praktijkleren van de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB). Bij het aangaan van deze overeenkomst nemen in elk geval deel: Van Oers Installatietechniek B.V. te Halsteren, Elektro Dekkers Woensdrecht B.V., Klimaatbouw Zuidwest B.V. te Bergen op Zoom en Installatiebedrijf Gebr. Luijks te Ossendrecht.

3. De Werkveldraad komt ten minste twee maal per schooljaar bijeen en adviseert de Routeraad gevraagd en ongevraagd over de inhoud van het onderwijsprogramma, de keuzedelen en de aansluiting van de Route op de ontwikkelingen in de branche, waaronder de energietransitie.

4. De leerbedrijven in de Werkveldraad zeggen voor de looptijd van deze overeenkomst toe dat zij:
- in de vo-fase per leerjaar ten minste twee praktijkopdrachten aanleveren en begeleiden;
- in het tweede leerjaar van de Route snuffelstages van vijf dagen aanbieden;
- in de mbo-fase bpv-plaatsen aanbieden voor ten minste het aantal Deelnemers dat in die fase instroomt;
- per schooljaar ten minste vier gastlessen verzorgen;
- een praktijkbeoordelaar leveren voor de proeve van bekwaamheid aan het einde van de Route.

## Hoofdstuk 3. Leiding en verantwoording

### Artikel 5. Samenstelling en benoeming van de leiding

1. De leiding over de Route berust bij de Routeraad.

2. De Routeraad bestaat uit:
- de afdelingsdirecteur vmbo techniek van De Ravelijn;
- de teamleider Installatietechniek van het college Techniek van de Instelling;
- de Routecoördinator, die tevens als secretaris optreedt en geen stemrecht heeft.

3. Het college van bestuur van de School benoemt de afdelingsdirecteur, het college van bestuur van de Instelling benoemt de teamleider als lid van de Routeraad. De Routecoördinator wordt door de Besturen gezamenlijk benoemd, op voordracht van de beide andere leden van de Routeraad, voor een periode van drie jaar, met de mogelijkheid van herbenoeming. Een benoeming kan op dezelfde wijze worden ingetrokken.

4. Bij verhindering laat een lid zich vervangen door een door het eigen college van bestuur aangewezen plaatsvervanger.

### Artikel 6. Taken en bevoegdheden van de leiding

1. De Besturen dragen de Routeraad de volgende taken op:
- het opstellen van het ontwerp van het gezamenlijke PTA/OER en de jaarlijkse actualisering daarvan;
- de roostering en de organisatie van het onderwijs op beide locaties;
- de inzet van het routeteam binnen de door de Besturen toegekende formatie;
- de toelating van leerlingen tot de Route en de begeleiding van Deelnemers;
- de voorbereiding van besluiten over de overstapoptie, bedoeld in artikel 12;
- de kwaliteitszorg en de jaarlijkse evaluatie van de Route;
- het onderhouden van de contacten met de Werkveldraad.

2. De Routeraad is bevoegd zelfstandig te besluiten over het rooster, de verdeling van lesuren tussen de locaties, de inzet van docenten binnen de toegekende formatie en de besteding van het routebudget tot een bedrag van EUR 10.000 per afzonderlijke uitgave.

3. Voorbehouden aan de Besturen blijven in elk geval: de vaststelling van het PTA/OER, besluiten over de rechtspositie van personeel, financiële verplichtingen boven het in het tweede lid genoemde bedrag en wijzigingen van deze overeenkomst.

4. De Routeraad besluit bij consensus. Bereikt de Routeraad geen overeenstemming, dan legt hij de kwestie voor aan de Besturen.

### Artikel 7. Inlichtingen en verantwoording

1. De Routeraad verstrekt de Besturen gevraagd en ongevraagd alle inlichtingen die zij voor de uitoefening van hun verantwoordelijkheid voor de Route nodig hebben.

2. De Routeraad legt verantwoording af aan beide Besturen door middel van:
- een halfjaarlijkse voortgangsrapportage, uiterlijk op 1 februari en 1 september van elk jaar;
- een jaarverslag over het afgelopen schooljaar, uiterlijk op 1 november, met daarin in elk geval de in-, door- en uitstroom, de examenresultaten, de toepassing van de overstapoptie, de uitkomsten van de tevredenheidsonderzoeken en de besteding van de middelen, bedoeld in artikel 13.

3. De Besturen bespreken de rapportages met de Routeraad in een bestuurlijk overleg dat ten minste twee maal per jaar plaatsvindt.

4. De Routeraad meldt incidenten en omstandigheden die de continuïteit van de Route kunnen raken onverwijld aan beide Besturen.

## Hoofdstuk 4. Organisatorische en onderwijskundige inrichting

### Artikel 8. Onderwijsprogramma en examinering

1. Partijen beschrijven voor de gehele Route het onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per leerjaar in het gezamenlijke PTA/OER. Daarin is per programmaonderdeel aangegeven of het tot het vo-deel, het mbo-deel of beide behoort.

2. Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de Route. Onderdelen van het mbo-examen kunnen vanaf het eerste leerjaar van de Route worden afgenomen.

3. De School blijft verantwoordelijk voor het vmbo-deel en de vmbo-examinering en -diplomering; de Instelling is verantwoordelijk voor het mbo-deel, de beroepspraktijkvorming en de mbo-examinering en -diplomering.

### Artikel 9. Locaties en gebruik van faciliteiten

1. De Route wordt verzorgd op de locatie van De Ravelijn, Ravelstraat 14 te Bergen op Zoom, en op de Technische Campus van de Instelling, Vijfhoek 2 te Roosendaal.

2. In de vo-fase volgen Deelnemers het onderwijs in de regel op De Ravelijn en één dag per week praktijkonderwijs in de installatiewerkplaats van de Technische Campus. In de mbo-fase wordt het onderwijs op de Technische Campus gegeven, met uitzondering van de herkansingen van het vmbo-examen.

3. Partijen stellen elkaar over en weer en zonder doorberekening van kosten de volgende faciliteiten ter beschikking: de installatiewerkplaats, het elektrotechnisch practicumlokaal en de meetapparatuur van de Instelling, en het techniekpaviljoen en de ICT-lokalen van De Ravelijn. De Deelnemers krijgen toegang tot de elektronische leeromgeving van beide Partijen.

4. De Instelling verzorgt het vervoer van Deelnemers in de vo-fase tussen beide locaties op de praktijkdag.

### Artikel 10. Inzet van personeel en teambevoegdheid

1. De docenten van beide Partijen die in de Route lesgeven vormen één routeteam onder leiding van de Routecoördinator. Zij blijven in dienst van hun eigen werkgever; de arbeidsvoorwaarden van die werkgever blijven op hen van toepassing.

2. De School zet per schooljaar ten minste 1,2 fte in voor de algemene vakken en het profielvak PIE; de Instelling zet ten minste 0,6 fte mbo-docenten in, onder wie in de vo-fase één praktijkdocent op de praktijkdag.

3. Partijen maken gebruik van de teambevoegdheid, bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, voor de vak- en sectoroverstijgende programmaonderdelen Installeren en energie en Elektrotechniek basis. Elk teamlid is bevoegd voor ten minste één vak of voldoet aan artikel 4.2.1 WEB, het team beschikt gezamenlijk over de bevoegdheden voor alle betrokken vakken, en ieder teamlid is verantwoordelijk voor het deel waarvoor hij bevoegd is. Het PTA/OER vermeldt in welke onderdelen het team wordt ingezet.

4. Partijen dragen gezamenlijk zorg voor scholing van het routeteam, ten minste twee studiedagen per schooljaar.

### Artikel 11. Inschrijving, begeleiding, verzuim en klachten

1. In de vo-fase staat de Deelnemer ingeschreven bij de School; vanaf het derde leerjaar van de Route staat hij ingeschreven bij de Instelling.

2. De mentor van de School begeleidt de Deelnemer in de vo-fase, de studieloopbaanbegeleider van de Instelling in de mbo-fase. In het tweede leerjaar vindt een warme overdracht plaats.

3. De verzuimregistratie berust in de vo-fase bij de School en in de mbo-fase bij de Instelling.

4. Een klacht over een gedraging van een medewerker van de ene Partij die is ingediend bij de andere Partij wordt behandeld volgens de klachtenregeling van de Partij waar de klacht is ingediend; de Partij in wier dienst de medewerker is verleent daaraan volledige medewerking.

## Hoofdstuk 5. Overstapoptie

### Artikel 12. Overstapoptie

1. Wordt de deelname aan de Route beëindigd voordat de Deelnemer haar met succes heeft afgerond, dan stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te behalen, passend bij het bereikte onderwijsniveau en de leeftijd van de Deelnemer.

2. Partijen hanteren daarbij de volgende kaders:
- beëindiging in de vo-fase: de Deelnemer vervolgt zijn opleiding in de reguliere kaderberoepsgerichte leerweg van De Ravelijn, in het profiel PIE of, als hij van richting wil veranderen, in een ander profiel van de School, en behaalt daar het vmbo-diploma;
- het vmbo-diploma is aan het einde van het derde leerjaar van de Route niet behaald of de Deelnemer is afgewezen voor het eindexamen: de Deelnemer kan zonder vmbo-diploma instromen in een mbo-opleiding van de Instelling op niveau 2 of niveau 3, waarbij de vooropleidingseisen op grond van artikel 9.1.14 WEB niet gelden; ook kan hij het examenjaar vmbo herhalen;
- beëindiging in de mbo-fase: de Deelnemer kan overstappen naar een andere opleiding van de Instelling op hetzelfde niveau, in het eigen of een ander opleidingsdomein, of naar een opleiding op niveau 2;
- overstap naar een andere instelling, bijvoorbeeld na verhuizing: Partijen begeleiden de Deelnemer bij de aanmelding; de ontvangende instelling kan een geschiktheidsonderzoek afnemen als de Deelnemer niet aan de vooropleidingseisen voldoet.

3. Welke voortzetting passend is, wordt bepaald naar het gezamenlijk oordeel van de School en de Instelling. De Routecoördinator bereidt het besluit voor na een gesprek met de Deelnemer en, als hij minderjarig is, zijn ouders; de afdelingsdirecteur en de teamleider nemen het besluit samen en leggen het schriftelijk en gemotiveerd vast.

4. De werkwijze wordt voor Deelnemers en ouders beschreven in de schoolgids van de School en de studiegids van de Instelling.

## Hoofdstuk 6. Financiën

### Artikel 13. Overdracht van bekostiging

1. Met toepassing van artikel 5.42a WVO 2020 draagt de School aan de Instelling een bedrag over van EUR 1.240 per Deelnemer per leerjaar van de vo-fase, op basis van het aantal Deelnemers op 1 oktober van het betreffende schooljaar.

2. De over te dragen middelen zijn bestemd voor de inzet van mbo-docenten in de vo-fase, het gebruik van de installatiewerkplaats en de verbruiksmaterialen op de praktijkdag en het leerlingenvervoer, bedoeld in artikel 9, vierde lid.

3. De Instelling draagt in de mbo-fase geen bekostiging over aan de School.

4. Betaling geschiedt in twee gelijke termijnen, op 1 december en 1 mei. Het bedrag wordt jaarlijks per 1 augustus geïndexeerd met de loon- en prijsbijstelling voortgezet onderwijs. De berekening is opgenomen in bijlage 1.

## Hoofdstuk 7. Medezeggenschap

### Artikel 14. Aanvullende afspraken over medezeggenschap

1. Op de Deelnemers, hun ouders en het personeel blijven de medezeggenschapsregels van de Wet medezeggenschap op scholen, de WEB en de Wet op de ondernemingsraden van toepassing, elk voor de fase en de werkgever waarop zij betrekking hebben.

2. In aanvulling daarop komen Partijen het volgende overeen:
- Deelnemers in de vo-fase kiezen uit hun midden een vertegenwoordiger die als adviserend lid deelneemt aan de studentenraad van het college Techniek van de Instelling;
- de medezeggenschapsraad van de School en de studentenraad van de Instelling worden jaarlijks gezamenlijk uitgenodigd voor een bespreking van het jaarverslag van de Route;
- een voorgenomen wijziging van het PTA/OER die de vo-fase en de mbo-fase beide raakt, wordt voor advies voorgelegd aan zowel de medezeggenschapsraad van de School als de studentenraad van de Instelling.

## Hoofdstuk 8. Geschillen

### Artikel 15. Geschilbeslechting

1. Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst besproken in de Routeraad.

2. Is het geschil niet binnen vier weken na de schriftelijke melding ervan opgelost, dan legt elk van Partijen het voor aan het bestuurlijk overleg van de Besturen, dat binnen zes weken een oplossing zoekt.

3. Leidt dat overleg niet tot een oplossing, dan zullen Partijen het geschil voorleggen aan een door hen gezamenlijk aan te wijzen, bij de Mediatorsfederatie Nederland geregistreerde mediator.

4. Slaagt de mediation niet binnen drie maanden, dan kan elk van Partijen het geschil voorleggen aan de bevoegde rechter in het arrondissement Zeeland-West-Brabant. Op deze overeenkomst is Nederlands recht van toepassing.

## Hoofdstuk 9. Duur, toetreding, wijziging en beëindiging

### Artikel 16. Inwerkingtreding en duur

Deze overeenkomst treedt in werking op 1 augustus 2025, vervangt de overeenkomst van 4 juli 2017 en geldt voor onbepaalde tijd. Partijen evalueren de overeenkomst elke drie jaar, voor het eerst in het schooljaar 2027-2028.

### Artikel 17. Toetreding van een andere school of instelling

1. Het bevoegd gezag van een andere school voor vmbo of van een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien Partijen daarmee schriftelijk instemmen en de toetredende partij:
- een profiel of opleiding aanbiedt die aansluit op de Route;
- alle rechten en verplichtingen uit deze overeenkomst aanvaardt door ondertekening van een toetredingsakte;
- zich verbindt de Route gezamenlijk met Partijen te melden bij Onze Minister.

2. Toetreding vindt plaats met ingang van een nieuw schooljaar. De toetreding heeft geen gevolgen voor het programma, de locatie of de begeleiding van Deelnemers die op dat moment al aan de Route deelnemen.

### Artikel 18. Wijziging

1. Deze overeenkomst kan uitsluitend worden gewijzigd bij schriftelijke, door de Besturen ondertekende overeenkomst, na advies van de Routeraad.

2. Een wijziging die het onderwijsprogramma raakt, geldt alleen voor Deelnemers die na de inwerkingtreding van de wijziging instromen, tenzij de wijziging voor de zittende Deelnemers gunstig is en zij daarmee hebben ingestemd.

### Artikel 19. Opzegging en ontbinding

1. Elk van Partijen kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden.

2. Elk van Partijen kan deze overeenkomst ontbinden indien de andere Partij, na schriftelijk in gebreke te zijn gesteld en een redelijke termijn voor herstel te hebben gekregen, haar verplichtingen wezenlijk blijft schenden.

3. Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Partijen blijven de verplichtingen uit deze overeenkomst nakomen ten aanzien van Deelnemers die op dat moment aan de Route deelnemen, totdat zij de Route hebben afgerond of met toepassing van artikel 12 zijn overgestapt. De Routeraad stelt hiertoe binnen drie maanden een afbouwplan op.

### Artikel 20. Melding

Partijen melden de Route binnen vier weken na ondertekening van deze overeenkomst gezamenlijk aan Onze Minister door registratie in het Register Instellingen en Opleidingen (RIO).

### Artikel 21. Slotbepalingen

1. De bijlage maakt deel uit van deze overeenkomst. Bij strijdigheid gaat de tekst van de artikelen voor.

2. Indien een bepaling van deze overeenkomst nietig blijkt, blijven de overige bepalingen van kracht; Partijen vervangen de nietige bepaling door een bepaling die zoveel mogelijk aansluit bij doel en strekking ervan.

## Ondertekening

Aldus overeengekomen en in tweevoud ondertekend te Bergen op Zoom op 30 juni 2025.

| Stichting Brabantse Wal Onderwijs | Stichting Regionaal Opleidingencentrum Zoom en Schelde |
| mr. drs. A.C. van Gastel-Verbraak, voorzitter college van bestuur | drs. R.J.M. Oomen, voorzitter college van bestuur |
| handtekening: | handtekening: |

===

## Juridische toelichting

Deze toelichting is opgesteld door de afdeling Juridische Zaken van de School ten behoeve van de Besturen en maakt geen deel uit van de overeenkomst.

**Algemeen.** De overeenkomst volgt de onderwerpen van artikel 2.107b, tweede lid, WVO 2020 en artikel 9.1.3 WEB, maar in een volgorde die aansluit bij de praktijk van de bestaande samenwerking. Het experiment-tijdperk kende een kortere lijst; ontbrekende onderwerpen (leiding, verantwoording, geschilbeslechting, toetreding, opzegging en wijziging, medezeggenschap) zijn nu volledig uitgewerkt. Daarom is gekozen voor een nieuwe overeenkomst in plaats van een addendum.

**Artikel 5 en 6.** De wet vraagt naar samenstelling, wijze van benoeming en de taken en bevoegdheden die de Besturen aan de leiding opdragen. Het mandaat van de Routeraad is begrensd, zodat de Besturen de eindverantwoordelijkheid behouden die de wet bij hen legt. Het stemrecht is bewust alleen aan de afdelingsdirecteur en de teamleider toegekend, zodat beide Partijen gelijkwaardig zijn vertegenwoordigd.

**Artikel 12.** De kaders zijn ontleend aan de bouwsteen overstapoptie. Binnen de Instelling gelden de vooropleidingseisen niet bij een overstap; bij een andere instelling wel, maar daar is een geschiktheidsonderzoek mogelijk. Een overstap naar de Entreeopleiding is niet als kader opgenomen: het doel blijft een diploma op ten minste niveau 2.

**Artikel 13.** Een overdracht van bekostiging is alleen toegestaan met vermelding van omvang en bestemming. Het bedrag is gebaseerd op de werkelijke kosten in het schooljaar 2024-2025 (zie bijlage 1). De Instelling draagt in de mbo-fase niets over, omdat de School in die fase geen onderwijs meer verzorgt, met uitzondering van de herkansingen, die de School voor eigen rekening neemt.

**Artikel 17 tot en met 19.** Bij elk van deze bepalingen is uitdrukkelijk geregeld dat zittende Deelnemers de Route kunnen afronden, overeenkomstig de zinsnede "telkens met het oog op het zoveel mogelijk beperken van de gevolgen voor de leerlingen en mbo-studenten" in de wet.

===

## Bijlage 1. Berekening overdracht van bekostiging (schooljaar 2025-2026)

| Kostenpost | Grondslag | Bedrag per Deelnemer per leerjaar |
| Inzet mbo-praktijkdocent op de praktijkdag | 0,15 fte per groep van 16, gemiddelde loonkosten | EUR 780 |
| Gebruik installatiewerkplaats en meetapparatuur | 38 praktijkdagen | EUR 190 |
| Verbruiksmaterialen | kabel, buis, fittingen, klein materiaal | EUR 160 |
| Leerlingenvervoer | busvervoer op de praktijkdag | EUR 110 |
| Totaal | | EUR 1.240 |

Het aantal Deelnemers per 1 oktober wordt door de School uiterlijk 1 november schriftelijk aan de Instelling opgegeven.
"""

sample(
    121, "schoolbestuursjurist_lang_toelichting_bergen_op_zoom", "pdf",
    "Long PDF drafted by a school board's jurist (considerans, definitions, 9 chapters, juridische "
    "toelichting, financial annex); Bergen op Zoom, PIE kb to mbo-3 installatietechniek; fully "
    "compliant with extra medezeggenschap arrangements.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "Artikel 2. Onderwerp: de Route",
     "b": "Artikel 4. Betrokkenheid van het bedrijfsleven",
     "c": "Artikel 5. Samenstelling en benoeming van de leiding",
     "d": "Artikel 7. Inlichtingen en verantwoording",
     "e": "Artikel 10. Inzet van personeel en teambevoegdheid",
     "f": "Artikel 12. Overstapoptie",
     "g": "Artikel 13. Overdracht van bekostiging",
     "h": "Artikel 14. Aanvullende afspraken over medezeggenschap",
     "i": "Artikel 15. Geschilbeslechting",
     "j": "Artikel 17. Toetreding van een andere school of instelling"},
    H121,
    style=dict(font="Times-Roman", size=10.5, justify=True, margin=24, center_title=True,
               footer="SBW/JZ/2025-041 - Samenwerkingsovereenkomst DLR Elektrotechniek en "
                      "Installatietechniek Brabantse Wal",
               author="Afdeling Juridische Zaken Stichting Brabantse Wal Onderwijs",
               col_widths=[0.34, 0.42, 0.24]))


# --------------------------------------------------------------------------------------------
# h122 - very short plain-language version for parents, which is itself the signed agreement.
# --------------------------------------------------------------------------------------------
H122 = r"""
# Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn - Helpende Zorg en Welzijn (in eenvoudige taal)

Deze overeenkomst is in eenvoudige taal geschreven, zodat leerlingen en ouders haar kunnen lezen. Dit is de echte overeenkomst: er is geen andere, juridische versie. De twee besturen hebben deze tekst ondertekend.

## Wie sluiten deze overeenkomst?

- Stichting Voortgezet Onderwijs De Buitenhaven in Kampen. Dit is het bestuur van vmbo De Buitenhaven. Hieronder noemen we dit: de school.
- Stichting ROC IJssel-Vecht in Zwolle. Dit is het bestuur van ROC IJssel-Vecht, met een vestiging in Kampen. Hieronder noemen we dit: het ROC.

## 1. Welke route is dit?

Leerlingen van de basisberoepsgerichte leerweg met het profiel Zorg en welzijn kunnen aan het eind van klas 2 kiezen voor deze route. De route duurt vier jaar. Uw kind haalt eerst het vmbo-diploma en daarna het mbo-diploma Helpende Zorg en Welzijn (niveau 2), in het opleidingsdomein Zorg en welzijn.

## 2. Welke bedrijven doen mee?

Drie organisaties uit Kampen doen mee: Zorggroep IJsseldelta, Kinderopvang Het Bolwerk en Wijkzorg Kampen-Noord. Zij bieden stageplekken, geven elk jaar gastlessen en beoordelen in het laatste jaar samen met de docent de proeve van bekwaamheid. Twee keer per jaar geven zij advies over het lesprogramma.

## 3. Wie heeft de leiding?

De route heeft een routeteam. Daarin zitten de teamleider basis van de school en de opleidingsmanager Zorg en welzijn van het ROC. Het bestuur van de school wijst de teamleider aan, het bestuur van het ROC wijst de opleidingsmanager aan. Het routeteam maakt het rooster, bepaalt welke docenten lesgeven, neemt leerlingen aan en zorgt voor de kwaliteit. Het routeteam mag geen afspraken in deze overeenkomst veranderen en geen geld uitgeven boven het budget dat de besturen elk jaar geven.

## 4. Hoe houdt het routeteam de besturen op de hoogte?

Elk jaar vóór 1 oktober stuurt het routeteam een kort verslag naar beide besturen. Daarin staat hoeveel leerlingen zijn begonnen, gestopt en geslaagd, en wat goed ging en beter kan. In maart bespreekt het routeteam de voortgang met beide besturen.

## 5. Waar en door wie wordt lesgegeven?

In klas 3 en 4 krijgt uw kind les op de school en één dag per week in het zorgpraktijklokaal van het ROC in Kampen. Daarna krijgt uw kind les op het ROC en loopt het stage. De docenten van de school en van het ROC vormen samen één team. Een docent van het ROC geeft vier uur per week les op de school. De school mag het zorgpraktijklokaal van het ROC gratis gebruiken; het ROC mag de leskeuken van de school gratis gebruiken. Wat uw kind per jaar leert en welke examens het doet, staat in het gezamenlijke PTA/OER en in de schoolgids.

## 6. Wat als de route niet past?

- Stopt uw kind in klas 3 of 4? Dan gaat het gewoon verder in de basisberoepsgerichte leerweg op de school, in Zorg en welzijn of een ander profiel, en haalt het daar het vmbo-diploma.
- Lukt het vmbo-diploma niet? Dan kan uw kind toch beginnen aan een mbo-opleiding op niveau 2 bij het ROC. De gewone toelatingseisen gelden dan niet. Uw kind kan ook een jaar overdoen.
- Wil uw kind iets anders leren? Dan kan het overstappen naar een andere opleiding op niveau 2 bij het ROC of bij een andere mbo-school in de buurt.

Wie beslist? De school en het ROC beslissen samen, na een gesprek met uw kind en met u. Zij kijken naar wat uw kind al heeft gehaald en naar de leeftijd van uw kind.

## 7. Geld

Er gaat geen geld van de school naar het ROC of van het ROC naar de school. Er wordt dus geen bekostiging overgedragen. Elk bestuur betaalt zijn eigen docenten en lokalen.

## 8. Meepraten

Leerlingen in de route mogen al in klas 3 en 4 meedoen in de studentenraad van het ROC. Elk jaar vragen de besturen de medezeggenschapsraad van de school en de studentenraad van het ROC samen om advies over het verslag van het routeteam.

## 9. Als de besturen het niet eens zijn

Eerst praat het routeteam erover. Lukt het niet binnen een maand, dan praten de twee besturen. Lukt het dan nog niet, dan vragen zij een onafhankelijke bemiddelaar (mediator). Helpt ook dat niet, dan beslist de rechter.

## 10. Nieuwe partners, veranderen en stoppen

- Een andere school of mbo-school mag meedoen als beide besturen dat schriftelijk goedvinden en de nieuwe partner deze afspraken ondertekent. Dat kan alleen aan het begin van een schooljaar.
- Deze afspraken veranderen kan alleen op papier, ondertekend door beide besturen. Voor leerlingen die al in de route zitten, verandert het lesprogramma dan niet in hun nadeel.
- Stoppen met de route kan met een brief, minstens een jaar van tevoren, per 1 augustus. Leerlingen die al in de route zitten, maken de route gewoon af.

## Handtekeningen

Kampen, 30 juni 2025

Voor Stichting Voortgezet Onderwijs De Buitenhaven: J. Brouwer-Kuik, bestuurder

Voor Stichting ROC IJssel-Vecht: mr. H.T. Slagter, voorzitter college van bestuur
"""

sample(
    122, "eenvoudige_taal_ouders_zeer_kort_kampen", "txt",
    "Very short plain-language TXT for parents that is itself the signed agreement; Kampen, Zorg en "
    "welzijn bb to mbo-2 Helpende Zorg en Welzijn; fully compliant, explicit no-transfer for g.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "1. Welke route is dit?",
     "b": "2. Welke bedrijven doen mee?",
     "c": "3. Wie heeft de leiding?",
     "d": "4. Hoe houdt het routeteam de besturen op de hoogte?",
     "e": "5. Waar en door wie wordt lesgegeven?",
     "f": "6. Wat als de route niet past?",
     "g": "7. Geld",
     "h": "8. Meepraten",
     "i": "9. Als de besturen het niet eens zijn",
     "j": "10. Nieuwe partners, veranderen en stoppen"},
    H122,
    style=dict(width=74))


# --------------------------------------------------------------------------------------------
# h123 - agreement written entirely as questions and answers.
# --------------------------------------------------------------------------------------------
H123 = r"""
# Samenwerkingsovereenkomst doorlopende leerroute Economie en ondernemen - Retail niveau 4

Houtribcollege en ROC Polderland, Lelystad. Vastgelegd in vraag-en-antwoordvorm.

## Over deze overeenkomst

Partijen hebben ervoor gekozen hun afspraken vast te leggen als antwoorden op vragen die ouders, docenten en medewerkers hun vaak stellen. Elk antwoord in deze overeenkomst is een bindende afspraak tussen partijen; de vragen zijn alleen bedoeld om de tekst leesbaar te maken.

Partijen zijn:

- **Stichting Voortgezet Onderwijs Lelystad-Zuid**, gevestigd te Lelystad, bevoegd gezag van het Houtribcollege, school voor vmbo, vertegenwoordigd door mevrouw drs. S.M. Kartosen, bestuurder, hierna: het Houtribcollege;
- **Stichting ROC Polderland**, gevestigd te Lelystad, bevoegd gezag van ROC Polderland, vertegenwoordigd door de heer ir. P.W. de Jongh, voorzitter van het college van bestuur, hierna: Polderland.

## Deel A. De route

### Vraag 1. Waarom sluiten partijen deze overeenkomst?

Partijen willen leerlingen met belangstelling voor handel en ondernemen een route bieden zonder overstapmoment tussen vmbo en mbo. Op grond van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB mogen zij dat alleen doen op basis van een samenwerkingsovereenkomst. Deze overeenkomst is die overeenkomst. Partijen hopen dat in de toekomst ook andere vmbo-scholen in Lelystad en Dronten zich bij de route aansluiten.

### Vraag 2. Welke route bieden partijen aan?

Partijen verzorgen samen de doorlopende leerroute Retail. De route is bedoeld voor leerlingen van de kaderberoepsgerichte leerweg en de gemengde leerweg met het profiel Economie en ondernemen. Zij leidt in het opleidingsdomein Handel tot de middenkaderopleiding Manager retail (niveau 4) of Ondernemer retail (niveau 4), in de beroepsopleidende leerweg. De route duurt vijf leerjaren: twee leerjaren vo-fase op het Houtribcollege en drie leerjaren mbo-fase bij Polderland.

### Vraag 3. Wie wordt toegelaten tot de route?

Leerlingen melden zich in het tweede leerjaar van het vmbo aan. Een toelatingscommissie, bestaande uit de decaan van het Houtribcollege, een docent van Polderland en de routeleider, beslist in april over de toelating. Zij kijkt naar het advies van de mentor, de motivatie van de leerling en een intakegesprek. De toelating van een leerling tot de route geldt voor de hele route; een leerling hoeft zich bij de overgang naar de mbo-fase niet opnieuw aan te melden.

### Vraag 4. Doet het bedrijfsleven mee?

Partijen vinden de inbreng van ondernemers van groot belang voor een route die opleidt tot manager of ondernemer. Het bedrijfsleven zal worden betrokken bij de invulling van de route. Op welke wijze dat gebeurt, werkt de routeleider in het eerste schooljaar uit.

## Deel B. Leiding en verantwoording

### Vraag 5. Wie heeft de leiding over de route?

De leiding berust bij een stuurgroep van drie personen: de sectordirecteur vmbo van het Houtribcollege, de directeur van het college Economie en Handel van Polderland en de routeleider. De beide directeuren worden als lid van de stuurgroep aangewezen door hun eigen bestuur. De routeleider wordt door beide besturen samen benoemd, op voordracht van de twee directeuren, voor de duur van vier schooljaren.

### Vraag 6. Wat mag de stuurgroep beslissen?

De besturen dragen aan de stuurgroep op: het dagelijks bestuur van de route, het opstellen van het gezamenlijke PTA/OER ter vaststelling door de besturen, de jaarplanning en het rooster, de inzet van docenten binnen de formatie die de besturen beschikbaar stellen, de toelating van leerlingen en de kwaliteitszorg. De stuurgroep beheert het routebudget. Zij besluit niet over personele rechtspositie, investeringen en wijziging van deze overeenkomst; die besluiten blijven bij de besturen. De routeleider voert de besluiten van de stuurgroep uit en is het eerste aanspreekpunt voor leerlingen, ouders en docenten.

### Vraag 7. Hoe weten de besturen hoe het met de route gaat?

De stuurgroep houdt de besturen op de hoogte van de ontwikkelingen in de route en legt aan hen verantwoording af over de uitvoering van deze overeenkomst. Als de besturen daarom vragen, verstrekt de stuurgroep hun alle informatie die zij nodig hebben.

## Deel C. Organisatie van het onderwijs

### Vraag 8. Waar krijgen de leerlingen les?

In de vo-fase krijgen de leerlingen les op het Houtribcollege, Zuiderwagenplein 40 te Lelystad, en één middag per week in de leerwinkel van Polderland. In de mbo-fase krijgen zij les op de campus van Polderland aan de Agorabaan 8 te Lelystad.

### Vraag 9. Wie geven er les?

De docenten van het Houtribcollege en Polderland vormen samen één routeteam. Het Houtribcollege zet in de vo-fase de docenten in voor de algemene vakken en het profielvak Economie en ondernemen; Polderland levert voor de leerwinkel en de mbo-onderdelen in de vo-fase twee docenten retail, samen 0,4 fte. Voor het programmaonderdeel Ondernemen en verkoop maken partijen gebruik van de teambevoegdheid; het PTA/OER vermeldt welke docenten daarin samenwerken en voor welk deel ieder bevoegd is. Iedere docent blijft in dienst van zijn eigen werkgever.

### Vraag 10. Welke voorzieningen delen partijen?

Polderland stelt zijn leerwinkel met kassasystemen en voorraadbeheer ter beschikking aan de leerlingen in de vo-fase. Het Houtribcollege stelt zijn mediatheek en ICT-lokalen open voor studenten van de route die een vmbo-herkansing doen. Beide partijen geven de leerlingen toegang tot hun digitale leeromgeving. Het gebruik is over en weer kosteloos, behalve wat in vraag 13 staat.

### Vraag 11. Hoe zijn programma en examens geregeld?

Partijen leggen het onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per leerjaar vast in een gezamenlijk PTA/OER. Het centraal examen vmbo vindt plaats aan het einde van het tweede leerjaar van de route. Het Houtribcollege is verantwoordelijk voor de vmbo-examens en het vmbo-diploma, Polderland voor de mbo-examens en het mbo-diploma.

## Deel D. Als het anders loopt

### Vraag 12. Wat gebeurt er als een leerling de route niet afmaakt?

Partijen zorgen ervoor dat een leerling die de route verlaat altijd een diploma kan halen dat past bij het niveau dat hij heeft bereikt en bij zijn leeftijd:

- stopt een leerling in de vo-fase, dan gaat hij verder in de reguliere kaderberoepsgerichte of gemengde leerweg van het Houtribcollege en haalt daar zijn vmbo-diploma;
- haalt een leerling het vmbo-diploma niet, dan kan hij zonder dat diploma bij Polderland verder in een opleiding op niveau 3 of 4 in de richting handel, of het examenjaar overdoen;
- past de richting niet, dan kan hij overstappen naar een andere opleiding van Polderland op hetzelfde niveau, of naar een opleiding bij een andere instelling na een geschiktheidsonderzoek.

Het Houtribcollege en Polderland besluiten samen over de passende vervolgstap, na een gesprek met de leerling en zijn ouders. De routeleider bereidt dat besluit voor.

## Deel E. Geld en medezeggenschap

### Vraag 13. Gaat er geld over en weer?

Ja. Met toepassing van artikel 5.42a WVO 2020 draagt het Houtribcollege voor elke leerling in de vo-fase jaarlijks EUR 950 over aan Polderland. Dit bedrag is bestemd voor de inzet van de docenten retail van Polderland in de vo-fase en voor het gebruik en onderhoud van de leerwinkel. Polderland draagt geen bekostiging over aan het Houtribcollege.

### Vraag 14. Hoe praten leerlingen, ouders en personeel mee?

Naast de wettelijke medezeggenschap spreken partijen af dat er een gezamenlijke routeklankbordgroep is, met twee ouders en twee leerlingen uit de vo-fase en twee studenten uit de mbo-fase. De medezeggenschapsraad van het Houtribcollege en de studentenraad van Polderland wijzen de leden aan. De klankbordgroep komt twee keer per jaar bijeen met de stuurgroep en kan de stuurgroep en de besturen adviseren over alles wat de route betreft.

## Deel F. Geschillen, looptijd en wijziging

### Vraag 15. Wat als partijen het niet met elkaar eens zijn?

Een geschil over de uitvoering van deze overeenkomst bespreekt de stuurgroep eerst. Komt zij er niet binnen een maand uit, dan overleggen de besturen. Lukt ook dat niet binnen zes weken, dan leggen partijen het geschil voor aan een adviescommissie van drie leden: elk bestuur wijst één lid aan, en die twee kiezen samen een onafhankelijke voorzitter. Partijen aanvaarden het advies van de commissie als bindend advies.

### Vraag 16. Hoe lang geldt deze overeenkomst?

De overeenkomst geldt vanaf 1 augustus 2025 voor vijf jaar. Daarna wordt zij steeds stilzwijgend met vijf jaar verlengd, tenzij zij wordt opgezegd zoals beschreven bij vraag 17.

### Vraag 17. Kan de overeenkomst worden gewijzigd of opgezegd?

Wijzigen kan alleen als beide besturen een wijziging schriftelijk ondertekenen. Een wijziging van het programma geldt niet voor leerlingen die al in de route zitten, tenzij zij daar beter van worden.

Opzeggen kan door elk van de partijen, schriftelijk, met een termijn van twaalf maanden en alleen tegen 1 augustus. Na een opzegging worden geen nieuwe leerlingen meer toegelaten. Leerlingen en studenten die al in de route zitten, maken de route af bij de partijen bij wie zij zijn begonnen; partijen blijven daarvoor de afspraken in deze overeenkomst nakomen.

Elk van de partijen kan de overeenkomst daarnaast ontbinden als de bekostiging van de andere partij door de minister wordt beëindigd, met dezelfde bescherming van zittende leerlingen en studenten.

### Vraag 18. Wie meldt de route aan bij de minister?

Partijen melden de route gezamenlijk aan Onze Minister via het Register Instellingen en Opleidingen, binnen een maand na ondertekening.

## Ondertekening

Getekend te Lelystad op 30 juni 2025.

| Voor Stichting Voortgezet Onderwijs Lelystad-Zuid | Voor Stichting ROC Polderland |
| drs. S.M. Kartosen, bestuurder | ir. P.W. de Jongh, voorzitter college van bestuur |
"""

sample(
    123, "vraag_en_antwoord_lelystad", "docx",
    "DOCX agreement written as 18 questions and answers; Lelystad, Economie en ondernemen kb/gl to "
    "mbo-4 retail; bedrijfsleven only an intention with deferral, verantwoording without form or "
    "moment, toetreding absent (only 'toelating' of pupils and a hope in the intro).",
    {"a": "present", "b": "weak", "c": "present", "d": "weak", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "weak"},
    {"a": "Vraag 2. Welke route bieden partijen aan?",
     "c": "Vraag 5. Wie heeft de leiding over de route?",
     "e": "Vraag 9. Wie geven er les?",
     "f": "Vraag 12. Wat gebeurt er als een leerling de route niet afmaakt?",
     "g": "Vraag 13. Gaat er geld over en weer?",
     "h": "Vraag 14. Hoe praten leerlingen, ouders en personeel mee?",
     "i": "Vraag 15. Wat als partijen het niet met elkaar eens zijn?"},
    H123,
    style=dict(font="Calibri", size=11, author="Houtribcollege, bureau bestuur"))


# --------------------------------------------------------------------------------------------
# h124 - articles that each open with a one-line bold summary ("In het kort: ...").
# --------------------------------------------------------------------------------------------
H124 = r"""
# Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit en transport - Eerste autotechnicus

Drogenapcollege Zutphen en ROC Graafschap-IJssel

Elk artikel begint met een vetgedrukte samenvatting in één regel. Die samenvatting is bedoeld als leeswijzer; bij verschil gaat de volledige tekst van het artikel voor.

## Partijen

Stichting Voortgezet Onderwijs Zutphen en omstreken, gevestigd te Zutphen, bevoegd gezag van het Drogenapcollege, school voor vmbo, vertegenwoordigd door de heer M.A. Roelofsen, voorzitter van het college van bestuur, hierna: de school;

en

Stichting ROC Graafschap-IJssel, gevestigd te Doetinchem, bevoegd gezag van ROC Graafschap-IJssel, vertegenwoordigd door mevrouw dr. E.J. Wassink, voorzitter van het college van bestuur, hierna: het ROC;

komen het volgende overeen.

## Artikel 1. De route

> In het kort: één route van vier leerjaren van kader Mobiliteit en transport naar Eerste autotechnicus (niveau 3).

1.1 Partijen verzorgen samen een doorlopende leerroute vmbo-mbo voor leerlingen van de kaderberoepsgerichte leerweg met het profiel Mobiliteit en transport van de school.

1.2 De route leidt in het opleidingsdomein Mobiliteit en voertuigen tot de vakopleiding Eerste autotechnicus (niveau 3) van het ROC, in de beroepsopleidende leerweg. In het vierde leerjaar kan de student met instemming van het ROC overstappen naar de beroepsbegeleidende leerweg van dezelfde opleiding.

1.3 De route duurt vier leerjaren. Het vmbo-diploma wordt behaald aan het einde van het tweede leerjaar van de route.

## Artikel 2. Het bedrijfsleven

> In het kort: autobedrijven uit de regio leveren opdrachten, stageplaatsen en beoordelaars en adviseren via de Adviesraad Autotechniek.

2.1 Partijen stellen een Adviesraad Autotechniek Zutphen in, bestaande uit vertegenwoordigers van ten minste vijf erkende leerbedrijven, van BOVAG regio Oost en van SBB. Bij de start nemen deel: Autobedrijf Hanzestad B.V. te Zutphen, Garage Van Wezep te Eefde, Truckservice De Mars B.V. te Zutphen, Autoschade Berkeldal te Vorden en Bandenservice IJsselkant te Brummen.

2.2 De Adviesraad komt drie keer per schooljaar bijeen en adviseert over het programma, de keuzedelen en de inrichting van de werkplaats.

2.3 De leerbedrijven leveren in de vo-fase levensechte werkplaatsopdrachten, ontvangen leerlingen voor bedrijfsbezoeken en meeloopdagen, bieden in de mbo-fase bpv-plaatsen en leveren praktijkbeoordelaars voor de examens in de beroepspraktijk.

## Artikel 3. Leiding

> In het kort: een kernteam van twee leidinggevenden en een coördinator, benoemd door de besturen, met een begrensd mandaat.

3.1 De leiding over de route berust bij het kernteam, bestaande uit de afdelingsleider techniek van de school, de opleidingsmanager Mobiliteit van het ROC en de routecoördinator.

3.2 Het college van bestuur van de school benoemt de afdelingsleider, het college van bestuur van het ROC de opleidingsmanager als lid van het kernteam. De routecoördinator wordt door beide colleges van bestuur gezamenlijk benoemd en kan alleen door hen gezamenlijk worden ontslagen uit deze functie.

3.3 Het kernteam is belast met de dagelijkse leiding, het ontwerpen en actualiseren van het gezamenlijke PTA/OER, de roostering, de inzet van het docententeam, de toelating en begeleiding van leerlingen, de contacten met de Adviesraad en de kwaliteitszorg. Het kernteam beslist zelfstandig binnen de jaarbegroting van de route; besluiten over formatie, investeringen en deze overeenkomst zijn voorbehouden aan de colleges van bestuur.

## Artikel 4. Inlichtingen en verantwoording

> In het kort: een kwartaalbericht en een jaarrapportage aan beide besturen, besproken in een bestuurlijk overleg.

4.1 Het kernteam stuurt beide colleges van bestuur na afloop van elk kwartaal een kort voortgangsbericht met de belangrijkste ontwikkelingen en het verzuim.

4.2 Uiterlijk 1 december brengt het kernteam een jaarrapportage uit over het voorafgaande schooljaar, met de in-, door- en uitstroom, de examenresultaten, de uitkomsten van de evaluaties onder leerlingen en leerbedrijven en de uitputting van de jaarbegroting.

4.3 De colleges van bestuur bespreken de jaarrapportage met het kernteam in een bestuurlijk overleg in januari en stellen zo nodig verbeterafspraken vast.

## Artikel 5. Organisatie, personeel en faciliteiten

> In het kort: les op twee locaties, één docententeam met teambevoegdheid en kosteloos gebruik van elkaars werkplaatsen.

5.1 In de vo-fase krijgen leerlingen les op het Drogenapcollege, Vispoortplein 3 te Zutphen, en één dag per week in de autowerkplaats van het ROC aan de Weg naar Laren 60 te Zutphen. In de mbo-fase wordt het onderwijs gegeven op die locatie van het ROC.

5.2 Docenten van beide partijen vormen één docententeam. De school zet voor de route ten minste 1,0 fte in, het ROC ten minste 0,8 fte, waaronder een praktijkdocent en een instructeur voor de werkplaats. Voor het vakoverstijgende programmaonderdeel Voertuigtechniek en onderhoud maken partijen gebruik van de teambevoegdheid van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het PTA/OER vermeldt welke docenten dat deel samen verzorgen. Docenten blijven in dienst van hun eigen werkgever.

5.3 Het ROC stelt zijn autowerkplaats, diagnoseapparatuur en hefbruggen ter beschikking; de school stelt haar motorenlokaal en theorielokalen ter beschikking. Het gebruik is over en weer kosteloos. Ieder draagt zorg voor de veiligheidsinstructie in de eigen ruimtes.

5.4 Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar staan in het gezamenlijke PTA/OER, dat de colleges van bestuur jaarlijks vóór 1 juli vaststellen.

## Artikel 6. Overstapoptie

> In het kort: wie de route verlaat, krijgt altijd een weg naar een diploma; school en ROC beslissen samen.

6.1 Een leerling die in de vo-fase de route verlaat, vervolgt de kaderberoepsgerichte leerweg op de school, in hetzelfde of een ander profiel, en behaalt daar het vmbo-diploma.

6.2 Een student die het vmbo-diploma in het derde leerjaar van de route nog niet heeft behaald, kan zonder dat diploma verder in de opleiding Autotechnicus (niveau 2) of een andere opleiding van het ROC op niveau 2 of 3; de vooropleidingseisen gelden daarbij niet. Hij kan ook het vmbo-examen opnieuw afleggen.

6.3 Een student die in de mbo-fase wil veranderen van richting kan overstappen naar een andere opleiding op hetzelfde niveau bij het ROC, of naar een andere instelling, die hem na een geschiktheidsonderzoek kan toelaten.

6.4 De school en het ROC stellen de overstap gezamenlijk vast, na overleg met de leerling en diens ouders, op basis van het bereikte onderwijsniveau en de leeftijd van de leerling. De werkwijze staat in de schoolgids en de studiegids.

## Artikel 7. Bekostiging

> In het kort: er gaat geen bekostiging over en weer; ieder draagt zijn eigen kosten.

Partijen dragen geen bekostiging aan elkaar over als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. Iedere partij draagt de kosten van het eigen personeel en de eigen voorzieningen.

## Artikel 8. Medezeggenschap

> In het kort: de wettelijke regels voor medezeggenschap.

Voor leerlingen die in de vo-fase bij de school zijn ingeschreven en hun ouders, en voor het personeel van de school, geldt de Wet medezeggenschap op scholen. Voor studenten in de mbo-fase en hun ouders gelden de medezeggenschapsregels van de WEB en voor het personeel van het ROC de Wet op de ondernemingsraden. Op grond van de wet kunnen partijen hierop aanvullende afspraken maken.

## Artikel 9. Geschillen

> In het kort: eerst overleg in twee stappen, daarna arbitrage.

9.1 Partijen proberen een geschil over de uitvoering van deze overeenkomst eerst op te lossen in het kernteam en vervolgens, binnen zes weken, in een bestuurlijk overleg van de voorzitters van beide colleges van bestuur.

9.2 Is het geschil daarna niet opgelost, dan wordt het beslecht door arbitrage overeenkomstig het Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter; de plaats van arbitrage is Arnhem.

## Artikel 10. Toetreding, wijziging, duur en beëindiging

> In het kort: nieuwe partners kunnen aansluiten, wijzigen gaat schriftelijk en bij stoppen maken leerlingen de route af.

10.1 Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden met schriftelijke instemming van beide partijen, door ondertekening van een toetredingsverklaring waarin zij deze overeenkomst aanvaardt. Toetreding gaat in per 1 augustus en laat de route van zittende leerlingen ongemoeid.

10.2 Wijzigingen worden schriftelijk overeengekomen en door beide colleges van bestuur ondertekend. Zij gaan in bij het begin van een schooljaar en gelden niet ten nadele van leerlingen die al in de route zitten.

10.3 Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Elk van partijen kan haar schriftelijk opzeggen per 1 augustus, met een opzegtermijn van ten minste één jaar.

10.4 Bij opzegging of ontbinding stopt de instroom van nieuwe leerlingen. Leerlingen en studenten die al in de route zitten, ronden haar af onder de voorwaarden van deze overeenkomst; partijen blijven daartoe aan hun verplichtingen gebonden.

## Artikel 11. Melding en inwerkingtreding

> In het kort: samen melden bij DUO en in werking per 1 augustus 2025.

Partijen melden de route gezamenlijk aan de minister van OCW door registratie in RIO, binnen een maand na ondertekening. Deze overeenkomst treedt in werking op 1 augustus 2025.

## Ondertekening

Zutphen, 30 juni 2025

| Stichting Voortgezet Onderwijs Zutphen en omstreken | Stichting ROC Graafschap-IJssel |
| M.A. Roelofsen, voorzitter college van bestuur | dr. E.J. Wassink, voorzitter college van bestuur |
"""

sample(
    124, "artikelen_vette_samenvatting_zutphen", "pdf",
    "PDF whose articles each open with a one-line bold summary; Zutphen, Mobiliteit en transport kb to "
    "mbo-3 Eerste autotechnicus; fully compliant, explicit no-transfer for g, medezeggenschap only "
    "describes the law ('kunnen').",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "present", "j": "present"},
    {"a": "Artikel 1. De route",
     "b": "Artikel 2. Het bedrijfsleven",
     "c": "Artikel 3. Leiding",
     "d": "Artikel 4. Inlichtingen en verantwoording",
     "e": "Artikel 5. Organisatie, personeel en faciliteiten",
     "f": "Artikel 6. Overstapoptie",
     "g": "Artikel 7. Bekostiging",
     "i": "Artikel 9. Geschillen",
     "j": "Artikel 10. Toetreding, wijziging, duur en beëindiging"},
    H124,
    style=dict(font="Helvetica", size=9.5, margin=22, h1_color="#1f3b5a", lead_bg="#eef2f7",
               footer="Samenwerkingsovereenkomst DLR Mobiliteit en transport - Drogenapcollege / "
                      "ROC Graafschap-IJssel", author="Drogenapcollege"))


# --------------------------------------------------------------------------------------------
# h125 - the official format, partly filled in and signed.
# --------------------------------------------------------------------------------------------
DOTS = "\u2026" * 60
H125 = r"""
# Format samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo

Stichting Openbaar Voortgezet Onderwijs Den Helder, Jan Verfailleweg 7, 1783 BW Den Helder, bevoegd gezag van vmbo De Nieuwe Diep, vertegenwoordigd door mevrouw A. Dekker-Schouten, directeur-bestuurder

en

Stichting ROC Noordkop, Bernhardplein 2, 1781 HG Den Helder, bevoegd gezag van ROC Noordkop, vertegenwoordigd door de heer drs. K.J. Zeeman, voorzitter college van bestuur

verklaren te zijn overeengekomen:

**Doel en wijze van samenwerking:**

1. Op grond van deze samenwerkingsovereenkomst wordt gezamenlijk een doorlopende leerroute vmbo-mbo, dan wel een geïntegreerd onderwijsprogramma verzorgd door ondergetekenden.

2. Het bedrijfsleven wordt betrokken bij de invulling van deze doorlopende leerroute.

3. Ondergetekenden beschrijven voor de gehele doorlopende leerroute vmbo-mbo het onderwijsprogramma, de examinering per leerjaar en de beroepspraktijkvorming per leerjaar en voeren dit in gezamenlijkheid uit.

4. Ondergetekenden melden gezamenlijk aan de minister van OCW dat zij een gezamenlijke doorlopende leerroute vmbo-mbo aanbieden.

**Afspraken**

## 1. De betreffende doorlopende leerroute vmbo-mbo

Het volgende onderwijsprogramma wordt in deze doorlopende leerroute vmbo-mbo aangeboden: de route Maritiem Den Helder, voor leerlingen van de basisberoepsgerichte leerweg met het profiel Maritiem en techniek van vmbo De Nieuwe Diep, die in het opleidingsdomein Transport, scheepvaart en logistiek leidt tot de basisberoepsopleiding Matroos (niveau 2) van ROC Noordkop, beroepsopleidende leerweg. De route duurt drie leerjaren.

## 2. Betrokkenheid bedrijfsleven

Het bedrijfsleven is/wordt als volgt betrokken bij de invulling van dit onderwijsprogramma: de rederijen Texelstroom Veerdiensten B.V. en Zeesleepdienst Marsdiep B.V., het baggerbedrijf Van der Kooij Waterbouw en de Koninklijke Marine (Marinebasis Den Helder) bieden leerlingen in het tweede leerjaar meevaardagen en in het derde leerjaar bpv-plaatsen aan boord. Zij verzorgen samen met de docenten de praktijkweek op het opleidingsschip en zitten in de beroepenveldcommissie Maritiem, die twee keer per jaar het programma bespreekt en advies geeft over de keuzedelen. Een kapitein of stuurman van een van deze bedrijven beoordeelt de proeve van bekwaamheid mee.

## 3. Inzet leiding en verantwoording

a. De leiding over de doorlopende leerroute vmbo-mbo wordt vormgegeven door inzet van: een routeteam, bestaande uit de teamleider bovenbouw van De Nieuwe Diep, de opleidingsmanager Maritiem van ROC Noordkop en een routecoördinator. De teamleider en de opleidingsmanager worden aangewezen door hun eigen bestuur; de routecoördinator wordt door beide besturen gezamenlijk benoemd. Het routeteam stelt het jaarprogramma en het rooster vast, verdeelt de lessen over de docenten, besluit over toelating van leerlingen en is bevoegd uitgaven te doen binnen het jaarbudget van de route. Over personeel, huisvesting en wijziging van deze overeenkomst beslissen de besturen.

b. Het verstrekken van inlichtingen en afleggen van verantwoording door deze leiding aan ondergetekenden wordt als volgt georganiseerd: het routeteam stelt elk jaar vóór 1 november een schriftelijk jaarverslag op voor beide besturen, met de aantallen leerlingen per leerjaar, uitval, examenresultaten en besteding van het budget. In februari en juni vindt een voortgangsgesprek plaats tussen het routeteam en beide bestuurders.

## 4. Organisatorische en onderwijskundige inrichting

a. De betreffende doorlopende leerroute wordt aangeboden op volgende locatie(s): vmbo De Nieuwe Diep (leerjaar 1), het Maritiem Centrum Willemsoord van ROC Noordkop (leerjaar 2 en 3) en aan boord van het opleidingsschip Zeester.

b. Er zijn afspraken gemaakt over het gebruik van verschillende faciliteiten zoals: de brugsimulator, de werkplaats scheepstechniek en het opleidingsschip Zeester van ROC Noordkop, die in leerjaar 1 één dag per week beschikbaar zijn voor de leerlingen van De Nieuwe Diep; het technieklokaal en de gymzaal van De Nieuwe Diep, die beschikbaar zijn voor de studenten in leerjaar 2. Het gebruik is kosteloos.

c. De inzet van personeel is als volgt georganiseerd: De Nieuwe Diep zet de docenten voor de algemene vakken en het profielvak in; ROC Noordkop zet twee maritiem docenten in, die in leerjaar 1 vier uur per week op De Nieuwe Diep lesgeven. Samen vormen zij één docententeam; voor het onderdeel Varen en techniek wordt de teambevoegdheid gebruikt zoals beschreven in het gezamenlijke PTA/OER.

## 5. Overstapoptie

Deelnemers die deze doorlopende leerroute niet met succes afronden worden door ondergetekenden in staat gesteld om:
- in leerjaar 1 de basisberoepsgerichte leerweg op De Nieuwe Diep af te ronden, in Maritiem en techniek of een ander profiel, en daar het vmbo-diploma te halen;
- zonder vmbo-diploma verder te gaan in een andere opleiding op niveau 2 van ROC Noordkop, bijvoorbeeld Medewerker logistiek of Monteur mechatronica, zonder dat de vooropleidingseisen gelden;
- bij verhuizing of een andere keuze over te stappen naar een opleiding op niveau 2 bij een andere mbo-instelling, met begeleiding door de routecoördinator.

De keuze wordt gezamenlijk gemaakt door De Nieuwe Diep en ROC Noordkop, na een gesprek met de leerling en de ouders, op grond van het bereikte niveau en de leeftijd van de leerling.

## 6. Financiën

In de financiële overeenkomst, die als bijlage bij deze overeenkomst kan worden toegevoegd, is door ondergetekenden vastgelegd welke afspraken zijn gemaakt over de kosten van de doorlopende leerlijn. Er zijn afspraken gemaakt over eventuele overdracht van de bekostiging tussen ondergetekende partijen, de omvang en bestemming van evt. over te dragen middelen.

## 7. Aanvullende afspraken t.a.v. geldende medezeggenschap-regime (optioneel)

Voor de doorlopende leerroutes geldt de WMS voor leerlingen die ingeschreven staan op het vmbo en hun ouders (de eerste 2 jaar van de doorlopende leerroute) en leraren die in dienst zijn van de vmbo-school. De WEB en WOR gelden voor studenten die ingeschreven staan op het mbo en hun ouders (na de eerste 2 jaar van de route) en docenten die in dienst zijn van de mbo-school. Indien gewenst kunnen er voor een doorlopende leerroute aanvullende afspraken worden gemaakt op het toepasselijke medezeggenschapsregime, dit kunnen alleen aanvullingen zijn op het geldende regime.

## 8. Geschilbeslechting

De wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de overeenkomst.

@@DOTS@@

## 9. Betrokkenheid andere partijen

De voorwaarden waaronder een andere school of een andere instelling voor beroepsonderwijs partij kan worden bij de overeenkomst.

@@DOTS@@

## 10. Beëindiging overeenkomst

Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd. Ieder van ondergetekenden kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met een opzegtermijn van twaalf maanden. Na opzegging worden geen nieuwe leerlingen meer in de route toegelaten; leerlingen die al in de route zitten, kunnen de route bij ondergetekenden afmaken. Wijzigingen van deze overeenkomst worden schriftelijk vastgelegd en door beide besturen ondertekend; zij gelden niet ten nadele van leerlingen die de route al volgen.

Den Helder, 30 juni 2025

| Stichting Openbaar Voortgezet Onderwijs Den Helder | Stichting ROC Noordkop |
| A. Dekker-Schouten, directeur-bestuurder | drs. K.J. Zeeman, voorzitter college van bestuur |
""".replace("@@DOTS@@", DOTS + "\n\n" + DOTS)

sample(
    125, "format_deels_ingevuld_den_helder", "docx",
    "DOCX of the official format, partly filled in and signed, bold numbered items without Word "
    "headings; Den Helder, Maritiem en techniek bb to mbo-2 Matroos; Financien left as template "
    "wording, Geschilbeslechting and Betrokkenheid andere partijen left as statute text with dotted "
    "lines, medezeggenschap template text only.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "weak", "h": "not_applicable", "i": "weak", "j": "weak"},
    {"a": "1. De betreffende doorlopende leerroute vmbo-mbo",
     "b": "2. Betrokkenheid bedrijfsleven",
     "c": "3. Inzet leiding en verantwoording",
     "d": "Het verstrekken van inlichtingen en afleggen van verantwoording door deze leiding",
     "e": "4. Organisatorische en onderwijskundige inrichting",
     "f": "5. Overstapoptie"},
    H125,
    style=dict(font="Arial", size=10, heading_as_bold=True,
               author="A. Dekker-Schouten"))


# --------------------------------------------------------------------------------------------
# h126 - renewal agreement turning an experiment-era vakmanschapsroute into a DLR.
# --------------------------------------------------------------------------------------------
H126 = r"""
# Verlengings- en herzieningsovereenkomst route Bouw Steenwijkerland

Omzetting van de vakmanschapsroute Bouw (2016) in een doorlopende leerroute vmbo-mbo, looptijd 2025-2030

## Partijen

1. Stichting Openbaar Voortgezet Onderwijs Noordwest-Overijssel, gevestigd te Steenwijk, bevoegd gezag van het Kornputcollege (vmbo), vertegenwoordigd door de heer G.J. Mulder, voorzitter van het college van bestuur, hierna: **het Kornputcollege**;

2. Stichting ROC De Weerribben, gevestigd te Meppel, bevoegd gezag van ROC De Weerribben, vertegenwoordigd door mevrouw ing. T. Hoekstra-Lok, lid van het college van bestuur, hierna: **het ROC**.

## Aanleiding

Partijen werken sinds 1 augustus 2016 samen in de vakmanschapsroute Bouw, op grond van de samenwerkingsovereenkomst van 1 juli 2016, verlengd bij brief van 18 juni 2020. Die verlenging loopt af op 31 juli 2025. Partijen willen de samenwerking voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB en hebben de afspraken daarom herzien. Deze overeenkomst vervangt de overeenkomst van 2016 en de verlenging van 2020 volledig; zij bevat alle afspraken tussen partijen over de route.

## Wat is er veranderd ten opzichte van 2016

| Onderwerp | Overeenkomst 2016 | Deze overeenkomst |
| Route | vakmanschapsroute bb/kb naar niveau 2 | doorlopende leerroute kb naar niveau 3 |
| Leiding | werkgroep zonder vastgelegd mandaat | projectgroep met benoeming en mandaat (artikel 4) |
| Verantwoording | geen afspraak | jaarverslag en voortgangsoverleg (artikel 5) |
| Geschillen en beëindiging | niet geregeld | artikelen 10 en 11 |
| Medezeggenschap | niet geregeld | artikel 9 |

## Artikel 1. Looptijd en verlenging

1.1 Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2030.

1.2 Partijen evalueren de route in het schooljaar 2028-2029. Uiterlijk 1 augustus 2029 besluiten zij schriftelijk of de overeenkomst wordt verlengd. Zonder schriftelijke verlenging eindigt de overeenkomst op 31 juli 2030, met toepassing van artikel 11.4.

## Artikel 2. De route

Partijen verzorgen samen de doorlopende leerroute Bouw Steenwijkerland. De route sluit aan op het profiel Bouwen, wonen en interieur (BWI) in de kaderberoepsgerichte leerweg van het Kornputcollege en leidt in het opleidingsdomein Bouw en infra tot de vakopleiding Allround timmerman (niveau 3) van het ROC, in de beroepsopleidende leerweg. De route duurt vier leerjaren; in het vierde leerjaar kan de student in overleg met het ROC overstappen naar de beroepsbegeleidende leerweg.

## Artikel 3. Het bouwbedrijfsleven

3.1 Bouwbedrijf Hoekstra Steenwijk B.V., Timmerfabriek Kallenkote B.V., Aannemersbedrijf Bakker Giethoorn en het Opleidingsbedrijf Bouwvak Noordwest zijn partner van de route. Het opleidingsbedrijf coördineert de leerwerkplekken bij de aangesloten bouwbedrijven.

3.2 De partners bieden in het tweede leerjaar van de route elk schooljaar een gezamenlijk bouwproject aan, waarin leerlingen onder begeleiding van een uitvoerder een houtskeletbouwwoning bouwen; zij bieden in de mbo-fase bpv-plaatsen aan en leveren beoordelaars voor de proeve van bekwaamheid.

3.3 Eén keer per jaar bespreekt de projectgroep het programma met de partners en de regio-adviseur van SBB.

## Artikel 4. Leiding: de projectgroep

4.1 De leiding over de route berust bij de projectgroep, bestaande uit de afdelingsleider techniek van het Kornputcollege, de teamleider Bouw van het ROC en een projectleider.

4.2 De afdelingsleider en de teamleider worden door hun eigen college van bestuur in de projectgroep benoemd. De projectleider wordt door beide colleges van bestuur gezamenlijk benoemd voor de looptijd van deze overeenkomst.

4.3 De projectgroep is belast met de uitvoering van de route: het programma en het gezamenlijke PTA/OER, de planning en het rooster, de inzet van het docententeam, de toelating van leerlingen, de contacten met de partners en de kwaliteitszorg. Zij beslist zelfstandig over deze onderwerpen binnen het jaarbudget. Besluiten over personeel, investeringen boven EUR 5.000 en wijziging van deze overeenkomst nemen de colleges van bestuur.

## Artikel 5. Verantwoording

De projectgroep legt verantwoording af aan beide colleges van bestuur door een schriftelijk jaarverslag, uiterlijk 1 november, over in-, door- en uitstroom, examenresultaten, de toepassing van artikel 7 en de besteding van het budget. In maart vindt een voortgangsoverleg plaats tussen de projectgroep en een lid van elk college van bestuur.

## Artikel 6. Inrichting van het onderwijs

6.1 In de vo-fase krijgen leerlingen les op het Kornputcollege, Gagelsweg 21 te Steenwijk; het praktijkonderwijs vindt plaats in de bouwhal van het Kornputcollege en twee dagdelen per week in de praktijkhal van het ROC aan de Tukseweg 110 te Steenwijk. De mbo-fase vindt plaats bij het ROC.

6.2 Het ROC zet twee praktijkdocenten bouw in, die in de vo-fase samen acht uur per week lesgeven in de bouwhal van het Kornputcollege. Het Kornputcollege zet de docenten voor de algemene vakken en het profielvak BWI in. De docenten vormen één routeteam en blijven in dienst van hun eigen werkgever.

6.3 Het Kornputcollege stelt zijn bouwhal met houtbewerkingsmachines ter beschikking voor de lessen van de praktijkdocenten van het ROC; het ROC stelt zijn praktijkhal en de machinale houtbewerkingsruimte ter beschikking aan de leerlingen van de vo-fase.

6.4 Het programma en de examinering per leerjaar staan in het gezamenlijke PTA/OER. Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de route.

## Artikel 7. Overstapmogelijkheden

7.1 Een leerling die in het eerste of tweede leerjaar van de route uitvalt, gaat terug naar de reguliere kaderberoepsgerichte leerweg van het Kornputcollege, profiel BWI, en kan daar het vmbo-diploma behalen.

7.2 Een leerling die de route in het derde of vierde leerjaar verlaat, kan bij het ROC alleen worden ingeschreven voor een andere opleiding als hij voldoet aan de vooropleidingseisen van die opleiding, bedoeld in artikel 8.2.1 WEB; deze eisen blijven ook bij een overstap binnen het ROC onverkort van toepassing. Een leerling die het vmbo-diploma niet heeft behaald, wordt geplaatst in de Entreeopleiding van het ROC.

7.3 Het Kornputcollege en het ROC besluiten gezamenlijk over de plaatsing, na een gesprek met de leerling en zijn ouders.

## Artikel 8. Financiën

Het Kornputcollege draagt jaarlijks een deel van zijn bekostiging over aan het ROC ter dekking van de inzet van de praktijkdocenten van het ROC in de vo-fase en van het gebruik van de praktijkhal. De hoogte van dit bedrag wordt elk jaar in het voortgangsoverleg in maart vastgesteld.

## Artikel 9. Medezeggenschap

p.m. - Dit artikel wordt ingevuld nadat de medezeggenschapsraad van het Kornputcollege en de studentenraad van het ROC zijn gehoord.

## Artikel 10. Geschillen

10.1 Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken in de projectgroep en, als dat binnen vier weken geen oplossing geeft, door de colleges van bestuur.

10.2 Komen de colleges van bestuur binnen acht weken niet tot overeenstemming, dan wordt het geschil voorgelegd aan de bevoegde rechter van de rechtbank Overijssel.

## Artikel 11. Toetreding, wijziging en opzegging

11.1 Een andere school voor vmbo of instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden als beide partijen daarmee schriftelijk instemmen en de nieuwe partij de overeenkomst mede ondertekent. Toetreding gaat in per 1 augustus en verandert niets aan de route van leerlingen die al zijn ingestroomd.

11.2 Wijzigingen worden schriftelijk overeengekomen tussen beide colleges van bestuur. Een wijziging van het programma geldt alleen voor nieuwe leerlingen.

11.3 Elk van partijen kan deze overeenkomst tussentijds schriftelijk opzeggen per 1 augustus van een jaar, met een opzegtermijn van één jaar.

11.4 Na opzegging of afloop van de overeenkomst stroomt geen nieuwe groep meer in. Leerlingen die al in de route zitten, maken de route af; partijen blijven daarvoor hun verplichtingen uit deze overeenkomst nakomen.

## Ondertekening

Steenwijk, 30 juni 2025

Stichting Openbaar Voortgezet Onderwijs Noordwest-Overijssel - G.J. Mulder, voorzitter college van bestuur

Stichting ROC De Weerribben - ing. T. Hoekstra-Lok, lid college van bestuur
"""

sample(
    126, "verlengingsovereenkomst_steenwijkerland", "md",
    "Markdown renewal agreement converting a 2016 vakmanschapsroute into a DLR, with a change table; "
    "Steenwijkerland, BWI kb to mbo-3 Allround timmerman; overstap imposes vooropleidingseisen within "
    "the same ROC and sends pupils without vmbo diploma to Entree, bekostiging transfer without "
    "omvang, medezeggenschap article is a p.m. placeholder.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "weak", "g": "weak", "h": "weak", "i": "present", "j": "present"},
    {"a": "Artikel 2. De route",
     "b": "Artikel 3. Het bouwbedrijfsleven",
     "c": "Artikel 4. Leiding: de projectgroep",
     "d": "Artikel 5. Verantwoording",
     "e": "Artikel 6. Inrichting van het onderwijs",
     "i": "Artikel 10. Geschillen",
     "j": "Artikel 11. Toetreding, wijziging en opzegging"},
    H126)


# --------------------------------------------------------------------------------------------
# h127 - three-party agreement (two vmbo schools, one ROC), paragraph-sign numbering.
# --------------------------------------------------------------------------------------------
H127 = r"""
# Driepartijenovereenkomst doorlopende leerroute Horeca Tholen

Samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB tussen twee scholen voor vmbo en één instelling voor beroepsonderwijs

## Partijen

**A.** Stichting Openbaar Voortgezet Onderwijs Tholen, gevestigd te Tholen, bevoegd gezag van het Eendrachtcollege, school voor vmbo, vertegenwoordigd door mevrouw C.J. Quist, directeur-bestuurder;

**B.** Stichting Christelijk Voortgezet Onderwijs Sint-Maartensdijk, gevestigd te Sint-Maartensdijk, bevoegd gezag van Scholengemeenschap Smerdiek, school voor vmbo, vertegenwoordigd door de heer A.P. Geluk, voorzitter van het bestuur;

**C.** Stichting ROC Deltawerk, gevestigd te Goes, bevoegd gezag van ROC Deltawerk, vertegenwoordigd door mevrouw drs. L.M. Verhulst, voorzitter van het college van bestuur;

partijen A en B hierna samen ook: de scholen; partij C hierna ook: het ROC.

## Overwegingen

1. De horeca- en recreatiesector op Tholen en in de Oosterschelderegio kampt met een groot tekort aan vakkrachten; het bedrijfsleven in de regio heeft de scholen en het ROC gevraagd om meer jongeren op te leiden voor de keuken.

2. Beide scholen bieden het profiel Horeca, bakkerij en recreatie aan, maar hebben elk te weinig leerlingen om alleen met het ROC een route te verzorgen. Daarom sluiten zij één overeenkomst met drie partijen.

3. Partijen willen een route zonder overbodige dubbelingen, waarin leerlingen al vanaf het eerste leerjaar in de leerkeuken van het ROC werken.

## § 1. Begrippen

1.1 In deze overeenkomst wordt verstaan onder:
- route: de doorlopende leerroute vmbo-mbo Horeca Tholen, bedoeld in § 2;
- deelnemer: een leerling of student die aan de route deelneemt;
- leerbedrijf: een door SBB erkend leerbedrijf als bedoeld in de WEB;
- stuurgroep: de leiding over de route, bedoeld in § 3;
- PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route.

## § 2. De route

2.1 Partijen verzorgen samen de doorlopende leerroute Horeca Tholen voor leerlingen met het profiel Horeca, bakkerij en recreatie (HBR) van het Eendrachtcollege en Scholengemeenschap Smerdiek.

2.2 De route kent twee varianten in het opleidingsdomein Horeca en bakkerij:
- leerlingen van de basisberoepsgerichte leerweg volgen de variant naar de basisberoepsopleiding Kok (niveau 2), in drie leerjaren;
- leerlingen van de kaderberoepsgerichte leerweg volgen de variant naar de vakopleiding Zelfstandig werkend kok (niveau 3), in vier leerjaren.

2.3 Beide varianten leiden tot het vmbo-diploma van de eigen school en het mbo-diploma van het ROC.

## § 3. Leiding

3.1 De leiding over de route berust bij een stuurgroep. Daarin heeft elke partij één lid: de teamleider bovenbouw van het Eendrachtcollege, de teamleider vmbo van Scholengemeenschap Smerdiek en de opleidingsmanager Horeca van het ROC. De stuurgroep wordt ondersteund door een routecoördinator in dienst van het ROC.

3.2 Elk bestuur benoemt zijn eigen lid van de stuurgroep en diens vervanger, en meldt de benoeming schriftelijk aan de andere partijen. De routecoördinator wordt door de drie besturen gezamenlijk benoemd, op voordracht van de stuurgroep.

3.3 De stuurgroep heeft de volgende taken: zij stelt het ontwerp van het PTA/OER op, stemt de roosters van de drie partijen op elkaar af, verdeelt de groepen over de leerkeuken, besluit over de toelating van leerlingen, voert de kwaliteitszorg uit en bereidt overstapbesluiten voor.

3.4 De stuurgroep is bevoegd te besluiten over het rooster, de indeling van de groepen, de inzet van de docenten die de partijen voor de route beschikbaar stellen en de besteding van het routebudget. De stuurgroep besluit met eenparigheid van stemmen. Besluiten over het PTA/OER, de formatie en deze overeenkomst nemen de drie besturen.

## § 4. Inlichtingen en verantwoording

4.1 De stuurgroep stuurt de drie besturen twee keer per jaar, in februari en in september, een schriftelijke voortgangsrapportage met de aantallen deelnemers per partij en per leerjaar, uitval, overstappen, examenresultaten en de besteding van het routebudget.

4.2 Eén keer per jaar, in oktober, vindt een bestuurlijk overleg plaats van de drie besturen met de stuurgroep, waarin de stuurgroep verantwoording aflegt over het afgelopen schooljaar.

## § 5. Inrichting van het onderwijs

5.1 In de vo-fase volgen de deelnemers de algemene vakken en het profielvak op hun eigen school. Twee dagdelen per week werken zij in de leerkeuken en het leerrestaurant van het ROC, Hof van Tholen 3 te Tholen, waar zij samen met de deelnemers van de andere school in één groep les krijgen. In de mbo-fase vindt het onderwijs plaats in het Horeca- en bakkerijcentrum van het ROC te Goes.

5.2 Elke school zet voor de route een docent HBR in, die twee dagdelen per week samen met een kok-docent van het ROC lesgeeft in de leerkeuken. Het ROC zet twee kok-docenten en een instructeur in. Voor het programmaonderdeel Koken en gastheerschap vormen deze docenten één team met teambevoegdheid; het PTA/OER vermeldt welke docenten dat deel verzorgen en waarvoor ieder bevoegd is.

5.3 Het ROC stelt zijn leerkeuken, het leerrestaurant en de bakkerijruimte ter beschikking. De scholen stellen hun praktijklokalen HBR ter beschikking voor het inhalen van lessen en voor open dagen van de route. Het ROC regelt het vervoer tussen de scholen en de leerkeuken.

5.4 Het onderwijsprogramma en de examinering per leerjaar staan in het gezamenlijke PTA/OER. Het centraal examen vmbo wordt afgenomen op de eigen school, in het tweede leerjaar van de route.

## § 6. Overstapoptie

6.1 Verlaat een deelnemer de route in de vo-fase, dan vervolgt hij de reguliere leerweg op zijn eigen school, in HBR of een ander profiel, en haalt hij daar het vmbo-diploma.

6.2 Heeft een deelnemer aan het einde van het derde leerjaar van de route het vmbo-diploma niet behaald, dan kan hij zonder dat diploma verder in een opleiding van het ROC op niveau 2, bijvoorbeeld Kok, Medewerker bediening of Medewerker bakkerij; de vooropleidingseisen gelden dan niet. Ook kan hij het vmbo-examen opnieuw doen.

6.3 Wil een deelnemer in de mbo-fase een andere richting kiezen, dan kan hij overstappen naar een andere opleiding van het ROC op hetzelfde niveau, of, na een geschiktheidsonderzoek, naar een opleiding bij een andere instelling.

6.4 De school van de deelnemer en het ROC beslissen gezamenlijk welke voortzetting passend is, op grond van het bereikte onderwijsniveau en de leeftijd van de deelnemer, na een gesprek met de deelnemer en zijn ouders.

## § 7. Financiële afspraken

7.1 Ieder van de scholen draagt met toepassing van artikel 5.42a WVO 2020 voor elke deelnemer in de vo-fase EUR 820 per leerjaar aan het ROC over.

7.2 Dit bedrag is bestemd voor het gebruik van de leerkeuken en het leerrestaurant, de ingrediënten en het vervoer, bedoeld in § 5.3. Het ROC draagt geen bekostiging over aan de scholen.

## § 8. Medezeggenschap

8.1 Partijen stellen een gezamenlijke klankbordraad Horeca Tholen in. De medezeggenschapsraden van beide scholen wijzen elk één ouder en één leerling aan, de studentenraad van het ROC twee studenten van de route.

8.2 Voorgenomen besluiten van de besturen over het PTA/OER en over deze overeenkomst worden vooraf voor advies aan de klankbordraad voorgelegd. De wettelijke rechten van de medezeggenschapsraden, de studentenraad en de ondernemingsraad blijven onverlet.

## § 9. Geschillen

9.1 Een geschil tussen twee of meer partijen over de uitvoering van deze overeenkomst wordt eerst in de stuurgroep besproken en daarna, als het binnen vier weken niet is opgelost, in een bestuurlijk overleg van de drie besturen.

9.2 Wordt het geschil ook daar niet binnen zes weken opgelost, dan schakelen de betrokken partijen een mediator in. Levert mediation binnen drie maanden geen oplossing op, dan kan elk van de betrokken partijen het geschil voorleggen aan de bevoegde rechter te Middelburg.

## § 10. Toetreding, uittreding, wijziging en duur

10.1 Deze overeenkomst gaat in op 1 augustus 2025 en geldt voor onbepaalde tijd.

10.2 Een andere school voor vmbo of instelling voor beroepsonderwijs kan toetreden als alle partijen schriftelijk instemmen en de toetredende partij de overeenkomst ondertekent. Toetreding gaat in bij het begin van een schooljaar.

10.3 Elke partij kan haar deelname opzeggen tegen 1 augustus, met een opzegtermijn van één jaar. De overeenkomst blijft dan tussen de overige partijen van kracht, zolang daaronder ten minste één school en het ROC zijn. Een partij kan ook worden uitgesloten als zij na ingebrekestelling ernstig tekort blijft schieten.

10.4 Na opzegging of uitsluiting stromen geen nieuwe leerlingen van de vertrekkende school meer in. Deelnemers die al in de route zitten, ronden de route af; de vertrekkende partij blijft daarvoor haar verplichtingen nakomen.

10.5 Deze overeenkomst kan alleen schriftelijk worden gewijzigd, met instemming van alle partijen. Een wijziging van het programma geldt niet voor deelnemers die al in de route zitten, tenzij dat in hun voordeel is.

10.6 De scholen en het ROC melden de route gezamenlijk aan de minister van OCW; elke school registreert de route zelf in RIO.

## Ondertekening

Tholen, 30 juni 2025

| Partij | Naam | Functie |
| A. Stichting Openbaar Voortgezet Onderwijs Tholen | C.J. Quist | directeur-bestuurder |
| B. Stichting Christelijk Voortgezet Onderwijs Sint-Maartensdijk | A.P. Geluk | voorzitter bestuur |
| C. Stichting ROC Deltawerk | drs. L.M. Verhulst | voorzitter college van bestuur |
"""

sample(
    127, "drie_partijen_paragrafen_tholen", "pdf",
    "Three-party PDF (two vmbo schools and one ROC) with paragraph-sign numbering and two route "
    "variants; Tholen, HBR bb/kb to mbo-2 Kok and mbo-3 Zelfstandig werkend kok; the bedrijfsleven "
    "appears only in the considerans and a definition, never in the operative text.",
    {"a": "present", "b": "missing", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "present", "i": "present", "j": "present"},
    {"a": "§ 2. De route",
     "c": "§ 3. Leiding",
     "d": "§ 4. Inlichtingen en verantwoording",
     "e": "§ 5. Inrichting van het onderwijs",
     "f": "§ 6. Overstapoptie",
     "g": "§ 7. Financiële afspraken",
     "h": "§ 8. Medezeggenschap",
     "i": "§ 9. Geschillen",
     "j": "§ 10. Toetreding, uittreding, wijziging en duur"},
    H127,
    style=dict(font="Helvetica", size=10, margin=26, justify=False, h1_color="#5a2a1f",
               footer="Driepartijenovereenkomst DLR Horeca Tholen", author="Stuurgroep Horeca Tholen",
               col_widths=[0.5, 0.2, 0.3]))


# --------------------------------------------------------------------------------------------
# h128 - AOC interne regeling for a geintegreerde route, as a board decision.
# --------------------------------------------------------------------------------------------
H128 = r"""
# Interne regeling geïntegreerde route Groen vmbo-mbo

Besluit van het college van bestuur van Stichting AOC Flevo-Noord van 30 juni 2025, kenmerk CvB/2025/118

Het college van bestuur van Stichting AOC Flevo-Noord, bevoegd gezag van de school voor vmbo groen en van de mbo-opleidingen groen van AOC Flevo-Noord te Emmeloord;

gelet op artikel 2.107l en artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.17 en artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;

overwegende dat het vmbo en het mbo van AOC Flevo-Noord onder één bevoegd gezag vallen, zodat in plaats van een samenwerkingsovereenkomst een interne regeling wordt vastgesteld;

gehoord de teamleiders vmbo en mbo en na advies van de medezeggenschapsraad vmbo en de studentenraad;

besluit de volgende regeling vast te stellen.

## Artikel 1. Begrippen

In deze regeling wordt verstaan onder:
- AOC: Stichting AOC Flevo-Noord;
- afdeling vmbo: de school voor vmbo groen van het AOC, locatie Emmeloord;
- afdeling mbo: de mbo-opleidingen groen van het AOC, locatie Emmeloord;
- route: de geïntegreerde route, bedoeld in artikel 2;
- deelnemer: de leerling of student die de route volgt.

## Artikel 2. De geïntegreerde route

2.1 Het AOC verzorgt een geïntegreerde route vmbo-basisberoepsopleiding voor leerlingen van de basisberoepsgerichte leerweg met het profiel Groen.

2.2 De route leidt in het opleidingsdomein Voedsel, natuur en leefomgeving tot de basisberoepsopleiding Medewerker teelt (niveau 2) of Medewerker veehouderij (niveau 2), in de beroepsopleidende leerweg. De route duurt drie leerjaren en begint in het derde leerjaar van het vmbo.

2.3 In de route wordt geen eindexamen basisberoepsgerichte leerweg afgenomen. Een deelnemer kan op eigen verzoek alsnog het vmbo-examen afleggen als bedoeld in artikel 7.

2.4 Een leerling wordt tot de route toegelaten als de afdeling vmbo, na overleg met de leerling en zijn ouders en met de afdeling mbo, heeft vastgesteld dat hij daarbij gebaat is.

## Artikel 3. Betrokkenheid van het agrarisch bedrijfsleven

3.1 De route wordt uitgevoerd met een praktijknetwerk van ten minste acht agrarische leerbedrijven in de Noordoostpolder, waaronder Akkerbouwbedrijf Van der Meer te Marknesse, Pootgoedteelt Schokland B.V. te Ens, Melkveebedrijf De Zuidert te Creil en Boomkwekerij Kuinre-Polder te Luttelgeest, en met de afdeling Noordoostpolder van LTO Noord.

3.2 De leerbedrijven ontvangen deelnemers vanaf het eerste leerjaar van de route voor praktijkdagen, bieden in het tweede en derde leerjaar bpv-plaatsen aan, leveren praktijkopdrachten voor de seizoensprojecten zaaien, oogsten en stalmanagement en beoordelen de examens in de beroepspraktijk mee.

3.3 Eén keer per jaar organiseert de routeleiding een netwerkbijeenkomst met de leerbedrijven, LTO Noord en SBB, waarin het programma wordt geëvalueerd en advies wordt gevraagd over de keuzedelen.

## Artikel 4. Leiding over de route

4.1 De leiding over de route berust bij de routeleiding, bestaande uit de teamleider vmbo groen, de opleidingsmanager mbo groen niveau 2 en de routecoördinator.

4.2 Het college van bestuur benoemt de leden van de routeleiding. De routecoördinator wordt benoemd voor twee schooljaren, na advies van de teamleider en de opleidingsmanager.

4.3 Het college van bestuur draagt de routeleiding op: het opstellen van het PTA/OER van de route, de organisatie van het onderwijs, de toelating en begeleiding van deelnemers, de contacten met het praktijknetwerk, de voorbereiding van overstapbesluiten en de kwaliteitszorg. De routeleiding beslist binnen het jaarbudget over rooster, groepsindeling en inzet van docenten. Besluiten over formatie, investeringen en deze regeling neemt het college van bestuur.

## Artikel 5. Verantwoording aan het college van bestuur

5.1 De routeleiding rapporteert twee keer per jaar schriftelijk aan het college van bestuur, in de managementrapportages van januari en juni, over deelname, uitval, overstappen, resultaten en de besteding van het budget.

5.2 De routecoördinator bespreekt de rapportage in een overleg met het lid van het college van bestuur met de portefeuille onderwijs. Bijzondere gebeurtenissen meldt de routeleiding direct.

## Artikel 6. Inrichting, personeel en voorzieningen

6.1 De route wordt gegeven op de locatie Emmeloord van het AOC en op het praktijkbedrijf van het AOC aan de Voorsterweg te Marknesse.

6.2 Docenten van de afdeling vmbo en de afdeling mbo vormen één routeteam. Voor de vak- en sectoroverstijgende onderdelen Teelt en Dier en verzorging wordt gewerkt met teambevoegdheid als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB; het PTA/OER vermeldt welke docenten dat deel verzorgen en waarvoor ieder bevoegd is. Per leerjaar zet de afdeling vmbo ten minste 0,8 fte en de afdeling mbo ten minste 0,6 fte in.

6.3 De kassen, de stal, de werkplaats en de machines van het praktijkbedrijf, en de practicumlokalen van de afdeling vmbo, zijn voor alle deelnemers beschikbaar. Het rooster van het praktijkbedrijf wordt door de routeleiding vastgesteld.

6.4 Het onderwijsprogramma en de examinering per leerjaar, met de vermelding welke onderdelen tot het vmbo-deel en welke tot het mbo-deel behoren, staan in het PTA/OER van de route.

## Artikel 7. Overstapoptie

7.1 Een deelnemer die de route verlaat, wordt altijd een passende plek geboden waarmee hij een diploma kan behalen. Hij wordt niet automatisch in de Entreeopleiding geplaatst.

7.2 Afhankelijk van het moment van vertrek staan de volgende mogelijkheden open:
- in het eerste leerjaar van de route: voortzetting in de basisberoepsgerichte leerweg van de afdeling vmbo, in het profiel Groen of een ander profiel, met het vmbo-examen;
- in het tweede leerjaar: het afleggen van het vmbo-examen basisberoepsgerichte leerweg, zodat de deelnemer met een vmbo-diploma een andere mbo-opleiding kan kiezen;
- in het tweede of derde leerjaar: overstap naar een andere opleiding op niveau 2 van de afdeling mbo, zoals Medewerker hovenier of Medewerker dierverzorging, zonder dat vooropleidingseisen gelden; of voltooiing van de huidige route gevolgd door een nieuwe opleiding op niveau 2 of 3 in een ander domein.

7.3 Alleen als het behalen van een startkwalificatie echt niet haalbaar blijkt, begeleidt het AOC de deelnemer via de Entreeopleiding naar werk.

7.4 De teamleider vmbo en de opleidingsmanager beslissen gezamenlijk over de passende plek, na een gesprek met de deelnemer en zijn ouders, op grond van het bereikte onderwijsniveau en de leeftijd van de deelnemer.

## Artikel 8. Bekostiging

Er vindt geen overdracht van bekostiging plaats tussen de afdeling vmbo en de afdeling mbo als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de route worden in de begroting van het AOC aan beide afdelingen toegerekend.

## Artikel 9. Melding, inwerkingtreding en citeertitel

9.1 Het college van bestuur meldt de route aan Onze Minister door registratie in RIO.

9.2 Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: Interne regeling GLR Groen AOC Flevo-Noord.

Aldus vastgesteld door het college van bestuur van Stichting AOC Flevo-Noord te Emmeloord op 30 juni 2025.

ing. W.F. Kamphuis, voorzitter college van bestuur

drs. H. Bosma-Tjalsma, lid college van bestuur
"""

sample(
    128, "interne_regeling_aoc_geintegreerd_noordoostpolder", "docx",
    "DOCX interne regeling of an AOC, drafted as a board decision, for a geintegreerde route Groen bb to "
    "mbo-2 Medewerker teelt/veehouderij; Noordoostpolder; fully compliant (h, i, j not applicable), "
    "overstap explicitly not automatic Entree, explicit no transfer of bekostiging.",
    {"a": "present", "b": "present", "c": "present", "d": "present", "e": "present",
     "f": "present", "g": "present", "h": "not_applicable", "i": "not_applicable",
     "j": "not_applicable"},
    {"a": "Artikel 2. De geïntegreerde route",
     "b": "Artikel 3. Betrokkenheid van het agrarisch bedrijfsleven",
     "c": "Artikel 4. Leiding over de route",
     "d": "Artikel 5. Verantwoording aan het college van bestuur",
     "e": "Artikel 6. Inrichting, personeel en voorzieningen",
     "f": "Artikel 7. Overstapoptie",
     "g": "Artikel 8. Bekostiging"},
    H128,
    style=dict(font="Cambria", size=10.5, author="Bestuursbureau AOC Flevo-Noord"))


# === MAIN ===

def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    wanted = [a for a in argv if not a.startswith("-")]
    for s in SAMPLES:
        if not wanted or s["id"] in wanted:
            build(s)


if __name__ == "__main__":
    main(sys.argv[1:])
