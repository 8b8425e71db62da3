#!/usr/bin/env python3
"""Build held-out sample agreements h153-h160 for leerroute-check.

Written by an independent helper session (batch 11a). The agreements were composed from the two
official guidance documents (bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie),
/work/shared/domain.md and sample_agreements/LABELS.md only -- without looking at checker code,
models, tests, benchmarks or the texts of any other sample. All schools, instellingen, companies
and people are made up.

Usage:
    python3 build_heldout11a.py            build all
    python3 build_heldout11a.py 153 157    build only those numbers
    python3 build_heldout11a.py --check    open every produced file and verify it
"""
import io
import json
import os
import re
import sys
import zipfile

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)

AGREEMENTS = {}


def register(num, name, ext, description, statuses, evidence, source, **opts):
    assert set(statuses) == set("abcdefghij"), name
    for k in evidence:
        assert statuses[k] == "present", (name, k)
    AGREEMENTS[num] = dict(name=name, ext=ext, description=description, statuses=statuses,
                           evidence=evidence, source=source, opts=opts)


def st(s):
    """'ppwm...' -> statuses dict; p=present w=weak m=missing n=not_applicable."""
    m = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}
    assert len(s) == 10
    return {k: m[c] for k, c in zip("abcdefghij", s)}


# ---------------------------------------------------------------- markup
# One block per non-empty line:
#   "# "  title            "#s " subtitle           "## " heading 1     "### " heading 2
#   "- "  bullet           "> "  indented paragraph  "~ "  small note    "| a | b" table row
#   "+ "  auto-numbered lid (DOCX numbering level 2)   "+> " auto-numbered sub-item (level 3)
#   "%pagebreak"           anything else: body paragraph.  **x** = bold.

def parse(src):
    blocks = []
    for raw in src.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        for tag in ("#s ", "### ", "## ", "# ", "+> ", "+ ", "- ", "> ", "~ "):
            if line.startswith(tag):
                kind = {"#s ": "subtitle", "### ": "h2", "## ": "h1", "# ": "title",
                        "+> ": "auto2", "+ ": "auto1", "- ": "bullet", "> ": "indent",
                        "~ ": "note"}[tag]
                blocks.append((kind, line[len(tag):].strip()))
                break
        else:
            if line.startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
                if blocks and blocks[-1][0] == "table":
                    blocks[-1][1].append(cells)
                else:
                    blocks.append(("table", [cells]))
            elif line.strip() == "%pagebreak":
                blocks.append(("pagebreak", ""))
            else:
                blocks.append(("p", line.strip()))
    return blocks


def plain(text):
    return text.replace("**", "")


# ---------------------------------------------------------------- PDF
def _pdf_styles(base=10):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER
    s = {}
    s["title"] = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=base + 5,
                                leading=base + 9, alignment=TA_CENTER, spaceAfter=6)
    s["subtitle"] = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=base + 1,
                                   leading=base + 4, alignment=TA_CENTER, spaceAfter=10)
    s["h1"] = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=base + 1.5,
                             leading=base + 4, spaceBefore=9, spaceAfter=3, keepWithNext=1)
    s["h2"] = ParagraphStyle("h2", fontName="Helvetica-BoldOblique", fontSize=base,
                             leading=base + 3, spaceBefore=5, spaceAfter=2, keepWithNext=1)
    s["p"] = ParagraphStyle("p", fontName="Helvetica", fontSize=base, leading=base + 3.2,
                            spaceAfter=3)
    s["indent"] = ParagraphStyle("indent", parent=s["p"], leftIndent=18)
    s["bullet"] = ParagraphStyle("bullet", parent=s["p"], leftIndent=14, bulletIndent=4)
    s["note"] = ParagraphStyle("note", fontName="Helvetica-Oblique", fontSize=base - 1.5,
                               leading=base + 1.5, spaceAfter=4)
    s["cell"] = ParagraphStyle("cell", fontName="Helvetica", fontSize=base - 1.5,
                               leading=base + 1)
    s["cellb"] = ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=base - 1.5,
                                leading=base + 1)
    return s


def _esc(text):
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


def _pdf_flowables(blocks, styles, width, col_widths=None):
    from reportlab.platypus import Paragraph, Table, TableStyle, PageBreak, Spacer
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    out = []
    for idx, (kind, val) in enumerate(blocks):
        nxt = blocks[idx + 1][0] if idx + 1 < len(blocks) else None
        if kind in ("h1", "h2") and nxt == "table":
            # a heading kept with a long table would push the whole table to the next page
            out.append(Paragraph(_esc(val), ParagraphStyle(kind + "nk", parent=styles[kind],
                                                           keepWithNext=0)))
            continue
        if kind == "table":
            ncol = len(val[0])
            cw = (col_widths or {}).get(ncol) or [width / ncol] * ncol
            data = []
            for r, row in enumerate(val):
                st_ = styles["cellb"] if r == 0 else styles["cell"]
                data.append([Paragraph(_esc(c), st_) for c in row])
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "pagebreak":
            out.append(PageBreak())
        elif kind == "bullet":
            out.append(Paragraph(_esc(val), styles["bullet"], bulletText="\u2022"))
        else:
            key = {"auto1": "p", "auto2": "indent"}.get(kind, kind)
            out.append(Paragraph(_esc(val), styles[key]))
    return out


def _footer(label):
    def draw(canvas, doc):
        from reportlab.lib.pagesizes import A4
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(56, 30, label)
        canvas.drawRightString(A4[0] - 56, 30, "pagina %d" % doc.page)
        canvas.restoreState()
    return draw


def build_pdf(path, blocks, opts):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, FrameBreak,
                                    NextPageTemplate)
    base = opts.get("base", 10)
    styles = _pdf_styles(base)
    lm = rm = 56
    tm, bm = 56, 56
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, invariant=1, title=opts.get("title", ""),
                          author=opts.get("author", ""), subject="", creator="",
                          producer="")
    W = A4[0] - lm - rm
    H = A4[1] - tm - bm
    footer = _footer(opts.get("footer", ""))
    if opts.get("columns") == 2:
        # first page: full-width header frame, then two columns; later pages: two columns
        head_h = opts.get("head_h", 150)
        gap = 18
        cw = (W - gap) / 2
        first = [Frame(lm, bm + H - head_h, W, head_h, id="head"),
                 Frame(lm, bm, cw, H - head_h, id="c1"),
                 Frame(lm + cw + gap, bm, cw, H - head_h, id="c2")]
        later = [Frame(lm, bm, cw, H, id="l1"), Frame(lm + cw + gap, bm, cw, H, id="l2")]
        doc.addPageTemplates([PageTemplate("first", first, onPage=footer),
                              PageTemplate("later", later, onPage=footer)])
        head_blocks = blocks[:opts["head_n"]]
        body_blocks = blocks[opts["head_n"]:]
        story = _pdf_flowables(head_blocks, styles, W)
        story.insert(0, NextPageTemplate("later"))
        story.append(FrameBreak())
        story += _pdf_flowables(body_blocks, styles, cw)
    else:
        doc.addPageTemplates([PageTemplate("one", [Frame(lm, bm, W, H, id="f")],
                                           onPage=footer)])
        cws = {n: [w * W for w in ws] for n, ws in opts.get("col_widths", {}).items()}
        story = _pdf_flowables(blocks, styles, W, cws)
    doc.build(story)


# ---------------------------------------------------------------- DOCX
def _add_runs(par, text, size=None, italic=False):
    from docx.shared import Pt
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        bold = part.startswith("**") and part.endswith("**")
        run = par.add_run(part[2:-2] if bold else part)
        run.bold = bold or None
        if italic:
            run.italic = True
        if size:
            run.font.size = Pt(size)


