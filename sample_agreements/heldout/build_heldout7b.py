#!/usr/bin/env python3
"""Held-out sample agreements h97-h104 for leerroute-check.

Written by an independent helper session from the two official guidance documents
(bouwsteen samenwerkingsovereenkomst, bouwsteen overstapoptie), /work/shared/domain.md and
sample_agreements/LABELS.md only, without looking at checker code, models, tests, benchmarks or
any other sample. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_heldout7b.py            build all samples
    python3 build_heldout7b.py h97 h99    build only those
    python3 build_heldout7b.py --check    open every produced file and verify it
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_DT = (2025, 6, 30, 9, 0, 0)

SAMPLES = {}  # key -> dict(name, fmt, description, statuses, evidence, text, opts)


def sample(key, name, fmt, description, statuses, evidence, text, **opts):
    assert set(statuses) == set("abcdefghij"), key
    for k in evidence:
        assert statuses[k] == "present", (key, k)
    SAMPLES[key] = dict(name=name, fmt=fmt, description=description, statuses=statuses,
                        evidence=evidence, text=text, opts=opts)


def st(s):
    """'a=present b=weak ...' -> dict"""
    out = {}
    for part in s.split():
        k, v = part.split("=")
        out[k] = {"p": "present", "w": "weak", "m": "missing", "n": "not_applicable"}.get(v, v)
    return out


# --------------------------------------------------------------------------------------------
# A tiny block markup shared by the PDF and DOCX writers.
#   blocks are separated by blank lines
#   #T title   #S subtitle   # heading1   ## heading2   - bullet   > indented paragraph
#   a block whose lines all start with '|' is a table (cells separated by ' | ', first row header)
#   === page break     [[TOC]] table of contents (PDF)
#   #N heading with Word auto-numbering level 0 (DOCX)   N) paragraph with auto-numbering level 1
#   **bold** inline
# --------------------------------------------------------------------------------------------

def parse_blocks(text):
    blocks = []
    for raw in re.split(r"\n\s*\n", text.strip("\n")):
        raw = raw.strip("\n")
        if not raw.strip():
            continue
        lines = raw.split("\n")
        if all(l.lstrip().startswith("|") for l in lines):
            rows = [[c.strip() for c in l.strip().strip("|").split(" | ")] for l in lines]
            blocks.append(("table", rows))
            continue
        one = " ".join(l.strip() for l in lines)
        for prefix, kind in (("#T ", "title"), ("#S ", "subtitle"), ("#N ", "anum0"), ("## ", "h2"),
                             ("# ", "h1"), ("- ", "li"), ("> ", "indent"), ("N) ", "anum1")):
            if one.startswith(prefix):
                blocks.append((kind, one[len(prefix):]))
                break
        else:
            if one == "===":
                blocks.append(("pb", ""))
            elif one == "[[TOC]]":
                blocks.append(("toc", ""))
            else:
                blocks.append(("p", one))
    return blocks


def inline_pdf(s):
    s = escape(s)
    parts = s.split("**")
    out = []
    for i, p in enumerate(parts):
        out.append(p if i % 2 == 0 else "<b>%s</b>" % p)
    return "".join(out)


def plain(s):
    return s.replace("**", "")


# ------------------------------------------------------------------------------------ PDF

def build_pdf(path, text, opts):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)
    from reportlab.platypus.tableofcontents import TableOfContents

    base = opts.get("font", "Helvetica")
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    size = opts.get("size", 10)
    lead = size * 1.35
    align = TA_JUSTIFY if opts.get("justify") else TA_LEFT
    accent = colors.HexColor(opts.get("accent", "#1f3864"))
    S = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 6, leading=size + 10,
                                alignment=TA_CENTER, spaceAfter=4, textColor=accent),
        "subtitle": ParagraphStyle("subtitle", fontName=base, fontSize=size + 1, leading=size + 4,
                                   alignment=TA_CENTER, spaceAfter=3),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 2.5, leading=size + 6,
                             spaceBefore=10, spaceAfter=4, textColor=accent, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 0.5, leading=size + 4,
                             spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "p": ParagraphStyle("p", fontName=base, fontSize=size, leading=lead, alignment=align,
                            spaceAfter=4),
        "li": ParagraphStyle("li", fontName=base, fontSize=size, leading=lead, alignment=align,
                             leftIndent=14, bulletIndent=4, spaceAfter=2),
        "indent": ParagraphStyle("indent", fontName=base, fontSize=size, leading=lead,
                                 alignment=align, leftIndent=18, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.25),
        "cellh": ParagraphStyle("cellh", fontName=bold, fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.25, textColor=colors.white),
    }
    header = opts.get("header")
    footer = opts.get("footer")
    W, H = A4
    lm = rm = 24 * mm
    tm = 26 * mm if header else 20 * mm
    bm = 22 * mm

    def on_page(canv, doc):
        canv.saveState()
        if header and (doc.page > 1 or opts.get("header_first")):
            canv.setFont(base, 8)
            canv.setFillColor(colors.HexColor("#555555"))
            canv.drawString(lm, H - 14 * mm, header)
            canv.setStrokeColor(accent)
            canv.setLineWidth(0.5)
            canv.line(lm, H - 15.5 * mm, W - rm, H - 15.5 * mm)
        canv.setFont(base, 8)
        canv.setFillColor(colors.HexColor("#555555"))
        if footer:
            canv.drawString(lm, 11 * mm, footer)
        canv.drawRightString(W - rm, 11 * mm, opts.get("pagefmt", "pagina %d") % doc.page)
        canv.restoreState()

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            if isinstance(fl, Paragraph) and fl.style.name == "h1" and opts.get("toc"):
                self.notify("TOCEntry", (0, fl.getPlainText(), self.page))

    doc = Doc(path, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
              invariant=1, title=opts.get("title", ""), author=opts.get("author", ""),
              subject=opts.get("subject", ""), creator=opts.get("creator", "Microsoft Word"))
    frame = Frame(lm, bm, W - lm - rm, H - tm - bm, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])

    story = []
    avail = W - lm - rm
    for kind, s in parse_blocks(text):
        if kind == "pb":
            story.append(PageBreak())
        elif kind == "toc":
            toc = TableOfContents()
            toc.levelStyles = [ParagraphStyle("toc0", fontName=base, fontSize=size, leading=lead,
                                              leftIndent=0, firstLineIndent=0)]
            story.append(toc)
        elif kind == "table":
            rows = [[Paragraph(inline_pdf(c), S["cellh"] if i == 0 else S["cell"]) for c in r]
                    for i, r in enumerate(s)]
            ncol = max(len(r) for r in s)
            widths = opts.get("colwidths", {}).get(len(story))
            if not widths:
                w0 = opts.get("firstcol", 0.26)
                fr = opts.get("fr%d" % ncol)
                if fr:
                    widths = [avail * f / sum(fr) for f in fr]
                elif ncol == 2:
                    widths = [avail * w0, avail * (1 - w0)]
                else:
                    widths = [avail / ncol] * ncol
            t = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), accent),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
            ]))
            story.append(t)
            story.append(Spacer(1, 5))
        elif kind == "li":
            story.append(Paragraph(inline_pdf(s), S["li"], bulletText="\u2022"))
        elif kind in ("anum0", "anum1"):
            raise ValueError("auto-numbering is DOCX only")
        else:
            story.append(Paragraph(inline_pdf(s), S[kind]))
    if opts.get("toc"):
        doc.multiBuild(story)
    else:
        doc.build(story)


def pdf_text(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return "\n".join(out)


# ----------------------------------------------------------------------------------- DOCX

ABSTRACT_NUM = """<w:abstractNum %s w:abstractNumId="%d">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%s"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%%3."/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1276" w:hanging="425"/></w:pPr></w:lvl>
</w:abstractNum>"""


def add_autonumbering(d, lvl0text):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    numbering = d.part.numbering_part.element
    absid, numid = 77, 77
    absnum = parse_xml(ABSTRACT_NUM % (nsdecls("w"), absid, lvl0text))
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), numid, absid)))
    return numid


def set_num(par, numid, ilvl):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    pPr = par._p.get_or_add_pPr()
    pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), ilvl, numid)))
    # numPr must follow pStyle if present
    pStyle = pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pStyle")
    if pStyle is not None:
        numPr = pPr[0]
        pStyle.addnext(numPr)


def add_runs(par, s):
    parts = s.split("**")
    for i, p in enumerate(parts):
        if p:
            r = par.add_run(p)
            if i % 2 == 1:
                r.bold = True


def build_docx(path, text, opts):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, Cm

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = opts.get("font", "Calibri")
    normal.font.size = Pt(opts.get("size", 10.5))
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.3)
    numid = None
    if "autonum" in opts:
        numid = add_autonumbering(d, opts["autonum"])
    for kind, s in parse_blocks(text):
        if kind == "title":
            d.add_heading(plain(s), 0)
        elif kind == "subtitle":
            p = d.add_paragraph()
            add_runs(p, s)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            d.add_heading(plain(s), 1)
        elif kind == "h2":
            d.add_heading(plain(s), 2)
        elif kind == "anum0":
            p = d.add_heading(plain(s), 2)
            set_num(p, numid, 0)
        elif kind == "anum1":
            p = d.add_paragraph()
            add_runs(p, s)
            set_num(p, numid, 1)
        elif kind == "li":
            p = d.add_paragraph(style="List Bullet")
            add_runs(p, s)
        elif kind == "indent":
            p = d.add_paragraph()
            add_runs(p, s)
            p.paragraph_format.left_indent = Cm(1.25)
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            raise ValueError("no TOC in DOCX")
        elif kind == "table":
            ncol = max(len(r) for r in s)
            t = d.add_table(rows=len(s), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(s):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    add_runs(cell.paragraphs[0], ("**%s**" % c) if i == 0 and c else c)
            d.add_paragraph()
        else:
            p = d.add_paragraph()
            add_runs(p, s)
    cp = d.core_properties
    cp.author = opts.get("author", "")
    cp.last_modified_by = opts.get("author", "")
    cp.title = opts.get("title", "")
    cp.subject = opts.get("subject", "")
    cp.comments = ""
    cp.keywords = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    buf = io.BytesIO()
    d.save(buf)
    write_fixed_zip(buf.getvalue(), path)


def write_fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue
            content = src.read(info.filename)
            if info.filename == "_rels/.rels":
                content = re.sub(rb'<Relationship[^>]*thumbnail\.jpeg"\s*/>', b"", content)
            if info.filename == "[Content_Types].xml":
                content = content.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, content)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def docx_text(path):
    import docx
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


# ------------------------------------------------------------------------------ driver

def expected_json(sm):
    return {"description": sm["description"], "split": "heldout", "statuses": sm["statuses"],
            "evidence": sm["evidence"]}


def build(key):
    sm = SAMPLES[key]
    path = os.path.join(HERE, sm["name"] + "." + sm["fmt"])
    if sm["fmt"] == "pdf":
        build_pdf(path, sm["text"], sm["opts"])
    elif sm["fmt"] == "docx":
        build_docx(path, sm["text"], sm["opts"])
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(sm["text"].strip("\n") + "\n")
    with open(os.path.join(HERE, sm["name"] + ".expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(json.dumps(expected_json(sm), ensure_ascii=False, indent=2) + "\n")
    print("built", os.path.basename(path))


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check():
    ok = True
    counts = {}
    for key, sm in sorted(SAMPLES.items(), key=lambda kv: int(kv[0][1:])):
        path = os.path.join(HERE, sm["name"] + "." + sm["fmt"])
        counts[sm["fmt"]] = counts.get(sm["fmt"], 0) + 1
        errs = []
        if not os.path.exists(path):
            errs.append("missing file")
        else:
            size = os.path.getsize(path)
            if size >= 200 * 1024:
                errs.append("too large: %d" % size)
            try:
                if sm["fmt"] == "pdf":
                    text = pdf_text(path)
                elif sm["fmt"] == "docx":
                    text = docx_text(path)
                else:
                    with open(path, encoding="utf-8") as f:
                        text = f.read()
            except Exception as e:  # noqa
                errs.append("cannot open: %r" % e)
                text = ""
            nt = norm(text)
            for k, ev in sm["evidence"].items():
                if norm(ev) not in nt:
                    errs.append("evidence %s not found: %r" % (k, ev))
            if re.search(r"\[\[|\]\]|\*\*", nt) and sm["fmt"] in ("pdf", "docx"):
                errs.append("markup leaked into text")
        jpath = os.path.join(HERE, sm["name"] + ".expected.json")
        try:
            with open(jpath, encoding="utf-8") as f:
                if json.load(f) != expected_json(sm):
                    errs.append("expected.json differs from table")
        except FileNotFoundError:
            errs.append("missing expected.json")
        words = len(norm(text).split()) if not errs or text else 0
        print("%-5s %-60s %s (%d words)" % (key, os.path.basename(path), "OK" if not errs else "FAIL", words))
        for e in errs:
            print("      -", e)
        ok = ok and not errs
    print("formats:", counts)
    return ok


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    keys = [a for a in argv if a in SAMPLES] or list(SAMPLES)
    bad = [a for a in argv if a not in SAMPLES]
    if bad:
        sys.exit("unknown sample(s): %s" % " ".join(bad))
    for k in keys:
        build(k)


# ============================================================================================
# h97  notarial deed, PDF, Liemers, Bouwen wonen en interieur (kb) -> Allround timmerman (3)
# ============================================================================================

H97 = r"""
#T SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO

#S Bouwen, wonen en interieur – Allround timmerman · De Liemers

#S Akte van zesentwintig juni tweeduizend vijfentwintig

Kenmerk: HB/2025.0417/SOK-DLR

Heden, zesentwintig juni tweeduizend vijfentwintig, verschenen voor mij, mr. Hendrika Maria van den Broek-Teunissen, notaris met plaats van vestiging de gemeente Zevenaar:

1. de heer drs. Wouter Jan Gerritsen, geboren te Doesburg op zeventien maart negentienhonderd achtenzestig, te dezen handelend als voorzitter van het college van bestuur van de stichting **Stichting Voortgezet Onderwijs De Liemers**, statutair gevestigd te Zevenaar, kantoorhoudende te 6901 AB Zevenaar, Kerkstraat 14, ingeschreven in het handelsregister onder dossiernummer 41051876, en deze stichting als zodanig rechtsgeldig vertegenwoordigend; de stichting is het bevoegd gezag van het Liemers Vakcollege, school voor voorbereidend beroepsonderwijs en middelbaar algemeen voortgezet onderwijs te Zevenaar; de stichting hierna te noemen: "de school";

2. mevrouw ir. Annemarie Cornelia Rutgers, geboren te Arnhem op twee november negentienhonderd vierenzeventig, te dezen handelend als lid van het college van bestuur van de stichting **Stichting Regionaal Opleidingencentrum Rijn en Gelderse Poort**, statutair gevestigd te Arnhem, kantoorhoudende te 6812 KZ Arnhem, Sonsbeeksingel 120, ingeschreven in het handelsregister onder dossiernummer 09183364, en deze stichting als zodanig rechtsgeldig vertegenwoordigend; de stichting is het bevoegd gezag van een regionaal opleidingencentrum als bedoeld in de Wet educatie en beroepsonderwijs en hierna te noemen: "het ROC".

De comparanten, handelend als gemeld, hierna ook gezamenlijk te noemen: "partijen", verklaarden:

# OVERWEGINGEN

A. De school en het ROC verzorgen sinds het schooljaar tweeduizend negentien/tweeduizend twintig gezamenlijk een vakmanschapsroute in de bouw, die zij met ingang van het schooljaar tweeduizend vijfentwintig/tweeduizend zesentwintig voortzetten als doorlopende leerroute vmbo-mbo in de zin van artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs.

B. Ingevolge artikel 2.107b van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs wordt een doorlopende leerroute verzorgd op grond van een samenwerkingsovereenkomst, waarin ten minste de in die artikelen genoemde onderwerpen zijn geregeld.

C. Partijen wensen hun afspraken, met het oog op de rechtszekerheid voor leerlingen, ouders en personeel, in een notariële akte vast te leggen.

# OVEREENKOMST

## Artikel 1. Begripsbepalingen

In deze akte wordt verstaan onder: a. leerroute: de in artikel 2 omschreven doorlopende leerroute vmbo-mbo; b. deelnemer: de jongere die aan de leerroute deelneemt, in de vo-fase als leerling van de school en in de mbo-fase als student van het ROC; c. vo-fase: de eerste twee leerjaren van de leerroute, zijnde het derde en vierde leerjaar van het vmbo; d. mbo-fase: het derde en de volgende leerjaren van de leerroute; e. routebestuur: het orgaan bedoeld in artikel 4; f. colleges: het college van bestuur van de school en het college van bestuur van het ROC.

## Artikel 2. Voorwerp van de overeenkomst

1. Partijen verzorgen gezamenlijk een doorlopende leerroute die het beroepsgerichte profiel Bouwen, wonen en interieur in de kaderberoepsgerichte leerweg van de school verbindt met de vakopleiding Allround timmerman, niveau 3, in de beroepsopleidende leerweg, binnen het opleidingsdomein Bouw en infra, zoals verzorgd door de vakschool Bouw & Hout Liemers van het ROC.

2. Deelnemers die daarvoor in het tweede jaar van de leerroute kiezen, volgen in plaats van de in lid 1 genoemde opleiding de vakopleiding Allround metselaar, niveau 3; de leerroute is voor hen in alle overige opzichten gelijk.

3. De leerroute beslaat vier leerjaren en leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het diploma van de gekozen mbo-opleiding.

4. Partijen melden de leerroute gezamenlijk aan Onze Minister door registratie in het Register Instellingen en Opleidingen.

## Artikel 3. Medewerking van het bouwbedrijf

1. Het bedrijfsleven krijgt een vaste plaats in de leerroute via de Vereniging Bouwkring Liemers, waarin ruim veertig bouw- en afbouwbedrijven uit Zevenaar, Duiven, Westervoort en Montferland zijn verenigd, en via de adviseur praktijkleren van de Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven (SBB) voor de regio Arnhem.

2. Partijen geven daaraan als volgt inhoud: a. het ROC sluit jaarlijks met leden van de Bouwkring praktijkovereenkomsten, zodat iedere deelnemer vanaf het derde jaar van de leerroute beroepspraktijkvorming volgt bij een door SBB erkend leerbedrijf; b. de school en het ROC laten de deelnemers per schooljaar ten minste drie praktijkopdrachten uitvoeren op bouwplaatsen van leden van de Bouwkring; c. twee door de Bouwkring voorgedragen vakmensen hebben zitting in de adviesraad van de leerroute, die ten minste tweemaal per jaar bijeenkomt en het routebestuur adviseert over de inhoud van het programma en de keuzedelen; d. praktijkopleiders van de leerbedrijven beoordelen mee bij de proeven van bekwaamheid in de mbo-fase.

## Artikel 4. Het routebestuur

1. De leiding over de leerroute berust bij een routebestuur van drie leden: de teamleider bovenbouw beroepsgericht van de school, de onderwijsmanager van de vakschool Bouw & Hout Liemers van het ROC, en een routecoördinator, die het routebestuur voorzit.

2. De leden worden door de colleges gezamenlijk bij schriftelijk besluit benoemd, geschorst en ontslagen; de routecoördinator wordt benoemd op voordracht van de beide andere leden. Een benoeming geldt voor drie schooljaren en kan worden herhaald.

3. De colleges dragen aan het routebestuur op: a. de dagelijkse aansturing van het onderwijs en van het docententeam van de leerroute; b. het voorbereiden van het gezamenlijke examen- en onderwijsprogramma en de jaarplanning; c. het beheer van het routebudget dat de colleges jaarlijks vaststellen; d. het onderhouden van de contacten met de Bouwkring, de leerbedrijven en SBB; e. de uitvoering van de overstapregeling van artikel 7.

4. Het routebestuur is bevoegd binnen het vastgestelde routebudget verplichtingen aan te gaan tot een bedrag van vijftienduizend euro (EUR 15.000) per geval, de inzet van het docententeam te roosteren en werkafspraken met leerbedrijven te maken. Besluiten over het programma van toetsing en afsluiting en de onderwijs- en examenregeling, over aanstelling en ontslag van personeel en over verplichtingen boven voormeld bedrag blijven aan het bevoegde college voorbehouden.

5. Het routebestuur besluit bij meerderheid van stemmen. Staken de stemmen, dan wordt het voorstel aan beide colleges voorgelegd.

## Artikel 5. Rekenschap aan de colleges

1. Het routebestuur legt over ieder schooljaar vóór één november daaropvolgend schriftelijk verantwoording af aan beide colleges in een jaarverslag, dat ten minste bevat: de in-, door- en uitstroom, de examenresultaten, de toepassing van de overstapregeling, de besteding van het routebudget en de bevindingen van de adviesraad.

2. Jaarlijks in de maand maart bespreekt het routebestuur in een gezamenlijke vergadering met beide colleges de voortgang van het lopende schooljaar.

3. Het routebestuur stelt elk college onverwijld in kennis van ontwikkelingen die de continuïteit of de kwaliteit van de leerroute kunnen raken, en verstrekt binnen tien werkdagen de inlichtingen die een college verlangt.

## Artikel 6. Inrichting van het onderwijs

1. In de vo-fase wordt het onderwijs gegeven in het gebouw van de school aan de Hunneveldweg 3 te Zevenaar; in de mbo-fase in de vakschool Bouw & Hout Liemers aan de Didamseweg 42 te Zevenaar en bij de leerbedrijven.

2. Partijen beschrijven voor de gehele leerroute het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar in een gezamenlijk programma van toetsing en afsluiting en onderwijs- en examenregeling (PTA/OER), dat jaarlijks vóór één juli door beide colleges wordt vastgesteld. Het centraal examen vmbo wordt afgenomen in het tweede jaar van de leerroute.

3. Het onderwijs wordt verzorgd door één docententeam, bestaande uit leraren van de school en docenten van het ROC. Het ROC zet in de vo-fase twee praktijkdocenten bouw in, samen ten minste acht lesuren per week; de school zet in de mbo-fase een leraar Nederlands en rekenen in voor vier lesuren per week. Voor het vakoverstijgende programmaonderdeel "Bouwproject Liemers" werken partijen met een team als bedoeld in artikel 7.13a van de Wet voortgezet onderwijs 2020 en artikel 9.1.12 van de Wet educatie en beroepsonderwijs; ieder teamlid blijft verantwoordelijk voor het deel waarvoor hij bevoegd is. Het personeel blijft in dienst van de eigen werkgever en valt onder diens gezag en rechtspositie.

4. De school stelt haar praktijklokaal hout en haar CAD-lokaal ter beschikking, het ROC zijn machinale houtbewerkingswerkplaats en de overdekte oefenbouwplaats. Het gebruik geschiedt op de in de jaarplanning vastgelegde dagdelen, met inachtneming van de huisregels en veiligheidsvoorschriften van de partij die eigenaar is.

5. De klachtenregeling van de school is mede van toepassing op gedragingen van medewerkers van het ROC jegens leerlingen in de vo-fase, en de klachtenregeling van het ROC op gedragingen van medewerkers van de school jegens studenten in de mbo-fase; de andere partij werkt aan de behandeling van de klacht mee.

## Artikel 7. Voortijdig verlaten van de leerroute

1. Eindigt de deelname aan de leerroute voordat de deelnemer deze met goed gevolg heeft voltooid, dan stellen partijen hem in staat alsnog een vmbo-diploma of een mbo-diploma te behalen. Welke weg wordt gevolgd, bepalen de school en het ROC naar hun gezamenlijk oordeel, nadat zij de deelnemer en diens ouders of verzorgers hebben gehoord, met inachtneming van het bereikte onderwijsniveau en de leeftijd van de deelnemer.

2. Daarbij staan in ieder geval de volgende wegen open: a. bij vertrek in de vo-fase: voortzetting in de reguliere kaderberoepsgerichte leerweg van de school, in het profiel Bouwen, wonen en interieur of, zo de deelnemer dat wenst, in een ander profiel, gericht op het vmbo-diploma; b. bij afwijzing voor het eindexamen: hernieuwde deelname aan het examen met een daarop afgestemd programma, of, indien partijen dat verantwoord achten, instroom in een andere opleiding van het ROC op niveau 2 of 3 zonder vmbo-diploma, waarbij de vooropleidingseisen niet gelden; c. bij vertrek in de mbo-fase: overstap naar een andere opleiding van het ROC op niveau 3, binnen of buiten de bouw, in de beroepsopleidende of de beroepsbegeleidende leerweg; d. bij verhuizing of de keuze voor een andere instelling: begeleiding naar een passende opleiding elders, waarbij partijen de ontvangende instelling de gegevens verstrekken die zij voor een onderzoek naar de geschiktheid van de deelnemer nodig heeft.

3. De nadere uitwerking wordt opgenomen in de schoolgids van de school en de studiegids van het ROC.

## Artikel 8. Geldmiddelen

Partijen dragen geen bekostiging aan elkaar over als bedoeld in artikel 5.42a van de Wet voortgezet onderwijs 2020 of artikel 9.1.15 van de Wet educatie en beroepsonderwijs. Iedere partij draagt de kosten van het eigen personeel, de eigen gebouwen en de eigen leermiddelen; de inzet over en weer van personeel en faciliteiten, als bedoeld in artikel 6, wordt niet verrekend.

## Artikel 9. Medezeggenschap

1. Op de medezeggenschap zijn de Wet medezeggenschap op scholen, de Wet educatie en beroepsonderwijs en de Wet op de ondernemingsraden van toepassing. Partijen spreken in aanvulling daarop het volgende af.

2. Een voorgenomen wijziging van deze akte, de toetreding van een nieuwe partij en een voorgenomen opzegging worden vooraf voor advies voorgelegd aan de medezeggenschapsraad van de school en aan de studentenraad en de ondernemingsraad van het ROC.

3. Twee deelnemers uit de vo-fase, gekozen door de leerlingen van de leerroute, wonen met spreekrecht de vergaderingen bij van de studentenraad van het ROC waarin de leerroute wordt besproken.

4. Het routebestuur bespreekt het jaarverslag, bedoeld in artikel 5, jaarlijks met een delegatie van beide raden.

## Artikel 10. Geschillen

1. Geschillen tussen partijen over de uitvoering van deze akte worden eerst in het routebestuur besproken.

2. Leidt dat binnen vier weken niet tot overeenstemming, dan legt iedere partij het geschil voor aan de voorzitters van beide colleges, die binnen vier weken daarna overleg voeren.

3. Blijft overeenstemming uit, dan trachten partijen het geschil op te lossen door mediation onder leiding van een door hen gezamenlijk aangewezen mediator, ingeschreven in het register van de Mediatorsfederatie Nederland.

4. Is het geschil drie maanden na aanvang van de mediation niet opgelost, dan kan iedere partij het voorleggen aan de bevoegde rechter van de rechtbank Gelderland. Op deze overeenkomst is Nederlands recht van toepassing.

## Artikel 11. Toetreding

1. Een andere school voor voorbereidend beroepsonderwijs of middelbaar algemeen voortgezet onderwijs of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien: a. beide colleges daarmee schriftelijk instemmen; b. de toetredende partij het profiel of de opleiding van artikel 2 aanbiedt; c. zij zich bij schriftelijke toetredingsverklaring aan de bepalingen van deze akte bindt.

2. Een toetreding gaat in bij de aanvang van een schooljaar en laat het programma van deelnemers die op dat moment al in de leerroute zitten ongewijzigd.

## Artikel 12. Duur, opzegging en ontbinding

1. Deze overeenkomst gaat in op één augustus tweeduizend vijfentwintig en wordt aangegaan voor onbepaalde tijd.

2. Iedere partij kan de overeenkomst bij aangetekende brief opzeggen tegen één augustus van enig jaar, met inachtneming van een termijn van ten minste twaalf maanden.

3. Iedere partij kan de overeenkomst ontbinden indien de andere partij, na schriftelijke ingebrekestelling, een wezenlijke verplichting niet binnen drie maanden nakomt.

4. Na opzegging of ontbinding stromen geen nieuwe deelnemers meer in. Partijen blijven gehouden de leerroute te verzorgen voor alle deelnemers die op de datum van beëindiging zijn ingeschreven, totdat zij de leerroute hebben voltooid of met toepassing van artikel 7 zijn overgestapt.

## Artikel 13. Wijziging

1. Deze overeenkomst kan slechts worden gewijzigd bij een door beide partijen ondertekend geschrift, na het advies bedoeld in artikel 9, tweede lid.

2. Een wijziging die het programma van deelnemers raakt, treedt pas in werking voor het eerstvolgende cohort dat instroomt, tenzij zij uitsluitend in het voordeel van de deelnemers is.

3. Partijen evalueren deze overeenkomst eens in de drie jaar.

# SLOT

WAARVAN AKTE, in minuut verleden te Zevenaar op de datum in het hoofd van deze akte vermeld. De comparanten zijn mij, notaris, bekend. De zakelijke inhoud van de akte is aan de comparanten opgegeven en toegelicht. Zij hebben verklaard tijdig vóór het verlijden van de inhoud van de akte kennis te hebben genomen, daarmee in te stemmen en op volledige voorlezing daarvan geen prijs te stellen. Onmiddellijk na beperkte voorlezing is deze akte eerst door de comparanten en vervolgens door mij, notaris, ondertekend.

(Volgen handtekeningen.)

UITGEGEVEN VOOR AFSCHRIFT
"""

sample(
    "h97", "h97_notariele_akte_liemers", "pdf",
    "Notariele akte (comparanten, overwegingen, slot akte) in Times, PDF; De Liemers, Bouwen wonen en "
    "interieur kb -> Allround timmerman/metselaar niveau 3; fully compliant, explicit geen overdracht, "
    "medezeggenschap arranged, articles with descriptive headings.",
    st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
    {"a": "Artikel 2. Voorwerp van de overeenkomst", "b": "Artikel 3. Medewerking van het bouwbedrijf",
     "c": "Artikel 4. Het routebestuur", "d": "Artikel 5. Rekenschap aan de colleges",
     "e": "Artikel 6. Inrichting van het onderwijs", "f": "Artikel 7. Voortijdig verlaten van de leerroute",
     "g": "Artikel 8. Geldmiddelen", "h": "Artikel 9. Medezeggenschap", "i": "Artikel 10. Geschillen",
     "j": "Artikel 12. Duur, opzegging en ontbinding"},
    H97, font="Times-Roman", size=10.5, justify=True, accent="#000000",
    title="Akte samenwerkingsovereenkomst doorlopende leerroute", author="Notariskantoor Van den Broek",
    subject="Doorlopende leerroute vmbo-mbo bouw", creator="Notaris-Office",
    header="Akte HB/2025.0417 – samenwerkingsovereenkomst doorlopende leerroute", pagefmt="blad %d")

# ============================================================================================
# h98  consortium of four vmbo schools and two mbo instellingen, DOCX with tables, Langstraat
# ============================================================================================

H98 = r"""
#T Consortiumovereenkomst Doorlopende Leerroutes Langstraat 2025-2029

#S Samenwerkingsovereenkomst in de zin van artikel 2.107b WVO 2020 en artikel 9.1.3 WEB tussen vier scholen voor vmbo en twee instellingen voor beroepsonderwijs