NUMBERING_XML = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="{aid}">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{lvl0}"/><w:lvlJc w:val="left"/><w:suff w:val="space"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{lvl1}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="850" w:hanging="425"/></w:pPr></w:lvl>
</w:abstractNum>"""


def _setup_numbering(doc, lvl0, lvl1, aid=77, num_id=77):
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    numbering = doc.part.numbering_part.element
    absn = parse_xml(NUMBERING_XML.format(aid=aid, lvl0=lvl0, lvl1=lvl1))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                    'w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (num_id, aid))
    numbering.append(num)
    return num_id


def _set_num(par, num_id, ilvl):
    from docx.oxml import parse_xml
    pPr = par._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                      '<w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (ilvl, num_id))
    # numPr must come right after pStyle (if any)
    pstyle = pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pStyle")
    if pstyle is not None:
        pstyle.addnext(numPr)
    else:
        pPr.insert(0, numPr)


def build_docx(path, blocks, opts):
    import datetime
    from docx import Document
    from docx.shared import Pt, Cm
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = doc.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(opts.get("size", 10.5))
    num_id = None
    if opts.get("autonum"):
        num_id = _setup_numbering(doc, opts["autonum"][0], opts["autonum"][1])
    for kind, val in blocks:
        if kind == "title":
            p = doc.add_paragraph(style="Title")
            _add_runs(p, val)
        elif kind == "subtitle":
            p = doc.add_paragraph(style="Subtitle")
            _add_runs(p, val)
        elif kind in ("h1", "h2"):
            level = 1 if kind == "h1" else 2
            p = doc.add_heading(level=level)
            _add_runs(p, val)
            if num_id and kind == "h1" and opts.get("number_headings", True) \
                    and not val.startswith("\u00a0"):
                _set_num(p, num_id, 0)
        elif kind == "bullet":
            p = doc.add_paragraph(style="List Bullet")
            _add_runs(p, val)
        elif kind == "indent":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.9)
            _add_runs(p, val)
        elif kind == "auto1":
            p = doc.add_paragraph()
            _add_runs(p, val)
            _set_num(p, num_id, 1)
        elif kind == "auto2":
            p = doc.add_paragraph()
            _add_runs(p, val)
            _set_num(p, num_id, 2)
        elif kind == "note":
            p = doc.add_paragraph()
            _add_runs(p, val, size=8.5, italic=True)
        elif kind == "table":
            rows = val
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell_text in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = ""
                    _add_runs(cell.paragraphs[0], ("**%s**" % cell_text) if r == 0 else cell_text,
                              size=opts.get("table_size", 9))
            cws = opts.get("col_widths_cm")
            if cws:
                for row in t.rows:
                    for c, w in enumerate(cws):
                        row.cells[c].width = Cm(w)
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            p = doc.add_paragraph()
            _add_runs(p, val)
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 6, 30, 9, 0, 0)
    cp.author = opts.get("author", "")
    cp.last_modified_by = opts.get("author", "")
    cp.title = opts.get("title", "")
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    buf = io.BytesIO()
    doc.save(buf)
    _rewrite_zip(buf.getvalue(), path)


def _rewrite_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- text formats
def build_text(path, source, opts):
    text = source.strip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ================================================================ AGREEMENTS

# ---------------------------------------------------------------- h153
H153 = r"""
# SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO
#s Energieroute Hof van Twente - profiel Produceren, installeren en energie / opleidingsdomein Installatie- en energietechniek
~ Definitieve tekst, vastgesteld in het bestuurlijk overleg van 12 juni 2025. Opgesteld door mr. H.J. Brinkhuis, bestuurssecretaris-jurist van Stichting Voortgezet Onderwijs Hof en Regge, in afstemming met de afdeling Juridische Zaken van ROC Oost-Twente.
## DE ONDERGETEKENDEN
1. de stichting Stichting Voortgezet Onderwijs Hof en Regge, statutair gevestigd te Goor, gemeente Hof van Twente, ingeschreven in het handelsregister onder nummer 41021377, bevoegd gezag van de school voor voortgezet onderwijs De Hofmarke, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw drs. E.M. Wolters-Olde Meinders, hierna te noemen: "de School";
2. de stichting Stichting Regionaal Opleidingencentrum Oost-Twente, statutair gevestigd te Hengelo, ingeschreven in het handelsregister onder nummer 41030982, bevoegd gezag van de instelling voor beroepsonderwijs ROC Oost-Twente, te dezen rechtsgeldig vertegenwoordigd door de voorzitter van het college van bestuur, de heer ir. B.J. ter Horst, hierna te noemen: "het ROC";
hierna gezamenlijk te noemen: "Partijen" en ieder afzonderlijk: "Partij".
## OVERWEGENDE DAT
A. de School in de kaderberoepsgerichte leerweg het profiel Produceren, installeren en energie aanbiedt en het ROC binnen zijn Techniekcollege opleidingen verzorgt in het opleidingsdomein Installatie- en energietechniek;
B. in de gemeenten Hof van Twente, Haaksbergen en Hengelo een structureel tekort bestaat aan gekwalificeerde monteurs die de energietransitie in woningen en utiliteitsgebouwen kunnen uitvoeren;
C. Partijen vanaf het schooljaar 2025-2026 gezamenlijk een doorlopende leerroute vmbo-mbo willen verzorgen als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs;
D. artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs voorschrijven dat een zodanige leerroute wordt verzorgd op grond van een samenwerkingsovereenkomst met een in die artikelen bepaalde inhoud;
E. de medezeggenschapsraad van de School en de studentenraad en de ondernemingsraad van het ROC over het voornemen tot deze samenwerking hebben geadviseerd;
## KOMEN OVEREEN ALS VOLGT:
## Artikel 1. Begripsbepalingen
In deze overeenkomst wordt verstaan onder:
> a. Leerroute: de doorlopende leerroute vmbo-mbo "Energieroute Hof van Twente" als omschreven in artikel 2;
> b. Deelnemer: de jongere die aan de Leerroute deelneemt, in het eerste en tweede leerjaar van de Leerroute als leerling van de School en vanaf het derde leerjaar als student van het ROC;
> c. vo-fase: het eerste en tweede leerjaar van de Leerroute, samenvallend met het derde en vierde leerjaar van de School;
> d. mbo-fase: het derde en de volgende leerjaren van de Leerroute;
> e. Routeteam: het orgaan bedoeld in artikel 4;
> f. Routecoördinator: de functionaris bedoeld in artikel 4, tweede lid, onder c;
> g. Bestuurlijk Overleg: het overleg tussen de voorzitters van de colleges van bestuur van Partijen of hun plaatsvervangers;
> h. Programmadocument: het door Partijen gezamenlijk vastgestelde document waarin per leerjaar het onderwijsprogramma, de examinering en de beroepspraktijkvorming van de Leerroute zijn beschreven (gezamenlijk PTA/OER).
## Artikel 2. Voorwerp van de overeenkomst
1. Partijen verzorgen gezamenlijk een doorlopende leerroute die aanvangt in het derde leerjaar van de kaderberoepsgerichte leerweg, profiel Produceren, installeren en energie, en die leidt tot het diploma vmbo kaderberoepsgerichte leerweg en tot een diploma van een vakopleiding (niveau 3) in het aanverwante opleidingsdomein Installatie- en energietechniek.
2. Binnen de Leerroute kiest de Deelnemer aan het einde van het eerste leerjaar voor een van de volgende kwalificaties, beide in de beroepsopleidende leerweg:
> a. Eerste monteur elektrotechnische installaties woning en utiliteit (niveau 3);
> b. Eerste monteur werktuigkundige installaties (niveau 3).
3. De nominale duur van de Leerroute bedraagt vijf leerjaren. Tijd die vrijkomt doordat overlap tussen het vmbo- en het mbo-programma wordt vermeden, wordt besteed aan verdieping in duurzame energietechniek.
4. Jaarlijks kunnen ten hoogste 32 Deelnemers instromen.
## Artikel 3. Inschrijving en verantwoordelijkheden
1. In de vo-fase is de Deelnemer ingeschreven als leerling van de School; de School is verantwoordelijk voor het vmbo-deel van het programma, voor de vmbo-examinering en -diplomering en voor de verzuimregistratie.
2. Met ingang van het derde leerjaar van de Leerroute wordt de Deelnemer bij de School uitgeschreven en als student van het ROC ingeschreven; het ROC is verantwoordelijk voor het mbo-deel, de beroepspraktijkvorming en de mbo-examinering en -diplomering.
3. Heeft een Deelnemer aan het einde van de vo-fase het vmbo-diploma nog niet behaald, dan blijft de School verantwoordelijk voor diens vmbo-eindexamen totdat dit is afgerond, ook als de Deelnemer reeds als student van het ROC is ingeschreven.
## Artikel 4. Routeteam en routecoördinator
1. De dagelijkse leiding van de Leerroute berust bij het Routeteam.
2. Het Routeteam bestaat uit:
> a. de afdelingsleider bovenbouw techniek van de School;
> b. de opleidingsmanager Installatie- en energietechniek van het ROC;
> c. de Routecoördinator, die tevens voorzitter is.
3. De leden onder a en b worden door het college van bestuur van de eigen Partij schriftelijk als lid aangewezen. De Routecoördinator wordt door de colleges van bestuur van beide Partijen bij gezamenlijk besluit benoemd, op voordracht van de leden onder a en b, voor een termijn van drie schooljaren; herbenoeming is eenmaal mogelijk. Een aanwijzing of benoeming kan op dezelfde wijze worden ingetrokken.
4. De colleges van bestuur dragen het Routeteam de volgende taken op:
> a. het opstellen en jaarlijks bijstellen van het Programmadocument, ter vaststelling door beide colleges van bestuur;
> b. het vaststellen van de jaarplanning, de lesroosters en de groepsindeling van de Leerroute;
> c. de toelating van leerlingen tot de Leerroute aan het einde van het tweede leerjaar van de School;
> d. de coördinatie van de inzet van personeel en voorzieningen als bedoeld in de artikelen 7 en 8;
> e. het voorbereiden van besluiten over de overstap van Deelnemers als bedoeld in artikel 11;
> f. het onderhouden van de contacten met het werkveld als bedoeld in artikel 10.
5. Het Routeteam is bevoegd om binnen de door beide colleges van bestuur vastgestelde jaarbegroting en formatie zelfstandig te besluiten over de in het vierde lid onder b tot en met f genoemde onderwerpen. Besluiten over het Programmadocument, over de omvang van de instroom en over afwijkingen van de begroting behoeven de instemming van beide colleges van bestuur.
6. Het Routeteam besluit bij consensus. Wordt geen consensus bereikt, dan legt de Routecoördinator het onderwerp voor aan het Bestuurlijk Overleg.
## Artikel 5. Inlichtingen en verantwoording
1. Het Routeteam verstrekt de colleges van bestuur van beide Partijen gevraagd en ongevraagd alle inlichtingen die zij voor de uitoefening van hun taak nodig hebben.
2. Het Routeteam legt aan beide colleges van bestuur verantwoording af door middel van:
> a. een halfjaarlijkse voortgangsnotitie, uiterlijk op 1 februari en 1 september van elk jaar, met ten minste de gegevens over instroom, doorstroom, uitval en overstap, de examenresultaten en de besteding van de middelen bedoeld in artikel 12;
> b. een jaarverslag over het afgelopen schooljaar, uiterlijk op 1 november, dat in het Bestuurlijk Overleg wordt besproken.
3. Het Bestuurlijk Overleg komt ten minste tweemaal per jaar bijeen, in februari en in november. De Routecoördinator woont het overleg bij.
4. Incidenten die de continuïteit van de Leerroute of de veiligheid van Deelnemers raken, meldt de Routecoördinator onverwijld aan beide colleges van bestuur.
## Artikel 6. Onderwijsprogramma en examinering
1. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden voor de gehele Leerroute per leerjaar beschreven in het Programmadocument. Daarin is per programmaonderdeel aangegeven of het behoort tot het vmbo-programma, het mbo-programma of tot beide.
2. Het centraal examen vmbo wordt afgenomen in het tweede leerjaar van de Leerroute. Mbo-examenonderdelen kunnen vanaf het eerste leerjaar worden afgenomen onder verantwoordelijkheid van de examencommissie van het ROC.
3. De onderwijstijd voldoet aan de artikelen 2.107g tot en met 2.107i van de Wet voortgezet onderwijs 2020 en de artikelen 9.1.9 tot en met 9.1.11 van de Wet educatie en beroepsonderwijs.
## Artikel 7. Inzet van personeel
1. De Leerroute wordt verzorgd door één docententeam, bestaande uit docenten van de School en van het ROC. Docenten blijven in dienst van hun eigen werkgever; die werkgever blijft verantwoordelijk voor arbeidsvoorwaarden, functioneren en professionalisering.
2. Het ROC stelt in de vo-fase per groep ten minste acht lesuren per week een docent installatietechniek beschikbaar, die in de praktijklokalen van de School lesgeeft. De School stelt in de mbo-fase een docent Nederlands en een docent wiskunde beschikbaar voor in totaal vier uur per week ten behoeve van Deelnemers die hun vmbo-examen nog moeten afronden.
3. Partijen maken gebruik van de mogelijkheid om teams van leraren en docenten in te zetten als bedoeld in artikel 7.13a van de Wet voortgezet onderwijs 2020 en artikel 9.1.12 van de Wet educatie en beroepsonderwijs, voor de vakoverstijgende onderdelen "Duurzame installaties" en "Project energieneutraal wonen". In het Programmadocument is aangegeven in welke onderdelen teams worden ingezet en welke docent voor welk onderdeel bevoegd is.
4. Partijen organiseren jaarlijks ten minste twee gezamenlijke studiedagen voor het docententeam.
## Artikel 8. Locaties en voorzieningen
1. De vo-fase wordt verzorgd op de locatie van de School aan het Hofmarkeplein te Goor, met uitzondering van één dag per week die de Deelnemers vanaf het tweede halfjaar van het eerste leerjaar doorbrengen in het Installatiehuis van het ROC te Hengelo. De mbo-fase wordt verzorgd op de locatie van het ROC te Hengelo en bij leerbedrijven.
2. Het ROC stelt het Installatiehuis, met inbegrip van de oefenruimte voor warmtepompen en zonnestroomsystemen, ter beschikking voor de lessen van de Leerroute. De School stelt haar praktijklokaal elektrotechniek en het bijbehorende gereedschap ter beschikking voor de lessen die docenten van het ROC op de locatie van de School geven.
3. Deelnemers hebben in de vo-fase toegang tot de elektronische leeromgeving van het ROC. Partijen dragen elk zorg voor de verzekering van hun eigen gebouwen en inventaris; de wettelijke aansprakelijkheid voor Deelnemers volgt de inschrijving.
## Artikel 9. Begeleiding, klachten en verzuim
1. Iedere Deelnemer heeft een vaste mentor; in de vo-fase is dit een docent van de School, in de mbo-fase een studieloopbaanbegeleider van het ROC. Bij de overgang naar de mbo-fase vindt een overdrachtsgesprek plaats.
2. De klachtenregeling van elk van Partijen is mede van toepassing op gedragingen van personeel van de andere Partij in het kader van de Leerroute. Een klacht over een docent van het ROC die bij de School wordt ingediend, wordt door de School in behandeling genomen; het ROC verleent daaraan zijn medewerking en draagt zorg voor de afwikkeling van eventuele maatregelen.
3. De verzuimregistratie en -melding volgt de inschrijving als bedoeld in artikel 3.
## Artikel 10. Betrokkenheid van het werkveld
1. Partijen betrekken het installatiebedrijfsleven op de volgende wijze bij de invulling van de Leerroute:
> a. er is een Werkveldtafel Energieroute, waarin ten minste drie erkende leerbedrijven uit de regio en een vertegenwoordiger van de regionale afdeling van Techniek Nederland zitting hebben; bij de ondertekening van deze overeenkomst zijn dat Nijhof Installatietechniek B.V. te Goor, Kampman Elektro te Delden en Warmtebedrijf Twentekanaal te Hengelo;
> b. de Werkveldtafel komt tweemaal per jaar met het Routeteam bijeen en adviseert over de inhoud van het Programmadocument, de keuze van keuzedelen en de aansluiting op nieuwe technieken;
> c. de leerbedrijven leveren jaarlijks ten minste vier levensechte praktijkopdrachten voor de vo-fase, verzorgen bedrijfsbezoeken in het eerste leerjaar en stellen in de mbo-fase plaatsen voor de beroepspraktijkvorming beschikbaar;
> d. praktijkopleiders van de leerbedrijven beoordelen mee bij de proeven van bekwaamheid in de mbo-fase.
2. Het Routeteam legt de adviezen van de Werkveldtafel vast en vermeldt in het jaarverslag wat daarmee is gedaan.
## Artikel 11. Overstapregeling
1. Beëindigt een Deelnemer zijn deelname aan de Leerroute voordat hij deze met succes heeft doorlopen, dan stellen Partijen hem in staat een vmbo-diploma of een mbo-diploma te behalen dat past bij het niveau dat hij heeft bereikt en bij zijn leeftijd.
2. Welke vervolgroute passend is, wordt bepaald door de afdelingsleider van de School en de opleidingsmanager van het ROC gezamenlijk, na een gesprek met de Deelnemer en, als hij minderjarig is, zijn ouders. Het besluit wordt binnen vier weken na de melding van het voornemen tot beëindiging genomen en schriftelijk aan de Deelnemer meegedeeld.
3. Partijen hanteren daarbij de volgende uitgangspunten:
> a. bij beëindiging in de vo-fase vervolgt de Deelnemer zijn opleiding in de reguliere kaderberoepsgerichte leerweg van de School, in het profiel Produceren, installeren en energie of, als dat beter past, in een ander profiel, gericht op het behalen van het vmbo-diploma;
> b. heeft de Deelnemer het vmbo-diploma aan het einde van het derde leerjaar van de Leerroute niet behaald, dan kan hij zonder dat diploma worden toegelaten tot een andere opleiding van het ROC op niveau 2 of 3 die aansluit bij de behaalde vo- en mbo-onderdelen; vooropleidingseisen staan daaraan niet in de weg; ook kan hij met begeleiding van de School het vmbo-examen opnieuw afleggen;
> c. blijkt de richting niet bij de Deelnemer te passen, dan wordt een opleiding op vergelijkbaar niveau in een ander opleidingsdomein gezocht, binnen het ROC of bij een andere instelling in de regio;
> d. wil de Deelnemer naar een andere instelling, dan verleent het ROC medewerking aan een geschiktheidsonderzoek door die instelling en verstrekt het met toestemming van de Deelnemer de benodigde gegevens;
> e. de School en het ROC zorgen voor een warme overdracht naar de nieuwe opleiding.
4. Dit artikel is niet van toepassing op een Deelnemer die definitief van de School of het ROC is verwijderd.
5. De School neemt de hoofdlijnen van deze regeling op in haar schoolgids.
## Artikel 12. Financiële bepalingen
1. Met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 draagt de School aan het ROC een bedrag over van EUR 1.150 per Deelnemer per leerjaar in de vo-fase, vast te stellen op basis van het aantal Deelnemers op 1 oktober. Dit bedrag is bestemd voor de inzet van de docent installatietechniek bedoeld in artikel 7, tweede lid, en voor verbruiksmaterialen in het Installatiehuis.
2. Met toepassing van artikel 9.1.15 van de Wet educatie en beroepsonderwijs draagt het ROC aan de School een bedrag over van EUR 420 per student die in het derde leerjaar van de Leerroute het vmbo-examen nog moet afronden, bestemd voor de inzet van de docenten bedoeld in artikel 7, tweede lid, tweede volzin.
3. De overdracht vindt plaats door facturering vóór 1 december van het betreffende schooljaar en betaling binnen dertig dagen. Beide bedragen worden jaarlijks per 1 augustus geïndexeerd met het percentage waarmee de rijksbijdrage voor loonkosten wordt aangepast.
4. Overige kosten komen voor rekening van de Partij die ze maakt.
## Artikel 13. Medezeggenschap
1. Op Deelnemers in de vo-fase, hun ouders en het personeel van de School is de Wet medezeggenschap op scholen van toepassing; op Deelnemers in de mbo-fase zijn de regels van hoofdstuk 8a van de Wet educatie en beroepsonderwijs van toepassing en op het personeel van het ROC de Wet op de ondernemingsraden.
2. In aanvulling daarop spreken Partijen af:
> a. Deelnemers in de vo-fase kunnen zich met één vertegenwoordiger als toehoorder met spreekrecht laten vertegenwoordigen in de vergaderingen van de studentenraad van het Techniekcollege van het ROC;
> b. eenmaal per schooljaar vindt een gezamenlijke bijeenkomst plaats van een delegatie van de medezeggenschapsraad van de School en van de studentenraad van het ROC, waarin het Routeteam het jaarverslag toelicht;
> c. voorgenomen besluiten over wijziging of beëindiging van deze overeenkomst worden voor advies voorgelegd aan de medezeggenschapsraad van de School en aan de studentenraad van het ROC.
## Artikel 14. Gegevensuitwisseling
Partijen wisselen persoonsgegevens van Deelnemers uitsluitend uit voor zover dat voor de uitvoering van deze overeenkomst noodzakelijk is en leggen de nadere afspraken vast in een gegevensuitwisselingsprotocol dat als bijlage 2 bij deze overeenkomst is gevoegd.
## Artikel 15. Geschillen
1. Een verschil van mening tussen Partijen over de uitvoering van deze overeenkomst wordt eerst in het Routeteam besproken.
2. Leidt dat niet binnen twee weken tot een oplossing, dan legt elk van Partijen het geschil schriftelijk voor aan het Bestuurlijk Overleg, dat binnen vier weken daarna bijeenkomt.
3. Komt het Bestuurlijk Overleg niet binnen zes weken tot overeenstemming, dan schakelen Partijen een mediator in die is ingeschreven in het register van de Mediatorsfederatie Nederland. De kosten van de mediation worden door Partijen gelijk gedeeld.
4. Is het geschil niet binnen drie maanden na de start van de mediation opgelost, dan kan elk van Partijen het geschil voorleggen aan de bevoegde rechter in het arrondissement Overijssel. Op deze overeenkomst is Nederlands recht van toepassing.
5. Gedurende een geschil zetten Partijen de uitvoering van de Leerroute voor de zittende Deelnemers ongewijzigd voort.
## Artikel 16. Duur, toetreding, wijziging en beëindiging
1. Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd.
2. Een andere school voor voortgezet onderwijs of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien:
> a. het bevoegd gezag daarvan een schriftelijk verzoek doet aan beide Partijen;
> b. beide colleges van bestuur na advies van het Routeteam schriftelijk instemmen;
> c. de toetredende partij door ondertekening van een toetredingsverklaring alle rechten en verplichtingen uit deze overeenkomst aanvaardt; en
> d. de toetreding ingaat per 1 augustus van een schooljaar en vóór die datum gezamenlijk bij DUO is gemeld.
3. Deze overeenkomst kan slechts worden gewijzigd bij schriftelijke overeenkomst, ondertekend door de colleges van bestuur van alle Partijen. Een wijziging die het programma van zittende Deelnemers raakt, gaat niet eerder in dan met ingang van het volgende schooljaar, tenzij het Routeteam vaststelt dat de wijziging voor die Deelnemers geen nadelige gevolgen heeft.
4. Elke Partij kan deze overeenkomst schriftelijk opzeggen tegen 1 augustus van enig jaar, met inachtneming van een opzegtermijn van ten minste twaalf maanden.
5. Elke Partij kan deze overeenkomst met onmiddellijke ingang ontbinden indien de andere Partij in staat van faillissement wordt verklaard, of indien de andere Partij ernstig tekortschiet in de nakoming en die tekortkoming niet binnen zestig dagen na schriftelijke ingebrekestelling heeft hersteld.
6. Na opzegging of ontbinding nemen Partijen geen nieuwe Deelnemers meer in de Leerroute op. Deelnemers die op de datum van beëindiging aan de Leerroute deelnemen, ronden de Leerroute af onder de voorwaarden van deze overeenkomst, die voor hen van kracht blijft totdat de laatste van hen de Leerroute heeft voltooid of verlaten. Is dat voor een Deelnemer niet mogelijk, dan is artikel 11 van overeenkomstige toepassing.
## Artikel 17. Melding en slotbepalingen
1. Partijen melden de Leerroute gezamenlijk aan de Minister van Onderwijs, Cultuur en Wetenschap door registratie in het Registratie Instellingen en Opleidingen (RIO).
2. Bij deze overeenkomst behoren de volgende bijlagen: 1. Programmadocument 2025-2026; 2. Gegevensuitwisselingsprotocol. Bij strijdigheid gaat de tekst van deze overeenkomst voor.
3. Deze overeenkomst kan worden aangehaald als "Samenwerkingsovereenkomst Energieroute Hof van Twente".
Aldus overeengekomen en in tweevoud ondertekend te Goor op 30 juni 2025.
| Stichting Voortgezet Onderwijs Hof en Regge | Stichting Regionaal Opleidingencentrum Oost-Twente
| drs. E.M. Wolters-Olde Meinders, voorzitter college van bestuur | ir. B.J. ter Horst, voorzitter college van bestuur
| handtekening: | handtekening:
%pagebreak
## Bijlage 1. Programmadocument 2025-2026 (hoofdlijnen)
~ Deze bijlage geeft de hoofdlijnen weer. Het volledige gezamenlijke PTA/OER wordt jaarlijks vóór 1 juli door beide colleges van bestuur vastgesteld en is op te vragen bij de Routecoördinator.
| Leerjaar route | Programma | Examinering | Beroepspraktijk | Locatie
| 1 (vmbo 3) | Profielvakken PIE, algemene vakken kb, mbo-module Basis elektrotechniek, oriëntatie op beide kwalificaties | Schoolexamens vmbo volgens PTA; mbo-examen Veilig werken (VCA-basis) | Bedrijfsbezoeken en twee praktijkopdrachten van de Werkveldtafel | School; vanaf februari één dag per week Installatiehuis ROC
| 2 (vmbo 4) | Afronding vmbo-programma; keuze kwalificatie; project "Energieneutraal wonen" (team) | Centraal examen vmbo kb; eerste mbo-werkprocesexamen | Snuffelstage van twee weken bij een leerbedrijf | School en Installatiehuis ROC
| 3 (mbo 1) | Beroepsgerichte kern niveau 3; Nederlands en rekenen mbo; zo nodig herkansing vmbo-vakken | Mbo-examens kern; eventueel vmbo-herexamen (verantwoordelijkheid School) | Bpv 16 weken | ROC Hengelo en leerbedrijf
| 4 (mbo 2) | Verdieping kwalificatie; keuzedelen Warmtepomptechniek of Domotica | Proeve van bekwaamheid deel 1, praktijkopleider beoordeelt mee | Bpv 20 weken | ROC Hengelo en leerbedrijf
| 5 (mbo 3) | Afronding kwalificatie, keuzedelen, loopbaan en burgerschap | Proeve van bekwaamheid deel 2; diplomering mbo | Bpv 24 weken | ROC Hengelo en leerbedrijf
Aantal begeleide onderwijsuren en bpv-uren per leerjaar: zie het volledige PTA/OER, hoofdstuk 3. Programmaonderdelen waarin teams van leraren en docenten worden ingezet, zijn daar met de letter T gemarkeerd.
## Bijlage 2. Gegevensuitwisselingsprotocol (samenvatting)
1. Partijen zijn elk verwerkingsverantwoordelijke voor de gegevens van de Deelnemers die bij hen zijn ingeschreven.
2. Bij de overgang naar de mbo-fase verstrekt de School aan het ROC het onderwijskundig rapport, de cijferlijsten en, met toestemming van de Deelnemer of diens ouders, relevante gegevens over extra ondersteuning.
3. Het ROC verstrekt de School de resultaten van mbo-examenonderdelen die voor de vmbo-diplomering van belang zijn.
4. Gegevens worden uitsluitend uitgewisseld via de beveiligde koppeling tussen de leerlingadministratiesystemen of via versleutelde e-mail; bewaartermijnen volgen de wettelijke termijnen.
5. Een datalek wordt binnen 24 uur na ontdekking aan de andere Partij gemeld.
"""

register(153, "h153_advocatenovereenkomst_artikelen_leden_installatie_hof_van_twente", "pdf",
         "Lange bestuursjuristenovereenkomst (PDF, 7 p.) met considerans, begripsbepalingen, 17 "
         "artikelen met leden en sub-onderdelen en twee bijlagen (programmatabel); Hof van Twente, PIE kb -> mbo-3 Eerste monteur "
         "(installatie- en energietechniek); volledig compleet, overdracht in beide richtingen.",
         st("pppppppppp"),
         {"a": "Artikel 2. Voorwerp van de overeenkomst",
          "b": "Artikel 10. Betrokkenheid van het werkveld",
          "c": "Artikel 4. Routeteam en routecoördinator",
          "d": "Artikel 5. Inlichtingen en verantwoording",
          "e": "Artikel 7. Inzet van personeel",
          "f": "Artikel 11. Overstapregeling",
          "g": "Artikel 12. Financiële bepalingen",
          "h": "Artikel 13. Medezeggenschap",
          "i": "Artikel 15. Geschillen",
          "j": "Artikel 16. Duur, toetreding, wijziging en beëindiging"},
         H153, title="Samenwerkingsovereenkomst Energieroute Hof van Twente",
         author="Stichting Voortgezet Onderwijs Hof en Regge",
         footer="Samenwerkingsovereenkomst Energieroute Hof van Twente - definitief 30 juni 2025",
         col_widths={5: [0.11, 0.27, 0.24, 0.19, 0.19]})

# ---------------------------------------------------------------- h154
H154 = r"""
# Afsprakenkaart Kookroute Katwijk
#s Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo - Horeca, bakkerij en recreatie (bb) naar Kok (niveau 2)
~ Deze kaart is geschreven door de mensen die de route uitvoeren: Marieke van der Plas (teamleider HBR, Vakcollege Zeezicht) en Joost Haasnoot (opleidingsmanager Horeca & Bakkerij, mboRijnkust). De besturen hebben de kaart op 24 juni 2025 vastgesteld als de samenwerkingsovereenkomst voor deze route. Versie 1.0.
## Wie tekenen?
- Stichting Christelijk Voortgezet Onderwijs Kust en Duin, bevoegd gezag van Vakcollege Zeezicht, Zeeweg 40, Katwijk (hierna: Zeezicht).
- Stichting mboRijnkust, bevoegd gezag van de gelijknamige instelling voor beroepsonderwijs, met locaties in Leiden en Katwijk (hierna: Rijnkust).
## 1. Wat bieden we aan?
- Leerlingen van de basisberoepsgerichte leerweg met het profiel Horeca, bakkerij en recreatie kunnen na leerjaar 2 kiezen voor de Kookroute.
- De route leidt in vier jaar tot het vmbo-diploma basisberoepsgerichte leerweg en het mbo-diploma Kok (niveau 2, BOL) in het opleidingsdomein Horeca en bakkerij.
- We starten met maximaal 16 leerlingen per jaar.
## 2. Wie zit aan het stuur?
- De route wordt geleid door het routeduo: de teamleider HBR van Zeezicht en de opleidingsmanager Horeca & Bakkerij van Rijnkust.
- De directeur van Zeezicht en de collegedirecteur van Rijnkust wijzen ieder hun lid van het routeduo schriftelijk aan, steeds voor twee schooljaren. Bij vertrek of langdurige afwezigheid wijzen zij op dezelfde manier een vervanger aan.
- Het routeduo regelt: de toelating tot de route, het rooster en de groepsindeling, het gezamenlijke PTA/OER (dat de besturen vaststellen), de inzet van docenten (zie 4), de plaatsing bij leerbedrijven en de overstapgesprekken (zie 5).
- Over toelating, rooster, groepsindeling en de verdeling van docenturen beslist het routeduo zelf, binnen het aantal uren dat de besturen ieder jaar voor de route beschikbaar stellen. Veranderingen in het PTA/OER, in de groepsgrootte of in deze kaart legt het routeduo aan beide besturen voor.
## 3. Hoe houden we de besturen op de hoogte?
- In februari en in september stuurt het routeduo beide besturen een voortgangsnotitie van hooguit twee kantjes: hoeveel leerlingen zijn ingestroomd, gestopt of overgestapt, hoe de examens zijn gegaan en welke knelpunten er zijn.
- Elk jaar in oktober schuift het routeduo aan bij een gezamenlijk bestuursgesprek en legt daar verantwoording af over het afgelopen schooljaar.
- Gebeurt er tussendoor iets dat de route raakt (een ernstig incident, een docent die wegvalt), dan bellen we nog dezelfde week met beide besturen.
## 4. Waar, met wie en met welke spullen?
- Leerjaar 1 en 2 van de route: les op Zeezicht, en elke donderdag in leerrestaurant De Branding van Rijnkust. Leerjaar 3 en 4: op Rijnkust en bij het leerbedrijf.
- Mensen: Rijnkust levert een praktijkdocent koken die zes uur per week op Zeezicht lesgeeft. De docenten Nederlands en rekenen van Zeezicht blijven in leerjaar 3 lesgeven aan leerlingen die hun vmbo-examen nog moeten afronden. Iedereen blijft in dienst van zijn eigen school.
- De docenten van beide scholen vormen samen één kookteam. Voor het vakoverstijgende onderdeel "Van menu tot bord" werken zij als team met teambevoegdheid (art. 7.13a WVO 2020 en art. 9.1.12 WEB); in het PTA/OER staat wie voor welk deel bevoegd is.
- Ruimtes en spullen: Zeezicht stelt zijn praktijkkeuken open voor de lessen van de Rijnkust-docent. Rijnkust stelt De Branding, de bakkerijruimte en zijn digitale leeromgeving vanaf leerjaar 1 open voor de routeleerlingen. Koksbuizen en messensets krijgen de leerlingen in bruikleen van Rijnkust.
- Programma per leerjaar, examens en stages staan in het gezamenlijke PTA/OER. Het centraal examen vmbo is in leerjaar 2 van de route; mbo-examens kunnen vanaf leerjaar 2.
- Tot en met leerjaar 2 staat de leerling ingeschreven bij Zeezicht, daarna bij Rijnkust. Verzuim meldt de school waar de leerling op dat moment ingeschreven staat.
- Klacht over een docent van de andere school? De school waar de klacht binnenkomt, behandelt hem; de andere school werkt mee.
## 5. Als het niet lukt (overstap)
- Wil of kan een leerling niet verder in de route, dan voert het routeduo binnen twee weken een gesprek met de leerling en zijn ouders.
- Daarna besluiten de teamleider en de opleidingsmanager samen welke plek het beste past. Ze kijken naar het niveau dat de leerling al heeft gehaald en naar zijn leeftijd.
- Stopt de leerling in leerjaar 1 of 2: hij gaat verder in de gewone bb-klas HBR van Zeezicht (of in een ander bb-profiel) en haalt daar zijn vmbo-diploma.
- Stopt hij later, of blijkt koken niet zijn vak: hij kan naar een andere opleiding op niveau 2 van Rijnkust, bijvoorbeeld Medewerker bediening of Medewerker bakkerij, zonder extra toelatingseisen. Past een heel andere richting beter, dan zoeken we een opleiding op hetzelfde niveau bij Rijnkust of bij een andere mbo-school in de regio.
- Geen vmbo-diploma aan het eind van leerjaar 3? Dan mag de leerling toch verder in een mbo-opleiding op niveau 2 van Rijnkust, en helpt Zeezicht hem het vmbo-examen alsnog te halen.
- Altijd met een warme overdracht. De werkwijze staat ook in de schoolgids van Zeezicht.
## 6. Wie uit de keuken doet mee?
- Koninklijke Horeca Nederland, afdeling Katwijk-Noordwijk, en vijf vaste leerbedrijven. Op dit moment zijn dat Strandpaviljoen De Zeemeeuw, Hotel Noordzeeboulevard, Restaurant 't Wantveld, Brasserie Duinzicht en Partycentrum De Rijnmond.
- Zij geven vier gastlessen per jaar ("chef in de klas"), bieden snuffelstages in leerjaar 1 en SBB-erkende stageplaatsen in leerjaar 3 en 4, en een chef uit het werkveld zit in de jury van het praktijkexamen Kok.
- Ieder jaar in mei bespreekt het routeduo met de leerbedrijven het programma voor het nieuwe schooljaar; wat daaruit komt, gaat mee in het PTA/OER.
## 7. Inspraak
- Leerlingen in leerjaar 1 en 2 van de route vallen onder de medezeggenschapsraad van Zeezicht (WMS); vanaf leerjaar 3 vallen zij als student onder de studentenraad van Rijnkust (WEB). Personeel valt onder de regeling van zijn eigen werkgever.
- De scholen kunnen hierop later aanvullende afspraken maken als dat nodig blijkt.
## 8. Als we het oneens zijn
- Verschillen van inzicht over de uitvoering van deze kaart bespreken we open met elkaar. We lossen ze samen in goed overleg op.
## 9. Instappen, aanpassen, stoppen
- Deze kaart geldt vanaf 1 augustus 2025, voor onbepaalde tijd.
- Instappen: een andere vmbo-school of mbo-instelling kan aansluiten als beide besturen daar schriftelijk mee instemmen, de nieuwe partner deze kaart ondertekent en de route opnieuw gezamenlijk bij DUO wordt gemeld.
- Aanpassen: alleen schriftelijk, met handtekening van beide besturen, na de jaarlijkse evaluatie door het routeduo in juni.
- Stoppen: opzeggen kan schriftelijk, tegen 1 augustus, met minstens een jaar opzegtermijn.
- Wie al in de route zit, maakt hem af zoals afgesproken. Na een opzegging start er geen nieuwe groep meer. Een aanpassing die nadelig is voor leerlingen die al in de route zitten, gaat pas in vanaf het volgende schooljaar.
## Handtekeningen
Katwijk, 24 juni 2025
| Voor Stichting CVO Kust en Duin | Voor Stichting mboRijnkust
| A.J. Guijt, voorzitter college van bestuur | dr. S. Verhoef-Kuijt, voorzitter college van bestuur
"""

register(154, "h154_afsprakenkaart_praktijk_horeca_katwijk", "docx",
         "Afsprakenkaart van de uitvoerders (DOCX, genummerde vraagkoppen, opsommingstekens, "
         "spreektaal); Katwijk, HBR bb -> mbo-2 Kok; defecten: financiën volledig afwezig (g "
         "missing), geschil alleen 'in goed overleg' (i weak); medezeggenschap alleen wettelijk "
         "regime + 'kunnen' (h n.v.t.).",
         st("ppppppmnwp"),
         {"a": "1. Wat bieden we aan?",
          "b": "6. Wie uit de keuken doet mee?",
          "c": "2. Wie zit aan het stuur?",
          "d": "3. Hoe houden we de besturen op de hoogte?",
          "e": "4. Waar, met wie en met welke spullen?",
          "f": "5. Als het niet lukt (overstap)",
          "j": "9. Instappen, aanpassen, stoppen"},
         H154, title="Afsprakenkaart Kookroute Katwijk", author="M. van der Plas",
         col_widths_cm=[8.2, 8.2])


# ---------------------------------------------------------------- h155
H155 = r"""
SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE MARITIEM OOSTERSCHELDE

Partijen:
- Stichting Openbaar Voortgezet Onderwijs Oosterschelde, bevoegd gezag van de Scheldehaven Vakschool te Yerseke ("de school");
- Stichting Maritiem Vakcollege Zeeland, bevoegd gezag van de vakinstelling voor beroepsonderwijs Maritiem Vakcollege Zeeland te Vlissingen ("het vakcollege");
komen het volgende overeen.

1. ROUTE. Leerlingen van de basisberoepsgerichte leerweg, profiel Maritiem en techniek, volgen vanaf leerjaar 3 een doorlopende leerroute die leidt tot het vmbo-diploma bb en het mbo-diploma Matroos binnenvaart (niveau 2, BOL), opleidingsdomein Transport, scheepvaart en logistiek.

2. ROUTELEIDING. De afdelingsleider techniek van de school en de teamleider binnenvaart van het vakcollege vormen samen de routeleiding; elk bestuur wijst zijn lid schriftelijk aan. De routeleiding stelt het gezamenlijke PTA/OER op (vaststelling door beide besturen), maakt rooster en stageplanning en beslist zelf over toelating en over overstap (zie 6). Besluiten met personele of financiële gevolgen buiten de jaarafspraak nemen de besturen.

3. VERSLAG. De routeleiding rapporteert elk jaar vóór 1 oktober schriftelijk aan beide besturen over instroom, uitval, examenresultaten en stageplaatsen en licht dat verslag toe in het gezamenlijke bestuursoverleg van oktober.