# De partners

| Nr. | Bevoegd gezag | School of instelling | Vertegenwoordigd door
| 1 | Stichting Christelijk Voortgezet Onderwijs Langstraat, Waalwijk | Walewijk College, vmbo | mr. E.J. van Dongen, voorzitter college van bestuur
| 2 | Stichting Openbaar Voortgezet Onderwijs Heusden, Drunen | Heusdens Vakcollege | drs. M.C. Verhoeven-Pijnenburg, bestuurder
| 3 | Stichting Katholiek Voortgezet Onderwijs Loon op Zand, Kaatsheuvel | Sint-Janscollege vmbo | ing. P.A.M. Timmermans, voorzitter college van bestuur
| 4 | Stichting Scholengroep Dongen-Oosterhout, Dongen | Vakcollege De Donge | dr. S. el Amrani, lid college van bestuur
| 5 | Stichting Regionaal Opleidingencentrum Langstraat-Maas, Waalwijk | ROC Langstraat-Maas (penvoerder) | drs. H.J. Brouwers, voorzitter college van bestuur
| 6 | Stichting Logistiek Vakcollege Brabant, Tilburg | Logistiek Vakcollege Brabant, vakinstelling | A.W. Korteweg MBA, bestuurder

Partners 1 tot en met 4 heten hierna "de scholen", partners 5 en 6 "de instellingen". Elk van hen is hierbij vertegenwoordigd door de persoon die volgens de statuten bevoegd is het bevoegd gezag te vertegenwoordigen.

# 1 Doel en reikwijdte

1.1 De partners bieden jongeren in de Langstraat en omgeving een ononderbroken leerweg van vmbo naar mbo in drie doorlopende leerroutes vmbo-mbo. Deze overeenkomst bevat de afspraken die daarvoor op grond van de wet in elk geval nodig zijn en vervangt de convenanten over de techniek- en zorgroutes uit 2019.

1.2 Een route wordt alleen verzorgd door de partners die in artikel 2 bij die route zijn genoemd. De overige bepalingen gelden voor alle partners.

# 2 De routes

2.1 De partners bieden de volgende routes aan:

| Route | vmbo: profiel en leerweg | mbo: opleiding en niveau | Instelling en locatie | Scholen
| A Zorgroute | Zorg en welzijn, basisberoepsgerichte leerweg | Helpende zorg en welzijn, niveau 2 (BOL) | ROC Langstraat-Maas, college Zorg & Welzijn, Grotestraat Waalwijk | 1, 2 en 3
| B Logistieke route | Economie en ondernemen, kaderberoepsgerichte leerweg | Logistiek teamleider, niveau 3 (BOL, vanaf routejaar 4 ook BBL) | Logistiek Vakcollege Brabant, locatie Haven Waalwijk | 1, 3 en 4
| C Retailroute | Economie en ondernemen, kaderberoepsgerichte leerweg | Eerste verkoper, niveau 3 (BOL) | ROC Langstraat-Maas, college Handel & Ondernemen, Waalwijk | 2 en 4

2.2 Iedere route duurt vier jaar. De eerste twee routejaren (leerjaar 3 en 4 vmbo) is de jongere leerling van zijn school; vanaf het derde routejaar is hij student van de instelling. De route leidt tot het vmbo-diploma van de genoemde leerweg en het mbo-diploma van de genoemde opleiding.

2.3 Iedere school en iedere instelling meldt elke route waaraan zij deelneemt afzonderlijk aan in het Register Instellingen en Opleidingen.

# 3 Het werkveld

3.1 Voor elke route is er een werkveldtafel. Daaraan nemen deel: voor route A de Zorggroep De Loonse Hoeve, Stichting Thuiszorg Langstraat en Kinderopvang Heusden-Vesting; voor route B de Havenbedrijvenvereniging Waalwijk en de distributiecentra van Kerkhofs Logistiek en Brabant DistriHub; voor route C de Winkeliersvereniging Centrum Waalwijk en de bouwmarkt- en tuincentrumketen Hulshof. De accountmanager van SBB voor Midden-Brabant schuift bij elke werkveldtafel aan.

3.2 De werkveldtafel komt drie keer per schooljaar bij elkaar en adviseert het regieteam over de keuzedelen en over de praktijkonderdelen van het programma.

3.3 De bedrijven aan de werkveldtafel verzorgen in de vo-fase per klas ten minste twee gastlessen en één bedrijfsbezoek per schooljaar, leveren levensechte opdrachten aan voor het praktijkproject in routejaar 2 en stellen vanaf routejaar 3 bpv-plaatsen beschikbaar. De instellingen leggen dit vast in praktijkovereenkomsten met de bedrijven. Praktijkopleiders van deze bedrijven beoordelen mee bij de praktijkexamens.

# 4 Regieteam

4.1 De leiding over de drie routes ligt bij het regieteam. Het regieteam bestaat uit een afdelingsleider vmbo van elk van de vier scholen, een opleidingsmanager van elk van de twee instellingen en de consortiumcoördinator, die het regieteam voorzit.

4.2 Elk bevoegd gezag wijst zijn eigen vertegenwoordiger in het regieteam aan en meldt dat schriftelijk aan de penvoerder; het kan de aanwijzing op dezelfde wijze intrekken. De consortiumcoördinator wordt benoemd door de consortiumraad, voor een periode van vier jaar. De consortiumraad bestaat uit één lid van het college van bestuur of de bestuurder van elk van de zes partners.

4.3 Het regieteam heeft tot taak: de uitvoering van de routes te coördineren; het gezamenlijke PTA/OER per route voor te bereiden; de roosters en de inzet van docenten over de scholen en instellingen af te stemmen; de werkveldtafels te organiseren; en de overstapregeling van artikel 7 uit te voeren.

4.4 Het regieteam is bevoegd om zelfstandig te besluiten over de jaarplanning, de toewijzing van praktijkruimten, de inzet van gedetacheerde docenten binnen de afgesproken uren en de indeling van leerlingen in groepen. Het vaststellen van het PTA/OER, personele besluiten en de begroting blijven voorbehouden aan de bevoegde gezagen, elk voor de eigen school of instelling.

# 5 Rapportage aan de besturen

5.1 Het regieteam stelt twee keer per jaar een voortgangsrapportage op, met peildata 1 februari en 1 oktober. De penvoerder stuurt de rapportage binnen drie weken na de peildatum aan alle zes bevoegde gezagen; de consortiumraad bespreekt haar in zijn eerstvolgende vergadering.

5.2 Vóór 1 december legt het regieteam verantwoording af over het afgelopen schooljaar in een jaarverslag aan de consortiumraad, met per route en per school de in-, door- en uitstroom, de examen- en diplomaresultaten, het aantal overstappen en de inbreng van het werkveld.

5.3 Elk bevoegd gezag kan het regieteam om aanvullende inlichtingen vragen; het regieteam antwoordt binnen vijftien werkdagen.

# 6 Onderwijs, personeel en voorzieningen

6.1 In de vo-fase volgen de leerlingen hun onderwijs op hun eigen school en één dag per week op de locatie van de instelling uit artikel 2. In de mbo-fase volgen zij het onderwijs op de locatie van de instelling en in de bpv.

6.2 Per route leggen de betrokken school of scholen en de instelling het onderwijsprogramma, de examinering en de bpv per leerjaar vast in een gezamenlijk PTA/OER, dat jaarlijks vóór 1 juli door de betrokken bevoegde gezagen wordt vastgesteld.

6.3 Elke route heeft één routeteam van leraren van de scholen en docenten van de instelling. De instellingen zetten in de vo-fase docenten in op de scholen: voor route A vier uur per week per school, voor de routes B en C elk zes uur per week per school. De scholen zetten in de mbo-fase een docent Nederlands en rekenen in voor de studenten die hun vmbo-examen nog moeten afronden. Voor de beroepsgerichte praktijkmodules werkt elk routeteam als team in de zin van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Medewerkers blijven in dienst van hun eigen werkgever.

6.4 De leerlingen in de vo-fase gebruiken de praktijkruimten van de instellingen: het skillslab en de zorgwoning van ROC Langstraat-Maas, de oefenwinkel van het college Handel & Ondernemen en het warehouse met heftruckbaan van het Logistiek Vakcollege Brabant. De instellingen kunnen voor hun docenten de lokalen van de scholen gebruiken op de dagen dat zij daar lesgeven.

# 7 Wisselen of stoppen

7.1 Een jongere die de route verlaat voordat hij haar heeft afgerond, krijgt altijd een plek waarmee hij een vmbo- of mbo-diploma kan halen. De school en de instelling van zijn route beslissen samen welke plek dat is, na een gesprek met de jongere en zijn ouders. Zij kijken daarbij naar wat de jongere al heeft bereikt en naar zijn leeftijd, en leggen de beslissing vast in een overstapplan.

7.2 Stopt de jongere in de vo-fase, dan gaat hij verder in de reguliere leerweg van zijn school of, als hij dat wil, in een andere route van dit consortium, ook op een andere school van het consortium.

7.3 Heeft de jongere aan het eind van routejaar 3 nog geen vmbo-diploma, dan kan hij zijn vmbo-examen in een extra jaar afronden, of zonder vmbo-diploma verder gaan in een andere opleiding van de instelling op hetzelfde niveau; de vooropleidingseisen worden daarbij niet toegepast.

7.4 Stopt de jongere in de mbo-fase, dan kan hij overstappen naar een andere opleiding op hetzelfde niveau bij een van beide instellingen. Wil hij naar de andere instelling, dan voert die in plaats van de gewone toelating een gesprek over zijn geschiktheid voor de opleiding.

# 8 Financiële afspraken

8.1 Iedere partner draagt in beginsel zijn eigen kosten.

8.2 Met toepassing van artikel 5.42a WVO 2020 dragen de scholen een deel van de door hen ontvangen bekostiging over aan de instelling die hun route verzorgt. Deze middelen zijn bestemd voor de inzet van mbo-docenten in de vo-fase en voor het gebruik van de praktijkruimten van de instellingen.

8.3 De omvang van de over te dragen middelen wordt per schooljaar door de consortiumraad vastgesteld op voorstel van het regieteam.

8.4 De penvoerder stuurt de scholen jaarlijks in januari een factuur voor de overdracht.

# 9 Medezeggenschap

Voor leerlingen in de vo-fase, hun ouders en het personeel van de scholen geldt de Wet medezeggenschap op scholen. Voor studenten in de mbo-fase, hun ouders en het personeel van de instellingen gelden hoofdstuk 8a van de Wet educatie en beroepsonderwijs en de Wet op de ondernemingsraden. De wet biedt ruimte om daarbovenop aanvullende afspraken over de medezeggenschap bij een doorlopende leerroute te maken.

# 10 Meningsverschillen

10.1 Een meningsverschil tussen partners over de uitvoering van deze overeenkomst wordt eerst in het regieteam besproken.

10.2 Is het meningsverschil na zes weken niet opgelost, dan zet de penvoerder het op de agenda van de consortiumraad.

10.3 Lukt het ook de consortiumraad niet om binnen zes weken tot een oplossing te komen, dan wordt het geschil voorgelegd aan een geschillencommissie van drie leden. Elke kant in het geschil wijst één lid aan; die twee kiezen samen een voorzitter die niet voor een van de partners werkt. De commissie doet binnen acht weken uitspraak; de uitspraak geldt als bindend advies. De kosten van de commissie worden gelijk verdeeld over de betrokken partners.

# 11 Nieuwe partners, uittreden en wijzigen

11.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs in de regio Hart van Brabant kan partner worden als zij ten minste één van de routes van artikel 2 gaat verzorgen en de consortiumraad unaniem instemt. De nieuwe partner ondertekent een toetredingsverklaring en meldt zijn deelname in het Register Instellingen en Opleidingen.

11.2 Iedere partner kan zijn deelname aan deze overeenkomst schriftelijk opzeggen met een opzegtermijn van zes maanden. De overeenkomst blijft voor de andere partners van kracht.

11.3 De consortiumraad kan met algemene stemmen van de overige partners de deelname van een partner beëindigen die zijn verplichtingen ernstig en herhaaldelijk niet nakomt.

11.4 Deze overeenkomst kan alleen worden gewijzigd bij schriftelijk besluit van de consortiumraad, genomen met algemene stemmen en ondertekend door alle partners.

# 12 Slotbepalingen

12.1 Deze overeenkomst geldt van 1 augustus 2025 tot en met 31 juli 2029 en wordt daarna steeds stilzwijgend verlengd met vier jaar.

12.2 Op deze overeenkomst is Nederlands recht van toepassing.

# Ondertekening

| Partner | Naam en functie | Plaats en datum | Handtekening
| 1 Stichting Christelijk Voortgezet Onderwijs Langstraat | mr. E.J. van Dongen, voorzitter CvB | Waalwijk, 24 juni 2025 |
| 2 Stichting Openbaar Voortgezet Onderwijs Heusden | drs. M.C. Verhoeven-Pijnenburg, bestuurder | Drunen, 24 juni 2025 |
| 3 Stichting Katholiek Voortgezet Onderwijs Loon op Zand | ing. P.A.M. Timmermans, voorzitter CvB | Kaatsheuvel, 25 juni 2025 |
| 4 Stichting Scholengroep Dongen-Oosterhout | dr. S. el Amrani, lid CvB | Dongen, 25 juni 2025 |
| 5 Stichting Regionaal Opleidingencentrum Langstraat-Maas | drs. H.J. Brouwers, voorzitter CvB | Waalwijk, 26 juni 2025 |
| 6 Stichting Logistiek Vakcollege Brabant | A.W. Korteweg MBA, bestuurder | Tilburg, 26 juni 2025 |
"""

sample(
    "h98", "h98_consortium_zes_partners_langstraat", "docx",
    "Consortium of four vmbo schools and two mbo instellingen (ROC + vakinstelling), DOCX with party, "
    "route and signature tables, numbered sub-clauses; Langstraat, three routes (Z&W bb -> Helpende Z&W 2, "
    "E&O kb -> Logistiek teamleider 3 / Eerste verkoper 3); transfer of bekostiging without omvang, "
    "exit/amendment clause without any protection of pupils, medezeggenschap only describes the law.",
    st("a=p b=p c=p d=p e=p f=p g=w h=n i=p j=w"),
    {"a": "2 De routes", "b": "3 Het werkveld", "c": "4 Regieteam", "d": "5 Rapportage aan de besturen",
     "e": "6 Onderwijs, personeel en voorzieningen", "f": "7 Wisselen of stoppen",
     "i": "10 Meningsverschillen"},
    H98, font="Calibri", size=10.5,
    title="Consortiumovereenkomst Doorlopende Leerroutes Langstraat", author="ROC Langstraat-Maas",
    subject="Samenwerkingsovereenkomst doorlopende leerroutes")

# ============================================================================================
# h99  management document with tables (governance, P&C cycle, budget, escalatieladder), PDF, Amstelland
# ============================================================================================

H99 = r"""
#T Managementdocument Doorlopende Leerroute Creative Media & Design

#S Vmbo Het Amstelplein – Creative College Amstelveen · samenwerkingsovereenkomst vmbo-mbo

#S Versie 1.0 · vastgesteld door beide colleges van bestuur op 19 juni 2025

# 1. Status en opzet

Dit managementdocument is de samenwerkingsovereenkomst tussen **Stichting Openbaar Voortgezet Onderwijs Amstelland** (SOVA), Amstelveen, bevoegd gezag van vmbo Het Amstelplein, en **Stichting ROC Amstel & Venen**, Uithoorn, bevoegd gezag van het ROC Amstel & Venen en zijn Creative College Amstelveen. Het document is opgesteld voor de mensen die de route dagelijks aansturen: kort, in tabellen en met vaste termijnen. Het bindt beide besturen. Waar "wij" staat, zijn beide partijen bedoeld; "de school" is Het Amstelplein, "het ROC" is het ROC Amstel & Venen.