4. UITVOERING. Leerjaar 1 en 2 van de route: op de school in Yerseke, met één dag per week op het opleidingsschip Oosterschelde II van het vakcollege. Leerjaar 3 en 4: bij het vakcollege en aan boord bij leerbedrijven. Het vakcollege zet in de vo-fase vier uur per week een docent nautische vakken in op de school; de school zet in leerjaar 3 haar docent Nederlands en rekenen in voor leerlingen die het vmbo-examen nog afronden. Het opleidingsschip, de vaarsimulator en de motorenwerkplaats van het vakcollege en het metaallokaal van de school zijn voor de route beschikbaar. Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER.

5. WERKVELD. Rederij Schelde-Rijn B.V., Tankvaart Van Hoeve en de Binnenvaartvereniging Zeeuwse Wateren leveren stageplaatsen aan boord in leerjaar 3 en 4, organiseren twee meevaardagen per jaar in de vo-fase en geven elk voorjaar advies over het programma.

6. OVERSTAP. Stopt een leerling met de route, dan bepalen school en vakcollege samen, na overleg met leerling en ouders en op basis van het bereikte niveau en de leeftijd, de vervolgroute: in de vo-fase de reguliere bb-opleiding Maritiem en techniek of een ander bb-profiel, gericht op het vmbo-diploma; daarna een andere opleiding op niveau 2 bij het vakcollege, ook zonder vmbo-diploma, of een opleiding op niveau 2 bij een andere mbo-instelling in Zeeland na een geschiktheidsonderzoek.

7. BEKOSTIGING. Tussen partijen wordt geen bekostiging overgedragen; ieder draagt zijn eigen kosten.

8. GESCHILLEN. Een geschil over de uitvoering gaat eerst naar de routeleiding en daarna naar de besturen. Is het binnen zes weken niet opgelost, dan wordt het voorgelegd aan de bevoegde rechter van de Rechtbank Zeeland-West-Brabant.

9. DUUR, TOETREDING, WIJZIGING, OPZEGGING. Geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Een andere school of instelling kan toetreden met schriftelijke instemming van beide partijen door mede-ondertekening van deze overeenkomst. Wijzigen kan alleen schriftelijk door beide besturen, met ingang van een nieuw schooljaar. Opzeggen kan schriftelijk per 1 augustus met een termijn van een jaar. Leerlingen die al in de route zitten, maken deze af; na opzegging is er geen nieuwe instroom.