# 2. De route in één oogopslag

| Onderdeel | Afspraak
| vmbo-deel | Beroepsgericht profiel Media, vormgeving en ICT (MVI), gemengde leerweg, leerjaar 3 en 4
| mbo-deel | Middenkaderopleiding Mediavormgever, niveau 4, BOL, opleidingsdomein ICT en creatieve industrie; na keuze in routejaar 2 mag de leerling in plaats daarvan uitstromen naar Software developer, niveau 4
| Duur | Vijf routejaren: routejaar 1-2 vo-fase (leerling van de school), routejaar 3-5 mbo-fase (student van het ROC)
| Diploma's | Diploma vmbo gemengde leerweg (uiterlijk in routejaar 2) en mbo-diploma niveau 4
| Instroom | Ten hoogste 28 leerlingen per cohort; eerste cohort augustus 2025
| Melding | Beide besturen registreren de route in RIO vóór 1 oktober 2025

# 3. Werkveld: wie doet wat

Wij zetten de creatieve sector uit Amstelland op de volgende manier in. Het ROC legt de afspraken met de bedrijven vast in partnerschapsovereenkomsten en in de praktijkovereenkomsten voor de bpv.

| Partner uit het werkveld | Rol in de route | Wanneer
| Stichting Creatieve Bedrijven Amstelland (31 bureaus) | levert echte opdrachtgevers voor de projecten "Echte klant" | twee projecten per jaar, routejaar 1 t/m 3
| Studio Noordwaarts, reclamebureau, Amstelveen | gastdocent motion design en typografie | zes dagdelen per jaar
| Van Loon Print & Sign, Uithoorn | bpv-plaatsen en workshops drukvoorbereiding | vier bpv-plaatsen per jaar vanaf routejaar 3
| Beroepenveldcommissie Creative College (vijf bedrijven) | adviseert over programma en keuzedelen; jureert de eindpresentaties | overleg in november; jurering in juni
| SBB, adviseur praktijkleren | erkenning en begeleiding van leerbedrijven | doorlopend

# 4. Wie stuurt de route aan

De leiding over de route ligt bij het kernteam. De samenstelling, de aanwijzing en het mandaat staan in de tabel. Wat buiten het mandaat valt, beslist de stuurgroep: de rector-bestuurder van SOVA en het lid van het college van bestuur van het ROC met onderwijs in portefeuille.

| Rol | Wie | Aangewezen door | Taken en mandaat
| Routemanager (voorzitter kernteam) | opleidingsmanager Creative College | college van bestuur ROC, na instemming van de rector-bestuurder SOVA; voor drie jaar | eindverantwoordelijk voor de dagelijkse gang van zaken; beslist over rooster, teaminzet en projectkalender; beheert het routebudget tot EUR 10.000 per uitgave
| Kernteamlid vo | teamleider bovenbouw gl, Het Amstelplein | rector-bestuurder SOVA; voor drie jaar | verantwoordelijk voor de vo-fase, het vmbo-examen en de leerlingbegeleiding; stelt samen met de routemanager het overstapplan vast
| Kernteamlid mbo | teamleider Mediavormgeving | college van bestuur ROC; voor drie jaar | verantwoordelijk voor de mbo-fase, bpv en mbo-examinering
| Decaan (adviserend) | decaan Het Amstelplein | rector-bestuurder SOVA | loopbaanbegeleiding, intake en voorlichting

Voorbehouden aan de stuurgroep: vaststelling van het PTA/OER, personele besluiten, de begroting en uitgaven boven EUR 10.000, wijziging van dit document en besluiten over toetreding en opzegging.

# 5. Planning- en controlcyclus

Het kernteam verstrekt de besturen inlichtingen en legt verantwoording af volgens deze cyclus.

| Moment | Product | Aan | Inhoud
| uiterlijk 15 oktober | Jaarrapportage vorig schooljaar | beide colleges van bestuur (stuurgroep) | in-, door- en uitstroom per cohort, examen- en diplomaresultaten, overstappen, tevredenheid leerlingen en werkveld, besteding budget
| uiterlijk 15 februari | Halfjaarbrief met dashboard | beide colleges van bestuur | voortgang, verzuim, risico's
| maart | Stuurgroepoverleg | stuurgroep en kernteam | bespreking halfjaarbrief, begroting volgend jaar
| binnen 5 werkdagen | Incidentmelding | beide colleges van bestuur | alles wat de continuïteit of veiligheid van de route raakt

# 6. Onderwijs en organisatie

**Locaties.** Routejaar 1 en 2 op Het Amstelplein, Laan Nieuwer-Amstel 40, met elke donderdag les in het Creative College; routejaar 3 tot en met 5 in het Creative College, Stadsplein 12, en bij de leerbedrijven.

**Programma en examinering.** Wij leggen het onderwijsprogramma, de examinering en de bpv per leerjaar vast in één PTA/OER voor de hele route. De stuurgroep stelt het elk jaar vóór 1 juli vast. Het vmbo-examen ligt in routejaar 2; mbo-examens kunnen vanaf routejaar 1.

**Personeel.** Eén routeteam van acht docenten: vier van de school (onder wie de docenten MVI, Nederlands en Engels) en vier van het ROC (onder wie twee docenten mediavormgeving die in de vo-fase samen tien lesuren per week op de school verzorgen). Voor het vakoverstijgende onderdeel "Studio" geldt teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB); per onderdeel is ten minste één bevoegde docent betrokken. Iedereen blijft in dienst van de eigen werkgever; nascholing volgen de docenten van beide partijen samen.

**Faciliteiten.** De school stelt haar makerslab en twee MVI-lokalen beschikbaar; het ROC de Mac-werkplekken, de fotostudio met green screen en de licenties van de Adobe-omgeving voor alle routeleerlingen. Roostering via het kernteam; gebruik volgens de huisregels van de eigenaar.

**Klachten.** Een klacht over een medewerker van de ene partij die bij de andere partij binnenkomt, behandelen wij gezamenlijk; de klachtenregelingen van beide partijen zijn op de route van toepassing.

# 7. Exit- en overstapregeling

Geen leerling verlaat de route zonder diploma-perspectief. Wie stopt, krijgt een plek waar een vmbo- of mbo-diploma haalbaar is. Het kernteamlid vo en de routemanager bepalen samen, dus namens school en ROC gezamenlijk, welke plek passend is, nadat zij met de leerling en de ouders hebben gesproken; zij wegen daarbij het bereikte onderwijsniveau en de leeftijd. Het overstapplan ligt binnen vier weken na het besluit om te stoppen vast. De werkwijze staat ook in de schoolgids.

| Moment | Situatie | Wat wij bieden
| routejaar 1-2 | leerling wil of kan niet verder | reguliere gemengde of kaderberoepsgerichte leerweg MVI op de school, gericht op het vmbo-diploma; of een andere doorlopende route in de regio
| einde routejaar 2 | vmbo-examen niet gehaald | herkansing van het examen in routejaar 3 naast het mbo-programma; of instroom zonder vmbo-diploma in een niveau-3- of niveau-4-opleiding van het ROC, zonder vooropleidingseisen
| mbo-fase | andere richting gewenst | overstap naar een andere opleiding van het ROC op niveau 4 (bijvoorbeeld Software developer of Sign specialist) of, als dat beter past, niveau 3
| elk moment | verhuizing of andere instelling | warme overdracht; het ROC levert de ontvangende instelling de gegevens voor haar geschiktheidsonderzoek

# 8. Financiën en budgettabel 2025-2026

| Post | Omvang | Van - naar | Bestemming
| Overdracht bekostiging (artikel 5.42a WVO 2020) | EUR 1.150 per leerling in routejaar 1 en 2; begroting 2025-2026: 26 leerlingen, EUR 29.900 | SOVA naar ROC | inzet van de mbo-docenten in de vo-fase (0,3 fte) en Adobe-licenties
| Overdracht bekostiging (artikel 9.1.15 WEB) | EUR 0 | ROC naar SOVA | geen overdracht
| Routebudget | EUR 12.000 per jaar, elk de helft | beide partijen | projecten "Echte klant", excursies, materialen
| Eigen personeel en gebouwen | niet verrekend | - | ieder draagt eigen kosten

Het bedrag per leerling wordt jaarlijks per 1 augustus geïndexeerd met de loon- en prijsbijstelling van OCW. SOVA maakt de overdracht in twee termijnen over: op 1 oktober en op 1 maart.

# 9. Medezeggenschap

Naast de wettelijke regels (WMS voor de school, WEB en WOR voor het ROC) spreken wij af:

- de medezeggenschapsraad van de school en de studentenraad van het Creative College houden elk jaar in maart een gezamenlijk DLR-overleg met het kernteam;

- beide raden ontvangen de jaarrapportage uit paragraaf 5;

- een leerling uit de vo-fase mag als adviserend lid de vergaderingen van de studentenraad van het Creative College bijwonen;

- voorgenomen besluiten over de route die beide partijen raken, leggen wij aan beide raden voor advies voor.

# 10. Escalatieladder

Een geschil tussen de partijen over de uitvoering van dit document doorloopt de treden in deze volgorde. Een volgende trede wordt pas genomen als de termijn van de vorige zonder oplossing is verstreken.

| Trede | Wie | Termijn | Uitkomst
| 1 | kernteam | 2 weken | oplossing of schriftelijke doorverwijzing
| 2 | routemanager en directeur van de school | 3 weken | oplossing of voorleggen aan de stuurgroep
| 3 | stuurgroep (beide bestuurders) | 4 weken | bestuurlijk besluit
| 4 | mediation door een onafhankelijke MfN-registermediator | 2 maanden | vaststellingsovereenkomst
| 5 | bevoegde rechter, rechtbank Amsterdam | - | uitspraak

# 11. Looptijd, nieuwe partners, opzeggen en wijzigen

**Looptijd.** Dit document geldt vanaf 1 augustus 2025 voor onbepaalde tijd.

**Nieuwe partners.** Een andere vmbo-school of mbo-instelling uit Amstelland kan aansluiten als zij het profiel MVI of een verwante opleiding aanbiedt, dit document aanvaardt en beide besturen schriftelijk instemmen. Aansluiting gebeurt via een addendum, met ingang van een nieuw schooljaar.

**Opzeggen.** Elke partij kan schriftelijk opzeggen tegen 1 augustus, met een termijn van twaalf maanden. Bij een ernstige tekortkoming die na schriftelijke aanmaning drie maanden voortduurt, kan de andere partij het document ontbinden.

**Wijzigen.** Wijzigingen krijgen een nieuw versienummer en gelden pas nadat beide colleges van bestuur de nieuwe versie hebben ondertekend, na het advies uit paragraaf 9.

**Geen leerling de dupe.** Na opzegging of ontbinding stopt de instroom; leerlingen en studenten die al in de route zitten, maken haar af bij dezelfde partijen en op dezelfde voorwaarden. Een wijziging of de komst van een nieuwe partner raakt het programma van een lopend cohort alleen als dat in het voordeel van de leerlingen is.

# 12. Vaststelling

| Namens | Naam en functie | Datum en handtekening
| Stichting Openbaar Voortgezet Onderwijs Amstelland | drs. I.M. (Ingrid) Vermaat, rector-bestuurder | Amstelveen, 19 juni 2025
| Stichting ROC Amstel & Venen | R.P. (Rachid) Benali MSc, lid college van bestuur | Uithoorn, 19 juni 2025
"""

sample(
    "h99", "h99_managementdocument_budgettabel_amstelland", "pdf",
    "Management document with running header, governance table, P&C cycle, budget table and "
    "escalatieladder, PDF; Amstelland, Media vormgeving en ICT gl -> Mediavormgever niveau 4; fully "
    "compliant (transfer with omvang and bestemming in the budget table, medezeggenschap arranged).",
    st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
    {"a": "2. De route in één oogopslag", "b": "3. Werkveld: wie doet wat", "c": "4. Wie stuurt de route aan",
     "d": "5. Planning- en controlcyclus", "e": "6. Onderwijs en organisatie",
     "f": "7. Exit- en overstapregeling", "g": "8. Financiën en budgettabel 2025-2026",
     "h": "9. Medezeggenschap", "i": "10. Escalatieladder",
     "j": "11. Looptijd, nieuwe partners, opzeggen en wijzigen"},
    H99, font="Helvetica", size=9.5, accent="#7a1f5c", firstcol=0.3, fr3=[3, 4, 3], fr4=[2, 2.2, 2.5, 3.3],
    title="Managementdocument DLR Creative Media & Design", author="ROC Amstel & Venen",
    subject="Samenwerkingsovereenkomst doorlopende leerroute", creator="Microsoft Word",
    header="DLR Creative Media & Design Amstelland – managementdocument v1.0",
    footer="Vastgesteld 19 juni 2025 · eigenaar: routemanager", pagefmt="%d")

# ============================================================================================
# h100  one-page afsprakenblad, TXT, Schouwen-Duiveland, Horeca bakkerij en recreatie (bb) -> Kok (2)
# ============================================================================================

H100 = r"""
AFSPRAKENBLAD DOORLOPENDE LEERROUTE HORECA SCHOUWEN-DUIVELAND
Samenwerkingsovereenkomst vmbo-mbo (artikel 2.107b WVO 2020 en artikel 9.1.3 WEB)

Partijen: Stichting Openbaar Voortgezet Onderwijs Schouwen-Duiveland, bevoegd gezag van het
Zeelandia Vakcollege te Zierikzee ("de school"), en Stichting ROC Zeeland-Noord te Goes
("het ROC"), beide vertegenwoordigd door de voorzitter van het college van bestuur.

1. Route
Profiel Horeca, bakkerij en recreatie, basisberoepsgerichte leerweg, doorlopend naar de
mbo-opleiding Kok (niveau 2) of Medewerker bediening (niveau 2), BOL, van de Horecavakschool
Goes van het ROC. De leerling kiest uiterlijk aan het eind van routejaar 1. De route duurt vier
jaar; het vmbo-diploma basisberoepsgerichte leerweg wordt in routejaar 2 behaald.

2. Werkveld
Koninklijke Horeca Nederland, afdeling Schouwen-Duiveland, en zes erkende leerbedrijven op het
eiland (waaronder Strandpaviljoen Het Zeehondje in Renesse en Hotel De Vier Ambachten in
Zierikzee) bieden vanaf routejaar 2 stageplaatsen, verzorgen elk voorjaar een "chef in de
klas"-week en beoordelen mee bij de proeve van bekwaamheid. Eén keer per jaar, in oktober,
adviseren zij het routeteam over het programma.

3. Leiding
Het routeteam bestaat uit de afdelingsleider bovenbouw van de school en de teamleider van de
Horecavakschool. Beide colleges van bestuur benoemen de leden samen. Het routeteam regelt
programma, rooster, inzet van docenten en overstappen en besluit daarover zelfstandig binnen
het jaarplan; het PTA/OER en personeelszaken blijven bij de besturen.

4. Verantwoording
Het routeteam stuurt beide colleges van bestuur elk jaar vóór 1 november een schriftelijk
verslag (instroom, uitval, diploma's, stages) en bespreekt dat in het bestuurlijk overleg van
november. Knelpunten meldt het tussentijds direct.

5. Inrichting
Routejaar 1-2 op de school in Zierikzee, met één dag per week in de leerkeuken van de
Horecavakschool; routejaar 3-4 op de Horecavakschool en in de stage. Programma en examens per
leerjaar staan in het gezamenlijke PTA/OER, dat vóór 1 juli wordt vastgesteld. Het ROC levert
een docent koken voor zes uur per week aan de school; de school levert in routejaar 3 een
docent Nederlands en rekenen voor twee uur per week. De docenten werken als één team en blijven
in dienst van hun eigen werkgever. De school stelt haar praktijkkeuken en schoolrestaurant
De Gouwe beschikbaar, het ROC zijn leerkeuken en leerrestaurant.

6. Overstap
Wie stopt, kan: in routejaar 1-2 verder in de gewone basisberoepsgerichte leerweg (ook in een
ander profiel) voor het vmbo-diploma; zonder vmbo-diploma na routejaar 2 het examen overdoen,
of zonder vooropleidingseis door naar een andere niveau-2-opleiding van het ROC; in de mbo-fase
wisselen naar een andere niveau-2-opleiding van het ROC. School en ROC beslissen samen, met de
leerling en de ouders, op basis van het bereikte niveau en de leeftijd.

7. Samenwerking bij problemen
Verschillen van inzicht over deze afspraken lossen partijen in onderling overleg op.

8. Looptijd en einde
Deze afspraken gelden vanaf 1 augustus 2025 voor onbepaalde tijd. Opzeggen kan schriftelijk
tegen 1 augustus, met een opzegtermijn van een jaar; leerlingen die dan in de route zitten,
maken de route af. Wijzigen kan alleen schriftelijk, met de handtekening van beide besturen.

Zierikzee, 23 juni 2025

Voor de school: J.C. (Jolanda) Hoogerheide, voorzitter college van bestuur
Voor het ROC: ir. M.F. (Maarten) de Kok, voorzitter college van bestuur
"""

sample(
    "h100", "h100_afsprakenblad_een_pagina_schouwen_duiveland", "txt",
    "Very short one-page afsprakenblad, plain TXT with eight numbered points; Schouwen-Duiveland, "
    "Horeca bakkerij en recreatie bb -> Kok / Medewerker bediening niveau 2; nothing on finances, "
    "disputes only 'in onderling overleg', no toetreding; silent on medezeggenschap.",
    st("a=p b=p c=p d=p e=p f=p g=m h=n i=w j=w"),
    {"a": "1. Route", "b": "2. Werkveld", "c": "3. Leiding", "d": "4. Verantwoording", "e": "5. Inrichting",
     "f": "6. Overstap"},
    H100)


# ============================================================================================
# h101  main text + annexes printed in the same document, Markdown, Haarlemmermeer,
#       Mobiliteit en transport (kb) -> Eerste autotechnicus (3)
# ============================================================================================

H101 = r"""
# Samenwerkingsovereenkomst doorlopende leerroute Mobiliteit Haarlemmermeer

**Hoofdtekst met bijlagen A tot en met F** · kenmerk SVH/ROCM-2025-07

## Partijen

1. **Stichting Voortgezet Onderwijs Haarlemmermeer**, gevestigd te Hoofddorp, bevoegd gezag van het Polderlicht Vakcollege, school voor vmbo te Hoofddorp, te dezen vertegenwoordigd door mevrouw drs. C.A. Lindeboom, voorzitter van het college van bestuur (hierna: "de school");
2. **Stichting ROC Meerlanden**, gevestigd te Hoofddorp, bevoegd gezag van het regionaal opleidingencentrum ROC Meerlanden, te dezen vertegenwoordigd door de heer ing. T.J. Bakkali, lid van het college van bestuur (hierna: "het ROC").

## Overwegende dat

a. partijen sinds het schooljaar 2021-2022 samenwerken in een techniekroute voor leerlingen uit de Haarlemmermeer;
b. de automotive- en mobiliteitssector in de Haarlemmermeer, rond de luchthaven en de logistieke centra, grote behoefte heeft aan goed opgeleide technici, en partijen het bedrijfsleven nauw bij de leerroute willen betrekken;
c. de wet voor het verzorgen van een doorlopende leerroute een samenwerkingsovereenkomst voorschrijft;

## komen overeen als volgt:

### Artikel 1 – Opbouw van deze overeenkomst

1.1 Deze overeenkomst bestaat uit deze hoofdtekst en de bijlagen A tot en met F, die er een onlosmakelijk deel van uitmaken. Bij strijdigheid gaat de hoofdtekst voor.

1.2 De inhoudelijke afspraken over de leerroute staan in de bijlagen: A (route en opleidingen), B (leiding en verantwoording), C (organisatie van het onderwijs), D (overstapmogelijkheden), E (financiële afspraken) en F (medezeggenschap).

### Artikel 2 – Geschillen

2.1 Rijst tussen partijen een geschil over de uitvoering van deze overeenkomst, dan meldt de meest gerede partij dit schriftelijk aan de andere partij. De leden van de routeleiding (bijlage B) overleggen binnen drie weken na de melding.

2.2 Is het geschil niet binnen zes weken na de melding opgelost, dan overleggen de ondertekenaars van deze overeenkomst, of hun opvolgers, binnen vier weken met elkaar.

2.3 Leidt ook dat overleg niet tot een oplossing, dan wordt het geschil beslecht door arbitrage overeenkomstig het Arbitragereglement van het Nederlands Arbitrage Instituut. Het scheidsgerecht bestaat uit één arbiter; de plaats van arbitrage is Haarlem; de arbiter beslist naar de regelen des rechts.

### Artikel 3 – Toetreding

3.1 Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden indien zij het profiel of de opleiding uit bijlage A aanbiedt, beide partijen schriftelijk instemmen en zij een door alle partijen ondertekende toetredingsakte aanvaardt.

3.2 De toetreding gaat in op 1 augustus volgend op de ondertekening van de toetredingsakte. Zij laat de rechten van leerlingen en studenten die dan al in de leerroute zitten onverlet.

### Artikel 4 – Duur en beëindiging

4.1 Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor een periode van vijf jaar. Zij wordt daarna telkens stilzwijgend met vijf jaar verlengd.

4.2 Iedere partij kan de overeenkomst schriftelijk opzeggen tegen het einde van een schooljaar, met een opzegtermijn van ten minste twaalf maanden.

4.3 Iedere partij kan de overeenkomst met onmiddellijke ingang ontbinden indien de andere partij haar bekostiging verliest of in staat van faillissement wordt verklaard.

4.4 Na opzegging of ontbinding worden geen nieuwe leerlingen tot de leerroute toegelaten. De partijen die daartoe nog in staat zijn, dragen er zorg voor dat leerlingen en studenten die op dat moment in de leerroute zitten, deze kunnen afronden of met toepassing van bijlage D een passend vervolg krijgen.

### Artikel 5 – Wijziging

5.1 De hoofdtekst en de bijlagen kunnen uitsluitend bij schriftelijke, door beide partijen ondertekende overeenkomst worden gewijzigd.

5.2 Een wijziging van de bijlagen A, C of D die nadelig is voor leerlingen of studenten, geldt alleen voor cohorten die na de inwerkingtreding van de wijziging instromen.

### Artikel 6 – Slotbepalingen

6.1 Op deze overeenkomst is Nederlands recht van toepassing.

6.2 Aldus overeengekomen en in tweevoud ondertekend te Hoofddorp op 27 juni 2025.

| Stichting Voortgezet Onderwijs Haarlemmermeer | Stichting ROC Meerlanden |
|---|---|
| drs. C.A. Lindeboom, voorzitter college van bestuur | ing. T.J. Bakkali, lid college van bestuur |

---

## Bijlage A – Route en opleidingen

A.1 De leerroute verbindt het beroepsgerichte profiel **Mobiliteit en transport** in de **kaderberoepsgerichte leerweg** van het Polderlicht Vakcollege met de vakopleiding **Eerste autotechnicus, niveau 3** (BOL), opleidingsdomein Mobiliteit en voertuigen, van het Techniekcollege van ROC Meerlanden.

A.2 De leerroute omvat vier leerjaren: routejaar 1 en 2 (leerjaar 3 en 4 vmbo) en routejaar 3 en 4 (mbo). De deelnemer behaalt het diploma vmbo kaderberoepsgerichte leerweg uiterlijk in routejaar 3 en het mbo-diploma aan het eind van routejaar 4.

A.3 Partijen melden de leerroute gezamenlijk aan in het Register Instellingen en Opleidingen.

## Bijlage B – Leiding en verantwoording

B.1 De leiding over de leerroute berust bij de routeleiding, die bestaat uit de sectordirecteur techniek van de school en de opleidingsmanager autotechniek van het ROC. Zij worden elk door het eigen college van bestuur aangewezen; de colleges stellen elkaar schriftelijk op de hoogte van een aanwijzing of vervanging.

B.2 De colleges van bestuur dragen de routeleiding op: de inrichting en uitvoering van het onderwijsprogramma, het opstellen van het gezamenlijke PTA/OER, de inzet van het docententeam, het beheer van de gezamenlijke praktijkvoorzieningen en de uitvoering van bijlage D. De routeleiding beslist zelfstandig over rooster, groepsindeling en inzet van docenten binnen de formatie die de colleges jaarlijks toekennen. Vaststelling van het PTA/OER, personele besluiten en financiële verplichtingen blijven bij de colleges.

B.3 De routeleiding brengt elk jaar vóór 15 november een schriftelijke rapportage uit aan beide colleges van bestuur over het voorafgaande schooljaar: aantallen leerlingen per routejaar, uitval en overstappen, examen- en diplomaresultaten en de besteding van de middelen uit bijlage E. Tweemaal per jaar, in december en in juni, voert de routeleiding een voortgangsgesprek met beide colleges.

## Bijlage C – Organisatie van het onderwijs

C.1 Routejaar 1 en 2 worden verzorgd in het gebouw van het Polderlicht Vakcollege, Kruisweg 900 te Hoofddorp, met wekelijks twee dagdelen in de autowerkplaats van het Techniekcollege; routejaar 3 en 4 in het Techniekcollege, Bennebroekerweg 7 te Hoofddorp.

C.2 Het onderwijsprogramma en de examinering per leerjaar zijn vastgelegd in het gezamenlijke PTA/OER, dat de colleges jaarlijks vóór 1 juli vaststellen. Het centraal examen vmbo wordt in routejaar 2 of routejaar 3 afgenomen.

C.3 Personeel. Het ROC zet in routejaar 1 en 2 een docent autotechniek in voor acht lesuren per week op de school. De school zet in routejaar 3 een docent Nederlands en een docent wiskunde in voor leerlingen die hun vmbo-examen nog afronden. De docenten van beide partijen vormen één routeteam; voor de praktijkmodule "Diagnose en onderhoud" werken zij als team in de zin van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB. Iedere docent blijft in dienst van de eigen werkgever.

C.4 Faciliteiten. De school stelt haar praktijklokaal Mobiliteit en transport met tweewielerwerkplaats beschikbaar; het ROC de autowerkplaats met hefbruggen, de diagnoseapparatuur en de elektrische-voertuigenhal. Het gebruik wordt per schooljaar in het rooster vastgelegd.

## Bijlage D – Overstapmogelijkheden

D.1 Een deelnemer die de leerroute niet voortzet voordat hij haar met goed gevolg heeft afgerond, krijgt van partijen de mogelijkheid een vmbo- of mbo-diploma te behalen. De school en het ROC stellen samen vast welke mogelijkheid passend is, na overleg met de deelnemer en zijn ouders of verzorgers, op basis van het bereikte onderwijsniveau en de leeftijd.

D.2 In routejaar 1 of 2 gaat de deelnemer verder in de reguliere kaderberoepsgerichte of basisberoepsgerichte leerweg van de school, in het profiel Mobiliteit en transport of een ander profiel.

D.3 Heeft de deelnemer aan het eind van routejaar 3 zijn vmbo-diploma niet behaald, dan kan hij het examen in een extra jaar afronden, of zonder vmbo-diploma doorstromen naar een opleiding van het ROC op niveau 2 of 3; de vooropleidingseisen zijn dan niet van toepassing.

D.4 In routejaar 3 of 4 kan de deelnemer overstappen naar een andere opleiding van het ROC op niveau 3, zoals Eerste monteur bedrijfsauto's of Allround medewerker mobiliteit, of naar de BBL-variant van de opleiding.

D.5 De uitwerking wordt jaarlijks in de schoolgids en de studiegids opgenomen.

## Bijlage E – Financiële afspraken

E.1 De school draagt met toepassing van artikel 5.42a WVO 2020 jaarlijks een deel van haar bekostiging over aan het ROC: **EUR 1.480 per leerling** in routejaar 1 en 2, op basis van de teldatum 1 oktober.

E.2 Deze middelen zijn bestemd voor de inzet van de docent autotechniek van het ROC op de school (bijlage C.3) en voor het gebruik van de autowerkplaats en de diagnoseapparatuur door leerlingen in routejaar 1 en 2.

E.3 Het ROC draagt geen bekostiging over aan de school. Voor het overige draagt iedere partij de eigen kosten.

E.4 Het ROC factureert het bedrag in november; betaling binnen dertig dagen.

## Bijlage F – Medezeggenschap

[Hier worden de afspraken over de medezeggenschap opgenomen nadat de medezeggenschapsraad van de school en de studentenraad van het ROC advies hebben uitgebracht. In te vullen vóór 1 oktober 2025.]
"""

sample(
    "h101", "h101_hoofdtekst_bijlagen_haarlemmermeer", "md",
    "Markdown agreement whose items sit in annexes A-F printed in the same document, main text holds "
    "only disputes (NAI arbitration), toetreding, duur and wijziging; Haarlemmermeer, Mobiliteit en "
    "transport kb -> Eerste autotechnicus niveau 3; bedrijfsleven only in the considerans, medezeggenschap "
    "annex is a bracketed placeholder.",
    st("a=p b=m c=p d=p e=p f=p g=p h=w i=p j=p"),
    {"a": "Bijlage A – Route en opleidingen", "c": "Bijlage B – Leiding en verantwoording",
     "d": "Bijlage B – Leiding en verantwoording", "e": "Bijlage C – Organisatie van het onderwijs",
     "f": "Bijlage D – Overstapmogelijkheden", "g": "Bijlage E – Financiële afspraken",
     "i": "Artikel 2 – Geschillen", "j": "Artikel 4 – Duur en beëindiging"},
    H101)

# ============================================================================================
# h102  interne regeling of a verticale scholengemeenschap, DOCX, Oldambt,
#       PIE (kb) -> Eerste monteur elektrotechnische installaties (3) + geintegreerde route M&T (bb) -> Autotechnicus (2)
# ============================================================================================

H102 = r"""
#T Interne regeling doorlopende leerroutes Oldambt College

#S Regeling als bedoeld in artikel 2.107b, derde lid, WVO 2020 en artikel 9.1.3, derde lid, WEB

Het college van bestuur van **Stichting Oldambt College**, gevestigd te Winschoten, bevoegd gezag van de verticale scholengemeenschap Oldambt College, bestaande uit de vmbo-afdeling Oldambt Vakcollege en de mbo-afdeling Oldambt Techniekschool;

gelet op artikel 2.107b, derde lid, en artikel 2.107l van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, en artikel 9.1.17 van de Wet educatie en beroepsonderwijs;

overwegende dat de doorlopende leerroute en de geïntegreerde route die in deze regeling worden beschreven volledig binnen de scholengemeenschap worden verzorgd, zodat in plaats van een samenwerkingsovereenkomst een interne regeling wordt vastgesteld;

gehoord de deelraad van het Oldambt Vakcollege en de studentenraad van de Oldambt Techniekschool;

besluit vast te stellen de volgende regeling.

# Hoofdstuk 1 Algemeen

## Artikel 1 Begrippen

In deze regeling wordt verstaan onder: **college**: het college van bestuur van Stichting Oldambt College; **vakcollege**: de vmbo-afdeling Oldambt Vakcollege; **techniekschool**: de mbo-afdeling Oldambt Techniekschool; **route**: een van de leerroutes uit artikel 2; **routedirectie**: het orgaan uit artikel 4; **deelnemer**: een leerling of student die een route volgt.

## Artikel 2 De routes

1. De scholengemeenschap verzorgt de volgende routes:

| Route | vmbo-profiel en leerweg | mbo-opleiding | Soort
| Route Elektro | Produceren, installeren en energie, kaderberoepsgerichte leerweg | Eerste monteur elektrotechnische installaties, niveau 3, BOL | doorlopende leerroute (vier jaar)
| Route Auto | Mobiliteit en transport, basisberoepsgerichte leerweg | Autotechnicus, niveau 2, BOL | geïntegreerde route zonder vmbo-eindexamen (drie jaar)

2. De route Elektro leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het diploma Eerste monteur elektrotechnische installaties. De route Auto leidt tot het diploma Autotechnicus; het vmbo-eindexamen wordt in deze route niet afgenomen, tenzij artikel 7, derde lid, wordt toegepast.

3. Een leerling neemt alleen aan de route Auto deel als het vakcollege daarover overleg heeft gevoerd met de leerling en zijn ouders en de techniekschool heeft ingestemd.

4. Het college meldt beide routes aan in het Register Instellingen en Opleidingen.

# Hoofdstuk 2 Werkveld, leiding en verantwoording

## Artikel 3 Betrokkenheid van bedrijven

1. De routes worden ingevuld samen met het Werkgeversplatform Techniek Oldambt, een stichting van tweeëntwintig installatie- en autobedrijven uit Oldambt, Pekela en Westerwolde, en met de regionale afdelingen van Techniek Nederland en BOVAG.

2. Het werkgeversplatform levert voor iedere deelnemer vanaf het tweede routejaar een leerwerkplek en vanaf het derde routejaar een bpv-plaats bij een erkend leerbedrijf, verzorgt jaarlijks de Techniekdag voor de deelnemers in het eerste routejaar en draagt twee leden voor in de adviesraad van de routes.

3. De adviesraad komt ten minste twee keer per jaar bijeen en adviseert de routedirectie over de keuzedelen, de praktijkopdrachten en de actualiteit van het programma. Praktijkopleiders uit de bedrijven beoordelen mee bij de proeven van bekwaamheid.

## Artikel 4 Routedirectie

1. De leiding over de routes berust bij de routedirectie, die bestaat uit de directeur van het vakcollege, de directeur van de techniekschool en de twee routecoördinatoren.

2. Het college benoemt de leden van de routedirectie. De routecoördinatoren worden benoemd op voordracht van beide directeuren, voor een termijn van drie jaar; herbenoeming is mogelijk.

3. Het college mandateert de routedirectie om: a. het gezamenlijke PTA/OER per route voor te bereiden en na vaststelling uit te voeren; b. roosters en de inzet van docenten over beide afdelingen vast te stellen; c. het routebudget te beheren binnen de door het college vastgestelde begroting; d. besluiten te nemen over toelating tot en overstap uit de routes; e. de contacten met het werkgeversplatform en de adviesraad te onderhouden.

4. De vaststelling van het PTA/OER, benoemingen en ontslag van personeel en investeringen boven EUR 25.000 blijven aan het college voorbehouden.

## Artikel 5 Rapportage aan het college

1. De routedirectie informeert het college per kwartaal via de managementrapportage van de scholengemeenschap over instroom, verzuim, uitval, overstappen en de besteding van het routebudget.

2. Vóór 1 december van ieder jaar legt de routedirectie over het afgelopen schooljaar schriftelijk verantwoording af aan het college in een routeverslag, dat wordt opgenomen in het bestuursverslag van de stichting.

3. Het college kan te allen tijde aanvullende inlichtingen vragen.

# Hoofdstuk 3 Onderwijs en overstap

## Artikel 6 Inrichting van het onderwijs

1. De routes worden verzorgd op twee locaties: het vakcollege aan de Ennemaborgweg 5 en de techniekschool aan de Techniekcampus 2 te Winschoten. Deelnemers aan de route Elektro volgen routejaar 1 en 2 in het vakcollege met één dag per week op de techniekschool; deelnemers aan de route Auto volgen vanaf het tweede routejaar het grootste deel van het praktijkonderwijs op de techniekschool.

2. Het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar worden per route vastgelegd in een gezamenlijk PTA/OER, dat het college jaarlijks vóór 1 juli vaststelt. Daarin staat ook welke programmaonderdelen vo-onderdelen, mbo-onderdelen of gecombineerde onderdelen zijn.

3. Per route is er één docententeam van docenten van beide afdelingen. Docenten van de techniekschool geven in de vo-fase de beroepsgerichte praktijkvakken; docenten van het vakcollege verzorgen in de mbo-fase van de route Elektro Nederlands, rekenen en loopbaanbegeleiding. Voor de vakoverstijgende projecten "Slim wonen" (route Elektro) en "Werkplaats" (route Auto) wordt gewerkt met teams in de zin van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB.

4. Beide afdelingen gebruiken elkaars voorzieningen: de installatiewerkplaats, de domoticaruimte en de autowerkplaats met diagnoseapparatuur van de techniekschool, en de praktijklokalen en het open leercentrum van het vakcollege. De routedirectie roostert het gebruik.

5. De klachtenregeling van de stichting geldt voor alle deelnemers.

## Artikel 7 Overstapoptie

1. Eindigt de deelname aan een route voordat de deelnemer haar met goed gevolg heeft afgerond, dan zorgt het college ervoor dat hij een vmbo-diploma of een mbo-diploma kan behalen. De routedirectie bepaalt namens het college welke weg passend is, na een gesprek met de deelnemer en zijn ouders of verzorgers, op basis van het bereikte onderwijsniveau en de leeftijd van de deelnemer.

2. Voor de route Elektro geldt: wie in routejaar 1 of 2 stopt, gaat verder in de reguliere kaderberoepsgerichte leerweg van het vakcollege; wie zijn vmbo-diploma aan het eind van routejaar 3 niet heeft, kan het examen herkansen of zonder vmbo-diploma verder in een andere opleiding van de techniekschool op niveau 2 of 3, zonder vooropleidingseisen; wie in de mbo-fase stopt, kan overstappen naar een andere opleiding op niveau 3.

3. Voor de route Auto geldt dat iedere deelnemer die zich terugtrekt een passende plek is gegarandeerd; hij wordt niet automatisch naar de Entreeopleiding verwezen. Afhankelijk van het moment kan hij: a. overstappen naar een ander profiel of een andere route in de basisberoepsgerichte leerweg van het vakcollege en daarin het vmbo-examen afleggen; b. het vmbo-examen basisberoepsgerichte leerweg afleggen en daarna een andere opleiding op niveau 2 kiezen; c. de route Auto afronden en daarna een opleiding op niveau 2 of 3 in een ander domein volgen. Alleen als een startkwalificatie echt niet haalbaar blijkt, begeleidt de techniekschool de deelnemer via de Entreeopleiding naar werk.

4. De werkwijze wordt opgenomen in de schoolgids van het vakcollege en de studiegids van de techniekschool.

# Hoofdstuk 4 Financiën en slotbepalingen

## Artikel 8 Bekostiging

Binnen de stichting vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB. De kosten van de routes worden via de interne begroting aan de afdelingen toegerekend.

## Artikel 9 Wijziging en evaluatie

1. Het college kan deze regeling wijzigen na de deelraad van het vakcollege en de studentenraad van de techniekschool te hebben gehoord.

2. De routedirectie evalueert de regeling eens in de twee jaar en rapporteert daarover aan het college.

## Artikel 10 Inwerkingtreding en citeertitel

Deze regeling treedt in werking op 1 augustus 2025 en wordt aangehaald als: Interne regeling doorlopende leerroutes Oldambt College.

Aldus vastgesteld door het college van bestuur van Stichting Oldambt College op 17 juni 2025.

drs. G.H. (Geert) Smid, voorzitter college van bestuur

A.J. (Aaltje) Tuin-Wubbena, lid college van bestuur
"""

sample(
    "h102", "h102_interne_regeling_vsg_oldambt", "docx",
    "Interne regeling of a verticale scholengemeenschap (one bevoegd gezag), DOCX with Word headings "
    "and a route table; Oldambt, PIE kb -> Eerste monteur elektrotechnische installaties 3 and geintegreerde "
    "route M&T bb -> Autotechnicus 2 (passende plek, not automatic Entree); a-g arranged, h-j not applicable.",
    st("a=p b=p c=p d=p e=p f=p g=p h=n i=n j=n"),
    {"a": "Artikel 2 De routes", "b": "Artikel 3 Betrokkenheid van bedrijven", "c": "Artikel 4 Routedirectie",
     "d": "Artikel 5 Rapportage aan het college", "e": "Artikel 6 Inrichting van het onderwijs",
     "f": "Artikel 7 Overstapoptie", "g": "Artikel 8 Bekostiging"},
    H102, font="Arial", size=10,
    title="Interne regeling doorlopende leerroutes Oldambt College", author="Bestuursbureau Oldambt College",
    subject="Interne regeling doorlopende leerroute vmbo-mbo")

# ============================================================================================
# h103  DOCX with Word auto-numbering (numbers not in the text), plain 'wij' style, Utrechtse Heuvelrug,
#       Dienstverlening en producten (gl) -> Coordinator buurt, onderwijs en sport (4)
# ============================================================================================

H103 = r"""
#T Samenwerkingsovereenkomst Leerroute Sport & Buurt

#S Heuvelrug Vakcollege Doorn en Sportacademie Zeist · doorlopende leerroute vmbo-mbo

**Wij**, de ondertekenaars:

- **Stichting Voortgezet Onderwijs Heuvelrug**, gevestigd in Doorn, bevoegd gezag van het Heuvelrug Vakcollege, school voor vmbo in Doorn, vertegenwoordigd door de heer drs. F.L. (Frank) Oosterom, voorzitter van het college van bestuur ("de school"), en

- **Stichting ROC Utrecht-Oost**, gevestigd in Zeist, bevoegd gezag van ROC Utrecht-Oost, waar de Sportacademie Zeist deel van uitmaakt, vertegenwoordigd door mevrouw M.E. (Marieke) Hol-de Groot MBA, lid van het college van bestuur ("het ROC"),

spreken het volgende af. We schrijven zo eenvoudig mogelijk, maar bedoelen alles wat hier staat als bindende afspraak tussen onze twee besturen.

#N Wat we samen aanbieden

N) We bieden samen een doorlopende leerroute aan van het vmbo-profiel Dienstverlening en producten in de gemengde leerweg naar de mbo-opleiding Coördinator buurt, onderwijs en sport, niveau 4 (BOL), in het opleidingsdomein Sport en bewegen, van de Sportacademie Zeist.