Yerseke, 27 juni 2025
namens de school: C.J. Dekker, bestuurder
namens het vakcollege: ing. R. Boone, voorzitter college van bestuur
"""

register(155, "h155_zeer_kort_maritiem_oosterschelde", "txt",
         "Zeer korte platte-tekstovereenkomst (1 pagina, 9 genummerde HOOFDLETTER-labels); "
         "Oosterschelde, Maritiem en techniek bb -> mbo-2 Matroos binnenvaart bij een maritieme "
         "vakinstelling; volledig compleet in kernwoorden, geen overdracht; zwijgt over "
         "medezeggenschap (h n.v.t.).",
         st("pppppppnpp"),
         {"a": "1. ROUTE", "b": "5. WERKVELD", "c": "2. ROUTELEIDING", "d": "3. VERSLAG",
          "e": "4. UITVOERING", "f": "6. OVERSTAP", "g": "7. BEKOSTIGING", "i": "8. GESCHILLEN",
          "j": "9. DUUR, TOETREDING, WIJZIGING, OPZEGGING"},
         H155)

# ---------------------------------------------------------------- h156
H156 = r"""
# Zorgroute Sittard-Geleen
#s Samenwerkingsovereenkomst doorlopende leerroute vmbo kader Zorg en welzijn - mbo Verzorgende-IG (niveau 3), 2025-2029
Partijen: **Stichting Voortgezet Onderwijs Maas en Geleenbeek**, bevoegd gezag van het Trichterhof College te Sittard (hierna: het College), en **Stichting Regionaal Opleidingencentrum Maaskempen**, bevoegd gezag van ROC Maaskempen te Sittard-Geleen (hierna: ROC Maaskempen), beide rechtsgeldig vertegenwoordigd door de voorzitter van hun college van bestuur, leggen in dit document hun afspraken over de Zorgroute vast.
## § 1 Aanleiding en doel
De zorg in de Westelijke Mijnstreek vergrijst sneller dan het landelijk gemiddelde. Werkgevers verwachten tot 2030 jaarlijks ruim tweehonderd verzorgenden tekort te komen. Tegelijk verliezen we bij de overgang van vmbo naar mbo te veel jongeren die wel voor de zorg kiezen, maar na de zomer niet of te laat aan hun mbo-opleiding beginnen.
Met de Zorgroute willen het College en ROC Maaskempen deze knip wegnemen. Leerlingen werken vanaf het derde leerjaar in één doorlopend programma toe naar twee diploma's, met één team van docenten en vanaf het begin met de praktijk van de zorg om zich heen. Doel is dat ten minste 75 procent van de instromers binnen vijf jaar het mbo-diploma behaalt.
## § 2 De route
De Zorgroute begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Zorg en welzijn, en leidt naar het vmbo-diploma kb en het mbo-diploma Verzorgende individuele gezondheidszorg (Verzorgende-IG), niveau 3, in het opleidingsdomein Zorg en welzijn. De route duurt vijf jaar en wordt aangeboden in de beroepsopleidende leerweg. Jaarlijks starten ten hoogste twee groepen van 18 leerlingen.
## § 3 Zorgpartners
Drie zorgorganisaties zijn structureel partner van de route: Zorggroep Geleenbeek (ouderenzorg), Thuiszorg Westelijke Mijnstreek en Gehandicaptenzorg De Kollenberg. Zij verzorgen in leerjaar 1 en 2 per jaar een zorgweek met meeloopdagen op hun locaties, leveren praktijkopdrachten voor het profielvak en stellen in leerjaar 3 tot en met 5 erkende bpv-plaatsen ter beschikking. Hun praktijkbegeleiders beoordelen mee bij de praktijkexamens. Twee keer per jaar praten de zorgpartners in de werkveldraad Zorgroute mee over de inhoud van het programma en de keuzedelen.
## § 4 Het kernteam
Het kernteam geeft leiding aan de Zorgroute. Het bestaat uit twee docenten Zorg en welzijn van het College, twee docenten Verzorgende-IG van ROC Maaskempen en een routecoördinator, aangevuld met een praktijkopleider van een van de zorgpartners als adviserend lid. De routecoördinator zit het kernteam voor.
De besturen dragen het kernteam de volgende taken op: de ontwikkeling en jaarlijkse actualisering van het gezamenlijke PTA/OER, de toelating van leerlingen tot de route, de planning van lessen, zorgweken en bpv, de begeleiding van leerlingen die overstappen en het beheer van het routebudget.
Het kernteam beslist zelfstandig over rooster, groepsindeling, toelating en de besteding van het routebudget binnen de jaarbegroting. Voorstellen tot wijziging van het PTA/OER en van het aantal instroomplaatsen legt het kernteam ter besluitvorming voor aan beide besturen. Het kernteam vergadert ten minste eenmaal per maand.
## § 5 Informatie en verantwoording
Namens het kernteam stuurt de routecoördinator elk kwartaal een dashboard met de in-, door- en uitstroom, het verzuim en de voortgang in de bpv aan beide colleges van bestuur. Jaarlijks vóór 15 oktober legt het kernteam in een jaarverslag schriftelijk verantwoording af aan beide colleges van bestuur over het afgelopen schooljaar, inclusief de besteding van het routebudget. Het jaarverslag wordt besproken in het bestuurlijk overleg van november.
## § 6 Onderwijs, personeel en faciliteiten
Leerjaar 1 en 2 van de route worden gegeven op het College aan de Rijksweg Zuid in Sittard; leerjaar 3 tot en met 5 op het Zorgplein van ROC Maaskempen in Geleen en bij de zorgpartners. Het onderwijsprogramma en de examinering per leerjaar zijn vastgelegd in het gezamenlijke PTA/OER; het centraal examen vmbo wordt afgenomen in leerjaar 2 van de route.
Docenten van ROC Maaskempen geven in leerjaar 2 wekelijks vier uur verpleegtechnische vaardigheden op het College. Docenten van het College blijven in leerjaar 3 betrokken bij leerlingen die nog vmbo-vakken moeten afronden. Alle docenten blijven in dienst van hun eigen werkgever en volgen twee keer per jaar een gezamenlijke teamscholing.
Het College stelt zijn praktijklokaal Zorg met verzorgingsunit ter beschikking; ROC Maaskempen het skillslab met hoog-laagbedden en tilliften en het simulatielab. Leerlingen in de vo-fase krijgen toegang tot de digitale leeromgeving van ROC Maaskempen.
## § 7 Overstap
Leerlingen die de route voortijdig verlaten, krijgen een passend alternatief. Het College en ROC Maaskempen bepalen samen met de leerling en zijn ouders, op basis van het bereikte niveau en de leeftijd, welke vervolgopleiding past.
In de vo-fase gaat de leerling terug naar de reguliere kaderberoepsgerichte leerweg Zorg en welzijn om daar het vmbo-diploma te halen. Een leerling die in de mbo-fase stopt met Verzorgende-IG kan binnen ROC Maaskempen overstappen naar een andere zorg- of welzijnsopleiding op niveau 2 of 3, mits hij het vmbo-diploma heeft behaald en voldoet aan de toelatingseisen van die opleiding. Een leerling zonder vmbo-diploma wordt door het College begeleid om het vmbo-examen alsnog af te leggen; pas daarna kan hij bij ROC Maaskempen instromen.
## § 8 Medezeggenschap
[p.m. - afspraken over de rol van de MR van het College en de studentenraad van ROC Maaskempen worden na het advies van beide raden hier ingevoegd]
## § 9 Financiën
Het College draagt met toepassing van artikel 5.42a WVO 2020 per leerling in leerjaar 2 van de route € 975 over aan ROC Maaskempen, als vergoeding voor de inzet van ROC-docenten op het College en het gebruik van het skillslab. De overdracht wordt jaarlijks in januari gefactureerd op basis van de teldatum 1 oktober. Overige kosten draagt iedere partij zelf.
## § 10 Geschillen
Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in het kernteam besproken en daarna in het bestuurlijk overleg. Is het geschil acht weken na de eerste bespreking in het bestuurlijk overleg niet opgelost, dan leggen partijen het voor bindend advies voor aan een onafhankelijke deskundige die zij samen kiezen. De kosten daarvan worden gelijk gedeeld.
## § 11 Looptijd, toetreding, wijziging en beëindiging
Deze overeenkomst loopt van 1 augustus 2025 tot en met 31 juli 2029 en wordt daarna telkens stilzwijgend met vier jaar verlengd, tenzij een partij uiterlijk twaalf maanden vóór het einde schriftelijk opzegt. Tussentijdse opzegging is mogelijk per 1 augustus, met een opzegtermijn van twaalf maanden.
Een andere school voor vmbo of een andere mbo-instelling kan toetreden als alle partijen daarmee schriftelijk instemmen, de toetreding in een addendum bij deze overeenkomst wordt vastgelegd en gezamenlijk bij DUO wordt gemeld. Wijzigingen van deze overeenkomst zijn alleen geldig als zij schriftelijk zijn overeengekomen en door beide colleges van bestuur zijn ondertekend.
Bij beëindiging stopt de instroom van nieuwe leerlingen. Leerlingen die al in de route zitten, ronden haar af volgens deze overeenkomst; waar dat niet lukt, geldt § 7.
## § 12 Ondertekening
Sittard, 1 juli 2025
Voor Stichting Voortgezet Onderwijs Maas en Geleenbeek: mw. J.M.H. Schrijnemakers, voorzitter college van bestuur
Voor Stichting Regionaal Opleidingencentrum Maaskempen: dhr. P.W.G. Coenen, voorzitter college van bestuur
"""

register(156, "h156_twee_kolommen_beleid_zorg_sittard_geleen", "pdf",
         "Beleidsstijl in twee kolommen (PDF, paragraaftekens); Sittard-Geleen, Zorg en welzijn kb "
         "-> mbo-3 Verzorgende-IG; defecten: kernteam met samenstelling en taken maar zonder "
         "benoeming (c weak), overstap eist vmbo-diploma en toelatingseisen binnen dezelfde "
         "instelling (f weak), medezeggenschap p.m.-placeholder (h weak).",
         st("ppwppwpwpp"),
         {"a": "§ 2 De route", "b": "§ 3 Zorgpartners", "d": "§ 5 Informatie en verantwoording",
          "e": "§ 6 Onderwijs, personeel en faciliteiten", "g": "§ 9 Financiën",
          "i": "§ 10 Geschillen", "j": "§ 11 Looptijd, toetreding, wijziging en beëindiging"},
         H156, columns=2, head_n=3, head_h=130, base=9.5,
         title="Zorgroute Sittard-Geleen - samenwerkingsovereenkomst",
         author="Trichterhof College / ROC Maaskempen",
         footer="Zorgroute Sittard-Geleen | samenwerkingsovereenkomst 2025-2029")


# ---------------------------------------------------------------- h157
# Headings ("## ") and leden ("+ ", "+> ") carry real Word auto-numbering (numbering.xml):
# the article numbers ("Artikel 4") and lid numbers are NOT in the paragraph text.
H157 = r"""
# Samenwerkingsovereenkomst Digitale Route Apeldoorn-Epe
#s Doorlopende leerroute vmbo-mbo: Media, vormgeving en ICT (kb/gl) naar Software developer en Mediavormgever (niveau 4)
~ Versie 2.1 - 26 juni 2025 - opgesteld door de afdeling Onderwijs & Kwaliteit van ROC Veluwezoom in overleg met de schoolleiding van Het Kanaalcollege.
### Partijen
1. Stichting Christelijk Voortgezet Onderwijs Veluwe-Oost, gevestigd te Apeldoorn, bevoegd gezag van Het Kanaalcollege, school voor vmbo, vertegenwoordigd door de voorzitter van het college van bestuur, mevrouw M.A. Hoogendoorn (hierna: Het Kanaalcollege);
2. Stichting Regionaal Opleidingencentrum Veluwezoom, gevestigd te Apeldoorn, bevoegd gezag van ROC Veluwezoom, vertegenwoordigd door de voorzitter van het college van bestuur, de heer drs. T. Wagenvoort (hierna: ROC Veluwezoom).
### Uitgangspunten
Partijen werken sinds 2019 samen in een technologieroute. Met deze overeenkomst zetten zij die samenwerking voort als doorlopende leerroute in de zin van artikel 2.107a WVO 2020 en artikel 9.1.2 WEB, en leggen zij de afspraken vast die artikel 2.107b WVO 2020 en artikel 9.1.3 WEB vragen. De eerdere samenwerkingsafspraken van 2019 vervallen per 1 augustus 2025.
## Begrippen
+ Route: de doorlopende leerroute Digitale Route Apeldoorn-Epe.
+ Deelnemer: een leerling of student die de Route volgt.
+ Programmaraad: het in artikel 4 bedoelde orgaan.
+ PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de Route.
## Profiel en opleidingen
+ De Route start in leerjaar 3 van de kaderberoepsgerichte of de gemengde leerweg, profiel Media, vormgeving en ICT, van Het Kanaalcollege.
+ De Route leidt tot het vmbo-diploma in de gevolgde leerweg en tot een mbo-diploma op niveau 4 (middenkaderopleiding) in het opleidingsdomein ICT en creatieve industrie, met keuze uit:
+> Software developer (niveau 4, BOL);
+> Mediavormgever (niveau 4, BOL).
+ De keuze tussen beide uitstroomrichtingen maakt de Deelnemer uiterlijk aan het eind van het tweede jaar van de Route, na een keuzetraject met proefopdrachten in beide richtingen.
## Bedrijven en creatieve sector
+ Het Apeldoornse bedrijfsleven in software en media doet op deze manieren mee:
+> de bedrijvenkring Digitale Route, waarin op dit moment Pixelvaart B.V., Stadsdata Apeldoorn, Webbureau De Vecht en Drukkerij Epe-Media zitten, levert ieder schooljaar ten minste zes echte klantopdrachten voor de projectweken in de vo-fase;
+> medewerkers van deze bedrijven geven gastcolleges en zitten als opdrachtgever in de beoordelingscommissie van de eindpresentaties;
+> de bedrijven bieden in de mbo-fase stageplaatsen die door SBB zijn erkend;
+> een keer per jaar, in maart, toetst de bedrijvenkring de inhoud van het PTA/OER en de keuzedelen aan wat bedrijven nodig hebben; de Programmaraad beantwoordt dat advies schriftelijk.
+ Nieuwe bedrijven kunnen zich bij de bedrijvenkring aansluiten via de Programmaraad.
## Aansturing van de route
+ De Route wordt aangestuurd door een Programmaraad van vier personen: de teamleider bovenbouw MVI van Het Kanaalcollege, de teammanager ICT & Media van ROC Veluwezoom en één docent van elk van beide partijen.
+ Het college van bestuur van elke partij benoemt de eigen twee leden, telkens voor twee schooljaren, en kan een lid tussentijds vervangen. De Programmaraad kiest uit zijn midden een voorzitter.
+ De besturen hebben de Programmaraad belast met:
+> het inrichten en jaarlijks actualiseren van het PTA/OER, dat beide colleges van bestuur vaststellen;
+> het selecteren en toelaten van Deelnemers;
+> het opstellen van rooster en jaarplanning;
+> het verdelen van de lesuren over de docenten van beide partijen;
+> het voorbereiden en begeleiden van overstapbesluiten als bedoeld in artikel 7.
+ Binnen het door beide colleges goedgekeurde jaarplan beslist de Programmaraad zelf over rooster, toelating, inzet van docenten en uitgaven uit het programmabudget tot EUR 10.000 per schooljaar. Andere beslissingen, waaronder een wijziging van het PTA/OER, neemt de Programmaraad niet zelf; die gaan ter besluitvorming naar beide colleges van bestuur.
## Rapportage aan de besturen
+ Elk kwartaal ontvangen beide colleges van bestuur van de Programmaraad een beknopte monitor met aanmeldingen, uitval, studievoortgang en examenresultaten.
+ Jaarlijks vóór 1 december brengt de Programmaraad aan beide colleges van bestuur een verantwoordingsverslag uit over het voorgaande schooljaar, inclusief de besteding van de middelen genoemd in artikel 8. Het verslag wordt besproken in het bestuurlijk overleg van december.
+ Elk college van bestuur kan daarnaast op ieder moment aanvullende gegevens opvragen; de Programmaraad levert die binnen twee weken.
## Programma, personeel en voorzieningen
+ De eerste twee jaar van de Route vinden plaats in het gebouw van Het Kanaalcollege aan de Kanaalweg in Apeldoorn; op dinsdag werken de Deelnemers in de Creative Hub van ROC Veluwezoom. De jaren 3 tot en met 5 worden gegeven in de Creative Hub en bij de stagebedrijven.
+ ROC Veluwezoom zet in de vo-fase per groep zes lesuren per week een docent software development of mediavormgeving in. Het Kanaalcollege zet in het derde jaar van de Route zijn docenten Nederlands en Engels in voor Deelnemers die hun vmbo-examen nog moeten afronden. Docenten blijven in dienst van hun eigen werkgever.
+ Voor de vakoverstijgende projecten "Game jam" en "Webshop bouwen" werken docenten van beide partijen als één team, met gebruikmaking van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Het PTA/OER vermeldt welke onderdelen door een team worden verzorgd en wie waarvoor bevoegd is.
+ ROC Veluwezoom stelt de Creative Hub ter beschikking, met het Mac-lab, de fotostudio, de testservers en de softwarelicenties. Het Kanaalcollege stelt het ICT-lokaal en de 3D-printers ter beschikking. Deelnemers krijgen vanaf het eerste jaar een account voor de leeromgeving van ROC Veluwezoom.
+ Programma, toetsing en examinering zijn per leerjaar beschreven in het PTA/OER. Het centraal examen vmbo wordt afgelegd in het tweede jaar van de Route; mbo-examens kunnen vanaf het eerste jaar worden afgenomen.
+ In de eerste twee jaar van de Route is de Deelnemer ingeschreven bij Het Kanaalcollege, daarna bij ROC Veluwezoom. Klachten over medewerkers van de andere partij worden behandeld door de partij bij wie de klacht binnenkomt, met medewerking van de andere partij.
## Als de route niet past
+ Past de Route niet meer bij een Deelnemer, dan besluiten de teamleider van Het Kanaalcollege en de teammanager van ROC Veluwezoom samen over zijn vervolg. Zij voeren daarvoor eerst een gesprek met de Deelnemer en zijn ouders en wegen het niveau dat hij heeft bereikt, zijn leeftijd en zijn eigen wens.
+ De mogelijkheden zijn in ieder geval:
+> tijdens de vo-fase: verder in de reguliere kaderberoepsgerichte of gemengde leerweg van Het Kanaalcollege, in hetzelfde of een ander profiel, op weg naar het vmbo-diploma;
+> na het behalen van het vmbo-diploma: een andere opleiding van ROC Veluwezoom op niveau 3 of 4, bijvoorbeeld Allround medewerker IT systems and devices (niveau 3);
+> zonder vmbo-diploma aan het einde van het derde jaar van de Route: verder in een opleiding van ROC Veluwezoom op een passend niveau, waarbij de vooropleidingseisen niet worden tegengeworpen, terwijl Het Kanaalcollege de Deelnemer helpt het vmbo-examen alsnog te halen;
+> een opleiding bij een andere mbo-instelling; ROC Veluwezoom werkt dan mee aan het geschiktheidsonderzoek van die instelling.
+ De uitkomst wordt binnen vier weken schriftelijk bevestigd. Het Kanaalcollege beschrijft de werkwijze in de schoolgids.
## Geldstromen
+ Het Kanaalcollege draagt met toepassing van artikel 5.42a WVO 2020 voor iedere Deelnemer in de eerste twee jaar van de Route EUR 850 per schooljaar over aan ROC Veluwezoom.
+ Dit bedrag is bestemd voor de inzet van de docenten van ROC Veluwezoom bedoeld in artikel 6, tweede lid, en voor de softwarelicenties van de Deelnemers.
+ Peildatum is 1 oktober; ROC Veluwezoom factureert in november. In de mbo-fase vindt geen overdracht plaats.
## Stem van leerlingen, studenten en personeel
+ Voor Deelnemers die bij Het Kanaalcollege staan ingeschreven, hun ouders en het personeel van Het Kanaalcollege geldt de medezeggenschapsraad van Het Kanaalcollege; voor studenten en personeel van ROC Veluwezoom de studentenraad en de ondernemingsraad van ROC Veluwezoom.
+ Daarnaast spreken partijen af:
+> de leerlingenraad van Het Kanaalcollege spreekt twee keer per jaar met de Programmaraad over de Route;
+> Deelnemers in de vo-fase mogen met één vertegenwoordiger de vergaderingen van de studentenraad van ROC Veluwezoom bijwonen en daar het woord voeren over onderwerpen die de Route betreffen;
+> voorgenomen wijzigingen van het PTA/OER worden vooraf voor advies voorgelegd aan de medezeggenschapsraad van Het Kanaalcollege en aan de studentenraad van ROC Veluwezoom.
## Meningsverschillen
+ Een meningsverschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken in de Programmaraad en, als dat niet binnen drie weken tot een oplossing leidt, tussen beide voorzitters van de colleges van bestuur.
+ Lukt het de voorzitters niet binnen zes weken het meningsverschil op te lossen, dan wordt het beslecht door arbitrage volgens het Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter en zetelt in Arnhem.
## Looptijd, nieuwe partners, aanpassing en einde
+ Deze overeenkomst gaat in op 1 augustus 2025 en loopt vijf schooljaren. Verlenging gebeurt bij schriftelijk besluit van beide colleges van bestuur, uiterlijk op 1 februari 2030.
+ Een andere school voor vmbo of een andere mbo-instelling kan partner worden als de huidige partijen daarmee schriftelijk instemmen. De nieuwe partner ondertekent een toetredingsakte waarin hij alle afspraken uit deze overeenkomst overneemt; partijen melden de uitbreiding samen in RIO.
+ Deze overeenkomst kan alleen worden aangepast bij een schriftelijk stuk dat door alle colleges van bestuur is ondertekend, na advies van de Programmaraad en van de raden bedoeld in artikel 9. Aanpassingen die ongunstig zijn voor zittende Deelnemers gaan pas in bij het begin van een volgend schooljaar.
+ Iedere partij kan de overeenkomst schriftelijk opzeggen vóór 1 februari; de overeenkomst eindigt dan op 1 augustus van het daaropvolgende jaar.
+ Na opzegging worden geen nieuwe Deelnemers meer toegelaten. Deelnemers die op dat moment in de Route zitten, kunnen de Route volgens deze overeenkomst afmaken; waar dat niet lukt, geldt artikel 7.
## Slotbepalingen
+ Partijen melden de Route samen aan bij DUO via RIO, vóór de start van het eerste schooljaar.
+ Het PTA/OER 2025-2026 is als bijlage bij deze overeenkomst gevoegd.
### Ondertekening
Apeldoorn, 26 juni 2025
| Stichting CVO Veluwe-Oost | Stichting ROC Veluwezoom
| M.A. Hoogendoorn, voorzitter college van bestuur | drs. T. Wagenvoort, voorzitter college van bestuur
"""

register(157, "h157_woordnummering_artikelen_ict_apeldoorn_epe", "docx",
         "DOCX met echte Word-autonummering (Artikel N en leden via numbering.xml, nummers niet in "
         "de tekst), kopjes zonder wettelijke termen; Apeldoorn-Epe, MVI kb/gl -> mbo-4 Software "
         "developer / Mediavormgever; volledig compleet, arbitrage NAI.",
         st("pppppppppp"),
         {"a": "Profiel en opleidingen", "b": "Bedrijven en creatieve sector",
          "c": "Aansturing van de route", "d": "Rapportage aan de besturen",
          "e": "Programma, personeel en voorzieningen", "f": "Als de route niet past",
          "g": "Geldstromen", "h": "Stem van leerlingen, studenten en personeel",
          "i": "Meningsverschillen", "j": "Looptijd, nieuwe partners, aanpassing en einde"},
         H157, title="Samenwerkingsovereenkomst Digitale Route Apeldoorn-Epe",
         author="ROC Veluwezoom, Onderwijs & Kwaliteit", autonum=("Artikel %1", "%2."),
         col_widths_cm=[8.2, 8.2])


# ---------------------------------------------------------------- h158
H158 = r"""
# Retailroute Purmerend - samenwerkingsovereenkomst in vraag en antwoord