N) De route begint in leerjaar 3 van het vmbo en duurt vijf jaar. De eerste twee jaar is de jongere leerling van de school, daarna student van het ROC. De route leidt tot het diploma vmbo gemengde leerweg en het mbo-diploma Coördinator buurt, onderwijs en sport.

N) Beide besturen melden de route aan in het Register Instellingen en Opleidingen.

#N Samenwerking met sportverenigingen en bedrijven

N) We werken in de route samen met Sportbedrijf Heuvelrug BV (het gemeentelijke sportbedrijf dat de sporthallen en de buurtsportcoaches beheert), met de fitness- en leefstijlketen VitaalPunt, met de buitenschoolse opvang van Kinderopvang Lindenhof en met zes sportverenigingen uit Doorn, Driebergen en Leersum. SBB adviseert ons over de erkenning van deze organisaties als leerbedrijf.

N) Deze partners verzorgen samen elk schooljaar ten minste vier gastlessen, geven de leerlingen in het tweede routejaar echte opdrachten (het organiseren van een buurtsportdag en een schoolsporttoernooi) en bieden vanaf het derde routejaar stageplaatsen aan. Ze beoordelen mee bij de praktijkexamens.

N) Twee keer per jaar, in oktober en in maart, praten de partners met het routeteam over de inhoud van de opleiding en de keuzedelen. Het ROC legt de afspraken met elke partner vast in een praktijkovereenkomst.

#N Routeteam

N) De dagelijkse leiding van de route ligt bij het routeteam. Het routeteam bestaat uit een routecoördinator, een docent van de school, een docent van de Sportacademie en een loopbaanbegeleider.

N) Het routeteam regelt het lesprogramma en het rooster, verdeelt het werk binnen het docententeam, onderhoudt de contacten met de partners uit artikel 2 en begeleidt leerlingen die willen overstappen.

N) Het routeteam mag zelf beslissen over het rooster, de groepsindeling, de stages en de besteding van het projectbudget van de route. Besluiten over het PTA/OER, over personeel en over geld buiten het projectbudget nemen de besturen.

#N Verslag aan de besturen

N) Het routeteam schrijft elk jaar vóór 1 november een verslag over het afgelopen schooljaar voor beide besturen. Daarin staan in elk geval het aantal leerlingen, de uitval, de overstappen, de examenresultaten en wat de partners van de route vinden.

N) In januari en in juni praat het routeteam met beide besturen over de voortgang. Gaat er iets mis dat de route in gevaar brengt, dan laat het routeteam dat beide besturen binnen een week weten.

#N Onderwijs, mensen en ruimtes

N) In de eerste twee jaar krijgen de leerlingen les op de school in Doorn en twee dagdelen per week op de Sportacademie in Zeist. Daarna volgen zij het onderwijs op de Sportacademie en bij de stagepartners.

N) Het programma, de toetsen en examens en de stages per leerjaar staan in één gezamenlijk PTA/OER, dat beide besturen elk jaar vóór 1 juli vaststellen.

N) De docenten van de school en van de Sportacademie vormen één team. De Sportacademie levert in de eerste twee jaar een docent sport en bewegen voor zes lesuren per week op de school; de school levert in het derde jaar een docent Engels voor twee lesuren per week. Voor het project "Beweeg je buurt" werken de docenten als team met teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB). Iedereen blijft in dienst van zijn eigen werkgever.

N) De leerlingen gebruiken de gymzalen en het praktijklokaal Dienstverlening en producten van de school en de sporthal, de fitnessruimte en het bewegingslab van de Sportacademie. Het routeteam zet het gebruik in het rooster.

N) Klachten over een medewerker van de ene partij die bij de andere partij binnenkomen, behandelen we samen.

#N Als het anders loopt

N) Stopt een leerling in de eerste twee jaar met de route, dan gaat hij verder in de gewone gemengde leerweg van de school.

N) Wil een student na de eerste twee jaar naar een andere opleiding van het ROC, dan gelden de gewone toelatingseisen van die opleiding, waaronder het bezit van het diploma vmbo gemengde leerweg of theoretische leerweg. Zonder dat diploma is overstappen naar een andere opleiding van het ROC niet mogelijk.

N) Het ROC beslist over de toelating tot de andere opleiding.

#N Geld

N) De school draagt met toepassing van artikel 5.42a WVO 2020 elk jaar 12 procent van de bekostiging die zij ontvangt voor de routeleerlingen in leerjaar 3 en 4 over aan het ROC.

N) Dat geld is bedoeld voor de inzet van de docent sport en bewegen van de Sportacademie op de school en voor het gebruik van de sporthal en het bewegingslab door de leerlingen van de school.

N) Het ROC draagt geen bekostiging over aan de school. Voor de rest betaalt ieder zijn eigen kosten.

#N Inspraak

N) Naast de wettelijke regels spreken we af dat de medezeggenschapsraad van de school en de studentenraad van het ROC elk twee leden kiezen voor de Klankbordraad Sport & Buurt.

N) De Klankbordraad krijgt het jaarverslag uit artikel 4 en geeft ieder jaar advies aan beide besturen over de route. Voorgenomen besluiten over de opzet van de route leggen we eerst aan de Klankbordraad voor.