*Doorlopende leerroute vmbo-mbo, profiel Economie en ondernemen (kb) naar Eerste verkoper (niveau 3). Vastgesteld door de drie besturen op 3 juli 2025.*

## Wie sluiten deze overeenkomst?

1. **Stichting Openbaar Voortgezet Onderwijs Purmer en Waterland**, bevoegd gezag van het Beemsterpoort College te Purmerend (hierna: Beemsterpoort);
2. **Vereniging voor Katholiek Voortgezet Onderwijs Purmerend en omstreken**, bevoegd gezag van de Sint-Adelbert Vakschool te Purmerend (hierna: Sint-Adelbert);
3. **Stichting ROC Purmer-Zaan**, bevoegd gezag van de instelling voor beroepsonderwijs ROC Purmer-Zaan te Purmerend (hierna: het ROC).

Beemsterpoort en Sint-Adelbert heten hierna samen ook: de scholen.

## Waarom deze overeenkomst?

Overwegende dat:

- a. de scholen allebei het profiel Economie en ondernemen in de kaderberoepsgerichte leerweg aanbieden en het ROC de opleiding Eerste verkoper verzorgt;
- b. partijen de overgang van vmbo naar mbo voor deze jongeren willen vereenvoudigen en overlap in het programma willen voorkomen;
- c. winkeliers en ondernemers in het centrum van Purmerend hebben laten weten graag mee te denken over de opleiding van nieuwe verkopers;
- d. partijen ervan uitgaan dat zij eventuele geschillen over de uitvoering van deze overeenkomst in goede harmonie en dicht bij de uitvoering zullen oplossen;

spreken partijen het volgende af. De afspraken staan hieronder in de vorm van vragen en antwoorden; de antwoorden binden partijen.

---

### Vraag 1. Welke route bieden we aan?

De Retailroute begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Economie en ondernemen, op Beemsterpoort en op Sint-Adelbert. Zij leidt tot het vmbo-diploma kb en tot het mbo-diploma Eerste verkoper (niveau 3, BOL) in het opleidingsdomein Handel en ondernemerschap van het ROC. De route duurt vijf jaar. Elke school laat per jaar ten hoogste 15 leerlingen toe.

### Vraag 2. Wie leidt de route?

Het routeteam. Daarin zitten de routecoördinator van Beemsterpoort, de routecoördinator van Sint-Adelbert en de opleidingsmanager Retail van het ROC, die voorzitter is. Ieder bestuur wijst zijn eigen lid schriftelijk aan voor twee schooljaren en kan die aanwijzing intrekken.

Het routeteam heeft van de besturen de volgende taken gekregen: het gezamenlijke PTA/OER opstellen en bijhouden, de toelating van leerlingen, het rooster van de gezamenlijke ROC-dagen, de inzet van docenten en de begeleiding bij overstap. Het routeteam beslist daar zelf over binnen de jaarafspraken die de besturen in juni maken. Het PTA/OER zelf en alles wat de jaarafspraken te boven gaat, stellen de drie besturen vast.

### Vraag 3. Hoe weten de besturen hoe het gaat?

Het routeteam stuurt elk half jaar, in januari en in juli, een schriftelijke voortgangsrapportage naar de drie besturen, met de aantallen leerlingen per school, uitval en overstap, examenresultaten en knelpunten. Eén keer per jaar, in september, komen de drie bestuurders met het routeteam bijeen; het routeteam legt dan verantwoording af over het afgelopen schooljaar.

### Vraag 4. Waar en door wie wordt lesgegeven?