N) Leerlingen in de eerste twee jaar van de route mogen meedoen aan de studentenpanels van de Sportacademie.

#N Als we het niet eens zijn

N) Zijn we het niet eens over de uitvoering van deze afspraken, dan praten eerst de routecoördinator en de directeuren van school en Sportacademie met elkaar.

N) Lukt het daar niet binnen een maand, dan praten de besturen erover. Komen ook zij er binnen een maand niet uit, dan schakelen we een onafhankelijke mediator in.

N) Levert mediation binnen drie maanden geen oplossing op, dan kan ieder van ons het geschil voorleggen aan de rechtbank Midden-Nederland.

#N Nieuwe partners, stoppen en wijzigen

N) Een andere vmbo-school of mbo-instelling kan meedoen als zij de route of een deel ervan gaat verzorgen en beide besturen schriftelijk instemmen. Zij ondertekent dan een toetredingsverklaring. Meedoen kan vanaf het begin van een schooljaar.

N) Deze overeenkomst geldt vanaf 1 augustus 2025 voor onbepaalde tijd. Ieder van ons kan haar schriftelijk opzeggen tegen 1 augustus van een jaar, met een opzegtermijn van een jaar.

N) We wijzigen deze overeenkomst alleen schriftelijk, met handtekening van beide besturen en na advies van de Klankbordraad.

N) Bij opzegging stopt de instroom van nieuwe leerlingen. Leerlingen en studenten die dan al in de route zitten, maken de route bij ons af. Een wijziging of een nieuwe partner verandert niets aan het programma van leerlingen die al in de route zitten, tenzij dat in hun voordeel is.

Getekend in Doorn op 25 juni 2025.

| Stichting Voortgezet Onderwijs Heuvelrug | Stichting ROC Utrecht-Oost
| drs. F.L. Oosterom, voorzitter college van bestuur | M.E. Hol-de Groot MBA, lid college van bestuur
"""

sample(
    "h103", "h103_woordnummering_eenvoudige_taal_utrechtse_heuvelrug", "docx",
    "DOCX with Word auto-numbering (article and clause numbers only in numbering.xml, not in the text), "
    "plain 'wij' language; Utrechtse Heuvelrug, Dienstverlening en producten gl -> Coordinator buurt, "
    "onderwijs en sport niveau 4; routeteam without any appointment rule, overstap imposes vooropleidingseisen "
    "within the same instelling and lets the ROC decide alone.",
    st("a=p b=p c=w d=p e=p f=w g=p h=p i=p j=p"),
    {"a": "Wat we samen aanbieden", "b": "Samenwerking met sportverenigingen en bedrijven",
     "d": "Verslag aan de besturen", "e": "Onderwijs, mensen en ruimtes", "g": "Geld", "h": "Inspraak",
     "i": "Als we het niet eens zijn", "j": "Nieuwe partners, stoppen en wijzigen"},
    H103, font="Calibri", size=11, autonum="Artikel %1",
    title="Samenwerkingsovereenkomst Leerroute Sport & Buurt", author="Heuvelrug Vakcollege",
    subject="Doorlopende leerroute vmbo-mbo")

# ============================================================================================
# h104  long agreement with table of contents, running headers, chapters and a toelichting, PDF,
#       Meierij, Groen (kb/gl) -> Vakbekwaam hovenier (3) / Opzichter-uitvoerder groene ruimte (4), AOC partner
# ============================================================================================

H104_PART1 = r"""
#T Samenwerkingsovereenkomst Groene Leerroutes Meierij

#S doorlopende leerroutes vmbo-mbo in het profiel Groen

#S Vakcollege Dommeldal, Sint-Oedenrode · AOC De Meierij, Groene Campus Schijndel

#S Definitieve versie, vastgesteld en ondertekend op 20 juni 2025

[[TOC]]

===

# Hoofdstuk 1 Partijen en overwegingen

De ondergetekenden:

1. **Stichting Voortgezet Onderwijs Meierijstad**, statutair gevestigd te Sint-Oedenrode, ingeschreven in het handelsregister onder nummer 17249983, bevoegd gezag van het Vakcollege Dommeldal, school voor vmbo te Sint-Oedenrode, rechtsgeldig vertegenwoordigd door de heer drs. B.M.J. (Bart) van Kempen, voorzitter van het college van bestuur, hierna te noemen: "de school";

2. **Stichting AOC De Meierij**, statutair gevestigd te Schijndel, ingeschreven in het handelsregister onder nummer 16073324, bevoegd gezag van het agrarisch opleidingscentrum AOC De Meierij, rechtsgeldig vertegenwoordigd door mevrouw ir. L.C. (Lieke) Verhagen-Bosch, voorzitter van het college van bestuur, hierna te noemen: "het AOC";

hierna gezamenlijk te noemen: "partijen";

in aanmerking nemende dat:

a. partijen sinds 2018 samenwerken in de groene techniekroute en de gezamenlijke praktijkdagen op de Groene Campus;

b. partijen deze samenwerking met ingang van het schooljaar 2025-2026 voortzetten in de vorm van twee doorlopende leerroutes vmbo-mbo als bedoeld in artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs;

c. partijen hun afspraken vastleggen in deze samenwerkingsovereenkomst, die de onderwerpen bevat van artikel 2.107b, tweede lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3 van de Wet educatie en beroepsonderwijs;

d. het voornemen tot deze samenwerking voor advies is voorgelegd aan de medezeggenschapsraad van de school en aan de studentenraad en de ondernemingsraad van het AOC, die positief hebben geadviseerd;

komen het volgende overeen.

# Hoofdstuk 2 Begrippen en reikwijdte

## Artikel 1 Begrippen

In deze overeenkomst wordt verstaan onder:

- **route**: een van de doorlopende leerroutes uit artikel 3;

- **routejaar**: een leerjaar van de route, te beginnen bij leerjaar 3 van het vmbo als routejaar 1;

- **vo-fase**: routejaar 1 en 2, waarin de deelnemer als leerling bij de school staat ingeschreven;

- **mbo-fase**: routejaar 3 en volgende, waarin de deelnemer als student bij het AOC staat ingeschreven;

- **deelnemer**: de leerling of student die aan een route deelneemt;

- **routeoverleg**: het orgaan dat op grond van artikel 7 met de leiding over de routes is belast;

- **besturen**: het college van bestuur van de school en het college van bestuur van het AOC;

- **PTA/OER**: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling per route;

- **werkveld**: de bedrijven en organisaties uit de groene sector die op grond van hoofdstuk 4 bij de routes zijn betrokken.

## Artikel 2 Reikwijdte

1. Deze overeenkomst regelt de samenwerking van partijen bij het verzorgen van de routes uit artikel 3.

2. Andere vormen van samenwerking tussen partijen, zoals de oriëntatiedagen voor leerjaar 2 en de gezamenlijke open dagen, vallen niet onder deze overeenkomst.

# Hoofdstuk 3 De groene leerroutes

## Artikel 3 Routes en diploma's

1. Partijen verzorgen gezamenlijk de volgende doorlopende leerroutes:

| Route | vmbo | mbo | Duur
| Hovenier | profiel Groen, kaderberoepsgerichte leerweg | Vakbekwaam hovenier, niveau 3, BOL (vanaf routejaar 4 ook BBL), opleidingsdomein Voedsel, natuur en leefomgeving | vier routejaren
| Groene ruimte | profiel Groen, gemengde leerweg | Opzichter/uitvoerder groene ruimte, niveau 4, BOL, opleidingsdomein Voedsel, natuur en leefomgeving | vijf routejaren

2. De route Hovenier leidt tot het diploma vmbo kaderberoepsgerichte leerweg en het diploma Vakbekwaam hovenier. De route Groene ruimte leidt tot het diploma vmbo gemengde leerweg en het diploma Opzichter/uitvoerder groene ruimte.

3. De deelnemer behaalt het vmbo-diploma uiterlijk in routejaar 3.

## Artikel 4 Toelating, inschrijving en melding

1. De school beslist over de toelating tot routejaar 1, na advies van het routeoverleg. Een leerling wordt toegelaten als hij in leerjaar 2 heeft gekozen voor het profiel Groen en het advies van de mentor en de decaan positief is.

2. In de vo-fase staat de deelnemer ingeschreven bij de school; met ingang van routejaar 3 schrijft het AOC hem in als student en schrijft de school hem uit. Een student die zijn vmbo-diploma nog niet heeft, blijft voor de vo-onderdelen bij de school ingeschreven tot die zijn afgerond.

3. Partijen melden elke route afzonderlijk aan in het Register Instellingen en Opleidingen, ieder voor de eigen school of instelling, vóór 1 oktober 2025.

# Hoofdstuk 4 Het groene werkveld

## Artikel 5 Betrokkenheid van het werkveld

1. Partijen betrekken bij de invulling van de routes de volgende bedrijven en organisaties: de leden van de Hoveniers- en Groenvoorzieningskring Meierij (een vereniging van negentien hoveniersbedrijven), de groenaannemer Van den Heuvel Groen & Infra te Veghel, Boomkwekerij De Dommelvallei, de buitendienst van de gemeente Meierijstad, het Waterschap Aa en Maas en Staatsbosbeheer, regio Brabant-Oost. SBB is als adviseur betrokken.

2. Het AOC sluit met deze bedrijven en organisaties leerbedrijfsovereenkomsten, waarin zij zich verbinden tot: a. het aanbieden van bpv-plaatsen aan alle deelnemers vanaf routejaar 3 en van snuffelstages in routejaar 2; b. het aanleveren van ten minste twee praktijkopdrachten per schooljaar, zoals de aanleg van een schooltuin of het onderhoud van een beekdal; c. het leveren van gastdocenten voor de vakken boomverzorging, bestrating en machinebediening; d. het meebeoordelen van proeven van bekwaamheid door praktijkopleiders.

3. Partijen nodigen de bedrijven uit hoofdstuk 4 eenmaal per jaar uit voor de Groene Praktijkdag, waar deelnemers hun werk tonen.

## Artikel 6 Adviesraad Groen

1. Er is een Adviesraad Groen met vijf leden uit het werkveld, voorgedragen door de Hoveniers- en Groenvoorzieningskring en door de gemeente, en benoemd door het routeoverleg.

2. De Adviesraad Groen komt ten minste twee keer per jaar bijeen en adviseert het routeoverleg gevraagd en ongevraagd over de inhoud van het programma, de keuzedelen, de aansluiting op de arbeidsmarkt en de opzet van de praktijkopdrachten.

3. Het routeoverleg reageert schriftelijk en met redenen op de adviezen van de Adviesraad Groen.

# Hoofdstuk 5 Leiding en verantwoording

## Artikel 7 Routeoverleg: samenstelling en benoeming

1. De leiding over de routes berust bij het routeoverleg.

2. Het routeoverleg bestaat uit: a. de afdelingsleider bovenbouw van de school; b. de teamleider Groene Ruimte van het AOC; c. de routecoördinator, die het routeoverleg voorzit; d. een docent van de school en een docent van het AOC die in de routes lesgeven.

3. De leden onder a en b hebben zitting uit hoofde van hun functie. De routecoördinator en de docent-leden worden benoemd door de besturen gezamenlijk, de routecoördinator op voordracht van de leden onder a en b, de docent-leden op voordracht van het docententeam. De benoeming geldt voor drie jaar en kan eenmaal worden verlengd.

4. De besturen kunnen een benoemd lid gezamenlijk ontslaan. Bij een vacature voorzien de besturen daarin binnen drie maanden.

## Artikel 8 Taken en bevoegdheden van het routeoverleg

1. De besturen dragen aan het routeoverleg de volgende taken op: a. de dagelijkse leiding over de uitvoering van de routes; b. het opstellen van het voorstel voor het PTA/OER per route; c. de roostering en de inzet van het docententeam; d. de organisatie van de beroepspraktijkvorming in samenwerking met het werkveld; e. de uitvoering van de overstapoptie uit hoofdstuk 7; f. de kwaliteitszorg van de routes.

2. Het routeoverleg is bevoegd om: a. het jaarrooster en de jaarplanning vast te stellen; b. binnen de door de besturen toegekende formatie docenten aan groepen toe te wijzen; c. uitgaven te doen uit het routebudget tot EUR 7.500 per uitgave; d. namens partijen afspraken te maken met leerbedrijven binnen het kader van artikel 5.

3. Voorbehouden aan de besturen zijn: de vaststelling van het PTA/OER, de begroting en het routebudget, besluiten over aanstelling en ontslag van personeel, uitgaven boven het in het tweede lid genoemde bedrag en besluiten over wijziging, toetreding en beëindiging.

4. Het routeoverleg vergadert ten minste zes keer per schooljaar en besluit bij meerderheid van stemmen. De leden onder a en b hebben gezamenlijk een vetorecht bij besluiten die de eigen organisatie financieel binden.

## Artikel 9 Informatie en verantwoording aan de besturen

1. Het routeoverleg verstrekt de besturen inlichtingen en legt aan hen verantwoording af volgens de jaarkalender in bijlage 1.

2. Het routeoverleg zendt beide besturen jaarlijks vóór 1 november een schriftelijk jaarverslag over het afgelopen schooljaar, met ten minste: de in-, door- en uitstroom per route en cohort, de examen- en diplomaresultaten, het aantal en de aard van de overstappen, de uitkomsten van de tevredenheidsonderzoeken onder deelnemers en werkveld, de adviezen van de Adviesraad Groen en de besteding van het routebudget.

3. Halfjaarlijks, in februari, ontvangen beide besturen een korte voortgangsnotitie. Aansluitend voert het routeoverleg een bestuurlijk overleg met beide besturen.

4. Het routeoverleg meldt de besturen binnen vijf werkdagen elke gebeurtenis die de continuïteit, de veiligheid of de kwaliteit van een route ernstig kan raken.

5. Ieder bestuur kan het routeoverleg om aanvullende inlichtingen vragen; het routeoverleg verstrekt die binnen tien werkdagen.
"""

H104_PART2 = r"""
# Hoofdstuk 6 Onderwijs en organisatie

## Artikel 10 Leerplaatsen en programma

1. In de vo-fase volgen de deelnemers het onderwijs in het gebouw van de school, Kofferen 4 te Sint-Oedenrode, en op woensdag en vrijdagochtend op de Groene Campus van het AOC, Boschweg 20 te Schijndel. In de mbo-fase volgen zij het onderwijs op de Groene Campus en in de beroepspraktijkvorming.

2. Partijen beschrijven per route het onderwijsprogramma, de examinering en de beroepspraktijkvorming per leerjaar in het PTA/OER. Daarin geven zij aan welke onderdelen vo-onderdelen zijn, welke mbo-onderdelen en welke gecombineerd worden aangeboden. De besturen stellen het PTA/OER jaarlijks vóór 1 juli vast.

3. Partijen stemmen de programma's zo af dat overlap tussen de vmbo- en de mbo-stof wordt vermeden. De tijd die daardoor vrijkomt, wordt besteed aan verdieping in de praktijk en aan extra begeleiding.

## Artikel 11 Examinering

1. De school is verantwoordelijk voor de vmbo-examinering en -diplomering, ook wanneer de deelnemer al als student bij het AOC is ingeschreven. Het centraal examen vmbo wordt afgenomen in routejaar 2; deelnemers die daarvoor in aanmerking komen, kunnen één of meer vakken in routejaar 1 afsluiten.

2. Het AOC is verantwoordelijk voor de mbo-examinering en -diplomering. Mbo-examenonderdelen kunnen vanaf routejaar 1 worden afgenomen.

3. De examencommissies van partijen stemmen hun werkwijze jaarlijks met elkaar af.

## Artikel 12 Personeel en teambevoegdheid