- In leerjaar 1 en 2 van de route krijgen de leerlingen les op hun eigen school. Op woensdag volgen de leerlingen van beide scholen samen les in de leerwinkel "De Toonbank" van het ROC.
- Vanaf leerjaar 3 zijn de leerlingen student van het ROC en volgen zij het programma op het ROC en in de beroepspraktijkvorming volgens het PTA/OER.
- Het ROC zet op de woensdagen twee docenten retail in. Elke school levert in leerjaar 3 een docent Nederlands en een docent rekenen/wiskunde voor haar oud-leerlingen die het vmbo-examen nog moeten afronden. Iedereen blijft in dienst van de eigen werkgever.
- De docenten van de drie partijen vormen samen het Retailteam en geven het vakoverstijgende onderdeel "Eigen webwinkel" als team, met gebruik van de teambevoegdheid (art. 7.13a WVO 2020 en art. 9.1.12 WEB). Het PTA/OER geeft aan wie voor welk onderdeel bevoegd is.
- Het ROC stelt de leerwinkel De Toonbank, het kassasysteem en de etalageruimte beschikbaar; de scholen hun praktijklokaal Economie en ondernemen voor de lessen van ROC-docenten die daar eventueel lesgeven.
- Programma en examinering per leerjaar staan in het gezamenlijke PTA/OER. Het centraal examen vmbo valt in leerjaar 2 van de route.

### Vraag 5. Hoe betrekken we ondernemers?

Winkeliers en ondernemers uit Purmerend worden bij de route betrokken. Hoe dat precies gebeurt, werkt het routeteam in het eerste schooljaar uit in een werkveldplan.

### Vraag 6. Wat als een leerling de route niet afmaakt?

Dan zorgen we samen voor een passend vervolg op weg naar een diploma. De routecoördinator van de eigen school en de opleidingsmanager van het ROC besluiten samen, na een gesprek met de leerling en zijn ouders, en houden daarbij rekening met het niveau dat de leerling heeft bereikt en met zijn leeftijd.

- Stopt de leerling in leerjaar 1 of 2, dan maakt hij de reguliere kaderberoepsgerichte leerweg af op zijn eigen school, in Economie en ondernemen of een ander profiel.
- Stopt hij in de mbo-fase, dan kan hij binnen het ROC overstappen naar een andere opleiding op niveau 2 of 3, zoals Verkoopspecialist of Logistiek medewerker; de vooropleidingseisen van die opleiding gelden dan niet.
- Heeft hij het vmbo-diploma aan het einde van leerjaar 3 niet, dan kan hij bij het ROC verder in een opleiding op een passend niveau, terwijl zijn school hem helpt het examen alsnog te halen.
- Voor een opleiding bij een andere mbo-instelling werkt het ROC mee aan het geschiktheidsonderzoek van die instelling.

### Vraag 7. Gaat er geld tussen de partijen over en weer?

Nee. Partijen dragen onderling geen bekostiging over. Ieder draagt de kosten van het eigen personeel en de eigen voorzieningen.

### Vraag 8. Hebben leerlingen, ouders en personeel iets te zeggen over de route?

Ja. Naast de gewone medezeggenschap op iedere school en bij het ROC spreken we af:

- er is een klankbordgroep Retailroute met twee leerlingen van elke school, twee studenten van de route en twee ouders; zij spreken twee keer per jaar met het routeteam;
- voorgenomen wijzigingen van het PTA/OER en van deze overeenkomst gaan voor advies naar de medezeggenschapsraden van beide scholen en naar de studentenraad van het ROC.

### Vraag 9. Hoe lang geldt deze overeenkomst en hoe passen we haar aan?

- De overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd.
- Aanpassen kan alleen schriftelijk, met de handtekening van alle drie de besturen, en gaat in met ingang van een nieuw schooljaar.
- Iedere partij kan schriftelijk opzeggen tegen 1 augustus, met een opzegtermijn van ten minste twaalf maanden. Zegt een van de scholen op, dan loopt de overeenkomst tussen de andere twee partijen door.
- Leerlingen die al in de route zitten, ronden die af zoals in deze overeenkomst staat, ook als hun school of het ROC heeft opgezegd. Na een opzegging laat de opzeggende partij geen nieuwe leerlingen meer toe.

---

Purmerend, 3 juli 2025

| Partij | Naam en functie |
|---|---|
| Stichting Openbaar VO Purmer en Waterland | R. Schermer, bestuurder |
| Vereniging Katholiek VO Purmerend e.o. | drs. A.M. de Wit-Kaal, voorzitter bestuur |
| Stichting ROC Purmer-Zaan | M. Koopman MBA, voorzitter college van bestuur |
"""

register(158, "h158_vraag_antwoord_drie_partijen_retail_purmerend", "md",
         "Vraag-en-antwoorddocument in Markdown, drie partijen (twee vmbo-scholen + ROC); "
         "Purmerend, Economie en ondernemen kb -> mbo-3 Eerste verkoper; defecten: bedrijfsleven "
         "alleen intentie + uitstel naar werkveldplan (b weak), geschillen alleen in de "
         "considerans (i missing), geen toetredingsregeling ondanks drie partijen (j weak).",
         st("pwppppppmw"),
         {"a": "Vraag 1. Welke route bieden we aan?", "c": "Vraag 2. Wie leidt de route?",
          "d": "Vraag 3. Hoe weten de besturen hoe het gaat?",
          "e": "Vraag 4. Waar en door wie wordt lesgegeven?",
          "f": "Vraag 6. Wat als een leerling de route niet afmaakt?",
          "g": "Vraag 7. Gaat er geld tussen de partijen over en weer?",
          "h": "Vraag 8. Hebben leerlingen, ouders en personeel iets te zeggen over de route?"},
         H158)


# ---------------------------------------------------------------- h159
H159 = r"""
# Interne regeling geïntegreerde route Groen
#s vmbo basisberoepsgerichte leerweg Groen - mbo niveau 2 (Medewerker hovenier / Medewerker dierverzorging)
~ Besluit van het college van bestuur van Stichting AOC Lingestroom d.d. 20 juni 2025, kenmerk CvB/2025/114.
Het college van bestuur van Stichting AOC Lingestroom, bevoegd gezag van de school voor vmbo Lingestroom vmbo Bemmel en van het agrarisch opleidingscentrum Lingestroom mbo Elst;
gelet op artikel 2.107l en artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en de artikelen 9.1.3, derde lid, en 9.1.17 van de Wet educatie en beroepsonderwijs;
gehoord de gemeenschappelijke medezeggenschapsraad, de deelraad vmbo en de studentenraad;
overwegende dat de geïntegreerde route volledig binnen één rechtspersoon wordt verzorgd, zodat in plaats van een samenwerkingsovereenkomst een interne regeling wordt vastgesteld;
besluit vast te stellen de volgende regeling.
## Artikel 1 Begripsbepalingen
In deze regeling wordt verstaan onder:
> a. route: de geïntegreerde route vmbo-basisberoepsopleiding Groen, bedoeld in artikel 2;
> b. vmbo-afdeling: Lingestroom vmbo Bemmel;
> c. mbo-afdeling: Lingestroom mbo Elst;
> d. routeleider: de functionaris bedoeld in artikel 4;
> e. leerling: de jongere die aan de route deelneemt, ook nadat hij als student van de mbo-afdeling is ingeschreven.
## Artikel 2 De route
1. De route begint in leerjaar 3 van de basisberoepsgerichte leerweg, profiel Groen, van de vmbo-afdeling en leidt, zonder dat een vmbo-eindexamen wordt afgelegd, tot een diploma van een basisberoepsopleiding (niveau 2) in het aanverwante opleidingsdomein Voedsel, natuur en leefomgeving.
2. De leerling kiest aan het einde van het eerste routejaar tussen de uitstroomrichtingen Medewerker hovenier (niveau 2) en Medewerker dierverzorging (niveau 2), beide in de beroepsopleidende leerweg.
3. Een leerling wordt tot de route toegelaten als dat naar het oordeel van de vmbo-afdeling, in overleg met de leerling en zijn ouders en na overleg met de mbo-afdeling, in zijn belang is.
4. De route duurt vier jaar.
## Artikel 3 Betrokkenheid van het werkveld
1. Het groene werkveld is als volgt bij de route betrokken:
> a. de Groene Tafel Lingewaard, waarin Hoveniersbedrijf Gelderse Poort, Tuinen van Huissen, Zorgboerderij De Linge, Dierenpension Het Rijnstrangenhuis en de afdeling groenbeheer van de gemeente Lingewaard zitting hebben, adviseert ieder voorjaar over het programma en de keuzedelen;
> b. in het eerste en tweede routejaar voeren leerlingen wekelijks opdrachten uit in de openbare ruimte en op de zorgboerderij, onder begeleiding van medewerkers van de genoemde organisaties;
> c. vanaf het tweede routejaar bieden de deelnemende bedrijven door SBB erkende bpv-plaatsen;
> d. praktijkopleiders van de leerbedrijven beoordelen mee bij de proeven van bekwaamheid.
2. De routeleider zit de Groene Tafel voor.
## Artikel 4 Routeleider en routeteam
1. De leiding over de route berust bij de routeleider, die wordt bijgestaan door een routeteam bestaande uit de teamleider bovenbouw groen van de vmbo-afdeling en de teamleider groene ruimte en dier van de mbo-afdeling.
2. Het college van bestuur benoemt de routeleider, na advies van de directeuren van beide afdelingen, voor een periode van vier jaar. De teamleiders maken ambtshalve deel uit van het routeteam.
3. Het college van bestuur draagt de routeleider de volgende taken op: het opstellen van het gezamenlijke PTA/OER ter vaststelling door het college van bestuur, de toelating van leerlingen, de planning van het onderwijs op beide locaties, de inzet van het personeel van beide afdelingen voor de route en de contacten met het werkveld.
4. De routeleider beslist zelfstandig over toelating, rooster en de verdeling van lesuren over de docenten van beide afdelingen, binnen de formatie die het college van bestuur jaarlijks voor de route vaststelt. Over het PTA/OER en over de omvang van de instroom besluit het college van bestuur.
## Artikel 5 Inlichtingen en verantwoording
De routeleider verstrekt het college van bestuur de inlichtingen die het nodig heeft en legt aan het college van bestuur verantwoording af over de uitvoering van de route.
## Artikel 6 Inrichting van het onderwijs
1. De eerste twee routejaren worden verzorgd op de locatie Bemmel; de leerlingen werken daarnaast één dag per week op de locatie Elst. Het derde en vierde routejaar worden verzorgd op de locatie Elst en bij leerbedrijven.
2. Docenten van de mbo-afdeling geven vanaf het eerste routejaar zes uur per week les in de vakken hovenierstechniek en dierverzorging. De docenten van beide afdelingen vormen één routeteam van docenten; voor het vakoverstijgende onderdeel "Groen in de wijk" worden teams ingezet als bedoeld in artikel 7.13a WVO 2020 en artikel 9.1.12 WEB, zoals aangegeven in het PTA/OER.
3. De kassen, het dierenverblijf en het machinepark van de locatie Elst en de schooltuin en het practicumlokaal van de locatie Bemmel zijn voor alle lessen van de route beschikbaar.
4. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming zijn per routejaar beschreven in het gezamenlijke PTA/OER; een samenvatting is opgenomen in de bijlage. Er wordt geen vmbo-eindexamen afgenomen; mbo-examens kunnen vanaf het eerste routejaar worden afgenomen.
5. In de eerste twee routejaren is de leerling ingeschreven bij de vmbo-afdeling, daarna bij de mbo-afdeling.
## Artikel 7 Verlaten van de route
1. Een leerling die de route verlaat, wordt ingeschreven in de Entree-opleiding (niveau 1) van de mbo-afdeling, uitstroomrichting groen of dier. Daarmee is voor iedere leerling een passende plek gegarandeerd.
2. De routeleider zorgt voor de inschrijving en voor een warme overdracht naar de Entree-opleiding.
## Artikel 8 Bekostiging
Omdat de vo-bekostiging en de mbo-bekostiging aan hetzelfde bevoegd gezag worden toegekend, vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de route worden in de interne begroting over beide afdelingen verdeeld naar rato van de lesuren die elke afdeling verzorgt.
## Artikel 9 Medezeggenschap
1. Voor leerlingen in de eerste twee routejaren en hun ouders is de deelraad vmbo het aanspreekpunt, daarna de studentenraad.
2. Voorgenomen wijzigingen van deze regeling worden voor advies voorgelegd aan de gemeenschappelijke medezeggenschapsraad en de studentenraad.
## Artikel 10 Klachten
De klachtenregeling van Stichting AOC Lingestroom is van toepassing op klachten over de route, ongeacht de afdeling waar de betrokken medewerker werkzaam is.
## Artikel 11 Melding
Het college van bestuur meldt de route aan de minister door registratie in RIO.
## Artikel 12 Slotbepalingen
1. Deze regeling treedt in werking op 1 augustus 2025.
2. Het college van bestuur evalueert deze regeling in het schooljaar 2027-2028.
3. Deze regeling wordt aangehaald als: Interne regeling geïntegreerde route Groen Lingestroom.
Aldus vastgesteld te Elst op 20 juni 2025.
Het college van bestuur van Stichting AOC Lingestroom,
ir. G.H. van Wijk, voorzitter - drs. L. Arends-Polman, lid
%pagebreak
### Bijlage - programma op hoofdlijnen
| Routejaar | Locatie | Onderwijs | Examinering | Praktijk
| 1 (vmbo 3) | Bemmel, 1 dag Elst | Groene profielmodules, Nederlands, rekenen, burgerschap, eerste mbo-modules | Mbo-examen Veilig werken | Opdrachten in de wijk en op de zorgboerderij
| 2 (vmbo 4) | Bemmel, 1 dag Elst | Keuze hovenier of dier; vakoverstijgend "Groen in de wijk" | Eerste mbo-werkprocesexamens | Eerste bpv-periode, 8 weken
| 3 (mbo 1) | Elst en leerbedrijf | Beroepsgerichte kern niveau 2, keuzedelen | Kerntaakexamens | Bpv 20 weken
| 4 (mbo 2) | Elst en leerbedrijf | Afronding kwalificatie, loopbaan en burgerschap | Proeve van bekwaamheid, diplomering | Bpv 24 weken
"""

register(159, "h159_interne_regeling_aoc_geintegreerd_groen_lingewaard", "docx",
         "Interne regeling van een AOC (DOCX, CvB-besluit met gelet-op/gehoord, artikelen, "
         "bijlagetabel), geïntegreerde route Groen bb -> mbo-2 hovenier/dierverzorging, "
         "Lingewaard; defecten: verantwoording herhaalt alleen de wettekst (d weak), uitstappers "
         "automatisch naar Entree (f weak); geen overdracht; h/i/j n.v.t. (interne regeling).",
         st("pppwpwpnnn"),
         {"a": "Artikel 2 De route", "b": "Artikel 3 Betrokkenheid van het werkveld",
          "c": "Artikel 4 Routeleider en routeteam", "e": "Artikel 6 Inrichting van het onderwijs",
          "g": "Artikel 8 Bekostiging"},
         H159, title="Interne regeling geïntegreerde route Groen Lingestroom",
         author="Bestuursbureau AOC Lingestroom", font="Cambria", size=10.5,
         col_widths_cm=[2.2, 3.0, 4.8, 3.4, 3.0])

# ---------------------------------------------------------------- h160
H160 = r"""
# Bouroute Fryske Marren
#s Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo Bouwen, wonen en interieur (kb) - Allround timmerman (niveau 3)
De ondergetekenden, **Stichting Voortgezet Onderwijs Fryske Marren**, bevoegd gezag van het Marrekrite College te Joure (hierna: MC), en **Stichting ROC Fryslân Súd**, bevoegd gezag van de instelling voor beroepsonderwijs ROC Fryslân Súd te Heerenveen (hierna: ROC), elk vertegenwoordigd door de voorzitter van het college van bestuur, leggen hun afspraken over de Bouroute vast in de afsprakentabel hieronder. Elke regel van de tabel is een bindende afspraak tussen MC en ROC. De kolommen "Wie" en "Wanneer" geven aan wie de afspraak uitvoert en op welk moment.
## Afsprakentabel
| Nr | Onderwerp | Afspraak | Wie | Wanneer
| 1 | Route en opleiding | De Bouroute begint in leerjaar 3 van de kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur, en leidt tot het vmbo-diploma kb en het mbo-diploma Allround timmerman (niveau 3, BOL) in het opleidingsdomein Bouw en infra. Duur: vijf jaar; maximaal 20 instromers per jaar. | MC en ROC | vanaf 1 augustus 2025
| 2 | Bouwbedrijven | De Bouwkring Fryske Marren (nu: Bouwbedrijf Hoekstra Joure, Timmerfabriek De Kûpe Lemmer, Aannemingsbedrijf Wybenga Sint Nicolaasga) verzorgt bouwplaatsbezoeken in routejaar 1, levert elk jaar de opdracht voor de "meesterproef" in routejaar 2, biedt door SBB erkende bpv-plaatsen in routejaar 3 tot en met 5 en levert een vakman voor de beoordeling van de proeven van bekwaamheid. De Bouwkring adviseert tweemaal per jaar over programma en keuzedelen. | Bouwkring, regiegroep | oktober en maart
| 3 | Regiegroep: samenstelling | De route wordt geleid door de regiegroep Bouroute: het sectiehoofd BWI van MC, de teamleider Bouw van het ROC en een routecoördinator (voorzitter). | regiegroep | doorlopend
| 4 | Regiegroep: aanwijzing | Het college van bestuur van MC wijst het sectiehoofd aan, dat van het ROC de teamleider. De routecoördinator wordt door beide colleges van bestuur gezamenlijk aangewezen voor drie jaar en kan door hen gezamenlijk worden ontslagen. | colleges van bestuur | bij start en bij vacature
| 5 | Regiegroep: taken en mandaat | Taken: gezamenlijk PTA/OER opstellen, toelating, jaarplanning en rooster, inzet docenten, overstapbesluiten voorbereiden, contact Bouwkring. Mandaat: de regiegroep beslist zelf binnen de jaarbegroting over rooster, toelating en docentinzet; het PTA/OER, de instroomomvang en uitgaven boven de begroting worden door beide colleges vastgesteld. | regiegroep | jaarlijks
| 6 | Verantwoording aan de besturen | De regiegroep levert beide colleges van bestuur een jaarrapportage (instroom, uitval, overstap, examenresultaten, besteding van de middelen van nr. 12) en in april een tussentijdse memo. De jaarrapportage wordt besproken in het bestuurlijk overleg. Bijzondere voorvallen meldt de routecoördinator direct. | routecoördinator | jaarrapportage vóór 1 november; memo in april
| 7 | Programma en examinering | Programma, examinering en bpv zijn per leerjaar vastgelegd in het gezamenlijke PTA/OER. Centraal examen vmbo in routejaar 2; mbo-examens vanaf routejaar 1. | regiegroep | PTA/OER vóór 1 juli
| 8 | Locaties | Routejaar 1 en 2: MC Joure, plus één dag per week in de bouwhal van het ROC in Heerenveen. Routejaar 3 tot en met 5: ROC Heerenveen en leerbedrijf. Inschrijving: tot en met routejaar 2 bij MC, daarna bij het ROC. | MC en ROC | doorlopend
| 9 | Personeel | Het ROC zet in routejaar 1 en 2 acht uur per week een docent timmeren in op MC. MC zet in routejaar 3 een docent Nederlands en een docent wiskunde in voor leerlingen die hun vmbo-examen nog afronden. Voor het project "Tiny house" werken docenten van beide partijen als team (teambevoegdheid, art. 7.13a WVO 2020 / art. 9.1.12 WEB). Docenten blijven in dienst van hun eigen werkgever. | sectiehoofd, teamleider | jaarlijks in de formatieplanning
| 10 | Faciliteiten | Het ROC stelt de bouwhal, de CNC-machines en het BIM-lab beschikbaar; MC de houtwerkplaats en het tekenlokaal. Verbruiksmateriaal voor lessen op MC levert MC, voor lessen op het ROC het ROC. | MC en ROC | doorlopend
| 11 | Overstap | Verlaat een leerling de route, dan besluiten het sectiehoofd en de teamleider samen, na een gesprek met leerling en ouders, over het vervolg, op basis van het bereikte niveau en de leeftijd. Vo-fase: reguliere kb-opleiding BWI of ander profiel op MC, gericht op het vmbo-diploma. Mbo-fase of geen vmbo-diploma na routejaar 3: andere opleiding op niveau 2 of 3 van het ROC (bijvoorbeeld Timmerman niveau 2 of Schilder), zonder vooropleidingseisen. Andere instelling: het ROC werkt mee aan het geschiktheidsonderzoek. Altijd warme overdracht; werkwijze in de schoolgids van MC. | sectiehoofd en teamleider | binnen vier weken na melding
| 12 | Overdracht bekostiging | MC draagt per leerling in routejaar 1 en 2 EUR 1.050 per jaar over aan het ROC (art. 5.42a WVO 2020), bestemd voor de docent timmeren van nr. 9 en het gebruik van de bouwhal. Het ROC draagt EUR 300 over aan MC per student die in routejaar 3 het vmbo-examen nog aflegt (art. 9.1.15 WEB), bestemd voor de docenten van nr. 9. | financiële afdelingen | facturatie in december, peildatum 1 oktober
| 13 | Medezeggenschap | Naast de MR van MC en de studentenraad van het ROC is er een leerlingenpanel Bouroute (twee leerlingen per routejaar) dat tweemaal per jaar met de regiegroep spreekt. Wijzigingen van het PTA/OER en van deze overeenkomst gaan vooraf voor advies naar de MR van MC en de studentenraad van het ROC. | regiegroep | november en mei
| 14 | Geschillen | Stap 1: regiegroep (twee weken). Stap 2: bestuurlijk overleg (zes weken). Stap 3: mediation door een MfN-registermediator. Stap 4: de bevoegde rechter van de Rechtbank Noord-Nederland. | partijen | bij een geschil over de uitvoering
| 15 | Toetreding nieuwe partij | Een andere vmbo-school of mbo-instelling kan toetreden met schriftelijke instemming van beide colleges, door ondertekening van een toetredingsverklaring en na gezamenlijke melding in RIO. | colleges van bestuur | per 1 augustus
| 16 | Wijziging | Wijziging van deze overeenkomst alleen schriftelijk, ondertekend door beide colleges van bestuur; wijzigingen die nadelig zijn voor zittende leerlingen gaan in bij het begin van een nieuw schooljaar. | colleges van bestuur | na evaluatie in juni
| 17 | Duur en opzegging | Deze overeenkomst geldt voor onbepaalde tijd. Opzegging schriftelijk tegen 1 augustus met een termijn van twaalf maanden; ontbinding bij ernstige tekortkoming na ingebrekestelling en een hersteltermijn van zestig dagen. | colleges van bestuur | per 1 augustus
| 18 | Bescherming leerlingen | Na opzegging of ontbinding geen nieuwe instroom; leerlingen die in de route zitten, ronden deze af onder deze afspraken. Lukt dat niet, dan geldt nr. 11. | MC en ROC | tot de laatste leerling de route heeft verlaten
| 19 | Melding | MC en ROC melden de Bouroute gezamenlijk in RIO. | routecoördinator | vóór 1 augustus 2025
## Ondertekening
Joure, 2 juli 2025
| Stichting Voortgezet Onderwijs Fryske Marren | Stichting ROC Fryslân Súd
| S. de Jong-Visser, voorzitter college van bestuur | ir. W. Terpstra, voorzitter college van bestuur
"""

register(160, "h160_grote_afsprakentabel_bouw_fryske_marren", "pdf",
         "Overeenkomst als één grote afsprakentabel (PDF, 19 rijen: Nr/Onderwerp/Afspraak/Wie/"
         "Wanneer); De Fryske Marren, BWI kb -> mbo-3 Allround timmerman; volledig compleet, "
         "leiding en toetreding/opzegging verdeeld over meerdere rijen, overdracht in beide "
         "richtingen.",
         st("pppppppppp"),
         {"a": "Route en opleiding", "b": "Bouwbedrijven", "c": "Regiegroep: samenstelling",
          "d": "Verantwoording aan de besturen", "e": "Personeel", "f": "Overstap",
          "g": "Overdracht bekostiging", "h": "Medezeggenschap", "i": "Geschillen",
          "j": "Toetreding nieuwe partij"},
         H160, title="Bouroute Fryske Marren - samenwerkingsovereenkomst",
         author="Marrekrite College / ROC Fryslân Súd", base=10,
         footer="Bouroute Fryske Marren - afsprakentabel 2025",
         col_widths={5: [0.05, 0.18, 0.47, 0.15, 0.15]})


# ================================================================ MAIN
def build(num):
    a = AGREEMENTS[num]
    path = os.path.join(OUT, a["name"] + "." + a["ext"])
    opts = a["opts"]
    if a["ext"] == "pdf":
        build_pdf(path, parse(a["source"]), opts)
    elif a["ext"] == "docx":
        build_docx(path, parse(a["source"]), opts)
    else:
        build_text(path, a["source"], opts)
    with open(os.path.join(OUT, a["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(expected(a), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("built", os.path.basename(path))


def expected(a):
    return {"description": a["description"], "split": "heldout", "statuses": a["statuses"],
            "evidence": a["evidence"]}


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        return "\n".join(parts), len(pdf)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = []

        def walk_tables(tables):
            for t in tables:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        walk_tables(cell.tables)
        parts.extend(p.text for p in d.paragraphs)
        walk_tables(d.tables)
        # also confirm the zip/XML opens
        with zipfile.ZipFile(path) as z:
            assert "word/document.xml" in z.namelist()
        return "\n".join(parts), None
    with open(path, encoding="utf-8") as f:
        return f.read(), None


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    for num in sorted(AGREEMENTS):
        a = AGREEMENTS[num]
        path = os.path.join(OUT, a["name"] + "." + a["ext"])
        jpath = os.path.join(OUT, a["name"] + ".expected.json")
        problems = []
        if not os.path.exists(path) or not os.path.exists(jpath):
            print("MISSING", a["name"])
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
        for k, ev in a["evidence"].items():
            if norm(ev) not in nt:
                problems.append("evidence %s not found: %r" % (k, ev))
        with open(jpath, encoding="utf-8") as f:
            if json.load(f) != expected(a):
                problems.append("expected.json differs from table")
        words = len(nt.split())
        status = "OK " if not problems else "BAD"
        print("%s %s (%d bytes, %s words%s)" % (status, a["name"] + "." + a["ext"], size, words,
                                               ", %d pages" % pages if pages else ""))
        for p in problems:
            print("    ", p)
        ok = ok and not problems
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    nums = [int(x.lstrip("h")) for x in argv] or sorted(AGREEMENTS)
    for n in nums:
        build(n)


if __name__ == "__main__":
    main(sys.argv[1:])