1. Per route is er één docententeam, bestaande uit leraren van de school en docenten van het AOC.

2. Het AOC zet in de vo-fase docenten in voor de groene praktijkvakken, in totaal ten minste twaalf lesuren per week per route. De school zet in de mbo-fase een leraar Nederlands, een leraar Engels en een leraar wiskunde in voor de deelnemers die hun vmbo-examen nog moeten afronden.

3. Voor de vakoverstijgende programmaonderdelen "Ontwerp en aanleg" en "Beheer van de leefomgeving" werken partijen met teams als bedoeld in artikel 7.13a van de Wet voortgezet onderwijs 2020 en artikel 9.1.12 van de Wet educatie en beroepsonderwijs. Voor elk programmaonderdeel is ten minste één bevoegde leraar of docent in het team opgenomen; ieder teamlid is verantwoordelijk voor het onderdeel waarvoor hij bevoegd of bekwaam is.

4. De medewerkers blijven in dienst van hun eigen werkgever en vallen onder diens arbeidsvoorwaarden en leidinggevende. De werkgever van de ontvangende locatie zorgt voor een goede introductie en voor naleving van de veiligheidsvoorschriften.

5. Partijen organiseren jaarlijks ten minste twee gezamenlijke studiedagen voor het docententeam.

## Artikel 13 Gebouwen, kassen en materieel

1. Het AOC stelt voor de routes beschikbaar: de kassen en de tuinen van de Groene Campus, de machinehal met groenmachines en het oefenterrein voor bestrating.

2. De school stelt beschikbaar: het praktijklokaal Groen met de schoolkwekerij, het biologielokaal en de computerlokalen.

3. Het gebruik wordt in het jaarrooster vastgelegd. De eigenaar blijft verantwoordelijk voor onderhoud en verzekering van zijn gebouwen en materieel. Deelnemers bedienen groenmachines alleen onder toezicht van een daartoe bevoegde docent van het AOC.

## Artikel 14 Leerlingenzaken, verzuim en klachten

1. In de vo-fase is de school verantwoordelijk voor de verzuimregistratie en de melding aan de leerplichtambtenaar, in de mbo-fase het AOC.

2. De zorg- en ondersteuningsstructuren van beide partijen sluiten op elkaar aan; bij de overgang naar de mbo-fase vindt een warme overdracht plaats.

3. Een klacht van een deelnemer of ouder over een gedraging van een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de klacht is ingediend; de andere partij werkt volledig mee aan de afhandeling.

## Artikel 15 Gegevensuitwisseling

Partijen wisselen alleen de persoonsgegevens van deelnemers uit die nodig zijn voor de uitvoering van deze overeenkomst en sluiten daartoe een gegevensuitwisselingsovereenkomst.

# Hoofdstuk 7 Een passend vervolg

## Artikel 16 Overstapoptie

1. Wordt de deelname aan een route beëindigd voordat de deelnemer haar met goed gevolg heeft afgesloten, dan stellen partijen hem in staat een vmbo-diploma of een mbo-diploma te behalen dat past bij het bereikte onderwijsniveau en zijn leeftijd.

2. De school en het AOC beoordelen gezamenlijk welk alternatief passend is. Zij betrekken daarbij de deelnemer en zijn ouders of verzorgers, en leggen de uitkomst binnen vier weken vast in een overstapplan, dat door beide partijen wordt ondertekend.

3. Partijen bieden in ieder geval de volgende mogelijkheden: a. vo-fase: de deelnemer zet zijn opleiding voort in de reguliere leerweg van de school (kaderberoepsgericht of gemengd), in het profiel Groen of in een ander profiel, gericht op het vmbo-diploma; b. vmbo-diploma niet behaald aan het eind van routejaar 3: het examen wordt opnieuw afgelegd, of de deelnemer stroomt zonder vmbo-diploma in een andere opleiding van het AOC op hetzelfde niveau in; de vooropleidingseisen worden dan niet toegepast; c. een andere richting in de mbo-fase: overstap naar een andere opleiding van het AOC op hetzelfde niveau, zoals Vakbekwaam medewerker dierverzorging of Vakexpert bloem, groen en styling, of naar een opleiding van een ander niveau als dat beter past; d. overstap naar een andere instelling: partijen begeleiden de deelnemer en verstrekken de ontvangende instelling met zijn toestemming de gegevens die zij voor een geschiktheidsonderzoek nodig heeft.

4. Partijen nemen de werkwijze op in de schoolgids van de school en de studiegids van het AOC.

# Hoofdstuk 8 Financiën

## Artikel 17 Overdracht van bekostiging

1. De school draagt met toepassing van artikel 5.42a van de Wet voortgezet onderwijs 2020 een deel van haar bekostiging over aan het AOC. De omvang bedraagt EUR 850 per deelnemer per schooljaar in de vo-fase, te berekenen naar het aantal deelnemers op 1 oktober.

2. Deze middelen zijn bestemd voor de inzet van docenten van het AOC in de vo-fase (artikel 12, tweede lid) en voor het gebruik van de kassen, de machinehal en het oefenterrein door deelnemers in de vo-fase (artikel 13, eerste lid).

3. Het AOC draagt geen bekostiging over aan de school met toepassing van artikel 9.1.15 van de Wet educatie en beroepsonderwijs.

4. Het bedrag uit het eerste lid wordt jaarlijks per 1 januari aangepast aan de loon- en prijsontwikkeling volgens de bijstelling van de rijksbijdrage. Het AOC factureert in november; de school betaalt binnen dertig dagen.

## Artikel 18 Overige kosten

Voor het overige draagt iedere partij de eigen kosten. Kosten van gezamenlijke activiteiten, zoals de Groene Praktijkdag, worden bij helfte gedeeld, binnen het routebudget dat de besturen jaarlijks vaststellen.

# Hoofdstuk 9 Medezeggenschap

## Artikel 19 Aanvullende afspraken over medezeggenschap

1. In de vo-fase geldt voor de deelnemers, hun ouders en het personeel van de school de Wet medezeggenschap op scholen; in de mbo-fase gelden voor de deelnemers en hun ouders hoofdstuk 8a van de Wet educatie en beroepsonderwijs en voor het personeel van het AOC de Wet op de ondernemingsraden. Partijen spreken daarnaast het volgende af.

2. Deelnemers in routejaar 2 kunnen zich kandidaat stellen voor een zetel met adviserende stem in de studentenraad van het AOC.

3. Het jaarverslag uit artikel 9 wordt toegezonden aan de medezeggenschapsraad van de school en aan de studentenraad en de ondernemingsraad van het AOC. Eenmaal per jaar voeren deze raden een gezamenlijk overleg met het routeoverleg.

4. Een voorgenomen wijziging, toetreding of opzegging wordt vooraf voor advies voorgelegd aan de raden uit het derde lid.

# Hoofdstuk 10 Geschillen

## Artikel 20 Geschillenregeling

1. Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst besproken in het routeoverleg.

2. Leidt het overleg niet binnen vier weken tot overeenstemming, dan leggen partijen het geschil voor aan de voorzitters van beide besturen, die binnen vier weken een oplossing zoeken.

3. Komen de besturen niet tot overeenstemming, dan leggen zij het geschil voor bindend advies voor aan een onafhankelijke deskundige, die zij binnen twee weken gezamenlijk aanwijzen. Komen zij niet tot een gezamenlijke aanwijzing, dan wijst de voorzitter van de Orde van Advocaten in het arrondissement Oost-Brabant de deskundige aan. De kosten worden bij helfte gedeeld.

4. Geschillen waarvoor bindend advies niet mogelijk is, worden voorgelegd aan de bevoegde rechter van de rechtbank Oost-Brabant.

# Hoofdstuk 11 Toetreding, wijziging en beëindiging

## Artikel 21 Toetreding

1. Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden, indien: a. zij het profiel Groen of een opleiding uit het opleidingsdomein Voedsel, natuur en leefomgeving aanbiedt of gaat aanbieden; b. beide besturen schriftelijk instemmen; c. zij een toetredingsverklaring ondertekent waarin zij deze overeenkomst aanvaardt.

2. De toetreding gaat in op 1 augustus na ondertekening van de toetredingsverklaring. De toetredende partij meldt haar deelname aan in het Register Instellingen en Opleidingen.

## Artikel 22 Wijziging

1. Deze overeenkomst kan alleen worden gewijzigd bij schriftelijke overeenkomst, ondertekend door beide besturen, na het advies bedoeld in artikel 19, vierde lid.

2. Bijlage 1 kan door het routeoverleg worden aangepast, met instemming van beide besturen.

## Artikel 23 Duur, opzegging en ontbinding

1. Deze overeenkomst treedt in werking op 1 augustus 2025 en wordt aangegaan voor onbepaalde tijd.

2. Iedere partij kan deze overeenkomst bij aangetekende brief opzeggen tegen 1 augustus van enig jaar, met een opzegtermijn van ten minste achttien maanden.

3. Iedere partij kan deze overeenkomst ontbinden indien de andere partij na een schriftelijke ingebrekestelling haar verplichtingen niet binnen drie maanden nakomt, of indien een route op grond van een besluit van de overheid niet langer mag worden aangeboden.

## Artikel 24 Bescherming van lopende leerlingen

1. Bij opzegging of ontbinding nemen partijen geen nieuwe deelnemers meer op. Deelnemers die op dat moment een route volgen, kunnen deze bij partijen afronden op de voorwaarden die bij hun instroom golden; partijen blijven daarvoor de benodigde personele en materiële inzet leveren.

2. Een wijziging van deze overeenkomst of de toetreding van een nieuwe partij mag het programma van deelnemers die al een route volgen niet nadelig raken.

3. Is afronding van een route bij partijen onmogelijk, dan passen partijen artikel 16 toe.

# Hoofdstuk 12 Slotbepalingen

## Artikel 25 Evaluatie

Partijen evalueren deze overeenkomst in het schooljaar 2027-2028 en daarna eens in de drie jaar, mede aan de hand van de jaarverslagen en de adviezen van de Adviesraad Groen.

## Artikel 26 Toepasselijk recht

Op deze overeenkomst is Nederlands recht van toepassing.

**Ondertekening**

Aldus overeengekomen en in tweevoud ondertekend te Sint-Oedenrode op 20 juni 2025.

| Namens Stichting Voortgezet Onderwijs Meierijstad | Namens Stichting AOC De Meierij
| drs. B.M.J. van Kempen, voorzitter college van bestuur | ir. L.C. Verhagen-Bosch, voorzitter college van bestuur

===

# Bijlage 1 Jaarkalender informatie en verantwoording

| Wanneer | Wat | Van | Aan
| september | startbericht met aantallen deelnemers per route en cohort | routeoverleg | beide besturen
| vóór 1 november | jaarverslag over het afgelopen schooljaar (artikel 9, tweede lid) | routeoverleg | beide besturen, medezeggenschapsraad, studentenraad en ondernemingsraad
| februari | voortgangsnotitie en bestuurlijk overleg | routeoverleg | beide besturen
| april | voorstel PTA/OER en routebudget volgend schooljaar | routeoverleg | beide besturen
| vóór 1 juli | vaststelling PTA/OER | beide besturen | routeoverleg
| doorlopend | melding van ernstige gebeurtenissen binnen vijf werkdagen | routeoverleg | beide besturen

# Toelichting

**Algemeen.** Deze overeenkomst vervangt de afspraken over de groene techniekroute uit 2018. Partijen hebben ervoor gekozen de wettelijke onderwerpen ieder in een eigen hoofdstuk te regelen, zodat de overeenkomst ook bij wisseling van personen een houvast biedt. Waar mogelijk zijn termijnen en bedragen concreet gemaakt.

**Hoofdstuk 3.** De keuze voor twee routes in hetzelfde profiel maakt het mogelijk dat een deelnemer die in de route Groene ruimte merkt dat niveau 4 te hoog gegrepen is, binnen de groene sector kan overstappen naar de route Hovenier. Zo'n overstap verloopt via artikel 16.

**Hoofdstuk 4.** Het groene werkveld in de Meierij is kleinschalig. De Hoveniers- en Groenvoorzieningskring bundelt de leerbedrijven, zodat partijen met één aanspreekpunt kunnen werken. De leerbedrijfsovereenkomsten worden door het AOC gesloten, omdat het AOC ook de beroepspraktijkvorming in de mbo-fase verzorgt.

**Hoofdstuk 5.** Het routeoverleg is samengesteld uit leidinggevenden en docenten van beide partijen. De besturen blijven eindverantwoordelijk; het routeoverleg werkt binnen het mandaat van artikel 8. De jaarkalender in bijlage 1 maakt zichtbaar wanneer de besturen welke informatie ontvangen.

**Hoofdstuk 6.** Teambevoegdheid wordt alleen toegepast in de twee genoemde vakoverstijgende onderdelen. In de overige onderdelen geeft iedere leraar of docent les in het vak waarvoor hij bevoegd is.

**Hoofdstuk 7.** Artikel 16 is een kader en geen uitputtende lijst. Uitgangspunt is dat iedere deelnemer die een route verlaat, een reële kans houdt op een diploma. Bij overstap binnen het AOC gelden de vooropleidingseisen niet; bij overstap naar een andere instelling kan die instelling een geschiktheidsonderzoek doen.

**Hoofdstuk 8.** Het bedrag per deelnemer is gebaseerd op de werkelijke inzet van AOC-docenten in de vo-fase in het schooljaar 2024-2025 en op een evenredig deel van de exploitatiekosten van de kassen en de machinehal.

**Hoofdstuk 9.** De medezeggenschapsorganen van beide partijen hebben in het voorjaar van 2025 over deze overeenkomst geadviseerd. De zetel met adviserende stem in de studentenraad is op hun verzoek opgenomen.

**Hoofdstuk 11.** De opzegtermijn van achttien maanden en artikel 24 zorgen ervoor dat het beëindigen van de samenwerking nooit ten koste gaat van deelnemers die al in een route zitten.
"""

H104 = H104_PART1 + H104_PART2

sample(
    "h104", "h104_lang_inhoudsopgave_kopregels_meierij", "pdf",
    "Long agreement (about 10 pages) with a generated table of contents, running headers, chapters with "
    "articles, an annex calendar and a toelichting, PDF; Meierij, Groen kb/gl -> Vakbekwaam hovenier 3 and "
    "Opzichter/uitvoerder groene ruimte 4 with an AOC as mbo partner; fully compliant.",
    st("a=p b=p c=p d=p e=p f=p g=p h=p i=p j=p"),
    {"a": "Artikel 3 Routes en diploma's", "b": "Artikel 5 Betrokkenheid van het werkveld",
     "c": "Artikel 7 Routeoverleg: samenstelling en benoeming",
     "d": "Artikel 9 Informatie en verantwoording aan de besturen", "e": "Hoofdstuk 6 Onderwijs en organisatie",
     "f": "Artikel 16 Overstapoptie", "g": "Artikel 17 Overdracht van bekostiging",
     "h": "Artikel 19 Aanvullende afspraken over medezeggenschap", "i": "Artikel 20 Geschillenregeling",
     "j": "Hoofdstuk 11 Toetreding, wijziging en beëindiging"},
    H104, font="Helvetica", size=9.5, accent="#2e6b30", toc=True, firstcol=0.5, fr4=[2, 4, 2, 3],
    title="Samenwerkingsovereenkomst Groene Leerroutes Meierij", author="AOC De Meierij",
    subject="Doorlopende leerroutes vmbo-mbo Groen", creator="Microsoft Word",
    header="Samenwerkingsovereenkomst Groene Leerroutes Meierij · Vakcollege Dommeldal – AOC De Meierij",
    footer="Definitieve versie 20 juni 2025", pagefmt="Pagina %d")


if __name__ == "__main__":
    main(sys.argv[1:])
